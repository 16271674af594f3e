"""Everything else (hand-written): newsletters, alerts, other meanings of the words, friends, the
candidate's own mail, auto-replies and cold outreach. Kind `other`, company always empty."""

from __future__ import annotations

from msgs116_common import CAND, CAND_NAME, ME, pixel, quote, tracked

_LIST = "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"

MESSAGES = [
    # 1 -- career newsletter about rejections (list headers, many links)
    {
        "n": "newsletter_gruende_absage", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Karriere-Impulse", "newsletter@karriere-impulse.example.de"),
        "subject": "7 Gründe für eine Absage – und was Sie daraus lernen können",
        "date": "2026-02-03 06:30 +0100", "cte": "quoted-printable",
        "headers": [("List-Id", "Karriere-Impulse Wochenletter <wochenletter.karriere-impulse.example.de>"),
                 ("List-Unsubscribe", "<https://karriere-impulse.example.de/abmelden?id=44a1>, <mailto:abmelden@karriere-impulse.example.de>"),
                 _LIST, ("Precedence", "bulk")],
        "html": """<html><body style="margin:0;background:#fff8f0;font-family:Georgia,serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 28px;border-bottom:4px solid #e07a1f;"><img src="https://karriere-impulse.example.de/nl/logo.png" alt="Karriere-Impulse" height="40"></td></tr>
<tr><td style="padding:24px 28px;font-size:16px;line-height:1.6;color:#2b2b2b;">
<h1 style="font-size:24px;">7 Gründe für eine Absage – und was Sie daraus lernen können</h1>
<p>Eine Absage tut weh, besonders nach einem guten Vorstellungsgespräch. Doch hinter den Standardformulierungen („Wir haben uns für Kandidaten entschieden, deren Profil besser passt“) stecken oft ganz konkrete Gründe. Unsere Karriereberaterin Dr. Hanna Kessler erklärt, wie Sie sie entschlüsseln.</p>
<p><a href=\"""" + tracked("t.karriere-impulse.example.de", "w06a", "https://karriere-impulse.example.de/artikel/absage-gruende") + """\" style="color:#e07a1f;">Weiterlesen →</a></p>
<h2 style="font-size:19px;">Außerdem in dieser Ausgabe</h2>
<ul>
<li><a href=\"""" + tracked("t.karriere-impulse.example.de", "w06b", "https://karriere-impulse.example.de/artikel/quereinstieg-lehramt") + """\">Quereinstieg aus dem Lehramt: Diese Branchen suchen Sie</a></li>
<li><a href=\"""" + tracked("t.karriere-impulse.example.de", "w06c", "https://karriere-impulse.example.de/artikel/nachfassen") + """\">Nachfassen nach dem Interview – aber richtig</a></li>
<li><a href=\"""" + tracked("t.karriere-impulse.example.de", "w06d", "https://karriere-impulse.example.de/webinar") + """\">Live-Webinar: Gehaltsverhandlung für Einsteigerinnen</a></li>
</ul>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#999;background:#f7f7f7;">Sie erhalten diesen Newsletter, weil Sie sich auf karriere-impulse.example.de angemeldet haben.<br>
<a href="https://karriere-impulse.example.de/abmelden?id=44a1" style="color:#999;">Abmelden</a> · <a href="https://karriere-impulse.example.de/impressum" style="color:#999;">Impressum</a> · Karriere-Impulse Medien GmbH, Rosenthaler Straße 40, 10178 Berlin</td></tr>
</table></td></tr></table>
""" + pixel("https://t.karriere-impulse.example.de/open/w06.gif") + """
</body></html>
""",
    },
    # 2 -- job-alert digest
    {
        "n": "jobagent_digest_elearning_leipzig", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Stellenwerk24 Jobagent", "jobagent@stellenwerk24.example.de"),
        "subject": "12 neue Jobs für „E-Learning“ in Leipzig und Umgebung",
        "date": "2026-03-09 07:02 +0100", "cte": "base64",
        "headers": [("List-Unsubscribe", "<https://www.stellenwerk24.example.de/jobagent/abmelden?a=991>"), _LIST,
                 ("Precedence", "bulk")],
        "html": """<html><body style="margin:0;background:#eef2f6;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:14px 22px;background:#003a70;color:#fff;font-size:18px;">Ihr Jobagent: 12 neue Treffer</td></tr>
<tr><td style="padding:16px 22px;font-size:14px;color:#222;">
<p>Hallo Hannah, diese Stellen passen zu Ihrem Suchauftrag „E-Learning“ (Leipzig + 50 km):</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;">
<tr><td style="border-bottom:1px solid #eee;"><a href=\"""" + tracked("click.stellenwerk24.example.de", "ja1", "https://www.stellenwerk24.example.de/job/881201") + """\"><b>E-Learning-Autor:in (m/w/d)</b></a><br>Medienhaus Sachsen · Leipzig · Teilzeit möglich</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href=\"""" + tracked("click.stellenwerk24.example.de", "ja2", "https://www.stellenwerk24.example.de/job/880977") + """\"><b>Trainer für digitale Lernformate</b></a><br>Bildungszentrum Halle-Saale · Halle (Saale)</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href=\"""" + tracked("click.stellenwerk24.example.de", "ja3", "https://www.stellenwerk24.example.de/job/880612") + """\"><b>Referent Personalentwicklung (m/w/d)</b></a><br>Stadtwerke Markkleeberg · Markkleeberg</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href=\"""" + tracked("click.stellenwerk24.example.de", "ja4", "https://www.stellenwerk24.example.de/job/880455") + """\"><b>Learning Designer Moodle</b></a><br>eduvance GmbH · Remote / Berlin</td></tr>
</table>
<p><a href=\"""" + tracked("click.stellenwerk24.example.de", "ja9", "https://www.stellenwerk24.example.de/jobagent/treffer?a=991") + """\">Alle 12 Treffer ansehen</a></p>
<p style="font-size:12px;color:#666;">Tipp: Schon beworben? Unter „Meine Bewerbungen“ behalten Sie den Überblick über Zusagen und Absagen.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;background:#f0f0f0;"><a href="https://www.stellenwerk24.example.de/jobagent/abmelden?a=991" style="color:#888;">Jobagent pausieren oder löschen</a> · Stellenwerk24 GmbH, Berlin</td></tr>
</table></td></tr></table>
""" + pixel("https://click.stellenwerk24.example.de/open/ja.gif") + """
</body></html>
""",
    },
    # 3 -- podcast interview request from the host (a person)
    {
        "n": "podcast_interview_anfrage", "kind": "other", "company": "", "contact": "mara@lehrerzimmer-podcast.example.de",
        "lang": "de",
        "frm": ("Mara Lindqvist", "mara@lehrerzimmer-podcast.example.de"),
        "subject": "Anfrage: Interview für unseren Podcast „Lehrerzimmer“",
        "date": "2026-04-03 13:15 +0200", "cte": "quoted-printable",
        "text": """Liebe Hannah,

ich bin über deinen Blogbeitrag „Vom Klassenzimmer ins E-Learning“ gestolpert und fand ihn großartig. Ich moderiere zusammen mit Ben den Podcast „Lehrerzimmer“ (ca. 8.000 Hörer:innen pro Folge), in dem wir mit Lehrkräften über Schule, Burnout und Neuanfänge sprechen.

Hättest du Lust, Gast in einer Folge zu sein? Das Interview würden wir remote aufnehmen, etwa 60 Minuten, irgendwann im Mai. Vorbereiten musst du nichts – wir schicken dir vorher ein paar Leitfragen.

Ich würde mich sehr freuen!

Liebe Grüße
Mara

Mara Lindqvist
Lehrerzimmer – der Podcast aus dem Kollegium
www.lehrerzimmer-podcast.example.de · Instagram @lehrerzimmer.podcast
""",
    },
    # 4 -- press interview request from a journalist
    {
        "n": "press_interview_journalist", "kind": "other", "company": "", "contact": "f.gerber@leipziger-rundschau.example.de",
        "lang": "de",
        "frm": ("Felix Gerber", "f.gerber@leipziger-rundschau.example.de"),
        "subject": "Interviewanfrage: Lehrkräfte, die den Schuldienst verlassen",
        "date": "2026-06-18 10:22 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

ich bin Redakteur im Ressort Bildung der Leipziger Rundschau und arbeite an einer Reportage über Lehrerinnen und Lehrer, die den Schuldienst verlassen und in die Wirtschaft wechseln. Eine Kollegin aus Ihrem Netzwerk hat mir Ihren Namen genannt.

Wären Sie zu einem Interview (ca. 45 Minuten, gern in einem Café in der Südvorstadt oder telefonisch) bereit? Auf Wunsch können wir Ihren Namen auch abkürzen. Das Gespräch würde ich Ihnen vor der Veröffentlichung zur Freigabe vorlegen.

Über eine kurze Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen
Felix Gerber
Redaktion Bildung & Familie
Leipziger Rundschau
Peterssteinweg 19, 04107 Leipzig
Tel. 0341 2 18 10-455
""",
    },
    # 5 -- user-research interview (software company, no-reply)
    {
        "n": "user_research_interview_gutschein", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Lernlotse Research", "research-noreply@lernlotse.example.de"),
        "subject": "30 Minuten Interview, 25 € Gutschein – hilf uns, Lernlotse besser zu machen",
        "date": "2026-05-14 16:00 +0200", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://lernlotse.example.de/research/optout?u=h0w>")],
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#203040;">
<div style="max-width:560px;margin:0 auto;padding:20px;">
<img src="https://lernlotse.example.de/mail/lernlotse.png" alt="Lernlotse" height="32">
<p>Hallo Hannah,</p>
<p>du nutzt Lernlotse seit einigen Monaten für deine Unterrichtsplanung. Wir möchten verstehen, wie Lehrkräfte mit unserer App arbeiten – und was sie nervt.</p>
<p>Hast du Lust auf ein <b>30-minütiges Interview</b> per Video mit unserem UX-Team? Als Dankeschön bekommst du einen <b>25-€-Gutschein</b> für eine Buchhandlung deiner Wahl.</p>
<p><a href=\"""" + tracked("mail.lernlotse.example.de", "rs22", "https://lernlotse.example.de/research/termin") + """\" style="background:#2a9d8f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:5px;">Interviewtermin auswählen</a></p>
<p>Danke!<br>Dein Lernlotse-Team</p>
<p style="font-size:11px;color:#999;">Du bekommst diese Mail, weil du der Teilnahme an Nutzerstudien zugestimmt hast. <a href="https://lernlotse.example.de/research/optout?u=h0w">Keine Einladungen mehr</a></p>
</div></body></html>
""",
    },
    # 6 -- GPS app, "Ihre Position"
    {
        "n": "gps_app_position", "text_from_html": True, "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Pedalo", "no-reply@pedalo-app.example.de"),
        "subject": "Ihre Position wurde während der Tour nicht aufgezeichnet",
        "date": "2026-05-31 20:11 +0200", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;"><img src="https://pedalo-app.example.de/mail/logo.png" alt="Pedalo" height="30"></td></tr>
<tr><td>
<p>Hallo Hannah,</p>
<p>bei deiner Tour „Cospudener See Runde“ am 31.05. konnte Pedalo deine Position zwischen Kilometer 12 und 19 nicht bestimmen. Vermutlich war das GPS-Signal zu schwach oder der Energiesparmodus aktiv.</p>
<p>Die fehlende Strecke haben wir geschätzt. Deine Tour: 27,4 km · 1:42 h · 112 Höhenmeter.</p>
<p><a href="https://pedalo-app.example.de/hilfe/gps">So verbesserst du die Ortung</a></p>
<p>Gute Fahrt!<br>Dein Pedalo-Team</p>
<p style="font-size:11px;color:#999;">Pedalo Mobility GmbH · Dresden · <a href="https://pedalo-app.example.de/einstellungen/benachrichtigungen">Benachrichtigungen verwalten</a></p>
</td></tr></table></body></html>
""",
    },
    # 7 -- a queue position (appointment booking at the citizens' office)
    {
        "n": "queue_position_buergeramt", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Bürgerservice Leipzig – Terminvergabe", "noreply-termine@buergerservice-leipzig.example.de"),
        "subject": "Warteliste Personalausweis: Ihre aktuelle Position 14",
        "date": "2026-01-27 09:45 +0100", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Guten Tag,

Sie stehen auf der Warteliste für einen Termin im Bürgerbüro Leipzig-Gohlis (Anliegen: Personalausweis beantragen).

Ihre aktuelle Position: 14
Geschätzte Wartezeit: 6 bis 9 Werktage

Sobald ein Termin frei wird, erhalten Sie eine E-Mail mit einem Buchungslink, der 24 Stunden gültig ist. Bitte halten Sie Ihren Vorgangscode bereit: BLG-2026-04481.

Dies ist eine automatisch erzeugte Nachricht. Antworten auf diese E-Mail werden nicht bearbeitet.

Bürgerservice Leipzig
""",
    },
    # 8 -- "unfortunately your package is delayed"
    {
        "n": "package_delayed", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Paketblitz", "sendungsverfolgung@paketblitz.example.de"),
        "subject": "Leider verzögert sich Ihre Sendung",
        "date": "2026-03-19 18:42 +0100", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;font-family:Arial,sans-serif;background:#fffbe6;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-top:6px solid #ffcc00;">
<tr><td style="padding:18px 24px;"><img src="https://www.paketblitz.example.de/mail/logo.png" alt="Paketblitz" height="30"></td></tr>
<tr><td style="padding:0 24px 20px;font-size:14px;color:#222;line-height:1.5;">
<p>Hallo Hannah Oyelaran-Weiß,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340 4345 1288 0071 22</b> von <i>Buchhandlung Lesezeit</i>. Aufgrund eines erhöhten Sendungsaufkommens im Paketzentrum Radefeld erfolgt die Zustellung voraussichtlich am <b>Montag, 23.03.2026</b>.</p>
<p>Wir bitten um Entschuldigung.</p>
<p><a href=\"""" + tracked("track.paketblitz.example.de", "pk71", "https://www.paketblitz.example.de/sendung?nr=00340434512880071") + """\" style="background:#d40511;color:#fff;padding:9px 16px;text-decoration:none;">Sendung verfolgen</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;background:#f5f5f5;">Paketblitz GmbH · Postfach 10 01 44 · 04001 Leipzig · Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table></body></html>
""",
    },
    # 9 -- bank: loan "application received"
    {
        "n": "bank_loan_application_received", "text_from_html": True, "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Muldental Bank eG", "service@muldentalbank.example.de"),
        "subject": "Ihr Kreditantrag ist bei uns eingegangen",
        "date": "2026-07-27 12:03 +0200", "cte": "base64",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px;background:#004b87;"><img src="https://www.muldentalbank.example.de/static/logo-weiss.png" alt="Muldental Bank" height="32"></td></tr>
<tr><td style="padding:20px 14px;line-height:1.5;">
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>vielen Dank für Ihren Antrag auf einen Ratenkredit über 12.000 € (Verwendungszweck: Umzug und Einrichtung). Ihr Antrag ist bei uns eingegangen und hat die Vorgangsnummer <b>RK-2026-118734</b>.</p>
<p>Wir prüfen nun Ihre Unterlagen und Ihre Bonität. Bitte laden Sie noch Ihre letzten drei Gehaltsabrechnungen im Online-Banking unter „Postfach &gt; Kreditantrag“ hoch.</p>
<p>Mit freundlichen Grüßen<br>Ihre Muldental Bank</p>
</td></tr>
<tr><td style="padding:12px 14px;font-size:10px;color:#777;border-top:1px solid #ddd;">Muldental Bank eG · Markt 1 · 04668 Grimma · Genossenschaftsregister GnR 2281, AG Leipzig · Vorstand: Uwe Reinsch, Katja Mehlhorn<br>Wir werden Sie niemals per E-Mail nach Ihrer PIN oder TAN fragen.</td></tr>
</table></body></html>
""",
    },
    # 10 -- bank: loan declined, with a PDF letter
    {
        "n": "bank_loan_declined_pdf", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Muldental Bank eG - Kreditservice", "kreditservice@muldentalbank.example.de"),
        "subject": "Entscheidung zu Ihrem Kreditantrag RK-2026-118734",
        "date": "2026-08-06 09:30 +0200", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

wir haben Ihren Antrag auf einen Ratenkredit sorgfältig geprüft. Leider können wir Ihnen den Kredit zum jetzigen Zeitpunkt nicht gewähren, da während Ihres bevorstehenden Arbeitgeberwechsels die Probezeit noch nicht abgeschlossen ist.

Die Einzelheiten entnehmen Sie bitte dem beigefügten Schreiben. Gern können Sie nach Ablauf der Probezeit einen neuen Antrag stellen.

Mit freundlichen Grüßen
Ihr Kreditservice
Muldental Bank eG
""",
        "attachments": [("Kreditentscheidung_RK-2026-118734.pdf", [
            "Muldental Bank eG - Kreditservice",
            "Markt 1, 04668 Grimma",
            "",
            "Ablehnung Ihres Kreditantrags RK-2026-118734",
            "Ratenkredit 12.000 EUR, Laufzeit 48 Monate",
            "",
            "Nach Prüfung Ihrer Unterlagen können wir den Antrag derzeit nicht annehmen.",
            "Grund: laufende Probezeit beim neuen Arbeitgeber.",
            "Eine erneute Antragstellung ist nach Ende der Probezeit möglich.",
        ])],
    },
    # 11 -- flat application refused by the property manager (a person)
    {
        "n": "flat_application_refused", "kind": "other", "company": "", "contact": "r.voigtlaender@hv-voigtlaender.example.de",
        "lang": "de",
        "frm": ("Rainer Voigtländer", "r.voigtlaender@hv-voigtlaender.example.de"),
        "subject": "Ihre Bewerbung um die Wohnung Gohliser Straße 22, 3. OG links",
        "date": "2026-02-18 16:54 +0100", "charset": "windows-1252", "cte": "8bit",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

vielen Dank für Ihr Interesse an der 3-Raum-Wohnung in der Gohliser Straße 22 und für Ihre vollständige Selbstauskunft.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat. Wir haben über 60 Bewerbungen für diese Wohnung erhalten.

Gern nehmen wir Sie in unsere Interessentenkartei auf und informieren Sie über ähnliche Angebote im Leipziger Norden – geben Sie mir dazu einfach kurz Bescheid.

Mit freundlichen Grüßen

Rainer Voigtländer
Hausverwaltung Voigtländer
Eisenbahnstraße 8 · 04315 Leipzig · Tel. 0341 6 88 21 40
""",
    },
    # 12 -- a friend tells about her own rejection
    {
        "n": "friend_own_absage_uni", "kind": "other", "company": "", "contact": "jule.brandner@mailbox.example.de", "lang": "de",
        "frm": ("Jule Brandner", "jule.brandner@mailbox.example.de"),
        "subject": "Na toll...",
        "date": "2026-03-13 22:48 +0100", "cte": "8bit",
        "text": """Hey Hanni,

hab heute die Absage von der Uni Halle bekommen. Die Stelle im Zentrum für Lehrerbildung. Nach ZWEI Gesprächen und einer Lehrprobe. „Wir haben uns für eine Bewerberin entschieden, deren Profil…“ blabla. Ich könnt heulen.

Wie läuft's bei dir? Hattest du nicht gestern auch eine Rückmeldung von der Akademie bekommen? Lass uns am Samstag zum Trost in die Feinkost gehen, ja?

Drück dich
Jule
""",
    },
    # 13 -- a colleague tells about his own interview tomorrow
    {
        "n": "colleague_own_interview_tomorrow", "kind": "other", "company": "", "contact": "sven.hartung@schulpost.example.de",
        "lang": "de",
        "frm": ("Sven Hartung", "sven.hartung@schulpost.example.de"),
        "subject": "Morgen ist es so weit!",
        "date": "2026-04-22 19:36 +0200", "cte": "quoted-printable",
        "text": """Hallo Hannah,

kurze Info aus dem Lehrerzimmer-Exil: Ich habe morgen um 9 mein Vorstellungsgespräch bei der Stadtbibliothek (Medienpädagogik!). Ich bin total aufgeregt. Du hast doch schon ein paar Gespräche hinter dir – hast du einen Tipp, was ich auf die Frage „Warum wollen Sie nicht mehr unterrichten?“ antworten soll?

Und: Drück mir die Daumen!

Sven

PS: Die Vertretungsplanung für Klasse 3b ist übrigens wieder ein Chaos. Du verpasst nichts.
""",
    },
    # 14 -- the candidate's own mail: asking about the status of an application
    {
        "n": "own_sent_status_enquiry", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ME, "to": ("Maren Schubert", "maren.schubert@lernwerk-akademie.example.de"),
        "subject": "Nachfrage zum Stand meiner Bewerbung – Trainerin digitale Lehrformate",
        "date": "2026-03-09 08:05 +0100", "cte": "quoted-printable",
        "headers": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
        "text": """Sehr geehrte Frau Schubert,

vielen Dank noch einmal für das angenehme Gespräch am vergangenen Donnerstag. Ich wollte mich kurz erkundigen, ob es schon einen Zeitplan für Ihre Entscheidung gibt. Da ich mich zum Schuljahresende aus dem Schuldienst verabschieden möchte, wäre eine Rückmeldung für meine Planung sehr hilfreich.

Falls Sie noch Unterlagen benötigen – etwa die Arbeitsprobe zum Blended-Learning-Konzept als PDF –, schicke ich sie Ihnen gern.

Mit freundlichen Grüßen
Hannah Oyelaran-Weiß
Lützner Straße 104
04177 Leipzig
0176 5553 2190
""",
    },
    # 15 -- the candidate's own application with CV attached
    {
        "n": "own_sent_application_with_cv", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ME, "to": ("Jens Bachmann", "jens.bachmann@kompetenzwerk-ost.example.de"),
        "subject": "Bewerbung als Trainerin / Lernbegleiterin",
        "date": "2026-02-06 19:12 +0100", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Bachmann,

auf Ihrer Website habe ich gelesen, dass das Kompetenzwerk Ost für die Weiterbildung von Quereinsteigenden in Kitas und Horten Trainerinnen sucht. Als Grundschullehrerin mit zwölf Jahren Praxis in Leipzig bewerbe ich mich hiermit für diese Aufgabe.

Meine Unterlagen finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Hannah Oyelaran-Weiß
""",
        "attachments": [("Lebenslauf_Hannah_Oyelaran-Weiss.pdf", [
            "Hannah Oyelaran-Weiß - Lebenslauf",
            "Lützner Straße 104, 04177 Leipzig - hannah.ow@example.de",
            "",
            "seit 2014  Grundschullehrerin, 74. Grundschule Leipzig",
            "2022-2025  Fachberaterin Medienbildung, Landesamt für Schule",
            "2024       Zertifikat Instructional Design (berufsbegleitend)",
            "2012-2014  Referendariat, Leipzig",
            "2007-2012  Lehramt Grundschule, Universität Leipzig",
        ])],
    },
    # 16 -- out-of-office (Auto-Submitted) from a recruiter
    {
        "n": "ooo_recruiter_nordlicht", "kind": "other", "company": "", "contact": "jana.petersen@nordlicht-software.example.de",
        "lang": "de",
        "frm": ("Jana Petersen", "jana.petersen@nordlicht-software.example.de"),
        "subject": "Abwesenheitsnotiz: Rückfrage zur Stelle Learning Experience Designer",
        "date": "2026-04-07 09:12 +0200", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17. April nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an karriere@nordlicht-software.example.de.

Mit freundlichen Grüßen
Jana Petersen
Talent Acquisition | Nordlicht Software AG
""",
    },
    # 17 -- Austrian out-of-office over New Year
    {
        "n": "ooo_austrian_jaenner", "kind": "other", "company": "", "contact": "p.hofbauer@bildungshaus-donaustadt.example.at",
        "lang": "de",
        "frm": ("Mag. Petra Hofbauer", "p.hofbauer@bildungshaus-donaustadt.example.at"),
        "subject": "Automatische Antwort: Bewerbung Kursleitung Digitale Grundbildung",
        "date": "2026-01-07 21:40 +0100", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Grüß Gott!

Ich bin bis einschließlich 9. Jänner auf Urlaub. Ab 12. Jänner bin ich wieder für Sie erreichbar. Bewerbungen werden nach meiner Rückkehr bearbeitet.

Mit freundlichen Grüßen
Petra Hofbauer
Bildungshaus Donaustadt
""",
    },
    # 18 -- head-hunter cold outreach, no interview yet
    {
        "n": "headhunter_cold_outreach", "kind": "other", "company": "", "contact": "m.kroll@kroll-talent.example.de", "lang": "de",
        "frm": ("Martin Kroll", "m.kroll@kroll-talent.example.de"),
        "subject": "Learning Consultant – wäre das etwas für Sie?",
        "date": "2026-06-24 11:47 +0200", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

Ihr Profil auf Berufsnetz ist mir aufgefallen – Ihre Verbindung aus Grundschulpädagogik und digitaler Didaktik ist selten.

Ich betreue aktuell für einen Kunden aus der Pharmabranche (Raum Dresden) die Suche nach einer Learning Consultant (m/w/d), die das Onboarding für Produktionsmitarbeitende neu aufsetzt. Hybrid, unbefristet, attraktives Gehaltspaket.

Hätten Sie grundsätzlich Interesse, sich darüber unverbindlich auszutauschen? Dann schlagen Sie mir gern zwei, drei Zeitfenster für ein kurzes Telefonat vor.

Beste Grüße
Martin Kroll
Kroll Talent Partners · Personalberatung
Königsbrücker Straße 96 · 01099 Dresden
+49 351 555 908 12
""",
    },
    # 19 -- staffing mass mail, all caps, exclamation marks
    {
        "n": "staffing_all_caps_top_job", "kind": "other", "company": "", "contact": "d.kowalski@primestaff.example.de", "lang": "de",
        "frm": ("Dennis Kowalski", "d.kowalski@primestaff.example.de"),
        "subject": "TOP JOB!!! E-Learning Entwickler (m/w/d) – JETZT BEWERBEN!!!",
        "date": "2026-07-15 08:01 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<mailto:abmelden@primestaff.example.de?subject=Abmelden>"), ("Precedence", "bulk")],
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:15px;">
<p style="font-size:22px;color:#e4002b;font-weight:bold;">!!! TOP JOB IN LEIPZIG !!!</p>
<p>Hallo liebe Jobsuchende,</p>
<p>für unseren Kunden – einen MARKTFÜHRER in der Automobilzulieferung – suchen wir AB SOFORT:</p>
<p style="font-size:18px;"><b>E-LEARNING ENTWICKLER (M/W/D)</b></p>
<ul>
<li>Unbefristeter Vertrag!!</li>
<li>Bis zu 4.200 € brutto!!!</li>
<li>Übernahmeoption nach 9 Monaten!</li>
<li>Tankgutscheine, Jobrad, Obstkorb</li>
</ul>
<p>INTERESSE??? Dann schick mir DEINEN Lebenslauf – ganz ohne Anschreiben – an <a href="mailto:d.kowalski@primestaff.example.de">d.kowalski@primestaff.example.de</a> oder per WhatsApp an 0160 555 4411!!!</p>
<p>Dennis Kowalski<br>Recruiter | PrimeStaff Personalservice GmbH<br>Brühl 65 · 04109 Leipzig</p>
<p style="font-size:10px;color:#999;">Sie erhalten diese E-Mail, weil Sie in unserem Bewerberpool registriert sind. <a href="mailto:abmelden@primestaff.example.de?subject=Abmelden">Abmelden</a></p>
</body></html>
""",
    },
    # 20 -- webinar "Einladung" from a software vendor
    {
        "n": "webinar_einladung_vendor", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Autorenwerk Akademie", "events@autorenwerk.example.de"),
        "subject": "Einladung zum Webinar: Storyline für Einsteiger:innen (kostenlos)",
        "date": "2026-05-20 10:00 +0200", "cte": "quoted-printable",
        "headers": [("List-Id", "<events.autorenwerk.example.de>"),
                 ("List-Unsubscribe", "<https://autorenwerk.example.de/newsletter/abmelden?e=hw>"), _LIST],
        "html": """<html><body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f1f5f9"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td><img src="https://autorenwerk.example.de/mail/webinar-banner.jpg" alt="Webinar: Storyline für Einsteiger:innen" width="600" style="display:block;"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.55;color:#1e293b;">
<p>Hallo Hannah,</p>
<p>wir laden Sie herzlich zu unserem kostenlosen Live-Webinar ein: <b>„Storyline für Einsteiger:innen – Ihr erstes interaktives Modul in 60 Minuten“</b>.</p>
<p>📅 Dienstag, 2. Juni 2026, 16:00–17:00 Uhr<br>🎤 mit Trainerin Simone Adler</p>
<p><a href=\"""" + tracked("go.autorenwerk.example.de", "wb60", "https://autorenwerk.example.de/webinare/storyline-einstieg") + """\" style="background:#4f46e5;color:#fff;padding:11px 20px;text-decoration:none;border-radius:4px;">Jetzt kostenlos anmelden</a></p>
<p>Sie können nicht live dabei sein? Melden Sie sich trotzdem an – die Aufzeichnung erhalten Sie im Anschluss.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#94a3b8;">Autorenwerk GmbH · Am Wall 12 · 28195 Bremen · <a href="https://autorenwerk.example.de/newsletter/abmelden?e=hw" style="color:#94a3b8;">Abmelden</a></td></tr>
</table></td></tr></table>
""" + pixel("https://go.autorenwerk.example.de/o/wb60.gif") + """
</body></html>
""",
    },
    # 21 -- course certificate from a learning platform
    {
        "n": "mooc_certificate", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Lerncampus Online", "zertifikate@lerncampus.example.de"),
        "subject": "Glückwunsch! Ihr Zertifikat „Grundlagen Instructional Design“ ist bereit",
        "date": "2026-01-30 15:33 +0100", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;text-align:center;">
<div style="max-width:540px;margin:0 auto;padding:24px;border:1px solid #e5e5e5;">
<img src="https://lerncampus.example.de/img/badge-id.png" alt="Badge Grundlagen Instructional Design" width="120">
<h2>Herzlichen Glückwunsch, Hannah!</h2>
<p>Sie haben den Kurs <b>Grundlagen Instructional Design</b> (6 Wochen, 24 Lerneinheiten) mit 92 % erfolgreich abgeschlossen.</p>
<p><a href="https://lerncampus.example.de/zertifikate/ID-2026-55120">Zertifikat herunterladen</a> · <a href="https://lerncampus.example.de/teilen/ID-2026-55120">Auf Berufsnetz teilen</a></p>
<p style="font-size:11px;color:#999;">Lerncampus Online · <a href="https://lerncampus.example.de/einstellungen">E-Mail-Einstellungen</a></p>
</div></body></html>
""",
    },
    # 22 -- career-advice article mentioning a missed interview (list mail)
    {
        "n": "career_article_verpasstes_gespraech", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Berufsnetz Ratgeber", "ratgeber@news.berufsnetz.example.de"),
        "subject": "Vorstellungsgespräch verpasst? So retten Sie die Situation",
        "date": "2026-06-11 07:15 +0200", "cte": "quoted-printable",
        "headers": [("List-Id", "Berufsnetz Ratgeber <ratgeber.news.berufsnetz.example.de>"),
                 ("List-Unsubscribe", "<https://www.berufsnetz.example.de/newsletter/abbestellen?t=ra11>"), _LIST,
                 ("Precedence", "list")],
        "text": """BERUFSNETZ RATGEBER – Ausgabe 23/2026

Vorstellungsgespräch verpasst? So retten Sie die Situation

Der Zug fällt aus, das WLAN streikt, der Termin stand falsch im Kalender: Ein verpasstes Vorstellungsgespräch ist kein Weltuntergang. Entscheidend ist, wie schnell und wie ehrlich Sie reagieren. Unsere Checkliste:

1. Melden Sie sich noch am selben Tag – telefonisch, nicht nur per Mail.
2. Entschuldigen Sie sich ohne lange Ausreden.
3. Bitten Sie konkret um einen neuen Termin.

Weiterlesen: https://www.berufsnetz.example.de/ratgeber/gespraech-verpasst?utm_source=nl&utm_medium=email

Außerdem:
- Quereinstieg aus dem Lehramt: 5 Erfolgsgeschichten
  https://www.berufsnetz.example.de/ratgeber/quereinstieg-lehramt
- Absage nach dem Probetag – was nun?
  https://www.berufsnetz.example.de/ratgeber/absage-probetag

---
Sie erhalten diesen Newsletter als Mitglied von Berufsnetz.
Abbestellen: https://www.berufsnetz.example.de/newsletter/abbestellen?t=ra11
Berufsnetz SE, Dammtorstraße 30, 20354 Hamburg
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222;">
<div style="max-width:600px;margin:0 auto;">
<p style="color:#0b7a75;font-weight:bold;">BERUFSNETZ RATGEBER – Ausgabe 23/2026</p>
<h1 style="font-size:22px;">Vorstellungsgespräch verpasst? So retten Sie die Situation</h1>
<p>Der Zug fällt aus, das WLAN streikt, der Termin stand falsch im Kalender: Ein verpasstes Vorstellungsgespräch ist kein Weltuntergang. Entscheidend ist, wie schnell und wie ehrlich Sie reagieren. Unsere Checkliste:</p>
<ol><li>Melden Sie sich noch am selben Tag – telefonisch, nicht nur per Mail.</li><li>Entschuldigen Sie sich ohne lange Ausreden.</li><li>Bitten Sie konkret um einen neuen Termin.</li></ol>
<p><a href=\"""" + tracked("links.berufsnetz.example.de", "ra11a", "https://www.berufsnetz.example.de/ratgeber/gespraech-verpasst") + """\">Weiterlesen</a></p>
<p>Außerdem: <a href=\"""" + tracked("links.berufsnetz.example.de", "ra11b", "https://www.berufsnetz.example.de/ratgeber/quereinstieg-lehramt") + """\">Quereinstieg aus dem Lehramt: 5 Erfolgsgeschichten</a> · <a href=\"""" + tracked("links.berufsnetz.example.de", "ra11c", "https://www.berufsnetz.example.de/ratgeber/absage-probetag") + """\">Absage nach dem Probetag – was nun?</a></p>
<p style="font-size:11px;color:#888;">Sie erhalten diesen Newsletter als Mitglied von Berufsnetz. <a href="https://www.berufsnetz.example.de/newsletter/abbestellen?t=ra11">Abbestellen</a> · Berufsnetz SE, Dammtorstraße 30, 20354 Hamburg</p>
</div>
""" + pixel("https://links.berufsnetz.example.de/o/ra11.gif") + """
</body></html>
""",
    },
    # 23 -- the head teacher: reference letter ready
    {
        "n": "principal_arbeitszeugnis", "kind": "other", "company": "", "contact": "schulleitung.74gs@schulen-leipzig.example.de",
        "lang": "de",
        "frm": ("Schulleitung 74. Grundschule", "schulleitung.74gs@schulen-leipzig.example.de"),
        "subject": "Ihr Zwischenzeugnis",
        "date": "2026-02-25 14:10 +0100", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Liebe Frau Oyelaran-Weiß,

Ihr Zwischenzeugnis ist fertig und unterschrieben. Sie können es ab morgen im Sekretariat bei Frau Thiele abholen; eine Kopie geht wie besprochen an das Landesamt.

Auch wenn ich Sie ungern ziehen lasse: Ich wünsche Ihnen für die Bewerbungen viel Erfolg. Wenn Sie noch eine Referenz brauchen, können Sie meine Kontaktdaten gern angeben.

Herzliche Grüße
Ulrike Sommer
Schulleiterin
74. Grundschule Leipzig
""",
    },
    # 24 -- public counselling service: "Einladung zum Beratungsgespräch" (not a job interview)
    {
        "n": "weiterbildungsberatung_termin", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Weiterbildungsberatung Sachsen", "termine-noreply@wb-sachsen.example.de"),
        "subject": "Einladung zum Beratungsgespräch – Ihr Antrag auf Weiterbildungsförderung",
        "date": "2026-01-16 10:05 +0100", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

Ihr Antrag auf Förderung der Weiterbildung „Zertifikat E-Learning-Design“ ist bei uns eingegangen (Vorgang WB-26-00831).

Vor einer Bewilligung ist ein Beratungsgespräch vorgesehen. Wir laden Sie daher ein:

Donnerstag, 29. Januar 2026, 15:30 Uhr
Beratungsstelle Leipzig, Salomonstraße 10, Raum 0.14

Bitte bringen Sie Ihren Personalausweis und das Angebot des Bildungsträgers mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über das Online-Portal ab.

Diese E-Mail wurde automatisch versandt.
Weiterbildungsberatung Sachsen
""",
    },
    # 25 -- platform notification: profile views
    {
        "n": "platform_profile_views", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Berufsnetz", "benachrichtigungen@berufsnetz.example.de"),
        "subject": "3 Personen haben Ihr Profil besucht",
        "date": "2026-08-30 12:00 +0200", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.berufsnetz.example.de/einstellungen/mail?n=pv>")],
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0;"><img src="https://www.berufsnetz.example.de/mail/logo.png" alt="Berufsnetz" height="26"></td></tr>
<tr><td>
<p>Hallo Hannah,</p>
<p>diese Woche haben <b>3 Personen</b> Ihr Profil besucht, darunter eine Recruiterin aus der Branche <i>Bildung &amp; Training</i> und jemand von <i>Personaldienstleistungen</i>.</p>
<p><a href=\"""" + tracked("links.berufsnetz.example.de", "pv30", "https://www.berufsnetz.example.de/profil/besucher") + """\">Besucher:innen ansehen</a> (Premium)</p>
<p style="font-size:11px;color:#999;"><a href="https://www.berufsnetz.example.de/einstellungen/mail?n=pv">Benachrichtigungen verwalten</a> · Berufsnetz SE, Hamburg</p>
</td></tr></table></body></html>
""",
    },
    # 26 -- estate agent: "Einladung zur Besichtigung"
    {
        "n": "makler_einladung_besichtigung", "kind": "other", "company": "", "contact": "s.haferkorn@haferkorn-immobilien.example.de",
        "lang": "de",
        "frm": ("Susanne Haferkorn", "s.haferkorn@haferkorn-immobilien.example.de"),
        "subject": "Einladung zur Besichtigung – 2-Zimmer-Wohnung Dresden-Striesen",
        "date": "2026-09-03 18:20 +0200", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

vielen Dank für Ihre Anfrage zur Wohnung in der Borsbergstraße 41. Gern lade ich Sie zur Besichtigung ein:

Samstag, 12. September, 11:00 Uhr (Gruppenbesichtigung, ca. 20 Minuten)

Bitte bringen Sie eine Mieterselbstauskunft und Ihre letzten drei Gehaltsnachweise oder – falls Sie gerade die Stelle wechseln – Ihren neuen Arbeitsvertrag mit.

Bitte bestätigen Sie mir Ihre Teilnahme kurz per E-Mail.

Freundliche Grüße
Susanne Haferkorn
Haferkorn Immobilien · Schandauer Straße 30 · 01277 Dresden
""",
    },
    # 27 -- adult-education course registration "received" (not a job application)
    {
        "n": "vhs_kursanmeldung_eingegangen", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Volkshochschule Leipzig", "anmeldung-noreply@vhs-leipzig.example.de"),
        "subject": "Ihre Anmeldung ist eingegangen: Kurs 26F-3104 \"Moodle für Lehrende\"",
        "date": "2026-08-18 11:44 +0200", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

Ihre Anmeldung zum folgenden Kurs ist bei uns eingegangen:

26F-3104  Moodle für Lehrende - Kurse anlegen und betreuen
Beginn: Di, 15.09.2026, 17:30 Uhr, 6 Termine
Ort: Löhrstraße 3-7, Raum 214
Entgelt: 96,00 EUR (Lastschrift zum Kursbeginn)

Sie erhalten ca. eine Woche vor Kursbeginn eine Erinnerung. Eine Abmeldung ist bis 7 Tage vor Kursbeginn kostenfrei möglich.

Ihre Volkshochschule Leipzig
Diese Nachricht wurde automatisch erstellt.
""",
    },
    # 28 -- association newsletter with job listings
    {
        "n": "verband_newsletter_stellenmarkt", "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Verband Digitale Bildung e.V.", "newsletter@vdb-verband.example.de"),
        "subject": "VDB-Newsletter Juli: Stellenmarkt, Termine, Fachgruppe E-Learning",
        "date": "2026-07-01 08:00 +0200", "cte": "quoted-printable",
        "headers": [("List-Id", "VDB Mitgliedernewsletter <mitglieder.vdb-verband.example.de>"),
                 ("List-Unsubscribe", "<https://vdb-verband.example.de/nl/abmelden?m=2231>"), _LIST,
                 ("Precedence", "bulk")],
        "html": """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333;">
<table width="620" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#2d3e50;padding:16px;color:#fff;font-size:18px;">Verband Digitale Bildung – Newsletter Juli 2026</td></tr>
<tr><td style="padding:16px;">
<h3>Stellenmarkt</h3>
<ul>
<li>Referent:in Digitale Lehre, Hochschule Mittelsachsen – <a href=\"""" + tracked("nl.vdb-verband.example.de", "j1", "https://vdb-verband.example.de/stellen/1182") + """\">Details</a></li>
<li>Instructional Designer (m/w/d), Versicherung, München – <a href=\"""" + tracked("nl.vdb-verband.example.de", "j2", "https://vdb-verband.example.de/stellen/1187") + """\">Details</a></li>
<li>Trainer:in Medienkompetenz, Bildungsträger, Dresden – <a href=\"""" + tracked("nl.vdb-verband.example.de", "j3", "https://vdb-verband.example.de/stellen/1190") + """\">Details</a></li>
</ul>
<h3>Termine</h3>
<p>9. Juli: Fachgruppe E-Learning (online) · 24. September: Jahrestagung in Magdeburg, Call for Papers offen bis 31. Juli.</p>
</td></tr>
<tr><td style="padding:12px 16px;font-size:10px;color:#888;border-top:1px solid #ddd;">Verband Digitale Bildung e.V. · Vereinsregister Berlin VR 33871 · <a href="https://vdb-verband.example.de/nl/abmelden?m=2231">Newsletter abbestellen</a></td></tr>
</table>
""" + pixel("https://nl.vdb-verband.example.de/o/2231.gif") + """
</body></html>
""",
    },
    # 29 -- English job-alert digest
    {
        "n": "jobnest_alert_amsterdam", "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Jobnest Job Alerts", "jobalerts-noreply@mail.jobnest.example.com"),
        "subject": "15 new Instructional Designer jobs in Amsterdam",
        "date": "2026-04-20 06:45 +0200", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://jobnest.example.com/alerts/manage?a=id-ams>"), _LIST,
                 ("Precedence", "bulk")],
        "html": """<html><body style="background:#f3f2ef;margin:0;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:14px 0;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 22px;font-size:18px;font-weight:600;">Your job alert for Instructional Designer in Amsterdam</td></tr>
<tr><td style="padding:0 22px 16px;font-size:14px;">
<p><a href=\"""" + tracked("click.jobnest.example.com", "al1", "https://jobnest.example.com/jobs/view/339101") + """\"><b>Learning Experience Designer</b></a><br>Tulip &amp; Thread Studio · Amsterdam · Hybrid<br><span style="color:#057642;">Actively recruiting</span></p>
<p><a href=\"""" + tracked("click.jobnest.example.com", "al2", "https://jobnest.example.com/jobs/view/339177") + """\"><b>Instructional Designer (German speaking)</b></a><br>Vandermolen Group · Amstelveen</p>
<p><a href=\"""" + tracked("click.jobnest.example.com", "al3", "https://jobnest.example.com/jobs/view/339240") + """\"><b>E-learning Developer</b></a><br>Stichting Leren Werkt · Utrecht · Be an early applicant</p>
<p><a href=\"""" + tracked("click.jobnest.example.com", "al9", "https://jobnest.example.com/jobs/search?alert=id-ams") + """\">See all 15 jobs</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;">You are receiving Job Alert emails. <a href="https://jobnest.example.com/alerts/manage?a=id-ams" style="color:#888;">Manage alerts</a> · <a href="https://jobnest.example.com/alerts/manage?a=id-ams&amp;unsub=1" style="color:#888;">Unsubscribe</a></td></tr>
</table></td></tr></table>
""" + pixel("https://click.jobnest.example.com/open/al.gif") + """
</body></html>
""",
    },
    # 30 -- L&D newsletter: "what to do after a missed interview" and rejections
    {
        "n": "ld_digest_missed_interview", "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("The L&D Digest", "ld-digest@newsletters.example.com"),
        "subject": "Missed an interview? Rejected after the final round? This week's Digest",
        "date": "2026-05-22 07:00 +0000", "cte": "quoted-printable",
        "headers": [("List-Id", "The L&D Digest <ld-digest.newsletters.example.com>"),
                 ("List-Unsubscribe", "<https://ld-digest.example.com/unsubscribe?r=4f0>"), _LIST,
                 ("Precedence", "bulk")],
        "html": """<html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222;">
<div style="max-width:600px;margin:0 auto;padding:20px;">
<p style="font-family:Arial;font-size:12px;color:#999;">THE L&amp;D DIGEST · ISSUE 112</p>
<h1 style="font-size:26px;">Missed an interview? Here's how to recover</h1>
<p>Last week a reader wrote in: she'd mixed up time zones and completely missed a final-round interview with a company in Dublin. Can you come back from that? Usually, yes — if you move fast.</p>
<p><a href=\"""" + tracked("ld-digest.example.com", "i112a", "https://ld-digest.example.com/p/missed-interview") + """\">Read the full piece</a></p>
<h2 style="font-size:20px;">Also this week</h2>
<p>• "We've decided to move forward with other candidates": decoding rejection emails<br>
• Teachers into L&amp;D: five hiring managers on what they look for<br>
• Job board: 23 new remote instructional design roles</p>
<p style="font-family:Arial;font-size:11px;color:#999;">You're receiving this because you subscribed to The L&amp;D Digest. <a href="https://ld-digest.example.com/unsubscribe?r=4f0">Unsubscribe</a> · 548 Market St, San Francisco, CA</p>
</div>
""" + pixel("https://ld-digest.example.com/o/i112.gif") + """
</body></html>
""",
    },
    # 31 -- podcast guest interview request (English)
    {
        "n": "podcast_guest_learning_curve", "kind": "other", "company": "", "contact": "tom@learningcurvepod.example.com", "lang": "en",
        "frm": ("Tom Ashworth", "tom@learningcurvepod.example.com"),
        "subject": "Guest interview on The Learning Curve?",
        "date": "2026-07-08 15:20 +0100", "cte": "7bit",
        "text": """Hi Hannah,

I host The Learning Curve, a weekly podcast about people who moved from teaching into corporate learning. I loved your post on "storyboarding like a primary teacher" and I'd love to interview you for an episode.

It's a relaxed 45-minute conversation recorded over Riverside. We're booking guests for September. Interested?

Cheers,
Tom

--
Tom Ashworth | Host, The Learning Curve
learningcurvepod.example.com
""",
    },
    # 32 -- user-research interview, Reply-To a researcher (a person)
    {
        "n": "user_research_jobnest_replyto", "kind": "other", "company": "", "contact": "priya.nair@jobnest.example.com",
        "lang": "en",
        "frm": ("Jobnest Research", "research-invites@mail.jobnest.example.com"),
        "reply_to": ("Priya Nair", "priya.nair@jobnest.example.com"),
        "subject": "Would you share how you search for jobs? (45-min interview, €50 voucher)",
        "date": "2026-06-29 13:30 +0200", "cte": "quoted-printable",
        "text": """Hi Hannah,

I'm Priya, a user researcher at Jobnest. We're talking to people who are changing careers to understand how they search for jobs, track their applications and deal with silence from employers.

Would you be up for a 45-minute video interview in the next two weeks? We'll send you a €50 voucher as a thank-you. There are no right or wrong answers – we just want to hear about your experience.

If you're interested, reply to this email with a few times that suit you.

Thanks!
Priya Nair
Senior User Researcher, Jobnest
""",
    },
    # 33 -- "unfortunately your package is delayed" (shop, English)
    {
        "n": "shop_package_delayed_en", "text_from_html": True, "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Paperwise", "orders@paperwise.example.com"),
        "subject": "Unfortunately, your package is delayed",
        "date": "2026-10-09 10:17 +0100", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0;"><img src="https://paperwise.example.com/email/logo.png" alt="Paperwise" height="28"></td></tr>
<tr><td>
<p>Hi Hannah,</p>
<p>We're sorry — your order <b>#PW-448201</b> (3 items: "Design for How People Learn", "Make It Stick", A5 dotted notebook) is running late. Our courier has reported a delay at the Leipzig hub.</p>
<p>New estimated delivery: <b>Wednesday 14 October</b>.</p>
<p><a href="https://paperwise.example.com/orders/PW-448201/track">Track your package</a></p>
<p>Thanks for your patience,<br>Paperwise Customer Care</p>
<p style="font-size:11px;color:#999;">Paperwise Ltd · This mailbox is not monitored. <a href="https://paperwise.example.com/help">Help centre</a></p>
</td></tr></table></body></html>
""",
    },
    # 34 -- bank: loan application declined (English)
    {
        "n": "fintech_loan_declined", "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Finwell", "no-reply@finwell.example.com"),
        "subject": "Your loan application has been declined",
        "date": "2026-08-12 19:04 +0200", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#111;">
<div style="max-width:520px;margin:0 auto;padding:20px;">
<img src="https://finwell.example.com/email/finwell.png" alt="Finwell" height="26">
<p>Hi Hannah,</p>
<p>Thanks for applying for a Finwell Personal Loan of €8,000.</p>
<p>Unfortunately, we're unable to approve your application at this time. This decision was based on the information you provided and our credit assessment, including your current employment status.</p>
<p>You can request a detailed explanation of the decision in the app under <i>Profile &gt; Documents</i>.</p>
<p>The Finwell Team</p>
<p style="font-size:11px;color:#999;">Finwell Bank AG · Berlin · Licensed credit institution. Please do not reply to this email.</p>
</div></body></html>
""",
    },
    # 35 -- a friend in Dublin tells about her own interview
    {
        "n": "friend_dublin_own_interview", "kind": "other", "company": "", "contact": "maeve.corcoran@mailbox.example.ie", "lang": "en",
        "frm": ("Maeve Corcoran", "maeve.corcoran@mailbox.example.ie"),
        "subject": "you will not believe this interview",
        "date": "2026-04-16 23:02 +0100", "cte": "8bit",
        "text": """Hannah!!

So I had my interview at the big search-engine place today and they asked me to "design a lesson about clouds for an alien". An ALIEN. I think I did ok?? I talked about scaffolding and your rainbow-cards thing (hope you don't mind, I said it was my friend's idea 😅).

They said they'd let me know in two weeks. If I get it you HAVE to visit and we'll go to the Cobblestone.

How are your applications going? Any news from the Dutch ones?

xx Maeve
""",
    },
    # 36 -- the candidate's own thank-you after an interview
    {
        "n": "own_sent_thank_you_harbourview", "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ME, "to": ("Conor Walsh", "conor.walsh@harbourview.example.ie"),
        "cc": [("Orla Fitzgerald", "orla.fitzgerald@harbourview.example.ie")],
        "subject": "Thank you – Customer Education Specialist interview",
        "date": "2026-08-12 20:31 +0200", "cte": "quoted-printable",
        "text": """Dear Conor,

Thank you for taking the time to speak with me yesterday about the Customer Education Specialist role. I really enjoyed hearing about how you're rebuilding the Harbourview Academy and the challenge of getting busy admins through onboarding.

Our conversation about micro-learning for release notes has stayed with me; I've sketched a short example of how I'd approach it and would be happy to share it if useful.

I'm very interested in the role and look forward to hearing about next steps.

Kind regards,
Hannah Oyelaran-Weiß
""",
    },
    # 37 -- out-of-office, English, "Automatic reply"
    {
        "n": "ooo_automatic_reply_liffey", "kind": "other", "company": "", "contact": "niamh.keogh@liffeylearning.example.ie",
        "lang": "en",
        "frm": ("Niamh Keogh", "niamh.keogh@liffeylearning.example.ie"),
        "subject": "Automatic reply: Learning Designer application – Hannah Oyelaran-Weiß",
        "date": "2026-04-30 11:02 +0100", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thank you for your email. I'm on annual leave until Monday 11 May with no access to email.

For anything urgent relating to recruitment, please contact hello@liffeylearning.example.ie.

Niamh Keogh | Head of Learning Design | Liffey Learning
""",
    },
    # 38 -- agency cold outreach (English), no interview
    {
        "n": "agency_cold_outreach_amsterdam", "kind": "other", "company": "", "contact": "lotte@brightpath-recruitment.example.nl",
        "lang": "en",
        "frm": ("Lotte Mulder", "lotte@brightpath-recruitment.example.nl"),
        "subject": "Exciting Learning Designer opportunity – open to a chat?",
        "date": "2026-03-25 14:18 +0100", "cte": "quoted-printable",
        "text": """Hi Hannah,

Hope you're well! I came across your profile and thought you might be a great fit for a Learning Designer role I'm recruiting for with a fast-growing HR tech scale-up in Amsterdam. They're keen on people with real classroom experience and German language skills.

- Hybrid (2 days in the office), visa/relocation support
- €55-65k + bonus
- Lovely team, very strong L&D culture

Would you be open to a quick, informal chat this week? No commitment at all.

Best,
Lotte

Lotte Mulder | Senior Recruiter | BrightPath Recruitment
+31 20 555 8821 | brightpath-recruitment.example.nl
""",
    },
    # 39 -- financial-aid application received on a course platform
    {
        "n": "financial_aid_application_received", "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Courseway", "no-reply@courseway.example.com"),
        "subject": "We've received your financial aid application",
        "date": "2026-02-09 17:50 +0000", "cte": "quoted-printable",
        "html": """<html><body style="font-family:'Source Sans Pro',Arial,sans-serif;font-size:15px;color:#1f1f1f;">
<div style="max-width:560px;margin:0 auto;">
<img src="https://courseway.example.com/email/logo.png" alt="Courseway" height="30">
<p>Hi Hannah,</p>
<p>Your financial aid application for <b>Learning Experience Design Professional Certificate</b> has been received. Our team reviews applications within 15 days. We'll email you once a decision has been made.</p>
<p>While you wait, you can preview the first module for free.</p>
<p><a href="https://courseway.example.com/learn/lxd-certificate">Go to course</a></p>
<p style="font-size:11px;color:#999;">Courseway Inc. · <a href="https://courseway.example.com/account/settings/notifications">Notification settings</a></p>
</div></body></html>
""",
    },
    # 40 -- conference talk proposal not accepted (not a job)
    {
        "n": "conference_proposal_not_accepted", "kind": "other", "company": "",
        "contact": "programme@learntecheurope.example.com", "lang": "en",
        "frm": ("LearnTech Europe Programme Committee", "programme@learntecheurope.example.com"),
        "subject": "LearnTech Europe 2026 – decision on your session proposal",
        "date": "2026-05-06 12:00 +0200", "cte": "quoted-printable",
        "text": """Dear Hannah,

Thank you for submitting your session proposal "From the primary classroom to the corporate LMS: what teachers know about engagement" to LearnTech Europe 2026.

We received over 400 proposals this year. Unfortunately, we are unable to accept your proposal for the main programme. The committee particularly liked the topic, and we would like to invite you to present it as a 10-minute lightning talk in the community track instead.

If you'd like to accept the lightning-talk slot or have questions about the reviewers' comments, reply to this email by 20 May.

Best regards,
The LearnTech Europe Programme Committee
""",
    },
    # 41 -- community Slack notification
    {
        "n": "community_slack_mention", "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Slack", "notification@slack.example.com"),
        "subject": "[L&D Collective] Ruth mentioned you in #interview-prep",
        "date": "2026-06-03 21:14 +0200", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#1d1c1d;">
<div style="max-width:520px;margin:0 auto;padding:16px;">
<p><b>Ruth Adeyemi</b> mentioned you in <b>#interview-prep</b></p>
<blockquote style="border-left:4px solid #ddd;margin:0;padding:6px 12px;color:#444;">@Hannah you did the Harbourview-style panel thing before, right? Any tips for a portfolio walkthrough interview? Mine's on Friday 😬</blockquote>
<p><a href="https://ldcollective.slack.example.com/archives/C04P/p1780514">Reply in Slack</a></p>
<p style="font-size:11px;color:#888;">You're receiving this because you have email notifications turned on for mentions. <a href="https://ldcollective.slack.example.com/account/notifications">Change preferences</a></p>
</div></body></html>
""",
    },
    # 42 -- meetup RSVP (list mail)
    {
        "n": "meetup_rsvp_interview_panel", "text_from_html": True, "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Meetup", "info@meetup-mail.example.com"),
        "subject": "You're going! Amsterdam L&D Meetup: Interview techniques panel",
        "date": "2026-04-01 09:31 +0200", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://meetup.example.com/account/comm?u=77>")],
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<table width="560" align="center"><tr><td>
<h2>You're going!</h2>
<p><b>Amsterdam L&amp;D Meetup – Panel: How we interview learning designers</b><br>Thursday, 9 April 2026 · 18:30 CEST<br>Online event (link available 1 hour before)</p>
<p>Hosts: Canalside Learning &amp; Tulip &amp; Thread Studio</p>
<p><a href="https://meetup.example.com/amsterdam-ld/events/30091">View event</a> · <a href="https://meetup.example.com/amsterdam-ld/events/30091/calendar">Add to calendar</a></p>
<p style="font-size:11px;color:#999;"><a href="https://meetup.example.com/account/comm?u=77">Unsubscribe</a> from these emails.</p>
</td></tr></table></body></html>
""",
    },
    # 43 -- a sister forwards a job ad
    {
        "n": "sister_forwards_job_ad", "kind": "other", "company": "", "contact": "ada.oyelaran@mailbox.example.co.uk", "lang": "en",
        "frm": ("Ada Oyelaran", "ada.oyelaran@mailbox.example.co.uk"),
        "subject": "Fwd: Training Manager role - thought of you!",
        "date": "2026-07-30 12:44 +0100", "cte": "quoted-printable",
        "text": """Hannah, saw this in our company newsletter and immediately thought of you. It's the Munich office but they say German speakers preferred! Want me to put in a word with HR?

Ada x

---------- Forwarded message ---------
From: Internal Comms <comms@meridian-group.example.com>
Date: Wed, 29 Jul 2026 at 16:02
Subject: Training Manager role
To: All staff <allstaff@meridian-group.example.com>

Our Munich office is looking for a Training Manager (German/English) to lead onboarding for new sales staff. Know someone great? Referral bonus of €2,000 applies. Apply via the careers page before 31 August.
""",
    },
    # 44 -- talent platform: companies viewed your profile
    {
        "n": "talent_platform_profile_viewed", "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("TalentRadar", "updates@talentradar.example.com"),
        "subject": "3 companies viewed your profile this week",
        "date": "2026-09-11 08:30 +0200", "cte": "base64",
        "headers": [("List-Unsubscribe", "<https://talentradar.example.com/settings/unsubscribe?t=w37>")],
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td>
<p>Hi Hannah,</p>
<p>Good news: <b>3 companies</b> viewed your TalentRadar profile this week, including an edtech start-up in Berlin and a software company in Dublin.</p>
<p>Profiles with a portfolio link get 2x more interview requests. <a href=\"""" + tracked("go.talentradar.example.com", "w37", "https://talentradar.example.com/profile/edit") + """\">Add your portfolio</a></p>
<p style="font-size:11px;color:#999;"><a href="https://talentradar.example.com/settings/unsubscribe?t=w37">Unsubscribe</a> · TalentRadar Ltd, London</p>
</td></tr></table></body></html>
""",
    },
    # 45 -- letting agent: flat application unsuccessful (Dublin)
    {
        "n": "letting_agent_dublin_unsuccessful", "kind": "other", "company": "", "contact": "kevin.byrne@liffeylettings.example.ie",
        "lang": "en",
        "frm": ("Kevin Byrne", "kevin.byrne@liffeylettings.example.ie"),
        "subject": "Re: 2-bed, Rathmines – your application",
        "date": "2026-09-30 17:15 +0100", "cte": "quoted-printable",
        "text": """Hi Hannah,

Thanks for your application and for coming to the viewing on Saturday. Unfortunately the landlord has gone with another applicant for the Rathmines apartment.

We've a one-bed in Ranelagh coming up next week – let me know if you'd like to be added to the viewing list.

Regards,
Kevin Byrne
Liffey Lettings | Lower Rathmines Road, Dublin 6
""",
    },
    # 46 -- French newsletter on bouncing back after a refusal
    {
        "n": "fr_newsletter_rebondir_refus", "kind": "other", "company": "", "contact": "", "lang": "fr",
        "frm": ("Formation & Compétences", "lettre@formation-competences.example.fr"),
        "subject": "La lettre du mois : rebondir après un refus, réussir son entretien",
        "date": "2026-03-31 08:00 +0200", "cte": "quoted-printable",
        "headers": [("List-Id", "Lettre Formation & Competences <lettre.formation-competences.example.fr>"),
                 ("List-Unsubscribe", "<https://formation-competences.example.fr/desinscription?u=ho>"), _LIST,
                 ("Precedence", "bulk")],
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#6c2e8c;color:#fff;padding:18px;font-size:20px;">Formation &amp; Compétences – la lettre de mars</td></tr>
<tr><td style="padding:18px;line-height:1.55;">
<h2>Rebondir après un refus</h2>
<p>« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Cette phrase, tout le monde la connaît. Comment transformer un refus en apprentissage ? Trois formateurs témoignent.</p>
<p><a href=\"""" + tracked("clic.formation-competences.example.fr", "m3a", "https://formation-competences.example.fr/articles/rebondir-refus") + """\">Lire l'article</a></p>
<h2>Entretien d'embauche : les 10 questions pièges</h2>
<p><a href=\"""" + tracked("clic.formation-competences.example.fr", "m3b", "https://formation-competences.example.fr/articles/questions-pieges") + """\">Découvrir</a></p>
</td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#999;">Vous recevez cette lettre car vous êtes inscrite sur formation-competences.example.fr. <a href="https://formation-competences.example.fr/desinscription?u=ho">Se désinscrire</a></td></tr>
</table>
""" + pixel("https://clic.formation-competences.example.fr/o/m3.gif") + """
</body></html>
""",
    },
    # 47 -- a French friend missed her own interview
    {
        "n": "fr_amie_entretien_rate", "kind": "other", "company": "", "contact": "camille.roux@courriel.example.fr", "lang": "fr",
        "frm": ("Camille Roux", "camille.roux@courriel.example.fr"),
        "subject": "je suis nulle",
        "date": "2026-05-27 08:57 +0200", "cte": "8bit",
        "text": """Coucou ma belle,

Tu vas rire (ou pas) : j'ai raté mon entretien d'hier avec l'agence de Lyon. Mon réveil n'a pas sonné, je me suis réveillée à 10h15 alors que l'entretien était à 9h30. J'ai envoyé un mail d'excuses, mais je crois que c'est mort…

Et toi, ça avance tes candidatures à Zurich ? Raconte-moi tout, ça me changera les idées.

Bisous
Camille
""",
    },
    # 48 -- French magazine interview request
    {
        "n": "fr_magazine_demande_interview", "kind": "other", "company": "", "contact": "l.girard@mag-apprendre.example.fr",
        "lang": "fr",
        "frm": ("Léa Girard", "l.girard@mag-apprendre.example.fr"),
        "subject": "Demande d'interview – dossier « Enseignants en reconversion »",
        "date": "2026-07-14 11:11 +0200", "cte": "quoted-printable",
        "text": """Bonjour Madame Oyelaran-Weiß,

Je suis journaliste au magazine Apprendre Autrement et je prépare un dossier sur les enseignants qui se reconvertissent dans la formation pour adultes et le e-learning, en France et dans les pays voisins.

Votre témoignage d'enseignante allemande m'intéresserait beaucoup. Accepteriez-vous un entretien téléphonique d'une trentaine de minutes, en français ou en anglais, d'ici la fin du mois ?

Je vous remercie par avance et reste à votre disposition pour toute question.

Bien cordialement,
Léa Girard
Journaliste – Apprendre Autrement
+33 1 55 55 42 18
""",
    },
    # 49 -- French out-of-office from a recruiter
    {
        "n": "fr_reponse_automatique_absente", "kind": "other", "company": "", "contact": "claire.morand@formatis.example.ch",
        "lang": "fr",
        "frm": ("Claire Morand", "claire.morand@formatis.example.ch"),
        "subject": "Réponse automatique : Candidature - Conceptrice pédagogique (Zurich)",
        "date": "2026-02-02 09:00 +0100", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Bonjour,

Je suis absente du bureau jusqu'au lundi 9 février inclus. Votre message sera traité dès mon retour.

Pour toute urgence, vous pouvez contacter le secrétariat au +41 21 555 47 00.

Cordialement,
Claire Morand
Formatis SA
""",
    },
    # 50 -- the candidate's own French reply confirming an interview (quoted invitation below)
    {
        "n": "fr_own_sent_confirmation_entretien", "kind": "other", "company": "", "contact": "", "lang": "fr",
        "frm": ME, "to": ("Aurélie Berset", "aurelie.berset@pleiade.example.ch"),
        "subject": "Re: Invitation à un entretien - Chargée de formation (Zurich)",
        "date": "2026-04-03 07:48 +0200", "cte": "quoted-printable",
        "text": """Chère Madame Berset,

Je vous remercie de votre invitation et vous confirme avec plaisir ma présence le jeudi 16 avril 2026 à 14h00 dans vos locaux de Zurich.

Je me réjouis de rencontrer Monsieur Vuilleumier et vous-même.

Avec mes meilleures salutations,
Hannah Oyelaran-Weiß

Le jeu. 2 avr. 2026 à 09:44, Aurélie Berset <aurelie.berset@pleiade.example.ch> a écrit :
""" + quote("""Madame,

Nous avons bien reçu votre candidature pour le poste de chargée de formation au sein de notre antenne de Zurich et vous en remercions.

Nous avons le plaisir de vous inviter à un entretien le jeudi 16 avril 2026 à 14h00 dans nos locaux de Zurich (Josefstrasse 92, 8005 Zurich).

Aurélie Berset
Ressources humaines
Fondation Pléiade""") + "\n",
    },
    # 51 -- a Spanish friend tells about her own rejection
    {
        "n": "es_amiga_tambien_rechazada", "kind": "other", "company": "", "contact": "lucia.ferrandiz@correo.example.es", "lang": "es",
        "frm": ("Lucía Ferrándiz", "lucia.ferrandiz@correo.example.es"),
        "subject": "jo, qué rabia",
        "date": "2026-07-02 22:35 +0200", "cte": "8bit",
        "text": """¡Hola guapa!

Te escribo porque necesito desahogarme: me acaban de rechazar en la editorial de Valencia después de tres entrevistas. Tres!! Me dijeron que buscaban "un perfil más senior". Vaya tela.

Tú qué tal? Me dijiste que tenías algo con una empresa de Madrid, no? Cuéntame cuando puedas, que ya sabes que me alegro un montón por ti.

Besos desde Valencia,
Lucía
""",
    },
    # 52 -- Spanish newsletter: how to face a job rejection
    {
        "n": "es_boletin_rechazo_laboral", "kind": "other", "company": "", "contact": "", "lang": "es",
        "frm": ("Comunidad eLearning Hispana", "boletin@elearning-hispana.example.es"),
        "subject": "Boletín de junio: cómo afrontar un rechazo laboral",
        "date": "2026-06-26 09:00 +0200", "cte": "quoted-printable",
        "headers": [("List-Id", "Boletin eLearning Hispana <boletin.elearning-hispana.example.es>"),
                 ("List-Unsubscribe", "<https://elearning-hispana.example.es/baja?s=hw26>"), _LIST,
                 ("Precedence", "bulk")],
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#c0392b;color:#fff;padding:16px;font-size:19px;">Comunidad eLearning Hispana · Boletín de junio</td></tr>
<tr><td style="padding:18px;line-height:1.55;">
<h2>Cómo afrontar un rechazo laboral</h2>
<p>"Lamentamos comunicarle que su candidatura no ha sido seleccionada". Todos lo hemos leído alguna vez. Te contamos cómo pedir feedback y qué hacer en la siguiente entrevista.</p>
<p><a href=\"""" + tracked("enlaces.elearning-hispana.example.es", "j26a", "https://elearning-hispana.example.es/blog/rechazo-laboral") + """\">Leer más</a></p>
<h3>Ofertas destacadas</h3>
<p>Diseñador/a instruccional (remoto) · Coordinador/a de formación online (Sevilla) · <a href=\"""" + tracked("enlaces.elearning-hispana.example.es", "j26b", "https://elearning-hispana.example.es/empleo") + """\">ver todas</a></p>
</td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#999;">Recibes este boletín porque te suscribiste en nuestra web. <a href="https://elearning-hispana.example.es/baja?s=hw26">Darte de baja</a></td></tr>
</table>
""" + pixel("https://enlaces.elearning-hispana.example.es/o/j26.gif") + """
</body></html>
""",
    },
]

assert all(m["kind"] == "other" and m["company"] == "" for m in MESSAGES)
assert ME == (CAND_NAME, CAND)
