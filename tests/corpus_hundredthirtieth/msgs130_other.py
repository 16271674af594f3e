"""Everything else (52): newsletters and job alerts that talk about rejections and interviews,
other meanings of the same words, friends and family, the candidate's own sent mail,
out-of-office replies and cold outreach. None of it is a step in an application of Florian's
to an employer, so no company is labelled."""

from __future__ import annotations

from msgs130_common import CANDIDATE, card_shell, pixel, table_shell

MESSAGES: list[dict] = []
add = MESSAGES.append

# === German ===================================================================================

add({
    "slug": "career_magazine_absagen_verarbeiten",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Karriere-Kompass", "newsletter@karrierekompass.example.de"),
    "subject": "Absage erhalten? 5 Dinge, die Sie jetzt tun sollten",
    "date": "2026-02-12 06:30 +0100",
    "headers": {"List-Id": "Karriere-Kompass Wochenbrief <wochenbrief.karrierekompass.example.de>",
                "List-Unsubscribe": "<https://karrierekompass.example.de/abmelden?u=fmh-2231>, <mailto:abmelden@karrierekompass.example.de>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "text_from_html": True,
    "html": table_shell(
        logo="https://karrierekompass.example.de/img/kk-logo.png", alt="Karriere-Kompass", accent="#2e7d32",
        body="""<p style="font-size:12px;color:#888;margin:0 0 10px 0;">Der Wochenbrief &middot; Ausgabe 07/2026</p>
<h1 style="font-size:22px;margin:0 0 12px 0;">Absage erhalten? 5 Dinge, die Sie jetzt tun sollten</h1>
<p>„Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben“ &ndash; kaum ein Satz wird in Deutschland so oft verschickt. Wer sich beruflich neu orientiert, liest ihn besonders häufig. Unsere Redaktion hat mit drei Recruiterinnen gesprochen, was danach wirklich hilft.</p>
<ol>
<li><b>Nicht persönlich nehmen.</b> Oft entscheidet ein einziges Kriterium, das in der Ausschreibung gar nicht stand.</li>
<li><b>Um Feedback bitten</b> &ndash; kurz, freundlich, innerhalb einer Woche.</li>
<li><b>Die eigene Bewerbungsliste pflegen:</b> Wo warten Sie noch auf eine Einladung zum Vorstellungsgespräch?</li>
<li><b>Kontakt halten.</b> Jede dritte Stelle wird innerhalb eines Jahres neu ausgeschrieben.</li>
<li><b>Pausen einplanen.</b> Zwanzig Absagen in einem Monat sind kein Naturgesetz, aber auch keine Seltenheit.</li>
</ol>
<p><a href="https://karrierekompass.example.de/r/3f2a?u=fmh-2231&amp;l=artikel">Weiterlesen auf karrierekompass.de &rarr;</a></p>
<h2 style="font-size:17px;margin:22px 0 8px 0;">Außerdem diese Woche</h2>
<p><a href="https://karrierekompass.example.de/r/3f2b?u=fmh-2231">Quereinstieg in die IT: Was Zertifikate wirklich bringen</a><br>
<a href="https://karrierekompass.example.de/r/3f2c?u=fmh-2231">Gehaltsverhandlung nach der Zusage: Die besten Formulierungen</a><br>
<a href="https://karrierekompass.example.de/r/3f2d?u=fmh-2231">Vorstellungsgespräch per Video: Licht, Ton, Hintergrund</a></p>""",
        footer="""Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.de angemeldet haben.<br>
<a href="https://karrierekompass.example.de/abmelden?u=fmh-2231" style="color:#8a8d93;">Abmelden</a> &middot; <a href="https://karrierekompass.example.de/impressum" style="color:#8a8d93;">Impressum</a><br>
Karriere-Kompass Medien GmbH &middot; Hamburg &middot; Geschäftsführerin: Anke Pohlmann &middot; AG Hamburg HRB 000000""",
        track=pixel("https://karrierekompass.example.de/o/fmh-2231-07.gif")),
})

add({
    "slug": "job_alert_digest_wien",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("jobwelt.at Jobagent", "jobagent@mailing.jobwelt.example.at"),
    "subject": "12 neue Jobs für „IT Support“ in Wien und Umgebung",
    "date": "2026-03-03 07:00 +0100",
    "headers": {"List-Id": "<jobagent.jobwelt.example.at>",
                "List-Unsubscribe": "<https://www.jobwelt.example.at/jobagent/abmelden?id=ja-88123>",
                "Precedence": "bulk"},
    "html": table_shell(
        logo="https://static.jobwelt.example.at/img/jobwelt-logo.png", alt="jobwelt.at", accent="#5a2d82",
        body="""<p>Hallo Florian,</p>
<p>Ihr Jobagent „IT Support – Wien, 30 km“ hat <b>12 neue Stellen</b> gefunden:</p>
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border-collapse:collapse;">
<tr style="border-bottom:1px solid #eee;"><td><a href="https://www.jobwelt.example.at/r/?j=550011&amp;s=ja"><b>IT-Supporter:in 1st Level</b></a><br>Stadtbibliotheken Wien &middot; 1070 Wien &middot; ab € 2.600</td></tr>
<tr style="border-bottom:1px solid #eee;"><td><a href="https://www.jobwelt.example.at/r/?j=550027&amp;s=ja"><b>Junior Systemadministrator (m/w/d)</b></a><br>Druckerei Hanusch &amp; Co &middot; 1230 Wien</td></tr>
<tr style="border-bottom:1px solid #eee;"><td><a href="https://www.jobwelt.example.at/r/?j=550031&amp;s=ja"><b>Service Desk Agent Deutsch/Englisch</b></a><br>Personaldienstleister &middot; Wien-Erdberg &middot; Schichtbetrieb</td></tr>
<tr style="border-bottom:1px solid #eee;"><td><a href="https://www.jobwelt.example.at/r/?j=550040&amp;s=ja"><b>Techniker:in Netzwerk &amp; Telefonie</b></a><br>Kommunalbetriebe Mödling &middot; 2340 Mödling</td></tr>
<tr><td><a href="https://www.jobwelt.example.at/r/?j=550052&amp;s=ja"><b>IT-Lehrling / Quereinsteiger:in 18+</b></a><br>Kaffeerösterei Berger &middot; 1160 Wien</td></tr>
</table>
<p><a href="https://www.jobwelt.example.at/r/?ja=88123&amp;alle=1">Alle 12 Jobs ansehen &rarr;</a></p>
<p style="font-size:13px;color:#666;">Tipp: Bewerbungen mit Motivationsschreiben werden laut unserer Umfrage doppelt so oft mit einer Einladung zum Gespräch beantwortet.</p>""",
        footer="""Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.
<a href="https://www.jobwelt.example.at/jobagent/abmelden?id=ja-88123" style="color:#8a8d93;">Jobagent abbestellen</a> &middot; Jobwelt Online GmbH, Wien""",
        track=pixel("https://mailing.jobwelt.example.at/o/ja-88123-0303.gif")),
})

add({
    "slug": "newsletter_missed_interview_tips",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Netzwerk IT-Quereinstieg", "newsletter@quereinstieg-it.example.at"),
    "subject": "Vorstellungsgespräch verpasst – und jetzt?",
    "date": "2026-05-14 17:00 +0200",
    "headers": {"List-Id": "Netzwerk IT-Quereinstieg <news.quereinstieg-it.example.at>",
                "List-Unsubscribe": "<https://quereinstieg-it.example.at/newsletter/abmelden?e=florian.mh%40example.at>",
                "Precedence": "list", "X-Mailer": "CleverReach"},
    "text": """Netzwerk IT-Quereinstieg – Mai-Newsletter

Liebe Mitglieder,

diesmal ein Thema, über das selten jemand spricht: Was tun, wenn man ein Vorstellungsgespräch verpasst hat? Ob Zugausfall, verwechselte Zeitzone oder schlicht vergessen – es passiert öfter, als man denkt.

Unsere Tipps:
1. Sofort melden, noch am selben Tag. Kurz entschuldigen, nicht rechtfertigen.
2. Einen neuen Termin vorschlagen – am besten zwei konkrete.
3. Aus Fehlern lernen: Termine immer mit Zeitzone in den Kalender eintragen.

Der ganze Artikel: https://quereinstieg-it.example.at/r/m5?u=2231

Termine im Mai
- 21.5., 18:30: Stammtisch Wien, Thema „Vom Fahrerstand in den Serverraum“
- 28.5., online: Bewerbungsfotos – Do's and Don'ts

Herzliche Grüße
Ihr Team vom Netzwerk IT-Quereinstieg

Abmelden: https://quereinstieg-it.example.at/newsletter/abmelden?e=florian.mh%40example.at
Netzwerk IT-Quereinstieg – Verein zur Förderung von Berufswechsler:innen, ZVR 000000000
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<div style="max-width:600px;margin:0 auto;">
<div style="background:#263238;color:#fff;padding:14px 20px;"><img src="https://quereinstieg-it.example.at/img/logo-invers.png" alt="Netzwerk IT-Quereinstieg" height="30"></div>
<div style="padding:20px;">
<p>Liebe Mitglieder,</p>
<p>diesmal ein Thema, über das selten jemand spricht: <b>Was tun, wenn man ein Vorstellungsgespräch verpasst hat?</b> Ob Zugausfall, verwechselte Zeitzone oder schlicht vergessen &ndash; es passiert öfter, als man denkt.</p>
<ol><li>Sofort melden, noch am selben Tag. Kurz entschuldigen, nicht rechtfertigen.</li>
<li>Einen neuen Termin vorschlagen &ndash; am besten zwei konkrete.</li>
<li>Aus Fehlern lernen: Termine immer mit Zeitzone in den Kalender eintragen.</li></ol>
<p><a href="https://quereinstieg-it.example.at/r/m5?u=2231">Zum ganzen Artikel</a></p>
<h3>Termine im Mai</h3>
<p>21.5., 18:30: Stammtisch Wien, Thema „Vom Fahrerstand in den Serverraum“<br>28.5., online: Bewerbungsfotos &ndash; Do's and Don'ts</p>
<p>Herzliche Grüße<br>Ihr Team vom Netzwerk IT-Quereinstieg</p>
</div>
<div style="padding:12px 20px;font-size:11px;color:#888;"><a href="https://quereinstieg-it.example.at/newsletter/abmelden?e=florian.mh%40example.at" style="color:#888;">Abmelden</a> &middot; Verein zur Förderung von Berufswechsler:innen, ZVR 000000000</div>
</div>
<img src="https://quereinstieg-it.example.at/cr/o/2231-m5.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "podcast_interview_request_de",
    "cte": "8bit",
    "kind": "other", "company": "", "contact": "sarah.wimmer@spurwechsel-podcast.example.at", "lang": "de",
    "from": ("Sarah Wimmer", "sarah.wimmer@spurwechsel-podcast.example.at"),
    "subject": "Interview-Anfrage für unseren Podcast „Spurwechsel“",
    "date": "2026-04-16 20:12 +0200",
    "text": """Lieber Florian,

ich hoffe, es ist okay, dass ich dich duze – im Netzwerk IT-Quereinstieg machen das ja alle 🙂

Ich produziere mit einer Freundin den Podcast „Spurwechsel – Geschichten vom Quereinstieg“. Beim letzten Stammtisch hast du erzählt, wie du zwischen zwei Diensten im Pausenraum für die CompTIA gelernt hast, und ich fand das so eine schöne Geschichte, dass ich dich gerne für eine Folge interviewen würde.

Das Interview würde ca. 45 Minuten dauern, wir nehmen bei mir im 5. Bezirk auf (oder remote, wenn dir das lieber ist). Natürlich bekommst du die Folge vor der Veröffentlichung zum Anhören.

Hättest du Lust? Termine im Mai wären ideal.

Liebe Grüße
Sarah

--
Spurwechsel – Geschichten vom Quereinstieg
spurwechsel-podcast.example.at | Instagram: @spurwechsel.podcast
""",
})

add({
    "slug": "press_interview_district_paper",
    "kind": "other", "company": "", "contact": "m.strobl@bezirksblatt.example.at", "lang": "de",
    "from": ("Michael Strobl", "m.strobl@bezirksblatt.example.at"),
    "subject": "Anfrage: Interview für das Bezirksblatt Floridsdorf",
    "date": "2026-06-24 10:35 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

mein Name ist Michael Strobl, ich bin Redakteur beim Bezirksblatt Floridsdorf. Für unsere Serie „Menschen im Bezirk“ bereiten wir einen Beitrag über Berufswechsel im Erwachsenenalter vor. Ihre Kollegin aus dem Betriebsbahnhof hat mir erzählt, dass Sie nach elf Jahren am Steuer der Straßenbahn gerade eine Ausbildung zum IT-Techniker machen.

Wären Sie zu einem kurzen Interview bereit? Wir würden uns gerne für etwa eine halbe Stunde mit Ihnen treffen, idealerweise am Betriebsbahnhof oder in einem Café in der Nähe, und ein Foto machen. Erscheinungstermin wäre die Ausgabe vom 15. Juli.

Über eine Rückmeldung würde ich mich sehr freuen.

Mit besten Grüßen

Michael Strobl
Redaktion Bezirksblatt Floridsdorf
Tel. +43 1 000 00 00-31
""",
})

add({
    "slug": "navigation_app_position_shared",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Wegweiser App", "noreply@wegweiser-app.example.com"),
    "subject": "Deine Position wird jetzt mit Amélie geteilt",
    "date": "2026-03-24 08:41 +0100",
    "html": card_shell(
        logo="https://cdn.wegweiser-app.example.com/mail/logo.png", alt="Wegweiser",
        body="""<p>Hallo Florian,</p>
<p>du hast deinen <b>Live-Standort</b> für die nächsten <b>2 Stunden</b> mit <b>Amélie</b> geteilt. Amélie sieht deine aktuelle Position und deine voraussichtliche Ankunftszeit.</p>
<p style="background:#f2f6ff;padding:12px;border-radius:6px;">🚋 Aktuell: Linie 6, Richtung Hauptbahnhof &middot; Ankunft ca. 09:12</p>
<p>Du kannst die Freigabe jederzeit in der App beenden.</p>
<p><a href="https://wegweiser-app.example.com/l/share/stop?s=9d1e">Teilen beenden</a></p>""",
        footer="""Wegweiser Mobility GmbH &middot; Graz &middot; <a href="https://wegweiser-app.example.com/settings/notifications" style="color:#8e8e93;">Benachrichtigungen verwalten</a>""",
        track=pixel("https://wegweiser-app.example.com/o/9d1e.gif")),
})

add({
    "slug": "housing_waiting_list_position",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Wohnungsservice Wien-Nord", "noreply@wohnungsservice-nord.example.at"),
    "subject": "Ihre Position auf der Warteliste – Vormerkung 2025/118842",
    "date": "2026-04-02 09:00 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

wir informieren Sie über den aktuellen Stand Ihrer Vormerkung für eine geförderte Mietwohnung (Vormerkung Nr. 2025/118842, 2 Zimmer, 21. und 22. Bezirk).

Ihre aktuelle Position auf der Warteliste: 312 (Vormonat: 347)

Sobald ein passendes Wohnungsangebot vorliegt, erhalten Sie eine schriftliche Einladung zur Wohnungsbesichtigung. Bitte halten Sie Ihre Kontaktdaten im Kundenportal aktuell.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Wohnungsservice Wien-Nord
""",
})

add({
    "slug": "parcel_delayed_de",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Paketblitz", "benachrichtigung@paketblitz.example.at"),
    "subject": "Leider verzögert sich Ihre Sendung 00340434161094021",
    "date": "2026-05-29 16:14 +0200",
    "html": table_shell(
        logo="https://www.paketblitz.example.at/mail/logo.png", alt="Paketblitz", accent="#ffd100",
        body="""<p>Guten Tag Florian Mbeki-Hartl,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434161094021</b> von <b>RackParts</b>. Grund: hohes Sendungsaufkommen im Verteilzentrum Wien-Inzersdorf.</p>
<p><b>Neuer voraussichtlicher Zustelltag:</b> Dienstag, 2. Juni 2026, 08:00&ndash;14:00 Uhr</p>
<p>Wir entschuldigen uns für die Unannehmlichkeiten. Sie können Ihre Sendung jederzeit verfolgen oder an einen Paketshop umleiten.</p>
<p><a href="https://track.paketblitz.example.at/c/?s=00340434161094021&amp;utm_campaign=delay">Sendung verfolgen</a></p>""",
        footer="""Paketblitz Österreich GmbH &middot; Diese E-Mail wurde automatisch erzeugt.""",
        track=pixel("https://track.paketblitz.example.at/o/00340434161094021.gif")),
})

add({
    "slug": "bank_loan_application_received",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Donaubank Direkt", "service@donaubank-direkt.example.at"),
    "subject": "Ihr Kreditantrag ist bei uns eingegangen",
    "date": "2026-06-05 13:27 +0200",
    "text_from_html": True,
    "html": table_shell(
        logo="https://www.donaubank-direkt.example.at/img/mail-logo.png", alt="Donaubank Direkt", accent="#003d7c",
        body="""<p>Sehr geehrter Herr Mbeki-Hartl,</p>
<p>vielen Dank für Ihren Antrag auf einen <b>Wohnkredit</b> über € 28.000. Ihr Antrag ist bei uns eingegangen und wird nun geprüft.</p>
<p>Antragsnummer: KR-2026-0611873</p>
<p>In der Regel erhalten Sie innerhalb von 5 Bankarbeitstagen eine Entscheidung. Falls wir weitere Unterlagen benötigen (z.&nbsp;B. die letzten drei Gehaltszettel), melden wir uns in Ihrem Online-Banking-Postfach.</p>
<p>Mit freundlichen Grüßen<br>Ihr Donaubank Direkt Team</p>""",
        footer="""Donaubank Direkt AG &middot; Wien &middot; FN 000000d &middot; Diese E-Mail wurde automatisch versendet. Aus Sicherheitsgründen senden wir Ihnen niemals Links zur Eingabe von Zugangsdaten.""",
        track=""),
})

add({
    "slug": "bank_loan_declined_advisor",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Gernot Haider | Donaubank Direkt", "gernot.haider@donaubank-direkt.example.at"),
    "subject": "Ihr Kreditantrag KR-2026-0611873",
    "date": "2026-06-12 11:02 +0200",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

leider müssen wir Ihnen mitteilen, dass wir Ihrem Antrag auf einen Wohnkredit über € 28.000 derzeit nicht entsprechen können. Ausschlaggebend ist die geplante berufliche Veränderung: Während einer Probezeit können wir die Haushaltsrechnung nach den Vorgaben der KIM-Verordnung nicht positiv beurteilen.

Gerne prüfen wir einen neuen Antrag, sobald Sie sechs Monate in einem unbefristeten Dienstverhältnis stehen.

Mit freundlichen Grüßen

Gernot Haider
Kundenbetreuung Privatkunden
Donaubank Direkt AG
""",
})

add({
    "slug": "flat_application_refused_portal",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("WohnPortal", "no-reply@wohnportal.example.at"),
    "subject": "Absage zu Ihrer Anfrage: 2-Zimmer-Wohnung, 1210 Wien, Brünner Straße",
    "date": "2026-03-27 18:50 +0100",
    "html": card_shell(
        logo="https://static.wohnportal.example.at/mail/wp-logo.png", alt="WohnPortal",
        body="""<p>Hallo Florian Mbeki-Hartl,</p>
<p>der Anbieter des Inserats <b>„Helle 2-Zimmer-Wohnung mit Loggia, 58 m²“</b> hat Ihre Bewerbung um die Wohnung leider abgelehnt. Der Vermieter hat sich für andere Interessenten entschieden.</p>
<p>Lassen Sie sich nicht entmutigen &ndash; in Ihrem Suchgebiet sind seit gestern 14 neue Wohnungen online.</p>
<p><a href="https://www.wohnportal.example.at/r/suche?id=s-7712&amp;utm_source=absage">Neue Wohnungen ansehen</a></p>""",
        footer="""WohnPortal GmbH &middot; Wien &middot; <a href="https://www.wohnportal.example.at/konto/mails" style="color:#8e8e93;">E-Mail-Einstellungen</a>""",
        track=pixel("https://www.wohnportal.example.at/o/s-7712.gif")),
})

add({
    "slug": "friend_forwards_own_absage_pdf",
    "cte": "8bit",
    "kind": "other", "company": "", "contact": "steff.novak@example.at", "lang": "de",
    "from": ("Steff Novak", "steff.novak@example.at"),
    "subject": "na super...",
    "date": "2026-05-08 21:33 +0200",
    "text": """Servus Flo,

na, jetzt hat's mich auch erwischt: heute die Absage von der Netzgesellschaft bekommen, für die Leitwarten-Stelle, wo ich dir erzählt hab. Nach drei Runden! Hab dir das Schreiben angehängt, damit du siehst, wie nichtssagend das ist. „Bewerber, deren Profil besser passt“ – danke für nix.

Wie läuft's bei dir? Hast du von den Zürchern schon was gehört? Lass uns nächste Woche auf ein Bier gehen, ich brauch das.

Steff
""",
    "attach": [{"filename": "Absage_Novak.pdf", "title": "Ihre Bewerbung - Leitwarte",
                "lines": ["Sehr geehrter Herr Novak,", "leider muessen wir Ihnen mitteilen, dass wir uns",
                          "fuer Bewerber entschieden haben, deren Profil besser passt."]}],
})

add({
    "slug": "own_speculative_application_cv",
    "cte": "8bit",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": CANDIDATE,
    "to": [("", "office@kabelwerk-it.example.at")],
    "msgid": "<7c1d55e2-0a94-4b8e@example.at>",
    "subject": "Initiativbewerbung IT-Support / Netzwerktechnik",
    "date": "2026-01-19 20:41 +0100",
    "headers": {"User-Agent": "Mozilla Thunderbird"},
    "text": """Sehr geehrte Damen und Herren,

seit elf Jahren fahre ich Straßenbahn in Wien und bilde mich seit letztem Herbst berufsbegleitend zum IT-Systemtechniker weiter (CompTIA A+ abgeschlossen, CCNA in Vorbereitung). Da Sie als IT-Dienstleister viele Wiener KMU betreuen, möchte ich mich initiativ bei Ihnen bewerben.

Aus dem Fahrdienst bringe ich mit, was im Support zählt: Ruhe, wenn etwas nicht funktioniert, Freundlichkeit auch bei verärgerten Menschen und absolute Pünktlichkeit. Meinen Lebenslauf und meine Zertifikate finden Sie im Anhang.

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Florian Mbeki-Hartl
Tel. +43 660 000 4471
""",
    "attach": [{"filename": "Lebenslauf_Florian_Mbeki-Hartl.pdf", "title": "Lebenslauf Florian Mbeki-Hartl",
                "lines": ["2015-2026  Strassenbahnfahrer, Wien", "2025-2026  Ausbildung IT-Systemtechnik",
                          "Zertifikate: CompTIA A+ (2025), CCNA (in Vorbereitung)",
                          "Sprachen: Deutsch, Englisch, Franzoesisch, Spanisch (B1)"]}],
})

add({
    "slug": "own_followup_to_agency",
    "cte": "8bit",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": CANDIDATE,
    "to": [("Jonas Weigl", "jonas.weigl@perspektiva-personal.example.de")],
    "msgid": "<0a8c6e3f-1b27-4f90@example.at>",
    "subject": "Nachfrage Stand Bewerbung Isartal Verkehrsbetriebe",
    "date": "2026-03-23 18:02 +0100",
    "text": """Sehr geehrter Herr Weigl,

ich wollte mich kurz nach dem Stand erkundigen. Beim Gespräch hieß es, dass die Isartal Verkehrsbetriebe Ende März über eine Einladung zum Zweitgespräch entscheiden. Gibt es dazu schon Neuigkeiten?

Viele Grüße
Florian Mbeki-Hartl
""",
})

add({
    "slug": "out_of_office_recruiter_de",
    "kind": "other", "company": "", "contact": "m.eder@alpenpersonal.example.at", "lang": "de",
    "from": ("Melanie Eder | Alpen Personal", "m.eder@alpenpersonal.example.at"),
    "subject": "Automatische Antwort: Unterlagen IT Techniker:in AP-LNZ-2231",
    "date": "2026-05-19 07:58 +0200",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                "Precedence": "auto_reply"},
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. Mai auf Urlaub und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Büro unter +43 732 000 000-0.

Freundliche Grüße
Melanie Eder
Alpen Personal GmbH
""",
})

add({
    "slug": "headhunter_cold_outreach_de",
    "cte": "8bit",
    "kind": "other", "company": "", "contact": "a.kranz@kranz-search.example.de", "lang": "de",
    "from": ("Dr. Alexander Kranz", "a.kranz@kranz-search.example.de"),
    "subject": "Vertrauliche Anfrage – IT-Koordination bei einem Verkehrsunternehmen in Süddeutschland",
    "date": "2026-07-09 08:20 +0200",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

über Ihr Profil im Karrierenetzwerk bin ich auf Sie aufmerksam geworden. Die Kombination aus langjähriger Praxis im Fahrbetrieb und einer aktuellen IT-Ausbildung ist selten – und genau danach sucht einer meiner Mandanten, ein mittelgroßes Verkehrsunternehmen in Süddeutschland, für die Koordination seiner Fahrzeug-IT.

Ich würde Ihnen die Position gerne in einem vertraulichen Telefonat von 15 Minuten vorstellen. Es handelt sich um keine ausgeschriebene Stelle; eine Bewerbung ist zum jetzigen Zeitpunkt nicht nötig.

Hätten Sie in den nächsten Tagen Zeit? Nennen Sie mir gerne zwei, drei Zeitfenster.

Mit besten Grüßen

Dr. Alexander Kranz
Managing Partner
Kranz Executive IT-Search
Maximilianstraße 00 · 80539 München
+49 89 000 000 10
""",
})

add({
    "slug": "training_course_registration",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Bildungszentrum Donaustadt", "anmeldung-noreply@bz-donaustadt.example.at"),
    "subject": "Anmeldebestätigung: CCNA Kompaktkurs (Abendkurs) – Start 13. April",
    "date": "2026-03-11 15:45 +0100",
    "html": table_shell(
        logo="https://www.bz-donaustadt.example.at/img/logo-bz.png", alt="Bildungszentrum Donaustadt", accent="#e86c00",
        body="""<p>Sehr geehrter Herr Mbeki-Hartl,</p>
<p>vielen Dank für Ihre Anmeldung! Ihre Anmeldung zum folgenden Kurs ist bei uns eingegangen und verbindlich bestätigt:</p>
<table cellpadding="5" cellspacing="0" style="font-size:14px;border:1px solid #eee;">
<tr><td style="color:#777;">Kurs</td><td><b>CCNA Kompaktkurs (Abendkurs)</b>, Kursnummer 26-IT-114</td></tr>
<tr><td style="color:#777;">Zeitraum</td><td>13. April bis 29. Juni 2026, Mo und Mi, 18:00&ndash;21:30 Uhr</td></tr>
<tr><td style="color:#777;">Ort</td><td>Bildungszentrum Donaustadt, Raum 2.11, Wagramer Straße 000, 1220 Wien</td></tr>
<tr><td style="color:#777;">Kursbeitrag</td><td>€ 1.290,&ndash; (gefördert durch den Weiterbildungsfonds, Ihr Selbstbehalt: € 258,&ndash;)</td></tr>
</table>
<p>Die Rechnung erhalten Sie separat. Bitte bringen Sie zum ersten Kursabend einen Laptop mit mindestens 16 GB RAM mit.</p>
<p>Wir wünschen Ihnen viel Erfolg!<br>Ihr Kundenservice</p>""",
        footer="""Bildungszentrum Donaustadt gemeinnützige GmbH &middot; Wien &middot; Diese Nachricht wurde automatisch erstellt.""",
        track=pixel("https://www.bz-donaustadt.example.at/mail/o/26-IT-114.gif")),
})

add({
    "slug": "employment_service_appointment",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Jobservice Wien – Terminerinnerung", "termine-noreply@jobservice-wien.example.at"),
    "subject": "Erinnerung: Ihr Beratungstermin am 21. April 2026, 09:15 Uhr",
    "date": "2026-04-17 06:00 +0200",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

wir erinnern Sie an Ihren Termin zur Bildungs- und Berufsberatung:

Dienstag, 21. April 2026, 09:15 Uhr
Jobservice Wien, Beratungszentrum Nord, Schloßhofer Straße 00, 1210 Wien, Zimmer 4.08
Beraterin: Frau Mag.a Denise Koller

Bitte bringen Sie mit:
- Lichtbildausweis
- Kursbestätigung Bildungszentrum Donaustadt
- aktuellen Lebenslauf

Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte spätestens 24 Stunden vorher im Online-Portal ab.

Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.
""",
})

add({
    "slug": "current_employer_roster_change",
    "kind": "other", "company": "", "contact": "w.pfeiffer@stadtverkehr-wien.example.at", "lang": "de",
    "from": ("Pfeiffer Walter", "w.pfeiffer@stadtverkehr-wien.example.at"),
    "subject": "Dienstplanänderung KW 14",
    "date": "2026-03-26 13:10 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Hallo Florian,

wie am Telefon besprochen: Dein Dienst am Dienstag, 31.3. (Linie 26, Frühdienst) wird mit dem Kollegen Yilmaz getauscht, du fährst stattdessen am Donnerstag, 2.4. Spätdienst Linie 31. Deinen freien Tag am Dienstag für die Kursprüfung hast du damit.

Bitte im Dienstplan-Portal noch bestätigen.

Gruß
Walter Pfeiffer
Dienstplanung, Betriebsbahnhof Floridsdorf
Stadtverkehr Wien
""",
})

add({
    "slug": "webinar_live_interview_recruiter",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("TechTalents Events", "events@techtalents-events.example.de"),
    "subject": "Live-Interview mit einer IT-Recruiterin: So überzeugen Sie im Vorstellungsgespräch",
    "date": "2026-06-04 10:00 +0200",
    "headers": {"List-Id": "TechTalents Events <events.techtalents-events.example.de>",
                "List-Unsubscribe": "<https://techtalents-events.example.de/unsub?c=fmh>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "text_from_html": True,
    "html": """<html><body style="margin:0;background:#0f172a;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Inter,Arial,sans-serif;font-size:15px;color:#0f172a;">
<tr><td style="padding:0;"><img src="https://techtalents-events.example.de/img/banner-live-interview.jpg" alt="Live-Interview: So überzeugen Sie im Vorstellungsgespräch" width="600" style="display:block;"></td></tr>
<tr><td style="padding:26px;">
<p><b>Donnerstag, 18. Juni 2026, 18:00 Uhr &middot; online &middot; kostenlos</b></p>
<p>Im Live-Interview spricht unsere Moderatorin mit Jana Kühn, Senior IT-Recruiterin, über die häufigsten Fehler im Vorstellungsgespräch &ndash; und warum eine Einladung noch keine Zusage ist. Anschließend beantwortet Jana Ihre Fragen im Chat.</p>
<p>Themen: Quereinstieg erklären &middot; Gehaltsfrage &middot; Was tun nach einer Absage?</p>
<p style="text-align:center;"><a href="https://techtalents-events.example.de/t/c/reg?e=4412&amp;u=fmh" style="background:#6366f1;color:#fff;padding:12px 24px;border-radius:6px;text-decoration:none;font-weight:bold;">Jetzt kostenlos anmelden</a></p>
</td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#64748b;">TechTalents Events UG (haftungsbeschränkt) &middot; Köln &middot; <a href="https://techtalents-events.example.de/unsub?c=fmh" style="color:#64748b;">Abmelden</a></td></tr>
</table></td></tr></table>
<img src="https://techtalents-events.example.de/t/o/4412-fmh.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "job_board_profile_views",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Stellenwerk", "noreply@stellenwerk.example.de"),
    "subject": "Dein Profil wurde diese Woche 23-mal angesehen 👀",
    "date": "2026-04-26 09:30 +0200",
    "headers": {"List-Unsubscribe": "<mailto:unsubscribe@stellenwerk.example.de?subject=unsubscribe>"},
    "html": """<html><body style="margin:0;background:#eef2f7;">
<div style="max-width:600px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#222;">
<div style="background:#0a2e5c;padding:18px 24px;"><img src="https://cdn.stellenwerk.example.de/mail/logo-white.png" alt="Stellenwerk" height="26"></div>
<div style="padding:24px;">
<p>Hi Florian,</p>
<p>Recruiter:innen interessieren sich für dich! Diese Woche wurde dein Profil <b>23-mal</b> angesehen &ndash; 9 mehr als letzte Woche.</p>
<p>Unter anderem haben sich Personalberatungen und zwei IT-Dienstleister aus München dein Profil angeschaut.</p>
<p><a href="https://www.stellenwerk.example.de/t/c?l=profil-statistik" style="background:#ff6b00;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;">Statistik ansehen</a></p>
<p style="font-size:13px;color:#666;">Tipp: Profile mit Foto und Zertifikaten erhalten 40&nbsp;% mehr Anfragen.</p>
</div>
<div style="padding:16px 24px;font-size:11px;color:#888;background:#f7f9fb;">Stellenwerk Online GmbH &middot; Berlin &middot; <a href="https://www.stellenwerk.example.de/t/u?e=florian.mh%40example.at" style="color:#888;">Abmelden</a></div>
</div>
<img src="https://www.stellenwerk.example.de/t/o.gif?m=pv17" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "calendar_reminder_interview",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Google Kalender", "calendar-notification@google.com"),
    "subject": "Benachrichtigung: Auswahlgespräch Magistrat Graz (Webex) @ Di. 24. März 2026 10:00 - 11:00 (MEZ)",
    "date": "2026-03-24 09:30 +0100",
    "text": """Auswahlgespräch Magistrat Graz (Webex)
Dienstag, 24. März 2026 ⋅ 10:00 – 11:00
Mitteleuropäische Normalzeit - Wien

Notizen: Zeugnisse bereitlegen, Kamera testen! Kommission: Tschernko, Url, Personalvertretung.

Kalender: florian.mh@example.at

Einladung von Google Kalender: https://calendar.google.com/calendar/

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen für diesen Termin eingerichtet haben.
""",
    "html": """<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;">
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:560px;">
<tr><td><h2 style="font-size:20px;font-weight:400;margin:0 0 8px 0;">Auswahlgespräch Magistrat Graz (Webex)</h2>
<p style="margin:0 0 12px 0;">Dienstag, 24. März 2026 &sdot; 10:00 &ndash; 11:00<br>Mitteleuropäische Normalzeit - Wien</p>
<p style="margin:0 0 12px 0;"><b>Notizen:</b> Zeugnisse bereitlegen, Kamera testen! Kommission: Tschernko, Url, Personalvertretung.</p>
<p style="margin:0;color:#70757a;font-size:12px;">Kalender: florian.mh@example.at</p>
</td></tr></table>
<p style="font-size:11px;color:#70757a;">Einladung von <a href="https://calendar.google.com/calendar/">Google Kalender</a>. Sie erhalten diese E-Mail, weil Sie Benachrichtigungen für diesen Termin eingerichtet haben.</p>
</div>
""",
})

add({
    "slug": "former_colleague_referral_offer",
    "cte": "8bit",
    "kind": "other", "company": "", "contact": "dominik.hrdlicka@example.at", "lang": "de",
    "from": ("Dominik Hrdlicka", "dominik.hrdlicka@example.at"),
    "subject": "Stelle bei uns?",
    "date": "2026-08-20 22:04 +0200",
    "text": """Hey Florian,

lang nix gehört! Ich bin ja seit einem Jahr weg vom Fahrdienst und arbeite jetzt im Service Desk bei einem Versicherungskonzern in der Innenstadt. Wir suchen gerade wieder zwei Leute für den 1st Level, und ich hab sofort an dich gedacht.

Soll ich dich intern empfehlen? Dann würde ich deinen Lebenslauf direkt an unsere Teamleiterin weitergeben – mit Empfehlung geht's meistens schneller, und ich krieg eine Prämie, wenn's klappt 😄 Wir könnten uns die teilen.

Schick mir einfach deinen CV, wenn du magst.

lg Dominik
""",
})

add({
    "slug": "supervisor_reference_call",
    "kind": "other", "company": "", "contact": "k.aigner@stadtverkehr-wien.example.at", "lang": "de",
    "from": ("Aigner Karl", "k.aigner@stadtverkehr-wien.example.at"),
    "subject": "Referenz",
    "date": "2026-10-13 16:22 +0200",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Servus Florian,

nur zur Info: Heute hat mich eine Frau Brandstätter von einer IT-Firma am Wienerberg angerufen und nach einer Referenz für dich gefragt. Ich hab ihr gesagt, dass du in elf Jahren keinen einzigen Dienst verschlafen hast und dass die Fahrgäste dich mögen. Das wird schon passen.

Ganz ehrlich: Ich verlier dich ungern, aber ich versteh's. Sag Bescheid, wenn's was Fixes gibt, dann reden wir über den Austrittstermin.

Gruß
Karl Aigner
Betriebsleiter Betriebsbahnhof Floridsdorf
Stadtverkehr Wien
""",
})

add({
    "slug": "careers_fair_postponed",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("TechDays Linz", "info-noreply@techdays-linz.example.at"),
    "subject": "Absage & neuer Termin: Karrieremesse TechDays Linz",
    "date": "2026-09-16 12:00 +0200",
    "headers": {"List-Id": "TechDays Linz Besucher <besucher.techdays-linz.example.at>",
                "List-Unsubscribe": "<https://techdays-linz.example.at/newsletter/off?u=b-5521>", "Precedence": "bulk"},
    "text": """Liebe Besucherinnen und Besucher,

die für 1. Oktober geplante Karrieremesse TechDays Linz muss leider abgesagt werden: Die Messehalle ist nach einem Wasserschaden bis Ende Oktober gesperrt.

Die gute Nachricht: Die Messe wird verschoben, nicht gestrichen. Neuer Termin ist Donnerstag, 19. November 2026, 10–17 Uhr, gleicher Ort. Ihre Anmeldung bleibt gültig; die 40 Aussteller – darunter Energieversorger, Verkehrsbetriebe und IT-Dienstleister – haben bereits zugesagt.

Programm und Ausstellerliste: https://techdays-linz.example.at/r/programm?u=b-5521

Ihr TechDays-Team

Abmelden: https://techdays-linz.example.at/newsletter/off?u=b-5521
""",
    "html": """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222;">
<table width="600" align="center" cellpadding="16" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="background:#004d40;"><img src="https://techdays-linz.example.at/img/td-logo.png" alt="TechDays Linz" height="36"></td></tr>
<tr><td>
<p>Liebe Besucherinnen und Besucher,</p>
<p>die für 1. Oktober geplante Karrieremesse TechDays Linz muss leider <b>abgesagt</b> werden: Die Messehalle ist nach einem Wasserschaden bis Ende Oktober gesperrt.</p>
<p>Die gute Nachricht: Die Messe wird verschoben, nicht gestrichen. <b>Neuer Termin ist Donnerstag, 19. November 2026, 10&ndash;17 Uhr</b>, gleicher Ort. Ihre Anmeldung bleibt gültig; die 40 Aussteller &ndash; darunter Energieversorger, Verkehrsbetriebe und IT-Dienstleister &ndash; haben bereits zugesagt.</p>
<p><a href="https://techdays-linz.example.at/r/programm?u=b-5521">Programm und Ausstellerliste</a></p>
<p>Ihr TechDays-Team</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;"><a href="https://techdays-linz.example.at/newsletter/off?u=b-5521" style="color:#888;">Abmelden</a> &middot; TechDays Veranstaltungs GmbH, Linz</td></tr>
</table>
<img src="https://techdays-linz.example.at/o/b-5521.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "allotment_waiting_list_refusal",
    "kind": "other", "company": "", "contact": "obmann@kgv-bruckhaufen.example.at", "lang": "de",
    "from": ("Kleingartenverein Bruckhaufen – Obmann", "obmann@kgv-bruckhaufen.example.at"),
    "subject": "Ihr Antrag auf eine Parzelle",
    "date": "2026-02-18 19:40 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

danke für Ihren Antrag auf Zuteilung einer Kleingartenparzelle. Leider können wir Ihrem Antrag heuer nicht stattgeben, da keine Parzelle frei geworden ist.

Sie stehen derzeit auf Platz 14 unserer Warteliste. Erfahrungsgemäß werden pro Jahr zwei bis drei Parzellen frei. Wenn Sie auf der Liste bleiben möchten, brauchen Sie nichts weiter zu tun.

Bei Fragen erreichen Sie mich am besten per Mail.

Mit gärtnerischen Grüßen
Rudolf Stangl
Obmann, Kleingartenverein Bruckhaufen
""",
})

add({
    "slug": "swiss_migration_office_received",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Migrationsamt des Kantons Zürich", "noreply@migrationsamt-zh.example.ch"),
    "subject": "Eingangsbestätigung Ihres Gesuchs – Dossier 2026-ZH-448102",
    "date": "2026-08-04 08:12 +0200",
    "cte": "base64",
    "text": """Sehr geehrter Herr Mbeki-Hartl

Ihr Gesuch um Erteilung einer Aufenthaltsbewilligung B (EU/EFTA) zur Erwerbstätigkeit ist bei uns eingegangen.

Dossier-Nummer: 2026-ZH-448102
Arbeitgeber gemäss Gesuch: Helvetic Desk Services

Die Bearbeitungsdauer beträgt derzeit rund vier Wochen. Fehlende Unterlagen werden wir bei Ihnen schriftlich anfordern. Bitte geben Sie bei allen Anfragen die Dossier-Nummer an.

Freundliche Grüsse
Migrationsamt des Kantons Zürich

Diese E-Mail wurde automatisch generiert. Antworten werden nicht bearbeitet.
""",
})

add({
    "slug": "salary_report_newsletter",
    "kind": "other", "company": "", "contact": "", "lang": "de",
    "from": ("Gehaltsradar Österreich", "redaktion@gehaltsradar.example.at"),
    "subject": "Gehaltsreport 2026: Was verdienen IT-Supporter:innen wirklich?",
    "date": "2026-09-03 07:15 +0200",
    "headers": {"List-Id": "Gehaltsradar Newsletter <newsletter.gehaltsradar.example.at>",
                "List-Unsubscribe": "<https://gehaltsradar.example.at/nl/abmelden?id=77aa>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "text_from_html": True,
    "html": table_shell(
        logo="https://gehaltsradar.example.at/img/logo.png", alt="Gehaltsradar", accent="#1565c0",
        body="""<h1 style="font-size:21px;margin:0 0 10px 0;">Gehaltsreport 2026: IT-Support</h1>
<p>Wir haben 4.812 Gehaltsangaben aus ganz Österreich ausgewertet. Die wichtigsten Zahlen:</p>
<ul>
<li>1st-Level-Support, Einstieg: <b>€ 2.450&ndash;2.800</b> brutto (14x)</li>
<li>2nd-Level-Support mit 3 Jahren Erfahrung: <b>€ 3.100&ndash;3.600</b></li>
<li>Netzwerktechniker:in mit CCNA: <b>+ 8&nbsp;%</b> im Schnitt</li>
<li>Wien vs. Bundesländer: <b>+ 6&nbsp;%</b> in Wien</li>
</ul>
<p>Außerdem: Warum Quereinsteiger:innen bei der ersten Zusage oft zu niedrig einsteigen &ndash; und wie Sie das im Gespräch vermeiden.</p>
<p><a href="https://gehaltsradar.example.at/r/report-2026-it?utm_source=nl&amp;utm_medium=email">Zum vollständigen Report</a></p>""",
        footer="""Gehaltsradar Österreich &middot; ein Angebot der Datenwerk Medien GmbH, Wien<br>
<a href="https://gehaltsradar.example.at/nl/abmelden?id=77aa" style="color:#8a8d93;">Newsletter abbestellen</a>""",
        track=pixel("https://gehaltsradar.example.at/o/77aa-0903.gif")),
})

# === English ==================================================================================

add({
    "slug": "job_alert_bratislava_prague",
    "html_cte": "base64",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("ProNet Job Alerts", "jobalerts-noreply@pronet.example.com"),
    "subject": "Service Desk in Bratislava: 8 new jobs",
    "date": "2026-02-17 05:12 +0000",
    "headers": {"List-Unsubscribe": "<https://www.pronet.example.com/psettings/email-unsubscribe?t=job_alert>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "html": """<html><body style="margin:0;background:#f3f2ef;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;font-size:14px;color:#1f1f1f;">
<tr><td style="padding:16px 24px;"><img src="https://static.pronet.example.com/mail/pronet-logo.png" alt="ProNet" height="22"></td></tr>
<tr><td style="padding:0 24px;">
<p style="font-size:18px;">Your job alert for <b>Service Desk</b> in <b>Bratislava, Slovakia</b></p>
<p><a href="https://www.pronet.example.com/comm/jobs/view/4120311?trk=eml-jobalert"><b>IT Service Desk Agent – German</b></a><br>Danubia Shared Services &middot; Bratislava &middot; Actively recruiting</p>
<p><a href="https://www.pronet.example.com/comm/jobs/view/4120390?trk=eml-jobalert"><b>Level 2 Support Engineer</b></a><br>Nordwell IT Services &middot; Bratislava (Hybrid) &middot; 3 connections work here</p>
<p><a href="https://www.pronet.example.com/comm/jobs/view/4120402?trk=eml-jobalert"><b>Field IT Technician</b></a><br>Amberline Logistics &middot; Senec &middot; Easy Apply</p>
<p><a href="https://www.pronet.example.com/comm/jobs/view/4120455?trk=eml-jobalert"><b>NOC Operator (night shifts)</b></a><br>Tatra Cloud &middot; Bratislava</p>
<p><a href="https://www.pronet.example.com/comm/jobs/search?alert=sd-bts&amp;trk=eml-jobalert-seeall">See all 8 jobs</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;">You are receiving Job Alert emails. <a href="https://www.pronet.example.com/psettings/email-unsubscribe?t=job_alert" style="color:#888;">Unsubscribe</a> &middot; ProNet Corporation, Dublin</td></tr>
</table></td></tr></table>
<img src="https://www.pronet.example.com/emimp/ja_sd_bts.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "ux_research_interview_invite",
    "kind": "other", "company": "", "contact": "jana.kolarova@wegweiser-app.example.com", "lang": "en",
    "from": ("Jana Kolářová", "jana.kolarova@wegweiser-app.example.com"),
    "subject": "Could we interview you about how you use Wegweiser? (30 min, €30 voucher)",
    "date": "2026-04-08 14:30 +0200",
    "text": """Hi Florian,

I'm Jana, a UX researcher on the Wegweiser team. You recently told us in the in-app survey that you use Wegweiser every day, both as a passenger and "from the other side of the windscreen" - that made our whole team curious!

We're running a round of user-research interviews about real-time departure information, and we'd love to talk to you. It's a relaxed 30-minute video call: no preparation, no right or wrong answers - we just want to understand how you use the app and what annoys you about it.

As a thank-you you'll receive a €30 voucher.

If you're up for it, just reply with a couple of times that work for you next week.

Thanks a lot,
Jana

Jana Kolářová
UX Researcher, Wegweiser
""",
})

add({
    "slug": "support_chat_queue_position",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("Fiberlink Support", "support-noreply@fiberlink.example.com"),
    "subject": "Your position in the queue: 14",
    "date": "2026-01-27 19:03 +0100",
    "text": """Hello Florian,

Thank you for contacting Fiberlink Support about your case #FL-2026-330912 ("Router loses connection every evening").

All our agents are currently busy. Your position in the queue: 14
Estimated waiting time: 25 minutes

You don't need to stay on the page - we'll send you an email as soon as an agent picks up your case. In the meantime you might find an answer in our help centre:
https://help.fiberlink.example.com/articles/router-restarts

Unfortunately we cannot reply to messages sent to this address.

Fiberlink Support
""",
})

add({
    "slug": "shop_package_delayed_en",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("RackParts", "orders-noreply@rackparts.example.com"),
    "subject": "Unfortunately your package is delayed – order #RP-770412",
    "date": "2026-05-28 09:45 +0000",
    "text": """Hi Florian,

Unfortunately your package is delayed.

Order: #RP-770412
Items: 1x 24-port managed switch (refurbished), 3x Cat6 patch cable 0.5 m (pack of 10)

Our carrier has reported a delay at their hub in Vienna. The new estimated delivery date is Tuesday, 2 June. We're sorry about this - there is nothing you need to do.

Track your order: https://rackparts.example.com/account/orders/RP-770412?utm_source=transactional

Thanks for shopping with us,
The RackParts team

RackParts B.V., Eindhoven. This inbox is not monitored.
""",
})

add({
    "slug": "credit_card_application_received",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("Nordhafen Digital Bank", "no-reply@nordhafen-bank.example.com"),
    "subject": "We've received your application",
    "date": "2026-01-08 21:17 +0000",
    "cte": "base64", "html_cte": "base64",
    "text": """Hi Florian,

Thanks for applying for the Nordhafen Travel Credit Card. We've received your application and our team is reviewing it now.

What happens next?
1. We check your details (this usually takes 1-2 business days).
2. If we need anything else, we'll send a message in the app.
3. Once approved, your card arrives by post within 7 days.

Application reference: NDB-CC-55120934

Nordhafen Digital Bank
""",
    "html": """<html><body style="background:#f5f5f7;margin:0;">
<div style="max-width:520px;margin:0 auto;background:#fff;padding:32px;font-family:'SF Pro Text',Helvetica,Arial,sans-serif;font-size:15px;color:#111;">
<img src="https://cdn.nordhafen-bank.example.com/email/logo.png" alt="Nordhafen" height="28">
<h1 style="font-size:24px;">We've received your application</h1>
<p>Hi Florian,</p>
<p>Thanks for applying for the <b>Nordhafen Travel Credit Card</b>. We've received your application and our team is reviewing it now.</p>
<p><b>What happens next?</b><br>1. We check your details (this usually takes 1&ndash;2 business days).<br>2. If we need anything else, we'll send a message in the app.<br>3. Once approved, your card arrives by post within 7 days.</p>
<p style="color:#666;">Application reference: NDB-CC-55120934</p>
<p style="font-size:11px;color:#999;">Nordhafen Digital Bank AG, Hamburg. Please do not reply to this email. <a href="https://nordhafen-bank.example.com/privacy" style="color:#999;">Privacy</a></p>
</div>
<img src="https://t.nordhafen-bank.example.com/o/55120934.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "own_confirmation_en_to_hospital",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": CANDIDATE,
    "to": [("Ing. Lenka Dvořáková", "lenka.dvorakova@nnk.example.cz")],
    "msgid": "<8f3a6d21-c49e-4b07@example.at>",
    "reply": "hospital_prague_practical_part",
    "subject": "Re: Invitation to interview – IT Technician (Hospital Information Systems)",
    "date": "2026-05-20 08:14 +0200",
    "headers": {"X-Mailer": "iPhone Mail (22F76)"},
    "text": """Dear Ms Dvořáková,

thank you for the invitation. I confirm the interview on Wednesday 27 May at 9:00 and will report to the porter's lodge.

Kind regards,
Florian Mbeki-Hartl
""",
})

add({
    "slug": "out_of_office_recruiter_en",
    "cte": "base64",
    "kind": "other", "company": "", "contact": "peter.balaz@nordwell.example.sk", "lang": "en",
    "from": ("Peter Baláž", "peter.balaz@nordwell.example.sk"),
    "subject": "Automatic reply: Service Desk Team Lead – interview",
    "date": "2026-03-04 08:02 +0100",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Thank you for your email.

I am out of the office until Monday, 9 March, with limited access to email. I will reply as soon as possible after my return.

For urgent recruitment matters please contact talent@nordwell.example.sk.

Best regards,
Peter Baláž
Talent Acquisition Partner | Nordwell IT Services
""",
})

add({
    "slug": "cold_outreach_noc_prague",
    "kind": "other", "company": "", "contact": "ondrej.kubat@cloudbridge.example.cz", "lang": "en",
    "from": ("Ondřej Kubát", "ondrej.kubat@cloudbridge.example.cz"),
    "subject": "Quick question",
    "date": "2026-06-30 11:47 +0200",
    "text": """Hi Florian,

I came across your profile and your post about building a home lab with a second-hand Cisco switch - nice work.

I'm a talent scout at Cloudbridge, a managed-hosting company in Prague. We're growing our NOC team and I think someone with your calm-under-pressure background would fit well. It's a 24/7 rota (4 on / 4 off), fully in English, relocation support available.

Would you be open to a 15-minute chat? No application needed at this stage - I'd just like to tell you about the team and hear what you're looking for.

Cheers,
Ondřej

Ondřej Kubát | Talent Scout | Cloudbridge
""",
})

add({
    "slug": "certification_exam_passed",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("TestVue Exam Results", "results-noreply@testvue.example.com"),
    "subject": "Congratulations – you passed your exam!",
    "date": "2026-07-03 15:20 +0000",
    "text": """Dear Florian Mbeki-Hartl,

Congratulations! You have passed the following exam:

Exam: 200-301 Cisco Certified Network Associate (CCNA)
Date taken: 03 July 2026
Test centre: TestVue Vienna Centre (Site 88012)
Result: PASS
Score: 871 (passing score: 825)

Your certificate will be available in your certification account within 5 business days. Share your achievement with a digital badge:
https://badges.testvue.example.com/claim?c=CCNA-88012-4471

This is an automated message. Please do not reply.

TestVue
""",
})

add({
    "slug": "exam_appointment_rescheduled",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("TestVue Scheduling", "scheduling-noreply@testvue.example.com"),
    "subject": "Your exam appointment has been rescheduled",
    "date": "2026-06-18 10:05 +0000",
    "text": """Dear Florian Mbeki-Hartl,

Due to a technical issue at the test centre, your exam appointment has been rescheduled.

Exam: 200-301 Cisco Certified Network Associate (CCNA)
Original appointment: Friday, 26 June 2026, 09:00
New appointment: Friday, 3 July 2026, 09:00
Test centre: TestVue Vienna Centre (Site 88012)

If the new time does not suit you, you can choose another appointment free of charge in your account until 29 June. We apologise for the inconvenience.

TestVue Candidate Services
This message was sent from an unmonitored address.
""",
})

add({
    "slug": "candidate_experience_survey",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("Danubia Shared Services", "surveys-noreply@candidate-pulse.example.com"),
    "subject": "How was your application experience with Danubia Shared Services?",
    "date": "2026-02-10 10:00 +0000",
    "text_from_html": True,
    "html": table_shell(
        logo="https://danubia.wd3.myworkdayjobs.com/wday/cxs/danubia/logo.png",
        alt="Danubia Shared Services", accent="#0b5394", lang="en",
        body="""<p>Dear Florian,</p>
<p>You recently applied for a role with Danubia Shared Services. Whatever the outcome, we'd like to learn from your experience.</p>
<p>How likely are you to recommend applying to Danubia Shared Services to a friend?</p>
<table cellpadding="0" cellspacing="4"><tr>
<td><a href="https://candidate-pulse.example.com/s/dss?score=0&amp;r=fmh" style="display:block;width:28px;text-align:center;border:1px solid #ccc;text-decoration:none;">0</a></td>
<td><a href="https://candidate-pulse.example.com/s/dss?score=5&amp;r=fmh" style="display:block;width:28px;text-align:center;border:1px solid #ccc;text-decoration:none;">5</a></td>
<td><a href="https://candidate-pulse.example.com/s/dss?score=10&amp;r=fmh" style="display:block;width:28px;text-align:center;border:1px solid #ccc;text-decoration:none;">10</a></td>
</tr></table>
<p>The survey takes two minutes and is anonymous. Your answers will not affect any current or future application.</p>
<p>Thank you!<br>Talent Acquisition Team</p>""",
        footer="""Survey powered by Candidate Pulse. <a href="https://candidate-pulse.example.com/unsubscribe?r=fmh" style="color:#8a8d93;">Unsubscribe from surveys</a>""",
        track=pixel("https://candidate-pulse.example.com/o/dss-fmh.gif")),
})

add({
    "slug": "career_switchers_podcast_en",
    "kind": "other", "company": "", "contact": "hello@careerswitchers.example.com", "lang": "en",
    "from": ("Career Switchers Podcast", "hello@careerswitchers.example.com"),
    "subject": "Guest interview on Career Switchers?",
    "date": "2026-08-26 16:40 +0100",
    "text": """Hi Florian,

I host Career Switchers, a weekly podcast about people who change careers after 30. A listener in Vienna sent us the Bezirksblatt article about you - from tram driver to network technician - and we'd love to have you on as a guest.

The interview is recorded remotely, takes about an hour and is edited down to 35-40 minutes. We'd talk about why you switched, how you studied next to shift work, and what the job search has been like (including the rejections - our listeners love honesty).

Would you be up for it? We're booking recordings for late September.

Best,
Rachel Osei
Host & Producer, Career Switchers
careerswitchers.example.com
""",
})

add({
    "slug": "network_jobs_you_may_like",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("ProNet", "messages-noreply@pronet.example.com"),
    "subject": "Florian, 5 recruiters viewed your profile this week",
    "date": "2026-09-21 06:44 +0000",
    "headers": {"List-Unsubscribe": "<https://www.pronet.example.com/psettings/email-unsubscribe?t=profile_views>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "html": """<html><body style="margin:0;background:#f3f2ef;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;font-size:14px;color:#1f1f1f;">
<tr><td style="padding:16px 24px;"><img src="https://static.pronet.example.com/mail/pronet-logo.png" alt="ProNet" height="22"></td></tr>
<tr><td style="padding:0 24px;">
<p style="font-size:18px;">Your profile was viewed by 5 recruiters</p>
<p>Recruiters from Prague, Zurich and Vienna looked at your profile in the past 7 days. Profiles that show &ldquo;Open to work&rdquo; get up to 2x more messages.</p>
<p><a href="https://www.pronet.example.com/comm/me/profile-views?trk=eml-pv" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">See who viewed</a></p>
<p style="font-size:16px;margin-top:24px;">Jobs you may be interested in</p>
<p><a href="https://www.pronet.example.com/comm/jobs/view/4188001?trk=eml-pv-jobs">Network Technician &ndash; Zurich</a><br>
<a href="https://www.pronet.example.com/comm/jobs/view/4188017?trk=eml-pv-jobs">IT Support Specialist (German) &ndash; Prague</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;"><a href="https://www.pronet.example.com/psettings/email-unsubscribe?t=profile_views" style="color:#888;">Unsubscribe</a> &middot; ProNet Corporation, Dublin</td></tr>
</table></td></tr></table>
<img src="https://www.pronet.example.com/emimp/pv_0921.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "mock_interview_coaching_promo",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("InterviewReady", "team@mail.interviewready.example.com"),
    "subject": "Nervous about your next interview? Book a mock interview – 20% off",
    "date": "2026-04-23 12:00 +0000",
    "headers": {"List-Id": "InterviewReady <news.interviewready.example.com>",
                "List-Unsubscribe": "<https://interviewready.example.com/u/0f3e1>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
                "X-Mailer": "Mailchimp Mailer - **CID0f3e1**"},
    "text_from_html": True,
    "html": """<html><body style="margin:0;background:#fff7ed;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="24" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c1917;">
<tr><td><img src="https://mcusercontent.example.com/ir/logo.png" alt="InterviewReady" width="160"></td></tr>
<tr><td>
<h1 style="font-size:24px;margin:0 0 12px 0;">Got an interview coming up?</h1>
<p>Most candidates who get rejected after an interview never find out why. A 45-minute mock interview with one of our IT hiring managers shows you exactly where you lose points &ndash; before it counts.</p>
<p>This week only: <b>20% off</b> with code <b>READY20</b>.</p>
<p><a href="https://interviewready.us21.list-manage.example.com/track/click?u=0f3e1&amp;id=aa01" style="background:#ea580c;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none;">Book your mock interview</a></p>
<p style="font-size:13px;color:#57534e;">&ldquo;After two missed chances I finally got the offer.&rdquo; &ndash; Marta, Service Desk Analyst</p>
</td></tr>
<tr><td style="font-size:11px;color:#a8a29e;">You signed up at interviewready.com. <a href="https://interviewready.example.com/u/0f3e1" style="color:#a8a29e;">Unsubscribe</a> &middot; InterviewReady Ltd, Registered in England No 12345678</td></tr>
</table></td></tr></table>
<img src="https://interviewready.us21.list-manage.example.com/track/open.php?u=0f3e1&amp;id=aa01" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "friend_tells_own_interview_en",
    "kind": "other", "company": "", "contact": "tomas.kral@example.sk", "lang": "en",
    "from": ("Tomáš Kráľ", "tomas.kral@example.sk"),
    "subject": "how did yours go??",
    "date": "2026-04-10 19:58 +0200",
    "text": """Hey Florian,

had my interview at the bank's IT department today - 3 people on the panel, they grilled me about Active Directory for half an hour, then asked me where I see myself in five years lol. They said they'd let me know by the end of next week. Fingers crossed.

How did your second round with Nordwell go yesterday? Did Zuzana give you any hint?

Let's catch up on the weekend, I'm in Vienna on Saturday.

T.
""",
})

add({
    "slug": "digest_seven_reasons_rejected",
    "kind": "other", "company": "", "contact": "", "lang": "en",
    "from": ("The Service Desk Digest", "digest@servicedeskdigest.example.com"),
    "subject": "7 reasons you were rejected (and none of them is your CV)",
    "date": "2026-07-16 13:00 +0000",
    "headers": {"List-Id": "The Service Desk Digest <digest.servicedeskdigest.example.com>",
                "List-Unsubscribe": "<https://servicedeskdigest.example.com/unsubscribe/fmh77>, <mailto:leave-fmh77@servicedeskdigest.example.com>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "list"},
    "text": """THE SERVICE DESK DIGEST - Issue #112

7 reasons you were rejected (and none of them is your CV)

"We have decided to move forward with other candidates." If you've read that line a dozen times this year, you're not alone. We asked 40 service-desk hiring managers what really happens behind the scenes:

1. The role was filled internally before it was even posted.
2. The budget was frozen mid-process.
3. The hiring manager wanted a specific ticketing tool.
...and four more: https://servicedeskdigest.example.com/r/112-1?s=fmh77

ALSO IN THIS ISSUE
- "Sorry, we missed you": what to do when a recruiter no-shows your interview
- Salary survey: first-line support in Central Europe
- 14 open roles for multilingual analysts in Prague, Bratislava and Lisbon

You're receiving this because you subscribed at servicedeskdigest.com.
Unsubscribe: https://servicedeskdigest.example.com/unsubscribe/fmh77
""",
    "html": """<html><body style="font-family:Georgia,serif;font-size:16px;color:#222;background:#fafafa;">
<div style="max-width:620px;margin:0 auto;background:#fff;padding:28px;">
<p style="font-family:Arial,sans-serif;font-size:12px;letter-spacing:2px;color:#999;">THE SERVICE DESK DIGEST &middot; ISSUE #112</p>
<h1 style="font-size:26px;">7 reasons you were rejected (and none of them is your CV)</h1>
<p>&ldquo;We have decided to move forward with other candidates.&rdquo; If you've read that line a dozen times this year, you're not alone. We asked 40 service-desk hiring managers what really happens behind the scenes:</p>
<ol><li>The role was filled internally before it was even posted.</li><li>The budget was frozen mid-process.</li><li>The hiring manager wanted a specific ticketing tool.</li></ol>
<p><a href="https://servicedeskdigest.example.com/r/112-1?s=fmh77">Read the other four &rarr;</a></p>
<h2 style="font-size:18px;">Also in this issue</h2>
<ul><li><a href="https://servicedeskdigest.example.com/r/112-2?s=fmh77">&ldquo;Sorry, we missed you&rdquo;: what to do when a recruiter no-shows your interview</a></li>
<li><a href="https://servicedeskdigest.example.com/r/112-3?s=fmh77">Salary survey: first-line support in Central Europe</a></li>
<li><a href="https://servicedeskdigest.example.com/r/112-4?s=fmh77">14 open roles for multilingual analysts in Prague, Bratislava and Lisbon</a></li></ul>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#999;">You're receiving this because you subscribed at servicedeskdigest.com. <a href="https://servicedeskdigest.example.com/unsubscribe/fmh77" style="color:#999;">Unsubscribe</a></p>
</div>
<img src="https://servicedeskdigest.example.com/o/112-fmh77.gif" width="1" height="1" alt="">
</body></html>
""",
})

# === French ===================================================================================

add({
    "slug": "cousin_lyon_own_interview",
    "cte": "8bit",
    "kind": "other", "company": "", "contact": "mathilde.hartl@example.fr", "lang": "fr",
    "from": ("Mathilde Hartl", "mathilde.hartl@example.fr"),
    "subject": "Mon entretien !!",
    "date": "2026-06-11 21:46 +0200",
    "text": """Coucou Flo,

Alors voilà, j'ai passé mon entretien chez la métropole de Lyon ce matin pour le poste de chargée de communication. Ils étaient quatre en face de moi, j'avais les mains moites mais je crois que ça s'est plutôt bien passé ! Ils me donnent une réponse dans quinze jours.

Et toi, des nouvelles de Zurich ou de Prague ? Maman m'a dit que tu avais eu une réponse négative la semaine dernière, courage, ça va finir par payer.

Bisous,
Mathilde
""",
})

add({
    "slug": "sister_mum_asks",
    "cte": "base64",
    "kind": "other", "company": "", "contact": "amelie.mbeki@example.fr", "lang": "fr",
    "from": ("Amélie Mbeki", "amelie.mbeki@example.fr"),
    "subject": "maman demande...",
    "date": "2026-09-05 12:03 +0200",
    "text": """Salut frérot,

Maman demande si tu as eu des nouvelles de ton entretien à Zurich (celui en visio, avec les Romands). Elle dit que tu ne réponds pas au téléphone, donc elle m'a chargée de te harceler par mail 😂

Bon, et sinon on fête ses 60 ans le 3 octobre, tu viens ou pas ? Il faut que je réserve le restaurant.

Bises,
Amélie

Envoyé de mon iPhone
""",
})

add({
    "slug": "newsletter_fr_rebondir",
    "kind": "other", "company": "", "contact": "", "lang": "fr",
    "from": ("Emploi Malin", "newsletter@emploi-malin.example.fr"),
    "subject": "Entretien manqué, candidature refusée : comment rebondir",
    "date": "2026-03-19 08:00 +0100",
    "headers": {"List-Id": "Emploi Malin Hebdo <hebdo.emploi-malin.example.fr>",
                "List-Unsubscribe": "<https://www.emploi-malin.example.fr/desinscription?u=a91f>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "text_from_html": True,
    "html": """<html><body style="margin:0;background:#f0f4f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="20" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#222;">
<tr><td style="background:#c2185b;"><img src="https://www.emploi-malin.example.fr/img/logo-blanc.png" alt="Emploi Malin" height="30"></td></tr>
<tr><td>
<h1 style="font-size:22px;">Entretien manqué, candidature refusée : comment rebondir</h1>
<p>Vous avez raté un entretien à cause d'un train annulé ? Vous venez de recevoir un énième « nous avons le regret de vous informer que votre candidature n'a pas été retenue » ? Pas de panique : nos conseillers vous expliquent comment transformer ces revers en opportunités.</p>
<p>&rarr; <a href="https://www.emploi-malin.example.fr/r/art-2231?utm_medium=email">Lire l'article</a></p>
<h2 style="font-size:17px;">Les offres de la semaine</h2>
<p><a href="https://www.emploi-malin.example.fr/r/of-1?utm_medium=email">Technicien support N1 bilingue &ndash; Genève</a><br>
<a href="https://www.emploi-malin.example.fr/r/of-2?utm_medium=email">Administrateur réseau junior &ndash; Lausanne</a><br>
<a href="https://www.emploi-malin.example.fr/r/of-3?utm_medium=email">Helpdesk francophone &ndash; Prague (relocation)</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">Vous recevez cet e-mail car vous êtes inscrit à la lettre Emploi Malin. <a href="https://www.emploi-malin.example.fr/desinscription?u=a91f" style="color:#888;">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="https://www.emploi-malin.example.fr/o/a91f.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "absence_du_bureau_fr",
    "kind": "other", "company": "", "contact": "camille.roux@talentis-recrutement.example.ch", "lang": "fr",
    "from": ("Camille Roux", "camille.roux@talentis-recrutement.example.ch"),
    "subject": "Réponse automatique : Candidature support francophone Prague",
    "date": "2026-08-05 10:41 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Bonjour,

Je suis absente du bureau du 3 au 17 août inclus, sans accès à mes e-mails.

Pour toute demande urgente, merci de contacter mon collègue Thibault Perrin au +41 22 000 18 41.

Bien cordialement,
Camille Roux
Talentis Recrutement SA
""",
})

add({
    "slug": "own_confirmation_fr",
    "kind": "other", "company": "", "contact": "", "lang": "fr",
    "from": CANDIDATE,
    "to": [("Julien Mercier", "julien.mercier@bohemia-helpdesk.example.cz")],
    "reply": "prague_french_team_tu",
    "subject": "Re: Entretien pour le poste de technicien support francophone",
    "date": "2026-09-09 07:12 +0200",
    "text": """Salut Julien,

Merci pour ton message ! Vendredi 11 à 14h, c'est parfait pour moi. J'ai hâte de faire le jeu de rôle, j'ai l'habitude des clients pas contents 🙂

À vendredi,
Florian
""",
})

# === Spanish ==================================================================================

add({
    "slug": "amigo_valencia_me_rechazaron",
    "cte": "8bit",
    "kind": "other", "company": "", "contact": "pablo.segui@example.es", "lang": "es",
    "from": ("Pablo Seguí", "pablo.segui@example.es"),
    "subject": "me rechazaron :(",
    "date": "2026-05-31 23:10 +0200",
    "text": """Hola tío,

pues nada, hoy me ha llegado el correo: me rechazaron para el puesto de técnico en el ayuntamiento. Después de tres entrevistas y un examen práctico!! Me dicen que "otros candidatos se ajustaban mejor al perfil". Ya ves.

Bueno, sigo buscando. ¿Y tú qué tal? ¿Te contestaron los de Praga?

A ver si hacemos el intercambio por videollamada el domingo, que mi alemán se está oxidando.

Un abrazo,
Pablo
""",
})

add({
    "slug": "portal_empleo_consejos_entrevista",
    "kind": "other", "company": "", "contact": "", "lang": "es",
    "from": ("TrabajoYa", "boletin@trabajoya.example.es"),
    "subject": "Consejos para tu próxima entrevista + 25 ofertas nuevas",
    "date": "2026-08-13 09:00 +0200",
    "headers": {"List-Id": "Boletín TrabajoYa <boletin.trabajoya.example.es>",
                "List-Unsubscribe": "<https://www.trabajoya.example.es/baja?u=fmh-44>", "Precedence": "bulk"},
    "text_from_html": True,
    "html": """<html><body style="margin:0;background:#eef6f1;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="20" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#1b1b1b;">
<tr><td style="background:#1b7f4b;"><img src="https://www.trabajoya.example.es/img/logo-blanco.png" alt="TrabajoYa" height="28"></td></tr>
<tr><td>
<h1 style="font-size:22px;">Consejos para tu próxima entrevista</h1>
<p>¿Te han invitado a una entrevista de trabajo? ¡Enhorabuena! Prepárala con nuestros cinco consejos: investiga la empresa, practica tus respuestas, prepara preguntas, cuida la puntualidad y, sobre todo, sé tú mismo.</p>
<p>Y si no te han seleccionado esta vez, recuerda: cada rechazo te acerca a la oferta adecuada.</p>
<p><a href="https://www.trabajoya.example.es/r/consejos?u=fmh-44">Leer los consejos</a></p>
<h2 style="font-size:17px;">25 ofertas nuevas para ti</h2>
<p><a href="https://www.trabajoya.example.es/r/o1?u=fmh-44">Técnico de helpdesk con alemán &ndash; Praga</a><br>
<a href="https://www.trabajoya.example.es/r/o2?u=fmh-44">Soporte IT bilingüe &ndash; Barcelona</a><br>
<a href="https://www.trabajoya.example.es/r/o3?u=fmh-44">Técnico de redes &ndash; Lisboa</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">Recibes este boletín porque te registraste en TrabajoYa. <a href="https://www.trabajoya.example.es/baja?u=fmh-44" style="color:#888;">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://www.trabajoya.example.es/o/fmh-44.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "cold_outreach_es_lisboa",
    "cte": "8bit",
    "kind": "other", "company": "", "contact": "ines.carvalho@nexotalent.example.com", "lang": "es",
    "from": ("Inés Carvalho", "ines.carvalho@nexotalent.example.com"),
    "subject": "¿Te interesaría un proyecto en Lisboa?",
    "date": "2026-10-07 10:26 +0200",
    "text": """Hola Florian:

Soy Inés, consultora en Nexo Talent. He visto en tu perfil que hablas alemán, inglés, francés y español, una combinación muy buscada.

Estamos ayudando a un cliente a montar un service desk multilingüe en Lisboa y buscamos técnicos de primer nivel con alemán. Ofrecen contrato indefinido, ayuda para la reubicación y formación en ITIL.

¿Te apetece que lo hablemos en una llamada de 15 minutos esta semana? No hace falta que envíes nada todavía.

Un saludo,
Inés Carvalho
Nexo Talent · Madrid | Lisboa
""",
})
