# ruff: noqa  (hand-written message data: dict(...) specs and long text lines are intended)
"""Corpus 287, other (52): digests, advice, the candidate's own mail, private and look-alike mail."""

from __future__ import annotations

import datetime as _dt

from msgs287_common import (
    ME,
    SIG,
    ats_card,
    digest_text,
    esc,
    forward_block,
    newsletter_html,
    paras,
)

K = "other"

MESSAGES: list[dict] = []
add = MESSAGES.append


def listed(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a newsletter or alert."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ================================================================ German (26)

_jobwelle_items = [
    ("Teamleiter/in Kundendienst 80–100 % – Säntis Versicherungen, St. Gallen",
     "Erste Interviews finden noch diese Woche statt – jetzt bewerben.",
     "https://www.jobwelle.example.ch/stelle/449211?utm_source=alert"),
    ("Leiter/in Reisezentrum – Regionalbahn Thurtal, Wil SG",
     "Sie führen ein Team von 9 Mitarbeitenden am Schalter und am Telefon.",
     "https://www.jobwelle.example.ch/stelle/449305?utm_source=alert"),
    ("Supervisor Contact Center (m/w/d) – Energie Oberthurgau, Arbon",
     "Schichtplanung, Coaching, Qualitätssicherung. Absagen gibt es bei uns nie ohne Begründung.",
     "https://www.jobwelle.example.ch/stelle/449377?utm_source=alert"),
    ("Teamleitung Kundenservice Telekom – Herisau",
     "Neu ausgeschrieben, Einstieg per sofort.",
     "https://www.jobwelle.example.ch/stelle/449402?utm_source=alert"),
]
_jobwelle_intro = "Guten Morgen Reto – für Ihr Suchabo «Teamleitung Kundendienst, Ostschweiz» gibt es 4 neue Stellen."
_jobwelle_footer = ("Sie erhalten diese E-Mail, weil Sie ein Suchabo bei Jobwelle eingerichtet haben. "
                    "Abo verwalten: https://www.jobwelle.example.ch/abos – Abmelden: https://www.jobwelle.example.ch/u/7c1e")
add(dict(
    kind=K, slug="jobwelle_alert_digest", lang="de", company="", contact="",
    sender=("Jobwelle Suchabo", "alerts@mail.jobwelle.example.ch"),
    subject="4 neue Jobs für «Teamleitung Kundendienst, Ostschweiz»",
    date="2026-03-02 06:05", cte="qp",
    headers=listed("Jobwelle Suchabo <suchabo.jobwelle.example.ch>",
                   "https://www.jobwelle.example.ch/u/7c1e", "unsubscribe@mail.jobwelle.example.ch"),
    text=digest_text("Jobwelle – Ihre neuen Stellen", _jobwelle_intro, _jobwelle_items, _jobwelle_footer),
    html=newsletter_html("Jobwelle – Ihre neuen Stellen", f"<p>{esc(_jobwelle_intro)}</p>",
                         _jobwelle_items, esc(_jobwelle_footer), "#0277bd"),
))

_kb_items = [
    ("Absagen richtig lesen: Was zwischen den Zeilen steht",
     "«Wir haben uns für eine andere Kandidatur entschieden» – was das wirklich bedeutet und wann Nachfragen lohnt.",
     "https://karrierebrief.example.ch/2026/04/absagen-lesen"),
    ("Das zweite Vorstellungsgespräch: Diesmal geht es um Sie, nicht um den Lebenslauf",
     "Fünf Fragen, die in der zweiten Runde fast immer kommen.",
     "https://karrierebrief.example.ch/2026/04/zweite-runde"),
    ("Quereinstieg in die Führung: Erfahrungsbericht einer ehemaligen Pflegefachfrau",
     "Wie sie nach zwölf Absagen die Teamleitung im Kundendienst bekam.",
     "https://karrierebrief.example.ch/2026/04/quereinstieg"),
    ("Lohnverhandlung nach der Zusage",
     "Warum der Moment nach dem Angebot der beste ist.",
     "https://karrierebrief.example.ch/2026/04/lohn"),
]
_kb_intro = "Liebe Leserinnen und Leser, diese Woche dreht sich alles um den Umgang mit Absagen."
_kb_footer = "Karrierebrief erscheint jeden Donnerstag. Abmelden: https://karrierebrief.example.ch/abmelden?id=55190"
add(dict(
    kind=K, slug="karrierebrief_newsletter_absagen", lang="de", company="", contact="",
    sender=("Karrierebrief", "newsletter@karrierebrief.example.ch"),
    subject="Karrierebrief #118: Absagen richtig lesen",
    date="2026-04-16 07:00", cte="b64",
    headers=listed("Karrierebrief <karrierebrief.list.karrierebrief.example.ch>",
                   "https://karrierebrief.example.ch/abmelden?id=55190", "leave@karrierebrief.example.ch"),
    text=digest_text("Karrierebrief #118", _kb_intro, _kb_items, _kb_footer),
    html=newsletter_html("Karrierebrief #118", f"<p>{esc(_kb_intro)}</p>", _kb_items, esc(_kb_footer), "#6d4c41"),
))

add(dict(
    kind=K, slug="laufbahnblog_article_interview_questions", lang="de", company="", contact="",
    sender=("Laufbahn-Blog Ostschweiz", "post@laufbahnblog.example.ch"),
    subject="Die 7 häufigsten Fragen im Vorstellungsgespräch – und wie Sie antworten",
    date="2026-05-28 19:30", cte="qp",
    headers=listed("Laufbahn-Blog <blog.laufbahnblog.example.ch>",
                   "https://laufbahnblog.example.ch/abo/abmelden", "abmelden@laufbahnblog.example.ch"),
    text="""Die 7 häufigsten Fragen im Vorstellungsgespräch – und wie Sie antworten

Wer zu einem Vorstellungsgespräch eingeladen wird, hat die erste Hürde geschafft. Jetzt entscheidet die Vorbereitung.

1. «Erzählen Sie etwas über sich.» Zwei Minuten, roter Faden, Bezug zur Stelle.
2. «Warum wollen Sie wechseln?» Nie über den aktuellen Arbeitgeber lästern.
3. «Was ist Ihre grösste Schwäche?» Eine echte, aber keine, die die Stelle verunmöglicht.
4. «Wie gehen Sie mit Konflikten im Team um?» Ein konkretes Beispiel mit Ergebnis.
5. «Wo sehen Sie sich in fünf Jahren?» Ambition ja, Absprung nein.
6. «Was sind Ihre Lohnvorstellungen?» Eine Bandbreite nennen, recherchiert.
7. «Haben Sie noch Fragen?» Immer ja – zum Beispiel zur Einarbeitung.

Und wenn trotz guter Vorbereitung eine Absage kommt? Fragen Sie höflich nach einem Feedback. Viele Firmen geben telefonisch mehr preis als schriftlich.

Den ganzen Artikel lesen: https://laufbahnblog.example.ch/2026/05/sieben-fragen

--
Sie erhalten diesen Beitrag, weil Sie den Laufbahn-Blog abonniert haben.
Abmelden: https://laufbahnblog.example.ch/abo/abmelden
""",
))

add(dict(
    kind=K, slug="own_thank_you_ostwind", lang="de", id="ostwind_thanks", parent="ostwind_move",
    company="", contact="", sender=ME,
    to=[("Sandra Kälin", "sandra.kaelin@ostwindbahn.example.ch")],
    cc=[("Urs Näf", "urs.naef@ostwindbahn.example.ch")],
    subject="Dankeschön für das Gespräch vom 5. März",
    date="2026-03-05 18:20", cte="qp",
    text="""Sehr geehrte Frau Kälin, sehr geehrter Herr Näf

Herzlichen Dank für das offene und angenehme Gespräch von heute Nachmittag und die Zeit, die Sie sich genommen haben.

Die Einblicke in die Arbeit des Kundencenters und die geplante Zusammenlegung mit dem Reisezentrum haben mich in meinem Wunsch bestärkt, bei Ostwind Bahn Verantwortung für ein Team zu übernehmen. Gerne bringe ich meine Erfahrung aus zwölf Jahren im Zugbegleitdienst ein – gerade bei Störungen weiss ich, was Kundinnen und Kunden brauchen.

Ich freue mich auf Ihre Rückmeldung.

Freundliche Grüsse
""" + SIG["de"] + "\n",
))

add(dict(
    kind=K, slug="own_application_ringtel_with_cv", lang="de", id="ringtel_application",
    company="", contact="", sender=ME,
    to=[("Julia Pichler", "julia.pichler@ringtel.example.at")],
    subject="Bewerbung als Teamleiter Kundenservice – Reto Baumgartner-Osei",
    date="2026-02-02 20:45", cte="qp",
    text="""Sehr geehrte Frau Pichler,

mit grossem Interesse habe ich Ihre Ausschreibung für die Teamleitung Kundenservice gelesen und bewerbe mich hiermit um die Stelle.

Seit zwölf Jahren arbeite ich als Zugbegleiter im Fernverkehr der Ostschweiz, seit drei Jahren zusätzlich als Ausbildner für neue Kolleginnen und Kollegen. Ich kenne Beschwerden, Verspätungen und aufgebrachte Fahrgäste aus erster Hand – und weiss, wie man auch in hektischen Situationen freundlich und lösungsorientiert bleibt. Nun möchte ich diese Erfahrung in einer Führungsfunktion einsetzen. Wien kenne ich von vielen Besuchen bei Freunden und würde gerne dorthin ziehen.

Meinen Lebenslauf und die Arbeitszeugnisse finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüssen
""" + SIG["de"] + "\n",
    pdfs=[
        dict(filename="Lebenslauf_Reto_Baumgartner-Osei.pdf", lines=[
            "Reto Baumgartner-Osei", "Lebenslauf", "", "2014-heute: Zugbegleiter Fernverkehr",
            "2023-heute: Ausbildner Zugbegleitdienst", "Sprachen: Deutsch, Englisch, Französisch, Spanisch"]),
        dict(filename="Arbeitszeugnisse.pdf", lines=["Zwischenzeugnis 2025", "Arbeitszeugnis 2014"]),
    ],
))

add(dict(
    kind=K, slug="own_reschedule_request_kyburg", lang="de", id="kyburg_request",
    parent="kyburg_inv", quote="gmail", company="", contact="", sender=ME,
    to=[("Hug Daniela", "daniela.hug@kyburg-vers.example.ch")],
    subject="Re: Interview Teamleiter/in Kundenberatung – Verschiebung möglich?",
    date="2026-06-05 07:12", cte="qp",
    text="""Guten Tag Frau Hug

Vielen Dank für die Einladung, über die ich mich sehr freue.

Leider wurde mein Dienstplan kurzfristig geändert: Am 10. Juni bin ich ganztags auf der Strecke Zürich–Chur eingeteilt und kann den Dienst nicht mehr tauschen. Wäre es möglich, das Interview zu verschieben? Am 15., 16. oder 17. Juni wäre ich jeweils ab 13 Uhr flexibel.

Entschuldigen Sie die Umstände.

Freundliche Grüsse
""" + SIG["de"] + "\n",
))

add(dict(
    kind=K, slug="own_confirms_new_slot_ostwind", lang="de", id="ostwind_confirm",
    parent="ostwind_move", quote="gmail", company="", contact="", sender=ME,
    to=[("Sandra Kälin", "sandra.kaelin@ostwindbahn.example.ch")],
    subject="Re: Aktualisiert: Vorstellungsgespräch – neuer Termin 5. März",
    date="2026-02-24 12:31", cte="qp",
    text="""Guten Tag Frau Kälin

Danke für die Nachricht – der 5. März um 14 Uhr passt mir gut. Ich habe den Termin im Kalender angenommen.

Freundliche Grüsse
Reto Baumgartner-Osei
""",
))

add(dict(
    kind=K, slug="friend_tells_own_rejection", lang="de", company="",
    contact="simon.koller@gmx.example.ch",
    sender=("Simon Koller", "simon.koller@gmx.example.ch"),
    subject="Tja...",
    date="2026-04-09 21:47", cte="8bit",
    text="""Hoi Reto

Wollte dir nur kurz berichten: Ich hab heute die Absage für die Stelle im Rheintal bekommen, nach drei Gesprächen. „Wir haben uns für einen internen Kandidaten entschieden“ – klassisch. Bin ziemlich frustriert, ehrlich gesagt.

Wie läufts bei dir mit den Bewerbungen? Hast du von der Versicherung in St. Gallen schon was gehört? Lass uns am Samstag ein Bier trinken gehen, dann erzählst du.

Gruess
Simon
""",
))

add(dict(
    kind=K, slug="velotrack_position_update", lang="de", company="", contact="",
    sender=("VeloTrack", "no-reply@velotrack.example.ch"),
    subject="Neue Position Ihres Velos erfasst",
    date="2026-05-03 23:14", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("VeloTrack", "#455a64", paras("""Hallo Reto

Ihr Tracker «Gravel blau» hat eine neue Position übermittelt, obwohl der Diebstahlschutz aktiv ist.

Letzte Position: Lämmlisbrunnenstrasse, 9000 St. Gallen
Zeitpunkt: 03.05.2026, 23:12 Uhr
Genauigkeit: ca. 15 m

Wenn Sie das Velo nicht selbst bewegt haben, können Sie in der App die Live-Ortung starten.

Ihr VeloTrack-Team"""), "Automatische Benachrichtigung – bitte nicht antworten."),
))

add(dict(
    kind=K, slug="ostpaket_sendung_verspaetet", lang="de", company="", contact="",
    sender=("Ostpaket", "noreply@sendungen.ostpaket.example.ch"),
    subject="Ihre Sendung 99.60.114872.55 verspätet sich leider",
    date="2026-06-11 14:02", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Guten Tag

Leider verzögert sich die Zustellung Ihrer Sendung 99.60.114872.55 (Absender: Bergsport Versand).

Grund: Ausserordentlich hohes Sendungsaufkommen im Verteilzentrum Frauenfeld.
Neuer voraussichtlicher Zustelltermin: Montag, 15. Juni 2026, zwischen 9 und 13 Uhr.

Sie können den Zustelltermin verschieben oder einen Abholort wählen:
https://www.ostpaket.example.ch/sendung/996011487255

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Ostpaket-Kundendienst
""",
))

add(dict(
    kind=K, slug="sittertal_bank_beratungsgespraech", lang="de", company="",
    contact="dario.lutz@sittertalbank.example.ch",
    sender=("Dario Lutz", "dario.lutz@sittertalbank.example.ch"),
    subject="Einladung zum Beratungsgespräch Vorsorge – 12. März",
    date="2026-02-27 10:30", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Gerne bestätige ich Ihnen unser Beratungsgespräch zu Ihrer Säule 3a und zur Frage, was ein Stellenwechsel für Ihre Pensionskasse bedeutet:

Donnerstag, 12. März 2026, 17:30 Uhr
Sittertal Bank, Geschäftsstelle Neudorf, Rorschacher Strasse 150, St. Gallen

Bitte bringen Sie Ihren aktuellen Vorsorgeausweis mit. Sollten Sie den Termin verschieben müssen, genügt ein kurzer Anruf.

Freundliche Grüsse
Dario Lutz
Kundenberater Privatkunden
Sittertal Bank
Tel. +41 71 246 30 82
""",
))

add(dict(
    kind=K, slug="immo_wohnung_absage_mietinteressent", lang="de", company="",
    contact="sandro.meier@immo-eulachpark.example.ch",
    sender=("Sandro Meier", "sandro.meier@immo-eulachpark.example.ch"),
    subject="Ihre Bewerbung für die 3.5-Zimmer-Wohnung, Zürcherstrasse 88, Winterthur",
    date="2026-09-22 16:10", cte="qp",
    text="""Sehr geehrter Herr Baumgartner-Osei

Besten Dank für Ihre Bewerbung für die 3.5-Zimmer-Wohnung an der Zürcherstrasse 88 in Winterthur und Ihren Besuch an der Besichtigung vom 17. September.

Wir haben sehr viele Anmeldungen erhalten. Die Eigentümerschaft hat sich für andere Mietinteressenten entschieden. Leider können wir Ihnen deshalb keine Zusage geben.

Gerne informieren wir Sie über weitere freie Wohnungen in unserem Portfolio.

Freundliche Grüsse
Sandro Meier
Bewirtschafter
Immo Eulachpark AG
Technikumstrasse 12, 8400 Winterthur
""",
))

add(dict(
    kind=K, slug="schule_elterngespraech_einladung", lang="de", company="",
    contact="lisa.egger@schule-sg.example.ch",
    sender=("Lisa Egger", "lisa.egger@schule-sg.example.ch"),
    to=[ME, ("Ama Osei", "ama.osei@example.ch")],
    subject="Einladung zum Elterngespräch – Noah, 4. Klasse",
    date="2026-01-19 12:05", cte="qp",
    text="""Liebe Eltern

Wie jedes Jahr lade ich Sie zum Elterngespräch über Noahs Entwicklung in der 4. Klasse ein. Das Gespräch dauert etwa 30 Minuten.

Bitte tragen Sie sich bis Freitag in einen der freien Termine ein:
https://termine.schule-sg.example.ch/egger/elterngespraeche

Falls keiner der Termine passt, melden Sie sich bitte direkt bei mir. Noah darf gerne dabei sein.

Herzliche Grüsse
Lisa Egger
Klassenlehrerin 4b, Primarschule Rosenberg
""",
))

add(dict(
    kind=K, slug="praxis_termin_verschoben", lang="de", company="", contact="",
    sender=("Hausarztpraxis am Marktplatz", "termine-noreply@praxis-marktplatz.example.ch"),
    subject="Ihr Termin wurde verschoben: Kontrolle Dr. med. Huber",
    date="2026-07-08 08:15", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Guten Tag Herr Baumgartner-Osei

Ihr Termin bei Dr. med. Andreas Huber musste leider verschoben werden.

Alter Termin: Donnerstag, 9. Juli 2026, 07:45 Uhr
Neuer Termin: Dienstag, 14. Juli 2026, 07:30 Uhr

Bitte kommen Sie nüchtern zur Blutentnahme. Können Sie den neuen Termin nicht wahrnehmen, sagen Sie ihn bitte mindestens 24 Stunden vorher über den Link in Ihrem Patientenportal ab.

Hausarztpraxis am Marktplatz, St. Gallen
Diese Nachricht wurde automatisch versendet.
""",
))

add(dict(
    kind=K, slug="ooo_saentis_recruiter_auto_reply", lang="de", company="",
    contact="mirjam.frei@saentis-vers.example.ch",
    sender=("Mirjam Frei", "mirjam.frei@saentis-vers.example.ch"),
    subject="Automatische Antwort: Fragen zum Vertragsangebot",
    date="2026-04-20 07:58", cte="qp",
    ext_refs=["<CAF8x1Qm0reto.bo.20260420075702@mail.example.ch>"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis und mit 27. April 2026 abwesend und habe nur eingeschränkt Zugriff auf meine E-Mails. Bei dringenden Anliegen zu laufenden Bewerbungen wenden Sie sich bitte an personal@saentis-vers.example.ch oder +41 71 227 63 00.

Freundliche Grüsse
Mirjam Frei
""",
))

add(dict(
    kind=K, slug="karrierenetz_profile_views", lang="de", company="", contact="",
    sender=("Karrierenetz", "notifications@karrierenetz.example.com"),
    subject="Reto, Ihr Profil wurde diese Woche 14-mal angesehen",
    date="2026-05-18 05:30", tz="+0000", cte="qp",
    headers=listed("Karrierenetz Wochenbericht <weekly.karrierenetz.example.com>",
                   "https://www.karrierenetz.example.com/settings/mail?unsub=weekly",
                   "unsubscribe@karrierenetz.example.com"),
    html=ats_card("Karrierenetz", "#0a66c2", paras("""Hallo Reto

Ihr Profil wurde diese Woche 14-mal angesehen – darunter von Personen bei einer Versicherung, einem Energieversorger und zwei Personalvermittlungen.

Neue Jobs, die zu Ihnen passen könnten:
Teamleiter Kundenservice – Frauenfeld
Leiter Kundendialog – Wil SG
Customer Care Supervisor – Zürich

Tipp: Profile mit Foto werden bis zu 9-mal häufiger für Interviews angefragt."""),
        'Sie erhalten diese E-Mail als Mitglied von Karrierenetz. '
        '<a href="https://www.karrierenetz.example.com/settings/mail?unsub=weekly">Abmelden</a>'),
))

add(dict(
    kind=K, slug="hochschule_cas_studienplatz_absage", lang="de", company="",
    contact="petra.inauen@hsow.example.ch",
    sender=("Petra Inauen", "petra.inauen@hsow.example.ch"),
    subject="Ihre Anmeldung zum CAS Leadership im Kundendienst",
    date="2026-07-22 11:00", cte="qp",
    text="""Sehr geehrter Herr Baumgartner-Osei

Vielen Dank für Ihre Anmeldung zum CAS Leadership im Kundendienst (Start September 2026).

Leider müssen wir Ihnen mitteilen, dass wir Ihnen für die kommende Durchführung keinen Studienplatz anbieten können. Der Lehrgang ist mit 24 Teilnehmenden voll belegt, und wir haben die Plätze nach Eingang der vollständigen Unterlagen vergeben.

Wir haben Sie auf die Warteliste gesetzt und würden Ihnen gerne einen Platz in der Durchführung ab Februar 2027 reservieren.

Freundliche Grüsse
Petra Inauen
Studiengangsadministration Weiterbildung
Hochschule Ostschweiz für Wirtschaft
Rosenbergstrasse 59, 9000 St. Gallen
""",
))

add(dict(
    kind=K, slug="headhunter_cold_approach_alpenblick", lang="de", company="",
    contact="nadia.steiner@alpenblick-executive.example.ch",
    sender=("Nadia Steiner", "nadia.steiner@alpenblick-executive.example.ch"),
    subject="Ihr Profil – Führung im Kundenservice",
    date="2026-03-26 08:44", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Ich bin auf Karrierenetz auf Ihr Profil gestossen. Ihre Kombination aus langjähriger Kundenerfahrung im Bahnbetrieb und Ausbildnertätigkeit ist für mehrere unserer Kunden aus der Versorgungs- und Versicherungsbranche interessant.

Aktuell habe ich kein konkretes Mandat für Sie, baue aber für das zweite Halbjahr einen Pool an Führungskräften im Kundenservice auf. Hätten Sie Interesse, sich unverbindlich über Ihre Pläne auszutauschen?

Freundliche Grüsse
Nadia Steiner
Partnerin
Alpenblick Executive GmbH
Bahnhofstrasse 10, 8001 Zürich
+41 44 201 77 40
""",
))

_trb_items = [
    ("Dienstplan Sommerfahrplan 2026 online",
     "Die Dienstpläne ab 14. Juni sind ab sofort im Personalportal einsehbar. Tauschwünsche bis 25. Mai.",
     "https://intranet.trb.example.ch/dienstplan"),
    ("Interne Stellen: 3 offene Positionen im Zugbegleitdienst",
     "Teamleiter/in Zugbegleitung Wattwil, Ausbildner/in, Disponent/in; interne Bewerbungen bis 31. Mai.",
     "https://intranet.trb.example.ch/stellen"),
    ("Mitarbeitergespräche 2026",
     "Die Termine für die MAG werden bis Ende Juni durch die Vorgesetzten vereinbart.",
     "https://intranet.trb.example.ch/mag"),
]
_trb_intro = "Liebe Kolleginnen und Kollegen, hier die Neuigkeiten aus dem Personalbereich im Mai."
_trb_footer = "TRB intern · Toggenburger Regionalbahn · Personaldienst · Abmelden im Personalportal"
add(dict(
    kind=K, slug="arbeitgeber_personalinfo_trb", lang="de", company="", contact="",
    sender=("TRB intern", "personalinfo@trb.example.ch"),
    subject="TRB intern - Mai 2026",
    date="2026-05-11 06:45", charset="iso-8859-1", cte="qp",
    headers=listed("TRB Personalinfo <personalinfo.trb.example.ch>",
                   "https://intranet.trb.example.ch/newsletter/abmelden", "personalinfo-leave@trb.example.ch"),
    text=digest_text("TRB intern - Mai 2026", _trb_intro, _trb_items, _trb_footer),
))

add(dict(
    kind=K, slug="zeitung_interviewanfrage_zugbegleiter", lang="de", company="",
    contact="fabienne.zollikofer@abendblatt-sg.example.ch",
    sender=("Fabienne Zollikofer", "fabienne.zollikofer@abendblatt-sg.example.ch"),
    subject="Interviewanfrage: «Ein Tag im Zug» – St. Galler Abendblatt",
    date="2026-08-13 14:25", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Ich bin Redaktorin beim St. Galler Abendblatt und arbeite an einer Serie über Berufe, die man täglich sieht, aber kaum kennt. Ihr Name wurde mir vom Personalverband genannt.

Hätten Sie Lust auf ein Interview von etwa einer Stunde über Ihren Alltag als Zugbegleiter – die schönen Momente, die schwierigen Fahrgäste, die Nachtschichten? Gerne auch mit Fotos während einer Fahrt, sofern Ihr Arbeitgeber einverstanden ist.

Ein Termin Ende August wäre ideal. Ich freue mich auf Ihre Antwort.

Freundliche Grüsse
Fabienne Zollikofer
Redaktion Region
St. Galler Abendblatt
+41 71 272 88 31
""",
))

add(dict(
    kind=K, slug="fahrplanplus_user_research_interview", lang="de", company="",
    contact="lena.vogt@fahrplanplus.example.ch",
    sender=("FahrPlanPlus Research", "research@fahrplanplus.example.ch"),
    reply_to=("Lena Vogt", "lena.vogt@fahrplanplus.example.ch"),
    subject="Einladung zu einem Interview über die FahrPlanPlus-App (CHF 50 Gutschein)",
    date="2026-06-23 10:00", cte="qp",
    text="""Hallo Reto

Du nutzt FahrPlanPlus regelmässig – vielen Dank! Wir arbeiten an einer neuen Funktion für Verbindungen bei Störungen und möchten mit Vielfahrenden sprechen.

Hättest du Zeit für ein 45-minütiges Interview per Video? Als Dankeschön erhältst du einen Gutschein über CHF 50.

Wähle hier einen Termin: https://research.fahrplanplus.example.ch/studie/stoerungen

Bei Fragen antworte einfach auf diese E-Mail.

Liebe Grüsse
Lena Vogt
UX Research, FahrPlanPlus
""",
))

add(dict(
    kind=K, slug="colleague_forwards_job_ad", lang="de", company="",
    contact="mario.zanetti@trb.example.ch",
    sender=("Mario Zanetti", "mario.zanetti@trb.example.ch"),
    subject="WG: Stelleninserat Teamleiter/in Reisezentrum",
    date="2026-03-14 13:02", cte="qp",
    text="""Hoi Reto

Schau mal, wäre das nichts für dich? Hab's von meiner Schwester bekommen, die dort arbeitet. Sie sagt, die suchen wirklich jemanden aus dem Betrieb.

Gruess Mario

""" + forward_block("de", _dt.datetime(2026, 3, 13, 9, 15), "Jobs Regionalbahn Thurtal",
                    "jobs@rbt.example.ch", "Verteiler Mitarbeitende", "Stelleninserat Teamleiter/in Reisezentrum") + """

Liebe Mitarbeitende

Für unser Reisezentrum in Wil suchen wir per 1. Juni eine/n Teamleiter/in (90–100 %). Sie führen 9 Mitarbeitende, planen die Einsätze und sind Ansprechperson bei Reklamationen.

Kennen Sie jemanden? Empfehlungen werden mit CHF 1'000 belohnt. Bewerbungen bis 3. April an jobs@rbt.example.ch.

Regionalbahn Thurtal, Personaldienst
""",
))

add(dict(
    kind=K, slug="own_status_inquiry_zuerichsee", lang="de", id="zuerichsee_followup",
    company="", contact="", sender=ME,
    to=[("Corinne Widmer", "corinne.widmer@zuerichsee-tel.example.ch")],
    subject="Nachfrage zum Stand meiner Bewerbung (Teamleiter Kundendienst)",
    date="2026-02-20 19:05", cte="qp",
    text="""Guten Tag Frau Widmer

Am 8. Januar habe ich mich bei Ihnen als Teamleiter Kundendienst beworben und eine Eingangsbestätigung erhalten. Seither habe ich nichts mehr gehört.

Darf ich mich erkundigen, wie der Stand des Verfahrens ist? Ich bin nach wie vor sehr interessiert an der Stelle.

Freundliche Grüsse
""" + SIG["de"] + "\n",
))

add(dict(
    kind=K, slug="workday_job_alert_limmat", lang="de", company="", contact="",
    sender=("Limmat Telecom", "limmattel@myworkday.com"),
    subject="Neue Stellen für Ihre Jobbenachrichtigung «Kundenservice Zürich»",
    date="2026-08-17 04:02", tz="+0000", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Limmat Telecom Karriere", "#5a2d82", paras("""Guten Tag Reto

Zu Ihrer gespeicherten Jobbenachrichtigung «Kundenservice Zürich» gibt es neue Stellen:

Teamleiter/in Kundenservice Geschäftskunden (R-11307) – Zürich
Specialist Beschwerdemanagement (R-11322) – Zürich
Shop-Leiter/in Bahnhof Stadelhofen (R-11329) – Zürich

Melden Sie sich im Kandidatenportal an, um sich zu bewerben oder die Benachrichtigung zu ändern."""),
        "Sie erhalten diese E-Mail, weil Sie eine Jobbenachrichtigung eingerichtet haben. Antworten werden nicht gelesen."),
))

add(dict(
    kind=K, slug="laufbahnzentrum_webinar_interviewtraining", lang="de", company="", contact="",
    sender=("Laufbahnzentrum Ostschweiz", "info@laufbahnzentrum-os.example.ch"),
    subject="Webinar: Interviewtraining für Quereinsteigende – 2. September",
    date="2026-08-20 09:00", cte="qp",
    headers=listed("Laufbahnzentrum News <news.laufbahnzentrum-os.example.ch>",
                   "https://laufbahnzentrum-os.example.ch/newsletter/abmelden",
                   "abmelden@laufbahnzentrum-os.example.ch"),
    text="""Webinar: Interviewtraining für Quereinsteigende

Mittwoch, 2. September 2026, 18:30–20:00 Uhr, online

Sie haben eine Einladung zum Vorstellungsgespräch erhalten und wollen vom Fachbereich in die Führung wechseln? In diesem Webinar üben wir typische Gesprächssituationen: Fragen zur Führungserfahrung, Umgang mit Lücken im Lebenslauf und was Sie tun, wenn nach dem Gespräch eine Absage kommt.

Teilnahme kostenlos, Anmeldung bis 31. August:
https://laufbahnzentrum-os.example.ch/webinare/interviewtraining

Laufbahnzentrum Ostschweiz
Abmelden: https://laufbahnzentrum-os.example.ch/newsletter/abmelden
""",
))

add(dict(
    kind=K, slug="ooo_ringtel_urlaub", lang="de", company="",
    contact="julia.pichler@ringtel.example.at",
    sender=("Julia Pichler", "julia.pichler@ringtel.example.at"),
    subject="Abwesenheitsnotiz: Re: Unser Telefontermin um 10:00 Uhr",
    date="2026-02-27 09:03", cte="qp",
    ext_refs=["<CAF8x1Qm0reto.bo.20260227090144@mail.example.ch>"],
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Danke für Ihre E-Mail.

Ich bin bis einschliesslich 6. März auf Urlaub und lese meine Nachrichten erst danach. In dringenden Fällen erreichen Sie meine Kollegin Frau Katharina Berger unter katharina.berger@ringtel.example.at.

Mit freundlichen Grüssen
Julia Pichler
Ringstrassen Telekom GmbH
""",
))

# ================================================================ French (14)

_el_items = [
    ("Chef·fe d'équipe Centre d'appels – Lausanne",
     "Assurance maladie, 100 %, entretiens prévus dès la semaine prochaine.",
     "https://www.emploileman.example.ch/offre/88412?src=alerte"),
    ("Responsable service clientèle – Transports publics, Morges",
     "Vous encadrez 8 agent·e·s et gérez les réclamations.",
     "https://www.emploileman.example.ch/offre/88430?src=alerte"),
    ("Superviseur·e Hotline énergie – Vevey",
     "Poste à repourvoir immédiatement. Candidatures non retenues informées sous 10 jours.",
     "https://www.emploileman.example.ch/offre/88455?src=alerte"),
]
_el_intro = "Bonjour Reto, voici les nouvelles offres correspondant à votre alerte « service clients – Vaud »."
_el_footer = ("Vous recevez cet e-mail car vous avez créé une alerte sur EmploiLéman. "
              "Se désabonner : https://www.emploileman.example.ch/alertes/stop/41c9")
add(dict(
    kind=K, slug="emploileman_alerte_emploi", lang="fr", company="", contact="",
    sender=("EmploiLéman Alertes", "alertes@emploileman.example.ch"),
    subject="3 nouvelles offres pour votre alerte « service clients – Vaud »",
    date="2026-05-06 06:30", cte="qp",
    headers=listed("Alertes EmploiLéman <alertes.emploileman.example.ch>",
                   "https://www.emploileman.example.ch/alertes/stop/41c9", "stop@emploileman.example.ch"),
    text=digest_text("EmploiLéman – vos nouvelles offres", _el_intro, _el_items, _el_footer),
    html=newsletter_html("EmploiLéman – vos nouvelles offres", f"<p>{esc(_el_intro)}</p>", _el_items,
                         esc(_el_footer), "#00897b", lang="fr"),
))

add(dict(
    kind=K, slug="newsletter_rebondir_apres_refus", lang="fr", company="", contact="",
    sender=("Carrières & Cie", "lettre@carrieres-cie.example.fr"),
    subject="Comment rebondir après un refus ?",
    date="2026-06-25 08:00", cte="b64",
    headers=listed("La lettre Carrières & Cie <lettre.carrieres-cie.example.fr>",
                   "https://carrieres-cie.example.fr/desinscription", "desinscription@carrieres-cie.example.fr"),
    html=newsletter_html("La lettre Carrières & Cie", paras("""Bonjour,

Un courriel qui commence par « Nous avons le regret de vous informer… » fait toujours mal. Cette semaine, trois recruteurs nous expliquent ce qui se passe réellement derrière un refus, et comment en tirer parti pour le prochain entretien."""),
        [("Refus après entretien : demander un retour, oui, mais comment ?",
          "Les formulations qui obtiennent une vraie réponse.",
          "https://carrieres-cie.example.fr/articles/retour-apres-refus"),
         ("Postuler à nouveau dans la même entreprise",
          "Combien de temps attendre, et que changer dans votre dossier.",
          "https://carrieres-cie.example.fr/articles/postuler-de-nouveau"),
         ("Témoignage : « J'ai été convoqué à quatre entretiens avant de recevoir une offre »",
          "Le parcours d'un ancien agent de gare devenu chef d'équipe.",
          "https://carrieres-cie.example.fr/articles/temoignage-agent-gare")],
        "Carrières & Cie · 12 rue des Lilas, 69003 Lyon · "
        '<a href="https://carrieres-cie.example.fr/desinscription">Se désinscrire</a>', "#ad1457", lang="fr"),
))

add(dict(
    kind=K, slug="own_merci_lavaux", lang="fr", id="lavaux_thanks", parent="lavaux_move",
    company="", contact="", sender=ME,
    to=[("Sophie Rochat", "sophie.rochat@mutuelle-lavaux.example.ch")],
    subject="Merci pour l'entretien de mercredi",
    date="2026-04-02 08:10", cte="qp",
    text="""Bonjour Madame Rochat,

Je tiens à vous remercier, ainsi que M. Pittet et Mme Gilliéron, pour l'entretien de mercredi après-midi et pour l'accueil chaleureux.

La mise en situation m'a beaucoup plu : elle ressemblait de près à ce que je vis chaque jour dans le train lorsqu'un voyageur apprend qu'il a manqué sa correspondance. Le poste correspond exactement à ce que je recherche, et je serais heureux de rejoindre votre équipe.

Dans l'attente de votre retour, je vous adresse mes meilleures salutations.

""" + SIG["fr"] + "\n",
))

add(dict(
    kind=K, slug="own_apology_missed_leman", lang="fr", id="leman_apology",
    parent="leman_missed", quote="gmail", company="", contact="", sender=ME,
    to=[("Chloé Favre", "chloe.favre@lemanrail.example.ch")],
    subject="Mes excuses pour l'entretien manqué",
    date="2026-02-04 13:05", cte="qp",
    text="""Bonjour Madame Favre,

Je suis vraiment désolé. Mon train de service a été bloqué entre Gossau et Flawil à cause d'un dérangement d'aiguillage, sans réseau mobile pendant près d'une heure, et je n'ai pas pu me connecter ni vous prévenir.

Je comprends que cela pose problème. Si vous êtes d'accord, je me rendrais disponible à n'importe quel moment cette semaine ou la suivante pour un nouvel entretien.

Avec mes excuses renouvelées,
""" + SIG["fr"] + "\n",
))

add(dict(
    kind=K, slug="own_candidature_spontanee_riponne", lang="fr", id="riponne_application",
    company="", contact="", sender=ME,
    to=[("Placement Riponne", "candidats@placement-riponne.example.ch")],
    subject="Candidature spontanée – chef d'équipe service clients",
    date="2026-08-03 21:30", cte="qp",
    text="""Madame, Monsieur,

Contrôleur de train depuis douze ans en Suisse orientale, je souhaite m'établir dans la région lausannoise et évoluer vers un poste de chef d'équipe dans un service clients (transports, assurances, énergie ou télécommunications).

Je parle couramment allemand, français, anglais et espagnol, et je forme depuis trois ans les nouveaux collègues du service d'accompagnement des trains.

Vous trouverez mon CV en pièce jointe. Je serais ravi de pouvoir m'inscrire auprès de votre agence.

Meilleures salutations,
""" + SIG["fr"] + "\n",
    pdfs=[dict(filename="CV_Reto_Baumgartner-Osei_FR.pdf", lines=[
        "Reto Baumgartner-Osei", "Curriculum vitae", "", "Depuis 2014 : contrôleur de train",
        "Depuis 2023 : formateur", "Langues : allemand, français, anglais, espagnol"])],
))

add(dict(
    kind=K, slug="ooo_jorat_absente", lang="fr", company="",
    contact="nathalie.jaquier@gl-jorat.example.ch",
    sender=("Nathalie Jaquier", "nathalie.jaquier@gl-jorat.example.ch"),
    subject="Réponse automatique : Question sur ma candidature",
    date="2026-06-03 14:20", cte="qp",
    ext_refs=["<CAF8x1Qm0reto.bo.20260603141907@mail.example.ch>"],
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis absente jusqu'au 15 juin inclus. Pendant cette période, vos messages ne seront pas lus ni transférés.

Pour toute question urgente concernant un recrutement en cours, merci d'écrire à rh@gl-jorat.example.ch.

Nathalie Jaquier
Gaz et Lumière du Jorat SA
""",
))

add(dict(
    kind=K, slug="hegl_cas_candidature_non_retenue", lang="fr", company="", contact="",
    sender=("HEG du Léman – Admissions", "no-reply@hegl.example.ch"),
    subject="Décision d'admission – CAS Management de la relation client",
    date="2026-07-03 10:00", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Monsieur,

Nous avons examiné avec attention votre dossier de candidature au CAS Management de la relation client, volée 2026-2027.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue : le programme exige un titre de niveau tertiaire ou une admission sur dossier, et les places d'admission sur dossier ont toutes été attribuées cette année.

Vous pouvez déposer une nouvelle candidature pour la rentrée de septembre 2027.

Service des admissions
Haute école de gestion du Léman
""",
))

add(dict(
    kind=K, slug="regie_rendez_vous_visite", lang="fr", company="",
    contact="sandrine.pasche@regie-flon.example.ch",
    sender=("Sandrine Pasche", "sandrine.pasche@regie-flon.example.ch"),
    subject="Confirmation de votre rendez-vous – visite Av. de Morges 54",
    date="2026-08-28 11:30", cte="qp",
    text="""Bonjour Monsieur,

Je vous confirme notre rendez-vous pour la visite de l'appartement de 3,5 pièces à l'avenue de Morges 54, à Lausanne :

samedi 5 septembre à 10h15, devant l'entrée de l'immeuble.

Merci de vous munir d'une pièce d'identité, d'une attestation de l'Office des poursuites de moins de trois mois et de vos trois dernières fiches de salaire si vous souhaitez déposer un dossier sur place.

Meilleures salutations,
Sandrine Pasche
Gérante d'immeubles
Régie du Flon SA
""",
))

add(dict(
    kind=K, slug="dentiste_rappel_rendez_vous", lang="fr", company="", contact="",
    sender=("Cabinet dentaire Saint-François", "rappels-noreply@dentiste-stfrancois.example.ch"),
    subject="Rappel : votre rendez-vous du 14 septembre", subject_enc=("iso-8859-1", "Q"),
    date="2026-09-11 07:00", charset="iso-8859-1", cte="8bit",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Bonjour Monsieur Baumgartner-Osei,

Nous vous rappelons votre rendez-vous chez Dr Morel le lundi 14 septembre 2026 à 16h40 (contrôle et détartrage).

En cas d'empêchement, merci d'annuler au moins 48 heures à l'avance au 021 311 20 40. Tout rendez-vous non annulé à temps pourra être facturé.

Cabinet dentaire Saint-François, Lausanne
Ce message est envoyé automatiquement.
""",
))

add(dict(
    kind=K, slug="podcast_sur_les_rails_demande", lang="fr", company="",
    contact="mathieu.gindrat@surlesrails.example.ch",
    sender=("Mathieu Gindrat", "mathieu.gindrat@surlesrails.example.ch"),
    subject="Invitation au podcast « Sur les rails »",
    date="2026-09-03 15:45", cte="qp",
    text="""Bonjour Reto,

Je produis « Sur les rails », un podcast romand sur les métiers du voyage. Un ancien collègue à vous, Samuel, m'a dit que vous aviez des histoires incroyables de vos années de contrôleur.

Accepteriez-vous d'être interviewé pour un épisode d'environ 40 minutes ? L'enregistrement se ferait dans notre petit studio à Renens ou à distance, à votre convenance, courant octobre.

Au plaisir de vous lire,
Mathieu Gindrat
Producteur, Sur les rails
""",
))

add(dict(
    kind=K, slug="reseaupro_apparitions_recherches", lang="fr", company="", contact="",
    sender=("RéseauPro", "notifications@reseaupro.example.com"),
    from_enc=("utf-8", "B"),
    subject="Vous êtes apparu dans 11 recherches cette semaine",
    date="2026-09-14 05:45", tz="+0000", cte="qp",
    headers=listed("RéseauPro Notifications <notifications.reseaupro.example.com>",
                   "https://www.reseaupro.example.com/preferences/unsub?t=wk", "unsub@reseaupro.example.com"),
    text="""Bonjour Reto,

Vous êtes apparu dans 11 recherches cette semaine.

Les recruteurs qui vous ont trouvé travaillent dans : Assurances (4), Transports (3), Énergie (2).
Mots-clés utilisés : « service clients », « chef d'équipe », « bilingue allemand ».

Améliorez votre visibilité : ajoutez vos compétences linguistiques à votre profil.
https://www.reseaupro.example.com/profil/modifier

Se désabonner de ces notifications : https://www.reseaupro.example.com/preferences/unsub?t=wk
""",
))

add(dict(
    kind=K, slug="chasseuse_tetes_approche", lang="fr", company="",
    contact="anne-laure.rey@rey-partenaires.example.ch",
    sender=("Anne-Laure Rey", "anne-laure.rey@rey-partenaires.example.ch"),
    subject="Prise de contact",
    date="2026-05-19 17:05", cte="qp",
    text="""Bonjour Monsieur Baumgartner-Osei,

Je me permets de vous contacter car votre profil m'a été recommandé par une relation commune.

Mon cabinet accompagne plusieurs entreprises romandes de l'énergie et des transports dans le recrutement de cadres intermédiaires. Je n'ai pas de mandat précis à vous présenter aujourd'hui, mais j'aimerais mieux connaître votre parcours et vos souhaits, afin de penser à vous au bon moment.

Seriez-vous ouvert à un échange téléphonique informel dans les prochaines semaines ?

Bien cordialement,
Anne-Laure Rey
Associée
Rey & Partenaires Executive Search
Rue du Grand-Chêne 8, 1003 Lausanne
""",
))

add(dict(
    kind=K, slug="ami_raconte_son_refus", lang="fr", company="",
    contact="julien.perret@bluewin.example.ch",
    sender=("Julien Perret", "julien.perret@bluewin.example.ch"),
    subject="Des nouvelles",
    date="2026-06-07 22:10", cte="8bit",
    text="""Salut Reto,

Alors, ton déménagement à Lausanne avance ? De mon côté petite déception : j'ai reçu un refus de la compagnie de navigation, après trois entretiens et une journée d'essai. « Votre profil est excellent mais… » tu connais la chanson.

On se fait une bière quand tu passes en Romandie ? Tu me raconteras tes entretiens, j'ai besoin d'un peu de motivation.

Julien
""",
))

add(dict(
    kind=K, slug="colis_malheureusement_retarde", lang="fr", company="", contact="",
    sender=("SwissColis", "noreply@suivi.swisscolis.example.ch"),
    subject="Votre colis est malheureusement retardé",
    date="2026-10-09 13:22", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("SwissColis", "#ffb300", paras("""Bonjour,

Votre colis n° 99.34.550127.19 n'a malheureusement pas pu être livré à la date prévue en raison d'une panne de véhicule.

Nouvelle date de livraison estimée : mardi 13 octobre 2026.

Vous pouvez modifier le lieu de livraison ou choisir un point de retrait :
https://suivi.swisscolis.example.ch/9934550127019

Nous vous prions de nous excuser pour ce contretemps.
Votre service clientèle SwissColis"""), "Message automatique – merci de ne pas répondre.", lang="fr"),
))

# ================================================================ English (6)

_rc_items = [
    ("Customer Service Team Lead - Rail operator, Zurich",
     "Interviews are being scheduled now; German and English required.",
     "https://railcareers.example.com/jobs/22817?utm_medium=email"),
    ("Passenger Experience Manager - Vienna",
     "Lead the on-board service team for a night-train operator.",
     "https://railcareers.example.com/jobs/22840?utm_medium=email"),
    ("Contact Centre Supervisor - Energy retailer, Basel",
     "Shift-based, 12 direct reports.",
     "https://railcareers.example.com/jobs/22851?utm_medium=email"),
    ("Career corner: turning a 'no' into your next interview",
     "What hiring managers wish rejected candidates knew.",
     "https://railcareers.example.com/blog/turning-a-no?utm_medium=email"),
]
_rc_intro = "Hi Reto, here are this week's roles matching 'team lead, customer service, DACH'."
_rc_footer = ("You're receiving RailCareers Weekly because you subscribed at railcareers.example.com. "
              "Unsubscribe: https://railcareers.example.com/unsubscribe/e5d2")
add(dict(
    kind=K, slug="railcareers_weekly_digest", lang="en", company="", contact="",
    sender=("RailCareers Weekly", "weekly@news.railcareers.example.com"),
    subject="RailCareers Weekly: 3 new team lead roles + how to handle rejection",
    date="2026-07-13 07:00", tz="+0000", cte="qp",
    headers=listed("RailCareers Weekly <weekly.railcareers.example.com>",
                   "https://railcareers.example.com/unsubscribe/e5d2", "unsubscribe@news.railcareers.example.com"),
    text=digest_text("RailCareers Weekly", _rc_intro, _rc_items, _rc_footer),
    html=newsletter_html("RailCareers Weekly", f"<p>{esc(_rc_intro)}</p>", _rc_items, esc(_rc_footer),
                         "#37474f", lang="en"),
))

add(dict(
    kind=K, slug="own_thank_you_crestline", lang="en", id="crestline_thanks", parent="crestline_cancel",
    company="", contact="", sender=ME,
    to=[("Owen Marsh", "owen.marsh@crestline-energy.example.com")],
    subject="Thank you - Customer Operations Team Lead interview",
    date="2026-09-15 19:12", cte="7bit",
    text="""Dear Owen,

Thank you for taking the time to meet me today together with Leonie and Tom, and for rearranging the panel after the cancellation.

I enjoyed hearing about the billing migration planned for next year. Keeping customers informed and calm during a big change is something I do every day on disrupted trains, and I would love to bring that to your team.

I look forward to hearing from you.

Best regards,
""" + SIG["en"] + "\n",
))

add(dict(
    kind=K, slug="nimbus_user_research_interview", lang="en", company="",
    contact="hannah.lee@nimbusmobile.example.com",
    sender=("Nimbus Mobile Research", "research@nimbusmobile.example.com"),
    reply_to=("Hannah Lee", "hannah.lee@nimbusmobile.example.com"),
    subject="We'd love to interview you about your Nimbus app (30 min, CHF 40 voucher)",
    date="2026-04-23 15:00", tz="+0000", cte="qp",
    text="""Hi Reto,

You've been using the Nimbus Mobile app for a while, and we'd love to hear about your experience.

We're running short user interviews (30 minutes, by video) about how you manage your mobile plan while travelling abroad. As a thank-you you'll receive a CHF 40 voucher.

Pick a slot that suits you: https://research.nimbusmobile.example.com/book/roaming-study

Questions? Just reply to this email and it will reach me directly.

Thanks,
Hannah Lee
User Research, Nimbus Mobile
""",
))

add(dict(
    kind=K, slug="connectly_network_notifications", lang="en", company="", contact="",
    sender=("Connectly", "notifications-noreply@connectly.example.com"),
    subject="Reto, you appeared in 9 searches this week",
    date="2026-02-16 06:00", tz="+0000", cte="qp",
    headers=listed("Connectly weekly <weekly.connectly.example.com>",
                   "https://www.connectly.example.com/settings/notifications?off=weekly",
                   "unsubscribe@connectly.example.com"),
    html=ats_card("Connectly", "#3949ab", paras("""Hi Reto,

You appeared in 9 searches this week.
Search terms: team lead customer service, Kundendienst, rail operations.

3 people viewed your profile, including a recruiter at a telecoms company in Vienna.

Jobs you may be interested in:
Customer Support Team Lead - Zurich
Service Desk Manager - Winterthur
Head of Passenger Services - Konstanz"""),
        'You are receiving notification emails from Connectly. '
        '<a href="https://www.connectly.example.com/settings/notifications?off=weekly">Unsubscribe</a>', lang="en"),
))

add(dict(
    kind=K, slug="meridian_cold_approach_no_role", lang="en", id="meridian_cold", company="",
    contact="priya.nandakumar@meridiansearch.example.co.uk",
    sender=("Priya Nandakumar", "priya.nandakumar@meridiansearch.example.co.uk"),
    subject="Customer service leadership roles in Zurich",
    date="2026-04-09 10:15", tz="+0100", cte="qp",
    text="""Hello Reto,

I hope you don't mind the direct approach. I lead Meridian Search Partners' transport and utilities practice, and your profile came up while I was mapping customer-facing talent in Switzerland.

I don't have a specific vacancy to put to you today. I'd simply like to understand what you're looking for next, so that I can think of you when the right brief lands. If you're open to it, feel free to send me your CV and a couple of lines on your preferred locations.

Kind regards,
Priya

Priya Nandakumar
Principal Consultant, Transport & Utilities
Meridian Search Partners
30 Finsbury Square, London EC2A 1AG | +44 20 7946 0321
""",
))

add(dict(
    kind=K, slug="shift_lead_letter_rejected_final_round", lang="en", company="", contact="",
    sender=("The Shift Lead Letter", "shiftlead@newsletters.example.com"),
    subject="Why you got rejected after the final round",
    date="2026-10-01 12:00", tz="+0000", cte="qp",
    headers=listed("The Shift Lead Letter <shiftlead.newsletters.example.com>",
                   "https://shiftlead.newsletters.example.com/unsubscribe?u=88a1",
                   "unsubscribe@newsletters.example.com"),
    text="""THE SHIFT LEAD LETTER - Issue 42

Why you got rejected after the final round

You made it through the phone screen, the panel interview and the case study. Then the email arrives: "Unfortunately, we have decided not to proceed with your application." What happened?

In our survey of 60 hiring managers, three reasons came up again and again:

1. Another finalist had done the exact job before. Not better - just more familiar.
2. The team's budget changed and the role was put on hold.
3. The final interviewer never got a clear answer to "why this team, why now?"

What to do next: ask for feedback within a week, keep it short, and make it easy to say yes.

Read online: https://shiftlead.newsletters.example.com/p/final-round
Unsubscribe: https://shiftlead.newsletters.example.com/unsubscribe?u=88a1
""",
))

# ================================================================ Spanish (6)

_if_items = [
    ("Coordinador/a de atención al cliente – Operador ferroviario, Barcelona",
     "Entrevistas a partir del lunes. Se valora catalán.",
     "https://www.infofeina.example.es/oferta/55120?utm=alerta"),
    ("Jefe/a de equipo Contact Center – Aseguradora, L'Hospitalet",
     "Equipo de 15 agentes, turno de mañana.",
     "https://www.infofeina.example.es/oferta/55134?utm=alerta"),
    ("Supervisor/a de atención telefónica – Energía, Sant Cugat",
     "Incorporación inmediata.",
     "https://www.infofeina.example.es/oferta/55141?utm=alerta"),
]
_if_intro = "Hola Reto, estas son las ofertas nuevas para tu alerta «atención al cliente · Barcelona»."
_if_footer = "Recibes este correo porque creaste una alerta en InfoFeina. Darse de baja: https://www.infofeina.example.es/alertas/baja/9b2e"
add(dict(
    kind=K, slug="infofeina_alerta_empleo", lang="es", company="", contact="",
    sender=("InfoFeina Alertas", "alertas@infofeina.example.es"),
    subject="3 ofertas nuevas para «atención al cliente · Barcelona»",
    date="2026-04-20 07:15", cte="qp",
    headers=listed("Alertas InfoFeina <alertas.infofeina.example.es>",
                   "https://www.infofeina.example.es/alertas/baja/9b2e", "baja@infofeina.example.es"),
    text=digest_text("InfoFeina – tus nuevas ofertas", _if_intro, _if_items, _if_footer),
    html=newsletter_html("InfoFeina – tus nuevas ofertas", f"<p>{esc(_if_intro)}</p>", _if_items,
                         esc(_if_footer), "#c62828", lang="es"),
))

add(dict(
    kind=K, slug="own_pide_cambio_hora_tibidabo", lang="es", id="tibidabo_request",
    parent="tibidabo_inv", quote="gmail", company="", contact="", sender=ME,
    to=[("Marta Puig", "marta.puig@segurostibidabo.example.es")],
    subject="Re: Entrevista para Jefe/a de Equipo de Atención al Cliente",
    date="2026-05-15 09:40", cte="qp",
    text="""Hola Marta:

Muchas gracias por la invitación, me hace mucha ilusión.

El único vuelo directo desde Zúrich que encaja con mis turnos llega el jueves 21 a las 11:20, así que no llegaría a tiempo a las 10:30. ¿Sería posible hacer la entrevista el viernes 22 por la mañana, o el jueves por la tarde?

Disculpa las molestias y gracias de antemano.

Un saludo,
""" + SIG["es"] + "\n",
))

add(dict(
    kind=K, slug="banco_gracia_cita_hipoteca", lang="es", company="",
    contact="sergi.mas@bancogracia.example.es",
    sender=("Sergi Mas", "sergi.mas@bancogracia.example.es"),
    subject="Confirmación de su cita: entrevista para estudio hipotecario",
    date="2026-06-29 12:45", cte="qp",
    text="""Estimado Sr. Baumgartner-Osei:

Le confirmo la cita para la entrevista de estudio de su solicitud de hipoteca para no residentes:

Martes, 7 de julio de 2026, a las 9:30 h
Oficina Banco Gràcia, Travessera de Gràcia 180, Barcelona

Por favor, traiga su pasaporte, las tres últimas nóminas y, si ya dispone de ella, la oferta o el contrato de trabajo en España. Si necesita cambiar la cita, llámeme al 932 17 45 60.

Atentamente,
Sergi Mas
Gestor de Clientes Particulares
Banco Gràcia
""",
))

add(dict(
    kind=K, slug="master_no_admitido", lang="es", company="", contact="",
    sender=("Escola de Negocis del Poblenou", "admisiones-noreply@enpoblenou.example.es"),
    subject="Resolución de admisión – Máster en Dirección de Experiencia de Cliente",
    date="2026-07-15 11:00", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Estimado candidato:

El comité de admisiones ha revisado su solicitud para el Máster en Dirección de Experiencia de Cliente (edición octubre 2026).

Lamentamos comunicarle que no ha sido admitido en esta edición. El número de solicitudes ha superado ampliamente las plazas disponibles y se ha priorizado a candidatos con titulación universitaria previa.

Le animamos a considerar nuestro programa ejecutivo de corta duración, con acceso abierto.

Oficina de Admisiones
Escola de Negocis del Poblenou
""",
))

add(dict(
    kind=K, slug="ooo_talento_rambla_vacaciones", lang="es", company="",
    contact="jordi.serra@talentorambla.example.es",
    sender=("Jordi Serra", "jordi.serra@talentorambla.example.es"),
    subject="Respuesta automática: fuera de la oficina",
    date="2026-08-10 08:02", cte="qp",
    ext_refs=["<CAF8x1Qm0reto.bo.20260810080111@mail.example.ch>"],
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Hola:

Estaré fuera de la oficina hasta el 17 de agosto, con acceso limitado al correo. Si tu mensaje es urgente y está relacionado con un proceso de selección en curso, escribe a mi compañera Marina Soler (marina.soler@talentorambla.example.es).

Gracias,
Jordi Serra
Talento Rambla Consultores
""",
))

add(dict(
    kind=K, slug="blog_empleo_preparar_entrevista", lang="es", company="", contact="",
    sender=("Empleo y Más", "boletin@empleoymas.example.es"),
    subject="Cómo preparar tu próxima entrevista (y qué hacer si te dicen que no)",
    subject_enc=("utf-8", "B"),
    date="2026-03-18 18:00", cte="b64",
    headers=listed("Boletín Empleo y Más <boletin.empleoymas.example.es>",
                   "https://empleoymas.example.es/baja?s=3301", "baja@empleoymas.example.es"),
    html=newsletter_html("Boletín Empleo y Más", paras("""Hola:

Esta semana repasamos lo esencial antes de una entrevista de trabajo: investigar la empresa, preparar ejemplos concretos y ensayar las respuestas difíciles. Y, porque también pasa, qué hacer cuando llega el correo de «lamentamos comunicarte que no has sido seleccionado»."""),
        [("Guía: las 10 preguntas más comunes en una entrevista",
          "Con ejemplos para perfiles de atención al cliente.",
          "https://empleoymas.example.es/guias/10-preguntas"),
         ("Cómo pedir feedback tras un rechazo",
          "Una plantilla breve que sí obtiene respuesta.",
          "https://empleoymas.example.es/articulos/feedback-rechazo"),
         ("Trabajar en Barcelona viniendo de Suiza",
          "Contratos, nóminas y empadronamiento.",
          "https://empleoymas.example.es/articulos/suiza-barcelona")],
        'Empleo y Más · <a href="https://empleoymas.example.es/baja?s=3301">Darse de baja</a>',
        "#2e7d32", lang="es"),
))
