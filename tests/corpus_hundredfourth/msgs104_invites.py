"""Interview invitations, reschedules/cancellations and missed-interview notices of the
hundredfourth corpus, written one by one (26 + 15 + 10 messages)."""

from __future__ import annotations

from msgs104_common import CAND_PLAIN

MESSAGES: list[dict] = []
add = MESSAGES.append

PFISTER_UID = "040000008200E00074C5B7101A82E00800000000D0A1F3C4B2ABDC01000000000000000010000000PFI26"
KINETIQ_UID = "ashby-int-6f2c0b7e-91d4-4a55-b0e2-kq2026@ashbyhq.com"

# ---------------------------------------------------------------- invitations (26)

# I1 -- Ulm family machine builder, HR lead, iso-8859-1 QP
add({
    "n": "family_firm_invite", "kind": "interview_invitation", "lang": "de",
    "frm": ("Wiedemann, Carola", "c.wiedemann@kessler-roth.example.de"), "to": CAND_PLAIN,
    "subj": "Einladung zum Vorstellungsgespräch - Produktmanager Sondermaschinen",
    "date": "2026-02-05 10:31 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
    "mid": "<AM0PR07MB4412A7C30F11@AM0PR07MB4412.eurprd07.prod.outlook.example.com>",
    "body": """Sehr geehrter Herr Szymanski-Ortega,

vielen Dank für Ihre Bewerbung als Produktmanager Sondermaschinen. Ihr Werdegang hat uns neugierig gemacht, und wir würden Sie gerne persönlich kennenlernen.

Wir schlagen Ihnen folgenden Termin vor:

Dienstag, 17. Februar 2026, 10:00 Uhr
Kessler & Roth Maschinenbau, Einsteinstraße 41, 89077 Ulm (Empfang Gebäude B)

Gesprächspartner sind Herr Matthias Roth (Geschäftsführer) und ich. Planen Sie bitte etwa zwei Stunden ein, inklusive eines kurzen Rundgangs durch die Montage. Parkplätze finden Sie direkt vor dem Gebäude.

Bitte bestätigen Sie mir den Termin kurz per E-Mail oder telefonisch. Falls er Ihnen nicht passt, finden wir gerne eine Alternative.

Mit freundlichen Grüßen

Carola Wiedemann
Personalleitung

Kessler & Roth Maschinenbau GmbH
Einsteinstraße 41 | 89077 Ulm
Tel. +49 731 93 551-214
Geschäftsführer: Matthias Roth, Dr. Eva Kessler-Brandt | Amtsgericht Ulm HRB 72 0193
""",
    "company": "Kessler & Roth Maschinenbau", "contact": "c.wiedemann@kessler-roth.example.de",
})

# I2 -- Basel engineering consultancy, Outlook invitation with text/calendar REQUEST
add({
    "n": "swiss_consultancy_ics_request", "kind": "interview_invitation", "lang": "de",
    "frm": ("Reto Gisler", "reto.gisler@pfister-ing.example.ch"),
    "subj": "Einladung: Kennenlerngespräch Pfister Ingenieure / B. Szymański-Ortega",
    "date": "2026-03-03 10:15 +0100", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<ZR0P278MB0791C1D2E3@ZR0P278MB0791.CHEP278.PROD.OUTLOOK.example.com>",
    "body": """Grüezi Herr Szymański-Ortega

Wie heute Morgen am Telefon besprochen, sende ich Ihnen die Einladung für unser erstes Gespräch über Microsoft Teams:

Donnerstag, 12. März 2026, 14:00–15:00 Uhr
Teilnehmende: Reto Gisler (Leiter Industrieanlagen), Simone Anliker (HR)

Den Teams-Link finden Sie in der Kalendereinladung. Wir freuen uns, mehr über Ihre Erfahrung in der Antriebsauslegung zu hören und Ihnen unser Produktteam vorzustellen.

Freundliche Grüsse
Reto Gisler

Pfister Ingenieure AG
Leiter Industrieanlagen
Aeschenvorstadt 55 | CH-4051 Basel
+41 61 205 77 31 | www.pfister-ing.example.ch

________________________________________________________________________________
Microsoft Teams-Besprechung
Auf dem Computer, in der mobilen App oder im Raumgerät teilnehmen
Klicken Sie hier, um an der Besprechung teilzunehmen <https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_PFI26>
Besprechungs-ID: 382 117 904 55
Kennung: 9xQe7T
________________________________________________________________________________
""",
    "html": """<html><body lang="DE-CH" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Grüezi Herr Szymański-Ortega</p>
<p>Wie heute Morgen am Telefon besprochen, sende ich Ihnen die Einladung für unser erstes Gespräch über Microsoft Teams:</p>
<p><b>Donnerstag, 12. März 2026, 14:00–15:00 Uhr</b><br>Teilnehmende: Reto Gisler (Leiter Industrieanlagen), Simone Anliker (HR)</p>
<p>Den Teams-Link finden Sie in der Kalendereinladung. Wir freuen uns, mehr über Ihre Erfahrung in der Antriebsauslegung zu hören und Ihnen unser Produktteam vorzustellen.</p>
<p>Freundliche Grüsse<br>Reto Gisler</p>
<p style="font-size:9pt;color:#555"><b>Pfister Ingenieure AG</b><br>Leiter Industrieanlagen<br>Aeschenvorstadt 55 | CH-4051 Basel<br>+41 61 205 77 31 | <a href="https://www.pfister-ing.example.ch">www.pfister-ing.example.ch</a></p>
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
<div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</span><br>
<a href="https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_PFI26" style="font-size:14px;color:#6264a7">Klicken Sie hier, um an der Besprechung teilzunehmen</a><br>
<span style="font-size:14px">Besprechungs-ID: 382 117 904 55 · Kennung: 9xQe7T</span></div>
</body></html>""",
    "ics": {"method": "REQUEST", "uid": PFISTER_UID, "seq": 0, "stamp": "20260303T091500Z",
             "tz": "W. Europe Standard Time", "start": "20260312T140000", "end": "20260312T150000",
             "summary": "Kennenlerngespräch Pfister Ingenieure / B. Szymanski-Ortega",
             "location": "Microsoft Teams-Besprechung",
             "org": ("Reto Gisler", "reto.gisler@pfister-ing.example.ch")},
    "company": "Pfister Ingenieure", "contact": "reto.gisler@pfister-ing.example.ch",
})

# I3 -- public utility, formal invitation, role mailbox asks for a reply
add({
    "n": "utility_formal_invite", "kind": "interview_invitation", "lang": "de",
    "frm": ("Stadtwerke Donautal - Personalgewinnung", "personalgewinnung@stadtwerke-donautal.example.de"),
    "subj": "Einladung zum Auswahlgespräch - Kennziffer 07/2026",
    "date": "2026-03-12 13:02 +0100", "cs": "utf-8", "cte": "8bit",
    "mid": "<sw-dt.pg.2026031213020077@stadtwerke-donautal.example.de>",
    "body": """Sehr geehrter Herr Szymański-Ortega,

vielen Dank für Ihre Bewerbung auf die Stelle „Produktverantwortliche/r Netztechnik“ (Kennziffer 07/2026).

Wir freuen uns, Sie zu einem Auswahlgespräch einzuladen:

Termin: Dienstag, 24.03.2026, 13:30 Uhr
Ort: Verwaltungsgebäude der Stadtwerke Donautal, Karlstraße 1-3, 89073 Ulm, Raum 3.14 (3. OG)
Dauer: ca. 60 Minuten

An dem Gespräch nehmen Vertreterinnen und Vertreter des Fachbereichs, der Personalabteilung sowie des Personalrats teil. Zu Beginn bitten wir Sie um eine kurze Präsentation (max. 10 Minuten) zum Thema „Digitalisierung der Ortsnetzstation – Chancen für einen kommunalen Versorger“. Ein Beamer steht zur Verfügung.

Bitte bestätigen Sie den Termin bis zum 18.03.2026 durch eine Antwort auf diese E-Mail. Schwerbehinderte Bewerberinnen und Bewerber können die Teilnahme der Schwerbehindertenvertretung wünschen.

Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
i. A. Petra Bauknecht
Personalgewinnung

Stadtwerke Donautal
Anstalt des öffentlichen Rechts
Karlstraße 1-3, 89073 Ulm
""",
    "company": "Stadtwerke Donautal", "contact": "personalgewinnung@stadtwerke-donautal.example.de",
})

# I4 -- research institute, selection interview with a short talk
add({
    "n": "institute_selection_talk", "kind": "interview_invitation", "lang": "de",
    "frm": ("Heike Brunnert", "heike.brunnert@faf-karlsruhe.example.de"),
    "subj": "Einladung Auswahlgespräch FAF-2026-031",
    "date": "2026-03-26 09:48 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<4d0e8f2c-71aa-4b0f-a3e9-faf20260326@faf-karlsruhe.example.de>",
    "body": """Sehr geehrter Herr Szymański-Ortega,

wir danken Ihnen für Ihre Bewerbung als Projektmanager/in Technologietransfer (Kennziffer FAF-2026-031) und möchten Sie zu einem Auswahlgespräch einladen.

Datum: Mittwoch, 15. April 2026
Uhrzeit: 10:00 Uhr
Ort: FAF, Hertzstraße 16, 76187 Karlsruhe, Gebäude 2, Seminarraum 011

Bitte bereiten Sie einen Vortrag von 15 Minuten vor, in dem Sie ein von Ihnen verantwortetes Entwicklungsprojekt vorstellen. Anschließend folgt ein Gespräch mit der Auswahlkommission von etwa 45 Minuten.

Reisekosten werden nach dem Landesreisekostengesetz erstattet. Bitte bringen Sie hierfür Ihre Fahrkarten mit.

Wir bitten um kurze Bestätigung Ihrer Teilnahme.

Mit freundlichen Grüßen
Heike Brunnert

Forschungszentrum für Antriebs- und Fertigungstechnik Karlsruhe (FAF)
Personalabteilung
Hertzstraße 16, 76187 Karlsruhe
Tel. 0721 608-4471
""",
    "company": "Forschungszentrum für Antriebs- und Fertigungstechnik Karlsruhe", "contact": "heike.brunnert@faf-karlsruhe.example.de",
})

# I5 -- Personalberater introduces him to a named client
add({
    "n": "personalberater_client_meeting", "kind": "interview_invitation", "lang": "de",
    "frm": ("Dr. Frank Hohenstein", "f.hohenstein@hohenstein-pb.example.de"),
    "subj": "Termin bei Auer & Söhne in Pfaffenhofen",
    "date": "2026-04-21 08:40 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "mid": "<000c01dcd1a2$7b4e2f30$71ea8d90$@hohenstein-pb.example.de>",
    "body": """Lieber Herr Szymanski-Ortega,

gute Nachrichten: Auer & Söhne Verpackungsmaschinen möchte Sie gerne persönlich kennenlernen!

Vorgeschlagen ist Donnerstag, 30. April, 11:00 Uhr am Stammsitz in Pfaffenhofen an der Ilm. Gesprächspartner sind Herr Johannes Auer (Geschäftsführer, dritte Generation) und Frau Dr. Mertl (Leiterin Entwicklung). Im Anschluss ist ein gemeinsames Mittagessen geplant – ein gutes Zeichen.

Ich schicke Ihnen morgen noch ein kurzes Briefing mit den wichtigsten Punkten zum Unternehmen und zur Rolle. Geben Sie mir bitte bis Donnerstag Bescheid, ob der Termin passt.

Herzliche Grüße
Frank Hohenstein

--
Dr. Frank Hohenstein | Geschäftsführender Partner
Hohenstein Personalberatung GmbH | Königstraße 26 | 70173 Stuttgart
+49 711 2205 8810 | www.hohenstein-pb.example.de
""",
    "company": "Auer & Söhne Verpackungsmaschinen", "contact": "f.hohenstein@hohenstein-pb.example.de",
})

# I6 -- Austrian family business, windows-1252 8bit
add({
    "n": "austria_family_invite", "kind": "interview_invitation", "lang": "de",
    "frm": ("Gerhard Mühlbacher", "g.muehlbacher@muehlfoerder.example.at"),
    "subj": "Ihre Bewerbung als Produktmanager Fördertechnik",
    "date": "2026-03-31 07:55 +0200", "cs": "windows-1252", "cte": "8bit",
    "mid": "<5F1E02BC.6040308@muehlfoerder.example.at>",
    "body": """Grüß Gott Herr DI Szymanski,

danke für Ihre Bewerbung, die wir mit Interesse gelesen haben. Mein Bruder Stefan und ich würden Sie gerne zu einem ersten Gespräch zu uns nach Bad Leonfelden einladen.

Passt Ihnen Dienstag, der 14. April, um 10 Uhr? Wenn die Anreise aus Stuttgart zu weit ist, können wir das erste Gespräch auch per Video machen – sagen Sie mir einfach, was Ihnen lieber ist.

Mit freundlichen Grüßen

Gerhard Mühlbacher
Geschäftsführer
Mühlviertler Fördertechnik Mühlbacher GmbH
Gewerbestraße 12, 4190 Bad Leonfelden
Tel.: +43 7213 6640-0
""",
    "company": "Mühlviertler Fördertechnik Mühlbacher", "contact": "g.muehlbacher@muehlfoerder.example.at",
})

# I7 -- Taleo self-scheduling invitation, no-reply
add({
    "n": "taleo_self_schedule", "kind": "interview_invitation", "lang": "de",
    "frm": ("UNT Karriere", "unt-karriere@taleo.net"),
    "subj": "Einladung zum Interview – Produktmanager Achssysteme (Job-ID 2600318)",
    "date": "2026-04-20 14:16 +0200", "struct": "html", "cs": "iso-8859-1", "cte": "quoted-printable",
    "mid": "<1745162190423.JavaMail.taleo@unt.taleo.net>",
    "html": """<html><body>
<table width="100%" style="font-family:Verdana,sans-serif;font-size:12px"><tr><td>
<table width="620" align="center" style="border:1px solid #cccccc"><tr><td bgcolor="#c8102e" style="padding:10px"><img src="https://unt.taleo.net/careersection/theme/unt/logo.gif" alt="Ulmer Nutzfahrzeugtechnik"></td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrter Herr Szymanski-Ortega,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Produktmanager Achssysteme</b>. Wir möchten Sie gerne in einem persönlichen Interview näher kennenlernen.</p>
<p>Bitte wählen Sie über den folgenden Link einen passenden Termin aus den verfügbaren Zeitfenstern aus (Dauer: 90 Minuten, Ort: Werk Ulm-Donautal, Tor 3):</p>
<p style="text-align:center"><a href="https://unt.taleo.net/careersection/iam/schedule.jsf?lang=de&amp;token=KQ7Zt1mX0" style="background:#c8102e;color:#ffffff;padding:10px 24px;text-decoration:none;font-weight:bold">Interviewtermin auswählen</a></p>
<p>Die Zeitfenster stehen Ihnen bis zum 27.04.2026 zur Verfügung.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Ulmer Nutzfahrzeugtechnik</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#666666">Ulmer Nutzfahrzeugtechnik GmbH, Magirusstraße 140, 89077 Ulm. Registergericht Ulm HRB 2214. Geschäftsführung: Andreas Pfleiderer, Dr. Kerstin Vogt.<br>Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</td></tr></table>
</td></tr></table></body></html>""",
    "company": "Ulmer Nutzfahrzeugtechnik", "contact": "",
})

# I8 -- SuccessFactors invitation, Reply-To the recruiter, base64 HTML
add({
    "n": "successfactors_replyto_recruiter", "kind": "interview_invitation", "lang": "de",
    "frm": ("Brenner Automotive Systems Karriere", "noreply@successfactors.eu"),
    "rt": ("Yvonne Schaible", "yvonne.schaible@brenner-as.example.de"),
    "subj": "Einladung zum Interview: Produktmanager Antriebskomponenten E-Achse (m/w/d)",
    "date": "2026-05-04 16:20 +0200", "struct": "html", "cs": "utf-8", "cte": "base64",
    "mid": "<1051833412.88201.1777904400133@career5.successfactors.eu>",
    "html": """<!DOCTYPE html><html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1a1a1a">
<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b2b4c;padding:18px 24px"><img src="https://career5.successfactors.eu/public/logo/brennerAS_white.png" alt="BRENNER Automotive Systems" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Hallo Herr Szymański-Ortega,</p>
<p>vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem ersten Interview für die Position <strong>Produktmanager Antriebskomponenten E-Achse (Req. 19107)</strong> einzuladen.</p>
<table cellpadding="6" style="border:1px solid #d0d7de;margin:12px 0">
<tr><td><b>Datum</b></td><td>Dienstag, 12. Mai 2026</td></tr>
<tr><td><b>Uhrzeit</b></td><td>15:00 – 16:00 Uhr</td></tr>
<tr><td><b>Format</b></td><td>Microsoft Teams (Link folgt separat)</td></tr>
<tr><td><b>Gesprächspartner</b></td><td>Dr. Martin Lang (Leiter Produktmanagement), Yvonne Schaible (Talent Acquisition)</td></tr>
</table>
<p>Bitte bestätigen Sie uns den Termin, indem Sie auf diese E-Mail antworten. Ihre Antwort geht direkt an Frau Schaible.</p>
<p>Freundliche Grüße<br>Yvonne Schaible<br>Talent Acquisition Deutschland<br>Brenner Automotive Systems SE</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:10px;color:#777;background:#f4f6f8">Brenner Automotive Systems SE, Sitz: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 761 044. Vorstand: Dr. Ines Brenner (Vors.), Tobias Lorch, Mehmet Aydın.</td></tr>
</table></body></html>""",
    "company": "Brenner Automotive Systems", "contact": "yvonne.schaible@brenner-as.example.de",
})

# I9 -- start-up on Personio, du, booking link, multipart/alternative
add({
    "n": "startup_du_booking_link", "kind": "interview_invitation", "lang": "de",
    "frm": ("flinkwerk Jobs", "no-reply@personio.de"),
    "rt": ("Lea Hoffmann", "lea.hoffmann@flinkwerk.example.de"),
    "subj": "Lust auf ein erstes Kennenlernen? 🙂",
    "date": "2026-05-18 11:03 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<personio.msg.8f2a77c1e0b4@flinkwerk.jobs.personio.de>",
    "html": """<div style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#111827;max-width:560px">
<p><img src="https://flinkwerk.jobs.personio.de/img/flinkwerk-wordmark.png" alt="flinkwerk" width="120"></p>
<p>Hi Benedikt,</p>
<p>danke für deine Bewerbung als <b>Product Owner Retrofit-Kits</b>! Dein Mix aus Konstruktion und Kundenprojekten klingt richtig spannend für uns.</p>
<p>Hast du Lust auf ein erstes, lockeres Kennenlernen per Video (ca. 30 Min.) mit unserem CPO Jonas und mir? Such dir hier einfach einen Slot aus, der dir passt:</p>
<p><a href="https://cal.flinkwerk.example.de/lea/kennenlernen?utm_source=personio" style="background:#16a34a;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Termin buchen</a></p>
<p>Wenn keiner der Slots klappt, schreib mir einfach zurück.</p>
<p>Bis bald!<br>Lea<br><span style="color:#6b7280">People &amp; Culture · flinkwerk</span></p>
<p style="font-size:11px;color:#9ca3af">flinkwerk Technologies GmbH · Wiener Str. 8 · 70469 Stuttgart · Gesendet mit Personio</p>
</div>""",
    "company": "flinkwerk", "contact": "lea.hoffmann@flinkwerk.example.de",
})

# I10 -- staffing agency, all-caps and exclamation marks, client named
add({
    "n": "agency_caps_named_client", "kind": "interview_invitation", "lang": "de",
    "frm": ("Kevin Brandl | TopTalent", "kevin.brandl@toptalent-eng.example.de"),
    "subj": "TOP-CHANCE: Vorstellungsgespräch bei Schwabenlift!!!",
    "date": "2026-03-09 08:07 +0100", "struct": "html", "cs": "windows-1252", "cte": "quoted-printable",
    "mid": "<VI1PR03MB6318F0A1B2@VI1PR03MB6318.eurprd03.prod.outlook.example.com>",
    "html": """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Guten Morgen Herr Szymanski!!!</p>
<p><b>SUPER NEWS:</b> Schwabenlift Fördersysteme möchte Sie UNBEDINGT kennenlernen!!! Ich habe Ihr Profil am Freitag vorgestellt und der Bereichsleiter war total begeistert!</p>
<p><b>Termin:</b> Mittwoch, 11.03., 16:00 Uhr<br><b>Ort:</b> Schwabenlift Fördersysteme, Tränkestraße 9, 70597 Stuttgart-Degerloch<br><b>Ansprechpartner:</b> Herr Ralf Kienzle, Bereichsleiter Produktmanagement</p>
<p>Bitte geben Sie mir HEUTE NOCH kurz Bescheid, ob das klappt – am besten per WhatsApp oder Anruf: 0171 / 55 88 213!!!</p>
<p>Viel Erfolg schon mal, das wird super!!!</p>
<p>Beste Grüße<br>Kevin Brandl<br>Senior Recruiter Engineering</p>
<table cellpadding="0" cellspacing="0" style="margin-top:12px"><tr>
<td style="border-right:2px solid #ff6600;padding-right:10px"><img src="https://toptalent-eng.example.de/sig/logo.png" alt="TopTalent Engineering Solutions" width="110"></td>
<td style="padding-left:10px;font-size:9pt;color:#555">TopTalent Engineering Solutions GmbH<br>Heilbronner Str. 150 · 70191 Stuttgart<br>Tel. 0711 / 25 29 77-31 · <a href="https://www.toptalent-eng.example.de/jobs?utm_campaign=signatur">Alle Jobs</a></td></tr></table>
<p style="font-size:8pt;color:#999">Arbeitnehmerüberlassung gem. § 1 AÜG erteilt durch die Bundesagentur für Arbeit. Geschäftsführer: Sven Oberle. Amtsgericht Stuttgart HRB 77 5104.</p>
</body></html>""",
    "company": "Schwabenlift Fördersysteme", "contact": "kevin.brandl@toptalent-eng.example.de",
})

# I11 -- Linz motor works, Austrian "Hearing"
add({
    "n": "linz_hearing", "kind": "interview_invitation", "lang": "de",
    "frm": ("DI Karin Pölzl", "karin.poelzl@lew-linz.example.at"),
    "subj": "Einladung zum Hearing am 9. April",
    "date": "2026-03-20 12:44 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<a51b7ec2d3f04e41@lew-linz.example.at>",
    "body": """Sehr geehrter Herr Szymański-Ortega,

nach unserem Telefonat freue ich mich, Sie zum Hearing für die Position „Produktmanager:in Industriemotoren“ einladen zu dürfen.

Termin: Donnerstag, 9. April 2026, 09:00 bis ca. 12:00 Uhr
Ort: Linzer Elektromotorenwerk, Wiener Straße 131, 4020 Linz, Besprechungsraum „Traun“

Ablauf:
09:00 Begrüßung und Werksrundgang
09:45 Präsentation Ihrerseits (20 Min.): „Wie würden Sie unser Portfolio an IE4-Motoren für den Pumpenmarkt positionieren?“
10:15 Gespräch mit Bereichsleitung und Vertrieb
11:30 Gespräch mit HR

Die Anreisekosten (Bahn 2. Klasse oder km-Geld) übernehmen wir. Wenn Sie eine Übernachtung benötigen, reserviert unser Sekretariat gerne ein Zimmer für Sie.

Ich bitte um kurze Rückmeldung, ob der Termin für Sie passt.

Freundliche Grüße aus Linz

DI Karin Pölzl
Leitung Human Resources
Linzer Elektromotorenwerk GmbH
Wiener Straße 131 | 4020 Linz | Austria
T +43 732 7804-220
FN 39114 w | Landesgericht Linz
""",
    "company": "Linzer Elektromotorenwerk", "contact": "karin.poelzl@lew-linz.example.at",
})

# I12 -- second Personalberater, named client, phone interview first
add({
    "n": "berater_phone_then_client", "kind": "interview_invitation", "lang": "de",
    "frm": ("Clara Mertens", "c.mertens@mertens-executive.example.de"),
    "subj": "Gebhardt Kältetechnik - Gesprächseinladung",
    "date": "2026-06-08 17:11 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<b7e31c0a-2a18-4dd1-9f37-mertens0608@mertens-executive.example.de>",
    "body": """Sehr geehrter Herr Szymański-Ortega,

danke für das gute Telefonat am Freitag. Wie angekündigt habe ich Ihr Profil unserem Mandanten Gebhardt Kältetechnik in Karlsruhe vorgestellt, und man möchte Sie gern zum Gespräch einladen.

Termin: Montag, 15. Juni 2026, 13:00 Uhr
Ort: Gebhardt Kältetechnik, Am Sandfeld 18, 76149 Karlsruhe-Neureut
Gesprächspartner: Herr Uwe Gebhardt (geschäftsführender Gesellschafter), Frau Petra Lüdecke (Leitung Vertrieb)

Ich werde ebenfalls dabei sein. Bitte bestätigen Sie mir den Termin; ich schicke Ihnen dann die Unterlagen zur Vorbereitung (Produktportfolio CO2-Verbundanlagen, Organigramm).

Mit freundlichen Grüßen
Clara Mertens
Partnerin

MERTENS EXECUTIVE PARTNERS
Kaiserstraße 112 · 76133 Karlsruhe
+49 721 9130 4480
""",
    "company": "Gebhardt Kältetechnik", "contact": "c.mertens@mertens-executive.example.de",
})

# I13 -- university transfer centre answers a status question with an invitation
add({
    "n": "university_reply_invite", "kind": "interview_invitation", "lang": "de",
    "frm": ("Prof. Dr.-Ing. Matthias Eberl", "matthias.eberl@hs-isartal.example.de"),
    "subj": "Re: Bewerbung Projektmanager Transferzentrum Antriebstechnik",
    "date": "2026-05-26 22:03 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<e8b1d2aa-0c41-49b8-8d1b-eberl0526@hs-isartal.example.de>",
    "irt": "<CAB7f2QkTz8@mail.example.de>",
    "body": """Sehr geehrter Herr Szymański-Ortega,

entschuldigen Sie die späte Antwort – das Semester hat uns fest im Griff. Ja, wir möchten Sie sehr gerne kennenlernen. Würde es Ihnen am Mittwoch, 3. Juni, um 14:00 Uhr bei uns am Campus in Freising passen (Gebäude C, Raum C 2.07)? Alternativ ginge Freitag, 5. Juni, vormittags.

Frau Hübner aus der Personalabteilung wird ebenfalls teilnehmen.

Viele Grüße
Matthias Eberl

--
Prof. Dr.-Ing. Matthias Eberl
Wissenschaftlicher Leiter Transferzentrum Antriebstechnik
Hochschule für angewandte Wissenschaften Isartal
Am Hofgarten 4 · 85354 Freising

Am 19.05.2026 um 09:41 schrieb Benedikt Szymański-Ortega:
> Sehr geehrter Herr Professor Eberl,
>
> im April habe ich mich auf die Stelle als Projektmanager im Transferzentrum
> beworben. Da ich bisher nichts gehört habe, wollte ich nachfragen, ob die
> Stelle noch offen ist – falls Sie sich bereits anders entschieden haben,
> wäre ich auch für eine kurze Absage dankbar.
>
> Mit freundlichen Grüßen
> Benedikt Szymański-Ortega
""",
    "company": "Hochschule für angewandte Wissenschaften Isartal", "contact": "matthias.eberl@hs-isartal.example.de",
})

# I14 -- NGO, du, short, 8bit
add({
    "n": "ngo_du_short", "kind": "interview_invitation", "lang": "de",
    "frm": ("Miriam Osei", "miriam.osei@technik-fuer-entwicklung.example.de"),
    "subj": "Projektingenieur*in Wasserpumpen – Gespräch?",
    "date": "2026-08-24 10:26 +0200", "cs": "utf-8", "cte": "8bit",
    "mid": "<61a1c7b2-e4f1-4e2c-8d0b-tfe0824@technik-fuer-entwicklung.example.de>",
    "body": """Hallo Benedikt,

vielen Dank für deine Bewerbung! Wir sind ein kleines Team und duzen uns alle, ich hoffe, das ist okay für dich.

Wir würden dich gerne zu einem Gespräch einladen, entweder am Donnerstag (27.08.) um 17 Uhr oder am Montag (31.08.) um 18 Uhr – gerne bei uns im Büro in Stuttgart-Feuerbach oder per Jitsi, wie es dir lieber ist. Dabei sind Tobias aus dem Vorstand und ich.

Sag einfach Bescheid, was dir passt.

Liebe Grüße
Miriam

Miriam Osei
Koordination Projekte Ostafrika
Technik für Entwicklung e.V.
Stuttgarter Str. 33, 70469 Stuttgart
Spendenkonto: IBAN DE00 6005 0101 0000 0000 00
""",
    "company": "Technik für Entwicklung", "contact": "miriam.osei@technik-fuer-entwicklung.example.de",
})

# I15 -- Greenhouse, English, Reply-To the recruiter, multipart/alternative
add({
    "n": "greenhouse_replyto_recruiter", "kind": "interview_invitation", "lang": "en",
    "frm": ("Voltaris Robotics via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "rt": ("Anika Sørensen", "anika.sorensen@voltaris.example.de"),
    "subj": "Interview invitation: Senior Product Manager, Collaborative Robots",
    "date": "2026-03-16 14:37 +0100", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<gh.5a8c1e2f.voltaris.20260316@us.greenhouse-mail.io>",
    "html": """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.55;color:#24292e">
<div style="max-width:600px">
<p><img src="https://s3.amazonaws.example.com/grnhse-prod/voltaris/logo.png" alt="Voltaris Robotics" width="150"></p>
<p>Hi Benedikt,</p>
<p>Thanks for applying to Voltaris Robotics! We'd love to invite you to a first conversation about the Senior Product Manager, Collaborative Robots position.</p>
<p>This will be a 45-minute video interview with me and Marco Bellini, our Director of Product. Please pick a time that works for you using the link below:</p>
<p><a href="https://app.greenhouse.io/scheduling/invite/b93f1c0e?utm_source=email" style="display:inline-block;background:#2f6feb;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">Choose a time</a></p>
<p>If none of the slots work, just reply to this email and I'll sort something out.</p>
<p>Looking forward to speaking with you,<br>Anika Sørensen<br>Senior Recruiter, Voltaris Robotics</p>
</div>
<img src="https://us.greenhouse-mail.io/wf/open?upn=77ab02e1" width="1" height="1" border="0" alt="">
</body></html>""",
    "company": "Voltaris Robotics", "contact": "anika.sorensen@voltaris.example.de",
})

# I16 -- Lever, recruiter writes herself, plain
add({
    "n": "lever_first_call", "kind": "interview_invitation", "lang": "en",
    "frm": ("Emma Lindahl", "no-reply@hire.lever.co"),
    "rt": ("Emma Lindahl", "emma.lindahl@lindqvist-motion.example.com"),
    "subj": "Lindqvist Motion Systems – let's talk!",
    "date": "2026-02-23 09:12 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<lever.8c1d2f.20260223.emma@hire.lever.co>",
    "body": """Hi Benedikt,

I'm Emma, Talent Partner for our Munich office. Thanks for applying for the Product Manager Linear Axes role - your background in drive sizing is exactly the kind of thing our team keeps asking for.

Would you be free for a 30-minute intro call this week? I have Wednesday 25th at 10:00 or 16:30, or Thursday 26th at 11:00 (all CET). Let me know what suits and I'll send a Google Meet link.

Best,
Emma

Emma Lindahl | Talent Partner DACH | Lindqvist Motion Systems
""",
    "company": "Lindqvist Motion Systems", "contact": "emma.lindahl@lindqvist-motion.example.com",
})

# I17 -- UK firm, Outlook signature with company registration
add({
    "n": "uk_teams_head_of_product", "kind": "interview_invitation", "lang": "en",
    "frm": ("Oliver Pennington", "oliver.pennington@carrow-industrial.example.com"),
    "subj": "Interview - Product Manager, Process Pumps",
    "date": "2026-04-24 12:05 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<LO2P265MB5011A1B0C9@LO2P265MB5011.GBRP265.PROD.OUTLOOK.example.com>",
    "body": """Dear Benedikt,

Thank you for your application for the Product Manager - Process Pumps role based in our Stuttgart office.

I'm pleased to invite you to a first-stage interview with Fiona Marsh, our Head of Product for Fluid Handling. The interview will take place on Microsoft Teams on Wednesday 6 May at 11:00 CEST (10:00 UK time) and will last around an hour. Fiona will want to hear about a product or project you took from concept to launch, and how you worked with sales.

Please confirm by replying to this email, and let me know if you need any adjustments for the interview.

Kind regards,

Oliver Pennington
Senior Talent Acquisition Partner, EMEA
Carrow Industrial Ltd
M: +44 7700 900 418

Carrow Industrial Ltd is registered in England No 04829113. Registered office: 3 Canal Wharf, Leeds LS11 5PS.
""",
    "company": "Carrow Industrial", "contact": "oliver.pennington@carrow-industrial.example.com",
})

# I18 -- Ashby with text/calendar REQUEST, no-reply, no Reply-To
add({
    "n": "ashby_ics_request", "kind": "interview_invitation", "lang": "en",
    "frm": ("Kinetiq Labs Hiring", "no-reply@ashbyhq.com"),
    "subj": "Interview confirmed: Product Manager, Edge Devices – Kinetiq Labs",
    "date": "2026-05-11 10:40 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<ashby.sched.6f2c0b7e@ashbyhq.com>",
    "body": """Hi Benedikt,

Your interview with Kinetiq Labs is scheduled.

Product Manager, Edge Devices - Hiring Manager Interview
Tuesday, May 19, 2026 · 15:30 - 16:15 (Europe/Berlin)
Interviewer: Tomasz Wrona, Head of Product
Google Meet: https://meet.google.example.com/kqx-edge-pmi

A calendar invitation is attached. If you need to reschedule, please use the link in your candidate portal.

Kinetiq Labs
Sent via Ashby
""",
    "html": """<div style="font-family:system-ui,Arial,sans-serif;font-size:15px;color:#111;max-width:520px">
<p><img src="https://app.ashbyhq.com/api/images/org-theme-logo/kinetiq.png" alt="Kinetiq Labs" height="26"></p>
<p>Hi Benedikt,</p>
<p>Your interview with Kinetiq Labs is scheduled.</p>
<table style="border:1px solid #eee;border-radius:6px;padding:12px"><tr><td>
<b>Product Manager, Edge Devices – Hiring Manager Interview</b><br>
Tuesday, May 19, 2026 · 15:30 – 16:15 (Europe/Berlin)<br>
Interviewer: Tomasz Wrona, Head of Product<br>
<a href="https://meet.google.example.com/kqx-edge-pmi">Join Google Meet</a></td></tr></table>
<p>A calendar invitation is attached. If you need to reschedule, please use the link in your <a href="https://app.ashbyhq.com/candidate-portal/kinetiq?t=e91c">candidate portal</a>.</p>
<p style="font-size:12px;color:#999">Kinetiq Labs · Sent via Ashby</p>
<img src="https://app.ashbyhq.com/email-tracking/open/9ab31c.gif" width="1" height="1" alt=""></div>""",
    "ics": {"method": "REQUEST", "uid": KINETIQ_UID, "seq": 0, "stamp": "20260511T084000Z",
             "tz": "Europe/Berlin", "start": "20260519T153000", "end": "20260519T161500",
             "summary": "Kinetiq Labs - Hiring Manager Interview (Benedikt Szymanski-Ortega)",
             "location": "https://meet.google.example.com/kqx-edge-pmi",
             "org": ("Kinetiq Labs Hiring", "no-reply@ashbyhq.com"),
             "prodid": "-//Ashby//Interview Scheduler//EN"},
    "company": "Kinetiq Labs", "contact": "",
})

# I19 -- iCIMS, English, Monterrey plant, HTML only
add({
    "n": "icims_monterrey_en", "kind": "interview_invitation", "lang": "en",
    "frm": ("Rotec Dynamics Talent Acquisition", "talent@rotecdynamics.icims.com"),
    "subj": "Interview Invitation – Product Manager, Industrial Drives – Monterrey, NL",
    "date": "2026-06-10 08:50 -0600", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<icims.5577120.int.20260610@rotecdynamics.icims.com>",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="100%" bgcolor="#f5f5f5" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" bgcolor="#ffffff" cellpadding="20" cellspacing="0">
<tr><td style="border-bottom:2px solid #003a70"><img src="https://careers-rotecdynamics.icims.com/images/logo_rotec.png" alt="ROTEC DYNAMICS" height="34"></td></tr>
<tr><td>
<p>Dear Benedikt,</p>
<p>Thank you for your interest in the <b>Product Manager, Industrial Drives</b> position (Req. 2026-5577) at our Apodaca, Nuevo León facility.</p>
<p>We would like to invite you to a virtual interview with the hiring manager, Raj Malhotra, on <b>Tuesday, June 16, 2026 at 9:00 AM Central Time (Mexico City)</b> – 5:00 PM in Germany. The interview will be held on Microsoft Teams; the link will be sent in a separate calendar invitation.</p>
<p>Please confirm your availability through the candidate portal:</p>
<p><a href="https://careers-rotecdynamics.icims.com/jobs/candidate/confirm?i=1&amp;s=8812" style="color:#003a70;font-weight:bold">Confirm interview &raquo;</a></p>
<p>Sincerely,<br>Talent Acquisition Team<br>Rotec Dynamics, Inc.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Rotec Dynamics is an Equal Opportunity Employer. This message was sent from an unmonitored mailbox.<br><a href="https://careers-rotecdynamics.icims.com/privacy">Privacy Notice</a></td></tr>
</table></td></tr></table>
<img src="https://rotecdynamics.icims.com/trk/o.gif?m=5577120" width="1" height="1" alt=""></body></html>""",
    "company": "Rotec Dynamics", "contact": "",
})

# I20 -- Bilbao workshop, usted, iso-8859-1 8bit
add({
    "n": "bilbao_workshop_invite", "kind": "interview_invitation", "lang": "es",
    "frm": ("Itziar Garaikoetxea", "itziar@garaikoetxea.example.es"), "to": CAND_PLAIN,
    "subj": "Entrevista - Responsable de Producto",
    "date": "2026-02-26 12:15 +0100", "cs": "iso-8859-1", "cte": "8bit",
    "mid": "<003a01dca6f1$4c2b9e80$e482db80$@garaikoetxea.example.es>",
    "body": """Buenos días, Sr. Szymanski:

Hemos recibido su candidatura para el puesto de Responsable de Producto y nos gustaría conocerle en persona.

¿Le vendría bien el jueves 5 de marzo a las 10:00 en nuestras instalaciones de Basauri? La entrevista sería con Josu Garaikoetxea, director técnico, y conmigo, y tendría una duración aproximada de una hora y media, incluyendo una visita al taller.

Si viene desde Alemania y le resulta más cómodo, podemos hacer una primera conversación por videollamada.

Quedo a la espera de su confirmación.

Un saludo,

Itziar Garaikoetxea Uribe
Dirección de Personas
Talleres Garaikoetxea, S.L.
Polígono Industrial Lapatza, 7 - 48970 Basauri (Bizkaia)
Tel. 944 402 118
""",
    "company": "Talleres Garaikoetxea", "contact": "itziar@garaikoetxea.example.es",
})

# I21 -- Monterrey metalworking group, reply chain "El ... escribió"
add({
    "n": "monterrey_group_reply_chain", "kind": "interview_invitation", "lang": "es",
    "frm": ("Mariana Garza Leal", "mariana.garza@gmn.example.mx"),
    "subj": "RE: Postulación Gerente de Producto - Línea de Prensas",
    "date": "2026-06-29 11:22 -0600", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<BY5PR04MB6900D1F3A2@BY5PR04MB6900.namprd04.prod.outlook.example.com>",
    "irt": "<CAJ1q9wH88a@mail.example.de>",
    "body": """Buen día Benedikt,

Gracias por tu mensaje y por tu interés. Con gusto te confirmo que el Ing. Salvador Villarreal, Director de la División Prensas, quiere platicar contigo.

Te propongo una entrevista por Teams el jueves 9 de julio a las 9:00 a.m. hora del centro de México (17:00 hora de Alemania). Si te queda bien, en cuanto me confirmes te mando la liga.

Saludos cordiales,

Lic. Mariana Garza Leal
Atracción de Talento
Grupo Metalmecánico del Norte
Av. Constitución 2210 Ote., Col. Centro, Monterrey, N.L.
Tel. +52 81 8340 1200 ext. 318

El vie, 26 jun 2026 a las 3:11, Benedikt Szymański-Ortega (<b.szymanski@example.de>) escribió:
> Estimada Lic. Garza:
>
> Le escribo para dar seguimiento a mi postulación del 1 de junio. Entiendo que
> reciben muchas solicitudes; si la posición ya fue cubierta o mi perfil no
> encaja, le agradecería que me lo dijera.
>
> Saludos,
> Benedikt Szymański-Ortega
""",
    "company": "Grupo Metalmecánico del Norte", "contact": "mariana.garza@gmn.example.mx",
})

# I22 -- Monterrey start-up, tú, from the phone
add({
    "n": "monterrey_startup_phone", "kind": "interview_invitation", "lang": "es",
    "frm": ("Daniela Treviño", "daniela@autoregio.example.mx"),
    "subj": "Entrevista Product Lead",
    "date": "2026-08-18 19:05 -0600", "cs": "utf-8", "cte": "8bit",
    "mid": "<A3C1F0E2-77B1-4C1D-9E0A-DT0818@autoregio.example.mx>",
    "body": """Hola Benedikt, soy Dani de Automatización Regiomontana. Vimos tu CV y nos late mucho. Tienes chance de una videollamada el martes 25 a las 8am de aqui (4pm alla)? Seria con Rodrigo, nuestro CTO, y conmigo. Si no, dime que horario te acomoda.

Saludos!

Enviado desde mi iPhone
""",
    "company": "Automatización Regiomontana", "contact": "daniela@autoregio.example.mx",
})

# I23 -- Bilbao consultancy names its client this time; windows-1252
add({
    "n": "consultora_cliente_nombrado", "kind": "interview_invitation", "lang": "es",
    "frm": ("Aitor Zubizarreta | Norte Talento", "aitor.zubizarreta@nortetalento.example.es"),
    "subj": "Entrevista con Aceros Ibaizabal – Jefe de Producto",
    "date": "2026-09-14 10:47 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "mid": "<AM9PR08MB6051B7E0@AM9PR08MB6051.eurprd08.prod.outlook.example.com>",
    "body": """Hola Benedikt:

¡Buenas noticias! Aceros Ibaizabal quiere entrevistarte para el puesto de Jefe de Producto – Aceros Especiales.

La entrevista será el miércoles 23 de septiembre a las 11:30 en sus oficinas de Barakaldo (Avenida Altos Hornos 14). Estarán Nerea Etxeberria, directora comercial, y Iñaki Sarasola, de RR. HH.

Te mando en otro correo un resumen de la empresa para que lo prepares. Confírmame cuando puedas, por favor.

Un abrazo,

Aitor Zubizarreta
Consultor Senior · Industria
Norte Talento Consultores
Gran Vía 45, 4º · 48011 Bilbao · 944 231 560
""",
    "company": "Aceros Ibaizabal", "contact": "aitor.zubizarreta@nortetalento.example.es",
})

# I24 -- Lyon machine-tool maker, vous, windows-1252
add({
    "n": "lyon_vous_invite", "kind": "interview_invitation", "lang": "fr",
    "frm": ("Sandrine Perret", "s.perret@moreau-vidal.example.fr"),
    "subj": "Invitation à un entretien - Chef de produit Centres d'usinage",
    "date": "2026-03-17 09:30 +0100", "cs": "windows-1252", "cte": "quoted-printable",
    "mid": "<PAZP264MB2719E1B8@PAZP264MB2719.FRAP264.PROD.OUTLOOK.example.com>",
    "body": """Bonjour Monsieur Szymanski-Ortega,

Nous avons bien étudié votre candidature au poste de Chef de produit Centres d'usinage et souhaiterions vous rencontrer.

Nous vous proposons un entretien le mercredi 1er avril 2026 à 14h30 dans nos locaux de Vénissieux, avec M. Laurent Vidal, directeur commercial, et moi-même. L'entretien se déroulera en français ; une partie pourra se faire en anglais si vous le souhaitez.

Merci de bien vouloir me confirmer votre disponibilité.

Bien cordialement,

Sandrine Perret
Responsable Ressources Humaines
Ateliers Moreau-Vidal SAS
12 rue du Dauphiné - 69200 Vénissieux
04 78 70 52 19
""",
    "company": "Ateliers Moreau-Vidal", "contact": "s.perret@moreau-vidal.example.fr",
})

# I25 -- Lyon start-up on Teamtailor, tu, HTML only, Reply-To
add({
    "n": "lyon_startup_visio", "kind": "interview_invitation", "lang": "fr",
    "frm": ("Rhônalp Robotique", "notifications@teamtailor-mail.com"),
    "rt": ("Camille Fabre", "camille.fabre@rhonalp-robotique.example.fr"),
    "subj": "On se parle ? Product Manager AMR",
    "date": "2026-06-03 14:12 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<tt.rhonalp.9e21a0c4@teamtailor-mail.com>",
    "html": """<div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#222;max-width:540px">
<p><img src="https://images.teamtailor-cdn.example.com/rhonalp/logo.svg" alt="Rhônalp Robotique" width="130"></p>
<p>Salut Benedikt,</p>
<p>Merci pour ta candidature ! Ton parcours entre bureau d'études et projets clients nous a bien plu, et on aimerait beaucoup t'inviter à un premier échange en visio (30 min) avec Hugo, notre CTO.</p>
<p>Est-ce que le <b>mardi 9 juin à 9h30</b> te convient ? Sinon, propose-nous deux ou trois créneaux.</p>
<p><a href="https://rhonalp-robotique.teamtailor.example.com/meetings/9e21a0c4?utm_source=mail" style="background:#ff5a36;color:#fff;padding:9px 16px;border-radius:20px;text-decoration:none">Confirmer le créneau</a></p>
<p>À très vite,<br>Camille – Talent &amp; Ops</p>
<p style="font-size:11px;color:#aaa">Rhônalp Robotique SAS · 40 quai Rambaud, 69002 Lyon</p>
<img src="https://t.teamtailor-mail.com/o/9e21.gif" width="1" height="1" alt=""></div>""",
    "company": "Rhônalp Robotique", "contact": "camille.fabre@rhonalp-robotique.example.fr",
})

# I26 -- Lyon water utility, multipart/alternative, role mailbox asks for a reply
add({
    "n": "lyon_utility_convocation", "kind": "interview_invitation", "lang": "fr",
    "frm": ("CLE - Recrutement", "recrutement@cle-lyon.example.fr"),
    "subj": "Convocation à un entretien – Chef de projet produit compteurs intelligents",
    "date": "2026-05-28 14:10 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<PR1P264MB2041A3@PR1P264MB2041.FRAP264.PROD.OUTLOOK.example.com>",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="background:#00629b;padding:14px 20px"><img src="https://www.cle-lyon.example.fr/img/logo-cle-blanc.png" alt="Compagnie Lyonnaise des Eaux" height="38"></td></tr>
<tr><td style="padding:20px">
<p>Monsieur,</p>
<p>Nous avons le plaisir de vous convier à un entretien le <b>mardi 9 juin 2026 à 10h00</b> pour le poste de Chef de projet produit compteurs intelligents (réf. CLE-2026-044).</p>
<p>L'entretien aura lieu au siège de la Compagnie Lyonnaise des Eaux, 7 boulevard Vivier-Merle, 69003 Lyon (accueil, 2e étage), devant un jury composé du directeur des Systèmes de comptage, d'une représentante de la DRH et d'un ingénieur d'exploitation. Il sera suivi d'une visite du site de production d'eau potable de Crépieux.</p>
<p>Merci de confirmer votre présence en répondant à ce courriel avant le 3 juin.</p>
<p>Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.</p>
<p>Mathilde Giraud<br>Chargée de recrutement – Direction des Ressources Humaines</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#777;border-top:1px solid #ccc">Compagnie Lyonnaise des Eaux – Société d'économie mixte au capital de 12 400 000 € – RCS Lyon 512 330 118. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données : <a href="https://www.cle-lyon.example.fr/rgpd">www.cle-lyon.example.fr/rgpd</a>.</td></tr></table>
</body></html>""",
    "company": "Compagnie Lyonnaise des Eaux", "contact": "recrutement@cle-lyon.example.fr",
})

# ---------------------------------------------------------------- reschedules and cancellations (15)

# S1 -- Basel consultancy, Outlook update (SEQUENCE 1) to the same UID
add({
    "n": "swiss_ics_sequence_update", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "frm": ("Reto Gisler", "reto.gisler@pfister-ing.example.ch"),
    "subj": "Aktualisiert: Kennenlerngespräch Pfister Ingenieure / B. Szymański-Ortega",
    "date": "2026-03-09 17:26 +0100", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<ZR0P278MB0791C9F8E7@ZR0P278MB0791.CHEP278.PROD.OUTLOOK.example.com>",
    "body": """Grüezi Herr Szymański-Ortega

Leider hat sich bei Frau Anliker ein Termin überschnitten. Ich habe unser Gespräch deshalb auf Freitag, 13. März, 09:30–10:30 Uhr verschoben – gleicher Teams-Link. Ich hoffe, das passt Ihnen; sonst melden Sie sich bitte kurz.

Freundliche Grüsse
Reto Gisler

Pfister Ingenieure AG | Leiter Industrieanlagen
Aeschenvorstadt 55 | CH-4051 Basel | +41 61 205 77 31
""",
    "html": """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Grüezi Herr Szymański-Ortega</p>
<p>Leider hat sich bei Frau Anliker ein Termin überschnitten. Ich habe unser Gespräch deshalb auf <b>Freitag, 13. März, 09:30–10:30 Uhr</b> verschoben – gleicher Teams-Link. Ich hoffe, das passt Ihnen; sonst melden Sie sich bitte kurz.</p>
<p>Freundliche Grüsse<br>Reto Gisler</p>
<p style="font-size:9pt;color:#555">Pfister Ingenieure AG | Leiter Industrieanlagen<br>Aeschenvorstadt 55 | CH-4051 Basel | +41 61 205 77 31</p>
</body></html>""",
    "ics": {"method": "REQUEST", "uid": PFISTER_UID, "seq": 1, "stamp": "20260309T162600Z",
             "tz": "W. Europe Standard Time", "start": "20260313T093000", "end": "20260313T103000",
             "summary": "Kennenlerngespräch Pfister Ingenieure / B. Szymanski-Ortega",
             "location": "Microsoft Teams-Besprechung",
             "org": ("Reto Gisler", "reto.gisler@pfister-ing.example.ch")},
    "company": "Pfister Ingenieure", "contact": "reto.gisler@pfister-ing.example.ch",
})

# S2 -- automotive supplier, interviewer ill, new date proposed
add({
    "n": "supplier_interviewer_ill", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "frm": ("Yvonne Schaible", "yvonne.schaible@brenner-as.example.de"),
    "subj": "Verschiebung Ihres Interviews am 12.05.",
    "date": "2026-05-11 08:02 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<FR2P281MB1450E0C1@FR2P281MB1450.DEUP281.PROD.OUTLOOK.example.com>",
    "body": """Guten Morgen Herr Szymański-Ortega,

leider muss ich unser für morgen, 15:00 Uhr, geplantes Interview verschieben: Herr Dr. Lang ist kurzfristig erkrankt.

Wäre für Sie alternativ Montag, 18.05., um 10:00 Uhr oder Dienstag, 19.05., um 14:00 Uhr möglich? Das Format bleibt gleich (Teams).

Entschuldigen Sie bitte die Umstände.

Freundliche Grüße
Yvonne Schaible
Talent Acquisition Deutschland

Brenner Automotive Systems SE
Borsigstraße 24 · 70469 Stuttgart
T +49 711 8160-3372
""",
    "company": "Brenner Automotive Systems", "contact": "yvonne.schaible@brenner-as.example.de",
})

# S3 -- Ulm family firm switches to video because of a rail strike, iso-8859-1
add({
    "n": "family_firm_switch_to_video", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "frm": ("Wiedemann, Carola", "c.wiedemann@kessler-roth.example.de"), "to": CAND_PLAIN,
    "subj": "AW: Einladung zum Vorstellungsgespräch - Produktmanager Sondermaschinen",
    "date": "2026-02-13 15:18 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
    "irt": "<CAB7f2QkRt3@mail.example.de>",
    "refs": ["<AM0PR07MB4412A7C30F11@AM0PR07MB4412.eurprd07.prod.outlook.example.com>", "<CAB7f2QkRt3@mail.example.de>"],
    "body": """Hallo Herr Szymanski-Ortega,

wegen des angekündigten Bahnstreiks am Dienstag schlage ich vor, dass wir das Gespräch am 17.02. um 10:00 Uhr per Microsoft Teams führen statt bei uns in Ulm. Die Uhrzeit bleibt. Den Link schicke ich Ihnen Montag. Den Werksrundgang holen wir gerne nach, falls es in die nächste Runde geht.

Ist das für Sie in Ordnung?

Viele Grüße
Carola Wiedemann

Von: Benedikt Szymanski-Ortega <b.szymanski@example.de>
Gesendet: Freitag, 6. Februar 2026 08:44
An: Wiedemann, Carola <c.wiedemann@kessler-roth.example.de>
Betreff: Re: Einladung zum Vorstellungsgespräch - Produktmanager Sondermaschinen

Sehr geehrte Frau Wiedemann,

vielen Dank für die Einladung. Den Termin am 17. Februar um 10:00 Uhr bestätige ich gerne und freue mich auf das Gespräch.

Mit freundlichen Grüßen
Benedikt Szymanski-Ortega
""",
    "company": "Kessler & Roth Maschinenbau", "contact": "c.wiedemann@kessler-roth.example.de",
})

# S4 -- public utility moves the selection interview
add({
    "n": "utility_new_date", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "frm": ("Stadtwerke Donautal - Personalgewinnung", "personalgewinnung@stadtwerke-donautal.example.de"),
    "subj": "Terminverschiebung Auswahlgespräch Kennziffer 07/2026",
    "date": "2026-03-19 11:37 +0100", "cs": "utf-8", "cte": "base64",
    "irt": "<sw-dt.pg.2026031213020077@stadtwerke-donautal.example.de>",
    "body": """Sehr geehrter Herr Szymański-Ortega,

vielen Dank für die Bestätigung Ihres Termins. Aufgrund einer kurzfristig anberaumten Sitzung des Aufsichtsrats muss das Auswahlgespräch am 24.03.2026 leider entfallen.

Wir bieten Ihnen als neuen Termin Dienstag, 31.03.2026, 09:00 Uhr an. Ort und Ablauf (Präsentation, Gespräch) bleiben unverändert.

Bitte teilen Sie uns durch Antwort auf diese E-Mail mit, ob Sie den neuen Termin wahrnehmen können.

Mit freundlichen Grüßen
i. A. Petra Bauknecht
Personalgewinnung

Stadtwerke Donautal
Karlstraße 1-3, 89073 Ulm
""",
    "company": "Stadtwerke Donautal", "contact": "personalgewinnung@stadtwerke-donautal.example.de",
})

# S5 -- start-up, casual move by a day
add({
    "n": "startup_du_push_a_day", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "frm": ("Lea Hoffmann", "lea.hoffmann@flinkwerk.example.de"),
    "subj": "kurze Planänderung",
    "date": "2026-05-26 07:48 +0200", "cs": "utf-8", "cte": "8bit",
    "body": """Hi Benedikt,

sorry für die kurzfrsitige Info: Jonas muss morgen spontan zu einem Kunden nach Heilbronn. Können wir unser Gespräch von Mittwoch 11 Uhr auf Donnerstag 11 Uhr schieben? Gleicher Meet-Link.

Sag kurz Bescheid, ob das klappt!

Lea
""",
    "company": "flinkwerk", "contact": "lea.hoffmann@flinkwerk.example.de",
})

# S6 -- Austrian family business cancels for now, new date to follow
add({
    "n": "austria_cancel_new_date_later", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "frm": ("Gerhard Mühlbacher", "g.muehlbacher@muehlfoerder.example.at"),
    "subj": "AW: Termin 14.4.",
    "date": "2026-04-10 16:59 +0200", "cs": "windows-1252", "cte": "8bit",
    "irt": "<CAB7f2QkPq1@mail.example.de>",
    "body": """Sehr geehrter Herr Szymanski,

ich muss unseren Termin am Dienstag leider absagen – ein Großkunde in Tschechien hat einen Anlagenstillstand, und ich fliege Montag früh nach Brno. Das tut mir sehr leid, zumal Sie schon die Bahn gebucht haben. Die Stornokosten übernehmen wir selbstverständlich.

Ich melde mich Mitte nächster Woche mit einem neuen Terminvorschlag, sobald ich weiß, wann ich zurück bin.

Mit freundlichen Grüßen
Gerhard Mühlbacher
Mühlviertler Fördertechnik Mühlbacher GmbH
""",
    "company": "Mühlviertler Fördertechnik Mühlbacher", "contact": "g.muehlbacher@muehlfoerder.example.at",
})

# S7 -- Taleo: interview time changed, automated
add({
    "n": "taleo_time_changed", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "frm": ("UNT Karriere", "unt-karriere@taleo.net"),
    "subj": "Änderung Ihres Interviewtermins – Job-ID 2600318",
    "date": "2026-04-28 10:05 +0200", "struct": "html", "cs": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><body>
<table width="100%" style="font-family:Verdana,sans-serif;font-size:12px"><tr><td>
<table width="620" align="center" style="border:1px solid #cccccc"><tr><td bgcolor="#c8102e" style="padding:10px"><img src="https://unt.taleo.net/careersection/theme/unt/logo.gif" alt="Ulmer Nutzfahrzeugtechnik"></td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrter Herr Szymanski-Ortega,</p>
<p>Ihr Interviewtermin für die Position <b>Produktmanager Achssysteme</b> wurde geändert.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td style="color:#888">Bisheriger Termin:</td><td><s>Mittwoch, 06.05.2026, 13:00 Uhr</s></td></tr>
<tr><td style="color:#888">Neuer Termin:</td><td><b>Donnerstag, 14.05.2026, 09:30 Uhr</b></td></tr>
<tr><td style="color:#888">Ort:</td><td>Werk Ulm-Donautal, Tor 3, Besucherempfang</td></tr>
</table>
<p>Sollte Ihnen der neue Termin nicht passen, können Sie über Ihr <a href="https://unt.taleo.net/careersection/iam/accessmanagement/login.jsf?lang=de">Kandidatenkonto</a> einen anderen Termin wählen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Ulmer Nutzfahrzeugtechnik</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#666666">Ulmer Nutzfahrzeugtechnik GmbH, Magirusstraße 140, 89077 Ulm. Registergericht Ulm HRB 2214.<br>Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</td></tr></table>
</td></tr></table></body></html>""",
    "company": "Ulmer Nutzfahrzeugtechnik", "contact": "",
})

# S8 -- Personalberater: client postpones the second round until after the trade fair
add({
    "n": "berater_postponed_after_fair", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "frm": ("Dr. Frank Hohenstein", "f.hohenstein@hohenstein-pb.example.de"),
    "subj": "Zweitgespräch Auer & Söhne - neuer Termin",
    "date": "2026-05-07 13:14 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Lieber Herr Szymański-Ortega,

kurze Info zum Zweitgespräch: Herr Auer hat mich gebeten, den Termin vom 12. Mai auf die Zeit nach der Messe zu verschieben – das ganze Team ist bis einschließlich 15. Mai in Düsseldorf gebunden.

Neuer Vorschlag ist Mittwoch, 20. Mai, 14:00 Uhr, wieder in Pfaffenhofen. Der Ablauf bleibt wie besprochen (Fallstudie 30 Minuten, danach Gespräch mit dem Beirat).

Passt Ihnen das?

Herzliche Grüße
Frank Hohenstein

Von meinem iPad gesendet
""",
    "company": "Auer & Söhne Verpackungsmaschinen", "contact": "f.hohenstein@hohenstein-pb.example.de",
})

# S9 -- Ashby: interview cancelled, text/calendar CANCEL with the invitation's UID
add({
    "n": "ashby_ics_cancel", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "frm": ("Kinetiq Labs Hiring", "no-reply@ashbyhq.com"),
    "subj": "Cancelled: Product Manager, Edge Devices – Hiring Manager Interview",
    "date": "2026-05-18 17:22 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<ashby.sched.6f2c0b7e@ashbyhq.com>",
    "body": """Hi Benedikt,

Your interview with Kinetiq Labs on Tuesday, May 19, 2026 at 15:30 (Europe/Berlin) has been cancelled because your interviewer is no longer available.

Our team will reach out shortly with new times. We apologise for the inconvenience.

Kinetiq Labs
Sent via Ashby
""",
    "html": """<div style="font-family:system-ui,Arial,sans-serif;font-size:15px;color:#111;max-width:520px">
<p><img src="https://app.ashbyhq.com/api/images/org-theme-logo/kinetiq.png" alt="Kinetiq Labs" height="26"></p>
<p>Hi Benedikt,</p>
<p>Your interview with Kinetiq Labs on <s>Tuesday, May 19, 2026 at 15:30 (Europe/Berlin)</s> has been <b>cancelled</b> because your interviewer is no longer available.</p>
<p>Our team will reach out shortly with new times. We apologise for the inconvenience.</p>
<p style="font-size:12px;color:#999">Kinetiq Labs · Sent via Ashby</p></div>""",
    "ics": {"method": "CANCEL", "uid": KINETIQ_UID, "seq": 1, "stamp": "20260518T152200Z",
             "tz": "Europe/Berlin", "start": "20260519T153000", "end": "20260519T161500",
             "summary": "Cancelled: Kinetiq Labs - Hiring Manager Interview",
             "location": "https://meet.google.example.com/kqx-edge-pmi",
             "org": ("Kinetiq Labs Hiring", "no-reply@ashbyhq.com"),
             "prodid": "-//Ashby//Interview Scheduler//EN"},
    "company": "Kinetiq Labs", "contact": "",
})

# S10 -- recruiter on the phone: can we push to 3pm
add({
    "n": "terse_push_to_3pm", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "frm": ("Anika Sørensen", "anika.sorensen@voltaris.example.de"),
    "subj": "today",
    "date": "2026-03-24 09:41 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hi Benedikt, Marco got pulled into a customer escalation - could we push today's call to 3pm instead of 1? Same link. Sorry!!

Anika

Sent from my iPhone
""",
    "company": "Voltaris Robotics", "contact": "anika.sorensen@voltaris.example.de",
})

# S11 -- UK firm moves the interview, "-----Original Message-----" chain
add({
    "n": "uk_moved_original_message", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "frm": ("Oliver Pennington", "oliver.pennington@carrow-industrial.example.com"),
    "subj": "RE: Interview - Product Manager, Process Pumps",
    "date": "2026-04-30 18:02 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAB7f2QkUk6@mail.example.de>",
    "refs": ["<LO2P265MB5011A1B0C9@LO2P265MB5011.GBRP265.PROD.OUTLOOK.example.com>", "<CAB7f2QkUk6@mail.example.de>"],
    "body": """Hi Benedikt,

Apologies - Fiona has to travel to our Leeds site next week, so we need to move your interview from Wednesday 6 May to Thursday 7 May, same time (11:00 CEST). I've updated the Teams invitation. Does that still work for you?

Kind regards,
Oliver

-----Original Message-----
From: Benedikt Szymanski-Ortega <b.szymanski@example.de>
Sent: 24 April 2026 13:30
To: Oliver Pennington <oliver.pennington@carrow-industrial.example.com>
Subject: RE: Interview - Product Manager, Process Pumps

Dear Oliver,

Thank you for the invitation. I'm happy to confirm Wednesday 6 May at 11:00 CEST and look forward to speaking with Fiona.

Best regards,
Benedikt
""",
    "company": "Carrow Industrial", "contact": "oliver.pennington@carrow-industrial.example.com",
})

# S12 -- Bilbao workshop changes the hour, Spanish chain
add({
    "n": "bilbao_change_hour", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "frm": ("Itziar Garaikoetxea", "itziar@garaikoetxea.example.es"), "to": CAND_PLAIN,
    "subj": "RE: Entrevista - Responsable de Producto",
    "date": "2026-03-03 17:20 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
    "irt": "<CAJ1q9wA0b2@mail.example.de>",
    "refs": ["<003a01dca6f1$4c2b9e80$e482db80$@garaikoetxea.example.es>", "<CAJ1q9wA0b2@mail.example.de>"],
    "body": """Buenas tardes, Sr. Szymanski:

Le escribo porque a Josu le ha surgido una inspección de cliente el jueves por la mañana. ¿Podríamos pasar la entrevista del jueves 5 a las 16:00 en lugar de a las 10:00? El lugar sería el mismo.

Disculpe el cambio.

Un saludo,
Itziar

De: Benedikt Szymanski-Ortega <b.szymanski@example.de>
Enviado: viernes, 27 de febrero de 2026 8:05
Para: Itziar Garaikoetxea <itziar@garaikoetxea.example.es>
Asunto: Re: Entrevista - Responsable de Producto

Buenos días, Sra. Garaikoetxea:

Muchas gracias por la invitación. El jueves 5 de marzo a las 10:00 me viene perfecto; iré en persona a Basauri.

Un saludo,
Benedikt Szymanski-Ortega
""",
    "company": "Talleres Garaikoetxea", "contact": "itziar@garaikoetxea.example.es",
})

# S13 -- Monterrey group confirms a new date after the missed call, HTML only
add({
    "n": "monterrey_reprogramacion", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "frm": ("Mariana Garza Leal", "mariana.garza@gmn.example.mx"),
    "subj": "Reprogramación de entrevista - Ing. Villarreal",
    "date": "2026-07-10 13:05 -0600", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hola Benedikt,</p>
<p>Gracias por explicarme lo del cambio de horario, no te preocupes, nos pasa seguido con candidatos en Europa.</p>
<p>Te confirmo la nueva fecha de la entrevista con el Ing. Villarreal:</p>
<table style="border:1px solid #bbb;border-collapse:collapse">
<tr><td style="padding:6px;background:#eef3f8"><b>Fecha</b></td><td style="padding:6px">Martes 14 de julio de 2026</td></tr>
<tr><td style="padding:6px;background:#eef3f8"><b>Hora</b></td><td style="padding:6px">8:00 a.m. hora del centro de México = 16:00 hora de Alemania</td></tr>
<tr><td style="padding:6px;background:#eef3f8"><b>Liga</b></td><td style="padding:6px"><a href="https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_GMN714">Unirse a la reunión de Teams</a></td></tr>
</table>
<p>Saludos cordiales,</p>
<p><b>Lic. Mariana Garza Leal</b><br>Atracción de Talento<br>Grupo Metalmecánico del Norte<br>Tel. +52 81 8340 1200 ext. 318</p>
<p style="font-size:8pt;color:#888">Este correo electrónico y sus anexos son confidenciales. Si usted no es el destinatario, favor de notificarlo al remitente y eliminarlo.</p>
</body></html>""",
    "company": "Grupo Metalmecánico del Norte", "contact": "mariana.garza@gmn.example.mx",
})

# S14 -- Lyon maker: interviewer ill, French Outlook chain
add({
    "n": "lyon_report_souffrant", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "frm": ("Sandrine Perret", "s.perret@moreau-vidal.example.fr"),
    "subj": "RE: Invitation à un entretien - Chef de produit Centres d'usinage",
    "date": "2026-03-31 08:15 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "irt": "<CAF9xq2Mfr1@mail.example.de>",
    "refs": ["<PAZP264MB2719E1B8@PAZP264MB2719.FRAP264.PROD.OUTLOOK.example.com>", "<CAF9xq2Mfr1@mail.example.de>"],
    "body": """Bonjour Monsieur,

M. Vidal étant souffrant, nous sommes contraints de reporter l'entretien prévu demain à 14h30. Je vous propose le mercredi 8 avril à la même heure, toujours à Vénissieux. Pourriez-vous me dire si cela vous convient ?

Toutes nos excuses pour ce contretemps.

Bien cordialement,
Sandrine Perret

De : Benedikt Szymanski-Ortega <b.szymanski@example.de>
Envoyé : mardi 17 mars 2026 18:40
À : Sandrine Perret <s.perret@moreau-vidal.example.fr>
Objet : RE: Invitation à un entretien - Chef de produit Centres d'usinage

Madame Perret,

Je vous remercie pour votre invitation et vous confirme ma présence le mercredi 1er avril à 14h30.

Cordialement,
Benedikt Szymanski-Ortega
""",
    "company": "Ateliers Moreau-Vidal", "contact": "s.perret@moreau-vidal.example.fr",
})

# S15 -- Lyon utility: interview will be by video after all, multipart/alternative
add({
    "n": "lyon_utility_switch_visio", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "frm": ("CLE - Recrutement", "recrutement@cle-lyon.example.fr"),
    "subj": "Modification des modalités de votre entretien du 9 juin",
    "date": "2026-06-04 10:48 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<PR1P264MB2041A3@PR1P264MB2041.FRAP264.PROD.OUTLOOK.example.com>",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Monsieur,</p>
<p>En raison de travaux dans nos locaux du boulevard Vivier-Merle, l'entretien du <b>mardi 9 juin 2026 à 10h00</b> se déroulera finalement en <b>visioconférence</b> (Microsoft Teams). L'horaire et la composition du jury sont inchangés ; la visite du site de Crépieux est reportée à un éventuel second tour.</p>
<p>Le lien de connexion : <a href="https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_CLE0609">rejoindre la réunion</a></p>
<p>Merci de nous confirmer la bonne réception de ce message en répondant à ce courriel.</p>
<p>Cordialement,<br>Mathilde Giraud<br>Chargée de recrutement – DRH<br>Compagnie Lyonnaise des Eaux</p>
</body></html>""",
    "company": "Compagnie Lyonnaise des Eaux", "contact": "recrutement@cle-lyon.example.fr",
})

# ---------------------------------------------------------------- missed-interview notices (10)

# M1 -- start-up, du: we waited in the call
add({
    "n": "startup_du_waited_in_call", "kind": "missed_interview_notice", "lang": "de",
    "frm": ("Lea Hoffmann", "lea.hoffmann@flinkwerk.example.de"),
    "subj": "?",
    "date": "2026-05-28 11:24 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hi Benedikt,

Jonas und ich saßen gerade von 11:00 bis 11:15 im Meet und haben auf dich gewartet – ich hoffe, es ist nichts passiert!

Falls du den neuen Termin (Donnerstag statt Mittwoch) nicht mehr gesehen hast, ist das total verständlich, war ja kurzfristig. Sag einfach Bescheid, dann suchen wir einen neuen Slot.

Lea
People & Culture · flinkwerk
""",
    "company": "flinkwerk", "contact": "lea.hoffmann@flinkwerk.example.de",
})

# M2 -- research institute: we waited at 10:00
add({
    "n": "institute_waited_at_ten", "kind": "missed_interview_notice", "lang": "de",
    "frm": ("Heike Brunnert", "heike.brunnert@faf-karlsruhe.example.de"),
    "subj": "Auswahlgespräch heute, 10:00 Uhr",
    "date": "2026-04-15 10:52 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Szymański-Ortega,

die Auswahlkommission hat heute ab 10:00 Uhr im Seminarraum 011 auf Sie gewartet. Leider sind Sie nicht erschienen, und wir konnten Sie auch telefonisch nicht erreichen.

Sollte es einen wichtigen Grund gegeben haben, melden Sie sich bitte bis morgen, 12:00 Uhr, bei mir. Die Kommission tagt noch bis Freitag; ein Ersatztermin wäre allenfalls am Freitagvormittag möglich.

Mit freundlichen Grüßen
Heike Brunnert
Personalabteilung, FAF Karlsruhe
Tel. 0721 608-4471
""",
    "company": "Forschungszentrum für Antriebs- und Fertigungstechnik Karlsruhe", "contact": "heike.brunnert@faf-karlsruhe.example.de",
})

# M3 -- staffing agency: trial day not attended, client named
add({
    "n": "agency_trial_day_no_show", "kind": "missed_interview_notice", "lang": "de",
    "frm": ("Kevin Brandl | TopTalent", "kevin.brandl@toptalent-eng.example.de"),
    "subj": "WICHTIG: Probearbeitstag heute bei Schwabenlift",
    "date": "2026-03-18 09:37 +0100", "struct": "html", "cs": "windows-1252", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Herr Szymanski,</p>
<p>Herr Kienzle von <b>Schwabenlift Fördersysteme</b> hat mich gerade angerufen: Sie sind heute um 8:00 Uhr NICHT zum vereinbarten Probearbeitstag erschienen!!! Man hat eine halbe Stunde am Empfang gewartet und Sie mehrfach auf dem Handy versucht.</p>
<p>Ich bin ehrlich gesagt etwas ratlos – bitte rufen Sie mich SOFORT zurück: 0171 / 55 88 213. Vielleicht können wir die Situation beim Kunden noch retten.</p>
<p>Kevin Brandl<br>Senior Recruiter Engineering<br>TopTalent Engineering Solutions GmbH · Heilbronner Str. 150 · 70191 Stuttgart</p>
<p style="font-size:8pt;color:#999">Arbeitnehmerüberlassung gem. § 1 AÜG erteilt durch die Bundesagentur für Arbeit. Geschäftsführer: Sven Oberle.</p>
</body></html>""",
    "company": "Schwabenlift Fördersysteme", "contact": "kevin.brandl@toptalent-eng.example.de",
})

# M4 -- BambooHR notice for a plastics firm, Reply-To the HR person
add({
    "n": "bamboohr_video_not_joined", "kind": "missed_interview_notice", "lang": "de",
    "frm": ("Kraichgau Kunststofftechnik", "notifications@app.bamboohr.com"),
    "rt": ("Sonja Weickert", "s.weickert@kraichgau-kt.example.de"),
    "subj": "Ihr Video-Interview heute um 14:00 Uhr",
    "date": "2026-07-21 14:41 +0200", "struct": "html", "cs": "utf-8", "cte": "base64",
    "html": """<html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#333;background:#f4f4f4">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px">
<img src="https://kraichgaukt.bamboohr.com/logos/company_logo.png" alt="Kraichgau Kunststofftechnik" height="36">
<p>Sehr geehrter Herr Szymański-Ortega,</p>
<p>leider konnten wir Sie heute um 14:00 Uhr nicht zu unserem vereinbarten Video-Interview für die Position <b>Produktmanager Spritzgießwerkzeuge</b> begrüßen. Herr Dr. Sattler und ich haben 20 Minuten im Meeting-Raum gewartet.</p>
<p>Falls etwas dazwischengekommen ist, antworten Sie gerne auf diese Nachricht. Wir prüfen dann, ob ein neuer Termin möglich ist.</p>
<p>Mit freundlichen Grüßen<br>Sonja Weickert<br>Personalreferentin</p>
<p style="font-size:11px;color:#999">Kraichgau Kunststofftechnik GmbH &amp; Co. KG · Industriestraße 21 · 75015 Bretten<br>Sent via <a href="https://www.bamboohr.com/?utm_source=ats-email" style="color:#999">BambooHR</a></p>
</td></tr></table></body></html>""",
    "company": "Kraichgau Kunststofftechnik", "contact": "s.weickert@kraichgau-kt.example.de",
})

# M5 -- Linz HR: we tried to call you
add({
    "n": "linz_tried_to_call", "kind": "missed_interview_notice", "lang": "de",
    "frm": ("DI Karin Pölzl", "karin.poelzl@lew-linz.example.at"),
    "subj": "Telefoninterview heute 9:30",
    "date": "2026-03-03 09:58 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Szymański-Ortega,

wir hatten für heute 9:30 Uhr ein telefonisches Erstgespräch vereinbart. Ich habe Sie zweimal unter +49 176 … 4410 angerufen, aber leider nur die Mailbox erreicht.

Vielleicht hat sich eine Ziffer vertauscht? Schicken Sie mir gerne Ihre aktuelle Nummer und zwei, drei Zeitfenster für diese Woche, dann rufe ich Sie noch einmal an.

Freundliche Grüße

DI Karin Pölzl
Leitung Human Resources
Linzer Elektromotorenwerk GmbH
T +43 732 7804-220
""",
    "company": "Linzer Elektromotorenwerk", "contact": "karin.poelzl@lew-linz.example.at",
})

# M6 -- English, Monterrey: you did not join the call
add({
    "n": "monterrey_did_not_join_en", "kind": "missed_interview_notice", "lang": "en",
    "frm": ("Raj Malhotra", "raj.malhotra@rotecdyn.example.com"),
    "subj": "Missed you on Teams",
    "date": "2026-06-16 09:24 -0600", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hi Benedikt,

I was on the Teams call at 9:00 AM Central as scheduled but you did not join. I waited about 20 minutes.

No worries if something came up, but please let me know whether you're still interested in the role. If so, send me a couple of times that work for you next week.

Thanks,
Raj Malhotra
Plant Director - Apodaca
Rotec Dynamics
""",
    "company": "Rotec Dynamics", "contact": "raj.malhotra@rotecdyn.example.com",
})

# M7 -- English agency: the hiring manager at the named client waited on Zoom
add({
    "n": "agency_hiring_manager_waited", "kind": "missed_interview_notice", "lang": "en",
    "frm": ("Harriet Caldwell", "harriet@caldwellroe.example.com"),
    "subj": "Alder - this morning?",
    "date": "2026-07-28 10:33 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Benedikt,

Markus from Alder Precision Tools just called me - he was on the Zoom at 9:30 for your interview and waited 15 minutes, but you didn't show. Is everything OK?

Can you give me a ring as soon as you see this? I think I can still get you a second slot this week if there's a good reason, but I need to get back to him today.

Harriet
Caldwell Roe Recruitment | +49 89 2154 7760
""",
    "company": "Alder Precision Tools", "contact": "harriet@caldwellroe.example.com",
})

# M8 -- Monterrey group: you did not connect to the video call
add({
    "n": "monterrey_no_se_conecto", "kind": "missed_interview_notice", "lang": "es",
    "frm": ("Mariana Garza Leal", "mariana.garza@gmn.example.mx"),
    "subj": "Entrevista de hoy",
    "date": "2026-07-09 09:35 -0600", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hola Benedikt,

El Ing. Villarreal y yo te estuvimos esperando en la liga de Teams desde las 9:00 a.m., pero no te conectaste a la videollamada. Te marqué al celular y no tuve respuesta.

¿Todo bien? A lo mejor hubo una confusión con la diferencia de horario. Avísame por favor para ver si podemos reprogramar.

Saludos,
Mariana Garza
Atracción de Talento | Grupo Metalmecánico del Norte
""",
    "company": "Grupo Metalmecánico del Norte", "contact": "mariana.garza@gmn.example.mx",
})

# M9 -- Bilbao consultancy, its own interview in its office, tú (Spain)
add({
    "n": "consultora_te_esperamos", "kind": "missed_interview_notice", "lang": "es",
    "frm": ("Leire Mendizabal", "leire.mendizabal@nortetalento.example.es"),
    "subj": "Hoy no has venido a la entrevista",
    "date": "2026-06-18 12:48 +0200", "cs": "iso-8859-1", "cte": "8bit",
    "to": CAND_PLAIN,
    "body": """Hola Benedikt:

Te estuvimos esperando esta mañana a las 11:00 en nuestras oficinas de Gran Vía para la entrevista de evaluación y no has aparecido. Tampoco hemos podido localizarte en el móvil.

Si ha sido un despiste o te ha surgido algo, escríbeme y vemos si podemos buscar otro hueco la semana que viene. Si ya no te interesa seguir en el proceso, te agradecería que me lo dijeras.

Un saludo,

Leire Mendizabal
Consultora · Norte Talento Consultores
Gran Vía 45, 4º · 48011 Bilbao
""",
    "company": "Norte Talento Consultores", "contact": "leire.mendizabal@nortetalento.example.es",
})

# M10 -- Lyon start-up, tu: we waited for you this morning
add({
    "n": "lyon_startup_attendu", "kind": "missed_interview_notice", "lang": "fr",
    "frm": ("Camille Fabre", "camille.fabre@rhonalp-robotique.example.fr"),
    "subj": "On t'a attendu ce matin",
    "date": "2026-06-09 10:07 +0200", "cs": "utf-8", "cte": "8bit",
    "body": """Salut Benedikt,

Hugo et moi étions connectés à 9h30 pour notre visio, mais on ne t'a pas vu. Tout va bien ?

Pas de souci si tu as eu un empêchement, dis-nous juste si tu veux qu'on recale un créneau cette semaine.

Camille
Rhônalp Robotique
""",
    "company": "Rhônalp Robotique", "contact": "camille.fabre@rhonalp-robotique.example.fr",
})
