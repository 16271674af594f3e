# ruff: noqa
"""Corpus 145, interviews: 26 invitations (de 13, en 6, fr 4, es 3), 15 moves or
cancellations (de 8, en 3, fr 2, es 2) and 10 missed-interview notices (de 5, en 2, fr 2, es 1).
"""

from __future__ import annotations

from msgs145_common import (
    CANDIDATE,
    ats_card,
    html_doc,
    mso,
    outlook,
    outlook_html,
    paras,
    quote,
    wrote,
)
from msgs145_other import APOLOGY_MEDICODA_CHAIN, RESCHEDULE_ISAR_TEXT

MESSAGES: list[dict] = []
add = MESSAGES.append

KAHLENBERG = ("Mag. Bettina Strobl", "b.strobl@kahlenberg-klinik.example.at")
WOLFBACH = ("Reto Ammann", "reto.ammann@wolfbach-spital.example.ch")
STEIRER = ("Ursula Kainz", "ursula.kainz@steirerkasse.example.at")
VITALYNX = ("Leonie Haas", "leonie@vitalynx.example.at")
NORTHGATE = ("Aisha Rahman", "aisha.rahman@northgate-health.example.co.uk")
HARCOURT = ("Eleanor Fitch", "eleanor.fitch@harcourtvale.example.co.uk")
IRENEE = ("Claire Vasseur", "c.vasseur@clinique-st-irenee.example.fr")
DATAMEDICA = ("Núria Puigdomènech", "nuria.puigdomenech@datamedica.example.es")
MONTJUIC = ("Laia Soler", "laia.soler@montjuic-salut.example.es")

# ================================================================== invitations

# ------------------------------------------------------------------ de (13)

_i01 = """Sehr geehrte Frau Ebner-Osei,

vielen Dank für Ihre Bewerbung als Pflegeinformatikerin in unserer Stabsstelle Medizin-
controlling & IT. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne
persönlich kennenlernen.

Wir laden Sie herzlich zu einem Gespräch mit unserer Kommission ein:

  Donnerstag, 26. März 2026, 10:00 bis 11:00 Uhr
  Verwaltungsgebäude, Besprechungsraum 2
  Kahlenberger Straße 214, 1190 Wien

Teilnehmen werden Pflegedirektorin Mag. Renate Fuchs, DI Martin Leitgeb (Leitung IT) und
ich. Bitte nehmen Sie die Kalendereinladung an oder geben Sie mir kurz Bescheid, falls der
Termin nicht passt.

Mit freundlichen Grüßen

Mag. Bettina Strobl
Personalmanagement
Privatklinik Kahlenberg GmbH
Kahlenberger Straße 214, 1190 Wien
T +43 1 370 52 118
"""
add(dict(
    key="i01", kind="interview_invitation", slug="kahlenberg_panel_ics", lang="de",
    company="Privatklinik Kahlenberg", contact="b.strobl@kahlenberg-klinik.example.at",
    date="2026-03-16 10:05 +0100",
    frm=KAHLENBERG,
    subject="Einladung zum Vorstellungsgespräch – Pflegeinformatik",
    text=_i01, html=outlook_html(mso(_i01)),
    ics=dict(uid="040000008200E00074C5B7101A82E0080000000040A1B2C3D4E5F601@kahlenberg",
             seq=0, start="2026-03-26 10:00 +0100", end="2026-03-26 11:00 +0100",
             summary="Vorstellungsgespräch Pflegeinformatik – K. Ebner-Osei",
             location="Verwaltungsgebäude, Besprechungsraum 2, Kahlenberger Straße 214, 1190 Wien",
             organizer=KAHLENBERG),
    reply_of="x03",
))

_i02 = """Hi Katharina,

danke für deine Bewerbung als Clinical Data Analyst bei Medicoda! Ich bin Jonas und
kümmere mich bei uns ums Recruiting.

Bevor du mit dem Team sprichst, würde ich dich gern in einem kurzen Telefonat (ca. 30
Minuten) kennenlernen: Was dich von der Station in die Daten zieht, was du dir vorstellst,
und ich erzähle dir, wie wir arbeiten.

Wie wär's mit Donnerstag, 22. Jänner, um 10:00? Ich würde dich unter der Nummer aus deinem
Lebenslauf anrufen. Falls das nicht klappt, schick mir gern zwei Alternativen.

Bis bald
Jonas

Jonas Riedl · Talent & People · Medicoda
"""
add(dict(
    key="i02", kind="interview_invitation", slug="medicoda_phone_screen_ask", lang="de",
    company="Medicoda", contact="jonas.riedl@medicoda.example.de",
    date="2026-01-19 14:20 +0100",
    frm=("Jonas Riedl", "jonas.riedl@medicoda.example.de"),
    subject="Kurzes Kennenlernen am Telefon?",
    text=_i02, cte="quoted-printable",
    reply_of="a02",
))

_i03 = f"""Hi Katharina,

kein Stress, so was passiert. Danke, dass du dich gleich gemeldet hast.

Lass es uns einfach nochmal versuchen, diesmal per Video, dann hängt es nicht an der
Telefonnummer:

  Dienstag, 27. Jänner, 16:00–16:30
  Google Meet: https://meet.google.com/kzr-wqpx-fha

Passt das für dich?

Jonas

{wrote("de", "2026-01-22 12:03", "Katharina Ebner-Osei", "katharina.eo@example.at")}
{quote(APOLOGY_MEDICODA_CHAIN)}
"""
add(dict(
    key="i03", kind="interview_invitation", slug="medicoda_second_try_after_missed", lang="de",
    company="Medicoda", contact="jonas.riedl@medicoda.example.de",
    date="2026-01-23 09:10 +0100",
    frm=("Jonas Riedl", "jonas.riedl@medicoda.example.de"),
    subject="Re: Entschuldigung wegen heute Vormittag",
    text=_i03, cte="quoted-printable",
    reply_of="x05",
))

_i04 = """Grüezi Frau Ebner-Osei

Herzlichen Dank für Ihre Bewerbung als Fachspezialistin Klinische Informatik (80-100%).
Gerne laden wir Sie zu einem ersten Interview via Microsoft Teams ein:

Mittwoch, 29. April 2026, 09:00 bis 10:00 Uhr
Teilnehmende: Dr. med. Corinne Stucki (Chefärztin Medizininformatik), Beat Wyss
(Leiter Pflegeentwicklung) und ich

Den Link zur Teams-Sitzung finden Sie in der Kalendereinladung. Bitte halten Sie einen
amtlichen Ausweis bereit.

Freundliche Grüsse
Reto Ammann
HR Business Partner
Spital Wolfbach, Wolfbachstrasse 9, 8032 Zürich
"""
add(dict(
    key="i04", kind="interview_invitation", slug="wolfbach_teams_panel_ics", lang="de",
    company="Spital Wolfbach", contact="reto.ammann@wolfbach-spital.example.ch",
    date="2026-04-20 16:12 +0200",
    frm=WOLFBACH,
    subject="Einladung Interview Fachspezialistin Klinische Informatik",
    text=_i04, charset="iso-8859-1", cte="quoted-printable",
    ics=dict(uid="wolfbach-hr-2026-0429-ebner@wolfbach-spital.example.ch", seq=0,
             start="2026-04-29 09:00 +0200", end="2026-04-29 10:00 +0200",
             summary="Interview Fachspezialistin Klinische Informatik",
             location="Microsoft Teams-Besprechung",
             description="Jetzt an der Besprechung teilnehmen: "
                         "https://teams.microsoft.com/l/meetup-join/19%3ameeting_WfB29",
             organizer=WOLFBACH),
    ics_cte="quoted-printable",
))

_i05 = """Sehr geehrte Frau Ebner-Osei,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle „Referentin
Versorgungsanalyse“ einladen zu dürfen.

Termin: Mittwoch, 27. Mai 2026, 10:30 Uhr
Ort: Steirerkasse, Josef-Pongratz-Platz 1, 8010 Graz, 4. Stock, Raum 4.12
Gesprächspartner: Dr. Harald Pongratz (Abteilungsleitung Versorgungsanalyse) und ich

Bitte planen Sie etwa 75 Minuten ein; ein Teil des Gesprächs ist eine kurze Aufgabe mit
Excel. Den Termin finden Sie auch im Anhang zum Eintragen in Ihren Kalender.

Bitte bestätigen Sie uns den Termin bis Freitag.

Freundliche Grüße
Mag.a Ursula Kainz
Personalentwicklung | Steirerkasse
"""
add(dict(
    key="i05", kind="interview_invitation", slug="steirerkasse_ics_attached", lang="de",
    company="Steirerkasse", contact="ursula.kainz@steirerkasse.example.at",
    date="2026-05-18 11:40 +0200",
    frm=STEIRER,
    subject="Einladung: Referentin Versorgungsanalyse, 27. Mai",
    text=_i05, charset="windows-1252", cte="quoted-printable",
    ics=dict(uid="stk-va-20260527-1030@steirerkasse.example.at", seq=0,
             start="2026-05-27 10:30 +0200", end="2026-05-27 11:45 +0200",
             summary="Vorstellungsgespräch Referentin Versorgungsanalyse",
             location="Steirerkasse, Josef-Pongratz-Platz 1, 8010 Graz, Raum 4.12",
             organizer=STEIRER, filename="Vorstellungsgespraech.ics"),
    ics_in="mixed",
))

_i06 = """Liebe Frau Ebner-Osei

Gute Nachrichten: Curalytics möchte Sie kennenlernen! Ich habe Ihr Dossier letzte Woche
Mira Oppliger (Head of People) und Dr. Lukas Brunner (CTO) vorgestellt, und beide waren
angetan von Ihrer Kombination aus Intensivpflege und SQL.

Vorgeschlagen ist ein erstes Gespräch per Video:
Dienstag, 21. Juli, 14:00 Uhr, ca. 45 Minuten, mit Frau Oppliger.
Den Zoom-Link schickt Curalytics Ihnen direkt.

Könnten Sie mir bis morgen Mittag kurz bestätigen, ob das passt? Vorher würde ich gern
zehn Minuten telefonieren, um Sie auf das Gespräch vorzubereiten.

Herzliche Grüsse
Seraina Caduff
Partnerin | Alpine Talent Partners AG
+41 44 552 18 70
"""
add(dict(
    key="i06", kind="interview_invitation", slug="alpinetalent_sets_curalytics", lang="de",
    company="Curalytics", contact="seraina.caduff@alpinetalent.example.ch",
    date="2026-07-14 17:03 +0200",
    frm=("Seraina Caduff", "seraina.caduff@alpinetalent.example.ch"),
    subject="Curalytics: Einladung zum Erstgespräch",
    text=_i06, cte="8bit",
    reply_of="a05",
))

_i07_text = """Sehr geehrte Frau Ebner-Osei,

wir freuen uns, Ihnen mitteilen zu können, dass Sie für die Stelle Klinische
Datenanalystin / Klinischer Datenanalyst (Req. 41187) in die engere Auswahl gekommen sind.

Bitte wählen Sie über den folgenden Link einen Termin für ein Vorstellungsgespräch vor Ort
aus. Die verfügbaren Zeitfenster liegen zwischen dem 14. und 18. September.

https://career5.successfactors.eu/career?company=isarklinik&interview=41187-aa93

Der Link ist sieben Tage gültig.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Isarklinikum München
"""
add(dict(
    key="i07", kind="interview_invitation", slug="isarklinikum_self_schedule", lang="de",
    company="Isarklinikum München", contact="",
    date="2026-09-07 08:00 +0200",
    frm=("Isarklinikum München – Karriere", "noreply@successfactors.eu"),
    subject="Terminauswahl für Ihr Vorstellungsgespräch (Req. 41187)",
    text=_i07_text,
    html=ats_card("Isarklinikum München", "#004b87", paras(_i07_text).replace(
        "https://career5.successfactors.eu/career?company=isarklinik&amp;interview=41187-aa93",
        '<a href="https://career5.successfactors.eu/career?company=isarklinik&amp;'
        'interview=41187-aa93" style="background:#004b87;color:#fff;padding:8px 14px;'
        'text-decoration:none">Termin auswählen</a>'),
        "SAP SuccessFactors · Diese Nachricht wurde automatisch versendet.", lang="de"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_i08 = """Sehr geehrte Frau DGKP Ebner-Osei,

bezugnehmend auf Ihre Bewerbung um die Planstelle GDÖ-2026-07 „Referentin/Referent
Gesundheitsberichterstattung“ laden wir Sie zum Hearing vor der Auswahlkommission ein.

Datum: Dienstag, 24. März 2026
Beginn: 09:30 Uhr (Dauer ca. 60 Minuten)
Ort: Gesundheitsdatenstelle Österreich, Stubenring 6, 1010 Wien, Sitzungssaal 3

Im ersten Teil präsentieren Sie in zehn Minuten eine Auswertung zu einem vorgegebenen
Datensatz, den Sie mit dem beiliegenden Schreiben erhalten. Im Anschluss stellt die
Kommission Fragen.

Wir ersuchen um Bestätigung Ihrer Teilnahme bis 17. März.

Mit freundlichen Grüßen
Mag. Elisabeth Pichler
Personalabteilung, Gesundheitsdatenstelle Österreich
T +43 1 711 72 4305
"""
add(dict(
    key="i08", kind="interview_invitation", slug="gdoe_hearing_pdf_ics", lang="de",
    company="Gesundheitsdatenstelle Österreich", contact="elisabeth.pichler@gdoe.example.at",
    date="2026-03-10 13:25 +0100",
    frm=("Pichler Elisabeth", "elisabeth.pichler@gdoe.example.at"),
    subject="Einladung zum Hearing – Planstelle GDÖ-2026-07",
    subj_enc=("utf-8", "b"),
    text=_i08, cte="quoted-printable",
    html=outlook_html(mso(_i08)),
    ics=dict(uid="GDOE-HEARING-2026-07-05@gdoe.example.at", seq=0,
             start="2026-03-24 09:30 +0100", end="2026-03-24 10:30 +0100",
             summary="Hearing GDÖ-2026-07", location="Stubenring 6, 1010 Wien, Sitzungssaal 3",
             organizer=("Pichler Elisabeth", "elisabeth.pichler@gdoe.example.at")),
    ics_in="alt",
    pdfs=[("Einladung_Hearing_GDOE-2026-07.pdf", "Einladung Hearing", [
        "Gesundheitsdatenstelle Österreich",
        "Einladung zum Hearing - Planstelle GDÖ-2026-07",
        "",
        "Termin: 24. März 2026, 09:30 Uhr, Sitzungssaal 3",
        "Aufgabe: Auswertung des beiliegenden Datensatzes (Spitalsentlassungen 2024,",
        "anonymisiert) und Präsentation der Ergebnisse in 10 Minuten.",
        "Bitte bringen Sie einen Lichtbildausweis mit.",
    ])],
    reply_of="x22",
))

_i09 = """Hi Katharina,

Felix hier, ich leite das Health-Analytics-Team bei Datenwerk. Deine Bewerbung ist bei mir
gelandet, und ich fand den Teil mit der Sturzprotokoll-Auswertung auf deiner Station
richtig spannend.

Hast du Donnerstag Zeit für einen lockeren Kaffee-Call, so 8:30 Uhr, halbe Stunde? Ganz
ohne Vorbereitung, ich will einfach hören, wie du tickst, und dir erzählen, was wir
machen. Link: https://meet.datenwerk-gesundheit.example.de/felix-obermaier

Wenn's nicht passt, sag einfach, wann es dir besser geht.

Beste Grüße
Felix Obermaier
Lead Health Analytics · Datenwerk Gesundheit
"""
add(dict(
    key="i09", kind="interview_invitation", slug="datenwerk_coffee_call", lang="de",
    company="Datenwerk Gesundheit", contact="felix.obermaier@datenwerk-gesundheit.example.de",
    date="2026-09-21 19:12 +0200",
    frm=("Felix Obermaier", "felix.obermaier@datenwerk-gesundheit.example.de"),
    subject="Kaffee-Call am Donnerstag?",
    text=_i09, cte="quoted-printable",
    reply_of="a06",
))

_i10 = """Hallo Frau Ebner-Osei,

wie am Telefon besprochen, hier die Details zum Gespräch bei unserem Kunden, der Alpenlicht
Krankenversicherung:

Position: Referentin Versorgungsdaten (Vollzeit, unbefristet)
Datum: Dienstag, 21. April 2026, 14:00 Uhr
Ort: Alpenlicht Krankenversicherung a.G., Arnulfstraße 150, 80634 München, Empfang Haus B
Gesprächspartner: Herr Dr. Klaus Wimmer (Abteilungsleiter) und Frau Jana Roth (HR)

Bitte melden Sie sich 10 Minuten vorher am Empfang und nennen Sie meinen Namen. Sollte
etwas dazwischenkommen, rufen Sie mich bitte direkt an – nicht den Kunden.

Viel Erfolg!
Markus Zeilinger
Senior Consultant Healthcare
Pflegeplus Personal GmbH · Mobil +49 171 552 90 14
"""
add(dict(
    key="i10", kind="interview_invitation", slug="pflegeplus_sets_alpenlicht", lang="de",
    company="Alpenlicht Krankenversicherung", contact="m.zeilinger@pflegeplus.example.de",
    date="2026-04-15 09:48 +0200",
    frm=("Markus Zeilinger | Pflegeplus Personal", "m.zeilinger@pflegeplus.example.de"),
    subject="Ihr Vorstellungsgespräch bei Alpenlicht am 21.04.",
    text=_i10, cte="base64",
    reply_of="a04",
))

_i11 = """Hallo Katharina,

ich bin Leonie, eine der Gründerinnen von Vitalynx. Ich hab mir gerade deine Bewerbung
angeschaut und würde gern mit dir plaudern – ganz unverbindlich.

Passt dir Donnerstag nächste Woche (13.8.) am späten Nachmittag? Unser Büro ist in der
Neubaugasse, wir können auf einen Spritzer in den Hof gehen oder du kommst per Video dazu.
Such dir einfach einen Slot aus: https://cal.vitalynx.example.at/leonie/kennenlernen

Freu mich!
Leonie

--
Leonie Haas · Co-Founder & CEO · Vitalynx
Neubaugasse 26/3, 1070 Wien
"""
add(dict(
    key="i11", kind="interview_invitation", slug="vitalynx_casual_thursday", lang="de",
    company="Vitalynx", contact="leonie@vitalynx.example.at",
    date="2026-08-06 21:34 +0200",
    frm=VITALYNX,
    subject="Hi von Vitalynx 👋",
    text=_i11, cte="quoted-printable",
    html=html_doc(paras(_i11)),
    reply_of="a08",
))

_i12 = """Sehr geehrte Frau Ebner-Osei,

wie telefonisch angekündigt laden wir Sie zu einem Probetag (Hospitation) in der
Stabsstelle Digitalisierung und auf unserer Pilotstation 3B ein:

Mittwoch, 8. Juli 2026, Beginn 07:00 Uhr, Ende ca. 14:30 Uhr
Treffpunkt: Stationsstützpunkt 3B, Bauteil C, 2. Stock

Sie begleiten vormittags die Einführung der elektronischen Pflegedokumentation auf der
Station und verbringen den Nachmittag mit dem Projektteam. Dienstkleidung stellen wir zur
Verfügung; bitte bringen Sie geschlossene Schuhe mit.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Andrea Wutte, MSc
Stationsleitung 3B / Projekt ePflege
Klinikum Graz-Ries
Tel. +43 316 385 47 230
"""
add(dict(
    key="i12", kind="interview_invitation", slug="grazries_trial_day", lang="de",
    company="Klinikum Graz-Ries", contact="andrea.wutte@klinikum-ries.example.at",
    date="2026-07-01 12:16 +0200",
    frm=("Wutte Andrea", "andrea.wutte@klinikum-ries.example.at"),
    subject="Probetag am 8. Juli – Stabsstelle Digitalisierung",
    subj_enc=("utf-8", "q"),
    text=_i12, charset="iso-8859-1", cte="8bit",
    reply_of="a03",
))

_i13 = """Sehr geehrte Frau Ebner-Osei,

im Auftrag von Frau Dr. Weiß lade ich Sie zur nächsten Runde im Auswahlprozess für die
Position Consultant Healthcare Analytics ein: ein Case-Interview über Microsoft Teams.

Montag, 11. Mai 2026, 15:00–16:30 Uhr
Teilnehmende: Dr. Carolin Weiß (Principal), Tobias Hain (Senior Consultant)

Sie erhalten 48 Stunden vorher einen anonymisierten Datensatz zu Krankenhausaufenthalten.
Bereiten Sie bitte eine Kurzpräsentation von maximal zehn Folien vor.

Bitte antworten Sie mir direkt, falls Sie technische Unterstützung brauchen.

Mit freundlichen Grüßen
Petra Lindner
Assistenz Healthcare Practice
HealthBridge Consulting GmbH · Maximiliansplatz 12 · 80333 München
T +49 89 2154 7701

HealthBridge Consulting GmbH · Sitz München · Registergericht München HRB 238 114
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und löschen Sie diese Mail.
"""
add(dict(
    key="i13", kind="interview_invitation", slug="healthbridge_case_interview", lang="de",
    company="HealthBridge Consulting", contact="petra.lindner@healthbridge.example.de",
    date="2026-05-04 10:31 +0200",
    frm=("Petra Lindner", "petra.lindner@healthbridge.example.de"),
    cc=[("Dr. Carolin Weiss", "carolin.weiss@healthbridge.example.de")],
    subject="Case-Interview HealthBridge – 11. Mai, 15:00 Uhr",
    text=_i13, cte="quoted-printable",
    html=outlook_html(mso(_i13)),
))

# ------------------------------------------------------------------ en (6)

_i14 = """Hi Katharina,

Thanks so much for applying for the Clinical Data Analyst role at Quillon Health. We'd love
to invite you to a video panel with our Head of Data, Ewan Baird, and our Clinical Safety
Officer, Dr Rukhsana Miah.

Please pick a time that works for you using the link below. Slots are 60 minutes.

https://app.greenhouse.io/scheduler/quillonhealth/ebner-osei-7f2c

There's also a short take-home exercise (about 2 hours) that we'll send once you've booked.
Any questions, just reply to this email.

Best,
Priya
"""
add(dict(
    key="i14", kind="interview_invitation", slug="quillon_greenhouse_scheduler", lang="en",
    company="Quillon Health", contact="priya.nandakumar@quillonhealth.example.co.uk",
    date="2026-02-17 12:09 +0000",
    frm=("Priya Nandakumar via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Nandakumar", "priya.nandakumar@quillonhealth.example.co.uk"),
    subject="Quillon Health – next steps for Clinical Data Analyst",
    text=_i14,
    html=html_doc(paras(_i14).replace(
        "https://app.greenhouse.io/scheduler/quillonhealth/ebner-osei-7f2c",
        '<a href="https://app.greenhouse.io/scheduler/quillonhealth/ebner-osei-7f2c">'
        "Choose your interview time</a>"), lang="en"),
    reply_of="a11",
))

_i15 = """Hi Katharina,

Great speaking earlier. As promised, here's what I've set up with my client, the digital
health scale-up in Shoreditch I mentioned (I'll share the name once they're happy for me
to):

First-stage call with their Head of Data
Monday 16 February, 11:00 (London time), 30 minutes
They'll ring you on +43 660 418 27 93

It's a fairly informal chat about your ward experience and any SQL/Python you've done.
Keep your phone close from 10:55.

Let me know once you've had it!

Tom

Tom Ashworth
Principal Consultant, Health & Life Sciences
Clearpath Recruitment Ltd | 07700 914 362
"""
add(dict(
    key="i15", kind="interview_invitation", slug="clearpath_sets_client_call", lang="en",
    company="Clearpath Recruitment", contact="tom.ashworth@clearpath-rec.example.co.uk",
    date="2026-02-11 15:26 +0000",
    frm=("Tom Ashworth", "tom.ashworth@clearpath-rec.example.co.uk"),
    subject="Client call Monday 11am",
    text=_i15, cte="7bit",
    reply_of="a13",
))

_i16 = """Dear Katharina,

Thank you for applying for the post of Informatics Analyst (Band 6) in our Digital Services
directorate. I'm pleased to invite you to interview.

Date: Tuesday 28 April 2026
Time: 13:30 – 14:30
Venue: Northgate House, 40 Holloway Road, London N7 8JL, Meeting Room 5.02
Panel: Dr Felicity Sato (Chief Clinical Information Officer), Mark Benning (Head of BI) and
myself

You'll be asked to give a 10-minute presentation on "How ward-level data could reduce
avoidable harm". Please bring photo ID and proof of your right to work in the UK.

A calendar invitation is attached; please accept it to confirm.

Kind regards,
Aisha Rahman
Recruitment Lead, Digital Services, Northgate Health

This email and any files transmitted with it are confidential and intended solely for the
use of the individual or entity to whom they are addressed.
"""
add(dict(
    key="i16", kind="interview_invitation", slug="northgate_panel_ics", lang="en",
    company="Northgate Health", contact="aisha.rahman@northgate-health.example.co.uk",
    date="2026-04-16 11:02 +0100",
    frm=("Rahman Aisha", "aisha.rahman@northgate-health.example.co.uk"),
    subject="Interview invitation: Informatics Analyst (Band 6)",
    text=_i16, charset="windows-1252", cte="quoted-printable",
    html=outlook_html(mso(_i16), lang="en-GB"), html_charset="windows-1252",
    ics=dict(uid="NGH-DS-INT-20260428-1330-ebner@northgate-health.example.co.uk", seq=0,
             start="2026-04-28 13:30 +0100", end="2026-04-28 14:30 +0100",
             summary="Interview – Informatics Analyst (Band 6)",
             location="Northgate House, Meeting Room 5.02", organizer=NORTHGATE),
    reply_of="x30",
))

_i17 = """Dear Katharina,

Congratulations – you've been shortlisted for the Safety Data Analyst position, and we'd
like to invite you to our assessment centre.

When: Tuesday 16 June 2026, 09:00 – 15:30
Where: Kestrel Pharma, 5th floor, 30 Crown Place, London EC2A 4ES

The day includes a group discussion on a signal-detection case, a one-hour data exercise in
Excel or R (your choice), and a 45-minute interview with Dan Okafor and a member of the
medical team. Lunch is provided. The full agenda is attached.

We can reimburse reasonable travel costs within the UK on receipt of tickets.

Kind regards,
Grace Whitfield
Early Careers & Talent, Kestrel Pharma Ltd
"""
add(dict(
    key="i17", kind="interview_invitation", slug="kestrel_assessment_centre_pdf", lang="en",
    company="Kestrel Pharma", contact="grace.whitfield@kestrel-pharma.example.co.uk",
    date="2026-06-03 10:44 +0100",
    frm=("Grace Whitfield", "grace.whitfield@kestrel-pharma.example.co.uk"),
    subject="Assessment centre – Safety Data Analyst",
    subj_enc=("utf-8", "q"),
    text=_i17, cte="quoted-printable",
    pdfs=[("Kestrel_Assessment_Centre_Agenda.pdf", "Assessment centre agenda", [
        "Kestrel Pharma - Assessment Centre, 16 June 2026",
        "09:00  Welcome and coffee",
        "09:30  Group discussion: signal detection case",
        "11:00  Data exercise (Excel or R)",
        "12:30  Lunch",
        "13:30  Interviews (45 min)",
        "15:30  Close",
    ])],
))

_i18 = """Dear Katharina,

Thank you for your application to Harcourt & Vale. The team enjoyed reading about your
work on the sepsis screening audit, and we'd like to invite you to a case interview for the
Associate, Health Data Strategy role.

Thursday 10 September, 11:00–12:30, at our offices: 17 Bedford Row, London WC1R 4EB.

You'll work through a short case with two of our managers; no preparation is needed beyond
a calculator and a curious mind. Please reply to confirm, and let me know if you need any
adjustments.

Warm regards,
Eleanor Fitch
Recruiting Coordinator | Harcourt & Vale Consulting LLP
+44 20 3870 1142
"""
add(dict(
    key="i18", kind="interview_invitation", slug="harcourt_case_interview", lang="en",
    company="Harcourt & Vale", contact="eleanor.fitch@harcourtvale.example.co.uk",
    date="2026-09-01 16:50 +0100",
    frm=HARCOURT,
    subject="Case interview invitation – Harcourt & Vale",
    text=_i18, cte="quoted-printable",
    html=html_doc(paras(_i18), lang="en"),
))

_i19 = """Hi Katharina,

Mira told me the first conversation went well – great! As the next step I'd like to go a
bit deeper on the technical side with you. I've sent a calendar invite for Tuesday 4
August, 10:00–11:00 CEST, at our office in Zürich (Hardturmstrasse 161, 3rd floor). If
you'd rather join remotely, the Meet link is in the invite.

We'll look at a small, messy dataset of ICU vitals together, no need to prepare anything.

Looking forward,
Lukas

Dr. Lukas Brunner
CTO, Curalytics
"""
add(dict(
    key="i19", kind="interview_invitation", slug="curalytics_cto_round_google_ics", lang="en",
    company="Curalytics", contact="lukas.brunner@curalytics.example.ch",
    date="2026-07-27 08:41 +0200",
    frm=("Lukas Brunner", "lukas.brunner@curalytics.example.ch"),
    cc=[("Seraina Caduff", "seraina.caduff@alpinetalent.example.ch")],
    subject="Technical conversation – Tue 4 Aug",
    text=_i19,
    html=html_doc(paras(_i19), lang="en"),
    ics=dict(uid="7r2k9q0b3mcuralytics20260804@google.com", seq=0,
             prodid="-//Google Inc//Google Calendar 70.9054//EN",
             start="2026-08-04 10:00 +0200", end="2026-08-04 11:00 +0200",
             summary="Curalytics x Katharina – technical conversation",
             location="Curalytics, Hardturmstrasse 161, 8005 Zürich",
             description="Join with Google Meet: https://meet.google.com/cxa-umbr-kto",
             organizer=("Lukas Brunner", "lukas.brunner@curalytics.example.ch")),
    ics_in="both",
))

# ------------------------------------------------------------------ fr (4)

_i20 = """Madame,

Nous avons bien étudié votre candidature au poste d'infirmière référente données cliniques
et souhaiterions vous rencontrer.

Nous vous proposons un entretien le jeudi 14 mai 2026 à 14h00, à la Clinique Saint-Irénée
(bâtiment administratif, 2e étage, salle Fourvière), avec Mme Hélène Perrin, directrice
des soins, et moi-même. Une invitation figure dans votre agenda.

Merci de nous confirmer votre présence par retour de mail.

Bien cordialement,

Claire Vasseur
Chargée de recrutement
Clinique Saint-Irénée
12 montée Saint-Barthélemy, 69005 Lyon
"""
add(dict(
    key="i20", kind="interview_invitation", slug="stirenee_invite_ics", lang="fr",
    company="Clinique Saint-Irénée", contact="c.vasseur@clinique-st-irenee.example.fr",
    date="2026-05-05 15:33 +0200",
    frm=IRENEE,
    subject="Proposition d'entretien – infirmière référente données cliniques",
    text=_i20, cte="quoted-printable",
    html=outlook_html(mso(_i20), lang="fr"),
    ics=dict(uid="CSI-RH-20260514-1400@clinique-st-irenee.example.fr", seq=0,
             start="2026-05-14 14:00 +0200", end="2026-05-14 15:00 +0200",
             summary="Entretien – K. Ebner-Osei",
             location="Clinique Saint-Irénée, bâtiment administratif, salle Fourvière",
             organizer=IRENEE),
))

_i21 = """Chère Madame Ebner-Osei,

Suite à votre candidature au poste d'Analyste données de vie réelle, nous avons le plaisir
de vous convier à notre journée d'évaluation.

Date : mardi 15 septembre 2026, de 8h30 à 16h00
Lieu : Laboratoires Rhônelin, chemin des Aulx 18, 1228 Plan-les-Ouates

Au programme : une étude de cas en binôme, un exercice d'analyse sur un jeu de données de
pharmacovigilance, puis un entretien individuel avec le responsable de l'équipe Real World
Evidence. Le déjeuner est offert.

Nous vous remercions de confirmer votre participation d'ici le 8 septembre.

Avec nos meilleures salutations,

Sophie Marchetti
Talent Acquisition Partner
Laboratoires Rhônelin SA
+41 22 884 31 09
"""
add(dict(
    key="i21", kind="interview_invitation", slug="rhonelin_assessment_day", lang="fr",
    company="Laboratoires Rhônelin", contact="sophie.marchetti@rhonelin.example.ch",
    date="2026-09-02 09:58 +0200",
    frm=("Sophie Marchetti", "sophie.marchetti@rhonelin.example.ch"),
    subject="Invitation à notre journée d'évaluation",
    subj_enc=("iso-8859-1", "q"),
    text=_i21, charset="iso-8859-1", cte="quoted-printable",
    reply_of="a18",
))

_i22 = """Bonjour Katharina,

Merci pour votre candidature au poste de data analyst prestations santé. Votre parcours
d'infirmière m'intéresse beaucoup pour ce rôle, où l'on travaille au quotidien sur des
données de remboursement de soins.

Seriez-vous disponible jeudi 5 février à 10h pour un premier échange téléphonique d'une
vingtaine de minutes ? Je vous appellerais sur votre portable.

Bonne journée,

Julien Morel
Chargé de recrutement – Mutuelle Confluence
"""
add(dict(
    key="i22", kind="interview_invitation", slug="confluence_phone_screen", lang="fr",
    company="Mutuelle Confluence", contact="julien.morel@mutuelle-confluence.example.fr",
    date="2026-01-28 11:17 +0100",
    frm=("Julien Morel", "julien.morel@mutuelle-confluence.example.fr"),
    subject="Premier échange téléphonique ?",
    text=_i22, cte="8bit",
    reply_of="a16",
))

_i23 = """Madame,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Chargée de projet
données de santé au sein de la Fondation Santé Numérique Léman.

L'entretien se déroulera le mercredi 24 juin 2026 à 14h00 sur Microsoft Teams, en présence
de Dr Anne-Laure Favre, de M. Olivier Dubey (chef de projet dossier patient) et de
Mme Lina Haddad (ressources humaines). Il durera environ une heure.

Lien de connexion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_FSNL0624

Nous vous prions de bien vouloir nous confirmer votre disponibilité.

Meilleures salutations,

Lina Haddad
Ressources humaines
Fondation Santé Numérique Léman, Rue de Lausanne 64, 1202 Genève
"""
add(dict(
    key="i23", kind="interview_invitation", slug="fsnl_teams_panel", lang="fr",
    company="Fondation Santé Numérique Léman", contact="lina.haddad@fsnl.example.ch",
    date="2026-06-15 10:12 +0200",
    frm=("Lina Haddad", "lina.haddad@fsnl.example.ch"),
    cc=[("Anne-Laure Favre", "al.favre@fsnl.example.ch")],
    subject="Invitation à un entretien – Chargée de projet données de santé",
    text=_i23, cte="quoted-printable",
    html=html_doc(paras(_i23), lang="fr"),
))

# ------------------------------------------------------------------ es (3)

_i24 = """¡Hola, Katharina!

Gracias por tu interés en Datamédica. Nos ha gustado mucho tu perfil para el puesto de
Clinical Data Specialist y queremos conocerte.

Reserva aquí la hora que mejor te venga para una videollamada de 45 minutos con Núria
(People) y Marc (Head of Data):

https://datamedica.teamtailor.com/meetings/booking/5f1c2e

Si ninguna franja te va bien, contesta a este correo y lo buscamos.

¡Hasta pronto!
Núria
"""
add(dict(
    key="i24", kind="interview_invitation", slug="datamedica_teamtailor_booking", lang="es",
    company="Datamédica", contact="nuria.puigdomenech@datamedica.example.es",
    date="2026-06-10 13:05 +0200",
    frm=("Núria de Datamédica", "notifications@teamtailor-mail.com"),
    reply_to=DATAMEDICA,
    subject="Datamédica: elige la hora de tu entrevista",
    text=_i24,
    html=ats_card("Datamédica", "#ff6b6b", paras(_i24), "Enviado con Teamtailor", lang="es"),
    reply_of="a19",
))

_i25 = """Estimada Katharina:

Le agradecemos el envío de su candidatura para el puesto de Enfermera de Sistemas de
Información. Nos complace invitarla a una entrevista presencial:

Fecha: lunes, 2 de marzo de 2026
Hora: 12:00 h
Lugar: Clínica Montjuïc Salut, Passeig de l'Exposició 40, 08004 Barcelona (Dirección de
Sistemas, planta 1)
Entrevistadores: Dr. Jordi Casals y Sra. Montse Vidal (Dirección de Enfermería)

Le adjuntamos la convocatoria en formato calendario. Le rogamos que confirme su asistencia.

Atentamente,
Laia Soler
Recursos Humanos · Clínica Montjuïc Salut
"""
add(dict(
    key="i25", kind="interview_invitation", slug="montjuic_in_person_ics", lang="es",
    company="Clínica Montjuïc Salut", contact="laia.soler@montjuic-salut.example.es",
    date="2026-02-20 10:30 +0100",
    frm=MONTJUIC,
    subject="Convocatoria de entrevista – Enfermera de Sistemas de Información",
    text=_i25, cte="quoted-printable",
    ics=dict(uid="CMS-RRHH-0302-1200@montjuic-salut.example.es", seq=0,
             start="2026-03-02 12:00 +0100", end="2026-03-02 13:00 +0100",
             summary="Entrevista Enfermera de Sistemas de Información",
             location="Clínica Montjuïc Salut, Dirección de Sistemas, planta 1",
             organizer=MONTJUIC),
    reply_of="x48",
))

_i26 = """Hola Katharina:

¡Buenas noticias! Farmacéutica Llobregat quiere entrevistarte para el puesto de analista de
datos de farmacovigilancia.

Te cuento los detalles:
- Jueves 23 de abril, a las 10:00
- En sus oficinas de Sant Joan Despí (Carrer de la Indústria 12), recepción del edificio A
- Te atenderán Elena Prats (responsable de Farmacovigilancia) y alguien de RR. HH.

Llévate el CV impreso y, si puedes, algún ejemplo de análisis que hayas hecho en el
hospital (sin datos de pacientes, claro). Te llamo el miércoles para prepararla.

Un abrazo,
Andrés Villalba
Consultor Senior · Talento Sanitario · +34 933 02 71 88
"""
add(dict(
    key="i26", kind="interview_invitation", slug="talentosanitario_sets_llobregat", lang="es",
    company="Farmacéutica Llobregat", contact="andres.villalba@talentosanitario.example.es",
    date="2026-04-20 18:02 +0200",
    frm=("Andrés Villalba", "andres.villalba@talentosanitario.example.es"),
    subject="Entrevista con Farmacéutica Llobregat el jueves",
    text=_i26, charset="iso-8859-1", cte="quoted-printable",
    reply_of="a21",
))

# ================================================================== moves and cancellations

# ------------------------------------------------------------------ de (8)

_s01 = """Sehr geehrte Frau Ebner-Osei,

leider muss ich unseren Termin verlegen: Unsere Pflegedirektorin ist am 26. März bei einer
Fachtagung in Linz, die kurzfristig angesetzt wurde.

Neuer Termin: Dienstag, 31. März 2026, 14:00 bis 15:00 Uhr, gleicher Ort
(Verwaltungsgebäude, Besprechungsraum 2).

Die Kalendereinladung ist entsprechend aktualisiert. Ich hoffe, der neue Termin passt
Ihnen, und bitte um kurze Bestätigung.

Mit freundlichen Grüßen
Mag. Bettina Strobl
Personalmanagement, Privatklinik Kahlenberg
"""
add(dict(
    key="s01", kind="interview_reschedule_or_cancel", slug="kahlenberg_moved_seq1", lang="de",
    company="Privatklinik Kahlenberg", contact="b.strobl@kahlenberg-klinik.example.at",
    date="2026-03-20 08:47 +0100",
    frm=KAHLENBERG,
    subject="Aktualisiert: Vorstellungsgespräch Pflegeinformatik – neuer Termin 31.03.",
    text=_s01, html=outlook_html(mso(_s01)),
    ics=dict(uid="040000008200E00074C5B7101A82E0080000000040A1B2C3D4E5F601@kahlenberg",
             seq=1, start="2026-03-31 14:00 +0200", end="2026-03-31 15:00 +0200",
             summary="Vorstellungsgespräch Pflegeinformatik – K. Ebner-Osei",
             location="Verwaltungsgebäude, Besprechungsraum 2, Kahlenberger Straße 214, 1190 Wien",
             organizer=KAHLENBERG),
    reply_of="i01",
))

_s02 = f"""Sehr geehrte Frau Ebner-Osei,

kein Problem, das verstehe ich gut. Ich habe Ihren Termin verlegt auf

  Dienstag, 22. September, 13:00 Uhr
  Isarklinikum München, Haus D, 3. OG, Raum D3.14

Die Gesprächspartner bleiben dieselben. Die automatische Terminbestätigung aus dem
System erhalten Sie gleich noch separat.

Freundliche Grüße
Sabine Hartl
Personalreferentin Recruiting
Isarklinikum München gGmbH · Tel. +49 89 4140 2217

{outlook("de", "2026-09-08 18:22", CANDIDATE, "Hartl Sabine <sabine.hartl@isarklinikum.example.de>", "Terminverschiebung Vorstellungsgespräch Req. 41187")}

{RESCHEDULE_ISAR_TEXT}
"""
add(dict(
    key="s02", kind="interview_reschedule_or_cancel", slug="isarklinikum_confirms_move",
    lang="de", company="Isarklinikum München", contact="sabine.hartl@isarklinikum.example.de",
    date="2026-09-09 09:14 +0200",
    frm=("Hartl Sabine", "sabine.hartl@isarklinikum.example.de"),
    subject="AW: Terminverschiebung Vorstellungsgespräch Req. 41187",
    text=_s02, cte="quoted-printable",
    html=outlook_html(mso(_s02)),
    reply_of="x04",
    headers=[("Thread-Topic", "Terminverschiebung Vorstellungsgespräch Req. 41187")],
))

_s03 = """Sehr geehrte Frau Ebner-Osei,

Herr Dr. Pongratz ist heute leider erkrankt und wird auch morgen nicht im Haus sein. Damit
Sie nicht umsonst nach Graz kommen, verschieben wir das Gespräch von morgen, 27. Mai.

Neuer Vorschlag: Mittwoch, 3. Juni, 10:30 Uhr, gleicher Raum. Die Einladung im Anhang
ersetzt die alte.

Entschuldigen Sie die kurzfristige Änderung!

Freundliche Grüße
Ursula Kainz
"""
add(dict(
    key="s03", kind="interview_reschedule_or_cancel", slug="steirerkasse_interviewer_ill",
    lang="de", company="Steirerkasse", contact="ursula.kainz@steirerkasse.example.at",
    date="2026-05-26 15:55 +0200",
    frm=STEIRER,
    subject="Verschiebung: Ihr Gespräch morgen bei der Steirerkasse",
    text=_s03, charset="windows-1252", cte="8bit",
    ics=dict(uid="stk-va-20260527-1030@steirerkasse.example.at", seq=1,
             start="2026-06-03 10:30 +0200", end="2026-06-03 11:45 +0200",
             summary="Vorstellungsgespräch Referentin Versorgungsanalyse (NEU)",
             location="Steirerkasse, Josef-Pongratz-Platz 1, 8010 Graz, Raum 4.12",
             organizer=STEIRER, filename="Vorstellungsgespraech_neu.ics"),
    ics_in="mixed",
    reply_of="i05",
))

_s04 = """Guten Tag Katharina Ebner-Osei,

der Termin für Ihr Interview zur Stelle Data Analyst Leistungscontrolling (R-10472) wurde
geändert.

Bisher: Dienstag, 10. März 2026, 14:00 MEZ
Neu: Donnerstag, 12. März 2026, 09:00 MEZ
Format: Microsoft Teams (Link unverändert)

Sie können den Termin in Ihrem Kandidatenkonto ansehen oder einen anderen Termin anfragen.

Medaxis Versicherung – Talent Acquisition

Diese E-Mail wurde automatisch erzeugt.
"""
add(dict(
    key="s04", kind="interview_reschedule_or_cancel", slug="medaxis_workday_time_changed",
    lang="de", company="Medaxis Versicherung", contact="",
    date="2026-03-04 06:30 +0000",
    frm=("Medaxis Versicherung", "medaxis@myworkday.com"),
    subject="Geänderter Interviewtermin: Data Analyst Leistungscontrolling",
    subj_enc=("utf-8", "b"),
    text=_s04,
    html=ats_card("Medaxis Versicherung · Karriere", "#00446a", paras(_s04),
                  "Workday · Kandidatenportal Medaxis", lang="de"),
    reply_of="a01",
    headers=[("Auto-Submitted", "auto-generated")],
))

_s05 = """Hi Katharina,

blöd, aber ich muss unser Treffen morgen absagen – wir haben kurzfristig einen Termin mit
einem Investor reinbekommen, den ich nicht schieben kann. Sorry!

Ich will dich aber unbedingt kennenlernen. Ich schick dir Anfang nächster Woche zwei, drei
neue Vorschläge, ok?

Leonie
"""
add(dict(
    key="s05", kind="interview_reschedule_or_cancel", slug="vitalynx_cancel_ics", lang="de",
    company="Vitalynx", contact="leonie@vitalynx.example.at",
    date="2026-08-12 22:10 +0200",
    frm=VITALYNX,
    subject="Abgesagt: Kennenlernen Vitalynx x Katharina",
    text=_s05,
    ics=dict(uid="vtx-leonie-kennenlernen-0813@vitalynx.example.at", seq=1, method="CANCEL",
             prodid="-//Google Inc//Google Calendar 70.9054//EN",
             start="2026-08-13 17:00 +0200", end="2026-08-13 17:45 +0200",
             summary="Kennenlernen Vitalynx x Katharina", location="Neubaugasse 26/3, 1070 Wien",
             organizer=VITALYNX),
    ics_in="both",
    reply_of="i11",
))

_s06 = """Sehr geehrte Frau DGKP Ebner-Osei,

aufgrund einer Terminkollision in der Kommission muss das Hearing zur Planstelle
GDÖ-2026-07 vom 24. März auf

Donnerstag, 26. März 2026, 13:00 Uhr

verlegt werden. Ort und Ablauf bleiben unverändert. Wir ersuchen um Bestätigung.

Mit freundlichen Grüßen
Mag. Elisabeth Pichler
Personalabteilung
Gesundheitsdatenstelle Österreich
"""
add(dict(
    key="s06", kind="interview_reschedule_or_cancel", slug="gdoe_hearing_moved_outlook",
    lang="de", company="Gesundheitsdatenstelle Österreich",
    contact="elisabeth.pichler@gdoe.example.at",
    date="2026-03-18 16:02 +0100",
    frm=("Pichler Elisabeth", "elisabeth.pichler@gdoe.example.at"),
    subject="Verlegung Hearing GDÖ-2026-07",
    subj_enc=("iso-8859-1", "q"),
    html=outlook_html(mso(_s06)), html_charset="windows-1252", html_cte="quoted-printable",
    reply_of="i08",
))

_s07 = """Liebe Frau Ebner-Osei

Kurze Änderung: Frau Oppliger von Curalytics muss am Dienstag an eine Board-Sitzung. Sie
fragt, ob Sie stattdessen am Donnerstag, 23. Juli, um 15:30 Uhr können. Der Zoom-Link
bleibt derselbe.

Ich habe ihr provisorisch zugesagt, weil Sie mir gesagt hatten, dass Donnerstage bei Ihnen
meist frei sind. Falls nicht, melden Sie sich bitte gleich bei mir.

Herzliche Grüsse
Seraina Caduff
Alpine Talent Partners AG
"""
add(dict(
    key="s07", kind="interview_reschedule_or_cancel", slug="alpinetalent_curalytics_moves",
    lang="de", company="Curalytics", contact="seraina.caduff@alpinetalent.example.ch",
    date="2026-07-17 11:25 +0200",
    frm=("Seraina Caduff", "seraina.caduff@alpinetalent.example.ch"),
    subject="Curalytics: neuer Termin Donnerstag 15:30",
    text=_s07, charset="iso-8859-1", cte="quoted-printable",
    reply_of="i06",
))

_s08 = """Sehr geehrte Frau Ebner-Osei,

unser für Dienstag, 6. Oktober, 11:00 Uhr vereinbartes Gespräch zur Position Data Steward
Pflege muss leider entfallen. Die Klinikleitung möchte das Anforderungsprofil vorher noch
einmal mit der Pflegedirektion abstimmen.

Sobald ich Klarheit habe, melde ich mich mit einem neuen Terminvorschlag bei Ihnen.

Mit freundlichen Grüßen
Thomas Eder
Leitung Personalgewinnung, Sonnberg Kliniken München
"""
add(dict(
    key="s08", kind="interview_reschedule_or_cancel", slug="sonnberg_cancel_ics", lang="de",
    company="Sonnberg Kliniken", contact="thomas.eder@sonnberg-kliniken.example.de",
    date="2026-10-02 14:19 +0200",
    frm=("Eder, Thomas", "thomas.eder@sonnberg-kliniken.example.de"),
    subject="Abgesagt: Gespräch Data Steward Pflege",
    text=_s08, cte="quoted-printable",
    html=outlook_html(mso(_s08)),
    ics=dict(uid="SBK-HR-20261006-1100@sonnberg-kliniken.example.de", seq=2, method="CANCEL",
             start="2026-10-06 11:00 +0200", end="2026-10-06 12:00 +0200",
             summary="Gespräch Data Steward Pflege", location="Sonnberg Kliniken, Haus A, R. 112",
             organizer=("Eder, Thomas", "thomas.eder@sonnberg-kliniken.example.de")),
    ics_cte="base64",
))

# ------------------------------------------------------------------ en (3)

_s09 = """Hi Katharina,

Ewan has been pulled into an urgent regulatory call on Thursday, so we need to move your
panel. Your new slot is Tuesday 3 March, 14:00–15:00 GMT, same video link. I've updated the
calendar invite as well.

Really sorry for the shuffle, and thanks for being flexible!

Priya
"""
add(dict(
    key="s09", kind="interview_reschedule_or_cancel", slug="quillon_greenhouse_moved",
    lang="en", company="Quillon Health", contact="priya.nandakumar@quillonhealth.example.co.uk",
    date="2026-02-23 10:18 +0000",
    frm=("Priya Nandakumar via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Nandakumar", "priya.nandakumar@quillonhealth.example.co.uk"),
    subject="Updated interview time – Quillon Health",
    text=_s09,
    html=html_doc(paras(_s09), lang="en"),
    reply_of="i14",
))

_s10 = """Dear Katharina,

I'm very sorry to do this at short notice, but we have to cancel tomorrow's interview. Our
Chief Clinical Information Officer has been called in to lead the response to a major IT
incident and the panel cannot go ahead without her.

This does not affect your application. I'll be in touch as soon as we can set a new date.

Kind regards,
Aisha Rahman
Recruitment Lead, Digital Services, Northgate Health
"""
add(dict(
    key="s10", kind="interview_reschedule_or_cancel", slug="northgate_cancel_ics", lang="en",
    company="Northgate Health", contact="aisha.rahman@northgate-health.example.co.uk",
    date="2026-04-27 17:31 +0100",
    frm=("Rahman Aisha", "aisha.rahman@northgate-health.example.co.uk"),
    subject="Cancelled: Interview – Informatics Analyst (Band 6)",
    text=_s10, cte="7bit",
    html=outlook_html(mso(_s10), lang="en-GB"),
    ics=dict(uid="NGH-DS-INT-20260428-1330-ebner@northgate-health.example.co.uk", seq=1,
             method="CANCEL", start="2026-04-28 13:30 +0100", end="2026-04-28 14:30 +0100",
             summary="Interview – Informatics Analyst (Band 6)",
             location="Northgate House, Meeting Room 5.02", organizer=NORTHGATE),
    reply_of="i16",
))

_s11 = """Dear Katharina,

A small change to Thursday: one of your interviewers has a client workshop that now starts
at 12:30, so we've brought your case interview forward by an hour. It will now run from
10:00 to 11:30, still at 17 Bedford Row. The updated invitation is attached.

If the earlier start is a problem, just let me know.

Warm regards,
Eleanor
"""
add(dict(
    key="s11", kind="interview_reschedule_or_cancel", slug="harcourt_earlier_seq1", lang="en",
    company="Harcourt & Vale", contact="eleanor.fitch@harcourtvale.example.co.uk",
    date="2026-09-07 09:05 +0100",
    frm=HARCOURT,
    subject="Updated: Case interview – Thursday 10 September",
    text=_s11,
    ics=dict(uid="HV-REC-2026-0910-ebner@harcourtvale.example.co.uk", seq=1,
             start="2026-09-10 10:00 +0100", end="2026-09-10 11:30 +0100",
             summary="Case interview – K. Ebner-Osei", location="17 Bedford Row, London WC1R 4EB",
             organizer=HARCOURT),
    ics_in="both",
    reply_of="i18",
))

# ------------------------------------------------------------------ fr (2)

_s12 = """Madame,

Je suis contrainte d'annuler notre entretien de jeudi 14 mai : Mme Perrin doit faire face à
une inspection de l'ARS cette semaine et ne pourra pas se libérer.

Votre candidature reste bien entendu à l'étude. Je reviens vers vous dès que possible avec
de nouvelles disponibilités.

Avec toutes mes excuses,

Claire Vasseur
Chargée de recrutement, Clinique Saint-Irénée
"""
add(dict(
    key="s12", kind="interview_reschedule_or_cancel", slug="stirenee_cancel_ics", lang="fr",
    company="Clinique Saint-Irénée", contact="c.vasseur@clinique-st-irenee.example.fr",
    date="2026-05-12 08:40 +0200",
    frm=IRENEE,
    subject="Annulé : Entretien – K. Ebner-Osei",
    text=_s12, cte="quoted-printable",
    ics=dict(uid="CSI-RH-20260514-1400@clinique-st-irenee.example.fr", seq=1, method="CANCEL",
             start="2026-05-14 14:00 +0200", end="2026-05-14 15:00 +0200",
             summary="Entretien – K. Ebner-Osei",
             location="Clinique Saint-Irénée, bâtiment administratif, salle Fourvière",
             organizer=IRENEE),
    reply_of="i20",
))

_s13 = """Chère Madame Ebner-Osei,

Nous devons malheureusement décaler notre journée d'évaluation du mardi 15 au jeudi
17 septembre, mêmes horaires (8h30 à 16h00) et même lieu. Un de nos évaluateurs est
retenu par un audit de l'autorité de contrôle.

Pourriez-vous nous confirmer que cette nouvelle date vous convient ?

Avec nos meilleures salutations,

Sophie Marchetti
Talent Acquisition Partner, Laboratoires Rhônelin SA
"""
add(dict(
    key="s13", kind="interview_reschedule_or_cancel", slug="rhonelin_day_moved", lang="fr",
    company="Laboratoires Rhônelin", contact="sophie.marchetti@rhonelin.example.ch",
    date="2026-09-08 14:27 +0200",
    frm=("Sophie Marchetti", "sophie.marchetti@rhonelin.example.ch"),
    subject="Report de la journée d'évaluation au 17 septembre",
    text=_s13, charset="iso-8859-1", cte="8bit",
    html=html_doc(paras(_s13), lang="fr"), html_charset="iso-8859-1",
    reply_of="i21",
))

# ------------------------------------------------------------------ es (2)

_s14 = """Hola de nuevo, Katharina:

Marc tiene que coger un vuelo el jueves por la mañana, así que te proponemos pasar la
videollamada del jueves 18 de las 11:00 a las 16:30 del mismo día. El enlace es el mismo.

¿Te va bien? Si no, dime y buscamos otro hueco esta semana.

Gracias por la flexibilidad,
Núria

Núria Puigdomènech · People · Datamédica
"""
add(dict(
    key="s14", kind="interview_reschedule_or_cancel", slug="datamedica_later_same_day",
    lang="es", company="Datamédica", contact="nuria.puigdomenech@datamedica.example.es",
    date="2026-06-15 12:02 +0200",
    frm=DATAMEDICA,
    name_enc=("iso-8859-1", "q"),
    subject="Cambio de hora de tu entrevista con Datamédica",
    text=_s14, cte="quoted-printable",
    html=html_doc(paras(_s14), lang="es"),
    reply_of="i24",
))

_s15 = f"""Estimada Katharina:

Lamentamos comunicarle que el Dr. Casals está de baja por enfermedad esta semana, por lo
que la entrevista del lunes 2 de marzo queda aplazada.

Le proponemos como nueva fecha el lunes 9 de marzo a las 12:00, en el mismo lugar. Le
agradeceríamos que nos confirmara si le viene bien.

Disculpe las molestias.

Laia Soler
Recursos Humanos · Clínica Montjuïc Salut

{outlook("es", "2026-02-20 10:30", MONTJUIC, "Katharina Ebner-Osei <katharina.eo@example.at>", "Convocatoria de entrevista – Enfermera de Sistemas de Información")}

Estimada Katharina:

Le agradecemos el envío de su candidatura para el puesto de Enfermera de Sistemas de
Información. Nos complace invitarla a una entrevista presencial: lunes, 2 de marzo de 2026,
12:00 h.
"""
add(dict(
    key="s15", kind="interview_reschedule_or_cancel", slug="montjuic_postponed_ill", lang="es",
    company="Clínica Montjuïc Salut", contact="laia.soler@montjuic-salut.example.es",
    date="2026-02-27 09:12 +0100",
    frm=MONTJUIC,
    subject="RE: Convocatoria de entrevista – Enfermera de Sistemas de Información",
    text=_s15, cte="quoted-printable",
    html=outlook_html(mso(_s15), lang="es"),
    reply_of="i25",
))

# ================================================================== missed

# ------------------------------------------------------------------ de (5)

_m01 = """Hi Katharina,

ich habe dich heute um 10:00 zweimal angerufen (10:00 und 10:08), bin aber beide Male nur
auf der Mailbox gelandet. Ist alles in Ordnung?

Wenn du magst, melde dich kurz, dann finden wir einen neuen Slot.

Jonas
"""
add(dict(
    key="m01", kind="missed_interview_notice", slug="medicoda_called_twice", lang="de",
    company="Medicoda", contact="jonas.riedl@medicoda.example.de",
    date="2026-01-22 10:41 +0100",
    frm=("Jonas Riedl", "jonas.riedl@medicoda.example.de"),
    subject="Re: Kurzes Kennenlernen am Telefon?",
    text=_m01, cte="quoted-printable",
    reply_of="i02",
))

MISSED_WOLFBACH_TEXT = """Grüezi Frau Ebner-Osei

Wir haben heute ab 09:00 Uhr im Teams-Meeting auf Sie gewartet, konnten Sie aber leider
nicht begrüssen. Auch unter Ihrer Mobilnummer haben wir Sie nicht erreicht.

Falls etwas Unvorhergesehenes passiert ist, lassen Sie es mich bitte wissen.

Freundliche Grüsse
Reto Ammann
HR Business Partner, Spital Wolfbach"""
add(dict(
    key="m02", kind="missed_interview_notice", slug="wolfbach_waited_on_teams", lang="de",
    company="Spital Wolfbach", contact="reto.ammann@wolfbach-spital.example.ch",
    date="2026-04-29 09:35 +0200",
    frm=WOLFBACH,
    subject="Ihr Interview von heute, 09:00 Uhr (Fachspezialistin Klinische Informatik)",
    subj_enc=("iso-8859-1", "q"),
    text=MISSED_WOLFBACH_TEXT + "\n", charset="iso-8859-1", cte="quoted-printable",
    html=outlook_html(mso(MISSED_WOLFBACH_TEXT), lang="de-CH"), html_charset="iso-8859-1",
    reply_of="i04",
))

_m03 = """Morgen Katharina,

ich sitze seit 8:30 im Call und warte – war der Donnerstag doch zu früh? Kein Drama, ich
bin noch bis 9:15 im Raum. Wenn's heute nicht mehr klappt, schreib mir einfach, wann es
dir passt.

Felix
"""
add(dict(
    key="m03", kind="missed_interview_notice", slug="datenwerk_waiting_in_call", lang="de",
    company="Datenwerk Gesundheit", contact="felix.obermaier@datenwerk-gesundheit.example.de",
    date="2026-09-24 08:52 +0200",
    frm=("Felix Obermaier", "felix.obermaier@datenwerk-gesundheit.example.de"),
    subject="Re: Kaffee-Call am Donnerstag?",
    text=_m03,
    reply_of="i09",
))

_m04 = """Hallo Frau Ebner-Osei,

Frau Roth von der Alpenlicht hat mich eben angerufen: Man hat heute um 14:00 Uhr am
Empfang vergeblich auf Sie gewartet und Sie auch telefonisch nicht erreicht. Die Herren
haben den Termin nach zwanzig Minuten beendet.

Bitte melden Sie sich umgehend bei mir, damit ich dem Kunden erklären kann, was passiert
ist. Ich versuche dann, einen Ersatztermin zu bekommen.

Markus Zeilinger
Pflegeplus Personal GmbH · Mobil +49 171 552 90 14
"""
add(dict(
    key="m04", kind="missed_interview_notice", slug="pflegeplus_alpenlicht_no_show", lang="de",
    company="Alpenlicht Krankenversicherung", contact="m.zeilinger@pflegeplus.example.de",
    date="2026-04-21 15:10 +0200",
    frm=("Markus Zeilinger | Pflegeplus Personal", "m.zeilinger@pflegeplus.example.de"),
    subject="Dringend: Termin Alpenlicht heute 14 Uhr",
    text=_m04, cte="quoted-printable",
    reply_of="i10",
    headers=[("Importance", "high"), ("X-Priority", "1")],
))

_m05 = """Sehr geehrte Frau Ebner-Osei,

Sie waren heute ab 07:00 Uhr für den Probetag auf der Station 3B eingeteilt. Wir haben Sie
leider nicht angetroffen, und unter Ihrer Telefonnummer meldet sich nur die Sprachbox.

Ich hoffe, es ist nichts passiert. Bitte geben Sie uns kurz Bescheid.

Mit freundlichen Grüßen
Andrea Wutte, MSc
Stationsleitung 3B / Projekt ePflege, Klinikum Graz-Ries
"""
add(dict(
    key="m05", kind="missed_interview_notice", slug="grazries_trial_day_no_show", lang="de",
    company="Klinikum Graz-Ries", contact="andrea.wutte@klinikum-ries.example.at",
    date="2026-07-08 09:15 +0200",
    frm=("Wutte Andrea", "andrea.wutte@klinikum-ries.example.at"),
    subject="Probetag heute – wo sind Sie?",
    subj_enc=("utf-8", "b"),
    text=_m05, charset="windows-1252", cte="quoted-printable",
    reply_of="i12",
))

# ------------------------------------------------------------------ en (2)

_m06 = """Hi Katharina,

We were all set up on Zoom for your 10:00 interview and waited for about fifteen minutes,
but you didn't join. I also left you a voicemail.

I hope everything is OK. Could you let me know what happened?

Thanks,
Hannah

Hannah Lowe
People Operations | Ashgrove Analytics
"""
add(dict(
    key="m06", kind="missed_interview_notice", slug="ashgrove_waited_on_zoom", lang="en",
    company="Ashgrove Analytics", contact="hannah.lowe@ashgrove-analytics.example.co.uk",
    date="2026-07-07 10:22 +0100",
    frm=("Hannah Lowe", "hannah.lowe@ashgrove-analytics.example.co.uk"),
    subject="Missed you this morning",
    text=_m06, cte="7bit",
))

_m07 = """Katharina,

The client's Head of Data has just been on to me - she tried calling you at 11:00 and again
at 11:10 and it went straight to voicemail both times. Did something come up?

If you can get back to me today, I'll try to salvage it and get another slot in.

Tom
Sent from my iPhone
"""
add(dict(
    key="m07", kind="missed_interview_notice", slug="clearpath_client_could_not_reach",
    lang="en", company="Clearpath Recruitment", contact="tom.ashworth@clearpath-rec.example.co.uk",
    date="2026-02-16 11:34 +0000",
    frm=("Tom Ashworth", "tom.ashworth@clearpath-rec.example.co.uk"),
    subject="Re: Client call Monday 11am",
    text=_m07, cte="7bit",
    reply_of="i15",
))

# ------------------------------------------------------------------ fr (2)

_m08 = """Bonjour Katharina,

J'ai essayé de vous joindre à 10h comme convenu, puis à nouveau à 10h15, sans succès.

Je reste disponible aujourd'hui jusqu'à 17h si vous souhaitez me rappeler au
04 78 62 19 40, ou proposez-moi un autre créneau par mail.

Cordialement,
Julien Morel
Mutuelle Confluence
"""
add(dict(
    key="m08", kind="missed_interview_notice", slug="confluence_tried_calling", lang="fr",
    company="Mutuelle Confluence", contact="julien.morel@mutuelle-confluence.example.fr",
    date="2026-02-05 10:27 +0100",
    frm=("Julien Morel", "julien.morel@mutuelle-confluence.example.fr"),
    subject="Notre échange de ce matin",
    subj_enc=("iso-8859-1", "b"),
    text=_m08, charset="iso-8859-1", cte="quoted-printable",
    reply_of="i22",
))

_m09 = """Bonjour Madame Ebner-Osei,

Nous vous avons attendue sur Teams à 14h pour notre entretien, sans vous voir arriver.
Peut-être un souci de connexion ?

Camille Roux m'avait transmis votre numéro, mais je n'ai pas réussi à vous joindre.
N'hésitez pas à revenir vers moi ou vers elle pour que l'on trouve une autre date.

Bien à vous,

Antoine Giraud
Directeur associé – Datasanté Conseil
3 rue de la République, 69001 Lyon
"""
add(dict(
    key="m09", kind="missed_interview_notice", slug="datasante_waited_on_teams", lang="fr",
    company="Datasanté Conseil", contact="antoine.giraud@datasante.example.fr",
    date="2026-04-08 14:40 +0200",
    frm=("Antoine Giraud", "antoine.giraud@datasante.example.fr"),
    cc=[("Camille Roux", "camille.roux@talentis-sante.example.fr")],
    subject="Entretien de 14h",
    text=_m09, cte="quoted-printable",
    html=outlook_html(mso(_m09), lang="fr"),
))

# ------------------------------------------------------------------ es (1)

_m10 = """Hola, Katharina:

Te hemos llamado hoy a las 12:00 para la entrevista telefónica que teníamos programada y
no ha sido posible hablar contigo; lo hemos intentado dos veces más hasta las 12:15.

¿Nos dices si ha pasado algo? Si sigues interesada, podemos mirar otra fecha la semana que
viene.

Un saludo,

Marta Ferrer
Técnica de Selección · Sanitalia Seguros
Av. Diagonal 611, 08028 Barcelona
"""
add(dict(
    key="m10", kind="missed_interview_notice", slug="sanitalia_could_not_reach", lang="es",
    company="Sanitalia Seguros", contact="marta.ferrer@sanitalia.example.es",
    date="2026-03-19 12:20 +0100",
    frm=("Marta Ferrer", "marta.ferrer@sanitalia.example.es"),
    subject="Entrevista telefónica de hoy",
    text=_m10, charset="windows-1252", cte="8bit",
    reply_of="a20",
))
