"""Interview invitations (26), reschedules and cancellations (15) and missed-interview notices
(10), each written for its own sender. Several follow one story across messages (an invitation,
its new time, later an offer or a rejection in the other modules)."""

from __future__ import annotations

from msgs120_common import card_shell, gmail_html, outlook_html, table_shell

MESSAGES: list[dict] = []
add = MESSAGES.append

HANSE_UID = "040000008200E00074C5B7101A82E00800000000B0C1E3A8F59ADC01000000000000000010000000E5A1F6C3B2D94E4A8C7B1D0E9F2A3B4C"
UETLI_UID = "f3c1d2e4-8b7a-4c5d-9e0f-1a2b3c4d5e6f@uetliberg-re.example.ch"

# ---------------------------------------------------------------- interview_invitation (26)

# 1 -- Workday, a phone screen; the recruiter's address in Reply-To.
add({
    "slug": "workday_phone_screen", "kind": "interview_invitation", "company": "Isarwerk Versicherung",
    "contact": "franziska.aigner@isarwerk-versicherung.example.de", "lang": "de",
    "sender": ("Isarwerk Versicherung Talent Acquisition", "isarwerk@myworkday.com"),
    "reply_to": ("Franziska Aigner", "franziska.aigner@isarwerk-versicherung.example.de"),
    "subject": "Einladung zum Telefoninterview – Analyst Schadencontrolling (m/w/d)",
    "date": "2026-01-14 10:18 +0100",
    "mid": "<1783524661.70021.1768382280517@wd3-prod-mailer-02.myworkday.com>",
    "text": "auto", "cte": "quoted-printable",
    "html": table_shell("""
<p style="margin:0 0 14px 0;">Hallo Herr Rennert,</p>
<p style="margin:0 0 14px 0;">vielen Dank für Ihre Bewerbung als <strong>Analyst Schadencontrolling (m/w/d)</strong>. Ihr Profil hat uns neugierig gemacht, und wir würden Sie gern in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.</p>
<p style="margin:0 0 14px 0;">Vorgeschlagener Termin: <strong>Mittwoch, 21. Januar 2026, 11:00 Uhr</strong><br />Ihre Gesprächspartnerin: Franziska Aigner, Talent Acquisition</p>
<p style="margin:0 0 14px 0;">Wir rufen Sie unter der in Ihrer Bewerbung angegebenen Mobilnummer an. Sollte der Termin nicht passen, antworten Sie bitte einfach auf diese E-Mail – Ihre Nachricht geht direkt an Frau Aigner.</p>
<p style="margin:0;">Wir freuen uns auf das Gespräch!<br />Ihr Talent-Acquisition-Team der Isarwerk Versicherung</p>
""", logo="https://isarwerk.wd3.myworkday.com/isarwerk/assets/logo/isarwerk_logo_mail.png",
        alt="Isarwerk Versicherung", color="#00507d",
        footer="""Isarwerk Versicherung AG · Leopoldstraße 212 · 80807 München · Sitz der Gesellschaft: München · Registergericht: Amtsgericht München HRB 48 112<br />
<a href="https://www.isarwerk-versicherung.example.de/datenschutz-bewerber" style="color:#8a8a8a;">Datenschutzhinweise für Bewerbende</a>"""),
})

# 2 -- a mutual's HR writes herself, Teams link, plain.
add({
    "slug": "mutual_teams_link", "kind": "interview_invitation", "company": "Landbrand Versicherungsverein",
    "contact": "s.riedmaier@landbrand.example.de", "lang": "de",
    "sender": ("Riedmaier, Susanne", "s.riedmaier@landbrand.example.de"),
    "subject": "Ihre Bewerbung als Underwriter Landwirtschaft – Gesprächseinladung",
    "date": "2026-03-05 14:02 +0100",
    "mid": "<VI1PR07MB5522E0A9B8C7D6E5F4A3B2C1D0@VI1PR07MB5522.eurprd07.prod.outlook.com>",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

herzlichen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem ersten Gespräch per Microsoft Teams ein:

Termin: Donnerstag, 12. März 2026, 9:30 bis ca. 10:30 Uhr
Teilnehmende: Herr Georg Maierhofer (Abteilungsleiter Underwriting Landwirtschaft) und ich

Link zur Besprechung:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE1YTItYjA3ZC00%40thread.v2/0?context=%7b%22Tid%22%3a%22landbrand%22%7d
Besprechungs-ID: 381 552 907 114
Kennung: q7Xk2P

Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt. Falls nicht, finden wir gern eine Alternative.

Mit freundlichen Grüßen

Susanne Riedmaier
Personalentwicklung & Recruiting

Landbrand Versicherungsverein a.G.
Prinzregentenstraße 77 · 81675 München
Telefon +49 89 5557-3140
s.riedmaier@landbrand.example.de · www.landbrand.example.de

Vorstand: Franz Xaver Huber (Vorsitzender), Dr. Claudia Rottmann · Vorsitzender des Aufsichtsrats: Johann Kellerer
Sitz München · Registergericht München VR 1201
""",
})

# 3 -- Outlook meeting request (text, HTML and METHOD:REQUEST).
add({
    "slug": "calendar_request_outlook", "kind": "interview_invitation", "company": "Hanse Ersatzkasse",
    "contact": "birgit.lorenzen@hek.example.de", "lang": "de",
    "sender": ("Lorenzen, Birgit", "birgit.lorenzen@hek.example.de"),
    "subject": "Auswahlgespräch Referent/in Versorgungsmanagement – Herr Rennert",
    "date": "2026-02-09 11:40 +0100",
    "mid": "<BE1P281MB2860A1B2C3D4E5F60718293A4B@BE1P281MB2860.DEUP281.PROD.OUTLOOK.COM>",
    "cte": "quoted-printable",
    "headers": {"X-MS-Exchange-Calendar-Originator-Id": "b1f0e2a3-4c5d-46e7-8f90-a1b2c3d4e5f6",
             "Thread-Topic": "Auswahlgespräch Referent/in Versorgungsmanagement – Herr Rennert"},
    "text": """Sehr geehrter Herr Rennert,

wie heute Vormittag telefonisch besprochen, lade ich Sie zum Auswahlgespräch für die Stelle Referent/in Versorgungsmanagement in unserer Landesvertretung Bayern ein.

Wann: Dienstag, 17. Februar 2026, 13:00–14:30
Wo: Hanse Ersatzkasse, Landesvertretung Bayern, Sonnenstraße 24, 80331 München, 4. OG, Raum „Isar“
Gesprächspartner: Herr Dr. Pfleiderer (Leiter Versorgungsmanagement), Frau Gül (Personalrat) und ich

Bitte bringen Sie einen gültigen Personalausweis mit und melden Sie sich am Empfang. Bitte nehmen Sie die Einladung im Kalender an, damit wir Sie eintragen können.

Mit freundlichen Grüßen
Birgit Lorenzen
Personalgewinnung
Hanse Ersatzkasse – Landesvertretung Bayern
Tel. 089 5550 118-42
birgit.lorenzen@hek.example.de
""",
    "html": outlook_html("""<p class="MsoNormal">Sehr geehrter Herr Rennert,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">wie heute Vormittag telefonisch besprochen, lade ich Sie zum Auswahlgespräch für die Stelle Referent/in Versorgungsmanagement in unserer Landesvertretung Bayern ein.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Wann:</b> Dienstag, 17. Februar 2026, 13:00–14:30<br><b>Wo:</b> Hanse Ersatzkasse, Landesvertretung Bayern, Sonnenstraße 24, 80331 München, 4. OG, Raum „Isar“<br><b>Gesprächspartner:</b> Herr Dr. Pfleiderer (Leiter Versorgungsmanagement), Frau Gül (Personalrat) und ich<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bitte bringen Sie einen gültigen Personalausweis mit und melden Sie sich am Empfang. Bitte nehmen Sie die Einladung im Kalender an, damit wir Sie eintragen können.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>Birgit Lorenzen<br>Personalgewinnung<br>Hanse Ersatzkasse – Landesvertretung Bayern<br>Tel. 089 5550 118-42<br><a href="mailto:birgit.lorenzen@hek.example.de">birgit.lorenzen@hek.example.de</a><o:p></o:p></p>"""),
    "ics": {"method": "REQUEST", "uid": HANSE_UID, "sequence": 0, "start": "20260217T130000",
             "end": "20260217T143000", "stamp": "20260209T104012Z",
             "summary": "Auswahlgespräch Referent/in Versorgungsmanagement – Herr Rennert",
             "location": "Sonnenstraße 24, 80331 München, 4. OG, Raum Isar",
             "organizer": ("Lorenzen, Birgit", "birgit.lorenzen@hek.example.de"),
             "attendees": [("Pfleiderer, Jochen Dr.", "jochen.pfleiderer@hek.example.de")],
             "description": "Auswahlgespräch mit Herrn Dr. Pfleiderer, Frau Gül und Frau Lorenzen. Bitte Personalausweis mitbringen."},
})

# 4 -- agency, exclamation marks everywhere, names the client.
add({
    "slug": "agency_exclamations", "kind": "interview_invitation", "company": "Schadenfix",
    "contact": "n.osterkamp@talentbruecke.example.de", "lang": "de",
    "sender": ("Nina Osterkamp | Talentbrücke", "n.osterkamp@talentbruecke.example.de"),
    "subject": "GUTE NEWS: Schadenfix will Sie kennenlernen!!",
    "date": "2026-05-04 08:51 +0200",
    "cte": "8bit",
    "text": """Guten Morgen Herr Rennert!!

Ich hab gerade mit Schadenfix telefoniert – Ihr Profil hat voll überzeugt! Die beiden Gründer möchten Sie unbedingt kennenlernen, und zwar schon nächste Woche!!

Vorschlag vom Kunden:
➡ Dienstag, 12.05., 15:00 Uhr
➡ vor Ort im Werksviertel (Atelierstraße 10, 81671 München), 3. Stock, einfach klingeln bei „Schadenfix“
➡ Gesprächspartner: Daniel Oswald (CEO) + Miriam Kaya (Head of Claims Automation)

Rahmen: ca. 60 Min., lockere Atmosphäre, Du-Kultur – aber kommen Sie ruhig im Hemd ;-) Die wollen vor allem hören, wie Sie heute Schäden bearbeiten und wo Sie Automatisierungspotenzial sehen.

Können Sie mir bis heute Abend kurz Bescheid geben, ob das klappt?? Dann bestätige ich direkt beim Kunden. Vorbereitung machen wir gern Montag kurz telefonisch!

Daumen sind gedrückt!!
Nina Osterkamp

Nina Osterkamp | Senior Consultant Insurance & Finance | Talentbrücke Personalberatung GmbH
Königsallee 60b | 40212 Düsseldorf | +49 211 555 88 12 | www.talentbruecke.example.de
""",
})

# 5 -- Zurich, Swiss German register, HTML and text written separately.
add({
    "slug": "zurich_erstgespraech", "kind": "interview_invitation", "company": "Limmat Versicherungen",
    "contact": "reto.baumgartner@limmat-versicherungen.example.ch", "lang": "de",
    "sender": ("Baumgartner Reto", "reto.baumgartner@limmat-versicherungen.example.ch"),
    "subject": "Einladung zum Erstgespräch – Underwriter Motorfahrzeug-Flotten",
    "date": "2026-07-06 15:24 +0200",
    "cte": "quoted-printable",
    "text": """Grüezi Herr Rennert

Besten Dank für Ihre Bewerbung als Underwriter Motorfahrzeug-Flotten. Gerne möchten wir Sie in einem Erstgespräch näher kennenlernen.

Datum: Dienstag, 14. Juli 2026
Zeit: 10.00 bis 11.00 Uhr
Ort: Limmat Versicherungen, Mythenquai 88, 8002 Zürich (Empfang Haus B)
Gesprächspartner: Claudio Ferrari, Teamleiter Flotten, und ich

Da Sie aus München anreisen: Die Kosten für die Bahnfahrt 2. Klasse übernehmen wir gerne. Bitte bestätigen Sie mir den Termin kurz per Mail.

Freundliche Grüsse
Reto Baumgartner
Talent Acquisition Partner

Limmat Versicherungen
Mythenquai 88, 8002 Zürich
T +41 44 555 71 23
reto.baumgartner@limmat-versicherungen.example.ch
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<p>Grüezi Herr Rennert</p>
<p>Besten Dank für Ihre Bewerbung als Underwriter Motorfahrzeug-Flotten. Gerne möchten wir Sie in einem Erstgespräch näher kennenlernen.</p>
<table style="font-size:10pt;border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0"><b>Datum</b></td><td>Dienstag, 14. Juli 2026</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Zeit</b></td><td>10.00 bis 11.00 Uhr</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Ort</b></td><td>Limmat Versicherungen, Mythenquai 88, 8002 Zürich (Empfang Haus B)</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Gesprächspartner</b></td><td>Claudio Ferrari, Teamleiter Flotten, und ich</td></tr>
</table>
<p>Da Sie aus München anreisen: Die Kosten für die Bahnfahrt 2. Klasse übernehmen wir gerne. Bitte bestätigen Sie mir den Termin kurz per Mail.</p>
<p>Freundliche Grüsse<br>Reto Baumgartner<br>Talent Acquisition Partner</p>
<p style="color:#0a2d5c"><img src="https://www.limmat-versicherungen.example.ch/sig/limmat_sig_logo.png" alt="Limmat Versicherungen" width="110"><br>Mythenquai 88, 8002 Zürich<br>T +41 44 555 71 23<br><a href="mailto:reto.baumgartner@limmat-versicherungen.example.ch">reto.baumgartner@limmat-versicherungen.example.ch</a></p>
<p style="font-size:8pt;color:#888">Follow us: <a href="https://www.linkedin.com/company/limmat-versicherungen-example">LinkedIn</a> | <a href="https://www.instagram.com/limmat.example">Instagram</a></p>
</div>
""",
})

# 6 -- Vienna, Austrian register.
add({
    "slug": "vienna_gespraech", "kind": "interview_invitation", "company": "Alpenrück Versicherungsverein",
    "contact": "p.wallner@alpenrueck.example.at", "lang": "de",
    "sender": ("Mag. (FH) Philipp Wallner", "p.wallner@alpenrueck.example.at"),
    "subject": "Einladung Vorstellungsgespräch – Aktuarieller Analyst Rückversicherung",
    "date": "2026-05-05 09:33 +0200",
    "cte": "quoted-printable", "charset": "windows-1252",
    "text": """Sehr geehrter Herr Rennert,

wir danken Ihnen für Ihre Bewerbung und freuen uns, Sie zu einem persönlichen Vorstellungsgespräch in unsere Zentrale einladen zu dürfen:

Donnerstag, 14. Mai 2026, 14:00 Uhr
Alpenrück Versicherungsverein a.G.
Schwarzenbergplatz 5, 1030 Wien, 3. Stock (bitte beim Portier melden)

Ihre Gesprächspartner sind Herr Dipl.-Ing. Oberlechner (Leiter Aktuariat Rückversicherung) und ich. Für das Gespräch sollten Sie rund eineinhalb Stunden einplanen; im zweiten Teil bitten wir Sie, eine kurze Aufgabe zur Tarifierung eines Quotenvertrags zu lösen (Taschenrechner wird gestellt).

Um eine kurze Bestätigung wird gebeten.

Mit freundlichen Grüßen
Philipp Wallner

Mag. (FH) Philipp Wallner
Personalmanagement
Alpenrück Versicherungsverein a.G.
Schwarzenbergplatz 5 | 1030 Wien
Tel.: +43 1 555 88 0-214 | Fax: -99
p.wallner@alpenrueck.example.at
FN 88210 k | Handelsgericht Wien
""",
})

# 7 -- Munich insurtech via Ashby, du-form, self-scheduling link.
add({
    "slug": "ashby_du_call", "kind": "interview_invitation", "company": "Deckung24",
    "contact": "jan@deckung24.example.de", "lang": "de",
    "sender": ("Jan Petersen (Deckung24)", "no-reply@ashbyhq.com"),
    "reply_to": ("Jan Petersen", "jan@deckung24.example.de"),
    "subject": "Lust auf einen ersten Call? 📞 – Deckung24",
    "date": "2026-06-16 17:05 +0200",
    "mid": "<ashby.deckung24.app_91af02.1781622300@ashbyhq.com>",
    "cte": "quoted-printable",
    "html": card_shell("""
<p>Hey Tobias,</p>
<p>danke für deine Bewerbung als <b>Underwriting Analyst (Gewerbe)</b> bei Deckung24! Dein Mix aus Schadenpraxis und Python hat uns echt angesprochen.</p>
<p>Hast du Lust auf einen ersten Video-Call mit mir (30 Min., ganz entspannt)? Such dir einfach einen Slot aus, der dir passt:</p>
<p style="text-align:center;margin:24px 0;"><a href="https://app.ashbyhq.com/interview-scheduling/deckung24/5f1e9a2c-7b3d?utm_source=email" style="background:#111;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:600;">Termin auswählen</a></p>
<p>Falls nichts passt, antworte einfach auf diese Mail – die landet direkt bei mir.</p>
<p>Bis bald!<br>Jan<br><span style="color:#57606a">Talent Lead · Deckung24</span></p>
""", alt="Deckung24", logo="https://app.ashbyhq.com/api/images/org-theme-logo/deckung24.png",
        accent="#ff5a36", lang="de", pixel="https://ea.ashbyhq.com/o/91af02.gif",
        footer="""Deckung24 GmbH · Zielstattstraße 19 · 81379 München · Geschäftsführer: Sören Blum · AG München HRB 266 041<br>
Powered by <a href="https://www.ashbyhq.com" style="color:#8c959f">Ashby</a>"""),
})

# 8 -- terse, from a phone, Zurich actuarial firm; the quoted application says "Bewerbung".
add({
    "slug": "terse_mobile_tuesday", "kind": "interview_invitation", "company": "Aeschbacher & Co. Aktuare",
    "contact": "r.aeschbacher@aeschbacher-aktuare.example.ch", "lang": "de",
    "sender": ("Rolf Aeschbacher", "r.aeschbacher@aeschbacher-aktuare.example.ch"),
    "subject": "Re: Bewerbung Aktuar-Assistent",
    "date": "2026-08-27 07:12 +0200",
    "reply": "<CAF7r3nnert+Ae5cH0b@mail.example.de>",
    "cte": "8bit",
    "headers": {"X-Mailer": "iPhone Mail (22G90)"},
    "text": """Grüezi Herr Rennert, passt Ihnen Dienstag 14 Uhr für ein kurzes Telefonat (20 Min)? Ich rufe Sie an.
Gruss R. Aeschbacher

Von meinem iPhone gesendet

> Am 24.08.2026 um 19:40 schrieb Tobias Rennert <tobias.rennert@example.de>:
>
> Sehr geehrter Herr Aeschbacher,
> anbei meine Bewerbung als Aktuar-Assistent bei Aeschbacher & Co. Aktuare.
> Freundliche Grüsse
> Tobias Rennert
""",
})

# 9 -- public health insurer, assessment centre, directions as a PDF attachment.
add({
    "slug": "assessment_center_pdf", "kind": "interview_invitation", "company": "Audax BKK",
    "contact": "personalgewinnung@audax-bkk.example.de", "lang": "de",
    "sender": ("Audax BKK Personalgewinnung", "personalgewinnung@audax-bkk.example.de"),
    "subject": "Einladung zum Auswahltag am 17.06.2026 – Referent Leistungscontrolling",
    "date": "2026-06-01 13:15 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

wir freuen uns, Ihnen mitteilen zu können, dass Sie für die Stelle „Referent Leistungscontrolling (m/w/d)“ in die engere Auswahl gekommen sind. Wir laden Sie herzlich zu unserem Auswahltag ein:

Datum: Mittwoch, 17. Juni 2026
Beginn: 8:45 Uhr (Ende gegen 15:30 Uhr)
Ort: Audax BKK, Hauptverwaltung, Kaiserswerther Straße 115, 40474 Düsseldorf, Raum E.08

Ablauf: Begrüßung und Unternehmenspräsentation, Fallstudie (Auswertung von Leistungsdaten mit Excel), Präsentation Ihrer Ergebnisse vor dem Auswahlgremium, strukturiertes Einzelinterview. Für das Mittagessen ist gesorgt.

Eine Anfahrtsbeschreibung und Hinweise zur Erstattung Ihrer Reisekosten finden Sie im Anhang. Bitte bestätigen Sie Ihre Teilnahme bis zum 8. Juni 2026 per Antwort auf diese E-Mail.

Bei Fragen erreichen Sie uns unter 0211 555 2030 oder unter dieser Adresse.

Mit freundlichen Grüßen

Jasmin Yıldız
Personalgewinnung

Audax BKK
Körperschaft des öffentlichen Rechts
Kaiserswerther Straße 115 · 40474 Düsseldorf
personalgewinnung@audax-bkk.example.de
""",
    "attach": [("Anfahrt_und_Reisekosten_Auswahltag.pdf", [
        "Audax BKK - Hauptverwaltung Düsseldorf",
        "Anfahrt zum Auswahltag am 17.06.2026",
        "",
        "Mit der Bahn: ab Düsseldorf Hbf U78/U79 Richtung Messe bis Haltestelle Nordpark/Aquazoo,",
        "von dort 4 Minuten Fußweg. Mit dem Auto: A44, Ausfahrt Messe/Stockum, Gästeparkplätze P2.",
        "",
        "Reisekosten: Wir erstatten Bahnfahrten 2. Klasse gegen Vorlage des Tickets",
        "(Formular bitte am Auswahltag am Empfang abgeben).",
    ])],
})

# 10 -- second round with a case study; the quoted first-round thanks.
add({
    "slug": "second_round_case_study", "kind": "interview_invitation", "company": "Domstadt Rück",
    "contact": "ole.valk@domstadt-rueck.example.de", "lang": "de",
    "sender": ("Valk, Ole", "ole.valk@domstadt-rueck.example.de"),
    "cc": [("Oberhäuser, Katrin Dr.", "katrin.oberhaeuser@domstadt-rueck.example.de")],
    "subject": "AW: Erstgespräch Treaty Underwriting – nächster Schritt",
    "date": "2026-03-02 16:30 +0100",
    "mid": "<DB9PR04MB8412A0B1C2D3E4F5A6B7C8D9E0@DB9PR04MB8412.eurprd04.prod.outlook.com>",
    "reply": "<CAF7r3nnert+Dr1sT4q@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Hallo Herr Rennert,

vielen Dank für Ihre Rückmeldung und nochmals für das gute Erstgespräch.

Frau Dr. Oberhäuser und ich möchten Sie gern zu einem zweiten Gespräch nach Köln einladen, und zwar am Donnerstag, 12. März, um 13:00 Uhr. Treffpunkt ist unser Empfang am Konrad-Adenauer-Ufer 41.

Im ersten Teil stellen Sie uns bitte eine kleine Fallstudie vor (ca. 15 Minuten): Wie würden Sie ein Property-Cat-Programm für einen regionalen Erstversicherer in Bayern auf Basis der beigefügten Schadenhistorie beurteilen? Die Unterlagen schicke ich Ihnen morgen in einer separaten Mail. Danach sprechen wir über Team, Rolle und Ihre Fragen. Planen Sie insgesamt bitte zwei Stunden ein.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Beste Grüße
Ole Valk
Senior Treaty Underwriter
Domstadt Rück SE · Konrad-Adenauer-Ufer 41 · 50668 Köln
T +49 221 5550 3342 · ole.valk@domstadt-rueck.example.de

-----Ursprüngliche Nachricht-----
Von: Tobias Rennert <tobias.rennert@example.de>
Gesendet: Freitag, 27. Februar 2026 12:10
An: Valk, Ole <ole.valk@domstadt-rueck.example.de>
Betreff: Erstgespräch Treaty Underwriting – nächster Schritt

Hallo Herr Valk,

danke für das angenehme Telefonat gestern. Wie besprochen schicke ich Ihnen meine Arbeitszeugnisse. Leider habe ich das Zeugnis meines ersten Arbeitgebers nur als Scan – ich hoffe, das passt so.

Viele Grüße
Tobias Rennert
""",
})

# 11 -- actuarial consultancy via Recruitee, case interview, HTML only.
add({
    "slug": "recruitee_case_interview", "kind": "interview_invitation",
    "company": "Kessler Actuarial Consulting", "contact": "", "lang": "de",
    "sender": ("Kessler Actuarial Consulting", "no-reply@recruitee.com"),
    "subject": "Einladung zum Case Interview – Consultant Aktuariat (m/w/d)",
    "date": "2026-08-03 10:02 +0200",
    "mid": "<recruitee.kessleractuarial.offer_1029384.cand_8812744@recruitee.com>",
    "cte": "base64",
    "html": card_shell("""
<p>Hallo Herr Rennert,</p>
<p>vielen Dank für das angenehme Telefonat mit unserem Partner Dr. Lukas Kessler. Wir möchten Sie gern zum nächsten Schritt einladen: einem <strong>Case Interview</strong> in unserem Münchner Büro.</p>
<ul>
<li><b>Wann:</b> Dienstag, 11. August 2026, 10:00–12:00 Uhr</li>
<li><b>Wo:</b> Kessler Actuarial Consulting, Theatinerstraße 8, 80333 München</li>
<li><b>Mit wem:</b> Dr. Lukas Kessler (Partner) und Anja Schuster (Senior Manager)</li>
</ul>
<p>Im Case geht es um die Reservierung eines kleinen Kfz-Portfolios (Chain-Ladder und Bornhuetter-Ferguson). Bringen Sie gern Ihren Laptop mit; Excel genügt.</p>
<p>Bitte bestätigen Sie den Termin über den folgenden Link oder schlagen Sie dort eine Alternative vor:</p>
<p><a href="https://kessleractuarial.recruitee.com/o/consultant-aktuariat/c/confirm?token=8812744-e3a9f1&amp;utm_medium=email" style="color:#0052cc;font-weight:600;">Termin bestätigen</a></p>
<p>Viele Grüße<br>Ihr Recruiting-Team von Kessler Actuarial Consulting</p>
""", alt="Kessler Actuarial Consulting", logo="https://recruitee-main.s3.eu-central-1.amazonaws.com/companies/88123/logo_mail.png",
        accent="#0052cc", lang="de",
        footer="""Kessler Actuarial Consulting GmbH · Theatinerstraße 8 · 80333 München · Geschäftsführer: Dr. Lukas Kessler, Dr. Petra Ulm · HRB 199 327<br>
Diese Nachricht wurde über Recruitee versendet. Antworten an diese Adresse können nicht gelesen werden. <a href="https://kessleractuarial.recruitee.com/privacy" style="color:#8c959f">Datenschutz</a>"""),
})

# 12 -- employer brand differs from the legal entity; self-scheduling via SuccessFactors.
add({
    "slug": "brand_slot_booking", "kind": "interview_invitation", "company": "Münchener Schaden",
    "contact": "", "lang": "de",
    "sender": ("MÜNCHENER SCHADEN Karriere", "noreply+msv@successfactors.eu"),
    "subject": "Bitte wählen Sie Ihren Interviewtermin – Spezialist Großschaden Haftpflicht",
    "date": "2026-04-07 08:25 +0200",
    "mid": "<1775543100771.41120.SF.mail@successfactors.eu>",
    "text": "auto", "cte": "quoted-printable",
    "html": table_shell("""
<p>Hallo Herr Rennert,</p>
<p>schön, dass Sie sich für Münchener Schaden interessieren! Nach Sichtung Ihrer Unterlagen möchten wir Sie gern zu einem Interview (Videocall, ca. 45 Minuten) mit Frau Kerstin Loibl, Leiterin Großschaden Haftpflicht, einladen.</p>
<p>Bitte wählen Sie über den folgenden Link einen der freien Termine zwischen dem 14. und 17. April aus:</p>
<p style="text-align:center;"><a href="https://career5.successfactors.eu/sfcareer/interviewScheduling?company=msvP&amp;token=a81f20cc9e" style="display:inline-block;padding:10px 20px;background:#c4122f;color:#ffffff;text-decoration:none;font-weight:bold;">Interviewtermin auswählen</a></p>
<p>Nach der Buchung erhalten Sie automatisch eine Bestätigung mit dem Einwahllink.</p>
<p>Viele Grüße<br>Ihr Recruiting-Team<br>Münchener Schaden</p>
""", logo="https://www.muenchener-schaden.example.de/media/logo/ms_logo_rgb.png", alt="MÜNCHENER SCHADEN",
        color="#c4122f",
        footer="""Münchener Schaden ist eine Marke der MSV Münchener Schadenversicherung AG · Karlstraße 35 · 80333 München · Vorstand: Dr. Hubert Wiesinger (Vors.), Anke Rauscher · HRB 31 077 AG München<br>
Dies ist eine automatisch erzeugte Nachricht."""),
})

# 13 -- old hail mutual, Outlook; the quoted chain says "leider" and "absagen".
add({
    "slug": "invite_chain_says_leider", "kind": "interview_invitation",
    "company": "Düsseldorfer Hagelversicherung",
    "contact": "m.terhoeven@hagel-duesseldorf.example.de", "lang": "de",
    "sender": ("Terhoeven, Marco", "m.terhoeven@hagel-duesseldorf.example.de"),
    "subject": "AW: Terminvorschlag",
    "date": "2026-06-22 11:08 +0200",
    "reply": "<CAF7r3nnert+Hg3dUs9@mail.example.de>",
    "refs": ["<AM0PR02MB3911E1F0A2B3C4D5E6F7A8B9C0@AM0PR02MB3911.eurprd02.prod.outlook.com>",
          "<CAF7r3nnert+Hg3dUs9@mail.example.de>"],
    "cte": "quoted-printable",
    "text": """Hallo Herr Rennert,

kein Problem, gute Besserung nachträglich!

Dann machen wir es so: Montag, 29. Juni, 10:30 Uhr bei uns im Haus, Berliner Allee 51, 5. Etage. Sie sprechen mit unserer Vorständin Frau Dr. Haas und mit mir. Wir haben ca. eine Stunde eingeplant.

Ich freue mich!

Viele Grüße
Marco Terhoeven
Leiter Underwriting Landwirtschaft & Hagel
Düsseldorfer Hagelversicherung VVaG – gegründet 1848
Berliner Allee 51 · 40212 Düsseldorf · T 0211 555 6610

Von: Tobias Rennert <tobias.rennert@example.de>
Gesendet: Sonntag, 21. Juni 2026 20:14
An: Terhoeven, Marco <m.terhoeven@hagel-duesseldorf.example.de>
Betreff: Re: Terminvorschlag

Hallo Herr Terhoeven,

leider war ich letzte Woche krank und konnte Ihre Mail erst jetzt lesen. Den Termin am Donnerstag musste ich deshalb leider absagen – es tut mir sehr leid. Gibt es noch eine Möglichkeit für ein Gespräch?

Viele Grüße
Tobias Rennert

Von: Terhoeven, Marco
Gesendet: Montag, 15. Juni 2026 09:02
Betreff: Terminvorschlag

Hallo Herr Rennert, hätten Sie Donnerstag um 14 Uhr Zeit für ein Gespräch? VG Marco Terhoeven
""",
})

# 14 -- Basel reinsurer, interview in Basel (text and HTML), written by HR.
add({
    "slug": "basel_einladung_alt", "kind": "interview_invitation", "company": "Basler Rhein Rück",
    "contact": "corinne.stoeckli@baslerrheinrueck.example.ch", "lang": "de",
    "sender": ("Stöckli Corinne", "corinne.stoeckli@baslerrheinrueck.example.ch"),
    "subject": "Einladung zum Gespräch – Treaty Analyst",
    "date": "2026-06-10 10:47 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert

Vielen Dank für Ihre Bewerbung als Treaty Analyst. Gerne laden wir Sie zu einem persönlichen Gespräch nach Basel ein:

Dienstag, 23. Juni 2026, 09.30 Uhr
Basler Rhein Rück AG, St. Alban-Anlage 46, 4052 Basel

Sie treffen Herrn Lukas Imhof (Head Treaty Property) und mich. Bitte rechnen Sie mit rund 90 Minuten.

Wir bitten Sie, uns den Termin bis Freitag zu bestätigen.

Freundliche Grüsse

Corinne Stöckli
HR Business Partner
Basler Rhein Rück AG
""",
    "html": outlook_html("""<p class="MsoNormal">Sehr geehrter Herr Rennert<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vielen Dank für Ihre Bewerbung als Treaty Analyst. Gerne laden wir Sie zu einem persönlichen Gespräch nach Basel ein:<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Dienstag, 23. Juni 2026, 09.30 Uhr</b><br>Basler Rhein Rück AG, St. Alban-Anlage 46, 4052 Basel<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Sie treffen Herrn Lukas Imhof (Head Treaty Property) und mich. Bitte rechnen Sie mit rund 90 Minuten.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Wir bitten Sie, uns den Termin bis Freitag zu bestätigen.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Freundliche Grüsse<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Corinne Stöckli</b><br>HR Business Partner<br><span style="font-size:9.0pt;color:#595959">Basler Rhein Rück AG</span><o:p></o:p></p>""", lang="DE-CH"),
})

# 15 -- Dublin via Greenhouse, video interview, coordinator in Reply-To.
add({
    "slug": "greenhouse_video_interview", "kind": "interview_invitation",
    "company": "Clontarf Insurance Group", "contact": "siobhan.kelly@clontarf-insurance.example.ie",
    "lang": "en",
    "sender": ("Clontarf Insurance Group via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Siobhán Kelly", "siobhan.kelly@clontarf-insurance.example.ie"),
    "subject": "Interview invitation: Underwriting Analyst, Commercial Lines",
    "date": "2026-07-01 12:31 +0100",
    "mid": "<greenhouse.5520114.interview.88120931@greenhouse-mail.io>",
    "text": "auto", "cte": "quoted-printable",
    "html": card_shell("""
<p>Hi Tobias,</p>
<p>Great news – the hiring team would like to invite you to a <strong>video interview</strong> for the Underwriting Analyst, Commercial Lines role.</p>
<p><b>Format:</b> 45 minutes on Microsoft Teams<br><b>Interviewers:</b> Declan Murphy (Underwriting Manager) and Niamh O'Connor (Senior Underwriter)</p>
<p>Please pick a time that suits you using the link below. All times are shown in your local time zone.</p>
<p><a href="https://u5520114.ct.sendgrid.net/ls/click?upn=u001.schedule-clontarf-88120931" style="display:inline-block;background:#24a47f;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Choose a time</a></p>
<p>If you have any questions, simply reply to this email and it will reach me.</p>
<p>Thanks,<br>Siobhán Kelly<br>Talent Acquisition Coordinator, Clontarf Insurance Group</p>
""", alt="Clontarf Insurance Group", logo="https://s3.amazonaws.com/grnhse-vanity-urls/clontarf/logo_email.png",
        pixel="https://u5520114.ct.sendgrid.net/wf/open?upn=u001.o8Hw-2BqP1",
        footer="""Clontarf Insurance Group plc, registered in Ireland No. 401877, Clontarf Road, Dublin 3. Clontarf Insurance DAC is regulated by the Central Bank of Ireland.<br>
Powered by Greenhouse"""),
})

# 16 -- Dublin reinsurer's recruiter, casual, Gmail-style quoted chain.
add({
    "slug": "free_thursday", "kind": "interview_invitation", "company": "Harcourt Reinsurance",
    "contact": "aoife.brennan@harcourt-re.example.ie", "lang": "en",
    "sender": ("Aoife Brennan", "aoife.brennan@harcourt-re.example.ie"),
    "subject": "Re: Casualty Underwriting Analyst",
    "date": "2026-05-19 09:47 +0100",
    "reply": "<CAF7r3nnert+Hc2aQ8w@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Hi Tobias,

Thanks for sending that over so quickly. Are you free Thursday (21st) at 3pm Irish time / 4pm your time for a first chat with me and Rob Whelan, our Head of Casualty? It'd be a 45-minute Teams call, fairly informal – mostly about your claims background and why underwriting.

Let me know and I'll send the invite.

Thanks,
Aoife

Aoife Brennan
Senior Talent Partner | Harcourt Reinsurance
+353 1 555 0192

On Mon, 18 May 2026 at 20:03, Tobias Rennert <tobias.rennert@example.de> wrote:
> Hi Aoife,
>
> Please find attached my updated CV as requested. I'm sorry it took a while –
> unfortunately I missed your call on Friday as I was in a meeting.
>
> Best regards,
> Tobias
""",
})

# 17 -- Zurich reinsurer, final round on site, calendar request (REQUEST, sequence 0).
add({
    "slug": "calendar_final_round_zurich", "kind": "interview_invitation", "company": "Uetliberg Re",
    "contact": "hannah.keller@uetliberg-re.example.ch", "lang": "en",
    "sender": ("Keller Hannah", "hannah.keller@uetliberg-re.example.ch"),
    "subject": "Invitation: Final round – Tobias Rennert / Cat Pricing Analyst @ Thu 23 Apr 2026 09:00 - 12:00 (CEST)",
    "date": "2026-04-15 14:03 +0200",
    "mid": "<ZR0P278MB1241C0D1E2F3A4B5C6D7E8F9A0@ZR0P278MB1241.CHEP278.PROD.OUTLOOK.COM>",
    "cte": "quoted-printable",
    "text": """Dear Tobias,

Following your conversation with Marc, I'm pleased to invite you to the final round for the Cat Pricing Analyst position at our Zurich headquarters.

Date: Thursday, 23 April 2026
Time: 09:00 – 12:00
Location: Uetliberg Re, Mythenquai 2, 8002 Zurich – please ask for me at reception

Agenda:
09:00 Welcome and office tour
09:20 Technical interview with Marc Fontana and Dr. Ivana Petrović (Cat Modelling)
10:30 Case presentation (you will receive the case 48 hours in advance)
11:15 Conversation with Stefan Brunner, Head of P&C Pricing

We will of course reimburse your travel from Munich. Please accept the calendar invitation so that I can book the rooms.

Kind regards,
Hannah Keller
Senior Recruiter | Uetliberg Re
+41 44 555 31 08 | hannah.keller@uetliberg-re.example.ch
""",
    "ics": {"method": "REQUEST", "uid": UETLI_UID, "sequence": 0, "start": "20260423T090000",
             "end": "20260423T120000", "stamp": "20260415T120301Z",
             "summary": "Final round – Tobias Rennert / Cat Pricing Analyst",
             "location": "Uetliberg Re, Mythenquai 2, 8002 Zurich",
             "organizer": ("Keller Hannah", "hannah.keller@uetliberg-re.example.ch"),
             "attendees": [("Fontana Marc", "marc.fontana@uetliberg-re.example.ch"),
                        ("Brunner Stefan", "stefan.brunner@uetliberg-re.example.ch")],
             "tzid": "W. Europe Standard Time",
             "description": "Final round interviews, Zurich HQ. Case presentation 10:30."},
})

# 18 -- Dublin agency names its client.
add({
    "slug": "agency_client_wants_meet", "kind": "interview_invitation", "company": "Dalkey Mutual",
    "contact": "ciaran@hapenny-recruitment.example.ie", "lang": "en",
    "sender": ("Ciarán Doyle", "ciaran@hapenny-recruitment.example.ie"),
    "subject": "Dalkey Mutual want to meet you!",
    "date": "2026-08-20 16:44 +0100",
    "cte": "8bit",
    "text": """Tobias!

Good news – Dalkey Mutual loved your CV and want to meet you for the Pricing Analyst role. First round would be a Teams call with their Chief Actuary, Orla Hennessy, and one of the pricing team.

They've offered:
- Tue 1 Sept, 10:00 Irish time (11:00 yours)
- Wed 2 Sept, 14:30 Irish time

Which one works? I'll lock it in and send you a prep pack (company background, what Orla tends to ask, etc.).

Cheers,
Ciarán

Ciarán Doyle | Principal Consultant – Insurance & Actuarial
Ha'penny Recruitment | 14 Wellington Quay, Dublin 2
M: +353 87 555 4412 | ciaran@hapenny-recruitment.example.ie
Ha'penny Recruitment Ltd. Registered in Ireland No. 623190. Licensed under the Employment Agency Act 1971, licence no. EA 5551.
""",
})

# 19 -- Basel bank writes in English via Teamtailor.
add({
    "slug": "teamtailor_basel_bank", "kind": "interview_invitation", "company": "Bank am Rheinknie",
    "contact": "", "lang": "en",
    "sender": ("Bank am Rheinknie", "notifications@teamtailor-mail.com"),
    "subject": "Next step: interview for Bancassurance Risk Analyst",
    "date": "2026-09-10 13:12 +0200",
    "mid": "<tt-8d3c77a0.c81f2e.cand-3118405@teamtailor-mail.com>",
    "cte": "quoted-printable",
    "html": card_shell("""
<h2 style="font-size:20px;margin:0 0 16px 0;">Hi Tobias,</h2>
<p>Thanks for your application for <strong>Bancassurance Risk Analyst</strong>. We'd like to invite you to a first interview with our team.</p>
<p>The interview will take place on <strong>Thursday, 17 September 2026 at 14:00</strong> via Zoom and will last about 45 minutes. You'll meet Dr. Andrea Vogt (Head of Insurance Risk) and Luca Moser (Talent Acquisition).</p>
<p><a href="https://bankamrheinknie.teamtailor.com/meetings/3118405/accept?utm_source=tt_email" style="background:#005f73;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Confirm the interview</a>&nbsp;&nbsp;<a href="https://bankamrheinknie.teamtailor.com/meetings/3118405/reschedule" style="color:#005f73;">Suggest another time</a></p>
<p>Looking forward to meeting you!<br>The Talent Acquisition team<br>Bank am Rheinknie</p>
""", alt="Bank am Rheinknie", logo="https://assets.teamtailor-cdn.com/bankamrheinknie/logo-mail.png",
        accent="#005f73", pixel="https://teamtailor-mail.com/o/3118405/8d3c77a0.png",
        footer="""Bank am Rheinknie AG · Aeschenvorstadt 21 · 4051 Basel · Switzerland<br>
<a href="https://bankamrheinknie.teamtailor.com/connect/unsubscribe?c=3118405" style="color:#8c959f">Unsubscribe</a> · <a href="https://bankamrheinknie.teamtailor.com/privacy" style="color:#8c959f">Privacy policy</a>"""),
})

# 20 -- Paris actuarial consultancy, vous.
add({
    "slug": "paris_entretien_vous", "kind": "interview_invitation", "company": "Actuaria Conseil",
    "contact": "isabelle.garnier@actuaria-conseil.example.fr", "lang": "fr",
    "sender": ("Isabelle Garnier", "isabelle.garnier@actuaria-conseil.example.fr"),
    "subject": "Entretien – Consultant actuariat non-vie",
    "date": "2026-09-01 09:26 +0200",
    "cte": "quoted-printable",
    "text": """Bonjour Monsieur Rennert,

Je vous remercie pour votre candidature au poste de consultant en actuariat non-vie, qui a retenu toute notre attention.

Je vous propose un premier entretien dans nos locaux le jeudi 10 septembre à 14h30, en présence de Thomas Aubert, directeur du pôle IARD. L'entretien durera environ une heure et se déroulera en français ; quelques questions pourront être posées en anglais.

Adresse : Actuaria Conseil, 22 rue de la Pépinière, 75008 Paris (métro Saint-Augustin), 3e étage.

Merci de bien vouloir me confirmer votre disponibilité.

Bien cordialement,

Isabelle Garnier
Responsable Recrutement & RH
Actuaria Conseil
22 rue de la Pépinière – 75008 Paris
+33 1 55 55 28 40
""",
})

# 21 -- Luxembourg reinsurance captive, formal "convocation", ISO-8859-1.
add({
    "slug": "convocation_luxembourg", "kind": "interview_invitation", "company": "Pétrusse Re",
    "contact": "rh@petrusse-re.example.lu", "lang": "fr",
    "sender": ("Pétrusse Re - RH", "rh@petrusse-re.example.lu"),
    "subject": "Convocation à un entretien",
    "date": "2026-06-09 15:50 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable", "name_cs": "iso-8859-1",
    "text": """Monsieur,

Suite à votre candidature au poste d'analyste réassurance, nous avons le plaisir de vous convier à un entretien qui se tiendra le :

mercredi 24 juin 2026 à 10h00
Pétrusse Re S.A.
33, boulevard Prince Henri
L-1724 Luxembourg

Vous serez reçu par M. Paul Wagner, directeur général, et Mme Anne Schmit, responsable des ressources humaines.

Nous vous remercions de bien vouloir confirmer votre présence par retour de courriel.

Veuillez agréer, Monsieur, nos salutations distinguées.

Anne Schmit
Ressources Humaines
Pétrusse Re S.A. - R.C.S. Luxembourg B 98.765
""",
})

# 22 -- Paris insurtech, tu, very short, HTML from Gmail.
add({
    "slug": "insurtech_on_se_cale", "kind": "interview_invitation", "company": "Assurly",
    "contact": "yanis@assurly.example.fr", "lang": "fr",
    "sender": ("Yanis Belkacem", "yanis@assurly.example.fr"),
    "subject": "On se cale un call ?",
    "date": "2026-09-02 18:37 +0200",
    "cte": "quoted-printable",
    "html": gmail_html("""<div>Hello Tobias,</div><div><br></div><div>J'ai bien reçu ta candidature pour le poste de Data Analyst Sinistres, ton profil m'intéresse beaucoup (c'est pas tous les jours qu'on voit un gestionnaire sinistres qui code en Python 😄).</div><div><br></div><div>On se cale un call de 30 min la semaine prochaine ? Je te propose mardi 8 à 17h ou jeudi 10 à 9h, sur Google Meet.</div><div><br></div><div>Dis-moi ce qui t'arrange !</div><div><br></div><div>Yanis</div><div>--<br>Yanis Belkacem · Head of Claims · Assurly<br><a href="https://assurly.example.fr">assurly.example.fr</a></div>"""),
})

# 23 -- Paris recruitment firm relays the client's invitation, naming the client.
add({
    "slug": "cabinet_client_souhaite", "kind": "interview_invitation", "company": "Groupe Assurances Vendôme",
    "contact": "c.mercier@rivoli-talents.example.fr", "lang": "fr",
    "sender": ("Camille Mercier", "c.mercier@rivoli-talents.example.fr"),
    "subject": "Groupe Vendôme – entretien le 6 mai",
    "date": "2026-04-28 12:03 +0200",
    "cte": "quoted-printable",
    "text": """Bonjour Tobias,

Excellente nouvelle : le Groupe Assurances Vendôme souhaite vous rencontrer pour le poste de souscripteur marché des professionnels !

L'entretien aura lieu le mercredi 6 mai à 10h30 au siège, 9 place Vendôme, avec M. Olivier Lefèvre, directeur de la souscription, et Mme Nadia Benali, RRH. Prévoyez une heure et demie : il y aura une mise en situation sur un dossier de multirisque professionnelle.

Je vous appelle demain pour préparer l'entretien ensemble. Pouvez-vous me confirmer que ce créneau vous convient ?

Belle journée,

Camille Mercier
Consultante Senior – Assurance & Banque
RIVOLI TALENTS
48, rue de Rivoli – 75004 Paris
Tél. : +33 1 55 55 43 21 | Port. : +33 6 55 55 12 34
""",
})

# 24 -- Luxembourg insurer via SmartRecruiters, HTML with text.
add({
    "slug": "smartrecruiters_visio_lux", "kind": "interview_invitation", "company": "Sauertal Assurances",
    "contact": "", "lang": "fr",
    "sender": ("Sauertal Assurances", "noreply@smartrecruiters.com"),
    "subject": "Invitation à un entretien – Souscripteur Entreprises (H/F)",
    "date": "2026-07-13 10:40 +0200",
    "mid": "<sr.sauertal.0e8f3a11-4b52-4c63-8d74-95a6b7c8d9e0@smartrecruiters.com>",
    "text": "auto", "cte": "quoted-printable",
    "html": card_shell("""
<p>Bonjour Tobias,</p>
<p>Merci pour votre candidature au poste de <strong>Souscripteur Entreprises (H/F)</strong>. Nous avons le plaisir de vous inviter à un premier entretien avec Mme Carole Feltgen, responsable souscription.</p>
<p><b>Date :</b> lundi 20 juillet 2026<br><b>Heure :</b> 11h00 – 12h00<br><b>Lieu :</b> Sauertal Assurances, 5 rue Eugène Ruppert, L-2453 Luxembourg (Cloche d'Or)</p>
<p>Merci de confirmer votre disponibilité en cliquant ci-dessous.</p>
<p><a href="https://jobs.smartrecruiters.com/interviews/confirm/0e8f3a11?lang=fr" style="background:#c0392b;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Confirmer l'entretien</a></p>
<p>À très bientôt,<br>L'équipe Recrutement<br>Sauertal Assurances</p>
""", alt="Sauertal Assurances", logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/sauertal/logo_mail.png",
        accent="#c0392b", lang="fr",
        footer="""Sauertal Assurances S.A. · R.C.S. Luxembourg B 77.120 · Entreprise d'assurance agréée par le Commissariat aux Assurances<br>
<a href="https://my.smartrecruiters.com/settings/notifications" style="color:#8c959f">Gérer mes notifications</a>"""),
})

# 25 -- the Spanish insurer's German branch, video call, usted.
add({
    "slug": "alcantara_videollamada", "kind": "interview_invitation", "company": "Seguros Alcántara",
    "contact": "lucia.ferrer@seguros-alcantara.example.com", "lang": "es",
    "sender": ("Lucía Ferrer", "lucia.ferrer@seguros-alcantara.example.com"),
    "subject": "Entrevista – Técnico de Suscripción (sucursal Múnich)",
    "date": "2026-07-20 11:55 +0200",
    "cte": "quoted-printable",
    "text": """Estimado Sr. Rennert:

Gracias por su interés en la vacante de Técnico de Suscripción en nuestra sucursal de Múnich. Nos gustaría conocerle en una entrevista por videollamada:

Fecha: martes, 28 de julio de 2026
Hora: 10:00 (hora de Madrid y de Múnich)
Plataforma: Microsoft Teams (le enviaré el enlace el día anterior)
Entrevistadores: D. Álvaro Sanz, director de la sucursal, y yo misma

La entrevista será en español y en alemán. Le ruego que me confirme su asistencia respondiendo a este correo.

Un cordial saludo,

Lucía Ferrer
Técnica de Selección – Recursos Humanos
Seguros Alcántara, S.A.
Paseo de la Castellana 95, 28046 Madrid
Tel. +34 91 555 40 12
""",
})

# 26 -- Madrid head-hunter, tú, client named, chain "El ... escribió".
add({
    "slug": "headhunter_entrevista_tu", "kind": "interview_invitation", "company": "Reaseguros Ibéricos",
    "contact": "marta.quintana@talentoactuarial.example.com", "lang": "es",
    "sender": ("Marta Quintana", "marta.quintana@talentoactuarial.example.com"),
    "subject": "Re: Oportunidad reaseguro vida – Zúrich",
    "date": "2026-09-08 13:21 +0200",
    "reply": "<CAF7r3nnert+Ri2Lm0p@mail.example.de>",
    "cte": "8bit",
    "text": """¡Hola Tobias!

Buenas noticias: Reaseguros Ibéricos quiere entrevistarte para el puesto de analista de reaseguro de vida en su oficina de Zúrich. La primera entrevista sería por videollamada con Javier Ortiz, responsable de Life & Health, el jueves 17 a las 9:30.

¿Te viene bien? Si me confirmas hoy, les paso tu disponibilidad y te mando un resumen de lo que suelen preguntar.

Un abrazo,
Marta

Marta Quintana | Socia Directora | Talento Actuarial
+34 655 555 210 | talentoactuarial.example.com

El vie, 4 sept 2026 a las 18:22, Tobias Rennert (<tobias.rennert@example.de>) escribió:
> Hola Marta:
> Sí, me interesa mucho la posición. Te adjunto el CV actualizado. Por cierto,
> la otra empresa de la que te hablé me rechazó la semana pasada, así que
> estoy totalmente disponible.
> Saludos,
> Tobias
""",
})

# ------------------------------------------------------- interview_reschedule_or_cancel (15)

# 27 -- Hanse Ersatzkasse moves its meeting: same UID, SEQUENCE 1.
add({
    "slug": "calendar_update_sequence", "kind": "interview_reschedule_or_cancel",
    "company": "Hanse Ersatzkasse", "contact": "birgit.lorenzen@hek.example.de", "lang": "de",
    "sender": ("Lorenzen, Birgit", "birgit.lorenzen@hek.example.de"),
    "subject": "Aktualisiert: Auswahlgespräch Referent/in Versorgungsmanagement – Herr Rennert",
    "date": "2026-02-12 08:14 +0100",
    "mid": "<BE1P281MB2860F0E1D2C3B4A5968778695A@BE1P281MB2860.DEUP281.PROD.OUTLOOK.COM>",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

aufgrund einer kurzfristig angesetzten Vorstandssitzung muss Herr Dr. Pfleiderer am Dienstag bereits um 13:30 Uhr wieder im Haus sein. Wir verschieben das Auswahlgespräch daher auf denselben Tag, 17. Februar, 10:00–11:30 Uhr. Ort und Teilnehmende bleiben unverändert.

Ich habe die Kalendereinladung entsprechend aktualisiert. Bitte nehmen Sie sie erneut an oder geben Sie mir Bescheid, falls Ihnen die neue Uhrzeit nicht passt.

Mit freundlichen Grüßen
Birgit Lorenzen
Personalgewinnung
Hanse Ersatzkasse – Landesvertretung Bayern
Tel. 089 5550 118-42
birgit.lorenzen@hek.example.de
""",
    "ics": {"method": "REQUEST", "uid": HANSE_UID, "sequence": 1, "start": "20260217T100000",
             "end": "20260217T113000", "stamp": "20260212T071402Z",
             "summary": "Auswahlgespräch Referent/in Versorgungsmanagement – Herr Rennert",
             "location": "Sonnenstraße 24, 80331 München, 4. OG, Raum Isar",
             "organizer": ("Lorenzen, Birgit", "birgit.lorenzen@hek.example.de"),
             "attendees": [("Pfleiderer, Jochen Dr.", "jochen.pfleiderer@hek.example.de")],
             "description": "Neue Uhrzeit: 10:00-11:30. Ort unverändert."},
})

# 28 -- same employer as the phone screen: switched to video.
add({
    "slug": "switched_to_video", "kind": "interview_reschedule_or_cancel",
    "company": "Isarwerk Versicherung", "contact": "franziska.aigner@isarwerk-versicherung.example.de",
    "lang": "de",
    "sender": ("Aigner, Franziska", "franziska.aigner@isarwerk-versicherung.example.de"),
    "subject": "Änderung: Ihr Gespräch am 21.01. findet per Teams statt",
    "date": "2026-01-19 16:48 +0100",
    "reply": "<1783524661.70021.1768382280517@wd3-prod-mailer-02.myworkday.com>",
    "cte": "quoted-printable",
    "text": """Hallo Herr Rennert,

kurze Änderung zu unserem Termin am Mittwoch, 21.01., 11:00 Uhr: Statt des Telefonats machen wir das Gespräch per Microsoft Teams, weil Herr Kranz aus dem Schadencontrolling spontan dazukommen möchte. Die Uhrzeit bleibt gleich.

Hier der Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E3ZmQ0%40thread.v2/0?context=isarwerk

Bis Mittwoch!
Franziska Aigner

Franziska Aigner
Talent Acquisition
Isarwerk Versicherung AG | Leopoldstraße 212 | 80807 München
+49 89 5551 2290
""",
})

# 29 -- mutual: manager ill, moved by a day.
add({
    "slug": "manager_ill_next_day", "kind": "interview_reschedule_or_cancel",
    "company": "Landbrand Versicherungsverein", "contact": "s.riedmaier@landbrand.example.de",
    "lang": "de",
    "sender": ("Riedmaier, Susanne", "s.riedmaier@landbrand.example.de"),
    "subject": "Terminverschiebung Gespräch Underwriter Landwirtschaft",
    "date": "2026-03-10 17:22 +0100",
    "reply": "<CAF7r3nnert+Lb6fR1a@mail.example.de>",
    "refs": ["<VI1PR07MB5522E0A9B8C7D6E5F4A3B2C1D0@VI1PR07MB5522.eurprd07.prod.outlook.com>",
          "<CAF7r3nnert+Lb6fR1a@mail.example.de>"],
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

leider ist Herr Maierhofer erkrankt und kann das Gespräch am Donnerstag nicht wahrnehmen. Wir möchten den Termin daher auf Freitag, 13. März 2026, um 9:30 Uhr verschieben. Der Teams-Link bleibt derselbe.

Bitte entschuldigen Sie die kurzfristige Änderung. Sollte Ihnen Freitag nicht passen, nennen Sie mir gern zwei, drei Alternativen in der kommenden Woche.

Mit freundlichen Grüßen

Susanne Riedmaier
Personalentwicklung & Recruiting
Landbrand Versicherungsverein a.G.
Telefon +49 89 5557-3140
s.riedmaier@landbrand.example.de
""",
})

# 30 -- agency: the client moves the meeting.
add({
    "slug": "agency_client_moves", "kind": "interview_reschedule_or_cancel", "company": "Schadenfix",
    "contact": "n.osterkamp@talentbruecke.example.de", "lang": "de",
    "sender": ("Nina Osterkamp | Talentbrücke", "n.osterkamp@talentbruecke.example.de"),
    "subject": "Schadenfix: neuer Termin",
    "date": "2026-05-07 13:09 +0200",
    "cte": "8bit",
    "text": """Hallo Herr Rennert,

kleine Planänderung: Daniel Oswald von Schadenfix ist am Dienstag kurzfristig auf einer Investorenveranstaltung in Berlin. Der Kunde fragt, ob Sie stattdessen am Donnerstag, 14.05., um 16:30 Uhr können – gleicher Ort, gleiche Runde.

Sorry für das Hin und Her! Geben Sie mir einfach kurz Bescheid.

Viele Grüße
Nina Osterkamp

Nina Osterkamp | Senior Consultant Insurance & Finance | Talentbrücke Personalberatung GmbH
Königsallee 60b | 40212 Düsseldorf | +49 211 555 88 12
""",
})

# 31 -- Vienna: Ascension Day, the appointment moves.
add({
    "slug": "vienna_feiertag", "kind": "interview_reschedule_or_cancel",
    "company": "Alpenrück Versicherungsverein", "contact": "p.wallner@alpenrueck.example.at",
    "lang": "de",
    "sender": ("Mag. (FH) Philipp Wallner", "p.wallner@alpenrueck.example.at"),
    "subject": "Terminverschiebung – Ihr Vorstellungsgespräch am 14. Mai",
    "date": "2026-05-07 10:02 +0200",
    "cte": "quoted-printable", "charset": "windows-1252",
    "text": """Sehr geehrter Herr Rennert,

bitte entschuldigen Sie – uns ist bei der Terminvergabe ein Fehler unterlaufen: Der 14. Mai ist Christi Himmelfahrt und damit in Österreich ein Feiertag, unser Haus ist geschlossen.

Dürfen wir Sie stattdessen für Freitag, 15. Mai 2026, 10:00 Uhr, zu uns bitten? Ort und Gesprächspartner bleiben unverändert.

Um kurze Rückmeldung wird gebeten. Wir entschuldigen uns für die Unannehmlichkeiten.

Mit freundlichen Grüßen
Philipp Wallner

Mag. (FH) Philipp Wallner
Personalmanagement
Alpenrück Versicherungsverein a.G.
Schwarzenbergplatz 5 | 1030 Wien
""",
})

# 32 -- Zurich: cancelled for now, a new date will follow (the post is still open).
add({
    "slug": "zurich_abgesagt_neuer_termin_folgt", "kind": "interview_reschedule_or_cancel",
    "company": "Limmat Versicherungen", "contact": "reto.baumgartner@limmat-versicherungen.example.ch",
    "lang": "de",
    "sender": ("Baumgartner Reto", "reto.baumgartner@limmat-versicherungen.example.ch"),
    "subject": "Absage des Termins vom 14. Juli – neuer Termin folgt",
    "date": "2026-07-09 18:31 +0200",
    "cte": "quoted-printable",
    "text": """Grüezi Herr Rennert

Leider muss ich unser Erstgespräch vom kommenden Dienstag, 14. Juli, absagen. Herr Ferrari musste heute notfallmässig operiert werden und fällt voraussichtlich zwei Wochen aus.

Die Stelle ist selbstverständlich weiterhin offen, und wir möchten Sie unbedingt kennenlernen. Ich melde mich, sobald ich einen neuen Termin mit ihm abstimmen kann – spätestens Ende Juli. Falls Sie bereits ein Bahnticket gekauft haben, erstatten wir Ihnen die Kosten.

Ich bitte um Ihr Verständnis.

Freundliche Grüsse
Reto Baumgartner
Talent Acquisition Partner
Limmat Versicherungen
T +41 44 555 71 23
""",
})

# 33 -- consultancy partner, terse, from the phone.
add({
    "slug": "terse_push_tomorrow", "kind": "interview_reschedule_or_cancel",
    "company": "Kessler Actuarial Consulting", "contact": "lukas.kessler@kessler-actuarial.example.de",
    "lang": "de",
    "sender": ("Lukas Kessler", "lukas.kessler@kessler-actuarial.example.de"),
    "subject": "Morgen",
    "date": "2026-08-10 19:58 +0200",
    "cte": "8bit",
    "headers": {"X-Mailer": "Microsoft Outlook for iOS"},
    "text": """Hallo Herr Rennert, müssen morgen leider schieben – Kundentermin in Frankfurt. Geht 16:00 statt 10:00? Gleicher Ort. Sorry! LK

Holen Sie sich Outlook für iOS
""",
})

# 34 -- assessment day postponed (the post stays open).
add({
    "slug": "auswahltag_verschoben", "kind": "interview_reschedule_or_cancel", "company": "Audax BKK",
    "contact": "personalgewinnung@audax-bkk.example.de", "lang": "de",
    "sender": ("Audax BKK Personalgewinnung", "personalgewinnung@audax-bkk.example.de"),
    "subject": "Verschiebung des Auswahltags – Referent Leistungscontrolling",
    "date": "2026-06-15 09:41 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

aufgrund des angekündigten Bahnstreiks am 17. Juni verschieben wir den Auswahltag für die Stelle „Referent Leistungscontrolling (m/w/d)“ um eine Woche auf Mittwoch, 24. Juni 2026. Beginn, Ablauf und Ort bleiben unverändert.

Bitte bestätigen Sie uns kurz, ob Sie am neuen Termin teilnehmen können. Die Anfahrtsbeschreibung aus unserer letzten E-Mail gilt weiterhin.

Mit freundlichen Grüßen

Jasmin Yıldız
Personalgewinnung
Audax BKK
personalgewinnung@audax-bkk.example.de
""",
})

# 35 -- Greenhouse: automated reschedule notice, coordinator in Reply-To.
add({
    "slug": "greenhouse_rescheduled", "kind": "interview_reschedule_or_cancel",
    "company": "Clontarf Insurance Group", "contact": "siobhan.kelly@clontarf-insurance.example.ie",
    "lang": "en",
    "sender": ("Clontarf Insurance Group via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Siobhán Kelly", "siobhan.kelly@clontarf-insurance.example.ie"),
    "subject": "Updated: your interview with Clontarf Insurance Group has been rescheduled",
    "date": "2026-07-03 10:12 +0100",
    "mid": "<greenhouse.5520114.interview.88120931.r1@greenhouse-mail.io>",
    "reply": "<greenhouse.5520114.interview.88120931@greenhouse-mail.io>",
    "cte": "quoted-printable",
    "html": card_shell("""
<p>Hi Tobias,</p>
<p>Apologies for the change – Declan has been called into a board meeting, so your interview for <strong>Underwriting Analyst, Commercial Lines</strong> has been moved.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px;">
<tr><td style="color:#8c959f;text-decoration:line-through;">Previously</td><td style="color:#8c959f;text-decoration:line-through;">Tuesday, 7 July 2026, 11:00 – 11:45 IST</td></tr>
<tr><td><b>New time</b></td><td><b>Wednesday, 8 July 2026, 14:00 – 14:45 IST</b> (15:00 – 15:45 CEST)</td></tr>
</table>
<p>The Teams link stays the same. If the new time doesn't work for you, just reply to this email.</p>
<p>Thanks for your flexibility,<br>Siobhán</p>
""", alt="Clontarf Insurance Group", logo="https://s3.amazonaws.com/grnhse-vanity-urls/clontarf/logo_email.png",
        pixel="https://u5520114.ct.sendgrid.net/wf/open?upn=u001.r1Xw-2BqP9",
        footer="""Clontarf Insurance Group plc, registered in Ireland No. 401877, Clontarf Road, Dublin 3.<br>Powered by Greenhouse"""),
})

# 36 -- Dublin reinsurer's recruiter: pushing the chat to next week.
add({
    "slug": "push_to_next_week", "kind": "interview_reschedule_or_cancel",
    "company": "Harcourt Reinsurance", "contact": "aoife.brennan@harcourt-re.example.ie", "lang": "en",
    "sender": ("Aoife Brennan", "aoife.brennan@harcourt-re.example.ie"),
    "subject": "Thursday – need to move",
    "date": "2026-05-20 18:02 +0100",
    "reply": "<CAF7r3nnert+Hc3cF1r@mail.example.de>",
    "cte": "7bit", "charset": "us-ascii",
    "text": """Hi Tobias,

So sorry, Rob has been pulled into renewals on Thursday and we need to push our chat to next week. Would Tuesday 26th at the same time (3pm Irish / 4pm CEST) work instead?

I'll resend the Teams invite once you confirm.

Thanks for bearing with us,
Aoife

Aoife Brennan
Senior Talent Partner | Harcourt Reinsurance

-----Original Message-----
From: Tobias Rennert <tobias.rennert@example.de>
Sent: Tuesday, May 19, 2026 7:15 PM
To: Aoife Brennan <aoife.brennan@harcourt-re.example.ie>
Subject: RE: Casualty Underwriting Analyst

Hi Aoife,

Thursday at 4pm my time works perfectly. Thanks for the invitation - I'm looking forward to the interview with you and Rob.

Best regards,
Tobias
""",
})

# 37 -- Uetliberg Re cancels the final round: CANCEL with the same UID, a new date later.
add({
    "slug": "calendar_cancel_same_uid", "kind": "interview_reschedule_or_cancel", "company": "Uetliberg Re",
    "contact": "hannah.keller@uetliberg-re.example.ch", "lang": "en",
    "sender": ("Keller Hannah", "hannah.keller@uetliberg-re.example.ch"),
    "subject": "Canceled: Final round – Tobias Rennert / Cat Pricing Analyst @ Thu 23 Apr 2026 09:00 - 12:00 (CEST)",
    "date": "2026-04-21 07:55 +0200",
    "mid": "<ZR0P278MB1241F9E8D7C6B5A4F3E2D1C0B9@ZR0P278MB1241.CHEP278.PROD.OUTLOOK.COM>",
    "cte": "quoted-printable",
    "text": """Dear Tobias,

I'm sorry to let you know that we have to cancel Thursday's final round: Stefan Brunner has fallen ill and Marc is covering for him at a client meeting.

This has nothing to do with your candidacy – we are very keen to see you in Zurich. I will come back to you by Friday with two or three new dates in early May.

Apologies for the inconvenience, and please let me know if you have already booked your train so we can reimburse it.

Kind regards,
Hannah Keller
Senior Recruiter | Uetliberg Re
""",
    "ics": {"method": "CANCEL", "uid": UETLI_UID, "sequence": 1, "start": "20260423T090000",
             "end": "20260423T120000", "stamp": "20260421T055512Z",
             "summary": "Canceled: Final round – Tobias Rennert / Cat Pricing Analyst",
             "location": "Uetliberg Re, Mythenquai 2, 8002 Zurich",
             "organizer": ("Keller Hannah", "hannah.keller@uetliberg-re.example.ch"),
             "description": "Cancelled. New dates to follow."},
})

# 38 -- Luxembourg: "report" of the interview.
add({
    "slug": "report_entretien_lux", "kind": "interview_reschedule_or_cancel", "company": "Pétrusse Re",
    "contact": "rh@petrusse-re.example.lu", "lang": "fr",
    "sender": ("Pétrusse Re - RH", "rh@petrusse-re.example.lu"),
    "subject": "Report de votre entretien du 24 juin",
    "date": "2026-06-18 11:37 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable", "name_cs": "iso-8859-1",
    "text": """Monsieur,

En raison d'un conseil d'administration exceptionnel convoqué le 24 juin, M. Wagner ne pourra pas vous recevoir à la date prévue.

Nous vous proposons de reporter votre entretien au vendredi 26 juin 2026 à 14h00, à la même adresse. Dans l'hypothèse où cette date ne vous conviendrait pas, nous vous remercions de nous indiquer vos disponibilités pour la semaine suivante.

Nous vous prions de bien vouloir nous excuser pour ce contretemps.

Anne Schmit
Ressources Humaines
Pétrusse Re S.A.
""",
})

# 39 -- Paris consultancy: cancelled, we will come back to you (post still open).
add({
    "slug": "entretien_annule_reviendrons", "kind": "interview_reschedule_or_cancel",
    "company": "Actuaria Conseil", "contact": "isabelle.garnier@actuaria-conseil.example.fr", "lang": "fr",
    "sender": ("Isabelle Garnier", "isabelle.garnier@actuaria-conseil.example.fr"),
    "subject": "Annulation entretien du 10 septembre",
    "date": "2026-09-07 08:49 +0200",
    "cte": "quoted-printable",
    "text": """Bonjour Monsieur Rennert,

Je suis au regret de devoir annuler notre entretien de jeudi 10 septembre : Thomas Aubert sera retenu toute la semaine par une mission chez un client à Lyon.

Le poste reste bien entendu ouvert et votre candidature nous intéresse toujours. Je reviendrai vers vous d'ici la fin de la semaine avec de nouvelles propositions de date.

Toutes mes excuses pour ce désagrément.

Bien cordialement,

Isabelle Garnier
Responsable Recrutement & RH
Actuaria Conseil
""",
})

# 40 -- Luxembourg insurer: switched to a video interview.
add({
    "slug": "passage_en_visio", "kind": "interview_reschedule_or_cancel", "company": "Sauertal Assurances",
    "contact": "carole.feltgen@sauertal.example.lu", "lang": "fr",
    "sender": ("Carole Feltgen", "carole.feltgen@sauertal.example.lu"),
    "subject": "Entretien lundi – en visio finalement",
    "date": "2026-07-16 16:05 +0200",
    "cte": "quoted-printable",
    "text": """Bonjour Tobias,

Petit changement pour lundi : nos bureaux de la Cloche d'Or seront fermés pour travaux, nous ferons donc l'entretien en visioconférence, à la même heure (11h00).

Voici le lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1MWQ4%40thread.v2/0?context=sauertal

Cela vous évitera en plus le trajet depuis Munich !

Bonne fin de semaine,
Carole Feltgen
Responsable Souscription Entreprises
Sauertal Assurances
Tél. +352 55 55 71 20
""",
})

# 41 -- Spanish branch: time changed.
add({
    "slug": "cambio_de_hora", "kind": "interview_reschedule_or_cancel", "company": "Seguros Alcántara",
    "contact": "lucia.ferrer@seguros-alcantara.example.com", "lang": "es",
    "sender": ("Lucía Ferrer", "lucia.ferrer@seguros-alcantara.example.com"),
    "subject": "RE: Entrevista – Técnico de Suscripción (sucursal Múnich) – cambio de hora",
    "date": "2026-07-22 09:14 +0200",
    "reply": "<CAF7r3nnert+Sa8lV4t@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Estimado Sr. Rennert:

Le escribo para informarle de que D. Álvaro Sanz tiene un comité a primera hora del martes 28, por lo que necesitamos retrasar la entrevista a las 12:30 del mismo día. El enlace de Teams se lo enviaré igualmente el lunes.

Disculpe las molestias y, por favor, confírmeme si le viene bien el nuevo horario.

Un cordial saludo,

Lucía Ferrer
Técnica de Selección – Recursos Humanos
Seguros Alcántara, S.A.

De: Tobias Rennert <tobias.rennert@example.de>
Enviado: martes, 21 de julio de 2026 18:40
Para: Lucía Ferrer <lucia.ferrer@seguros-alcantara.example.com>
Asunto: RE: Entrevista – Técnico de Suscripción (sucursal Múnich)

Estimada Sra. Ferrer:

Le confirmo con mucho gusto mi asistencia a la entrevista del martes 28 de julio a las 10:00. Muchas gracias por la invitación.

Un saludo,
Tobias Rennert
""",
})

# ------------------------------------------------------------- missed_interview_notice (10)

# 42 -- "we waited for you at 10:00".
add({
    "slug": "vergeblich_gewartet", "kind": "missed_interview_notice", "company": "Kölner Pensionskasse",
    "contact": "a.schumacher@koelner-pk.example.de", "lang": "de",
    "sender": ("Schumacher, Anja", "a.schumacher@koelner-pk.example.de"),
    "subject": "Ihr heutiger Termin bei der Kölner Pensionskasse",
    "date": "2026-10-06 11:26 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

wir hatten Sie heute um 10:00 Uhr zum Vorstellungsgespräch für die Stelle „Mitarbeiter Bestandsführung und Aktuariat“ erwartet. Leider haben wir vergeblich auf Sie gewartet, und auch telefonisch konnten wir Sie nicht erreichen.

Wir hoffen, dass nichts Ernstes passiert ist. Sollten Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis Freitag bei mir; wir prüfen dann, ob ein neuer Termin möglich ist.

Mit freundlichen Grüßen

Anja Schumacher
Personalabteilung

Kölner Pensionskasse VVaG
Gereonstraße 18–32 · 50670 Köln
Tel. 0221 555 1870 · a.schumacher@koelner-pk.example.de
Vorstand: Dr. Bernd Klasen, Ulrike Zimmer · Aufsichtsratsvorsitzender: Hans-Peter Ruland
""",
})

# 43 -- "you did not join the Teams meeting", savings bank, HTML.
add({
    "slug": "nicht_eingewaehlt_teams", "kind": "missed_interview_notice",
    "company": "Kreissparkasse Isar-Loisach", "contact": "stefan.moosmueller@ksk-isar-loisach.example.de",
    "lang": "de",
    "sender": ("Moosmüller Stefan", "stefan.moosmueller@ksk-isar-loisach.example.de"),
    "subject": "Unser Videogespräch heute um 14:00 Uhr",
    "date": "2026-09-15 14:41 +0200",
    "cte": "quoted-printable",
    "html": outlook_html("""<p class="MsoNormal">Hallo Herr Rennert,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Frau Wanninger und ich waren heute ab 14:00 Uhr in der Teams-Besprechung für unser Gespräch zur Stelle <i>Spezialist Versicherungsvermittlung</i>, Sie haben sich aber nicht eingewählt. Wir haben bis 14:25 Uhr gewartet und Ihnen zwischendurch auch eine Nachricht im Chat geschrieben.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vielleicht gab es technische Probleme? Geben Sie mir bitte kurz Bescheid, ob Sie noch Interesse haben – dann suchen wir einen neuen Termin.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Viele Grüße<o:p></o:p></p>
<p class="MsoNormal">Stefan Moosmüller<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#FF0000"><b>Kreissparkasse Isar-Loisach</b></span><span style="font-size:9.0pt"><br>Personalmanagement<br>Marienplatz 4 · 82515 Wolfratshausen<br>Telefon 08171 555-2214<br><a href="mailto:stefan.moosmueller@ksk-isar-loisach.example.de">stefan.moosmueller@ksk-isar-loisach.example.de</a></span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.0pt;color:gray">Kreissparkasse Isar-Loisach, Anstalt des öffentlichen Rechts, Sitz Wolfratshausen, Amtsgericht München HRA 88120. Vorstand: Thomas Lechner (Vors.), Gabriele Riesch. Diese Nachricht ist vertraulich.</span><o:p></o:p></p>"""),
})

# 44 -- agency tried to call for the agreed telephone interview (its own screening).
add({
    "slug": "versucht_anzurufen", "kind": "missed_interview_notice",
    "company": "Talentbrücke Personalberatung", "contact": "j.hellwig@talentbruecke.example.de",
    "lang": "de",
    "sender": ("Jonas Hellwig | Talentbrücke", "j.hellwig@talentbruecke.example.de"),
    "subject": "Telefoninterview heute 16 Uhr – nicht erreicht",
    "date": "2026-01-22 16:34 +0100",
    "cte": "8bit",
    "text": """Hallo Herr Rennert,

wir waren heute um 16:00 Uhr zu unserem Telefoninterview verabredet. Ich habe Sie zweimal unter der 0176 … 4418 angerufen (16:00 und 16:10 Uhr), leider ging nur die Mailbox ran.

Kein Stress – so was passiert. Wenn Sie mögen, schicken Sie mir einfach zwei, drei Zeitfenster für diese oder nächste Woche, dann holen wir das Gespräch nach.

Beste Grüße
Jonas Hellwig

Jonas Hellwig | Consultant Insurance | Talentbrücke Personalberatung GmbH
Königsallee 60b | 40212 Düsseldorf | +49 211 555 88 19
""",
})

# 45 -- a trial day the candidate did not turn up to.
add({
    "slug": "probetag_nicht_erschienen", "kind": "missed_interview_notice",
    "company": "Generalagentur Ostermaier", "contact": "info@ostermaier-versicherungen.example.de",
    "lang": "de",
    "sender": ("Generalagentur Ostermaier", "info@ostermaier-versicherungen.example.de"),
    "subject": "Probearbeitstag heute",
    "date": "2026-07-28 12:15 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Hallo Herr Rennert,

wir hatten Sie heute ab 8 Uhr zum Probearbeiten im Büro erwartet, Sie sind aber nicht gekommen. Wir haben mehrmals versucht Sie anzurufen.

Wenn Sie es sich anders überlegt haben ist das ok, aber eine kurze Info wäre nett gewesen. Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Donnerstag, dann können wir noch einen anderen Tag ausmachen.

Gruß
Sepp Ostermaier

Generalagentur Ostermaier
Inhaber: Sepp Ostermaier
Ihre Versicherungsagentur in Dachau
Augsburger Str. 9 - 85221 Dachau
Tel. 08131 555 310
info@ostermaier-versicherungen.example.de
""",
})

# 46 -- Vienna: "not appeared at the agreed appointment".
add({
    "slug": "vienna_nicht_erschienen", "kind": "missed_interview_notice",
    "company": "Belvedere Versicherung", "contact": "recruiting@belvedere-versicherung.example.at",
    "lang": "de",
    "sender": ("Belvedere Versicherung Recruiting", "recruiting@belvedere-versicherung.example.at"),
    "subject": "Vorstellungsgespräch am 17. März 2026",
    "date": "2026-03-17 15:20 +0100",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

Sie waren für heute, 17. März 2026, 13:30 Uhr, zu einem Vorstellungsgespräch für die Position „Underwriter Privatkunden“ in unserer Zentrale am Prinz-Eugen-Straße 20 eingeladen. Leider sind Sie zu diesem Termin nicht erschienen, und wir haben keine Absage von Ihnen erhalten.

Wir bitten Sie, uns bis 24. März 2026 mitzuteilen, ob Sie an der Position weiterhin interessiert sind. Sollten wir bis dahin nichts von Ihnen hören, gehen wir davon aus, dass Sie Ihre Bewerbung zurückziehen.

Mit freundlichen Grüßen

Recruiting-Team
Belvedere Versicherung AG
Prinz-Eugen-Straße 20 · 1040 Wien
recruiting@belvedere-versicherung.example.at
""",
})

# 47 -- Dublin mutual: "you didn't join the call".
add({
    "slug": "didnt_join_call", "kind": "missed_interview_notice", "company": "Dalkey Mutual",
    "contact": "orla.hennessy@dalkeymutual.example.ie", "lang": "en",
    "sender": ("Orla Hennessy", "orla.hennessy@dalkeymutual.example.ie"),
    "cc": [("Ciarán Doyle", "ciaran@hapenny-recruitment.example.ie")],
    "subject": "Our call this morning",
    "date": "2026-09-01 10:36 +0100",
    "cte": "quoted-printable",
    "text": """Hi Tobias,

We had you scheduled for a Teams call at 10:00 this morning (Irish time) for the Pricing Analyst role, but you didn't join. Sinéad and I waited about 20 minutes.

I'm copying Ciarán so he's in the loop. If something came up, no problem – let him or me know and we can see whether there's another slot later this week.

Best,
Orla

Orla Hennessy FSAI
Chief Actuary, Dalkey Mutual
Coliemore Road, Dalkey, Co. Dublin
""",
})

# 48 -- Dublin agency: tried to ring twice for the screening call.
add({
    "slug": "tried_to_ring_twice", "kind": "missed_interview_notice", "company": "Ha'penny Recruitment",
    "contact": "ciaran@hapenny-recruitment.example.ie", "lang": "en",
    "sender": ("Ciarán Doyle", "ciaran@hapenny-recruitment.example.ie"),
    "subject": "Missed you!",
    "date": "2026-06-24 11:19 +0100",
    "cte": "8bit",
    "text": """Hi Tobias,

Tried to ring you twice for our 11:00 screening call but no joy – went to voicemail both times. Hope all's ok!

Give me a shout when suits and we'll reschedule. Happy to do early morning or after 6 if that's easier with your current job.

Cheers,
Ciarán

Ciarán Doyle | Principal Consultant – Insurance & Actuarial
Ha'penny Recruitment | M: +353 87 555 4412
""",
})

# 49 -- Luxembourg: "we waited for you this morning at 9:30".
add({
    "slug": "attendu_ce_matin", "kind": "missed_interview_notice", "company": "Moselle Assurances",
    "contact": "sophie.klein@moselle-assurances.example.lu", "lang": "fr",
    "sender": ("Sophie Klein", "sophie.klein@moselle-assurances.example.lu"),
    "subject": "Entretien de ce matin",
    "date": "2026-04-16 10:48 +0200",
    "cte": "quoted-printable",
    "text": """Monsieur Rennert,

Nous vous avons attendu ce matin à 9h30 pour votre entretien au poste de gestionnaire sinistres senior, mais vous ne vous êtes pas présenté et nous n'avons pas réussi à vous joindre sur votre portable.

Si un empêchement vous a retenu, je vous remercie de me recontacter rapidement afin que nous puissions, le cas échéant, convenir d'un nouveau rendez-vous.

Cordialement,

Sophie Klein
Chargée de recrutement
Moselle Assurances S.A.
12, boulevard Royal – L-2449 Luxembourg
Tél. +352 55 55 30 41
""",
})

# 50 -- Paris insurtech, tu: "you didn't join the Meet?"
add({
    "slug": "pas_rejoint_le_meet", "kind": "missed_interview_notice", "company": "Kovera",
    "contact": "ines@kovera.example.fr", "lang": "fr",
    "sender": ("Inès Morel", "ines@kovera.example.fr"),
    "subject": "t'es où ? 🙂",
    "date": "2026-10-08 17:22 +0200",
    "cte": "8bit",
    "text": """Hello Tobias,

On t'attendait sur le Meet à 17h pour ton entretien avec Hugo et moi, mais tu ne t'es pas connecté. On est restés un quart d'heure au cas où.

Pas de souci si t'as eu un empêchement, dis-moi juste si tu veux qu'on reprogramme !

Inès
Talent @ Kovera
""",
})

# 51 -- Madrid head-hunter, tú: "you didn't connect to the video call".
add({
    "slug": "no_te_conectaste", "kind": "missed_interview_notice", "company": "Talento Actuarial",
    "contact": "diego.navarro@talentoactuarial.example.com", "lang": "es",
    "sender": ("Diego Navarro", "diego.navarro@talentoactuarial.example.com"),
    "subject": "Videollamada de hoy",
    "date": "2026-08-12 12:46 +0200",
    "cte": "quoted-printable",
    "text": """Hola Tobias:

Te esperamos hoy a las 12:00 en la videollamada de preselección, pero no te conectaste. Te he llamado también al móvil sin éxito.

Si te ha surgido algo, no pasa nada: respóndeme a este correo y buscamos otro hueco esta semana.

Saludos,
Diego Navarro
Consultor | Talento Actuarial
Calle de Serrano 41, 28001 Madrid
""",
})
