"""Everyday non-job mail of the candidate, part one: German household, bank and travel mail,
plus job-alert digests and newsletters (77th corpus). All kind `other`, company empty."""

from __future__ import annotations

from msgs77_base import JONAS, msg

X = "other"

BULK = {"Precedence": "bulk", "List-Unsubscribe": "<https://mail.example.net/unsub?u=jwa77>, <mailto:unsubscribe@example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

MESSAGES = [
    msg(X, "finanzonline_databox", "de", "", "",
        "FinanzOnline <noreply@finanzonline.test>", "03-06 06:12",
        "Neue Nachricht in Ihrer FinanzOnline-DataBox",
        """Sehr geehrte Damen und Herren,

in Ihrer DataBox ist ein neues Dokument eingelangt:

Dokumentart: Einkommensteuerbescheid 2025
Zustellung: 06.03.2026

Bitte melden Sie sich unter https://finanzonline.test an, um das Dokument abzurufen. Die Frist für ein allfälliges Rechtsmittel beginnt mit dem Zeitpunkt der Zustellung.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.
Bundesministerium für Finanzen
""", cs="iso-8859-1", cte="qp"),
    msg(X, "energie_jahresabrechnung", "de", "", "",
        "Wien Energie Kundenservice <rechnung@kundenservice.wienenergie.test>", "02-02 09:30",
        "Ihre Jahresabrechnung Strom & Gas ist da",
        """Guten Tag Herr Wimmer-Adeyemi,

Ihre Jahresabrechnung für den Zeitraum 01.01.2025 – 31.12.2025 steht ab sofort in Ihrem Online-Kundenkonto zur Verfügung.

Gutschrift: EUR 86,14 – wird auf Ihr Konto AT12 **** **** **** 4711 überwiesen.
Neue Teilbetragsvorschreibung ab März: EUR 71,00 monatlich

Tipp: Mit dem Energiespar-Check finden Sie heraus, wo Sie noch sparen können.

Ihr Kundenservice-Team
""", fmt="html", cte="qp"),
    msg(X, "oegk_kostenerstattung", "de", "", "",
        "ÖGK – meineÖGK <noreply@meine.oegk.test>", "04-09 11:04",
        "Ihr Antrag auf Kostenerstattung wurde bearbeitet",
        """Sehr geehrter Herr Wimmer-Adeyemi,

Ihr Antrag auf Kostenerstattung (Wahlarzt, Honorarnote vom 12.03.2026) wurde bearbeitet. Der Erstattungsbetrag in Höhe von EUR 38,40 wird in den nächsten Tagen auf Ihr Konto überwiesen.

Details finden Sie in meineÖGK unter „Meine Anträge“.

Mit freundlichen Grüßen
Österreichische Gesundheitskasse
""", cs="iso-8859-1", cte="qp"),
    msg(X, "hausverwaltung_index", "de", "", "w.steiner@hv-steiner.test",
        "Hausverwaltung Steiner <w.steiner@hv-steiner.test>", "03-31 14:48",
        "Wertsicherung Mietzins ab 1. Mai 2026 – Top 14",
        """Sehr geehrter Herr Wimmer-Adeyemi,

gemäß Punkt V. Ihres Mietvertrags wird der Hauptmietzins wertgesichert. Aufgrund der Veränderung des VPI 2020 erhöht sich der monatliche Mietzins ab 1. Mai 2026 von EUR 812,40 auf EUR 836,77 (zzgl. BK und USt.).

Bitte passen Sie Ihren Dauerauftrag entsprechend an. Bei Fragen bin ich Di und Do vormittags telefonisch erreichbar.

Mit freundlichen Grüßen
Walter Steiner
Hausverwaltung Steiner, Wien 7
""", cs="windows-1252", cte="qp"),
    msg(X, "bank_kreditantrag_eingang", "de", "", "",
        "Erste Fiktivbank <service-noreply@fiktivbank.test>", "05-07 15:12",
        "Wir haben Ihren Antrag erhalten",
        """Sehr geehrter Herr Wimmer-Adeyemi,

vielen Dank für Ihren Antrag auf einen Wohnkredit über EUR 180.000. Ihr Antrag ist bei uns eingegangen und wird nun von unseren Kreditspezialist:innen geprüft.

Bitte haben Sie Verständnis, dass die Bearbeitung bis zu zehn Werktage dauern kann. Ihre Betreuerin meldet sich, sobald die Bonitätsprüfung abgeschlossen ist.

Ihre Fiktivbank
Diese Nachricht wurde automatisch versendet.
""", fmt="alt"),
    msg(X, "kreditkarte_abgelehnt", "de", "", "",
        "Neobank Kartenservice <no-reply@neobank.test>", "06-18 18:02",
        "Zu deinem Kreditkartenantrag",
        """Hallo Jonas,

danke für dein Interesse an der Metal-Kreditkarte. Leider können wir deinem Antrag derzeit nicht stattgeben. Die Entscheidung beruht auf einer automatisierten Bonitätsprüfung.

Du kannst in 6 Monaten erneut einen Antrag stellen. Dein Girokonto bleibt davon natürlich unberührt.

Dein Neobank Team
""", fmt="html", cte="b64"),
    msg(X, "kfz_polizze", "de", "", "",
        "Donau Direkt Versicherung <polizzen@donaudirekt.test>", "01-12 10:00",
        "Ihre Kfz-Polizze Nr. 4401-22718",
        """Sehr geehrter Herr Wimmer-Adeyemi,

anbei erhalten Sie Ihre aktuelle Polizze für Ihre Kfz-Haftpflicht- und Teilkaskoversicherung (Kennzeichen W-4711JW). Die Jahresprämie beträgt EUR 612,30, fällig am 01.02.2026.

Mit freundlichen Grüßen
Donau Direkt Versicherung AG
""", att="Polizze_4401-22718.pdf"),
    msg(X, "post_paket_verzoegert", "de", "", "",
        "Österreichische Post <sendungsinfo@post.test>", "02-24 16:40",
        "Ihre Sendung verzögert sich leider",
        """Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 1234 5678 9012 3456 78 aufgrund eines erhöhten Sendungsaufkommens. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltag: Donnerstag, 26.02.2026

Sie können die Zustellung jederzeit umleiten: https://post.test/sendungsverfolgung

Ihre Post
""", fmt="html", cte="qp"),
    msg(X, "zalando_versand", "de", "", "",
        "Zalando <info@service-mail.zalando.test>", "09-02 08:26",
        "Deine Bestellung ist unterwegs",
        """Hallo Jonas,

gute Nachrichten: Deine Bestellung 10203040506 wurde versendet und ist mit DHL auf dem Weg zu dir.

Voraussichtliche Zustellung: 04.09. – 05.09.

1 x Sakko, Slim Fit, navy, Größe 50

Viel Spaß damit!
Dein Zalando Team
""", fmt="html", cte="b64", hdr=BULK),
    msg(X, "oebb_verspaetung", "de", "", "",
        "ÖBB Kundenservice <noreply@oebb-tickets.test>", "04-24 20:15",
        "Fahrgastrechte: Ihre Entschädigung",
        """Sehr geehrter Herr Wimmer-Adeyemi,

wir bedauern die Verspätung Ihres Zuges RJX 162 von Wien Hbf nach München Hbf am 18.04.2026 um 87 Minuten.

Ihr Antrag auf Fahrpreisentschädigung wurde genehmigt. Der Betrag von EUR 14,95 wird auf das angegebene Konto überwiesen.

Ihr ÖBB-Kundenservice
""", cs="iso-8859-1", cte="qp"),
    msg(X, "a1_rechnung", "de", "", "",
        "Magenta Mobil <rechnung@magenta-mobil.test>", "05-05 04:12",
        "Ihre Rechnung April 2026",
        """Hallo Jonas Wimmer-Adeyemi,

Ihre Rechnung für April 2026 ist da. Rechnungsbetrag: EUR 29,99. Der Betrag wird am 12.05.2026 von Ihrem Konto abgebucht.

Ihr Magenta Team
""", fmt="html", hdr=BULK),
    msg(X, "fitnessstudio_kurs", "de", "", "",
        "FitWerk Wien Mariahilf <studio-mariahilf@fitwerk.test>", "01-31 17:55",
        "Neue Kurse im Februar 💪",
        """Hi Jonas,

ab Februar starten bei uns im Studio Mariahilf neue Kurse: Functional Training (Mo 18:30), Yoga Flow (Mi 19:00) und Rücken fit (Sa 10:00).

Anmeldung wie immer über die App. Du hast noch 2 Gratis-Personal-Training-Einheiten offen!

Sportliche Grüße
Dein FitWerk-Team
""", fmt="html", hdr=BULK),
    msg(X, "wohnung_absage", "de", "", "m.pichlmayr@immo-pichlmayr.test",
        "Monika Pichlmayr <m.pichlmayr@immo-pichlmayr.test>", "08-14 12:41",
        "Wohnung 1070 Wien, Zollergasse – Rückmeldung",
        """Sehr geehrter Herr Wimmer-Adeyemi,

vielen Dank für Ihr Interesse an der Wohnung in der Zollergasse und die Besichtigung am Montag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Gerne nehmen wir Sie in unsere Suchkartei auf, wenn Sie das wünschen.

Mit freundlichen Grüßen
Monika Pichlmayr
Immobilien Pichlmayr, Wien
"""),
    msg(X, "freund_eigene_absage", "de", "", "fabian.leitgeb@example.at",
        "Fabian Leitgeb <fabian.leitgeb@example.at>", "03-14 22:50",
        "na servus",
        """Servus Jonas,

wollt nur kurz jammern: hab heute die Absage von der Versicherung bekommen, bei der ich letzte Woche das dritte Gespräch hatte. "Wir haben uns für einen anderen Kandidaten entschieden" blabla. Nach drei Runden!! Ich könnt mich so ärgern.

Wie läufts bei dir mit deinen Bewerbungen? Gehen wir am Freitag auf ein Bier, dann können wir uns gegenseitig trösten 😅

LG Fabi
"""),
    msg(X, "karriere_at_jobalert", "de", "", "",
        "karriere.at Jobagent <jobagent@karriere.test>", "02-13 07:00",
        "7 neue Jobs für „Controller“ in Wien",
        """Hallo Jonas,

dein Jobagent hat 7 neue Jobs für dich gefunden:

Controller (m/w/d) – Wiener Stadtwerke-Gruppe – Wien – ab EUR 4.200 brutto
Senior Financial Analyst – Pharmalogic – Wien – ab EUR 60.000 brutto p.a.
Business Controller:in – Alpenfrost Lebensmittel – Wien/hybrid
Treasury Specialist – Donau Chemie Handel – Wien
Konzerncontroller (m/w/d) – Baustoffgruppe Ost – Wiener Neudorf
ESG Reporting Manager – Versicherung Mitte – Wien
Controller Vertrieb – Autohaus Partner Ost – Wien

Alle Jobs ansehen: https://www.karriere.test/jobagent/u/77

Du bekommst diese E-Mail, weil du einen Jobagent angelegt hast. Abmelden: https://www.karriere.test/abmelden
""", fmt="alt", hdr=BULK),
    msg(X, "xing_empfehlungen", "de", "", "",
        "XING <mailrobot@mail.xing.test>", "03-03 11:30",
        "Jonas, diese Jobs könnten Sie interessieren",
        """Hallo Jonas Wimmer-Adeyemi,

auf Basis Ihres Profils haben wir neue Stellenangebote für Sie:

• Referent Finanzcontrolling (m/w/d) – Stadtwerke Rosenheim-Süd – Rosenheim
• Financial Controller (w/m/d) – Bavaria Maschinenbau – München
• Teamleiter Controlling – Lechfeld Logistik – Augsburg

Außerdem: 3 Recruiter:innen haben diese Woche Ihr Profil besucht. Mit XING Premium sehen Sie, wer.

Ihr XING Team
""", fmt="html", cte="qp", hdr={**BULK, "List-Id": "XING Job-Empfehlungen <jobs.xing.test>"}),
    msg(X, "stepstone_jobagent", "de", "", "",
        "StepStone Job-Agent <jobagent@stepstone.test>", "07-08 06:30",
        "Neue Jobs: Finance Business Partner – München",
        """Neue passende Jobs für Sie!

Finance Business Partner (m/w/d) – Isar Medizintechnik – München
Senior Controller Treasury – Südbank Immobilien – München
Financial Planning & Analysis Manager – Bräu Holding – Freising

Die Bewerbung ist mit einem Klick möglich. Viel Erfolg bei der Jobsuche!

Job-Agent verwalten | Abmelden
""", fmt="html", hdr=BULK),
    msg(X, "karriere_newsletter_absage_tipps", "de", "", "",
        "Karriere-Kompass Newsletter <newsletter@karrierekompass.test>", "05-21 07:15",
        "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
        """Karriere-Kompass – Ausgabe 21/2026

ABSAGE NACH DEM VORSTELLUNGSGESPRÄCH? SO REAGIEREN SIE RICHTIG
"Leider müssen wir Ihnen mitteilen…" – kaum ein Satz tut mehr weh. Wir zeigen, wie Sie um Feedback bitten, ohne aufdringlich zu wirken, und warum eine freundliche Antwort Türen offen hält.

TERMIN VERPASST – WAS NUN?
Sie haben ein Telefoninterview verschlafen? Keine Panik. Drei Formulierungen für die Entschuldigungs-Mail.

GEHALTSVERHANDLUNG IM CONTROLLING
Was Controller:innen 2026 in Wien, Linz und München verdienen.

Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.test angemeldet haben. Abmelden | Impressum
""", fmt="alt", hdr={**BULK, "List-Id": "Karriere-Kompass <newsletter.karrierekompass.test>"}),
    msg(X, "headhunter_cold_xing", "de", "", "c.baumgartner@alpen-headhunting.test",
        "Christoph Baumgartner <c.baumgartner@alpen-headhunting.test>", "04-27 09:03",
        "Spannende Position im Treasury – Raum Linz",
        """Sehr geehrter Herr Wimmer-Adeyemi,

ich bin auf XING auf Ihr Profil aufmerksam geworden. Aktuell betreue ich exklusiv die Suche nach einer/einem Head of Treasury für ein familiengeführtes Industrieunternehmen im Raum Linz (ca. 1.800 Mitarbeitende, stark exportorientiert).

Falls Sie grundsätzlich offen für eine Veränderung sind, sende ich Ihnen gerne die vertrauliche Positionsbeschreibung zu. Ein kurzes „Ja, gerne“ genügt.

Mit besten Grüßen
Christoph Baumgartner
Alpen Headhunting, Linz
"""),
    msg(X, "eigene_bewerbung_gesendet", "de", "", "",
        JONAS, "02-05 21:34",
        "Bewerbung als Financial Controller – Ref. FC-2026-03",
        """Sehr geehrte Frau Berger,

mit großem Interesse habe ich Ihre Ausschreibung für die Position als Financial Controller gelesen. Derzeit verantworte ich bei einem Wiener Industrieunternehmen das Monats- und Jahresabschlussreporting sowie die Liquiditätsplanung.

Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Jonas Wimmer-Adeyemi
+43 660 555 7788
""", to="Elisabeth Berger <e.berger@alpenfrost.test>", att="Lebenslauf_Wimmer-Adeyemi.pdf"),
    msg(X, "abwesenheit_recruiterin", "de", "", "nina.koller@koller-personal.test",
        "Nina Koller <nina.koller@koller-personal.test>", "07-28 10:02",
        "Automatische Antwort: Unterlagen Position Konzerncontrolling",
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. August nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an office@koller-personal.test.

Beste Grüße
Nina Koller
Koller Personalberatung
""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    msg(X, "standup_kalender", "de", "", "",
        "Google Kalender <calendar-notification@google.com>", "01-09 08:00",
        "Benachrichtigung: Daily Standup Controlling um Mo. 12. Jan. 2026 09:15 – 09:30 (MEZ)",
        """Daily Standup Controlling
Montag, 12. Jan. 2026 ⋅ 09:15 – 09:30
Mitteleuropäische Normalzeit – Wien
Teilnehmen mit Google Meet: meet.google.com/abc-defg-hij

Einladung von Google Kalender
Sie erhalten diese E-Mail, weil Sie Benachrichtigungen für diesen Kalender aktiviert haben.
""", fmt="alt", to="jonas.wa@example.at", ics={"summary": "Daily Standup Controlling", "days": 3, "hour": 9, "mins": 15, "length": 15, "loc": "Google Meet", "organizer": "Teamleitung Controlling <controlling-team@example.at>"}),
    msg(X, "radio_interview_anfrage", "de", "", "sabine.rohr@radio-donauwelle.test",
        "Sabine Rohr <sabine.rohr@radio-donauwelle.test>", "06-11 13:37",
        "Interviewanfrage – Sendung „Geld & Leben“",
        """Lieber Herr Wimmer-Adeyemi,

ich gestalte für Radio Donauwelle die Sendung „Geld & Leben“. Ihr Artikel im Alumni-Magazin über ESG-Berichtspflichten für den Mittelstand hat mir sehr gefallen.

Hätten Sie Zeit für ein kurzes Interview (ca. 10 Minuten, aufgezeichnet) zu diesem Thema? Wir könnten das nächste Woche telefonisch oder bei uns im Studio aufnehmen.

Herzliche Grüße
Sabine Rohr
Redaktion Wirtschaft, Radio Donauwelle
"""),
    msg(X, "masterzulassung_absage", "de", "", "",
        "Zulassungsbüro Wirtschaftsuniversität Ost <zulassung-noreply@wu-ost.test>", "06-30 12:00",
        "Entscheidung über Ihre Zulassung zum Masterstudium",
        """Sehr geehrter Herr Wimmer-Adeyemi,

vielen Dank für Ihre Bewerbung zum berufsbegleitenden Masterstudium „Sustainable Finance“ (Studienjahr 2026/27).

Leider müssen wir Ihnen mitteilen, dass Sie im Aufnahmeverfahren keinen Studienplatz erhalten haben. Sie wurden auf Rang 14 der Warteliste gereiht und werden informiert, falls ein Platz frei wird.

Mit freundlichen Grüßen
Zulassungsbüro
""", cs="iso-8859-1", cte="qp"),
    msg(X, "alumni_stammtisch", "de", "", "",
        "Alumni-Netzwerk FH Finanzwesen <alumni@fh-finanz.test>", "09-10 16:00",
        "Einladung: Alumni-Stammtisch im Oktober",
        """Liebe Alumni,

am 15. Oktober treffen wir uns wieder zum Alumni-Stammtisch im Café Prückel (ab 19:00). Diesmal mit einem Kurzvortrag von Mag. Eva Lindner zum Thema „Vom Controller zum Business Partner“.

Anmeldung bitte bis 10.10. über das Alumni-Portal.

Herzliche Grüße
Ihr Alumni-Team
""", fmt="alt", hdr={**BULK, "List-Id": "FH Alumni <alumni.fh-finanz.test>"}),
]
