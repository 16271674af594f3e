"""Corpus 216, kind `other`: 52 hand-written messages (de 25, en 14, fr 6, es 7).

Newsletters and alerts, advice articles, press/podcast/user-research requests, parcels and
positions, friends, the candidate's own sent mail, cold approaches, bank/landlord/school/doctor
mail, out-of-office replies, network notifications and refused places on courses.
"""

from msgs216_common import (
    CAND,
    M,
    ats_card,
    digest_text,
    forwarded,
    newsletter_html,
    paras,
    pdf,
    quote,
    rfc822,
    simple_html,
    wrote,
)

MESSAGES = []
add = MESSAGES.append

CV = pdf("Lebenslauf_Mathis_Kowalczyk-Aubry.pdf", [
    "Mathis Kowalczyk-Aubry",
    "Stuttgart-Feuerbach - mathis.ka@example.de - +49 171 5550 1234",
    "",
    "Berufserfahrung",
    "2017-heute  Kfz-Mechatroniker, Autohaus Feuerbach GmbH, Stuttgart",
    "            Diagnose und Reparatur an Hybrid- und Elektrofahrzeugen",
    "2014-2017   Ausbildung Kfz-Mechatroniker (Gesellenbrief)",
    "",
    "Qualifikationen",
    "Hochvolt-Qualifizierung Stufe 2 (Arbeiten an spannungsfreien HV-Systemen)",
    "Sprachen: Deutsch, Franzoesisch (Muttersprachen), Englisch (B2), Spanisch (A2)",
])


def bulk(list_id, unsub_url, unsub_mail):
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# ------------------------------------------------------------------ German

_jf_title = "Jobfunke Jobalarm: 6 neue Stellen für „Prüftechniker Batterie“"
_jf_intro = ("Hallo Mathis, zu Ihrem Suchauftrag (Stuttgart + 50 km) gibt es neue Treffer. "
             "Außerdem: Was tun nach einer Absage – und wie Sie im Vorstellungsgespräch punkten.")
_jf_items = [
    ("Prüftechniker Hochvolt-Batterien (m/w/d) – Sindelfingen",
     "Zeitarbeit, Vollzeit, ab sofort. Bewerbung in 2 Minuten.",
     "https://jobfunke.example.de/job/88123?utm_source=alert"),
    ("Versuchstechniker E-Antrieb (m/w/d) – Stuttgart-Zuffenhausen",
     "Automobilzulieferer, Schicht, Tarifvertrag.",
     "https://jobfunke.example.de/job/88177?utm_source=alert"),
    ("Kfz-Mechatroniker mit HV-Schein (m/w/d) – Esslingen",
     "Autohaus, 4-Tage-Woche möglich.",
     "https://jobfunke.example.de/job/88201?utm_source=alert"),
    ("Ratgeber: Absage erhalten? Fünf Schritte, wie es weitergeht",
     "Warum eine Absage selten persönlich gemeint ist und wann Nachfragen sinnvoll ist.",
     "https://jobfunke.example.de/ratgeber/absage?utm_source=alert"),
    ("Ratgeber: Die 10 häufigsten Fragen im Vorstellungsgespräch",
     "Mit Beispielantworten für Quereinsteiger aus dem Handwerk.",
     "https://jobfunke.example.de/ratgeber/vorstellungsgespraech?utm_source=alert"),
]
_jf_footer = ("Sie erhalten diese E-Mail, weil Sie einen Jobalarm bei Jobfunke angelegt haben. "
              "Jobalarm abbestellen: https://jobfunke.example.de/alarm/off?id=4471\n"
              "Jobfunke GmbH · Königstraße 1 · 70173 Stuttgart")

add(M(
    id="x-jobfunke", kind="other", slug="job_alert_digest_mentions_absage", lang="de",
    company="", contact="",
    frm=("Jobfunke Jobalarm", "alerts@jobfunke.example.de"),
    subject=_jf_title, subj_enc=("utf-8", "Q"),
    date="2026-02-09 06:30 +0100",
    cte="quoted-printable",
    text=digest_text(_jf_title, _jf_intro, _jf_items, _jf_footer),
    html=newsletter_html(_jf_title, _jf_intro, _jf_items, _jf_footer, color="#e85d04"),
    headers=bulk("Jobfunke Jobalarm <jobalarm.jobfunke.example.de>",
                 "https://jobfunke.example.de/alarm/off?id=4471",
                 "unsubscribe@jobfunke.example.de"),
))

_em_title = "E-Mobil Netzwerk BW – Newsletter Mai 2026"
_em_intro = ("Liebe Mitglieder und Interessierte, in dieser Ausgabe: ein Interview mit einem "
             "Umsteiger aus der Werkstatt, unsere Stellenbörse und der Fachtag Batteriesicherheit.")
_em_items = [
    ("Im Interview: Vom Kfz-Meister zum Batterie-Validierer",
     "Warum Werkstatterfahrung im Prüffeld gefragt ist – und welche Absagen er vorher kassiert hat.",
     "https://emobil-bw.example.de/news/interview-umsteiger"),
    ("Stellenbörse: 23 offene Positionen bei Mitgliedsunternehmen",
     "Von der Zellprüfung bis zur Ladeinfrastruktur, sortiert nach Region.",
     "https://emobil-bw.example.de/stellenboerse"),
    ("Fachtag Batteriesicherheit am 18. Juni in Karlsruhe",
     "Anmeldung bis 5. Juni, Mitglieder kostenfrei.",
     "https://emobil-bw.example.de/fachtag-2026"),
]
_em_footer = ("E-Mobil Netzwerk Baden-Württemberg e.V. · Leuschnerstraße 45 · 70176 Stuttgart\n"
              "Newsletter abbestellen: https://emobil-bw.example.de/newsletter/abmelden")

add(M(
    id="x-emobil", kind="other", slug="network_newsletter_interview_feature", lang="de",
    company="", contact="",
    frm=("E-Mobil Netzwerk BW", "newsletter@emobil-bw.example.de"),
    subject=_em_title, subj_enc=("utf-8", "B"),
    date="2026-05-12 09:00 +0200",
    cte="base64",
    text=digest_text(_em_title, _em_intro, _em_items, _em_footer),
    html=newsletter_html(_em_title, _em_intro, _em_items, _em_footer, color="#006d77"),
    headers=bulk("E-Mobil BW Newsletter <newsletter.emobil-bw.example.de>",
                 "https://emobil-bw.example.de/newsletter/abmelden",
                 "abmelden@emobil-bw.example.de"),
))

_kk_article = """Karriere-Kompass | Die Woche im Job

Sieben Fragen, die im Vorstellungsgespräch fast immer kommen

Wer aus dem Handwerk in die Industrie wechselt, wird im Vorstellungsgespräch oft anders
befragt, als er es gewohnt ist. Wir haben mit drei Personalerinnen gesprochen.

1. „Warum wollen Sie wechseln?“ – Erzählen Sie eine Geschichte, keine Flucht.
2. „Was haben Sie aus Ihrer letzten Absage gelernt?“ – Ehrlich bleiben, konkret werden.
3. „Wo sehen Sie sich in fünf Jahren?“ – Zeigen Sie, dass Sie sich weiterbilden.

Und wenn trotzdem eine Absage kommt? Fragen Sie höflich nach Feedback. Viele Unternehmen
antworten, wenn man freundlich und kurz bleibt.

Zum ganzen Artikel: https://karrierekompass.example.de/artikel/sieben-fragen

Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.example.de angemeldet haben.
Abmelden: https://karrierekompass.example.de/abmelden"""

add(M(
    id="x-karrierekompass", kind="other", slug="career_advice_article_html_only", lang="de",
    company="", contact="",
    frm=("Karriere-Kompass", "newsletter@karrierekompass.example.de"),
    subject="Sieben Fragen, die im Vorstellungsgespräch fast immer kommen",
    date="2026-03-08 07:00 +0100",
    cte="quoted-printable",
    html=simple_html(paras(_kk_article)),
    headers=bulk("<wochenbrief.karrierekompass.example.de>",
                 "https://karrierekompass.example.de/abmelden",
                 "abmelden@karrierekompass.example.de"),
))

add(M(
    id="x-press", kind="other", slug="newspaper_interview_request", lang="de",
    company="", contact="ines.bauknecht@neckar-rundschau.example.de",
    frm=("Ines Bauknecht", "ines.bauknecht@neckar-rundschau.example.de"),
    subject="Anfrage: Interview für unsere Serie „Neu angefangen“", subj_enc=("utf-8", "Q"),
    date="2026-06-04 11:15 +0200",
    text="""Guten Tag Herr Kowalczyk-Aubry,

ich bin Redakteurin bei der Neckar-Rundschau und schreibe an einer Serie über Menschen aus
Stuttgart, die sich beruflich neu orientieren. Ein Bekannter aus dem E-Mobil-Netzwerk hat mir
erzählt, dass Sie als Kfz-Mechaniker gerade in die Batterietechnik wechseln.

Hätten Sie Lust auf ein Interview? Ich würde Sie gern für etwa eine Stunde treffen, gern auch in
Ihrer Werkstatt, und dazu ein paar Fotos machen. Der Termin richtet sich ganz nach Ihnen.

Herzliche Grüße
Ines Bauknecht
Redaktion Lokales
Neckar-Rundschau · Plieninger Straße 150 · 70567 Stuttgart
Tel. 0711 5550 7721""",
))

add(M(
    id="x-uxresearch", kind="other", slug="app_user_research_interview_invite", lang="de",
    company="", contact="mira.schelling@ladepunkt-app.example.de",
    frm=("Mira Schelling", "mira.schelling@ladepunkt-app.example.de"),
    subject="Einladung zum Nutzerinterview – 40 € Dankeschön", subj_enc=("utf-8", "B"),
    date="2026-05-20 10:02 +0200",
    cte="quoted-printable",
    text="""Hallo Mathis,

Sie nutzen unsere Lade-App seit über einem Jahr – vielen Dank dafür! Wir überarbeiten gerade die
Routenplanung und möchten verstehen, wie Menschen aus der Praxis laden.

Deshalb laden wir Sie zu einem 45-minütigen Interview per Video ein. Es gibt keine richtigen oder
falschen Antworten, und als Dankeschön erhalten Sie einen Ladegutschein über 40 €.

Einen Termin können Sie hier wählen: https://ladepunkt-app.example.de/research/slots

Beste Grüße
Mira Schelling
UX Research · Ladepunkt App GmbH, Stuttgart""",
))

add(M(
    id="x-tracker", kind="other", slug="bike_tracker_position_alert", lang="de",
    company="", contact="",
    frm=("TrackSchwalbe", "noreply@trackschwalbe.example.de"),
    subject="Ihr Fahrrad hat seine Position verlassen",
    date="2026-04-03 02:14 +0200",
    text="""Hallo Mathis,

Ihr Tracker „Rennrad grau“ hat um 02:11 Uhr den sicheren Bereich „Zuhause“ verlassen.

Letzte bekannte Position: Stuttgart-Feuerbach, Stuttgarter Straße (Genauigkeit 15 m)
Bewegung: 4 km/h

Position in der App ansehen: https://trackschwalbe.example.de/map/7F3A

Falls Sie selbst unterwegs sind, können Sie diese Meldung ignorieren.

Ihr TrackSchwalbe-Team""",
    headers=[("Auto-Submitted", "auto-generated")],
))

_pb = """Guten Tag Mathis Kowalczyk-Aubry,

Ihre Sendung 00340434 5567 1209 verspätet sich leider.

Grund: Verzögerung im Paketzentrum Kornwestheim
Neue voraussichtliche Zustellung: Donnerstag, 22.01.2026, zwischen 10:00 und 14:00 Uhr

Sie möchten einen anderen Zustelltermin oder eine Ablage vereinbaren? Das geht in der
Sendungsverfolgung.

Wir bitten um Entschuldigung.
Ihr Paketblitz-Team"""

add(M(
    id="x-parcel", kind="other", slug="parcel_delayed_unfortunately", lang="de",
    company="", contact="",
    frm=("Paketblitz", "benachrichtigung@paketblitz.example.de"),
    subject="Ihre Sendung verspätet sich leider", subj_enc=("iso-8859-1", "Q"),
    date="2026-01-20 18:22 +0100",
    cte="quoted-printable",
    text=_pb + "\n\nSendungsverfolgung: https://paketblitz.example.de/t/003404345567",
    html=ats_card("Paketblitz", paras(_pb), "Paketblitz GmbH · Diese E-Mail wurde automatisch "
                  "erstellt.", color="#ffb400",
                  button=("Sendung verfolgen", "https://paketblitz.example.de/t/003404345567")),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    id="x-friend-de", kind="other", slug="friend_forwards_own_rejection_rfc822", lang="de",
    company="", contact="dennis.froehlich@mailbox.example.de",
    frm=("Dennis Fröhlich", "dennis.froehlich@mailbox.example.de"),
    subject="Fwd: Ihre Bewerbung bei Zuffenhausen Elektrik",
    date="2026-03-27 22:03 +0100",
    text="""Na Mathis,

schau mal, was heute bei mir reingeflattert ist. Drei Runden, Probetag, und dann so ein
Standardschreiben. Die wollten am Ende doch jemanden mit Meisterbrief.

Wie läuft's bei dir mit Ingolstadt? Bier am Samstag im Biergarten, dann heul ich mich aus?

Dennis""",
    attach=[rfc822(
        frm=("Zuffenhausen Elektrik GmbH", "karriere@zuffenhausen-elektrik.example.de"),
        to=("Dennis Fröhlich", "dennis.froehlich@mailbox.example.de"),
        subject="Ihre Bewerbung bei Zuffenhausen Elektrik",
        date="2026-03-27 14:30 +0100",
        cte="quoted-printable",
        text="""Sehr geehrter Herr Fröhlich,

vielen Dank für Ihr Interesse und Ihren Einsatz im Auswahlverfahren für die Stelle als
Elektroniker Fahrzeugprüfung.

Wir haben uns für einen anderen Bewerber entschieden und müssen Ihnen daher eine Absage
erteilen.

Mit freundlichen Grüßen
Zuffenhausen Elektrik GmbH""",
    )],
))

add(M(
    id="dt-thanks", kind="other", slug="own_thank_you_after_interview", lang="de",
    company="", contact="",
    frm=CAND,
    to=("Florian Hirschberger", "florian.hirschberger@donautal-batterie.example.de"),
    subject="Danke für das Gespräch heute",
    date="2026-03-25 18:40 +0100", re="dt-move",
    text="""Sehr geehrter Herr Hirschberger,

herzlichen Dank für das offene Gespräch heute und die Führung durch die Prüfhalle. Der Rundgang
an den Klimakammern hat mir noch einmal gezeigt, wie gern ich in diesem Bereich arbeiten
möchte. Über eine Einladung in die nächste Runde würde ich mich sehr freuen.

Viele Grüße
Mathis Kowalczyk-Aubry""",
))

add(M(
    id="ob-apply", kind="other", slug="own_application_with_cv_pdf", lang="de",
    company="", contact="",
    frm=CAND,
    to=("Ostfildern Batterietechnik – Personal", "bewerbung@ostfildern-batterie.example.de"),
    subject="Bewerbung als HV-Techniker (Modulmontage) – Mathis Kowalczyk-Aubry",
    date="2026-09-21 21:48 +0200",
    cte="quoted-printable",
    text="""Sehr geehrte Damen und Herren,

auf Ihrer Website habe ich Ihre Ausschreibung als HV-Techniker für die Modulmontage gesehen und
bewerbe mich hiermit auf diese Stelle.

Seit neun Jahren arbeite ich als Kfz-Mechatroniker, davon die letzten vier überwiegend an Hybrid-
und Elektrofahrzeugen. Die Hochvolt-Qualifizierung Stufe 2 habe ich 2022 abgeschlossen. Ich
möchte mein Wissen jetzt dort einsetzen, wo die Batterien entstehen.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Mathis Kowalczyk-Aubry
Stuttgart-Feuerbach · +49 171 5550 1234""",
    attach=[CV],
))

add(M(
    id="wt-ask", kind="other", slug="own_reschedule_request", lang="de",
    company="", contact="",
    frm=CAND,
    to=("Huber, Anna", "anna.huber@wuermtal-test.example.de"),
    subject="AW: Einladung Videointerview – Versuchstechniker HV-Speicher",
    subj_enc=("utf-8", "Q"),
    date="2026-04-09 07:12 +0200", re="wt-inv",
    text="""Sehr geehrte Frau Huber,

vielen Dank für die Einladung, ich freue mich sehr!

Am Donnerstag, 16. April, bin ich allerdings den ganzen Tag bei einer Pflichtschulung meines
Arbeitgebers. Wäre es möglich, das Interview auf Montag, 20. April, oder Dienstag, 21. April,
jeweils ab 13 Uhr zu verlegen?

Viele Grüße
Mathis Kowalczyk-Aubry

""" + wrote("de", "Mi., 8. Apr. 2026 um 09:30", "Huber, Anna",
            "anna.huber@wuermtal-test.example.de") + "\n" + quote("""Grüß Gott Herr Kowalczyk-Aubry,

vielen Dank für Ihre Bewerbung als Versuchstechniker HV-Speicher. Wir würden Sie gern in einem
Videointerview näher kennenlernen und schlagen folgenden Termin vor:

Donnerstag, 16. April 2026, 10:00 – 10:45 Uhr"""),
))

add(M(
    id="x-cold-de", kind="other", slug="recruiter_cold_approach_no_event", lang="de",
    company="", contact="y.braeuninger@hochvolt-talente.example.de",
    frm=("Yvonne Bräuninger", "y.braeuninger@hochvolt-talente.example.de"),
    frm_enc=("utf-8", "Q"),
    subject="Ihr Profil – Hochvolt im Raum Stuttgart",
    date="2026-02-12 12:40 +0100",
    text="""Hallo Herr Kowalczyk-Aubry,

ich bin Personalberaterin mit Schwerpunkt Elektromobilität und bin über das Profilnetz auf Sie
aufmerksam geworden. Kfz-Mechatroniker mit HV-Qualifikation, die in die Industrie wechseln
möchten, sind bei meinen Kunden gerade sehr gefragt.

Konkret habe ich im Moment nichts für Sie, möchte Sie aber gern in meine Kartei aufnehmen. Wenn
Sie grundsätzlich Interesse haben, antworten Sie einfach kurz auf diese E-Mail.

Beste Grüße
Yvonne Bräuninger
Hochvolt Talente · Personalberatung · Rotebühlplatz 20 · 70173 Stuttgart""",
))

_bank = """Guten Tag Herr Kowalczyk-Aubry,

Ihre Wertpapierorder vom 15.07.2026 wurde ausgeführt.

Wertpapier: Welt-ETF thesaurierend
Ausführung: Sparplan, 150,00 EUR
Neue Position im Depot: 41,872 Stück

Ihre vollständige Abrechnung liegt im Online-Banking im Postfach bereit.

Übrigens: Ihr jährliches Beratungsgespräch steht an. Vereinbaren Sie einen Termin mit Ihrem
Berater direkt online.

Ihre Filderbank"""

add(M(
    id="x-bank", kind="other", slug="bank_depot_position_appointment", lang="de",
    company="", contact="",
    frm=("Filderbank", "no-reply@filderbank.example.de"),
    subject="Orderausführung: neue Position in Ihrem Depot", subj_enc=("utf-8", "B"),
    date="2026-07-16 06:05 +0200",
    cte="quoted-printable",
    html=ats_card("Filderbank", paras(_bank),
                  "Filderbank eG · Bahnhofstraße 3 · 70794 Filderstadt<br>\nDiese Nachricht "
                  "wurde automatisch erstellt.", color="#c00000"),
))

add(M(
    id="x-landlord-de", kind="other", slug="landlord_apartment_refusal", lang="de",
    company="", contact="r.haberle@hv-haberle.example.de",
    frm=("Roland Häberle", "r.haberle@hv-haberle.example.de"),
    subject="Ihre Mietanfrage Wohnung Friedrich-Ebert-Straße 12, Ingolstadt",
    date="2026-04-22 15:30 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrter Herr Kowalczyk-Aubry,

danke für Ihr Interesse an der 2-Zimmer-Wohnung und dass Sie extra zur Besichtigung am Samstag
nach Ingolstadt gekommen sind.

Leider müssen wir Ihnen absagen: Die Eigentümerin hat sich für Mietinteressenten entschieden,
die bereits vor Ort arbeiten. Für die Zukunft wünschen wir Ihnen viel Glück bei der
Wohnungssuche.

Mit freundlichen Grüßen
Roland Häberle
Hausverwaltung Häberle · Ludwigstraße 33 · 85049 Ingolstadt""",
))

add(M(
    id="x-course-de", kind="other", slug="certificate_course_place_refused", lang="de",
    company="", contact="p.lindenmaier@hs-neckaralb.example.de",
    frm=("Dr. Petra Lindenmaier", "p.lindenmaier@hs-neckaralb.example.de"),
    subject="Zertifikatskurs Batterietechnik – Ihre Bewerbung um einen Platz",
    date="2026-02-26 13:45 +0100",
    cte="quoted-printable",
    text="""Sehr geehrter Herr Kowalczyk-Aubry,

vielen Dank für Ihre Bewerbung um einen Platz im berufsbegleitenden Zertifikatskurs
„Batterietechnik für die Praxis“ (Sommersemester 2026).

Für die 24 Plätze lagen uns 71 Bewerbungen vor. Leider können wir Ihnen keinen Platz anbieten,
da wir bei gleicher Eignung Bewerberinnen und Bewerber mit abgeschlossenem Technikerstudium
vorrangig berücksichtigen mussten. Gern können Sie sich zum Wintersemester erneut bewerben.

Mit freundlichen Grüßen
Dr. Petra Lindenmaier
Zentrum für Weiterbildung
Hochschule Neckar-Alb · Kanalstraße 33 · 73728 Esslingen""",
))

add(M(
    id="x-doctor", kind="other", slug="doctor_appointment_moved", lang="de",
    company="", contact="l.yilmaz@praxis-sommer.example.de",
    frm=("Leyla Yilmaz – Praxis Dr. Sommer", "l.yilmaz@praxis-sommer.example.de"),
    frm_enc=("utf-8", "Q"),
    subject="Ihr Termin am Dienstag muss verschoben werden",
    date="2026-08-31 08:20 +0200",
    text="""Guten Morgen Herr Kowalczyk-Aubry,

leider ist Dr. Sommer diese Woche erkrankt. Ihren Termin zur Untersuchung am Dienstag,
1. September, um 8:15 Uhr müssen wir deshalb verschieben.

Wir können Ihnen Montag, 7. September, 8:00 Uhr oder Mittwoch, 9. September, 16:30 Uhr
anbieten. Bitte geben Sie uns kurz Bescheid, welcher Termin passt.

Freundliche Grüße
Leyla Yilmaz (MFA)
Praxis Dr. med. Ulrich Sommer · Wiener Straße 80 · 70469 Stuttgart · 0711 5550 1420""",
))

add(M(
    id="nw-ooo", kind="other", slug="hr_out_of_office_auto_reply", lang="de",
    company="", contact="sabine.keller@neckarwerk.example.de",
    frm=("Sabine Keller", "sabine.keller@neckarwerk.example.de"),
    subject="Automatische Antwort: Rückfrage zum Gespräch am 4. August",
    subj_enc=("utf-8", "Q"),
    date="2026-08-10 19:02 +0200",
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Donnerstag, 13. August, nicht im Büro und habe nur eingeschränkt
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Recruiting-Team unter +49 711 5550 2200.

Freundliche Grüße
Sabine Keller
Neckarwerk Antriebstechnik GmbH""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

_pn = """Hallo Mathis,

Ihr Profil war diese Woche gefragt:

- 9 Erscheinungen in Suchergebnissen
- 3 Profilbesuche, darunter eine Person aus dem Recruiting bei einem Automobilzulieferer
- 1 neue Nachricht in Ihrem Postfach

Tipp: Mitglieder mit der Angabe „offen für neue Stellen“ erhalten bis zu doppelt so viele
Anfragen von Recruitern. Jetzt Profil vervollständigen."""

add(M(
    id="x-profilnetz", kind="other", slug="network_profile_views_notification", lang="de",
    company="", contact="",
    frm=("Profilnetz", "benachrichtigungen@profilnetz.example.com"),
    subject="Mathis, Sie wurden in 9 Suchen gefunden",
    date="2026-05-25 17:00 +0200",
    cte="quoted-printable",
    text=_pn + "\n\nZu Ihrem Profil: https://profilnetz.example.com/in/mathis-ka",
    html=ats_card("Profilnetz", paras(_pn), "Benachrichtigungen verwalten: "
                  "https://profilnetz.example.com/settings", color="#0a66c2",
                  button=("Profil ansehen", "https://profilnetz.example.com/in/mathis-ka")),
    headers=bulk("<notifications.profilnetz.example.com>",
                 "https://profilnetz.example.com/settings/unsubscribe?t=ab12",
                 "unsubscribe@profilnetz.example.com"),
))

_ts_title = "TecStaff Top-Jobs der Woche – Region Ingolstadt"
_ts_intro = ("Diese Woche suchen unsere Kunden besonders Elektriker und Prüfer. Noch kein "
             "Vorstellungsgespräch gehabt? Ihr Disponent bereitet Sie gern darauf vor.")
_ts_items = [
    ("Prüfer Qualitätssicherung E-Antrieb (m/w/d) – Manching",
     "Einsatz beim Kunden, 3-Schicht, Übernahme möglich.",
     "https://tecstaff.example.de/jobs/4410"),
    ("Elektroniker für Betriebstechnik (m/w/d) – Neuburg an der Donau",
     "Tagschicht, Fahrtkostenzuschuss.",
     "https://tecstaff.example.de/jobs/4415"),
    ("Lagerlogistiker mit Staplerschein (m/w/d) – Ingolstadt",
     "Sofortstart, Wochenendzuschläge.",
     "https://tecstaff.example.de/jobs/4419"),
]
_ts_footer = ("TecStaff Personaldienste GmbH · Friedrichshofener Str. 1 · 85049 Ingolstadt\n"
              "Vom Newsletter abmelden: https://tecstaff.example.de/newsletter/abmelden")

add(M(
    id="x-tecstaff-news", kind="other", slug="zeitarbeit_weekly_jobs_newsletter", lang="de",
    company="", contact="",
    frm=("TecStaff Newsletter", "newsletter@tecstaff.example.de"),
    subject=_ts_title, subj_enc=("utf-8", "Q"),
    date="2026-07-03 10:00 +0200",
    cte="quoted-printable",
    text=digest_text(_ts_title, _ts_intro, _ts_items, _ts_footer),
    html=newsletter_html(_ts_title, _ts_intro, _ts_items, _ts_footer, color="#5a189a"),
    headers=bulk("TecStaff Top-Jobs <topjobs.tecstaff.example.de>",
                 "https://tecstaff.example.de/newsletter/abmelden",
                 "newsletter-abmelden@tecstaff.example.de"),
))

_nw_fwd_body = """Sehr geehrter Herr Kowalczyk-Aubry,

vielen Dank noch einmal für das gute Gespräch am 4. August und Ihr Interesse an Neckarwerk.

Wir freuen uns sehr, Ihnen die Stelle als Prüftechniker Batteriesysteme in unserem Prüffeld in
Stuttgart-Untertürkheim anbieten zu können. Die Eckdaten:

- Eintritt: 1. Oktober 2026, unbefristet
- Vergütung: 54.600 € brutto im Jahr (ERA-Entgeltgruppe 9), zzgl. tariflicher Sonderzahlungen"""

add(M(
    id="nw-fwd", kind="other", slug="own_forward_of_offer_to_friend", lang="de",
    company="", contact="",
    frm=CAND,
    to=("Lars Weber", "lars.weber@mailbox.example.de"),
    subject="WG: Ihr Vertragsangebot – Prüftechniker Batteriesysteme", subj_enc=("utf-8", "Q"),
    date="2026-08-15 10:14 +0200", re="nw-offer",
    text="""Servus Lars,

hier das Angebot von Neckarwerk, von dem ich dir erzählt habe. Du kennst dich mit ERA besser
aus als ich – ist EG 9 für so eine Stelle in Ordnung, oder sollte ich nachverhandeln? Isarcell
zahlt etwas mehr, aber ohne Tarif.

Danke dir!
Mathis

""" + forwarded("de", "Sabine Keller <sabine.keller@neckarwerk.example.de>",
                "Fr., 14. Aug. 2026 um 16:10", "Ihr Vertragsangebot – Prüftechniker "
                "Batteriesysteme", "Mathis Kowalczyk-Aubry <mathis.ka@example.de>",
                _nw_fwd_body),
))

add(M(
    id="x-school", kind="other", slug="school_parent_meeting_invitation", lang="de",
    company="", contact="k.mauch@gs-feuerbach.example.de",
    frm=("Kerstin Mauch", "k.mauch@gs-feuerbach.example.de"),
    subject="Einladung zum Elterngespräch – Klasse 3b",
    date="2026-10-07 13:05 +0200",
    charset="windows-1252", cte="8bit",
    text="""Liebe Eltern von Léa,

im Rahmen der Lernentwicklungsgespräche möchte ich Sie herzlich zu einem Elterngespräch
einladen. Ich habe Ihnen Dienstag, 20. Oktober, 16:30 Uhr im Klassenzimmer der 3b eingetragen.

Falls der Termin nicht passt, schreiben Sie mir bitte bis Freitag; wir finden dann eine
Alternative. Das Gespräch dauert etwa 20 Minuten.

Herzliche Grüße
Kerstin Mauch
Klassenlehrerin 3b
Grundschule Feuerbach · Wiener Platz 4 · 70469 Stuttgart""",
))

add(M(
    id="x-wahlweb", kind="other", slug="portal_webinar_live_interview", lang="de",
    company="", contact="",
    frm=("Jobfunke Events", "noreply-events@jobfunke.example.de"),
    subject="Live am Donnerstag: Interview mit einer Personalchefin aus der Autoindustrie",
    date="2026-06-22 12:00 +0200",
    cte="quoted-printable",
    text="""Hallo Mathis,

am Donnerstag, 25. Juni, um 18:00 Uhr sprechen wir live mit Dr. Karin Fezer, Personalchefin eines
großen Zulieferers, über Quereinsteiger in der Elektromobilität.

Themen:
- Worauf achten Personaler bei Bewerbungen aus dem Handwerk?
- Wie läuft ein Vorstellungsgespräch im Prüffeld ab?
- Warum kommen so viele Absagen ohne Begründung?

Ihre Fragen können Sie während des Webinars im Chat stellen. Die Teilnahme ist kostenlos.

Jetzt anmelden: https://jobfunke.example.de/events/live-0625

Ihr Jobfunke-Team

Sie erhalten diese E-Mail, weil Sie Veranstaltungshinweise abonniert haben.
Abmelden: https://jobfunke.example.de/events/abmelden""",
    headers=bulk("Jobfunke Events <events.jobfunke.example.de>",
                 "https://jobfunke.example.de/events/abmelden",
                 "events-abmelden@jobfunke.example.de"),
))

add(M(
    id="x-zeugnis", kind="other", slug="current_employer_interim_reference_pdf", lang="de",
    company="", contact="gabi.nuessle@autohaus-feuerbach.example.de",
    frm=("Gabi Nüßle", "gabi.nuessle@autohaus-feuerbach.example.de"), frm_enc=("utf-8", "B"),
    subject="Ihr Zwischenzeugnis",
    date="2026-01-15 14:10 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hallo Mathis,

anbei wie gewünscht Ihr Zwischenzeugnis als PDF. Das unterschriebene Original liegt bei mir im
Büro, Sie können es jederzeit abholen.

Herr Bofinger lässt ausrichten, dass er Ihnen für Ihre Pläne alles Gute wünscht, auch wenn er
Sie in der Werkstatt ungern gehen lassen würde.

Viele Grüße
Gabi Nüßle
Personal / Lohnbuchhaltung
Autohaus Feuerbach GmbH · Siemensstraße 40 · 70469 Stuttgart""",
    attach=[pdf("Zwischenzeugnis_Kowalczyk-Aubry.pdf", [
        "Autohaus Feuerbach GmbH",
        "",
        "ZWISCHENZEUGNIS",
        "",
        "Herr Mathis Kowalczyk-Aubry ist seit dem 1. September 2017 als",
        "Kfz-Mechatroniker in unserem Betrieb taetig.",
        "Er fuehrt Diagnose- und Reparaturarbeiten an Hochvolt-Fahrzeugen",
        "stets zu unserer vollsten Zufriedenheit aus.",
        "",
        "Stuttgart, 15. Januar 2026",
    ])],
))

add(M(
    id="gp-ooo", kind="other", slug="austrian_agency_out_of_office", lang="de",
    company="", contact="k.poelzl@personalpartner.example.at",
    frm=("Katharina Pölzl", "k.poelzl@personalpartner.example.at"), frm_enc=("utf-8", "B"),
    subject="Abwesenheitsnotiz: AW: Telefoninterview Kalsdorf Leichtbau – nicht erreicht",
    subj_enc=("utf-8", "Q"),
    date="2026-07-09 07:48 +0200", re="gp-kalsdorf-missed",
    text="""Grüß Gott,

danke für Ihre Nachricht. Ich bin ab heute bis einschließlich 20. Juli auf Urlaub und lese in
dieser Zeit keine E-Mails.

Ihre Anfrage wird nicht automatisch weitergeleitet. In dringenden Fällen erreichen Sie meinen
Kollegen Mag. Florian Url unter +43 316 5550 378.

Freundliche Grüße
Katharina Pölzl
Grazer Personalpartner GmbH""",
    headers=[("Auto-Submitted", "auto-replied")],
))

add(M(
    id="x-podcast", kind="other", slug="podcast_guest_interview_request", lang="de",
    company="", contact="timo@umgeschraubt-podcast.example.de",
    frm=("Timo Kächele", "timo@umgeschraubt-podcast.example.de"),
    subject="Gast im Podcast „Umgeschraubt“?", subj_enc=("utf-8", "Q"),
    date="2026-09-09 20:30 +0200",
    text="""Hallo Mathis,

ich mache zusammen mit einem Kollegen den Podcast „Umgeschraubt“ – da reden wir mit Leuten aus
Werkstätten, die in neue Jobs rund um E-Autos wechseln. Dein Beitrag im Forum vom E-Mobil
Netzwerk hat mir richtig gut gefallen.

Hättest du Lust, in einer Folge unser Gast zu sein? Das Interview nehmen wir ganz entspannt per
Video auf, so 45 bis 60 Minuten. Du kannst auch vorher alle Fragen sehen.

Gruß aus Reutlingen
Timo Kächele
Umgeschraubt – der Podcast für Schrauber im Wandel""",
))

# ------------------------------------------------------------------ English

_jn_title = "8 new battery jobs near Gothenburg"
_jn_intro = ("Hi Mathis, here are this week's matches for your saved search. Plus: how to "
             "bounce back from a rejection, and the interview questions Swedish labs love.")
_jn_items = [
    ("Battery Test Engineer – Gothenburg", "Cell supplier, full-time, English-speaking team.",
     "https://jobnordic.example.se/j/55210"),
    ("Validation Technician, HV Systems – Mölndal", "Automotive supplier, shift work.",
     "https://jobnordic.example.se/j/55231"),
    ("Lab Technician Electrochemistry – Gothenburg", "Research institute, fixed-term 18 months.",
     "https://jobnordic.example.se/j/55240"),
    ("Career tips: After the rejection – what recruiters wish you'd ask",
     "Five questions that turn a no into useful feedback.",
     "https://jobnordic.example.se/blog/after-rejection"),
]
_jn_footer = ("You're receiving this because you created a job alert on JobNordic.\n"
              "Unsubscribe: https://jobnordic.example.se/alerts/unsubscribe?u=91c")

add(M(
    id="x-jobnordic", kind="other", slug="gothenburg_job_alert_digest", lang="en",
    company="", contact="",
    frm=("JobNordic Alerts", "alerts@jobnordic.example.se"),
    subject=_jn_title,
    date="2026-02-02 07:00 +0100",
    cte="quoted-printable",
    text=digest_text(_jn_title, _jn_intro, _jn_items, _jn_footer),
    html=newsletter_html(_jn_title, _jn_intro, _jn_items, _jn_footer, color="#1d3557",
                         lang="en"),
    headers=bulk("JobNordic job alerts <alerts.jobnordic.example.se>",
                 "https://jobnordic.example.se/alerts/unsubscribe?u=91c",
                 "unsubscribe@jobnordic.example.se"),
))

_evw_title = "EV Test Weekly – Issue 112"
_evw_intro = ("This week: why labs reject one cell in a thousand, an interview with a "
              "validation lead in Graz, and who's hiring.")
_evw_items = [
    ("Rejected at incoming inspection: what cell-level failures tell us",
     "A look at the acceptance criteria behind rejected cells and how labs trace them.",
     "https://evtestweekly.example.co.uk/112/rejected-cells"),
    ("Interview: Running a 400 kW powertrain bench in Graz",
     "Our conversation with a test-bench lead about hiring technicians from workshops.",
     "https://evtestweekly.example.co.uk/112/interview-graz"),
    ("Who's hiring: 14 test lab openings across Europe",
     "Munich, Gothenburg, Barcelona, Mulhouse and more.",
     "https://evtestweekly.example.co.uk/112/jobs"),
]
_evw_footer = ("EV Test Weekly, 3 Market Row, Bristol BS1 4QA.\n"
               "Unsubscribe: https://evtestweekly.example.co.uk/unsubscribe")

add(M(
    id="x-evweekly", kind="other", slug="industry_newsletter_rejected_cells", lang="en",
    company="", contact="",
    frm=("EV Test Weekly", "newsletter@evtestweekly.example.co.uk"),
    subject="EV Test Weekly #112: rejected cells, a Graz interview, 14 openings",
    date="2026-06-18 08:30 +0100",
    cte="base64",
    html=newsletter_html(_evw_title, _evw_intro, _evw_items, _evw_footer, color="#2b2d42",
                         lang="en"),
    headers=bulk("EV Test Weekly <weekly.evtestweekly.example.co.uk>",
                 "https://evtestweekly.example.co.uk/unsubscribe",
                 "leave@evtestweekly.example.co.uk"),
))

add(M(
    id="x-careercraft", kind="other", slug="career_advice_follow_up_templates", lang="en",
    company="", contact="",
    frm=("CareerCraft Digest", "digest-noreply@careercraft.example.com"),
    subject="How to follow up after an interview (3 templates)",
    date="2026-04-26 15:00 +0000",
    text="""CareerCraft Digest – Sunday edition

HOW TO FOLLOW UP AFTER AN INTERVIEW

You had the interview. Now what? Most candidates either send nothing or send too much. Here's a
middle path.

1. The same-day thank-you
"Thank you for taking the time to meet me today. I particularly enjoyed learning about..."

2. The one-week check-in
"I wanted to check in on the timeline for the Test Technician role..."

3. The graceful reply to a rejection
"Thank you for letting me know. If you have a moment, I'd appreciate any feedback..."

Remember: a rejection today can be an offer next year if you leave the door open.

Read more: https://careercraft.example.com/articles/follow-up

--
You're receiving this because you subscribed to CareerCraft Digest.
Unsubscribe: https://careercraft.example.com/unsubscribe?e=mathis.ka%40example.de""",
    headers=bulk("CareerCraft Digest <digest.careercraft.example.com>",
                 "https://careercraft.example.com/unsubscribe?e=mathis.ka%40example.de",
                 "unsubscribe@careercraft.example.com"),
))

_lu = """Hi Mathis,

Here's what happened on LinkUp this week:

- You appeared in 14 searches
- A recruiter at a Gothenburg electric vehicle company viewed your profile
- 2 people you may know started new positions

Members who turn on "Open to work" get up to 2x more messages from recruiters."""

add(M(
    id="x-linkup", kind="other", slug="network_weekly_searches_notification", lang="en",
    company="", contact="",
    frm=("LinkUp", "notifications-noreply@linkup.example.com"),
    subject="You appeared in 14 searches this week",
    date="2026-08-24 18:00 +0000",
    text=_lu + "\n\nSee who's looking: https://linkup.example.com/me/searches",
    html=ats_card("LinkUp", paras(_lu), "You are receiving LinkUp notification emails. "
                  "Unsubscribe: https://linkup.example.com/settings/email", color="#0073b1",
                  lang="en", button=("See all views", "https://linkup.example.com/me/searches")),
    headers=bulk("<weekly-digest.linkup.example.com>",
                 "https://linkup.example.com/settings/email?unsub=1",
                 "unsubscribe@linkup.example.com"),
))

add(M(
    id="ic-thanks", kind="other", slug="own_thank_you_after_trial_day", lang="en",
    company="", contact="",
    frm=CAND,
    to=("Priya Raman", "priya@isarcell.example.de"),
    cc=[("Hannah Wirth", "hannah.wirth@isarcell.example.de")],
    subject="Thank you for the trial day",
    date="2026-07-01 20:10 +0200", re="ic-move",
    text="""Hi Priya,

Thank you for organising today – and please pass my thanks on to Tomasz and Dr. Wirth. Working
on the cycler bench for a day was the best way to see what the job is really like, and it
confirmed that this is where I want to go.

I'm looking forward to hearing from you.

Best regards,
Mathis Kowalczyk-Aubry
+49 171 5550 1234""",
))

add(M(
    id="hb-sorry", kind="other", slug="own_apology_asks_new_slot", lang="en",
    company="", contact="",
    frm=CAND,
    to=("Karin Lindqvist", "karin.lindqvist@hisingenlab.example.se"),
    subject="Re: Today's interview",
    date="2026-03-03 12:15 +0100", re="hb-missed",
    text="""Hi Karin,

I am so sorry. The Teams link in my calendar still pointed to the old slot from 26 February,
so I was waiting in an empty meeting while you were waiting in the new one. I only noticed when
I saw your email.

Would it be possible to find another time this week or next? I'm free any morning.

Apologies again to you and Johan,
Mathis

""" + wrote("en", "Tue, 3 Mar 2026 at 10:31", "Karin Lindqvist",
            "karin.lindqvist@hisingenlab.example.se") + "\n" + quote("""Hi Mathis,

Johan and I waited on Teams for 15 minutes this morning for our 10:00 interview, but we didn't
see you join. I also tried the number in your CV once."""),
))

add(M(
    id="hf-cold", kind="other", slug="headhunter_cold_approach_no_event", lang="en",
    company="", contact="nadia.brooks@harrowfinch.example.co.uk",
    frm=("Nadia Brooks", "nadia.brooks@harrowfinch.example.co.uk"),
    subject="Battery test roles in Barcelona – open to hearing more?",
    date="2026-05-19 10:48 +0100",
    text="""Hello Mathis,

My colleague Tom mentioned you're exploring battery test roles across Europe. I cover southern
Europe for Harrow & Finch and I'm building a shortlist of bilingual technicians for a few
clients in Catalonia later this year.

Nothing is live yet, so no pressure at all – if you'd be open to hearing about roles in
Barcelona when they come up, just reply and I'll keep you in mind.

Best wishes,
Nadia Brooks
Consultant, Southern Europe | Harrow & Finch Search Ltd
+44 151 555 0190""",
))

add(M(
    id="kg-ooo", kind="other", slug="recruiter_parental_leave_auto_reply", lang="en",
    company="", contact="sara.nilsson@kattegatt-ev.example.se",
    frm=("Sara Nilsson", "sara.nilsson@kattegatt-ev.example.se"),
    subject="Automatic reply: Battery Validation Technician – application question",
    date="2026-08-28 09:41 +0200",
    text="""Hi,

Thanks for your email. I'm on parental leave until 5 January 2027 and won't be reading email.

For questions about open positions, please use the contact form on our careers page. For
anything else, my colleague Erik Dahl (erik.dahl@kattegatt-ev.example.se) is covering for me.

Sara Nilsson
Talent Acquisition, Kattegatt EV AB""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

_boh = """Dear Mathis Kowalczyk-Aubry,

Thank you for your application for the apartment at Vågmästaregatan 4, Gothenburg (2 rooms,
54 m², object no. 22-4471).

Unfortunately your application was unsuccessful: the apartment has been offered to an applicant
with a longer queue time. You were invited to a viewing appointment, but queue time decides the
final offer.

You keep your place in the queue and can apply for other apartments at any time.

Best regards,
BoHisingen Housing Queue"""

add(M(
    id="x-housing", kind="other", slug="housing_queue_application_unsuccessful", lang="en",
    company="", contact="",
    frm=("BoHisingen", "no-reply@bohisingen.example.se"),
    subject="Your apartment application – result",
    date="2026-09-25 12:00 +0200",
    cte="quoted-printable",
    text=_boh,
    html=simple_html(paras(_boh), lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    id="x-friend-en", kind="other", slug="friend_tells_own_rejection", lang="en",
    company="", contact="aidan.walsh@mailbox.example.ie",
    frm=("Aidan Walsh", "aidan.walsh@mailbox.example.ie"),
    subject="well, that's that",
    date="2026-05-30 23:12 +0100",
    text="""Mate,

Got the email this afternoon – they went with someone else for the Cork battery plant job. After
the final round and everything. "We were impressed, but..." you know the drill.

Honestly I'm more annoyed than sad. Three interviews and a site visit and then two lines of text.

How's your hunt going? Tell me you've got better news than me. Call on Sunday?

Aidan""",
))

add(M(
    id="x-course-en", kind="other", slug="academy_course_place_not_offered", lang="en",
    company="", contact="maja.ek@lindholmen-academy.example.se",
    frm=("Maja Ek", "maja.ek@lindholmen-academy.example.se"),
    subject="Your application: Battery Systems for Technicians (autumn 2026)",
    date="2026-06-26 14:20 +0200",
    cte="quoted-printable",
    text="""Dear Mathis,

Thank you for applying for the part-time course Battery Systems for Technicians, starting in
September 2026.

We received many more applications than the 30 places available. I'm sorry to tell you that we
are unable to offer you a place this time: priority was given to applicants already employed in
the Swedish battery industry, as required by our funding.

You are welcome to apply again for the spring intake; applications open on 1 October.

Kind regards,
Maja Ek
Admissions Coordinator, Lindholmen Academy
Gothenburg""",
))

add(M(
    id="x-meetup", kind="other", slug="meetup_fireside_interview_invite", lang="en",
    company="", contact="",
    frm=("Battery Meetup Munich", "noreply@batterymeetup.example.de"),
    subject="Battery Meetup Munich #14 – fireside interview with a cell lab founder",
    date="2026-03-16 18:30 +0100",
    text="""Hi everyone,

Our 14th meetup is on Thursday, 26 March at 19:00 at the Werk1 hall in Munich.

Programme:
- Fireside interview: from garage to GWh – founder of a Munich cell lab on hiring her first ten
  technicians
- Lightning talks: thermal propagation tests, second-life packs
- Open job board: bring your CV, several labs are hiring

Free entry, drinks sponsored. RSVP on the meetup page so we can plan pizza.

See you there,
The Battery Meetup Munich team

--
You are receiving this because you joined Battery Meetup Munich.
Leave the group: https://batterymeetup.example.de/leave""",
    headers=bulk("Battery Meetup Munich <members.batterymeetup.example.de>",
                 "https://batterymeetup.example.de/leave",
                 "leave@batterymeetup.example.de"),
))

add(M(
    id="x-bank-en", kind="other", slug="bank_video_ident_appointment_moved", lang="en",
    company="", contact="",
    frm=("Kontoblau", "no-reply@kontoblau.example.de"),
    subject="Your video identification appointment has been moved",
    date="2026-09-02 09:05 +0200",
    text="""Hello Mathis,

Due to high demand, your video identification appointment for opening your Kontoblau
multi-currency account has been moved.

New appointment: Friday, 4 September 2026, 17:30 (CEST)

Please have your passport ready and make sure your camera works. You can change the
appointment in the app under Profile > Verification.

Your Kontoblau Team""",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    id="x-press-en", kind="other", slug="magazine_interview_request", lang="en",
    company="", contact="r.osei@batterytechreview.example.com",
    frm=("Rachel Osei", "r.osei@batterytechreview.example.com"),
    subject="Interview request – feature on mechanics moving into battery testing",
    date="2026-10-13 16:02 +0100",
    text="""Dear Mathis,

I'm a staff writer at Battery Tech Review. I'm working on a feature about car mechanics who are
retraining for battery test and validation roles across Europe, and Tom Ashworth at Harrow &
Finch suggested I get in touch with you.

Would you be willing to do a 30-minute interview by phone or video in the next two weeks? I'd
ask about your motivation, the training you did, and what the application process has been
like. You'd be able to review your quotes before publication.

Best regards,
Rachel Osei
Staff Writer, Battery Tech Review""",
))

# ------------------------------------------------------------------ French

add(M(
    id="ab-apply", kind="other", slug="own_application_fr_with_cv", lang="fr",
    company="", contact="",
    frm=CAND,
    to=("Alsace Batteries – Recrutement", "recrutement@alsace-batteries.example.fr"),
    subject="Candidature – Technicien d'essais batteries (H/F)", subj_enc=("utf-8", "Q"),
    date="2026-03-30 17:55 +0200",
    cte="quoted-printable",
    text="""Madame, Monsieur,

Je vous adresse ma candidature au poste de technicien d'essais batteries publié sur votre site.

Mécanicien automobile depuis neuf ans, dont quatre consacrés aux véhicules hybrides et
électriques, je suis titulaire d'une habilitation haute tension et souhaite aujourd'hui
rejoindre un laboratoire d'essais. Franco-allemand, je parle couramment les deux langues, ce
qui pourrait être utile pour vos échanges avec vos clients outre-Rhin.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Mathis Kowalczyk-Aubry
+49 171 5550 1234""",
    attach=[CV],
))

_esa_title = "Emploi Sud Alsace : vos offres de la semaine"
_esa_intro = ("Bonjour Mathis, voici les nouvelles offres correspondant à votre alerte "
              "« technicien batterie » autour de Mulhouse, ainsi que nos conseils pour réussir "
              "votre entretien.")
_esa_items = [
    ("Technicien de maintenance électrique (H/F), Mulhouse",
     "CDI, industrie automobile, travail en équipe.",
     "https://emploi-sudalsace.example.fr/o/7781"),
    ("Technicien d'essais véhicules électriques (H/F), Sausheim",
     "Intérim 6 mois, habilitation électrique exigée.",
     "https://emploi-sudalsace.example.fr/o/7790"),
    ("Conseil : comment rebondir après un refus de candidature",
     "Trois réflexes pour transformer un refus en retour utile.",
     "https://emploi-sudalsace.example.fr/conseils/refus"),
]
_esa_footer = ("Emploi Sud Alsace · 2 place de la Réunion · 68100 Mulhouse\n"
               "Se désabonner : https://emploi-sudalsace.example.fr/desabonnement")

add(M(
    id="x-esa", kind="other", slug="job_board_newsletter_latin1", lang="fr",
    company="", contact="",
    frm=("Emploi Sud Alsace", "ne-pas-repondre@emploi-sudalsace.example.fr"),
    subject="Vos offres de la semaine : technicien batterie", subj_enc=("iso-8859-1", "Q"),
    date="2026-04-06 07:30 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text=digest_text(_esa_title, _esa_intro, _esa_items, _esa_footer),
    html=newsletter_html(_esa_title, _esa_intro, _esa_items, _esa_footer, color="#8d0801",
                         charset="iso-8859-1", lang="fr"),
    headers=bulk("Emploi Sud Alsace <alertes.emploi-sudalsace.example.fr>",
                 "https://emploi-sudalsace.example.fr/desabonnement",
                 "desabonnement@emploi-sudalsace.example.fr"),
))

_iut = """Monsieur,

Nous avons bien étudié votre dossier de candidature à la Licence professionnelle « Véhicules
électriques et batteries » en formation continue, rentrée 2026.

Après délibération de la commission pédagogique, nous avons le regret de vous informer que
votre candidature n'a pas été retenue. Le nombre de places étant limité à 18, la commission a
donné la priorité aux candidats titulaires d'un BTS ou d'un DUT.

Nous vous invitons à consulter notre offre de formations courtes, accessible sans prérequis de
diplôme.

Le service Formation Continue
IUT de Mulhouse"""

add(M(
    id="x-iut", kind="other", slug="degree_course_admission_refused", lang="fr",
    company="", contact="",
    frm=("IUT de Mulhouse - Formation continue", "ne-pas-repondre@iut-mulhouse.example.fr"),
    subject="Résultat de votre candidature – Licence professionnelle", subj_enc=("utf-8", "B"),
    date="2026-06-30 16:00 +0200",
    cte="base64",
    text=_iut,
    html=simple_html(paras(_iut), lang="fr"),
))

_colis = """Bonjour,

Votre colis n° 6C 1204 7731 0 est malheureusement retardé.

Un incident sur notre plateforme de Strasbourg a ralenti l'acheminement. Nouvelle date de
livraison estimée : mardi 13 octobre 2026.

Vous pouvez choisir un point relais ou une autre date depuis votre espace de suivi.

Nous vous prions de nous excuser pour ce désagrément.
Le service client ColisRapide"""

add(M(
    id="x-colis", kind="other", slug="parcel_delayed_fr_html_cp1252", lang="fr",
    company="", contact="",
    frm=("ColisRapide", "notification@colisrapide.example.fr"),
    subject="Votre colis est retardé", subj_enc=("windows-1252", "Q"),
    date="2026-10-09 11:44 +0200",
    charset="windows-1252", cte="quoted-printable",
    html=simple_html(paras(_colis), charset="windows-1252", lang="fr"),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    id="ler-ooo", kind="other", slug="recruiter_absence_auto_reply_fr", lang="fr",
    company="", contact="aurelie.schmitt@ler-essais.example.fr",
    frm=("Aurélie Schmitt", "aurelie.schmitt@ler-essais.example.fr"),
    frm_enc=("utf-8", "Q"),
    subject="Réponse automatique : journée d'évaluation du 12 mars", subj_enc=("utf-8", "Q"),
    date="2026-03-13 08:03 +0100",
    charset="iso-8859-1", cte="8bit",
    text="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 20 mars inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement, vous pouvez contacter le secrétariat
au 03 89 55 51 00.

Cordialement,
Aurélie Schmitt
Laboratoire d'Essais du Rhin""",
    headers=[("Auto-Submitted", "auto-replied")],
))

add(M(
    id="x-landlord-fr", kind="other", slug="letting_agency_file_not_retained", lang="fr",
    company="", contact="j.fuchs@immo-rebberg.example.fr",
    frm=("Julien Fuchs", "j.fuchs@immo-rebberg.example.fr"),
    subject="Votre dossier de location - appartement rue du Sauvage",
    date="2026-10-14 10:25 +0200",
    text="""Bonjour Monsieur Kowalczyk-Aubry,

Merci pour la visite de samedi et pour la rapidité avec laquelle vous nous avez transmis votre
dossier.

Je suis au regret de vous annoncer que votre dossier n'a pas été retenu par la propriétaire
pour l'appartement de la rue du Sauvage : elle a préféré un locataire disposant déjà d'un
contrat de travail en France.

Je reste à votre disposition pour d'autres biens dès que votre situation professionnelle sera
confirmée.

Cordialement,
Julien Fuchs
Agence Immobilière du Rebberg – 14 rue de la Sinne – 68100 Mulhouse""",
))

# ------------------------------------------------------------------ Spanish

add(M(
    id="bl-thanks", kind="other", slug="own_thank_you_es", lang="es",
    company="", contact="",
    frm=CAND,
    to=("Núria Puig", "nuria.puig@llobregat-baterias.example.es"),
    to_enc=("utf-8", "Q"),
    subject="Gracias por la entrevista de hoy",
    date="2026-06-02 19:30 +0200", re="bl-move",
    text="""Hola Núria:

Muchas gracias a ti y a Pere por la entrevista de esta mañana y por enseñarme el laboratorio.
Me ha gustado mucho conocer cómo trabajáis con los bancos de ciclado, y estoy todavía más
convencido de que quiero dar este paso.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Mathis Kowalczyk-Aubry""",
))

_eib_title = "Empleo Industrial BCN – ofertas de la semana"
_eib_intro = ("Hola Mathis: estas son las nuevas ofertas para tu búsqueda «técnico baterías» "
              "en Barcelona. Y en nuestro blog: cómo preparar una entrevista técnica y qué "
              "hacer tras un rechazo.")
_eib_items = [
    ("Técnico/a de mantenimiento de vehículos eléctricos – L'Hospitalet",
     "Contrato indefinido, turno partido.", "https://empleoindustrial.example.es/of/3391"),
    ("Operario/a de pruebas de alta tensión – Martorell",
     "ETT, incorporación inmediata.", "https://empleoindustrial.example.es/of/3402"),
    ("Blog: cinco preguntas de la entrevista técnica",
     "Cómo explicar tu experiencia de taller a un laboratorio.",
     "https://empleoindustrial.example.es/blog/entrevista-tecnica"),
]
_eib_footer = ("Empleo Industrial BCN · Carrer de Sants 88 · 08014 Barcelona\n"
               "Darse de baja: https://empleoindustrial.example.es/baja")

add(M(
    id="x-eib", kind="other", slug="job_board_bulletin_es", lang="es",
    company="", contact="",
    frm=("Empleo Industrial BCN", "no-responder@empleoindustrial.example.es"),
    subject="Nuevas ofertas para «técnico baterías»", subj_enc=("utf-8", "Q"),
    date="2026-07-20 08:00 +0200",
    cte="quoted-printable",
    text=digest_text(_eib_title, _eib_intro, _eib_items, _eib_footer),
    html=newsletter_html(_eib_title, _eib_intro, _eib_items, _eib_footer, color="#386641",
                         lang="es"),
    headers=bulk("Empleo Industrial BCN <boletin.empleoindustrial.example.es>",
                 "https://empleoindustrial.example.es/baja",
                 "baja@empleoindustrial.example.es"),
))

add(M(
    id="x-friend-es", kind="other", slug="friend_tells_own_rejection_es", lang="es",
    company="", contact="carla.mendez@correo.example.es",
    frm=("Carla Méndez", "carla.mendez@correo.example.es"), frm_enc=("iso-8859-1", "Q"),
    subject="Pues nada...",
    date="2026-06-06 21:47 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Mathis:

Al final me han dicho que no en la planta de Martorell. Después de tres entrevistas, me llaman
para decirme que han elegido a alguien de dentro. Estoy de un humor...

Bueno, ¿y tú qué tal con lo de El Prat? Cuéntame algo bueno, anda. Si vienes a Barcelona ese
finde, te invito a unas bravas.

Besos,
Carla""",
))

add(M(
    id="x-clinic", kind="other", slug="clinic_appointment_rescheduled_es", lang="es",
    company="", contact="",
    frm=("Clínica Dental Gràcia", "no-responder@clinicagracia.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Su cita ha sido reprogramada",
    date="2026-06-15 09:00 +0200",
    text="""Estimado/a Mathis Kowalczyk-Aubry:

Le informamos de que su cita de revisión con la Dra. Serra prevista para el 18/06/2026 a las
17:00 ha sido reprogramada.

Nueva cita: lunes 22/06/2026 a las 18:30
Dirección: Carrer de Verdi 45, 08012 Barcelona

Si no puede asistir, por favor cancele su cita con 24 horas de antelación llamando al
93 555 04 40.

Este es un mensaje automático, por favor no responda.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

_eoi = """Estimado/a solicitante:

Le comunicamos el resultado del sorteo de plazas para el curso intensivo de castellano B2
(julio 2026).

Resultado: NO ADMITIDO/A. Su solicitud ha quedado en la posición 87 de la lista de espera.

Si se libera alguna plaza, nos pondremos en contacto con usted por orden de lista.

Escola d'Idiomes Barcelona
Secretaría académica"""

add(M(
    id="x-eoi", kind="other", slug="language_school_no_place_es", lang="es",
    company="", contact="",
    frm=("Escola d'Idiomes Barcelona", "no-reply@eidiomes-bcn.example.es"),
    subject="Resultado del sorteo de plazas: curso intensivo B2", subj_enc=("iso-8859-1", "B"),
    date="2026-06-10 14:00 +0200",
    charset="iso-8859-1", cte="8bit",
    text=_eoi,
))

add(M(
    id="x-cold-es", kind="other", slug="headhunter_cold_approach_es", lang="es",
    company="", contact="hector.ruiz@ingeniatalent.example.es",
    frm=("Héctor Ruiz", "hector.ruiz@ingeniatalent.example.es"), frm_enc=("utf-8", "Q"),
    subject="¿Te interesaría escuchar una propuesta?", subj_enc=("utf-8", "B"),
    date="2026-08-11 10:33 +0200",
    cte="quoted-printable",
    text="""Hola Mathis:

Soy Héctor, headhunter en Ingenia Talent. He visto tu perfil en Profilnetz y me ha llamado la
atención tu combinación de experiencia en taller, habilitación de alta tensión e idiomas.

Trabajo con varias empresas del sector de la movilidad eléctrica en Cataluña. No tengo una
vacante concreta ahora mismo, pero si te apetece que te tenga en cuenta, respóndeme y te
cuento cómo trabajamos.

Un saludo,
Héctor Ruiz
Ingenia Talent · Barcelona""",
))

add(M(
    id="x-ux-es", kind="other", slug="mobility_study_research_interview_es", lang="es",
    company="", contact="lucia.navarro@movilab.example.es",
    frm=("Lucía Navarro", "lucia.navarro@movilab.example.es"), frm_enc=("iso-8859-1", "Q"),
    subject="Invitación: entrevista de investigación sobre coches eléctricos",
    date="2026-09-22 12:15 +0200",
    text="""Hola Mathis:

Desde MoviLab, el laboratorio de movilidad de la universidad, estamos haciendo un estudio sobre
cómo los mecánicos viven el paso a los vehículos eléctricos.

Nos encantaría invitarte a una entrevista de unos 45 minutos (en persona en Barcelona o por
videollamada). La participación es voluntaria y anónima, y te compensaremos con 30 euros.

Si te interesa, contéstame con dos o tres franjas que te vayan bien.

Gracias,
Lucía Navarro
Investigadora, MoviLab""",
))
