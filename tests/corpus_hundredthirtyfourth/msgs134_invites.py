"""Interview invitations, reschedules and cancellations, and missed-interview notices, written
one by one for the hundred-thirty-fourth corpus."""

from __future__ import annotations

from msgs134_common import ats_html, gmail_html, outlook_html, pixel, tracked

MESSAGES: list[dict] = []

# ============================================================================================
# Interview invitations
# ============================================================================================

# 1 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "orthotics_onsite_formal", "lang": "de",
    "company": "Rheinmed Orthopädietechnik", "contact": "s.kruemmel@rheinmed.example.de",
    "sender": "\"Krümmel, Sabine\" <s.kruemmel@rheinmed.example.de>",
    "subject": "Einladung zum Vorstellungsgespräch - Produktspezialist Orthetik (m/w/d)",
    "date": "2026-02-24 14:12 +0100",
    "charset": "iso-8859-1", "cte": "qp",
    "msgid": "<FR3P281MB17330A4E71B2C8D0F5E2@FR3P281MB1733.DEUP281.PROD.OUTLOOK.COM>",
    "irt": "<8c3e1f02-5a7b-4d19-9e0f-2b6c1a7d9e44@example.de>",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

vielen Dank für Ihre Bewerbung als Produktspezialist Orthetik (m/w/d), die uns sehr angesprochen hat.

Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch am Dienstag, 10. März 2026, um 10:00 Uhr einzuladen. Das Gespräch findet bei uns in der Vogelsanger Straße 321 in Köln-Ehrenfeld statt (Empfang im Erdgeschoss, Parkplätze im Hof). Auf unserer Seite nehmen Herr Dr. Jens Albers (Leitung Produktmanagement) und ich teil. Planen Sie bitte etwa 90 Minuten ein; im Anschluss zeigen wir Ihnen gern unsere Werkstatt.

Bitte bestätigen Sie mir den Termin kurz per E-Mail. Sollte er Ihnen nicht passen, finden wir sicher eine Alternative.

Mit freundlichen Grüßen

Sabine Krümmel
Personalreferentin

Rheinmed Orthopädietechnik GmbH
Vogelsanger Straße 321 | 50827 Köln
Tel. +49 221 5550 4410
www.rheinmed.example.de

Geschäftsführung: Michael Rösler | Registergericht Köln HRB 77215
""",
})

# 2 ------------------------------------------------------------------------------------------
_SANARIS_UID = ("040000008200E00074C5B7101A82E00800000000D0F1A2B3C4E5DC01000000000000000010000000"
                "7A1B2C3D4E5F60718293A4B5C6D7E8F9")


def _sanaris_ics(method: str, sequence: int, start: str, end: str, stamp: str, note: str) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Wehling, Frank":mailto:f.wehling@sanaris-kliniken.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Lin
 dqvist-Amato:mailto:tobias.la@example.de
DESCRIPTION;LANGUAGE=de-DE:{note}
UID:{_SANARIS_UID[:70]}
 {_SANARIS_UID[70:]}
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Medizinprodukteberater/in - T. L
 indqvist-Amato
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{sequence}
LOCATION;LANGUAGE=de-DE:Sanaris Kliniken Köln-Merheim\\, Verwaltungsgebäude
  B\\, Raum 3.14
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""


_sanaris_invite = """Sehr geehrter Herr Lindqvist-Amato,

wie heute Morgen telefonisch besprochen, lade ich Sie herzlich zu einem ersten Kennenlerngespräch für die Position Medizinprodukteberater/in (MPG/MPDG) in unserer Stabsstelle Medizintechnik ein.

Termin: Mittwoch, 18. März 2026, 10:00 bis 11:00 Uhr
Ort: Sanaris Kliniken Köln-Merheim, Verwaltungsgebäude B, Raum 3.14

Mit dabei ist Frau Ostermann aus der Personalabteilung. Bringen Sie gern Ihre Zeugnisse im Original mit.

Bitte nehmen Sie die Einladung im Kalender an oder geben Sie mir kurz Bescheid.

Mit freundlichen Grüßen
Dr. med. Frank Wehling
Leiter Medizintechnik & Beschaffung
Sanaris Kliniken GmbH | Ostmerheimer Straße 200 | 51109 Köln
Telefon +49 221 555 9310
"""
MESSAGES.append({
    "kind": "interview_invitation", "name": "hospital_group_outlook_calendar", "lang": "de",
    "company": "Sanaris Kliniken", "contact": "f.wehling@sanaris-kliniken.example.de",
    "sender": "\"Wehling, Frank\" <f.wehling@sanaris-kliniken.example.de>",
    "subject": "Einladung: Kennenlerngespräch Medizinprodukteberater/in - T. Lindqvist-Amato",
    "date": "2026-03-09 09:15 +0100",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<DU2PR09MB5123F1E2D3C4B5A6@DU2PR09MB5123.eurprd09.prod.outlook.com>",
    "text": _sanaris_invite,
    "html": outlook_html(_sanaris_invite),
    "ics": _sanaris_ics("REQUEST", 0, "20260318T100000", "20260318T110000", "20260309T081500Z",
                        "Kennenlerngespräch Stabsstelle Medizintechnik"),
    "headers": {"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""},
})

# 3 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "family_rehatech_come_by", "lang": "de",
    "company": "Hartmann-Quist Rehatechnik", "contact": "u.hartmann-quist@hq-rehatechnik.example.de",
    "sender": "Ulrike Hartmann-Quist <u.hartmann-quist@hq-rehatechnik.example.de>",
    "subject": "Ihre Bewerbung / Termin",
    "date": "2026-04-14 09:12 +0200",
    "charset": "utf-8", "cte": "8bit",
    "msgid": "<5c1e0a3f-HQ-2026-0414@hq-rehatechnik.example.de>",
    "text": """Guten Morgen Herr Lindqvist-Amato,

Ihre Bewerbung hat mir und meinem Mann gut gefallen – ein Physiotherapeut, der Rollstühle nicht nur verkaufen, sondern auch anpassen will, ist genau das, was uns fehlt.

Kommen Sie doch am Dienstag, den 21. April, um 10 Uhr bei uns in Beuel vorbei, dann lernen wir uns in Ruhe kennen und Sie können sich Werkstatt und Ausstellung ansehen. Wir sitzen in der Königswinterer Straße 212, der Eingang ist hinten über den Hof.

Geben Sie mir bitte kurz Bescheid, ob das klappt.

Herzliche Grüße
Ulrike Hartmann-Quist

Hartmann-Quist Rehatechnik
Inh. Ulrike und Bernd Hartmann-Quist e.K.
Königswinterer Straße 212 · 53227 Bonn
Tel. 0228 555 47 11
""",
})

# 4 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "zeitarbeit_allcaps_client_named", "lang": "de",
    "company": "Vitalis Homecare", "contact": "k.laufer@medjob-direkt.example.de",
    "sender": "Kevin Laufer | Medjob Direkt <k.laufer@medjob-direkt.example.de>",
    "subject": "SUPER NEWS!!! Vorstellungstermin bei Vitalis Homecare",
    "date": "2026-06-10 16:58 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "msgid": "<20260610145812.3F2A1@medjob-direkt.example.de>",
    "text": """Hallo Herr Lindqvist-Amato,

SUPER NEWS!!! Der Kunde möchte Sie kennenlernen!!!

Vitalis Homecare in Leverkusen hat Ihr Profil gesehen und lädt Sie zum Vorstellungsgespräch ein:

>> Montag, 15.06.2026, 09:30 Uhr
>> Vitalis Homecare, Robert-Blum-Straße 4, 51373 Leverkusen
>> Ansprechpartner vor Ort: Herr Demir (Teamleitung Versorgung)

Es geht um die Stelle als Produkttrainer/in für Beatmungs- und Sauerstoffgeräte in der außerklinischen Versorgung – Einsatz über uns, Übernahme nach 6 Monaten geplant!!

Bitte seien Sie 10 Minuten früher da und bringen Sie Ihren Personalausweis mit. Kurze Bestätigung per Mail oder WhatsApp an mich – DANKE!!!

Viele Grüße und viel Erfolg!!
Kevin Laufer
Recruiter Healthcare

Medjob Direkt GmbH
Hansaring 61 – 50670 Köln
Tel. 0221 555 80 40 | WhatsApp 0176 555 21 93
""",
})

# 5 ------------------------------------------------------------------------------------------
_tb_invite = """Hallo Herr Lindqvist-Amato,

wie angekündigt: Unser Mandant, die Baselwerk Medical AG, möchte Sie gern kennenlernen!

Vorgesehen ist ein erstes Gespräch per Microsoft Teams mit Frau Dr. Corinne Meier (Head of Clinical Affairs) und Herrn Stefan Gysin (HR):

Donnerstag, 9. April 2026, 15:00–16:00 Uhr (MEZ)

Den Teams-Link schickt Ihnen Baselwerk direkt. Inhaltlich wird es um Ihre Erfahrung mit neurologischen Patient:innen und um die Schulung von Therapeut:innen an Geräten gehen. Ich rufe Sie vorher noch einmal kurz zur Vorbereitung an – passt Ihnen Dienstagabend?

Herzliche Grüße
Jan-Hendrik Oelmann

Talentbrücke Personalberatung GmbH
Senior Consultant Life Sciences
Königsallee 60 F | 40212 Düsseldorf
M +49 171 555 0912
"""
MESSAGES.append({
    "kind": "interview_invitation", "name": "agency_teams_interview_client_named", "lang": "de",
    "company": "Baselwerk Medical", "contact": "j.oelmann@talentbruecke.example.de",
    "sender": "Jan-Hendrik Oelmann <j.oelmann@talentbruecke.example.de>",
    "subject": "Gesprächseinladung Baselwerk Medical AG",
    "date": "2026-04-02 11:26 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<1b2c3d4e5f6a7b8c9d0e@talentbruecke.example.de>",
    "text": _tb_invite,
    "html": outlook_html(_tb_invite, font="Segoe UI", size="10.5pt"),
})

# 6 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "vienna_personio_self_schedule", "lang": "de",
    "company": "Alpenmed Austria", "contact": "m.hofbauer@alpenmed.example.at",
    "sender": "Alpenmed Austria GmbH <noreply@personio.de>",
    "reply_to": "Martina Hofbauer <m.hofbauer@alpenmed.example.at>",
    "subject": "Einladung zum Erstgespräch – Clinical Application Specialist Wien",
    "date": "2026-05-19 10:40 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "msgid": "<personio.4471263.interview.1@alpenmed.jobs.personio.de>",
    "html": ats_html(
        """<p>Sehr geehrter Herr Lindqvist-Amato,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Clinical Application Specialist (m/w/d)</b> an unserem Standort Wien-Donaustadt. Ihr Profil hat uns überzeugt, und wir möchten Sie gerne zu einem ersten Gespräch via Microsoft Teams einladen (ca. 45 Minuten).</p>
<p>Bitte wählen Sie über den folgenden Link einen passenden Termin aus – es stehen Zeitfenster zwischen 26. und 29. Mai zur Verfügung:</p>
<p style="text-align:center;margin:24px 0"><a href="https://alpenmed.jobs.personio.de/interview/slot?token=c91f7e2a" style="background:#b5121b;color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:4px;font-weight:bold">Termin auswählen</a></p>
<p>Bei Fragen können Sie mir gerne direkt auf diese E-Mail antworten.</p>
<p>Mit besten Grüßen<br>Martina Hofbauer<br>HR Business Partner<br>Alpenmed Austria GmbH</p>""",
        logo_src="https://alpenmed.jobs.personio.de/company-logo/alpenmed_austria.png",
        logo_alt="alpenmed – Medizintechnik für Österreich", accent="#b5121b",
        footer="""Alpenmed Austria GmbH · Erzherzog-Karl-Straße 57 · 1220 Wien · FN 301877 m · UID ATU55512345<br>
Diese E-Mail wurde über Personio versendet. <a href="https://alpenmed.jobs.personio.de/privacy-policy" style="color:#7a7f85">Datenschutzerklärung</a>"""),
})

# 7 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "phone_screen_hr", "lang": "de",
    "company": "Q-Motion Diagnostics", "contact": "n.kersting@q-motion.example.de",
    "sender": "Nina Kersting <n.kersting@q-motion.example.de>",
    "cc": "Markus Brandt <m.brandt@q-motion.example.de>",
    "subject": "Telefoninterview Clinical Specialist Ganglabor",
    "date": "2026-04-09 13:05 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "msgid": "<7d0c3e5a-1b2f-4e8d-9a6c-3f1e2d4b5c08@q-motion.example.de>",
    "text": """Hallo Herr Lindqvist-Amato,

danke für Ihre Bewerbung! Wir würden gern mit einem kurzen Telefoninterview starten (ca. 30 Minuten), bevor wir Sie zu uns nach Düsseldorf einladen.

Vorschlag: Donnerstag, 16.04.2026, 16:30 Uhr. Markus Brandt, unser Head of Clinical, ruft Sie unter der Mobilnummer aus Ihrem Lebenslauf an (0176 ...). Wenn das nicht passt, schlagen Sie gern zwei, drei Alternativen vor.

Viele Grüße
Nina Kersting
People Operations

Q-Motion Diagnostics GmbH
Speditionstraße 15a, 40221 Düsseldorf
q-motion.example.de
""",
})

# 8 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "university_selection_committee", "lang": "de",
    "company": "Technische Hochschule Köln-Deutz", "contact": "a.roemer@th-koeln-deutz.example.de",
    "sender": "Prof. Dr. Anja Römer <a.roemer@th-koeln-deutz.example.de>",
    "subject": "Einladung zum Auswahlgespräch (Kennziffer 2026-087)",
    "date": "2026-06-08 08:49 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

im Namen der Auswahlkommission lade ich Sie zu einem Auswahlgespräch für die Stelle einer/eines Wissenschaftlichen Mitarbeiterin/Mitarbeiters im Projekt "RehaSens - sensorgestützte Therapie nach Schlaganfall" (Kennziffer 2026-087) ein.

Datum: Montag, 22. Juni 2026
Uhrzeit: 13:30 Uhr
Ort: Campus Deutz, Gebäude ZO, Raum 4.07

Das Gespräch dauert ca. 45 Minuten. Bitte bereiten Sie einen Kurzvortrag von zehn Minuten zum Thema "Nutzerzentrierte Einführung eines Medizinprodukts in der Rehabilitation" vor; ein Beamer steht zur Verfügung.

Wir bitten um eine kurze Bestätigung bis zum 15. Juni. Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen

Prof. Dr. Anja Römer
Fakultät für Angewandte Naturwissenschaften
Labor für Bewegungsanalyse
Technische Hochschule Köln-Deutz
""",
})

# 9 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "startup_teamtailor_du", "lang": "de",
    "company": "Physiolink", "contact": "jana.becker@physiolink.example.de",
    "sender": "Physiolink <noreply@teamtailor-mail.com>",
    "reply_to": "Jana Becker <jana.becker@physiolink.example.de>",
    "subject": "Lass uns quatschen! 👋",
    "date": "2026-07-01 17:22 +0200",
    "charset": "utf-8", "cte": "b64",
    "msgid": "<tt-4f9a2c81-physiolink@teamtailor-mail.com>",
    "html": ats_html(
        f"""<p style="font-size:22px;margin:0 0 16px 0"><b>Hi Tobias,</b></p>
<p>wir haben uns deine Bewerbung als <b>Clinical Success Manager</b> angeschaut und sind ziemlich begeistert. Jemand, der selbst jahrelang am Patienten gearbeitet hat und jetzt Praxen beim Einstieg in unsere Telereha-Plattform begleiten will – genau so jemanden suchen wir!</p>
<p>Hast du Lust auf ein erstes Video-Gespräch mit mir und unserem CTO Malte? Dauert ca. 30 Minuten, ganz locker. Such dir einfach einen Slot aus:</p>
<p style="margin:22px 0">{tracked("https://physiolink.teamtailor.example.com/meetings/book/8c2e", "Slot auswählen →", "https://click.teamtailor-mail.com/ls/click?u=", "background:#3d5afe;color:#fff;padding:11px 20px;border-radius:22px;text-decoration:none")}</p>
<p>Falls keiner der Termine passt, antworte einfach auf diese Mail.</p>
<p>Bis bald!<br>Jana<br><span style="color:#777">Talent &amp; Culture @ Physiolink</span></p>""",
        logo_src="https://d2yjs1yodf0.cloudfront.net/physiolink/logo_dark.png", logo_alt="physiolink",
        accent="#3d5afe",
        footer="""Physiolink GmbH · Maybachstraße 111 · 50670 Köln · Geschäftsführer: Malte Kruse, Jana Becker<br>
Gesendet mit Teamtailor · <a href="https://physiolink.teamtailor.example.com/privacy" style="color:#7a7f85">Datenschutz</a>""",
        tail=pixel("https://click.teamtailor-mail.com/o/4f9a2c81.gif")),
})

# 10 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "workday_choose_slot", "lang": "de",
    "company": "Corvion Medizintechnik", "contact": "",
    "sender": "Corvion Careers <corvion@myworkday.com>",
    "subject": "Interview-Einladung: Applikationsspezialist Kardiologie (m/w/d) – JR-20261207",
    "date": "2026-08-04 08:02 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "msgid": "<workday.corvion.20260804060212.71203@myworkday.com>",
    "html": ats_html(
        """<p>Hallo Tobias,</p>
<p>vielen Dank für Ihre Bewerbung auf die Position <b>Applikationsspezialist Kardiologie (m/w/d)</b> in Frankfurt am Main.</p>
<p>Wir möchten Sie gerne zu einem Interview mit unserem Hiring Manager, Herrn Philipp Auer, einladen. Bitte melden Sie sich in Ihrem Kandidatenkonto an und wählen Sie unter „Meine Aufgaben“ einen der angebotenen Termine aus. Das Interview findet vor Ort in unserem Büro in der Hanauer Landstraße statt.</p>
<p><a href="https://corvion.wd3.myworkday.com/CorvionCareers/userHome" style="color:#00838f;font-weight:bold">Zum Kandidatenkonto</a></p>
<p>Wir freuen uns auf das Gespräch!</p>
<p>Viele Grüße<br>Ihr Corvion Talent Acquisition Team</p>""",
        logo_src="https://corvion.wd3.myworkday.com/wday/cxs/corvion/logo.png", logo_alt="CORVION",
        accent="#00838f",
        footer="""Corvion Medizintechnik GmbH · Hanauer Landstraße 291 · 60314 Frankfurt am Main · Amtsgericht Frankfurt HRB 104477<br>
Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht."""),
    "headers": {"Auto-Submitted": "auto-generated"},
})

# 11 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "second_round_hospitation", "lang": "de",
    "company": "Rehaklinik Siebengebirge", "contact": "sekretariat.neuro@rehaklinik-siebengebirge.example.de",
    "sender": "Sekretariat Neurologie <sekretariat.neuro@rehaklinik-siebengebirge.example.de>",
    "subject": "Zweites Gespräch und Hospitation",
    "date": "2026-02-12 12:31 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

Herr Chefarzt Dr. Lenz bedankt sich für das erste Gespräch und möchte Sie gerne zu einem zweiten Gespräch mit anschließendem Hospitationstag einladen.

Vorgeschlagen ist Freitag, der 27. Februar. Beginn 8:00 Uhr auf Station 2 (bitte am Empfang melden), gegen 13:00 Uhr dann das Gespräch mit Herrn Dr. Lenz und unserer Therapieleitung Frau Kamps. Sie sehen an diesem Tag den Einsatz unserer Lokomat- und Armeo-Geräte im Stationsalltag.

Bitte bringen Sie bequeme Kleidung mit. Ein Mittagessen in der Cafeteria ist für Sie vorgesehen.

Für eine Rückmeldung wäre ich Ihnen dankbar.

Mit freundlichen Grüßen
Gabriele Nußbaum
Sekretariat Neurologie / Chefarzt Dr. med. T. Lenz
Rehaklinik Siebengebirge
Tel. 02223 555 204
""",
})

# 12 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "trial_day_medical_supply_store", "lang": "de",
    "company": "Sanitätshaus Kerkhoff", "contact": "info@sanitaetshaus-kerkhoff.example.de",
    "sender": "Sanitätshaus Kerkhoff <info@sanitaetshaus-kerkhoff.example.de>",
    "subject": "Probearbeitstag",
    "date": "2026-09-08 18:45 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<3a4b5c6d-kerkhoff-0908@sanitaetshaus-kerkhoff.example.de>",
    "text": """Hallo Herr Lindqvist-Amato,

wie eben am Telefon besprochen, hier nochmal schriftlich: Wir würden Sie gerne zu einem Probearbeitstag in unserer Filiale Düsseldorf-Bilk einladen, am Samstag, 12.09., von 9 bis 14 Uhr. Sie begleiten unseren Orthopädietechnik-Meister bei Kompressionsversorgungen und Einlagenanpassungen und lernen das Team kennen. Danach setzen wir uns kurz zusammen.

Adresse: Friedrichstraße 128, 40217 Düsseldorf.

Für Rückfragen einfach auf diese Mail antworten, ich lese sie selbst.

Schöne Grüße
Birgit Kerkhoff
Sanitätshaus Kerkhoff – seit 1978 in Düsseldorf
""",
})

# 13 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "swiss_video_interview", "lang": "de",
    "company": "Medaxis Schweiz", "contact": "r.buehler@medaxis.example.ch",
    "sender": "Reto Bühler <r.buehler@medaxis.example.ch>",
    "subject": "Videointerview – Clinical Application Specialist Orthopädie",
    "date": "2026-07-07 10:10 +0200",
    "charset": "windows-1252", "cte": "qp",
    "msgid": "<ZR0P278MB0912A1B2C3D4E5F6@ZR0P278MB0912.CHEP278.PROD.OUTLOOK.COM>",
    "text": """Grüezi Herr Lindqvist-Amato

Vielen Dank für Ihre Bewerbung, die wir mit Interesse gelesen haben.

Gerne möchten wir Sie in einem ersten Schritt zu einem Videointerview via Microsoft Teams einladen. Termin: Dienstag, 14. Juli 2026, 09:00–09:45 Uhr. Teilnehmen werden Frau Sarah Imhof (Leiterin Clinical Support) und ich.

Den Link erhalten Sie separat. Bitte bestätigen Sie uns den Termin kurz.

Freundliche Grüsse

Reto Bühler
Talent Acquisition Partner
Medaxis Schweiz AG
Hochbergerstrasse 60C, 4057 Basel
Tel. +41 61 555 70 34
www.medaxis.example.ch
""",
})

# 14 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "greenhouse_replyto_recruiter", "lang": "en",
    "company": "NeuroStride", "contact": "priya.raman@neurostride.example.com",
    "sender": "Priya Raman via Greenhouse <no-reply@greenhouse-mail.io>",
    "reply_to": "Priya Raman <priya.raman@neurostride.example.com>",
    "subject": "Interview invitation – Clinical Application Specialist, DACH",
    "date": "2026-06-11 15:47 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<gh.8a1f3e2d.neurostride.interview@greenhouse-mail.io>",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#333">
<p>Hi Tobias,</p>
<p>Thanks for your application for the <b>Clinical Application Specialist, DACH</b> position – the hiring team would love to learn more about you!</p>
<p>We'd like to invite you to a 45-minute video interview with <b>Dr. Elena Marsh</b>, our Clinical Director for Europe. Could you let me know which of these times work for you (all CEST)?</p>
<ul>
<li>Tuesday, June 16 – 10:00</li>
<li>Wednesday, June 17 – 14:30</li>
<li>Thursday, June 18 – 09:00</li>
</ul>
<p>Just reply to this email with your preference and I'll send over a Zoom link.</p>
<p>Best,<br>Priya</p>
<p style="color:#888;font-size:12px">Priya Raman | Senior Technical Recruiter | NeuroStride<br>neurostride.example.com</p>
</div>
<img src="https://links.greenhouse-mail.io/wf/open?upn=Zm9vYmFy" width="1" height="1" alt="" style="display:none">
""",
})

# 15 -----------------------------------------------------------------------------------------
_LUMBARIS_UID = "3mq7v1c5kd8s2r0f6h4tb9n1xe@google.com"


def _lumbaris_ics(method: str, sequence: int, status: str, stamp: str) -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
BEGIN:VEVENT
DTSTART:20260312T130000Z
DTEND:20260312T140000Z
DTSTAMP:{stamp}
ORGANIZER;CN=Femke de Vries:mailto:femke@lumbaris.example.nl
UID:{_LUMBARIS_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tobias.la@example.de;X-NUM-GUESTS=0:mailto:tobias.la@example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Femke de Vries;X-NUM-GUESTS=0:mailto:femke@lumbaris.example.nl
CREATED:20260303T101144Z
DESCRIPTION:Video interview with Femke de Vries (Talent) and Ruben Smit (Cl
 inical Lead). Join: https://meet.google.example.com/kzr-qwpd-fab
LAST-MODIFIED:{stamp}
LOCATION:Google Meet
SEQUENCE:{sequence}
STATUS:{status}
SUMMARY:Interview – Clinical Specialist (Tobias Lindqvist-Amato)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


_lumbaris_invite = """Tobias, looking forward to chatting! Ruben will join to talk about the clinical side of the role. – Femke

Interview – Clinical Specialist (Tobias Lindqvist-Amato)
Thursday 12 Mar 2026 ⋅ 14:00 – 15:00 (Central European Time - Berlin)

Join with Google Meet: https://meet.google.example.com/kzr-qwpd-fab

Organiser: Femke de Vries - femke@lumbaris.example.nl
Guests: Femke de Vries, tobias.la@example.de, ruben.smit@lumbaris.example.nl

Reply for tobias.la@example.de: Yes / No / Maybe

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
"""
MESSAGES.append({
    "kind": "interview_invitation", "name": "google_calendar_request", "lang": "en",
    "company": "Lumbaris Robotics", "contact": "femke@lumbaris.example.nl",
    "sender": "Femke de Vries <femke@lumbaris.example.nl>",
    "subject": "Invitation: Interview – Clinical Specialist (Tobias Lindqvist-Amato) @ Thu 12 Mar 2026 14:00 - 15:00 (CET) (tobias.la@example.de)",
    "date": "2026-03-03 11:11 +0100",
    "charset": "utf-8", "cte": "b64",
    "msgid": "<calendar-7b1e9a40-3c2d-4f5e-8a6b-0c9d8e7f6a5b@google.com>",
    "text": _lumbaris_invite,
    "html": gmail_html(_lumbaris_invite),
    "ics": _lumbaris_ics("REQUEST", 0, "CONFIRMED", "20260303T101144Z"),
    "ics_file": "invite.ics",
    "headers": {"Sender": "Google Calendar <calendar-notification@google.com>"},
})

# 16 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "sales_director_quick_call", "lang": "en",
    "company": "KINEXO", "contact": "dan.okafor@kinexo.example.com",
    "sender": "Dan Okafor <dan.okafor@kinexo.example.com>",
    "subject": "Re: Clinical Application Specialist – DACH",
    "date": "2026-04-17 12:04 +0200",
    "charset": "utf-8", "cte": "7bit",
    "msgid": "<CAH3kq8vR9m2pX0-aW4dLQw@mail.kinexo.example.com>",
    "irt": "<41f6b0d2-9c3e-4a7b-8d15-6e2f0a9b8c31@example.de>",
    "text": """Hi Tobias,

Thanks for reaching out and for the CV - your background in neuro rehab is exactly what our customers ask about.

Can you do a 30-minute call on Wednesday 22 April at 17:00? I'll ring you on the number in your CV. If that's bad, send me two alternatives.

Dan

Dan Okafor | Regional Sales Director DACH | KINEXO
+49 69 555 80 14

On Wed, 15 Apr 2026 at 21:14, Tobias Lindqvist-Amato <tobias.la@example.de> wrote:
> Dear Mr Okafor,
>
> I was referred to you by Sandra Kühn. Unfortunately my application through the
> portal was rejected automatically, probably because I have no sales title yet,
> so I'm writing to you directly. I'm a physiotherapist with eight years in
> neurological rehab and would love to talk about the DACH specialist role.
>
> Kind regards,
> Tobias Lindqvist-Amato
""",
})

# 17 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "ashby_self_schedule", "lang": "en",
    "company": "Exoskel Labs", "contact": "",
    "sender": "Exoskel Labs <no-reply@ashbyhq.com>",
    "subject": "Schedule your interview with Exoskel Labs",
    "date": "2026-05-05 09:30 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "msgid": "<ashby.exoskel.6f2d91b0@ashbyhq.com>",
    "html": ats_html(
        """<p>Hi Tobias,</p>
<p>Great news – the team would like to move forward with a <b>Clinical Fit interview</b> for the <b>Field Clinical Engineer (Gait &amp; Exoskeletons)</b> role.</p>
<p><b>Format:</b> 45 min video call<br><b>With:</b> Maarten Visser (Head of Clinical) and Ayesha Karim (Clinical Engineer)</p>
<p>Please pick a time that suits you using the link below. Available slots are shown in your local time zone.</p>
<p><a href="https://app.ashbyhq.com/interview-scheduling/exoskel/7c1e2a9f" style="display:inline-block;background:#111;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Choose a time</a></p>
<p>Talk soon,<br>Exoskel Labs Recruiting</p>""",
        logo_src="https://app.ashbyhq.com/api/images/org-theme-logo/exoskel.png", logo_alt="Exoskel Labs",
        accent="#111111", lang="en",
        footer="""Exoskel Labs B.V. · Science Park 402 · 1098 XH Amsterdam<br>
You are receiving this because you applied to Exoskel Labs. Replies to this address are not monitored.<br>Powered by Ashby"""),
})

# 18 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "agency_client_named_first_meeting", "lang": "en",
    "company": "Orbis Surgical", "contact": "tom.vermeulen@pulsar-ls.example.nl",
    "sender": "Tom Vermeulen <tom.vermeulen@pulsar-ls.example.nl>",
    "subject": "Orbis Surgical would like to meet you!!",
    "date": "2026-08-20 14:02 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<AM6PR04MB6310D4C3B2A1F0E9@AM6PR04MB6310.eurprd04.prod.outlook.com>",
    "text": """Hi Tobias,

Brilliant news – my client, Orbis Surgical, would like to meet you for the Clinical Application Specialist role covering NRW and the Benelux!

First interview: Tuesday 1 September, 11:00–12:00, at their EMEA office in Amsterdam-Zuid (Gustav Mahlerlaan 310). You'll meet Lotte Jansen, Clinical Manager Benelux, and possibly one of the product managers.

They'll cover travel from Cologne – keep your train ticket. I'll call you tomorrow to prep; they love concrete patient stories, so think of two or three.

Speak soon,
Tom

Tom Vermeulen
Principal Consultant – Medical Devices
Pulsar Life Sciences Recruitment
T +31 20 555 9081 | pulsar-ls.example.nl
Pulsar Life Sciences Recruitment B.V. is registered with the Chamber of Commerce under no. 68123456.
""",
})

# 19 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "assessment_day_case_presentation", "lang": "en",
    "company": "Medivant Europe", "contact": "laura.behrens@medivant.example.de",
    "sender": "Medivant Europe Recruiting <noreply@smartrecruiters.com>",
    "reply_to": "Laura Behrens <laura.behrens@medivant.example.de>",
    "subject": "Invitation to our assessment day – Field Clinical Specialist",
    "date": "2026-06-16 10:58 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Dear Tobias,</p>
<p>Thank you for the good conversation last week. We are pleased to invite you to the final stage of our selection process for the <b>Field Clinical Specialist – Frankfurt</b> position: our assessment day.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px;margin:10px 0 16px 0">
<tr><td style="color:#666">Date</td><td><b>Wednesday, 8 July 2026</b></td></tr>
<tr><td style="color:#666">Time</td><td>09:00 – 15:30</td></tr>
<tr><td style="color:#666">Location</td><td>Medivant Europe, Lyoner Straße 14, 60528 Frankfurt am Main</td></tr>
</table>
<p>The day includes a 15-minute case presentation (topic attached in your candidate portal), a role play with a hospital customer and an interview with the Director Clinical Affairs.</p>
<p>Please confirm your attendance by replying to this email – it will reach me directly.</p>
<p>Kind regards,<br>Laura Behrens<br>Senior Recruiter, Medivant Europe</p>""",
        logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/medivant_europe.png",
        logo_alt="MEDIVANT", accent="#003b71", lang="en",
        footer="""Medivant Europe GmbH · Lyoner Straße 14 · 60528 Frankfurt am Main · HRB 110233 · Powered by SmartRecruiters"""),
})

# 20 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "cabinet_convocation", "lang": "fr",
    "company": "Cardiolyne", "contact": "helene.verdier@verdier-conseil.example.fr",
    "sender": "Hélène Verdier <helene.verdier@verdier-conseil.example.fr>",
    "subject": "Convocation - Spécialiste Application Clinique",
    "date": "2026-04-09 10:12 +0200",
    "charset": "windows-1252", "cte": "qp",
    "msgid": "<PAXPR02MB77119C0D1E2F3A4B@PAXPR02MB7711.eurprd02.prod.outlook.com>",
    "text": """Bonjour Tobias,

Bonne nouvelle : Cardiolyne souhaite vous rencontrer. Vous êtes convoqué à un entretien le mardi 21 avril à 14h00, dans leurs locaux de Villeurbanne (12 avenue Roger-Salengro, bâtiment B, 3e étage).

Vous verrez le Dr Bruno Marchand, directeur médical, et Mme Aurélie Faure, responsable RH. Comptez environ une heure et demie ; une mise en situation sur l'un de leurs ergomètres de réadaptation cardiaque est prévue.

Pouvez-vous me confirmer votre présence d'ici vendredi ? Je vous appellerai lundi pour vous préparer.

Bien cordialement,

Hélène Verdier
Associée – Cabinet Verdier Conseil
Recrutement Santé & Dispositifs médicaux
47 quai Saint-Vincent – 69001 Lyon
Tél. : 04 78 55 12 90
""",
})

# 21 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "small_distributor_phone_vous", "lang": "fr",
    "company": "Biomécanique Rhône-Alpes", "contact": "p.garnier@biomeca-ra.example.fr",
    "sender": "Pascal Garnier <p.garnier@biomeca-ra.example.fr>",
    "subject": "Votre candidature - entretien telephonique",
    "date": "2026-05-27 08:37 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "msgid": "<000c01dc9a3b$1f2e3d40$5d6c7b8a$@biomeca-ra.example.fr>",
    "text": """Bonjour Monsieur,

J'ai bien lu votre candidature pour le poste de technico-commercial spécialisé en aides techniques et appareillage. Votre expérience de kinésithérapeute m'intéresse beaucoup, nos clients sont surtout des centres de rééducation.

Je vous propose un premier entretien téléphonique mardi 2 juin à 14h. Si le créneau ne vous convient pas, indiquez-moi vos disponibilités.

Cordialement,

Pascal Garnier
Gérant
Biomécanique Rhône-Alpes SARL
ZI des Pierres Blanches - 69740 Genas
06 55 41 22 87
""",
})

# 22 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "clinic_html_convie", "lang": "fr",
    "company": "Clinique du Parc Monplaisir", "contact": "recrutement@clinique-monplaisir.example.fr",
    "sender": "Clinique du Parc Monplaisir <recrutement@clinique-monplaisir.example.fr>",
    "subject": "Invitation à un entretien – Référent(e) équipements de rééducation",
    "date": "2026-09-01 11:20 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<9e8d7c6b-monplaisir-rh-0901@clinique-monplaisir.example.fr>",
    "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
<table cellpadding="0" cellspacing="0" width="600">
<tr><td style="padding-bottom:14px"><img src="https://www.clinique-monplaisir.example.fr/images/logo-cpm.png" alt="Clinique du Parc Monplaisir - Lyon 8e" width="210"></td></tr>
<tr><td>
<p>Monsieur Lindqvist-Amato,</p>
<p>Suite à l'examen de votre candidature, nous avons le plaisir de vous inviter à un entretien pour le poste de <b>Référent(e) équipements de rééducation</b> au sein de notre plateau technique.</p>
<p><b>Date :</b> jeudi 10 septembre 2026 à 9h30<br>
<b>Lieu :</b> Clinique du Parc Monplaisir, 5 rue des Tuiliers, 69008 Lyon – accueil principal<br>
<b>Interlocuteurs :</b> Mme Nathalie Brun (cadre de rééducation) et M. Olivier Perret (responsable biomédical)</p>
<p>Merci de nous confirmer votre venue en répondant à ce message.</p>
<p>Bien cordialement,</p>
<p>Sophie Lambert<br>Chargée de recrutement<br>Clinique du Parc Monplaisir</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:18px">Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.</td></tr>
</table>
</body></html>
""",
})

# 23 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "startup_tu_call_jeudi", "lang": "fr",
    "company": "Motrice", "contact": "camille@motrice.example.fr",
    "sender": "Camille Roux <camille@motrice.example.fr>",
    "subject": "Motrice x Tobias",
    "date": "2026-07-15 19:03 +0200",
    "charset": "utf-8", "cte": "8bit",
    "msgid": "<CAMr0ux5a1Q-Kd8e7P0fG2h@mail.motrice.example.fr>",
    "text": """Hello Tobias !

Merci pour ta candidature, on a adoré ton parcours (et ta lettre, drôle et honnête, ça change).

Ça te dit un call jeudi 23 juillet vers 11h ? Ce serait avec moi et Hugo, notre CTO, 45 min en visio sur Google Meet. On te présentera Motrice et on parlera de comment tu accompagnerais les kinés qui utilisent nos capteurs.

Dis-moi si ça te va, sinon propose-moi un autre créneau.

À jeudi j'espère !
Camille

--
Camille Roux – co-fondatrice & CEO
Motrice · la rééducation connectée · Lyon
""",
})

# 24 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "madrid_usted_de_enviado_chain", "lang": "es",
    "company": "Medicor Ibérica", "contact": "lucia.fernandez@medicor-iberica.example.es",
    "sender": "Lucía Fernández Ortega <lucia.fernandez@medicor-iberica.example.es>",
    "subject": "RE: Candidatura Especialista Clínico de Producto",
    "date": "2026-06-02 12:15 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "msgid": "<DB9PR07MB8841A2B3C4D5E6F7@DB9PR07MB8841.eurprd07.prod.outlook.com>",
    "irt": "<6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0@example.de>",
    "text": """Estimado Tobias:

Muchas gracias por su rápida respuesta. Nos gustaría invitarle a una entrevista por videollamada (Microsoft Teams) el jueves 11 de junio a las 10:00 h (hora de Madrid), con nuestro director de Aplicaciones Clínicas, D. Javier Molina, y conmigo.

La entrevista se realizará en castellano y durará unos 45 minutos. Le enviaré el enlace el día anterior.

Le ruego que me confirme su disponibilidad.

Un cordial saludo,

Lucía Fernández Ortega
Técnico de Selección
Medicor Ibérica, S.L.
Calle de Josefa Valcárcel 40 - 28027 Madrid
Tel. 91 555 63 20

De: Tobias Lindqvist-Amato <tobias.la@example.de>
Enviado: viernes, 29 de mayo de 2026 18:40
Para: Lucía Fernández Ortega <lucia.fernandez@medicor-iberica.example.es>
Asunto: Re: Candidatura Especialista Clínico de Producto

Estimada Lucía:

Le agradezco su mensaje. Lamentablemente la semana que viene no puedo, pero a partir del 8 de junio estoy disponible cualquier día. Si el puesto ya no está disponible, le ruego me lo diga.

Saludos cordiales,
Tobias Lindqvist-Amato
""",
})

# 25 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "public_hospital_convocatoria", "lang": "es",
    "company": "Hospital Universitario Sierra Norte", "contact": "",
    "sender": "Portal de Empleo HU Sierra Norte <no-responder@husierranorte.example.es>",
    "subject": "Convocatoria a entrevista personal - Ref. HUSN-FT-2026-14",
    "date": "2026-09-24 09:00 +0200",
    "charset": "utf-8", "cte": "b64",
    "html": """<html><body style="font-family:Arial;font-size:13px">
<table width="640" border="0" cellpadding="10" style="border:1px solid #cfd8dc">
<tr><td bgcolor="#00695c"><img src="https://empleo.husierranorte.example.es/img/logo_husn_blanco.png" alt="Hospital Universitario Sierra Norte - Comunidad de Madrid" height="40"></td></tr>
<tr><td>
<p>Estimado/a candidato/a: <b>TOBIAS LINDQVIST-AMATO</b></p>
<p>Por medio del presente, se le convoca a la <b>entrevista personal</b> correspondiente al proceso de selección Ref. HUSN-FT-2026-14 (Fisioterapeuta - Referente de Tecnología de Rehabilitación).</p>
<table cellpadding="3" style="font-size:13px">
<tr><td><b>Fecha:</b></td><td>lunes, 5 de octubre de 2026</td></tr>
<tr><td><b>Hora:</b></td><td>12:15 h</td></tr>
<tr><td><b>Lugar:</b></td><td>Pabellón de Docencia, Sala 2 - Av. de la Sierra s/n, 28035 Madrid</td></tr>
</table>
<p>Deberá presentar su DNI/NIE o pasaporte y la titulación original. La no comparecencia supondrá la exclusión del proceso.</p>
<p>Atentamente,<br>Unidad de Selección - Dirección de Recursos Humanos</p>
</td></tr>
<tr><td style="font-size:10px;color:#777">Este correo ha sido generado automáticamente. Por favor, no responda a esta dirección. Protección de datos: sus datos serán tratados conforme al RGPD.</td></tr>
</table></body></html>
""",
})

# 26 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_invitation", "name": "orthopedics_tu_short", "lang": "es",
    "company": "Ortopedia Levante", "contact": "nacho@ortopedialevante.example.es",
    "sender": "Nacho Ferrer <nacho@ortopedialevante.example.es>",
    "subject": "hola!",
    "date": "2026-08-25 20:12 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<D2E3F4A5-B6C7-4D8E-9F0A-1B2C3D4E5F6A@ortopedialevante.example.es>",
    "text": """Hola Tobias!! Soy Nacho, de Ortopedia Levante. Me pasó tu CV mi prima Elena.
Te apetece venir a conocernos el miércoles 2 a las 17h a la tienda de Chamberí? Charlamos un rato sobre el puesto de especialista en ortesis y sillas, sin formalidades.
Dime algo!

Nacho Ferrer
Ortopedia Levante · C/ de Santa Engracia 71, Madrid
""",
})

# ============================================================================================
# Reschedules and cancellations
# ============================================================================================

# 27 -----------------------------------------------------------------------------------------
_sanaris_update = """Sehr geehrter Herr Lindqvist-Amato,

leider muss ich unser Gespräch am 18. März auf den Nachmittag verlegen, da am Vormittag kurzfristig eine Begehung durch die Aufsichtsbehörde angesetzt wurde. Neue Uhrzeit: 14:00 bis 15:00 Uhr, gleicher Ort.

Ich hoffe, das passt Ihnen. Andernfalls rufen Sie mich gern an.

Mit freundlichen Grüßen
Dr. med. Frank Wehling
Leiter Medizintechnik & Beschaffung
Sanaris Kliniken GmbH | Telefon +49 221 555 9310
"""
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "outlook_update_sequence", "lang": "de",
    "company": "Sanaris Kliniken", "contact": "f.wehling@sanaris-kliniken.example.de",
    "sender": "\"Wehling, Frank\" <f.wehling@sanaris-kliniken.example.de>",
    "subject": "Aktualisiert: Kennenlerngespräch Medizinprodukteberater/in - T. Lindqvist-Amato",
    "date": "2026-03-12 16:20 +0100",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<DU2PR09MB51230A9B8C7D6E5F@DU2PR09MB5123.eurprd09.prod.outlook.com>",
    "irt": "<DU2PR09MB5123F1E2D3C4B5A6@DU2PR09MB5123.eurprd09.prod.outlook.com>",
    "text": _sanaris_update,
    "html": outlook_html(_sanaris_update),
    "ics": _sanaris_ics("REQUEST", 1, "20260318T140000", "20260318T150000", "20260312T152000Z",
                        "Neue Uhrzeit: 14:00 Uhr"),
})

# 28 -----------------------------------------------------------------------------------------
_lumbaris_cancel = """This event has been cancelled and removed from your calendar.

Note from the organiser: So sorry Tobias – I'm home sick today and Ruben is stuck in Utrecht. I'll send you a new slot for next week as soon as I'm back. – Femke

Interview – Clinical Specialist (Tobias Lindqvist-Amato)
Thursday 12 Mar 2026 ⋅ 14:00 – 15:00 (Central European Time - Berlin)

Organiser: Femke de Vries - femke@lumbaris.example.nl
Guests: Femke de Vries, tobias.la@example.de, ruben.smit@lumbaris.example.nl

Invitation from Google Calendar
"""
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "google_calendar_cancel_ill", "lang": "en",
    "company": "Lumbaris Robotics", "contact": "femke@lumbaris.example.nl",
    "sender": "Femke de Vries <femke@lumbaris.example.nl>",
    "subject": "Cancelled event: Interview – Clinical Specialist (Tobias Lindqvist-Amato) @ Thu 12 Mar 2026 14:00 - 15:00 (CET) (tobias.la@example.de)",
    "date": "2026-03-12 08:02 +0100",
    "charset": "utf-8", "cte": "b64",
    "msgid": "<calendar-c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f@google.com>",
    "text": _lumbaris_cancel,
    "html": gmail_html(_lumbaris_cancel),
    "ics": _lumbaris_ics("CANCEL", 1, "CANCELLED", "20260312T070200Z"),
    "ics_method": "CANCEL",
    "ics_file": "invite.ics",
    "headers": {"Sender": "Google Calendar <calendar-notification@google.com>"},
})

# 29 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "switched_to_teams_original_message", "lang": "de",
    "company": "Corvion Medizintechnik", "contact": "philipp.auer@corvion.example.de",
    "sender": "\"Auer, Philipp\" <philipp.auer@corvion.example.de>",
    "subject": "AW: Interview Applikationsspezialist Kardiologie am 13.08.",
    "date": "2026-08-11 17:52 +0200",
    "header_charset": "windows-1252", "charset": "windows-1252", "cte": "qp",
    "msgid": "<BE1P281MB2210E1F2A3B4C5D6@BE1P281MB2210.DEUP281.PROD.OUTLOOK.COM>",
    "irt": "<f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@example.de>",
    "refs": ["<workday.corvion.20260804060212.71203@myworkday.com>"],
    "text": """Hallo Herr Lindqvist-Amato,

kleine Änderung für Donnerstag: Wegen des Bahnstreiks sind zwei Kollegen aus München nicht vor Ort, deshalb führen wir das Interview per Microsoft Teams statt in der Hanauer Landstraße. Uhrzeit bleibt gleich, 10:00 Uhr. Die Einladung mit dem Link kommt gleich separat.

Sorry für die kurzfristige Umstellung!

Beste Grüße
Philipp Auer
Head of Clinical Applications | Corvion Medizintechnik GmbH
M +49 160 555 2277

-----Original Message-----
From: Tobias Lindqvist-Amato <tobias.la@example.de>
Sent: Monday, August 10, 2026 9:14 PM
To: Auer, Philipp <philipp.auer@corvion.example.de>
Subject: Interview Applikationsspezialist Kardiologie am 13.08.

Sehr geehrter Herr Auer,

ich habe im Kandidatenportal den 13.08. um 10:00 Uhr gebucht und freue mich auf das Gespräch. Eine kurze Frage: Soll ich zur Präsentation einen Laptop mitbringen?

Viele Grüße
Tobias Lindqvist-Amato
""",
})

# 30 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "chief_physician_ill", "lang": "de",
    "company": "Rehaklinik Siebengebirge", "contact": "sekretariat.neuro@rehaklinik-siebengebirge.example.de",
    "sender": "Sekretariat Neurologie <sekretariat.neuro@rehaklinik-siebengebirge.example.de>",
    "subject": "Absage Termin 27.02. – neuer Termin folgt",
    "date": "2026-02-25 07:48 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

leider ist Herr Dr. Lenz seit gestern erkrankt. Wir müssen den Hospitationstag und das Gespräch am Freitag, 27.02., deshalb absagen.

Sobald Herr Dr. Lenz wieder im Haus ist, melde ich mich mit einem neuen Terminvorschlag bei Ihnen. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Gabriele Nußbaum
Sekretariat Neurologie / Chefarzt Dr. med. T. Lenz
Rehaklinik Siebengebirge
""",
})

# 31 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "personio_new_time_vienna", "lang": "de",
    "company": "Alpenmed Austria", "contact": "m.hofbauer@alpenmed.example.at",
    "sender": "Alpenmed Austria GmbH <noreply@personio.de>",
    "reply_to": "Martina Hofbauer <m.hofbauer@alpenmed.example.at>",
    "subject": "Terminänderung: Ihr Gespräch am 27.05.2026",
    "date": "2026-05-25 14:03 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Sehr geehrter Herr Lindqvist-Amato,</p>
<p>leider müssen wir den von Ihnen gebuchten Termin am <b>Mittwoch, 27.05.2026, 11:00 Uhr</b> verschieben, da unser Geschäftsführer, Herr DI Gruber, an diesem Tag kurzfristig auf einer Messe vertreten muss.</p>
<p>Als neuen Termin schlagen wir <b>Freitag, 29.05.2026, 09:30 Uhr</b> vor – weiterhin via Microsoft Teams. Der bisherige Link bleibt gültig.</p>
<p>Passt Ihnen das? Eine kurze Antwort auf diese E-Mail genügt.</p>
<p>Mit besten Grüßen<br>Martina Hofbauer<br>Alpenmed Austria GmbH</p>""",
        logo_src="https://alpenmed.jobs.personio.de/company-logo/alpenmed_austria.png",
        logo_alt="alpenmed – Medizintechnik für Österreich", accent="#b5121b",
        footer="""Alpenmed Austria GmbH · Erzherzog-Karl-Straße 57 · 1220 Wien · FN 301877 m<br>
Diese E-Mail wurde über Personio versendet."""),
})

# 32 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "swiss_postponed", "lang": "de",
    "company": "Medaxis Schweiz", "contact": "r.buehler@medaxis.example.ch",
    "sender": "Reto Bühler <r.buehler@medaxis.example.ch>",
    "subject": "Verschiebung Videointerview",
    "date": "2026-07-10 16:44 +0200",
    "charset": "windows-1252", "cte": "qp",
    "msgid": "<ZR0P278MB09120F1E2D3C4B5A@ZR0P278MB0912.CHEP278.PROD.OUTLOOK.COM>",
    "irt": "<ZR0P278MB0912A1B2C3D4E5F6@ZR0P278MB0912.CHEP278.PROD.OUTLOOK.COM>",
    "text": """Grüezi Herr Lindqvist-Amato

Leider muss Frau Imhof am Dienstag kurzfristig einen Kunden im Kantonsspital betreuen. Wir müssen unser Videointerview deshalb verschieben.

Wäre Ihnen Donnerstag, 16. Juli, 13:30 Uhr recht? Der Teams-Link wird neu versendet.

Besten Dank für Ihr Verständnis und freundliche Grüsse

Reto Bühler
Talent Acquisition Partner
Medaxis Schweiz AG
""",
})

# 33 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "agency_client_cancelled_short_notice", "lang": "de",
    "company": "Baselwerk Medical", "contact": "j.oelmann@talentbruecke.example.de",
    "sender": "Jan-Hendrik Oelmann <j.oelmann@talentbruecke.example.de>",
    "subject": "WG: Zweitgespräch Basel – Termin entfällt",
    "date": "2026-04-20 08:21 +0200",
    "charset": "utf-8", "cte": "qp",
    "irt": "<c2d4e6f8-0a1b-4c3d-8e5f-7a9b1c3d5e7f@example.de>",
    "refs": ["<1b2c3d4e5f6a7b8c9d0e@talentbruecke.example.de>"],
    "text": """Guten Morgen Herr Lindqvist-Amato,

leider eine kurzfristige Änderung: Baselwerk hat das Zweitgespräch am Mittwoch abgesagt, weil Frau Dr. Meier zu einem Audit nach Lausanne muss. Der Prozess läuft aber ganz normal weiter – man bittet um einen neuen Termin in der Woche ab 27. April.

Können Sie mir bis heute Abend zwei, drei Tage nennen, an denen Sie nach Basel fahren könnten? Die Reisekosten übernimmt Baselwerk weiterhin.

Herzliche Grüße
Jan-Hendrik Oelmann
Talentbrücke Personalberatung GmbH | M +49 171 555 0912

---------- Weitergeleitete Nachricht ---------
Von: Stefan Gysin <stefan.gysin@baselwerk.example.ch>
Datum: Sonntag, 19. April 2026, 21:40
Betreff: Zweitgespräch Basel – Termin entfällt
An: Jan-Hendrik Oelmann <j.oelmann@talentbruecke.example.de>

Lieber Herr Oelmann, wir müssen den Termin am 22.4. leider absagen und bitten um Vorschläge für die Folgewoche. Beste Grüsse, Stefan Gysin
""",
})

# 34 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "university_room_change", "lang": "de",
    "company": "Technische Hochschule Köln-Deutz", "contact": "a.roemer@th-koeln-deutz.example.de",
    "sender": "Prof. Dr. Anja Römer <a.roemer@th-koeln-deutz.example.de>",
    "subject": "Änderung: Auswahlgespräch 2026-087 jetzt am 23.06.",
    "date": "2026-06-17 15:10 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

wegen einer Terminüberschneidung in der Kommission müssen wir die Auswahlgespräche um einen Tag verschieben. Ihr Gespräch findet nun am Dienstag, 23. Juni 2026, um 10:00 Uhr statt. Raum: ZO 2.11 (nicht mehr 4.07).

Ich bitte um Entschuldigung für die Umstände und um eine kurze Bestätigung.

Mit freundlichen Grüßen
Anja Römer
""",
})

# 35 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "apple_mail_push_to_monday", "lang": "en",
    "company": "KINEXO", "contact": "dan.okafor@kinexo.example.com",
    "sender": "Dan Okafor <dan.okafor@kinexo.example.com>",
    "subject": "Re: Call Wednesday",
    "date": "2026-04-21 07:55 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<E7A1C2B3-9D4F-4E6A-B8C0-1D2E3F4A5B6C@kinexo.example.com>",
    "irt": "<9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@example.de>",
    "refs": ["<CAH3kq8vR9m2pX0-aW4dLQw@mail.kinexo.example.com>"],
    "text": """Tobias - something came up with a customer in Mainz tomorrow. Can we push our call to Thursday 23rd, same time?

Dan

Sent from my iPhone

> On 20 Apr 2026, at 22:31, Tobias Lindqvist-Amato <tobias.la@example.de> wrote:
>
> Hi Dan, Wednesday 17:00 works perfectly, talk then!
> Tobias
""",
})

# 36 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "greenhouse_rescheduled_notice", "lang": "en",
    "company": "NeuroStride", "contact": "priya.raman@neurostride.example.com",
    "sender": "Priya Raman via Greenhouse <no-reply@greenhouse-mail.io>",
    "reply_to": "Priya Raman <priya.raman@neurostride.example.com>",
    "subject": "Your interview with NeuroStride has been rescheduled",
    "date": "2026-06-15 18:20 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#333;line-height:1.5">
<p>Hi Tobias,</p>
<p>Dr. Marsh has been pulled into a product review on Wednesday, so we've moved your interview:</p>
<p style="background:#f5f7f9;padding:12px 16px;border-left:3px solid #10a37f">
<s>Wednesday, June 17 · 14:30 – 15:15 CEST</s><br>
<b>Friday, June 19 · 11:00 – 11:45 CEST</b><br>
Zoom: https://neurostride.zoom.example.com/j/83412290071</p>
<p>If the new time doesn't work, just reply and I'll find another slot.</p>
<p>Thanks for your flexibility!<br>Priya</p>
</div>
<img src="https://links.greenhouse-mail.io/wf/open?upn=cmVzY2hlZA" width="1" height="1" alt="">
""",
})

# 37 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "ashby_interviewer_unavailable", "lang": "en",
    "company": "Exoskel Labs", "contact": "",
    "sender": "Exoskel Labs <no-reply@ashbyhq.com>",
    "subject": "Your interview on May 12 has been cancelled – please pick a new time",
    "date": "2026-05-11 13:14 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hi Tobias,</p>
<p>Unfortunately one of your interviewers is no longer available, so your <b>Clinical Fit interview</b> on <b>Tuesday, May 12 at 15:00 CEST</b> has been cancelled.</p>
<p>Your application is still active. Please choose a new time that works for you:</p>
<p><a href="https://app.ashbyhq.com/interview-scheduling/exoskel/7c1e2a9f?reschedule=1" style="display:inline-block;background:#111;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Pick a new time</a></p>
<p>Sorry for the inconvenience,<br>Exoskel Labs Recruiting</p>""",
        logo_src="https://app.ashbyhq.com/api/images/org-theme-logo/exoskel.png", logo_alt="Exoskel Labs",
        accent="#111111", lang="en",
        footer="Exoskel Labs B.V. · Amsterdam · Replies to this address are not monitored. Powered by Ashby"),
})

# 38 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "agency_second_interview_moved", "lang": "en",
    "company": "Orbis Surgical", "contact": "tom.vermeulen@pulsar-ls.example.nl",
    "sender": "Tom Vermeulen <tom.vermeulen@pulsar-ls.example.nl>",
    "subject": "Change of plan – second interview",
    "date": "2026-09-09 12:30 +0200",
    "charset": "utf-8", "cte": "7bit",
    "msgid": "<AM6PR04MB63107F6E5D4C3B2A@AM6PR04MB6310.eurprd04.prod.outlook.com>",
    "text": """Hi Tobias,

Quick one: Orbis need to move your second interview from Friday 11th to Wednesday 16 September, 14:00, same place. Their VP Clinical is flying in from Boston and wants to meet you himself, so this is a good sign!

Can you confirm today? Travel costs are covered as before.

Cheers,
Tom

Tom Vermeulen | Principal Consultant – Medical Devices | Pulsar Life Sciences Recruitment
""",
})

# 39 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "clinic_report_entretien", "lang": "fr",
    "company": "Clinique du Parc Monplaisir", "contact": "recrutement@clinique-monplaisir.example.fr",
    "sender": "Clinique du Parc Monplaisir <recrutement@clinique-monplaisir.example.fr>",
    "subject": "Report de votre entretien du 10 septembre",
    "date": "2026-09-04 16:05 +0200",
    "charset": "utf-8", "cte": "qp",
    "irt": "<9e8d7c6b-monplaisir-rh-0901@clinique-monplaisir.example.fr>",
    "text": """Monsieur,

En raison d'une inspection de l'ARS prévue le jeudi 10 septembre, nous sommes contraints de reporter votre entretien.

Nous vous proposons le mardi 15 septembre à 9h30, au même endroit et avec les mêmes interlocuteurs. Merci de nous indiquer si cette date vous convient.

Nous vous prions de nous excuser pour ce changement.

Bien cordialement,
Sophie Lambert
Chargée de recrutement – Clinique du Parc Monplaisir
""",
})

# 40 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "distributor_annulation_jeudi", "lang": "fr",
    "company": "Biomécanique Rhône-Alpes", "contact": "p.garnier@biomeca-ra.example.fr",
    "sender": "Pascal Garnier <p.garnier@biomeca-ra.example.fr>",
    "subject": "Annulation rdv mardi",
    "date": "2026-06-01 18:27 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "irt": "<a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d@example.de>",
    "refs": ["<000c01dc9a3b$1f2e3d40$5d6c7b8a$@biomeca-ra.example.fr>"],
    "text": """Bonsoir Monsieur Lindqvist-Amato,

Je dois malheureusement annuler notre entretien téléphonique de demain 14h : je suis bloqué toute la journée sur une livraison urgente au centre de rééducation de Bourg-en-Bresse.

Pouvons-nous le décaler à jeudi 4 juin, même heure ?

Toutes mes excuses,
Pascal Garnier
Biomécanique Rhône-Alpes
""",
})

# 41 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "public_hospital_cambio_fecha", "lang": "es",
    "company": "Hospital Universitario Sierra Norte", "contact": "rrhh.seleccion@husierranorte.example.es",
    "sender": "Selección RRHH - HU Sierra Norte <rrhh.seleccion@husierranorte.example.es>",
    "subject": "Cambio de fecha entrevista Ref. HUSN-FT-2026-14",
    "date": "2026-09-30 10:41 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Estimado Sr. Lindqvist-Amato:

Por necesidades organizativas del tribunal, la entrevista personal prevista para el lunes 5 de octubre a las 12:15 h se traslada al miércoles 7 de octubre a las 9:45 h, en el mismo lugar (Pabellón de Docencia, Sala 2).

Le rogamos confirme la recepción de este correo.

Atentamente,

Marta Gil Olmedo
Unidad de Selección - RRHH
Hospital Universitario Sierra Norte
""",
})

# 42 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "name": "orthopedics_switch_to_video", "lang": "es",
    "company": "Ortopedia Levante", "contact": "nacho@ortopedialevante.example.es",
    "sender": "Nacho Ferrer <nacho@ortopedialevante.example.es>",
    "subject": "Re: hola!",
    "date": "2026-08-31 13:26 +0200",
    "charset": "utf-8", "cte": "8bit",
    "irt": "<7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b@example.de>",
    "refs": ["<D2E3F4A5-B6C7-4D8E-9F0A-1B2C3D4E5F6A@ortopedialevante.example.es>"],
    "text": """Oye Tobias, cambio de planes: el miércoles tenemos la tienda en obras y no hay dónde sentarse jaja. ¿Lo pasamos a videollamada a la misma hora? Te mando un enlace de Meet el miércoles por la mañana.

Nacho

El sáb, 29 ago 2026 a las 10:02, Tobias Lindqvist-Amato (<tobias.la@example.de>) escribió:
> Hola Nacho, ¡qué bien! El miércoles a las 17h me viene perfecto. ¡Hasta el miércoles!
""",
})

# ============================================================================================
# Missed-interview notices
# ============================================================================================

# 43 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "we_waited_at_ten", "lang": "de",
    "company": "Hartmann-Quist Rehatechnik", "contact": "u.hartmann-quist@hq-rehatechnik.example.de",
    "sender": "Ulrike Hartmann-Quist <u.hartmann-quist@hq-rehatechnik.example.de>",
    "subject": "Re: Ihre Bewerbung / Termin",
    "date": "2026-04-21 11:40 +0200",
    "charset": "utf-8", "cte": "8bit",
    "irt": "<d9e8f7a6-b5c4-4d3e-a2f1-0e9d8c7b6a5f@example.de>",
    "refs": ["<5c1e0a3f-HQ-2026-0414@hq-rehatechnik.example.de>"],
    "text": """Hallo Herr Lindqvist-Amato,

wir haben heute um 10:00 Uhr auf Sie gewartet, mein Mann hatte extra die Werkstatt vorbereitet. Leider sind Sie nicht gekommen, und auf dem Handy habe ich Sie auch nicht erreicht.

Ich hoffe, es ist nichts passiert. Melden Sie sich doch bitte kurz, wenn Sie weiterhin Interesse haben.

Viele Grüße
Ulrike Hartmann-Quist

Am 14.04.26 um 20:05 schrieb Tobias Lindqvist-Amato:
> Sehr geehrte Frau Hartmann-Quist,
>
> vielen Dank für die Einladung! Dienstag, 21. April um 10 Uhr passt mir sehr gut,
> ich komme gern nach Beuel.
>
> Mit freundlichen Grüßen
> Tobias Lindqvist-Amato
>
> Am 14.04.26 um 09:12 schrieb Ulrike Hartmann-Quist:
>> Kommen Sie doch am Dienstag, den 21. April, um 10 Uhr bei uns in Beuel vorbei,
>> dann lernen wir uns in Ruhe kennen.
""",
})

# 44 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "workday_did_not_join_teams", "lang": "de",
    "company": "Corvion Medizintechnik", "contact": "",
    "sender": "Corvion Careers <corvion@myworkday.com>",
    "subject": "Verpasstes Interview: Applikationsspezialist Kardiologie (m/w/d)",
    "date": "2026-08-13 11:05 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hallo Tobias,</p>
<p>Sie sind dem für heute, 13.08.2026, 10:00 Uhr geplanten Microsoft-Teams-Interview für die Position <b>Applikationsspezialist Kardiologie (m/w/d)</b> nicht beigetreten. Unser Interviewteam hat 15 Minuten auf Sie gewartet.</p>
<p>Falls Sie weiterhin Interesse an der Position haben, melden Sie sich bitte innerhalb von 3 Werktagen in Ihrem Kandidatenkonto an und teilen Sie uns unter „Meine Aufgaben“ mit, ob ein neuer Termin gewünscht ist.</p>
<p><a href="https://corvion.wd3.myworkday.com/CorvionCareers/userHome" style="color:#00838f;font-weight:bold">Zum Kandidatenkonto</a></p>
<p>Viele Grüße<br>Ihr Corvion Talent Acquisition Team</p>""",
        logo_src="https://corvion.wd3.myworkday.com/wday/cxs/corvion/logo.png", logo_alt="CORVION",
        accent="#00838f",
        footer="""Corvion Medizintechnik GmbH · Hanauer Landstraße 291 · 60314 Frankfurt am Main<br>
Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht."""),
    "headers": {"Auto-Submitted": "auto-generated"},
})

# 45 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "tried_to_call_you", "lang": "de",
    "company": "Q-Motion Diagnostics", "contact": "n.kersting@q-motion.example.de",
    "sender": "Nina Kersting <n.kersting@q-motion.example.de>",
    "subject": "Telefoninterview heute – nicht erreicht",
    "date": "2026-04-16 16:52 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "irt": "<7d0c3e5a-1b2f-4e8d-9a6c-3f1e2d4b5c08@q-motion.example.de>",
    "text": """Hallo Herr Lindqvist-Amato,

Markus Brandt hat heute um 16:30 Uhr zweimal versucht, Sie telefonisch zu erreichen, leider ohne Erfolg (nur die Mailbox).

Vielleicht ist etwas dazwischengekommen? Wenn Sie weiterhin Interesse haben, schicken Sie mir bitte zwei Terminvorschläge für nächste Woche und prüfen Sie kurz die Nummer, die wir haben: 0176 555 0 38 12.

Viele Grüße
Nina Kersting
People Operations | Q-Motion Diagnostics
""",
})

# 46 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "trial_day_no_show", "lang": "de",
    "company": "Sanitätshaus Kerkhoff", "contact": "info@sanitaetshaus-kerkhoff.example.de",
    "sender": "Sanitätshaus Kerkhoff <info@sanitaetshaus-kerkhoff.example.de>",
    "subject": "Heute Probearbeiten?",
    "date": "2026-09-12 10:18 +0200",
    "charset": "utf-8", "cte": "qp",
    "irt": "<3a4b5c6d-kerkhoff-0908@sanitaetshaus-kerkhoff.example.de>",
    "text": """Hallo Herr Lindqvist-Amato,

Sie sind heute leider nicht zum Probearbeiten erschienen. Herr Wolff hatte für Sie den Vormittag freigehalten und ein paar Versorgungen zurückgestellt.

Falls etwas passiert ist, rufen Sie gern an. Ansonsten wäre eine kurze Absage nett gewesen.

Gruß
Birgit Kerkhoff
Sanitätshaus Kerkhoff
""",
})

# 47 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "zeitarbeit_client_waited", "lang": "de",
    "company": "Vitalis Homecare", "contact": "k.laufer@medjob-direkt.example.de",
    "sender": "Kevin Laufer | Medjob Direkt <k.laufer@medjob-direkt.example.de>",
    "subject": "WO WAREN SIE???",
    "date": "2026-06-15 10:47 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "irt": "<20260610145812.3F2A1@medjob-direkt.example.de>",
    "text": """Hallo Herr Lindqvist-Amato,

Herr Demir von Vitalis Homecare hat mich gerade angerufen: Er hat heute ab 9:30 Uhr vergeblich auf Sie gewartet!! Sie waren nicht da und haben auch nicht abgesagt.

Das ist für uns als Personaldienstleister echt unangenehm … Bitte rufen Sie mich SOFORT zurück, damit ich dem Kunden etwas sagen kann. Vielleicht kriegen wir noch einen zweiten Termin hin.

Kevin Laufer
Medjob Direkt GmbH | Tel. 0221 555 80 40
""",
})

# 48 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "missed_you_on_zoom", "lang": "en",
    "company": "NeuroStride", "contact": "priya.raman@neurostride.example.com",
    "sender": "Priya Raman <priya.raman@neurostride.example.com>",
    "subject": "We missed you today",
    "date": "2026-06-19 11:31 +0200",
    "charset": "utf-8", "cte": "7bit",
    "text": """Hi Tobias,

Dr. Marsh and I were on the Zoom at 11:00 today but you didn't join. I also sent a message in the chat and tried your mobile once.

I hope everything's OK. If you're still interested in the role, let me know and I'll see whether Elena can offer another slot next week - her calendar is tight, so I can't promise.

Best,
Priya

Priya Raman | Senior Technical Recruiter | NeuroStride
""",
})

# 49 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "ashby_no_show", "lang": "en",
    "company": "HelixCare Devices", "contact": "",
    "sender": "HelixCare Devices Recruiting <no-reply@ashbyhq.com>",
    "subject": "It looks like you missed your interview",
    "date": "2026-10-08 16:40 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hi Tobias,</p>
<p>It looks like you missed your <b>Recruiter Screen</b> for the <b>Clinical Specialist – Neurostimulation (Benelux)</b> role, scheduled today at 15:00 CEST.</p>
<p>Things happen! If you'd like to continue, you can book one new time using the link below within the next 5 days. After that, we will close your application.</p>
<p><a href="https://app.ashbyhq.com/interview-scheduling/helixcare/c0ffee12?rebook=1" style="color:#5b3cc4">Book a new time</a></p>
<p>HelixCare Devices Recruiting</p>""",
        logo_src="https://app.ashbyhq.com/api/images/org-theme-logo/helixcare.png", logo_alt="HelixCare",
        accent="#5b3cc4", lang="en",
        footer="HelixCare Devices B.V. · Zuidplein 126 · Amsterdam · This mailbox is not monitored. Powered by Ashby"),
})

# 50 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "clinic_attendu_ce_matin", "lang": "fr",
    "company": "Clinique du Parc Monplaisir", "contact": "recrutement@clinique-monplaisir.example.fr",
    "sender": "Clinique du Parc Monplaisir <recrutement@clinique-monplaisir.example.fr>",
    "subject": "Votre entretien de ce matin",
    "date": "2026-09-15 11:02 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": """Monsieur,

Nous vous avons attendu ce matin à 9h30 pour votre entretien avec Mme Brun et M. Perret, sans nouvelles de votre part.

Si un empêchement est survenu, merci de nous le faire savoir par retour de mail ; nous verrons s'il est possible de fixer une nouvelle date.

Cordialement,
Sophie Lambert
Chargée de recrutement – Clinique du Parc Monplaisir
""",
})

# 51 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "startup_tetais_ou", "lang": "fr",
    "company": "Motrice", "contact": "camille@motrice.example.fr",
    "sender": "Camille Roux <camille@motrice.example.fr>",
    "subject": "?",
    "date": "2026-07-23 11:24 +0200",
    "charset": "utf-8", "cte": "8bit",
    "text": """Tobias, t'étais où ? 😅 On t'a attendu 20 min sur le Meet avec Hugo.

Pas grave si t'as eu un souci, dis-moi juste si tu veux qu'on recale un créneau la semaine pro.

Camille
""",
})

# 52 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "missed_interview_notice", "name": "madrid_no_se_conecto", "lang": "es",
    "company": "Medicor Ibérica", "contact": "lucia.fernandez@medicor-iberica.example.es",
    "sender": "Lucía Fernández Ortega <lucia.fernandez@medicor-iberica.example.es>",
    "subject": "Entrevista de hoy",
    "date": "2026-06-11 10:26 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "irt": "<DB9PR07MB8841A2B3C4D5E6F7@DB9PR07MB8841.eurprd07.prod.outlook.com>",
    "text": """Estimado Tobias:

D. Javier Molina y yo le hemos estado esperando en la videollamada de Teams desde las 10:00 h, pero no se ha conectado.

¿Ha tenido algún problema técnico? Si sigue interesado en el puesto, le ruego me lo indique hoy mismo y veremos si es posible fijar otra fecha.

Un cordial saludo,

Lucía Fernández Ortega
Técnico de Selección - Medicor Ibérica
""",
})
