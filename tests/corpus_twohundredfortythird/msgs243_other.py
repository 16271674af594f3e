# ruff: noqa
"""Corpus 243, hand-written: everything else (52) – digests, advice, the candidate's own mail,
personal and administrative mail that borrows the vocabulary of job mail."""

from msgs243_common import CAND, digest_html, digest_text, outlook, paras, quote, word_html

X = "other"


def bulk(list_id, unsub):
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

_stellen = [
    ("Disponent Nahverkehr (m/w/d) – Garching", "https://stellenalarm.example.de/j/88121",
     "Spedition, Vollzeit, Bewerbung per Schnellbewerbung – Vorstellungsgespräche ab KW 12"),
    ("Tourenplaner KEP – Augsburg", "https://stellenalarm.example.de/j/88177",
     "Paketdienst, Schichtbetrieb, Absage-Quote laut Arbeitgeber niedrig"),
    ("Lagerdisponent Flughafen München", "https://stellenalarm.example.de/j/88210",
     "Bodenverkehrsdienste, Interview per Video möglich"),
]
_jobping = [
    ("Transport Planner - Dublin 12", "https://jobping.example.com/v/44120",
     "Be an early applicant. 3 interviews scheduled this week by this employer."),
    ("Warehouse Dispatcher - Swords", "https://jobping.example.com/v/44161",
     "Actively recruiting. Candidates hear back within 5 days, including rejections."),
    ("Logistics Coordinator (German speaker) - Remote/Dublin", "https://jobping.example.com/v/44190",
     "Easy Apply. Offer within 2 weeks reported by past hires."),
]
_offres = [
    ("Affréteur H/F – Strasbourg Port du Rhin", "https://alsace-emploi.example.fr/o/3310",
     "CDI, entretien sous 10 jours, réponse garantie même en cas de refus"),
    ("Agent d'exploitation messagerie – Illkirch", "https://alsace-emploi.example.fr/o/3342",
     "Intérim 6 mois, possibilité d'embauche"),
    ("Planificateur transport – Entzheim", "https://alsace-emploi.example.fr/o/3388",
     "Aéroportuaire, horaires décalés"),
]
_ofertas = [
    ("Coordinador/a de tráfico – Zona Franca", "https://feinaport.example.es/o/7712",
     "Entrevistas esta semana. Incorporación inmediata."),
    ("Planificador/a de rutas – L'Hospitalet", "https://feinaport.example.es/o/7740",
     "Empresa de paquetería. El 40 % de candidatos recibe respuesta en 48 h."),
    ("Técnico/a de expediciones – El Prat", "https://feinaport.example.es/o/7761",
     "Turno de noche, contrato indefinido."),
]

MESSAGES = [
    # ================================================================ German
    dict(kind=X, lang="de", name="stellenalarm_digest", contact="",
         headers=bulk("Stellenalarm Disposition <disposition.stellenalarm.example.de>",
                      "https://stellenalarm.example.de/abmelden?u=af243"),
         **{"from": "Stellenalarm <alarm@stellenalarm.example.de>"},
         subject="3 neue Jobs für „Disponent München“",
         date="2026-03-09 06:00 +0100",
         text=digest_text("Ihre neuen Treffer für „Disponent München“", _stellen,
                          "Sie erhalten diesen Stellenalarm, weil Sie ihn abonniert haben. Abmelden: https://stellenalarm.example.de/abmelden"),
         html=digest_html("Ihre neuen Treffer für „Disponent München“", _stellen,
                          "Sie erhalten diesen Stellenalarm, weil Sie ihn abonniert haben. <a href=\"https://stellenalarm.example.de/abmelden\">Abmelden</a>")),
    dict(kind=X, lang="de", name="logistikmagazin_newsletter", contact="", cte="quoted-printable",
         headers=bulk("DispoPraxis Newsletter <news.dispopraxis.example.de>",
                      "mailto:abmelden@dispopraxis.example.de"),
         **{"from": "DispoPraxis Redaktion <newsletter@dispopraxis.example.de>"},
         subject="DispoPraxis 14/2026: Warum Speditionen Bewerbern absagen – und was Sie tun können",
         date="2026-04-02 07:30 +0200",
         text="""DispoPraxis – der Newsletter für Disponentinnen und Disponenten

IM FOKUS
Warum Speditionen Bewerbern absagen: Wir haben zwölf Personalleiter gefragt, woran Bewerbungen scheitern. Häufigster Grund für eine Absage: fehlende Erfahrung mit Telematiksystemen.

INTERVIEW
„Im Vorstellungsgespräch zählt Gelassenheit“ – eine Leitstandsleiterin aus Regensburg über Stresstests in Bewerbungsgesprächen.

STELLENMARKT
42 offene Positionen in Bayern, davon 11 für Quereinsteiger.

Newsletter abbestellen: https://dispopraxis.example.de/abmelden"""),
    dict(kind=X, lang="de", name="tatkraft_jobs_newsletter", contact="",
         headers=bulk("<jobs-muenchen.tatkraft.example.de>", "https://tatkraft.example.de/newsletter/off"),
         **{"from": "Tatkraft Personal Jobs <jobs@news.tatkraft.example.de>"},
         subject="Diese Woche: 27 Einsätze in Lager & Logistik",
         date="2026-06-15 08:00 +0200",
         html=digest_html("Neue Einsätze in München und Umgebung", [
             ("Disponent (m/w/d) Garching – Übernahme möglich", "https://tatkraft.example.de/j/511",
              "Direkt Vorstellungsgespräch beim Kunden vereinbaren"),
             ("Staplerfahrer Eching", "https://tatkraft.example.de/j/514", "ab sofort, 15,80 €/h"),
             ("Tourenplaner Freising", "https://tatkraft.example.de/j/520",
              "Angebot innerhalb von 48 Stunden")],
             "Tatkraft Personal GmbH · Landsberger Str. 88 · 80339 München · <a href=\"https://tatkraft.example.de/newsletter/off\">Abmelden</a>")),
    dict(kind=X, lang="de", name="jobboerse_weekly_windows1252", contact="", charset="windows-1252",
         cte="quoted-printable",
         headers=bulk("Wochenauswahl <wochenauswahl.bayernjobs.example.de>",
                      "https://bayernjobs.example.de/u/unsub"),
         **{"from": "BayernJobs Wochenauswahl <wochenauswahl@bayernjobs.example.de>"},
         subject="Ihre Wochenauswahl: Disposition & Logistik",
         date="2026-07-13 05:45 +0200",
         text="""Guten Morgen,

hier sind die Stellen der Woche, die zu Ihrem Profil „Disposition – Augsburg/München“ passen:

– Disponent Teilladungen, Gersthofen – „Wir laden schnell zum Gespräch ein“
– Sachbearbeiter Zoll, Augsburg – Bewerbungsfrist 31.07.
– Dispatcher Airport, Hallbergmoos – Interviews auf Englisch

Tipp der Woche: Auch eine Absage ist eine Chance – fragen Sie nach Feedback!

Ihr BayernJobs-Team
Abmelden: https://bayernjobs.example.de/u/unsub"""),
    dict(kind=X, lang="de", name="karriereblog_vorstellungsgespraech", contact="",
         headers=bulk("<karriere-tipps.quereinstieg.example.de>", "https://quereinstieg.example.de/stop"),
         **{"from": "Quereinstieg.de Karrieretipps <tipps@quereinstieg.example.de>"},
         subject="So überzeugen Sie im Vorstellungsgespräch als Quereinsteiger",
         date="2026-02-05 18:00 +0100",
         text="""Liebe Leserinnen und Leser,

wer aus Hotellerie oder Gastronomie in die Logistik wechselt, hört im Vorstellungsgespräch oft die Frage: „Warum gerade jetzt?“ Drei Tipps:

1. Übersetzen Sie Ihre Erfahrung: Gästeanreisen koordinieren ist Disposition.
2. Bereiten Sie ein Beispiel für Stresssituationen vor.
3. Fragen Sie am Ende nach dem weiteren Ablauf – und bedanken Sie sich am nächsten Tag schriftlich.

Im nächsten Artikel: Wie Sie nach einer Absage um ein Feedbackgespräch bitten.

Ihre Redaktion
Abmelden: https://quereinstieg.example.de/stop"""),
    dict(kind=X, lang="de", name="karriereblog_absagen_verarbeiten", contact="", cte="base64",
         headers=bulk("<karriere-tipps.quereinstieg.example.de>", "https://quereinstieg.example.de/stop"),
         **{"from": "Quereinstieg.de Karrieretipps <tipps@quereinstieg.example.de>"},
         subject="„Leider müssen wir Ihnen mitteilen …“ – Absagen richtig lesen",
         date="2026-02-19 18:00 +0100",
         text="""Hallo,

„Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben“ – kaum ein Satz frustriert mehr. Unsere Autorin hat 200 Absageschreiben ausgewertet.

Ergebnis: Jede dritte Absage kommt, bevor überhaupt ein Mensch die Bewerbung gelesen hat. Und: Eine Eingangsbestätigung mit dem Satz „Wir können nicht jedem einzeln antworten“ ist keine Absage.

Den ganzen Artikel lesen: https://quereinstieg.example.de/absagen-lesen

Ihre Redaktion"""),
    dict(kind=X, lang="de", name="podcast_anfrage", contact="mia@umsteiger-podcast.example.de",
         **{"from": "Mia Hartlieb <mia@umsteiger-podcast.example.de>"},
         subject="Interview-Anfrage für den Umsteiger-Podcast",
         date="2026-09-24 14:30 +0200",
         text="""Hallo Aurelio,

ich produziere den „Umsteiger-Podcast“ über Menschen, die beruflich komplett neu anfangen. Ein Bekannter aus deinem Deutschkurs hat mir von deinem Weg vom Hotelportier zum Disponenten erzählt.

Hättest du Lust, für eine Folge mit mir ein Interview aufzunehmen? Etwa 45 Minuten, gern im Studio in Haidhausen oder per Video.

Viele Grüße
Mia Hartlieb
Umsteiger-Podcast · umsteiger-podcast.example.de"""),
    dict(kind=X, lang="de", name="user_research_interview", contact="",
         **{"from": "BayernJobs UX-Team <research-noreply@bayernjobs.example.de>"},
         subject="Einladung zum Nutzerinterview – 20 € Gutschein als Dankeschön",
         date="2026-05-28 10:00 +0200",
         text="""Hallo Aurelio,

wir arbeiten an einer neuen Version unserer Bewerbungsfunktion und möchten von echten Nutzern lernen. Wir laden Sie zu einem 30-minütigen Nutzerinterview per Video ein, in dem Sie uns zeigen, wie Sie nach Stellen suchen.

Termin aussuchen: https://bayernjobs.example.de/research/slots
Als Dankeschön erhalten Sie einen Gutschein über 20 Euro.

Ihr UX-Research-Team von BayernJobs"""),
    dict(kind=X, lang="de", name="paket_verspaetet", contact="", charset="iso-8859-1",
         headers=[("Auto-Submitted", "auto-generated")],
         **{"from": "Blitzpaket Sendungsverfolgung <benachrichtigung@blitzpaket.example.de>"},
         subject="Ihre Sendung verspätet sich leider",
         date="2026-03-20 13:02 +0100",
         text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1712 9845 22. Grund: Witterungsbedingte Verzögerung im Umschlagzentrum Aschheim.

Neue voraussichtliche Zustellung: Montag, 23.03.2026, zwischen 10:00 und 14:00 Uhr.
Aktuelle Position der Sendung: Umschlagzentrum Aschheim.

Ihr Blitzpaket-Team"""),
    dict(kind=X, lang="de", name="carsharing_position", contact="",
         headers=[("Auto-Submitted", "auto-generated")],
         **{"from": "StadtFlitzer Carsharing <service-noreply@stadtflitzer.example.de>"},
         subject="Fahrt beendet – Position Ihres Fahrzeugs",
         date="2026-06-20 23:48 +0200",
         text="""Hallo Aurelio,

Ihre Fahrt mit dem Fahrzeug M-SF 2417 wurde um 23:46 Uhr beendet.

Abstellposition (GPS): 48.1638 N, 11.5372 E – Dachauer Straße 110, München
Dauer: 38 Minuten · Kosten: 14,82 €

Gute Nacht!
Ihr StadtFlitzer-Team"""),
    dict(kind=X, lang="de", name="freund_eigene_absage", contact="fabi.zangl@example.de",
         **{"from": "Fabian Zangl <fabi.zangl@example.de>"},
         subject="Na, wie läuft's bei dir?",
         date="2026-05-16 21:37 +0200",
         text="""Hey Aurelio,

kurzes Lebenszeichen aus Rosenheim. Ich hab heute die Absage von der Brauerei bekommen – nach drei Gesprächen! „Wir haben uns für einen internen Kandidaten entschieden“, klassisch. Bin ziemlich bedient.

Wie läuft's bei dir mit den Speditionen? Hast du schon was gehört von denen in Augsburg? Lass uns mal wieder telefonieren.

Fabi"""),
    dict(kind=X, lang="de", name="own_thankyou_isarfracht", contact="", id="A4", parent="A3",
         **{"from": CAND, "to": "Verena Obermaier <v.obermaier@isarfracht.example.de>"},
         subject="Vielen Dank für das Gespräch am 19. Februar",
         date="2026-02-20 09:15 +0100",
         text="""Sehr geehrte Frau Obermaier,

vielen Dank für das ausführliche Gespräch am Donnerstag. Besonders die Einblicke in die Italienverkehre über den Brenner haben mich begeistert.

Mit freundlichen Grüßen
Aurelio Ferncastle-Diop"""),
    dict(kind=X, lang="de", name="own_application_lechtal", contact="",
         pdf=("Lebenslauf_Ferncastle-Diop.pdf", ["Aurelio Ferncastle-Diop", "Lebenslauf",
              "2017-2025 Portier, Hotel in Bozen", "Sprachen: Deutsch, Italienisch, Englisch"]),
         **{"from": CAND, "to": "Lechtal Logistik Personal <personal@lechtal-logistik.example.de>"},
         subject="Bewerbung als Sachbearbeiter Transportdisposition",
         date="2026-01-27 20:40 +0100",
         text="""Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Anzeige gelesen und bewerbe mich hiermit als Sachbearbeiter Transportdisposition. Als langjähriger Portier habe ich täglich Abholungen, Gepäcktransporte und Shuttles koordiniert.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Vorstellungsgespräch freue ich mich.

Mit freundlichen Grüßen
Aurelio Ferncastle-Diop"""),
    dict(kind=X, lang="de", name="own_reschedule_request_voralpen", contact="",
         **{"from": CAND, "to": "Daniela Schweiger <d.schweiger@voralpen-paket.example.de>"},
         subject="AW: Neuer Termin für das Assessment Center",
         date="2026-04-30 19:20 +0200",
         text="""Sehr geehrte Frau Schweiger,

danke für die Information. Am 19. Mai habe ich leider bereits einen Termin beim Kreisverwaltungsreferat. Wäre es möglich, am nächsten Assessment Center teilzunehmen, oder gibt es eine Alternative?

Mit freundlichen Grüßen
Aurelio Ferncastle-Diop

""" + quote("""wegen eines Wasserschadens in unserem Schulungsraum in Penzberg können wir das Assessment Center am 5. Mai nicht durchführen. Wir holen es am Dienstag, 19. Mai, zur gleichen Uhrzeit nach.""",
                "Am 30.04.2026 um 12:12 schrieb Daniela Schweiger <d.schweiger@voralpen-paket.example.de>:")),
    dict(kind=X, lang="de", name="own_reply_alpenkurier_missed", contact="", parent="B3", id="B3r",
         **{"from": CAND, "to": "Tobias Rainer <t.rainer@alpenkurier.example.de>"},
         subject="AW: Videotermin Disposition Augsburg – heute 10:00 Uhr",
         date="2026-03-19 12:40 +0100",
         text="""Sehr geehrter Herr Rainer,

es tut mir sehr leid. Ich hatte den Termin irrtümlich für 10:00 Uhr italienischer Zeit auf meinem alten Handy gespeichert und war um 10:00 Uhr in einer Schulung. Das ist mein Fehler.

Falls Sie mir noch eine Chance geben, bin ich jederzeit diese Woche verfügbar.

Mit freundlichen Grüßen
Aurelio Ferncastle-Diop

""" + quote("""Servus Herr Ferncastle-Diop,

heute um 10:00 Uhr war unser Videotermin angesetzt. Wir haben bis 10:20 Uhr im Raum gewartet, Sie aber leider nicht angetroffen.""",
                "Am 19.03.2026 um 10:31 schrieb Tobias Rainer <t.rainer@alpenkurier.example.de>:")),
    dict(kind=X, lang="de", name="recruiter_cold_approach", contact="n.brandstetter@logitalent.example.de",
         **{"from": "Nina Brandstetter <n.brandstetter@logitalent.example.de>"},
         subject="Ihr Profil im Karrierenetz",
         date="2026-06-09 12:15 +0200",
         text="""Hallo Herr Ferncastle-Diop,

Ihr Profil im Karrierenetz ist mir aufgefallen – der Wechsel aus der Hotellerie in die Disposition ist spannend. Ich betreue als Personalberaterin mehrere Speditionen im Münchner Norden.

Falls Sie offen für einen Austausch sind, freue ich mich über eine kurze Nachricht. Ganz unverbindlich.

Beste Grüße
Nina Brandstetter
LogiTalent Personalberatung · Leopoldstraße 244 · 80807 München"""),
    dict(kind=X, lang="de", name="headhunter_cold_market_update", contact="a.kessler@kh-search.example.de",
         **{"from": "Dr. Andrea Kessler <a.kessler@kh-search.example.de>"},
         subject="Marktüberblick Disposition Süddeutschland",
         date="2026-08-11 08:05 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

wir sind uns noch nicht begegnet, aber ein gemeinsamer Kontakt hat Ihren Namen erwähnt. Ich schicke Ihnen unseren Halbjahresüberblick zu Gehältern in der Disposition (Bayern, Tirol, Salzburg) – vielleicht hilft er Ihnen bei der Orientierung.

Aktuell habe ich kein passendes Mandat, möchte aber gern in Kontakt bleiben.

Mit freundlichen Grüßen
Dr. Andrea Kessler
Kessler & Huber Executive Search"""),
    dict(kind=X, lang="de", name="bank_beratungstermin", contact="", charset="iso-8859-1",
         **{"from": "Isartal Sparkasse <service-noreply@isartal-sparkasse.example.de>"},
         subject="Terminbestätigung: Beratungsgespräch Geldanlage",
         date="2026-07-03 09:00 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

hiermit bestätigen wir Ihren Termin für ein Beratungsgespräch am Donnerstag, 9. Juli 2026, um 16:30 Uhr in unserer Filiale Sendlinger Tor.

Bitte bringen Sie Ihren Personalausweis und die Übersicht Ihrer Depotpositionen mit. Sollten Sie verhindert sein, sagen Sie den Termin bitte über das Online-Banking ab.

Ihre Isartal Sparkasse"""),
    dict(kind=X, lang="de", name="vermieter_absage_wohnung", contact="hv.lutz@example.de",
         **{"from": "Hausverwaltung Lutz <hv.lutz@example.de>"},
         subject="Ihre Anfrage zur Wohnung Westendstraße 41",
         date="2026-01-22 15:10 +0100",
         text="""Sehr geehrter Herr Ferncastle-Diop,

vielen Dank für Ihr Interesse und Ihre Teilnahme an der Besichtigung am Samstag. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Wir wünschen Ihnen viel Erfolg bei der Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Lutz
Ridlerstraße 7, 80339 München"""),
    dict(kind=X, lang="de", name="sprachschule_einstufung", contact="kurse@sprachhaus-isar.example.de",
         **{"from": "Sprachhaus Isar <kurse@sprachhaus-isar.example.de>"},
         subject="Ihr Einstufungsgespräch für den Kurs Deutsch C1 Beruf",
         date="2026-01-12 11:11 +0100",
         text="""Hallo Herr Ferncastle-Diop,

für Ihre Anmeldung zum Kurs „Deutsch C1 Beruf“ ist ein kurzes mündliches Einstufungsgespräch nötig. Wir haben Sie für Mittwoch, 14. Januar, 17:00 Uhr eingeplant (Raum 2.04).

Bei Verhinderung rufen Sie uns bitte an: 089 555 4040.

Sprachhaus Isar – Kursbüro"""),
    dict(kind=X, lang="de", name="arztpraxis_termin_verschoben", contact="",
         **{"from": "Praxis Dr. Wallner <praxis-noreply@dr-wallner.example.de>"},
         subject="Ihr Termin wurde verschoben",
         date="2026-03-24 07:40 +0100",
         text="""Sehr geehrter Herr Ferncastle-Diop,

wegen Erkrankung von Frau Dr. Wallner müssen wir Ihren Termin am 25.03. um 8:15 Uhr leider verschieben. Neuer Termin: Dienstag, 31.03., 8:45 Uhr.

Bitte bringen Sie Ihre Versichertenkarte mit.

Ihr Praxisteam Dr. Wallner, Allgemeinmedizin"""),
    dict(kind=X, lang="de", name="abwesenheit_isarfracht", contact="",
         headers=AUTO, parent="A4",
         **{"from": "Huber, Stefan <s.huber@isarfracht.example.de>"},
         subject="Automatische Antwort: Vielen Dank für das Gespräch am 19. Februar",
         date="2026-02-20 09:15 +0100",
         text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27. Februar nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an dispo-land@isarfracht.example.de.

Bewerbungsunterlagen leite ich nach meiner Rückkehr weiter.

Stefan Huber
Leitung Landverkehre"""),
    dict(kind=X, lang="de", name="abwesenheit_wuermtal", contact="", headers=AUTO,
         hdr_mode="b",
         **{"from": "Irmgard Seidl <i.seidl@wuermtal-paket.example.de>"},
         subject="Abwesenheitsnotiz: Rückfrage zu meiner Bewerbung",
         date="2026-05-04 08:01 +0200",
         text="""Guten Tag,

ich bin vom 4. bis 15. Mai im Urlaub. Ihre E-Mail wird nicht weitergeleitet. Bei Fragen zu Bewerbungen und Vorstellungsterminen wenden Sie sich bitte an unsere Zentrale unter 089 555 1900.

Mit freundlichen Grüßen
Irmgard Seidl"""),
    dict(kind=X, lang="de", name="karrierenetz_benachrichtigung", contact="",
         **{"from": "Karrierenetz <benachrichtigungen@karrierenetz.example.de>"},
         subject="Aurelio, Sie wurden diese Woche in 7 Suchen gefunden",
         date="2026-04-13 17:00 +0200",
         html=digest_html("Ihre Woche im Karrierenetz", [
             ("7 Erscheinungen in Suchen", "https://karrierenetz.example.de/me/search",
              "Personalvermittler aus München und Augsburg haben nach „Disposition“ gesucht."),
             ("2 Profilbesuche", "https://karrierenetz.example.de/me/visits",
              "Darunter jemand von einer Spedition in Innsbruck."),
             ("Neue Stellen, auf die Sie sich bewerben könnten", "https://karrierenetz.example.de/jobs",
              "12 Treffer für Disponent")],
             "Benachrichtigungseinstellungen ändern: https://karrierenetz.example.de/settings")),
    dict(kind=X, lang="de", name="ihk_kurs_absage", contact="", cte="quoted-printable",
         **{"from": "IHK-Bildungszentrum Oberbayern <weiterbildung-noreply@ihk-bz.example.de>"},
         subject="Ihre Anmeldung: Geprüfte Fachkraft Lagerlogistik (Abendkurs)",
         date="2026-09-04 14:14 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

vielen Dank für Ihre Anmeldung zum Abendkurs „Geprüfte Fachkraft Lagerlogistik“ ab Oktober. Leider können wir Ihnen keinen Platz anbieten: Der Kurs ist ausgebucht und die Warteliste geschlossen.

Der nächste Lehrgang beginnt im März 2027; die Anmeldung öffnet im Dezember.

Ihr IHK-Bildungszentrum"""),
    dict(kind=X, lang="de", name="fwd_stellenanzeige_vom_freund", contact="fabi.zangl@example.de",
         **{"from": "Fabian Zangl <fabi.zangl@example.de>"},
         subject="Fwd: Stellenanzeige Disponent Rosenheim",
         date="2026-07-27 19:05 +0200",
         text="""Schau mal, wär das nix für dich? Die suchen dringend, der Chef ist ein Kumpel von meinem Onkel.

Fabi

---------- Weitergeleitete Nachricht ----------
Von: Inn-Chiemsee Transporte <jobs@inn-chiemsee.example.de>
Datum: Mo., 27. Juli 2026 um 11:02 Uhr
Betreff: Stellenanzeige Disponent Rosenheim
An: <fabi.zangl@example.de>

Wir suchen ab sofort eine:n Disponent:in für unseren Nahverkehr. Bewerbungen bitte an jobs@inn-chiemsee.example.de – wir laden zeitnah zum Vorstellungsgespräch ein."""),
    dict(kind=X, lang="de", name="arbeitsvermittlung_beratung", contact="",
         **{"from": "Arbeitsvermittlung München <noreply@arbeitsvermittlung.example.de>"},
         subject="Einladung zu einem Beratungsgespräch",
         date="2026-01-15 08:30 +0100",
         text="""Sehr geehrter Herr Ferncastle-Diop,

wir laden Sie zu einem Beratungsgespräch über Ihre berufliche Neuorientierung ein: Mittwoch, 21. Januar 2026, 9:20 Uhr, Kapuzinerstraße 26, Zimmer 3.112.

Bitte bringen Sie Ihren Lebenslauf und Ihre Zeugnisse mit. Dies ist keine Einladung eines Arbeitgebers.

Mit freundlichen Grüßen
Ihre Arbeitsvermittlung München"""),
    # ================================================================ English
    dict(kind=X, lang="en", name="jobping_alert", contact="",
         headers=bulk("JobPing Alerts <alerts.jobping.example.com>", "https://jobping.example.com/unsubscribe/af243"),
         **{"from": "JobPing <alerts@jobping.example.com>"},
         subject="New jobs for 'dispatcher' in Dublin",
         date="2026-05-08 07:00 +0100",
         text=digest_text("Jobs matching your alert: dispatcher, Dublin", _jobping,
                          "Unsubscribe: https://jobping.example.com/unsubscribe/af243"),
         html=digest_html("Jobs matching your alert: dispatcher, Dublin", _jobping,
                          "<a href=\"https://jobping.example.com/unsubscribe/af243\">Unsubscribe</a>")),
    dict(kind=X, lang="en", name="supplychain_weekly", contact="",
         headers=bulk("Supply Chain Weekly <weekly.scw.example.com>", "https://scw.example.com/unsub"),
         **{"from": "Supply Chain Weekly <editor@scw.example.com>"},
         subject="SCW #212: ghosting after interviews, and the offer that wasn't",
         date="2026-06-18 06:30 +0100",
         text="""This week in Supply Chain Weekly

1. Ghosted after the final interview? A survey of 1,100 logistics candidates found that 38% never got a rejection at all.
2. The offer that wasn't: why verbal offers are withdrawn, and how to get it in writing.
3. Dispatcher salaries in Ireland, Germany and Spain compared.

Read online: https://scw.example.com/212
You're receiving this because you subscribed. Unsubscribe: https://scw.example.com/unsub"""),
    dict(kind=X, lang="en", name="career_advice_why_logistics", contact="",
         headers=bulk("<advice.careerbridge.example.com>", "https://careerbridge.example.com/optout"),
         **{"from": "CareerBridge <advice@careerbridge.example.com>"},
         subject="How to answer \"Why logistics?\" in your next interview",
         date="2026-03-12 17:00 +0000",
         html="""<html><body>
<h1>How to answer "Why logistics?"</h1>
<p>Career changers are almost always asked this in the first interview. Hiring managers don't want a grand story; they want evidence that you understand the job.</p>
<p>Our tip: describe one moment in your old job where you planned people, vehicles or time under pressure. Then connect it to the position you're applying for.</p>
<p><a href="https://careerbridge.example.com/articles/why-logistics">Read the full guide</a></p>
<p style="font-size:11px">CareerBridge, 5 Merrion Square, Dublin 2. <a href="https://careerbridge.example.com/optout">Opt out</a></p>
</body></html>"""),
    dict(kind=X, lang="en", name="podcast_guest_request", contact="tom@shiftchange.example.com",
         **{"from": "Tom Gallagher <tom@shiftchange.example.com>"},
         subject="Guest on 'Shift Change' podcast?",
         date="2026-10-08 16:45 +0100",
         text="""Hi Aurelio,

I host Shift Change, a podcast about people who switch careers in their thirties. Siobhan at Harcourt mentioned you'd gone from hotel porter to dispatcher, and I'd love to interview you for an episode.

It's a relaxed 40-minute conversation recorded remotely. Any week in November works.

Cheers,
Tom Gallagher
Shift Change podcast"""),
    dict(kind=X, lang="en", name="user_research_jobping", contact="maya.r@jobping.example.com",
         **{"from": "Maya Reddy <maya.r@jobping.example.com>"},
         subject="Would you join a 30-min research interview?",
         date="2026-06-01 11:20 +0100",
         text="""Hi Aurelio,

I'm a user researcher at JobPing. We're talking to people who use job alerts in more than one country, and your account fits exactly.

Would you be up for a 30-minute research interview over video next week? It's not about a job - we just want to learn how you search. We'll send a EUR 25 voucher as thanks.

Book a slot: https://jobping.example.com/research/book

Maya Reddy
User Research, JobPing"""),
    dict(kind=X, lang="en", name="own_thankyou_liffey", contact="", id="C3", parent="C2",
         **{"from": CAND, "to": "Niamh Brennan <niamh.brennan@liffeyair.example.ie>"},
         subject="Thank you - Ramp Dispatch Coordinator",
         date="2026-04-22 19:40 +0100",
         text="""Hi Niamh,

Thank you for taking the time to meet me on Wednesday, and please pass my thanks to Declan as well. I really enjoyed hearing how the ramp coordination desk works during the early wave.

Kind regards,
Aurelio"""),
    dict(kind=X, lang="en", name="own_reschedule_request_ballymount", contact="", parent="W1", id="W1r",
         **{"from": CAND, "to": "Aoife Kavanagh <aoife.kavanagh@ballymount.example.ie>"},
         subject="Re: Phone screen for Transport Coordinator - Ballymount Distribution",
         date="2026-05-18 20:02 +0200",
         text="""Hi Aoife,

Thanks a lot for getting in touch. Unfortunately I'm on a training course on Friday morning - could we move the phone screen to Friday afternoon or Monday 25 May, any time after 10:00 Irish time?

Best regards,
Aurelio Ferncastle-Diop

""" + quote("""Would Friday 22 May at 10:00 (Irish time) work? If not, reply with two or three slots that suit you.""",
                "On Mon, 18 May 2026 at 11:45, Ballymount Distribution <noreply@workablemail.com> wrote:")),
    dict(kind=X, lang="en", name="recruiter_cold_intro", contact="ben.coyle@talentdock.example.ie",
         **{"from": "Ben Coyle <ben.coyle@talentdock.example.ie>"},
         subject="Logistics roles in Dublin - open to a chat sometime?",
         date="2026-02-24 10:10 +0000",
         text="""Hi Aurelio,

I came across your profile and noticed you're looking at dispatcher roles in Dublin. I recruit for warehousing and transport clients around the M50.

Nothing specific to put in front of you today, but if you'd like to stay on my radar just reply with an up-to-date CV.

Ben Coyle
Talent Dock Recruitment, Dublin"""),
    dict(kind=X, lang="en", name="ooo_dockside", contact="", headers=AUTO,
         **{"from": "Ciara Nolan <ciara.nolan@docksidefreight.example.ie>"},
         subject="Automatic reply: Application - Freight Operations Dispatcher",
         date="2026-02-03 09:01 +0000",
         text="""Thank you for your email. I am out of the office until Monday 9 February with limited access to email.

For recruitment queries, including interview scheduling, please contact talent@docksidefreight.example.ie.

Ciara Nolan
Operations Manager, Dockside Freight"""),
    dict(kind=X, lang="en", name="network_application_viewed", contact="",
         **{"from": "ProLink <notifications-noreply@prolink.example.com>"},
         subject="Your application was viewed by Kestrel Courier",
         date="2026-07-20 13:31 +0100",
         text="""Aurelio, good news for your job search

Your application for Night Dispatcher at Kestrel Courier was viewed by the hiring team.

Also new: 4 people viewed your profile, and 9 new dispatcher jobs were posted in Dublin.

See all jobs: https://prolink.example.com/jobs
Manage notifications: https://prolink.example.com/settings/notifications"""),
    dict(kind=X, lang="en", name="letting_agent_viewing", contact="gavin@northsidelettings.example.ie",
         **{"from": "Gavin Byrne <gavin@northsidelettings.example.ie>"},
         subject="Viewing appointment - 2-bed, Phibsborough",
         date="2026-10-09 12:00 +0100",
         text="""Hi Aurelio,

Your viewing appointment for the two-bed apartment at 18 Connaught Street, Phibsborough, is confirmed for Saturday 17 October at 11:15. The position of the apartment - top floor, south-facing - means it's bright, as you asked.

Please bring photo ID and a reference from your current employer.

Gavin Byrne
Northside Lettings | +353 1 555 4410"""),
    # ================================================================ French
    dict(kind=X, lang="fr", name="alsace_emploi_alerte", contact="",
         headers=bulk("Alertes Alsace Emploi <alertes.alsace-emploi.example.fr>",
                      "https://alsace-emploi.example.fr/desinscription"),
         **{"from": "Alsace Emploi <alertes@alsace-emploi.example.fr>"},
         subject="3 nouvelles offres : « logistique Strasbourg »",
         date="2026-05-04 06:15 +0200",
         text=digest_text("Vos nouvelles offres pour « logistique Strasbourg »", _offres,
                          "Se désinscrire : https://alsace-emploi.example.fr/desinscription"),
         html=digest_html("Vos nouvelles offres pour « logistique Strasbourg »", _offres,
                          "<a href=\"https://alsace-emploi.example.fr/desinscription\">Se désinscrire</a>")),
    dict(kind=X, lang="fr", name="amie_propre_refus", contact="camille.roth@example.fr",
         **{"from": "Camille Roth <camille.roth@example.fr>"},
         subject="Des nouvelles de Strasbourg",
         date="2026-06-05 22:10 +0200",
         text="""Salut Aurelio,

Petite nouvelle pas terrible : j'ai reçu un refus pour le poste chez le transitaire du port, après deux entretiens. « Nous avons retenu un profil plus expérimenté », bref, la formule habituelle. Je suis déçue mais je continue.

Et toi, ton entretien chez Rhénan ? Tu me racontes ?

Bises,
Camille"""),
    dict(kind=X, lang="fr", name="own_candidature_kleber", contact="", charset="windows-1252",
         **{"from": CAND, "to": "Maison Kléber Distribution <talents@kleber-distribution.example.fr>"},
         subject="Candidature – Planificateur transport, entrepôt de Hautepierre",
         date="2026-07-22 21:00 +0200",
         text="""Madame, Monsieur,

Je vous adresse ma candidature au poste de planificateur transport pour l’entrepôt de Hautepierre. Après huit ans comme portier à Bozen, où je coordonnais les arrivées, les bagages et les navettes, je souhaite mettre ce sens de l’organisation au service de la logistique.

Je me tiens à votre disposition pour un entretien.

Cordialement,
Aurelio Ferncastle-Diop"""),
    dict(kind=X, lang="fr", name="absence_rhenan", contact="", headers=AUTO,
         **{"from": "Claire Oberlé <c.oberle@rhenan-transports.example.fr>"},
         subject="Réponse automatique : Entretien affréteur – jeudi 21 mai",
         date="2026-05-14 19:30 +0200",
         text="""Bonjour,

Je suis absente jusqu'au 18 mai inclus. Pour toute question urgente concernant le recrutement ou un entretien, merci de contacter l'accueil au 03 88 55 01 00.

Claire Oberlé"""),
    dict(kind=X, lang="fr", name="ecole_refus_admission", contact="",
         charset="iso-8859-1", hdr_cs="iso-8859-1", subj_enc=True,
         **{"from": "Institut Rhénan de Logistique <admissions-noreply@irl.example.fr>"},
         subject="Décision d'admission : Bachelor Supply Chain (alternance)",
         date="2026-06-26 16:00 +0200",
         text="""Monsieur,

Après examen de votre dossier par la commission pédagogique, nous avons le regret de vous informer que votre candidature au Bachelor Supply Chain en alternance n'a pas été retenue pour la rentrée de septembre 2026.

Vous pouvez déposer un nouveau dossier lors de la prochaine session d'admission.

Le service des admissions
Institut Rhénan de Logistique"""),
    dict(kind=X, lang="fr", name="medecin_rdv", contact="",
         **{"from": "Cabinet médical Neudorf <rdv-noreply@cabinet-neudorf.example.fr>"},
         subject="Confirmation de votre rendez-vous",
         date="2026-05-20 08:00 +0200",
         text="""Bonjour Monsieur Ferncastle-Diop,

Votre rendez-vous avec le Dr Weiss est confirmé le mercredi 27 mai à 18h15, 23 route du Polygone, Strasbourg.

En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance.

Cabinet médical Neudorf"""),
    dict(kind=X, lang="fr", name="journaliste_interview", contact="s.heintz@courrier-rhenan.example.fr",
         **{"from": "Sophie Heintz <s.heintz@courrier-rhenan.example.fr>"},
         subject="Demande d'interview – reconversions dans la logistique",
         date="2026-09-29 10:45 +0200",
         text="""Bonjour Monsieur Ferncastle-Diop,

Je suis journaliste au Courrier Rhénan et je prépare un article sur les reconversions vers la logistique transfrontalière. Une conseillère de Cathédrale Intérim m'a donné votre contact.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes par téléphone la semaine prochaine ?

Bien à vous,
Sophie Heintz
Le Courrier Rhénan – rubrique Économie"""),
    # ================================================================ Spanish
    dict(kind=X, lang="es", name="feinaport_alertas", contact="",
         headers=bulk("Alertas FeinaPort <alertas.feinaport.example.es>", "https://feinaport.example.es/baja"),
         **{"from": "FeinaPort <alertas@feinaport.example.es>"},
         subject="Nuevas ofertas de logística en Barcelona",
         date="2026-05-25 07:10 +0200",
         text=digest_text("Ofertas que encajan con tu búsqueda", _ofertas,
                          "Darse de baja: https://feinaport.example.es/baja"),
         html=digest_html("Ofertas que encajan con tu búsqueda", _ofertas,
                          "<a href=\"https://feinaport.example.es/baja\">Darse de baja</a>")),
    dict(kind=X, lang="es", name="pedido_retrasado", contact="", cte="base64",
         headers=[("Auto-Submitted", "auto-generated")],
         **{"from": "Envíos Ràpid <avisos-noreply@enviosrapid.example.es>"},
         subject="Tu pedido llegará con retraso",
         date="2026-06-22 09:45 +0200",
         text="""Hola Aurelio:

Lamentablemente, tu pedido n.º ER-55120934 sufrirá un retraso por una incidencia en nuestro centro de Sant Boi. La nueva fecha estimada de entrega es el jueves 25 de junio.

Posición actual del envío: centro de distribución de Sant Boi de Llobregat.

Disculpa las molestias.
Envíos Ràpid"""),
    dict(kind=X, lang="es", name="own_thanks_ronda", contact="",
         **{"from": CAND, "to": "Núria Puig <nuria.puig@paqueteria-ronda.example.es>"},
         subject="Gracias por la entrevista de hoy",
         date="2026-04-14 18:22 +0200",
         text="""Hola Núria:

Muchas gracias por la entrevista de esta mañana y por enseñarme el muelle de carga. Me ha gustado mucho conocer cómo organizáis las rutas de la Zona Franca.

Quedo a la espera de vuestras noticias.

Un saludo,
Aurelio Ferncastle-Diop"""),
    dict(kind=X, lang="es", name="reclutador_contacto_frio", contact="irene.castells@talentmar.example.es",
         **{"from": "Irene Castells <irene.castells@talentmar.example.es>"},
         subject="¿Te interesa el sector portuario?",
         date="2026-07-07 11:30 +0200",
         text="""Hola Aurelio:

He visto tu perfil y me ha llamado la atención tu experiencia en hostelería y tus idiomas. Trabajo con varias navieras y transitarios del puerto de Barcelona.

Ahora mismo no tengo una vacante concreta, pero me encantaría tenerte en mi red. Si te apetece, mándame tu CV actualizado.

Irene Castells
TalentMar Selección"""),
    dict(kind=X, lang="es", name="curso_plaza_denegada", contact="", charset="iso-8859-1",
         hdr_cs="iso-8859-1",
         **{"from": "Escola de Logística del Port <inscripcions-noreply@elp.example.es>"},
         subject="Resolución de tu solicitud: curso de Técnico en Comercio Internacional",
         date="2026-07-30 13:00 +0200",
         text="""Estimado Aurelio:

Lamentamos comunicarte que tu solicitud de plaza para el curso de Técnico en Comercio Internacional (convocatoria de septiembre) ha sido denegada por falta de plazas disponibles.

Quedas en lista de espera con el número 14.

Secretaría Académica
Escola de Logística del Port"""),
    dict(kind=X, lang="es", name="red_profesional_notificacion", contact="",
         **{"from": "ProLink <notifications-noreply@prolink.example.com>"},
         subject="Aurelio, tienes 3 nuevas invitaciones",
         date="2026-08-08 19:00 +0200",
         text="""Hola Aurelio:

Tienes 3 invitaciones para conectar, entre ellas una de una técnica de selección de Barcelona. Además, 5 empresas publicaron ofertas de coordinador de tráfico esta semana.

Ver invitaciones: https://prolink.example.com/invitations
Gestionar notificaciones: https://prolink.example.com/settings/notifications"""),
    dict(kind=X, lang="es", name="casero_cita_piso", contact="pere.marti@example.es",
         **{"from": "Pere Martí <pere.marti@example.es>"},
         subject="Cita para ver el piso de Sants",
         date="2026-06-13 10:20 +0200",
         text="""Hola Aurelio:

Te confirmo la cita para ver el piso de la calle Olzinelles el martes a las 19:30. Lo siento, pero la cita del lunes la tuve que cancelar porque el inquilino actual no estaba.

Si al final te interesa, necesitaré tu contrato de trabajo o una oferta firmada.

Pere"""),
]
