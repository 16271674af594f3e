"""Corpus 181, kind other: 52 hand-written messages (de 24, fr 12, en 11, es 5).

Digests, newsletters, advice, notifications, the candidate's own sent mail, private mail that
uses interview/appointment/position words in another sense, auto-replies, refused study places.
"""

# ruff: noqa: C408  (each message is a dict(...) spec written by hand)

from __future__ import annotations

from msgs181_common import (
    CAND,
    CAND_SIG,
    forward,
    gmail_html,
    newsletter_html,
    newsletter_text,
    outlook_html,
    outlook_reply,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append


def listhdr(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>,\n <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

# ============================================================================ German (24)

# --- the candidate's own mail (5)

_x1 = (
    "Liebe Frau Gysin\n\n"
    "Herzlichen Dank für das angenehme Gespräch heute Nachmittag und den Rundgang durch die "
    "Abfüllung. Die Art, wie Sie die Rückverfolgbarkeit vom Rohstoff bis zur Palette "
    "organisieren, hat mich beeindruckt. Ich freue mich, von Ihnen zu hören.\n\n"
    "Freundliche Grüsse\nJonas Haverkamp-Sørensen"
)
add(dict(
    kind="other", slug="own_thanks_rheinkost", lang="de", company="", contact="",
    frm=CAND, to=[("Sabine Gysin", "sabine.gysin@rheinkost.example.ch")],
    subject="Danke für das Gespräch – Spezialist QS Frischprodukte",
    date="2026-02-12 19:48 ch", id="rheinkost_thanks", parent="rheinkost_move", text=_x1,
    cte="quoted-printable",
))

_x2 = (
    "Sehr geehrte Damen und Herren\n\n"
    "Mit grossem Interesse habe ich Ihr Inserat für die Stelle Mitarbeiter/in "
    "Qualitätssicherung Käserei gelesen und sende Ihnen gerne meine Bewerbungsunterlagen.\n\n"
    "Nach zwölf Jahren als Koch, zuletzt als Sous-Chef mit Verantwortung für das "
    "HACCP-Konzept eines Hotelbetriebs mit 300 Gedecken, möchte ich meine Erfahrung in der "
    "Lebensmittelsicherheit in die Produktion einbringen. Im letzten Jahr habe ich den "
    "Lehrgang Lebensmittelhygiene (SVQ) abgeschlossen.\n\n"
    "Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.\n\n"
    "Freundliche Grüsse\n" + CAND_SIG
)
add(dict(
    kind="other", slug="own_application_aaretal", lang="de", company="", contact="",
    frm=CAND, to=[("Aaretal Molkerei Personal", "personal@aaretal-molkerei.example.ch")],
    subject="Bewerbung als Mitarbeiter Qualitätssicherung Käserei", date="2026-07-20 21:15 ch",
    id="aaretal_appl", text=_x2, cte="quoted-printable", hcs="iso-8859-1/Q",
    attach=[dict(file="CV_Jonas_Haverkamp-Soerensen.pdf", title="Lebenslauf", lines=[
        "Jonas Haverkamp-Soerensen", "Mittlere Strasse 41, 4056 Basel", "",
        "2020-2026  Sous-Chef, Hotel Rheinblick, Basel (HACCP-Verantwortung)",
        "2014-2020  Chef de partie, Restaurant Zum Goldenen Fass, Zuerich",
        "2025       Lehrgang Lebensmittelhygiene SVQ", "",
        "Sprachen: Deutsch, Daenisch, Englisch, Franzoesisch (B2), Spanisch (B1)",
    ])],
))

_x3_old = (
    "Hoi Jonas\n\nhab dich um 10:00 zweimal angerufen, beide Male nur die Combox. Alles ok "
    "bei dir?\n\nMeld dich, wenn du wieder Zeit hast.\n\nMirco"
)
_x3 = reply(
    "Hoi Mirco\n\n"
    "Es tut mir wirklich leid – ich habe deinen Anruf um 10 verpasst, mein Natel lag im "
    "Spind, weil ich noch eine Frühschicht im Restaurant hatte. Hast du nochmals ein "
    "Zeitfenster für mich?\n\nJonas",
    "de", "22.01.2026 um 10:24", "Mirco Frei", "mirco.frei@dreiland-catering.example.ch",
    _x3_old,
)
add(dict(
    kind="other", slug="own_sorry_dreiland", lang="de", company="", contact="",
    frm=CAND, to=[("Mirco Frei", "mirco.frei@dreiland-catering.example.ch")],
    subject="Anruf verpasst – sorry!", date="2026-01-22 11:40 ch", id="dreiland_sorry",
    parent="dreiland_missed", text=_x3, cte="8bit",
))

_x4_old = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Wir freuen uns, Sie zur zweiten Phase des Auswahlverfahrens für die Stelle "
    "Lebensmittelinspektor/in (80–100 %) einzuladen.\n\n"
    "Datum: Dienstag, 21. April 2026 ..."
)
_x4 = outlook_reply(
    "Sehr geehrter Herr Zimmermann\n\n"
    "Besten Dank für die Einladung. Gerne bestätige ich meine Teilnahme am 21. April um "
    "08:15 Uhr. Darf ich für die Fallbearbeitung einen eigenen Taschenrechner mitbringen?\n\n"
    "Freundliche Grüsse\nJonas Haverkamp-Sørensen",
    "de", "Zimmermann Ueli, KALA <ueli.zimmermann@kala-be.example.ch>",
    "Mittwoch, 1. April 2026 10:05", "jonas.hs@example.ch",
    "Einladung zum Auswahlverfahren – Lebensmittelinspektor/in", _x4_old,
)
add(dict(
    kind="other", slug="own_confirm_kala", lang="de", company="", contact="",
    frm=CAND, to=[("Zimmermann Ueli, KALA", "ueli.zimmermann@kala-be.example.ch")],
    subject="AW: Einladung zum Auswahlverfahren – Lebensmittelinspektor/in",
    date="2026-04-02 07:55 ch", id="kala_confirm", parent="kala_inv", form="alt", text=_x4,
    html=outlook_html(_x4, "de"), cte="base64", hcs="utf-8/B",
))

_x22 = (
    "Salü Herr Tschudin\n\n"
    "Danke für den spannenden Nachmittag und die Runde durchs Sudhaus. Ich würde sehr gerne "
    "bei Ihnen anfangen.\n\nJonas Haverkamp-Sørensen"
)
add(dict(
    kind="other", slug="own_thanks_brauerei", lang="de", company="", contact="",
    frm=CAND, to=[("Lorenz Tschudin", "lorenz.tschudin@brauerei-gundeldingen.example.ch")],
    subject="Danke für heute", date="2026-09-15 19:02 ch", id="gundeli_thanks",
    parent="gundeli_move", text=_x22, charset="iso-8859-1", cte="8bit",
))

# --- lists, digests, notifications (8)

_x5_items = [
    ("Qualitätssicherungsmitarbeiter/in Fleischverarbeitung – Basel",
     "Mittelgrosser Familienbetrieb, 100 %, ab sofort. Veröffentlicht vor 2 Tagen.",
     "https://www.stellenfeld.example.ch/job/88123?utm_source=alert"),
    ("Hygienebeauftragte/r Spitalküche – Liestal",
     "Sie führen Audits durch und schulen das Küchenteam. Interviews laufen bereits.",
     "https://www.stellenfeld.example.ch/job/88177?utm_source=alert"),
    ("Lebensmittelkontrolleur/in (80 %) – Kanton Solothurn",
     "Öffentliche Verwaltung, Fachausweis von Vorteil.",
     "https://www.stellenfeld.example.ch/job/88190?utm_source=alert"),
    ("Quality Specialist Food Contact Materials – Zürich",
     "Englischsprachiges Team, internationaler Konzern.",
     "https://www.stellenfeld.example.ch/job/88204?utm_source=alert"),
]
_x5_intro = (
    "Guten Morgen Jonas\n\n"
    "Für Ihr Suchabo «Qualitätssicherung Lebensmittel, Region Basel/Zürich» gibt es 4 neue "
    "Stellen. Tipp der Woche: Nach einer Absage lohnt es sich, freundlich um ein kurzes "
    "Feedback zu bitten – viele Arbeitgeber antworten gern."
)
_x5_footer = (
    "Sie erhalten diese E-Mail, weil Sie ein Suchabo bei stellenfeld.example.ch eingerichtet "
    "haben. Suchabo abbestellen: https://www.stellenfeld.example.ch/abo/abmelden?id=51822"
)
add(dict(
    kind="other", slug="stellenfeld_alert_digest", lang="de", company="", contact="",
    frm=("stellenfeld Jobabo", "jobabo@mailing.stellenfeld.example.ch"),
    subject="4 neue Stellen für «Qualitätssicherung Lebensmittel»",
    date="2026-02-17 06:30 ch", form="alt",
    text=newsletter_text("Ihr Suchabo", _x5_intro, _x5_items, _x5_footer),
    html=newsletter_html("Ihr Suchabo", _x5_intro, _x5_items, _x5_footer, "de"),
    cte="quoted-printable",
    headers=listhdr("stellenfeld Jobabo <jobabo.stellenfeld.example.ch>",
                    "https://www.stellenfeld.example.ch/abo/abmelden?id=51822",
                    "abmelden@mailing.stellenfeld.example.ch"),
))

_x6_items = [
    ("Dossier: Wie Betriebe Absagen fair formulieren",
     "Warum eine begründete Absage das Image eines Restaurants als Arbeitgeber stärkt.",
     "https://www.gastrobasel-bulletin.example.ch/2026/03/absagen"),
    ("Das Vorstellungsgespräch in der Küche: Probekochen ja oder nein?",
     "Drei Küchenchefs erzählen, wie sie neue Mitarbeitende auswählen.",
     "https://www.gastrobasel-bulletin.example.ch/2026/03/probekochen"),
    ("Neue Hygieneverordnung: Was ändert sich ab Juli?",
     "Die wichtigsten Punkte für Betriebe in Basel-Stadt und Baselland.",
     "https://www.gastrobasel-bulletin.example.ch/2026/03/hygiene"),
]
add(dict(
    kind="other", slug="gastro_bulletin_newsletter", lang="de", company="", contact="",
    frm=("GastroBasel Bulletin", "bulletin@gastrobasel-bulletin.example.ch"),
    subject="Bulletin März: Absagen, Probekochen und die neue Hygieneverordnung",
    date="2026-03-05 07:00 ch", form="html",
    html=newsletter_html("GastroBasel Bulletin – März 2026",
                         "Liebe Mitglieder und Freunde der Basler Gastronomie", _x6_items,
                         "Bulletin abbestellen: https://www.gastrobasel-bulletin.example.ch/"
                         "abmelden", "de"),
    cte="quoted-printable",
    headers=listhdr("<bulletin.gastrobasel-bulletin.example.ch>",
                    "https://www.gastrobasel-bulletin.example.ch/abmelden",
                    "unsubscribe@gastrobasel-bulletin.example.ch"),
))

_x7 = (
    "Vom Herd ins Labor: So gelingt das Vorstellungsgespräch für QS-Stellen\n\n"
    "Wer aus der Küche in die Qualitätssicherung wechselt, hört im Interview fast immer "
    "dieselbe Frage: «Warum wollen Sie nicht mehr kochen?» Unsere Autorin, selbst ehemalige "
    "Köchin und heute Auditorin, rät: Erzählen Sie von dem Moment, in dem Sie gemerkt haben, "
    "dass Sie lieber Prozesse als Teller verbessern.\n\n"
    "Drei weitere Tipps:\n"
    "1. Bringen Sie ein Beispiel für eine Abweichung mit, die Sie selbst entdeckt haben.\n"
    "2. Üben Sie, einen CCP in zwei Sätzen zu erklären.\n"
    "3. Nehmen Sie eine Absage nicht persönlich – fragen Sie nach, was gefehlt hat.\n\n"
    "Ganzer Artikel: https://www.karrierekueche.example.ch/artikel/vom-herd-ins-labor\n\n"
    "Karriereküche – der Newsletter für Berufswechsel in der Food-Branche\n"
    "Abmelden: https://www.karrierekueche.example.ch/newsletter/abmelden"
)
add(dict(
    kind="other", slug="karrierekueche_advice_article", lang="de", company="", contact="",
    frm=("Karriereküche", "newsletter@karrierekueche.example.ch"),
    subject="Vom Herd ins Labor: Tipps fürs Vorstellungsgespräch", date="2026-04-14 08:15 ch",
    form="alt", text=_x7, html=simple_html(_x7, "de"), cte="base64", hcs="iso-8859-1/B",
    headers=listhdr("Karrierekueche Newsletter <news.karrierekueche.example.ch>",
                    "https://www.karrierekueche.example.ch/newsletter/abmelden",
                    "abmelden@karrierekueche.example.ch"),
))

_x8 = (
    "Hallo Jonas\n\n"
    "Sie wurden diese Woche in 7 Suchen gefunden.\n\n"
    "Suchende kamen unter anderem von: Lebensmittelproduktion (3), Personalvermittlung (2), "
    "Detailhandel (2).\n\n"
    "Mit welchen Stichworten: Lebensmittelsicherheit, HACCP, Küchenchef\n\n"
    "Tipp: Profile mit aktueller Position und Foto werden bis zu 5-mal häufiger angesehen.\n\n"
    "Alle Einblicke ansehen: https://www.berufsnetz.example.com/me/search-appearances\n\n"
    "Berufsnetz · Einstellungen für Benachrichtigungen: "
    "https://www.berufsnetz.example.com/settings/notifications"
)
add(dict(
    kind="other", slug="berufsnetz_search_appearances", lang="de", company="", contact="",
    frm=("Berufsnetz", "notifications@berufsnetz.example.com"),
    subject="Sie wurden in 7 Suchen gefunden", date="2026-05-11 05:12 utc", form="alt",
    text=_x8, html=simple_html(_x8, "de"), cte="quoted-printable",
    headers=[("X-Berufsnetz-Class", "search-appearance"),
             ("List-Unsubscribe", "<https://www.berufsnetz.example.com/unsub/n1>")],
))

_x9 = (
    "Hallo Jonas\n\n"
    "Eine Person aus dem Bereich Personal bei einem Zertifizierungsunternehmen in Zürich hat "
    "Ihr Profil angesehen.\n\n"
    "Mit Berufsnetz Premium sehen Sie, wer es war, und können direkt eine Nachricht senden. "
    "Jetzt einen Monat gratis testen.\n\n"
    "https://www.berufsnetz.example.com/premium/trial?src=pv\n\n"
    "Sie erhalten diese E-Mail als Mitglied von Berufsnetz."
)
add(dict(
    kind="other", slug="berufsnetz_profile_viewed", lang="de", company="", contact="",
    frm=("Berufsnetz", "notifications@berufsnetz.example.com"),
    subject="Jemand hat Ihr Profil angesehen", date="2026-06-02 17:40 utc", text=_x9,
    cte="base64", headers=[("List-Unsubscribe", "<https://www.berufsnetz.example.com/unsub/n2>")],
))

_x13 = (
    "Guten Tag Jonas Haverkamp-Sørensen\n\n"
    "Ihre Sendung 99.34.118204.55671023 verzögert sich leider. Grund: hohes Paketaufkommen "
    "im Verteilzentrum Härkingen.\n\n"
    "Neue voraussichtliche Zustellung: Freitag, 14. August, zwischen 10 und 14 Uhr.\n\n"
    "Sie können die Zustellung jederzeit umleiten oder einen neuen Termin wählen: "
    "https://track.paketblitz.example.ch/99341182045567\n\n"
    "Freundliche Grüsse\nIhr Paketblitz-Team\n\n"
    "Dies ist eine automatisch versendete Nachricht."
)
add(dict(
    kind="other", slug="paketblitz_delayed", lang="de", company="", contact="",
    frm=("Paketblitz", "noreply@paketblitz.example.ch"),
    subject="Ihre Sendung verzögert sich leider", date="2026-08-12 06:02 ch", form="html",
    html=simple_html(_x13, "de"), cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_x14 = (
    "Hallo Jonas\n\n"
    "Die Position deines Trackers «Velo Jonas» wurde aktualisiert.\n\n"
    "Letzte Position: Basel, Dreirosenbrücke (47.5681, 7.5889)\n"
    "Zeit: 11.07.2026, 23:41\nAkku: 18 %\n\n"
    "Hinweis: Dein Velo hat den sicheren Bereich «Zuhause» verlassen. Falls du das nicht "
    "warst, kannst du in der App den Verlustmodus aktivieren.\n\n"
    "Dein Spürnase-Team"
)
add(dict(
    kind="other", slug="spuernase_gps_position", lang="de", company="", contact="",
    frm=("Spürnase Tracker", "alerts@spuernase.example.com"),
    subject="Position aktualisiert: «Velo Jonas» hat den sicheren Bereich verlassen",
    date="2026-07-11 23:42 ch", text=_x14, cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

_x24 = (
    "gastrojob.example.ch – Ihr Wochenüberblick\n"
    "==========================================\n\n"
    "Neue Stellen in Ihren Regionen (Basel, Bern):\n\n"
    "* Küchenchef/in Altersheim, Riehen – Vorstellungsgespräche ab nächster Woche\n"
    "  https://www.gastrojob.example.ch/s/44120\n"
    "* Qualitätsverantwortliche/r Zentralküche, Bern\n"
    "  https://www.gastrojob.example.ch/s/44151\n"
    "* Hygienefachperson Eventcatering, Muttenz\n"
    "  https://www.gastrojob.example.ch/s/44163\n\n"
    "Aus dem Blog: «Absage erhalten? Fünf Dinge, die Sie jetzt tun sollten» und «Das "
    "Interview per Video: Licht, Ton, Kleidung».\n"
    "https://www.gastrojob.example.ch/blog\n\n"
    "Benachrichtigungen verwalten: https://www.gastrojob.example.ch/konto/abos\n"
)
add(dict(
    kind="other", slug="gastrojob_weekly", lang="de", company="", contact="",
    frm=("gastrojob.example.ch", "wochenmail@gastrojob.example.ch"),
    subject="Ihr Wochenüberblick: 3 neue Stellen", date="2026-09-21 07:45 ch", text=_x24,
    charset="windows-1252", cte="quoted-printable",
    headers=listhdr("Wochenmail gastrojob <wochenmail.gastrojob.example.ch>",
                    "https://www.gastrojob.example.ch/konto/abos",
                    "abmelden@gastrojob.example.ch"),
))

# --- private mail using job words in another sense (7)

_x10 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Gerne bestätigen wir Ihren Beratungstermin zur Vorsorge am Donnerstag, 2. April 2026, "
    "um 17:30 Uhr in unserer Filiale am Claraplatz.\n\n"
    "Zur Vorbereitung: Ihre Position im Anlagefonds «Rheinbank Strategie Ausgewogen» hat "
    "sich im ersten Quartal positiv entwickelt. Ihre Kundenberaterin, Frau Hänggi, wird mit "
    "Ihnen besprechen, ob eine Einzahlung in die Säule 3a sinnvoll ist.\n\n"
    "Falls Sie den Termin verschieben möchten, rufen Sie uns an: 061 555 10 10.\n\n"
    "Freundliche Grüsse\nRheinbank Basel\n\n"
    "Diese Nachricht wurde aus einem nicht überwachten Postfach versendet."
)
add(dict(
    kind="other", slug="rheinbank_advice_appointment", lang="de", company="", contact="",
    frm=("Rheinbank Basel", "kundendienst-noreply@rheinbank.example.ch"),
    subject="Bestätigung Ihres Beratungstermins", date="2026-03-27 16:05 ch", form="alt",
    text=_x10, html=outlook_html(_x10, "de", "windows-1252"), charset="windows-1252",
    cte="quoted-printable",
))

_x11 = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Besten Dank für Ihre Anmeldung für die 3½-Zimmer-Wohnung an der Klybeckstrasse 88, "
    "3. OG.\n\n"
    "Wir haben sehr viele Bewerbungen erhalten. Leider müssen wir Ihnen mitteilen, dass sich "
    "die Eigentümerschaft für andere Mietinteressenten entschieden hat. Ihre Unterlagen "
    "werden vernichtet.\n\n"
    "Gerne informieren wir Sie über künftige Mietobjekte, wenn Sie sich auf unserer Website "
    "registrieren.\n\n"
    "Freundliche Grüsse\nSandra Frey\nBewirtschafterin\nImmoRhein Verwaltungen AG\n"
    "Tel. 061 555 66 00"
)
add(dict(
    kind="other", slug="immorhein_flat_declined", lang="de", company="",
    contact="sandra.frey@immorhein.example.ch",
    frm=("Sandra Frey | ImmoRhein", "sandra.frey@immorhein.example.ch"),
    subject="Ihre Anmeldung Klybeckstrasse 88", date="2026-05-29 11:20 ch", text=_x11,
    charset="iso-8859-1", cte="8bit",
))

_x12 = (
    "Guten Tag\n\n"
    "Leider müssen wir Ihren Termin bei Dr. med. Brändli vom Montag, 29. Juni, 08:40 Uhr "
    "verschieben, da die Praxis an diesem Vormittag wegen einer Weiterbildung geschlossen "
    "ist.\n\n"
    "Neuer Termin: Mittwoch, 1. Juli, 16:20 Uhr. Sollte dieser nicht passen, melden Sie sich "
    "bitte telefonisch.\n\n"
    "Freundliche Grüsse\nPraxisteam Dr. med. S. Brändli\nAllgemeine Innere Medizin FMH\n"
    "Feldbergstrasse 50, 4057 Basel\n061 555 31 31"
)
add(dict(
    kind="other", slug="arztpraxis_appointment_moved", lang="de", company="", contact="",
    frm=("Praxis Dr. med. Brändli", "noreply@termin-online.example.ch"),
    subject="Terminverschiebung", date="2026-06-23 12:12 ch", text=_x12,
    cte="quoted-printable", hcs="iso-8859-1/Q",
))

_x15 = (
    "Hey Jonas\n\n"
    "Ich muss kurz Dampf ablassen: Heute kam die Absage vom Hotel Drei Könige. Nach DREI "
    "Interviewrunden und einem Probetag! Angeblich \"passt das Profil nicht ganz\". Ich "
    "hätte schreien können.\n\n"
    "Wie läuft's bei dir mit den Bewerbungen? Trinken wir am Samstag ein Bier am Rhy und "
    "jammern gemeinsam?\n\n"
    "Steffi"
)
add(dict(
    kind="other", slug="friend_own_rejection", lang="de", company="", contact="steffi.wirz@example.ch",
    frm=("Stefanie Wirz", "steffi.wirz@example.ch"), subject="Absage... mal wieder",
    date="2026-03-14 22:31 ch", text=_x15, cte="8bit",
))

_x18 = (
    "Liebe Eltern\n\n"
    "Wie jedes Jahr im Januar finden die Elterngespräche statt. Wir laden Sie herzlich zum "
    "Gespräch über die Entwicklung von Emil ein.\n\n"
    "Ihr Termin: Dienstag, 27. Januar, 17:15 – 17:45 Uhr, Schulzimmer 12.\n\n"
    "Sollten Sie verhindert sein, tragen Sie sich bitte über die Schul-App für einen anderen "
    "Termin ein.\n\n"
    "Freundliche Grüsse\nMarlene Oeri\nKlassenlehrerin 3b\nPrimarschule Gotthelf, Basel"
)
add(dict(
    kind="other", slug="school_parent_meeting", lang="de", company="", contact="marlene.oeri@schule-gotthelf.example.ch",
    frm=("Marlene Oeri", "marlene.oeri@schule-gotthelf.example.ch"),
    subject="Einladung zum Elterngespräch (Emil, 3b)", date="2026-01-15 13:05 ch",
    text=_x18, cte="quoted-printable",
))

_x23 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Wir haben Ihr Gesuch um Kostengutsprache für neun zusätzliche Sitzungen Physiotherapie "
    "geprüft. Leider müssen wir das Gesuch ablehnen, da die Leistung nicht von der "
    "Grundversicherung gedeckt ist. Die Begründung finden Sie im beigelegten Schreiben.\n\n"
    "Gegen diesen Entscheid können Sie innert 30 Tagen schriftlich Einsprache erheben.\n\n"
    "Freundliche Grüsse\nHelvia Krankenversicherung\nLeistungsabteilung"
)
add(dict(
    kind="other", slug="krankenkasse_refused", lang="de", company="", contact="",
    frm=("Helvia Krankenversicherung", "no-reply@helvia-kk.example.ch"),
    subject="Ihr Gesuch um Kostengutsprache", date="2026-02-26 10:40 ch", text=_x23,
    cte="base64",
    attach=[dict(file="Entscheid_Kostengutsprache.pdf", title="Entscheid", lines=[
        "Helvia Krankenversicherung - Leistungsabteilung", "",
        "Entscheid ueber Kostengutsprache", "Versicherter: Jonas Haverkamp-Soerensen",
        "Leistung: Physiotherapie, 9 Sitzungen", "Entscheid: abgelehnt", "",
        "Rechtsmittelbelehrung: Einsprache innert 30 Tagen.",
    ])],
))

_x16 = (
    "Guten Tag\n\n"
    "Vielen Dank für Ihre Nachricht. Ich bin bis und mit Montag, 15. Juni, nicht im Büro und "
    "habe nur eingeschränkt Zugriff auf meine E-Mails.\n\n"
    "In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Pascal Huber, "
    "pascal.huber@helvecert.example.ch.\n\n"
    "Freundliche Grüsse\nCorinne Stäheli\nHR Partner, Helvecert AG"
)
add(dict(
    kind="other", slug="helvecert_out_of_office", lang="de", company="", contact="corinne.staeheli@helvecert.example.ch",
    frm=("Corinne Stäheli", "corinne.staeheli@helvecert.example.ch"),
    subject="Automatische Antwort: Neuer Termin für das Interview?",
    date="2026-06-11 08:03 ch", parent="helvecert_q", text=_x16, cte="quoted-printable",
    headers=OOO,
))

# --- other events: course refusal, cold approach, press, user research, event (4)

_x17 = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Wir danken Ihnen für Ihre Anmeldung zum CAS Lebensmittelsicherheit und Qualitäts"
    "management, Durchführung Herbst 2026.\n\n"
    "Die Zahl der Anmeldungen hat die verfügbaren 24 Studienplätze deutlich überschritten. "
    "Da Sie nicht über einen Hochschulabschluss verfügen, erfolgte die Aufnahme sur dossier; "
    "leider können wir Ihnen in dieser Durchführung keinen Studienplatz anbieten.\n\n"
    "Gerne merken wir Sie für die Durchführung im Frühling 2027 vor.\n\n"
    "Freundliche Grüsse\nRegula Brunner\nStudiensekretariat Weiterbildung\n"
    "Lebensmittelakademie Olten"
)
add(dict(
    kind="other", slug="cas_study_place_refused", lang="de", company="",
    contact="regula.brunner@lm-akademie.example.ch",
    frm=("Regula Brunner, Lebensmittelakademie Olten", "regula.brunner@lm-akademie.example.ch"),
    subject="CAS Lebensmittelsicherheit: Ihre Anmeldung", date="2026-07-03 14:22 ch",
    form="alt", text=_x17, html=simple_html(_x17, "de"), cte="quoted-printable",
))

_x19 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Ich bin auf Berufsnetz auf Ihr Profil gestossen. Ihr Weg vom Sous-Chef in die "
    "Lebensmittelsicherheit ist ungewöhnlich – und genau solche Profile suchen meine "
    "Mandanten in der Nahrungsmittelindustrie immer öfter.\n\n"
    "Ich habe im Moment keine konkrete Vakanz für Sie, würde Sie aber gerne in unser "
    "Netzwerk aufnehmen. Wenn Sie das möchten, senden Sie mir einfach Ihren aktuellen "
    "Lebenslauf.\n\n"
    "Freundliche Grüsse\nMartin Gasser\nPartner\nGasser Executive Search GmbH\n"
    "Seefeldstrasse 45, 8008 Zürich\n+41 44 555 90 90"
)
add(dict(
    kind="other", slug="headhunter_cold_approach", lang="de", company="", contact="m.gasser@gasser-search.example.ch",
    frm=("Martin Gasser", "m.gasser@gasser-search.example.ch"),
    subject="Ihr Profil – Lebensmittelsicherheit", date="2026-08-19 09:09 ch", form="alt",
    text=_x19, html=outlook_html(_x19, "de"), cte="quoted-printable",
))

_x20 = (
    "Lieber Herr Haverkamp-Sørensen\n\n"
    "Ich arbeite an einer Serie über Menschen, die mitten im Berufsleben die Branche "
    "wechseln. Eine Kollegin aus der Gastronomie hat mir Ihren Namen genannt.\n\n"
    "Hätten Sie Lust auf ein Interview von etwa einer Stunde? Wir würden gerne über Ihren "
    "Wechsel von der Küche in die Lebensmittelsicherheit sprechen, gerne mit einem Foto an "
    "Ihrem alten Arbeitsplatz. Der Artikel erscheint im Oktober in der Wochenendbeilage.\n\n"
    "Herzliche Grüsse\nLaura Zeller\nRedaktorin\nBasler Stadtanzeiger\n061 555 80 80"
)
add(dict(
    kind="other", slug="press_interview_request", lang="de", company="", contact="laura.zeller@stadtanzeiger-basel.example.ch",
    frm=("Laura Zeller", "laura.zeller@stadtanzeiger-basel.example.ch"),
    subject="Anfrage Interview: Serie «Neustart mit 40»", date="2026-09-15 10:45 ch",
    text=_x20, cte="8bit",
))

_x21 = (
    "Hallo Jonas\n\n"
    "Du nutzt die Znüni-App seit über einem Jahr – danke dafür! Wir arbeiten an einer neuen "
    "Funktion für Allergene und würden gerne von dir lernen.\n\n"
    "Wir laden dich zu einem 30-minütigen Video-Interview mit unserem UX-Team ein. Als "
    "Dankeschön gibt es einen Gutschein über CHF 50.\n\n"
    "Termin wählen: https://research.znueni.example.ch/book/allergene\n\n"
    "Liebe Grüsse\nNoemi vom Znüni-Research-Team\n\n"
    "Du erhältst diese E-Mail, weil du der Kontaktaufnahme für Studien zugestimmt hast."
)
add(dict(
    kind="other", slug="znueni_user_research", lang="de", company="", contact="",
    frm=("Znüni Research", "noreply@znueni.example.ch"),
    subject="Hilf uns mit 30 Minuten deiner Zeit (CHF 50 Gutschein)",
    date="2026-04-22 15:30 ch", form="alt", text=_x21, html=simple_html(_x21, "de"),
    cte="base64", hcs="utf-8/B",
))

# ============================================================================ French (12)

_x25_items = [
    ("Responsable qualité – industrie laitière, Fribourg",
     "CDI, 100 %, entrée à convenir. Entretiens prévus dès la mi-mai.",
     "https://www.emploi-romand.example.ch/offre/30211"),
    ("Assistant·e HACCP – restauration collective, Lausanne",
     "Poste à 80 %, horaires réguliers.",
     "https://www.emploi-romand.example.ch/offre/30244"),
    ("Inspecteur·trice des denrées alimentaires, canton du Jura",
     "Administration cantonale, brevet fédéral souhaité.",
     "https://www.emploi-romand.example.ch/offre/30259"),
]
_x25_intro = (
    "Bonjour Jonas,\n\n"
    "Voici les nouvelles offres correspondant à votre alerte « qualité alimentaire – Suisse "
    "romande ». Conseil du jour : un refus n'est jamais définitif, relancez poliment "
    "l'employeur pour obtenir un retour."
)
_x25_footer = (
    "Vous recevez cet e-mail car vous avez créé une alerte sur emploi-romand.example.ch. "
    "Se désabonner : https://www.emploi-romand.example.ch/alertes/stop?u=7730"
)
add(dict(
    kind="other", slug="emploi_romand_alert", lang="fr", company="", contact="",
    frm=("Emploi Romand – Alertes", "alertes@emploi-romand.example.ch"),
    subject="3 nouvelles offres pour votre alerte « qualité alimentaire »",
    date="2026-04-09 06:15 ch", form="alt",
    text=newsletter_text("Vos nouvelles offres", _x25_intro, _x25_items, _x25_footer),
    html=newsletter_html("Vos nouvelles offres", _x25_intro, _x25_items, _x25_footer, "fr"),
    cte="quoted-printable",
    headers=listhdr("Alertes Emploi Romand <alertes.emploi-romand.example.ch>",
                    "https://www.emploi-romand.example.ch/alertes/stop?u=7730",
                    "stop@emploi-romand.example.ch"),
))

_x26 = (
    "Cuisine & Carrière – la lettre du mois\n\n"
    "Rebondir après un refus\n\n"
    "« Nous sommes au regret de vous informer... » Qui n'a jamais lu cette phrase ? Pour les "
    "cuisiniers qui se reconvertissent, les refus arrivent souvent après l'entretien, "
    "parfois sans explication. Trois recruteurs du secteur agroalimentaire expliquent comment "
    "transformer un non en prochaine chance.\n\n"
    "Aussi dans ce numéro : préparer un entretien d'embauche en laboratoire ; le point sur "
    "les postes ouverts dans la certification.\n\n"
    "Lire la lettre : https://www.cuisine-carriere.example.fr/lettre/2026-06\n\n"
    "Se désinscrire : https://www.cuisine-carriere.example.fr/desinscription"
)
add(dict(
    kind="other", slug="cuisine_carriere_newsletter", lang="fr", company="", contact="",
    frm=("Cuisine & Carrière", "lettre@cuisine-carriere.example.fr"),
    subject="Rebondir après un refus : la lettre de juin", date="2026-06-16 07:30 fr",
    form="alt", text=_x26, html=simple_html(_x26, "fr"), cte="quoted-printable",
    hcs="iso-8859-1/Q",
    headers=listhdr("<lettre.cuisine-carriere.example.fr>",
                    "https://www.cuisine-carriere.example.fr/desinscription",
                    "desinscription@cuisine-carriere.example.fr"),
))

_x27 = (
    "Madame,\n\n"
    "Veuillez trouver ci-joint ma candidature pour le poste de technicien·ne en analyses "
    "microbiologiques publié sur votre site.\n\n"
    "Cuisinier de formation, j'ai été responsable pendant six ans du plan HACCP d'un hôtel "
    "bâlois, y compris des prélèvements de surface et du suivi des résultats de laboratoire. "
    "Je souhaite aujourd'hui passer de l'autre côté de la paillasse.\n\n"
    "Je me tiens volontiers à votre disposition pour un entretien.\n\n"
    "Avec mes meilleures salutations,\n" + CAND_SIG
)
add(dict(
    kind="other", slug="own_application_sauvabelin", lang="fr", company="", contact="",
    frm=CAND, to=[("Élodie Perrenoud", "elodie.perrenoud@labo-sauvabelin.example.ch")],
    subject="Candidature – technicien·ne en analyses microbiologiques",
    date="2026-06-01 07:58 ch", id="sauvabelin_appl", text=_x27, cte="quoted-printable",
    attach=[dict(file="CV_Haverkamp-Sorensen_FR.pdf", title="Curriculum vitae", lines=[
        "Jonas Haverkamp-Sorensen - Curriculum vitae", "",
        "2020-2026  Sous-chef, Hotel Rheinblick, Bale (responsable HACCP)",
        "2014-2020  Chef de partie, Zurich", "2025  Formation hygiene alimentaire SVQ",
    ])],
))

_x28 = (
    "Bonjour Madame Monnier,\n\n"
    "Je tenais à vous remercier, ainsi que M. Gachet et Mme Favre, pour l'entretien de ce "
    "matin. Présenter mon plan de maîtrise devant le comité était un vrai plaisir, et vos "
    "questions sur la liaison froide m'ont donné matière à réflexion.\n\n"
    "Je reste très intéressé par le poste et me réjouis de votre retour.\n\n"
    "Meilleures salutations,\nJonas Haverkamp-Sørensen"
)
add(dict(
    kind="other", slug="own_thanks_leman", lang="fr", company="", contact="",
    frm=CAND, to=[("Aurélie Monnier", "aurelie.monnier@leman-traiteur.example.ch")],
    subject="Merci pour l'entretien de ce matin", date="2026-05-13 18:30 ch",
    id="leman_thanks", parent="leman_inv2", form="alt", text=_x28, html=gmail_html(_x28),
    cte="base64",
))

_x29 = (
    "Bonjour,\n\n"
    "Je suis absente jusqu'au 9 mars inclus. Votre message ne sera pas transféré.\n\n"
    "Pour toute question concernant une candidature en cours, merci de patienter jusqu'à "
    "mon retour ; pour une urgence, contactez la réception au +41 21 555 30 00.\n\n"
    "Sandrine Pilet\nChargée de recrutement – Certalp SA"
)
add(dict(
    kind="other", slug="certalp_out_of_office", lang="fr", company="", contact="sandrine.pilet@certalp.example.ch",
    frm=("Sandrine Pilet", "sandrine.pilet@certalp.example.ch"),
    subject="Réponse automatique : Candidature CA-2026-014", date="2026-03-03 11:47 ch",
    parent="certalp_q", text=_x29, charset="windows-1252", cte="quoted-printable",
    headers=OOO,
))

_x30 = (
    "Monsieur,\n\n"
    "La commission d'admission du Master of Science en sécurité alimentaire a examiné votre "
    "dossier pour la rentrée de septembre 2026.\n\n"
    "Nous avons le regret de vous informer que votre candidature n'a pas été acceptée : le "
    "programme exige un bachelor en sciences naturelles ou en technologie alimentaire, "
    "condition que votre parcours ne remplit pas. Une admission sur dossier n'est pas "
    "possible pour ce cursus.\n\n"
    "Nous vous suggérons de consulter notre offre de formation continue (CAS).\n\n"
    "Service des admissions\nHES Lac-Léman\nRoute de Duillier 50, 1260 Nyon"
)
add(dict(
    kind="other", slug="master_admission_refused", lang="fr", company="", contact="",
    frm=("HES Lac-Léman – Admissions", "admissions-noreply@hes-lacleman.example.ch"),
    subject="Décision d'admission – MSc sécurité alimentaire", date="2026-06-30 15:00 ch",
    form="html", html=outlook_html(_x30, "fr"), cte="base64", hcs="utf-8/B",
))

_x31 = (
    "Monsieur,\n\n"
    "Nous accusons réception de votre dossier pour l'appartement de 3,5 pièces situé avenue "
    "de Morges 61, à Lausanne.\n\n"
    "Après examen, nous sommes au regret de vous informer que votre dossier n'a pas été "
    "retenu, le propriétaire ayant donné la préférence à un autre candidat locataire.\n\n"
    "Nous vous remercions de l'intérêt porté à cet objet.\n\n"
    "Cédric Martin\nGérant\nRégie du Flon SA\nRue de Genève 19, 1003 Lausanne"
)
add(dict(
    kind="other", slug="regie_flat_not_retained", lang="fr", company="",
    contact="cedric.martin@regie-flon.example.ch",
    frm=("Cédric Martin – Régie du Flon", "cedric.martin@regie-flon.example.ch"),
    subject="Appartement av. de Morges 61 – votre dossier", date="2026-08-06 10:02 ch",
    text=_x31, charset="iso-8859-1", cte="quoted-printable", hcs="utf-8/Q",
))

_x32 = (
    "Bonjour,\n\n"
    "Votre colis n° CR 7744 0921 CH est malheureusement retardé en raison d'un incident "
    "logistique sur notre plateforme de Daillens.\n\n"
    "Nouvelle date de livraison estimée : mardi 24 février 2026.\n\n"
    "Suivre mon colis : https://suivi.colisrapide.example.ch/CR77440921\n\n"
    "Nous vous prions de nous excuser pour ce désagrément.\nL'équipe ColisRapide"
)
add(dict(
    kind="other", slug="colisrapide_delayed", lang="fr", company="", contact="",
    frm=("ColisRapide", "notifications@colisrapide.example.ch"),
    subject="Votre colis est retardé", date="2026-02-20 18:10 ch", form="alt", text=_x32,
    html=simple_html(_x32, "fr"), cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_x33_old = (
    "Salut Julien,\nAlors, des nouvelles de l'école hôtelière ? Tu devais avoir ton "
    "entretien final cette semaine, non ?\nJonas"
)
_x33 = reply(
    "Salut Jonas,\n\n"
    "Bon, mauvaise nouvelle : ils m'ont refusé. Lettre type, « nous ne pouvons donner une "
    "suite favorable », même pas un mot sur l'entretien. Trois mois de préparation pour ça.\n\n"
    "Je crois que je vais tenter ma chance en Valais l'hiver prochain. On se voit quand tu "
    "passes à Lausanne ?\n\nJulien",
    "fr", "jeu. 30 avr. 2026 à 21:10", "Jonas Haverkamp-Sørensen", "jonas.hs@example.ch",
    _x33_old,
)
add(dict(
    kind="other", slug="friend_own_refusal_fr", lang="fr", company="", contact="julien.rochat@example.fr",
    frm=("Julien Rochat", "julien.rochat@example.fr"), subject="Re: des nouvelles ?",
    date="2026-05-02 10:33 ch", parent="julien_q", text=_x33, cte="8bit",
))

_x34 = (
    "Bonjour Jonas,\n\n"
    "Vous êtes apparu dans 12 recherches cette semaine.\n\n"
    "Les recruteurs qui vous ont trouvé travaillent notamment dans : agroalimentaire, "
    "restauration collective, cabinets de recrutement.\n\n"
    "Voir qui vous a trouvé : https://www.berufsnetz.example.com/fr/me/search-appearances\n\n"
    "Berufsnetz · Gérer vos notifications : "
    "https://www.berufsnetz.example.com/fr/settings/notifications"
)
add(dict(
    kind="other", slug="berufsnetz_fr_searches", lang="fr", company="", contact="",
    frm=("Berufsnetz", "notifications@berufsnetz.example.com"),
    subject="Vous êtes apparu dans 12 recherches", date="2026-07-27 05:20 utc", text=_x34,
    cte="base64", headers=[("List-Unsubscribe", "<https://www.berufsnetz.example.com/unsub/n3>")],
))

_x35 = (
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "Je prépare pour Radio Trois Frontières une émission consacrée aux reconversions "
    "professionnelles dans la région de Bâle-Mulhouse. Votre parcours de chef devenu "
    "spécialiste de la sécurité alimentaire nous intéresse beaucoup.\n\n"
    "Accepteriez-vous de nous accorder une interview d'une vingtaine de minutes, en studio "
    "à Mulhouse ou par téléphone ? L'émission sera diffusée le 3 octobre.\n\n"
    "Bien cordialement,\nMathilde Kieffer\nJournaliste – Radio Trois Frontières\n"
    "06 55 41 22 90"
)
add(dict(
    kind="other", slug="radio_interview_request", lang="fr", company="", contact="m.kieffer@radio3frontieres.example.fr",
    frm=("Mathilde Kieffer", "m.kieffer@radio3frontieres.example.fr"),
    subject="Demande d'interview – émission reconversions", date="2026-09-09 14:05 fr",
    form="alt", text=_x35, html=gmail_html(_x35), cte="quoted-printable", hcs="utf-8/B",
))

_x36 = (
    "Bonjour,\n\n"
    "Nous sommes contraints d'annuler votre rendez-vous du mercredi 14 octobre à 15h00 "
    "chez le Dr Vuilleumier (contrôle annuel et détartrage).\n\n"
    "Merci de nous appeler au 021 555 48 48 ou de réserver un nouveau rendez-vous en ligne.\n\n"
    "Cabinet dentaire du Flon\nPlace de l'Europe 7, 1003 Lausanne"
)
add(dict(
    kind="other", slug="dentist_appointment_cancelled", lang="fr", company="", contact="",
    frm=("Cabinet dentaire du Flon", "rappels-noreply@dentaire-flon.example.ch"),
    subject="Annulation de votre rendez-vous", date="2026-10-09 08:35 ch", text=_x36,
    charset="iso-8859-1", cte="8bit",
))

# ============================================================================ English (11)

_x37_items = [
    ("Technical Manager - Seafood, Peterhead",
     "BRCGS site, relocation package. Interviews this month.",
     "https://www.foodjobs-scotland.example.co.uk/j/5521"),
    ("Hygiene Supervisor (nights) - Livingston",
     "Ready meals, 4-on-4-off pattern.",
     "https://www.foodjobs-scotland.example.co.uk/j/5533"),
    ("Food Safety Officer - City of Edinburgh Council",
     "Fixed term 12 months, REHIS qualification required.",
     "https://www.foodjobs-scotland.example.co.uk/j/5540"),
    ("QA Auditor - contract catering, Glasgow",
     "Car allowance, travel across the central belt.",
     "https://www.foodjobs-scotland.example.co.uk/j/5547"),
]
_x37_intro = (
    "Hi Jonas,\n\n"
    "Here are this week's new roles matching \"food safety\" near Edinburgh. Plus: our guide "
    "on what to do when you hear nothing back after an interview."
)
_x37_footer = (
    "You are receiving this because you subscribed to job alerts at FoodJobs Scotland. "
    "Unsubscribe: https://www.foodjobs-scotland.example.co.uk/alerts/unsubscribe/9f31"
)
add(dict(
    kind="other", slug="foodjobs_scotland_digest", lang="en", company="", contact="",
    frm=("FoodJobs Scotland", "alerts@foodjobs-scotland.example.co.uk"),
    subject="4 new food safety jobs near Edinburgh", date="2026-05-28 07:00 uk", form="alt",
    text=newsletter_text("Your weekly job alert", _x37_intro, _x37_items, _x37_footer),
    html=newsletter_html("Your weekly job alert", _x37_intro, _x37_items, _x37_footer, "en"),
    cte="7bit", html_cte="quoted-printable",
    headers=listhdr("FoodJobs Scotland alerts <alerts.foodjobs-scotland.example.co.uk>",
                    "https://www.foodjobs-scotland.example.co.uk/alerts/unsubscribe/9f31",
                    "unsubscribe@foodjobs-scotland.example.co.uk"),
))

_x38_items = [
    ("Why good candidates get rejected",
     "A hiring manager explains the unglamorous reasons behind most 'no' emails.",
     "https://www.qualitymatters.example.com/weekly/212/rejected"),
    ("Interview questions for QA roles - and how to answer them",
     "From 'walk me through a CAPA' to 'tell me about a recall'.",
     "https://www.qualitymatters.example.com/weekly/212/interview"),
    ("Open positions at our partners",
     "Twelve new vacancies in food manufacturing across Europe.",
     "https://www.qualitymatters.example.com/weekly/212/jobs"),
]
add(dict(
    kind="other", slug="quality_matters_weekly", lang="en", company="", contact="",
    frm=("Quality Matters Weekly", "weekly@qualitymatters.example.com"),
    subject="QM Weekly #212: rejections, interview questions and new positions",
    date="2026-07-30 12:00 us", form="html",
    html=newsletter_html("Quality Matters Weekly #212", "This week in food quality careers.",
                         _x38_items, "Unsubscribe: https://www.qualitymatters.example.com/"
                         "unsubscribe", "en"),
    cte="quoted-printable",
    headers=listhdr("Quality Matters Weekly <weekly.qualitymatters.example.com>",
                    "https://www.qualitymatters.example.com/unsubscribe",
                    "leave@qualitymatters.example.com"),
))

_x39 = (
    "Hi Rachel,\n\n"
    "I booked Thursday 18 June at 14:00 for the video interview, but I have just been asked "
    "to cover a catering event in Basel that afternoon. Would it be possible to move to "
    "another slot?\n\nBest regards,\nJonas"
)
add(dict(
    kind="other", slug="own_reschedule_request_forth", lang="en", company="", contact="",
    frm=CAND, to=[("Rachel Dunlop", "rachel.dunlop@forthvalley.example.co.uk")],
    subject="Interview slot on 18 June", date="2026-06-17 19:12 ch", id="forth_resched_req",
    parent="forth_inv", text=_x39, cte="7bit",
))

_x40_old = (
    "Hi Jonas,\n\nI was on the Teams call from 11:00 to about 11:15 today but didn't see you "
    "join. I hope everything is OK.\n\nBest,\nGiulia"
)
_x40 = reply(
    "Dear Giulia,\n\n"
    "I'm so sorry - your invitation with the Teams link ended up in my spam folder and I "
    "only found it now. I'm still very interested in the role. Could we try again on "
    "Thursday or Friday? I'm free all day.\n\n"
    "Apologies again,\nJonas",
    "en", "Tue, 19 May 2026 at 11:22", "Giulia Ferri", "giulia.ferri@navigli-foods.example.it",
    _x40_old,
)
add(dict(
    kind="other", slug="own_apology_navigli", lang="en", company="", contact="",
    frm=CAND, to=[("Giulia Ferri", "giulia.ferri@navigli-foods.example.it")],
    subject="Re: Missed you on Teams", date="2026-05-19 13:05 ch", parent="navigli_missed",
    form="alt", text=_x40, html=gmail_html(_x40), cte="quoted-printable",
))

_x41 = (
    "Hi Jonas,\n\n"
    "I host The Pass to Policy, a podcast about chefs who've moved into food safety, "
    "regulation and quality. A listener in Basel pointed me to you.\n\n"
    "Would you be up for an interview on the show? We record remotely, it takes about 45 "
    "minutes, and I send questions in advance. No pressure at all - and no need to be "
    "polished.\n\n"
    "Cheers,\nNadia Okafor\nHost, The Pass to Policy\nhttps://passtopolicy.example.com"
)
add(dict(
    kind="other", slug="podcast_guest_invite", lang="en", company="", contact="nadia@passtopolicy.example.com",
    frm=("Nadia Okafor", "nadia@passtopolicy.example.com"),
    subject="Podcast interview? (The Pass to Policy)", date="2026-08-26 16:40 uk",
    text=_x41, cte="7bit",
))

_x42 = (
    "Hi Jonas,\n\n"
    "You've been cooking with Mise for a while now, and we'd love to hear how you plan your "
    "week. We're inviting a handful of users to a 45-minute user research interview over "
    "video.\n\n"
    "As a thank-you, you'll get a EUR 40 voucher. Pick a time here: "
    "https://mise.example.com/research/book?c=spring26\n\n"
    "Thanks!\nThe Mise Research team\n\n"
    "You're receiving this because you opted in to research invitations."
)
add(dict(
    kind="other", slug="mise_user_research", lang="en", company="", contact="",
    frm=("Mise Research", "no-reply@mise.example.com"),
    subject="Invitation: a 45-minute chat about how you cook", date="2026-03-31 17:00 utc",
    form="alt", text=_x42, html=simple_html(_x42, "en"), cte="quoted-printable",
))

_x43 = (
    "Hi Jonas,\n\n"
    "I hope you don't mind the direct approach. I'm a recruiter specialising in food and "
    "drink manufacturing in Scotland, and your profile caught my eye - it's not often I see "
    "a sous-chef with a proper HACCP and audit background.\n\n"
    "Are you open to opportunities in Scotland? If so, drop me a line with your CV and a "
    "sense of your salary expectations, and I'll keep you in mind as roles come in.\n\n"
    "Best,\nCallum Baird\nPrincipal Consultant, Food & Drink\nKestrel Recruitment\n"
    "22 Queen Street, Edinburgh EH2 1JX\nM: 07700 900 418"
)
add(dict(
    kind="other", slug="kestrel_cold_approach", lang="en", company="", contact="callum.baird@kestrel-recruitment.example.co.uk",
    frm=("Callum Baird", "callum.baird@kestrel-recruitment.example.co.uk"),
    subject="Food safety roles in Scotland", date="2026-05-11 12:20 uk", id="kestrel_cold",
    text=_x43,
))

_x44 = (
    "Jobs you may be interested in\n\n"
    "Based on your profile and recent searches:\n\n"
    "Food Safety Manager - Leith Harbour Seafoods - Edinburgh (on-site)\n"
    "Quality Lead - Highland Oats - Inverness\n"
    "Compliance Officer, Food - Midlothian Council - Dalkeith\n\n"
    "See all jobs: https://www.prolink.example.com/jobs/recommended\n\n"
    "ProLink Corporation. You are receiving Job Recommendation emails. Unsubscribe: "
    "https://www.prolink.example.com/unsub/jobs"
)
add(dict(
    kind="other", slug="prolink_job_recommendations", lang="en", company="", contact="",
    frm=("ProLink Job Alerts", "jobs-noreply@prolink.example.com"),
    subject="Jonas, 3 new jobs for you in Edinburgh", date="2026-06-05 14:10 utc",
    form="alt", text=_x44, html=simple_html(_x44, "en"), cte="base64",
    headers=listhdr("<jobs.prolink.example.com>", "https://www.prolink.example.com/unsub/jobs",
                    "unsub-jobs@prolink.example.com"),
))

_x45 = (
    "Hi Jonas,\n\n"
    "Unfortunately your parcel from Highland Knives Ltd is delayed. Our driver was unable "
    "to complete the route today due to severe weather.\n\n"
    "New estimated delivery: Tuesday 7 April.\nTracking number: SH-2209-7714-GB\n\n"
    "Track your parcel: https://track.speedyhaul.example.co.uk/SH22097714\n\n"
    "Sorry for the inconvenience,\nSpeedyHaul"
)
add(dict(
    kind="other", slug="speedyhaul_parcel_delayed", lang="en", company="", contact="",
    frm=("SpeedyHaul", "no-reply@speedyhaul.example.co.uk"),
    subject="Your parcel is delayed", date="2026-04-04 19:30 uk", text=_x45, cte="7bit",
    headers=[("Auto-Submitted", "auto-generated")],
))

_x46 = (
    "Thank you for your email. I am out of the office until Monday 25 May with no access to "
    "email.\n\n"
    "For anything urgent about a current vacancy, please contact people@lothiancatering."
    "example.co.uk.\n\n"
    "Fiona McLeish\nPeople Advisor | Lothian Catering Group"
)
add(dict(
    kind="other", slug="lothian_out_of_office", lang="en", company="", contact="fiona.mcleish@lothiancatering.example.co.uk",
    frm=("Fiona McLeish", "fiona.mcleish@lothiancatering.example.co.uk"),
    subject="Automatic reply: Food Safety & Hygiene Lead - update",
    date="2026-05-18 09:44 uk", parent="lothian_q", text=_x46, cte="7bit", headers=OOO,
))

_x47_inner = (
    "Dear Priya,\n\n"
    "Thank you for attending the interview for Sous Chef at Thistle & Oak Hotels.\n\n"
    "We regret to inform you that on this occasion your application has been unsuccessful. "
    "We wish you every success in your future career.\n\n"
    "Thistle & Oak Hotels Recruitment"
)
_x47 = forward(
    "Jonas - look what landed this morning. Third one this month. I think I need your "
    "career-change tips after all... drinks Friday?\n\nP x",
    "en", "Thistle & Oak Hotels <careers@thistleoak.example.co.uk>",
    "Fri, 14 Aug 2026 at 08:02", "Your application - Sous Chef",
    "Priya Nair <priya.nair@example.co.uk>", _x47_inner,
)
add(dict(
    kind="other", slug="friend_forwards_her_rejection", lang="en", company="", contact="priya.nair@example.co.uk",
    frm=("Priya Nair", "priya.nair@example.co.uk"), subject="Fwd: Your application - Sous Chef",
    date="2026-08-14 09:15 uk", form="alt", text=_x47, html=gmail_html(_x47),
    cte="quoted-printable",
))

# ============================================================================ Spanish (5)

_x48_items = [
    ("Técnico/a de calidad – industria cárnica, Xàtiva",
     "Contrato indefinido. Entrevistas la próxima semana.",
     "https://www.empleo-levante.example.es/oferta/7712"),
    ("Responsable de APPCC – cocina central, Paterna",
     "Jornada completa, turno de mañana.",
     "https://www.empleo-levante.example.es/oferta/7725"),
    ("Auditor/a de seguridad alimentaria – certificadora, València",
     "Se valora experiencia en hostelería.",
     "https://www.empleo-levante.example.es/oferta/7731"),
]
_x48_intro = (
    "Hola Jonas:\n\n"
    "Tenemos 3 ofertas nuevas para tu alerta «calidad alimentaria – Valencia». ¿Has recibido "
    "un rechazo? Lee nuestra guía para pedir feedback sin parecer insistente."
)
_x48_footer = (
    "Recibes este correo porque creaste una alerta en empleo-levante.example.es. "
    "Darse de baja: https://www.empleo-levante.example.es/alertas/baja?u=3308"
)
add(dict(
    kind="other", slug="empleo_levante_alert", lang="es", company="", contact="",
    frm=("Empleo Levante", "alertas@empleo-levante.example.es"),
    subject="3 ofertas nuevas para tu alerta", date="2026-07-01 08:00 es", form="alt",
    text=newsletter_text("Tus ofertas de hoy", _x48_intro, _x48_items, _x48_footer),
    html=newsletter_html("Tus ofertas de hoy", _x48_intro, _x48_items, _x48_footer, "es"),
    cte="base64",
    headers=listhdr("Alertas Empleo Levante <alertas.empleo-levante.example.es>",
                    "https://www.empleo-levante.example.es/alertas/baja?u=3308",
                    "baja@empleo-levante.example.es"),
))

_x49_old = (
    "Hola de nuevo, Jonas:\n\nTe escribo para cambiar la hora de la entrevista del martes "
    "21: en lugar de las 10:00, ¿podrías venir a las 12:30?\n\nBegoña"
)
_x49 = reply(
    "Hola Begoña:\n\n"
    "Espero que estés bien. Han pasado casi dos semanas desde la entrevista en Alboraya y "
    "quería preguntarte, si es posible, en qué punto está el proceso de selección.\n\n"
    "Sigo muy interesado en el puesto.\n\nUn saludo,\nJonas Haverkamp-Sørensen",
    "es", "jue., 16 jul. 2026 16:12", "Begoña Ibáñez",
    "begona.ibanez@conservasturia.example.es", _x49_old,
)
add(dict(
    kind="other", slug="own_status_followup_turia", lang="es", company="", contact="",
    frm=CAND, to=[("Begoña Ibáñez", "begona.ibanez@conservasturia.example.es")],
    subject="Re: Cambio de hora: entrevista del martes", date="2026-08-03 09:20 ch",
    id="turia_status", parent="turia_move", text=_x49, cte="quoted-printable",
    hcs="iso-8859-1/Q",
))

_x50 = (
    "Estimado Jonas:\n\n"
    "Le comunicamos que la comisión académica del Máster Universitario en Seguridad "
    "Alimentaria ha resuelto no admitir su solicitud para el curso 2026-2027, al no acreditar "
    "una titulación universitaria de acceso.\n\n"
    "Puede presentar alegaciones en el plazo de diez días hábiles a través de la sede "
    "electrónica.\n\n"
    "Atentamente,\nSecretaría de Posgrado\nEscuela de Posgrado Mediterránea"
)
add(dict(
    kind="other", slug="master_solicitud_no_admitida", lang="es", company="", contact="",
    frm=("Escuela de Posgrado Mediterránea", "no-reply@epmediterranea.example.es"),
    subject="Resolución de admisión – Máster en Seguridad Alimentaria",
    date="2026-07-21 13:00 es", text=_x50, charset="iso-8859-1", cte="quoted-printable",
    hcs="utf-8/B",
))

_x51 = (
    "Hola Jonas:\n\n"
    "Gracias por venir a ver el piso de la calle Sueca el sábado. Te escribo para decirte "
    "que la propietaria ha elegido a otra persona, que puede entrar ya el 1 de septiembre.\n\n"
    "Si quieres, te aviso cuando tengamos otro piso en Russafa que encaje con lo que "
    "buscas.\n\n"
    "Un saludo,\nLaia Ferrando\nFincas Russafa\n963 55 20 14"
)
add(dict(
    kind="other", slug="piso_otra_persona", lang="es", company="", contact="laia@fincasrussafa.example.es",
    frm=("Laia Ferrando", "laia@fincasrussafa.example.es"), subject="Piso calle Sueca",
    date="2026-08-28 18:55 es", form="alt", text=_x51, html=gmail_html(_x51), cte="8bit",
))

_x52 = (
    "Cómo preparar una entrevista en el sector agroalimentario\n\n"
    "Las empresas de alimentación buscan perfiles que entiendan la producción real. En este "
    "número: las preguntas más habituales en una entrevista de calidad, cómo contar un "
    "cambio de carrera sin pedir perdón y qué hacer después de un rechazo.\n\n"
    "Además: las diez posiciones más demandadas en la Comunitat Valenciana este otoño.\n\n"
    "Leer más: https://www.agrotalento.example.es/boletin/septiembre\n\n"
    "AgroTalento · Darse de baja: https://www.agrotalento.example.es/baja"
)
add(dict(
    kind="other", slug="agrotalento_boletin", lang="es", company="", contact="",
    frm=("AgroTalento", "boletin@agrotalento.example.es"),
    subject="Boletín de septiembre: cómo preparar tu entrevista", date="2026-09-24 10:00 es",
    form="alt", text=_x52, html=simple_html(_x52, "es"), cte="quoted-printable",
    headers=listhdr("Boletín AgroTalento <boletin.agrotalento.example.es>",
                    "https://www.agrotalento.example.es/baja", "baja@agrotalento.example.es"),
))
