"""Corpus 166: invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from msgs166_common import SIG_DE, ats_card, outlook, paras, reply, word_html

GH = "-//Greenhouse Software//Interview Scheduler//EN"

INVITATIONS = [
    # ------------------------------------------------------------------ German (13)
    {
        "key": "aarebau-inv",
        "kind": "interview_invitation", "scenario": "aarebau_personio_slot_link", "lang": "de",
        "company": "Aarebau", "contact": "corinne.stucki@aarebau.example.ch",
        "from": ("Aarebau Recruiting", "noreply@personio.de"),
        "reply_to": ("Corinne Stucki", "corinne.stucki@aarebau.example.ch"),
        "subject": "Einladung zum Gespräch – Projektkoordinator/in Hochbau",
        "date": "2026-02-19 10:02",
        "parent": "aarebau-ack",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Ihre Bewerbung hat uns überzeugt, und wir möchten Sie gerne persönlich "
                "kennenlernen. Das Gespräch findet mit Matthias Reusser (Leiter Ausführung) und "
                "mir an unserem Sitz an der Weyermannsstrasse 36 in Bern statt und dauert etwa "
                "eine Stunde.\n\n"
                "Bitte wählen Sie über den folgenden Link einen der vorgeschlagenen Termine:\n"
                "https://aarebau.jobs.personio.de/interview/slots/8f2c71d0\n\n"
                "Vorgeschlagen ist Donnerstag, 26. Februar, 10:00 Uhr; weitere Zeitfenster "
                "finden Sie unter dem Link.\n\n"
                "Freundliche Grüsse\nCorinne Stucki\nHR-Verantwortliche\nAarebau AG\n",
        "html": ats_card(
            "Aarebau – Karriere", "#c0392b",
            "Guten Tag Herr Achterberg-Sané\n\n"
            "Ihre Bewerbung hat uns überzeugt, und wir möchten Sie gerne persönlich "
            "kennenlernen. Das Gespräch findet mit Matthias Reusser (Leiter Ausführung) und "
            "mir an unserem Sitz an der Weyermannsstrasse 36 in Bern statt und dauert etwa "
            "eine Stunde.\n\n"
            "Vorgeschlagen ist Donnerstag, 26. Februar, 10:00 Uhr; weitere Zeitfenster "
            "finden Sie unter dem Link.\n\n"
            "Freundliche Grüsse\nCorinne Stucki\nHR-Verantwortliche\nAarebau AG",
            "Versendet über Personio im Auftrag der Aarebau AG.",
            button=("Termin wählen", "https://aarebau.jobs.personio.de/interview/slots/8f2c71d0"),
            lang="de"),
        "cte": "quoted-printable",
    },
    {
        "key": "donauplan-inv",
        "kind": "interview_invitation", "scenario": "donauplan_panel_ics_request", "lang": "de",
        "company": "Donauplan Baumanagement", "contact": "e.prohaska@donauplan.example.at",
        "from": ("Mag. Elisabeth Prohaska", "e.prohaska@donauplan.example.at"),
        "subject": "Einladung: Gespräch Projektkoordination Wohnbau – Di 17.03.2026 10:00",
        "date": "2026-03-05 09:12",
        "parent": "donauplan-ack",
        "text": "Sehr geehrter Herr Achterberg-Sané,\n\n"
                "wir freuen uns, Sie zu einem Gespräch mit unserem Gremium einzuladen. Neben mir "
                "werden DI Stefan Wallner (Projektleitung Wohnbau) und Frau Ing. Petra Haas "
                "(Kalkulation) teilnehmen.\n\n"
                "Termin: Dienstag, 17. März 2026, 10:00–11:30 Uhr\n"
                "Ort: Microsoft Teams (der Link ist in der Kalendereinladung enthalten)\n\n"
                "Bitte bereiten Sie eine kurze Präsentation (10 Minuten) zu einem Projekt vor, "
                "an dem Sie als Zimmermann mitgewirkt haben.\n\n"
                "Mit freundlichen Grüßen\nElisabeth Prohaska\nLeitung Personal\n"
                "Donauplan Baumanagement GmbH | Lassallestraße 7b, 1020 Wien\n",
        "ics": {"method": "REQUEST", "uid": "dp-2026-0317-gremium@donauplan.example.at",
                "seq": 0, "summary": "Gespräch Projektkoordination Wohnbau",
                "start": "2026-03-17 10:00", "mins": 90,
                "location": "Microsoft Teams-Besprechung",
                "organizer": ("Elisabeth Prohaska", "e.prohaska@donauplan.example.at"),
                "description": "Teams: https://teams.example.com/l/meetup-join/dp0317",
                "cte": "quoted-printable"},
    },
    {
        "key": "tempobau-inv",
        "kind": "interview_invitation", "scenario": "tempobau_sets_up_schwabenholz", "lang": "de",
        "company": "Schwabenholz Systembau", "contact": "marco.zbinden@tempobau.example.ch",
        "from": ("Marco Zbinden", "marco.zbinden@tempobau.example.ch"),
        "subject": "Vorstellungstermin bei Schwabenholz Systembau",
        "date": "2026-01-29 16:33",
        "parent": "tempobau-ack",
        "text": "Hallo Herr Achterberg-Sané\n\n"
                "Gute Nachrichten: Schwabenholz Systembau in Stuttgart möchte Sie für die "
                "Stelle Projektkoordinator Elementbau kennenlernen. Herr Tobias Leibfried "
                "(Leiter Arbeitsvorbereitung) hat Donnerstag, 5. Februar, 9:30 Uhr vorgeschlagen, "
                "per Teams. Ich habe zugesagt, vorbehaltlich Ihrer Bestätigung.\n\n"
                "Vorab zwei Tipps: Schwabenholz legt viel Wert auf Erfahrung mit "
                "Abbundmaschinen, und Herr Leibfried fragt gerne nach konkreten Terminplänen.\n\n"
                "Können Sie mir bis morgen Mittag kurz bestätigen?\n\n"
                "Beste Grüsse\nMarco Zbinden\nPersonalberater Bau & Holz\n"
                "Tempobau Personal AG, Bubenbergplatz 8, 3011 Bern\nTel. +41 31 552 70 18\n",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "kantonbern-inv",
        "kind": "interview_invitation", "scenario": "kanton_bern_assessment_centre", "lang": "de",
        "company": "Amt für Hochbau Kanton Bern", "contact": "regula.fankhauser@ahb-be.example.ch",
        "from": ("Fankhauser Regula, AHB", "regula.fankhauser@ahb-be.example.ch"),
        "subject": "Einladung Assessment – Stelle Projektkoordinator/in Bauprojekte (AHB-2026-31)",
        "date": "2026-08-03 13:40",
        "parent": "kantonbern-status",
        "html": "<html><body style=\"font-family:Arial;font-size:10pt\">" + paras(
            "Sehr geehrter Herr Achterberg-Sané\n\n"
            "Wir danken Ihnen für Ihre Geduld. Gerne laden wir Sie zur zweiten Runde unseres "
            "Auswahlverfahrens ein, einem halbtägigen Assessment.\n\n"
            "Datum: Dienstag, 18. August 2026\nZeit: 08:00 bis ca. 12:30 Uhr\n"
            "Ort: Reiterstrasse 11, 3013 Bern, Sitzungszimmer 2.14\n\n"
            "Programm: Fallstudie zur Terminplanung eines Schulhausumbaus, Rollenspiel "
            "Bauherrensitzung, Gespräch mit der Abteilungsleitung.\n\n"
            "Bitte bestätigen Sie Ihre Teilnahme bis am 10. August per E-Mail.\n\n"
            "Freundliche Grüsse\n\nRegula Fankhauser\nPersonalfachfrau\n"
            "Amt für Hochbau Kanton Bern\nReiterstrasse 11, 3013 Bern\n+41 31 636 84 20")
            + "\n<p style=\"font-size:8pt;color:#777\">Diese Nachricht ist nur für den "
              "Adressaten bestimmt.</p></body></html>\n",
        "cte": "quoted-printable",
    },
    {
        "key": "wysstanner-inv",
        "kind": "interview_invitation", "scenario": "wysstanner_phone_thursday", "lang": "de",
        "company": "Wyss Tanner Ingenieure", "contact": "monika.egli@wysstanner.example.ch",
        "from": ("Monika Egli", "monika.egli@wysstanner.example.ch"),
        "subject": "Telefonat mit Herrn Tanner",
        "date": "2026-04-20 11:15",
        "parent": "wysstanner-ack",
        "text": "Grüezi Herr Achterberg-Sané\n\n"
                "Herr Tanner würde gerne in einem ersten Telefongespräch mehr über Ihre "
                "Motivation erfahren. Würde es Ihnen am Donnerstag, 23. April, um 10:00 Uhr "
                "passen? Er ruft Sie auf Ihrer Natelnummer 079 412 58 03 an.\n\n"
                "Falls der Termin nicht geht, geben Sie mir bitte kurz Bescheid.\n\n"
                "Freundliche Grüsse\nMonika Egli\nSekretariat\nWyss Tanner Ingenieure AG\n"
                "Badenerstrasse 329, 8003 Zürich\n",
    },
    {
        "key": "gerber-inv",
        "kind": "interview_invitation", "scenario": "gerber_trial_day_win1252", "lang": "de",
        "company": "Holzbau Gerber", "contact": "ueli.gerber@holzbau-gerber.example.ch",
        "from": ("Ueli Gerber", "ueli.gerber@holzbau-gerber.example.ch"),
        "subject": "Probetag bei uns",
        "date": "2026-08-20 17:50",
        "text": "Hoi Florian\n\n"
                "Danke für den Anruf. Wie besprochen wärs am besten, du kommst einen Tag zu uns "
                "und läufst mit unserem Projektleiter mit – Baustellensitzung, Ausmass, "
                "Materialbestellung, das volle Programm.\n\n"
                "Donnerstag, 27. August, 07:00 beim Werkhof in Thun-Allmendingen. "
                "Arbeitskleider und Sicherheitsschuhe mitnehmen, Znüni und Zmittag gehen auf uns.\n\n"
                "Gib mir einfach kurz Bescheid, ob's passt.\n\n"
                "Gruess\nUeli Gerber\nHolzbau Gerber AG · Allmendingenstrasse 60 · 3608 Thun\n"
                "033 221 47 10\n",
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "key": "hausmann-inv",
        "kind": "interview_invitation", "scenario": "hausmann_outlook_ics", "lang": "de",
        "company": "Hausmann Projektbau", "contact": "reto.naef@hausmann-projektbau.example.ch",
        "from": ("Näf Reto", "reto.naef@hausmann-projektbau.example.ch", "iso-8859-1", "q"),
        "subject": "Einladung Vorstellungsgespräch Projektkoordination",
        "date": "2026-05-20 14:05",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Gerne laden wir Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, "
                "28. Mai 2026, um 14:00 Uhr an der Binzstrasse 18 ein. Bitte bestätigen Sie uns den "
                "Termin kurz.\n\nFreundliche Grüsse\nReto Näf\nLeiter Personal\n"
                "Hausmann Projektbau AG\nBinzstrasse 18 | 8045 Zürich | T +41 44 455 12 80\n",
        "html": word_html(
            "Guten Tag Herr Achterberg-Sané\n\n"
            "Gerne laden wir Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, "
            "28. Mai 2026, um 14:00 Uhr an der Binzstrasse 18 ein. Bitte bestätigen Sie uns den "
            "Termin kurz.\n\nFreundliche Grüsse\nReto Näf\nLeiter Personal\n"
            "Hausmann Projektbau AG\nBinzstrasse 18 | 8045 Zürich | T +41 44 455 12 80", "de"),
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000066A1@hausmann",
                "seq": 0, "summary": "Vorstellungsgespräch Florian Achterberg-Sané",
                "start": "2026-05-28 14:00", "mins": 60,
                "location": "Binzstrasse 18, 8045 Zürich, Sitzungszimmer Limmat",
                "organizer": ("Näf Reto", "reto.naef@hausmann-projektbau.example.ch"),
                "cte": "base64"},
        "cte": "quoted-printable",
    },
    {
        "key": "kessler-inv",
        "kind": "interview_invitation", "scenario": "kessler_sets_up_ruch_bau", "lang": "de",
        "company": "Ruch Bau", "contact": "p.kessler@kessler-search.example.ch",
        "from": ("Philipp Kessler", "p.kessler@kessler-search.example.ch"),
        "reply_to": ("Philipp Kessler", "p.kessler@kessler-search.example.ch"),
        "cc": [("Assistenz Kessler Search", "office@kessler-search.example.ch")],
        "subject": "Ruch Bau möchte Sie treffen",
        "date": "2026-06-03 08:22",
        "text": "Lieber Herr Achterberg-Sané\n\n"
                "Nach dem Rückschlag im Februar freut es mich umso mehr: Ich darf Ihnen nun den "
                "Namen meiner Mandantin nennen – Ruch Bau in Winterthur. Herr Daniel Ruch "
                "(Inhaber) und sein Bauleiter möchten Sie gerne am Montag, 8. Juni, um 16:00 Uhr "
                "in Winterthur zu einem ersten Gespräch treffen.\n\n"
                "Ich begleite Sie nicht persönlich, stehe aber am Freitag gerne für ein "
                "Vorbereitungsgespräch zur Verfügung.\n\n"
                "Mit besten Grüssen\nPhilipp Kessler\nManaging Partner\n"
                "Kessler Executive Search GmbH · Talstrasse 58 · 8001 Zürich\n",
    },
    {
        "key": "fischer-inv",
        "kind": "interview_invitation", "scenario": "fischer_softgarden_pick_slot", "lang": "de",
        "company": "Fischer Fassadentechnik", "contact": "",
        "from": ("Fischer Fassadentechnik", "noreply@softgarden.io"),
        "subject": "Terminvereinbarung für Ihr Vorstellungsgespräch",
        "date": "2026-03-23 08:00", "tz": "+0100",
        "text": "Sehr geehrter Herr Achterberg-Sané,\n\n"
                "vielen Dank für Ihre Bewerbung als Projektkoordinator Fassade (m/w/d). Wir "
                "möchten Sie gerne zu einem Vorstellungsgespräch in unser Werk in "
                "Stuttgart-Feuerbach einladen.\n\n"
                "Bitte wählen Sie über den folgenden Link einen passenden Termin aus:\n"
                "https://fischer-fassaden.softgarden.io/appointment/9a41c\n\n"
                "Die Termine stehen vom 30. März bis 3. April zur Auswahl.\n\n"
                "Mit freundlichen Grüßen\nIhr Recruiting-Team\nFischer Fassadentechnik GmbH\n\n"
                "Diese E-Mail wurde über softgarden versendet.\n",
    },
    {
        "key": "kernstock-inv",
        "kind": "interview_invitation", "scenario": "kernstock_casual_chat", "lang": "de",
        "company": "Holzbau Kernstock", "contact": "gerhard@kernstock-holzbau.example.at",
        "from": ("Gerhard Kernstock", "gerhard@kernstock-holzbau.example.at"),
        "subject": "Plaudern?",
        "date": "2026-07-01 19:30",
        "text": "Servus Florian,\n\n"
                "der Andi hat mir deine Unterlagen weitergeleitet. Klingt gut! Hast du nächsten "
                "Donnerstag Zeit, auf einen Kaffee bei uns in der Brünner Straße "
                "vorbeizuschauen? Dann reden wir ganz locker über die Stelle in der "
                "Bauleitung.\n\nLG Gerhard\n\n"
                "Holzbau Kernstock GmbH\nBrünner Straße 131, 1210 Wien\n+43 664 381 22 07\n",
    },
    {
        "key": "stalder-inv",
        "kind": "interview_invitation", "scenario": "stalder_keusch_atelier_visit", "lang": "de",
        "company": "Stalder Keusch Architekten", "contact": "n.keusch@skarch.example.ch",
        "from": ("Nadine Keusch", "n.keusch@skarch.example.ch"),
        "subject": "Besuch in unserem Atelier",
        "date": "2026-03-02 12:48",
        "text": "Lieber Herr Achterberg-Sané\n\n"
                "Ihre Bewerbung als Bauleitungsassistenz hat uns neugierig gemacht. Hätten Sie "
                "Lust, uns am Mittwoch, 11. März, um 17:30 Uhr im Atelier an der Zweierstrasse "
                "zu besuchen? Mein Partner Jonas Stalder und ich würden Ihnen gerne das "
                "Projekt in Oerlikon zeigen und uns mit Ihnen unterhalten.\n\n"
                "Freundliche Grüsse\nNadine Keusch\nStalder Keusch Architekten\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "tektonik-inv",
        "kind": "interview_invitation", "scenario": "tektonik_recruitee_teams", "lang": "de",
        "company": "Tektonik Modulbau", "contact": "sabine.roth@tektonik-modulbau.example.ch",
        "from": ("Sabine Roth (Tektonik Modulbau)", "noreply@jobs.recruitee.com"),
        "reply_to": ("Sabine Roth", "sabine.roth@tektonik-modulbau.example.ch"),
        "subject": "Interview: Koordinator Werkplanung – Mo, 2. Feb., 15:00",
        "date": "2026-01-26 09:05",
        "html": ats_card(
            "Tektonik Modulbau", "#ff6b00",
            "Guten Tag Herr Achterberg-Sané\n\n"
            "Wir möchten Sie gerne zu einem Video-Interview über Microsoft Teams einladen.\n\n"
            "Wann: Montag, 2. Februar 2026, 15:00–15:45\n"
            "Mit: Sabine Roth (HR) und Lukas Gasser (Leiter Werkplanung)\n\n"
            "Den Link zum Meeting finden Sie unten. Bitte testen Sie vorher Kamera und "
            "Mikrofon.\n\nBis bald\nSabine Roth",
            "Gesendet über Recruitee im Namen von Tektonik Modulbau AG.",
            button=("An Teams-Meeting teilnehmen", "https://teams.example.com/l/meetup-join/tk0202"),
            lang="de"),
        "cte": "base64",
    },
    {
        "key": "aaretal-inv",
        "kind": "interview_invitation", "scenario": "aaretal_panel_outlook_ics", "lang": "de",
        "company": "Gemeindebauamt Aaretal", "contact": "beat.marti@aaretal-gemeinde.example.ch",
        "from": ("Marti Beat", "beat.marti@aaretal-gemeinde.example.ch"),
        "subject": "Vorstellungsgespräch Stelle Bauverwaltung – Einladung",
        "date": "2026-04-20 15:31",
        "text": "Sehr geehrter Herr Achterberg-Sané\n\n"
                "Besten Dank für Ihre Bewerbung als Projektkoordinator Bauverwaltung (80 %).\n\n"
                "Gerne laden wir Sie zu einem Vorstellungsgespräch ein:\n"
                "Mittwoch, 29. April 2026, 14:00 Uhr\n"
                "Gemeindehaus Aaretal, Dorfstrasse 2, Sitzungszimmer Gemeinderat\n\n"
                "Anwesend sind Gemeinderätin Barbara Hofer (Ressort Bau), die "
                "Personalverantwortliche Frau Jutzi und ich. Die Einladung sende ich Ihnen auch "
                "als Kalendereintrag.\n\n"
                "Freundliche Grüsse\n\nBeat Marti\nBauverwalter\nGemeinde Aaretal\n"
                "Dorfstrasse 2, 3110 Aaretal\nTel. 031 722 18 40\n",
        "html": word_html(
            "Sehr geehrter Herr Achterberg-Sané\n\n"
            "Besten Dank für Ihre Bewerbung als Projektkoordinator Bauverwaltung (80 %).\n\n"
            "Gerne laden wir Sie zu einem Vorstellungsgespräch ein:\n"
            "Mittwoch, 29. April 2026, 14:00 Uhr\n"
            "Gemeindehaus Aaretal, Dorfstrasse 2, Sitzungszimmer Gemeinderat\n\n"
            "Anwesend sind Gemeinderätin Barbara Hofer (Ressort Bau), die "
            "Personalverantwortliche Frau Jutzi und ich. Die Einladung sende ich Ihnen auch "
            "als Kalendereintrag.\n\nFreundliche Grüsse\n\nBeat Marti\nBauverwalter\n"
            "Gemeinde Aaretal\nDorfstrasse 2, 3110 Aaretal\nTel. 031 722 18 40", "de"),
        "ics": {"method": "REQUEST", "uid": "aaretal-bv-20260429@aaretal-gemeinde.example.ch",
                "seq": 0, "summary": "Vorstellungsgespräch Projektkoordinator Bauverwaltung",
                "start": "2026-04-29 14:00", "mins": 75,
                "location": "Gemeindehaus Aaretal, Sitzungszimmer Gemeinderat",
                "organizer": ("Marti Beat", "beat.marti@aaretal-gemeinde.example.ch")},
        "cs": "windows-1252", "cte": "quoted-printable", "html_cs": "utf-8",
    },
    # ------------------------------------------------------------------ French (6)
    {
        "key": "leman-inv",
        "kind": "interview_invitation", "scenario": "leman_greenhouse_ics_request", "lang": "fr",
        "company": "Léman Construction", "contact": "lea.pittet@leman-construction.example.ch",
        "from": ("Léa Pittet via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Léa Pittet", "lea.pittet@leman-construction.example.ch"),
        "subject": "Invitation à un entretien – Assistant·e chef de projet, Lausanne",
        "date": "2026-03-10 10:44",
        "parent": "leman-ack",
        "text": "Bonjour Florian,\n\n"
                "Merci pour votre candidature au poste d'assistant·e chef de projet. Nous "
                "aimerions vous rencontrer le mercredi 18 mars à 14h00 dans nos bureaux de "
                "Sévelin, avec Laurent Bovet, directeur de travaux.\n\n"
                "Vous trouverez l'invitation dans votre agenda. Merci de l'accepter ou de me "
                "proposer un autre moment en répondant à ce message.\n\n"
                "Au plaisir,\nLéa Pittet\nResponsable recrutement – Léman Construction\n",
        "ics": {"method": "REQUEST", "uid": "gh-interview-77120431@greenhouse-mail.io", "seq": 0,
                "summary": "Entretien Léman Construction – Florian Achterberg-Sané",
                "start": "2026-03-18 14:00", "mins": 60,
                "location": "Léman Construction, Avenue de Sévelin 20, 1004 Lausanne",
                "organizer": ("Léa Pittet", "lea.pittet@leman-construction.example.ch"),
                "prodid": GH},
        "ics_file": True,
        "cte": "quoted-printable",
    },
    {
        "key": "bapst-inv",
        "kind": "interview_invitation", "scenario": "bapst_trial_day_latin1", "lang": "fr",
        "company": "Menuiserie Bapst", "contact": "jd.bapst@menuiserie-bapst.example.ch",
        "from": ("Jean-Daniel Bapst", "jd.bapst@menuiserie-bapst.example.ch"),
        "subject": "Journée d'essai à l'atelier",
        "date": "2026-06-08 07:25",
        "parent": "bapst-ack",
        "text": "Bonjour Monsieur Achterberg-Sané,\n\n"
                "Suite à votre dossier, je vous propose de passer une journée avec nous à "
                "Marly, le mardi 16 juin dès 7h15. Vous suivrez notre chef de projet entre "
                "l'atelier et deux chantiers (Villars-sur-Glâne et Bulle), histoire de voir "
                "comment on travaille et si le poste vous convient.\n\n"
                "La journée est rémunérée. Prenez vos chaussures de sécurité.\n\n"
                "Merci de me confirmer par retour de mail.\n\n"
                "Jean-Daniel Bapst\nMenuiserie Bapst Frères SA\nRoute de la Gruyère 9, 1723 Marly\n"
                "026 436 12 88\n",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "romandie-inv",
        "kind": "interview_invitation", "scenario": "romandie_interim_sets_up_dufaux", "lang": "fr",
        "company": "Dufaux Ingénieurs", "contact": "sophie.marchand@romandie-interim.example.ch",
        "from": ("Sophie Marchand", "sophie.marchand@romandie-interim.example.ch"),
        "subject": "Entretien chez Dufaux Ingénieurs mercredi",
        "date": "2026-01-22 15:02",
        "parent": "romandie-ack",
        "text": "Bonjour Florian,\n\n"
                "Comme évoqué au téléphone, j'ai présenté votre profil à Dufaux Ingénieurs, un "
                "bureau d'ingénieurs civils à Prilly qui cherche un assistant de projet pour "
                "ses mandats de rénovation. M. Pierre-Alain Dufaux vous recevra le mercredi "
                "28 janvier à 10h30, chemin de la Rochelle 6, 1008 Prilly.\n\n"
                "Je vous envoie ce soir un petit topo sur le bureau. N'hésitez pas à m'appeler "
                "avant l'entretien.\n\n"
                "Sophie Marchand\nConseillère en personnel – Bâtiment\n"
                "Romandie Intérim Sàrl, Rue du Petit-Chêne 18, 1003 Lausanne\n",
    },
    {
        "key": "fribourg-inv",
        "kind": "interview_invitation", "scenario": "etat_fribourg_commission", "lang": "fr",
        "company": "Etat de Fribourg", "contact": "nathalie.kolly@sbat.fr.example.ch",
        "from": ("Kolly Nathalie", "nathalie.kolly@sbat.fr.example.ch"),
        "subject": "Convocation à un entretien – réf. SBat-26-014",
        "date": "2026-02-16 10:05",
        "parent": "fribourg-ack",
        "text": "Monsieur,\n\n"
                "Votre candidature a retenu l'attention de la commission de sélection. Nous "
                "avons le plaisir de vous convier à un entretien le lundi 2 mars 2026 à 9h00, "
                "Rue des Chanoines 17, 1er étage, salle du Conseil.\n\n"
                "L'entretien durera environ une heure et comprendra un court exercice écrit "
                "(lecture de plans). Merci de vous munir d'une pièce d'identité.\n\n"
                "Nous vous saurions gré de confirmer votre présence.\n\n"
                "Nathalie Kolly\nGestionnaire RH\nService des bâtiments\n",
        "html": "<html><body>" + paras(
            "Monsieur,\n\n"
            "Votre candidature a retenu l'attention de la commission de sélection. Nous "
            "avons le plaisir de vous convier à un entretien le lundi 2 mars 2026 à 9h00, "
            "Rue des Chanoines 17, 1er étage, salle du Conseil.\n\n"
            "L'entretien durera environ une heure et comprendra un court exercice écrit "
            "(lecture de plans). Merci de vous munir d'une pièce d'identité.\n\n"
            "Nous vous saurions gré de confirmer votre présence.\n\n"
            "Nathalie Kolly\nGestionnaire RH\nService des bâtiments") + "</body></html>\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "roduit-inv",
        "kind": "interview_invitation", "scenario": "roduit_vernay_phone_thursday", "lang": "fr",
        "company": "Roduit Vernay Architectes", "contact": "anne.roduit@roduit-vernay.example.ch",
        "from": ("Anne Roduit", "anne.roduit@roduit-vernay.example.ch"),
        "subject": "Un petit échange téléphonique ?",
        "date": "2026-09-07 18:12",
        "text": "Bonjour Monsieur Achterberg-Sané,\n\n"
                "J'ai lu votre lettre avec beaucoup d'intérêt, notamment votre expérience des "
                "charpentes en lamellé-collé. Seriez-vous disponible jeudi 10 septembre vers "
                "11h pour un échange téléphonique d'une vingtaine de minutes ?\n\n"
                "Bien à vous,\nAnne Roduit\nRoduit Vernay Architectes\n",
    },
    {
        "key": "boreal-inv",
        "kind": "interview_invitation", "scenario": "boreal_trial_day_casual", "lang": "fr",
        "company": "Atelier Boréal Bois", "contact": "yann@boreal-bois.example.ch",
        "from": ("Yann Favre", "yann@boreal-bois.example.ch"),
        "subject": "Viens passer une journée !",
        "date": "2026-09-21 12:40",
        "text": "Salut Florian,\n\n"
                "Merci pour ton CV, ça colle bien avec ce qu'on cherche. Le plus simple : viens "
                "bosser une journée avec nous, mardi 29 septembre, rendez-vous 7h à l'atelier. "
                "On monte des caissons pour une surélévation à Prilly, tu verras comment on "
                "organise les livraisons et l'équipe.\n\n"
                "Dis-moi si ça te va.\n\nYann\n",
    },
    # ------------------------------------------------------------------ English (4)
    {
        "key": "navigli-inv",
        "kind": "interview_invitation", "scenario": "navigli_lever_phone_screen", "lang": "en",
        "company": "Navigli Build Partners", "contact": "giulia.ferrante@navigli-build.example.it",
        "from": ("Giulia Ferrante", "no-reply@hire.lever.co"),
        "reply_to": ("Giulia Ferrante", "giulia.ferrante@navigli-build.example.it"),
        "subject": "Let's talk – Site Coordinator at Navigli Build Partners",
        "date": "2026-04-14 11:20",
        "parent": "navigli-ack",
        "text": "Hi Florian,\n\n"
                "Thanks for applying! I'd love to set up a 30-minute phone screen to learn more "
                "about your background and walk you through the role.\n\n"
                "Please grab a time that suits you here:\n"
                "https://hire.lever.co/interviews/schedule/navigli/5c1e2f\n\n"
                "I have a slot on Tuesday 21 April at 10:00 CET if that's easiest; it would be a "
                "Teams call.\n\n"
                "Speak soon,\nGiulia Ferrante\nTalent Partner, Navigli Build Partners\n",
        "html": "<div style=\"font-family:Helvetica\">" + paras(
            "Hi Florian,\n\n"
            "Thanks for applying! I'd love to set up a 30-minute phone screen to learn more "
            "about your background and walk you through the role.\n\n"
            "Please grab a time that suits you here:\n"
            "https://hire.lever.co/interviews/schedule/navigli/5c1e2f\n\n"
            "I have a slot on Tuesday 21 April at 10:00 CET if that's easiest; it would be a "
            "Teams call.\n\n"
            "Speak soon,\nGiulia Ferrante\nTalent Partner, Navigli Build Partners") + "</div>\n",
    },
    {
        "key": "brera-inv",
        "kind": "interview_invitation", "scenario": "brera_ashby_panel_ics", "lang": "en",
        "company": "Brera Costruzioni", "contact": "chiara.sala@brera-costruzioni.example.it",
        "from": ("Brera Costruzioni", "no-reply@ashbyhq.com"),
        "reply_to": ("Chiara Sala", "chiara.sala@brera-costruzioni.example.it"),
        "subject": "Interview confirmed: Panel interview with Brera Costruzioni",
        "date": "2026-08-12 09:30",
        "parent": "brera-ack",
        "html": ats_card(
            "Brera Costruzioni", "#4b3f72",
            "Hi Florian,\n\n"
            "You're invited to a panel interview for the Junior Project Coordinator role.\n\n"
            "Monday, 24 August 2026, 15:00–16:15 (Europe/Rome)\n"
            "Corso Garibaldi 86, Milano – 3rd floor, ask for Chiara Sala at reception\n\n"
            "Panel: Chiara Sala (People), Andrea Monti (Project Director), Sofia Rinaldi "
            "(Site Manager).\n\n"
            "A calendar invite is attached. If you need to change the time, just reply to this "
            "email.",
            "Sent with Ashby on behalf of Brera Costruzioni.",
            lang="en"),
        "ics": {"method": "REQUEST", "uid": "ashby-int-4c9d0e1a@ashbyhq.com", "seq": 0,
                "summary": "Panel interview – Brera Costruzioni",
                "start": "2026-08-24 15:00", "mins": 75,
                "location": "Corso Garibaldi 86, Milano",
                "organizer": ("Chiara Sala", "chiara.sala@brera-costruzioni.example.it"),
                "prodid": "-//Ashby//Interview Scheduling//EN"},
        "cte": "quoted-printable",
    },
    {
        "key": "timberline-inv",
        "kind": "interview_invitation", "scenario": "timberline_free_thursday", "lang": "en",
        "company": "Timberline Studio", "contact": "marco.bellandi@timberline-studio.example.it",
        "from": ("Marco Bellandi", "marco.bellandi@timberline-studio.example.it"),
        "subject": "Thursday?",
        "date": "2026-09-03 22:10",
        "text": "Hey Florian,\n\n"
                "Got your portfolio from Elena – really nice joinery details. Are you free "
                "Thursday to chat about the coordinator role? Anytime after 2pm works for me, "
                "video is fine.\n\n"
                "Marco\n\n--\nMarco Bellandi · Timberline Studio · Milano\n",
    },
    {
        "key": "ferrovia-inv",
        "kind": "interview_invitation", "scenario": "ferrovia_icims_video_invite", "lang": "en",
        "company": "Ferrovia Structures", "contact": "",
        "from": ("Ferrovia Structures Careers", "careers-noreply@icims.com"),
        "subject": "Video interview invitation – Project Coordinator, Timber Structures",
        "date": "2026-06-10 14:00", "tz": "-0400",
        "parent": "ferrovia-ack",
        "text": "Dear Florian,\n\n"
                "We are pleased to invite you to a video interview for the Project Coordinator – "
                "Timber Structures position.\n\n"
                "Date: Wednesday, 17 June 2026\nTime: 11:00 CEST\n"
                "Join link: https://ferrovia.icims.com/video/join/88213\n\n"
                "Interviewers: Paolo Greco (Engineering Manager) and Anna Villa (HR).\n\n"
                "Please log in five minutes early to test your connection.\n\n"
                "Ferrovia Structures Talent Acquisition\n\n"
                "This message was sent from an unmonitored mailbox.\n",
    },
    # ------------------------------------------------------------------ Spanish (3)
    {
        "key": "nervion-inv",
        "kind": "interview_invitation", "scenario": "nervion_ics_request", "lang": "es",
        "company": "Construcciones Nervión", "contact": "i.etxeberria@nervion-construcciones.example.es",
        "from": ("Iñaki Etxeberria", "i.etxeberria@nervion-construcciones.example.es"),
        "subject": "Entrevista – coordinador de obra (martes 19 de mayo)",
        "date": "2026-05-12 12:10",
        "parent": "nervion-ack",
        "text": "Hola Florian:\n\n"
                "Nos gustaría conocerte en persona. Te propongo el martes 19 de mayo a las 11:00 "
                "en nuestras oficinas de Ribera de Deusto 70. Estaremos Maite Olabarria, de "
                "RRHH, y yo. Te mando la convocatoria en el calendario.\n\n"
                "Si te viene mal, dime y buscamos otro hueco.\n\n"
                "Un saludo,\nIñaki Etxeberria\nJefe de Producción\nConstrucciones Nervión S.L.\n",
        "ics": {"method": "REQUEST", "uid": "nervion-entrevista-0519@nervion-construcciones",
                "seq": 0, "summary": "Entrevista Florian Achterberg-Sané",
                "start": "2026-05-19 11:00", "mins": 60,
                "location": "Ribera de Deusto 70, Bilbao",
                "organizer": ("Iñaki Etxeberria", "i.etxeberria@nervion-construcciones.example.es"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
        "ics_file": True,
        "cte": "quoted-printable",
    },
    {
        "key": "deusto-inv",
        "kind": "interview_invitation", "scenario": "deusto_workable_meet", "lang": "es",
        "company": "Deusto Arquitectos", "contact": "nerea.lasa@deusto-arquitectos.example.es",
        "from": ("Nerea Lasa - Deusto Arquitectos", "noreply@workablemail.com"),
        "reply_to": ("Nerea Lasa", "nerea.lasa@deusto-arquitectos.example.es"),
        "subject": "Entrevista para Técnico/a de coordinación de obra",
        "date": "2026-07-15 10:25",
        "parent": "deusto-ack",
        "html": ats_card(
            "Deusto Arquitectos", "#2b2d42",
            "Hola Florian,\n\n"
            "Nos encantaría conocerte. Te invitamos a una entrevista por videollamada el "
            "miércoles 22 de julio a las 10:00 (hora de Madrid), por Google Meet.\n\n"
            "Confirma tu asistencia o elige otro horario con el botón de abajo.\n\n"
            "Nerea Lasa\nResponsable de personas",
            "Enviado con Workable en nombre de Deusto Arquitectos.",
            button=("Confirmar horario", "https://apply.workable.com/deusto-arquitectos/i/7GH2K"),
            lang="es"),
    },
    {
        "key": "talento-inv",
        "kind": "interview_invitation", "scenario": "talento_norte_sets_up_zorrotza", "lang": "es",
        "company": "Ingeniería Zorrotza", "contact": "leire.uribe@talentonorte.example.es",
        "from": ("Leire Uribe", "leire.uribe@talentonorte.example.es"),
        "subject": "Entrevista con Ingeniería Zorrotza",
        "date": "2026-05-26 16:45",
        "parent": "talento-ack",
        "text": "Hola Florian,\n\n"
                "¡Buenas noticias! Ingeniería Zorrotza quiere entrevistarte para el puesto de "
                "coordinador de proyectos de rehabilitación. La entrevista sería el jueves 4 "
                "de junio a las 9:30 en su oficina de Zorrotzaurre, con Amaia Goikoetxea "
                "(directora técnica).\n\n"
                "Confírmame cuando puedas y te paso algunos consejos para prepararla.\n\n"
                "Leire Uribe\nConsultora de selección · Talento Norte\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
]

RESCHEDULES = [
    # ------------------------------------------------------------------ German (8)
    {
        "key": "aarebau-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "aarebau_moved_on_request",
        "lang": "de",
        "company": "Aarebau", "contact": "corinne.stucki@aarebau.example.ch",
        "from": ("Corinne Stucki", "corinne.stucki@aarebau.example.ch"),
        "subject": "AW: Gesprächstermin 26. Februar",
        "date": "2026-02-20 14:18",
        "parent": "aarebau-req",
        "text": reply(
            "Guten Tag Herr Achterberg-Sané\n\n"
            "Kein Problem. Wir verschieben das Gespräch auf Dienstag, 3. März, 14:00 Uhr, "
            "gleicher Ort. Herr Reusser hat den neuen Termin bereits bestätigt.\n\n"
            "Freundliche Grüsse\nCorinne Stucki\nHR-Verantwortliche\nAarebau AG\n"
            "Weyermannsstrasse 36, 3008 Bern | +41 31 380 55 12",
            "de", "20.02.2026 um 07:41", "Florian Achterberg-Sané <florian.as@example.ch>",
            "Guten Tag Frau Stucki\n\nVielen Dank für die Einladung. Leider bin ich am "
            "26. Februar auf einer Baustelle im Wallis eingeteilt, die ich nicht verschieben "
            "kann. Wäre ein Termin in der Woche darauf möglich?\n\n" + SIG_DE),
        "cte": "quoted-printable",
    },
    {
        "key": "donauplan-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "donauplan_interviewer_ill_seq1",
        "lang": "de",
        "company": "Donauplan Baumanagement", "contact": "e.prohaska@donauplan.example.at",
        "from": ("Mag. Elisabeth Prohaska", "e.prohaska@donauplan.example.at"),
        "subject": "Aktualisiert: Gespräch Projektkoordination Wohnbau – Di 24.03.2026 10:00",
        "date": "2026-03-16 08:05",
        "parent": "donauplan-inv",
        "text": "Sehr geehrter Herr Achterberg-Sané,\n\n"
                "Herr DI Wallner ist leider erkrankt und fällt diese Woche aus. Da wir das "
                "Gespräch nicht ohne ihn führen möchten, verlegen wir es um eine Woche auf "
                "Dienstag, 24. März 2026, wieder um 10:00 Uhr. Der Teams-Link bleibt gleich; die "
                "aktualisierte Einladung finden Sie anbei.\n\n"
                "Ich bitte um Ihr Verständnis.\n\n"
                "Mit freundlichen Grüßen\nElisabeth Prohaska\n",
        "ics": {"method": "REQUEST", "uid": "dp-2026-0317-gremium@donauplan.example.at",
                "seq": 1, "summary": "Gespräch Projektkoordination Wohnbau (verschoben)",
                "start": "2026-03-24 10:00", "mins": 90,
                "location": "Microsoft Teams-Besprechung",
                "organizer": ("Elisabeth Prohaska", "e.prohaska@donauplan.example.at"),
                "cte": "quoted-printable"},
    },
    {
        "key": "kantonbern-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "kanton_bern_assessment_moved",
        "lang": "de",
        "company": "Amt für Hochbau Kanton Bern", "contact": "regula.fankhauser@ahb-be.example.ch",
        "from": ("Fankhauser Regula, AHB", "regula.fankhauser@ahb-be.example.ch"),
        "subject": "Neues Datum: Assessment AHB-2026-31",
        "date": "2026-08-10 16:22",
        "parent": "kantonbern-inv",
        "text": "Sehr geehrter Herr Achterberg-Sané\n\n"
                "Besten Dank für Ihre Bestätigung. Wegen eines Wasserschadens im Gebäude an der "
                "Reiterstrasse müssen wir das Assessment vom 18. August verlegen. Neues Datum: "
                "Dienstag, 25. August 2026, gleiche Zeit (08:00 Uhr), neu im "
                "Verwaltungsgebäude Kasernenstrasse 27, Raum 105.\n\n"
                "Bitte teilen Sie mir mit, ob Ihnen das neue Datum passt.\n\n"
                "Freundliche Grüsse\nRegula Fankhauser\nPersonalfachfrau\n"
                "Amt für Hochbau Kanton Bern\n",
        "cs": "iso-8859-1", "cte": "base64",
    },
    {
        "key": "tempobau-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "tempobau_client_postponed",
        "lang": "de",
        "company": "Schwabenholz Systembau", "contact": "marco.zbinden@tempobau.example.ch",
        "from": ("Marco Zbinden", "marco.zbinden@tempobau.example.ch"),
        "subject": "Schwabenholz: Termin verschiebt sich auf Dienstag",
        "date": "2026-02-03 12:01",
        "parent": "tempobau-inv",
        "text": "Hallo Herr Achterberg-Sané\n\n"
                "Kurze Info: Herr Leibfried muss am Donnerstag zu einer Werksabnahme nach "
                "Ulm. Der Termin wird deshalb auf Dienstag, 10. Februar, 9:30 Uhr verlegt, "
                "ebenfalls per Teams. Den neuen Link schickt Schwabenholz direkt an Sie.\n\n"
                "Beste Grüsse\nMarco Zbinden\nTempobau Personal AG\n",
    },
    {
        "key": "hausmann-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "hausmann_method_cancel",
        "lang": "de",
        "company": "Hausmann Projektbau", "contact": "reto.naef@hausmann-projektbau.example.ch",
        "from": ("Näf Reto", "reto.naef@hausmann-projektbau.example.ch", "iso-8859-1", "q"),
        "subject": "Abgesagt: Vorstellungsgespräch Florian Achterberg-Sané",
        "subject_cs": "iso-8859-1", "subject_enc": "q",
        "date": "2026-05-26 17:12",
        "parent": "hausmann-inv",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Ich muss unser Gespräch vom Donnerstag leider absagen, da die "
                "Geschäftsleitung die Stelle kurzfristig nochmals überprüft. Sobald ich mehr "
                "weiss, melde ich mich mit einem neuen Terminvorschlag.\n\n"
                "Freundliche Grüsse\nReto Näf\n",
        "ics": {"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E0080000000066A1@hausmann",
                "seq": 1, "summary": "Abgesagt: Vorstellungsgespräch Florian Achterberg-Sané",
                "start": "2026-05-28 14:00", "mins": 60,
                "location": "Binzstrasse 18, 8045 Zürich, Sitzungszimmer Limmat",
                "organizer": ("Näf Reto", "reto.naef@hausmann-projektbau.example.ch")},
    },
    {
        "key": "kernstock-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "kernstock_friday_instead",
        "lang": "de",
        "company": "Holzbau Kernstock", "contact": "gerhard@kernstock-holzbau.example.at",
        "from": ("Gerhard Kernstock", "gerhard@kernstock-holzbau.example.at"),
        "subject": "Freitag",
        "date": "2026-07-02 08:11",
        "parent": "kernstock-inv",
        "text": "Donnerstag geht bei mir doch nicht, der Kran kommt. Freitag um 9 bei uns in "
                "der Werkstatt? Dann zeig ich dir gleich die Halle.\n\nG.\n\n"
                "Von meinem Smartphone gesendet\n",
    },
    {
        "key": "fischer-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "fischer_softgarden_changed",
        "lang": "de",
        "company": "Fischer Fassadentechnik", "contact": "",
        "from": ("Fischer Fassadentechnik", "noreply@softgarden.io"),
        "subject": "Ihr Termin wurde geändert",
        "date": "2026-03-27 11:30", "tz": "+0100",
        "parent": "fischer-inv",
        "html": ats_card(
            "Fischer Fassadentechnik", "#005f9e",
            "Sehr geehrter Herr Achterberg-Sané,\n\n"
            "Ihr Vorstellungsgespräch wurde vom Unternehmen auf einen neuen Zeitpunkt gelegt:\n\n"
            "Alter Termin: Dienstag, 31. März 2026, 13:00 Uhr\n"
            "Neuer Termin: Donnerstag, 2. April 2026, 10:00 Uhr\n"
            "Ort: Heilbronner Straße 321, 70469 Stuttgart, Empfang Gebäude B\n\n"
            "Sollte der neue Termin nicht passen, können Sie über den Button einen anderen "
            "wählen.",
            "Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht direkt.",
            button=("Termin verwalten", "https://fischer-fassaden.softgarden.io/appointment/9a41c"),
            lang="de"),
        "cte": "base64",
    },
    {
        "key": "aaretal-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "aaretal_update_seq2_room",
        "lang": "de",
        "company": "Gemeindebauamt Aaretal", "contact": "beat.marti@aaretal-gemeinde.example.ch",
        "from": ("Marti Beat", "beat.marti@aaretal-gemeinde.example.ch"),
        "subject": "Aktualisiert: Vorstellungsgespräch Projektkoordinator Bauverwaltung",
        "date": "2026-04-24 10:02",
        "parent": "aaretal-inv",
        "text": "Sehr geehrter Herr Achterberg-Sané\n\n"
                "Der Gemeinderat tagt am 29. April länger als geplant. Wir beginnen deshalb "
                "erst um 16:30 Uhr und weichen ins Sitzungszimmer im Werkhof (Industriestrasse "
                "5) aus. Der Kalendereintrag ist angepasst.\n\n"
                "Freundliche Grüsse\nBeat Marti\nBauverwalter, Gemeinde Aaretal\n",
        "ics": {"method": "REQUEST", "uid": "aaretal-bv-20260429@aaretal-gemeinde.example.ch",
                "seq": 2, "summary": "Vorstellungsgespräch Projektkoordinator Bauverwaltung",
                "start": "2026-04-29 16:30", "mins": 75,
                "location": "Werkhof Aaretal, Industriestrasse 5, Sitzungszimmer",
                "organizer": ("Marti Beat", "beat.marti@aaretal-gemeinde.example.ch")},
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ French (4)
    {
        "key": "leman-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "leman_greenhouse_seq1_friday",
        "lang": "fr",
        "company": "Léman Construction", "contact": "lea.pittet@leman-construction.example.ch",
        "from": ("Léa Pittet via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Léa Pittet", "lea.pittet@leman-construction.example.ch"),
        "subject": "Mise à jour : entretien déplacé au vendredi 20 mars, 10h00",
        "date": "2026-03-16 13:50",
        "parent": "leman-inv",
        "text": "Bonjour Florian,\n\n"
                "Laurent Bovet doit être sur le chantier de Renens mercredi après-midi pour une "
                "réception d'ouvrage. Nous déplaçons donc notre entretien au vendredi 20 mars à "
                "10h00. Nous commencerons au bureau puis irons ensemble sur le chantier.\n\n"
                "L'invitation mise à jour est jointe.\n\nLéa\n",
        "ics": {"method": "REQUEST", "uid": "gh-interview-77120431@greenhouse-mail.io", "seq": 1,
                "summary": "Entretien Léman Construction – Florian Achterberg-Sané",
                "start": "2026-03-20 10:00", "mins": 90,
                "location": "Léman Construction, Avenue de Sévelin 20, 1004 Lausanne",
                "organizer": ("Léa Pittet", "lea.pittet@leman-construction.example.ch"),
                "prodid": GH, "cte": "base64"},
        "cte": "quoted-printable",
    },
    {
        "key": "bapst-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "bapst_trial_day_pushed",
        "lang": "fr",
        "company": "Menuiserie Bapst", "contact": "jd.bapst@menuiserie-bapst.example.ch",
        "from": ("Jean-Daniel Bapst", "jd.bapst@menuiserie-bapst.example.ch"),
        "subject": "Re: Journée d'essai à l'atelier",
        "date": "2026-06-12 17:35",
        "parent": "bapst-inv",
        "text": reply(
            "Bonjour Monsieur Achterberg-Sané,\n\n"
            "Petit changement : notre chef de projet sera en formation SUVA mardi. Je préfère "
            "qu'il soit là pour votre journée, donc on la repousse d'une semaine, au mardi "
            "23 juin, même heure.\n\nMerci de votre souplesse.\n\nJ.-D. Bapst",
            "fr", "8 juin 2026 à 07:25", "Jean-Daniel Bapst",
            "Suite à votre dossier, je vous propose de passer une journée avec nous à "
            "Marly, le mardi 16 juin dès 7h15."),
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "fribourg-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "etat_fribourg_method_cancel",
        "lang": "fr",
        "company": "Etat de Fribourg", "contact": "nathalie.kolly@sbat.fr.example.ch",
        "from": ("Kolly Nathalie", "nathalie.kolly@sbat.fr.example.ch"),
        "subject": "Annulé : Entretien SBat-26-014",
        "date": "2026-02-20 15:10",
        "parent": "fribourg-inv",
        "text": "Monsieur,\n\n"
                "Pour des raisons d'organisation interne, la séance de la commission du "
                "2 mars est annulée. Nous reviendrons vers vous dans les meilleurs délais "
                "avec de nouvelles informations sur la suite de la procédure.\n\n"
                "Avec nos excuses,\nNathalie Kolly\n",
        "ics": {"method": "CANCEL", "uid": "sbat-26-014-entretien-achterberg@sbat.fr", "seq": 1,
                "summary": "Annulé : Entretien SBat-26-014",
                "start": "2026-03-02 09:00", "mins": 60,
                "location": "Rue des Chanoines 17, Fribourg",
                "organizer": ("Kolly Nathalie", "nathalie.kolly@sbat.fr.example.ch")},
    },
    {
        "key": "roduit-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "roduit_vernay_architect_ill",
        "lang": "fr",
        "company": "Roduit Vernay Architectes", "contact": "celine.mottier@roduit-vernay.example.ch",
        "from": ("Céline Mottier", "celine.mottier@roduit-vernay.example.ch", "utf-8", "b"),
        "subject": "RE: Appel de jeudi",
        "date": "2026-09-09 09:14",
        "parent": "roduit-req",
        "text": outlook(
            "Bonjour Monsieur,\n\n"
            "Je vous écris au nom de Mme Roduit, qui est souffrante depuis lundi soir. "
            "L'appel de jeudi, comme le créneau de vendredi que vous proposiez, n'aura donc "
            "pas lieu. Elle vous recontactera dès son retour pour fixer un nouveau moment.\n\n"
            "Céline Mottier\nSecrétariat – Roduit Vernay Architectes\n"
            "Chemin de Renou 4, 1005 Lausanne",
            "fr", "Florian Achterberg-Sané <florian.as@example.ch>",
            "mardi, 8 septembre 2026 21:30", "Anne Roduit", "Appel de jeudi",
            "Bonjour Madame Roduit,\n\nMerci beaucoup pour votre proposition d'entretien "
            "téléphonique. Jeudi à 11h je serai malheureusement sur un toit à Köniz ; "
            "vendredi matin me conviendrait parfaitement.\n\nFlorian Achterberg-Sané"),
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ English (2)
    {
        "key": "navigli-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "navigli_lever_new_slot",
        "lang": "en",
        "company": "Navigli Build Partners", "contact": "giulia.ferrante@navigli-build.example.it",
        "from": ("Giulia Ferrante", "giulia.ferrante@navigli-build.example.it"),
        "subject": "Re: So sorry about this morning",
        "date": "2026-04-22 09:05",
        "parent": "navigli-sorry",
        "text": reply(
            "Hi Florian,\n\n"
            "No worries, these things happen. Let's move the call to Friday 24 April at "
            "14:30 CET instead. I'll ring your Swiss mobile this time rather than Teams, "
            "so no link needed.\n\nGiulia",
            "en", "Tue, 21 Apr 2026 at 12:02", "Florian Achterberg-Sané <florian.as@example.ch>",
            reply(
                "Dear Giulia,\n\nI am so sorry I missed our call this morning. I had the time "
                "down as 10:00 Swiss time but my calendar was set to UK time. Would it be "
                "possible to find another slot?\n\nBest regards,\nFlorian",
                "en", "Tue, 21 Apr 2026 at 10:22", "Giulia Ferrante",
                "Hi Florian,\n\nI waited on Teams from 10:00 until about 10:15 but didn't see "
                "you join. I hope everything's alright.\n\nLet me know if you'd still like to "
                "have the conversation.\n\nGiulia")),
    },
    {
        "key": "brera-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "brera_ashby_rescheduled",
        "lang": "en",
        "company": "Brera Costruzioni", "contact": "chiara.sala@brera-costruzioni.example.it",
        "from": ("Brera Costruzioni", "no-reply@ashbyhq.com"),
        "reply_to": ("Chiara Sala", "chiara.sala@brera-costruzioni.example.it"),
        "subject": "Interview rescheduled: Panel interview with Brera Costruzioni",
        "date": "2026-08-17 16:40",
        "parent": "brera-inv",
        "html": ats_card(
            "Brera Costruzioni", "#4b3f72",
            "Hi Florian,\n\n"
            "Your panel interview has been rescheduled because Andrea Monti has to attend a "
            "site inspection on the original day.\n\n"
            "New time: Tuesday, 25 August 2026, 14:00–15:15 (Europe/Rome)\n"
            "Was: Monday, 24 August 2026, 15:00\n"
            "Location unchanged: Corso Garibaldi 86, Milano.\n\n"
            "An updated calendar invite is attached.",
            "Sent with Ashby on behalf of Brera Costruzioni.",
            lang="en"),
        "ics": {"method": "REQUEST", "uid": "ashby-int-4c9d0e1a@ashbyhq.com", "seq": 1,
                "summary": "Panel interview – Brera Costruzioni (rescheduled)",
                "start": "2026-08-25 14:00", "mins": 75,
                "location": "Corso Garibaldi 86, Milano",
                "organizer": ("Chiara Sala", "chiara.sala@brera-costruzioni.example.it"),
                "prodid": "-//Ashby//Interview Scheduling//EN"},
        "cte": "base64",
    },
    # ------------------------------------------------------------------ Spanish (1)
    {
        "key": "nervion-mov",
        "kind": "interview_reschedule_or_cancel", "scenario": "nervion_method_cancel",
        "lang": "es",
        "company": "Construcciones Nervión", "contact": "i.etxeberria@nervion-construcciones.example.es",
        "from": ("Iñaki Etxeberria", "i.etxeberria@nervion-construcciones.example.es",
                 "iso-8859-1", "q"),
        "subject": "Cancelada: Entrevista Florian Achterberg-Sané",
        "date": "2026-05-18 18:20",
        "parent": "nervion-inv",
        "text": "Hola Florian:\n\n"
                "Tengo que cancelar la entrevista de mañana. La dirección está revisando la "
                "planificación de obras y me ha pedido parar todos los procesos esta semana. "
                "En cuanto sepa algo te vuelvo a escribir.\n\n"
                "Disculpa las molestias.\nIñaki\n",
        "ics": {"method": "CANCEL", "uid": "nervion-entrevista-0519@nervion-construcciones",
                "seq": 1, "summary": "Entrevista Florian Achterberg-Sané",
                "start": "2026-05-19 11:00", "mins": 60,
                "location": "Ribera de Deusto 70, Bilbao",
                "organizer": ("Iñaki Etxeberria", "i.etxeberria@nervion-construcciones.example.es"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
        "ics_file": True,
    },
]

MISSED = [
    # ------------------------------------------------------------------ German (5)
    {
        "key": "wysstanner-miss",
        "kind": "missed_interview_notice", "scenario": "wysstanner_called_twice", "lang": "de",
        "company": "Wyss Tanner Ingenieure", "contact": "monika.egli@wysstanner.example.ch",
        "from": ("Monika Egli", "monika.egli@wysstanner.example.ch"),
        "subject": "Telefonat heute 10:00",
        "date": "2026-04-23 10:26",
        "parent": "wysstanner-inv",
        "text": "Grüezi Herr Achterberg-Sané\n\n"
                "Herr Tanner hat heute um 10:00 Uhr zweimal versucht, Sie auf Ihrem Natel zu "
                "erreichen, leider ohne Erfolg. Auch eine Nachricht auf der Combox blieb "
                "unbeantwortet.\n\n"
                "Bitte melden Sie sich bei mir, falls Sie weiterhin an der Stelle interessiert "
                "sind.\n\nFreundliche Grüsse\nMonika Egli\nSekretariat, Wyss Tanner Ingenieure AG\n",
    },
    {
        "key": "tempobau-miss",
        "kind": "missed_interview_notice", "scenario": "tempobau_client_waited_teams", "lang": "de",
        "company": "Schwabenholz Systembau", "contact": "marco.zbinden@tempobau.example.ch",
        "from": ("Marco Zbinden", "marco.zbinden@tempobau.example.ch"),
        "subject": "Was ist passiert? Termin Schwabenholz 9:30",
        "date": "2026-02-10 10:08",
        "parent": "tempobau-mov",
        "text": "Hallo Herr Achterberg-Sané\n\n"
                "Herr Leibfried hat mich gerade angerufen: Er war ab 9:30 Uhr im Teams-Meeting "
                "und hat eine Viertelstunde auf Sie gewartet. Sie sind nicht erschienen, und er "
                "konnte Sie auch telefonisch nicht erreichen.\n\n"
                "Bitte rufen Sie mich so rasch wie möglich an, damit ich dem Kunden eine "
                "Erklärung geben kann.\n\nMarco Zbinden\nTempobau Personal AG\n"
                "Tel. +41 31 552 70 18\n",
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "key": "helvetra-miss",
        "kind": "missed_interview_notice", "scenario": "helvetra_waited_teams", "lang": "de",
        "company": "Helvetra Bau", "contact": "sandro.petrig@helvetra.example.ch",
        "from": ("Petrig Sandro", "sandro.petrig@helvetra.example.ch"),
        "subject": "Unser Teams-Termin von heute 14:00",
        "date": "2026-03-13 14:31",
        "parent": "helvetra-ack",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Wir haben heute ab 14:00 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich "
                "aber nicht eingewählt. Ist etwas dazwischengekommen?\n\n"
                "Freundliche Grüsse\n\nSandro Petrig\nRecruiter\nHelvetra Bau AG\n"
                "Hardturmstrasse 130, 8005 Zürich\n\n"
                "Der Inhalt dieser E-Mail ist vertraulich und ausschliesslich für den "
                "bezeichneten Adressaten bestimmt.\n",
        "html": word_html(
            "Guten Tag Herr Achterberg-Sané\n\n"
            "Wir haben heute ab 14:00 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich "
            "aber nicht eingewählt. Ist etwas dazwischengekommen?\n\n"
            "Freundliche Grüsse\n\nSandro Petrig\nRecruiter\nHelvetra Bau AG\n"
            "Hardturmstrasse 130, 8005 Zürich\n\n"
            "Der Inhalt dieser E-Mail ist vertraulich und ausschliesslich für den "
            "bezeichneten Adressaten bestimmt.", "de"),
        "cte": "quoted-printable",
    },
    {
        "key": "rheinholz-miss",
        "kind": "missed_interview_notice", "scenario": "rheinholz_video_no_show", "lang": "de",
        "company": "Rheinholz Baumanagement", "contact": "jasmin.oberer@rheinholz.example.ch",
        "from": ("Jasmin Oberer | Rheinholz", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Jasmin Oberer", "jasmin.oberer@rheinholz.example.ch"),
        "subject": "Wir haben dich heute im Video-Call vermisst",
        "date": "2026-01-28 11:47",
        "parent": "rheinholz-ack",
        "text": "Hallo Florian\n\n"
                "Heute um 11:00 waren Urs und ich für unser Video-Interview bereit, du warst aber "
                "nicht im Call. Vielleicht ist die Einladung im Spam gelandet?\n\n"
                "Antworte mir doch kurz auf diese Mail, dann schauen wir weiter.\n\n"
                "Jasmin Oberer\nPeople & Culture, Rheinholz Baumanagement AG\n\n"
                "Gesendet mit Teamtailor\n",
        "cte": "base64",
    },
    {
        "key": "gerber-miss",
        "kind": "missed_interview_notice", "scenario": "gerber_trial_day_no_show", "lang": "de",
        "company": "Holzbau Gerber", "contact": "ueli.gerber@holzbau-gerber.example.ch",
        "from": ("Ueli Gerber", "ueli.gerber@holzbau-gerber.example.ch"),
        "subject": "Re: Probetag bei uns",
        "date": "2026-08-27 08:15",
        "parent": "gerber-inv",
        "text": reply(
            "Florian, wir stehen seit sieben im Werkhof und du bist nicht da. Handy geht auch "
            "keiner ran. Melde dich bitte.\n\nUeli",
            "de", "20.08.2026 um 17:50", "Ueli Gerber <ueli.gerber@holzbau-gerber.example.ch>",
            "Donnerstag, 27. August, 07:00 beim Werkhof in Thun-Allmendingen. "
            "Arbeitskleider und Sicherheitsschuhe mitnehmen."),
        "cs": "windows-1252", "cte": "8bit",
    },
    # ------------------------------------------------------------------ French (2)
    {
        "key": "dufaux-miss",
        "kind": "missed_interview_notice", "scenario": "dufaux_not_reachable", "lang": "fr",
        "company": "Dufaux Ingénieurs", "contact": "pa.dufaux@dufaux-ing.example.ch",
        "from": ("Pierre-Alain Dufaux", "pa.dufaux@dufaux-ing.example.ch"),
        "subject": "Entretien téléphonique de 14h",
        "date": "2026-09-02 14:40",
        "parent": "dufaux-ack",
        "text": "Bonjour Monsieur,\n\n"
                "Nous avions convenu d'un entretien téléphonique aujourd'hui à 14h. J'ai essayé "
                "de vous joindre à deux reprises au numéro indiqué dans votre dossier, sans "
                "succès, et je suis tombé sur votre répondeur.\n\n"
                "Si le poste vous intéresse toujours, merci de me rappeler au 021 624 90 31.\n\n"
                "Pierre-Alain Dufaux\nIngénieur civil EPF\nDufaux Ingénieurs Sàrl, "
                "Chemin de la Rochelle 6, 1008 Prilly\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "romandie-miss",
        "kind": "missed_interview_notice", "scenario": "romandie_jorat_waited", "lang": "fr",
        "company": "Charpentes du Jorat", "contact": "sophie.marchand@romandie-interim.example.ch",
        "from": ("Sophie Marchand", "sophie.marchand@romandie-interim.example.ch"),
        "subject": "Rendez-vous manqué aux Charpentes du Jorat",
        "date": "2026-03-19 09:12",
        "text": "Bonjour Florian,\n\n"
                "M. Cuénoud des Charpentes du Jorat vient de m'appeler : il vous a attendu ce "
                "matin à 8h à l'atelier de Mézières, et vous n'êtes pas venu. Il n'a pas eu de "
                "nouvelles de votre part.\n\n"
                "Je suppose qu'il y a eu un malentendu sur la date. Appelez-moi dès que possible, "
                "s'il vous plaît.\n\nSophie Marchand\nRomandie Intérim\n",
        "html": "<html><body><p>Bonjour Florian,</p>\n"
                "<p>M. Cuénoud des Charpentes du Jorat vient de m'appeler : il vous a attendu ce "
                "matin à 8h à l'atelier de Mézières, et vous n'êtes pas venu. Il n'a pas eu de "
                "nouvelles de votre part.</p>\n"
                "<p>Je suppose qu'il y a eu un malentendu sur la date. Appelez-moi dès que "
                "possible, s'il vous plaît.</p>\n<p>Sophie Marchand<br>Romandie Intérim</p>\n"
                "</body></html>\n",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ English (2)
    {
        "key": "navigli-miss",
        "kind": "missed_interview_notice", "scenario": "navigli_waited_on_teams", "lang": "en",
        "company": "Navigli Build Partners", "contact": "giulia.ferrante@navigli-build.example.it",
        "from": ("Giulia Ferrante", "giulia.ferrante@navigli-build.example.it"),
        "subject": "Missed you on Teams",
        "date": "2026-04-21 10:22",
        "parent": "navigli-inv",
        "text": "Hi Florian,\n\n"
                "I waited on Teams from 10:00 until about 10:15 but didn't see you join. I hope "
                "everything's alright.\n\n"
                "Let me know if you'd still like to have the conversation.\n\n"
                "Giulia\nGiulia Ferrante | Talent Partner | Navigli Build Partners\n",
    },
    {
        "key": "ferrovia-miss",
        "kind": "missed_interview_notice", "scenario": "ferrovia_icims_did_not_join", "lang": "en",
        "company": "Ferrovia Structures", "contact": "",
        "from": ("Ferrovia Structures Careers", "careers-noreply@icims.com"),
        "subject": "We missed you at your scheduled video interview",
        "date": "2026-06-17 06:05", "tz": "-0400",
        "parent": "ferrovia-inv",
        "html": ats_card(
            "Ferrovia Structures", "#33475b",
            "Dear Florian,\n\n"
            "Our records show that you did not join your scheduled video interview for the "
            "Project Coordinator – Timber Structures position today at 11:00 CEST.\n\n"
            "If you experienced technical difficulties, please use the link below within 48 "
            "hours to let us know.",
            "This email was sent from an unmonitored mailbox.",
            button=("Contact the hiring team", "https://ferrovia.icims.com/video/missed/88213"),
            lang="en"),
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ Spanish (1)
    {
        "key": "deusto-miss",
        "kind": "missed_interview_notice", "scenario": "deusto_waited_meet", "lang": "es",
        "company": "Deusto Arquitectos", "contact": "nerea.lasa@deusto-arquitectos.example.es",
        "from": ("Nerea Lasa", "nerea.lasa@deusto-arquitectos.example.es"),
        "subject": "Entrevista de hoy a las 10:00",
        "date": "2026-07-22 10:31",
        "parent": "deusto-inv",
        "text": "Hola Florian:\n\n"
                "Te hemos estado esperando en Google Meet desde las 10:00 y no te has conectado. "
                "También te he llamado al móvil, pero no ha habido respuesta.\n\n"
                "Si ha habido algún problema, escríbeme y vemos qué hacemos.\n\n"
                "Nerea Lasa\nResponsable de personas · Deusto Arquitectos\n"
                "Avenida Lehendakari Aguirre 29, 48014 Bilbao\n",
        "cs": "iso-8859-1", "cte": "8bit",
    },
]

MESSAGES = [*INVITATIONS, *RESCHEDULES, *MISSED]
