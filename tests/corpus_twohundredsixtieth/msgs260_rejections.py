"""Corpus 260 — rejections (31), written by hand. Words are this module's own."""

from __future__ import annotations

from msgs260_common import ME, forward, outlook, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- German (15)

add({
    "kind": "rejection", "slug": "ruhrtakt_after_panel_quotes_thanks", "lang": "de",
    "company": "Ruhrtakt Verkehrsbetriebe", "contact": "s.kortmann@ruhrtakt.example.de",
    "key": "ruhrtakt_reject", "parent": "ruhrtakt_thanks",
    "frm": ("Sabine Kortmann", "s.kortmann@ruhrtakt.example.de"),
    "subject": "AW: Vielen Dank für das heutige Gespräch",
    "date": "2026-04-22 15:47", "cte": "8bit",
    "body": reply("""Sehr geehrter Herr Nwachukwu-Falk,

danke für Ihre freundlichen Zeilen – die Runde am Montag hat auch uns Freude gemacht, und Ihre Kenntnisse aus dem Fahrdienst waren im Gespräch deutlich spürbar.

Trotzdem muss ich Ihnen heute mitteilen, dass wir die Stelle in der Angebotsplanung Bus mit einer Mitbewerberin besetzen werden, die bereits mehrere Jahre Fahrplanerstellung mit HAFAS-Werkzeugen mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.

Wenn Sie einverstanden sind, halten wir Ihre Unterlagen für zwölf Monate in unserem Talentpool und kommen auf Sie zu, sobald in der Planung wieder etwas frei wird.

Mit freundlichen Grüßen aus der Deggingstraße

Sabine Kortmann
Personalgewinnung | Ruhrtakt Verkehrsbetriebe GmbH
Deggingstraße 40 · 44141 Dortmund
Telefon 0231 555-4417

Ruhrtakt Verkehrsbetriebe GmbH · Sitz Dortmund · Amtsgericht Dortmund HRB 99812
Geschäftsführung: Dr. Rainer Oppermann, Gül Aksoy
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""",
        "de", "2026-04-13 18:03", ME,
        reply("""Sehr geehrte Frau Kortmann,

vielen Dank für das angenehme Gespräch heute mit Ihnen, Herrn Lüttgens und Frau Baran. Besonders die Frage nach dem Nachtnetz an Wochenenden hat mich noch auf der Heimfahrt beschäftigt.

Ich würde mich sehr freuen, bald von Ihnen zu hören, und stehe für ein zweites Gespräch jederzeit zur Verfügung.

Viele Grüße
Hartmut Nwachukwu-Falk""", "de", "2026-04-02 08:36",
            ("Sabine Kortmann", "s.kortmann@ruhrtakt.example.de"), """Sehr geehrter Herr Nwachukwu-Falk,

leider muss ich unser Gespräch verlegen: Herr Lüttgens ist am 9. April zu einer Sitzung beim Verkehrsverbund geladen. Neuer Termin ist

Montag, 13. April 2026, 13:30 Uhr, gleicher Ort (Raum 3.07).""")),
})

add({
    "kind": "rejection", "slug": "domstadt_workday_after_assessment", "lang": "de",
    "company": "Domstadt Bahnen", "contact": "", "parent": "domstadt_move",
    "frm": ("Domstadt Bahnen Karriere", "domstadtbahnen@myworkday.com"),
    "subject": "Ihre Bewerbung als Verkehrsplaner*in Netzentwicklung (R-2026-0117) – Rückmeldung",
    "enc": {"subject": ("utf-8", "B")},
    "date": "2026-03-11 06:02", "tz": "+0000",
    "headers": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    "form": "html", "shell": "ats",
    "shell_args": {"brand": "Domstadt Bahnen | Karriere", "color": "#c8102e",
                   "footer": "Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen. Domstadt Bahnen AG, Ottoplatz 9, 50679 Köln"},
    "body": """Guten Tag Herr Nwachukwu-Falk,

herzlichen Dank, dass Sie sich die Zeit für unser Assessment-Center am 3. März genommen haben.

Nach Abschluss aller Auswahltage hat sich das Gremium gegen eine Fortsetzung Ihrer Bewerbung für die Position Verkehrsplaner*in Netzentwicklung (R-2026-0117) ausgesprochen. Ausschlaggebend war vor allem die Fallstudie zur Linienbündelung, in der andere Teilnehmende tiefere Methodenkenntnisse zeigten.

Ihr Kandidatenprofil bleibt in unserem Portal bestehen. Sie können sich dort jederzeit auf weitere Ausschreibungen bewerben: https://domstadtbahnen.wd3.myworkday.com/careers

Freundliche Grüße
Ihr Recruiting-Team der Domstadt Bahnen""",
})

add({
    "kind": "rejection", "slug": "pott_personal_relays_emschertal_no", "lang": "de",
    "company": "Emschertal Logistik", "contact": "d.kowalczyk@pott-personal.example.de",
    "key": "pott_reject", "parent": "pott_resched",
    "frm": ("Dennis Kowalczyk", "d.kowalczyk@pott-personal.example.de"),
    "subject": "Emschertal – Rückmeldung vom Kunden",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-02-26 16:20", "cte": "quoted-printable",
    "body": """Moin Herr Nwachukwu-Falk,

ich hab eben mit Frau Hülsbusch von Emschertal telefoniert. Das zweite Gespräch am Donnerstag fanden die gut, aber für die Disposition im Lager Vogelheim nehmen sie jetzt doch jemanden, der schon mit deren Lagerverwaltung gearbeitet hat. Also für Emschertal leider nix – tut mir echt leid, gerade nach dem Hin und Her mit dem ersten Termin.

Kopf hoch: Ich hab Sie weiter auf dem Schirm und melde mich, wenn was Passendes in Richtung Verkehrs- oder Tourenplanung reinkommt.

Glück auf
Dennis Kowalczyk
Personaldisponent

Pott Personal GmbH – Niederlassung Dortmund
Königswall 21, 44137 Dortmund
Tel. 0231 555 8120 | Mobil 0152 555 40 77
www.pott-personal.example.de""",
})

add({
    "kind": "rejection", "slug": "hellweg_position_on_hold_budget", "lang": "de",
    "company": "Nahverkehrsverbund Hellweg", "contact": "p.nowicki@hellweg-verbund.example.de",
    "parent": "hellweg_ill",
    "frm": ("Petra Nowicki", "p.nowicki@hellweg-verbund.example.de"),
    "subject": "Ausschreibung 14/2026 „Sachbearbeitung Nahverkehrsplanung“ – Stand des Verfahrens",
    "enc": {"subject": ("windows-1252", "Q")},
    "date": "2026-06-08 11:05", "charset": "windows-1252", "cte": "8bit",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

Sie hatten sich auf unsere Ausschreibung 14/2026 „Sachbearbeitung Nahverkehrsplanung (EG 9c TVöD)“ beworben, und das ursprünglich für den 20. Mai angesetzte Gespräch musste wegen Erkrankung von Herrn Brandt ausfallen.

Inzwischen hat die Verbandsversammlung für den Rest des Haushaltsjahres eine Wiederbesetzungssperre beschlossen. Die Stelle ist damit bis auf Weiteres gesperrt, und das Auswahlverfahren wird nicht fortgeführt; einen Ersatztermin wird es deshalb nicht geben.

Ob und wann die Stelle neu ausgeschrieben wird, steht derzeit nicht fest. Eine erneute Ausschreibung würden wir wie gewohnt auf unserer Internetseite veröffentlichen. Ihre Unterlagen werden gemäß unserer Datenschutzhinweise nach Ablauf von sechs Monaten gelöscht.

Wir bedauern diese Entwicklung – auch für Sie – sehr.

Mit freundlichen Grüßen
Im Auftrag

Petra Nowicki
Personalservice
Nahverkehrsverbund Hellweg – Zweckverband
Bahnhofstraße 12 · 59423 Unna
Tel.: 02303 555-218 · Fax: 02303 555-299""",
})

add({
    "kind": "rejection", "slug": "lindner_terse_filled_internally", "lang": "de",
    "company": "Lindner Spedition", "contact": "m.lindner@lindner-spedition.example.de",
    "parent": "lindner_move",
    "frm": ("Markus Lindner", "m.lindner@lindner-spedition.example.de"),
    "subject": "AW: Termin Mittwoch",
    "date": "2026-06-12 07:41", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": reply("""Hallo Herr Nwachukwu-Falk,

kurz und ehrlich: wird leider nichts. Die Tourenplanung übernimmt ab Juli unser Disponent aus Herne, der sich intern beworben hat.

Trotzdem danke fürs Vorbeikommen, hat Spaß gemacht.

Gruß
M. Lindner""", "de", "2026-05-28 17:12", ("Markus Lindner", "m.lindner@lindner-spedition.example.de"),
        """Hallo Herr Nwachukwu-Falk,

Dienstag klappt bei mir doch nicht, mein Fahrer fällt aus. Können wir auf Mittwoch, 3. Juni, gleiche Uhrzeit (14 Uhr) gehen? Adresse bleibt Hofsteder Straße 88, einfach am Tor klingeln.

Gruß
M. Lindner"""),
})

add({
    "kind": "rejection", "slug": "kanalhafen_personio_profile_fit", "lang": "de",
    "company": "Kanalhafen Logistik Dortmund", "contact": "", "parent": "kanalhafen_missed",
    "frm": ("Kanalhafen Logistik Dortmund", "noreply@personio.de"),
    "subject": "Deine Bewerbung als Junior Transportplaner (m/w/d)",
    "date": "2026-02-20 09:30",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "alt", "shell": "ats", "html_cte": "base64", "cte": "quoted-printable",
    "shell_args": {"brand": "Kanalhafen Logistik Dortmund", "color": "#005f73",
                   "footer": "Gesendet über Personio · Bitte antworte nicht auf diese E-Mail."},
    "body": """Hallo Hartmut,

danke, dass du dir die Zeit für uns genommen hast – auch wenn unser Videotermin nicht ganz so gelaufen ist wie geplant.

Wir haben uns die Bewerbungen für die Stelle als Junior Transportplaner (m/w/d) noch einmal in Ruhe angesehen. Am Ende passt ein anderes Profil besser zu dem, was das Team im Moment braucht, vor allem bei der Planung von Schiffs- und Bahnumschlägen am Hafen. Wir werden deine Bewerbung daher nicht weiterverfolgen.

Wir wünschen dir für deinen Wechsel in die Planung alles Gute!

Dein Kanalhafen-Team""",
})

add({
    "kind": "rejection", "slug": "revier_omnibus_colleague_heads_up", "lang": "de",
    "company": "Revier Omnibus", "contact": "joerg.szymanski@revier-omnibus.example.de",
    "parent": "revier_missed",
    "frm": ("Jörg Szymański", "joerg.szymanski@revier-omnibus.example.de"),
    "enc": {"from": ("utf-8", "B")},
    "subject": "kurz unter uns",
    "date": "2026-10-07 21:14", "cte": "8bit",
    "body": """Hey Hartmut,

bevor du das morgen förmlich von der Personalabteilung kriegst: die Planerstelle bei uns ist weg. Sie haben sich für den Kollegen aus Mülheim entschieden, der schon die Ersatzverkehre für die Baustelle A40 gemacht hat. Der Probetag, der bei dir ins Wasser gefallen ist, hat's natürlich nicht leichter gemacht, dat weißt du selbst.

Ärger dich nicht zu lange. Wenn im Frühjahr die zweite Stelle in der Dienstplanung kommt, sag ich dir als Erster Bescheid.

Bis Samstag beim Grillen,
Jörg

--
Jörg Szymański
Teamleiter Betriebsplanung
Revier Omnibus GmbH · Zweigertstraße 50 · 45130 Essen""",
})

add({
    "kind": "rejection", "slug": "berger_yilmaz_unnamed_mandant", "lang": "de",
    "company": "Berger & Yilmaz", "contact": "m.berger@berger-yilmaz.example.de",
    "frm": ("Dr. Aylin Yilmaz", "a.yilmaz@berger-yilmaz.example.de"),
    "reply_to": [("Marco Berger", "m.berger@berger-yilmaz.example.de")],
    "subject": "Ihre Kandidatur – Projekt 2026-031 (Leitung Verkehrsplanung, Münsterland)",
    "date": "2026-05-15 13:52", "charset": "windows-1252", "cte": "quoted-printable",
    "form": "alt", "shell": "outlook", "html_charset": "windows-1252",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

für das Projekt 2026-031 hatten wir Ihr Profil vor drei Wochen anonymisiert bei unserem Mandanten vorgestellt. Gestern erreichte uns dessen Entscheidung: Man möchte die Position mit jemandem besetzen, der bereits Führungsverantwortung in einer Planungsabteilung getragen hat, und wird Sie nicht zu einem Gespräch einladen.

Wir bedauern das, denn Ihr Werdegang vom Fahrdienst in die Planung hat uns überzeugt. Für Rückfragen steht Ihnen mein Kollege Marco Berger zur Verfügung, der das Projekt operativ betreut.

Mit besten Grüßen

Dr. Aylin Yilmaz
Geschäftsführende Gesellschafterin

Berger & Yilmaz Personalberatung GmbH
Prinzipalmarkt 31 · 48143 Münster
T +49 251 555 6600 · www.berger-yilmaz.example.de

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe durch Dritte ist unzulässig. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie uns bitte umgehend.""",
})

add({
    "kind": "rejection", "slug": "vel_icims_position_withdrawn", "lang": "de",
    "company": "Verkehrsgesellschaft Ennepe-Lenne", "contact": "", "parent": "vel_missed",
    "frm": ("VEL Karriereportal", "vel-verkehr@icims.com"),
    "subject": "Information zu Ihrer Bewerbung – Referenz 2026-4471",
    "date": "2026-07-20 08:15",
    "headers": [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    "form": "alt", "shell": "ats", "cte": "quoted-printable", "html_cte": "base64",
    "shell_args": {"brand": "Verkehrsgesellschaft Ennepe-Lenne", "color": "#2e7d32",
                   "footer": "Dies ist eine automatisch versendete Nachricht des VEL-Karriereportals (powered by iCIMS)."},
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

wir danken Ihnen für Ihr Interesse an der Position „Planer/in Fahrplan und Umlauf“ (Referenz 2026-4471).

Im Zuge einer Umorganisation unseres Betriebshofs Hagen wird die Planungsaufgabe künftig auf bestehende Teams verteilt. Die ausgeschriebene Position entfällt daher ersatzlos, und wir schließen das Verfahren für alle Bewerbenden ab.

Wir würden uns freuen, wenn Sie uns bei zukünftigen Ausschreibungen wieder in Betracht ziehen.

Mit freundlichen Grüßen
Personalentwicklung VEL""",
})

add({
    "kind": "rejection", "slug": "zmmw_after_interview_outlook_chain", "lang": "de",
    "company": "Zweckverband Mobilität Münsterland-West", "contact": "t.hagedorn@zmmw.example.de",
    "frm": ("Hagedorn, Tobias", "t.hagedorn@zmmw.example.de"),
    "subject": "AW: Einladung zum Vorstellungsgespräch am 24.02.2026",
    "date": "2026-03-05 10:38", "cte": "quoted-printable",
    "body": outlook("""Sehr geehrter Herr Nwachukwu-Falk,

nochmals danke für Ihren Besuch bei uns in Coesfeld. Die Auswahlkommission hat nach den Gesprächen am 24. und 25. Februar beraten.

Wir haben uns entschieden, Ihnen die Stelle nicht anzubieten. Die Kommission hat für den Schwerpunkt Bedarfsverkehre / On-Demand einer Person den Vorzug gegeben, die solche Verkehre bereits konzipiert hat.

Ich wünsche Ihnen bei Ihrer weiteren Suche viel Erfolg.

Mit freundlichen Grüßen
Im Auftrag
Tobias Hagedorn

Zweckverband Mobilität Münsterland-West
Fachbereich Zentrale Dienste – Personal
Overhagenweg 7 · 48653 Coesfeld
Tel. 02541 555-31""", "de", "2026-02-11 09:02",
        ("Hagedorn, Tobias", "t.hagedorn@zmmw.example.de"), ME,
        "Einladung zum Vorstellungsgespräch am 24.02.2026",
        """Sehr geehrter Herr Nwachukwu-Falk,

wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 24.02.2026, um 13:00 Uhr in unsere Geschäftsstelle (Overhagenweg 7, Raum 2.14) ein. Das Gespräch dauert etwa 45 Minuten; bitte bringen Sie Ihren Personalausweis mit.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Im Auftrag
Tobias Hagedorn"""),
})

add({
    "kind": "rejection", "slug": "lippe_intermodal_softgarden_html", "lang": "de",
    "company": "Lippe Intermodal", "contact": "",
    "frm": ("Lippe Intermodal über softgarden", "noreply@softgarden.io"),
    "subject": "Ihre Bewerbung: Disponent Bahnlogistik (m/w/d) in Hamm",
    "date": "2026-01-28 14:02",
    "form": "html", "shell": "ats",
    "shell_args": {"brand": "Lippe Intermodal", "color": "#6a1b9a",
                   "footer": "Diese E-Mail wurde über softgarden versendet. Datenschutz: https://lippe-intermodal.example.de/datenschutz"},
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

vielen Dank für Ihre Bewerbung als Disponent Bahnlogistik (m/w/d) an unserem Terminal in Hamm und das damit verbundene Vertrauen.

Wir haben alle Unterlagen sorgfältig gesichtet. Leider gehören Sie nicht zu dem engeren Kreis, den wir zu Gesprächen einladen werden – insbesondere Erfahrung in der Wagendisposition war für diese Stelle entscheidend.

Bitte haben Sie Verständnis, dass wir Ihnen keine weitergehende Begründung geben können.

Mit freundlichen Grüßen
Ihr Personalteam der Lippe Intermodal GmbH""",
})

add({
    "kind": "rejection", "slug": "transtalent_emscher_bus_mobile", "lang": "de",
    "company": "Emscher Bus Service", "contact": "s.oezdemir@transtalent.example.de",
    "frm": ("Selin Özdemir", "s.oezdemir@transtalent.example.de"),
    "enc": {"from": ("iso-8859-1", "Q")},
    "subject": "Emscher Bus Service",
    "date": "2026-10-02 17:55", "cte": "8bit",
    "body": """Hallo Herr Nwachukwu-Falk,

kurze Info von unterwegs: Emscher Bus Service hat sich zurückgemeldet, die Stelle als Schichtplaner geht an einen anderen Kandidaten. Die wollten am Ende jemanden, der sofort anfangen kann, und Ihre Kündigungsfrist war denen zu lang.

Ihr Einsatz bei Rheinland Regio Rail ist davon natürlich nicht berührt!

LG Selin Özdemir
TransTalent Zeitarbeit, Essen

Von meinem iPhone gesendet""",
})

add({
    "kind": "rejection", "slug": "kvr_council_letter_latin1", "lang": "de",
    "company": "Kommunaler Verkehrsbetrieb Ruhr-Mitte", "contact": "bewerbung@kvr-mitte.example.de",
    "frm": ("KVR Personalabteilung", "bewerbung@kvr-mitte.example.de"),
    "subject": "Ihre Bewerbung vom 02.02.2026 - Verkehrsplaner/in (Kennziffer 07/26)",
    "enc": {"subject": ("iso-8859-1", "B")},
    "date": "2026-03-23 12:12", "charset": "iso-8859-1", "cte": "8bit",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

das Auswahlverfahren zur Kennziffer 07/26 ist abgeschlossen. Der Personalrat und die Gleichstellungsbeauftragte haben der Auswahlentscheidung zugestimmt; die Stelle wurde mit einer Bewerberin besetzt.

Wir müssen Ihnen daher mitteilen, dass wir Sie bei der Besetzung nicht berücksichtigen konnten.

Hinweis zum Datenschutz: Ihre Bewerbungsunterlagen werden sechs Monate nach Abschluss des Verfahrens gelöscht, sofern Sie nicht ausdrücklich in eine längere Speicherung einwilligen. Eine Rücksendung von Papierunterlagen erfolgt nur auf Wunsch.

Für Rückfragen erreichen Sie uns unter dieser Adresse; Ihre Nachricht wird von Frau Gerlach bearbeitet.

Mit freundlichen Grüßen
Ihre Personalabteilung
Kommunaler Verkehrsbetrieb Ruhr-Mitte AöR
Westring 3, 44787 Bochum""",
})

add({
    "kind": "rejection", "slug": "koelner_gueterring_recruitee", "lang": "de",
    "company": "Kölner Güterring", "contact": "",
    "frm": ("Kölner Güterring", "noreply@jobs.recruitee.com"),
    "enc": {"from": ("utf-8", "Q"), "subject": ("utf-8", "Q")},
    "subject": "Update zu Ihrer Bewerbung bei Kölner Güterring",
    "date": "2026-09-16 10:44",
    "form": "alt", "shell": "ats", "cte": "quoted-printable",
    "shell_args": {"brand": "Kölner Güterring · Careers", "color": "#37474f",
                   "footer": "Powered by Recruitee. Sie erhalten diese E-Mail, weil Sie sich über unser Karriereportal beworben haben."},
    "body": """Hallo Hartmut Nwachukwu-Falk,

danke für Ihr Interesse an der Rolle „Netzplaner Schienengüterverkehr“ in Köln-Eifeltor.

Nach dem Telefoninterview haben wir entschieden, den Prozess mit Kandidat:innen fortzusetzen, deren bisherige Stationen näher am Schienengüterverkehr liegen – Trassenbestellung und Rangierplanung stehen in dieser Rolle vom ersten Tag an im Mittelpunkt.

Das ist keine Aussage über Ihr Potenzial, und wir freuen uns, wenn Sie uns weiter folgen.

Beste Grüße
Team People & Culture, Kölner Güterring""",
})

add({
    "kind": "rejection", "slug": "kessler_forwards_gelsenhafen_no", "lang": "de",
    "company": "Gelsenhafen Rail", "contact": "c.kessler@kessler-search.example.de",
    "frm": ("Claudia Kessler", "c.kessler@kessler-search.example.de"),
    "subject": "WG: Kandidat Nwachukwu-Falk – Entscheidung",
    "date": "2026-04-29 19:06", "cte": "quoted-printable",
    "body": forward("""Lieber Herr Nwachukwu-Falk,

unten die Rückmeldung von Gelsenhafen Rail, ungekürzt, damit Sie es aus erster Hand lesen. Ich hätte Ihnen wirklich etwas anderes gewünscht. Morgen rufe ich Sie an, dann sprechen wir über die beiden anderen Mandate.

Herzlich
Claudia Kessler
Kessler Executive Search · Ruhrallee 9 · 45138 Essen · +49 201 555 3030""",
        "de", "2026-04-29 16:41", ("Ulrike Brandhorst", "u.brandhorst@gelsenhafen-rail.example.de"),
        ("Claudia Kessler", "c.kessler@kessler-search.example.de"),
        "Kandidat Nwachukwu-Falk – Entscheidung",
        """Liebe Frau Kessler,

vielen Dank für die Vorstellung von Herrn Nwachukwu-Falk. Wir haben lange überlegt, uns aber gegen ihn entschieden: Für die Leitung der Hafenbahn-Disposition fehlt uns die eisenbahnbetriebliche Qualifikation (EBL-Schein), die wir kurzfristig nicht nachschulen können.

Bitte richten Sie ihm unseren Dank aus.

Beste Grüße
Ulrike Brandhorst
Leitung Personal, Gelsenhafen Rail GmbH"""),
})

# ---------------------------------------------------------------- English (8)

add({
    "kind": "rejection", "slug": "euregio_ashby_role_on_hold", "lang": "en",
    "company": "Euregio Rail Partners", "contact": "niamh.osullivan@euregio-rail.example.eu",
    "parent": "euregio_ill",
    "frm": ("Euregio Rail Partners", "no-reply@ashbyhq.com"),
    "reply_to": [("Niamh O'Sullivan", "niamh.osullivan@euregio-rail.example.eu")],
    "subject": "Update on the Timetable Planner role (Aachen/Maastricht)",
    "date": "2026-04-01 16:30", "tz": "+0000",
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Euregio Rail Partners", "color": "#283593",
                   "footer": "Sent via Ashby on behalf of Euregio Rail Partners B.V."},
    "body": """Hi Hartmut,

I wanted to let you know personally where things stand. Our board has paused all new planning hires until the cross-border concession for the Aachen–Maastricht line is re-tendered, so the Timetable Planner role has been put on hold and we will not proceed with any candidates for now, including you.

I know this is frustrating after you moved your call for us last month. If the role reopens, I'll reach out to you first rather than starting from scratch.

Best,
Niamh O'Sullivan
Talent Partner, Euregio Rail Partners""",
})

add({
    "kind": "rejection", "slug": "mvl_lever_closer_match", "lang": "en",
    "company": "Meuse Valley Logistics", "contact": "", "parent": "mvl_ack",
    "frm": ("Meuse Valley Logistics", "no-reply@hire.lever.co"),
    "subject": "Your application to Meuse Valley Logistics",
    "date": "2026-03-20 12:05", "tz": "+0000",
    "form": "alt", "shell": "ats", "html_cte": "quoted-printable",
    "shell_args": {"brand": "Meuse Valley Logistics", "color": "#00695c"},
    "body": """Dear Hartmut,

Thank you for applying for the Transport Planner (Cross-dock, Maastricht) position and for the time you spent on our questionnaire.

After reviewing a large number of applications, we decided to move forward with candidates whose experience more closely matches the requirements of this role, in particular warehouse-to-store route planning with TMS tools.

We'd be glad to see your name again for future openings.

Kind regards,
Talent Acquisition
Meuse Valley Logistics""",
})

add({
    "kind": "rejection", "slug": "northgate_icims_plain_autosubmitted", "lang": "en",
    "company": "Northgate Freight Solutions", "contact": "", "parent": "northgate_cancel",
    "frm": ("Northgate Freight Solutions Careers", "donotreply@icims.com"),
    "subject": "Requisition 5521-COL Network Planner - application status",
    "date": "2026-07-09 03:12", "tz": "+0100",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Dear Hartmut Nwachukwu-Falk,

Your application for Network Planner (Cologne hub), requisition 5521-COL, has been reviewed by the hiring team.

We regret to inform you that you have not been selected to continue in the process for this requisition. Any further interview slots that were being arranged for you have been withdrawn.

This mailbox is not monitored. To view other vacancies, sign in to the Northgate careers portal.

Northgate Freight Solutions Ltd
Registered in England and Wales, No. 08814772""",
})

add({
    "kind": "rejection", "slug": "brightpath_relays_parkstad_outlook", "lang": "en",
    "company": "Parkstad Busdiensten", "contact": "sanne.kuipers@brightpath.example.nl",
    "parent": "brightpath_chase",
    "frm": ("Sanne Kuipers", "sanne.kuipers@brightpath.example.nl"),
    "subject": "RE: Any news from Parkstad?",
    "date": "2026-06-24 09:20",
    "body": outlook("""Hi Hartmut,

Thanks for chasing, and sorry I hadn't come back to you sooner. I finally got Parkstad's operations director on the phone yesterday evening.

Unfortunately they've said no. Their feedback was that you interviewed well, but they need someone who can run the depot scheduling software from day one, and they aren't willing to wait for training.

I appreciate that's disappointing. The Limburg Port Services process is unaffected, and I'll keep pushing that one.

Kind regards,
Sanne

Sanne Kuipers | Senior Consultant, Logistics & Mobility
Brightpath Recruitment | Stationsplein 4, 6221 BT Maastricht
+31 43 555 0192""", "en", "2026-06-22 20:14", ME,
        ("Sanne Kuipers", "sanne.kuipers@brightpath.example.nl"), "Any news from Parkstad?",
        """Hi Sanne,

It's been ten days since the interview in Heerlen. Have you heard anything from Parkstad yet? Happy to send more information if they need it.

Best regards,
Hartmut"""),
})

add({
    "kind": "rejection", "slug": "routewise_founder_one_liner", "lang": "en",
    "company": "RouteWise", "contact": "lena@routewise.example.io", "parent": "routewise_noshow",
    "frm": ("Lena Brandt", "lena@routewise.example.io"),
    "subject": "Re: Sorry about Thursday",
    "date": "2026-08-14 18:02",
    "body": reply("""Hi Hartmut - no worries about Thursday, these things happen. That said, we're going a different direction with the ops role and won't be taking it further. Thanks for your time, and good luck with the move into planning.

Lena""", "en", "2026-08-13 22:48", ME, """Hi Lena,

I'm really sorry I missed our call today. My shift was extended at short notice and I had no signal in the depot. Could we find another slot?

Hartmut"""),
})

add({
    "kind": "rejection", "slug": "zlta_after_interview_quotes_thanks", "lang": "en",
    "company": "Zuid-Limburg Transport Authority", "contact": "m.jacobs@zlta.example.nl",
    "parent": "zlta_update",
    "frm": ("Marloes Jacobs", "m.jacobs@zlta.example.nl"),
    "subject": "Re: Thank you - Network Analyst panel",
    "date": "2026-07-28 14:26",
    "form": "alt", "shell": "simple", "cte": "quoted-printable",
    "body": reply("""Dear Hartmut,

Thank you for your kind message after the panel, and for being so flexible when we had to move it twice.

I'm afraid I have to tell you that the panel will not be offering you the Network Analyst position. Your operational insight stood out, but the successful candidate brought more hands-on GTFS and ridership-modelling experience, which weighed heavily for this particular team.

I would be glad to give you more detailed feedback over the phone if that would be useful.

With kind regards,
Marloes Jacobs
HR Advisor | Zuid-Limburg Transport Authority
Mosae Forum 10, 6211 DW Maastricht | +31 43 555 7710

The information in this e-mail is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message. ZLTA accepts no liability for the content of this e-mail.""",
        "en", "2026-07-21 17:40", ME, """Dear Ms Jacobs,

Many thanks to you and the panel for this afternoon's interview. I especially enjoyed the discussion about the Heerlen night buses, and I'd love the chance to bring my experience from the driver's seat to your network team.

Kind regards,
Hartmut Nwachukwu-Falk"""),
})

add({
    "kind": "rejection", "slug": "scaldis_via_greenhouse_internal", "lang": "en",
    "company": "Scaldis Transit Data", "contact": "oskar.lindqvist@scaldis-data.example.nl",
    "parent": "scaldis_worksample",
    "frm": ("Oskar Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": [("Oskar Lindqvist", "oskar.lindqvist@scaldis-data.example.nl")],
    "subject": "Scaldis Transit Data - Mobility Data Planner",
    "date": "2026-05-29 11:11", "tz": "+0000",
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Scaldis Transit Data", "color": "#4e342e"},
    "body": """Hello Hartmut,

Thanks again for the work-sample session last week; your stop-spacing analysis was genuinely thoughtful.

Since then a colleague from our operations team applied for the Mobility Data Planner position, and we've offered it to her. That means we're closing the search and won't be moving forward with your application.

I'm sorry to bring this news after you invested a full afternoon with us. Feel free to reply here if you'd like feedback on the exercise.

Oskar Lindqvist
Engineering Manager, Scaldis Transit Data""",
})

add({
    "kind": "rejection", "slug": "harbourline_workable_role_cancelled", "lang": "en",
    "company": "Harbourline Parcel", "contact": "",
    "frm": ("Harbourline Parcel", "noreply@workablemail.com"),
    "subject": "Harbourline Parcel: Route Planner (Cologne) – vacancy closed",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-10-12 08:30", "tz": "+0100",
    "form": "html", "shell": "ats", "html_charset": "windows-1252", "html_cte": "quoted-printable",
    "shell_args": {"brand": "Harbourline Parcel", "color": "#ef6c00",
                   "footer": "You’re receiving this because you applied through Workable. © 2026 Harbourline Parcel Ltd."},
    "body": """Dear Hartmut,

We’re writing to everyone who applied for our Route Planner vacancy in Cologne. Following the decision to hand our Rhineland last-mile deliveries to a partner carrier, we have decided not to fill the position after all, and the vacancy is now closed.

This has nothing to do with your application – no one will be appointed to the role.

Thank you for your interest in Harbourline – we’re sorry it didn’t work out this time.

The Harbourline Talent Team""",
})

# ---------------------------------------------------------------- French (4)

add({
    "kind": "rejection", "slug": "trilogistics_teamtailor_other_profiles", "lang": "fr",
    "company": "Liège Trilogistics", "contact": "", "parent": "trilog_missed",
    "frm": ("Liège Trilogistics", "no-reply@teamtailor-mail.com"),
    "subject": "Votre candidature – Planificateur·rice transport (Liège)",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-09-30 10:00",
    "form": "alt", "shell": "ats", "cte": "quoted-printable",
    "shell_args": {"brand": "Liège Trilogistics", "color": "#1565c0",
                   "footer": "Cet e-mail a été envoyé via Teamtailor. Gérez vos données : https://trilogistics.teamtailor.example.be/connect"},
    "body": """Bonjour Hartmut,

Merci pour l'intérêt que vous portez à Liège Trilogistics et pour le temps consacré à notre processus de recrutement.

Après analyse, nous avons retenu d'autres candidatures dont le parcours correspond davantage aux exigences du poste de planificateur·rice transport, notamment en matière de planification multimodale fleuve-rail.

Nous conservons votre profil dans notre vivier de talents et n'hésiterons pas à revenir vers vous si une opportunité adaptée se présente.

Bien cordialement,
L'équipe Recrutement de Liège Trilogistics""",
})

add({
    "kind": "rejection", "slug": "interimplus_relays_ourthe_latin1", "lang": "fr",
    "company": "Ourthe Distribution", "contact": "g.renard@interimplus.example.be",
    "parent": "interim_missed",
    "frm": ("Gaëlle Renard", "g.renard@interimplus.example.be"),
    "enc": {"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "Q")},
    "subject": "Ourthe Distribution : décision du client",
    "date": "2026-06-05 15:33", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Bonjour Monsieur Nwachukwu-Falk,

J'ai eu ce midi le responsable d'exploitation d'Ourthe Distribution. Suite au rendez-vous manqué de mardi, il ne souhaite pas organiser de nouvelle rencontre et a confié la mission de planificateur de tournées à un autre intérimaire.

Je suis désolée que cela se termine ainsi. Pensez à me prévenir la prochaine fois si un imprévu survient, même à la dernière minute : je peux souvent arranger les choses avec le client.

Je reste à votre disposition pour d'autres missions.

Gaëlle Renard
Consultante - Intérim Plus Wallonie
Boulevard d'Avroy 52, 4000 Liège
Tél. +32 4 555 21 90""",
})

add({
    "kind": "rejection", "slug": "rail_ardenne_after_interview_reply", "lang": "fr",
    "company": "Rail Ardenne Fret", "contact": "j.collard@railardenne.example.be",
    "frm": ("Julien Collard", "j.collard@railardenne.example.be"),
    "subject": "Re: Merci pour l'entretien de ce matin",
    "date": "2026-04-17 12:48", "cte": "8bit",
    "body": reply("""Bonjour Hartmut,

Merci pour votre message, c'était un plaisir d'échanger avec vous.

Je vous réponds sans attendre : nous ne donnerons pas suite à votre candidature pour le poste de planificateur fret. Votre expérience du terrain est réelle, mais le poste exige une bonne maîtrise de la réglementation ferroviaire belge et des sillons, et nous ne pouvons pas former quelqu'un sur ces sujets cette année.

Je vous souhaite sincèrement de trouver rapidement le bon poste.

Julien Collard
Responsable planification
Rail Ardenne Fret SA – Rue de l'Aéroport 3, 4460 Grâce-Hollogne""",
        "fr", "2026-04-14 18:22", ME, """Bonjour Monsieur Collard,

Merci beaucoup pour l'entretien de ce matin et pour la visite du poste de commande. J'ai beaucoup apprécié nos échanges sur la planification des navettes vers Anvers.

Bien cordialement,
Hartmut Nwachukwu-Falk"""),
})

add({
    "kind": "rejection", "slug": "dumont_conseil_unnamed_client_outlook", "lang": "fr",
    "company": "Dumont Conseil", "contact": "v.dumont@dumont-conseil.example.be",
    "frm": ("Véronique Dumont", "v.dumont@dumont-conseil.example.be"),
    "enc": {"from": ("utf-8", "B")},
    "subject": "Mission 26-118 – retour de notre client",
    "date": "2026-08-21 17:10", "cte": "quoted-printable",
    "form": "alt", "shell": "outlook",
    "body": """Monsieur,

Je reviens vers vous concernant la mission 26-118 (coordinateur planification transport, région liégeoise), pour laquelle nous avions transmis votre dossier à notre client.

Notre client a finalement fait le choix d'un profil disposant d'une expérience confirmée en gestion d'équipe. Votre candidature n'est donc pas retenue pour cette mission.

Je vous remercie pour la qualité de nos échanges et me permettrai de vous recontacter pour d'autres missions.

Véronique Dumont
Associée – Cabinet Dumont Conseil
Quai de Rome 25, 4000 Liège | +32 4 555 63 00

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer.""",
})

# ---------------------------------------------------------------- Spanish (4)

add({
    "kind": "rejection", "slug": "nerbioi_internal_promotion_reply", "lang": "es",
    "company": "Autobuses Nerbioi", "contact": "igoikoetxea@nerbioi-bus.example.es",
    "parent": "nerbioi_cancel",
    "frm": ("Itziar Goikoetxea", "igoikoetxea@nerbioi-bus.example.es"),
    "subject": "RE: Cancelada: Entrevista - Técnico/a de planificación",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-07-30 13:02", "cte": "quoted-printable",
    "body": reply("""Hola Hartmut:

Te escribo para cerrar el tema de la entrevista que anulamos la semana pasada. Finalmente la dirección ha decidido cubrir la plaza de técnico de planificación mediante promoción interna, con una compañera del área de tráfico, por lo que no vamos a retomar el proceso externo.

Siento mucho no haber podido conocerte en persona. Gracias por tu paciencia y mucha suerte en tu búsqueda.

Un saludo,
Itziar Goikoetxea
Recursos Humanos – Autobuses Nerbioi
Calle Uribitarte 14, 48001 Bilbao · 944 555 210""",
        "es", "2026-07-17 09:15", ("Itziar Goikoetxea", "igoikoetxea@nerbioi-bus.example.es"),
        """Hola Hartmut:

Por motivos organizativos tenemos que anular la entrevista prevista para el martes 21 de julio. Te propondremos una nueva fecha en cuanto podamos.

Disculpa las molestias."""),
})

add({
    "kind": "rejection", "slug": "logistica_ria_smartrecruiters_html", "lang": "es",
    "company": "Logística Ría de Bilbao", "contact": "", "parent": "ria_ack",
    "frm": ("Logística Ría de Bilbao", "no-reply@smartrecruiters.com"),
    "enc": {"from": ("utf-8", "Q"), "subject": ("utf-8", "B")},
    "subject": "Actualización sobre tu candidatura: Planificador/a de rutas",
    "date": "2026-05-22 09:40",
    "form": "html", "shell": "ats", "html_cte": "base64",
    "shell_args": {"brand": "Logística Ría de Bilbao", "color": "#b71c1c",
                   "footer": "Powered by SmartRecruiters. Para dejar de recibir correos, gestiona tus preferencias en tu perfil."},
    "body": """Hola Hartmut:

Gracias por tu interés en el puesto de Planificador/a de rutas en nuestro centro de Zorrotzaurre.

Hemos revisado tu candidatura con atención y hemos decidido continuar con otros perfiles que encajan mejor con las necesidades actuales del equipo, sobre todo en planificación de carga completa y conocimiento del puerto.

Te animamos a seguir atento a nuestras próximas ofertas.

Un cordial saludo,
Equipo de Talento – Logística Ría de Bilbao""",
})

add({
    "kind": "rejection", "slug": "talento_norte_relays_abando_1252", "lang": "es",
    "company": "Abando Intermodal", "contact": "a.etxeberria@talentonorte.example.es",
    "parent": "talento_missed",
    "frm": ("Ane Etxeberria", "a.etxeberria@talentonorte.example.es"),
    "subject": "Abando Intermodal - respuesta final",
    "date": "2026-10-09 12:20", "charset": "windows-1252", "cte": "8bit",
    "body": """Buenos días, Hartmut:

Te llamo luego, pero te adelanto por aquí lo que me ha dicho Abando Intermodal: después de la entrevista que no pudo celebrarse el lunes, han preferido seguir con los dos candidatos que ya habían visto y no van a contar contigo para el puesto de coordinador de tráfico.

Sé que no es lo que esperabas… ¡pero no te desanimes! Tengo otras dos empresas en Bilbao que buscan perfiles como el tuyo.

Un abrazo,
Ane Etxeberria
Consultora – Talento Norte ETT
Gran Vía 45, 48011 Bilbao · 944 555 377""",
})

add({
    "kind": "rejection", "slug": "fco_taleo_process_frozen", "lang": "es",
    "company": "Ferrocarriles del Cantábrico Oriental", "contact": "",
    "frm": ("FCO Selección", "fco-tren@taleo.net"),
    "subject": "Proceso de selección 2026/044 - Técnico/a de horarios",
    "enc": {"subject": ("iso-8859-1", "B")},
    "date": "2026-09-02 08:00",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "alt", "shell": "ats", "cte": "quoted-printable", "html_cte": "quoted-printable",
    "shell_args": {"brand": "Ferrocarriles del Cantábrico Oriental", "color": "#004d40",
                   "footer": "Mensaje generado automáticamente. Por favor, no responda a este correo."},
    "body": """Estimado/a Hartmut Nwachukwu-Falk:

Le informamos de que el proceso de selección 2026/044 para el puesto de Técnico/a de horarios ha quedado suspendido por decisión de la Dirección, a la espera del nuevo contrato-programa con la Diputación.

En consecuencia, el proceso no continuará y todas las candidaturas presentadas quedan archivadas. Si en el futuro se convoca de nuevo, se publicará en nuestra web y deberá inscribirse otra vez.

Agradecemos su participación.

Departamento de Selección
Ferrocarriles del Cantábrico Oriental, S.A.""",
})
