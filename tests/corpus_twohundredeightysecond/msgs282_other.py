"""Corpus 282: the 52 messages of kind `other`, each written by hand.

Digests and newsletters, advice articles, press/podcast and user-research requests, parcel and
GPS notices, friends, the candidate's own sent mail, cold approaches, bank/landlord/school/doctor
mail, out-of-office replies, network notifications and refused course places.
"""

from __future__ import annotations

from msgs282_common import (
    CAND,
    CAND_NAME,
    CAND_SIG_DE,
    CAND_SIG_EN,
    ME,
    ats_card,
    button,
    forward_block,
    html_page,
    mso,
    news_html,
    news_text,
    on_wrote,
    outlook_html,
    paras,
    quote,
    spec,
)

O = "other"
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}


def listhdr(list_id: str, unsub: str, mailto: str = "") -> dict:
    value = f"<{unsub}>" + (f", <mailto:{mailto}>" if mailto else "")
    return {
        "List-Id": list_id,
        "List-Unsubscribe": value,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


def cv_pdf(lang: str) -> dict:
    title = {"de": "Lebenslauf", "en": "Curriculum Vitae", "es": "Curriculum Vitae"}[lang]
    return dict(type="pdf", name=f"{title.replace(' ', '_')}_Magnus_Achterberg-Nwosu.pdf",
                title=title,
                lines=[title, "Magnus Achterberg-Nwosu", "Am Lagerstieg 7, 28309 Bremen",
                       "2018-2026 Staplerfahrer / Lagermitarbeiter, Bremen",
                       "Stellvertretender Schichtleiter seit 2024",
                       "Staplerschein, Schmalgang, Kran; Erste Hilfe; SAP EWM Grundlagen",
                       "Sprachen: Deutsch, Englisch, Französisch (B1), Spanisch (A2)"])


MESSAGES: list[dict] = []
add = MESSAGES.append

# =============================================================================================
# German
# =============================================================================================

# 1 job-alert digest ------------------------------------------------------------------------
_items = [
    ("Schichtleiter Lager (m/w/d) – Weserkai Logistik, Bremen-GVZ",
     "https://www.stellenhafen.example.de/job/88213?utm_source=jobagent",
     "Vollzeit · 3-Schicht · Bewerbung ohne Anschreiben, Vorstellungsgespräch innerhalb einer Woche"),
    ("Teamleiter Wareneingang – Baumarkt Weserland, Achim",
     "https://www.stellenhafen.example.de/job/88240?utm_source=jobagent",
     "Unbefristet · Früh/Spät · Staplerschein erforderlich"),
    ("Vorarbeiter Kühllager – Lloyd Kühlhaus, Bremerhaven",
     "https://www.stellenhafen.example.de/job/88251?utm_source=jobagent",
     "Tiefkühlzulage · Betriebsrente"),
    ("Lagerkoordinator – Hunte Frischelogistik, Oldenburg",
     "https://www.stellenhafen.example.de/job/88277?utm_source=jobagent",
     "Frische & Kühlkette · Neu seit gestern"),
    ("Staplerfahrer mit Führungsperspektive – Flexmann Personal, Hamburg",
     "https://www.stellenhafen.example.de/job/88302?utm_source=jobagent",
     "Zeitarbeit mit Übernahmeoption"),
]
_intro = """Hallo Magnus,

Ihr Jobagent „Schichtleiter Lager, Umkreis 50 km um Bremen“ hat 5 neue Stellen gefunden. Tipp der Woche: Wer nach einer Absage freundlich nachfragt, bekommt oft wertvolles Feedback für das nächste Vorstellungsgespräch."""
_foot = """Sie erhalten diese E-Mail, weil Sie einen Jobagenten bei Stellenhafen angelegt haben.
Jobagent bearbeiten: https://www.stellenhafen.example.de/jobagent/ja-5520
Abmelden: https://www.stellenhafen.example.de/unsubscribe?u=ma5520
Stellenhafen GmbH · Am Markt 1 · 28195 Bremen"""
add(spec(
    kind=O, slug="stellenhafen_jobagent_digest", lang="de", company="", contact="",
    frm=("Stellenhafen Jobagent", "jobagent@mail.stellenhafen.example.de"),
    subject="5 neue Jobs für „Schichtleiter Lager“ in Bremen und Umgebung",
    date="2026-03-16 06:30",
    text=news_text(_intro, _items, _foot),
    html=news_html("Stellenhafen", "#0f766e", _intro, _items, _foot.replace("\n", "<br>")),
    hdr=listhdr("Stellenhafen Jobagent <jobagent.stellenhafen.example.de>",
                "https://www.stellenhafen.example.de/unsubscribe?u=ma5520",
                "unsubscribe@mail.stellenhafen.example.de"),
    cte="quoted-printable",
))

# 2 newsletter on rejections ------------------------------------------------------------------
_items = [
    ("Absage erhalten? Fünf Schritte, die wirklich helfen",
     "https://karrierebrief.example.de/artikel/absage-was-nun",
     "Warum eine Absage selten mit Ihnen persönlich zu tun hat – und wie Sie um Feedback bitten."),
    ("Vom Stapler ins Schichtbüro: Erfahrungsbericht aus Bremerhaven",
     "https://karrierebrief.example.de/artikel/vom-stapler-ins-buero",
     "Ein Teamleiter erzählt, wie er sein erstes Vorstellungsgespräch für eine Führungsrolle erlebt hat."),
    ("Gehaltscheck 2026: Was verdienen Schichtleiter in Norddeutschland?",
     "https://karrierebrief.example.de/artikel/gehaltscheck-schichtleiter",
     "Zahlen aus Bremen, Hamburg, Hannover und Oldenburg."),
    ("Termine: Jobmesse Logistik Hamburg am 18. April",
     "https://karrierebrief.example.de/termine/jobmesse-hh",
     "Über 60 Arbeitgeber, Bewerbungsfoto-Service inklusive."),
]
_intro = """Moin aus der Redaktion,

diesmal geht es um das Thema, über das niemand gern spricht: Absagen. Außerdem: ein Erfahrungsbericht, der aktuelle Gehaltscheck und offene Stellen auf der Jobmesse."""
_foot = """Logistik-Karrierebrief · Ausgabe 14/2026
Newsletter abbestellen: https://karrierebrief.example.de/abmelden?id=77193
Verantwortlich: Nordlicht Medien, Hamburg"""
add(spec(
    kind=O, slug="karrierebrief_absage_newsletter", lang="de", company="", contact="",
    frm=("Logistik-Karrierebrief", "redaktion@karrierebrief.example.de"),
    subject="Absage – und jetzt? | Logistik-Karrierebrief 14/2026",
    date="2026-04-02 07:00",
    text=news_text(_intro, _items, _foot),
    html=news_html("Logistik-Karrierebrief", "#1e3a8a", _intro, _items, _foot.replace("\n", "<br>")),
    hdr=listhdr("Logistik-Karrierebrief <karrierebrief.example.de>",
                "https://karrierebrief.example.de/abmelden?id=77193"),
    cte="base64",
))

# 3 job mail from a second board (HTML only) --------------------------------------------------
_items = [
    ("Teamleiter Logistik (m/w/d) – Zentrallager Hannover-Misburg",
     "https://www.arbeitsplatz-nord.example.de/s/tl-hannover-1", "Einzelhandel · Vollzeit · ab sofort"),
    ("Lagerleiter Getränkelogistik – Hannover-Döhren",
     "https://www.arbeitsplatz-nord.example.de/s/ll-doehren-4", "Brauerei · Haustrunk · 13 Gehälter"),
    ("Schichtleitung Frische (m/w/d) – Laatzen",
     "https://www.arbeitsplatz-nord.example.de/s/sl-laatzen-2", "Kühlkette · Nachtschicht"),
]
_intro = """Guten Tag Herr Achterberg-Nwosu,

passend zu Ihrer Suche „Lagerleiter Hannover“ gibt es neue Stellenangebote. Bewerben Sie sich schnell – viele Arbeitgeber laden schon in der ersten Woche zum Gespräch ein."""
_foot = "Suchauftrag verwalten oder abbestellen: https://www.arbeitsplatz-nord.example.de/suchauftrag/abmelden/3391"
add(spec(
    kind=O, slug="arbeitsplatz_nord_jobmail_html", lang="de", company="", contact="",
    frm=("Arbeitsplatz Nord", "suchauftrag@arbeitsplatz-nord.example.de"),
    subject="Neue Stellen: Lagerleiter Hannover",
    date="2026-05-19 05:45",
    html=news_html("Arbeitsplatz Nord", "#be123c", _intro, _items, _foot),
    hdr=listhdr("Suchauftrag <suchauftrag.arbeitsplatz-nord.example.de>",
                "https://www.arbeitsplatz-nord.example.de/suchauftrag/abmelden/3391"),
))

# 4 agency newsletter ----------------------------------------------------------------------------
_items = [
    ("So überzeugen Sie im Vorstellungsgespräch beim Kunden",
     "https://www.flexmann-personal.example.de/kompakt/vorstellung-beim-kunden",
     "Pünktlich, Sicherheitsschuhe dabei, Fragen vorbereitet – unsere Checkliste."),
    ("Neue Einsätze im Hamburger Hafen",
     "https://www.flexmann-personal.example.de/jobs?region=hamburg-hafen",
     "Staplerfahrer, Vorarbeiter, Lagerhelfer – 23 offene Stellen."),
    ("Weihnachtsgeld für Zeitarbeitnehmer: Das gilt 2026",
     "https://www.flexmann-personal.example.de/kompakt/weihnachtsgeld-2026",
     "Die wichtigsten Regeln aus dem Tarifvertrag."),
]
_intro = """Hallo Herr Achterberg-Nwosu,

hier ist die September-Ausgabe von „Flexmann Kompakt“ mit Tipps, neuen Einsätzen und Neuigkeiten aus dem Tarif."""
_foot = "Flexmann Personal GmbH · Sie möchten Flexmann Kompakt nicht mehr erhalten? https://www.flexmann-personal.example.de/newsletter/abmelden?k=fx-9931"
add(spec(
    kind=O, slug="flexmann_kompakt_newsletter", lang="de", company="", contact="",
    frm=("Flexmann Kompakt", "newsletter@flexmann-personal.example.de"),
    subject="Flexmann Kompakt 09/2026: Vorstellung beim Kunden & neue Hafen-Jobs",
    date="2026-09-03 10:00",
    text=news_text(_intro, _items, _foot),
    html=news_html("Flexmann Kompakt", "#ea580c", _intro, _items, _foot),
    hdr=listhdr("Flexmann Kompakt <kompakt.flexmann-personal.example.de>",
                "https://www.flexmann-personal.example.de/newsletter/abmelden?k=fx-9931"),
))

# 5 career-advice article ------------------------------------------------------------------
_t = """Die 7 häufigsten Fragen im Vorstellungsgespräch für Schichtleiter – und wie Sie antworten

1. „Wie gehen Sie mit einem Mitarbeiter um, der ständig zu spät kommt?“
Zeigen Sie, dass Sie erst das Gespräch suchen und dann konsequent handeln.

2. „Was machen Sie, wenn um 5 Uhr morgens drei Leute fehlen?“
Hier zählt Ihr Plan B: Springer, Prioritäten, Kommunikation mit dem Kunden.

3. „Warum wollen Sie vom Stapler ins Büro?“
Ehrlich bleiben – und erzählen, wo Sie schon Verantwortung übernommen haben.

Die übrigen vier Fragen und Musterantworten lesen Sie im vollständigen Artikel:
https://karriere-kompass.example.de/schichtleiter-fragen

Karriere-Kompass Logistik – jede Woche ein Praxistipp.
Abmelden: https://karriere-kompass.example.de/abmelden?e=ma
"""
add(spec(
    kind=O, slug="karriere_kompass_interviewfragen", lang="de", company="", contact="",
    frm=("Karriere-Kompass Logistik", "tipps@karriere-kompass.example.de"),
    subject="Praxistipp: Die 7 häufigsten Fragen im Vorstellungsgespräch",
    date="2026-02-05 18:00",
    text=_t, html=html_page(paras(_t)),
    hdr=listhdr("Karriere-Kompass <tipps.karriere-kompass.example.de>",
                "https://karriere-kompass.example.de/abmelden?e=ma"),
))

# 6 career-advice: from forklift to supervisor --------------------------------------------------
_t = """Liebe Teilnehmerinnen und Teilnehmer unseres Netzwerks,

viele von Ihnen fragen uns: Wie schaffe ich den Schritt vom Staplerfahrer zur Führungskraft? Unser Gastbeitrag von Logistikmeisterin Hella Tammen gibt Antworten:

- Übernehmen Sie Vertretungen und lassen Sie sich das schriftlich bestätigen.
- Eine Ausbildereignung (AEVO) öffnet Türen – auch ohne Meistertitel.
- Üben Sie schwierige Gespräche, bevor Sie sie führen müssen.
- Und: Eine Absage auf eine Teamleiterstelle ist keine Niederlage, sondern Training.

Den ganzen Beitrag und die Termine unserer nächsten Infoabende finden Sie hier:
https://weiterbildungsnetz-weser.example.de/beitraege/vom-stapler-zur-fuehrung

Ihr Weiterbildungsnetz Weser
"""
add(spec(
    kind=O, slug="weiterbildungsnetz_fuehrung_artikel", lang="de", company="", contact="",
    frm=("Weiterbildungsnetz Weser", "info@weiterbildungsnetz-weser.example.de"),
    subject="Vom Staplerfahrer zur Führungskraft – so gelingt der Schritt",
    date="2026-06-25 12:00",
    cs="windows-1252", cte="quoted-printable",
    text=_t,
    hdr=listhdr("Netzwerkbrief <netzwerk.weiterbildungsnetz-weser.example.de>",
                "https://weiterbildungsnetz-weser.example.de/abmelden"),
))

# 7 press interview request ---------------------------------------------------------------
add(spec(
    kind=O, slug="weserbote_presseanfrage", lang="de", company="",
    contact="tessa.rohlfs@weserbote.example.de",
    frm=("Tessa Rohlfs", "tessa.rohlfs@weserbote.example.de"),
    subject="Anfrage: Interview für unsere Serie „Menschen im Hafen“",
    date="2026-07-14 11:20",
    text="""Moin Herr Achterberg-Nwosu,

ich bin Redakteurin beim Weserboten und arbeite an einer Serie über Menschen, die in Bremens Häfen und Lagern arbeiten. Ihr Kollege Yusuf hat mir erzählt, dass Sie seit acht Jahren Stapler fahren und sich gerade zur Schichtleitung weiterentwickeln – genau solche Geschichten suchen wir.

Hätten Sie Lust auf ein Interview von etwa einer Stunde, gern bei einem Kaffee in der Überseestadt? Dazu kämen ein paar Fotos, natürlich nur, wenn Sie einverstanden sind. Erscheinen würde der Text Ende August.

Ich freue mich über eine Rückmeldung.

Herzliche Grüße
Tessa Rohlfs
Redaktion Lokales · Weserbote
Tel. 0421 5550 7003
""",
))

# 8 user-research interview ------------------------------------------------------------------
_t = """Hallo Magnus,

du nutzt seit ein paar Monaten die Stellenhafen-App – danke dafür! Wir möchten die Jobsuche für Menschen in Lager und Logistik einfacher machen und suchen dafür Gesprächspartner.

Hast du Lust auf ein 30-minütiges Nutzerinterview per Video? Wir fragen dich, wie du nach Jobs suchst und was dich an der App nervt. Es gibt keine falschen Antworten, und es geht nicht um eine Stelle. Als Dankeschön bekommst du einen Gutschein über 40 €.

Termin buchen: https://research.stellenhafen.example.de/book/ux-2026-09

Viele Grüße
Merle Dohrmann
UX Research · Stellenhafen
"""
add(spec(
    kind=O, slug="stellenhafen_nutzerinterview", lang="de", company="",
    contact="merle.dohrmann@stellenhafen.example.de",
    frm=("Merle Dohrmann", "merle.dohrmann@stellenhafen.example.de"),
    subject="30 Minuten Interview? Hilf uns, Stellenhafen besser zu machen",
    date="2026-09-09 14:02",
    text=_t, html=html_page(paras(_t)),
))

# 9 parcel delayed --------------------------------------------------------------------------
_t = """Hallo Magnus Achterberg-Nwosu,

Ihr Paket 00340 5550 1187 2290 verspätet sich leider. Wegen eines hohen Sendungsaufkommens im Verteilzentrum Bremen-Hemelingen konnte es heute nicht zugestellt werden.

Neuer voraussichtlicher Zustelltermin: Donnerstag, 15.10.2026. Passt das nicht? Dann wählen Sie eine Packstation oder einen Ablageort.

Sendung verfolgen: https://www.paketflink.example.de/track/0034055501187229

Ihr PaketFlink-Team
Diese E-Mail wurde automatisch versendet, bitte antworten Sie nicht.
"""
add(spec(
    kind=O, slug="paketflink_leider_verspaetet", lang="de", company="", contact="",
    frm=("PaketFlink", "noreply@paketflink.example.de"),
    subject="Ihr Paket verspätet sich leider",
    date="2026-10-13 19:12",
    text=_t, html=ats_card("PaketFlink", "#facc15", paras(_t), "PaketFlink GmbH · Impressum"),
    hdr={"Auto-Submitted": "auto-generated"},
))

# 10 friend tells about his own rejection ----------------------------------------------------
add(spec(
    kind=O, slug="dennis_eigene_absage", lang="de", company="", contact="dennis.kruse@example.de",
    frm=("Dennis Kruse", "dennis.kruse@example.de"),
    subject="Na, wie läuft's bei dir?",
    date="2026-07-01 22:14",
    text="""Moin Magnus,

kurzes Update von mir: Ich hab heute die Absage von Nordkauf bekommen, für die Teamleiterstelle in Misburg, du weißt schon. Standardmail, „leider nicht berücksichtigen“, nicht mal ein Anruf. Nach dem Auswahltag hätte ich mir schon ein bisschen mehr erwartet.

Naja, ich bleib jetzt erst mal bei uns im Lager und mach im Herbst den AEVO-Schein.

Wie ist es bei dir gelaufen? Warst du nicht auch da? Lass mal wieder ein Bier trinken, Samstag vielleicht im Viertel?

Gruß
Dennis
""",
    cte="8bit",
))

# 11 own mail: thank-you to Weserport -------------------------------------------------------
add(spec(
    kind=O, slug="own_danke_weserport", lang="de", company="", contact="",
    mid="wp-cand-thanks", irt="wp-move", refs=["wp-inv", "wp-move"],
    frm=ME, to=[("Hauke Rickmers", "hauke.rickmers@weserport-autoterminal.example.de")],
    cc=[("Nele Tjaden", "nele.tjaden@weserport-autoterminal.example.de")],
    subject="Danke für das Gespräch am Mittwoch",
    date="2026-04-22 18:40",
    text="""Sehr geehrter Herr Rickmers,

vielen Dank für das Vorstellungsgespräch heute und die Führung über das Terminal. Besonders der Blick auf die Verladung an Liegeplatz 3 hat mir gezeigt, wie vielseitig die Aufgabe ist.

Ich bin nach wie vor sehr an der Teamleitung interessiert und stehe für ein zweites Gespräch oder einen Probetag jederzeit zur Verfügung.

Mit freundlichen Grüßen
Magnus Achterberg-Nwosu

--
""" + CAND_SIG_DE + "\n",
))

# 12 own mail: asks Kistenwerk for a new date -------------------------------------------
add(spec(
    kind=O, slug="own_neuer_termin_kistenwerk", lang="de", company="", contact="",
    mid="ki-cand-newdate", irt="ki-missed", refs=["ki-inv", "ki-missed"],
    frm=ME, to=[("Lasse Grothmann", "lasse@kistenwerk.example.de")],
    subject="Sorry wegen Donnerstag – neuer Versuch?",
    date="2026-06-16 08:03",
    text="""Hallo Lasse,

tut mir echt leid wegen Donnerstag, ich stand mit der Bahn in Harburg fest und mein Akku war leer. Hast du nächste Woche noch mal Zeit für einen Kaffee? Ich komme auch gern zu euch ins Lager.

Gruß
Magnus
""",
))

# 13 own mail: apology to Geestemünder ------------------------------------------------------
add(spec(
    kind=O, slug="own_entschuldigung_geestemuende", lang="de", company="", contact="",
    mid="gk-cand-sorry", irt="gk-missed", refs=["gk-inv", "gk-missed"],
    frm=ME, to=[("Jörn Kück", "j.kueck@geestemuende-kuehl.example.de")],
    subject="AW: Telefontermin Dienstag",
    date="2026-04-20 21:14",
    cs="windows-1252",
    text="""Moin Herr Kück,

entschuldigen Sie bitte, dass ich am Dienstag nicht rangegangen bin – ich war kurzfristig im Spätdienst eingeteilt und hatte das Handy im Spind. Können wir das Telefonat nachholen? Mittwoch oder Donnerstag ab 14 Uhr ginge bei mir.

Viele Grüße
Magnus Achterberg-Nwosu

"""
    + on_wrote("de", "14.04.2026 um 10:19", "Jörn Kück", "j.kueck@geestemuende-kuehl.example.de")
    + "\n"
    + quote("""Moin,

hab Sie um 10 nicht erreicht, telefonisch war niemand dran. Melden Sie sich, wenn Sie noch wollen.

Gruß
Kück"""),
    cte="quoted-printable",
))

# 14 own mail: asks Hafenlager Vegesack for a new date ----------------------------------
add(spec(
    kind=O, slug="own_bitte_neuer_termin_vegesack", lang="de", company="", contact="",
    mid="hv-cand-ask", irt="hv-cancel", refs=["hv-inv", "hv-cancel"],
    frm=ME, to=[("Focken, Marita", "m.focken@hafenlager-vegesack.example.de")],
    subject="Neuer Termin für unser Gespräch?",
    date="2026-05-12 19:20",
    text="""Hallo Frau Focken,

kein Problem, gute Besserung an Herrn Stührmann! Können Sie mir einen neuen Termin vorschlagen? Ich bin in der Frühschicht und ab 14:30 Uhr flexibel.

Viele Grüße
Magnus Achterberg-Nwosu
""",
    html=outlook_html(mso("""Hallo Frau Focken,

kein Problem, gute Besserung an Herrn Stührmann! Können Sie mir einen neuen Termin vorschlagen? Ich bin in der Frühschicht und ab 14:30 Uhr flexibel.

Viele Grüße
Magnus Achterberg-Nwosu""")),
))

# 15 own mail: application with CV to Maschsee Bräu --------------------------------------
add(spec(
    kind=O, slug="own_bewerbung_maschsee_braeu", lang="de", company="", contact="",
    mid="mb-apply",
    frm=ME, to=[("Maschsee Bräu Personal", "bewerbung@maschsee-braeu.example.de")],
    subject="Bewerbung als Schichtleitung Logistik – Magnus Achterberg-Nwosu",
    date="2026-08-22 09:37",
    text="""Sehr geehrte Frau Kreye,

mit großem Interesse habe ich Ihre Anzeige für die Schichtleitung Logistik gelesen. Seit 2018 arbeite ich als Staplerfahrer in einem Bremer Distributionslager, seit 2024 vertrete ich regelmäßig unseren Schichtleiter und plane dann die Einsätze für bis zu 14 Kolleginnen und Kollegen.

Eine Brauerei reizt mich besonders, weil Leergut, Mehrweg und saisonale Spitzen genau die Abläufe sind, die ich gern organisiere. Einen Umzug nach Hannover habe ich bereits eingeplant.

Meinen Lebenslauf finden Sie im Anhang. Über die Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
""" + CAND_SIG_DE + "\n",
    atts=[cv_pdf("de")],
))

# 16 recruiter cold approach (Kettwig) ------------------------------------------------------
add(spec(
    kind=O, slug="kettwig_erstansprache", lang="de", company="",
    contact="f.kettwig@kettwig-partner.example.de", mid="kp-cold",
    frm=("Dr. Friederike Kettwig", "f.kettwig@kettwig-partner.example.de"),
    subject="Vertrauliche Anfrage – Führungsaufgaben im Hamburger Hafen",
    date="2026-04-28 08:40",
    text="""Sehr geehrter Herr Achterberg-Nwosu,

über ein gemeinsames Netzwerk bin ich auf Ihr Profil aufmerksam geworden. Ich berate Terminal- und Logistikunternehmen in Norddeutschland bei der Besetzung von Schicht- und Teamleitungen.

Derzeit habe ich nichts Konkretes für Sie auf dem Tisch, baue aber einen Kreis von Kandidaten auf, die den Sprung in die erste Führungsaufgabe machen möchten. Wenn das für Sie interessant ist, schicken Sie mir gern Ihren Lebenslauf; ich melde mich, sobald ein passendes Mandat kommt.

Mit freundlichen Grüßen
Dr. Friederike Kettwig
Kettwig & Partner Personalberatung
Große Elbstraße 145 · 22767 Hamburg

Vertraulichkeitshinweis: Diese Nachricht ist ausschließlich für den bezeichneten Empfänger bestimmt.
""",
))

# 17 recruiter cold approach (Voss) -------------------------------------------------------
_t = """Hallo Herr Achterberg-Nwosu,

ich hoffe, es geht Ihnen gut! Mein Name ist Jannik Voss, ich bin Personalberater mit Schwerpunkt Kontraktlogistik.

Ich habe gesehen, dass Sie in Bremen im Lager arbeiten und schon Schichten koordinieren. Menschen mit diesem Profil sind gerade sehr gefragt. Wären Sie grundsätzlich offen für eine neue Herausforderung? Wenn ja, würde ich Sie gern in meine Kartei aufnehmen – ganz unverbindlich.

Beste Grüße
Jannik Voss
Voss Logistik-Personalberatung
Ballindamm 3 · 20095 Hamburg
"""
add(spec(
    kind=O, slug="voss_kaltakquise", lang="de", company="",
    contact="j.voss@voss-personalberatung.example.de",
    frm=("Jannik Voss", "j.voss@voss-personalberatung.example.de"),
    subject="Offen für eine neue Herausforderung?",
    date="2026-01-14 13:25",
    text=_t, html=html_page(paras(_t)), cte="base64",
))

# 18 bank: "Position" and "Termin" in another sense ---------------------------------------
add(spec(
    kind=O, slug="weserbank_depot_position", lang="de", company="",
    contact="jutta.renken@weserbank.example.de",
    frm=("Jutta Renken | Weserbank", "jutta.renken@weserbank.example.de"),
    subject="Ihre Position im Fondssparplan / Termin zur Jahresberatung",
    date="2026-01-22 10:10",
    text="""Sehr geehrter Herr Achterberg-Nwosu,

bei der Durchsicht Ihres Depots ist mir aufgefallen, dass Ihre Position im Rentenfonds Nordsee Invest inzwischen über 40 % Ihres Depots ausmacht. Ich würde das gern mit Ihnen im Rahmen unserer Jahresberatung besprechen.

Leider muss ich den bereits vereinbarten Termin am 29. Januar absagen, da ich an diesem Tag auf einer Schulung bin. Passt Ihnen stattdessen der 5. Februar um 17:30 Uhr in der Filiale Vahr?

Mit freundlichen Grüßen
Jutta Renken
Privatkundenberaterin
Weserbank eG · Filiale Vahr · Berliner Freiheit 10 · 28327 Bremen

Pflichtangaben: Weserbank eG, Sitz Bremen, Genossenschaftsregister GnR 410.
""",
    cte="quoted-printable",
))

# 19 landlord: viewing appointment cancelled -----------------------------------------------
add(spec(
    kind=O, slug="hausverwaltung_besichtigung_abgesagt", lang="de", company="",
    contact="s.klatte@hausverwaltung-klatte.example.de",
    frm=("Sönke Klatte | Hausverwaltung Klatte", "s.klatte@hausverwaltung-klatte.example.de"),
    subject="Besichtigungstermin Wohnung Findorff – leider abgesagt",
    date="2026-03-20 15:45",
    cs="windows-1252", cte="quoted-printable",
    text="""Guten Tag Herr Achterberg-Nwosu,

leider müssen wir den Besichtigungstermin für die 3-Zimmer-Wohnung in der Hemmstraße am Samstag absagen. Der Vormieter hat seinen Auszug kurzfristig um vier Wochen verschoben.

Wir haben Sie aber auf der Interessentenliste behalten und melden uns mit einem neuen Termin, sobald die Wohnung besichtigt werden kann. Ihre Unterlagen (Schufa, Gehaltsnachweise) liegen uns vor.

Freundliche Grüße
Sönke Klatte
Hausverwaltung Klatte · Admiralstraße 40 · 28215 Bremen
""",
))

# 20 school: parent evening --------------------------------------------------------------------
add(spec(
    kind=O, slug="schule_elterngespraech", lang="de", company="",
    contact="h.bischoff@oberschule-hemelingen.example.de",
    frm=("Heike Bischoff", "h.bischoff@oberschule-hemelingen.example.de"),
    subject="Einladung Elterngespräch Klasse 6b",
    date="2026-10-06 16:30",
    text="""Liebe Eltern von Amara,

wie angekündigt möchte ich mit Ihnen in einem kurzen Elterngespräch über Amaras Start in der 6b sprechen. Es geht um nichts Dramatisches – sie hat sich gut eingelebt, und ich möchte Ihnen gern ihre neue Position als Klassensprecherin und unsere Pläne für die Klassenfahrt vorstellen.

Mögliche Termine: Dienstag, 13.10., oder Donnerstag, 15.10., jeweils ab 15 Uhr im Raum B 204. Bitte tragen Sie sich über die Schul-App ein oder antworten Sie mir.

Herzliche Grüße
Heike Bischoff
Klassenlehrerin 6b · Oberschule Hemelingen
""",
))

# 21 doctor: appointment moved by the booking system -------------------------------------
_t = """Sehr geehrter Herr Achterberg-Nwosu,

Ihr Termin in der Hausarztpraxis Dr. Hinsch wurde von der Praxis verschoben.

Bisheriger Termin: Montag, 9. März 2026, 08:15 Uhr
Neuer Termin: Mittwoch, 11. März 2026, 08:45 Uhr
Anlass: Blutabnahme / Vorsorge

Sie können den neuen Termin bestätigen oder absagen:
https://termine.praxisplaner.example.de/p/hinsch/bestaetigen/77-5521

Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen erreichen Sie die Praxis unter 0421 5550 4123.
"""
add(spec(
    kind=O, slug="praxis_termin_verschoben", lang="de", company="", contact="",
    frm=("Praxisplaner – Hausarztpraxis Dr. Hinsch", "noreply@praxisplaner.example.de"),
    subject="Ihr Termin wurde verschoben",
    date="2026-03-04 07:30",
    text=_t,
    html=ats_card("Hausarztpraxis Dr. Hinsch", "#047857", paras(_t), "Praxisplaner · Terminservice"),
    hdr={"Auto-Submitted": "auto-generated"},
))

# 22 out-of-office (Frauke Lindemann) -----------------------------------------------------------
add(spec(
    kind=O, slug="ooo_lindemann_weserkai", lang="de", company="",
    contact="f.lindemann@weserkai.example.de", irt="wk-cand-question",
    frm=("Frauke Lindemann", "f.lindemann@weserkai.example.de"),
    subject="Automatische Antwort: Rückfrage zum Vertragsangebot",
    date="2026-03-05 09:02",
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. März nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personalangelegenheiten wenden Sie sich bitte an Herrn Okke Janssen, o.janssen@weserkai.example.de, Tel. 0421 5550 3300.

Mit freundlichen Grüßen
Frauke Lindemann
Weserkai Logistik GmbH
""",
    hdr=OOO,
))

# 23 out-of-office (Kettwig), HTML -----------------------------------------------------------
_t = """Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin bis zum 2. Juni im Urlaub. Ihre Nachricht lese ich nach meiner Rückkehr.

Bei Fragen zu laufenden Mandaten hilft Ihnen meine Kollegin Paula Heitmann gern weiter: p.heitmann@kettwig-partner.example.de.

Friederike Kettwig
"""
add(spec(
    kind=O, slug="ooo_kettwig_urlaub", lang="de", company="",
    contact="f.kettwig@kettwig-partner.example.de",
    frm=("Dr. Friederike Kettwig", "f.kettwig@kettwig-partner.example.de"),
    subject="Abwesenheitsnotiz: Danke für das Gespräch bei Waltershof",
    date="2026-05-20 07:12",
    text=_t, html=outlook_html(mso(_t)),
    hdr=OOO,
))

# 24 network notification ------------------------------------------------------------------
_t = """Hallo Magnus,

Ihr Profil wurde diese Woche in 9 Suchen gefunden – unter anderem von Personalern aus Hamburg und Hannover.

3 Personen haben Ihr Profil angesehen, darunter eine Person von Kettwig & Partner Personalberatung.

Neue Stellen, die zu Ihnen passen: Teamleiter Lager (Bremen), Schichtkoordinator (Hamburg), Warehouse Supervisor (Groningen).

Alle ansehen: https://www.netzwerkpro.example.com/me/profile-views

Sie erhalten diese Benachrichtigung, weil Sie Mitglied bei NetzwerkPro sind. Einstellungen: https://www.netzwerkpro.example.com/settings/notifications
"""
add(spec(
    kind=O, slug="netzwerkpro_profilaufrufe", lang="de", company="", contact="",
    frm=("NetzwerkPro", "notifications@netzwerkpro.example.com"),
    subject="Magnus, Sie wurden in 9 Suchen gefunden",
    date="2026-05-25 08:00", tz="+0000",
    text=_t, html=ats_card("NetzwerkPro", "#0a66c2", paras(_t), "NetzwerkPro Europe"),
    hdr=listhdr("NetzwerkPro Benachrichtigungen <notifications.netzwerkpro.example.com>",
                "https://www.netzwerkpro.example.com/settings/notifications"),
))

# 25 refused course place ----------------------------------------------------------------
add(spec(
    kind=O, slug="logistikmeister_kein_platz", lang="de", company="",
    contact="k.siefken@bildungszentrum-hafen.example.de",
    frm=("Kirsten Siefken", "k.siefken@bildungszentrum-hafen.example.de"),
    subject="Ihre Anmeldung: Geprüfter Logistikmeister (IHK), Kurs 2026/27",
    date="2026-08-03 13:48",
    text="""Sehr geehrter Herr Achterberg-Nwosu,

vielen Dank für Ihre Anmeldung zum berufsbegleitenden Lehrgang „Geprüfter Logistikmeister (IHK)“, Beginn 5. Oktober 2026.

Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Platz anbieten können: Der Kurs war innerhalb weniger Tage ausgebucht, und die Plätze wurden nach Eingang der vollständigen Unterlagen vergeben. Ihre Anmeldung ging nach Ablauf der Frist bei uns ein.

Gern setzen wir Sie auf die Warteliste für den Kurs ab Februar 2027 – eine kurze Antwort genügt.

Mit freundlichen Grüßen
Kirsten Siefken
Lehrgangsorganisation
Bildungszentrum Hafen e. V. · Emmastraße 220 · 28213 Bremen
""",
    cte="quoted-printable",
))

# 26 occupational health appointment ----------------------------------------------------
add(spec(
    kind=O, slug="arbeitsmedizin_g25_termin", lang="de", company="",
    contact="anmeldung@arbeitsmedizin-bremen-ost.example.de",
    frm=("Arbeitsmedizin Bremen-Ost", "anmeldung@arbeitsmedizin-bremen-ost.example.de"),
    subject="Terminbestätigung G25-Untersuchung",
    date="2026-07-29 11:33",
    text="""Guten Tag Herr Achterberg-Nwosu,

hiermit bestätigen wir Ihren Termin zur arbeitsmedizinischen Vorsorge (Fahr-, Steuer- und Überwachungstätigkeiten, G25):

Montag, 3. August 2026, 07:30 Uhr
Arbeitsmedizin Bremen-Ost, Hastedter Osterdeich 222, 2. OG

Bitte kommen Sie nüchtern und bringen Sie Ihre Brille bzw. Kontaktlinsen sowie Ihren Impfpass mit. Die Kosten übernimmt die Lüdersen Zeitarbeit GmbH.

Mit freundlichen Grüßen
Ihr Praxisteam
""",
))

# 27 friend forwards a job ad (message/rfc822 attachment) ---------------------------------
_inner = spec(
    kind=O, slug="inner_stellenanzeige", lang="de",
    frm=("Jobs bei Roland-Kai Umschlag", "karriere@roland-kai.example.de"),
    to=[("Tjark Evers", "tjark.evers@example.de")],
    subject="Stellenanzeige: Schichtleiter Schwergutumschlag (m/w/d)",
    date="2026-06-30 09:00",
    text="""Wir suchen zum nächstmöglichen Zeitpunkt eine Schichtleitung für unseren Schwergutumschlag im Bremer Neustädter Hafen.

Ihre Aufgaben: Einsatzplanung von 12 Mitarbeitenden, Koordination von Kran- und Staplereinsätzen, Dokumentation.
Ihr Profil: Erfahrung im Hafen oder Lager, Staplerschein, erste Führungserfahrung.

Bewerbungen bitte an karriere@roland-kai.example.de.
""",
)
add(spec(
    kind=O, slug="tjark_leitet_stelle_weiter", lang="de", company="",
    contact="tjark.evers@example.de",
    frm=("Tjark Evers", "tjark.evers@example.de"),
    subject="Fwd: Stellenanzeige: Schichtleiter Schwergutumschlag (m/w/d)",
    date="2026-07-01 07:45",
    text="""Moin Magnus,

hab ich über unseren Betriebsrat bekommen, klingt doch nach dir! Die suchen wen für die Schichtleitung im Neustädter Hafen. Ich hänge dir die Mail an.

Bewirb dich, bevor's wer anders macht.

Tjark
""",
    atts=[dict(type="eml", name="Stellenanzeige.eml", spec=_inner)],
))

# 28 handball club: trial training cancelled ----------------------------------------------
add(spec(
    kind=O, slug="handball_probetraining_abgesagt", lang="de", company="",
    contact="jugend@tv-hemelingen.example.de",
    frm=("Björn Meinken – TV Hemelingen Handball", "jugend@tv-hemelingen.example.de"),
    subject="Probetraining Donnerstag fällt aus / Vorstellung neuer Trainer",
    date="2026-09-29 20:41",
    cte="8bit",
    text="""Hallo liebe Eltern der D-Jugend,

das Probetraining für die neuen Kinder am Donnerstag muss leider ausfallen, weil die Halle wegen eines Wasserschadens gesperrt ist. Wir holen es nächste Woche nach.

Außerdem möchten wir euch beim Elternabend am 8. Oktober unseren neuen Co-Trainer vorstellen: Malte übernimmt die Position von Jana, die nach Kiel zieht.

Sportliche Grüße
Björn Meinken
Jugendwart Handball · TV Hemelingen von 1862
""",
))

# =============================================================================================
# English
# =============================================================================================

# 29 job-alert digest ------------------------------------------------------------------------
_items = [
    ("Warehouse Supervisor – Reitdiep Logistics (Groningen, NL)",
     "https://harbourjobs.example.com/j/55120?src=weekly", "Cold store · Permanent · English-speaking team"),
    ("Inbound Supervisor – Northbridge Fulfilment (Hamburg)",
     "https://harbourjobs.example.com/j/55187?src=weekly", "Day shift · Interviews start next week"),
    ("Yard Team Lead – car terminal (Bremerhaven)",
     "https://harbourjobs.example.com/j/55203?src=weekly", "RoRo · Shift premiums"),
    ("Depot Shift Supervisor – reefer depot (Hamburg)",
     "https://harbourjobs.example.com/j/55244?src=weekly", "Reefer experience preferred"),
    ("Warehouse Team Lead – Delfzijl port",
     "https://harbourjobs.example.com/j/55261?src=weekly", "Relocation support available"),
]
_intro = """Hi Magnus,

Here are this week's new roles matching "warehouse supervisor" in Northern Germany and the Netherlands. Remember: a rejection from one employer often means you're close to a yes from another."""
_foot = """You're receiving HarbourJobs Weekly because you signed up at harbourjobs.example.com.
Manage alerts: https://harbourjobs.example.com/alerts
Unsubscribe: https://harbourjobs.example.com/u/ma-7719"""
add(spec(
    kind=O, slug="harbourjobs_weekly_digest", lang="en", company="", contact="",
    frm=("HarbourJobs Weekly", "weekly@harbourjobs.example.com"),
    subject="5 new warehouse supervisor jobs near you",
    date="2026-03-09 07:00", tz="+0000",
    text=news_text(_intro, _items, _foot),
    html=news_html("HarbourJobs", "#0369a1", _intro, _items, _foot.replace("\n", "<br>")),
    hdr=listhdr("HarbourJobs Weekly <weekly.harbourjobs.example.com>",
                "https://harbourjobs.example.com/u/ma-7719", "unsubscribe@harbourjobs.example.com"),
))

# 30 newsletter: rejection and interview season ---------------------------------------------
_items = [
    ("How to bounce back after a rejection email",
     "https://theshift.example.com/p/bounce-back", "Three supervisors share what they did the day after a 'no'."),
    ("Interview season: the questions ops managers really ask",
     "https://theshift.example.com/p/interview-season", "From dock backlogs to difficult colleagues."),
    ("Open positions from our partners",
     "https://theshift.example.com/jobs", "23 team lead roles across Europe this week."),
]
_intro = """Welcome to The Supply Chain Shift, the newsletter for people who run warehouses at 3 a.m.

This week: what to do when the rejection lands, and how to prepare for the interview that comes next."""
_foot = "The Supply Chain Shift · Unsubscribe: https://theshift.example.com/unsubscribe?e=magnus"
add(spec(
    kind=O, slug="supply_chain_shift_newsletter", lang="en", company="", contact="",
    frm=("The Supply Chain Shift", "hello@theshift.example.com"),
    subject="The rejection email, and what comes after",
    date="2026-05-14 15:00", tz="+0000",
    text=news_text(_intro, _items, _foot),
    html=news_html("The Supply Chain Shift", "#7c3aed", _intro, _items, _foot),
    hdr=listhdr("The Supply Chain Shift <theshift.example.com>",
                "https://theshift.example.com/unsubscribe?e=magnus"),
    cte="quoted-printable",
))

# 31 network notification: application viewed ---------------------------------------------
_t = """Hi Magnus,

Your application for Warehouse Team Lead at a company in Delfzijl was viewed by the recruiter.

You also appeared in 12 searches this week.

See who's looking: https://www.proconnect.example.com/notifications/views

You're receiving this email because you have job notifications turned on.
Unsubscribe: https://www.proconnect.example.com/settings/emails
"""
add(spec(
    kind=O, slug="proconnect_application_viewed", lang="en", company="", contact="",
    frm=("ProConnect", "jobs-noreply@proconnect.example.com"),
    subject="Your application was viewed",
    date="2026-09-02 18:05", tz="+0000",
    text=_t, html=ats_card("ProConnect", "#0a66c2", paras(_t), "ProConnect Ireland"),
    hdr=listhdr("ProConnect job notifications <jobs.proconnect.example.com>",
                "https://www.proconnect.example.com/settings/emails"),
))

# 32 network notification: new message ----------------------------------------------------
_t = """Oliver Harlow sent you a message

"Hi Magnus, saw your profile – have you got 10 minutes this week for a quick intro call?"

Reply on ProConnect: https://www.proconnect.example.com/messaging/thread/88231

You're receiving message notifications. Manage: https://www.proconnect.example.com/settings/emails
"""
add(spec(
    kind=O, slug="proconnect_new_message", lang="en", company="", contact="",
    frm=("Oliver Harlow via ProConnect", "messages-noreply@proconnect.example.com"),
    subject="Oliver sent you a new message",
    date="2026-09-04 12:31", tz="+0000",
    text=_t, html=ats_card("ProConnect", "#0a66c2", paras(_t), "ProConnect Ireland"),
    hdr=listhdr("ProConnect messages <messages.proconnect.example.com>",
                "https://www.proconnect.example.com/settings/emails"),
))

# 33 career advice forwarded by his sister ------------------------------------------------
add(spec(
    kind=O, slug="ada_forwards_interview_questions", lang="en", company="",
    contact="ada.nwosu@example.co.uk",
    frm=("Ada Nwosu", "ada.nwosu@example.co.uk"),
    subject="Fwd: 5 questions to ask at the end of an interview",
    date="2026-04-11 10:12", tz="uk",
    text="""Hey little brother,

Saw this and thought of you and all your interviews. Number 4 is the one I always forget. Good luck with the terminal people next week!

Ada x

"""
    + forward_block("en", "Warehouse Leader Academy <academy@warehouseleader.example.com>",
                    "Fri, 10 Apr 2026 at 17:00", "5 questions to ask at the end of an interview",
                    "Ada Nwosu <ada.nwosu@example.co.uk>")
    + """


5 questions to ask at the end of an interview

1. What does a great first 90 days look like in this role?
2. How is the shift team organised today, and what's the biggest headache?
3. How do you measure safety performance on the floor?
4. What happened to the last person in this position?
5. What are the next steps, and when can I expect to hear back?

Read more: https://warehouseleader.example.com/blog/five-questions
""",
))

# 34 podcast interview request -------------------------------------------------------------
add(spec(
    kind=O, slug="forklift_stories_podcast", lang="en", company="",
    contact="kwame@forkliftstories.example.com",
    frm=("Kwame Mensah", "kwame@forkliftstories.example.com"),
    subject="Podcast interview? – Forklift Stories",
    date="2026-08-06 20:15", tz="+0000",
    text="""Hi Magnus,

I host Forklift Stories, a small podcast about people who keep warehouses and ports running. A listener pointed me to your comment on the HarbourJobs forum about moving from driving to supervising – I loved it.

Would you be up for a 40-minute interview over video sometime in September? We'd talk about your path, what you've learned from job interviews on both sides of the table, and your advice for drivers who want to step up. No preparation needed, and you'd get to approve the edit.

Cheers,
Kwame Mensah
Forklift Stories · forkliftstories.example.com
""",
))

# 35 user-research interview ---------------------------------------------------------------
_t = """Hi Magnus,

I'm a UX researcher at JobDock, the app you used to apply to several roles this year. We're talking to job seekers to understand how they keep track of applications, interview invitations and rejections.

Would you join a 30-minute remote interview next week? This is research only – it's not a job interview and it won't affect any applications. As a thank-you we'll send you a €30 gift card.

Pick a time here: https://calendly.example.com/jobdock-research/30min

Thanks,
Priya Raman
Senior UX Researcher, JobDock
"""
add(spec(
    kind=O, slug="jobdock_user_research", lang="en", company="",
    contact="priya.raman@jobdock.example.com",
    frm=("Priya Raman", "priya.raman@jobdock.example.com"),
    subject="Invitation: 30-min research interview with JobDock",
    date="2026-06-30 16:45", tz="+0100",
    text=_t, html=html_page(paras(_t)),
))

# 36 GPS / position report ---------------------------------------------------------------
_t = """TrackYard geofence alert

Unit: FL-07 (reach truck, Hall 3)
Event: Position outside assigned zone
Position: 53.0921 N, 8.8734 E (Loading dock 12)
Time: 2026-02-18 05:52 CET
Operator badge: M. ACHTERBERG-NWOSU

This is an automated message from the TrackYard fleet system. Do not reply.
View on map: https://app.trackyard.example.com/fleet/fl-07/positions
"""
add(spec(
    kind=O, slug="trackyard_position_alert", lang="en", company="", contact="",
    frm=("TrackYard Alerts", "alerts@trackyard.example.com"),
    subject="[TrackYard] FL-07 position alert – outside zone",
    date="2026-02-18 05:53",
    text=_t,
    hdr={"Auto-Submitted": "auto-generated", "X-TrackYard-Event": "geofence-exit"},
))

# 37 own mail: thank-you to Elbspeicher ------------------------------------------------------
add(spec(
    kind=O, slug="own_thank_you_elbspeicher", lang="en", company="", contact="",
    mid="es-cand-thanks", irt="es-move", refs=["es-inv", "es-move"],
    frm=ME, to=[("Jana Petersen", "jana.petersen@elbspeicher.example.de")],
    subject="Thank you – Shift Lead Outbound interview",
    date="2026-06-16 19:02",
    text="""Dear Jana,

Thank you for taking the time to interview me today, and please pass my thanks on to Ole for the tour of the outbound area. I really liked how your team uses the pick-by-light zones, and I'd love to bring my experience with peak-season shift planning to the Shift Lead role.

Looking forward to hearing about next steps.

Best regards,
Magnus
""",
))

# 38 own mail: application to Eemskanaal -----------------------------------------------------
add(spec(
    kind=O, slug="own_application_eemskanaal", lang="en", company="", contact="",
    mid="ek-cand-apply",
    frm=ME, to=[("Pieter Bakker", "pieter@eemskanaal-trading.example.nl")],
    subject="Application – Warehouse Supervisor, Groningen",
    date="2026-02-28 20:31",
    text="""Dear Mr Bakker,

I would like to apply for the Warehouse Supervisor position advertised on your website. I have eight years of experience as a forklift and reach-truck driver in Bremen, and for the last two years I have stood in for our shift supervisor during holidays. I'd be happy to come to Groningen for an interview at any time.

Kind regards,
Magnus Achterberg-Nwosu
""",
    atts=[cv_pdf("en")],
))

# 39 own mail: CV to Harlow ---------------------------------------------------------------
add(spec(
    kind=O, slug="own_cv_to_harlow", lang="en", company="", contact="",
    mid="hm-cand-cv",
    frm=ME, to=[("Oliver Harlow", "oliver@harlow-search.example.co.uk")],
    subject="CV – warehouse / port operations roles",
    date="2026-09-08 14:20",
    text="""Hi Oliver,

Thanks for the quick call on Friday. As promised, here is my CV together with my forklift and first-aid certificates (in one PDF, sorry for the size).

I'm mainly interested in supervisor roles in Hamburg or Bremerhaven, ideally on a port site. Earliest start would be 1 December.

Best regards,
""" + CAND_SIG_EN + "\n",
    atts=[cv_pdf("en")],
))

# 40 cold approach (English) --------------------------------------------------------------
add(spec(
    kind=O, slug="northbridge_sourcer_cold", lang="en", company="",
    contact="mira.chen@northbridge.example.com",
    frm=("Mira Chen", "mira.chen@northbridge.example.com"),
    subject="Staying in touch – Northbridge Fulfilment",
    date="2026-10-08 11:05", tz="uk",
    text="""Hi Magnus,

I'm a talent sourcer at Northbridge Fulfilment. My colleague Amelia mentioned you when our Inbound Supervisor search was paused this summer.

There's nothing open for you right now, but we're planning two new sites in Northern Germany for 2027 and I'm building a list of people I'd like to keep in touch with. Would it be okay if I reach out once those roles are approved?

No action needed otherwise – have a great week.

Mira Chen
Talent Sourcer, Northbridge Fulfilment
""",
))

# 41 bank (English) ------------------------------------------------------------------------
_t = """Dear Magnus Achterberg-Nwosu,

Your monthly position statement for your Northwave savings and investment account is now available in the app.

Your positions as of 30 April 2026:
- Global Equity ETF: 14.2 units
- Euro Money Market: 1,250.00 EUR

Want to talk to an adviser? Book an appointment in the app.

Northwave Bank N.V. · This is an automated message, please do not reply.
"""
add(spec(
    kind=O, slug="northwave_position_statement", lang="en", company="", contact="",
    frm=("Northwave Bank", "no-reply@northwave-bank.example.nl"),
    subject="Your April position statement is ready",
    date="2026-05-02 09:00",
    text=_t, html=ats_card("Northwave Bank", "#111827", paras(_t), "Northwave Bank N.V., Amsterdam"),
    hdr={"Auto-Submitted": "auto-generated"},
))

# 42 out-of-office (Amelia) --------------------------------------------------------------
add(spec(
    kind=O, slug="ooo_amelia_croft", lang="en", company="",
    contact="amelia.croft@northbridge.example.com",
    frm=("Amelia Croft", "amelia.croft@northbridge.example.com"),
    subject="Automatic reply: Inbound Supervisor – question about next steps",
    date="2026-07-06 08:30", tz="uk",
    text="""Thanks for your email. I'm out of the office until Monday 20 July with limited access to email.

For anything urgent regarding recruitment, please contact talent@northbridge.example.com.

Best,
Amelia Croft
""",
    hdr=OOO,
))

# =============================================================================================
# French
# =============================================================================================

# 43 job alert -------------------------------------------------------------------------------
_items = [
    ("Chef d'équipe logistique H/F – Le Havre",
     "https://www.emploi-estuaire.example.fr/offre/30418", "CDI · Équipe de 15 caristes · Entretiens dès la semaine prochaine"),
    ("Chef d'équipe parc véhicules H/F – Terminal roulier",
     "https://www.emploi-estuaire.example.fr/offre/30433", "Horaires en 2x8 · Prime de quai"),
    ("Responsable de quai H/F – Gonfreville-l'Orcher",
     "https://www.emploi-estuaire.example.fr/offre/30459", "Plateforme e-commerce"),
]
_intro = """Bonjour Magnus,

3 nouvelles offres correspondent à votre alerte « chef d'équipe logistique – Le Havre (30 km) »."""
_foot = "Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Estuaire. Se désabonner : https://www.emploi-estuaire.example.fr/alertes/desinscription/ma-418"
add(spec(
    kind=O, slug="emploi_estuaire_alerte", lang="fr", company="", contact="",
    frm=("Emploi Estuaire", "alertes@emploi-estuaire.example.fr"),
    subject="3 nouvelles offres : chef d'équipe logistique au Havre",
    date="2026-02-16 06:15",
    text=news_text(_intro, _items, _foot),
    html=news_html("Emploi Estuaire", "#0e7490", _intro, _items, _foot),
    hdr=listhdr("Alertes Emploi Estuaire <alertes.emploi-estuaire.example.fr>",
                "https://www.emploi-estuaire.example.fr/alertes/desinscription/ma-418"),
    cte="quoted-printable",
))

# 44 own mail: apology to Vauban -----------------------------------------------------------
add(spec(
    kind=O, slug="own_excuses_vauban", lang="fr", company="", contact="",
    mid="va-cand-sorry", irt="va-missed", refs=["va-inv", "va-missed"],
    frm=ME, to=[("Élodie Marchand", "e.marchand@vauban-auto.example.fr")],
    subject="Re: Journée d'évaluation de ce jour",
    date="2026-03-11 07:55",
    text="""Bonjour Madame Marchand,

Je suis vraiment désolé pour hier : mon train de Paris a été supprimé à cause de la grève et mon téléphone n'avait plus de réseau dans le car de remplacement. Serait-il possible de fixer une autre date ?

Cordialement,
Magnus Achterberg-Nwosu
""",
))

# 45 out-of-office (Sophie Lemarchand) -------------------------------------------------------
add(spec(
    kind=O, slug="ooo_lemarchand_conges", lang="fr", company="",
    contact="s.lemarchand@interim-albatre.example.fr",
    frm=("Sophie Lemarchand", "s.lemarchand@interim-albatre.example.fr"),
    subject="Réponse automatique : absente jusqu'au 24 août",
    subj_cs=("iso-8859-1", "Q"),
    date="2026-08-10 12:00",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Bonjour,

Je suis en congés jusqu'au 24 août inclus. Pour toute demande urgente concernant une mission ou un entretien, merci de contacter l'agence au 02 35 55 50 40.

Bien cordialement,
Sophie Lemarchand
""",
    hdr=OOO,
))

# 46 refused training place --------------------------------------------------------------
add(spec(
    kind=O, slug="formation_tsmel_non_retenue", lang="fr", company="",
    contact="n.benali@cf-estuaire.example.fr",
    frm=("Nadia Benali – Centre de formation de l'Estuaire", "n.benali@cf-estuaire.example.fr"),
    subject="Votre demande d'admission – Titre professionnel TSMEL",
    date="2026-06-17 14:10",
    text="""Monsieur,

Nous avons bien étudié votre demande d'admission à la formation « Technicien supérieur en méthodes et exploitation logistique » (session de septembre 2026).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour cette session : le nombre de places financées par la Région est limité et la priorité a été donnée aux demandeurs d'emploi résidant en Normandie.

Vous pouvez renouveler votre demande pour la session de mars 2027.

Nadia Benali
Chargée des admissions
Centre de formation de l'Estuaire – Le Havre
""",
))

# =============================================================================================
# Spanish
# =============================================================================================

# 47 job alert --------------------------------------------------------------------------------
_items = [
    ("Jefe/a de turno de almacén – Riba-roja de Túria",
     "https://www.empleolevante.example.es/oferta/7781", "Turno de noche · Incorporación inmediata"),
    ("Supervisor/a de campa – Puerto de Valencia",
     "https://www.empleolevante.example.es/oferta/7790", "Terminal de vehículos · Entrevistas en octubre"),
    ("Responsable de turno – cervecera, Valencia",
     "https://www.empleolevante.example.es/oferta/7802", "Distribución de bebidas"),
    ("Encargado/a de muelle – Sagunto",
     "https://www.empleolevante.example.es/oferta/7815", "Contrato indefinido"),
]
_intro = """Hola Magnus:

Tenemos 4 nuevas ofertas para tu alerta «jefe de turno almacén – Valencia»."""
_foot = "Recibes este correo porque creaste una alerta en Empleo Levante. Darte de baja: https://www.empleolevante.example.es/alertas/baja?id=ma-77"
add(spec(
    kind=O, slug="empleo_levante_alerta", lang="es", company="", contact="",
    frm=("Empleo Levante", "alertas@empleolevante.example.es"),
    subject="4 nuevas ofertas de jefe de turno en Valencia",
    date="2026-04-13 08:00",
    text=news_text(_intro, _items, _foot),
    html=news_html("Empleo Levante", "#dc2626", _intro, _items, _foot),
    hdr=listhdr("Alertas Empleo Levante <alertas.empleolevante.example.es>",
                "https://www.empleolevante.example.es/alertas/baja?id=ma-77"),
    cte="base64",
))

# 48 friend tells about his own rejection ----------------------------------------------------
add(spec(
    kind=O, slug="pablo_su_rechazo", lang="es", company="", contact="pablo.navarro@example.es",
    frm=("Pablo Navarro", "pablo.navarro@example.es"),
    subject="¿Qué tal por Bremen?",
    date="2026-05-24 23:05",
    text="""¡Hola Magnus!

¿Cómo va todo? Te cuento: al final me han rechazado en la terminal del puerto, lo de supervisor de campa. Me mandaron un correo de dos líneas diciendo que habían elegido a otro candidato. Después de tres entrevistas, ¡ni una llamada!

En fin, sigo en el almacén de Paterna de momento. ¿Y tú, has tenido suerte con lo de Almacenes Turia? Si vuelves por Valencia, avísame y nos tomamos algo en la Malvarrosa.

Un abrazo,
Pablo
""",
))

# 49 own mail: confirms the new time to Turia -----------------------------------------------
add(spec(
    kind=O, slug="own_confirma_hora_turia", lang="es", company="", contact="",
    mid="tu-cand-ok", irt="tu-move", refs=["tu-inv", "tu-move"],
    frm=ME, to=[("Lucía Ferrer", "lucia.ferrer@turia-logistica.example.es")],
    subject="RE: Cambio de hora – entrevista viernes",
    date="2026-05-05 11:31",
    text="""Hola, Lucía:

Sin problema, el viernes a las 12:30 estaré allí. Gracias por avisar con tiempo.

Un saludo,
Magnus Achterberg-Nwosu

"""
    + on_wrote("es", "mar, 5 may 2026 a las 10:02", "Lucía Ferrer", "lucia.ferrer@turia-logistica.example.es")
    + "\n"
    + quote("""Hola, Magnus:

Te escribo para cambiar la hora de la entrevista del viernes: en lugar de a las 10:00, ¿podrías venir a las 12:30? El jefe de almacén tiene una auditoría por la mañana."""),
))

# 50 dentist appointment cancelled -----------------------------------------------------------
_t = """Estimado/a Magnus Achterberg-Nwosu:

Lamentamos informarle de que su cita del jueves 7 de mayo a las 18:30 en Clínica Dental Russafa ha sido anulada por indisposición del doctor.

Puede reservar una nueva cita en el siguiente enlace: https://citas.clinicarussafa.example.es/reservar

Este mensaje se ha generado automáticamente. Por favor, no responda.
"""
add(spec(
    kind=O, slug="clinica_cita_anulada", lang="es", company="", contact="",
    frm=("Clínica Dental Russafa", "no-reply@clinicarussafa.example.es"),
    subject="Su cita ha sido anulada",
    date="2026-05-06 09:15",
    text=_t, html=ats_card("Clínica Dental Russafa", "#0891b2", paras(_t), "Clínica Dental Russafa"),
    hdr={"Auto-Submitted": "auto-generated"},
))

# 51 refused master's place ------------------------------------------------------------------
add(spec(
    kind=O, slug="master_logistica_no_admitido", lang="es", company="", contact="",
    frm=("Admisiones – Escuela de Negocios Mediterránea", "no-reply@enmediterranea.example.es"),
    subject="Resolución de admisión – Máster en Logística y Cadena de Suministro",
    subj_cs=("utf-8", "B"),
    date="2026-07-10 12:00",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Estimado Sr. Achterberg-Nwosu:

Le comunicamos que, una vez finalizado el proceso de admisión al Máster en Logística y Cadena de Suministro (edición 2026-2027), su solicitud no ha sido admitida por no acreditar la titulación universitaria requerida.

Le recordamos que puede optar a nuestro Curso de Especialización en Gestión de Almacenes, que no exige titulación previa.

Atentamente,
Oficina de Admisiones
Escuela de Negocios Mediterránea
""",
    hdr={"Auto-Submitted": "auto-generated"},
))

# 52 landlord cancels a flat viewing ----------------------------------------------------------
add(spec(
    kind=O, slug="casero_visita_piso", lang="es", company="",
    contact="rafa.gimeno@example.es",
    frm=("Rafa Gimeno", "rafa.gimeno@example.es"),
    subject="Visita del piso en Benimaclet",
    date="2026-10-16 13:40",
    text="""Hola Magnus,

Siento tener que anular la visita al piso de Benimaclet de mañana a las 11: los inquilinos actuales han pedido quedarse un mes más y no puedo enseñarlo todavía.

Te escribo en cuanto tenga una nueva fecha. Si mientras tanto encuentras otra cosa, no pasa nada, avísame.

Un saludo,
Rafa
""",
))
