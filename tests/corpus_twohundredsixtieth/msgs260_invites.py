"""Corpus 260 — interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), written by hand. Words are this module's own."""

from __future__ import annotations

from msgs260_common import ME, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

KORTMANN = ("Sabine Kortmann", "s.kortmann@ruhrtakt.example.de")
KOWALCZYK = ("Dennis Kowalczyk", "d.kowalczyk@pott-personal.example.de")
BRUECKNER = ("Lena Brückner", "l.brueckner@kanalhafen-logistik.example.de")
LINDNER = ("Markus Lindner", "m.lindner@lindner-spedition.example.de")
LAMBOTTE = ("Aurélie Lambotte", "a.lambotte@stm-liege.example.be")
GOIKOETXEA = ("Itziar Goikoetxea", "igoikoetxea@nerbioi-bus.example.es")
JACOBS = ("Marloes Jacobs", "m.jacobs@zlta.example.nl")

RUHRTAKT_SIG = """Sabine Kortmann
Personalgewinnung | Ruhrtakt Verkehrsbetriebe GmbH
Deggingstraße 40 · 44141 Dortmund
Telefon 0231 555-4417

Ruhrtakt Verkehrsbetriebe GmbH · Sitz Dortmund · Amtsgericht Dortmund HRB 99812
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""

ZLTA_DISCLAIMER = """The information in this e-mail is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message. ZLTA accepts no liability for the content of this e-mail."""

# ================================================================ interview invitations

# ---------------------------------------------------------------- German (13)

add({
    "kind": "interview_invitation", "slug": "ruhrtakt_panel_calendar_request", "lang": "de",
    "company": "Ruhrtakt Verkehrsbetriebe", "contact": "s.kortmann@ruhrtakt.example.de",
    "key": "ruhrtakt_invite", "parent": "ruhrtakt_ack",
    "frm": KORTMANN, "cc": [("Heiner Lüttgens", "h.luettgens@ruhrtakt.example.de")],
    "subject": "Vorstellungsgespräch Verkehrsplaner Angebotsplanung Bus – Do., 09.04., 10:00 Uhr",
    "date": "2026-03-26 10:14", "cte": "quoted-printable",
    "form": "alt", "shell": "outlook",
    "ics": {"uid": "040000008200E00074C5B7101A82E008-RT-260409", "start": "2026-04-09 10:00",
            "minutes": 75, "summary": "Vorstellungsgespräch H. Nwachukwu-Falk (Angebotsplanung Bus)",
            "location": "Ruhrtakt Hauptverwaltung, Deggingstraße 40, Raum 3.07",
            "organizer": KORTMANN},
    "body": f"""Sehr geehrter Herr Nwachukwu-Falk,

Ihre Bewerbung als Verkehrsplaner (m/w/d) in der Angebotsplanung Bus hat uns neugierig gemacht. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Gespräch ein:

Donnerstag, 9. April 2026, 10:00 bis ca. 11:15 Uhr
Hauptverwaltung, Deggingstraße 40, 3. Etage, Raum 3.07

Am Gespräch nehmen Herr Lüttgens (Leiter Angebotsplanung), Frau Baran (Betriebsrat) und ich teil. Bitte bereiten Sie eine kurze Einschätzung (max. 10 Minuten) vor: Wie würden Sie die Linie 440 in den Abendstunden verdichten?

Über die Kalenderfunktion können Sie den Termin direkt annehmen. Falls er nicht passt, melden Sie sich bitte bei mir.

Mit freundlichen Grüßen

{RUHRTAKT_SIG}""",
})

add({
    "kind": "interview_invitation", "slug": "pott_personal_sets_up_emschertal", "lang": "de",
    "company": "Emschertal Logistik", "contact": "d.kowalczyk@pott-personal.example.de",
    "key": "pott_invite", "parent": "pott_ack",
    "frm": KOWALCZYK,
    "subject": "Vorstellung bei Emschertal Logistik am Freitag",
    "date": "2026-02-10 15:02", "cte": "8bit",
    "body": """Moin Herr Nwachukwu-Falk,

gute Nachrichten: Emschertal Logistik in Essen-Vogelheim hat Ihr Profil gesehen und möchte Sie kennenlernen. Es geht um die Stelle als Disponent Nahverkehrslogistik, Einsatz über uns mit Übernahmeoption nach sechs Monaten.

Termin: Freitag, 13.02., 10:00 Uhr
Ort: Emschertal Logistik, Lager 4, Econova-Allee 12, 45356 Essen
Ansprechpartnerin vor Ort: Frau Hülsbusch (Leitung Disposition)

Bitte seien Sie zehn Minuten früher da und melden Sie sich am Pförtner. Lebenslauf hat der Kunde schon, Zeugnisse gern nochmal ausgedruckt mitbringen.

Geben Sie mir kurz Bescheid, dass das klappt?

Glück auf
Dennis Kowalczyk
Personaldisponent, Pott Personal GmbH
Königswall 21, 44137 Dortmund · Tel. 0231 555 8120 · Mobil 0152 555 40 77""",
})

add({
    "kind": "interview_invitation", "slug": "domstadt_workday_assessment_centre", "lang": "de",
    "company": "Domstadt Bahnen", "contact": "",
    "key": "domstadt_ac", "parent": "domstadt_ack",
    "frm": ("Domstadt Bahnen Karriere", "domstadtbahnen@myworkday.com"),
    "subject": "Einladung zum Assessment-Center - Verkehrsplaner*in Netzentwicklung (R-2026-0117)",
    "date": "2026-02-04 07:30", "tz": "+0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "alt", "shell": "ats", "cte": "quoted-printable",
    "shell_args": {"brand": "Domstadt Bahnen | Karriere", "color": "#c8102e",
                   "button": ("Teilnahme bestätigen", "https://domstadtbahnen.wd3.myworkday.com/careers/task/ac-0117"),
                   "footer": "Diese Nachricht wurde automatisch erstellt. Domstadt Bahnen AG, Ottoplatz 9, 50679 Köln"},
    "body": """Guten Tag Herr Nwachukwu-Falk,

Sie haben die erste Auswahlstufe erfolgreich durchlaufen. Wir laden Sie herzlich zu unserem eintägigen Assessment-Center ein:

Dienstag, 24. Februar 2026, 08:30 – 16:30 Uhr
Domstadt Bahnen, Schulungszentrum Deutz, Ottoplatz 9, 50679 Köln

Auf dem Programm stehen eine Selbstpräsentation, eine Fallstudie zur Netzplanung, eine Gruppenübung und ein Einzelinterview mit der Fachabteilung. Für Verpflegung ist gesorgt; Fahrtkosten erstatten wir nach unserer Reisekostenrichtlinie.

Bitte bestätigen Sie Ihre Teilnahme bis zum 13. Februar im Bewerberportal: https://domstadtbahnen.wd3.myworkday.com/careers/task/ac-0117

Freundliche Grüße
Ihr Recruiting-Team der Domstadt Bahnen""",
})

add({
    "kind": "interview_invitation", "slug": "bng_trial_day_control_centre", "lang": "de",
    "company": "Bochumer Nahverkehrsgesellschaft", "contact": "j.rehbein@bng-bochum.example.de",
    "key": "bng_trial", "parent": "bng_ack",
    "frm": ("Jutta Rehbein", "j.rehbein@bng-bochum.example.de"),
    "cc": [("Frank Wiesmann", "f.wiesmann@bng-bochum.example.de")],
    "subject": "Ihre Bewerbung - Einladung zum Hospitationstag",
    "enc": {"subject": ("iso-8859-1", "Q")},
    "date": "2026-08-11 13:25", "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

nach Durchsicht Ihrer Unterlagen würden wir Sie gern einen Tag lang bei uns erleben - und Sie uns. Herr Wiesmann lädt Sie deshalb zu einem Hospitationstag in die Angebotsplanung ein:

Donnerstag, 20. August 2026, 8:00 bis ca. 15:00 Uhr
Treffpunkt: Empfang Verwaltung, Universitätsstraße 58, 44789 Bochum

Vormittags begleiten Sie die Kolleginnen und Kollegen bei der Umlaufplanung für den Fahrplanwechsel, nachmittags schauen Sie in die Leitstelle. Zum Abschluss ist ein Gespräch mit Herrn Wiesmann und mir vorgesehen.

Der Tag wird selbstverständlich vergütet; bitte bringen Sie Ihren Personalausweis mit. Sicherheitsschuhe sind nicht nötig.

Bitte bestätigen Sie mir den Termin bis zum 14. August - gern auch telefonisch.

Mit freundlichen Grüßen
Jutta Rehbein
Personalabteilung
Bochumer Nahverkehrsgesellschaft mbH
Universitätsstraße 58 · 44789 Bochum
Tel. 0234 555-1260""",
})

add({
    "kind": "interview_invitation", "slug": "kessler_phone_screen_thursday", "lang": "de",
    "company": "Kessler Executive Search", "contact": "c.kessler@kessler-search.example.de",
    "key": "kessler_call", "parent": "kessler_ack",
    "frm": ("Claudia Kessler", "c.kessler@kessler-search.example.de"),
    "subject": "Kurzes Telefonat diese Woche?",
    "date": "2026-02-17 08:47",
    "body": """Guten Morgen Herr Nwachukwu-Falk,

ich habe Ihren Lebenslauf gelesen und hätte gern ein erstes Telefonat mit Ihnen, etwa 30 Minuten. Hintergrund ist ein vertrauliches Mandat eines Verkehrsunternehmens im westlichen Ruhrgebiet, zu dem ich Ihnen am Telefon mehr erzählen kann.

Hätten Sie am Donnerstag, 19. Februar, um 10:00 Uhr Zeit? Ich würde Sie dann auf Ihrer Handynummer anrufen. Falls das wegen Ihrer Schichten schwierig ist, schlagen Sie mir gern eine Alternative vor.

Herzliche Grüße
Claudia Kessler
Kessler Executive Search · Ruhrallee 9 · 45138 Essen · +49 201 555 3030""",
})

add({
    "kind": "interview_invitation", "slug": "revier_omnibus_teamtailor_pick_slot", "lang": "de",
    "company": "Revier Omnibus", "contact": "n.pieper@revier-omnibus.example.de",
    "key": "revier_invite",
    "frm": ("Revier Omnibus", "no-reply@teamtailor-mail.com"),
    "reply_to": [("Nadine Pieper", "n.pieper@revier-omnibus.example.de")],
    "subject": "Lass uns sprechen: Planer:in Betriebsplanung bei Revier Omnibus",
    "date": "2026-09-14 12:00",
    "form": "alt", "shell": "ats", "cte": "quoted-printable",
    "shell_args": {"brand": "Revier Omnibus", "color": "#f9a825",
                   "button": ("Termin auswählen", "https://revieromnibus.teamtailor.example.de/meetings/8fa2c1"),
                   "footer": "Gesendet mit Teamtailor · Revier Omnibus GmbH, Zweigertstraße 50, 45130 Essen"},
    "body": """Hallo Hartmut,

danke für deine Bewerbung als Planer:in Betriebsplanung! Wir würden dich gern in einem ersten Kennenlerngespräch (ca. 45 Minuten, bei uns im Betriebshof Essen-Nord oder per Video) näher kennenlernen.

Such dir bitte über den folgenden Link einen Termin aus, der zu deinem Dienstplan passt: https://revieromnibus.teamtailor.example.de/meetings/8fa2c1

Du sprichst mit Nadine Pieper (People) und Jörg Szymański (Teamleiter Betriebsplanung). Fragen vorab? Antworte einfach auf diese E-Mail.

Bis bald!
Nadine von Revier Omnibus""",
})

add({
    "kind": "interview_invitation", "slug": "hellweg_formal_letter_pdf", "lang": "de",
    "company": "Nahverkehrsverbund Hellweg", "contact": "p.nowicki@hellweg-verbund.example.de",
    "key": "hellweg_invite", "parent": "hellweg_ack",
    "frm": ("Petra Nowicki", "p.nowicki@hellweg-verbund.example.de"),
    "subject": "Einladung zum Vorstellungsgespräch - Ausschreibung 14/2026",
    "enc": {"subject": ("iso-8859-1", "B")},
    "date": "2026-05-06 14:31", "charset": "iso-8859-1", "cte": "quoted-printable",
    "pdf": [{"name": "Einladung_14-2026_Nwachukwu-Falk.pdf", "title": "Einladung zum Vorstellungsgespräch",
             "lines": ["Nahverkehrsverbund Hellweg - Zweckverband", "Bahnhofstraße 12, 59423 Unna", "",
                       "Herrn Hartmut Nwachukwu-Falk", "",
                       "Ausschreibung 14/2026 Sachbearbeitung Nahverkehrsplanung (EG 9c TVöD)",
                       "Termin: Mittwoch, 20. Mai 2026, 09:30 Uhr", "Ort: Sitzungsraum 1 (Erdgeschoss)",
                       "Auswahlkommission: Herr Brandt (Fachbereichsleitung), Personalrat, Gleichstellung",
                       "Anreise: RB 59 bis Unna Hbf, Fußweg 4 Minuten. Parkplätze im Hof.",
                       "Eine Erstattung von Reisekosten ist leider nicht möglich."]}],
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

im Rahmen des Auswahlverfahrens zur Ausschreibung 14/2026 "Sachbearbeitung Nahverkehrsplanung" laden wir Sie zu einem Vorstellungsgespräch am

Mittwoch, den 20. Mai 2026, um 09:30 Uhr

in unsere Geschäftsstelle ein. Die Einzelheiten sowie eine Anfahrtsbeschreibung entnehmen Sie bitte dem beigefügten Einladungsschreiben.

Bitte teilen Sie uns bis zum 13. Mai mit, ob Sie den Termin wahrnehmen können.

Mit freundlichen Grüßen
Im Auftrag
Petra Nowicki
Personalservice
Nahverkehrsverbund Hellweg - Zweckverband
Bahnhofstraße 12 · 59423 Unna
Tel.: 02303 555-218""",
})

add({
    "kind": "interview_invitation", "slug": "kanalhafen_personio_video_call", "lang": "de",
    "company": "Kanalhafen Logistik Dortmund", "contact": "l.brueckner@kanalhafen-logistik.example.de",
    "key": "kanalhafen_invite", "parent": "kanalhafen_ack",
    "frm": ("Lena Brückner via Personio", "noreply@personio.de"),
    "enc": {"from": ("utf-8", "Q")},
    "reply_to": [BRUECKNER],
    "subject": "Einladung zum Kennenlernen (Video-Call) – Junior Transportplaner (m/w/d)",
    "date": "2026-01-20 16:10",
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Kanalhafen Logistik Dortmund", "color": "#005f73",
                   "button": ("Teams-Besprechung beitreten", "https://teams.example.com/l/meetup-join/19%3ameeting_KHL0127")},
    "body": """Hallo Hartmut,

vielen Dank für deine Bewerbung! Wir möchten dich gern in einem ersten Video-Call kennenlernen.

Wann: Dienstag, 27. Januar 2026, 11:00 – 11:45 Uhr
Wo: Microsoft Teams – Link: https://teams.example.com/l/meetup-join/19%3ameeting_KHL0127
Mit: Lena Brückner (HR) und Okan Demir (Teamlead Transportplanung)

Wir erzählen dir etwas über den Hafen und die Planungsabteilung, und du erzählst uns, wie du vom Busfahren in die Planung möchtest. Kamera an wäre schön.

Wenn der Termin nicht passt, antworte einfach auf diese Mail.

Viele Grüße
Lena""",
})

add({
    "kind": "interview_invitation", "slug": "lindner_can_you_come_tuesday", "lang": "de",
    "company": "Lindner Spedition", "contact": "m.lindner@lindner-spedition.example.de",
    "key": "lindner_invite",
    "frm": LINDNER,
    "subject": "Ihre Bewerbung Tourenplaner",
    "date": "2026-05-26 06:52", "cte": "8bit",
    "body": """Hallo Herr Nwachukwu-Falk,

hab Ihre Unterlagen gelesen. Passt. Können Sie am Dienstag, 2. Juni, um 14 Uhr bei uns auf dem Hof vorbeikommen? Dann zeig ich Ihnen die Dispo und wir quatschen eine halbe Stunde.

Hofsteder Straße 88, 44809 Bochum. Parken vor Halle 2.

Gruß
Markus Lindner
Lindner Spedition GmbH & Co. KG
0234 555 9070""",
})

add({
    "kind": "interview_invitation", "slug": "wct_softgarden_schedule_link", "lang": "de",
    "company": "Westfalen Cargo Terminal", "contact": "b.termathe@wct-muenster.example.de",
    "key": "wct_invite",
    "frm": ("Westfalen Cargo Terminal", "noreply@softgarden.io"),
    "reply_to": [("Birgit Termathe", "b.termathe@wct-muenster.example.de")],
    "subject": "Westfalen Cargo Terminal: Terminvorschlag für Ihr Vorstellungsgespräch",
    "date": "2026-03-16 09:18",
    "form": "html", "shell": "ats", "html_cte": "quoted-printable",
    "shell_args": {"brand": "Westfalen Cargo Terminal", "color": "#0d47a1",
                   "button": ("Termin bestätigen", "https://wct-muenster.softgarden.example.de/interview/4471/confirm"),
                   "footer": "Versendet über softgarden e-recruiting. Antworten gehen an Birgit Termathe."},
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

wir freuen uns, Sie zu einem persönlichen Gespräch für die Position Verkehrsplaner KV-Terminal (m/w/d) einzuladen.

Vorgeschlagener Termin: Donnerstag, 26. März 2026, 13:00 Uhr
Ort: Westfalen Cargo Terminal, Verwaltungsgebäude, Am Hafenweg 30, 48155 Münster

Bitte bestätigen Sie den Termin über den Button oder schlagen Sie über den Link eine Alternative vor: https://wct-muenster.softgarden.example.de/interview/4471

Mit freundlichen Grüßen
Birgit Termathe
Personalreferentin, Westfalen Cargo Terminal""",
})

add({
    "kind": "interview_invitation", "slug": "movedata_ashby_german_schedule", "lang": "de",
    "company": "MoveData Analytics", "contact": "jana.okafor@movedata.example.de",
    "key": "movedata_invite",
    "frm": ("MoveData Analytics", "no-reply@ashbyhq.com"),
    "reply_to": [("Jana Okafor", "jana.okafor@movedata.example.de")],
    "subject": "Interview mit unserem Head of Mobility – bitte Termin wählen",
    "date": "2026-09-07 11:26",
    "form": "alt", "shell": "ats", "cte": "quoted-printable", "html_cte": "base64",
    "shell_args": {"brand": "MoveData Analytics", "color": "#5e35b1",
                   "button": ("Zeitfenster buchen", "https://jobs.ashbyhq.example.com/movedata/schedule/5c2e")},
    "body": """Hallo Hartmut,

schön, dass wir uns am Telefon schon kurz kennengelernt haben! Als nächsten Schritt laden wir dich zu einem 60-minütigen Interview mit Malte Jacobsen (Head of Mobility) und mir ein. Wir sprechen über deine Erfahrungen aus dem Linienbetrieb und schauen gemeinsam auf einen echten Datensatz zur Pünktlichkeit.

Bitte wähle hier ein Zeitfenster in den nächsten zwei Wochen: https://jobs.ashbyhq.example.com/movedata/schedule/5c2e

Das Interview findet in unserem Büro im Mediapark 5, Köln, statt – wenn dir das zu weit ist, geht es auch per Video.

Bis bald
Jana Okafor
Talent Acquisition, MoveData Analytics""",
})

add({
    "kind": "interview_invitation", "slug": "vel_panel_ics_replies_to_question", "lang": "de",
    "company": "Verkehrsgesellschaft Ennepe-Lenne", "contact": "r.sondermann@vel-verkehr.example.de",
    "key": "vel_invite",
    "frm": ("Ralf Sondermann", "r.sondermann@vel-verkehr.example.de"),
    "subject": "AW: Frage zum Stand meiner Bewerbung (Ref. 2026-4471)",
    "date": "2026-06-24 10:03", "cte": "quoted-printable",
    "ics": {"uid": "vel-2026-4471-panel@vel-verkehr.example.de", "start": "2026-07-02 09:00",
            "minutes": 60, "summary": "Auswahlgespräch Planer/in Fahrplan und Umlauf (Webex)",
            "location": "Webex – https://vel.webex.example.com/meet/r.sondermann",
            "attach": True, "cte": "base64",
            "organizer": ("Ralf Sondermann", "r.sondermann@vel-verkehr.example.de")},
    "body": reply("""Guten Tag Herr Nwachukwu-Falk,

danke für Ihre Nachfrage, und entschuldigen Sie die lange Funkstille. Ihre Bewerbung ist selbstverständlich noch im Verfahren.

Wir möchten Sie zu einem Auswahlgespräch per Webex einladen: Donnerstag, 2. Juli 2026, 9:00 Uhr, Dauer etwa eine Stunde. Teilnehmen werden Frau Ahlers (Betriebsplanung Hagen) und ich. Die Einladung mit dem Einwahllink hänge ich als Kalenderdatei an.

Mit freundlichen Grüßen
Ralf Sondermann
Personalentwicklung
Verkehrsgesellschaft Ennepe-Lenne mbH · Körnerstraße 70 · 58095 Hagen · Tel. 02331 555-640""",
        "de", "2026-06-22 21:17", ME, """Sehr geehrte Damen und Herren,

am 15. Juni habe ich die automatische Eingangsbestätigung für meine Bewerbung (Ref. 2026-4471) erhalten. Können Sie mir sagen, wie der weitere Zeitplan aussieht?

Mit freundlichen Grüßen
Hartmut Nwachukwu-Falk"""),
})

add({
    "kind": "interview_invitation", "slug": "transtalent_client_rrr_interview", "lang": "de",
    "company": "Rheinland Regio Rail", "contact": "s.oezdemir@transtalent.example.de",
    "key": "transtalent_invite", "parent": "transtalent_ack",
    "frm": ("Selin Özdemir", "s.oezdemir@transtalent.example.de"),
    "enc": {"from": ("iso-8859-1", "Q")},
    "cc": [("Thomas Wirtz", "t.wirtz@rrr-bahn.example.de")],
    "subject": "Vorstellungsgespräch bei Rheinland Regio Rail am 01.09.",
    "date": "2026-08-25 12:40", "cte": "8bit",
    "body": """Hallo Herr Nwachukwu-Falk,

Rheinland Regio Rail möchte Sie gern persönlich kennenlernen! Herr Wirtz (in Kopie) leitet dort die Umlauf- und Dienstplanung für den SEV und sucht Verstärkung, zunächst als Einsatz über uns.

Dienstag, 1. September, 14:00 Uhr
Rheinland Regio Rail, Betriebszentrale, Deutz-Mülheimer Straße 111, 51063 Köln
Dauer ca. eine Stunde, inklusive kurzer Führung durch die Betriebszentrale.

Bitte bringen Sie Ihren Führerschein (Klasse D) und den Nachweis der Fahrerqualifizierung mit. Fahrtkosten übernehmen wir.

Ich rufe Sie morgen Vormittag noch einmal an, um alles durchzusprechen.

Liebe Grüße
Selin Özdemir
Personaldisposition · TransTalent Zeitarbeit GmbH
Huyssenallee 15 · 45128 Essen · 0201 555 7300""",
})

# ---------------------------------------------------------------- English (7)

add({
    "kind": "interview_invitation", "slug": "maasland_via_greenhouse_pick_time", "lang": "en",
    "company": "Maasland Transit", "contact": "femke.dewit@maasland-transit.example.nl",
    "key": "maasland_invite", "parent": "maasland_ack",
    "frm": ("Femke de Wit via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": [("Femke de Wit", "femke.dewit@maasland-transit.example.nl")],
    "subject": "Interview for Service Planner at Maasland Transit - please choose a time",
    "date": "2026-05-12 10:40",
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Maasland Transit", "color": "#e65100",
                   "button": ("Pick a time", "https://app.greenhouse.example.io/scheduling/maasland/7f3b21")},
    "body": """Hi Hartmut,

Thanks for applying to Maasland Transit! The network team enjoyed reading about your years on the Dortmund night routes, and we'd like to invite you to a video interview for the Service Planner role.

You'll meet Joost Hendriks (Head of Network Planning) and me. Expect about 45 minutes: a conversation about your background and a short exercise on a timetable change.

Please choose a slot that suits you here: https://app.greenhouse.example.io/scheduling/maasland/7f3b21

Any questions, just reply to this email.

Best,
Femke de Wit
Recruiter, Maasland Transit""",
})

add({
    "kind": "interview_invitation", "slug": "euregio_recruiter_phone_screen", "lang": "en",
    "company": "Euregio Rail Partners", "contact": "niamh.osullivan@euregio-rail.example.eu",
    "key": "euregio_screen", "parent": "euregio_ack",
    "frm": ("Niamh O'Sullivan", "niamh.osullivan@euregio-rail.example.eu"),
    "subject": "Quick call about the Timetable Planner role?",
    "date": "2026-03-09 14:55",
    "body": """Hi Hartmut,

I'm the talent partner looking after our Timetable Planner opening. Your application caught my eye, especially the shift-planning work you did for your depot's works council.

Could we have a 20-minute phone call to talk through the role, the cross-border setup and your expectations? I could do Thursday 12 March at 11:00 CET or Friday 13 March at 15:30 CET. Just tell me which works and the best number to reach you on.

Kind regards,
Niamh O'Sullivan
Talent Partner | Euregio Rail Partners
Wilhelminasingel 88, Maastricht | +31 43 555 2280""",
})

add({
    "kind": "interview_invitation", "slug": "zlta_panel_outlook_calendar", "lang": "en",
    "company": "Zuid-Limburg Transport Authority", "contact": "m.jacobs@zlta.example.nl",
    "key": "zlta_panel",
    "frm": JACOBS,
    "subject": "Panel interview - Network Analyst (vacancy 2026-19)",
    "date": "2026-06-30 09:12",
    "form": "alt", "shell": "outlook", "cte": "quoted-printable",
    "ics": {"uid": "040000008200E00074C5B7101A82E00800000000ZLTA201926", "start": "2026-07-09 14:00",
            "minutes": 90, "summary": "Panel interview Network Analyst - H. Nwachukwu-Falk",
            "location": "Mosae Forum 10, Maastricht - meeting room Jeker", "organizer": JACOBS,
            "cte": "7bit"},
    "body": f"""Dear Mr Nwachukwu-Falk,

Thank you for your application for the position of Network Analyst (vacancy 2026-19). We are pleased to invite you to a panel interview on Thursday 9 July 2026 from 14:00 to 15:30 at our offices at Mosae Forum 10 in Maastricht.

The panel will consist of Ruud Smeets (Manager Public Transport Concessions), Dr. Elif Kaya (Senior Data Analyst) and myself. The first 20 minutes are reserved for a presentation by you on the topic: "How should a regional authority measure whether a bus network serves shift workers?"

Please accept the attached meeting request to confirm. Should you need any adjustments to take part, let me know.

With kind regards,
Marloes Jacobs
HR Advisor | Zuid-Limburg Transport Authority
Mosae Forum 10, 6211 DW Maastricht | +31 43 555 7710

{ZLTA_DISCLAIMER}""",
})

add({
    "kind": "interview_invitation", "slug": "routewise_free_thursday_to_chat", "lang": "en",
    "company": "RouteWise", "contact": "lena@routewise.example.io",
    "key": "routewise_chat",
    "frm": ("Lena Brandt", "lena@routewise.example.io"),
    "subject": "chat this week?",
    "date": "2026-08-10 19:31",
    "body": """Hey Hartmut,

Lena here, co-founder of RouteWise (we build dispatch tools for regional bus operators). A friend forwarded me your post about timetable padding - loved it.

We're hiring our first ops planner. Are you free Thursday to chat? 2pm on Google Meet works for me, 20 minutes, nothing formal: https://meet.example.com/rwz-qpfk-ent

Lena
RouteWise · Hohenzollernring 72, Cologne""",
})

add({
    "kind": "interview_invitation", "slug": "brightpath_sets_up_limburg_port", "lang": "en",
    "company": "Limburg Port Services", "contact": "sanne.kuipers@brightpath.example.nl",
    "key": "brightpath_lps", "parent": "brightpath_ack",
    "frm": ("Sanne Kuipers", "sanne.kuipers@brightpath.example.nl"),
    "subject": "Interview confirmed: Limburg Port Services, Tuesday 23 June",
    "date": "2026-06-15 16:45",
    "body": """Hi Hartmut,

Great news - Limburg Port Services would like to meet you for the Barge & Truck Planner role we discussed.

Date: Tuesday 23 June, 10:00-11:00
Where: LPS terminal office, Havenweg 2, Stein (NL); there's visitor parking by the gatehouse
You'll meet: Wouter Kessels (Planning Manager) and Anouk Maes (HR)

They'll ask about how you handle disruption on the road and how quickly you pick up new systems - your diversion examples from the Dortmund depot would be perfect. I'll call you Monday to prep.

Kind regards,
Sanne

Sanne Kuipers | Senior Consultant, Logistics & Mobility
Brightpath Recruitment | Stationsplein 4, 6221 BT Maastricht
+31 43 555 0192""",
})

add({
    "kind": "interview_invitation", "slug": "northgate_icims_video_interview", "lang": "en",
    "company": "Northgate Freight Solutions", "contact": "",
    "key": "northgate_video",
    "frm": ("Northgate Freight Solutions Careers", "donotreply@icims.com"),
    "subject": "Next step: complete your video interview for Network Planner (5521-COL)",
    "date": "2026-06-22 06:00", "tz": "+0100",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Northgate Freight Solutions", "color": "#263238",
                   "button": ("Start video interview", "https://northgate.icims.example.com/jobs/5521/video")},
    "body": """Dear Hartmut,

Thank you for your interest in the Network Planner role at our Cologne hub (requisition 5521-COL).

We would like to invite you to the next stage: a recorded video interview. You'll be shown five questions and have up to three minutes to answer each one. It takes around 25 minutes in total and can be completed on a laptop or phone.

Please complete your video interview by 29 June 2026 at 23:59 (UK time): https://northgate.icims.example.com/jobs/5521/video

Good luck!
Northgate Talent Acquisition""",
})

add({
    "kind": "interview_invitation", "slug": "scaldis_work_sample_afternoon", "lang": "en",
    "company": "Scaldis Transit Data", "contact": "oskar.lindqvist@scaldis-data.example.nl",
    "key": "scaldis_worksample", "parent": "scaldis_apply",
    "frm": ("Oskar Lindqvist", "oskar.lindqvist@scaldis-data.example.nl"),
    "subject": "Re: Application - Mobility Data Planner",
    "date": "2026-05-13 13:37",
    "body": reply("""Hi Hartmut,

Thanks for your note and CV. Instead of a classic interview we run a paid work-sample afternoon: you get a real (anonymised) stop dataset, two hours to look at it, then we talk it through together.

Would Thursday 21 May from 13:00 to 17:00 at our office (Boschstraat 41, Maastricht) work for you? We pay a flat EUR 150 for the afternoon.

Cheers,
Oskar Lindqvist
Engineering Manager, Scaldis Transit Data""", "en", "2026-05-11 20:05", ME, """Dear Mr Lindqvist,

I'd like to apply for the Mobility Data Planner role. I have nine years behind the wheel in Dortmund and I'm finishing an evening course in transport planning. My CV is attached.

Kind regards,
Hartmut Nwachukwu-Falk"""),
})

# ---------------------------------------------------------------- French (3)

add({
    "kind": "interview_invitation", "slug": "stm_liege_entretien_ics", "lang": "fr",
    "company": "Société des Transports Mosans", "contact": "a.lambotte@stm-liege.example.be",
    "key": "stm_invite", "parent": "stm_ack",
    "frm": LAMBOTTE,
    "enc": {"from": ("iso-8859-1", "B")},
    "subject": "Invitation à un entretien – Planificateur réseau (réf. STM-26-052)",
    "date": "2026-06-09 11:20",
    "form": "alt", "shell": "simple", "cte": "quoted-printable",
    "ics": {"uid": "stm-26-052-entretien-hnf@stm-liege.example.be", "start": "2026-06-16 10:00",
            "minutes": 60, "summary": "Entretien – Planificateur réseau (STM-26-052)",
            "location": "STM, Rue Léopold 37, 4000 Liège – 2e étage", "attach": True,
            "organizer": LAMBOTTE, "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    "body": """Bonjour Monsieur Nwachukwu-Falk,

Suite à l'examen de votre candidature au poste de planificateur réseau (réf. STM-26-052), nous avons le plaisir de vous inviter à un entretien le mardi 16 juin 2026 à 10h00 dans nos bureaux, rue Léopold 37 à Liège.

Vous rencontrerez M. Thibaut Wéry, responsable de l'offre, et moi-même. L'entretien se déroulera en français ; quelques questions pourront être posées en néerlandais ou en anglais.

Vous trouverez l'invitation en pièce jointe. Merci de me confirmer votre présence.

Cordialement,
Aurélie Lambotte
Chargée de recrutement – Société des Transports Mosans
Rue Léopold 37, 4000 Liège · +32 4 555 40 12""",
})

add({
    "kind": "interview_invitation", "slug": "interimplus_client_meuse_conteneurs", "lang": "fr",
    "company": "Meuse Conteneurs", "contact": "g.renard@interimplus.example.be",
    "key": "interim_invite", "parent": "interim_ack",
    "frm": ("Gaëlle Renard", "g.renard@interimplus.example.be"),
    "enc": {"from": ("utf-8", "Q")},
    "subject": "Rendez-vous chez Meuse Conteneurs lundi 18 mai",
    "date": "2026-05-11 17:02", "cte": "8bit",
    "body": """Bonjour Monsieur Nwachukwu-Falk,

Bonne nouvelle : notre client Meuse Conteneurs souhaite vous rencontrer pour la mission de planificateur camion-barge au terminal de Renory.

Quand : lundi 18 mai à 9h00
Où : Meuse Conteneurs, Quai de Renory 12, 4031 Angleur (accueil du bâtiment administratif)
Avec : M. Dieudonné Kabongo, chef d'exploitation

Prévoyez environ une heure ; une visite du quai est prévue, donc chaussures fermées conseillées. Je vous appelle vendredi pour faire le point avant l'entretien.

Belle soirée,
Gaëlle Renard
Consultante – Intérim Plus Wallonie
Boulevard d'Avroy 52, 4000 Liège · Tél. +32 4 555 21 90""",
})

add({
    "kind": "interview_invitation", "slug": "trilogistics_teamtailor_choose_slot", "lang": "fr",
    "company": "Liège Trilogistics", "contact": "",
    "key": "trilog_invite",
    "frm": ("Liège Trilogistics", "no-reply@teamtailor-mail.com"),
    "subject": "Choisissez un créneau pour votre entretien téléphonique",
    "enc": {"subject": ("utf-8", "B")},
    "date": "2026-09-01 09:05",
    "form": "alt", "shell": "ats", "html_cte": "base64",
    "shell_args": {"brand": "Liège Trilogistics", "color": "#1565c0",
                   "button": ("Choisir un créneau", "https://trilogistics.teamtailor.example.be/meetings/b41d")},
    "body": """Bonjour Hartmut,

Merci pour votre candidature au poste de planificateur·rice transport. Nous aimerions faire connaissance lors d'un entretien téléphonique de 30 minutes avec Maxime Degrange, notre responsable recrutement.

Choisissez le créneau qui vous convient via ce lien : https://trilogistics.teamtailor.example.be/meetings/b41d

À très bientôt,
L'équipe Recrutement de Liège Trilogistics""",
})

# ---------------------------------------------------------------- Spanish (3)

add({
    "kind": "interview_invitation", "slug": "nerbioi_entrevista_calendar", "lang": "es",
    "company": "Autobuses Nerbioi", "contact": "igoikoetxea@nerbioi-bus.example.es",
    "key": "nerbioi_invite", "parent": "nerbioi_ack",
    "frm": GOIKOETXEA,
    "subject": "Entrevista - Técnico/a de planificación (martes 21/07, 10:30)",
    "enc": {"subject": ("iso-8859-1", "Q")},
    "date": "2026-07-14 12:48",
    "form": "alt", "shell": "outlook", "cte": "quoted-printable",
    "ics": {"uid": "040000008200E00074C5B7101A82E00800000000NRB260721", "start": "2026-07-21 10:30",
            "minutes": 60, "summary": "Entrevista Técnico/a de planificación - Hartmut Nwachukwu-Falk",
            "location": "Oficinas centrales, Calle Uribitarte 14, Bilbao - sala Artxanda",
            "organizer": GOIKOETXEA},
    "body": """Hola Hartmut:

Gracias por tu candidatura para el puesto de Técnico/a de planificación. Nos gustaría conocerte en una entrevista presencial el martes 21 de julio a las 10:30 en nuestras oficinas de la calle Uribitarte 14.

Estarán presentes Koldo Arrieta, jefe de planificación de servicios, y yo misma. Si te resulta más cómodo, parte de la entrevista puede hacerse en inglés.

Te envío la convocatoria por calendario; acéptala para confirmar tu asistencia.

Un saludo,
Itziar Goikoetxea
Recursos Humanos – Autobuses Nerbioi
Calle Uribitarte 14, 48001 Bilbao · 944 555 210""",
})

add({
    "kind": "interview_invitation", "slug": "cmn_prueba_practica_latin1", "lang": "es",
    "company": "Consorcio de Movilidad del Nervión", "contact": "rrhh.seleccion@cmn.example.es",
    "key": "cmn_test",
    "frm": ("Selección CMN - Mikel Zubiri", "rrhh.seleccion@cmn.example.es"),
    "subject": "Convocatoria a prueba práctica - Técnico/a de planificación de la red",
    "enc": {"subject": ("iso-8859-1", "Q")},
    "date": "2026-04-08 10:15", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Estimado Sr. Nwachukwu-Falk:

Nos complace comunicarle que ha superado la fase de valoración curricular del proceso para Técnico/a de planificación de la red (ref. CMN-PL-03).

Le convocamos a la jornada de evaluación, que consta de una prueba práctica de planificación de horarios (dos horas) y una entrevista personal con el tribunal:

Fecha: lunes, 20 de abril de 2026, a las 9:00
Lugar: Sede del Consorcio, Alameda de Recalde 18, 3.ª planta, Bilbao

Deberá traer DNI o pasaporte y un ordenador portátil con hoja de cálculo. Le rogamos que confirme su asistencia respondiendo a este correo antes del 15 de abril.

Atentamente,
Mikel Zubiri
Área de Personas - Consorcio de Movilidad del Nervión""",
})

add({
    "kind": "interview_invitation", "slug": "talento_norte_llamada_y_cliente", "lang": "es",
    "company": "Abando Intermodal", "contact": "a.etxeberria@talentonorte.example.es",
    "key": "talento_invite", "parent": "talento_ack",
    "frm": ("Ane Etxeberria", "a.etxeberria@talentonorte.example.es"),
    "subject": "Entrevista con Abando Intermodal el lunes 5",
    "date": "2026-09-28 18:10", "cte": "8bit",
    "body": """Hola Hartmut:

¡Tengo noticias! Abando Intermodal quiere entrevistarte para el puesto de coordinador de tráfico en su plataforma de Zorroza.

Te han dado cita el lunes 5 de octubre a las 10:00, en la oficina de la plataforma (Camino de la Ribera 7, Zorroza). Te recibirá Gorka Ibarra, responsable de operaciones.

Antes, si te parece, hacemos una llamada corta el jueves para preparar la entrevista. ¿Te viene bien a las 17:00?

Un abrazo,
Ane Etxeberria
Consultora – Talento Norte ETT
Gran Vía 45, 48011 Bilbao · 944 555 377""",
})

# ================================================================ reschedules / cancellations

# ---------------------------------------------------------------- German (8)

add({
    "kind": "interview_reschedule_or_cancel", "slug": "ruhrtakt_calendar_update_seq1", "lang": "de",
    "company": "Ruhrtakt Verkehrsbetriebe", "contact": "s.kortmann@ruhrtakt.example.de",
    "key": "ruhrtakt_move", "parent": "ruhrtakt_invite",
    "frm": KORTMANN,
    "subject": "Aktualisiert: Vorstellungsgespräch Verkehrsplaner Angebotsplanung Bus – Mo., 13.04., 13:30 Uhr",
    "date": "2026-04-02 08:36",
    "form": "alt", "shell": "outlook", "cte": "quoted-printable",
    "ics": {"uid": "040000008200E00074C5B7101A82E008-RT-260409", "seq": 1, "start": "2026-04-13 13:30",
            "minutes": 75, "summary": "Vorstellungsgespräch H. Nwachukwu-Falk (Angebotsplanung Bus)",
            "location": "Ruhrtakt Hauptverwaltung, Deggingstraße 40, Raum 3.07",
            "organizer": KORTMANN},
    "body": f"""Sehr geehrter Herr Nwachukwu-Falk,

leider muss ich unser Gespräch verlegen: Herr Lüttgens ist am 9. April zu einer Sitzung beim Verkehrsverbund geladen. Neuer Termin ist

Montag, 13. April 2026, 13:30 Uhr, gleicher Ort (Raum 3.07).

Der Kalendereintrag ist entsprechend aktualisiert. Wenn Ihnen der neue Termin wegen Ihres Dienstplans nicht passt, finden wir gern eine andere Lösung.

Mit freundlichen Grüßen

{RUHRTAKT_SIG}""",
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "pott_new_slot_after_no_show", "lang": "de",
    "company": "Emschertal Logistik", "contact": "d.kowalczyk@pott-personal.example.de",
    "key": "pott_resched", "parent": "pott_apology",
    "frm": KOWALCZYK,
    "subject": "Re: Entschuldigung wegen heute Vormittag",
    "date": "2026-02-16 09:12", "cte": "8bit",
    "body": reply("""Moin Herr Nwachukwu-Falk,

alles gut, so was kann im Fahrdienst passieren – beim nächsten Mal bitte trotzdem kurz Bescheid geben, auch wenn's nur eine SMS ist.

Ich hab mit Frau Hülsbusch gesprochen, sie gibt Ihnen noch eine Chance. Neuer Termin: Donnerstag, 19.02., 14:00 Uhr, gleiche Adresse (Econova-Allee 12, Lager 4). Diesmal nimmt sich auch der Lagerleiter Zeit.

Glück auf
Dennis Kowalczyk""", "de", "2026-02-13 19:40", ME, """Hallo Herr Kowalczyk,

es tut mir wirklich leid wegen heute. Mein Bus ist auf der A40 liegengeblieben, und bis der Ersatzwagen kam, war ich mit 60 Fahrgästen auf dem Standstreifen. Das Handy lag im Spind.

Gibt es die Möglichkeit, den Termin bei Emschertal nachzuholen?

Viele Grüße
Hartmut Nwachukwu-Falk"""),
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "domstadt_workday_ac_moved", "lang": "de",
    "company": "Domstadt Bahnen", "contact": "",
    "key": "domstadt_move", "parent": "domstadt_ac",
    "frm": ("Domstadt Bahnen Karriere", "domstadtbahnen@myworkday.com"),
    "subject": "Terminänderung: Assessment-Center Verkehrsplaner*in Netzentwicklung",
    "enc": {"subject": ("utf-8", "B")},
    "date": "2026-02-12 07:45", "tz": "+0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "html", "shell": "ats",
    "shell_args": {"brand": "Domstadt Bahnen | Karriere", "color": "#c8102e",
                   "button": ("Neuen Termin bestätigen", "https://domstadtbahnen.wd3.myworkday.com/careers/task/ac-0117b"),
                   "footer": "Diese Nachricht wurde automatisch erstellt. Domstadt Bahnen AG, Ottoplatz 9, 50679 Köln"},
    "body": """Guten Tag Herr Nwachukwu-Falk,

wegen des angekündigten Warnstreiks im Kölner Nahverkehr am 24. Februar verschieben wir das Assessment-Center für die Position Verkehrsplaner*in Netzentwicklung.

Neuer Termin: Dienstag, 3. März 2026, 08:30 – 16:30 Uhr, gleicher Ort (Schulungszentrum Deutz).

Bitte bestätigen Sie den neuen Termin bis zum 20. Februar im Bewerberportal. Sollte er für Sie nicht möglich sein, teilen Sie uns das dort bitte ebenfalls mit.

Freundliche Grüße
Ihr Recruiting-Team der Domstadt Bahnen""",
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "hellweg_interviewer_ill_postponed", "lang": "de",
    "company": "Nahverkehrsverbund Hellweg", "contact": "p.nowicki@hellweg-verbund.example.de",
    "key": "hellweg_ill", "parent": "hellweg_invite",
    "frm": ("Petra Nowicki", "p.nowicki@hellweg-verbund.example.de"),
    "subject": "Verschiebung Ihres Vorstellungsgesprächs am 20.05.2026",
    "enc": {"subject": ("iso-8859-1", "Q")},
    "date": "2026-05-18 15:50", "cte": "8bit",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

leider ist Herr Brandt, der Vorsitzende der Auswahlkommission, kurzfristig erkrankt. Das für Mittwoch, 20. Mai, 9:30 Uhr vereinbarte Gespräch kann daher nicht stattfinden.

Wir werden Ihnen so bald wie möglich einen Ersatztermin vorschlagen; voraussichtlich wird das Anfang Juni sein. Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Im Auftrag
Petra Nowicki
Personalservice
Nahverkehrsverbund Hellweg – Zweckverband
Bahnhofstraße 12 · 59423 Unna""",
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "kanalhafen_outlook_cancel_new_date_soon", "lang": "de",
    "company": "Kanalhafen Logistik Dortmund", "contact": "l.brueckner@kanalhafen-logistik.example.de",
    "key": "kanalhafen_cancel", "parent": "kanalhafen_invite",
    "frm": BRUECKNER,
    "subject": "Abgesagt: Kennenlernen Hartmut Nwachukwu-Falk / Kanalhafen Logistik",
    "date": "2026-01-23 13:05",
    "form": "alt", "shell": "outlook", "cte": "quoted-printable",
    "ics": {"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000KHL0127",
            "seq": 1, "start": "2026-01-27 11:00", "minutes": 45,
            "summary": "Kennenlernen Hartmut Nwachukwu-Falk / Kanalhafen Logistik",
            "location": "Microsoft Teams-Besprechung", "organizer": BRUECKNER},
    "body": """Hallo Hartmut,

ich muss unseren Termin am Dienstag leider absagen – Okan ist die ganze Woche wegen eines Schiffsausfalls im Hafen gebunden.

Das heißt nicht, dass wir das Interesse verloren haben! Ich schicke dir gleich separat eine neue Einladung für Dienstag, 3. Februar, 11:00 Uhr, wieder per Teams.

Sorry für das Hin und Her
Lena

Lena Brückner
People & Culture | Kanalhafen Logistik Dortmund GmbH
Speicherstraße 15 · 44147 Dortmund""",
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "lindner_moves_to_wednesday", "lang": "de",
    "company": "Lindner Spedition", "contact": "m.lindner@lindner-spedition.example.de",
    "key": "lindner_move", "parent": "lindner_invite",
    "frm": LINDNER,
    "subject": "Termin Mittwoch",
    "date": "2026-05-28 17:12", "cte": "8bit",
    "body": reply("""Hallo Herr Nwachukwu-Falk,

Dienstag klappt bei mir doch nicht, mein Fahrer fällt aus. Können wir auf Mittwoch, 3. Juni, gleiche Uhrzeit (14 Uhr) gehen? Adresse bleibt Hofsteder Straße 88, einfach am Tor klingeln.

Gruß
M. Lindner""", "de", "2026-05-26 06:52", LINDNER, """Hallo Herr Nwachukwu-Falk,

hab Ihre Unterlagen gelesen. Passt. Können Sie am Dienstag, 2. Juni, um 14 Uhr bei uns auf dem Hof vorbeikommen? Dann zeig ich Ihnen die Dispo und wir quatschen eine halbe Stunde."""),
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "movedata_ashby_rescheduled", "lang": "de",
    "company": "MoveData Analytics", "contact": "jana.okafor@movedata.example.de",
    "key": "movedata_move", "parent": "movedata_invite",
    "frm": ("MoveData Analytics", "no-reply@ashbyhq.com"),
    "reply_to": [("Jana Okafor", "jana.okafor@movedata.example.de")],
    "subject": "Dein Interview wurde verschoben: Mi., 16. Sept., 10:00",
    "date": "2026-09-10 17:03",
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "MoveData Analytics", "color": "#5e35b1",
                   "button": ("Kalender aktualisieren", "https://jobs.ashbyhq.example.com/movedata/schedule/5c2e/ics")},
    "body": """Hallo Hartmut,

Malte muss am Montag spontan zu einem Kunden nach Hamburg. Wir haben dein Interview deshalb verlegt:

Alt: Montag, 14. September 2026, 15:00 Uhr
Neu: Mittwoch, 16. September 2026, 10:00 Uhr
Ort: Mediapark 5, Köln (5. OG)

Wenn der neue Termin nicht klappt, antworte einfach auf diese E-Mail – dann suchen wir einen anderen.

Jana""",
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "wct_confirms_later_date", "lang": "de",
    "company": "Westfalen Cargo Terminal", "contact": "b.termathe@wct-muenster.example.de",
    "key": "wct_move", "parent": "wct_request",
    "frm": ("Birgit Termathe", "b.termathe@wct-muenster.example.de"),
    "subject": "AW: Bitte um Verlegung des Gesprächstermins am 26.03.",
    "date": "2026-03-19 08:20", "cte": "quoted-printable",
    "body": reply("""Guten Morgen Herr Nwachukwu-Falk,

kein Problem, Schichtdienst kennen wir hier am Terminal ja auch. Wir verlegen das Gespräch auf

Dienstag, 31. März 2026, 15:30 Uhr,

gleicher Ort (Verwaltungsgebäude, Am Hafenweg 30, 1. OG). Herr Vennemann aus der Terminalsteuerung ist dann ebenfalls dabei.

Freundliche Grüße
Birgit Termathe
Personalreferentin
Westfalen Cargo Terminal GmbH · Am Hafenweg 30 · 48155 Münster · 0251 555 8840""",
        "de", "2026-03-18 22:31", ME, reply("""Sehr geehrte Frau Termathe,

vielen Dank für die Einladung. Am 26. März bin ich leider kurzfristig für eine Spätschicht eingeteilt, die ich nicht tauschen konnte. Wäre ein Termin in der Woche darauf möglich, am besten nachmittags?

Mit freundlichen Grüßen
Hartmut Nwachukwu-Falk""", "de", "2026-03-16 09:18", ("Westfalen Cargo Terminal", "noreply@softgarden.io"),
            """Sehr geehrter Herr Nwachukwu-Falk,

wir freuen uns, Sie zu einem persönlichen Gespräch für die Position Verkehrsplaner KV-Terminal (m/w/d) einzuladen.

Vorgeschlagener Termin: Donnerstag, 26. März 2026, 13:00 Uhr
Ort: Westfalen Cargo Terminal, Verwaltungsgebäude, Am Hafenweg 30, 48155 Münster""")),
})

# ---------------------------------------------------------------- English (4)

add({
    "kind": "interview_reschedule_or_cancel", "slug": "euregio_interviewer_ill_colleague", "lang": "en",
    "company": "Euregio Rail Partners", "contact": "pieter.claessens@euregio-rail.example.eu",
    "key": "euregio_ill", "parent": "euregio_screen",
    "frm": ("Pieter Claessens", "pieter.claessens@euregio-rail.example.eu"),
    "cc": [("Niamh O'Sullivan", "niamh.osullivan@euregio-rail.example.eu")],
    "subject": "Your call with Niamh today - moved to Monday",
    "date": "2026-03-12 07:55",
    "body": """Hi Hartmut,

I'm a colleague of Niamh's. She's off sick today, so your 11:00 call can't go ahead as planned - apologies for the short notice.

Niamh has asked me to move it to Monday 16 March at 11:00 CET, same number. If that doesn't suit, reply with two or three alternatives and I'll get it sorted.

Best regards,
Pieter Claessens
People Operations, Euregio Rail Partners""",
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "zlta_calendar_update_seq2_attached", "lang": "en",
    "company": "Zuid-Limburg Transport Authority", "contact": "m.jacobs@zlta.example.nl",
    "key": "zlta_update", "parent": "zlta_panel",
    "frm": JACOBS,
    "subject": "Updated: Panel interview - Network Analyst (vacancy 2026-19)",
    "date": "2026-07-06 16:22", "cte": "quoted-printable",
    "ics": {"uid": "040000008200E00074C5B7101A82E00800000000ZLTA201926", "seq": 2,
            "start": "2026-07-21 15:00", "minutes": 90,
            "summary": "Panel interview Network Analyst - H. Nwachukwu-Falk",
            "location": "Mosae Forum 10, Maastricht - meeting room Geul", "organizer": JACOBS,
            "attach": True, "cte": "base64"},
    "body": f"""Dear Mr Nwachukwu-Falk,

I'm afraid we need to move your panel interview once more. Ruud Smeets has been called to a provincial hearing on the concession, and we don't want to go ahead without him.

The new date is Tuesday 21 July 2026, 15:00-16:30, in meeting room Geul (ground floor). The presentation topic stays the same. An updated meeting request is attached; it replaces the earlier one.

Apologies for the inconvenience, and thank you for your flexibility.

With kind regards,
Marloes Jacobs
HR Advisor | Zuid-Limburg Transport Authority

{ZLTA_DISCLAIMER}""",
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "northgate_method_cancel_rearrange", "lang": "en",
    "company": "Northgate Freight Solutions", "contact": "gareth.pryce@northgate-freight.example.co.uk",
    "key": "northgate_cancel", "parent": "northgate_video",
    "frm": ("Gareth Pryce", "gareth.pryce@northgate-freight.example.co.uk"),
    "subject": "Canceled: Network Planner - hiring manager interview",
    "date": "2026-07-01 11:30", "tz": "+0100",
    "form": "alt", "shell": "outlook",
    "ics": {"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000NGF5521HM",
            "seq": 1, "start": "2026-07-03 10:00", "minutes": 45, "tz": "+0100",
            "summary": "Network Planner - hiring manager interview",
            "location": "Microsoft Teams Meeting", "organizer": ("Gareth Pryce", "gareth.pryce@northgate-freight.example.co.uk")},
    "body": """Hi Hartmut,

I have to cancel Friday's conversation - we're in the middle of a network review for the Cologne hub and my diary has been cleared for it.

This isn't a decision on your application. We'll be in touch to find another time once the review is done.

Gareth Pryce
Head of Network Planning (DACH)
Northgate Freight Solutions""",
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "brightpath_client_moved_thursday", "lang": "en",
    "company": "Limburg Port Services", "contact": "sanne.kuipers@brightpath.example.nl",
    "key": "brightpath_move", "parent": "brightpath_lps",
    "frm": ("Sanne Kuipers", "sanne.kuipers@brightpath.example.nl"),
    "subject": "LPS interview moved to Thursday 25 June",
    "date": "2026-06-19 12:18",
    "body": """Hi Hartmut,

Quick heads-up: Limburg Port Services have asked to push your interview from Tuesday to Thursday 25 June, still 10:00, same place in Stein. Wouter has a barge inspection on Tuesday that he can't move.

Can you still make Thursday with your rota? Let me know and I'll confirm with them.

Thanks,
Sanne

Sanne Kuipers | Brightpath Recruitment | +31 43 555 0192""",
})

# ---------------------------------------------------------------- French (2)

add({
    "kind": "interview_reschedule_or_cancel", "slug": "stm_liege_new_slot_reply", "lang": "fr",
    "company": "Société des Transports Mosans", "contact": "a.lambotte@stm-liege.example.be",
    "key": "stm_move", "parent": "stm_request",
    "frm": LAMBOTTE,
    "enc": {"from": ("iso-8859-1", "B"), "subject": ("utf-8", "Q")},
    "subject": "RE: Demande de report de l'entretien du 16 juin",
    "date": "2026-06-11 09:47", "cte": "quoted-printable",
    "ics": {"uid": "stm-26-052-entretien-hnf@stm-liege.example.be", "seq": 1,
            "start": "2026-06-18 14:00", "minutes": 60,
            "summary": "Entretien – Planificateur réseau (STM-26-052)",
            "location": "STM, Rue Léopold 37, 4000 Liège – 2e étage", "attach": True,
            "organizer": LAMBOTTE, "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    "body": reply("""Bonjour Monsieur Nwachukwu-Falk,

Aucun souci. Nous déplaçons votre entretien au jeudi 18 juin à 14h00, même adresse. M. Wéry est disponible à ce moment-là.

L'invitation mise à jour est en pièce jointe.

Cordialement,
Aurélie Lambotte
Chargée de recrutement – Société des Transports Mosans""", "fr", "2026-06-10 20:55", ME, """Bonjour Madame Lambotte,

Merci beaucoup pour votre invitation. Malheureusement, le mardi 16 juin je suis en service jusqu'à 13h à Dortmund et je ne pourrai pas être à Liège à 10h. Serait-il possible de déplacer l'entretien plus tard dans la semaine ?

Cordialement,
Hartmut Nwachukwu-Falk"""),
})

add({
    "kind": "interview_reschedule_or_cancel", "slug": "trilogistics_teamtailor_moved", "lang": "fr",
    "company": "Liège Trilogistics", "contact": "",
    "key": "trilog_move", "parent": "trilog_invite",
    "frm": ("Liège Trilogistics", "no-reply@teamtailor-mail.com"),
    "subject": "Votre entretien a été déplacé",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-09-08 14:14",
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Liège Trilogistics", "color": "#1565c0"},
    "body": """Bonjour Hartmut,

Votre entretien téléphonique avec Maxime Degrange a été déplacé.

Ancien créneau : jeudi 10 septembre 2026, 11h00
Nouveau créneau : mardi 15 septembre 2026, 10h00

Maxime vous appellera au numéro indiqué dans votre candidature. Si ce créneau ne vous convient pas, vous pouvez en choisir un autre depuis votre espace candidat.

L'équipe Recrutement de Liège Trilogistics""",
})

# ---------------------------------------------------------------- Spanish (1)

add({
    "kind": "interview_reschedule_or_cancel", "slug": "nerbioi_calendar_cancel", "lang": "es",
    "company": "Autobuses Nerbioi", "contact": "igoikoetxea@nerbioi-bus.example.es",
    "key": "nerbioi_cancel", "parent": "nerbioi_invite",
    "frm": GOIKOETXEA,
    "subject": "Cancelada: Entrevista - Técnico/a de planificación",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-07-17 09:15",
    "form": "alt", "shell": "outlook", "cte": "quoted-printable",
    "ics": {"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000NRB260721",
            "seq": 1, "start": "2026-07-21 10:30", "minutes": 60,
            "summary": "Entrevista Técnico/a de planificación - Hartmut Nwachukwu-Falk",
            "location": "Oficinas centrales, Calle Uribitarte 14, Bilbao - sala Artxanda",
            "organizer": GOIKOETXEA},
    "body": """Hola Hartmut:

Por motivos organizativos tenemos que anular la entrevista prevista para el martes 21 de julio. Te propondremos una nueva fecha en cuanto podamos.

Disculpa las molestias.

Itziar Goikoetxea
Recursos Humanos – Autobuses Nerbioi""",
})

# ================================================================ missed interview notices

# ---------------------------------------------------------------- German (5)

add({
    "kind": "missed_interview_notice", "slug": "pott_client_waited_at_ten", "lang": "de",
    "company": "Emschertal Logistik", "contact": "d.kowalczyk@pott-personal.example.de",
    "key": "pott_missed", "parent": "pott_invite",
    "frm": KOWALCZYK,
    "subject": "Wo waren Sie heute?",
    "date": "2026-02-13 11:20", "cte": "8bit",
    "body": """Herr Nwachukwu-Falk,

Frau Hülsbusch von Emschertal hat eben angerufen: Sie hat ab 10 Uhr am Pförtner auf Sie gewartet, eine halbe Stunde lang, und Sie sind nicht gekommen. Auf dem Handy erreiche ich Sie auch nicht.

Ist was passiert? Bitte melden Sie sich heute noch bei mir, damit ich dem Kunden etwas sagen kann.

Dennis Kowalczyk
Pott Personal GmbH · 0231 555 8120""",
})

add({
    "kind": "missed_interview_notice", "slug": "kanalhafen_waited_on_teams", "lang": "de",
    "company": "Kanalhafen Logistik Dortmund", "contact": "l.brueckner@kanalhafen-logistik.example.de",
    "key": "kanalhafen_missed", "parent": "kanalhafen_cancel",
    "frm": BRUECKNER,
    "subject": "Unser Termin heute um 11 Uhr",
    "date": "2026-02-03 11:24",
    "form": "alt", "shell": "outlook", "cte": "quoted-printable",
    "body": """Hallo Hartmut,

Okan und ich saßen ab 11:00 Uhr im Teams-Meeting und haben eine Viertelstunde auf dich gewartet – leider ohne dich. Vielleicht hat der Link nicht funktioniert oder die Einladung ist im Spam gelandet?

Gib mir doch bitte kurz Bescheid, ob du weiterhin Interesse an der Stelle hast. Dann schauen wir, ob wir noch einen Termin finden.

Viele Grüße
Lena

Lena Brückner
People & Culture | Kanalhafen Logistik Dortmund GmbH
Speicherstraße 15 · 44147 Dortmund""",
})

add({
    "kind": "missed_interview_notice", "slug": "kessler_called_twice_no_answer", "lang": "de",
    "company": "Kessler Executive Search", "contact": "c.kessler@kessler-search.example.de",
    "key": "kessler_missed", "parent": "kessler_call",
    "frm": ("Claudia Kessler", "c.kessler@kessler-search.example.de"),
    "subject": "Re: Kurzes Telefonat diese Woche?",
    "date": "2026-02-19 10:32",
    "body": """Hallo Herr Nwachukwu-Falk,

ich habe Sie wie verabredet um 10:00 Uhr und noch einmal um 10:15 Uhr auf Ihrem Handy angerufen, bin aber jeweils auf der Mailbox gelandet.

Vermutlich hat Sie der Dienst erwischt. Schicken Sie mir gern zwei, drei Zeitfenster, zu denen ich Sie sicher erreiche.

Herzliche Grüße
Claudia Kessler
Kessler Executive Search · +49 201 555 3030""",
})

add({
    "kind": "missed_interview_notice", "slug": "revier_trial_day_no_show", "lang": "de",
    "company": "Revier Omnibus", "contact": "n.pieper@revier-omnibus.example.de",
    "key": "revier_missed", "parent": "revier_invite",
    "frm": ("Nadine Pieper", "n.pieper@revier-omnibus.example.de"),
    "subject": "Probetag heute - wir haben Sie vermisst",
    "enc": {"subject": ("iso-8859-1", "Q")},
    "date": "2026-09-29 10:05", "charset": "windows-1252", "cte": "8bit",
    "body": """Hallo Herr Nwachukwu-Falk,

Sie waren heute ab 7:00 Uhr für den Probetag in der Betriebsplanung eingeplant. Jörg Szymanski und das Team haben auf Sie gewartet, und ich habe Sie um 7:30 Uhr und um 8:15 Uhr telefonisch nicht erreicht.

Ich hoffe, es ist nichts Ernstes passiert. Bitte melden Sie sich bei mir, damit wir wissen, wie es weitergehen soll.

Viele Grüße
Nadine Pieper
People | Revier Omnibus GmbH
Zweigertstraße 50 · 45130 Essen · 0201 555 6120""",
})

add({
    "kind": "missed_interview_notice", "slug": "vel_did_not_dial_in_webex", "lang": "de",
    "company": "Verkehrsgesellschaft Ennepe-Lenne", "contact": "r.sondermann@vel-verkehr.example.de",
    "key": "vel_missed", "parent": "vel_invite",
    "frm": ("Ralf Sondermann", "r.sondermann@vel-verkehr.example.de"),
    "subject": "Auswahlgespräch heute 9:00 Uhr – keine Einwahl",
    "enc": {"subject": ("utf-8", "B")},
    "date": "2026-07-02 09:40", "cte": "quoted-printable",
    "body": """Guten Tag Herr Nwachukwu-Falk,

Frau Ahlers und ich waren heute ab 9:00 Uhr im Webex-Raum, Sie haben sich jedoch nicht eingewählt. Nach 20 Minuten haben wir das Meeting beendet.

Sollten technische Probleme der Grund gewesen sein, lassen Sie es mich bitte bis Montag wissen. Ansonsten gehen wir davon aus, dass Sie Ihre Bewerbung nicht weiter verfolgen möchten.

Mit freundlichen Grüßen
Ralf Sondermann
Personalentwicklung · Verkehrsgesellschaft Ennepe-Lenne mbH""",
})

# ---------------------------------------------------------------- English (2)

add({
    "kind": "missed_interview_notice", "slug": "routewise_waited_on_meet", "lang": "en",
    "company": "RouteWise", "contact": "lena@routewise.example.io",
    "key": "routewise_noshow", "parent": "routewise_chat",
    "frm": ("Lena Brandt", "lena@routewise.example.io"),
    "subject": "Re: chat this week?",
    "date": "2026-08-13 14:35",
    "body": reply("""Hi Hartmut, I waited on Meet from 2:00 to 2:20 but didn't see you. Everything ok? Let me know if you still want to talk.

Lena""", "en", "2026-08-11 06:10", ME, """Thursday at 2pm works great, talk then!

Hartmut"""),
})

add({
    "kind": "missed_interview_notice", "slug": "aachen_maas_teams_room_empty", "lang": "en",
    "company": "Aachen-Maas Air Cargo", "contact": "priya.raman@aachen-maas-cargo.example.de",
    "key": "aachen_missed",
    "frm": ("Priya Raman", "priya.raman@aachen-maas-cargo.example.de"),
    "subject": "We missed you at 14:00",
    "date": "2026-04-23 14:41",
    "form": "alt", "shell": "simple",
    "body": """Dear Hartmut,

We had you booked for a 14:00 interview today for the Ground Transport Coordinator role, but the Teams room stayed empty until 14:25 and my call to your mobile went to voicemail.

If something came up, no problem - please reply and we'll see whether we can offer another slot next week. If we don't hear from you by Monday, we'll assume you're no longer interested.

Best regards,
Priya Raman
Talent Acquisition | Aachen-Maas Air Cargo GmbH
Flughafenstraße 3, 52146 Würselen""",
})

# ---------------------------------------------------------------- French (2)

add({
    "kind": "missed_interview_notice", "slug": "interimplus_client_waited_morning", "lang": "fr",
    "company": "Ourthe Distribution", "contact": "g.renard@interimplus.example.be",
    "key": "interim_missed",
    "frm": ("Gaëlle Renard", "g.renard@interimplus.example.be"),
    "enc": {"from": ("iso-8859-1", "Q")},
    "subject": "Rendez-vous Ourthe Distribution ce matin",
    "date": "2026-06-02 10:10", "cte": "8bit",
    "body": """Bonjour Monsieur Nwachukwu-Falk,

Le responsable d'exploitation d'Ourthe Distribution vient de m'appeler : il vous a attendu ce matin à 9h00 à Sprimont comme convenu, mais vous ne vous êtes pas présenté. Je n'arrive pas non plus à vous joindre par téléphone.

Pouvez-vous me rappeler dès que possible pour me dire ce qui s'est passé ?

Gaëlle Renard
Intérim Plus Wallonie · +32 4 555 21 90""",
})

add({
    "kind": "missed_interview_notice", "slug": "trilogistics_called_twice_at_ten", "lang": "fr",
    "company": "Liège Trilogistics", "contact": "m.degrange@trilogistics.example.be",
    "key": "trilog_missed", "parent": "trilog_move",
    "frm": ("Maxime Degrange", "m.degrange@trilogistics.example.be"),
    "subject": "Entretien téléphonique de ce matin",
    "enc": {"subject": ("utf-8", "B")},
    "date": "2026-09-15 10:40", "cte": "quoted-printable",
    "body": """Bonjour Hartmut,

J'ai essayé de vous joindre à deux reprises ce matin à 10h00 puis à 10h10 pour notre entretien téléphonique, sans succès, et je n'ai pas pu laisser de message.

Si vous êtes toujours intéressé par le poste, répondez-moi simplement avec deux ou trois disponibilités cette semaine.

Bien à vous,
Maxime Degrange
Responsable recrutement – Liège Trilogistics""",
})

# ---------------------------------------------------------------- Spanish (1)

add({
    "kind": "missed_interview_notice", "slug": "talento_norte_client_waited", "lang": "es",
    "company": "Abando Intermodal", "contact": "a.etxeberria@talentonorte.example.es",
    "key": "talento_missed", "parent": "talento_invite",
    "frm": ("Ane Etxeberria", "a.etxeberria@talentonorte.example.es"),
    "subject": "¿Qué ha pasado esta mañana?",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-10-05 11:00", "cte": "8bit",
    "body": """Hartmut:

Me acaba de llamar Gorka Ibarra de Abando Intermodal: te estuvo esperando a las 10:00 en Zorroza y no apareciste. Yo te he llamado dos veces, a las 10:05 y a las 10:20, y no lo coges.

Dime algo en cuanto puedas, por favor, que tengo que darle una explicación al cliente.

Ane
Talento Norte ETT · 944 555 377""",
})
