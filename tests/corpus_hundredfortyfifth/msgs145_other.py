# ruff: noqa
"""Corpus 145, other: 52 hand-written messages (de 26, en 15, fr 5, es 6): digests,
newsletters, the candidate's own mail, notifications, friends, bank, landlord, school, doctor,
auto-replies and refusals of a place to study."""

from __future__ import annotations

from msgs145_common import (
    CANDIDATE,
    ME_SIG_DE,
    ME_SIG_EN,
    ats_card,
    digest_html,
    digest_text,
    forwarded,
    html_doc,
    mso,
    outlook_html,
    paras,
    quote,
    wrote,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# Texts other modules quote.
THANKS_QUILLON_TEXT = """Dear Priya,

Thank you for organising today's panel, and please pass my thanks on to Ewan and
Dr Miah. I really enjoyed the discussion about how incident reports could be linked to
staffing data; it's exactly the kind of problem I'd love to work on.

If there's anything else you need from me for the next stage, just let me know.

Best wishes,
Katharina"""

THANKS_FSNL_TEXT = """Chère Madame Favre,

Je vous remercie, ainsi que M. Dubey et Mme Haddad, pour l'entretien de cet après-midi.
Les échanges sur l'évaluation du dossier patient partagé m'ont confortée dans mon envie de
rejoindre la Fondation.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Katharina Ebner-Osei"""

APOLOGY_MEDICODA_TEXT = """Hallo Jonas,

es tut mir wirklich leid wegen heute Vormittag! Ich hatte nach dem Nachtdienst das Handy
auf lautlos und habe deine Anrufe erst jetzt gesehen. Das ist mir sehr unangenehm.

Ich bin nächste Woche Montag bis Mittwoch tagsüber erreichbar und würde mich freuen,
wenn wir das Gespräch nachholen könnten.

Liebe Grüße
Katharina"""

RESCHEDULE_ISAR_TEXT = """Sehr geehrte Frau Hartl,

vielen Dank für die Einladung zum Vorstellungsgespräch. Leider sind im Online-Tool nur
noch Termine am 16. und 17. September frei, und an beiden Tagen habe ich Nachtdienst, den
ich kurzfristig nicht tauschen kann.

Wäre es möglich, das Gespräch in die Woche ab 21. September zu verschieben? Dienstag und
Mittwoch wären für mich ideal.

Mit freundlichen Grüßen
Katharina Ebner-Osei"""

# ================================================================== de (26)

_x01_items = [
    ("Pflegeinformatiker:in – klinisches Forschungsinstitut, Wien 9",
     "Vollzeit, ab € 3.900 brutto. Bewerbungsgespräche laufen bereits.",
     "https://jobfinder-gesundheit.example.at/job/88412?utm_source=alert"),
    ("Data Analyst Versorgungsforschung – Graz",
     "Teilzeit möglich, Erfahrung mit R oder Python erwünscht.",
     "https://jobfinder-gesundheit.example.at/job/88397?utm_source=alert"),
    ("Ratgeber: Absage erhalten? Drei Dinge, die Sie jetzt tun sollten",
     "Warum eine Ablehnung selten etwas mit Ihnen persönlich zu tun hat.",
     "https://jobfinder-gesundheit.example.at/ratgeber/absage?utm_source=alert"),
    ("Checkliste: Die 12 häufigsten Fragen im Vorstellungsgespräch",
     "Von „Warum wollen Sie weg von der Station?“ bis zur Gehaltsfrage.",
     "https://jobfinder-gesundheit.example.at/ratgeber/interview?utm_source=alert"),
]
_x01_foot = ("Sie erhalten diesen Job-Alert, weil Sie ihn am 3. Jänner abonniert haben. "
             "Abmelden: https://jobfinder-gesundheit.example.at/alerts/abmelden?u=k9e2")
add(dict(
    key="x01", kind="other", slug="jobfinder_alert_digest", lang="de",
    company="", contact="",
    date="2026-02-03 06:00 +0100",
    frm=("Jobfinder Gesundheit", "alerts@jobfinder-gesundheit.example.at"),
    subject="4 neue Treffer für „Datenanalyse Pflege Wien“",
    text=digest_text("Ihr Job-Alert: Datenanalyse Pflege Wien",
                     "Guten Morgen! Seit gestern gibt es neue Stellen, die zu Ihrer Suche "
                     "passen.", _x01_items, _x01_foot),
    html=digest_html("Ihr Job-Alert: Datenanalyse Pflege Wien",
                     "Guten Morgen! Seit gestern gibt es neue Stellen, die zu Ihrer Suche "
                     "passen.", _x01_items,
                     '<a href="https://jobfinder-gesundheit.example.at/alerts/abmelden?u=k9e2">'
                     "Abmelden</a> · Jobfinder Gesundheit, Mariahilfer Straße 1, 1060 Wien"),
    headers=[("List-Id", "Job-Alert <alerts.jobfinder-gesundheit.example.at>"),
             ("List-Unsubscribe",
              "<https://jobfinder-gesundheit.example.at/alerts/abmelden?u=k9e2>, "
              "<mailto:unsubscribe@jobfinder-gesundheit.example.at?subject=k9e2>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
))

_x02 = """<h1 style="font-size:22px">Karrierebrief Pflege – Ausgabe 7/2026</h1>
<p>Liebe Leserin, lieber Leser,</p>
<p>in dieser Ausgabe geht es um zwei Momente, die jede Bewerbung prägen.</p>
<h2 style="font-size:18px">1. Das Vorstellungsgespräch: Vorbereitung ist alles</h2>
<p>Wer von der Station in eine Analyse-Rolle wechselt, wird oft gefragt, warum man „die
Pflege verlässt“. Unsere Empfehlung: Erzählen Sie von einem konkreten Problem auf Ihrer
Station, das Sie mit Zahlen gelöst haben. Laden Personaler zu einer Fallstudie ein,
fragen Sie vorab nach dem Format.</p>
<h2 style="font-size:18px">2. Die Absage: kein Urteil über Sie</h2>
<p>Wer eine Absage bekommt, liest oft zu viel hinein. Bitten Sie freundlich um Feedback –
aber erwarten Sie nicht immer eine Antwort. Und: Eine Ablehnung heute kann eine Einladung
in sechs Monaten bedeuten.</p>
<p><a href="https://karrierebrief-pflege.example.de/archiv/2026-07">Im Browser lesen</a> ·
<a href="https://karrierebrief-pflege.example.de/abmelden?id=44ke">Newsletter abbestellen</a></p>
<p style="font-size:11px;color:#888">Karrierebrief Pflege · Verlag Wundt & Söhne ·
Sendlinger Str. 7 · 80331 München</p>"""
add(dict(
    key="x02", kind="other", slug="karrierebrief_interview_and_rejection", lang="de",
    company="", contact="",
    date="2026-07-09 07:30 +0200",
    frm=("Karrierebrief Pflege", "newsletter@karrierebrief-pflege.example.de"),
    subject="Vorstellungsgespräch & Absage: So behalten Sie die Nerven",
    html=html_doc(_x02), html_cte="quoted-printable",
    headers=[("List-Id", "Karrierebrief Pflege <karrierebrief.karrierebrief-pflege.example.de>"),
             ("List-Unsubscribe", "<https://karrierebrief-pflege.example.de/abmelden?id=44ke>"),
             ("Precedence", "bulk")],
))

_x03 = f"""Sehr geehrte Frau Mag. Strobl,

mit großem Interesse habe ich Ihre Ausschreibung für eine Pflegeinformatikerin in der
Stabsstelle Medizincontrolling & IT gelesen und bewerbe mich hiermit um diese Position.

Seit 2017 arbeite ich als diplomierte Gesundheits- und Krankenpflegerin auf einer
internistischen Station in Wien. Dort betreue ich seit drei Jahren als Key-Userin die
elektronische Pflegedokumentation und werte für unsere Stationsleitung regelmäßig
Sturz- und Dekubitusdaten aus. Im Moment absolviere ich berufsbegleitend einen
Zertifikatskurs in Gesundheitsdatenanalyse (SQL, R).

Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen. Meinen
Lebenslauf und meine Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
Katharina Ebner-Osei

{ME_SIG_DE}
"""
add(dict(
    key="x03", kind="other", slug="own_application_kahlenberg_cv", lang="de",
    company="", contact="",
    date="2026-03-02 20:14 +0100",
    frm=CANDIDATE,
    to=[("Mag. Bettina Strobl", "b.strobl@kahlenberg-klinik.example.at")],
    subject="Bewerbung als Pflegeinformatikerin – Katharina Ebner-Osei",
    text=_x03, cte="quoted-printable",
    pdfs=[("Lebenslauf_Ebner-Osei.pdf", "Lebenslauf", [
        "Katharina Ebner-Osei, DGKP",
        "Wien - katharina.eo@example.at",
        "",
        "Berufserfahrung",
        "2017-heute  DGKP, Interne Abteilung, Klinik Donaufeld, Wien",
        "2023-heute  Key-Userin elektronische Pflegedokumentation",
        "",
        "Ausbildung",
        "2014-2017  Bachelor Gesundheits- und Krankenpflege, FH Wien",
        "2025-2026  Zertifikatskurs Gesundheitsdatenanalyse (SQL, R)",
    ])],
    headers=[("User-Agent", "Mozilla Thunderbird")],
))

add(dict(
    key="x04", kind="other", slug="own_reschedule_request_isar", lang="de",
    company="", contact="",
    date="2026-09-08 18:22 +0200",
    frm=CANDIDATE,
    to=[("Sabine Hartl", "sabine.hartl@isarklinikum.example.de")],
    subject="Terminverschiebung Vorstellungsgespräch Req. 41187",
    text=RESCHEDULE_ISAR_TEXT + "\n\n" + ME_SIG_DE + "\n", cte="quoted-printable",
))

_x05 = f"""{APOLOGY_MEDICODA_TEXT}

{wrote("de", "2026-01-22 10:41", "Jonas Riedl", "jonas.riedl@medicoda.example.de")}
> Hi Katharina,
>
> ich habe dich heute um 10:00 zweimal angerufen (10:00 und 10:08), bin aber beide Male nur
> auf der Mailbox gelandet. Ist alles in Ordnung?
>
> Wenn du magst, melde dich kurz, dann finden wir einen neuen Slot.
>
> Jonas
"""
APOLOGY_MEDICODA_CHAIN = _x05

add(dict(
    key="x05", kind="other", slug="own_apology_medicoda", lang="de",
    company="", contact="",
    date="2026-01-22 12:03 +0100",
    frm=CANDIDATE,
    to=[("Jonas Riedl", "jonas.riedl@medicoda.example.de")],
    subject="Entschuldigung wegen heute Vormittag",
    text=_x05, cte="8bit",
    reply_of="m01",
))

_x06 = """Sehr geehrte Frau Mag.a Kainz,

herzlichen Dank für das angenehme Gespräch heute Vormittag, auch an Herrn Dr. Pongratz –
ich hoffe, er ist wieder ganz gesund. Die Aufgabe mit den Verweildauern hat mir Spaß
gemacht, und ich konnte mir die Arbeit in Ihrem Team sehr gut vorstellen.

Ich freue mich, von Ihnen zu hören.

Mit freundlichen Grüßen
Katharina Ebner-Osei
"""
add(dict(
    key="x06", kind="other", slug="own_thanks_steirerkasse", lang="de",
    company="", contact="",
    date="2026-06-03 17:45 +0200",
    frm=CANDIDATE,
    to=[("Ursula Kainz", "ursula.kainz@steirerkasse.example.at")],
    subject="Danke für das Gespräch am 3. Juni",
    text=_x06, charset="windows-1252", cte="quoted-printable",
))

_x07 = """Hey Kathi,

na, wie geht's dir mit der Jobsuche? Ich muss dir was erzählen: Ich hab heute die Absage
vom Gesundheitsfonds bekommen. Nach DREI Gesprächsrunden und einer Präsentation! Die
Begründung war so ein Textbaustein von wegen „andere Kandidatinnen passen besser zum
Anforderungsprofil“. Ich war echt fertig.

Naja, jetzt bleibe ich halt erstmal auf der Neuro und schau im Herbst weiter. Vielleicht
hast du ja Lust, am Samstag auf einen Kaffee am Yppenplatz? Dann jammern wir gemeinsam 😄

Bussi
Miri
"""
add(dict(
    key="x07", kind="other", slug="friend_own_rejection", lang="de",
    company="", contact="miriam.kogler@gmx.example.at",
    date="2026-05-14 21:52 +0200",
    frm=("Miriam Kogler", "miriam.kogler@gmx.example.at"),
    subject="Absage… 😩",
    text=_x07,
))

_x08 = """Guten Tag,

leider verzögert sich die Zustellung Ihres Pakets 1Z 7A4 901 22 4471 0093.

Grund: erhöhtes Sendungsaufkommen im Verteilzentrum Wien-Inzersdorf.
Neuer voraussichtlicher Zustelltermin: Donnerstag, 19.02.2026, zwischen 10:00 und 14:00.

Sie können Ihr Paket jederzeit verfolgen oder eine Abstellgenehmigung erteilen:
https://paketblitz.example.at/track/1Z7A4901224471

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Paketblitz-Team

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf.
"""
add(dict(
    key="x08", kind="other", slug="parcel_delayed", lang="de",
    company="", contact="",
    date="2026-02-17 05:41 +0100",
    frm=("Paketblitz", "noreply@paketblitz.example.at"),
    subject="Ihre Sendung verspätet sich leider",
    text=_x08,
    html=ats_card("Paketblitz", "#ffb703", paras(_x08), "Paketblitz Logistik GmbH", lang="de"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_x09 = """Sehr geehrte Frau Ebner-Osei,

danke für Ihren Anruf. Gerne bestätige ich Ihnen unseren Beratungstermin zur Umschuldung
Ihres Wohnkredits am Montag, 9. März, um 16:30 Uhr in der Filiale Josefstädter Straße.

Bitte bringen Sie Ihre letzten drei Gehaltszettel mit. Bei dieser Gelegenheit können wir
auch über die Position Ihres ETF-Sparplans in Ihrem Depot sprechen, die sich seit Jänner
gut entwickelt hat.

Sollten Sie den Termin nicht wahrnehmen können, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen
Stefan Huber
Privatkundenbetreuer
Donaubank AG, Filiale Josefstadt
Josefstädter Straße 41, 1080 Wien
"""
add(dict(
    key="x09", kind="other", slug="bank_appointment_position", lang="de",
    company="", contact="stefan.huber@donaubank.example.at",
    date="2026-03-03 14:05 +0100",
    frm=("Huber Stefan", "stefan.huber@donaubank.example.at"),
    subject="Terminbestätigung Beratungsgespräch 9. März",
    text=_x09, charset="windows-1252", cte="8bit",
))

_x10 = """Sehr geehrte Frau Ebner-Osei,

vielen Dank für Ihr Interesse an der Wohnung in der Lerchenfelder Straße 88/14 und für Ihr
Kommen zum Besichtigungstermin am Dienstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen
Mietinteressenten entschieden hat. Ihre Bewerbungsunterlagen werden wir vernichten.

Gerne informieren wir Sie über vergleichbare Objekte im 7. und 8. Bezirk.

Mit freundlichen Grüßen
Claudia Pfeiffer
Hausverwaltung Pfeiffer & Lang
Alser Straße 25, 1080 Wien
"""
add(dict(
    key="x10", kind="other", slug="landlord_flat_refused", lang="de",
    company="", contact="c.pfeiffer@hv-pfeiffer-lang.example.at",
    date="2026-04-23 09:48 +0200",
    frm=("Claudia Pfeiffer", "c.pfeiffer@hv-pfeiffer-lang.example.at"),
    subject="Ihre Mietanfrage Lerchenfelder Straße 88/14",
    subj_enc=("iso-8859-1", "q"),
    text=_x10, charset="iso-8859-1", cte="quoted-printable",
))

_x11 = """Sehr geehrte Frau Ebner-Osei,

Ihr Termin in der Ordination Dr. Sabine Lehner (Allgemeinmedizin) wurde verschoben.

Ursprünglicher Termin: Mittwoch, 13. Mai 2026, 08:20 Uhr
Neuer Termin: Freitag, 15. Mai 2026, 11:40 Uhr
Leistung: Vorsorgeuntersuchung mit Blutabnahme (bitte nüchtern kommen)

Falls der neue Termin nicht passt, können Sie ihn online umbuchen:
https://arzttermine-online.example.at/buchung/LEH-558102

Diese Nachricht wurde automatisch versendet.
"""
add(dict(
    key="x11", kind="other", slug="doctor_appointment_moved", lang="de",
    company="", contact="",
    date="2026-05-08 07:10 +0200",
    frm=("Ordination Dr. Lehner via Arzttermine Online", "noreply@arzttermine-online.example.at"),
    subject="Ihr Termin wurde verschoben",
    text=_x11,
    headers=[("Auto-Submitted", "auto-generated")],
))

_x12 = """Liebe Frau Ebner-Osei,

ich lade Sie herzlich zum Elterngespräch über Jonathans Lernfortschritte ein. Wir haben
dafür 20 Minuten Zeit, gerne auch gemeinsam mit dem Vater.

Vorgeschlagene Termine:
- Dienstag, 10. November, 15:00 Uhr
- Donnerstag, 12. November, 16:20 Uhr

Bitte kreuzen Sie im Mitteilungsheft an, welcher Termin Ihnen passt, oder antworten Sie
mir auf diese E-Mail.

Liebe Grüße
Verena Stadler
Klassenlehrerin 2b
Volksschule Haberlgasse
"""
add(dict(
    key="x12", kind="other", slug="school_parent_meeting", lang="de",
    company="", contact="verena.stadler@vs-haberlgasse.example.at",
    date="2026-10-20 13:34 +0200",
    frm=("Verena Stadler", "verena.stadler@vs-haberlgasse.example.at"),
    subject="Einladung zum Elterngespräch",
    text=_x12, cte="quoted-printable",
))

_x13 = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 12. Oktober 2026 nicht im Büro und habe keinen Zugriff auf
meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@sonnberg-kliniken.example.de.

Mit freundlichen Grüßen
Thomas Eder
"""
add(dict(
    key="x13", kind="other", slug="ooo_sonnberg_auto_reply", lang="de",
    company="", contact="thomas.eder@sonnberg-kliniken.example.de",
    date="2026-10-03 10:02 +0200",
    frm=("Eder, Thomas", "thomas.eder@sonnberg-kliniken.example.de"),
    subject="Automatische Antwort: Abgesagt: Gespräch Data Steward Pflege",
    text=_x13, cte="quoted-printable",
    reply_of="s08",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

_x14_items = [
    ("Sie wurden diese Woche in 14 Suchanfragen gefunden",
     "Recruiter:innen aus Gesundheitswesen und Versicherungen haben nach Ihrem Profil gesucht.",
     "https://karriereplatz.example.com/me/search-appearances"),
    ("Eine Personalberaterin von Pirker & Partner hat Ihr Profil angesehen",
     "Mit Premium sehen Sie, wer sich sonst noch interessiert.",
     "https://karriereplatz.example.com/me/profile-views"),
    ("Neue Stelle für Sie: Clinical Data Manager (w/m/d), München",
     "Bewerben Sie sich als eine der ersten 25 Personen.",
     "https://karriereplatz.example.com/jobs/view/5520184"),
]
add(dict(
    key="x14", kind="other", slug="network_notifications", lang="de",
    company="", contact="",
    date="2026-06-29 08:15 +0000",
    frm=("Karriereplatz", "benachrichtigungen@karriereplatz.example.com"),
    subject="Katharina, Ihr Profil war diese Woche gefragt",
    text=digest_text("Ihre Woche auf Karriereplatz", "Hallo Katharina,", _x14_items,
                     "Benachrichtigungen verwalten: https://karriereplatz.example.com/settings"),
    html=digest_html("Ihre Woche auf Karriereplatz", "Hallo Katharina,", _x14_items,
                     '<a href="https://karriereplatz.example.com/settings">'
                     "Benachrichtigungen verwalten</a>", color="#0a66c2"),
    headers=[("List-Unsubscribe", "<https://karriereplatz.example.com/unsub?t=c81>"),
             ("Precedence", "bulk")],
))

_x15 = """Sehr geehrte Frau Ebner-Osei,

vielen Dank für Ihre Bewerbung um Aufnahme in den Masterlehrgang „Health Data Science“
(berufsbegleitend, Start Wintersemester 2026/27) und für Ihre Teilnahme am
Aufnahmegespräch.

Die Aufnahmekommission hat die Studienplätze nach der erreichten Punktezahl vergeben.
Leider können wir Ihnen keinen Studienplatz anbieten; Sie befinden sich auf Rang 7 der
Warteliste. Sollte ein Platz frei werden, melden wir uns bis spätestens 15. September.

Mit freundlichen Grüßen
Sandra Moser
Lehrgangsassistenz Health Data Science
FH Donaupark Wien
"""
add(dict(
    key="x15", kind="other", slug="masters_place_refused", lang="de",
    company="", contact="sandra.moser@fh-donaupark.example.at",
    date="2026-07-15 11:30 +0200",
    frm=("Sandra Moser", "sandra.moser@fh-donaupark.example.at"),
    subject="Aufnahmeverfahren Masterlehrgang Health Data Science",
    text=_x15, cte="quoted-printable",
    html=html_doc(paras(_x15)),
))

_x16 = """Sehr geehrte Frau Ebner-Osei,

ich bin auf Ihr Profil auf Karriereplatz gestoßen und war beeindruckt, wie konsequent Sie
den Wechsel von der Pflege in die Datenanalyse angehen.

Ich berate derzeit einen österreichischen Krankenhausträger beim Aufbau eines Teams für
klinische Datenqualität. Die Position ist noch nicht öffentlich ausgeschrieben. Wenn Sie
grundsätzlich offen für einen Wechsel sind, schicke ich Ihnen gern eine kurze Beschreibung
– ganz unverbindlich.

Mit besten Grüßen
Lukas Pirker
Pirker & Partner Executive Search
Schottenring 16, 1010 Wien
"""
add(dict(
    key="x16", kind="other", slug="headhunter_cold_approach", lang="de",
    company="", contact="l.pirker@pirker-partner.example.at",
    date="2026-06-30 12:12 +0200",
    frm=("Lukas Pirker", "l.pirker@pirker-partner.example.at"),
    subject="Vertrauliche Anfrage",
    text=_x16, cte="base64",
))

_x17 = """Liebe Katharina,

ich bin Sophie und mache gemeinsam mit Tarek den Podcast „Pflege.Digital“. Deine
Beiträge zur elektronischen Pflegedokumentation auf Karriereplatz haben uns total
angesprochen.

Hättest du Lust, in einer unserer nächsten Folgen unser Gast zu sein? Wir würden dich
gern interviewen – über deinen Weg von der Station Richtung Datenanalyse und darüber, was
Pflegekräfte über ihre eigenen Daten wissen sollten. Aufgenommen wird remote, etwa 45
Minuten.

Ganz liebe Grüße
Sophie Brandl
Pflege.Digital – der Podcast für Pflege und Technik
"""
add(dict(
    key="x17", kind="other", slug="podcast_interview_request", lang="de",
    company="", contact="sophie@pflege-digital-podcast.example.at",
    date="2026-05-27 10:40 +0200",
    frm=("Sophie Brandl", "sophie@pflege-digital-podcast.example.at"),
    subject="Interview-Anfrage für unseren Podcast",
    text=_x17,
    html=html_doc(paras(_x17)),
))

_x18 = """Hallo Katharina,

du nutzt seit einigen Monaten unsere App Dosia, um die Medikamente deiner Mutter zu
verwalten. Wir möchten Dosia für pflegende Angehörige verbessern und suchen Menschen, die
uns im Rahmen eines Nutzerinterviews ihre Erfahrungen schildern.

- Dauer: ca. 45 Minuten, per Video
- Zeitraum: 20. bis 31. Juli
- Dankeschön: 30-€-Gutschein

Wenn du mitmachen möchtest, buche dir einfach einen Termin:
https://dosia.example.de/research/buchen

Danke und viele Grüße
Hannes Vogt
UX Research, Dosia
"""
add(dict(
    key="x18", kind="other", slug="user_research_interview", lang="de",
    company="", contact="hannes.vogt@dosia.example.de",
    date="2026-07-13 15:02 +0200",
    frm=("Hannes Vogt (Dosia)", "hannes.vogt@dosia.example.de"),
    subject="Einladung zum Nutzerinterview – 30 € Gutschein",
    subj_enc=("utf-8", "b"),
    text=_x18, cte="quoted-printable",
))

_x19_items = [
    ("Fachspezialist/in Medizininformatik 80-100%, Spital Region Oberland",
     "Einladungen zu Interviews ab KW 40.", "https://karrierenetz.example.ch/stelle/31877"),
    ("Datenanalyst/in Gesundheitsökonomie, Basel",
     "Ihre Bewerbung wird innert 48 Stunden gesichtet.",
     "https://karrierenetz.example.ch/stelle/31902"),
    ("Pflegeexperte/-expertin Digitalisierung, Winterthur",
     "Neue Stelle: per sofort oder nach Vereinbarung.",
     "https://karrierenetz.example.ch/stelle/31955"),
    ("Tipp der Woche: Was tun nach einer Absage?",
     "Nachfragen lohnt sich, aber richtig.", "https://karrierenetz.example.ch/tipps/absage"),
]
add(dict(
    key="x19", kind="other", slug="karrierenetz_ch_alert_html_only", lang="de",
    company="", contact="",
    date="2026-09-25 06:30 +0200",
    frm=("Karrierenetz Schweiz", "jobabo@karrierenetz.example.ch"),
    subject="Ihr Jobabo: 3 neue Stellen in Gesundheit & Informatik",
    html=digest_html("Ihr Jobabo", "Grüezi Frau Ebner-Osei\n\nDiese Stellen sind neu:",
                     _x19_items,
                     '<a href="https://karrierenetz.example.ch/jobabo/abmelden?id=7782">'
                     "Jobabo abbestellen</a> · Karrierenetz Schweiz AG, Zürich",
                     color="#d62828"),
    html_charset="iso-8859-1", html_cte="quoted-printable",
    headers=[("List-Id", "Jobabo <jobabo.karrierenetz.example.ch>"),
             ("List-Unsubscribe",
              "<https://karrierenetz.example.ch/jobabo/abmelden?id=7782>"),
             ("Precedence", "list")],
))

_x20 = """PFLEGEFORUM ÖSTERREICH - Mitglieder-Newsletter September 2026

Liebe Mitglieder,

1) Fortbildung: „Pflegedaten sichtbar machen“
Einladung zu unserem Tagesseminar am 14. November in Linz. Anmeldung bis 30. Oktober:
https://pflegeforum.example.at/fortbildung/pflegedaten

2) Aus der Praxis: Wenn die Bewerbung abgelehnt wird
Eine Kollegin berichtet, wie sie nach fünf Absagen doch noch den Wechsel ins
Qualitätsmanagement geschafft hat, und was ihr in den Vorstellungsgesprächen geholfen hat.
https://pflegeforum.example.at/blog/absagen

3) Stellenbörse
Neue Stellen im Bereich Pflegeinformatik und Qualitätsmanagement:
https://pflegeforum.example.at/stellen

Sie erhalten diesen Newsletter als Mitglied des Pflegeforums Österreich.
Abmelden: https://pflegeforum.example.at/newsletter/abmelden
"""
add(dict(
    key="x20", kind="other", slug="association_newsletter", lang="de",
    company="", contact="",
    date="2026-09-10 17:00 +0200",
    frm=("Pflegeforum Österreich", "newsletter@pflegeforum.example.at"),
    subject="Mitglieder-Newsletter September: Fortbildung, Praxisbericht, Stellen",
    text=_x20, charset="windows-1252", cte="quoted-printable",
    headers=[("List-Id", "Pflegeforum Mitglieder <mitglieder.pflegeforum.example.at>"),
             ("List-Unsubscribe", "<https://pflegeforum.example.at/newsletter/abmelden>"),
             ("Precedence", "bulk")],
))

_x21_fwd = """Liebe Kolleginnen und Kollegen,

die Abteilung Qualität & Daten sucht ab sofort eine Pflegefachkraft mit Interesse an
Datenanalyse (30-38 Std.). Aufgaben: Auswertung von Qualitätsindikatoren, Schulung der
Stationen, Mitarbeit am Projekt ePflege. Interessierte melden sich bitte bis 31. Mai bei
der Personalabteilung.

Mit kollegialen Grüßen
Pflegedirektion"""
_x21 = f"""Liebe Katharina,

das kam heute über unseren internen Verteiler – wäre das nicht was für dich? Ich kenne die
Leiterin der Abteilung gut und lege gern ein Wort für dich ein, wenn du magst.

Alles Liebe
Eva

{forwarded("de", "2026-05-05 08:12", ("Pflegedirektion", "pflegedirektion@klinik-donaufeld.example.at"), "alle-pflege@klinik-donaufeld.example.at", "Interne Ausschreibung: Pflegefachkraft Qualität & Daten")}

{_x21_fwd}
"""
add(dict(
    key="x21", kind="other", slug="mentor_forwards_posting", lang="de",
    company="", contact="eva.rainer@klinik-donaufeld.example.at",
    date="2026-05-05 12:40 +0200",
    frm=("Dr. Eva Rainer", "eva.rainer@klinik-donaufeld.example.at"),
    subject="WG: Interne Ausschreibung: Pflegefachkraft Qualität & Daten",
    text=_x21, cte="quoted-printable",
))

_x22 = f"""Sehr geehrte Frau Mag. Pichler,

am 25. Jänner habe ich mich um die Planstelle GDÖ-2026-07 beworben (Geschäftszahl
GDÖ-2026-07/B-031). Da die Bewerbungsfrist inzwischen abgelaufen ist, wollte ich höflich
nachfragen, ob schon absehbar ist, wann die Hearings stattfinden.

Vielen Dank und freundliche Grüße
Katharina Ebner-Osei

{ME_SIG_DE}
"""
add(dict(
    key="x22", kind="other", slug="own_status_question_gdoe", lang="de",
    company="", contact="",
    date="2026-03-02 07:48 +0100",
    frm=CANDIDATE,
    to=[("Pichler Elisabeth", "elisabeth.pichler@gdoe.example.at")],
    subject="Nachfrage zum Stand meiner Bewerbung – GDÖ-2026-07",
    text=_x22, cte="quoted-printable",
))

_x23 = """Sehr geehrte Frau Ebner-Osei,

Ihr Antrag auf Kostenübernahme für Physiotherapie (10 Einheiten) vom 2. Februar 2026 wurde
geprüft.

Leider müssen wir Ihren Antrag ablehnen, da die verordnende Stelle keine Kassenvertragsstelle
ist. Sie können gegen diese Entscheidung binnen vier Wochen schriftlich Einspruch erheben.

Den vollständigen Bescheid finden Sie in Ihrem Online-Postfach.

Mit freundlichen Grüßen
Ihre Gesundheitskasse Ost – Versichertenservice

Diese Nachricht wurde automatisch erstellt.
"""
add(dict(
    key="x23", kind="other", slug="insurer_claim_declined", lang="de",
    company="", contact="",
    date="2026-02-24 09:00 +0100",
    frm=("Gesundheitskasse Ost", "kein-antworten@gesundheitskasse-ost.example.at"),
    subject="Entscheidung über Ihren Antrag vom 2. Februar",
    text=_x23, charset="windows-1252", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_x24 = """Hallo Katharina,

basierend auf Ihrem Kandidatenprofil haben wir neue Stellen gefunden, die Sie interessieren
könnten:

- Data Analyst Leistungscontrolling (R-10988), Wien
- Spezialistin Gesundheitsdatenschutz (R-11002), Wien/Linz
- Junior Aktuar Krankenversicherung (R-11013), Wien

Jetzt ansehen und bewerben: https://medaxis.wd3.myworkday.com/medaxis/jobs

Sie erhalten diese E-Mail, weil Sie Stellenbenachrichtigungen aktiviert haben.
Benachrichtigungen verwalten: https://medaxis.wd3.myworkday.com/medaxis/settings
"""
add(dict(
    key="x24", kind="other", slug="medaxis_workday_job_recommendations", lang="de",
    company="", contact="",
    date="2026-05-19 05:00 +0000",
    frm=("Medaxis Versicherung", "medaxis@myworkday.com"),
    subject="Neue Stellen, die zu Ihnen passen könnten",
    text=_x24,
    html=ats_card("Medaxis Versicherung · Karriere", "#00446a", paras(_x24),
                  "Workday · Job-Benachrichtigungen", lang="de"),
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://medaxis.wd3.myworkday.com/medaxis/settings>")],
))

_x25 = """Liebe Katharina,

wie jedes Jahr möchte ich mit allen aus dem Team ein Mitarbeitergespräch führen. Ich lade
dich dazu am Mittwoch, 25. Februar, um 13:30 Uhr in mein Büro (Station 4 Ost) ein. Bitte
nimm dir den Vorbereitungsbogen aus dem Intranet und bring ihn ausgefüllt mit.

Falls du an dem Tag keinen Dienst hast, sag mir bitte Bescheid, dann finden wir einen
anderen Termin.

Liebe Grüße
Brigitte

DGKP Brigitte Haider
Stationsleitung 4 Ost, Interne Abteilung
Klinik Donaufeld
"""
add(dict(
    key="x25", kind="other", slug="current_employer_appraisal", lang="de",
    company="", contact="brigitte.haider@klinik-donaufeld.example.at",
    date="2026-02-11 14:22 +0100",
    frm=("Haider Brigitte", "brigitte.haider@klinik-donaufeld.example.at"),
    subject="Einladung Mitarbeitergespräch 2026",
    text=_x25, cte="quoted-printable",
    html=outlook_html(mso(_x25)),
))

_x26_items = [
    ("Webinar: Vom Krankenbett zur Datenanalyse",
     "Donnerstag, 5. März, 18:00 Uhr – drei Pflegekräfte erzählen von ihrem Wechsel.",
     "https://data4care.example.de/webinar/krankenbett-daten"),
    ("Neu im Kurskatalog: SQL für Gesundheitsberufe",
     "8 Module, Zertifikat, ab 149 €.", "https://data4care.example.de/kurse/sql"),
]
add(dict(
    key="x26", kind="other", slug="webinar_invite_list", lang="de",
    company="", contact="",
    date="2026-02-26 16:00 +0100",
    frm=("Data4Care Akademie", "info@data4care.example.de"),
    subject="Einladung: Vom Krankenbett zur Datenanalyse (Webinar)",
    text=digest_text("Data4Care Akademie", "Hallo Katharina,\n\nunsere Empfehlungen für "
                     "diesen Monat:", _x26_items,
                     "Abmelden: https://data4care.example.de/newsletter/abmelden"),
    html=digest_html("Data4Care Akademie", "Hallo Katharina,\n\nunsere Empfehlungen für "
                     "diesen Monat:", _x26_items,
                     '<a href="https://data4care.example.de/newsletter/abmelden">Abmelden</a>',
                     color="#3a0ca3"),
    headers=[("List-Id", "Data4Care News <news.data4care.example.de>"),
             ("List-Unsubscribe", "<https://data4care.example.de/newsletter/abmelden>"),
             ("Precedence", "bulk")],
))

# ================================================================== en (15)

_x27_items = [
    ("Clinical Informatics Analyst – NHS-partner digital hospital, London",
     "£42k–£48k. Interviews are being held on a rolling basis.",
     "https://healthtechjobs.example.co.uk/j/20418"),
    ("Data Analyst, Patient Safety – health insurer, Canary Wharf",
     "Hybrid. Applications close Friday.", "https://healthtechjobs.example.co.uk/j/20433"),
    ("Junior Data Engineer – clinical trials start-up, King's Cross",
     "Two-stage process: technical screen, then onsite interview.",
     "https://healthtechjobs.example.co.uk/j/20441"),
    ("Reader story: 'Forty applications, thirty-eight rejections, one offer'",
     "What a former A&E nurse learned on her way into data.",
     "https://healthtechjobs.example.co.uk/stories/forty-applications"),
]
add(dict(
    key="x27", kind="other", slug="healthtech_jobs_weekly", lang="en",
    company="", contact="",
    date="2026-03-16 07:00 +0000",
    frm=("HealthTech Jobs Weekly", "weekly@healthtechjobs.example.co.uk"),
    subject="This week: 3 clinical data roles in London + a reader story",
    text=digest_text("HealthTech Jobs Weekly", "Hi Katharina, here's your weekly round-up.",
                     _x27_items, "Unsubscribe: https://healthtechjobs.example.co.uk/u/ke77"),
    html=digest_html("HealthTech Jobs Weekly", "Hi Katharina, here's your weekly round-up.",
                     _x27_items,
                     '<a href="https://healthtechjobs.example.co.uk/u/ke77">Unsubscribe</a> · '
                     "HealthTech Jobs, 1 Finsbury Avenue, London", lang="en", color="#264653"),
    headers=[("List-Id", "HealthTech Jobs Weekly <weekly.healthtechjobs.example.co.uk>"),
             ("List-Unsubscribe", "<https://healthtechjobs.example.co.uk/u/ke77>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
))

_x28 = """THE CAREER SWITCH – issue #41

Why rejection isn't personal (and what to do with it)

Every reader who has written to me this month has had at least one "unfortunately" email.
Here is the uncomfortable truth: most rejections are decided by things you will never see,
such as a budget freeze, an internal candidate, or a hiring manager who changed her mind
about the brief.

Three things to do after a no:
1. Reply once, briefly, and ask for one piece of feedback.
2. Log it in your tracker with the stage you reached.
3. Look at the pattern after ten, not after one.

How to prepare for a panel interview

Panels feel like interrogations, but each person usually has one question they care about.
Find out who will be on the panel and guess their one question.

Read online: https://thecareerswitch.example.com/p/issue-41
Unsubscribe: https://thecareerswitch.example.com/unsubscribe?e=ke
"""
add(dict(
    key="x28", kind="other", slug="career_switch_newsletter", lang="en",
    company="", contact="ruth@thecareerswitch.example.com",
    date="2026-04-05 13:00 +0000",
    frm=("The Career Switch", "thecareerswitch@newsletters.example.com"),
    reply_to=("Ruth Adeyemi", "ruth@thecareerswitch.example.com"),
    subject="Why rejection isn't personal",
    text=_x28,
    html=html_doc(paras(_x28), lang="en"),
    headers=[("List-Id", "The Career Switch <thecareerswitch.newsletters.example.com>"),
             ("List-Unsubscribe", "<https://thecareerswitch.example.com/unsubscribe?e=ke>"),
             ("Precedence", "bulk")],
))

add(dict(
    key="x29", kind="other", slug="own_thanks_quillon", lang="en",
    company="", contact="",
    date="2026-03-03 19:26 +0000",
    frm=CANDIDATE,
    to=[("Priya Nandakumar", "priya.nandakumar@quillonhealth.example.co.uk")],
    subject="Thank you – Clinical Data Analyst panel",
    text=THANKS_QUILLON_TEXT + "\n\n" + ME_SIG_EN + "\n",
    reply_of="s09",
))

_x30 = f"""Dear Ms Rahman,

Please find attached my application for the post of Informatics Analyst (Band 6), job
reference NGH-DS-0412.

I am a registered nurse with nine years' experience on an acute medical ward in Vienna,
where I have been the super-user for our electronic nursing record since 2023. I have
recently completed a certificate in health data analysis (SQL and R) and would love to
bring clinical insight to your Digital Services team.

My right to work in the UK would be under the Health and Care Worker visa route; I'm
happy to discuss the details.

Thank you for considering my application.

Yours sincerely,
Katharina Ebner-Osei

{ME_SIG_EN}
"""
add(dict(
    key="x30", kind="other", slug="own_application_northgate_cv", lang="en",
    company="", contact="",
    date="2026-04-02 21:30 +0200",
    frm=CANDIDATE,
    to=[("Aisha Rahman", "aisha.rahman@northgate-health.example.co.uk")],
    subject="Application – Informatics Analyst (Band 6), NGH-DS-0412",
    text=_x30, cte="quoted-printable",
    html=html_doc(paras(_x30), lang="en"),
    pdfs=[("CV_Katharina_Ebner-Osei_EN.pdf", "CV", [
        "Katharina Ebner-Osei - Registered Nurse (Austria)",
        "Vienna | katharina.eo@example.at",
        "Experience: acute medical ward nurse, 2017-present; EHR super-user, 2023-present",
        "Education: BSc Nursing (2017); Certificate in Health Data Analysis (2026)",
    ])],
))

_x31 = """Kathi!!

So I finally heard back from the trust in Leeds. It's a no. After two rounds and the most
awkward presentation of my life, they've gone with someone "whose experience more closely
matches the needs of the service". I honestly thought I'd nailed the interview. Ugh.

Anyway, I'm going to sulk for exactly one weekend and then start again. How are you
getting on with all the London stuff? Did the Quillon people get back to you?

Love,
Sinéad xx
"""
add(dict(
    key="x31", kind="other", slug="friend_own_rejection_en", lang="en",
    company="", contact="sinead.byrne@fastmail.example.com",
    date="2026-03-13 22:05 +0000",
    frm=("Sinéad Byrne", "sinead.byrne@fastmail.example.com"),
    subject="well that's that then",
    text=_x31,
))

_x32_items = [
    ("You appeared in 12 searches this week",
     "See the companies and titles of the people who searched for you.",
     "https://prolink.example.com/me/search-appearances"),
    ("A recruiter at a healthcare company viewed your profile",
     "Upgrade to see who's interested in you.", "https://prolink.example.com/me/profile-views"),
    ("Jobs you may be interested in: Clinical Data Analyst, Health Informatics Specialist",
     "Based on your profile and search history.", "https://prolink.example.com/jobs"),
]
add(dict(
    key="x32", kind="other", slug="prolink_notifications", lang="en",
    company="", contact="",
    date="2026-08-20 09:12 +0000",
    frm=("ProLink", "notifications-noreply@prolink.example.com"),
    subject="Katharina, you're getting noticed",
    html=digest_html("Your week on ProLink", "Hi Katharina,", _x32_items,
                     '<a href="https://prolink.example.com/settings/email">Unsubscribe</a> · '
                     "ProLink Ireland Unlimited Company, Dublin", lang="en", color="#0a66c2"),
    html_cte="base64",
    headers=[("List-Unsubscribe", "<https://prolink.example.com/settings/email?u=2f>"),
             ("Precedence", "bulk")],
))

_x33 = """Thank you for your email. I'm out of the office until Thursday 19 February with limited
access to email.

For anything urgent, please contact my colleague Priti Shah on
priti.shah@clearpath-rec.example.co.uk or call the office on 020 7946 0500.

Tom Ashworth
Clearpath Recruitment
"""
add(dict(
    key="x33", kind="other", slug="ooo_clearpath", lang="en",
    company="", contact="tom.ashworth@clearpath-rec.example.co.uk",
    date="2026-02-16 18:47 +0000",
    frm=("Tom Ashworth", "tom.ashworth@clearpath-rec.example.co.uk"),
    subject="Automatic reply: Re: Client call Monday 11am",
    text=_x33, cte="7bit",
    reply_of="m07",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

_x34 = """Hi Katharina,

I'm a user researcher at Handova, the shift-handover app your ward trialled last year.
We're talking to nurses about how handovers actually happen, and we'd love to interview
you for 45 minutes over video.

There are no right or wrong answers. As a thank-you, we'll send you a £40 voucher (or the
equivalent in euros).

If you're up for it, pick a time here: https://handova.example.co.uk/research/book

Thanks so much,
Ollie Grant
Senior User Researcher, Handova
"""
add(dict(
    key="x34", kind="other", slug="user_research_handova", lang="en",
    company="", contact="ollie.grant@handova.example.co.uk",
    date="2026-06-08 14:15 +0100",
    frm=("Ollie Grant", "ollie.grant@handova.example.co.uk"),
    subject="Would you do a 45-minute research interview with us?",
    text=_x34, cte="quoted-printable",
))

_x35 = """Hello Katharina,

Unfortunately your parcel is running late.

Order: #UK-449102-77 (Pocket medical dictionary, 2nd edition)
Status: delayed at our Heathrow hub
New estimated delivery: 24–26 March

We're sorry for the delay. You don't need to do anything – we'll let you know when it's on
its way.

Track your parcel: https://swiftparcel.example.co.uk/t/UK44910277
"""
add(dict(
    key="x35", kind="other", slug="parcel_delayed_en", lang="en",
    company="", contact="",
    date="2026-03-19 08:02 +0000",
    frm=("SwiftParcel", "no-reply@swiftparcel.example.co.uk"),
    subject="Unfortunately, your parcel is delayed",
    text=_x35,
    html=ats_card("SwiftParcel", "#e63946", paras(_x35), "SwiftParcel Ltd", lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_x36 = """Dear Katharina,

I'm a features writer at Bedside, a monthly magazine for nurses and midwives. I'm working
on a piece about nurses who move into data and informatics careers, and a colleague
pointed me to your post about auditing falls on your ward.

Would you be willing to be interviewed for the article? It would be a 30-minute phone or
video call sometime in the next two weeks, and you'd be able to check your quotes before
publication.

Best wishes,
Marcus Hale
Features Writer, Bedside magazine
"""
add(dict(
    key="x36", kind="other", slug="press_interview_request", lang="en",
    company="", contact="marcus.hale@bedside-magazine.example.co.uk",
    date="2026-07-22 11:37 +0100",
    frm=("Marcus Hale", "marcus.hale@bedside-magazine.example.co.uk"),
    subject="Interview request – nurses moving into data",
    text=_x36,
))

_x37 = """Hi Katharina,

Hope you don't mind the out-of-the-blue message. I run the health analytics desk at
Hartwell Search and I work with a handful of insurers and hospital groups across London
and the South East.

Your profile stood out: ward experience plus SQL is a combination my clients keep asking
for. Nothing specific to put in front of you today, but if you'd like to be on my radar for
the next few months, reply with a rough salary expectation and I'll keep you in mind.

All the best,
Priya Mistry
Hartwell Search | Health Analytics
"""
add(dict(
    key="x37", kind="other", slug="recruiter_cold_approach_en", lang="en",
    company="", contact="priya.mistry@hartwellsearch.example.co.uk",
    date="2026-08-26 09:58 +0100",
    frm=("Priya Mistry", "priya.mistry@hartwellsearch.example.co.uk"),
    subject="Ward experience + SQL",
    text=_x37, cte="base64",
))

_x38 = """Dear Katharina Ebner-Osei,

Application: MSc Health Data Science (part-time), September 2026 entry
Applicant ID: 2609184

Thank you for your application to Kingsmere University. The admissions panel has now
considered your application carefully. We are sorry to tell you that we are unable to offer
you a place on this programme. Competition for places was exceptionally strong this year.

You may wish to consider our Postgraduate Certificate in Health Informatics, which still
has places available for January 2027.

Yours sincerely,
Postgraduate Admissions Office
Kingsmere University
"""
add(dict(
    key="x38", kind="other", slug="msc_place_refused_en", lang="en",
    company="", contact="",
    date="2026-06-18 16:30 +0100",
    frm=("Kingsmere University Admissions", "admissions-noreply@kingsmere.example.ac.uk"),
    subject="Your application to Kingsmere University – decision",
    text=_x38,
    html=ats_card("Kingsmere University", "#14213d", paras(_x38), "Postgraduate Admissions",
                  lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_x39 = f"""Dear Gareth,

Thank you for letting me know, and for the detailed feedback, which is genuinely helpful.
Would it be possible to see the written exercise scoring guidance, or to have a short call
with a panel member? I'd like to understand how to present confidence intervals better
next time.

Kind regards,
Katharina

{wrote("en", "2026-09-21 15:12", "Pryce, Gareth", "gareth.pryce@thameside-pho.example.org.uk")}
> Dear Katharina,
>
> Thank you for attending the assessment day on 14 September for the post of Public Health
> Intelligence Analyst.
>
> I am writing to let you know that on this occasion you have not been successful.
"""
add(dict(
    key="x39", kind="other", slug="own_feedback_request_thameside", lang="en",
    company="", contact="",
    date="2026-09-22 08:05 +0200",
    frm=CANDIDATE,
    to=[("Pryce, Gareth", "gareth.pryce@thameside-pho.example.org.uk")],
    subject="Re: Public Health Intelligence Analyst – outcome",
    text=_x39, cte="quoted-printable",
    reply_of="r23",
))

_x40 = """Hi Katharina,

Good news: someone has cancelled. Your position on the waitlist for Yin Yoga with Mara
(Sunday 12 April, 18:00) is now #2.

If a spot opens up, we'll book you in automatically and send a confirmation. You can
leave the waitlist at any time in the app.

Namaste,
Studio Kalmar
"""
add(dict(
    key="x40", kind="other", slug="yoga_waitlist_position", lang="en",
    company="", contact="",
    date="2026-04-11 19:30 +0200",
    frm=("Studio Kalmar", "no-reply@studiokalmar.example.at"),
    subject="Waitlist update: you're now #2",
    text=_x40,
    headers=[("Auto-Submitted", "auto-generated")],
))

_x41 = """Hi Katharina,

You told us you'd like to hear about new roles at Medicoda. Here's what opened this week:

- Clinical Data Engineer (Munich / remote DE)
- Product Analyst, Care Pathways (Munich)
- Working Student Data Quality (Munich)

See all openings: https://jobs.lever.co/medicoda

You're receiving this because you opted in to job alerts when you applied. Unsubscribe:
https://jobs.lever.co/medicoda/alerts/unsubscribe?k=71f
"""
add(dict(
    key="x41", kind="other", slug="lever_new_roles_alert", lang="en",
    company="", contact="",
    date="2026-05-06 08:00 +0000",
    frm=("Medicoda", "no-reply@hire.lever.co"),
    subject="New roles at Medicoda",
    text=_x41,
    html=html_doc(paras(_x41), lang="en"),
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://jobs.lever.co/medicoda/alerts/unsubscribe?k=71f>")],
))

# ================================================================== fr (5)

_x42_items = [
    ("Refus après un entretien : comment rebondir",
     "Cinq recruteurs nous disent ce qu'ils aimeraient que les candidats fassent.",
     "https://jungledestalents.example.fr/articles/rebondir-apres-un-refus"),
    ("Entretien vidéo : la check-list avant de cliquer sur « Rejoindre »",
     "Lumière, micro, et le réflexe à avoir si la connexion coupe.",
     "https://jungledestalents.example.fr/articles/entretien-video"),
    ("Offre : Data analyst santé – Lyon 7e (CDI)",
     "Une start-up de la télésurveillance médicale recrute.",
     "https://jungledestalents.example.fr/offres/data-analyst-sante-lyon"),
    ("Offre : Infirmier·e coordinateur·rice données – Genève",
     "Hôpital privé, 80-100 %, entrée à convenir.",
     "https://jungledestalents.example.fr/offres/infirmier-donnees-geneve"),
]
add(dict(
    key="x42", kind="other", slug="jungle_newsletter_fr", lang="fr",
    company="", contact="",
    date="2026-05-19 08:30 +0200",
    frm=("La Jungle des Talents", "hello@jungledestalents.example.fr"),
    subject="Refus, entretiens vidéo et 2 offres pour vous",
    text=digest_text("La Jungle des Talents – l'hebdo", "Bonjour Katharina,",
                     _x42_items,
                     "Se désabonner : https://jungledestalents.example.fr/desabonnement"),
    html=digest_html("La Jungle des Talents – l'hebdo", "Bonjour Katharina,", _x42_items,
                     '<a href="https://jungledestalents.example.fr/desabonnement">'
                     "Se désabonner</a>", lang="fr", color="#2b9348"),
    headers=[("List-Id", "L'hebdo <hebdo.jungledestalents.example.fr>"),
             ("List-Unsubscribe", "<https://jungledestalents.example.fr/desabonnement>"),
             ("Precedence", "bulk")],
))

add(dict(
    key="x43", kind="other", slug="own_thanks_fsnl", lang="fr",
    company="", contact="",
    date="2026-06-24 18:02 +0200",
    frm=CANDIDATE,
    to=[("Anne-Laure Favre", "al.favre@fsnl.example.ch")],
    cc=[("Lina Haddad", "lina.haddad@fsnl.example.ch")],
    subject="Merci pour l'entretien du 24 juin",
    text=THANKS_FSNL_TEXT + "\n", charset="iso-8859-1", cte="quoted-printable",
    reply_of="i23",
))

_x44 = """Madame,

Vous avez déposé une candidature en Master 2 Santé publique, parcours « Données de santé et
épidémiologie », pour l'année universitaire 2026-2027.

Après examen de votre dossier par la commission pédagogique, nous avons le regret de vous
informer que votre candidature n'a pas été retenue. Motif : capacité d'accueil atteinte.

Vous pouvez consulter le détail de la décision sur la plateforme de candidature.

La scolarité de l'UFR Santé publique
Université Rhône-Confluence

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
"""
add(dict(
    key="x44", kind="other", slug="master_refused_fr", lang="fr",
    company="", contact="",
    date="2026-06-12 17:00 +0200",
    frm=("Université Rhône-Confluence – Candidatures", "candidatures-noreply@u-rhone-confluence.example.fr"),
    subject="Décision sur votre candidature : Master 2 Santé publique",
    subj_enc=("iso-8859-1", "b"),
    text=_x44, charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_x45 = """Bonjour Katharina Ebner-Osei,

Votre rendez-vous avec Dr Pascale Lemaire (dermatologue) du jeudi 9 juillet à 9h15 est
reporté à la demande du praticien.

Nouveau rendez-vous : lundi 13 juillet à 17h45
Adresse : 18 rue Vaubecour, 69002 Lyon

Si ce créneau ne vous convient pas, vous pouvez le modifier ou l'annuler en ligne :
https://rdvsante.example.fr/mes-rendez-vous

L'équipe RdvSanté
"""
add(dict(
    key="x45", kind="other", slug="doctor_appointment_moved_fr", lang="fr",
    company="", contact="",
    date="2026-07-06 12:01 +0200",
    frm=("RdvSanté", "no-reply@rdvsante.example.fr"),
    subject="Votre rendez-vous a été reporté",
    text=_x45,
    html=ats_card("RdvSanté", "#107acc", paras(_x45), "RdvSanté · Ne pas répondre", lang="fr"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_x46 = """Coucou Katharina,

Regarde ce que j'ai reçu ce matin… Trois entretiens, un cas pratique, et au final un mail
type. Je te le transfère parce que tu m'avais demandé comment ça s'était passé chez eux.

Bref, je garde mon poste à la Clinique du Salève pour l'instant. On se fait un apéro quand tu passes à
Genève ?

Bises,
Mathilde
"""
_x46_inner = """Madame Perrenoud,

Nous vous remercions de l'intérêt que vous avez porté à notre établissement et du temps
consacré à nos entretiens.

Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidate pour le
poste d'infirmière coordinatrice qualité. Nous vous souhaitons plein succès dans vos
recherches.

Service des ressources humaines
Clinique des Tilleuls"""
add(dict(
    key="x46", kind="other", slug="friend_forwards_own_rejection_rfc822", lang="fr",
    company="", contact="mathilde.perrenoud@bluewin.example.ch",
    date="2026-08-28 12:14 +0200",
    frm=("Mathilde Perrenoud", "mathilde.perrenoud@bluewin.example.ch"),
    subject="Tr: Votre candidature",
    text=_x46,
    attach_msg=dict(
        key="x46-inner", date="2026-08-28 08:30 +0200",
        frm=("Clinique des Tilleuls – RH", "rh@clinique-tilleuls.example.ch"),
        to=[("Mathilde Perrenoud", "mathilde.perrenoud@bluewin.example.ch")],
        subject="Votre candidature", text=_x46_inner, charset="iso-8859-1",
        cte="quoted-printable"),
))

# ================================================================== es (6)

_x47_items = [
    ("Analista de datos clínicos – hospital privado, Barcelona (Eixample)",
     "Entrevistas a partir del 15 de septiembre.", "https://empleosaludbcn.example.es/o/7712"),
    ("Enfermera/o de sistemas de información – Badalona",
     "Jornada completa, contrato indefinido.", "https://empleosaludbcn.example.es/o/7725"),
    ("Consejo de la semana: qué responder cuando te preguntan por qué dejas la planta",
     "Y qué hacer si recibes una respuesta negativa.", "https://empleosaludbcn.example.es/blog/planta"),
]
add(dict(
    key="x47", kind="other", slug="empleo_salud_bcn_alert", lang="es",
    company="", contact="",
    date="2026-09-03 07:15 +0200",
    frm=("Empleo Salud BCN", "alertas@empleosaludbcn.example.es"),
    subject="Nuevas ofertas para «analista datos salud»",
    text=digest_text("Tus alertas de empleo", "Hola, Katharina:", _x47_items,
                     "Darse de baja: https://empleosaludbcn.example.es/baja?u=ke"),
    html=digest_html("Tus alertas de empleo", "Hola, Katharina:", _x47_items,
                     '<a href="https://empleosaludbcn.example.es/baja?u=ke">Darse de baja</a>',
                     lang="es", color="#f77f00"),
    headers=[("List-Id", "Alertas <alertas.empleosaludbcn.example.es>"),
             ("List-Unsubscribe", "<https://empleosaludbcn.example.es/baja?u=ke>"),
             ("Precedence", "bulk")],
))

_x48 = """Estimada Sra. Soler:

Le escribo para presentar mi candidatura al puesto de Enfermera de Sistemas de Información
publicado en su web.

Soy enfermera titulada en Austria, con nueve años de experiencia en una unidad de medicina
interna en Viena, y desde 2023 soy usuaria de referencia de la historia clínica electrónica
de enfermería. Mi título está en proceso de homologación en España y hablo castellano con
fluidez (nivel C1).

Le adjunto mi currículum. Quedo a su disposición para una entrevista.

Atentamente,
Katharina Ebner-Osei
+43 660 418 27 93
"""
add(dict(
    key="x48", kind="other", slug="own_application_montjuic_cv", lang="es",
    company="", contact="",
    date="2026-02-10 19:40 +0100",
    frm=CANDIDATE,
    to=[("Laia Soler", "laia.soler@montjuic-salut.example.es")],
    subject="Candidatura: Enfermera de Sistemas de Información",
    text=_x48, cte="quoted-printable",
    pdfs=[("CV_Katharina_Ebner-Osei_ES.pdf", "Curriculum vitae", [
        "Katharina Ebner-Osei - Enfermera (Austria)",
        "Viena | katharina.eo@example.at",
        "Experiencia: enfermera de medicina interna (2017-actualidad)",
        "Formación: Grado en Enfermería (2017); certificado en análisis de datos sanitarios",
    ])],
))

_x49 = """Hola Katharina,

Gracias por venir ayer a ver el piso de la calle Verdi. Te escribo para decirte que al
final el propietario se lo ha alquilado a otra persona que podía entrar ya el 1 de agosto.

Si te interesa, la semana que viene tenemos una visita para un piso parecido en Gràcia
(calle Torrijos). Dime algo y te apunto.

Saludos,
Jordi Puig
Finques Puig · Travessera de Gràcia 210, Barcelona
"""
add(dict(
    key="x49", kind="other", slug="landlord_flat_taken_es", lang="es",
    company="", contact="jordi@finquespuig.example.es",
    date="2026-07-16 10:45 +0200",
    frm=("Finques Puig", "jordi@finquespuig.example.es"),
    subject="Piso calle Verdi",
    text=_x49, charset="windows-1252", cte="8bit",
))

_x50 = """Gracias por tu mensaje. Estaré fuera de la oficina hasta el lunes 27 de abril, sin
acceso al correo.

Para cualquier asunto urgente puedes escribir a info@talentosanitario.example.es.

Andrés Villalba
Talento Sanitario
"""
add(dict(
    key="x50", kind="other", slug="ooo_talentosanitario", lang="es",
    company="", contact="andres.villalba@talentosanitario.example.es",
    date="2026-04-24 09:02 +0200",
    frm=("Andrés Villalba", "andres.villalba@talentosanitario.example.es"),
    subject="Respuesta automática: Entrevista con Farmacéutica Llobregat el jueves",
    subj_enc=("utf-8", "b"),
    text=_x50, cte="quoted-printable",
    reply_of="i26",
    headers=[("Auto-Submitted", "auto-replied")],
))

_x51 = """Hola Katharina:

Soy Lucía Ortega, presentadora de «Salud Digital en Español», un pódcast sobre tecnología
e innovación en el sistema sanitario. Preparamos un episodio sobre enfermeras que se pasan
al análisis de datos y nos encantaría entrevistarte.

La grabación sería online, de unos 40 minutos, en la segunda quincena de octubre. Te
mandaríamos las preguntas con antelación.

¿Te animas?

Un saludo,
Lucía Ortega
Salud Digital en Español
"""
add(dict(
    key="x51", kind="other", slug="podcast_interview_request_es", lang="es",
    company="", contact="lucia@saluddigital-podcast.example.es",
    date="2026-10-01 16:20 +0200",
    frm=("Lucía Ortega", "lucia@saluddigital-podcast.example.es"),
    subject="¿Una entrevista para nuestro pódcast?",
    subj_enc=("iso-8859-1", "q"),
    text=_x51, cte="quoted-printable",
    html=html_doc(paras(_x51), lang="es"),
))

_x52 = """Estimada clienta:

Le informamos de que su cita en la oficina 0412 (Passeig de Sant Joan, 98) del martes 14 de
julio a las 10:30, para la apertura de su cuenta nómina, ha sido cancelada por motivos
organizativos de la oficina.

Puede solicitar una nueva cita desde la app o en https://bancmediterrani.example.es/cita

Disculpe las molestias.
Banc Mediterrani
"""
add(dict(
    key="x52", kind="other", slug="bank_appointment_cancelled_es", lang="es",
    company="", contact="",
    date="2026-07-10 18:00 +0200",
    frm=("Banc Mediterrani", "avisos-noreply@bancmediterrani.example.es"),
    subject="Su cita ha sido cancelada",
    text=_x52,
    headers=[("Auto-Submitted", "auto-generated")],
))
