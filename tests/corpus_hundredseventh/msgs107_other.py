"""Other mail: newsletters, alerts, other meanings of the words, friends, own mail (hundredseventh)."""

from msgs107_common import M, news_shell

T = "other"
U = "yusuf.dl@example.se"

MESSAGES = [
    M(T, "newsletter_absagen", "de", "Karriere Kompass <newsletter@karriere-kompass.example.de>",
      "Absage erhalten? 7 Dinge, die Sie jetzt tun sollten", "02-06 07:00",
      """Liebe Leserinnen und Leser,

eine Absage tut weh – gerade nach einem guten Vorstellungsgespräch. In dieser Ausgabe zeigen wir, wie Sie aus einer Absage lernen, wann sich eine Nachfrage lohnt und warum "leider" nicht das letzte Wort sein muss.

Außerdem: Was tun, wenn Sie ein Vorstellungsgespräch verpasst haben?

Ihr Karriere-Kompass-Team""",
      struct="html", list_id="Karriere Kompass <weekly.karriere-kompass.example.de>",
      unsub="<https://karriere-kompass.example.de/abmelden?u=88f1>, <mailto:unsubscribe@karriere-kompass.example.de>",
      html=news_shell("Karriere Kompass", [
          ("Absage nach dem Interview: So fragen Sie nach Feedback", "Mit Mustertext für Ihre Antwort an die Personalabteilung.", "https://click.karriere-kompass.example.de/l/1?u=88f1"),
          ("Vorstellungsgespräch verpasst – ist jetzt alles vorbei?", "Warum eine schnelle, ehrliche Entschuldigung oft hilft.", "https://click.karriere-kompass.example.de/l/2?u=88f1"),
          ("Einladung zum Zweitgespräch: die 10 häufigsten Fragen", "Von Gehalt bis Kündigungsfrist.", "https://click.karriere-kompass.example.de/l/3?u=88f1"),
      ], "Liebe Leserinnen und Leser,\n\neine Absage tut weh – gerade nach einem guten Vorstellungsgespräch. In dieser Ausgabe zeigen wir, wie Sie aus einer Absage lernen.",
          "https://click.karriere-kompass.example.de/abmelden?u=88f1",
          "Karriere Kompass Medien GmbH · Rosenthaler Str. 40 · 10178 Berlin · HRB 201334 B")),
    M(T, "jobalert_zoll", "de", "StepUp Jobs Jobagent <jobagent@stepup-jobs.example.de>",
      "12 neue Jobs für „Zoll Hamburg“", "02-09 06:30",
      """Hallo Yusuf,

Ihr Jobagent hat 12 neue Stellen gefunden: Zollsachbearbeiter (m/w/d) bei Elbkontor Logistik, Customs Specialist bei Hapag Nordlicht, Exportsachbearbeitung bei Dahlmann & Co. und weitere.

Jetzt bewerben, bevor die Stelle vergeben ist!""",
      struct="html", list_id="<jobagent.stepup-jobs.example.de>", unsub="<https://trk.stepup-jobs.example.de/unsub?a=zoll-hh>",
      html=news_shell("StepUp Jobs – Ihr Jobagent", [
          ("Zollsachbearbeiter (m/w/d) – Elbkontor Logistik, Hamburg", "Vollzeit · ATLAS · ab sofort", "https://trk.stepup-jobs.example.de/c?j=4411"),
          ("Customs Compliance Specialist – Hapag Nordlicht, Hamburg", "Englisch fließend · Hybrid", "https://trk.stepup-jobs.example.de/c?j=4412"),
          ("Exportsachbearbeitung – Dahlmann & Co., Hamburg", "Kaffeeimport · Teilzeit möglich", "https://trk.stepup-jobs.example.de/c?j=4413"),
          ("Disponent Seefracht – Behrends Spedition, Hamburg", "Bewerbung in 1 Minute", "https://trk.stepup-jobs.example.de/c?j=4414"),
      ], "Hallo Yusuf,\n\nIhr Jobagent hat 12 neue Stellen gefunden. Jetzt bewerben, bevor die Stelle vergeben ist!",
          "https://trk.stepup-jobs.example.de/unsub?a=zoll-hh", "StepUp Jobs GmbH · Berlin · Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.")),
    M(T, "ooo_pohlmann", "de", "Katrin Pohlmann <k.pohlmann@elbkontor-logistik.example.de>",
      "Abwesenheitsnotiz: Rückfrage zu meinem Gespräch", "02-13 09:02",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.02.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@elbkontor-logistik.example.de.

Mit freundlichen Grüßen
Katrin Pohlmann""",
      contact="k.pohlmann@elbkontor-logistik.example.de", auto="auto-replied", irt="<CAY7d8uu@mail.example.se>",
      headers={"X-Auto-Response-Suppress": "All"}, cs="iso-8859-1", cte="qp", hdr_cs="iso-8859-1"),
    M(T, "cold_outreach_de", "de", "Moritz Lange <moritz.lange@hafen-talente.example.de>",
      "Spannende Position im Zollbereich – kurzer Austausch?", "02-16 12:20",
      """Hallo Herr Demirci-Lindqvist,

ich bin bei Ihrem Profil hängen geblieben: Ihre Erfahrung in der Seefracht-Disposition plus der Wechsel Richtung Zoll passt sehr gut zu einer Vakanz, die ich aktuell für einen Kunden in Bremen besetze.

Hätten Sie Lust auf ein unverbindliches Telefonat in den nächsten Tagen? Dann schicken Sie mir gern zwei, drei Zeitfenster.

Viele Grüße
Moritz Lange
Senior Consultant | Hafen Talente
+49 421 555 33 90 | LinkedIn | Xing""",
      contact="moritz.lange@hafen-talente.example.de", struct="alt", brand="Hafen Talente", color="#264653"),
    M(T, "podcast_de", "de", "Svea Hinrichsen <svea@kaikante-podcast.example.de>", "Interview für „Kaikante“?", "02-25 18:05",
      """Hallo Yusuf,

ich mache den Podcast „Kaikante – Menschen im Hafen“. Ein gemeinsamer Bekannter (Ole aus Bremerhaven) meinte, du hättest spannende Geschichten aus der Disposition.

Hättest du Lust auf ein Interview für eine Folge? Aufnahme ca. 45 Minuten, gern bei uns im Studio in Altona oder remote. Es geht nicht um Jobs, sondern um deinen Alltag zwischen Kai und Zollamt.

Liebe Grüße
Svea""",
      contact="svea@kaikante-podcast.example.de", cs="utf-8", cte="8bit"),
    M(T, "presse_interview", "de", "Redaktion Hafenblatt – Jan Riecke <j.riecke@hafenblatt.example.de>",
      "Anfrage: Interview zum Thema Fachkräftemangel im Hafen", "03-04 10:44",
      """Sehr geehrter Herr Demirci-Lindqvist,

für eine Reportage über den Fachkräftemangel in der Hafenlogistik suchen wir Beschäftigte, die sich beruflich neu orientieren. Wären Sie zu einem kurzen Interview (ca. 20 Minuten, telefonisch) bereit? Auf Wunsch anonymisiert.

Mit freundlichen Grüßen
Jan Riecke
Redakteur Wirtschaft, Hafenblatt""",
      contact="j.riecke@hafenblatt.example.de"),
    M(T, "nutzerinterview", "de", "Carla Neumann | FrachtApp <carla.neumann@frachtapp.example.de>",
      "Nutzerinterview: 30 Minuten, 40 € Gutschein", "03-08 14:00",
      """Hallo Yusuf,

du nutzt FrachtApp seit einem Jahr – danke dafür! Wir möchten verstehen, wie Disponent:innen Zollpapiere organisieren, und suchen Teilnehmende für ein Nutzerinterview (30 Min. per Video). Als Dankeschön gibt es einen 40-€-Gutschein.

Einfach auf diese Mail antworten und einen Termin vorschlagen.

Carla
UX Research, FrachtApp""",
      contact="carla.neumann@frachtapp.example.de", struct="alt", brand="FrachtApp", color="#f4a261"),
    M(T, "gps_position", "de", "NaviGo <noreply@navigo-app.example.de>", "Ihre Position wurde geteilt", "03-14 08:12",
      """Hallo Yusuf,

Ihre aktuelle Position wurde für 60 Minuten mit "Anna" geteilt. Sie können die Freigabe jederzeit in der App beenden.

Ihr NaviGo-Team""",
      struct="html", brand="NaviGo", color="#3a86ff", track="https://t.navigo-app.example.de/o",
      footer="NaviGo GmbH · München · <a href='https://t.navigo-app.example.de/settings'>Benachrichtigungen verwalten</a>"),
    M(T, "paket_verspaetet", "de", "Paketdienst Nord <benachrichtigung@paketdienst-nord.example.de>",
      "Leider verzögert sich Ihre Sendung", "03-17 11:30",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Neuer voraussichtlicher Zustelltag: Donnerstag, 19.03.2026.

Wir bitten um Entschuldigung.
Ihr Paketdienst Nord""",
      struct="html", brand="Paketdienst Nord", color="#ffcc00", track="https://trk.paketdienst-nord.example.de/o",
      footer="Paketdienst Nord GmbH · Bitte antworten Sie nicht auf diese E-Mail."),
    M(T, "kredit_eingang", "de", "Hansa Direktbank <service-noreply@hansa-direktbank.example.de>",
      "Ihr Kreditantrag ist eingegangen", "03-21 10:00",
      """Sehr geehrter Herr Demirci-Lindqvist,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 8.000 €. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Die Entscheidung erhalten Sie in der Regel innerhalb von 2 Werktagen.

Ihre Hansa Direktbank""",
      struct="html", brand="Hansa Direktbank", color="#00205b", footer="Hansa Direktbank AG · Vorstand: M. Kühl · BaFin-reguliert"),
    M(T, "kredit_abgelehnt", "de", "Hansa Direktbank <service-noreply@hansa-direktbank.example.de>",
      "Entscheidung zu Ihrem Kreditantrag", "03-24 09:15",
      """Sehr geehrter Herr Demirci-Lindqvist,

wir haben Ihren Antrag auf einen Ratenkredit sorgfältig geprüft. Leider können wir Ihnen derzeit kein Angebot machen. Ihr Antrag wurde abgelehnt.

Gründe können u. a. die Dauer des aktuellen Beschäftigungsverhältnisses sein.

Ihre Hansa Direktbank""",
      struct="alt", brand="Hansa Direktbank", color="#00205b", footer="Hansa Direktbank AG · Vorstand: M. Kühl"),
    M(T, "wohnung_absage", "de", "WohnPortal Nord <no-reply@wohnportal-nord.example.de>",
      "Absage zu Ihrer Wohnungsanfrage: 2-Zimmer, Ottensen", "04-02 15:45",
      """Hallo Yusuf Demirci-Lindqvist,

der Anbieter der Wohnung "Helle 2-Zimmer-Wohnung in Ottensen, 58 m²" hat sich für andere Interessenten entschieden. Ihre Bewerbung um die Wohnung wurde leider nicht berücksichtigt.

Weitere passende Angebote finden Sie in Ihrer Suche.""",
      struct="html", brand="WohnPortal Nord", color="#e76f51", track="https://t.wohnportal-nord.example.de/o",
      footer="<a href='https://t.wohnportal-nord.example.de/unsub'>Benachrichtigungen abbestellen</a>"),
    M(T, "freund_absage", "de", "Deniz <deniz.aksoy@example.de>", "boah", "04-05 22:31",
      """Hey Yusuf,

rate mal wer ne Absage von Hapag Nordlicht bekommen hat... ich. Nach drei Runden!! "Wir haben uns für Kandidaten entschieden, deren Erfahrung besser passt" blabla.

Lass mal am Wochenende ein Bier trinken, ich brauch das. Wie läufts bei dir eigentlich?

Deniz""",
      contact="deniz.aksoy@example.de", cs="utf-8", cte="8bit"),
    M(T, "freund_interview", "de", "Marie Lindqvist <marie.lindqvist@example.se>", "Daumen drücken!", "04-09 07:15",
      """Hej Bruderherz,

ich hab heute um 11 mein Vorstellungsgespräch bei der Stadt Göteborg, drück mir die Daumen! Die haben mich tatsächlich eingeladen, ich bin so aufgeregt.

Erzähl mir nachher, wie dein Termin in Antwerpen war.

Kram
Marie""",
      contact="marie.lindqvist@example.se"),
    M(T, "eigene_mail", "de", "Yusuf Demirci-Lindqvist <yusuf.dl@example.se>", "Bewerbung als Zolldeklarant", "04-18 20:02",
      """Sehr geehrter Herr Grünwald,

hiermit bewerbe ich mich um die ausgeschriebene Stelle als Zolldeklarant in Basel. Seit sechs Jahren koordiniere ich in Hamburg Seefracht- und Hinterlandverkehre und möchte mich nun auf Zoll und Außenhandel spezialisieren.

Über eine Einladung zu einem Vorstellungsgespräch freue ich mich.

Mit freundlichen Grüßen
Yusuf Demirci-Lindqvist""",
      to="Thomas Grünwald <thomas.gruenwald@alpentrans.example.ch>", struct="mixed", attach=["Lebenslauf_Demirci-Lindqvist.pdf"]),
    M(T, "warteschlange", "de", "Bürgerservice Hamburg <termine-noreply@buergerservice-hh.example.de>",
      "Ihre Position in der Warteschlange: 37", "04-23 08:01",
      """Guten Tag,

Sie befinden sich in der digitalen Warteschlange für einen Termin im Kundenzentrum Altona. Ihre aktuelle Position: 37. Geschätzte Wartezeit: 45 Minuten.

Bitte halten Sie Ihre Vorgangsnummer bereit.""",
      cs="iso-8859-1", cte="qp"),
    M(T, "ihk_webinar", "de", "IHK Nord Weiterbildung <veranstaltungen@ihk-nord.example.de>",
      "Webinar: Zolltarif 2027 – was ändert sich?", "05-05 09:30",
      """Sehr geehrte Damen und Herren,

am 3. Juni 2026 informieren unsere Referenten über die Änderungen im Zolltarif und bei ATLAS. Die Teilnahme ist für Mitgliedsunternehmen kostenfrei.

Melden Sie sich jetzt an – die Plätze sind begrenzt.

Ihre IHK Nord""",
      struct="html", list_id="IHK Nord Veranstaltungen <veranstaltungen.ihk-nord.example.de>",
      unsub="<https://ihk-nord.example.de/nl/abmelden?id=77a>", brand="IHK Nord", color="#005ca9",
      track="https://nl.ihk-nord.example.de/o/77a", button=("Jetzt anmelden", "https://nl.ihk-nord.example.de/c/77a/anmeldung"),
      footer="IHK Nord · Körperschaft des öffentlichen Rechts · <a href='https://ihk-nord.example.de/nl/abmelden?id=77a'>Newsletter abbestellen</a>"),
    M(T, "arbeitsagentur_termin", "de", "Agentur für Arbeit Hamburg <noreply@arbeitsagentur-hh.example.de>",
      "Einladung zu einem Beratungsgespräch", "05-11 07:45",
      """Sehr geehrter Herr Demirci-Lindqvist,

wir laden Sie zu einem Gespräch über Ihre berufliche Weiterbildung (Bildungsgutschein Zollfachkraft) ein: Dienstag, 19.05.2026, 10:15 Uhr, Kurt-Schumacher-Allee 16, Raum 3.042.

Die Nachricht finden Sie auch in Ihrem Postfach im Online-Portal.

Ihre Agentur für Arbeit Hamburg""",
      cs="iso-8859-1", cte="qp"),
    M(T, "netzwerk_profilbesucher", "de", "Netzwerk Pro <benachrichtigungen@netzwerkpro.example.de>",
      "5 neue Besucher auf Ihrem Profil", "05-16 18:00",
      """Hallo Yusuf,

Ihr Profil wurde diese Woche 5-mal besucht, u. a. von einer Recruiterin aus Bremen und einem Mitarbeiter von Hapag Nordlicht. Mit Premium sehen Sie alle Besucher.""",
      struct="html", brand="Netzwerk Pro", color="#026466", track="https://t.netzwerkpro.example.de/o",
      list_id="<weekly.netzwerkpro.example.de>", unsub="<https://t.netzwerkpro.example.de/unsub?t=visits>",
      footer="<a href='https://t.netzwerkpro.example.de/unsub?t=visits'>Abbestellen</a>"),
    M(T, "kollege_zeugnis", "de", "Frank Meißner <frank.meissner@hanse-feeder.example.de>",
      "Dein Arbeitszeugnis", "05-20 12:30",
      """Hi Yusuf,

ich hab heute mit der Personalabteilung gesprochen, dein Zwischenzeugnis ist fertig und liegt bei mir. Soll ich es dir per Post schicken oder holst du es ab?

Und klar kannst du mich als Referenz angeben, wenn die Zollleute anrufen.

Gruß Frank""",
      contact="frank.meissner@hanse-feeder.example.de"),
    M(T, "freund_fwd_absage", "de", "Tobias Wendt <tobi.wendt@example.de>", "WG: Ihre Bewerbung", "05-27 21:12",
      """Moin Yusuf, guck mal was ich bekommen hab. Ist das jetzt ne Absage oder nicht? Werd aus dem Text nicht schlau.

Tobi

---------- Weitergeleitete Nachricht ----------
Von: Recruiting Team <jobs@harbour-tech.example.de>
Datum: Mi., 27. Mai 2026 um 16:02
Betreff: Ihre Bewerbung
An: Tobias Wendt <tobi.wendt@example.de>

Sehr geehrter Herr Wendt, leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung derzeit nicht berücksichtigen können. Wir laden Sie aber ein, sich auf andere Positionen zu bewerben.""",
      contact="tobi.wendt@example.de", cs="windows-1252", cte="qp"),
    M(T, "blog_verpasst", "de", "Bewerbungsschreiber.de <post@bewerbungsschreiber-news.example.de>",
      "Termin verpasst? So retten Sie Ihr Vorstellungsgespräch", "06-04 06:45",
      """Hallo,

"Wir haben auf Sie gewartet" – diese Mail möchte niemand bekommen. Im neuen Artikel erklären wir, wie Sie nach einem verpassten Vorstellungsgespräch richtig reagieren, und geben drei Formulierungsvorschläge.

Außerdem im Newsletter: Gehaltsverhandlung nach der Zusage, Absage richtig formulieren.

Viel Erfolg!""",
      struct="alt", list_id="<news.bewerbungsschreiber-news.example.de>",
      unsub="<mailto:leave-88@bewerbungsschreiber-news.example.de>, <https://bewerbungsschreiber-news.example.de/u?id=88>",
      brand="Bewerbungsschreiber.de", color="#6a4c93", track="https://bewerbungsschreiber-news.example.de/o/88",
      footer="Impressum · <a href='https://bewerbungsschreiber-news.example.de/u?id=88'>Abmelden</a>"),
    M(T, "agentur_topjobs", "de", "PortJobs Personal <news@portjobs-personal.example.de>",
      "🔥 TOP-JOBS DER WOCHE – JETZT BEWERBEN!!! 🔥", "06-08 10:00",
      """HALLO YUSUF!

Diese Woche haben wir 23 NEUE JOBS im Hafen für dich!!! Disponent, Zollsachbearbeiter, Lagerleitung – bewirb dich JETZT mit einem Klick!

Dein PortJobs Team""",
      struct="html", list_id="PortJobs News <news.portjobs-personal.example.de>",
      unsub="<https://portjobs-personal.example.de/nl/off?u=9921>", brand="PortJobs", color="#d62828",
      track="https://portjobs-personal.example.de/px/9921", button=("ALLE JOBS ANSEHEN", "https://portjobs-personal.example.de/r?u=9921&to=jobs"),
      footer="PortJobs Personal GmbH · Geschäftsführer: K. Brandt · <a href='https://portjobs-personal.example.de/nl/off?u=9921'>Abmelden</a>"),
    M(T, "umfrage_bewerbung", "de", "Hanseatische Hafenbetriebe <noreply@softgarden.io>",
      "Wie war Ihr Bewerbungserlebnis?", "06-15 11:00",
      """Sehr geehrter Herr Demirci-Lindqvist,

Sie haben sich kürzlich bei uns beworben. Wir möchten besser werden und bitten Sie um 2 Minuten für eine kurze, anonyme Umfrage zu Ihrem Bewerbungsprozess.

Vielen Dank!
Ihr Recruiting-Team""",
      struct="html", brand="Hanseatische Hafenbetriebe", color="#003d6b", button=("Zur Umfrage", "https://hhb.softgarden.io/survey/8831"),
      footer="Hanseatische Hafenbetriebe AG · Bei St. Annen 1 · 20457 Hamburg"),
    M(T, "ruderclub", "de", "Gesa Thomsen <gesa.thomsen@ruderclub-alster.example.de>", "Dein Mitgliedsantrag", "06-22 19:40",
      """Hallo Yusuf,

dein Mitgliedsantrag ist bei mir angekommen, danke! Der Vorstand entscheidet auf der Sitzung am 1. Juli, danach bekommst du Bescheid. Probetraining kannst du schon jetzt jeden Dienstag um 18 Uhr machen.

Sportliche Grüße
Gesa
Schriftführerin, Ruderclub Alster von 1872 e.V.""",
      contact="gesa.thomsen@ruderclub-alster.example.de", cs="iso-8859-1", cte="8bit"),
    M(T, "eigene_nachfrage_de", "de", "Yusuf Demirci-Lindqvist <yusuf.dl@example.se>", "Nachfrage Bewerbung Teamleitung Import",
      "05-06 08:15",
      """Sehr geehrte Damen und Herren,

am 18.04. habe ich mich als Teamleitung Import beworben und eine Eingangsbestätigung erhalten. Darf ich nachfragen, wie der aktuelle Stand ist?

Mit freundlichen Grüßen
Yusuf Demirci-Lindqvist""",
      to="Recruiting Hanseatische Hafenbetriebe <recruiting@hhb.example.de>"),
    M(T, "ooo_ch", "de", "Regula Baumann <regula.baumann@zollfrei-treuhand.example.ch>",
      "Automatische Antwort: Ihre Bewerbung – Einladung", "09-15 07:00",
      """Guten Tag

Ich bin bis am 18. September abwesend und habe nur beschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an hr@zollfrei-treuhand.example.ch.

Freundliche Grüsse
Regula Baumann""",
      contact="regula.baumann@zollfrei-treuhand.example.ch", auto="auto-replied", irt="<CAY7k2mm@mail.example.se>",
      cs="windows-1252", cte="qp"),
    M(T, "schwester_zusage", "de", "Marie Lindqvist <marie.lindqvist@example.se>", "Re: Daumen drücken!", "04-09 19:20",
      """Sie haben mich genommen!!! Ich fang im August an. Ich kann es nicht glauben.

Ruf mich an!

Marie

Am 09.04.2026 um 12:40 schrieb Yusuf Demirci-Lindqvist <yusuf.dl@example.se>:
> Und? Wie lief das Gespräch? Bei mir in Antwerpen wurde das Interview leider abgesagt, der Ansprechpartner war krank.""",
      contact="marie.lindqvist@example.se", irt="<CAY7e5zz@mail.example.se>", refs=["<CAF4marie01@mail.example.se>"]),

    # ---- English ----
    M(T, "podcast_en", "en", "Nadia Chen <nadia@boxtalk-podcast.example.com>", "Guest interview on BoxTalk?", "02-12 16:40",
      """Hi Yusuf,

I host BoxTalk, a small podcast about the people who keep containers moving. I loved your comment in the Customs Pros forum about T1 transit documents and wondered if you'd join us for an interview episode in March. It's about 40 minutes, recorded remotely.

No pressure at all - just let me know!

Nadia""",
      contact="nadia@boxtalk-podcast.example.com"),
    M(T, "user_research_en", "en", "Tom Becker at Clearpath <tom.becker@clearpath-customs.example.com>",
      "Quick interview about how you file customs declarations?", "03-02 13:00",
      """Hi Yusuf,

I'm a product researcher at Clearpath. We're talking to logistics coordinators about how they prepare customs declarations, and I'd love to interview you for 30 minutes. It's not a job interview - just research. We offer a EUR 50 voucher as thanks.

Interested? Just reply and I'll send some time slots.

Tom Becker
User Research, Clearpath""",
      contact="tom.becker@clearpath-customs.example.com", struct="alt", brand="Clearpath", color="#2a9d8f"),
    M(T, "package_delayed_en", "en", "NordShop <orders-noreply@nordshop.example.com>", "Unfortunately your package is delayed", "03-20 09:40",
      """Hi Yusuf,

Unfortunately your package (order #NS-448120, "Incoterms 2020 pocket guide") is delayed due to high volumes at our carrier. The new estimated delivery date is 26 March.

We're sorry for the inconvenience.
NordShop Customer Care""",
      struct="html", brand="NordShop", color="#222222", track="https://em.nordshop.example.com/o/448120",
      footer="NordShop Ltd · Registered in England No 11223344 · <a href='https://em.nordshop.example.com/prefs'>Email preferences</a>"),
    M(T, "loan_declined_en", "en", "Skandia Nordic Bank <no-reply@skandianordic-bank.example.se>",
      "Your loan application has been declined", "04-06 10:20",
      """Dear Yusuf Demirci-Lindqvist,

Thank you for applying for a personal loan with Skandia Nordic Bank. After reviewing your application, we are unable to approve it at this time. Your application has been declined.

You may request a copy of the credit information used in this decision.

Skandia Nordic Bank""",
      struct="html", brand="Skandia Nordic Bank", color="#003b5c", footer="Skandia Nordic Bank AB (publ) · Stockholm"),
    M(T, "friend_rejected_en", "en", "Sam Okafor <sam.okafor@example.com>", "well that's that", "04-11 23:05",
      """mate. BrightFreight rejected me this morning. "filled internally" lol. after 2 interviews. I didn't even know they had an internal candidate.

anyway how's your hunt going? heard you had something in Gothenburg

sam""",
      contact="sam.okafor@example.com", cs="utf-8", cte="8bit"),
    M(T, "own_followup_en", "en", "Yusuf Demirci-Lindqvist <yusuf.dl@example.se>", "Following up", "06-08 08:40",
      """Hi Sofie,

I hope you're well. I applied for the Procurement & Customs Coordinator role on 29 May and wanted to follow up. I'm still very interested and available for an interview at short notice.

Best regards,
Yusuf""",
      to="Sofie Holm <sofie.holm@skagen-marine.example.dk>"),
    M(T, "job_alert_en", "en", "CustomsJobs Europe <alerts@customsjobs-europe.example.com>",
      "New jobs matching: customs compliance, Rotterdam", "05-21 06:00",
      """Your daily job alert: 8 new jobs.

Customs Compliance Officer - Portside Analytics - Rotterdam
Trade Compliance Specialist - Scaldis Forwarding - Antwerp
Import Coordinator - BrightFreight - Antwerp

Don't miss out - apply today.""",
      struct="html", list_id="<daily-alerts.customsjobs-europe.example.com>",
      unsub="<https://customsjobs-europe.example.com/alerts/unsubscribe?k=y7d>",
      html=news_shell("CustomsJobs Europe", [
          ("Customs Compliance Officer - Portside Analytics", "Rotterdam · Full-time · Posted 1 day ago", "https://click.customsjobs-europe.example.com/j/1?k=y7d"),
          ("Trade Compliance Specialist - Scaldis Forwarding", "Antwerp · Full-time · Easy apply", "https://click.customsjobs-europe.example.com/j/2?k=y7d"),
          ("Import Coordinator - BrightFreight", "Antwerp · Hybrid", "https://click.customsjobs-europe.example.com/j/3?k=y7d"),
      ], "Your daily job alert: 8 new jobs matching customs compliance near Rotterdam.",
          "https://customsjobs-europe.example.com/alerts/unsubscribe?k=y7d", "CustomsJobs Europe B.V. · Amsterdam")),
    M(T, "newsletter_rejection_en", "en", "The Logistics Career Letter <hello@logisticscareerletter.example.com>",
      "Rejected again? Read this before your next application", "06-02 07:30",
      """This week: why "we've decided to move forward with other candidates" usually isn't about you, how to ask for feedback after an interview, and a reader's story about turning a missed interview into a job offer.

Plus: 5 customs roles we loved this week.

Unsubscribe anytime.""",
      struct="alt", list_id="<letter.logisticscareerletter.example.com>",
      unsub="<https://logisticscareerletter.example.com/unsub?s=4471>", brand="The Logistics Career Letter", color="#9b2226",
      track="https://logisticscareerletter.example.com/open/4471",
      footer="You signed up at logisticscareerletter.example.com · <a href='https://logisticscareerletter.example.com/unsub?s=4471'>Unsubscribe</a>"),
    M(T, "ooo_en", "en", "Erik Sandberg <erik.sandberg@gota-shipping.example.se>", "Automatic reply: Interview next steps",
      "09-11 10:00",
      """Thank you for your email. I am on annual leave until 21 September with no access to email. For urgent operational matters please contact ops@gota-shipping.example.se.

Erik Sandberg""",
      contact="erik.sandberg@gota-shipping.example.se", auto="auto-replied", irt="<CAY7m1pp@mail.example.se>"),
    M(T, "headhunter_cold_en", "en", "Olivia Grant <olivia.grant@meridian-search.example.com>",
      "Confidential opportunity - Head of Customs (Copenhagen)", "06-26 14:15",
      """Hi Yusuf,

I'm retained by a leading Nordic shipping group to find a Head of Customs for their Copenhagen hub. Your background looks like an interesting fit, even if it may be a step up.

Would you be open to a confidential chat this week? My direct line is below.

Olivia Grant | Partner | Meridian Search Partners
+44 20 7946 0183
Meridian Search Partners Ltd, registered in England No 09876543""",
      contact="olivia.grant@meridian-search.example.com", struct="alt", brand="Meridian Search Partners"),
    M(T, "queue_support_en", "en", "FreightBox Support <support-noreply@freightbox.example.com>",
      "You're #14 in the queue", "07-03 12:02",
      """Hi Yusuf,

Thanks for contacting FreightBox support. Your position in the queue is 14. Average wait time: 20 minutes. We'll email you when an agent picks up your request (ticket #88213).""",
      struct="alt", brand="FreightBox", color="#ef476f"),
    M(T, "meetup_en", "en", "Customs Tech Meetup Rotterdam <events@customstech-meetup.example.nl>",
      "Customs Tech Meetup #14: AI for HS classification", "07-14 17:00",
      """Hi there,

Our next meetup is on 10 September at the Port Innovation Dock. Talks: AI for HS code classification, and "What I learned from 40 job interviews in port logistics".

RSVP below - pizza included!""",
      struct="html", list_id="<members.customstech-meetup.example.nl>",
      unsub="<https://customstech-meetup.example.nl/unsubscribe?m=14>", brand="Customs Tech Meetup", color="#3d5a80",
      button=("RSVP", "https://customstech-meetup.example.nl/r/14"),
      footer="<a href='https://customstech-meetup.example.nl/unsubscribe?m=14'>Unsubscribe</a>"),
    M(T, "bounce_en", "en", "Mail Delivery Subsystem <mailer-daemon@mail.example.se>", "Delivery Status Notification (Failure)",
      "08-06 09:12",
      """Address not found

Your message wasn't delivered to hr@kattegat-coldchain.example.se because the address couldn't be found, or is unable to receive mail.

The response was:
550 5.1.1 The email account that you tried to reach does not exist.""",
      auto="auto-replied"),
    M(T, "security_alert_en", "en", "JobHarbour <security-noreply@jobharbour.example.com>", "New sign-in to your account",
      "08-15 22:48",
      """Hi Yusuf,

We noticed a new sign-in to your JobHarbour account from Chrome on Windows in Hamburg, Germany. If this was you, you can ignore this email.""",
      struct="html", brand="JobHarbour", color="#0a66c2", footer="JobHarbour, Inc. · This is a security notification."),
    M(T, "friend_interview_en", "en", "Anneke de Vries <anneke.devries@example.nl>", "guess what", "09-19 18:25",
      """Hiii!! I have an interview with the port authority next Tuesday!!! Any tips? You've done like 20 of these this year haha.

Also are you coming to Rotterdam for my birthday?

x Anneke

Sent from my iPhone""",
      contact="anneke.devries@example.nl"),

    # ---- French ----
    M(T, "alerte_emploi_fr", "fr", "Cadremploi Portuaire <alertes@cadremploi-portuaire.example.fr>",
      "Vos nouvelles offres : déclarant en douane", "03-06 07:00",
      """Bonjour,

5 nouvelles offres correspondent à votre alerte « déclarant en douane – Le Havre ». Postulez dès maintenant !""",
      struct="html", list_id="<alertes.cadremploi-portuaire.example.fr>",
      unsub="<https://cadremploi-portuaire.example.fr/desinscription?a=dd76>",
      html=news_shell("Cadremploi Portuaire", [
          ("Déclarant en douane H/F – Normandie Portuaire", "Le Havre · CDI", "https://clic.cadremploi-portuaire.example.fr/o/1?a=dd76"),
          ("Assistant transit import – Seine Fret", "Rouen · CDD 6 mois", "https://clic.cadremploi-portuaire.example.fr/o/2?a=dd76"),
      ], "Bonjour,\n\n5 nouvelles offres correspondent à votre alerte « déclarant en douane – Le Havre ».",
          "https://cadremploi-portuaire.example.fr/desinscription?a=dd76", "Cadremploi Portuaire SAS · Paris · Vous recevez cet e-mail car vous avez créé une alerte.")),
    M(T, "ami_entretien_fr", "fr", "Julien Moreau <julien.moreau@example.fr>", "mon entretien", "05-09 20:50",
      """Salut Yusuf,

Bon, mon entretien chez CMA s'est super bien passé, ils m'ont dit qu'ils me rappelaient la semaine prochaine. Croise les doigts pour moi !

Et toi, t'as eu des nouvelles de la boîte à Anvers ?

Ju""",
      contact="julien.moreau@example.fr", cs="iso-8859-1", cte="qp"),
    M(T, "colis_retard_fr", "fr", "Colis Express <ne-pas-repondre@colis-express.example.fr>",
      "Votre colis est retardé", "06-19 10:30",
      """Bonjour,

Malheureusement, votre colis n° 6A21998877665 a pris du retard. Nouvelle date de livraison estimée : 23 juin.

Nous vous prions de nous excuser pour ce désagrément.
Colis Express""",
      struct="html", brand="Colis Express", color="#ffb703", footer="Colis Express SAS · Merci de ne pas répondre à ce message."),
    M(T, "journaliste_fr", "fr", "Claire Dubois <claire.dubois@journal-maritime.example.fr>",
      "Demande d'interview – reconversion dans la douane", "07-22 11:05",
      """Bonjour Monsieur Demirci-Lindqvist,

Je suis journaliste au Journal Maritime et je prépare un article sur les professionnels de la logistique qui se reconvertissent dans la douane. Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique de 20 minutes ?

Bien cordialement,
Claire Dubois
Journal Maritime – Rédaction""",
      contact="claire.dubois@journal-maritime.example.fr", struct="alt", brand="Journal Maritime"),

    # ---- Spanish ----
    M(T, "piso_rechazado", "es", "PisoYa <notificaciones@pisoya.example.es>", "Tu solicitud para el piso ha sido rechazada",
      "06-12 16:00",
      """Hola Yusuf,

El propietario del piso "Ático luminoso en Ruzafa, 2 hab." ha revisado tu solicitud y ha decidido no seguir adelante. Te animamos a seguir buscando: hay 34 pisos nuevos en tu zona.

El equipo de PisoYa""",
      struct="html", brand="PisoYa", color="#ff6b35", track="https://t.pisoya.example.es/o",
      footer="PisoYa S.L. · <a href='https://t.pisoya.example.es/baja'>Darse de baja</a>"),
    M(T, "amiga_rechazo", "es", "Carmen Ruiz <carmen.ruiz@example.es>", "nada…", "06-16 22:10",
      """Yusuf!! Al final no me han cogido en la naviera, me mandaron un correo de rechazo super frio esta mañana. Que rabia, despues de tres entrevistas...

Bueno, ¿cuando vienes a Valencia? Te invito a una horchata para consolarme jaja

Besos
Carmen""",
      contact="carmen.ruiz@example.es", cs="utf-8", cte="8bit"),
    M(T, "banco_prestamo", "es", "Banco Mediterráneo Digital <avisos@bancomediterraneo.example.es>",
      "Hemos recibido su solicitud de préstamo", "07-02 09:00",
      """Estimado cliente:

Le confirmamos que hemos recibido su solicitud de préstamo personal por importe de 6.000 EUR. Le informaremos de la resolución en un plazo máximo de 48 horas.

Este es un mensaje automático, por favor no responda.""",
      struct="html", brand="Banco Mediterráneo Digital", color="#005f73", cs="iso-8859-1", cte="qp", hdr_cs="iso-8859-1",
      footer="Banco Mediterráneo Digital, S.A. · Inscrito en el Registro del Banco de España"),
    M(T, "boletin_empleo", "es", "EmpleoPuerto <boletin@empleopuerto.example.es>", "Tus alertas de empleo: 9 ofertas nuevas",
      "07-18 07:15",
      """¡Hola Yusuf!

Tenemos 9 ofertas nuevas para "aduanas Valencia". Entre ellas: Técnico de Comercio Exterior en Grupo Albufera Retail y Agente de aduanas en Transitarios Turia.

¡Inscríbete ya!""",
      struct="alt", list_id="<alertas.empleopuerto.example.es>", unsub="<https://empleopuerto.example.es/baja?u=y7>",
      brand="EmpleoPuerto", color="#2b9348", track="https://empleopuerto.example.es/o/y7",
      footer="<a href='https://empleopuerto.example.es/baja?u=y7'>Darse de baja</a>"),
    M(T, "radio_entrevista", "es", "Andrés Navarro <andres.navarro@radiopuerto.example.es>",
      "Entrevista para el programa Puerto Abierto", "08-21 12:30",
      """Hola Yusuf:

Te escribo de Radio Puerto Valencia. Estamos preparando un programa sobre trabajadores europeos en la logística portuaria y nos gustaría hacerte una breve entrevista (15 minutos, por teléfono). ¿Te animas?

Un saludo,
Andrés Navarro
Productor – Puerto Abierto""",
      contact="andres.navarro@radiopuerto.example.es", struct="alt", brand="Radio Puerto Valencia"),
    M(T, "fuera_oficina", "es", "Paula Giménez <paula.gimenez@marlogix.example.es>",
      "Respuesta automática: Re: Gracias por la entrevista", "08-10 09:00",
      """Hola,

Estoy de vacaciones hasta el 24 de agosto, sin acceso al correo. Para temas urgentes de selección escribe a talento@marlogix.example.es.

¡Gracias!
Paula""",
      contact="paula.gimenez@marlogix.example.es", auto="auto-replied", irt="<CAY7n4qq@mail.example.se>",
      cs="windows-1252", cte="qp"),
]
