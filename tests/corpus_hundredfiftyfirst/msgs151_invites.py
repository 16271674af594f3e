"""Corpus 151, kinds `interview_invitation` (26: de 13, en 7, fr 3, es 3),
`interview_reschedule_or_cancel` (15: de 7, en 4, fr 2, es 2) and `missed_interview_notice`
(10: de 5, en 2, fr 2, es 1).

The candidate's own mails that these messages quote (APOLOGY_*, REQ_*, CONFIRM_*) live here;
msgs151_other.py sends them from the same constants.
"""

from __future__ import annotations

from msgs151_common import (
    ME,
    SIGNATURE_DE,
    SIGNATURE_EN,
    ats_card,
    forwarded_block,
    outlook_block,
    outlook_html,
    quote,
    simple_html,
    wrote_de,
    wrote_en,
    wrote_es,
)
from msgs151_rejections import INV_LAVAPIES, INV_SEEFELD, INV_STEINMETZ, INV_WEXFORD

# ------------------------------------------------------------------ the candidate's own words

APOLOGY_NORDHAFEN = f"""Sehr geehrter Herr Lüders,

es tut mir wirklich leid – ich habe Ihren Anruf heute Vormittag verpasst. Ich saß in der
S-Bahn, die im Tunnel stehen geblieben ist, und hatte keinen Empfang. Als ich Ihre Nachricht
gesehen habe, war es bereits nach halb elf.

Ich habe weiterhin großes Interesse an der Stelle und würde mich freuen, wenn wir einen
neuen Termin finden. Ich bin diese und nächste Woche flexibel erreichbar.

Mit freundlichen Grüßen
{SIGNATURE_DE}
"""

REQ_WIENER = f"""Liebe Frau Brandl,

vielen Dank für die Einladung zum Videointerview. Leider habe ich am 15. September
vormittags einen Termin beim Notar, den ich nicht verschieben kann. Wäre es möglich, das
Gespräch auf einen anderen Tag zu legen? Am 17. und 18. September bin ich ganztägig flexibel.

Entschuldigen Sie die Umstände und viele Grüße
{SIGNATURE_DE}
"""

REQ_ARCHISTAFF = f"""Hi Georgia,

Thanks so much for setting this up - I'm really pleased Kestrel & Finch want to meet.

Unfortunately Tuesday 3 March clashes with a site handover in Berlin that I can't move. Would
Kestrel & Finch be able to do Wednesday or Thursday that week instead? I can fly in the
evening before.

Best,
{SIGNATURE_EN}
"""

REQ_TALENTO = """Hola Marta:

Muchas gracias por organizar la entrevista con Grupo Arganzuela. Te escribo porque el
martes 24 tengo el vuelo de Berlín a las 10:40 y no llego a las 12:00. ¿Sería posible pasarla
al miércoles o al jueves de esa misma semana? Estaré ya en Madrid.

Perdona las molestias y muchas gracias.

Un saludo,
Joana Ferreira-Schulz
+49 176 5550 3187
"""

CONFIRM_BIBM = f"""Sehr geehrte Frau Demir,

vielen Dank für die Einladung. Gern bestätige ich den Termin am Mittwoch, 4. März 2026, um
9:00 Uhr in der Alt-Moabit 91. Die Arbeitsprobe bringe ich ausgedruckt mit.

Mit freundlichen Grüßen
{SIGNATURE_DE}
"""

CONFIRM_MESETA = """Hola Lucía:

Muchas gracias por la convocatoria. Confirmo mi asistencia a la entrevista por Teams el
lunes 15 de junio a las 11:00. Tengo ya el enlace en el calendario.

Un saludo cordial,
Joana Ferreira-Schulz
"""

# ------------------------------------------------------------------ calendar pieces

BAUKRAFT_UID = "040000008200E00074C5B7101A82E0080000000090B7A1C3F2A0DC01-baukraft-151"
ALPENBAU_UID = "alpenbau-panel-2026-03-19-ferreira@alpenbau.example.at"
ELBUFER_UID = "elbufer-zweites-gespraech-151@elbufer-wohnen.example.de"
HARBOUR_UID = "040000008200E00074C5B7101A82E00800000000harbourline-panel-151"
MESETA_UID = "meseta-entrevista-20260615@meseta.example.es"

BAUKRAFT_INVITE_TEXT = """Liebe Frau Ferreira-Schulz,

vielen Dank für Ihre Bewerbung als BIM-Koordinatorin (m/w/d) für unsere Projekte in
Berlin-Adlershof. Ihr Profil hat uns überzeugt, und wir möchten Sie gern kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Donnerstag, 26. Februar 2026, 10:00 bis 11:00 Uhr
Gesprächspartner: Herr Lars Adomeit (Leiter Technisches Büro) und ich

Den Teams-Link finden Sie in der Kalendereinladung. Bitte nehmen Sie die Einladung an
oder geben Sie mir kurz Bescheid, falls der Termin nicht passt.

Herzliche Grüße
Sabine Krüger
Senior Recruiterin
Baukraft Holding GmbH
Wolfener Straße 36, 12681 Berlin
Tel. +49 30 5550 8812
"""

BAUKRAFT_MOVE_TEXT = """Liebe Frau Ferreira-Schulz,

leider muss Herr Adomeit am 26. Februar kurzfristig zu einer Baustellenbegehung mit dem
Prüfingenieur. Wir verschieben unser Gespräch deshalb auf

Dienstag, 3. März 2026, 14:00 bis 15:00 Uhr (weiterhin per Teams).

Die Kalendereinladung ist aktualisiert, der Link bleibt derselbe. Ich hoffe, der neue
Termin passt Ihnen – sonst melden Sie sich bitte.

Herzliche Grüße
Sabine Krüger
Baukraft Holding GmbH
"""

ALPENBAU_INVITE_TEXT = """Sehr geehrte Frau Ferreira-Schulz,

herzlichen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Gespräch mit
unserem Auswahlgremium nach Wien einzuladen:

Termin: Donnerstag, 19. März 2026, 09:30 Uhr (ca. 90 Minuten)
Ort: Alpenbau GmbH, Wagramer Straße 17, 1220 Wien, 4. Stock, Besprechungsraum „Kahlenberg“
Gremium: DI Georg Mayrhofer (Leitung Digitalisierung), Ing. Petra Lechner (Bauleitung),
Teresa Hofbauer (HR)

Bitte bereiten Sie eine kurze Präsentation (10 Minuten) zu einem Projekt vor, in dem Sie
Modelle mehrerer Gewerke koordiniert haben. Reisekosten erstatten wir Ihnen gern.

Wir bitten um Bestätigung über die Kalendereinladung.

Mit freundlichen Grüßen
Teresa Hofbauer
Human Resources – Recruiting
Alpenbau GmbH, Wagramer Straße 17, 1220 Wien
T: +43 1 5550 3340

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie
nicht der vorgesehene Empfänger sein, ist jede Form der Kenntnisnahme, Veröffentlichung,
Vervielfältigung oder Weitergabe unzulässig. Firmenbuch FN 555123x, Handelsgericht Wien.
"""

HARBOUR_INVITE_TEXT = """Hi Joana,

Great news - the team would like to meet you for a panel interview for the Senior BIM
Coordinator role.

When: Friday 3 July 2026, 10:00-11:15 (London time)
Where: Microsoft Teams (link in the calendar invitation)
Panel: Rachel Dunmore (Head of Digital Construction), Owen Price (Pre-construction
Director) and Aisha Rahman (Project Director, Canary Wharf)

We'll ask you to talk us through a federated model you have coordinated, and there will be a
short discussion on ISO 19650 information requirements. Please accept the invite so it lands
in your calendar.

Best regards,
Rachel Dunmore
Head of Digital Construction
Harbourline Construction Ltd
1 Westferry Circus, London E14 4HD
"""

MESETA_INVITE_TEXT = """Hola Joana:

Gracias por tu candidatura al puesto de Coordinadora BIM en Constructora Meseta. Nos
gustaría conocerte en una entrevista por Microsoft Teams:

Fecha: lunes 15 de junio de 2026
Hora: 11:00 (hora peninsular)
Con: Álvaro Benítez (Jefe de Oficina Técnica) y Lucía Serrano (Personas)

Te enviamos la convocatoria de calendario con el enlace. ¿Nos confirmas que te viene bien?

Un saludo,
Lucía Serrano
Responsable de Selección
Constructora Meseta S.A.
Calle de Orense 34, 28020 Madrid
Tel. +34 915 550 612
"""


MESSAGES = [
    # ================================================================ interview_invitation
    # ---------------------------------------------------------------- German (13)
    {
        "kind": "interview_invitation", "name": "baukraft_teams_calendar", "lang": "de",
        "company": "Baukraft Holding", "contact": "sabine.krueger@baukraft.example.de",
        "id": "baukraft_inv", "parent": "baukraft_ack",
        "date": "2026-02-17 09:30 +0100",
        "frm": ("Sabine Krüger", "sabine.krueger@baukraft.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – BIM-Koordination Adlershof",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": BAUKRAFT_INVITE_TEXT,
        "html": outlook_html(BAUKRAFT_INVITE_TEXT, "de"),
        "attach": [{"inline": True, "ics": {
            "uid": BAUKRAFT_UID, "sequence": 0, "stamp": "2026-02-17 09:30 +0100",
            "start": "2026-02-26 10:00 +0100", "minutes": 60,
            "summary": "Vorstellungsgespräch Joana Ferreira-Schulz – BIM-Koordination",
            "location": "Microsoft Teams-Besprechung",
            "description": "Microsoft Teams: https://teams.example.de/l/meetup-join/baukraft-151",
            "organizer": ("Sabine Krüger", "sabine.krueger@baukraft.example.de"),
        }}],
    },
    {
        "kind": "interview_invitation", "name": "nordhafen_phone_screen", "lang": "de",
        "company": "Nordhafen Projektentwicklung", "contact": "h.lueders@nordhafen-pe.example.de",
        "id": "nordhafen_inv",
        "date": "2026-04-07 16:20 +0200",
        "frm": ("Henrik Lüders", "h.lueders@nordhafen-pe.example.de"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Ihre Bewerbung als BIM-Managerin – kurzes Telefonat?",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

vielen Dank für Ihre Bewerbung für unsere Projekte in der HafenCity und in Wilhelmsburg.
Bevor wir Sie zu einem Gespräch mit der Geschäftsführung einladen, würde ich mich gern
telefonisch etwa 20 Minuten mit Ihnen austauschen – zu Ihrer Motivation, Ihren
Gehaltsvorstellungen und Ihrem möglichen Eintrittstermin.

Passt Ihnen Donnerstag, 9. April, um 10:00 Uhr? Ich würde Sie dann unter der Mobilnummer
aus Ihrem Lebenslauf anrufen.

Mit besten Grüßen aus Hamburg
Henrik Lüders
Personalreferent
Nordhafen Projektentwicklung GmbH
Am Sandtorkai 62, 20457 Hamburg
T +49 40 5550 7720
""",
    },
    {
        "kind": "interview_invitation", "name": "nordhafen_new_slot_after_apology", "lang": "de",
        "company": "Nordhafen Projektentwicklung", "contact": "h.lueders@nordhafen-pe.example.de",
        "id": "nordhafen_inv2", "parent": "nordhafen_apology",
        "date": "2026-04-09 15:40 +0200",
        "frm": ("Henrik Lüders", "h.lueders@nordhafen-pe.example.de"),
        "subject": "AW: Verpasster Anruf heute Vormittag",
        "text": f"""Liebe Frau Ferreira-Schulz,

kein Problem, so etwas passiert – die S-Bahn kenne ich zur Genüge.

Ich würde das Telefonat gern direkt zu einem richtigen Gespräch machen: Unser
Geschäftsführer, Herr Dr. Albrecht, hätte am Dienstag, 14. April, um 11:30 Uhr Zeit. Wir
würden Sie per Videocall (Zoom) dazuholen, Dauer etwa eine Stunde. Den Link schicke ich
Ihnen, sobald Sie zusagen.

Viele Grüße
Henrik Lüders
Nordhafen Projektentwicklung GmbH

{wrote_de("Do., 9. Apr. 2026 um 12:03", ME[0], ME[1])}
{quote(APOLOGY_NORDHAFEN)}
""",
    },
    {
        "kind": "interview_invitation", "name": "alpenbau_panel_calendar", "lang": "de",
        "company": "Alpenbau", "contact": "teresa.hofbauer@alpenbau.example.at",
        "id": "alpenbau_inv",
        "date": "2026-03-10 10:05 +0100",
        "frm": ("Teresa Hofbauer", "teresa.hofbauer@alpenbau.example.at"),
        "subject": "Einladung zum Gespräch – BIM-Koordination (Ref. AB-26-07)",
        "text": ALPENBAU_INVITE_TEXT,
        "html": outlook_html(ALPENBAU_INVITE_TEXT, "de"),
        "attach": [{"inline": True, "ics": {
            "uid": ALPENBAU_UID, "sequence": 0, "stamp": "2026-03-10 10:05 +0100",
            "start": "2026-03-19 09:30 +0100", "minutes": 90,
            "summary": "Gespräch BIM-Koordination – Ferreira-Schulz",
            "location": "Alpenbau GmbH, Wagramer Straße 17, 1220 Wien, Raum Kahlenberg",
            "organizer": ("Teresa Hofbauer", "teresa.hofbauer@alpenbau.example.at"),
        }}],
    },
    {
        "kind": "interview_invitation", "name": "kessler_sets_up_havelwerk", "lang": "de",
        "company": "Havelwerk Immobilien", "contact": "markus.kessler@kessler-search.example.de",
        "id": "kessler_inv", "parent": "kessler_cold",
        "date": "2026-03-16 14:10 +0100",
        "frm": ("Markus Kessler", "markus.kessler@kessler-search.example.de"),
        "cc": [("Anika Vogel", "a.vogel@kessler-search.example.de")],
        "subject": "Termin bei Havelwerk Immobilien am 24. März",
        "text": """Liebe Frau Ferreira-Schulz,

schön, dass wir am Freitag telefonieren konnten. Ich habe Ihr Profil wie besprochen bei
meinem Mandanten vorgestellt – und Havelwerk Immobilien möchte Sie kennenlernen.

Vorschlag des Mandanten:
Dienstag, 24. März 2026, 15:00 Uhr
Havelwerk Immobilien, Zitadellenweg 20, 13599 Berlin-Spandau
Gesprächspartner: Herr Konstantin Brandes (Geschäftsführer) und Frau Yvonne Mertens
(Leiterin Technik)

Ich bereite Sie gern vorher in einem kurzen Call vor. Meine Assistentin Frau Vogel (in Kopie)
schickt Ihnen die Anfahrtsbeschreibung. Geben Sie mir bitte kurz Bescheid, ob der Termin
passt.

Beste Grüße
Markus Kessler
Geschäftsführender Partner
Kessler Executive Search GmbH
Kurfürstendamm 188, 10707 Berlin
T +49 30 5550 2210 | M +49 171 5550 4477

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
    },
    {
        "kind": "interview_invitation", "name": "bibm_auswahlgespraech_pdf", "lang": "de",
        "company": "Berliner Immobilien- und Baumanagement", "contact": "b.demir@bibm.example.de",
        "id": "bibm_inv", "parent": "bibm_ack",
        "date": "2026-02-11 10:00 +0100",
        "frm": ("Demir, Birgül", "b.demir@bibm.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Einladung zum Auswahlgespräch – Kennziffer BIBM-2026-014",
        "subj_enc": ("utf-8", "Q"),
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

im Besetzungsverfahren zur Kennziffer BIBM-2026-014 (BIM-Koordination Hochbau, E 12 TV-L)
freuen wir uns, Sie zu einem Auswahlgespräch einladen zu können.

Termin: Mittwoch, 4. März 2026, 9:00 Uhr
Ort: Alt-Moabit 91, 10559 Berlin, Haus B, Raum 2.07
Dauer: ca. 60 Minuten, davon 15 Minuten Arbeitsprobe (Aufgabenstellung im Anhang)

Der Auswahlkommission gehören Vertreterinnen und Vertreter des Fachbereichs, der
Personalstelle, des Personalrats sowie die Frauenvertreterin an. Schwerbehinderte
Bewerberinnen und Bewerber bitten wir, uns eventuellen Unterstützungsbedarf mitzuteilen.

Bitte bestätigen Sie Ihre Teilnahme bis zum 20. Februar 2026 per E-Mail an mich.

Mit freundlichen Grüßen
Im Auftrag
Birgül Demir
Personalstelle - Team Recruiting
Berliner Immobilien- und Baumanagement (BIBM)
Tel. 030 5550 4418
""",
        "attach": [{"pdf": "Einladung_Auswahlgespraech_BIBM-2026-014.pdf", "lines": [
            "Berliner Immobilien- und Baumanagement - Personalstelle",
            "Einladung zum Auswahlgespraech - Kennziffer BIBM-2026-014",
            "",
            "Termin: Mittwoch, 4. Maerz 2026, 9:00 Uhr, Alt-Moabit 91, Haus B, Raum 2.07",
            "",
            "Arbeitsprobe (15 Minuten):",
            "Skizzieren Sie, wie Sie fuer einen Schulneubau die Auftraggeber-",
            "Informationsanforderungen (AIA) und den BIM-Abwicklungsplan (BAP)",
            "aufeinander abstimmen wuerden.",
        ]}],
    },
    {
        "kind": "interview_invitation", "name": "planquadrat_ashby_scheduling", "lang": "de",
        "company": "Planquadrat Software", "contact": "",
        "id": "planq_inv",
        "date": "2026-06-02 11:00 +0200",
        "frm": ("Planquadrat Software", "no-reply@ashbyhq.com"),
        "subject": "Planquadrat: Bitte wähle einen Termin für dein Interview",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo Joana,

danke für deine Bewerbung als Product Managerin BIM bei Planquadrat! Wir möchten dich gern
in einem ersten Interview (45 Minuten, Google Meet) kennenlernen.

Bitte wähle über den folgenden Link einen passenden Termin in den nächsten zwei Wochen aus:
https://jobs.ashbyhq.com/planquadrat/schedule/8f2c1e4a-151

Deine Gesprächspartnerin ist Mira Lindqvist (Head of Product). Sollte keiner der Termine
passen, antworte bitte nicht auf diese E-Mail, sondern nutze die Option „Andere Zeit
vorschlagen“ im Link.

Bis bald!
Dein Planquadrat Talent Team
""",
        "html": ats_card("Planquadrat Software", "#5b3cc4", """Hallo Joana,

danke für deine Bewerbung als Product Managerin BIM bei Planquadrat! Wir möchten dich gern
in einem ersten Interview (45 Minuten, Google Meet) kennenlernen.

Bitte wähle über den Button einen passenden Termin in den nächsten zwei Wochen aus.

Deine Gesprächspartnerin ist Mira Lindqvist (Head of Product). Sollte keiner der Termine
passen, antworte bitte nicht auf diese E-Mail, sondern nutze die Option „Andere Zeit
vorschlagen“ im Link.

Bis bald!
Dein Planquadrat Talent Team""", "de",
            button=("Termin auswählen", "https://jobs.ashbyhq.com/planquadrat/schedule/8f2c1e4a-151"),
            footer="Planquadrat Software GmbH · Schlesische Straße 26 · 10997 Berlin\nPowered by Ashby"),
    },
    {
        "kind": "interview_invitation", "name": "bauwerk_talents_kennenlernen", "lang": "de",
        "company": "Bauwerk Talents", "contact": "dennis.hartwig@bauwerk-talents.example.de",
        "id": "bauwerk_inv", "parent": "bauwerk_ack",
        "date": "2026-01-09 09:20 +0100",
        "frm": ("Dennis Hartwig", "dennis.hartwig@bauwerk-talents.example.de"),
        "subject": "Kennenlernen bei Bauwerk Talents",
        "text": """Hallo Frau Ferreira-Schulz,

schön, dass Sie sich bei uns registriert haben! Damit ich Sie passend bei unseren Kunden
vorschlagen kann, würde ich Sie gern einmal persönlich kennenlernen – ganz entspannt, etwa
45 Minuten.

Wie wäre es mit Mittwoch, 14. Januar, um 15 Uhr? Entweder in unserer Niederlassung am Brühl
in Leipzig oder per Video, ganz wie es Ihnen lieber ist. Bitte bringen Sie (oder schicken Sie
vorab) Ihre Arbeitszeugnisse und einen Ausweis mit, das brauchen wir für die Registrierung.

Bis dann und viele Grüße
Dennis Hartwig
Personaldisponent
Bauwerk Talents GmbH, Brühl 52, 04109 Leipzig
Tel. 0341 5550 6602
""",
    },
    {
        "kind": "interview_invitation", "name": "havelland_assessment_center", "lang": "de",
        "company": "Havelland Ingenieure", "contact": "s.kroll@havelland-ing.example.de",
        "id": "havelland_inv",
        "date": "2026-07-01 08:00 +0200",
        "frm": ("Havelland Ingenieure", "noreply@softgarden.io"),
        "reply_to": ("Svenja Kroll", "s.kroll@havelland-ing.example.de"),
        "subject": "Einladung zum Assessment-Center – BIM-Gesamtkoordination",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Position
„BIM-Gesamtkoordination (w/m/d)“ gekommen sind. Wir laden Sie herzlich zu unserem
Assessment-Center ein:

Donnerstag, 16. Juli 2026, 9:00 bis ca. 16:00 Uhr
Havelland Ingenieure, Lützowstraße 102, 10785 Berlin

Auf Sie warten eine Fallstudie in der Gruppe, eine Präsentation und ein Interview mit der
Niederlassungsleitung. Für Verpflegung ist gesorgt.

Bitte bestätigen Sie Ihre Teilnahme über den Link in Ihrem Bewerberkonto oder antworten Sie
direkt auf diese E-Mail – Ihre Antwort geht an Svenja Kroll aus dem Recruiting.

Mit freundlichen Grüßen
Svenja Kroll
Havelland Ingenieure GmbH
""",
        "html": ats_card("Havelland Ingenieure", "#00557f", """Sehr geehrte Frau Ferreira-Schulz,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Position
„BIM-Gesamtkoordination (w/m/d)“ gekommen sind. Wir laden Sie herzlich zu unserem
Assessment-Center ein:

Donnerstag, 16. Juli 2026, 9:00 bis ca. 16:00 Uhr
Havelland Ingenieure, Lützowstraße 102, 10785 Berlin

Auf Sie warten eine Fallstudie in der Gruppe, eine Präsentation und ein Interview mit der
Niederlassungsleitung. Für Verpflegung ist gesorgt.

Bitte bestätigen Sie Ihre Teilnahme über den Link in Ihrem Bewerberkonto oder antworten Sie
direkt auf diese E-Mail – Ihre Antwort geht an Svenja Kroll aus dem Recruiting.

Mit freundlichen Grüßen
Svenja Kroll
Havelland Ingenieure GmbH""", "de",
            button=("Teilnahme bestätigen", "https://havelland.softgarden.io/de/application/7341"),
            footer="Versendet über softgarden e-recruiting"),
    },
    {
        "kind": "interview_invitation", "name": "elbufer_second_round_ics", "lang": "de",
        "company": "Elbufer Wohnen", "contact": "jan.petersen@elbufer-wohnen.example.de",
        "id": "elbufer_inv",
        "date": "2026-08-04 12:30 +0200",
        "frm": ("Jan Petersen", "jan.petersen@elbufer-wohnen.example.de"),
        "subject": "Zweites Gespräch bei Elbufer Wohnen",
        "text": """Hallo Frau Ferreira-Schulz,

das erste Gespräch hat uns gut gefallen, und wir würden gern in die zweite Runde gehen. Dabei
wäre neben mir auch Frau Albers aus dem Asset Management dabei.

Vorschlag: Dienstag, 11. August, 14:00 Uhr bei uns in Altona (Große Elbstraße 145, 3. OG).
Planen Sie bitte gut anderthalb Stunden ein. Eine Kalenderdatei hänge ich an.

Beste Grüße
Jan Petersen
Leitung Projektentwicklung
Elbufer Wohnen GmbH | Große Elbstraße 145 | 22767 Hamburg
""",
        "attach": [{"ics": {
            "uid": ELBUFER_UID, "sequence": 0, "stamp": "2026-08-04 12:30 +0200",
            "start": "2026-08-11 14:00 +0200", "minutes": 90,
            "summary": "Zweites Gespräch Elbufer Wohnen",
            "location": "Große Elbstraße 145, 22767 Hamburg",
            "organizer": ("Jan Petersen", "jan.petersen@elbufer-wohnen.example.de"),
            "prodid": "-//Apple Inc.//macOS 15.5//EN", "filename": "Einladung.ics",
        }}],
    },
    {
        "kind": "interview_invitation", "name": "donau_trial_day", "lang": "de",
        "company": "Donau Generalplaner", "contact": "thomas.wimmer@donau-gp.example.at",
        "id": "donau_inv",
        "date": "2026-09-01 10:45 +0200",
        "frm": ("Wimmer Thomas", "thomas.wimmer@donau-gp.example.at"),
        "subject": "Einladung zum Probetag",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

nach unserem Telefonat möchte ich Sie gern zu einem Probetag in unser Büro einladen, damit
Sie das Team und unsere Arbeitsweise kennenlernen – und wir Sie.

Wann: Donnerstag, 10. September 2026, 8:30 bis ca. 16:30 Uhr
Wo: Handelskai 94, 1200 Wien, 12. Stock

Sie arbeiten gemeinsam mit zwei Kolleginnen an einem echten Koordinationsmodell (Schulbau).
Einen Laptop mit Revit und Solibri stellen wir. Der Tag wird selbstverständlich vergütet,
und die Reisekosten übernehmen wir.

Geben Sie mir bitte bis Freitag Bescheid, ob es passt.

Freundliche Grüße
Thomas Wimmer
Leitung BIM & Digitalisierung
Donau Generalplaner ZT GmbH
""",
        "html": outlook_html("""Sehr geehrte Frau Ferreira-Schulz,

nach unserem Telefonat möchte ich Sie gern zu einem Probetag in unser Büro einladen, damit
Sie das Team und unsere Arbeitsweise kennenlernen – und wir Sie.

Wann: Donnerstag, 10. September 2026, 8:30 bis ca. 16:30 Uhr
Wo: Handelskai 94, 1200 Wien, 12. Stock

Sie arbeiten gemeinsam mit zwei Kolleginnen an einem echten Koordinationsmodell (Schulbau).
Einen Laptop mit Revit und Solibri stellen wir. Der Tag wird selbstverständlich vergütet,
und die Reisekosten übernehmen wir.

Geben Sie mir bitte bis Freitag Bescheid, ob es passt.

Freundliche Grüße
Thomas Wimmer
Leitung BIM & Digitalisierung
Donau Generalplaner ZT GmbH""", "de"),
    },
    {
        "kind": "interview_invitation", "name": "steinmetz_casual_thursday", "lang": "de",
        "company": "Ingenieurbüro Steinmetz & Partner", "contact": "f.steinmetz@steinmetz-ing.example.de",
        "id": "steinmetz_inv",
        "date": "2026-04-23 08:15 +0200",
        "frm": ("Dr. Frank Steinmetz", "f.steinmetz@steinmetz-ing.example.de"),
        "subject": "Kurzes Gespräch am Donnerstag?",
        "text": INV_STEINMETZ + """
--
Dr.-Ing. Frank Steinmetz
Ingenieurbüro Steinmetz & Partner mbB
Karl-Liebknecht-Straße 71, 04275 Leipzig
0341 5550 3390
""",
    },
    {
        "kind": "interview_invitation", "name": "wiener_wohnbau_video_html", "lang": "de",
        "company": "Wiener Wohnbau Consult", "contact": "k.brandl@wwc.example.at",
        "id": "wiener_inv",
        "date": "2026-09-08 14:00 +0200",
        "frm": ("Katharina Brandl", "k.brandl@wwc.example.at"),
        "subject": "Einladung Videointerview – Projektsteuerung BIM",
        "html": outlook_html("""Liebe Frau Ferreira-Schulz,

vielen Dank für Ihre Bewerbung als Projektsteuerin mit Schwerpunkt BIM. Wir möchten Sie
gerne näher kennenlernen und laden Sie zu einem Videointerview via Microsoft Teams ein:

Dienstag, 15. September 2026, 10:00 Uhr (ca. 60 Minuten)
mit DI Markus Hödl (Geschäftsführung) und mir

Den Link senden wir Ihnen am Vortag. Bitte geben Sie uns kurz Bescheid, ob der Termin für
Sie passt.

Liebe Grüße aus Wien
Katharina Brandl
Office Management & Recruiting
Wiener Wohnbau Consult GmbH
Mariahilfer Straße 88, 1070 Wien
+43 1 5550 9012""", "de"),
    },
    # ---------------------------------------------------------------- English (7)
    {
        "kind": "interview_invitation", "name": "limmat_via_greenhouse", "lang": "en",
        "company": "Limmat Digital Bau", "contact": "lena.vogt@limmat-digital.example.ch",
        "id": "limmat_inv", "parent": "limmat_ack",
        "date": "2026-02-02 15:12 +0100",
        "frm": ("Lena Vogt via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Lena Vogt", "lena.vogt@limmat-digital.example.ch"),
        "subject": "Interview invitation: BIM Product Consultant at Limmat Digital Bau",
        "text": """Hi Joana,

Thank you for applying to Limmat Digital Bau! I'd love to set up a first video interview
with you and our Head of Customer Solutions, Matthias Keller.

Please use the link below to choose a 45-minute slot that suits you:
https://app.greenhouse.io/scheduling/limmat-digital-bau/7d1f2b7a-151

We'll talk about your coordination experience, how you introduce BIM tools to project teams
and what you are looking for next. No preparation needed beyond that.

Looking forward to it,
Lena

Lena Vogt | Talent Acquisition
Limmat Digital Bau AG | Hardturmstrasse 161 | 8005 Zürich
""",
        "html": simple_html("""Hi Joana,

Thank you for applying to Limmat Digital Bau! I'd love to set up a first video interview
with you and our Head of Customer Solutions, Matthias Keller.

Please use the link below to choose a 45-minute slot that suits you:
https://app.greenhouse.io/scheduling/limmat-digital-bau/7d1f2b7a-151

We'll talk about your coordination experience, how you introduce BIM tools to project teams
and what you are looking for next. No preparation needed beyond that.

Looking forward to it,
Lena

Lena Vogt | Talent Acquisition
Limmat Digital Bau AG | Hardturmstrasse 161 | 8005 Zürich""", "en"),
    },
    {
        "kind": "interview_invitation", "name": "struct360_phone_screen", "lang": "en",
        "company": "Struct360", "contact": "priya.nair@struct360.example.co.uk",
        "id": "struct_inv",
        "date": "2026-05-05 11:02 +0100",
        "frm": ("Priya Nair", "priya.nair@struct360.example.co.uk"),
        "subject": "Product Specialist role - quick call this week?",
        "text": """Hi Joana,

Thanks for your application for the Product Specialist (Construction) role - your background
as an architect who has actually run coordination meetings is exactly what the team asked
for.

Could we do a 30-minute phone screen this week? I have Thursday 7 May at 2pm UK time (3pm in
Berlin) or Friday morning. I'll call you on the number in your CV unless you'd prefer Zoom.

Thanks,
Priya

Priya Nair | Talent Partner
Struct360 Ltd, 12 Leonard Street, London EC2A 4LX
+44 20 5550 1934
""",
    },
    {
        "kind": "interview_invitation", "name": "archistaff_kestrel_client_interview", "lang": "en",
        "company": "Kestrel & Finch Developments", "contact": "georgia.hale@archistaff.example.co.uk",
        "id": "archistaff_inv", "parent": "archistaff_ack",
        "date": "2026-02-24 10:30 +0000",
        "frm": ("Georgia Hale", "georgia.hale@archistaff.example.co.uk"),
        "subject": "Kestrel & Finch want to meet you!",
        "text": """Hi Joana,

Brilliant news - Kestrel & Finch Developments have reviewed your CV and portfolio and would
like to interview you for the Digital Construction Manager role.

Proposed: Tuesday 3 March, 11:00, at their office at 4 Pancras Square, King's Cross.
You'd meet Eleanor Finch (Development Director) and Raj Mehta (Head of Delivery). Expect
about an hour: 20 minutes on your portfolio, then a discussion of how you would set up the
information management on their Wembley scheme.

Let me know if that works and I'll confirm with them. I'll send you a prep sheet tomorrow.

Georgia

Georgia Hale
Senior Consultant, Digital Construction
ArchiStaff Recruitment Ltd | 55 Farringdon Road | London EC1M 3JB
M: +44 7700 900 418
""",
    },
    {
        "kind": "interview_invitation", "name": "harbourline_panel_calendar", "lang": "en",
        "company": "Harbourline Construction", "contact": "rachel.dunmore@harbourline.example.co.uk",
        "id": "harbour_inv", "parent": "harbour_ack",
        "date": "2026-06-23 16:45 +0100",
        "frm": ("Rachel Dunmore", "rachel.dunmore@harbourline.example.co.uk"),
        "subject": "Panel interview - Senior BIM Coordinator - Friday 3 July",
        "text": HARBOUR_INVITE_TEXT,
        "html": outlook_html(HARBOUR_INVITE_TEXT, "en"),
        "attach": [{"inline": True, "ics": {
            "uid": HARBOUR_UID, "sequence": 0, "stamp": "2026-06-23 16:45 +0100",
            "start": "2026-07-03 10:00 +0100", "minutes": 75,
            "summary": "Panel interview: Joana Ferreira-Schulz (Senior BIM Coordinator)",
            "location": "Microsoft Teams Meeting",
            "description": "Join: https://teams.example.co.uk/l/meetup-join/harbourline-151",
            "organizer": ("Rachel Dunmore", "rachel.dunmore@harbourline.example.co.uk"),
        }}],
    },
    {
        "kind": "interview_invitation", "name": "wexford_free_thursday", "lang": "en",
        "company": "Wexford Digital Twins", "contact": "sam.okafor@wexford-dt.example.co.uk",
        "id": "wexford_inv",
        "date": "2026-08-18 20:31 +0100",
        "frm": ("Sam Okafor", "sam.okafor@wexford-dt.example.co.uk"),
        "subject": "are you free Thursday to chat?",
        "text": INV_WEXFORD + """
--
Sam Okafor
Head of Delivery, Wexford Digital Twins
""",
    },
    {
        "kind": "interview_invitation", "name": "seefeld_assessment_day_pdf", "lang": "en",
        "company": "Seefeld Engineering Partners", "contact": "tom.aebischer@seefeld-ep.example.ch",
        "id": "seefeld_inv",
        "date": "2026-10-01 09:30 +0200",
        "frm": ("Tom Aebischer", "tom.aebischer@seefeld-ep.example.ch"),
        "subject": "Assessment day 8 October",
        "text": INV_SEEFELD + """
Tom Aebischer
Partner, Digital Engineering
Seefeld Engineering Partners AG
Seefeldstrasse 123, 8008 Zürich
+41 44 555 72 10
""",
        "attach": [{"pdf": "Seefeld_Assessment_Day_Agenda.pdf", "lines": [
            "Seefeld Engineering Partners - Assessment Day, Thursday 8 October 2026",
            "",
            "09:00  Welcome and coffee",
            "09:30  Coordination case (with two engineers)",
            "12:00  Lunch with the team",
            "13:15  Presentation of your approach to the BIM lead (20 min)",
            "14:00  Interview with the partners",
            "15:00  Close",
        ]}],
    },
    {
        "kind": "interview_invitation", "name": "vectoria_technical_teamtailor", "lang": "en",
        "company": "Vectoria BIM", "contact": "carlos.ibanez@vectoria.example.es",
        "id": "vectoria_inv",
        "date": "2026-09-15 12:00 +0200",
        "frm": ("Carlos Ibáñez via Teamtailor", "notifications@teamtailor-mail.com"),
        "reply_to": ("Carlos Ibáñez", "carlos.ibanez@vectoria.example.es"),
        "subject": "Next step: technical interview with Vectoria BIM",
        "text": """Hi Joana,

Thanks for the great first conversation. We'd like to invite you to the technical interview
for the Implementation Consultant position.

It's 90 minutes on Google Meet with me and one of our senior consultants. Before the call,
please prepare a small federated model (any project you can share) - we'll ask you to walk
us through your view setup and clash rules.

Pick a time that works for you here:
https://vectoria.teamtailor.com/meetings/book/2b9e-151

Hasta pronto,
Carlos Ibáñez
Engineering Manager, Vectoria BIM
""",
    },
    # ---------------------------------------------------------------- French (3)
    {
        "kind": "interview_invitation", "name": "rhone_invitation_entretien", "lang": "fr",
        "company": "Groupe Rhône Ingénierie", "contact": "claire.girard@rhone-ingenierie.example.fr",
        "id": "rhone_inv", "parent": "rhone_ack",
        "date": "2026-05-12 09:20 +0200",
        "frm": ("Claire Girard", "claire.girard@rhone-ingenierie.example.fr"),
        "subject": "Invitation à un entretien – poste de BIM Manager",
        "text": """Bonjour Madame Ferreira-Schulz,

Nous avons bien étudié votre candidature au poste de BIM Manager et souhaiterions vous
rencontrer.

Je vous propose un entretien le mercredi 20 mai à 10h00 dans nos locaux du 27 quai Perrache
à Lyon, en présence de M. Olivier Fabre, directeur technique, et de moi-même. L'entretien
durera environ une heure et comprendra une courte mise en situation sur une convention BIM.

Si vous ne pouvez pas vous déplacer, un entretien en visioconférence est également possible.
Merci de me confirmer votre disponibilité.

Bien cordialement,

Claire Girard
Responsable recrutement
Groupe Rhône Ingénierie SAS
27 quai Perrache, 69002 Lyon
Tél. : +33 4 55 50 21 87
""",
    },
    {
        "kind": "interview_invitation", "name": "vauban_forwards_batigroupe_invite", "lang": "fr",
        "company": "Batigroupe Lumière", "contact": "nadia.benali@vauban-rh.example.fr",
        "id": "vauban_inv", "parent": "vauban_ack",
        "date": "2026-07-15 15:05 +0200",
        "frm": ("Nadia Benali", "nadia.benali@vauban-rh.example.fr"),
        "subject": "TR: Rencontre candidate – coordination BIM",
        "text": f"""Bonjour Joana,

Très bonne nouvelle : Batigroupe Lumière souhaite vous rencontrer ! Je vous transfère le
message de leur DRH ci-dessous. Le rendez-vous serait le mardi 21 juillet à 14h à leur siège
de Vaise. Pouvez-vous me confirmer rapidement ? Je vous appelle demain pour vous préparer.

Nadia

Nadia Benali
Consultante senior – Construction & Immobilier
Vauban Recrutement, 14 rue de la République, 69001 Lyon
06 55 50 12 48

{forwarded_block("fr", "Éric Morel <e.morel@batilumiere.example.fr>",
                 "mer. 15 juil. 2026 à 13:48", "Rencontre candidate – coordination BIM",
                 "Nadia Benali <nadia.benali@vauban-rh.example.fr>")}
Bonjour Nadia,

Merci pour le dossier de Mme Ferreira-Schulz, très intéressant. Nous aimerions la rencontrer
le mardi 21 juillet à 14h, 12 quai Paul Sédallian, avec M. Roussel (directeur travaux) et
moi-même. Pourriez-vous organiser cela avec elle ?

Cordialement,
Éric Morel
DRH – Batigroupe Lumière
""",
    },
    {
        "kind": "interview_invitation", "name": "confluence_journee_essai", "lang": "fr",
        "company": "Atelier Confluence", "contact": "hugo@confluence-archi.example.fr",
        "id": "confluence_inv",
        "date": "2026-06-10 18:30 +0200",
        "frm": ("Hugo Marchetti", "hugo@confluence-archi.example.fr"),
        "subject": "Journée d'essai à l'atelier ?",
        "text": """Bonjour Joana,

Merci pour votre candidature et pour le portfolio, très parlant. Plutôt qu'un entretien
classique, nous aimerions vous proposer une journée d'essai à l'atelier : vous travailleriez
avec l'équipe sur la maquette du groupe scolaire de Gerland.

Est-ce que le mardi 16 juin vous conviendrait ? Arrivée vers 9h, 8 rue Casimir Périer. La
journée est bien sûr rémunérée.

À bientôt j'espère,
Hugo Marchetti
Architecte associé – Atelier Confluence
""",
    },
    # ---------------------------------------------------------------- Spanish (3)
    {
        "kind": "interview_invitation", "name": "meseta_convocatoria_ics", "lang": "es",
        "company": "Constructora Meseta", "contact": "lucia.serrano@meseta.example.es",
        "id": "meseta_inv",
        "date": "2026-06-08 09:45 +0200",
        "frm": ("Lucía Serrano", "lucia.serrano@meseta.example.es"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Convocatoria de entrevista – Coordinadora BIM",
        "subj_enc": ("utf-8", "B"),
        "cte": "base64",
        "text": MESETA_INVITE_TEXT,
        "html": outlook_html(MESETA_INVITE_TEXT, "es"),
        "attach": [{"inline": True, "ics": {
            "uid": MESETA_UID, "sequence": 0, "stamp": "2026-06-08 09:45 +0200",
            "start": "2026-06-15 11:00 +0200", "minutes": 60,
            "summary": "Entrevista Coordinadora BIM – Joana Ferreira-Schulz",
            "location": "Reunión de Microsoft Teams",
            "organizer": ("Lucía Serrano", "lucia.serrano@meseta.example.es"),
        }}],
    },
    {
        "kind": "interview_invitation", "name": "talento_obra_arganzuela_interview", "lang": "es",
        "company": "Grupo Arganzuela", "contact": "marta.quiroga@talentoobra.example.es",
        "id": "talento_inv", "parent": "talento_ack",
        "date": "2026-03-17 13:00 +0100",
        "frm": ("Marta Quiroga", "marta.quiroga@talentoobra.example.es"),
        "subject": "Entrevista con Grupo Arganzuela",
        "text": """Hola Joana:

¡Buenas noticias! He presentado tu candidatura a Grupo Arganzuela para el puesto de BIM
Manager de obra y quieren conocerte.

Te proponen el martes 24 de marzo a las 12:00 en sus oficinas del Paseo de las Delicias 30.
Estarán el director de producción, Javier Olmedo, y la responsable de calidad. La entrevista
dura unos 45 minutos y será en castellano.

Confírmame si te encaja y les doy el ok. Antes te llamo para repasar el perfil de la empresa.

Un abrazo,
Marta Quiroga
Consultora de selección · Talento Obra
Paseo de la Castellana 95, 28046 Madrid
Tel. +34 910 555 204
""",
    },
    {
        "kind": "interview_invitation", "name": "lavapies_cafe_jueves", "lang": "es",
        "company": "Estudio Lavapiés Arquitectura", "contact": "ines@estudiolavapies.example.es",
        "id": "lavapies_inv",
        "date": "2026-07-07 09:12 +0200",
        "frm": ("Inés Robledo", "ines@estudiolavapies.example.es"),
        "subject": "¿café el jueves?",
        "text": INV_LAVAPIES + """
--
Inés Robledo · Estudio Lavapiés Arquitectura
Calle de Argumosa 19, 28012 Madrid
""",
    },
    # ================================================================ reschedule / cancel
    # ---------------------------------------------------------------- German (7)
    {
        "kind": "interview_reschedule_or_cancel", "name": "baukraft_moved_sequence", "lang": "de",
        "company": "Baukraft Holding", "contact": "sabine.krueger@baukraft.example.de",
        "id": "baukraft_move", "parent": "baukraft_inv",
        "date": "2026-02-23 08:50 +0100",
        "frm": ("Sabine Krüger", "sabine.krueger@baukraft.example.de"),
        "subject": "Aktualisiert: Vorstellungsgespräch – neuer Termin Di., 3. März, 14:00",
        "text": BAUKRAFT_MOVE_TEXT,
        "html": outlook_html(BAUKRAFT_MOVE_TEXT, "de"),
        "attach": [{"inline": True, "ics": {
            "uid": BAUKRAFT_UID, "sequence": 1, "stamp": "2026-02-23 08:50 +0100",
            "start": "2026-03-03 14:00 +0100", "minutes": 60,
            "summary": "Vorstellungsgespräch Joana Ferreira-Schulz – BIM-Koordination",
            "location": "Microsoft Teams-Besprechung",
            "description": "Microsoft Teams: https://teams.example.de/l/meetup-join/baukraft-151",
            "organizer": ("Sabine Krüger", "sabine.krueger@baukraft.example.de"),
        }}],
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "alpenbau_cancel_interviewer_ill", "lang": "de",
        "company": "Alpenbau", "contact": "teresa.hofbauer@alpenbau.example.at",
        "id": "alpenbau_cancel", "parent": "alpenbau_inv",
        "date": "2026-03-17 07:58 +0100",
        "frm": ("Teresa Hofbauer", "teresa.hofbauer@alpenbau.example.at"),
        "subject": "Abgesagt: Gespräch BIM-Koordination – Ferreira-Schulz",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

leider muss ich unser Gespräch am Donnerstag, 19. März, absagen: Herr Mayrhofer ist
kurzfristig erkrankt und fällt voraussichtlich zwei Wochen aus. Ohne ihn möchten wir das
Gespräch nicht führen.

Bitte buchen Sie keine Reise nach Wien bzw. stornieren Sie bereits gebuchte Tickets – die
Kosten erstatten wir Ihnen selbstverständlich. Ihre Bewerbung bleibt im Verfahren; ich melde
mich, sobald wir einen neuen Termin abstimmen können.

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Teresa Hofbauer
Alpenbau GmbH
""",
        "attach": [{"inline": True, "ics": {
            "uid": ALPENBAU_UID, "sequence": 1, "method": "CANCEL",
            "stamp": "2026-03-17 07:58 +0100",
            "start": "2026-03-19 09:30 +0100", "minutes": 90,
            "summary": "Abgesagt: Gespräch BIM-Koordination – Ferreira-Schulz",
            "location": "Alpenbau GmbH, Wagramer Straße 17, 1220 Wien, Raum Kahlenberg",
            "organizer": ("Teresa Hofbauer", "teresa.hofbauer@alpenbau.example.at"),
        }}],
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "planquadrat_move_to_wednesday", "lang": "de",
        "company": "Planquadrat Software", "contact": "mira.lindqvist@planquadrat.example.de",
        "id": "planq_move", "parent": "planq_inv",
        "date": "2026-06-05 17:20 +0200",
        "frm": ("Mira Lindqvist", "mira.lindqvist@planquadrat.example.de"),
        "subject": "Unser Interview am Dienstag",
        "text": """Hi Joana,

ich bin's, Mira von Planquadrat – du hast über Ashby Dienstag, 9. Juni, 10 Uhr gebucht. Ich
muss da leider zu einem Kunden nach Hamburg. Können wir auf Mittwoch, 10. Juni, 16 Uhr
schieben? Ich hab den Slot in Ashby schon für dich freigegeben, du müsstest nur noch auf
„Bestätigen“ klicken.

Sorry für das Hin und Her!
Mira

Mira Lindqvist · Head of Product
Planquadrat Software GmbH · Schlesische Straße 26 · 10997 Berlin
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "bibm_room_and_time_changed", "lang": "de",
        "company": "Berliner Immobilien- und Baumanagement", "contact": "b.demir@bibm.example.de",
        "id": "bibm_move", "parent": "bibm_confirm",
        "date": "2026-02-27 13:10 +0100",
        "frm": ("Demir, Birgül", "b.demir@bibm.example.de"),
        "subject": "AW: Einladung zum Auswahlgespräch – Kennziffer BIBM-2026-014",
        "charset": "iso-8859-1",
        "text": f"""Sehr geehrte Frau Ferreira-Schulz,

vielen Dank für Ihre Bestätigung. Leider muss ich Ihnen eine Änderung mitteilen: Wegen einer
kurzfristig anberaumten Sitzung des Personalrats kann das Auswahlgespräch nicht am 4. März
stattfinden. Es wird verlegt auf

Freitag, 6. März 2026, 10:30 Uhr, Alt-Moabit 91, Haus A, Raum 3.12.

Die Arbeitsprobe bleibt unverändert. Bitte teilen Sie mir kurz mit, ob Ihnen der neue Termin
möglich ist.

Mit freundlichen Grüßen
Im Auftrag
Birgül Demir
Personalstelle - Team Recruiting
Berliner Immobilien- und Baumanagement (BIBM)

{outlook_block("de", f"Ferreira-Schulz, Joana <{ME[1]}>", "Donnerstag, 12. Februar 2026 08:47",
               "Demir, Birgül <b.demir@bibm.example.de>",
               "AW: Einladung zum Auswahlgespräch - Kennziffer BIBM-2026-014")}
{CONFIRM_BIBM}""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "kessler_havelwerk_meeting_off", "lang": "de",
        "company": "Havelwerk Immobilien", "contact": "markus.kessler@kessler-search.example.de",
        "id": "kessler_move", "parent": "kessler_inv",
        "date": "2026-03-20 16:40 +0100",
        "frm": ("Markus Kessler", "markus.kessler@kessler-search.example.de"),
        "subject": "AW: Termin bei Havelwerk Immobilien am 24. März",
        "text": f"""Liebe Frau Ferreira-Schulz,

soeben hat mich das Büro von Herrn Brandes angerufen: Havelwerk muss den Termin am Dienstag
leider absagen. Die Gesellschafter haben für nächste Woche kurzfristig eine Klausur
angesetzt, an der die gesamte Geschäftsführung teilnimmt.

Wichtig: Das ist keine Absage an Sie! Havelwerk hat ausdrücklich betont, dass man Sie nach
Ostern sehen möchte. Sobald ich einen neuen Termin habe, melde ich mich.

Schönes Wochenende
Markus Kessler
Kessler Executive Search GmbH
M +49 171 5550 4477

{wrote_de("Mo., 16. März 2026 um 14:10", "Markus Kessler", "markus.kessler@kessler-search.example.de")}
> Liebe Frau Ferreira-Schulz,
>
> schön, dass wir am Freitag telefonieren konnten. Ich habe Ihr Profil wie besprochen bei
> meinem Mandanten vorgestellt – und Havelwerk Immobilien möchte Sie kennenlernen.
> [...]
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "elbufer_video_instead_sequence", "lang": "de",
        "company": "Elbufer Wohnen", "contact": "jan.petersen@elbufer-wohnen.example.de",
        "id": "elbufer_move", "parent": "elbufer_inv",
        "date": "2026-08-10 09:05 +0200",
        "frm": ("Jan Petersen", "jan.petersen@elbufer-wohnen.example.de"),
        "subject": "Änderung: Zweites Gespräch morgen per Video, 14:30",
        "subj_enc": ("iso-8859-1", "B"),
        "text": """Hallo Frau Ferreira-Schulz,

kleine Planänderung für morgen: Frau Albers sitzt noch auf einer Baustelle in Bergedorf fest,
deshalb machen wir das Gespräch per Video (Teams) statt bei uns im Büro, und wir starten eine
halbe Stunde später, um 14:30 Uhr. Die aktualisierte Einladung hängt an.

Sie sparen sich damit immerhin die Anreise. Bis morgen!

Beste Grüße
Jan Petersen
Elbufer Wohnen GmbH
""",
        "attach": [{"ics": {
            "uid": ELBUFER_UID, "sequence": 2, "stamp": "2026-08-10 09:05 +0200",
            "start": "2026-08-11 14:30 +0200", "minutes": 90,
            "summary": "Zweites Gespräch Elbufer Wohnen (Video)",
            "location": "Microsoft Teams",
            "organizer": ("Jan Petersen", "jan.petersen@elbufer-wohnen.example.de"),
            "prodid": "-//Apple Inc.//macOS 15.5//EN", "filename": "Einladung.ics",
        }}],
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "wiener_wohnbau_new_date", "lang": "de",
        "company": "Wiener Wohnbau Consult", "contact": "k.brandl@wwc.example.at",
        "id": "wiener_move", "parent": "wiener_req",
        "date": "2026-09-10 08:30 +0200",
        "frm": ("Katharina Brandl", "k.brandl@wwc.example.at"),
        "subject": "AW: Einladung Videointerview – Projektsteuerung BIM",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": f"""Liebe Frau Ferreira-Schulz,

das ist überhaupt kein Problem. DI Hödl hat am Freitag, 18. September, um 9:00 Uhr Zeit –
wir verlegen das Videointerview also auf diesen Termin. Der Teams-Link kommt wie gehabt am
Vortag.

Liebe Grüße
Katharina Brandl
Wiener Wohnbau Consult GmbH
„Gemeinsam planen, besser wohnen“

{wrote_de("Mi., 9. Sept. 2026 um 07:54", ME[0], ME[1])}
{quote(REQ_WIENER)}
""",
    },
    # ---------------------------------------------------------------- English (4)
    {
        "kind": "interview_reschedule_or_cancel", "name": "limmat_greenhouse_new_time", "lang": "en",
        "company": "Limmat Digital Bau", "contact": "lena.vogt@limmat-digital.example.ch",
        "id": "limmat_move", "parent": "limmat_inv",
        "date": "2026-02-09 10:00 +0100",
        "frm": ("Lena Vogt via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Lena Vogt", "lena.vogt@limmat-digital.example.ch"),
        "subject": "Updated: your interview with Limmat Digital Bau",
        "text": """Hi Joana,

Apologies - Matthias has been called into a customer escalation on Wednesday afternoon, so
we need to move your interview from Wednesday 11 February, 14:00, to Thursday 12 February,
09:30 (CET). The video link stays the same and your calendar invitation has been updated.

If the new time doesn't work, just reply to this email and I'll find another slot.

Best,
Lena

Lena Vogt | Talent Acquisition | Limmat Digital Bau
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "harbourline_panel_cancelled_ics", "lang": "en",
        "company": "Harbourline Construction", "contact": "rachel.dunmore@harbourline.example.co.uk",
        "id": "harbour_cancel", "parent": "harbour_inv",
        "date": "2026-07-01 18:02 +0100",
        "frm": ("Rachel Dunmore", "rachel.dunmore@harbourline.example.co.uk"),
        "subject": "Cancelled: Panel interview: Joana Ferreira-Schulz (Senior BIM Coordinator)",
        "text": """Hi Joana,

I'm really sorry to do this at short notice, but we have to cancel Friday's panel. There
are changes happening in our pre-construction leadership this week and two of the panel
members are tied up with that.

This isn't a reflection on you or your application. I'll be in touch as soon as I know more
about timing.

Rachel
""",
        "attach": [{"inline": True, "ics": {
            "uid": HARBOUR_UID, "sequence": 1, "method": "CANCEL",
            "stamp": "2026-07-01 18:02 +0100",
            "start": "2026-07-03 10:00 +0100", "minutes": 75,
            "summary": "Cancelled: Panel interview: Joana Ferreira-Schulz (Senior BIM Coordinator)",
            "location": "Microsoft Teams Meeting",
            "organizer": ("Rachel Dunmore", "rachel.dunmore@harbourline.example.co.uk"),
        }}],
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "archistaff_kestrel_moved", "lang": "en",
        "company": "Kestrel & Finch Developments", "contact": "georgia.hale@archistaff.example.co.uk",
        "id": "archistaff_move", "parent": "archistaff_req",
        "date": "2026-02-26 09:14 +0000",
        "frm": ("Georgia Hale", "georgia.hale@archistaff.example.co.uk"),
        "subject": "Re: Kestrel & Finch want to meet you!",
        "text": f"""Hi Joana,

All sorted - Kestrel & Finch were very relaxed about it. Your interview is now on Thursday
5 March at 15:00, same place (4 Pancras Square). Eleanor and Raj are both confirmed.

Prep sheet attached to my previous mail still applies. Safe travels!

Georgia

{wrote_en("Wed, 25 Feb 2026 at 19:22", ME[0], ME[1])}
{quote(REQ_ARCHISTAFF)}
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "struct360_interviewer_ill", "lang": "en",
        "company": "Struct360", "contact": "priya.nair@struct360.example.co.uk",
        "id": "struct_move", "parent": "struct_inv",
        "date": "2026-05-11 08:05 +0100",
        "frm": ("Priya Nair", "priya.nair@struct360.example.co.uk"),
        "subject": "Today's interview - need to move it",
        "text": """Morning Joana,

Daniel has come down with something nasty and is off sick today, so we can't do the
interview at 3pm as planned. Could we move it to Tuesday 19 May at 2pm UK time (3pm yours)?
Same Zoom link.

Really sorry for the late notice.
Priya
""",
    },
    # ---------------------------------------------------------------- French (2)
    {
        "kind": "interview_reschedule_or_cancel", "name": "rhone_report_entretien", "lang": "fr",
        "company": "Groupe Rhône Ingénierie", "contact": "claire.girard@rhone-ingenierie.example.fr",
        "id": "rhone_move", "parent": "rhone_inv",
        "date": "2026-05-18 12:00 +0200",
        "frm": ("Claire Girard", "claire.girard@rhone-ingenierie.example.fr"),
        "subject": "Report de votre entretien du 20 mai",
        "subj_enc": ("iso-8859-1", "Q"),
        "text": """Bonjour Madame Ferreira-Schulz,

M. Fabre étant retenu sur un chantier à Villeurbanne mercredi, nous sommes contraints de
décaler notre entretien. Je vous propose le vendredi 22 mai à 9h30, toujours au 27 quai
Perrache.

Je vous prie de nous excuser pour ce changement et vous remercie de me confirmer ce nouveau
créneau.

Bien cordialement,
Claire Girard
Groupe Rhône Ingénierie
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "vauban_batigroupe_decale", "lang": "fr",
        "company": "Batigroupe Lumière", "contact": "nadia.benali@vauban-rh.example.fr",
        "id": "vauban_move", "parent": "vauban_inv",
        "date": "2026-07-17 10:22 +0200",
        "frm": ("Nadia Benali", "nadia.benali@vauban-rh.example.fr"),
        "subject": "Changement d'horaire – Batigroupe Lumière",
        "text": """Bonjour Joana,

Petit changement : M. Roussel doit être sur le chantier de Gerland mardi après-midi.
Batigroupe Lumière décale donc votre rendez-vous au jeudi 23 juillet à 11h, même adresse.
J'ai vu que vous étiez disponible ce jour-là, je leur ai donc déjà confirmé – dites-moi
vite si ce n'est pas le cas.

Nadia
Vauban Recrutement
""",
    },
    # ---------------------------------------------------------------- Spanish (2)
    {
        "kind": "interview_reschedule_or_cancel", "name": "talento_obra_cambio_fecha", "lang": "es",
        "company": "Grupo Arganzuela", "contact": "marta.quiroga@talentoobra.example.es",
        "id": "talento_move", "parent": "talento_req",
        "date": "2026-03-19 11:47 +0100",
        "frm": ("Marta Quiroga", "marta.quiroga@talentoobra.example.es"),
        "subject": "Re: Entrevista con Grupo Arganzuela",
        "text": f"""Hola Joana:

¡Hecho! He hablado con Javier Olmedo y cambiamos la entrevista al jueves 26 de marzo a las
9:30, en el mismo sitio (Paseo de las Delicias 30). Te mando la dirección exacta por WhatsApp.

Un abrazo,
Marta

{wrote_es("mié, 18 mar 2026 a las 8:02", ME[0], ME[1])}
{quote(REQ_TALENTO)}
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "amvo_entrevista_suspendida", "lang": "es",
        "company": "Agencia Municipal de Vivienda y Obra de Madrid", "contact": "r.valverde@amvo.example.es",
        "id": "amvo_cancel",
        "date": "2026-09-21 14:00 +0200",
        "frm": ("Rocío Valverde", "r.valverde@amvo.example.es"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Proceso AMVO/2026/BIM-03: suspensión de la entrevista del 24 de septiembre",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimada Sra. Ferreira-Schulz:

Por la presente le comunicamos que queda suspendida la entrevista personal prevista para el
jueves 24 de septiembre a las 10:00 en la sede de la calle de Bustamante, debido a la
coincidencia con una jornada de huelga convocada en el sector público municipal.

La suspensión no afecta a su situación en el proceso. La nueva fecha se publicará en la sede
electrónica y se le comunicará también por correo electrónico con al menos cinco días de
antelación.

Atentamente,
Rocío Valverde
Servicio de Selección de Personal
Agencia Municipal de Vivienda y Obra de Madrid
Tel. 915 550 877
""",
    },
    # ================================================================ missed_interview_notice
    # ---------------------------------------------------------------- German (5)
    {
        "kind": "missed_interview_notice", "name": "nordhafen_called_twice", "lang": "de",
        "company": "Nordhafen Projektentwicklung", "contact": "h.lueders@nordhafen-pe.example.de",
        "id": "nordhafen_missed", "parent": "nordhafen_inv",
        "date": "2026-04-09 10:25 +0200",
        "frm": ("Henrik Lüders", "h.lueders@nordhafen-pe.example.de"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "AW: Ihre Bewerbung als BIM-Managerin – kurzes Telefonat?",
        "text": f"""Sehr geehrte Frau Ferreira-Schulz,

ich habe heute um 10:00 Uhr wie vereinbart versucht, Sie anzurufen – und um 10:10 Uhr noch
einmal. Leider habe ich Sie beide Male nicht erreicht, die Mailbox war ebenfalls nicht
aktiv.

Falls etwas dazwischengekommen ist, melden Sie sich gern bei mir.

Mit besten Grüßen
Henrik Lüders
Nordhafen Projektentwicklung GmbH
T +49 40 5550 7720

{wrote_de("Di., 7. Apr. 2026 um 16:20", "Henrik Lüders", "h.lueders@nordhafen-pe.example.de")}
> Sehr geehrte Frau Ferreira-Schulz,
>
> vielen Dank für Ihre Bewerbung für unsere Projekte in der HafenCity und in Wilhelmsburg.
> [...]
> Passt Ihnen Donnerstag, 9. April, um 10:00 Uhr? Ich würde Sie dann unter der Mobilnummer
> aus Ihrem Lebenslauf anrufen.
""",
    },
    {
        "kind": "missed_interview_notice", "name": "tiefbau_wendt_waited_on_teams", "lang": "de",
        "company": "Tiefbau Wendt", "contact": "carola.wendt@tiefbau-wendt.example.de",
        "date": "2026-02-12 14:22 +0100",
        "frm": ("Carola Wendt", "carola.wendt@tiefbau-wendt.example.de"),
        "subject": "Unser Termin heute um 14 Uhr",
        "text": """Hallo Frau Ferreira-Schulz,

wir haben heute um 14 Uhr im Teams-Meeting auf Sie gewartet, mein Kollege aus der
Kalkulation und ich waren eine knappe Viertelstunde im Raum. Leider sind Sie nicht
dazugekommen.

Vielleicht hat die Technik gestreikt? Wenn Sie weiterhin Interesse an der Stelle als
BIM-Koordinatorin Infrastruktur haben, schreiben Sie mir kurz, dann schauen wir nach einem
neuen Termin.

Freundliche Grüße
Carola Wendt
Prokuristin
Tiefbau Wendt GmbH & Co. KG · Rhinstraße 84 · 12681 Berlin
Tel. 030 5550 1163
""",
    },
    {
        "kind": "missed_interview_notice", "name": "hochbauamt_leipzig_not_appeared", "lang": "de",
        "company": "Hochbauamt Leipzig", "contact": "u.riedel@hochbauamt-leipzig.example.de",
        "parent": "leipzig_application",
        "date": "2026-03-11 12:40 +0100",
        "frm": ("Riedel, Uwe", "u.riedel@hochbauamt-leipzig.example.de"),
        "subject": "Vorstellungsgespräch am 11.03.2026 – Stelle 65/14 BIM-Koordination",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

zu dem mit Schreiben vom 20.02.2026 vereinbarten Vorstellungsgespräch am heutigen Tag um
10:00 Uhr im Technischen Rathaus, Prager Straße 118, Raum 4.061, sind Sie nicht erschienen.
Eine Absage oder Nachricht von Ihnen liegt uns nicht vor.

Sollten Sie weiterhin an der Stelle interessiert sein, bitten wir Sie, sich bis zum
18.03.2026 bei mir zu melden. Andernfalls gehen wir davon aus, dass Sie Ihre Bewerbung
zurückziehen.

Mit freundlichen Grüßen
Uwe Riedel
Sachgebiet Personal
Hochbauamt Leipzig
Telefon: 0341 555 65 140
""",
    },
    {
        "kind": "missed_interview_notice", "name": "bauwerk_client_waited_on_site", "lang": "de",
        "company": "Bauwerk Talents", "contact": "dennis.hartwig@bauwerk-talents.example.de",
        "id": "bauwerk_missed",
        "date": "2026-03-24 10:05 +0100",
        "frm": ("Dennis Hartwig", "dennis.hartwig@bauwerk-talents.example.de"),
        "subject": "Was ist passiert? Kunde hat gewartet",
        "text": """Hallo Frau Ferreira-Schulz,

der Bauleiter unseres Kunden hat mich eben angerufen: Er hat heute um 9 Uhr am Baucontainer
in Grünau auf Sie gewartet, bis kurz vor halb zehn – Sie sind aber nicht gekommen. Auf Ihrem
Handy erreiche ich Sie auch gerade nicht.

Bitte rufen Sie mich so schnell wie möglich zurück, damit ich das beim Kunden erklären kann.

Dennis Hartwig
Bauwerk Talents GmbH
Mobil 0160 5550 8834
""",
    },
    {
        "kind": "missed_interview_notice", "name": "kahlenberg_phone_not_reached", "lang": "de",
        "company": "Kahlenberg Projektbau", "contact": "lukas.pichler@kahlenberg-pb.example.at",
        "date": "2026-06-22 11:40 +0200",
        "frm": ("Lukas Pichler", "lukas.pichler@kahlenberg-pb.example.at"),
        "subject": "Telefontermin heute 11:00",
        "cte": "base64",
        "text": """Grüß Gott Frau Ferreira-Schulz,

ich konnte Sie zu unserem vereinbarten Telefontermin um 11:00 Uhr leider nicht erreichen –
weder auf Ihrer Mobilnummer noch über die Festnetznummer aus der Bewerbung.

Ich gehe davon aus, dass etwas dazwischengekommen ist. Wenn Sie möchten, schlagen Sie mir
gerne zwei, drei Zeitfenster für diese Woche vor.

Beste Grüße
Lukas Pichler
Leitung Technik
Kahlenberg Projektbau GmbH
Heiligenstädter Straße 31, 1190 Wien
""",
    },
    # ---------------------------------------------------------------- English (2)
    {
        "kind": "missed_interview_notice", "name": "brickfield_waited_on_zoom", "lang": "en",
        "company": "Brickfield Proptech", "contact": "hannah.brooks@brickfield.example.co.uk",
        "date": "2026-07-09 15:20 +0100",
        "frm": ("Hannah Brooks", "hannah.brooks@brickfield.example.co.uk"),
        "subject": "Missed you on Zoom today",
        "text": """Hi Joana,

We had our interview in the diary for 3pm UK time today - Tom and I waited on Zoom for
about 15 minutes but didn't see you join. I hope everything is OK.

If something came up, no worries; drop me a line and we can look at rebooking.

Thanks,
Hannah

Hannah Brooks | People Lead | Brickfield Proptech
""",
        "html": simple_html("""Hi Joana,

We had our interview in the diary for 3pm UK time today - Tom and I waited on Zoom for
about 15 minutes but didn't see you join. I hope everything is OK.

If something came up, no worries; drop me a line and we can look at rebooking.

Thanks,
Hannah

Hannah Brooks | People Lead | Brickfield Proptech""", "en"),
    },
    {
        "kind": "missed_interview_notice", "name": "calder_tried_calling", "lang": "en",
        "company": "Calder Facades", "contact": "callum.reid@calderfacades.example.co.uk",
        "date": "2026-08-12 09:48 +0100",
        "frm": ("Callum Reid", "callum.reid@calderfacades.example.co.uk"),
        "subject": "Our call at 9:30",
        "text": """Hello Joana,

I tried calling you at 9:30 as agreed, and again at 9:40, but there was no answer, so I
left a voicemail. Perhaps I had the wrong number? The one I have ends in 3187.

Let me know if you'd still like to speak about the BIM Technician position.

Kind regards,
Callum Reid
Design Manager
Calder Facades Ltd, Unit 6, Thames Road, London SE28 0RJ
""",
    },
    # ---------------------------------------------------------------- French (2)
    {
        "kind": "missed_interview_notice", "name": "lumiere_habitat_attendue_teams", "lang": "fr",
        "company": "Lumière Habitat", "contact": "sophie.lambert@lumiere-habitat.example.fr",
        "date": "2026-09-03 10:35 +0200",
        "frm": ("Sophie Lambert", "sophie.lambert@lumiere-habitat.example.fr"),
        "subject": "Entretien de ce matin",
        "text": """Bonjour Madame Ferreira-Schulz,

Nous vous avons attendue ce matin à 10h sur Teams pour l'entretien concernant le poste de
chargée d'opérations BIM, mais vous ne vous êtes pas connectée.

N'hésitez pas à revenir vers moi si vous souhaitez poursuivre le processus.

Cordialement,
Sophie Lambert
Chargée de recrutement
Lumière Habitat – 8 rue de Bonnel, 69003 Lyon
""",
    },
    {
        "kind": "missed_interview_notice", "name": "saone_structures_deux_appels", "lang": "fr",
        "company": "Saône Structures", "contact": "julien.perrin@saone-structures.example.fr",
        "date": "2026-10-07 14:50 +0200",
        "frm": ("Julien Perrin", "julien.perrin@saone-structures.example.fr"),
        "subject": "Notre rendez-vous téléphonique",
        "subj_enc": ("utf-8", "B"),
        "text": """Bonjour Joana,

J'ai essayé de vous joindre à deux reprises à 14h, comme convenu, sans succès. Je vous ai
laissé un message vocal.

Pouvez-vous me proposer un autre créneau cette semaine ?

Bien à vous,
Julien Perrin
Directeur – Bureau d'études Saône Structures
""",
    },
    # ---------------------------------------------------------------- Spanish (1)
    {
        "kind": "missed_interview_notice", "name": "meseta_no_se_conecto", "lang": "es",
        "company": "Constructora Meseta", "contact": "lucia.serrano@meseta.example.es",
        "id": "meseta_missed", "parent": "meseta_confirm",
        "date": "2026-06-15 11:20 +0200",
        "frm": ("Lucía Serrano", "lucia.serrano@meseta.example.es"),
        "subject": "RE: Convocatoria de entrevista – Coordinadora BIM",
        "text": f"""Hola Joana:

Te hemos estado esperando en Teams desde las 11:00, Álvaro y yo, y no te has conectado. Te
he llamado también al móvil sin respuesta.

¿Ha pasado algo? Si quieres, escríbeme y buscamos otro momento esta semana.

Un saludo,
Lucía Serrano
Constructora Meseta S.A.

{wrote_es("lun, 8 jun 2026 a las 10:12", ME[0], ME[1])}
{quote(CONFIRM_MESETA)}
""",
    },
]
