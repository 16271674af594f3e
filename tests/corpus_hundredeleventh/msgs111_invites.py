"""Invitations, reschedules/cancellations and missed-interview notices (hundred-eleventh corpus).

26 invitations, 15 reschedules or cancellations, 10 missed-interview notices, each by hand.
"""

from __future__ import annotations

from msgs111_common import pixel

MESSAGES: list[dict] = []
add = MESSAGES.append

LIMMAT_UID = "040000008200E00074C5B7101A82E00800000000B0F4C71AB72FDC010000000000000000100000007A1C3E5F0D9B4E2A8C6F1D3B5E7A9C0E"
MOABIT_UID = "5q2v8k1t0c7m3n9r4b6x1z8w2y@google.com"

# ---------------------------------------------------------------- interview_invitation (26)

add({
    "kind": "interview_invitation", "scenario": "greenhouse_video_schedule", "boundary_style": "javamail", "lang": "en",
    "company": "Grachtenhuis Payments", "contact": "noor.bakker@grachtenhuis.example.nl",
    "frm": ("Grachtenhuis Payments via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Noor Bakker", "noor.bakker@grachtenhuis.example.nl"),
    "subject": "Next steps: Cloud Operations Engineer at Grachtenhuis Payments",
    "date": "2026-02-24 10:14 +0100",
    "text": """Hi Lukas,

Thanks so much for applying to Grachtenhuis Payments! Our team has reviewed your application and we'd love to set up a first video interview with you.

The call will be 45 minutes with Daan Visser (Engineering Manager, Cloud Operations) and me. We'll talk about your current role, how you handle incidents, and what you're looking for next.

Please pick a time that works for you using the link below:
https://app.greenhouse.io/scheduling/invite/7d3f0a21-4be1-4a09-91c2-55ce9d0b7e3a

If none of the slots work, just reply to this email and I'll find something else.

Looking forward to speaking with you!

Noor Bakker
Recruiter, Grachtenhuis Payments
""",
    "html": """<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="font-size:14px;color:#1d1d1d;line-height:21px">
<tr><td style="padding:18px 0"><img src="https://grnhse-prod.s3.amazonaws.com/logos/grachtenhuis.png" alt="Grachtenhuis Payments" width="150"></td></tr>
<tr><td>
<p>Hi Lukas,</p>
<p>Thanks so much for applying to Grachtenhuis Payments! Our team has reviewed your application and we'd love to set up a first video interview with you.</p>
<p>The call will be 45 minutes with Daan Visser (Engineering Manager, Cloud Operations) and me. We'll talk about your current role, how you handle incidents, and what you're looking for next.</p>
<p style="text-align:center;padding:12px 0"><a href="https://app.greenhouse.io/scheduling/invite/7d3f0a21-4be1-4a09-91c2-55ce9d0b7e3a" style="background:#ff5a36;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none;font-weight:bold">Choose a time</a></p>
<p>If none of the slots work, just reply to this email and I'll find something else.</p>
<p>Looking forward to speaking with you!</p>
<p>Noor Bakker<br>Recruiter, Grachtenhuis Payments</p>
</td></tr></table></td></tr></table>
""" + pixel("https://us.greenhouse-mail.io/o/ooaf1/a9e22b1") + "\n",
})

add({
    "kind": "interview_invitation", "scenario": "outlook_teams_calendar_request", "boundary_style": "outlook", "lang": "en",
    "company": "Limmat Re", "contact": "petra.kaelin@limmat-re.example.ch",
    "frm": ("Kälin Petra", "petra.kaelin@limmat-re.example.ch"),
    "subject": "Interview Lukas Brandstätter-Osei – SRE Lead",
    "date": "2026-08-10 11:15 +0200",
    "header_b": False,
    "headers": {"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "Thread-Topic": "Interview Lukas Brandstätter-Osei – SRE Lead"},
    "text": """Dear Lukas,

Following our phone call, I'm pleased to invite you to a first interview for the SRE Lead position with Thomas Brunner (Head of Infrastructure) and myself.

Date: Tuesday, 18 August 2026, 14:00-15:00 (Zurich time)
Format: Microsoft Teams (link below)

Please accept the invitation so that it appears in your calendar.

Best regards
Petra Kälin
Talent Acquisition | Limmat Re
Mythenquai 50, 8002 Zürich

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2NjQtYzA1Mi00OTcz%40thread.v2/0?context=%7b%22Tid%22%3a%22b7f1%22%7d>
Meeting ID: 318 442 907 115
Passcode: Zh7k3R
________________________________________________________________________________
Limmat Rückversicherungs-Gesellschaft AG | This e-mail may contain confidential information.
""",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}</style></head>
<body lang="DE-CH"><div class="WordSection1">
<p class="MsoNormal">Dear Lukas,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Following our phone call, I'm pleased to invite you to a first interview for the SRE Lead position with Thomas Brunner (Head of Infrastructure) and myself.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Date:</b> Tuesday, 18 August 2026, 14:00-15:00 (Zurich time)<br><b>Format:</b> Microsoft Teams (link below)</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please accept the invitation so that it appears in your calendar.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards<br>Petra Kälin<br><span style="color:#7f7f7f">Talent Acquisition | Limmat Re<br>Mythenquai 50, 8002 Zürich</span></p>
<div style="margin-top:20px;border-top:1px solid #ccc;padding-top:10px">
<p class="MsoNormal"><span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span></p>
<p class="MsoNormal"><b>Join on your computer, mobile app or room device</b></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2NjQtYzA1Mi00OTcz%40thread.v2/0?context=%7b%22Tid%22%3a%22b7f1%22%7d"><span style="color:#6264a7">Click here to join the meeting</span></a></p>
<p class="MsoNormal">Meeting ID: 318 442 907 115<br>Passcode: Zh7k3R</p></div>
<p class="MsoNormal" style="font-size:8pt;color:#999">Limmat Rückversicherungs-Gesellschaft AG | This e-mail may contain confidential information.</p>
</div></body></html>
""",
    "ics_method": "REQUEST",
    "ics": """BEGIN:VCALENDAR
METHOD:REQUEST
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
ORGANIZER;CN=Kälin Petra:mailto:petra.kaelin@limmat-re.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Brand
 stätter-Osei:mailto:lukas.bo@example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brunner Th
 omas:mailto:thomas.brunner@limmat-re.example.ch
SUMMARY;LANGUAGE=en-US:Interview Lukas Brandstätter-Osei – SRE Lead
DTSTART;TZID=W. Europe Standard Time:20260818T140000
DTEND;TZID=W. Europe Standard Time:20260818T150000
UID:""" + LIMMAT_UID + """
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260810T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
})

add({
    "kind": "interview_invitation", "scenario": "headhunter_named_client", "lang": "de",
    "company": "Traunstahl", "contact": "georg.hofbauer@hofbauer-search.example.at",
    "frm": ("Georg Hofbauer", "georg.hofbauer@hofbauer-search.example.at"),
    "subject": "Traunstahl – Kennenlernen mit dem CIO",
    "date": "2026-03-03 08:52 +0100",
    "cte": "8bit",
    "text": """Lieber Herr Brandstätter-Osei,

danke für das offene Telefonat gestern. Wie angekündigt habe ich Ihr Profil heute früh mit dem CIO der Traunstahl AG, Herrn DI Weinberger, besprochen – er möchte Sie gerne persönlich kennenlernen.

Vorschlag für das Erstgespräch:
  Mittwoch, 11. März 2026, 15:30 Uhr
  Traunstahl AG, Werksgelände Linz, Gebäude 12 (Empfang Turmstraße 44)
  Dauer ca. 90 Minuten, Teilnehmer: DI Weinberger, Frau Mag. Aigner (HR), ich selbst

Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt. Parkplätze sind am Besucherparkplatz P3 reserviert.

Herzliche Grüße
Georg Hofbauer

Hofbauer Executive Search e.U.
Landstraße 21, 4020 Linz
+43 732 77 12 40
georg.hofbauer@hofbauer-search.example.at
""",
})

add({
    "kind": "interview_invitation", "scenario": "onsite_graz_utility_directions_pdf", "lang": "de",
    "company": "Energie Mur-Süd", "contact": "bewerbung@energie-mursued.example.at",
    "frm": ("Energie Mur-Süd Personal", "bewerbung@energie-mursued.example.at"),
    "subject": "Einladung zum Vorstellungsgespräch - Leitung IT-Betrieb & Cloud",
    "date": "2026-04-09 09:21 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt, und wir laden Sie gerne zu einem persönlichen Gespräch ein:

Termin: Donnerstag, 23. April 2026, 10:00 Uhr
Ort: Energie Mur-Süd, Zentrale, Puchstraße 88, 8020 Graz, 3. Stock, Besprechungsraum "Schöckl"
Gesprächspartner: Ing. Walter Stelzer (Bereichsleiter IT), Mag. Daniela Krenn (Personal)

Bitte bringen Sie einen Lichtbildausweis mit und melden Sie sich beim Portier. Einen Anfahrtsplan finden Sie im Anhang. Die Zentrale ist mit der Straßenbahnlinie 5 (Haltestelle Puntigamer Brücke) gut erreichbar.

Wir bitten Sie um eine kurze Bestätigung des Termins per Antwort an diese Adresse.

Freundliche Grüße

Mag. Daniela Krenn
Personalentwicklung & Recruiting
Energie Mur-Süd AG
Puchstraße 88, 8020 Graz
""",
    "attachments": [{"filename": "Anfahrtsplan_Zentrale_Puchstrasse.pdf", "lines": [
        "Energie Mur-Süd AG - Anfahrt Zentrale",
        "Puchstraße 88, 8020 Graz",
        "Straßenbahn Linie 5, Haltestelle Puntigamer Brücke (3 Gehminuten)",
        "A9 Abfahrt Graz-Webling, dann Richtung Zentrum",
        "Besucherparkplätze: Einfahrt Tor 2, bitte beim Portier melden",
    ]}],
})

add({
    "kind": "interview_invitation", "scenario": "personio_html_book_slot", "header_b": True, "lang": "de",
    "company": "Spreewerk Logistik", "contact": "",
    "frm": ("Spreewerk Logistik Recruiting", "no-reply@personio.de"),
    "subject": "Einladung zum Interview: IT Infrastructure Lead",
    "date": "2026-02-13 14:30 +0100",
    "html": """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body style="background:#f5f5f5;margin:0;padding:0">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:30px 10px">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333;font-size:15px;line-height:1.5">
<tr><td style="padding:24px 32px"><img src="https://spreewerk.jobs.personio.de/assets/logo.png" alt="spreewerk logistik" height="28"></td></tr>
<tr><td style="padding:0 32px 24px">
<p>Hallo Lukas Brandstätter-Osei,</p>
<p>wir haben uns Ihre Bewerbung als <strong>IT Infrastructure Lead</strong> angesehen und würden Sie gerne in einem ersten Video-Interview (ca. 45 Minuten) kennenlernen.</p>
<p>Bitte wählen Sie über den folgenden Button einen passenden Termin aus. Die Einwahldaten erhalten Sie anschließend automatisch.</p>
<p style="padding:8px 0"><a href="https://spreewerk.jobs.personio.de/interview-slot/8c1a20f7e?lang=de" style="display:inline-block;background:#1e6ef0;color:#ffffff;text-decoration:none;padding:12px 24px;border-radius:6px">Termin auswählen</a></p>
<p>Wir freuen uns auf das Gespräch!</p>
<p>Viele Grüße<br>Ihr Spreewerk-Recruiting-Team</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee">Spreewerk Logistik GmbH · Am Treptower Park 75 · 12435 Berlin · Geschäftsführung: Henrike Paasch · HRB 201887 B<br>Diese Nachricht wurde automatisch über Personio versendet. Antworten an diese Adresse werden nicht gelesen.</td></tr>
</table></td></tr></table>
""" + pixel("https://spreewerk.jobs.personio.de/mail-open/8c1a20f7e.gif") + """
</body></html>
""",
})

add({
    "kind": "interview_invitation", "scenario": "hospital_hearing_commission", "html_style": "outlook", "boundary_style": "outlook", "lang": "de",
    "company": "Privatklinik Kahlenberg", "contact": "verena.schuster@pk-kahlenberg.example.at",
    "frm": ("Schuster Verena", "verena.schuster@pk-kahlenberg.example.at"),
    "subject": "Auswahlgespräch IT-Koordination – Einladung",
    "date": "2026-03-17 13:05 +0100",
    "cte": "8bit",
    "text": """Sehr geehrter Herr Brandstätter-Osei!

Wir freuen uns, Ihnen mitteilen zu können, dass Sie für die Position „Koordination IT-Betrieb und Cloud-Services“ in die engere Auswahl gekommen sind.

Wir laden Sie daher zu einem Auswahlgespräch vor unserer Kommission ein:

  Dienstag, 31. März 2026, 09:00 Uhr
  Privatklinik Kahlenberg, Verwaltungsgebäude, 1. OG, Sitzungszimmer
  Kahlenberger Straße 12, 1190 Wien

Das Gespräch dauert etwa eine Stunde. Zu Beginn bitten wir Sie um eine kurze Vorstellung (ca. 10 Minuten) zum Thema „Wie sichern Sie den 24/7-Betrieb klinischer Systeme?“.

Bitte bestätigen Sie Ihre Teilnahme bis 24. März per E-Mail an mich.

Mit freundlichen Grüßen
Verena Schuster
Personalabteilung
Privatklinik Kahlenberg
Tel. +43 1 370 44-220
""",
})

add({
    "kind": "interview_invitation", "scenario": "university_hearing_presentation", "lang": "de",
    "company": "Hochschule Mur-Mürz", "contact": "personal@hs-muermuerz.example.at",
    "frm": ("Hochschule Mur-Mürz Personal", "personal@hs-muermuerz.example.at"),
    "subject": "Einladung zum Hearing: Leitung Zentraler Informatikdienst (Ausschreibung 07/2026)",
    "date": "2026-05-26 10:40 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

im Namen der Auswahlkommission darf ich Sie zum Hearing für die Stelle "Leitung Zentraler Informatikdienst" (Ausschreibung 07/2026) einladen.

  Datum: Montag, 15. Juni 2026
  Beginn: 13:30 Uhr (bitte 15 Minuten vorher eintreffen)
  Ort: Campus Kapfenberg, Hauptgebäude, Senatssaal (Raum A 2.14)

Ablauf: Fachvortrag (15 Minuten) zum Thema "Cloud-Strategie einer Hochschule mit drei Standorten", anschließend Gespräch mit der Kommission (ca. 30 Minuten).

Bitte senden Sie Ihre Präsentation bis 12. Juni an diese Adresse. Reisekosten können leider nicht ersetzt werden.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Mag.a Bettina Lang
Personalabteilung
Hochschule Mur-Mürz
Werk-VI-Straße 46, 8605 Kapfenberg
personal@hs-muermuerz.example.at
""",
})

add({
    "kind": "interview_invitation", "scenario": "swiss_first_talk", "lang": "de",
    "company": "Glattal Logistik", "contact": "reto.baumann@glattal-logistik.example.ch",
    "frm": ("Baumann Reto", "reto.baumann@glattal-logistik.example.ch"),
    "subject": "Ihre Bewerbung als Teamleiter IT Operations",
    "date": "2026-01-27 15:47 +0100",
    "charset": "windows-1252",
    "cte": "8bit",
    "text": """Grüezi Herr Brandstätter-Osei

Besten Dank für Ihre Bewerbung, die uns sehr angesprochen hat.

Gerne laden wir Sie zu einem ersten Gespräch ein. Dieses würde per Videocall (Microsoft Teams) stattfinden; teilnehmen werden Herr Marco Zollinger (CIO) und ich.

Könnten Sie mir bitte mitteilen, welcher der folgenden Termine Ihnen passt?
- Mittwoch, 4. Februar, 08.30 Uhr
- Donnerstag, 5. Februar, 14.00 Uhr
- Freitag, 6. Februar, 10.30 Uhr

Wir freuen uns auf das Gespräch mit Ihnen.

Freundliche Grüsse

Reto Baumann
Leiter Personal

Glattal Logistik AG
Industriestrasse 19 | 8152 Glattbrugg
T +41 44 809 21 11
www.glattal-logistik.example.ch
""",
})

add({
    "kind": "interview_invitation", "scenario": "private_bank_teams_link", "boundary_style": "outlook", "lang": "de",
    "company": "Bankhaus Riedl & Söhne", "contact": "s.hackl@bankhaus-riedl.example.de",
    "frm": ("Hackl, Stefanie", "s.hackl@bankhaus-riedl.example.de"),
    "subject": "Gesprächseinladung – Senior Cloud Operations Engineer",
    "date": "2026-06-09 11:28 +0200",
    "charset": "windows-1252",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

vielen Dank für Ihre Bewerbung und das freundliche Telefonat am Freitag.

Gerne möchten wir Sie zu einem ersten Gespräch einladen, und zwar am Dienstag, den 16. Juni 2026, von 10:00 bis 11:00 Uhr per Microsoft Teams. Seitens des Bankhauses nehmen Herr Joachim Riedl (Bereichsleiter IT) und ich teil.

Den Link zur Besprechung finden Sie hier:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjI2MmE5ZDEtNWI3Ny00%40thread.v2/0

Sollte der Termin nicht passen, geben Sie mir bitte Bescheid.

Mit freundlichen Grüßen

Stefanie Hackl
Personal

Bankhaus Riedl & Söhne KG
Maximiliansplatz 9 · 80333 München
Telefon +49 89 290 66-315
s.hackl@bankhaus-riedl.example.de

Persönlich haftende Gesellschafter: Joachim Riedl, Dr. Michael Riedl · Amtsgericht München HRA 74021
""",
    "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Brandstätter-Osei,</p>
<p>vielen Dank für Ihre Bewerbung und das freundliche Telefonat am Freitag.</p>
<p>Gerne möchten wir Sie zu einem ersten Gespräch einladen, und zwar am <b>Dienstag, den 16. Juni 2026, von 10:00 bis 11:00 Uhr</b> per Microsoft Teams. Seitens des Bankhauses nehmen Herr Joachim Riedl (Bereichsleiter IT) und ich teil.</p>
<p>Den Link zur Besprechung finden Sie <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjI2MmE5ZDEtNWI3Ny00%40thread.v2/0">hier</a>.</p>
<p>Sollte der Termin nicht passen, geben Sie mir bitte Bescheid.</p>
<p>Mit freundlichen Grüßen</p>
<p>Stefanie Hackl<br>Personal</p>
<p style="color:#1f3864"><b>Bankhaus Riedl &amp; Söhne KG</b><br>Maximiliansplatz 9 · 80333 München<br>Telefon +49 89 290 66-315<br><a href="mailto:s.hackl@bankhaus-riedl.example.de">s.hackl@bankhaus-riedl.example.de</a></p>
<p style="font-size:8pt;color:#808080">Persönlich haftende Gesellschafter: Joachim Riedl, Dr. Michael Riedl · Amtsgericht München HRA 74021</p>
</body></html>
""",
})

add({
    "kind": "interview_invitation", "scenario": "du_startup_calendly", "header_b": True, "lang": "de",
    "company": "flinkbau", "contact": "hannes@flinkbau.example.de",
    "frm": ("Hannes Dittrich", "hannes@flinkbau.example.de"),
    "subject": "Hey Lukas – kurzer Call?",
    "date": "2026-07-02 21:17 +0200",
    "cte": "8bit",
    "text": """Hey Lukas,

ich bin Hannes, einer der Gründer von flinkbau. Deine Bewerbung als erster Platform Engineer hat mir echt gut gefallen – vor allem, dass du schon mal einen kompletten Service Desk umgezogen hast, ohne dass jemand was gemerkt hat :)

Hast du nächste Woche Lust auf einen ersten Call (30–45 Min), einfach um dich kennenzulernen und dir zu erzählen, was wir bauen? Such dir gern einen Slot aus:
https://calendly.com/hannes-flinkbau/kennenlernen

Falls da nix passt, schreib mir einfach, wann's bei dir geht.

Bis bald!
Hannes

--
Hannes Dittrich · Co-Founder & CTO
flinkbau · digitale Bauabnahme
""",
})

add({
    "kind": "interview_invitation", "scenario": "mobile_terse_quoted_absage", "lang": "de",
    "company": "Pöstlingberg Software", "contact": "markus.ebner@poestlingberg.example.at",
    "frm": ("Markus Ebner", "markus.ebner@poestlingberg.example.at"),
    "subject": "AW: Bewerbung Cloud Operations / kurze Frage",
    "date": "2026-05-04 12:36 +0200",
    "cte": "8bit",
    "irt": "<0c4f9e2d-71aa-4d1e-b3f3-4c0aa8e6f1b2@example.at>",
    "text": """Hallo Hr. Brandstätter-Osei,
Stelle ist noch offen. Passt Do 14:00 bei uns im Büro in Urfahr zum Kennenlernen? Adresse steht in der Signatur.
LG Markus Ebner

Markus Ebner | Teamlead Operations | Pöstlingberg Software
Hauptstraße 56, 4040 Linz

Von meinem Samsung Galaxy gesendet

-------- Ursprüngliche Nachricht --------
Von: Lukas Brandstätter-Osei <lukas.bo@example.at>
Datum: 04.05.26 08:03 (GMT+01:00)
An: markus.ebner@poestlingberg.example.at
Betreff: Bewerbung Cloud Operations / kurze Frage

Sehr geehrter Herr Ebner,

ich habe mich vor zwei Wochen auf die Stelle im Bereich Cloud Operations beworben. Falls die Stelle schon vergeben ist, wäre ich Ihnen für eine kurze Absage dankbar, damit ich planen kann.

Beste Grüße
Lukas Brandstätter-Osei
""",
})

add({
    "kind": "interview_invitation", "scenario": "dvinci_assessment_center", "header_b": True, "lang": "de",
    "company": "Donauländische Versicherung", "contact": "",
    "frm": ("Donauländische Versicherung", "noreply@dvinci-hr.com"),
    "subject": "Einladung zum Assessment Center am 8. Oktober",
    "date": "2026-09-21 08:05 +0200",
    "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="620" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #d0d7de">
<tr><td bgcolor="#00497f" style="padding:16px 24px"><img src="https://donaulaendische.dvinci-hr.com/assets/logo_dlv.png" alt="DONAULÄNDISCHE" width="200"></td></tr>
<tr><td style="padding:24px;line-height:1.5">
<p>Sehr geehrter Herr Brandstätter-Osei,</p>
<p>vielen Dank für Ihr Interesse an der Position <b>Teamleitung Cloud &amp; Workplace Services</b>. Wir freuen uns, Sie zu unserem eintägigen Assessment Center einzuladen.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td><b>Datum:</b></td><td>Donnerstag, 8. Oktober 2026</td></tr>
<tr><td><b>Uhrzeit:</b></td><td>08:30 bis ca. 16:00 Uhr</td></tr>
<tr><td><b>Ort:</b></td><td>Donauländische Versicherung, Schottenring 30, 1010 Wien, Empfang Erdgeschoss</td></tr>
</table>
<p>Der Tag umfasst eine Präsentation, eine Gruppenübung, eine Fallstudie zur Störungsbehebung sowie Einzelinterviews mit der Fachabteilung. Für Verpflegung ist gesorgt.</p>
<p>Bitte bestätigen Sie Ihre Teilnahme bis 30. September über unser <a href="https://donaulaendische.dvinci-hr.com/de/portal/confirm?id=4417&amp;utm_medium=email">Bewerberportal</a>.</p>
<p>Mit freundlichen Grüßen<br>Human Resources<br>Donauländische Versicherung</p>
</td></tr>
<tr><td style="padding:12px 24px;background:#f3f6f9;font-size:10px;color:#6a737d">Donauländische Versicherung AG · Schottenring 30 · 1010 Wien · FN 31077 h · Handelsgericht Wien<br>Diese Nachricht wurde automatisch erzeugt, bitte nicht antworten.</td></tr>
</table>
""" + pixel("https://donaulaendische.dvinci-hr.com/o.gif?id=4417") + """
</body></html>
""",
})

add({
    "kind": "interview_invitation", "scenario": "fachgespraech_live_troubleshooting", "html_style": "gmail", "boundary_style": "gmail", "lang": "de",
    "company": "Ars Digitalis", "contact": "lisa.kainz@arsdigitalis.example.at",
    "frm": ("Lisa Kainz", "lisa.kainz@arsdigitalis.example.at"),
    "subject": "Fachgespräch bei Ars Digitalis",
    "date": "2026-06-16 16:22 +0200",
    "text": """Hallo Herr Brandstätter-Osei,

vielen Dank für das angenehme Telefonat letzte Woche. Wie besprochen würden wir gerne in die nächste Runde gehen: ein Fachgespräch mit unserem Plattform-Team.

Vorschlag: Montag, 29. Juni, 09:30–11:30 Uhr, bei uns im Büro (Peter-Behrens-Platz 10, Tabakfabrik, Bau 2, 3. Stock).

Geplant sind rund 45 Minuten Gespräch mit Jakob (Plattform-Lead) und Selin (SRE), danach eine kleine Live-Troubleshooting-Übung: Wir geben Ihnen Zugriff auf eine absichtlich kaputte Testumgebung (Kubernetes + PostgreSQL) und schauen gemeinsam, wie Sie vorgehen. Es geht nicht ums perfekte Ergebnis, sondern um Ihre Herangehensweise. Bringen Sie bitte Ihren eigenen Laptop mit.

Passt Ihnen der Termin?

Viele Grüße
Lisa Kainz
People & Culture

Ars Digitalis GmbH
Peter-Behrens-Platz 10, 4020 Linz
+43 732 90 33 41-12
""",
})

add({
    "kind": "interview_invitation", "scenario": "second_round_management_outlook", "msgid": "<VI1PR08MB3342B77A01@VI1PR08MB3342.eurprd08.prod.outlook.com>", "lang": "de",
    "company": "Prater Cloud Solutions", "contact": "a.novak@pratercloud.example.at",
    "frm": ("Novak Andrea", "a.novak@pratercloud.example.at"),
    "subject": "AW: Ihr Gespräch am 7. Juli – Zweitgespräch",
    "date": "2026-07-10 10:03 +0200",
    "charset": "windows-1252",
    "irt": "<VI1PR08MB3342A11E9F@VI1PR08MB3342.eurprd08.prod.outlook.com>",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

vielen Dank für Ihre Nachricht und nochmals danke für das gute Erstgespräch am Dienstag.

Wir würden Sie sehr gerne zu einem Zweitgespräch mit unserer Geschäftsführung (Herr Mag. Pavlovic und Frau DI Strobl) einladen. Termin: Freitag, 17. Juli 2026, 13:00 Uhr, bei uns im Büro in der Ausstellungsstraße 50, 1020 Wien.

Im Zweitgespräch geht es vor allem um Ihre Vorstellungen zur Teamführung sowie um Rahmenbedingungen (Gehalt, Eintrittstermin, Homeoffice-Regelung).

Mit besten Grüßen
Andrea Novak
HR Business Partner

Prater Cloud Solutions GmbH | Ausstellungsstraße 50 | 1020 Wien
T: +43 1 729 88 10-31 | a.novak@pratercloud.example.at

-----Ursprüngliche Nachricht-----
Von: Lukas Brandstätter-Osei <lukas.bo@example.at>
Gesendet: Mittwoch, 8. Juli 2026 19:12
An: Novak Andrea <a.novak@pratercloud.example.at>
Betreff: Ihr Gespräch am 7. Juli

Sehr geehrte Frau Novak,

herzlichen Dank für das Gespräch gestern. Ich wollte nur kurz nachfragen, bis wann ich mit einer Rückmeldung rechnen kann; ich habe noch ein anderes Verfahren laufen, bei dem sich nächste Woche eine Entscheidung abzeichnet.

Mit freundlichen Grüßen
Lukas Brandstätter-Osei
""",
})

add({
    "kind": "interview_invitation", "scenario": "agency_caps_client_named", "lang": "de",
    "company": "Südbank", "contact": "lena.fuchs@stellwerk-personal.example.de",
    "frm": ("Lena Fuchs – Stellwerk Personal", "lena.fuchs@stellwerk-personal.example.de"),
    "subject": "SUPER NEWS – Südbank möchte Sie kennenlernen!!!",
    "date": "2026-08-04 09:12 +0200",
    "cte": "8bit",
    "text": """Hallo Herr Brandstätter-Osei,

TOLLE NACHRICHTEN!!! Die Südbank hat Ihr Profil gesehen und ist begeistert – der Fachbereich möchte Sie UNBEDINGT kennenlernen!

Geplant ist ein Video-Interview mit dem Teamleiter Cloud Plattform am
>>> Mittwoch, 12.08., 11:00 Uhr (ca. 1 Stunde) <<<

Den Link schicke ich Ihnen, sobald Sie mir den Termin bestätigt haben. Vorab rufe ich Sie gerne noch kurz an, um Sie optimal vorzubereiten (Tipps zur Bank, zum Team und zu den typischen Fragen!).

Ich drück Ihnen jetzt schon die Daumen!!

Herzliche Grüße
Lena Fuchs
Personalberaterin IT & Finance

Stellwerk Personal GmbH | Sonnenstraße 19 | 80331 München
Tel. 089 5454 1290 | lena.fuchs@stellwerk-personal.example.de
Geschäftsführer: Bernd Eichhorn | HRB 224 090, Amtsgericht München
""",
})

add({
    "kind": "interview_invitation", "scenario": "ashby_self_schedule", "header_b": True, "lang": "en",
    "company": "Oosterdok Health", "contact": "",
    "frm": ("Oosterdok Health", "no-reply@ashbyhq.com"),
    "subject": "Schedule your interview with Oosterdok Health",
    "date": "2026-05-11 13:54 +0200",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f7f7f8">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:32px 12px">
<table width="520" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;border:1px solid #e6e6e9;border-radius:8px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Arial,sans-serif;color:#1f1f24">
<tr><td style="padding:28px 32px 8px"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/oosterdok.png" alt="Oosterdok Health" height="30"></td></tr>
<tr><td style="padding:8px 32px 28px;font-size:15px;line-height:1.6">
<p>Hi Lukas,</p>
<p>We'd love to invite you to the next stage for <strong>Senior Cloud Operations Engineer</strong>: a 60-minute technical interview with two engineers from our Platform team.</p>
<p>Please choose a time that suits you. Available slots are shown in your local time zone.</p>
<p><a href="https://app.ashbyhq.com/scheduling/oosterdok/select?token=eyJhbGciOiJIUzI1NiJ9.c2NoZWQ" style="display:inline-block;padding:10px 18px;background:#4a3aff;color:#fff;border-radius:6px;text-decoration:none">Select a time</a></p>
<p>The interview will take place on Google Meet; you'll get the link in your calendar invitation once you've picked a slot.</p>
<p>Cheers,<br>Oosterdok Health Recruiting</p>
</td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid #eee;font-size:11px;color:#8b8b93">Oosterdok Health B.V. · Oosterdokskade 163 · 1011 DL Amsterdam<br>Powered by Ashby · <a href="https://app.ashbyhq.com/unsubscribe?t=c2NoZWQ" style="color:#8b8b93">Unsubscribe from non-essential emails</a></td></tr>
</table></td></tr></table>
""" + pixel("https://app.ashbyhq.com/e/o/c2NoZWQ.gif") + """
</body></html>
""",
})

add({
    "kind": "interview_invitation", "scenario": "google_calendar_invite", "boundary_style": "gmail", "lang": "en",
    "company": "Moabit Mobility", "contact": "jonas.petersen@moabit-mobility.example.de",
    "frm": ("Jonas Petersen", "jonas.petersen@moabit-mobility.example.de"),
    "subject": "Invitation: Interview Lukas / Moabit Mobility (Platform Ops) @ Thu 12 Mar 2026 15:00 - 15:45 (CET) (lukas.bo@example.at)",
    "date": "2026-03-05 17:41 +0100",
    "mid_host": "google.com",
    "cte": "base64",
    "headers": {"Sender": "Google Calendar <calendar-notification@google.com>"},
    "text": """Interview Lukas / Moabit Mobility (Platform Ops)
Thursday 12 March 2026 ⋅ 15:00 – 15:45
Central European Time - Berlin

Join with Google Meet
https://meet.google.com/xqe-hfbt-kow

Hi Lukas, here's the invite for your first interview with Priya Raman (Head of Platform) and me, as discussed on the phone. Looking forward to it! - Jonas, Talent @ Moabit Mobility

Organizer
Jonas Petersen
jonas.petersen@moabit-mobility.example.de

Guests
Jonas Petersen - organizer
Priya Raman
lukas.bo@example.at

Reply for lukas.bo@example.at
Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEydjhrMXQwYzdt&rst=1
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEydjhrMXQwYzdt&rst=2
Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEydjhrMXQwYzdt&rst=3

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
    "html": """<div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px">
<h2 style="font-weight:400;font-size:20px;color:#3c4043">Interview Lukas / Moabit Mobility (Platform Ops)</h2>
<p><b>When</b><br>Thursday 12 March 2026 ⋅ 15:00 – 15:45 (Central European Time - Berlin)</p>
<p><a href="https://meet.google.com/xqe-hfbt-kow" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a><br><span style="color:#70757a">meet.google.com/xqe-hfbt-kow</span></p>
<p>Hi Lukas, here's the invite for your first interview with Priya Raman (Head of Platform) and me, as discussed on the phone. Looking forward to it! - Jonas, Talent @ Moabit Mobility</p>
<p><b>Organizer</b><br>Jonas Petersen<br><a href="mailto:jonas.petersen@moabit-mobility.example.de">jonas.petersen@moabit-mobility.example.de</a></p>
<p><b>Guests</b><br>Jonas Petersen - organizer<br>Priya Raman<br>lukas.bo@example.at</p>
<p>Reply for lukas.bo@example.at &nbsp;
<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEydjhrMXQwYzdt&amp;rst=1">Yes</a> ·
<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEydjhrMXQwYzdt&amp;rst=2">No</a> ·
<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEydjhrMXQwYzdt&amp;rst=3">Maybe</a></p>
<p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
</div>
""",
    "ics_method": "REQUEST",
    "ics_attach": True,
    "ics": """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260312T140000Z
DTEND:20260312T144500Z
DTSTAMP:20260305T164100Z
ORGANIZER;CN=Jonas Petersen:mailto:jonas.petersen@moabit-mobility.example.de
UID:""" + MOABIT_UID + """
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonas Petersen;X-NUM-GUESTS=0:mailto:jonas.petersen@moabit-mobility.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@moabit-mobility.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.bo@example.at;X-NUM-GUESTS=0:mailto:lukas.bo@example.at
X-GOOGLE-CONFERENCE:https://meet.google.com/xqe-hfbt-kow
CREATED:20260305T164058Z
DESCRIPTION:Hi Lukas\\, here's the invite for your first interview with Priy
 a Raman (Head of Platform) and me\\, as discussed on the phone.
LAST-MODIFIED:20260305T164100Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Lukas / Moabit Mobility (Platform Ops)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
})

add({
    "kind": "interview_invitation", "scenario": "panel_luxembourg_agenda", "header_b": True, "lang": "en",
    "company": "Pétrusse Capital", "contact": "c.weber@petrusse-capital.example.lu",
    "frm": ("Claire Weber", "c.weber@petrusse-capital.example.lu"),
    "subject": "Interview invitation - IT Infrastructure Manager",
    "date": "2026-04-15 10:47 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Dear Mr Brandstätter-Osei,

Further to your application for the role of IT Infrastructure Manager, I am pleased to invite you to a panel interview at our offices in Luxembourg-Kirchberg.

Date and time: Wednesday 29 April 2026, 14:00 to 15:30 CEST
Venue: Pétrusse Capital, 33 rue Alphonse Weicker, L-2721 Luxembourg, 5th floor (please register at the ground floor reception)

Panel:
- Marc Schmit, Chief Operating Officer
- Ana Ribeiro, Head of Information Security
- Claire Weber, HR Manager

Agenda:
1. Introductions (10 min)
2. Your experience in running IT operations and service desks (30 min)
3. Scenario discussion: a regulatory audit of our cloud outsourcing (30 min)
4. Your questions (20 min)

Please bring a copy of your ID and your highest diploma. We reimburse reasonable travel costs on presentation of receipts.

Kind regards,

Claire Weber
HR Manager
Pétrusse Capital S.A.
T +352 26 48 71 20
""",
})

add({
    "kind": "interview_invitation", "scenario": "headhunter_unnamed_client", "html_style": "apple", "boundary_style": "apple", "lang": "en",
    "company": "Matterhorn Talent Partners", "contact": "d.keller@matterhorn-talent.example.ch",
    "frm": ("Daniel Keller", "d.keller@matterhorn-talent.example.ch"),
    "subject": "Confidential search - meeting in Zurich",
    "date": "2026-06-22 07:58 +0200",
    "cte": "7bit",
    "text": """Dear Lukas,

Thank you for sending your CV. As mentioned, I'm running a confidential search for a Head of Cloud Operations on behalf of a well-established Swiss private bank. I can't share the name at this stage, but I can tell you more in person.

I'd like to invite you to an interview with me at our office before I present a shortlist to my client:

Friday, 3 July 2026, 10:00
Matterhorn Talent Partners, Talstrasse 58, 8001 Zurich

Alternatively we can do it on Zoom if travelling from Graz is difficult that week.

Kind regards,
Daniel Keller
Managing Partner

Matterhorn Talent Partners AG | Talstrasse 58 | 8001 Zurich | +41 44 211 58 00
""",
})

add({
    "kind": "interview_invitation", "scenario": "smartrecruiters_technical", "lang": "en",
    "company": "Uetliberg Analytics", "contact": "",
    "frm": ("Uetliberg Analytics Hiring Team", "noreply@smartrecruiters.com"),
    "subject": "Interview invitation: Platform Reliability Engineer",
    "date": "2026-08-26 12:12 +0200",
    "html": """<html><body style="margin:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:20px 28px;border-bottom:1px solid #eee"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/uetliberg.png" alt="Uetliberg Analytics" width="140"></td></tr>
<tr><td style="padding:24px 28px;line-height:21px">
<p>Hello Lukas,</p>
<p>Great news! The hiring team for <b>Platform Reliability Engineer</b> would like to invite you to a technical interview.</p>
<p><b>When:</b> Thursday, 3 September 2026, 10:00 – 11:30 (CEST)<br>
<b>Where:</b> Video call (Zoom) – link will follow in a separate calendar invitation<br>
<b>With:</b> Fabienne Roth (Engineering Manager) and Luca Bernasconi (Senior SRE)</p>
<p>The session includes a system-design discussion about an observability platform and questions about on-call practices.</p>
<p><a href="https://jobs.smartrecruiters.com/l/ct?u=aHR0cHM6Ly9teS5zbWFydHJlY3J1aXRlcnMuY29tL2ludGVydmlldw&amp;t=91be" style="background:#0b72e7;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Confirm attendance</a></p>
<p>Best regards,<br>Uetliberg Analytics Hiring Team</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#999;border-top:1px solid #eee">Uetliberg Analytics AG · Binzmühlestrasse 80 · 8050 Zürich<br>Sent via SmartRecruiters. Please do not reply to this email.</td></tr>
</table></td></tr></table>
""" + pixel("https://jobs.smartrecruiters.com/l/op?t=91be77") + """
</body></html>
""",
})

add({
    "kind": "interview_invitation", "scenario": "outlook_chain_quoted_filled", "msgid": "<DB9PR02MB7251E9@DB9PR02MB7251.eurprd02.prod.outlook.com>", "lang": "en",
    "company": "Amstel Data Works", "contact": "eva.smit@amsteldataworks.example.nl",
    "frm": ("Eva Smit", "eva.smit@amsteldataworks.example.nl"),
    "subject": "RE: Platform Engineer application",
    "date": "2026-08-24 15:36 +0200",
    "irt": "<DB9PR02MB7251C4@DB9PR02MB7251.eurprd02.prod.outlook.com>",
    "refs": ["<DB9PR02MB7251A0@DB9PR02MB7251.eurprd02.prod.outlook.com>",
             "<DB9PR02MB7251C4@DB9PR02MB7251.eurprd02.prod.outlook.com>"],
    "text": """Hi Lukas,

Great to hear you're open to the Cloud Support Lead role! Ruben (our Engineering Manager) would like to meet you on Thursday 27 August at 11:00 CEST, via Teams. It'll be about an hour: half conversation, half a walk-through of a past incident of your choice.

I'll send the Teams invite in a minute. Let me know if the time doesn't work.

Kind regards,
Eva

Eva Smit | Talent Acquisition | Amstel Data Works
+31 20 808 4412

From: Lukas Brandstätter-Osei <lukas.bo@example.at>
Sent: Friday, August 21, 2026 6:02 PM
To: Eva Smit <eva.smit@amsteldataworks.example.nl>
Subject: Re: Platform Engineer application

Hi Eva,
thanks for letting me know. Yes, I'd be very interested in the Cloud Support Lead role.
Best, Lukas

From: Eva Smit <eva.smit@amsteldataworks.example.nl>
Sent: Thursday, August 20, 2026 10:11 AM
To: Lukas Brandstätter-Osei <lukas.bo@example.at>
Subject: Platform Engineer application

Hi Lukas,

Unfortunately the Platform Engineer role has been filled, and we will not be moving forward with applications for it. However, we have just opened a Cloud Support Lead position that looks like a great match for your background. Would you like me to consider you for it?

Kind regards,
Eva
""",
})

add({
    "kind": "interview_invitation", "scenario": "workday_live_video", "lang": "en",
    "company": "Noordpunt Energy", "contact": "",
    "frm": ("Noordpunt Energy Careers", "noordpunt@myworkday.com"),
    "subject": "Invitation: live video interview – IT Operations Team Lead",
    "date": "2026-09-08 09:30 +0200",
    "html": """<html><body style="font-family:Arial,sans-serif;background:#ffffff">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="border-top:6px solid #00a36c">
<tr><td style="padding:20px 0"><img src="https://noordpunt.wd3.myworkday.com/assets/noordpunt-logo.png" alt="Noordpunt Energy" width="170"></td></tr>
<tr><td style="font-size:14px;color:#222;line-height:22px">
<p>Dear Lukas,</p>
<p>Thank you for your application for the <b>IT Operations Team Lead</b> position in Amsterdam. We are pleased to invite you to a live video interview with the hiring manager, Willem Kuipers.</p>
<p><b>Date:</b> Tuesday 15 September 2026<br><b>Time:</b> 11:00–11:45 CEST<br><b>Platform:</b> Microsoft Teams (the link is in your candidate home)</p>
<p>Please log in to your <a href="https://noordpunt.wd3.myworkday.com/noordpunt_careers/userHome">candidate home</a> to confirm. If you need an adjustment to the interview process, please let us know there.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Noordpunt Energy</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:18px;border-top:1px solid #eee">Noordpunt Energy N.V. · Danzigerkade 23 · 1013 AP Amsterdam. This mailbox is not monitored.</td></tr>
</table>
""" + pixel("https://noordpunt.wd3.myworkday.com/track/open?c=INT-4471") + """
</body></html>
""",
})

add({
    "kind": "interview_invitation", "scenario": "fr_banque_entretien", "lang": "fr",
    "company": "Banque Alzette", "contact": "sophie.kieffer@banque-alzette.example.lu",
    "frm": ("Sophie Kieffer", "sophie.kieffer@banque-alzette.example.lu"),
    "subject": "Convocation à un entretien - Responsable Support IT",
    "date": "2026-05-05 14:18 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Monsieur,

Nous avons le plaisir de vous informer que votre candidature au poste de Responsable Support IT a retenu notre attention.

Nous vous proposons un entretien le mardi 12 mai 2026 à 14h30 dans nos locaux, 8, boulevard Royal, L-2449 Luxembourg. Vous rencontrerez M. Patrick Hoffmann, directeur des systèmes d'information, ainsi que moi-même. L'entretien pourra se dérouler en français ou en anglais, selon votre préférence.

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Sophie Kieffer
Chargée de recrutement
Banque Alzette S.A.
Tél. : +352 47 11 22 305
""",
})

add({
    "kind": "interview_invitation", "scenario": "fr_mutuelle_visio_html", "header_b": True, "lang": "fr",
    "company": "Mutuelle Romande d'Assurances", "contact": "",
    "frm": ("Mutuelle Romande - Recrutement", "recrutement-noreply@mutuelle-romande.example.ch"),
    "subject": "Invitation à un entretien – Ingénieur·e exploitation cloud",
    "date": "2026-02-18 08:44 +0100",
    "html": """<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#2d2d2d;background:#ffffff">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c9d3dd">
<tr><td style="background:#005a8c;padding:14px 20px"><img src="https://recrutement.mutuelle-romande.example.ch/img/logo-mra-blanc.png" alt="Mutuelle Romande d'Assurances" width="220"></td></tr>
<tr><td style="padding:20px;line-height:1.6">
<p>Bonjour Monsieur Brandstätter-Osei,</p>
<p>Nous vous remercions de votre candidature pour le poste d'<b>Ingénieur·e exploitation cloud</b> (site de Bâle) et avons le plaisir de vous convier à un premier entretien par visioconférence.</p>
<p><b>Date :</b> jeudi 26 février 2026<br><b>Heure :</b> 9h00 – 10h00<br><b>Lien :</b> <a href="https://mra.webex.example.ch/meet/recrutement-it">rejoindre la réunion Webex</a></p>
<p>Vous vous entretiendrez avec M. Julien Perroud, responsable de l'infrastructure, et Mme Carla Monnier, ressources humaines.</p>
<p>Pour confirmer ou modifier ce rendez-vous, merci d'utiliser votre <a href="https://recrutement.mutuelle-romande.example.ch/candidat/rdv?id=MRA-2231">espace candidat</a>.</p>
<p>Avec nos meilleures salutations,<br>Le service Recrutement<br>Mutuelle Romande d'Assurances</p>
</td></tr>
<tr><td style="padding:10px 20px;background:#eef3f7;font-size:10px;color:#666">Mutuelle Romande d'Assurances · Rue du Simplon 11 · 1006 Lausanne · Ce message a été généré automatiquement, merci de ne pas y répondre.</td></tr>
</table>
""" + pixel("https://recrutement.mutuelle-romande.example.ch/t/o.gif?id=MRA-2231") + """
</body></html>
""",
})

add({
    "kind": "interview_invitation", "scenario": "fr_startup_tutoiement", "lang": "fr",
    "company": "Clausen Digital", "contact": "julie@clausen-digital.example.lu",
    "frm": ("Julie Reuter", "julie@clausen-digital.example.lu"),
    "subject": "on se fait un call ?",
    "date": "2026-07-14 11:02 +0200",
    "cte": "8bit",
    "text": """Salut Lukas,

Merci pour ta candidature pour le poste de SRE ! Ton profil nous plaît beaucoup, surtout ton expérience du support de niveau 2/3.

Ça te dit un premier call de 30 minutes jeudi ou vendredi ? Je te propose jeudi 16 juillet à 10h ou vendredi 17 à 16h (heure de Luxembourg). On sera deux : moi et Paul, notre CTO.

Dis-moi ce qui t'arrange et je t'envoie le lien Google Meet.

À très vite,
Julie

Julie Reuter - Talent & Ops - Clausen Digital
25, rue Mathias Hardt, L-1717 Luxembourg
""",
})

add({
    "kind": "interview_invitation", "scenario": "es_videollamada_alt", "boundary_style": "gmail", "lang": "es",
    "company": "Levante Cloud", "contact": "marta.soler@levantecloud.example.com",
    "frm": ("Marta Soler", "marta.soler@levantecloud.example.com"),
    "subject": "Entrevista - Cloud Operations Engineer (Ámsterdam)",
    "date": "2026-09-10 10:19 +0200",
    "text": """Hola Lukas:

¡Gracias por tu interés en Levante Cloud! Hemos revisado tu candidatura para el puesto de Cloud Operations Engineer en nuestra oficina de Ámsterdam y nos gustaría invitarte a una entrevista por videollamada.

Te propongo el lunes 21 de septiembre a las 16:00 (hora de Ámsterdam). Estaremos Jordi Puig, responsable de Plataforma, y yo. Hablaremos en inglés o en castellano, como prefieras.

Enlace: https://meet.google.com/ovw-pdzk-ehq

¿Te viene bien? Si no, dime qué días te encajan mejor.

Un saludo,
Marta

Marta Soler · Talent Acquisition · Levante Cloud
Carrer de Pallars 108, 08018 Barcelona · Keizersgracht 520, Amsterdam
""",
    "html": """<div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">
<p>Hola Lukas:</p>
<p>¡Gracias por tu interés en Levante Cloud! Hemos revisado tu candidatura para el puesto de <b>Cloud Operations Engineer</b> en nuestra oficina de Ámsterdam y nos gustaría invitarte a una entrevista por videollamada.</p>
<p>Te propongo el <b>lunes 21 de septiembre a las 16:00</b> (hora de Ámsterdam). Estaremos Jordi Puig, responsable de Plataforma, y yo. Hablaremos en inglés o en castellano, como prefieras.</p>
<p>Enlace: <a href="https://meet.google.com/ovw-pdzk-ehq">https://meet.google.com/ovw-pdzk-ehq</a></p>
<p>¿Te viene bien? Si no, dime qué días te encajan mejor.</p>
<p>Un saludo,<br>Marta</p>
<div style="color:#888;font-size:12px">Marta Soler · Talent Acquisition · Levante Cloud<br>Carrer de Pallars 108, 08018 Barcelona · Keizersgracht 520, Amsterdam</div>
</div>
""",
})

# -------------------------------------------------------- interview_reschedule_or_cancel (15)

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "outlook_calendar_update_sequence", "lang": "en",
    "company": "Limmat Re", "contact": "petra.kaelin@limmat-re.example.ch",
    "frm": ("Kälin Petra", "petra.kaelin@limmat-re.example.ch"),
    "subject": "Updated: Interview Lukas Brandstätter-Osei – SRE Lead",
    "date": "2026-08-14 16:02 +0200",
    "header_b": False,
    "text": """Dear Lukas,

Unfortunately Thomas has to travel to our London office next week, so we need to move our interview. The new date is Friday, 28 August 2026, 14:00-15:30, and since Thomas will be back in Zurich by then, we would love to meet you on site at Mythenquai 50 instead of on Teams. Thomas would also like to show you our NOC.

The calendar entry has been updated accordingly. Please let me know if the new slot doesn't work for you.

Best regards
Petra Kälin
Talent Acquisition | Limmat Re
""",
    "ics_method": "REQUEST",
    "ics": """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Kälin Petra:mailto:petra.kaelin@limmat-re.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Brand
 stätter-Osei:mailto:lukas.bo@example.at
SUMMARY;LANGUAGE=en-US:Interview Lukas Brandstätter-Osei – SRE Lead
DTSTART;TZID=W. Europe Standard Time:20260828T140000
DTEND;TZID=W. Europe Standard Time:20260828T153000
UID:""" + LIMMAT_UID + """
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260814T140200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Limmat Re\\, Mythenquai 50\\, 8002 Zürich\\, Reception
END:VEVENT
END:VCALENDAR
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "google_calendar_cancel_sick", "lang": "en",
    "company": "Moabit Mobility", "contact": "jonas.petersen@moabit-mobility.example.de",
    "frm": ("Jonas Petersen", "jonas.petersen@moabit-mobility.example.de"),
    "subject": "Canceled event with note: Interview Lukas / Moabit Mobility (Platform Ops) @ Thu 12 Mar 2026 15:00 - 15:45 (CET) (lukas.bo@example.at)",
    "date": "2026-03-12 09:26 +0100",
    "mid_host": "google.com",
    "headers": {"Sender": "Google Calendar <calendar-notification@google.com>"},
    "text": """This event has been canceled with a note:
"Hi Lukas, so sorry for the short notice - Priya is off sick today, so we have to cancel this afternoon's interview. I'll send you a couple of new slots for next week as soon as I've checked her calendar. Jonas"

Interview Lukas / Moabit Mobility (Platform Ops)
Thursday 12 March 2026 ⋅ 15:00 – 15:45
Central European Time - Berlin

Organizer
Jonas Petersen
jonas.petersen@moabit-mobility.example.de

Invitation from Google Calendar
""",
    "ics_method": "CANCEL",
    "ics": """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260312T140000Z
DTEND:20260312T144500Z
DTSTAMP:20260312T082600Z
ORGANIZER;CN=Jonas Petersen:mailto:jonas.petersen@moabit-mobility.example.de
UID:""" + MOABIT_UID + """
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.bo@example.at;X-NUM-GUESTS=0:mailto:lukas.bo@example.at
CREATED:20260305T164058Z
LAST-MODIFIED:20260312T082600Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview Lukas / Moabit Mobility (Platform Ops)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "switch_to_video", "lang": "en",
    "company": "Pétrusse Capital", "contact": "c.weber@petrusse-capital.example.lu",
    "frm": ("Claire Weber", "c.weber@petrusse-capital.example.lu"),
    "subject": "RE: Interview invitation - IT Infrastructure Manager",
    "date": "2026-04-27 12:31 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "irt": "<CAGpR3s0LkBo@mail.gmail.com>",
    "text": """Dear Mr Brandstätter-Osei,

Given the rail strike announced for Wednesday in France and Belgium, we suggest holding your panel interview by video conference instead of at our offices. The time stays the same: Wednesday 29 April, 14:00 CEST. You will receive a Webex link from our assistant tomorrow.

Apologies for the change, and thank you for your flexibility.

Kind regards,
Claire Weber
HR Manager, Pétrusse Capital S.A.

-----Original Message-----
From: Lukas Brandstätter-Osei <lukas.bo@example.at>
Sent: Friday, 17 April 2026 08:40
To: Claire Weber <c.weber@petrusse-capital.example.lu>
Subject: Re: Interview invitation - IT Infrastructure Manager

Dear Ms Weber, thank you, I confirm the panel interview on 29 April at 14:00 in Kirchberg. Kind regards, Lukas Brandstätter-Osei
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "greenhouse_rescheduled", "lang": "en",
    "company": "Grachtenhuis Payments", "contact": "noor.bakker@grachtenhuis.example.nl",
    "frm": ("Grachtenhuis Payments via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Noor Bakker", "noor.bakker@grachtenhuis.example.nl"),
    "subject": "Your interview has been rescheduled",
    "date": "2026-03-02 15:58 +0100",
    "html": """<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="font-size:14px;color:#1d1d1d;line-height:21px">
<tr><td style="padding:18px 0"><img src="https://grnhse-prod.s3.amazonaws.com/logos/grachtenhuis.png" alt="Grachtenhuis Payments" width="150"></td></tr>
<tr><td>
<p>Hi Lukas,</p>
<p>Daan had a clash come up, so we've moved your video interview for <b>Cloud Operations Engineer</b>.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #e3e3e3;font-size:14px">
<tr><td style="color:#888;text-decoration:line-through">Wednesday, March 4, 2026 · 10:00 – 10:45 CET</td></tr>
<tr><td><b>Thursday, March 5, 2026 · 13:30 – 14:15 CET</b></td></tr>
<tr><td>Google Meet: <a href="https://meet.google.com/dkr-wpqa-tnz">meet.google.com/dkr-wpqa-tnz</a></td></tr>
</table>
<p>An updated calendar invitation is on its way. If the new time doesn't suit you, reply to this email and I'll sort it out.</p>
<p>Thanks for your patience!<br>Noor</p>
</td></tr></table></td></tr></table>
""" + pixel("https://us.greenhouse-mail.io/o/ooaf1/c71f0d2") + "\n",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "cancel_incident_new_times", "lang": "en",
    "company": "Uetliberg Analytics", "contact": "fabienne.roth@uetliberg-analytics.example.ch",
    "frm": ("Fabienne Roth", "fabienne.roth@uetliberg-analytics.example.ch"),
    "subject": "Thursday's interview - need to cancel, sorry",
    "date": "2026-09-02 19:47 +0200",
    "cte": "7bit",
    "text": """Hi Lukas,

I'm really sorry, but I have to cancel our technical interview tomorrow at 10:00. We're in the middle of a major incident with one of our data centres and Luca and I will be on the bridge most of tomorrow morning.

The role is very much still open and we'd like to talk to you. Could any of these work instead?
- Tuesday 8 Sept, 14:00
- Wednesday 9 Sept, 09:30
- Thursday 10 Sept, 16:00

Just reply with what suits you and I'll update the calendar invite.

Thanks for understanding,
Fabienne

Fabienne Roth
Engineering Manager, Platform Reliability
Uetliberg Analytics
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_ill_new_date", "lang": "de",
    "company": "Energie Mur-Süd", "contact": "bewerbung@energie-mursued.example.at",
    "frm": ("Energie Mur-Süd Personal", "bewerbung@energie-mursued.example.at"),
    "subject": "Verschiebung Ihres Vorstellungsgesprächs am 23.4.",
    "date": "2026-04-21 14:10 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

leider ist Herr Ing. Stelzer kurzfristig erkrankt, weshalb wir das für Donnerstag, 23. April, 10:00 Uhr vereinbarte Gespräch verschieben müssen.

Als Ersatztermin können wir Ihnen Dienstag, 5. Mai 2026, 10:00 Uhr, am selben Ort anbieten. Sollte Ihnen dieser Termin nicht passen, nennen Sie uns bitte zwei, drei Alternativen in der Woche ab 4. Mai.

Wir entschuldigen uns für die Unannehmlichkeiten.

Freundliche Grüße

Mag. Daniela Krenn
Personalentwicklung & Recruiting
Energie Mur-Süd AG
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "clinic_new_date_html", "lang": "de",
    "company": "Privatklinik Kahlenberg", "contact": "verena.schuster@pk-kahlenberg.example.at",
    "frm": ("Schuster Verena", "verena.schuster@pk-kahlenberg.example.at"),
    "subject": "Neuer Termin für Ihr Auswahlgespräch",
    "date": "2026-03-25 08:37 +0100",
    "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p>Sehr geehrter Herr Brandstätter-Osei!</p>
<p>Aufgrund einer kurzfristigen Terminkollision in der Kommission müssen wir das Auswahlgespräch am <s>31. März 2026, 09:00 Uhr</s> leider verschieben.</p>
<p>Der neue Termin ist:<br><b>Dienstag, 14. April 2026, 09:00 Uhr</b><br>Verwaltungsgebäude, 1. OG, Sitzungszimmer</p>
<p>Das Thema der Kurzpräsentation bleibt unverändert. Bitte teilen Sie mir mit, ob Sie den neuen Termin wahrnehmen können.</p>
<p>Mit freundlichen Grüßen<br>Verena Schuster</p>
<table cellpadding="0" cellspacing="0" style="font-size:9pt;color:#555;border-top:1px solid #9bbb59;padding-top:6px">
<tr><td><img src="https://www.pk-kahlenberg.example.at/img/signatur-logo.png" alt="Privatklinik Kahlenberg" width="120"></td>
<td style="padding-left:10px">Personalabteilung<br>Privatklinik Kahlenberg<br>Kahlenberger Straße 12, 1190 Wien<br>Tel. +43 1 370 44-220</td></tr></table>
</body></html>
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "teams_instead_onsite_outlook", "lang": "de",
    "company": "Bankhaus Riedl & Söhne", "contact": "s.hackl@bankhaus-riedl.example.de",
    "frm": ("Hackl, Stefanie", "s.hackl@bankhaus-riedl.example.de"),
    "subject": "AW: Zweites Gespräch am 30.6. – Änderung",
    "date": "2026-06-26 10:08 +0200",
    "charset": "windows-1252",
    "irt": "<DB7PR02MB4460F0@DB7PR02MB4460.eurprd02.prod.outlook.com>",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

kurze Änderung zu unserem zweiten Gespräch am Dienstag, 30. Juni, 14:00 Uhr: Da Herr Dr. Riedl an diesem Tag in Frankfurt ist, findet das Gespräch nicht bei uns am Maximiliansplatz, sondern per Microsoft Teams statt. Die Uhrzeit bleibt gleich. Die Einladung mit dem Link folgt separat.

Sie sparen sich damit immerhin die Anreise aus Graz.

Mit freundlichen Grüßen
Stefanie Hackl
Personal, Bankhaus Riedl & Söhne KG

Von: Hackl, Stefanie
Gesendet: Freitag, 19. Juni 2026 15:22
An: 'Lukas Brandstätter-Osei' <lukas.bo@example.at>
Betreff: Zweites Gespräch am 30.6.

Sehr geehrter Herr Brandstätter-Osei,

wir freuen uns, Sie zu einem zweiten Gespräch am 30. Juni um 14:00 Uhr bei uns im Haus einzuladen. Leider konnten wir für die Fahrtkosten keine Erstattung vorsehen.

Mit freundlichen Grüßen
Stefanie Hackl
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "agency_client_cancels_date", "lang": "de",
    "company": "Südbank", "contact": "lena.fuchs@stellwerk-personal.example.de",
    "frm": ("Lena Fuchs – Stellwerk Personal", "lena.fuchs@stellwerk-personal.example.de"),
    "subject": "Termin Südbank morgen – leider abgesagt",
    "date": "2026-08-11 17:48 +0200",
    "cte": "8bit",
    "text": """Hallo Herr Brandstätter-Osei,

ich hab leider gerade erfahren, dass der Teamleiter bei der Südbank morgen kurzfristig ausfällt – das Interview um 11:00 Uhr muss daher abgesagt werden. Ganz wichtig: Die Stelle ist NICHT weg, die Bank will Sie weiterhin kennenlernen!

Ich klär gerade einen neuen Termin, wahrscheinlich in der Woche ab 24.08. Ich melde mich, sobald ich was habe.

Sorry für das Hin und Her!

Herzliche Grüße
Lena Fuchs
Stellwerk Personal GmbH | Tel. 089 5454 1290
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "swiss_postponement", "lang": "de",
    "company": "Glattal Logistik", "contact": "reto.baumann@glattal-logistik.example.ch",
    "frm": ("Baumann Reto", "reto.baumann@glattal-logistik.example.ch"),
    "subject": "Terminverschiebung Gespräch 5. Februar",
    "date": "2026-02-03 11:19 +0100",
    "charset": "windows-1252",
    "cte": "8bit",
    "text": """Grüezi Herr Brandstätter-Osei

Leider muss ich unser Gespräch vom Donnerstag, 5. Februar um 14.00 Uhr verschieben, da Herr Zollinger an diesem Nachmittag an einer Verwaltungsratssitzung teilnehmen muss.

Würde Ihnen stattdessen Montag, 9. Februar, 15.00 Uhr passen? Der Teams-Link bleibt derselbe.

Ich entschuldige mich für die Umstände.

Freundliche Grüsse
Reto Baumann
Leiter Personal · Glattal Logistik AG
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "du_mobile_push_call", "lang": "de",
    "company": "flinkbau", "contact": "hannes@flinkbau.example.de",
    "frm": ("Hannes Dittrich", "hannes@flinkbau.example.de"),
    "subject": "Re: Kennenlernen Mittwoch",
    "date": "2026-07-07 08:02 +0200",
    "cte": "8bit",
    "irt": "<calendly-booking-5521@flinkbau.example.de>",
    "text": """Moin Lukas, sorry – muss unseren Call morgen 10 Uhr schieben, Investorentermin dazwischengekommen. Passt dir Freitag 15 Uhr? Gleicher Link.
Hannes

Gesendet von meinem iPhone
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "university_hearing_room", "lang": "de",
    "company": "Hochschule Mur-Mürz", "contact": "personal@hs-muermuerz.example.at",
    "frm": ("Hochschule Mur-Mürz Personal", "personal@hs-muermuerz.example.at"),
    "subject": "Hearing Ausschreibung 07/2026 - geänderter Beginn und Raum",
    "date": "2026-06-10 13:27 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

aufgrund einer Sitzung des Hochschulkollegiums müssen wir das Hearing am Montag, 15. Juni 2026, zeitlich und räumlich verlegen:

  neuer Beginn: 15:00 Uhr (statt 13:30 Uhr)
  neuer Ort: Campus Kapfenberg, Gebäude B, Hörsaal B 0.03

Der Ablauf bleibt unverändert. Wir bitten um kurze Bestätigung, dass Ihnen die neue Uhrzeit möglich ist.

Mit freundlichen Grüßen

Mag.a Bettina Lang
Personalabteilung, Hochschule Mur-Mürz
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "fr_report_entretien", "lang": "fr",
    "company": "Banque Alzette", "contact": "sophie.kieffer@banque-alzette.example.lu",
    "frm": ("Sophie Kieffer", "sophie.kieffer@banque-alzette.example.lu"),
    "subject": "RE: Convocation à un entretien - Responsable Support IT",
    "date": "2026-05-08 16:45 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "boundary_style": "outlook",
    "irt": "<CAKq7Vn3eR2-lukas@mail.example.at>",
    "refs": ["<PR3P191MB0880A1B2@PR3P191MB0880.EURP191.PROD.OUTLOOK.COM>", "<CAKq7Vn3eR2-lukas@mail.example.at>"],
    "headers": {"X-Mailer": "Microsoft Outlook 16.0", "Content-Language": "fr-FR"},
    "text": """Monsieur,

En raison d'un comité de direction exceptionnel, M. Hoffmann ne sera pas disponible le mardi 12 mai. Nous sommes contraints de reporter votre entretien.

Nous vous proposons le jeudi 21 mai 2026 à 10h00, à la même adresse. Si cette date ne vous convient pas, n'hésitez pas à me faire part de vos disponibilités.

Nous vous prions de bien vouloir nous excuser pour ce contretemps.

Bien cordialement,

Sophie Kieffer
Chargée de recrutement
Banque Alzette S.A.

De : Lukas Brandstätter-Osei <lukas.bo@example.at>
Envoyé : mercredi 6 mai 2026 07:58
À : Sophie Kieffer <sophie.kieffer@banque-alzette.example.lu>
Objet : Re: Convocation à un entretien - Responsable Support IT

Madame Kieffer,

Je vous remercie pour votre message et vous confirme ma présence le mardi 12 mai à 14h30. Je préfère mener l'entretien en français.

Pour être transparent : j'ai reçu hier un refus d'un autre établissement, je suis donc entièrement disponible pour la suite de votre processus.

Bien cordialement,
Lukas Brandstätter-Osei

De : Sophie Kieffer <sophie.kieffer@banque-alzette.example.lu>
Envoyé : mardi 5 mai 2026 14:18
À : Lukas Brandstätter-Osei <lukas.bo@example.at>
Objet : Convocation à un entretien - Responsable Support IT

Monsieur,

Nous avons le plaisir de vous informer que votre candidature au poste de Responsable Support IT a retenu notre attention. Nous vous proposons un entretien le mardi 12 mai 2026 à 14h30 dans nos locaux.
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "fr_visio_instead_of_office", "lang": "fr",
    "company": "Mutuelle Romande d'Assurances", "contact": "carla.monnier@mutuelle-romande.example.ch",
    "frm": ("Carla Monnier", "carla.monnier@mutuelle-romande.example.ch"),
    "subject": "Modification : deuxième entretien en visioconférence",
    "date": "2026-03-16 09:12 +0100",
    "text": """Bonjour Monsieur Brandstätter-Osei,

Suite à notre premier échange, nous vous avions convié à un deuxième entretien dans nos bureaux de Bâle le vendredi 20 mars à 11h00.

Pour des raisons d'organisation (travaux dans nos locaux), cet entretien aura finalement lieu en visioconférence, à la même date et à la même heure. Vous recevrez le lien Webex d'ici mercredi.

Avec mes meilleures salutations,

Carla Monnier
Ressources humaines
Mutuelle Romande d'Assurances
Rue du Simplon 11, 1006 Lausanne
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "es_cambio_de_hora", "lang": "es",
    "company": "Levante Cloud", "contact": "marta.soler@levantecloud.example.com",
    "frm": ("Marta Soler", "marta.soler@levantecloud.example.com"),
    "subject": "Re: Entrevista - Cloud Operations Engineer (Ámsterdam)",
    "date": "2026-09-17 13:05 +0200",
    "cte": "8bit",
    "irt": "<CAJx9wQeHu5@mail.gmail.com>",
    "text": """Hola Lukas:

Perdona el cambio, pero tenemos que mover la entrevista del lunes 21. A Jordi le ha surgido un viaje a un cliente y no llega a las 16:00. ¿Te iría bien el mismo lunes a las 18:00, o si no el martes 22 a las 10:00? El enlace de Meet sería el mismo.

Un saludo y perdona las molestias,
Marta

El jue, 10 sept 2026 a las 19:40, Lukas Brandstätter-Osei (<lukas.bo@example.at>) escribió:
> Hola Marta:
> Muchas gracias, el lunes 21 a las 16:00 me viene perfecto.
> Un saludo,
> Lukas
""",
})

# ------------------------------------------------------------- missed_interview_notice (10)

add({
    "kind": "missed_interview_notice", "scenario": "waited_at_reception", "html_style": "outlook", "boundary_style": "outlook", "lang": "de",
    "company": "Wallner Messtechnik", "contact": "j.wallner@wallner-mt.example.at",
    "frm": ("Johanna Wallner", "j.wallner@wallner-mt.example.at"),
    "subject": "Unser Termin heute um 10:00 Uhr",
    "date": "2026-02-19 10:47 +0100",
    "cte": "8bit",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

wir haben heute um 10:00 Uhr mit Herrn Neuhold am Empfang auf Sie gewartet, Sie sind jedoch nicht erschienen. Telefonisch konnten wir Sie leider auch nicht erreichen.

Ich hoffe, es ist nichts passiert. Falls Sie weiterhin Interesse an der Stelle als IT-Systembetreuer haben, melden Sie sich bitte bis Ende der Woche bei mir.

Mit freundlichen Grüßen
Johanna Wallner
Assistenz der Geschäftsführung

Wallner Messtechnik GmbH
Liebenauer Hauptstraße 101 | 8041 Graz
+43 316 46 22 80-0
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "teams_not_joined", "lang": "de",
    "company": "Urfahr Digital", "contact": "recruiting@urfahr-digital.example.at",
    "frm": ("Urfahr Digital Recruiting", "recruiting@urfahr-digital.example.at"),
    "subject": "Video-Interview heute – Sie waren nicht dabei",
    "date": "2026-04-16 14:33 +0200",
    "html": """<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Hallo Herr Brandstätter-Osei,</p>
<p>wir waren heute um 14:00 Uhr im vereinbarten Teams-Meeting für das Interview zur Stelle <b>Cloud Support Engineer</b>, Sie sind dem Meeting aber leider nicht beigetreten. Wir haben bis 14:15 Uhr gewartet.</p>
<p>Vielleicht gab es ein technisches Problem? Wenn Sie noch Interesse haben, antworten Sie einfach auf diese Nachricht – wir schauen dann, ob wir einen neuen Termin finden.</p>
<p>Viele Grüße<br>Nina Hofer<br>Recruiting, Urfahr Digital</p>
<p style="font-size:11px;color:#888">Urfahr Digital GmbH · Hauptplatz 1 · 4020 Linz · <a href="https://www.urfahr-digital.example.at" style="color:#888">urfahr-digital.example.at</a></p>
</div>
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "agency_tried_to_call", "lang": "de",
    "company": "Kogler & Rieger Personalberatung", "contact": "t.kogler@koglerrieger.example.at",
    "frm": ("Thomas Kogler", "t.kogler@koglerrieger.example.at"),
    "subject": "Telefoninterview heute 11:30",
    "date": "2026-05-27 11:58 +0200",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

wir waren heute um 11:30 Uhr zu einem Telefoninterview für das Mandat "Leitung IT-Infrastruktur" (Industrieunternehmen, Obersteiermark) verabredet. Ich habe Sie zweimal unter +43 660 ... angerufen und Ihnen eine Nachricht auf der Mobilbox hinterlassen, konnte Sie aber leider nicht erreichen.

Bitte geben Sie mir Bescheid, ob Sie am Prozess weiter interessiert sind. Mein Auftraggeber möchte die Vorauswahl bis Mitte Juni abschließen.

Mit freundlichen Grüßen

Thomas Kogler
Geschäftsführender Gesellschafter
Kogler & Rieger Personalberatung GmbH
Joanneumring 14 | 8010 Graz | T +43 316 82 04 10
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "trial_day_no_show", "lang": "de",
    "company": "Elektro Gruber & Söhne", "contact": "office@elektro-gruber.example.at",
    "frm": ("Elektro Gruber Office", "office@elektro-gruber.example.at"),
    "subject": "Probetag",
    "date": "2026-01-14 13:20 +0100",
    "charset": "iso-8859-1",
    "cte": "8bit",
    "text": """Hallo Herr Brandstätter-Osei,

Sie waren heute ab 7:30 Uhr bei uns zum Probetag in der IT/Netzwerktechnik eingeteilt. Leider sind Sie nicht gekommen und haben auch nicht abgesagt. Unser Techniker hat extra einen Kundentermin für Sie umgeplant.

Bitte melden Sie sich kurz, ob Sie noch Interesse haben.

Mfg
Brigitte Gruber
Elektro Gruber & Söhne
Kärntner Straße 212, 8054 Graz
Tel 0316 28 41 77
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "swiss_not_appeared", "lang": "de",
    "company": "Basler Dreiländer IT", "contact": "s.meier@dreilaender-it.example.ch",
    "frm": ("Meier Simone", "s.meier@dreilaender-it.example.ch"),
    "subject": "Vorstellungsgespräch vom 9. Juni",
    "date": "2026-06-09 16:12 +0200",
    "charset": "windows-1252",
    "text": """Sehr geehrter Herr Brandstätter-Osei

Sie waren heute um 13.30 Uhr zu einem Vorstellungsgespräch bei uns an der Güterstrasse eingeladen. Leider sind Sie nicht erschienen und haben uns auch nicht informiert.

Wir gehen davon aus, dass Sie kein Interesse mehr an der Stelle haben. Sollte es sich um ein Missverständnis handeln, bitten wir Sie, sich bis Freitag bei uns zu melden.

Freundliche Grüsse

Simone Meier
Personaladministration
Basler Dreiländer IT AG · Güterstrasse 251 · 4053 Basel
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "video_no_show_everything_ok", "lang": "en",
    "company": "Westerpark Games", "contact": "ilse@westerparkgames.example.nl",
    "frm": ("Ilse van Dijk", "ilse@westerparkgames.example.nl"),
    "subject": "Everything ok?",
    "date": "2026-07-23 14:26 +0200",
    "cte": "7bit",
    "text": """Hi Lukas,

We had you down for a video call at 14:00 today with me and Bram (our IT lead), but you didn't join the call. We hung around in the Meet room for 15 minutes.

Hope everything is ok! If something came up, no worries - just let me know and we'll find a new slot.

Cheers,
Ilse

Ilse van Dijk
People Ops | Westerpark Games
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "workday_automated_missed", "lang": "en",
    "company": "Noordpunt Energy", "contact": "",
    "frm": ("Noordpunt Energy Careers", "noordpunt@myworkday.com"),
    "subject": "You missed your scheduled interview",
    "date": "2026-09-15 12:05 +0200",
    "html": """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="border-top:6px solid #00a36c">
<tr><td style="padding:20px 0"><img src="https://noordpunt.wd3.myworkday.com/assets/noordpunt-logo.png" alt="Noordpunt Energy" width="170"></td></tr>
<tr><td style="font-size:14px;color:#222;line-height:22px">
<p>Dear Lukas,</p>
<p>Our records show that you did not attend your scheduled live video interview for the <b>IT Operations Team Lead</b> position today (Tuesday 15 September 2026, 11:00 CEST).</p>
<p>If you would still like to be considered, please request a new interview slot in your <a href="https://noordpunt.wd3.myworkday.com/noordpunt_careers/userHome">candidate home</a> within the next 5 working days. After that, your application will be closed.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Noordpunt Energy</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:18px;border-top:1px solid #eee">Noordpunt Energy N.V. · Danzigerkade 23 · 1013 AP Amsterdam. This mailbox is not monitored.</td></tr>
</table>
""" + pixel("https://noordpunt.wd3.myworkday.com/track/open?c=INT-4471-NS") + """
</body></html>
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "headhunter_tried_call", "lang": "en",
    "company": "Matterhorn Talent Partners", "contact": "d.keller@matterhorn-talent.example.ch",
    "frm": ("Daniel Keller", "d.keller@matterhorn-talent.example.ch"),
    "subject": "Our call at 16:00",
    "date": "2026-07-08 16:24 +0200",
    "cte": "7bit",
    "text": """Lukas,

I tried to call you at 16:00 as agreed for our follow-up interview (the one we moved from Friday) but couldn't get through - straight to voicemail twice.

Could you let me know when you're free to talk? My client wants the shortlist by the 15th.

Daniel

Sent from my iPhone
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "fr_hospital_attendu", "lang": "fr",
    "company": "Centre Hospitalier de l'Eisch", "contact": "drh@che-eisch.example.lu",
    "frm": ("Direction des ressources humaines CHE", "drh@che-eisch.example.lu"),
    "subject": "Votre entretien de ce matin",
    "date": "2026-10-01 11:40 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Monsieur,

Nous vous avons attendu ce matin à 9h30 pour votre entretien relatif au poste de Coordinateur du support informatique, mais vous ne vous êtes pas présenté.

Si un empêchement vous a retenu, nous vous remercions de nous contacter rapidement à cette adresse ou au +352 30 55 1-200 afin de convenir, le cas échéant, d'une nouvelle date.

Veuillez agréer, Monsieur, nos salutations distinguées.

Isabelle Wagner
Direction des ressources humaines
Centre Hospitalier de l'Eisch
2, rue de l'Hôpital, L-7513 Mersch
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "es_no_te_conectaste", "html_style": "outlook", "boundary_style": "outlook", "lang": "es",
    "company": "Sierra Norte Sistemas", "contact": "pablo.iglesias@sierranorte.example.com",
    "frm": ("Pablo Iglesias Marín", "pablo.iglesias@sierranorte.example.com"),
    "subject": "RE: Entrevista Ingeniero de Operaciones - Múnich",
    "date": "2026-08-20 17:15 +0200",
    "charset": "windows-1252",
    "irt": "<AS8PR04MB8120C71D@AS8PR04MB8120.eurprd04.prod.outlook.com>",
    "refs": ["<AS8PR04MB8120A03F@AS8PR04MB8120.eurprd04.prod.outlook.com>",
             "<AS8PR04MB8120C71D@AS8PR04MB8120.eurprd04.prod.outlook.com>"],
    "text": """Hola Lukas,

Te esperamos hoy a las 17:00 en la videollamada para la entrevista, pero no te conectaste. Te escribimos también por el chat de Teams sin respuesta.

Si tuviste algún problema, escríbeme y buscamos otra fecha esta semana o la que viene.

Saludos,
Pablo

Pablo Iglesias Marín
Responsable de Infraestructura
Sierra Norte Sistemas
Landsberger Str. 110, 80339 München

De: Lukas Brandstätter-Osei <lukas.bo@example.at>
Enviado: martes, 18 de agosto de 2026 9:41
Para: Pablo Iglesias Marín <pablo.iglesias@sierranorte.example.com>
Asunto: Re: Entrevista Ingeniero de Operaciones - Múnich

Hola Pablo, perfecto, el jueves 20 a las 17:00 me viene bien. ¡Gracias!
Lukas

De: Pablo Iglesias Marín <pablo.iglesias@sierranorte.example.com>
Enviado: lunes, 17 de agosto de 2026 12:06
Para: Lukas Brandstätter-Osei <lukas.bo@example.at>
Asunto: Entrevista Ingeniero de Operaciones - Múnich

Hola Lukas:

Hemos revisado tu candidatura y nos gustaría invitarte a una entrevista por videollamada (Teams) para el puesto de Ingeniero de Operaciones en nuestra oficina de Múnich. ¿Te viene bien el jueves 20 de agosto a las 17:00?

Un saludo,
Pablo
""",
})

assert len(MESSAGES) == 51, len(MESSAGES)
