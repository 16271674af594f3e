"""Everything else (52): newsletters and job alerts that speak of rejections and interviews,
the other meanings of the words (a podcast interview, a position in a queue, a refused loan, a
delayed parcel), friends' own stories, the candidate's own sent mail, out-of-office replies and
cold outreach that invites no interview."""

from __future__ import annotations

from msgs120_common import ME

MESSAGES: list[dict] = []
add = MESSAGES.append

# 1 -- career magazine newsletter about rejections, with list headers.
add({
    "slug": "newsletter_absage_was_nun", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("VersicherungsKarriere Newsletter", "newsletter@versicherungskarriere.example.de"),
    "subject": "Absage erhalten – und jetzt? 5 Tipps + die Jobs der Woche",
    "date": "2026-02-17 07:00 +0100",
    "cte": "quoted-printable",
    "headers": {"List-Id": "VersicherungsKarriere Wochenletter <wochenletter.versicherungskarriere.example.de>",
             "List-Unsubscribe": "<https://news.versicherungskarriere.example.de/abmelden?u=8f21c&l=wl>, <mailto:abmelden@versicherungskarriere.example.de?subject=unsubscribe>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk"},
    "html": """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Wochenletter</title></head>
<body style="margin:0;padding:0;background:#ececec;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,'Times New Roman',serif;color:#222;">
<tr><td style="padding:10px 24px;font-family:Arial;font-size:11px;color:#888;text-align:right;"><a href="https://news.versicherungskarriere.example.de/web/wl-2026-07?u=8f21c" style="color:#888;">Im Browser ansehen</a></td></tr>
<tr><td style="padding:8px 24px 16px 24px;border-bottom:3px solid #003b5c;"><a href="https://news.versicherungskarriere.example.de/c/8f21c/home"><img src="https://news.versicherungskarriere.example.de/img/vk-logo.png" alt="VersicherungsKarriere – das Karrieremagazin der Assekuranz" width="260" style="border:0;"></a></td></tr>
<tr><td style="padding:20px 24px;">
<h1 style="font-size:24px;margin:0 0 12px 0;">Absage erhalten – und jetzt?</h1>
<p style="font-size:16px;line-height:24px;">Fast jede Bewerbung endet irgendwann mit einem „Leider müssen wir Ihnen mitteilen …“. Wir haben mit drei Recruiterinnen aus der Versicherungsbranche gesprochen: Was steckt hinter Standardabsagen, wann lohnt es sich, nach Feedback zu fragen – und warum ein verpasstes Vorstellungsgespräch nicht das Ende sein muss.</p>
<ol style="font-size:15px;line-height:23px;">
<li>Fragen Sie nach einem Interview immer nach konkretem Feedback.</li>
<li>Unterscheiden Sie zwischen Eingangsbestätigung und Absage – „wir melden uns“ heißt nicht „nein“.</li>
<li>Bleiben Sie im Talentpool: Viele Häuser melden sich bei passenden Stellen erneut.</li>
<li>Eine Einladung zum Zweitgespräch ist noch keine Zusage.</li>
<li>Führen Sie Buch über Ihre Bewerbungen.</li>
</ol>
<p><a href="https://news.versicherungskarriere.example.de/c/8f21c/artikel-absage-was-nun?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=wl-2026-07" style="color:#003b5c;font-family:Arial;font-weight:bold;">Zum ganzen Artikel ›</a></p>
</td></tr>
<tr><td style="padding:0 24px 20px 24px;">
<h2 style="font-size:18px;border-top:1px solid #ddd;padding-top:16px;">Jobs der Woche</h2>
<p style="font-family:Arial;font-size:14px;line-height:22px;">
<a href="https://news.versicherungskarriere.example.de/c/8f21c/job/22871">Underwriter Kraftfahrt (m/w/d) – Nürnberg</a><br>
<a href="https://news.versicherungskarriere.example.de/c/8f21c/job/22874">Aktuar Leben (m/w/d) – Köln</a><br>
<a href="https://news.versicherungskarriere.example.de/c/8f21c/job/22880">Schadenregulierer Haftpflicht (m/w/d) – Hamburg</a></p>
</td></tr>
<tr><td style="padding:16px 24px;background:#003b5c;color:#cfd8dc;font-family:Arial;font-size:11px;line-height:16px;">
VersicherungsKarriere ist ein Angebot der Assekuranz Medien Verlag GmbH · Kaiser-Wilhelm-Ring 20 · 50672 Köln · Geschäftsführer: Peter Anholt · HRB 77190 AG Köln<br>
Sie erhalten diesen Newsletter, weil Sie sich am 02.11.2025 angemeldet haben. <a href="https://news.versicherungskarriere.example.de/abmelden?u=8f21c&amp;l=wl" style="color:#ffffff;">Newsletter abbestellen</a> · <a href="https://www.versicherungskarriere.example.de/datenschutz" style="color:#ffffff;">Datenschutz</a></td></tr>
</table>
<img src="https://news.versicherungskarriere.example.de/o/8f21c/wl-2026-07.gif" width="1" height="1" alt="" style="display:block">
</td></tr></table></body></html>
""",
})

# 2 -- a job board's alert digest.
add({
    "slug": "jobagent_digest", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Jobwelt Jobagent", "jobagent@jobwelt.example.de"),
    "subject": "12 neue Jobs für „Underwriter“ in München und Umgebung",
    "date": "2026-03-03 06:45 +0100",
    "cte": "base64",
    "headers": {"List-Unsubscribe": "<https://www.jobwelt.example.de/jobagent/loeschen?id=JA-551902>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "X-Campaign": "jobagent-daily"},
    "html": """<!doctype html><html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef1f4;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="600" cellspacing="0" cellpadding="0" style="background:#fff;margin:16px 0;">
<tr><td style="background:#14325c;padding:14px 24px;"><img src="https://static.jobwelt.example.de/mail/jobwelt-logo-weiss.png" alt="Jobwelt" height="28"></td></tr>
<tr><td style="padding:20px 24px 4px 24px;font-size:15px;color:#222;">Guten Morgen! Ihr Jobagent <b>„Underwriter, München + 30 km“</b> hat 12 neue Stellen gefunden:</td></tr>
<tr><td style="padding:8px 24px;">
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border-collapse:collapse;">
<tr style="border-bottom:1px solid #e5e9ee"><td><a href="https://click.jobwelt.example.de/r/?u=job&amp;id=901122&amp;c=ja" style="color:#0b57a4;font-weight:bold;">Underwriter Technische Versicherungen (m/w/d)</a><br><span style="color:#666">Isarwerk Versicherung AG · München · Neu</span></td></tr>
<tr style="border-bottom:1px solid #e5e9ee"><td><a href="https://click.jobwelt.example.de/r/?u=job&amp;id=901187&amp;c=ja" style="color:#0b57a4;font-weight:bold;">Junior Underwriter Haftpflicht</a><br><span style="color:#666">Personalvermittlung für einen namhaften Kunden · Unterföhring</span></td></tr>
<tr style="border-bottom:1px solid #e5e9ee"><td><a href="https://click.jobwelt.example.de/r/?u=job&amp;id=901203&amp;c=ja" style="color:#0b57a4;font-weight:bold;">Underwriting Analyst Cyber (m/w/d)</a><br><span style="color:#666">Deckung24 GmbH · München · Remote möglich</span></td></tr>
<tr style="border-bottom:1px solid #e5e9ee"><td><a href="https://click.jobwelt.example.de/r/?u=job&amp;id=901244&amp;c=ja" style="color:#0b57a4;font-weight:bold;">Sachbearbeiter Vertrag/Underwriting Gewerbe</a><br><span style="color:#666">Landbrand Versicherungsverein a.G. · München</span></td></tr>
</table></td></tr>
<tr><td style="padding:8px 24px 20px 24px;"><a href="https://click.jobwelt.example.de/r/?u=jobagent&amp;id=JA-551902&amp;c=ja" style="display:inline-block;background:#f28c00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Alle 12 Jobs ansehen</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#7a8490;border-top:1px solid #e5e9ee;">Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="https://www.jobwelt.example.de/jobagent/bearbeiten?id=JA-551902" style="color:#7a8490">Jobagent bearbeiten</a> · <a href="https://www.jobwelt.example.de/jobagent/loeschen?id=JA-551902" style="color:#7a8490">Jobagent löschen</a><br>Jobwelt GmbH · Speditionstraße 9 · 40221 Düsseldorf</td></tr>
</table><img src="https://click.jobwelt.example.de/o/ja/551902/t.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

# 3 -- a podcast host asks for an interview (the other meaning of "Interview").
add({
    "slug": "podcast_interview_anfrage", "kind": "other", "company": "",
    "contact": "katja@schadenzeit-podcast.example.de", "lang": "de",
    "sender": ("Katja Brünnig", "katja@schadenzeit-podcast.example.de"),
    "subject": "Interview-Anfrage für den Podcast „Schadenzeit“",
    "date": "2026-04-23 20:31 +0200",
    "cte": "8bit",
    "text": """Hallo Tobias,

ich bin über deinen Beitrag zur Hagelsaison 2025 auf dich aufmerksam geworden – super spannend, wie du die Regulierung von 2.000 Kfz-Schäden in drei Wochen beschrieben hast!

Ich mache seit zwei Jahren den Podcast „Schadenzeit“ (ca. 4.000 Hörer:innen pro Folge, vor allem aus Versicherungen und Gutachterbüros). Hättest du Lust auf ein Interview für eine Folge? Aufnahme remote über Riverside, ca. 45 Minuten, gern im Mai oder Juni. Wir würden über deinen Alltag als Schadenregulierer und über Daten in der Schadenbearbeitung sprechen.

Sag einfach Bescheid, ob du Lust hast – dann schicke ich dir ein paar Terminvorschläge und die Leitfragen.

Liebe Grüße
Katja

Katja Brünnig
Host „Schadenzeit – der Podcast für Schadenprofis“
www.schadenzeit-podcast.example.de
""",
})

# 4 -- a journalist asks for an interview for an article.
add({
    "slug": "presse_interview_hagel", "kind": "other", "company": "",
    "contact": "m.lindner@abendpost-muenchen.example.de", "lang": "de",
    "sender": ("Lindner, Maximilian", "m.lindner@abendpost-muenchen.example.de"),
    "subject": "Anfrage: Interview zu Hagelschäden für die Abendpost",
    "date": "2026-07-07 12:14 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

ich bin Redakteur im Lokalressort der Münchner Abendpost und recherchiere für einen Artikel über die Hagelunwetter vom vergangenen Wochenende. Eine Kollegin hat mir Ihren Namen genannt.

Wären Sie zu einem kurzen Interview (telefonisch, 15–20 Minuten) bereit? Mich interessiert, wie Geschädigte ihre Schäden am besten melden und was bei der Regulierung typischerweise schiefgeht. Sie würden selbstverständlich nur mit Ihrer Zustimmung namentlich zitiert; gern auch ohne Nennung Ihres Arbeitgebers.

Redaktionsschluss ist Donnerstag, 16 Uhr.

Mit freundlichen Grüßen
Maximilian Lindner
Redaktion Lokales
Münchner Abendpost
Telefon 089 5550 6631
m.lindner@abendpost-muenchen.example.de
""",
})

# 5 -- a hiking app: "your position" was shared.
add({
    "slug": "app_position_geteilt", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Bergpfad", "no-reply@bergpfad-app.example.de"),
    "subject": "Anna verfolgt jetzt deine Position live",
    "date": "2026-08-15 09:12 +0200",
    "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f1f5ee;font-family:Arial,sans-serif;">
<div style="max-width:520px;margin:0 auto;padding:24px;">
<img src="https://cdn.bergpfad-app.example.de/mail/logo.png" alt="Bergpfad" height="32">
<div style="background:#fff;border-radius:10px;padding:24px;margin-top:16px;">
<h2 style="margin-top:0;color:#2f5d2a;">Live-Tracking aktiv 🏔️</h2>
<p>Hallo Tobias,</p>
<p>du hast <b>Anna</b> eingeladen, deine Tour „Herzogstand – Heimgarten“ live zu verfolgen. Deine aktuelle Position wird ab jetzt alle 5 Minuten geteilt, bis du die Tour beendest.</p>
<p>Letzte Position: 47.6093° N, 11.3096° E · 1.420 m · vor 2 Minuten</p>
<p><a href="https://go.bergpfad-app.example.de/l/7f3e?t=livetrack" style="background:#2f5d2a;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none;">Tracking beenden</a></p>
</div>
<p style="font-size:11px;color:#777;">Bergpfad GmbH · Kapuzinerstraße 9 · 80337 München · <a href="https://go.bergpfad-app.example.de/l/settings?t=mail" style="color:#777;">E-Mail-Einstellungen</a></p>
</div><img src="https://go.bergpfad-app.example.de/o/7f3e.gif" width="1" height="1" alt=""></body></html>
""",
})

# 6 -- a citizens' office queue: "your position in the queue".
add({
    "slug": "warteschlange_position", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Landeshauptstadt München – Terminvergabe", "noreply-termine@muenchen-buergerbuero.example.de"),
    "subject": "Ihre Position in der Warteschlange: 14",
    "date": "2026-05-22 08:37 +0200",
    "cte": "quoted-printable",
    "text": """Guten Tag,

Sie haben sich um 08:31 Uhr im Bürgerbüro Ruppertstraße für das Anliegen „Reisepass beantragen“ angemeldet.

Ihre Wartenummer: R-214
Ihre aktuelle Position in der Warteschlange: 14
Voraussichtliche Wartezeit: ca. 50 Minuten

Sie erhalten eine weitere Nachricht, wenn Sie an Position 3 sind. Bitte halten Sie sich dann in der Nähe des Wartebereichs auf. Verpasste Aufrufe können nicht nachgeholt werden.

Ihre Landeshauptstadt München
Kreisverwaltungsreferat – Bürgerbüro

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
})

# 7 -- a parcel is delayed ("leider").
add({
    "slug": "paket_verspaetet", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Paketblitz", "benachrichtigung@paketblitz.example.de"),
    "subject": "Leider verzögert sich Ihre Sendung 00340434161094042557",
    "date": "2026-06-04 15:48 +0200",
    "cte": "quoted-printable",
    "text": "auto",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#ffcc00;margin:0;padding:16px;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;border-bottom:4px solid #d40511;"><img src="https://www.paketblitz.example.de/mail/logo_pb.png" alt="Paketblitz" height="30"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;">
<p>Hallo Tobias Rennert,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434161094042557</b> von <i>Bürobedarf Sommer</i>. Aufgrund eines erhöhten Sendungsaufkommens im Paketzentrum Aschheim wird Ihr Paket voraussichtlich erst am <b>Montag, 8. Juni</b> zugestellt.</p>
<p>Wir bitten um Entschuldigung.</p>
<p><a href="https://nolp.paketblitz.example.de/sendung?id=00340434161094042557&amp;utm_source=mail">Sendung verfolgen</a> · <a href="https://nolp.paketblitz.example.de/umleiten?id=00340434161094042557">Zustellung ändern</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#666;">Paketblitz Deutschland GmbH · Am Paketweg 1 · 53113 Bonn · Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></body></html>
""",
})

# 8 -- a bank confirms receipt of a loan application (bank: never a contact).
add({
    "slug": "kreditantrag_eingegangen", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Isartaler Volksbank – Kreditservice", "kreditservice@isartaler-volksbank.example.de"),
    "subject": "Ihr Kreditantrag ist bei uns eingegangen",
    "date": "2026-03-25 11:03 +0100",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

vielen Dank für Ihren Antrag auf ein Ratendarlehen über 18.000 Euro (Antragsnummer RK-2026-044718). Ihr Antrag ist vollständig bei uns eingegangen.

Wir prüfen Ihre Unterlagen in der Regel innerhalb von drei Bankarbeitstagen. Über das Ergebnis informieren wir Sie per E-Mail und in Ihrem Online-Banking-Postfach.

Bitte beachten Sie: Aus Sicherheitsgründen können wir per E-Mail keine Auskünfte zu Ihrem Antrag erteilen.

Freundliche Grüße
Ihr Kreditservice-Team
Isartaler Volksbank eG
Bahnhofplatz 2 · 82515 Wolfratshausen · Genossenschaftsregister München GnR 1024
""",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0066b3;padding:12px 20px;"><img src="https://www.isartaler-volksbank.example.de/mail/vb_logo_weiss.png" alt="Isartaler Volksbank eG" height="34"></td></tr>
<tr><td style="padding:20px;">
<p>Sehr geehrter Herr Rennert,</p>
<p>vielen Dank für Ihren Antrag auf ein Ratendarlehen über 18.000 Euro (Antragsnummer RK-2026-044718). Ihr Antrag ist vollständig bei uns eingegangen.</p>
<p>Wir prüfen Ihre Unterlagen in der Regel innerhalb von drei Bankarbeitstagen. Über das Ergebnis informieren wir Sie per E-Mail und in Ihrem Online-Banking-Postfach.</p>
<p style="background:#fff4e0;padding:8px;">Bitte beachten Sie: Aus Sicherheitsgründen können wir per E-Mail keine Auskünfte zu Ihrem Antrag erteilen.</p>
<p>Freundliche Grüße<br>Ihr Kreditservice-Team</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#777;border-top:1px solid #ddd;">Isartaler Volksbank eG · Bahnhofplatz 2 · 82515 Wolfratshausen · Genossenschaftsregister München GnR 1024 · Vorstand: Alois Grabmeier, Sandra Pröbstl</td></tr></table>
</body></html>
""",
})

# 9 -- an online bank declines a loan.
add({
    "slug": "kredit_abgelehnt", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("NordBank Direkt", "service@nordbank-direkt.example.de"),
    "subject": "Ihr Antrag auf einen Ratenkredit",
    "date": "2026-03-30 18:22 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

vielen Dank für Ihr Interesse an einem Ratenkredit der NordBank Direkt.

Nach sorgfältiger Prüfung Ihres Antrags vom 26.03.2026 müssen wir Ihnen leider mitteilen, dass wir Ihnen den gewünschten Kredit in Höhe von 18.000 Euro derzeit nicht gewähren können. Die Entscheidung beruht unter anderem auf einer automatisierten Bonitätsbewertung. Nach Art. 22 DSGVO haben Sie das Recht, Ihren Standpunkt darzulegen und eine Überprüfung durch einen Mitarbeiter zu verlangen.

Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Mit freundlichen Grüßen
Ihre NordBank Direkt

NordBank Direkt – eine Marke der Hanseatischen Privatbank AG · Ballindamm 12 · 20095 Hamburg · Amtsgericht Hamburg HRB 100 233
""",
})

# 10 -- a flat application is refused, through a property portal.
add({
    "slug": "wohnung_absage_portal", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("WohnPortal", "nachrichten@wohnportal.example.de"),
    "subject": "Absage zu Ihrer Anfrage: 3-Zimmer-Wohnung, Sendling, 1.450 € warm",
    "date": "2026-05-13 10:55 +0200",
    "cte": "base64",
    "headers": {"List-Unsubscribe": "<https://www.wohnportal.example.de/benachrichtigungen/aus?typ=anfrage>"},
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:16px;">
<tr><td style="padding:16px 24px;background:#3ddabe;"><img src="https://cdn.wohnportal.example.de/mail/wp_logo.png" alt="WohnPortal" height="28"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333;">
<p>Hallo Tobias Rennert,</p>
<p>der Anbieter des Objekts <b>„Helle 3-Zimmer-Wohnung mit Balkon, Sendling“</b> hat auf Ihre Anfrage geantwortet:</p>
<blockquote style="border-left:3px solid #3ddabe;margin:0;padding:8px 16px;color:#555;">Sehr geehrter Herr Rennert, vielen Dank für Ihr Interesse und Ihre Bewerbungsunterlagen. Leider haben wir uns für andere Mietinteressenten entschieden. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche. Hausverwaltung Seidl</blockquote>
<p><a href="https://www.wohnportal.example.de/suche/muenchen-sendling?utm_source=absage&amp;utm_medium=email" style="color:#0a7f6b;">Ähnliche Wohnungen in Sendling ansehen</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">WohnPortal GmbH · Kurfürstendamm 21 · 10719 Berlin · <a href="https://www.wohnportal.example.de/benachrichtigungen/aus?typ=anfrage" style="color:#888;">Benachrichtigungen abbestellen</a></td></tr>
</table><img src="https://t.wohnportal.example.de/open/absage-88120.gif" width="1" height="1" alt=""></body></html>
""",
})

# 11 -- a friend tells about his own rejection; the quoted mail of Tobias speaks of an invitation.
add({
    "slug": "freund_eigene_absage", "kind": "other", "company": "",
    "contact": "felix.hartl@posteo.example.de", "lang": "de",
    "sender": ("Felix Hartl", "felix.hartl@posteo.example.de"),
    "subject": "Re: Und, wie lief's bei dir?",
    "date": "2026-03-04 22:48 +0100",
    "reply": "<CAF7r3nnert+Fx1hT0k@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Servus Tobi,

Glückwunsch zur Einladung, das ist doch super!

Bei mir leider nix: Hab heute die Absage von der Rückversicherung in Unterföhring bekommen, nach zwei Runden und einer Fallstudie, an der ich ein komplettes Wochenende gesessen bin. „Wir haben uns für einen Kandidaten entschieden, dessen Profil noch besser …“ – der übliche Textbaustein. Ich hab echt keine Lust mehr.

Lass uns nächste Woche mal auf ein Bier gehen, dann erzählst du mir von deinem Gespräch und ich jammer ein bisschen.

Felix

Am Mi., 4. März 2026 um 19:02 Uhr schrieb Tobias Rennert <tobias.rennert@example.de>:
> Hi Felix,
> kurzes Update von mir: Ich habe eine Einladung zum Zweitgespräch bei
> einem Rückversicherer in Köln bekommen! Und bei dir – hast du schon was
> von der Rück in Unterföhring gehört?
> Tobi
""",
})

# 12 -- the candidate's own application, sent with his CV attached.
add({
    "slug": "eigene_bewerbung_gesendet", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ME, "to": ("Personalabteilung Kölner Pensionskasse", "bewerbung@koelner-pk.example.de"),
    "subject": "Bewerbung als Mitarbeiter Bestandsführung und Aktuariat",
    "date": "2026-09-07 21:15 +0200",
    "mid": "<CAF7r3nnert+Kp9sE2d@mail.example.de>",
    "cte": "quoted-printable",
    "headers": {"User-Agent": "Mozilla Thunderbird"},
    "text": """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Mitarbeiter Bestandsführung und Aktuariat.

Seit sieben Jahren arbeite ich als Schadensachbearbeiter bei einem Münchner Kompositversicherer, zuletzt mit Schwerpunkt auf Großschäden in der Sachversicherung. Parallel habe ich mich berufsbegleitend zum Versicherungsfachwirt weitergebildet und bereite mich derzeit auf die Grundwissenprüfungen der Deutschen Aktuarvereinigung vor. In meinem Team habe ich die Auswertung der Schadenreserven mit Python aufgebaut.

Die Arbeit einer Pensionskasse reizt mich besonders, weil sie langfristiges Denken und saubere Bestandsdaten verbindet. Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Meinen Lebenslauf finden Sie im Anhang.

Mit freundlichen Grüßen
Tobias Rennert
Tel. 0176 5550 4418
""",
    "attach": [("Lebenslauf_Tobias_Rennert.pdf", [
        "Tobias Rennert - Lebenslauf",
        "München - tobias.rennert@example.de",
        "",
        "seit 2019  Schadensachbearbeiter Sach/Großschaden, Kompositversicherer, München",
        "2016-2019  Ausbildung Kaufmann für Versicherungen und Finanzen",
        "2022-2024  Geprüfter Versicherungsfachwirt (IHK)",
        "Kenntnisse: Python, SQL, Excel/VBA, Chain-Ladder-Reservierung",
        "Sprachen: Deutsch (Muttersprache), Englisch (C1), Französisch (B2), Spanisch (B1)",
    ])],
})

# 13 -- the candidate's own follow-up, which asks about an interview.
add({
    "slug": "eigene_nachfrage", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ME, "to": ("Melanie Krusch", "melanie.krusch@sparkasse-rhein-wupper.example.de"),
    "subject": "Nachfrage zum Stand meiner Bewerbung – Risikocontroller Versicherungsprodukte",
    "date": "2026-04-02 08:12 +0200",
    "mid": "<CAF7r3nnert+Sk2nQ7c@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Krusch,

am 9. März habe ich mich über softgarden auf die Stelle als Risikocontroller Versicherungsprodukte beworben. Da die Ausschreibungsfrist inzwischen abgelaufen ist, möchte ich mich freundlich nach dem aktuellen Stand erkundigen.

Ich bin nach wie vor sehr an der Stelle interessiert und würde mich über eine Einladung zu einem Vorstellungsgespräch freuen. Sollten Sie noch Unterlagen benötigen, lasse ich sie Ihnen gern zukommen.

Mit freundlichen Grüßen
Tobias Rennert
""",
})

# 14 -- out-of-office reply from a recruiter (Auto-Submitted); the person is still the contact.
add({
    "slug": "abwesenheitsnotiz", "kind": "other", "company": "",
    "contact": "j.koenigsmann@rheinland-assekuranz.example.de", "lang": "de",
    "sender": ("Königsmann, Julia", "j.koenigsmann@rheinland-assekuranz.example.de"),
    "subject": "Automatische Antwort: Bewerbung Underwriter Industrie – Tobias Rennert",
    "date": "2026-01-09 14:02 +0100",
    "reply": "<CAF7r3nnert+Rh0aA5m@mail.example.de>",
    "cte": "quoted-printable",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "X-MS-Exchange-Inbox-Rules-Loop": "j.koenigsmann@rheinland-assekuranz.example.de"},
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16. Januar 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Recruiting-Team unter recruiting@rheinland-assekuranz.example.de oder telefonisch unter 0221 555 4000.

Mit freundlichen Grüßen
Julia Königsmann
Recruiting
Rheinland Assekuranz AG
""",
})

# 15 -- recruiter cold outreach, no interview, no application.
add({
    "slug": "kaltakquise_recruiter", "kind": "other", "company": "",
    "contact": "t.berger@personalwerk-rhein.example.de", "lang": "de",
    "sender": ("Tim Berger", "t.berger@personalwerk-rhein.example.de"),
    "subject": "Spannende Underwriting-Position in Köln – offen für einen Austausch?",
    "date": "2026-06-18 09:03 +0200",
    "cte": "quoted-printable",
    "text": """Hallo Herr Rennert,

ich bin bei der Suche nach erfahrenen Schadenexperten auf Ihr Profil gestoßen. Ihr Werdegang in der Großschadenregulierung passt sehr gut zu einer Position, die ich aktuell exklusiv für einen etablierten Kölner Sachversicherer besetze (Underwriter Gewerbe, Hybrid, 65–75 T€).

Hätten Sie grundsätzlich Interesse an einem unverbindlichen Austausch? Ein kurzes Telefonat von 15 Minuten würde reichen, um herauszufinden, ob das für Sie spannend sein könnte.

Beste Grüße
Tim Berger
Senior Recruiter Insurance
Personalwerk Rhein GmbH | Mediapark 8 | 50670 Köln
+49 221 555 7723 | t.berger@personalwerk-rhein.example.de
""",
})

# 16 -- the employment agency invites to a counselling appointment (not a job interview).
add({
    "slug": "arbeitsagentur_beratung", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Agentur für Arbeit München", "noreply@arbeitsagentur-muenchen.example.de"),
    "subject": "Einladung zu einem Beratungsgespräch",
    "date": "2026-10-05 07:58 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

bitte kommen Sie am Dienstag, 13.10.2026, um 09:30 Uhr zu einem Beratungsgespräch zu Ihrer beruflichen Situation.

Ort: Agentur für Arbeit München, Kapuzinerstraße 26, 80337 München, Zimmer 3.114
Ansprechpartnerin: Frau Hülya Demir, Berufsberatung im Erwerbsleben

Bitte bringen Sie Ihren Lebenslauf und, falls vorhanden, Nachweise über Ihre Weiterbildungen mit. Wenn Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte rechtzeitig über Ihr Online-Postfach ab.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit München

Diese E-Mail wurde automatisch versandt. Bitte antworten Sie nicht auf diese E-Mail.
""",
})

# 17 -- the dentist's practice moves an appointment.
add({
    "slug": "zahnarzt_termin_verschoben", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Zahnarztpraxis Dr. Obermeier über Praxistermin", "noreply@praxistermin.example.de"),
    "subject": "Ihr Termin wurde verschoben: Mi., 24.06.2026, 08:15 Uhr",
    "date": "2026-06-19 12:30 +0200",
    "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;background:#f0f6fa;">
<div style="max-width:520px;margin:20px auto;background:#fff;border-radius:8px;overflow:hidden;">
<div style="background:#107aca;padding:14px 20px;"><img src="https://cdn.praxistermin.example.de/mail/pt-logo-white.png" alt="Praxistermin" height="26"></div>
<div style="padding:22px;font-size:15px;color:#1c2b36;">
<p>Guten Tag Tobias Rennert,</p>
<p>die <b>Zahnarztpraxis Dr. Obermeier</b> hat Ihren Termin verschoben:</p>
<p style="color:#8a97a0;text-decoration:line-through;margin:0;">Fr., 19.06.2026, 16:00 Uhr</p>
<p style="font-weight:bold;margin:4px 0 16px 0;">Mi., 24.06.2026, 08:15 Uhr – Professionelle Zahnreinigung</p>
<p><a href="https://www.praxistermin.example.de/termine/verwalten?id=T-7712093" style="background:#107aca;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Termin verwalten</a></p>
<p style="font-size:13px;color:#555;">Wenn der neue Termin nicht passt, können Sie ihn bis 24 Stunden vorher kostenfrei absagen.</p>
</div>
<div style="padding:14px 22px;font-size:11px;color:#8a97a0;">Praxistermin GmbH · Leopoldstraße 10 · 80802 München · <a href="https://www.praxistermin.example.de/einstellungen/benachrichtigungen" style="color:#8a97a0;">Benachrichtigungen verwalten</a></div>
</div></body></html>
""",
})

# 18 -- exam registration received (an application of another kind).
add({
    "slug": "pruefungsanmeldung_eingegangen", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Aktuarakademie – Prüfungsamt", "pruefungsamt-noreply@aktuarakademie.example.de"),
    "subject": "Ihre Anmeldung zur Prüfung „Angewandte Stochastik“ ist eingegangen",
    "date": "2026-01-26 16:09 +0100",
    "cte": "8bit",
    "text": """Sehr geehrter Herr Rennert,

Ihre Anmeldung zur Prüfung „Angewandte Stochastik“ (Prüfungstermin 14.03.2026, Köln) ist bei uns eingegangen.

Die Prüfungsgebühr in Höhe von 395,00 € wird in den nächsten Tagen per Lastschrift eingezogen. Die Zulassung und Ihre Platznummer erhalten Sie spätestens zwei Wochen vor dem Prüfungstermin.

Viel Erfolg bei der Vorbereitung!

Ihr Prüfungsamt
Aktuarakademie GmbH · Hohenstaufenring 47–51 · 50674 Köln

Dies ist eine automatisch generierte Nachricht.
""",
})

# 19 -- a professional network: "you were found in searches".
add({
    "slug": "netzwerk_profilbesucher", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Businessnetz", "mitteilungen@businessnetz.example.de"),
    "subject": "Tobias, Sie wurden diese Woche 23-mal gefunden",
    "date": "2026-04-27 18:00 +0200",
    "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.businessnetz.example.de/einstellungen/mail/aus?t=weekly>",
             "Precedence": "bulk"},
    "text": "auto",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:16px;">
<tr><td style="padding:16px 24px;"><img src="https://static.businessnetz.example.de/mail/bn-logo.png" alt="Businessnetz" height="26"></td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:15px;line-height:22px;color:#333;">
<p>Hallo Tobias,</p>
<p>Ihr Profil wurde diese Woche <b>23-mal</b> in Suchen gefunden – 8 davon von Recruiter:innen aus der Versicherungsbranche.</p>
<p><b>Wer hat Sie gesucht?</b><br>Personalberatung (Düsseldorf) · Versicherungsgruppe (München) · Insurtech (Berlin)</p>
<p><a href="https://www.businessnetz.example.de/r/profilbesucher?trk=weekly_mail" style="background:#006567;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Alle Profilbesucher ansehen</a></p>
<p style="font-size:13px;">Tipp: Ergänzen Sie „Underwriting“ in Ihren Fähigkeiten, um in mehr Suchen aufzutauchen.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;border-top:1px solid #eee;">Businessnetz SE · Dammtorstraße 30 · 20354 Hamburg · <a href="https://www.businessnetz.example.de/einstellungen/mail/aus?t=weekly" style="color:#999;">Abbestellen</a></td></tr>
</table><img src="https://t.businessnetz.example.de/o/weekly/551.gif" width="1" height="1" alt=""></body></html>
""",
})

# 20 -- no childcare place (a municipal refusal).
add({
    "slug": "kitaplatz_absage", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Kita-Finder München", "kitafinder-noreply@muenchen-kita.example.de"),
    "subject": "Ihre Vormerkung im Kita-Finder – Absage für den Eintrittstermin 01.09.2026",
    "date": "2026-04-09 13:00 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrte Eltern,

leider können wir Ihnen für Ihr Kind Mia Rennert zum gewünschten Eintrittstermin 01.09.2026 in keiner der von Ihnen ausgewählten Einrichtungen einen Platz anbieten.

Ihre Vormerkung bleibt bestehen und wird bei frei werdenden Plätzen automatisch berücksichtigt. Sie können Ihre Auswahl an Einrichtungen jederzeit im Kita-Finder erweitern.

Informationen zu Alternativen (Tagespflege, Eltern-Kind-Initiativen) erhalten Sie bei der Kita-Elternberatungsstelle.

Mit freundlichen Grüßen
Referat für Bildung und Sport – Kita-Finder

Diese Nachricht wurde automatisch erzeugt.
""",
})

# 21 -- webinar invitation from an insurance academy; talks about rejections and interviews.
add({
    "slug": "webinar_recruiting_trends", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Versicherungsakademie Rhein-Main", "events@vak-rheinmain.example.de"),
    "subject": "Webinar am 24.09.: Warum Bewerber absagen – und Interviews platzen",
    "date": "2026-09-03 10:00 +0200",
    "cte": "quoted-printable",
    "headers": {"List-Id": "<veranstaltungen.vak-rheinmain.example.de>",
             "List-Unsubscribe": "<https://mail.vak-rheinmain.example.de/u/9aa21c>",
             "Precedence": "bulk"},
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#e9edf2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;">
<tr><td><img src="https://mail.vak-rheinmain.example.de/img/header-webinar.jpg" alt="Versicherungsakademie Rhein-Main – Webinarreihe HR" width="600" style="display:block;"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:23px;color:#333;">
<h2 style="color:#8a1538;margin-top:0;">Warum Bewerber absagen – und Interviews platzen</h2>
<p><b>Donnerstag, 24. September 2026, 11:00–12:00 Uhr · online · kostenfrei</b></p>
<p>Jede dritte Zusage wird von Kandidat:innen wieder zurückgezogen, jedes zehnte Vorstellungsgespräch findet ohne Bewerber statt. Unsere Referentin Dr. Sabine Roth zeigt aktuelle Zahlen aus der Assekuranz und erklärt, wie Personalabteilungen mit Absagen, No-Shows und verschobenen Terminen professionell umgehen.</p>
<p style="text-align:center;"><a href="https://mail.vak-rheinmain.example.de/c/9aa21c/anmeldung-webinar-0924" style="background:#8a1538;color:#fff;padding:12px 24px;text-decoration:none;border-radius:3px;">Jetzt kostenlos anmelden</a></p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f4f4f4;font-size:11px;color:#777;">Versicherungsakademie Rhein-Main e.V. · Taunusanlage 8 · 60329 Frankfurt am Main · VR 14421 AG Frankfurt<br><a href="https://mail.vak-rheinmain.example.de/u/9aa21c" style="color:#777;">Vom Verteiler abmelden</a> · <a href="https://www.vak-rheinmain.example.de/impressum" style="color:#777;">Impressum</a></td></tr>
</table><img src="https://mail.vak-rheinmain.example.de/t/9aa21c/open.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

# 22 -- a former colleague passes on a job ad, du.
add({
    "slug": "kollege_stellentipp", "kind": "other", "company": "",
    "contact": "sandra.wimmer@gmx.example.de", "lang": "de",
    "sender": ("Sandra Wimmer", "sandra.wimmer@gmx.example.de"),
    "subject": "schau mal!",
    "date": "2026-02-28 13:27 +0100",
    "cte": "8bit",
    "text": """Hey Tobias,

bei uns in der Rückversicherung ist gerade eine Stelle als Junior Treaty Analyst rausgegangen – wäre das nicht was für dich? Ich hab mit dem Teamleiter gesprochen, der findet Leute aus der Schadenpraxis super. Wenn du magst, leite ich deinen CV intern weiter, dann gibt's auch die Empfehlungsprämie für mich 😉

https://karriere.example.de/stellen/junior-treaty-analyst-4471

Meld dich!
Sandra
""",
})

# 23 -- the candidate's own Swiss supplementary insurance declines a claim.
add({
    "slug": "leistung_abgelehnt_ch", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Krankenkasse Säntis", "noreply@kk-saentis.example.ch"),
    "subject": "Leistungsabrechnung vom 11.08.2026 – Ablehnung",
    "date": "2026-08-11 06:30 +0200",
    "cte": "quoted-printable",
    "text": """Grüezi Herr Rennert

Wir haben Ihre Rückforderung vom 29.07.2026 (Physiotherapie, Rechnung Nr. 2026-0712) geprüft.

Leider können wir die Kosten nicht übernehmen, da die Behandlung nicht von Ihrer Zusatzversicherung COMPLEMENTA abgedeckt ist und keine ärztliche Verordnung vorliegt. Die detaillierte Abrechnung finden Sie in Ihrem Kundenportal myKKS.

Sind Sie mit diesem Entscheid nicht einverstanden, können Sie innert 30 Tagen schriftlich Einsprache erheben.

Freundliche Grüsse
Krankenkasse Säntis

Diese E-Mail wurde automatisch versendet. Antworten werden nicht gelesen.
""",
})

# 24 -- a Viennese friend about his own interview; du, Austrian.
add({
    "slug": "wiener_freund_eigenes_gespraech", "kind": "other", "company": "",
    "contact": "lukas.pichler@chello.example.at", "lang": "de",
    "sender": ("Lukas Pichler", "lukas.pichler@chello.example.at"),
    "subject": "na, wie geht's?",
    "date": "2026-05-19 23:05 +0200",
    "cte": "8bit",
    "text": """Servus Tobi!

Ewig nix gehört – wie schaut's bei dir mit der Jobsuche aus?

Ich hatte heut in der Früh mein Vorstellungsgespräch bei der Versicherung am Schwarzenbergplatz (ja, genau die, wo du auch warst, haha). Zwei Stunden mit dem Abteilungsleiter, ziemlich fordernd, aber eigentlich ganz leiwand. Jetzt heißt's warten, sie melden sich in zwei Wochen. Drück mir die Daumen!

Wenn du im Sommer in Wien bist, gemma auf ein Spritzer.

Baba
Lukas
""",
})

# 25 -- a platform notifies of a recruiter message (notification, no reply address).
add({
    "slug": "plattform_neue_nachricht", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Businessnetz", "mitteilungen@businessnetz.example.de"),
    "subject": "Neue Nachricht von Carina Vogt (Personalberaterin)",
    "date": "2026-07-30 19:44 +0200",
    "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:16px;">
<tr><td style="padding:16px 24px;"><img src="https://static.businessnetz.example.de/mail/bn-logo.png" alt="Businessnetz" height="26"></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:15px;line-height:22px;color:#333;">
<p>Hallo Tobias,</p>
<p><b>Carina Vogt</b>, Personalberaterin bei einer Düsseldorfer Personalberatung, hat Ihnen eine Nachricht geschickt:</p>
<p style="background:#f7f7f7;padding:12px;border-radius:6px;">„Hallo Herr Rennert, ich habe eine interessante Vakanz im Bereich Schaden-Controlling, die zu Ihrem Profil passen könnte. Hätten Sie Zeit für …“</p>
<p><a href="https://www.businessnetz.example.de/r/nachrichten/88421?trk=msg_mail" style="background:#006567;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Nachricht lesen und antworten</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;border-top:1px solid #eee;">Bitte antworten Sie nicht auf diese E-Mail – antworten Sie direkt auf Businessnetz. · <a href="https://www.businessnetz.example.de/einstellungen/mail/aus?t=messages" style="color:#999;">Benachrichtigungen abbestellen</a></td></tr>
</table><img src="https://t.businessnetz.example.de/o/msg/88421.gif" width="1" height="1" alt=""></body></html>
""",
})

# 26 -- the candidate himself declines an offer (his own sent mail: other, no contact).
add({
    "slug": "eigene_absage_angebot", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ME, "to": ("Daniel Oswald", "daniel@schadenfix.example.de"),
    "cc": [("Nina Osterkamp", "n.osterkamp@talentbruecke.example.de")],
    "subject": "Ihr Angebot – meine Entscheidung",
    "date": "2026-06-05 09:30 +0200",
    "mid": "<CAF7r3nnert+Sf4dE8x@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Lieber Herr Oswald,

vielen Dank für Ihr schriftliches Angebot und die offenen Gespräche der letzten Wochen. Das Team und die Idee hinter Schadenfix haben mich wirklich begeistert.

Nach langem Überlegen habe ich mich dennoch entschieden, Ihr Angebot nicht anzunehmen: Ich habe eine Zusage für eine Stelle im Underwriting erhalten, die mich meinem langfristigen Ziel, Aktuar zu werden, näher bringt. Diese Absage fällt mir nicht leicht.

Ich wünsche Ihnen und dem ganzen Team viel Erfolg und würde mich freuen, wenn wir in Kontakt bleiben.

Herzliche Grüße
Tobias Rennert
""",
})

# 27 -- the actuarial association's member newsletter with a job market section.
add({
    "slug": "verband_newsletter_stellenmarkt", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Aktuarvereinigung Süd – Mitgliederinfo", "info@aktuarvereinigung-sued.example.de"),
    "subject": "Mitgliederinfo 05/2026: Prüfungstermine, Stammtisch, Stellenmarkt",
    "date": "2026-05-26 17:10 +0200",
    "cte": "quoted-printable",
    "headers": {"List-Id": "Mitgliederinfo <mitglieder.aktuarvereinigung-sued.example.de>",
             "List-Unsubscribe": "<mailto:info@aktuarvereinigung-sued.example.de?subject=Abmeldung%20Mitgliederinfo>",
             "Precedence": "list"},
    "text": """Liebe Mitglieder,

1) Prüfungstermine Herbst 2026
Die Anmeldung für die Prüfungen im November ist ab sofort bis 15. Juli möglich.

2) Münchner Stammtisch
Nächster Stammtisch am 18. Juni ab 19 Uhr im Augustiner am Dom. Thema: „Vom Schaden ins Aktuariat – Erfahrungsberichte von Quereinsteigern“.

3) Stellenmarkt
- Aktuar (m/w/d) Leben – Versicherungsgruppe, München
- Referent Risikomanagement – Pensionskasse, Köln
- Trainee Aktuariat – Rückversicherer, Zürich
Alle Anzeigen: https://www.aktuarvereinigung-sued.example.de/stellenmarkt

Herzliche Grüße
Ihre Geschäftsstelle

Aktuarvereinigung Süd e.V. · Brienner Straße 11 · 80333 München
Abmeldung: Antwort mit Betreff „Abmeldung Mitgliederinfo“
""",
    "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1b1b1b">
<p>Liebe Mitglieder,</p>
<h3 style="color:#2c4f7c">1) Prüfungstermine Herbst 2026</h3>
<p>Die Anmeldung für die Prüfungen im November ist ab sofort bis 15. Juli möglich.</p>
<h3 style="color:#2c4f7c">2) Münchner Stammtisch</h3>
<p>Nächster Stammtisch am 18. Juni ab 19 Uhr im Augustiner am Dom. Thema: „Vom Schaden ins Aktuariat – Erfahrungsberichte von Quereinsteigern“.</p>
<h3 style="color:#2c4f7c">3) Stellenmarkt</h3>
<ul><li>Aktuar (m/w/d) Leben – Versicherungsgruppe, München</li><li>Referent Risikomanagement – Pensionskasse, Köln</li><li>Trainee Aktuariat – Rückversicherer, Zürich</li></ul>
<p><a href="https://www.aktuarvereinigung-sued.example.de/stellenmarkt">Alle Anzeigen</a></p>
<p>Herzliche Grüße<br>Ihre Geschäftsstelle</p>
<p style="font-size:8pt;color:#777">Aktuarvereinigung Süd e.V. · Brienner Straße 11 · 80333 München<br>Abmeldung: Antwort mit Betreff „Abmeldung Mitgliederinfo“</p>
</body></html>
""",
})

# 28 -- a gym: membership application received.
add({
    "slug": "fitness_mitgliedsantrag", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("BOULDERWERK München", "hallo@boulderwerk.example.de"),
    "subject": "Dein Mitgliedsantrag ist eingegangen 💪",
    "date": "2026-01-07 19:20 +0100",
    "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="background:#111;margin:0;font-family:Helvetica,Arial,sans-serif;">
<div style="max-width:540px;margin:0 auto;background:#1d1d1d;color:#f2f2f2;padding:28px;">
<img src="https://boulderwerk.example.de/mail/logo-neon.png" alt="BOULDERWERK" height="40">
<h1 style="color:#c6ff00;font-size:24px;">Willkommen an der Wand, Tobias!</h1>
<p>Dein Mitgliedsantrag (Tarif „Flex 12“) ist bei uns eingegangen. Sobald die erste Lastschrift durch ist, schalten wir deine Karte frei – meistens innerhalb von 2 Tagen.</p>
<p>Dein Einführungskurs: <b>Samstag, 10.01., 11:00 Uhr</b>. Bring bequeme Sachen mit, Schuhe kannst du leihen.</p>
<p><a href="https://boulderwerk.example.de/app?utm_source=mail&amp;utm_campaign=welcome" style="color:#c6ff00;">App herunterladen</a> · <a href="https://www.instagram.com/boulderwerk.example" style="color:#c6ff00;">Instagram</a></p>
<p style="font-size:11px;color:#888;">BOULDERWERK GmbH · Landsberger Str. 290 · 80687 München · <a href="https://boulderwerk.example.de/newsletter/abmelden" style="color:#888;">Abmelden</a></p>
</div></body></html>
""",
})

# 29 -- en: a friend in Dublin about her own final round.
add({
    "slug": "friend_dublin_final_round", "kind": "other", "company": "",
    "contact": "niamh.gallagher@eircom.example.ie", "lang": "en",
    "sender": ("Niamh Gallagher", "niamh.gallagher@eircom.example.ie"),
    "subject": "Re: Dublin plans??",
    "date": "2026-06-26 21:37 +0100",
    "reply": "<CAF7r3nnert+Ng5dB1q@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Tobias!!

Had my final round at the Ballsbridge syndicate today – four interviews back to back and a case study on motor reserving, I'm wrecked. They said they'd let me know by Friday. Honestly no idea how it went, the Head of Pricing barely smiled.

And sorry to hear about Harcourt, their loss. If you do end up moving over you can stay on our couch in Rathmines until you find a place, I mean it.

Talk soon,
Niamh x

On Thu, 25 Jun 2026 at 19:12, Tobias Rennert <tobias.rennert@example.de> wrote:
> Hey Niamh, quick update: Harcourt rejected me after the final round :(
> But I'm hoping for an interview invitation from Clontarf soon. Fingers crossed!
""",
})

# 30 -- en: a user-research interview, sent through a tool with the researcher in Reply-To.
add({
    "slug": "user_research_interview", "kind": "other", "company": "",
    "contact": "priya.nair@covermate.example.com", "lang": "en",
    "sender": ("Priya from Covermate", "research-noreply@covermate.example.com"),
    "reply_to": ("Priya Nair", "priya.nair@covermate.example.com"),
    "subject": "Quick favour? 30-min user interview (€40 voucher)",
    "date": "2026-03-18 11:02 +0100",
    "cte": "quoted-printable",
    "text": """Hi Tobias,

I'm Priya, a UX researcher at Covermate. You recently used our claims tool to report a bike theft, and we'd love to hear about your experience.

Would you be up for a 30-minute user interview over video? We'll ask how you filed the claim, what was confusing and what you'd change. As a thank-you you'll get a €40 voucher.

Pick a slot here: https://calendly.example.com/covermate-research/30min

This isn't a sales call and nothing you say will affect your claim. Any questions, just reply to this email.

Thanks!
Priya Nair
Senior UX Researcher, Covermate
""",
})

# 31 -- en: a parcel is delayed ("unfortunately").
add({
    "slug": "package_delayed", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("ParcelPoint", "no-reply@parcelpoint.example.com"),
    "subject": "Unfortunately your package is delayed",
    "date": "2026-02-06 08:15 +0100",
    "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#fafafa;font-family:Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:16px;border:1px solid #eee;">
<tr><td style="padding:16px 24px;background:#4b2e83;"><img src="https://assets.parcelpoint.example.com/email/logo-white.png" alt="ParcelPoint" height="26"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333;">
<p>Hi Tobias,</p>
<p>Unfortunately your package <b>PP-7740-2291-DE</b> from <i>Bookshelf Online</i> is delayed due to severe weather at our Leipzig hub.</p>
<p>New estimated delivery: <b>Tuesday, 10 February</b>.</p>
<p><a href="https://track.parcelpoint.example.com/t/PP-7740-2291-DE?utm_source=email&amp;utm_campaign=delay" style="background:#4b2e83;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Track your package</a></p>
<p>We're sorry for the inconvenience.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">ParcelPoint Europe B.V. · Keizersgracht 100 · Amsterdam · This mailbox is not monitored. <a href="https://parcelpoint.example.com/preferences" style="color:#999;">Email preferences</a></td></tr>
</table><img src="https://track.parcelpoint.example.com/o/PP-7740-2291-DE.gif" width="1" height="1" alt=""></body></html>
""",
})

# 32 -- en: a career site's digest of interview questions and rejection stories.
add({
    "slug": "career_digest_interview_questions", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("CareerCompass", "digest@careercompass.example.com"),
    "subject": "Underwriting Analyst interview questions – and why candidates get rejected",
    "date": "2026-08-08 14:00 +0200",
    "cte": "quoted-printable",
    "headers": {"List-Id": "CareerCompass weekly <weekly.careercompass.example.com>",
             "List-Unsubscribe": "<https://www.careercompass.example.com/unsubscribe?e=tr&list=weekly>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;border-bottom:1px solid #e3e8ec;"><img src="https://cdn.careercompass.example.com/email/cc-logo.png" alt="CareerCompass" height="28"></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:23px;color:#222;">
<h2 style="margin-top:0;">Your weekly digest</h2>
<p><b>"Walk me through a loss you'd decline to write."</b> – 214 candidates shared the questions they were asked in Underwriting Analyst interviews this month. <a href="https://www.careercompass.example.com/r/8812/interview-questions-underwriting?utm_source=digest">Read them</a></p>
<p><b>"We've decided to move forward with other candidates."</b> What recruiters actually mean by the standard rejection email, and whether to ask for feedback. <a href="https://www.careercompass.example.com/r/8813/decoding-rejection-emails?utm_source=digest">Read more</a></p>
<p><b>Missed an interview?</b> How to apologise and ask for a second chance without burning the bridge. <a href="https://www.careercompass.example.com/r/8814/missed-interview?utm_source=digest">Read more</a></p>
<p><b>New jobs for you:</b> <a href="https://www.careercompass.example.com/r/8815/job/551">Underwriting Analyst – Dublin</a> · <a href="https://www.careercompass.example.com/r/8815/job/552">Pricing Actuary – Zurich</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;background:#f7f9fa;">CareerCompass Inc., 500 Market Street, San Francisco, CA 94105. You're receiving this because you signed up for weekly digests. <a href="https://www.careercompass.example.com/unsubscribe?e=tr&amp;list=weekly" style="color:#888;">Unsubscribe</a></td></tr>
</table><img src="https://www.careercompass.example.com/o/8812.gif" width="1" height="1" alt=""></body></html>
""",
})

# 33 -- en: out-of-office reply from a Dublin recruiter.
add({
    "slug": "out_of_office_dublin", "kind": "other", "company": "",
    "contact": "siobhan.kelly@clontarf-insurance.example.ie", "lang": "en",
    "sender": ("Siobhán Kelly", "siobhan.kelly@clontarf-insurance.example.ie"),
    "subject": "Automatic reply: Contract questions",
    "date": "2026-07-29 09:01 +0100",
    "reply": "<CAF7r3nnert+Cl8oO3f@mail.example.de>",
    "cte": "quoted-printable",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Thank you for your email. I am on annual leave until Monday 10 August with limited access to email.

For anything urgent regarding interviews or offers, please contact talent@clontarf-insurance.example.ie and a member of the team will help.

Kind regards,
Siobhán Kelly
Talent Acquisition Coordinator, Clontarf Insurance Group
""",
})

# 34 -- en: recruiter cold outreach, nothing more.
add({
    "slug": "cold_outreach_dublin", "kind": "other", "company": "",
    "contact": "ben.walsh@emeraldtalent.example.ie", "lang": "en",
    "sender": ("Ben Walsh", "ben.walsh@emeraldtalent.example.ie"),
    "subject": "Following up",
    "date": "2026-10-01 15:22 +0100",
    "reply": "<DU0PR09MB7311A2B3C4D5E6F7A8B9C0D1E2@DU0PR09MB7311.eurprd09.prod.outlook.com>",
    "cte": "7bit", "charset": "us-ascii",
    "text": """Hi Tobias,

Following up on my note from last week in case it got buried. I'm working on a couple of pricing and underwriting roles in Dublin and Cork (hybrid, relocation support), and your mix of claims and analytics stood out.

Would you be open to a quick 10-minute chat sometime this week? No pressure at all if the timing isn't right.

Best,
Ben Walsh
Emerald Talent | Insurance & Actuarial
+353 1 555 8801

From: Ben Walsh <ben.walsh@emeraldtalent.example.ie>
Sent: Thursday, September 24, 2026 10:02 AM
To: Tobias Rennert <tobias.rennert@example.de>
Subject: Pricing & underwriting roles in Dublin

Hi Tobias,

I came across your profile and think you'd be a great fit for a client of mine. If you're interested, I could set up an interview with their Head of Underwriting very quickly. Unfortunately the other role I mentioned on the phone has been filled, but this one is even closer to what you're after.

Best,
Ben
""",
})

# 35 -- en: the candidate's own thank-you note after an interview.
add({
    "slug": "own_thank_you_note", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ME, "to": ("Aoife Brennan", "aoife.brennan@harcourt-re.example.ie"),
    "subject": "Thank you – Casualty Underwriting Analyst",
    "date": "2026-05-26 18:40 +0200",
    "mid": "<CAF7r3nnert+Hc7tY2n@mail.example.de>",
    "reply": "<CAF7r3nnert+Hc2aQ8w@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Hi Aoife,

Thank you – and please pass on my thanks to Rob – for the conversation this afternoon. I really enjoyed hearing how the casualty team approaches long-tail reserving, and it confirmed how much I would like to make the move from claims into underwriting.

I'm looking forward to hearing about next steps and would be glad to come to Dublin for a final round.

Best regards,
Tobias
""",
})

# 36 -- en: a meetup RSVP whose talk title speaks of rejections.
add({
    "slug": "meetup_rsvp", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("InsurTech Dublin Meetup", "info@meetup-mail.example.com"),
    "subject": "You're going: \"We rejected 500 candidates – what we learned\"",
    "date": "2026-09-16 12:00 +0100",
    "cte": "quoted-printable",
    "text": "auto",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Graphik,Helvetica,Arial,sans-serif;background:#f6f7f8;margin:0;">
<div style="max-width:540px;margin:0 auto;background:#fff;padding:24px;">
<img src="https://cdn.meetup-mail.example.com/img/logo-red.png" alt="Meetup" height="28">
<h2>You're going!</h2>
<p><b>We rejected 500 candidates – what we learned about hiring actuaries</b><br>InsurTech Dublin · Thursday, 1 October 2026, 18:30 IST · Dogpatch Labs, CHQ Building, Dublin 1</p>
<p>Add it to your calendar: <a href="https://www.meetup-mail.example.com/insurtech-dublin/events/30118/ical?utm_source=rsvp">iCal</a> · <a href="https://www.meetup-mail.example.com/insurtech-dublin/events/30118/google?utm_source=rsvp">Google</a></p>
<p>Can't make it anymore? <a href="https://www.meetup-mail.example.com/insurtech-dublin/events/30118/rsvp/no">Update your RSVP</a> so someone on the waitlist can take your spot.</p>
<p style="font-size:11px;color:#888;">Meetup LLC, PO Box 4668 #37895, New York, NY 10163-4668. <a href="https://www.meetup-mail.example.com/account/comm/?utm_source=rsvp" style="color:#888;">Manage notifications</a></p>
</div><img src="https://www.meetup-mail.example.com/o/30118.gif" width="1" height="1" alt=""></body></html>
""",
})

# 37 -- en: an exam application received (professional body).
add({
    "slug": "exam_application_received", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Institute of Risk Actuaries", "exams-noreply@riskactuaries.example.org"),
    "subject": "Exam booking confirmation – RA2 Statistical Methods (September 2026 session)",
    "date": "2026-06-30 10:20 +0100",
    "cte": "quoted-printable",
    "text": """Dear Tobias Rennert,

Your application to sit RA2 Statistical Methods in the September 2026 session has been received and your booking is confirmed.

Candidate number: 2026-88413
Exam date: 22 September 2026, 09:30 (UK time), online proctored

Your exam fee of £345 has been processed. Please make sure your identity documents match the name on your account.

Best of luck with your studies.

Examinations Team
Institute of Risk Actuaries
This is an automated message – please do not reply.
""",
})

# 38 -- en: a travel insurer declines the candidate's own claim.
add({
    "slug": "own_claim_declined", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Brightsure Claims", "claims-noreply@brightsure.example.com"),
    "subject": "Update on your claim BS-22918: declined",
    "date": "2026-10-09 09:42 +0200",
    "cte": "base64",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f9f9fb;font-family:Inter,Arial,sans-serif;">
<div style="max-width:540px;margin:20px auto;background:#fff;border-radius:10px;padding:28px;border:1px solid #ececf2;">
<img src="https://static.brightsure.example.com/mail/logo.png" alt="Brightsure" height="28">
<p>Hi Tobias,</p>
<p>We've finished reviewing your trip cancellation claim <b>BS-22918</b> (Lisbon, 3–7 October).</p>
<p>Unfortunately we're unable to pay this claim. Your policy covers cancellation for illness or injury, but the reason you gave – a change in your work schedule – is listed as an exclusion in section 4.2 of your policy wording.</p>
<p>If you think we've got this wrong, you can <a href="https://app.brightsure.example.com/claims/BS-22918/appeal?utm_source=email">appeal the decision</a> within 30 days.</p>
<p>The Brightsure Claims Team</p>
<p style="font-size:11px;color:#999;">Brightsure is a trading name of Brightsure Insurance Europe DAC, regulated by the Central Bank of Ireland. Registered in Ireland No. 661203. <a href="https://brightsure.example.com/preferences" style="color:#999;">Email preferences</a></p>
</div><img src="https://app.brightsure.example.com/o/BS-22918.gif" width="1" height="1" alt=""></body></html>
""",
})

# 39 -- en: a Dublin flat viewing cancelled through a property portal.
add({
    "slug": "viewing_cancelled", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Rentalia.ie", "alerts@rentalia.example.ie"),
    "subject": "Viewing cancelled: 2-bed apartment, Ranelagh, Dublin 6",
    "date": "2026-08-26 17:05 +0100",
    "cte": "quoted-printable",
    "text": """Hi Tobias,

The agent has cancelled the viewing you booked for Saturday 29 August at 11:00 at 14 Ranelagh Road, Dublin 6 – the property is no longer available.

We've found 6 similar properties in Dublin 6 that match your search: https://www.rentalia.example.ie/search/dublin-6?ref=cancel

Good luck with your search!
The Rentalia team

You're receiving this because you booked a viewing on Rentalia.ie. Manage alerts: https://www.rentalia.example.ie/account/alerts
""",
    "html": """<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Hi Tobias,</p>
<p>The agent has cancelled the viewing you booked for <b>Saturday 29 August at 11:00</b> at 14 Ranelagh Road, Dublin 6 – the property is no longer available.</p>
<p>We've found <a href="https://www.rentalia.example.ie/search/dublin-6?ref=cancel">6 similar properties in Dublin 6</a> that match your search.</p>
<p>Good luck with your search!<br>The Rentalia team</p>
<p style="font-size:11px;color:#999">You're receiving this because you booked a viewing on Rentalia.ie. <a href="https://www.rentalia.example.ie/account/alerts">Manage alerts</a></p>
</body></html>
""",
})

# 40 -- fr: a friend tells about her own interview, tu; Gmail.
add({
    "slug": "amie_son_entretien", "kind": "other", "company": "",
    "contact": "claire.dubois@free.example.fr", "lang": "fr",
    "sender": ("Claire Dubois", "claire.dubois@free.example.fr"),
    "subject": "Re: des nouvelles ?",
    "date": "2026-05-08 20:11 +0200",
    "reply": "<CAF7r3nnert+Cd3uP6v@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Coucou Tobias,

Alors moi j'ai passé mon entretien chez la mutuelle à Nantes mardi : trois personnes en face, une heure et demie, et une étude de cas sur la tarification santé. Je crois que ça s'est bien passé mais ils m'ont dit qu'ils voyaient encore deux candidats, donc verdict dans dix jours…

Et toi, le Groupe Vendôme, c'était comment ? Raconte !!

Bises,
Claire

Le mer. 6 mai 2026 à 22:40, Tobias Rennert <tobias.rennert@example.de> a écrit :
> Salut Claire ! J'ai eu mon entretien avec le Groupe Vendôme ce matin, je
> te raconte vite. Et ton entretien à Nantes ?
""",
})

# 41 -- fr: a job-alert digest in French.
add({
    "slug": "alerte_offres_semaine", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Cadremploi Assurance – Alertes", "alertes@cadres-assurance.example.fr"),
    "subject": "8 nouvelles offres « souscripteur » à Paris cette semaine",
    "date": "2026-04-06 07:30 +0200",
    "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.cadres-assurance.example.fr/alertes/desabonnement?id=AL-99120>",
             "Precedence": "bulk"},
    "html": """<html lang="fr"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:14px 24px;background:#0d2c54;"><img src="https://cdn.cadres-assurance.example.fr/mail/logo.png" alt="Cadres Assurance" height="28"></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;color:#222;">Bonjour Tobias, voici les nouvelles offres correspondant à votre alerte <b>« souscripteur – Paris »</b> :</td></tr>
<tr><td style="padding:0 24px;font-size:14px;line-height:22px;">
<p><a href="https://t.cadres-assurance.example.fr/c/AL-99120/o/5512">Souscripteur IARD Entreprises H/F</a> – Groupe Assurances Vendôme – Paris 1er</p>
<p><a href="https://t.cadres-assurance.example.fr/c/AL-99120/o/5518">Souscripteur Flottes Automobiles</a> – Cabinet de courtage – Paris 8e</p>
<p><a href="https://t.cadres-assurance.example.fr/c/AL-99120/o/5521">Chargé de souscription Construction</a> – Mutuelle – La Défense</p>
<p><a href="https://t.cadres-assurance.example.fr/c/AL-99120/o/5530">Underwriter Cyber (anglais courant)</a> – Assureur spécialisé – Paris 9e</p>
</td></tr>
<tr><td style="padding:16px 24px;"><a href="https://t.cadres-assurance.example.fr/c/AL-99120/all" style="background:#e4572e;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px;">Voir les 8 offres</a></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee;">Vous recevez cet e-mail car vous avez créé une alerte. <a href="https://www.cadres-assurance.example.fr/alertes/desabonnement?id=AL-99120" style="color:#888;">Se désabonner</a> · Cadres Assurance SAS, 12 rue d'Uzès, 75002 Paris</td></tr>
</table><img src="https://t.cadres-assurance.example.fr/o/AL-99120.gif" width="1" height="1" alt=""></body></html>
""",
})

# 42 -- fr: a parcel is delayed ("malheureusement").
add({
    "slug": "colis_retarde", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Colissimo Express", "ne-pas-repondre@colis-express.example.fr"),
    "subject": "Votre colis est retardé",
    "date": "2026-09-18 11:11 +0200",
    "cte": "quoted-printable",
    "html": """<html lang="fr"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f7f7f7;margin:0;">
<div style="max-width:540px;margin:16px auto;background:#fff;padding:24px;">
<img src="https://www.colis-express.example.fr/mail/logo.png" alt="Colissimo Express" height="30">
<p>Bonjour,</p>
<p>Malheureusement, votre colis n° <b>6A22918837441</b> est retardé suite à un incident de tri sur notre plateforme de Roissy. Il sera livré dans les meilleurs délais.</p>
<p><a href="https://www.colis-express.example.fr/suivi?n=6A22918837441&amp;utm_source=mail">Suivre mon colis</a></p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
<p style="font-size:11px;color:#999;">Ceci est un message automatique, merci de ne pas y répondre.</p>
</div></body></html>
""",
})

# 43 -- fr: a bank refuses a mortgage (bank: never a contact).
add({
    "slug": "pret_refuse", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Banque Rhénane – Service Crédit", "credit@banque-rhenane.example.fr"),
    "subject": "Votre demande de prêt immobilier n° PI-2026-1142",
    "date": "2026-07-02 16:48 +0200",
    "cte": "quoted-printable",
    "text": """Monsieur,

Nous faisons suite à votre demande de prêt immobilier d'un montant de 320 000 € en vue de l'acquisition d'un appartement à Strasbourg.

Après étude de votre dossier par notre comité de crédit, nous avons le regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre demande, le taux d'endettement dépassant 35 % des revenus.

Nous restons à votre disposition pour étudier un nouveau projet.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Service Crédit Immobilier
Banque Rhénane – SA au capital de 48 000 000 € – RCS Strasbourg 552 555 018
""",
})

# 44 -- fr: a doctor's appointment cancelled (booking platform), text and HTML.
add({
    "slug": "rendez_vous_annule", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("SantéRDV", "no-reply@santerdv.example.fr"),
    "subject": "Votre rendez-vous du 15 juin a été annulé",
    "date": "2026-06-12 08:02 +0200",
    "cte": "quoted-printable",
    "text": """Bonjour Tobias Rennert,

Votre rendez-vous du lundi 15 juin 2026 à 10h20 avec Dr Anne Marchal (médecin généraliste) a été annulé par le cabinet.

Vous pouvez reprendre rendez-vous en ligne : https://www.santerdv.example.fr/dr-anne-marchal/rdv

L'équipe SantéRDV
""",
    "html": """<html><body style="font-family:Arial,sans-serif;background:#eef3f8">
<div style="max-width:520px;margin:16px auto;background:#fff;padding:20px;border-radius:6px">
<img src="https://cdn.santerdv.example.fr/mail/logo.png" alt="SantéRDV" height="26">
<p>Bonjour Tobias Rennert,</p>
<p>Votre rendez-vous du <b>lundi 15 juin 2026 à 10h20</b> avec Dr Anne Marchal (médecin généraliste) a été <b>annulé</b> par le cabinet.</p>
<p><a href="https://www.santerdv.example.fr/dr-anne-marchal/rdv?utm_source=annulation" style="background:#0596de;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Reprendre rendez-vous</a></p>
<p style="font-size:11px;color:#888">L'équipe SantéRDV · <a href="https://www.santerdv.example.fr/compte/notifications">Gérer mes notifications</a></p>
</div></body></html>
""",
})

# 45 -- fr: the candidate's own speculative application.
add({
    "slug": "propre_candidature_spontanee", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ME, "to": ("Recrutement Moselle Assurances", "recrutement@moselle-assurances.example.lu"),
    "subject": "Candidature spontanée – souscription / actuariat",
    "date": "2026-01-08 20:05 +0100",
    "mid": "<CAF7r3nnert+Mo1sC4a@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Madame, Monsieur,

Gestionnaire sinistres depuis sept ans au sein d'un assureur IARD munichois, je souhaite aujourd'hui évoluer vers la souscription ou l'actuariat. Le marché luxembourgeois, sa dimension internationale et la place qu'y occupent les sociétés de réassurance m'attirent particulièrement.

Je me permets donc de vous adresser ma candidature spontanée. Je parle allemand, anglais et français, et j'ai développé des outils d'analyse des provisions en Python.

Je serais heureux de pouvoir vous présenter mon parcours lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Tobias Rennert
""",
})

# 46 -- fr: out-of-office reply of a Paris consultant (Auto-Submitted).
add({
    "slug": "reponse_automatique_absente", "kind": "other", "company": "",
    "contact": "c.mercier@rivoli-talents.example.fr", "lang": "fr",
    "sender": ("Camille Mercier", "c.mercier@rivoli-talents.example.fr"),
    "subject": "Réponse automatique : Absente du bureau",
    "date": "2026-08-10 09:14 +0200",
    "reply": "<CAF7r3nnert+Rv2aB9e@mail.example.de>",
    "cte": "quoted-printable",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Bonjour,

Je suis en congés jusqu'au lundi 24 août inclus, avec un accès très limité à mes e-mails.

Pour toute urgence, vous pouvez contacter ma collègue Élodie Fabre : e.fabre@rivoli-talents.example.fr – 01 55 55 43 22.

Bien cordialement,
Camille Mercier
RIVOLI TALENTS
""",
})

# 47 -- fr: a trade journalist asks for an interview for an article.
add({
    "slug": "journaliste_entretien_article", "kind": "other", "company": "",
    "contact": "l.perrin@gazette-assurance.example.fr", "lang": "fr",
    "sender": ("Louise Perrin", "l.perrin@gazette-assurance.example.fr"),
    "subject": "Demande d'entretien – article sur l'IA dans la gestion des sinistres",
    "date": "2026-09-29 10:26 +0200",
    "cte": "quoted-printable",
    "text": """Bonjour Monsieur Rennert,

Je suis journaliste à La Gazette de l'Assurance et je prépare un dossier sur l'usage de l'intelligence artificielle dans la gestion des sinistres en Europe. J'ai lu avec intérêt votre intervention au meetup InsurTech de Dublin.

Accepteriez-vous de m'accorder un entretien téléphonique d'une vingtaine de minutes la semaine prochaine ? Vos propos seraient relus par vos soins avant publication.

Bien cordialement,

Louise Perrin
Journaliste – La Gazette de l'Assurance
06 55 55 71 18
""",
})

# 48 -- fr: an association's webinar on succeeding in interviews.
add({
    "slug": "webinaire_reussir_entretiens", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Association des Jeunes Actuaires", "communication@jeunes-actuaires.example.fr"),
    "subject": "Webinaire : réussir ses entretiens (et rebondir après un refus)",
    "date": "2026-03-10 12:00 +0100",
    "cte": "quoted-printable",
    "headers": {"List-Id": "Lettre AJA <lettre.jeunes-actuaires.example.fr>",
             "List-Unsubscribe": "<https://jeunes-actuaires.example.fr/lettre/desinscription?u=tr55>",
             "Precedence": "bulk"},
    "html": """<html lang="fr"><head><meta charset="utf-8"></head><body style="margin:0;background:#eaeef3;font-family:Helvetica,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;border-bottom:4px solid #f0a500;"><img src="https://jeunes-actuaires.example.fr/img/aja-logo.png" alt="Association des Jeunes Actuaires" height="40"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:23px;color:#333;">
<h2 style="margin-top:0;color:#1c3d5a;">Réussir ses entretiens (et rebondir après un refus)</h2>
<p><b>Jeudi 26 mars 2026 – 12h30 à 13h30 – en ligne</b></p>
<p>Études de cas techniques, questions sur la certification, entretien avec un associé… Deux recruteuses spécialisées partagent leurs conseils pour préparer vos entretiens, et expliquent comment réagir à une réponse négative ou à un entretien annulé.</p>
<p><a href="https://jeunes-actuaires.example.fr/c/tr55/inscription-webinaire-entretiens" style="background:#1c3d5a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Je m'inscris</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;background:#f5f5f5;">Association des Jeunes Actuaires – association loi 1901 – 4 rue Chauchat, 75009 Paris<br><a href="https://jeunes-actuaires.example.fr/lettre/desinscription?u=tr55" style="color:#888;">Se désinscrire</a></td></tr>
</table><img src="https://jeunes-actuaires.example.fr/o/tr55.gif" width="1" height="1" alt=""></body></html>
""",
})

# 49 -- fr: a Luxembourg administration confirms receipt of a request.
add({
    "slug": "demande_certificat_recue", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Guichet citoyen - Ville de Luxembourg", "ne-pas-repondre@guichet-vdl.example.lu"),
    "subject": "Votre demande a bien été reçue : certificat de résidence",
    "date": "2026-08-31 14:03 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable", "subject_cs": "iso-8859-1",
    "text": """Bonjour,

Votre demande de certificat de résidence (référence GC-2026-117702) a bien été reçue par le Bureau de la population.

Le certificat vous sera envoyé par voie postale sous cinq jours ouvrables. Aucune démarche supplémentaire n'est nécessaire de votre part.

Bureau de la population
Ville de Luxembourg

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
})

# 50 -- fr: recruiter cold outreach, no interview.
add({
    "slug": "approche_chasseur", "kind": "other", "company": "",
    "contact": "antoine.roux@opera-search.example.fr", "lang": "fr",
    "sender": ("Antoine Roux", "antoine.roux@opera-search.example.fr"),
    "subject": "Opportunité – Souscripteur IARD (Lyon)",
    "date": "2026-02-12 09:58 +0100",
    "cte": "quoted-printable",
    "text": """Bonjour Tobias,

Je me permets de vous contacter car votre parcours en gestion de sinistres IARD et votre appétence pour la data ont retenu mon attention.

J'accompagne actuellement un assureur régional dans le recrutement d'un souscripteur IARD entreprises pour son siège lyonnais. Seriez-vous ouvert à un premier échange informel, par téléphone, pour en discuter ?

Au plaisir de vous lire,

Antoine Roux
Manager – Opéra Search
+33 4 55 55 02 19
""",
})

# 51 -- es: a friend about her own rejection; "El ... escribió" chain.
add({
    "slug": "amiga_su_rechazo", "kind": "other", "company": "",
    "contact": "carmen.vidal@correo.example.es", "lang": "es",
    "sender": ("Carmen Vidal", "carmen.vidal@correo.example.es"),
    "subject": "Re: ¿Qué tal todo?",
    "date": "2026-09-12 23:17 +0200",
    "reply": "<CAF7r3nnert+Cv6eA2w@mail.example.de>",
    "cte": "8bit",
    "text": """¡Hola Tobias!

Qué alegría saber de ti. Yo sigo buscando: la semana pasada me rechazaron en la aseguradora de Valencia después de tres entrevistas, con el típico correo de «hemos decidido continuar con otros candidatos». Me dio mucha rabia porque el último día me dijeron que yo era su favorita…

Pero bueno, el lunes tengo otra entrevista en Madrid, ya te contaré. ¡Mucha suerte con lo de Zúrich!

Un beso,
Carmen

El jue, 10 sept 2026 a las 21:03, Tobias Rennert (<tobias.rennert@example.de>) escribió:
> Hola Carmen, ¿cómo vas? Yo tengo una entrevista con una reaseguradora en
> Zúrich la semana que viene. ¿Y tú, alguna novedad?
""",
})

# 52 -- es: a Spanish job board's alert digest.
add({
    "slug": "alertas_empleo", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("EmpleoSeguro Alertas", "alertas@empleoseguro.example.es"),
    "subject": "5 nuevas ofertas de «actuario» para ti",
    "date": "2026-10-12 08:00 +0200",
    "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.empleoseguro.example.es/alertas/baja?id=ES-3391>",
             "Precedence": "bulk"},
    "html": """<html lang="es"><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:14px 24px;background:#00897b;"><img src="https://cdn.empleoseguro.example.es/mail/logo-blanco.png" alt="EmpleoSeguro" height="28"></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;color:#222;">Hola Tobias, estas son las nuevas ofertas para tu alerta <b>«actuario»</b>:</td></tr>
<tr><td style="padding:0 24px;font-size:14px;line-height:22px;">
<p><a href="https://t.empleoseguro.example.es/c/ES-3391/o/771">Actuario No Vida – Madrid</a> · Aseguradora líder · 45.000–55.000 €</p>
<p><a href="https://t.empleoseguro.example.es/c/ES-3391/o/772">Técnico de Reaseguro – Barcelona</a> · Correduría internacional</p>
<p><a href="https://t.empleoseguro.example.es/c/ES-3391/o/775">Analista Actuarial Vida (alemán valorado) – Madrid</a></p>
</td></tr>
<tr><td style="padding:16px 24px;"><a href="https://t.empleoseguro.example.es/c/ES-3391/todas" style="background:#ff7043;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px;">Ver todas las ofertas</a></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee;">Recibes este correo porque creaste una alerta de empleo. <a href="https://www.empleoseguro.example.es/alertas/baja?id=ES-3391" style="color:#888;">Darse de baja</a> · EmpleoSeguro S.L., Calle de Alcalá 120, 28009 Madrid</td></tr>
</table><img src="https://t.empleoseguro.example.es/o/ES-3391.gif" width="1" height="1" alt=""></body></html>
""",
})
