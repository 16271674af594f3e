"""Interview invitations, reschedules and cancellations, and missed-interview notices.

Each written by hand for the hundred-and-first corpus. Calendar parts: a REQUEST from Outlook
and one from Google Calendar, a SEQUENCE update of the first, a CANCEL of the second.
"""

from __future__ import annotations

from msgs101_common import (
    ats_shell,
    gmail_html,
    mso,
    original_message,
    outlook,
    outlook_html,
    paras,
    pixel,
    quoted,
    trk,
)

SPECS: list[dict] = []

MERIDIA_UID = "040000008200E00074C5B7101A82E00800000000A0F4C1D2E8A9DC01000000000000000010000000C3D7E91B5F2A4D48B0E6A1F90C2D7E44"
PRICEPILOT_UID = "5q2m8t0rj1c6v9b3kd7e4hn2po@google.com"

# ================================================================ interview_invitation

SPECS.append({
    "scenario": "greenhouse_yieldnest_pick_time",
    "kind": "interview_invitation", "company": "Yieldnest", "contact": "hannah.okafor@yieldnest.example.de", "language": "en",
    "from": ("Yieldnest via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Hannah Okafor", "hannah.okafor@yieldnest.example.de"),
    "subject": "Next steps with Yieldnest - let's talk!",
    "date": "2026-02-16 10:48", "tz": "utc",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Katharina,

Thanks for applying to the Hotel Partner Manager (DACH) role at Yieldnest! We enjoyed reading your application - ten years at the front desk of a Viennese five-star plus your revenue certificate is exactly the mix we look for.

I'd love to set up a 30-minute video interview with you to tell you more about the team and learn about your experience. Please choose a slot that works for you using the link below:

https://app.greenhouse.io/scheduling/ynst-7f21c0/select

If none of the times suit, just reply to this email and I'll find another one.

Looking forward to meeting you,
Hannah

Hannah Okafor
Talent Partner, Yieldnest
Rosenthaler Str. 40, 10178 Berlin
""",
    "html": ats_shell(
        logo="https://s3.amazonaws.com/grnhse-email/yieldnest/logo.png",
        logo_alt="Yieldnest",
        accent="#0d9488",
        body=paras("""Hi Katharina,

Thanks for applying to the Hotel Partner Manager (DACH) role at Yieldnest! We enjoyed reading your application – ten years at the front desk of a Viennese five-star plus your revenue certificate is exactly the mix we look for.

I'd love to set up a 30-minute video interview with you to tell you more about the team and learn about your experience. Please choose a slot that works for you:""")
        + f'\n<p style="margin:20px 0"><a href="{trk("email.greenhouse-mail.io", "ynst-7f21c0-select")}" style="background:#0d9488;color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px;font-weight:bold">Select a time</a></p>\n'
        + paras("""If none of the times suit, just reply to this email and I'll find another one.

Looking forward to meeting you,
Hannah

Hannah Okafor
Talent Partner, Yieldnest"""),
        footer="Yieldnest GmbH · Rosenthaler Str. 40 · 10178 Berlin · HRB 228871 B · Geschäftsführer: Malte Iversen",
        open_px=pixel("email.greenhouse-mail.io", "ynst0216"),
    ),
})

SPECS.append({
    "scenario": "meridia_outlook_calendar_request",
    "kind": "interview_invitation", "company": "Meridia Hospitality Group", "contact": "r.almansoori@meridiahg.example.com", "language": "en",
    "from": ("Rashid Al Mansoori", "r.almansoori@meridiahg.example.com"),
    "subject": "Interview: Cluster Revenue Manager - Dubai Marina (Teams)",
    "date": "2026-08-10 11:05", "tz": "dxb",
    "mid": "<DB9PR04MB8421F2E5C0A3B17D9E3B5C22A4D1@DB9PR04MB8421.eurprd04.prod.outlook.com>",
    "structure": "calendar", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""},
    "text": """Dear Katharina,

Further to your conversation with our talent acquisition team, I would like to invite you to a first interview for the Cluster Revenue Manager position covering our three Dubai Marina properties.

The interview will take place on Tuesday 18 August at 11:00 Dubai time (09:00 Vienna) via Microsoft Teams and will last around 45 minutes. Our Director of Sales & Marketing, Ms Priya Nair, will join me.

Please accept the calendar invitation to confirm, or let me know if another time suits you better.

Best regards,
Rashid Al Mansoori
Director of Revenue Strategy, Middle East
Meridia Hospitality Group
Marina Plaza, Level 21, Dubai | +971 4 555 0190

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1ZGE3>
Meeting ID: 381 226 470 115
Passcode: vK7pQm
________________________________________________________________________________
""",
    "ics": {"method": "REQUEST", "uid": MERIDIA_UID, "sequence": 0, "stamp": "2026-08-10 07:05",
            "start": "2026-08-18 11:00", "end": "2026-08-18 11:45", "tzid": "Arabian Standard Time",
            "summary": "Interview: Cluster Revenue Manager - Dubai Marina (Teams)",
            "location": "Microsoft Teams Meeting",
            "organizer": ("Rashid Al Mansoori", "r.almansoori@meridiahg.example.com"),
            "description": "Interview with Katharina Obermoser-Adeyemi. Panel: R. Al Mansoori, P. Nair."},
})

SPECS.append({
    "scenario": "brunnerwirt_phone_owner",
    "kind": "interview_invitation", "company": "Hotel Gasthof Brunnerwirt", "contact": "brunnerwirt@igls-hotel.example.at", "language": "de",
    "from": ("Hotel Gasthof Brunnerwirt", "brunnerwirt@igls-hotel.example.at"),
    "subject": "Ihre Bewerbung bei uns",
    "date": "2026-01-14 21:34",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "header_charset": "iso-8859-1",
    "text": """Grüß Gott Frau Obermoser-Adeyemi,

danke für Ihre Bewerbung für die Rezeptionsleitung, die hat mir mein Sohn weitergeleitet. Ich bin nicht so der Computermensch, darum kurz und bündig:

Hätten Sie Zeit, dass wir am Donnerstag, 22. Jänner, so um 15 Uhr telefonieren? Dann erzähle ich Ihnen ein bisserl über unser Haus und Sie mir über sich. Wenn das passt, können Sie danach gerne einmal nach Igls heraufkommen und sich alles anschauen.

Ich rufe Sie auf der Nummer aus dem Lebenslauf an. Wenn's nicht geht, einfach kurz zurückschreiben.

Schöne Grüße
Hermann Brunner

Hotel Gasthof Brunnerwirt ***S
Familie Brunner seit 1911
Hilberstraße 3, 6080 Innsbruck-Igls
Tel. 0512 37 72 10
""",
})

SPECS.append({
    "scenario": "personio_alpenrose_einladung",
    "kind": "interview_invitation", "company": "Alpenrose Hotels & Resorts", "contact": "verena.hofinger@alpenrose-hotels.example.at", "language": "de",
    "from": ("Alpenrose Hotels & Resorts Recruiting", "no-reply@personio.de"),
    "reply_to": ("Verena Hofinger", "verena.hofinger@alpenrose-hotels.example.at"),
    "subject": "Einladung zum Vorstellungsgespräch – Revenue Manager (m/w/d) Tirol Süd",
    "date": "2026-03-12 09:14",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://alpenrose-hotels.jobs.personio.de/assets/logo-email.png",
        logo_alt="Alpenrose Hotels & Resorts",
        accent="#7a2e2e",
        preheader="Wir möchten Sie kennenlernen",
        body=paras("""Sehr geehrte Frau Obermoser-Adeyemi,

schön, dass wir wieder voneinander hören! Ihre Bewerbung als Revenue Manager (m/w/d) für unsere drei Häuser in Südtirol und Osttirol hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Mittwoch, 25. März 2026, 10:00 – 11:30 Uhr
Ort: Alpenrose Hotels & Resorts, Zentrale, Maria-Theresien-Straße 31, 6020 Innsbruck, 3. Stock
Gesprächspartner: Markus Thaler (Director of Sales & Revenue), Verena Hofinger (Talent Acquisition)

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail. Die Reisekosten ab Wien übernehmen wir selbstverständlich.

Wir freuen uns auf Sie!

Verena Hofinger
Talent Acquisition""")
        + f'\n<p><a href="{trk("email.personio.de", "alpenrose-anfahrt")}" style="color:#7a2e2e">Anfahrt &amp; Parken</a></p>',
        footer=("Alpenrose Hotels &amp; Resorts GmbH · Maria-Theresien-Straße 31 · 6020 Innsbruck · FN 402118 k · LG Innsbruck<br>"
                "Diese Nachricht wurde über Personio versendet."),
        open_px=pixel("email.personio.de", "alp0312"),
    ),
})

SPECS.append({
    "scenario": "kessler_mandate_first_meeting",
    "to": ("Katharina Obermoser", "k.obermoser@example.at"),
    "kind": "interview_invitation", "company": "Kessler & Partner Executive Search", "contact": "c.kessler@kessler-partner.example.at", "language": "de",
    "from": ("Christiane Kessler", "c.kessler@kessler-partner.example.at"),
    "subject": "Vertrauliche Anfrage – Kennenlerngespräch",
    "date": "2026-02-04 07:52",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

vielen Dank für Ihren Rückruf gestern. Wie besprochen betreue ich derzeit ein vertrauliches Mandat für die Position einer „Head of Revenue & Distribution“ bei einer privat geführten Hotelgruppe mit Häusern in Wien und Salzburg. Den Namen meines Auftraggebers kann ich Ihnen zu diesem Zeitpunkt noch nicht nennen.

Ich würde Sie gerne zu einem ausführlichen Erstgespräch in unser Büro einladen:

Montag, 9. Februar 2026, 16:00 Uhr
Kessler & Partner, Wollzeile 24/8, 1010 Wien (Klingel „Kessler“)

Bitte bringen Sie, falls vorhanden, Ihre letzten beiden Dienstzeugnisse mit. Sollte der Termin nicht passen, rufen Sie mich gerne direkt an.

Mit freundlichen Grüßen

Christiane Kessler
Managing Partner
Kessler & Partner Executive Search
Wollzeile 24/8 · 1010 Wien
M +43 664 301 22 58
""",
})

SPECS.append({
    "scenario": "hoga_lindenhof_client_named",
    "kind": "interview_invitation", "company": "Hotel Lindenhof Berlin", "contact": "m.yilmaz@hoga-consult.example.de", "language": "de",
    "from": ("Mehmet Yilmaz - HOGA Personal Consult", "m.yilmaz@hoga-consult.example.de"),
    "subject": "Termin mit dem Hotel Lindenhof Berlin",
    "date": "2026-06-02 14:27",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "mid_style": "outlook",
    "text": """Hallo Frau Obermoser-Adeyemi,

gute Nachrichten aus Berlin: Herr Dressler, Direktor des Hotel Lindenhof Berlin, möchte Sie gerne persönlich kennenlernen!

Er schlägt Donnerstag, den 11. Juni, um 10:30 Uhr im Hotel vor (Linienstraße 118, 10115 Berlin, Treffpunkt Lobby). Falls Ihnen die Reise zu kurzfristig ist, wäre auch ein Videocall am 10. Juni möglich – sagen Sie mir einfach, was Ihnen lieber ist.

Inhaltlich wird es vor allem um die Zusammenlegung von Front Office und Revenue gehen, die das Haus ab Herbst plant. Ich schicke Ihnen morgen noch ein kurzes Briefing.

Beste Grüße
Mehmet Yilmaz
Senior Consultant Hotellerie

HOGA Personal Consult GmbH
Friedrichstraße 95 | 10117 Berlin
Tel. +49 30 2555 8840
Geschäftsführer: Andreas Klee | Amtsgericht Charlottenburg HRB 140223 B
""",
    "html": outlook_html(mso("""Hallo Frau Obermoser-Adeyemi,

gute Nachrichten aus Berlin: Herr Dressler, Direktor des Hotel Lindenhof Berlin, möchte Sie gerne persönlich kennenlernen!

Er schlägt Donnerstag, den 11. Juni, um 10:30 Uhr im Hotel vor (Linienstraße 118, 10115 Berlin, Treffpunkt Lobby). Falls Ihnen die Reise zu kurzfristig ist, wäre auch ein Videocall am 10. Juni möglich – sagen Sie mir einfach, was Ihnen lieber ist.

Inhaltlich wird es vor allem um die Zusammenlegung von Front Office und Revenue gehen, die das Haus ab Herbst plant. Ich schicke Ihnen morgen noch ein kurzes Briefing.

Beste Grüße
Mehmet Yilmaz
Senior Consultant Hotellerie

HOGA Personal Consult GmbH
Friedrichstraße 95 | 10117 Berlin
Tel. +49 30 2555 8840
Geschäftsführer: Andreas Klee | Amtsgericht Charlottenburg HRB 140223 B""")),
})

SPECS.append({
    "scenario": "limmatblick_probearbeitstag",
    "kind": "interview_invitation", "company": "Hotel Limmatblick", "contact": "direktion@limmatblick.example.ch", "language": "de",
    "from": ("Reto Ammann", "direktion@limmatblick.example.ch"),
    "subject": "Einladung Probearbeitstag Front Office",
    "date": "2026-04-27 16:35",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Grüezi Frau Obermoser-Adeyemi

Vielen Dank für das angenehme Telefongespräch vom Freitag. Wie angekündigt möchten wir Sie gerne zu einem Probearbeitstag in unser Haus einladen, damit Sie unser Team und unsere Abläufe am Empfang kennenlernen.

Datum: Dienstag, 5. Mai 2026
Zeit: 07:00 bis ca. 15:30 Uhr (Frühdienst, inkl. Mittagessen mit dem Team)
Treffpunkt: Mitarbeitereingang Schipfe 7, bitte bei der Réception melden
Kleidung: dunkler Anzug oder Kostüm, Namensschild erhalten Sie bei uns

Am Nachmittag nehmen wir uns noch eine halbe Stunde Zeit für ein Gespräch mit mir und unserer Revenue-Verantwortlichen. Die Reisespesen ab Wien vergüten wir Ihnen gerne.

Bitte bestätigen Sie mir den Termin bis Mittwoch.

Freundliche Grüsse

Reto Ammann
Direktor

Hotel Limmatblick
Schipfe 7 · 8001 Zürich · +41 44 555 70 70
""",
})

SPECS.append({
    "scenario": "successfactors_ostalpen_assessment",
    "kind": "interview_invitation", "company": "Ostalpen Hotels", "contact": "", "language": "de",
    "from": ("Ostalpen Hotels Karriere", "ostalpenhotels@successfactors.eu"),
    "subject": "Einladung zum Assessment Center – Revenue Trainee Programm 2026/27",
    "date": "2026-07-03 07:00", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_shell(
        logo="https://career5.successfactors.eu/companyLogo?company=ostalpenP",
        logo_alt="Ostalpen Hotels",
        accent="#b91c1c",
        body=paras("""Sehr geehrte Frau Obermoser-Adeyemi,

wir freuen uns, Ihnen mitteilen zu können, dass Sie die erste Auswahlstufe für unser Revenue Trainee Programm 2026/27 erfolgreich abgeschlossen haben.

Hiermit laden wir Sie herzlich zu unserem eintägigen Assessment Center ein:

Datum: Freitag, 17. Juli 2026, 08:30 – ca. 17:00 Uhr
Ort: Ostalpen Hotels Akademie, Schottenring 18, 1010 Wien, Seminarraum „Rax“

Ablauf: Gruppenübung, Fallstudie zur Preisgestaltung eines Stadthotels, Einzelinterview mit dem Fachbereich.

Bitte bestätigen Sie Ihre Teilnahme bis 10. Juli über den untenstehenden Link.""")
        + f'\n<p style="margin:18px 0"><a href="{trk("links.successfactors.eu", "ostalpen-ac-confirm")}" style="background:#b91c1c;color:#fff;padding:10px 16px;text-decoration:none">Teilnahme bestätigen</a></p>\n'
        + paras("""Mit freundlichen Grüßen
Ihr Recruiting-Team der Ostalpen Hotels"""),
        footer=("Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse können nicht bearbeitet werden.<br>"
                "Ostalpen Hotels AG · Schottenring 18 · 1010 Wien · FN 99821 p · Handelsgericht Wien"),
        open_px=pixel("links.successfactors.eu", "ohac0703"),
    ),
})

SPECS.append({
    "scenario": "palais_donau_second_round_quoted_leider",
    "kind": "interview_invitation", "company": "Palais Donau Vienna", "contact": "s.nowak@palaisdonau.example.at", "language": "de",
    "from": ("Nowak Sandra", "s.nowak@palaisdonau.example.at"),
    "subject": "AW: Termin erstes Gespräch",
    "date": "2026-01-27 12:18",
    "thread": ["<VI1PR07MB6020A1B2C3D4@VI1PR07MB6020.eurprd07.prod.outlook.com>",
               "<5D2A9E71-77C0-4C1E-8F3B-1A2B3C4D5E6F@example.at>"],
    "mid_style": "outlook",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Liebe Frau Obermoser-Adeyemi,

kein Problem, das verstehen wir natürlich. Und gleich die gute Nachricht dazu: Unser General Manager war nach dem ersten Gespräch mit mir so angetan von Ihrem Lebenslauf, dass wir Sie direkt zur zweiten Runde einladen möchten.

Wie wäre Donnerstag, 5. Februar, um 14:00 Uhr bei uns im Haus? Teilnehmen werden Herr Villanueva (General Manager) und ich. Bitte melden Sie sich am Concierge-Desk, Sie werden abgeholt.

Herzliche Grüße
Sandra Nowak
Human Resources Manager

Palais Donau Vienna
Obere Donaustraße 51, 1020 Wien
T +43 1 205 44 0 | palaisdonau.example.at
Donaupalais Hotelbetriebs GmbH | FN 310558 m | Handelsgericht Wien

""" + outlook("de", "Katharina Obermoser-Adeyemi <k.obermoser@example.at>", "Sonntag, 25. Jänner 2026 19:02",
              "Nowak Sandra <s.nowak@palaisdonau.example.at>", "AW: Termin erstes Gespräch",
              """Liebe Frau Nowak,

leider kann ich am Montag doch nicht, da ich im Hotel kurzfristig einen Dienst übernehmen muss. Es tut mir sehr leid! Wäre ein anderer Termin möglich?

Viele Grüße
Katharina Obermoser-Adeyemi"""),
})

SPECS.append({
    "scenario": "roomlytics_du_google_meet",
    "kind": "interview_invitation", "company": "roomlytics", "contact": "jonas@roomlytics.example.de", "language": "de",
    "from": ("Jonas from roomlytics", "jonas@roomlytics.example.de"),
    "subject": "Lass uns quatschen 🙂",
    "date": "2026-04-20 09:03",
    "mid_style": "gmail",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Hey Katharina,

danke für deine Bewerbung als Revenue Success Manager DACH! Wir duzen uns hier alle, ich hoffe, das ist okay.

Dein Profil ist spannend für uns – genau die Hotel-Perspektive fehlt uns im Team. Hast du Lust auf ein erstes Gespräch per Google Meet? Ca. 45 Minuten, ganz entspannt: du erzählst, ich erzähle, und du lernst auch gleich Leonie aus dem Produktteam kennen.

Vorschläge:
- Mo 27.4., 11:00
- Di 28.4., 16:30
- Do 30.4., 09:30

Schreib mir einfach, was dir passt, dann schicke ich dir den Link.

Cheers
Jonas

--
Jonas Brandtner
Head of Customer Success | roomlytics
Sendlinger Str. 7, 80331 München
""",
})

SPECS.append({
    "scenario": "tvb_inntal_hearing_pdf",
    "kind": "interview_invitation", "company": "Tourismusverband Inntal Mitte", "contact": "bewerbung@tvb-inntal.example.at", "language": "de",
    "from": ("Tourismusverband Inntal Mitte - Bewerbungen", "bewerbung@tvb-inntal.example.at"),
    "subject": "GZ TVB-P/2026/014 - Einladung zum Hearing",
    "date": "2026-04-08 10:30",
    "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi!

Im Auswahlverfahren für die Stelle "Referentin/Referent für Destinationsentwicklung und Gästeservice" (GZ TVB-P/2026/014) dürfen wir Sie zu einem Hearing vor der Auswahlkommission einladen.

Zeit: Dienstag, 21. April 2026, 13:30 Uhr
Ort: Sitzungssaal der Geschäftsstelle, Dorfplatz 1, 6060 Hall in Tirol

Wir ersuchen Sie, eine Präsentation von höchstens zehn Minuten zum Thema "Ganzjahrestourismus in der Region Inntal Mitte" vorzubereiten. Nähere Hinweise entnehmen Sie bitte der Beilage.

Um Bestätigung Ihrer Teilnahme bis 15. April wird gebeten.

Mit freundlichen Grüßen
Für den Geschäftsführer:
Mag. Gerlinde Auer

Tourismusverband Inntal Mitte
Dorfplatz 1, 6060 Hall in Tirol
""",
    "attachments": [{
        "filename": "Einladung_Hearing_TVB-P_2026_014.pdf",
        "title": "Einladung zum Hearing",
        "lines": ["GZ TVB-P/2026/014", "Termin: 21. April 2026, 13:30 Uhr",
                  "Ort: Sitzungssaal, Dorfplatz 1, 6060 Hall in Tirol",
                  "Praesentation: max. 10 Minuten, Beamer vorhanden",
                  "Kommission: GF, Obfrau, zwei Mitglieder des Vorstands"],
    }],
})

SPECS.append({
    "scenario": "softgarden_skyalpin_phone_slot",
    "kind": "interview_invitation", "company": "SkyAlpin", "contact": "", "language": "de",
    "from": ("SkyAlpin Recruiting", "noreply@softgarden.io"),
    "subject": "Einladung zum Telefoninterview – bitte wählen Sie einen Termin",
    "date": "2026-06-15 08:12", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://static.softgarden.io/public/skyalpin/logo-mail.png",
        logo_alt="SkyAlpin – Ihre Airline aus Tirol",
        accent="#1d4ed8",
        body=paras("""Sehr geehrte Frau Obermoser-Adeyemi,

vielen Dank für Ihre Bewerbung als Pricing & Revenue Analyst (m/w/d). Wir möchten Sie gerne in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin aus. Die verfügbaren Zeitfenster liegen zwischen 22. und 26. Juni.""")
        + f'\n<p style="margin:18px 0"><a href="{trk("t.softgarden.io", "skyalpin-slot")}" style="background:#1d4ed8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Termin auswählen</a></p>\n'
        + paras("""Im Telefoninterview wird Sie Thomas Mair, Leiter Network & Revenue, anrufen.

Mit freundlichen Grüßen
Ihr SkyAlpin Recruiting-Team"""),
        footer=("SkyAlpin Luftfahrt GmbH · Fürstenweg 180 · 6020 Innsbruck · FN 288431 t<br>"
                "Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht direkt auf diese Nachricht."),
        open_px=pixel("t.softgarden.io", "sky0615"),
    ),
})

SPECS.append({
    "scenario": "kesselhalle_munich_event",
    "kind": "interview_invitation", "company": "Alte Kesselhalle München", "contact": "jobs@kesselhalle.example.de", "language": "de",
    "from": ("Alte Kesselhalle München", "jobs@kesselhalle.example.de"),
    "subject": "Ihre Bewerbung – wir würden Sie gern kennenlernen",
    "date": "2026-09-08 13:40",
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "header_charset": "windows-1252",
    "text": """Liebe Frau Obermoser-Adeyemi,

herzlichen Dank für Ihre Bewerbung als Senior Event & Revenue Manager bei uns in der Alten Kesselhalle. Ihr Hintergrund aus der Luxushotellerie ist genau das, was wir für unser Business-Events-Segment suchen.

Wir würden Sie gern kennenlernen – am liebsten bei uns vor Ort, damit Sie die Halle auch einmal „in Aktion“ sehen. Passen Ihnen der 17. oder 18. September jeweils ab 14 Uhr? Das Gespräch führen unsere Geschäftsführerin Franziska Obermaier und ich.

Falls die Anreise aus Wien schwierig ist, machen wir das erste Gespräch auch gern per Video.

Viele Grüße aus Sendling
Lukas Greiner
Head of Sales & Events

Alte Kesselhalle München
Zielstattstraße 44 · 81379 München
Kesselhalle Eventbetriebs GmbH & Co. KG · Sitz München · HRA 109882
""",
})

SPECS.append({
    "scenario": "fh_salzach_hearing_probevortrag",
    "kind": "interview_invitation", "company": "Fachhochschule Salzach", "contact": "berufungen@fh-salzach.example.at", "language": "de",
    "from": ("FH Salzach Personalservice", "berufungen@fh-salzach.example.at"),
    "subject": "Ausschreibung 07/2026 - Einladung zu Hearing und Probevortrag",
    "date": "2026-05-28 11:02",
    "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0">
<tr><td><img src="https://www.fh-salzach.example.at/fileadmin/mail/fh-salzach-logo.png" alt="Fachhochschule Salzach - University of Applied Sciences" width="220"></td></tr>
<tr><td style="padding-top:18px">
<p>Sehr geehrte Frau Obermoser-Adeyemi,</p>
<p>die Berufungskommission für die Stelle einer Hochschullektorin / eines Hochschullektors für Revenue Management (Ausschreibung 07/2026) hat Ihre Bewerbung geprüft und lädt Sie zu einem Hearing mit Probevortrag ein.</p>
<table cellpadding="4" style="font-size:13px;border-collapse:collapse">
<tr><td style="border:1px solid #ccc"><b>Datum</b></td><td style="border:1px solid #ccc">Donnerstag, 18. Juni 2026</td></tr>
<tr><td style="border:1px solid #ccc"><b>Uhrzeit</b></td><td style="border:1px solid #ccc">09:45 Uhr (Dauer ca. 60 Minuten)</td></tr>
<tr><td style="border:1px solid #ccc"><b>Ort</b></td><td style="border:1px solid #ccc">Campus Urstein, Raum 2.114</td></tr>
<tr><td style="border:1px solid #ccc"><b>Probevortrag</b></td><td style="border:1px solid #ccc">"Dynamic Pricing in der Ferienhotellerie" (20 Min., Bachelor 4. Semester)</td></tr>
</table>
<p>Im Anschluss an den Vortrag folgt ein Gespräch mit der Kommission. Bitte teilen Sie uns bis 5. Juni mit, ob Sie den Termin wahrnehmen können.</p>
<p>Mit freundlichen Grüßen<br>
Mag.<sup>a</sup> Theresa Kirchmayr<br>
Personalservice &amp; Berufungsmanagement</p>
</td></tr>
<tr><td style="border-top:1px solid #ccc;padding-top:8px;font-size:10px;color:#777">
Fachhochschule Salzach GmbH &middot; Campus Urstein Süd 1 &middot; 5412 Puch bei Hallein
</td></tr></table></body></html>
""",
})

SPECS.append({
    "scenario": "zuversicht_apple_mail",
    "kind": "interview_invitation", "company": "Hotel Zuversicht", "contact": "marlene.haider@hotel-zuversicht.example.at", "language": "de",
    "from": ("Marlene Haider", "marlene.haider@hotel-zuversicht.example.at"),
    "subject": "Re: Bewerbung Front Office Leitung",
    "date": "2026-09-21 17:25",
    "thread": ["<6AB0C8D2-1E3F-4A5B-9C7D-8E9F0A1B2C3D@example.at>"],
    "mid_style": "apple",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Liebe Katharina (ich darf doch, wir sind hier alle per Du?),

danke dir für das nette Telefonat heute und für deine Fragen zu unserem Konzept. Wie versprochen hier die offizielle Einladung: Wir würden dich gern am Mittwoch, 30. September, um 10 Uhr im Hotel zu einem Gespräch mit unserer Geschäftsführerin Elif und mir treffen. Danach zeigen wir dir das Haus und du lernst ein paar Kolleg:innen aus unseren Qualifizierungsprogrammen kennen.

Adresse: Hotel Zuversicht, Leystraße 17, 1200 Wien (U6 Dresdner Straße).

Alles Liebe
Marlene

Marlene Haider
Leitung Personal & Ausbildung
Hotel Zuversicht – ein Sozialbetrieb von Brückenschlag Wien

""" + quoted("Am 18.09.2026 um 22:10 schrieb Katharina Obermoser-Adeyemi <k.obermoser@example.at>:", """Sehr geehrte Frau Haider,

ich bewerbe mich um die Leitung Ihres Front Office. Das Konzept eines Hotels, das Menschen mit Fluchthintergrund ausbildet, begeistert mich – leider habe ich in meiner bisherigen Laufbahn keine Erfahrung im Sozialbereich, bringe aber zehn Jahre Erfahrung im Empfang mit.

Mit freundlichen Grüßen
Katharina Obermoser-Adeyemi"""),
})

SPECS.append({
    "scenario": "lever_atlantica_phone_screen",
    "kind": "interview_invitation", "company": "Atlantica Airways", "contact": "rui.mendes@atlantica-airways.example.com", "language": "en",
    "from": ("Atlantica Airways", "no-reply@hire.lever.co"),
    "reply_to": ("Rui Mendes", "rui.mendes@atlantica-airways.example.com"),
    "subject": "Atlantica Airways: phone screen for Ancillary Revenue Manager",
    "date": "2026-06-03 15:20", "tz": "lis",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Katharina,

Thanks for your application for the Ancillary Revenue Manager role in Lisbon. I'm Rui, the talent partner for our Commercial team.

We'd like to invite you to a 20-minute phone screen as the first step in our process. It's an informal chat about your background, your motivation for moving from hotels to aviation, and practicalities like notice period and relocation.

Could you reply with two or three slots that work for you next week (Mon-Thu, 9:00-17:00 Lisbon time)? Please also confirm the best number to reach you on.

Obrigado and speak soon,
Rui Mendes
Talent Partner - Commercial
Atlantica Airways
""",
})

SPECS.append({
    "scenario": "brennan_hart_creekside_terse",
    "to": ("Katharina O-A", "k.obermoser@example.at"),
    "kind": "interview_invitation", "company": "Creekside Events Arena", "contact": "olivia.brennan@brennanhart.example.com", "language": "en",
    "from": ("Olivia Brennan", "olivia.brennan@brennanhart.example.com"),
    "subject": "Creekside!!",
    "date": "2026-08-12 08:41", "tz": "lon",
    "mid_style": "apple",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Morning Katharina - great news, Creekside Events Arena want to meet you! Video call with their COO, Mr. Farouk, Mon 17th at 2pm UAE / 12 noon Vienna. Can you do it? I'll send the Zoom link once you confirm. Will call you later to prep.

O.

Sent from my iPhone
""",
})

SPECS.append({
    "scenario": "ashby_stayflow_onsite",
    "kind": "interview_invitation", "company": "stayflow", "contact": "marta@stayflow.example.com", "language": "en",
    "from": ("stayflow Recruiting", "no-reply@ashbyhq.com"),
    "reply_to": ("Marta Sousa", "marta@stayflow.example.com"),
    "subject": "Your stayflow interview: Revenue Operations Lead",
    "date": "2026-07-14 12:00", "tz": "lis",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://app.ashbyhq.com/api/images/org-theme-wordmark/stayflow.png",
        logo_alt="stayflow",
        accent="#f97316",
        body=paras("""Hi Katharina,

It was lovely speaking with you last week! The team would like to invite you to the next stage for the Revenue Operations Lead role: an on-site interview at our Lisbon office.

When: Wednesday, 22 July, 10:00 - 13:00 (Lisbon time)
Where: stayflow, LX Factory, Rua Rodrigues de Faria 103, Building H, 2nd floor, 1300-501 Lisboa

What to expect:
1. Pricing case with our Head of Data (60 min)
2. Meet the hotel success team (45 min)
3. Lunch with the founders

We'll cover your travel from Vienna and one night at a partner hotel. Please reply to let me know you can make it, and I'll book everything.

Marta
People & Talent, stayflow""")
        + f'\n<p><a href="{trk("links.ashbyhq.com", "stayflow-guide")}" style="color:#f97316">Read our interview guide</a></p>',
        footer=("stayflow, Lda · NIPC 516 224 903 · Lisboa<br>"
                f'Powered by Ashby · <a href="{trk("links.ashbyhq.com", "stayflow-privacy")}" style="color:#6b7280">Privacy</a>'),
        open_px=pixel("links.ashbyhq.com", "sf0714"),
    ),
})

SPECS.append({
    "scenario": "workday_aurora_cruises_scheduled",
    "to": "k.obermoser@example.at",
    "kind": "interview_invitation", "company": "Aurora Cruises", "contact": "", "language": "en",
    "from": ("Aurora Cruises Careers", "auroracruises@myworkday.com"),
    "subject": "Interview Invitation - Onboard Revenue Manager (JR-11820)",
    "date": "2026-03-04 14:33", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://wd5.myworkdaycdn.com/auroracruises/logo.png",
        logo_alt="Aurora Cruises - Sail Beyond",
        accent="#1e3a8a",
        body=paras("""Dear Katharina Obermoser-Adeyemi,

Congratulations! You have been selected for an interview for the position of Onboard Revenue Manager (JR-11820).

Interview type: Video interview (Zoom)
Interviewers: Fleet Hotel Operations panel
Date and time: Thursday, 12 March 2026, 15:00 CET

A Zoom link will be sent to you 24 hours before the interview. Please make sure your seafarer documents and STCW certificates (if any) are at hand; the panel may ask about your availability for a 4-month contract starting in May.

To confirm, decline or request a new time, please log in to your candidate home.""")
        + f'\n<p style="margin:18px 0"><a href="{trk("email.wd5.myworkday.com", "aurora-candidate-home")}" style="background:#1e3a8a;color:#fff;padding:10px 18px;text-decoration:none">Go to Candidate Home</a></p>',
        footer=("Aurora Cruises Ltd. · 3 Harbour Exchange Square · London E14 9GE · Registered in England No 03876512<br>"
                "This message was sent from a no-reply address. Please do not respond to this email."),
        open_px=pixel("email.wd5.myworkday.com", "aur11820"),
    ),
})

SPECS.append({
    "scenario": "tejo_gm_in_person",
    "kind": "interview_invitation", "company": "Tejo Hotels & Suites", "contact": "joao.pereira@tejohotels.example.com", "language": "en",
    "from": ("João Pereira", "joao.pereira@tejohotels.example.com"),
    "subject": "Meeting in Lisbon?",
    "date": "2026-05-04 22:16", "tz": "lis",
    "mid_style": "gmail",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hello Katharina,

Sorry for the late reply, it's been a busy week with the opening of our rooftop. I read your CV with interest. Would you be available to come to Lisbon for an interview for the Front Office & Revenue Manager role at our Baixa property? Any day between 18 and 22 May works for me, ideally late morning, and we can continue over lunch.

If travel is difficult we could start with a video call, but I prefer to meet people in person and show them the hotel.

Best regards
João

João Pereira
General Manager
Tejo Hotels & Suites - Baixa
Rua Augusta 210, 1100-053 Lisboa
+351 21 555 0142

Sent from Outlook for Android
""",
})

SPECS.append({
    "scenario": "limmat_convention_panel",
    "kind": "interview_invitation", "company": "Limmat Convention Bureau", "contact": "people@limmat-convention.example.ch", "language": "en",
    "from": ("Limmat Convention Bureau - People Team", "people@limmat-convention.example.ch"),
    "subject": "Panel interview - Manager Business Events & Hotel Partnerships",
    "date": "2026-10-01 09:45",
    "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": """Dear Ms Obermoser-Adeyemi,

Thank you for your application for the position of Manager Business Events & Hotel Partnerships. We are pleased to invite you to a panel interview at our offices.

Date: Monday, 12 October 2026
Time: 13:30 - 14:45
Place: Limmat Convention Bureau, Bahnhofbrücke 1, 8001 Zürich (4th floor, reception)
Panel: Dr. Andrea Frei (Director), Luca Bernasconi (Head of MICE), Sophie Wenger (People Team)

The interview will be held in English and German. Please prepare a five-minute pitch on how Zurich hotels and the bureau could win more association congresses.

Kindly confirm your attendance by replying to this email.

Kind regards,
Sophie Wenger
People Team
Limmat Convention Bureau
""",
    "html": """<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#1a1a1a">
<div style="max-width:620px">
<img src="https://www.limmat-convention.example.ch/mail/lcb-logo.png" alt="Limmat Convention Bureau" height="44">
<p>Dear Ms Obermoser-Adeyemi,</p>
<p>Thank you for your application for the position of <b>Manager Business Events &amp; Hotel Partnerships</b>. We are pleased to invite you to a panel interview at our offices.</p>
<table cellpadding="6" style="background:#f4f6f8;font-size:14px">
<tr><td><b>Date</b></td><td>Monday, 12 October 2026</td></tr>
<tr><td><b>Time</b></td><td>13:30 - 14:45</td></tr>
<tr><td><b>Place</b></td><td>Limmat Convention Bureau, Bahnhofbrücke 1, 8001 Zürich (4th floor, reception)</td></tr>
<tr><td><b>Panel</b></td><td>Dr. Andrea Frei (Director), Luca Bernasconi (Head of MICE), Sophie Wenger (People Team)</td></tr>
</table>
<p>The interview will be held in English and German. Please prepare a five-minute pitch on how Zurich hotels and the bureau could win more association congresses.</p>
<p>Kindly confirm your attendance by replying to this email.</p>
<p>Kind regards,<br>Sophie Wenger<br>People Team<br><b>Limmat Convention Bureau</b></p>
<p style="font-size:11px;color:#8a8a8a">Limmat Convention Bureau · Verein mit Sitz in Zürich · <a href="https://www.linkedin.com/company/limmat-convention-bureau">LinkedIn</a> · <a href="https://www.instagram.com/limmatconvention">Instagram</a></p>
</div></body></html>
""",
})

SPECS.append({
    "scenario": "sejour_ville_visio_vous",
    "kind": "interview_invitation", "company": "Séjour & Ville", "contact": "recrutement@sejour-ville.example.fr", "language": "fr",
    "from": ("Recrutement Séjour & Ville", "recrutement@sejour-ville.example.fr"),
    "subject": "Proposition d'entretien - Responsable d'exploitation (Paris 15e)",
    "date": "2026-02-23 11:37",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Madame,

Nous avons bien reçu votre candidature au poste de Responsable d'exploitation pour notre résidence de Paris 15e et nous vous en remercions.

Votre parcours a retenu toute notre attention et nous souhaiterions vous rencontrer dans le cadre d'un premier entretien en visioconférence (Microsoft Teams), d'une durée de 45 minutes environ, avec Mme Clémence Aubry, directrice régionale Île-de-France.

Nous vous proposons les créneaux suivants :
- mardi 3 mars à 10h00
- mercredi 4 mars à 14h30
- vendredi 6 mars à 9h00

Merci de nous indiquer le créneau qui vous convient le mieux en réponse à ce message. Le lien de connexion vous sera envoyé la veille.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service Recrutement
Séjour & Ville - Appart'hôtels urbains
8 boulevard de Grenelle, 75015 Paris
""",
})

SPECS.append({
    "scenario": "lemaire_valmont_entretien",
    "kind": "interview_invitation", "company": "Maison Valmont", "contact": "a.roussel@lemaire-conseil.example.fr", "language": "fr",
    "from": ("Aurélie Roussel", "a.roussel@lemaire-conseil.example.fr"),
    "subject": "Maison Valmont - entretien avec la directrice des opérations",
    "date": "2026-03-23 18:05",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "mid_style": "outlook",
    "html": outlook_html(mso("""Bonsoir Katharina,

Excellente nouvelle : Maison Valmont souhaite vous rencontrer pour l'entretien final ! Mme Hélène Baptiste, directrice des opérations du groupe, vous recevra le mardi 31 mars à 11h00 au siège, 27 rue Jacob, 75006 Paris.

Quelques conseils pour préparer :
- elle attache beaucoup d'importance à l'expérience client, ne parlez pas que de chiffres ;
- préparez un exemple concret de stratégie tarifaire sur un week-end de salon ;
- le groupe ouvre une adresse à Milan en 2027, votre mobilité sera abordée.

Pouvez-vous me confirmer votre présence d'ici jeudi ? Je vous appelle vendredi pour un dernier point.

Bien à vous,

Aurélie Roussel
Consultante senior Hôtellerie & Luxe
Cabinet Lemaire & Associés
12 avenue de l'Opéra, 75001 Paris
06 12 34 56 78""")),
})

SPECS.append({
    "scenario": "pricepilot_google_calendar_request",
    "kind": "interview_invitation", "company": "Pricepilot", "contact": "camille.dubreuil@pricepilot.example.fr", "language": "fr",
    "from": ("Camille Dubreuil", "camille.dubreuil@pricepilot.example.fr"),
    "sender": ("Google Agenda", "calendar-notification@google.com"),
    "subject": "Invitation: Entretien Katharina x Pricepilot @ jeu. 16 avr. 2026 14:00 - 14:45 (CEST) (k.obermoser@example.at)",
    "date": "2026-04-09 16:22",
    "mid": "<000000000000a7c4e1062f3b9d11@google.com>",
    "structure": "calendar", "charset": "utf-8", "cte": "quoted-printable", "ics_attachment": True,
    "text": """Bonjour Katharina,

Comme convenu au téléphone, voici l'invitation pour notre entretien (Customer Success Manager - marché germanophone). Nous serons deux : Romain, notre CTO, et moi. On parlera de votre expérience en hôtel, puis je vous montrerai l'outil.

À jeudi !
Camille

Entretien Katharina x Pricepilot
jeudi 16 avr. 2026 · 14:00 – 14:45 (heure d'été d'Europe centrale)
Participer avec Google Meet : https://meet.google.com/pqx-rhzt-wmb

Invitation de Google Agenda : https://calendar.google.com/calendar/
Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications pour cet événement, refusez-le.
""",
    "ics": {"method": "REQUEST", "uid": PRICEPILOT_UID, "sequence": 0, "stamp": "2026-04-09 14:22",
            "start": "2026-04-16 14:00", "end": "2026-04-16 14:45", "tzid": "Europe/Paris",
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
            "summary": "Entretien Katharina x Pricepilot",
            "location": "https://meet.google.com/pqx-rhzt-wmb",
            "organizer": ("Camille Dubreuil", "camille.dubreuil@pricepilot.example.fr"),
            "description": "Entretien CSM DACH. Participants : Camille Dubreuil, Romain Lefort."},
})

SPECS.append({
    "scenario": "atlantida_usted_videollamada",
    "kind": "interview_invitation", "company": "Hoteles Atlántida", "contact": "lucia.ferrer@hotelesatlantida.example.es", "language": "es",
    "from": ("Lucía Ferrer", "lucia.ferrer@hotelesatlantida.example.es"),
    "subject": "Entrevista - Jefe/a de Recepción, Atlántida Lisboa Avenida",
    "date": "2026-05-06 10:12",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Estimada Sra. Obermoser-Adeyemi:

Le agradecemos el interés en el puesto de Jefe/a de Recepción para nuestro hotel Atlántida Lisboa Avenida.

Nos gustaría conocerla en una entrevista por videollamada el próximo lunes 11 de mayo a las 16:00 (hora de Madrid). En la entrevista participarán el director del hotel, el Sr. Duarte Nunes, y yo misma. Tendrá una duración aproximada de 45 minutos y se realizará en español e inglés.

Le ruego que me confirme su disponibilidad respondiendo a este correo. Si el horario no le viniera bien, le propondremos otro.

Atentamente,

Lucía Ferrer
Talento y Selección
Hoteles Atlántida
Paseo de la Castellana 88, 28046 Madrid
""",
})

SPECS.append({
    "scenario": "talentum_llamada_cliente",
    "kind": "interview_invitation", "company": "Talentum Hotelería", "contact": "pablo.ruiz@talentum-hoteleria.example.es", "language": "es",
    "from": ("Pablo Ruiz | Talentum Hotelería", "pablo.ruiz@talentum-hoteleria.example.es"),
    "subject": "Revenue Manager Dubai - entrevista conmigo",
    "date": "2026-07-22 12:58",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid_style": "gmail",
    "text": """Hola Katharina!!

Como te adelanté por LinkedIn, llevo un proceso de Revenue Manager para un grupo hotelero en Dubai (de momento no puedo decirte el nombre, es confidencial). Tu perfil me encaja muchísimo.

¿Te viene bien una entrevista por videollamada conmigo el jueves 23 a las 11:00? Unos 40 minutos, para conocerte bien antes de presentarte al cliente. Te mando el enlace de Teams en cuanto me digas que sí.

Un abrazo,
Pablo

Pablo Ruiz
Consultor Senior | Talentum Hotelería
C/ Velázquez 57, 28001 Madrid | +34 910 555 214
""",
})

# ================================================================ interview_reschedule_or_cancel

SPECS.append({
    "scenario": "meridia_calendar_sequence_update",
    "kind": "interview_reschedule_or_cancel", "company": "Meridia Hospitality Group", "contact": "r.almansoori@meridiahg.example.com", "language": "en",
    "from": ("Rashid Al Mansoori", "r.almansoori@meridiahg.example.com"),
    "subject": "Updated: Interview: Cluster Revenue Manager - Dubai Marina (Teams)",
    "date": "2026-08-14 16:40", "tz": "dxb",
    "thread": ["<DB9PR04MB8421F2E5C0A3B17D9E3B5C22A4D1@DB9PR04MB8421.eurprd04.prod.outlook.com>"],
    "mid_style": "outlook",
    "structure": "calendar", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Katharina,

Apologies for the change: Ms Nair has been called to a board meeting on Tuesday. I have moved our interview to Wednesday 19 August, same time (11:00 Dubai / 09:00 Vienna), same Teams link. The updated invitation is attached - please accept it if the new date works for you.

Best regards,
Rashid Al Mansoori
Director of Revenue Strategy, Middle East
Meridia Hospitality Group
""",
    "ics": {"method": "REQUEST", "uid": MERIDIA_UID, "sequence": 1, "stamp": "2026-08-14 12:40",
            "start": "2026-08-19 11:00", "end": "2026-08-19 11:45", "tzid": "Arabian Standard Time",
            "summary": "Interview: Cluster Revenue Manager - Dubai Marina (Teams)",
            "location": "Microsoft Teams Meeting",
            "organizer": ("Rashid Al Mansoori", "r.almansoori@meridiahg.example.com"),
            "description": "Moved from 18 Aug. Panel: R. Al Mansoori, P. Nair."},
})

SPECS.append({
    "scenario": "pricepilot_calendar_cancel_ill",
    "kind": "interview_reschedule_or_cancel", "company": "Pricepilot", "contact": "camille.dubreuil@pricepilot.example.fr", "language": "fr",
    "from": ("Camille Dubreuil", "camille.dubreuil@pricepilot.example.fr"),
    "sender": ("Google Agenda", "calendar-notification@google.com"),
    "subject": "Événement annulé : Entretien Katharina x Pricepilot @ jeu. 16 avr. 2026 14:00 - 14:45 (CEST)",
    "date": "2026-04-15 19:48",
    "thread": ["<000000000000a7c4e1062f3b9d11@google.com>"],
    "structure": "calendar", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Bonsoir Katharina,

Je suis désolée de devoir annuler notre entretien de demain : Romain est malade et je préfère que vous puissiez le rencontrer. Je reviens vers vous dès lundi avec de nouveaux créneaux pour la semaine prochaine. Le poste reste bien sûr ouvert.

Bonne soirée,
Camille

Cet événement a été annulé.
Entretien Katharina x Pricepilot
jeudi 16 avr. 2026 · 14:00 – 14:45 (heure d'été d'Europe centrale)
""",
    "ics": {"method": "CANCEL", "uid": PRICEPILOT_UID, "sequence": 1, "stamp": "2026-04-15 17:48",
            "start": "2026-04-16 14:00", "end": "2026-04-16 14:45", "tzid": "Europe/Paris",
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
            "summary": "Entretien Katharina x Pricepilot",
            "location": "https://meet.google.com/pqx-rhzt-wmb",
            "organizer": ("Camille Dubreuil", "camille.dubreuil@pricepilot.example.fr")},
})

SPECS.append({
    "scenario": "kaiserhof_verschieben_saison",
    "kind": "interview_reschedule_or_cancel", "company": "Hotel Kaiserhof Salzburg", "contact": "m.rainer@kaiserhof-sbg.example.at", "language": "de",
    "from": ("Maximilian Rainer", "m.rainer@kaiserhof-sbg.example.at"),
    "subject": "AW: Vorstellungsgespräch am 24. Februar",
    "date": "2026-02-20 07:12",
    "thread": ["<AM6PR02MB4410C0FFEE12@AM6PR02MB4410.eurprd02.prod.outlook.com>"],
    "mid_style": "outlook",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Liebe Frau Obermoser-Adeyemi,

ich muss Sie leider um eine Verschiebung bitten: Wir haben kommende Woche eine Hochzeitsgesellschaft mit 80 Gästen im Haus, und ich komme am Dienstag beim besten Willen nicht vom Empfang weg.

Würde Ihnen stattdessen Dienstag, 3. März, um 14 Uhr passen? Gleicher Ort, ich erwarte Sie in der Bibliothek im ersten Stock.

Entschuldigen Sie bitte die Umstände.

Herzliche Grüße
Maximilian Rainer
Gastgeber

Hotel Kaiserhof Salzburg · Familie Rainer
Kaiserhofgasse 4 · 5020 Salzburg

""" + original_message("Maximilian Rainer <m.rainer@kaiserhof-sbg.example.at>", "Wednesday, February 11, 2026 5:30 PM",
                       "k.obermoser@example.at", "Vorstellungsgespräch am 24. Februar",
                       """Liebe Frau Obermoser-Adeyemi,
gerne lade ich Sie zum Vorstellungsgespräch am Dienstag, 24. Februar, um 11 Uhr zu uns ins Haus ein.
Herzliche Grüße
Maximilian Rainer"""),
})

SPECS.append({
    "scenario": "alpenrose_switch_to_teams",
    "kind": "interview_reschedule_or_cancel", "company": "Alpenrose Hotels & Resorts", "contact": "verena.hofinger@alpenrose-hotels.example.at", "language": "de",
    "from": ("Verena Hofinger", "verena.hofinger@alpenrose-hotels.example.at"),
    "subject": "Änderung: Gespräch am 25.3. nun per Microsoft Teams",
    "date": "2026-03-20 13:55",
    "mid_style": "outlook",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

eine kurze Änderung zu unserem Gespräch am Mittwoch, 25. März: Da Herr Thaler an diesem Tag in unserem Haus in Bruneck sein muss, führen wir das Gespräch nicht in Innsbruck, sondern per Microsoft Teams. Die Uhrzeit bleibt gleich (10:00 Uhr). Die Anreise nach Innsbruck entfällt damit für Sie.

Den Teams-Link schicke ich Ihnen separat als Kalendereinladung.

Freundliche Grüße
Verena Hofinger
Talent Acquisition
Alpenrose Hotels & Resorts GmbH
T +43 512 555 310 22
""",
    "html": outlook_html(mso("""Sehr geehrte Frau Obermoser-Adeyemi,

eine kurze Änderung zu unserem Gespräch am Mittwoch, 25. März: Da Herr Thaler an diesem Tag in unserem Haus in Bruneck sein muss, führen wir das Gespräch nicht in Innsbruck, sondern per Microsoft Teams. Die Uhrzeit bleibt gleich (10:00 Uhr). Die Anreise nach Innsbruck entfällt damit für Sie.

Den Teams-Link schicke ich Ihnen separat als Kalendereinladung.

Freundliche Grüße
Verena Hofinger
Talent Acquisition
Alpenrose Hotels & Resorts GmbH
T +43 512 555 310 22""")),
})

SPECS.append({
    "scenario": "isartal_interviewer_ill",
    "kind": "interview_reschedule_or_cancel", "company": "Isartal Hotels & Residences", "contact": "recruiting@isartal-hotels.example.de", "language": "de",
    "from": ("Isartal Hotels & Residences Recruiting", "recruiting@isartal-hotels.example.de"),
    "subject": "Absage Ihres Termins morgen – neuer Termin folgt",
    "date": "2026-01-12 17:20",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Obermoser-Adeyemi,</p>
<p>leider müssen wir Ihr Vorstellungsgespräch für die Stelle <b>Reservations Supervisor</b> morgen, 13. Januar, um 10:00 Uhr absagen. Unsere Front Office Direktorin Frau Gruber ist kurzfristig erkrankt.</p>
<p>Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen. Ihre Bewerbung bleibt selbstverständlich im Verfahren.</p>
<p>Bitte entschuldigen Sie die kurzfristige Änderung.</p>
<p>Beste Grüße<br>Anna-Lena Schuster<br>Recruiting</p>
<p style="color:#6b6b6b;font-size:9pt">Isartal Hotels &amp; Residences · Prinzregentenstraße 52 · 80538 München<br>
Isartal Hotelbetriebsgesellschaft mbH · Amtsgericht München HRB 177410 · Geschäftsführung: Dr. Sebastian Lorenz</p>
</div>
""",
})

SPECS.append({
    "scenario": "kessler_client_moves_time",
    "kind": "interview_reschedule_or_cancel", "company": "Kessler & Partner Executive Search", "contact": "c.kessler@kessler-partner.example.at", "language": "de",
    "from": ("Christiane Kessler", "c.kessler@kessler-partner.example.at"),
    "subject": "Kurzfristig: 16 Uhr statt 11 Uhr",
    "date": "2026-02-25 08:03",
    "mid_style": "apple",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Guten Morgen Frau Obermoser-Adeyemi,

mein Auftraggeber hat mich eben angerufen – der Eigentümer muss den Termin heute von 11 Uhr auf 16 Uhr schieben, ein Flug wurde gestrichen. Der Ort bleibt gleich (unser Büro, Wollzeile). Geht sich das bei Ihnen aus? Kurze Rückmeldung per SMS genügt.

Danke und bis später
C. Kessler

Von meinem iPhone gesendet
""",
})

SPECS.append({
    "scenario": "limmatblick_probetag_verschoben",
    "kind": "interview_reschedule_or_cancel", "company": "Hotel Limmatblick", "contact": "direktion@limmatblick.example.ch", "language": "de",
    "from": ("Reto Ammann", "direktion@limmatblick.example.ch"),
    "subject": "Verschiebung Probearbeitstag",
    "date": "2026-04-30 10:10",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Grüezi Frau Obermoser-Adeyemi

Leider muss ich Ihren Probearbeitstag vom 5. Mai verschieben. Wir haben an diesem Tag einen unangekündigten Qualitätscheck unserer Hotelkooperation im Haus, und das Team hätte schlicht keine Zeit für Sie.

Als Ersatz schlage ich Donnerstag, 7. Mai, vor – gleiche Zeiten (07:00 bis ca. 15:30 Uhr), gleicher Treffpunkt. Falls das für Sie nicht geht, finden wir einen anderen Tag in der Woche danach.

Entschuldigen Sie die Umstände – und danke für Ihre Flexibilität.

Freundliche Grüsse
Reto Ammann
Direktor
Hotel Limmatblick · Schipfe 7 · 8001 Zürich
""",
})

SPECS.append({
    "scenario": "ccd_gf_verhindert",
    "kind": "interview_reschedule_or_cancel", "company": "CCD Congress Center Donaustadt", "contact": "karriere@ccd-wien.example.at", "language": "de",
    "from": ("CCD Personalabteilung", "karriere@ccd-wien.example.at"),
    "subject": "Ihr Vorstellungsgespräch am 14.10. muss leider entfallen",
    "date": "2026-10-09 15:30",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

wir müssen das für Mittwoch, 14. Oktober, vereinbarte Vorstellungsgespräch für die Stelle "Key Account Managerin Kongresse" leider absagen, da unser Geschäftsführer an diesem Tag kurzfristig eine Delegation des Ministeriums empfangen muss.

Die Stelle ist weiterhin offen und Ihre Bewerbung bleibt im Verfahren. Frau Pölzl wird sich bis Ende nächster Woche mit einem neuen Terminvorschlag bei Ihnen melden.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen

Sabine Pölzl
Personalabteilung
CCD Congress Center Donaustadt
""",
})

SPECS.append({
    "scenario": "softgarden_danubia_termin_geaendert",
    "kind": "interview_reschedule_or_cancel", "company": "Danubia River Cruises", "contact": "", "language": "de",
    "from": ("Danubia River Cruises über softgarden", "noreply@softgarden.io"),
    "subject": "Dein Interviewtermin wurde geändert",
    "date": "2026-09-24 06:50", "tz": "utc",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        logo="https://static.softgarden.io/public/danubia/logo-mail.png",
        logo_alt="Danubia River Cruises – Flusskreuzfahrten ab Wien",
        accent="#0e7490",
        body=paras("""Hallo Katharina,

dein Interview für die Stelle Revenue & Inventory Manager (Landbüro Wien) wurde verlegt.

Alter Termin: Dienstag, 29. September 2026, 10:00 Uhr
Neuer Termin: Donnerstag, 1. Oktober 2026, 13:00 Uhr
Ort: Danubia River Cruises, Handelskai 265, 1020 Wien, 5. Stock

Du kannst den neuen Termin über den Link bestätigen oder einen anderen vorschlagen.""")
        + f'\n<p style="margin:18px 0"><a href="{trk("t.softgarden.io", "danubia-termin")}" style="background:#0e7490;color:#fff;padding:10px 18px;text-decoration:none">Termin bestätigen</a></p>',
        footer=("Danubia River Cruises GmbH · Handelskai 265 · 1020 Wien<br>"
                "Diese Nachricht wurde automatisch über softgarden versendet. Bitte antworte nicht auf diese E-Mail."),
        open_px=pixel("t.softgarden.io", "dan0924"),
    ),
})

SPECS.append({
    "scenario": "desertpearl_push_to_sunday",
    "kind": "interview_reschedule_or_cancel", "company": "Desert Pearl Resorts", "contact": "n.rahman@desertpearl.example.com", "language": "en",
    "from": ("Nadia Rahman", "n.rahman@desertpearl.example.com"),
    "subject": "Re: Interview Thursday",
    "date": "2026-03-03 10:31", "tz": "dxb",
    "thread": ["<CAE2f9xY-dp-interview-thu@mail.gmail.com>"],
    "mid_style": "gmail",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Katharina,

Small change - can we push our call from Thursday to Sunday 8 March, same time (1pm Dubai)? We are on Ramadan working hours and the Director of Rooms is only in the office Sun-Wed this month. Same Zoom link.

Let me know,
Nadia

Nadia Rahman | HR Manager | Desert Pearl Resorts, Jumeirah
""",
})

SPECS.append({
    "scenario": "greenhouse_yieldnest_rescheduled",
    "kind": "interview_reschedule_or_cancel", "company": "Yieldnest", "contact": "", "language": "en",
    "from": ("Yieldnest via Greenhouse", "no-reply@greenhouse-mail.io"),
    "subject": "Your interview with Yieldnest has been rescheduled",
    "date": "2026-02-26 09:12", "tz": "utc",
    "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": """Hi Katharina,

Your interview with Yieldnest has been rescheduled.

Previous time: Friday, February 27, 2026 at 2:00 PM CET
New time: Tuesday, March 3, 2026 at 10:30 AM CET
Interviewers: Malte Iversen (CEO), Hannah Okafor (Talent Partner)
Location: Google Meet - https://meet.google.com/ytn-kfsd-uqa

If this time doesn't work, please let your recruiter know.

Yieldnest GmbH, Rosenthaler Str. 40, 10178 Berlin
This is an automated message from Greenhouse. Please do not reply.
""",
    "html": ats_shell(
        logo="https://s3.amazonaws.com/grnhse-email/yieldnest/logo.png",
        logo_alt="Yieldnest",
        accent="#0d9488",
        body=paras("""Hi Katharina,

Your interview with Yieldnest has been rescheduled.

Previous time: Friday, February 27, 2026 at 2:00 PM CET
New time: Tuesday, March 3, 2026 at 10:30 AM CET
Interviewers: Malte Iversen (CEO), Hannah Okafor (Talent Partner)
Location: Google Meet

If this time doesn't work, please let your recruiter know."""),
        footer="Yieldnest GmbH, Rosenthaler Str. 40, 10178 Berlin<br>This is an automated message from Greenhouse. Please do not reply.",
        open_px=pixel("email.greenhouse-mail.io", "ynst0226"),
    ),
})

SPECS.append({
    "scenario": "tejo_strike_switch_video",
    "kind": "interview_reschedule_or_cancel", "company": "Tejo Hotels & Suites", "contact": "joao.pereira@tejohotels.example.com", "language": "en",
    "from": ("João Pereira", "joao.pereira@tejohotels.example.com"),
    "subject": "Tomorrow - change of plan",
    "date": "2026-05-19 19:44", "tz": "lis",
    "mid_style": "gmail",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Katharina,

I'm very sorry, but with the general strike tomorrow the metro and most flights into Lisbon are disrupted, and half of my team cannot come in. Let's not risk your trip.

Could we do the interview on Microsoft Teams instead, same time (11:30 Lisbon / 12:30 Vienna)? I will send the link tonight. We can still arrange the hotel visit later in the process.

Best regards
João

João Pereira
General Manager
Tejo Hotels & Suites - Baixa
""",
})

SPECS.append({
    "scenario": "aurora_hiring_manager_left",
    "kind": "interview_reschedule_or_cancel", "company": "Aurora Cruises", "contact": "talent.europe@auroracruises.example.com", "language": "en",
    "from": ("Aurora Cruises Talent Europe", "talent.europe@auroracruises.example.com"),
    "subject": "Your interview on 12 March - postponed",
    "date": "2026-03-11 12:05",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Dear Katharina,

I’m writing about your video interview for the Onboard Revenue Manager position scheduled for tomorrow, 12 March.

Unfortunately we have to cancel tomorrow’s session: the Fleet Hotel Director who was leading the panel has left the company this week. The position itself remains open and we very much want to continue with you. As soon as his successor is confirmed – we expect within two to three weeks – we will come back to you with a new date.

Thank you for your patience, and apologies for the short notice.

Kind regards,

Georgina Pike
Talent Acquisition Partner, Europe
Aurora Cruises
talent.europe@auroracruises.example.com
""",
})

SPECS.append({
    "scenario": "lumiere_report_entretien",
    "kind": "interview_reschedule_or_cancel", "company": "Groupe Hôtelier Lumière", "contact": "m.garnier@ghl-hotels.example.fr", "language": "fr",
    "from": ("Mathilde Garnier", "m.garnier@ghl-hotels.example.fr"),
    "subject": "Report de notre entretien du 9 septembre",
    "date": "2026-09-04 17:02",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "header_charset": "iso-8859-1",
    "mid_style": "outlook",
    "text": """Bonjour Madame Obermoser-Adeyemi,

Je me vois contrainte de reporter notre entretien prévu mercredi 9 septembre pour le poste de Directrice de l'hébergement à l'hôtel Lumière Opéra : un audit de la marque a été avancé à cette date et je dois être présente.

Pourriez-vous me dire si l'un de ces créneaux vous conviendrait ?
- lundi 14 septembre à 15h
- mardi 15 septembre à 10h

L'entretien se tiendra toujours à l'hôtel, 9 rue Scribe, au salon du premier étage.

Avec toutes mes excuses pour ce changement,

Mathilde Garnier
Responsable des ressources humaines - Paris Opéra
Groupe Hôtelier Lumière
""",
})

SPECS.append({
    "scenario": "marenostrum_cambio_hora",
    "kind": "interview_reschedule_or_cancel", "company": "Cruceros Mare Nostrum", "contact": "seleccion@marenostrum-cruceros.example.es", "language": "es",
    "from": ("Selección Mare Nostrum", "seleccion@marenostrum-cruceros.example.es"),
    "subject": "Cambio de hora de su entrevista del martes",
    "date": "2026-05-22 09:20",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Estimada Katharina:

Le escribimos para informarle de que su entrevista para el puesto de Revenue Analyst (Lisboa), prevista para el martes 26 de mayo a las 10:00, pasa a celebrarse ese mismo día a las 12:30, por coincidir con una reunión de la dirección comercial.

El enlace de Teams sigue siendo el mismo. Le rogamos que nos confirme si le viene bien el nuevo horario.

Disculpe las molestias.

Un saludo cordial,
Equipo de Selección
Cruceros Mare Nostrum
Moll de Barcelona s/n, 08039 Barcelona
""",
})

# ================================================================ missed_interview_notice

SPECS.append({
    "scenario": "palais_donau_waited_at_two",
    "kind": "missed_interview_notice", "company": "Palais Donau Vienna", "contact": "s.nowak@palaisdonau.example.at", "language": "de",
    "from": ("Nowak Sandra", "s.nowak@palaisdonau.example.at"),
    "subject": "Ihr Termin heute um 14:00 Uhr",
    "date": "2026-02-05 14:52",
    "mid_style": "outlook",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Liebe Frau Obermoser-Adeyemi,

wir hatten uns heute um 14:00 Uhr zum Gespräch mit Herrn Villanueva bei uns im Haus verabredet. Wir haben bis etwa 14:40 Uhr auf Sie gewartet und Sie auch telefonisch nicht erreicht.

Ich hoffe, es ist nichts passiert! Falls es ein Missverständnis beim Termin gab, melden Sie sich bitte kurz bei mir – wir finden sicher noch eine Möglichkeit.

Herzliche Grüße
Sandra Nowak
Human Resources Manager
Palais Donau Vienna
""",
})

SPECS.append({
    "scenario": "yieldnest_did_not_join_du",
    "kind": "missed_interview_notice", "company": "Yieldnest", "contact": "hannah.okafor@yieldnest.example.de", "language": "de",
    "from": ("Hannah Okafor", "hannah.okafor@yieldnest.example.de"),
    "subject": "Hast du unseren Call vergessen?",
    "date": "2026-03-03 10:58",
    "mid_style": "gmail",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Katharina,

Malte und ich waren heute um 10:30 im Google Meet, aber du bist leider nicht dazugekommen. Wir haben 20 Minuten gewartet.

Vielleicht ist etwas mit dem Link schiefgegangen oder die Zeitverschiebung im Kalender war falsch? Gib mir gern Bescheid, ob wir einen neuen Termin finden wollen.

Viele Grüße
Hannah

Hannah Okafor · Talent Partner · Yieldnest
""",
})

SPECS.append({
    "scenario": "hospitality_talents_tried_to_call",
    "kind": "missed_interview_notice", "company": "Hospitality Talents Personalberatung", "contact": "i.wallner@hospitality-talents.example.at", "language": "de",
    "from": ("Mag. Ines Wallner", "i.wallner@hospitality-talents.example.at"),
    "subject": "Telefoninterview 14:00 – nicht erreicht",
    "date": "2026-06-10 14:26",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrte Frau Obermoser-Adeyemi,

wir waren für heute 14:00 Uhr zum Telefoninterview verabredet. Ich habe Sie zweimal unter +43 660 123 45 67 anzurufen versucht, aber leider nur die Mobilbox erreicht.

Bitte geben Sie mir kurz Bescheid, ob die Nummer noch aktuell ist und wann wir das Gespräch nachholen können.

Mit freundlichen Grüßen

Mag. Ines Wallner
Senior Consultant
Hospitality Talents Personalberatung GmbH
Kärntner Ring 5-7 | 1010 Wien
""",
})

SPECS.append({
    "scenario": "limmatblick_nicht_erschienen",
    "kind": "missed_interview_notice", "company": "Hotel Limmatblick", "contact": "direktion@limmatblick.example.ch", "language": "de",
    "from": ("Reto Ammann", "direktion@limmatblick.example.ch"),
    "subject": "Probearbeitstag heute",
    "date": "2026-05-07 09:15",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Grüezi Frau Obermoser-Adeyemi

Sie waren heute für 07:00 Uhr zum Probearbeitstag bei uns eingeplant, sind aber leider nicht erschienen. Unsere Réceptionistin hat bis 08:00 Uhr gewartet und Sie angerufen, ohne Erfolg.

Ich gehe davon aus, dass etwas dazwischengekommen ist. Bitte teilen Sie mir mit, ob Sie weiterhin an der Stelle interessiert sind; in diesem Fall schauen wir, ob wir noch einen Tag finden.

Freundliche Grüsse
Reto Ammann
Direktor
Hotel Limmatblick
""",
})

SPECS.append({
    "scenario": "personio_alpenrose_video_missed",
    "kind": "missed_interview_notice", "company": "Alpenrose Hotels & Resorts", "contact": "", "language": "de",
    "from": ("Alpenrose Hotels & Resorts Recruiting", "no-reply@personio.de"),
    "subject": "Verpasster Termin: Videointerview Revenue Manager (m/w/d) Tirol Süd",
    "date": "2026-03-25 10:35",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_shell(
        logo="https://alpenrose-hotels.jobs.personio.de/assets/logo-email.png",
        logo_alt="Alpenrose Hotels & Resorts",
        accent="#7a2e2e",
        body=paras("""Sehr geehrte Frau Obermoser-Adeyemi,

Sie haben an Ihrem heutigen Videointerview (Mittwoch, 25. März 2026, 10:00 Uhr) nicht teilgenommen. Die Gesprächspartner haben 15 Minuten im Meeting-Raum gewartet.

Wenn Sie weiterhin Interesse an der Position haben, können Sie über den folgenden Link einmalig einen neuen Termin buchen.""")
        + f'\n<p style="margin:18px 0"><a href="{trk("email.personio.de", "alpenrose-rebook")}" style="background:#7a2e2e;color:#fff;padding:10px 18px;text-decoration:none">Neuen Termin buchen</a></p>\n'
        + paras("Ihr Recruiting-Team\nAlpenrose Hotels & Resorts"),
        footer="Alpenrose Hotels &amp; Resorts GmbH · Maria-Theresien-Straße 31 · 6020 Innsbruck<br>Automatische Nachricht – bitte nicht antworten.",
        open_px=pixel("email.personio.de", "alp0325m"),
    ),
})

SPECS.append({
    "scenario": "creekside_no_show_zoom",
    "kind": "missed_interview_notice", "company": "Creekside Events Arena", "contact": "olivia.brennan@brennanhart.example.com", "language": "en",
    "from": ("Olivia Brennan", "olivia.brennan@brennanhart.example.com"),
    "subject": "Re: Creekside!!",
    "date": "2026-08-17 11:24", "tz": "lon",
    "thread": ["<5E3C1A9B-2D4F-4E6A-8B7C-9D0E1F2A3B4C@brennanhart.example.com>"],
    "mid_style": "apple",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Katharina, where are you?? Mr Farouk has been waiting in the Zoom for 20 min and you haven't joined. I've tried calling you twice. Please call me ASAP - I'll try to keep him on for another 10.

O.

Sent from my iPhone

""" + quoted("On 12 Aug 2026, at 08:41, Olivia Brennan <olivia.brennan@brennanhart.example.com> wrote:",
             """Morning Katharina - great news, Creekside Events Arena want to meet you! Video call with their COO, Mr. Farouk, Mon 17th at 2pm UAE / 12 noon Vienna. Can you do it?"""),
})

SPECS.append({
    "scenario": "meridia_tried_calling_twice",
    "kind": "missed_interview_notice", "company": "Meridia Hospitality Group", "contact": "talent.me@meridiahg.example.com", "language": "en",
    "from": ("Meridia Talent Acquisition - Middle East", "talent.me@meridiahg.example.com"),
    "subject": "Missed screening call",
    "date": "2026-07-28 15:10", "tz": "dxb",
    "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Katharina,

We had scheduled a screening call with you today at 2:30pm (Dubai time) for the Cluster Revenue Manager role. We tried calling you twice on +43 660 123 45 67 but could not reach you, and there was no voicemail.

If you are still interested, please reply with your availability for the rest of the week and we will try again.

Kind regards,
Farah Siddiqui
Talent Acquisition Specialist
Meridia Hospitality Group
""",
})

SPECS.append({
    "scenario": "stayflow_no_show_lisbon",
    "kind": "missed_interview_notice", "company": "stayflow", "contact": "marta@stayflow.example.com", "language": "en",
    "from": ("Marta Sousa", "marta@stayflow.example.com"),
    "subject": "We missed you this morning",
    "date": "2026-07-22 11:02", "tz": "lis",
    "mid_style": "gmail",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Katharina,

We were expecting you at our office at LX Factory at 10:00 for your on-site interview, but you didn't arrive and I couldn't reach you on your phone. I also checked with the partner hotel - they said you hadn't checked in last night.

I hope everything is okay. Please let me know what happened when you can; the team is still keen to meet you.

Marta
People & Talent
stayflow
""",
    "html": gmail_html("""Hi Katharina,

We were expecting you at our office at LX Factory at 10:00 for your on-site interview, but you didn't arrive and I couldn't reach you on your phone. I also checked with the partner hotel - they said you hadn't checked in last night.

I hope everything is okay. Please let me know what happened when you can; the team is still keen to meet you.

Marta
People & Talent
stayflow"""),
})

SPECS.append({
    "scenario": "sejour_ville_attendue_ce_matin",
    "kind": "missed_interview_notice", "company": "Séjour & Ville", "contact": "clemence.aubry@sejour-ville.example.fr", "language": "fr",
    "from": ("Clémence Aubry", "clemence.aubry@sejour-ville.example.fr"),
    "subject": "Entretien de cet après-midi",
    "date": "2026-03-04 15:02",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Bonjour Madame,

Nous vous avons attendue cet après-midi à 14h30 sur Teams pour notre entretien, sans nouvelles de votre part. Je suis restée connectée un quart d'heure.

Peut-être avez-vous rencontré un problème technique ? Si vous êtes toujours intéressée par le poste de Responsable d'exploitation, je vous propose de m'écrire pour convenir d'une nouvelle date.

Cordialement,

Clémence Aubry
Directrice régionale Île-de-France
Séjour & Ville
""",
})

SPECS.append({
    "scenario": "marenostrum_no_se_conecto",
    "kind": "missed_interview_notice", "company": "Cruceros Mare Nostrum", "contact": "seleccion@marenostrum-cruceros.example.es", "language": "es",
    "from": ("Selección Mare Nostrum", "seleccion@marenostrum-cruceros.example.es"),
    "subject": "Entrevista de hoy - no se conectó",
    "date": "2026-05-26 13:15",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "header_charset": "iso-8859-1",
    "text": """Estimada Katharina:

Hoy a las 12:30 la esperábamos en la videollamada de Teams para su entrevista para el puesto de Revenue Analyst (Lisboa), pero no se conectó. La directora comercial esperó unos veinte minutos.

Entendemos que puede haber surgido un imprevisto. Si sigue interesada en el proceso, le rogamos que nos escriba antes del viernes para valorar una nueva fecha.

Un saludo cordial,
Equipo de Selección
Cruceros Mare Nostrum
""",
})
