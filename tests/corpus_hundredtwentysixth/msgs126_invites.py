"""Interview invitations, reschedules/cancellations and missed-interview notices (126th corpus).

Each message written by hand. Three carry text/calendar parts that belong together (Limmat
Warenhaus: REQUEST, SEQUENCE update, CANCEL with the same UID); one Google-style invite adds an
invite.ics attachment.
"""

from __future__ import annotations

from msgs126_common import ats, gmail, outlook

SPECS: list[dict] = []

LIMMAT_UID = "040000008200E00074C5B7101A82E00800000000F0B1D6A2C7A9DC01000000000000000010000000A41C9E0F"
LIMMAT_INVITE_MID = "<ZR0P278MB11740A6F2E9C@ZR0P278MB1174.CHEP278.PROD.OUTLOOK.COM>"
LIMMAT_UPDATE_MID = "<ZR0P278MB1174B77D0C31@ZR0P278MB1174.CHEP278.PROD.OUTLOOK.COM>"
KO_INVITE_MID = "<20260309.ko.8f2a11c0@successfactors.eu>"

# ----------------------------------------------------------------------------------------------
# interview_invitation
# ----------------------------------------------------------------------------------------------

# 1 -- Bolzano department store, German with Italian flavour, Latin-1
SPECS.append(dict(
    kind="interview_invitation", scenario="bozen_kaufhaus_italian_flavour", lang="de",
    company="Kaufhaus Pichler", contact="personale@kaufhaus-pichler.example.it",
    **{"from": ("Kaufhaus Pichler - Personalbüro", "personale@kaufhaus-pichler.example.it")},
    subject="Einladung Vorstellungsgespräch / colloquio - Abteilungsleitung Damen",
    date="2026-03-30 11:25 +0200", charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Gentile Signora Hofbauer,
sehr geehrte Frau Hofbauer,

wir bedanken uns für Ihre Bewerbung als Abteilungsleiterin Damenmode und freuen uns, Sie zu einem persönlichen Gespräch in Bozen einzuladen.

Termin: Dienstag, 14. April 2026, ore 10:00
Ort: Kaufhaus Pichler, Lauben 31, 3. Stock (Personalbüro), 39100 Bozen
Gesprächspartner: Herr Thomas Pichler (Geschäftsführung) und Frau Giulia Mair (Einkauf Damen)

Da ein Teil unserer Kundschaft italienischsprachig ist, werden wir einen kurzen Abschnitt des Gesprächs auf Italienisch führen, aber keine Sorge, es geht um Alltagssituationen im Verkauf.

Bitte bestätigen Sie den Termin mit einer kurzen Antwort an diese Adresse. Parkmöglichkeit in der Tiefgarage Waltherplatz (Parkschein wird erstattet).

Cordiali saluti / Mit freundlichen Grüßen

Verena Gasser
Personalbüro / Ufficio personale
Kaufhaus Pichler KG / s.a.s.
Lauben 31 Portici · 39100 Bozen/Bolzano · Tel. 0471 97 33 10""",
))

# 2 -- Zurich department store: Outlook Teams invite, text/plain + text/html + text/calendar REQUEST
_t = """Grüezi Frau Hofbauer

Wie telefonisch angekündigt, lade ich Sie herzlich zu einem ersten Videogespräch für die Stelle Abteilungsleiterin Beauty & Accessoires ein.

Datum: Dienstag, 10. März 2026
Zeit: 10:00 - 10:45 Uhr
Teilnehmende: Corinne Keller (HR Business Partner), Luca Brunner (Geschäftsleitung Haus Bahnhofstrasse)

Den Teams-Link finden Sie in dieser Einladung. Bitte nehmen Sie die Einladung an oder schlagen Sie eine andere Zeit vor, falls es nicht passt.

Freundliche Grüsse
Corinne Keller
HR Business Partner
Limmat Warenhaus AG | Bahnhofstrasse 88 | 8001 Zürich
T +41 44 555 71 20

________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät teil
Hier klicken, um an der Besprechung teilzunehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTRlYjA5limmat%40thread.v2/0
Besprechungs-ID: 364 118 902 77
________________________________________________________________________________"""
SPECS.append(dict(
    kind="interview_invitation", scenario="zurich_outlook_teams_calendar_request", lang="de",
    company="Limmat Warenhaus", contact="corinne.keller@limmat-warenhaus.example.ch",
    **{"from": ("Keller Corinne", "corinne.keller@limmat-warenhaus.example.ch")},
    subject="Videogespräch Abteilungsleitung Beauty & Accessoires – Limmat Warenhaus",
    mid=LIMMAT_INVITE_MID, date="2026-03-02 14:08 +0100", structure="alt", cte="qp",
    headers={"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "Thread-Topic": "Videogespräch Abteilungsleitung Beauty & Accessoires"},
    text=_t, html=outlook(_t, lang="DE-CH"),
    calendar=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Keller Corinne:mailto:corinne.keller@limmat-warenhaus.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Greta Hofbauer:mailto:greta.hofbauer@example.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brunner Luca:mailto:luca.brunner@limmat-warenhaus.example.ch
DESCRIPTION;LANGUAGE=de-CH:Erstes Videogespräch Abteilungsleitung Beauty & Accessoires
UID:{LIMMAT_UID}
SUMMARY;LANGUAGE=de-CH:Videogespräch Abteilungsleitung Beauty & Accessoires
DTSTART:20260310T090000Z
DTEND:20260310T094500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T130800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR""",
))

# 3 -- drugstore chain via Personio, self-scheduling link, HR person in Reply-To
_t = """Liebe Frau Hofbauer,

danke für Ihre Bewerbung als Filialleitung für unsere neue Filiale in der PlusCity Pasching – wir würden Sie gerne kennenlernen!

Für ein erstes Kennenlerngespräch (ca. 30 Minuten, telefonisch) wählen Sie bitte selbst einen passenden Termin in unserem Kalender aus:
https://sonnleitner.jobs.personio.de/interview-scheduling/7f3c2a91

Im zweiten Schritt würden wir Sie dann in die Filiale einladen, damit Sie das Team und das Sortiment vor Ort sehen.

Falls keiner der Termine passt, antworten Sie einfach auf diese E-Mail.

Herzliche Grüße
Katharina Eder
Recruiting & Employer Branding
Sonnleitner Drogeriemärkte GmbH"""
SPECS.append(dict(
    kind="interview_invitation", scenario="personio_self_schedule", lang="de",
    company="Sonnleitner Drogeriemärkte", contact="katharina.eder@sonnleitner.example.at",
    **{"from": ("Sonnleitner Drogeriemärkte", "noreply@sonnleitner.jobs.personio.de")},
    reply_to=("Katharina Eder", "katharina.eder@sonnleitner.example.at"),
    subject="Kennenlerngespräch – Filialleitung PlusCity", date="2026-05-11 09:14 +0200",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Sonnleitner – Ihre Drogerie", logo="https://sonnleitner.jobs.personio.de/assets/logo-sonnleitner.png",
             accent="#e2001a", font="Arial,sans-serif", button=("Termin auswählen", "https://sonnleitner.jobs.personio.de/interview-scheduling/7f3c2a91"),
             footer="Sonnleitner Drogeriemärkte GmbH · Industriezeile 38 · 4020 Linz · FN 214537 k\n\nPowered by Personio"),
))

# 4 -- family department store: trial day, directions attached as PDF
SPECS.append(dict(
    kind="interview_invitation", scenario="trial_day_directions_pdf", lang="de",
    company="Modehaus Steinbichler", contact="b.hummer@steinbichler-mode.example.at",
    **{"from": ("Brigitte Hummer", "b.hummer@steinbichler-mode.example.at")},
    subject="Schnuppertag Filialleitung Traun – Einladung", date="2026-06-01 15:32 +0200",
    cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

nach unserem Telefonat freue ich mich, Sie zu einem Schnuppertag in unsere Filiale Traun einzuladen. So können Sie den Ablauf kennenlernen und wir sehen, wie Sie mit Kundschaft und Team umgehen.

Wann: Mittwoch, 10. Juni 2026, 9:00 bis ca. 15:00 Uhr
Wo: Modehaus Steinbichler Traun, Kremstalstraße 11 (Eingang Parkplatz, bitte beim Personaleingang läuten)
Wer: Frau Renate Aichinger, Filialleitung, und ich

Im Anhang finden Sie einen Anfahrtsplan. Bequeme Schuhe sind empfehlenswert, Mittagessen übernehmen wir.

Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt.

Freundliche Grüße
Brigitte Hummer
Personalabteilung
Modehaus Steinbichler · Linz · seit 1921
Tel. 0732 77 15 40-12""",
    attachments=[{"filename": "Anfahrt_Filiale_Traun.pdf", "pdf": [
        "Modehaus Steinbichler - Filiale Traun",
        "Kremstalstrasse 11, 4050 Traun",
        "",
        "Mit dem Auto: A1 Abfahrt Traun, dann B139 Richtung Zentrum.",
        "Parkplatz hinter dem Haus, Personaleingang links.",
        "Oeffentlich: Linie 11 bis Haltestelle Traun Schloss, 3 Minuten zu Fuss."]}],
))

# 5 -- Personalberater, own first interview, client not named
SPECS.append(dict(
    kind="interview_invitation", scenario="berater_first_meeting_unnamed", lang="de",
    company="Wallner & Partner Personalberatung", contact="m.wallner@wallner-partner.example.at",
    **{"from": ("Martina Wallner", "m.wallner@wallner-partner.example.at")},
    subject="Ihre Bewerbung – Gesprächstermin", date="2026-01-14 10:05 +0100",
    charset="windows-1252", cte="8bit",
    text="""Sehr geehrte Frau Hofbauer,

vielen Dank für Ihre Bewerbung auf unser Inserat „Storemanager/in Fashion (Oberösterreich/Steiermark)“.

Ihr Werdegang vom Friseurhandwerk in den Handel hat mich neugierig gemacht. Bevor ich Ihr Profil unserem Auftraggeber vorstelle, möchte ich Sie gerne persönlich kennenlernen. Wie Sie sicher verstehen, kann ich den Namen des Unternehmens erst in diesem Gespräch nennen.

Ich schlage Donnerstag, 22. Jänner, 16:30 Uhr in unserem Büro an der Landstraße 49 (3. Stock, Lift vorhanden) vor. Alternativ ginge auch Freitag Vormittag. Das Gespräch dauert etwa eine Stunde.

Ich freue mich auf Ihre Rückmeldung.

Herzliche Grüße
Martina Wallner
Geschäftsführerin

Wallner & Partner Personalberatung GmbH
Landstraße 49 | 4020 Linz
T +43 732 770 418 | M +43 664 310 27 19
Firmenbuch FN 377102 w, LG Linz""",
))

# 6 -- Graz department store via SuccessFactors: second interview, multipart/alternative
_t = """Sehr geehrte Frau Hofbauer,

herzlichen Dank für das erste Gespräch mit unserer Personalabteilung. Wir freuen uns, Sie zur zweiten Runde für die Position Storemanagerin (w/m/d) Kessler & Obermayr Sporgasse einzuladen.

Termin: Freitag, 20. März 2026, 13:30 Uhr
Ort: Kessler & Obermayr, Sporgasse 2, 8010 Graz – Empfang Verwaltung, 5. Stock
Dauer: ca. 90 Minuten inkl. Rundgang durch das Haus

Sie sprechen mit Herrn Dr. Georg Obermayr (Geschäftsführung) und Frau Anita Pucher (Leitung Visual Merchandising). Bitte bringen Sie gerne zwei bis drei Beispiele Ihrer Schaufenster- oder Salongestaltung mit (Fotos genügen).

Bitte bestätigen Sie den Termin über den untenstehenden Link.

Mit freundlichen Grüßen
Anita Pucher im Namen des Recruiting-Teams
Kessler & Obermayr"""
SPECS.append(dict(
    kind="interview_invitation", scenario="graz_second_round_successfactors", lang="de",
    company="Kessler & Obermayr", contact="",
    **{"from": ("Kessler & Obermayr Recruiting", "ko-recruiting@successfactors.eu")},
    subject="Einladung zum Zweitgespräch – Storemanagerin Sporgasse", mid=KO_INVITE_MID,
    date="2026-03-09 08:41 +0100", structure="alt", cte="qp",
    text=_t + "\n\nTermin bestätigen: https://career5.successfactors.eu/career?company=kessler&interview=88213",
    html=ats(_t, logo_alt="KESSLER & OBERMAYR · GRAZ SEIT 1873", logo="https://career5.successfactors.eu/public/ui-resource/kessler/ko_logo.png",
             accent="#003b5c", button=("Termin bestätigen", "https://career5.successfactors.eu/career?company=kessler&interview=88213"),
             footer="Kessler & Obermayr GmbH · Sporgasse 2 · 8010 Graz · FN 48713 s · LG für ZRS Graz\n\nDiese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht bearbeitet."),
))

# 7 -- Munich salon owner, casual coffee invitation from her phone
SPECS.append(dict(
    kind="interview_invitation", scenario="salon_owner_coffee_du", lang="de",
    company="Haarmonie Friseure", contact="vroni@haarmonie.example.de",
    **{"from": ("Vroni Huber", "vroni@haarmonie.example.de")},
    subject="Kaffee?", date="2026-07-13 20:33 +0200", cte="8bit",
    text="""Hallo Greta,

hab deine Bewerbung für Schwabing gelesen, find ich mega spannend, dass du vom Salon in den Handel willst und jetzt quasi wieder zurück 😄

Magst du am Freitag so um 11 auf einen Kaffee im Salon vorbeikommen? Hohenzollernstr. 31, einfach nach mir fragen. Dann quatschen wir ganz locker, und du kannst dir das Team anschauen. Wenn Freitag nicht geht, sag einfach, wann du in München bist.

Liebe Grüße
Vroni

Gesendet von meinem Galaxy""",
))

# 8 -- shopping centre, Outlook windows-1252, quoted-printable
SPECS.append(dict(
    kind="interview_invitation", scenario="shopping_centre_invite_plain", lang="de",
    company="Donaupark Center", contact="s.leitner@donaupark-center.example.at",
    **{"from": ("Leitner Sabine", "s.leitner@donaupark-center.example.at")},
    subject="Einladung zum Vorstellungsgespräch – Marketing & Center-Events",
    mid="<AM6PR04MB5781E2C0A1@AM6PR04MB5781.eurprd04.prod.outlook.com>",
    date="2026-02-23 10:02 +0100", charset="windows-1252", cte="qp",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    text="""Sehr geehrte Frau Hofbauer,

vielen Dank für Ihre Bewerbung als Mitarbeiterin Marketing & Center-Events.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 5. März, um 14:00 Uhr in unser Centerbüro ein (2. OG, neben dem Kino, Eingang über die Rolltreppe bei „Café Mozart“). Sie sprechen mit mir und unserem Centermanager Herrn Gruber.

Parken können Sie kostenlos im Parkhaus Nord. Bitte bestätigen Sie kurz den Termin.

Mit freundlichen Grüßen

Sabine Leitner
Centermanagement
Donaupark Center Management GmbH
Industriezeile 76 | 4020 Linz
T: +43 732 908 11-20
www.donaupark-center.example.at""",
))

# 9 -- drugstore via softgarden: phone interview, choose slot, HTML only
_t = """Sehr geehrte Frau Hofbauer,

vielen Dank für Ihre Bewerbung als Bezirksleitung (m/w/d) Region München Süd. Ihr Profil hat uns neugierig gemacht!

Gerne möchten wir Sie im Rahmen eines Telefoninterviews (ca. 30 Minuten) näher kennenlernen. Bitte wählen Sie bis zum 24. April einen der angebotenen Termine aus. Das Gespräch führt Herr Markus Lechner, Vertriebsleitung Süd; er ruft Sie unter der in Ihrer Bewerbung angegebenen Nummer an.

Wir freuen uns auf das Gespräch!

Ihr Kühnle Recruiting-Team"""
SPECS.append(dict(
    kind="interview_invitation", scenario="softgarden_phone_interview_slots", lang="de",
    company="Kühnle Drogeriemarkt", contact="",
    **{"from": ("Kühnle Drogeriemarkt – Bewerbermanagement", "kuehnle@softgarden.io")},
    subject="Einladung zum Telefoninterview", date="2026-04-17 13:10 +0200",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Kühnle Drogeriemarkt", logo="https://kuehnle.softgarden.io/assets/logo_kuehnle.svg",
             accent="#0067b1", button=("Termin wählen", "https://kuehnle.softgarden.io/de/appointments/555813"),
             tracker="https://t.softgarden.io/r", pixel="https://t.softgarden.io/o/555813.gif",
             footer="Kühnle Drogeriemarkt GmbH & Co. KG · Landsberger Straße 301 · 80687 München · Registergericht München HRA 102 557\n\nBitte antworten Sie nicht direkt auf diese E-Mail. Datenschutzhinweise: https://kuehnle.softgarden.io/de/privacy"),
))

# 10 -- Vienna start-up founder, quick video call
SPECS.append(dict(
    kind="interview_invitation", scenario="startup_founder_meet_call", lang="de",
    company="glanzstück", contact="jakob@glanzstueck.example.at",
    **{"from": ("Jakob Reisinger", "jakob@glanzstueck.example.at")},
    subject="Call nächste Woche?", date="2026-03-05 22:16 +0100", cte="qp",
    text="""Hi Greta,

danke für deine Bewerbung als Head of Pop-up Stores! Dein Portfolio mit den Salonfenstern ist genau die Richtung, die wir für die Pop-ups im Sommer suchen.

Hättest du Lust auf einen ersten Video-Call mit mir und Lisa (unsere CEO)? Wir dachten an Dienstag 10.3. um 17 Uhr, ca. 45 Minuten. Link: https://meet.google.com/qpx-hzte-wnd

Falls das nicht geht, schick mir einfach zwei, drei Alternativen.

Bis bald!
Jakob

--
Jakob Reisinger · Co-Founder
glanzstück – Beauty-Boxen aus Wien
glanzstueck.example.at""",
))

# 11 -- Munich e-commerce via Greenhouse: case-study interview, multipart/alternative
_t = """Hallo Greta,

vielen Dank für deine Bewerbung bei Lookbook! Wir würden dich gerne zu einem Case-Interview für die Rolle Visual Merchandising Lead (Showroom & Content) einladen.

Wann: Donnerstag, 4. Juni 2026, 14:00–15:30 Uhr
Wo: Lookbook Office, Tumblingerstraße 23, 80337 München (3. Stock, Klingel „Lookbook“)
Mit: Fiona Brandl (Head of Brand) und Deniz Aksoy (Lead Photography)

Zur Vorbereitung: Bitte bring eine kurze Präsentation (max. 5 Folien) mit, wie du unseren Showroom für die Herbstkollektion gestalten würdest. Fotos vom aktuellen Showroom findest du unten im Link.

Bestätige den Termin bitte über den Button oder schreib Fiona direkt.

Bis bald!
Das Lookbook People Team"""
SPECS.append(dict(
    kind="interview_invitation", scenario="greenhouse_case_interview_du", lang="de",
    company="Lookbook", contact="fiona.brandl@lookbook.example.de",
    **{"from": ("Lookbook via Greenhouse", "no-reply@greenhouse-mail.io")},
    reply_to=("Fiona Brandl", "fiona.brandl@lookbook.example.de"),
    subject="Einladung: Case-Interview bei Lookbook", date="2026-05-26 10:37 +0200",
    structure="alt", cte="qp",
    text=_t + "\n\nShowroom-Fotos: https://lookbook.example.de/showroom-fotos\nTermin bestätigen: https://app.greenhouse.io/interviews/confirm/5523190",
    html=ats(_t + "\n\nShowroom-Fotos: https://lookbook.example.de/showroom-fotos", logo_alt="LOOKBOOK",
             logo="https://s3.greenhouse-mail.io/logos/lookbook.png", accent="#ff5a36",
             button=("Termin bestätigen", "https://app.greenhouse.io/interviews/confirm/5523190"),
             tracker="https://click.greenhouse-mail.io/ls/click", pixel="https://click.greenhouse-mail.io/wf/open?upn=lb77Q",
             footer="Lookbook Commerce GmbH · Tumblingerstraße 23 · 80337 München · Geschäftsführer: Fiona Brandl, Tim Wessely · HRB 241177"),
))

# 12 -- public university of applied sciences: hearing, formal, Latin-1
SPECS.append(dict(
    kind="interview_invitation", scenario="hochschule_hearing_formal", lang="de",
    company="Hochschule Donau-Traun", contact="personal@hs-donautraun.example.at",
    **{"from": ("Personalabteilung HDT", "personal@hs-donautraun.example.at")},
    subject="GZ 2026/PA-113 - Einladung zum Hearing", date="2026-05-06 09:00 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

die Auswahlkommission hat Ihre Bewerbung zur Ausschreibung GZ 2026/PA-113 (Leitung Campus-Shop) geprüft. Wir laden Sie hiermit zu einem Hearing ein.

Datum: Montag, 18. Mai 2026
Beginn: 11:15 Uhr (bitte 10 Minuten vorher eintreffen)
Ort: Campus Wels, Stelzhamerstraße 23, Verwaltungsgebäude, Besprechungsraum A 2.07

Ablauf: Kurzpräsentation (10 Minuten) zum Thema "Der Campus-Shop als Visitenkarte der Hochschule", anschließend Fragen der Kommission (ca. 30 Minuten).

Reisekosten können leider nicht ersetzt werden. Um Bestätigung der Teilnahme bis 12. Mai wird gebeten.

Mit freundlichen Grüßen
Mag. Ingrid Wögerbauer
Personalabteilung

Hochschule Donau-Traun
Stelzhamerstraße 23, 4600 Wels""",
))

# 13 -- temp agency, exclamation heavy, client named
SPECS.append(dict(
    kind="interview_invitation", scenario="leasing_caps_client_named", lang="de",
    company="Isar Arcaden", contact="kevin.schmid@jobwerk.example.de",
    **{"from": ("Kevin Schmid | JOBWERK", "kevin.schmid@jobwerk.example.de")},
    subject="SUPER NEWS!!! Isar Arcaden will dich kennenlernen", date="2026-08-04 16:02 +0200",
    cte="qp",
    text="""Hallo Greta!!!

GUTE NACHRICHTEN: Der Kunde, bei dem ich dich vorgestellt habe – die ISAR ARCADEN in Giesing – will dich UNBEDINGT kennenlernen!!

Vorstellungsgespräch:
Montag 10.08. um 9:30 Uhr
Centermanagement Isar Arcaden, Tegernseer Landstr. 75, 81539 München (Eingang Bürotrakt neben Parkhaus P2)
Ansprechpartnerin vor Ort: Frau Schuster

Es geht um die Stelle als Koordinatorin Mieterservice & Deko (Vollzeit, Einsatz über uns mit Übernahmeoption!!).

Bitte gib mir HEUTE NOCH kurz Bescheid, ob das klappt, dann bestätige ich beim Kunden. Und zieh dir was Schickes an, die legen Wert auf Auftreten 😉

Viele Grüße und Daumen hoch!!
Kevin

Kevin Schmid
Personaldisponent
JOBWERK Personaldienste GmbH – Niederlassung München-Ost
St.-Martin-Str. 53 · 81541 München · 089 20 11 88 40""",
))

# 14 -- Zurich pharmacy/drugstore chain, confirms a phone call, quotes the candidate
SPECS.append(dict(
    kind="interview_invitation", scenario="zurich_confirm_after_call_quote", lang="de",
    company="Vitalis Apotheken & Drogerien", contact="reto.wyss@vitalis.example.ch",
    **{"from": ("Reto Wyss", "reto.wyss@vitalis.example.ch")},
    subject="AW: Bewerbung Filialleiterin Drogerie Oerlikon", reply=True,
    date="2026-06-23 17:45 +0200", charset="iso-8859-1", cte="qp",
    text="""Guten Abend Frau Hofbauer

Wie eben am Telefon besprochen, bestätige ich Ihnen gerne das Vorstellungsgespräch:

Montag, 29. Juni 2026, 14.00 Uhr
Vitalis Drogerie Oerlikon, Schaffhauserstrasse 352, 8050 Zürich
Bitte beim Kundendienst nach mir fragen.

Wir planen etwa eine Stunde, anschliessend zeige ich Ihnen die Filiale. Ein Zeugnis Ihrer Meisterprüfung in Kopie wäre hilfreich.

Freundliche Grüsse
Reto Wyss
Regionalleiter Zürich Nord
Vitalis Apotheken & Drogerien AG

-----Ursprüngliche Nachricht-----
Von: Greta Hofbauer <greta.hofbauer@example.at>
Gesendet: Montag, 22. Juni 2026 08:12
An: Reto Wyss <reto.wyss@vitalis.example.ch>
Betreff: Bewerbung Filialleiterin Drogerie Oerlikon

Sehr geehrter Herr Wyss,
anbei meine Bewerbung für die Filialleitung in Oerlikon. Ich bin ab Juli in Zürich und jederzeit telefonisch erreichbar.
Freundliche Grüße, Greta Hofbauer""",
))

# 15 -- London pharmacy chain via Workday, HTML only, no-reply
_t = """Dear Greta,

Congratulations! Following a review of your application for Store Manager – Islington, we would like to invite you to an interview.

Interview type: In person, competency-based
Date: Wednesday 22 April 2026
Time: 11:00 BST
Location: Holloway's Chemists, 214 Upper Street, London N1 1RL – please ask for Daniel Price, Area Manager

Please bring photo ID and proof of your right to work in the UK. If you need any adjustments for your interview, let us know through the candidate home page.

Please confirm your attendance by selecting a response below.

Kind regards,
Holloway's Chemists Recruitment"""
SPECS.append(dict(
    kind="interview_invitation", scenario="london_workday_noreply_invite", lang="en",
    company="Holloway's Chemists", contact="",
    **{"from": ("Holloway's Chemists Careers", "hollowayschemists@myworkday.com")},
    subject="Interview invitation: Store Manager – Islington (JR-30771)", date="2026-04-14 12:20 +0100",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Holloway's Chemists – since 1896", logo="https://hollowayschemists.wd3.myworkday.com/wday/asset/logo.png",
             accent="#006a4e", lang="en", button=("Confirm attendance", "https://hollowayschemists.wd3.myworkday.com/candidate/interviews/JR-30771"),
             pixel="https://hollowayschemists.wd3.myworkday.com/o/p.gif?e=JR-30771",
             footer="Holloway's Chemists Ltd, 1 Bishop's Court, London EC4M 7AN. Registered in England No 00412887.\n\nThis is an automated message; replies to this address are not monitored."),
))

# 16 -- London beauty retailer: Google Calendar invite, ics also attached
_t = """Hi Greta,

Lovely to speak earlier! As promised, here is the invite for your first-round interview for the Store Manager role at our Marylebone shop.

When: Tuesday 7 April 2026, 2:30pm – 3:15pm (BST)
Where: Lumen Apothecary, 41 Marylebone High Street, London W1U 5HG
Who: Hannah Reeve (Area Manager) and me

Nothing to prepare beyond having a think about a product you love and how you'd merchandise it on our central table.

See you then,
Olivia

Olivia Grant
Talent Partner, Lumen Apothecary"""
SPECS.append(dict(
    kind="interview_invitation", scenario="london_google_calendar_ics", lang="en",
    company="Lumen Apothecary", contact="olivia.grant@lumenapothecary.example.co.uk",
    **{"from": ("Olivia Grant", "olivia.grant@lumenapothecary.example.co.uk")},
    subject="Invitation: Lumen Apothecary – First interview (Greta Hofbauer) @ Tue 7 Apr 2026 2:30pm - 3:15pm (BST)",
    mid="<calendar-6b1e0f39-4f26-4c2a-9d2e-lumen0407@google.com>",
    date="2026-03-31 16:48 +0100", structure="alt", cte="qp",
    text=_t, html=gmail(_t), ics_file=True,
    calendar="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260407T133000Z
DTEND:20260407T141500Z
DTSTAMP:20260331T154800Z
ORGANIZER;CN=Olivia Grant:mailto:olivia.grant@lumenapothecary.example.co.uk
UID:5q8r0t2v4x6z8b0d2f4h6j8l0n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=greta.hofbauer@example.at;X-NUM-GUESTS=0:mailto:greta.hofbauer@example.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Reeve;X-NUM-GUESTS=0:mailto:hannah.reeve@lumenapothecary.example.co.uk
CREATED:20260331T154700Z
DESCRIPTION:First-round interview for Store Manager\\, Marylebone.
LAST-MODIFIED:20260331T154800Z
LOCATION:Lumen Apothecary\\, 41 Marylebone High Street\\, London W1U 5HG
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lumen Apothecary – First interview (Greta Hofbauer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
))

# 17 -- agency relays, client named
SPECS.append(dict(
    kind="interview_invitation", scenario="agency_client_named_meet", lang="en",
    company="Harwood & Pryce", contact="tom.ellery@retailsearch.example.co.uk",
    **{"from": ("Tom Ellery", "tom.ellery@retailsearch.example.co.uk")},
    subject="Harwood & Pryce want to meet you!", date="2026-06-10 10:02 +0100",
    cte="qp",
    text="""Morning Greta,

Great news - Harwood & Pryce have reviewed your profile for the Department Manager, Accessories role and would like to meet you.

They've offered two slots for a first interview with their Head of Accessories, Rebecca Lowe:
- Thursday 18 June, 10:00
- Friday 19 June, 15:30

It would be at their Oxford Street store, staff entrance on Duke Street. Can you let me know which works by tomorrow lunchtime? I'll then send through a prep pack with what they're looking for.

Cheers,
Tom

Tom Ellery
Senior Consultant | Retail Search Partners
+44 20 7946 0831 | retailsearch.example.co.uk
Retail Search Partners Ltd is registered in England No. 07822190""",
))

# 18 -- start-up via Ashby: scheduling link
_t = """Hi Greta,

Thanks for applying to Threadly! Our team loved your application for Community Store Manager (Camden) and we'd like to set up a 30-minute video interview with Sam, our Head of Retail.

Please pick a time that suits you using the link below. The interview will take place on Google Meet; the link will be in your calendar invitation once you've booked.

Looking forward to chatting!

The Threadly Team"""
SPECS.append(dict(
    kind="interview_invitation", scenario="ashby_schedule_link", lang="en",
    company="Threadly", contact="",
    **{"from": ("Threadly Hiring", "no-reply@ashbyhq.com")},
    subject="Let's schedule your interview with Threadly", date="2026-02-12 14:55 +0000",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="threadly", logo="https://app.ashbyhq.com/api/images/org-theme-logo/threadly.png",
             accent="#2f855a", lang="en", button=("Pick a time", "https://jobs.ashbyhq.com/threadly/interview/schedule/9a7d1c"),
             tracker="https://links.ashbyhq.com/t",
             footer="Sent via Ashby on behalf of Threadly. Threadly Ltd, Unit 4, 21 Hawley Crescent, London NW1 8NP."),
))

# 19 -- London salon manager from her phone
SPECS.append(dict(
    kind="interview_invitation", scenario="salon_iphone_chat_and_demo", lang="en",
    company="Blow & Co. Salons", contact="jess@blowandco.example.co.uk",
    **{"from": ("Jess Okafor", "jess@blowandco.example.co.uk")},
    subject="Manager role", date="2026-04-13 08:17 +0100", cte="8bit",
    text="""Hi Greta! Got your CV via the website. Could you pop in Thursday 16th around 4 for a chat + a quick styling demo on one of the girls? 27 Exmouth Market. Bring your scissors!

Jess
Blow & Co.

Sent from my iPhone""",
))

# 20 -- Barcelona department store via SuccessFactors, usted, HTML only
_t = """Estimada Sra. Hofbauer:

Nos complace comunicarle que ha sido seleccionada para continuar en el proceso de selección para el puesto de Jefa de Sección Perfumería en nuestro centro de Plaça Catalunya.

Le convocamos a una entrevista personal:

Fecha: martes, 26 de mayo de 2026
Hora: 10:30 h
Lugar: Almacenes Ribera, Plaça de Catalunya 14, 08002 Barcelona. Acceso por la puerta de personal de la calle Fontanella; pregunte por Montserrat Puig en recepción.

Le rogamos que confirme su asistencia a través del enlace o respondiendo a montserrat.puig@almacenesribera.example.es. Traiga, por favor, su documento de identidad.

Atentamente,
Selección y Desarrollo
Almacenes Ribera"""
SPECS.append(dict(
    kind="interview_invitation", scenario="barcelona_successfactors_convocatoria", lang="es",
    company="Almacenes Ribera", contact="",
    **{"from": ("Almacenes Ribera Empleo", "almacenesribera@successfactors.eu")},
    subject="Convocatoria a entrevista – Jefa de Sección Perfumería", date="2026-05-18 13:06 +0200",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Almacenes Ribera", logo="https://career5.successfactors.eu/public/ui-resource/ribera/logo.png",
             accent="#006241", lang="es", button=("Confirmar asistencia", "https://career5.successfactors.eu/career?company=ribera&interview=5521"),
             footer="Almacenes Ribera, S.A. · Plaça de Catalunya 14 · 08002 Barcelona · Inscrita en el Registro Mercantil de Barcelona, tomo 4401, folio 12.\n\nEste mensaje se ha generado automáticamente."),
))

# 21 -- Barcelona fashion shop manager, casual tú, no accents in places
SPECS.append(dict(
    kind="interview_invitation", scenario="barcelona_shop_casual_tu", lang="es",
    company="Colorín Barcelona", contact="nuria@colorinbcn.example.es",
    **{"from": ("Núria Vidal", "nuria@colorinbcn.example.es")},
    subject="Entrevista encargada Born", date="2026-07-02 19:22 +0200", cte="8bit",
    text="""Hola Greta!

Soy Núria, la responsable de tiendas de Colorín. He visto tu CV y me encanta que vengas del mundo de la peluqueria, aqui el trato con la clienta es lo mas importante.

¿Te va bien venir el martes 7 a las 11h a la tienda del Born (Carrer de l'Argenteria 40)? Será una entrevista tranquila, charlamos un rato y te enseño la tienda. Si no puedes, dime otro dia de esa semana.

Un beso y hasta pronto,
Núria

Colorín Barcelona · Responsable de tiendas
Tel. 617 22 84 90""",
))

# 22 -- Barcelona shopping centre, Teams video interview, multipart/alternative, Outlook
_t = """Buenos días, Greta:

Gracias por tu interés en el puesto de Coordinadora de Marketing y Eventos del Centre Comercial Marina Nova.

Nos gustaría conocerte en una entrevista por videollamada el próximo jueves, 16 de abril, a las 12:00 h. Participarán Jordi Casals (gerente del centro) y yo misma. Puedes conectarte desde este enlace de Microsoft Teams:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_MarinaNova0416%40thread.v2/0

La entrevista durará unos 40 minutos. Te agradecería que me confirmaras tu disponibilidad respondiendo a este correo.

Un saludo cordial,

Marta Sáez
Responsable de Personas
Centre Comercial Marina Nova
Av. d'Eduard Maristany 1, 08930 Sant Adrià de Besòs"""
SPECS.append(dict(
    kind="interview_invitation", scenario="marina_nova_teams_outlook_alt", lang="es",
    company="Centre Comercial Marina Nova", contact="marta.saez@marinanova.example.es",
    **{"from": ("Marta Sáez", "marta.saez@marinanova.example.es")},
    subject="Entrevista online – Coordinadora de Marketing y Eventos", date="2026-04-09 09:50 +0200",
    structure="alt", charset="windows-1252", header_charset="windows-1252", cte="qp",
    text=_t, html=outlook(_t, lang="ES"),
))

# 23 -- Barcelona start-up via Workable, interview with CEO, HTML only
_t = """¡Hola Greta!

Gracias por aplicar a Percha. Después de revisar tu perfil, nos encantaría que tuvieras una entrevista con nuestra CEO, Irene Blasco, para el puesto de Retail & Showroom Manager.

La entrevista será por videollamada y durará unos 30 minutos. Elige el hueco que mejor te venga en el calendario:

https://apply.workable.com/percha/j/4F1C9E22A1/schedule

¡Hasta pronto!
Equipo de Personas · Percha"""
SPECS.append(dict(
    kind="interview_invitation", scenario="workable_ceo_interview", lang="es",
    company="Percha", contact="",
    **{"from": ("Percha", "noreply@workablemail.com")},
    subject="Percha: elige un horario para tu entrevista", date="2026-06-03 11:30 +0200",
    structure="html", cte="base64",
    text=_t,
    html=ats(_t, logo_alt="PERCHA – moda de segunda mano", logo="https://workablehr.s3.amazonaws.com/uploads/account/logo/percha.png",
             accent="#e84a5f", lang="es", tracker="https://email.workablemail.com/c",
             pixel="https://email.workablemail.com/o/percha-4F1C9E22A1.gif",
             footer="Percha Second Life S.L. · Carrer de Pallars 193 · 08005 Barcelona\n\nEnviado a través de Workable. Si no quieres recibir más correos sobre este proceso: https://apply.workable.com/percha/unsubscribe"),
))

# 24 -- Swiss department store, French, vous, windows-1252
SPECS.append(dict(
    kind="interview_invitation", scenario="lausanne_convocation_vous", lang="fr",
    company="Maison Delacroix", contact="claire.morand@delacroix.example.ch",
    **{"from": ("Morand Claire", "claire.morand@delacroix.example.ch")},
    subject="Convocation à un entretien – Gérante adjointe Zurich",
    mid="<ZR0P278MB0423A1B2@ZR0P278MB0423.CHEP278.PROD.OUTLOOK.COM>",
    date="2026-05-04 09:15 +0200", charset="windows-1252", header_charset="windows-1252", cte="qp",
    text="""Madame,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien pour le poste de Gérante adjointe de notre magasin de Zurich.

L'entretien aura lieu le mardi 12 mai 2026 à 14h00 dans nos locaux de la Bahnhofstrasse 55, 8001 Zurich, avec Monsieur Patrick Baumann, directeur du magasin, et moi-même. Prévoyez environ une heure ; une partie de l'échange se déroulera en allemand.

Je vous remercie de bien vouloir me confirmer votre présence par retour de mail.

Dans l'attente de vous rencontrer, je vous prie d'agréer, Madame, mes salutations distinguées.

Claire Morand
Chargée de recrutement
Maison Delacroix SA – Avenue de Rumine 5 – 1005 Lausanne
+41 21 555 14 80""",
))

# 25 -- French cosmetics brand via Teamtailor for its Munich store, HTML only
_t = """Bonjour Greta,

Merci pour votre candidature au poste de Responsable boutique – Munich Theatinerstraße. Votre parcours de coiffeuse devenue passionnée de merchandising a beaucoup plu à notre équipe !

Nous aimerions vous proposer un premier entretien en visio avec Sophie Garnier, Responsable Retail Europe, le jeudi 9 juillet à 10h00 (heure de Paris). L'entretien se déroulera en français et en allemand.

Merci de confirmer ce créneau via le lien ci-dessous ou de nous en proposer un autre.

À très vite,
L'équipe Talents – Botanique Vergnes"""
SPECS.append(dict(
    kind="interview_invitation", scenario="teamtailor_visio_munich_store", lang="fr",
    company="Botanique Vergnes", contact="",
    **{"from": ("Botanique Vergnes", "notifications@teamtailor-mail.com")},
    subject="Entretien – Responsable boutique Munich", date="2026-07-01 10:12 +0200",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Botanique Vergnes · Grasse", logo="https://assets.teamtailor-cdn.com/botaniquevergnes/logo.png",
             accent="#4a7c59", lang="fr", button=("Confirmer le créneau", "https://botaniquevergnes.teamtailor.com/meetings/3c9b1f"),
             tracker="https://email.teamtailor-mail.com/c",
             footer="Botanique Vergnes SAS · 12 avenue Thiers · 06130 Grasse\n\nVous recevez cet e-mail car vous avez postulé chez Botanique Vergnes. Gérer mes données : https://botaniquevergnes.teamtailor.com/connect/privacy"),
))

# 26 -- Geneva/Zurich perfumery, small business, tu
SPECS.append(dict(
    kind="interview_invitation", scenario="perfumery_tu_informal", lang="fr",
    company="Parfumerie Bernard & Fils", contact="camille@bernard-fils.example.ch",
    **{"from": ("Camille Bernard", "camille@bernard-fils.example.ch")},
    subject="On se rencontre ?", date="2026-08-18 18:40 +0200", cte="8bit",
    text="""Bonjour Greta,

Merci pour ta candidature pour la boutique de Zurich (Rennweg). On est une petite maison familiale, alors je préfère te rencontrer directement plutôt que de faire des tonnes d'échanges par mail.

Serais-tu disponible pour un entretien le lundi 24 août à 9h30 à la boutique, Rennweg 17 ? Compte environ une heure, avec un petit exercice de conseil client en allemand.

Dis-moi si ça te convient !

Camille Bernard
Parfumerie Bernard & Fils — depuis 1952
Genève · Zurich""",
))

# ----------------------------------------------------------------------------------------------
# interview_reschedule_or_cancel
# ----------------------------------------------------------------------------------------------

# 1 -- Limmat: SEQUENCE update of the Teams invite, new time
_t = """Grüezi Frau Hofbauer

Leider muss ich unser Videogespräch verschieben, da Herr Brunner am Dienstagmorgen an einer Verwaltungsratssitzung teilnehmen muss. Neuer Termin:

Donnerstag, 12. März 2026, 14:00 - 14:45 Uhr (gleicher Teams-Link)

Ich hoffe, das passt Ihnen. Bitte nehmen Sie die aktualisierte Einladung an.

Freundliche Grüsse
Corinne Keller
HR Business Partner
Limmat Warenhaus AG | Bahnhofstrasse 88 | 8001 Zürich"""
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="limmat_calendar_sequence_update", lang="de",
    company="Limmat Warenhaus", contact="corinne.keller@limmat-warenhaus.example.ch",
    **{"from": ("Keller Corinne", "corinne.keller@limmat-warenhaus.example.ch")},
    subject="Aktualisiert: Videogespräch Abteilungsleitung Beauty & Accessoires – Limmat Warenhaus",
    mid=LIMMAT_UPDATE_MID, thread=[LIMMAT_INVITE_MID],
    date="2026-03-06 08:22 +0100", structure="alt", cte="qp",
    text=_t, html=outlook(_t, lang="DE-CH"),
    calendar=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Keller Corinne:mailto:corinne.keller@limmat-warenhaus.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Greta Hofbauer:mailto:greta.hofbauer@example.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brunner Luca:mailto:luca.brunner@limmat-warenhaus.example.ch
UID:{LIMMAT_UID}
SUMMARY;LANGUAGE=de-CH:Videogespräch Abteilungsleitung Beauty & Accessoires
DTSTART:20260312T130000Z
DTEND:20260312T134500Z
DTSTAMP:20260306T072200Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR""",
))

# 2 -- Graz: switched from on-site to video
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="graz_switch_to_video", lang="de",
    company="Kessler & Obermayr", contact="anita.pucher@ko-graz.example.at",
    **{"from": ("Anita Pucher", "anita.pucher@ko-graz.example.at")},
    subject="Zweitgespräch am Freitag – Änderung", thread=[KO_INVITE_MID],
    date="2026-03-17 12:09 +0100", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

eine kurzfristige Änderung zu unserem Zweitgespräch am Freitag, 20. März: Herr Dr. Obermayr ist diese Woche auf einer Messe in Düsseldorf und kann nicht in Graz sein. Damit Sie nicht umsonst anreisen, führen wir das Gespräch zur selben Zeit (13:30 Uhr) per Videocall über Zoom durch.

Zoom-Link: https://zoom.us/j/93311820475?pwd=S09HcmF6
Kenncode: 208341

Der Rundgang durch das Haus wird bei einem späteren Termin nachgeholt. Die Beispiele Ihrer Arbeiten können Sie gerne vorab an mich schicken.

Danke für Ihr Verständnis!
Anita Pucher
Leitung Visual Merchandising
Kessler & Obermayr · Sporgasse 2 · 8010 Graz""",
))

# 3 -- drugstore: interviewer ill, cancelled, new date to follow
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="drugstore_interviewer_ill", lang="de",
    company="Sonnleitner Drogeriemärkte", contact="katharina.eder@sonnleitner.example.at",
    **{"from": ("Katharina Eder", "katharina.eder@sonnleitner.example.at")},
    subject="Absage Termin morgen – neuer Termin folgt", date="2026-05-19 07:41 +0200",
    cte="qp",
    text="""Liebe Frau Hofbauer,

leider muss ich Ihnen für morgen absagen: Frau Wimmer, unsere Gebietsleiterin, die das Gespräch in der Filiale PlusCity mit Ihnen führen wollte, ist krank geworden.

Ich melde mich spätestens Ende der Woche mit einem neuen Terminvorschlag, sobald ich weiß, wann sie wieder da ist. Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Entschuldigen Sie die Umstände!

Freundliche Grüße
Katharina Eder
Recruiting & Employer Branding
Sonnleitner Drogeriemärkte GmbH
Tel. +43 732 60 33 81-214""",
))

# 4 -- Bolzano: moved because of a local holiday, Italian-flavoured
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="bozen_holiday_moved", lang="de",
    company="Kaufhaus Pichler", contact="personale@kaufhaus-pichler.example.it",
    **{"from": ("Kaufhaus Pichler - Personalbüro", "personale@kaufhaus-pichler.example.it")},
    subject="Verschiebung Termin 14.04. / spostamento colloquio", reply=True,
    date="2026-04-07 15:58 +0200", charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Gentile Signora Hofbauer,
sehr geehrte Frau Hofbauer,

wir müssen Sie leider bitten, unseren Termin vom Dienstag, 14. April, zu verschieben. Herr Pichler ist an diesem Tag bei der Frühjahrsmesse in Mailand.

Wir würden Ihnen stattdessen Donnerstag, 16. April, ore 15:00, am selben Ort vorschlagen. Sollte Ihnen das nicht passen, nennen Sie uns bitte zwei Alternativen in der Woche danach.

Ci scusiamo per il disagio. Vielen Dank für Ihr Verständnis!

Verena Gasser
Personalbüro / Ufficio personale
Kaufhaus Pichler KG / s.a.s.
Lauben 31 Portici · 39100 Bozen/Bolzano""",
))

# 5 -- start-up founder pushes the call, from his phone
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="startup_push_call_phone", lang="de",
    company="glanzstück", contact="jakob@glanzstueck.example.at",
    **{"from": ("Jakob Reisinger", "jakob@glanzstueck.example.at")},
    subject="Re: Call nächste Woche?", reply=True, date="2026-03-09 23:02 +0100", cte="8bit",
    text="""Sorry Greta, Lisa sitzt morgen im Flieger nach Berlin 🙈 Können wir den Call auf Donnerstag 12.3., gleiche Uhrzeit (17:00), schieben? Link bleibt gleich.

lg Jakob

Von meinem iPhone gesendet""",
))

# 6 -- shopping centre answers the candidate's request with a new slot, Outlook chain saying "absagen"
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="centre_new_slot_quoted_absage", lang="de",
    company="Isar Arcaden", contact="c.schuster@isar-arcaden.example.de",
    **{"from": ("Schuster, Claudia", "c.schuster@isar-arcaden.example.de")},
    subject="AW: Termin Montag 10.08.", thread=["<d1e6f2a0-88c3-4d3f-a1b9-0f1e2d3c4b5a@example.at>"],
    date="2026-08-07 09:26 +0200", charset="windows-1252", cte="qp",
    text="""Guten Morgen Frau Hofbauer,

kein Problem, das verstehe ich. Wir verschieben das Gespräch auf Mittwoch, 12. August, 15:00 Uhr, gleiche Adresse. Herr Kurz vom Centermanagement ist dann ebenfalls dabei.

Herrn Schmid von Jobwerk habe ich in Kopie informiert.

Viele Grüße
Claudia Schuster
Assistenz Centermanagement
Isar Arcaden
Tegernseer Landstraße 75 · 81539 München

Von: Greta Hofbauer <greta.hofbauer@example.at>
Gesendet: Donnerstag, 6. August 2026 21:40
An: Schuster, Claudia <c.schuster@isar-arcaden.example.de>
Cc: Kevin Schmid <kevin.schmid@jobwerk.example.de>
Betreff: Termin Montag 10.08.

Sehr geehrte Frau Schuster,
leider muss ich den Termin am Montag absagen, da meine Zugverbindung aus Linz wegen Bauarbeiten ausfällt. Wäre ein anderer Tag in dieser Woche möglich?
Mit freundlichen Grüßen
Greta Hofbauer""",
    cc=[("Kevin Schmid", "kevin.schmid@jobwerk.example.de")],
))

# 7 -- Limmat: CANCEL with the same UID, interviewer ill, new date promised
_t = """Grüezi Frau Hofbauer

Leider muss ich unser heutiges Gespräch absagen: Herr Brunner ist krankheitshalber ausgefallen. Ich melde mich in den nächsten Tagen mit einem neuen Termin bei Ihnen – Ihre Kandidatur läuft selbstverständlich weiter.

Entschuldigen Sie die kurzfristige Absage.

Freundliche Grüsse
Corinne Keller"""
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="limmat_calendar_cancel_same_uid", lang="de",
    company="Limmat Warenhaus", contact="corinne.keller@limmat-warenhaus.example.ch",
    **{"from": ("Keller Corinne", "corinne.keller@limmat-warenhaus.example.ch")},
    subject="Abgesagt: Videogespräch Abteilungsleitung Beauty & Accessoires – Limmat Warenhaus",
    thread=[LIMMAT_INVITE_MID, LIMMAT_UPDATE_MID],
    date="2026-03-12 08:03 +0100", structure="alt", cte="qp",
    headers={"Importance": "high"},
    text=_t, html=outlook(_t, lang="DE-CH"),
    calendar=f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Keller Corinne:mailto:corinne.keller@limmat-warenhaus.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Greta Hofbauer:mailto:greta.hofbauer@example.at
UID:{LIMMAT_UID}
SUMMARY;LANGUAGE=de-CH:Abgesagt: Videogespräch Abteilungsleitung Beauty & Accessoires
DTSTART:20260312T130000Z
DTEND:20260312T134500Z
DTSTAMP:20260312T070300Z
STATUS:CANCELLED
SEQUENCE:2
PRIORITY:1
END:VEVENT
END:VCALENDAR""",
))

# 8 -- university: hearing postponed, formal, Latin-1
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="hochschule_hearing_postponed", lang="de",
    company="Hochschule Donau-Traun", contact="personal@hs-donautraun.example.at",
    **{"from": ("Personalabteilung HDT", "personal@hs-donautraun.example.at")},
    subject="GZ 2026/PA-113 - Verschiebung des Hearings", date="2026-05-13 14:02 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

aufgrund einer kurzfristigen Sitzung des Hochschulkollegiums muss das für Montag, 18. Mai 2026, angesetzte Hearing verschoben werden.

Neuer Termin: Mittwoch, 27. Mai 2026, 11:15 Uhr, gleicher Ort (Campus Wels, Besprechungsraum A 2.07).

Wir ersuchen um Bestätigung bis 20. Mai an diese Adresse. Sollte Ihnen der neue Termin nicht möglich sein, bitten wir um rasche Mitteilung.

Mit freundlichen Grüßen
Mag. Ingrid Wögerbauer
Personalabteilung
Hochschule Donau-Traun""",
))

# 9 -- London beauty retailer moves the interview to Zoom
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="london_moved_to_zoom", lang="en",
    company="Lumen Apothecary", contact="olivia.grant@lumenapothecary.example.co.uk",
    **{"from": ("Olivia Grant", "olivia.grant@lumenapothecary.example.co.uk")},
    subject="Tuesday's interview – now on Zoom", date="2026-04-03 11:30 +0100",
    thread=["<calendar-6b1e0f39-4f26-4c2a-9d2e-lumen0407@google.com>"], cte="qp",
    text="""Hi Greta,

Small change of plan for Tuesday: Hannah is covering our Bath shop next week, so we'll do the interview on Zoom instead of in Marylebone. Same time, 2:30pm BST.

Zoom: https://us06web.zoom.us/j/84412093318
Passcode: lumen7

Hope that actually saves you a trip! Give me a shout if anything's unclear.

Olivia

Olivia Grant
Talent Partner, Lumen Apothecary
07700 900 412""",
))

# 10 -- London pharmacy via Workday: rescheduled notification, HTML only, no contact
_t = """Dear Greta,

Your interview for Store Manager – Islington (JR-30771) has been rescheduled.

Previous time: Wednesday 22 April 2026, 11:00 BST
New time: Friday 24 April 2026, 09:30 BST
Location: 214 Upper Street, London N1 1RL

The change was requested by the hiring manager. Please review the new time on your candidate home page and confirm it is still suitable.

Holloway's Chemists Recruitment"""
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="workday_rescheduled_notice", lang="en",
    company="Holloway's Chemists", contact="",
    **{"from": ("Holloway's Chemists Careers", "hollowayschemists@myworkday.com")},
    subject="Your interview has been rescheduled", date="2026-04-20 16:11 +0100",
    structure="html", charset="windows-1252", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Holloway's Chemists – since 1896", logo="https://hollowayschemists.wd3.myworkday.com/wday/asset/logo.png",
             accent="#006a4e", lang="en", button=("View interview", "https://hollowayschemists.wd3.myworkday.com/candidate/interviews/JR-30771"),
             footer="Holloway's Chemists Ltd. Registered in England No 00412887.\n\nThis is an automated message; replies to this address are not monitored."),
))

# 11 -- agency: client pushes back a week
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="agency_client_pushes_back", lang="en",
    company="Harwood & Pryce", contact="tom.ellery@retailsearch.example.co.uk",
    **{"from": ("Tom Ellery", "tom.ellery@retailsearch.example.co.uk")},
    subject="RE: Harwood & Pryce want to meet you!", reply=True, date="2026-06-16 17:48 +0100",
    cte="qp",
    text="""Hi Greta,

Annoyingly Harwood & Pryce have had to push back Thursday's interview - Rebecca has been pulled into the buying trip to Milan. They've asked if Thursday 25 June at 10:00 works instead, same place. Apologies, I know you'd booked your flight.

Let me know and I'll confirm with them.

Tom

-----Original Message-----
From: Greta Hofbauer <greta.hofbauer@example.at>
Sent: 10 June 2026 13:22
To: Tom Ellery <tom.ellery@retailsearch.example.co.uk>
Subject: Re: Harwood & Pryce want to meet you!

Hi Tom, Thursday 18 June at 10:00 is perfect, thank you! Greta""",
))

# 12 -- Barcelona department store via SuccessFactors: cancelled, new date to come
_t = """Estimada Sra. Hofbauer:

Le informamos de que su entrevista prevista para el martes, 26 de mayo de 2026, a las 10:30 h, ha sido cancelada por motivos de agenda del equipo de dirección.

En los próximos días le propondremos una nueva fecha. Su candidatura sigue activa en el proceso.

Disculpe las molestias.

Selección y Desarrollo
Almacenes Ribera"""
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="barcelona_cancelled_new_date_soon", lang="es",
    company="Almacenes Ribera", contact="",
    **{"from": ("Almacenes Ribera Empleo", "almacenesribera@successfactors.eu")},
    subject="Cancelación de su entrevista – Jefa de Sección Perfumería", date="2026-05-22 18:30 +0200",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Almacenes Ribera", logo="https://career5.successfactors.eu/public/ui-resource/ribera/logo.png",
             accent="#006241", lang="es",
             footer="Almacenes Ribera, S.A. · Plaça de Catalunya 14 · 08002 Barcelona\n\nEste mensaje se ha generado automáticamente; no responda a esta dirección."),
))

# 13 -- Barcelona shop manager moves the interview, casual
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="barcelona_casual_move_thursday", lang="es",
    company="Colorín Barcelona", contact="nuria@colorinbcn.example.es",
    **{"from": ("Núria Vidal", "nuria@colorinbcn.example.es")},
    subject="Re: Entrevista encargada Born", reply=True, date="2026-07-05 21:14 +0200",
    cte="8bit",
    text="""¡Perdona Greta! Cambio de planes: el martes tengo inventario en la tienda de Gràcia. ¿Podemos pasar la entrevista al jueves 9 a la misma hora (11h)? Mismo sitio, en el Born.

Dime algo cuando puedas 🙏
Núria

El vie, 3 jul 2026 a las 8:55, Greta Hofbauer (<greta.hofbauer@example.at>) escribió:
> ¡Hola Núria! Perfecto, el martes a las 11h estaré allí. ¡Gracias!
> Greta""",
))

# 14 -- Lausanne: interview postponed, from the recruiter's iPhone
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="lausanne_report_iphone", lang="fr",
    company="Maison Delacroix", contact="claire.morand@delacroix.example.ch",
    **{"from": ("Morand Claire", "claire.morand@delacroix.example.ch")},
    subject="Report de votre entretien du 12 mai", date="2026-05-08 07:55 +0200",
    thread=["<ZR0P278MB0423A1B2@ZR0P278MB0423.CHEP278.PROD.OUTLOOK.COM>"], cte="qp",
    text="""Bonjour Madame Hofbauer,

M. Baumann doit être à Lausanne mardi matin. Nous devons donc décaler l'entretien à 16h30 le même jour, toujours à la Bahnhofstrasse. Est-ce que cela vous convient ?

Merci et belle journée,
Claire Morand

Envoyé de mon iPhone""",
))

# 15 -- French cosmetics brand: visio moved, Teamtailor, multipart/alternative
_t = """Bonjour Greta,

Sophie Garnier a un empêchement le jeudi 9 juillet. Nous vous proposons de décaler votre entretien en visio au vendredi 10 juillet à 11h00 (heure de Paris).

Le nouveau lien de visioconférence vous sera envoyé dès votre confirmation. Si ce créneau ne vous convient pas, choisissez-en un autre via le lien ci-dessous.

Toutes nos excuses pour ce changement,
L'équipe Talents – Botanique Vergnes"""
SPECS.append(dict(
    kind="interview_reschedule_or_cancel", scenario="teamtailor_visio_moved", lang="fr",
    company="Botanique Vergnes", contact="",
    **{"from": ("Botanique Vergnes", "notifications@teamtailor-mail.com")},
    subject="Changement d'horaire : votre entretien du 9 juillet", date="2026-07-07 09:03 +0200",
    structure="alt", cte="qp",
    text=_t + "\n\nChoisir un autre créneau : https://botaniquevergnes.teamtailor.com/meetings/3c9b1f/reschedule",
    html=ats(_t, logo_alt="Botanique Vergnes · Grasse", logo="https://assets.teamtailor-cdn.com/botaniquevergnes/logo.png",
             accent="#4a7c59", lang="fr", button=("Choisir un autre créneau", "https://botaniquevergnes.teamtailor.com/meetings/3c9b1f/reschedule"),
             tracker="https://email.teamtailor-mail.com/c",
             footer="Botanique Vergnes SAS · 12 avenue Thiers · 06130 Grasse"),
))

# ----------------------------------------------------------------------------------------------
# missed_interview_notice
# ----------------------------------------------------------------------------------------------

# 1 -- trial day not turned up to
SPECS.append(dict(
    kind="missed_interview_notice", scenario="trial_day_waited_at_nine", lang="de",
    company="Modehaus Steinbichler", contact="b.hummer@steinbichler-mode.example.at",
    **{"from": ("Brigitte Hummer", "b.hummer@steinbichler-mode.example.at")},
    subject="Schnuppertag heute", date="2026-06-10 11:48 +0200", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

Frau Aichinger und ich haben heute ab 9:00 Uhr in der Filiale Traun auf Sie gewartet, leider sind Sie nicht gekommen. Auch telefonisch konnten wir Sie nicht erreichen.

Ich hoffe, es ist nichts passiert. Bitte melden Sie sich bei mir, falls Sie weiterhin Interesse an der Stelle haben – dann schauen wir, ob wir einen neuen Schnuppertag vereinbaren können.

Freundliche Grüße
Brigitte Hummer
Personalabteilung
Modehaus Steinbichler · Linz
Tel. 0732 77 15 40-12""",
))

# 2 -- phone interview: tried to call, no answer
SPECS.append(dict(
    kind="missed_interview_notice", scenario="phone_interview_no_answer", lang="de",
    company="Kühnle Drogeriemarkt", contact="markus.lechner@kuehnle.example.de",
    **{"from": ("Lechner, Markus", "markus.lechner@kuehnle.example.de")},
    subject="Unser Telefoninterview heute 10:00", date="2026-04-28 10:24 +0200",
    cte="qp",
    text="""Guten Tag Frau Hofbauer,

wie vereinbart habe ich heute um 10:00 Uhr versucht, Sie unter +43 660 718 24 59 zu erreichen – dreimal, leider ohne Erfolg, auch die Mailbox war nicht aktiv.

Wenn Sie weiterhin Interesse an der Bezirksleitung haben, schreiben Sie mir bitte kurz, wann ich Sie diese Woche erreichen kann.

Mit freundlichen Grüßen
Markus Lechner
Vertriebsleitung Süd
Kühnle Drogeriemarkt GmbH & Co. KG
Mobil +49 171 552 80 13""",
))

# 3 -- video call not joined, e-commerce, Du
SPECS.append(dict(
    kind="missed_interview_notice", scenario="video_not_joined_du", lang="de",
    company="Lookbook", contact="fiona.brandl@lookbook.example.de",
    **{"from": ("Fiona Brandl", "fiona.brandl@lookbook.example.de")},
    subject="Heute 14 Uhr?", date="2026-06-18 14:31 +0200", cte="qp",
    text="""Hi Greta,

Deniz und ich sitzen seit 14:00 im Meet-Raum für unser Follow-up, du bist aber nicht dazugekommen. Vielleicht ist der Link untergegangen oder es gab technische Probleme?

Wir warten noch bis ca. 14:45 – falls es heute gar nicht mehr klappt, schick mir einfach ein paar Alternativen für nächste Woche.

Viele Grüße
Fiona

Fiona Brandl | Head of Brand | Lookbook
Tumblingerstraße 23, 80337 München""",
))

# 4 -- salon trial shift not attended, casual
SPECS.append(dict(
    kind="missed_interview_notice", scenario="salon_trial_shift_no_show", lang="de",
    company="Haarmonie Friseure", contact="vroni@haarmonie.example.de",
    **{"from": ("Vroni Huber", "vroni@haarmonie.example.de")},
    subject="?", date="2026-07-25 12:52 +0200", cte="8bit",
    text="""Hey Greta,

wir hatten dich heute um 9 zum Probearbeiten im Salon eingeplant, aber du bist nicht aufgetaucht. Alles ok bei dir?? Ich hab dir auch eine WhatsApp geschrieben.

Sag mir bitte Bescheid, ob du noch Interesse hast – sonst muss ich den Platz für nächste Woche anderweitig vergeben.

Vroni""",
))

# 5 -- temp agency: the client waited in vain
SPECS.append(dict(
    kind="missed_interview_notice", scenario="agency_client_waited_caps", lang="de",
    company="Isar Arcaden", contact="kevin.schmid@jobwerk.example.de",
    **{"from": ("Kevin Schmid | JOBWERK", "kevin.schmid@jobwerk.example.de")},
    subject="Greta, was ist passiert?!", date="2026-08-12 15:40 +0200", cte="qp",
    text="""Hallo Greta,

Frau Schuster von den ISAR ARCADEN hat mich gerade angerufen: Sie haben heute um 15:00 Uhr vergeblich auf dich gewartet!! Du warst nicht da und ans Handy bist du auch nicht gegangen.

Das ist für uns beim Kunden echt unangenehm. Ruf mich BITTE heute noch zurück, damit ich weiß, was los war und ob wir noch was retten können.

Kevin Schmid
Personaldisponent
JOBWERK Personaldienste GmbH – Niederlassung München-Ost
089 20 11 88 40""",
))

# 6 -- start-up: missed you on today's call
SPECS.append(dict(
    kind="missed_interview_notice", scenario="startup_missed_you_today", lang="en",
    company="Threadly", contact="sam@threadly.example.co.uk",
    **{"from": ("Sam Whitfield", "sam@threadly.example.co.uk")},
    subject="Missed you today", date="2026-02-19 15:17 +0000", cte="qp",
    text="""Hi Greta,

I was on our Google Meet at 2:30pm for your interview but it looks like you weren't able to join. No worries, these things happen - time zones catch everyone out!

If you're still interested in the Community Store Manager role, just reply with a couple of times next week and I'll send a fresh invite.

Best,
Sam

Sam Whitfield | Head of Retail | Threadly
threadly.example.co.uk""",
))

# 7 -- London pharmacy via Workday: no-show recorded, HTML only
_t = """Dear Greta,

Our records show that you did not attend your scheduled interview for Store Manager – Islington (JR-30771) on Friday 24 April 2026 at 09:30.

If you were unable to attend due to circumstances beyond your control and would like to be considered for a new interview, please update your availability on your candidate home page within 5 working days. After this period your application will be closed automatically.

Holloway's Chemists Recruitment"""
SPECS.append(dict(
    kind="missed_interview_notice", scenario="workday_no_show_recorded", lang="en",
    company="Holloway's Chemists", contact="",
    **{"from": ("Holloway's Chemists Careers", "hollowayschemists@myworkday.com")},
    subject="Missed interview: Store Manager – Islington", date="2026-04-24 13:02 +0100",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Holloway's Chemists – since 1896", logo="https://hollowayschemists.wd3.myworkday.com/wday/asset/logo.png",
             accent="#006a4e", lang="en", button=("Update availability", "https://hollowayschemists.wd3.myworkday.com/candidate/home"),
             pixel="https://hollowayschemists.wd3.myworkday.com/o/p.gif?e=JR-30771&t=noshow",
             footer="Holloway's Chemists Ltd. Registered in England No 00412887.\n\nThis is an automated message; replies to this address are not monitored."),
))

# 8 -- Barcelona start-up: waited in the video call
SPECS.append(dict(
    kind="missed_interview_notice", scenario="startup_waited_videollamada", lang="es",
    company="Percha", contact="irene@percha.example.es",
    **{"from": ("Irene Blasco", "irene@percha.example.es")},
    subject="¿Todo bien?", date="2026-06-09 17:22 +0200", cte="8bit",
    text="""Hola Greta,

te estuvimos esperando hoy a las 17:00 en la videollamada, pero no llegaste a conectarte. ¿Ha pasado algo? A veces Google Meet da problemas con el navegador.

Si sigues interesada en el puesto, dime qué día te va bien esta semana y lo reorganizamos.

Un saludo,
Irene
CEO · Percha""",
))

# 9 -- shopping centre: called at the agreed time, no answer, usted, Latin-1
SPECS.append(dict(
    kind="missed_interview_notice", scenario="centre_called_no_contact_usted", lang="es",
    company="Centre Comercial Marina Nova", contact="marta.saez@marinanova.example.es",
    **{"from": ("Marta Sáez", "marta.saez@marinanova.example.es")},
    subject="Entrevista de esta mañana", date="2026-04-16 12:35 +0200",
    charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Buenos días, Sra. Hofbauer:

Hoy a las 12:00 h la esperábamos en la videollamada de Teams y, al ver que no se conectaba, la llamamos por teléfono a la hora acordada, pero no pudimos contactar con usted.

Si desea continuar en el proceso, le ruego que me indique su disponibilidad para los próximos días.

Atentamente,
Marta Sáez
Responsable de Personas
Centre Comercial Marina Nova""",
))

# 10 -- Zurich perfumery: waited this morning, tu
SPECS.append(dict(
    kind="missed_interview_notice", scenario="perfumery_waited_morning", lang="fr",
    company="Parfumerie Bernard & Fils", contact="camille@bernard-fils.example.ch",
    **{"from": ("Camille Bernard", "camille@bernard-fils.example.ch")},
    subject="Ce matin", date="2026-08-24 11:05 +0200", cte="qp",
    text="""Bonjour Greta,

Nous t'avons attendue ce matin à 9h30 à la boutique du Rennweg pour notre entretien, mais tu n'es pas venue et ton téléphone était sur messagerie.

J'espère que tout va bien. Si tu es toujours intéressée par le poste, écris-moi et nous trouverons un autre moment.

Camille Bernard
Parfumerie Bernard & Fils""",
))
