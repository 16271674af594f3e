"""Corpus 279, kind `other`: 52 hand-written messages.

Digests and newsletters, career advice, press/podcast/user-research requests, parcels and
positions, friends, the candidate's own sent mail, cold approaches, bank/landlord/school/
doctor mail, out-of-office replies, network notifications and refused study places.
"""

from __future__ import annotations

from msgs279_common import (
    CAND,
    CAND_SIG_DE,
    CAND_SIG_EN,
    CAND_SIG_ES,
    CAND_SIG_FR,
    ats_card,
    digest_html,
    forwarded,
    outlook_block,
    outlook_html,
    reply_quote,
    simple_html,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    spec.setdefault("kind", "other")
    MESSAGES.append(spec)
    return spec


def bulk(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsubscribe),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]

# ------------------------------------------------------------------ the candidate's own mail
# (texts reused as quotes by the other modules)

RHEINFELD_RECRUITER = ("Corinne Stähelin", "corinne.staehelin@rheinfeld-pharma.example.ch")
THANKS_RHEINFELD = """Liebe Frau Stähelin

Herzlichen Dank für das angenehme Gespräch heute Vormittag und die Zeit, die Sie und
Herr Dr. Imhof sich genommen haben. Besonders der Einblick in die Variations-Einreichungen
bei Swissmedic hat mir gezeigt, wie gut meine Erfahrung aus der Offizinapotheke
(Arzneimittelinformation, Fachinformationen, Chargenrückrufe) zu Ihrem Team passen würde.

Ich freue mich, von Ihnen zu hören.

""" + CAND_SIG_DE

add(slug="own_thankyou_rheinfeld", lang="de", id="t1_thanks",
    frm=CAND, to=[RHEINFELD_RECRUITER],
    subject="Danke für das Gespräch – Regulatory Affairs Assistant (80–100 %)",
    date="2026-03-03 17:40", re="t1_move",
    text=THANKS_RHEINFELD)

HEILMITTEL_HR = ("Beat Sutter", "beat.sutter@heilmittel-nw.example.ch")
APPLICATION_HEILMITTEL = """Sehr geehrter Herr Sutter

Im Anhang finden Sie meine Bewerbung für die Stelle «Sachbearbeiterin Heilmittelbewilligungen
60–80 %» (Ref. HNW-2026-014).

Seit neun Jahren arbeite ich als Pharma-Assistentin in einer Apotheke in Basel und betreue dort
unter anderem die Betäubungsmittelkontrolle, die Dokumentation von Rezepturen und die
Kommunikation mit Swissmedic bei Qualitätsmängeln. Berufsbegleitend habe ich 2025 den
Zertifikatskurs «Grundlagen Regulatory Affairs» abgeschlossen. Die Arbeit an der Schnittstelle
zwischen Betrieben und Behörde reizt mich sehr.

Für ein persönliches Gespräch stehe ich gerne zur Verfügung.

""" + CAND_SIG_DE

add(slug="own_application_heilmittel", lang="de", id="t11_apply",
    frm=CAND, to=[HEILMITTEL_HR],
    subject="Bewerbung: Sachbearbeiterin Heilmittelbewilligungen (Ref. HNW-2026-014)",
    date="2026-02-09 07:52", cs="iso-8859-1", cte="quoted-printable",
    text=APPLICATION_HEILMITTEL.replace("«", '"').replace("»", '"').replace("–", "-"))

DREISPITZ_LEAD = ("Martin Huber", "m.huber@labor-dreispitz.example.ch")
add(slug="own_feedback_request_dreispitz", lang="de", id="dreispitz_feedback",
    frm=CAND, to=[DREISPITZ_LEAD],
    subject="AW: Ihre Bewerbung",
    date="2026-07-23 08:15", re="dreispitz_no",
    text="""Guten Tag Herr Huber

Danke für Ihre rasche Rückmeldung, auch wenn ich mir natürlich etwas anderes gewünscht hätte.
Dürfte ich Sie um zwei, drei Sätze bitten, woran es gelegen hat? Für meine nächsten Bewerbungen
im QA/RA-Bereich wäre mir das eine grosse Hilfe.

""" + CAND_SIG_DE + """

Am 22.07.2026 um 16:48 schrieb Martin Huber <m.huber@labor-dreispitz.example.ch>:
> Hallo Frau Akande-Rossi
> Wir haben uns für eine andere Person entschieden. Danke fürs Vorbeikommen.
> Gruss, M. Huber""")

AAREWERK_HR = ("Nadja Wüthrich", "nadja.wuethrich@aarewerk.example.ch")
add(slug="own_accepts_contract_aarewerk", lang="de", id="t5_accept",
    frm=CAND, to=[AAREWERK_HR],
    subject="AW: Ihr Arbeitsvertrag – Regulatory Affairs Assistant",
    date="2026-06-15 20:03", re="t5_offer",
    text="""Liebe Frau Wüthrich

Vielen Dank – ich habe den Vertrag unterschrieben und im Portal hochgeladen. Das Original
schicke ich Ihnen morgen per A-Post. Ich freue mich sehr auf den Start am 1. September in Aarau!

Eine kurze Frage noch: Sollte ich vor dem ersten Tag etwas für den Badge oder die IT-Zugänge
vorbereiten?

Herzliche Grüsse
Sibylle""",
    html=simple_html("""Liebe Frau Wüthrich

Vielen Dank – ich habe den Vertrag unterschrieben und im Portal hochgeladen. Das Original
schicke ich Ihnen morgen per A-Post. Ich freue mich sehr auf den Start am 1. September in Aarau!

Eine kurze Frage noch: Sollte ich vor dem ersten Tag etwas für den Badge oder die IT-Zugänge
vorbereiten?

Herzliche Grüsse
Sibylle"""))

LIMMAT_RECRUITER = ("Reto Caflisch", "reto.caflisch@limmat-tx.example.ch")
add(slug="own_reschedule_request_limmat", lang="de", id="t10_ask",
    frm=CAND, to=[LIMMAT_RECRUITER],
    subject="Re: Einladung zum Gespräch – Junior Regulatory Affairs Specialist",
    date="2026-06-19 07:31", re="t10_invite",
    text="""Lieber Herr Caflisch

Vielen Dank für die Einladung, ich freue mich sehr! Leider habe ich am 25. Juni ausgerechnet
Spätdienst in der Apotheke und finde kurzfristig keine Vertretung. Wäre eine Verschiebung auf
die Folgewoche möglich? Am 29. oder 30. Juni wäre ich ganztags flexibel.

Entschuldigen Sie die Umstände.

""" + CAND_SIG_DE)

# ------------------------------------------------------------------ French own mail

THURVAL_RECRUITER = ("Amandine Koehler", "amandine.koehler@thurval.example.fr")
add(slug="own_application_thurval", lang="fr", id="t3_apply",
    frm=CAND, to=[THURVAL_RECRUITER],
    subject="Candidature – Assistante affaires réglementaires (CDI, Mulhouse)",
    date="2026-01-12 09:14", cs="windows-1252", cte="quoted-printable",
    text="""Madame Koehler,

Je me permets de vous adresser ma candidature pour le poste d’assistante affaires
réglementaires publié sur votre site. Préparatrice en pharmacie à Bâle depuis neuf ans, je
gère au quotidien la traçabilité des lots, les rappels et la documentation des préparations
magistrales. J’ai suivi en 2025 une formation certifiante en affaires réglementaires et je
souhaite aujourd’hui mettre ces acquis au service d’un laboratoire.

Frontalière depuis longtemps, je suis parfaitement à l’aise avec les procédures françaises
et suisses. Vous trouverez mon CV et ma lettre de motivation en pièces jointes.

Dans l’attente de votre retour, je vous prie d’agréer, Madame, mes salutations distinguées.

""" + CAND_SIG_FR)

ILLBERG_DRH = ("Hélène Muller", "helene.muller@gh-illberg.example.fr")
THANKS_ILLBERG = """Madame Muller,

Je tenais à vous remercier, ainsi que le Dr Wendling, pour l’entretien de ce matin. La
présentation du circuit des essais cliniques à la pharmacie à usage intérieur m’a beaucoup
intéressée et conforte mon envie de rejoindre votre équipe.

Je reste à votre disposition pour tout complément.

""" + CAND_SIG_FR

add(slug="own_thankyou_illberg", lang="fr", id="t13_thanks",
    frm=CAND, to=[ILLBERG_DRH],
    subject="Remerciements – entretien du 14 septembre",
    date="2026-09-14 18:22", re="t13_move",
    text=THANKS_ILLBERG, html=simple_html(THANKS_ILLBERG, "fr"))

# ------------------------------------------------------------------ English own mail

NAVIGLI_RECRUITER = ("Giulia Ferri", "giulia.ferri@navigli-bio.example.it")
add(slug="own_apology_reschedule_navigli", lang="en", id="t2_sorry",
    frm=CAND, to=[NAVIGLI_RECRUITER],
    subject="Re: We missed you today – Regulatory Affairs Assistant",
    date="2026-03-24 16:10", tz="+0100", re="t2_missed",
    text="""Dear Giulia,

I am so sorry. I copied the slot into my calendar as 16:00 instead of 15:00, so when I
joined the Teams link the meeting had already ended. That is entirely my mistake.

If the panel is still willing, I would be grateful for another slot; I am free any time on
Thursday or Friday this week.

""" + CAND_SIG_EN + """

On Tue, 24 Mar 2026 at 15:25, Giulia Ferri <giulia.ferri@navigli-bio.example.it> wrote:
> Hi Sibylle, we were on the call at 15:00 and waited about fifteen minutes but
> didn't see you join. I hope everything is alright.""")

# ------------------------------------------------------------------ Spanish own mail

CASTELLANA_RECRUITER = ("Lucía Navarro Pardo", "lucia.navarro@labcastellana.example.es")
add(slug="own_application_castellana", lang="es", id="t4_apply",
    frm=CAND, to=[CASTELLANA_RECRUITER],
    subject="Candidatura: Técnico/a de Asuntos Regulatorios – ref. MAD-RA-07",
    date="2026-04-06 08:40",
    text="""Estimada Sra. Navarro:

Le escribo para presentar mi candidatura a la vacante de técnico/a de asuntos regulatorios
publicada en su web (ref. MAD-RA-07). Llevo nueve años como auxiliar de farmacia en Basilea,
donde me ocupo de la trazabilidad de lotes, las retiradas de mercado y la documentación de
fórmulas magistrales. El año pasado completé un curso certificado de asuntos regulatorios y
me gustaría dar el salto a la industria.

Tengo previsto trasladarme a Madrid este verano y hablo español con fluidez (mi madre es de
Valladolid). Adjunto mi CV y carta de presentación.

""" + CAND_SIG_ES)

# ------------------------------------------------------------------ forward to a friend

RHEINUFER_MSGID = "pd-2026-0220-118@rheinuferspital.example.ch"
RHEINUFER_NO = """Sehr geehrte Frau Akande-Rossi

Zunächst vielen Dank für Ihre Bewerbung als Assistentin Spitalpharmazie / Zulassung.

Wir möchten Sie darüber informieren, dass die Stelle mit einer Mitarbeiterin aus unserem
eigenen Haus besetzt werden konnte. Eine externe Besetzung ist damit nicht mehr vorgesehen.

Wir danken Ihnen für das entgegengebrachte Vertrauen und wünschen Ihnen für Ihre berufliche
Zukunft alles Gute.

Freundliche Grüsse
Andrea Wenger
HR-Beraterin
Rheinuferspital, Personaldienst
St. Johanns-Ring 60, 4056 Basel"""

FRIEND_DE = ("Laura Gerber", "laura.gerber@example.ch")
add(slug="own_forward_rejection_to_friend", lang="de",
    frm=CAND, to=[FRIEND_DE],
    subject="WG: Ihre Bewerbung am Rheinuferspital",
    date="2026-02-20 21:12",
    text="""Hoi Laura

Da ist sie, die Absage vom Rheinuferspital (siehe Anhang). Immerhin ehrlich: intern besetzt.
Trinken wir am Samstag trotzdem einen Kaffee? Ich brauche Aufmunterung und deine Tipps fürs
nächste Motivationsschreiben.

Lg Sibylle""",
    rfc822={
        "frm": ("Spital-Personaldienst Rheinuferspital", "personal@rheinuferspital.example.ch"),
        "to": [CAND], "subject": "Ihre Bewerbung am Rheinuferspital",
        "date": "2026-02-20 11:05", "msgid": RHEINUFER_MSGID,
        "rt": ("Andrea Wenger", "andrea.wenger@rheinuferspital.example.ch"),
        "text": RHEINUFER_NO,
    })

# ------------------------------------------------------------------ digests and newsletters

_t = """Guten Morgen Sibylle

Hier sind 4 neue Stellen, die zu Ihrem Suchabo «Regulatory Affairs, Basel + 30 km» passen.

1) Regulatory Affairs Assistant (80-100 %) - Rheinfeld Pharma, Basel
   https://jobfinder-nordwest.example.ch/j/88213
2) Junior Specialist Regulatory Operations - Klybeck Biologics, Basel
   https://jobfinder-nordwest.example.ch/j/88240
3) Sachbearbeiter/in Zulassung 60 % - Ergolz Generika, Liestal
   https://jobfinder-nordwest.example.ch/j/88251
4) Dokumentationsassistent/in GMP - Labor Dreispitz, Münchenstein
   https://jobfinder-nordwest.example.ch/j/88262

Tipp der Woche: Eine Absage ist kein Urteil über Ihre Person. Wer nach dem
Vorstellungsgespräch höflich um Feedback bittet, erhält oft wertvolle Hinweise für die
nächste Einladung.

Suchabo bearbeiten: https://jobfinder-nordwest.example.ch/abo/5521
Abmelden: https://jobfinder-nordwest.example.ch/unsub?u=5521

Jobfinder Nordwest, Aeschenvorstadt 4, 4051 Basel"""
add(slug="jobalert_digest_jobfinder", lang="de",
    frm=("Jobfinder Nordwest", "alerts@jobfinder-nordwest.example.ch"),
    subject="4 neue Jobs für «Regulatory Affairs, Basel + 30 km»",
    date="2026-01-27 06:30",
    headers=bulk("<suchabo.jobfinder-nordwest.example.ch>",
                 "<https://jobfinder-nordwest.example.ch/unsub?u=5521>, "
                 "<mailto:unsubscribe@jobfinder-nordwest.example.ch?subject=5521>"),
    text=_t,
    html=digest_html(
        "4 neue Jobs für Sie",
        "Guten Morgen Sibylle\n\nHier sind 4 neue Stellen, die zu Ihrem Suchabo "
        "«Regulatory Affairs, Basel + 30 km» passen.",
        [("Regulatory Affairs Assistant (80-100 %)", "Rheinfeld Pharma, Basel",
          "https://jobfinder-nordwest.example.ch/j/88213"),
         ("Junior Specialist Regulatory Operations", "Klybeck Biologics, Basel",
          "https://jobfinder-nordwest.example.ch/j/88240"),
         ("Sachbearbeiter/in Zulassung 60 %", "Ergolz Generika, Liestal",
          "https://jobfinder-nordwest.example.ch/j/88251"),
         ("Dokumentationsassistent/in GMP", "Labor Dreispitz, Münchenstein",
          "https://jobfinder-nordwest.example.ch/j/88262")],
        "Tipp der Woche: Eine Absage ist kein Urteil über Ihre Person. Wer nach dem "
        "Vorstellungsgespräch höflich um Feedback bittet, erhält oft wertvolle Hinweise für "
        "die nächste Einladung.\n\nJobfinder Nordwest, Aeschenvorstadt 4, 4051 Basel"))

add(slug="jobalert_html_stellenradar", lang="de",
    frm=("Stellenradar Pharma", "news@stellenradar-pharma.example.de"),
    subject="Stellenradar: 7 Treffer in Freiburg, Basel und Aarau",
    date="2026-05-06 05:45",
    headers=bulk("Stellenradar Wochenmail <wochenmail.stellenradar-pharma.example.de>",
                 "<https://stellenradar-pharma.example.de/abmelden?id=kx81>"),
    html=digest_html(
        "Ihr Stellenradar – Woche 19",
        "Hallo Frau Akande-Rossi\n\nDiese Woche haben wir 7 neue Inserate für Sie gefunden. "
        "Zwei Arbeitgeber laden Bewerbende direkt zu einem Kennenlern-Interview ein – "
        "Bewerbungsschluss beachten!",
        [("Regulatory Affairs Associate (m/w/d)", "Breisgau Pharma, Freiburg im Breisgau",
          "https://stellenradar-pharma.example.de/a/30117"),
         ("Assistenz Zulassung & Pharmakovigilanz", "Dreisam Analytik, Freiburg",
          "https://stellenradar-pharma.example.de/a/30122"),
         ("Sachbearbeitung Regulatory (60-80 %)", "Aarewerk Biotech, Aarau",
          "https://stellenradar-pharma.example.de/a/30131"),
         ("Clinical Trial Assistant", "Trialbridge Clinical Research, Basel",
          "https://stellenradar-pharma.example.de/a/30140"),
         ("Dokumentationsmanager/in", "Klinikum Schlossberg, Freiburg",
          "https://stellenradar-pharma.example.de/a/30144"),
         ("QA-Assistenz GMP", "Suhrental Labor, Aarau",
          "https://stellenradar-pharma.example.de/a/30150"),
         ("Regulatory Publishing Assistant", "Limmat Therapeutics, Zürich",
          "https://stellenradar-pharma.example.de/a/30158")],
        "Sie erhalten diese Mail, weil Sie das Stellenradar abonniert haben. "
        "Abmelden: https://stellenradar-pharma.example.de/abmelden?id=kx81"))

_t = """Karriere-Ratgeber Gesundheitsberufe – Ausgabe März

ABSAGE ERHALTEN – UND JETZT?
Jede dritte Bewerbung im Pharmabereich endet mit einer Standardabsage, oft ohne
Begründung. Unsere Autorin, Laufbahnberaterin Verena Kunz, erklärt, warum Sie eine Absage
nicht persönlich nehmen sollten, wie Sie nach einem Vorstellungsgespräch um Feedback bitten
und wann sich eine zweite Bewerbung beim gleichen Arbeitgeber lohnt.
Weiterlesen: https://gesundheitskarriere.example.ch/artikel/absage-und-jetzt

DAS TELEFONINTERVIEW
Zehn Fragen, die im ersten Screening fast immer kommen – und wie Quereinsteigende aus der
Apotheke sie überzeugend beantworten.
Weiterlesen: https://gesundheitskarriere.example.ch/artikel/telefoninterview

TERMINE
24. März: Online-Workshop «Vom Labor ins Regulatory Affairs»
https://gesundheitskarriere.example.ch/events

Newsletter abbestellen: https://gesundheitskarriere.example.ch/newsletter/ab"""
add(slug="career_advice_newsletter_absage", lang="de",
    frm=("Gesundheitskarriere Schweiz", "newsletter@gesundheitskarriere.example.ch"),
    subject="Absage erhalten – und jetzt? | Karriere-Ratgeber März",
    date="2026-03-10 07:00",
    headers=bulk("<ratgeber.gesundheitskarriere.example.ch>",
                 "<https://gesundheitskarriere.example.ch/newsletter/ab>"),
    cte="quoted-printable", text=_t, html=simple_html(_t))

add(slug="podcast_interview_request", lang="de",
    frm=("Jonas Brändli", "jonas@seitenwechsel-podcast.example.ch"),
    subject="Interview-Anfrage für unseren Podcast «Seitenwechsel»",
    date="2026-04-02 13:26",
    text="""Liebe Frau Akande-Rossi

Ich produziere den Podcast «Seitenwechsel», in dem Menschen von ihrem beruflichen Umstieg
erzählen. Eine gemeinsame Bekannte aus dem Apothekerverband hat mir erzählt, dass Sie gerade
den Schritt von der Offizin in Richtung Regulatory Affairs wagen.

Hätten Sie Lust, in einer Folge davon zu berichten? Das Interview dauert etwa 40 Minuten, wir
zeichnen in unserem kleinen Studio im Gundeli oder per Video auf. Honorar gibt es leider
keines, dafür Kaffee und Gipfeli.

Melden Sie sich gerne, wenn Sie Interesse haben – es eilt nicht.

Herzlich
Jonas Brändli
Seitenwechsel – der Podcast übers Umsteigen
Güterstrasse 190, 4053 Basel
+41 61 555 20 44""")

add(slug="ebike_tracker_position", auto=True, lang="de",
    frm=("VeloGuard", "notifications@veloguard.example.ch"),
    subject="Position Ihres E-Bikes aktualisiert",
    date="2026-05-21 23:48",
    html=ats_card("VeloGuard", "#2e7d32", """Hallo Sibylle

Ihr E-Bike «Flyer grau» hat sich ausserhalb der gespeicherten Zone bewegt.

Letzte Position: Mittlere Brücke, 4058 Basel (47.5596, 7.5886)
Zeit: 23:46 Uhr, Genauigkeit ca. 8 m

Falls Sie selbst unterwegs sind, können Sie diese Nachricht ignorieren. Andernfalls öffnen Sie
die App, um die Live-Position zu verfolgen und den Alarm auszulösen.""",
        ("Live-Position anzeigen", "https://app.veloguard.example.ch/track/FLY-2281"),
        "VeloGuard AG · Sie erhalten diese Benachrichtigung, weil der Diebstahlschutz aktiv ist."))

add(slug="friend_tells_own_rejection", lang="de",
    frm=FRIEND_DE, to=[CAND],
    subject="Tja… auch bei mir eine Absage",
    date="2026-03-13 19:02", cs="windows-1252", cte="8bit",
    text="""Hoi Sibylle

Nur damit du dich nicht allein fühlst: Ich hab heute auch eine Absage bekommen, von dieser
Klinik in Zürich, wo ich zweimal zum Gespräch war. „Wir haben uns für eine Kandidatin mit mehr
Führungserfahrung entschieden“ – nach zwei Runden! Ich war echt geknickt.

Wie lief’s bei dir mit Rheinfeld? Du hattest doch letzte Woche das Interview, oder?

Am Samstag wie abgemacht um 10 im Café am Voltaplatz? Ich bring Gipfeli mit.

Laura""")

add(slug="headhunter_cold_approach", lang="de", id="t14_cold",
    frm=("Andrea Vogt", "andrea.vogt@brunner-vogt.example.ch"),
    subject="Vertraulich: Ihr Profil und eine mögliche Perspektive in Zug",
    date="2026-04-13 11:37",
    text="""Sehr geehrte Frau Akande-Rossi

Ich bin über Ihr Profil auf einem Berufsnetzwerk auf Sie aufmerksam geworden. Für eine
Mandantin – ein mittelgrosses, familiengeführtes Pharmaunternehmen in der Zentralschweiz –
suchen wir diskret Verstärkung für das Regulatory-Affairs-Team. Ihr Hintergrund als
Pharma-Assistentin mit RA-Weiterbildung passt sehr gut zum Profil, das uns beschrieben wurde.

Wäre ein unverbindlicher Austausch für Sie denkbar? Falls ja, lassen Sie mich wissen, wann Sie
gut erreichbar sind – ich erzähle Ihnen dann gern mehr.

Freundliche Grüsse

Andrea Vogt
Partnerin
Brunner & Vogt Executive Search AG
Bahnhofstrasse 52, 8001 Zürich
T +41 44 555 71 30

Diese Nachricht ist vertraulich und ausschliesslich für die adressierte Person bestimmt.""")

_t = """Guten Tag Frau Akande-Rossi

Gerne bestätigen wir Ihren Termin für das Beratungsgespräch zur Vorsorge am
Donnerstag, 16. April 2026, 17:30 Uhr, bei Ihrer Kundenberaterin Frau Rahel Meier in der
Filiale Basel Claraplatz.

Bitte bringen Sie Ihren aktuellen Lohnausweis und den Vorsorgeausweis der Pensionskasse mit.

Zudem informieren wir Sie, dass Ihr Auftrag vom 8. April ausgeführt wurde: Die Position
«Nachhaltigkeitsfonds Schweiz» in Ihrem Depot wurde um 12 Anteile erhöht.

Freundliche Grüsse
Ihre Rheinbank

Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen."""
add(slug="bank_appointment_and_position", auto=True, lang="de",
    frm=("Rheinbank Kundenservice", "no-reply@rheinbank.example.ch"),
    subject="Terminbestätigung Beratungsgespräch und Depot-Mitteilung",
    date="2026-04-09 09:12", cs="iso-8859-1", cte="quoted-printable",
    text=_t, html_cs="iso-8859-1", html=simple_html(_t))

add(slug="landlord_flat_refused", lang="de",
    frm=("Verena Schaub", "v.schaub@immo-birsig.example.ch"),
    subject="Ihre Bewerbung für die 3.5-Zimmer-Wohnung an der Gotthelfstrasse",
    date="2026-06-23 14:05",
    text="""Sehr geehrte Frau Akande-Rossi

Besten Dank für Ihr Interesse an der Wohnung an der Gotthelfstrasse 23 und Ihre vollständigen
Unterlagen. Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerschaft für andere
Mietinteressenten entschieden hat.

Gerne halten wir Sie für ähnliche Objekte im Quartier vor, sofern Sie damit einverstanden sind.
Für die nächste Besichtigung an der Wanderstrasse am 2. Juli um 18 Uhr sind noch Plätze frei.

Freundliche Grüsse

Verena Schaub
Bewirtschafterin
Immo Birsig GmbH, Birsigstrasse 12, 4054 Basel, +41 61 555 43 10""")

_t = """Grüezi Frau Akande-Rossi

Leider muss Dr. med. Zimmermann am Montag, 9. März, alle Nachmittagstermine absagen. Ihr Termin
zur Kontrolle um 15:40 Uhr wurde auf Mittwoch, 11. März, 08:20 Uhr verschoben.

Falls Ihnen der neue Termin nicht passt, rufen Sie uns bitte an (061 555 88 20) oder buchen Sie
online um: https://praxis-spalen.example.ch/termine

Freundliche Grüsse
Praxisteam Hausarztpraxis am Spalenberg"""
add(slug="doctor_appointment_moved", lang="de",
    frm=("Hausarztpraxis am Spalenberg", "termine@praxis-spalen.example.ch"),
    subject="Ihr Termin wurde verschoben",
    date="2026-03-06 10:41",
    text=_t, html=outlook_html(_t))

add(slug="ooo_schlossberg_hr", lang="de",
    frm=("Katrin Oswald", "katrin.oswald@klinikum-schlossberg.example.de"),
    subject="Automatische Antwort: Rückfrage zur Stelle Dokumentationsmanagerin",
    date="2026-05-07 12:02", headers=AUTO,
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschliesslich 15. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Personalangelegenheiten wenden Sie
sich bitte an Herrn Tobias Rieger, tobias.rieger@klinikum-schlossberg.example.de.

Freundliche Grüsse
Katrin Oswald
Personalgewinnung | Klinikum Schlossberg Freiburg""")

add(slug="network_notification_searches", auto=True, lang="de",
    frm=("ProNetz", "notifications@pronetz.example.com"),
    subject="Sie sind diese Woche in 14 Suchen erschienen",
    date="2026-02-22 18:00",
    headers=[("List-Unsubscribe", "<https://pronetz.example.com/settings/email>")],
    html=ats_card("ProNetz", "#0a66c2", """Hallo Sibylle

Ihr Profil wurde diese Woche in 14 Suchen gefunden, unter anderem von Personen bei
Rheinfeld Pharma und Trialbridge Clinical Research.

Suchbegriffe: «Regulatory Affairs», «Pharma-Assistentin», «Swissmedic»

Tipp: Profile mit der Angabe «Offen für neue Positionen» werden von Recruitern
dreimal häufiger angesprochen.""",
        ("Alle Suchen ansehen", "https://pronetz.example.com/me/search-appearances"),
        "Sie erhalten diese E-Mail als Mitglied von ProNetz. Einstellungen ändern.",
        lang="de"))

add(slug="cas_admission_refused", lang="de",
    frm=("Sekretariat Weiterbildung Pharmazie", "weiterbildung-pharma@fh-nordwest.example.ch"),
    subject="CAS Regulatory Affairs 2026/27 – Entscheid über Ihre Zulassung",
    date="2026-05-29 15:20", cs="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Akande-Rossi

Wir danken Ihnen für Ihre Anmeldung zum CAS Regulatory Affairs 2026/27. Aufgrund der grossen
Nachfrage konnten wir nicht alle Anmeldungen berücksichtigen. Leider können wir Ihnen für den
Studiengang, der im September beginnt, keinen Studienplatz anbieten.

Sie wurden auf die Warteliste (Position 6) gesetzt. Sollte ein Platz frei werden, melden wir
uns bis spätestens 15. August bei Ihnen. Eine erneute Anmeldung für den Durchgang 2027/28 ist
ab Januar möglich.

Freundliche Grüsse
Sekretariat Weiterbildung Pharmazie
Fachhochschule Nordwest, Campus Muttenz""")

add(slug="current_job_shift_cancelled", lang="de",
    frm=("Beatrice Frey", "b.frey@apotheke-stjohann.example.ch"),
    subject="Dienstplan KW 23: Samstagsschicht fällt weg",
    date="2026-05-28 18:54",
    text="""Hallo zusammen

Kurze Info zum Dienstplan: Die Samstagsschicht vom 6. Juni fällt weg, weil wir wegen der
Inventur erst um 13 Uhr öffnen. Sibylle, das betrifft dich – deine Absage für Samstag ist damit
hinfällig, du musst dir keinen Ersatz suchen. Sarah übernimmt dafür am Montag deine
Position an der Rezeptur, damit du zu deinem Termin kannst.

Danke euch und schönen Feierabend
Beatrice

Beatrice Frey, eidg. dipl. Apothekerin
Geschäftsführerin Apotheke St. Johann, Kannenfeldstrasse 2, 4056 Basel""",
    to=[CAND, ("Sarah Leuenberger", "s.leuenberger@apotheke-stjohann.example.ch")])

add(slug="health_insurer_declines_costs", contact="", lang="de",
    frm=("Krankenkasse Helvagesund", "kundendienst@helvagesund.example.ch"),
    subject="Ihre Anfrage zur Kostengutsprache",
    date="2026-07-15 08:31", cte="base64",
    text="""Guten Tag Frau Akande-Rossi

Wir haben Ihr Gesuch um Kostengutsprache für die Physiotherapie (Verordnung vom 2. Juli 2026)
geprüft. Leider können wir die Kosten im Rahmen der Zusatzversicherung «Komfort» nicht
übernehmen, da die Leistung bereits über die Grundversicherung abgerechnet wird.

Bei Fragen erreichen Sie uns unter 0800 555 111 oder über das Kundenportal.

Freundliche Grüsse
Ihr Kundendienst Helvagesund""")

_t = """Life Sciences Karrieretag Basel – 17. Juni 2026, Messe Basel Halle 4

Liebe Jobsuchende

Am Karrieretag treffen Sie über 60 Arbeitgeber aus Pharma, Biotech und Medtech. Neu in diesem
Jahr: Speed-Interviews! In zehnminütigen Kurzgesprächen stellen Sie sich Recruitern vor –
die Anmeldung ist bis 10. Juni möglich, die Plätze sind begrenzt.

Weitere Programmpunkte:
- CV-Check durch Personalfachleute
- Podium «Quereinstieg in Regulatory Affairs»
- Bewerbungsfotos gratis

Jetzt anmelden: https://karrieretag-lifesciences.example.ch/anmeldung

Sie erhalten diesen Newsletter, weil Sie sich 2025 registriert haben.
Abmelden: https://karrieretag-lifesciences.example.ch/abmelden"""
add(slug="career_fair_speed_interviews", lang="de",
    frm=("Karrieretag Life Sciences", "news@karrieretag-lifesciences.example.ch"),
    subject="Speed-Interviews am Karrieretag: jetzt Platz sichern",
    date="2026-05-19 10:00",
    headers=bulk("<karrieretag.karrieretag-lifesciences.example.ch>",
                 "<https://karrieretag-lifesciences.example.ch/abmelden>"),
    text=_t, html=simple_html(_t))

add(slug="candidate_experience_survey", auto=True, lang="de",
    frm=("Breisgau Pharma Recruiting", "noreply@softgarden.io"),
    subject="Wie war Ihre Erfahrung im Bewerbungsprozess?",
    date="2026-04-28 10:15",
    html=ats_card("Breisgau Pharma", "#7b1fa2", """Liebe Frau Akande-Rossi

Sie haben sich kürzlich bei uns beworben. Wir möchten unseren Bewerbungsprozess stetig
verbessern und freuen uns über Ihre ehrliche Meinung – unabhängig davon, wie Ihre Bewerbung
ausgegangen ist.

Die Umfrage dauert etwa drei Minuten und ist anonym.""",
        ("Zur Umfrage", "https://breisgau-pharma.softgarden.io/survey/cx-4471"),
        "Breisgau Pharma GmbH · Hermann-Mitsch-Strasse 9 · 79108 Freiburg im Breisgau"))

add(slug="quartierverein_position_kassierin", lang="de",
    frm=("Quartierverein St. Johann", "vorstand@qv-stjohann.example.ch"),
    subject="Einladung zur GV und offene Position im Vorstand",
    date="2026-02-26 20:30",
    headers=bulk("<mitglieder.qv-stjohann.example.ch>", "<mailto:vorstand@qv-stjohann.example.ch?subject=abmelden>"),
    text="""Liebe Mitglieder

Die Generalversammlung findet am Dienstag, 24. März, um 19 Uhr im Saal des Pfarreiheims statt.
Traktanden und Jahresrechnung liegen bei.

Nach zwölf Jahren tritt unsere Kassierin Elsbeth zurück. Die Position im Vorstand ist damit
offen – wer Freude an Zahlen hat und ca. drei Stunden im Monat investieren kann, melde sich
bitte bis Ende Monat beim Präsidenten. Ein «Bewerbungsgespräch» gibt es nicht, nur ein Bier
mit dem Vorstand.

Herzliche Grüsse
Der Vorstand""")

# ------------------------------------------------------------------ French

_t = """Lettre Carrières Santé – n° 42

Refus après entretien : comment rebondir ?
Vous avez passé deux entretiens, le courant passait bien… et pourtant, le refus tombe. Notre
dossier du mois donne la parole à trois recruteurs du secteur pharmaceutique : ce qu’ils
attendent vraiment d’un candidat en reconversion, pourquoi un refus n’est pas définitif et
comment demander un retour constructif.
Lire l’article : https://carrieres-sante.example.fr/dossiers/refus-apres-entretien

Offres à la une
- Assistant(e) affaires réglementaires – Mulhouse – https://carrieres-sante.example.fr/o/7741
- Technicien(ne) documentation qualité – Colmar – https://carrieres-sante.example.fr/o/7752
- Chargé(e) d’études cliniques – Strasbourg – https://carrieres-sante.example.fr/o/7760

Se désinscrire : https://carrieres-sante.example.fr/desinscription"""
add(slug="newsletter_refus_apres_entretien", lang="fr",
    frm=("Carrières Santé", "newsletter@carrieres-sante.example.fr"),
    subject="Refus après entretien : comment rebondir ? | Lettre n° 42",
    date="2026-02-12 07:30",
    headers=bulk("Lettre Carrieres Sante <lettre.carrieres-sante.example.fr>",
                 "<https://carrieres-sante.example.fr/desinscription>"),
    cs="windows-1252", cte="quoted-printable", text=_t,
    html_cs="utf-8", html=simple_html(_t, "fr"))

add(slug="alertes_emploi_digest", contact="", lang="fr",
    frm=("Alertes Emploi Alsace", "alertes@emploi-alsace.example.fr"),
    subject="3 nouvelles offres : affaires réglementaires près de Mulhouse",
    date="2026-06-09 06:15",
    headers=bulk("<alertes.emploi-alsace.example.fr>",
                 "<https://emploi-alsace.example.fr/alertes/stop?k=ar-mulhouse>"),
    html=digest_html(
        "Vos nouvelles offres",
        "Bonjour Sibylle,\n\nVoici les offres publiées depuis votre dernière alerte. Certains "
        "recruteurs proposent un entretien vidéo différé dès la candidature.",
        [("Assistant(e) réglementaire CMC", "Laboratoires Thurval – Mulhouse",
          "https://emploi-alsace.example.fr/offre/55102"),
         ("Attaché(e) de recherche clinique junior", "Alsacia Clinical – Mulhouse",
          "https://emploi-alsace.example.fr/offre/55118"),
         ("Préparateur(trice) en pharmacie hospitalière", "Groupe Hospitalier Illberg – Mulhouse",
          "https://emploi-alsace.example.fr/offre/55120")],
        "Vous recevez cet e-mail car vous avez créé une alerte. Gérer mes alertes.",
        colour="#c62828", lang="fr"))

add(slug="colis_retarde_malheureusement", auto=True, contact="", lang="fr",
    frm=("Colis Express Suivi", "suivi@colis-express.example.fr"),
    subject="Votre colis est retardé",
    date="2026-08-06 16:44", cs="iso-8859-1", cte="quoted-printable",
    text="""Bonjour,

Malheureusement, votre colis n° CX 7730 2291 FR n'a pas pu être livré dans les délais prévus.
Suite à un incident sur notre plateforme de Sausheim, la livraison est reportée au
lundi 10 août.

Position actuelle : centre de tri de Mulhouse-Sausheim.
Suivre mon colis : https://colis-express.example.fr/suivi/CX77302291FR

Nous vous prions de nous excuser pour la gêne occasionnée.

Colis Express - Service clients
Merci de ne pas répondre à ce message automatique.""")

add(slug="press_interview_request", lang="fr",
    frm=("Claire Schaller", "c.schaller@courrier-du-rhin.example.fr"),
    subject="Demande d'interview – reportage sur les frontaliers du secteur santé",
    date="2026-07-08 11:20",
    text="""Bonjour Madame Akande-Rossi,

Je suis journaliste au Courrier du Rhin et je prépare un reportage sur les professionnels de
santé qui travaillent d'un côté de la frontière et cherchent un emploi de l'autre. Votre
témoignage m'a été suggéré par l'association des préparateurs en pharmacie du Haut-Rhin.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes, par téléphone ou
autour d'un café à Saint-Louis ? L'article paraîtra fin juillet ; je peux utiliser seulement
votre prénom si vous le souhaitez.

Bien cordialement,

Claire Schaller
Journaliste – rubrique Économie
Le Courrier du Rhin, 9 rue de la Justice, 68100 Mulhouse
06 55 41 28 93""")

add(slug="ecole_entretien_parents", lang="fr",
    frm=("Mme Perrin – École bilingue du Rhin", "a.perrin@ecole-bilingue-rhin.example.ch"),
    subject="Entretiens parents-enseignants – classe de CE2",
    date="2026-01-19 17:05",
    text="""Chers parents,

Les entretiens individuels du premier semestre auront lieu du 2 au 6 février. Je vous propose
de réserver un créneau de 15 minutes via le lien ci-dessous : https://ecole-bilingue-rhin.example.ch/rdv

Pour Noah, je souhaiterais particulièrement faire le point sur la lecture en allemand.
Si aucun créneau ne vous convient, répondez simplement à ce message et nous trouverons une
autre date.

Bien à vous,
Aurélie Perrin
Enseignante CE2 – École bilingue du Rhin, Bâle""")

add(slug="ooo_thurval_recruiter", lang="fr",
    frm=THURVAL_RECRUITER,
    subject="Réponse automatique : Candidature – Assistante affaires réglementaires (CDI, Mulhouse)",
    date="2026-01-12 09:15", re="t3_apply", headers=AUTO,
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 19 janvier inclus, avec un accès limité à ma messagerie.
Votre message sera traité à mon retour. Pour toute urgence, vous pouvez contacter
le service RH au 03 89 55 70 00.

Amandine Koehler
Chargée de recrutement – Laboratoires Thurval""")

add(slug="du_affaires_reglementaires_refus", lang="fr",
    frm=("Scolarité ISPC", "scolarite@ispc-colmar.example.fr"),
    subject="Votre candidature au DU Affaires réglementaires – décision de la commission",
    date="2026-07-01 14:30",
    html=ats_card("Institut des sciences pharmaceutiques de Colmar", "#1a237e", """Madame,

La commission pédagogique du diplôme universitaire « Affaires réglementaires du médicament »
s'est réunie le 29 juin. Nous avons le regret de vous informer que votre candidature n'a pas
été retenue pour la rentrée 2026 : le nombre de places est limité à 24 et la priorité a été
donnée aux candidats déjà en poste dans l'industrie.

Vous pouvez renouveler votre demande d'admission pour la session 2027.

Le service de la scolarité""", None, "ISPC – 12 rue des Clefs – 68000 Colmar", lang="fr"))

add(slug="amie_raconte_entretien", lang="fr",
    frm=("Mélanie Roth", "melanie.roth@example.fr"),
    subject="Mon entretien d'hier… 🙈",
    date="2026-05-15 22:41",
    text="""Coucou Sibylle,

Il fallait que je te raconte : hier j'avais mon entretien chez le laboratoire de Huningue,
tu sais, celui pour le poste en assurance qualité. Le RH m'a demandé mes « trois plus grands
défauts » et j'ai complètement bloqué. Ce matin, refus par mail, deux lignes. Bon, je m'en
remettrai !

Et toi, des nouvelles de ta candidature chez Pharmalys ? On se voit dimanche au marché ?

Bises,
Mélanie""")

add(slug="cabinet_approche_sans_offre", lang="fr",
    frm=("Julien Meyer", "j.meyer@rhenan-conseil.example.fr"),
    subject="Échange sur votre parcours – affaires réglementaires",
    date="2026-08-20 10:12",
    text="""Bonjour Madame Akande-Rossi,

Je suis consultant au cabinet Rhénan Conseil, spécialisé dans les métiers de la santé en
Alsace et en Suisse du Nord-Ouest. Votre profil de préparatrice évoluant vers les affaires
réglementaires a retenu mon attention.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais plusieurs de nos clients
recrutent régulièrement sur ce type de profil. Seriez-vous d'accord pour que nous restions en
contact ? N'hésitez pas à m'envoyer votre CV à jour.

Cordialement,
Julien Meyer
Consultant senior – Rhénan Conseil
22 rue du Sauvage, 68100 Mulhouse – 03 89 55 61 17""")

add(slug="reseau_felicitez_nouveau_poste", lang="fr",
    frm=("ProNetz", "notifications@pronetz.example.com"),
    subject="Félicitez Claire Vonarb pour son nouveau poste",
    date="2026-10-05 12:00",
    headers=[("List-Unsubscribe", "<https://pronetz.example.com/settings/email>")],
    html=ats_card("ProNetz", "#0a66c2", """Bonjour Sibylle,

Claire Vonarb a commencé un nouveau poste : Responsable affaires réglementaires chez
Laboratoires Thurval.

Envoyez-lui un message pour la féliciter !

Autres nouvelles de votre réseau : 3 personnes ont consulté votre profil cette semaine.""",
        ("Féliciter Claire", "https://pronetz.example.com/feed/update/99812"),
        "Vous recevez cet e-mail en tant que membre de ProNetz.", lang="fr"))

# ------------------------------------------------------------------ English

_t = """REGULATORY AFFAIRS WEEKLY · Issue 118

THIS WEEK: "We regret to inform you" - decoding rejection emails
Recruiters explain what the standard phrases really mean, why "we have decided to move
forward with other candidates" is rarely about you, and how to ask for feedback without
burning bridges. Read more: https://raweekly.example.com/118/decoding-rejections

INTERVIEW CORNER
Five questions to expect in an RA assistant interview, from eCTD basics to variation types.
https://raweekly.example.com/118/interview-corner

JOBS BOARD
- Regulatory Affairs Assistant, Milan (English speaking) - https://raweekly.example.com/jobs/4410
- RA Operations Coordinator, Basel - https://raweekly.example.com/jobs/4417

You are receiving this because you subscribed at raweekly.example.com.
Unsubscribe: https://raweekly.example.com/u/3f9a"""
add(slug="newsletter_ra_weekly", lang="en",
    frm=("Regulatory Affairs Weekly", "newsletter@raweekly.example.com"),
    subject="\"We regret to inform you\": decoding rejection emails | RA Weekly #118",
    date="2026-03-19 14:00", tz="+0000",
    headers=bulk("RA Weekly <weekly.raweekly.example.com>", "<https://raweekly.example.com/u/3f9a>"),
    text=_t, html=simple_html(_t, "en"))

add(slug="user_research_interview_invite", lang="en",
    frm=("Priya from Jobtrail", "research@jobtrail.example.com"),
    subject="Could we interview you about your job search? (CHF 50 voucher)",
    date="2026-04-23 15:30", tz="+0000",
    text="""Hi Sibylle,

I'm a UX researcher at Jobtrail, the app you've been using to track your applications. We're
redesigning how interview reminders work and would love to hear about your experience.

Would you be up for a 30-minute video interview next week? There's no right or wrong answer -
we just want to understand how you organise applications, interviews and follow-ups. As a thank
you, you'll receive a CHF 50 voucher.

Pick a slot that suits you here: https://cal.jobtrail.example.com/priya/research-30

Thanks so much,
Priya Raman
Senior UX Researcher, Jobtrail""")

add(slug="ooo_navigli_recruiter", lang="en",
    frm=NAVIGLI_RECRUITER,
    subject="Automatic reply: Questions about the offer",
    date="2026-04-17 10:02", headers=AUTO,
    text="""Thank you for your email. I am out of the office until 27 April with no access to email.

For anything urgent regarding your application or offer, please contact
Marco Bellini (marco.bellini@navigli-bio.example.it).

Best regards,
Giulia Ferri
Talent Acquisition Partner | Navigli Biopharma
Via Tortona 31, 20144 Milano""")

add(slug="recruiter_cold_approach_milan", lang="en",
    frm=("Daniel Okafor", "daniel.okafor@alpinetalent.example.it"),
    subject="Your background in pharmacy + RA",
    date="2026-08-25 09:48",
    text="""Hi Sibylle,

I came across your profile while mapping regulatory talent for life-science clients in Milan
and Lugano. Career changers from community pharmacy often do really well in RA operations,
and your German/French/Spanish/English mix is rare.

Nothing concrete to pitch right now - I just like to get to know people before the right role
comes along. Would you be open to a short intro call some time in September?

Best,
Daniel Okafor
Principal Consultant, Life Sciences
Alpine Talent Partners, Corso Como 11, 20154 Milano
+39 02 5550 7781""")

add(slug="network_jobs_you_may_like", lang="en",
    frm=("ProNetz Jobs", "jobs-noreply@pronetz.example.com"),
    subject="Sibylle, 5 new positions match your preferences",
    date="2026-09-03 08:00", tz="+0000",
    headers=[("List-Unsubscribe", "<https://pronetz.example.com/settings/email>")],
    html=digest_html(
        "Jobs you may be interested in",
        "Based on your profile and recent searches, these positions might be a fit. "
        "Applicants who apply in the first 24 hours are 3x more likely to hear back.",
        [("Regulatory Affairs Coordinator", "Porta Nuova Pharma · Milan",
          "https://pronetz.example.com/jobs/view/771201"),
         ("Regulatory Documentation Assistant", "Klybeck Biologics · Basel",
          "https://pronetz.example.com/jobs/view/771215"),
         ("CTA - Clinical Trial Assistant", "Lombardia Clinical Research · Milan",
          "https://pronetz.example.com/jobs/view/771230"),
         ("Technician Regulatory Affairs", "Biofarma Chamberí · Madrid",
          "https://pronetz.example.com/jobs/view/771244"),
         ("Junior RA Specialist", "Limmat Therapeutics · Zurich",
          "https://pronetz.example.com/jobs/view/771250")],
        "You are receiving job alert emails. Unsubscribe or manage settings.",
        colour="#0a66c2", lang="en"))

add(slug="webinar_live_interview_head_ra", contact="", lang="en",
    frm=("RA Community Events", "events@ra-community.example.org"),
    subject="Live interview: a Head of RA on hiring career changers – 12 May",
    date="2026-05-04 16:00", tz="+0100",
    headers=bulk("<events.ra-community.example.org>", "<https://ra-community.example.org/unsubscribe>"),
    text="""Join us on 12 May at 18:00 CET for a live interview with Dr. Sofia Marchetti, Head of
Regulatory Affairs at a mid-size biotech, about what she looks for when hiring people who come
from pharmacy, nursing or the lab.

Questions from the audience are welcome; submit yours when you register.

Register: https://ra-community.example.org/events/live-interview-may

RA Community Events
You are receiving this because you attended a previous event.
Unsubscribe: https://ra-community.example.org/unsubscribe""")

add(slug="ex_colleague_news", lang="en",
    frm=("Hannah Lindqvist", "hannah.lindqvist@example.se"),
    subject="news from Copenhagen + how are the interviews going?",
    date="2026-06-12 20:14",
    text="""Hey Sibylle!

Quick update: I got the QA job in Copenhagen! After three rounds and a case study I was sure
they'd turn me down, but they called on Tuesday with an offer. Start is in October.

How are your applications going? Last time you mentioned a trial day in Aarau and something in
Zurich. Keep me posted, and if you ever want to practise interview questions in English, I'm
happy to do a mock call.

Hugs,
Hannah""")

# ------------------------------------------------------------------ Spanish

add(slug="boletin_empleo_farma", contact="", lang="es",
    frm=("Empleo Farma", "boletin@empleofarma.example.es"),
    subject="Boletín semanal: 6 ofertas de asuntos regulatorios en Madrid",
    date="2026-05-12 07:00",
    headers=bulk("<boletin.empleofarma.example.es>", "<https://empleofarma.example.es/baja?u=sar>"),
    html=digest_html(
        "Tu boletín de empleo farmacéutico",
        "Hola Sibylle:\n\nEsta semana te traemos seis ofertas nuevas y un artículo sobre cómo "
        "preparar la entrevista por competencias y qué hacer si recibes un rechazo.",
        [("Técnico/a de Asuntos Regulatorios", "Laboratorios Castellana · Madrid",
          "https://empleofarma.example.es/o/1201"),
         ("Auxiliar de Registros", "Farmacéutica Retiro · Madrid",
          "https://empleofarma.example.es/o/1207"),
         ("CTA (Asistente de Ensayos Clínicos)", "Ensayos Clínicos Manzanares · Madrid",
          "https://empleofarma.example.es/o/1213"),
         ("Artículo: el rechazo no es el final", "Blog Empleo Farma",
          "https://empleofarma.example.es/blog/rechazo")],
        "Recibes este boletín porque te suscribiste. Darse de baja.",
        colour="#00796b", lang="es"))

add(slug="amiga_cuenta_rechazo", lang="es",
    frm=("Marta Iglesias", "marta.iglesias@example.es"),
    subject="¡Ay, qué semana!",
    date="2026-05-27 21:30",
    text="""¡Hola, Sibylle!

Te cuento: al final me rechazaron en la farmacia del hospital. Me llamaron el lunes para decirme
que se quedaban con una chica que ya trabajaba allí de interina. Me dio mucha rabia, la verdad,
porque la entrevista me salió genial.

¿Y tú? ¿Ya sabes algo de Castellana? Si al final te vienes a Madrid en verano, tienes sofá en
casa el tiempo que necesites.

Un abrazo fuerte,
Marta""")

add(slug="master_plaza_denegada", lang="es",
    frm=("Admisiones Máster Industria Farmacéutica", "admisiones@cesif-madrid.example.es"),
    subject="Resolución de admisión: Máster en Registros Farmacéuticos",
    date="2026-06-19 13:10", cs="iso-8859-1", cte="quoted-printable",
    subj_enc=("iso-8859-1", "Q"),
    text="""Estimada Sra. Akande-Rossi:

Le comunicamos que, tras la evaluación de su expediente por la comisión académica, no ha
obtenido plaza en el Máster en Registros Farmacéuticos (edición 2026-2027). Ha quedado en la
posición 9 de la lista de espera.

Si se produjera alguna vacante, nos pondríamos en contacto con usted antes del 15 de septiembre.

Atentamente,
Oficina de Admisiones""")

# A long Outlook-style reply chain: the candidate asks her pharmacy manager for a day off.
_chain = outlook_block(
    "de", ("Beatrice Frey", "b.frey@apotheke-stjohann.example.ch"),
    "Montag, 2. Februar 2026 08:12", CAND, "Re: Freier Tag 4. Februar?",
    """Klar, nimm den Tag. Viel Glück beim Vorstellungsgespräch! Ich halte dir die Daumen,
auch wenn ich dich ungern ziehen lasse.
Beatrice""")
_t = """Liebe Beatrice

Danke dir nochmals für den freien Tag am Mittwoch. Inzwischen weiss ich die genaue Zeit: Das
Gespräch in Liestal beginnt erst um 14 Uhr – ich könnte also am Morgen doch arbeiten, wenn du
mich brauchst. Sag einfach Bescheid.

Liebe Grüsse
Sibylle

""" + _chain
add(slug="own_note_to_pharmacy_manager", lang="de",
    frm=CAND, to=[("Beatrice Frey", "b.frey@apotheke-stjohann.example.ch")],
    subject="AW: Re: Freier Tag 4. Februar?",
    date="2026-02-02 12:30", text=_t, html=outlook_html(_t))

add(slug="forward_alert_to_friend_fr", lang="fr",
    frm=CAND, to=[("Mélanie Roth", "melanie.roth@example.fr")],
    subject="Tr: 3 nouvelles offres : affaires réglementaires près de Mulhouse",
    date="2026-06-09 07:02",
    text="""Mélanie, regarde la deuxième offre : ARC junior chez Alsacia Clinical, ça pourrait te
plaire ! Moi je postule chez eux aussi mais pour un autre poste.

Bises, Sibylle

""" + forwarded("fr", ("Alertes Emploi Alsace", "alertes@emploi-alsace.example.fr"),
                "mar. 9 juin 2026 à 06:15",
                "3 nouvelles offres : affaires réglementaires près de Mulhouse", CAND,
                """Assistant(e) réglementaire CMC – Laboratoires Thurval – Mulhouse
Attaché(e) de recherche clinique junior – Alsacia Clinical – Mulhouse
Préparateur(trice) en pharmacie hospitalière – Groupe Hospitalier Illberg – Mulhouse"""))

add(slug="landlord_fr_etat_des_lieux", lang="fr",
    frm=("Agence Immobilière du Haut-Rhin", "gestion@aihr.example.fr"),
    rt=("Sandrine Klein", "s.klein@aihr.example.fr"),
    subject="Votre dossier de location – rendez-vous état des lieux",
    date="2026-08-28 11:11",
    text="""Madame Akande-Rossi,

Votre dossier pour le studio de la rue de Huningue à Saint-Louis a été accepté par le
propriétaire. Je vous propose un rendez-vous pour la signature du bail et l'état des lieux
d'entrée le samedi 5 septembre à 10h, sur place.

Merci de me confirmer ce créneau en répondant directement à ce message.

Sandrine Klein
Gestionnaire locative – Agence Immobilière du Haut-Rhin
5 place de l'Europe, 68300 Saint-Louis – 03 89 55 90 12""")

add(slug="own_apology_manzanares", lang="es",
    frm=CAND, to=[("Javier Ortega", "javier.ortega@ecmanzanares.example.es")],
    subject="Disculpas por lo de esta mañana",
    date="2026-07-21 12:05", re="t12_missed",
    text="""Estimado Javier:

Le pido disculpas por no haberme conectado a la videollamada de esta mañana. Tuve un problema
con el enlace de Teams desde el ordenador del trabajo y cuando conseguí entrar ya no había nadie.
Entiendo perfectamente si no es posible, pero le agradecería mucho una segunda oportunidad.

""" + CAND_SIG_ES + """

El mar, 21 jul 2026 a las 10:40, Javier Ortega (<javier.ortega@ecmanzanares.example.es>) escribió:
> Hola, Sibylle: le hemos esperado en la videollamada de las 10:00 y no ha sido
> posible contactar con usted.""")

# Quote helper use kept visible for readers of the module.
_ = reply_quote
