"""other: the candidate's own mail, newsletters, alerts and many look-alike traps."""

from __future__ import annotations

from msgs339_common import CANDIDATE, html_shell, paras, spec

X = "other"
ME = CANDIDATE

LIST_EVENTJOBS = [
    ("List-Id", "Eventjobs Alpen Jobalarm <jobalarm.eventjobs-alpen.example.at>"),
    ("List-Unsubscribe", "<https://eventjobs-alpen.example.at/abmelden?u=58213>,"
                         " <mailto:abmelden@eventjobs-alpen.example.at>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
]


def bulk(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsubscribe}>"),
            ("Precedence", "bulk")]


SPECS = [
    # ================================================================ German (26)
    # ---- the candidate's own mail (6)
    spec(
        "own_de_terminbitte_kongresshaus", X, "de", ME,
        "AW: Einladung zum Kennenlernen – Kongresshaus Salzachufer",
        "2026-01-22 07:55 +0100",
        """
        Sehr geehrte Frau Brandstätter,

        herzlichen Dank für die Einladung, ich freue mich sehr!

        Leider habe ich am 29. Jänner Frühdienst an der Rezeption und kann
        nicht tauschen. Wäre es möglich, auf einen anderen Tag auszuweichen?
        Ab dem 2. Februar bin ich an fast allen Nachmittagen flexibel.

        Mit freundlichen Grüßen
        Franziska Oberhuber-Lindgren
        +43 664 318 20 77
        """,
        to=[("Ulrike Brandstätter",
             "ulrike.brandstaetter@kongresshaus-salzachufer.example.at")],
        parent="kongresshaus_einladung", quote="de", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "own_de_rueckfrage_vertrag_kongresshaus", X, "de", ME,
        "Re: Ihr Dienstvertrag zur Unterschrift",
        "2026-03-10 20:14 +0100",
        """
        Liebe Frau Brandstätter,

        vielen Dank für die Unterlagen! Eine kurze Rückfrage habe ich noch:
        In § 4 steht eine Arbeitszeit von 40 Stunden, besprochen hatten wir
        38,5. Könnten Sie das bitte kurz prüfen? Dann schicke ich Ihnen den
        unterschriebenen Vertrag gleich zurück.

        Liebe Grüße
        Franziska Oberhuber-Lindgren
        """,
        to=[("Ulrike Brandstätter",
             "ulrike.brandstaetter@kongresshaus-salzachufer.example.at")],
        parent="kongresshaus_dienstvertrag", quote="de2", charset="iso-8859-1", cte="8bit",
    ),
    spec(
        "own_de_nachfrage_alpenglanz", X, "de", ME,
        "Nachfrage Bewerbung Bankettassistenz Alpenglanz Wien",
        "2026-04-02 08:31 +0200",
        """
        Sehr geehrte Frau Wallner,

        Ende Februar habe ich mich als Bankettassistenz für das Alpenglanz
        Hotel Wien beworben und bisher noch keine Rückmeldung erhalten. Ich
        wollte höflich nachfragen, ob meine Bewerbung noch im Verfahren ist.

        Über eine kurze Nachricht würde ich mich sehr freuen.

        Mit freundlichen Grüßen
        Franziska Oberhuber-Lindgren
        Linzer Gasse 41, 5020 Salzburg
        """,
        to=[("Petra Wallner", "petra.wallner@alpenglanz-hotels.example.at")],
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        "own_de_bewerbung_salzburg_convention", X, "de", ME,
        "Bewerbung Projektassistenz Kongressakquise",
        "2026-05-11 21:40 +0200",
        """
        Sehr geehrter Herr Gruber,

        mit großem Interesse habe ich Ihre Ausschreibung für die
        Projektassistenz Kongressakquise gelesen. Seit sechs Jahren arbeite ich
        an der Rezeption eines Salzburger Vier-Sterne-Hotels und betreue dort
        auch Tagungsgruppen von der Anfrage bis zur Abreise.

        Gerne möchte ich diese Erfahrung bei Salzburg Convention Partner
        einbringen. Meinen Lebenslauf und mein Motivationsschreiben finden Sie
        im Anhang.

        Über eine Einladung zu einem persönlichen Gespräch freue ich mich.

        Mit freundlichen Grüßen
        Franziska Oberhuber-Lindgren
        """,
        to=[("Stefan Gruber", "stefan.gruber@salzburg-convention.example.at")],
        pdf=[("Lebenslauf_Oberhuber-Lindgren.pdf", [
            "Franziska Oberhuber-Lindgren - Lebenslauf",
            "Seit 2020: Rezeptionistin, Hotel am Mirabellplatz, Salzburg",
            "2017-2020: Tourismusschule Klessheim",
            "Sprachen: Deutsch, Englisch, Franzoesisch, Spanisch, Schwedisch",
        ]), ("Motivationsschreiben.pdf", [
            "Motivationsschreiben - Projektassistenz Kongressakquise",
        ])],
        charset="utf-8", cte="8bit",
    ),
    spec(
        "own_de_danke_messe", X, "de", ME,
        "Danke für das Gespräch heute",
        "2026-07-24 18:45 +0200",
        """
        Liebe Frau Wendlinger,

        vielen Dank für das angenehme Gespräch heute Nachmittag, auch an
        Herrn Rainer. Die Einblicke in die Gastveranstaltungen haben meine
        Begeisterung für die Stelle noch verstärkt.

        Ich freue mich darauf, von Ihnen zu hören.

        Herzliche Grüße aus Salzburg
        Franziska Oberhuber-Lindgren
        """,
        to=[("Katharina Wendlinger", "k.wendlinger@messe-isarfeld.example.de")],
        parent="messe_isarfeld_verschiebung", quote="de", charset="utf-8",
        cte="quoted-printable",
    ),
    spec(
        "own_de_annahme_messe", X, "de", ME,
        "AW: Ihr Vertragsangebot der Messe Isarfeld",
        "2026-08-28 09:12 +0200",
        """
        Liebe Frau Wendlinger,

        sehr gerne nehme ich Ihr Angebot an! Den unterschriebenen Vertrag
        habe ich heute per Post an Sie geschickt, den Scan finden Sie
        vorab im Anhang.

        Ich freue mich riesig auf den Start am 1. November.

        Herzliche Grüße
        Franziska Oberhuber-Lindgren
        """,
        to=[("Katharina Wendlinger", "k.wendlinger@messe-isarfeld.example.de")],
        pdf=[("Vertrag_unterschrieben_Scan.pdf", [
            "Messe Isarfeld GmbH - Arbeitsvertrag (unterschrieben)",
            "Franziska Oberhuber-Lindgren, Salzburg, 27.08.2026",
        ])],
        parent="messe_isarfeld_vertragsangebot", quote="de", charset="utf-8",
        cte="quoted-printable",
    ),
    # ---- alerts, newsletters (4)
    spec(
        "eventjobs_jobalarm_februar", X, "de",
        ("Eventjobs Alpen Jobalarm", "jobalarm-noreply@eventjobs-alpen.example.at"),
        "5 neue Jobs für „Eventmanagement Salzburg“",
        "2026-02-12 06:30 +0100",
        """
        Hallo Franziska,

        wir haben 5 neue Stellen zu deinem Suchauftrag „Eventmanagement
        Salzburg“ gefunden:

        1. Junior Eventmanager:in – Agentur Festsaal, Salzburg
        2. Mitarbeiter:in Veranstaltungsbüro – Stadtgemeinde Hallein
        3. Bankett- und Eventkoordination – Seehotel Wallersee
        4. Projektassistenz Kongresse – Medical Congress Partners, Wien
        5. Assistenz Messebau – Stand & Form, Eugendorf

        Tipp der Woche: Eine Absage ist kein Urteil über dich! Lies in
        unserem Magazin, wie du nach einem Vorstellungsgespräch, das leider
        nicht geklappt hat, konstruktives Feedback einholst.

        Suchauftrag bearbeiten oder abmelden:
        https://eventjobs-alpen.example.at/suchauftrag/58213
        """,
        html=html_shell("Eventjobs Alpen – Dein Jobalarm", """
<p>Hallo Franziska,</p>
<p>wir haben <b>5 neue Stellen</b> zu deinem Suchauftrag „Eventmanagement Salzburg“
gefunden:</p>
<ol>
<li>Junior Eventmanager:in – Agentur Festsaal, Salzburg</li>
<li>Mitarbeiter:in Veranstaltungsbüro – Stadtgemeinde Hallein</li>
<li>Bankett- und Eventkoordination – Seehotel Wallersee</li>
<li>Projektassistenz Kongresse – Medical Congress Partners, Wien</li>
<li>Assistenz Messebau – Stand &amp; Form, Eugendorf</li>
</ol>
<p><i>Tipp der Woche:</i> Eine Absage ist kein Urteil über dich! Lies in unserem
Magazin, wie du nach einem Vorstellungsgespräch, das leider nicht geklappt hat,
konstruktives Feedback einholst.</p>
""", footer='<a href="https://eventjobs-alpen.example.at/suchauftrag/58213">Abmelden</a>',
            accent="#c2410c"),
        headers=LIST_EVENTJOBS, charset="utf-8", cte="quoted-printable",
        subj_enc=("utf-8", "Q"),
    ),
    spec(
        "eventjobs_jobalarm_juni", X, "de",
        ("Eventjobs Alpen Jobalarm", "jobalarm-noreply@eventjobs-alpen.example.at"),
        "Dein Jobalarm: Einladung zum Bewerben – 3 Top-Jobs in München",
        "2026-06-09 06:30 +0200",
        None,
        html=html_shell("Eventjobs Alpen – Dein Jobalarm", """
<p>Hallo Franziska,</p>
<p>diese Arbeitgeber laden dich ein, dich zu bewerben:</p>
<ul>
<li><b>Messeprojektleitung (m/w/d)</b> – Messe Isarfeld, München</li>
<li><b>Eventmanager:in Corporate Events</b> – Brandstage, München</li>
<li><b>Hotel Event Coordinator</b> – Hotel Residenz Schwabing</li>
</ul>
<p>Leider bald abgelaufen: 12 Stellen aus deinem Suchauftrag enden diese Woche.</p>
<p>Unser Ratgeber: „Vorstellungsgespräch abgesagt oder verschoben – was nun?“</p>
""", footer="Du erhältst diesen Jobalarm, weil du ihn auf eventjobs-alpen.example.at "
            "abonniert hast. Abmelden: https://eventjobs-alpen.example.at/abmelden",
            accent="#c2410c"),
        headers=LIST_EVENTJOBS, html_charset="utf-8", html_cte="base64",
    ),
    spec(
        "karriereportal_newsletter_absagen", X, "de",
        ("karriere.kompass Newsletter", "newsletter@karrierekompass.example.de"),
        "Absage erhalten? So deuten Sie die Formulierungen richtig",
        "2026-03-05 07:00 +0100",
        """
        karriere.kompass – Ihr Newsletter für den nächsten Karriereschritt
        Ausgabe 10/2026

        ABSAGEN RICHTIG LESEN
        „Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz wird so oft
        gelesen und so ungern. Wir haben 500 Absageschreiben ausgewertet und
        erklären, was hinter „anderen Kandidaten, deren Profil besser passt“
        wirklich steckt.

        VORSTELLUNGSGESPRÄCH: DIE 10 HÄUFIGSTEN FRAGEN
        Von „Wo sehen Sie sich in fünf Jahren?“ bis zur Gehaltsfrage.

        QUEREINSTIEG IN DIE EVENTBRANCHE
        Drei Hotelfachleute erzählen, wie der Wechsel geklappt hat.

        Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
        Abmelden: https://karrierekompass.example.de/newsletter/abmelden
        """,
        headers=bulk("karriere.kompass <newsletter.karrierekompass.example.de>",
                     "https://karrierekompass.example.de/newsletter/abmelden"),
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "flexwerk_insider_newsletter", X, "de",
        ("Flexwerk Insider", "news@flexwerk.example.at"),
        "Flexwerk Insider: Sommersaison, Lohnzettel & Ihre Position im Team",
        "2026-07-01 08:00 +0200",
        None,
        html=html_shell("Flexwerk Insider - Juli 2026", paras("""
        Liebe Flexwerkerinnen und Flexwerker,

        die Sommersaison läuft! Über 60 Einsätze bei Festivals, Kongressen und
        Hotels warten im Juli auf Sie.

        Neu im Portal: Ihre Lohnzettel finden Sie ab sofort digital. Die Position
        "Zuschläge" wird dort einzeln ausgewiesen.

        Unsere Kundenumfrage: 94 % der Betriebe würden Flexwerk weiterempfehlen.
        Danke für Ihren Einsatz!
        """), footer="Flexwerk Personalleasing GmbH · Abmelden vom Newsletter",
            accent="#15803d"),
        headers=bulk("Flexwerk Insider <insider.flexwerk.example.at>",
                     "https://flexwerk.example.at/newsletter/off"),
        html_charset="iso-8859-1", html_cte="quoted-printable",
    ),
    # ---- traps with human senders (8)
    spec(
        "radio_salzach_interview", X, "de",
        ("Lisa Moosbrugger", "lisa.moosbrugger@radio-salzach.example.at"),
        "Interviewanfrage: Hotellerie im Festspielsommer",
        "2026-06-15 13:22 +0200",
        """
        Liebe Frau Oberhuber-Lindgren,

        ich bin Redakteurin bei Radio Salzach und gestalte für unser
        Morgenmagazin einen Beitrag darüber, wie Hotelrezeptionen den
        Festspielsommer erleben. Ihre Kollegin an der Rezeption hat mir Sie
        als Gesprächspartnerin empfohlen.

        Hätten Sie Lust auf ein kurzes Interview (ca. 10 Minuten,
        Aufzeichnung am Telefon oder bei Ihnen im Hotel)? Der Beitrag läuft
        am 20. Juli.

        Liebe Grüße
        Lisa Moosbrugger
        Redaktion Morgenmagazin, Radio Salzach
        """,
        contact="lisa.moosbrugger@radio-salzach.example.at", charset="utf-8",
        cte="quoted-printable",
    ),
    spec(
        "podcast_hotelgefluester", X, "de",
        ("Matthias Kogler", "matthias@hotelgefluester.example.at"),
        "Gast bei „Hotelgeflüster“? Interview zum Thema Quereinstieg",
        "2026-08-06 19:05 +0200",
        """
        Hallo Franziska,

        ich habe deinen Beitrag über den Wechsel von der Rezeption ins
        Eventmanagement gelesen – super spannend! Ich produziere den Podcast
        „Hotelgeflüster“ und würde dich gerne als Gast für ein Interview
        einladen.

        Aufnahme wäre remote, ca. 45 Minuten, irgendwann im September. Wenn du
        magst, schick mir ein paar Termine.

        Beste Grüße
        Matthias
        Hotelgeflüster – der Podcast aus der Hotellerie
        """,
        contact="matthias@hotelgefluester.example.at", charset="utf-8", cte="8bit",
        subj_enc=("utf-8", "B"),
    ),
    spec(
        "nutzerinterview_reiseapp", X, "de",
        ("Julia Brenner (UX Research, Tripfinder)", "julia.brenner@tripfinder.example.de"),
        "Einladung zu einem Nutzerinterview – 40 € Gutschein",
        "2026-03-26 10:15 +0100",
        """
        Hallo Franziska,

        du nutzt unsere App Tripfinder regelmäßig zur Buchung von Hotels. Wir
        möchten unser Buchungserlebnis verbessern und suchen Nutzerinnen für
        ein 30-minütiges Nutzerinterview per Video.

        Als Dankeschön erhältst du einen Gutschein über 40 €. Wenn du Lust
        hast, wähle hier einen Termin: https://tripfinder.example.de/research/slots

        Danke und viele Grüße
        Julia Brenner
        UX Research, Tripfinder
        """,
        contact="julia.brenner@tripfinder.example.de", charset="windows-1252",
        cte="quoted-printable", subj_enc=("windows-1252", "Q"),
    ),
    spec(
        "vermieter_besichtigung_muenchen", X, "de",
        ("Helmut Brandl", "helmut.brandl@mailbox.example.de"),
        "Besichtigungstermin Wohnung Haidhausen",
        "2026-09-02 08:44 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        danke für Ihre Anfrage zur 2-Zimmer-Wohnung in der Wörthstraße. Ich
        kann Ihnen einen Besichtigungstermin am Samstag, 12. September, um
        11:30 Uhr anbieten. Bitte bringen Sie die Mieterselbstauskunft und
        eine Kopie Ihres Arbeitsvertrags mit.

        Geben Sie mir bitte kurz Bescheid, ob Sie kommen.

        Mit freundlichen Grüßen
        Helmut Brandl
        """,
        contact="helmut.brandl@mailbox.example.de", charset="iso-8859-1", cte="8bit",
    ),
    spec(
        "wohnung_anderweitig_vergeben", X, "de",
        ("Immobilien Sedlmayr – Corinna Fuchs", "c.fuchs@sedlmayr-immobilien.example.de"),
        "Ihre Bewerbung für die Wohnung Balanstraße 112",
        "2026-09-16 17:03 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        vielen Dank für Ihr Interesse an der Wohnung in der Balanstraße und
        für Ihre vollständigen Bewerbungsunterlagen.

        Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen
        anderen Interessenten entschieden hat. Wir bedauern, Ihnen keine
        positivere Nachricht geben zu können, und wünschen Ihnen viel Erfolg
        bei der Wohnungssuche.

        Mit freundlichen Grüßen
        Corinna Fuchs
        Immobilien Sedlmayr
        """,
        contact="c.fuchs@sedlmayr-immobilien.example.de", charset="utf-8",
        cte="quoted-printable", name_enc=("utf-8", "Q"),
    ),
    spec(
        "wifi_lehrgang_kein_platz", X, "de",
        ("Ing. Roswitha Stöckl", "roswitha.stoeckl@bildungsforum-salzburg.example.at"),
        "Lehrgang Eventmanagement – kein Platz verfügbar",
        "2026-01-30 12:18 +0100",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        vielen Dank für Ihre Anmeldung zum berufsbegleitenden Lehrgang
        Eventmanagement (Start 2. März 2026).

        Leider müssen wir Ihnen mitteilen, dass der Lehrgang bereits
        ausgebucht ist und wir Ihnen keinen Platz anbieten können. Sie stehen
        auf Platz 4 der Warteliste. Alternativ beginnt im Oktober ein weiterer
        Durchgang.

        Mit freundlichen Grüßen
        Roswitha Stöckl
        Bildungsforum Salzburg, Kursorganisation
        """,
        contact="roswitha.stoeckl@bildungsforum-salzburg.example.at",
        charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "B"),
    ),
    spec(
        "freundin_lena_absage_weitergeleitet", X, "de",
        ("Lena Hofbauer", "lena.hofbauer@example.at"),
        "WG: Ihre Bewerbung bei der Stadtmarketing GmbH",
        "2026-05-19 22:10 +0200",
        """
        Hey Franzi,

        schau mal, was ich heute bekommen hab :( Die zweite Absage diese
        Woche. Ich glaub, ich bleib einfach für immer im Reisebüro.

        Treffen wir uns am Freitag auf ein Glaserl? Ich brauch das.

        Bussi
        Lena
        """,
        forward={
            "name": "lena_inner_absage",
            "from": ("Stadtmarketing Wels Personal", "personal@stadtmarketing-wels.example.at"),
            "to": [("Lena Hofbauer", "lena.hofbauer@example.at")],
            "subject": "Ihre Bewerbung bei der Stadtmarketing GmbH",
            "date": "2026-05-19 14:02 +0200",
            "text": "Sehr geehrte Frau Hofbauer,\n\nleider müssen wir Ihnen mitteilen, dass"
                    " wir uns für eine andere\nBewerberin entschieden haben.\n\nMit"
                    " freundlichen Grüßen\nStadtmarketing Wels\n",
        },
        contact="lena.hofbauer@example.at", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "freund_jakob_einladung_inline", X, "de",
        ("Jakob Thaler", "jakob.thaler@example.de"),
        "Fwd: Einladung zum Vorstellungsgespräch",
        "2026-04-23 12:30 +0200",
        """
        Servus Franzi,

        stell dir vor, ich hab ein Vorstellungsgespräch bei der Messe in
        Wels! Kannst du mal drüberschauen, ob ich da was vorbereiten muss? Du
        bist ja jetzt Profi im Bewerben ;)

        Jakob

        ---------- Forwarded message ---------
        Von: Messe Wels Personal <bewerbung@messe-wels.example.at>
        Date: Mi., 22. Apr. 2026 um 16:10 Uhr
        Subject: Einladung zum Vorstellungsgespräch
        To: Jakob Thaler <jakob.thaler@example.de>

        Sehr geehrter Herr Thaler,

        wir laden Sie herzlich zu einem Vorstellungsgespräch am 30. April
        um 10:00 Uhr ein. Bitte bestätigen Sie den Termin.

        Freundliche Grüße
        Messe Wels
        """,
        contact="jakob.thaler@example.de", charset="utf-8", cte="8bit",
    ),
    spec(
        "alpenglanz_abwesenheitsnotiz", X, "de",
        ("Petra Wallner", "petra.wallner@alpenglanz-hotels.example.at"),
        "Automatische Antwort: Nachfrage Bewerbung Bankettassistenz Alpenglanz Wien",
        "2026-04-02 08:32 +0200",
        """
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 8. April 2026 nicht im Büro und habe nur
        eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nach
        meiner Rückkehr bearbeitet.

        In dringenden Fällen wenden Sie sich bitte an hr.wien@alpenglanz-hotels.example.at.

        Mit freundlichen Grüßen
        Petra Wallner
        """,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        to=[ME], parent="own_de_nachfrage_alpenglanz",
        contact="petra.wallner@alpenglanz-hotels.example.at", charset="windows-1252",
        cte="8bit",
    ),
    # ---- headhunter, systems (8)
    spec(
        "bergmann_vogt_kaltakquise", X, "de",
        ("Dr. Henrike Vogt", "h.vogt@bergmann-vogt.example.de"),
        "Ihr Profil – Perspektiven im Messe- und Kongressbereich",
        "2026-08-31 10:02 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        über ein berufliches Netzwerk bin ich auf Ihr Profil aufmerksam
        geworden. Unsere Beratung begleitet Unternehmen aus der Messe-,
        Kongress- und Hotelbranche im Alpenraum bei der Besetzung von
        Schlüsselpositionen.

        Ihr Werdegang an der Schnittstelle von Hotellerie und Veranstaltungen
        passt gut zu einigen Mandaten, die wir derzeit betreuen. Falls Sie
        grundsätzlich offen für Veränderungen sind, würde ich mich über eine
        kurze Antwort freuen. Diskretion ist selbstverständlich.

        Mit besten Grüßen
        Dr. Henrike Vogt
        Partnerin, Bergmann & Vogt Executive Search
        """,
        contact="h.vogt@bergmann-vogt.example.de", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "paket_verspaetet", X, "de",
        ("AlpenPaket Sendungsverfolgung", "noreply@alpenpaket.example.at"),
        "Ihre Sendung 0034 8812 7760 verzögert sich leider",
        "2026-02-03 14:51 +0100",
        """
        Guten Tag,

        leider verzögert sich die Zustellung Ihrer Sendung 0034 8812 7760
        (Absender: Bürobedarf Schneider) aufgrund starker Schneefälle.
        Neuer voraussichtlicher Zustelltermin: Donnerstag, 05.02.2026.

        Die aktuelle Position Ihres Pakets: Verteilzentrum Wals-Himmelreich.

        Wir bitten um Ihr Verständnis.
        Ihr AlpenPaket-Team
        """,
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "bank_depot_position", X, "de",
        ("Salzach Privatbank Online-Banking", "noreply@salzach-privatbank.example.at"),
        "Neue Mitteilung: Ihre Depot-Position wurde aktualisiert",
        "2026-04-30 18:00 +0200",
        None,
        html=html_shell("Salzach Privatbank", paras("""
        Sehr geehrte Kundin,

        in Ihrem Postfach im Online-Banking liegt eine neue Mitteilung für Sie bereit:
        Die Position "Nachhaltig Global A" in Ihrem Depot 4411-082 wurde nach der
        Ausschüttung aktualisiert.

        Aus Sicherheitsgründen versenden wir keine Kontoinformationen per E-Mail.
        Bitte melden Sie sich im Online-Banking an.
        """), footer="Diese E-Mail wurde automatisch versendet.", accent="#14532d"),
        html_charset="utf-8", html_cte="quoted-printable",
    ),
    spec(
        "gps_position_geteilt", X, "de",
        ("FindMyBike", "no-reply@findmybike.example.com"),
        "Position deines Fahrrads aktualisiert",
        "2026-06-21 23:12 +0200",
        """
        Hallo Franziska,

        dein Tracker „Rennrad grau“ hat eine neue Position gemeldet:
        Elisabethkai 12, 5020 Salzburg (Genauigkeit 8 m), 23:10 Uhr.

        Falls du dein Fahrrad nicht bewegt hast, aktiviere den
        Diebstahlmodus in der App.

        Dein FindMyBike-Team
        """,
        charset="utf-8", cte="base64",
    ),
    spec(
        "zahnarzt_terminerinnerung", X, "de",
        ("Zahnarztpraxis Dr. Ebner", "noreply-termine@zahnarzt-ebner.example.at"),
        "Terminerinnerung: Kontrolle am 17.03.2026",
        "2026-03-13 09:00 +0100",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        wir erinnern Sie an Ihren Termin zur Kontrolle und Mundhygiene:

        Dienstag, 17.03.2026, 07:45 Uhr
        Zahnarztpraxis Dr. Ebner, Linzer Gasse 12, 5020 Salzburg

        Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte
        mindestens 24 Stunden vorher telefonisch ab (0662 87 11 30). Nicht
        abgesagte Termine werden verrechnet.

        Ihr Praxisteam
        """,
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "tourismusforum_anmeldung", X, "de",
        ("Tourismusforum Alpen 2026", "noreply@tourismusforum-alpen.example.at"),
        "Ihre Anmeldung ist eingegangen – Tourismusforum Alpen 2026",
        "2026-09-08 11:27 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        vielen Dank für Ihre Anmeldung zum Tourismusforum Alpen 2026 am
        8. und 9. Oktober im Congress Innsbruck-Hofgarten.

        Ihre Anmeldung ist bei uns eingegangen. Die Rechnung über 180 € und
        Ihr Teilnehmerticket erhalten Sie in einer separaten E-Mail.

        Wir freuen uns auf Ihre Teilnahme!
        Ihr Organisationsteam
        """,
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "konzert_abgesagt_ticketshop", X, "de",
        ("Ticketpunkt Salzburg", "no-reply@ticketpunkt.example.at"),
        "Wichtig: Ihre Veranstaltung wurde abgesagt",
        "2026-10-02 15:30 +0200",
        """
        Liebe Kundin, lieber Kunde,

        leider müssen wir Ihnen mitteilen, dass die Veranstaltung
        „Salzburger Herbstjazz – Trio Nordlicht“ am 10.10.2026 im
        Rockhouse Salzburg wegen Erkrankung eines Musikers abgesagt wird.
        Ein Ersatztermin wird derzeit gesucht.

        Der Ticketpreis wird Ihnen automatisch auf das verwendete
        Zahlungsmittel zurückerstattet.

        Ihr Ticketpunkt-Team
        """,
        charset="utf-8", cte="8bit",
    ),
    # ================================================================ English (7)
    spec(
        "own_en_thanks_lothianhill", X, "en", ME,
        "Thank you - Conference and Events Coordinator interview",
        "2026-03-12 19:02 +0100",
        """
        Dear Fiona,

        Thank you very much for taking the time to speak with me this
        afternoon, and please pass my thanks on to Dr Baird. I really enjoyed
        learning about the summer conference season at Lothian Hill.

        I remain very enthusiastic about the role and look forward to hearing
        from you.

        Kind regards,
        Franziska Oberhuber-Lindgren
        """,
        to=[("Fiona MacLeish", "f.macleish@lothianhill.example.uk")],
        parent="lothianhill_interview_moved", quote="en", charset="utf-8",
        cte="quoted-printable",
    ),
    spec(
        "caledonia_eventjobs_weekly", X, "en",
        ("Caledonia Event Jobs", "alerts@caledonia-eventjobs.example.uk"),
        "This week: 14 new events jobs + how to bounce back from rejection",
        "2026-05-04 07:15 +0100",
        """
        CALEDONIA EVENT JOBS - WEEKLY

        New this week in Edinburgh & Glasgow:
        - Conference Coordinator, Forth Congress Centre (Edinburgh)
        - Events Assistant, Royal Mile Hotels (Edinburgh)
        - Festival Volunteer Manager, Leith Sound Festival (Edinburgh)
        - Venue Sales Executive, Clydeside Arena (Glasgow)

        CAREER CORNER
        "Unfortunately, on this occasion..." - 5 ways to bounce back from a
        rejection, and what to ask for after an interview that didn't go your
        way.

        You're receiving this because you subscribed at caledonia-eventjobs.
        Unsubscribe: https://caledonia-eventjobs.example.uk/unsubscribe?id=99812
        """,
        headers=bulk("Caledonia Event Jobs Weekly <weekly.caledonia-eventjobs.example.uk>",
                     "https://caledonia-eventjobs.example.uk/unsubscribe?id=99812"),
        html=html_shell("Caledonia Event Jobs - Weekly", paras("""
        New this week in Edinburgh & Glasgow: Conference Coordinator, Forth Congress
        Centre; Events Assistant, Royal Mile Hotels; Festival Volunteer Manager, Leith
        Sound Festival.

        CAREER CORNER: "Unfortunately, on this occasion..." - 5 ways to bounce back from
        a rejection.
        """), footer="Unsubscribe", accent="#4338ca"),
        charset="utf-8", cte="7bit",
    ),
    spec(
        "podcast_events_uncovered", X, "en",
        ("Priya Nair", "priya@eventsuncovered.example.com"),
        "Podcast interview request - Events Uncovered",
        "2026-07-07 14:02 +0100",
        """
        Hi Franziska,

        I host Events Uncovered, a podcast about the people behind conferences
        and festivals. I saw your comment on the hotel-to-events career panel
        and would love to interview you for an episode on career changers.

        Recording is remote, about 40 minutes, whenever suits you in August.
        Let me know if you're interested!

        Best,
        Priya Nair
        Host, Events Uncovered
        """,
        contact="priya@eventsuncovered.example.com", charset="utf-8", cte="7bit",
    ),
    spec(
        "ux_research_interview", X, "en",
        ("Tom Whitaker", "tom.whitaker@roomly.example.com"),
        "Quick favour? 30-min research interview about hotel check-in",
        "2026-02-25 16:48 +0000",
        """
        Hi Franziska,

        I'm a user researcher at Roomly, the front-desk software your hotel
        uses. We're redesigning the group check-in screen and would love to
        interview receptionists who handle conference groups.

        It's a 30-minute video interview, and we'll send you a EUR 50
        voucher as a thank you. You can pick a slot here:
        https://roomly.example.com/research/book

        Thanks so much,
        Tom Whitaker
        Senior User Researcher, Roomly
        """,
        contact="tom.whitaker@roomly.example.com", charset="us-ascii", cte="7bit",
    ),
    spec(
        "friend_eilidh_rejection", X, "en",
        ("Eilidh Fraser", "eilidh.fraser@example.co.uk"),
        "ugh, another no",
        "2026-06-10 21:33 +0100",
        """
        Hey Franzi,

        Just got the email from the Edinburgh Playhouse - they've gone with
        "a candidate whose experience more closely matches the role". Third
        rejection this month!! I'm starting to take it personally.

        How did your panel interview go, by the way? Fingers crossed for you.

        Pint when you're over?
        Eilidh x
        """,
        contact="eilidh.fraser@example.co.uk", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "edinburgh_flat_viewing", X, "en",
        ("Gordon Lettings", "viewings@gordon-lettings.example.uk"),
        "Viewing confirmed: 2 bed flat, Marchmont Road",
        "2026-06-03 10:20 +0100",
        """
        Dear Franziska,

        Your viewing has been confirmed:

        Property: 2 bed flat, 14/3 Marchmont Road, Edinburgh EH9
        Date: Monday 8 June 2026, 17:45
        Agent: Ross will meet you at the main door.

        If you need to cancel or rearrange, please use the link in your
        account or call 0131 496 0550.

        Gordon Lettings
        """,
        reply_to=[("Ross McAllister", "ross.mcallister@gordon-lettings.example.uk")],
        contact="ross.mcallister@gordon-lettings.example.uk", charset="utf-8", cte="7bit",
    ),
    spec(
        "parcel_delayed_en", X, "en",
        ("SwiftShip Tracking", "noreply@swiftship.example.com"),
        "Unfortunately your parcel is delayed",
        "2026-01-14 09:12 +0000",
        """
        Hello,

        Unfortunately your parcel (tracking no. SS-7719-2204-UK) from
        Thistle & Thread Ltd is delayed due to a customs inspection.

        Current position: Heathrow International Hub.
        New estimated delivery: 19-21 January.

        We apologise for the inconvenience.
        SwiftShip
        """,
        charset="us-ascii", cte="7bit",
    ),
    # ================================================================ French (9)
    spec(
        "own_fr_candidature_universite", X, "fr", ME,
        "Candidature – Gestionnaire manifestations scientifiques",
        "2026-09-04 22:05 +0200",
        """
        Madame, Monsieur,

        Actuellement réceptionniste dans un hôtel quatre étoiles à Salzbourg,
        où j'accompagne régulièrement des groupes de séminaires, je souhaite
        mettre mon expérience au service du Service des congrès de
        l'Université Rhénane.

        Vous trouverez ci-joint mon CV et ma lettre de motivation. Je me tiens
        à votre disposition pour un entretien.

        Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

        Franziska Oberhuber-Lindgren
        """,
        to=[("Service des congrès", "congres-rh@univ-rhenane.example.fr")],
        pdf=[("CV_Oberhuber-Lindgren_FR.pdf", [
            "Franziska Oberhuber-Lindgren - Curriculum vitae",
            "Receptionniste, Hotel am Mirabellplatz, Salzbourg (depuis 2020)",
            "Langues : allemand, anglais, francais, espagnol, suedois",
        ])],
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "own_fr_merci_lemanrive", X, "fr", ME,
        "Merci pour l'entretien",
        "2026-04-08 17:30 +0200",
        """
        Bonjour Madame Dufaux,

        Je tenais à vous remercier, ainsi que M. Berset, pour l'entretien de
        cet après-midi. J'ai beaucoup apprécié la présentation des grands
        congrès médicaux accueillis à Léman-Rive.

        Je reste très motivée par ce poste et à votre disposition pour toute
        information complémentaire.

        Bien cordialement,
        Franziska Oberhuber-Lindgren
        """,
        to=[("Sophie Dufaux", "sophie.dufaux@leman-rive.example.ch")],
        parent="lemanrive_entretien_reporte", quote="fr", charset="utf-8",
        cte="quoted-printable",
    ),
    spec(
        "own_fr_merci_rhenus", X, "fr", ME,
        "Suite à notre entretien téléphonique",
        "2026-07-01 18:20 +0200",
        """
        Bonjour Élodie,

        Merci encore pour l'entretien téléphonique de ce matin avec Marc
        Wendling, qui a finalement pu se libérer. C'était passionnant
        d'entendre parler de l'organisation du salon Habitat & Jardin.

        Je vous envoie comme convenu mes références en pièce jointe.

        Bien à vous,
        Franziska
        """,
        to=[("Élodie Kieffer", "elodie.kieffer@rhenus-expo.example.fr")],
        pdf=[("References_Oberhuber-Lindgren.pdf", [
            "References professionnelles - Franziska Oberhuber-Lindgren",
            "Mag. Karl Winkler, Directeur, Hotel am Mirabellplatz, Salzbourg",
        ])],
        charset="utf-8", cte="base64",
    ),
    spec(
        "newsletter_emploi_evenementiel", X, "fr",
        ("EventEmploi – la lettre", "lettre@eventemploi.example.fr"),
        "La lettre EventEmploi : refus, relances et entretiens décryptés",
        "2026-03-31 07:30 +0200",
        None,
        html=html_shell("La lettre EventEmploi – n° 112", paras("""
        Bonjour Franziska,

        Au sommaire cette semaine :

        Refus de candidature : malheureusement, ce n'est pas toujours une question de
        profil. Nos conseils pour relancer après un « nous ne donnerons pas suite ».

        Entretien d'embauche : les 7 questions pièges des agences événementielles.

        38 nouvelles offres à Lyon, Genève et Strasbourg.
        """), footer="Se désabonner de la lettre EventEmploi", accent="#7c3aed"),
        headers=bulk("La lettre EventEmploi <lettre.eventemploi.example.fr>",
                     "https://eventemploi.example.fr/desabonnement"),
        html_charset="utf-8", html_cte="quoted-printable",
    ),
    spec(
        "radio_ill_interview", X, "fr",
        ("Julien Schaeffer", "julien.schaeffer@radio-ill.example.fr"),
        "Demande d'interview - émission « Métiers d'ici »",
        "2026-08-12 11:02 +0200",
        """
        Bonjour Madame,

        Je suis journaliste à Radio Ill et je prépare un sujet sur les
        professionnels étrangers qui viennent travailler dans les salons et
        congrès à Strasbourg. On m'a transmis votre nom.

        Accepteriez-vous de m'accorder une interview d'une quinzaine de
        minutes, par téléphone, la semaine prochaine ?

        Merci d'avance,
        Julien Schaeffer
        Radio Ill, rédaction
        """,
        contact="julien.schaeffer@radio-ill.example.fr", charset="iso-8859-1",
        cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "formation_refusee", X, "fr",
        ("Institut des métiers du tourisme", "noreply@imt-formation.example.fr"),
        "Votre demande d'inscription – Certificat Management événementiel",
        "2026-02-18 14:14 +0100",
        """
        Madame,

        Nous avons le regret de vous informer que votre demande d'inscription
        au Certificat Management événementiel (session à distance de mars
        2026) n'a pas pu être acceptée : le nombre maximal de participants
        est atteint.

        Votre dossier est conservé pour la session de septembre.

        Le service des inscriptions
        """,
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "banque_position_compte", X, "fr",
        ("Banque Lémanique – Alertes", "alertes-noreply@banque-lemanique.example.ch"),
        "Alerte : position de votre compte au 30.06.2026",
        "2026-06-30 20:00 +0200",
        """
        Madame,

        La position de votre compte épargne CH93 0076 2011 6238 5295 7 au
        30.06.2026 est disponible dans votre espace e-banking.

        Pour des raisons de sécurité, aucune information de solde n'est
        transmise par courriel.

        Banque Lémanique
        """,
        charset="utf-8", cte="8bit", name_enc=("utf-8", "Q"),
    ),
    spec(
        "dentiste_geneve_rdv", X, "fr",
        ("Cabinet dentaire des Pâquis", "rdv-noreply@dentiste-paquis.example.ch"),
        "Rappel de votre rendez-vous du 7 mai",
        "2026-05-05 08:00 +0200",
        """
        Bonjour Madame Oberhuber-Lindgren,

        Nous vous rappelons votre rendez-vous au Cabinet dentaire des Pâquis :
        jeudi 7 mai 2026 à 16 h 15 avec la Dre Favre (urgence – douleur
        molaire).

        En cas d'empêchement, merci de nous prévenir 24 h à l'avance au
        022 555 40 12.

        Cordialement,
        Le secrétariat
        """,
        charset="windows-1252", cte="quoted-printable", name_enc=("windows-1252", "Q"),
    ),
    spec(
        "cabinet_approche_directe", X, "fr",
        ("Antoine Vuilleumier", "a.vuilleumier@talents-leman.example.ch"),
        "Votre parcours dans l'hôtellerie",
        "2026-10-05 09:45 +0200",
        """
        Bonjour Franziska,

        J'accompagne des acteurs de l'hôtellerie et de l'événementiel en
        Suisse romande dans leurs recrutements. Votre parcours entre
        réception et organisation de séminaires a retenu mon attention.

        Si vous êtes ouverte à de nouvelles perspectives, je serais ravi
        d'échanger avec vous à l'occasion. Aucune urgence, simplement une
        prise de contact.

        Bien cordialement,
        Antoine Vuilleumier
        Associé – Talents Léman
        """,
        contact="a.vuilleumier@talents-leman.example.ch", charset="utf-8",
        cte="quoted-printable",
    ),
    # ================================================================ Spanish (10)
    spec(
        "own_es_disculpa_brisa", X, "es", ME,
        "Disculpas por la entrevista de hoy",
        "2026-04-28 21:10 +0200",
        """
        Hola Marta:

        Lo siento muchísimo. Tenía apuntada la entrevista a las 17:00 hora de
        Salzburgo pero en el calendario se me guardó una hora más tarde, y
        cuando me conecté ya no había nadie. Es un error mío.

        Si todavía os interesa, me encantaría tener otra oportunidad.

        Un saludo y perdón de nuevo,
        Franziska
        """,
        to=[("Marta Vidal Rius", "marta.vidal@brisasonora.example.es")],
        parent="brisasonora_te_esperamos", quote="es", charset="utf-8",
        cte="quoted-printable",
    ),
    spec(
        "own_es_candidatura_llevant", X, "es", ME,
        "Candidatura técnica de congresos",
        "2026-06-29 20:48 +0200",
        """
        Estimada Sra. Casals:

        Le escribo para presentar mi candidatura al puesto de técnica de
        congresos publicado en su web. Trabajo desde hace seis años como
        recepcionista en Salzburgo y coordino con frecuencia grupos de
        congresos y seminarios. Hablo español con fluidez.

        Adjunto mi currículum. Quedo a su disposición para una entrevista.

        Atentamente,
        Franziska Oberhuber-Lindgren
        """,
        to=[("Núria Casals Puig", "nuria.casals@congresos-llevant.example.es")],
        pdf=[("CV_Franziska_Oberhuber-Lindgren_ES.pdf", [
            "Franziska Oberhuber-Lindgren - Curriculum",
            "Recepcionista, Hotel am Mirabellplatz, Salzburgo (desde 2020)",
            "Idiomas: aleman, ingles, frances, espanol, sueco",
        ])],
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "boletin_empleo_eventos", X, "es",
        ("Empleo Eventos BCN", "boletin@empleoeventos.example.es"),
        "Tu boletín: 22 ofertas nuevas y cómo superar un rechazo",
        "2026-05-12 08:00 +0200",
        """
        EMPLEO EVENTOS BCN · Boletín semanal

        22 ofertas nuevas en Barcelona y alrededores:
        - Coordinadora de eventos – Hotel Arenal Diagonal
        - Técnico/a de congresos – Palacio de Congresos Llevant
        - Producción festival – Festival Brisa Sonora

        CONSEJO DE LA SEMANA
        "Lamentablemente, hemos decidido seguir con otros candidatos": cómo
        pedir feedback tras un rechazo y preparar mejor tu próxima entrevista.

        Para darte de baja: https://empleoeventos.example.es/baja
        """,
        headers=bulk("Empleo Eventos BCN <boletin.empleoeventos.example.es>",
                     "https://empleoeventos.example.es/baja"),
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "paquete_retrasado", X, "es",
        ("EnvíosYa", "noreply@enviosya.example.es"),
        "Lamentablemente tu paquete llegará con retraso",
        "2026-07-20 12:40 +0200",
        """
        Hola:

        Lamentablemente tu envío EY-55102938-ES llegará con retraso por una
        incidencia en el centro logístico de Zaragoza.

        Posición actual del paquete: en tránsito hacia Barcelona.
        Nueva fecha estimada de entrega: 23 de julio.

        Disculpa las molestias.
        El equipo de EnvíosYa
        """,
        charset="iso-8859-1", cte="8bit", name_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "podcast_es_entrevista", X, "es",
        ("Álvaro Requena", "alvaro@podcastdelahosteleria.example.es"),
        "¿Te entrevistamos para el podcast?",
        "2026-09-09 16:25 +0200",
        """
        ¡Hola Franziska!

        Soy Álvaro, del Podcast de la Hostelería. Estamos preparando un
        episodio sobre profesionales europeos que dan el salto de la
        recepción de hotel a la organización de eventos, y nos encantaría
        entrevistarte.

        Sería una grabación online de unos 45 minutos. ¿Te animas?

        Un abrazo,
        Álvaro Requena
        """,
        contact="alvaro@podcastdelahosteleria.example.es", charset="utf-8",
        cte="quoted-printable", name_enc=("utf-8", "B"), subj_enc=("utf-8", "Q"),
    ),
    spec(
        "cita_medica_es", X, "es",
        ("Centro Médico Poblenou", "citas-noreply@cmpoblenou.example.es"),
        "Confirmación de su cita médica",
        "2026-07-15 10:10 +0200",
        """
        Estimada paciente:

        Le confirmamos su cita:
        Especialidad: Medicina general
        Fecha: viernes 17 de julio de 2026, 9:20 h
        Centro Médico Poblenou, C/ Pujades 201, Barcelona

        Si no puede acudir, anule la cita con 24 horas de antelación.

        Centro Médico Poblenou
        """,
        charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "B"),
        name_enc=("windows-1252", "Q"),
    ),
    spec(
        "visita_piso_barcelona", X, "es",
        ("Montse Ferrer", "montse.ferrer@finquesgracia.example.es"),
        "Visita piso c/ Verdi",
        "2026-07-14 13:33 +0200",
        """
        Hola Franziska,

        Te confirmo la visita al piso de la calle Verdi (2 habitaciones, 3.º
        2.ª) el jueves 16 a las 18:30. Si vienes con alguien más, avísame.

        Trae, si puedes, la última nómina o el contrato de trabajo.

        Saludos,
        Montse Ferrer
        Finques Gràcia
        """,
        contact="montse.ferrer@finquesgracia.example.es", charset="utf-8", cte="8bit",
    ),
    spec(
        "curso_denegado", X, "es",
        ("Escola d'Esdeveniments - Matrícula", "matricula-noreply@escolaesdeveniments.example.es"),
        "Solicitud de plaza: curso de Protocolo y Eventos",
        "2026-08-25 12:00 +0200",
        """
        Estimada alumna:

        Lamentamos comunicarle que su solicitud de plaza para el curso
        intensivo de Protocolo y Eventos (septiembre 2026) no ha sido
        admitida, ya que las plazas se han cubierto por orden de inscripción.

        Le hemos incluido en la lista de espera (n.º 7).

        Secretaría de matrícula
        """,
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "amiga_rechazo_es", X, "es",
        ("Carla Soler", "carla.soler@example.es"),
        "me han rechazado :(",
        "2026-05-22 23:02 +0200",
        """
        Tía, me acaban de escribir los del hotel de la Barceloneta: "hemos
        decidido continuar el proceso con otras candidaturas". Después de
        tres entrevistas!! Estoy fatal.

        ¿Hablamos mañana por videollamada? Y cuéntame qué tal lo tuyo con el
        festival.

        Besos,
        Carla
        """,
        contact="carla.soler@example.es", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "headhunter_es_contacto", X, "es",
        ("Ignacio Barrachina", "ignacio.barrachina@mediterranea-search.example.es"),
        "Oportunidades en el sector MICE",
        "2026-10-07 10:30 +0200",
        """
        Buenos días, Franziska:

        Soy socio de Mediterránea Executive Search, firma especializada en
        hostelería y turismo de reuniones. He visto tu perfil y creo que
        podría encajar en varios proyectos que gestionamos en Barcelona y
        Valencia.

        Si te interesa conocer el mercado, estaré encantado de que me
        respondas. Sin compromiso.

        Saludos cordiales,
        Ignacio Barrachina
        Mediterránea Executive Search
        """,
        contact="ignacio.barrachina@mediterranea-search.example.es", charset="utf-8",
        cte="quoted-printable",
    ),
]
