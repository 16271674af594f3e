"""Everything that is not a step of a job application: written by hand, one by one."""

from __future__ import annotations

from msgs142_common import CANDIDATE, pixel, quote

_SOPHIE_FIRST = """Hi Jonas,

Thanks for your application for Operations Support at Spokeshare! Your workshop background is
exactly what our fleet team has been missing. We'd love to invite you to a first interview -
could you let me know a few times that work for you next week?

Sophie

Sophie Jansen
Operations Lead · Spokeshare"""

GERMAN: list[dict] = [
    {
        "name": "newsletter_karriere_kompass_absagen",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Karriere-Kompass <newsletter@karriere-kompass.example.de>",
        "subj": "Absage erhalten? 5 Dinge, die du jetzt tun solltest",
        "date": "2026-01-29 07:00 +0100",
        "list": {"id": "Karriere-Kompass Wochenbrief <wochenbrief.karriere-kompass.example.de>",
                  "unsub": "<https://karriere-kompass.example.de/abmelden?u=8812&l=wb>, <mailto:abmelden@karriere-kompass.example.de?subject=unsubscribe>"},
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#f4efe6;font-family:Georgia,serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 30px;border-bottom:4px solid #2f6f4f;"><img src="https://cdn.karriere-kompass.example.de/nl/logo.png" alt="Karriere-Kompass" width="180"></td></tr>
<tr><td style="padding:24px 30px;font-size:16px;line-height:25px;color:#2a2a2a;">
<p>Hallo Jonas,</p>
<p>eine Absage tut weh – vor allem, wenn man schon im Vorstellungsgespräch saß und sich die neue
Stelle ausgemalt hat. Aber: Jede Absage enthält Informationen. Diese Woche zeigen wir dir, wie du
sie nutzt.</p>
<h2 style="font-size:20px;color:#2f6f4f;">1. Bitte um Feedback – aber richtig</h2>
<p>Eine kurze, freundliche Mail an die Recruiterin bringt oft mehr als du denkst.
<a href="https://t.karriere-kompass.example.de/r/?id=h8812,a1">Unsere Vorlage</a></p>
<h2 style="font-size:20px;color:#2f6f4f;">2. Du hast ein Gespräch verpasst? Keine Panik</h2>
<p>Wer ein Interview verpasst hat, sollte sich innerhalb von 24 Stunden melden.
<a href="https://t.karriere-kompass.example.de/r/?id=h8812,a2">So formulierst du die Entschuldigung</a></p>
<h2 style="font-size:20px;color:#2f6f4f;">3. Schreib dir auf, was gut lief</h2>
<p><a href="https://t.karriere-kompass.example.de/r/?id=h8812,a3">Weiterlesen →</a></p>
<p style="background:#eef5f0;padding:14px;">📅 <b>Webinar am Dienstag:</b> „Gehalt verhandeln nach dem Angebot“ –
<a href="https://t.karriere-kompass.example.de/r/?id=h8812,a4">Jetzt kostenlos anmelden</a></p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#888;background:#faf7f2;">Du erhältst diesen Newsletter, weil du dich auf karriere-kompass.example.de angemeldet hast.<br>
<a href="https://karriere-kompass.example.de/abmelden?u=8812&amp;l=wb" style="color:#888;">Abmelden</a> ·
<a href="https://karriere-kompass.example.de/profil?u=8812" style="color:#888;">Einstellungen</a> ·
Karriere-Kompass Medien UG (haftungsbeschränkt), Gottschedstraße 12, 04109 Leipzig · Geschäftsführerin: Antje Reuß</td></tr>
</table>
{pixel("https://t.karriere-kompass.example.de/o/?id=h8812")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "jobwerk_jobagent_digest",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Jobwerk Jobagent <jobagent@jobwerk.example.de>",
        "subj": "8 neue Jobs für „Customer Success E-Bike“ in Leipzig und Umgebung",
        "date": "2026-02-14 06:30 +0100",
        "list": {"id": "<jobagent.jobwerk.example.de>",
                  "unsub": "<https://trk.jobwerk.example.de/c/agent/stop?a=55120>"},
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#eef1f5;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#12355b;padding:14px 22px;"><img src="https://static.jobwerk.example.de/mail/logo-jobwerk.png" alt="Jobwerk" width="150"></td></tr>
<tr><td style="padding:20px 22px;font-size:14px;color:#222;">
<p>Guten Morgen Jonas, dein Jobagent hat <b>8 neue Stellen</b> gefunden:</p>
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:13px;">
<tr><td style="border-bottom:1px solid #eee;"><a href="https://trk.jobwerk.example.de/c/job/771840?a=55120"><b>Customer Success Manager E-Bike (m/w/d)</b></a><br>Radwelt Sachsen · Leipzig · vor 1 Tag</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://trk.jobwerk.example.de/c/job/771902?a=55120"><b>Technischer Support Pedelec – Händlerbetreuung</b></a><br>Elbflorenz Bikes · Dresden · vor 2 Tagen</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://trk.jobwerk.example.de/c/job/771911?a=55120"><b>Servicetechniker Bikesharing (Schicht)</b></a><br>Leihrad Dresden · Dresden · Schnell bewerben</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://trk.jobwerk.example.de/c/job/771950?a=55120"><b>Kundenberater Mobilitätsservice</b></a><br>Stadtverkehr Elbtal · Dresden · Bewerbungsfrist 15.04.</td></tr>
<tr><td><a href="https://trk.jobwerk.example.de/c/agent/55120?a=55120">Alle 8 Jobs ansehen →</a></td></tr>
</table>
<p style="background:#fff8e1;padding:12px;font-size:13px;"><b>Tipp der Woche:</b> Nach einer Absage lohnt sich eine kurze Nachfrage –
<a href="https://trk.jobwerk.example.de/c/ratgeber/absage?a=55120">so klappt's</a>.</p>
</td></tr>
<tr><td style="padding:14px 22px;background:#f6f8fa;font-size:10px;color:#888;">Jobagent „Customer Success E-Bike“, Umkreis 80 km um Leipzig ·
<a href="https://trk.jobwerk.example.de/c/agent/edit?a=55120" style="color:#888;">Jobagent bearbeiten</a> ·
<a href="https://trk.jobwerk.example.de/c/agent/stop?a=55120" style="color:#888;">Jobagent abbestellen</a> · Jobwerk GmbH · Leipzig</td></tr>
</table>
{pixel("https://trk.jobwerk.example.de/o/agent-55120-0214.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "podcast_kettenblatt_interviewanfrage",
        "kind": "other", "lang": "de", "company": "", "contact": "henning@kettenblatt-podcast.example.de",
        "frm": "Henning Quast <henning@kettenblatt-podcast.example.de>",
        "subj": "Interview für den Kettenblatt-Podcast?",
        "date": "2026-03-13 22:48 +0100",
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Moin Jonas,

ich mache seit drei Jahren den „Kettenblatt“-Podcast übers Schrauben, Pendeln und Fahrradpolitik
(ca. 4.000 Hörer*innen pro Folge). Ein Kumpel aus dem Repair-Café Lindenau hat mir erzählt, dass
du da jeden Donnerstag E-Bike-Akkus rettest, die andere schon abgeschrieben hätten.

Hättest du Lust auf ein Interview? Ca. 45 Minuten, remote, Aufnahme irgendwann im April. Thema
wäre: Warum E-Bikes so oft in die Tonne wandern und was Hersteller beim Service besser machen
könnten. Honorar gibt's leider keins, aber ein Shirt und ewigen Ruhm.

Sag einfach Bescheid!
Henning

kettenblatt-podcast.example.de · auf allen Podcast-Plattformen
""",
    },
    {
        "name": "stadtanzeiger_presseanfrage_repaircafe",
        "kind": "other", "lang": "de", "company": "", "contact": "r.gentzsch@stadtanzeiger-leipzig.example.de",
        "frm": "Ramona Gentzsch <r.gentzsch@stadtanzeiger-leipzig.example.de>",
        "subj": "Anfrage: Interview zum Repair-Café Lindenau",
        "date": "2026-04-16 10:12 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

ich bin Redakteurin beim Leipziger Stadtanzeiger und bereite für die Wochenendausgabe am 2. Mai
eine Seite über Reparaturinitiativen im Leipziger Westen vor.

Das Repair-Café Lindenau hat mir Sie als Ansprechpartner für die Fahrradwerkstatt genannt. Hätten
Sie Zeit für ein kurzes Interview (ca. 20 Minuten, gern telefonisch) und wären Sie einverstanden,
dass unser Fotograf an einem Donnerstagabend vorbeikommt?

Ich würde mich sehr über eine Rückmeldung bis Ende nächster Woche freuen.

Mit freundlichen Grüßen
Ramona Gentzsch
Lokalredaktion

Leipziger Stadtanzeiger
Peterssteinweg 19 · 04107 Leipzig
Tel. 0341 555 40 71
""",
    },
    {
        "name": "routenfuchs_nutzerinterview",
        "kind": "other", "lang": "de", "company": "", "contact": "mira.schenk@routenfuchs.example.de",
        "frm": "Mira Schenk <mira.schenk@routenfuchs.example.de>",
        "subj": "30 Minuten für uns? Nutzerinterview zur Routenplanung (25 € Gutschein)",
        "date": "2026-05-27 11:00 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hallo Jonas,

du nutzt Routenfuchs seit über zwei Jahren und planst viele Touren mit dem E-Bike – deshalb
schreibe ich dir.

Ich bin UX-Researcherin bei Routenfuchs und wir suchen Radfahrer*innen für ein 30-minütiges
Nutzerinterview per Video. Es geht um die neue Akku-Reichweitenplanung: Was hilft dir, was nervt?
Als Dankeschön gibt es einen 25-€-Gutschein für unseren Shop.

Wenn du Lust hast, antworte einfach auf diese Mail oder such dir direkt einen Termin aus:
https://routenfuchs.example.de/research/buchen?src=mail0527

Danke und gute Fahrt!
Mira Schenk
UX Research · Routenfuchs
""",
        "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#223;">
<p>Hallo Jonas,</p>
<p>du nutzt Routenfuchs seit über zwei Jahren und planst viele Touren mit dem E-Bike – deshalb
schreibe ich dir.</p>
<p>Ich bin UX-Researcherin bei Routenfuchs und wir suchen Radfahrer*innen für ein <b>30-minütiges
Nutzerinterview</b> per Video. Es geht um die neue Akku-Reichweitenplanung: Was hilft dir, was nervt?
Als Dankeschön gibt es einen 25-€-Gutschein für unseren Shop.</p>
<p>Wenn du Lust hast, antworte einfach auf diese Mail oder
<a href="https://routenfuchs.example.de/research/buchen?src=mail0527">such dir direkt einen Termin aus</a>.</p>
<p>Danke und gute Fahrt!<br>Mira Schenk<br>UX Research · Routenfuchs</p>
<p><img src="https://routenfuchs.example.de/img/fuchs-mail.png" alt="Routenfuchs" width="80"></p>
</div>
""",
    },
    {
        "name": "buergerbuero_warteschlange_position",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Bürgerbüro Leipzig Online-Warteschlange <no-reply@termine.leipzig.example.de>",
        "subj": "Ihre Position in der Warteschlange: 7",
        "date": "2026-06-30 08:41 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Guten Tag,

Sie haben sich in die Online-Warteschlange des Bürgerbüros Leipzig-Mitte eingereiht.

Ihre aktuelle Position: 7
Voraussichtliche Wartezeit: ca. 35 Minuten
Anliegen: Ummeldung Wohnsitz / Meldebescheinigung

Bitte halten Sie sich bereit, sobald Sie auf Position 2 vorrücken – Sie erhalten dann eine
weitere Nachricht. Wenn Sie nicht innerhalb von 10 Minuten nach Aufruf erscheinen, verfällt Ihre
Nummer leider.

Diese Nachricht wurde automatisch erstellt. Antworten werden nicht bearbeitet.
Stadt Leipzig · Amt für Bürgerservice
""",
    },
    {
        "name": "paketblitz_sendung_verspaetet",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Paketblitz <sendungsinfo@paketblitz.example.de>",
        "subj": "Leider verzögert sich Ihre Sendung",
        "date": "2026-07-22 15:05 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;font-family:Arial,sans-serif;background:#fffbe6;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-top:6px solid #ffcc00;">
<tr><td style="padding:16px 24px;"><img src="https://img.paketblitz.example.de/mail/logo.png" alt="Paketblitz" width="120"></td></tr>
<tr><td style="padding:0 24px 20px;font-size:14px;line-height:21px;">
<p>Hallo Jonas Weißmann-Tanaka,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434 7712 0055 18</b> von <i>Velobits Teileversand</i>.
Grund: hohes Sendungsaufkommen im Paketzentrum Radefeld.</p>
<p>Neuer voraussichtlicher Zustelltag: <b>Freitag, 24.07.2026</b></p>
<p><a href="https://clk.paketblitz.example.de/track?id=003404347712005518&amp;src=delay" style="background:#222;color:#ffcc00;padding:9px 18px;text-decoration:none;">Sendung verfolgen</a></p>
<p>Sie möchten lieber an eine Packstation liefern lassen? <a href="https://clk.paketblitz.example.de/umleiten?id=003404347712005518">Jetzt umleiten</a></p>
<p>Wir bitten um Entschuldigung.<br>Ihr Paketblitz-Team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999;">Paketblitz Logistik GmbH · Radefelder Allee 3 · 04435 Schkeuditz ·
<a href="https://clk.paketblitz.example.de/einstellungen" style="color:#999;">Benachrichtigungen verwalten</a></td></tr>
</table>
{pixel("https://clk.paketblitz.example.de/o/003404347712005518.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "direktbank_kreditantrag_eingegangen",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Elbtal Direktbank <service@elbtal-direktbank.example.de>",
        "subj": "Ihr Kreditantrag ist bei uns eingegangen",
        "date": "2026-08-31 20:14 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 8.500 € (Verwendungszweck: Umzug). Ihr
Antrag ist bei uns eingegangen und hat die Vorgangsnummer RK-2026-0831-44712.

Wie geht es weiter?
1. Wir prüfen Ihre Angaben und holen eine SCHUFA-Auskunft ein.
2. Sie erhalten innerhalb von zwei Werktagen unsere Entscheidung.
3. Bei Zusage legitimieren Sie sich per Video-Ident.

Den Bearbeitungsstand sehen Sie jederzeit im Online-Banking.

Mit freundlichen Grüßen
Ihre Elbtal Direktbank

Elbtal Direktbank AG · Ostra-Allee 9 · 01067 Dresden · Vorstand: Dr. Kerstin Meißner, Holger Brandt
Diese E-Mail wurde automatisch erstellt.
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1d2a3a;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#00457c;padding:14px;"><img src="https://www.elbtal-direktbank.example.de/mail/logo-weiss.png" alt="Elbtal Direktbank" width="160"></td></tr>
<tr><td style="padding:16px;">
<p>Sehr geehrter Herr Weißmann-Tanaka,</p>
<p>vielen Dank für Ihren Antrag auf einen Ratenkredit über 8.500 € (Verwendungszweck: Umzug). Ihr
Antrag ist bei uns eingegangen und hat die Vorgangsnummer <b>RK-2026-0831-44712</b>.</p>
<p><b>Wie geht es weiter?</b></p>
<ol><li>Wir prüfen Ihre Angaben und holen eine SCHUFA-Auskunft ein.</li>
<li>Sie erhalten innerhalb von zwei Werktagen unsere Entscheidung.</li>
<li>Bei Zusage legitimieren Sie sich per Video-Ident.</li></ol>
<p>Den Bearbeitungsstand sehen Sie jederzeit im <a href="https://banking.elbtal-direktbank.example.de/login?src=mail">Online-Banking</a>.</p>
<p>Mit freundlichen Grüßen<br>Ihre Elbtal Direktbank</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:10px 16px;border-top:1px solid #ddd;">Elbtal Direktbank AG · Ostra-Allee 9 · 01067 Dresden · Vorstand: Dr. Kerstin Meißner, Holger Brandt<br>
Diese E-Mail wurde automatisch erstellt.</td></tr>
</table></body></html>
""",
    },
    {
        "name": "direktbank_kredit_abgelehnt",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Elbtal Direktbank <service@elbtal-direktbank.example.de>",
        "subj": "Entscheidung zu Ihrem Kreditantrag RK-2026-0831-44712",
        "date": "2026-09-02 09:30 +0200",
        "struct": "plain", "enc": "iso-8859-1/b64",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

wir haben Ihren Antrag auf einen Ratenkredit sorgfältig geprüft. Leider müssen wir Ihnen
mitteilen, dass wir Ihrem Antrag derzeit nicht entsprechen können.

Ausschlaggebend für unsere Entscheidung war insbesondere, dass Ihr Arbeitsverhältnis beim neuen
Arbeitgeber noch nicht begonnen hat und die Probezeit noch aussteht. Gerne können Sie nach Ablauf
der Probezeit einen neuen Antrag stellen.

Informationen zu den verwendeten Daten und Ihren Rechten nach Art. 22 DSGVO finden Sie in Ihrem
Online-Banking-Postfach.

Mit freundlichen Grüßen
Ihre Elbtal Direktbank

Elbtal Direktbank AG · Ostra-Allee 9 · 01067 Dresden
""",
    },
    {
        "name": "hausverwaltung_gohlis_wohnung_absage",
        "kind": "other", "lang": "de", "company": "", "contact": "w.wendt@immo-gohlis.example.de",
        "frm": "Wiebke Wendt <w.wendt@immo-gohlis.example.de>",
        "subj": "Ihre Bewerbung für die Wohnung Menckestraße 24, 3. OG links",
        "date": "2026-02-19 16:02 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

vielen Dank für Ihr Interesse an der 2-Raum-Wohnung in der Menckestraße 24 und Ihre vollständigen
Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten
entschieden hat. Wir haben über 60 Anfragen für diese Wohnung erhalten.

Gern nehmen wir Sie in unseren Verteiler für künftige Angebote im Leipziger Norden auf – antworten
Sie dazu einfach kurz auf diese Mail.

Mit freundlichen Grüßen
Wiebke Wendt
Vermietung

Immobilien Gohlis Verwaltung GmbH
Georg-Schumann-Straße 110 · 04155 Leipzig
""",
    },
    {
        "name": "freund_lukas_absage_gmail",
        "kind": "other", "lang": "de", "company": "", "contact": "lukas.brenner@example.de",
        "frm": "Lukas Brenner <lukas.brenner@example.de>",
        "subj": "Re: und, was macht die Jobsuche?",
        "date": "2026-03-03 22:31 +0100",
        "irt": "<a9e4d1c0-jonas-lukas-0303@example.de>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Haha, bei dir läuft's ja wenigstens. Ich hab heute die Absage von Carla Carsharing bekommen,
nach ZWEI Gesprächen und einer Fallstudie. Standardmail, „wir haben uns für andere Bewerbungen
entschieden“, nicht mal ein Name drunter. Ich könnt kotzen.

Nächste Woche hab ich noch ein Vorstellungsgespräch bei so einem Lastenrad-Start-up in Connewitz,
mal sehen. Bier am Freitag im Noch Besser Leben? Dann erzähl ich dir alles.

L.

Am Di., 3. März 2026 um 10:14 Uhr schrieb Jonas Weißmann-Tanaka <jonas.wt@example.de>:
> Hey Lukas,
>
> kurzes Update: Velowerk hat mich zum Gespräch eingeladen, war letzte Woche, lief ganz gut. Und
> von Stromrad in Dresden hab ich tatsächlich ein Angebot!! Noch nichts unterschrieben. Und bei
> dir, was macht die Jobsuche?
>
> Jonas
""",
    },
    {
        "name": "eigene_initiativbewerbung_tretwerk",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": CANDIDATE,
        "to": "Frank Tretwerk <frank@tretwerk.example.de>",
        "mid": "<b41f0c2e-6d53-4c8e-a3b9-11f2e5d0a4c3@example.de>",
        "subj": "Initiativbewerbung Werkstatt / Kundenservice",
        "date": "2026-01-18 17:26 +0100",
        "struct": "mixed", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Tretwerk,

seit acht Jahren schraube ich an Fahrrädern, die letzten fünf davon fast ausschließlich an
E-Bikes, zuletzt als Werkstattleiter bei Radstation West hier in Lindenau. Ihr Laden in der
Georg-Schwarz-Straße ist für mich seit Jahren die Adresse für ehrliche Beratung – deshalb bewerbe
ich mich initiativ bei Ihnen.

Mich reizt besonders der Teil der Arbeit, bei dem es um Kundinnen und Kunden geht: Fehler am
Telefon eingrenzen, Garantiefälle mit Herstellern klären, Leuten erklären, warum ihr Akku nach
drei Wintern nachlässt. Ob in der Werkstatt, im Laden oder in einem neuen Service-Bereich – ich
würde gern mit Ihnen darüber sprechen, wo ich Ihnen helfen kann.

Meinen Lebenslauf finden Sie im Anhang. Ich freue mich auf Ihre Antwort.

Mit freundlichen Grüßen
Jonas Weißmann-Tanaka
Demmeringstraße 31 · 04177 Leipzig · 0176 555 83 21
""",
        "att": [{"filename": "Lebenslauf_Jonas_Weissmann-Tanaka.pdf", "lines": [
            "Jonas Weissmann-Tanaka - Lebenslauf",
            "Demmeringstrasse 31, 04177 Leipzig - jonas.wt@example.de",
            "",
            "2021-2025  Werkstattleiter, Radstation West, Leipzig",
            "2018-2021  Zweiradmechaniker, Zweirad Center Sachsen, Leipzig",
            "2015-2018  Ausbildung Zweiradmechaniker (Fachrichtung Fahrradtechnik)",
            "Zertifikate: Bosch eBike Systems Service, Shimano STEPS Diagnose",
            "Sprachen: Deutsch, Englisch (C1), Japanisch (Grundkenntnisse), Spanisch (B1)",
        ]}],
    },
    {
        "name": "eigene_nachfrage_personalwerk",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": CANDIDATE,
        "to": "Sandra Pohl <sandra.pohl@personalwerk-md.example.de>",
        "subj": "Nachfrage zum Stand – Servicetechniker E-Bike (Halle/Leipzig)",
        "date": "2026-06-08 09:05 +0200",
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Guten Morgen Frau Pohl,

Sie hatten mir Ende Mai geschrieben, dass Sie sich Anfang der Woche telefonisch melden. Ich wollte
kurz nachhaken, ob es schon Neuigkeiten zur Position Servicetechniker E-Bike gibt – und ob Ihr
Kunde mich zu einem Vorstellungsgespräch einladen möchte.

Ich bin diese Woche jederzeit erreichbar (0176 555 83 21), außer Donnerstag vormittags.

Viele Grüße
Jonas Weißmann-Tanaka
""",
    },
    {
        "name": "abwesenheitsnotiz_velowerk_aue",
        "kind": "other", "lang": "de", "company": "", "contact": "k.aue@velowerk.example.de",
        "frm": "Katrin Aue <k.aue@velowerk.example.de>",
        "subj": "Automatische Antwort: Zeugnisse wie besprochen",
        "date": "2026-02-27 08:02 +0100",
        "irt": "<0c77e2d4-jonas-zeugnisse@example.de>",
        "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. März 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
Ole Brückner, Tel. +49 341 99 88 77-20.

Beste Grüße
Katrin Aue
Velowerk Leipzig GmbH
""",
    },
    {
        "name": "headhunter_wendland_kaltakquise",
        "kind": "other", "lang": "de", "company": "", "contact": "marco.wendland@wendland-search.example.de",
        "frm": "Marco Wendland <marco.wendland@wendland-search.example.de>",
        "subj": "Spannende Position im Bereich E-Mobility – Lust auf einen Austausch?",
        "date": "2026-04-23 12:18 +0200",
        "struct": "plain", "enc": "windows-1252/qp",
        "body": """Hallo Herr Weißmann-Tanaka,

ich bin über Ihr Profil auf ProNetz gestolpert und war beeindruckt: Werkstattleitung, Bosch- und
Shimano-Zertifikate und offenbar ein Händchen für Kunden – eine seltene Kombination!

Ich betreue aktuell mehrere Positionen im Bereich technischer Kundenservice / Customer Success bei
Herstellern und Plattformen der E-Mobility (Leipzig, Berlin, remote). Die Gehaltsbänder liegen
zwischen 48 und 62 T€.

Hätten Sie Lust auf einen unverbindlichen, 15-minütigen Austausch? Dann schicken Sie mir gern zwei,
drei Zeitfenster – oder buchen Sie direkt in meinem Kalender: https://cal.wendland-search.example.de/marco

Beste Grüße
Marco Wendland
Managing Partner
Wendland Executive Search · „Talente für die Mobilitätswende“
Mobil +49 160 555 2290
""",
    },
    {
        "name": "velobits_bestellbestaetigung",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Velobits Teileversand <shop@velobits.example.de>",
        "subj": "Bestellbestätigung Nr. 2026-118842",
        "date": "2026-07-19 13:47 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:12px 0;"><img src="https://www.velobits.example.de/media/mail/logo.png" alt="Velobits – Teile für dein Rad" width="170"></td></tr>
<tr><td>
<p>Hallo Jonas,</p>
<p>vielen Dank für deine Bestellung! Wir packen schon.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:12px;">
<tr style="background:#f0f0f0;"><th align="left">Artikel</th><th>Menge</th><th align="right">Preis</th></tr>
<tr><td>Bosch PowerTube 625 Ladeanschluss-Kit</td><td align="center">1</td><td align="right">34,90 €</td></tr>
<tr><td>Shimano Deore XT Bremsbeläge N03A</td><td align="center">3</td><td align="right">68,70 €</td></tr>
<tr><td>Kettenverschleißlehre Pro</td><td align="center">1</td><td align="right">12,49 €</td></tr>
<tr><td colspan="2" align="right"><b>Summe inkl. MwSt.</b></td><td align="right"><b>116,09 €</b></td></tr>
</table>
<p>Lieferadresse: Jonas Weißmann-Tanaka, Demmeringstraße 31, 04177 Leipzig</p>
<p><a href="https://www.velobits.example.de/konto/bestellungen/2026-118842?utm_source=transactional">Bestellung ansehen</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding-top:14px;border-top:1px solid #ddd;">Velobits GmbH · Am Alten Flughafen 3 · 06128 Halle (Saale) · HRB 27761 · Geschäftsführer: Kai Oertel<br>
Fragen zur Bestellung? <a href="https://www.velobits.example.de/hilfe">Hilfe-Center</a></td></tr>
</table>
{pixel("https://www.velobits.example.de/t/o/118842.gif")}
</body></html>
""",
    },
    {
        "name": "stadtverkehr_elbtal_fahrplanaenderung",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Stadtverkehr Elbtal <kundeninfo@stadtverkehr-elbtal.example.de>",
        "subj": "Ab 29. Juni: Neuer Takt auf den Linien 6 und 11 + Leihräder an allen Mobilpunkten",
        "date": "2026-06-20 10:00 +0200",
        "list": {"id": "Kundeninfo Stadtverkehr Elbtal <kundeninfo.stadtverkehr-elbtal.example.de>",
                  "unsub": "<https://www.stadtverkehr-elbtal.example.de/newsletter/abmelden?k=44120>"},
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;font-family:Verdana,sans-serif;font-size:13px;background:#f3f6f9;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#ffd400;padding:14px 20px;"><img src="https://www.stadtverkehr-elbtal.example.de/nl/logo.png" alt="Stadtverkehr Elbtal" width="190"></td></tr>
<tr><td style="padding:20px;line-height:20px;">
<p>Liebe Fahrgäste,</p>
<p>ab <b>Montag, 29. Juni</b> fahren die Straßenbahnlinien 6 und 11 in der Hauptverkehrszeit alle 7,5 Minuten.
Außerdem finden Sie jetzt an allen 42 Mobilpunkten Leihräder.</p>
<p><a href="https://www.stadtverkehr-elbtal.example.de/r?l=fahrplan-0629&amp;k=44120">Alle Fahrplanänderungen</a> ·
<a href="https://www.stadtverkehr-elbtal.example.de/r?l=mobilpunkte&amp;k=44120">Karte der Mobilpunkte</a></p>
<p><b>Wir suchen Verstärkung!</b> Fahrerinnen und Fahrer, Werkstatt, Kundenservice –
<a href="https://www.stadtverkehr-elbtal.example.de/r?l=karriere&amp;k=44120">Jetzt bewerben</a></p>
<p>Gute Fahrt wünscht<br>Ihr Stadtverkehr Elbtal</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#777;">Stadtverkehr Elbtal AöR · Trachenberger Platz 5 · 01129 Dresden ·
<a href="https://www.stadtverkehr-elbtal.example.de/newsletter/abmelden?k=44120" style="color:#777;">Newsletter abbestellen</a> · Impressum</td></tr>
</table>
{pixel("https://www.stadtverkehr-elbtal.example.de/nl/o/44120-0620.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "arbeitsagentur_vermittlungsvorschlag",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Bundesagentur für Arbeit <noreply@arbeitsagentur.example.de>",
        "subj": "Neue Nachricht in Ihrem Postfach: Vermittlungsvorschlag",
        "date": "2026-01-23 05:47 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Guten Tag Herr Weißmann-Tanaka,

in Ihrem Postfach auf der Online-Plattform der Bundesagentur für Arbeit liegt eine neue Nachricht
für Sie bereit:

Betreff: Vermittlungsvorschlag – Zweiradmechatroniker/in (Service und Kundenberatung)
Arbeitgeber: siehe Nachricht
Absender: Ihre Arbeitsvermittlung, Agentur für Arbeit Leipzig

Bitte melden Sie sich an, um die Nachricht zu lesen: https://web.arbeitsagentur.example.de/postfach

Bitte beachten Sie: Auf einen Vermittlungsvorschlag sollen Sie sich innerhalb von drei Tagen
bewerben und uns das Ergebnis mitteilen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
    },
    {
        "name": "meetup_mobility_leipzig",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Mobility Meetup Leipzig <info@meetups.example.com>",
        "subj": "Neues Event: Fireside-Interview mit der Gründerin von Lastenradkollektiv + Jobwall",
        "date": "2026-09-03 18:00 +0200",
        "list": {"id": "<mobility-meetup-leipzig.meetups.example.com>",
                  "unsub": "<https://www.meetups.example.com/account/comm/?group=mobility-leipzig>", "one_click": False},
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0;"><img src="https://secure.meetups.example.com/photos/mobility-leipzig/header.jpg" alt="Mobility Meetup Leipzig" width="580"></td></tr>
<tr><td>
<h2 style="font-size:20px;">#23 – Vom Garagenprojekt zum 40-Personen-Team</h2>
<p><b>Donnerstag, 17. September 2026, 19:00</b> · Basislager Coworking, Peterssteinweg 14, Leipzig</p>
<p>Wir sprechen im Fireside-Interview mit Johanna Vietz, Gründerin des Lastenradkollektivs, über
Service-Qualität, Ersatzteile und warum Kundensupport ihr wichtigstes Produkt ist.</p>
<p>Danach: <b>Jobwall</b> – sechs Mobilitäts-Unternehmen aus der Region stellen offene Stellen vor.
Bring deinen Lebenslauf mit!</p>
<p><a href="https://www.meetups.example.com/mobility-leipzig/events/301227/?rv=ea1&amp;_xtd=gatlbWFpbF9jbGlja9oAJDk" style="background:#f65858;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px;">Teilnehmen</a></p>
<p style="color:#666;">68 Mitglieder haben schon zugesagt.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:12px;border-top:1px solid #eee;">Du erhältst diese E-Mail, weil du Mitglied von Mobility Meetup Leipzig bist.
<a href="https://www.meetups.example.com/account/comm/?group=mobility-leipzig" style="color:#999;">E-Mail-Einstellungen</a> ·
Meetups Inc., 632 Broadway, New York, NY 10012</td></tr>
</table>
{pixel("https://www.meetups.example.com/email/open/ea1-301227.gif")}
</body></html>
""",
    },
    {
        "name": "webinar_vorstellungsgespraech_coaching",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Bewerbungsprofi Akademie <webinar@bewerbungsprofi.example.de>",
        "subj": "LIVE am Mittwoch: So überzeugst du im Vorstellungsgespräch (und was tun nach einer Absage?)",
        "date": "2026-04-04 09:15 +0200",
        "list": {"id": "<webinare.bewerbungsprofi.example.de>",
                  "unsub": "<https://bewerbungsprofi.example.de/abmelden?e=jonas.wt%40example.de>"},
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hallo Jonas,

dein nächstes Vorstellungsgespräch steht an? Oder du hast gerade eine Absage bekommen und fragst
dich, was schiefgelaufen ist?

In unserem kostenlosen Live-Webinar am Mittwoch, 8. April, 19 Uhr zeigt dir Karriere-Coach
Sabine Heller:

* die 7 häufigsten Fragen im Vorstellungsgespräch – und starke Antworten
* wie du nach einem verpassten Termin souverän reagierst
* wie du ein Angebot verhandelst, ohne es zu gefährden

Jetzt Platz sichern: https://bewerbungsprofi.example.de/webinar/0408?utm_source=nl&utm_campaign=webinar

Bis Mittwoch!
Dein Team der Bewerbungsprofi Akademie

Abmelden: https://bewerbungsprofi.example.de/abmelden
Bewerbungsprofi Akademie GmbH · Schwanthalerstraße 22 · 80336 München · HRB 251188
""",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#202020;">
<div style="max-width:580px;margin:0 auto;">
<p><img src="https://bewerbungsprofi.example.de/mail/banner-webinar.jpg" alt="Bewerbungsprofi Akademie – Live-Webinar" width="580"></p>
<p>Hallo Jonas,</p>
<p>dein nächstes Vorstellungsgespräch steht an? Oder du hast gerade eine Absage bekommen und fragst
dich, was schiefgelaufen ist?</p>
<p>In unserem kostenlosen Live-Webinar am <b>Mittwoch, 8. April, 19 Uhr</b> zeigt dir Karriere-Coach Sabine Heller:</p>
<ul><li>die 7 häufigsten Fragen im Vorstellungsgespräch – und starke Antworten</li>
<li>wie du nach einem verpassten Termin souverän reagierst</li>
<li>wie du ein Angebot verhandelst, ohne es zu gefährden</li></ul>
<p style="text-align:center;"><a href="https://bewerbungsprofi.example.de/webinar/0408?utm_source=nl&amp;utm_campaign=webinar" style="background:#ff5a1f;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold;">JETZT PLATZ SICHERN</a></p>
<p>Bis Mittwoch!<br>Dein Team der Bewerbungsprofi Akademie</p>
<p style="font-size:11px;color:#999;"><a href="https://bewerbungsprofi.example.de/abmelden" style="color:#999;">Abmelden</a> ·
Bewerbungsprofi Akademie GmbH · Schwanthalerstraße 22 · 80336 München · HRB 251188</p>
{pixel("https://bewerbungsprofi.example.de/t/o/0408-jwt.gif")}
</div></body></html>
""",
    },
    {
        "name": "pronetz_profilaufrufe",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "ProNetz <benachrichtigungen@pronetz.example.com>",
        "subj": "Jonas, Ihr Profil wurde diese Woche 14-mal angesehen",
        "date": "2026-05-18 07:31 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,Segoe UI,Roboto,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:18px 24px;"><img src="https://static.pronetz.example.com/mail/pronetz-logo.png" alt="ProNetz" width="92"></td></tr>
<tr><td style="padding:0 24px 22px;font-size:14px;line-height:20px;color:#191919;">
<p style="font-size:18px;font-weight:600;">14 Profilaufrufe in den letzten 7 Tagen</p>
<p>Darunter: Personaler bei <b>Grachtfiets</b>, ein Mitglied bei <b>Wendland Executive Search</b> und
12 weitere.</p>
<p><a href="https://www.pronetz.example.com/comm/me/profile-views?trk=eml-wvmp" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">Alle ansehen</a></p>
<p style="color:#666;">Tipp: Mit Premium sehen Sie, wer Sie zu einem Gespräch einladen könnte.
<a href="https://www.pronetz.example.com/premium?trk=eml-wvmp-upsell">1 Monat gratis testen</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #eee;">
<a href="https://www.pronetz.example.com/comm/psettings/email-unsubscribe?trk=eml-wvmp" style="color:#777;">Abbestellen</a> ·
© 2026 ProNetz Corporation</td></tr>
</table>
{pixel("https://www.pronetz.example.com/emimp/ip_d3ZtcA.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "terminportal_zahnarzt_bestaetigung",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Terminfix <noreply@terminfix.example.de>",
        "subj": "Terminbestätigung: Dienstag, 10. Februar, 08:15 Uhr",
        "date": "2026-02-04 12:10 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hallo Jonas Weißmann-Tanaka,

Ihr Termin ist bestätigt:

Zahnarztpraxis Dr. Lehmann & Kollegen
Dienstag, 10. Februar 2026, 08:15 Uhr
Prophylaxe / professionelle Zahnreinigung
Jahnallee 61, 04109 Leipzig

Sie können den Termin bis 24 Stunden vorher kostenlos absagen oder verschieben:
https://terminfix.example.de/t/8H2KQ7

Bitte bringen Sie Ihre Versichertenkarte mit.

Ihr Terminfix-Team
Diese Nachricht wurde automatisch versendet.
""",
    },
    {
        "name": "ex_kollegin_referenz_und_gespraech",
        "kind": "other", "lang": "de", "company": "", "contact": "sarah.k@example.de",
        "frm": "Sarah Köhler <sarah.k@example.de>",
        "subj": "kleine Bitte :)",
        "date": "2026-06-24 21:37 +0200",
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Hi Jonas!

Lange nichts gehört – ich hoffe, die Jobsuche läuft, ich hab gehört du hast ein Angebot aus Berlin?

Ich hab am Montag ein Vorstellungsgespräch bei Leihrad Dresden (Werkstattkoordination!!) und die
wollen zwei Referenzen. Dürfte ich dich angeben? Wir haben ja drei Jahre zusammen in der
Radstation geschraubt, du kannst am besten sagen, ob ich mit Kunden kann 😅

Die würden dich ggf. kurz anrufen, 10 Minuten maximal.

Danke dir und drück mir die Daumen!
Sarah
""",
    },
    {
        "name": "umfrage_candidate_experience",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Velowerk Leipzig via Candidate Pulse <survey@candidatepulse.example.com>",
        "subj": "Wie zufrieden waren Sie mit unserem Bewerbungsprozess?",
        "date": "2026-03-13 10:00 +0100",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="560" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:16px 0;"><img src="https://cdn.candidatepulse.example.com/brands/velowerk/logo.png" alt="Velowerk" width="120"></td></tr>
<tr><td>
<p>Hallo Jonas,</p>
<p>Sie haben sich kürzlich bei Velowerk beworben. Unabhängig vom Ergebnis interessiert uns: Wie haben
Sie den Bewerbungsprozess erlebt? Die Umfrage dauert 2 Minuten und ist anonym.</p>
<p>Wie wahrscheinlich ist es, dass Sie Velowerk als Arbeitgeber weiterempfehlen?</p>
<table cellpadding="0" cellspacing="4"><tr>
<td><a href="https://s.candidatepulse.example.com/r/vw?score=0&amp;t=77a1" style="display:block;padding:6px 9px;border:1px solid #ccc;text-decoration:none;">0</a></td>
<td><a href="https://s.candidatepulse.example.com/r/vw?score=5&amp;t=77a1" style="display:block;padding:6px 9px;border:1px solid #ccc;text-decoration:none;">5</a></td>
<td><a href="https://s.candidatepulse.example.com/r/vw?score=10&amp;t=77a1" style="display:block;padding:6px 9px;border:1px solid #ccc;text-decoration:none;">10</a></td>
</tr></table>
<p>Vielen Dank!<br>Ihr Velowerk-People-Team</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding-top:16px;">Diese Umfrage wird im Auftrag von Velowerk durch Candidate Pulse durchgeführt.
<a href="https://s.candidatepulse.example.com/optout?t=77a1" style="color:#999;">Keine Umfragen mehr erhalten</a></td></tr>
</table>
{pixel("https://s.candidatepulse.example.com/o/77a1.gif")}
</body></html>
""",
    },
    {
        "name": "wohnungsbesichtigung_muenchen",
        "kind": "other", "lang": "de", "company": "", "contact": "t.obermaier@obermaier-immobilien.example.de",
        "frm": "Thomas Obermaier <t.obermaier@obermaier-immobilien.example.de>",
        "subj": "Einladung zur Besichtigung – 1,5-Zimmer-Wohnung, Sendling",
        "date": "2026-04-24 14:52 +0200",
        "struct": "plain", "enc": "iso-8859-1/8bit",
        "body": """Grüß Gott Herr Weißmann-Tanaka,

vielen Dank für Ihre Anfrage zur 1,5-Zimmer-Wohnung in der Lindwurmstraße 201 (42 m², 4. OG,
Kaltmiete 1.090 EUR).

Gern lade ich Sie zur Besichtigung ein:
Samstag, 2. Mai 2026, 11:20 Uhr (Einzeltermin, ca. 15 Minuten)

Bitte bringen Sie die Selbstauskunft, die letzten drei Gehaltsnachweise bzw. Ihren Arbeitsvertrag
sowie eine Mietschuldenfreiheitsbescheinigung mit. Sollten Sie den Termin nicht wahrnehmen
können, sagen Sie bitte kurz per Mail ab.

Mit freundlichen Grüßen
Thomas Obermaier
Obermaier Immobilien e.K. · Implerstraße 14 · 81371 München
""",
    },
    {
        "name": "jobportal_neue_nachricht_recruiter",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Jobwerk <nachrichten@jobwerk.example.de>",
        "subj": "Sie haben eine neue Nachricht von Marco W.",
        "date": "2026-04-23 12:20 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hallo Jonas,

Marco W. (Wendland Executive Search) hat Ihnen eine Nachricht geschrieben:

„Hallo Herr Weißmann-Tanaka, ich bin über Ihr Profil gestolpert und war beeindruckt …“

Nachricht lesen und antworten: https://trk.jobwerk.example.de/c/nachrichten/99120?m=notify

Sie erhalten diese Benachrichtigung, weil Ihr Profil für Recruiter sichtbar ist.
Benachrichtigungen verwalten: https://trk.jobwerk.example.de/c/settings?m=notify

Jobwerk GmbH · Karl-Liebknecht-Str. 1 · 04107 Leipzig
""",
    },
    {
        "name": "migrationsamt_zuerich_gesuch",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": "Migrationsamt des Kantons Zürich <noreply@ma.zh.example.ch>",
        "to": "jonas.wt@example.de",
        "subj": "Eingangsbestätigung Ihres Gesuchs (Dossier 26-118447)",
        "date": "2026-04-28 15:33 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Guten Tag

Ihr Gesuch um Erteilung einer Aufenthaltsbewilligung B (Erwerbstätigkeit, EU/EFTA) ist bei uns
eingegangen. Es wird unter der Dossiernummer 26-118447 geführt.

Die Bearbeitungszeit beträgt derzeit rund vier bis sechs Wochen. Sie erhalten den Entscheid per
Post an Ihre Zustelladresse in der Schweiz. Bitte sehen Sie von Anfragen zum Bearbeitungsstand ab.

Freundliche Grüsse
Migrationsamt des Kantons Zürich
Berninastrasse 45, 8090 Zürich

Dies ist eine automatisch generierte Nachricht.
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;">
<p><img src="https://www.zh.example.ch/img/kanton-zh-logo.png" alt="Kanton Zürich – Migrationsamt" width="160"></p>
<p>Guten Tag</p>
<p>Ihr Gesuch um Erteilung einer Aufenthaltsbewilligung B (Erwerbstätigkeit, EU/EFTA) ist bei uns
eingegangen. Es wird unter der Dossiernummer <b>26-118447</b> geführt.</p>
<p>Die Bearbeitungszeit beträgt derzeit rund vier bis sechs Wochen. Sie erhalten den Entscheid per
Post an Ihre Zustelladresse in der Schweiz. Bitte sehen Sie von Anfragen zum Bearbeitungsstand ab.</p>
<p>Freundliche Grüsse<br>Migrationsamt des Kantons Zürich<br>Berninastrasse 45, 8090 Zürich</p>
<p style="font-size:10px;color:#777;">Dies ist eine automatisch generierte Nachricht.</p>
</body></html>
""",
    },
]

ENGLISH: list[dict] = [
    {
        "name": "newsletter_rejection_playbook",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": "The Career Loop <hello@thecareerloop.example.com>",
        "subj": "The Rejection Playbook: 7 ways to bounce back this week",
        "date": "2026-02-03 13:00 +0000",
        "list": {"id": "The Career Loop Weekly <weekly.thecareerloop.example.com>",
                  "unsub": "<https://thecareerloop.example.com/unsubscribe?sid=a71c>, <mailto:unsub-a71c@thecareerloop.example.com>"},
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#fdf6ee;font-family:Georgia,serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:22px 32px;"><img src="https://cdn.thecareerloop.example.com/email/wordmark.png" alt="The Career Loop" width="170"></td></tr>
<tr><td style="padding:0 32px 26px;font-size:17px;line-height:27px;color:#222;">
<p>Hey Jonas,</p>
<p>"Unfortunately, we have decided not to move forward with your application." Nine words, and
somehow they ruin a whole afternoon. This week's issue is all about what to do next.</p>
<p><b>1. Don't reply in anger.</b> Sleep on it. <a href="https://links.thecareerloop.example.com/c/1?sid=a71c">Read more</a></p>
<p><b>2. Ask for feedback after an interview</b> – most recruiters will answer a short, polite note.
<a href="https://links.thecareerloop.example.com/c/2?sid=a71c">Our template</a></p>
<p><b>3. Missed an interview?</b> Here's the apology email that saved our reader Priya's application.
<a href="https://links.thecareerloop.example.com/c/3?sid=a71c">Read the story</a></p>
<p><b>4–7.</b> <a href="https://links.thecareerloop.example.com/c/4?sid=a71c">On the blog</a></p>
<p style="background:#fff2dc;padding:14px;font-size:15px;">💼 <b>Sponsored:</b> Land more offers with ResumeRocket – 30% off this week only.
<a href="https://links.thecareerloop.example.com/c/sp?sid=a71c">Claim offer</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;background:#faf4ec;">You're receiving this because you subscribed at thecareerloop.example.com.<br>
<a href="https://thecareerloop.example.com/unsubscribe?sid=a71c" style="color:#999;">Unsubscribe</a> ·
<a href="https://thecareerloop.example.com/preferences?sid=a71c" style="color:#999;">Preferences</a> ·
The Career Loop Ltd, 5 Brewer Street, London W1F 0RF. Registered in England No 11223344.</td></tr>
</table>
{pixel("https://links.thecareerloop.example.com/o?sid=a71c")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "jobalert_amsterdam_customer_success",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": "ProNetz Job Alerts <jobalerts-noreply@pronetz.example.com>",
        "subj": "12 new Customer Success jobs in Amsterdam",
        "date": "2026-03-06 08:12 +0100",
        "list": {"id": "<jobalerts.pronetz.example.com>",
                  "unsub": "<https://www.pronetz.example.com/comm/jobs/alerts/unsubscribe?id=7781>"},
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,Segoe UI,Roboto,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:18px 24px;"><img src="https://static.pronetz.example.com/mail/pronetz-logo.png" alt="ProNetz" width="92"></td></tr>
<tr><td style="padding:0 24px 20px;font-size:14px;color:#191919;">
<p style="font-size:17px;font-weight:600;">Your job alert for "customer success" in Amsterdam</p>
<p><a href="https://www.pronetz.example.com/comm/jobs/view/90112?trk=eml-alert"><b>Customer Success Associate</b></a><br>Grachtfiets · Amsterdam · Actively recruiting</p>
<p><a href="https://www.pronetz.example.com/comm/jobs/view/90187?trk=eml-alert"><b>Technical Support Associate</b></a><br>Pedalo Labs · Amsterdam (Hybrid) · Easy Apply</p>
<p><a href="https://www.pronetz.example.com/comm/jobs/view/90203?trk=eml-alert"><b>Rider Support Specialist (German speaking)</b></a><br>Voltaro · Amsterdam · 3 connections work here</p>
<p><a href="https://www.pronetz.example.com/comm/jobs/search?alert=7781&amp;trk=eml-alert-seeall">See all 12 jobs</a></p>
<p style="color:#666;font-size:13px;">Interview tip: Prepare three stories about customers you helped. Recruiters love specifics.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #eee;">
<a href="https://www.pronetz.example.com/comm/jobs/alerts/manage?trk=eml-alert" style="color:#777;">Manage alerts</a> ·
<a href="https://www.pronetz.example.com/comm/jobs/alerts/unsubscribe?id=7781" style="color:#777;">Unsubscribe</a> · © 2026 ProNetz Corporation</td></tr>
</table>
{pixel("https://www.pronetz.example.com/emimp/ip_YWxlcnQ3Nzgx.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "podcast_spoke_and_chain",
        "kind": "other", "lang": "en", "company": "", "contact": "ellie@spokeandchain.example.com",
        "frm": "Ellie Whitford <ellie@spokeandchain.example.com>",
        "subj": "Podcast interview? (Spoke & Chain)",
        "date": "2026-06-11 17:40 +0100",
        "struct": "plain", "enc": "us-ascii/7bit",
        "body": """Hi Jonas,

I host Spoke & Chain, a small but loyal podcast about bike mechanics and the people behind the
repair stand. I loved your thread on Mastodon about diagnosing intermittent motor cut-outs on
older mid-drive systems.

Would you be up for a 40-minute interview for an episode on right-to-repair in the e-bike world?
We record remotely, I do the editing, and you'd get to approve anything before it goes out.

Let me know if you're interested and I'll send a few dates.

Cheers,
Ellie
spokeandchain.example.com
""",
    },
    {
        "name": "bykl_user_research_voucher",
        "kind": "other", "lang": "en", "company": "", "contact": "ida.sorensen@bykl.example.dk",
        "frm": "Ida Sørensen <ida.sorensen@bykl.example.dk>",
        "subj": "Quick 20-min interview about your Bykl rides? (DKK 150 voucher)",
        "date": "2026-09-18 10:20 +0200",
        "struct": "alt", "enc": "utf-8/b64",
        "body": """Hej Jonas,

You've taken 11 Bykl rides in Copenhagen in the last month - thank you! I'm a product researcher
on the Bykl app team, and we're talking to riders who visit from abroad.

Would you join a 20-minute video interview about how you find and unlock bikes as a visitor? As a
thank-you, you'll get a DKK 150 ride voucher.

Just reply to this email with a time that suits you this week or next.

Tak!
Ida Sørensen
Product Research, Bykl
""",
        "html": """<div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;line-height:1.55;color:#2d2d2d;">
<p>Hej Jonas,</p>
<p>You've taken 11 Bykl rides in Copenhagen in the last month – thank you! I'm a product researcher
on the Bykl app team, and we're talking to riders who visit from abroad.</p>
<p>Would you join a <b>20-minute video interview</b> about how you find and unlock bikes as a visitor? As a
thank-you, you'll get a DKK 150 ride voucher.</p>
<p>Just reply to this email with a time that suits you this week or next.</p>
<p>Tak!<br>Ida Sørensen<br>Product Research, Bykl</p>
</div>
""",
    },
    {
        "name": "wheelpath_live_position_shared",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": "Wheelpath <no-reply@wheelpath.example.com>",
        "subj": "Your live position is being shared with Aiko",
        "date": "2026-05-31 07:02 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

You started a ride with Live Tracking turned on. Your position is now being shared with:

- Aiko Tanaka

Your contacts can see your current position, speed and estimated arrival until you stop the ride
or turn off Live Tracking. If you did not start this, open the app and go to Settings > Safety.

Ride safe,
The Wheelpath Team

You're receiving this safety notification because Live Tracking is enabled on your account.
""",
    },
    {
        "name": "velobits_package_delayed_en",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": "Velobits Store <orders@velobits-store.example.com>",
        "subj": "Unfortunately your package is delayed",
        "date": "2026-08-12 16:45 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:12px 0;"><img src="https://www.velobits-store.example.com/email/logo.png" alt="Velobits Store" width="150"></td></tr>
<tr><td>
<p>Hi Jonas,</p>
<p>Unfortunately your package (order <b>#EU-558201</b>, 1 × Cargo bike rain cover, 2 × Schwalbe Marathon E-Plus 55-406)
is delayed at customs in Copenhagen.</p>
<p>We expect it to be delivered by <b>Monday, 17 August</b>. No action is needed on your side.</p>
<p><a href="https://track.velobits-store.example.com/t/EU-558201?utm_source=delay">Track your package</a></p>
<p>Sorry for the wait,<br>Team Velobits</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding-top:14px;border-top:1px solid #eee;">Velobits Store ApS · Vesterbrogade 10 · 1620 Copenhagen ·
<a href="https://www.velobits-store.example.com/email-preferences" style="color:#999;">Email preferences</a></td></tr>
</table>
{pixel("https://track.velobits-store.example.com/o/EU-558201.gif")}
</body></html>
""",
    },
    {
        "name": "northbank_loan_application_received",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": "Northbank <notifications@northbank.example.nl>",
        "subj": "We have received your application",
        "date": "2026-04-20 21:12 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Dear Mr Weißmann-Tanaka,

Thank you for applying for a Northbank Personal Loan of EUR 6,000.

We have received your application (reference PL-88410-NB). Our credit team will review it and
you can expect a decision within 3 working days. We may ask you for additional documents, such as
your employment contract or recent payslips.

You can follow the status of your application in the Northbank app.

Kind regards,
Northbank Customer Service

Northbank N.V. is authorised by De Nederlandsche Bank. Please do not reply to this email.
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#13294b;">
<p><img src="https://www.northbank.example.nl/email/logo.png" alt="Northbank" width="130"></p>
<p>Dear Mr Weißmann-Tanaka,</p>
<p>Thank you for applying for a <b>Northbank Personal Loan</b> of EUR 6,000.</p>
<p>We have received your application (reference PL-88410-NB). Our credit team will review it and
you can expect a decision within 3 working days. We may ask you for additional documents, such as
your employment contract or recent payslips.</p>
<p>You can follow the status of your application in the <a href="https://app.northbank.example.nl/open?src=loan-ack">Northbank app</a>.</p>
<p>Kind regards,<br>Northbank Customer Service</p>
<p style="font-size:10px;color:#8090a8;">Northbank N.V. is authorised by De Nederlandsche Bank. Please do not reply to this email.</p>
</body></html>
""",
    },
    {
        "name": "amsterdam_rental_declined",
        "kind": "other", "lang": "en", "company": "", "contact": "lotte@canalhomes.example.nl",
        "frm": "Lotte Bakker <lotte@canalhomes.example.nl>",
        "subj": "Re: Rental application - Jacob van Lennepstraat 214-II",
        "date": "2026-05-15 12:34 +0200",
        "irt": "<f08c2b71-jonas-rental@example.de>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Dear Jonas,

Thank you for your rental application and for attending the viewing on Tuesday.

Unfortunately the landlord has chosen another tenant for the apartment at Jacob van Lennepstraat
214-II. We had more than 40 applications for this property.

If you'd like, I can let you know when similar apartments (1-2 bedrooms, Oud-West, up to EUR 1,800)
come onto our books - just reply and let me know.

Kind regards,
Lotte Bakker
Rental Agent | Canal Homes Amsterdam
+31 20 555 7788
""",
    },
    {
        "name": "friend_maya_interview_gmail",
        "kind": "other", "lang": "en", "company": "", "contact": "maya.lindgren@example.dk",
        "frm": "Maya Lindgren <maya.lindgren@example.dk>",
        "subj": "Re: how did it go??",
        "date": "2026-05-06 23:02 +0200",
        "irt": "<CAJwtq0Lx-maya-0506@example.de>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """OMG yes it went well!! I had my interview with Ridewise today - they reopened the CS role btw,
maybe you should check. Two hours, three people, and they made me role-play an angry customer
whose e-bike died on the Knippelsbro. I think I nailed it?? They said they'd decide by Friday.

Fingers crossed for both of us. Call me this weekend?

Maya

On Wed, 6 May 2026 at 21:40, Jonas Weißmann-Tanaka <jonas.wt@example.de> wrote:
> Maya! How did the interview go?? I've been thinking about you all day.
>
> Small news from my side: Grachtfiets sent me an offer letter on Monday. Still deciding. And I
> Pedalo Labs finally turned me down, which I'm weirdly relieved about.
>
> J
""",
    },
    {
        "name": "own_application_cykelhuset_cv",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": CANDIDATE,
        "to": "Cykelhuset Nord Jobs <jobs@cykelhuset-nord.example.dk>",
        "subj": "Application: Aftersales & Dealer Support - Jonas Weißmann-Tanaka",
        "date": "2026-07-28 20:41 +0200",
        "struct": "mixed", "enc": "utf-8/qp",
        "body": """Dear Cykelhuset Nord team,

I would like to apply for the Aftersales & Dealer Support position advertised on your website.

I am a trained bicycle mechanic from Leipzig with eight years of workshop experience, the last
five focused on e-bikes and cargo bikes. As workshop manager at Radstation West I handled warranty
claims with manufacturers, trained new mechanics and spent a good part of every day on the phone
with customers and dealers. I'd love to bring that mix of hands-on knowledge and patient
explaining to your dealer network.

I am happy to relocate to Copenhagen and could start from October. My CV is attached.

Kind regards,
Jonas Weißmann-Tanaka
+49 176 555 83 21
""",
        "att": [{"filename": "CV_Jonas_Weissmann-Tanaka_EN.pdf", "lines": [
            "Jonas Weissmann-Tanaka - Curriculum Vitae",
            "Leipzig, Germany - jonas.wt@example.de",
            "",
            "2021-2025  Workshop Manager, Radstation West, Leipzig",
            "2018-2021  Bicycle Mechanic, Zweirad Center Sachsen",
            "Certifications: Bosch eBike Systems, Shimano STEPS",
            "Languages: German (native), English (C1), Spanish (B1)",
        ]}],
    },
    {
        "name": "own_reply_spokeshare_times",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": CANDIDATE,
        "to": "Sophie Jansen <sophie@spokeshare.example.nl>",
        "mid": "<E1B7C3A9-spk-jonas-0512@example.de>",
        "subj": "Re: Application - Operations Support",
        "date": "2026-05-12 09:14 +0200",
        "irt": "<spk-0508-sj@spokeshare.example.nl>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": f"""Hi Sophie,

Thanks so much for getting back to me. Thursday 14 May works, any time after 1pm. Funny timing, by
the way: I got a rejection from another bike-sharing company this morning, so your mail really
made my day.

Best,
Jonas

On Fri, 8 May 2026 at 16:02, Sophie Jansen <sophie@spokeshare.example.nl> wrote:
{quote(_SOPHIE_FIRST)}
""",
    },
    {
        "name": "ooo_sam_okafor",
        "kind": "other", "lang": "en", "company": "", "contact": "sam.okafor@mobilityrecruiters.example.com",
        "frm": "Sam Okafor <sam.okafor@mobilityrecruiters.example.com>",
        "subj": "Automatic reply: Pedalo Labs - feedback",
        "date": "2026-03-19 08:00 +0000",
        "irt": "<2f7c0e91-jonas-pedalo-thanks@example.de>",
        "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "struct": "plain", "enc": "us-ascii/7bit",
        "body": """Thanks for your email. I'm out of the office on annual leave until Monday 30 March with
limited access to email.

For anything urgent, please contact my colleague Chloe Barnes on +44 20 7946 0388.

Sam
""",
    },
    {
        "name": "headhunter_cold_outreach_en",
        "kind": "other", "lang": "en", "company": "", "contact": "j.mercer@northpeak-talent.example.com",
        "frm": "James Mercer <j.mercer@northpeak-talent.example.com>",
        "subj": "Following up",
        "date": "2026-07-14 11:27 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Following up on my connection request last week - hope you don't mind the direct email.

I'm building out the customer support team for a fast-growing micromobility client expanding into
DACH. They're after someone who knows e-bike drivetrains inside out and can talk to dealers in
German and English. Your background looks like a great fit.

No formal process yet - just keen to have an informal chat to see if it might be of interest.
Any chance you're free for 15 minutes this week?

Best,
James Mercer
Principal Consultant | NorthPeak Talent
+44 161 555 0102
""",
    },
    {
        "name": "micromobility_conference_newsletter",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": "Micromobility Europe <news@micromobility-europe.example.com>",
        "subj": "Speaker interviews are live + early bird offer ends Friday",
        "date": "2026-02-24 15:00 +0100",
        "list": {"id": "<news.micromobility-europe.example.com>",
                  "unsub": "<https://micromobility-europe.example.com/u?e=9a2f>"},
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#101820;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:22px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td><img src="https://micromobility-europe.example.com/img/mme26-banner.jpg" alt="Micromobility Europe 2026 – Amsterdam, 9–10 June" width="600"></td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:23px;color:#111;">
<p>Hi Jonas,</p>
<p>Our <b>speaker interview series</b> is live: we sat down with the heads of service at three of
Europe's biggest bike-sharing operators to talk about uptime, repairability and why support is
the new product.</p>
<p><a href="https://micromobility-europe.example.com/r/interviews?e=9a2f" style="color:#00a86b;font-weight:bold;">Watch the interviews →</a></p>
<p><b>Early bird offer ends Friday:</b> save €200 on your ticket.
<a href="https://micromobility-europe.example.com/r/tickets?e=9a2f" style="color:#00a86b;">Get your pass</a></p>
<p>Also new this year: the <b>Careers Corner</b>, where 30+ companies are hiring on site.</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#888;background:#f4f4f4;">
<a href="https://micromobility-europe.example.com/u?e=9a2f" style="color:#888;">Unsubscribe</a> ·
MME Events B.V., Herengracht 500, Amsterdam</td></tr>
</table>
{pixel("https://micromobility-europe.example.com/o/9a2f.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "course_financial_aid_approved",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": "LearnLoop <no-reply@learnloop.example.com>",
        "subj": "Congratulations! Your application for Financial Aid has been approved",
        "date": "2026-01-16 03:22 +0000",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Good news: your application for Financial Aid for the course "Customer Success Fundamentals" has
been approved. You now have full access to all course materials, graded assignments and the
certificate - at no cost.

Start learning: https://www.learnloop.example.com/learn/customer-success-fundamentals?src=fa

Please note that Financial Aid is valid for 180 days from today.

Happy learning,
The LearnLoop Team

LearnLoop Inc., 381 E. Evelyn Ave, Mountain View, CA 94041
Manage notifications: https://www.learnloop.example.com/account/notifications
""",
    },
    {
        "name": "ride_app_leaderboard_position",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": "Segmentr <updates@segmentr.example.com>",
        "subj": "You moved up to 3rd position on Karl-Heine-Straße Sprint!",
        "date": "2026-08-09 19:48 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Nice ride, Jonas!

You're now in 3rd position on the segment "Karl-Heine-Straße Sprint" (1.2 km) with a time of
2:14. Only 6 seconds behind 2nd place.

Your position in the club leaderboard "Leipzig Cargo Crew" this week: 5 of 48.

See your ride: https://www.segmentr.example.com/rides/88120451

Keep pedalling,
Segmentr
Unsubscribe from achievement emails: https://www.segmentr.example.com/settings/email
""",
        "html": f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#242428;">
<p><img src="https://www.segmentr.example.com/mail/logo.png" alt="Segmentr" width="110"></p>
<h2 style="color:#fc5200;">Nice ride, Jonas! 🏆</h2>
<p>You're now in <b>3rd position</b> on the segment "Karl-Heine-Straße Sprint" (1.2 km) with a time of
2:14. Only 6 seconds behind 2nd place.</p>
<p>Your position in the club leaderboard "Leipzig Cargo Crew" this week: <b>5 of 48</b>.</p>
<p><a href="https://www.segmentr.example.com/rides/88120451?utm_source=achievement" style="background:#fc5200;color:#fff;padding:9px 18px;text-decoration:none;border-radius:4px;">See your ride</a></p>
<p style="font-size:11px;color:#999;"><a href="https://www.segmentr.example.com/settings/email" style="color:#999;">Unsubscribe from achievement emails</a></p>
{pixel("https://www.segmentr.example.com/o/88120451.gif")}
</body></html>
""",
    },
]

SPANISH: list[dict] = [
    {
        "name": "newsletter_superar_rechazo",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": "Empleo Claro <boletin@empleoclaro.example.es>",
        "subj": "Cómo superar un rechazo laboral (y preparar tu próxima entrevista)",
        "date": "2026-03-31 08:00 +0200",
        "list": {"id": "Boletín Empleo Claro <boletin.empleoclaro.example.es>",
                  "unsub": "<https://empleoclaro.example.es/baja?s=41c2>, <mailto:baja@empleoclaro.example.es>"},
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#eef6f4;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 26px;background:#1b7f6b;"><img src="https://empleoclaro.example.es/img/logo-blanco.png" alt="Empleo Claro" width="150"></td></tr>
<tr><td style="padding:22px 26px;font-size:15px;line-height:23px;color:#222;">
<p>¡Hola Jonas!</p>
<p>Recibir un "lamentablemente, no has sido seleccionado" nunca es fácil. En el boletín de esta
semana te contamos cómo convertir un rechazo en aprendizaje.</p>
<p>📌 <a href="https://clic.empleoclaro.example.es/a/1?s=41c2">5 preguntas para hacerte después de una entrevista fallida</a><br>
📌 <a href="https://clic.empleoclaro.example.es/a/2?s=41c2">Qué hacer si no te presentaste a una entrevista</a><br>
📌 <a href="https://clic.empleoclaro.example.es/a/3?s=41c2">Cómo negociar una oferta de trabajo</a></p>
<p><b>Ofertas destacadas:</b> <a href="https://clic.empleoclaro.example.es/o?s=41c2">Técnico/a de bicicletas eléctricas en Barcelona</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#888;background:#f6f6f6;">Recibes este correo porque te suscribiste en empleoclaro.example.es.
<a href="https://empleoclaro.example.es/baja?s=41c2" style="color:#888;">Darse de baja</a> · Empleo Claro Media S.L. · Madrid</td></tr>
</table>
{pixel("https://clic.empleoclaro.example.es/o.gif?s=41c2")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "piso_gracia_desestimada",
        "kind": "other", "lang": "es", "company": "", "contact": "jordi@finquesgracia.example.es",
        "frm": "Jordi Vidal <jordi@finquesgracia.example.es>",
        "subj": "Solicitud piso C/ Verdi 88 – respuesta",
        "date": "2026-04-10 13:05 +0200",
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Buenos días Sr. Weißmann-Tanaka,

Le escribo en relación con su solicitud para el piso de la calle Verdi 88, 2º 1ª.

Lamentablemente, la propiedad ha decidido alquilarlo a otro solicitante que podía entrar a vivir
de inmediato, por lo que su solicitud ha sido desestimada. Le agradecemos el interés y la
documentación aportada.

Si lo desea, le avisaremos de nuevos pisos en Gràcia que se ajusten a lo que busca.

Atentamente,
Jordi Vidal
Finques Gràcia
C/ Gran de Gràcia 140, Barcelona
""",
    },
    {
        "name": "amigo_pablo_oferta",
        "kind": "other", "lang": "es", "company": "", "contact": "pablo.romero@example.es",
        "frm": "Pablo Romero <pablo.romero@example.es>",
        "subj": "Re: ¿qué tal por Barcelona?",
        "date": "2026-04-03 00:14 +0200",
        "irt": "<CAJw-pablo-0402@example.de>",
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """¡Tío, enhorabuena por lo de BiciCiutat! Ya sabía yo que te iban a coger.

Y te cuento lo mío: ¡me han ofrecido el puesto en la cooperativa de mensajería! Empiezo en
mayo, contrato indefinido y todo. Después de seis meses de entrevistas y rechazos, no me lo creo.

Esto hay que celebrarlo cuando bajes. ¿Vermut el sábado en el Tío Ché?

Abrazo,
Pablo

El jue, 2 abr 2026 a las 21:47, Jonas Weißmann-Tanaka (<jonas.wt@example.de>) escribió:
> ¡Pablo! Hoy me ha llegado la carta de oferta de BiciCiutat. Todavía no me lo creo. ¿Y tú qué
> tal con la entrevista de la semana pasada?
>
> Jonas
""",
    },
    {
        "name": "pedido_retrasado_es",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": "Ciclomarket <no-responder@ciclomarket.example.es>",
        "subj": "Lamentablemente, tu pedido se ha retrasado",
        "date": "2026-03-27 18:21 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hola Jonas,

Lamentablemente, tu pedido n.º CM-2026-77102 (1 × candado plegable, 1 × luz trasera USB) se ha
retrasado por una incidencia con la agencia de transporte.

Nueva fecha estimada de entrega: martes, 31 de marzo.

Puedes seguir tu envío aquí: https://ciclomarket.example.es/seguimiento/CM-2026-77102

Disculpa las molestias.
El equipo de Ciclomarket

Este correo se ha enviado desde una dirección que no acepta respuestas.
""",
    },
]

FRENCH: list[dict] = [
    {
        "name": "newsletter_rebondir_refus",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": "Cap Carrière <lettre@capcarriere.example.com>",
        "subj": "Rebondir après un refus : nos 6 conseils",
        "date": "2026-05-05 07:30 +0200",
        "list": {"id": "La lettre Cap Carrière <lettre.capcarriere.example.com>",
                  "unsub": "<https://capcarriere.example.com/desinscription?u=5c0e>, <mailto:desinscription@capcarriere.example.com>"},
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;background:#f5f1fa;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 28px;border-bottom:3px solid #6b3fa0;"><img src="https://capcarriere.example.com/nl/logo.png" alt="Cap Carrière" width="160"></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;line-height:23px;color:#222;">
<p>Bonjour Jonas,</p>
<p>« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. » Qui n'a
jamais reçu ce message ? Cette semaine, nos experts vous aident à rebondir.</p>
<p>→ <a href="https://trk.capcarriere.example.com/c/1?u=5c0e">Demander un retour après un entretien</a><br>
→ <a href="https://trk.capcarriere.example.com/c/2?u=5c0e">Entretien manqué : comment s'excuser</a><br>
→ <a href="https://trk.capcarriere.example.com/c/3?u=5c0e">Évaluer une offre d'emploi en 10 minutes</a></p>
<p style="background:#f0e8fa;padding:12px;">🎧 Notre podcast : interview d'une recruteuse de la mobilité douce.
<a href="https://trk.capcarriere.example.com/c/pod?u=5c0e">Écouter</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;background:#faf8fc;">Vous recevez cette lettre car vous êtes inscrit sur capcarriere.example.com.
<a href="https://capcarriere.example.com/desinscription?u=5c0e" style="color:#888;">Se désinscrire</a> · Cap Carrière SAS · Paris</td></tr>
</table>
{pixel("https://trk.capcarriere.example.com/o?u=5c0e")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "magazine_demande_interview",
        "kind": "other", "lang": "fr", "company": "", "contact": "m.dubreuil@velo-territoires-mag.example.com",
        "frm": "Mathilde Dubreuil <m.dubreuil@velo-territoires-mag.example.com>",
        "subj": "Demande d'interview – dossier « réparer son VAE »",
        "date": "2026-07-01 09:48 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Bonjour Monsieur Weißmann-Tanaka,

Je suis journaliste pour le magazine Vélo & Territoires et je prépare un dossier sur la
réparabilité des vélos à assistance électrique en Europe.

Un de vos anciens collègues de Leipzig m'a recommandé de vous contacter. Accepteriez-vous de
m'accorder une interview de 30 minutes, en anglais ou en français, par visioconférence ? Vos
propos seraient cités avec votre nom et votre métier, et je vous soumettrais les citations avant
publication.

Je vous remercie par avance de votre réponse.

Bien cordialement,
Mathilde Dubreuil
Journaliste – Vélo & Territoires
06 55 42 18 07
""",
    },
    {
        "name": "alerte_emploi_support_velo",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": "Emploi Suisse romande <alertes@emploi-romand.example.ch>",
        "subj": "Alerte emploi : 5 nouvelles offres « support technique vélo »",
        "date": "2026-05-12 06:45 +0200",
        "list": {"id": "<alertes.emploi-romand.example.ch>",
                  "unsub": "<https://emploi-romand.example.ch/alertes/stop?a=3317>"},
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Bonjour,

5 nouvelles offres correspondent à votre alerte « support technique vélo » (Genève, Lausanne, Zurich) :

- Responsable SAV boutique Zurich – Lémanvélo SA – Zurich
- Technicien·ne cycles – Atelier du Rhône – Genève
- Conseiller·ère clientèle mobilité – Navette Alpine SA – Lausanne
- Mécanicien·ne vélo (80 %) – Vélo Service Plus – Fribourg
- Spécialiste support technique – Mobilis Léman SA – Zurich

Voir toutes les offres : https://emploi-romand.example.ch/alertes/3317

Conseil de la semaine : préparez votre entretien en listant trois réalisations concrètes.

Modifier ou supprimer cette alerte : https://emploi-romand.example.ch/alertes/stop?a=3317
""",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p><img src="https://emploi-romand.example.ch/img/logo.png" alt="Emploi Suisse romande" width="160"></p>
<p>Bonjour,</p>
<p><b>5 nouvelles offres</b> correspondent à votre alerte « support technique vélo » (Genève, Lausanne, Zurich) :</p>
<ul>
<li><a href="https://emploi-romand.example.ch/r/88101?a=3317">Responsable SAV boutique Zurich</a> – Lémanvélo SA – Zurich</li>
<li><a href="https://emploi-romand.example.ch/r/88117?a=3317">Technicien·ne cycles</a> – Atelier du Rhône – Genève</li>
<li><a href="https://emploi-romand.example.ch/r/88120?a=3317">Conseiller·ère clientèle mobilité</a> – Navette Alpine SA – Lausanne</li>
<li><a href="https://emploi-romand.example.ch/r/88133?a=3317">Mécanicien·ne vélo (80 %)</a> – Vélo Service Plus – Fribourg</li>
<li><a href="https://emploi-romand.example.ch/r/88140?a=3317">Spécialiste support technique</a> – Mobilis Léman SA – Zurich</li>
</ul>
<p><i>Conseil de la semaine : préparez votre entretien en listant trois réalisations concrètes.</i></p>
<p style="font-size:11px;color:#888;"><a href="https://emploi-romand.example.ch/alertes/stop?a=3317" style="color:#888;">Modifier ou supprimer cette alerte</a></p>
{pixel("https://emploi-romand.example.ch/o/3317-0512.gif")}
</body></html>
""",
    },
    {
        "name": "reponse_automatique_lemanvelo",
        "kind": "other", "lang": "fr", "company": "", "contact": "c.rochat@lemanvelo.example.ch",
        "frm": "Claire Rochat <c.rochat@lemanvelo.example.ch>",
        "subj": "Réponse automatique : Proposition d'engagement – Responsable SAV Zurich",
        "date": "2026-06-15 18:30 +0200",
        "irt": "<93d1a7c4-jonas-lv-acceptation@example.de>",
        "hdrs": {"Auto-Submitted": "auto-replied"},
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Bonjour,

Je suis absente du bureau jusqu'au lundi 22 juin inclus, avec un accès limité à ma messagerie.

Pour toute question urgente concernant un recrutement, vous pouvez joindre le secrétariat RH au
+41 22 555 40 10.

Cordialement,
Claire Rochat
Lémanvélo SA
""",
    },
    {
        "name": "trottix_entretien_utilisateur",
        "kind": "other", "lang": "fr", "company": "", "contact": "theo.marchand@trottix.example.com",
        "frm": "Théo Marchand <theo.marchand@trottix.example.com>",
        "subj": "Participez à un entretien utilisateur (30 min, bon de 20 €)",
        "date": "2026-10-05 10:15 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Salut Jonas,

Tu utilises Trottix régulièrement à Barcelone et on aimerait beaucoup avoir ton avis !

Je suis chercheur UX chez Trottix et je cherche des utilisateurs pour un entretien de 30 minutes
en visio (en français ou en anglais) sur la nouvelle fonction de réservation de trottinettes. En
remerciement, tu recevras un bon de 20 € de trajets.

Si ça te dit, réponds simplement à ce mail avec deux ou trois créneaux qui t'arrangent.

Merci d'avance,
Théo Marchand
UX Research – Trottix
""",
    },
]

MESSAGES: list[dict] = [*GERMAN, *ENGLISH, *SPANISH, *FRENCH]
