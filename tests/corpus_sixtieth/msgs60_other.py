"""Mail labelled `other` in German (data only): alerts, newsletters, private and service mail."""

from __future__ import annotations

from msgs60_base import Msg

KAI = "Kai Wozniak-Hartmann <kai.wozniak@example.at>"


def X(slug: str, lang: str, contact: str, frm: str, subject: str, body: str, **kw: object) -> Msg:
    return Msg("other", slug, lang, "", contact, frm, subject, body, **kw)  # type: ignore[arg-type]


def bulk(list_id: str) -> tuple[tuple[str, str], ...]:
    """The headers a mailing-list or bulk sender adds."""
    return (
        ("List-Id", f"<{list_id}>"),
        ("List-Unsubscribe", f"<https://{list_id}/unsubscribe?u=kai>, <mailto:unsub@{list_id}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    )


MESSAGES = [
    X("karriereat_jobagent", "de", "", "karriere.at Jobagent <jobagent@karriere.example.at>",
      "7 neue Jobs für \"Supply Chain Planner\" in Wien und Umgebung", """
      Hallo Kai,

      dein Jobagent hat 7 neue Jobs für dich gefunden:

      Supply Chain Planner (m/w/d) - Lagerhaus Handel, Wien - ab 3.800 € brutto/Monat
      Demand Planner - Kronauer Pharma, Kundl
      Disponent*in Seefracht - Hafenlogistik Wien, Wien 2
      SAP MM Key User - Wachau Metallwerke, Krems
      Operations Analyst - Lagerwerk, Wien - Homeoffice möglich
      Einkäufer*in Verpackung - Alpenmilch Tirol, Innsbruck
      Logistikplaner*in Fuhrpark - Stadt Wien

      Alle Jobs ansehen

      Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast. Jobagent bearbeiten | abmelden
      """, fmt="html", headers=bulk("jobagent.karriere.example.at")),

    X("stepstone_empfehlungen", "de", "", "StepStone <jobs@stepstone.example.de>",
      "Kai, diese Jobs könnten Sie interessieren", """
      Guten Tag Kai,

      basierend auf Ihrem Profil haben wir passende Stellen für Sie:

      Teamleiter Disposition (m/w/d) | München | Vollzeit
      Senior Consultant SAP EWM (m/w/d) | Stuttgart | Remote möglich
      Referent Nachhaltigkeit Beschaffung (m/w/d) | Hamburg

      Tipp der Woche: So bereiten Sie sich auf ein Vorstellungsgespräch per Video vor.

      Sie erhalten diese E-Mail, da Sie bei StepStone registriert sind. Abmelden
      """, fmt="alt", headers=bulk("newsletter.stepstone.example.de")),

    X("xing_artikel_absage", "de", "", "XING Karriere-Insider <newsletter@mail.xing.example.com>",
      "Absage nach dem Vorstellungsgespräch? 5 Dinge, die Sie jetzt tun sollten", """
      Liebe Leserinnen und Leser,

      "Leider müssen wir Ihnen mitteilen ..." - kaum ein Satz tut bei der Jobsuche mehr weh. Doch eine
      Absage ist kein Urteil über Ihren Wert. In dieser Ausgabe verraten Expertinnen, wie Sie um
      Feedback bitten, warum Sie die Tür offen halten sollten und wie Sie nach einem verpassten
      Interview souverän reagieren.

      Außerdem: Gehälter in der Logistik 2026 - was Disponent:innen wirklich verdienen.

      Jetzt weiterlesen

      Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abbestellen
      """, fmt="html", headers=bulk("karriere-insider.xing.example.com")),

    X("headhunter_kaltakquise", "de", "j.reisinger@alpinpartners.example.at",
      "Johannes Reisinger <j.reisinger@alpinpartners.example.at>", "Ihr Profil auf LinkedIn", """
      Sehr geehrter Herr Wozniak-Hartmann,

      Ihr Profil ist mir auf LinkedIn aufgefallen. Wir begleiten derzeit mehrere Mandate im Bereich
      Supply Chain Management in Oberösterreich und Salzburg, u. a. für einen international tätigen
      Maschinenbauer.

      Falls Sie grundsätzlich offen für Veränderungen sind, schicken Sie mir gerne Ihren aktuellen
      Lebenslauf - ich nehme Sie dann in unseren Kandidatenpool auf und melde mich, sobald etwas
      Passendes dabei ist.

      Mit besten Grüßen
      Johannes Reisinger
      Alpin Partners Executive Search
      """),

    X("podcast_interview_anfrage", "de", "nina@logistikfunk.example.at",
      "Nina Strasser <nina@logistikfunk.example.at>", "Interview-Anfrage für den Logistikfunk-Podcast", """
      Hallo Kai,

      ich habe deinen Vortrag beim SAP-Anwendertreffen in Linz gesehen und fand das Thema
      "Bestandsplanung ohne Excel-Hölle" großartig. Hättest du Lust, in unserem Podcast Logistikfunk
      als Gast dabei zu sein? Das Interview dauert ca. 40 Minuten, wir nehmen remote auf.

      Termine hätten wir im Mai einige frei. Ganz unverbindlich - sag einfach, ob dich das interessiert!

      Liebe Grüße
      Nina
      Logistikfunk - der Podcast für Supply Chain Nerds
      """),

    X("nutzerinterview_app", "de", "", "Lagerblick Research <research-noreply@lagerblick.example.com>",
      "Wir suchen Sie für ein 30-minütiges Nutzerinterview", """
      Hallo Kai,

      Sie nutzen Lagerblick seit über einem Jahr - danke dafür! Wir möchten die Inventurfunktion
      verbessern und suchen Anwender:innen für ein Nutzerinterview (30 Minuten, per Video).
      Als Dankeschön erhalten Sie einen Gutschein im Wert von 50 €.

      Jetzt Termin auswählen

      Ihr UX-Research-Team von Lagerblick
      """, fmt="html", headers=bulk("research.lagerblick.example.com")),

    X("freundin_eigene_absage", "de", "steffi.lang@example.at",
      "Steffi Lang <steffi.lang@example.at>", "na super", """
      Hey Kai,

      rate mal wer heute eine Absage bekommen hat 🙃 Die Versicherung hat sich nach drei Runden für
      jemand Internen entschieden. Ich bin echt angefressen. Gehen wir Freitag auf ein Bier? Ich
      brauch das jetzt. Wie läufts bei dir mit den Bewerbungen?

      Steffi
      """),

    X("post_zustellung_verzoegert", "de", "", "Österreichische Post <noreply@post.example.at>",
      "Ihre Sendung verzögert sich", """
      Sehr geehrter Kunde,

      leider verzögert sich die Zustellung Ihrer Sendung 1234 5678 9012 aufgrund des hohen
      Sendungsaufkommens. Die neue voraussichtliche Zustellung ist am Donnerstag zwischen 10 und 14 Uhr.

      Wir bitten um Ihr Verständnis.
      Ihre Post
      """, fmt="alt"),

    X("dpd_paketposition", "de", "", "DPD Austria <noreply@dpd.example.at>",
      "Ihr Paket kommt heute - Position des Fahrers live", """
      Hallo Kai Wozniak-Hartmann,

      Ihr Paket von Elektro Haberl wird heute zugestellt. Zeitfenster: 13:15 - 14:15 Uhr.
      Verfolgen Sie die aktuelle Position Ihres Fahrers live auf der Karte.

      Sie sind nicht zu Hause? Paket umleiten oder an einen Pickup Paketshop senden.

      Ihr DPD Team
      """, fmt="html"),

    X("kreditkarte_antrag_eingegangen", "de", "", "Donaubank <service-noreply@donaubank.example.at>",
      "Ihr Kreditkartenantrag ist eingegangen", """
      Sehr geehrter Herr Wozniak-Hartmann,

      vielen Dank für Ihren Antrag auf eine Donaubank Gold Kreditkarte. Ihr Antrag ist bei uns
      eingegangen und wird derzeit geprüft. Leider können wir Ihnen zum jetzigen Zeitpunkt noch keine
      Auskunft über die Entscheidung geben; Sie erhalten innerhalb von 5 Werktagen eine Nachricht.

      Freundliche Grüße
      Ihre Donaubank
      """),

    X("wohnung_absage_genossenschaft", "de", "wohnungsvergabe@heimbau-donau.example.at",
      "Wohnungsvergabe Heimbau Donau <wohnungsvergabe@heimbau-donau.example.at>",
      "Ihre Wohnungsbewerbung - Objekt 1100 Wien, Laxenburger Straße", """
      Sehr geehrter Herr Wozniak-Hartmann,

      danke für Ihr Interesse an der Wohnung Top 14. Leider müssen wir Ihnen mitteilen, dass die
      Wohnung bereits an andere Interessenten vergeben wurde. Wir haben Ihre Vormerkung für
      vergleichbare Objekte aktiv gelassen.

      Mit freundlichen Grüßen
      Heimbau Donau - Wohnungsvergabe
      """, charset="iso-8859-1"),

    X("finanzonline_databox", "de", "", "FinanzOnline <noreply@finanzonline.example.gv.at>",
      "Neue Nachricht in Ihrer DataBox", """
      Sehr geehrte Teilnehmerin, sehr geehrter Teilnehmer!

      In Ihrer FinanzOnline DataBox ist ein neues Dokument eingelangt (Einkommensteuerbescheid 2025).
      Bitte melden Sie sich bei FinanzOnline an, um das Dokument abzurufen.

      Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf.
      Bundesministerium für Finanzen
      """, charset="iso-8859-1"),

    X("oegk_bescheid", "de", "", "ÖGK <noreply@oegk.example.at>", "Ihre Anfrage wurde bearbeitet", """
      Sehr geehrter Herr Wozniak-Hartmann,

      Ihr Antrag auf Kostenerstattung (Wahlarztrechnung vom 12.02.2026) wurde bearbeitet. Den Betrag
      von 48,20 € überweisen wir in den nächsten Tagen auf Ihr Konto. Details finden Sie in
      meineÖGK.

      Ihre Österreichische Gesundheitskasse
      """),

    X("oebb_verspaetung", "de", "", "ÖBB <ticket-noreply@oebb.example.at>",
      "Fahrgastinformation: RJX 662 Wien Hbf - Salzburg Hbf", """
      Sehr geehrter Fahrgast,

      Ihr Zug RJX 662 hat derzeit eine Verspätung von ca. 25 Minuten aufgrund einer Signalstörung
      im Bereich St. Pölten. Ihr Anschluss in Salzburg Hbf kann voraussichtlich nicht erreicht werden.

      Informationen zur Fahrgastrechte-Entschädigung finden Sie in der ÖBB App.

      Gute Reise!
      Ihre ÖBB
      """, fmt="alt"),

    X("wien_energie_abrechnung", "de", "", "Wien Energie <kundenservice-noreply@wienenergie.example.at>",
      "Ihre Jahresabrechnung ist da", """
      Servus Kai,

      deine Jahresabrechnung für Strom und Gas steht ab sofort im Kundenportal bereit. Gute Nachricht:
      du bekommst 86,40 € zurück. Deine neue Teilbetragsvorschreibung ab Mai: 74 € pro Monat.

      Dein Wien Energie Team
      """, fmt="html"),

    X("magenta_rechnung", "de", "", "Magenta Telekom <rechnung-noreply@magenta.example.at>",
      "Ihre Rechnung für Jänner 2026", """
      Sehr geehrter Herr Wozniak-Hartmann,

      Ihre Rechnung für Jänner 2026 über 39,90 € ist jetzt in Mein Magenta verfügbar. Der Betrag wird
      am 20.02.2026 von Ihrem Konto abgebucht.

      Ihr Magenta Team
      """, when="2026-02-05 06:12", cte="quoted-printable"),

    X("fitness_kurs_abgesagt", "de", "", "FitWerk Wien <noreply@fitwerk.example.at>",
      "Dein Kurs wurde abgesagt: Functional Training Do 18:30", """
      Hey Kai,

      leider müssen wir deinen gebuchten Kurs "Functional Training" am Donnerstag um 18:30 absagen,
      da der Trainer krank ist. Dein Credit wurde dir gutgeschrieben. Buch dir gleich einen Ersatztermin!

      Sportliche Grüße
      Dein FitWerk Team
      """, fmt="html"),

    X("sprachkurs_einstufung", "de", "anmeldung@sprachwerk.example.at",
      "Sprachwerk Wien <anmeldung@sprachwerk.example.at>", "Ihr Einstufungsgespräch Spanisch B1", """
      Sehr geehrter Herr Wozniak-Hartmann,

      danke für Ihre Anmeldung zum Spanischkurs B1 (Abendkurs). Ihr kurzes Einstufungsgespräch findet
      am Montag, 9. März, um 17:30 Uhr in unserem Institut in der Kaiserstraße statt (ca. 15 Minuten).

      Falls der Termin nicht passt, antworten Sie einfach auf diese E-Mail.

      Herzliche Grüße
      Ihr Sprachwerk-Team
      """),

    X("alumni_karriereabend", "de", "", "Alumni WU Logistik <news@alumni-logistik.example.at>",
      "Einladung: Karriereabend \"Vom Absage-Frust zur Zusage\"", """
      Liebe Alumni,

      am 24. September laden wir zu unserem Karriereabend ein: Recruiterinnen aus Industrie und
      Handel erzählen, wie Bewerbungsgespräche heute ablaufen, was hinter einer Absage steckt und
      wie man sich auf ein Assessment Center vorbereitet. Anschließend Networking mit Buffet.

      Anmeldung bis 15. September über das Alumni-Portal.

      Herzliche Grüße
      Ihr Alumni-Verein
      """, fmt="alt", headers=bulk("news.alumni-logistik.example.at")),

    X("eigene_bewerbung_gesendet", "de", "", KAI, "Bewerbung als Supply Chain Planner (m/w/d)", """
      Sehr geehrte Frau Pichler,

      anbei sende ich Ihnen meine Bewerbungsunterlagen für die ausgeschriebene Position als Supply
      Chain Planner. Als SAP Key User in der Logistik eines Automobilzulieferers bringe ich mehrjährige
      Erfahrung in Disposition und Bestandsplanung mit.

      Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

      Mit freundlichen Grüßen
      Kai Wozniak-Hartmann
      +43 660 000 00 00
      """, to="Andrea Pichler <andrea.pichler@steirerfrost.example.at>", attach="Lebenslauf_Wozniak-Hartmann.pdf",
      when="2026-01-19 21:40"),

    X("eigene_antwort_auf_einladung", "de", "", KAI, "AW: Nächster Schritt", """
      Liebe Frau Eder,

      vielen Dank für die Einladung! Freitag, 20. März, 13:00 Uhr passt mir sehr gut. Ich freue mich
      auf das Gespräch mit Herrn Mag. Obermayr und den Werksrundgang.

      Herzliche Grüße
      Kai Wozniak-Hartmann
      """, to="Christina Eder <c.eder@salzach-verpackung.example.at>", quote=("de",
      "Christina Eder <c.eder@salzach-verpackung.example.at>", """
      Lieber Herr Wozniak-Hartmann,

      herzlichen Dank für das gute erste Gespräch! Wir würden Sie gerne zu einem zweiten Gespräch mit
      unserer Geschäftsführung einladen - vor Ort in Hallein.

      Herzliche Grüße
      Christina Eder
      """)),

    X("abwesenheit_recruiterin", "de", "lena.auer@berghofer-partner.example.at",
      "Lena Auer <lena.auer@berghofer-partner.example.at>", "Automatische Antwort: Unterlagen", """
      Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18. August nicht im Büro und habe
      nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
      office@berghofer-partner.example.at.

      Beste Grüße
      Lena Auer
      """, headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))),

    X("standup_kalender", "de", "florian.mayr@donautal-metall.example.at",
      "Florian Mayr <florian.mayr@donautal-metall.example.at>", "Einladung: Daily Standup Logistik (täglich 08:45)", """
      Servus zusammen,

      ab Montag machen wir das Daily Standup Logistik wieder um 08:45 im Teams-Kanal, 15 Minuten.
      Bitte kurz Status zu offenen Lieferungen und Engpässen mitbringen.

      Danke & LG
      Florian
      """, ics="REQUEST", ics_when="20260302T074500Z", ics_title="Daily Standup Logistik",
      to="Logistik Team <logistik-team@donautal-metall.example.at>, " + KAI),

    X("fh_zulassung_master", "de", "", "FH Campus Donau Studienservice <studienservice-noreply@fhcd.example.at>",
      "Ergebnis Aufnahmeverfahren Master Supply Chain Analytics", """
      Sehr geehrter Herr Wozniak-Hartmann,

      wir freuen uns, Ihnen mitzuteilen, dass Sie das Aufnahmeverfahren für den berufsbegleitenden
      Masterstudiengang Supply Chain Analytics erfolgreich absolviert haben und einen Studienplatz
      für das Wintersemester 2026/27 erhalten. Bitte bestätigen Sie Ihren Studienplatz bis 30. Juni.

      Mit freundlichen Grüßen
      Studienservice
      """),

    X("kfz_versicherung_polizze", "de", "service@alpina-vers.example.at", "Alpina Versicherung <service@alpina-vers.example.at>",
      "Ihr Antrag zur Kfz-Haftpflicht wurde angenommen", """
      Sehr geehrter Herr Wozniak-Hartmann,

      wir haben Ihren Antrag erhalten und geprüft. Ihre Polizze für den Skoda Octavia (W-12345X) ist
      ab 1. April gültig. Die Versicherungsbestätigung für die Zulassung finden Sie im Anhang.

      Mit freundlichen Grüßen
      Ihre Alpina Versicherung
      """, attach="Versicherungsbestaetigung.pdf"),
]
