"""Everything else (hundred-eleventh corpus): 52 messages that are not about one application's
progress, each written by hand. Many use the words of job mail in another sense."""

from __future__ import annotations

from msgs111_common import ME, pixel

MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------------------ German (25)

add({
    "kind": "other", "scenario": "newsletter_gruende_absage", "header_b": True, "lang": "de",
    "company": "", "contact": "",
    "frm": ("Karriere-Kompass", "newsletter@karrierekompass.example.de"),
    "subject": "5 Gründe für eine Absage – und was Sie daraus lernen",
    "date": "2026-02-05 06:30 +0100",
    "headers": {"List-Id": "Karriere-Kompass Wochenbrief <wochenbrief.karrierekompass.example.de>",
                "List-Unsubscribe": "<https://karrierekompass.example.de/abmelden?id=a81f2>, <mailto:abmelden@karrierekompass.example.de>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Precedence": "bulk"},
    "text": """KARRIERE-KOMPASS · Der Wochenbrief · Ausgabe 6/2026

5 Gründe für eine Absage – und was Sie daraus lernen

"Leider müssen wir Ihnen mitteilen ..." – kaum ein Satz frustriert Bewerberinnen und Bewerber mehr. Wir haben mit zwölf Recruiterinnen gesprochen: Das sind die häufigsten Gründe, warum Bewerbungen scheitern.

1. Das Anschreiben ist austauschbar
2. Der Lebenslauf beantwortet die Fragen der Stelle nicht
3. Gehaltsvorstellung passt nicht zum Budget
4. Die Stelle wurde intern besetzt (das passiert öfter, als Sie denken!)
5. Im Vorstellungsgespräch fehlten konkrete Beispiele

Weiterlesen: https://karrierekompass.example.de/r/2026-06/absage-gruende?utm_source=newsletter

Außerdem in dieser Ausgabe:
- Einladung zum Vorstellungsgespräch erhalten? Die 10-Minuten-Vorbereitung
- Interview verpasst – wie Sie die Situation retten
- Gehaltsreport IT 2026: Was Cloud-Engineers in Österreich verdienen

Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.example.de angemeldet haben.
Abmelden: https://karrierekompass.example.de/abmelden?id=a81f2
Karriere-Kompass Medien GmbH, Schwanthalerstraße 10, 80336 München
""",
    "html": """<html><body style="margin:0;background:#f4f1ea">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222">
<tr><td style="padding:18px 28px;border-bottom:2px solid #222"><img src="https://karrierekompass.example.de/img/kk-logo.png" alt="KARRIERE-KOMPASS" width="200"><br><span style="font-family:Arial,sans-serif;font-size:11px;color:#777">Der Wochenbrief · Ausgabe 6/2026</span></td></tr>
<tr><td style="padding:24px 28px;font-size:16px;line-height:1.55">
<h1 style="font-size:26px;margin:0 0 12px">5 Gründe für eine Absage – und was Sie daraus lernen</h1>
<p>„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz frustriert Bewerberinnen und Bewerber mehr. Wir haben mit zwölf Recruiterinnen gesprochen: Das sind die häufigsten Gründe, warum Bewerbungen scheitern.</p>
<ol><li>Das Anschreiben ist austauschbar</li><li>Der Lebenslauf beantwortet die Fragen der Stelle nicht</li><li>Gehaltsvorstellung passt nicht zum Budget</li><li>Die Stelle wurde intern besetzt (das passiert öfter, als Sie denken!)</li><li>Im Vorstellungsgespräch fehlten konkrete Beispiele</li></ol>
<p><a href="https://karrierekompass.example.de/r/2026-06/absage-gruende?utm_source=newsletter" style="color:#b3261e">Weiterlesen →</a></p>
<h3 style="font-family:Arial,sans-serif;font-size:14px;text-transform:uppercase;color:#777">Außerdem in dieser Ausgabe</h3>
<p style="font-family:Arial,sans-serif;font-size:14px"><a href="https://karrierekompass.example.de/r/2026-06/einladung-vorbereitung">Einladung zum Vorstellungsgespräch erhalten? Die 10-Minuten-Vorbereitung</a><br>
<a href="https://karrierekompass.example.de/r/2026-06/interview-verpasst">Interview verpasst – wie Sie die Situation retten</a><br>
<a href="https://karrierekompass.example.de/r/2026-06/gehaltsreport-it">Gehaltsreport IT 2026: Was Cloud-Engineers in Österreich verdienen</a></p>
</td></tr>
<tr><td style="padding:16px 28px;background:#222;color:#bbb;font-family:Arial,sans-serif;font-size:11px">Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.example.de angemeldet haben. <a href="https://karrierekompass.example.de/abmelden?id=a81f2" style="color:#fff">Abmelden</a><br>Karriere-Kompass Medien GmbH · Schwanthalerstraße 10 · 80336 München · HRB 199302</td></tr>
</table></td></tr></table>
""" + pixel("https://karrierekompass.example.de/o/a81f2/6-2026.gif") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "jobagent_digest_graz", "header_b": True, "lang": "de",
    "company": "", "contact": "",
    "frm": ("jobfeld.at Jobagent", "jobagent@mail.jobfeld.example.at"),
    "subject": "12 neue Jobs für „Cloud Engineer“ in Graz und Umgebung",
    "date": "2026-03-16 07:02 +0100",
    "headers": {"List-Unsubscribe": "<https://www.jobfeld.example.at/jobagent/loeschen?id=JA-33817>",
                "Precedence": "bulk"},
    "html": """<html><body style="margin:0;background:#eef2f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#2a2a2a">
<tr><td style="padding:16px 24px;background:#ff7a00"><img src="https://www.jobfeld.example.at/img/jobfeld-logo-white.png" alt="jobfeld.at" width="120"></td></tr>
<tr><td style="padding:20px 24px">
<p>Hallo Lukas, dein Jobagent „Cloud Engineer · Graz + 30 km“ hat <b>12 neue Stellen</b> gefunden:</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border-collapse:collapse">
<tr style="border-bottom:1px solid #eee"><td><a href="https://www.jobfeld.example.at/r/c?t=ja&amp;id=772001" style="color:#0057b8;font-weight:bold">Cloud Engineer (w/m/d)</a><br>Murtal Datentechnik GmbH · Graz · ab € 4.200</td></tr>
<tr style="border-bottom:1px solid #eee"><td><a href="https://www.jobfeld.example.at/r/c?t=ja&amp;id=772014" style="color:#0057b8;font-weight:bold">Platform Engineer – Kubernetes</a><br>Schlossberg Versicherung AG · Graz · ab € 4.600</td></tr>
<tr style="border-bottom:1px solid #eee"><td><a href="https://www.jobfeld.example.at/r/c?t=ja&amp;id=772020" style="color:#0057b8;font-weight:bold">IT-Systemtechniker:in Cloud &amp; Netzwerk</a><br>Steirerland Medizintechnik GmbH · Gleisdorf · ab € 3.700</td></tr>
<tr style="border-bottom:1px solid #eee"><td><a href="https://www.jobfeld.example.at/r/c?t=ja&amp;id=772031" style="color:#0057b8;font-weight:bold">DevOps Engineer</a><br>Lendkai Software OG · Graz · ab € 4.000</td></tr>
<tr><td><a href="https://www.jobfeld.example.at/r/c?t=ja&amp;id=JA-33817&amp;all=1" style="color:#ff7a00">Alle 12 Jobs ansehen →</a></td></tr>
</table>
<p style="font-size:12px;color:#777">Tipp: Bewerbungen, die in den ersten 72 Stunden eingehen, werden laut Arbeitgebern häufiger zum Interview eingeladen.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:10px;color:#9aa3a8">Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast. <a href="https://www.jobfeld.example.at/jobagent/bearbeiten?id=JA-33817" style="color:#9aa3a8">Jobagent bearbeiten</a> · <a href="https://www.jobfeld.example.at/jobagent/loeschen?id=JA-33817" style="color:#9aa3a8">Jobagent löschen</a><br>Jobfeld Online GmbH · Elisabethstraße 20 · 8010 Graz</td></tr>
</table></td></tr></table>
""" + pixel("https://www.jobfeld.example.at/o.gif?ja=JA-33817&d=20260316") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "podcast_interview_request", "lang": "de",
    "company": "", "contact": "bernhard@itimmittelstand.example.at",
    "frm": ("Bernhard Pail", "bernhard@itimmittelstand.example.at"),
    "subject": "Interview für unseren Podcast „IT im Mittelstand“?",
    "date": "2026-04-20 20:36 +0200",
    "cte": "8bit",
    "text": """Hallo Lukas,

wir kennen uns flüchtig vom letzten ITSM-Stammtisch in Graz – ich bin der mit dem Podcast „IT im Mittelstand“.

Für unsere nächste Staffel suchen wir Leute, die aus dem klassischen IT-Support kommen und sich Richtung Cloud und Plattform entwickeln. Dein Vortrag über den Service-Desk-Umzug ist mir in Erinnerung geblieben. Hättest du Lust auf ein Interview? Wir nehmen ca. 45 Minuten auf, entweder bei uns im Studio in der Annenstraße oder remote.

Termine hätten wir im Mai, z. B. am 12. oder 19. abends. Ein Honorar gibt's leider nicht, aber Kaffee und ordentliche Mikrofone :)

Liebe Grüße
Bernhard

Bernhard Pail
Host „IT im Mittelstand“ – der Podcast für Admins, die mehr wollen
""",
})

add({
    "kind": "other", "scenario": "press_interview_request", "lang": "de",
    "company": "", "contact": "s.url@grazerstadtblatt.example.at",
    "frm": ("Sandra Url", "s.url@grazerstadtblatt.example.at"),
    "subject": "Presseanfrage: Interview für unsere Serie „Neu durchstarten“",
    "date": "2026-06-15 11:09 +0200",
    "charset": "iso-8859-1",
    "header_charset": "utf-8",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

ich bin Redakteurin beim Grazer Stadtblatt und betreue die Serie "Neu durchstarten", in der wir Grazerinnen und Grazer porträtieren, die sich beruflich neu orientieren.

Ihr Kollege Herr Lenz hat mir erzählt, dass Sie sich gerade vom IT-Support in Richtung Cloud-Betrieb weiterbilden. Dürfte ich Sie dafür zu einem kurzen Interview (ca. 30 Minuten, gerne telefonisch) treffen? Wir würden auch ein Foto machen, wenn Sie einverstanden sind.

Erscheinungstermin wäre Anfang Juli.

Mit freundlichen Grüßen
Sandra Url
Redaktion Grazer Stadtblatt
Tel. 0316 80 63-412
""",
})

add({
    "kind": "other", "scenario": "parcel_delayed", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Paketdienst Alpen", "noreply@sendung.paketdienst-alpen.example.at"),
    "subject": "Leider verzögert sich die Zustellung Ihres Pakets",
    "date": "2026-03-31 16:18 +0200",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f7f7f7">
<table width="560" cellpadding="0" cellspacing="0" align="center" style="background:#fff">
<tr><td style="background:#ffcc00;padding:14px 20px"><img src="https://sendung.paketdienst-alpen.example.at/img/pda.png" alt="Paketdienst Alpen" width="140"></td></tr>
<tr><td style="padding:20px">
<p>Guten Tag,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>PA 4471 2209 8810 AT</b> (Absender: Technikhaus Online). Aufgrund eines erhöhten Sendungsaufkommens wird Ihr Paket voraussichtlich am <b>Donnerstag, 2. April</b> zugestellt.</p>
<p>Ihre Position in der Zustelltour sehen Sie am Zustelltag live in der <a href="https://sendung.paketdienst-alpen.example.at/t/PA44712209?src=mail">Sendungsverfolgung</a>.</p>
<p>Wir entschuldigen uns für die Unannehmlichkeiten.</p>
<p>Ihr Paketdienst Alpen</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888">Paketdienst Alpen GmbH · Dies ist eine automatisch generierte E-Mail, bitte antworten Sie nicht darauf.</td></tr>
</table>
""" + pixel("https://sendung.paketdienst-alpen.example.at/o.gif?s=PA44712209") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "loan_application_received", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Steirische Direktbank", "kundenservice@steirische-direktbank.example.at"),
    "subject": "Ihr Kreditantrag ist bei uns eingegangen",
    "date": "2026-05-02 09:55 +0200",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

vielen Dank für Ihren Antrag auf einen Wohnkredit über EUR 180.000,-.

Ihr Antrag (Nr. WK-2026-118274) ist vollständig bei uns eingegangen und wird nun von unserer Kreditabteilung bearbeitet. Die Prüfung dauert in der Regel 5 bis 7 Werktage. Wir informieren Sie, sobald eine Entscheidung vorliegt, oder melden uns, falls wir noch Unterlagen benötigen.

Den Bearbeitungsstand können Sie jederzeit in Ihrem Online-Banking unter "Meine Anträge" einsehen.

Mit freundlichen Grüßen
Ihr Kundenservice der Steirischen Direktbank

Steirische Direktbank AG · Am Eisernen Tor 3 · 8010 Graz · FN 213874 p
Bitte antworten Sie nicht auf diese E-Mail. Für Anfragen nutzen Sie das Postfach in Ihrem Online-Banking.
""",
})

add({
    "kind": "other", "scenario": "credit_card_declined", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Alpenländische Kreditbank", "service@akb-bank.example.at"),
    "subject": "Ihr Antrag auf eine Kreditkarte",
    "date": "2026-08-19 10:30 +0200",
    "cte": "base64",
    "html": """<html><body style="font-family:Georgia,serif;font-size:14px;color:#1a1a1a">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding-bottom:16px"><img src="https://www.akb-bank.example.at/img/logo-akb.png" alt="Alpenländische Kreditbank" width="230"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Brandstätter-Osei,</p>
<p>vielen Dank für Ihren Antrag auf eine AKB Mastercard Gold.</p>
<p>Nach Prüfung Ihrer Angaben müssen wir Ihnen leider mitteilen, dass wir Ihren Antrag derzeit nicht annehmen können. Diese Entscheidung beruht auf unseren internen Vergabekriterien; eine Begründung im Einzelnen können wir Ihnen leider nicht geben.</p>
<p>Gerne können Sie in sechs Monaten einen neuen Antrag stellen. Ihre Debitkarte bleibt davon selbstverständlich unberührt.</p>
<p>Mit freundlichen Grüßen<br>Ihre Alpenländische Kreditbank</p>
<p style="font-size:10px;color:#666">Alpenländische Kreditbank AG · Herrengasse 16 · 8010 Graz · FN 33441 x<br>Diese Nachricht wurde automatisch erstellt.</p>
</td></tr></table></body></html>
""",
})

add({
    "kind": "other", "scenario": "flat_application_refused", "lang": "de",
    "company": "", "contact": "k.pammer@hv-pammer.example.at",
    "frm": ("Karin Pammer", "k.pammer@hv-pammer.example.at"),
    "subject": "Wohnung Annenstraße 41/12 – Ihre Anfrage",
    "date": "2026-01-20 17:12 +0100",
    "cte": "8bit",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

vielen Dank für Ihr Interesse an der Wohnung in der Annenstraße 41/12 und für Ihre vollständige Bewerbungsmappe (Gehaltsnachweise, KSV-Auskunft).

Die Eigentümerin hat sich leider für andere Mietinteressenten entschieden. Wir bedauern, Ihnen keine Zusage geben zu können.

Gerne nehme ich Sie für ähnliche Objekte in Evidenz – antworten Sie mir einfach kurz, wenn Sie das möchten.

Freundliche Grüße
Karin Pammer
Hausverwaltung Pammer · Griesgasse 8 · 8020 Graz
""",
})

add({
    "kind": "other", "scenario": "friend_tells_own_rejection", "lang": "de",
    "company": "", "contact": "stefan.koller@example.at",
    "frm": ("Stefan Koller", "stefan.koller@example.at"),
    "subject": "Na super...",
    "date": "2026-03-08 22:47 +0100",
    "cte": "8bit",
    "text": """Servus Lukas,

stell dir vor, ich hab heute die Absage von Traunstahl bekommen. Nach DREI Gesprächen! "Wir haben uns für einen Kandidaten entschieden, dessen Erfahrung besser zu unseren Anforderungen passt" – wortwörtlich, als hätten sie einen Textbaustein genommen. Ich könnt mich so ärgern.

Wie läuft's bei dir eigentlich? Hast du von den Schweizern schon was gehört?

Lass uns am Freitag auf ein Bier gehen, ich brauch das.

Stefan
""",
})

add({
    "kind": "other", "scenario": "friend_asks_interview_tips", "lang": "de",
    "company": "", "contact": "miriam.hatzl@example.de",
    "frm": ("Miriam Hatzl", "miriam.hatzl@example.de"),
    "subject": "Hilfe, Vorstellungsgespräch am Dienstag!",
    "date": "2026-05-14 13:20 +0200",
    "text": """Hi Lukas!!

Ich hab tatsächlich eine Einladung zum Vorstellungsgespräch bei dieser Agentur in Schwabing bekommen (Projektmanagement, nicht IT, keine Sorge 😄). Dienstag um 10 Uhr.

Du hast doch letztens so viele Interviews gehabt – hast du ein paar Tipps für mich? Vor allem: Wie antworte ich auf "Wo sehen Sie sich in fünf Jahren?", ohne dass es peinlich wird?

Kannst du mich heute Abend mal anrufen?

Bussi
Miri
""",
})

add({
    "kind": "other", "scenario": "sent_application_with_cv", "boundary_style": "thunderbird", "lang": "de",
    "company": "", "contact": "",
    "frm": ME,
    "to": [("Hochschule Mur-Mürz Personal", "personal@hs-muermuerz.example.at")],
    "subject": "Bewerbung: Leitung Zentraler Informatikdienst (Ausschreibung 07/2026)",
    "date": "2026-05-08 21:33 +0200",
    "mid_host": "example.at",
    "headers": {"User-Agent": "Mozilla Thunderbird 128.4"},
    "text": """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung für die Stelle "Leitung Zentraler Informatikdienst" (Ausschreibung 07/2026).

Ich leite seit fünf Jahren den IT-Support eines Grazer Logistikunternehmens mit rund 900 Arbeitsplätzen an vier Standorten und habe in dieser Zeit die Migration unserer Server-Landschaft in eine Hybrid-Cloud begleitet. Die Verbindung von stabilem Betrieb, Service-Orientierung und der Weiterentwicklung einer mehrstandortigen Infrastruktur reizt mich besonders.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lukas Brandstätter-Osei
Eggenberger Gürtel 12/5, 8020 Graz
+43 660 412 77 90
""",
    "attachments": [{"filename": "Lebenslauf_Brandstaetter-Osei.pdf", "lines": [
        "Lukas Brandstätter-Osei - Lebenslauf",
        "seit 2021  Teamleiter IT-Support, Grazer Logistikunternehmen (900 Arbeitsplätze)",
        "2016-2021  IT-Techniker 2nd Level Support",
        "Zertifikate: ITIL 4 Foundation, AWS SysOps Administrator (in Vorbereitung)",
        "Sprachen: Deutsch (Muttersprache), Englisch (C1), Französisch (B1)",
    ]}],
})

add({
    "kind": "other", "scenario": "sent_status_enquiry", "lang": "de",
    "company": "", "contact": "",
    "frm": ME,
    "to": [("Lechner, Claudia", "c.lechner@isartal-vg.example.de")],
    "subject": "Nachfrage zum Stand meiner Bewerbung – Teamleiter Cloud Services",
    "date": "2026-08-31 08:12 +0200",
    "mid_host": "example.at",
    "cte": "8bit",
    "text": """Sehr geehrte Frau Lechner,

im Juli hatten wir ein sehr angenehmes Erstgespräch zur Position „Teamleiter Cloud Services“. Sie hatten mir eine Rückmeldung in einigen Wochen in Aussicht gestellt.

Darf ich höflich nachfragen, wie der aktuelle Stand ist? Ich bin nach wie vor sehr an der Stelle interessiert und stehe gerne für ein weiteres Gespräch zur Verfügung.

Mit freundlichen Grüßen
Lukas Brandstätter-Osei
""",
})

add({
    "kind": "other", "scenario": "out_of_office_hr", "lang": "de",
    "company": "", "contact": "m.teufl@voralpen-papier.example.at",
    "frm": ("Teufl Monika", "m.teufl@voralpen-papier.example.at"),
    "subject": "Abwesenheitsnotiz: Rückfrage zu meiner Bewerbung IT Service Lead",
    "date": "2026-02-09 11:03 +0100",
    "charset": "windows-1252",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20. Februar 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@voralpen-papier.example.at oder telefonisch an +43 3862 51 500-0.

Mit freundlichen Grüßen
Monika Teufl
Personalabteilung · Voralpen Papier AG
""",
})

add({
    "kind": "other", "scenario": "recruiter_cold_outreach", "lang": "de",
    "company": "", "contact": "patrick.wieser@techtalents.example.de",
    "frm": ("Patrick Wieser", "patrick.wieser@techtalents.example.de"),
    "subject": "Platform Engineer München – interessant für Sie?",
    "date": "2026-06-30 09:41 +0200",
    "text": """Hallo Herr Brandstätter-Osei,

ich bin über Ihr Profil auf einem Karrierenetzwerk auf Sie aufmerksam geworden. Ihr Werdegang vom IT-Support hin zu Cloud-Themen passt sehr gut zu einer Position, die ich aktuell für einen Kunden aus dem Versicherungsumfeld in München besetze (Platform Engineer, Fokus Azure und Terraform, bis zu 3 Tage remote, 80–90k).

Hätten Sie grundsätzlich Interesse an einem unverbindlichen 15-minütigen Austausch? Wenn ja, schicken Sie mir gerne zwei, drei Zeitfenster oder Ihre Telefonnummer.

Beste Grüße
Patrick Wieser
Senior Consultant IT

TechTalents Personalberatung GmbH · Karlstraße 35 · 80333 München
patrick.wieser@techtalents.example.de · +49 89 4122 870
""",
})

add({
    "kind": "other", "scenario": "queue_position_citizen_service", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Bürgerservice Graz", "termin-noreply@buergerservice-graz.example.at"),
    "subject": "Ihre Position in der Warteschlange: 7",
    "date": "2026-04-07 09:12 +0200",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:15px">
<div style="max-width:480px;border:1px solid #c00;padding:16px">
<p><b>Bürgerservice Graz – Servicestelle Schmiedgasse</b></p>
<p>Ihre Wartenummer: <b>B-214</b> (Reisepass)</p>
<p>Ihre Position in der Warteschlange: <span style="font-size:28px;font-weight:bold">7</span></p>
<p>Voraussichtliche Wartezeit: ca. 25 Minuten. Sie erhalten eine weitere Nachricht, wenn Sie an der Reihe sind.</p>
<p style="font-size:11px;color:#666">Dies ist eine automatische Nachricht. Bitte nicht antworten.</p>
</div></body></html>
""",
})

add({
    "kind": "other", "scenario": "user_research_interview", "lang": "de",
    "company": "", "contact": "sophie.berger@ticketflow.example.com",
    "frm": ("Sophie Berger | Ticketflow", "sophie.berger@ticketflow.example.com"),
    "subject": "Einladung zu einem Nutzerinterview (30 Min, 50 € Gutschein)",
    "date": "2026-07-16 14:00 +0200",
    "text": """Hallo Lukas,

du nutzt Ticketflow in deinem Service-Desk-Team als Administrator – danke dafür!

Ich bin UX-Researcherin bei Ticketflow und wir arbeiten gerade an einer neuen Version der Eskalationsregeln. Dafür suchen wir Admins für ein 30-minütiges Nutzerinterview per Video. Es geht nicht um dich als Person, sondern darum, wie du das Tool heute verwendest und wo es hakt.

Als Dankeschön gibt es einen Gutschein über 50 €.

Wenn du mitmachen möchtest, antworte einfach auf diese Mail oder buche dir direkt einen Termin: https://research.ticketflow.example.com/buchen?c=esc-2026

Viele Grüße
Sophie Berger
UX Research, Ticketflow
""",
})

add({
    "kind": "other", "scenario": "training_provider_promo", "header_b": True, "lang": "de",
    "company": "", "contact": "",
    "frm": ("Cloud Akademie Wien", "news@cloudakademie.example.at"),
    "subject": "NUR NOCH 3 PLÄTZE: AWS Solutions Architect Bootcamp im Mai",
    "date": "2026-04-01 10:00 +0200",
    "headers": {"List-Id": "<news.cloudakademie.example.at>",
                "List-Unsubscribe": "<https://cloudakademie.example.at/newsletter/abmelden?e=bHVrYXM>",
                "Precedence": "bulk"},
    "html": """<html><body style="margin:0;background:#0d1b2a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Verdana,sans-serif;font-size:14px;color:#222">
<tr><td><a href="https://cloudakademie.example.at/r?l=banner&amp;c=apr26"><img src="https://cloudakademie.example.at/img/banner-bootcamp.jpg" alt="AWS Solutions Architect Bootcamp – Wien, 11. bis 15. Mai" width="600" style="display:block"></a></td></tr>
<tr><td style="padding:24px">
<h2 style="color:#ff9900">Ihr Sprung in die Cloud-Karriere!</h2>
<p>5 Tage intensiv, offizielle Prüfungsvorbereitung, Prüfungsvoucher inklusive. Unsere Absolvent:innen berichten: Mit dem Zertifikat kamen die Einladungen zum Interview fast von selbst!</p>
<p><b>Frühbucherpreis: € 2.390,– statt € 2.790,–</b> (förderbar über das WAFF und die Bildungskarenz)</p>
<p style="text-align:center"><a href="https://cloudakademie.example.at/r?l=cta&amp;c=apr26" style="background:#ff9900;color:#000;padding:14px 28px;text-decoration:none;font-weight:bold">JETZT PLATZ SICHERN</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:10px;color:#888;background:#f2f2f2">Cloud Akademie Wien GmbH · Wiedner Hauptstraße 63 · 1040 Wien · <a href="https://cloudakademie.example.at/newsletter/abmelden?e=bHVrYXM">Newsletter abbestellen</a> · <a href="https://cloudakademie.example.at/impressum">Impressum</a></td></tr>
</table></td></tr></table>
""" + pixel("https://cloudakademie.example.at/open?c=apr26&e=bHVrYXM") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "network_profile_views", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Karrierenetz", "notifications@karrierenetz.example.de"),
    "subject": "Lukas, Ihr Profil wurde diese Woche 23-mal angesehen",
    "date": "2026-05-25 08:15 +0200",
    "html": """<html><body style="font-family:Arial,sans-serif;background:#f5f5f5">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 20px;border-bottom:1px solid #e5e5e5"><img src="https://static.karrierenetz.example.de/mail/logo.png" alt="Karrierenetz" width="110"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333">
<p>Hallo Lukas,</p>
<p>Ihr Profil wurde in den letzten 7 Tagen <b>23-mal</b> besucht – 9 Besuche mehr als in der Vorwoche.</p>
<p>Unter den Besucher:innen: 4 Recruiter:innen aus <i>Personalberatung</i>, 2 Personen von <i>Finanzdienstleistung</i> und weitere.</p>
<p><a href="https://www.karrierenetz.example.de/r/profilbesucher?utm_campaign=weekly" style="background:#00a38d;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Alle Besucher ansehen</a></p>
<p style="font-size:12px;color:#888">Mit Karrierenetz Premium sehen Sie, wer genau Ihr Profil besucht hat.</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#aaa">Karrierenetz GmbH, Hamburg · <a href="https://www.karrierenetz.example.de/einstellungen/benachrichtigungen" style="color:#aaa">Benachrichtigungen verwalten</a></td></tr>
</table>
""" + pixel("https://www.karrierenetz.example.de/px/weekly-views.gif") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "running_club_training_cancelled", "lang": "de",
    "company": "", "contact": "",
    "frm": ("LC Graz-Andritz", "info@lc-andritz.example.at"),
    "subject": "[LC Andritz] Absage Lauftraining Donnerstag",
    "date": "2026-06-25 15:33 +0200",
    "charset": "iso-8859-1",
    "cte": "8bit",
    "headers": {"List-Id": "Mitglieder LC Graz-Andritz <mitglieder.lc-andritz.example.at>",
                "List-Post": "NO",
                "Precedence": "list"},
    "text": """Liebe Läuferinnen und Läufer,

wegen der angekündigten Unwetter (Hagelwarnung Stufe Rot) muss das Intervalltraining am Donnerstag leider ABGESAGT werden. Ersatztermin ist Samstag, 9:00 Uhr, Treffpunkt wie immer beim Parkplatz am Stattegger Bach.

Bitte nicht auf diese Mail antworten - Rückfragen telefonisch an Gerald (0664 310 22 18).

Sportliche Grüße
Euer Trainerteam
LC Graz-Andritz
""",
})

add({
    "kind": "other", "scenario": "doctor_appointment_cancelled", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Ordination Dr. Hirschmann", "noreply@termine.docbook.example.at"),
    "subject": "Terminabsage: Ihr Termin am 12.03.2026 um 08:40",
    "date": "2026-03-10 18:20 +0100",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

Ihr Termin in der Ordination Dr. med. Eva Hirschmann (Allgemeinmedizin) am Donnerstag, 12.03.2026 um 08:40 Uhr musste leider abgesagt werden, da die Ordination an diesem Tag krankheitsbedingt geschlossen bleibt.

Bitte buchen Sie über den folgenden Link einen neuen Termin:
https://termine.docbook.example.at/praxis/hirschmann-graz?neu=1

Diese Nachricht wurde über DocBook versendet. Antworten auf diese E-Mail werden nicht gelesen.
""",
})

add({
    "kind": "other", "scenario": "colleague_oncall_swap", "lang": "de",
    "company": "", "contact": "daniel.fink@hafner-logistik.example.at",
    "frm": ("Fink Daniel", "daniel.fink@hafner-logistik.example.at"),
    "subject": "Rufbereitschaft KW 38 tauschen?",
    "date": "2026-09-09 12:55 +0200",
    "text": """Hi Lukas,

kannst du mit mir die Rufbereitschaft tauschen? Ich hätte KW 38, muss aber am Donnerstag zu einem Vorstellungsgespräch nach Wien (pssst 🤫) und will nicht mit dem Diensthandy im Zug sitzen. Ich würd dafür deine KW 41 übernehmen.

Sag kurz Bescheid, dann trag ich's im Dienstplan ein.

Danke & LG
Daniel

Daniel Fink
IT-Support 2nd Level
Hafner Logistik GmbH | Weblinger Gürtel 25 | 8054 Graz
""",
})

add({
    "kind": "other", "scenario": "insurance_claim_declined", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Murtaler Versicherung Schadenservice", "schaden@murtaler-versicherung.example.at"),
    "subject": "Schadenfall 26-H-044817 - Leistungsablehnung",
    "date": "2026-07-28 11:41 +0200",
    "charset": "iso-8859-1",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

wir beziehen uns auf Ihre Schadenmeldung vom 14.07.2026 (Fahrraddiebstahl, Haushaltsversicherung Polizze 4410-228-71).

Nach Prüfung des Sachverhalts müssen wir Ihnen leider mitteilen, dass wir den Schaden nicht übernehmen können. Gemäß Art. 7.3 der Allgemeinen Bedingungen sind Fahrräder nur versichert, wenn sie zum Zeitpunkt des Diebstahls mit einem Schloss an einem festen Gegenstand gesichert waren.

Gegen diese Entscheidung können Sie innerhalb von vier Wochen schriftlich Einspruch erheben.

Mit freundlichen Grüßen
Ihr Schadenservice
Murtaler Versicherung AG
""",
})

add({
    "kind": "other", "scenario": "alumni_webinar_interview_skills", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Alumni & Career Service FH", "career-newsletter@alumni-fh.example.at"),
    "subject": "Webinar: So meistern Sie das Vorstellungsgespräch (online, 22. September)",
    "date": "2026-09-10 09:00 +0200",
    "headers": {"List-Id": "Career Newsletter <career.alumni-fh.example.at>",
                "List-Unsubscribe": "<https://alumni-fh.example.at/newsletter/abmelden?u=77121>",
                "Precedence": "bulk"},
    "text": """ALUMNI & CAREER SERVICE – Newsletter September 2026

Liebe Absolventinnen und Absolventen,

die Einladung zum Vorstellungsgespräch ist da – und jetzt? In unserem kostenlosen Webinar zeigt Karrierecoachin Mag. Elke Strasser, wie Sie sich strukturiert vorbereiten, mit Stressfragen umgehen und auch nach einer Absage wieder motiviert durchstarten.

  Dienstag, 22. September 2026, 18:00–19:30 Uhr, online (Zoom)
  Anmeldung: https://alumni-fh.example.at/events/webinar-vorstellungsgespraech?src=nl

Weitere Termine:
- 06.10.: Gehaltsverhandlung für Techniker:innen
- 20.10.: LinkedIn-Profil-Check live

Ihr Alumni & Career Service

Sie erhalten diesen Newsletter als Mitglied des Alumni-Netzwerks. Abmelden: https://alumni-fh.example.at/newsletter/abmelden?u=77121
""",
})

add({
    "kind": "other", "scenario": "childcare_place_registration", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Stadt Graz – Kinderbildung", "kinderbildung-noreply@stadt-graz.example.at"),
    "subject": "Ihre Anmeldung für einen Kinderbildungsplatz ist eingegangen",
    "date": "2026-01-26 14:05 +0100",
    "cte": "8bit",
    "text": """Sehr geehrte Erziehungsberechtigte,

Ihre Online-Anmeldung für einen Kinderbildungs- und -betreuungsplatz für das Betreuungsjahr 2026/27 ist bei uns eingegangen.

Kind: Ama Brandstätter-Osei
Gewünschte Einrichtung(en): Kindergarten Eggenberg, Kindergarten Algersdorf
Bearbeitungsnummer: KB-2026-07731

Die Platzvergabe erfolgt ab April 2026. Sie werden über die Zusage oder Absage per E-Mail informiert.

Mit freundlichen Grüßen
Abteilung für Bildung und Integration – Referat Kinderbildung
Stadt Graz

Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf.
""",
})

add({
    "kind": "other", "scenario": "sent_thanks_quoted_invitation", "lang": "de",
    "company": "", "contact": "",
    "frm": ME,
    "to": [("Novak Andrea", "a.novak@pratercloud.example.at")],
    "subject": "AW: Ihr Gespräch am 7. Juli – Zweitgespräch",
    "date": "2026-07-10 18:44 +0200",
    "mid_host": "example.at",
    "charset": "windows-1252",
    "irt": "<VI1PR08MB3342B77A01@VI1PR08MB3342.eurprd08.prod.outlook.com>",
    "text": """Sehr geehrte Frau Novak,

vielen Dank für die Einladung! Den Termin am Freitag, 17. Juli um 13:00 Uhr bestätige ich gerne. Ich freue mich auf das Gespräch mit Herrn Mag. Pavlovic und Frau DI Strobl.

Mit freundlichen Grüßen
Lukas Brandstätter-Osei

Von: Novak Andrea <a.novak@pratercloud.example.at>
Gesendet: Freitag, 10. Juli 2026 10:03
An: Lukas Brandstätter-Osei <lukas.bo@example.at>
Betreff: AW: Ihr Gespräch am 7. Juli – Zweitgespräch

Sehr geehrter Herr Brandstätter-Osei,

wir würden Sie sehr gerne zu einem Zweitgespräch mit unserer Geschäftsführung einladen. Termin: Freitag, 17. Juli 2026, 13:00 Uhr, bei uns im Büro in der Ausstellungsstraße 50, 1020 Wien.

Mit besten Grüßen
Andrea Novak
HR Business Partner
""",
})

# ----------------------------------------------------------------------------- English (20)

add({
    "kind": "other", "scenario": "newsletter_why_rejected", "lang": "en",
    "company": "", "contact": "",
    "frm": ("The Ops Career", "theopscareer@substack.example.com"),
    "subject": "Why you got rejected (and what to do next)",
    "date": "2026-02-22 14:00 +0000",
    "headers": {"List-Id": "The Ops Career <theopscareer.substack.example.com>",
                "List-Unsubscribe": "<https://theopscareer.substack.example.com/action/disable_email?token=eyJ1c2VyX2lk>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Precedence": "bulk"},
    "text": """View this post on the web at https://theopscareer.substack.example.com/p/why-you-got-rejected

Why you got rejected (and what to do next)

"Unfortunately, we have decided to move forward with other candidates." If you work in IT ops and you're trying to move into SRE or platform engineering, you've probably read that sentence more than once this year. I certainly did.

Here's what I learned after 43 applications, 11 interviews, 9 rejections and 2 offers:

1. Your CV reads like a ticket queue. Nobody hires "resolved 4,000 tickets". They hire "cut P1 resolution time by 40%".
2. You're applying for titles, not problems.
3. You're not following up after interviews.

Paid subscribers also get my template for asking for feedback after a rejection.

Unsubscribe: https://theopscareer.substack.example.com/action/disable_email?token=eyJ1c2VyX2lk
""",
    "html": """<html><body style="margin:0;background:#fff">
<div style="max-width:560px;margin:0 auto;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737;padding:20px">
<p style="font-family:Arial,sans-serif;font-size:12px;color:#777"><a href="https://theopscareer.substack.example.com/p/why-you-got-rejected?utm_source=email" style="color:#777">View in browser</a></p>
<h1 style="font-size:30px;line-height:1.2;color:#111">Why you got rejected (and what to do next)</h1>
<p style="font-family:Arial,sans-serif;font-size:13px;color:#777">Mira Okafor · Feb 22</p>
<p>"Unfortunately, we have decided to move forward with other candidates." If you work in IT ops and you're trying to move into SRE or platform engineering, you've probably read that sentence more than once this year. I certainly did.</p>
<p>Here's what I learned after 43 applications, 11 interviews, 9 rejections and 2 offers:</p>
<ol><li><b>Your CV reads like a ticket queue.</b> Nobody hires "resolved 4,000 tickets". They hire "cut P1 resolution time by 40%".</li>
<li><b>You're applying for titles, not problems.</b></li>
<li><b>You're not following up after interviews.</b></li></ol>
<p style="text-align:center"><a href="https://theopscareer.substack.example.com/subscribe?utm_medium=email" style="background:#ff6719;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none;font-family:Arial,sans-serif">Upgrade to paid</a></p>
<p style="font-family:Arial,sans-serif;font-size:12px;color:#999">© 2026 Mira Okafor · <a href="https://theopscareer.substack.example.com/action/disable_email?token=eyJ1c2VyX2lk" style="color:#999">Unsubscribe</a></p>
</div>
""" + pixel("https://eotrx.substack.example.com/open?token=eyJ1c2VyX2lk") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "job_alert_amsterdam", "lang": "en",
    "company": "", "contact": "",
    "frm": ("WorkNest Job Alerts", "jobalerts-noreply@mail.worknest.example.com"),
    "subject": "8 new jobs for \"Platform Engineer\" in Amsterdam",
    "date": "2026-06-08 07:30 +0200",
    "headers": {"List-Unsubscribe": "<https://worknest.example.com/jobs/alerts/unsubscribe?id=PE-AMS-221>",
                "Precedence": "bulk"},
    "html": """<html><body style="margin:0;background:#f3f2ef">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="552" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px;color:#191919">
<tr><td style="padding:16px 24px"><img src="https://static.worknest.example.com/email/logo.png" alt="WorkNest" width="96"></td></tr>
<tr><td style="padding:0 24px 8px"><h2 style="font-size:18px">Your job alert for Platform Engineer in Amsterdam</h2></td></tr>
<tr><td style="padding:0 24px">
<p><a href="https://worknest.example.com/comm/jobs/view/5501?trk=eml-jobalert" style="font-weight:600;color:#0a66c2">Platform Engineer</a><br>Oosterdok Health · Amsterdam (Hybrid) · Actively recruiting</p>
<p><a href="https://worknest.example.com/comm/jobs/view/5512?trk=eml-jobalert" style="font-weight:600;color:#0a66c2">Senior Platform Engineer – Payments</a><br>Grachtenhuis Payments · Amsterdam · Easy Apply</p>
<p><a href="https://worknest.example.com/comm/jobs/view/5530?trk=eml-jobalert" style="font-weight:600;color:#0a66c2">Cloud Platform Engineer (Azure)</a><br>Noordpunt Energy · Amsterdam · 23 applicants</p>
<p><a href="https://worknest.example.com/comm/jobs/view/5544?trk=eml-jobalert" style="font-weight:600;color:#0a66c2">Platform Engineer, Developer Experience</a><br>Westerpark Games · Amsterdam · Be an early applicant</p>
<p><a href="https://worknest.example.com/jobs/search?alert=PE-AMS-221&amp;trk=eml-jobalert-seeall" style="color:#0a66c2">See all 8 jobs →</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#f9f9f8">You're receiving job alert emails. <a href="https://worknest.example.com/jobs/alerts/unsubscribe?id=PE-AMS-221" style="color:#888">Unsubscribe</a> · <a href="https://worknest.example.com/help" style="color:#888">Help</a><br>WorkNest Europe B.V., Herengracht 420, Amsterdam</td></tr>
</table></td></tr></table>
""" + pixel("https://worknest.example.com/emimp/ja_PE-AMS-221.gif") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "career_blog_missed_interview", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Hired Right Weekly", "digest@hiredright.example.com"),
    "subject": "Missed an interview? Here's how to recover",
    "date": "2026-09-17 12:00 +0000",
    "cte": "7bit",
    "headers": {"List-Id": "Hired Right Weekly <weekly.hiredright.example.com>",
                "List-Unsubscribe": "<https://hiredright.example.com/u/9f1c2a>",
                "Precedence": "bulk"},
    "text": """HIRED RIGHT WEEKLY - Issue #212
=================================

MISSED AN INTERVIEW? HERE'S HOW TO RECOVER
It happens: a train is cancelled, the calendar invite was in the wrong time zone, the video link didn't work. Recruiters told us what to do in the first hour after you realise you missed the call - and what never to write.
Read: https://hiredright.example.com/a/missed-interview-recover?utm_source=weekly212

ALSO THIS WEEK
* "Your position has been filled" - what it really means
* How to answer "Why are you leaving your current job?"
* Offer letter checklist: 9 things to check before you sign
* Job of the week: Senior SRE, fully remote (EU)

---------------------------------
You're getting this because you subscribed at hiredright.example.com.
Unsubscribe: https://hiredright.example.com/u/9f1c2a
Hired Right Media Ltd, 20 Fitzroy Square, London W1T 6EJ. Registered in England No 11290432.
""",
})

add({
    "kind": "other", "scenario": "podcast_guest_invitation", "html_style": "gmail", "boundary_style": "gmail", "lang": "en",
    "company": "", "contact": "ana@opsstories.example.com",
    "frm": ("Ana Costa", "ana@opsstories.example.com"),
    "subject": "Guest on Ops Stories? (podcast interview)",
    "date": "2026-05-29 16:48 +0100",
    "cte": "7bit",
    "text": """Hi Lukas,

I host Ops Stories, a small podcast (about 6k listeners) where people who keep systems running talk about the jobs nobody sees. I read your post on the CNCF community forum about running a hospital-grade service desk on a shoestring and loved it.

Would you be up for an interview on the show? Recording is remote, about an hour, and we'd edit it down to 40 minutes. Topics: moving from IT support to platform work, on-call culture, and what the cloud-native crowd could learn from service desks.

We're booking guests for June and July. If you're interested, just reply and I'll send some slots.

Cheers,
Ana

Ana Costa
Host, Ops Stories - https://opsstories.example.com
""",
})

add({
    "kind": "other", "scenario": "user_interview_noreply_saas", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Pulsewatch Research", "noreply@pulsewatch.example.com"),
    "subject": "Help us shape Pulsewatch - 30-minute user interview",
    "date": "2026-08-06 15:15 +0000",
    "html": """<html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c1c1c;background:#f6f7f9">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:24px 28px"><img src="https://pulsewatch.example.com/mail/logo.png" alt="Pulsewatch" height="26"></td></tr>
<tr><td style="padding:0 28px 24px;line-height:1.6">
<p>Hi Lukas,</p>
<p>You've been using Pulsewatch alerting for a while now, and we'd love to learn from you. We're running 30-minute user interviews about how teams route alerts to on-call engineers.</p>
<p>As a thank-you, you'll receive a €40 gift card.</p>
<p><a href="https://pulsewatch.example.com/go/research?u=5571&amp;s=interview-q3" style="background:#6c47ff;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Book your interview</a></p>
<p>Thanks,<br>The Pulsewatch Research team</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999">Pulsewatch Inc., 548 Market St, San Francisco, CA. <a href="https://pulsewatch.example.com/unsubscribe?u=5571" style="color:#999">Unsubscribe from research emails</a></td></tr>
</table>
""" + pixel("https://pulsewatch.example.com/t/o/5571-q3.gif") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "location_sharing_position", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Wayfinder", "no-reply@notify.wayfinder.example.com"),
    "subject": "Your position is being shared with Ama",
    "date": "2026-07-04 09:02 +0200",
    "cte": "7bit",
    "text": """Hi Lukas,

Your real-time position is now being shared with Ama until 11:00 today.

You can stop sharing at any time in the Wayfinder app under Settings > Location sharing.

If you didn't start this, please secure your account: https://wayfinder.example.com/security

The Wayfinder team
""",
})

add({
    "kind": "other", "scenario": "package_delayed_en", "lang": "en",
    "company": "", "contact": "",
    "frm": ("SwiftParcel Tracking", "tracking@swiftparcel.example.com"),
    "subject": "Unfortunately, your package is delayed",
    "date": "2026-10-09 13:44 +0200",
    "html": """<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#4d148c;padding:14px 20px"><img src="https://swiftparcel.example.com/img/logo-white.png" alt="SwiftParcel" width="120"></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<p>Hello,</p>
<p>Unfortunately, your package <b>SP 7781 0042 5530</b> from <i>Homelab Hardware Ltd</i> is delayed due to a customs inspection.</p>
<p><b>New estimated delivery:</b> Tuesday, 13 October</p>
<p><a href="https://swiftparcel.example.com/track?n=SP778100425530&amp;src=delay_mail" style="color:#4d148c">Track your package</a></p>
<p>We're sorry for the inconvenience.</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888;background:#f7f7f7">This is an automated message. Please do not reply. SwiftParcel Europe, Liège.</td></tr>
</table>
""" + pixel("https://swiftparcel.example.com/o.gif?n=SP778100425530") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "loan_declined_en", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Nordlane Bank", "decisions@nordlane-bank.example.com"),
    "subject": "Your loan application has been declined",
    "date": "2026-05-15 08:03 +0200",
    "cte": "7bit",
    "text": """Dear Lukas Brandstatter-Osei,

Thank you for applying for a Nordlane personal loan of EUR 15,000.

We have carefully reviewed your application. Unfortunately, we are unable to approve it at this time. This decision was based on our credit assessment, which takes into account the information you provided and data from credit reference agencies.

You may request the main reasons for this decision in the Nordlane app under Documents.

Kind regards,
Nordlane Bank

Nordlane Bank AB (publ), Stockholm. Please do not reply to this email.
""",
})

add({
    "kind": "other", "scenario": "friend_own_interview_en", "lang": "en",
    "company": "", "contact": "joris.vermeulen@example.nl",
    "frm": ("Joris Vermeulen", "joris.vermeulen@example.nl"),
    "subject": "guess what",
    "date": "2026-04-11 23:05 +0200",
    "cte": "7bit",
    "text": """hey man

had my interview at that fintech today (the one near Zuidas). 3 rounds in one afternoon, I'm dead. they want me to do a take-home on terraform by Monday so I guess that's a good sign? or they do that to everyone lol

anyway how are YOUR applications going?? you still thinking about Amsterdam? if you come for an interview here you can crash on my couch, seriously

J
""",
})

add({
    "kind": "other", "scenario": "sent_application_en", "lang": "en",
    "company": "", "contact": "",
    "frm": ME,
    "to": [("Westerpark Games People Ops", "jobs@westerparkgames.example.nl")],
    "subject": "IT Ops Lead application - Lukas Brandstätter-Osei",
    "date": "2026-07-12 20:58 +0200",
    "mid_host": "example.at",
    "msgid": "<f0a1c5e2-8b7d-4e3f-9a11-lukas.bo@example.at>",
    "text": """Dear Westerpark Games team,

I'd like to apply for the IT Ops Lead position advertised on your website.

For the past five years I have led a six-person IT support team in Graz, Austria, covering around 900 users across four sites. I've been working towards cloud operations for the last two years (AWS, Terraform, Kubernetes in our staging environment) and I'm keen to do this full time in a company where IT really matters to the product.

Please find my CV and references attached. I'm happy to relocate to Amsterdam.

Kind regards,
Lukas Brandstätter-Osei
+43 660 412 77 90
""",
})

add({
    "kind": "other", "scenario": "out_of_office_recruiter_en", "lang": "en",
    "company": "", "contact": "noor.bakker@grachtenhuis.example.nl",
    "frm": ("Noor Bakker", "noor.bakker@grachtenhuis.example.nl"),
    "subject": "Automatic reply: Question about the offer",
    "date": "2026-03-26 09:11 +0100",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Hi,

Thanks for your email. I'm out of office until Monday 30 March with limited access to email. I'll reply as soon as I can after I'm back.

For urgent questions about interviews, please contact talent@grachtenhuis.example.nl.

Noor Bakker
Recruiter, Grachtenhuis Payments
""",
})

add({
    "kind": "other", "scenario": "recruiter_cold_outreach_en", "html_style": "outlook", "boundary_style": "outlook", "lang": "en",
    "company": "", "contact": "h.clarke@alpinetechrecruit.example.com",
    "frm": ("Hannah Clarke", "h.clarke@alpinetechrecruit.example.com"),
    "subject": "Exciting SRE opportunity in Zurich",
    "date": "2026-09-29 10:22 +0100",
    "text": """Hi Lukas,

I hope you don't mind me reaching out. I came across your profile and thought you might be interested in an SRE role I'm working on with a fast-growing insurtech in Zurich (hybrid, CHF 120-140k + bonus).

They're looking for someone with a strong operational background who has started working with Kubernetes and Terraform - which from your profile sounds like you!

Would you be open to a quick 10-minute chat this week? No pressure at all if the timing isn't right.

Best wishes,
Hannah

Hannah Clarke | Principal Consultant – DevOps & Cloud
Alpine Tech Recruitment | London · Zurich
+44 20 3890 1172 | h.clarke@alpinetechrecruit.example.com
Alpine Tech Recruitment Ltd. Registered in England No 10933811.
""",
})

add({
    "kind": "other", "scenario": "exam_appointment_confirmed", "lang": "en",
    "company": "", "contact": "",
    "frm": ("CertTest Scheduling", "no-reply@certtest.example.com"),
    "subject": "Confirmation: AWS Certified SysOps Administrator - Associate exam",
    "date": "2026-02-27 19:15 +0100",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://certtest.example.com/img/logo.png" alt="CertTest" width="120"></td></tr>
<tr><td style="padding:20px">
<p>Dear Lukas Brandstätter-Osei,</p>
<p>Your exam appointment has been confirmed.</p>
<table cellpadding="4" cellspacing="0">
<tr><td><b>Exam:</b></td><td>SOA-C03 AWS Certified SysOps Administrator - Associate</td></tr>
<tr><td><b>Date:</b></td><td>Saturday, 21 March 2026, 09:00 CET</td></tr>
<tr><td><b>Location:</b></td><td>CertTest Center Graz, Conrad-von-Hötzendorf-Straße 37</td></tr>
<tr><td><b>Registration ID:</b></td><td>CT-0091847732</td></tr>
</table>
<p>Please arrive 30 minutes early and bring two forms of ID. To reschedule or cancel, visit <a href="https://certtest.example.com/manage?r=CT-0091847732">your account</a> at least 24 hours in advance.</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888">CertTest Inc. This mailbox is not monitored.</td></tr>
</table></body></html>
""",
})

add({
    "kind": "other", "scenario": "meetup_talk_request", "lang": "en",
    "company": "", "contact": "valentina.gruber@cncg.example.at",
    "frm": ("Valentina Gruber", "valentina.gruber@cncg.example.at"),
    "subject": "Talk at Cloud Native Graz in October?",
    "date": "2026-08-28 17:35 +0200",
    "text": """Hi Lukas,

Valentina here from the Cloud Native Graz meetup. We're planning the October edition (Thursday 15 October, at the Coworking Space Lend) and I'd love to have a talk from someone who comes from the "classic IT" side.

Your lightning talk in May about what service desks know about incident response was one of our most liked sessions. Would you do a longer version, about 25 minutes? No slides required to be fancy - the crowd is friendly and there's pizza.

Let me know by mid-September if you're in!

Cheers,
Valentina
Cloud Native Graz - organising team
""",
})

add({
    "kind": "other", "scenario": "mentor_cv_feedback", "lang": "en",
    "company": "", "contact": "rachel.obi@example.co.uk",
    "frm": ("Rachel Obi", "rachel.obi@example.co.uk"),
    "subject": "Re: CV review",
    "date": "2026-01-18 21:30 +0000",
    "irt": "<D1B4F3E0-77A1-4C1E-8F3B-lukas.bo@example.at>",
    "text": """Hi Lukas,

I've been through your CV. Honest feedback, as promised:

- The first third is all "responsible for". Recruiters reject CVs like this in six seconds. Lead with outcomes: the hospital service-desk migration, the 40% drop in P1 resolution time, the on-call rota you designed.
- Put the cloud work (Terraform, the AWS landing zone project) ABOVE the ITIL certificate.
- Cut the hobbies section, or make it one line about the homelab.
- Your cover letter for the Amsterdam roles is good. Keep it.

Happy to do a mock interview in February if you want - just pick a date.

Rachel

On 14 Jan 2026, at 19:02, Lukas Brandstätter-Osei <lukas.bo@example.at> wrote:

> Hi Rachel, would you have a look at my CV before I send it out? I've had two
> rejections already and I suspect it's the CV. Thanks a lot! Lukas
""",
})

add({
    "kind": "other", "scenario": "community_program_not_accepted", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Cloud Builders Program", "no-reply@cloudbuilders.example.com"),
    "subject": "Your Cloud Builders Program application",
    "date": "2026-03-03 18:00 +0000",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 28px;border-bottom:3px solid #ff9900"><img src="https://cloudbuilders.example.com/img/cbp-logo.png" alt="Cloud Builders Program" width="180"></td></tr>
<tr><td style="padding:24px 28px;line-height:1.55">
<p>Hi Lukas,</p>
<p>Thank you for applying to the Cloud Builders Program for the 2026 cohort. We received more than 4,000 applications this cycle.</p>
<p>Unfortunately, we are unable to accept your application this time. Selection is based on the public technical content you have created over the past 12 months (blog posts, talks, open-source contributions).</p>
<p>We encourage you to keep building and sharing, and to apply again when applications reopen in January 2027.</p>
<p>Best regards,<br>The Cloud Builders Program team</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#879596">You are receiving this email because you applied to the Cloud Builders Program. <a href="https://cloudbuilders.example.com/prefs">Email preferences</a></td></tr>
</table></body></html>
""",
})

add({
    "kind": "other", "scenario": "rental_application_received_en", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Kamerhuis Rentals", "no-reply@kamerhuis.example.nl"),
    "subject": "We've received your application for Javastraat 112-2",
    "date": "2026-09-01 22:10 +0200",
    "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:540px;margin:0 auto;border:1px solid #e5e5e5;padding:24px">
<p><img src="https://kamerhuis.example.nl/logo.png" alt="Kamerhuis" height="28"></p>
<p>Hi Lukas,</p>
<p>Thanks for applying for <b>Javastraat 112-2, 1094 HL Amsterdam</b> (2 rooms, 58 m², € 2,150 per month).</p>
<p>Your application has been received and forwarded to the landlord. Because of the high number of applications, only shortlisted applicants will be invited to a viewing. You'll hear from us within 5 working days.</p>
<p><a href="https://kamerhuis.example.nl/account/applications?src=mail">View my applications</a></p>
<p style="font-size:11px;color:#999">Kamerhuis B.V. · This is an automated message, please do not reply.</p>
</div></body></html>
""",
})

add({
    "kind": "other", "scenario": "press_interview_draft_review", "lang": "en",
    "company": "", "contact": "tom.weiss@opsweekly.example.com",
    "frm": ("Tom Weiss", "tom.weiss@opsweekly.example.com"),
    "subject": "Draft of our interview for your review",
    "date": "2026-10-05 11:52 +0200",
    "text": """Hi Lukas,

Thanks again for taking the time last week. Below is the draft of our interview for the "Career Switchers" column in Ops Weekly. Could you check your quotes for accuracy by Thursday? Please don't rewrite the whole thing - factual corrections only.

---
"I was rejected eleven times before anyone took my cloud experience seriously," says Lukas Brandstätter-Osei, an IT support lead from Graz. "What changed was that I stopped describing tickets and started describing outcomes."
---

The full text is in the Google Doc: https://docs.example.com/d/1Qx-opsweekly-careerswitchers

Best,
Tom

Tom Weiss | Senior Editor | Ops Weekly
""",
})

add({
    "kind": "other", "scenario": "sent_followup_quoting_invite", "lang": "en",
    "company": "", "contact": "",
    "frm": ME,
    "to": [("Eva Smit", "eva.smit@amsteldataworks.example.nl")],
    "subject": "Re: Platform Engineer application",
    "date": "2026-08-24 16:10 +0200",
    "mid_host": "example.at",
    "irt": "<DB9PR02MB7251E9@DB9PR02MB7251.eurprd02.prod.outlook.com>",
    "text": """Hi Eva,

Thursday 27 August at 11:00 works perfectly, thank you. I'll prepare the incident walk-through - I'm thinking of our ransomware scare at the logistics depot last year.

Best,
Lukas

On Mon, 24 Aug 2026 at 15:36, Eva Smit <eva.smit@amsteldataworks.example.nl> wrote:
> Hi Lukas,
>
> Great to hear you're open to the Cloud Support Lead role! Ruben (our
> Engineering Manager) would like to meet you on Thursday 27 August at 11:00
> CEST, via Teams. It'll be about an hour: half conversation, half a
> walk-through of a past incident of your choice.
>
> Kind regards,
> Eva
""",
})

add({
    "kind": "other", "scenario": "unmonitored_mailbox_autoreply", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Tulp Data Careers", "careers@tulpdata.example.nl"),
    "subject": "Automatic reply: Platform Engineer - question about the process",
    "date": "2026-02-12 10:44 +0100",
    "cte": "7bit",
    "headers": {"Auto-Submitted": "auto-replied"},
    "text": """Thank you for contacting Tulp Data.

This mailbox is not monitored. If you have applied for a position, you will find all updates in your candidate portal. For questions about a specific vacancy, please reply to the recruiter who contacted you.

Tulp Data B.V.
""",
})

# ------------------------------------------------------------------------------ French (5)

add({
    "kind": "other", "scenario": "fr_newsletter_entretien", "header_b": True, "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Cadres & Carrière", "lettre@cadres-carriere.example.com"),
    "subject": "Réussir son entretien d'embauche : les 7 erreurs à éviter",
    "date": "2026-03-19 07:00 +0100",
    "headers": {"List-Id": "La lettre Cadres & Carriere <lettre.cadres-carriere.example.com>",
                "List-Unsubscribe": "<https://cadres-carriere.example.com/desinscription?u=LB5512>",
                "Precedence": "bulk"},
    "html": """<html><body style="margin:0;background:#f0efe9">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="padding:18px 26px;background:#1d3557"><img src="https://cadres-carriere.example.com/img/logo-blanc.png" alt="Cadres &amp; Carrière" width="180"></td></tr>
<tr><td style="padding:26px;line-height:1.55">
<h1 style="font-size:24px;color:#1d3557">Réussir son entretien d'embauche : les 7 erreurs à éviter</h1>
<p>Vous avez décroché une convocation à un entretien ? Bravo ! Mais attention : selon notre enquête, 6 recruteurs sur 10 disent avoir écarté un candidat pour une erreur évitable.</p>
<p><a href="https://cadres-carriere.example.com/r?a=entretien-7-erreurs&amp;u=LB5512" style="color:#e63946;font-weight:bold">Lire l'article →</a></p>
<h3 style="color:#1d3557">À lire aussi</h3>
<p><a href="https://cadres-carriere.example.com/r?a=refus-candidature&amp;u=LB5512">Refus de candidature : comment demander un retour constructif</a><br>
<a href="https://cadres-carriere.example.com/r?a=offres-luxembourg&amp;u=LB5512">Les 50 offres cadres de la semaine au Luxembourg</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#888;background:#f7f7f7">Vous recevez cette lettre car vous êtes inscrit sur cadres-carriere.example.com. <a href="https://cadres-carriere.example.com/desinscription?u=LB5512" style="color:#888">Se désinscrire</a><br>Cadres &amp; Carrière SAS · 12 rue de la Paix · 75002 Paris</td></tr>
</table></td></tr></table>
""" + pixel("https://cadres-carriere.example.com/o.gif?u=LB5512&n=2026-11") + """
</body></html>
""",
})

add({
    "kind": "other", "scenario": "fr_colis_retarde", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Colis Express Luxembourg", "ne-pas-repondre@colisexpress.example.lu"),
    "subject": "Votre colis est retardé",
    "date": "2026-05-22 12:31 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Bonjour,

Malheureusement, la livraison de votre colis n° CE 0042 7719 LU a pris du retard en raison d'un incident sur notre plateforme de tri de Bettembourg.

Nouvelle date de livraison estimée : lundi 25 mai 2026.

Suivre mon colis : https://colisexpress.example.lu/suivi?n=CE00427719LU

Nous vous prions de nous excuser pour ce désagrément.

Colis Express Luxembourg
Merci de ne pas répondre à ce message.
""",
})

add({
    "kind": "other", "scenario": "fr_amie_refus", "lang": "fr",
    "company": "", "contact": "camille.hoffmann@example.lu",
    "frm": ("Camille Hoffmann", "camille.hoffmann@example.lu"),
    "subject": "bon ben voilà",
    "date": "2026-06-11 20:19 +0200",
    "cte": "8bit",
    "text": """Coucou Lukas,

Je viens de recevoir un refus pour le poste à la Commission, après deux entretiens et un test écrit... "Nous avons le regret de vous informer que votre candidature n'a pas été retenue". Même pas un mot de feedback. Je suis dégoûtée.

Et toi, tu as eu des nouvelles de la banque du boulevard Royal ? Croise les doigts pour toi en tout cas !

On se fait un apéro quand tu passes à Luxembourg ?

Bises,
Camille
""",
})

add({
    "kind": "other", "scenario": "fr_dossier_location_refuse", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Immo Kirchberg - Location", "location-noreply@immo-kirchberg.example.lu"),
    "subject": "Votre dossier de location - Appartement rue de Hollerich",
    "date": "2026-07-02 14:07 +0200",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:560px;border-top:4px solid #8a1538;padding:16px">
<p><img src="https://immo-kirchberg.example.lu/img/logo.png" alt="Immo Kirchberg" width="140"></p>
<p>Madame, Monsieur,</p>
<p>Nous vous remercions de l'intérêt porté à l'appartement situé 118, rue de Hollerich, L-1741 Luxembourg.</p>
<p>Après étude des dossiers reçus, nous avons le regret de vous informer que votre dossier n'a pas été retenu par le propriétaire.</p>
<p>Nous vous invitons à consulter nos autres biens disponibles sur <a href="https://immo-kirchberg.example.lu/location?src=refus">notre site</a>.</p>
<p>Cordialement,<br>Le service Location<br>Immo Kirchberg</p>
<p style="font-size:11px;color:#999">Message automatique – merci de ne pas répondre.</p>
</div></body></html>
""",
})

add({
    "kind": "other", "scenario": "fr_reponse_automatique_absence", "lang": "fr",
    "company": "", "contact": "sophie.kieffer@banque-alzette.example.lu",
    "frm": ("Sophie Kieffer", "sophie.kieffer@banque-alzette.example.lu"),
    "subject": "Réponse automatique : Contrat signé - Responsable Support IT",
    "date": "2026-06-12 08:15 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Bonjour,

Je suis absente du bureau jusqu'au 22 juin inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter le service Recrutement au +352 47 11 22 300.

Cordialement,
Sophie Kieffer
Banque Alzette S.A.
""",
})

# ----------------------------------------------------------------------------- Spanish (2)

add({
    "kind": "other", "scenario": "es_amigo_entrevista", "header_b": True, "lang": "es",
    "company": "", "contact": "diego.fdez@example.es",
    "frm": ("Diego Fernández", "diego.fdez@example.es"),
    "subject": "¡¡Me han llamado!!",
    "date": "2026-04-24 23:41 +0200",
    "cte": "8bit",
    "text": """¡Lukas!

¿Te acuerdas de la empresa de Múnich que te comenté? Pues me han llamado para una entrevista la semana que viene. ¡Por fin! Después de tres rechazos seguidos ya estaba a punto de tirar la toalla.

Tú que has hecho tantas entrevistas en alemán: ¿me ayudas a preparar un par de respuestas? Mi alemán sigue siendo de supervivencia jaja.

¿Hablamos el domingo por videollamada?

Un abrazo enorme,
Diego
""",
})

add({
    "kind": "other", "scenario": "es_academia_solicitud_recibida", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Academia Cervantina Online", "no-responder@academiacervantina.example.es"),
    "subject": "Hemos recibido tu solicitud de inscripción",
    "date": "2026-01-08 10:30 +0100",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """¡Hola, Lukas!

Hemos recibido tu solicitud de inscripción en el curso "Español B1 intensivo (online)", que empieza el 2 de febrero de 2026.

En un plazo de 48 horas te enviaremos la confirmación de plaza y los datos de pago. Si tienes cualquier duda, consulta nuestras preguntas frecuentes en https://academiacervantina.example.es/faq

¡Nos vemos en clase!
Academia Cervantina Online

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
""",
})

assert len(MESSAGES) == 52, len(MESSAGES)
