"""Corpus 166: the 31 rejections (de 15, fr 8, en 4, es 4), hand-written."""

from msgs166_common import SIG_DE, SIG_EN, SIG_FR, ats_card, outlook, paras, reply, word_html

MESSAGES = [
    # ------------------------------------------------------------------ German
    {
        "key": "helvetra-rej",
        "kind": "rejection", "scenario": "helvetra_successfactors_formal", "lang": "de",
        "company": "Helvetra Bau", "contact": "",
        "from": ("Helvetra Bau Karriere", "helvetra@successfactors.eu"),
        "subject": "Ihre Bewerbung als Projektkoordinator Hochbau (Req. 4471)",
        "date": "2026-03-27 16:40", "tz": "+0000",
        "parent": "helvetra-miss",
        "html": ats_card(
            "Helvetra Bau | Karriere", "#1d3c6e",
            "Sehr geehrter Herr Achterberg-Sané\n\n"
            "Wir bedanken uns für Ihr Interesse an der Stelle Projektkoordinator Hochbau "
            "(Req. 4471) und für die Zeit, die Sie in Ihre Bewerbung investiert haben.\n\n"
            "Nach eingehender Prüfung aller Dossiers müssen wir Ihnen mitteilen, dass wir "
            "Ihre Kandidatur nicht weiter berücksichtigen können. Dieser Entscheid ist uns "
            "nicht leichtgefallen und stellt keine Wertung Ihrer Person dar.\n\n"
            "Ihre Daten werden gemäss unserer Datenschutzerklärung nach sechs Monaten gelöscht, "
            "sofern Sie dem Talent-Pool nicht ausdrücklich zugestimmt haben.\n\n"
            "Freundliche Grüsse\nTalent Acquisition, Helvetra Bau",
            "Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht "
            "gelesen.\nHelvetra Bau AG, Hardturmstrasse 130, 8005 Zürich",
            lang="de"),
        "cte": "quoted-printable",
    },
    {
        "key": "nordwest-rej",
        "kind": "rejection", "scenario": "nordwestbau_workday_filled_internally", "lang": "de",
        "company": "Nordwestbau", "contact": "",
        "from": ("Nordwestbau", "nordwestbau@myworkday.com"),
        "subject": "Update zu Ihrer Bewerbung: Bauprojektkoordinator/in Basel",
        "date": "2026-10-06 11:05", "tz": "+0000",
        "parent": "nordwest-ack",
        "text": "Guten Tag Florian Achterberg-Sané\n\n"
                "Vielen Dank für Ihre Bewerbung auf die Position Bauprojektkoordinator/in "
                "(JR-20931) in Basel.\n\n"
                "Wir möchten Sie darüber informieren, dass diese Stelle mit einer internen "
                "Kandidatin besetzt wurde. Das Rekrutierungsverfahren ist damit abgeschlossen.\n\n"
                "Über Ihr Kandidatenprofil können Sie weiterhin neue Stellen bei Nordwestbau "
                "abonnieren.\n\n"
                "Ihr Nordwestbau Recruiting-Team\n\n"
                "--\nBitte antworten Sie nicht auf diese automatisch generierte Nachricht.\n",
        "html": ats_card(
            "Nordwestbau", "#00594f",
            "Guten Tag Florian Achterberg-Sané\n\n"
            "Vielen Dank für Ihre Bewerbung auf die Position Bauprojektkoordinator/in "
            "(JR-20931) in Basel.\n\n"
            "Wir möchten Sie darüber informieren, dass diese Stelle mit einer internen "
            "Kandidatin besetzt wurde. Das Rekrutierungsverfahren ist damit abgeschlossen.\n\n"
            "Über Ihr Kandidatenprofil können Sie weiterhin neue Stellen bei Nordwestbau "
            "abonnieren.\n\nIhr Nordwestbau Recruiting-Team",
            "Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.",
            button=("Zum Kandidatenprofil", "https://nordwestbau.wd3.myworkday.com/careers/login"),
            lang="de"),
        "cte": "base64",
    },
    {
        "key": "rheinholz-rej",
        "kind": "rejection", "scenario": "rheinholz_teamtailor_closer_match", "lang": "de",
        "company": "Rheinholz Baumanagement", "contact": "jasmin.oberer@rheinholz.example.ch",
        "from": ("Jasmin Oberer | Rheinholz", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Jasmin Oberer", "jasmin.oberer@rheinholz.example.ch"),
        "subject": "Rückmeldung Bewerbung Junior-Bauleiter Holzbau",
        "date": "2026-02-06 09:20",
        "parent": "rheinholz-miss",
        "text": "Hallo Florian\n\n"
                "Danke nochmals für deine Geduld in den letzten Wochen. Wir haben uns "
                "inzwischen für Bewerbende entschieden, deren Erfahrung in der Bauleitung noch "
                "etwas näher an dem liegt, was das Team im Moment braucht.\n\n"
                "Dein Werdegang als Zimmermann hat uns trotzdem gefallen, und wenn sich die "
                "Stelle in einem Jahr wieder öffnet, melde dich gerne direkt bei mir.\n\n"
                "Herzlich\nJasmin Oberer\nPeople & Culture\n"
                "Rheinholz Baumanagement AG | Dornacherstrasse 210 | 4053 Basel\n"
                "T +41 61 508 22 40\n\n"
                "Gesendet mit Teamtailor\n",
        "cte": "quoted-printable",
    },
    {
        "key": "bruegger-rej",
        "kind": "rejection", "scenario": "bruegger_terse_human", "lang": "de",
        "company": "Zimmerei Brügger", "contact": "hansruedi@bruegger-holz.example.ch",
        "from": ("Hansruedi Brügger", "hansruedi@bruegger-holz.example.ch", "iso-8859-1", "q"),
        "subject": "AW: Bewerbung Arbeitsvorbereitung",
        "subject_cs": None,
        "date": "2026-01-19 18:52",
        "parent": "bruegger-app",
        "text": reply(
            "Salü Florian\n\nDanke fürs Dossier. Wir nehmen jemanden aus dem eigenen Betrieb, "
            "darum wird's nichts. Alles Gute.\n\nHansruedi\n\nvon meinem iPhone gesendet",
            "de", "08.01.2026 um 07:14", "Florian Achterberg-Sané <florian.as@example.ch>",
            "Guten Tag Herr Brügger\n\nIm Anhang sende ich Ihnen meine Bewerbung für die "
            "ausgeschriebene Stelle in der Arbeitsvorbereitung. Ich würde mich über ein "
            "Vorstellungsgespräch sehr freuen.\n\n" + SIG_DE),
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "tempobau-rej",
        "kind": "rejection", "scenario": "tempobau_relays_schwabenholz_no", "lang": "de",
        "company": "Schwabenholz Systembau", "contact": "marco.zbinden@tempobau.example.ch",
        "from": ("Marco Zbinden", "marco.zbinden@tempobau.example.ch"),
        "subject": "Schwabenholz – Rückmeldung vom Kunden",
        "date": "2026-02-17 14:12",
        "parent": "tempobau-miss",
        "text": "Hallo Herr Achterberg-Sané\n\n"
                "Ich habe heute mit Herrn Leibfried von Schwabenholz telefoniert. Nach dem "
                "verpassten Termin letzte Woche möchte der Kunde den Prozess mit Ihnen nicht "
                "fortsetzen – er hat mittlerweile zwei andere Kandidaten in der zweiten Runde und "
                "will das Verfahren nicht noch einmal aufrollen.\n\n"
                "Ich weiss, das ist ärgerlich, zumal die Verschiebung ursprünglich von ihrer Seite "
                "kam. Ich behalte Sie für Projekte in der Region Bern und Basel auf dem Radar und "
                "melde mich, sobald ich etwas Passendes habe.\n\n"
                "Beste Grüsse\n"
                "Marco Zbinden\nPersonalberater Bau & Holz\n"
                "Tempobau Personal AG\nBubenbergplatz 8, 3011 Bern\n"
                "Tel. +41 31 552 70 18 | www.tempobau.example.ch\n\n"
                "Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der "
                "richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie "
                "diese Nachricht.\n",
        "cte": "quoted-printable",
    },
    {
        "key": "donauplan-rej",
        "kind": "rejection", "scenario": "donauplan_after_interview_quotes_thanks", "lang": "de",
        "company": "Donauplan Baumanagement", "contact": "e.prohaska@donauplan.example.at",
        "from": ("Mag. Elisabeth Prohaska", "e.prohaska@donauplan.example.at"),
        "subject": "AW: Danke für das Gespräch am Dienstag",
        "date": "2026-04-08 10:31",
        "parent": "donauplan-thanks",
        "text": reply(
            "Sehr geehrter Herr Achterberg-Sané,\n\n"
            "vielen Dank für Ihre freundlichen Zeilen nach unserem Termin. Wir haben uns die "
            "Entscheidung nicht leicht gemacht, uns am Ende aber für einen Bewerber entschieden, "
            "der bereits mehrere Jahre Projektsteuerung in Wien mitbringt und die hiesigen "
            "Vergabeverfahren kennt.\n\n"
            "Ihre Unterlagen würden wir – Ihr Einverständnis vorausgesetzt – gerne in Evidenz "
            "halten.\n\n"
            "Mit freundlichen Grüßen\nElisabeth Prohaska\nLeitung Personal\n"
            "Donauplan Baumanagement GmbH | Lassallestraße 7b, 1020 Wien\n"
            "+43 1 890 41 22-15\n\n"
            "Firmenbuch FN 318842 p, Handelsgericht Wien",
            "de", "24.03.2026 um 17:02", "Florian Achterberg-Sané",
            "Sehr geehrte Frau Prohaska\n\n"
            "Herzlichen Dank für die Einladung und das angenehme Gespräch heute mit Ihnen und "
            "Herrn Wallner. Die Einblicke in die Koordination Ihrer Wohnbauprojekte haben mich "
            "sehr angesprochen, und ich freue mich, von Ihnen zu hören.\n\n" + SIG_DE),
    },
    {
        "key": "wysstanner-rej",
        "kind": "rejection", "scenario": "wysstanner_after_missed_call", "lang": "de",
        "company": "Wyss Tanner Ingenieure", "contact": "lukas.tanner@wysstanner.example.ch",
        "from": ("Lukas Tanner", "lukas.tanner@wysstanner.example.ch"),
        "cc": [("Monika Egli", "monika.egli@wysstanner.example.ch")],
        "subject": "Ihre Bewerbung – Entscheid",
        "date": "2026-05-04 08:03",
        "parent": "wysstanner-miss",
        "text": "Grüezi Herr Achterberg-Sané\n\n"
                "Wir haben das verpasste Telefonat nicht mehr nachholen können, und inzwischen "
                "ist unser Auswahlverfahren abgeschlossen. Wir haben die Stelle als "
                "Projektassistent Tragwerksplanung anderweitig vergeben.\n\n"
                "Für Ihre berufliche Neuorientierung wünsche ich Ihnen viel Erfolg.\n\n"
                "Lukas Tanner\ndipl. Bauingenieur ETH, Partner\n"
                "Wyss Tanner Ingenieure AG\nBadenerstrasse 329, 8003 Zürich\n+41 44 271 60 90\n",
    },
    {
        "key": "baselland-rej",
        "kind": "rejection", "scenario": "baselland_role_cancelled_budget", "lang": "de",
        "company": "Kantonale Bauverwaltung Basel-Landschaft",
        "contact": "daniela.rickenbacher@bauverwaltung-bl.example.ch",
        "from": ("Rickenbacher Daniela BUD", "daniela.rickenbacher@bauverwaltung-bl.example.ch"),
        "subject": "Stelle Fachspezialist/in Baukoordination – Verfahren eingestellt",
        "date": "2026-05-25 15:47",
        "text": "Sehr geehrter Herr Achterberg-Sané\n\n"
                "Sie haben sich im April für die Stelle Fachspezialist/in Baukoordination "
                "(60–80 %) beworben. Der Regierungsrat hat im Rahmen der Budgetvorgaben 2027 "
                "beschlossen, diese Stelle nicht neu zu schaffen. Das Besetzungsverfahren wird "
                "deshalb ohne Wahl abgebrochen.\n\n"
                "Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden nach Ablauf der "
                "gesetzlichen Frist vernichtet.\n\n"
                "Freundliche Grüsse\n\n"
                "Daniela Rickenbacher\nHR-Fachfrau\nBau- und Umweltschutzdirektion\n"
                "Kantonale Bauverwaltung Basel-Landschaft\nRheinstrasse 29, 4410 Liestal\n"
                "Telefon 061 552 58 07\n",
        "html": word_html(
            "Sehr geehrter Herr Achterberg-Sané\n\n"
            "Sie haben sich im April für die Stelle Fachspezialist/in Baukoordination "
            "(60–80 %) beworben. Der Regierungsrat hat im Rahmen der Budgetvorgaben 2027 "
            "beschlossen, diese Stelle nicht neu zu schaffen. Das Besetzungsverfahren wird "
            "deshalb ohne Wahl abgebrochen.\n\n"
            "Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden nach Ablauf der "
            "gesetzlichen Frist vernichtet.\n\nFreundliche Grüsse\n\n"
            "Daniela Rickenbacher\nHR-Fachfrau\nBau- und Umweltschutzdirektion\n"
            "Kantonale Bauverwaltung Basel-Landschaft\nRheinstrasse 29, 4410 Liestal\n"
            "Telefon 061 552 58 07", "de"),
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "kessler-rej",
        "kind": "rejection", "scenario": "kessler_headhunter_client_unnamed_no", "lang": "de",
        "company": "Kessler Executive Search", "contact": "p.kessler@kessler-search.example.ch",
        "from": ("Philipp Kessler", "p.kessler@kessler-search.example.ch"),
        "subject": "Mandat Projektkoordination Holzbau – kurzes Feedback",
        "date": "2026-02-11 19:26",
        "text": "Lieber Herr Achterberg-Sané\n\n"
                "Kurz und ehrlich: Unsere Mandantin hat sich gegen eine Vorstellung Ihres "
                "Profils entschieden. Man sucht jemanden mit abgeschlossener Weiterbildung zum "
                "Bauleiter, und die fehlende Zertifizierung war letztlich ausschlaggebend.\n\n"
                "Ich halte das für eine verpasste Chance auf Kundenseite, kann es aber nicht "
                "ändern. Lassen Sie uns im Herbst wieder sprechen.\n\n"
                "Mit besten Grüssen\nPhilipp Kessler\nManaging Partner\n"
                "Kessler Executive Search GmbH · Talstrasse 58 · 8001 Zürich\n"
                "+41 43 500 17 72\n",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "stalder-rej",
        "kind": "rejection", "scenario": "stalder_keusch_latin1_after_talk", "lang": "de",
        "company": "Stalder Keusch Architekten", "contact": "n.keusch@skarch.example.ch",
        "from": ("Nadine Keusch", "n.keusch@skarch.example.ch"),
        "subject": "Ihre Bewerbung bei Stalder Keusch: Rückmeldung",
        "subject_cs": "iso-8859-1", "subject_enc": "q",
        "date": "2026-03-20 12:15",
        "parent": "stalder-inv",
        "text": "Lieber Herr Achterberg-Sané\n\n"
                "Nach reiflicher Überlegung im Team müssen wir Ihnen leider eine Absage "
                "erteilen. Ihre Begeisterung für den Holzbau war im Gespräch deutlich spürbar, "
                "uns fehlt für diese Rolle aber die Erfahrung mit der Ausschreibung nach SIA 118, "
                "die wir ab dem ersten Tag benötigen.\n\n"
                "Wir danken Ihnen für den Besuch in unserem Atelier und wünschen Ihnen für die "
                "weitere Suche alles Gute.\n\n"
                "Nadine Keusch\nArchitektin ETH SIA, Partnerin\n"
                "Stalder Keusch Architekten\nZweierstrasse 100, 8003 Zürich\n",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "neckarbau-rej",
        "kind": "rejection", "scenario": "neckarbau_smartrecruiters_on_hold", "lang": "de",
        "company": "Neckarbau Projektsteuerung", "contact": "",
        "from": ("Neckarbau Projektsteuerung", "noreply@smartrecruiters.com"),
        "subject": "Statusänderung: Projektassistenz Bauherrenvertretung (m/w/d)",
        "date": "2026-06-10 07:30", "tz": "+0000",
        "parent": "neckarbau-ack",
        "html": ats_card(
            "Neckarbau Projektsteuerung", "#0a6e8a",
            "Hallo Florian,\n\n"
            "wir möchten dir eine Rückmeldung zur Stelle Projektassistenz "
            "Bauherrenvertretung (m/w/d) in Stuttgart geben.\n\n"
            "Aufgrund einer Umstrukturierung im Geschäftsbereich Hochbau ist die Position "
            "bis auf Weiteres auf Eis gelegt. Wir werden das Auswahlverfahren nicht "
            "fortführen und schließen deine Bewerbung daher ab.\n\n"
            "Danke für dein Vertrauen in Neckarbau.\n\nDein Recruiting-Team",
            "Powered by SmartRecruiters. Diese Nachricht wurde an florian.as@example.ch gesendet.",
            lang="de"),
        "cte": "quoted-printable",
    },
    {
        "key": "fischer-rej",
        "kind": "rejection", "scenario": "fischer_softgarden_formal", "lang": "de",
        "company": "Fischer Fassadentechnik", "contact": "",
        "from": ("Fischer Fassadentechnik", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung als Projektkoordinator Fassade (m/w/d)",
        "date": "2026-04-15 13:02", "tz": "+0200",
        "parent": "fischer-mov",
        "text": "Sehr geehrter Herr Achterberg-Sané,\n\n"
                "haben Sie vielen Dank für das Gespräch und das Interesse an unserem "
                "Unternehmen.\n\n"
                "Wir haben alle Eindrücke sorgfältig abgewogen und bedauern, Ihnen keine "
                "positive Nachricht geben zu können. Wir haben uns für eine andere Besetzung "
                "entschieden.\n\n"
                "Wir wünschen Ihnen für Ihren weiteren Berufsweg viel Erfolg.\n\n"
                "Mit freundlichen Grüßen\n\n"
                "Personalabteilung\nFischer Fassadentechnik GmbH\nHeilbronner Straße 321, "
                "70469 Stuttgart\n\n"
                "Diese E-Mail wurde über softgarden versendet.\n",
        "cte": "base64",
    },
    {
        "key": "kernstock-rej",
        "kind": "rejection", "scenario": "kernstock_casual_colleague", "lang": "de",
        "company": "Holzbau Kernstock", "contact": "gerhard@kernstock-holzbau.example.at",
        "from": ("Gerhard Kernstock", "gerhard@kernstock-holzbau.example.at"),
        "subject": "Re: Freitag",
        "date": "2026-07-14 20:48",
        "parent": "kernstock-mov",
        "text": reply(
            "Servus Florian,\n\n"
            "ich sag's dir lieber gleich direkt: wir haben den Job jetzt dem Thomas gegeben, "
            "der hilft uns eh schon seit dem Frühjahr auf der Baustelle in Floridsdorf aus "
            "und kennt die Leute. War eine knappe Sache, ehrlich.\n\n"
            "Wennst wieder mal in Wien bist, geh ma auf ein Bier.\n\nGerhard",
            "de", "02.07.2026 um 08:11", "Gerhard Kernstock",
            "Donnerstag geht bei mir doch nicht, der Kran kommt. Freitag um 9 bei uns in "
            "der Werkstatt? Dann zeig ich dir gleich die Halle."),
    },
    {
        "key": "tektonik-rej",
        "kind": "rejection", "scenario": "tektonik_recruitee_base64", "lang": "de",
        "company": "Tektonik Modulbau", "contact": "sabine.roth@tektonik-modulbau.example.ch",
        "from": ("Sabine Roth (Tektonik Modulbau)", "noreply@jobs.recruitee.com"),
        "reply_to": ("Sabine Roth", "sabine.roth@tektonik-modulbau.example.ch"),
        "subject": "Tektonik Modulbau: Ihre Bewerbung als Koordinator Werkplanung",
        "subject_cs": "utf-8", "subject_enc": "b",
        "date": "2026-02-12 10:10",
        "parent": "tektonik-inv",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Danke, dass Sie sich Zeit für das Teams-Gespräch mit Herrn Gasser und mir "
                "genommen haben.\n\n"
                "Wir haben die Stelle inzwischen einer Person angeboten, die bereits in der "
                "Modulbau-Fertigung gearbeitet hat, und diese hat zugesagt. Für Sie bedeutet "
                "das leider, dass wir Ihre Bewerbung nicht weiterverfolgen.\n\n"
                "Freundliche Grüsse\nSabine Roth\nHR Business Partner\n"
                "Tektonik Modulbau AG, Hafenstrasse 25, 4057 Basel\n",
        "cte": "base64",
    },
    {
        "key": "hausmann-rej",
        "kind": "rejection", "scenario": "hausmann_outlook_chain_after_cancel", "lang": "de",
        "company": "Hausmann Projektbau", "contact": "reto.naef@hausmann-projektbau.example.ch",
        "from": ("Näf Reto", "reto.naef@hausmann-projektbau.example.ch", "iso-8859-1", "q"),
        "subject": "AW: Einladung Vorstellungsgespräch Projektkoordination",
        "date": "2026-06-22 09:44",
        "parent": "hausmann-mov",
        "text": outlook(
            "Guten Morgen Herr Achterberg-Sané\n\n"
            "Leider muss ich Ihnen mitteilen, dass wir den abgesagten Termin nicht mehr "
            "nachholen werden. Die Geschäftsleitung hat entschieden, die Projektkoordination "
            "künftig durch eine bestehende Mitarbeiterin aus der Kalkulation abzudecken. "
            "Damit entfällt die Stelle für externe Bewerbungen.\n\n"
            "Es tut mir leid, dass wir Sie so lange haben warten lassen.\n\n"
            "Freundliche Grüsse\nReto Näf\nLeiter Personal\nHausmann Projektbau AG\n"
            "Binzstrasse 18 | 8045 Zürich | T +41 44 455 12 80",
            "de", "Näf Reto", "Mittwoch, 20. Mai 2026 14:05",
            "florian.as@example.ch",
            "Einladung Vorstellungsgespräch Projektkoordination",
            "Guten Tag Herr Achterberg-Sané\n\n"
            "Gerne laden wir Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, "
            "28. Mai 2026, um 14:00 Uhr an der Binzstrasse 18 ein. Bitte bestätigen Sie uns den "
            "Termin kurz.\n\nFreundliche Grüsse\nReto Näf"),
        "html": word_html(
            "Guten Morgen Herr Achterberg-Sané\n\n"
            "Leider muss ich Ihnen mitteilen, dass wir den abgesagten Termin nicht mehr "
            "nachholen werden. Die Geschäftsleitung hat entschieden, die Projektkoordination "
            "künftig durch eine bestehende Mitarbeiterin aus der Kalkulation abzudecken. "
            "Damit entfällt die Stelle für externe Bewerbungen.\n\n"
            "Es tut mir leid, dass wir Sie so lange haben warten lassen.\n\n"
            "Freundliche Grüsse\nReto Näf\nLeiter Personal\nHausmann Projektbau AG\n"
            "Binzstrasse 18 | 8045 Zürich | T +41 44 455 12 80\n\n"
            "Von: Näf Reto\nGesendet: Mittwoch, 20. Mai 2026 14:05\nAn: florian.as@example.ch\n"
            "Betreff: Einladung Vorstellungsgespräch Projektkoordination\n\n"
            "Guten Tag Herr Achterberg-Sané\n\n"
            "Gerne laden wir Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, "
            "28. Mai 2026, um 14:00 Uhr an der Binzstrasse 18 ein. Bitte bestätigen Sie uns den "
            "Termin kurz.\n\nFreundliche Grüsse\nReto Näf", "de"),
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ French
    {
        "key": "leman-rej",
        "kind": "rejection", "scenario": "leman_greenhouse_after_interview_quotes_thanks",
        "lang": "fr",
        "company": "Léman Construction", "contact": "lea.pittet@leman-construction.example.ch",
        "from": ("Léa Pittet via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Léa Pittet", "lea.pittet@leman-construction.example.ch"),
        "subject": "Re: Merci pour l'entretien de vendredi",
        "date": "2026-04-02 17:25",
        "parent": "leman-thanks",
        "text": reply(
            "Bonjour Florian,\n\n"
            "Merci pour votre message, qui a fait plaisir à toute l'équipe. Après avoir "
            "rencontré l'ensemble des personnes en lice, nous avons choisi de confier le poste "
            "à un conducteur de travaux qui connaît déjà nos chantiers de la Riviera.\n\n"
            "Je sais que ce n'est pas la réponse espérée. Votre parcours de charpentier reste "
            "un vrai atout, et je me permettrai de vous recontacter si un poste d'assistant "
            "de projet se libère.\n\n"
            "Belle suite à vous,\nLéa Pittet\nResponsable recrutement\n"
            "Léman Construction SA · Avenue de Sévelin 20 · 1004 Lausanne\n"
            "+41 21 620 33 71",
            "fr", "ven. 20 mars 2026 à 18:40", "Florian Achterberg-Sané <florian.as@example.ch>",
            reply(
                "Bonjour Madame Pittet,\n\nUn grand merci pour l'entretien de ce matin et pour "
                "la visite du chantier de Renens. J'ai beaucoup apprécié nos échanges sur la "
                "planification des corps de métier et je reste très motivé par ce poste.\n\n"
                + SIG_FR,
                "fr", "lun. 16 mars 2026 à 13:50", "Léa Pittet via Greenhouse",
                "Bonjour Florian,\n\nLaurent Bovet doit être sur le chantier de Renens mercredi "
                "après-midi pour une réception d'ouvrage. Nous déplaçons donc notre entretien au "
                "vendredi 20 mars à 10h00.\n\nLéa")),
        "cte": "quoted-printable",
    },
    {
        "key": "jorat-rej",
        "kind": "rejection", "scenario": "jorat_terse_human", "lang": "fr",
        "company": "Charpentes du Jorat", "contact": "atelier@charpentes-jorat.example.ch",
        "from": ("Charpentes du Jorat - Bernard Cuénoud", "atelier@charpentes-jorat.example.ch"),
        "subject": "Candidature",
        "date": "2026-03-25 07:02",
        "text": "Bonjour,\n\nOn ne donnera pas suite. Bonne continuation.\n\nB. Cuénoud\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "romandie-rej",
        "kind": "rejection", "scenario": "romandie_interim_relays_dufaux_no", "lang": "fr",
        "company": "Dufaux Ingénieurs", "contact": "sophie.marchand@romandie-interim.example.ch",
        "from": ("Sophie Marchand", "sophie.marchand@romandie-interim.example.ch"),
        "subject": "Retour de Dufaux Ingénieurs",
        "date": "2026-02-04 11:38",
        "parent": "romandie-inv",
        "text": "Bonjour Florian,\n\n"
                "J'ai eu M. Dufaux au téléphone ce matin. Il a apprécié votre franchise pendant "
                "l'entretien mais il ne souhaite pas aller plus loin : son bureau cherche "
                "finalement quelqu'un qui maîtrise déjà Revit au quotidien, et il préfère ne pas "
                "former sur ce point.\n\n"
                "De mon côté rien ne change, je continue à vous proposer aux entreprises de la "
                "région lausannoise. Je vous appelle la semaine prochaine pour faire le point.\n\n"
                "Sophie Marchand\nConseillère en personnel – Bâtiment\n"
                "Romandie Intérim Sàrl, Rue du Petit-Chêne 18, 1003 Lausanne\n"
                "Tél. 021 312 45 60\n",
    },
    {
        "key": "fribourg-rej",
        "kind": "rejection", "scenario": "etat_fribourg_letter_pdf", "lang": "fr",
        "company": "Etat de Fribourg", "contact": "",
        "from": ("Service des bâtiments - Ressources humaines", "rh-noreply@sbat.fr.example.ch"),
        "subject": "Poste de coordinateur/trice de projets (réf. SBat-26-014)",
        "date": "2026-03-09 08:15",
        "parent": "fribourg-mov",
        "text": "Monsieur,\n\n"
                "Vous trouverez en annexe la lettre relative à votre candidature au poste de "
                "coordinateur/trice de projets (réf. SBat-26-014).\n\n"
                "Message généré automatiquement, merci de ne pas y répondre.\n\n"
                "Etat de Fribourg – Service des bâtiments\nRue des Chanoines 17, 1701 Fribourg\n",
        "pdf": ("Lettre_SBat-26-014.pdf", [
            "Etat de Fribourg - Service des bâtiments",
            "Fribourg, le 9 mars 2026",
            "Monsieur Florian Achterberg-Sané, Lorrainestrasse 41, 3013 Bern",
            "Concerne : poste de coordinateur/trice de projets, réf. SBat-26-014",
            "Monsieur,",
            "Nous vous remercions de l'intérêt porté à notre service.",
            "Au terme de la procédure, le choix de la commission s'est porté sur",
            "une autre personne. Nous regrettons de ne pouvoir retenir votre dossier.",
            "Veuillez agréer, Monsieur, nos salutations distinguées.",
            "La cheffe de service",
        ]),
    },
    {
        "key": "roduit-rej",
        "kind": "rejection", "scenario": "roduit_vernay_post_not_filled", "lang": "fr",
        "company": "Roduit Vernay Architectes", "contact": "anne.roduit@roduit-vernay.example.ch",
        "from": ("Anne Roduit", "anne.roduit@roduit-vernay.example.ch"),
        "subject": "Suite de notre échange",
        "date": "2026-10-05 16:20",
        "parent": "roduit-mov",
        "text": "Cher Monsieur Achterberg-Sané,\n\n"
                "Je reviens vers vous comme promis, une fois remise de ma grippe. Entre-temps, "
                "le maître d'ouvrage du projet d'Ouchy a gelé le chantier pour une durée "
                "indéterminée. Le poste d'assistant de direction des travaux qui y était lié ne "
                "sera donc pas pourvu, et nous clôturons le recrutement.\n\n"
                "Je suis désolée de ne pas avoir pu vous rencontrer dans d'autres "
                "circonstances.\n\n"
                "Anne Roduit\nArchitecte EPFL FAS, associée\nRoduit Vernay Architectes\n"
                "Chemin de Renou 4, 1005 Lausanne – 021 647 20 13\n",
        "html": "<div dir=\"ltr\">" + paras(
            "Cher Monsieur Achterberg-Sané,\n\n"
            "Je reviens vers vous comme promis, une fois remise de ma grippe. Entre-temps, "
            "le maître d'ouvrage du projet d'Ouchy a gelé le chantier pour une durée "
            "indéterminée. Le poste d'assistant de direction des travaux qui y était lié ne "
            "sera donc pas pourvu, et nous clôturons le recrutement.\n\n"
            "Je suis désolée de ne pas avoir pu vous rencontrer dans d'autres "
            "circonstances.\n\n"
            "Anne Roduit\nArchitecte EPFL FAS, associée\nRoduit Vernay Architectes\n"
            "Chemin de Renou 4, 1005 Lausanne – 021 647 20 13") + "</div>\n",
        "cte": "base64",
    },
    {
        "key": "broye-rej",
        "kind": "rejection", "scenario": "broye_lac_latin1_profiles", "lang": "fr",
        "company": "Construction Broye-Lac", "contact": "m.chassot@broye-lac.example.ch",
        "from": ("Michèle Chassot", "m.chassot@broye-lac.example.ch", "iso-8859-1", "b"),
        "subject": "Votre dossier, poste de préparateur de travaux",
        "subject_cs": "iso-8859-1", "subject_enc": "q",
        "date": "2026-04-28 14:55",
        "text": "Monsieur,\n\n"
                "Nous accusons réception de votre dossier et vous en remercions.\n\n"
                "Nous avons reçu de nombreuses candidatures pour ce poste et avons retenu des "
                "profils correspondant davantage à nos besoins actuels, notamment en matière "
                "de métrés et de soumissions. Nous ne sommes donc pas en mesure de donner une "
                "suite favorable à votre demande.\n\n"
                "Nous vous prions d'agréer, Monsieur, nos meilleures salutations.\n\n"
                "Michèle Chassot\nAssistante de direction\n"
                "Construction Broye-Lac SA, Route de Morat 44, 1530 Payerne\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "boreal-rej",
        "kind": "rejection", "scenario": "boreal_after_trial_day", "lang": "fr",
        "company": "Atelier Boréal Bois", "contact": "yann@boreal-bois.example.ch",
        "from": ("Yann Favre", "yann@boreal-bois.example.ch"),
        "subject": "Après ta journée chez nous",
        "date": "2026-10-02 18:05",
        "parent": "boreal-inv",
        "text": "Salut Florian,\n\n"
                "Merci encore pour la journée de mardi, l'équipe a bien aimé bosser avec toi "
                "sur le montage des caissons. On en a discuté hier soir et on part sur Léo, "
                "qui peut commencer tout de suite alors que toi tu as encore ton préavis "
                "jusqu'à fin décembre. C'est vraiment une question de timing.\n\n"
                "Si jamais ça bouge de ton côté au printemps, fais-moi signe.\n\n"
                "Yann\nAtelier Boréal Bois · Route de Berne 112 · 1010 Lausanne\n",
    },
    {
        "key": "vaudois-rej",
        "kind": "rejection", "scenario": "groupe_vaudois_workday_internal", "lang": "fr",
        "company": "Groupe Vaudois de Construction", "contact": "",
        "from": ("Groupe Vaudois de Construction", "gvc@myworkday.com"),
        "subject": "Votre candidature : Coordinateur·trice BIM chantier (R-3318)",
        "date": "2026-07-20 06:45", "tz": "+0000",
        "html": ats_card(
            "Groupe Vaudois de Construction", "#a4161a",
            "Bonjour Florian,\n\n"
            "Nous vous remercions d'avoir postulé au poste de Coordinateur·trice BIM chantier "
            "(R-3318).\n\n"
            "Nous tenons à vous informer que nous avons retenu une candidature issue de nos "
            "équipes internes. Votre candidature n'est donc plus active pour ce poste.\n\n"
            "Nous vous encourageons à consulter régulièrement nos offres.\n\n"
            "L'équipe Talent Acquisition",
            "Ceci est un message automatique envoyé par Workday. Merci de ne pas y répondre.",
            button=("Voir nos offres", "https://gvc.wd103.myworkday.com/gvc_careers"),
            lang="fr"),
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ English
    {
        "key": "navigli-rej",
        "kind": "rejection", "scenario": "navigli_lever_after_second_slot", "lang": "en",
        "company": "Navigli Build Partners", "contact": "giulia.ferrante@navigli-build.example.it",
        "from": ("Giulia Ferrante", "no-reply@hire.lever.co"),
        "reply_to": ("Giulia Ferrante", "giulia.ferrante@navigli-build.example.it"),
        "subject": "Navigli Build Partners – Site Coordinator (Milan)",
        "date": "2026-05-06 15:10",
        "parent": "navigli-mov",
        "text": "Hi Florian,\n\n"
                "Thanks for making time for the rescheduled call, and for being upfront about "
                "the mix-up with the first slot. I've talked it through with Davide and the "
                "site team, and we've decided to go with another applicant for the Site "
                "Coordinator role, mainly because of their Italian and their experience with "
                "Milanese permitting.\n\n"
                "I appreciate the effort you put in, and I'll keep your details in case we open "
                "an English-speaking role on the Porta Romana project.\n\n"
                "All the best,\nGiulia\n\n"
                "Giulia Ferrante | Talent Partner | Navigli Build Partners\n"
                "Via Tortona 31, 20144 Milano\n\nSent via Lever\n",
    },
    {
        "key": "ferrovia-rej",
        "kind": "rejection", "scenario": "ferrovia_icims_closer_match", "lang": "en",
        "company": "Ferrovia Structures", "contact": "",
        "from": ("Ferrovia Structures Careers", "careers-noreply@icims.com"),
        "subject": "Your application for Project Coordinator – Timber Structures, Milan",
        "date": "2026-06-29 09:00", "tz": "-0400",
        "parent": "ferrovia-miss",
        "html": ats_card(
            "Ferrovia Structures", "#33475b",
            "Dear Florian,\n\n"
            "Thank you for your interest in the Project Coordinator – Timber Structures "
            "position in Milan.\n\n"
            "After careful consideration, we have decided to move forward with candidates "
            "whose experience more closely matches the requirements of this role.\n\n"
            "We encourage you to apply for future openings that match your skills.\n\n"
            "Sincerely,\nFerrovia Structures Talent Acquisition",
            "This email was sent from an unmonitored mailbox. Ferrovia Structures S.p.A., "
            "Via Gattamelata 34, 20149 Milano.",
            lang="en"),
    },
    {
        "key": "timberline-rej",
        "kind": "rejection", "scenario": "timberline_bamboohr_on_hold", "lang": "en",
        "company": "Timberline Studio", "contact": "marco.bellandi@timberline-studio.example.it",
        "from": ("Marco Bellandi", "notifications@bamboohr.com"),
        "reply_to": ("Marco Bellandi", "marco.bellandi@timberline-studio.example.it"),
        "subject": "Update on the Construction Coordinator role",
        "date": "2026-09-15 12:32",
        "parent": "timberline-inv",
        "text": "Hello Florian,\n\n"
                "I wanted to let you know personally before you hear it through the grapevine: "
                "our client pulled out of the Bicocca housing block last week, and without it "
                "we can't justify a second coordinator. The role has been put on hold and we "
                "will not proceed with hiring for it this year.\n\n"
                "It was a pleasure chatting with you, and I'm sorry the timing didn't work.\n\n"
                "Marco Bellandi\nStudio Director, Timberline Studio\n"
                "Via Ventura 6, 20134 Milano · +39 02 8734 1190\n",
        "html": "<html><body style=\"font-family:Georgia,serif\">" + paras(
            "Hello Florian,\n\n"
            "I wanted to let you know personally before you hear it through the grapevine: "
            "our client pulled out of the Bicocca housing block last week, and without it "
            "we can't justify a second coordinator. The role has been put on hold and we "
            "will not proceed with hiring for it this year.\n\n"
            "It was a pleasure chatting with you, and I'm sorry the timing didn't work.\n\n"
            "Marco Bellandi\nStudio Director, Timberline Studio\n"
            "Via Ventura 6, 20134 Milano · +39 02 8734 1190") + "</body></html>\n",
        "cte": "quoted-printable",
    },
    {
        "key": "brera-rej",
        "kind": "rejection", "scenario": "brera_ashby_after_panel_quotes_thanks", "lang": "en",
        "company": "Brera Costruzioni", "contact": "chiara.sala@brera-costruzioni.example.it",
        "from": ("Chiara Sala", "chiara.sala@brera-costruzioni.example.it"),
        "subject": "Re: Thank you – panel interview",
        "date": "2026-09-01 10:48",
        "parent": "brera-mov",
        "text": reply(
            "Dear Florian,\n\n"
            "Thank you for your kind note after the panel. I'm afraid I don't have the news "
            "you were hoping for: the panel preferred a candidate who has already coordinated "
            "two mid-rise timber projects in Lombardy, and we have extended the offer to them.\n\n"
            "I genuinely enjoyed your answers on site logistics, and I hope our paths cross "
            "again.\n\n"
            "Kind regards,\nChiara Sala\nHead of People, Brera Costruzioni\n"
            "Corso Garibaldi 86, 20121 Milano",
            "en", "Tue, 25 Aug 2026 at 19:03", "Florian Achterberg-Sané",
            "Dear Ms Sala,\n\nThank you for inviting me to the panel interview today. I very "
            "much enjoyed meeting the team and hearing about the Isola project, and I'm "
            "excited about the next steps.\n\n" + SIG_EN),
    },
    # ------------------------------------------------------------------ Spanish
    {
        "key": "nervion-rej",
        "kind": "rejection", "scenario": "nervion_process_suspended", "lang": "es",
        "company": "Construcciones Nervión", "contact": "i.etxeberria@nervion-construcciones.example.es",
        "from": ("Iñaki Etxeberria", "i.etxeberria@nervion-construcciones.example.es"),
        "subject": "Proceso de selección – coordinador de obra",
        "date": "2026-06-02 13:27",
        "parent": "nervion-mov",
        "text": "Hola Florian:\n\n"
                "Como te adelanté cuando anulamos la entrevista, la dirección estaba revisando "
                "el plan de obras del segundo semestre. Finalmente se ha decidido congelar la "
                "plaza de coordinador de obra, así que no vamos a continuar con el proceso.\n\n"
                "Siento que haya terminado así. Gracias por tu interés y por la paciencia.\n\n"
                "Un abrazo,\n"
                "Iñaki Etxeberria\nJefe de Producción\nConstrucciones Nervión S.L.\n"
                "Calle Ribera de Deusto 70, 48014 Bilbao · 944 21 08 57\n\n"
                "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen "
                "exclusivamente a su destinatario.\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "deusto-rej",
        "kind": "rejection", "scenario": "deusto_workable_formal", "lang": "es",
        "company": "Deusto Arquitectos", "contact": "",
        "from": ("Deusto Arquitectos", "noreply@workablemail.com"),
        "subject": "Tu candidatura a Técnico/a de coordinación de obra",
        "date": "2026-07-30 08:55",
        "parent": "deusto-miss",
        "html": ats_card(
            "Deusto Arquitectos", "#2b2d42",
            "Hola Florian,\n\n"
            "Gracias por participar en nuestro proceso de selección para el puesto de "
            "Técnico/a de coordinación de obra.\n\n"
            "Hemos valorado todas las candidaturas y lamentamos comunicarte que en esta "
            "ocasión tu perfil no ha sido seleccionado para continuar.\n\n"
            "Te deseamos mucha suerte en tu búsqueda.\n\nEl equipo de Deusto Arquitectos",
            "Enviado con Workable. No respondas a este correo.", lang="es"),
        "cte": "base64",
    },
    {
        "key": "talento-rej",
        "kind": "rejection", "scenario": "talento_norte_relays_abando_no", "lang": "es",
        "company": "Estructuras Abando", "contact": "leire.uribe@talentonorte.example.es",
        "from": ("Leire Uribe", "leire.uribe@talentonorte.example.es"),
        "subject": "Feedback de Estructuras Abando",
        "date": "2026-09-24 17:16",
        "text": "Hola Florian,\n\n"
                "Te escribo con el feedback de Estructuras Abando. Les gustó tu experiencia en "
                "carpintería, pero para este puesto buscan a alguien que haya llevado obras con "
                "estructura de hormigón, y han decidido seguir con otro candidato.\n\n"
                "No te desanimes: tengo otra posición abierta en Getxo que te puede encajar. "
                "¿Hablamos el lunes?\n\n"
                "Leire Uribe\nConsultora de selección · Talento Norte\n"
                "Alameda de Mazarredo 15, 48001 Bilbao · 688 40 21 93\n",
    },
    {
        "key": "arriaga-rej",
        "kind": "rejection", "scenario": "arriaga_casual_win1252", "lang": "es",
        "company": "Carpintería Arriaga", "contact": "jon@carpinteria-arriaga.example.es",
        "from": ("Jon Arriaga", "jon@carpinteria-arriaga.example.es"),
        "subject": "RE: lo del puesto",
        "date": "2026-08-11 21:04",
        "text": "Kaixo Florian,\n\n"
                "Al final nos quedamos con un chaval de Barakaldo que ya conocíamos de otra "
                "obra, así que lo tuyo no sale esta vez. Gracias por venir a vernos al taller, "
                "de verdad.\n\n"
                "Suerte con todo – y si vuelves por Bilbao, avisa.\n\nJon\n",
        "cs": "windows-1252", "cte": "8bit",
    },
]
