"""other: Lena's own mail, traps (digests, newsletters, press, parcels, banks, landlords,
doctors, friends, courses, cold approaches, out-of-office replies)."""

from __future__ import annotations

from msgs307_common import LENA, Spec, html, m

K = "other"
BULK = [("Precedence", "bulk")]


def listed(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK]


def auto(*extra: tuple[str, str]) -> list[tuple[str, str]]:
    return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), *extra]


SPECS: list[Spec] = [
    # ------------------------------------------------------------ Lena's own mail (de)
    m(K, "de", "own_application_aaretal", LENA, "Bewerbung Pflegefachfrau / Koordination Einsätze",
      "2026-01-12 20:14 +0100",
      """
Sehr geehrte Frau Iseli

Auf Ihrer Website habe ich gesehen, dass Sie eine Pflegefachfrau für die Koordination der
Einsätze suchen. Ich arbeite seit acht Jahren als Pflegefachfrau HF, zuletzt auf der
Medizinischen Klinik eines Berner Spitals, und möchte mich in Richtung Fallführung und
Koordination weiterentwickeln.

Im Anhang finden Sie meinen Lebenslauf und meine Arbeitszeugnisse. Ich freue mich auf Ihre
Rückmeldung.

Freundliche Grüsse
Lena Baumgartner
Breitenrainstrasse 18, 3013 Bern
079 612 48 30
""", to=("Sandra Iseli", "s.iseli@heimpflege-aaretal.example.ch"), key="ha_app", fmt="mixed",
      pdfs=[("Lebenslauf_Lena_Baumgartner.pdf",
             ["Lena Baumgartner - Lebenslauf", "Pflegefachfrau HF", "Breitenrainstrasse 18, Bern"])]),

    m(K, "de", "own_thanks_helvia", LENA, "Dankeschön für das Gespräch", "2026-03-02 19:40 +0100",
      """
Liebe Frau Zürcher

Herzlichen Dank für das angenehme Gespräch vom letzten Donnerstag und dafür, dass Sie den
Termin so flexibel verschoben haben. Der Einblick in die Arbeit des Case-Management-Teams hat
mich in meinem Wunsch bestärkt, in diesen Bereich zu wechseln.

Ich würde mich sehr über einen nächsten Schritt freuen.

Freundliche Grüsse
Lena Baumgartner
""", to=("Anna Zürcher", "anna.zuercher@helvia.example.ch"), key="h_thanks", parent="h_resch",
      quote=True),

    m(K, "de", "own_apology_sanacura", LENA, "Entschuldigung – Videointerview vom 10. März",
      "2026-03-11 07:52 +0100",
      """
Sehr geehrte Frau Meier

Es tut mir ausserordentlich leid, dass ich gestern nicht am Videointerview teilgenommen habe.
Mein Kalender hatte den Termin wegen einer falschen Zeitzoneneinstellung auf 15.00 Uhr
gesetzt – als ich mich einloggte, war das Meeting bereits beendet.

Ich bin nach wie vor sehr an der Stelle interessiert und wäre dankbar für einen neuen Termin.

Freundliche Grüsse
Lena Baumgartner
""", to=("Sabine Meier", "sabine.meier@sanacura.example.ch"), key="s_apology",
      parent="s_missed", quote=True, cte="quoted-printable"),

    m(K, "de", "own_resched_request_kessler", LENA, "AW: Heute 17.30 Uhr", "2026-08-19 21:30 +0200",
      """
Lieber Herr Kessler

Bitte entschuldigen Sie vielmals – ich habe den Termin in meiner Agenda auf den 26. August
eingetragen. Wäre es möglich, das Gespräch auf nächste Woche zu verschieben, zum Beispiel
Dienstag oder Mittwoch ab 17 Uhr?

Freundliche Grüsse
Lena Baumgartner
""", to=("Florian Kessler", "f.kessler@kessler-health.example.ch"), parent="kh_missed",
      quote=True, charset="windows-1252", cte="8bit"),

    m(K, "de", "own_fwd_offer_partner", LENA, "WG: Stellenangebot Case Managerin Krankentaggeld",
      "2026-03-24 20:02 +0100",
      """
Hoi Simon

Schau mal, das Angebot von der Helvia ist gekommen! Der Lohn ist deutlich besser als in der
Klinik, dafür ist die Bergsonne halt in Interlaken und näher an den Bergen :-)
Lass uns heute Abend drüber reden.

Kuss, Lena
""", to=("Simon Graf", "simon.graf@example.net"), fmt="mixed", fwd="h_offer"),

    m(K, "de", "own_thanks_bergsonne", LENA, "Danke für den Schnuppertag", "2026-03-19 21:03 +0100",
      """
Liebe Frau Kälin

Vielen Dank für den spannenden Schnuppertag heute und die herzliche Aufnahme im Team. Die
Fallbesprechung am Mittag hat mir besonders gefallen.

Ich freue mich, von Ihnen zu hören.

Herzliche Grüsse
Lena Baumgartner
""", to=("Ursula Kälin", "ursula.kaelin@bergsonne.example.ch"), fmt="html",
      html=html("Liebe Frau Kälin",
                "Vielen Dank für den spannenden Schnuppertag heute und die herzliche Aufnahme im "
                "Team. Die Fallbesprechung am Mittag hat mir besonders gefallen.",
                "Ich freue mich, von Ihnen zu hören.", "Herzliche Grüsse<br>Lena Baumgartner")),

    m(K, "de", "own_accept_helvia", LENA, "AW: Stellenangebot Case Managerin Krankentaggeld",
      "2026-03-31 08:15 +0200",
      """
Liebe Frau Zürcher

Herzlichen Dank für das Angebot und das Telefonat gestern. Ich nehme die Stelle sehr gerne an
und freue mich auf den Start am 1. Juni.

Freundliche Grüsse
Lena Baumgartner
""", to=("Anna Zürcher", "anna.zuercher@helvia.example.ch"), parent="h_offer", quote=True,
      quote_style="outlook"),

    m(K, "de", "own_decline_bergsonne", LENA, "AW: Arbeitsvertrag Lena Baumgartner – bitte unterschreiben",
      "2026-04-15 18:22 +0200",
      """
Liebe Frau Kälin

Vielen Dank für den Vertrag und Ihr grosses Vertrauen. Nach langem Überlegen habe ich mich
entschieden, eine Stelle im Case Management einer Krankenversicherung in Bern anzunehmen. Ich
muss Ihr Angebot deshalb schweren Herzens ablehnen.

Der Tag bei Ihnen bleibt mir in bester Erinnerung.

Herzliche Grüsse
Lena Baumgartner
""", to=("Ursula Kälin", "ursula.kaelin@bergsonne.example.ch"),
      cc=[("Personalabteilung Rehaklinik Bergsonne", "personal@bergsonne.example.ch")],
      cte="base64"),

    # ------------------------------------------------------------ traps (de)
    m(K, "de", "jobalert_digest", ("Stellenportal Gesundheit Schweiz", "alerts@stellenportal-gesundheit.example.ch"),
      "12 neue Jobs für «Case Management» – und Tipps zum Umgang mit Absagen", "2026-02-13 06:00 +0100",
      """
Guten Morgen Lena

Ihr Job-Abo «Case Management, Bern + 50 km» hat 12 neue Stellen gefunden:

- Case Managerin Krankentaggeld (80–100 %) – Aarecare, Bern
- Fallführende Pflegefachperson – Heimpflege Region Thun
- Sachbearbeiter/in Leistungen – Krankenkasse Mittelland, Solothurn
… und 9 weitere

Ratgeber der Woche: «Absage erhalten? So bleiben Sie motiviert» und «Die 10 häufigsten
Fragen im Vorstellungsgespräch – und wie Sie souverän antworten».

Leider passt nicht jede Stelle? Passen Sie Ihr Job-Abo an oder melden Sie sich hier ab:
https://stellenportal-gesundheit.example.ch/abo/abmelden
""", headers=listed("<jobabo.stellenportal-gesundheit.example.ch>",
                    "https://stellenportal-gesundheit.example.ch/abo/abmelden?u=8812"),
      fmt="alt", html=html("Guten Morgen Lena",
                           "Ihr Job-Abo «Case Management, Bern + 50 km» hat <b>12 neue "
                           "Stellen</b> gefunden.",
                           "Ratgeber der Woche: «Absage erhalten? So bleiben Sie motiviert» und "
                           "«Die 10 häufigsten Fragen im Vorstellungsgespräch».",
                           footer="Abmelden: https://stellenportal-gesundheit.example.ch/abo")),

    m(K, "de", "newsletter_pflegeverband", ("Berufsverband Pflege Bern", "newsletter@pflegeverband-bern.example.ch"),
      "Newsletter März: Interview-Training, Lohnrunde und Weiterbildungen", "2026-03-05 11:00 +0100",
      "", fmt="html", headers=listed("Newsletter Pflegeverband <news.pflegeverband-bern.example.ch>",
                                     "mailto:unsubscribe@pflegeverband-bern.example.ch"),
      html=html("Liebe Mitglieder",
                "<b>Workshop: Das Vorstellungsgespräch meistern</b> – Am 25. März trainieren wir "
                "mit einer erfahrenen HR-Fachfrau typische Interview-Situationen. Noch 6 Plätze frei.",
                "<b>Lohnrunde 2026:</b> Leider wurden unsere Forderungen vom Kanton abgelehnt. Wir "
                "bleiben dran.",
                "<b>Neue Weiterbildungen:</b> CAS Case Management, Palliative Care, Wundmanagement.",
                footer="Sie erhalten diesen Newsletter als Mitglied. Abmelden jederzeit möglich.")),

    m(K, "de", "radio_interview", ("Jonas Wälti", "jonas.waelti@radio-zytglogge.example.ch"),
      "Anfrage Interview: Pflegefachleute, die den Beruf wechseln", "2026-04-21 10:35 +0200",
      """
Guten Tag Frau Baumgartner

Ich bin Redaktor bei Radio Zytglogge und bereite einen Beitrag über Pflegefachleute vor, die in
andere Bereiche des Gesundheitswesens wechseln. Eine Kollegin aus dem Berufsverband hat mir
Ihren Namen gegeben.

Hätten Sie Lust auf ein kurzes Radio-Interview (ca. 15 Minuten, Aufnahme per Telefon oder im
Studio an der Schwarztorstrasse)? Die Sendung läuft am 5. Mai.

Beste Grüsse
Jonas Wälti
Redaktion Gesellschaft, Radio Zytglogge
""", contact="jonas.waelti@radio-zytglogge.example.ch", name_enc=("q", "utf-8")),

    m(K, "de", "parcel_delayed", ("PaketBlitz Sendungsverfolgung", "noreply@paketblitz.example.ch"),
      "Leider verzögert sich Ihre Sendung 99.34.118822.01", "2026-02-18 13:12 +0100",
      """
Guten Tag

Leider verzögert sich die Zustellung Ihrer Sendung 99.34.118822.01 aufgrund eines hohen
Paketaufkommens. Neuer voraussichtlicher Zustelltermin: Freitag, 20.02.2026.

Wir bitten um Entschuldigung. Den aktuellen Status finden Sie jederzeit in der Sendungsverfolgung.

Ihr PaketBlitz-Team
""", cte="quoted-printable"),

    m(K, "de", "bank_position", ("Aare Sparkasse E-Banking", "no-reply@aaresparkasse-ebanking.example.ch"),
      "Ihre Depotposition wurde aktualisiert", "2026-05-02 06:30 +0200",
      """
Sehr geehrte Kundin

Die Position «Nachhaltigkeitsfonds Schweiz» in Ihrem Depot 4471-88 wurde nach der
Ausschüttung aktualisiert. Eine Übersicht Ihrer Positionen finden Sie im E-Banking.

Dies ist eine automatisch generierte Nachricht.
""", charset="iso-8859-1", cte="quoted-printable"),

    m(K, "de", "gps_position", ("TrailTrack", "notifications@trailtrack.example.com"),
      "Simon hat seine Position mit dir geteilt", "2026-07-11 14:02 +0200",
      """
Simon Graf hat seine Live-Position mit dir geteilt.

Aktuelle Position: Niederhorn, 1'950 m ü. M.
Geteilt bis: 18:00 Uhr

Position auf der Karte ansehen: https://trailtrack.example.com/live/sg8812
""", cte="base64"),

    m(K, "de", "landlord_viewing", ("Beat Hügli", "b.huegli@immo-limmat.example.ch"),
      "Besichtigung 3.5-Zimmerwohnung Hardstrasse – Termin", "2026-05-07 12:40 +0200",
      """
Grüezi Frau Baumgartner

Besten Dank für Ihre Anfrage. Gerne bestätige ich Ihnen die Besichtigung der 3.5-Zimmer-
Wohnung an der Hardstrasse 120 am Samstag, 9. Mai, um 11.15 Uhr. Bitte bringen Sie einen
aktuellen Betreibungsregisterauszug mit.

Leider haben wir bereits viele Interessenten, die Besichtigung findet deshalb in Gruppen statt.

Freundliche Grüsse
Beat Hügli
Bewirtschafter, Immo Limmat
""", contact="b.huegli@immo-limmat.example.ch", name_enc=("q", "iso-8859-1")),

    m(K, "de", "dentist_reminder", ("Zahnarztpraxis Lorraine", "praxis@zahnarzt-lorraine.example.ch"),
      "Erinnerung an Ihren Termin am 12.06.", "2026-06-10 08:00 +0200",
      """
Liebe Frau Baumgartner

Wir erinnern Sie gerne an Ihren Termin zur Dentalhygiene am Freitag, 12. Juni 2026, um
07.30 Uhr bei Frau Rüfenacht.

Falls Sie verhindert sind, bitten wir Sie, den Termin mindestens 24 Stunden im Voraus
abzusagen; sonst müssen wir ihn leider in Rechnung stellen.

Freundliche Grüsse
Ihr Praxisteam
Zahnarztpraxis Lorraine, Lorrainestrasse 5, 3013 Bern
""", contact="praxis@zahnarzt-lorraine.example.ch", charset="windows-1252", cte="8bit"),

    m(K, "de", "doctor_confirmation", ("Hausarztzentrum Breitenrain", "noreply@termine-hausarzt.example.ch"),
      "Terminbestätigung: Konsultation Dr. med. P. Aebi", "2026-09-14 17:15 +0200",
      """
Guten Tag Lena Baumgartner

Ihr Termin ist bestätigt:
Dienstag, 22.09.2026, 08:40 Uhr, Dr. med. P. Aebi, Hausarztzentrum Breitenrain

Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bis 24 h vorher über den Link in dieser
E-Mail.
"""),

    m(K, "de", "friend_rejection", ("Sarah Lehmann", "sarah.lehmann@example.net"),
      "Absage… und jetzt?", "2026-04-12 22:18 +0200",
      """
Hey Lena

Ich habe heute die Absage von der Uni-Klinik bekommen, nach drei Gesprächen! «Leider haben
wir uns für eine andere Kandidatin entschieden» – ich könnte heulen.

Wie läuft es bei dir? Hast du schon was von der Helvia gehört? Lass uns am Wochenende einen
Kaffee trinken, ich brauche Aufmunterung.

Sarah
""", contact="sarah.lehmann@example.net", cte="8bit"),

    m(K, "de", "friend_invite_inner", ("Spital Thun-Süd Personal", "personal@spital-thun-sued.example.ch"),
      "Einladung zum Vorstellungsgespräch", "2026-05-21 09:00 +0200",
      """
Sehr geehrte Frau Lehmann

Gerne laden wir Sie zu einem Vorstellungsgespräch für die Stelle als Pflegeexpertin APN ein:
Donnerstag, 28. Mai 2026, 13.30 Uhr, Spital Thun-Süd, Haus B, Büro 204.

Freundliche Grüsse
Personaldienst Spital Thun-Süd
""", to=("Sarah Lehmann", "sarah.lehmann@example.net"), key="friend_inv_inner",
      inner_only=True, cte="quoted-printable"),

    m(K, "de", "friend_forwards_invite", ("Sarah Lehmann", "sarah.lehmann@example.net"),
      "WG: Einladung zum Vorstellungsgespräch", "2026-05-21 12:47 +0200",
      """
Lena!!! Schau mal, was heute gekommen ist – ich wurde eingeladen! Unten die Mail vom Spital.
Kannst du mir helfen, mich vorzubereiten? Du hast ja jetzt Erfahrung mit Gesprächen :)

Sarah
""", contact="sarah.lehmann@example.net", fmt="mixed", fwd="friend_inv_inner"),

    m(K, "de", "course_refused", ("Weiterbildung Gesundheit HFB", "weiterbildung@gesundheit-hfb.example.ch"),
      "CAS Case Management – Ihre Anmeldung", "2026-06-30 15:20 +0200",
      """
Sehr geehrte Frau Baumgartner

Vielen Dank für Ihre Anmeldung zum CAS Case Management (Start Oktober 2026).

Leider ist der Lehrgang bereits überbucht, und wir können Ihnen keinen Studienplatz anbieten.
Wir haben Sie auf die Warteliste gesetzt und für die Durchführung im Frühling 2027 vorgemerkt.

Freundliche Grüsse
Sekretariat Weiterbildung Gesundheit
""", contact="weiterbildung@gesundheit-hfb.example.ch", charset="iso-8859-1",
      cte="quoted-printable"),

    m(K, "de", "headhunter_cold", ("Corinne Vogt", "corinne.vogt@alpensearch.example.ch"),
      "Ihr Profil – interessante Perspektiven im Versicherungsumfeld", "2026-09-08 08:20 +0200",
      """
Guten Tag Frau Baumgartner

Ich bin auf Ihr Profil gestossen und finde Ihren Werdegang von der Akutpflege in Richtung
Case Management sehr spannend. Wir begleiten regelmässig Versicherungen und Kliniken bei der
Besetzung von Fachfunktionen.

Falls Sie offen sind für einen unverbindlichen Austausch über künftige Möglichkeiten, freue
ich mich auf Ihre Nachricht. Aktuell habe ich kein konkretes Mandat, möchte Sie aber gern
kennenlernen.

Freundliche Grüsse
Corinne Vogt
Senior Consultant, AlpenSearch
""", contact="corinne.vogt@alpensearch.example.ch"),

    m(K, "de", "ooo_anna", ("Anna Zürcher", "anna.zuercher@helvia.example.ch"),
      "Abwesenheitsnotiz: Dankeschön für das Gespräch", "2026-03-02 19:40 +0100",
      """
Guten Tag

Ich bin bis und mit 6. März 2026 abwesend und habe keinen Zugriff auf meine E-Mails. Ihre
Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
hr@helvia.example.ch.

Freundliche Grüsse
Anna Zürcher
""", contact="anna.zuercher@helvia.example.ch", headers=auto(), parent="h_thanks",
      name_enc=("b", "utf-8")),

    m(K, "de", "ooo_michele", ("Michèle Frei", "m.frei@pflegepool.example.ch"),
      "Automatische Antwort: Ihre Unterlagen", "2026-07-20 09:12 +0200",
      """
Vielen Dank für Ihre Nachricht.

Ich bin vom 20. Juli bis 7. August in den Ferien. Ihre E-Mail wird nicht weitergeleitet. Für
dringende Anliegen erreichen Sie unser Team unter 044 210 77 30.

Herzliche Grüsse
Michèle Frei
""", contact="m.frei@pflegepool.example.ch", headers=auto(("Precedence", "auto_reply")),
      name_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="8bit"),

    m(K, "de", "user_research", ("Lara Nyffeler", "lara.nyffeler@sanacura.example.ch"),
      "Ihre Meinung zählt: 30-minütiges Nutzerinterview zur Sanacura-App", "2026-08-27 10:10 +0200",
      """
Liebe Frau Baumgartner

Als Versicherte der Sanacura laden wir Sie herzlich zu einem Nutzerinterview ein. Wir möchten
verstehen, wie Sie Arztrechnungen in unserer App einreichen und was wir verbessern können.

Das Interview dauert 30 Minuten per Video; als Dankeschön erhalten Sie einen Gutschein über
CHF 50. Termin frei wählbar: https://research.sanacura.example.ch/slots

Herzliche Grüsse
Lara Nyffeler
UX Research, Sanacura
""", contact="lara.nyffeler@sanacura.example.ch"),

    m(K, "de", "sister_howdidit", ("Mirjam Baumgartner", "mirjam.b@example.org"),
      "Und, wie war das Vorstellungsgespräch??", "2026-02-26 21:48 +0100",
      """
Hallo Schwesterherz

Ich habe den ganzen Tag an dich gedacht! Wie lief das Gespräch bei der Versicherung? Haben
sie dir schon gesagt, wann du Bescheid bekommst? Und hast du ihnen das mit den 90 % gesagt?

Ruf mich an, wenn du magst. Mama lässt grüssen.
Mirjam
""", contact="mirjam.b@example.org", charset="windows-1252", cte="quoted-printable"),

    m(K, "de", "network_profile_views", ("ProNetz", "notifications@pronetz.example.com"),
      "3 Recruiter haben Ihr Profil angesehen", "2026-06-22 07:00 +0200",
      "", fmt="html", headers=BULK,
      html=html("Hallo Lena,",
                "Diese Woche haben 3 Recruiter Ihr Profil angesehen, darunter jemand von einer "
                "Krankenversicherung in Zürich.",
                "Tipp: Mit Premium sehen Sie, wer Sie zu einem Interview einladen möchte.",
                footer="ProNetz · E-Mail-Einstellungen ändern")),

    m(K, "de", "verein_training_abgesagt", ("Reto Schneeberger", "reto.schneeberger@tv-breitenrain.example.ch"),
      "Training Donnerstag fällt aus – Ersatztermin", "2026-10-13 12:05 +0200",
      """
Hallo zäme

Leider müssen wir das Volleyball-Training vom Donnerstag absagen: Die Halle ist wegen eines
Wasserschadens gesperrt. Ersatztermin ist Freitag, 19.30 Uhr, in der Turnhalle Wylergut.

Bitte meldet euch im Chat ab, falls ihr nicht kommen könnt.

Sportliche Grüsse
Reto
Trainer Damen 2, TV Breitenrain
""", contact="reto.schneeberger@tv-breitenrain.example.ch",
      to=("Damen 2 TV Breitenrain", "damen2@tv-breitenrain.example.ch"),
      cc=[LENA], headers=[("List-Id", "Damen 2 <damen2.tv-breitenrain.example.ch>")]),

    # ------------------------------------------------------------ en
    m(K, "en", "jobalert_en", ("CareerWave Job Alerts", "jobs-noreply@careerwave.example.com"),
      "Your daily job alert: 8 new Case Manager jobs in Barcelona", "2026-06-19 05:30 +0000",
      """
Hi Lena,

8 new jobs match your alert "Case Manager – Barcelona":

* Patient Support Case Manager (German) – HealthBridge, Barcelona – Easy Apply
* Nurse Case Manager – Medisphere, Barcelona
* Claims Nurse (remote) – Alpenwell, Lucerne

Career tip: "Got a rejection? 5 ways to turn a 'no' into your next interview."

Unfortunately, 2 jobs you saved have expired.

Manage alerts: https://careerwave.example.com/alerts
""", headers=listed("<alerts.careerwave.example.com>",
                    "https://careerwave.example.com/unsub/lb-20931")),

    m(K, "en", "podcast_invite", ("Hannah Clarke", "hannah@nursesinmotion.example.co.uk"),
      "Podcast interview? Nurses in Motion – career changers episode", "2026-05-27 16:05 +0100",
      """
Hi Lena,

I host "Nurses in Motion", a podcast about nurses who move into new roles. I read your post
about switching from the ward to insurance case management and would love to interview you
for an upcoming episode.

It's a relaxed 40-minute conversation recorded over Zoom; we'd publish in July. Would any
afternoon in the week of 8 June suit you?

Warmly,
Hannah Clarke
Host & Producer, Nurses in Motion
""", contact="hannah@nursesinmotion.example.co.uk"),

    m(K, "en", "ux_research_en", ("Dana Whitfield", "dana.whitfield@medflow.example.io"),
      "Invitation: 45-min user research interview ($75 gift card)", "2026-07-15 15:33 -0400",
      """
Hi Lena,

Thanks for signing up for our research panel! We're redesigning how nurses document home
visits in Medflow, and we'd like to invite you to a 45-minute remote user research interview.

You'll get a $75 gift card as a thank-you. Pick a slot here:
https://calendly.example.com/medflow-research/45min

Thanks!
Dana Whitfield
Senior UX Researcher, Medflow
""", contact="dana.whitfield@medflow.example.io", fmt="alt",
      html=html("Hi Lena,",
                "Thanks for signing up for our research panel! We're redesigning how nurses "
                "document home visits in Medflow, and we'd like to invite you to a 45-minute "
                "remote user research interview.",
                "You'll get a $75 gift card as a thank-you.",
                sig="Dana Whitfield<br>Senior UX Researcher, Medflow")),

    m(K, "en", "parcel_en", ("SwiftShip Notifications", "no-reply@swiftship.example.com"),
      "Unfortunately your parcel is delayed", "2026-08-06 09:44 +0000",
      """
Hello,

Unfortunately your parcel SW-55120-CH is delayed due to a customs inspection. We're sorry for
the inconvenience. New estimated delivery: 10 August.

Track your parcel: https://swiftship.example.com/t/SW-55120-CH

SwiftShip
"""),

    m(K, "en", "own_apology_mark", LENA, "Re: Concordis today at 15:00 – are you ok?",
      "2026-07-01 20:14 +0200",
      """
Dear Mark,

I'm so sorry. The tram I was on was involved in a minor accident near Stadelhofen and we
were stuck for over an hour; my phone battery died while I was waiting. I'm fine, just very
embarrassed.

Could you please apologise to Dr. Lindner on my behalf and ask whether another slot might be
possible? I would really like to meet the team.

Best regards,
Lena
""", to=("Mark Steiner", "mark.steiner@helvetichealthsearch.example.ch"), parent="hhs_missed",
      quote=True),

    m(K, "en", "ooo_tom", ("Tom Keller", "tom.keller@vitalink.example.ch"),
      "Automatic reply: Re: Vitalink Health – next step", "2026-06-05 11:20 +0200",
      """
Hi there,

I'm out of office until Monday 8 June with limited access to email. For anything urgent,
please contact people@vitalink.example.ch.

Thanks,
Tom
""", contact="tom.keller@vitalink.example.ch", headers=auto()),

    m(K, "en", "friend_rejected_en", ("Priya Raman", "priya.raman@example.com"),
      "well, that's another no", "2026-09-10 21:02 +0100",
      """
Lena,

Got the email this afternoon: "we've decided to move forward with other candidates." Third
rejection this month. At least they didn't ghost me after the interview like the last lot.

How's the new job at the insurer? Tell me it's better than night shifts.

P.
""", contact="priya.raman@example.com"),

    # ------------------------------------------------------------ fr
    m(K, "fr", "own_application_lavaux", LENA, "Candidature spontanée – infirmière coordinatrice",
      "2026-06-08 19:30 +0200",
      """
Madame, Monsieur,

Infirmière diplômée depuis huit ans, je souhaite m'orienter vers la coordination des soins et
le case management. Votre service de soins à domicile à Cully m'intéresse particulièrement.

Vous trouverez ci-joint mon CV. Je me tiens volontiers à votre disposition pour un entretien.

Meilleures salutations,
Lena Baumgartner
""", to=("", "rh@sad-lavaux.example.ch"), fmt="mixed",
      pdfs=[("CV_Lena_Baumgartner_FR.pdf", ["Lena Baumgartner - Curriculum vitae",
                                            "Infirmiere diplomee HES/ES", "Berne"])]),

    m(K, "fr", "own_thanks_mutuelle", LENA, "Merci pour l'entretien", "2026-03-12 18:50 +0100",
      """
Madame Morand,

Je vous remercie, ainsi que M. Chappuis, pour l'entretien de cet après-midi. J'ai beaucoup
apprécié nos échanges sur le suivi des assurés en incapacité de travail.

Je reste à votre disposition pour toute information complémentaire.

Meilleures salutations,
Lena Baumgartner
""", to=("Claire Morand", "claire.morand@mutuelle-romande.example.ch"), charset="iso-8859-1",
      cte="quoted-printable"),

    m(K, "fr", "alerte_emploi_fr", ("Alertes emploi SantéJobs", "alertes@santejobs.example.ch"),
      "Alerte emploi : 6 nouvelles offres « case manager » à Genève et Lausanne", "2026-04-24 07:00 +0200",
      "", fmt="html", headers=listed("<alertes.santejobs.example.ch>",
                                     "https://santejobs.example.ch/desabonner?id=771"),
      html=html("Bonjour Lena,",
                "6 nouvelles offres correspondent à votre recherche « case manager » :",
                "Infirmière conseil – Genève · Case manager LAA – Lausanne · Coordinatrice de "
                "soins – Nyon",
                "Conseil carrière : comment rebondir après un refus, et 7 questions "
                "incontournables en entretien d'embauche.",
                footer="Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner.")),

    m(K, "fr", "formation_refusee", ("Secrétariat formation continue", "formation.continue@hes-sante.example.ch"),
      "Votre inscription au module « Assurances sociales »", "2026-02-27 14:10 +0100",
      """
Madame,

Nous avons bien reçu votre inscription au module « Assurances sociales pour professionnels de
la santé » et vous en remercions.

Malheureusement, le nombre de places étant limité, nous ne sommes pas en mesure de retenir
votre inscription pour la session de printemps. Nous vous proposons une place pour la session
d'automne.

Avec nos salutations distinguées,
Secrétariat de la formation continue
""", contact="formation.continue@hes-sante.example.ch", subj_enc=("q", "iso-8859-1"),
      charset="iso-8859-1", cte="8bit"),

    m(K, "fr", "radio_fr", ("Mathilde Rochat", "mathilde.rochat@radio-lavaux-info.example.ch"),
      "Demande d'interview – émission « Santé publique »", "2026-03-31 11:25 +0200",
      """
Bonjour Madame Baumgartner,

Je prépare pour Radio Lavaux Info un sujet sur la pénurie de personnel soignant et les infirmières
qui quittent l'hôpital. Accepteriez-vous de répondre à nos questions lors d'une interview de
10 minutes, enregistrée par téléphone ?

L'émission sera diffusée le 14 avril. Merci d'avance pour votre retour.

Mathilde Rochat
Journaliste, Radio Lavaux Info
""", contact="mathilde.rochat@radio-lavaux-info.example.ch"),

    m(K, "fr", "regie_visite", ("Régie du Lac – Laurent Meylan", "l.meylan@regie-du-lac.example.ch"),
      "Visite de l'appartement, Rue de Carouge 41", "2026-05-22 09:50 +0200",
      """
Madame,

Suite à votre demande, je vous confirme la visite de l'appartement de 3 pièces au 4e étage,
Rue de Carouge 41, le mardi 26 mai à 18 h. Le concierge vous ouvrira.

Malheureusement, le logement est très demandé ; merci de vous munir d'un dossier complet.

Cordialement,
Laurent Meylan
Gérant, Régie du Lac
""", contact="l.meylan@regie-du-lac.example.ch", name_enc=("b", "windows-1252")),

    m(K, "fr", "ooo_julien", ("Julien Perrottet", "julien.perrottet@talentia-sante.example.ch"),
      "Réponse automatique : Absence à l'entretien", "2026-07-22 08:00 +0200",
      """
Bonjour,

Je suis absent du bureau jusqu'au 27 juillet. Pour toute urgence, merci de contacter
info@talentia-sante.example.ch.

Meilleures salutations,
Julien Perrottet
""", contact="julien.perrottet@talentia-sante.example.ch", headers=auto(),
      subj_enc=("b", "utf-8")),

    # ------------------------------------------------------------ es
    m(K, "es", "own_apology_marta", LENA, "Re: No te hemos visto hoy en la clínica",
      "2026-08-03 17:40 +0200",
      """
Hola Marta:

Lo siento muchísimo. Mi vuelo desde Zúrich salió con tres horas de retraso y no tenía
cobertura en el avión. ¿Crees que la Sra. Roig podría recibirme otro día esta semana?

Mil disculpas,
Lena
""", to=("Marta Vilaró", "marta.vilaro@talentsalud.example.es"), parent="ts_missed",
      quote=True),

    m(K, "es", "own_thanks_nuria", LENA, "Gracias por la entrevista", "2026-04-01 16:10 +0200",
      """
Hola Núria:

Muchas gracias por la entrevista de hoy; me ha encantado conocer al equipo de Gestión
Sanitaria. Quedo a tu disposición para cualquier cosa que necesitéis.

Un saludo,
Lena Baumgartner
""", to=("Núria Ferrer", "nuria.ferrer@mutuamediterrania.example.es"), to_enc=("q", "utf-8")),

    m(K, "es", "own_decline_mutua", LENA, "Re: Oferta de empleo – Gestora de casos",
      "2026-04-20 09:05 +0200",
      """
Hola Núria:

Muchas gracias por la oferta y por la confianza. Después de pensarlo mucho, he decidido
aceptar un puesto en Suiza, cerca de mi familia, así que tengo que rechazarla.

Os deseo mucha suerte con la incorporación.

Un saludo cordial,
Lena
""", to=("Núria Ferrer", "nuria.ferrer@mutuamediterrania.example.es"), parent="mutua_oferta",
      quote=True, cte="8bit"),

    m(K, "es", "alerta_empleo_es", ("Alertas EmpleoSalud", "alertas@empleosalud.example.es"),
      "Nuevas ofertas para ti: enfermera gestora de casos en Barcelona", "2026-05-05 08:00 +0200",
      """
Hola Lena:

Estas son las nuevas ofertas que coinciden con tu alerta:

- Enfermera gestora de casos – Clínica del Mar Nou – Barcelona
- Enfermera PSP (alemán) – laboratorio farmacéutico – Sant Cugat
- Coordinadora de atención domiciliaria – Badalona

Consejo: cómo preparar una entrevista de trabajo y qué hacer si recibes un rechazo.

Darse de baja: https://empleosalud.example.es/baja
""", headers=listed("<alertas.empleosalud.example.es>",
                    "https://empleosalud.example.es/baja?u=lb771"), charset="windows-1252",
      cte="quoted-printable"),

    m(K, "es", "pedido_retrasado", ("TiendaCasa Pedidos", "no-reply@tiendacasa.example.es"),
      "Lamentablemente tu pedido se ha retrasado", "2026-09-28 11:30 +0200",
      """
Hola Lena:

Lamentablemente, tu pedido n.º 44812 (estantería LUND, 2 bultos) se ha retrasado por
problemas con el transportista. La nueva fecha de entrega estimada es el 2 de octubre.

Sentimos las molestias.
Atención al cliente TiendaCasa
"""),

    m(K, "es", "banco_posicion", ("Banca Digital Pirineu", "avisos@banca-pirineu.example.es"),
      "Tu posición global a 30 de septiembre", "2026-10-01 07:00 +0200",
      "", fmt="html", headers=BULK,
      html=html("Hola Lena:",
                "Ya tienes disponible tu posición global a 30 de septiembre de 2026: cuentas, "
                "tarjetas y depósitos en un solo resumen.",
                "Accede a la banca digital para consultarla.",
                footer="Este mensaje se ha generado automáticamente. No respondas a este correo.")),

    m(K, "es", "visita_piso", ("Jordi Fabregat", "jordi.fabregat@finques-eixample.example.es"),
      "Visita al piso de Carrer del Consell de Cent", "2026-06-29 12:15 +0200",
      """
Hola Lena:

Te confirmo la visita al piso de dos habitaciones en Carrer del Consell de Cent 312, el jueves
2 de julio a las 19:00. Trae, por favor, tu última nómina o un contrato de trabajo.

Lamentablemente hay muchos interesados, así que intenta ser puntual.

Saludos,
Jordi Fabregat
Finques Eixample
""", contact="jordi.fabregat@finques-eixample.example.es", name_enc=("q", "iso-8859-1")),

    m(K, "es", "curso_catalan", ("Inscripcions Cursos de Català", "inscripcions@cursoscatala.example.es"),
      "Inscripción al curso intensivo de catalán", "2026-07-03 10:20 +0200",
      """
Hola Lena:

Gracias por tu solicitud de inscripción en el curso intensivo de catalán (nivel básico 1) de
julio.

Lamentablemente, el grupo ya está completo y no podemos admitir tu inscripción. Te hemos
apuntado a la lista de espera del curso de septiembre.

Saludos cordiales,
Secretaría de Inscripciones
""", contact="inscripcions@cursoscatala.example.es", cte="base64"),

    m(K, "es", "amiga_rechazo", ("Carla Domènech", "carla.domenech@example.es"),
      "me han rechazado en el hospital 😩", "2026-08-20 23:05 +0200",
      """
Lena, guapa:

Me acaban de decir que no en el Hospital del Port, después de la entrevista y todo. «Hemos
decidido seguir adelante con otras candidaturas», lo de siempre.

¿Tú cómo vas con lo tuyo? ¿Al final te quedas en Suiza? Cuéntame algo bonito, anda.

Besos,
Carla
""", contact="carla.domenech@example.es", subj_enc=("b", "utf-8"), name_enc=("q", "utf-8")),

    m(K, "es", "prensa_entrevista", ("Irene Castells", "irene.castells@diariosalud.example.es"),
      "Entrevista para un reportaje sobre enfermeras extranjeras", "2026-09-22 12:48 +0200",
      """
Hola, Lena:

Soy periodista en Diario Salud y estoy preparando un reportaje sobre enfermeras europeas que
han pensado en trabajar en Barcelona. Una compañera de TalentSalud me habló de ti.

¿Te animarías a una entrevista breve por teléfono, de unos 20 minutos, la semana que viene?
Puede ser anónima si lo prefieres.

Un saludo,
Irene Castells
Redactora, Diario Salud
""", contact="irene.castells@diariosalud.example.es"),

    m(K, "es", "recordatorio_cita", ("Centro Médico Diagonal", "no-reply@citas-cmdiagonal.example.es"),
      "Recordatorio de cita: Dermatología", "2026-07-30 18:00 +0200",
      """
Estimada paciente:

Le recordamos su cita de Dermatología con la Dra. Puigdomènech el viernes 31 de julio a las
10:15 en Centro Médico Diagonal (Av. Diagonal 512, Barcelona).

Si no puede acudir, anule la cita desde la app o llamando al 932 10 40 40.
""", charset="windows-1252", cte="quoted-printable"),
]
