"""Corpus 220, kind `other` (52): digests, advice, requests, own mail, private mail, notices."""

from __future__ import annotations

from msgs220_common import (
    CAND,
    CAND_ADDR,
    CAND_SIG_DE,
    CAND_SIG_EN,
    digest_text,
    esc,
    forward_block,
    newsletter_html,
    outlook_html,
    mso,
    paras,
    pdf,
    quote,
    simple_html,
)

# ---------------------------------------------------------------- own mail quoted elsewhere

MIRABELL_RESCHEDULE_REQUEST = """Liebe Frau Aigner-Lechner,

vielen Dank für die Einladung – ich freue mich sehr darüber!

Am Dienstag, 21. April, habe ich leider eine große Hochzeitsdekoration in Igls übernommen,
die ich nicht mehr abgeben kann. Wäre es möglich, das Gespräch auf Mittwoch oder
Donnerstag derselben Woche zu legen? Nachmittags bin ich flexibel.

Entschuldigen Sie die Umstände und liebe Grüße aus Innsbruck
Henrietta Oyelaran-Voss"""

MIRABELL_THANKS = """Liebe Frau Aigner-Lechner, lieber Herr Frauenschuh,

danke für das offene und sehr angenehme Gespräch heute Nachmittag. Die Einblicke in die
Gästebetreuung während der Festspielwochen haben mich nur noch neugieriger gemacht,
besonders Ihre Schilderung der Abläufe rund um die Premierenempfänge.

Falls Sie noch Unterlagen brauchen – etwa Fotos der Installationen, die ich für den
Landhaus-Empfang gemacht habe –, schicke ich sie gern nach.

Herzliche Grüße
Henrietta Oyelaran-Voss"""

LIMMAT_REPLY = """Grüß Gott Herr Brunner-Keller,

danke für Ihre Nachricht – das klingt tatsächlich spannend. Ein Umzug nach Zürich ist für
mich denkbar, und die Kombination aus Eventkoordination und Gestaltung passt gut zu dem,
was ich in den letzten acht Jahren als Floristin für Hochzeiten und Firmenfeiern gemacht
habe.

Gerne können Sie mein Profil an Ihren Kunden weitergeben. Meinen aktuellen Lebenslauf
hänge ich Ihnen an der Stelle nicht an, schicke ihn aber sofort, wenn Sie ihn brauchen.

Beste Grüße
Henrietta Oyelaran-Voss"""

RIVERSIDE_THANKS = """Dear Tom, dear Ms Okonjo,

Thank you both for yesterday's assessment day. I really enjoyed the venue walk-through and
the group exercise on the delegate registration flow - it was a useful glimpse of how a
3,000-seat congress actually runs behind the scenes.

If it helps your decision, I am happy to send a short write-up of how I would plan the
floral and signage changeover between the morning plenary and the evening gala.

With best wishes,
Henrietta"""

MARLOWE_RESCHEDULE = """Hi Jo,

Thanks so much for getting in touch, I'd love to have the call.

Thursday 11 June at 11:00 clashes with a funeral arrangement I am delivering that morning.
Could we do Friday instead, or any time on Thursday after 15:00 UK time?

Best,
Henrietta"""

RHONE_EXCUSES = """Bonjour Monsieur Marchetti,

Je suis vraiment désolée pour ce matin : mon téléphone était resté en mode avion après
une livraison à l'hôpital et je n'ai vu vos appels qu'à midi.

Je reste très intéressée par le poste de chargée de projets événementiels. Je suis
joignable toute la journée demain et vendredi, au +43 664 218 55 07.

Bien cordialement,
Henrietta Oyelaran-Voss"""

NEWS_FOOT_DE = ("Sie erhalten diesen Newsletter, weil Sie ihn auf jobs-tirol.example.at "
                "abonniert haben. Abmelden: https://jobs-tirol.example.at/abmelden?u=7f3a21")

TIROL_ITEMS = [
    ("Eventkoordinator/in (m/w/d) – Congress & Messe, Innsbruck",
     "https://jobs-tirol.example.at/stelle/88213",
     "Vollzeit, KV Handel, ab 2.480 € brutto – Bewerbungsgespräche laufen bereits"),
    ("Assistenz Veranstaltungsbüro – Universitätsstadt Innsbruck",
     "https://jobs-tirol.example.at/stelle/88190",
     "30 Stunden, Befristung 2 Jahre"),
    ("Bankett-Koordination – Hotel in Seefeld",
     "https://jobs-tirol.example.at/stelle/88177",
     "Saisonstelle, Wintersaison 2026/27"),
    ("Ratgeber: Absage erhalten? So geht's weiter",
     "https://jobs-tirol.example.at/ratgeber/absage",
     "Warum eine Absage selten mit Ihnen persönlich zu tun hat"),
    ("Checkliste fürs Vorstellungsgespräch",
     "https://jobs-tirol.example.at/ratgeber/gespraech",
     "Von der Anreise bis zur Gehaltsfrage"),
]
TIROL_INTRO = """Grüß Gott!

Diese Woche haben wir 14 neue Stellen gefunden, die zu Ihrem Suchauftrag
„Event, Innsbruck + 50 km“ passen. Die fünf meistgelesenen:"""

EVENTJOBS_ITEMS = [
    ("Event Coordinator – boutique agency, Shoreditch",
     "https://eventjobs.example.co.uk/j/55120", "£29k–£32k, hybrid, interviews w/c 2 Feb"),
    ("Conference Producer – Westminster venue",
     "https://eventjobs.example.co.uk/j/55104", "Permanent, full time"),
    ("Wedding & Private Events Planner – Kent",
     "https://eventjobs.example.co.uk/j/55098", "Floristry background welcome"),
    ("Rejected after a final round? Read this first",
     "https://eventjobs.example.co.uk/blog/final-round", "Five recruiters on why it happens"),
]

WIEN_ITEMS = [
    ("Projektleitung Events (w/m/d), Agentur im 7. Bezirk",
     "https://karriereportal-wien.example.at/j/4410", "Anstellung nach KV Werbung, 38,5 h"),
    ("Veranstaltungstechnik-Koordination, Messehallen",
     "https://karriereportal-wien.example.at/j/4402", "Start: sofort"),
    ("Guest Relations, 5-Sterne-Hotel Innere Stadt",
     "https://karriereportal-wien.example.at/j/4399", "Deutsch & Englisch fließend"),
]

VALENCIA_ITEMS = [
    ("Coordinador/a de eventos – agencia en Russafa",
     "https://empleo-levante.example.es/o/30211", "Jornada completa, incorporación en junio"),
    ("Técnico/a de protocolo – Palacio de congresos",
     "https://empleo-levante.example.es/o/30198", "Contrato indefinido"),
    ("Azafato/a para congresos (bolsa)", "https://empleo-levante.example.es/o/30170",
     "Fines de semana"),
    ("¿Te han rechazado? Cómo pedir feedback sin quemar puentes",
     "https://empleo-levante.example.es/blog/feedback", "Guía práctica"),
]

RHONE_ITEMS = [
    ("Chargé(e) de production événementielle, Lyon 2e",
     "https://emploi-rhone.example.fr/offre/7781", "CDI, statut agent de maîtrise"),
    ("Coordinateur(trice) séminaires, hôtel Part-Dieu",
     "https://emploi-rhone.example.fr/offre/7769", "Entretiens prévus fin mars"),
    ("Assistant(e) congrès à Villeurbanne", "https://emploi-rhone.example.fr/offre/7752",
     "CDD 6 mois"),
]

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German (26)
    dict(
        kind="other", name="jobalert_tirol_digest", lang="de", company="", contact="",
        frm=("Jobs Tirol – Suchauftrag", "suchauftrag@jobs-tirol.example.at"),
        subject="14 neue Stellen für „Event, Innsbruck + 50 km“",
        subj_enc=("utf-8", "Q"), frm_enc=("utf-8", "Q"),
        date="2026-01-22 06:30 +0100",
        text=digest_text("Ihr Suchauftrag: Event, Innsbruck + 50 km", TIROL_INTRO,
                         TIROL_ITEMS, NEWS_FOOT_DE),
        html=newsletter_html("Ihr Suchauftrag: Event, Innsbruck + 50 km", TIROL_INTRO,
                             TIROL_ITEMS, esc(NEWS_FOOT_DE)),
        headers=[("List-Id", "Jobs Tirol Suchauftrag <suchauftrag.jobs-tirol.example.at>"),
                 ("List-Unsubscribe", "<https://jobs-tirol.example.at/abmelden?u=7f3a21>, "
                  "<mailto:abmelden@jobs-tirol.example.at?subject=7f3a21>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", name="jobalert_wien_eventjobs", lang="de", company="", contact="",
        frm=("Karriereportal Wien", "alerts@karriereportal-wien.example.at"),
        subject="Neue Jobs: Projektleitung Events und 2 weitere",
        date="2026-03-03 07:05 +0100",
        html=newsletter_html(
            "Ihre Jobs der Woche",
            "Hallo Henrietta,\n\ndrei Stellen passen zu Ihrem Profil. Bei zwei davon hat das "
            "Unternehmen angegeben, dass die Vorstellungsgespräche noch im März stattfinden.",
            WIEN_ITEMS,
            'Sie bekommen diese E-Mail wegen Ihres Job-Agenten. '
            '<a href="https://karriereportal-wien.example.at/agent/off?id=991">'
            'Job-Agent pausieren</a> · <a href="https://karriereportal-wien.example.at/'
            'datenschutz">Datenschutz</a>', color="#b3282d"),
        cte="base64",
        headers=[("List-Id", "<jobagent.karriereportal-wien.example.at>"),
                 ("List-Unsubscribe", "<https://karriereportal-wien.example.at/agent/off?id=991>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", name="ratgeber_absage_verarbeiten", lang="de", company="", contact="",
        frm=("Karrierebrief", "redaktion@karrierebrief.example.at"),
        subject="Die Absage ist da – und jetzt? Sieben Dinge, die wirklich helfen",
        date="2026-02-14 08:00 +0100",
        text="""Karrierebrief – Ausgabe 7/2026

DIE ABSAGE IST DA – UND JETZT?

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz wird in Bewerbungsprozessen so oft
gelesen und so ungern. Wir haben mit drei Personalverantwortlichen aus Tirol und Salzburg
gesprochen, was nach einer Absage sinnvoll ist.

1. Nicht sofort antworten. Eine Nacht drüber schlafen.
2. Um Feedback bitten – kurz, höflich und ohne Rechtfertigung.
3. Das Vorstellungsgespräch nachbereiten: Welche Frage hat Sie kalt erwischt?
4. Kontakte halten: Wer heute absagt, stellt morgen vielleicht ein.
5. Quereinstieg erklären: Branchenwechsler (z. B. aus Handwerk oder Handel) sollten ihre
   Projekte in Zahlen ausdrücken.
6. Nicht jede Stelle ist „Ihre“ Stelle.
7. Pausen einplanen.

Weiterlesen: https://karrierebrief.example.at/2026/07/absage

Nächste Woche: Gehaltsverhandlung beim Jobwechsel.

--
Karrierebrief · Museumstraße 5 · 6020 Innsbruck
Abmelden: https://karrierebrief.example.at/abmelden""",
        headers=[("List-Id", "Karrierebrief <brief.karrierebrief.example.at>"),
                 ("List-Unsubscribe", "<https://karrierebrief.example.at/abmelden>"),
                 ("Precedence", "list")],
    ),
    dict(
        kind="other", name="presseanfrage_rundschau", lang="de", company="",
        contact="m.hechenblaikner@inntaler-rundschau.example.at",
        frm=("Magdalena Hechenblaikner", "m.hechenblaikner@inntaler-rundschau.example.at"),
        subject="Presseanfrage: Interview zu Ihrer Blumeninstallation am Landhausplatz",
        date="2026-05-28 13:42 +0200",
        text="""Sehr geehrte Frau Oyelaran-Voss,

ich bin Redakteurin im Ressort Kultur der Inntaler Rundschau. Ihre Blumeninstallation
beim Frühlingsfest am Landhausplatz ist vielen Leserinnen und Lesern aufgefallen, und wir
würden gern ein kurzes Porträt über Sie bringen.

Hätten Sie in der kommenden Woche Zeit für ein Interview von etwa 30 Minuten? Gern bei
Ihnen in der Werkstatt, ein Fotograf würde mitkommen. Die Position des Artikels im Heft
wäre die Seite „Menschen in Tirol“ in der Samstagsausgabe.

Mit besten Grüßen
Magdalena Hechenblaikner
Redaktion Kultur
Inntaler Rundschau
Brixner Straße 2, 6020 Innsbruck
T +43 512 90 44 18""",
        cte="8bit",
    ),
    dict(
        kind="other", name="paket_verspaetet", lang="de", company="", contact="",
        frm=("PaketBlitz Sendungsverfolgung", "no-reply@paketblitz.example.at"),
        subject="Ihre Sendung 40 1187 2290 verspätet sich leider",
        date="2026-06-17 16:12 +0200",
        text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 40 1187 2290 (Absender: Floristik
Großhandel Hall). Grund: Witterungsbedingte Sperre am Brenner.

Neuer voraussichtlicher Zustelltermin: Freitag, 19.06.2026, zwischen 9 und 13 Uhr.

Aktuelle Position Ihrer Sendung: Verteilzentrum Wörgl.

Sie können den Termin hier ändern oder eine Abstellgenehmigung erteilen:
https://paketblitz.example.at/s/401187229

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr PaketBlitz-Team

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht
gelesen.""",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", name="gps_standort_tracker", lang="de", company="", contact="",
        frm=("Velotrack", "notifications@velotrack.example.de"),
        subject="Dein Lastenrad hat den Bereich Werkstatt verlassen",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-07-09 22:47 +0200",
        html=simple_html(paras("""Hallo Henrietta,

dein Gerät „Lastenrad Bakfiets“ hat um 22:41 Uhr den Bereich „Werkstatt“ verlassen.

Letzte bekannte Position: 47.2692° N, 11.3933° E (Innsbruck, Innrain), Genauigkeit 8 m.
Akkustand Tracker: 64 %.

Warst das du? Dann kannst du diese Nachricht ignorieren. Falls nicht, öffne die App und
aktiviere den Diebstahlmodus.""") + '\n<p><a href="https://app.velotrack.example.de/'
            'map?d=4471">Position auf der Karte ansehen</a></p>'),
        charset="windows-1252", cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", name="freundin_eigene_absage", lang="de", company="",
        contact="theresa.walch@example.at",
        frm=("Theresa Walch", "theresa.walch@example.at"),
        subject="Absage :( und wie läuft's bei dir?",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-04-19 21:03 +0200",
        text="""Hey Henni,

kurzes Update von mir: Die Absage von der Agentur in Linz ist heute gekommen. Nach drei
Runden! „Wir haben uns für eine interne Lösung entschieden“ – na super. Ich hab mich echt
schon im neuen Büro gesehen.

Naja, ich geh jetzt mit Flo auf ein Bier und morgen schreib ich die nächsten zwei
Bewerbungen. Du hast doch nächste Woche dein Gespräch in Salzburg, oder? Drück dir die Daumen!

Bussi
Theresa""",
        cte="8bit",
    ),
    dict(
        kind="other", name="sent_verschiebung_mirabell", lang="de", company="", contact="",
        frm=CAND,
        to=[("Katharina Aigner-Lechner", "k.aigner-lechner@mirabell-festival.example.at")],
        subject="AW: Einladung zum Gespräch – Gästebetreuung Festspielsommer 2026",
        date="2026-04-15 07:58 +0200",
        thread="mirabell",
        text=MIRABELL_RESCHEDULE_REQUEST + "\n\n" + quote(
            """Liebe Frau Oyelaran-Voss,

wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem Gespräch am
Dienstag, 21. April 2026, um 9:30 Uhr in unser Büro in der Hofstallgasse ein.""",
            "Am 14.04.2026 um 16:20 schrieb Katharina Aigner-Lechner "
            "<k.aigner-lechner@mirabell-festival.example.at>:"),
    ),
    dict(
        kind="other", name="sent_danke_mirabell", lang="de", company="", contact="",
        frm=CAND,
        to=[("Katharina Aigner-Lechner", "k.aigner-lechner@mirabell-festival.example.at")],
        cc=[("Georg Frauenschuh", "g.frauenschuh@mirabell-festival.example.at")],
        subject="Danke für das Gespräch heute",
        date="2026-04-23 18:40 +0200",
        thread="mirabell",
        text=MIRABELL_THANKS,
        html=simple_html(paras(MIRABELL_THANKS)),
    ),
    dict(
        kind="other", name="sent_bewerbung_sommerbuehne", lang="de", company="", contact="",
        frm=CAND,
        to=[("Anna Kerschbaumer", "anna.kerschbaumer@sommerbuehne.example.at")],
        subject="Bewerbung als Produktionsassistenz / Eventkoordination Sommer 2026",
        date="2026-03-16 10:12 +0100",
        thread="sommerbuehne",
        text="""Sehr geehrte Frau Kerschbaumer,

mit großem Interesse habe ich Ihre Ausschreibung für die Produktionsassistenz der
Innsbrucker Sommerbühne gelesen und bewerbe mich hiermit um die Position.

Seit 2018 führe ich eine kleine Blumenwerkstatt in Innsbruck und gestalte Hochzeiten,
Firmenfeiern und Bühnendekorationen – von der Angebotslegung über die Abstimmung mit
Caterern und Technik bis zum Abbau um zwei Uhr früh. Genau diese Abläufe möchte ich
künftig hauptberuflich koordinieren.

Meinen Lebenslauf finden Sie im Anhang. Über die Einladung zu einem Gespräch würde ich
mich sehr freuen.

Mit freundlichen Grüßen
""" + CAND_SIG_DE,
        attach=[pdf("Lebenslauf_Oyelaran-Voss.pdf", "Lebenslauf – Henrietta Oyelaran-Voss",
                    ["Floristin mit Meisterprüfung, Innsbruck",
                     "2018–heute: eigene Blumenwerkstatt, Hochzeiten und Firmenevents",
                     "2014–2018: Floristin, Blumenhaus am Inn",
                     "Sprachen: Deutsch, Englisch (C1), Französisch (B2), Spanisch (B1)"])],
    ),
    dict(
        kind="other", name="bank_beratungstermin", lang="de", company="",
        contact="lukas.sailer@inntalsparkasse.example.at",
        frm=("Lukas Sailer | Inntaler Sparkasse", "lukas.sailer@inntalsparkasse.example.at"),
        subject="Ihr Beratungstermin am 12. März – Depotpositionen",
        date="2026-03-05 11:20 +0100",
        text="""Sehr geehrte Frau Oyelaran-Voss,

wie telefonisch vereinbart, bestätige ich Ihnen unseren Beratungstermin am Donnerstag,
12. März 2026, um 16:00 Uhr in der Filiale Maria-Theresien-Straße.

Wir gehen gemeinsam Ihre Depotpositionen durch und besprechen, ob die Position im
Nachhaltigkeitsfonds angesichts Ihrer geplanten beruflichen Veränderung angepasst werden
soll. Bitte bringen Sie einen Lichtbildausweis mit.

Sollten Sie verhindert sein, sagen Sie den Termin bitte bis spätestens 24 Stunden vorher
ab.

Freundliche Grüße
Lukas Sailer
Privatkundenbetreuer
Inntaler Sparkasse
Maria-Theresien-Straße 36, 6020 Innsbruck
Tel. +43 5 0100 - 74412

Diese Nachricht ist vertraulich. Sollten Sie nicht der richtige Empfänger sein, bitten wir
Sie, den Absender zu informieren und die Nachricht zu löschen.""",
        charset="windows-1252", cte="qp",
    ),
    dict(
        kind="other", name="vermieter_wohnung_vergeben", lang="de", company="",
        contact="h.zangerl@example.at",
        frm=("Herbert Zangerl", "h.zangerl@example.at"),
        subject="Wohnung Höttinger Au – Besichtigung",
        date="2026-08-04 19:15 +0200",
        text="""Sehr geehrte Frau Oyelaran-Voss,

danke für Ihr Interesse an der Wohnung in der Höttinger Au und dass Sie sich am Samstag
die Zeit für die Besichtigung genommen haben.

Leider muss ich Ihnen absagen: Ich habe mich für eine Familie entschieden, die schon seit
Längerem im Haus wohnen wollte. Ich wünsche Ihnen viel Glück bei der weiteren Suche.

Freundliche Grüße
Herbert Zangerl""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="other", name="ordination_termin_verschoben", lang="de", company="",
        contact="sandra.wechselberger@ordination-moser.example.at",
        frm=("Ordination Dr. Moser-Pfeifer",
             "sandra.wechselberger@ordination-moser.example.at"),
        subject="Terminverschiebung Kontrolluntersuchung",
        date="2026-09-21 08:34 +0200",
        text="""Sehr geehrte Frau Oyelaran-Voss,

leider muss Frau Dr. Moser-Pfeifer am Mittwoch, 23.09., krankheitsbedingt alle Termine
absagen. Wir haben Ihren Termin zur Kontrolluntersuchung auf Dienstag, 29.09., 8:15 Uhr
verschoben.

Passt Ihnen der neue Termin nicht, rufen Sie uns bitte unter 0512 58 33 01 an.

Freundliche Grüße
Sandra Wechselberger
Ordinationsassistenz
Ordination Dr. Eva Moser-Pfeifer, Fachärztin für Dermatologie
Museumstraße 19, 6020 Innsbruck""",
    ),
    dict(
        kind="other", name="wifi_lehrgang_kein_platz", lang="de", company="", contact="",
        frm=("Kursbüro Bildungsforum Tirol", "kursbuero-noreply@bildungsforum-tirol.example.at"),
        subject="Ihre Anmeldung: Lehrgang Eventmanagement (Herbst 2026)",
        date="2026-07-28 10:00 +0200",
        html=simple_html(paras("""Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihre Anmeldung zum Diplomlehrgang Eventmanagement, Start 5. Oktober 2026.

Leider ist der Lehrgang bereits ausgebucht und wir können Ihnen keinen Platz mehr
anbieten. Sie stehen auf der Warteliste an Position 6. Sobald ein Platz frei wird,
melden wir uns.

Der nächste Lehrgang startet im Februar 2027 – die Anmeldung ist ab sofort möglich.

Mit freundlichen Grüßen
Ihr Kursbüro

Bildungsforum Tirol · Egger-Lienz-Straße 116 · 6020 Innsbruck""")),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", name="ulg_zulassung_abgelehnt", lang="de", company="", contact="",
        frm=("Zulassungsstelle Universitätslehrgänge", "zulassung@ulg.hochschule-sill.example.at"),
        subject="Bescheid: Zulassung zum Universitätslehrgang Kultur- und Eventmanagement",
        date="2026-06-30 14:00 +0200",
        text="""Sehr geehrte Frau Oyelaran-Voss,

die Zulassungskommission hat über Ihren Antrag auf Zulassung zum Universitätslehrgang
„Kultur- und Eventmanagement (MA)“ entschieden.

Leider können wir Sie für den Jahrgang 2026/27 nicht zulassen. Die Zahl der Bewerbungen
überstieg die 24 verfügbaren Studienplätze deutlich; die Reihung erfolgte nach den in
§ 4 des Curriculums festgelegten Kriterien.

Eine neuerliche Bewerbung für den Jahrgang 2027/28 ist möglich.

Mit freundlichen Grüßen
Die Zulassungsstelle

Gegen diese Entscheidung kann binnen zwei Wochen ab Zustellung Beschwerde erhoben
werden. Dieses Schreiben wurde automationsunterstützt erstellt.""",
        cte="base64",
    ),
    dict(
        kind="other", name="abwesenheit_kofler", lang="de", company="",
        contact="b.kofler@tirolpersonal.example.at",
        frm=("Bernhard Kofler", "b.kofler@tirolpersonal.example.at"),
        subject="Automatische Antwort: Ihr Rückruf",
        date="2026-01-16 12:05 +0100",
        thread="tirolpersonal",
        text="""Vielen Dank für Ihre Nachricht.

Ich bin ab heute Mittag bis einschließlich Montag, 19. Jänner 2026, nicht im Büro und habe nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
meine Kollegin Sarah Neuner, s.neuner@tirolpersonal.example.at, Tel. +43 512 93 20 11.

Beste Grüße
Bernhard Kofler
Tirol Personal Partner GmbH""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    dict(
        kind="other", name="karrierenetz_benachrichtigung", lang="de", company="", contact="",
        frm=("Karrierenetz", "benachrichtigungen@karrierenetz.example.com"),
        subject="Henrietta, Ihr Profil wurde 9-mal angesehen",
        date="2026-05-25 09:15 +0200",
        text="""Karrierenetz

Henrietta, Ihr Profil wurde diese Woche 9-mal angesehen – u. a. von Personalverantwortlichen
bei einer Eventagentur in Wien und einem Hotel in Salzburg.

Neu in Ihrem Netzwerk:
- Matthias Pichler hat eine neue Position: Leitung Veranstaltungen bei Eventhaus Talfer
- Jana Wöllersdorfer gratuliert Ihnen zum Arbeitsjubiläum

Ihre Bewerbung „Eventkoordination (w/m/d)“ wurde angesehen.

Alle Benachrichtigungen: https://karrierenetz.example.com/n
Einstellungen: https://karrierenetz.example.com/settings/email""",
        html=simple_html(
            '<h2 style="color:#0a66c2">Karrierenetz</h2>\n'
            "<p>Henrietta, Ihr Profil wurde diese Woche <b>9-mal</b> angesehen – u. a. von "
            "Personalverantwortlichen bei einer Eventagentur in Wien und einem Hotel in "
            "Salzburg.</p>\n<p><b>Neu in Ihrem Netzwerk:</b><br>Matthias Pichler hat eine neue "
            "Position: Leitung Veranstaltungen bei Eventhaus Talfer<br>Jana Wöllersdorfer "
            "gratuliert Ihnen zum Arbeitsjubiläum</p>\n<p>Ihre Bewerbung „Eventkoordination "
            "(w/m/d)“ wurde angesehen.</p>\n"
            '<p><a href="https://karrierenetz.example.com/n">Alle Benachrichtigungen</a> · '
            '<a href="https://karrierenetz.example.com/settings/email">Einstellungen</a></p>'),
        headers=[("List-Unsubscribe", "<https://karrierenetz.example.com/settings/email>"),
                 ("X-Campaign", "profile-views-weekly")],
    ),
    dict(
        kind="other", name="limmat_kaltakquise", lang="de", company="",
        contact="r.brunner@limmattalent.example.ch",
        frm=("Reto Brunner-Keller", "r.brunner@limmattalent.example.ch"),
        subject="Vertraulich: Eventkoordination am Zürichsee - passt das zu Ihnen?",
        date="2026-06-03 09:41 +0200",
        thread="limmat",
        text="""Grüezi Frau Oyelaran-Voss

Ich bin auf Ihr Profil gestossen, weil mich die Fotos Ihrer Bühnendekorationen für das
Innsbrucker Tanzfestival beeindruckt haben.

Wir begleiten derzeit einen Veranstalter am Zürichsee bei der Suche nach einer
Eventkoordinatorin mit gestalterischem Hintergrund. Es gibt noch keinen fixen
Prozess und ich möchte Ihnen auch nichts versprechen - mich würde nur interessieren,
ob ein Wechsel in die Schweiz für Sie grundsätzlich denkbar wäre.

Freundliche Grüsse

Reto Brunner-Keller
Partner
Limmat Talent Partners AG
Stampfenbachstrasse 52, 8006 Zürich
+41 44 512 77 30""",
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        kind="other", name="sent_antwort_limmat", lang="de", company="", contact="",
        frm=CAND,
        to=[("Reto Brunner-Keller", "r.brunner@limmattalent.example.ch")],
        subject="Re: Vertraulich: Eventkoordination am Zürichsee – passt das zu Ihnen?",
        date="2026-06-04 20:17 +0200",
        thread="limmat",
        text=LIMMAT_REPLY + "\n\n" + quote(
            """Grüezi Frau Oyelaran-Voss

Ich bin auf Ihr Profil gestossen, weil mich die Fotos Ihrer Bühnendekorationen für das
Innsbrucker Tanzfestival beeindruckt haben.""",
            "Am Mi., 3. Juni 2026 um 09:41 schrieb Reto Brunner-Keller "
            "<r.brunner@limmattalent.example.ch>:"),
        cte="base64",
    ),
    dict(
        kind="other", name="grosshandel_newsletter", lang="de", company="", contact="",
        frm=("Blumengroßhandel Hall", "newsletter@blumen-hall.example.at"),
        frm_enc=("iso-8859-1", "B"),
        subject="Messe-Special: Ihre Standposition auf der Gartenmesse & neue Schnittware",
        date="2026-02-26 06:00 +0100",
        text="""Liebe Floristinnen und Floristen,

die Gartenmesse Innsbruck rückt näher! Wer bei uns einen Gemeinschaftsstand gebucht hat,
findet die Standposition ab sofort im Kundenportal. Der Aufbau beginnt am Mittwoch um 7 Uhr.

Neu im Sortiment:
- Ranunkeln aus der Region (ab KW 10)
- Trockengräser für Event-Dekorationen
- Nachhaltige Steckschaum-Alternativen

Absagen von Vorbestellungen für den Valentinstag-Nachschub bitte bis Freitag.

Ihr Team vom Blumengroßhandel Hall
https://blumen-hall.example.at
Vom Newsletter abmelden: https://blumen-hall.example.at/nl/off""",
        charset="iso-8859-1", cte="qp",
        headers=[("List-Id", "<kunden.blumen-hall.example.at>"),
                 ("List-Unsubscribe", "<https://blumen-hall.example.at/nl/off>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", name="ux_forschung_interview", lang="de", company="",
        contact="lea.brandstaetter@jobwerk.example.at",
        frm=("Lea Brandstätter", "lea.brandstaetter@jobwerk.example.at"),
        subject="Einladung: 30-min-Interview zu Ihrer Jobsuche (25 € Gutschein)",
        date="2026-08-12 15:22 +0200",
        text="""Hallo Frau Oyelaran-Voss,

ich arbeite im UX-Research-Team von Jobwerk, der Jobbörse, auf der Sie im Frühjahr ein
Profil angelegt haben. Wir möchten verstehen, wie Menschen mit Branchenwechsel nach Stellen
suchen – und was sie dabei nervt.

Hätten Sie Lust auf ein 30-minütiges Video-Interview? Es geht nicht um eine Stelle und
es gibt keine falschen Antworten. Als Dankeschön bekommen Sie einen Gutschein über 25 €.

Termine wählen: https://jobwerk.example.at/research/slots?t=HOV26

Danke und liebe Grüße
Lea Brandstätter
UX Research, Jobwerk
Wien""",
    ),
    dict(
        kind="other", name="sent_bewerbung_hochschule", lang="de", company="", contact="",
        frm=CAND,
        to=[("Personalabteilung Hochschule Sill", "bewerbung@hochschule-sill.example.at")],
        subject="Bewerbung: Referentin Veranstaltungsmanagement (Kennzahl 14/2026)",
        date="2026-01-12 21:48 +0100",
        thread="sill",
        text="""Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung für die Stelle als Referentin für
Veranstaltungsmanagement (Kennzahl 14/2026).

In den vergangenen Jahren habe ich als selbständige Floristin zahlreiche Veranstaltungen
begleitet, darunter Sponsionsfeiern und Tagungen im Congress. Ich kenne die Abläufe zwischen
Auftraggeber, Location und Dienstleistern aus der Praxis und würde diese Erfahrung gerne in
die Organisation Ihrer akademischen Feiern und Kongresse einbringen.

Mit freundlichen Grüßen
""" + CAND_SIG_DE,
        attach=[pdf("Bewerbung_Oyelaran-Voss_14-2026.pdf", "Bewerbung Kennzahl 14/2026",
                    ["Henrietta Oyelaran-Voss", "Motivationsschreiben und Lebenslauf",
                     "Anlagen: Meisterbrief Floristik, Referenzen"])],
        charset="windows-1252", cte="8bit",
    ),
    dict(
        kind="other", name="yoga_kurs_entfaellt", lang="de", company="",
        contact="julia@yogaraum-wilten.example.at",
        frm=("Julia vom Yogaraum Wilten", "julia@yogaraum-wilten.example.at"),
        subject="Morgen kein Yoga – Kurs entfällt",
        date="2026-10-13 17:30 +0200",
        text="""Liebe Yogis,

leider muss ich den Kurs morgen (Mittwoch, 18:30) absagen, ich liege mit Fieber im Bett.
Die Stunde wird nicht verrechnet, eure Zehnerblöcke verlängern sich automatisch um eine
Woche.

Nächste Woche sehen wir uns wieder wie gewohnt.
Namasté
Julia""",
        to=[("Yoga Mittwoch", "yoga-mittwoch@yogaraum-wilten.example.at")],
    ),
    dict(
        kind="other", name="weitergeleitete_stellenanzeige", lang="de", company="",
        contact="ferdinand.oyelaran@example.at",
        frm=("Ferdinand Oyelaran", "ferdinand.oyelaran@example.at"),
        subject="WG: Stellenausschreibung Veranstaltungskoordination Tiergarten am Inn",
        date="2026-02-19 12:11 +0100",
        text="""Hallo Schwesterherz,

das hat mir ein Kollege geschickt – wär das was für dich? Klingt nach deinem Ding, und
du müsstest nicht mal umziehen.

Ferdl

""" + forward_block(
            "Personalbüro Tiergarten am Inn <personal@tiergarten-inn.example.at>",
            "Mi., 18. Feb. 2026 um 09:00",
            "Stellenausschreibung Veranstaltungskoordination",
            "verteiler-partner@tiergarten-inn.example.at",
            """Wir suchen ab Mai 2026 eine Veranstaltungskoordination (30 h) für
Abendführungen, Firmenfeiern und Sommerfeste. Bewerbungen bis 15. März an
personal@tiergarten-inn.example.at. Die Vorstellungsgespräche finden Anfang April
statt.""", "de"),
    ),
    dict(
        kind="other", name="berufsinfo_beratungstermin", lang="de", company="", contact="",
        frm=("BerufsInfoZentrum Innsbruck", "termine-noreply@biz-innsbruck.example.at"),
        subject="Erinnerung: Ihr Beratungsgespräch am 10.02.2026",
        date="2026-02-09 08:00 +0100",
        text="""Guten Tag Frau Oyelaran-Voss,

wir erinnern Sie an Ihr Beratungsgespräch zum Thema „Beruflicher Umstieg in die
Veranstaltungsbranche“:

Termin: Dienstag, 10.02.2026, 14:00 Uhr
Ort: BerufsInfoZentrum, Schöpfstraße 5, 2. Stock, Raum 2.14
Beraterin: Mag.a Doris Wurzer

Bitte bringen Sie, falls vorhanden, Ihren Lebenslauf mit. Wenn Sie den Termin nicht
wahrnehmen können, sagen Sie ihn bitte online ab: https://biz-innsbruck.example.at/t/9921

Dies ist eine automatisch versendete Nachricht.""",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", name="sent_absage_an_arbeitgeber", lang="de", company="", contact="",
        frm=CAND,
        to=[("Clemens Thaler", "c.thaler@tagungshotel-achensee.example.at")],
        subject="Re: Einladung zum Vorstellungsgespräch am 14. Juli",
        date="2026-07-06 09:02 +0200",
        text="""Sehr geehrter Herr Thaler,

vielen Dank für die Einladung zum Vorstellungsgespräch. Nach reiflicher Überlegung möchte
ich meine Bewerbung zurückziehen und den Termin am 14. Juli absagen – ich habe mich in der
Zwischenzeit für eine andere Stelle entschieden.

Ich danke Ihnen für Ihr Interesse und wünsche Ihnen für die Besetzung alles Gute.

Mit freundlichen Grüßen
Henrietta Oyelaran-Voss

""" + quote("""Sehr geehrte Frau Oyelaran-Voss,

wir freuen uns, Sie zu einem Vorstellungsgespräch am Dienstag, 14. Juli 2026, um 10 Uhr
in unser Tagungshotel am Achensee einzuladen. Bitte bestätigen Sie den Termin kurz.

Mit freundlichen Grüßen
Clemens Thaler
Leitung Bankett & Tagung""", "Am 02.07.2026 um 14:55 schrieb Clemens Thaler:"),
    ),
    # ------------------------------------------------------------------ English (14)
    dict(
        kind="other", name="eventjobs_uk_weekly", lang="en", company="", contact="",
        frm=("EventJobs UK", "weekly@eventjobs.example.co.uk"),
        subject="This week: 38 new event roles in London + why final rounds go wrong",
        date="2026-01-27 07:00 +0000",
        text=digest_text("EventJobs UK - weekly picks",
                         "Morning Henrietta,\n\nHere are this week's roles matching "
                         "'event coordinator, London'. Two employers say interviews start "
                         "next week.", EVENTJOBS_ITEMS,
                         "You're receiving this because you signed up at eventjobs.example.co"
                         ".uk.\nUnsubscribe: https://eventjobs.example.co.uk/u/7781"),
        html=newsletter_html("EventJobs UK - weekly picks",
                             "Morning Henrietta,\n\nHere are this week's roles matching "
                             "'event coordinator, London'. Two employers say interviews start "
                             "next week.", EVENTJOBS_ITEMS,
                             'You\'re receiving this because you signed up. '
                             '<a href="https://eventjobs.example.co.uk/u/7781">Unsubscribe</a>',
                             lang="en", color="#6a1b9a"),
        headers=[("List-Id", "EventJobs weekly <weekly.eventjobs.example.co.uk>"),
                 ("List-Unsubscribe", "<https://eventjobs.example.co.uk/u/7781>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", name="advice_follow_up_after_interview", lang="en", company="",
        contact="",
        frm=("The Career Pivot", "letters@careerpivot.example.com"),
        subject="How (and when) to follow up after an interview",
        date="2026-04-07 12:00 +0100",
        html=simple_html("""<h1>The Career Pivot</h1>
<p><i>Issue #112 - for people changing industries</i></p>
<h2>How (and when) to follow up after an interview</h2>
<p>You did the interview. You sent the thank-you note. Now there is silence. Do you chase?</p>
<p>We asked 40 hiring managers. The short version: one polite follow-up after the date they
gave you is fine; three is not. If the answer is a rejection, ask for one concrete piece of
feedback - most people never do, and those who ask are remembered.</p>
<p>Also in this issue: <a href="https://careerpivot.example.com/112/portfolio">Turning a
craft portfolio into an events CV</a> and <a href="https://careerpivot.example.com/112/
salary">Salary questions in the first call</a>.</p>
<hr><p style="font-size:11px">You subscribed at careerpivot.example.com.
<a href="https://careerpivot.example.com/unsubscribe?e=hov">Unsubscribe</a></p>""",
                         lang="en"),
        headers=[("List-Id", "<letters.careerpivot.example.com>"),
                 ("List-Unsubscribe", "<https://careerpivot.example.com/unsubscribe?e=hov>")],
    ),
    dict(
        kind="other", name="podcast_guest_request", lang="en", company="",
        contact="owen@stemandstage.example.co.uk",
        frm=("Owen Tremayne", "owen@stemandstage.example.co.uk"),
        subject="Guest on Stem & Stage? (podcast interview, 40 min, remote)",
        date="2026-06-24 10:31 +0100",
        text="""Hi Henrietta,

I host Stem & Stage, a small podcast about flowers in theatre, festivals and big events.
A listener sent me pictures of your installation at the Innsbruck dance festival and I'd
love to have you on the show.

It would be a relaxed 40-minute interview over Zoom - how you got into floristry, building
pieces that survive a stage, and the jump you're making into event coordination.

We record on Tuesdays or Wednesdays. Any date in July work for you?

Cheers,
Owen Tremayne
Host, Stem & Stage
stemandstage.example.co.uk""",
    ),
    dict(
        kind="other", name="connectly_application_viewed", lang="en", company="", contact="",
        frm=("Connectly", "notifications-noreply@connectly.example.com"),
        subject="Your application was viewed by Lanternfly Live",
        date="2026-04-10 18:02 +0100",
        html=simple_html("""<table width="560"><tr><td style="font-family:Arial">
<p style="font-size:18px"><b>Good news, Henrietta</b></p>
<p>A hiring team member at Lanternfly Live viewed your application for
<b>Event Coordinator (Live Experiences)</b>.</p>
<p><a href="https://connectly.example.com/jobs/applied">See your applications</a></p>
<p>People who applied for this role also viewed: Production Assistant at Ashcombe Arts
Festival, Guest Experience Lead at The Fenwick Hotel.</p>
<p style="color:#888;font-size:11px">Connectly, 100 Example Street, Dublin.
<a href="https://connectly.example.com/settings">Notification settings</a></p>
</td></tr></table>""", lang="en"),
        headers=[("List-Unsubscribe", "<https://connectly.example.com/settings>")],
    ),
    dict(
        kind="other", name="halden_search_cold_approach", lang="en", company="",
        contact="imogen.halden@haldensearch.example.co.uk",
        frm=("Imogen Halden", "imogen.halden@haldensearch.example.co.uk"),
        subject="Hello from Halden Search - events talent in London",
        date="2026-02-10 14:07 +0000",
        text="""Hi Henrietta,

I hope you don't mind the cold note. I run Halden Search, a small agency placing people
in event and hospitality teams across London. Your move from floristry into coordination
caught my eye - we see more and more clients who value exactly that hands-on background.

Nothing specific on my desk right now, but if you're open to London I'd be glad to keep
you in mind and have a quick intro call at some point.

Best,
Imogen Halden
Director, Halden Search Ltd
27 Example Row, London EC1V 4JY
+44 20 7946 0312""",
    ),
    dict(
        kind="other", name="sent_thankyou_riverside", lang="en", company="", contact="",
        frm=CAND,
        to=[("Tom Ashdown-Reyes", "tom.ashdown-reyes@riversidecongress.example.co.uk")],
        cc=[("Adaeze Okonjo", "a.okonjo@riversidecongress.example.co.uk")],
        subject="Thank you - assessment day",
        date="2026-08-27 08:15 +0100",
        thread="riverside",
        text=RIVERSIDE_THANKS,
    ),
    dict(
        kind="other", name="sent_reschedule_request_marlowe", lang="en", company="",
        contact="",
        frm=CAND,
        to=[("Jo Pryce", "jo.pryce@marloweandfinch.example.co.uk")],
        subject="Re: Quick call about the Event Coordinator role?",
        date="2026-06-09 06:55 +0200",
        thread="marlowe",
        text=MARLOWE_RESCHEDULE + "\n\n" + quote(
            """Hi Henrietta,

Thanks for applying to Marlowe & Finch! I'd love to set up a 20-minute phone call to
talk through the Event Coordinator role. Would Thursday 11 June at 11:00 (UK) work?""",
            "On Mon, 8 Jun 2026 at 17:30, Jo Pryce <jo.pryce@marloweandfinch.example.co.uk> "
            "wrote:"),
    ),
    dict(
        kind="other", name="brightwater_out_of_office", lang="en", company="",
        contact="priya.ramcharan@brightwater.example.co.uk",
        frm=("Priya Ramcharan", "priya.ramcharan@brightwater.example.co.uk"),
        subject="Automatic reply: Apologies for today's interview",
        date="2026-03-17 15:02 +0000",
        thread="brightwater",
        text="""Thank you for your email.

I am out of the office from this afternoon until Monday 23 March, with limited access
to email. For anything
urgent about interviews or scheduling, please contact our coordinator Leo at
leo.mendes@brightwater.example.co.uk.

Kind regards,
Priya""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("Precedence", "auto_reply")],
    ),
    dict(
        kind="other", name="friend_london_rejection", lang="en", company="",
        contact="becca.hollis@example.co.uk",
        frm=("Becca Hollis", "becca.hollis@example.co.uk"),
        subject="well that's that",
        date="2026-05-13 22:40 +0100",
        text="""Hen!!

Didn't get the arts-centre job. They said they went with someone "with more ticketing
experience", which, fine, I've done ticketing for 6 years but ok. Two interviews and a
presentation for a three-line email. I'm going to eat a whole pizza about it.

How are your applications going? Are you still thinking about London? My spare room is
yours if you come over for interviews.

xx Becca""",
    ),
    dict(
        kind="other", name="parcel_delayed", lang="en", company="", contact="",
        frm=("SwiftDrop Deliveries", "no-reply@swiftdrop.example.co.uk"),
        subject="Unfortunately your parcel is delayed",
        date="2026-09-03 11:11 +0100",
        text="""Hi Henrietta,

Unfortunately your parcel SD-5591-0031 (from Stemcraft Tools) is delayed at our Coventry
hub. We're sorry about this.

New estimated delivery: Monday 7 September.
Track it: https://swiftdrop.example.co.uk/t/SD55910031

You don't need to do anything. This mailbox is not monitored.

SwiftDrop""",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", name="short_course_no_place", lang="en", company="", contact="",
        frm=("Kingsmere University Short Courses", "shortcourses-noreply@kingsmere.example.ac.uk"),
        subject="Your application: Certificate in Event Management (Autumn 2026)",
        date="2026-08-20 09:00 +0100",
        text="""Dear Henrietta Oyelaran-Voss,

Thank you for applying for the Certificate in Event Management (evening course, starting
29 September 2026).

We are sorry to tell you that we are unable to offer you a place on this intake. The course
was heavily oversubscribed and places were allocated in order of complete applications.

You are welcome to apply for the January 2027 intake; your details have been kept on file.

Short Courses Office
Kingsmere University

This email was sent from an unmonitored address.""",
    ),
    dict(
        kind="other", name="user_research_jobhunting", lang="en", company="",
        contact="nadia.brennan@tallyhire.example.com",
        frm=("Nadia at TallyHire", "nadia.brennan@tallyhire.example.com"),
        subject="Could we interview you? 45 min, £40 voucher",
        date="2026-07-15 16:00 +0100",
        text="""Hi Henrietta,

I'm Nadia, a researcher at TallyHire. We're talking to people who are changing careers
about how they keep track of applications, interviews and rejections.

This is a research interview, not a job interview - 45 minutes on video, and we'll send
you a £40 voucher afterwards. Pick a slot here if you're up for it:
https://tallyhire.example.com/research/book/hov

Thanks!
Nadia Brennan
User Research, TallyHire""",
    ),
    dict(
        kind="other", name="webinar_breaking_into_events", lang="en", company="", contact="",
        frm=("Events Futures", "hello@eventsfutures.example.org"),
        subject="You're invited: Breaking into events - live panel, 18 Feb",
        date="2026-02-04 10:00 +0000",
        text="""You're invited!

BREAKING INTO EVENTS - a live online panel
Wednesday 18 February, 18:00-19:15 (GMT)

Four event managers who switched from hospitality, retail and the creative trades talk
about their first interviews, the rejections they got, and what finally worked.

Register (free): https://eventsfutures.example.org/webinars/breaking-in

See you there,
The Events Futures team

Unsubscribe: https://eventsfutures.example.org/unsub""",
        headers=[("List-Id", "Events Futures <announce.eventsfutures.example.org>"),
                 ("List-Unsubscribe", "<https://eventsfutures.example.org/unsub>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", name="sent_application_tessellate", lang="en", company="", contact="",
        frm=CAND,
        to=[("Maya Lindqvist", "maya@tessellate.example.co.uk")],
        subject="Application - Experience Coordinator",
        date="2026-09-08 21:30 +0200",
        thread="tessellate",
        text="""Dear Maya,

I saw your post about the Experience Coordinator role at Tessellate and wanted to apply
directly.

I've spent eight years as a florist in Innsbruck building installations for weddings,
festivals and corporate events - which means a lot of logistics, suppliers and very
early load-ins. I'm now moving into event coordination and would love to do it with a
small team that cares about how things look and feel.

My CV is attached. I'm happy to talk whenever suits you.

Best wishes,
""" + CAND_SIG_EN,
        attach=[pdf("Henrietta_Oyelaran-Voss_CV.pdf", "Henrietta Oyelaran-Voss - CV",
                    ["Florist and event designer, Innsbruck (2018-present)",
                     "Installations for festivals, weddings and conferences",
                     "Languages: German, English (C1), French (B2), Spanish (B1)"])],
    ),
    # ------------------------------------------------------------------ French (5)
    dict(
        kind="other", name="alerte_emploi_rhone", lang="fr", company="", contact="",
        frm=("Emploi Rhône Alertes", "alertes@emploi-rhone.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="3 nouvelles offres : événementiel, Lyon",
        date="2026-03-02 07:45 +0100",
        text=digest_text("Vos alertes emploi", "Bonjour Henrietta,\n\nVoici les nouvelles "
                         "offres correspondant à votre alerte « événementiel, Lyon ».",
                         RHONE_ITEMS, "Se désabonner : https://emploi-rhone.example.fr/"
                         "alertes/stop?id=5521"),
        html=newsletter_html("Vos alertes emploi", "Bonjour Henrietta,\n\nVoici les nouvelles "
                             "offres correspondant à votre alerte « événementiel, Lyon ».",
                             RHONE_ITEMS, '<a href="https://emploi-rhone.example.fr/alertes/'
                             'stop?id=5521">Se désabonner</a>', lang="fr", color="#00796b"),
        charset="iso-8859-1", cte="qp",
        headers=[("List-Id", "<alertes.emploi-rhone.example.fr>"),
                 ("List-Unsubscribe", "<https://emploi-rhone.example.fr/alertes/stop?id=5521>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", name="sent_excuses_rhone", lang="fr", company="", contact="",
        frm=CAND,
        to=[("Julien Marchetti", "julien.marchetti@rhone-evenements.example.fr")],
        subject="Toutes mes excuses pour ce matin",
        date="2026-03-12 12:20 +0100",
        thread="rhone",
        text=RHONE_EXCUSES,
    ),
    dict(
        kind="other", name="conseils_refus_article", lang="fr", company="", contact="",
        frm=("Le Mag Reconversion", "lettre@mag-reconversion.example.fr"),
        subject="Refus après entretien : ce que les recruteurs ne vous disent pas",
        date="2026-05-19 08:30 +0200",
        html=simple_html("""<h1 style="font-family:Georgia">Le Mag Reconversion</h1>
<h2>Refus après entretien : ce que les recruteurs ne vous disent pas</h2>
<p>« Nous avons le regret de vous informer… » Derrière cette formule, il y a souvent un
poste déjà pourvu en interne, un budget gelé ou un profil « plus proche » sur le papier.</p>
<p>Notre conseil : demandez un retour précis, notez les questions qui vous ont mise en
difficulté pendant l'entretien et préparez la prochaine convocation avec ces éléments.</p>
<p><a href="https://mag-reconversion.example.fr/articles/refus-entretien">Lire l'article
complet</a></p>
<p style="font-size:11px;color:#777">Vous recevez cette lettre car vous êtes inscrite
sur mag-reconversion.example.fr. <a href="https://mag-reconversion.example.fr/desinscription">
Se désinscrire</a></p>""", lang="fr"),
        headers=[("List-Id", "<lettre.mag-reconversion.example.fr>"),
                 ("List-Unsubscribe", "<https://mag-reconversion.example.fr/desinscription>")],
    ),
    dict(
        kind="other", name="banque_entretien_annuel", lang="fr", company="",
        contact="sophie.garnier@banque-presquile.example.fr",
        frm=("Sophie Garnier", "sophie.garnier@banque-presquile.example.fr"),
        subject="Votre entretien annuel de conseil - proposition de rendez-vous",
        date="2026-10-06 10:05 +0200",
        text="""Madame Oyelaran-Voss,

Dans le cadre du suivi de votre compte ouvert lors de votre séjour à Lyon, je vous propose
notre entretien annuel de conseil. Nous ferons le point sur la position de votre épargne et
sur vos projets professionnels.

Deux créneaux sont possibles : le mardi 13 octobre à 11h ou le jeudi 15 octobre à 17h30,
en agence ou par téléphone. Merci de me confirmer celui qui vous convient.

Bien à vous,
Sophie Garnier
Conseillère clientèle
Banque de la Presqu'île - Agence Cordeliers
12 rue de la République, 69002 Lyon
04 72 00 18 45

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire.""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="other", name="du_management_refus", lang="fr", company="", contact="",
        frm=("Scolarité – Université Rhône-Confluence",
             "scolarite-candidatures@univ-rhone-confluence.example.fr"),
        subject="Candidature DU Management de l'événementiel – décision",
        date="2026-06-12 17:00 +0200",
        text="""Madame,

Nous avons examiné votre candidature au Diplôme d'Université « Management de
l'événementiel » pour l'année 2026-2027.

Nous sommes au regret de vous informer que la commission pédagogique n'a pas retenu votre
dossier : le nombre de places est limité à 20 et la priorité a été donnée aux candidats
justifiant d'une première expérience en agence.

Vous pouvez déposer une nouvelle candidature lors de la prochaine campagne.

Le service de la scolarité
Université Rhône-Confluence

Merci de ne pas répondre à ce message.""",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    # ------------------------------------------------------------------ Spanish (7)
    dict(
        kind="other", name="alerta_empleo_valencia", lang="es", company="", contact="",
        frm=("Empleo Levante", "alertas@empleo-levante.example.es"),
        subject="4 ofertas nuevas para «eventos Valencia»",
        date="2026-06-29 08:00 +0200",
        text=digest_text("Tus alertas de empleo", "Hola Henrietta:\n\nEstas son las ofertas "
                         "nuevas de la semana. Algunas empresas ya están haciendo entrevistas.",
                         VALENCIA_ITEMS, "Darte de baja: https://empleo-levante.example.es/"
                         "baja?u=hov"),
        html=newsletter_html("Tus alertas de empleo", "Hola Henrietta:\n\nEstas son las "
                             "ofertas nuevas de la semana. Algunas empresas ya están haciendo "
                             "entrevistas.", VALENCIA_ITEMS,
                             '<a href="https://empleo-levante.example.es/baja?u=hov">Darte de '
                             "baja</a>", lang="es", color="#e65100"),
        subj_enc=("utf-8", "B"), subj_mode="full",
        headers=[("List-Id", "Alertas <alertas.empleo-levante.example.es>"),
                 ("List-Unsubscribe", "<https://empleo-levante.example.es/baja?u=hov>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", name="sent_solicitud_nacar", lang="es", company="", contact="",
        frm=CAND,
        to=[("Lucía Beltrán", "lucia.beltran@estudionacar.example.es")],
        to_enc=("utf-8", "Q"),
        subject="Solicitud: coordinadora de eventos",
        date="2026-08-31 19:40 +0200",
        thread="nacar",
        text="""Estimada Lucía:

Le escribo para presentar mi candidatura al puesto de coordinadora de eventos que
Estudio Nácar ha publicado esta semana.

Soy florista en Innsbruck desde hace ocho años y he trabajado en bodas, festivales y
congresos, coordinando proveedores y montajes. Me gustaría dar el salto a la coordinación
de eventos y Valencia es una ciudad que conozco bien.

Adjunto mi currículum. Quedo a su disposición para una entrevista cuando les venga bien.

Un saludo cordial,
Henrietta Oyelaran-Voss""",
        attach=[pdf("CV_Henrietta_Oyelaran-Voss_ES.pdf", "Currículum – Henrietta Oyelaran-Voss",
                    ["Florista y diseñadora de eventos, Innsbruck",
                     "Idiomas: alemán, inglés, francés, español (B1)"])],
    ),
    dict(
        kind="other", name="paquete_retrasado", lang="es", company="", contact="",
        frm=("Envíos Rayo", "notificaciones@enviosrayo.example.es"),
        subject="Lamentablemente tu paquete llegará con retraso",
        date="2026-07-23 13:30 +0200",
        text="""Hola Henrietta:

Lamentablemente, tu envío ER-77120-VLC no podrá entregarse hoy por una incidencia en
nuestra nave de Ribarroja. Sentimos las molestias.

Nueva fecha estimada de entrega: lunes 27 de julio.
Posición actual del envío: en tránsito hacia Valencia.

Sigue tu paquete: https://enviosrayo.example.es/seguimiento/ER77120

Este correo se ha generado automáticamente, por favor no respondas.""",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", name="casero_piso_alquilado", lang="es", company="",
        contact="vicente.llorca@example.es",
        frm=("Vicente Llorca", "vicente.llorca@example.es"),
        subject="Re: Visita piso calle Sueca",
        date="2026-08-18 20:10 +0200",
        text="""Hola Henrietta,

Gracias por venir a ver el piso el sábado. Lamentablemente ya lo he alquilado a otra
persona que podía entrar el 1 de septiembre. Si quieres, te aviso si queda libre el ático
de la misma finca en octubre.

Un saludo,
Vicente

""" + quote("""Buenas tardes, Vicente:

Muchas gracias por la visita. El piso me encantó; ¿sería posible firmar en septiembre?

Henrietta""", "El dom, 16 ago 2026 a las 11:02, Henrietta Oyelaran-Voss "
                  "<henrietta.ov@example.at> escribió:"),
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        kind="other", name="master_admision_denegada", lang="es", company="", contact="",
        frm=("Admisiones Máster", "admisiones-noreply@universidad-turia.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Resolución de admisión – Máster en Gestión de Eventos",
        date="2026-07-02 12:00 +0200",
        html=simple_html(paras("""Estimada Sra. Oyelaran-Voss:

Le comunicamos que, tras la valoración de méritos, su solicitud de admisión al Máster
Universitario en Gestión de Eventos y Protocolo (curso 2026-2027) ha sido denegada por
falta de plazas.

Ha quedado en la posición 14 de la lista de espera. Si se produce alguna vacante le
avisaremos por este medio.

Servicio de Admisiones
Universidad del Turia"""), lang="es"),
        cte="base64",
    ),
    dict(
        kind="other", name="amiga_rechazo", lang="es", company="",
        contact="carmen.soler@example.es",
        frm=("Carmen Soler", "carmen.soler@example.es"),
        subject="me han dicho que no 🙃",
        date="2026-05-08 23:12 +0200",
        text="""Henri!!

Te cuento: al final los del hotel de la playa me han dicho que no. Que han elegido a alguien
con más experiencia en bodas. Yo que ya me veía con el uniforme…

Bueno, el lunes tengo otra entrevista en una agencia, así que a por ella. ¿Y tú qué tal con
lo de Valencia? ¡Si vienes, cena en casa!

Besos,
Carmen""",
        cte="8bit",
    ),
    dict(
        kind="other", name="levante_autorespuesta", lang="es", company="",
        contact="nuria.ferrer@levantetalento.example.es",
        frm=("Nuria Ferrer Climent", "nuria.ferrer@levantetalento.example.es"),
        subject="Respuesta automática: Re: ¿Qué ha pasado con la entrevista de hoy?",
        date="2026-05-05 13:05 +0200",
        thread="levante",
        text="""Gracias por tu mensaje.

Estoy fuera de la oficina desde esta tarde hasta el 11 de mayo. Para cualquier tema urgente puedes
escribir a mi compañero Pau Ribes: pau.ribes@levantetalento.example.es.

Un saludo,
Nuria Ferrer Climent
Levante Talento""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "OOF")],
    ),
]
