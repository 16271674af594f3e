"""Corpus 149: everything else (the candidate's own mail, digests, look-alikes in another sense)."""

# ruff: noqa: C408  (each message is a dict(...) spec written by hand)

from __future__ import annotations

from msgs149_common import (
    CANDIDATE,
    LUCA_SIG,
    am_schrieb,
    ats_card,
    el_escribio,
    le_ecrit,
    newsletter,
    newsletter_text,
    paras,
)

MESSAGES: list[dict] = []
add = MESSAGES.append


def own(**kw: object) -> None:
    """The candidate's own sent mail: always `other`, no company, no contact."""
    add(dict(kind="other", company="", contact="", frm=CANDIDATE, **kw))


def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ============================================================================ German (24)

# --- own: thank-you after the Alpenmilch interview (T1) --------------------------------------
own(name="eigene_dankesmail_alpenmilch", lang="de", tid="alp4", parent="alp3",
    to=[("Sandra Imhof", "sandra.imhof@alpenmilch.example.ch")],
    subject="Danke für das Gespräch vom 29. Januar",
    subj_enc=("utf-8", "Q"),
    date="2026-02-04 18:31 +0100",
    text="""Sehr geehrte Frau Imhof

Herzlichen Dank für das angenehme Vorstellungsgespräch vom 29. Januar und die Führung durch die Abfüllung. Das Gespräch hat mein Interesse an der Stelle noch verstärkt, und ich würde mich freuen, in die zweite Runde eingeladen zu werden.

Freundliche Grüsse
Luca Baumgartner-Rossi""")

# --- own: application to Vegiwerk with CV (T24) ----------------------------------------------
own(name="eigene_bewerbung_vegiwerk", lang="de", tid="veg1",
    to=[("Vegiwerk AG", "jobs@vegiwerk.example.ch")],
    subject="Bewerbung QS-Verantwortlicher Produktion",
    date="2026-02-23 21:14 +0100",
    text="""Sehr geehrte Damen und Herren

Mit grossem Interesse habe ich Ihr Inserat für die Stelle QS-Verantwortlicher Produktion gelesen. Im Anhang finden Sie mein Dossier.

Freundliche Grüsse
Luca Baumgartner-Rossi

""" + LUCA_SIG,
    pdf=[("Dossier_Luca_Baumgartner-Rossi.pdf", [
        "Luca Baumgartner-Rossi - Lebenslauf",
        "Sous-Chef, Restaurant Zunfthaus, Zürich (2019-2026)",
        "HACCP-Verantwortlicher der Küche, Lieferantenkontrolle",
        "Weiterbildung: Lebensmittelhygiene (2024), interne Audits ISO 22000 (2025)",
    ])])

# --- own: asking Seeblick for a new phone slot (T10) ------------------------------------------
own(name="eigene_bitte_um_verschiebung_seeblick", lang="de", tid="sb4", parent="sb3",
    to=[("Fabienne Zurbriggen", "fabienne.zurbriggen@seeblick-hotels.example.ch")],
    subject="Verschiebung Telefontermin",
    date="2026-07-10 12:40 +0200",
    text="""Grüezi Frau Zurbriggen

Es tut mir sehr leid, dass ich Ihren Anruf heute Morgen verpasst habe. Könnten wir das Telefoninterview auf nächste Woche verschieben?

Freundliche Grüsse
Luca Baumgartner-Rossi""")

# --- own: apology after missing the Milchwerk video interview ----------------------------------
own(name="eigene_entschuldigung_milchwerk", lang="de", tid="mwa3", parent="mwa2",
    to=[("Johanna Hartl", "j.hartl@milchwerk-ammersee.example.de")],
    subject="Entschuldigung – Videointerview heute",
    subj_enc=("utf-8", "B"),
    date="2026-06-09 11:47 +0200",
    text="""Sehr geehrte Frau Hartl

Es tut mir sehr leid: Der Link aus Ihrer Einladung landete bei mir im Spam, und ich habe erst jetzt Ihre Nachricht gesehen. Wäre es möglich, das Gespräch nachzuholen?

Freundliche Grüsse
Luca Baumgartner-Rossi

""" + am_schrieb("09.06.2026 um 09:35", "Johanna Hartl", "j.hartl@milchwerk-ammersee.example.de",
                  """Herr Pfister und ich haben heute ab 9:00 Uhr rund zwanzig Minuten im Teams-Meeting auf Sie gewartet, leider ohne Sie zu sehen."""))

# --- own: forwards a rejection to a friend, as an attachment ---------------------------------------
own(name="eigene_weiterleitung_absage_an_marco", lang="de",
    to=[("Marco Steiner", "marco.steiner@example.ch")],
    subject="Fwd: Update zu deiner Bewerbung als Qualitätssicherung Abfüllung (m/w/d)",
    date="2026-04-28 20:15 +0200",
    text="""Hoi Marco

Da, die nächste. Lies mal den letzten Satz mit dem Bräustüberl – immerhin lustig. Gehen wir am Samstag trotzdem an den Markt?

Luca""",
    rfc822=dict(frm=("Würmtaler Brauhaus GmbH", "noreply@personio.de"),
                subject="Update zu deiner Bewerbung als Qualitätssicherung Abfüllung (m/w/d)",
                date="2026-04-28 08:50 +0200",
                text="""Hallo Luca,

vielen Dank für dein Interesse an unserem Brauhaus und für deine Bewerbung.

Wir haben alle Unterlagen intensiv gesichtet und uns schliesslich für andere Bewerber:innen entschieden.

Dein Würmtaler-Team"""))

# --- friend tells about his own rejection ------------------------------------------------------
add(dict(
    kind="other", name="freund_erzaehlt_absage", company="", contact="marco.steiner@example.ch",
    lang="de",
    frm=("Marco Steiner", "marco.steiner@example.ch"),
    subject="Re: Fwd: Update zu deiner Bewerbung",
    date="2026-04-29 07:48 +0200",
    text="""Hoi Luca

Haha, Bräustüberl, die haben Humor. Mach dir nichts draus – ich hab gestern auch eine Absage bekommen, von der Bäckerei Kuhn in Wädenswil. Nach drei Gesprächen und einem Probetag! Die haben jemanden intern genommen. Ich bin echt bedient.

Samstag Markt steht, 9 Uhr beim Helvetiaplatz?

Marco""",
))

# --- job-portal digest (multipart, List headers) ------------------------------------------------------
_items = [
    ("Absage erhalten? So antworten Sie souverän", "https://jobradar.example.ch/ratgeber/absage",
     "Warum sich eine kurze, freundliche Antwort auf eine Absage lohnen kann."),
    ("Vorstellungsgespräch in der Lebensmittelbranche: 7 typische Fragen",
     "https://jobradar.example.ch/ratgeber/interview-qs",
     "Von HACCP bis Rückverfolgbarkeit: worauf Personalverantwortliche achten."),
    ("Neu: Fachspezialist/in Qualität, Basel (80–100 %)",
     "https://jobradar.example.ch/stelle/884120", "Lebensmittelhersteller, Einstieg per sofort."),
    ("Neu: Hygieneverantwortliche/r Spitalküche, Bern", "https://jobradar.example.ch/stelle/884377",
     "Universitätsspital-Gastronomie, 100 %."),
    ("Neu: QA Officer Frozen Food, Lausanne", "https://jobradar.example.ch/stelle/884501",
     "Englischsprachiges Team, Schichtbetrieb."),
]
_intro = "Guten Morgen Luca – hier sind die Neuigkeiten zu Ihrem Suchabo «Qualitätssicherung Lebensmittel»."
_foot = "Sie erhalten diesen Newsletter, weil Sie ein Suchabo bei Jobradar angelegt haben. Abmelden: https://jobradar.example.ch/abo/abmelden?u=77120"
add(dict(
    kind="other", name="jobradar_wochenauswahl", company="", contact="", lang="de",
    frm=("Jobradar", "newsletter@jobradar.example.ch"),
    subject="Ihre Wochenauswahl: 3 neue Stellen & Tipps zur Absage",
    date="2026-03-02 06:00 +0100",
    headers=bulk("Jobradar Suchabo <suchabo.jobradar.example.ch>",
                 "https://jobradar.example.ch/abo/abmelden?u=77120"),
    text=newsletter_text("Jobradar Wochenauswahl", _intro, _items, _foot),
    html=newsletter("Jobradar Wochenauswahl", _intro, _items, _foot, "de"),
))

# --- career-advice article (HTML only) ----------------------------------------------------------
add(dict(
    kind="other", name="karrierekompass_artikel", company="", contact="", lang="de",
    frm=("KarriereKompass", "redaktion@karrierekompass.example.ch"),
    subject="Vom Herd ins Labor: Quereinstieg in die Qualitätssicherung",
    date="2026-05-06 07:30 +0200",
    headers=bulk("KarriereKompass Artikel <artikel.karrierekompass.example.ch>",
                 "https://karrierekompass.example.ch/u/5521"),
    html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1>Vom Herd ins Labor</h1>
<p>Immer mehr Köchinnen und Köche wechseln in die Qualitätssicherung. Wir haben mit drei Quereinsteigern gesprochen: Wie haben sie das erste Vorstellungsgespräch gemeistert, und wie viele Absagen mussten sie wegstecken, bevor es klappte?</p>
<p>«Nach der zwölften Absage habe ich mein Dossier umgeschrieben und die HACCP-Verantwortung nach vorne gestellt», erzählt eine ehemalige Chef de Partie, die heute in einer Grossbäckerei arbeitet.</p>
<p><a href="https://karrierekompass.example.ch/artikel/vom-herd-ins-labor">Weiterlesen</a> · <a href="https://karrierekompass.example.ch/u/5521">Abmelden</a></p>
</body></html>""",
))

# --- bank: advisory appointment ("Position", "Termin") ---------------------------------------------
add(dict(
    kind="other", name="bank_beratungstermin", company="",
    contact="andrea.good@banklimmattal.example.ch", lang="de",
    frm=("Andrea Good", "andrea.good@banklimmattal.example.ch"),
    subject="Bestätigung Beratungsgespräch Vorsorge am 14. April",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="qp",
    date="2026-04-02 16:02 +0200",
    text="""Guten Tag Herr Baumgartner-Rossi

Gerne bestätige ich Ihnen unser Beratungsgespräch am Dienstag, 14. April 2026, 17:30 Uhr, in der Filiale Altstetten.

Wir besprechen Ihre Säule 3a sowie die Position in Ihrem Anlagedepot, die wegen der Kursverluste im März leider unter die vereinbarte Schwelle gefallen ist. Bitte bringen Sie Ihren letzten Lohnausweis mit, falls Sie einen Stellenwechsel planen.

Freundliche Grüsse
Andrea Good
Kundenberaterin Privatkunden
Bank Limmattal, Badenerstrasse 520, 8048 Zürich
Tel. 044 497 11 20

Diese E-Mail kann vertrauliche Informationen enthalten. E-Mail ist kein sicheres Kommunikationsmittel; bitte senden Sie uns keine Zahlungsaufträge per E-Mail.""",
))

# --- landlord: handover appointment moved -----------------------------------------------------------
add(dict(
    kind="other", name="verwaltung_wohnungsabnahme_verschoben", company="",
    contact="r.bachmann@immoverwaltung-kreis5.example.ch", lang="de",
    frm=("Ramona Bachmann", "r.bachmann@immoverwaltung-kreis5.example.ch"),
    subject="Hardstrasse 118: Termin Heizungsservice verschoben",
    date="2026-01-19 10:40 +0100",
    text="""Sehr geehrte Mieterinnen und Mieter

Leider muss der Termin für den jährlichen Heizungsservice vom 21. Januar auf Mittwoch, 28. Januar, zwischen 8 und 12 Uhr verschoben werden, da der Techniker erkrankt ist.

Bitte sorgen Sie dafür, dass die Heizkörper in Ihrer Wohnung zugänglich sind. Falls Sie nicht anwesend sein können, hinterlegen Sie den Schlüssel beim Hauswart.

Freundliche Grüsse
Ramona Bachmann
Bewirtschaftung
Immoverwaltung Kreis 5 AG, Josefstrasse 90, 8005 Zürich""",
))

# --- apartment application refused ------------------------------------------------------------------
add(dict(
    kind="other", name="wohnungsbewerbung_abgelehnt", company="",
    contact="vermietung@wohnbau-oerlikon.example.ch", lang="de",
    frm=("Vermietung Wohnbau Oerlikon", "vermietung@wohnbau-oerlikon.example.ch"),
    subject="Ihre Bewerbung für die 3.5-Zimmer-Wohnung, Schaffhauserstrasse 301",
    date="2026-08-06 11:10 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi

Besten Dank für Ihre Bewerbung und Ihr Interesse an der Wohnung an der Schaffhauserstrasse 301.

Leider müssen wir Ihnen mitteilen, dass wir die Wohnung anderweitig vergeben haben. Wir haben über 140 Bewerbungen erhalten und uns für eine Familie mit Kindern entschieden.

Wir wünschen Ihnen bei der Wohnungssuche viel Erfolg.

Freundliche Grüsse
Wohnbau Oerlikon AG – Vermietung
Tel. 044 311 80 80""",
))

# --- CAS admission refused -------------------------------------------------------------------------
add(dict(
    kind="other", name="cas_lebensmittelsicherheit_absage_studienplatz", company="",
    contact="weiterbildung.lsfm@fh-nordost.example.ch", lang="de",
    frm=("Weiterbildung Life Sciences", "weiterbildung.lsfm@fh-nordost.example.ch"),
    subject="CAS Lebensmittelsicherheit 2026/27 – Zulassungsentscheid",
    subj_enc=("utf-8", "Q"),
    date="2026-06-26 14:00 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi

Wir danken Ihnen für Ihre Anmeldung zum CAS Lebensmittelsicherheit, Durchführung 2026/27.

Leider können wir Ihnen keinen Studienplatz anbieten. Der Lehrgang ist mit 24 Plätzen überbucht, und die Plätze wurden nach Eingangsdatum und Vorbildung (Hochschulabschluss) vergeben. Wir haben Sie auf die Warteliste gesetzt (Platz 7) und empfehlen Ihnen die Anmeldung für die Durchführung 2027/28.

Freundliche Grüsse
Corinne Frischknecht
Studiengangsadministration Weiterbildung
Fachhochschule Nordost, Departement Life Sciences und Facility Management
Grüentalstrasse 14, 8820 Wädenswil""",
))

# --- doctor's practice: appointment moved (system, no contact) ---------------------------------
add(dict(
    kind="other", name="praxis_termin_verschoben", company="", contact="", lang="de",
    frm=("Praxis Dr. med. Hug", "noreply@termine.praxis-hug.example.ch"),
    subject="Ihr Termin wurde verschoben",
    date="2026-09-03 07:05 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Guten Tag Herr Baumgartner-Rossi

Ihr Termin für die Kontrolle (Dr. med. Lukas Hug) wurde von Donnerstag, 10.09.2026, 08:15 Uhr auf Montag, 14.09.2026, 17:00 Uhr verschoben.

Falls Ihnen der neue Termin nicht passt, können Sie ihn online ändern oder die Praxis unter 044 271 22 33 anrufen.

Gruppenpraxis Dr. med. Hug, Limmatstrasse 214, 8005 Zürich

Diese Nachricht wurde automatisch erstellt.""",
))

# --- out-of-office auto-reply from a recruiter (human mailbox) ------------------------------------
add(dict(
    kind="other", name="abwesenheitsnotiz_isartaler", company="",
    contact="katrin.vogl@isartaler.example.de", lang="de",
    frm=("Katrin Vogl", "katrin.vogl@isartaler.example.de"),
    subject="Automatische Antwort: Re: Ihr Vertragsangebot – Qualitätsmanager:in Feinkostproduktion",
    subj_enc=("utf-8", "Q"),
    date="2026-06-12 09:14 +0200",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschliesslich 16. Juni nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an people@isartaler.example.de.

Viele Grüsse
Katrin Vogl""",
))

# --- professional-network notification --------------------------------------------------------
_t = """Hallo Luca,

Ihr Profil wurde diese Woche 23-mal angesehen – 40 % mehr als letzte Woche.

• 3 Personalverantwortliche aus der Lebensmittelindustrie haben Ihr Profil besucht
• Sie erschienen in 11 Suchanfragen zu «Qualitätssicherung»
• 5 neue Stellen passen zu Ihrem Profil

Jetzt Ihr Profil vervollständigen und Chancen auf ein Vorstellungsgespräch erhöhen."""
add(dict(
    kind="other", name="pronetz_profilaufrufe", company="", contact="", lang="de",
    frm=("ProNetz", "notifications@pronetz.example.com"),
    subject="Luca, Sie erscheinen in 11 Suchanfragen",
    date="2026-05-25 18:00 +0200",
    headers=bulk("ProNetz Benachrichtigungen <notify.pronetz.example.com>",
                 "https://pronetz.example.com/settings/notifications"),
    text=_t,
    html=ats_card("ProNetz", "#0a66c2", paras(_t), "ProNetz Europe Ltd · Einstellungen ändern",
                  ("Profil ansehen", "https://pronetz.example.com/in/luca-br"), lang="de"),
))

# --- parcel delayed, GPS position -------------------------------------------------------------------
add(dict(
    kind="other", name="paket_verspaetet", company="", contact="", lang="de",
    frm=("SwissParcel Sendungsverfolgung", "no-reply@swissparcel.example.ch"),
    subject="Ihre Sendung 99.60.120883.4 verspätet sich leider",
    subj_enc=("utf-8", "Q"),
    date="2026-02-18 13:22 +0100",
    text="""Guten Tag

Leider verzögert sich die Zustellung Ihrer Sendung 99.60.120883.4 (Absender: Profi-Küchenbedarf AG) aufgrund starken Schneefalls.

Letzte Position des Fahrzeugs: 47.3769° N, 8.5417° E (Verteilzentrum Zürich-Mülligen), Stand 13:05 Uhr.
Neue voraussichtliche Zustellung: Donnerstag, 19. Februar, 08:00–12:00 Uhr.

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr SwissParcel-Team""",
))

# --- recruiter cold approach, no event --------------------------------------------------------------
add(dict(
    kind="other", name="headhunter_kontaktaufnahme_ohne_termin", company="",
    contact="l.hofstetter@alpsearch.example.ch", lang="de",
    frm=("Lena Hofstetter", "l.hofstetter@alpsearch.example.ch"),
    subject="Ihr Profil – Qualitätsmanagement Lebensmittel",
    date="2026-08-31 11:30 +0200",
    text="""Guten Tag Herr Baumgartner-Rossi

Ich bin bei der Recherche für einen Lebensmittelkunden auf Ihr Profil gestossen. Ihre Laufbahn vom Sous-Chef Richtung Qualitätssicherung finde ich spannend.

Aktuell habe ich keine konkrete Position für Sie, baue aber für das kommende Jahr ein Netzwerk im Bereich Food Safety auf. Wenn Sie mögen, behalte ich Sie gerne im Hinterkopf – eine kurze Antwort genügt.

Freundliche Grüsse
Lena Hofstetter
Executive Search Consultant
AlpSearch Partners GmbH, Talstrasse 20, 8001 Zürich
+41 43 500 12 80""",
))

# --- podcast interview request -----------------------------------------------------------------
add(dict(
    kind="other", name="podcast_kuechengefluester_anfrage", company="",
    contact="jana@kuechengefluester.example.ch", lang="de",
    frm=("Jana Widmer", "jana@kuechengefluester.example.ch"),
    subject="Interview-Anfrage für den Podcast «Küchengeflüster»",
    subj_enc=("utf-8", "B"),
    date="2026-03-11 21:02 +0100",
    text="""Lieber Luca

Ich produziere den Podcast «Küchengeflüster», in dem wir mit Leuten aus der Gastronomie über die Arbeit hinter der Pass sprechen. Ein Kollege aus dem Zunfthaus hat mir erzählt, dass du gerade von der Küche in die Lebensmittelsicherheit wechselst.

Hättest du Lust auf ein Interview für eine Folge zum Thema «Hygiene ist kein Spassverderber»? Aufnahme dauert etwa eine Stunde, in unserem Studio im Kreis 4 oder per Video.

Herzlich
Jana Widmer
Küchengeflüster – der Gastro-Podcast""",
))

# --- user research interview --------------------------------------------------------------------
add(dict(
    kind="other", name="user_research_interview_jobapp", company="",
    contact="timo.brunner@jobradar.example.ch", lang="de",
    frm=("Jobradar UX-Research", "research@jobradar.example.ch"),
    reply_to=("Timo Brunner", "timo.brunner@jobradar.example.ch"),
    subject="30 Minuten für uns? Interview zu Ihrer Stellensuche (CHF 50 Gutschein)",
    date="2026-07-15 10:00 +0200",
    text="""Guten Tag Luca

Wir verbessern gerade die Bewerbungsfunktion von Jobradar und suchen Personen, die in den letzten Monaten aktiv auf Stellensuche waren.

Hätten Sie Zeit für ein 30-minütiges Video-Interview mit unserem UX-Team? Wir fragen nach Ihren Erfahrungen – was hat Sie beim Bewerben genervt, was hat geholfen? Als Dankeschön erhalten Sie einen Gutschein über CHF 50.

Termin wählen: https://jobradar.example.ch/research/slots

Beste Grüsse
Timo Brunner
UX Researcher, Jobradar""",
))

# --- association newsletter ---------------------------------------------------------------------
_items = [
    ("Stellenmarkt: 14 neue Kaderstellen im Juni", "https://vks.example.ch/stellenmarkt",
     "Küchenchefs, Sous-Chefs und Hygieneverantwortliche."),
    ("Rückblick: Fachtagung Lebensmittelrecht 2026", "https://vks.example.ch/tagung",
     "Die Präsentationen stehen zum Download bereit."),
    ("Umfrage Löhne Küchenkader", "https://vks.example.ch/lohnumfrage",
     "Teilnahme bis 30. Juni – anonym."),
]
add(dict(
    kind="other", name="verband_kuechenkader_newsletter", company="", contact="", lang="de",
    frm=("Verband Küchenkader Schweiz", "info@vks.example.ch"),
    frm_enc=("utf-8", "Q"),
    subject="VKS-Info Juni 2026",
    date="2026-06-03 08:00 +0200",
    cte="b64",
    headers=bulk("VKS-Info <vks-info.vks.example.ch>", "mailto:unsubscribe@vks.example.ch"),
    text=newsletter_text("VKS-Info Juni 2026", "Liebe Mitglieder", _items,
                         "Verband Küchenkader Schweiz · Abmelden: unsubscribe@vks.example.ch"),
    html=newsletter("VKS-Info Juni 2026", "Liebe Mitglieder", _items,
                    "Verband Küchenkader Schweiz · Abmelden: unsubscribe@vks.example.ch", "de"),
))

# --- job alert --------------------------------------------------------------------------------------
_items = [
    ("Qualitätssicherung Produktion (m/w) – Basel", "https://stellenfinder.example.ch/j/551201",
     "Grossbäckerei, 100 %, Schichtarbeit"),
    ("Mitarbeiter/in Qualitätssicherung – Pratteln", "https://stellenfinder.example.ch/j/551233",
     "Gewürzhersteller, 80 %"),
    ("Laborant/in Lebensmittelanalytik – Basel", "https://stellenfinder.example.ch/j/551250",
     "Prüflabor, befristet 12 Monate"),
    ("Hygieneverantwortliche/r – Muttenz", "https://stellenfinder.example.ch/j/551277",
     "Fleischverarbeitung, ab sofort"),
]
add(dict(
    kind="other", name="stellenfinder_jobalert_basel", company="", contact="", lang="de",
    frm=("Stellenfinder Jobalarm", "jobalarm@stellenfinder.example.ch"),
    subject="4 neue Stellen für «Qualitätssicherung Basel»",
    subj_enc=("utf-8", "Q"),
    date="2026-08-10 05:45 +0200",
    headers=bulk("Jobalarm <jobalarm.stellenfinder.example.ch>",
                 "https://stellenfinder.example.ch/alarm/off?id=a93"),
    text=newsletter_text("Ihr Jobalarm", "Diese Stellen wurden gestern neu ausgeschrieben:", _items,
                         "Jobalarm verwalten: https://stellenfinder.example.ch/alarm"),
    html=newsletter("Ihr Jobalarm", "Diese Stellen wurden gestern neu ausgeschrieben:", _items,
                    "Jobalarm verwalten: https://stellenfinder.example.ch/alarm", "de"),
))

# --- webinar invitation (mass mail) ----------------------------------------------------------------
add(dict(
    kind="other", name="webinar_einladung_haccp_audits", company="", contact="", lang="de",
    frm=("FoodSafe Akademie", "events@foodsafe-akademie.example.ch"),
    subject="Einladung zum Webinar: Interne HACCP-Audits richtig vorbereiten",
    date="2026-09-09 09:00 +0200",
    headers=bulk("FoodSafe Events <events.foodsafe-akademie.example.ch>",
                 "https://foodsafe-akademie.example.ch/abmelden"),
    html="""<html><body style="font-family:Arial">
<h2>Webinar: Interne HACCP-Audits richtig vorbereiten</h2>
<p>Donnerstag, 24. September 2026, 12:00–13:00 Uhr, online und kostenlos.</p>
<p>Unsere Referentin zeigt, wie Sie Auditfragen vorbereiten, Abweichungen dokumentieren und das Abschlussgespräch mit der Betriebsleitung führen.</p>
<p><a href="https://foodsafe-akademie.example.ch/webinar/haccp-audit">Jetzt anmelden</a></p>
<p style="font-size:11px">FoodSafe Akademie GmbH · <a href="https://foodsafe-akademie.example.ch/abmelden">Abmelden</a></p>
</body></html>""",
))

# --- colleague: shift schedule -----------------------------------------------------------------------
add(dict(
    kind="other", name="kollege_dienstplan_schicht_abgesagt", company="",
    contact="sevi.brunner@zunfthaus.example.ch", lang="de",
    frm=("Severin Brunner", "sevi.brunner@zunfthaus.example.ch"),
    subject="Dienstplan KW 12 – Bankett abgesagt",
    subj_enc=("utf-8", "Q"),
    date="2026-03-13 23:12 +0100",
    text="""Hoi Luca

Das Firmenbankett am Mittwoch ist abgesagt, der Kunde hat storniert. Du musst also nicht um 6 Uhr antreten, ich habe dich auf den normalen Spätdienst umgeteilt.

Kannst du mir am Freitag die Kühlraum-Temperaturlisten abzeichnen? Die Lebensmittelkontrolle hat sich für nächste Woche angemeldet.

Gruss
Sevi
Küchenchef, Zunfthaus zur Waage""",
))

# --- health insurer: claim received (windows-1252) ------------------------------------------------
add(dict(
    kind="other", name="krankenkasse_eingangsbestaetigung", company="", contact="", lang="de",
    frm=("Helvetia Gesund Kundendienst", "no-reply@helvetiagesund.example.ch"),
    subject="Wir haben Ihre Rückforderungsbelege erhalten",
    subj_enc=("windows-1252", "Q"),
    charset="windows-1252", cte="qp",
    date="2026-10-02 15:15 +0200",
    text="""Guten Tag Herr Baumgartner-Rossi

Ihre Rückforderungsbelege (2 Dokumente, Physiotherapie) sind bei uns eingegangen. Wir prüfen sie und überweisen den Betrag innerhalb von 30 Tagen auf Ihr Konto.

Bitte beachten Sie: Aufgrund der hohen Anzahl Einsendungen können wir den Eingang nicht einzeln telefonisch bestätigen. Den Stand sehen Sie in der App „Mein Gesund“.

Freundliche Grüsse
Helvetia Gesund – Leistungsabteilung""",
))

# ============================================================================ French (12)

# --- own: thank-you after the trial day (T8) ----------------------------------------------------
own(name="propre_remerciement_fromagerie", lang="fr", tid="fl4", parent="fl2",
    to=[("Isabelle Rochat", "isabelle.rochat@fromagerie-leman.example.ch")],
    subject="Merci pour la journée d'essai",
    date="2026-06-30 20:05 +0200",
    text="""Chère Madame Rochat,

Un grand merci pour la journée d'essai de vendredi et pour l'accueil de toute l'équipe. J'ai beaucoup appris sur l'affinage et je serais ravi de rejoindre la fromagerie.

Bien à vous,
Luca Baumgartner-Rossi""")

# --- own: asks Qualisûr to move the interview (T11) ----------------------------------------------
own(name="propre_demande_report_qualisur", lang="fr", tid="qs3", parent="qs2",
    to=[("Élodie Marchand", "elodie.marchand@qualisur.example.fr")],
    to_enc=("utf-8", "Q"),
    subject="RE: Entretien auditeur junior – Qualisûr",
    subj_enc=("utf-8", "Q"),
    date="2026-08-12 07:55 +0200",
    text="""Bonjour Madame Marchand,

Merci beaucoup pour l'invitation. Malheureusement, je suis de service le 20 août et ne pourrai pas me libérer. Serait-il possible de décaler l'entretien au début de la semaine suivante ?

Cordialement,
Luca Baumgartner-Rossi

""" + le_ecrit("mar. 11 août 2026 à 09:05", "Élodie Marchand", "elodie.marchand@qualisur.example.fr",
                """Je vous propose un entretien dans nos locaux de Gerland le jeudi 20 août à 14h30, d'une durée d'environ une heure, suivi d'une visite du laboratoire de microbiologie."""))

# --- job digest (fr) -----------------------------------------------------------------------------
_items = [
    ("Responsable qualité H/F – Fribourg", "https://emplois-romandie.example.ch/o/20441",
     "Chocolaterie industrielle, CDI, entrée à convenir."),
    ("Technicien·ne assurance qualité – Yverdon", "https://emplois-romandie.example.ch/o/20459",
     "Produits laitiers, horaires d'équipe."),
    ("Refus après entretien : faut-il demander un retour ?",
     "https://emplois-romandie.example.ch/conseils/refus-retour",
     "Nos conseils pour transformer un non en contact utile."),
]
add(dict(
    kind="other", name="emplois_romandie_digest", company="", contact="", lang="fr",
    frm=("Emplois Romandie Alimentaire", "alertes@emplois-romandie.example.ch"),
    subject="Vos alertes : 2 nouvelles offres et un conseil",
    date="2026-04-16 06:30 +0200",
    headers=bulk("Alertes Emplois Romandie <alertes.emplois-romandie.example.ch>",
                 "https://emplois-romandie.example.ch/desinscription?k=f19"),
    text=newsletter_text("Alertes du jour", "Bonjour Luca, voici vos nouvelles offres :", _items,
                         "Se désinscrire : https://emplois-romandie.example.ch/desinscription?k=f19"),
    html=newsletter("Alertes du jour", "Bonjour Luca, voici vos nouvelles offres :", _items,
                    "Se désinscrire : https://emplois-romandie.example.ch/desinscription?k=f19", "fr"),
))

# --- friend tells about her own rejection (fr) --------------------------------------------------------
add(dict(
    kind="other", name="amie_raconte_refus", company="", contact="chloe.dumas@example.fr", lang="fr",
    frm=("Chloé Dumas", "chloe.dumas@example.fr"),
    frm_enc=("iso-8859-1", "Q"),
    subject="nouvelles de Lyon",
    date="2026-05-21 22:40 +0200",
    text="""Salut Luca !

Alors, ce nouveau boulot dans la qualité, ça avance ? De mon côté, petite claque : la brasserie de Villeurbanne m'a envoyé un refus ce matin, après deux entretiens. « Nous avons retenu un candidat plus expérimenté », classique… J'ai pleuré dix minutes et puis je suis allée courir.

Si tu passes par Lyon pour tes entretiens, viens dîner, on se consolera ensemble.

Bises,
Chloé""",
))

# --- admission refused (Master) ------------------------------------------------------------------
add(dict(
    kind="other", name="refus_admission_master", company="", contact="", lang="fr",
    frm=("Service des admissions", "no-reply-admissions@hes-alimentation.example.ch"),
    subject="Décision d'admission – MAS Sécurité alimentaire",
    subj_enc=("utf-8", "B"),
    date="2026-07-03 12:00 +0200",
    text="""Monsieur,

Nous avons examiné votre dossier de candidature au MAS en sécurité alimentaire (rentrée de septembre 2026).

Nous regrettons de vous informer que votre candidature n'a pas été retenue : le programme exige un titre de bachelor dans un domaine scientifique, et la procédure d'admission sur dossier est limitée à trois places, déjà attribuées.

Nous vous invitons à consulter notre offre de cours CAS, accessible sans diplôme universitaire.

Service des admissions
Haute École d'Alimentation de Suisse occidentale""",
))

# --- out-of-office (fr) ------------------------------------------------------------------------------
add(dict(
    kind="other", name="reponse_absence_adequat", company="", contact="camille.perroud@adequat.example.ch",
    lang="fr",
    frm=("Camille Perroud", "camille.perroud@adequat.example.ch"),
    subject="Réponse automatique : disponibilités juillet",
    subj_enc=("utf-8", "Q"),
    date="2026-07-14 08:01 +0200",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis absente du 13 au 31 juillet inclus. Pour toute urgence concernant une mission en cours, merci de contacter l'agence au +41 21 310 55 60 ou lausanne@adequat.example.ch.

Je traiterai votre message à mon retour.

Camille Perroud
Adéquat Intérim SA""",
))

# --- régie: état des lieux postponed ---------------------------------------------------------------
add(dict(
    kind="other", name="regie_etat_des_lieux_reporte", company="", contact="m.golay@regie-ouchy.example.ch",
    lang="fr",
    frm=("Mathieu Golay", "m.golay@regie-ouchy.example.ch"),
    subject="Visite du studio – rendez-vous reporté",
    subj_enc=("utf-8", "Q"),
    date="2026-06-04 14:30 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Monsieur,

Suite à un dégât d'eau dans l'immeuble, nous devons malheureusement reporter la visite du studio de l'avenue de Cour 41 prévue samedi. Je vous propose le mardi 9 juin à 18h15.

Votre dossier de candidature pour l'appartement reste évidemment valable.

Meilleures salutations,
Mathieu Golay
Gérant technique
Régie d'Ouchy SA - Avenue d'Ouchy 4 - 1006 Lausanne""",
))

# --- press interview request (fr) ------------------------------------------------------------------
add(dict(
    kind="other", name="demande_interview_presse", company="", contact="a.perrin@gourmet-romand.example.ch",
    lang="fr",
    frm=("Aurélie Perrin", "a.perrin@gourmet-romand.example.ch"),
    subject="Demande d'interview - gaspillage alimentaire en cuisine",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-02-25 11:15 +0100",
    text="""Bonjour Monsieur Baumgartner-Rossi,

Je suis journaliste au magazine Le Gourmet Romand et je prépare un dossier sur la lutte contre le gaspillage alimentaire dans les cuisines professionnelles. Votre intervention au salon Gastronomia a été remarquée.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou à Zurich ? La parution est prévue dans le numéro d'avril.

Avec mes remerciements,
Aurélie Perrin
Journaliste – Le Gourmet Romand
+41 21 555 03 17""",
))

# --- bank appointment (fr) ------------------------------------------------------------------------
add(dict(
    kind="other", name="banque_entretien_conseil", company="", contact="", lang="fr",
    frm=("Banque Lémanique - Rendez-vous", "rendezvous-noreply@banque-lemanique.example.ch"),
    subject="Confirmation de votre entretien conseil",
    date="2026-09-17 09:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Banque Lémanique", "#243b55", paras("""Bonjour Monsieur Baumgartner-Rossi,

Nous vous confirmons votre entretien conseil « Ouverture de compte et hypothèque » le mardi 29 septembre 2026 à 17h00, agence Lausanne-Gare, avec Mme Nathalie Berset.

Merci de vous munir d'une pièce d'identité, de vos trois dernières fiches de salaire et, en cas de changement de poste, de votre nouveau contrat de travail.

Banque Lémanique"""), "Ceci est un message automatique, merci de ne pas y répondre.", lang="fr"),
))

# --- career advice (fr) --------------------------------------------------------------------------
add(dict(
    kind="other", name="conseil_carriere_rebondir_refus", company="", contact="", lang="fr",
    frm=("La Lettre Carrière", "lettre@cadres-emploi.example.fr"),
    subject="Comment rebondir après un refus d'embauche",
    subj_enc=("utf-8", "Q"),
    date="2026-08-25 07:00 +0200",
    headers=bulk("La Lettre Carriere <lettre.cadres-emploi.example.fr>",
                 "https://cadres-emploi.example.fr/lettre/stop"),
    text="""LA LETTRE CARRIÈRE – n° 214

Comment rebondir après un refus d'embauche

« Nous sommes au regret de vous informer… » : la formule pique, surtout après trois entretiens. Nos conseils pour transformer un refus en expérience utile :

1. Demandez un retour précis, par écrit, sous huit jours.
2. Relisez vos notes d'entretien à froid.
3. Gardez le contact avec le recruteur : un poste peut se rouvrir.

Lire l'article complet : https://cadres-emploi.example.fr/conseils/rebondir-refus

Se désabonner : https://cadres-emploi.example.fr/lettre/stop""",
))

# --- parcel delayed (fr) ---------------------------------------------------------------------------
add(dict(
    kind="other", name="colis_retarde", company="", contact="", lang="fr",
    frm=("Colis Express", "suivi@colis-express.example.fr"),
    subject="Votre colis est retardé, malheureusement",
    date="2026-05-28 16:45 +0200",
    text="""Bonjour,

Malheureusement, votre colis n° CE 4471 2093 FR (couteaux de cuisine – Thiers Coutellerie) a pris du retard au centre de tri de Lyon-Saint-Priest.

Dernière position connue : Lyon-Saint-Priest, 28/05 à 14h12.
Nouvelle date de livraison estimée : 1er juin.

Nous vous prions de nous excuser pour ce désagrément.
Le service client Colis Express""",
))

# --- cold approach (fr), no event ---------------------------------------------------------------
add(dict(
    kind="other", name="chasseur_prise_de_contact", company="", contact="n.bovet@cabinet-bovet.example.ch",
    lang="fr",
    frm=("Nicolas Bovet", "n.bovet@cabinet-bovet.example.ch"),
    subject="Votre parcours en cuisine et en qualité",
    date="2026-10-07 18:20 +0200",
    text="""Bonjour Monsieur,

Je dirige un petit cabinet de recrutement spécialisé dans l'agroalimentaire en Suisse romande. Votre profil m'a été recommandé par un ancien collègue de la Fromagerie du Léman.

Je n'ai pas de poste à vous proposer à ce jour, mais j'aime connaître les bons profils avant que les mandats n'arrivent. Si vous êtes d'accord, je conserve vos coordonnées dans mon fichier.

Cordialement,
Nicolas Bovet
Cabinet Bovet Sàrl – Recrutement agroalimentaire
Rue du Simplon 3, 1800 Vevey""",
))

# ============================================================================ English (11)

# --- own: application to Harbour Search with CV (T17) -------------------------------------------
own(name="own_application_harbour_search", lang="en", tid="hs0",
    to=[("Tom Ellery", "tom.ellery@harboursearch.example.co.uk")],
    subject="QA / food safety roles in London",
    date="2026-05-02 21:15 +0200",
    text="Dear Mr Ellery,\n\nPlease find my CV attached. I am relocating to London in the autumn.\n\nBest regards,\nLuca",
    pdf=[("CV_Luca_Baumgartner-Rossi_EN.pdf", [
        "Luca Baumgartner-Rossi - Curriculum Vitae",
        "Sous-Chef, Restaurant Zunfthaus, Zurich (2019-2026)",
        "Kitchen HACCP lead; supplier checks; allergen management",
        "Languages: German, Italian, French, English",
    ])])

# --- own: check-in after FreshBox interview (T9) -------------------------------------------------
own(name="own_check_in_freshbox", lang="en", tid="fb3", parent="fb2",
    to=[("Priya Nair", "priya.nair@freshbox.example.ch")],
    subject="Checking in – Food Safety & Quality Lead",
    subj_enc=("utf-8", "Q"),
    date="2026-03-25 08:12 +0100",
    text="""Hi Priya,

I hope you are well. I just wanted to check in on the status of my application after our video interview on 10 March. I'm still very excited about the role.

Best,
Luca""")

# --- job alert (en) ------------------------------------------------------------------------------
_items = [
    ("Technical Manager – Bakery, Park Royal", "https://qajobsweekly.example.co.uk/j/7710",
     "£48k, days, BRCGS site"),
    ("Food Safety Officer – Hotel Group, Westminster", "https://qajobsweekly.example.co.uk/j/7716",
     "Multi-site audits, interviews this month"),
    ("QA Technician – Ready Meals, Dagenham", "https://qajobsweekly.example.co.uk/j/7721",
     "4 on 4 off, shift allowance"),
    ("Career corner: what recruiters mean by 'not a fit right now'",
     "https://qajobsweekly.example.co.uk/blog/not-a-fit", "Decoding rejection emails"),
]
add(dict(
    kind="other", name="qa_jobs_weekly_london", company="", contact="", lang="en",
    frm=("QA Jobs Weekly", "alerts@qajobsweekly.example.co.uk"),
    subject="3 new QA jobs in London + decoding rejection emails",
    date="2026-06-08 07:00 +0100",
    headers=bulk("QA Jobs Weekly <weekly.qajobsweekly.example.co.uk>",
                 "https://qajobsweekly.example.co.uk/unsubscribe/9f1"),
    text=newsletter_text("QA Jobs Weekly", "Hi Luca, here's what's new this week:", _items,
                         "Unsubscribe: https://qajobsweekly.example.co.uk/unsubscribe/9f1"),
    html=newsletter("QA Jobs Weekly", "Hi Luca, here's what's new this week:", _items,
                    "Unsubscribe: https://qajobsweekly.example.co.uk/unsubscribe/9f1", "en"),
))

# --- career-advice newsletter (en) ----------------------------------------------------------------
add(dict(
    kind="other", name="the_pass_notes_career_advice", company="", contact="", lang="en",
    frm=("The Pass Notes", "hello@thepassnotes.example.com"),
    subject="How to answer \"why are you leaving the kitchen?\" in an interview",
    date="2026-01-28 12:00 +0000",
    headers=bulk("The Pass Notes <notes.thepassnotes.example.com>",
                 "https://thepassnotes.example.com/unsub?e=lbr"),
    text="""THE PASS NOTES – career advice for chefs who want out (or up)

This week: "Why are you leaving the kitchen?"

Every chef moving into QA gets this interview question. Don't apologise for the burns and the 14-hour shifts. Instead, talk about the moment you realised you cared more about the temperature log than the plating.

Three answers hiring managers told us they love – and one that got a candidate rejected on the spot – are on the blog:
https://thepassnotes.example.com/leaving-the-kitchen

See you next Wednesday,
The Pass Notes

You're receiving this because you subscribed at thepassnotes.example.com. Unsubscribe: https://thepassnotes.example.com/unsub?e=lbr""",
))

# --- podcast request (en) ------------------------------------------------------------------------
add(dict(
    kind="other", name="podcast_guest_request", company="", contact="sam@sharpknives.example.co.uk",
    lang="en",
    frm=("Sam Whitfield", "sam@sharpknives.example.co.uk"),
    subject="Guest spot on Sharp Knives podcast?",
    date="2026-09-02 15:40 +0100",
    text="""Hi Luca,

I host Sharp Knives, a podcast about careers in food. Tom at Harbour Search mentioned you're a Swiss sous-chef retraining into food safety and moving to London – that's exactly the kind of story our listeners love.

Would you be up for being interviewed for an episode? It's about 45 minutes, recorded remotely, whenever suits you in September.

Cheers,
Sam Whitfield
Host, Sharp Knives""",
))

# --- user research (en) -------------------------------------------------------------------------------
add(dict(
    kind="other", name="user_research_interview_invite", company="", contact="",
    lang="en",
    frm=("Hirewell Research", "research-noreply@hirewell.example.com"),
    subject="Invitation: 45-minute research interview about your job search (£40 voucher)",
    date="2026-07-29 16:00 +0100",
    headers=bulk("Hirewell Research <research.hirewell.example.com>",
                 "https://hirewell.example.com/research/optout"),
    html="""<div style="font-family:Helvetica,sans-serif">
<p>Hi Luca,</p>
<p>You recently used Hirewell to apply for jobs in the UK. Our product team would love to hear about it in a 45-minute remote research interview.</p>
<p>We'll ask how you track applications, what you do when a company goes quiet after an interview, and how you feel about rejection emails. There are no right answers, and it won't affect any application.</p>
<p><a href="https://hirewell.example.com/research/book?c=lbr">Book a session</a> – participants receive a £40 voucher.</p>
<p style="font-size:11px;color:#888">Hirewell Ltd · <a href="https://hirewell.example.com/research/optout">Opt out of research invitations</a></p>
</div>""",
))

# --- network notification (en) -----------------------------------------------------------------
add(dict(
    kind="other", name="pronetz_searches_en", company="", contact="", lang="en",
    frm=("ProNetz", "notifications-noreply@pronetz.example.com"),
    subject="You appeared in 9 searches this week",
    date="2026-09-14 17:30 +0100",
    headers=bulk("ProNetz Notifications <notify.pronetz.example.com>",
                 "https://pronetz.example.com/settings/notifications"),
    text="""Luca, you appeared in 9 searches this week

Searchers came from: Harbour Search, Greenleaf Provisions, Camden Kitchen Collective

Recruiters are 3x more likely to message candidates with "Open to work" turned on.

Jobs you may be interested in:
- Food Safety Manager – Portobello Fine Foods, London
- QA Supervisor – Bakery – Acton

See all: https://pronetz.example.com/jobs/recommended

Unsubscribe: https://pronetz.example.com/settings/notifications""",
))

# --- friend tells about their own rejection (en) ---------------------------------------------------
add(dict(
    kind="other", name="friend_brewery_rejection", company="", contact="jess.okoro@example.co.uk",
    lang="en",
    frm=("Jess Okoro", "jess.okoro@example.co.uk"),
    subject="ugh",
    date="2026-05-30 23:05 +0100",
    text="""Luca,

Remember the brewery QA job I was so excited about? Got the "we've decided to move forward with other candidates" email tonight. Three interviews and a brewing test, and they couldn't even pick up the phone.

Anyway. Still on for when you come over in June? I'll show you the best Sunday roast in Hackney.

J x""",
))

# --- out-of-office (en) --------------------------------------------------------------------------
add(dict(
    kind="other", name="out_of_office_harbour", company="", contact="tom.ellery@harboursearch.example.co.uk",
    lang="en",
    frm=("Tom Ellery", "tom.ellery@harboursearch.example.co.uk"),
    subject="Automatic reply: Portobello – verbal offer!",
    subj_enc=("utf-8", "Q"),
    date="2026-09-23 08:05 +0100",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Thank you for your email. I'm out of the office today at a client site and will have limited access to email. I will respond on my return on Thursday.

For anything urgent please call the office on 020 7946 0300.

Tom Ellery
Harbour Search Ltd""",
))

# --- flight delay (en) -------------------------------------------------------------------------
add(dict(
    kind="other", name="flight_delayed_unfortunately", company="", contact="", lang="en",
    frm=("Alpine Air", "no-reply@alpineair.example.ch"),
    subject="Unfortunately your flight AP 318 to London is delayed",
    date="2026-05-21 05:12 +0200",
    text="""Dear Mr Baumgartner-Rossi,

Unfortunately your flight AP 318 from Zürich (ZRH) to London City (LCY) on 21 May 2026 is delayed.

New departure time: 09:40 (originally 07:25)
Reason: late arrival of the incoming aircraft

Your seat position 14A remains unchanged. If the delay affects an important appointment, you can rebook free of charge in the Alpine Air app.

We apologise for the inconvenience.
Alpine Air Customer Care""",
))

# --- cold approach (en), no event ---------------------------------------------------------------
add(dict(
    kind="other", name="recruiter_cold_approach_en", company="",
    contact="maya.lindqvist@northstar-talent.example.co.uk", lang="en",
    frm=("Maya Lindqvist", "maya.lindqvist@northstar-talent.example.co.uk"),
    subject="Chef-to-QA transitions – keeping in touch",
    date="2026-06-24 12:10 +0100",
    charset="windows-1252", cte="qp",
    text="""Hi Luca,

I came across your profile while mapping food safety talent for 2027. I specialise in placing chefs who’ve moved into technical roles – it’s a path I’ve seen work really well.

Nothing live right now that fits, so no pressure at all. If you’d like me to keep you in mind, just drop me a line with your ideal location and salary.

Best,
Maya Lindqvist
Principal Consultant, Northstar Talent
+44 20 7946 0551""",
))

# ============================================================================ Spanish (5)

# --- own: application to Obrador Santa Caterina (T28) -------------------------------------------
own(name="propia_candidatura_obrador", lang="es", tid="osc1",
    to=[("Obrador Santa Caterina", "seleccion@obradorsantacaterina.example.es")],
    subject="Candidatura: Responsable de Calidad y Seguridad Alimentaria",
    date="2026-09-28 19:40 +0200",
    text="""Buenas tardes:

Les escribo para presentar mi candidatura al puesto de Responsable de Calidad y Seguridad Alimentaria publicado en su web, que también he completado a través de su portal. Adjunto mi CV.

Llevo siete años como segundo de cocina en Zúrich y soy responsable del plan APPCC del restaurante.

Un saludo cordial,
Luca Baumgartner-Rossi
+41 79 512 44 83""",
    pdf=[("CV_Luca_Baumgartner-Rossi_ES.pdf", [
        "Luca Baumgartner-Rossi - Curriculum",
        "Segundo de cocina, Restaurante Zunfthaus, Zurich (2019-2026)",
        "Responsable APPCC; control de proveedores; alergenos",
    ])])

# --- newsletter (es) ---------------------------------------------------------------------------
_items = [
    ("Técnico/a de calidad – industria cárnica, Vic", "https://infoempleo-alimentaria.example.es/o/3301",
     "Contrato indefinido, turno de mañana."),
    ("Responsable APPCC – cadena hotelera, Barcelona",
     "https://infoempleo-alimentaria.example.es/o/3307", "Incorporación inmediata."),
    ("¿Te han rechazado tras la entrevista? Cinco cosas que puedes hacer",
     "https://infoempleo-alimentaria.example.es/blog/rechazo", "Consejos de nuestras reclutadoras."),
]
add(dict(
    kind="other", name="boletin_infoempleo_alimentaria", company="", contact="", lang="es",
    frm=("InfoEmpleo Alimentaria", "boletin@infoempleo-alimentaria.example.es"),
    subject="Boletín semanal: ofertas en Barcelona y consejos tras una entrevista",
    date="2026-09-21 08:00 +0200",
    headers=bulk("Boletin InfoEmpleo <boletin.infoempleo-alimentaria.example.es>",
                 "https://infoempleo-alimentaria.example.es/baja?u=2231"),
    text=newsletter_text("Boletín semanal", "Hola Luca, estas son las novedades:", _items,
                         "Darse de baja: https://infoempleo-alimentaria.example.es/baja?u=2231"),
    html=newsletter("Boletín semanal", "Hola Luca, estas son las novedades:", _items,
                    "Darse de baja: https://infoempleo-alimentaria.example.es/baja?u=2231", "es"),
))

# --- friend tells about her own rejection (es) ----------------------------------------------------
add(dict(
    kind="other", name="amiga_cuenta_rechazo", company="", contact="lucia.montoya@example.es", lang="es",
    frm=("Lucía Montoya", "lucia.montoya@example.es"),
    frm_enc=("utf-8", "B"),
    subject="Re: ¿qué tal Barcelona?",
    subj_enc=("utf-8", "Q"),
    date="2026-09-12 21:30 +0200",
    text="""¡Hola Luca!

Qué bien que te hayan llamado de Llevant, aunque luego no saliera. Yo también tengo noticias feas: el obrador de Gràcia me ha dicho que no, que buscaban a alguien con más experiencia en pastelería. ¡Después de tres semanas sin contestar!

Bueno, la vida sigue. ¿Vienes al final a las fiestas de la Mercè?

Un beso,
Lucía

""" + el_escribio("mié, 9 sept 2026 a las 18:20", "Luca Baumgartner-Rossi", CANDIDATE[1],
                   "Hola Lucía, ¿qué tal todo? Te cuento que tuve una entrevista telefónica con una cadena hotelera de Barcelona..."),
))

# --- language school: oral placement test moved ----------------------------------------------------
add(dict(
    kind="other", name="escuela_idiomas_prueba_oral", company="", contact="secretaria@idiomes-eixample.example.es",
    lang="es",
    frm=("Escola d'Idiomes Eixample", "secretaria@idiomes-eixample.example.es"),
    subject="Cambio de fecha: tu prueba de nivel oral",
    subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1", cte="8bit",
    date="2026-08-20 11:00 +0200",
    text="""Hola Luca:

Te escribimos para informarte de que la entrevista oral de tu prueba de nivel de catalán (curso intensivo de septiembre) se ha cambiado al lunes 31 de agosto a las 17:00, por baja de la profesora.

La prueba dura unos 15 minutos. Si no puedes asistir, avísanos y te buscamos otra hora.

Secretaría
Escola d'Idiomes Eixample
Carrer de Provença 210, 08036 Barcelona""",
))

# --- order delayed (es) ------------------------------------------------------------------------------
add(dict(
    kind="other", name="pedido_retrasado", company="", contact="", lang="es",
    frm=("TiendaCocina", "pedidos-noreply@tiendacocina.example.es"),
    subject="Lamentablemente tu pedido llega con retraso",
    date="2026-10-14 10:25 +0200",
    text="""Hola Luca:

Lamentablemente, tu pedido n.º 88213 (termómetro de sonda y etiquetadora) no podrá entregarse en la fecha prevista por una incidencia en el almacén.

Posición actual del envío: centro logístico de Zaragoza.
Nueva fecha estimada de entrega: 20 de octubre.

Sentimos las molestias.
Atención al cliente de TiendaCocina""",
))
