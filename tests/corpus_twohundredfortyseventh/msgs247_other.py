"""Corpus 247: `other` (52): digests, newsletters, advice, the candidate's own mail, out-of-office
replies, notifications and mail that uses job words in another sense. Hand-written."""

from __future__ import annotations

from msgs247_common import (
    ME, ME_SIG, ats_card, button, digest_html, digest_text, forwarded, outlook_block,
    outlook_html, paras, quote, reply, simple_html,
)
from msgs247_invites import BL, KB, KLU, LF, PW, SAV
from msgs247_rejections import KLU_THANKS, LVH_THANKS


def alt(text: str, lang: str) -> dict:
    return dict(text=text, html=simple_html(paras(text), lang))


def digest(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
           color: str, lang: str) -> dict:
    return dict(text=digest_text(title, intro, items, footer),
                html=digest_html(title, paras(intro), items, paras(footer), color, lang))


def bulk(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsubscribe}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German (26)
    dict(
        kind="other", slug="karriereticker_jobalarm_digest", lang="de", company="", contact="",
        date="2026-01-15 06:00 +0100",
        sender=("karriere-ticker.at Jobalarm", "jobalarm@karriere-ticker.example.at"),
        subject="12 neue Jobs für „Qualitätssicherung“ in Graz und Umgebung",
        headers=bulk("Jobalarm <jobalarm.karriere-ticker.example.at>",
                     "https://karriere-ticker.example.at/jobalarm/abmelden?u=8f21"),
        **digest("Ihr Jobalarm: Qualitätssicherung, Graz (+30 km)",
                 """Guten Morgen! Seit gestern sind 12 neue Stellen zu Ihrem Suchauftrag
erschienen. Außerdem im Magazin: „Absage erhalten? Drei Dinge, die Sie jetzt tun
sollten“ und „Die fünf häufigsten Fragen im Vorstellungsgespräch“.""",
                 [("QA Associate (m/w/d) – Pharmawerk Steiermark",
                   "Graz-Liebenau · Vollzeit · ab EUR 2.870 brutto/Monat (KV)",
                   "https://karriere-ticker.example.at/job/551204"),
                  ("Mitarbeiter/in Qualitätskontrolle Labor",
                   "Gleisdorf · Vollzeit · EUR 2.650 brutto/Monat",
                   "https://karriere-ticker.example.at/job/551377"),
                  ("Associate Qualitätssicherung – Sterilgut",
                   "Judenburg · Vollzeit · Überzahlung möglich",
                   "https://karriere-ticker.example.at/job/550980"),
                  ("Magazin: Absage erhalten? Drei Dinge, die Sie jetzt tun sollten",
                   "Lesezeit 4 Minuten", "https://karriere-ticker.example.at/magazin/absage"),
                  ("Magazin: Die fünf häufigsten Fragen im Vorstellungsgespräch",
                   "Lesezeit 6 Minuten",
                   "https://karriere-ticker.example.at/magazin/vorstellungsgespraech")],
                 """Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben.
Jobalarm bearbeiten oder abmelden: https://karriere-ticker.example.at/jobalarm/abmelden?u=8f21""",
                 "#c2410c", "de"),
    ),
    dict(
        kind="other", slug="pharmakarriere_newsletter_absage_article_html", lang="de",
        company="", contact="", date="2026-02-05 07:30 +0100",
        sender=("PharmaKarriere Austria", "newsletter@pharmakarriere.example.at"),
        subject="Newsletter 02/2026: Was eine Absage wirklich bedeutet",
        headers=bulk("PharmaKarriere Newsletter <news.pharmakarriere.example.at>",
                     "mailto:abmelden@pharmakarriere.example.at?subject=unsubscribe"),
        html=digest_html("PharmaKarriere Austria – Newsletter 02/2026", paras("""Liebe Leserinnen und Leser,

„Wir haben uns für eine andere Kandidatin entschieden“ – kaum ein Satz wird in
Bewerbungsprozessen öfter geschrieben und öfter missverstanden. Wir haben drei
Recruiterinnen aus der Pharmaindustrie gefragt, was hinter Standard-Absagen steckt, wann
sich eine Nachfrage lohnt und warum eine Absage nach dem Vorstellungsgespräch oft knapper
ausfällt, als die Bewerberin es verdient hätte."""),
            [("Titelthema: Die Absage entschlüsselt – was Recruiter wirklich meinen",
              "Interview mit drei HR-Verantwortlichen",
              "https://pharmakarriere.example.at/magazin/absage-entschluesselt"),
             ("GMP-Grundkurs im März: noch 4 Plätze frei", "Online, 3 Halbtage",
              "https://pharmakarriere.example.at/kurse/gmp-maerz"),
             ("Gehaltsreport 2026: QA- und QC-Positionen in Österreich",
              "PDF, 18 Seiten", "https://pharmakarriere.example.at/gehaltsreport-2026")],
            paras("""PharmaKarriere Austria · Mariahilfer Straße 88a · 1070 Wien
Newsletter abbestellen: abmelden@pharmakarriere.example.at"""), "#0f766e", "de"),
    ),
    dict(
        kind="other", slug="laborjobs_magazin_gehaltsverhandlung", lang="de", company="",
        contact="", date="2026-03-19 12:00 +0100",
        sender=("Laborjobs Magazin", "magazin@laborjobs.example.at"),
        subject="Gehalt im Vorstellungsgespräch: So verhandeln Sie souverän",
        headers=bulk("Laborjobs Magazin <magazin.laborjobs.example.at>",
                     "https://laborjobs.example.at/newsletter/abmelden?id=4471"),
        text="""LABORJOBS MAGAZIN – Ausgabe März

Gehalt im Vorstellungsgespräch: So verhandeln Sie souverän

Spätestens in der zweiten Runde kommt sie: die Frage nach Ihrer Gehaltsvorstellung. In
Österreich hilft der Blick in den Kollektivvertrag – und in die Stellenanzeige, denn dort
muss das Mindestgehalt stehen. Unsere Tipps:

1. Nennen Sie eine konkrete Zahl, keine Spanne.
2. Rechnen Sie in Jahresbrutto, wenn das Gegenüber es tut – und denken Sie an 14 Gehälter.
3. Verhandeln Sie erst, wenn ein Angebot auf dem Tisch liegt, nicht im Erstgespräch.
4. Eine Absage nach der Gehaltsfrage ist selten – meist wird nachverhandelt.

Weiterlesen: https://laborjobs.example.at/magazin/gehalt-verhandeln

Außerdem: „Probearbeitstag – was darf der Betrieb verlangen?“
https://laborjobs.example.at/magazin/probearbeit

--
Sie erhalten das Laborjobs Magazin, weil Sie sich dafür angemeldet haben.
Abmelden: https://laborjobs.example.at/newsletter/abmelden?id=4471
""",
    ),
    dict(
        kind="other", slug="own_thanks_klinikum_after_hearing", lang="de", company="",
        contact="", id="klu_thanks", parent="klu_ill", date="2026-04-03 08:47 +0200",
        sender=ME, to=[KLU],
        subject="Danke für das Hearing am 2. April",
        text=KLU_THANKS + "\n",
    ),
    dict(
        kind="other", slug="own_application_pammer_pdf", lang="de", company="", contact="",
        id="pammer_application", date="2026-07-20 08:15 +0200", sender=ME,
        to=[("Dr. Julia Pammer", "julia.pammer@labor-pammer.example.at")],
        subject="Bewerbung QA Associate – Ottilie Brandauer-Nkemelu",
        text="""Sehr geehrte Frau Dr. Pammer,

anbei übermittle ich Ihnen meine Bewerbung als QA Associate in Ihrem Labor.

Seit acht Jahren arbeite ich als Pharmazeutisch-kaufmännische Assistentin in einer
Grazer Apotheke, wo ich unter anderem die Dokumentation der Rezepturherstellung und die
Lieferantenqualifizierung verantworte. Im Frühjahr habe ich den Lehrgang
„Qualitätsmanagement im Gesundheitswesen“ abgeschlossen und möchte nun in die
Qualitätssicherung eines akkreditierten Labors wechseln.

Über die Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
""" + ME_SIG + "\n",
        pdfs=[("Lebenslauf_Brandauer-Nkemelu.pdf", [
            "Ottilie Brandauer-Nkemelu - Lebenslauf",
            "Zinzendorfgasse 14/7, 8010 Graz - +43 664 318 27 95",
            "2018-heute  PKA, Apotheke Zum Schutzengel, Graz",
            "2026  Lehrgang Qualitätsmanagement im Gesundheitswesen",
            "Sprachen: Deutsch, Englisch (C1), Französisch (B2), Spanisch (B1)",
        ])],
    ),
    dict(
        kind="other", slug="own_reschedule_request_pharmawerk", lang="de", company="",
        contact="", id="pw_reschedule_req", parent="pw_invite", date="2026-02-04 19:37 +0100",
        sender=ME, to=[PW],
        subject="Bitte um Verschiebung des Gesprächs am 10. Februar",
        text=reply("""Sehr geehrte Frau Koller,

vielen Dank für die Einladung. Leider habe ich am 10. Februar vormittags eine
Prüfung im Rahmen meines QM-Lehrgangs. Wäre eine Verschiebung auf Donnerstag oder
Freitag derselben Woche möglich?

Mit freundlichen Grüßen
Ottilie Brandauer-Nkemelu""", "de", "2026-02-02 10:12", "Bernadette Koller",
            "b.koller@pharmawerk-stmk.example.at", """Sehr geehrte Frau Brandauer-Nkemelu,

Ihre Bewerbung hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie zu einem Vorstellungsgespräch über Microsoft Teams ein:
Dienstag, 10. Februar 2026, 10:00 bis 11:00 Uhr"""),
    ),
    dict(
        kind="other", slug="murbank_beratungsgespraech", lang="de", company="",
        contact="s.reinisch@murbank.example.at", date="2026-03-05 14:02 +0100",
        sender=("Stefan Reinisch", "s.reinisch@murbank.example.at"),
        subject="Terminbestätigung: Ihr Beratungsgespräch am 12. März",
        **(lambda t: dict(text=t, html=outlook_html(paras(t))))("""Sehr geehrte Frau Brandauer-Nkemelu,

gerne bestätige ich unser Beratungsgespräch am Donnerstag, 12. März 2026, um 16:30 Uhr
in der Filiale Jakominiplatz. Wir besprechen die Umschichtung Ihres Bausparvertrags sowie
die Position „Styria Nachhaltig Global“ in Ihrem Depot, die sich seit Jahresbeginn leider
schwächer entwickelt hat.

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte kurz ab.

Freundliche Grüße
Stefan Reinisch
Kundenbetreuer Privatkunden
Murbank AG · Jakominiplatz 3 · 8010 Graz
Tel. +43 316 8033-142"""),
    ),
    dict(
        kind="other", slug="hausverwaltung_besichtigung_abgesagt", lang="de", company="",
        contact="i.krenn@hv-krenn.example.at", date="2026-04-17 09:44 +0200",
        sender=("Ingrid Krenn | Hausverwaltung Krenn", "i.krenn@hv-krenn.example.at"),
        subject="Absage Besichtigungstermin Wohnung Leonhardstraße 21/4",
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

leider muss ich Ihnen den Besichtigungstermin am Samstag absagen: Die Eigentümer haben
sich bereits für Interessenten aus der ersten Besichtigungsrunde entschieden, und die
Wohnung ist vergeben.

Gerne nehme ich Sie in unsere Vormerkliste für ähnliche Objekte im 2. und 3. Bezirk auf,
falls Sie das wünschen.

Freundliche Grüße
Ingrid Krenn
Hausverwaltung Krenn · Schönaugasse 6 · 8010 Graz · 0316 82 49 71
""",
    ),
    dict(
        kind="other", slug="volksschule_elterngespraech", lang="de", company="",
        contact="b.hirschmann@vs-st-leonhard.example.at", date="2026-05-06 13:10 +0200",
        sender=("Barbara Hirschmann", "b.hirschmann@vs-st-leonhard.example.at"),
        subject="Einladung zum Elterngespräch (KEL) – Jonas, 2b",
        text="""Liebe Frau Brandauer-Nkemelu,

im Rahmen der Kind-Eltern-Lehrerin-Gespräche möchte ich Sie gemeinsam mit Jonas zu einem
kurzen Gespräch über sein zweites Schuljahr einladen. Freie Termine:

- Dienstag, 19. Mai, 14:00 Uhr
- Mittwoch, 20. Mai, 15:30 Uhr
- Donnerstag, 21. Mai, 13:15 Uhr

Bitte schreiben Sie mir, welcher Termin Ihnen passt. Das Gespräch dauert etwa 20 Minuten
und findet in der Klasse 2b statt.

Herzliche Grüße
Barbara Hirschmann
Klassenlehrerin 2b, Volksschule St. Leonhard
""",
    ),
    dict(
        kind="other", slug="ordination_termin_verschoben_latin1", lang="de", company="",
        contact="", date="2026-06-10 08:05 +0200",
        sender=("Ordination Dr. Wagner", "noreply@ordination-wagner.example.at"),
        subject="Ihr Termin wurde verschoben",
        subject_cs=("iso-8859-1", "Q"), enc=("iso-8859-1", "quoted-printable"),
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Sehr geehrte Patientin,

aufgrund einer Fortbildung von Frau Dr. Wagner wurde Ihr Kontrolltermin vom 15.06.2026,
08:40 Uhr, auf Montag, 22.06.2026, 08:40 Uhr verschoben.

Bitte bringen Sie Ihre e-card und den Befund der Blutabnahme mit. Wenn Ihnen der neue
Termin nicht passt, rufen Sie uns bitte zu den Ordinationszeiten an: 0316 38 11 20.

Ihr Ordinationsteam
Dr. med. univ. Eva Wagner, Ärztin für Allgemeinmedizin
Schubertstraße 31, 8010 Graz

Diese Nachricht wurde automatisch erstellt.
""",
    ),
    dict(
        kind="other", slug="ooo_traunviertel_autoreply", lang="de", company="",
        contact="h.pichlbauer@traunviertel-arznei.example.at", date="2026-04-01 07:12 +0200",
        parent="tva_invite",
        sender=("Hannes Pichlbauer", "h.pichlbauer@traunviertel-arznei.example.at"),
        subject="Automatische Antwort: Einladung zum Gespräch – QA Associate Steyr",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        enc=("windows-1252", "quoted-printable"),
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und habe nur eingeschränkt Zugriff auf
meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +43 7252 88 410-0.

Hannes Pichlbauer
Traunviertel Arzneimittel GmbH
""",
    ),
    dict(
        kind="other", slug="linkhub_weekly_profile_views", lang="de", company="", contact="",
        date="2026-04-27 17:30 +0200",
        sender=("Linkhub", "notifications-noreply@linkhub.example.com"),
        subject="Ottilie, Ihr Profil wurde diese Woche 14 Mal angesehen",
        headers=bulk("Linkhub Wochenueberblick <weekly.linkhub.example.com>",
                     "https://www.linkhub.example.com/e/unsub?t=wk-77"),
        **(lambda t: dict(text=t, html=ats_card("Linkhub", paras(t), "Linkhub Ireland Unlimited "
                                                 "Company · Abmelden", "#0a66c2", "de")))(
            """Hallo Ottilie,

Ihr Profil wurde diese Woche 14 Mal angesehen – 40 % mehr als letzte Woche. Unter den
Besucher:innen: eine Recruiterin aus der Pharmaindustrie in Wien und ein Mitarbeiter von
Linzer Sterilpharma.

Sie sind in 9 Suchanfragen aufgetaucht, etwa für „Quality Assurance Associate“.

Neue Jobs für Sie: QA Specialist (Wien), Qualitätsmanagerin Medizinprodukte (Graz),
Quality Technician (Linz).

Alle Statistiken ansehen: https://www.linkhub.example.com/me/profile-views"""),
    ),
    dict(
        kind="other", slug="fh_lehrgang_kein_studienplatz", lang="de", company="", contact="",
        date="2026-06-26 11:00 +0200",
        sender=("FH Grazer Feld – Aufnahmeverfahren", "noreply-aufnahme@fh-grazerfeld.example.at"),
        subject="Ergebnis des Aufnahmeverfahrens – Hochschullehrgang Pharmazeutisches QM",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt("""Sehr geehrte Frau Brandauer-Nkemelu,

vielen Dank für Ihre Teilnahme am Aufnahmeverfahren für den berufsbegleitenden
Hochschullehrgang „Pharmazeutisches Qualitätsmanagement“ (Start Oktober 2026).

Leider können wir Ihnen zum jetzigen Zeitpunkt keinen Studienplatz anbieten. Sie haben im
Aufnahmegespräch 71 von 100 Punkten erreicht und stehen auf Platz 7 der Warteliste. Sollte
ein Platz frei werden, informieren wir Sie bis spätestens 15. September.

Mit freundlichen Grüßen
Studien- und Aufnahmeservice
FH Grazer Feld""", "de"),
    ),
    dict(
        kind="other", slug="friend_kathi_own_absage", lang="de", company="",
        contact="kathi.moser@mailbox.example.at", date="2026-05-12 22:41 +0200",
        sender=("Kathi Moser", "kathi.moser@mailbox.example.at"),
        subject="stell dir vor …",
        text="""Hey Otti,

stell dir vor, ich hab heute die Absage von der Apotheke in Leoben bekommen. Nach DREI
Gesprächsrunden! „Wir haben uns für eine Bewerberin mit mehr Erfahrung in der
Heimbelieferung entschieden“ – ja eh. Ich bin so grantig.

Wie läuft's bei dir? Hast du von dem Molkerei-Job schon was gehört? Lass uns am Wochenende
auf einen Spritzer gehen, ich brauch das jetzt.

Bussi
Kathi
""",
    ),
    dict(
        kind="other", slug="hofbauer_cold_approach", lang="de", company="",
        contact="m.hofbauer@hofbauer-consulting.example.at", date="2026-05-20 09:18 +0200",
        sender=("Michael Hofbauer", "m.hofbauer@hofbauer-consulting.example.at"),
        subject="Ihr Profil – kurzer Austausch?",
        **(lambda t: dict(text=t, html=outlook_html(paras(t))))("""Sehr geehrte Frau Brandauer-Nkemelu,

ich bin auf Linkhub auf Ihr Profil gestoßen. Der Weg von der Apotheke in die
Qualitätssicherung ist bei unseren Kunden aus der Medizintechnik sehr gefragt.

Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber gerne kennenlernen, um Sie
bei passenden Positionen im Großraum Graz direkt ansprechen zu können. Hätten Sie
grundsätzlich Interesse an einem unverbindlichen Austausch?

Beste Grüße
Michael Hofbauer
Geschäftsführender Gesellschafter
Hofbauer Consulting · Personalberatung für Life Sciences
Kaiserfeldgasse 19, 8010 Graz · +43 316 22 87 61"""),
    ),
    dict(
        kind="other", slug="post_sendung_verspaetet", lang="de", company="", contact="",
        date="2026-06-02 18:20 +0200",
        sender=("Paketdienst Sendungsverfolgung", "noreply@sendungsverfolgung.example.at"),
        subject="Ihre Sendung 1Z47 0911 verspätet sich leider",
        headers=[("Auto-Submitted", "auto-generated")],
        **(lambda t: dict(text=t, html=ats_card("Sendungsverfolgung", paras(t),
                                                 "Bitte antworten Sie nicht auf diese E-Mail.",
                                                 "#ca8a04", "de")))("""Guten Tag,

Ihre Sendung 1Z47 0911 von „Laborbedarf24“ verspätet sich leider. Aufgrund eines
Fahrzeugausfalls im Verteilzentrum Kalsdorf konnte sie heute nicht zugestellt werden.

Neuer voraussichtlicher Zustelltermin: Mittwoch, 3. Juni, zwischen 10:00 und 14:00 Uhr.

Sie können die Zustellung jederzeit umleiten oder eine Abstellgenehmigung erteilen:
https://sendungsverfolgung.example.at/1Z470911

Wir entschuldigen uns für die Unannehmlichkeiten."""),
    ),
    dict(
        kind="other", slug="biketracker_position_update", lang="de", company="", contact="",
        date="2026-07-04 23:52 +0200",
        sender=("BikeFinder", "alerts-noreply@bikefinder.example.com"),
        subject="Neue Position Ihres Fahrrads gemeldet",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hallo Ottilie,

Ihr Tracker „Stadtrad blau“ hat eine neue Position übermittelt:

Position: 47.0687° N, 15.4392° O (Nähe Lendplatz, 8020 Graz)
Genauigkeit: ca. 25 m
Zeit: 04.07.2026, 23:49 Uhr

Das Fahrrad hat sich seit der letzten Meldung um 1,3 km bewegt. Leider ist der Akku des
Trackers nur noch zu 8 % geladen.

Karte öffnen: https://app.bikefinder.example.com/track/stadtrad-blau

Ihr BikeFinder-Team
""",
    ),
    dict(
        kind="other", slug="tagespost_press_interview_request", lang="de", company="",
        contact="p.steinwender@grazer-tagespost.example.at", date="2026-07-15 11:27 +0200",
        sender=("Paula Steinwender", "p.steinwender@grazer-tagespost.example.at"),
        subject="Interview-Anfrage für unsere Serie „Neustart mit 30+“",
        text="""Liebe Frau Brandauer-Nkemelu,

ich bin Redakteurin bei der Grazer Tagespost und schreibe für unsere Sommerserie
„Neustart mit 30+“ über Menschen, die sich beruflich neu orientieren. Eine Kollegin aus
Ihrem QM-Lehrgang hat mir Ihren Namen gegeben.

Hätten Sie Lust auf ein Interview von etwa 45 Minuten? Wir würden gern über Ihren Weg aus
der Apotheke in die Qualitätssicherung sprechen – gerne auch über Absagen und
Vorstellungsgespräche, so offen, wie Sie mögen. Ein Foto wäre schön, ist aber kein Muss.

Termin nach Ihrem Wunsch, am liebsten Ende Juli.

Herzliche Grüße
Paula Steinwender
Redaktion Leben & Arbeit
Grazer Tagespost · Hans-Sachs-Gasse 9 · 8010 Graz
+43 316 87 50-348
""",
    ),
    dict(
        kind="other", slug="stellenwerk_ux_research_interview", lang="de", company="",
        contact="lea.tschernutter@stellenwerk.example.at", date="2026-08-07 10:00 +0200",
        sender=("Stellenwerk UX Research", "ux-research@stellenwerk.example.at"),
        reply_to=("Lea Tschernutter", "lea.tschernutter@stellenwerk.example.at"),
        subject="Teilnahme an einem Nutzer-Interview? (25 € Gutschein)",
        **alt("""Hallo Ottilie,

du nutzt Stellenwerk seit einigen Monaten für deine Jobsuche. Wir überarbeiten gerade
unseren Bewerbungs-Tracker und suchen Nutzerinnen für ein 30-minütiges Video-Interview
mit unserem UX-Team.

Wir möchten verstehen, wie du den Überblick über Bewerbungen, Einladungen und Absagen
behältst. Es gibt keine richtigen oder falschen Antworten. Als Dankeschön bekommst du einen
Gutschein über 25 Euro.

Wenn du mitmachen möchtest, antworte einfach auf diese Mail – ich schlage dir dann
Termine vor.

Danke und liebe Grüße
Lea Tschernutter
UX Research, Stellenwerk""", "de"),
    ),
    dict(
        kind="other", slug="own_application_salzkammergut_pdf", lang="de", company="",
        contact="", id="sz_application", date="2026-08-17 20:33 +0200", sender=ME,
        to=[("Personalabteilung Salzkammergut Sterilpräparate",
             "personal@salzkammergut-steril.example.at")],
        subject="Bewerbung als QA Associate (Ihre Anzeige vom 10. August)",
        **(lambda t: dict(text=t, html=simple_html(paras(t), "de")))("""Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Anzeige für die Stelle als QA Associate in Gmunden
gelesen und bewerbe mich hiermit.

In meiner Arbeit als PKA in einer Grazer Apotheke lege ich seit Jahren großen Wert auf
lückenlose Dokumentation, Hygiene und die Einhaltung von Vorschriften. Mit meinem
abgeschlossenen Lehrgang in Qualitätsmanagement möchte ich diese Erfahrung nun in der
Sterilproduktion einsetzen. Ein Umzug ins Salzkammergut ist für mich und meinen Sohn gut
vorstellbar.

Meinen Lebenslauf finden Sie im Anhang. Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
""" + ME_SIG),
        pdfs=[("Lebenslauf_Ottilie_Brandauer-Nkemelu.pdf", [
            "Ottilie Brandauer-Nkemelu",
            "Pharmazeutisch-kaufmännische Assistentin - Quereinstieg Qualitätssicherung",
            "Berufserfahrung: Apotheke Zum Schutzengel, Graz (seit 2018)",
            "Weiterbildung: Lehrgang Qualitätsmanagement im Gesundheitswesen (2026)",
        ])],
    ),
    dict(
        kind="other", slug="stellenradar_digest_latin1_text", lang="de", company="",
        contact="", date="2026-08-24 05:45 +0200",
        sender=("StellenRadar", "radar@stellenradar.example.at"),
        subject="StellenRadar: 7 neue Treffer für Pharma & Labor in Linz",
        subject_cs=("iso-8859-1", "B"), enc=("iso-8859-1", "quoted-printable"),
        headers=bulk("StellenRadar Treffer <treffer.stellenradar.example.at>",
                     "https://stellenradar.example.at/abo/kuendigen?k=LNZ-3391"),
        text=digest_text("StellenRadar - Pharma & Labor, Linz", """Guten Morgen! Zu Ihrem Suchprofil gibt es 7 neue Treffer. Tipp der Woche: Wer nach
einem Vorstellungsgespräch zwei Wochen nichts hört, darf höflich nachfragen - eine
Absage ist das noch lange nicht.""",
            [("Laborant/in Qualitätskontrolle", "Linz-Urfahr, Vollzeit, EUR 2.560 brutto",
              "https://stellenradar.example.at/t/88120"),
             ("QA Specialist Sterile Manufacturing", "Linz, Vollzeit, ab EUR 3.300 brutto",
              "https://stellenradar.example.at/t/88131"),
             ("Qualitätsbeauftragte/r Lebensmittel", "Wels, Teilzeit 30 h",
              "https://stellenradar.example.at/t/88154"),
             ("Pharmazeutisch-kaufmännische Assistenz", "Steyr, Vollzeit",
              "https://stellenradar.example.at/t/88160")],
            """Suchprofil ändern oder Abo kündigen:
https://stellenradar.example.at/abo/kuendigen?k=LNZ-3391"""),
    ),
    dict(
        kind="other", slug="berufsinfo_webinar_vorstellungsgespraech", lang="de", company="",
        contact="", date="2026-09-03 10:15 +0200",
        sender=("Berufsinfozentrum Graz", "veranstaltungen@biz-graz.example.at"),
        subject="Webinar: Bewerbungsgespräche souverän meistern – 17. September",
        headers=bulk("BIZ Graz Veranstaltungen <events.biz-graz.example.at>",
                     "https://biz-graz.example.at/newsletter/austragen"),
        **(lambda t: dict(text=t, html=simple_html(paras(t) + button(
            "https://biz-graz.example.at/webinar/bewerbungsgespraech/anmelden", "Jetzt anmelden",
            "#be123c"), "de")))("""Liebe Interessierte,

wie überzeuge ich im Vorstellungsgespräch, wie reagiere ich auf Stressfragen, und was tun
nach einer Absage? Unser kostenloses Webinar gibt Antworten – mit Übungen und einer
offenen Fragerunde.

Termin: Donnerstag, 17. September 2026, 18:00–19:30 Uhr, online
Referentin: Mag.a Helga Promitzer, Karrierecoach

Die Anmeldung ist bis 15. September möglich:
https://biz-graz.example.at/webinar/bewerbungsgespraech/anmelden

Ihr Team vom Berufsinfozentrum Graz"""),
    ),
    dict(
        kind="other", slug="ooo_kaltenbrunner_quotes_own_mail", lang="de", company="",
        contact="s.leitgeb@kaltenbrunner-pb.example.at", date="2026-08-12 09:02 +0200",
        sender=KB,
        subject="Abwesenheitsnotiz: Rückfrage zu meinen Unterlagen",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        text="""Danke für Ihre Nachricht! Ich bin bis 24. August auf Urlaub und lese meine E-Mails
in dieser Zeit nicht. In dringenden Fällen erreichen Sie meinen Kollegen Mag. Daniel
Strobl unter d.strobl@kaltenbrunner-pb.example.at oder +43 1 535 88 20.

Sabine Leitgeb
Kaltenbrunner Personalberatung

-----Ursprüngliche Nachricht-----
Von: Ottilie Brandauer-Nkemelu <ottilie.bn@example.at>
Gesendet: Mittwoch, 12. August 2026 09:01
An: Sabine Leitgeb <s.leitgeb@kaltenbrunner-pb.example.at>
Betreff: Rückfrage zu meinen Unterlagen

Liebe Frau Leitgeb,

nach der Absage von Nymphenburg im März wollte ich nachfragen, ob Sie meinen Lebenslauf
schon für neue Vorstellungsgespräche weitergegeben haben. Ich habe ihn inzwischen
aktualisiert.

Liebe Grüße
Ottilie Brandauer-Nkemelu
""",
    ),
    dict(
        kind="other", slug="linkhub_new_message_teaser", lang="de", company="", contact="",
        date="2026-09-09 12:40 +0200",
        sender=("Linkhub", "messages-noreply@linkhub.example.com"),
        subject="Sie haben eine neue Nachricht von Birgit Pongratz",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://www.linkhub.example.com/e/unsub?t=msg-12>")],
        **(lambda t: dict(text=t, html=ats_card("Linkhub", paras(t),
                                                 "Sie erhalten Benachrichtigungen zu Nachrichten."
                                                 " Einstellungen ändern.", "#0a66c2", "de")))(
            """Birgit Pongratz (Talent Sourcing bei einem Medizintechnik-Unternehmen) hat Ihnen
eine Nachricht gesendet:

„Hallo Ottilie, danke fürs Vernetzen! Ich baue gerade ein Netzwerk für künftige
QA-Positionen in der Steiermark auf und …“

Antworten Sie direkt auf Linkhub:
https://www.linkhub.example.com/messaging/thread/2-NjQ4ZT

Diese E-Mail wurde an ottilie.bn@example.at gesendet."""),
    ),
    dict(
        kind="other", slug="mama_forwards_job_ad", lang="de", company="",
        contact="gertrude.brandauer@mailbox.example.at", date="2026-09-19 10:05 +0200",
        sender=("Gertrude Brandauer", "gertrude.brandauer@mailbox.example.at"),
        subject="WG: Stellenanzeige aus der Kleinen – wäre das was?",
        text="""Hallo Schatz,

die Anzeige hat mir die Hilde geschickt, vielleicht ist das was für dich? Ist gleich bei
uns in Leibnitz. Ich drück dir die Daumen für morgen!

Bussi Mama

""" + forwarded("de", "Hilde Url <hilde.url@mailbox.example.at>", "2026-09-18 19:22",
                "Gertrude Brandauer <gertrude.brandauer@mailbox.example.at>",
                "Stellenanzeige",
                """Liebe Trude, das hab ich in der Zeitung gesehen, für deine Tochter:

„Südsteirische Weinkellerei sucht Mitarbeiter/in Qualitätssicherung (Labor,
Rückverfolgbarkeit), 30–38 h, Bewerbungen an office@weinkellerei-sued.example.at“

Liebe Grüße, Hilde"""),
    ),
    dict(
        kind="other", slug="gesundheitskasse_antrag_abgelehnt", lang="de", company="",
        contact="", date="2026-10-05 08:00 +0200",
        sender=("Gesundheitskasse Süd", "noreply@gesundheitskasse-sued.example.at"),
        subject="Ihr Antrag auf Kostenzuschuss – Entscheidung",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt("""Sehr geehrte Frau Brandauer-Nkemelu,

Ihr Antrag auf Kostenzuschuss für die Zahnspange Ihres Sohnes (Antragsnummer
KZ-2026-118830) wurde geprüft. Leider müssen wir Ihren Antrag ablehnen, da die
Voraussetzungen (IOTN-Grad 4 oder 5) laut Befund nicht erfüllt sind.

Gegen diese Entscheidung können Sie binnen vier Wochen schriftlich Einspruch erheben. Den
vollständigen Bescheid finden Sie in Ihrem Online-Postfach.

Mit freundlichen Grüßen
Ihre Gesundheitskasse Süd""", "de"),
    ),
    # ------------------------------------------------------------------ English (13)
    dict(
        kind="other", slug="corkjobs_weekly_digest", lang="en", company="", contact="",
        date="2026-05-18 07:00 +0100",
        sender=("CorkJobs Weekly", "weekly@corkjobs.example.ie"),
        subject="This week: 9 QA jobs in Cork, plus 'surviving the panel interview'",
        headers=bulk("CorkJobs Weekly <weekly.corkjobs.example.ie>",
                     "https://corkjobs.example.ie/unsubscribe?u=ob2291"),
        **digest("CorkJobs Weekly - Quality & Compliance",
                 """Morning! Here are the newest quality roles around Cork. In this week's
feature, three hiring managers explain what they look for in a panel interview and why a
quick rejection is sometimes kinder than silence.""",
                 [("QA Associate (Batch Release) - Lough Mahon Therapeutics",
                   "Little Island - permanent - EUR 38-44k",
                   "https://corkjobs.example.ie/job/77120"),
                  ("Quality Technician - Ballincollig Foods", "Ballincollig - permanent",
                   "https://corkjobs.example.ie/job/77133"),
                  ("QA Officer, Aseptic - Lee Valley Hospital", "Cork city - 12-month contract",
                   "https://corkjobs.example.ie/job/77141"),
                  ("Feature: Surviving the panel interview", "5 min read",
                   "https://corkjobs.example.ie/advice/panel-interview")],
                 """You're receiving this because you subscribed to CorkJobs Weekly.
Unsubscribe: https://corkjobs.example.ie/unsubscribe?u=ob2291""", "#166534", "en"),
    ),
    dict(
        kind="other", slug="qa_career_notes_rejection_feedback_html", lang="en", company="",
        contact="", date="2026-06-04 16:00 +0100",
        sender=("QA Career Notes", "hello@qacareernotes.example.com"),
        subject="How to ask for feedback after a rejection (without being awkward)",
        headers=bulk("QA Career Notes <notes.qacareernotes.example.com>",
                     "https://qacareernotes.example.com/unsubscribe/ob-55"),
        html=simple_html(paras("""Hi there,

You spent two hours preparing, you nailed the deviation question, and then: "Unfortunately,
we have decided to move forward with other candidates." What now?

This week's note covers how to ask for feedback politely, which questions actually get
answered, and how to keep the door open for the next opening at the same company.

1. Reply within 48 hours and thank them for the interview.
2. Ask one specific question, not "why did I fail?".
3. Say you'd welcome hearing about future roles.

Until next week,
Maeve from QA Career Notes""") + '\n<p style="font-size:11px;color:#777">'
            '<a href="https://qacareernotes.example.com/unsubscribe/ob-55">Unsubscribe</a> · '
            '<a href="https://qacareernotes.example.com/archive">Archive</a></p>', "en"),
    ),
    dict(
        kind="other", slug="cleanroom_podcast_interview_request", lang="en", company="",
        contact="declan@cleanroompod.example.com", date="2026-06-23 20:14 +0100",
        sender=("Declan Furlong", "declan@cleanroompod.example.com"),
        subject="Podcast interview? 'The Clean Room' - career changers episode",
        text="""Hi Ottilie,

I host The Clean Room, a small podcast about people working in pharma quality. A friend at
Shandon Recruitment mentioned you're moving from community pharmacy into QA across a few
countries, which is exactly the story we want for our career-changers episode.

Would you be up for a 40-minute interview over Zoom some time in July? We'd chat about
what surprised you, the interviews you've had so far, and any advice for others. We
record, edit lightly and send you the cut before it goes out.

No pressure at all - just let me know.

Cheers,
Declan Furlong
The Clean Room podcast
""",
    ),
    dict(
        kind="other", slug="hirely_user_research_replyto", lang="en", company="",
        contact="priya.nair@hirely.example.com", date="2026-07-09 15:30 +0100",
        sender=("Hirely Research", "research@hirely.example.com"),
        reply_to=("Priya Nair", "priya.nair@hirely.example.com"),
        subject="Would you join a 45-minute research interview? (EUR 40 voucher)",
        **alt("""Hi Ottilie,

I'm a user researcher at Hirely. We're talking to people who are applying for jobs in more
than one country to understand how they keep track of applications, interview invitations
and offers.

Would you be willing to join a 45-minute video interview with me in the next two weeks?
It's not a job interview - there are no right answers - and we'll send you a EUR 40
voucher as a thank-you.

If you're interested, just reply and I'll send a few time options.

Thanks,
Priya Nair
Senior User Researcher, Hirely""", "en"),
    ),
    dict(
        kind="other", slug="own_thanks_savica_panel", lang="en", company="", contact="",
        id="sav_thanks", parent="sav_move", date="2026-07-02 15:10 +0200", sender=ME,
        to=[SAV], cc=[("Dr Luka Bregar", "luka.bregar@savica-labs.example.si")],
        subject="Thank you for today's panel interview",
        text="""Dear Nina, dear Dr Bregar,

Thank you very much for this morning's panel interview and the tour of the QC lab. I
especially appreciated the discussion about how Savica handles deviations across the two
buildings - it made me even more enthusiastic about the QA Associate role.

If you need references or any documents from me, I'd be happy to send them.

Kind regards,
Ottilie Brandauer-Nkemelu
+43 664 318 27 95
""",
    ),
    dict(
        kind="other", slug="own_thanks_leevalley", lang="en", company="", contact="",
        id="lvh_thanks", date="2026-02-26 20:04 +0100", sender=ME,
        parent_mid="<7a9910e4.leevalley.interview@leevalleyhospital.example.ie>",
        to=[("Hegarty, Niamh", "n.hegarty@leevalleyhospital.example.ie")],
        subject="Thank you - QA Associate interview",
        text=LVH_THANKS + "\n",
    ),
    dict(
        kind="other", slug="friend_siobhan_own_rejection", lang="en", company="",
        contact="siobhan.kiely@mailbox.example.ie", date="2026-07-19 21:05 +0100",
        sender=("Siobhán Kiely", "siobhan.kiely@mailbox.example.ie"),
        subject="ugh, got the email",
        text="""Ottilie,

So I got the "after careful consideration we have decided to move forward with candidates
whose experience more closely matches the role" email from the medtech place in Galway.
After a two-hour panel and a presentation! Not even a phone call.

Anyway, enough moaning - how did your Ljubljana interview go? Tell me everything. And are
you still coming over to Cork in September?

S x
""",
    ),
    dict(
        kind="other", slug="ooo_savica_autoreply", lang="en", company="",
        contact="nina.zupancic@savica-labs.example.si", date="2026-07-02 15:11 +0200",
        parent="sav_thanks", sender=SAV,
        subject="Automatic reply: Thank you for today's panel interview",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Thank you for your email. I am out of the office from 2 to 10 July with limited
access to email. For urgent matters regarding open positions or interview scheduling,
please contact hr@savica-labs.example.si.

Nina Zupančič
Savica Labs
""",
    ),
    dict(
        kind="other", slug="linkhub_jobs_for_you_en", lang="en", company="", contact="",
        date="2026-08-20 18:00 +0100",
        sender=("Linkhub Job Alerts", "jobalerts-noreply@linkhub.example.com"),
        subject="5 new jobs for Quality Assurance Associate in Cork",
        headers=bulk("Linkhub job alerts <jobalerts.linkhub.example.com>",
                     "https://www.linkhub.example.com/e/unsub?t=ja-cork"),
        **digest("Jobs you may be interested in",
                 """Based on your job alert "Quality Assurance Associate - Cork". Your
application to Kestrel Clinical Labs was viewed by the recruiter.""",
                 [("QA Associate - Glanmire Medical Devices", "Glanmire - 2 days ago",
                   "https://www.linkhub.example.com/jobs/view/3390011"),
                  ("Quality Specialist - Carrigaline Compounding", "Carrigaline - 1 week ago",
                   "https://www.linkhub.example.com/jobs/view/3390087"),
                  ("QA Officer - Mallow Nutrition", "Mallow - 3 days ago",
                   "https://www.linkhub.example.com/jobs/view/3390122")],
                 """Manage job alerts: https://www.linkhub.example.com/jobs/alerts
Linkhub Ireland Unlimited Company, Dublin""", "#0a66c2", "en"),
    ),
    dict(
        kind="other", slug="parcel_delayed_unfortunately", lang="en", company="", contact="",
        date="2026-09-24 13:13 +0100",
        sender=("SwiftParcel", "tracking-noreply@swiftparcel.example.com"),
        subject="Unfortunately, your parcel is delayed",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hello Ottilie,

Unfortunately, your parcel SP-IE-55018273 from "Irish Linen Co." is delayed due to high
volumes at our Dublin hub. We now expect to deliver it to Graz on Tuesday, 29 September.

You don't need to do anything. Track your parcel:
https://swiftparcel.example.com/track/SP-IE-55018273

We're sorry for the inconvenience.
SwiftParcel Customer Care
""",
    ),
    dict(
        kind="other", slug="blarney_search_cold_approach", lang="en", company="",
        contact="eoin.murphy@blarneysearch.example.ie", date="2026-09-28 09:47 +0100",
        sender=("Eoin Murphy", "eoin.murphy@blarneysearch.example.ie"),
        subject="QA roles in Cork - open to a conversation?",
        **(lambda t: dict(text=t, html=outlook_html(paras(t), "en")))("""Hi Ottilie,

I noticed on Linkhub that you're looking at QA positions in Cork. I run a small search firm
specialising in pharma and medtech quality roles in Munster.

I don't have a specific vacancy for you right now, but the market here is busy and I'd be
glad to understand what you're looking for so I can flag the right openings early. Would
you be open to a short conversation some time?

Kind regards,
Eoin Murphy
Director | Blarney Search Partners
Blarney Business Park, Co. Cork | +353 21 438 5520"""),
    ),
    dict(
        kind="other", slug="pgcert_admission_not_successful", lang="en", company="",
        contact="g.healy@southmunster-uni.example.ie", date="2026-08-14 11:20 +0100",
        sender=("Gráinne Healy", "g.healy@southmunster-uni.example.ie"),
        sender_cs=("iso-8859-1", "Q"),
        subject="Your application: Postgraduate Certificate in Pharmaceutical Quality",
        text="""Dear Ms Brandauer-Nkemelu,

Thank you for applying to the Postgraduate Certificate in Pharmaceutical Quality
(part-time, online) for the 2026/27 intake.

I regret to tell you that your application was not successful on this occasion. The
programme requires a level-8 degree in a science discipline, and your pharmacy technician
qualification, while relevant, does not meet that entry requirement. You may wish to
consider our Certificate in GMP Fundamentals, which has no degree requirement.

Yours sincerely,
Gráinne Healy
Admissions Officer, School of Pharmacy
South Munster University
""",
    ),
    dict(
        kind="other", slug="pharma_qa_digest_mailing_list", lang="en", company="", contact="",
        date="2026-10-03 06:00 +0100",
        sender=("Pharma-QA Forum Digest", "pharma-qa-digest@lists.qaforum.example.org"),
        subject="Pharma-QA Digest, Vol 14, Issue 39",
        headers=[("List-Id", "Pharma QA discussion <pharma-qa.lists.qaforum.example.org>"),
                 ("List-Unsubscribe",
                  "<mailto:pharma-qa-request@lists.qaforum.example.org?subject=unsubscribe>"),
                 ("List-Post", "<mailto:pharma-qa@lists.qaforum.example.org>"),
                 ("Precedence", "list")],
        text="""Send Pharma-QA mailing list submissions to
    pharma-qa@lists.qaforum.example.org

Today's Topics:

   1. Re: Hiring freeze at big CDMOs? (K. Brennan)
   2. Interview question: "describe a deviation you closed" (M. Ortiz)
   3. Offer negotiation for QA associate roles (anon)

----------------------------------------------------------------------

Message: 1
From: K. Brennan
Subject: Re: Hiring freeze at big CDMOs?

Two of the sites near us have put QA roles on hold until Q1. Candidates are getting
"we will not proceed" emails mid-process. Grim.

----------------------------------------------------------------------

Message: 2
From: M. Ortiz
Subject: Interview question: "describe a deviation you closed"

Every panel interview I've sat on asks this. Use STAR and bring numbers.

----------------------------------------------------------------------

Message: 3
Subject: Offer negotiation for QA associate roles

Got a verbal offer last week - is it normal to ask for the written offer before
resigning? (Yes. Always.)

_______________________________________________
Pharma-QA mailing list
https://lists.qaforum.example.org/mailman/listinfo/pharma-qa
""",
    ),
    # ------------------------------------------------------------------ French (5)
    dict(
        kind="other", slug="emploisante_rhone_alerte", lang="fr", company="", contact="",
        date="2026-03-30 07:15 +0200",
        sender=("EmploiSanté Rhône", "alertes@emploisante-rhone.example.fr"),
        subject="Vos nouvelles offres : assurance qualité à Lyon (6)",
        headers=bulk("Alertes EmploiSante <alertes.emploisante-rhone.example.fr>",
                     "https://emploisante-rhone.example.fr/alertes/desinscription?a=7714"),
        **digest("Alerte emploi : assurance qualité, Lyon (69)",
                 """Bonjour, 6 nouvelles offres correspondent à votre alerte. À lire aussi :
« Entretien d'embauche : les questions pièges en industrie pharmaceutique ».""",
                 [("Technicien(ne) assurance qualité - Laboratoires Fourvière",
                   "Lyon 5e - CDI", "https://emploisante-rhone.example.fr/offre/44120"),
                  ("Assistant(e) qualité PUI - Clinique Saint-Irénée",
                   "Lyon 5e - intérim 8 mois", "https://emploisante-rhone.example.fr/offre/44133"),
                  ("Technicien(ne) AQ - BioConfluence", "Lyon 2e - CDI",
                   "https://emploisante-rhone.example.fr/offre/44151"),
                  ("Conseil : les questions pièges en entretien", "Lecture 5 min",
                   "https://emploisante-rhone.example.fr/conseils/entretien-pieges")],
                 """Vous recevez cet e-mail car vous avez créé une alerte.
Se désinscrire : https://emploisante-rhone.example.fr/alertes/desinscription?a=7714""",
                 "#1d4ed8", "fr"),
    ),
    dict(
        kind="other", slug="own_apology_fourviere_missed", lang="fr", company="", contact="",
        id="lf_apology", parent="lf_missed", date="2026-04-28 18:05 +0200", sender=ME, to=[LF],
        subject="RE: Entretien de ce matin",
        text=reply("""Bonjour Madame Moulin,

Je vous présente toutes mes excuses pour ce matin : une panne de courant dans tout mon
immeuble à Graz m'a coupée d'Internet et mon téléphone était déchargé. Je reste très
intéressée par le poste et serais reconnaissante de pouvoir fixer un nouveau rendez-vous,
à votre convenance.

Bien cordialement,
Ottilie Brandauer-Nkemelu
+43 664 318 27 95""", "fr", "2026-04-28 10:40", "Claire Moulin",
            "claire.moulin@labo-fourviere.example.fr", """Bonjour Madame Brandauer-Nkemelu,

Nous vous avons attendue sur Teams ce matin à 10h00 pour notre entretien, M. Perrin et
moi, jusqu'à 10h25. Nous n'avons pas réussi à vous joindre par téléphone non plus."""),
    ),
    dict(
        kind="other", slug="universite_du_candidature_non_retenue", lang="fr", company="",
        contact="", date="2026-06-30 09:00 +0200",
        sender=("eCandidat - Université Confluence", "ecandidat-noreply@univ-confluence.example.fr"),
        subject="Décision concernant votre candidature au DU Qualité en industrie de santé",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt("""Madame,

La commission pédagogique du Diplôme d'Université « Qualité en industrie de santé »
(formation continue, rentrée 2026) a examiné votre dossier.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue, le nombre
de places étant limité à 24. Vous êtes placée en liste complémentaire (rang 5).

Pour toute question, merci de contacter le service de formation continue.

Université Confluence - Service Formation Continue""", "fr"),
    ),
    dict(
        kind="other", slug="mag_emploi_conseils_entretien_visio", lang="fr", company="",
        contact="", date="2026-08-27 08:30 +0200",
        sender=("Le Mag de l'Emploi", "lettre@magemploi.example.fr"),
        subject="Entretien en visio : 7 erreurs qui coûtent cher",
        headers=bulk("La lettre du Mag de l'Emploi <lettre.magemploi.example.fr>",
                     "https://magemploi.example.fr/lettre/desabonnement?id=ob93"),
        **(lambda t: dict(text=t, html=simple_html(paras(t), "fr")))("""Bonjour,

Un entretien d'embauche en visioconférence se prépare autant qu'un rendez-vous en
présentiel. Cette semaine, nos conseils pour éviter les pièges classiques :

1. Tester le lien et le micro la veille, pas cinq minutes avant.
2. Prévoir un plan B si la connexion tombe (numéro de téléphone du recruteur).
3. Regarder la caméra, pas son propre visage.
4. Ne pas lire ses notes à l'écran.

Et si le recruteur ne se connecte pas ? Attendez dix minutes, puis envoyez un message
courtois.

Lire l'article complet : https://magemploi.example.fr/conseils/entretien-visio

Le Mag de l'Emploi
Se désabonner : https://magemploi.example.fr/lettre/desabonnement?id=ob93"""),
    ),
    dict(
        kind="other", slug="autoreponse_bioconfluence_absence", lang="fr", company="",
        contact="c.faure@bioconfluence.example.fr", date="2026-07-03 08:12 +0200",
        parent_mid="<6b3e01d9.bioconfluence.question@mail.example.at>",
        sender=("Camille Faure", "c.faure@bioconfluence.example.fr"),
        subject="Réponse automatique : Question sur l'entretien",
        headers=[("Auto-Submitted", "auto-replied")],
        enc=("iso-8859-1", "8bit"),
        text="""Bonjour,

Je suis absente du bureau jusqu'au 20 juillet inclus. Pendant cette période, je n'aurai
pas accès à ma messagerie. Votre message ne sera pas transféré.

Pour toute question urgente relative à un recrutement, vous pouvez écrire à
recrutement@bioconfluence.example.fr.

Cordialement,
Camille Faure
Chargée RH - BioConfluence
""",
    ),
    # ------------------------------------------------------------------ Spanish (8)
    dict(
        kind="other", slug="empleolevante_alerta", lang="es", company="", contact="",
        date="2026-04-06 07:30 +0200",
        sender=("EmpleoLevante", "alertas@empleolevante.example.es"),
        subject="Nuevas ofertas para ti: calidad farmacéutica en Valencia",
        headers=bulk("Alertas EmpleoLevante <alertas.empleolevante.example.es>",
                     "https://empleolevante.example.es/alertas/baja?c=91aa"),
        **digest("Tu alerta de empleo: calidad, Valencia",
                 """Hola, Ottilie. Hemos encontrado 5 ofertas nuevas para tu búsqueda. Además,
en el blog: «Qué hacer si no te llaman tras la entrevista» y «Cómo responder a un
rechazo».""",
                 [("Técnico/a de Garantía de Calidad - Biofarma Levante",
                   "Paterna - indefinido", "https://empleolevante.example.es/oferta/20331"),
                  ("Técnico/a de calidad agroalimentaria - Cítricos La Albufera",
                   "València - campaña", "https://empleolevante.example.es/oferta/20347"),
                  ("Auxiliar de laboratorio", "Burjassot - temporal",
                   "https://empleolevante.example.es/oferta/20352"),
                  ("Blog: Cómo responder a un rechazo", "Lectura de 4 min",
                   "https://empleolevante.example.es/blog/responder-rechazo")],
                 """Recibes este correo porque creaste una alerta.
Darse de baja: https://empleolevante.example.es/alertas/baja?c=91aa""", "#b45309", "es"),
    ),
    dict(
        kind="other", slug="own_thanks_biofarma", lang="es", company="", contact="",
        id="bl_thanks", parent="bl_move", date="2026-05-28 18:40 +0200", sender=ME, to=[BL],
        subject="Gracias por la entrevista de hoy",
        text="""Estimado Jordi:

Muchas gracias por la entrevista de esta mañana y por la visita a la planta. Me ha
encantado conocer al equipo de la Dra. Vidal.

Un saludo,
Ottilie
""",
    ),
    dict(
        kind="other", slug="paquete_retrasado_lamentablemente", lang="es", company="",
        contact="", date="2026-03-11 12:05 +0100",
        sender=("Envíos TuTienda", "envios-noreply@tutienda.example.es"),
        subject="Lamentablemente, tu pedido llegará con retraso",
        headers=[("Auto-Submitted", "auto-generated")],
        **(lambda t: dict(text=t, html=ats_card("TuTienda", paras(t),
                                                 "No respondas a este correo.", "#be185d",
                                                 "es")))("""Hola, Ottilie:

Lamentablemente, tu pedido n.º 4471-2290 (2 libros) llegará con retraso. La empresa de
transporte nos indica una incidencia en la aduana del envío internacional a Austria.

Nueva fecha estimada de entrega: entre el 18 y el 20 de marzo.

Puedes seguir tu envío aquí: https://tutienda.example.es/pedidos/4471-2290

Sentimos las molestias.
El equipo de TuTienda"""),
    ),
    dict(
        kind="other", slug="consejos_entrevista_competencias", lang="es", company="",
        contact="", date="2026-05-07 09:00 +0200",
        sender=("Carrera Pro", "boletin@carrerapro.example.es"),
        subject="Cómo preparar una entrevista por competencias",
        headers=bulk("Boletin Carrera Pro <boletin.carrerapro.example.es>",
                     "https://carrerapro.example.es/boletin/baja?u=ob7"),
        text="""BOLETÍN CARRERA PRO

Cómo preparar una entrevista por competencias

Las entrevistas por competencias se basan en una idea sencilla: lo que hiciste en el
pasado predice lo que harás en el futuro. Por eso te preguntarán «cuéntame una vez en
que…».

- Prepara cinco historias con el método STAR (situación, tarea, acción, resultado).
- Cuantifica: cuántos lotes, cuántas desviaciones, cuánto tiempo ahorrado.
- Si te rechazan, pide feedback: es la mejor preparación para la siguiente oferta.

Leer más: https://carrerapro.example.es/articulos/entrevista-competencias

Para darte de baja: https://carrerapro.example.es/boletin/baja?u=ob7
""",
    ),
    dict(
        kind="other", slug="amiga_nuria_su_rechazo", lang="es", company="",
        contact="nuria.peris@correo.example.es", date="2026-06-14 23:10 +0200",
        sender=("Núria Peris", "nuria.peris@correo.example.es"),
        subject="me han dicho que no 😩",
        subject_cs=("utf-8", "B"),
        text="""¡Hola, Otti!

Pues nada, me han rechazado en la farmacia del hospital. Me escribieron un correo de
esos de «lamentamos comunicarle que su candidatura no ha sido seleccionada» y ya está. Ni
una llamada después de dos entrevistas.

Bueno, a otra cosa. ¿Qué tal lo de Biofarma? ¡Cuéntame! Y si vienes a Valencia en
septiembre, te invito a horchata.

Un besazo,
Núria
""",
    ),
    dict(
        kind="other", slug="turia_respuesta_automatica", lang="es", company="",
        contact="marta.olmos@hospitalturia.example.es", date="2026-02-21 09:30 +0100",
        parent="ht_missed",
        sender=("Marta Olmos", "marta.olmos@hospitalturia.example.es"),
        subject="Respuesta automática: RE: Llamada breve - candidatura Técnico/a de Garantía de Calidad",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 2 de marzo. Durante mi ausencia no revisaré el
correo con regularidad. Para asuntos urgentes relacionados con procesos de selección,
puede llamar a la centralita de RR. HH.: 963 87 41 00.

Marta Olmos
Hospital Turia Salud
""",
    ),
    dict(
        kind="other", slug="albufera_headhunting_cold_approach", lang="es", company="",
        contact="carmen.ribera@albufera-hh.example.es", date="2026-09-16 10:50 +0200",
        sender=("Carmen Ribera", "carmen.ribera@albufera-hh.example.es"),
        subject="¿Hablamos sobre tu carrera en calidad?",
        **alt("""Hola, Ottilie:

Soy Carmen Ribera, de Albufera Headhunting. He visto tu perfil y me ha llamado la atención
tu experiencia en farmacia y tu formación en gestión de la calidad.

No tengo ahora mismo una vacante concreta para ti, pero trabajo con varias empresas
farmacéuticas y alimentarias de la Comunitat Valenciana y me gustaría conocerte para
tenerte en cuenta en futuros procesos. ¿Te apetecería una videollamada de 20 minutos?

Un saludo,
Carmen Ribera
Consultora sénior - Albufera Headhunting
Carrer de Colón 60, 46004 València""", "es"),
    ),
    dict(
        kind="other", slug="academia_espanol_prueba_oral_cambiada", lang="es", company="",
        contact="elena.cortes@hispania-graz.example.at", date="2026-10-07 16:25 +0200",
        sender=("Elena Cortés", "elena.cortes@hispania-graz.example.at"),
        subject="Cambio de hora: tu entrevista de nivel (prueba oral B2)",
        enc=("windows-1252", "8bit"),
        text="""Hola, Ottilie:

Te escribo desde el Centro de Idiomas Hispania de Graz. Tenemos que cambiar la hora de tu
entrevista de nivel para el curso B2: en lugar del jueves a las 17:00 será el jueves
15 de octubre a las 18:30, con la profesora Laura Gil.

La prueba oral dura unos 15 minutos y sirve solo para colocarte en el grupo adecuado.
¿Te viene bien la nueva hora?

Saludos,
Elena Cortés
Secretaría – Centro de Idiomas Hispania
Annenstraße 22, 8020 Graz – +43 316 71 22 09
""",
    ),
]
