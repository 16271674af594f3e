"""Interview invitations (26), reschedules and cancellations (15), missed-interview notices (10)."""

from __future__ import annotations

MESSAGES: list[dict] = []
add = MESSAGES.append

NORDHAVN_UID = "040000008200E00074C5B7101A82E00800000000D0F35C3E14CADC01000000000000000010000000A41E7F0C93B2D54F8C6E2A1B7D40F9E3"
AMSTEL_UID = "gh-interview-5520931-7a4d@greenhouse.io"

# =========================================================================== invitations, German

add({
    "kind": "interview_invitation", "scenario": "workday_hanseatic_video", "lang": "de", "key": "inv_hanseatic",
    "company": "Hanseatic Box Lines", "contact": "anna.petersen@hanseatic-box.example.de",
    "sender": ("Hanseatic Box Lines Talent Acquisition", "hanseaticbox@myworkday.com"),
    "reply_to": ("Anna Petersen", "anna.petersen@hanseatic-box.example.de"),
    "subject": "Einladung zum Videointerview – Recruiter (m/w/d) Ballindamm",
    "date": "2026-04-28 10:22", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

vielen Dank für Ihre Bewerbung als Recruiter (m/w/d) in unserer Zentrale am Ballindamm. Ihr Profil hat uns angesprochen, und wir möchten Sie gern näher kennenlernen.

Wir laden Sie herzlich zu einem ersten Videointerview (ca. 45 Minuten) mit Anna Petersen (Senior Recruiter) und Dr. Felix Rautenberg (Head of HR Operations) ein. Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen dem 5. und 8. Mai aus:

[Termin auswählen](https://hanseaticbox.wd3.myworkday.com/hbl/d/inst/scheduling/7731)

Das Gespräch findet über Microsoft Teams statt; den Link erhalten Sie nach Ihrer Buchung automatisch. Bei Fragen antworten Sie einfach auf diese E-Mail – sie geht direkt an Frau Petersen.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Hanseatic Box Lines
""",
    "html": {"style": "ats", "lang": "de", "color": "#e35205", "title": "Hanseatic Box Lines",
              "logo": "https://hanseaticbox.wd3.myworkday.com/hbl/assets/hbl_logo_email.png", "logo_alt": "Hanseatic Box Lines",
              "tracker": "https://hanseaticbox.wd3.myworkday.com/wday/email/click?u=",
              "pixel": "https://hanseaticbox.wd3.myworkday.com/wday/email/open/aW52LWhibC03NzMx.gif",
              "button": ("Termin auswählen", "https://hanseaticbox.wd3.myworkday.com/hbl/d/inst/scheduling/7731"),
              "footer": """\
Hanseatic Box Lines AG · Ballindamm 25 · 20095 Hamburg
Vorstand: Kristina Jessen (Vorsitzende), Mads Holmgaard · Vorsitzender des Aufsichtsrats: Peter Albers-Wichmann
Amtsgericht Hamburg HRB 77420 · USt-IdNr. DE118XXXXXX""",
              "powered": "Powered by Workday"},
})

add({
    "kind": "interview_invitation", "scenario": "weserport_telefoninterview", "lang": "de", "key": "inv_weserport",
    "company": "Weserport Logistik", "contact": "k.meyerdierks@weserport-logistik.example.de",
    "sender": ("Katrin Meyerdierks", "k.meyerdierks@weserport-logistik.example.de"),
    "subject": "Ihre Bewerbung als HR-Sachbearbeiter (m/w/d) – Telefoninterview",
    "date": "2026-02-17 09:38", "mua": "thunderbird", "charset": "iso-8859-1", "cte": "quoted-printable",
    "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

herzlichen Dank für Ihre Bewerbung. Ihr Lebenslauf ist ungewöhnlich für unsere Stelle, gerade deshalb würden wir Sie gern kennenlernen.

Ich würde mich gern zunächst ca. 30 Minuten telefonisch mit Ihnen unterhalten. Hätten Sie am Donnerstag, 26. Februar, um 10:30 Uhr Zeit? Ich würde Sie dann unter der Nummer aus Ihrem Lebenslauf anrufen.

Falls der Termin nicht passt, nennen Sie mir gern zwei, drei Alternativen.

Freundliche Grüße aus Bremen

Katrin Meyerdierks
Personalreferentin

Weserport Logistik GmbH
Am Hohentorshafen 12
28197 Bremen
Tel. 0421 38771-214
Geschäftsführer: Olaf Gerdes · Amtsgericht Bremen HRB 27719
""",
})

add({
    "kind": "interview_invitation", "scenario": "softgarden_elbe_cruises_kennenlernen", "lang": "de", "key": "inv_elbecruises",
    "company": "Elbe Cruises", "contact": "svenja.ahrens@elbe-cruises.example.de",
    "sender": ("Elbe Cruises Karriere", "elbe-cruises@softgarden.io"),
    "reply_to": ("Svenja Ahrens", "svenja.ahrens@elbe-cruises.example.de"),
    "subject": "Einladung zum Kennenlernen – Junior HR Manager Crew (m/w/d)",
    "date": "2026-05-12 14:05", "mua": "ats", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Herr Brandt-Oyelaran,

schön, dass Sie an Bord kommen möchten! Wir haben Ihre Bewerbung als Junior HR Manager Crew (m/w/d) gelesen und laden Sie gern zu einem persönlichen Kennenlernen ein.

Wann: Dienstag, 19. Mai 2026, 10:00 Uhr (ca. 60 Minuten)
Wo: Elbe Cruises, Große Elbstraße 145, 22767 Hamburg, 3. OG – bitte melden Sie sich am Empfang
Mit wem: Svenja Ahrens (HR Business Partner) und Kapitän a. D. Björn Feddersen (Leitung Crew Management)

Bitte bestätigen Sie den Termin kurz über den Button oder per Antwort an Frau Ahrens: https://elbe-cruises.softgarden.io/confirm/2281-aa0c

Wir freuen uns auf Sie!

Ihr Elbe Cruises People Team

Elbe Cruises ist eine Marke der ECR Kreuzfahrt Service GmbH · Große Elbstraße 145 · 22767 Hamburg · AG Hamburg HRB 145530 · Geschäftsführer: Nils Borchers
""",
    "html": {"style": "ats", "lang": "de", "color": "#00558c", "title": "Elbe Cruises",
              "logo": "https://cdn.softgarden.io/clients/elbecruises/email_header.png", "logo_alt": "Elbe Cruises – Leinen los!",
              "tracker": "https://elbe-cruises.softgarden.io/l/", "pixel": "https://elbe-cruises.softgarden.io/o/2281aa0c.png",
              "button": ("Termin bestätigen", "https://elbe-cruises.softgarden.io/confirm/2281-aa0c"),
              "footer": """\
Elbe Cruises ist eine Marke der ECR Kreuzfahrt Service GmbH · Große Elbstraße 145 · 22767 Hamburg
AG Hamburg HRB 145530 · Geschäftsführer: Nils Borchers""", "powered": "softgarden e-recruiting"},
})

add({
    "kind": "interview_invitation", "scenario": "tempowerk_vorstellung_du", "lang": "de", "key": "inv_tempowerk",
    "company": "tempowerk Personalservice", "contact": "kevin.roloff@tempowerk.example.de",
    "sender": ("Kevin Roloff", "kevin.roloff@tempowerk.example.de"),
    "subject": "Vorstellungsgespräch bei tempowerk!! 😊",
    "date": "2026-01-28 08:12", "mua": "android", "charset": "utf-8", "cte": "8bit",
    "text": """\
Guten Morgen Nikolai!!

Super, dass du dich bei uns gemeldet hast! Ich hab deinen Lebenslauf gelesen und hab direkt an eine Stelle gedacht: HR-Assistenz (Personaleinsatzplanung) bei einem unserer Kunden in Hamburg-Billbrook, Logistikbranche, Vollzeit, Übernahme nach 6 Monaten möglich!!

Ich würde dich gern zu einem Vorstellungsgespräch zu uns ins Büro einladen: Montag, 02.02., 11 Uhr, tempowerk Personalservice, Hammer Landstraße 5, 20537 Hamburg. Bring bitte deinen Ausweis und, falls vorhanden, Zeugnisse mit.

Gib mir kurz Bescheid ob das klappt! Am besten per Mail oder WhatsApp an 0151 2290 4471.

LG Kevin

Kevin Roloff
Personaldisponent
tempowerk Personalservice GmbH – Niederlassung Hamburg-Hamm
""",
})

add({
    "kind": "interview_invitation", "scenario": "bezirksamt_spreeufer_auswahlgespraech", "lang": "de", "key": "inv_spreeufer",
    "company": "Bezirksamt Spreeufer von Berlin", "contact": "auswahlverfahren@ba-spreeufer.berlin.example.de",
    "sender": ("Bezirksamt Spreeufer von Berlin", "auswahlverfahren@ba-spreeufer.berlin.example.de"),
    "subject": "Einladung zum Auswahlgespräch – Kennzahl 2026/PersSer/08",
    "date": "2026-03-04 10:46", "charset": "windows-1252", "cte": "8bit",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

vielen Dank für Ihre Bewerbung auf die Stelle „Sachbearbeiter/in Personalgewinnung und Ausbildung“ (Kennzahl 2026/PersSer/08, E 9b TV-L).

Wir freuen uns, Ihnen mitteilen zu können, dass Sie zu einem strukturierten Auswahlgespräch eingeladen werden:

Termin: Donnerstag, 12. März 2026, 13:30 Uhr
Ort: Rathaus Spreeufer, Raum 2.114, Uferstraße 30, 10551 Berlin
Dauer: ca. 60 Minuten, davon 15 Minuten Bearbeitung einer schriftlichen Fallaufgabe

An dem Gespräch nehmen neben der Fachbereichsleitung Vertreter*innen des Personalrats, die Frauenvertreterin und ggf. die Schwerbehindertenvertretung teil.

Bitte bringen Sie Ihren Personalausweis mit und bestätigen Sie Ihre Teilnahme bis zum 9. März 2026 durch eine kurze Antwort auf diese E-Mail. Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
Im Auftrag

Torsten Gehrke
Serviceeinheit Personal – Team Auswahlverfahren
Bezirksamt Spreeufer von Berlin
Tel. (030) 90298-4413
""",
})

add({
    "kind": "interview_invitation", "scenario": "kessler_dahm_mandant_albers_quast", "lang": "de", "key": "inv_albersquast",
    "company": "Reederei Albers & Quast", "contact": "f.dahm@kessler-dahm.example.de",
    "sender": ("Friederike Dahm", "f.dahm@kessler-dahm.example.de"),
    "subject": "Reederei Albers & Quast – Telefoninterview mit Herrn Quast",
    "date": "2026-06-02 12:15", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

wie am Freitag telefonisch angekündigt: Unser Mandant, die Hamburger Reederei Albers & Quast, möchte Sie gern für die Position „Referent Recruiting & Employer Branding (m/w/d)“ kennenlernen.

Herr Johannes Quast (Geschäftsführender Gesellschafter) würde Sie am Mittwoch, 10. Juni, um 16:00 Uhr für ein etwa 45-minütiges Telefoninterview anrufen. Anschließend ist ein persönliches Gespräch in der Reederei an der Palmaille geplant.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt. Vorab sende ich Ihnen morgen ein kurzes Briefing zum Unternehmen.

Mit besten Grüßen

Friederike Dahm | Partnerin | Kessler & Dahm Personalberatung
Hohe Bleichen 11 | 20354 Hamburg | +49 40 8090 6420
Kessler & Dahm Personalberatung GmbH · Sitz Hamburg · HRB 167730
""",
})

add({
    "kind": "interview_invitation", "scenario": "personio_hirebird_du_calendly", "lang": "de", "key": "inv_hirebird",
    "company": "Hirebird", "contact": "mira@hirebird.example.de",
    "sender": ("Hirebird Recruiting", "hirebird-recruiting@mail.personio.de"),
    "reply_to": ("Mira Castellanos", "mira@hirebird.example.de"),
    "subject": "Lass uns quatschen 👋 – Talent Acquisition Specialist",
    "date": "2026-05-11 16:31", "irt": "ack_hirebird", "mua": "ats", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hey Nikolai,

danke für deine Bewerbung als Talent Acquisition Specialist – dein Quereinstieg aus dem Kundenservice passt richtig gut zu dem, was wir bauen (wir machen ja Software für genau solche Wechsel!).

Wir würden dich gern zu einem ersten Video-Call (30 Min.) mit mir einladen. Such dir einfach einen Slot aus, der dir passt:

[Slot buchen](https://calendly.example.com/mira-hirebird/30min)

Danach kommt noch ein Case-Gespräch mit unserem Head of People und ein Team-Lunch in Kreuzberg, aber eins nach dem anderen 🙂

Bis bald!
Mira

Mira Castellanos
Founding Recruiter · Hirebird
Hirebird GmbH · Paul-Lincke-Ufer 39 · 10999 Berlin
""",
    "html": {"style": "simple", "title": "Hirebird", "tracker": "https://link.personio.de/ls/click?upn=",
              "font": "Inter, Helvetica, Arial, sans-serif"},
})

add({
    "kind": "interview_invitation", "scenario": "uni_alsterdorf_kommission", "lang": "de", "key": "inv_alsterdorf",
    "company": "Universität Alsterdorf", "contact": "gesa.thormaehlen@uni-alsterdorf.example.de",
    "sender": ("Gesa Thormählen", "gesa.thormaehlen@uni-alsterdorf.example.de"),
    "name_charset": "iso-8859-1",
    "subject": "Einladung zum Vorstellungsgespräch – Ausschreibung 26/114",
    "date": "2026-03-16 11:58", "irt": "ack_alsterdorf", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

im Namen der Auswahlkommission lade ich Sie herzlich zu einem Vorstellungsgespräch für die Stelle „Personalsachbearbeiter/in im Team Recruiting, EG 9b TV-L“ (Ausschreibung 26/114) ein.

Das Gespräch findet am Mittwoch, dem 25. März 2026, um 9:00 Uhr im Verwaltungsgebäude, Sengelmannstraße 50, Raum 0.17, statt. Bitte planen Sie etwa eine Stunde ein. Im Gespräch bitten wir Sie um eine fünfminütige Kurzpräsentation zum Thema „Wie erreichen wir Quereinsteigende für die Hochschulverwaltung?“ – Hilfsmittel sind nicht erforderlich.

Bitte bestätigen Sie mir Ihre Teilnahme bis zum 20. März.

Mit freundlichen Grüßen

Gesa Thormählen
Abteilung Personal – Recruiting und Stellenbesetzung
Universität Alsterdorf
Sengelmannstraße 50
22297 Hamburg
Tel.: 040 42838-6102
""",
})

add({
    "kind": "interview_invitation", "scenario": "ctn_zweite_runde_assessment", "lang": "de", "key": "inv_ctn",
    "company": "CTN Container Terminal Nordkai", "contact": "b.ohlsen@ctn-nordkai.example.de",
    "sender": ("Ohlsen, Birte", "b.ohlsen@ctn-nordkai.example.de"),
    "subject": "AW: Bewerbung Personalreferent Recruiting – zweite Runde",
    "date": "2026-03-11 15:37", "irt": "<e4c3f21a-ctn-thanks@example.dk>", "mua": "outlook", "structure": "html",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Herr Brandt-Oyelaran,

vielen Dank für Ihre nette Nachricht nach unserem Gespräch.

Ich freue mich, Ihnen mitteilen zu können, dass wir Sie gern in die zweite Runde einladen. Diese besteht aus einem halbtägigen Assessment am Terminal:

Freitag, 20. März 2026, 08:30 – ca. 13:00 Uhr
CTN Container Terminal Nordkai, Verwaltungsgebäude, Am Nordkai 3, 21129 Hamburg

Geplant sind eine Rollenübung (Gespräch mit einem Schichtleiter, der eine Stelle besetzen möchte), eine kurze Präsentation und ein Gespräch mit unserem Personalleiter Herrn Dittmer. Danach zeigen wir Ihnen gern das Terminal – bitte festes Schuhwerk mitbringen, Warnweste und Helm stellen wir.

Können Sie mir den Termin bestätigen?

Viele Grüße
Birte Ohlsen
Personalmarketing & Recruiting

CTN Container Terminal Nordkai GmbH
Am Nordkai 3 | 21129 Hamburg
T +49 40 3088-5521

Von: Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Gesendet: Dienstag, 10. März 2026 18:02
An: Ohlsen, Birte <b.ohlsen@ctn-nordkai.example.de>
Betreff: Bewerbung Personalreferent Recruiting

Liebe Frau Ohlsen,

danke für das Gespräch heute. Falls es nicht klappen sollte, freue ich mich trotzdem über eine kurze Rückmeldung, woran es gelegen hat.

Viele Grüße
Nikolai Brandt-Oyelaran
""",
    "html": {"style": "outlook", "lang": "DE"},
})

add({
    "kind": "interview_invitation", "scenario": "dvinci_weserhaefen_ics", "lang": "de", "key": "inv_weserhaefen",
    "company": "Weserhäfen Management", "contact": "l.tjarks@weserhaefen.example.de",
    "sender": ("Lara Tjarks", "l.tjarks@weserhaefen.example.de"),
    "subject": "Einladung: Vorstellungsgespräch HR Generalist (m/w/d) – Di 10.03.2026 10:00",
    "date": "2026-03-02 13:10", "irt": "ack_weserhaefen", "mua": "outlook", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 10. März 2026, 10:00–11:15 Uhr
Weserhäfen Management, Hafenhaus, Am Strom 2, 27568 Bremerhaven

Gesprächspartner: Lara Tjarks (Personalreferentin), Dr. Uwe Kracht (Bereichsleiter Personal)

Eine Kalendereinladung ist beigefügt; bitte nehmen Sie diese an oder schlagen Sie über die Antwortfunktion eine andere Zeit vor. Fahrtkosten mit der Bahn (2. Klasse) erstatten wir Ihnen gern.

Mit freundlichen Grüßen

Lara Tjarks
Personalreferentin
Weserhäfen Management GmbH
Am Strom 2 | 27568 Bremerhaven | Tel. 0471 30900-118
Geschäftsführung: Dr. Ingrid Schwiers · Registergericht Bremen HRB 3310 BHV
""",
    "html": {"style": "outlook", "lang": "DE"},
    "calendar": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000B07E1B8A9DAADC01000000000000000010000000F2C81D6E2B7A9A4E9D5C37B2A8E01F4D",
                  "sequence": 0, "start": "20260310T090000Z", "end": "20260310T101500Z",
                  "summary": "Vorstellungsgespräch HR Generalist (m/w/d) – Brandt-Oyelaran",
                  "location": "Hafenhaus\\, Am Strom 2\\, 27568 Bremerhaven\\, Raum 3.08",
                  "organizer": ("Lara Tjarks", "l.tjarks@weserhaefen.example.de")},
})

add({
    "kind": "interview_invitation", "scenario": "alster_personal_buero_du", "lang": "de", "key": "inv_alster",
    "company": "Alster Personal & Partner", "contact": "s.brueggemann@alster-personal.example.de",
    "sender": ("Sina Brüggemann", "s.brueggemann@alster-personal.example.de"),
    "subject": "Deine Bewerbung Recruiting Coordinator – Termin bei uns?",
    "date": "2026-07-07 09:20", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Nikolai,

danke für deine Bewerbung über unsere Website auf die Stelle „Recruiting Coordinator (m/w/d)“! Unser Kunde ist ein großer Logistiker im Hamburger Osten – den Namen verrate ich dir gern im Gespräch.

Ich würde dich gern zu einem Vorstellungsgespräch in unser Büro einladen: Donnerstag, 9. Juli, 15:00 Uhr, Alster Personal & Partner, Lange Reihe 29, 20099 Hamburg (2. Stock, klingeln bei „APP“).

Sag mir einfach kurz, ob das passt – sonst finden wir einen anderen Termin.

Viele Grüße
Sina

Sina Brüggemann
Senior Recruiterin
Alster Personal & Partner GmbH
Lange Reihe 29 · 20099 Hamburg · Tel. 040 2800 7719
www.alster-personal.example.de | LinkedIn | Instagram
""",
})

add({
    "kind": "interview_invitation", "scenario": "kiezkraft_gespraech_einladung", "lang": "de", "key": "inv_kiezkraft",
    "company": "Kiezkraft Sozialwerk", "contact": "m.okonkwo@kiezkraft.example.de",
    "sender": ("Okonkwo, Miriam", "m.okonkwo@kiezkraft.example.de"),
    "subject": "Einladung zum Gespräch – Personalreferent*in (30 Std./Woche)",
    "date": "2026-02-24 13:44", "irt": "ack_kiezkraft", "mua": "outlook", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

wir haben Ihre Bewerbung mit großem Interesse gelesen und möchten Sie gern persönlich kennenlernen.

Wir laden Sie zu einem Gespräch am Dienstag, 3. März 2026, um 14:00 Uhr in unsere Geschäftsstelle ein (Wildenbruchstraße 67, 12045 Berlin, Hinterhaus, 1. OG). Am Gespräch nehmen neben mir unser Geschäftsführer Ralf Ostendorp und eine Vertreterin des Betriebsrats teil.

Falls Sie aus Hamburg anreisen und der Termin schwierig ist, können wir das Gespräch auch per Video führen – sagen Sie einfach Bescheid.

Mit freundlichen Grüßen

Miriam Okonkwo
Leitung Personal
Kiezkraft Sozialwerk gGmbH
Wildenbruchstraße 67 · 12045 Berlin
Telefon 030 6890 4412
""",
})

add({
    "kind": "interview_invitation", "scenario": "successfactors_hafenfaehren", "lang": "de", "key": "inv_hfh",
    "company": "Hafenfähren Hamburg", "contact": "",
    "sender": ("Hafenfähren Hamburg - Karriere", "hfh-karriere@successfactors.eu"),
    "name_charset": "iso-8859-1",
    "subject": "Einladung zum Vorstellungsgespräch: Personalsachbearbeiter Fahrdienst (m/w/d)",
    "date": "2026-06-16 07:55", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "base64",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

vielen Dank für Ihre Bewerbung als Personalsachbearbeiter Fahrdienst (m/w/d) bei den Hafenfähren Hamburg.

Gern möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Datum: Dienstag, 23. Juni 2026
Uhrzeit: 11:00 Uhr
Ort: Hafenfähren Hamburg, Verwaltung, St. Pauli Fischmarkt 28, 20359 Hamburg

Bitte bestätigen Sie den Termin über den folgenden Link: [Termin bestätigen](https://career5.successfactors.eu/career?company=hfh&interview=confirm&id=55172)

Mit freundlichen Grüßen
Ihr Personalmanagement
Hafenfähren Hamburg
""",
    "html": {"style": "ats", "lang": "de", "color": "#e2001a", "title": "Hafenfähren Hamburg",
              "logo": "https://career5.successfactors.eu/career/images/hfh_logo_rgb.png", "logo_alt": "HFH Hafenfähren Hamburg",
              "tracker": "https://career5.successfactors.eu/sfemail/track?l=",
              "pixel": "https://career5.successfactors.eu/sfemail/open?id=hfh-55172",
              "footer": """\
HFH Hafenfähren Hamburg GmbH · St. Pauli Fischmarkt 28 · 20359 Hamburg
Ein Unternehmen der Hamburger Verkehrsbetriebe · AG Hamburg HRB 1410 · Geschäftsführung: Melanie Tietjen
Diese E-Mail wurde automatisch versandt - bitte antworten Sie nicht auf diese Nachricht."""},
})

# =========================================================================== invitations, English

add({
    "kind": "interview_invitation", "scenario": "nordhavn_outlook_ics_request", "lang": "en", "key": "inv_nordhavn",
    "company": "Nordhavn Shipping", "contact": "mette.lindqvist@nordhavn-shipping.example.dk",
    "sender": ("Mette Lindqvist", "mette.lindqvist@nordhavn-shipping.example.dk"),
    "subject": "Interview: Talent Acquisition Partner - Nordhavn Shipping",
    "date": "2026-04-14 11:03", "tz": "Europe/Copenhagen", "mua": "outlook", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Dear Nikolai,

Thank you for your application for the Talent Acquisition Partner position. We were pleased to read about your years on the customer side of a shipping line - that perspective is exactly what our hiring managers keep asking for.

I would like to invite you to a first interview with me and our HR Director, Jesper Kragh:

Tuesday 21 April 2026, 10:00-11:00 (CEST)
Nordhavn Shipping, Sundkaj 9, 2150 Nordhavn, Copenhagen - or via Teams if you prefer not to travel

Please accept the attached meeting invitation or let me know if you need a different time.

Best regards,

Mette Lindqvist
Senior HR Partner, Talent Acquisition
Nordhavn Shipping A/S
Sundkaj 9 | DK-2150 Nordhavn | +45 33 63 18 40
""",
    "html": {"style": "outlook", "lang": "EN-GB"},
    "calendar": {"method": "REQUEST", "uid": NORDHAVN_UID, "sequence": 0,
                  "start": "20260421T080000Z", "end": "20260421T090000Z",
                  "summary": "Interview Nikolai Brandt-Oyelaran - Talent Acquisition Partner",
                  "location": "Nordhavn Shipping\\, Sundkaj 9\\, meeting room Kronborg / Microsoft Teams",
                  "organizer": ("Mette Lindqvist", "mette.lindqvist@nordhavn-shipping.example.dk")},
})

add({
    "kind": "interview_invitation", "scenario": "greenhouse_amstel_ics_request", "lang": "en", "key": "inv_amstel",
    "company": "Amstel Cargo Group", "contact": "ruben.dekker@amstelcargo.example.nl",
    "sender": ("Amstel Cargo Group via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Ruben Dekker", "ruben.dekker@amstelcargo.example.nl"),
    "subject": "Interview Invitation: Recruitment Specialist at Amstel Cargo Group",
    "date": "2026-03-18 15:12", "tz": "Europe/Amsterdam", "mua": "ats", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

Great news - the team would like to meet you! Please find your interview details below.

Recruitment Specialist - Interview with Hiring Manager
Thursday, March 26, 2026
2:00 PM - 2:45 PM CET
Location: Google Meet (link in the calendar invitation)

Interviewers:
Ruben Dekker, Talent Lead
Saskia Hoogendijk, HR Manager Schiphol Hub

If you need to reschedule, simply reply to this email and Ruben will help you.

Best,
Amstel Cargo Group Recruiting
""",
    "html": {"style": "simple", "title": "Interview Invitation", "tracker": "https://click.greenhouse-mail.io/ls/click?upn=",
              "font": "Helvetica, Arial, sans-serif"},
    "calendar": {"method": "REQUEST", "uid": AMSTEL_UID, "sequence": 0, "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
                  "start": "20260326T130000Z", "end": "20260326T134500Z",
                  "summary": "Interview: Nikolai Brandt-Oyelaran for Recruitment Specialist",
                  "location": "https://meet.google.example.com/qxa-hmzt-pfe",
                  "organizer": ("Ruben Dekker", "ruben.dekker@amstelcargo.example.nl")},
})

add({
    "kind": "interview_invitation", "scenario": "lever_peoplewise_first_call", "lang": "en", "key": "inv_peoplewise",
    "company": "Peoplewise", "contact": "sam.okafor@peoplewise.example.co.uk",
    "sender": ("Peoplewise", "no-reply@hire.lever.co"),
    "reply_to": ("Sam Okafor", "sam.okafor@peoplewise.example.co.uk"),
    "subject": "Peoplewise - let's set up a call",
    "date": "2026-08-04 10:30", "tz": "Europe/London", "mua": "ats", "charset": "utf-8", "cte": "7bit",
    "text": """\
Hi Nikolai,

Thanks for applying for the Talent Partner (EMEA) role at Peoplewise! I'm Sam, and I look after hiring for our People team.

I'd love to set up a 30-minute video interview to learn more about you and tell you about the role. Could you pick a time that suits you here?

https://hire.lever.co/interview-availability/4d2e9b1c-77aa-4f10-9d3b-peoplewise

If none of the slots work, just reply to this email with a few times and I'll sort it out.

Speak soon,
Sam

Sam Okafor | Senior Talent Partner | Peoplewise
peoplewise.example.co.uk | 2 Leonard Circus, London EC2A 4DQ
""",
})

add({
    "kind": "interview_invitation", "scenario": "eastwick_council_assessment", "lang": "en", "key": "inv_eastwick",
    "company": "London Borough of Eastwick", "contact": "recruitment@eastwick-council.example.co.uk",
    "sender": ("Eastwick Council Recruitment", "recruitment@eastwick-council.example.co.uk"),
    "subject": "Invitation to interview and assessment - HR Officer (Resourcing), ref EW/HR/2291",
    "date": "2026-09-08 14:48", "tz": "Europe/London", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Dear Nikolai Brandt-Oyelaran

Post: HR Officer (Resourcing), Grade PO2, ref EW/HR/2291

Thank you for your application. I am pleased to invite you to the next stage of the selection process, which will consist of a written exercise (30 minutes) followed by a competency-based interview (45 minutes).

Date: Wednesday 16 September 2026
Time: 10:00 (please arrive 15 minutes early)
Venue: Eastwick Town Hall, Committee Room 3, 1 Civic Square, London E17 9XX

Please bring original documents proving your right to work in the UK (for example your passport or share code) and a form of photo ID. If you require any reasonable adjustments, please let us know.

Please confirm your attendance by replying to this email by 5pm on Friday 11 September.

Yours sincerely

Resourcing Team
London Borough of Eastwick
[Working for Eastwick](https://jobs.eastwick-council.example.co.uk)
""",
    "html": {"style": "ats", "lang": "en", "color": "#2b6e3f", "title": "London Borough of Eastwick",
              "logo": "https://www.eastwick-council.example.co.uk/images/lbe-crest-white.png", "logo_alt": "London Borough of Eastwick crest",
              "footer": """\
London Borough of Eastwick · Town Hall · 1 Civic Square · London E17 9XX
This email and any files transmitted with it are confidential and intended solely for the addressee. Views expressed are not necessarily those of the Council. Emails may be monitored."""},
})

add({
    "kind": "interview_invitation", "scenario": "seafarers_trust_mobile", "lang": "en", "key": "inv_seafarers",
    "company": "Seafarers' Welfare Trust", "contact": "gwen.pryce@seafarerswelfare.example.org",
    "sender": ("Gwen Pryce", "gwen.pryce@seafarerswelfare.example.org"),
    "subject": "Volunteer & HR Coordinator - chat next week?",
    "date": "2026-09-01 18:22", "tz": "Europe/London", "mua": "outlook-ios", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai

Loved your application - the bit about organising the crew change during the Suez backlog made me smile. We'd like to invite you to interview for the Volunteer & HR Coordinator post.

Could you do Tuesday 8th at 11am? It'd be at our office at the Seamen's Centre in Tilbury, with me and our chair of trustees. About an hour, very informal, tea provided.

Let me know!
Gwen

Gwen Pryce
Chief Executive, Seafarers' Welfare Trust
Registered charity no. 1182XXX

Get Outlook for iOS
""",
})

add({
    "kind": "interview_invitation", "scenario": "tulip_talent_client_zuiderzee", "lang": "en", "key": "inv_zuiderzee",
    "company": "Zuiderzee Logistics", "contact": "lotte@tuliptalent.example.nl",
    "sender": ("Lotte Brouwer | Tulip Talent", "lotte@tuliptalent.example.nl"),
    "subject": "INTERVIEW CONFIRMED!! Zuiderzee Logistics - HR Coordinator 🎉",
    "date": "2026-07-14 12:03", "tz": "Europe/Amsterdam", "charset": "utf-8", "cte": "8bit",
    "text": """\
Hi Nikolai!!

AMAZING news - Zuiderzee Logistics loved your CV and want to meet you!!! 🎉

Here are the details:
- Role: HR Coordinator (English-speaking team), Amsterdam Westpoort
- Date: Tuesday 21 July
- Time: 14:00 - 15:00
- Format: video call (Teams), with Femke de Graaf (HR Manager)
- Link follows from their side

Please reply to confirm ASAP so I can lock it in. I'll call you on Monday for a quick prep - they care a LOT about stakeholder management, so have examples ready!!

Good luck, you've got this!!!
Lotte

Lotte Brouwer
Recruitment Consultant
Tulip Talent B.V. | Herengracht 420 | 1017 BZ Amsterdam | +31 20 893 4410
""",
})

# =========================================================================== invitations, Spanish

add({
    "kind": "interview_invitation", "scenario": "gente_talento_cliente_naviera", "lang": "es", "key": "inv_gentetalento",
    "company": "Gente y Talento Consultores", "contact": "laia.soler@genteytalento.example.es",
    "sender": ("Laia Soler", "laia.soler@genteytalento.example.es"),
    "subject": "Entrevista proceso Talent Acquisition - cliente sector naviero",
    "date": "2026-06-10 10:14", "tz": "Europe/Madrid", "charset": "utf-8", "cte": "8bit",
    "text": """\
Hola Nikolai:

¡Qué tal! Soy Laia, de Gente y Talento. Te escribo porque hemos revisado tu candidatura para el puesto de Talent Acquisition que gestionamos para una importante naviera con sede en el puerto de Barcelona (por confidencialidad no puedo darte el nombre todavía).

Nos gustaría conocerte en una primera entrevista presencial en nuestras oficinas:

Martes 16 de junio, a las 10:00 h
Gente y Talento Consultores – Passeig de Gràcia 71, 4.º 2.ª, 08008 Barcelona

Si te va mejor por videollamada, también es posible. ¿Me confirmas?

Un abrazo,

Laia Soler
Consultora de Selección
Gente y Talento Consultores
T. 93 217 44 60 · genteytalento.example.es
""",
})

add({
    "kind": "interview_invitation", "scenario": "upl_valencia_entrevista_formal", "lang": "es", "key": "inv_upl",
    "company": "Universidad Politécnica de Levante", "contact": "rrhh@upl.example.es",
    "sender": ("Servicio de Recursos Humanos - UPL", "rrhh@upl.example.es"),
    "subject": "Citación a entrevista - Plaza PTGAS 2026/19 (Técnico/a de Selección)",
    "date": "2026-07-01 09:02", "tz": "Europe/Madrid", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "subject_charset": "iso-8859-1",
    "text": """\
Estimado/a Sr./Sra. Brandt-Oyelaran:

Por la presente le comunicamos que ha superado la fase de concurso de la convocatoria de personal técnico de gestión PTGAS 2026/19 (Técnico/a de Selección) y queda citado/a a la entrevista personal ante la Comisión de Selección.

Fecha: jueves, 9 de julio de 2026
Hora: 11:30 h
Lugar: Edificio del Rectorado, Sala de Juntas 2, Camí de Vera s/n, 46022 Valencia

Deberá acudir provisto/a de su DNI, NIE o pasaporte. Le rogamos que confirme su asistencia respondiendo a este correo electrónico.

Atentamente,

Servicio de Recursos Humanos
Universidad Politécnica de Levante
""",
    "html": {"style": "simple", "title": "Citación a entrevista", "font": "Georgia, serif"},
})

add({
    "kind": "interview_invitation", "scenario": "teamtailor_contratalia_tu", "lang": "es", "key": "inv_contratalia",
    "company": "Contratalia", "contact": "marc@contratalia.example.es",
    "sender": ("Contratalia", "notifications@teamtailor-mail.com"),
    "reply_to": ("Marc Puigdomènech", "marc@contratalia.example.es"),
    "subject": "¡Queremos conocerte! Entrevista para Talent Partner",
    "date": "2026-04-08 12:27", "tz": "Europe/Madrid", "mua": "ats", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
¡Hola Nikolai!

Gracias por aplicar a Talent Partner en Contratalia. Nos ha encantado tu perfil (¡un agente de atención al cliente de una naviera que quiere pasarse a RRHH, justo el tipo de historia que ayudamos a contar!).

Te proponemos una entrevista de 45 minutos con Marc (CEO) y Núria (Head of People) el martes 21 de abril a las 17:00 h en nuestra oficina de Poblenou (c/ Pujades 126, Barcelona) o por Google Meet, como prefieras.

Puedes confirmar o elegir otra hora aquí: https://contratalia.teamtailor.com/meetings/8f2a1c

Si tienes cualquier duda, responde a este correo y le llegará a Marc.

¡Hasta pronto!
El equipo de Contratalia
""",
    "html": {"style": "ats", "lang": "es", "color": "#ff5a36", "title": "Contratalia",
              "logo": "https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/contratalia.png",
              "logo_alt": "Contratalia", "tracker": "https://t.teamtailor-mail.com/c/",
              "pixel": "https://t.teamtailor-mail.com/o/eyJtIjoiY29udHJhdGFsaWEifQ.png",
              "button": ("Confirmar entrevista", "https://contratalia.teamtailor.com/meetings/8f2a1c"),
              "footer": """\
Contratalia Tech, S.L. · c/ Pujades 126 · 08005 Barcelona
Recibes este correo porque te has postulado a una oferta de Contratalia.""",
              "unsubscribe": ("Gestionar mis datos", "https://contratalia.teamtailor.com/candidate/consent"),
              "powered": "Enviado con Teamtailor"},
})

add({
    "kind": "interview_invitation", "scenario": "fundacion_puentes_videollamada", "lang": "es", "key": "inv_puentes",
    "company": "Fundación Puentes", "contact": "ines.marti@fundacionpuentes.example.org",
    "sender": ("Inés Martí", "ines.marti@fundacionpuentes.example.org"),
    "name_charset": "iso-8859-1",
    "subject": "Entrevista - Técnico/a de Personas y Voluntariado",
    "subject_charset": "iso-8859-1",
    "date": "2026-08-11 17:40", "tz": "Europe/Madrid", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """\
Hola Nikolai,

Muchas gracias por tu candidatura para el puesto de Técnico/a de Personas y Voluntariado en la Fundación Puentes. Tu experiencia atendiendo a clientes de muchos países nos parece muy valiosa para trabajar con personas voluntarias y refugiadas.

Nos gustaría tener una primera entrevista por videollamada el martes 18 de agosto a las 12:00 h (hora de Barcelona). Te enviaré el enlace de Zoom el día anterior.

¿Te viene bien? Si no, dime qué otros horarios tienes disponibles esa semana.

Un saludo muy cordial,

Inés Martí
Responsable de Personas
Fundación Puentes
c/ de la Cera 51, 08001 Barcelona
""",
})

# =========================================================================== invitations, French

add({
    "kind": "interview_invitation", "scenario": "delvigne_invitation_vous", "lang": "fr", "key": "inv_delvigne",
    "company": "Transports Delvigne & Fils", "contact": "a.delvigne@delvigne-transports.example.be",
    "sender": ("Anne Delvigne", "a.delvigne@delvigne-transports.example.be"),
    "subject": "Invitation à un entretien - Assistant(e) RH",
    "date": "2026-05-05 16:51", "tz": "Europe/Brussels", "mua": "outlook", "charset": "iso-8859-1", "cte": "8bit",
    "text": """\
Monsieur,

Nous avons bien reçu votre candidature pour le poste d'Assistant(e) RH et vous en remercions.

Nous avons le plaisir de vous inviter à un entretien le mardi 12 mai à 14h00 dans nos bureaux de Kapellen (Kapelsestraat 212). L'entretien se déroulera en français, avec une partie en anglais, et durera environ une heure. Vous rencontrerez M. Luc Delvigne, administrateur délégué, et moi-même.

Pourriez-vous me confirmer votre présence par retour de mail ?

Bien cordialement,

Anne Delvigne
Responsable administrative et RH
Transports Delvigne & Fils SA
Kapelsestraat 212 - 2950 Kapellen
Tél. +32 3 664 18 90
""",
})

add({
    "kind": "interview_invitation", "scenario": "workable_remorquage_alt", "lang": "fr", "key": "inv_cbr",
    "company": "Compagnie Belge de Remorquage", "contact": "h.dubois@cbr-remorquage.example.be",
    "sender": ("Compagnie Belge de Remorquage", "noreply@workablemail.com"),
    "reply_to": ("Hélène Dubois", "h.dubois@cbr-remorquage.example.be"),
    "subject": "Entretien – Gestionnaire RH équipages (H/F/X)",
    "date": "2026-09-02 11:19", "tz": "Europe/Brussels", "mua": "ats", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Bonjour Monsieur Brandt-Oyelaran,

Merci pour votre candidature au poste de Gestionnaire RH équipages (H/F/X).

Votre parcours a retenu notre attention et nous souhaiterions vous rencontrer lors d'un entretien dans nos bureaux du port d'Anvers, quai 526, le jeudi 10 septembre à 10h00. Vous rencontrerez Hélène Dubois (DRH) et le capitaine Wim Maes, responsable de la flotte.

Merci de confirmer votre disponibilité en répondant simplement à ce message ; il sera transmis à Mme Dubois.

Cordialement,

L'équipe Recrutement
Compagnie Belge de Remorquage
""",
    "html": {"style": "ats", "lang": "fr", "color": "#1d2c4d", "title": "Compagnie Belge de Remorquage",
              "logo": "https://workablehr.s3.amazonaws.com/uploads/account/logo/cbr-remorquage.png", "logo_alt": "CBR – Compagnie Belge de Remorquage",
              "tracker": "https://email.workablemail.com/c/", "pixel": "https://email.workablemail.com/o/eJxTcA2tD5.png",
              "footer": """\
Compagnie Belge de Remorquage SA · Kaai 526 · 2030 Antwerpen
Vous recevez cet e-mail parce que vous avez postulé via Workable.""", "powered": "Powered by Workable"},
})

add({
    "kind": "interview_invitation", "scenario": "talents_ports_client_lacroix_tu", "lang": "fr", "key": "inv_lacroix",
    "company": "Lacroix Terminaux", "contact": "camille.verhaegen@talentsetports.example.be",
    "sender": ("Camille Verhaegen", "camille.verhaegen@talentsetports.example.be"),
    "subject": "Entretien chez Lacroix Terminaux :)",
    "date": "2026-08-18 10:02", "tz": "Europe/Brussels", "irt": "<0a9d2f4e-tp-relance@example.dk>", "mua": "outlook",
    "charset": "windows-1252", "cte": "8bit",
    "text": """\
Salut Nikolai,

Bonne nouvelle ! Mon client Lacroix Terminaux souhaite te rencontrer pour le poste de « HR Officer – recrutement dockers et techniciens ».

Ils te proposent un entretien le mardi 25 août à 9h30 sur leur site de Zwijndrecht, avec la responsable RH, Mme Sophie Lacroix, et le chef d'exploitation. Prévois environ 1h15 ; il y aura un petit cas pratique sur la planification d'une campagne de recrutement.

Tu me confirmes ? Je t'envoie ensuite l'adresse exacte et quelques infos pour te préparer.

À tout bientôt,

Camille Verhaegen
Consultante senior – Talents & Ports
Italiëlei 88 · 2000 Antwerpen · +32 3 200 41 18

De : Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Envoyé : vendredi 14 août 2026 09:40
À : Camille Verhaegen <camille.verhaegen@talentsetports.example.be>
Objet : des nouvelles ?

Bonjour Camille, après le refus de l'Anversoise en avril, est-ce que tu as d'autres missions pour moi ? Merci !
""",
})

# =========================================================================== reschedules / cancellations

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "weserport_verschiebung_telefon", "lang": "de", "key": "resched_weserport",
    "company": "Weserport Logistik", "contact": "k.meyerdierks@weserport-logistik.example.de",
    "sender": ("Katrin Meyerdierks", "k.meyerdierks@weserport-logistik.example.de"),
    "subject": "AW: Ihre Bewerbung als HR-Sachbearbeiter (m/w/d) - Telefoninterview",
    "date": "2026-02-19 08:04", "irt": "<11fe2a9c-weserport-confirm@example.dk>",
    "refs": ["inv_weserport", "<11fe2a9c-weserport-confirm@example.dk>"], "mua": "thunderbird",
    "charset": "iso-8859-1", "cte": "quoted-printable", "name_charset": "iso-8859-1",
    "text": """\
Guten Morgen Herr Brandt-Oyelaran,

leider muss ich unser Telefonat am 26.02. verschieben - an dem Tag findet kurzfristig unsere Betriebsversammlung statt. Könnten wir stattdessen am Freitag, 6. März, um 9:00 Uhr telefonieren? Alles andere bleibt wie besprochen.

Entschuldigen Sie die Umstände.

Freundliche Grüße
Katrin Meyerdierks
Weserport Logistik GmbH

Am 17.02.2026 um 11:02 schrieb Nikolai Brandt-Oyelaran:
> Sehr geehrte Frau Meyerdierks,
>
> vielen Dank für die Einladung, der 26. Februar um 10:30 Uhr passt mir sehr gut.
>
> Beste Grüße
> Nikolai Brandt-Oyelaran
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "elbe_cruises_umstellung_teams", "lang": "de", "key": "resched_elbecruises",
    "company": "Elbe Cruises", "contact": "svenja.ahrens@elbe-cruises.example.de",
    "sender": ("Ahrens, Svenja", "svenja.ahrens@elbe-cruises.example.de"),
    "subject": "Änderung: Ihr Termin am 19.05. findet per Teams statt",
    "date": "2026-05-15 12:48", "irt": "inv_elbecruises", "mua": "outlook", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Herr Brandt-Oyelaran,

kurze Änderung zu unserem Kennenlernen am Dienstag: Da Kapitän Feddersen an dem Tag auf der Werft in Wewelsfleth sein muss, würden wir das Gespräch gern per Microsoft Teams statt bei uns vor Ort führen. Die Uhrzeit (10:00 Uhr) bleibt gleich.

Hier ist der Link: https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_ZjE4ODk2

Ich hoffe, das ist für Sie in Ordnung – sonst melden Sie sich gern.

Viele Grüße
Svenja Ahrens
HR Business Partner

Elbe Cruises | Große Elbstraße 145 | 22767 Hamburg
Elbe Cruises ist eine Marke der ECR Kreuzfahrt Service GmbH
""",
    "html": {"style": "outlook", "lang": "DE"},
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "albers_quast_erkrankt", "lang": "de",
    "company": "Reederei Albers & Quast", "contact": "f.dahm@kessler-dahm.example.de",
    "sender": ("Friederike Dahm", "f.dahm@kessler-dahm.example.de"),
    "subject": "WG: Telefoninterview 10.06. – muss leider verschoben werden",
    "date": "2026-06-08 17:12", "irt": "inv_albersquast", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Lieber Herr Brandt-Oyelaran,

Herr Quast ist leider erkrankt und hat alle Termine dieser Woche abgesagt (siehe unten). Ich schlage Ihnen als Ersatz Dienstag, 16.06., 16:00 Uhr vor – passt das?

Beste Grüße
Friederike Dahm
Kessler & Dahm Personalberatung

-----Ursprüngliche Nachricht-----
Von: Johannes Quast <j.quast@albers-quast.example.de>
Gesendet: Montag, 8. Juni 2026 16:40
An: Friederike Dahm <f.dahm@kessler-dahm.example.de>
Betreff: Telefoninterview 10.06.

Liebe Frau Dahm,

mich hat eine Sommergrippe erwischt, ich muss das Gespräch mit Herrn Brandt-Oyelaran am Mittwoch leider absagen. Bitte einen neuen Termin nächste Woche vorschlagen, ich bin weiterhin sehr interessiert.

Gruß
J. Quast
Reederei Albers & Quast GmbH & Co. KG | Palmaille 96 | 22767 Hamburg
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "spreeufer_termin_entfaellt", "lang": "de",
    "company": "Bezirksamt Spreeufer von Berlin", "contact": "auswahlverfahren@ba-spreeufer.berlin.example.de",
    "sender": ("Bezirksamt Spreeufer von Berlin", "auswahlverfahren@ba-spreeufer.berlin.example.de"),
    "subject": "Absage des Termins am 12.03.2026 – Kennzahl 2026/PersSer/08",
    "date": "2026-03-10 15:27", "irt": "inv_spreeufer", "charset": "windows-1252", "cte": "8bit",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

aufgrund des Warnstreiks im öffentlichen Dienst am 12. März 2026 kann das Auswahlgespräch an diesem Tag leider nicht stattfinden. Der Termin entfällt.

Das Auswahlverfahren wird selbstverständlich fortgesetzt. Ein neuer Termin wird Ihnen in den nächsten Tagen gesondert mitgeteilt; voraussichtlich wird es die Woche ab dem 23. März sein.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Im Auftrag

Torsten Gehrke
Serviceeinheit Personal – Team Auswahlverfahren
Bezirksamt Spreeufer von Berlin
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "hirebird_kurzfristig_donnerstag", "lang": "de",
    "company": "Hirebird", "contact": "mira@hirebird.example.de",
    "sender": ("Mira Castellanos", "mira@hirebird.example.de"),
    "subject": "Re: Lass uns quatschen 👋 – Talent Acquisition Specialist",
    "date": "2026-05-13 08:07", "irt": "<f3a8e211-hirebird-booked@example.dk>",
    "refs": ["inv_hirebird", "<f3a8e211-hirebird-booked@example.dk>"], "mua": "iphone", "charset": "utf-8", "cte": "8bit",
    "text": """\
Hey Nikolai, mega sorry – mir ist für heute 14 Uhr ein Board-Meeting reingerutscht. Können wir auf Donnerstag 11:30 schieben? Gleicher Link. Danke dir!!
Mira

Von meinem iPhone gesendet

> Am 12.05.2026 um 09:15 schrieb Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>:
>
> Hi Mira, ich habe Mittwoch 14:00 gebucht. Bis dann!
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "alsterdorf_neuer_termin_html", "lang": "de",
    "company": "Universität Alsterdorf", "contact": "gesa.thormaehlen@uni-alsterdorf.example.de",
    "sender": ("Gesa Thormählen", "gesa.thormaehlen@uni-alsterdorf.example.de"),
    "name_charset": "iso-8859-1",
    "subject": "Verlegung Ihres Vorstellungsgesprächs - Ausschreibung 26/114",
    "date": "2026-03-24 10:31", "irt": "inv_alsterdorf", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

leider müssen wir das für morgen, den 25. März, vorgesehene Vorstellungsgespräch absagen, da ein Mitglied der Auswahlkommission kurzfristig verhindert ist und die Kommission ohne sie nicht beschlussfähig ist.

Als neuen Termin schlagen wir Ihnen Mittwoch, den 1. April 2026, um 9:00 Uhr am selben Ort vor. Die Aufgabenstellung für Ihre Kurzpräsentation bleibt unverändert.

Bitte teilen Sie mir mit, ob Ihnen der neue Termin möglich ist. Wir bitten die kurzfristige Änderung zu entschuldigen.

Mit freundlichen Grüßen

Gesa Thormählen
Abteilung Personal - Recruiting und Stellenbesetzung
Universität Alsterdorf
""",
    "html": {"style": "simple", "title": "Verlegung", "font": "'Times New Roman', serif"},
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "hafenfaehren_ortswechsel", "lang": "de", "key": "resched_hfh",
    "company": "Hafenfähren Hamburg", "contact": "",
    "sender": ("Hafenfähren Hamburg - Karriere", "hfh-karriere@successfactors.eu"),
    "name_charset": "iso-8859-1",
    "subject": "Terminänderung: Ihr Vorstellungsgespräch am 23.06.2026",
    "date": "2026-06-19 13:13", "irt": "inv_hfh", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "base64",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

bitte beachten Sie eine Änderung zu Ihrem Vorstellungsgespräch als Personalsachbearbeiter Fahrdienst (m/w/d):

Neue Uhrzeit: Dienstag, 23. Juni 2026, 13:30 Uhr (statt 11:00 Uhr)
Neuer Ort: Betriebshof Finkenwerder, Finkenwerder Landscheideweg 180, 21129 Hamburg - Schulungsraum im Erdgeschoss

Grund ist eine Umbaumaßnahme in unserem Verwaltungsgebäude am Fischmarkt. Mit der Fähre 62 ab Landungsbrücken erreichen Sie den Betriebshof bequem.

Mit freundlichen Grüßen
Ihr Personalmanagement
Hafenfähren Hamburg
""",
    "html": {"style": "ats", "lang": "de", "color": "#e2001a", "title": "Hafenfähren Hamburg",
              "logo": "https://career5.successfactors.eu/career/images/hfh_logo_rgb.png", "logo_alt": "HFH Hafenfähren Hamburg",
              "tracker": "https://career5.successfactors.eu/sfemail/track?l=",
              "pixel": "https://career5.successfactors.eu/sfemail/open?id=hfh-55172-u1",
              "footer": """\
HFH Hafenfähren Hamburg GmbH · St. Pauli Fischmarkt 28 · 20359 Hamburg · AG Hamburg HRB 1410
Diese E-Mail wurde automatisch versandt - bitte antworten Sie nicht auf diese Nachricht."""},
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "nordhavn_ics_sequence_update", "lang": "en",
    "company": "Nordhavn Shipping", "contact": "mette.lindqvist@nordhavn-shipping.example.dk",
    "sender": ("Mette Lindqvist", "mette.lindqvist@nordhavn-shipping.example.dk"),
    "subject": "Updated: Interview: Talent Acquisition Partner - Nordhavn Shipping",
    "date": "2026-04-16 09:26", "tz": "Europe/Copenhagen", "irt": "inv_nordhavn", "mua": "outlook", "structure": "alt",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Dear Nikolai,

I'm afraid Jesper has been called to a board meeting in Aarhus on Tuesday, so we need to move your interview by one day. The new time is Wednesday 22 April, 13:00-14:00 CEST, same place (or Teams).

The updated invitation is attached - it replaces the earlier one, so there is nothing else you need to do except accept it. Apologies for the change.

Best regards,
Mette

Mette Lindqvist
Senior HR Partner, Talent Acquisition
Nordhavn Shipping A/S
""",
    "html": {"style": "outlook", "lang": "EN-GB"},
    "calendar": {"method": "REQUEST", "uid": NORDHAVN_UID, "sequence": 1,
                  "start": "20260422T110000Z", "end": "20260422T120000Z",
                  "summary": "Interview Nikolai Brandt-Oyelaran - Talent Acquisition Partner",
                  "location": "Nordhavn Shipping\\, Sundkaj 9\\, meeting room Kronborg / Microsoft Teams",
                  "organizer": ("Mette Lindqvist", "mette.lindqvist@nordhavn-shipping.example.dk")},
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "amstel_ics_cancel_interviewer_ill", "lang": "en",
    "company": "Amstel Cargo Group", "contact": "ruben.dekker@amstelcargo.example.nl",
    "sender": ("Ruben Dekker", "ruben.dekker@amstelcargo.example.nl"),
    "subject": "Canceled: Interview: Nikolai Brandt-Oyelaran for Recruitment Specialist",
    "date": "2026-03-23 08:41", "tz": "Europe/Amsterdam", "irt": "inv_amstel", "mua": "gmail", "structure": "mixed",
    "charset": "utf-8", "cte": "7bit",
    "text": """\
Hi Nikolai,

Unfortunately Saskia is off sick this week, so I've had to cancel Thursday's interview - you'll see the calendar cancellation attached. This is only about the date: we're still very keen to meet you.

I'll send you two or three new slots for the week of 6 April as soon as I have her calendar back. Sorry for the hassle!

Ruben

--
Ruben Dekker
Talent Lead | Amstel Cargo Group
Pudongweg 37, 1437 EM Rozenburg (Schiphol) | +31 20 301 77 20
""",
    "html": {"style": "gmail"},
    "calendar": {"method": "CANCEL", "uid": AMSTEL_UID, "sequence": 1, "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
                  "start": "20260326T130000Z", "end": "20260326T134500Z",
                  "summary": "Canceled: Interview: Nikolai Brandt-Oyelaran for Recruitment Specialist",
                  "location": "https://meet.google.example.com/qxa-hmzt-pfe",
                  "organizer": ("Ruben Dekker", "ruben.dekker@amstelcargo.example.nl")},
    "attachments": [{"type": "ics", "filename": "invite.ics"}],
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "lever_peoplewise_rescheduled", "lang": "en",
    "company": "Peoplewise", "contact": "sam.okafor@peoplewise.example.co.uk",
    "sender": ("Peoplewise", "no-reply@hire.lever.co"),
    "reply_to": ("Sam Okafor", "sam.okafor@peoplewise.example.co.uk"),
    "subject": "Your interview with Peoplewise has been rescheduled",
    "date": "2026-08-06 17:05", "tz": "Europe/London", "irt": "inv_peoplewise", "mua": "ats", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

Your interview for Talent Partner (EMEA) has been rescheduled.

Previous time: Monday, 10 August 2026, 11:00 BST
New time: Tuesday, 11 August 2026, 15:30 BST
Interviewer: Sam Okafor
Location: Google Meet - https://meet.google.example.com/pwz-ukex-rrt

Note from Sam: "Sorry to shuffle this around, I've got a clash with our quarterly planning day. Tuesday afternoon works great on my side!"

Questions? Reply to this email to reach Sam directly.

Peoplewise
2 Leonard Circus, London EC2A 4DQ
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "seafarers_friday_instead", "lang": "en",
    "company": "Seafarers' Welfare Trust", "contact": "gwen.pryce@seafarerswelfare.example.org",
    "sender": ("Gwen Pryce", "gwen.pryce@seafarerswelfare.example.org"),
    "subject": "Re: Volunteer & HR Coordinator - chat next week?",
    "date": "2026-09-03 07:58", "tz": "Europe/London", "irt": "<2b7c19d5-swt-yes@example.dk>",
    "refs": ["inv_seafarers", "<2b7c19d5-swt-yes@example.dk>"], "mua": "iphone", "charset": "us-ascii", "cte": "7bit",
    "text": """\
Morning Nikolai - so sorry, our chair can't make Tuesday after all. Could we do Friday 11th, same time (11am), same place? G

Sent from my iPhone

> On 2 Sep 2026, at 09:31, Nikolai Brandt-Oyelaran <nikolai.bo@example.dk> wrote:
>
> Hi Gwen, Tuesday 8th at 11 is perfect, see you in Tilbury! Nikolai
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "upl_aplazamiento_comision", "lang": "es",
    "company": "Universidad Politécnica de Levante", "contact": "rrhh@upl.example.es",
    "sender": ("Servicio de Recursos Humanos - UPL", "rrhh@upl.example.es"),
    "subject": "Aplazamiento de la entrevista - Plaza PTGAS 2026/19",
    "date": "2026-07-06 13:20", "tz": "Europe/Madrid", "irt": "inv_upl", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "subject_charset": "iso-8859-1",
    "text": """\
Estimado/a Sr./Sra. Brandt-Oyelaran:

Le informamos de que, por coincidencia con la sesión extraordinaria del Consejo de Gobierno, la entrevista prevista para el jueves 9 de julio a las 11:30 h queda aplazada.

La nueva fecha será el martes 14 de julio de 2026 a las 10:00 h, en el mismo lugar (Edificio del Rectorado, Sala de Juntas 2).

Le rogamos que confirme su asistencia respondiendo a este correo. Disculpe las molestias.

Atentamente,

Servicio de Recursos Humanos
Universidad Politécnica de Levante
""",
    "html": {"style": "simple", "title": "Aplazamiento", "font": "Georgia, serif"},
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "puentes_cambio_presencial", "lang": "es", "key": "resched_puentes",
    "company": "Fundación Puentes", "contact": "ines.marti@fundacionpuentes.example.org",
    "sender": ("Inés Martí", "ines.marti@fundacionpuentes.example.org"),
    "name_charset": "iso-8859-1",
    "subject": "RE: Entrevista - Técnico/a de Personas y Voluntariado",
    "subject_charset": "iso-8859-1",
    "date": "2026-08-13 10:05", "tz": "Europe/Madrid", "irt": "<6c4a0e31-puentes-ok@example.dk>",
    "refs": ["inv_puentes", "<6c4a0e31-puentes-ok@example.dk>"], "mua": "outlook", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """\
Hola de nuevo, Nikolai:

Un pequeño cambio: como esa semana vas a estar en Barcelona igualmente, ¿te parece si hacemos la entrevista presencial en la fundación en lugar de por Zoom? Sería el mismo martes 18, pero a las 12:30 h en vez de a las 12:00, para que pueda estar también nuestro director.

Dirección: c/ de la Cera 51, 08001 Barcelona (timbre "Fundació").

Un saludo,
Inés

De: Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Enviado: martes, 11 de agosto de 2026 19:02
Para: Inés Martí <ines.marti@fundacionpuentes.example.org>
Asunto: Re: Entrevista - Técnico/a de Personas y Voluntariado

Hola Inés, el martes 18 a las 12:00 me va perfecto. Por cierto, esa semana estaré en Barcelona. ¡Gracias!
""",
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "remorquage_report_vous", "lang": "fr", "key": "resched_cbr",
    "company": "Compagnie Belge de Remorquage", "contact": "h.dubois@cbr-remorquage.example.be",
    "sender": ("Hélène Dubois", "h.dubois@cbr-remorquage.example.be"),
    "subject": "Report de notre entretien du 10 septembre",
    "date": "2026-09-07 16:44", "tz": "Europe/Brussels", "irt": "inv_cbr", "mua": "outlook", "structure": "alt",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Bonjour Monsieur Brandt-Oyelaran,

Je me permets de revenir vers vous concernant notre entretien prévu ce jeudi 10 septembre à 10h00. Le capitaine Maes doit assister à une intervention de sauvetage au large de Flessingue et ne sera pas disponible.

Nous vous proposons de reporter l'entretien au lundi 14 septembre à 14h00, au même endroit (Kaai 526). Si cette date ne vous convient pas, je vous propose également le mardi 15 à 9h30.

Avec toutes nos excuses pour ce contretemps,

Hélène Dubois
Directrice des Ressources Humaines
Compagnie Belge de Remorquage SA
Kaai 526 – 2030 Antwerpen – +32 3 541 22 06
""",
    "html": {"style": "outlook", "lang": "FR-BE"},
})

add({
    "kind": "interview_reschedule_or_cancel", "scenario": "lacroix_decaler_tu", "lang": "fr", "key": "resched_lacroix",
    "company": "Lacroix Terminaux", "contact": "camille.verhaegen@talentsetports.example.be",
    "sender": ("Camille Verhaegen", "camille.verhaegen@talentsetports.example.be"),
    "subject": "Lacroix : on décale au mercredi",
    "date": "2026-08-20 13:37", "tz": "Europe/Brussels", "irt": "inv_lacroix", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Re-salut Nikolai,

Petit changement de programme : le chef d'exploitation de Lacroix Terminaux est bloqué par un audit le 25. Le client doit décaler l'entretien au mercredi 26 août, toujours à 9h30, même site à Zwijndrecht.

Ça te va toujours ? Dis-moi vite, je confirme de mon côté.

Camille
""",
})

# =========================================================================== missed-interview notices

add({
    "kind": "missed_interview_notice", "scenario": "elbe_cruises_nicht_eingewaehlt", "lang": "de",
    "company": "Elbe Cruises", "contact": "svenja.ahrens@elbe-cruises.example.de",
    "sender": ("Ahrens, Svenja", "svenja.ahrens@elbe-cruises.example.de"),
    "subject": "Unser Termin heute um 10:00 Uhr",
    "date": "2026-05-19 10:38", "irt": "resched_elbecruises", "refs": ["inv_elbecruises", "resched_elbecruises"],
    "mua": "outlook", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Herr Brandt-Oyelaran,

Kapitän Feddersen und ich waren heute ab 10:00 Uhr im Teams-Meeting, Sie haben sich aber leider nicht eingewählt. Wir haben bis 10:20 Uhr gewartet und Sie auch unter Ihrer Mobilnummer nicht erreicht.

Ich hoffe, es ist nichts passiert. Falls es ein technisches Problem oder ein Missverständnis mit der Umstellung auf Teams gab, melden Sie sich bitte bis Ende der Woche bei mir – dann schauen wir, ob wir noch einen Ersatztermin finden.

Viele Grüße
Svenja Ahrens
HR Business Partner
Elbe Cruises
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "tempowerk_anrufversuche", "lang": "de",
    "company": "tempowerk Personalservice", "contact": "kevin.roloff@tempowerk.example.de",
    "sender": ("Kevin Roloff", "kevin.roloff@tempowerk.example.de"),
    "subject": "Wo warst du?? Termin heute 11 Uhr",
    "date": "2026-02-02 11:46", "irt": "inv_tempowerk", "mua": "android", "charset": "utf-8", "cte": "8bit",
    "text": """\
Hallo Nikolai,

wir hatten heute um 11 Uhr dein Vorstellungsgespräch bei uns im Büro – leider bist du nicht gekommen! Ich hab dreimal versucht dich anzurufen, aber nur die Mailbox erreicht.

Ist alles ok bei dir? Wenn du noch Interesse an der Stelle in Billbrook hast, ruf mich bitte heute noch an, der Kunde will bis Mittwoch Kandidaten sehen!!

LG Kevin
tempowerk Personalservice – 0151 2290 4471
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "nordlicht_probearbeitstag_nicht_erschienen", "lang": "de",
    "company": "Nordlicht Fulfilment", "contact": "t.hansen@nordlicht-fulfilment.example.de",
    "sender": ("Tanja Hansen", "t.hansen@nordlicht-fulfilment.example.de"),
    "subject": "Ihr Probearbeitstag am 23.01.",
    "date": "2026-01-23 13:02", "charset": "iso-8859-1", "cte": "8bit", "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

für heute, 8:00 Uhr, war Ihr Probearbeitstag im HR-Team unseres Standorts in Allermöhe vereinbart. Sie sind leider nicht erschienen und haben sich auch nicht abgemeldet.

Sollte etwas Unvorhergesehenes passiert sein, bitten wir Sie, sich bis Montag, 26.01., bei uns zu melden. Ohne Rückmeldung gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle als Personalassistenz haben.

Mit freundlichen Grüßen

Tanja Hansen
Teamleitung Personal
Nordlicht Fulfilment GmbH · Rungedamm 36 · 21035 Hamburg
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "hafenfaehren_nicht_erschienen", "lang": "de",
    "company": "Hafenfähren Hamburg", "contact": "",
    "sender": ("Hafenfähren Hamburg - Karriere", "hfh-karriere@successfactors.eu"),
    "name_charset": "iso-8859-1",
    "subject": "Ihr Vorstellungstermin am 23.06.2026",
    "date": "2026-06-24 08:10", "irt": "resched_hfh", "refs": ["inv_hfh", "resched_hfh"], "mua": "ats", "structure": "html",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

leider sind Sie zu Ihrem Vorstellungstermin am 23. Juni 2026 um 13:30 Uhr auf dem Betriebshof Finkenwerder nicht erschienen.

Wenn Sie weiterhin an der Position Personalsachbearbeiter Fahrdienst (m/w/d) interessiert sind, bitten wir Sie, über Ihr Kandidatenprofil bis zum 30. Juni einen neuen Termin anzufragen: [Zum Kandidatenprofil](https://career5.successfactors.eu/career?company=hfh&career_ns=candidate_profile)

Erhalten wir bis dahin keine Rückmeldung, betrachten wir Ihre Bewerbung als zurückgezogen.

Mit freundlichen Grüßen
Ihr Personalmanagement
Hafenfähren Hamburg
""",
    "html": {"style": "ats", "lang": "de", "color": "#e2001a", "title": "Hafenfähren Hamburg",
              "logo": "https://career5.successfactors.eu/career/images/hfh_logo_rgb.png", "logo_alt": "HFH Hafenfähren Hamburg",
              "tracker": "https://career5.successfactors.eu/sfemail/track?l=",
              "pixel": "https://career5.successfactors.eu/sfemail/open?id=hfh-55172-ns",
              "footer": """\
HFH Hafenfähren Hamburg GmbH · St. Pauli Fischmarkt 28 · 20359 Hamburg · AG Hamburg HRB 1410
Diese E-Mail wurde automatisch versandt - bitte antworten Sie nicht auf diese Nachricht."""},
})

add({
    "kind": "missed_interview_notice", "scenario": "alster_personal_nicht_im_buero", "lang": "de",
    "company": "Alster Personal & Partner", "contact": "s.brueggemann@alster-personal.example.de",
    "sender": ("Sina Brüggemann", "s.brueggemann@alster-personal.example.de"),
    "subject": "?",
    "date": "2026-07-09 15:41", "irt": "inv_alster", "mua": "iphone", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai, wir sitzen hier seit 15 Uhr und warten auf dich – kommst du noch? Ans Handy gehst du auch nicht. Melde dich bitte kurz!
Sina

Von meinem iPhone gesendet
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "tulip_zuiderzee_no_show_call", "lang": "en",
    "company": "Zuiderzee Logistics", "contact": "lotte@tuliptalent.example.nl",
    "sender": ("Lotte Brouwer | Tulip Talent", "lotte@tuliptalent.example.nl"),
    "subject": "What happened today? Zuiderzee call",
    "date": "2026-07-21 14:36", "tz": "Europe/Amsterdam", "irt": "inv_zuiderzee", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

Femke from Zuiderzee Logistics just called me - you didn't join the Teams call at 14:00 and she waited for 15 minutes before dropping off. I also tried calling you twice.

I really hope everything is OK! Please get back to me today if you can. If there was a problem with the link, I'll do my best to get you a second chance, but I can't promise anything - they were quite disappointed.

Lotte
Tulip Talent B.V. | +31 20 893 4410
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "eastwick_did_not_attend", "lang": "en",
    "company": "London Borough of Eastwick", "contact": "recruitment@eastwick-council.example.co.uk",
    "sender": ("Eastwick Council Recruitment", "recruitment@eastwick-council.example.co.uk"),
    "subject": "HR Officer (Resourcing), ref EW/HR/2291 - non-attendance",
    "date": "2026-09-18 11:15", "tz": "Europe/London", "irt": "inv_eastwick", "charset": "us-ascii", "cte": "7bit",
    "text": """\
Dear Nikolai Brandt-Oyelaran

Our records show that you did not attend your interview and assessment for the post of HR Officer (Resourcing) scheduled for Wednesday 16 September 2026 at 10:00 at Eastwick Town Hall.

If there were exceptional circumstances that prevented you from attending or contacting us, please reply to this email within five working days explaining them. The recruiting manager will then decide whether an alternative date can be offered. If we do not hear from you, your application will be withdrawn from this process.

Yours sincerely

Resourcing Team
London Borough of Eastwick
Town Hall, 1 Civic Square, London E17 9XX
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "gente_talento_te_esperamos", "lang": "es",
    "company": "Gente y Talento Consultores", "contact": "laia.soler@genteytalento.example.es",
    "sender": ("Laia Soler", "laia.soler@genteytalento.example.es"),
    "subject": "Hoy a las 10:00",
    "date": "2026-06-16 10:52", "tz": "Europe/Madrid", "irt": "inv_gentetalento", "mua": "gmail", "charset": "utf-8", "cte": "base64",
    "text": """\
Hola Nikolai,

Te estuvimos esperando a las 10:00 en la oficina de Passeig de Gràcia para la entrevista, pero no has venido. También te he llamado al móvil un par de veces sin respuesta.

¿Ha pasado algo? Si sigues interesado en el proceso, escríbeme hoy o mañana y vemos si podemos reprogramarla, porque el cliente quiere cerrar la terna la semana que viene.

Un saludo,
Laia
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "grao_llamada_sin_exito", "lang": "es",
    "company": "Terminal Marítima del Grao", "contact": "jgarcia@tmgrao.example.es",
    "sender": ("José Luis García Peiró", "jgarcia@tmgrao.example.es"),
    "subject": "Entrevista telefónica de esta mañana",
    "date": "2026-05-27 12:31", "tz": "Europe/Madrid", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Buenos días, Sr. Brandt-Oyelaran:

Tal y como habíamos acordado, esta mañana a las 11:00 h intentamos llamarle por teléfono para realizar la entrevista para el puesto de Técnico de Selección, pero no fue posible contactar con usted (tres intentos, el teléfono aparecía apagado).

Le ruego que nos indique si sigue interesado en el proceso y, en ese caso, su disponibilidad para los próximos días.

Atentamente,

José Luis García Peiró
Jefe de Recursos Humanos
Terminal Marítima del Grao, S.A.
Muelle Sur, s/n – 46024 Valencia – Tel. 961 87 40 02
""",
})

add({
    "kind": "missed_interview_notice", "scenario": "lacroix_attendu_ce_matin", "lang": "fr",
    "company": "Lacroix Terminaux", "contact": "camille.verhaegen@talentsetports.example.be",
    "sender": ("Camille Verhaegen", "camille.verhaegen@talentsetports.example.be"),
    "subject": "Lacroix ce matin ??",
    "date": "2026-08-26 10:41", "tz": "Europe/Brussels", "irt": "resched_lacroix", "refs": ["inv_lacroix", "resched_lacroix"],
    "mua": "outlook", "charset": "windows-1252", "cte": "8bit",
    "text": """\
Nikolai,

Mme Lacroix m'appelle à l'instant : ils t'ont attendu ce matin à 9h30 à Zwijndrecht et tu ne t'es pas présenté. J'ai essayé de te joindre deux fois sur ton portable.

J'espère qu'il ne t'est rien arrivé. Rappelle-moi dès que tu peux, j'essaie de sauver la situation avec le client mais il faut qu'on en parle aujourd'hui.

Camille
Talents & Ports – +32 3 200 41 18
""",
})
