"""Interview invitations, reschedules/cancellations and missed-interview notices (hand-written)."""

from __future__ import annotations

from msgs116_common import pixel

WEISSBLAU_UID = "040000008200E00074C5B7101A82E0080000000090F3A1D6C4C9DC01000000000000000010000000A7B2E4F1@weissblau.example.de"
WEISSBLAU_INVITE_ID = "<AM9PR07MB7741A2C0F3E5B1D9E6C4A1B2C3D4@AM9PR07MB7741.eurprd07.prod.outlook.com>"
CORAL_UID = "3k9q2m7lq0v6c1r8e5t4b2a0hs@google.com"
CORAL_INVITE_ID = "<000000000000a1b2c3d4e5f60718@google.com>"

INVITES = [
    # 1 -- Personio, Reply-To the recruiter, two Teams slots
    {
        "n": "personio_kennenlernen_isarwerk", "kind": "interview_invitation", "company": "Isarwerk Digital Learning",
        "contact": "k.wimmer@isarwerk.example.de", "lang": "de",
        "frm": ("Isarwerk Digital Learning GmbH", "no-reply@mail.personio.de"),
        "reply_to": ("Katharina Wimmer", "k.wimmer@isarwerk.example.de"),
        "subject": "Einladung zum Kennenlernen – Instructional Designer (m/w/d)",
        "date": "2026-03-02 09:37 +0100", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1b1b1b;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding-bottom:18px;"><img src="https://isarwerk.jobs.personio.example.de/assets/isarwerk-logo.png" alt="Isarwerk Digital Learning" height="38"></td></tr>
<tr><td style="line-height:1.55;">
<p>Hallo Frau Oyelaran-Weiß,</p>
<p>vielen Dank für Ihre Bewerbung! Ihr Werdegang von der Grundschule zum digitalen Lernen hat uns neugierig gemacht, und wir möchten Sie gern in einem ersten Gespräch (ca. 45 Minuten, per Microsoft Teams) kennenlernen.</p>
<p>Mit dabei sind Dr. Markus Vogt (Leitung Learning Design) und ich. Folgende Termine könnten wir anbieten:</p>
<ul>
<li>Montag, 9. März, 10:00 Uhr</li>
<li>Mittwoch, 11. März, 15:00 Uhr</li>
</ul>
<p>Bitte antworten Sie einfach auf diese E-Mail und teilen Sie uns mit, welcher Termin Ihnen passt. Den Link zur Besprechung schicken wir Ihnen dann zu.</p>
<p>Viele Grüße aus München<br>Katharina Wimmer<br>Talent Acquisition</p>
</td></tr>
<tr><td style="padding-top:22px;font-size:11px;color:#7a7a7a;border-top:1px solid #e2e2e2;">Isarwerk Digital Learning GmbH · Balanstraße 73 · 81541 München · Geschäftsführung: Sebastian Huber, Elif Demir · HRB 254117 AG München</td></tr>
</table></td></tr></table></body></html>
""",
    },
    # 2 -- training academy, a person proposes a phone call
    {
        "n": "phone_call_proposal_hanse", "kind": "interview_invitation", "company": "Hanse Logistik Akademie",
        "contact": "b.carstensen@hanse-logistik-akademie.example.de", "lang": "de",
        "frm": ("Björn Carstensen", "b.carstensen@hanse-logistik-akademie.example.de"),
        "subject": "Ihre Bewerbung als Dozentin – kurzes Telefonat?",
        "date": "2026-01-19 08:14 +0100", "cte": "quoted-printable",
        "text": """Moin Frau Oyelaran-Weiß,

danke für Ihre Bewerbung als Dozentin für unsere Ausbildereignungs-Lehrgänge. Ihr Anschreiben hat mir gefallen – gerade die Sache mit den Lernstationen für gemischte Gruppen.

Bevor wir Sie nach Hamburg einladen, würde ich gern ein erstes Telefonat (ca. 30 Minuten) mit Ihnen führen. Hätten Sie Dienstag, 27.01., oder Mittwoch, 28.01., jeweils ab 13 Uhr Zeit? Ich rufe Sie dann unter der Nummer aus Ihrem Lebenslauf an.

Beste Grüße
Björn Carstensen
Leiter Aus- und Weiterbildung

Hanse Logistik Akademie GmbH
Am Sandtorkai 38 · 20457 Hamburg
Tel. 040 36 11 48-20
""",
    },
    # 3 -- Outlook meeting request with text/calendar METHOD:REQUEST
    {
        "n": "outlook_calendar_request_weissblau", "kind": "interview_invitation", "company": "Weißblau Versicherungen",
        "contact": "lena.gruber@weissblau.example.de", "lang": "de",
        "frm": ("Gruber, Lena", "lena.gruber@weissblau.example.de"),
        "subject": "Vorstellungsgespräch Trainerin Vertriebsakademie (m/w/d)",
        "date": "2026-04-10 10:15 +0200", "cte": "quoted-printable", "msgid": WEISSBLAU_INVITE_ID,
        "headers": [("Thread-Topic", "Vorstellungsgespräch Trainerin Vertriebsakademie (m/w/d)"), ("X-MS-Exchange-Organization-SCL", "-1")],
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

wie telefonisch vereinbart lade ich Sie herzlich zu einem persönlichen Vorstellungsgespräch ein:

Dienstag, 21. April 2026, 10:00 – 11:00 Uhr
Weißblau Versicherungen, Leopoldstraße 180, 80804 München
Empfang Haus B, Raum 4.12

Ihre Gesprächspartner sind Herr Florian Aigner (Leitung Vertriebsakademie) und ich. Bitte bringen Sie einen Kurzvortrag (10 Minuten) zum Thema "Wie gestalte ich ein Webinar für neue Außendienstmitarbeitende?" mit.

Bitte nehmen Sie die Einladung im Kalender an oder geben Sie mir kurz Bescheid, falls der Termin nicht passt.

Mit freundlichen Grüßen

Lena Gruber
Recruiting & Employer Branding
Weißblau Versicherungen AG
Leopoldstraße 180 | 80804 München
Tel. +49 89 3810-4427
""",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt;">
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>wie telefonisch vereinbart lade ich Sie herzlich zu einem persönlichen Vorstellungsgespräch ein:</p>
<p><b>Dienstag, 21. April 2026, 10:00 – 11:00 Uhr</b><br>Weißblau Versicherungen, Leopoldstraße 180, 80804 München<br>Empfang Haus B, Raum 4.12</p>
<p>Ihre Gesprächspartner sind Herr Florian Aigner (Leitung Vertriebsakademie) und ich. Bitte bringen Sie einen Kurzvortrag (10 Minuten) zum Thema „Wie gestalte ich ein Webinar für neue Außendienstmitarbeitende?“ mit.</p>
<p>Bitte nehmen Sie die Einladung im Kalender an oder geben Sie mir kurz Bescheid, falls der Termin nicht passt.</p>
<p>Mit freundlichen Grüßen</p>
<p>Lena Gruber<br>Recruiting &amp; Employer Branding<br><b style="color:#1d4f91">Weißblau Versicherungen AG</b><br>Leopoldstraße 180 | 80804 München<br>Tel. +49 89 3810-4427</p>
</div></body></html>
""",
        "ics_method": "REQUEST",
        "ics": f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Gruber, Lena":mailto:lena.gruber@weissblau.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Oyelaran-Weiß:mailto:hannah.ow@example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Aigner, Florian":mailto:florian.aigner@weissblau.example.de
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Trainerin Vertriebsakademie – Oyelaran-Weiß
DTSTART:20260421T080000Z
DTEND:20260421T090000Z
UID:{WEISSBLAU_UID}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260410T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Leopoldstraße 180, 80804 München, Haus B, Raum 4.12
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    # 4 -- interview with teaching sample, windows-1252 quoted-printable
    {
        "n": "lehrprobe_invitation_dib", "kind": "interview_invitation", "company": "Dresdner Institut für Berufsbildung",
        "contact": "u.sperling@dib-dresden.example.de", "lang": "de",
        "frm": ("Ute Sperling", "u.sperling@dib-dresden.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch am 02.06.2026",
        "date": "2026-05-21 14:02 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

im Namen unseres Geschäftsführers, Herrn Dr. Lutz Wendel, lade ich Sie zu einem Vorstellungsgespräch für die Stelle „Pädagogische Mitarbeiterin Digitales Lernen“ ein.

Termin: Dienstag, 2. Juni 2026, 10:00 Uhr
Ort: Dresdner Institut für Berufsbildung, Zwickauer Straße 42, 01069 Dresden, 3. OG, Beratungsraum „Elbe“

Das Gespräch dauert etwa 75 Minuten. Zu Beginn bitten wir Sie um eine Lehrprobe von 20 Minuten zu einem Thema Ihrer Wahl aus dem Bereich Medienkompetenz für Auszubildende. Ein Beamer und ein Whiteboard stehen zur Verfügung.

Bitte bestätigen Sie mir den Termin bis Mittwoch, 27. Mai. Fahrtkosten können wir leider nicht erstatten.

Mit freundlichen Grüßen

Ute Sperling
Sekretariat der Geschäftsführung
Dresdner Institut für Berufsbildung (DIB) gGmbH
Zwickauer Straße 42 · 01069 Dresden
Tel. 0351 4 72 18-0 · Fax -99
""",
    },
    # 5 -- agency relays a start-up client, du, exclamation marks, HTML only
    {
        "n": "agency_kursgold_moechte_dich", "kind": "interview_invitation", "company": "Kursgold",
        "contact": "p.wendt@talentbruecke.example.de", "lang": "de",
        "frm": ("Paul Wendt", "p.wendt@talentbruecke.example.de"),
        "subject": "Kursgold möchte dich kennenlernen!!",
        "date": "2026-07-07 17:21 +0200", "cte": "quoted-printable",
        "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
<p>Hi Hannah,</p>
<p>gute Neuigkeiten!!! Kursgold hat sich dein Profil angeschaut und möchte dich unbedingt kennenlernen 🎉</p>
<p>Vorschlag von Kursgold: <b>Mittwoch, 15. Juli, 11:00 Uhr</b>, per Google Meet, ca. 45 Minuten mit Lisa (Head of Content) und Can (Gründer). Ist ein lockeres Kennenlernen, kein Kreuzverhör – versprochen!</p>
<p>Gib mir bitte bis morgen kurz Bescheid, ob's passt, dann bestätige ich den Termin und schicke dir noch ein paar Infos zum Team.</p>
<p>Daumen sind gedrückt!!<br>Paul</p>
<p style="font-size:12px;color:#666;margin-top:18px">--<br><b>Paul Wendt</b> | Consultant Digital &amp; EdTech<br>TalentBrücke Personalvermittlung GmbH<br>Grimmaische Straße 2–4 · 04109 Leipzig · 0341 30 86 44-12<br><a href="https://www.talentbruecke.example.de">www.talentbruecke.example.de</a></p>
</div>
""",
    },
    # 6 -- head-hunter, client unnamed, invitation to meet the client, Outlook plain text
    {
        "n": "headhunter_unnamed_client_meeting", "kind": "interview_invitation", "company": "Hirschfeld Executive Search",
        "contact": "d.hirschfeld@hirschfeld-search.example.de", "lang": "de",
        "frm": ("Dorothea Hirschfeld", "d.hirschfeld@hirschfeld-search.example.de"),
        "subject": "Vertraulich: Gespräch mit meinem Mandanten am 28.01.",
        "date": "2026-01-20 18:40 +0100", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

mein Mandant, ein traditionsreiches Handelsunternehmen mit Sitz in Norddeutschland, hat Ihr Profil mit großem Interesse gelesen und möchte Sie gern persönlich kennenlernen.

Vorgeschlagen ist Mittwoch, der 28. Januar, 15:00 Uhr, in unseren Räumen am Ballindamm in Hamburg. Gesprächspartner sind die Personalleiterin und der Leiter der Unternehmensakademie; ich werde ebenfalls anwesend sein. Den Namen des Unternehmens nenne ich Ihnen – wie besprochen – nach Ihrer Zusage und Unterzeichnung der Vertraulichkeitserklärung.

Reisekosten werden selbstverständlich erstattet. Ich freue mich auf Ihre Rückmeldung.

Mit besten Grüßen

Dorothea Hirschfeld
Managing Partner

Hirschfeld Executive Search GmbH
Ballindamm 17 · 20095 Hamburg
T +49 40 3099 871-0 · M +49 171 555 2210
Sitz Hamburg · HRB 170334 · Geschäftsführerin: Dorothea Hirschfeld
""",
    },
    # 7 -- Austrian insurer, "Hearing", role mailbox asking for a reply, HTML only
    {
        "n": "austrian_hearing_alpenrose", "kind": "interview_invitation", "company": "Alpenrose Versicherung",
        "contact": "recruiting@alpenrose.example.at", "lang": "de",
        "frm": ("Alpenrose Recruiting", "recruiting@alpenrose.example.at"),
        "subject": "Einladung zum Hearing – Trainerin Digitale Lernformate",
        "date": "2026-08-25 11:02 +0200", "cte": "base64",
        "html": """<html><body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#30302f;">
<tr><td style="padding:20px 30px;background:#9b1c31;"><img src="https://www.alpenrose.example.at/newsletter/logo-weiss.png" alt="Alpenrose Versicherung" height="34"></td></tr>
<tr><td style="padding:26px 30px;line-height:21px;">
<p>Sehr geehrte Frau Oyelaran-Weiß!</p>
<p>Herzlichen Dank für Ihre Bewerbung als Trainerin für digitale Lernformate in unserer Generaldirektion.</p>
<p>Wir freuen uns, Sie zu einem Hearing einladen zu dürfen:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px;">
<tr><td><b>Datum</b></td><td>Dienstag, 8. September 2026</td></tr>
<tr><td><b>Uhrzeit</b></td><td>13:30 bis ca. 15:00 Uhr</td></tr>
<tr><td><b>Ort</b></td><td>Alpenrose Versicherung, Praterstraße 31, 1020 Wien, Besprechungsraum „Rax“</td></tr>
</table>
<p>Das Hearing besteht aus einem Gespräch mit Frau Mag. Stöger (Leiterin Personalentwicklung) und einer kurzen Präsentation (15 Minuten) zu einem E-Learning-Konzept für neue Kundenberaterinnen und Kundenberater.</p>
<p>Wir bitten um kurze Bestätigung per Antwort auf diese E-Mail.</p>
<p>Freundliche Grüße<br>Team Recruiting<br>Alpenrose Versicherung AG</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:10px;color:#888;border-top:1px solid #eee;">Alpenrose Versicherung AG · Praterstraße 31 · 1020 Wien · FN 118204 t · Handelsgericht Wien · DVR 0012345</td></tr>
</table></body></html>
""",
    },
    # 8 -- Swiss foundation, ss spelling, personal
    {
        "n": "swiss_foundation_bruckenbau", "kind": "interview_invitation", "company": "Stiftung Brückenbau Zürich",
        "contact": "regula.baumgartner@brueckenbau.example.ch", "lang": "de",
        "frm": ("Regula Baumgartner", "regula.baumgartner@brueckenbau.example.ch"),
        "subject": "Einladung zum Vorstellungsgespräch",
        "date": "2026-06-04 16:10 +0200", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß

Vielen Dank für Ihre Bewerbung als Fachverantwortliche Bildung und Lernmedien. Gerne laden wir Sie zu einem ersten Gespräch ein.

Datum: Mittwoch, 17. Juni 2026
Zeit: 09.30 – 10.45 Uhr
Ort: Stiftung Brückenbau, Seefeldstrasse 120, 8008 Zürich (2. Stock, bitte beim Empfang melden)

Am Gespräch nehmen Herr Urs Kälin (Geschäftsführer) und ich teil. Falls Ihnen eine Anreise aus Leipzig zu diesem Zeitpunkt nicht möglich ist, können wir das Gespräch auch per Videokonferenz führen – geben Sie mir einfach Bescheid.

Wir freuen uns, Sie kennenzulernen.

Freundliche Grüsse

Regula Baumgartner
Bereichsleiterin Bildung
Stiftung Brückenbau Zürich
Seefeldstrasse 120, 8008 Zürich
Tel. +41 44 555 62 14
""",
    },
    # 9 -- start-up, casual, booking link, role mailbox read by the team
    {
        "n": "startup_booking_link_tafelrunde", "kind": "interview_invitation", "company": "Tafelrunde",
        "contact": "hiring@tafelrunde.example.de", "lang": "de",
        "frm": ("Tafelrunde Hiring", "hiring@tafelrunde.example.de"),
        "subject": "Lass uns quatschen 👋",
        "date": "2026-09-01 12:55 +0200", "cte": "quoted-printable",
        "html": """<html><body style="font-family:-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.6;color:#14213d;">
<div style="max-width:520px;margin:0 auto;padding:24px;">
<img src="https://tafelrunde.example.de/brand/tafelrunde-wordmark.png" alt="tafelrunde" width="130">
<p>Hey Hannah,</p>
<p>danke für deine Bewerbung als <b>Learning Designer (Teacher Academy)</b>! Wir fanden deine Unterrichtsbeispiele richtig stark und würden dich gern in einem ersten Call (30 Min.) kennenlernen.</p>
<p>Such dir einfach einen Slot aus, der dir passt:</p>
<p><a href="https://cal.tafelrunde.example.de/hiring/learning-designer-erstgespraech" style="background:#fca311;color:#14213d;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:bold;">Termin buchen</a></p>
<p>Wenn keiner der Slots klappt, antworte einfach auf diese Mail – hier lesen Mo und Pia mit.</p>
<p>Bis bald!<br>Pia vom Tafelrunde-Team</p>
<p style="font-size:11px;color:#8d99ae;">Tafelrunde GmbH · Lohmühlenstraße 65 · 12435 Berlin · HRB 231118 B · GF: Moritz Albrecht</p>
</div></body></html>
""",
    },
    # 10 -- softgarden, no-reply, booking link
    {
        "n": "softgarden_booking_elbtal", "kind": "interview_invitation", "company": "Elbtal Logistik", "contact": "", "lang": "de",
        "frm": ("Elbtal Logistik GmbH", "noreply@softgarden.io"),
        "subject": "Einladung zum Online-Interview: Trainerin Lager & Transport (m/w/d)",
        "date": "2026-03-24 07:48 +0100", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333333;background:#f4f4f4;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #1e7fb8;"><img src="https://static.softgarden.example.io/elbtal/logo.png" alt="Elbtal Logistik" height="36"></td></tr>
<tr><td style="padding:22px 24px;">
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>vielen Dank für Ihre Bewerbung als Trainerin Lager &amp; Transport (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern zu einem Online-Interview (ca. 40 Minuten, Microsoft Teams) einladen.</p>
<p>Bitte wählen Sie über den folgenden Link einen passenden Termin aus. Die Einwahldaten erhalten Sie nach der Buchung automatisch.</p>
<p style="text-align:center;"><a href="https://elbtal.softgarden.example.io/interview/book?token=Zt7PqL2" style="display:inline-block;background:#1e7fb8;color:#ffffff;padding:11px 22px;text-decoration:none;">Interviewtermin auswählen</a></p>
<p>Wir freuen uns auf das Gespräch!</p>
<p>Mit freundlichen Grüßen<br>Daniela Kühn<br>Personalreferentin, Elbtal Logistik</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999999;">Elbtal Logistik GmbH · Magdeburger Straße 58 · 01067 Dresden · AG Dresden HRB 19452<br>Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse können nicht bearbeitet werden.</td></tr>
</table></body></html>
""",
    },
    # 11 -- terse reply, German Outlook quote "Von: / Gesendet:"
    {
        "n": "terse_passt_donnerstag_outlook_quote", "kind": "interview_invitation", "company": "Kompetenzwerk Ost",
        "contact": "jens.bachmann@kompetenzwerk-ost.example.de", "lang": "de",
        "frm": ("Jens Bachmann", "jens.bachmann@kompetenzwerk-ost.example.de"),
        "subject": "AW: Bewerbung als Trainerin / Lernbegleiterin",
        "date": "2026-02-10 13:26 +0100", "cte": "quoted-printable",
        "text": """Hallo Frau Oyelaran-Weiß,

passt Ihnen Donnerstag 14 Uhr bei uns im Büro (Dittrichring 18, 2. OG)? Dann reden wir einfach mal.

Gruß
Jens Bachmann

Von: Hannah Oyelaran-Weiß <hannah.ow@example.de>
Gesendet: Freitag, 6. Februar 2026 19:12
An: Jens Bachmann <jens.bachmann@kompetenzwerk-ost.example.de>
Betreff: Bewerbung als Trainerin / Lernbegleiterin

Sehr geehrter Herr Bachmann,

auf Ihrer Website habe ich gelesen, dass das Kompetenzwerk Ost für die Weiterbildung von Quereinsteigenden in Kitas und Horten Trainerinnen sucht. Als Grundschullehrerin mit zwölf Jahren Praxis in Leipzig bewerbe ich mich hiermit für diese Aufgabe.

Meine Unterlagen finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Hannah Oyelaran-Weiß
""",
    },
    # 12 -- public body, invitation with a PDF (directions and forms)
    {
        "n": "public_vhs_auswahlgespraech_pdf", "kind": "interview_invitation",
        "company": "Zweckverband Volkshochschulen Leipziger Land", "contact": "m.rudolph@vhs-leipziger-land.example.de",
        "lang": "de",
        "frm": ("Matthias Rudolph", "m.rudolph@vhs-leipziger-land.example.de"),
        "subject": "Einladung Auswahlgespräch – Programmbereichsleitung Digitale Bildung (Ausschreibung 07/2026)",
        "date": "2026-09-14 09:03 +0200", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Stelle der Programmbereichsleitung Digitale Bildung (EG 10 TVöD, Ausschreibung 07/2026) gekommen sind.

Wir laden Sie daher zu einem Auswahlgespräch ein:

Montag, 28. September 2026, 9:30 Uhr
Geschäftsstelle des Zweckverbandes, Lindenallee 3, 04552 Borna, Sitzungszimmer 1

Der Auswahlkommission gehören neben der Geschäftsführung ein Mitglied des Personalrats und die Gleichstellungsbeauftragte an. Das Gespräch dauert ca. 45 Minuten. Eine Anfahrtsbeschreibung sowie den Fragebogen zur Reisekostenerstattung finden Sie im Anhang.

Bitte teilen Sie uns bis zum 21. September mit, ob Sie den Termin wahrnehmen können.

Mit freundlichen Grüßen

Matthias Rudolph
Personalstelle
Zweckverband Volkshochschulen Leipziger Land
Lindenallee 3, 04552 Borna
Tel. 03433 2 44 71-15
""",
        "attachments": [("Anfahrt_und_Reisekosten_VHS.pdf", [
            "Zweckverband Volkshochschulen Leipziger Land",
            "Anfahrt zur Geschäftsstelle, Lindenallee 3, 04552 Borna",
            "",
            "Mit der S-Bahn: S6 ab Leipzig Hbf bis Borna (Bz Leipzig), ca. 35 Minuten,",
            "dann 10 Minuten Fußweg über die Bahnhofstraße.",
            "Mit dem Auto: A72 Abfahrt Borna-Nord, Parkplätze im Hof.",
            "",
            "Reisekostenerstattung nach Sächsischem Reisekostengesetz:",
            "Bitte Fahrkarte oder gefahrene Kilometer angeben und unterschreiben.",
        ])],
    },
    # 13 -- second role after an earlier rejection; quoted chain holds the old "leider"
    {
        "n": "new_role_after_old_absage", "kind": "interview_invitation", "company": "Bayerische Akademie für Personalentwicklung",
        "contact": "s.obermaier@bape.example.de", "lang": "de",
        "frm": ("Stefanie Obermaier", "s.obermaier@bape.example.de"),
        "subject": "Re: Ihre Bewerbung – Seminarleitung Führungskräfteentwicklung",
        "date": "2026-07-20 15:33 +0200", "cte": "8bit",
        "text": """Liebe Frau Oyelaran-Weiß,

Sie erinnern sich vielleicht an meine Nachricht vom Mai. Inzwischen ist bei uns eine neue Stelle entstanden, die aus meiner Sicht viel besser zu Ihnen passt: Konzeption und Moderation unserer Online-Lernreihen für Ausbilderinnen und Ausbilder.

Ich würde Sie dazu sehr gern zu einem Gespräch einladen – am liebsten am Donnerstag, 30. Juli, um 10 Uhr, hier bei uns in der Akademie in München-Schwabing oder, wenn Ihnen die Anreise zu weit ist, per Video. Geben Sie mir einfach Bescheid, was Ihnen lieber ist.

Herzliche Grüße
Stefanie Obermaier
Personalreferentin

Bayerische Akademie für Personalentwicklung e.V.
Leopoldstraße 54 · 80802 München
Vereinsregister München VR 20441

> Am 18.05.2026 um 11:02 schrieb Stefanie Obermaier <s.obermaier@bape.example.de>:
>
> Sehr geehrte Frau Oyelaran-Weiß,
>
> vielen Dank für Ihre Bewerbung als Seminarleitung Führungskräfteentwicklung.
> Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin
> entschieden haben, die bereits Führungskräfte in Unternehmen trainiert hat.
> Wir bedauern, Ihnen keine positivere Nachricht geben zu können.
>
> Mit freundlichen Grüßen
> Stefanie Obermaier
""",
    },
    # 14 -- publisher, multipart/alternative
    {
        "n": "publisher_redaktion_gespraech", "kind": "interview_invitation", "company": "Kettler & Saborowski Verlag",
        "contact": "i.saborowski@ks-verlag.example.de", "lang": "de",
        "frm": ("Dr. Ines Saborowski", "i.saborowski@ks-verlag.example.de"),
        "subject": "Gesprächseinladung: Redakteurin digitale Lernmedien",
        "date": "2026-04-27 11:18 +0200", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

vielen Dank für Ihre Bewerbung und die beeindruckenden Arbeitsproben – insbesondere die interaktiven Lesekarten für die 2. Klasse haben im Team für Gesprächsstoff gesorgt.

Gern möchten wir Sie zu einem Gespräch in unseren Verlag einladen:
Mittwoch, 13. Mai 2026, 11:00 Uhr
Kettler & Saborowski Verlag, Oranienstraße 183, 10999 Berlin (Hinterhaus, 4. Etage)

Neben mir nimmt unsere Herstellungsleiterin Frau Yilmaz teil. Bitte rechnen Sie mit etwa einer Stunde.

Ich freue mich auf Ihre Bestätigung.

Mit herzlichen Grüßen

Dr. Ines Saborowski
Programmleitung Digitale Bildung
Kettler & Saborowski Verlag
Oranienstraße 183 · 10999 Berlin
www.ks-verlag.example.de
""",
        "html": """<html><body style="font-family:'Times New Roman',serif;font-size:15px;">
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>vielen Dank für Ihre Bewerbung und die beeindruckenden Arbeitsproben – insbesondere die interaktiven Lesekarten für die 2. Klasse haben im Team für Gesprächsstoff gesorgt.</p>
<p>Gern möchten wir Sie zu einem Gespräch in unseren Verlag einladen:<br>
<b>Mittwoch, 13. Mai 2026, 11:00 Uhr</b><br>
Kettler &amp; Saborowski Verlag, Oranienstraße 183, 10999 Berlin (Hinterhaus, 4. Etage)</p>
<p>Neben mir nimmt unsere Herstellungsleiterin Frau Yilmaz teil. Bitte rechnen Sie mit etwa einer Stunde.</p>
<p>Ich freue mich auf Ihre Bestätigung.</p>
<p>Mit herzlichen Grüßen</p>
<p>Dr. Ines Saborowski<br><i>Programmleitung Digitale Bildung</i><br>
<img src="https://www.ks-verlag.example.de/signatur/ks-logo.png" alt="Kettler &amp; Saborowski Verlag" width="140"><br>
Oranienstraße 183 · 10999 Berlin · <a href="https://www.ks-verlag.example.de">www.ks-verlag.example.de</a></p>
</body></html>
""",
    },
    # 15 -- Greenhouse with a coordinator in Reply-To, alternative
    {
        "n": "greenhouse_schedule_harbourview", "kind": "interview_invitation", "company": "Harbourview Software",
        "contact": "orla.fitzgerald@harbourview.example.ie", "lang": "en",
        "frm": ("Harbourview Software via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Orla Fitzgerald", "orla.fitzgerald@harbourview.example.ie"),
        "subject": "Interview invitation: Customer Education Specialist at Harbourview Software",
        "date": "2026-07-28 14:22 +0100", "cte": "quoted-printable",
        "text": """Hi Hannah,

Thanks for applying to the Customer Education Specialist role at Harbourview Software! The team enjoyed reading your application and would like to invite you to a first interview with Conor Walsh, our Head of Customer Education.

The interview will take about 45 minutes on Zoom. Please choose a time that works for you using the link below:

https://app.greenhouse.example.io/scheduler/harbourview/7c1e93

If none of the times suit, reply to this email and I'll find another slot.

Looking forward to it,
Orla Fitzgerald
Recruiting Coordinator, Harbourview Software
""",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Hannah,</p>
<p>Thanks for applying to the <b>Customer Education Specialist</b> role at Harbourview Software! The team enjoyed reading your application and would like to invite you to a first interview with Conor Walsh, our Head of Customer Education.</p>
<p>The interview will take about 45 minutes on Zoom. Please choose a time that works for you:</p>
<p><a href="https://app.greenhouse.example.io/scheduler/harbourview/7c1e93" style="background:#24a47f;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Select a time</a></p>
<p>If none of the times suit, reply to this email and I'll find another slot.</p>
<p>Looking forward to it,<br>Orla Fitzgerald<br>Recruiting Coordinator, Harbourview Software</p>
""" + pixel("https://greenhouse-mail.example.io/wf/open?upn=Hv81Mq") + """
</body></html>
""",
    },
    # 16 -- Lever, no-reply, scheduling link, HTML only
    {
        "n": "lever_schedule_atlantic", "kind": "interview_invitation", "company": "Atlantic Edtech", "contact": "", "lang": "en",
        "frm": ("Atlantic Edtech", "no-reply@hire.lever.co"),
        "subject": "Atlantic Edtech - Let's schedule your interview",
        "date": "2026-08-31 09:09 +0100", "cte": "quoted-printable",
        "html": """<html><body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="font-size:14px;line-height:21px;color:#2d2d2d;">
<tr><td style="padding:20px 0;"><img src="https://lever-client-logos.example.s3.amazonaws.com/atlantic-edtech.png" alt="Atlantic Edtech" height="40"></td></tr>
<tr><td>
<p>Hi Hannah,</p>
<p>Great news — the hiring team for <b>Senior Learning Designer (German market)</b> would like to move you to the interview stage.</p>
<p>The first interview is a 60-minute video call with Rachel Doyle (Director of Learning) and Tomás Ruiz (Lead Designer). Please pick a slot from the calendar below; you'll receive a confirmation with the video link straight away.</p>
<p><a href="https://hire.lever.example.co/interviews/schedule/e41c9a7b">Choose your interview time</a></p>
<p>Best,<br>Atlantic Edtech Talent Team</p>
<p style="font-size:11px;color:#999;">Atlantic Edtech Limited · 2 Windmill Lane, Dublin 2 · Registered in Ireland No. 655901<br>You're receiving this because you applied via our careers page. This mailbox is not monitored.</p>
</td></tr></table></td></tr></table></body></html>
""",
    },
    # 17 -- Google Calendar invitation, text/calendar METHOD:REQUEST
    {
        "n": "google_calendar_invite_coral", "kind": "interview_invitation", "company": "Coral Academy",
        "contact": "eva.jansen@coralacademy.example.nl", "lang": "en",
        "frm": ("Eva Jansen", "eva.jansen@coralacademy.example.nl"),
        "reply_to": ("Eva Jansen", "eva.jansen@coralacademy.example.nl"),
        "subject": "Invitation: Interview Hannah Oyelaran-Weiß / Coral Academy @ Tue 12 May 2026 10:00 - 10:45 (CEST) (hannah.ow@example.de)",
        "date": "2026-05-04 16:41 +0000", "cte": "quoted-printable", "msgid": CORAL_INVITE_ID,
        "text": """You have been invited to the following event.

Interview Hannah Oyelaran-Weiß / Coral Academy
When: Tuesday 12 May 2026 10:00 – 10:45 (Central European Time - Amsterdam)
Joining info: meet.example.com/qvx-zrkp-tma
Calendar: hannah.ow@example.de
Who:
  * eva.jansen@coralacademy.example.nl - organiser
  * joris.vandam@coralacademy.example.nl
  * hannah.ow@example.de

Hi Hannah, as discussed on the phone: first interview with Joris (Head of Curriculum) and me. We'll talk about your experience and the Dutch-German teacher training programme. Looking forward to it! – Eva

Going (hannah.ow@example.de)? Yes - Maybe - No
more options: https://calendar.example.com/event?action=VIEW&eid=M2s5cTJtN2xx

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
        "html": """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;">
<div style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:600px;">
<h2 style="font-weight:400;font-size:22px;color:#202124;">Interview Hannah Oyelaran-Weiß / Coral Academy</h2>
<table cellpadding="4"><tr><td style="color:#70757a;">When</td><td>Tuesday 12 May 2026 10:00 – 10:45 (Central European Time - Amsterdam)</td></tr>
<tr><td style="color:#70757a;">Joining info</td><td><a href="https://meet.example.com/qvx-zrkp-tma">meet.example.com/qvx-zrkp-tma</a></td></tr>
<tr><td style="color:#70757a;">Who</td><td>eva.jansen@coralacademy.example.nl – organiser<br>joris.vandam@coralacademy.example.nl<br>hannah.ow@example.de</td></tr></table>
<p>Hi Hannah, as discussed on the phone: first interview with Joris (Head of Curriculum) and me. We'll talk about your experience and the Dutch-German teacher training programme. Looking forward to it! – Eva</p>
<p><a href="https://calendar.example.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a> · <a href="https://calendar.example.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a> · <a href="https://calendar.example.com/calendar/event?action=RESPOND&amp;rst=2">No</a></p>
<p style="font-size:11px;color:#70757a;">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
</div></body></html>
""",
        "ics_method": "REQUEST",
        "ics": f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260512T080000Z
DTEND:20260512T084500Z
DTSTAMP:20260504T164100Z
ORGANIZER;CN=Eva Jansen:mailto:eva.jansen@coralacademy.example.nl
UID:{CORAL_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Eva Jansen:mailto:eva.jansen@coralacademy.example.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joris.vandam@coralacademy.example.nl:mailto:joris.vandam@coralacademy.example.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.ow@example.de:mailto:hannah.ow@example.de
DESCRIPTION:Hi Hannah, as discussed on the phone: first interview with Joris (Head of Curriculum) and me.
LOCATION:https://meet.example.com/qvx-zrkp-tma
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Hannah Oyelaran-Weiß / Coral Academy
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    # 18 -- recruiter from her own address, short, plain
    {
        "n": "recruiter_chat_head_of_ld_keizers", "kind": "interview_invitation", "company": "Keizers Digital",
        "contact": "femke@keizersdigital.example.nl", "lang": "en",
        "frm": ("Femke Visser", "femke@keizersdigital.example.nl"),
        "subject": "Quick chat with our Head of L&D?",
        "date": "2026-05-26 10:30 +0200", "cte": "7bit",
        "text": """Hi Hannah,

Thanks for your patience! I've shared your application with Maarten, our Head of L&D, and he'd love to have a 30-minute video chat with you to talk about the Learning Designer role and your move from teaching.

Would Tuesday 2 June at 14:00 or Wednesday 3 June at 10:00 (Amsterdam time) work for you? I'll send a Teams link once we've confirmed.

Cheers,
Femke

Femke Visser - Talent Partner - Keizers Digital
Herengracht 182, 1016 BR Amsterdam
""",
    },
    # 19 -- Dublin agency relays a named client
    {
        "n": "agency_dublin_fernhill_thursday", "kind": "interview_invitation", "company": "Fernhill Pharma",
        "contact": "siobhan@odwyerkane.example.ie", "lang": "en",
        "frm": ("Siobhán Kane", "siobhan@odwyerkane.example.ie"),
        "subject": "Fernhill would like to meet you!",
        "date": "2026-09-17 12:04 +0100", "cte": "quoted-printable",
        "text": """Hi Hannah,

Great news – Fernhill Pharma would like to meet you for the 12-month contract Learning Coordinator role in their Quality team!

They've suggested Thursday 24 September at 15:00 (Irish time), by Teams, with Paula Grant (QA Training Lead) and someone from HR. It's a competency-based interview, so have a think about examples of planning training, dealing with a difficult learner and working to deadlines. Your classroom stories will work really well here.

Can you confirm by Monday? I'll send over a prep sheet and the Teams details.

Speak soon,
Siobhán

Siobhán Kane
Senior Consultant – Life Sciences
O'Dwyer & Kane Recruitment
Fitzwilliam Street Lower, Dublin 2 | +353 1 555 0187
""",
    },
    # 20 -- Ashby, Reply-To a person, HTML only
    {
        "n": "ashby_next_steps_greenloop", "text_from_html": True, "kind": "interview_invitation", "company": "GreenLoop",
        "contact": "daan.bakker@greenloop.example.nl", "lang": "en",
        "frm": ("GreenLoop Hiring", "no-reply@ashbyhq.com"),
        "reply_to": ("Daan Bakker", "daan.bakker@greenloop.example.nl"),
        "subject": "Next steps: interview with the GreenLoop team",
        "date": "2026-06-08 11:46 +0200", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#f3f7f4;">
<table role="presentation" width="100%"><tr><td align="center" style="padding:28px 8px;">
<table role="presentation" width="560" style="background:#ffffff;border-radius:10px;font-family:Inter,Helvetica,sans-serif;font-size:15px;color:#0f2a1d;">
<tr><td style="padding:24px 30px 6px;"><img src="https://cdn.ashbyprd.example.com/greenloop/logo-green.png" alt="GreenLoop" width="110"></td></tr>
<tr><td style="padding:6px 30px 26px;line-height:1.6;">
<p>Hi Hannah,</p>
<p>Thanks for the lovely intro call last week! We'd like to invite you to the next step for the <b>Sustainability Learning Designer</b> role: a 60-minute interview on Zoom with Daan (People Lead) and Yara (Head of Education).</p>
<p>Proposed time: <b>Tuesday 16 June, 14:00–15:00 CEST</b>. The Zoom link is below and will also be in the calendar invite.</p>
<p><a href="https://zoom.example.us/j/84120933711" style="color:#1a7f4b;">https://zoom.example.us/j/84120933711</a></p>
<p>Reply to this email if you need a different time.</p>
<p>Warmly,<br>Daan</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:11px;color:#7b8e83;">GreenLoop B.V. · Czaar Peterstraat 213 · 1018 PL Amsterdam</td></tr>
</table></td></tr></table>
""" + pixel("https://app.ashbyhq.example.com/track/open/9d0e2f") + """
</body></html>
""",
    },
    # 21 -- terse, Gmail quote of his own earlier mail with signature
    {
        "n": "terse_call_tomorrow_gmail_quote", "kind": "interview_invitation", "company": "Brightside Hotels Group",
        "contact": "ciaran.oloingsigh@brightsidehotels.example.ie", "lang": "en",
        "frm": ("Ciarán Ó Loingsigh", "ciaran.oloingsigh@brightsidehotels.example.ie"),
        "subject": "Re: Application – Learning Designer",
        "date": "2026-03-05 21:12 +0000", "cte": "8bit",
        "text": """Hi Hannah – can you do a quick call tomorrow 11am Irish time? 20 mins, just to see if there's a fit. I'll ring your mobile.

C.

Sent from my iPhone

On Mon, 2 Mar 2026 at 09:30, Ciarán Ó Loingsigh <ciaran.oloingsigh@brightsidehotels.example.ie> wrote:
> Dear Hannah,
>
> Thank you for your application for the Learning Designer role. We're
> reviewing applications this week and will be in touch with shortlisted
> candidates shortly.
>
> Kind regards,
> Ciarán Ó Loingsigh | Head of People | Brightside Hotels Group
> Merrion Row, Dublin 2
""",
    },
    # 22 -- college, formal panel invitation, role mailbox asks for confirmation
    {
        "n": "college_competency_panel_invite", "kind": "interview_invitation", "company": "Northbridge College Dublin",
        "contact": "recruitment@northbridge.example.ie", "lang": "en",
        "frm": ("HR Recruitment - Northbridge College", "recruitment@northbridge.example.ie"),
        "subject": "Invitation to Interview – Educational Technologist (Ref NBC-2026-117)",
        "date": "2026-09-15 15:50 +0100", "cte": "quoted-printable",
        "text": """Dear Ms Oyelaran-Weiß,

Further to your application for the above post, I am pleased to invite you to attend for interview as follows:

Date: Thursday, 1 October 2026
Time: 11:15
Venue: Room B204, Northbridge College Dublin, Dorset Street Upper, Dublin 1

The interview board will consist of three members and will follow a competency-based format. You will also be asked to give a 10-minute presentation on: "How can technology support adult learners returning to education?" Please bring the presentation on a USB stick.

Please bring photo ID and original copies of your qualifications. Candidates travelling from abroad may attend online on request.

Please confirm your attendance by replying to this email no later than Friday, 25 September.

Yours sincerely,

Deirdre Hanlon
HR Officer – Recruitment
Northbridge College Dublin
T: +353 1 555 0330
""",
    },
    # 23 -- French, vous, foundation with a Zurich office, iso-8859-1
    {
        "n": "fr_pleiade_invitation_entretien", "kind": "interview_invitation", "company": "Fondation Pléiade",
        "contact": "aurelie.berset@pleiade.example.ch", "lang": "fr",
        "frm": ("Aurélie Berset", "aurelie.berset@pleiade.example.ch"),
        "subject": "Invitation à un entretien - Chargée de formation (Zurich)",
        "date": "2026-04-02 09:44 +0200", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
        "text": """Madame,

Nous avons bien reçu votre candidature pour le poste de chargée de formation au sein de notre antenne de Zurich et vous en remercions.

Nous avons le plaisir de vous inviter à un entretien le jeudi 16 avril 2026 à 14h00 dans nos locaux de Zurich (Josefstrasse 92, 8005 Zurich). L'entretien se déroulera en français et en allemand et durera environ une heure. Vous rencontrerez Monsieur Pascal Vuilleumier, responsable du programme, ainsi que moi-même.

Nous vous remercions de bien vouloir nous confirmer votre présence par retour de courriel.

Dans l'attente de vous rencontrer, nous vous prions d'agréer, Madame, nos meilleures salutations.

Aurélie Berset
Ressources humaines
Fondation Pléiade
Rue de Lausanne 64, 1202 Genève
+41 22 555 78 40
""",
    },
    # 24 -- French, video interview, HTML only
    {
        "n": "fr_editions_leman_visio", "kind": "interview_invitation", "company": "Éditions du Léman",
        "contact": "theo.rochat@editions-leman.example.ch", "lang": "fr",
        "frm": ("Théo Rochat", "theo.rochat@editions-leman.example.ch"),
        "subject": "Votre candidature – entretien en visio ?",
        "date": "2026-08-17 10:12 +0200", "cte": "quoted-printable",
        "text": """Bonjour Madame Oyelaran-Weiß,

Suite à votre candidature pour le poste d'éditrice de ressources numériques (marché germanophone), nous aimerions faire votre connaissance.

Seriez-vous disponible pour un entretien en visioconférence le mardi 25 août à 10h30 ? Il durera environ 45 minutes, avec notre directrice éditoriale, Mme Nathalie Favre.

Si ce créneau ne vous convient pas, n'hésitez pas à m'en proposer un autre.

Au plaisir d'échanger avec vous,

Théo Rochat
Chargé de recrutement
Éditions du Léman
Avenue de la Gare 27, 1003 Lausanne
Éditions du Léman SA – CHE-105.442.871
""",
    },
    # 25 -- Spanish agency relays the client, tú
    {
        "n": "es_agencia_aulaviva_quiere_conocerte", "kind": "interview_invitation", "company": "Aulaviva",
        "contact": "javier.montero@talentia.example.es", "lang": "es",
        "frm": ("Javier Montero", "javier.montero@talentia.example.es"),
        "subject": "Aulaviva quiere conocerte",
        "date": "2026-09-09 17:35 +0200", "cte": "quoted-printable",
        "text": """¡Hola Hannah!

Te escribo con buenas noticias: Aulaviva ha revisado tu perfil y quiere hacerte una entrevista para el puesto de diseñadora instruccional para el mercado alemán (100% remoto desde Alemania).

La propuesta es el jueves 17 de septiembre a las 16:00 (hora de Madrid), por Google Meet, con Carmen Ruiz, responsable de contenidos. Será en español y un ratito en alemán, para ver cómo te manejas con los clientes.

¿Te viene bien? Si no, dime qué franjas te encajan y lo muevo.

Un saludo,
Javier

Javier Montero
Consultor Senior · Talentia Selección
Calle de Serrano 41, 28001 Madrid · +34 91 555 23 60
""",
    },
    # 26 -- Spanish foundation, usted, alternative
    {
        "n": "es_fundacion_videollamada", "kind": "interview_invitation", "company": "Fundación Horizonte Digital",
        "contact": "ines.calvo@horizontedigital.example.org", "lang": "es",
        "frm": ("Inés Calvo", "ines.calvo@horizontedigital.example.org"),
        "subject": "Invitación a entrevista – Coordinadora de formación (proyecto Berlín)",
        "date": "2026-05-05 12:20 +0200", "cte": "quoted-printable",
        "text": """Estimada Sra. Oyelaran-Weiß:

En relación con su candidatura para el puesto de coordinadora de formación de nuestro proyecto en Berlín, nos complace invitarle a una entrevista por videollamada.

Fecha: miércoles, 13 de mayo de 2026
Hora: 10:00 (hora peninsular española)
Plataforma: Microsoft Teams (le enviaremos el enlace el día anterior)

En la entrevista participarán D. Ignacio Ferrer, director de programas, y yo misma. Le rogamos que nos confirme su disponibilidad respondiendo a este correo.

Atentamente,

Inés Calvo
Responsable de Personas
Fundación Horizonte Digital
Calle Mayor 12, 28013 Madrid
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;">
<p>Estimada Sra. Oyelaran-Weiß:</p>
<p>En relación con su candidatura para el puesto de coordinadora de formación de nuestro proyecto en Berlín, nos complace invitarle a una entrevista por videollamada.</p>
<table cellpadding="3"><tr><td><b>Fecha:</b></td><td>miércoles, 13 de mayo de 2026</td></tr>
<tr><td><b>Hora:</b></td><td>10:00 (hora peninsular española)</td></tr>
<tr><td><b>Plataforma:</b></td><td>Microsoft Teams (le enviaremos el enlace el día anterior)</td></tr></table>
<p>En la entrevista participarán D. Ignacio Ferrer, director de programas, y yo misma. Le rogamos que nos confirme su disponibilidad respondiendo a este correo.</p>
<p>Atentamente,</p>
<p>Inés Calvo<br>Responsable de Personas<br><img src="https://www.horizontedigital.example.org/firma/logo.png" alt="Fundación Horizonte Digital" width="150"><br>Calle Mayor 12, 28013 Madrid</p>
</body></html>
""",
    },
]

RESCHEDULES = [
    # 1 -- Outlook update of the same meeting (same UID, SEQUENCE:1)
    {
        "n": "outlook_sequence_update_weissblau", "kind": "interview_reschedule_or_cancel",
        "company": "Weißblau Versicherungen", "contact": "lena.gruber@weissblau.example.de", "lang": "de",
        "frm": ("Gruber, Lena", "lena.gruber@weissblau.example.de"),
        "subject": "Aktualisiert: Vorstellungsgespräch Trainerin Vertriebsakademie (m/w/d)",
        "date": "2026-04-16 08:52 +0200", "cte": "quoted-printable",
        "in_reply_to": WEISSBLAU_INVITE_ID,
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

leider muss ich unser Gespräch am kommenden Dienstag verschieben, da Herr Aigner an diesem Tag kurzfristig zu einer Vertriebstagung muss. Ich habe den Termin auf

Donnerstag, 23. April 2026, 14:00 – 15:00 Uhr

verlegt; Ort und Ablauf bleiben gleich. Die aktualisierte Einladung finden Sie in dieser Nachricht. Bitte sagen Sie mir Bescheid, falls der neue Termin für Sie nicht möglich ist.

Entschuldigen Sie die Umstände!

Mit freundlichen Grüßen
Lena Gruber
Weißblau Versicherungen AG
""",
        "html": """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt;">
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>leider muss ich unser Gespräch am kommenden Dienstag verschieben, da Herr Aigner an diesem Tag kurzfristig zu einer Vertriebstagung muss. Ich habe den Termin auf</p>
<p><b>Donnerstag, 23. April 2026, 14:00 – 15:00 Uhr</b></p>
<p>verlegt; Ort und Ablauf bleiben gleich. Die aktualisierte Einladung finden Sie in dieser Nachricht. Bitte sagen Sie mir Bescheid, falls der neue Termin für Sie nicht möglich ist.</p>
<p>Entschuldigen Sie die Umstände!</p>
<p>Mit freundlichen Grüßen<br>Lena Gruber<br>Weißblau Versicherungen AG</p>
</div></body></html>
""",
        "ics_method": "REQUEST",
        "ics": f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Gruber, Lena":mailto:lena.gruber@weissblau.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Oyelaran-Weiß:mailto:hannah.ow@example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Aigner, Florian":mailto:florian.aigner@weissblau.example.de
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Trainerin Vertriebsakademie – Oyelaran-Weiß
DTSTART:20260423T120000Z
DTEND:20260423T130000Z
UID:{WEISSBLAU_UID}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260416T065200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Leopoldstraße 180, 80804 München, Haus B, Raum 4.12
END:VEVENT
END:VCALENDAR
""",
    },
    # 2 -- Google Calendar cancellation, METHOD:CANCEL with the invitation's UID
    {
        "n": "google_calendar_cancel_coral", "kind": "interview_reschedule_or_cancel", "company": "Coral Academy",
        "contact": "eva.jansen@coralacademy.example.nl", "lang": "en",
        "frm": ("Eva Jansen", "eva.jansen@coralacademy.example.nl"),
        "reply_to": ("Eva Jansen", "eva.jansen@coralacademy.example.nl"),
        "subject": "Cancelled event: Interview Hannah Oyelaran-Weiß / Coral Academy @ Tue 12 May 2026 10:00 - 10:45 (CEST) (hannah.ow@example.de)",
        "date": "2026-05-11 07:58 +0000", "cte": "quoted-printable", "in_reply_to": CORAL_INVITE_ID,
        "text": """This event has been cancelled.

Interview Hannah Oyelaran-Weiß / Coral Academy
When: Tuesday 12 May 2026 10:00 – 10:45 (Central European Time - Amsterdam)

Message from the organiser:
Sorry Hannah – Joris is off sick this week, so we need to move your interview. I'll send you a couple of new options for next week later today. Apologies for the short notice! Eva

Invitation from Google Calendar
""",
        "html": """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;">
<div style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:600px;">
<p style="color:#d93025;">This event has been cancelled.</p>
<h2 style="font-weight:400;font-size:22px;color:#202124;text-decoration:line-through;">Interview Hannah Oyelaran-Weiß / Coral Academy</h2>
<p>Tuesday 12 May 2026 10:00 – 10:45 (Central European Time - Amsterdam)</p>
<p><b>Message from the organiser:</b><br>Sorry Hannah – Joris is off sick this week, so we need to move your interview. I'll send you a couple of new options for next week later today. Apologies for the short notice! Eva</p>
<p style="font-size:11px;color:#70757a;">Invitation from Google Calendar</p>
</div></body></html>
""",
        "ics_method": "CANCEL",
        "ics": f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260512T080000Z
DTEND:20260512T084500Z
DTSTAMP:20260511T075800Z
ORGANIZER;CN=Eva Jansen:mailto:eva.jansen@coralacademy.example.nl
UID:{CORAL_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=hannah.ow@example.de:mailto:hannah.ow@example.de
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview Hannah Oyelaran-Weiß / Coral Academy
END:VEVENT
END:VCALENDAR
""",
    },
    # 3 -- interviewer ill, new slots
    {
        "n": "interviewer_ill_isarwerk", "kind": "interview_reschedule_or_cancel", "company": "Isarwerk Digital Learning",
        "contact": "k.wimmer@isarwerk.example.de", "lang": "de",
        "frm": ("Katharina Wimmer", "k.wimmer@isarwerk.example.de"),
        "subject": "Unser Gespräch morgen – Verschiebung",
        "date": "2026-03-10 16:27 +0100", "cte": "quoted-printable",
        "text": """Hallo Frau Oyelaran-Weiß,

leider ist Dr. Vogt heute krank geworden und fällt voraussichtlich bis Ende der Woche aus. Da wir das Gespräch gern gemeinsam mit ihm führen möchten, müssen wir den Termin morgen (Mittwoch, 15:00 Uhr) leider verschieben.

Neue Vorschläge:
- Freitag, 13. März, 10:00 Uhr (falls er bis dahin wieder fit ist)
- Montag, 16. März, 14:00 Uhr

Bitte geben Sie mir kurz Bescheid, was Ihnen besser passt. Es tut mir leid für die kurzfristige Änderung!

Viele Grüße
Katharina Wimmer
Talent Acquisition | Isarwerk Digital Learning
Balanstraße 73 | 81541 München
""",
    },
    # 4 -- interview switched to video
    {
        "n": "switched_to_video_hanse", "kind": "interview_reschedule_or_cancel", "company": "Hanse Logistik Akademie",
        "contact": "b.carstensen@hanse-logistik-akademie.example.de", "lang": "de",
        "frm": ("Björn Carstensen", "b.carstensen@hanse-logistik-akademie.example.de"),
        "subject": "Gespräch am 5.2. – jetzt per Video",
        "date": "2026-02-02 12:40 +0100", "cte": "8bit",
        "text": """Moin Frau Oyelaran-Weiß,

kleine Planänderung: Wegen des angekündigten Bahnstreiks möchte ich Ihnen die Reise nach Hamburg nicht zumuten. Wir führen das Gespräch am Donnerstag, 5.2., um 10 Uhr deshalb per Microsoft Teams durch. Die Uhrzeit bleibt, Frau Petersen aus der Geschäftsführung ist ebenfalls zugeschaltet.

Den Link schicke ich Ihnen morgen. Falls Sie lieber doch persönlich kommen möchten, verschieben wir auf die Woche danach – sagen Sie einfach Bescheid.

Beste Grüße
Björn Carstensen
Hanse Logistik Akademie
""",
    },
    # 5 -- Austrian insurer moves the hearing, HTML only
    {
        "n": "austrian_hearing_moved_alpenrose", "kind": "interview_reschedule_or_cancel", "company": "Alpenrose Versicherung",
        "contact": "recruiting@alpenrose.example.at", "lang": "de",
        "frm": ("Alpenrose Recruiting", "recruiting@alpenrose.example.at"),
        "subject": "Terminänderung Hearing 8. September",
        "date": "2026-09-03 09:15 +0200", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß!

Aufgrund einer Terminkollision in der Personalentwicklung müssen wir Ihr Hearing leider verlegen. Wir dürfen Ihnen folgenden Ersatztermin vorschlagen:

  Donnerstag, 10. September 2026, 10:00 Uhr
  Praterstraße 31, 1020 Wien, Besprechungsraum "Rax"

Ablauf und Präsentationsthema bleiben unverändert. Wir ersuchen Sie um kurze Bestätigung per Antwort auf diese E-Mail und bitten um Ihr Verständnis.

Freundliche Grüße
Team Recruiting
Alpenrose Versicherung AG
Praterstraße 31 · 1020 Wien · FN 118204 t
""",
    },
    # 6 -- Swiss foundation cancels, new date to follow (the role stays open)
    {
        "n": "swiss_cancel_new_date_follows", "kind": "interview_reschedule_or_cancel", "company": "Stiftung Brückenbau Zürich",
        "contact": "regula.baumgartner@brueckenbau.example.ch", "lang": "de",
        "frm": ("Regula Baumgartner", "regula.baumgartner@brueckenbau.example.ch"),
        "subject": "Absage Termin 17. Juni",
        "date": "2026-06-12 13:05 +0200", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß

Leider müssen wir den für Mittwoch, 17. Juni, vereinbarten Gesprächstermin absagen: Unser Stiftungsrat hat kurzfristig eine ausserordentliche Sitzung auf diesen Vormittag gelegt, an der Herr Kälin und ich teilnehmen müssen.

Die Stelle ist davon nicht betroffen und wir möchten Sie nach wie vor sehr gern kennenlernen. Ich melde mich Anfang nächster Woche mit zwei, drei neuen Terminvorschlägen bei Ihnen.

Ich entschuldige mich für die Umstände, insbesondere falls Sie bereits eine Reise gebucht haben. Allfällige Stornokosten übernehmen wir selbstverständlich.

Freundliche Grüsse

Regula Baumgartner
Bereichsleiterin Bildung
Stiftung Brückenbau Zürich
""",
    },
    # 7 -- agency, client moves the date, casual
    {
        "n": "agency_kursgold_verschiebt", "kind": "interview_reschedule_or_cancel", "company": "Kursgold",
        "contact": "p.wendt@talentbruecke.example.de", "lang": "de",
        "frm": ("Paul Wendt", "p.wendt@talentbruecke.example.de"),
        "subject": "Kleine Änderung Mittwoch",
        "date": "2026-07-13 10:02 +0200", "cte": "8bit",
        "text": """Hi Hannah,

kurze Info: Kursgold muss den Termin am Mittwoch um 11 Uhr leider schieben – Can sitzt an dem Tag spontan bei einem Investor. Neuer Vorschlag ist Freitag, 17.7., auch 11 Uhr, gleicher Meet-Link.

Passt dir das? Dann geb ich gleich grünes Licht!

VG Paul

--
Paul Wendt | TalentBrücke Personalvermittlung
0341 30 86 44-12
""",
    },
    # 8 -- public body moves the selection interview, windows-1252
    {
        "n": "public_vhs_termin_verlegt", "kind": "interview_reschedule_or_cancel",
        "company": "Zweckverband Volkshochschulen Leipziger Land", "contact": "m.rudolph@vhs-leipziger-land.example.de",
        "lang": "de",
        "frm": ("Matthias Rudolph", "m.rudolph@vhs-leipziger-land.example.de"),
        "subject": "Verlegung Ihres Auswahlgesprächs (Ausschreibung 07/2026)",
        "date": "2026-09-22 14:48 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

wir müssen das für Montag, den 28. September, 9:30 Uhr vorgesehene Auswahlgespräch leider verlegen, da die Sitzung des Personalrats auf diesen Tag vorgezogen wurde und dessen Mitglied an der Auswahlkommission teilnehmen muss.

Neuer Termin: Donnerstag, 1. Oktober 2026, 13:00 Uhr – gleicher Ort (Lindenallee 3, Borna, Sitzungszimmer 1).

Wir bitten um Ihr Verständnis und um eine kurze Rückmeldung, ob Ihnen der neue Termin möglich ist. Die übrigen Hinweise aus unserer Einladung vom 14. September gelten weiter.

Mit freundlichen Grüßen

Matthias Rudolph
Personalstelle
Zweckverband Volkshochschulen Leipziger Land
""",
    },
    # 9 -- publisher moves the interview; the quoted mail contains an old "leider ... keine Zusage"
    {
        "n": "publisher_moved_misleading_quote", "kind": "interview_reschedule_or_cancel",
        "company": "Kettler & Saborowski Verlag", "contact": "i.saborowski@ks-verlag.example.de", "lang": "de",
        "frm": ("Dr. Ines Saborowski", "i.saborowski@ks-verlag.example.de"),
        "subject": "AW: Gesprächseinladung: Redakteurin digitale Lernmedien",
        "date": "2026-05-08 17:10 +0200", "cte": "quoted-printable",
        "text": """Liebe Frau Oyelaran-Weiß,

ich muss unser Gespräch am Mittwoch leider verschieben – unsere Herstellungsleiterin ist nächste Woche kurzfristig auf einer Druckerei-Abnahme in Leipzig. Ginge stattdessen Freitag, 15. Mai, um 11:00 Uhr? Ort wie besprochen.

Viele Grüße
Ines Saborowski

Von: Dr. Ines Saborowski
Gesendet: Montag, 27. April 2026 11:18
An: Hannah Oyelaran-Weiß
Betreff: Gesprächseinladung: Redakteurin digitale Lernmedien

Sehr geehrte Frau Oyelaran-Weiß,

für die ursprünglich ausgeschriebene Stelle als Lektorin Grundschule können wir Ihnen leider keine Zusage geben, da diese bereits besetzt ist. Gern möchten wir Sie aber zu einem Gespräch über die Stelle als Redakteurin für digitale Lernmedien einladen: Mittwoch, 13. Mai 2026, 11:00 Uhr, Oranienstraße 183.

Mit herzlichen Grüßen
Dr. Ines Saborowski
Programmleitung Digitale Bildung
Kettler & Saborowski Verlag
""",
    },
    # 10 -- Greenhouse reschedule, Reply-To coordinator, alternative
    {
        "n": "greenhouse_reschedule_harbourview", "kind": "interview_reschedule_or_cancel",
        "company": "Harbourview Software", "contact": "orla.fitzgerald@harbourview.example.ie", "lang": "en",
        "frm": ("Harbourview Software via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Orla Fitzgerald", "orla.fitzgerald@harbourview.example.ie"),
        "subject": "We need to reschedule your interview",
        "date": "2026-08-05 08:31 +0100", "cte": "quoted-printable",
        "text": """Hi Hannah,

Unfortunately Conor has been pulled into a customer escalation and can't make your interview this Thursday (6 August, 14:00). Really sorry about that.

Could you pick a new time here? The slots run through next week:
https://app.greenhouse.example.io/scheduler/harbourview/7c1e93/reschedule

Thanks for your flexibility,
Orla
""",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;">
<p>Hi Hannah,</p>
<p>Unfortunately Conor has been pulled into a customer escalation and can't make your interview this Thursday (6 August, 14:00). Really sorry about that.</p>
<p>Could you pick a new time here? The slots run through next week:<br>
<a href="https://app.greenhouse.example.io/scheduler/harbourview/7c1e93/reschedule">Pick a new time</a></p>
<p>Thanks for your flexibility,<br>Orla</p>
<p style="font-size:11px;color:#999;">Harbourview Software · Sir John Rogerson's Quay, Dublin 2</p>
</body></html>
""",
    },
    # 11 -- terse move request from the recruiter
    {
        "n": "terse_move_to_thursday_keizers", "kind": "interview_reschedule_or_cancel", "company": "Keizers Digital",
        "contact": "femke@keizersdigital.example.nl", "lang": "en",
        "frm": ("Femke Visser", "femke@keizersdigital.example.nl"),
        "subject": "Re: Quick chat with our Head of L&D?",
        "date": "2026-05-29 18:47 +0200", "cte": "quoted-printable",
        "text": """Hi Hannah - could we move the chat with Maarten from Tuesday to Thursday 4 June, same time (14:00)? Something came up on his side. Sorry!

Femke

Sent from Outlook for iOS
________________________________
From: Hannah Oyelaran-Weiß <hannah.ow@example.de>
Sent: Tuesday, May 26, 2026 1:12:40 PM
To: Femke Visser <femke@keizersdigital.example.nl>
Subject: Re: Quick chat with our Head of L&D?

Hi Femke,

Thank you, that's great news! Tuesday 2 June at 14:00 works perfectly for me. Looking forward to meeting Maarten.

Best wishes,
Hannah
""",
    },
    # 12 -- college changes venue to online
    {
        "n": "college_now_online", "kind": "interview_reschedule_or_cancel", "company": "Northbridge College Dublin",
        "contact": "recruitment@northbridge.example.ie", "lang": "en",
        "frm": ("HR Recruitment - Northbridge College", "recruitment@northbridge.example.ie"),
        "subject": "Change to interview arrangements – Ref NBC-2026-117",
        "date": "2026-09-25 12:12 +0100", "cte": "quoted-printable",
        "text": """Dear Ms Oyelaran-Weiß,

Due to planned building works at the Dorset Street campus, all interviews scheduled for Thursday, 1 October will now take place online via Microsoft Teams. Your interview time is unchanged (11:15 Irish time, 12:15 in Germany).

A Teams invitation will follow separately. Please email your presentation slides to this address by 17:00 on Wednesday, 30 September, so that the board can share them on screen.

If you have any difficulty with the new arrangements, please let me know by reply.

Yours sincerely,

Deirdre Hanlon
HR Officer – Recruitment
Northbridge College Dublin
""",
    },
    # 13 -- French, postponement
    {
        "n": "fr_pleiade_report", "kind": "interview_reschedule_or_cancel", "company": "Fondation Pléiade",
        "contact": "aurelie.berset@pleiade.example.ch", "lang": "fr",
        "frm": ("Aurélie Berset", "aurelie.berset@pleiade.example.ch"),
        "subject": "Report de votre entretien du 16 avril",
        "date": "2026-04-13 15:31 +0200", "cte": "quoted-printable",
        "text": """Madame,

Nous sommes contraints de reporter votre entretien prévu le jeudi 16 avril à 14h00 : M. Vuilleumier doit se rendre à Berne pour une réunion avec nos bailleurs de fonds.

Pourriez-vous nous indiquer si l'un des créneaux suivants vous conviendrait ?
- mardi 21 avril à 10h00
- mercredi 22 avril à 15h30

L'entretien aura lieu au même endroit. Nous vous prions de bien vouloir nous excuser pour ce contretemps.

Meilleures salutations,

Aurélie Berset
Ressources humaines – Fondation Pléiade
""",
    },
    # 14 -- French, time change with a French Outlook chain ("De : / Envoyé :")
    {
        "n": "fr_leman_changement_horaire_outlook", "kind": "interview_reschedule_or_cancel", "company": "Éditions du Léman",
        "contact": "theo.rochat@editions-leman.example.ch", "lang": "fr",
        "frm": ("Théo Rochat", "theo.rochat@editions-leman.example.ch"),
        "subject": "RE: Votre candidature – entretien en visio ?",
        "date": "2026-08-24 11:55 +0200", "cte": "quoted-printable",
        "text": """Bonjour Madame Oyelaran-Weiß,

Petit changement d'horaire pour demain : Mme Favre sort d'une réunion à 10h30, pourrions-nous décaler l'entretien à 11h15 ? Le lien de visio reste le même.

Merci de votre compréhension et à demain,

Théo Rochat
Éditions du Léman

De : Hannah Oyelaran-Weiß <hannah.ow@example.de>
Envoyé : lundi 17 août 2026 18:20
À : Théo Rochat <theo.rochat@editions-leman.example.ch>
Objet : Re: Votre candidature – entretien en visio ?

Bonjour Monsieur Rochat,

Merci beaucoup pour votre message. Le mardi 25 août à 10h30 me convient parfaitement. Je me réjouis de cet échange.

Bien cordialement,
Hannah Oyelaran-Weiß

De : Théo Rochat <theo.rochat@editions-leman.example.ch>
Envoyé : lundi 17 août 2026 10:12
À : Hannah Oyelaran-Weiß <hannah.ow@example.de>
Objet : Votre candidature – entretien en visio ?

Bonjour Madame Oyelaran-Weiß,

Suite à votre candidature pour le poste d'éditrice de ressources numériques, nous aimerions faire votre connaissance. Seriez-vous disponible pour un entretien en visioconférence le mardi 25 août à 10h30 ?

Théo Rochat
""",
    },
    # 15 -- Spanish, time change, Outlook chain "De: / Enviado:"
    {
        "n": "es_horizonte_cambio_hora", "kind": "interview_reschedule_or_cancel", "company": "Fundación Horizonte Digital",
        "contact": "ines.calvo@horizontedigital.example.org", "lang": "es",
        "frm": ("Inés Calvo", "ines.calvo@horizontedigital.example.org"),
        "subject": "RE: Invitación a entrevista – Coordinadora de formación (proyecto Berlín)",
        "date": "2026-05-11 09:26 +0200", "cte": "8bit",
        "text": """Estimada Sra. Oyelaran-Weiß:

Le escribo para comunicarle un cambio de hora: por un solapamiento en la agenda de D. Ignacio Ferrer, la entrevista del miércoles 13 de mayo pasa de las 10:00 a las 12:30 (hora peninsular). La plataforma sigue siendo Microsoft Teams.

Le ruego disculpe las molestias y me confirme si le viene bien.

Atentamente,
Inés Calvo

De: Hannah Oyelaran-Weiß <hannah.ow@example.de>
Enviado: martes, 5 de mayo de 2026 19:03
Para: Inés Calvo <ines.calvo@horizontedigital.example.org>
Asunto: Re: Invitación a entrevista – Coordinadora de formación (proyecto Berlín)

Estimada Sra. Calvo:

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista del miércoles 13 de mayo a las 10:00.

Un cordial saludo,
Hannah Oyelaran-Weiß
""",
    },
]

MISSED = [
    # 1 -- "we waited for you at 10:00"
    {
        "n": "waited_at_ten_dib", "kind": "missed_interview_notice", "company": "Dresdner Institut für Berufsbildung",
        "contact": "u.sperling@dib-dresden.example.de", "lang": "de",
        "frm": ("Ute Sperling", "u.sperling@dib-dresden.example.de"),
        "subject": "Ihr Vorstellungsgespräch heute",
        "date": "2026-06-02 11:08 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

wir haben heute um 10:00 Uhr vergeblich auf Sie gewartet. Herr Dr. Wendel und Frau Kunze hatten sich den Vormittag für Ihr Gespräch und Ihre Lehrprobe freigehalten.

Falls Ihnen etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir. Ob wir einen neuen Termin anbieten können, kann ich Ihnen allerdings nicht zusagen.

Mit freundlichen Grüßen

Ute Sperling
Sekretariat der Geschäftsführung
Dresdner Institut für Berufsbildung (DIB) gGmbH
Tel. 0351 4 72 18-0
""",
    },
    # 2 -- "you did not join the Teams call", HTML only
    {
        "n": "not_joined_teams_elbtal", "text_from_html": True, "kind": "missed_interview_notice", "company": "Elbtal Logistik",
        "contact": "daniela.kuehn@elbtal-logistik.example.de", "lang": "de",
        "frm": ("Kühn, Daniela", "daniela.kuehn@elbtal-logistik.example.de"),
        "subject": "Online-Interview heute 10:00 Uhr",
        "date": "2026-03-31 10:34 +0200", "cte": "quoted-printable",
        "html": """<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f;">
<p>Guten Tag Frau Oyelaran-Weiß,</p>
<p>für heute 10:00 Uhr war über unser Buchungssystem Ihr Online-Interview gebucht. Leider haben Sie sich nicht in den Teams-Call eingewählt; wir haben bis 10:20 Uhr gewartet.</p>
<p>Vielleicht gab es ein technisches Problem? Wenn Sie weiterhin Interesse an der Stelle haben, antworten Sie mir bitte kurz, dann schauen wir nach einem neuen Termin.</p>
<p>Mit freundlichen Grüßen<br>Daniela Kühn<br>Personalreferentin</p>
<p><span style="color:#1e7fb8;font-weight:bold;">Elbtal Logistik GmbH</span><br>Magdeburger Straße 58 · 01067 Dresden<br>Tel. 0351 86 40 2-213</p>
</div></body></html>
""",
    },
    # 3 -- staffing firm tried to call for the phone interview
    {
        "n": "tried_to_call_consigna", "kind": "missed_interview_notice", "company": "Consigna Personaldienstleistungen",
        "contact": "a.seifert@consigna.example.de", "lang": "de",
        "frm": ("Anja Seifert", "a.seifert@consigna.example.de"),
        "subject": "Telefoninterview 14 Uhr – nicht erreicht",
        "date": "2026-05-13 14:26 +0200", "cte": "quoted-printable",
        "text": """Hallo Frau Oyelaran-Weiß,

wir waren heute um 14:00 Uhr zum Telefoninterview verabredet. Ich habe Sie zweimal unter 0176 … angerufen und Ihnen auf die Mailbox gesprochen, Sie aber leider nicht erreicht.

Melden Sie sich gern, wenn Sie noch Interesse an der Stelle als Trainerin bei unserem Kunden im Leipziger Norden haben – ich bin heute noch bis 17 Uhr erreichbar.

Freundliche Grüße
Anja Seifert
Recruiterin | Consigna Personaldienstleistungen GmbH, Niederlassung Leipzig
Tel. 0341 49 25 77-34
""",
    },
    # 4 -- a tutoring institute: trial lesson not attended, windows-1252 8bit
    {
        "n": "probestunde_not_attended_lernpunkt", "kind": "missed_interview_notice", "company": "Nachhilfeinstitut Lernpunkt",
        "contact": "leitung@lernpunkt-dresden.example.de", "lang": "de",
        "frm": ("Nachhilfeinstitut Lernpunkt", "leitung@lernpunkt-dresden.example.de"),
        "subject": "Ihre Hospitation heute",
        "date": "2026-01-14 17:45 +0100", "charset": "windows-1252", "cte": "8bit",
        "text": """Hallo Frau Oyelaran-Weiß,

heute um 15 Uhr waren Sie bei uns zur Hospitation mit anschließender Probestunde (Mathe, 4. Klasse) eingeplant. Sie sind leider nicht erschienen, und wir haben auch keine Absage bekommen. Die Schülerin und ihre Mutter waren extra gekommen…

Wenn das ein Missverständnis war, rufen Sie mich bitte an oder schreiben Sie mir. Ansonsten gehe ich davon aus, dass sich die Sache erledigt hat.

Gruß
Birgit Hänsel
Institutsleitung

Nachhilfeinstitut Lernpunkt – Dresden-Neustadt
Louisenstraße 31, 01099 Dresden, Tel. 0351 8 10 42 77
""",
    },
    # 5 -- Austrian cooperative: you did not appear on Monday
    {
        "n": "austrian_not_appeared_oebk", "kind": "missed_interview_notice", "company": "ÖBK – Österreichische Bildungskooperative",
        "contact": "t.leitner@oebk.example.at", "lang": "de",
        "frm": ("Thomas Leitner", "t.leitner@oebk.example.at"),
        "subject": "Gesprächstermin Montag, 16. März",
        "date": "2026-03-17 08:20 +0100", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

am gestrigen Montag um 11:00 Uhr wären wir zu einem Bewerbungsgespräch via Zoom verabredet gewesen. Leider sind Sie dem Termin ferngeblieben, und wir haben auch keine Nachricht von Ihnen erhalten.

Sollte es einen Grund geben, der Sie verhindert hat, ersuchen wir um eine kurze Rückmeldung bis Ende der Woche. Andernfalls müssen wir Ihre Bewerbung als zurückgezogen betrachten.

Mit freundlichen Grüßen

Mag. (FH) Thomas Leitner
Personalmanagement
ÖBK – Österreichische Bildungskooperative
Lerchenfelder Gürtel 43, 1160 Wien
""",
    },
    # 6 -- Swiss public centre, missed video call, HTML only
    {
        "n": "swiss_not_in_video_call", "kind": "missed_interview_notice", "company": "Pädagogisches Zentrum Limmattal",
        "contact": "n.frei@pz-limmattal.example.ch", "lang": "de",
        "frm": ("Nadja Frei", "n.frei@pz-limmattal.example.ch"),
        "subject": "Unser Video-Call von heute Nachmittag",
        "date": "2026-05-07 15:02 +0200", "cte": "quoted-printable",
        "text": """Guten Tag Frau Oyelaran-Weiss

Leider konnten wir Sie heute um 14.00 Uhr nicht im Video-Call begrüssen. Frau Dr. Imhof und ich waren eingewählt und haben eine Viertelstunde gewartet.

Ich gehe davon aus, dass etwas Unvorhergesehenes passiert ist. Möchten Sie einen neuen Termin vereinbaren? Dann melden Sie sich bitte bis Montag bei mir.

Freundliche Grüsse

Nadja Frei
HR-Fachfrau
Pädagogisches Zentrum Limmattal
Bahnhofplatz 9, 8953 Dietikon
Tel. +41 44 555 19 08
""",
    },
    # 7 -- Ashby, "we missed you", Reply-To person, HTML only
    {
        "n": "missed_zoom_greenloop", "kind": "missed_interview_notice", "company": "GreenLoop",
        "contact": "daan.bakker@greenloop.example.nl", "lang": "en",
        "frm": ("GreenLoop Hiring", "no-reply@ashbyhq.com"),
        "reply_to": ("Daan Bakker", "daan.bakker@greenloop.example.nl"),
        "subject": "We missed you today",
        "date": "2026-06-16 14:41 +0200", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Inter,Helvetica,sans-serif;font-size:15px;color:#0f2a1d;">
<div style="max-width:540px;margin:0 auto;padding:20px;">
<p>Hi Hannah,</p>
<p>Yara and I were on the Zoom at 14:00 for your interview, but it looks like you weren't able to join. We waited about 15 minutes.</p>
<p>No worries if something came up — just reply to this email and let us know if you'd still like to go ahead, and we'll try to find another time this week.</p>
<p>Best,<br>Daan<br>People Lead, GreenLoop</p>
</div>
""" + pixel("https://app.ashbyhq.example.com/track/open/2b7c41") + """
</body></html>
""",
    },
    # 8 -- Dublin agency, terse, the client waited on the line
    {
        "n": "agency_tried_calling_fernhill", "kind": "missed_interview_notice", "company": "Fernhill Pharma",
        "contact": "siobhan@odwyerkane.example.ie", "lang": "en",
        "frm": ("Siobhán Kane", "siobhan@odwyerkane.example.ie"),
        "subject": "?",
        "date": "2026-09-24 15:21 +0100", "cte": "quoted-printable",
        "text": """Hannah, tried calling you a few times – Fernhill were waiting in the Teams call from 3 and you didn't join. Paula has another interview at 4 so they've closed the call.

Are you OK? Ring me as soon as you see this and I'll see if they can do tomorrow.

Siobhán
O'Dwyer & Kane Recruitment
+353 1 555 0187

Sent from my iPhone
""",
    },
    # 9 -- French, "we waited for you this morning"
    {
        "n": "fr_attendue_ce_matin_irfc", "kind": "missed_interview_notice", "company": "Institut Romand de Formation Continue",
        "contact": "s.pittet@irfc.example.ch", "lang": "fr",
        "frm": ("Sandrine Pittet", "s.pittet@irfc.example.ch"),
        "subject": "Entretien de ce matin",
        "date": "2026-03-04 11:40 +0100", "cte": "quoted-printable",
        "text": """Madame,

Nous vous avons attendue ce matin à 9h30 pour l'entretien prévu dans nos locaux de Zurich, mais vous ne vous êtes pas présentée. Nous avons également essayé de vous joindre par téléphone, sans succès.

Si un empêchement indépendant de votre volonté vous a retenue, merci de nous contacter d'ici vendredi afin que nous puissions envisager la suite.

Meilleures salutations,

Sandrine Pittet
Assistante RH
Institut Romand de Formation Continue (IRFC)
Stampfenbachstrasse 48, 8006 Zurich
""",
    },
    # 10 -- Spanish, tú, you did not connect to today's video call
    {
        "n": "es_no_te_conectaste_aprendia", "kind": "missed_interview_notice", "company": "Aprendia",
        "contact": "marta.iglesias@aprendia.example.es", "lang": "es",
        "frm": ("Marta Iglesias", "marta.iglesias@aprendia.example.es"),
        "subject": "¿Todo bien? Videollamada de hoy",
        "date": "2026-06-10 12:18 +0200", "cte": "quoted-printable",
        "text": """Hola Hannah:

Te esperábamos hoy a las 11:30 en la videollamada con Álvaro y conmigo, pero no te conectaste. Te hemos escrito también por LinkedIn por si acaso.

Si ha sido un problema con el enlace o con la hora (recuerda que la invitación estaba en hora de Madrid, que es la misma que la tuya), dímelo y buscamos otro hueco esta semana.

Un saludo,
Marta
People & Culture · Aprendia
""",
    },
]

MESSAGES = INVITES + RESCHEDULES + MISSED
