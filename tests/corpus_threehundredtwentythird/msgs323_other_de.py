"""other (German): the candidate's own mail, digests, newsletters and everyday traps."""

from __future__ import annotations

from msgs323_common import CAND, M, own, plain_html, shell

KOGLER = ("Martina Kogler", "martina.kogler@steinegger-holzbau.example.at")
URL = ("Sabine Url", "sabine.url@lindmoser-fenster.example.at")
PICHORNER = ("Gerald Pichorner", "gerald.pichorner@lindmoser-fenster.example.at")
REINDL = ("Tobias Reindl", "tobias.reindl@hallbrunner-baustoffe.example.de")
SIG = """
Mit freundlichen Grüßen
Konstantin Wiesinger
Tischlermeister
Elisabethstraße 27, 8010 Graz
+43 660 123 45 67
"""
BULK = {
    "List-Id": "jobwald Jobagent <jobagent.jobwald.example.at>",
    "List-Unsubscribe": "<https://www.jobwald.example.at/abmelden?u=88213>, "
                        "<mailto:abmelden@jobwald.example.at>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}

MESSAGES = [
    # ------------------------------------------------------------------ own mail
    own(s="own_steinegger_confirm", l="de", to=[KOGLER],
        sub="AW: Einladung zum Vorstellungsgespräch – Technischer Verkauf Holzbau",
        d="2026-01-27 07:02 +0100", re="steinegger_inv", q="std",
        b="""\
Sehr geehrte Frau Kogler,

herzlichen Dank für die Einladung. Den Termin am Dienstag, 3. Februar 2026, um 14:00 Uhr
bestätige ich gerne und freue mich auf das Gespräch mit Ihnen und Herrn Ing. Steinegger.
""" + SIG),
    own(s="own_steinegger_thanks", l="de", to=[KOGLER],
        sub="Danke für das gestrige Gespräch", d="2026-02-06 08:30 +0100",
        b="""\
Sehr geehrte Frau Kogler,

ich möchte mich noch einmal herzlich für das gestrige Gespräch und die Führung durch die
Abbundhalle bedanken. Besonders das Projekt des fünfgeschoßigen Wohnbaus in Gösting hat mich
begeistert – genau in dieser Schnittstelle zwischen Werkstatt und Kunde sehe ich mich.

Ich freue mich auf Ihre Rückmeldung.
""" + SIG),
    own(s="own_lindmoser_thanks", l="de", to=[PICHORNER], cc=[URL],
        sub="Kennenlerngespräch – Einladung zum Probetag", d="2026-02-18 19:44 +0100",
        b="""\
Sehr geehrter Herr Pichorner,

vielen Dank für das offene Gespräch gestern in Klagenfurt. Die Einblicke in Ihre
Objektkalkulation für Holz-Alu-Fenster waren für mich sehr spannend, und ich kann mir die
Aufgabe sehr gut vorstellen. Falls es hilft, komme ich gerne auch für einen Probetag vorbei.
""" + SIG),
    own(s="own_brugger_application", l="de",
        to=[("Franz Brugger", "franz.brugger@brugger-schreinerei.example.de")],
        sub="Bewerbung Kalkulation / Verkauf Innenausbau – Konstantin Wiesinger",
        d="2026-02-09 21:15 +0100", cte="quoted-printable",
        b="""\
Sehr geehrter Herr Brugger,

in Ihrer Anzeige im Schreinerblatt suchen Sie Verstärkung für Kalkulation und Verkauf im
hochwertigen Innenausbau. Als Tischlermeister mit zwölf Jahren Werkstatt- und
Montageerfahrung in Graz möchte ich mich genau in diese Richtung weiterentwickeln.

Im Anhang finden Sie meinen Lebenslauf. Über eine Einladung zu einem Gespräch würde ich mich
sehr freuen; ein Umzug nach München ist für mich kein Hindernis.
""" + SIG,
        att=[("Lebenslauf_Konstantin_Wiesinger.pdf", [
            "Lebenslauf - Konstantin Wiesinger, Tischlermeister",
            "Elisabethstrasse 27, 8010 Graz",
            "",
            "2019 - heute  Werkstattleiter, Tischlerei Kohlbacher, Graz",
            "2014 - 2019   Tischler / Monteur, Moebelbau Reinprecht, Gleisdorf",
            "2018          Meisterpruefung Tischler, WIFI Steiermark",
            "Kenntnisse: Aufmass, Kalkulation, CNC (IMOS), AutoCAD, Fuehrerschein B/BE",
        ])]),
    own(s="own_aichinger_apology", l="de",
        to=[("Daniela Fröschle", "daniela.froeschle@aichinger-kuechen.example.de")],
        sub="AW: Unser Video-Interview heute um 10:00 Uhr", d="2026-03-11 12:58 +0100",
        re="aichinger_missed", q="std",
        b="""\
Sehr geehrte Frau Fröschle,

es tut mir sehr leid! Ich hatte den Termin in meinem Kalender fälschlich für Donnerstag
eingetragen – ein dummer Fehler meinerseits. Falls Sie mir noch eine Chance geben,
bin ich jederzeit flexibel.
""" + SIG),
    own(s="own_tempra_apology", l="de",
        to=[("Jasmin Reiter", "jasmin.reiter@tempra-personal.example.at")],
        sub="AW: Termin Zimmerei Gollner heute früh?", d="2026-03-16 18:22 +0100",
        re="tempra_missed", q="std", cs="windows-1252", cte="quoted-printable",
        b="""\
Hallo Frau Reiter,

bitte entschuldigen Sie – ich hatte heute früh auf der A2 bei Laßnitzhöhe einen Auffahrunfall
(zum Glück nur Blechschaden) und mein Handy lag im Kofferraum. Ich habe Herrn Gollner eben
selbst angerufen, ihn aber nicht erreicht.

Wäre ein neuer Termin möglich?
""" + SIG),
    own(s="own_kessler_reschedule_request", l="de",
        to=[("Jana Beck", "jana.beck@kessler-bauelemente.example.de")],
        sub="Verschiebung Gesprächstermin 23.04.", d="2026-04-16 20:05 +0200",
        b="""\
Sehr geehrte Frau Beck,

vielen Dank nochmals für die Einladung. Leider habe ich am 23. April eine Abnahme bei einem
Kunden, die ich nicht verschieben kann. Wäre es möglich, das Gespräch auf einen Tag in der
folgenden Woche zu legen? Ich bin ab 27. April jederzeit flexibel.

Ich entschuldige mich für die Umstände.
""" + SIG),
    own(s="own_pirker_thanks", l="de",
        to=[("Verena Stix", "verena.stix@brandauer-pb.example.at")],
        sub="Gespräch bei Pirker Dachsysteme – kurzes Feedback", d="2026-05-12 19:10 +0200",
        b="""\
Liebe Frau Stix,

danke für die Begleitung heute in Klagenfurt. Mein Eindruck ist sehr positiv: Herr DI Pirker
und Frau Ing. Ebner waren sehr offen, und die Verbindung von Steildach und Holzbau reizt mich.
Ich würde mich freuen, wenn es weitergeht.

Herzliche Grüße
Konstantin Wiesinger
"""),
    own(s="own_strasser_followup", l="de",
        to=[("Ralf Wössner", "ralf.woessner@strasser-moebel.example.de")],
        sub="Bewerbung Vertriebsinnendienst Objektmöbel", d="2026-04-02 08:12 +0200",
        b="""\
Sehr geehrter Herr Wössner,

am 2. März habe ich mich bei Ihnen als Mitarbeiter im Vertriebsinnendienst Objektmöbel
beworben. Da ich bisher keine Rückmeldung erhalten habe, möchte ich mich höflich erkundigen,
ob meine Unterlagen angekommen sind und wie der Stand ist.
""" + SIG),
    own(s="own_hallbrunner_counter", l="de", to=[REINDL],
        sub="AW: Vertragsangebot Fachberater Holz & Bauelemente", d="2026-04-20 07:40 +0200",
        re="hallbrunner_offer", q="std",
        b="""\
Hallo Herr Reindl,

vielen Dank für das Angebot, über das ich mich sehr freue. Bevor ich mich entscheide, eine
offene Frage: Mit dem Umzug meiner Familie von Graz nach München kommen erhebliche Kosten auf
uns zu. Wäre beim Fixgehalt noch Spielraum, oder gibt es eine Unterstützung beim Umzug?
""" + SIG),
    own(s="own_lindmoser_accept", l="de", to=[URL], cc=[PICHORNER],
        sub="Annahme Angebot – Dienstvertrag zur Unterschrift", d="2026-04-23 18:30 +0200",
        re="lindmoser_letter", q="std",
        b="""\
Sehr geehrte Frau Url,

ich nehme Ihr Angebot vom 8. April sehr gerne an und freue mich auf den Start am 1. Juni in
Klagenfurt! Bitte senden Sie mir den Dienstvertrag zur Unterschrift zu.
""" + SIG),
    own(s="own_hallbrunner_decline", l="de", to=[REINDL],
        sub="AW: Vertragsangebot – überarbeitetes Angebot", d="2026-04-27 09:05 +0200",
        re="hallbrunner_revised", q="std",
        b="""\
Hallo Herr Reindl,

herzlichen Dank für Ihr großzügiges Entgegenkommen. Die Entscheidung ist mir wirklich schwer
gefallen, aber ich habe mich für eine Stelle in Kärnten entschieden, damit meine Familie in
der Nähe bleiben kann. Ich sage daher schweren Herzens ab.

Bitte richten Sie auch Frau Gruber meinen Dank aus.
""" + SIG),
    # ------------------------------------------------------------------ auto-replies
    M(s="ooo_kogler", k="other", l="de", fr=KOGLER,
      sub="Automatische Antwort: Danke für das gestrige Gespräch", d="2026-02-06 08:31 +0100",
      re="own_steinegger_thanks",
      hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      b="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13. Februar 2026 nicht im Büro und habe keinen Zugriff auf meine
E-Mails. In dringenden Personalangelegenheiten wenden Sie sich bitte an
personal@steinegger-holzbau.example.at oder +43 316 48 12 00-0.

Mit freundlichen Grüßen
Martina Kogler
"""),
    # ------------------------------------------------------------------ digests and newsletters
    M(s="jobwald_alert_jan", k="other", l="de",
      fr=("jobwald Jobagent", "jobagent@jobwald.example.at"),
      sub="7 neue Jobs für „Kalkulant Holz“ in Graz und Umgebung", d="2026-01-19 06:00 +0100",
      hdr=BULK,
      h=shell("""\
<p>Hallo Konstantin,</p>
<p>Ihr Jobagent hat 7 neue Stellen gefunden:</p>
<ul>
<li><b>Kalkulant/in Holzbau</b> &ndash; Holzbau Steinegger, Graz</li>
<li><b>Technischer Verkäufer Fenster</b> &ndash; Fensterbau Lindmoser, Klagenfurt</li>
<li><b>Arbeitsvorbereiter Tischlerei</b> &ndash; Tischlerei Kaltenegger, Weiz</li>
<li><b>Verkaufsberater Holzhandel</b> &ndash; Holzhandel Pöllabauer, Graz</li>
</ul>
<p><b>Ratgeber:</b> Absage erhalten? So nutzen Sie das Feedback für Ihr nächstes
Vorstellungsgespräch. Und: Warum ein &bdquo;leider&ldquo; kein Grund zur Aufgabe ist.</p>
<p><a href="https://www.jobwald.example.at/jobagent/88213">Alle Jobs ansehen</a></p>""",
              brand="jobwald.at", color="#2e7d32",
              foot="Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. "
                   "<a href=\"https://www.jobwald.example.at/abmelden?u=88213\">Abmelden</a>")),
    M(s="jobwald_newsletter", k="other", l="de",
      fr=("jobwald Karriere-Magazin", "newsletter@jobwald.example.at"),
      sub="Karriere-Magazin April: Das perfekte Vorstellungsgespräch im Handwerk",
      d="2026-04-14 07:30 +0200", hdr=BULK,
      b="""\
jobwald Karriere-Magazin – Ausgabe April 2026

1) Vorstellungsgespräch: Die 12 häufigsten Fragen – und wie Meister:innen punkten
2) Absage erhalten? Leider normal. Fünf Schritte, wie Sie daraus lernen
3) Gehaltsverhandlung: Wann ist ein Angebot wirklich gut?
4) Quereinstieg vom Handwerk in den Vertrieb – drei Erfahrungsberichte

Online lesen: https://www.jobwald.example.at/magazin/2026-04

Newsletter abbestellen: https://www.jobwald.example.at/abmelden?u=88213
""",
      h=shell("""\
<h2>Karriere-Magazin April 2026</h2>
<ol>
<li>Vorstellungsgespräch: Die 12 häufigsten Fragen &ndash; und wie Meister:innen punkten</li>
<li>Absage erhalten? Leider normal. Fünf Schritte, wie Sie daraus lernen</li>
<li>Gehaltsverhandlung: Wann ist ein Angebot wirklich gut?</li>
<li>Quereinstieg vom Handwerk in den Vertrieb &ndash; drei Erfahrungsberichte</li>
</ol>""", brand="jobwald.at", color="#2e7d32",
              foot="<a href=\"https://www.jobwald.example.at/abmelden?u=88213\">Abmelden</a>")),
    M(s="jobwald_alert_oct", k="other", l="de",
      fr=("jobwald Jobagent", "jobagent@jobwald.example.at"),
      sub="Ihr Jobagent: 3 neue Jobs – Bewerbungsgespräch noch diese Woche möglich",
      d="2026-10-05 06:00 +0200", hdr=BULK, cte="quoted-printable",
      b="""\
Hallo Konstantin,

3 neue Jobs passen zu Ihrem Suchprofil "Technischer Verkauf Bauelemente":

* Verkaufsberater Innentüren – Türenwelt Süd, Klagenfurt – Einstellungsgespräche noch diese
  Woche
* Kalkulant Stiegenbau – Treppenbau Leitgeb, Graz
* Fachberater Dach & Fassade – Baustoffzentrum Lavanttal, Wolfsberg

Keine passenden Angebote? Passen Sie Ihr Suchprofil an.

Ihr jobwald.at-Team
Abmelden: https://www.jobwald.example.at/abmelden?u=88213
"""),
    # ------------------------------------------------------------------ everyday traps
    M(s="gps_position", k="other", l="de",
      fr=("FleetTrack Alarm", "alarm@fleettrack.example.at"),
      sub="Geofence-Alarm: Position Ihres Fahrzeugs GU-418KW", d="2026-01-15 05:42 +0100",
      b="""\
Geofence-Alarm

Fahrzeug: VW Crafter GU-418KW (Tischlerei Kohlbacher)
Ereignis: Verlassen der Zone "Werkstatt Graz-Puntigam"
Zeit: 15.01.2026 05:41
Position: 47.0311 N, 15.4236 O – Triester Straße 380, 8055 Graz
Geschwindigkeit: 38 km/h

Aktuelle Position in der App ansehen: https://app.fleettrack.example.at/v/418
Diese Nachricht wurde automatisch erzeugt.
"""),
    M(s="parcel_delay", k="other", l="de",
      fr=("Paketdienst Blitzlog", "no-reply@blitzlog.example.at"),
      sub="Leider verzögert sich Ihre Sendung 1Z44 8812 0937", d="2026-02-03 13:17 +0100",
      b="""\
Guten Tag Konstantin Wiesinger,

leider verzögert sich die Zustellung Ihrer Sendung 1Z44 8812 0937 (Absender: Werkzeughandel
Feinschliff) aufgrund der Witterung um voraussichtlich zwei Werktage.

Neuer voraussichtlicher Zustelltermin: Donnerstag, 5. Februar 2026

Wir bitten um Ihr Verständnis.
Ihr Blitzlog-Kundenservice
"""),
    M(s="course_refused", k="other", l="de",
      fr=("Kursbüro Bildungsforum Steiermark", "kursbuero@bildungsforum-stmk.example.at"),
      sub="Ihre Anmeldung: Verkaufstraining für Techniker (Kurs 26-114)",
      d="2026-02-12 11:30 +0100", cs="iso-8859-1", cte="quoted-printable",
      b="""\
Sehr geehrter Herr Wiesinger,

vielen Dank für Ihre Anmeldung zum Kurs "Verkaufstraining für Techniker" (26-114).

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz anbieten. Wir haben
Sie auf die Warteliste gesetzt (Platz 4). Der nächste Termin startet im September 2026.

Freundliche Grüße
Ihr Kursbüro
Bildungsforum Steiermark, Körblergasse 111, 8010 Graz
"""),
    M(s="dentist", k="other", l="de",
      fr=("Zahnarztpraxis Dr. Hofer-Lang", "praxis@zahnarzt-hoferlang.example.at"),
      sub="Terminverschiebung: Ihr Termin am 19.03.2026", d="2026-03-13 09:05 +0100",
      b="""\
Sehr geehrter Herr Wiesinger,

aufgrund einer Erkrankung von Frau Dr. Hofer-Lang müssen wir Ihren Termin zur Kontrolle und
Mundhygiene am Donnerstag, 19.03.2026, 16:30 Uhr leider verschieben.

Neuer Termin: Dienstag, 24.03.2026, 17:00 Uhr.
Sollte dieser Termin nicht passen, rufen Sie uns bitte unter 0316 82 41 90 an.

Ihr Praxisteam
"""),
    M(s="friend_rejection", k="other", l="de",
      fr=("Thomas Pucher", "tom.pucher@example.at"),
      sub="Jetzt hat's mich auch erwischt", d="2026-04-11 21:48 +0200", cte="8bit",
      b="""\
Servus Konsti,

kurzes Update von mir: Die Absage von der Zimmerei Haas ist heute gekommen. "Leider haben wir
uns für einen anderen Bewerber entschieden" – Standardtext, nach zwei Gesprächen und einem
Probetag! Ich bin echt angefressen.

Wie läuft's bei dir mit Klagenfurt? Hast schon was gehört? Gehen wir am Freitag auf ein Bier?

Tom
"""),
    M(s="friend_fwd_invite", k="other", l="de",
      fr=("Thomas Pucher", "tom.pucher@example.at"),
      sub="WG: Einladung zum Vorstellungsgespräch – was meinst du?", d="2026-05-03 10:20 +0200",
      b="""\
Hi Konsti,

schau mal, was ich von der Holzbau Reiterer bekommen hab (unten weitergeleitet). Die wollen
mich als Polier. Soll ich da hin? Du kennst die doch von der Messe. Und was zieht man bei so
einem Gespräch an – Hemd oder Arbeitsjacke? :)

Lg Tom
""",
      fwd=M(s="fwd_reiterer_invite", k="other", l="de",
            fr=("Anja Reiterer", "anja.reiterer@holzbau-reiterer.example.at"),
            to=[("Thomas Pucher", "tom.pucher@example.at")],
            sub="Einladung zum Vorstellungsgespräch – Polier Holzbau",
            d="2026-05-02 14:02 +0200",
            b="""\
Sehr geehrter Herr Pucher,

vielen Dank für Ihre Bewerbung als Polier. Wir laden Sie gerne zu einem Vorstellungsgespräch
am Mittwoch, 13. Mai 2026, um 9:00 Uhr in unser Büro in Feldbach ein.

Mit freundlichen Grüßen
Anja Reiterer
Holzbau Reiterer GmbH
""")),
    M(s="landlord_viewing", k="other", l="de",
      fr=("Hausverwaltung Wörtherseeblick", "vermietung@hv-woertherseeblick.example.at"),
      sub="Besichtigungstermin Wohnung Klagenfurt, St. Ruprechter Straße",
      d="2026-05-06 15:20 +0200",
      b="""\
Sehr geehrter Herr Wiesinger,

danke für Ihre Anfrage zur 3-Zimmer-Wohnung (78 m², Top 7) in der St. Ruprechter Straße.

Gerne bestätigen wir Ihnen den Besichtigungstermin am Samstag, 9. Mai 2026, um 10:30 Uhr.
Unser Mitarbeiter Herr Kraßnig erwartet Sie vor dem Hauseingang. Bitte bringen Sie einen
Einkommensnachweis (z. B. Dienstvertrag oder Angebot des neuen Arbeitgebers) mit.

Freundliche Grüße
Hausverwaltung Wörtherseeblick
"""),
    M(s="radio_interview", k="other", l="de",
      fr=("Miriam Url-Sattler", "miriam.sattler@radio-murwelle.example.at"),
      sub="Interviewanfrage: Sendung „Handwerk mit Zukunft“", d="2026-07-02 11:40 +0200",
      cte="quoted-printable",
      b="""\
Lieber Herr Wiesinger,

ich gestalte für Radio Murwelle die Sendereihe „Handwerk mit Zukunft“. Über die
Landesinnung habe ich erfahren, dass Sie als Tischlermeister in den technischen Vertrieb
wechseln. Hätten Sie Lust auf ein Radio-Interview (ca. 15 Minuten, aufgezeichnet) über Ihren
Weg?

Aufnahme wäre im Studio Graz oder telefonisch möglich, z. B. am 16. oder 17. Juli.

Herzliche Grüße
Miriam Url-Sattler
Redaktion Radio Murwelle
"""),
    M(s="user_research", k="other", l="de",
      fr=("Werkzone UX-Team", "ux-research@werkzone.example.at"),
      sub="Nutzerinterview zur Werkzone-App – 30 € Gutschein als Dankeschön",
      d="2026-08-25 10:00 +0200",
      h=shell("""\
<p>Hallo Konstantin,</p>
<p>du nutzt unsere Werkzone-App regelmäßig für den Zuschnittservice. Wir entwickeln die App
weiter und suchen Profis für ein <b>45-minütiges Nutzerinterview</b> per Video.</p>
<p>Als Dankeschön bekommst du einen <b>30-&euro;-Gutschein</b>. Termine: 8. bis 12. September.</p>
<p><a href="https://research.werkzone.example.at/slots">Interviewtermin wählen</a></p>
<p>Danke!<br>Dein Werkzone UX-Team</p>""", brand="WERKZONE", color="#f29100",
              foot="Du erhältst diese E-Mail als registrierter Werkzone-Profikunde.")),
    M(s="headhunter_cold", k="other", l="de",
      fr=("Patrick Wieser", "p.wieser@alpenkopf-executive.example.de"),
      sub="Ihr Profil – kurze Frage", d="2026-09-14 08:55 +0200",
      b="""\
Hallo Herr Wiesinger,

ich bin auf Ihr Profil gestoßen und finde Ihren Wechsel vom Tischlermeister in die
Kalkulation bei einem Fensterhersteller spannend. Ich betreue regelmäßig Positionen im
technischen Vertrieb für Bauelemente-Hersteller in Bayern und Österreich.

Aktuell habe ich nichts Konkretes, würde mich aber über eine Vernetzung und ein unverbindliches
Kennenlernen freuen, wenn es für Sie irgendwann einmal interessant wird.

Beste Grüße
Patrick Wieser
Alpenkopf Executive Search | München
"""),
    M(s="podcast_invite", k="other", l="de",
      fr=("Jakob Feichtinger", "jakob@holzundhirn-podcast.example.at"),
      sub="Gast im Podcast „Holz & Hirn“?", d="2026-10-12 19:30 +0200",
      h=plain_html("""\
<p>Hallo Konstantin,</p>
<p>ich mache den Podcast <i>Holz &amp; Hirn</i> (rund 4.000 Hörer:innen aus dem Holzbau) und
würde dich gerne als Gast interviewen: Vom Meister an der Hobelbank zum Kalkulanten bei einem
Fensterbauer &ndash; wie war der Umstieg?</p>
<p>Aufnahme remote, ca. 45 Minuten, im November. Hast du Lust?</p>
<p>Liebe Grüße<br>Jakob</p>""")),
]

assert all(spec["fr"] != CAND or spec["k"] == "other" for spec in MESSAGES)
