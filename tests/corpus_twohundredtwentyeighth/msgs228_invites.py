"""Corpus 228, hand-written: 26 interview invitations (de 13, en 7, fr 3, es 3),
15 reschedules or cancellations (de 8, en 3, fr 2, es 2) and 10 missed-interview notices
(de 5, en 2, fr 2, es 1)."""

from __future__ import annotations

from msgs228_common import (
    CANDIDATE,
    ats_card,
    outlook_block,
    quote,
    reply_quote,
    simple_html,
    word_html,
)
from msgs228_other import ASK_AXARQUIA, ASK_KINDERWELT

CAND_NAME, CAND = CANDIDATE

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ interview_invitation

# ---------------------------------------------------------------- German (13)

_schoeckl_invite = """Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für Ihre Bewerbung als Onboarding-Koordinatorin (m/w/d) an unserem Standort
Graz-Andritz. Ihr Werdegang hat uns neugierig gemacht, und wir möchten Sie gerne in einem ersten
Gespräch vor Ort (ca. 45 Minuten) kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen 24. und 27. Februar:
https://schoeckl-antriebe.jobs.personio.de/interview/booking/7Hq2xK9

Bei Fragen erreichen Sie mich direkt über „Antworten" oder telefonisch.

Freundliche Grüße
Lisa Hofbauer-Strobl
HR Business Partnerin | Schöckl Antriebstechnik GmbH
Andritzer Reichsstraße 150, 8045 Graz | +43 316 6944 210"""

add(dict(
    name="personio_booking_link", kind="interview_invitation", lang="de",
    company="Schöckl Antriebstechnik", contact="l.hofbauer@schoeckl-antriebe.example.at",
    frm=("Schöckl Antriebstechnik GmbH", "noreply@personio.de"),
    reply_to=("Lisa Hofbauer-Strobl", "l.hofbauer@schoeckl-antriebe.example.at"),
    subject="Einladung zum Kennenlernen – Onboarding-Koordinatorin (m/w/d)",
    subj_enc="utf-8:B",
    date="2026-02-17 08:05 +0000", key="schoeckl-invite",
    text=_schoeckl_invite,
    html=ats_card("Schöckl Antriebstechnik", _schoeckl_invite,
                  "Versendet über Personio im Auftrag der Schöckl Antriebstechnik GmbH.", "de",
                  color="#c2410c", button=("Termin auswählen",
                                           "https://schoeckl-antriebe.jobs.personio.de/"
                                           "interview/booking/7Hq2xK9")),
))

add(dict(
    name="klinikum_phone_screen", kind="interview_invitation", lang="de",
    company="Klinikum St. Leonhard", contact="bernhard.gsellmann@klinikum-leonhard.example.at",
    frm=("Bernhard Gsellmann", "bernhard.gsellmann@klinikum-leonhard.example.at"),
    subject="Ihre Bewerbung – kurzes Telefoninterview?",
    date="2026-01-28 10:14 +0100", key="leonhard-invite",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Ferreira-Kunz,

danke für Ihre Bewerbung als Mitarbeiterin Onboarding & Personalentwicklung. Bevor wir zu
persönlichen Gesprächen einladen, führen wir mit einigen Bewerberinnen ein kurzes
Telefoninterview von etwa 20 Minuten.

Würde Ihnen Dienstag, 3. Februar, um 10:00 Uhr passen? Ich rufe Sie unter der Nummer aus Ihrem
Lebenslauf (+43 664 218 55 09) an. Falls der Termin nicht geht, schlagen Sie mir bitte zwei
Alternativen vor.

Freundliche Grüße
Bernhard Gsellmann
Personalentwicklung
Klinikum St. Leonhard Graz
Leonhardstraße 103, 8010 Graz
Tel. +43 316 3880 4412
""",
))

add(dict(
    name="kaufhaus_schnuppertag", kind="interview_invitation", lang="de",
    company="Kaufhaus Zedlacher", contact="sabine.ogris@zedlacher.example.at",
    frm=("Sabine Ogris", "sabine.ogris@zedlacher.example.at"),
    subject="Schnuppertag bei uns am 2. Mai?",
    date="2026-04-22 13:37 +0200", key="zedlacher-invite",
    text="""Liebe Frau Ferreira-Kunz,

Ihre Bewerbung hat mir sehr gefallen – vor allem, dass Sie schon Praktikantinnen im
Kindergarten eingeschult haben. Statt eines klassischen Gesprächs machen wir es bei uns gerne
praktisch: Kommen Sie doch am Samstag, 2. Mai, von 9 bis 15 Uhr zu einem Schnuppertag ins Haus.
Sie begleiten mich beim Einschulen unserer neuen Ferialpraktikanten, und zu Mittag reden wir in
Ruhe über die Stelle.

Treffpunkt ist der Personaleingang in der Burggasse. Bequeme Schuhe empfehle ich, wir sind
viel auf den Beinen. Geben Sie mir kurz Bescheid, ob das klappt?

Liebe Grüße
Sabine Ogris
Filialleitung & Personal | Kaufhaus Zedlacher
Alter Platz 9, 9020 Klagenfurt am Wörthersee
Tel. +43 463 51 22 08
""",
))

add(dict(
    name="headhunter_client_teams", kind="interview_invitation", lang="de",
    company="Brenner Medizintechnik", contact="f.wiesinger@isarkopf.example.de",
    frm=("Florian Wiesinger", "f.wiesinger@isarkopf.example.de"),
    subject="Brenner Medizintechnik möchte Sie kennenlernen",
    date="2026-05-20 16:48 +0200", key="brenner-invite", reply="<isarkopf-reply-20260512@example.at>",
    refs=["isarkopf-cold"],
    text="""Liebe Frau Ferreira-Kunz,

gute Nachrichten aus Martinsried: Brenner Medizintechnik hat Ihr Profil gelesen und möchte Sie
kennenlernen.

Termin: Mittwoch, 3. Juni 2026, 11:00 bis 12:00 Uhr, per Microsoft Teams
Gesprächspartner: Dr. Katrin Vogl (Leitung HR) und Stefan Sailer (Werkleitung)

Ich habe Ihnen den Termin als Kalendereinladung angehängt; den Teams-Link schickt Ihnen
Brenner am Vortag direkt. Vorab gerne ein kurzes Telefonat mit mir, damit Sie wissen, worauf
Frau Dr. Vogl besonders Wert legt – passt Ihnen Freitagvormittag?

Herzliche Grüße
Florian Wiesinger
Partner | Isarkopf Executive Search
Maximilianstraße 35, 80539 München
+49 89 2189 447-12 | f.wiesinger@isarkopf.example.de
""",
    attach=[dict(filename="Brenner_Kennenlernen.ics", ics=dict(
        method="REQUEST", uid="isarkopf-brenner-2026-06-03@isarkopf.example.de", seq=0,
        start="2026-06-03 11:00", end="2026-06-03 12:00", tz="Europe/Berlin",
        summary="Kennenlernen Brenner Medizintechnik – Magdalena Ferreira-Kunz",
        location="Microsoft Teams (Link folgt)",
        organizer=("Florian Wiesinger", "f.wiesinger@isarkopf.example.de")))],
))

_rochus_invite = """Sehr geehrte Frau Ferreira-Kunz,

wir freuen uns, Sie zu einem Gespräch für die Stelle Koordinatorin Onboarding (30 Wochenstunden)
einzuladen.

Wann: Mittwoch, 13. Mai 2026, 10:00–11:00 Uhr
Wo: Ordensklinikum Sankt Rochus, Verwaltungstrakt, 2. Stock, Besprechungsraum Clara
Wer: Mag.a Elisabeth Pöltl (Personalentwicklung), DGKP Renate Haas (Pflegedirektion) und
Herr Peter Novak (Betriebsrat)

Wir bitten Sie, eine etwa zehnminütige Skizze vorzubereiten, wie Sie die erste Woche einer
neuen Pflegekraft gestalten würden. Die Kalendereinladung finden Sie anbei – bitte nehmen Sie
sie an oder schlagen Sie uns einen anderen Termin vor.

Mit freundlichen Grüßen

Mag.a Elisabeth Pöltl
Leitung Personalentwicklung
Ordensklinikum Sankt Rochus
Rochusgasse 14, 1030 Wien
Tel.: +43 1 712 33 40-1180"""

add(dict(
    name="ordensklinikum_panel_ics", kind="interview_invitation", lang="de",
    company="Ordensklinikum Sankt Rochus", contact="elisabeth.poeltl@st-rochus.example.at",
    frm=("Pöltl Elisabeth, Mag.a", "elisabeth.poeltl@st-rochus.example.at"),
    frm_enc="utf-8:Q",
    subject="Einladung: Gespräch Koordinatorin Onboarding, 13. Mai 10:00",
    date="2026-05-04 09:22 +0200", key="rochus-invite",
    charset="windows-1252",
    text=_rochus_invite,
    html=word_html(_rochus_invite, "de"),
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-ROCHUS-0513", seq=0,
             start="2026-05-13 10:00", end="2026-05-13 11:00", tz="Europe/Vienna",
             summary="Gespräch Koordinatorin Onboarding – Ferreira-Kunz",
             location="Verwaltungstrakt 2. OG, Besprechungsraum Clara",
             organizer=("Pöltl Elisabeth, Mag.a", "elisabeth.poeltl@st-rochus.example.at")),
))

add(dict(
    name="fensterbau_in_person", kind="interview_invitation", lang="de",
    company="Glanzer Fensterbau", contact="martina.reinisch@glanzer-fenster.example.at",
    frm=("Reinisch Martina", "martina.reinisch@glanzer-fenster.example.at"),
    subject="Einladung zum Vorstellungsgespräch – Onboarding & Personaladministration",
    date="2026-03-18 11:20 +0100", key="glanzer-invite",
    charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen und laden Sie
herzlich zu einem Vorstellungsgespräch am Donnerstag, 26. März 2026 um 9:30 Uhr in unser Werk
in Voitsberg ein (Bärnbacher Straße 60, Eingang Verwaltung).

Bitte bestätigen Sie den Termin kurz per Mail.

Mit freundlichen Grüßen
Martina Reinisch
Personal, Glanzer Fensterbau

Glanzer Fensterbau GmbH | Bärnbacher Straße 60 | 8570 Voitsberg
T +43 3142 228 80-15 | FN 40417 p, Landesgericht für ZRS Graz
Diese E-Mail ist ausschließlich für den Adressaten bestimmt. Sollten Sie nicht der
beabsichtigte Empfänger sein, ersuchen wir Sie, uns zu verständigen und die Nachricht zu
löschen.
""",
))

_murauer_ac = """Sehr geehrte Frau Ferreira-Kunz,

wir freuen uns, Sie zu unserem Assessment Center für die Position Onboarding- &
Ausbildungskoordinatorin einladen zu dürfen.

Datum: Freitag, 26. Juni 2026, 8:30 bis ca. 15:30 Uhr
Ort: Murauer Holzindustrie, Schulungszentrum, Sägewerkstraße 4, 8850 Murau

Der Tag besteht aus einer Gruppenübung, einer Präsentation (10 Minuten, Thema im Anhang), einem
Rollenspiel mit einem „neuen Lehrling" und einem Einzelgespräch mit der Geschäftsführung.
Mittagessen ist vorgesehen; Fahrtkosten ab Graz ersetzen wir Ihnen gerne.

Den genauen Ablauf finden Sie im beigefügten PDF. Bitte bestätigen Sie Ihre Teilnahme bis
19. Juni.

Mit freundlichen Grüßen
Ing. Sandra Zechner
Personalleitung
Murauer Holzindustrie GmbH
Sägewerkstraße 4, 8850 Murau | +43 3532 2240-31"""

add(dict(
    name="holzindustrie_assessment_center", kind="interview_invitation", lang="de",
    company="Murauer Holzindustrie", contact="sandra.zechner@murauer-holz.example.at",
    frm=("Ing. Sandra Zechner", "sandra.zechner@murauer-holz.example.at"),
    subject="Einladung zum Assessment Center am 26. Juni",
    date="2026-06-15 14:03 +0200", key="murauer-invite",
    text=_murauer_ac,
    html=simple_html(_murauer_ac, "de"),
    attach=[dict(pdf="Ablaufplan_AC_26-06-2026.pdf", title="Assessment Center – Ablaufplan",
                 lines=["Murauer Holzindustrie GmbH – Personalleitung", "",
                        "08:30 Begrüßung und Vorstellungsrunde",
                        "09:00 Gruppenübung: Einschulungswoche für 12 Lehrlinge planen",
                        "10:30 Präsentation: Mein erster Tag im Betrieb (10 Minuten)",
                        "12:00 Mittagessen in der Kantine",
                        "13:00 Rollenspiel: Gespräch mit einem neuen Lehrling",
                        "14:15 Einzelgespräch mit der Geschäftsführung",
                        "15:30 Abschluss"])],
))

add(dict(
    name="startup_du_kaffee", kind="interview_invitation", lang="de",
    company="Kinderleicht HR-Software", contact="jakob@kinderleicht-hr.example.at",
    frm=("Jakob Reiter", "jakob@kinderleicht-hr.example.at"),
    subject="Kaffee am Donnerstag?",
    date="2026-08-18 21:14 +0200", key="kinderleicht-invite",
    cte="8bit",
    text="""Hi Magdalena,

danke für deine Nachricht über LinkedIn! Wir bauen gerade eine Onboarding-App für
Kindergärten und Horte und suchen jemanden, der bei Kunden das Einschulen der Teams übernimmt –
ehrlich gesagt klingt dein Profil, als hätten wir genau dich gesucht.

Hast du Donnerstag Zeit auf einen Kaffee? Ich wär ab 9:30 im Café Rosenhain in der
Zinzendorfgasse, dauert ca. eine Stunde. Dann erzähl ich dir, was wir vorhaben, und du mir, was
du dir vorstellst.

Lg Jakob

--
Jakob Reiter, Gründer
Kinderleicht HR-Software
Schönaugasse 64, 8010 Graz
""",
))

add(dict(
    name="agency_client_interview_retail", kind="interview_invitation", lang="de",
    company="Marchfelder Frischmarkt", contact="nina.hauptmann@kainz-personal.example.at",
    frm=("Nina Hauptmann | Kainz Personalservice", "nina.hauptmann@kainz-personal.example.at"),
    subject="Vorstellungstermin bei Marchfelder Frischmarkt – Di., 22.9., 10:00",
    date="2026-09-14 11:40 +0200", key="marchfelder-invite",
    charset="windows-1252",
    text=(_march := """Grüß Gott Frau Ferreira-Kunz,

ich darf Ihnen mitteilen, dass unser Kunde Marchfelder Frischmarkt Sie gerne persönlich
kennenlernen möchte.

Termin: Dienstag, 22. September 2026, 10:00 Uhr
Ort: Firmenzentrale, Bahnstraße 17, 2230 Gänserndorf (Parkplätze im Hof)
Gesprächspartnerin: Frau Helga Berger, Leitung Personal, sowie ein Filialleiter

Bitte nehmen Sie einen Ausdruck Ihres Lebenslaufs und Ihre Dienstzeugnisse mit. Eine
Bestätigung an mich genügt, ich gebe sie an den Kunden weiter.

Schöne Grüße
Nina Hauptmann
Personalberaterin
Kainz Personalservice – Büro Wien-Mitte
Landstraßer Hauptstraße 71, 1030 Wien
+43 1 714 28 60-23"""),
    html=word_html(_march, "de"),
))

_isarauen_invite = """Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für Ihr Interesse an der Stelle Koordinatorin Onboarding (R-2026-0815). Wir möchten
Sie gerne zu einem Interview per Videokonferenz einladen.

Bitte wählen Sie im Karriereportal unter „Meine Aufgaben" einen der angebotenen Termine aus. Die
Auswahl ist bis zum 16. August möglich:
https://wd3.myworkday.com/isarauen/d/task/2997$8812.htmld

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Isarauen München

Bitte antworten Sie nicht auf diese automatisch versendete Nachricht."""

add(dict(
    name="workday_self_schedule", kind="interview_invitation", lang="de",
    company="Klinikum Isarauen", contact="",
    frm=("Klinikum Isarauen Karriere", "isarauen@myworkday.com"),
    subject="Einladung zum Interview – Koordinatorin Onboarding (R-2026-0815)",
    date="2026-08-12 07:45 +0000", key="isarauen-invite",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_isarauen_invite,
    html=ats_card("Klinikum Isarauen München", _isarauen_invite,
                  "Powered by Workday.", "de", color="#005b96",
                  button=("Termin auswählen",
                          "https://wd3.myworkday.com/isarauen/d/task/2997$8812.htmld")),
))

_kcs_invite = """Hallo Frau Ferreira-Kunz,

danke für Ihre Bewerbung als Onboarding Coordinator in Klagenfurt! Ich würde Sie gerne zu einem
Video-Interview mit mir und unserem CTO Daniel Pirker einladen:

Donnerstag, 17. September 2026, 13:00–13:45 Uhr (Google Meet)
https://meet.google.com/kcs-onb-2026

Die Einladung liegt als Kalenderdatei bei. Es reicht, wenn Sie sich mit Kamera einwählen, eine
Präsentation brauchen Sie nicht.

Beste Grüße
Markus Wernig
People & Culture, Kärnten Cloud Systems"""

add(dict(
    name="recruitee_video_interview", kind="interview_invitation", lang="de",
    company="Kärnten Cloud Systems", contact="markus.wernig@kaernten-cloud.example.at",
    frm=("Markus Wernig via Recruitee", "no-reply@jobs.recruitee.com"),
    reply_to=("Markus Wernig", "markus.wernig@kaernten-cloud.example.at"),
    subject="Video-Interview Onboarding Coordinator - Kärnten Cloud Systems",
    subj_enc="iso-8859-1:Q",
    date="2026-09-09 10:30 +0200", key="kcs-invite",
    text=_kcs_invite,
    html=simple_html(_kcs_invite, "de"),
    attach=[dict(filename="interview.ics", ics=dict(
        method="REQUEST", uid="recruitee-8813-kcs-onboarding@kaernten-cloud.example.at", seq=0,
        start="2026-09-17 13:00", end="2026-09-17 13:45", tz="Europe/Vienna",
        summary="Video-Interview Onboarding Coordinator",
        location="https://meet.google.com/kcs-onb-2026",
        prodid="-//Recruitee//Interview Scheduler//EN",
        organizer=("Markus Wernig", "markus.wernig@kaernten-cloud.example.at")))],
))

_poest_ack = """Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für Ihre Bewerbung als Onboarding-Specialist (w/m/d). Ihre Unterlagen sind bei uns
eingelangt. Aufgrund der großen Zahl an Bewerbungen können wir leider nicht jeder Person
einzeln antworten; wir melden uns, sobald die Vorauswahl abgeschlossen ist.

Ihr Personalteam der Pöstlingberg Versicherung"""

_poest_cand = """Sehr geehrte Damen und Herren,

ich habe mich vor drei Wochen als Onboarding-Specialist beworben und wollte kurz nachfragen, ob
meine Unterlagen vollständig angekommen sind.

Mit freundlichen Grüßen
Magdalena Ferreira-Kunz"""

add(dict(
    name="versicherung_teams_after_chain", kind="interview_invitation", lang="de",
    company="Pöstlingberg Versicherung", contact="christoph.lindner@poestlingberg-vers.example.at",
    frm=("Lindner Christoph", "christoph.lindner@poestlingberg-vers.example.at"),
    subject="AW: Nachfrage Bewerbung Onboarding-Specialist",
    date="2026-08-24 08:55 +0200", key="poestling-invite",
    reply="<poest-nachfrage-20260821@example.at>",
    charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Ferreira-Kunz,

danke für Ihre Nachfrage – Ihre Unterlagen sind vollständig, und die Vorauswahl ist inzwischen
abgeschlossen. Wir würden Sie gern zu einem ersten Gespräch per Microsoft Teams einladen:

Mittwoch, 2. September 2026, 14:00 Uhr, Dauer ca. 45 Minuten
Teilnehmer: Christoph Lindner (Personalentwicklung), Mag. Eva Kastner (Leitung Schaden Linz)

Den Link zur Besprechung sende ich Ihnen separat über Outlook. Passt Ihnen der Termin?

Freundliche Grüße
Christoph Lindner
Personalentwicklung
Pöstlingberg Versicherung AG
Hauptplatz 23, 4020 Linz | +43 732 7611-4450

""" + outlook_block("de", f"{CAND_NAME} <{CAND}>", "Freitag, 21. August 2026 10:12",
                    "bewerbung@poestlingberg-vers.example.at",
                    "Nachfrage Bewerbung Onboarding-Specialist",
                    _poest_cand + "\n\n" + outlook_block(
                        "de", "Pöstlingberg Versicherung <bewerbung@poestlingberg-vers.example.at>",
                        "Montag, 3. August 2026 07:01", f"{CAND_NAME} <{CAND}>",
                        "Eingangsbestätigung Ihrer Bewerbung", _poest_ack)),
))

add(dict(
    name="kinderwelt_hospitationstag", kind="interview_invitation", lang="de",
    company="Kinderwelt Steiermark", contact="verena.url@kinderwelt-stmk.example.at",
    frm=("Mag. Verena Url", "verena.url@kinderwelt-stmk.example.at"),
    subject="Einladung zum Hospitationstag in der Zentrale",
    date="2026-07-14 15:22 +0200", key="kinderwelt-invite",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Liebe Frau Ferreira-Kunz,

schön, dass Sie sich für die neue Stelle »Onboarding für pädagogische Fachkräfte« bei uns
interessieren! Als nächsten Schritt laden wir Sie zu einem Hospitationstag in unserer Zentrale
ein:

Dienstag, 21. Juli 2026, 8:00 bis 13:00 Uhr
Kinderwelt Steiermark, Zentrale, Kärntner Straße 311, 8054 Graz

Sie lernen dabei unser Team kennen, sitzen bei einem Einführungstag für neue Assistentinnen dabei
und führen anschließend ein Gespräch mit mir und unserer pädagogischen Leitung. Bitte geben Sie
mir Bescheid, ob der Termin für Sie machbar ist.

Herzliche Grüße
Mag. Verena Url
Personal & Organisation
Kinderwelt Steiermark
Tel. 0316 29 11 48-20
""",
))

# ---------------------------------------------------------------- English (7)

_nordlicht_invite = """Hi Magdalena,

Thanks so much for applying to the Onboarding Coordinator role at Nordlicht Software! I'd love
to invite you to a 60-minute panel conversation with me, Lukas Hartl (Head of People) and Mira
Sandu (Engineering Manager).

Please pick a time that suits you using the link below - all slots are in Vienna time:
https://app.greenhouse.io/scheduling/candidate/7d13f0e2-nordlicht

We'll ask you to walk us through how you'd structure a new joiner's first two weeks; nothing to
prepare in writing.

Looking forward to it,
Anja

Anja Petrović
Talent Partner | Nordlicht Software"""

add(dict(
    name="greenhouse_panel_link", kind="interview_invitation", lang="en",
    company="Nordlicht Software", contact="anja.petrovic@nordlicht-software.example.at",
    frm=("Anja Petrović via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Anja Petrović", "anja.petrovic@nordlicht-software.example.at"),
    subject="Interview invitation: Onboarding Coordinator at Nordlicht Software",
    date="2026-03-09 12:31 +0000", key="nordlicht-invite",
    text=_nordlicht_invite,
    html=ats_card("Nordlicht Software", _nordlicht_invite,
                  "Sent via Greenhouse. Reply to this email to reach Anja Petrović.", "en",
                  color="#0b7285", button=("Choose a time",
                                           "https://app.greenhouse.io/scheduling/candidate/"
                                           "7d13f0e2-nordlicht")),
))

_savinja_invite = """Hi Magdalena,

Thank you for your application for HR Onboarding Coordinator (English-speaking) in Ljubljana.
We'd like to invite you to a first video interview:

Tuesday, 14 April 2026, 10:00-10:45 (CEST)
Microsoft Teams - the link is in the attached calendar invitation

You'll meet me and Rok Vidmar, our COO. Please accept the invitation so we know the time works.

Best regards,
Tjaša Kranjc
People Lead, Savinja Digital
Slovenska cesta 54, 1000 Ljubljana"""

add(dict(
    name="workable_video_ics", kind="interview_invitation", lang="en",
    company="Savinja Digital", contact="tjasa.kranjc@savinja-digital.example.si",
    frm=("Tjaša Kranjc via Workable", "noreply@workablemail.com"),
    reply_to=("Tjaša Kranjc", "tjasa.kranjc@savinja-digital.example.si"),
    subject="Interview: HR Onboarding Coordinator - Savinja Digital",
    date="2026-04-07 09:12 +0000", key="savinja-invite",
    text=_savinja_invite,
    html=ats_card("Savinja Digital", _savinja_invite, "Powered by Workable.", "en",
                  color="#065f46"),
    ics=dict(method="REQUEST", uid="workable-int-55120-savinja@workablemail.com", seq=0,
             start="2026-04-14 10:00", end="2026-04-14 10:45", tz="Europe/Ljubljana",
             summary="Interview Magdalena Ferreira-Kunz / Savinja Digital",
             location="Microsoft Teams Meeting",
             description="Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_savinja",
             prodid="-//Workable//Calendar//EN",
             organizer=("Tjaša Kranjc", "tjasa.kranjc@savinja-digital.example.si")),
))

add(dict(
    name="recruiter_phone_screen_ask", kind="interview_invitation", lang="en",
    company="Brightloom Analytics", contact="priya.nair@brightloom.example.es",
    frm=("Priya Nair", "priya.nair@brightloom.example.es"),
    subject="Quick call about People Operations Coordinator?",
    date="2026-02-24 16:10 +0100", key="brightloom-invite",
    text="""Hi Magdalena,

I'm Priya, I look after hiring for our Málaga office. Your application for People Operations
Coordinator caught my eye - moving from early-years education into onboarding is a story we
like here.

Could we do a 20-minute phone screen next Tuesday, 3 March, at 11:00 Spanish time? I'll call
the number on your CV. If that doesn't work, just reply with a couple of times that do.

Thanks,
Priya

Priya Nair | People Operations | Brightloom Analytics
Calle Alemania 12, 29001 Málaga
""",
))

add(dict(
    name="casual_free_thursday", kind="interview_invitation", lang="en",
    company="Danube Biologics", contact="tom.brandstaetter@danube-bio.example.at",
    frm=("Tom Brandstaetter", "tom.brandstaetter@danube-bio.example.at"),
    subject="Re: Application - Onboarding & Lab Admin Coordinator",
    date="2026-02-05 17:48 +0100", key="danube-invite", reply="danube-application",
    text="""Hi Magdalena,

thanks for your note and CV - nice to see an application that isn't a template.

Are you free Thursday next week to chat? Something like 4pm, 30 minutes, on Zoom or in person
at our place in the Vienna Biocenter, whatever's easier for you coming from Graz.

Tom

Tom Brandstaetter
Head of Operations, Danube Biologics
Dr.-Bohr-Gasse 11, 1030 Vienna

""" + reply_quote("en", "Mon, 26 Jan 2026 at 20:03", CAND_NAME, CAND,
                  """Dear Mr Brandstaetter,

please find attached my application for the Onboarding & Lab Admin Coordinator position.

Best regards,
Magdalena Ferreira-Kunz"""),
))

add(dict(
    name="headhunter_sets_up_hotel", kind="interview_invitation", lang="en",
    company="Alpine Crest Hotels", contact="j.okafor@harcourt-leigh.example.com",
    frm=("James Okafor", "j.okafor@harcourt-leigh.example.com"),
    subject="Alpine Crest Hotels - meeting with their HR director",
    date="2026-07-09 12:02 +0200", key="alpine-invite", refs=["harcourt-cold"],
    text="""Hello Magdalena,

Alpine Crest Hotels would like to meet you. Their regional HR director, Birgit Aigner, will see
you in person on Thursday 16 July at 14:30 in the Alpine Crest Vienna Ringstrasse (lobby
lounge, ask for her at reception). Plan for about an hour.

They'll want to hear how you'd bring 60 seasonal staff up to speed in the two weeks before a
hotel opens - your kindergarten start-of-year routine is a genuinely good example, use it.

Can you confirm by tomorrow? I'll send a short briefing on the group on Monday.

Best regards,
James

James Okafor
Principal Consultant, People & HR practice
Harcourt Leigh Search
Kärntner Ring 5-7, 1010 Vienna | +43 1 205 77 19
""",
))

_ljp_ac = """Dear Magdalena,

Following your first interview, we are pleased to invite you to the assessment day for the HR
Onboarding Coordinator role.

Date: Tuesday, 25 August 2026, 09:00-15:00
Place: Ljubljanica Pharma, Dunajska cesta 160, Ljubljana - Building C, training room 2

The day includes a group case study, a short presentation on "The first 30 days of a production
technician" and a conversation with our HR Director. Lunch will be provided. We cover travel
costs from Graz by train.

Please confirm your attendance by 17 August.

Kind regards,
Maja Zupančič
HR Business Partner, Ljubljanica Pharma"""

add(dict(
    name="pharma_assessment_day", kind="interview_invitation", lang="en",
    company="Ljubljanica Pharma", contact="maja.zupancic@ljubljanica-pharma.example.si",
    frm=("Maja Zupančič", "maja.zupancic@ljubljanica-pharma.example.si"),
    frm_enc="utf-8:B",
    subject="Invitation to assessment day - HR Onboarding Coordinator",
    date="2026-08-10 14:27 +0200", key="ljpharma-ac",
    cte="base64",
    text=_ljp_ac,
    html=simple_html(_ljp_ac, "en"),
))

_kestrel_invite = """Hi Magdalena,

Great news - Sofia would like to move you forward to a first interview for the Onboarding
Coordinator position at Kestrel Mobility.

Please use the link below to book a 45-minute video call. Available times are shown in your
local time zone.

Book your interview: https://jobs.ashbyhq.com/kestrel-mobility/interview/3f9c2b

If none of the times work, just reply to this email and Sofia will help.

The Kestrel Mobility team"""

add(dict(
    name="ashby_booking_link", kind="interview_invitation", lang="en",
    company="Kestrel Mobility", contact="sofia.lindqvist@kestrel-mobility.example.at",
    frm=("Kestrel Mobility", "no-reply@ashbyhq.com"),
    reply_to=("Sofia Lindqvist", "sofia.lindqvist@kestrel-mobility.example.at"),
    subject="Schedule your interview with Kestrel Mobility",
    date="2026-09-16 13:09 +0000", key="kestrel-invite",
    text=_kestrel_invite,
    html=ats_card("Kestrel Mobility", _kestrel_invite, "Sent with Ashby.", "en",
                  color="#7c3aed", button=("Book your interview",
                                           "https://jobs.ashbyhq.com/kestrel-mobility/"
                                           "interview/3f9c2b")),
))

# ---------------------------------------------------------------- French (3)

_ill_invite = """Madame Ferreira-Kunz,

Votre candidature au poste de coordinatrice de l'intégration des nouveaux salariés a retenu
toute notre attention. Nous avons le plaisir de vous convier à un entretien avec un jury
composé de Mme Claire Weiss, directrice des soins, de M. Hugo Ringeisen, directeur des
ressources humaines, et de moi-même.

Date : jeudi 7 mai 2026, de 14h00 à 15h00
Lieu : Clinique de l'Ill, bâtiment administratif, salle du conseil (2e étage)

Vous trouverez ci-joint l'invitation pour votre agenda. Merci de bien vouloir confirmer votre
présence en l'acceptant.

Bien cordialement,

Sandrine Muller-Kieffer
Responsable du développement RH
Clinique de l'Ill
12 quai des Bateliers, 67000 Strasbourg
Tél. : +33 3 88 25 61 40"""

add(dict(
    name="clinique_jury_ics", kind="interview_invitation", lang="fr",
    company="Clinique de l'Ill", contact="s.mullerkieffer@clinique-ill.example.fr",
    frm=("Sandrine Muller-Kieffer", "s.mullerkieffer@clinique-ill.example.fr"),
    subject="Convocation à un entretien - coordinatrice intégration",
    date="2026-04-28 11:16 +0200", key="ill-invite",
    charset="windows-1252",
    text=_ill_invite,
    html=word_html(_ill_invite, "fr"),
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-ILL-0507", seq=0,
             start="2026-05-07 14:00", end="2026-05-07 15:00", tz="Europe/Paris",
             summary="Entretien - Mme Ferreira-Kunz - coordinatrice intégration",
             location="Clinique de l'Ill, salle du conseil",
             organizer=("Sandrine Muller-Kieffer", "s.mullerkieffer@clinique-ill.example.fr")),
))

add(dict(
    name="usine_journee_evaluation", kind="interview_invitation", lang="fr",
    company="Alsace Mécanique", contact="thierry.kuntz@alsace-meca.example.fr",
    frm=("Thierry Kuntz", "thierry.kuntz@alsace-meca.example.fr"),
    subject="Invitation : journée d'évaluation du 18 juin",
    subj_enc="iso-8859-1:B",
    date="2026-06-10 08:47 +0200", key="alsace-ac",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Ferreira-Kunz,

Suite à notre échange téléphonique, j'ai le plaisir de vous inviter à notre journée d'évaluation
pour le poste de chargée d'accueil et d'intégration (site de Reichstett).

Jeudi 18 juin 2026, de 8h30 à 16h00
Alsace Mécanique, 3 rue de l'Industrie, 67116 Reichstett - accueil principal

Au programme : visite des ateliers, mise en situation (accueil d'un intérimaire le premier
jour), exercice en groupe et entretien individuel avec notre DRH. Le déjeuner est offert.

Merci de me confirmer votre venue et de vous munir d'une pièce d'identité pour l'accès au site.

Cordialement,
Thierry Kuntz
Responsable recrutement
Alsace Mécanique
Tél. 03 88 20 47 11
""",
))

add(dict(
    name="cabinet_entretien_client", kind="interview_invitation", lang="fr",
    company="Maison Schaeffer Distribution", contact="julien.metzger@vosges-talents.example.fr",
    frm=("Julien Metzger", "julien.metzger@vosges-talents.example.fr"),
    subject="Entretien chez Maison Schaeffer le 28 mai",
    date="2026-05-18 17:20 +0200", key="schaeffer-invite",
    text="""Bonjour Magdalena,

Bonne nouvelle : Maison Schaeffer Distribution souhaite vous rencontrer pour le poste de
responsable de l'intégration des équipes magasins.

Jeudi 28 mai à 10h00, au siège d'Illkirch (14 rue Vauban), avec Mme Nathalie Hartmann, DRH.
Comptez une heure environ.

Je vous appelle demain pour vous briefer sur l'entreprise et sur ce que Mme Hartmann attend
de ce recrutement. Pouvez-vous me confirmer le rendez-vous d'ici là ?

À demain,
Julien Metzger
Consultant senior – Cabinet Vosges Talents
5 rue du Dôme, 67000 Strasbourg – 03 88 32 17 90
""",
))

# ---------------------------------------------------------------- Spanish (3)

add(dict(
    name="software_videollamada", kind="interview_invitation", lang="es",
    company="Axarquía Software", contact="lucia.moreno@axarquia-soft.example.es",
    frm=("Lucía Moreno Vela", "lucia.moreno@axarquia-soft.example.es"),
    subject="Entrevista para Coordinadora de Onboarding",
    date="2026-06-03 12:40 +0200", key="axarquia-invite",
    text=(_axa := """Hola, Magdalena:

Gracias por tu candidatura para el puesto de Coordinadora de Onboarding. Nos ha gustado mucho tu
carta, y nos gustaría conocerte en una entrevista por videollamada.

Te propongo el miércoles 10 de junio a las 10:00 (hora peninsular), por Google Meet:
https://meet.google.com/axa-onb-1006

Estaremos Jaime, nuestro CEO, y yo. La entrevista durará unos 45 minutos. ¿Te viene bien?

Un saludo,
Lucía Moreno Vela
People & Culture | Axarquía Software
Parque Tecnológico de Andalucía, C/ Severo Ochoa 16, 29590 Málaga"""),
    html=simple_html(_axa, "es"),
))

add(dict(
    name="agencia_entrevista_cliente", kind="interview_invitation", lang="es",
    company="Grupo Almendral", contact="alvaro.jimenez@talentosur.example.es",
    frm=("Álvaro Jiménez Peña", "alvaro.jimenez@talentosur.example.es"),
    frm_enc="iso-8859-1:Q",
    subject="Entrevista con Grupo Almendral el jueves 16",
    date="2026-07-08 10:05 +0200", key="almendral-invite",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Magdalena:

¡Buenas noticias! Grupo Almendral quiere conocerte para el puesto de Técnica de Incorporación
de las tiendas de la Costa del Sol.

La entrevista será el jueves 16 de julio a las 9:30 en sus oficinas centrales (Avda. Velázquez
120, Málaga), con Carmen Ruiz, directora de personas. Lleva tu CV impreso y, si puedes, algún
ejemplo de un plan de acogida que hayas preparado.

Confírmame cuando puedas y te llamo antes para prepararla juntos.

Un abrazo,
Álvaro Jiménez Peña
Consultor de selección | Talento Sur Selección
""",
))

add(dict(
    name="fabrica_entrevista_presencial", kind="interview_invitation", lang="es",
    company="Fábrica de Conservas Rincón", contact="francisco.galvez@conservasrincon.example.es",
    frm=("Paco Gálvez Ruiz", "francisco.galvez@conservasrincon.example.es"),
    subject="Entrevista - Técnico/a de RR. HH. (acogida de temporada)",
    date="2026-09-22 13:31 +0200", key="rincon-invite",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Buenas tardes, Magdalena:

Hemos revisado tu candidatura para el puesto de Técnico/a de RR. HH. con foco en la acogida de
personal de temporada y nos gustaría que vinieras a la fábrica para una entrevista.

¿Te vendría bien el martes 6 de octubre a las 11:00? Después te enseño la línea de envasado,
que es donde más gente nueva entra cada campaña.

Estamos en el Polígono Trévenez, C/ Alcalde Garret 12. Al llegar pregunta por mí en portería.

Un saludo,
Paco Gálvez
Responsable de Personas
Fábrica de Conservas Rincón
Tel. 952 17 30 66
""",
))

# ================================================================ interview_reschedule_or_cancel

# ---------------------------------------------------------------- German (8)

add(dict(
    name="schoeckl_moved_sequence", kind="interview_reschedule_or_cancel", lang="de",
    company="Schöckl Antriebstechnik", contact="l.hofbauer@schoeckl-antriebe.example.at",
    frm=("Lisa Hofbauer-Strobl", "l.hofbauer@schoeckl-antriebe.example.at"),
    subject="Aktualisiert: Kennenlernen Onboarding-Koordinatorin – neuer Termin 2. März",
    date="2026-02-23 11:52 +0100", key="schoeckl-moved", reply="schoeckl-invite",
    text=(_sch_move := """Sehr geehrte Frau Ferreira-Kunz,

leider muss ich unser Kennenlernen am Donnerstag, 26. Februar, um 10:00 Uhr verschieben – an
diesem Tag findet kurzfristig ein Kundenaudit statt, bei dem unsere Werksleitung dabei sein
muss.

Neuer Termin: Montag, 2. März 2026, 13:30 Uhr, gleicher Ort (Empfang Verwaltung, Andritzer
Reichsstraße 150). Die aktualisierte Kalendereinladung ist angehängt.

Wenn der neue Termin nicht passt, rufen Sie mich bitte an.

Freundliche Grüße
Lisa Hofbauer-Strobl
HR Business Partnerin | Schöckl Antriebstechnik GmbH
+43 316 6944 210"""),
    html=simple_html(_sch_move, "de"),
    ics=dict(method="REQUEST", uid="personio-iv-7Hq2xK9@schoeckl-antriebe.example.at", seq=1,
             start="2026-03-02 13:30", end="2026-03-02 14:15", tz="Europe/Vienna",
             summary="Kennenlernen Onboarding-Koordinatorin – Ferreira-Kunz",
             location="Schöckl Antriebstechnik, Empfang Verwaltung",
             organizer=("Lisa Hofbauer-Strobl", "l.hofbauer@schoeckl-antriebe.example.at")),
))

add(dict(
    name="headhunter_client_moves", kind="interview_reschedule_or_cancel", lang="de",
    company="Brenner Medizintechnik", contact="f.wiesinger@isarkopf.example.de",
    frm=("Florian Wiesinger", "f.wiesinger@isarkopf.example.de"),
    subject="Verschiebung: Brenner Medizintechnik jetzt am 9. Juni",
    date="2026-05-26 12:18 +0200", key="brenner-moved", reply="brenner-invite",
    refs=["isarkopf-cold"],
    text="""Liebe Frau Ferreira-Kunz,

Frau Dr. Vogl hat sich gemeldet: Am 3. Juni ist bei Brenner ein Audit der Benannten Stelle, die
Werkleitung ist komplett gebunden. Das Gespräch wird deshalb auf Dienstag, 9. Juni, 15:00 bis
16:00 Uhr verlegt – wieder per Teams, gleiche Besetzung.

Die geänderte Einladung hängt an. Geben Sie mir bitte kurz Bescheid, ob Sie können; falls
nicht, habe ich noch den 10. Juni vormittags als Alternative.

Herzliche Grüße
Florian Wiesinger
Isarkopf Executive Search
""",
    attach=[dict(filename="Brenner_Kennenlernen_neu.ics", ics=dict(
        method="REQUEST", uid="isarkopf-brenner-2026-06-03@isarkopf.example.de", seq=1,
        start="2026-06-09 15:00", end="2026-06-09 16:00", tz="Europe/Berlin",
        summary="Kennenlernen Brenner Medizintechnik – Magdalena Ferreira-Kunz (verschoben)",
        location="Microsoft Teams",
        organizer=("Florian Wiesinger", "f.wiesinger@isarkopf.example.de")))],
))

_rochus_ill = """Sehr geehrte Frau Ferreira-Kunz,

ich muss mich leider mit einer Änderung melden: Unsere Pflegedirektorin, DGKP Renate Haas, ist
erkrankt und fällt voraussichtlich bis Ende der Woche aus. Da wir das Gespräch gerne in voller
Besetzung führen möchten, verlegen wir den Termin vom 13. Mai auf

Mittwoch, 20. Mai 2026, 9:00–10:00 Uhr, gleicher Raum.

Die Einladung in Ihrem Kalender wird damit aktualisiert. Entschuldigen Sie die Umstände!

Mit freundlichen Grüßen
Mag.a Elisabeth Pöltl
Leitung Personalentwicklung
Ordensklinikum Sankt Rochus"""

add(dict(
    name="ordensklinikum_interviewer_ill", kind="interview_reschedule_or_cancel", lang="de",
    company="Ordensklinikum Sankt Rochus", contact="elisabeth.poeltl@st-rochus.example.at",
    frm=("Pöltl Elisabeth, Mag.a", "elisabeth.poeltl@st-rochus.example.at"),
    frm_enc="utf-8:Q",
    subject="Aktualisiert: Gespräch Koordinatorin Onboarding – jetzt 20. Mai 9:00",
    date="2026-05-11 07:36 +0200", key="rochus-moved", reply="rochus-invite",
    charset="windows-1252",
    text=_rochus_ill,
    html=word_html(_rochus_ill, "de"),
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-ROCHUS-0513", seq=1,
             start="2026-05-20 09:00", end="2026-05-20 10:00", tz="Europe/Vienna",
             summary="Gespräch Koordinatorin Onboarding – Ferreira-Kunz",
             location="Verwaltungstrakt 2. OG, Besprechungsraum Clara",
             organizer=("Pöltl Elisabeth, Mag.a", "elisabeth.poeltl@st-rochus.example.at")),
))

add(dict(
    name="cloud_meeting_cancelled_ics", kind="interview_reschedule_or_cancel", lang="de",
    company="Kärnten Cloud Systems", contact="markus.wernig@kaernten-cloud.example.at",
    frm=("Markus Wernig", "markus.wernig@kaernten-cloud.example.at"),
    subject="Abgesagt: Video-Interview Onboarding Coordinator (17.09.)",
    date="2026-09-15 17:05 +0200", key="kcs-cancel", reply="kcs-invite",
    text="""Hallo Frau Ferreira-Kunz,

ich muss unser Video-Interview am Donnerstag leider absagen: Daniel und ich sind kurzfristig in
eine zweitägige Klausur der Geschäftsführung eingebunden. Das betrifft nur den Termin – Ihre
Bewerbung ist weiterhin im Rennen.

Ich melde mich, sobald ich weiß, wie es bei uns nach der Klausur weitergeht, und schlage Ihnen
dann neue Zeiten vor.

Beste Grüße
Markus Wernig
People & Culture, Kärnten Cloud Systems
""",
    ics=dict(method="CANCEL", uid="recruitee-8813-kcs-onboarding@kaernten-cloud.example.at",
             seq=1, start="2026-09-17 13:00", end="2026-09-17 13:45", tz="Europe/Vienna",
             summary="Abgesagt: Video-Interview Onboarding Coordinator",
             location="https://meet.google.com/kcs-onb-2026",
             organizer=("Markus Wernig", "markus.wernig@kaernten-cloud.example.at")),
))

add(dict(
    name="kinderwelt_confirms_new_day", kind="interview_reschedule_or_cancel", lang="de",
    company="Kinderwelt Steiermark", contact="verena.url@kinderwelt-stmk.example.at",
    frm=("Mag. Verena Url", "verena.url@kinderwelt-stmk.example.at"),
    subject="AW: Hospitationstag am 21. Juli – Verschiebung möglich?",
    date="2026-07-17 09:03 +0200", key="kinderwelt-moved", reply="kinderwelt-ask",
    refs=["kinderwelt-invite", "kinderwelt-ask"],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Liebe Frau Ferreira-Kunz,

kein Problem, das Abschlussfest Ihrer Gruppe geht natürlich vor! Wir verlegen den
Hospitationstag auf Freitag, 24. Juli, wieder von 8:00 bis 13:00 Uhr. An diesem Tag ist
ebenfalls ein Einführungstag für neue Assistentinnen, Sie verpassen also nichts.

Alles andere bleibt wie besprochen.

Herzliche Grüße
Verena Url

""" + reply_quote("de", "Mi., 15. Juli 2026 um 19:47", CAND_NAME, CAND, ASK_KINDERWELT),
))

add(dict(
    name="holzindustrie_ac_postponed", kind="interview_reschedule_or_cancel", lang="de",
    company="Murauer Holzindustrie", contact="sandra.zechner@murauer-holz.example.at",
    frm=("Ing. Sandra Zechner", "sandra.zechner@murauer-holz.example.at"),
    subject="Assessment Center – neuer Termin 3. Juli",
    date="2026-06-22 10:26 +0200", key="murauer-moved", reply="murauer-invite",
    cte="base64",
    text="""Sehr geehrte Frau Ferreira-Kunz,

wegen des Hochwassers an der Mur ist unser Schulungszentrum in der kommenden Woche nicht
benutzbar. Das Assessment Center vom 26. Juni findet deshalb eine Woche später statt, am
Freitag, 3. Juli 2026, zu denselben Zeiten (8:30 bis ca. 15:30 Uhr).

Ablauf und Präsentationsthema bleiben unverändert. Bitte bestätigen Sie mir kurz, ob Sie am
neuen Termin teilnehmen können.

Mit freundlichen Grüßen
Ing. Sandra Zechner
Personalleitung, Murauer Holzindustrie
""",
))

_isar_move = """Sehr geehrte Frau Ferreira-Kunz,

Ihr Interviewtermin für die Stelle Koordinatorin Onboarding (R-2026-0815) wurde geändert.

Bisheriger Termin: Mittwoch, 19. August 2026, 14:00 Uhr
Neuer Termin: Freitag, 21. August 2026, 10:30 Uhr (Videokonferenz)

Die Details und den Einwahllink finden Sie im Karriereportal unter „Meine Aufgaben".

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Isarauen München

Bitte antworten Sie nicht auf diese automatisch versendete Nachricht."""

add(dict(
    name="workday_interview_changed", kind="interview_reschedule_or_cancel", lang="de",
    company="Klinikum Isarauen", contact="",
    frm=("Klinikum Isarauen Karriere", "isarauen@myworkday.com"),
    subject="Terminänderung: Interview Koordinatorin Onboarding",
    subj_enc="iso-8859-1:Q",
    date="2026-08-18 12:10 +0000", key="isarauen-moved",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Klinikum Isarauen München", _isar_move, "Powered by Workday.", "de",
                  color="#005b96"),
))

add(dict(
    name="versicherung_later_slot", kind="interview_reschedule_or_cancel", lang="de",
    company="Pöstlingberg Versicherung", contact="christoph.lindner@poestlingberg-vers.example.at",
    frm=("Lindner Christoph", "christoph.lindner@poestlingberg-vers.example.at"),
    subject="Gespräch am 2.9. – 15:30 statt 14:00?",
    date="2026-08-27 13:44 +0200", key="poestling-moved", reply="poestling-invite",
    charset="windows-1252",
    text=(_poest_move := """Sehr geehrte Frau Ferreira-Kunz,

Frau Mag. Kastner hat am 2. September bis 15 Uhr eine Schadensbesichtigung. Könnten wir unser
Gespräch deshalb von 14:00 auf 15:30 Uhr verschieben? Der Teams-Link bleibt derselbe, die
Outlook-Einladung passe ich gleich an.

Danke für Ihre Flexibilität!

Freundliche Grüße
Christoph Lindner
Personalentwicklung, Pöstlingberg Versicherung"""),
    html=word_html(_poest_move, "de"),
))

# ---------------------------------------------------------------- English (3)

add(dict(
    name="greenhouse_interviewer_sick", kind="interview_reschedule_or_cancel", lang="en",
    company="Nordlicht Software", contact="anja.petrovic@nordlicht-software.example.at",
    frm=("Anja Petrović via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Anja Petrović", "anja.petrovic@nordlicht-software.example.at"),
    subject="Change of plan for Tuesday's panel",
    date="2026-03-16 15:20 +0000", key="nordlicht-moved", reply="nordlicht-invite",
    text="""Hi Magdalena,

Lukas has come down with the flu, so we need to move tomorrow's panel. Rather than do it
without him, could we meet on Friday, 20 March, at 14:00 instead? Same format, same Teams link.

If Friday doesn't suit, reply with two or three times next week and I'll make it work.

Sorry for the short notice,
Anja

Anja Petrović
Talent Partner | Nordlicht Software

--
Sent via Greenhouse
""",
))

_kestrel_update = """Hi Magdalena,

I've had to move our interview again - apologies! Our VP People is flying back from Stockholm
and her flight was changed. The updated invitation is attached: Wednesday 30 September, 16:00
Vienna time, same video link.

If that's a problem, just reply and we'll find something else.

Best,
Sofia

Sofia Lindqvist
Senior Recruiter | Kestrel Mobility
Mariahilfer Straße 101, 1060 Vienna"""

add(dict(
    name="calendar_update_seq2", kind="interview_reschedule_or_cancel", lang="en",
    company="Kestrel Mobility", contact="sofia.lindqvist@kestrel-mobility.example.at",
    frm=("Sofia Lindqvist", "sofia.lindqvist@kestrel-mobility.example.at"),
    subject="Updated invitation: Interview Kestrel Mobility @ Wed 30 Sep 16:00",
    date="2026-09-21 18:33 +0200", key="kestrel-moved", reply="kestrel-invite",
    text=_kestrel_update,
    html=simple_html(_kestrel_update, "en"),
    ics=dict(method="REQUEST", uid="ashby-iv-3f9c2b@kestrel-mobility.example.at", seq=2,
             start="2026-09-30 16:00", end="2026-09-30 16:45", tz="Europe/Vienna",
             summary="Interview: Magdalena Ferreira-Kunz <> Kestrel Mobility",
             location="Google Meet", prodid="-//Google Inc//Google Calendar 70.9054//EN",
             organizer=("Sofia Lindqvist", "sofia.lindqvist@kestrel-mobility.example.at")),
))

add(dict(
    name="headhunter_client_cancels", kind="interview_reschedule_or_cancel", lang="en",
    company="Alpine Crest Hotels", contact="j.okafor@harcourt-leigh.example.com",
    frm=("James Okafor", "j.okafor@harcourt-leigh.example.com"),
    subject="Tomorrow's meeting with Alpine Crest is off - new date to follow",
    date="2026-07-15 18:51 +0200", key="alpine-cancel", reply="alpine-invite",
    text="""Hello Magdalena,

Birgit Aigner's office has just called: she has to be in Kitzbühel tomorrow for an emergency
at the construction site, so tomorrow's 14:30 meeting is cancelled. They were very apologetic
and want to see you as soon as she's back in Vienna - I'm expecting two new dates by Friday.

I've sent a cancellation for the calendar entry so it doesn't sit in your diary.

Best,
James
""",
    attach=[dict(filename="cancelled.ics", ics=dict(
        method="CANCEL", uid="harcourt-alpine-0716@harcourt-leigh.example.com", seq=1,
        start="2026-07-16 14:30", end="2026-07-16 15:30", tz="Europe/Vienna",
        summary="Alpine Crest Hotels - Birgit Aigner / Magdalena Ferreira-Kunz",
        location="Alpine Crest Vienna Ringstrasse, lobby lounge",
        organizer=("James Okafor", "j.okafor@harcourt-leigh.example.com")))],
))

# ---------------------------------------------------------------- French (2)

add(dict(
    name="clinique_method_cancel", kind="interview_reschedule_or_cancel", lang="fr",
    company="Clinique de l'Ill", contact="s.mullerkieffer@clinique-ill.example.fr",
    frm=("Sandrine Muller-Kieffer", "s.mullerkieffer@clinique-ill.example.fr"),
    subject="Annulé : Entretien - Mme Ferreira-Kunz - coordinatrice intégration",
    subj_enc="iso-8859-1:Q",
    date="2026-05-04 17:02 +0200", key="ill-cancel", reply="ill-invite",
    charset="iso-8859-1",
    text="""Madame Ferreira-Kunz,

Je suis au regret de devoir annuler l'entretien prévu ce jeudi 7 mai à 14h00. Notre directrice
des soins a été appelée en urgence à l'ARS et le jury ne peut pas se réunir.

Je reviens vers vous rapidement.

Sandrine Muller-Kieffer
Responsable du développement RH
Clinique de l'Ill
""",
    ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E008-ILL-0507", seq=1,
             start="2026-05-07 14:00", end="2026-05-07 15:00", tz="Europe/Paris",
             summary="Annulé : Entretien - Mme Ferreira-Kunz - coordinatrice intégration",
             location="Clinique de l'Ill, salle du conseil",
             organizer=("Sandrine Muller-Kieffer", "s.mullerkieffer@clinique-ill.example.fr")),
))

_krut = """Bonjour Magdalena,

Petit changement pour notre visio de mercredi 17 juin : Élodie, qui devait la mener avec moi,
sera en déplacement chez un client à Mulhouse. Nous vous proposons de la décaler au vendredi
19 juin à 11h00, même lien.

Si ce créneau ne vous convient pas, répondez simplement à ce message et nous trouverons une
autre date.

À bientôt,
Hélène Brunstein
Talent acquisition – Krutenau Numérique"""

add(dict(
    name="numerique_visio_decalee", kind="interview_reschedule_or_cancel", lang="fr",
    company="Krutenau Numérique", contact="helene.brunstein@krutenau-numerique.example.fr",
    frm=("Krutenau Numérique", "no-reply@teamtailor-mail.com"),
    reply_to=("Hélène Brunstein", "helene.brunstein@krutenau-numerique.example.fr"),
    reply_to_enc="iso-8859-1:Q",
    subject="Votre entretien avec Krutenau Numérique a été déplacé",
    date="2026-06-15 09:58 +0000", key="krutenau-moved",
    text=_krut,
    html=ats_card("Krutenau Numérique", _krut,
                  "Envoyé avec Teamtailor. Les réponses sont transmises à Hélène Brunstein.",
                  "fr", color="#db2777"),
))

# ---------------------------------------------------------------- Spanish (2)

add(dict(
    name="software_cambio_hora", kind="interview_reschedule_or_cancel", lang="es",
    company="Axarquía Software", contact="lucia.moreno@axarquia-soft.example.es",
    frm=("Lucía Moreno Vela", "lucia.moreno@axarquia-soft.example.es"),
    subject="Re: Entrevista para Coordinadora de Onboarding",
    date="2026-06-08 09:14 +0200", key="axarquia-moved", reply="axarquia-ask",
    refs=["axarquia-invite", "axarquia-ask"],
    text="""Hola, Magdalena:

Sin problema, entendemos lo de la mudanza. Pasamos la entrevista al jueves 11 de junio a las
16:00, con el mismo enlace de Google Meet. Jaime también puede a esa hora.

¡Hasta el jueves!
Lucía

""" + reply_quote("es", "vie, 5 jun 2026 a las 21:16", CAND_NAME, CAND, ASK_AXARQUIA),
))

add(dict(
    name="hospital_aplaza_entrevista", kind="interview_reschedule_or_cancel", lang="es",
    company="Hospital Guadalmedina", contact="rocio.bermudez@hospitalguadalmedina.example.es",
    frm=("Rocío Bermúdez Lara", "rocio.bermudez@hospitalguadalmedina.example.es"),
    subject="Aplazamiento de su entrevista del 15 de abril",
    subj_enc="iso-8859-1:B",
    date="2026-04-13 19:40 +0200", key="guadalmedina-cancel",
    cte="base64",
    text="""Estimada Sra. Ferreira-Kunz:

Por una incidencia en el servicio de urgencias, la comisión de selección no podrá reunirse el
miércoles 15 de abril, por lo que nos vemos obligados a suspender la entrevista prevista para
ese día.

Su candidatura sigue en el proceso. En cuanto tengamos nueva fecha, le escribiré para
reprogramarla.

Disculpe las molestias.

Rocío Bermúdez Lara
Técnica de Selección | Recursos Humanos
Hospital Guadalmedina
""",
))

# ================================================================ missed_interview_notice

# ---------------------------------------------------------------- German (5)

add(dict(
    name="klinikum_called_twice", kind="missed_interview_notice", lang="de",
    company="Klinikum St. Leonhard", contact="bernhard.gsellmann@klinikum-leonhard.example.at",
    frm=("Bernhard Gsellmann", "bernhard.gsellmann@klinikum-leonhard.example.at"),
    subject="Unser Telefoninterview heute um 10:00",
    date="2026-02-03 10:41 +0100", key="leonhard-missed", reply="leonhard-invite",
    text="""Sehr geehrte Frau Ferreira-Kunz,

ich habe heute wie vereinbart um 10:00 Uhr und nochmals um 10:15 Uhr versucht, Sie unter
+43 664 218 55 09 zu erreichen, leider ohne Erfolg – es hat sich jeweils nur die Mailbox
gemeldet.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Donnerstag bei mir.

Freundliche Grüße
Bernhard Gsellmann
Personalentwicklung, Klinikum St. Leonhard Graz
""",
))

add(dict(
    name="startup_cafe_no_show", kind="missed_interview_notice", lang="de",
    company="Kinderleicht HR-Software", contact="jakob@kinderleicht-hr.example.at",
    frm=("Jakob Reiter", "jakob@kinderleicht-hr.example.at"),
    subject="Re: Kaffee am Donnerstag?",
    date="2026-08-20 10:22 +0200", key="kinderleicht-missed", reply="kinderleicht-invite",
    text="""Hey Magdalena,

ich sitz seit halb zehn im Rosenhain, aber von dir keine Spur – alles ok bei dir? Vielleicht
hab ich mich beim Tag vertan, dann sorry!

Meld dich einfach, wenn's dir passt.

Lg Jakob

""" + quote("""Hast du Donnerstag Zeit auf einen Kaffee? Ich wär ab 9:30 im Café Rosenhain in der
Zinzendorfgasse, dauert ca. eine Stunde."""),
))

add(dict(
    name="agency_client_waited", kind="missed_interview_notice", lang="de",
    company="Marchfelder Frischmarkt", contact="nina.hauptmann@kainz-personal.example.at",
    frm=("Nina Hauptmann | Kainz Personalservice", "nina.hauptmann@kainz-personal.example.at"),
    subject="Termin in Gänserndorf heute – Sie sind nicht erschienen",
    date="2026-09-22 10:52 +0200", reply="marchfelder-invite",
    charset="windows-1252",
    text="""Frau Ferreira-Kunz,

Frau Berger von Marchfelder Frischmarkt hat mich eben angerufen: Sie und der Filialleiter haben
ab 10:00 Uhr in der Zentrale auf Sie gewartet, Sie sind jedoch nicht erschienen und waren
telefonisch nicht erreichbar.

Bitte rufen Sie mich heute noch zurück, damit ich dem Kunden eine Erklärung geben kann.

Nina Hauptmann
Kainz Personalservice
+43 1 714 28 60-23
""",
))

add(dict(
    name="versicherung_teams_waited", kind="missed_interview_notice", lang="de",
    company="Pöstlingberg Versicherung", contact="christoph.lindner@poestlingberg-vers.example.at",
    frm=("Lindner Christoph", "christoph.lindner@poestlingberg-vers.example.at"),
    subject="Teams-Gespräch heute 15:30",
    date="2026-09-02 15:52 +0200", reply="poestling-moved",
    refs=["poestling-invite", "poestling-moved"],
    charset="windows-1252", cte="quoted-printable",
    text=(_poest_miss := """Sehr geehrte Frau Ferreira-Kunz,

Frau Mag. Kastner und ich waren ab 15:30 Uhr im Teams-Meeting und haben eine Viertelstunde auf
Sie gewartet. Leider haben Sie sich nicht eingewählt.

Wir hoffen, es ist nichts passiert. Wenn Sie weiterhin Interesse haben, schreiben Sie mir bitte
bis Freitag – dann sehen wir, ob sich noch ein Termin einrichten lässt.

Freundliche Grüße
Christoph Lindner
Personalentwicklung, Pöstlingberg Versicherung AG"""),
    html=word_html(_poest_miss, "de"),
))

_murpark_miss = """Sehr geehrte Frau Ferreira-Kunz,

Sie hatten für den 1. Oktober 2026 um 16:00 Uhr ein Videointerview für die Stelle
„Personalassistenz Onboarding (Teilzeit)" gebucht. Laut unserem System haben Sie an diesem Termin
nicht teilgenommen.

Über den folgenden Link können Sie einmalig einen neuen Termin auswählen:
https://murpark-management.softgarden.io/interview/rebook/55a1c

Ihr Murpark Center Management"""

add(dict(
    name="softgarden_video_no_show", kind="missed_interview_notice", lang="de",
    company="Murpark Center Management", contact="",
    frm=("Murpark Center Management", "noreply@softgarden.io"),
    subject="Ihr Videointerview am 1. Oktober",
    date="2026-10-02 06:30 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_murpark_miss,
    html=ats_card("Murpark Center Management", _murpark_miss,
                  "Diese Nachricht wurde automatisch über softgarden versendet.", "de",
                  color="#0369a1",
                  button=("Neuen Termin wählen",
                          "https://murpark-management.softgarden.io/interview/rebook/55a1c")),
))

# ---------------------------------------------------------------- English (2)

add(dict(
    name="startup_waited_on_teams", kind="missed_interview_notice", lang="en",
    company="Savinja Digital", contact="tjasa.kranjc@savinja-digital.example.si",
    frm=("Tjaša Kranjc", "tjasa.kranjc@savinja-digital.example.si"),
    subject="We missed you this morning",
    date="2026-04-14 10:25 +0200", key="savinja-missed", reply="savinja-invite",
    text="""Hi Magdalena,

Rok and I waited on Teams from 10:00 until about 10:20, but you didn't join. I hope everything
is alright.

If something came up, let me know - we may still be able to find another time this week.

Best,
Tjaša

Tjaša Kranjc | People Lead | Savinja Digital
""",
))

add(dict(
    name="recruiter_no_answer_call", kind="missed_interview_notice", lang="en",
    company="Brightloom Analytics", contact="priya.nair@brightloom.example.es",
    frm=("Priya Nair", "priya.nair@brightloom.example.es"),
    subject="Re: Quick call about People Operations Coordinator?",
    date="2026-03-03 11:21 +0100", key="brightloom-missed", reply="brightloom-invite",
    text="""Hi Magdalena,

I tried calling you twice at 11:00 for our phone screen but there was no answer, and the
voicemail box was full.

Are you still interested? Let me know and I'll see what I can do.

Priya

""" + reply_quote("en", "Tue, 24 Feb 2026 at 16:10", "Priya Nair",
                  "priya.nair@brightloom.example.es",
                  "Could we do a 20-minute phone screen next Tuesday, 3 March, at 11:00 Spanish "
                  "time?\nI'll call the number on your CV."),
))

# ---------------------------------------------------------------- French (2)

add(dict(
    name="usine_absente_evaluation", kind="missed_interview_notice", lang="fr",
    company="Alsace Mécanique", contact="thierry.kuntz@alsace-meca.example.fr",
    frm=("Thierry Kuntz", "thierry.kuntz@alsace-meca.example.fr"),
    subject="Journée d'évaluation de ce matin",
    date="2026-06-18 11:05 +0200", reply="alsace-ac",
    charset="iso-8859-1",
    text="""Bonjour Madame Ferreira-Kunz,

Nous vous attendions ce matin à 8h30 pour la journée d'évaluation ; les autres candidats ont
commencé sans vous et nous n'avons pas réussi à vous joindre sur votre portable.

Pourriez-vous me dire ce qui s'est passé ? Je ne peux malheureusement pas vous intégrer
en cours de journée.

Cordialement,
Thierry Kuntz
Responsable recrutement, Alsace Mécanique
""",
))

add(dict(
    name="cabinet_deux_appels", kind="missed_interview_notice", lang="fr",
    company="Cabinet Vosges Talents", contact="julien.metzger@vosges-talents.example.fr",
    frm=("Julien Metzger", "julien.metzger@vosges-talents.example.fr"),
    subject="Notre entretien téléphonique de 9h30",
    date="2026-07-20 09:52 +0200",
    charset="windows-1252",
    text=(_vt_miss := """Bonjour Magdalena,

J’ai essayé de vous joindre à deux reprises à 9h30 pour notre entretien téléphonique au sujet
du poste de chargée d’onboarding dont je vous ai parlé la semaine dernière, sans réponse.

Rappelez-moi quand vous pourrez – je suis au bureau jusqu’à 18h.

Julien Metzger
Cabinet Vosges Talents – 03 88 32 17 90"""),
    html=word_html(_vt_miss, "fr"),
))

# ---------------------------------------------------------------- Spanish (1)

add(dict(
    name="universidad_no_se_conecto", kind="missed_interview_notice", lang="es",
    company="Universidad del Limonar", contact="inmaculada.torres@ulimonar.example.es",
    frm=("Inmaculada Torres", "inmaculada.torres@ulimonar.example.es"),
    subject="Videollamada de las 12:00",
    date="2026-09-07 12:25 +0200", key="limonar-missed",
    text="""Hola, Magdalena:

Te hemos esperado en la videollamada de las 12:00 con la comisión, pero no te has conectado y
el teléfono que nos diste da apagado.

¿Ha pasado algo? Escríbeme cuando puedas.

Un saludo,
Inmaculada Torres
Servicio de Personal de Administración y Servicios
Universidad del Limonar
""",
))
