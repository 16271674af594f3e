"""Corpus 166: the 52 `other` messages (de 26, fr 14, en 5, es 7), hand-written.

Job-alert digests and newsletters, the candidate's own sent mail, auto-replies, platform
notifications, and private mail that uses interview/appointment/position words in another sense.
"""

from msgs166_common import SIG_DE, SIG_ES, SIG_FR, ats_card, digest, forward, paras, word_html


def bulk(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a newsletter sender."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>,\n <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

GERMAN = [
    {
        "key": "o-baujobs-alert",
        "kind": "other", "scenario": "baujobs_alert_digest", "lang": "de",
        "company": "", "contact": "",
        "from": ("baujobs.ch Stellenalarm", "alarm@baujobs.example.ch"),
        "subject": "7 neue Stellen für «Projektkoordinator Bau» in Bern und Umgebung",
        "date": "2026-01-09 06:30",
        "headers": bulk("Stellenalarm <stellenalarm.baujobs.example.ch>",
                        "https://www.baujobs.example.ch/alarm/abmelden?t=7f1c",
                        "abmelden@baujobs.example.ch"),
        "text": "Ihr Stellenalarm «Projektkoordinator Bau», Bern + 30 km\n\n"
                "1. Projektkoordinator/in Hochbau – Aarebau AG, Bern\n"
                "   https://www.baujobs.example.ch/j/88120\n"
                "2. Arbeitsvorbereiter Holzbau – Holzbau Gerber AG, Thun\n"
                "   https://www.baujobs.example.ch/j/88131\n"
                "3. Bauleiter/in Umbau (80–100 %) – Rheinholz Baumanagement, Basel\n"
                "   https://www.baujobs.example.ch/j/88147\n"
                "4. Projektassistenz Bauherrenvertretung – Neckarbau, Stuttgart\n"
                "   https://www.baujobs.example.ch/j/88150\n\n"
                "Tipp der Woche: Wer nach einem Vorstellungsgespräch eine Absage erhält, "
                "sollte freundlich um ein Feedback bitten – oft lohnt es sich.\n\n"
                "Alarm bearbeiten: https://www.baujobs.example.ch/alarm\n"
                "Abmelden: https://www.baujobs.example.ch/alarm/abmelden?t=7f1c\n",
        "html": digest(
            "Ihr Stellenalarm: 7 neue Stellen",
            "Suchauftrag «Projektkoordinator Bau», Bern + 30 km",
            [("Projektkoordinator/in Hochbau", "Aarebau AG, Bern",
              "https://www.baujobs.example.ch/j/88120"),
             ("Arbeitsvorbereiter Holzbau", "Holzbau Gerber AG, Thun",
              "https://www.baujobs.example.ch/j/88131"),
             ("Bauleiter/in Umbau (80–100 %)", "Rheinholz Baumanagement, Basel",
              "https://www.baujobs.example.ch/j/88147"),
             ("Projektassistenz Bauherrenvertretung", "Neckarbau, Stuttgart",
              "https://www.baujobs.example.ch/j/88150"),
             ("Tipp der Woche", "Wer nach einem Vorstellungsgespräch eine Absage erhält, "
              "sollte freundlich um ein Feedback bitten – oft lohnt es sich.",
              "https://www.baujobs.example.ch/ratgeber/absage-feedback")],
            "Sie erhalten diese E-Mail, weil Sie einen Stellenalarm eingerichtet haben.\n"
            "Abmelden: https://www.baujobs.example.ch/alarm/abmelden?t=7f1c"),
        "cte": "quoted-printable",
    },
    {
        "key": "o-karriere-newsletter",
        "kind": "other", "scenario": "career_advice_newsletter_rejections", "lang": "de",
        "company": "", "contact": "",
        "from": ("Karrierekompass Bau", "newsletter@karrierekompass.example.ch"),
        "subject": "Absage erhalten? So bleiben Sie dran",
        "date": "2026-02-14 07:00",
        "headers": bulk("Karrierekompass <news.karrierekompass.example.ch>",
                        "https://karrierekompass.example.ch/u/9912",
                        "unsubscribe@karrierekompass.example.ch"),
        "html": digest(
            "Karrierekompass Bau – Februar",
            "Liebe Leserinnen und Leser\n\nEine Absage nach dem dritten Interview tut weh. In "
            "dieser Ausgabe erklären drei Personalverantwortliche aus der Baubranche, warum "
            "Kandidatinnen und Kandidaten abgelehnt werden – und wie man daraus lernt.",
            [("«Wir haben uns für jemand anderen entschieden» – was dahintersteckt",
              "Ein Blick hinter die Kulissen der Auswahlverfahren.",
              "https://karrierekompass.example.ch/artikel/absage-verstehen"),
             ("Das Vorstellungsgespräch als Quereinsteiger",
              "Wie Handwerker ihre Praxiserfahrung überzeugend einbringen.",
              "https://karrierekompass.example.ch/artikel/quereinstieg"),
             ("Assessment-Center: die fünf häufigsten Übungen",
              "Fallstudie, Postkorb, Rollenspiel und mehr.",
              "https://karrierekompass.example.ch/artikel/assessment"),
             ("Lohnverhandlung nach dem Angebot",
              "Wann Sie nachverhandeln sollten.",
              "https://karrierekompass.example.ch/artikel/angebot-verhandeln")],
            "Karrierekompass, Postfach, 8021 Zürich. Newsletter abbestellen: "
            "https://karrierekompass.example.ch/u/9912"),
        "cte": "quoted-printable",
    },
    {
        "key": "wysstanner-app",
        "kind": "other", "scenario": "own_application_wysstanner_pdf", "lang": "de",
        "company": "", "contact": "",
        "from": "ME",
        "to": ("Lukas Tanner", "lukas.tanner@wysstanner.example.ch"),
        "subject": "Bewerbung Projektassistent Tragwerksplanung",
        "date": "2026-04-13 19:55",
        "text": "Sehr geehrter Herr Tanner\n\nMit grossem Interesse habe ich Ihr Inserat für einen "
                "Projektassistenten in der Tragwerksplanung gelesen. Als Zimmermann mit acht Jahren "
                "Erfahrung im Ingenieurholzbau möchte ich mich in die Projektkoordination "
                "weiterentwickeln und freue mich auf ein Gespräch.\n\n"
                "Im Anhang finden Sie meinen Lebenslauf und meine Zeugnisse.\n\n" + SIG_DE + "\n",
        "pdf": ("Lebenslauf_Achterberg-Sané.pdf", [
            "Florian Achterberg-Sané - Lebenslauf",
            "Zimmermann EFZ, 2014-2026 Ingenieurholzbau",
            "Weiterbildung: Vorarbeiter Holzbau, Kurs Bauprojektmanagement",
            "Sprachen: Deutsch, Französisch, Englisch, Spanisch",
        ]),
    },
    {
        "key": "donauplan-thanks",
        "kind": "other", "scenario": "own_thanks_donauplan", "lang": "de",
        "company": "", "contact": "",
        "from": "ME",
        "to": ("Elisabeth Prohaska", "e.prohaska@donauplan.example.at"),
        "subject": "Danke für das Gespräch am Dienstag",
        "date": "2026-03-24 17:02",
        "parent": "donauplan-mov",
        "text": "Sehr geehrte Frau Prohaska\n\n"
                "Herzlichen Dank für die Einladung und das angenehme Gespräch heute mit Ihnen und "
                "Herrn Wallner. Die Einblicke in die Koordination Ihrer Wohnbauprojekte haben mich "
                "sehr angesprochen, und ich freue mich, von Ihnen zu hören.\n\n" + SIG_DE + "\n",
    },
    {
        "key": "aarebau-req",
        "kind": "other", "scenario": "own_reschedule_request_aarebau", "lang": "de",
        "company": "", "contact": "",
        "from": "ME",
        "to": ("Corinne Stucki", "corinne.stucki@aarebau.example.ch"),
        "subject": "Gesprächstermin 26. Februar",
        "date": "2026-02-20 07:41",
        "parent": "aarebau-inv",
        "text": "Guten Tag Frau Stucki\n\nVielen Dank für die Einladung. Leider bin ich am "
                "26. Februar auf einer Baustelle im Wallis eingeteilt, die ich nicht verschieben "
                "kann. Wäre ein Termin in der Woche darauf möglich?\n\n" + SIG_DE + "\n",
        "cte": "quoted-printable",
    },
    {
        "key": "o-hausmann-ooo",
        "kind": "other", "scenario": "out_of_office_hausmann", "lang": "de",
        "company": "", "contact": "reto.naef@hausmann-projektbau.example.ch",
        "from": ("Näf Reto", "reto.naef@hausmann-projektbau.example.ch", "iso-8859-1", "q"),
        "subject": "Automatische Antwort: Bewerbung Projektkoordination",
        "date": "2026-05-11 08:00",
        "headers": AUTO,
        "text": "Guten Tag\n\n"
                "Ich bin bis und mit 15. Mai 2026 in den Ferien und habe keinen Zugriff auf meine "
                "E-Mails. Ihre Nachricht wird nicht weitergeleitet. Bewerbungen werden nach "
                "meiner Rückkehr bearbeitet; Sie erhalten dann eine Rückmeldung zum weiteren "
                "Vorgehen.\n\n"
                "In dringenden Fällen wenden Sie sich an unser Sekretariat: 044 455 12 00.\n\n"
                "Freundliche Grüsse\nReto Näf\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "o-bank-beratung",
        "kind": "other", "scenario": "bank_mortgage_appointment", "lang": "de",
        "company": "", "contact": "stefan.aebersold@aarekasse.example.ch",
        "from": ("Stefan Aebersold, Aare Kasse", "stefan.aebersold@aarekasse.example.ch"),
        "subject": "Ihr Beratungsgespräch zur Eigenheimfinanzierung",
        "date": "2026-03-03 11:25",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Gerne bestätige ich Ihnen unser Beratungsgespräch zur Finanzierung Ihres "
                "Eigenheims am Montag, 9. März 2026, um 17:15 Uhr in unserer Geschäftsstelle "
                "Breitenrain.\n\n"
                "Bitte bringen Sie folgende Unterlagen mit: aktuellen Lohnausweis, "
                "Steuererklärung 2025, Auszug Ihrer Pensionskasse (Position Freizügigkeit) "
                "sowie die Verkaufsdokumentation der Wohnung.\n\n"
                "Sollten Sie Ihre Stelle in den nächsten Monaten wechseln, besprechen wir gerne "
                "auch, was das für die Tragbarkeit bedeutet.\n\n"
                "Freundliche Grüsse\nStefan Aebersold\nKundenberater Privatkunden\n"
                "Aare Kasse Genossenschaft · Breitenrainplatz 26 · 3014 Bern\n\n"
                "Diese E-Mail ist unverschlüsselt. Bitte senden Sie uns keine vertraulichen "
                "Daten auf diesem Weg.\n",
    },
    {
        "key": "o-wohnung-absage",
        "kind": "other", "scenario": "landlord_flat_application_declined", "lang": "de",
        "company": "", "contact": "vermietung@lorraine-immo.example.ch",
        "from": ("Vermietung Lorraine Immobilien", "vermietung@lorraine-immo.example.ch"),
        "subject": "Ihre Bewerbung für die 3.5-Zimmer-Wohnung Quartiergasse 12",
        "date": "2026-04-17 14:02",
        "text": "Sehr geehrter Herr Achterberg-Sané\n\n"
                "Vielen Dank für Ihre Bewerbung um die 3.5-Zimmer-Wohnung an der Quartiergasse 12, "
                "3013 Bern, und für Ihren Besuch an der Besichtigung.\n\n"
                "Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerschaft für andere "
                "Mietinteressenten entschieden hat. Ihre Unterlagen werden vernichtet.\n\n"
                "Freundliche Grüsse\n\nCarla Zürcher\nBewirtschaftung\n"
                "Lorraine Immobilien AG · Lorrainestrasse 2 · 3013 Bern\n",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "o-praxis-termin",
        "kind": "other", "scenario": "doctor_appointment_moved", "lang": "de",
        "company": "", "contact": "",
        "from": ("Praxis Dr. med. Wenger", "noreply@praxis-wenger.example.ch"),
        "subject": "Terminänderung: Ihr Termin in der Praxis Dr. Wenger",
        "date": "2026-05-29 07:45",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Ihr Termin zur Kontrolle (Schulter) wurde verschoben:\n\n"
                "Bisher: Dienstag, 2. Juni 2026, 08:30 Uhr\n"
                "Neu:    Donnerstag, 4. Juni 2026, 16:10 Uhr\n\n"
                "Falls der neue Termin nicht passt, rufen Sie uns bitte an: 031 331 20 20. "
                "Absagen weniger als 24 Stunden vor dem Termin werden verrechnet.\n\n"
                "Praxis Dr. med. Anna Wenger, Allgemeine Innere Medizin, Viktoriastrasse 71, "
                "3013 Bern\n\n"
                "Diese Nachricht wurde automatisch versendet.\n",
    },
    {
        "key": "o-hf-zulassung",
        "kind": "other", "scenario": "course_admission_refused_hf", "lang": "de",
        "company": "", "contact": "sekretariat@hf-holzbau.example.ch",
        "from": ("Sekretariat HF Holzbau Biel", "sekretariat@hf-holzbau.example.ch"),
        "subject": "Aufnahmeverfahren Bauleiter/in HF Holzbau – Entscheid",
        "date": "2026-06-19 10:10",
        "text": "Sehr geehrter Herr Achterberg-Sané\n\n"
                "Wir danken Ihnen für Ihre Anmeldung zum berufsbegleitenden Studiengang "
                "Bauleiter/in HF Holzbau, Start Oktober 2026.\n\n"
                "Die Aufnahmekommission hat Ihr Dossier geprüft. Da die Mindestanzahl "
                "anrechenbarer Jahre Berufspraxis als Vorarbeiter noch nicht erreicht ist, "
                "können wir Ihnen für diesen Jahrgang leider keinen Studienplatz anbieten. Eine "
                "erneute Anmeldung für den Jahrgang 2027 ist möglich.\n\n"
                "Freundliche Grüsse\nSekretariat Höhere Fachschule Holzbau\n"
                "Solothurnstrasse 102, 2504 Biel\n",
        "html": word_html(
            "Sehr geehrter Herr Achterberg-Sané\n\n"
            "Wir danken Ihnen für Ihre Anmeldung zum berufsbegleitenden Studiengang "
            "Bauleiter/in HF Holzbau, Start Oktober 2026.\n\n"
            "Die Aufnahmekommission hat Ihr Dossier geprüft. Da die Mindestanzahl "
            "anrechenbarer Jahre Berufspraxis als Vorarbeiter noch nicht erreicht ist, "
            "können wir Ihnen für diesen Jahrgang leider keinen Studienplatz anbieten. Eine "
            "erneute Anmeldung für den Jahrgang 2027 ist möglich.\n\n"
            "Freundliche Grüsse\nSekretariat Höhere Fachschule Holzbau\n"
            "Solothurnstrasse 102, 2504 Biel", "de"),
        "cte": "quoted-printable",
    },
    {
        "key": "o-paket",
        "kind": "other", "scenario": "parcel_delayed_unfortunately", "lang": "de",
        "company": "", "contact": "",
        "from": ("Paketdienst Mittelland", "benachrichtigung@paketdienst.example.ch"),
        "subject": "Ihre Sendung 99.34.118204.77 verspätet sich leider",
        "date": "2026-07-08 13:33",
        "html": ats_card(
            "Paketdienst Mittelland", "#ffcc00",
            "Guten Tag\n\n"
            "Leider verzögert sich die Zustellung Ihrer Sendung 99.34.118204.77 (Absender: "
            "Werkzeug Center Ostermundigen). Wegen einer Störung im Verteilzentrum kann das "
            "Paket nicht wie angekündigt heute zugestellt werden.\n\n"
            "Neues voraussichtliches Zustelldatum: Freitag, 10. Juli 2026.\n\n"
            "Wir bitten um Entschuldigung.",
            "Dies ist eine automatische Benachrichtigung. Antworten werden nicht bearbeitet.",
            button=("Sendung verfolgen", "https://track.paketdienst.example.ch/99.34.118204.77"),
            lang="de"),
        "cte": "base64",
    },
    {
        "key": "o-ebike-position",
        "kind": "other", "scenario": "ebike_gps_position", "lang": "de",
        "company": "", "contact": "",
        "from": ("VeloTrack", "alerts@velotrack.example.com"),
        "subject": "Neue Position Ihres E-Bikes «Cargo blau»",
        "date": "2026-08-30 23:12",
        "text": "Bewegungsalarm\n\n"
                "Ihr E-Bike «Cargo blau» hat die gesicherte Zone verlassen.\n\n"
                "Letzte Position: 46.9592 N, 7.4520 E (Bern, Lorrainestrasse)\n"
                "Zeit: 30.08.2026, 23:09\nGenauigkeit: ca. 12 m\n\n"
                "Position auf der Karte anzeigen: https://app.velotrack.example.com/map/cb-2291\n\n"
                "Sie erhalten diese Benachrichtigung, weil der Diebstahlschutz aktiviert ist.\n",
    },
    {
        "key": "o-werknetz",
        "kind": "other", "scenario": "network_notification_searches", "lang": "de",
        "company": "", "contact": "",
        "from": ("Werknetz", "benachrichtigungen@werknetz.example.com"),
        "subject": "Florian, Sie wurden diese Woche in 7 Suchen gefunden",
        "date": "2026-05-16 09:00", "tz": "+0000",
        "headers": [("List-Unsubscribe", "<https://werknetz.example.com/settings/email>"),
                    ("X-Werknetz-Category", "weekly-digest")],
        "html": digest(
            "Ihre Woche auf Werknetz",
            "Sie wurden in 7 Suchen gefunden. Recruiter von 2 Unternehmen haben Ihr Profil "
            "angesehen.",
            [("Bauleiter Holzbau – 3 neue Stellen passen zu Ihrem Profil",
              "Basel, Zürich, Stuttgart", "https://werknetz.example.com/jobs/recs"),
             ("Sandra Meier hat eine neue Position angetreten",
              "Projektleiterin bei Aarebau AG – gratulieren Sie ihr!",
              "https://werknetz.example.com/feed/update/99812"),
             ("Beitrag: «Mein erstes Interview als Quereinsteiger»",
              "24 Reaktionen · 6 Kommentare", "https://werknetz.example.com/posts/5521")],
            "Werknetz-Benachrichtigungen verwalten: https://werknetz.example.com/settings/email",
            colour="#0a66c2"),
    },
    {
        "key": "o-freund-absage",
        "kind": "other", "scenario": "friend_own_rejection", "lang": "de",
        "company": "", "contact": "noah.baumgartner@example.ch",
        "from": ("Noah Baumgartner", "noah.baumgartner@example.ch"),
        "subject": "pfff",
        "date": "2026-03-06 21:40",
        "text": "Hoi Flo\n\n"
                "Hab heute die Absage von der Schreinerei in Worb bekommen. Nach zwei "
                "Gesprächen und einem Probetag! «Wir haben uns für einen Kandidaten mit mehr "
                "CNC-Erfahrung entschieden». Super.\n\n"
                "Wie läufts bei dir mit dem Bewerben? Bier am Samstag im Lorraineladen?\n\n"
                "Noah\n",
    },
    {
        "key": "o-sutter-cold",
        "kind": "other", "scenario": "recruiter_cold_approach", "lang": "de",
        "company": "", "contact": "l.sutter@sutter-consulting.example.ch",
        "from": ("Livia Sutter", "l.sutter@sutter-consulting.example.ch"),
        "subject": "Ihr Profil auf Werknetz – offen für einen Austausch?",
        "date": "2026-04-02 10:18",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Ich bin auf Ihr Profil gestossen und finde Ihren Weg vom Zimmermann in die "
                "Projektkoordination spannend. Ich begleite regelmässig Unternehmen aus dem "
                "Holz- und Modulbau bei der Besetzung von Schlüsselstellen.\n\n"
                "Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber gerne "
                "kennenlernen, um bei passender Gelegenheit an Sie zu denken. Hätten Sie "
                "Interesse an einem unverbindlichen Austausch?\n\n"
                "Freundliche Grüsse\nLivia Sutter\nSutter Consulting GmbH\n"
                "Spalenring 138, 4055 Basel · +41 61 271 08 80\n",
    },
    {
        "key": "o-magazin-interview",
        "kind": "other", "scenario": "magazine_interview_request", "lang": "de",
        "company": "", "contact": "redaktion.wyss@holzundraum.example.ch",
        "from": ("Corinne Wyss, Holz & Raum", "redaktion.wyss@holzundraum.example.ch"),
        "subject": "Interviewanfrage für unser Heft «Quereinsteiger am Bau»",
        "date": "2026-06-24 15:05",
        "text": "Lieber Herr Achterberg-Sané\n\n"
                "Ich bin Redaktorin bei der Fachzeitschrift Holz & Raum. Für unsere "
                "Herbstausgabe porträtieren wir Handwerkerinnen und Handwerker, die in die "
                "Planung oder Koordination wechseln. Ihr Name wurde mir von der HF Holzbau "
                "genannt.\n\n"
                "Hätten Sie Lust auf ein Interview von etwa 45 Minuten, gerne bei Ihnen in Bern "
                "oder per Telefon? Dazu würden wir ein paar Fotos auf einer Baustelle machen.\n\n"
                "Herzliche Grüsse\nCorinne Wyss\nRedaktion Holz & Raum\n+41 31 560 73 31\n",
    },
    {
        "key": "o-ux-interview",
        "kind": "other", "scenario": "user_research_interview_invite", "lang": "de",
        "company": "", "contact": "research@baujobs.example.ch",
        "from": ("Mia vom baujobs.ch UX-Team", "research@baujobs.example.ch"),
        "subject": "30 Minuten für uns? Interview zur Stellensuche (mit Gutschein)",
        "date": "2026-07-21 10:00",
        "html": ats_card(
            "baujobs.ch", "#0b7a75",
            "Hallo Florian\n\n"
            "Wir entwickeln baujobs.ch weiter und möchten besser verstehen, wie "
            "Fachleute aus dem Bau nach Stellen suchen. Dafür führen wir kurze "
            "Nutzer-Interviews per Video durch (30 Minuten).\n\n"
            "Als Dankeschön erhalten Sie einen Gutschein über CHF 50. Es geht nicht um eine "
            "Stelle und es gibt keine falschen Antworten.\n\n"
            "Wählen Sie einfach einen Termin, der Ihnen passt.\n\nMia Schär\nUX Research",
            "Sie erhalten diese E-Mail als registrierter Nutzer von baujobs.ch.",
            button=("Termin für das Interview wählen", "https://research.baujobs.example.ch/slot"),
            lang="de"),
    },
    {
        "key": "o-verband-news",
        "kind": "other", "scenario": "association_newsletter", "lang": "de",
        "company": "", "contact": "",
        "from": ("Verband Holzbau Mittelland", "info@holzbau-mittelland.example.ch"),
        "subject": "Verbandsnews Juni: Lehrabschlüsse, Stellenbörse, Sommerfest",
        "date": "2026-06-05 16:00",
        "headers": bulk("Verbandsnews <news.holzbau-mittelland.example.ch>",
                        "https://holzbau-mittelland.example.ch/newsletter/off",
                        "newsletter-off@holzbau-mittelland.example.ch"),
        "text": "Verbandsnews Juni 2026\n\n"
                "LEHRABSCHLÜSSE\n42 Zimmerinnen und Zimmermänner haben in der Region die "
                "Lehrabschlussprüfung bestanden. Herzliche Gratulation!\n\n"
                "STELLENBÖRSE\nNeu auf unserer Stellenbörse: Arbeitsvorbereiter (Holzbau Gerber, "
                "Thun), Projektleiter Elementbau (Matter Holzbau, Muttenz), Polier (Zimmerei "
                "Brügger, Bern). Alle Inserate: https://holzbau-mittelland.example.ch/stellen\n\n"
                "SOMMERFEST\nFreitag, 26. Juni, ab 17 Uhr im Werkhof Ostermundigen. Anmeldung bis "
                "19. Juni.\n\n"
                "Newsletter abbestellen: https://holzbau-mittelland.example.ch/newsletter/off\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "kantonbern-status",
        "kind": "other", "scenario": "own_status_inquiry_kanton_bern", "lang": "de",
        "company": "", "contact": "",
        "from": "ME",
        "to": ("Regula Fankhauser", "regula.fankhauser@ahb-be.example.ch"),
        "subject": "Nachfrage Stand Bewerbung AHB-2026-31",
        "date": "2026-07-27 18:20",
        "parent": "kantonbern-ack",
        "text": "Sehr geehrte Frau Fankhauser\n\n"
                "Am 6. Juli habe ich mich für die Stelle Projektkoordinator/in Bauprojekte "
                "beworben. Da die Bewerbungsfrist inzwischen abgelaufen ist, erlaube ich mir, "
                "mich nach dem Stand des Verfahrens zu erkundigen. Für ein Gespräch stehe ich "
                "jederzeit gerne zur Verfügung.\n\n" + SIG_DE + "\n",
    },
    {
        "key": "o-freund-inserat",
        "kind": "other", "scenario": "friend_forwards_job_ad", "lang": "de",
        "company": "", "contact": "jana.hostettler@example.ch",
        "from": ("Jana Hostettler", "jana.hostettler@example.ch"),
        "subject": "Fwd: Stelleninserat Projektkoordinator Holzbau",
        "date": "2026-02-01 12:30",
        "text": forward(
            "Hey Florian, schau mal – wär das nicht was für dich? Die suchen genau so "
            "jemanden wie dich. Lg Jana",
            "de", "Matter Holzbau <jobs@matter-holzbau.example.ch>", "30. Januar 2026, 08:00",
            "Stelleninserat Projektkoordinator Holzbau",
            "Matter Holzbau sucht per sofort oder nach Vereinbarung eine/n\n"
            "Projektkoordinator/in Holzbau (80–100 %)\n\n"
            "Ihre Aufgaben: Koordination der Werkplanung, Terminplanung, Materialbestellung, "
            "Begleitung der Montage.\n"
            "Ihr Profil: Zimmermann/Zimmerin EFZ, Freude an Organisation.\n\n"
            "Bewerbungen an jobs@matter-holzbau.example.ch"),
    },
    {
        "key": "o-helvetra-account",
        "kind": "other", "scenario": "ats_candidate_account_created", "lang": "de",
        "company": "", "contact": "",
        "from": ("Helvetra Bau Karriere", "helvetra@successfactors.eu"),
        "subject": "Ihr Kandidatenkonto wurde erstellt",
        "date": "2026-02-25 22:41", "tz": "+0000",
        "text": "Guten Tag\n\n"
                "Ihr Kandidatenkonto im Karriereportal von Helvetra Bau wurde erfolgreich "
                "erstellt. Ihr Benutzername lautet: florian.as@example.ch\n\n"
                "Über Ihr Konto können Sie Ihr Profil pflegen, Stellenabos verwalten und den "
                "Status Ihrer Bewerbungen einsehen.\n\n"
                "Falls Sie dieses Konto nicht angelegt haben, ignorieren Sie diese E-Mail.\n\n"
                "Diese E-Mail wurde automatisch erstellt.\n",
        "cte": "base64",
    },
    {
        "key": "o-karriere-bau-alert",
        "kind": "other", "scenario": "stuttgart_job_alert_tips", "lang": "de",
        "company": "", "contact": "",
        "from": ("karriere-bau.de Jobagent", "jobagent@karriere-bau.example.de"),
        "subject": "Jobagent: 12 neue Treffer für \"Projektkoordinator Holzbau\" – Stuttgart",
        "date": "2026-03-17 05:45",
        "headers": bulk("Jobagent <jobagent.karriere-bau.example.de>",
                        "https://karriere-bau.example.de/jobagent/stop/44a1",
                        "stop@karriere-bau.example.de"),
        "html": digest(
            "12 neue Jobs für Sie",
            "Suchprofil: Projektkoordinator Holzbau · Stuttgart + 50 km",
            [("Projektkoordinator Elementbau (m/w/d)", "Schwabenholz Systembau GmbH · Stuttgart",
              "https://karriere-bau.example.de/job/301122"),
             ("Projektkoordinator Fassade (m/w/d)", "Fischer Fassadentechnik GmbH · Feuerbach",
              "https://karriere-bau.example.de/job/301187"),
             ("Technischer Zeichner Holzbau (m/w/d)", "Zimmerei Kuttler · Esslingen",
              "https://karriere-bau.example.de/job/301201"),
             ("Ratgeber: Die 10 häufigsten Fragen im Vorstellungsgespräch",
              "Und warum Absagen oft nichts mit Ihnen zu tun haben.",
              "https://karriere-bau.example.de/ratgeber/fragen-vorstellungsgespraech")],
            "Jobagent beenden: https://karriere-bau.example.de/jobagent/stop/44a1", colour="#e30613"),
        "cte": "quoted-printable",
    },
    {
        "key": "o-tempobau-news",
        "kind": "other", "scenario": "agency_newsletter_tempobau", "lang": "de",
        "company": "", "contact": "",
        "from": ("Tempobau Personal", "newsletter@tempobau.example.ch"),
        "subject": "Baubranche aktuell – Ausgabe April",
        "date": "2026-04-09 08:30",
        "headers": bulk("Tempobau Newsletter <newsletter.tempobau.example.ch>",
                        "https://www.tempobau.example.ch/newsletter/abmelden",
                        "newsletter-abmelden@tempobau.example.ch"),
        "html": digest(
            "Baubranche aktuell",
            "Liebe Kandidatinnen und Kandidaten\n\nDer Frühling bringt Bewegung in den "
            "Stellenmarkt: Die Nachfrage nach Arbeitsvorbereitern und Bauleitern ist so hoch "
            "wie seit Jahren nicht mehr.",
            [("Lohnbarometer Bau 2026", "Was Projektkoordinatoren in Bern und Basel verdienen.",
              "https://www.tempobau.example.ch/blog/lohnbarometer-2026"),
             ("Gut vorbereitet ins Kundeninterview",
              "Unsere Berater verraten, was Bauunternehmen im Gespräch wirklich wissen wollen.",
              "https://www.tempobau.example.ch/blog/kundeninterview"),
             ("Neue Stellen der Woche", "Bauleiter Tiefbau, Polier, Arbeitsvorbereiter Holzbau",
              "https://www.tempobau.example.ch/stellen")],
            "Tempobau Personal AG · Bubenbergplatz 8 · 3011 Bern\n"
            "Abmelden: https://www.tempobau.example.ch/newsletter/abmelden", colour="#f28c00"),
        "cte": "base64",
    },
    {
        "key": "o-kantonbern-ooo",
        "kind": "other", "scenario": "out_of_office_kanton_bern", "lang": "de",
        "company": "", "contact": "regula.fankhauser@ahb-be.example.ch",
        "from": ("Fankhauser Regula, AHB", "regula.fankhauser@ahb-be.example.ch"),
        "subject": "Abwesenheitsnotiz: Nachfrage Stand Bewerbung AHB-2026-31",
        "date": "2026-07-27 18:20",
        "parent": "kantonbern-status",
        "headers": AUTO,
        "text": "Ich bin vom 20. Juli bis 2. August 2026 abwesend. Ihre E-Mail wird nicht "
                "weitergeleitet. Für Fragen zu laufenden Stellenbesetzungen wenden Sie sich bitte "
                "an personal.bvd@ahb-be.example.ch.\n\n"
                "Je suis absente du 20 juillet au 2 août 2026.\n\nRegula Fankhauser\n",
    },
    {
        "key": "bruegger-app",
        "kind": "other", "scenario": "own_application_bruegger", "lang": "de",
        "company": "", "contact": "",
        "from": "ME",
        "to": ("Hansruedi Brügger", "hansruedi@bruegger-holz.example.ch", "iso-8859-1", "q"),
        "subject": "Bewerbung Arbeitsvorbereitung",
        "date": "2026-01-08 07:14",
        "text": "Guten Tag Herr Brügger\n\nIm Anhang sende ich Ihnen meine Bewerbung für die "
                "ausgeschriebene Stelle in der Arbeitsvorbereitung. Ich würde mich über ein "
                "Vorstellungsgespräch sehr freuen.\n\n" + SIG_DE + "\n",
        "pdf": ("Bewerbung_Achterberg-Sane.pdf", [
            "Bewerbung als Arbeitsvorbereiter",
            "Florian Achterberg-Sané, Lorrainestrasse 41, 3013 Bern",
            "Zimmermann EFZ, 12 Jahre Praxis",
        ]),
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "o-schwester",
        "kind": "other", "scenario": "sister_asks_about_interview", "lang": "de",
        "company": "", "contact": "lena.achterberg@example.de",
        "from": ("Lena Achterberg", "lena.achterberg@example.de"),
        "subject": "Und?? Wie wars?",
        "date": "2026-03-03 20:05",
        "text": "Hallo Brüderchen,\n\n"
                "Mama hat erzählt, dass du heute dein Vorstellungsgespräch bei der Baufirma in "
                "Bern hattest. Wie ist es gelaufen? Haben sie schon gesagt, wann du Bescheid "
                "bekommst?\n\n"
                "Ruf mal an, wenn du Zeit hast. Die Kinder fragen auch ständig nach Onkel Flo.\n\n"
                "Kuss aus Freiburg im Breisgau\nLena\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
]

FRENCH = [
    {
        "key": "leman-thanks",
        "kind": "other", "scenario": "own_thanks_leman", "lang": "fr",
        "company": "", "contact": "",
        "from": "ME",
        "to": ("Léa Pittet", "lea.pittet@leman-construction.example.ch"),
        "subject": "Merci pour l'entretien de vendredi",
        "date": "2026-03-20 18:40",
        "parent": "leman-mov",
        "text": "Bonjour Madame Pittet,\n\nUn grand merci pour l'entretien de ce matin et pour la "
                "visite du chantier de Renens. J'ai beaucoup apprécié nos échanges sur la "
                "planification des corps de métier et je reste très motivé par ce poste.\n\n"
                + SIG_FR + "\n",
        "cte": "quoted-printable",
    },
    {
        "key": "o-emploi-alert",
        "kind": "other", "scenario": "job_alert_digest_romandie", "lang": "fr",
        "company": "", "contact": "",
        "from": ("emploi-construction.ch", "alertes@emploi-construction.example.ch"),
        "subject": "5 nouvelles offres : coordinateur de chantier – Vaud/Fribourg",
        "date": "2026-02-23 06:15",
        "headers": bulk("Alertes emploi <alertes.emploi-construction.example.ch>",
                        "https://emploi-construction.example.ch/alertes/desinscription/c81",
                        "desinscription@emploi-construction.example.ch"),
        "text": "Votre alerte « coordinateur de chantier » – Vaud, Fribourg\n\n"
                "- Assistant·e chef de projet – Léman Construction, Lausanne\n"
                "  https://emploi-construction.example.ch/o/55102\n"
                "- Préparateur de travaux – Construction Broye-Lac, Payerne\n"
                "  https://emploi-construction.example.ch/o/55117\n"
                "- Chef de projet menuiserie – Menuiserie Bapst, Marly\n"
                "  https://emploi-construction.example.ch/o/55130\n\n"
                "Conseil : après un entretien, un refus n'est jamais définitif. Demandez un "
                "retour !\n\n"
                "Se désinscrire : https://emploi-construction.example.ch/alertes/desinscription/c81\n",
        "html": digest(
            "5 nouvelles offres pour vous",
            "Alerte « coordinateur de chantier » – Vaud, Fribourg",
            [("Assistant·e chef de projet", "Léman Construction, Lausanne",
              "https://emploi-construction.example.ch/o/55102"),
             ("Préparateur de travaux", "Construction Broye-Lac, Payerne",
              "https://emploi-construction.example.ch/o/55117"),
             ("Chef de projet menuiserie", "Menuiserie Bapst, Marly",
              "https://emploi-construction.example.ch/o/55130"),
             ("Conseil", "Après un entretien, un refus n'est jamais définitif. Demandez un "
              "retour !", "https://emploi-construction.example.ch/conseils/refus")],
            "Se désinscrire : https://emploi-construction.example.ch/alertes/desinscription/c81",
            lang="fr", colour="#b5121b"),
        "cte": "quoted-printable",
    },
    {
        "key": "o-rebondir",
        "kind": "other", "scenario": "career_article_after_refusal", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Le Mag Carrière", "lettre@magcarriere.example.fr"),
        "subject": "Comment rebondir après un refus (et décrocher le prochain entretien)",
        "date": "2026-05-07 07:30", "tz": "+0200",
        "headers": bulk("La lettre du Mag Carrière <lettre.magcarriere.example.fr>",
                        "https://magcarriere.example.fr/desabonnement?u=f4d2",
                        "desabonnement@magcarriere.example.fr"),
        "html": digest(
            "La lettre du Mag Carrière",
            "« Nous avons le regret de vous informer… » : qui n'a jamais reçu ce courriel ? "
            "Cette semaine, nos experts expliquent comment transformer un refus en tremplin.",
            [("Refus après entretien : faut-il demander un feedback ?",
              "Oui, et voici comment le formuler.",
              "https://magcarriere.example.fr/articles/refus-feedback"),
             ("Reconversion dans le BTP : les métiers qui recrutent",
              "Conduite de travaux, coordination, BIM.",
              "https://magcarriere.example.fr/articles/reconversion-btp"),
             ("Préparer un entretien en visioconférence",
              "Lumière, son, et les questions pièges.",
              "https://magcarriere.example.fr/articles/entretien-visio")],
            "Vous recevez cette lettre car vous êtes abonné au Mag Carrière. "
            "Se désabonner : https://magcarriere.example.fr/desabonnement?u=f4d2",
            lang="fr", colour="#5a2d82"),
        "cte": "base64",
    },
    {
        "key": "o-regie-refus",
        "kind": "other", "scenario": "agency_flat_dossier_not_retained", "lang": "fr",
        "company": "", "contact": "location@regie-sevelin.example.ch",
        "from": ("Régie du Sévelin – Location", "location@regie-sevelin.example.ch"),
        "subject": "Appartement 2.5 pièces, Av. de Morges 58 – votre dossier",
        "date": "2026-09-18 11:47",
        "text": "Monsieur,\n\n"
                "Nous vous remercions de l'intérêt porté à l'appartement de 2.5 pièces situé à "
                "l'avenue de Morges 58 à Lausanne, ainsi que de votre dossier de candidature.\n\n"
                "Nous sommes au regret de vous informer que le propriétaire a attribué le "
                "logement à un autre candidat. Votre dossier n'a donc pas été retenu.\n\n"
                "Nous restons à votre disposition pour d'autres objets.\n\n"
                "Régie du Sévelin SA, service location\nAvenue de Sévelin 36, 1004 Lausanne\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "o-dentiste",
        "kind": "other", "scenario": "dentist_appointment_confirmed", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Cabinet dentaire du Flon", "rendezvous@dentiste-flon.example.ch"),
        "subject": "Confirmation de votre rendez-vous du 14 octobre",
        "date": "2026-10-07 09:00",
        "text": "Bonjour Florian Achterberg-Sané,\n\n"
                "Votre rendez-vous est confirmé :\n"
                "Mercredi 14 octobre 2026 à 17h30 – Détartrage avec Mme Rochat\n"
                "Cabinet dentaire du Flon, Place de l'Europe 7, 1003 Lausanne\n\n"
                "Merci de nous prévenir au moins 48 heures à l'avance en cas d'empêchement.\n\n"
                "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n",
    },
    {
        "key": "o-cas-refus",
        "kind": "other", "scenario": "cas_admission_refused", "lang": "fr",
        "company": "", "contact": "admission@hebat.example.ch",
        "from": ("Haute école du bâtiment – Admissions", "admission@hebat.example.ch"),
        "subject": "CAS Gestion de projets de construction – décision d'admission",
        "date": "2026-08-14 14:20",
        "text": "Monsieur,\n\n"
                "Nous avons examiné votre demande d'admission au CAS en gestion de projets de "
                "construction (volée 2026-2027).\n\n"
                "Le nombre de places étant limité à 24 participants et la priorité étant donnée "
                "aux titulaires d'un diplôme de niveau HES, nous regrettons de ne pas pouvoir "
                "vous proposer de place cette année. Vous pouvez déposer une nouvelle demande "
                "pour la volée suivante ou vous inscrire à nos cours modulaires.\n\n"
                "Avec nos meilleures salutations,\nService des admissions\n"
                "Haute école du bâtiment, Route de Cossonay 2, 1008 Prilly\n",
        "html": "<html><body style=\"font-family:Arial\">" + paras(
            "Monsieur,\n\n"
            "Nous avons examiné votre demande d'admission au CAS en gestion de projets de "
            "construction (volée 2026-2027).\n\n"
            "Le nombre de places étant limité à 24 participants et la priorité étant donnée "
            "aux titulaires d'un diplôme de niveau HES, nous regrettons de ne pas pouvoir "
            "vous proposer de place cette année. Vous pouvez déposer une nouvelle demande "
            "pour la volée suivante ou vous inscrire à nos cours modulaires.\n\n"
            "Avec nos meilleures salutations,\nService des admissions\n"
            "Haute école du bâtiment, Route de Cossonay 2, 1008 Prilly") + "</body></html>\n",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "o-leman-ooo",
        "kind": "other", "scenario": "out_of_office_leman", "lang": "fr",
        "company": "", "contact": "lea.pittet@leman-construction.example.ch",
        "from": ("Léa Pittet", "lea.pittet@leman-construction.example.ch"),
        "subject": "Réponse automatique : Merci pour l'entretien de vendredi",
        "date": "2026-03-20 18:40",
        "parent": "leman-thanks",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": "Bonjour,\n\n"
                "Je suis absente du bureau jusqu'au lundi 30 mars inclus, avec un accès limité "
                "à mes e-mails. Je traiterai votre message à mon retour.\n\n"
                "Pour toute question urgente concernant un recrutement en cours, vous pouvez "
                "contacter le secrétariat au 021 620 33 00.\n\n"
                "Léa Pittet\n",
    },
    {
        "key": "o-journal-interview",
        "kind": "other", "scenario": "press_interview_request_fr", "lang": "fr",
        "company": "", "contact": "m.gremaud@journal-broye.example.ch",
        "from": ("Mathieu Gremaud", "m.gremaud@journal-broye.example.ch"),
        "subject": "Demande d'interview – série « Ils changent de métier »",
        "date": "2026-05-22 10:35",
        "text": "Bonjour Monsieur Achterberg-Sané,\n\n"
                "Je suis journaliste au Journal de la Broye. Nous préparons une série d'été sur "
                "les artisans qui se reconvertissent, et votre parcours de charpentier devenu "
                "coordinateur nous a été signalé par l'association des charpentiers.\n\n"
                "Accepteriez-vous de m'accorder une interview d'une demi-heure, par téléphone "
                "ou à Fribourg ? L'article paraîtrait début juillet.\n\n"
                "Avec mes remerciements,\nMathieu Gremaud\nJournaliste RP\n"
                "Journal de la Broye – Rue du Temple 4, 1530 Payerne\n",
    },
    {
        "key": "roduit-req",
        "kind": "other", "scenario": "own_reschedule_request_roduit", "lang": "fr",
        "company": "", "contact": "",
        "from": "ME",
        "to": ("Anne Roduit", "anne.roduit@roduit-vernay.example.ch"),
        "subject": "Appel de jeudi",
        "date": "2026-09-08 21:30",
        "parent": "roduit-inv",
        "text": "Bonjour Madame Roduit,\n\nMerci beaucoup pour votre proposition d'entretien "
                "téléphonique. Jeudi à 11h je serai malheureusement sur un toit à Köniz ; "
                "vendredi matin me conviendrait parfaitement.\n\nFlorian Achterberg-Sané\n",
    },
    {
        "key": "o-ami-refus",
        "kind": "other", "scenario": "friend_own_refusal_fr", "lang": "fr",
        "company": "", "contact": "julien.python@example.ch",
        "from": ("Julien Python", "julien.python@example.ch"),
        "subject": "bon ben c'est non",
        "date": "2026-06-30 22:15",
        "text": "Salut Flo,\n\n"
                "Je viens de recevoir la réponse de la commune de Bulle pour le poste de "
                "surveillant de chantier : refusé. Ils ont pris quelqu'un de l'interne, comme "
                "d'hab. Trois entretiens pour rien…\n\n"
                "Et toi, des nouvelles de Bapst ? Tu leur as répondu ?\n\n"
                "On se fait une fondue samedi pour me remonter le moral ?\n\nJu\n",
    },
    {
        "key": "o-banque-position",
        "kind": "other", "scenario": "bank_account_position_notice", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Banque Cantonale Lémanique", "notifications@bcl-banque.example.ch"),
        "subject": "Nouvelle position de compte disponible",
        "date": "2026-04-30 23:58",
        "html": ats_card(
            "Banque Cantonale Lémanique", "#00843d",
            "Bonjour,\n\n"
            "La position de votre compte privé CH93 0076 2011 6238 5295 7 au 30 avril 2026 "
            "est disponible dans votre e-banking.\n\n"
            "Pour des raisons de sécurité, nous ne communiquons aucun montant par e-mail.",
            "Message automatique – merci de ne pas répondre. Banque Cantonale Lémanique, "
            "Place Saint-François 14, 1003 Lausanne.", lang="fr"),
        "cte": "quoted-printable",
    },
    {
        "key": "o-chasseur-fr",
        "kind": "other", "scenario": "headhunter_cold_approach_fr", "lang": "fr",
        "company": "", "contact": "c.berset@bersetpartners.example.ch",
        "from": ("Claire Berset", "c.berset@bersetpartners.example.ch"),
        "subject": "Votre profil m'intéresse",
        "date": "2026-07-09 09:41",
        "text": "Bonjour Monsieur,\n\n"
                "Je me permets de vous contacter suite à la lecture de votre profil. Mon cabinet "
                "accompagne plusieurs entreprises générales de Suisse romande dans leurs "
                "recrutements de cadres de chantier.\n\n"
                "Je n'ai pas de mandat précis à vous soumettre aujourd'hui, mais j'aimerais "
                "mieux connaître vos attentes pour la suite. Seriez-vous ouvert à un café à "
                "Lausanne dans les prochaines semaines ?\n\n"
                "Cordialement,\nClaire Berset\nAssociée – Berset & Partners\n"
                "Rue de Bourg 20, 1003 Lausanne\n",
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "key": "o-reseau-vues",
        "kind": "other", "scenario": "network_profile_views_fr", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Werknetz", "notifications@werknetz.example.com"),
        "subject": "3 personnes ont consulté votre profil",
        "date": "2026-09-26 08:00", "tz": "+0000",
        "headers": [("List-Unsubscribe", "<https://werknetz.example.com/settings/email>")],
        "html": digest(
            "Qui a consulté votre profil ?",
            "Votre profil a été consulté 3 fois cette semaine.",
            [("Un·e recruteur·e chez Vaud Bois Construction", "Ressources humaines · Cully",
              "https://werknetz.example.com/me/profile-views"),
             ("Un·e chef·fe de projet chez Léman Construction", "Lausanne",
              "https://werknetz.example.com/me/profile-views"),
             ("Offres pour vous : Conducteur de travaux, Lausanne",
              "Et 9 autres postes", "https://werknetz.example.com/jobs/recs")],
            "Gérer vos notifications : https://werknetz.example.com/settings/email",
            lang="fr", colour="#0a66c2"),
        "cte": "base64",
    },
    {
        "key": "o-webinaire",
        "kind": "other", "scenario": "agency_webinar_interview_skills", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Romandie Intérim", "evenements@romandie-interim.example.ch"),
        "subject": "Webinaire gratuit : réussir son entretien d'embauche dans le bâtiment",
        "date": "2026-08-31 12:00",
        "headers": bulk("Romandie Intérim Événements <evenements.romandie-interim.example.ch>",
                        "https://www.romandie-interim.example.ch/desinscription",
                        "desinscription@romandie-interim.example.ch"),
        "html": digest(
            "Webinaire : réussir son entretien d'embauche",
            "Jeudi 17 septembre 2026, 18h30–19h30, en ligne\n\nNos conseillères vous donnent "
            "leurs astuces pour convaincre en entretien, négocier une offre et gérer un refus.",
            [("Je m'inscris", "Places limitées à 80 participants",
              "https://www.romandie-interim.example.ch/webinaire/inscription"),
             ("Nos offres de la semaine", "Conducteur de travaux, préparateur, chef d'équipe",
              "https://www.romandie-interim.example.ch/offres")],
            "Romandie Intérim Sàrl · Rue du Petit-Chêne 18 · 1003 Lausanne\n"
            "Se désinscrire : https://www.romandie-interim.example.ch/desinscription",
            lang="fr", colour="#d35400"),
        "cte": "quoted-printable",
    },
]

ENGLISH = [
    {
        "key": "navigli-sorry",
        "kind": "other", "scenario": "own_apology_missed_call", "lang": "en",
        "company": "", "contact": "",
        "from": "ME",
        "to": ("Giulia Ferrante", "giulia.ferrante@navigli-build.example.it"),
        "subject": "So sorry about this morning",
        "date": "2026-04-21 12:02",
        "parent": "navigli-miss",
        "text": "Dear Giulia,\n\nI am so sorry I missed our call this morning. I had the time "
                "down as 10:00 Swiss time but my calendar was set to UK time. Would it be "
                "possible to find another slot?\n\nBest regards,\nFlorian\n",
    },
    {
        "key": "o-ccw",
        "kind": "other", "scenario": "construction_careers_weekly", "lang": "en",
        "company": "", "contact": "",
        "from": ("Construction Careers Weekly", "editor@ccweekly.example.com"),
        "subject": "This week: why you got rejected, panel interview prep, 40 new roles",
        "date": "2026-06-12 13:00", "tz": "+0100",
        "headers": bulk("Construction Careers Weekly <weekly.ccweekly.example.com>",
                        "https://ccweekly.example.com/unsubscribe/florian-as",
                        "unsubscribe@ccweekly.example.com"),
        "text": "CONSTRUCTION CAREERS WEEKLY\n\n"
                "1. \"Unfortunately, we have decided not to proceed\": five hiring managers on "
                "why good candidates get rejected.\n"
                "https://ccweekly.example.com/a/why-rejected\n\n"
                "2. Panel interview prep for site coordinators: the STAR method with examples.\n"
                "https://ccweekly.example.com/a/panel-prep\n\n"
                "3. 40 new roles in Europe, including Milan, Vienna and Bilbao.\n"
                "https://ccweekly.example.com/jobs\n\n"
                "You're receiving this because you subscribed at ccweekly.example.com.\n"
                "Unsubscribe: https://ccweekly.example.com/unsubscribe/florian-as\n",
        "html": digest(
            "Construction Careers Weekly",
            "Your Friday reading for a career on site and beyond.",
            [("\"Unfortunately, we have decided not to proceed\"",
              "Five hiring managers on why good candidates get rejected.",
              "https://ccweekly.example.com/a/why-rejected"),
             ("Panel interview prep for site coordinators",
              "The STAR method with examples.", "https://ccweekly.example.com/a/panel-prep"),
             ("40 new roles", "Including Milan, Vienna and Bilbao.",
              "https://ccweekly.example.com/jobs")],
            "Unsubscribe: https://ccweekly.example.com/unsubscribe/florian-as",
            lang="en", colour="#1b4965"),
    },
    {
        "key": "o-podcast",
        "kind": "other", "scenario": "podcast_guest_request", "lang": "en",
        "company": "", "contact": "hannah@buildbetterpod.example.com",
        "from": ("Hannah Doyle", "hannah@buildbetterpod.example.com"),
        "subject": "Guest interview on the Build Better podcast?",
        "date": "2026-08-06 16:20", "tz": "+0100",
        "text": "Hi Florian,\n\n"
                "I host Build Better, a podcast about people who move from the trades into "
                "planning and management roles. A listener pointed me to your post about "
                "switching from carpentry to project coordination, and I'd love to have you on "
                "as a guest.\n\n"
                "The interview is recorded remotely and takes about 40 minutes. We're booking "
                "for September and October. No pressure at all – just let me know if you're "
                "interested.\n\n"
                "Cheers,\nHannah Doyle\nHost, Build Better\n",
    },
    {
        "key": "o-parcel-en",
        "kind": "other", "scenario": "parcel_delayed_en", "lang": "en",
        "company": "", "contact": "",
        "from": ("SwiftParcel", "no-reply@swiftparcel.example.com"),
        "subject": "Your parcel is delayed, unfortunately",
        "date": "2026-09-29 08:14", "tz": "+0000",
        "html": ats_card(
            "SwiftParcel", "#4f2d7f",
            "Hi Florian,\n\n"
            "Unfortunately, your parcel from ToolHaus Online (tracking SP 4471 0093 2210) has "
            "been delayed at our Basel hub due to a customs check.\n\n"
            "New estimated delivery: Thursday, 1 October.\n\n"
            "No action is needed from you. Sorry for the wait.",
            "This is an automated message. Please do not reply.",
            button=("Track your parcel", "https://track.swiftparcel.example.com/SP44710093"),
            lang="en"),
        "cte": "quoted-printable",
    },
    {
        "key": "o-recruiter-milan",
        "kind": "other", "scenario": "recruiter_cold_approach_milan", "lang": "en",
        "company": "", "contact": "t.russo@lombardytalent.example.it",
        "from": ("Tommaso Russo", "t.russo@lombardytalent.example.it"),
        "subject": "Coordination roles in Milan – quick intro",
        "date": "2026-05-28 11:02",
        "text": "Hello Florian,\n\n"
                "I recruit for construction and engineering firms in Lombardy, many of which "
                "work in English on international projects. Your background in timber "
                "construction stood out.\n\n"
                "I don't have a specific opening to discuss right now, but I'd like to connect "
                "and understand what you're looking for, so I can reach out when something "
                "relevant comes up.\n\n"
                "Best,\nTommaso Russo\nLombardy Talent · Milano\n",
    },
]

SPANISH = [
    {
        "key": "nervion-app",
        "kind": "other", "scenario": "own_application_nervion_pdf", "lang": "es",
        "company": "", "contact": "",
        "from": "ME",
        "to": ("Construcciones Nervión – RRHH", "rrhh@nervion-construcciones.example.es"),
        "subject": "Candidatura – Coordinador de obra",
        "date": "2026-05-04 20:12",
        "text": "Buenas tardes:\n\nLes escribo para presentar mi candidatura al puesto de "
                "coordinador de obra publicado en su web. Adjunto mi CV y una carta de "
                "motivación. Quedo a su disposición para una entrevista.\n\n" + SIG_ES + "\n",
        "pdf": ("CV_Florian_Achterberg-Sané_ES.pdf", [
            "Florian Achterberg-Sané - Curriculum vitae",
            "Carpintero con certificado federal suizo",
            "Idiomas: alemán, francés, inglés, español",
        ]),
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "o-ofertas-bilbao",
        "kind": "other", "scenario": "job_alert_bilbao", "lang": "es",
        "company": "", "contact": "",
        "from": ("EmpleoObra Alertas", "alertas@empleoobra.example.es"),
        "subject": "Nuevas ofertas: coordinador de obra en Bizkaia",
        "date": "2026-04-27 07:05",
        "headers": bulk("Alertas EmpleoObra <alertas.empleoobra.example.es>",
                        "https://empleoobra.example.es/alertas/baja/7721",
                        "baja@empleoobra.example.es"),
        "html": digest(
            "6 nuevas ofertas para ti",
            "Alerta: coordinador de obra · Bizkaia",
            [("Coordinador/a de obra", "Construcciones Nervión · Bilbao",
              "https://empleoobra.example.es/oferta/99120"),
             ("Técnico/a de coordinación de obra", "Deusto Arquitectos · Bilbao",
              "https://empleoobra.example.es/oferta/99134"),
             ("Encargado de carpintería", "Carpintería Arriaga · Basauri",
              "https://empleoobra.example.es/oferta/99141"),
             ("Consejo: qué hacer si te rechazan tras la entrevista",
              "Pide feedback y sigue adelante.",
              "https://empleoobra.example.es/blog/rechazo-entrevista")],
            "Darse de baja: https://empleoobra.example.es/alertas/baja/7721",
            lang="es", colour="#c1440e"),
        "cte": "quoted-printable",
    },
    {
        "key": "o-amiga-rechazo",
        "kind": "other", "scenario": "friend_own_rejection_es", "lang": "es",
        "company": "", "contact": "ane.zubiri@example.es",
        "from": ("Ane Zubiri", "ane.zubiri@example.es"),
        "subject": "me han dicho que no :(",
        "date": "2026-06-09 19:50",
        "text": "Hola Flori!\n\n"
                "Al final el estudio de Getxo me ha rechazado. Después de dos entrevistas me "
                "mandan un correo de tres líneas diciendo que han elegido a otra persona. Qué "
                "rabia.\n\n"
                "¿Y lo tuyo con Nervión? ¿Te han dicho algo?\n\n"
                "Si vienes en julio hacemos unos pintxos por el Casco Viejo.\n\nBesos,\nAne\n",
    },
    {
        "key": "o-master-rechazo",
        "kind": "other", "scenario": "master_admission_refused", "lang": "es",
        "company": "", "contact": "",
        "from": ("Universidad del Nervión – Admisiones", "noreply@admisiones.unervion.example.es"),
        "subject": "Resolución de admisión – Máster en Dirección de Proyectos de Construcción",
        "date": "2026-07-17 12:00",
        "text": "Estimado/a Florian Achterberg-Sané:\n\n"
                "Le informamos de que la comisión académica ha resuelto su solicitud de "
                "admisión al Máster Universitario en Dirección de Proyectos de Construcción "
                "(curso 2026-2027).\n\n"
                "Resolución: NO ADMITIDO. Motivo: no acredita titulación universitaria de "
                "grado requerida para el acceso.\n\n"
                "Puede presentar recurso de alzada en el plazo de un mes.\n\n"
                "Servicio de Admisiones\nEste mensaje se ha generado automáticamente.\n",
        "cs": "iso-8859-1", "cte": "base64",
    },
    {
        "key": "o-piso-visita",
        "kind": "other", "scenario": "flat_viewing_appointment", "lang": "es",
        "company": "", "contact": "gorka@inmoindautxu.example.es",
        "from": ("Gorka – Inmobiliaria Indautxu", "gorka@inmoindautxu.example.es"),
        "subject": "Cita para ver el piso de Licenciado Poza",
        "date": "2026-06-11 10:22",
        "text": "Hola Florian:\n\n"
                "Te confirmo la cita para visitar el piso de la calle Licenciado Poza 44, 3º "
                "izquierda, el sábado 13 de junio a las 11:30. Es un piso de dos habitaciones, "
                "reformado, 950 € al mes más gastos de comunidad.\n\n"
                "Si te interesa, trae una copia de tu contrato de trabajo o una oferta firmada "
                "para el propietario.\n\n"
                "Un saludo,\nGorka Arrieta\nInmobiliaria Indautxu · 944 10 22 31\n",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "o-talento-ooo",
        "kind": "other", "scenario": "out_of_office_talento_norte", "lang": "es",
        "company": "", "contact": "leire.uribe@talentonorte.example.es",
        "from": ("Leire Uribe", "leire.uribe@talentonorte.example.es"),
        "subject": "Respuesta automática: fuera de la oficina",
        "date": "2026-08-10 09:00",
        "headers": AUTO,
        "text": "Hola:\n\n"
                "Estoy de vacaciones hasta el 24 de agosto y no reviso el correo. Si tu mensaje "
                "es sobre un proceso de selección en curso, escribe a mi compañero Unai en "
                "unai.sasia@talentonorte.example.es.\n\n"
                "Gracias,\nLeire\n",
    },
    {
        "key": "o-competencias",
        "kind": "other", "scenario": "career_article_competency_interview", "lang": "es",
        "company": "", "contact": "",
        "from": ("Boletín Carrera Técnica", "boletin@carreratecnica.example.es"),
        "subject": "Cómo preparar una entrevista por competencias",
        "date": "2026-03-26 08:00",
        "headers": bulk("Boletín Carrera Técnica <boletin.carreratecnica.example.es>",
                        "https://carreratecnica.example.es/baja?id=5521",
                        "baja@carreratecnica.example.es"),
        "text": "BOLETÍN CARRERA TÉCNICA (marzo)\n\n"
                "Cómo preparar una entrevista por competencias\n"
                "Los reclutadores del sector de la construcción usan cada vez más preguntas "
                "del tipo «cuéntame una situación en la que...». Te explicamos cómo responder con "
                "ejemplos de obra concretos y qué hacer si, pese a todo, te descartan.\n"
                "Leer más: https://carreratecnica.example.es/entrevista-competencias\n\n"
                "También en este número: ofertas de empleo en el País Vasco y Navarra.\n\n"
                "Darse de baja: https://carreratecnica.example.es/baja?id=5521\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
]

MESSAGES = [*GERMAN, *FRENCH, *ENGLISH, *SPANISH]
