"""Corpus 260 — everything that is not a job event for the candidate (52), written by hand:
the candidate's own mail, digests, newsletters, notifications, look-alikes from private life.
Words are this module's own."""

from __future__ import annotations

from msgs260_common import ME, forward, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

SIG_ME_DE = """Hartmut Nwachukwu-Falk
Mobil 0176 555 02219"""


def news_headers(list_id: str, unsub: str, mailto: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:{mailto}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ================================================================ the candidate's own mail

add({
    "kind": "other", "slug": "own_thanks_ruhrtakt_quotes_move", "lang": "de",
    "company": "", "contact": "",
    "key": "ruhrtakt_thanks", "parent": "ruhrtakt_move",
    "frm": ME, "to": [("Sabine Kortmann", "s.kortmann@ruhrtakt.example.de")],
    "subject": "Vielen Dank für das heutige Gespräch",
    "date": "2026-04-13 18:03", "cte": "8bit",
    "body": reply("""Sehr geehrte Frau Kortmann,

vielen Dank für das angenehme Gespräch heute mit Ihnen, Herrn Lüttgens und Frau Baran. Besonders die Frage nach dem Nachtnetz an Wochenenden hat mich noch auf der Heimfahrt beschäftigt.

Ich würde mich sehr freuen, bald von Ihnen zu hören, und stehe für ein zweites Gespräch jederzeit zur Verfügung.

Viele Grüße
Hartmut Nwachukwu-Falk""", "de", "2026-04-02 08:36", ("Sabine Kortmann", "s.kortmann@ruhrtakt.example.de"),
        """Sehr geehrter Herr Nwachukwu-Falk,

leider muss ich unser Gespräch verlegen: Herr Lüttgens ist am 9. April zu einer Sitzung beim Verkehrsverbund geladen. Neuer Termin ist

Montag, 13. April 2026, 13:30 Uhr, gleicher Ort (Raum 3.07)."""),
})

add({
    "kind": "other", "slug": "own_application_bng_with_cv", "lang": "de",
    "company": "", "contact": "",
    "key": "bng_apply",
    "frm": ME, "to": [("Jutta Rehbein", "j.rehbein@bng-bochum.example.de")],
    "subject": "Bewerbung als Mitarbeiter Angebotsplanung (Ihre Anzeige vom 28.07.)",
    "date": "2026-08-03 20:41", "cte": "quoted-printable",
    "pdf": [{"name": "Lebenslauf_Hartmut_Nwachukwu-Falk.pdf", "title": "Lebenslauf",
             "lines": ["Hartmut Nwachukwu-Falk, Dortmund", "",
                       "seit 2017  Busfahrer im Linienverkehr, Dortmund",
                       "2021-2023  Mitglied im Betriebsrat, AG Dienstplangestaltung",
                       "2025-2026  Zertifikatslehrgang Verkehrsplanung (abends)",
                       "Führerschein: B, C1, D; Sprachen: Deutsch, Englisch, Französisch (B1), Spanisch (A2)"]}],
    "body": """Sehr geehrte Frau Rehbein,

hiermit bewerbe ich mich auf Ihre Stelle als Mitarbeiter Angebotsplanung. Seit 2017 fahre ich im Linienverkehr in Dortmund und habe dabei gelernt, wo Fahrpläne in der Praxis haken.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
Hartmut Nwachukwu-Falk""",
})

add({
    "kind": "other", "slug": "own_apology_pott_after_no_show", "lang": "de",
    "company": "", "contact": "",
    "key": "pott_apology", "parent": "pott_missed",
    "frm": ME, "to": [("Dennis Kowalczyk", "d.kowalczyk@pott-personal.example.de")],
    "subject": "Entschuldigung wegen heute Vormittag",
    "date": "2026-02-13 19:40", "cte": "8bit",
    "body": reply("""Hallo Herr Kowalczyk,

es tut mir wirklich leid wegen heute. Mein Bus ist auf der A40 liegengeblieben, und bis der Ersatzwagen kam, war ich mit 60 Fahrgästen auf dem Standstreifen. Das Handy lag im Spind.

Gibt es die Möglichkeit, den Termin bei Emschertal nachzuholen?

Viele Grüße
Hartmut Nwachukwu-Falk""", "de", "2026-02-13 11:20", ("Dennis Kowalczyk", "d.kowalczyk@pott-personal.example.de"),
        """Herr Nwachukwu-Falk,

Frau Hülsbusch von Emschertal hat eben angerufen: Sie hat ab 10 Uhr am Pförtner auf Sie gewartet, eine halbe Stunde lang, und Sie sind nicht gekommen."""),
})

add({
    "kind": "other", "slug": "own_reschedule_request_wct", "lang": "de",
    "company": "", "contact": "",
    "key": "wct_request", "parent": "wct_invite",
    "frm": ME, "to": [("Birgit Termathe", "b.termathe@wct-muenster.example.de")],
    "subject": "Bitte um Verlegung des Gesprächstermins am 26.03.",
    "date": "2026-03-18 22:31", "cte": "8bit",
    "body": """Sehr geehrte Frau Termathe,

vielen Dank für die Einladung. Am 26. März bin ich leider kurzfristig für eine Spätschicht eingeteilt, die ich nicht tauschen konnte. Wäre ein Termin in der Woche darauf möglich, am besten nachmittags?

Mit freundlichen Grüßen
Hartmut Nwachukwu-Falk""",
})

add({
    "kind": "other", "slug": "own_thanks_maasland_after_interview", "lang": "en",
    "company": "", "contact": "",
    "key": "maasland_thanks", "parent": "maasland_invite",
    "frm": ME, "to": [("Femke de Wit", "femke.dewit@maasland-transit.example.nl")],
    "cc": [("Joost Hendriks", "j.hendriks@maasland-transit.example.nl")],
    "subject": "Thank you for today's interview",
    "date": "2026-05-19 19:12",
    "form": "alt", "shell": "simple",
    "body": """Dear Femke, dear Joost,

Thank you both for this afternoon's conversation. The timetable exercise was great fun - I kept thinking about the Sunday frequencies on line 7 on my way home.

I'm very motivated to join Maasland Transit and hope to hear from you soon.

Kind regards,
Hartmut Nwachukwu-Falk""",
})

add({
    "kind": "other", "slug": "own_chaser_brightpath", "lang": "en",
    "company": "", "contact": "",
    "key": "brightpath_chase", "parent": "brightpath_ack",
    "frm": ME, "to": [("Sanne Kuipers", "sanne.kuipers@brightpath.example.nl")],
    "subject": "Any news from Parkstad?",
    "date": "2026-06-22 20:14",
    "body": """Hi Sanne,

It's been ten days since the interview in Heerlen. Have you heard anything from Parkstad yet? Happy to send more information if they need it.

Best regards,
Hartmut""",
})

add({
    "kind": "other", "slug": "own_application_scaldis_cv", "lang": "en",
    "company": "", "contact": "",
    "key": "scaldis_apply",
    "frm": ME, "to": [("Oskar Lindqvist", "oskar.lindqvist@scaldis-data.example.nl")],
    "subject": "Application - Mobility Data Planner",
    "date": "2026-05-11 20:05",
    "pdf": [{"name": "CV_Hartmut_Nwachukwu-Falk_EN.pdf", "title": "Curriculum Vitae",
             "lines": ["Hartmut Nwachukwu-Falk, Dortmund, Germany", "",
                       "2017-now   Bus driver, scheduled services, Dortmund",
                       "2021-2023  Works council, rota working group",
                       "2025-2026  Certificate course in transport planning (evenings)",
                       "Languages: German, English, French (B1), Spanish (A2)"]}],
    "body": """Dear Mr Lindqvist,

I'd like to apply for the Mobility Data Planner role. I have nine years behind the wheel in Dortmund and I'm finishing an evening course in transport planning. My CV is attached.

Kind regards,
Hartmut Nwachukwu-Falk""",
})

add({
    "kind": "other", "slug": "own_report_request_stm", "lang": "fr",
    "company": "", "contact": "",
    "key": "stm_request", "parent": "stm_invite",
    "frm": ME, "to": [("Aurélie Lambotte", "a.lambotte@stm-liege.example.be")],
    "enc": {"to": ("utf-8", "Q")},
    "subject": "Demande de report de l'entretien du 16 juin",
    "date": "2026-06-10 20:55", "cte": "quoted-printable",
    "body": reply("""Bonjour Madame Lambotte,

Merci beaucoup pour votre invitation. Malheureusement, le mardi 16 juin je suis en service jusqu'à 13h à Dortmund et je ne pourrai pas être à Liège à 10h. Serait-il possible de déplacer l'entretien plus tard dans la semaine ?

Cordialement,
Hartmut Nwachukwu-Falk""", "fr", "2026-06-09 11:20", ("Aurélie Lambotte", "a.lambotte@stm-liege.example.be"),
        """Bonjour Monsieur Nwachukwu-Falk,

Suite à l'examen de votre candidature au poste de planificateur réseau (réf. STM-26-052), nous avons le plaisir de vous inviter à un entretien le mardi 16 juin 2026 à 10h00 dans nos bureaux, rue Léopold 37 à Liège."""),
})

add({
    "kind": "other", "slug": "own_solicitud_logistica_ria", "lang": "es",
    "company": "", "contact": "",
    "frm": ME, "to": [("Logística Ría de Bilbao - Selección", "seleccion@logistica-ria.example.es")],
    "enc": {"to": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "Q")},
    "subject": "Solicitud: Planificador/a de rutas (Zorrotzaurre)",
    "date": "2026-05-07 21:30", "charset": "iso-8859-1", "cte": "quoted-printable",
    "pdf": [{"name": "CV_Hartmut_Nwachukwu-Falk_ES.pdf", "title": "Curriculum vitae",
             "lines": ["Hartmut Nwachukwu-Falk, Dortmund (Alemania)", "",
                       "2017-hoy   Conductor de autobús urbano, Dortmund",
                       "2025-2026  Curso de planificación del transporte",
                       "Idiomas: alemán, inglés, francés (B1), español (A2)"]}],
    "body": """Estimados señores:

Me dirijo a ustedes para presentar mi candidatura al puesto de Planificador/a de rutas publicado en su web. Tengo nueve años de experiencia como conductor de autobús en Dortmund y estoy terminando un curso de planificación del transporte. Mi familia y yo nos trasladaremos a Bilbao en otoño.

Adjunto mi currículum. Quedo a su disposición para una entrevista, también por videollamada.

Atentamente,
Hartmut Nwachukwu-Falk""",
})

# ================================================================ German (22 more)

add({
    "kind": "other", "slug": "ruhrjobs_jobagent_digest", "lang": "de",
    "company": "", "contact": "",
    "frm": ("RuhrJobs Jobagent", "jobagent@mailing.ruhrjobs.example.de"),
    "subject": "9 neue Jobs für „Verkehrsplaner Dortmund“ – u. a. Angebotsplanung, Disposition",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-03-03 06:15",
    "headers": news_headers("RuhrJobs Jobagent <jobagent.ruhrjobs.example.de>",
                            "https://www.ruhrjobs.example.de/jobagent/abmelden?id=77812",
                            "unsubscribe-77812@mailing.ruhrjobs.example.de"),
    "form": "alt", "shell": "news", "html_cte": "quoted-printable", "cte": "quoted-printable",
    "shell_args": {"title": "Ihr RuhrJobs Jobagent", "color": "#00838f",
                   "footer": "Sie erhalten diese E-Mail, weil Sie den Jobagenten „Verkehrsplaner Dortmund“ abonniert haben. Abmelden: https://www.ruhrjobs.example.de/jobagent/abmelden?id=77812"},
    "body": """Guten Morgen Hartmut,

seit gestern sind 9 neue Stellen zu Ihrer Suche dazugekommen:

Verkehrsplaner (m/w/d) Angebotsplanung – Ruhrtakt Verkehrsbetriebe, Dortmund
https://www.ruhrjobs.example.de/job/448120

Disponent Nahverkehr (m/w/d) – Emscher Bus Service, Herne
https://www.ruhrjobs.example.de/job/448133

Sachbearbeitung Fahrplan (m/w/d) – Kreisverwaltung, Unna
https://www.ruhrjobs.example.de/job/448140

Tourenplaner Lebensmittellogistik – Spedition, Bochum
https://www.ruhrjobs.example.de/job/448151

Werkstudent Verkehrsdaten (m/w/d) – Hochschule, Essen
https://www.ruhrjobs.example.de/job/448163

… und 4 weitere: https://www.ruhrjobs.example.de/jobagent/77812

Tipp der Woche: Schon 3 Absagen in Folge? Im RuhrJobs-Magazin erklärt eine Personalerin, woran es im Vorstellungsgespräch oft hakt: https://www.ruhrjobs.example.de/magazin/absagen-verstehen

Ihr RuhrJobs-Team""",
})

add({
    "kind": "other", "slug": "karriere_magazin_after_rejection", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Karriere-Magazin Revier", "newsletter@karriere-revier.example.de"),
    "subject": "Absage bekommen? So machen Sie weiter - und 3 Fragen fürs nächste Vorstellungsgespräch",
    "enc": {"subject": ("iso-8859-1", "Q")},
    "date": "2026-04-24 07:00",
    "headers": news_headers("Karriere-Magazin Revier <wochenbrief.karriere-revier.example.de>",
                            "https://karriere-revier.example.de/newsletter/abmelden?u=9a7c",
                            "abmelden@karriere-revier.example.de"),
    "form": "html", "shell": "news", "html_charset": "windows-1252", "html_cte": "quoted-printable",
    "shell_args": {"title": "Der Wochenbrief", "color": "#6d4c41",
                   "footer": "Karriere-Magazin Revier, Essen. Abbestellen: https://karriere-revier.example.de/newsletter/abmelden?u=9a7c"},
    "body": """Liebe Leserinnen und Leser,

eine Absage tut weh – besonders nach einem guten Gespräch. Unsere Autorin Miriam Sánchez-Vogt hat mit fünf Personalverantwortlichen aus dem Ruhrgebiet gesprochen: Was steckt wirklich hinter Formulierungen wie „Wir haben uns für eine andere Kandidatin entschieden“? Und lohnt es sich, um Feedback zu bitten? https://karriere-revier.example.de/artikel/absage-feedback

Außerdem in dieser Ausgabe:

Quereinstieg in die Verkehrsplanung: Wie ein Straßenbahnfahrer aus Mülheim nach zwei Jahren Abendstudium den Sprung geschafft hat. https://karriere-revier.example.de/artikel/quereinstieg-verkehr

Drei Fragen, die Sie am Ende jedes Vorstellungsgesprächs stellen sollten. https://karriere-revier.example.de/artikel/drei-fragen

Viel Erfolg bei Ihrer Suche!
Ihre Redaktion""",
})

add({
    "kind": "other", "slug": "fachverband_oepnv_newsletter", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Fachverband ÖPNV Ruhr e.V.", "newsletter@fachverband-oepnv-ruhr.example.de"),
    "enc": {"from": ("utf-8", "B"), "subject": ("utf-8", "B")},
    "subject": "Verbandsnews 05/2026: Interview mit der neuen Vorsitzenden, Stellenbörse, Fachtag On-Demand",
    "date": "2026-05-12 09:30",
    "headers": news_headers("Verbandsnews <verbandsnews.fachverband-oepnv-ruhr.example.de>",
                            "https://fachverband-oepnv-ruhr.example.de/news/abmelden",
                            "newsletter-off@fachverband-oepnv-ruhr.example.de"),
    "form": "alt", "shell": "news", "html_cte": "base64",
    "shell_args": {"title": "Verbandsnews 05/2026", "color": "#1a237e",
                   "footer": "Fachverband ÖPNV Ruhr e.V. · Vereinsregister Essen VR 4410 · Abmelden: https://fachverband-oepnv-ruhr.example.de/news/abmelden"},
    "body": """Liebe Mitglieder,

im großen Interview spricht unsere neue Vorsitzende Dr. Hanna Oduya über Fahrpersonalmangel, das Deutschlandticket und warum Planerinnen und Planer öfter im Fahrdienst mitfahren sollten: https://fachverband-oepnv-ruhr.example.de/news/interview-oduya

Stellenbörse: Unsere Mitgliedsunternehmen haben diesen Monat 23 offene Stellen gemeldet, von der Leitstelle bis zur Angebotsplanung: https://fachverband-oepnv-ruhr.example.de/stellenboerse

Fachtag „On-Demand im ländlichen Raum“ am 18. Juni in Recklinghausen – Anmeldung bis 5. Juni: https://fachverband-oepnv-ruhr.example.de/fachtag-2026

Mit kollegialen Grüßen
Ihre Geschäftsstelle""",
})

add({
    "kind": "other", "slug": "bildungszentrum_course_places_left", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Bildungszentrum Ruhr-Lippe", "newsletter@bz-ruhr-lippe.example.de"),
    "subject": "Noch Plätze frei: Lehrgang Geprüfte/r Verkehrsfachwirt/in ab September",
    "date": "2026-06-16 10:10",
    "headers": news_headers("Weiterbildungsnews <news.bz-ruhr-lippe.example.de>",
                            "https://bz-ruhr-lippe.example.de/abmelden",
                            "abmelden@bz-ruhr-lippe.example.de"),
    "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

Sie hatten sich im letzten Jahr für unsere Lehrgänge im Bereich Verkehr interessiert. Für den berufsbegleitenden Lehrgang „Geprüfte/r Verkehrsfachwirt/in“ (Start 14. September 2026, Di + Do abends, Dortmund) sind noch sechs Plätze frei.

Prüfungstermin vor der IHK ist voraussichtlich im Juni 2028. Der Lehrgang ist über das Aufstiegs-BAföG förderfähig.

Infoabend: 7. Juli, 18:00 Uhr, online – Anmeldung: https://bz-ruhr-lippe.example.de/infoabend
Alle Termine und Preise: https://bz-ruhr-lippe.example.de/verkehrsfachwirt

Mit freundlichen Grüßen
Ihr Team Weiterbildung
Bildungszentrum Ruhr-Lippe, Hansastraße 40, 44137 Dortmund""",
})

add({
    "kind": "other", "slug": "pronetz_profile_views_notification", "lang": "de",
    "company": "", "contact": "",
    "frm": ("ProNetz", "benachrichtigungen@pronetz.example.com"),
    "subject": "Hartmut, Ihr Profil wurde 7-mal aufgerufen",
    "date": "2026-02-25 18:20", "tz": "+0000",
    "headers": [("List-Unsubscribe", "<https://www.pronetz.example.com/einstellungen/email?t=pv>"),
                ("X-Notification-Type", "profile_views")],
    "form": "html", "shell": "ats",
    "shell_args": {"brand": "ProNetz", "color": "#0a66c2",
                   "button": ("Alle Aufrufe ansehen", "https://www.pronetz.example.com/me/profile-views"),
                   "footer": "Sie erhalten Benachrichtigungs-E-Mails. Abbestellen: https://www.pronetz.example.com/einstellungen/email?t=pv"},
    "body": """Hallo Hartmut,

Ihr Profil wurde diese Woche 7-mal aufgerufen, unter anderem von einer Person aus dem Bereich Personalbeschaffung bei einem Verkehrsunternehmen in Köln.

Jobs, die Sie interessieren könnten: Verkehrsplaner (m/w/d) in Essen · Disponent ÖPNV in Bochum · Transport Planner in Maastricht

Tipp: Profile mit Foto und Zusammenfassung werden bis zu 14-mal häufiger angesehen.""",
})

add({
    "kind": "other", "slug": "presseanfrage_fahrermangel_interview", "lang": "de",
    "company": "", "contact": "l.hoffknecht@ruhr-kurier.example.de",
    "frm": ("Lisa Hoffknecht", "l.hoffknecht@ruhr-kurier.example.de"),
    "subject": "Presseanfrage: Interview zum Thema Fahrermangel im Nahverkehr",
    "date": "2026-01-22 13:48",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

ich bin Redakteurin im Lokalteil des Ruhr-Kuriers und arbeite an einer Serie über den Personalmangel im Nahverkehr. Ihr Leserbrief zu geteilten Diensten hat in der Redaktion einiges an Diskussion ausgelöst.

Hätten Sie Lust auf ein Interview? Ich würde gern mit Ihnen darüber sprechen, wie sich Dienstpläne auf das Fahrpersonal auswirken und was Planer besser machen könnten. Das Gespräch dauert etwa eine Stunde; auf Wunsch anonymisieren wir Sie.

Erreichbar bin ich unter 0231 555 9012 oder per Mail.

Mit freundlichen Grüßen
Lisa Hoffknecht
Redaktion Dortmund · Ruhr-Kurier
Westenhellweg 120 · 44137 Dortmund""",
})

add({
    "kind": "other", "slug": "nutzerstudie_dispatch_tablet_interview", "lang": "de",
    "company": "", "contact": "m.adeyemi@nutzerwerk.example.de",
    "frm": ("Mara Adeyemi | Nutzerwerk", "m.adeyemi@nutzerwerk.example.de"),
    "subject": "Einladung zur Nutzerstudie: 60-Minuten-Interview zum Fahrer-Tablet (50 € Gutschein)",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-06-03 11:02",
    "form": "alt", "shell": "simple", "cte": "quoted-printable",
    "body": """Hallo Herr Nwachukwu-Falk,

wir sind ein UX-Research-Studio aus Bochum und entwickeln im Auftrag eines Softwareherstellers ein neues Tablet für Busfahrerinnen und Busfahrer (Fahrplanansicht, Störungsmeldungen, Dienstplan).

Für unsere Nutzerstudie suchen wir Menschen, die täglich am Steuer sitzen. Das Interview dauert 60 Minuten, findet per Video oder bei uns im Büro statt, und Sie erhalten als Dankeschön einen Gutschein über 50 €. Es geht ausschließlich um Ihre Erfahrungen – es gibt keine richtigen oder falschen Antworten.

Wenn Sie mitmachen möchten, wählen Sie hier einen Termin: https://nutzerwerk.example.de/studie/fahrertablet

Vielen Dank und viele Grüße
Mara Adeyemi
UX Research · Nutzerwerk · Viktoriastraße 9 · 44787 Bochum""",
})

add({
    "kind": "other", "slug": "bike_tracker_position_left_zone", "lang": "de",
    "company": "", "contact": "",
    "frm": ("TrackMate", "no-reply@trackmate.example.de"),
    "subject": "Dein E-Bike hat die Geozone „Zuhause“ verlassen",
    "enc": {"subject": ("utf-8", "B")},
    "date": "2026-07-19 03:14",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Hallo Hartmut,

dein Tracker „E-Bike Hartmut“ hat um 03:12 Uhr die Geozone „Zuhause“ verlassen.

Aktuelle Position: 51.5362 N, 7.4918 E (Dortmund, Nähe Borsigplatz)
Geschwindigkeit: 14 km/h
Akkustand Tracker: 62 %

Position live verfolgen: https://app.trackmate.example.de/map/bike-4471

Warst du das nicht? Dann aktiviere den Diebstahlmodus in der App.

Dein TrackMate-Team""",
})

add({
    "kind": "other", "slug": "friend_forwards_own_rejection", "lang": "de",
    "company": "", "contact": "kemal.yildirim@mailbox.example.de",
    "frm": ("Kemal Yıldırım", "kemal.yildirim@mailbox.example.de"),
    "enc": {"from": ("utf-8", "Q")},
    "subject": "Fwd: Ihre Bewerbung als Leitstellendisponent",
    "date": "2026-03-27 22:05", "cte": "8bit",
    "body": forward("""Boah Hartmut,

guck dir das an. Die Absage von der Leitstelle kam heute, nach drei Gesprächen! Ich bin echt bedient. Wenigstens wissen die, wie man höflich nein sagt …

Bei dir läuft's hoffentlich besser mit der Ruhrtakt-Sache. Bierchen am Sonntag?

Kemal""", "de", "2026-03-27 14:30", ("Stadtbahn Personalservice", "personal@stadtbahn-west.example.de"),
        ("Kemal Yıldırım", "kemal.yildirim@mailbox.example.de"), "Ihre Bewerbung als Leitstellendisponent",
        """Sehr geehrter Herr Yıldırım,

vielen Dank für die Gespräche und Ihr Interesse an der Tätigkeit als Leitstellendisponent. Wir haben uns nach reiflicher Überlegung für einen anderen Bewerber entschieden.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Personalservice"""),
})

add({
    "kind": "other", "slug": "headhunter_cold_approach_no_date", "lang": "de",
    "company": "", "contact": "t.brockhoff@brockhoff-talent.example.de",
    "frm": ("Tim Brockhoff", "t.brockhoff@brockhoff-talent.example.de"),
    "subject": "Ihr Profil auf ProNetz",
    "date": "2026-07-07 08:55",
    "body": """Guten Morgen Herr Nwachukwu-Falk,

ich bin bei ProNetz auf Ihr Profil gestoßen. Der Weg vom Fahrdienst in die Verkehrsplanung ist genau das, was einige meiner Kunden in NRW suchen – Leute, die den Betrieb von innen kennen.

Konkret habe ich gerade nichts für Sie auf dem Tisch. Darf ich Sie trotzdem in meine Kandidatenkartei aufnehmen und Ihnen gelegentlich passende Positionen schicken? Ein kurzes „Ja“ per Mail reicht.

Beste Grüße
Tim Brockhoff
Brockhoff Talent Partners · Kaiserstraße 12 · 44135 Dortmund · 0231 555 7788""",
})

add({
    "kind": "other", "slug": "sparkasse_beratungstermin_depot", "lang": "de",
    "company": "", "contact": "jan.kaya@sparkasse-emscher.example.de",
    "frm": ("Jan Kaya", "jan.kaya@sparkasse-emscher.example.de"),
    "subject": "Bestätigung Ihres Beratungstermins am 12.05.2026",
    "date": "2026-05-04 15:27", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

hiermit bestätige ich unseren Beratungstermin am Dienstag, 12. Mai 2026, um 17:00 Uhr in der Filiale Hörde.

Themen: Ihre Anfrage zur Baufinanzierung sowie die Überprüfung der Positionen in Ihrem Wertpapierdepot. Bitte bringen Sie die letzten drei Gehaltsabrechnungen und Ihren Personalausweis mit.

Sollten Sie den Termin nicht wahrnehmen können, geben Sie mir bitte kurz Bescheid.

Freundliche Grüße
Jan Kaya
Privatkundenberater
Stadtsparkasse Emscher · Filiale Hörde · Faßstraße 3 · 44263 Dortmund · Tel. 0231 555 3140

Stadtsparkasse Emscher, Anstalt des öffentlichen Rechts. Diese E-Mail enthält vertrauliche Informationen.""",
})

add({
    "kind": "other", "slug": "hausverwaltung_wohnung_vergeben_termin", "lang": "de",
    "company": "", "contact": "s.krueger@hv-krueger.example.de",
    "frm": ("Susanne Krüger", "s.krueger@hv-krueger.example.de"),
    "enc": {"from": ("iso-8859-1", "Q")},
    "subject": "Ihre Anfrage zur 4-Zimmer-Wohnung / Ablesetermin",
    "date": "2026-02-05 12:40", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

zu Ihrer Bewerbung für die frei werdende 4-Zimmer-Wohnung im 3. OG: Leider hat sich die Eigentümerin für eine andere Mietpartei entschieden. Wir merken Sie gern für die nächste größere Wohnung im Haus vor.

Außerdem die Ankündigung für Ihre jetzige Wohnung: Der Ablesetermin der Heizkostenverteiler wurde auf Donnerstag, 19.02., zwischen 8 und 12 Uhr verschoben. Falls Sie dann Dienst haben, hinterlegen Sie bitte einen Schlüssel bei Ihren Nachbarn.

Mit freundlichen Grüßen
Susanne Krüger
Hausverwaltung Krüger & Söhne · Hoher Wall 15 · 44137 Dortmund""",
})

add({
    "kind": "other", "slug": "school_parents_evening_slots", "lang": "de",
    "company": "", "contact": "k.albers@gesamtschule-scharnhorst.example.de",
    "frm": ("Katrin Albers", "k.albers@gesamtschule-scharnhorst.example.de"),
    "subject": "Elternsprechtag 6b – Ihr Gesprächstermin",
    "date": "2026-10-20 16:00",
    "body": """Liebe Eltern der 6b,

zum Elternsprechtag am Donnerstag, 29. Oktober, habe ich die Gesprächstermine verteilt. Für Chidi ist Ihr Termin um 17:20 Uhr in Raum B 104 (zehn Minuten).

Leider muss ich Ihnen auch mitteilen, dass die Klassenfahrt nach Xanten abgesagt wird: Das Busunternehmen hat kurzfristig storniert. Die Anzahlung wird erstattet.

Falls Ihnen der Gesprächstermin nicht passt, schreiben Sie mir bitte bis Montag.

Viele Grüße
Katrin Albers
Klassenlehrerin 6b · Gesamtschule Scharnhorst""",
})

add({
    "kind": "other", "slug": "doctor_practice_appointment_moved", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Praxis Dr. Brenner über Terminio", "no-reply@terminio.example.de"),
    "subject": "Terminänderung: Ihr Termin bei Dr. med. Oksana Brenner wurde verschoben",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-09-09 07:45",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Terminio", "color": "#00897b",
                   "button": ("Termin verwalten", "https://terminio.example.de/t/8823-ab"),
                   "footer": "Terminio GmbH · Diese E-Mail wurde automatisch versendet."},
    "body": """Guten Tag Hartmut Nwachukwu-Falk,

die Praxis Dr. med. Oksana Brenner (Allgemeinmedizin, Dortmund-Hörde) hat Ihren Termin verschoben.

Alter Termin: Freitag, 11.09.2026, 08:15 Uhr
Neuer Termin: Montag, 14.09.2026, 07:45 Uhr
Grund: Untersuchung für die Verlängerung der Fahrerlaubnis (Klasse D)

Bitte bringen Sie Ihre Versichertenkarte und den Sehtest mit. Wenn der neue Termin nicht passt, können Sie ihn über den Button absagen.""",
})

add({
    "kind": "other", "slug": "out_of_office_termathe_offer_reply", "lang": "de",
    "company": "", "contact": "b.termathe@wct-muenster.example.de",
    "frm": ("Birgit Termathe", "b.termathe@wct-muenster.example.de"),
    "subject": "Automatische Antwort: AW: Vertragsangebot Verkehrsplaner KV-Terminal",
    "date": "2026-04-20 21:02",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "cte": "quoted-printable",
    "body": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personalangelegenheiten wenden Sie sich bitte an Herrn Dirk Vennemann, Tel. 0251 555 8800.

Mit freundlichen Grüßen
Birgit Termathe
Westfalen Cargo Terminal GmbH""",
})

add({
    "kind": "other", "slug": "hochschule_study_place_refused", "lang": "de",
    "company": "", "contact": "",
    "frm": ("WHVL Studierendenservice", "noreply-zulassung@whvl.example.de"),
    "subject": "Ablehnungsbescheid - Bachelor Verkehrswesen (berufsbegleitend), WiSe 2026/27",
    "enc": {"subject": ("iso-8859-1", "Q")},
    "date": "2026-08-12 10:00",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Nwachukwu-Falk,

im Zulassungsverfahren für den berufsbegleitenden Bachelorstudiengang „Verkehrswesen und Mobilität“ zum Wintersemester 2026/27 konnten wir Ihnen leider keinen Studienplatz zuteilen. Die Zahl der Bewerbungen übersteigt die 40 verfügbaren Plätze; die Auswahlgrenze lag bei 4,8 Punkten (Ihr Wert: 4,1).

Den vollständigen Ablehnungsbescheid mit Rechtsbehelfsbelehrung finden Sie in Ihrem Bewerbungsportal. Sie können sich zum Sommersemester 2027 erneut bewerben.

Fragen beantwortet die Studienberatung: studienberatung@whvl.example.de

Westfälische Hochschule für Verkehr und Logistik – Studierendenservice""",
})

add({
    "kind": "other", "slug": "current_employer_roster_change", "lang": "de",
    "company": "", "contact": "u.moellers@phoenix-linien.example.de",
    "frm": ("Ute Möllers", "u.moellers@phoenix-linien.example.de"),
    "enc": {"from": ("utf-8", "B")},
    "subject": "Dienstplanänderung KW 12",
    "date": "2026-03-13 14:05", "cte": "8bit",
    "body": """Hallo Hartmut,

wie besprochen: dein Dienst am Donnerstag, 19.03., wird von Spät (14:02–22:40, Linie 440) auf Früh (05:18–13:50, Linie 447) getauscht. Tauschpartner ist Marco Lenz. Die Änderung steht ab morgen im Dienstplanportal.

Der Termin für deine Nachschulung Modul 3 (Berufskraftfahrer) ist am 24.04. im Schulungsraum Betriebshof Nord.

Gruß
Ute Möllers
Dienstplanung · Phoenix Linienverkehr GmbH · Betriebshof Nord""",
})

add({
    "kind": "other", "slug": "gewerkschaft_tarifinfo_newsletter", "lang": "de",
    "company": "", "contact": "",
    "frm": ("GVR Betriebsgruppen-Info", "newsletter@gvr-nahverkehr.example.de"),
    "subject": "Tarifinfo: Warnstreik am 24.02. – was Fahrerinnen und Fahrer wissen müssen",
    "date": "2026-02-20 17:30",
    "headers": news_headers("GVR Tarifinfo <tarifinfo.gvr-nahverkehr.example.de>",
                            "https://gvr-nahverkehr.example.de/info/abmelden",
                            "tarifinfo-leave@gvr-nahverkehr.example.de"),
    "form": "alt", "shell": "news", "cte": "quoted-printable",
    "shell_args": {"title": "GVR Tarifinfo", "color": "#b71c1c",
                   "footer": "Gewerkschaft Verkehr Ruhr · Abmelden: https://gvr-nahverkehr.example.de/info/abmelden"},
    "body": """Liebe Kolleginnen und Kollegen,

die Arbeitgeber haben auch in der zweiten Verhandlungsrunde kein Angebot vorgelegt. Wir rufen deshalb für Dienstag, 24. Februar, ganztägig zum Warnstreik in allen kommunalen Verkehrsbetrieben im Revier auf.

Streikposten und Kundgebung: 10 Uhr, Betriebshof Dortmund-Nord. Infos zu Streikgeld: https://gvr-nahverkehr.example.de/streikgeld

Außerdem: Interview mit unserem Verhandlungsführer zu Schichtzulagen und Wendezeiten: https://gvr-nahverkehr.example.de/interview-tarif

Solidarische Grüße
Eure GVR-Betriebsgruppen""",
})

add({
    "kind": "other", "slug": "fahrerlaubnisbehoerde_termin_booking", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Kreis Unna-Süd Terminvergabe", "noreply@termine.kreis-unna-sued.example.de"),
    "subject": "Terminbestätigung: Verlängerung Fahrerlaubnis Klasse D",
    "date": "2026-08-28 19:12",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "html", "shell": "ats",
    "shell_args": {"brand": "Kreis Unna-Süd · Fahrerlaubnisbehörde", "color": "#455a64",
                   "footer": "Automatisch erzeugte Nachricht. Antworten werden nicht gelesen."},
    "body": """Guten Tag,

Ihr Termin wurde gebucht:

Anliegen: Verlängerung Fahrerlaubnis Klassen D/DE (Berufskraftfahrer)
Datum: Dienstag, 29.09.2026, 08:40 Uhr
Ort: Bürgerbüro, Schalter 4, Markt 1, Unna
Vorgangsnummer: FE-2026-118734

Bitte mitbringen: Personalausweis, Führerschein, ärztliche Bescheinigung, Sehtest (nicht älter als zwei Jahre), biometrisches Passbild.

Eine Absage ist bis 24 Stunden vor dem Termin online möglich.""",
})

add({
    "kind": "other", "slug": "coach_webinar_interview_training", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Sabrina Kahl – Bewerbungscoaching Ruhr", "newsletter@bewerbungscoaching-ruhr.example.de"),
    "subject": "Live-Webinar am Mittwoch: Souverän ins Vorstellungsgespräch",
    "enc": {"from": ("utf-8", "Q")},
    "date": "2026-06-29 12:00",
    "headers": news_headers("Bewerbungscoaching Ruhr <news.bewerbungscoaching-ruhr.example.de>",
                            "https://bewerbungscoaching-ruhr.example.de/abmelden?e=hnf",
                            "abmelden@bewerbungscoaching-ruhr.example.de"),
    "form": "html", "shell": "news", "html_cte": "quoted-printable",
    "shell_args": {"title": "Bewerbungscoaching Ruhr", "color": "#8e24aa",
                   "footer": "Sie haben sich für den Newsletter angemeldet. Abmelden: https://bewerbungscoaching-ruhr.example.de/abmelden?e=hnf"},
    "body": """Hallo Hartmut,

Hand aufs Herz: Wann hast du dein letztes Vorstellungsgespräch geübt? In meinem kostenlosen Live-Webinar am Mittwoch, 1. Juli, 19:00 Uhr, zeige ich dir, wie du die Frage nach deinen Schwächen entspannt beantwortest, wie du als Quereinsteiger punktest und was du nach einer Absage tun kannst.

Jetzt Platz sichern: https://bewerbungscoaching-ruhr.example.de/webinar

Als Bonus gibt es für alle Teilnehmenden meine Checkliste „Die ersten 5 Minuten im Interview“.

Bis Mittwoch!
Sabrina""",
})

add({
    "kind": "other", "slug": "parcel_delayed_unfortunately", "lang": "de",
    "company": "", "contact": "",
    "frm": ("RuhrExpress Paketdienst", "noreply@ruhrexpress.example.de"),
    "subject": "Ihre Sendung verspätet sich leider",
    "date": "2026-10-14 08:20",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 8812 3371 wegen hohen Sendungsaufkommens im Paketzentrum Dortmund.

Neuer voraussichtlicher Zustelltag: Freitag, 16.10.2026, zwischen 10:00 und 14:00 Uhr.

Sendungsverfolgung: https://www.ruhrexpress.example.de/tracking/003404348812337

Wir bitten um Entschuldigung.
Ihr RuhrExpress-Team

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.""",
})

add({
    "kind": "other", "slug": "sister_forwards_job_ad", "lang": "de",
    "company": "", "contact": "ngozi.falk@web.example.de",
    "frm": ("Ngozi Falk", "ngozi.falk@web.example.de"),
    "subject": "WG: Stellenanzeige Verkehrsplaner Stadtwerke – wär das nix für dich?",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-01-08 20:33", "cte": "quoted-printable",
    "body": forward("""Hi Bruderherz,

hat mir eine Kollegin geschickt. Die suchen jemanden, der schon mal selbst am Steuer saß – das bist ja wohl du! Bewerbungsschluss ist Ende Januar.

Drück dir die Daumen
Ngozi""", "de", "2026-01-08 16:10", ("Corinna Weiß", "c.weiss@web.example.de"),
        ("Ngozi Falk", "ngozi.falk@web.example.de"), "Stellenanzeige Verkehrsplaner",
        """Hier die Anzeige, von der ich erzählt hab:

Die Stadtwerke Lippetal suchen zum nächstmöglichen Zeitpunkt eine/n Verkehrsplaner/in (m/w/d) für die Linien- und Dienstplanung. Sie bringen Erfahrung im Fahrdienst mit? Ideal! Wir bieten eine unbefristete Stelle nach TV-N, Jobticket und flexible Arbeitszeiten. Bewerbungen bis 31.01.2026 an bewerbung@stadtwerke-lippetal.example.de.

LG Corinna"""),
})

# ================================================================ English (10 more)

add({
    "kind": "other", "slug": "euromobility_jobs_weekly_digest", "lang": "en",
    "company": "", "contact": "",
    "frm": ("EuroMobilityJobs", "digest@euromobilityjobs.example.eu"),
    "subject": "12 new transport planning jobs near Maastricht - plus: what interviewers really ask",
    "date": "2026-04-07 07:30", "tz": "+0000",
    "headers": news_headers("EuroMobilityJobs weekly <weekly.euromobilityjobs.example.eu>",
                            "https://euromobilityjobs.example.eu/u/3f9ac1",
                            "unsubscribe+3f9ac1@euromobilityjobs.example.eu"),
    "form": "alt", "shell": "news",
    "shell_args": {"title": "Your weekly job digest", "color": "#00695c",
                   "footer": "You are receiving this digest because you created a job alert. Unsubscribe: https://euromobilityjobs.example.eu/u/3f9ac1"},
    "body": """Hi Hartmut,

Here are this week's openings matching "transport planner" within 50 km of Maastricht:

Service Planner - regional bus operator, Maastricht
https://euromobilityjobs.example.eu/j/88120

Network Analyst - public transport authority, Maastricht
https://euromobilityjobs.example.eu/j/88141

Barge & Truck Planner - port logistics, Stein
https://euromobilityjobs.example.eu/j/88157

Timetable Planner - cross-border rail, Aachen
https://euromobilityjobs.example.eu/j/88163

See all 12 jobs: https://euromobilityjobs.example.eu/alerts/3f9ac1

From the blog: "We regret to inform you" - five recruiters explain what really happens between your interview and the rejection email: https://euromobilityjobs.example.eu/blog/after-the-interview

Good luck with your search!
The EuroMobilityJobs team""",
})

add({
    "kind": "other", "slug": "planners_desk_career_advice", "lang": "en",
    "company": "", "contact": "",
    "frm": ("The Planner's Desk", "newsletter@plannersdesk.example.com"),
    "subject": "Issue #41: From the driver's seat to the planning office",
    "date": "2026-09-03 16:00", "tz": "+0100",
    "headers": news_headers("The Planner's Desk <newsletter.plannersdesk.example.com>",
                            "https://plannersdesk.example.com/unsubscribe/hnf41",
                            "leave@plannersdesk.example.com"),
    "form": "html", "shell": "news",
    "shell_args": {"title": "The Planner's Desk", "color": "#37474f",
                   "footer": "The Planner's Desk is a free newsletter about careers in transport planning. Unsubscribe: https://plannersdesk.example.com/unsubscribe/hnf41"},
    "body": """Hello planners,

This week's long read is for everyone making the jump from operations into planning. We asked three former drivers how they answered the dreaded interview question "Why do you want to leave the road?" - and what they'd do differently after their first rejection. https://plannersdesk.example.com/issue-41/drivers

Quick tips:
- Bring one concrete timetable problem you noticed while driving. Interviewers remember stories, not adjectives.
- If you're offered a trial day, treat the coffee break as part of the interview.
- Ask every panel how they measure a good plan.

Open roles we spotted this week: https://plannersdesk.example.com/jobs

See you next Thursday,
Priya & Tom""",
})

add({
    "kind": "other", "slug": "connectly_searches_notification", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Connectly", "notifications-noreply@connectly.example.com"),
    "subject": "You appeared in 14 searches this week",
    "date": "2026-06-08 18:45", "tz": "+0000",
    "headers": [("List-Unsubscribe", "<https://www.connectly.example.com/settings/notifications?u=hnf>"),
                ("X-Connectly-Category", "weekly_search_appearances")],
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Connectly", "color": "#512da8",
                   "button": ("See who searched", "https://www.connectly.example.com/me/search-appearances")},
    "body": """Hartmut, you appeared in 14 searches this week.

Searchers were from: Logistics & supply chain, Public transport, Staffing and recruiting.
Top search keywords: transport planner, dispatcher, timetable.

Also this week: Femke de Wit celebrates 3 years at Maasland Transit - say congrats: https://www.connectly.example.com/feed/update/90812

Unsubscribe or change how often you get these emails in your settings.""",
})

add({
    "kind": "other", "slug": "transit_talk_podcast_guest_request", "lang": "en",
    "company": "", "contact": "dev@transittalkpod.example.com",
    "frm": ("Dev Malhotra", "dev@transittalkpod.example.com"),
    "subject": "Guest invite: Transit Talk podcast - drivers who become planners",
    "date": "2026-07-23 21:10", "tz": "+0100",
    "body": """Hi Hartmut,

I host Transit Talk, a small podcast about the people who keep buses and trains running (about 4,000 listeners, mostly in the UK, NL and Germany). I read your piece on timetable padding on Connectly and I'd love to interview you for an episode about drivers who move into planning.

The recording is remote, about 45 minutes, and we can edit out anything you're not comfortable with. No preparation needed beyond a decent microphone or headset.

If you're up for it, reply and I'll send a few recording dates in September.

Cheers,
Dev Malhotra
Host, Transit Talk
https://transittalkpod.example.com""",
})

add({
    "kind": "other", "slug": "tripline_user_research_interview", "lang": "en",
    "company": "", "contact": "research@tripline.example.com",
    "frm": ("Chloe Bakker (Tripline Research)", "research@tripline.example.com"),
    "subject": "Help shape Tripline: 30-minute research interview, EUR 25 voucher",
    "date": "2026-02-18 11:30",
    "form": "alt", "shell": "simple",
    "body": """Hi Hartmut,

You've been using the Tripline journey planner for a while - thank you! Our product team is redesigning how we show delays and connections, and we'd love to learn from frequent travellers like you.

Would you join a 30-minute video interview with one of our researchers? There are no right or wrong answers; we just want to hear how you plan trips. As a thank-you we'll send a EUR 25 voucher.

Pick a time that suits you: https://tripline.example.com/research/book?c=feb26

Thanks,
Chloe Bakker
UX Researcher, Tripline""",
})

add({
    "kind": "other", "slug": "parcelhop_package_delayed", "lang": "en",
    "company": "", "contact": "",
    "frm": ("ParcelHop", "no-reply@parcelhop.example.com"),
    "subject": "Your package is delayed, unfortunately",
    "date": "2026-05-26 09:05",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "html", "shell": "ats",
    "shell_args": {"brand": "ParcelHop", "color": "#f57c00",
                   "button": ("Track your parcel", "https://parcelhop.example.com/t/PH55810423DE"),
                   "footer": "This is an automated notification. Please do not reply."},
    "body": """Hi Hartmut,

Unfortunately your package PH55810423DE (1 item from Dutch Cycle Parts) is running late. It missed its connection at our Venlo sorting centre.

New estimated delivery: Thursday, 28 May, 09:00 - 13:00.

We're sorry for the delay.""",
})

add({
    "kind": "other", "slug": "recruiter_cold_approach_no_role", "lang": "en",
    "company": "", "contact": "olivia.grant@northwindtalent.example.co.uk",
    "frm": ("Olivia Grant", "olivia.grant@northwindtalent.example.co.uk"),
    "subject": "Transport planning roles in the Benelux",
    "date": "2026-08-19 10:40", "tz": "+0100",
    "body": """Hi Hartmut,

I hope you don't mind me reaching out directly. I specialise in transport and logistics planning roles across the Benelux and western Germany, and your background - frontline operations plus formal planning training - is one I'm often asked for.

I don't have a specific vacancy for you today, but I'd like to keep you in mind. If you're open to hearing about opportunities, just reply with the kind of role and location you'd consider. No rush at all.

Best wishes,
Olivia Grant
Principal Consultant | Northwind Talent
+44 20 5550 1187""",
})

add({
    "kind": "other", "slug": "dentist_appointment_rescheduled", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Smile Studio Dortmund", "no-reply@smilestudio-dortmund.example.de"),
    "subject": "Your appointment has been rescheduled",
    "date": "2026-01-29 17:50",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Dear Hartmut Nwachukwu-Falk,

Your dental check-up with Dr. Amara Osei has been rescheduled because the practice is closed for staff training.

Previous appointment: Tuesday, 3 February 2026, 16:30
New appointment: Wednesday, 11 February 2026, 16:30

If the new time does not suit you, please cancel online at least 24 hours in advance: https://smilestudio-dortmund.example.de/booking/manage

Smile Studio Dortmund - English-speaking dental practice
Kampstraße 44, 44137 Dortmund""",
})

add({
    "kind": "other", "slug": "out_of_office_femke_after_thanks", "lang": "en",
    "company": "", "contact": "femke.dewit@maasland-transit.example.nl",
    "key": "maasland_ooo", "parent": "maasland_thanks",
    "frm": ("Femke de Wit", "femke.dewit@maasland-transit.example.nl"),
    "subject": "Automatic reply: Thank you for today's interview",
    "date": "2026-05-19 19:13",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "body": """Thank you for your email. I'm out of the office until Monday 25 May with limited access to email.

For questions about interviews or applications in the meantime, please contact recruitment@maasland-transit.example.nl.

Kind regards,
Femke de Wit
Recruiter, Maasland Transit""",
})

add({
    "kind": "other", "slug": "academy_fellowship_place_refused", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Open Transport Academy Admissions", "no-reply@opentransport-academy.example.org"),
    "subject": "Your application to the Autumn 2026 Transport Modelling Fellowship",
    "date": "2026-07-31 12:00", "tz": "+0100",
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Open Transport Academy", "color": "#3949ab"},
    "body": """Dear Hartmut,

Thank you for applying to the Autumn 2026 Transport Modelling Fellowship. We received more than 600 applications for 35 funded places.

We're sorry to tell you that we are unable to offer you a place on this cohort. The selection panel prioritised applicants who already hold a degree in a quantitative subject.

Our self-paced course "Introduction to Timetable Modelling" remains free and open to everyone: https://opentransport-academy.example.org/courses/timetables

With best wishes,
The Admissions Team, Open Transport Academy""",
})

# ================================================================ French (6 more)

add({
    "kind": "other", "slug": "emploimeuse_alerte_emploi", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("EmploiMeuse", "alertes@emploimeuse.example.be"),
    "subject": "Alerte emploi : 6 nouvelles offres « planificateur transport » à Liège",
    "enc": {"subject": ("utf-8", "Q")},
    "date": "2026-08-25 06:45",
    "headers": news_headers("Alertes EmploiMeuse <alertes.emploimeuse.example.be>",
                            "https://www.emploimeuse.example.be/alertes/desinscription?a=5521",
                            "desinscription@emploimeuse.example.be"),
    "form": "alt", "shell": "news", "cte": "quoted-printable", "html_cte": "quoted-printable",
    "shell_args": {"title": "Vos nouvelles offres", "color": "#c62828",
                   "footer": "Vous recevez cet e-mail car vous avez créé une alerte. Se désinscrire : https://www.emploimeuse.example.be/alertes/desinscription?a=5521"},
    "body": """Bonjour Hartmut,

Voici les nouvelles offres correspondant à votre alerte « planificateur transport – Liège » :

Planificateur·rice transport – entreprise logistique, Liège
https://www.emploimeuse.example.be/offre/77120

Dispatcheur bus – société de transport public, Verviers
https://www.emploimeuse.example.be/offre/77134

Gestionnaire de flux rail-route – terminal trimodal, Liège
https://www.emploimeuse.example.be/offre/77141

Voir les 6 offres : https://www.emploimeuse.example.be/alertes/5521

Conseil du mois : comment préparer un entretien en visioconférence, et que répondre après un refus ? https://www.emploimeuse.example.be/conseils/entretien-visio

L'équipe EmploiMeuse""",
})

add({
    "kind": "other", "slug": "delcour_approche_sans_poste", "lang": "fr",
    "company": "", "contact": "c.delcour@maison-delcour.example.be",
    "frm": ("Clément Delcour", "c.delcour@maison-delcour.example.be"),
    "enc": {"from": ("iso-8859-1", "Q")},
    "subject": "Votre profil de planificateur",
    "date": "2026-05-27 09:25", "cte": "8bit",
    "body": """Bonjour Monsieur Nwachukwu-Falk,

Je suis consultant en recrutement spécialisé dans le transport et la logistique en Wallonie. Votre parcours – conducteur de bus devenu planificateur – a retenu mon attention sur Connectly.

Je n'ai pas de poste précis à vous proposer pour le moment, mais j'aimerais faire votre connaissance pour pouvoir penser à vous lorsque des opportunités se présenteront. Si cela vous intéresse, répondez-moi simplement et je vous enverrai ma présentation.

Bien à vous,
Clément Delcour
Maison Delcour Recrutement – Liège
+32 4 555 88 10""",
})

add({
    "kind": "other", "slug": "banque_mosane_rendez_vous_conseiller", "lang": "fr",
    "company": "", "contact": "s.jacquemin@banque-mosane.example.be",
    "frm": ("Sophie Jacquemin", "s.jacquemin@banque-mosane.example.be"),
    "subject": "Votre rendez-vous du 14 juillet avec votre conseillère",
    "date": "2026-07-06 14:12", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Bonjour Monsieur Nwachukwu-Falk,

Je vous confirme notre rendez-vous du mardi 14 juillet à 16h30 à l'agence de Liège-Guillemins, en vue de l'ouverture de votre compte belge.

Pourriez-vous apporter votre pièce d'identité, une preuve d'adresse et, le cas échéant, votre contrat de travail ? Nous ferons également le point sur la position de votre compte-titres allemand si vous souhaitez le transférer.

En cas d'empêchement, merci de me prévenir au moins 24 heures à l'avance.

Sophie Jacquemin
Conseillère clientèle - Banque Mosane
Place des Guillemins 2, 4000 Liège""",
})

add({
    "kind": "other", "slug": "reponse_automatique_degrange", "lang": "fr",
    "company": "", "contact": "m.degrange@trilogistics.example.be",
    "parent": "trilog_missed",
    "frm": ("Maxime Degrange", "m.degrange@trilogistics.example.be"),
    "subject": "Réponse automatique : Entretien téléphonique de ce matin",
    "enc": {"subject": ("utf-8", "B")},
    "date": "2026-09-16 08:31",
    "headers": [("Auto-Submitted", "auto-replied")],
    "cte": "8bit",
    "body": """Bonjour,

Je suis absent du bureau du 16 au 22 septembre inclus. Je n'aurai qu'un accès limité à mes e-mails.

Pour toute question urgente concernant un recrutement, vous pouvez contacter Laura Pirard (l.pirard@trilogistics.example.be).

Bien à vous,
Maxime Degrange
Liège Trilogistics""",
})

add({
    "kind": "other", "slug": "carriere_mobilite_newsletter_refus", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Carrière & Mobilité", "newsletter@carriere-mobilite.example.fr"),
    "enc": {"from": ("utf-8", "Q"), "subject": ("utf-8", "Q")},
    "subject": "Rebondir après un refus : la méthode en 4 étapes",
    "date": "2026-10-01 08:00",
    "headers": news_headers("Carriere et Mobilite <lettre.carriere-mobilite.example.fr>",
                            "https://carriere-mobilite.example.fr/desabonnement?id=hnf",
                            "desabonnement@carriere-mobilite.example.fr"),
    "form": "html", "shell": "news", "html_cte": "base64",
    "shell_args": {"title": "La lettre Carrière & Mobilité", "color": "#00838f",
                   "footer": "Vous recevez cette lettre car vous y êtes abonné. Se désabonner : https://carriere-mobilite.example.fr/desabonnement?id=hnf"},
    "body": """Bonjour,

Un refus après un entretien n'est jamais agréable. Dans notre dossier de la semaine, une recruteuse du secteur des transports explique comment demander un retour constructif, et pourquoi il ne faut jamais répondre à chaud : https://carriere-mobilite.example.fr/dossier/rebondir

Aussi dans cette lettre :
– Offres d'emploi : 40 postes de planification et d'exploitation en Belgique et en France https://carriere-mobilite.example.fr/offres
– Entretien : « De conducteur à responsable d'exploitation », le témoignage de Karim https://carriere-mobilite.example.fr/temoignage-karim

Bonne lecture,
La rédaction""",
})

add({
    "kind": "other", "slug": "haute_ecole_admission_non_retenue", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("HEM – Service des admissions", "ne-pas-repondre@hem-meuse.example.be"),
    "enc": {"from": ("utf-8", "B")},
    "subject": "Décision concernant votre demande d'admission – Certificat en gestion de la mobilité",
    "date": "2026-09-04 11:00",
    "headers": [("Auto-Submitted", "auto-generated")],
    "cte": "quoted-printable",
    "body": """Monsieur,

Nous avons examiné votre demande d'admission au certificat d'université en gestion de la mobilité (formation continue, horaire décalé) pour l'année académique 2026-2027.

Nous sommes au regret de vous informer que votre demande n'a pas été retenue : le jury d'admission n'a pas pu valoriser votre expérience professionnelle à hauteur des 60 crédits requis (procédure VAE).

Vous pouvez introduire un recours dans les 15 jours ou reposer votre candidature pour la session de février.

Haute École de la Meuse – Service des admissions""",
})

# ================================================================ Spanish (5 more)

add({
    "kind": "other", "slug": "empleonorte_alertas_bilbao", "lang": "es",
    "company": "", "contact": "",
    "frm": ("EmpleoNorte", "alertas@empleonorte.example.es"),
    "subject": "Nuevas ofertas: planificador de transporte en Bilbao (5)",
    "date": "2026-07-01 07:10",
    "headers": news_headers("Alertas EmpleoNorte <alertas.empleonorte.example.es>",
                            "https://www.empleonorte.example.es/alertas/baja?id=9931",
                            "baja@empleonorte.example.es"),
    "form": "alt", "shell": "news", "cte": "quoted-printable",
    "shell_args": {"title": "Tus alertas de empleo", "color": "#2e7d32",
                   "footer": "Recibes este correo porque creaste una alerta. Darse de baja: https://www.empleonorte.example.es/alertas/baja?id=9931"},
    "body": """Hola Hartmut:

Estas son las nuevas ofertas para tu alerta «planificador transporte – Bilbao»:

Técnico/a de planificación – empresa de autobuses, Bilbao
https://www.empleonorte.example.es/oferta/55120

Coordinador/a de tráfico – plataforma logística, Zorroza
https://www.empleonorte.example.es/oferta/55133

Planificador/a de rutas – operador logístico, Zorrotzaurre
https://www.empleonorte.example.es/oferta/55147

Ver las 5 ofertas: https://www.empleonorte.example.es/alertas/9931

Consejo: ¿te han llamado para una entrevista? Repasa nuestras 10 preguntas más frecuentes: https://www.empleonorte.example.es/consejos/entrevista

El equipo de EmpleoNorte""",
})

add({
    "kind": "other", "slug": "enviaya_pedido_con_retraso", "lang": "es",
    "company": "", "contact": "",
    "frm": ("EnvíaYa", "noreply@enviaya.example.es"),
    "enc": {"from": ("iso-8859-1", "B"), "subject": ("iso-8859-1", "B")},
    "subject": "Tu pedido llega con retraso, lamentablemente",
    "date": "2026-10-19 10:30",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Hola, Hartmut:

Lamentablemente, tu pedido n.º 4471-ES-2026 (guía de Bilbao y diccionario alemán-español) llegará con retraso por una incidencia en nuestro centro de Vitoria.

Nueva fecha estimada de entrega: jueves 22 de octubre.

Puedes seguir el envío aquí: https://enviaya.example.es/seguimiento/4471ES2026

Sentimos las molestias.
Equipo EnvíaYa""",
})

add({
    "kind": "other", "slug": "amigo_cuenta_su_rechazo", "lang": "es",
    "company": "", "contact": "inaki.arregi@correo.example.es",
    "frm": ("Iñaki Arregi", "inaki.arregi@correo.example.es"),
    "enc": {"from": ("utf-8", "B")},
    "subject": "Lo del tranvía...",
    "date": "2026-06-18 23:05", "cte": "8bit",
    "body": """¡Kaixo Hartmut!

¿Qué tal por Dortmund? Te cuento: al final me han rechazado en lo del tranvía. Después de la segunda entrevista me mandaron un correo diciendo que habían elegido a otra persona con más experiencia en mantenimiento. Me ha sentado fatal, la verdad, pero bueno, seguiré buscando.

Oye, ¿y lo tuyo en Bilbao? Si al final venís en otoño, avísame y os enseño el barrio. Tengo un primo que trabaja en una empresa de logística en Zorroza, por si te sirve.

Un abrazo fuerte,
Iñaki""",
})

add({
    "kind": "other", "slug": "clinica_cita_reprogramada", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Osasun Klinika - Citas", "no-responder@osasunklinika.example.es"),
    "subject": "Su cita ha sido reprogramada",
    "date": "2026-09-18 12:15",
    "headers": [("Auto-Submitted", "auto-generated")],
    "form": "alt", "shell": "ats",
    "shell_args": {"brand": "Osasun Klinika", "color": "#00838f",
                   "footer": "Mensaje automático. No responda a este correo."},
    "body": """Estimado/a Hartmut Nwachukwu-Falk:

Le informamos de que su cita de reconocimiento médico (medicina general) ha sido reprogramada por indisposición del facultativo.

Cita anterior: viernes 25 de septiembre, 9:30
Nueva cita: martes 29 de septiembre, 11:00
Lugar: Osasun Klinika, Calle Elcano 22, Bilbao

Si no puede acudir, puede anular o cambiar la cita en nuestra web: https://osasunklinika.example.es/citas""",
})

add({
    "kind": "other", "slug": "universidad_master_no_admitido", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Universidad del Nervión - Admisiones", "noreply@unervion.example.es"),
    "subject": "Resolución de admisión: Máster Universitario en Logística y Movilidad",
    "enc": {"subject": ("utf-8", "Q"), "from": ("utf-8", "Q")},
    "date": "2026-07-24 14:00",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Estimado Sr. Nwachukwu-Falk:

Le comunicamos la resolución de la comisión académica del Máster Universitario en Logística y Movilidad para el curso 2026-2027: su solicitud ha resultado «no admitida», al no acreditar una titulación universitaria de grado que dé acceso a estudios de máster.

Puede presentar recurso de alzada ante el Rectorado en el plazo de un mes. Le recordamos que nuestro Título Propio de Experto en Planificación del Transporte no exige titulación previa.

Servicio de Admisiones – Universidad del Nervión""",
})
