"""Everything else a job seeker's mailbox holds, written one by one for the hundred-thirty-fourth
corpus: newsletters and alerts, other meanings of the job words, friends, the candidate's own
mail, auto-replies and cold outreach."""

from __future__ import annotations

from msgs134_common import CANDIDATE, ats_html, gmail_html, outlook_html, pdf_lines, pixel, tracked

MESSAGES: list[dict] = []

# ============================================================================================
# German
# ============================================================================================

# 1 ------------------------------------------------------------------------------------------
_kb = "https://t.karrierebrief.example.de/c/"
MESSAGES.append({
    "kind": "other", "name": "newsletter_absage_motivation", "lang": "de",
    "sender": "Karrierebrief Gesundheit <newsletter@karrierebrief.example.de>",
    "to": "tobias.la@example.de",
    "subject": "Absage erhalten? So bleiben Sie motiviert | Karrierebrief 14/2026",
    "date": "2026-04-04 07:00 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        f"""<h1 style="font-size:24px;line-height:30px;margin:0 0 12px 0">Absage erhalten? So bleiben Sie motiviert</h1>
<p>„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz trifft Bewerberinnen und Bewerber so sehr. Gerade wer aus der Pflege oder Therapie in die Industrie wechseln will, sammelt oft erst einmal Absagen. Unsere Karriereberaterin Dr. Svenja Holt erklärt, warum das normal ist und wie Sie aus jeder Ablehnung etwas lernen.</p>
<p>{tracked("https://www.karrierebrief.example.de/artikel/absage-motivation", "Weiterlesen →", _kb)}</p>
<hr style="border:0;border-top:1px solid #ddd;margin:22px 0">
<h2 style="font-size:18px;margin:0 0 8px 0">Vorstellungsgespräch verpasst – was nun?</h2>
<p>Zug ausgefallen, Termin verwechselt: Wer ein Interview verpasst, sollte sich innerhalb von 24 Stunden melden. Fünf Formulierungen, die helfen.</p>
<p>{tracked("https://www.karrierebrief.example.de/artikel/interview-verpasst", "Zum Artikel", _kb)}</p>
<hr style="border:0;border-top:1px solid #ddd;margin:22px 0">
<h2 style="font-size:18px;margin:0 0 8px 0">Gehaltsreport Medizintechnik 2026</h2>
<p>Was verdienen Clinical Specialists, Applikationsberater und Medizinprodukteberater? Die Zahlen nach Region und Erfahrung.</p>
<p>{tracked("https://www.karrierebrief.example.de/gehaltsreport-medtech", "Report herunterladen", _kb)}</p>""",
        logo_src="https://www.karrierebrief.example.de/img/newsletter-kopf.png", logo_alt="Karrierebrief Gesundheit",
        accent="#2a9d8f", preheader="Plus: Interview verpasst – was nun? und der Gehaltsreport Medizintechnik",
        footer=f"""Sie erhalten diesen Newsletter, weil Sie sich auf karrierebrief.example.de angemeldet haben.<br>
{tracked("https://www.karrierebrief.example.de/abmelden?e=dG9iaWFz", "Newsletter abbestellen", _kb, "color:#7a7f85")} · {tracked("https://www.karrierebrief.example.de/impressum", "Impressum", _kb, "color:#7a7f85")}<br>
Karrierebrief Medien GmbH · Rheinauhafen 9 · 50678 Köln · Geschäftsführerin: Anne Lutz · HRB 101221""",
        tail=pixel("https://t.karrierebrief.example.de/o/14-2026-tla.gif")),
    "headers": {"List-Id": "Karrierebrief Gesundheit <karrierebrief.list.karrierebrief.example.de>",
                "List-Unsubscribe": "<https://www.karrierebrief.example.de/abmelden?e=dG9iaWFz>, <mailto:abmelden@karrierebrief.example.de>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Precedence": "bulk"},
})

# 2 ------------------------------------------------------------------------------------------
_jra = "https://click.jobrhein.example.de/ls/click?u="
MESSAGES.append({
    "kind": "other", "name": "job_alert_digest_cologne", "lang": "de",
    "sender": "JobRhein Jobagent <jobagent@mail.jobrhein.example.de>",
    "subject": "5 neue Jobs für „Clinical Application Specialist“ in Köln und Umgebung",
    "date": "2026-03-02 06:15 +0100",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        f"""<p>Hallo Tobias,</p>
<p>seit gestern sind 5 neue Stellen zu Ihrem Suchauftrag erschienen:</p>
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px">
<tr><td style="border-bottom:1px solid #eee">{tracked("https://www.jobrhein.example.de/job/90011", "Clinical Application Specialist (m/w/d) Endoskopie", _jra)}<br><span style="color:#777">Norvia Medical · Köln · Vollzeit</span></td></tr>
<tr><td style="border-bottom:1px solid #eee">{tracked("https://www.jobrhein.example.de/job/90017", "Applikationsspezialist Ultraschall", _jra)}<br><span style="color:#777">Sonatec Deutschland · Düsseldorf</span></td></tr>
<tr><td style="border-bottom:1px solid #eee">{tracked("https://www.jobrhein.example.de/job/90022", "Medizinprodukteberater Orthopädie (m/w/d)", _jra)}<br><span style="color:#777">Ortho Rhein-Ruhr · Bonn</span></td></tr>
<tr><td style="border-bottom:1px solid #eee">{tracked("https://www.jobrhein.example.de/job/90031", "Physiotherapeut als Produkttrainer (w/m/d)", _jra)}<br><span style="color:#777">Reha Werkstatt Nord · Leverkusen</span></td></tr>
<tr><td>{tracked("https://www.jobrhein.example.de/job/90040", "Clinical Specialist Neuromodulation", _jra)}<br><span style="color:#777">Anonym über Personalberatung · Frankfurt am Main</span></td></tr>
</table>
<p>{tracked("https://www.jobrhein.example.de/suche?agent=4411", "Alle Treffer ansehen", _jra)}</p>""",
        logo_src="https://static.jobrhein.example.de/mail/logo-jobrhein.png", logo_alt="JobRhein – Jobs im Rheinland",
        accent="#f39200",
        footer=f"""Sie erhalten diese E-Mail, weil Sie den Jobagenten „Clinical Application Specialist, Köln + 50 km“ angelegt haben.<br>
{tracked("https://www.jobrhein.example.de/jobagent/4411/pausieren", "Jobagent pausieren", _jra, "color:#7a7f85")} · {tracked("https://www.jobrhein.example.de/jobagent/4411/loeschen", "Abbestellen", _jra, "color:#7a7f85")}<br>JobRhein GmbH · Köln""",
        tail=pixel("https://click.jobrhein.example.de/o/1x1.gif?m=ag4411")),
    "headers": {"List-Id": "<jobagent.jobrhein.example.de>",
                "List-Unsubscribe": "<https://www.jobrhein.example.de/jobagent/4411/loeschen>",
                "Precedence": "bulk"},
})

# 3 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "swiss_job_abo", "lang": "de",
    "sender": "swissmedjobs Job-Abo <jobabo@swissmedjobs.example.ch>",
    "subject": "Ihr Job-Abo: 3 neue Stellen in der Region Basel",
    "date": "2026-06-29 05:30 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="10" cellspacing="0">
<tr><td style="border-bottom:3px solid #d52b1e"><img src="https://www.swissmedjobs.example.ch/img/mail/logo.png" alt="swissmedjobs"></td></tr>
<tr><td>
<p>Grüezi Tobias</p>
<p>Zu Ihrem Job-Abo «Applikation / Clinical Specialist, Basel» gibt es neue Inserate:</p>
<p><a href="https://www.swissmedjobs.example.ch/inserat/77120?utm_source=jobabo">Clinical Application Specialist Orthopädie (80-100%)</a> - Medaxis Schweiz AG, Basel<br>
<a href="https://www.swissmedjobs.example.ch/inserat/77134?utm_source=jobabo">Fachspezialist/in Medizinprodukte</a> - Kantonsspital Nordwest, Liestal<br>
<a href="https://www.swissmedjobs.example.ch/inserat/77141?utm_source=jobabo">Product Specialist Neuro (m/w)</a> - Helvexa Healthcare AG, Basel</p>
<p>Freundliche Grüsse<br>Ihr swissmedjobs-Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Job-Abo verwalten oder abbestellen: <a href="https://www.swissmedjobs.example.ch/jobabo/abmelden?id=5512">hier klicken</a></td></tr>
</table></body></html>
""",
    "headers": {"List-Unsubscribe": "<https://www.swissmedjobs.example.ch/jobabo/abmelden?id=5512>",
                "Precedence": "bulk"},
})

# 4 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "podcast_interview_request", "lang": "de",
    "sender": "Lukas Brenneke <lukas@therapie-trifft-technik.example.de>",
    "subject": "Interview für unseren Podcast „Therapie trifft Technik“?",
    "date": "2026-05-08 12:41 +0200",
    "charset": "utf-8", "cte": "8bit",
    "contact": "lukas@therapie-trifft-technik.example.de",
    "text": """Hallo Tobias,

ich bin Lukas, Physio aus Münster, und mache seit zwei Jahren den Podcast „Therapie trifft Technik“. Über deinen Beitrag im Forum des Physio-Netzwerks bin ich auf dich gestoßen – dein Wechsel in Richtung Medizintechnik ist genau unser Thema.

Hättest du Lust auf ein Interview für eine Folge? Das Gespräch dauert ca. 45 Minuten, wir nehmen remote auf (Riverside), und du bekommst die Folge vor Veröffentlichung zum Anhören. Themen wären z. B.: Wie bereitet man sich auf Bewerbungen in der Industrie vor? Was nimmt man aus der Praxis mit?

Ein Honorar gibt es leider nicht, dafür ewigen Ruhm in der Physio-Bubble 😉

Liebe Grüße
Lukas

therapie-trifft-technik.example.de | Instagram @therapietrifftechnik
""",
})

# 5 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "gps_app_position_shared", "lang": "de",
    "sender": "Wanderwerk <hallo@notify.wanderwerk.example.de>",
    "subject": "Deine Position wird jetzt mit Miriam geteilt",
    "date": "2026-05-17 09:02 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hi Tobias,</p>
<p>Du hast die Live-Standortfreigabe für deine Tour <b>„Siebengebirge: Drachenfels-Runde“</b> gestartet. Deine aktuelle Position wird jetzt für 6 Stunden mit <b>Miriam</b> geteilt.</p>
<p>Deine letzte Position: 50.6650° N, 7.2091° E (Königswinter) · Genauigkeit ±8 m</p>
<p>Du kannst die Freigabe jederzeit in der App beenden.</p>
<p>Gute Tour!<br>Dein Wanderwerk-Team</p>""",
        logo_src="https://cdn.wanderwerk.example.de/mail/logo.png", logo_alt="Wanderwerk", accent="#4c8c2b",
        footer="""Wanderwerk GmbH · Berlin · <a href="https://www.wanderwerk.example.de/settings/notifications" style="color:#7a7f85">Benachrichtigungen verwalten</a>"""),
})

# 6 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "queue_position_citizen_office", "lang": "de",
    "sender": "Terminvergabe Stadt Köln <terminvergabe-noreply@stadt-koeln.example.de>",
    "subject": "Ihre Position in der Warteschlange: 7",
    "date": "2026-02-06 08:51 +0100",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Guten Tag,

Sie haben sich im Kundenzentrum Ehrenfeld für das Anliegen "Personalausweis beantragen" angemeldet.

Ihre Wartenummer: E-114
Ihre aktuelle Position in der Warteschlange: 7
Voraussichtliche Wartezeit: ca. 25 Minuten

Bitte halten Sie sich in der Nähe des Wartebereichs auf. Wird Ihre Nummer aufgerufen und Sie sind nicht anwesend, verfällt sie.

Ihre Stadt Köln
Bürgerdienste

Diese E-Mail wurde automatisch versandt. Antworten auf diese Nachricht können nicht bearbeitet werden.
""",
})

# 7 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "parcel_delayed_unfortunately", "lang": "de",
    "sender": "PaketBlitz <sendungsverfolgung@paketblitz.example.de>",
    "subject": "Leider verzögert sich Ihre Sendung 00340 4471 2290 1183",
    "date": "2026-03-19 14:22 +0100",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hallo Tobias Lindqvist-Amato,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung von <b>Sportwelt24</b>. Aufgrund eines erhöhten Sendungsaufkommens konnte das Paket nicht wie geplant heute zugestellt werden.</p>
<p><b>Neue voraussichtliche Zustellung:</b> Freitag, 20.03.2026, 10:00–14:00 Uhr</p>
<p>Wir bitten um Entschuldigung. Sie können Ihre Sendung jederzeit <a href="https://www.paketblitz.example.de/verfolgen?nr=00340447122901183" style="color:#d4a017">hier verfolgen</a> oder einen Ablageort festlegen.</p>
<p>Ihr PaketBlitz-Team</p>""",
        logo_src="https://www.paketblitz.example.de/mail/logo.png", logo_alt="PaketBlitz", accent="#d4a017",
        footer="PaketBlitz GmbH · Bonn · Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."),
})

# 8 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "bank_loan_application_received", "lang": "de",
    "sender": "Domstadt Bank <kredit@service.domstadtbank.example.de>",
    "subject": "Ihr Kreditantrag ist bei uns eingegangen",
    "date": "2026-07-03 18:30 +0200",
    "charset": "utf-8", "cte": "b64",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 12.000 EUR (Laufzeit 48 Monate).

Ihr Antrag ist bei uns eingegangen und wird nun geprüft. Bitte laden Sie zur weiteren Bearbeitung Ihre letzten zwei Gehaltsabrechnungen im Online-Banking hoch. Die Kreditentscheidung erhalten Sie in der Regel innerhalb von zwei Bankarbeitstagen.

Antragsnummer: RK-2026-0771934

Mit freundlichen Grüßen
Ihre Domstadt Bank

Domstadt Bank AG · Unter Sachsenhausen 12 · 50667 Köln · Vorstand: Dr. Petra Aumann (Vors.), Klaus Jäger
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
})

# 9 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "flat_application_declined", "lang": "de",
    "sender": "Claudia Wirtz <c.wirtz@hausverwaltung-wirtz.example.de>",
    "contact": "c.wirtz@hausverwaltung-wirtz.example.de",
    "subject": "Ihre Bewerbung für die Wohnung Neusser Straße 212, 3. OG",
    "date": "2026-08-04 11:46 +0200",
    "header_charset": "windows-1252", "charset": "windows-1252", "cte": "qp",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Neusser Straße 212 und für Ihre vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümer für andere Mietinteressenten entschieden haben. Wir hatten über 140 Anfragen für die Wohnung.

Gerne nehmen wir Sie in unsere Interessentenliste für Nippes und Ehrenfeld auf – geben Sie mir dazu einfach kurz Bescheid.

Mit freundlichen Grüßen
Claudia Wirtz
Hausverwaltung Wirtz & Partner
Merheimer Straße 54 • 50733 Köln • Tel. 0221 555 72 20
""",
})

# 10 -----------------------------------------------------------------------------------------
_jule = """Hey Tobi,

ja, leider. Absage von Norvia, per Mail um 22 Uhr, mit dem Satz „wir haben uns für Kandidat*innen entschieden, deren Profil noch besser passt“. Nach drei Runden!! Ich könnte schreien.

Egal, ich hab jetzt erstmal Schokolade und Netflix. Wie lief's bei dir mit dieser Rehaklinik? Drück dir die Daumen!!

Jule

Am Fr., 3. Apr. 2026 um 19:12 Uhr schrieb Tobias Lindqvist-Amato <tobias.la@example.de>:
> Und, hast du schon was von Norvia gehört? Ich hab übrigens eine Einladung zum
> Vorstellungsgespräch bekommen, nächste Woche in Königswinter! Und Sanaris hat mir
> schon ein Angebot in Aussicht gestellt, mal sehen.
> T.
"""
MESSAGES.append({
    "kind": "other", "name": "friend_own_rejection", "lang": "de",
    "sender": "Jule Brenner <jule.brenner@posteo.example.de>",
    "contact": "jule.brenner@posteo.example.de",
    "subject": "Re: Und?",
    "date": "2026-04-03 22:48 +0200",
    "charset": "utf-8", "cte": "qp",
    "irt": "<4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d@example.de>",
    "text": _jule,
    "html": gmail_html(_jule),
})

# 11 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "own_application_sent_with_cv", "lang": "de",
    "sender": CANDIDATE,
    "to": "Bewerbermanagement Rehaklinik Siebengebirge <karriere@rehaklinik-siebengebirge.example.de>",
    "subject": "Bewerbung als Leitung Gerätegestützte Therapie (m/w/d) – Tobias Lindqvist-Amato",
    "date": "2026-08-10 21:15 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<71c2e0d4-9a8b-4c3d-b2e1-f0a9b8c7d6e5@example.de>",
    "text": """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Leitung Gerätegestützte Therapie gelesen. Als Physiotherapeut mit acht Jahren Erfahrung in der neurologischen Rehabilitation, davon drei Jahre als Verantwortlicher für unser Gerätezentrum (Lokomat, Armeo, C-Mill), möchte ich die Einführung und Schulung robotischer Systeme künftig hauptverantwortlich gestalten.

Im Anhang finden Sie meinen Lebenslauf und meine Zeugnisse. Über die Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Tobias Lindqvist-Amato
Lindenthalgürtel 88, 50935 Köln
0176 555 0 38 12
""",
    "attach": [{"filename": "Lebenslauf_Tobias_Lindqvist-Amato.pdf", "pdf": pdf_lines(
        "Tobias Lindqvist-Amato - Lebenslauf",
        "Physiotherapeut (B.Sc.), Koeln",
        "2018-heute: Physiotherapie am Dom, Schwerpunkt Neurologie",
        "2023-heute: Verantwortlicher Geraetezentrum (Lokomat, Armeo, C-Mill)",
        "Sprachen: Deutsch, Schwedisch, Italienisch, Englisch (C1), Franzoesisch (B2), Spanisch (B2)")}],
    "headers": {"User-Agent": "Mozilla Thunderbird 128.6"},
})

# 12 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "own_follow_up_status", "lang": "de",
    "sender": CANDIDATE,
    "to": "\"Krümmel, Sabine\" <s.kruemmel@rheinmed.example.de>",
    "subject": "Nachfrage zum Stand meiner Bewerbung – Produktspezialist Orthetik",
    "date": "2026-02-19 08:03 +0100",
    "charset": "utf-8", "cte": "8bit",
    "msgid": "<0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b@example.de>",
    "irt": "<8c3e1f02-5a7b-4d19-9e0f-2b6c1a7d9e44@example.de>",
    "text": """Sehr geehrte Frau Krümmel,

Anfang Februar habe ich mich über JobRhein als Produktspezialist Orthetik bei Ihnen beworben und eine automatische Eingangsbestätigung erhalten. Da ich parallel ein Angebot einer anderen Firma in Aussicht habe, wollte ich höflich nachfragen, wie der Stand des Verfahrens ist.

Ich bin nach wie vor sehr an der Stelle interessiert und würde mich über eine kurze Rückmeldung freuen.

Mit freundlichen Grüßen
Tobias Lindqvist-Amato
""",
    "headers": {"User-Agent": "Mozilla Thunderbird 128.6"},
})

# 13 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "out_of_office_recruiter", "lang": "de",
    "sender": "Dr. Claudia Wendt <c.wendt@kroeger-search.example.de>",
    "contact": "c.wendt@kroeger-search.example.de",
    "subject": "Automatische Antwort: Unterlagen Clinical Education Manager",
    "date": "2026-02-23 10:15 +0100",
    "charset": "windows-1252", "cte": "qp",
    "irt": "<6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e@example.de>",
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. Februar 2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an mein Sekretariat unter +49 211 555 77 30.

Mit freundlichen Grüßen
Dr. Claudia Wendt
Kröger Executive Search
""",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
})

# 14 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "out_of_office_swiss", "lang": "de",
    "sender": "Reto Bühler <r.buehler@medaxis.example.ch>",
    "contact": "r.buehler@medaxis.example.ch",
    "subject": "Abwesenheitsnotiz: Re: Stellenangebot Clinical Application Specialist Orthopädie",
    "date": "2026-08-05 07:02 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "irt": "<2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c@example.de>",
    "text": """Grüezi

Ich bin bis am 10. August in den Ferien. Ihre E-Mail wird nicht weitergeleitet; ich beantworte sie nach meiner Rückkehr.

Bei dringenden Anliegen wenden Sie sich bitte an hr@medaxis.example.ch.

Freundliche Grüsse
Reto Bühler
""",
    "headers": {"Auto-Submitted": "auto-replied"},
})

# 15 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "cold_outreach_recruiter", "lang": "de",
    "sender": "Sebastian Kranz <s.kranz@medtalents.example.de>",
    "contact": "s.kranz@medtalents.example.de",
    "subject": "Spannende Position im Bereich Neurorehabilitation",
    "date": "2026-01-14 11:27 +0100",
    "charset": "utf-8", "cte": "qp",
    "text": """Hallo Herr Lindqvist-Amato,

ich bin auf Ihr Profil gestoßen und war beeindruckt von Ihrer Erfahrung mit robotikgestützter Gangtherapie.

Aktuell betreue ich exklusiv die Suche nach einem Clinical Specialist (m/w/d) für einen international tätigen Hersteller von Rehabilitationsrobotik – Einsatzgebiet NRW/Hessen, Homeoffice-basiert, attraktives Fixgehalt plus Firmenwagen.

Wäre das grundsätzlich interessant für Sie? Dann lassen Sie uns gern unverbindlich austauschen – ich freue mich über eine kurze Antwort mit Ihrer Telefonnummer.

Beste Grüße
Sebastian Kranz
Senior Recruiter Medical Devices

MedTalents GmbH | Speicherstraße 9 | 60327 Frankfurt am Main
T +49 69 555 123 40 | www.medtalents.example.de
""",
})

# 16 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "webinar_invitation_marketing", "lang": "de",
    "sender": "Kessler & Vogt Akademie <akademie@news.kv-medizintechnik.example.de>",
    "subject": "Einladung: Webinar „Robotik in der Reha – Evidenz und Praxis“ am 24. September",
    "date": "2026-09-09 10:00 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        f"""<h1 style="font-size:22px;margin:0 0 12px 0">Robotik in der Reha – Evidenz und Praxis</h1>
<p>Liebe Therapeutinnen und Therapeuten,</p>
<p>wir laden Sie herzlich zu unserem kostenlosen Webinar am <b>Donnerstag, 24. September, 17:00–18:30 Uhr</b> ein. Prof. Dr. Hannah Vossberg stellt aktuelle Studien zur robotergestützten Gangtherapie vor, anschließend zeigt unser Applikationsteam Fallbeispiele aus der Praxis.</p>
<p>Die Teilnahme wird mit 2 Fortbildungspunkten bescheinigt.</p>
<p style="text-align:center">{tracked("https://akademie.kv-medizintechnik.example.de/webinar/robotik-reha/anmelden", "Jetzt kostenlos anmelden", "https://news.kv-medizintechnik.example.de/track/click?u=", "background:#c8102e;color:#fff;padding:12px 24px;text-decoration:none")}</p>""",
        logo_src="https://news.kv-medizintechnik.example.de/img/akademie_logo.png", logo_alt="Kessler & Vogt Akademie",
        accent="#c8102e",
        footer="""Kessler &amp; Vogt Medizintechnik GmbH · Am Wassermann 28 · 50829 Köln<br>
Sie erhalten diese E-Mail, weil Sie sich für Informationen der Kessler &amp; Vogt Akademie angemeldet haben. <a href="https://news.kv-medizintechnik.example.de/unsubscribe?u=tla" style="color:#7a7f85">Abmelden</a>""",
        tail=pixel("https://news.kv-medizintechnik.example.de/track/open?u=tla&c=web24")),
    "headers": {"List-Unsubscribe": "<https://news.kv-medizintechnik.example.de/unsubscribe?u=tla>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
})

# 17 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "professional_association_newsletter", "lang": "de",
    "sender": "Physio-Landesverband NRW <info@physio-nrw.example.de>",
    "subject": "Mitgliederinfo Juli: Direktzugang, Fortbildungspflicht, Stellenbörse",
    "date": "2026-07-06 16:00 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Physio-Landesverband NRW - Mitgliederinfo Juli 2026
=====================================================

Liebe Kolleginnen und Kollegen,

1) DIREKTZUGANG: Der Modellversuch in Westfalen-Lippe geht in die zweite Runde. Alle Details und die Teilnahmebedingungen finden Sie auf unserer Website.

2) FORTBILDUNGSPFLICHT: Denken Sie an den Nachweis Ihrer Fortbildungspunkte bis zum 31.12.

3) STELLENBÖRSE: In unserer Stellenbörse finden Sie derzeit 214 Angebote, darunter auch Positionen in der Medizintechnik-Industrie. Viele Hersteller suchen ausdrücklich Therapeut/innen für Anwenderschulungen.

4) LANDESKONGRESS: Anmeldung zum Landeskongress am 7. November in Bochum ab sofort möglich.

Mit kollegialen Grüßen
Ihr Vorstand

---
Physio-Landesverband NRW e.V. | Kaiserstraße 40 | 44135 Dortmund
Abmeldung vom Newsletter: https://www.physio-nrw.example.de/newsletter/abmelden
""",
    "headers": {"List-Id": "Mitgliederinfo <mitgliederinfo.physio-nrw.example.de>",
                "List-Unsubscribe": "<https://www.physio-nrw.example.de/newsletter/abmelden>",
                "Precedence": "list"},
})

# 18 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "course_registration_received", "lang": "de",
    "sender": "Fortbildungsakademie Rheinland <anmeldung-noreply@fba-rheinland.example.de>",
    "subject": "Ihre Anmeldung ist eingegangen: Medizinprodukterecht für Therapeuten (MPDG-Kompakt)",
    "date": "2026-01-31 13:07 +0100",
    "charset": "utf-8", "cte": "qp",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

vielen Dank für Ihre Anmeldung zum Kurs "Medizinprodukterecht für Therapeuten (MPDG-Kompakt)".

Kursnummer: 26-MPR-03
Termine: 13.–14. März 2026, jeweils 9:00–17:00 Uhr
Ort: Fortbildungsakademie Rheinland, Bonner Straße 211, 50968 Köln
Kursgebühr: 340,00 EUR

Ihre Anmeldung ist eingegangen und wird bearbeitet. Die verbindliche Teilnahmebestätigung und die Rechnung erhalten Sie in den nächsten Tagen per Post.

Ihre Fortbildungsakademie Rheinland

Diese E-Mail wurde automatisch versandt.
""",
})

# 19 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "platform_confirm_email", "lang": "de",
    "sender": "JobRhein <konto@mail.jobrhein.example.de>",
    "subject": "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    "date": "2026-01-12 20:40 +0100",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hallo Tobias,</p>
<p>willkommen bei JobRhein! Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto zu aktivieren und sich mit einem Klick bewerben zu können.</p>
<p style="text-align:center"><a href="https://www.jobrhein.example.de/konto/bestaetigen?token=8f2a9c" style="background:#f39200;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">E-Mail-Adresse bestätigen</a></p>
<p>Der Link ist 48 Stunden gültig. Falls Sie sich nicht registriert haben, ignorieren Sie diese Nachricht.</p>""",
        logo_src="https://static.jobrhein.example.de/mail/logo-jobrhein.png", logo_alt="JobRhein", accent="#f39200",
        footer="JobRhein GmbH · Deutz-Kalker Straße 46 · 50679 Köln"),
})

# 20 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "dentist_appointment_moved", "lang": "de",
    "sender": "Zahnarztpraxis Dr. Aydin <termine@praxis-aydin.example.de>",
    "subject": "Ihr Termin wurde verschoben",
    "date": "2026-03-30 17:45 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

Ihr Termin zur professionellen Zahnreinigung am Donnerstag, 02.04.2026, 08:00 Uhr musste leider verschoben werden.

Neuer Termin: Dienstag, 07.04.2026, 17:30 Uhr

Sollte Ihnen der neue Termin nicht passen, können Sie ihn online über den Link in Ihrer Termin-App ändern oder absagen.

Ihre Zahnarztpraxis Dr. Aydin
Dürener Straße 145, 50931 Köln

Diese Nachricht wurde automatisch von unserem Terminsystem versendet.
""",
})

# 21 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "doctor_missed_appointment_fee", "lang": "de",
    "sender": "Hautarztpraxis am Rudolfplatz <verwaltung@hautarzt-rudolfplatz.example.de>",
    "subject": "Nicht wahrgenommener Termin am 11.05.2026 – Ausfallhonorar",
    "date": "2026-05-13 09:20 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

Sie haben Ihren Termin am Montag, 11.05.2026 um 14:15 Uhr in unserer Praxis ohne vorherige Absage nicht wahrgenommen. Wir haben vergeblich auf Sie gewartet.

Wie in unserer Terminvereinbarung angegeben, stellen wir Ihnen für nicht mindestens 24 Stunden vorher abgesagte Termine ein Ausfallhonorar von 40,00 EUR in Rechnung. Die Rechnung liegt dieser E-Mail nicht bei, sie geht Ihnen per Post zu.

Mit freundlichen Grüßen
Praxisverwaltung
Hautarztpraxis am Rudolfplatz
""",
})

# 22 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "train_cancelled_frankfurt", "lang": "de",
    "sender": "RailNet Reiseinformation <reiseinfo@railnet.example.de>",
    "subject": "Zugausfall: ICE 123 Köln Hbf → Frankfurt(Main)Hbf am 13.08.",
    "date": "2026-08-13 05:48 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p style="font-size:18px;color:#ec0016"><b>Ihr Zug fällt aus</b></p>
<p>Guten Morgen Tobias Lindqvist-Amato,</p>
<p>leider fällt Ihre Verbindung <b>ICE 123</b> heute, 13.08.2026, ab Köln Hbf 06:54 aus. Grund: Streik im Personalbereich.</p>
<p>Alternative: ICE 517 ab Köln Hbf 07:20, an Frankfurt(Main)Hbf 08:34. Ihre Zugbindung ist aufgehoben.</p>
<p>Ansprüche auf Fahrgastrechte können Sie online geltend machen.</p>""",
        logo_src="https://www.railnet.example.de/mail/railnet_logo.png", logo_alt="RailNet", accent="#ec0016",
        footer="Sie erhalten diese Reiseinformation, weil Sie den Reisebegleiter für Ihre Buchung aktiviert haben. RailNet Fernverkehr AG, Frankfurt am Main."),
})

# 23 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "recruiter_asks_for_references", "lang": "de",
    "sender": "Martina Hofbauer <m.hofbauer@alpenmed.example.at>",
    "contact": "m.hofbauer@alpenmed.example.at",
    "subject": "Referenzen",
    "date": "2026-06-02 09:12 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": """Lieber Herr Lindqvist-Amato,

danke nochmals für das angenehme Gespräch am Freitag. Bevor wir in die nächste Runde gehen, würden wir gerne zwei Referenzen einholen – idealerweise Ihre aktuelle Praxisleitung und eine Person, mit der Sie bei der Geräteeinführung zusammengearbeitet haben.

Könnten Sie mir Namen, Funktion und Telefonnummer schicken? Wir rufen selbstverständlich erst nach Rücksprache mit Ihnen an.

Mit besten Grüßen
Martina Hofbauer
HR Business Partner | Alpenmed Austria GmbH
""",
})

# 24 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "bounce_application_undeliverable", "lang": "de",
    "sender": "Mail Delivery System <MAILER-DAEMON@mx01.example.de>",
    "subject": "Unzustellbar: Bewerbung als Clinical Specialist – Tobias Lindqvist-Amato",
    "date": "2026-03-10 22:31 +0100",
    "charset": "utf-8", "cte": "8bit",
    "text": """Dies ist eine automatisch erstellte Nachricht des Mailservers.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden. Dies ist ein dauerhafter Fehler.

<jobs@neuroflex-medical.example.de>: host mx.neuroflex-medical.example.de[203.0.113.25] said:
    550 5.1.1 <jobs@neuroflex-medical.example.de>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--- Zustellbericht ---
Reporting-MTA: dns; mx01.example.de
Final-Recipient: rfc822; jobs@neuroflex-medical.example.de
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--- Kopfzeilen der ursprünglichen Nachricht ---
From: Tobias Lindqvist-Amato <tobias.la@example.de>
To: jobs@neuroflex-medical.example.de
Subject: Bewerbung als Clinical Specialist – Tobias Lindqvist-Amato
Date: Tue, 10 Mar 2026 22:30:58 +0100
Message-ID: <9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b@example.de>
""",
    "headers": {"Auto-Submitted": "auto-replied"},
})

# 25 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "job_fair_ticket", "lang": "de",
    "sender": "Karrieremesse MedTech Rheinland <tickets@medtech-messe.example.de>",
    "subject": "Ihr Ticket: Karrieremesse MedTech Rheinland, 17.10.2026, Düsseldorf",
    "date": "2026-09-28 12:00 +0200",
    "charset": "utf-8", "cte": "b64",
    "html": ats_html(
        """<p>Hallo Tobias,</p>
<p>vielen Dank für Ihre Registrierung! Hier ist Ihr kostenloses Besucherticket für die <b>Karrieremesse MedTech Rheinland</b>.</p>
<p><b>Samstag, 17. Oktober 2026, 10–16 Uhr</b><br>Areal Böhler, Hansaallee 321, 40549 Düsseldorf</p>
<p>Über 60 Aussteller – Hersteller, Kliniken, Personalberatungen – freuen sich auf Gespräche mit Ihnen. Tipp: Nutzen Sie den kostenlosen CV-Check am Stand 14.</p>
<p style="text-align:center"><img src="https://medtech-messe.example.de/ticket/qr/TLA-55120.png" alt="Ticket-QR-Code TLA-55120" width="180"></p>""",
        logo_src="https://medtech-messe.example.de/img/logo-messe-2026.png", logo_alt="Karrieremesse MedTech Rheinland 2026",
        accent="#7b2cbf",
        footer="Veranstalter: Rheinmesse Events GmbH · Düsseldorf · <a href=\"https://medtech-messe.example.de/datenschutz\" style=\"color:#7a7f85\">Datenschutz</a>"),
})

# 26 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "candidate_experience_survey", "lang": "de",
    "sender": "Steinberg Medical Devices <survey@candidate-feedback.example.com>",
    "subject": "Wie war Ihre Erfahrung im Bewerbungsprozess? (2 Minuten)",
    "date": "2026-02-24 10:30 +0100",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Guten Tag Tobias,</p>
<p>Sie haben sich kürzlich bei Steinberg Medical Devices beworben. Unabhängig vom Ergebnis interessiert uns Ihre ehrliche Meinung: Wie zufrieden waren Sie mit dem Ablauf?</p>
<p>Wie wahrscheinlich ist es, dass Sie Steinberg als Arbeitgeber weiterempfehlen?</p>
<table cellpadding="0" cellspacing="4"><tr>
<td><a href="https://survey.candidate-feedback.example.com/s/stb?score=0" style="display:block;width:28px;text-align:center;border:1px solid #ccc;padding:6px 0;color:#333;text-decoration:none">0</a></td>
<td><a href="https://survey.candidate-feedback.example.com/s/stb?score=5" style="display:block;width:28px;text-align:center;border:1px solid #ccc;padding:6px 0;color:#333;text-decoration:none">5</a></td>
<td><a href="https://survey.candidate-feedback.example.com/s/stb?score=10" style="display:block;width:28px;text-align:center;border:1px solid #ccc;padding:6px 0;color:#333;text-decoration:none">10</a></td>
</tr></table>
<p>Die Umfrage ist anonym und dauert nur zwei Minuten.</p>""",
        logo_src="https://steinbergmed.wd3.myworkday.com/wday/cxs/steinbergmed/logo/steinberg_logo_header.png",
        logo_alt="Steinberg Medical Devices", accent="#00558c",
        footer="""Diese Umfrage wird im Auftrag von Steinberg Medical Devices durchgeführt. <a href="https://survey.candidate-feedback.example.com/optout?u=tla" style="color:#7a7f85">Keine Umfragen mehr erhalten</a>"""),
    "headers": {"List-Unsubscribe": "<https://survey.candidate-feedback.example.com/optout?u=tla>"},
})

# ============================================================================================
# English
# ============================================================================================

# 27 -----------------------------------------------------------------------------------------
_cc = "https://email.careercompass.example.com/c/"
MESSAGES.append({
    "kind": "other", "name": "newsletter_missed_interview_recover", "lang": "en",
    "sender": "Career Compass <hello@careercompass.example.com>",
    "subject": "Missed an interview? Here's how to recover (and 4 other reads)",
    "date": "2026-06-07 14:00 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        f"""<p style="text-transform:uppercase;letter-spacing:1px;color:#999;font-size:12px">The Sunday Compass · Issue 212</p>
<h1 style="font-size:24px;margin:0 0 10px 0">Missed an interview? Here's how to recover</h1>
<p>It happens to the best of us: a calendar glitch, a late train, a sick kid. Recruiters see no-shows every week – what matters is what you do in the next 24 hours. We asked six hiring managers what an apology email should say.</p>
<p>{tracked("https://careercompass.example.com/blog/missed-interview", "Read the article", _cc)}</p>
<h2 style="font-size:17px">Also this week</h2>
<ul>
<li>{tracked("https://careercompass.example.com/blog/rejection-email-decoded", "'We've decided to move forward with other candidates': what rejection emails really mean", _cc)}</li>
<li>{tracked("https://careercompass.example.com/blog/offer-negotiation", "How to negotiate a job offer without losing it", _cc)}</li>
<li>{tracked("https://careercompass.example.com/blog/clinical-to-industry", "From clinic to industry: 5 career changers tell their story", _cc)}</li>
<li>{tracked("https://careercompass.example.com/jobs", "200+ new openings in health tech", _cc)}</li>
</ul>""",
        logo_src="https://careercompass.example.com/static/email/compass-logo.png", logo_alt="Career Compass",
        accent="#264653", lang="en",
        footer=f"""You're receiving this because you subscribed at careercompass.example.com.<br>
{tracked("https://careercompass.example.com/unsubscribe?s=tla212", "Unsubscribe", _cc, "color:#7a7f85")} · {tracked("https://careercompass.example.com/preferences", "Update preferences", _cc, "color:#7a7f85")}<br>
Career Compass Media Ltd, 71 Kingsway, London WC2B 6ST. Registered in England No 11223344.""",
        tail=pixel("https://email.careercompass.example.com/o/212-tla.gif")),
    "headers": {"List-Id": "The Sunday Compass <sunday.careercompass.example.com>",
                "List-Unsubscribe": "<https://careercompass.example.com/unsubscribe?s=tla212>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
})

# 28 -----------------------------------------------------------------------------------------
_pla = "https://www.prolink.example.com/comm/jobs/view?trk=alert&url="
MESSAGES.append({
    "kind": "other", "name": "job_alert_prolink", "lang": "en",
    "sender": "ProLink Job Alerts <jobalerts-noreply@prolink.example.com>",
    "subject": "12 new jobs for \"clinical specialist\" in Amsterdam",
    "date": "2026-07-29 08:05 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        f"""<p>Your job alert for <b>clinical specialist</b> in <b>Amsterdam, North Holland, Netherlands</b></p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px">
<tr><td>{tracked("https://www.prolink.example.com/jobs/view/3991", "Clinical Specialist – Neurostimulation (Benelux)", _pla)}<br><span style="color:#666">HelixCare Devices · Amsterdam · Actively recruiting</span></td></tr>
<tr><td>{tracked("https://www.prolink.example.com/jobs/view/3994", "Clinical Application Specialist NRW & Benelux", _pla)}<br><span style="color:#666">Orbis Surgical · Amsterdam (Hybrid) · 31 applicants</span></td></tr>
<tr><td>{tracked("https://www.prolink.example.com/jobs/view/4002", "Field Clinical Engineer – Exoskeletons", _pla)}<br><span style="color:#666">Exoskel Labs · Amsterdam · Be an early applicant</span></td></tr>
</table>
<p>{tracked("https://www.prolink.example.com/jobs/search?alert=8812", "See all 12 jobs", _pla)}</p>""",
        logo_src="https://static.prolink.example.com/mail/prolink-logo.png", logo_alt="ProLink", accent="#0a66c2",
        lang="en",
        footer=f"""You are receiving Job Alert emails. {tracked("https://www.prolink.example.com/jobs/alerts/8812/unsubscribe", "Unsubscribe", _pla, "color:#7a7f85")}<br>
ProLink Ireland Unlimited Company, Wilton Place, Dublin 2."""),
    "headers": {"List-Unsubscribe": "<https://www.prolink.example.com/jobs/alerts/8812/unsubscribe>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
})

# 29 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "press_interview_request", "lang": "en",
    "sender": "Hannah Kowalczyk <h.kowalczyk@medtechweekly.example.com>",
    "contact": "h.kowalczyk@medtechweekly.example.com",
    "subject": "Interview request – clinicians moving into medtech",
    "date": "2026-09-16 13:22 +0200",
    "charset": "utf-8", "cte": "7bit",
    "text": """Dear Tobias,

I'm a reporter at MedTech Weekly, working on a feature about physiotherapists and nurses who move into clinical roles in industry. A colleague from the ECPT conference mentioned you.

Would you be willing to do a 20-minute phone interview with me next week? I'd like to hear why you decided to make the move, what surprised you about the job market, and what you think companies get wrong when they hire clinicians. I'm happy to quote you by first name only if you prefer.

Many thanks,
Hannah Kowalczyk
Senior Reporter, MedTech Weekly
+44 20 5550 1193
""",
})

# 30 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "user_research_interview", "lang": "en",
    "sender": "Ines Moreau | Rehably Research <ines@rehably.example.com>",
    "contact": "ines@rehably.example.com",
    "subject": "Would you join a 30-min user interview? (€50 voucher)",
    "date": "2026-03-11 10:09 +0100",
    "charset": "utf-8", "cte": "qp",
    "html": """<div style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#202124;max-width:580px">
<p>Hi Tobias,</p>
<p>I'm a UX researcher at Rehably. You signed up for our home-exercise app last year as a therapist, and we'd love to learn from you.</p>
<p>Would you join a <b>30-minute user interview</b> over video? We want to understand how physios prescribe and track exercises, and what annoys you about current tools. There are no right or wrong answers, and we won't try to sell you anything.</p>
<p>As a thank-you, you'll get a <b>€50 voucher</b>. You can book a time here: <a href="https://cal.rehably.example.com/ines/user-interview">cal.rehably.example.com/ines/user-interview</a></p>
<p>Thanks so much!<br>Ines</p>
<p style="font-size:12px;color:#80868b">Ines Moreau · Senior UX Researcher · Rehably GmbH, Berlin</p>
</div>
""",
})

# 31 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "bank_loan_declined", "lang": "en",
    "sender": "Finvo Bank <no-reply@finvo.example.nl>",
    "subject": "Your credit application has been declined",
    "date": "2026-07-06 12:55 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": """Hi Tobias,

Thank you for applying for a Finvo credit card.

Unfortunately, we're unable to approve your application at this time. This decision was based on the information you provided and our automated credit assessment, which takes into account your current residence and income history in the Netherlands.

This decision does not affect your Finvo current account. You may reapply after 6 months.

The Finvo team

Finvo Bank N.V. is authorised by De Nederlandsche Bank. Please do not reply to this email.
""",
})

# 32 -----------------------------------------------------------------------------------------
_marco = """haha mate I totally bombed it. They asked me to present a "go-to-market plan for a new orthosis" and I basically talked about knee rehab for 10 minutes. The sales director looked bored. Pretty sure I'll get the "unfortunately" email by Friday.

Anyway, how's Amsterdam treating you? Did Lumbaris ever send the contract?

Marco

On Tue, 28 Apr 2026 at 20:41, Tobias Lindqvist-Amato <tobias.la@example.de> wrote:
> How did the interview go today?? Tell me everything. Did they make an offer on the spot?
"""
MESSAGES.append({
    "kind": "other", "name": "friend_own_interview_story", "lang": "en",
    "sender": "Marco Bellandi <marco.bellandi@mailbox.example.org>",
    "contact": "marco.bellandi@mailbox.example.org",
    "subject": "Re: how did it go?",
    "date": "2026-04-28 23:17 +0200",
    "charset": "utf-8", "cte": "qp",
    "irt": "<5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c@example.de>",
    "text": _marco,
    "html": gmail_html(_marco),
})

# 33 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "own_thank_you_note", "lang": "en",
    "sender": CANDIDATE,
    "to": "Priya Raman <priya.raman@neurostride.example.com>",
    "subject": "Thank you – interview invitation",
    "date": "2026-06-11 20:02 +0200",
    "charset": "utf-8", "cte": "7bit",
    "msgid": "<c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f@example.de>",
    "irt": "<gh.8a1f3e2d.neurostride.interview@greenhouse-mail.io>",
    "text": """Hi Priya,

Thank you very much for the interview invitation! Wednesday, June 17 at 14:30 works best for me.

Looking forward to speaking with Dr. Marsh.

Best regards,
Tobias Lindqvist-Amato

On Thu, 11 Jun 2026 at 15:47, Priya Raman via Greenhouse <no-reply@greenhouse-mail.io> wrote:
> We'd like to invite you to a 45-minute video interview with Dr. Elena Marsh,
> our Clinical Director for Europe.
""",
})

# 34 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "out_of_office_talent_partner", "lang": "en",
    "sender": "Femke de Vries <femke@lumbaris.example.nl>",
    "contact": "femke@lumbaris.example.nl",
    "subject": "Automatic reply: Offer letter – Clinical Specialist, Lower-Limb Exoskeletons",
    "date": "2026-04-09 18:40 +0200",
    "charset": "utf-8", "cte": "7bit",
    "irt": "<d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a@example.de>",
    "text": """Thanks for your email. I'm out of the office until Tuesday 14 April with limited access to email.

For urgent recruiting matters please contact talent@lumbaris.example.nl.

Femke
""",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
})

# 35 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "cold_outreach_headhunter_en", "lang": "en",
    "sender": "Rachel Osei <rachel.osei@lifescience-talent.example.com>",
    "contact": "rachel.osei@lifescience-talent.example.com",
    "subject": "Clinical roles in Benelux – open to hearing more?",
    "date": "2026-02-02 09:41 +0100",
    "charset": "utf-8", "cte": "qp",
    "text": """Hi Tobias,

Hope you don't mind the direct message. I specialise in placing clinicians into medical device companies across the Benelux and DACH, and your mix of neuro-rehab experience and languages caught my eye.

I'm currently working on a few clinical specialist and clinical education roles (robotics, neuromodulation, wound care) with salaries in the EUR 55-70k range plus car.

Would you be open to hearing more? If so, just reply with a good time and number, and I'll send a short overview first.

Best wishes,
Rachel

Rachel Osei | Principal Consultant | LifeScience Talent Partners
Amsterdam · London · Munich
""",
})

# 36 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "conference_abstract_not_accepted", "lang": "en",
    "sender": "ECPT 2026 Scientific Committee <abstracts-noreply@ecpt2026.example.org>",
    "subject": "ECPT 2026: Decision on abstract #0417",
    "date": "2026-05-26 16:00 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": """Dear Tobias Lindqvist-Amato,

Thank you for submitting your abstract "Therapist-led onboarding of robotic gait trainers: a service evaluation" (#0417) to the European Congress of Physiotherapy and Technology 2026.

We regret to inform you that your abstract has not been accepted for oral or poster presentation. This year we received 1,284 submissions for 310 slots, and the competition was exceptionally strong.

Reviewer comments are available in the submission system. We hope to see you in Rotterdam as a delegate; the early-bird registration closes on 15 June.

Kind regards,
ECPT 2026 Scientific Committee
""",
})

# 37 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "profile_appeared_in_searches", "lang": "en",
    "sender": "ProLink <notifications-noreply@prolink.example.com>",
    "subject": "You appeared in 9 searches this week",
    "date": "2026-05-04 07:30 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p style="font-size:18px"><b>Tobias, you appeared in 9 searches this week</b></p>
<p>People from these companies found you: <b>Orbis Surgical</b>, <b>Medivant Europe</b>, <b>Talentbrücke Personalberatung</b></p>
<p>Searchers' top job titles: Recruiter, Talent Acquisition Partner, Clinical Manager</p>
<p><a href="https://www.prolink.example.com/me/search-appearances" style="background:#0a66c2;color:#fff;padding:10px 18px;border-radius:18px;text-decoration:none">See all searches</a></p>
<p style="color:#666">Try Premium for free to see who viewed your profile.</p>""",
        logo_src="https://static.prolink.example.com/mail/prolink-logo.png", logo_alt="ProLink", accent="#0a66c2", lang="en",
        footer="""This email was intended for Tobias Lindqvist-Amato. <a href="https://www.prolink.example.com/settings/email?type=searches" style="color:#7a7f85">Unsubscribe</a> · ProLink Ireland Unlimited Company, Dublin 2."""),
    "headers": {"List-Unsubscribe": "<https://www.prolink.example.com/settings/email?type=searches>"},
})

# 38 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "package_delayed_en", "lang": "en",
    "sender": "Shipwell Tracking <tracking@updates.shipwell.example.com>",
    "subject": "Unfortunately, your package is delayed",
    "date": "2026-10-02 19:12 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hi Tobias,</p>
<p>Unfortunately, your package from <b>Kinesio Supplies EU</b> is delayed due to a customs inspection in Venlo.</p>
<p><b>Tracking number:</b> SW4410927733NL<br><b>New estimated delivery:</b> Tuesday, 6 October</p>
<p>No action is needed from you. We'll let you know as soon as it's on its way.</p>
<p><a href="https://track.shipwell.example.com/SW4410927733NL" style="color:#6d28d9">Track your package</a></p>""",
        logo_src="https://track.shipwell.example.com/img/shipwell-email.png", logo_alt="Shipwell", accent="#6d28d9", lang="en",
        footer="Shipwell B.V. · Venlo · This is an automated notification. Please do not reply."),
})

# 39 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "ats_password_reset", "lang": "en",
    "sender": "Medivant Europe Careers <noreply@smartrecruiters.com>",
    "subject": "Reset your password",
    "date": "2026-06-05 23:36 +0200",
    "charset": "utf-8", "cte": "7bit",
    "text": """Hello Tobias,

We received a request to reset the password for your candidate account at Medivant Europe Careers.

To choose a new password, open the link below. The link expires in 30 minutes.

https://jobs.smartrecruiters.com/account/reset?token=3f9c1e20ab

If you didn't request this, you can safely ignore this email.

SmartRecruiters on behalf of Medivant Europe
""",
})

# 40 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "booking_confirmed_basel", "lang": "en",
    "sender": "StayNest <automated@staynest.example.com>",
    "subject": "Reservation confirmed – Rhine view studio, Basel (27–28 Apr)",
    "date": "2026-04-21 21:05 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p style="font-size:20px"><b>Your reservation is confirmed</b></p>
<p>You're going to Basel! Lukas is expecting you on <b>Mon 27 Apr</b>.</p>
<table cellpadding="4" style="font-size:14px"><tr><td>Check-in</td><td>Mon 27 Apr, after 15:00</td></tr>
<tr><td>Checkout</td><td>Tue 28 Apr, 11:00</td></tr>
<tr><td>Address</td><td>Unterer Rheinweg 48, 4057 Basel</td></tr>
<tr><td>Total</td><td>CHF 138.40</td></tr></table>
<p><a href="https://www.staynest.example.com/trips/HMX8821" style="color:#e11d48">View itinerary</a></p>""",
        logo_src="https://www.staynest.example.com/static/email/logo.png", logo_alt="StayNest", accent="#e11d48", lang="en",
        footer="StayNest Ireland UC · Dublin · Sent to tobias.la@example.de"),
})

# ============================================================================================
# French
# ============================================================================================

# 41 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "alerte_offres_lyon", "lang": "fr",
    "sender": "SantéEmploi Alertes <alertes@notifications.santeemploi.example.fr>",
    "subject": "4 nouvelles offres : spécialiste application clinique – Lyon",
    "date": "2026-08-11 06:45 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Bonjour Tobias,</p>
<p>Voici les nouvelles offres correspondant à votre alerte « spécialiste application clinique – Lyon (30 km) » :</p>
<ul>
<li><a href="https://www.santeemploi.example.fr/offre/55120?src=alerte" style="color:#009b77">Référent(e) équipements de rééducation – CDI</a> · Clinique du Parc Monplaisir · Lyon 8e</li>
<li><a href="https://www.santeemploi.example.fr/offre/55131?src=alerte" style="color:#009b77">Spécialiste Application Clinique – Cardiologie</a> · Cardiolyne · Villeurbanne</li>
<li><a href="https://www.santeemploi.example.fr/offre/55140?src=alerte" style="color:#009b77">Technico-commercial aides techniques</a> · Biomécanique Rhône-Alpes · Genas</li>
<li><a href="https://www.santeemploi.example.fr/offre/55144?src=alerte" style="color:#009b77">Kinésithérapeute – formateur dispositifs connectés</a> · Motrice · Lyon</li>
</ul>
<p>Bonne recherche !<br>L'équipe SantéEmploi</p>""",
        logo_src="https://cdn.santeemploi.example.fr/mail/logo-se.png", logo_alt="SantéEmploi", accent="#009b77", lang="fr",
        footer="""Vous recevez cet e-mail car vous avez créé une alerte emploi. <a href="https://www.santeemploi.example.fr/alertes/desactiver?id=771" style="color:#7a7f85">Désactiver cette alerte</a>"""),
    "headers": {"List-Unsubscribe": "<https://www.santeemploi.example.fr/alertes/desactiver?id=771>",
                "Precedence": "bulk"},
})

# 42 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "colis_retarde", "lang": "fr",
    "sender": "Colissimax <suivi@colissimax.example.fr>",
    "subject": "Votre colis est retardé",
    "date": "2026-07-20 15:31 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Bonjour,

Malheureusement, votre colis n° 6A 2241 9087 553 est retardé en raison d'un incident sur notre plateforme de tri de Saint-Priest.

Nouvelle date de livraison estimée : jeudi 23 juillet 2026.

Nous vous prions de nous excuser pour ce désagrément. Vous pouvez suivre votre colis sur notre site.

Colissimax - Service client

Ceci est un message automatique, merci de ne pas y répondre.
""",
})

# 43 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "ami_a_recu_une_offre", "lang": "fr",
    "sender": "Léa Charpentier <lea.charpentier@courriel.example.fr>",
    "contact": "lea.charpentier@courriel.example.fr",
    "subject": "Re: nouvelles ?",
    "date": "2026-05-05 20:58 +0200",
    "charset": "utf-8", "cte": "qp",
    "irt": "<e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b@example.de>",
    "text": """Tobiaaas !

J'ai reçu une offre !!! CDI chez un fabricant de fauteuils roulants à Grenoble, formatrice clinique, je commence en septembre. Je suis sur un petit nuage.

Et toi, ça avance avec Lyon ? Si tu passes dans le coin on fête ça.

Bisous,
Léa

Le 5 mai 2026 à 19:14, Tobias Lindqvist-Amato <tobias.la@example.de> a écrit :

> Coucou Léa, alors ton entretien de jeudi ? De mon côté encore un refus (Orthavia), mais j'ai une convocation chez Cardiolyne ! Tiens-moi au courant.
> Tobias
""",
})

# 44 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "own_spontaneous_application_fr", "lang": "fr",
    "sender": CANDIDATE,
    "to": "Distrimed France <rh@distrimed.example.fr>",
    "subject": "Candidature spontanée – spécialiste application clinique",
    "date": "2026-08-27 09:20 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d@example.de>",
    "text": """Madame, Monsieur,

Kinésithérapeute depuis huit ans, spécialisé en rééducation neurologique, je souhaite aujourd'hui mettre mon expérience clinique au service d'un distributeur de dispositifs médicaux. Je me permets donc de vous adresser ma candidature spontanée pour un poste de spécialiste application clinique dans la région lyonnaise.

Je parle couramment allemand, anglais et italien, et mon français est de niveau B2.

Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Tobias Lindqvist-Amato
""",
})

# 45 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "demande_logement_refusee", "lang": "fr",
    "sender": "Lyon Habitat Services <ne-pas-repondre@lyonhabitat-services.example.fr>",
    "subject": "Votre demande de logement n° 069-2026-88412",
    "date": "2026-09-10 11:00 +0200",
    "charset": "windows-1252", "cte": "qp",
    "text": """Monsieur,

Nous avons examiné votre demande de logement pour l'appartement T2 situé 14 rue Garibaldi, 69006 Lyon.

Nous sommes au regret de vous informer que votre dossier n'a pas été retenu par la commission d'attribution du 8 septembre. Les ressources déclarées ne correspondent pas aux conditions requises pour ce logement (justificatifs de revenus en France manquants).

Votre demande reste active pour d'autres logements.

Lyon Habitat Services – Service attributions
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
})

# 46 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "absence_cabinet", "lang": "fr",
    "sender": "Hélène Verdier <helene.verdier@verdier-conseil.example.fr>",
    "contact": "helene.verdier@verdier-conseil.example.fr",
    "subject": "Réponse automatique : Disponibilités juillet",
    "date": "2026-07-16 09:12 +0200",
    "charset": "windows-1252", "cte": "qp",
    "irt": "<f7a8b9c0-d1e2-4f3a-8b4c-5d6e7f8a9b0c@example.de>",
    "text": """Bonjour,

Je suis absente du cabinet jusqu'au lundi 3 août inclus. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence, vous pouvez joindre le cabinet au 04 78 55 12 90.

Bien cordialement,
Hélène Verdier
Cabinet Verdier Conseil
""",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
})

# 47 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "newsletter_erreurs_entretien", "lang": "fr",
    "sender": "Cadres & Santé <newsletter@cadres-sante.example.fr>",
    "subject": "Entretien d'embauche : 7 erreurs à éviter | Refus : comment rebondir",
    "date": "2026-03-26 08:00 +0100",
    "charset": "utf-8", "cte": "b64",
    "html": ats_html(
        """<h1 style="font-size:22px;margin:0 0 10px 0">Entretien d'embauche : les 7 erreurs à éviter</h1>
<p>Arriver en retard, ne pas connaître l'entreprise, parler salaire trop tôt… Nos experts décryptent les faux pas qui coûtent une embauche, et comment les éviter lors de votre prochain entretien.</p>
<p><a href="https://www.cadres-sante.example.fr/conseils/entretien-7-erreurs?utm_source=nl&amp;utm_medium=email" style="color:#b5179e">Lire l'article</a></p>
<h2 style="font-size:17px">Votre candidature n'a pas été retenue ? Comment rebondir</h2>
<p>Un refus n'est jamais agréable. Trois recruteurs expliquent comment demander un retour constructif.</p>
<p><a href="https://www.cadres-sante.example.fr/conseils/apres-un-refus?utm_source=nl&amp;utm_medium=email" style="color:#b5179e">Lire la suite</a></p>
<h2 style="font-size:17px">Offres de la semaine</h2>
<p>87 nouvelles offres dans le secteur des dispositifs médicaux en Auvergne-Rhône-Alpes.</p>""",
        logo_src="https://www.cadres-sante.example.fr/img/nl/logo.png", logo_alt="Cadres &amp; Santé", accent="#b5179e",
        lang="fr",
        footer="""Cadres &amp; Santé – 12 rue de la Paix, 75002 Paris. <a href="https://www.cadres-sante.example.fr/newsletter/desabonnement?e=tla" style="color:#7a7f85">Se désabonner</a>"""),
    "headers": {"List-Id": "<newsletter.cadres-sante.example.fr>",
                "List-Unsubscribe": "<https://www.cadres-sante.example.fr/newsletter/desabonnement?e=tla>",
                "Precedence": "bulk"},
})

# ============================================================================================
# Spanish
# ============================================================================================

# 48 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "alerta_empleo_madrid", "lang": "es",
    "sender": "EmpleoSalud Alertas <alertas@empleosalud.example.es>",
    "subject": "Nuevas ofertas para ti: fisioterapeuta especialista de producto en Madrid",
    "date": "2026-04-27 07:10 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hola Tobias,</p>
<p>Tenemos <b>3 nuevas ofertas</b> que encajan con tu alerta:</p>
<p><a href="https://www.empleosalud.example.es/oferta/11802?utm_source=alerta" style="color:#e4572e">Especialista Clínico de Producto – Rehabilitación</a><br>Medicor Ibérica · Madrid · Indefinido</p>
<p><a href="https://www.empleosalud.example.es/oferta/11815?utm_source=alerta" style="color:#e4572e">Delegado/a técnico-comercial ortopedia</a><br>Ortopedia Levante · Madrid</p>
<p><a href="https://www.empleosalud.example.es/oferta/11820?utm_source=alerta" style="color:#e4572e">Fisioterapeuta para ensayo clínico con exoesqueleto</a><br>Hospital Universitario Sierra Norte · Madrid</p>""",
        logo_src="https://www.empleosalud.example.es/static/logo-mail.png", logo_alt="EmpleoSalud", accent="#e4572e", lang="es",
        footer="""Recibes este correo porque creaste una alerta de empleo. <a href="https://www.empleosalud.example.es/alertas/baja?id=3391" style="color:#7a7f85">Darse de baja</a>"""),
    "headers": {"List-Unsubscribe": "<https://www.empleosalud.example.es/alertas/baja?id=3391>",
                "Precedence": "bulk"},
})

# 49 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "amiga_entrevista_manana", "lang": "es",
    "sender": "Carmen Ruiz <carmen.ruiz.fisio@correo.example.es>",
    "contact": "carmen.ruiz.fisio@correo.example.es",
    "subject": "mañana!!!",
    "date": "2026-06-09 23:02 +0200",
    "charset": "utf-8", "cte": "8bit",
    "text": """Tíoooo, mañana tengo la entrevista en el hospital de la Paz para lo de coordinadora de fisio!! Estoy de los nervios. Me han dicho que son tres personas en el tribunal y que preguntan mucho de gestión.

Si me rechazan me voy contigo a Colonia jajaja

Deséame suerte!!
Carmen
""",
})

# 50 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "solicitud_matricula_recibida", "lang": "es",
    "sender": "Academia Lingua Castellana <secretaria@linguacastellana.example.es>",
    "subject": "Hemos recibido tu solicitud de matrícula",
    "date": "2026-01-16 12:34 +0100",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Hola Tobias:

Hemos recibido tu solicitud de matrícula para el curso intensivo online "Español para profesionales sanitarios (B2-C1)", que empieza el 2 de febrero.

En un plazo de 48 horas te enviaremos la confirmación de plaza y el enlace de pago. Si tienes dudas, puedes escribirnos a esta misma dirección.

¡Gracias por confiar en nosotros!

Secretaría - Academia Lingua Castellana
Calle de Fuencarral 88, Madrid
""",
})

# 51 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "prestamo_denegado", "lang": "es",
    "sender": "Banco Meseta <notificaciones@bancomeseta.example.es>",
    "subject": "Resolución de su solicitud de préstamo",
    "date": "2026-09-15 09:01 +0200",
    "charset": "utf-8", "cte": "b64",
    "html": ats_html(
        """<p>Estimado cliente:</p>
<p>Le informamos de que su solicitud de préstamo personal n.º 2026-PP-551203 por importe de 8.000 € ha sido <b>denegada</b>.</p>
<p>Tras analizar la información aportada, no cumple en este momento los requisitos de residencia fiscal en España exigidos para este producto.</p>
<p>Puede consultar otras opciones de financiación en su banca online o en cualquiera de nuestras oficinas.</p>
<p>Atentamente,<br>Banco Meseta</p>""",
        logo_src="https://www.bancomeseta.example.es/img/email/logo.png", logo_alt="Banco Meseta", accent="#0e4d92", lang="es",
        footer="Banco Meseta, S.A. · Paseo de Recoletos 7 · 28004 Madrid · Este correo se ha enviado de forma automática; por favor, no responda."),
})

# 52 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "other", "name": "cita_previa_anulada", "lang": "es",
    "sender": "Cita Previa Extranjería <citaprevia-noresponder@sede.example.es>",
    "subject": "Anulación de su cita previa - NIE",
    "date": "2026-03-23 08:15 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sr./Sra. LINDQVIST-AMATO, TOBIAS:

Le comunicamos que su cita previa para el trámite "POLICÍA - ASIGNACIÓN DE NIE" en la oficina de Madrid, Calle de los Madrazo 9, prevista para el día 26/03/2026 a las 10:40 h, ha sido ANULADA a petición del interesado.

Código de justificante: 7F3A-22K9

Si desea una nueva cita deberá solicitarla a través de la sede electrónica.

No responda a este correo electrónico.
""",
})

# 53 -----------------------------------------------------------------------------------------
_diego = """Hola Tobias, ¿qué tal?

Soy Diego Navarro, de TalentMed Consulting. He visto tu perfil en ProLink y me ha llamado la atención tu experiencia en rehabilitación neurológica y que hables cinco idiomas.

Estoy trabajando en varias posiciones de especialista clínico para empresas de dispositivos médicos en Madrid y Barcelona. ¿Te interesaría que te contara un poco más? Si te parece, respóndeme con tu teléfono y una franja horaria que te venga bien.

Un saludo,
Diego Navarro
Consultor Senior | TalentMed Consulting
Paseo de Gracia 55, Barcelona
"""
MESSAGES.append({
    "kind": "other", "name": "cold_outreach_headhunter_es", "lang": "es",
    "sender": "Diego Navarro <dnavarro@talentmed.example.es>",
    "contact": "dnavarro@talentmed.example.es",
    "subject": "Oportunidades especialista clínico",
    "date": "2026-10-05 10:48 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": _diego,
    "html": outlook_html(_diego),
})
