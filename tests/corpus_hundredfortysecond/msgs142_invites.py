"""Invitations, reschedules and cancellations, missed-interview notices: written by hand."""

from __future__ import annotations

from msgs142_common import pixel, quote

_GF_UID = "9f1d2c7e-5521873@grachtfiets.example.nl"
_LMD_UID = ("040000008200E00074C5B7101A82E00800000000B04F2D7C9A3EDC01000000000000000010000000"
            "5E8C1F3A2B7D4E9F8A6C0B1D2E3F4A5B")

_SPOKESHARE_JONAS = """Hi Sophie,

Thanks so much for getting back to me. Thursday 14 May works, any time after 1pm. Funny timing, by
the way: I got a rejection from another bike-sharing company this morning, so your mail really
made my day.

Best,
Jonas"""

INVITATIONS: list[dict] = [
    {
        "name": "velowerk_einladung",
        "kind": "interview_invitation", "lang": "de", "company": "Velowerk Leipzig", "contact": "k.aue@velowerk.example.de",
        "frm": "Katrin Aue <k.aue@velowerk.example.de>",
        "mid": "<velowerk-inv-0217.k.aue@velowerk.example.de>",
        "subj": "Einladung zum Vorstellungsgespräch – Produktsupport Service & Werkstatt",
        "date": "2026-02-17 09:41 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

vielen Dank für Ihre Bewerbung als Produktsupport Service & Werkstatt (m/w/d). Wir würden Sie gern
persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 24. Februar 2026, 10:00 Uhr
Velowerk, Karl-Heine-Straße 88, 04229 Leipzig, 2. OG

Sie sprechen mit mir und mit Ole Brückner, unserem Leiter Händlerservice. Planen Sie bitte etwa
75 Minuten ein; im zweiten Teil schauen wir uns gemeinsam zwei echte Händleranfragen an. Bringen
Sie gern Ihre Zeugnisse mit.

Bitte bestätigen Sie mir kurz, ob der Termin passt.

Viele Grüße
Katrin Aue
Teamleitung People & Service

Velowerk Leipzig GmbH
Karl-Heine-Straße 88 · 04229 Leipzig
Tel. +49 341 99 88 77-12
""",
    },
    {
        "name": "greenhouse_grachtfiets_ics",
        "kind": "interview_invitation", "lang": "en", "company": "Grachtfiets", "contact": "anouk.devries@grachtfiets.example.nl",
        "frm": "Grachtfiets via Greenhouse <no-reply@greenhouse-mail.io>",
        "rt": "Anouk de Vries <anouk.devries@grachtfiets.example.nl>",
        "mid": "<gh.interview.5521873.0@greenhouse-mail.io>",
        "subj": "Interview invitation: Customer Success Associate – Grachtfiets",
        "date": "2026-04-08 10:05 +0200",
        "struct": "cal", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Great to meet you on the phone last week! We'd like to invite you to a video interview for the
Customer Success Associate position.

When: Wednesday, 15 April 2026, 14:00-14:45 (CEST)
Where: Google Meet - https://meet.example.com/gfx-pqra-tmz
With: Anouk de Vries (Talent) and Bram Kuipers (Lead, Dealer Success)

A calendar invitation is attached. If the time doesn't work, just reply to this email and we'll
find another slot.

Cheers,
Anouk

Grachtfiets B.V. · Czaar Peterstraat 118 · 1018 PR Amsterdam
""",
        "html": f"""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p><img src="https://prod-greenhouse.example.com/grachtfiets/logo.png" alt="Grachtfiets" height="30"></p>
<p>Hi Jonas,</p>
<p>Great to meet you on the phone last week! We'd like to invite you to a video interview for the
<b>Customer Success Associate</b> position.</p>
<table cellpadding="4" style="font-size:14px;">
<tr><td><b>When</b></td><td>Wednesday, 15 April 2026, 14:00–14:45 (CEST)</td></tr>
<tr><td><b>Where</b></td><td><a href="https://u1234.ct.greenhouse-mail.io/ls/click?upn=meet-gfx-pqra-tmz">Google Meet</a></td></tr>
<tr><td><b>With</b></td><td>Anouk de Vries (Talent) and Bram Kuipers (Lead, Dealer Success)</td></tr>
</table>
<p>A calendar invitation is attached. If the time doesn't work, just reply to this email and we'll find another slot.</p>
<p>Cheers,<br>Anouk</p>
<p style="font-size:11px;color:#888;">Grachtfiets B.V. &middot; Czaar Peterstraat 118 &middot; 1018 PR Amsterdam</p>
{pixel("https://u1234.ct.greenhouse-mail.io/wf/open?upn=gf-0408")}
</div>
""",
        "cal": {"method": "REQUEST", "uid": _GF_UID, "seq": 0, "prodid": "-//Greenhouse//Interview Scheduler//EN",
                 "start": "2026-04-15 14:00 +0200", "end": "2026-04-15 14:45 +0200",
                 "summary": "Interview: Jonas Weißmann-Tanaka / Grachtfiets",
                 "location": "Google Meet https://meet.example.com/gfx-pqra-tmz",
                 "organizer": ("Anouk de Vries", "anouk.devries@grachtfiets.example.nl")},
    },
    {
        "name": "talentbruecke_stromrad_telefon",
        "kind": "interview_invitation", "lang": "de", "company": "Stromrad Manufaktur", "contact": "d.vogt@talentbruecke.example.de",
        "frm": "Dennis Vogt | TalentBrücke <d.vogt@talentbruecke.example.de>",
        "mid": "<tb-0128-stromrad.dvogt@talentbruecke.example.de>",
        "subj": "Stromrad Manufaktur – Gesprächseinladung",
        "date": "2026-01-28 11:22 +0100",
        "struct": "plain", "enc": "windows-1252/qp",
        "body": """Hallo Herr Weißmann-Tanaka,

schön, dass wir gestern telefonieren konnten. Wie angekündigt habe ich Ihr Profil der Stromrad
Manufaktur in Dresden vorgestellt – und die Rückmeldung kam schneller als gedacht: Herr Körner
(Leitung Kundenservice) möchte Sie gern kennenlernen.

Vorschlag: Montag, 2. Februar, 16:00 Uhr, vor Ort in der Manufaktur (Löbtauer Straße 40, Dresden).
Dauer ca. eine Stunde, inklusive kurzer Führung durch die Endmontage.

Passt Ihnen das? Dann gebe ich „grünes Licht“ an den Kunden weiter.

Beste Grüße

Dennis Vogt
Senior Consultant Mobility & Industrie
TalentBrücke Personalberatung GmbH
Prager Straße 2 · 01069 Dresden
T +49 351 654 321 14 · M +49 172 555 0193
""",
    },
    {
        "name": "kiezcycles_call_du",
        "kind": "interview_invitation", "lang": "de", "company": "Kiezcycles", "contact": "mo@kiezcycles.example.de",
        "frm": "Mo Haddad <mo@kiezcycles.example.de>",
        "mid": "<9C0E7A1B-3D44-4F0A-A2C1-kiez0511@kiezcycles.example.de>",
        "subj": "Lust auf nen Call?",
        "date": "2026-05-11 21:03 +0200",
        "hdrs": {"X-Mailer": "iPhone Mail (23E246)"},
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Hey Jonas!

Hab deine Bewerbung gelesen, richtig gut. Wir suchen genau so jemanden – wer Nabenmotoren
zerlegen kann UND Kunden erklären kann warum der Akku im Winter schwächelt, ist Gold wert.

Lust auf ein Kennenlernen? Mittwoch 14 Uhr bei uns im Laden (Weserstr. 58, Neukölln), oder per
Video wenn dir das lieber ist. Dauert ne Stunde, danach zeig ich dir die Werkstatt.

Mo

Von meinem iPhone gesendet
""",
    },
    {
        "name": "smartrecruiters_emotion_terminwahl",
        "kind": "interview_invitation", "lang": "de", "company": "E-Motion Rad & Service", "contact": "",
        "frm": "E-Motion Rad & Service <noreply@smartrecruiters.com>",
        "mid": "<sr.emotion.interview.7781@smartrecruiters.com>",
        "subj": "Einladung zum Interview – bitte wählen Sie einen Termin",
        "date": "2026-04-20 10:30 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="margin:0;font-family:Verdana,sans-serif;font-size:13px;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;border-bottom:3px solid #00a3e0;">
<img src="https://c.smartrecruiters.com/sr-company-logo/emotion-rad.png" alt="E-Motion Rad &amp; Service" width="160"></td></tr>
<tr><td style="padding:20px 0;line-height:20px;">
<p>Guten Tag Herr Weißmann-Tanaka,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Servicetechniker &amp; Kundenberater E-Bike (m/w/d)</b> in
unserer Filiale München-Sendling. Ihr Profil hat uns überzeugt, und wir möchten Sie gern zu einem
persönlichen Gespräch einladen.</p>
<p>Bitte wählen Sie über den folgenden Button einen passenden Termin aus unseren freien Zeitfenstern
(27. bis 30. April):</p>
<p style="text-align:center;padding:8px 0;"><a href="https://jobs.smartrecruiters.com/sr/schedule/8a1f0c?trk=emotion_inv" style="background:#00a3e0;color:#ffffff;padding:11px 22px;text-decoration:none;border-radius:3px;">Termin auswählen</a></p>
<p>Das Gespräch findet in der Filiale statt: Plinganserstraße 61, 81369 München. Ansprechpartnerin
vor Ort ist Frau Yildiz, Filialleitung.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team von E-Motion Rad &amp; Service</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;border-top:1px solid #eee;padding:12px 0;">E-Motion Rad &amp; Service GmbH · Plinganserstraße 61 · 81369 München · HRB 266140<br>
Diese Nachricht wurde über SmartRecruiters versendet. <a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy?trk=emotion_inv" style="color:#999;">Datenschutz</a></td></tr>
</table></td></tr></table>
{pixel("https://email.smartrecruiters.com/o/eJx9kU1uwzAIhe-emot")}
</body></html>
""",
    },
    {
        "name": "zuerishare_erstgespraech",
        "kind": "interview_invitation", "lang": "de", "company": "ZüriShare", "contact": "nadine.baumann@zurishare.example.ch",
        "frm": "Nadine Baumann <nadine.baumann@zurishare.example.ch>",
        "mid": "<zs-0316-nb@zurishare.example.ch>",
        "to": "Jonas Weissmann-Tanaka <jonas.wt@example.de>",
        "subj": "ZüriShare – Einladung zum Erstgespräch",
        "date": "2026-03-16 13:12 +0100",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Grüezi Herr Weissmann-Tanaka

Herzlichen Dank für Ihre Bewerbung als Fleet & Customer Support Specialist. Gerne laden wir Sie zu
einem ersten Gespräch via Microsoft Teams ein.

Datum: Montag, 23. März 2026
Zeit: 09:30 – 10:15 Uhr
Teilnehmende: Nadine Baumann (HR) und Luca Meier (Teamleiter Flotte)

Den Link erhalten Sie am Vortag. Falls der Termin nicht passt, melden Sie sich bitte bei mir.

Freundliche Grüsse

Nadine Baumann
HR Business Partner

ZüriShare AG
Badenerstrasse 549, 8048 Zürich
""",
        "html": """<div style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#1a1a1a;">
<p>Grüezi Herr Weissmann-Tanaka</p>
<p>Herzlichen Dank für Ihre Bewerbung als Fleet &amp; Customer Support Specialist. Gerne laden wir Sie zu
einem ersten Gespräch via Microsoft Teams ein.</p>
<p><b>Datum:</b> Montag, 23. März 2026<br><b>Zeit:</b> 09:30 – 10:15 Uhr<br>
<b>Teilnehmende:</b> Nadine Baumann (HR) und Luca Meier (Teamleiter Flotte)</p>
<p>Den Link erhalten Sie am Vortag. Falls der Termin nicht passt, melden Sie sich bitte bei mir.</p>
<p>Freundliche Grüsse</p>
<p><b>Nadine Baumann</b><br>HR Business Partner<br><br>
<img src="https://www.zurishare.example.ch/mail/sig-logo.png" alt="ZüriShare" width="110"><br>
<span style="font-size:8pt;color:#666;">ZüriShare AG · Badenerstrasse 549, 8048 Zürich ·
<a href="https://www.linkedin.example.com/company/zurishare">LinkedIn</a> ·
<a href="https://www.instagram.example.com/zurishare">Instagram</a></span></p>
</div>
""",
    },
    {
        "name": "vbd_hearing_wien",
        "kind": "interview_invitation", "lang": "de", "company": "Verkehrsbetriebe Donaustadt", "contact": "recruiting@vbd.example.at",
        "frm": "VBD Recruiting <recruiting@vbd.example.at>",
        "mid": "<vbd-hearing-0706-2291@vbd.example.at>",
        "subj": "Einladung zum Hearing – Stelle 2026/083 Technische Kundenbetreuung Sharing-Angebote",
        "date": "2026-07-06 08:17 +0200",
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka!

Wir freuen uns, Ihnen mitteilen zu können, dass Sie für die Stelle 2026/083 Technische
Kundenbetreuung Sharing-Angebote in die engere Auswahl gekommen sind. Wir laden Sie daher zu einem
Hearing ein:

Termin: Donnerstag, 16. Juli 2026, 13:00 Uhr
Ort: Verkehrsbetriebe Donaustadt, Zentrale, Wagramer Straße 174, 1220 Wien, Besprechungsraum 3.12
Ablauf: Präsentation (10 Minuten) zum Thema "Wie erklären Sie einer Stammkundin, warum ihr
Leihrad-Abo teurer wird?", anschließend Fragen der Kommission (ca. 45 Minuten)

Bitte bringen Sie einen amtlichen Lichtbildausweis mit. Reisekosten werden ab einer Entfernung von
100 km gegen Beleg ersetzt.

Um Bestätigung des Termins an diese Adresse wird gebeten.

Mit freundlichen Grüßen

Mag.a Daniela Pichler
Personalentwicklung & Recruiting
Verkehrsbetriebe Donaustadt GmbH
Wagramer Straße 174, 1220 Wien
Tel.: +43 1 555 7310-228
""",
    },
    {
        "name": "zweirad_center_probetag",
        "kind": "interview_invitation", "lang": "de", "company": "Zweirad Center Sachsen",
        "contact": "filiale.leipzig@zweiradcenter-sachsen.example.de",
        "frm": "Zweirad Center Sachsen Filiale Leipzig <filiale.leipzig@zweiradcenter-sachsen.example.de>",
        "mid": "<zcs-probetag-0114@zweiradcenter-sachsen.example.de>",
        "subj": "Probearbeiten",
        "date": "2026-01-14 16:44 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hallo Herr Weißmann-Tanaka,

danke für Ihre Bewerbung als Mitarbeiter Verkauf/Service. Wir würden Sie gerne einen Tag zur
Probe arbeiten lassen, damit Sie uns und wir Sie kennenlernen.

Wie wäre Freitag der 23.01., 9 bis ca. 17 Uhr? Arbeitskleidung stellen wir, Sicherheitsschuhe
bitte selbst mitbringen. Melden Sie sich einfach vorne an der Kasse und fragen Sie nach mir.

Gebn Sie mir bitte kurz bescheid ob das klappt.

Grüße
Sven Mittag
Filialleiter Leipzig-Paunsdorf

Zweirad Center Sachsen GmbH & Co. KG
Paunsdorfer Allee 1, 04329 Leipzig
""",
    },
    {
        "name": "schaltwerk_zweitgespraech_fallstudie",
        "kind": "interview_invitation", "lang": "de", "company": "Schaltwerk Software", "contact": "julia.rau@schaltwerk.example.de",
        "frm": "Julia Rau <julia.rau@schaltwerk.example.de>",
        "mid": "<schaltwerk-2nd-0310.jrau@schaltwerk.example.de>",
        "subj": "Zweites Gespräch + kleine Fallstudie",
        "date": "2026-03-10 12:04 +0100",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hallo Jonas,

danke nochmal für das erste Gespräch letzte Woche – wir waren uns im Team schnell einig, dass
wir dich gern in die zweite Runde einladen.

Termin: Dienstag, 17. März, 14:00–15:30 Uhr, bei uns in der Spinnerei (Halle 14, 2. Stock)
Dabei: Paul (Geschäftsführer), Emre (Product) und ich

Im Anhang dieser Mail findest du nichts – die Fallstudie schicke ich dir bewusst erst am Freitag,
damit du am Wochenende nicht drüber brütest. Es geht um drei Support-Tickets einer Werkstatt, die
unsere Terminbuchung nutzt. Plane ca. 2 Stunden Vorbereitung ein.

Sag mir bitte kurz Bescheid, ob der Termin passt.

Viele Grüße
Julia

Julia Rau | Head of Customer Support | Schaltwerk Software
Spinnereistraße 7, 04179 Leipzig | +49 341 870 449 20
""",
        "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Hallo Jonas,</p>
<p>danke nochmal für das erste Gespräch letzte Woche – wir waren uns im Team schnell einig, dass
wir dich gern in die zweite Runde einladen.</p>
<p><b>Termin:</b> Dienstag, 17. März, 14:00–15:30 Uhr, bei uns in der Spinnerei (Halle 14, 2. Stock)<br>
<b>Dabei:</b> Paul (Geschäftsführer), Emre (Product) und ich</p>
<p>Im Anhang dieser Mail findest du nichts – die Fallstudie schicke ich dir bewusst erst am Freitag,
damit du am Wochenende nicht drüber brütest. Es geht um drei Support-Tickets einer Werkstatt, die
unsere Terminbuchung nutzt. Plane ca. 2 Stunden Vorbereitung ein.</p>
<p>Sag mir bitte kurz Bescheid, ob der Termin passt.</p>
<p>Viele Grüße<br>Julia</p>
<p style="color:#555;font-size:9pt;"><b>Julia Rau</b> | Head of Customer Support | Schaltwerk Software<br>
Spinnereistraße 7, 04179 Leipzig | +49 341 870 449 20</p>
</div>
""",
    },
    {
        "name": "lmd_teams_einladung_ics",
        "kind": "interview_invitation", "lang": "de", "company": "Leipziger Mobilitätsdienste",
        "contact": "s.hoffmann@lmd-leipzig.example.de",
        "frm": "\"Hoffmann, Stefanie\" <s.hoffmann@lmd-leipzig.example.de>",
        "mid": "<FR2P281MB1873A0C11D9@lmd-leipzig.example.de>",
        "subj": "Vorstellungsgespräch Technischer Kundenservice Mobilitätsstationen",
        "date": "2026-06-02 08:50 +0200",
        "struct": "cal", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

wie telefonisch besprochen lade ich Sie hiermit zum Vorstellungsgespräch für die Stelle
Technischer Kundenservice Mobilitätsstationen ein.

Termin: Dienstag, 9. Juni 2026, 10:00–11:00 Uhr
Ort: Microsoft Teams (Link in der Kalendereinladung)
Gesprächspartner: Herr Dr. Arnold (Bereichsleiter Mobilitätsdienste) und ich

Bitte nehmen Sie die Einladung an, damit der Termin in unseren Kalendern geblockt bleibt.

Mit freundlichen Grüßen
i. A. Stefanie Hoffmann
Personalreferentin

Leipziger Mobilitätsdienste GmbH
Eutritzscher Straße 12 · 04105 Leipzig
Geschäftsführung: Dipl.-Kfm. Rainer Stolle · Amtsgericht Leipzig HRB 28442
________________________________________________________________________________
Microsoft Teams-Besprechung
Über Computer, mobile App oder Raumgerät teilnehmen
Hier klicken, um an der Besprechung teilzunehmen <https://teams.example.com/l/meetup-join/19%3ameeting_LMD0609>
Besprechungs-ID: 356 118 402 77
Kennung: Xq7nP2
________________________________________________________________________________
""",
        "cal": {"method": "REQUEST", "uid": _LMD_UID, "seq": 0,
                 "prodid": "Microsoft Exchange Server 2019",
                 "start": "2026-06-09 10:00 +0200", "end": "2026-06-09 11:00 +0200",
                 "summary": "Vorstellungsgespräch Technischer Kundenservice Mobilitätsstationen",
                 "location": "Microsoft Teams-Besprechung",
                 "organizer": ("Hoffmann, Stefanie", "s.hoffmann@lmd-leipzig.example.de")},
    },
    {
        "name": "nordstern_videointerview",
        "kind": "interview_invitation", "lang": "de", "company": "Nordstern Mobil", "contact": "",
        "frm": "Nordstern Mobil Recruiting <no-reply@nordstern-mobil.example.de>",
        "subj": "Nächster Schritt: Ihr Video-Interview",
        "date": "2026-08-19 15:02 +0200",
        "struct": "html", "enc": "utf-8/b64",
        "html": f"""<html><body style="background:#0d1b2a;margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1b263b;">
<tr><td style="padding:22px 28px;background:#1b263b;"><img src="https://cdn.nordstern-mobil.example.de/mail/logo-white.png" alt="Nordstern Mobil – Carsharing für Berlin" width="200"></td></tr>
<tr><td style="padding:24px 28px;line-height:21px;">
<p>Hallo Herr Weißmann-Tanaka,</p>
<p>Ihre Bewerbung als <b>Field Support Agent Carsharing (m/w/d)</b> hat uns gefallen! Als nächsten Schritt
laden wir Sie zu einem zeitversetzten Video-Interview ein.</p>
<p>Sie beantworten vier Fragen per Webcam, jeweils mit 30 Sekunden Bedenkzeit und bis zu zwei Minuten
Antwortzeit. Das Interview können Sie bis <b>Mittwoch, 26. August, 23:59 Uhr</b> jederzeit starten.</p>
<p style="text-align:center;"><a href="https://go.nordstern-mobil.example.de/c/vi?t=f3a9e01b&amp;utm_source=ats" style="display:inline-block;background:#e0a800;color:#1b263b;font-weight:bold;padding:12px 26px;text-decoration:none;">Video-Interview starten</a></p>
<p>Tipp: Testen Sie vorher Kamera und Mikrofon über den <a href="https://go.nordstern-mobil.example.de/c/test?t=f3a9e01b">Technik-Check</a>.</p>
<p>Viel Erfolg!<br>Ihr Recruiting-Team von Nordstern Mobil</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:10px;color:#778da9;background:#f4f6f8;">Nordstern Mobil GmbH · Storkower Straße 140 · 10407 Berlin · Amtsgericht Charlottenburg HRB 230118 B ·
Geschäftsführerin: Ines Vahrenholt<br>Bitte antworten Sie nicht auf diese E-Mail. Fragen? <a href="https://go.nordstern-mobil.example.de/c/faq?t=f3a9e01b">Bewerber-FAQ</a></td></tr>
</table>
{pixel("https://go.nordstern-mobil.example.de/o/f3a9e01b.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "kessler_mandant_oberbayern",
        "kind": "interview_invitation", "lang": "de", "company": "Kessler & Partner Personalberatung",
        "contact": "c.kessler@kessler-partner.example.de",
        "frm": "Christoph Kessler <c.kessler@kessler-partner.example.de>",
        "mid": "<kp-0609-ck-mandat4471@kessler-partner.example.de>",
        "subj": "Vertraulich: Gesprächstermin Leitung Kundendienst Pedelec",
        "date": "2026-06-09 18:26 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

herzlichen Dank für die Übersendung Ihrer Unterlagen und das offene Telefonat.

Gern lade ich Sie zu einem persönlichen Gespräch in unser Büro ein. Es geht um die von uns
exklusiv betreute Position „Leitung Kundendienst“ bei unserem Mandanten, einem inhabergeführten
Hersteller hochwertiger Pedelecs in Oberbayern. Den Namen des Unternehmens nenne ich Ihnen – wie
besprochen – nach diesem ersten Gespräch.

Termin: Freitag, 19. Juni 2026, 11:00 Uhr
Ort: Kessler & Partner, Maximilianstraße 35, 80539 München (Eingang Hof, 3. OG)

Bitte bringen Sie Ihre Gehaltsvorstellung und Ihre frühestmögliche Verfügbarkeit mit.

Mit besten Grüßen

Christoph Kessler
Geschäftsführender Partner

Kessler & Partner Personalberatung GmbH & Co. KG
Maximilianstraße 35 · 80539 München
Telefon +49 89 2000 718-0
Sitz München · Registergericht München HRA 109221
Persönlich haftende Gesellschafterin: Kessler Verwaltungs GmbH

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
    },
    {
        "name": "radentscheid_kennenlernen",
        "kind": "interview_invitation", "lang": "de", "company": "Radentscheid Sachsen", "contact": "tine@radentscheid-sachsen.example.de",
        "frm": "Tine Lorenz <tine@radentscheid-sachsen.example.de>",
        "subj": "Werkstatt-Koordination – komm doch mal vorbei",
        "date": "2026-09-21 20:12 +0200",
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Hallo Jonas,

vielen Dank für deine Bewerbung auf die Koordinationsstelle für unser Projekt „Selbsthilfewerkstätten
in Westsachsen“ (20 Std./Woche)! Dein Repair-Café-Hintergrund passt wie die Faust aufs Auge.

Wir laden dich gern zu einem Gespräch ein. Wir sind zu dritt aus dem Vorstand dabei, ganz
entspannt, ca. 45 Minuten. Termine, die bei uns gehen:

- Mo 28.09., 18:00
- Mi 30.09., 17:30
- Do 01.10., 19:00

Ort: unsere Geschäftsstelle im Haus der Demokratie, Bernhard-Göring-Str. 152, Leipzig (Raum 108).
Sag einfach, was dir am besten passt.

Liebe Grüße
Tine
für den Vorstand

Radentscheid Sachsen e.V.
Vereinsregister Leipzig VR 6612
""",
    },
    {
        "name": "gearbox_tech_interview_de",
        "kind": "interview_invitation", "lang": "de", "company": "Gearbox CRM", "contact": "",
        "frm": "Gearbox CRM <no-reply@teamtailor-mail.com>",
        "subj": "Einladung: Technisches Interview bei Gearbox",
        "date": "2026-05-06 11:40 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<!doctype html>
<html><body style="margin:0;background:#f6f3ff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:26px 8px;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:23px;color:#26215c;">
<tr><td style="padding:24px 30px 6px;"><img src="https://assets.teamtailor-cdn.com/gearbox/logo.png" alt="gearbox" width="110"></td></tr>
<tr><td style="padding:6px 30px 22px;">
<p>Hi Jonas,</p>
<p>danke für dein Interesse an der Rolle <b>Technical Support Specialist (Deutsch/Englisch)</b>!
Wir möchten dich gern zu einem technischen Interview (60 Minuten, per Google Meet) mit Hannes aus
unserem Support-Engineering-Team einladen.</p>
<p>Du kannst dir hier selbst einen Slot aussuchen:</p>
<p><a href="https://app.teamtailor.com/meetings/b8d31f/book?utm_source=email" style="background:#5b3cc4;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none;">Termin buchen</a></p>
<p>Im Interview geht es u. a. um API-Grundlagen, Fehlersuche in Integrationen und darum, wie du
komplexe Dinge einfach erklärst. Vorbereitung brauchst du keine.</p>
<p>Bis bald!<br>Das Gearbox-Talent-Team</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#9a94c7;">Gearbox CRM GmbH · Torstraße 109 · 10119 Berlin ·
<a href="https://app.teamtailor.com/candidate/privacy/gbx?utm_medium=email" style="color:#9a94c7;">Deine Daten verwalten</a></td></tr>
</table>
{pixel("https://email.teamtailor-mail.com/o/gbx-inv-0506.gif")}
</td></tr></table></body></html>
""",
    },
    {
        "name": "cykelhuset_video_call",
        "kind": "interview_invitation", "lang": "en", "company": "Cykelhuset Nord", "contact": "mads@cykelhuset-nord.example.dk",
        "frm": "Mads Kjærgaard <mads@cykelhuset-nord.example.dk>",
        "mid": "<CHN-0803-mk-7e21@cykelhuset-nord.example.dk>",
        "subj": "Your application – video call?",
        "date": "2026-08-03 09:58 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Thanks for your application for the Aftersales & Dealer Support role. I run the service side here
and I'd love to have a video call with you to talk about the role and your experience with
cargo bikes.

Would Thursday 6 August at 15:00 (Copenhagen time, same as Leipzig) work for you? I'll send a
Teams link once you confirm. Plan for about 45 minutes.

Best regards,
Mads Kjærgaard
Head of Service
Cykelhuset Nord
Vesterbrogade 98, 1620 København V · +45 33 12 44 80
""",
    },
    {
        "name": "ashby_loopway_schedule",
        "kind": "interview_invitation", "lang": "en", "company": "Loopway", "contact": "priya@loopway.example.com",
        "frm": "Loopway via Ashby <no-reply@ashbyhq.com>",
        "rt": "Priya Raman <priya@loopway.example.com>",
        "mid": "<ashby.loopway.sched.2026-06-15.1142@ashbyhq.com>",
        "subj": "Let's schedule your interview with Loopway",
        "date": "2026-06-15 11:42 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<div style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:14px;line-height:1.6;color:#0f172a;max-width:560px;">
<p><img src="https://app.ashbyhq.com/api/images/org-theme-logo/loopway.png" alt="Loopway" height="24"></p>
<p>Hi Jonas,</p>
<p>Thanks for applying to the <b>Customer Success Manager, DACH</b> role at Loopway! We'd love to move
forward with a 45-minute interview with Priya Raman (Head of CS) and Felix Brandt (Senior CSM).</p>
<p>Please pick a time that works for you:</p>
<p><a href="https://app.ashbyhq.com/interview-briefing/schedule/3b9e1c2a?utm_source=email" style="display:inline-block;background:#0f172a;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;">Select a time</a></p>
<p>The interview will be on Zoom; the link will be in your calendar invite. If none of the slots work,
simply reply to this email.</p>
<p>Talk soon,<br>Priya</p>
<p style="font-size:11px;color:#94a3b8;">Loopway GmbH · Ritterstraße 12 · 10969 Berlin<br>
Sent with <a href="https://www.ashbyhq.com/?utm_source=candidate_email" style="color:#94a3b8;">Ashby</a></p>
{pixel("https://app.ashbyhq.com/api/email/open/lw-sched-0615")}
</div>
""",
    },
    {
        "name": "mobilityrecruiters_tandem_excited",
        "kind": "interview_invitation", "lang": "en", "company": "Tandem Transit", "contact": "chloe@mobilityrecruiters.example.com",
        "frm": "Chloe Barnes <chloe@mobilityrecruiters.example.com>",
        "mid": "<MR-CB-0505-tandem@mobilityrecruiters.example.com>",
        "subj": "GREAT NEWS!! Interview with Tandem Transit!!",
        "date": "2026-05-05 08:31 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas!!

Amazing news - Tandem Transit LOVED your CV and want to meet you!!! :)

They've asked for an in-person interview at their Berlin office (Skalitzer Str. 85) on
Tuesday 12 May at 11:00. You'll meet Lukas (Head of Operations) and Jess from the customer team.

A few tips:
- They're big on data so have a couple of examples ready of how you tracked repairs/returns
- Dress code is super casual, trainers totally fine!
- Ask about their new depot in Lichtenberg, they're very proud of it!!

Can you confirm ASAP? They're moving fast on this one!!

Chloe x

Chloe Barnes | Recruitment Consultant - Mobility & Transport | Mobility Recruiters
+44 20 7946 0388 | LinkedIn: /in/chloebarnes-mr
Mobility Recruiters Ltd. Registered in England No 09876543.
""",
    },
    {
        "name": "workday_orbis_interview",
        "kind": "interview_invitation", "lang": "en", "company": "Orbis Fleet Services", "contact": "interviews@orbisfleet.example.com",
        "frm": "Orbis Fleet Services <orbisfleet@myworkday.com>",
        "rt": "Orbis Interview Coordination <interviews@orbisfleet.example.com>",
        "mid": "<wd.orbis.interview.77231@myworkday.com>",
        "subj": "Interview Invitation: Technical Account Associate (JR-22187)",
        "date": "2026-02-24 15:40 +0100",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Dear Jonas,

Thank you for your application for Technical Account Associate (JR-22187), Berlin.

We are pleased to invite you to a first-round interview:

Date: Monday, 2 March 2026
Time: 10:00 - 10:45 CET
Format: Microsoft Teams (the link will follow in a separate calendar invitation)
Interviewer: Daniel Osei, Team Lead Technical Accounts

If this time does not suit you, please reply to this email and our interview coordination team
will propose alternatives.

Kind regards,
Talent Acquisition
Orbis Fleet Services
""",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0;"><img src="https://wd5.myworkday.com/orbisfleet/assets/logo.png" alt="ORBIS Fleet Services" width="150"></td></tr>
<tr><td>
<p>Dear Jonas,</p>
<p>Thank you for your application for <b>Technical Account Associate (JR-22187)</b>, Berlin.</p>
<p>We are pleased to invite you to a first-round interview:</p>
<table cellpadding="3" style="font-size:14px;border-left:3px solid #ff6a13;padding-left:8px;">
<tr><td>Date:</td><td>Monday, 2 March 2026</td></tr>
<tr><td>Time:</td><td>10:00 – 10:45 CET</td></tr>
<tr><td>Format:</td><td>Microsoft Teams (the link will follow in a separate calendar invitation)</td></tr>
<tr><td>Interviewer:</td><td>Daniel Osei, Team Lead Technical Accounts</td></tr>
</table>
<p>If this time does not suit you, please reply to this email and our interview coordination team
will propose alternatives.</p>
<p>Kind regards,<br>Talent Acquisition<br>Orbis Fleet Services</p>
<p style="font-size:10px;color:#999;">Orbis Fleet Services Ltd · 1 Canada Square · London E14 5AB · Registered in England No 07712345<br>
<a href="https://wd5.myworkday.com/orbisfleet/d/home.htmld?src=email" style="color:#999;">Candidate Home</a></p>
</td></tr></table>
{pixel("https://wd5.myworkday.com/orbisfleet/email/open/JR-22187-5590")}
</body></html>
""",
    },
    {
        "name": "spokeshare_apple_mail",
        "kind": "interview_invitation", "lang": "en", "company": "Spokeshare", "contact": "sophie@spokeshare.example.nl",
        "frm": "Sophie Jansen <sophie@spokeshare.example.nl>",
        "mid": "<6A2F0E8B-77C1-4B3D-9E54-spk0512@spokeshare.example.nl>",
        "subj": "Re: Application - Operations Support",
        "date": "2026-05-12 10:27 +0200",
        "irt": "<E1B7C3A9-spk-jonas-0512@example.de>",
        "refs": ["<spk-0508-sj@spokeshare.example.nl>", "<E1B7C3A9-spk-jonas-0512@example.de>"],
        "hdrs": {"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
        "struct": "plain", "enc": "utf-8/qp",
        "body": f"""Great - Thursday 14 May at 2pm it is. I'll send you a Google Meet link the day before.
It'll be me and Daan from the ops team, about 40 minutes. Nothing to prepare, we just want to get
to know you.

Sophie

Sophie Jansen
Operations Lead · Spokeshare
Amsterdam

> On 12 May 2026, at 09:14, Jonas Weißmann-Tanaka <jonas.wt@example.de> wrote:
>
{quote(_SPOKESHARE_JONAS)}
""",
    },
    {
        "name": "helio_outlook_ics",
        "kind": "interview_invitation", "lang": "en", "company": "Helio Mobility", "contact": "m.berger@heliomobility.example.at",
        "frm": "Berger Martin <m.berger@heliomobility.example.at>",
        "mid": "<VI1PR06MB6543B2D9F8@heliomobility.example.at>",
        "subj": "Phone screen - Product Support Engineer (Helio Mobility)",
        "date": "2026-09-07 14:33 +0200",
        "struct": "cal", "enc": "utf-8/qp",
        "body": """Hi Jonas,

As discussed on LinkedIn, here's an invite for a short phone screen for the Product Support
Engineer role on our Vienna team. I'll call you on +49 176 ... (the number on your CV).

Thursday, 10 September 2026, 11:00-11:30 CEST

Looking forward to it,
Martin

Martin Berger
Engineering Manager, Support Tooling
Helio Mobility GmbH | Lassallestraße 7b | 1020 Wien
""",
        "cal": {"method": "REQUEST", "uid": "2d7e0c41-9b8a-4f5e-a3c2-helio0910@heliomobility.example.at", "seq": 0,
                 "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 "start": "2026-09-10 11:00 +0200", "end": "2026-09-10 11:30 +0200",
                 "summary": "Phone screen Jonas Weißmann-Tanaka / Helio", "location": "Phone",
                 "organizer": ("Berger Martin", "m.berger@heliomobility.example.at"), "attach": "invite.ics"},
    },
    {
        "name": "alpine_rail_onsite_final",
        "kind": "interview_invitation", "lang": "en", "company": "Alpine Rail Digital", "contact": "talent@alpinerail.example.ch",
        "frm": "Alpine Rail Digital Talent <talent@alpinerail.example.ch>",
        "mid": "<ard-final-0914-3318@alpinerail.example.ch>",
        "subj": "Final round – on-site in Zurich",
        "date": "2026-09-14 17:05 +0200",
        "struct": "plain", "enc": "utf-8/b64",
        "body": """Dear Jonas,

Congratulations on making it to the final round for the Customer Success Engineer (Mobility
Apps) position! We'd like to invite you to our Zurich office for an on-site final interview.

Date: Thursday, 24 September 2026
Time: 10:00 - 13:30, including lunch with the team
Address: Alpine Rail Digital AG, Pfingstweidstrasse 110, 8005 Zürich, 5th floor (reception)

Agenda:
10:00 Welcome and office tour
10:20 Product deep-dive with Corinne Wyss (Director Customer Success)
11:15 Role play: escalation call with a regional transport operator
12:15 Lunch with the team
13:00 Q&A with HR

We'll reimburse your train ticket (2nd class, half-fare rate) from Leipzig. Please send your
receipts to this address after the visit. Questions in the meantime? Just reply to this email -
the talent team reads this mailbox every day.

Kind regards,
Leonie Frei
Talent Acquisition Partner
Alpine Rail Digital
""",
    },
    {
        "name": "biciciutat_entrevista_presencial",
        "kind": "interview_invitation", "lang": "es", "company": "BiciCiutat", "contact": "laia.ferrer@biciciutat.example.es",
        "frm": "Laia Ferrer <laia.ferrer@biciciutat.example.es>",
        "mid": "<bc-0311-lf-entrevista@biciciutat.example.es>",
        "subj": "Entrevista BiciCiutat – Técnico/a de atención al usuario",
        "date": "2026-03-11 12:50 +0100",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hola Jonas:

¡Gracias por tu candidatura! Nos gustaría invitarte a una entrevista presencial en nuestras
oficinas de Poblenou para el puesto de Técnico/a de atención al usuario.

Día: jueves 19 de marzo
Hora: 11:00
Dirección: Carrer de Pere IV 78, 3ª planta, 08005 Barcelona

Estaremos Oriol (responsable de flota) y yo. La entrevista dura unos 45 minutos y después te
enseñamos el taller de estaciones. Si te viene mal, dímelo y buscamos otro hueco.

¡Un saludo!
Laia Ferrer
Talent & Culture · BiciCiutat
""",
        "html": """<div style="font-family:Arial,sans-serif;font-size:14px;">
<p>Hola Jonas:</p>
<p>¡Gracias por tu candidatura! Nos gustaría invitarte a una <b>entrevista presencial</b> en nuestras
oficinas de Poblenou para el puesto de Técnico/a de atención al usuario.</p>
<p>Día: jueves 19 de marzo<br>Hora: 11:00<br>Dirección: Carrer de Pere IV 78, 3ª planta, 08005 Barcelona</p>
<p>Estaremos Oriol (responsable de flota) y yo. La entrevista dura unos 45 minutos y después te
enseñamos el taller de estaciones. Si te viene mal, dímelo y buscamos otro hueco.</p>
<p>¡Un saludo!<br>Laia Ferrer<br><span style="color:#e30613;">Talent &amp; Culture · BiciCiutat</span></p>
<p><img src="https://www.biciciutat.example.es/firma/logo-bc.png" alt="BiciCiutat" width="100"></p>
</div>
""",
    },
    {
        "name": "mobisoft_videoconferencia_usted",
        "kind": "interview_invitation", "lang": "es", "company": "Mobisoft Ibérica", "contact": "seleccion@mobisoft.example.es",
        "frm": "Selección Mobisoft <seleccion@mobisoft.example.es>",
        "mid": "<mobisoft-conv-0601-119@mobisoft.example.es>",
        "subj": "Convocatoria de entrevista - Ref. SOP-26-09",
        "subj_enc": "iso-8859-1",
        "date": "2026-06-01 09:20 +0200",
        "struct": "plain", "enc": "iso-8859-1/8bit",
        "body": """Estimado Sr. Weißmann-Tanaka:

En relación con su candidatura al puesto de Especialista de Soporte de Producto (Ref. SOP-26-09),
nos complace convocarle a una entrevista por videoconferencia.

Fecha: lunes, 8 de junio de 2026
Hora: 11:00 (hora peninsular)
Plataforma: Google Meet (recibirá el enlace 24 horas antes)
Entrevistadores: D.ª Carmen Ruiz (Dirección de Operaciones) y D. Iñaki Etxeberria (Soporte N2)

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,

Departamento de Selección
Mobisoft Ibérica, S.A.
C/ Orense 34, 28020 Madrid
""",
    },
    {
        "name": "talentia_ampere_entrevista",
        "kind": "interview_invitation", "lang": "es", "company": "Ampere Motos Eléctricas", "contact": "raul.campos@talentia.example.es",
        "frm": "Raúl Campos | Talentia <raul.campos@talentia.example.es>",
        "mid": "<talentia-0407-ampere@talentia.example.es>",
        "subj": "Entrevista con Ampere Motos Eléctricas",
        "date": "2026-04-07 10:11 +0200",
        "struct": "plain", "enc": "windows-1252/qp",
        "body": """Estimado Jonas:

Me alegra comunicarle que Ampere Motos Eléctricas quiere conocerle para el puesto de Técnico de
Atención al Cliente que le presenté la semana pasada.

La entrevista será el miércoles 15 de abril a las 10:00 en sus oficinas (Carrer de la Llacuna
162, 22@, Barcelona). Le recibirán Marta Ibáñez (Personas) y Jordi Soler (Servicio Técnico).

Le recomiendo repasar el catálogo de motos de la marca, porque suelen preguntar por averías
típicas de baterías. Confírmeme, por favor, que puede asistir.

Atentamente,

Raúl Campos
Consultor Senior – División Ingeniería y Movilidad
Talentia Selección
Tel. +34 932 001 455
""",
    },
    {
        "name": "lefort_cyclopolis_entretien",
        "kind": "interview_invitation", "lang": "fr", "company": "Cyclopolis", "contact": "h.lefort@cabinet-lefort.example.com",
        "frm": "Hélène Lefort <h.lefort@cabinet-lefort.example.com>",
        "mid": "<lefort-0216-cyclopolis@cabinet-lefort.example.com>",
        "subj": "Entretien Cyclopolis",
        "date": "2026-02-16 11:02 +0100",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Bonjour Jonas,

Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer que Cyclopolis souhaite vous
rencontrer pour le poste de Chargé de support technique (H/F) basé à Berlin.

L'entretien aura lieu le mardi 24 février à 15h00 en visio (lien Teams ci-dessous). Vous
échangerez avec Mme Aurélie Garnier, responsable Service Client Europe. L'entretien se déroulera
en anglais et en français.

Lien : https://teams.example.com/l/meetup-join/19%3ameeting_CYCLO0224

Je reste à votre disposition pour vous aider à le préparer.

Bien cordialement,

Hélène Lefort
Associée fondatrice
Cabinet Lefort Recrutement
12 rue de la Part-Dieu, 69003 Lyon
+33 4 72 00 18 60
""",
    },
    {
        "name": "lemanvelo_convocation_vous",
        "kind": "interview_invitation", "lang": "fr", "company": "Lémanvélo", "contact": "c.rochat@lemanvelo.example.ch",
        "frm": "Claire Rochat <c.rochat@lemanvelo.example.ch>",
        "mid": "<lv-conv-0518-cr@lemanvelo.example.ch>",
        "subj": "Invitation à un entretien – Responsable SAV boutique de Zurich",
        "date": "2026-05-18 14:36 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": """<html><body style="font-family:Georgia,'Times New Roman',serif;font-size:14px;color:#202020;">
<p>Monsieur,</p>
<p>Nous avons bien étudié votre dossier de candidature pour le poste de <b>Responsable SAV</b> de notre
boutique de Zurich (Langstrasse) et nous avons le plaisir de vous convier à un entretien.</p>
<p>L'entretien aura lieu le <b>mercredi 27 mai 2026 à 9h30</b> dans nos locaux de Genève (rue de
Carouge 58), en présence de M. Pascal Favre, directeur des opérations, et de moi-même. Une partie de
l'entretien se déroulera en allemand.</p>
<p>Vos frais de déplacement en train vous seront remboursés. Merci de bien vouloir me confirmer votre
présence par retour de courriel.</p>
<p>Dans l'attente de vous rencontrer, nous vous prions d'agréer, Monsieur, nos salutations
distinguées.</p>
<p>Claire Rochat<br>Ressources humaines<br>
<b>Lémanvélo SA</b> · Rue de Carouge 58 · 1205 Genève · +41 22 555 40 12</p>
<table cellpadding="0" cellspacing="0"><tr>
<td><img src="https://www.lemanvelo.example.ch/signature/logo.png" alt="Lémanvélo – Vélos électriques depuis 1998" width="160"></td>
<td style="padding-left:12px;font-size:11px;"><a href="https://www.lemanvelo.example.ch">lemanvelo.example.ch</a></td>
</tr></table>
</body></html>
""",
    },
]

RESCHEDULES: list[dict] = [
    {
        "name": "greenhouse_grachtfiets_sequence1",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Grachtfiets", "contact": "anouk.devries@grachtfiets.example.nl",
        "frm": "Grachtfiets via Greenhouse <no-reply@greenhouse-mail.io>",
        "rt": "Anouk de Vries <anouk.devries@grachtfiets.example.nl>",
        "subj": "Updated: Interview – Customer Success Associate – Grachtfiets",
        "date": "2026-04-13 16:18 +0200",
        "irt": "<gh.interview.5521873.0@greenhouse-mail.io>",
        "struct": "cal", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Apologies for the shuffle: Bram has to be at a dealer event in Utrecht on Wednesday, so we've
moved your interview to the next morning.

New time: Thursday, 16 April 2026, 10:00-10:45 (CEST)
Same Google Meet link as before.

The updated calendar invite is attached and replaces the old one. Let me know if the new time
is a problem.

Cheers,
Anouk
""",
        "cal": {"method": "REQUEST", "uid": _GF_UID, "seq": 1, "prodid": "-//Greenhouse//Interview Scheduler//EN",
                 "start": "2026-04-16 10:00 +0200", "end": "2026-04-16 10:45 +0200",
                 "summary": "Interview: Jonas Weißmann-Tanaka / Grachtfiets (updated)",
                 "location": "Google Meet https://meet.example.com/gfx-pqra-tmz",
                 "organizer": ("Anouk de Vries", "anouk.devries@grachtfiets.example.nl")},
    },
    {
        "name": "lmd_absage_krankheit_cancel",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "Leipziger Mobilitätsdienste",
        "contact": "s.hoffmann@lmd-leipzig.example.de",
        "frm": "\"Hoffmann, Stefanie\" <s.hoffmann@lmd-leipzig.example.de>",
        "subj": "Abgesagt: Vorstellungsgespräch Technischer Kundenservice Mobilitätsstationen",
        "date": "2026-06-08 07:52 +0200",
        "irt": "<FR2P281MB1873A0C11D9@lmd-leipzig.example.de>",
        "struct": "cal", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

leider muss ich unser für morgen, 9. Juni, 10:00 Uhr geplantes Gespräch absagen, da Herr Dr. Arnold
kurzfristig erkrankt ist. Das tut mir sehr leid.

Die Stelle ist selbstverständlich weiterhin offen, und wir möchten Sie unbedingt kennenlernen. Ich
melde mich bis Ende der Woche mit zwei, drei Terminvorschlägen für die übernächste Woche.

Mit freundlichen Grüßen
i. A. Stefanie Hoffmann
Personalreferentin
Leipziger Mobilitätsdienste GmbH
""",
        "cal": {"method": "CANCEL", "uid": _LMD_UID, "seq": 1, "prodid": "Microsoft Exchange Server 2019",
                 "start": "2026-06-09 10:00 +0200", "end": "2026-06-09 11:00 +0200",
                 "summary": "Abgesagt: Vorstellungsgespräch Technischer Kundenservice Mobilitätsstationen",
                 "location": "Microsoft Teams-Besprechung",
                 "organizer": ("Hoffmann, Stefanie", "s.hoffmann@lmd-leipzig.example.de")},
    },
    {
        "name": "velowerk_umstellung_video",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "Velowerk Leipzig", "contact": "k.aue@velowerk.example.de",
        "frm": "Katrin Aue <k.aue@velowerk.example.de>",
        "mid": "<velowerk-video-0223.k.aue@velowerk.example.de>",
        "subj": "Morgen: Gespräch per Video statt vor Ort",
        "date": "2026-02-23 15:26 +0100",
        "irt": "<velowerk-inv-0217.k.aue@velowerk.example.de>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Lieber Herr Weißmann-Tanaka,

kleine Planänderung für morgen: Bei uns im Haus ist heute die Heizung ausgefallen, und das Büro
bleibt voraussichtlich bis Mittwoch geschlossen. Wir würden das Gespräch deshalb gern zur gleichen
Zeit (10:00 Uhr) per Video führen:

https://meet.example.com/velowerk-aue-24feb

Falls Ihnen ein Videogespräch gar nicht passt, verschieben wir alternativ auf nächste Woche vor Ort
– sagen Sie mir einfach, was Ihnen lieber ist.

Viele Grüße
Katrin Aue
""",
    },
    {
        "name": "zuerishare_verschiebung_donnerstag",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "ZüriShare", "contact": "nadine.baumann@zurishare.example.ch",
        "frm": "Nadine Baumann <nadine.baumann@zurishare.example.ch>",
        "to": "Jonas Weissmann-Tanaka <jonas.wt@example.de>",
        "subj": "AW: ZüriShare – Einladung zum Erstgespräch",
        "date": "2026-03-19 10:03 +0100",
        "irt": "<5e7a90c2-zs-bestaetigung@example.de>",
        "refs": ["<zs-0316-nb@zurishare.example.ch>", "<5e7a90c2-zs-bestaetigung@example.de>"],
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Grüezi Herr Weissmann-Tanaka

Besten Dank für Ihre Bestätigung. Leider muss ich Sie nochmals um Flexibilität bitten: Luca Meier
ist am Montag wegen einer Flottenumstellung in Winterthur. Könnten wir das Gespräch auf
Donnerstag, 26. März, 14:00 – 14:45 Uhr verschieben? Format bleibt Teams.

Ich danke Ihnen für eine kurze Rückmeldung.

Freundliche Grüsse
Nadine Baumann
HR Business Partner
ZüriShare AG
""",
    },
    {
        "name": "vbd_hearing_verschoben",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "Verkehrsbetriebe Donaustadt", "contact": "recruiting@vbd.example.at",
        "frm": "VBD Recruiting <recruiting@vbd.example.at>",
        "subj": "Verschiebung Hearing – Stelle 2026/083",
        "date": "2026-07-10 12:30 +0200",
        "irt": "<vbd-hearing-0706-2291@vbd.example.at>",
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka!

Aufgrund einer Terminkollision in der Auswahlkommission müssen wir das Hearing für die Stelle
2026/083 vom 16. Juli auf Dienstag, 21. Juli 2026, 9:00 Uhr verschieben. Ort und Ablauf bleiben
unverändert.

Wir bitten um Ihr Verständnis und um neuerliche Bestätigung an diese Adresse.

Mit freundlichen Grüßen

Mag.a Daniela Pichler
Personalentwicklung & Recruiting
Verkehrsbetriebe Donaustadt GmbH
""",
    },
    {
        "name": "kiezcycles_kind_krank_iphone",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "Kiezcycles", "contact": "mo@kiezcycles.example.de",
        "frm": "Mo Haddad <mo@kiezcycles.example.de>",
        "subj": "Re: Lust auf nen Call?",
        "date": "2026-05-13 07:12 +0200",
        "irt": "<b2f81d0c-kiez-jonas-0512@example.de>",
        "refs": ["<9C0E7A1B-3D44-4F0A-A2C1-kiez0511@kiezcycles.example.de>", "<b2f81d0c-kiez-jonas-0512@example.de>"],
        "hdrs": {"X-Mailer": "iPhone Mail (23E246)"},
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Sorry Jonas, muss heute absagen, Kleine hat Fieber :( Können wir Freitag selbe Zeit machen? Gleicher Ort.

Mo

Von meinem iPhone gesendet

> Am 12.05.2026 um 08:30 schrieb Jonas Weißmann-Tanaka <jonas.wt@example.de>:
>
> Hi Mo, Mittwoch 14 Uhr im Laden passt super, ich freu mich! Jonas
""",
    },
    {
        "name": "talentbruecke_stromrad_verschoben",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "Stromrad Manufaktur", "contact": "d.vogt@talentbruecke.example.de",
        "frm": "Dennis Vogt | TalentBrücke <d.vogt@talentbruecke.example.de>",
        "subj": "AW: Stromrad Manufaktur – Gesprächseinladung",
        "date": "2026-02-03 08:05 +0100",
        "irt": "<c3e1-stromrad-bestaetigt@example.de>",
        "refs": ["<tb-0128-stromrad.dvogt@talentbruecke.example.de>", "<c3e1-stromrad-bestaetigt@example.de>"],
        "struct": "plain", "enc": "windows-1252/qp",
        "body": """Guten Morgen Herr Weißmann-Tanaka,

kurze Info: Herr Körner von der Stromrad Manufaktur hat mich gestern Abend angerufen – wegen
eines Lieferengpasses in der Montage musste er den Termin am Montag kurzfristig streichen. Tut
mir leid, dass Sie das erst jetzt erfahren.

Neuer Vorschlag vom Kunden: Donnerstag, 5. Februar, 15:30 Uhr, gleicher Ort. Passt das?

Beste Grüße
Dennis Vogt
TalentBrücke Personalberatung
""",
    },
    {
        "name": "schaltwerk_einen_tag_spaeter",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "Schaltwerk Software", "contact": "julia.rau@schaltwerk.example.de",
        "frm": "Julia Rau <julia.rau@schaltwerk.example.de>",
        "subj": "Re: Zweites Gespräch + kleine Fallstudie",
        "date": "2026-03-12 09:40 +0100",
        "irt": "<schaltwerk-2nd-0310.jrau@schaltwerk.example.de>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

blöd, aber nötig: Paul muss am Dienstag zu einem Kunden nach Hamburg. Können wir das zweite
Gespräch auf Mittwoch, 18. März, gleiche Uhrzeit (14:00) schieben? Die Fallstudie kommt trotzdem
am Freitag.

Danke dir!
Julia
""",
    },
    {
        "name": "ashby_loopway_rescheduled",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Loopway", "contact": "priya@loopway.example.com",
        "frm": "Loopway via Ashby <no-reply@ashbyhq.com>",
        "rt": "Priya Raman <priya@loopway.example.com>",
        "subj": "Your interview with Loopway has been rescheduled",
        "date": "2026-06-18 17:02 +0200",
        "irt": "<ashby.loopway.sched.2026-06-15.1142@ashbyhq.com>",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<div style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:14px;line-height:1.6;color:#0f172a;max-width:560px;">
<p><img src="https://app.ashbyhq.com/api/images/org-theme-logo/loopway.png" alt="Loopway" height="24"></p>
<p>Hi Jonas,</p>
<p>Your interview for <b>Customer Success Manager, DACH</b> has been rescheduled.</p>
<table style="border-collapse:collapse;font-size:14px;">
<tr><td style="padding:4px 12px 4px 0;color:#64748b;">Previous time</td><td style="text-decoration:line-through;">Monday, June 22 · 15:00–15:45 CEST</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#64748b;">New time</td><td><b>Tuesday, June 23 · 11:00–11:45 CEST</b></td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#64748b;">Interviewers</td><td>Priya Raman, Felix Brandt</td></tr>
</table>
<p>Felix had a conflict with a customer workshop. An updated calendar invite with the same Zoom link is on its way.
Questions? Reply to this email.</p>
<p style="font-size:11px;color:#94a3b8;">Loopway GmbH · Ritterstraße 12 · 10969 Berlin · Sent with Ashby</p>
{pixel("https://app.ashbyhq.com/api/email/open/lw-resched-0618")}
</div>
""",
    },
    {
        "name": "cykelhuset_mads_ill",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Cykelhuset Nord", "contact": "freja.lund@cykelhuset-nord.example.dk",
        "frm": "Freja Lund <freja.lund@cykelhuset-nord.example.dk>",
        "subj": "Thursday's call with Mads - cancelled",
        "date": "2026-08-05 16:47 +0200",
        "irt": "<CHN-0803-mk-7e21@cykelhuset-nord.example.dk>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

I'm Mads's colleague in the office. Unfortunately Mads has called in sick for the rest of the week,
so we need to cancel tomorrow's video call at 15:00. Sorry for the short notice!

He'd still very much like to talk to you. Could you send me two or three times that work for you
next week (Monday to Wednesday)? I'll put it straight into his calendar.

Venlig hilsen / kind regards
Freja Lund
Office & HR Coordinator
Cykelhuset Nord · Vesterbrogade 98 · 1620 København V
""",
    },
    {
        "name": "mobilityrecruiters_tandem_video_original",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Tandem Transit", "contact": "chloe@mobilityrecruiters.example.com",
        "frm": "Chloe Barnes <chloe@mobilityrecruiters.example.com>",
        "subj": "RE: GREAT NEWS!! Interview with Tandem Transit!!",
        "date": "2026-05-08 14:02 +0100",
        "irt": "<AM0PR09MB7788-jonas-confirm@example.de>",
        "refs": ["<MR-CB-0505-tandem@mobilityrecruiters.example.com>", "<AM0PR09MB7788-jonas-confirm@example.de>"],
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hi Jonas,

Small change from Tandem Transit - Lukas is stuck in Hamburg all next week, so they've asked to do
Tuesday's interview on VIDEO instead of in person. Same day, same time (12 May, 11:00 CET).
Jess will send the Google Meet link on Monday.

Sorry for the faff - all good otherwise, they're still really keen!

Chloe

-----Original Message-----
From: Jonas Weißmann-Tanaka <jonas.wt@example.de>
Sent: 05 May 2026 10:12
To: Chloe Barnes <chloe@mobilityrecruiters.example.com>
Subject: Re: GREAT NEWS!! Interview with Tandem Transit!!

Hi Chloe,

Thank you, that's great! Confirmed for Tuesday 12 May at 11:00 at Skalitzer Str. 85. I'll book my
train to Berlin for the morning.

Best,
Jonas
""",
    },
    {
        "name": "workday_orbis_cancelled",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Orbis Fleet Services", "contact": "interviews@orbisfleet.example.com",
        "frm": "Orbis Fleet Services <orbisfleet@myworkday.com>",
        "rt": "Orbis Interview Coordination <interviews@orbisfleet.example.com>",
        "subj": "Interview Cancelled: Technical Account Associate (JR-22187)",
        "date": "2026-02-27 12:15 +0100",
        "irt": "<wd.orbis.interview.77231@myworkday.com>",
        "struct": "html", "enc": "utf-8/qp",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0;"><img src="https://wd5.myworkday.com/orbisfleet/assets/logo.png" alt="ORBIS Fleet Services" width="150"></td></tr>
<tr><td>
<p>Dear Jonas,</p>
<p>Your interview for <b>Technical Account Associate (JR-22187)</b> scheduled for Monday, 2 March 2026 at
10:00 CET has been <b>cancelled</b>.</p>
<p>A member of our interview coordination team will contact you shortly to arrange a new time. Your
application remains active. If you have any questions, you can reply to this message.</p>
<p>Kind regards,<br>Talent Acquisition<br>Orbis Fleet Services</p>
<p style="font-size:10px;color:#999;">Orbis Fleet Services Ltd · Registered in England No 07712345</p>
</td></tr></table>
{pixel("https://wd5.myworkday.com/orbisfleet/email/open/JR-22187-5601")}
</body></html>
""",
    },
    {
        "name": "biciciutat_cambio_lunes",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "BiciCiutat", "contact": "laia.ferrer@biciciutat.example.es",
        "frm": "Laia Ferrer <laia.ferrer@biciciutat.example.es>",
        "subj": "RE: Entrevista BiciCiutat – Técnico/a de atención al usuario",
        "date": "2026-03-16 09:25 +0100",
        "irt": "<PAXPR04MB8125-jonas-bc@example.de>",
        "refs": ["<bc-0311-lf-entrevista@biciciutat.example.es>", "<PAXPR04MB8125-jonas-bc@example.de>"],
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Hola Jonas,

Perdona el cambio: el jueves hay huelga de metro y medio equipo no podrá venir a la oficina.
¿Te va bien pasar la entrevista al lunes 23 de marzo a la misma hora (11:00), mismo sitio?

Si no te cuadra, también podemos hacerla por videollamada el jueves. Tú decides.

Gracias y perdona las molestias,
Laia

De: Jonas Weißmann-Tanaka <jonas.wt@example.de>
Enviado: miércoles, 11 de marzo de 2026 19:40
Para: Laia Ferrer <laia.ferrer@biciciutat.example.es>
Asunto: Re: Entrevista BiciCiutat – Técnico/a de atención al usuario

Hola Laia:

¡Muchas gracias! Confirmo la entrevista el jueves 19 a las 11:00 en Pere IV. Vuelo a Barcelona
el miércoles, así que sin problema.

Un saludo,
Jonas

De: Laia Ferrer <laia.ferrer@biciciutat.example.es>
Enviado: miércoles, 11 de marzo de 2026 12:50
Para: Jonas Weißmann-Tanaka <jonas.wt@example.de>
Asunto: Entrevista BiciCiutat – Técnico/a de atención al usuario

Hola Jonas:

¡Gracias por tu candidatura! Nos gustaría invitarte a una entrevista presencial en nuestras
oficinas de Poblenou para el puesto de Técnico/a de atención al usuario.
""",
    },
    {
        "name": "lemanvelo_report_entretien",
        "kind": "interview_reschedule_or_cancel", "lang": "fr", "company": "Lémanvélo", "contact": "c.rochat@lemanvelo.example.ch",
        "frm": "Claire Rochat <c.rochat@lemanvelo.example.ch>",
        "subj": "Report de votre entretien du 27 mai",
        "date": "2026-05-21 11:08 +0200",
        "irt": "<lv-conv-0518-cr@lemanvelo.example.ch>",
        "struct": "plain", "enc": "iso-8859-1/qp",
        "body": """Monsieur,

Nous sommes contraints de reporter l'entretien prévu le mercredi 27 mai à 9h30, M. Favre devant se
rendre en urgence chez notre fournisseur à Bâle.

Nous vous proposons à la place le mardi 2 juin à 10h00, toujours dans nos locaux de Genève. Si
cette date ne vous convenait pas, je vous remercie de m'indiquer vos disponibilités pour la même
semaine.

Avec nos excuses pour ce contretemps, nous vous prions d'agréer, Monsieur, nos salutations
distinguées.

Claire Rochat
Ressources humaines
Lémanvélo SA
""",
    },
    {
        "name": "lefort_cyclopolis_decale_visio",
        "kind": "interview_reschedule_or_cancel", "lang": "fr", "company": "Cyclopolis", "contact": "h.lefort@cabinet-lefort.example.com",
        "frm": "Hélène Lefort <h.lefort@cabinet-lefort.example.com>",
        "mid": "<lefort-0219-report@cabinet-lefort.example.com>",
        "subj": "Cyclopolis : changement d'horaire",
        "date": "2026-02-19 09:14 +0100",
        "irt": "<lefort-0216-cyclopolis@cabinet-lefort.example.com>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Bonjour Jonas,

Petit changement : Mme Garnier a une réunion de direction mardi après-midi et souhaite décaler
votre entretien à 9h00 le même jour (mardi 24 février), toujours en visio. Le lien Teams reste le
même.

Pouvez-vous me confirmer que ce nouvel horaire vous convient ?

Merci et à bientôt,
Hélène
""",
    },
]

MISSED: list[dict] = [
    {
        "name": "emotion_nicht_erschienen",
        "kind": "missed_interview_notice", "lang": "de", "company": "E-Motion Rad & Service", "contact": "d.yildiz@emotion-rad.example.de",
        "frm": "Derya Yildiz <d.yildiz@emotion-rad.example.de>",
        "subj": "Ihr Termin heute um 10:00 Uhr",
        "date": "2026-04-28 11:34 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

wir haben heute um 10:00 Uhr in unserer Filiale in Sendling auf Sie gewartet, Sie sind jedoch
leider nicht zum vereinbarten Vorstellungsgespräch erschienen. Auch telefonisch konnten wir Sie
nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Ende der Woche bei mir. Sollte Ihr
Interesse an der Stelle weiterhin bestehen, versuchen wir, einen neuen Termin zu finden.

Mit freundlichen Grüßen

Derya Yildiz
Filialleitung München-Sendling
E-Motion Rad & Service GmbH
Plinganserstraße 61 · 81369 München · Tel. 089 7200 4415
""",
    },
    {
        "name": "fahrradhof_plagwitz_probearbeiten_du",
        "kind": "missed_interview_notice", "lang": "de", "company": "Fahrradhof Plagwitz", "contact": "werkstatt@fahrradhof-plagwitz.example.de",
        "frm": "Fahrradhof Plagwitz <werkstatt@fahrradhof-plagwitz.example.de>",
        "subj": "heute Probearbeiten?",
        "date": "2026-07-17 12:02 +0200",
        "struct": "plain", "enc": "utf-8/8bit",
        "body": """Hi Jonas,

wir hatten dich heute um 9 zum Probearbeiten erwartet, aber du bist nicht gekommen. Ist alles ok?

Sag uns bitte Bescheid ob du noch Interesse hast, dann machen wir nen neuen Tag aus. Wenn nicht,
auch ok, dann wissens wir wenigstens.

Grüße aus der Werkstatt
Paule

Fahrradhof Plagwitz – Reparatur, Verleih, Lastenräder
Zschochersche Str. 48, Leipzig
""",
    },
    {
        "name": "talentbruecke_telefonisch_nicht_erreicht",
        "kind": "missed_interview_notice", "lang": "de", "company": "TalentBrücke Personalberatung",
        "contact": "a.schreiber@talentbruecke.example.de",
        "frm": "Anja Schreiber <a.schreiber@talentbruecke.example.de>",
        "subj": "Unser Telefontermin um 14:00 Uhr",
        "date": "2026-10-07 14:26 +0200",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hallo Herr Weißmann-Tanaka,

wir waren heute um 14:00 Uhr zu einem telefonischen Interview für die Position Technischer
Support (Mobilitäts-Software, Leipzig) verabredet. Ich habe versucht, Sie zweimal unter Ihrer
Mobilnummer zu erreichen, leider ohne Erfolg, und Ihnen auf die Mailbox gesprochen.

Bitte geben Sie mir kurz Bescheid, ob Sie weiterhin Interesse haben – dann finden wir gern einen
neuen Termin.

Viele Grüße
Anja Schreiber
Consultant
TalentBrücke Personalberatung GmbH · Prager Straße 2 · 01069 Dresden
""",
        "html": """<div style="font-family:Arial,sans-serif;font-size:10pt;">
<p>Hallo Herr Weißmann-Tanaka,</p>
<p>wir waren heute um 14:00 Uhr zu einem telefonischen Interview für die Position Technischer
Support (Mobilitäts-Software, Leipzig) verabredet. Ich habe versucht, Sie zweimal unter Ihrer
Mobilnummer zu erreichen, leider ohne Erfolg, und Ihnen auf die Mailbox gesprochen.</p>
<p>Bitte geben Sie mir kurz Bescheid, ob Sie weiterhin Interesse haben – dann finden wir gern einen
neuen Termin.</p>
<p>Viele Grüße<br>Anja Schreiber<br>Consultant</p>
<p><img src="https://www.talentbruecke.example.de/mail/logo.png" alt="TalentBrücke Personalberatung" width="140"><br>
<span style="font-size:8pt;color:#777;">TalentBrücke Personalberatung GmbH · Prager Straße 2 · 01069 Dresden ·
<a href="https://www.talentbruecke.example.de/impressum">Impressum</a></span></p>
</div>
""",
    },
    {
        "name": "kessler_teams_nicht_eingewaehlt",
        "kind": "missed_interview_notice", "lang": "de", "company": "Kessler & Partner Personalberatung",
        "contact": "c.kessler@kessler-partner.example.de",
        "frm": "Christoph Kessler <c.kessler@kessler-partner.example.de>",
        "subj": "Heute 11:00 Uhr – Teams",
        "date": "2026-07-03 11:28 +0200",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Sehr geehrter Herr Weißmann-Tanaka,

ich war heute ab 11:00 Uhr im vereinbarten Teams-Meeting und habe knapp 20 Minuten auf Sie
gewartet. Sie haben sich leider nicht eingewählt.

Ich gehe davon aus, dass es ein technisches oder terminliches Missverständnis gab. Bitte melden
Sie sich bis Montag, damit ich meinem Mandanten Bescheid geben kann, ob wir den Prozess mit Ihnen
fortsetzen.

Mit besten Grüßen
Christoph Kessler
Kessler & Partner Personalberatung
Telefon +49 89 2000 718-0
""",
    },
    {
        "name": "velogarage_oerlikon_erwartet",
        "kind": "missed_interview_notice", "lang": "de", "company": "Velogarage Oerlikon", "contact": "info@velogarage-oerlikon.example.ch",
        "frm": "Velogarage Oerlikon <info@velogarage-oerlikon.example.ch>",
        "to": "jonas.wt@example.de",
        "subj": "Vorstellungsgespräch heute Morgen",
        "date": "2026-08-27 10:15 +0200",
        "struct": "html", "enc": "iso-8859-1/qp",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;">
<p>Grüezi Herr Weissmann-Tanaka</p>
<p>Wir haben Sie heute Morgen um 9 Uhr zum Vorstellungsgespräch in unserer Werkstatt erwartet. Leider
sind Sie nicht gekommen und haben sich auch nicht abgemeldet.</p>
<p>Falls Sie noch Interesse an der Stelle als Velomechaniker mit Kundenberatung haben, rufen Sie uns
bitte an oder antworten Sie auf dieses Mail. Sonst gehen wir davon aus, dass sich die Sache erledigt
hat.</p>
<p>Freundliche Grüsse<br>Urs Bachmann<br>Inhaber</p>
<p style="font-size:11px;color:#555;">Velogarage Oerlikon GmbH<br>Schaffhauserstrasse 355 · 8050 Zürich · 044 555 63 20</p>
</body></html>
""",
    },
    {
        "name": "spokeshare_didnt_join",
        "kind": "missed_interview_notice", "lang": "en", "company": "Spokeshare", "contact": "sophie@spokeshare.example.nl",
        "frm": "Sophie Jansen <sophie@spokeshare.example.nl>",
        "subj": "Missed you today?",
        "date": "2026-05-14 14:31 +0200",
        "irt": "<6A2F0E8B-77C1-4B3D-9E54-spk0512@spokeshare.example.nl>",
        "hdrs": {"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
        "struct": "plain", "enc": "us-ascii/7bit",
        "body": """Hi Jonas,

Daan and I were on the Meet at 2pm but you didn't join the call - is everything ok? We waited
about 15 minutes.

If something came up, no worries, just let me know and we'll try to find another slot next week.

Sophie
""",
    },
    {
        "name": "alpine_rail_reception",
        "kind": "missed_interview_notice", "lang": "en", "company": "Alpine Rail Digital", "contact": "talent@alpinerail.example.ch",
        "frm": "Alpine Rail Digital Talent <talent@alpinerail.example.ch>",
        "subj": "Your on-site interview today",
        "date": "2026-09-24 11:02 +0200",
        "irt": "<ard-final-0914-3318@alpinerail.example.ch>",
        "struct": "plain", "enc": "utf-8/qp",
        "body": """Dear Jonas,

We had you scheduled for the on-site final interview at 10:00 today at our Zurich office, but our
reception tells us you have not arrived, and we have not been able to reach you by phone.

We hope nothing serious has happened. Corinne is available until 12:00 today should you just be
delayed; otherwise please get in touch by the end of the week so we can discuss next steps.

Kind regards,
Leonie Frei
Talent Acquisition Partner
Alpine Rail Digital
""",
    },
    {
        "name": "helio_tried_calling",
        "kind": "missed_interview_notice", "lang": "en", "company": "Helio Mobility", "contact": "m.berger@heliomobility.example.at",
        "frm": "Berger Martin <m.berger@heliomobility.example.at>",
        "subj": "RE: Phone screen - Product Support Engineer (Helio Mobility)",
        "date": "2026-09-10 11:24 +0200",
        "irt": "<VI1PR06MB6543B2D9F8@heliomobility.example.at>",
        "struct": "alt", "enc": "utf-8/qp",
        "body": """Hi Jonas,

I tried calling you at 11:00 for our phone screen - twice, and also left a voicemail - but
couldn't get through. Maybe I have the wrong number?

Let me know if you'd still like to chat and send me a couple of times that work; happy to do it
over Teams instead.

Martin
""",
        "html": """<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;">
<p>Hi Jonas,</p>
<p>I tried calling you at 11:00 for our phone screen - twice, and also left a voicemail - but
couldn't get through. Maybe I have the wrong number?</p>
<p>Let me know if you'd still like to chat and send me a couple of times that work; happy to do it
over Teams instead.</p>
<p>Martin</p>
</div>
""",
    },
    {
        "name": "mobisoft_no_se_conecto",
        "kind": "missed_interview_notice", "lang": "es", "company": "Mobisoft Ibérica", "contact": "seleccion@mobisoft.example.es",
        "frm": "Selección Mobisoft <seleccion@mobisoft.example.es>",
        "subj": "Entrevista Ref. SOP-26-09 – ausencia",
        "date": "2026-06-09 10:05 +0200",
        "irt": "<mobisoft-conv-0601-119@mobisoft.example.es>",
        "struct": "plain", "enc": "iso-8859-1/8bit",
        "body": """Estimado Sr. Weißmann-Tanaka:

Ayer, lunes 8 de junio, le esperamos a las 11:00 en la videollamada convocada para la entrevista
del puesto de Especialista de Soporte de Producto (Ref. SOP-26-09) y no se conectó.

Si desea continuar en el proceso, le rogamos que nos lo comunique respondiendo a este correo antes
del viernes 12 de junio. En caso contrario, daremos por cerrada su candidatura.

Atentamente,

Departamento de Selección
Mobisoft Ibérica, S.A.
""",
    },
    {
        "name": "navette_alpine_absent",
        "kind": "missed_interview_notice", "lang": "fr", "company": "Navette Alpine", "contact": "recrutement@navette-alpine.example.ch",
        "frm": "Navette Alpine – Recrutement <recrutement@navette-alpine.example.ch>",
        "subj": "Entretien du 5 octobre",
        "date": "2026-10-06 08:48 +0200",
        "struct": "html", "enc": "utf-8/qp",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:2px solid #003f7d;padding-bottom:8px;"><img src="https://www.navette-alpine.example.ch/img/logo-mail.png" alt="Navette Alpine" width="150"></td></tr>
<tr><td style="padding-top:14px;line-height:19px;">
<p>Monsieur,</p>
<p>Nous vous attendions hier, lundi 5 octobre à 14h00, dans nos bureaux de Zurich (Hardturmstrasse 161)
pour votre entretien au poste de Coordinateur service clients – navettes électriques. Vous ne vous êtes
malheureusement pas présenté et nous n'avons reçu aucun message de votre part.</p>
<p>Si un empêchement indépendant de votre volonté est survenu, nous vous remercions de nous en informer
en répondant à ce message d'ici le 9 octobre. À défaut, nous considérerons que vous ne souhaitez pas
poursuivre le processus.</p>
<p>Avec nos salutations distinguées,</p>
<p>Sandrine Meylan<br>Responsable recrutement<br>Navette Alpine SA</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding-top:10px;border-top:1px solid #ddd;">Navette Alpine SA · Avenue de Rumine 20 · 1005 Lausanne · CHE-112.334.556</td></tr>
</table>
</body></html>
""",
    },
]

MESSAGES: list[dict] = [*INVITATIONS, *RESCHEDULES, *MISSED]
