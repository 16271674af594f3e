"""Corpus 282: interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from __future__ import annotations

from msgs282_common import (
    CAND,
    CAND_NAME,
    ats_card,
    button,
    esc,
    html_page,
    mso,
    on_wrote,
    outlook_block,
    outlook_html,
    paras,
    quote,
    spec,
)

INV = "interview_invitation"
MOVE = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"
AUTO = {"Auto-Submitted": "auto-generated"}
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"

MESSAGES: list[dict] = []
add = MESSAGES.append

# =============================================================================================
# interview_invitation
# =============================================================================================

# 1 Weserkai: Teams interview, calendar REQUEST -----------------------------------------------
_WK = ("Frauke Lindemann", "f.lindemann@weserkai.example.de")
_t = """Sehr geehrter Herr Achterberg-Nwosu,

vielen Dank für Ihre Bewerbung als Schichtleiter Lager (m/w/d) an unserem Standort im GVZ Bremen. Ihre Unterlagen haben uns neugierig gemacht, und wir möchten Sie gern kennenlernen.

Wir laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Dienstag, 17. Februar 2026, 10:00 bis 11:00 Uhr
Gesprächspartner: Frauke Lindemann (Personal) und Okke Janssen (Standortleitung)

Die Einladung mit dem Teams-Link finden Sie im Kalendereintrag dieser Mail. Bitte nehmen Sie die Einladung an oder geben Sie mir kurz Bescheid, falls der Termin nicht passt.

Mit freundlichen Grüßen

Frauke Lindemann
Personalreferentin
Weserkai Logistik GmbH
Senator-Blase-Straße 12 · 28197 Bremen
Tel. 0421 5550 3340
"""
add(spec(
    kind=INV, slug="weserkai_teams_request", lang="de", company="Weserkai Logistik",
    contact=_WK[1], mid="wk-inv", irt="wk-ack",
    frm=_WK,
    subject="Einladung: Vorstellungsgespräch Schichtleiter Lager – Weserkai Logistik",
    date="2026-02-10 14:18",
    text=_t, html=outlook_html(mso(_t)), cte="quoted-printable",
    ics=dict(uid="040000008200E00074C5B7101A82E0080000000010F3A4C1A6B9DC01000000000000000010000000",
             seq=0, start="2026-02-17 10:00", minutes=60,
             summary="Vorstellungsgespräch Schichtleiter Lager – Magnus Achterberg-Nwosu",
             location="Microsoft Teams-Besprechung", organizer=_WK,
             attendees=[("Okke Janssen", "o.janssen@weserkai.example.de")],
             description="Microsoft Teams-Besprechung\nÜber Ihren Computer oder Ihre mobile App teilnehmen\nhttps://teams.example.de/l/meetup-join/19%3ameeting_WK2026"),
    hdr={"X-Mailer": "Microsoft Outlook 16.0"},
))

# 2 Schwanenhof: trial day -----------------------------------------------------------------
add(spec(
    kind=INV, slug="schwanenhof_probearbeitstag", lang="de", company="Brauerei Schwanenhof",
    contact="a.dreyer@schwanenhof-brauerei.example.de", mid="sh-inv",
    frm=("Anke Dreyer", "a.dreyer@schwanenhof-brauerei.example.de"),
    subject="Probearbeitstag in der Brauerei",
    date="2026-02-20 10:05",
    text="""Moin Herr Achterberg-Nwosu,

nach Ihrem Telefonat mit Herrn Feldhusen möchten wir Sie gern zu einem Probearbeitstag einladen. So sehen Sie unsere Abfüllung und das Leergutlager von innen, und das Team lernt Sie kennen.

Wann: Donnerstag, 5. März, ab 6:00 Uhr (Frühschicht, Ende gegen 12 Uhr)
Wo: Brauerei Schwanenhof, Tor 2 an der Schwanenhofstraße, Anmeldung beim Pförtner
Mitbringen: Sicherheitsschuhe S3, Ihren Staplerschein und den Personalausweis

Arbeitskleidung stellen wir. Bitte bestätigen Sie mir kurz per Mail, ob der Tag für Sie passt.

Viele Grüße
Anke Dreyer
Personal · Brauerei Schwanenhof
Tel. 0421 5550 8812
""",
))

# 3 Weserport: panel, Outlook HTML + calendar ----------------------------------------------
_WP = ("Nele Tjaden", "nele.tjaden@weserport-autoterminal.example.de")
_t = """Guten Tag Herr Achterberg-Nwosu,

wir freuen uns, Sie zu einem persönlichen Gespräch für die Position Teamleiter Fahrzeuglogistik (m/w/d) einzuladen.

Termin: Mittwoch, 15. April 2026, 09:30 Uhr (ca. 90 Minuten inklusive Rundgang über das Terminal)
Ort: AutoTerminal Weserport, Verwaltungsgebäude, Am Kaiserhafen 2, Raum 1.14
Gesprächsrunde: Hauke Rickmers (Leiter Terminalbetrieb), Jan-Hendrik Paulsen (Betriebsrat) und ich

Bitte bringen Sie einen gültigen Lichtbildausweis mit; für den Hafenzugang melden wir Sie vorab an. Parkplätze finden Sie vor dem Tor Nord.

Mit freundlichen Grüßen
Nele Tjaden
Personalentwicklung
AutoTerminal Weserport GmbH
Am Kaiserhafen 2 · 27568 Bremerhaven
Tel. +49 471 5550 914
"""
add(spec(
    kind=INV, slug="weserport_panel_calendar", lang="de", company="AutoTerminal Weserport",
    contact=_WP[1], mid="wp-inv",
    frm=_WP,
    subject="Einladung zum Vorstellungsgespräch – Teamleiter Fahrzeuglogistik",
    date="2026-04-08 11:42",
    text=_t, html=outlook_html(mso(_t)), cte="base64",
    ics=dict(uid="wp-2026-0415-teamleiter@weserport-autoterminal.example.de", seq=0,
             start="2026-04-15 09:30", minutes=90,
             summary="Vorstellungsgespräch Teamleiter Fahrzeuglogistik",
             location="Verwaltungsgebäude, Am Kaiserhafen 2, Raum 1.14, Bremerhaven",
             organizer=_WP,
             attendees=[("Hauke Rickmers", "hauke.rickmers@weserport-autoterminal.example.de"),
                        ("Jan-Hendrik Paulsen", "jh.paulsen@weserport-autoterminal.example.de")],
             cte="base64"),
))

# 4 Lüdersen sets up an interview at Hansekontor ------------------------------------------
_LU = ("Ilka Meyerdierks", "i.meyerdierks@luedersen-zeitarbeit.example.de")
add(spec(
    kind=INV, slug="luedersen_client_hansekontor", lang="de", company="Hansekontor Distribution",
    contact=_LU[1], mid="lu-inv", refs=["lu-reg"],
    frm=("Ilka Meyerdierks | Lüdersen Zeitarbeit", _LU[1]),
    subject="Vorstellung bei Hansekontor Distribution – Vorarbeiter Wareneingang",
    date="2026-08-04 09:20",
    text="""Hallo Herr Achterberg-Nwosu,

gute Nachrichten: Hansekontor Distribution möchte Sie kennenlernen! Ich habe Ihr Profil letzte Woche für die Stelle als Vorarbeiter Wareneingang im Verteilzentrum Hemelingen vorgestellt, und der Lagerleiter, Herr Cordes, hat gleich zurückgerufen.

Das Gespräch findet statt am
Dienstag, 11. August, um 13:00 Uhr
bei Hansekontor Distribution, Funkschneiderstraße 20, 28309 Bremen, Pforte Halle C.

Ich bin selbst auch dabei. Es geht um eine Übernahme nach sechs Monaten Einsatz über uns; Details zu Lohn und Schichtmodell besprechen wir vorher kurz am Telefon.

Können Sie mir den Termin bis morgen bestätigen?

Viele Grüße
Ilka Meyerdierks
Personaldisponentin
Lüdersen Zeitarbeit GmbH · Niederlassung Bremen
Am Wall 120 · 28195 Bremen · Tel. 0421 5550 2760
""",
    cte="quoted-printable",
))

# 5 Kettwig sets up the Waltershof interview -----------------------------------------------
_KP = ("Dr. Friederike Kettwig", "f.kettwig@kettwig-partner.example.de")
_t = """Lieber Herr Achterberg-Nwosu,

wie am Telefon angekündigt: Die Waltershof Terminal Services möchte Sie für die Position Schichtkoordinator Leercontainer-Depot persönlich kennenlernen.

Vorgeschlagener Termin: Dienstag, 19. Mai, 14:00 Uhr
Ort: Depot Waltershof, Am Ballinkai 7, 21129 Hamburg (Besucherparkplatz links hinter der Schranke)
Gesprächspartner: Herr Oltmanns (Depotleitung) und Frau Wiese (HR)

Ich schicke Ihnen am Vortag noch ein kurzes Briefing zu den Themen, die Herrn Oltmanns besonders wichtig sind. Bitte geben Sie mir Bescheid, ob der Termin passt – dann bestätige ich ihn beim Mandanten.

Herzliche Grüße
Friederike Kettwig
Kettwig & Partner Personalberatung
Große Elbstraße 145 · 22767 Hamburg · Tel. +49 40 5550 6610
"""
add(spec(
    kind=INV, slug="kettwig_client_interview", lang="de", company="Waltershof Terminal Services",
    contact=_KP[1], mid="kp-inv", refs=["kp-cold"],
    frm=_KP,
    subject="Ihr Gespräch bei Waltershof Terminal Services",
    date="2026-05-12 17:34",
    text=_t, html=html_page(paras(_t)),
))

# 6 Elbmarsch Personio: self-scheduling link ------------------------------------------------
_t = """Hallo Herr Achterberg-Nwosu,

vielen Dank für Ihre Bewerbung als Lagerleiter Getränke-Cross-Dock (m/w/d) in Stade. Wir möchten Sie gern in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus unserem Kalender:
https://elbmarsch-getraenke.jobs.personio.de/interview-scheduling/7f3c2a91

Die verfügbaren Zeiten liegen zwischen dem 24. und 30. Juni. Bei Fragen antworten Sie einfach auf diese E-Mail – sie geht direkt an Henrike Mahler.

Beste Grüße
Henrike Mahler
Personal · Elbmarsch Getränkelogistik GmbH
"""
add(spec(
    kind=INV, slug="elbmarsch_personio_booking", lang="de", company="Elbmarsch Getränkelogistik",
    contact="h.mahler@elbmarsch-getraenke.example.de", mid="em-inv", irt="em-ack",
    frm=("Elbmarsch Getränkelogistik GmbH", "noreply@personio.de"),
    reply_to=("Henrike Mahler", "h.mahler@elbmarsch-getraenke.example.de"),
    subject="Terminvereinbarung Telefoninterview – Lagerleiter Getränke-Cross-Dock",
    date="2026-06-22 09:02",
    text=_t,
    html=ats_card("Elbmarsch Getränkelogistik", "#14532d",
                  paras(_t.split("https://")[0]) + button(
                      "Termin auswählen",
                      "https://elbmarsch-getraenke.jobs.personio.de/interview-scheduling/7f3c2a91")
                  + paras("Beste Grüße\nHenrike Mahler\nPersonal · Elbmarsch Getränkelogistik GmbH"),
                  "Powered by Personio"),
))

# 7 Nordkauf Workday: assessment centre ----------------------------------------------------
_t = """Hallo Magnus Achterberg-Nwosu,

herzlichen Glückwunsch – Sie haben die erste Auswahlstufe für die Position Teamleiter Logistik (m/w/d), R-0031882, erfolgreich abgeschlossen.

Wir laden Sie hiermit zu unserem Auswahltag (Assessment-Center) ein:
Datum: Montag, 15. Juni 2026
Uhrzeit: 08:30 – ca. 16:00 Uhr
Ort: Nordkauf Zentrallager Hannover-Misburg, Schulungszentrum, Anderter Straße 200, 30629 Hannover

Der Tag umfasst eine Präsentation (10 Minuten, Thema: „Meine erste Woche als Teamleiter“), eine Gruppenübung, eine Fallstudie zur Schichtplanung und ein Einzelgespräch. Mittagessen und Getränke sind inklusive.

Bitte bestätigen Sie Ihre Teilnahme bis zum 8. Juni im Kandidatenportal.

Freundliche Grüße
Talent Acquisition
Nordkauf Warenhaus GmbH
"""
add(spec(
    kind=INV, slug="nordkauf_workday_auswahltag", lang="de", company="Nordkauf Warenhaus",
    contact="", mid="nk-inv", refs=["nk-ack"],
    frm=("Nordkauf Warenhaus", "nordkauf@myworkday.com"),
    subject="Einladung zum Auswahltag – Teamleiter Logistik (R-0031882)",
    date="2026-06-01 05:15", tz="+0000", hdr=AUTO,
    text=_t,
    html=ats_card("Nordkauf Karriere", "#7f1d1d", paras(_t) + button(
        "Teilnahme bestätigen", "https://nordkauf.wd3.myworkday.com/nordkauf/d/task/2998$441.htmld"),
        "Diese Nachricht wurde von Workday im Auftrag von Nordkauf versendet."),
    cte="quoted-printable",
))

# 8 Kajenwerk: recruiter asks for a phone screen -------------------------------------------
add(spec(
    kind=INV, slug="kajenwerk_phone_screen_ask", lang="de", company="Kajenwerk Container Services",
    contact="t.harms@kajenwerk.example.de", mid="kw-inv", irt="kw-ack",
    frm=("Thorsten Harms", "t.harms@kajenwerk.example.de"),
    subject="Kurzes Telefonat zu Ihrer Bewerbung?",
    date="2026-02-09 08:51",
    text="""Guten Morgen Herr Achterberg-Nwosu,

danke für Ihre Bewerbung als Vorarbeiter Umschlag. Bevor wir Sie zu uns an die Kaje einladen, würde ich gern ein kurzes Telefonat mit Ihnen führen, etwa 20 Minuten – vor allem zu Ihrer Schichterfahrung und Ihren Gehaltsvorstellungen.

Hätten Sie am Donnerstag, 12. Februar, zwischen 9 und 12 Uhr Zeit? Nennen Sie mir gern eine Uhrzeit und die Nummer, unter der ich Sie erreiche.

Mit freundlichen Grüßen
Thorsten Harms
Personalreferent · Kajenwerk Container Services GmbH
Tel. +49 471 5550 2217
""",
))

# 9 Kistenwerk: casual coffee ----------------------------------------------------------------
add(spec(
    kind=INV, slug="kistenwerk_kaffee_donnerstag", lang="de", company="Kistenwerk Fulfillment",
    contact="lasse@kistenwerk.example.de", mid="ki-inv",
    frm=("Lasse Grothmann", "lasse@kistenwerk.example.de"),
    subject="Kaffee am Donnerstag?",
    date="2026-06-08 21:07",
    text="""Moin Magnus,

danke für deine Nachricht über unsere Seite! Wir suchen tatsächlich jemanden, der bei uns die Spätschicht in der Kommissionierung übernimmt, und dein Profil klingt gut.

Hast du Donnerstag Zeit, auf einen Kaffee vorbeizukommen? Ich dachte an 16 Uhr im Café Deichgraf, direkt gegenüber von unserem Lager in der Billstraße. Ganz locker, kein Anzug, einfach mal quatschen – danach zeig ich dir die Halle.

Gib kurz Bescheid, ob's klappt.

Lasse
Ops · Kistenwerk Fulfillment
0176 5550 4412
""",
    cte="8bit",
))

# 10 Hafenlager Vegesack: softgarden invite with .ics attachment ---------------------------
_t = """Sehr geehrter Herr Achterberg-Nwosu,

vielen Dank für Ihre Bewerbung als Gruppenleiter Kommissionierung (m/w/d). Gern möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Mittwoch, 13. Mai 2026, 15:00 Uhr
Hafenlager Vegesack GmbH, Zum Alten Speicher 5, 28757 Bremen
Ansprechpartner vor Ort: Herr Stührmann (Lagerleitung) und Frau Focken (Personal)

Bitte bestätigen Sie den Termin über den Button unten. Den Kalendereintrag finden Sie im Anhang.

Mit freundlichen Grüßen
Marita Focken
Hafenlager Vegesack GmbH
"""
add(spec(
    kind=INV, slug="vegesack_softgarden_invite", lang="de", company="Hafenlager Vegesack",
    contact="m.focken@hafenlager-vegesack.example.de", mid="hv-inv", irt="hv-ack",
    frm=("Hafenlager Vegesack GmbH", "noreply@softgarden.io"),
    reply_to=("Marita Focken", "m.focken@hafenlager-vegesack.example.de"),
    subject="Einladung zum Vorstellungsgespräch",
    date="2026-05-04 12:30",
    text=_t,
    html=ats_card("Hafenlager Vegesack", "#1d4ed8", paras(_t) + button(
        "Termin bestätigen", "https://hafenlager-vegesack.softgarden.io/appointment/confirm/88412"),
        "softgarden e-recruiting GmbH · Impressum · Datenschutz"),
    ics=dict(uid="sg-appointment-88412@softgarden.io", seq=0, start="2026-05-13 15:00", minutes=60,
             summary="Vorstellungsgespräch Hafenlager Vegesack",
             location="Zum Alten Speicher 5, 28757 Bremen",
             organizer=("Marita Focken", "m.focken@hafenlager-vegesack.example.de"),
             attach=True, prodid="-//softgarden//appointments//DE"),
))

# 11 Geestemünder: terse phone date ---------------------------------------------------------
add(spec(
    kind=INV, slug="geestemuende_terse_call", lang="de", company="Geestemünder Kühllogistik",
    contact="j.kueck@geestemuende-kuehl.example.de", mid="gk-inv",
    frm=("Jörn Kück", "j.kueck@geestemuende-kuehl.example.de"),
    subject="Telefontermin Dienstag",
    date="2026-04-09 16:44",
    text="""Moin Herr Achterberg-Nwosu,

Dienstag 10 Uhr telefonisch, passt das? Ich rufe Sie auf der Handynummer aus dem Lebenslauf an. Dauer ca. 15 Minuten.

Gruß
Kück
Schichtleitung Kühlhaus · Geestemünder Kühllogistik
""",
))

# 12 Lesum-Brink: Probetag invite ------------------------------------------------------------
add(spec(
    kind=INV, slug="lesum_brink_probetag", lang="de", company="Spedition Lesum-Brink",
    contact="dispo@lesum-brink.example.de", mid="lb-inv", irt="lb-ack",
    frm=("Gerd Brinkmann", "dispo@lesum-brink.example.de"),
    subject="Probetag bei uns im Lager",
    date="2026-07-09 13:15",
    text="""Moin Herr Achterberg-Nwosu,

Ihre Unterlagen sind angekommen und gefallen uns. Bevor wir lange reden, schlage ich vor: Sie kommen einen Tag zu uns ins Lager und schauen sich die Schicht an, fahren ein bisschen mit und lernen die Leute kennen. Danach setzen wir uns kurz zusammen.

Samstag, 18. Juli, 7:00 bis ca. 13:00 Uhr
Lager Burg-Grambke, Halle 2, bei mir im Büro melden

Sicherheitsschuhe bitte mitbringen, Warnweste haben wir. Der Tag wird natürlich bezahlt.

Geht das bei Ihnen?

Gerd Brinkmann
Spedition Lesum-Brink · Tel. 0421 5550 1190
""",
    cs="iso-8859-1",
))

# 13 Hunte: invitation, iso-8859-1, calendar as attachment --------------------------------
_HF = ("Birte Ostendorf", "b.ostendorf@hunte-frische.example.de")
add(spec(
    kind=INV, slug="hunte_invite_ics_attached", lang="de", company="Hunte Frischelogistik",
    contact=_HF[1], mid="hf-inv", irt="hf-ack",
    frm=_HF,
    subject="Einladung Vorstellungsgespräch Lagerkoordinator (m/w/d)",
    date="2026-05-12 10:40",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrter Herr Achterberg-Nwosu,

wir bedanken uns für Ihre Bewerbung und möchten Sie zu einem Vorstellungsgespräch einladen.

Termin: Donnerstag, 21. Mai 2026, 10:00 Uhr
Ort: Hunte Frischelogistik, Tweelbäker Tredde 40, 26135 Oldenburg, Empfang im Verwaltungstrakt
Teilnehmer: Birte Ostendorf (Personalleitung), Dirk Schwarting (Betriebsleitung)

Im Anhang finden Sie einen Kalendereintrag. Bitte bringen Sie Ihre Zeugnisse im Original mit.

Mit freundlichen Grüßen
Birte Ostendorf
Personalleitung
Hunte Frischelogistik GmbH
Telefon 0441 5550 7720
""",
    ics=dict(uid="hf-lagerkoordinator-2026-05-21@hunte-frische.example.de", seq=0,
             start="2026-05-21 10:00", minutes=60,
             summary="Vorstellungsgespräch Lagerkoordinator – Achterberg-Nwosu",
             location="Hunte Frischelogistik, Tweelbäker Tredde 40, Oldenburg",
             organizer=_HF, attach=True),
))

# 14 Ammerländer: Teams video interview -----------------------------------------------------
_t = """Moin Herr Achterberg-Nwosu,

vielen Dank für Ihre Bewerbung auf die Teamleitung Versand. Wir würden Sie gern in einem ersten Videogespräch kennenlernen.

Dienstag, 24. Februar 2026, 14:00 Uhr, Dauer ca. 45 Minuten, über Microsoft Teams.
Dabei sind Herr Hinrichs aus der Versandleitung und ich.

Den Link zum Meeting bekommen Sie als Kalendereinladung. Falls Sie Teams noch nicht installiert haben: Es funktioniert auch direkt im Browser.

Herzliche Grüße
Wiebke Ohlrogge
Personal & Ausbildung · Ammerländer Brauhaus
"""
add(spec(
    kind=INV, slug="ammerlaender_teams_video", lang="de", company="Ammerländer Brauhaus",
    contact="wiebke.ohlrogge@ammerlaender-brauhaus.example.de", mid="ab-inv",
    frm=("Wiebke Ohlrogge", "wiebke.ohlrogge@ammerlaender-brauhaus.example.de"),
    subject="Videogespräch Teamleitung Versand",
    date="2026-02-16 09:12",
    text=_t, html=outlook_html(mso(_t)),
    ics=dict(uid="AAMkADk3ab-ammerland-teams-0224", seq=0, start="2026-02-24 14:00", minutes=45,
             summary="Videogespräch Teamleitung Versand (Achterberg-Nwosu)",
             location="Microsoft Teams-Besprechung",
             organizer=("Wiebke Ohlrogge", "wiebke.ohlrogge@ammerlaender-brauhaus.example.de"),
             attendees=[("Arne Hinrichs", "a.hinrichs@ammerlaender-brauhaus.example.de")],
             description="Besprechungs-ID: 377 912 044 118\nhttps://teams.example.de/l/meetup-join/ab0224"),
))

# 15 Elbspeicher via Greenhouse: self-scheduling ------------------------------------------
_t = """Hi Magnus,

Thanks for applying for the Shift Lead Outbound role at Elbspeicher Fulfillment! I'd love to set up a 45-minute video interview with you and Ole Brandt, our Outbound Operations Manager.

Please use the link below to pick a time that works for you – the slots are all in German time (CET/CEST):

https://app.greenhouse.io/scheduling/availability/es-8c1d42f0

The interview will be on Microsoft Teams; the link will be in the calendar confirmation.

Looking forward to speaking with you,
Jana Petersen
Talent Partner, Elbspeicher Fulfillment
"""
add(spec(
    kind=INV, slug="elbspeicher_greenhouse_scheduling", lang="en", company="Elbspeicher Fulfillment",
    contact="jana.petersen@elbspeicher.example.de", mid="es-inv", irt="es-ack",
    frm=("Jana Petersen via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Jana Petersen", "jana.petersen@elbspeicher.example.de"),
    subject="Interview for Shift Lead Outbound – please choose a time",
    date="2026-05-26 15:30",
    text=_t,
    html=html_page(paras(_t.split("https://")[0]) + button(
        "Choose a time", "https://app.greenhouse.io/scheduling/availability/es-8c1d42f0")
        + paras("The interview will be on Microsoft Teams; the link will be in the calendar confirmation.\n\nLooking forward to speaking with you,\nJana Petersen\nTalent Partner, Elbspeicher Fulfillment")),
))

# 16 Reitdiep: recruiter phone screen via Workable -----------------------------------------
add(spec(
    kind=INV, slug="reitdiep_phone_screen", lang="en", company="Reitdiep Logistics",
    contact="sanne.devries@reitdiep.example.nl", mid="rd-inv", irt="rd-ack",
    frm=("Sanne de Vries - Reitdiep Logistics", "noreply@candidates.workablemail.com"),
    reply_to=("Sanne de Vries", "sanne.devries@reitdiep.example.nl"),
    subject="Quick call about the Warehouse Team Leader role?",
    date="2026-03-24 11:16",
    text="""Hi Magnus,

Thanks for your application for Warehouse Team Leader in Groningen. I'm the recruiter for this role and I'd like to have a short phone screen with you – about 20 minutes, in English, just to go through your experience and what you're looking for.

Would Tuesday 31 March at 10:00 (Dutch time, same as Germany) work for you? If yes, please confirm the best number to reach you on. If not, suggest two other slots and I'll make it work.

Best,
Sanne de Vries
Recruiter, Reitdiep Logistics
Hoogkerk, Groningen
""",
))

# 17 Northbridge via Lever: panel with calendar ---------------------------------------------
_NB = ("Amelia Croft", "amelia.croft@northbridge.example.com")
_t = """Hi Magnus,

Great news – the hiring team would like to invite you to a panel interview for the Inbound Supervisor position at our Hamburg-Allermöhe site.

When: Tuesday 23 June 2026, 10:00–11:15 (CEST)
Where: Google Meet (link in the calendar invite)
Panel: Markus Eggers (Site Manager), Dana Whitfield (Regional HR), Amelia Croft (Recruiting)

Please accept the calendar invitation so we know you're coming. We'll ask you to walk us through a time you handled a dock backlog, so it's worth thinking of a good example.

Best,
Amelia
"""
add(spec(
    kind=INV, slug="northbridge_lever_panel", lang="en", company="Northbridge Fulfilment",
    contact=_NB[1], mid="nb-inv", irt="nb-ack",
    frm=("Amelia Croft (Northbridge Fulfilment)", "no-reply@hire.lever.co"),
    reply_to=_NB,
    subject="Panel interview invitation – Inbound Supervisor, Hamburg",
    date="2026-06-10 13:05", tz="uk",
    text=_t, html=html_page(paras(_t)),
    ics=dict(uid="lever-nb-panel-5512@hire.lever.co", seq=0, start="2026-06-23 10:00", minutes=75,
             summary="Panel interview: Magnus Achterberg-Nwosu – Inbound Supervisor",
             location="Google Meet", organizer=_NB, prodid=GOOGLE,
             attendees=[("Markus Eggers", "markus.eggers@northbridge.example.com"),
                        ("Dana Whitfield", "dana.whitfield@northbridge.example.com")],
             description="Join: https://meet.example.com/nbx-pqrs-tuv"),
))

# 18 Parcelwise via Ashby ------------------------------------------------------------------
_t = """Hi Magnus,

Thanks for your interest in Parcelwise! We'd like to invite you to a 60-minute interview for the Site Operations Lead role in Hamburg with Tomasz Nowicki and Katrin Holm.

Please pick a slot that suits you using the link below. Available times are shown in your local time zone.

Schedule your interview: https://jobs.ashbyhq.com/parcelwise/interview/schedule/4be7-91aa

If none of the times work, reply to this email and we'll find another.

The Parcelwise Recruiting Team
"""
add(spec(
    kind=INV, slug="parcelwise_ashby_schedule", lang="en", company="Parcelwise",
    contact="tomasz@parcelwise.example.io", mid="pw-inv",
    frm=("Parcelwise Recruiting", "no-reply@ashbyhq.com"),
    reply_to=("Tomasz Nowicki", "tomasz@parcelwise.example.io"),
    subject="Schedule your interview with Parcelwise",
    date="2026-07-28 10:10", hdr=AUTO,
    text=_t,
    html=ats_card("Parcelwise", "#4338ca", paras(_t.split("Schedule your")[0]) + button(
        "Schedule your interview", "https://jobs.ashbyhq.com/parcelwise/interview/schedule/4be7-91aa")
        + paras("If none of the times work, reply to this email and we'll find another.\n\nThe Parcelwise Recruiting Team"),
        "Powered by Ashby"),
))

# 19 Kestrel: assessment centre ------------------------------------------------------------
_t = """Dear Magnus,

Following your application for Shift Supervisor – Vehicle Processing Centre, we are pleased to invite you to our assessment day in Bremerhaven.

Date: Wednesday, 2 September 2026
Time: 08:00 – 15:00
Location: Kestrel Automotive Logistics, VPC Gate 4, Carl-Schurz-Straße 60, 27568 Bremerhaven

The day includes a site walk, a practical exercise on yard planning, a short written test on health and safety, and an interview with the Operations Manager. Please bring your ID, safety shoes and your forklift licence.

Kindly confirm your attendance by replying to this email.

Kind regards,
Grace Okafor
HR Business Partner
Kestrel Automotive Logistics GmbH
"""
add(spec(
    kind=INV, slug="kestrel_assessment_day", lang="en", company="Kestrel Automotive Logistics",
    contact="grace.okafor@kestrel-al.example.com", mid="ke-inv",
    frm=("Grace Okafor", "grace.okafor@kestrel-al.example.com"),
    subject="Invitation: Assessment Day – Shift Supervisor VPC Bremerhaven",
    date="2026-08-18 12:00",
    text=_t, html=outlook_html(mso(_t), "en"), cte="quoted-printable",
))

# 20 Dollard: casual "are you free Thursday" ----------------------------------------------
add(spec(
    kind=INV, slug="dollard_free_thursday", lang="en", company="Dollard Port Services",
    contact="bram@dollard-port.example.nl", mid="dp-inv",
    frm=("Bram Wiersma", "bram@dollard-port.example.nl"),
    subject="Chat on Thursday?",
    date="2026-09-01 19:48",
    text="""Hey Magnus,

Saw your application come through for the warehouse supervisor job at our Delfzijl site – nice CV. Are you free Thursday to chat? Say 11:00 on a video call, or if you happen to be up north anyway you're welcome to drop by and I'll show you the warehouse.

Just let me know what suits.

Cheers,
Bram
Operations Manager, Dollard Port Services
+31 596 555 207
""",
))

# 21 Harlow sets up the Baltic Reefer interview -------------------------------------------
add(spec(
    kind=INV, slug="harlow_client_baltic_reefer", lang="en", company="Baltic Reefer Lines",
    contact="oliver@harlow-search.example.co.uk", mid="hm-inv",
    frm=("Oliver Harlow", "oliver@harlow-search.example.co.uk"),
    subject="Interview confirmed – Baltic Reefer Lines, Depot Shift Supervisor",
    date="2026-09-22 08:55", tz="uk",
    text="""Hi Magnus,

Good news – Baltic Reefer Lines would like to meet you for the Depot Shift Supervisor role in Hamburg.

I've pencilled in Tuesday 29 September at 11:00 at their depot (Köhlbranddeich 30, 21107 Hamburg). You'll meet Henrik Sørensen, the Depot Manager, and someone from their HR team. Expect about an hour, mostly competency questions plus a walk around the reefer stacks.

Can you confirm by tomorrow so I can lock it in with them? Happy to jump on a call beforehand to prep.

Cheers,
Oliver

Oliver Harlow | Director | Harlow Maritime Search
+44 1482 555 019
""",
))

# 22 Vauban: journée d'évaluation ----------------------------------------------------------
_t = """Bonjour Monsieur Achterberg-Nwosu,

Suite à l'examen de votre candidature au poste de Chef d'équipe parc véhicules, nous avons le plaisir de vous convier à une journée d'évaluation sur notre terminal.

Date : mardi 10 mars 2026
Horaire : 9h00 – 16h00
Lieu : Terminal Vauban Auto, Route du Môle Central, 76600 Le Havre – accueil poste de garde n°2

Au programme : visite du parc, mise en situation sur la planification des chargements, entretien avec le responsable d'exploitation. Pensez à vous munir d'une pièce d'identité et de chaussures de sécurité.

Merci de nous confirmer votre présence par retour de mail.

Cordialement,
Élodie Marchand
Ressources humaines – Terminal Vauban Auto
02 35 55 50 12
"""
add(spec(
    kind=INV, slug="vauban_journee_evaluation", lang="fr", company="Terminal Vauban Auto",
    contact="e.marchand@vauban-auto.example.fr", mid="va-inv", irt="va-ack",
    frm=("Élodie Marchand", "e.marchand@vauban-auto.example.fr", ("utf-8", "B")),
    subject="Convocation – journée d'évaluation Chef d'équipe parc véhicules",
    date="2026-03-02 14:26",
    text=_t, html=html_page(paras(_t)), cte="quoted-printable",
))

# 23 Seine-Océan: entretien with calendar --------------------------------------------------
_SO = ("Christophe Duval", "c.duval@seine-ocean.example.fr")
_t = """Bonjour Monsieur Achterberg-Nwosu,

Nous avons bien reçu votre candidature pour le poste de responsable d'équipe quai et souhaitons vous rencontrer.

Je vous propose un entretien le mardi 9 juin à 10h00 dans nos locaux (Quai de la Saône, bâtiment B, 1er étage), avec Mme Leroy, directrice des opérations, et moi-même. Une invitation est jointe à ce message.

L'entretien pourra se dérouler en anglais si vous le souhaitez, avec une partie en français.

Bien à vous,
Christophe Duval
Responsable d'exploitation – Manutention Seine-Océan
"""
add(spec(
    kind=INV, slug="seine_ocean_entretien_calendar", lang="fr", company="Manutention Seine-Océan",
    contact=_SO[1], mid="so-inv",
    frm=_SO,
    subject="Invitation à un entretien – responsable d'équipe quai",
    date="2026-05-29 11:03",
    text=_t, html=outlook_html(mso(_t), "fr"),
    ics=dict(uid="so-entretien-0609-quai@seine-ocean.example.fr", seq=0, start="2026-06-09 10:00",
             minutes=60, tzid="Romance Standard Time",
             summary="Entretien – M. Achterberg-Nwosu – responsable d'équipe quai",
             location="Quai de la Saône, bâtiment B, 1er étage, Le Havre", organizer=_SO,
             attendees=[("Nathalie Leroy", "n.leroy@seine-ocean.example.fr")]),
))

# 24 Intérim Côte d'Albâtre sets up the Graville interview ---------------------------------
add(spec(
    kind=INV, slug="albatre_client_graville", lang="fr", company="Entrepôts Graville",
    contact="s.lemarchand@interim-albatre.example.fr", mid="ia-inv", refs=["ia-reg"],
    frm=("Sophie Lemarchand", "s.lemarchand@interim-albatre.example.fr"),
    subject="Entretien chez Entrepôts Graville mercredi 15/07",
    date="2026-07-06 15:40",
    text="""Bonjour Magnus,

Bonne nouvelle : Entrepôts Graville souhaite vous rencontrer pour le poste de chef d'équipe quai (CDI après mission de 3 mois).

Rendez-vous le mercredi 15 juillet à 9h30, 112 boulevard de Graville, 76600 Le Havre. Demandez M. Petitjean, responsable de site, à l'accueil. Je serai joignable toute la matinée si besoin.

Prévoyez votre CV imprimé et vos CACES. Pouvez-vous me confirmer votre présence ?

À bientôt,
Sophie Lemarchand
Intérim Côte d'Albâtre, tél. 02 35 55 50 41
""",
    cs="iso-8859-1",
))

# 25 Turia: entrevista -----------------------------------------------------------------------
add(spec(
    kind=INV, slug="turia_entrevista_viernes", lang="es", company="Almacenes Turia Logística",
    contact="lucia.ferrer@turia-logistica.example.es", mid="tu-inv", irt="tu-ack",
    frm=("Lucía Ferrer", "lucia.ferrer@turia-logistica.example.es"),
    subject="Entrevista para encargado de turno – Almacenes Turia",
    date="2026-04-27 12:48",
    text="""Hola, Magnus:

Gracias por tu candidatura para el puesto de encargado de turno de noche en nuestro almacén de Riba-roja de Túria.

Nos gustaría conocerte en persona. ¿Te viene bien el viernes 8 de mayo a las 10:00? La entrevista será con el jefe de almacén, Vicente Peris, y conmigo, y después te enseñaremos las instalaciones. Calcula una hora y media en total.

Dirección: Polígono Industrial El Oliveral, calle F, nave 12. Hay aparcamiento para visitas en la entrada.

Si necesitas hacer la entrevista en inglés, dínoslo con antelación.

Un saludo,
Lucía Ferrer
Selección de Personal · Almacenes Turia Logística
""",
    cte="quoted-printable",
))

# 26 Cervecera del Grao via Teamtailor ------------------------------------------------------
_t = """Hola Magnus,

¡Gracias por presentarte a la oferta de Jefe/a de turno de almacén en Cervecera del Grao!

Nos gustaría tener una primera videollamada contigo de unos 30 minutos. Hemos reservado el lunes 14 de septiembre a las 17:00 (hora peninsular). Podrás unirte desde este enlace:

https://cervecera-grao.teamtailor.com/meetings/vc-55127

Si la hora no te va bien, responde a este correo y Marta Soler te propondrá otra.

¡Hasta pronto!
Equipo de Personas y Cultura
Cervecera del Grao
"""
add(spec(
    kind=INV, slug="cervecera_teamtailor_video", lang="es", company="Cervecera del Grao",
    contact="marta.soler@cervecera-grao.example.es", mid="cg-inv",
    frm=("Cervecera del Grao", "no-reply@teamtailor-mail.com"),
    reply_to=("Marta Soler", "marta.soler@cervecera-grao.example.es"),
    subject="Videollamada con Cervecera del Grao",
    date="2026-09-07 10:30",
    text=_t,
    html=ats_card("Cervecera del Grao", "#b45309", paras(_t), "Enviado con Teamtailor"),
))

# =============================================================================================
# interview_reschedule_or_cancel
# =============================================================================================

# 1 Weserkai: updated calendar (SEQUENCE 1) -----------------------------------------------
_t = """Sehr geehrter Herr Achterberg-Nwosu,

leider muss ich unser Gespräch verschieben: Herr Janssen ist am Dienstag kurzfristig zu einem Kundentermin in Achim gerufen worden.

Neuer Termin: Donnerstag, 19. Februar 2026, 13:00 bis 14:00 Uhr, weiterhin per Microsoft Teams. Der Link bleibt derselbe, der Kalendereintrag ist aktualisiert.

Ich hoffe, die neue Zeit passt Ihnen – sonst melden Sie sich gern.

Mit freundlichen Grüßen
Frauke Lindemann
Personalreferentin · Weserkai Logistik GmbH
"""
add(spec(
    kind=MOVE, slug="weserkai_sequence_bump", lang="de", company="Weserkai Logistik",
    contact=_WK[1], mid="wk-move", irt="wk-inv", refs=["wk-ack", "wk-inv"],
    frm=_WK,
    subject="Aktualisiert: Vorstellungsgespräch Schichtleiter Lager – neuer Termin 19.02.",
    date="2026-02-13 16:02",
    text=_t, html=outlook_html(mso(_t)),
    ics=dict(uid="040000008200E00074C5B7101A82E0080000000010F3A4C1A6B9DC01000000000000000010000000",
             seq=1, start="2026-02-19 13:00", minutes=60,
             summary="Vorstellungsgespräch Schichtleiter Lager – Magnus Achterberg-Nwosu",
             location="Microsoft Teams-Besprechung", organizer=_WK,
             attendees=[("Okke Janssen", "o.janssen@weserkai.example.de")],
             description="Microsoft Teams-Besprechung\nhttps://teams.example.de/l/meetup-join/19%3ameeting_WK2026"),
    hdr={"X-Mailer": "Microsoft Outlook 16.0"},
))

# 2 Schwanenhof: METHOD:CANCEL, brewmaster ill ----------------------------------------------
add(spec(
    kind=MOVE, slug="schwanenhof_cancel_ill", lang="de", company="Brauerei Schwanenhof",
    contact="a.dreyer@schwanenhof-brauerei.example.de", mid="sh-cancel", irt="sh-inv",
    frm=("Anke Dreyer", "a.dreyer@schwanenhof-brauerei.example.de"),
    subject="Abgesagt: Probearbeitstag 5. März",
    date="2026-03-03 07:40",
    text="""Moin Herr Achterberg-Nwosu,

ich muss den Probearbeitstag am Donnerstag leider absagen. Unser Braumeister Herr Feldhusen, der Sie durch die Schicht begleiten sollte, ist seit gestern krankgeschrieben, und ohne ihn ergibt der Tag wenig Sinn.

Ihre Bewerbung bleibt selbstverständlich im Rennen. Sobald Herr Feldhusen wieder da ist, schlage ich Ihnen einen neuen Termin vor.

Viele Grüße
Anke Dreyer
Personal · Brauerei Schwanenhof
""",
    ics=dict(method="CANCEL", uid="sh-probetag-0305@schwanenhof-brauerei.example.de", seq=1,
             start="2026-03-05 06:00", minutes=360, summary="Probearbeitstag Achterberg-Nwosu",
             location="Brauerei Schwanenhof, Tor 2",
             organizer=("Anke Dreyer", "a.dreyer@schwanenhof-brauerei.example.de"),
             prodid=GOOGLE),
))

# 3 Weserport: interviewer ill, moved ---------------------------------------------------------
_t = """Guten Tag Herr Achterberg-Nwosu,

Herr Rickmers ist leider erkrankt, deshalb müssen wir Ihr Gespräch am Mittwoch, 15. April, verlegen.

Wir schlagen stattdessen Mittwoch, 22. April 2026, um 09:30 Uhr vor – gleicher Ort, gleiche Runde. Die Hafenanmeldung übertrage ich auf das neue Datum. Der aktualisierte Kalendereintrag ist angehängt.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Nele Tjaden
Personalentwicklung · AutoTerminal Weserport GmbH
"""
add(spec(
    kind=MOVE, slug="weserport_interviewer_ill", lang="de", company="AutoTerminal Weserport",
    contact=_WP[1], mid="wp-move", irt="wp-inv",
    frm=_WP,
    subject="Verschoben: Vorstellungsgespräch Teamleiter Fahrzeuglogistik",
    date="2026-04-14 08:05",
    text=_t, html=outlook_html(mso(_t)),
    ics=dict(uid="wp-2026-0415-teamleiter@weserport-autoterminal.example.de", seq=1,
             start="2026-04-22 09:30", minutes=90,
             summary="Vorstellungsgespräch Teamleiter Fahrzeuglogistik",
             location="Verwaltungsgebäude, Am Kaiserhafen 2, Raum 1.14, Bremerhaven",
             organizer=_WP, cte="base64"),
))

# 4 Lüdersen: client moved the interview -------------------------------------------------
add(spec(
    kind=MOVE, slug="luedersen_client_moved", lang="de", company="Hansekontor Distribution",
    contact=_LU[1], mid="lu-move", irt="lu-inv", refs=["lu-reg", "lu-inv"],
    frm=("Ilka Meyerdierks | Lüdersen Zeitarbeit", _LU[1]),
    subject="AW: Vorstellung bei Hansekontor Distribution – Vorarbeiter Wareneingang",
    date="2026-08-07 11:52",
    text="""Hallo Herr Achterberg-Nwosu,

kleine Änderung: Herr Cordes von Hansekontor hat am Dienstag eine Inventur-Nachbesprechung bekommen und bittet darum, das Gespräch auf Donnerstag, 13. August, 10:00 Uhr zu legen. Ort bleibt die Pforte Halle C.

Passt Ihnen das trotz Frühschicht? Sonst frage ich nach einem Nachmittagstermin.

Viele Grüße
Ilka Meyerdierks

"""
    + on_wrote("de", "Di., 4. Aug. 2026 um 12:10", CAND_NAME, CAND) + "\n"
    + quote("""Hallo Frau Meyerdierks,

super, vielen Dank! Dienstag, 11. August um 13 Uhr passt mir, ich habe an dem Tag frei.

Viele Grüße
Magnus Achterberg-Nwosu"""),
))

# 5 Nordkauf Workday: changed appointment -------------------------------------------------
_t = """Hallo Magnus Achterberg-Nwosu,

der Termin für Ihren Auswahltag (Teamleiter Logistik, R-0031882) hat sich geändert.

Bisher: Montag, 15. Juni 2026, 08:30 Uhr
Neu: Montag, 22. Juni 2026, 08:30 Uhr
Ort unverändert: Schulungszentrum Hannover-Misburg

Grund ist eine Terminüberschneidung in unserem Beobachterteam. Bitte bestätigen Sie den neuen Termin im Kandidatenportal. Sollten Sie am 22. Juni verhindert sein, wählen Sie dort bitte einen Ausweichtermin.

Freundliche Grüße
Talent Acquisition · Nordkauf Warenhaus GmbH
"""
add(spec(
    kind=MOVE, slug="nordkauf_workday_changed", lang="de", company="Nordkauf Warenhaus",
    contact="", mid="nk-move", irt="nk-inv",
    frm=("Nordkauf Warenhaus", "nordkauf@myworkday.com"),
    subject="Terminänderung: Auswahltag Teamleiter Logistik",
    date="2026-06-05 05:20", tz="+0000", hdr=AUTO,
    text=_t, html=ats_card("Nordkauf Karriere", "#7f1d1d", paras(_t),
                           "Diese Nachricht wurde von Workday im Auftrag von Nordkauf versendet."),
))

# 6 Hafenlager Vegesack: employer cancels, no rejection ----------------------------------
add(spec(
    kind=MOVE, slug="vegesack_cancel_no_reject", lang="de", company="Hafenlager Vegesack",
    contact="m.focken@hafenlager-vegesack.example.de", mid="hv-cancel", irt="hv-inv",
    frm=("Focken, Marita", "m.focken@hafenlager-vegesack.example.de"),
    subject="Gespräch am Mittwoch muss leider ausfallen",
    date="2026-05-11 08:14",
    cs="windows-1252",
    text="""Guten Morgen Herr Achterberg-Nwosu,

unser Vorstellungsgespräch am Mittwoch, 13. Mai, um 15:00 Uhr müssen wir leider absagen, weil Herr Stührmann erkrankt ist. Ich melde mich mit einem neuen Termin.

Mit freundlichen Grüßen
Marita Focken
Personalwesen · Hafenlager Vegesack GmbH
Zum Alten Speicher 5 · 28757 Bremen
Tel. 0421 5550 6632
""",
))

# 7 Kajenwerk: phone screen pushed ---------------------------------------------------------
add(spec(
    kind=MOVE, slug="kajenwerk_call_next_week", lang="de", company="Kajenwerk Container Services",
    contact="t.harms@kajenwerk.example.de", mid="kw-move", irt="kw-inv",
    frm=("Thorsten Harms", "t.harms@kajenwerk.example.de"),
    subject="AW: Kurzes Telefonat zu Ihrer Bewerbung?",
    date="2026-02-11 17:30",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Hallo Herr Achterberg-Nwosu,

ich muss unser Telefonat morgen um 10:30 Uhr leider schieben, bei uns ist ein Schiff früher reingekommen und ich hänge den ganzen Vormittag in der Einsatzplanung.

Ginge stattdessen Mittwoch, 18. Februar, um 10:30 Uhr? Ich rufe Sie dann wie besprochen auf dem Handy an.

Mit freundlichen Grüßen
Thorsten Harms

"""
    + on_wrote("de", "09.02.2026 12:02", CAND_NAME, CAND) + "\n"
    + quote("""Guten Tag Herr Harms,

gern! Donnerstag um 10:30 Uhr passt gut, Sie erreichen mich unter 0170 5550182.

Viele Grüße
Magnus Achterberg-Nwosu"""),
))

# 8 Hunte: calendar update with new time and place (SEQUENCE 2) --------------------------
add(spec(
    kind=MOVE, slug="hunte_new_time_and_site", lang="de", company="Hunte Frischelogistik",
    contact=_HF[1], mid="hf-move", irt="hf-inv",
    frm=_HF,
    subject="Geänderter Termin: Vorstellungsgespräch Lagerkoordinator",
    subj_cs=("iso-8859-1", "Q"),
    date="2026-05-18 15:26",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrter Herr Achterberg-Nwosu,

wegen einer internen Abstimmung zur Standortplanung müssen wir unser Gespräch verlegen.

Neuer Termin: Donnerstag, 28. Mai 2026, 11:00 Uhr
Neuer Ort: Standort Hude, Am Hohen Moor 9, 27798 Hude (nicht mehr Oldenburg-Tweelbäke)

Der geänderte Kalendereintrag ist beigefügt. Bitte kurz bestätigen.

Mit freundlichen Grüßen
Birte Ostendorf
Hunte Frischelogistik GmbH
""",
    ics=dict(uid="hf-lagerkoordinator-2026-05-21@hunte-frische.example.de", seq=2,
             start="2026-05-28 11:00", minutes=60,
             summary="Vorstellungsgespräch Lagerkoordinator – Achterberg-Nwosu",
             location="Standort Hude, Am Hohen Moor 9, 27798 Hude",
             organizer=_HF, attach=True),
))

# 9 Elbspeicher: new slot after the missed call -------------------------------------------
_t = """Hi Magnus,

Thanks for getting back to me so quickly and for explaining what happened – these things happen, and I'm glad you're OK.

As discussed, we've rescheduled your interview with Ole Brandt to Tuesday 16 June at 14:00 CEST. It'll be in person this time, at our site in Hamburg-Billbrook (Moorfleeter Straße 27, reception in Building A). You should have received an updated calendar confirmation from Greenhouse.

See you then,
Jana
"""
add(spec(
    kind=MOVE, slug="elbspeicher_rescheduled_in_person", lang="en", company="Elbspeicher Fulfillment",
    contact="jana.petersen@elbspeicher.example.de", mid="es-move", irt="es-missed",
    refs=["es-ack", "es-inv", "es-missed"],
    frm=("Jana Petersen via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Jana Petersen", "jana.petersen@elbspeicher.example.de"),
    subject="Rescheduled: Interview with Elbspeicher Fulfillment – Tue 16 June, 14:00",
    date="2026-06-04 10:44",
    text=_t, html=html_page(paras(_t)),
))

# 10 Northbridge: METHOD:CANCEL, role still open ------------------------------------------
_t = """Hi Magnus,

I'm sorry to do this at short notice, but we need to cancel Tuesday's panel interview. Our site manager has been pulled into an urgent customer escalation and two panel members are unavailable next week.

To be clear: this is not a decision about your application. The role is still open and we'd like to meet you. I'll send you new times as soon as I have the panel's availability.

The calendar invite will be cancelled automatically.

Best,
Amelia
"""
add(spec(
    kind=MOVE, slug="northbridge_panel_cancelled", lang="en", company="Northbridge Fulfilment",
    contact=_NB[1], mid="nb-cancel", irt="nb-inv",
    frm=("Amelia Croft (Northbridge Fulfilment)", "no-reply@hire.lever.co"),
    reply_to=_NB,
    subject="Cancelled: Panel interview – Inbound Supervisor, Hamburg",
    date="2026-06-19 17:48", tz="uk",
    text=_t, html=html_page(paras(_t)),
    ics=dict(method="CANCEL", uid="lever-nb-panel-5512@hire.lever.co", seq=1,
             start="2026-06-23 10:00", minutes=75,
             summary="Panel interview: Magnus Achterberg-Nwosu – Inbound Supervisor",
             location="Google Meet", organizer=_NB, prodid=GOOGLE),
))

# 11 Parcelwise via Ashby: rescheduled -----------------------------------------------------
_t = """Hi Magnus,

Your interview with Parcelwise has been rescheduled.

Previous time: Thursday, 6 August 2026, 15:00 CEST
New time: Thursday, 13 August 2026, 15:00 CEST
Interviewers: Tomasz Nowicki, Katrin Holm
Location: Google Meet (link unchanged)

Need to change it again? Use the link below or reply to this email.
https://jobs.ashbyhq.com/parcelwise/interview/reschedule/4be7-91aa

The Parcelwise Recruiting Team
"""
add(spec(
    kind=MOVE, slug="parcelwise_ashby_rescheduled", lang="en", company="Parcelwise",
    contact="tomasz@parcelwise.example.io", mid="pw-move", irt="pw-inv",
    frm=("Parcelwise Recruiting", "no-reply@ashbyhq.com"),
    reply_to=("Tomasz Nowicki", "tomasz@parcelwise.example.io"),
    subject="Your Parcelwise interview has been rescheduled",
    date="2026-08-04 09:00", hdr=AUTO,
    text=_t, html=ats_card("Parcelwise", "#4338ca", paras(_t), "Powered by Ashby"),
    cte="base64",
))

# 12 Kestrel: assessment day moved ---------------------------------------------------------
add(spec(
    kind=MOVE, slug="kestrel_assessment_moved", lang="en", company="Kestrel Automotive Logistics",
    contact="grace.okafor@kestrel-al.example.com", mid="ke-move", irt="ke-cand-confirm",
    refs=["ke-inv", "ke-cand-confirm"],
    frm=("Grace Okafor", "grace.okafor@kestrel-al.example.com"),
    subject="RE: Invitation: Assessment Day – Shift Supervisor VPC Bremerhaven",
    date="2026-08-31 13:37",
    text="""Dear Magnus,

Thank you for confirming. Unfortunately we have to move the assessment day: the port authority has announced gate works on 2 September that will close Gate 4 for the whole day.

The new date is Wednesday, 9 September 2026, same times (08:00 – 15:00). As the gate works will be finished by then, the meeting point stays VPC Gate 4.

Please let me know whether you can make the new date.

Kind regards,
Grace Okafor
HR Business Partner · Kestrel Automotive Logistics GmbH

"""
    + outlook_block("en", "Magnus Achterberg-Nwosu <magnus.an@example.de>",
                    "Tuesday, August 18, 2026 8:41 PM", "Grace Okafor <grace.okafor@kestrel-al.example.com>",
                    "Re: Invitation: Assessment Day – Shift Supervisor VPC Bremerhaven") + """

Dear Ms Okafor,

Thank you very much for the invitation. I confirm my attendance on 2 September and will bring my ID, safety shoes and forklift licence.

Kind regards,
Magnus Achterberg-Nwosu
""",
))

# 13 Vauban: new date after the missed day -----------------------------------------------
add(spec(
    kind=MOVE, slug="vauban_nouvelle_date", lang="fr", company="Terminal Vauban Auto",
    contact="e.marchand@vauban-auto.example.fr", mid="va-move", irt="va-cand-sorry",
    refs=["va-ack", "va-inv", "va-missed", "va-cand-sorry"],
    frm=("Élodie Marchand", "e.marchand@vauban-auto.example.fr", ("utf-8", "B")),
    subject="RE: Journée d'évaluation – nouvelle date",
    date="2026-03-12 10:20",
    text="""Bonjour Monsieur Achterberg-Nwosu,

Merci pour vos explications, nous comprenons tout à fait qu'une grève des trains ne se prévoit pas.

Nous vous proposons de reporter votre journée d'évaluation au mardi 17 mars 2026, mêmes horaires (9h00 – 16h00), même lieu. Le responsable d'exploitation a pu libérer sa journée.

Merci de nous confirmer que cette nouvelle date vous convient.

Cordialement,
Élodie Marchand
Ressources humaines – Terminal Vauban Auto

"""
    + on_wrote("fr", "mer. 11 mars 2026 à 07:55", CAND_NAME, CAND) + "\n"
    + quote("""Bonjour Madame Marchand,

Je suis vraiment désolé pour hier : mon train de Paris a été supprimé à cause de la grève et mon téléphone n'avait plus de réseau dans le car de remplacement. Serait-il possible de fixer une autre date ?

Cordialement,
Magnus Achterberg-Nwosu"""),
))

# 14 Seine-Océan: interviewer ill, postponed --------------------------------------------
add(spec(
    kind=MOVE, slug="seine_ocean_report_souffrante", lang="fr", company="Manutention Seine-Océan",
    contact=_SO[1], mid="so-move", irt="so-inv",
    frm=_SO,
    subject="Entretien reporté – nouvelle date",
    date="2026-06-08 09:12",
    text="""Bonjour Monsieur Achterberg-Nwosu,

Mme Leroy est souffrante cette semaine. Nous devons reporter l'entretien prévu mardi. Nouvelle date proposée : jeudi 11 juin à 14h00, même lieu (bâtiment B, 1er étage).

Merci de me confirmer.
Christophe Duval
""",
    ics=dict(uid="so-entretien-0609-quai@seine-ocean.example.fr", seq=1, start="2026-06-11 14:00",
             minutes=60, tzid="Romance Standard Time",
             summary="Entretien – M. Achterberg-Nwosu – responsable d'équipe quai",
             location="Quai de la Saône, bâtiment B, 1er étage, Le Havre", organizer=_SO),
))

# 15 Turia: hour changed ------------------------------------------------------------------
add(spec(
    kind=MOVE, slug="turia_cambio_de_hora", lang="es", company="Almacenes Turia Logística",
    contact="lucia.ferrer@turia-logistica.example.es", mid="tu-move", irt="tu-inv",
    frm=("Lucía Ferrer", "lucia.ferrer@turia-logistica.example.es"),
    subject="Cambio de hora – entrevista viernes",
    date="2026-05-05 10:02",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Hola, Magnus:

Te escribo para cambiar la hora de la entrevista del viernes: en lugar de a las 10:00, ¿podrías venir a las 12:30? El jefe de almacén tiene una auditoría por la mañana.

Gracias y perdona las molestias.
Lucía
""",
))

# =============================================================================================
# missed_interview_notice
# =============================================================================================

# 1 Stapelfeldt: two calls at 10:00 -------------------------------------------------------
add(spec(
    kind=MISS, slug="stapelfeldt_two_calls", lang="de", company="Stapelfeldt Spedition",
    contact="o.stapelfeldt@stapelfeldt-spedition.example.de",
    frm=("Ole Stapelfeldt", "o.stapelfeldt@stapelfeldt-spedition.example.de"),
    subject="Unser Telefonat heute um 10 Uhr",
    date="2026-01-20 10:24",
    text="""Moin Herr Achterberg-Nwosu,

wir waren heute um 10:00 Uhr zum Telefonat verabredet. Ich habe Sie zweimal angerufen, um 10:00 und um 10:10 Uhr, aber nur die Mailbox erreicht.

Falls etwas dazwischengekommen ist: Melden Sie sich gern bis Freitag bei mir, dann finden wir einen neuen Zeitpunkt. Danach würde ich davon ausgehen, dass sich die Sache für Sie erledigt hat.

Gruß
Ole Stapelfeldt
Geschäftsführer
Stapelfeldt Spedition GmbH · Hüttenstraße 31 · 28237 Bremen
Tel. 0421 5550 6120
""",
))

# 2 Ammerländer: waited in Teams -------------------------------------------------------------
_t = """Hallo Herr Achterberg-Nwosu,

Herr Hinrichs und ich haben heute um 14:00 Uhr im Teams-Meeting auf Sie gewartet, bis etwa 14:20 Uhr, leider vergeblich.

Vielleicht gab es technische Probleme oder der Termin ist untergegangen? Geben Sie mir bitte kurz Bescheid, ob Sie weiterhin Interesse an der Teamleitung Versand haben.

Viele Grüße
Wiebke Ohlrogge
Personal & Ausbildung · Ammerländer Brauhaus
"""
add(spec(
    kind=MISS, slug="ammerlaender_waited_teams", lang="de", company="Ammerländer Brauhaus",
    contact="wiebke.ohlrogge@ammerlaender-brauhaus.example.de", mid="ab-missed", irt="ab-inv",
    frm=("Wiebke Ohlrogge", "wiebke.ohlrogge@ammerlaender-brauhaus.example.de"),
    subject="Heute 14 Uhr – wir haben Sie vermisst",
    date="2026-02-24 14:31",
    text=_t, html=outlook_html(mso(_t)), cte="quoted-printable",
))

# 3 Flexmann: candidate did not show up at the client ------------------------------------
add(spec(
    kind=MISS, slug="flexmann_no_show_client", lang="de", company="Flexmann Personal",
    contact="k.yildiz@flexmann-personal.example.de",
    frm=("Kemal Yıldız", "k.yildiz@flexmann-personal.example.de", ("utf-8", "B")),
    subject="Vorstellungstermin heute 9 Uhr – nicht erschienen?",
    date="2026-08-20 09:47",
    text="""Hallo Herr Achterberg-Nwosu,

gerade hat mich unser Kunde angerufen: Sie waren heute um 9:00 Uhr zum Vorstellungstermin im Lager in Neuland eingeplant, sind dort aber nicht erschienen. Ich habe Sie danach zweimal auf dem Handy versucht.

Bitte rufen Sie mich heute noch zurück, damit ich dem Kunden etwas sagen kann. Wenn etwas passiert ist, ist das natürlich in Ordnung – ich muss es nur wissen.

Viele Grüße
Kemal Yıldız
Flexmann Personal · Hamburg-Harburg · Tel. 040 5550 3317
""",
    cte="base64",
))

# 4 Geestemünder: not reachable -----------------------------------------------------------
add(spec(
    kind=MISS, slug="geestemuende_not_reachable", lang="de", company="Geestemünder Kühllogistik",
    contact="j.kueck@geestemuende-kuehl.example.de", mid="gk-missed", irt="gk-inv",
    frm=("Jörn Kück", "j.kueck@geestemuende-kuehl.example.de"),
    subject="AW: Telefontermin Dienstag",
    date="2026-04-14 10:19",
    text="""Moin,

hab Sie um 10 nicht erreicht, telefonisch war niemand dran. Melden Sie sich, wenn Sie noch wollen.

Gruß
Kück

"""
    + on_wrote("de", "09.04.2026 um 16:44", "Jörn Kück", "j.kueck@geestemuende-kuehl.example.de") + "\n"
    + quote("""Moin Herr Achterberg-Nwosu,

Dienstag 10 Uhr telefonisch, passt das? Ich rufe Sie auf der Handynummer aus dem Lebenslauf an. Dauer ca. 15 Minuten."""),
))

# 5 Kistenwerk: sat in the café --------------------------------------------------------------
add(spec(
    kind=MISS, slug="kistenwerk_cafe_no_show", lang="de", company="Kistenwerk Fulfillment",
    contact="lasse@kistenwerk.example.de", mid="ki-missed", irt="ki-inv",
    frm=("Lasse Grothmann", "lasse@kistenwerk.example.de"),
    subject="Re: Kaffee am Donnerstag?",
    date="2026-06-11 16:52",
    text="""Hey Magnus,

ich sitze seit kurz vor vier im Deichgraf und hab dich nicht gesehen – und ans Telefon bist du auch nicht gegangen. Alles okay bei dir?

Ich bin jetzt wieder im Lager. Schreib mir einfach, wenn was dazwischengekommen ist.

Lasse
""",
    cte="8bit",
))

# 6 Baumarkt Weserland via Recruitee: missed video call -----------------------------------
_t = """Guten Tag Herr Achterberg-Nwosu,

heute um 11:00 Uhr waren wir zum Videogespräch für die Stelle Teamleiter Wareneingang verabredet. Frau Rademacher aus der Lagerleitung und ich waren im Call, Sie haben sich aber leider nicht eingewählt.

Bitte melden Sie sich bis zum 19. August, falls Sie weiterhin interessiert sind – dann versuchen wir, einen neuen Termin zu finden.

Freundliche Grüße
Jens Ahlers
Recruiting · Baumarkt Weserland
"""
add(spec(
    kind=MISS, slug="weserland_video_missed", lang="de", company="Baumarkt Weserland",
    contact="jens.ahlers@weserland-baumarkt.example.de", mid="bw-missed", irt="bw-ack",
    frm=("Jens Ahlers – Baumarkt Weserland", "noreply@jobs.recruitee.com"),
    reply_to=("Jens Ahlers", "jens.ahlers@weserland-baumarkt.example.de"),
    subject="Wir haben Sie heute im Videogespräch vermisst",
    date="2026-08-12 11:38",
    text=_t, html=ats_card("Baumarkt Weserland", "#c2410c", paras(_t),
                           "Gesendet mit Recruitee · Antworten gehen an Jens Ahlers"),
))

# 7 Elbspeicher: we waited on Teams ----------------------------------------------------------
_t = """Hi Magnus,

Ole and I were on Teams at 10:00 for your interview today and waited for about 15 minutes, but it looks like you weren't able to join.

I hope everything is alright. If something came up, just reply to this email and we'll see whether we can find another slot.

Best,
Jana
"""
add(spec(
    kind=MISS, slug="elbspeicher_waited_on_teams", lang="en", company="Elbspeicher Fulfillment",
    contact="jana.petersen@elbspeicher.example.de", mid="es-missed", irt="es-inv",
    frm=("Jana Petersen via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Jana Petersen", "jana.petersen@elbspeicher.example.de"),
    subject="We missed you today",
    date="2026-06-02 10:21",
    text=_t, html=html_page(paras(_t)),
))

# 8 Reitdiep: tried calling twice at 10:00 --------------------------------------------------
add(spec(
    kind=MISS, slug="reitdiep_called_twice", lang="en", company="Reitdiep Logistics",
    contact="sanne.devries@reitdiep.example.nl", mid="rd-missed", irt="rd-inv",
    frm=("Sanne de Vries", "sanne.devries@reitdiep.example.nl"),
    subject="Re: Quick call about the Warehouse Team Leader role?",
    date="2026-03-31 10:26",
    text="""Hi Magnus,

I tried calling you twice at 10:00 on +49 170 5550182 for our phone screen, but there was no answer and no voicemail either.

Could you let me know if you're still interested? If so, I can offer Thursday or Friday morning this week.

Best,
Sanne

"""
    + on_wrote("en", "Tue, 24 Mar 2026 at 18:20", CAND_NAME, CAND) + "\n"
    + quote("""Hi Sanne,

Tuesday 31 March at 10:00 works for me. You can reach me on +49 170 5550182.

Best regards,
Magnus"""),
))

# 9 Vauban: did not show up, tried to reach him -------------------------------------------
add(spec(
    kind=MISS, slug="vauban_absent_journee", lang="fr", company="Terminal Vauban Auto",
    contact="e.marchand@vauban-auto.example.fr", mid="va-missed", irt="va-inv",
    frm=("Élodie Marchand", "e.marchand@vauban-auto.example.fr", ("utf-8", "B")),
    subject="Journée d'évaluation de ce jour",
    date="2026-03-10 10:05",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Monsieur Achterberg-Nwosu,

Vous étiez attendu ce matin à 9h00 au poste de garde n°2 pour votre journée d'évaluation. Nous avons essayé de vous joindre deux fois, à 9h15 et à 9h40, sans succès.

Les autres candidats ont commencé le programme. Pourriez-vous nous donner des nouvelles dès que possible ?

Cordialement,
Élodie Marchand
Ressources humaines - Terminal Vauban Auto
""",
))

# 10 Cervecera: we waited in the video call ----------------------------------------------
add(spec(
    kind=MISS, slug="cervecera_videollamada_ausente", lang="es", company="Cervecera del Grao",
    contact="marta.soler@cervecera-grao.example.es", mid="cg-missed", irt="cg-inv",
    frm=("Marta Soler", "marta.soler@cervecera-grao.example.es"),
    subject="Videollamada de hoy a las 17:00",
    date="2026-09-14 17:26",
    text="""Hola Magnus:

Te hemos esperado en la videollamada de hoy a las 17:00 durante veinte minutos, pero no te has conectado.

Si has tenido algún problema con el enlace o con la hora (recuerda que era hora de Valencia), escríbeme y vemos si podemos buscar otro hueco esta semana.

Un saludo,
Marta Soler
Personas y Cultura · Cervecera del Grao
Tel. 963 55 50 19
""",
))
