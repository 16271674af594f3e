"""Interview invitations (26), reschedules and cancellations (15), missed-interview notices (10)."""

from __future__ import annotations

ALPENMILCH = ("Verena Kofler", "v.kofler@alpenmilch-tirol.example.at")
KESSLER = ("Sabine Aigner", "s.aigner@kessler-analytik.example.at")
KESSLER_ATS = ("Sabine Aigner via softgarden", "noreply@softgarden.io")

MESSAGES: list[dict] = [
    # ================================================================ invitations, German
    {
        "id": "am_inv", "kind": "interview_invitation", "lang": "de", "company": "Alpenmilch Tirol",
        "contact": "v.kofler@alpenmilch-tirol.example.at",
        "date": "2026-01-27 10:14 +0100", "frm": ALPENMILCH,
        "subject": "Einladung zum Vorstellungsgespräch – Qualitätssicherung Molkerei",
        "text": """\
Sehr geehrter Herr Oberholzer,

vielen Dank für Ihre Bewerbung als Mitarbeiter Qualitätssicherung in
unserer Molkerei in Innsbruck-Rossau. Ihr Werdegang als Küchenchef mit
gelebter HACCP-Praxis hat uns neugierig gemacht.

Wir laden Sie herzlich zu einem persönlichen Gespräch ein:

  Dienstag, 3. Februar 2026, 10:00 bis 11:00 Uhr
  Alpenmilch Tirol, Hauptgebäude, Raum 2.14
  Rossaugasse 8, 6020 Innsbruck

Am Gespräch nehmen Herr Dipl.-Ing. Lukas Praxmarer (Leitung QS) und ich
teil. Bitte bringen Sie einen Lichtbildausweis mit, Sie bekommen beim
Empfang einen Besucherausweis. Die Kalendereinladung finden Sie anbei.

Bitte bestätigen Sie den Termin kurz per Antwort.

Mit freundlichen Grüßen
Verena Kofler
Personalreferentin
Alpenmilch Tirol reg.Gen.m.b.H.
Rossaugasse 8 · 6020 Innsbruck · T +43 512 34 56 210
""",
        "ics": {"method": "REQUEST", "uid": "am-2026-qs-001@alpenmilch-tirol.example.at", "seq": 0,
                 "start": "20260203T100000", "end": "20260203T110000",
                 "summary": "Vorstellungsgespräch Oberholzer – QS Molkerei",
                 "location": "Alpenmilch Tirol, Rossaugasse 8, Raum 2.14, Innsbruck"},
    },
    {
        "id": "fp_inv_bergbaeck", "kind": "interview_invitation", "lang": "de",
        "company": "Bergbäck",
        "contact": "markus.pichler@flexpersonal.example.at",
        "date": "2026-02-11 09:02 +0100",
        "frm": ("Markus Pichler", "markus.pichler@flexpersonal.example.at"),
        "subject": "Vorstellungstermin bei Bergbäck in Wattens",
        "text": """\
Hallo Herr Oberholzer,

wie heute früh am Telefon besprochen: Die Großbäckerei Bergbäck in Wattens
möchte Sie für die Stelle als Hygienebeauftragter in der Produktion
kennenlernen.

Termin: Mittwoch, 18. Februar, 13:30 Uhr
Ort: Bergbäck, Industriestraße 22, 6112 Wattens - Empfang Verwaltung
Ansprechpartnerin vor Ort: Frau Carina Haas, Produktionsleitung

Bitte nehmen Sie Ihren Lebenslauf und die Kopie Ihres HACCP-Zertifikats
mit. Feste Schuhe, weil es danach eventuell kurz in die Backstraße geht.

Geben Sie mir bitte kurz Bescheid, dass der Termin passt.

Beste Grüße
Markus Pichler
Personalberatung
FlexPersonal Tirol | Südtiroler Platz 6 | 6020 Innsbruck
T +43 512 300 44 17
""",
    },
    {
        "id": "am_trial", "kind": "interview_invitation", "lang": "de",
        "company": "Alpenmilch Tirol",
        "contact": "v.kofler@alpenmilch-tirol.example.at",
        "date": "2026-02-16 15:47 +0100", "frm": ALPENMILCH,
        "subject": "AW: Danke für das Gespräch",
        "parent": "am_own_thanks", "quote": "de",
        "text": """\
Lieber Herr Oberholzer,

danke für Ihre nette Nachricht - das Gespräch hat auch uns Freude gemacht.

Wir würden Sie gerne in die zweite Runde nehmen und laden Sie zu einem
Schnuppertag in der Qualitätssicherung ein. Sie begleiten Herrn Praxmarer
bei der Wareneingangskontrolle, den Hygiene-Abklatschproben und der
Freigabe einer Charge Bergkäse.

Vorschlag: Montag, 23. Februar, 7:00 bis ca. 14:00 Uhr. Arbeitskleidung
und Sicherheitsschuhe stellen wir bereit, bitte sagen Sie mir Ihre
Schuhgröße.

Passt Ihnen der Termin?

Liebe Grüße
Verena Kofler
""",
    },
    {
        "id": "gr_inv", "kind": "interview_invitation", "lang": "de",
        "company": "Gruber Fleischwaren",
        "contact": "t.lindner@gruber-fleisch.example.de",
        "date": "2026-02-23 08:36 +0100",
        "frm": ("Lindner, Theresa", "t.lindner@gruber-fleisch.example.de"),
        "subject": "Telefoninterview QS-Leitung Schlachtung",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Sehr geehrter Herr Oberholzer,

vielen Dank für Ihre Bewerbung als QS-Leitung Schlachtung und Zerlegung.

Gerne möchten wir Sie in einem ersten Telefoninterview (ca. 30 Minuten)
näher kennenlernen. Ich schlage Donnerstag, den 5. März 2026, um 9:30 Uhr
vor. Ich rufe Sie dann unter der in Ihrem Lebenslauf angegebenen Nummer an.

Sollte der Termin nicht passen, nennen Sie mir gerne zwei Alternativen.

Mit freundlichen Grüßen

Theresa Lindner
Personalreferentin
Gruber Fleischwaren GmbH & Co. KG
Schlachthofstraße 9, 81369 München
Tel. +49 89 7601 2240

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet.
""",
    },
    {
        "id": "bm_inv", "kind": "interview_invitation", "lang": "de", "company": "Backhaus Mair",
        "contact": "jasmin.leitgeb@backhaus-mair.example.at",
        "date": "2026-03-17 11:25 +0100",
        "frm": ("Jasmin Leitgeb", "jasmin.leitgeb@backhaus-mair.example.at"),
        "subject": "Ihre Bewerbung bei Backhaus Mair – Einladung Videogespräch",
        "html": True,
        "text": """\
Hallo Herr Oberholzer,

danke für Ihre Bewerbung als Qualitätsbeauftragter für unsere 38 Filialen.
Wir würden Sie gerne in einem Videogespräch kennenlernen.

Termin: Dienstag, 24. März 2026, 10:00 Uhr
Dauer: ca. 45 Minuten
Link: https://teams.example.com/l/meetup-join/backhaus-mair-qb-2026

Dabei sind unsere Leiterin Filialqualität, Frau Doris Gschwandtner, und
ich. Bitte testen Sie vorab Kamera und Mikrofon.

Wir freuen uns auf Sie!

Jasmin Leitgeb
HR Business Partnerin | Backhaus Mair
Ignaz-Harrer-Straße 50, 5020 Salzburg
""",
    },
    {
        "id": "bm_inv2", "kind": "interview_invitation", "lang": "de", "company": "Backhaus Mair",
        "contact": "jasmin.leitgeb@backhaus-mair.example.at",
        "date": "2026-03-26 08:50 +0100",
        "frm": ("Jasmin Leitgeb", "jasmin.leitgeb@backhaus-mair.example.at"),
        "subject": "Neuer Termin für unser Videogespräch",
        "parent": "bm_own_sorry", "quote": "de",
        "text": """\
Hallo Herr Oberholzer,

danke für Ihre Erklärung, so etwas kann passieren. Wir geben Ihnen gerne
eine zweite Chance:

Dienstag, 31. März 2026, 14:00 Uhr, gleicher Teams-Link wie zuvor:
https://teams.example.com/l/meetup-join/backhaus-mair-qb-2026

Bitte bestätigen Sie mir den Termin kurz.

Jasmin Leitgeb
HR Business Partnerin | Backhaus Mair
""",
    },
    {
        "id": "st_inv", "kind": "interview_invitation", "lang": "de", "company": "Salzach Feinkost",
        "contact": "a.steiner@steiner-search.example.at",
        "date": "2026-05-06 17:31 +0200",
        "frm": ("Dr. Andreas Steiner", "a.steiner@steiner-search.example.at"),
        "reply_to": ("Dr. Andreas Steiner", "a.steiner@steiner-search.example.at"),
        "subject": "Salzach Feinkost – Gespräch mit der Geschäftsführung",
        "text": """\
Lieber Herr Oberholzer,

wie angekündigt habe ich Ihr Profil meinem Klienten Salzach Feinkost in
Hallein vorgestellt. Die Geschäftsführerin, Frau Elisabeth Brandstätter,
möchte Sie gerne persönlich kennenlernen.

Vorgesehen ist ein Gespräch am Dienstag, 12. Mai, um 16:00 Uhr in den
Räumen von Salzach Feinkost (Pernerinsel 4, Hallein). Ich werde den
Einstieg moderieren, danach sind Sie mit Frau Brandstätter und dem
Produktionsleiter allein.

Bitte bereiten Sie ein kurzes Beispiel vor, wie Sie in Ihrer Küche ein
Allergenmanagement aufgebaut haben.

Herzliche Grüße
Andreas Steiner

Dr. Andreas Steiner
Geschäftsführender Partner
Steiner Executive Search | Getreidegasse 21 | 5020 Salzburg
""",
    },
    {
        "id": "go_inv", "kind": "interview_invitation", "lang": "de",
        "company": "Gewürzhaus Ostschweiz",
        "contact": "reto.ammann@gewuerzhaus-ost.example.ch",
        "date": "2026-05-19 14:12 +0200",
        "frm": ("Reto Ammann", "reto.ammann@gewuerzhaus-ost.example.ch"),
        "subject": "Einladung Videointerview Qualitätssicherung",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """\
Grüezi Herr Oberholzer

Ihre Unterlagen haben uns angesprochen. Gerne lernen wir Sie in einem
ersten Gespräch per Zoom kennen.

Datum: Mittwoch, 27. Mai 2026
Zeit: 14.00 Uhr (MESZ)
Zoom-Link: https://zoom.example.com/j/84120337716

Sollte die Verbindung nicht klappen, rufen wir Sie auf Ihrer Handynummer
an. Bitte rechnen Sie mit rund 40 Minuten.

Freundliche Grüsse

Reto Ammann
Leiter Personal
Gewürzhaus Ostschweiz AG
Rorschacher Strasse 150, 9000 St. Gallen
""",
    },
    {
        "id": "fm_inv", "kind": "interview_invitation", "lang": "de", "company": "Frischmarkt",
        "contact": "", "date": "2026-05-20 07:30 +0000",
        "frm": ("Frischmarkt Karriere", "no-reply@smartrecruiters.com"),
        "subject": "Einladung zum Assessment-Center – Referent Qualitätssicherung Obst & Gemüse",
        "html": True, "brand": "Frischmarkt", "colour": "#5a9e1b",
        "text": """\
Hallo Matthias Oberholzer,

wir freuen uns, Sie zu unserem Assessment-Center für die Position
Referent Qualitätssicherung Obst & Gemüse einzuladen.

Datum: Donnerstag, 4. Juni 2026
Uhrzeit: 8:30 bis ca. 16:00 Uhr
Ort: Frischmarkt Zentrale, Elsenheimerstraße 61, 80687 München

Ablauf: Präsentation einer Wareneingangsbeanstandung, Gruppenübung,
Einzelinterview mit der Abteilungsleitung QS.

Bitte bestätigen Sie Ihre Teilnahme bis 27. Mai über den Button in Ihrem
Bewerberkonto.

Freundliche Grüße
Ihr Frischmarkt Recruiting Team
""",
    },
    {
        "id": "ka_inv", "kind": "interview_invitation", "lang": "de", "company": "Kessler Analytik",
        "contact": "s.aigner@kessler-analytik.example.at",
        "date": "2026-06-18 10:05 +0200", "frm": KESSLER_ATS, "reply_to": KESSLER,
        "subject": "Einladung zum Kennenlernen – Junior Auditor Lebensmittelsicherheit",
        "html": True, "ics_mode": "attach",
        "text": """\
Sehr geehrter Herr Oberholzer,

wir bedanken uns für Ihre Bewerbung als Junior Auditor
Lebensmittelsicherheit und möchten Sie gerne zu einem persönlichen
Kennenlernen nach Linz einladen.

Termin: Donnerstag, 25. Juni 2026, 10:00 Uhr
Ort: Kessler Analytik, Wiener Straße 131, 4020 Linz, 3. Stock

Eine Kalendereinladung ist beigefügt. Für Rückfragen antworten Sie bitte
direkt auf diese E-Mail, sie wird an mich weitergeleitet.

Freundliche Grüße
Dr. Sabine Aigner
Leitung Personal
Kessler Analytik GmbH

Diese Nachricht wurde über softgarden versendet.
""",
        "ics": {"method": "REQUEST", "uid": "ka-auditor-0625@kessler-analytik.example.at", "seq": 0,
                 "start": "20260625T100000", "end": "20260625T113000",
                 "summary": "Kennenlernen Kessler Analytik – Oberholzer",
                 "location": "Kessler Analytik, Wiener Straße 131, 4020 Linz"},
    },
    {
        "id": "ka_inv2", "kind": "interview_invitation", "lang": "de",
        "company": "Kessler Analytik",
        "contact": "s.aigner@kessler-analytik.example.at",
        "date": "2026-07-06 09:18 +0200", "frm": KESSLER,
        "subject": "Zweites Gespräch und Laborrundgang",
        "cte": "quoted-printable",
        "text": """\
Sehr geehrter Herr Oberholzer,

nach dem sehr guten ersten Gespräch möchten wir Sie gerne zu einer zweiten
Runde einladen. Diesmal mit unserer Laborleiterin Frau Dr. Ulrike Fasching
und einem Rundgang durch Mikrobiologie und Auditabteilung.

Termin: Dienstag, 14. Juli 2026, 13:00 bis 15:30 Uhr
Ort: wie beim letzten Mal, Wiener Straße 131, Linz

Die Fahrtkosten aus Innsbruck erstatten wir Ihnen gegen Beleg.

Freundliche Grüße
Dr. Sabine Aigner
Leitung Personal · Kessler Analytik GmbH
Wiener Straße 131 · 4020 Linz · +43 732 90 41 0
""",
        "ics": {"method": "REQUEST", "uid": "ka-auditor-0714@kessler-analytik.example.at", "seq": 0,
                 "start": "20260714T130000", "end": "20260714T153000",
                 "summary": "Zweitgespräch + Laborrundgang – Oberholzer",
                 "location": "Kessler Analytik, Wiener Straße 131, 4020 Linz"},
    },
    {
        "id": "gm_inv", "kind": "interview_invitation", "lang": "de", "company": "Gewürzmühle Rapp",
        "contact": "n.seidl@gewuerzmuehle-rapp.example.de",
        "date": "2026-07-17 13:44 +0200",
        "frm": ("Nina Seidl", "n.seidl@gewuerzmuehle-rapp.example.de"),
        "subject": "Einladung Vorstellungsgespräch Qualitätsbeauftragte/r",
        "text": """\
Sehr geehrter Herr Oberholzer,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne persönlich
kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Mittwoch, 29. Juli 2026, 10:00 Uhr
Gewürzmühle Rapp, Feringastraße 12, 85774 Unterföhring

Im Anschluss zeigen wir Ihnen gerne unsere Mühle und das Rohwarenlager.
Bitte verzichten Sie an dem Tag auf Parfum - unsere Sensorik dankt es
Ihnen.

Mit freundlichen Grüßen
Nina Seidl
Personalentwicklung
Gewürzmühle Rapp GmbH
""",
    },
    {
        "id": "fp_inv_unnamed", "kind": "interview_invitation", "lang": "de",
        "company": "FlexPersonal Tirol", "contact": "markus.pichler@flexpersonal.example.at",
        "date": "2026-07-20 16:58 +0200",
        "frm": ("Markus Pichler", "markus.pichler@flexpersonal.example.at"),
        "subject": "Vorstellung Lebensmittelproduzent Hall",
        "text": """\
Hallo Herr Oberholzer,

ich hätte einen Einsatz als QS-Mitarbeiter in der Frühschicht bei einem
Lebensmittelproduzenten in Hall in Tirol (den Namen darf ich noch nicht
nennen). Der Kunde möchte Sie gerne kurz kennenlernen:

Montag, 27. Juli, 9:00 Uhr, bei uns im Büro am Südtiroler Platz 6, 2. Stock.
Der Produktionsleiter kommt dazu.

Bitte bringen Sie Ausweis und Meldezettel mit, dann können wir den
Dienstvertrag gleich vorbereiten, falls es passt.

Grüße
Markus Pichler
FlexPersonal Tirol
T +43 512 300 44 17
""",
    },
    # ================================================================ invitations, English
    {
        "id": "sf_inv", "kind": "interview_invitation", "lang": "en", "company": "Spicefield",
        "contact": "laura.keller@spicefield.example.ch",
        "date": "2026-04-20 09:12 +0200",
        "frm": ("Laura Keller via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Laura Keller", "laura.keller@spicefield.example.ch"),
        "subject": "Interview confirmed: Quality Assurance Lead at Spicefield",
        "html": True,
        "text": """\
Hi Matthias,

Thanks for making time to talk with us! Your panel interview for the
Quality Assurance Lead role is confirmed:

Tuesday, April 28, 2026, 2:00 PM - 3:30 PM (Central European Summer Time)
Spicefield HQ, Lukasstrasse 18, 9008 St. Gallen, meeting room "Saffron"

You'll meet:
- Laura Keller, Talent Partner
- Dr. Felix Brunner, Head of Quality
- Ana Lopes, Plant Manager

Please bring a short case study (10 minutes) on how you would approach
allergen cross-contact on a shared blending line. A calendar invite is
attached.

Best,
Laura
""",
        "ics": {"method": "REQUEST", "uid": "gh-8812034-panel@greenhouse-mail.io", "seq": 0,
                 "start": "20260428T140000", "end": "20260428T153000",
                 "summary": "Panel interview: Matthias Oberholzer / Spicefield",
                 "location": "Spicefield HQ, Lukasstrasse 18, St. Gallen",
                 "tzid": "Europe/Zurich",
                 "organizer": ("Laura Keller", "laura.keller@spicefield.example.ch")},
    },
    {
        "id": "ct_inv", "kind": "interview_invitation", "lang": "en", "company": "Cateron Group",
        "contact": "priya.raman@cateron.example.com",
        "date": "2026-05-14 11:03 +0100",
        "frm": ("Priya Raman from Cateron Group", "no-reply@hire.lever.co"),
        "reply_to": ("Priya Raman", "priya.raman@cateron.example.com"),
        "subject": "Cateron Group: let's schedule a video call",
        "html": True,
        "text": """\
Hi Matthias,

Thanks for applying for the Food Safety & Hygiene Manager role in our
Munich contract catering division. We'd love to set up a 30-minute video
call with you.

We've booked Thursday 21 May at 10:00 (Munich time) on Google Meet:
https://meet.example.com/cat-eron-fshm

If that doesn't work, pick another slot here:
https://hire.lever.co/interview-scheduling/cateron/4f2a9c

Looking forward to speaking with you,
Priya Raman
Talent Acquisition Partner, Cateron Group
""",
    },
    {
        "id": "nb_inv", "kind": "interview_invitation", "lang": "en",
        "company": "Helvetia Dairy Ingredients",
        "contact": "owen.marsh@northbridge-talent.example.co.uk",
        "date": "2026-07-02 15:27 +0100",
        "frm": ("Owen Marsh", "owen.marsh@northbridge-talent.example.co.uk"),
        "subject": "Helvetia Dairy Ingredients - first call",
        "text": """\
Hi Matthias,

Great news - Helvetia Dairy Ingredients would like to speak with you
about the QA Supervisor role at their plant near St. Gallen.

Before that, I'd like a quick prep call with you myself: Thursday 9 July
at 3pm (your time). I'll ring your mobile. We'll go through the plant,
the team and what their Head of Quality tends to ask.

The call with the client itself will be on Tuesday 14 July; I'll confirm
the exact time once I have it.

Best regards,
Owen Marsh
Senior Consultant - Food & Beverage
Northbridge Talent | 41 Carver Street, Sheffield S1 4FS
+44 114 496 0732
""",
    },
    {
        "id": "lq_inv", "kind": "interview_invitation", "lang": "en",
        "company": "LabQuality Alpine",
        "contact": "", "date": "2026-07-15 08:00 +0000",
        "frm": ("LabQuality Alpine", "no-reply@ashbyhq.com"),
        "subject": "Schedule your interview with LabQuality Alpine",
        "html": True, "brand": "LabQuality Alpine", "colour": "#24527a",
        "text": """\
Hi Matthias,

Giulia Pircher has invited you to a 60-minute interview for the Food
Safety Auditor (German/English) role at LabQuality Alpine in Bolzano.

Please choose a time that works for you:
https://jobs.ashbyhq.com/labquality-alpine/interview/9d01f7

Once you pick a slot you'll receive a calendar invite with the video link.
The interview will be held in English with a short part in German.

This message was sent by Ashby on behalf of LabQuality Alpine.
""",
    },
    {
        "id": "ql_inv", "kind": "interview_invitation", "lang": "en", "company": "Qualisure Labs",
        "contact": "d.novak@qualisure.example.de",
        "date": "2026-08-27 12:12 +0200",
        "frm": ("Dana Novak", "d.novak@qualisure.example.de"),
        "subject": "Video screen - Sensory & QA Technician",
        "text": """\
Hi Matthias,

Thanks for your application for the Sensory & QA Technician role at
Qualisure Labs. We'd like to invite you to a 30-minute video screen with
me and our sensory panel lead.

Would Tuesday 1 September at 11:00 work? I'll send a Teams link once you
confirm.

Best,
Dana
--
Dana Novak | People & Talent | Qualisure Labs
Landsberger Str. 302, 80687 Munich
""",
    },
    # ================================================================ invitations, French
    {
        "id": "la_inv", "kind": "interview_invitation", "lang": "fr",
        "company": "Laiterie des Aravis",
        "contact": "c.dufour-bouvier@laiterie-aravis.example.fr",
        "date": "2026-06-16 10:40 +0200",
        "frm": ("Claire Dufour-Bouvier", "c.dufour-bouvier@laiterie-aravis.example.fr"),
        "subject": "Entretien – Technicien qualité laiterie",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """\
Bonjour Monsieur Oberholzer,

Votre candidature au poste de technicien qualité a retenu toute notre
attention. Nous vous proposons un entretien en visioconférence :

mardi 23 juin 2026 à 9 h 30
lien : https://visio.example.fr/laiterie-aravis/tq-2026

Vous échangerez avec moi-même et avec M. Bernard Mermillod, responsable
qualité du site du Grand-Bornand. Prévoyez environ une heure.

Merci de me confirmer votre disponibilité.

Bien cordialement,
Claire Dufour-Bouvier
Chargée de recrutement
Laiterie des Aravis – 74450 Le Grand-Bornand
04 50 02 33 71
""",
    },
    {
        "id": "la_inv2", "kind": "interview_invitation", "lang": "fr",
        "company": "Laiterie des Aravis",
        "contact": "c.dufour-bouvier@laiterie-aravis.example.fr",
        "date": "2026-06-26 16:05 +0200",
        "frm": ("Claire Dufour-Bouvier", "c.dufour-bouvier@laiterie-aravis.example.fr"),
        "subject": "RE: Entretien manqué – toutes mes excuses",
        "parent": "la_own_sorry", "quote": "fr", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Bonjour Matthias,

Merci pour votre message, ce sont des choses qui arrivent avec les
fuseaux et les liens. Nous vous proposons cette fois de venir sur place,
ce sera plus simple :

jeudi 2 juillet 2026 à 14 h
Laiterie des Aravis, route du Col des Aravis, 74450 Le Grand-Bornand

Nous en profiterons pour vous faire visiter la cave d'affinage du
reblochon. Pensez à prévoir des chaussures fermées.

Bien cordialement,
Claire Dufour-Bouvier
""",
    },
    {
        "id": "es_inv", "kind": "interview_invitation", "lang": "fr", "company": "Épices du Semnoz",
        "contact": "j.perrier@epices-semnoz.example.fr",
        "date": "2026-07-28 09:26 +0200",
        "frm": ("Julien Perrier", "j.perrier@epices-semnoz.example.fr"),
        "subject": "Convocation à un entretien – Assistant qualité",
        "subj_enc": ("b", "utf-8"),
        "html": True,
        "text": """\
Bonjour Matthias,

Suite à votre candidature au poste d'assistant qualité, nous serions
ravis de vous rencontrer dans nos locaux de Seynod.

Date proposée : mercredi 5 août 2026 à 10 h 00
Adresse : Épices du Semnoz, 8 rue des Épinettes, 74600 Seynod

L'entretien se déroulera avec notre responsable de production et moi-même,
suivi d'une courte dégustation à l'aveugle de nos mélanges.

Au plaisir de vous rencontrer,
Julien Perrier
Responsable RH – Épices du Semnoz
""",
    },
    {
        "id": "ca_inv", "kind": "interview_invitation", "lang": "fr",
        "company": "Fromagerie Bouvard",
        "contact": "sophie.garnier@alpes-recrutement.example.fr",
        "date": "2026-08-05 11:52 +0200",
        "frm": ("Sophie Garnier", "sophie.garnier@alpes-recrutement.example.fr"),
        "subject": "Rencontre avec la Fromagerie Bouvard",
        "charset": "windows-1252", "cte": "8bit",
        "text": """\
Bonjour Matthias,

Comme convenu lors de notre échange téléphonique, j'ai présenté votre
profil à mon client, la Fromagerie Bouvard à Thônes. Ils souhaitent vous
rencontrer pour le poste de responsable HACCP.

Rendez-vous : lundi 10 août à 15 h, au 14 place Avet, 74230 Thônes.
Vous serez reçu par M. Olivier Bouvard, directeur, et par la responsable
qualité.

Je vous appelle la veille pour préparer l'entretien.

Bien à vous,
Sophie Garnier
Consultante senior – Cabinet Alpes Recrutement
3 rue Royale, 74000 Annecy – 04 50 00 18 27
""",
    },
    # ================================================================ invitations, Spanish
    {
        "id": "bl_inv", "kind": "interview_invitation", "lang": "es", "company": "Biolab Levante",
        "contact": "nuria.climent@biolab-levante.example.es",
        "date": "2026-04-21 10:10 +0200",
        "frm": ("Nuria Climent", "nuria.climent@biolab-levante.example.es"),
        "subject": "Entrevista - Técnico/a de laboratorio agroalimentario",
        "subj_enc": ("q", "iso-8859-1"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Hola Matthias:

Gracias por tu candidatura al puesto de técnico/a de laboratorio
agroalimentario. Nos gustaría conocerte en una entrevista por
videollamada.

Fecha: martes 28 de abril de 2026
Hora: 11:00 (hora peninsular)
Enlace: https://meet.example.com/biolab-tla-2026

Participarán la directora técnica, la Dra. Amparo Vidal, y yo. La
entrevista será en castellano, con una parte en inglés.

¿Nos confirmas tu asistencia?

Un saludo,
Nuria Climent
Recursos Humanos · Biolab Levante
Parc Científic, C/ Catedrático Escardino 9, 46980 Paterna
""",
    },
    {
        "id": "cdt_inv", "kind": "interview_invitation", "lang": "es",
        "company": "Cárnicas del Túria",
        "contact": "m.sanchis@carnicas-turia.example.es",
        "date": "2026-08-04 09:47 +0200",
        "frm": ("Marta Sanchis", "m.sanchis@carnicas-turia.example.es"),
        "subject": "Convocatoria entrevista Responsable APPCC",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Buenos días, Matthias:

Te escribo de Cárnicas del Túria en relación con tu candidatura al puesto
de Responsable de APPCC para nuestra sala de despiece.

Te proponemos una entrevista telefónica el martes 11 de agosto a las
12:30. Te llamará directamente nuestro director de calidad, D. Vicente
Alapont, al número que figura en tu CV.

Quedo a la espera de tu confirmación.

Marta Sanchis
Responsable de Selección
Cárnicas del Túria, S.L. · Polígono Fuente del Jarro, Paterna (Valencia)
""",
    },
    {
        "id": "sa_inv", "kind": "interview_invitation", "lang": "es",
        "company": "Supermercados Albufera",
        "contact": "r.ferrer@albufera-super.example.es",
        "date": "2026-09-01 13:05 +0200",
        "frm": ("Rocío Ferrer – Supermercados Albufera", "r.ferrer@albufera-super.example.es"),
        "subject": "Invitación a entrevista – Auditor/a de Calidad en tienda",
        "html": True, "brand": "Supermercados Albufera", "colour": "#0a7d3b",
        "text": """\
Estimado Matthias:

Nos complace invitarte a una entrevista presencial para el puesto de
Auditor/a de Calidad en tienda.

Día: lunes 7 de septiembre de 2026
Hora: 9:30
Lugar: Oficinas centrales, Av. del Port 214, 46023 Valencia

Te pedimos que traigas tu DNI o pasaporte y una copia de tus
certificados de formación en seguridad alimentaria.

Atentamente,
Rocío Ferrer
Departamento de Calidad – Selección
Supermercados Albufera
""",
    },
    {
        "id": "lt_inv", "kind": "interview_invitation", "lang": "es",
        "company": "Conservas Malvarrosa",
        "contact": "pablo.ortega@levantetalento.example.es",
        "date": "2026-09-08 17:36 +0200",
        "frm": ("Pablo Ortega", "pablo.ortega@levantetalento.example.es"),
        "subject": "Entrevista con Conservas Malvarrosa (jornada de prueba)",
        "cte": "8bit",
        "text": """\
Hola Matthias,

Te confirmo que Conservas Malvarrosa quiere conocerte para la vacante de
técnico de calidad en línea de envasado. Proponen una jornada de prueba
con entrevista:

Jueves 17 de septiembre, de 8:00 a 13:00
Conservas Malvarrosa, C/ del Mar 41, Polígono Industrial de Sagunto

Lleva ropa cómoda; el EPI te lo dan allí. Al final tendrás una
entrevista con la jefa de calidad.

Cualquier cosa me llamas al 961 000 471.

Saludos,
Pablo Ortega
Consultor de Selección · Levante Talento ETT
""",
    },
    # ================================================================ reschedules
    {
        "id": "am_move", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Alpenmilch Tirol", "contact": "v.kofler@alpenmilch-tirol.example.at",
        "date": "2026-01-29 13:21 +0100", "frm": ALPENMILCH,
        "subject": "AW: Einladung zum Vorstellungsgespräch – Qualitätssicherung Molkerei",
        "parent": "am_inv", "quote": "de",
        "text": """\
Sehr geehrter Herr Oberholzer,

leider muss ich unseren Termin am Dienstag verschieben: Herr Praxmarer
ist an diesem Tag kurzfristig bei einem Kundenaudit in Wörgl.

Neuer Vorschlag: Mittwoch, 4. Februar 2026, 14:00 Uhr, gleicher Ort.
Die aktualisierte Kalendereinladung ist angehängt.

Ich bitte um Entschuldigung für die Umstände.

Mit freundlichen Grüßen
Verena Kofler
""",
        "ics": {"method": "REQUEST", "uid": "am-2026-qs-001@alpenmilch-tirol.example.at", "seq": 1,
                 "start": "20260204T140000", "end": "20260204T150000",
                 "summary": "Vorstellungsgespräch Oberholzer – QS Molkerei (NEU)",
                 "location": "Alpenmilch Tirol, Rossaugasse 8, Raum 2.14, Innsbruck"},
    },
    {
        "id": "gr_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Gruber Fleischwaren", "contact": "t.lindner@gruber-fleisch.example.de",
        "date": "2026-03-02 17:55 +0100",
        "frm": ("Lindner, Theresa", "t.lindner@gruber-fleisch.example.de"),
        "subject": "Verschiebung Telefoninterview QS-Leitung Schlachtung",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Sehr geehrter Herr Oberholzer,

leider muss ich unser für Donnerstag, 5. März, geplantes Telefoninterview
absagen. Im Fachbereich gibt es aktuell Abstimmungsbedarf zur
Stellenbeschreibung.

Ich melde mich, sobald ich Ihnen einen neuen Termin nennen kann,
voraussichtlich in zwei bis drei Wochen.

Mit freundlichen Grüßen

Theresa Lindner
Personalreferentin
Gruber Fleischwaren GmbH & Co. KG
""",
    },
    {
        "id": "sf_move", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Spicefield",
        "contact": "laura.keller@spicefield.example.ch",
        "date": "2026-04-24 08:44 +0200",
        "frm": ("Laura Keller via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Laura Keller", "laura.keller@spicefield.example.ch"),
        "subject": "Updated: Panel interview with Spicefield moved to Thursday",
        "html": True,
        "text": """\
Hi Matthias,

Quick change of plans: Felix, our Head of Quality, has to be at a
supplier in Rotterdam on Tuesday, so we've moved your panel interview.

New time: Thursday, April 30, 2026, 9:30 AM - 11:00 AM (CEST)
Same place: Spicefield HQ, meeting room "Saffron"

The updated invite is attached and replaces the previous one. Sorry for
the shuffle!

Best,
Laura
""",
        "ics": {"method": "REQUEST", "uid": "gh-8812034-panel@greenhouse-mail.io", "seq": 1,
                 "start": "20260430T093000", "end": "20260430T110000",
                 "summary": "Panel interview: Matthias Oberholzer / Spicefield",
                 "location": "Spicefield HQ, Lukasstrasse 18, St. Gallen",
                 "tzid": "Europe/Zurich",
                 "organizer": ("Laura Keller", "laura.keller@spicefield.example.ch")},
    },
    {
        "id": "bl_move", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Biolab Levante", "contact": "nuria.climent@biolab-levante.example.es",
        "date": "2026-04-24 12:58 +0200",
        "frm": ("Nuria Climent", "nuria.climent@biolab-levante.example.es"),
        "subject": "RE: Entrevista - Técnico/a de laboratorio agroalimentario",
        "subj_enc": ("q", "iso-8859-1"),
        "parent": "bl_inv", "quote": "es", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Hola de nuevo, Matthias:

La Dra. Vidal tiene una auditoría de ENAC el martes y no podrá estar en la
entrevista. ¿Podríamos pasarla al jueves 30 de abril a la misma hora, las
11:00? El enlace sigue siendo el mismo.

Disculpa el cambio.

Nuria Climent
Recursos Humanos · Biolab Levante
""",
    },
    {
        "id": "st_move", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Salzach Feinkost", "contact": "a.steiner@steiner-search.example.at",
        "date": "2026-05-08 08:12 +0200",
        "frm": ("Dr. Andreas Steiner", "a.steiner@steiner-search.example.at"),
        "subject": "AW: Salzach Feinkost – Gespräch mit der Geschäftsführung",
        "parent": "st_inv", "quote": "de",
        "text": """\
Lieber Herr Oberholzer,

kleine Änderung: Frau Brandstätter ist am 12. Mai auf einer Messe in
Köln. Das Gespräch wird daher auf Donnerstag, 14. Mai, 10:00 Uhr
verschoben, Ort unverändert.

Ich hoffe, das passt Ihnen auch.

Herzliche Grüße
Andreas Steiner
""",
    },
    {
        "id": "fm_move", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Frischmarkt", "contact": "", "date": "2026-05-28 14:30 +0000",
        "frm": ("Frischmarkt Karriere", "no-reply@smartrecruiters.com"),
        "subject": "Verschiebung Assessment-Center am 4. Juni",
        "html": True, "brand": "Frischmarkt", "colour": "#5a9e1b",
        "text": """\
Hallo Matthias Oberholzer,

leider müssen wir das Assessment-Center am 4. Juni 2026 verschieben. Ein
neuer Termin steht noch nicht fest; wir informieren Sie, sobald wir ihn
festgelegt haben.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Wir bitten um
Ihr Verständnis.

Freundliche Grüße
Ihr Frischmarkt Recruiting Team
""",
    },
    {
        "id": "bmb_cancel", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Boulangeries Mont-Blanc", "contact": "rh@boulangeries-montblanc.example.fr",
        "date": "2026-06-02 18:10 +0200",
        "frm": ("Service RH Boulangeries Mont-Blanc", "rh@boulangeries-montblanc.example.fr"),
        "subject": "Annulation de l'entretien du 4 juin",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """\
Bonjour Monsieur Oberholzer,

Nous sommes contraints d'annuler l'entretien prévu ce jeudi 4 juin à
10 h, en raison d'un contrôle sanitaire imprévu dans l'un de nos
laboratoires de production.

Nous reviendrons vers vous prochainement pour la suite.

Avec nos excuses,
Émilie Duret
Ressources humaines
Boulangeries Mont-Blanc
""",
    },
    {
        "id": "ka_move", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Kessler Analytik", "contact": "s.aigner@kessler-analytik.example.at",
        "date": "2026-06-22 11:40 +0200", "frm": KESSLER_ATS, "reply_to": KESSLER,
        "subject": "Terminänderung: Kennenlernen Kessler Analytik",
        "html": True, "ics_mode": "attach",
        "parent": "ka_inv", "quote": "de",
        "text": """\
Sehr geehrter Herr Oberholzer,

wegen eines Akkreditierungsaudits müssen wir unser Kennenlernen vom
25. Juni verlegen. Neuer Termin:

Montag, 29. Juni 2026, 10:00 Uhr, gleicher Ort.

Die geänderte Kalendereinladung liegt bei. Bitte geben Sie mir kurz
Bescheid, ob Ihnen der Termin passt.

Freundliche Grüße
Dr. Sabine Aigner
""",
        "ics": {"method": "REQUEST", "uid": "ka-auditor-0625@kessler-analytik.example.at", "seq": 1,
                 "start": "20260629T100000", "end": "20260629T113000",
                 "summary": "Kennenlernen Kessler Analytik – Oberholzer (verschoben)",
                 "location": "Kessler Analytik, Wiener Straße 131, 4020 Linz"},
    },
    {
        "id": "ka_cancel2", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Kessler Analytik", "contact": "s.aigner@kessler-analytik.example.at",
        "date": "2026-07-10 15:03 +0200", "frm": KESSLER,
        "subject": "Abgesagt: Zweitgespräch + Laborrundgang am 14. Juli",
        "parent": "ka_inv2", "quote": "de",
        "text": """\
Sehr geehrter Herr Oberholzer,

Frau Dr. Fasching ist leider erkrankt, deshalb müssen wir den Termin am
14. Juli absagen. Die Kalendereinladung storniere ich hiermit.

Sobald sie wieder im Haus ist, schicke ich Ihnen einen neuen Termin -
voraussichtlich in der Woche ab 20. Juli. Ihr Verfahren läuft natürlich
weiter.

Freundliche Grüße
Dr. Sabine Aigner
""",
        "ics": {"method": "CANCEL", "uid": "ka-auditor-0714@kessler-analytik.example.at", "seq": 1,
                 "start": "20260714T130000", "end": "20260714T153000",
                 "summary": "ABGESAGT: Zweitgespräch + Laborrundgang – Oberholzer",
                 "location": "Kessler Analytik, Wiener Straße 131, 4020 Linz"},
    },
    {
        "id": "lq_move", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "LabQuality Alpine", "contact": "g.pircher@labquality-alpine.example.it",
        "date": "2026-07-20 09:31 +0200",
        "frm": ("Giulia Pircher", "g.pircher@labquality-alpine.example.it"),
        "subject": "Your interview on 22 July - new time",
        "text": """\
Dear Matthias,

Thank you for booking a slot through our scheduling page. Unfortunately
our lab director has been called to a client site on Wednesday, so I
need to move your interview from 22 July, 10:00 to Thursday 23 July,
15:00 (CEST). The video link stays the same.

Please let me know if the new time doesn't suit you and I'll find an
alternative.

Kind regards,
Giulia Pircher
HR Manager
LabQuality Alpine S.r.l. | Via Galvani 30 | 39100 Bolzano
""",
    },
    {
        "id": "gm_move", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Gewürzmühle Rapp", "contact": "n.seidl@gewuerzmuehle-rapp.example.de",
        "date": "2026-07-27 10:02 +0200",
        "frm": ("Nina Seidl", "n.seidl@gewuerzmuehle-rapp.example.de"),
        "subject": "AW: Bitte um Terminverschiebung",
        "parent": "gm_own_move", "quote": "outlook_de",
        "text": """\
Sehr geehrter Herr Oberholzer,

kein Problem. Wir verlegen Ihr Vorstellungsgespräch auf

Dienstag, 4. August 2026, 10:00 Uhr

Ort und Ablauf bleiben gleich. Bis dahin!

Mit freundlichen Grüßen
Nina Seidl
Personalentwicklung
Gewürzmühle Rapp GmbH
""",
    },
    {
        "id": "es_move", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Épices du Semnoz", "contact": "j.perrier@epices-semnoz.example.fr",
        "date": "2026-07-31 12:14 +0200",
        "frm": ("Julien Perrier", "j.perrier@epices-semnoz.example.fr"),
        "subject": "Report de votre entretien",
        "parent": "es_inv", "quote": "fr", "cte": "8bit",
        "text": """\
Bonjour Matthias,

Notre responsable de production sera en congé plus tôt que prévu. Je me
permets donc de décaler notre entretien du mercredi 5 août au jeudi
13 août, même heure (10 h 00), même adresse.

Merci de me dire si cela vous convient.

Bien cordialement,
Julien Perrier
""",
    },
    {
        "id": "ca_move", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Fromagerie Bouvard", "contact": "sophie.garnier@alpes-recrutement.example.fr",
        "date": "2026-08-07 09:15 +0200",
        "frm": ("Sophie Garnier", "sophie.garnier@alpes-recrutement.example.fr"),
        "subject": "Changement d'horaire – Fromagerie Bouvard",
        "name_enc": None, "subj_enc": ("q", "utf-8"),
        "text": """\
Bonjour Matthias,

Petit changement : M. Bouvard doit recevoir un inspecteur de la DDPP
lundi après-midi. Votre rendez-vous à la Fromagerie Bouvard est avancé au
lundi 10 août à 10 h 30 au lieu de 15 h, même adresse.

Je reste joignable si besoin.

Bien à vous,
Sophie Garnier
Cabinet Alpes Recrutement
""",
    },
    {
        "id": "ql_move", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Qualisure Labs", "contact": "d.novak@qualisure.example.de",
        "date": "2026-08-31 16:22 +0200",
        "frm": ("Dana Novak", "d.novak@qualisure.example.de"),
        "subject": "Video screen - rescheduled",
        "parent": "ql_inv", "quote": "en",
        "text": """\
Hi Matthias,

Apologies - our sensory panel lead is off sick tomorrow, so we need to
postpone your video screen. Could we do Thursday 3 September at 14:00
instead? Same Teams link as in my confirmation.

Thanks for your flexibility,
Dana
""",
    },
    {
        "id": "sa_move", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Supermercados Albufera", "contact": "r.ferrer@albufera-super.example.es",
        "date": "2026-09-04 10:48 +0200",
        "frm": ("Rocío Ferrer – Supermercados Albufera", "r.ferrer@albufera-super.example.es"),
        "subject": "Cambio de fecha de tu entrevista",
        "text": """\
Estimado Matthias:

Por motivos de agenda del equipo de Calidad, tenemos que aplazar la
entrevista prevista para el lunes 7 de septiembre. La nueva cita sería el
miércoles 9 de septiembre a las 12:00, en el mismo lugar.

Te rogamos que nos confirmes si te viene bien.

Atentamente,
Rocío Ferrer
Supermercados Albufera
""",
    },
    # ================================================================ missed interviews
    {
        "id": "ak_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Alpenkost Handel", "contact": "m.kuenz@alpenkost.example.at",
        "date": "2026-02-05 10:21 +0100",
        "frm": ("Michaela Künz", "m.kuenz@alpenkost.example.at"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Telefoninterview heute 10:00 Uhr",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Guten Morgen Herr Oberholzer,

wir waren heute um 10:00 Uhr zu einem Telefoninterview verabredet. Ich
habe Sie zweimal unter +43 660 ... angerufen, aber leider nur die Mailbox
erreicht.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag
bei mir. Sonst gehe ich davon aus, dass kein Interesse mehr besteht.

Freundliche Grüße
Michaela Künz
Recruiting · Alpenkost Handel GmbH
""",
    },
    {
        "id": "bm_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Backhaus Mair",
        "contact": "jasmin.leitgeb@backhaus-mair.example.at",
        "date": "2026-03-24 10:34 +0100",
        "frm": ("Jasmin Leitgeb", "jasmin.leitgeb@backhaus-mair.example.at"),
        "subject": "Unser Videogespräch heute um 10 Uhr",
        "text": """\
Hallo Herr Oberholzer,

Frau Gschwandtner und ich haben heute ab 10:00 Uhr im Teams-Meeting auf
Sie gewartet, Sie haben sich aber leider nicht eingewählt. Bis 10:25 Uhr
waren wir im Raum.

Ist bei Ihnen etwas schiefgegangen? Geben Sie mir bitte Bescheid.

Viele Grüße
Jasmin Leitgeb
HR Business Partnerin | Backhaus Mair
""",
    },
    {
        "id": "ct_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Cateron Group",
        "contact": "priya.raman@cateron.example.com",
        "date": "2026-05-21 10:26 +0200",
        "frm": ("Priya Raman", "priya.raman@cateron.example.com"),
        "subject": "Missed you on our call this morning",
        "text": """\
Hi Matthias,

I was on the Google Meet for our 10:00 call today and waited about 15
minutes, but it looks like you weren't able to join.

No worries if something came up - just reply and let me know, and I'll
see whether the hiring manager has another slot this week.

Best,
Priya Raman
Talent Acquisition Partner, Cateron Group
""",
    },
    {
        "id": "go_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Gewürzhaus Ostschweiz", "contact": "reto.ammann@gewuerzhaus-ost.example.ch",
        "date": "2026-05-27 14:35 +0200",
        "frm": ("Reto Ammann", "reto.ammann@gewuerzhaus-ost.example.ch"),
        "subject": "Unser Termin heute um 14 Uhr",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """\
Grüezi Herr Oberholzer

Wir waren heute um 14.00 Uhr im Zoom-Raum und haben danach zweimal
versucht, Sie auf Ihrem Handy anzurufen - leider ohne Erfolg.

Bitte melden Sie sich, wenn Sie weiterhin an der Stelle interessiert sind.

Freundliche Grüsse
Reto Ammann
Gewürzhaus Ostschweiz AG
""",
    },
    {
        "id": "la_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Laiterie des Aravis", "contact": "c.dufour-bouvier@laiterie-aravis.example.fr",
        "date": "2026-06-23 10:02 +0200",
        "frm": ("Claire Dufour-Bouvier", "c.dufour-bouvier@laiterie-aravis.example.fr"),
        "subject": "Entretien de ce matin",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Bonjour Monsieur Oberholzer,

M. Mermillod et moi-même vous avons attendu ce matin à 9 h 30 sur le lien
de visioconférence, sans vous voir arriver. J'ai également essayé de vous
joindre par téléphone à 9 h 45.

Pouvez-vous me dire ce qu'il s'est passé ? Nous restons intéressés par
votre candidature.

Bien cordialement,
Claire Dufour-Bouvier
Laiterie des Aravis
""",
    },
    {
        "id": "pd_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Prüflabor Donau", "contact": "b.hofstaetter@prueflabor-donau.example.at",
        "date": "2026-06-30 11:16 +0200",
        "frm": ("Birgit Hofstätter", "b.hofstaetter@prueflabor-donau.example.at"),
        "name_enc": ("b", "utf-8"),
        "subject": "Videogespräch – Sie waren leider nicht da",
        "subj_enc": ("b", "utf-8"),
        "text": """\
Sehr geehrter Herr Oberholzer,

wir waren heute um 10:30 Uhr zum Videogespräch verabredet. Unsere
Laborleitung und ich haben eine Viertelstunde gewartet, Sie sind aber
nicht ins Meeting gekommen.

Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Mag. Birgit Hofstätter
Prüflabor Donau GmbH
""",
    },
    {
        "id": "nb_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Helvetia Dairy Ingredients",
        "contact": "owen.marsh@northbridge-talent.example.co.uk",
        "date": "2026-07-09 14:18 +0100",
        "frm": ("Owen Marsh", "owen.marsh@northbridge-talent.example.co.uk"),
        "subject": "RE: Helvetia Dairy Ingredients - first call",
        "parent": "nb_inv", "quote": "outlook_en",
        "text": """\
Hi Matthias,

I tried calling you at 3pm as agreed (twice) but it went to voicemail. I
left a message.

Could you let me know when you're free later today or tomorrow? The
client call on Tuesday still stands and I'd like us to prepare.

Owen
""",
    },
    {
        "id": "fp_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "FlexPersonal Tirol", "contact": "markus.pichler@flexpersonal.example.at",
        "date": "2026-07-27 09:48 +0200",
        "frm": ("Markus Pichler", "markus.pichler@flexpersonal.example.at"),
        "subject": "Vorstellung Lebensmittelproduzent Hall",
        "parent": "fp_inv_unnamed", "quote": "de",
        "text": """\
Herr Oberholzer,

der Produktionsleiter und ich sitzen seit 9 Uhr im Büro und warten auf
Sie. Am Handy erreiche ich Sie nicht. Bitte melden Sie sich umgehend.

Markus Pichler
FlexPersonal Tirol
""",
    },
    {
        "id": "cdt_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "Cárnicas del Túria", "contact": "m.sanchis@carnicas-turia.example.es",
        "date": "2026-08-11 13:04 +0200",
        "frm": ("Marta Sanchis", "m.sanchis@carnicas-turia.example.es"),
        "subject": "Entrevista no realizada",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Hola Matthias:

Nuestro director de calidad te ha llamado hoy a las 12:30, tal como
habíamos quedado, y de nuevo a las 12:45, pero no ha podido localizarte.

Si sigues interesado en el puesto, respóndeme a este correo e
intentaremos buscar otro momento esta semana.

Marta Sanchis
Responsable de Selección
Cárnicas del Túria
""",
    },
    {
        "id": "ca_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Fromagerie Bouvard", "contact": "sophie.garnier@alpes-recrutement.example.fr",
        "date": "2026-08-12 16:40 +0200",
        "frm": ("Sophie Garnier", "sophie.garnier@alpes-recrutement.example.fr"),
        "subject": "Deuxième rendez-vous Fromagerie Bouvard",
        "charset": "windows-1252", "cte": "8bit",
        "text": """\
Bonjour Matthias,

La Fromagerie Bouvard m'informe que vous n'êtes pas venu au second
rendez-vous fixé cet après-midi à 14 h avec la responsable qualité. Ils
vous ont attendu une demi-heure et ont essayé de vous appeler.

Merci de me rappeler rapidement pour que je puisse leur donner une
explication.

Sophie Garnier
Cabinet Alpes Recrutement – 04 50 00 18 27
""",
    },
]
