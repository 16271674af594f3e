"""Corpus 252: interview invitations (26), reschedules and cancellations (15), missed interviews (10).

Each message is written by hand; only layout comes from msgs252_common.
"""

from __future__ import annotations

from msgs252_common import ats_card, outlook_html

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

# --- calendar events (uid shared by an invitation and its updates) ---------------------------
_RK_UID = "rk-0219-adeyemi@rheinknie.example.ch"
_AARE_UID = "aare-0327-7781@aarerail.example.ch"
_GRZ_UID = "grz-panel-0408-adeyemi@gotthard-reisen.example.ch"
_VT_UID = "vt-entretien-0423@vallee-telecom.example.ch"
_LR_UID = "liffey-cx-tl-0811@liffeyrail.example.ie"
_AG_UID = "jornada-0421-dub@atencionglobal.example.es"
_EM_UID = "lever-panel-0518-lorenz@emeraldmobile.example.ie"

_RK_INVITE = """Sehr geehrter Herr Adeyemi-Huber

Ihre Bewerbung als Teamleiter/in Kundendienst Schaden hat uns angesprochen, und wir möchten Sie gerne persönlich kennenlernen.

Termin: Donnerstag, 19. Februar 2026, 14:00–15:15 Uhr
Ort: Rheinknie Versicherungen AG, Aeschengraben 12, 4051 Basel, Empfang 2. OG
Gesprächspartner: Claudia Vogt-Sutter (HR) und Daniel Brunner (Leiter Schadenservice)

Sie erhalten mit dieser Nachricht eine Kalendereinladung. Bitte bestätigen Sie den Termin bis Montag oder schlagen Sie uns eine Alternative vor, falls er Ihnen nicht passt.

Freundliche Grüsse

Claudia Vogt-Sutter
Senior Recruiterin
Rheinknie Versicherungen AG
Aeschengraben 12 | 4051 Basel
Direkt +41 61 555 30 47
claudia.vogt@rheinknie.example.ch

Rheinknie Versicherungen AG – Diese E-Mail ist vertraulich. Wenn Sie nicht der richtige Adressat sind, löschen Sie sie bitte und informieren Sie den Absender.
"""

_SUNDNET_SCREEN = """Guten Tag Herr Adeyemi-Huber

Vielen Dank für Ihre Bewerbung als Teamleiter/in Customer Care bei Sundnet Telekom. Ihr Werdegang im Kundenkontakt bei der Bahn interessiert uns.

Gerne würde ich in einem ersten Telefongespräch von rund 30 Minuten mehr über Sie erfahren und Ihnen die Stelle vorstellen. Bitte wählen Sie über den folgenden Link einen passenden Zeitpunkt:

https://app.greenhouse.io/scheduling/sundnet/7d21f0c4

Ich rufe Sie dann auf der Nummer aus Ihrem Lebenslauf an.

Beste Grüsse
Mirjam Keller
Talent Acquisition Partner, Sundnet Telekom AG
"""

_EWP_LINK = """Guten Tag Lorenz

Vielen Dank für Ihre Bewerbung als Teamleiter/in Kundenservice Energie. Wir möchten Sie gerne zu einem Video-Interview (45 Minuten, Microsoft Teams) mit Herrn Felix Achermann, Leiter Kundenservice, einladen.

Bitte wählen Sie über die Schaltfläche unten einen der freien Termine zwischen dem 23. und 25. September. Sie erhalten anschliessend automatisch eine Bestätigung mit dem Link zur Besprechung.

Elektrizitätswerk Pilatus AG
Personaldienst
"""

_ZHS_VIDEO = """Hallo Lorenz

Wir haben uns über deine Bewerbung als Teamleiter/in Kundendialog sehr gefreut und möchten dich gerne im Rahmen eines Video-Interviews kennenlernen.

Wann: Mittwoch, 22. Juli 2026, 15:00–15:45 Uhr
Wo: Microsoft Teams (der Link folgt nach deiner Bestätigung)
Mit: Fabienne Meier (Talent Acquisition) und Adrian Huber (Leiter Kundendialog)

Bitte bestätige den Termin über den Button. Bei Fragen erreichst du mich direkt über «Antworten».

Bis bald
Fabienne
"""

_EMERALD_PANEL = """Hi Lorenz,

Thanks for your application for Customer Care Team Lead at Emerald Mobile. We'd love to invite you to a panel interview with myself and Declan Murphy, Head of Customer Operations.

When: Monday 18 May, 11:00-12:00 (Irish time)
Where: Microsoft Teams - the joining link is in the attached invite
Format: 20 minutes on your background, 30 minutes of scenario questions, 10 minutes for your questions

If the time doesn't suit, just reply and we'll find another slot.

Cheers,
Niamh O'Sullivan
Talent Partner, Emerald Mobile
"""

_EWP_MISSED = """Guten Tag Lorenz

Für Ihr Video-Interview am 24. September um 11:00 Uhr wurde keine Teilnahme Ihrerseits registriert. Herr Achermann hat 15 Minuten im Besprechungsraum auf Sie gewartet.

Falls technische Probleme aufgetreten sind, antworten Sie bitte auf diese Nachricht; sie wird direkt an Herrn Achermann weitergeleitet.

Elektrizitätswerk Pilatus AG
Personaldienst
"""

MSGS = [
    # ===================================== invitations =====================================
    {
        "slug": "rheinknie_panel_invite",
        "kind": INV, "lang": "de", "company": "Rheinknie Versicherungen",
        "contact": "claudia.vogt@rheinknie.example.ch",
        "from": ("Vogt-Sutter Claudia", "claudia.vogt@rheinknie.example.ch"),
        "subject": "Einladung zum Gespräch – Teamleiter/in Kundendienst Schaden",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-12 10:20",
        "reply": "rheinknie_sf_ack",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": _RK_INVITE,
        "html": outlook_html(_RK_INVITE),
        "html_cs": "utf-8",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _RK_UID, "seq": 0,
            "start": "2026-02-19 14:00", "end": "2026-02-19 15:15",
            "summary": "Vorstellungsgespräch Lorenz Adeyemi-Huber – Teamleiter/in Kundendienst Schaden",
            "location": "Rheinknie Versicherungen AG, Aeschengraben 12, 4051 Basel",
            "attendees": [("Daniel Brunner", "daniel.brunner@rheinknie.example.ch")],
        }, "file": "invite.ics"}],
    },
    {
        "slug": "sundnet_greenhouse_phone_screen",
        "kind": INV, "lang": "de", "company": "Sundnet Telekom",
        "contact": "mirjam.keller@sundnet.example.ch",
        "from": ("Mirjam Keller via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Mirjam Keller", "mirjam.keller@sundnet.example.ch"),
        "subject": "Telefongespräch Sundnet Telekom – Teamleiter/in Customer Care",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-01-22 09:30",
        "reply": "sundnet_greenhouse_ack",
        "text": _SUNDNET_SCREEN,
        "html": ats_card("Sundnet Telekom", "#15803d", _SUNDNET_SCREEN,
                         ("Zeitpunkt wählen", "https://app.greenhouse.io/scheduling/sundnet/7d21f0c4"),
                         "Gesendet über Greenhouse im Auftrag von Sundnet Telekom AG"),
        "cte": "quoted-printable",
    },
    {
        "slug": "brueckenkopf_client_interview_energie",
        "kind": INV, "lang": "de", "company": "Energie Dreiland",
        "contact": "dario.frei@brueckenkopf.example.ch",
        "from": ("Dario Frei", "dario.frei@brueckenkopf.example.ch"),
        "subject": "Vorstellungsgespräch bei Energie Dreiland – Details",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-03-18 17:02",
        "reply": "brueckenkopf_registration",
        "text": """Hallo Lorenz

Gute Nachrichten: Energie Dreiland möchte dich kennenlernen! Ich habe mit Frau Hunziker, der Leiterin Kundenservice, folgenden Termin vereinbart:

Dienstag, 24. März, 10:30 Uhr
Energie Dreiland AG, Margarethenstrasse 40, Basel (Haupteingang, Empfang im EG)
Dauer ca. eine Stunde, Gespräch mit Frau Hunziker und einer Teamleiterin

Sie werden dich vermutlich nach deinem Umgang mit Beschwerden bei Zugsausfällen fragen – da hast du ja genug Geschichten. Ruf mich am Montag kurz an, dann gehen wir das zusammen durch.

Bitte bestätige mir per Mail, dass der Termin für dich passt.

Beste Grüsse
Dario

Dario Frei
Personalberater
Brückenkopf Personal AG
Aeschenvorstadt 31, 4051 Basel
061 555 44 27
""",
    },
    {
        "slug": "aare_first_interview_ics",
        "kind": INV, "lang": "de", "company": "Aare Rail Services",
        "contact": "beat.zurbuchen@aarerail.example.ch",
        "from": ("Beat Zurbuchen", "beat.zurbuchen@aarerail.example.ch"),
        "subject": "Einladung Vorstellungsgespräch 27. März",
        "date": "2026-03-20 14:11",
        "reply": "aare_personio_ack",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Besten Dank für Ihre Bewerbung als Teamleiter/in Kundenservice Bahnhof Bern. Wir laden Sie gerne zu einem ersten Gespräch ein:

Freitag, 27. März 2026, 09:00 Uhr
Aare Rail Services AG, Schwarztorstrasse 48, 3007 Bern
Melden Sie sich bitte beim Empfang im Erdgeschoss.

Neben mir nimmt Frau Rita Schüpbach (Leiterin Verkauf & Service) teil. Rechnen Sie mit etwa 75 Minuten.

Eine Kalendereinladung liegt bei.

Freundliche Grüsse
Beat Zurbuchen
HR Business Partner
Aare Rail Services AG
""",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _AARE_UID, "seq": 0,
            "start": "2026-03-27 09:00", "end": "2026-03-27 10:15",
            "summary": "Gespräch Teamleitung Kundenservice – L. Adeyemi-Huber",
            "location": "Schwarztorstrasse 48, 3007 Bern",
        }}],
    },
    {
        "slug": "callwerk_casual_thursday",
        "kind": INV, "lang": "de", "company": "Callwerk",
        "contact": "nadine.imhof@callwerk.example.ch",
        "from": ("Nadine Imhof", "nadine.imhof@callwerk.example.ch"),
        "subject": "Kurzer Austausch diese Woche?",
        "date": "2026-09-01 11:47",
        "text": """Hallo Herr Adeyemi-Huber

Danke für Ihre Bewerbung für die Schichtleitung in unserem Contact Center in Oerlikon. Bevor wir formell werden: Hätten Sie am Donnerstag Zeit für einen lockeren Austausch per Video, so gegen 17:30? Eine halbe Stunde reicht. Ich schicke Ihnen dann gerne einen Link.

Sonnige Grüsse aus Oerlikon
Nadine Imhof
Teamleiterin Recruiting | Callwerk AG
Binzmühlestrasse 14, 8050 Zürich | 044 555 82 19
""",
        "html": "auto",
    },
    {
        "slug": "seetal_assessment_centre_pdf",
        "kind": INV, "lang": "de", "company": "Seetal Bahnservice",
        "contact": "martina.kaufmann@seetalbahn.example.ch",
        "from": ("Martina Kaufmann", "martina.kaufmann@seetalbahn.example.ch"),
        "subject": "Einladung zum Assessment-Center Teamleitung Kundenservice",
        "date": "2026-04-22 15:26",
        "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Wir freuen uns, Ihnen mitzuteilen, dass Sie in die nächste Runde gekommen sind. Wir laden Sie herzlich zu unserem eintägigen Assessment-Center ein:

Dienstag, 5. Mai 2026, 08:00 bis ca. 16:30 Uhr
Seetal Bahnservice AG, Schulungszentrum, Tribschenstrasse 61, 6005 Luzern

Der Tag umfasst eine Gruppendiskussion, ein Rollenspiel mit einem Kundengespräch, eine Fallstudie zur Einsatzplanung und ein Interview mit der Bereichsleitung. Das detaillierte Programm finden Sie im Anhang. Für das Mittagessen ist gesorgt.

Bitte bestätigen Sie Ihre Teilnahme bis 28. April.

Freundliche Grüsse
Martina Kaufmann
Personalentwicklung
Seetal Bahnservice AG
Tribschenstrasse 61, 6005 Luzern
Tel. 041 555 63 80
""",
        "atts": [{"pdf": "Programm_Assessment_5_Mai.pdf", "title": "Programm Assessment-Center",
                  "lines": [
                      "Seetal Bahnservice AG - Assessment-Center Teamleitung Kundenservice",
                      "Dienstag, 5. Mai 2026, Schulungszentrum Tribschenstrasse 61, Luzern",
                      "",
                      "08:00  Begrüssung und Vorstellung des Tagesablaufs",
                      "08:30  Gruppendiskussion: Fahrgastinformation bei Störungen",
                      "10:00  Rollenspiel: Gespräch mit einer verärgerten Kundin",
                      "11:15  Fallstudie: Einsatzplanung eines Teams von zwölf Personen",
                      "12:30  Mittagessen",
                      "13:30  Interview mit der Bereichsleitung",
                      "15:00  Präsentation der Fallstudie",
                      "16:15  Abschluss und Ausblick",
                  ]}],
    },
    {
        "slug": "ewpilatus_recruitee_scheduling",
        "kind": INV, "lang": "de", "company": "Elektrizitätswerk Pilatus", "contact": "",
        "from": ("Elektrizitätswerk Pilatus", "ewpilatus@jobs.recruitee.com"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Bitte wählen Sie einen Termin für Ihr Video-Interview",
        "subj_enc": ("utf-8", "mixedB"),
        "date": "2026-09-21 08:00",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Elektrizitätswerk Pilatus – Karriere", "#ca8a04", _EWP_LINK,
                         ("Termin auswählen", "https://ewpilatus.recruitee.com/o/teamleiter-kundenservice/schedule/9f3a"),
                         "Diese Nachricht wurde über Recruitee versendet.\nAntworten an diese Adresse werden nicht zugestellt."),
    },
    {
        "slug": "gotthard_panel_teams_ics",
        "kind": INV, "lang": "de", "company": "Gotthard Reisezentrum",
        "contact": "petra.arnold@gotthard-reisen.example.ch",
        "from": ("Petra Arnold", "petra.arnold@gotthard-reisen.example.ch"),
        "subject": "Einladung: Panelgespräch Teamleitung Reisezentrum Luzern",
        "date": "2026-03-30 10:05",
        "text": """Guten Tag Herr Adeyemi-Huber

Gerne laden wir Sie zu einem Panelgespräch für die Stelle Teamleitung Reisezentrum Luzern ein. Das Gespräch findet online über Microsoft Teams statt:

Mittwoch, 8. April 2026, 13:30–14:30 Uhr
Teilnehmende: Petra Arnold (HR), Urs Kälin (Leiter Verkauf), Sonja Fässler (Teamleiterin Reisezentrum Zug)

Den Link zur Besprechung finden Sie in der Kalendereinladung. Bitte nehmen Sie die Einladung an, damit wir mit Ihnen planen können.

Freundliche Grüsse
Petra Arnold
HR-Beraterin
Gotthard Reisezentrum AG
Bahnhofplatz 1, 6003 Luzern
""",
        "html": "auto",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _GRZ_UID, "seq": 0,
            "start": "2026-04-08 13:30", "end": "2026-04-08 14:30",
            "summary": "Panelgespräch Teamleitung Reisezentrum Luzern",
            "location": "Microsoft Teams-Besprechung",
            "description": "Teams: https://teams.example.ch/l/meetup-join/grz-panel-0408",
            "attendees": [("Urs Kälin", "urs.kaelin@gotthard-reisen.example.ch"),
                          ("Sonja Fässler", "sonja.faessler@gotthard-reisen.example.ch")],
        }}],
    },
    {
        "slug": "birsfelden_phone_screen_ask",
        "kind": INV, "lang": "de", "company": "Birsfelden Energie",
        "contact": "jonas.brodbeck@birsfelden-energie.example.ch",
        "from": ("Jonas Brodbeck", "jonas.brodbeck@birsfelden-energie.example.ch"),
        "subject": "Telefonat zu Ihrer Bewerbung",
        "date": "2026-10-05 16:38",
        "text": """Guten Tag Herr Adeyemi-Huber

Danke für Ihre Bewerbung als Gruppenleiter Kundenservice. Bevor wir Sie zu einem Gespräch vor Ort einladen, würde ich gerne ein kurzes Telefonat mit Ihnen führen, etwa 20 Minuten.

Passt Ihnen Freitag, 9. Oktober, um 9 Uhr? Ich würde Sie auf Ihrer Mobilnummer anrufen. Falls nicht, nennen Sie mir gerne zwei, drei Alternativen.

Freundliche Grüsse
Jonas Brodbeck
Recruiting
Birsfelden Energie AG | Hauptstrasse 7 | 4127 Birsfelden | 061 555 14 09
""",
    },
    {
        "slug": "breisgau_trial_day",
        "kind": INV, "lang": "de", "company": "Breisgau Versicherung",
        "contact": "hanna.zimmermann@breisgau-vers.example.de",
        "from": ("Hanna Zimmermann", "hanna.zimmermann@breisgau-vers.example.de"),
        "subject": "Einladung zum Probearbeitstag im Kundenservice",
        "date": "2026-05-05 13:20", "tz": "de",
        "cte": "base64",
        "text": """Sehr geehrter Herr Adeyemi-Huber,

nach unserem angenehmen Telefonat möchten wir Sie zu einem Probearbeitstag in unser Kundenservice-Center einladen. So lernen Sie das Team und unsere Abläufe kennen, und wir bekommen ein Gefühl dafür, wie Sie mit Kundenanliegen umgehen.

Datum: Dienstag, 12. Mai 2026
Zeit: 8:30 bis 15:00 Uhr
Ort: Breisgau Versicherung, Kaiser-Joseph-Strasse 200, 79098 Freiburg, 4. OG

Sie begleiten vormittags zwei erfahrene Kolleginnen am Telefon (Mithören) und erleben am Nachmittag einen Teamworkshop. Der Tag wird selbstverständlich vergütet. Bitte bringen Sie einen Ausweis mit.

Mit freundlichen Grüssen
Hanna Zimmermann
Personalreferentin
Breisgau Versicherung VVaG
""",
    },
    {
        "slug": "zhstromnetz_teamtailor_video",
        "kind": INV, "lang": "de", "company": "Zürcher Stromnetz",
        "contact": "fabienne.meier@zh-stromnetz.example.ch",
        "from": ("Zürcher Stromnetz", "no-reply@teamtailor-mail.com"),
        "from_enc": ("iso-8859-1", "Q"),
        "reply_to": ("Fabienne Meier", "fabienne.meier@zh-stromnetz.example.ch"),
        "subject": "Einladung zum Video-Interview – Teamleiter/in Kundendialog",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-07-15 09:12",
        "reply": "zhstromnetz_teamtailor_ack",
        "text": _ZHS_VIDEO,
        "html": ats_card("Zürcher Stromnetz", "#0369a1", _ZHS_VIDEO,
                         ("Interview bestätigen", "https://zh-stromnetz.teamtailor.com/interviews/confirm/5512"),
                         "Zürcher Stromnetz AG · Tramstrasse 35 · 8050 Zürich"),
    },
    {
        "slug": "dreilaender_one_no_one_invite",
        "kind": INV, "lang": "de", "company": "Dreiländer Telekom",
        "contact": "stefanie.gysin@dreilaender-telekom.example.ch",
        "from": ("Stefanie Gysin", "stefanie.gysin@dreilaender-telekom.example.ch"),
        "subject": "Ihre Bewerbungen bei Dreiländer Telekom",
        "subj_enc": ("iso-8859-1", "mixedQ"),
        "date": "2026-08-18 14:45",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Guten Tag Herr Adeyemi-Huber

Sie haben sich bei uns gleich auf zwei Stellen beworben, daher eine Rückmeldung zu beiden in einer Nachricht.

Für die Stelle «Leiter/in Shop Basel Claraplatz» haben wir uns für eine Person mit Erfahrung im Detailhandel entschieden; diese Bewerbung schliessen wir ab.

Für die Stelle «Teamleiter/in Hotline Geschäftskunden» möchten wir Sie hingegen sehr gerne kennenlernen. Ich schlage Montag, 24. August, 10:00 Uhr per Microsoft Teams vor. Den Link sende ich Ihnen nach Ihrer Bestätigung.

Freundliche Grüsse
Stefanie Gysin
HR Recruiting
Dreiländer Telekom AG, Steinenring 52, 4051 Basel
""",
    },
    {
        "slug": "talentwerk_client_interview_vierwaldstaetter",
        "kind": INV, "lang": "de", "company": "Vierwaldstätter Versicherung",
        "contact": "yvonne.bucher@talentwerk-lu.example.ch",
        "from": ("Yvonne Bucher | Talentwerk Luzern", "yvonne.bucher@talentwerk-lu.example.ch"),
        "subject": "Gesprächstermin bei der Vierwaldstätter Versicherung",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-06-22 10:31",
        "reply": "talentwerk_registration",
        "text": """Grüezi Herr Adeyemi-Huber

Wie telefonisch besprochen, hat die Vierwaldstätter Versicherung Ihr Dossier mit Interesse gelesen und lädt Sie zu einem ersten Gespräch ein:

Montag, 29. Juni 2026, 14:00 Uhr
Vierwaldstätter Versicherung AG, Haldenstrasse 23, 6006 Luzern
Gesprächspartner: Herr Markus Amstad, Leiter Kundenservice Privatkunden, und Frau Elena Rossi, HR

Ich begleite Sie nicht ins Gespräch, melde mich aber am Vortag für eine kurze Vorbereitung. Bitte geben Sie mir Bescheid, ob der Termin klappt.

Herzlich
Yvonne Bucher
Senior Consultant · Talentwerk Luzern GmbH
""",
        "html": "auto",
    },
    # French
    {
        "slug": "vallee_entretien_ics",
        "kind": INV, "lang": "fr", "company": "Vallée Télécom",
        "contact": "sandrine.mottier@vallee-telecom.example.ch",
        "from": ("Sandrine Mottier", "sandrine.mottier@vallee-telecom.example.ch"),
        "subject": "Invitation à un entretien – Responsable d'équipe Service clients",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-04-15 11:02",
        "reply": "vallee_teamtailor_ack",
        "cte": "quoted-printable",
        "text": """Bonjour Monsieur Adeyemi-Huber,

Nous avons le plaisir de vous inviter à un entretien pour le poste de responsable d'équipe Service clients.

Date : jeudi 23 avril 2026, de 10h00 à 11h00
Lieu : Vallée Télécom SA, Route de Meyrin 210, 1217 Meyrin (bâtiment B, réception)
Vous rencontrerez Mme Sandrine Mottier (recrutement) et M. Olivier Perret (responsable du centre de service).

Vous trouverez l'invitation en pièce jointe ; merci de l'accepter ou de nous proposer un autre créneau.

Avec mes meilleures salutations,
Sandrine Mottier
Chargée de recrutement, Vallée Télécom SA
""",
        "html": "auto",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _VT_UID, "seq": 0,
            "start": "2026-04-23 10:00", "end": "2026-04-23 11:00",
            "summary": "Entretien – Responsable d'équipe Service clients",
            "location": "Route de Meyrin 210, 1217 Meyrin, bâtiment B",
            "attendees": [("Olivier Perret", "olivier.perret@vallee-telecom.example.ch")],
        }, "file": "entretien.ics"}],
    },
    {
        "slug": "ram_immersion_day",
        "kind": INV, "lang": "fr", "company": "Réseau Alsace Mobilité",
        "contact": "jerome.kessler@ram-alsace.example.fr",
        "from": ("Jérôme Kessler", "jerome.kessler@ram-alsace.example.fr"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Journée d'immersion au centre de relation clients - Réseau Alsace Mobilité",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-07-01 10:44", "tz": "fr",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Monsieur Adeyemi-Huber,

Suite à votre candidature au poste de responsable d'équipe au centre de relation clients, nous vous proposons de participer à une journée d'immersion, suivie d'un entretien avec la direction.

Mercredi 8 juillet 2026, de 9h00 à 16h00
Réseau Alsace Mobilité, 9 avenue du Général-Leclerc, 68100 Mulhouse (accès par la gare, sortie sud)

Au programme : observation des conseillers au téléphone et au guichet, mise en situation sur la gestion d'une perturbation du trafic, puis entretien de 45 minutes avec Mme Claire Muller, directrice de la relation clients.

Merci de me confirmer votre présence par retour de mail. Vos frais de déplacement depuis Bâle seront remboursés.

Cordialement,
Jérôme Kessler
Chargé de recrutement
Réseau Alsace Mobilité
03 89 55 70 12
""",
    },
    {
        "slug": "alpha_client_interview_relais",
        "kind": INV, "lang": "fr", "company": "Relais Client",
        "contact": "karim.benali@alphaplacement.example.ch",
        "from": ("Karim Benali", "karim.benali@alphaplacement.example.ch"),
        "subject": "Entretien chez Relais Client jeudi",
        "date": "2026-08-24 15:03",
        "reply": "alpha_registration",
        "text": """Bonjour Lorenz,

Bonne nouvelle : Relais Client souhaite vous rencontrer pour le poste de coordinateur d'équipe (centre d'appels, 80-100 %).

Jeudi 27 août à 16h00
Relais Client SA, Rue de Lyon 120, 1203 Genève - demandez Mme Aurélie Dubois à l'accueil

L'entretien dure environ une heure et se déroule en français, avec une courte partie en allemand. Je vous appelle mercredi pour vous briefer.

Merci de me confirmer votre disponibilité.

Bien à vous,
Karim Benali
Consultant senior, Alpha Placement Sàrl
+41 22 555 60 75
""",
    },
    {
        "slug": "sis_entretien_outlook",
        "kind": INV, "lang": "fr", "company": "Services Industriels du Salève",
        "contact": "laurence.gay@sis-saleve.example.ch",
        "from": ("GAY Laurence", "laurence.gay@sis-saleve.example.ch"),
        "subject": "Entretien - Responsable d'équipe service clientèle (SIS)",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-09-08 09:26",
        "word_lang": "FR-CH",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Monsieur,

Votre candidature au poste de responsable d'équipe du service clientèle a retenu notre attention. Nous aimerions vous rencontrer le mardi 15 septembre 2026 à 14h00 dans nos locaux de Plan-les-Ouates (Chemin du Pont-du-Centenaire 110).

L'entretien se déroulera en présence de M. Frédéric Python, chef du service clientèle, et de moi-même. Prévoyez environ une heure.

Je vous remercie de me confirmer ce rendez-vous.

Meilleures salutations,

Laurence Gay
Spécialiste RH
Services Industriels du Salève
Chemin du Pont-du-Centenaire 110, 1228 Plan-les-Ouates
+41 22 555 88 31
""",
        "html": "outlook", "html_cs": "utf-8",
    },
    {
        "slug": "leman_rencontre_thursday",
        "kind": INV, "lang": "fr", "company": "Léman Contact",
        "contact": "valerie.chappuis@leman-contact.example.ch",
        "from": ("Valérie Chappuis", "valerie.chappuis@leman-contact.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "Rencontre pour le poste de chef d'équipe",
        "date": "2026-05-20 12:15",
        "text": """Bonjour Monsieur Adeyemi-Huber,

Merci pour votre candidature. Votre parcours de contrôleur m'a intriguée : gérer des voyageurs mécontents dans un train bondé, c'est un peu notre quotidien au téléphone !

Seriez-vous disponible le jeudi 28 mai à 9h30 pour un entretien dans nos bureaux du Quai du Seujet ? Vous y rencontreriez également Thomas Girard, qui dirige le plateau francophone.

Dans l'attente de votre réponse,
Valérie Chappuis
Responsable des opérations, Léman Contact Sàrl
Quai du Seujet 18, 1201 Genève
""",
    },
    {
        "slug": "mutuelle_convocation",
        "kind": INV, "lang": "fr", "company": "Mutuelle Lémanique",
        "contact": "emilie.favre@mutuelle-lemanique.example.ch",
        "from": ("Émilie Favre", "emilie.favre@mutuelle-lemanique.example.ch"),
        "from_enc": ("iso-8859-1", "B"),
        "subject": "Convocation à un entretien",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-02-27 15:40",
        "reply": "mutuelle_cv_received",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur Adeyemi-Huber,

Nous vous remercions pour votre candidature au poste de superviseur du service à la clientèle et avons le plaisir de vous convier à un entretien le mardi 3 mars 2026 à 10h00, à notre siège de la rue du Rhône 88, 1204 Genève (3e étage).

Merci de vous munir d'une pièce d'identité et de vos certificats de travail.

Nous vous prions de bien vouloir confirmer votre venue par retour de courriel.

Émilie Favre
Ressources humaines
Mutuelle Lémanique
""",
    },
    # English
    {
        "slug": "emerald_lever_panel",
        "kind": INV, "lang": "en", "company": "Emerald Mobile",
        "contact": "niamh.osullivan@emeraldmobile.example.ie",
        "from": ("Niamh O'Sullivan", "no-reply@hire.lever.co"),
        "reply_to": ("Niamh O'Sullivan", "niamh.osullivan@emeraldmobile.example.ie"),
        "subject": "Interview invitation: Customer Care Team Lead at Emerald Mobile",
        "date": "2026-05-11 14:20", "tz": "ie",
        "reply": "emerald_lever_ack",
        "text": _EMERALD_PANEL,
        "html": ats_card("Emerald Mobile", "#047857", _EMERALD_PANEL, None,
                         "Sent via Lever on behalf of Emerald Mobile Ltd", lang="en"),
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _EM_UID, "seq": 0, "tz": "ie",
            "start": "2026-05-18 11:00", "end": "2026-05-18 12:00",
            "summary": "Panel interview - Customer Care Team Lead (Lorenz Adeyemi-Huber)",
            "location": "Microsoft Teams",
            "description": "Join: https://teams.example.ie/l/meetup-join/emerald-panel-0518",
            "organizer": ("Niamh O'Sullivan", "niamh.osullivan@emeraldmobile.example.ie"),
        }, "inline": False, "file": "invite.ics"}],
    },
    {
        "slug": "liffey_panel_invite_ics",
        "kind": INV, "lang": "en", "company": "Liffey Rail Services",
        "contact": "ciaran.byrne@liffeyrail.example.ie",
        "from": ("Ciarán Byrne", "ciaran.byrne@liffeyrail.example.ie"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Interview - Customer Experience Team Leader, Liffey Rail Services",
        "date": "2026-08-04 12:00", "tz": "ie",
        "text": """Dear Lorenz,

Further to your application, I'm pleased to invite you to interview for the position of Customer Experience Team Leader (Heuston Station).

Date: Tuesday 11 August 2026
Time: 10:00 - 11:00
Venue: Liffey Rail Services, Heuston Station Offices, 1st floor, Dublin 8
Panel: Ciarán Byrne (HR), Sinéad Walsh (Station Manager), Paul Kearney (Customer Experience Lead)

A calendar invitation is attached. The interview will be competency-based; please bring photo ID.

Kind regards,
Ciarán Byrne
HR Officer | Liffey Rail Services
Heuston Station, Dublin 8 | +353 1 555 3300
""",
        "html": "auto",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _LR_UID, "seq": 0, "tz": "ie",
            "start": "2026-08-11 10:00", "end": "2026-08-11 11:00",
            "summary": "Interview: Customer Experience Team Leader",
            "location": "Heuston Station Offices, 1st floor, Dublin 8",
            "attendees": [("Sinéad Walsh", "sinead.walsh@liffeyrail.example.ie"),
                          ("Paul Kearney", "paul.kearney@liffeyrail.example.ie")],
        }, "file": "interview.ics"}],
    },
    {
        "slug": "voxhub_free_thursday",
        "kind": INV, "lang": "en", "company": "Voxhub Contact Centres",
        "contact": "tom.kinsella@voxhub.example.ie",
        "from": ("Tom Kinsella", "tom.kinsella@voxhub.example.ie"),
        "subject": "Quick chat Thursday?",
        "date": "2026-07-14 17:52", "tz": "ie",
        "text": """Hi Lorenz,

Saw your application for the Team Lead role in our German-language queue and I'd love to have a chat. Are you free Thursday afternoon for 20-30 minutes on a video call? Anywhere between 2 and 5 Irish time works for me.

No prep needed - it's just to get to know each other and tell you a bit about the team.

Tom

Tom Kinsella
Operations Manager - DACH Markets
Voxhub Contact Centres, Block C, Eastpoint Business Park, Dublin 3
""",
    },
    {
        "slug": "quayside_client_interview_northside",
        "kind": INV, "lang": "en", "company": "Northside Utilities",
        "contact": "aoife.brennan@quayside.example.ie",
        "from": ("Aoife Brennan", "aoife.brennan@quayside.example.ie"),
        "subject": "Northside Utilities - interview confirmed",
        "date": "2026-09-14 11:35", "tz": "ie",
        "text": """Hi Lorenz,

Great news - Northside Utilities would like to meet you for the Customer Operations Team Lead role.

Monday 21 September, 15:00, at their offices on North Wall Quay (Dublin 1). You'll meet Brian Kelly (Head of Customer Service) and Orla Fitzgerald from their HR team. Plan for about an hour.

They liked the way your CV frames the shift-leadership piece. Let's do a 15-minute prep call the Friday before - I'll send you a time.

Can you confirm you're good for Monday?

Aoife

Aoife Brennan | Senior Consultant
Quayside Recruitment
14 Sir John Rogerson's Quay, Dublin 2
+353 1 555 7731
""",
        "html": "auto",
    },
    # Spanish
    {
        "slug": "conecta_entrevista_presencial",
        "kind": INV, "lang": "es", "company": "Conecta Ibérica",
        "contact": "lucia.fernandez@conecta.example.es",
        "from": ("Lucía Fernández Roldán", "lucia.fernandez@conecta.example.es"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Entrevista – Coordinador/a de Atención al Cliente",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-06-09 09:57",
        "reply": "conecta_smartrecruiters_ack",
        "text": """Hola Lorenz:

Gracias por tu candidatura para el puesto de Coordinador/a de Atención al Cliente en nuestro centro de Zúrich. Nos gustaría conocerte en una entrevista presencial.

Fecha: lunes 15 de junio de 2026
Hora: 11:00
Lugar: Badenerstrasse 549, 8048 Zúrich (3.ª planta, pregunta por mí en recepción)

La entrevista será en español y en alemán y durará aproximadamente una hora. ¿Te viene bien?

Un saludo,
Lucía Fernández Roldán
Responsable de Selección · Conecta Ibérica
""",
    },
    {
        "slug": "atencion_jornada_seleccion_ics",
        "kind": INV, "lang": "es", "company": "Atención Global Contact",
        "contact": "marta.quiroga@atencionglobal.example.es",
        "from": ("Marta Quiroga", "marta.quiroga@atencionglobal.example.es"),
        "subject": "Invitación a la jornada de selección – Supervisor/a de equipo (Dublín)",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-04-13 12:30", "tz": "es",
        "cte": "quoted-printable",
        "text": """Estimado Lorenz:

Nos complace invitarte a la jornada de selección para el puesto de Supervisor/a de equipo en nuestra plataforma de Dublín, que atiende a clientes de España y Suiza.

Día: martes 21 de abril de 2026
Horario: de 9:30 a 13:30 (hora de Irlanda)
Lugar: Atención Global Contact, Harcourt Road 18, Dublín 2 (si lo prefieres, puedes participar en remoto)

La jornada incluye una dinámica de grupo, un ejercicio de escucha de llamadas y una entrevista individual con la dirección del servicio. Adjuntamos la convocatoria para tu calendario.

Atentamente,
Marta Quiroga
Técnica de Selección
Atención Global Contact S.L.
""",
        "html": "auto",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _AG_UID, "seq": 0, "tz": "ie",
            "start": "2026-04-21 09:30", "end": "2026-04-21 13:30",
            "summary": "Jornada de selección – Supervisor/a de equipo",
            "location": "Harcourt Road 18, Dublín 2",
        }}],
    },
    {
        "slug": "ondaclara_llamada",
        "kind": INV, "lang": "es", "company": "Onda Clara Telecom",
        "contact": "pablo.serrano@ondaclara.example.es",
        "from": ("Pablo Serrano", "pablo.serrano@ondaclara.example.es"),
        "subject": "Llamada para conocernos",
        "date": "2026-10-01 18:06", "tz": "es",
        "text": """Hola Lorenz,

He leído tu CV para el puesto de Team Leader de nuestro servicio de atención en Ginebra y me gustaría hablar contigo por teléfono unos 20 minutos.

¿Te va bien el lunes 5 de octubre a las 10:00 (hora de Suiza)? Te llamaría al número que aparece en tu CV.

Un saludo,
Pablo Serrano
Talent Acquisition · Onda Clara Telecom
+34 91 555 42 80
""",
    },
    # ============================ reschedules and cancellations ============================
    {
        "slug": "rheinknie_moved_seq1",
        "kind": RES, "lang": "de", "company": "Rheinknie Versicherungen",
        "contact": "claudia.vogt@rheinknie.example.ch",
        "from": ("Vogt-Sutter Claudia", "claudia.vogt@rheinknie.example.ch"),
        "subject": "Terminverschiebung: Gespräch Teamleiter/in Kundendienst Schaden",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-02-16 08:05",
        "reply": "own_rheinknie_confirm", "quote": "outlook",
        "cte": "quoted-printable",
        "text": """Guten Morgen Herr Adeyemi-Huber

Ich muss unser Gespräch vom Donnerstag verschieben: Herr Brunner ist an diesem Tag kurzfristig für Schadenbesichtigungen nach dem Sturm im Baselbiet aufgeboten worden.

Neu schlagen wir Ihnen Dienstag, 24. Februar, 14:00 Uhr vor – gleicher Ort, gleiche Besetzung. Die aktualisierte Kalendereinladung ersetzt die bisherige.

Ich entschuldige mich für die Umstände und danke für Ihre Flexibilität.

Freundliche Grüsse
Claudia Vogt-Sutter
Senior Recruiterin, Rheinknie Versicherungen AG
""",
        "html": "outlook",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _RK_UID, "seq": 1,
            "start": "2026-02-24 14:00", "end": "2026-02-24 15:15",
            "summary": "Vorstellungsgespräch Lorenz Adeyemi-Huber – Teamleiter/in Kundendienst Schaden",
            "location": "Rheinknie Versicherungen AG, Aeschengraben 12, 4051 Basel",
            "attendees": [("Daniel Brunner", "daniel.brunner@rheinknie.example.ch")],
        }, "file": "invite.ics"}],
    },
    {
        "slug": "aare_interview_cancelled",
        "kind": RES, "lang": "de", "company": "Aare Rail Services",
        "contact": "beat.zurbuchen@aarerail.example.ch",
        "from": ("Beat Zurbuchen", "beat.zurbuchen@aarerail.example.ch"),
        "subject": "Abgesagt: Einladung Vorstellungsgespräch 27. März",
        "date": "2026-03-25 07:40",
        "reply": "aare_first_interview_ics",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Ich muss das für Freitag vereinbarte Gespräch absagen. Intern ist eine Änderung in der Organisation des Kundenservice am Bahnhof Bern in Diskussion, und wir möchten zuerst Klarheit haben, bevor wir weitere Gespräche führen.

Ihre Bewerbung bleibt im Verfahren. Ich melde mich bis Mitte April mit Neuigkeiten bei Ihnen.

Freundliche Grüsse
Beat Zurbuchen
""",
        "atts": [{"ics": {
            "method": "CANCEL", "uid": _AARE_UID, "seq": 1,
            "start": "2026-03-27 09:00", "end": "2026-03-27 10:15",
            "summary": "Abgesagt: Gespräch Teamleitung Kundenservice – L. Adeyemi-Huber",
            "location": "Schwarztorstrasse 48, 3007 Bern",
        }}],
    },
    {
        "slug": "callwerk_new_slot_friday",
        "kind": RES, "lang": "de", "company": "Callwerk",
        "contact": "nadine.imhof@callwerk.example.ch",
        "from": ("Nadine Imhof", "nadine.imhof@callwerk.example.ch"),
        "subject": "Re: Kurzer Austausch diese Woche?",
        "date": "2026-09-02 13:10",
        "reply": "own_callwerk_shift_conflict", "quote": "reply",
        "text": """Hallo Herr Adeyemi-Huber

Kein Problem, Schichtdienst kenne ich nur zu gut. Dann verschieben wir unseren Austausch auf Freitag, 4. September, 12:15 Uhr. Den Teams-Link finden Sie hier:

https://teams.example.ch/l/meetup-join/callwerk-imhof-0904

Bis Freitag!
Nadine Imhof
""",
    },
    {
        "slug": "seetal_assessment_new_date",
        "kind": RES, "lang": "de", "company": "Seetal Bahnservice",
        "contact": "martina.kaufmann@seetalbahn.example.ch",
        "from": ("Martina Kaufmann", "martina.kaufmann@seetalbahn.example.ch"),
        "subject": "Assessment-Center: neues Datum 12. Mai",
        "date": "2026-04-24 10:18",
        "reply": "seetal_assessment_centre_pdf",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Danke für Ihre Anmeldung. Wegen eines Wasserschadens steht unser Schulungszentrum Anfang Mai nicht zur Verfügung. Wir verlegen das Assessment-Center deshalb vom 5. auf Dienstag, 12. Mai 2026, mit unveränderten Zeiten (08:00 bis ca. 16:30 Uhr). Neuer Durchführungsort ist unser Sitzungszimmer «Rigi» im Verwaltungsgebäude, Tribschenstrasse 65.

Das Programm bleibt gleich. Bitte bestätigen Sie mir kurz, dass Sie am neuen Datum teilnehmen können.

Freundliche Grüsse
Martina Kaufmann
Personalentwicklung, Seetal Bahnservice AG
""",
    },
    {
        "slug": "talentwerk_interviewer_ill",
        "kind": RES, "lang": "de", "company": "Vierwaldstätter Versicherung",
        "contact": "yvonne.bucher@talentwerk-lu.example.ch",
        "from": ("Yvonne Bucher | Talentwerk Luzern", "yvonne.bucher@talentwerk-lu.example.ch"),
        "subject": "Neuer Termin Vierwaldstätter Versicherung",
        "subj_enc": ("utf-8", "mixedB"),
        "date": "2026-06-25 16:44",
        "reply": "talentwerk_client_interview_vierwaldstaetter",
        "text": """Grüezi Herr Adeyemi-Huber

Kleine Planänderung: Herr Amstad ist erkrankt und fällt voraussichtlich bis Ende Woche aus. Die Vierwaldstätter Versicherung möchte das Gespräch vom Montag deshalb verschieben und schlägt neu Donnerstag, 2. Juli, 16:00 Uhr vor – gleicher Ort, gleiche Gesprächspartner.

Passt Ihnen das? Dann bestätige ich den Termin gleich.

Herzlich
Yvonne Bucher
""",
    },
    {
        "slug": "gotthard_calendar_update_seq1",
        "kind": RES, "lang": "de", "company": "Gotthard Reisezentrum",
        "contact": "petra.arnold@gotthard-reisen.example.ch",
        "from": ("Petra Arnold", "petra.arnold@gotthard-reisen.example.ch"),
        "subject": "Aktualisiert: Panelgespräch Teamleitung Reisezentrum Luzern",
        "date": "2026-04-02 15:30",
        "reply": "gotthard_panel_teams_ics",
        "text": """Guten Tag Herr Adeyemi-Huber

Wegen einer Terminkollision im Panel verschieben wir das Gespräch um einen Tag: neu Donnerstag, 9. April, 08:30–09:30 Uhr, weiterhin über Teams. Die Kalendereinladung wurde entsprechend aktualisiert; bitte nehmen Sie den neuen Termin an.

Freundliche Grüsse
Petra Arnold
""",
        "html": "auto",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _GRZ_UID, "seq": 1,
            "start": "2026-04-09 08:30", "end": "2026-04-09 09:30",
            "summary": "Panelgespräch Teamleitung Reisezentrum Luzern",
            "location": "Microsoft Teams-Besprechung",
            "description": "Teams: https://teams.example.ch/l/meetup-join/grz-panel-0409",
            "attendees": [("Urs Kälin", "urs.kaelin@gotthard-reisen.example.ch"),
                          ("Sonja Fässler", "sonja.faessler@gotthard-reisen.example.ch")],
        }}],
    },
    {
        "slug": "zhstromnetz_call_off_still_in",
        "kind": RES, "lang": "de", "company": "Zürcher Stromnetz",
        "contact": "fabienne.meier@zh-stromnetz.example.ch",
        "from": ("Fabienne Meier", "fabienne.meier@zh-stromnetz.example.ch"),
        "subject": "Unser Interview am Mittwoch",
        "date": "2026-07-20 08:02",
        "reply": "zhstromnetz_teamtailor_video",
        "cte": "base64",
        "text": """Hallo Lorenz

Ich muss unser Video-Interview von Mittwoch absagen. Adrian wurde kurzfristig für die Störungsbewältigung nach dem Unwetter vom Wochenende eingeteilt, und ohne ihn macht das Gespräch wenig Sinn.

Wichtig: Du bist weiterhin im Rennen! Sobald Adrian wieder Luft hat, schicke ich dir neue Terminvorschläge – voraussichtlich für Anfang August.

Liebe Grüsse
Fabienne
Talent Acquisition | Zürcher Stromnetz AG
""",
    },
    {
        "slug": "vallee_interview_cancel",
        "kind": RES, "lang": "fr", "company": "Vallée Télécom",
        "contact": "sandrine.mottier@vallee-telecom.example.ch",
        "from": ("Sandrine Mottier", "sandrine.mottier@vallee-telecom.example.ch"),
        "subject": "Annulé : Entretien – Responsable d'équipe Service clients",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-04-20 18:12",
        "reply": "vallee_entretien_ics",
        "text": """Bonjour Monsieur Adeyemi-Huber,

Je suis contrainte d'annuler notre entretien de jeudi. Une décision concernant l'organisation du centre de Meyrin est attendue dans les prochains jours et nous préférons attendre avant de poursuivre les rencontres.

Votre candidature n'est pas écartée : je reviendrai vers vous dès que j'aurai plus de visibilité.

Avec mes excuses pour ce contretemps,
Sandrine Mottier
""",
        "atts": [{"ics": {
            "method": "CANCEL", "uid": _VT_UID, "seq": 1,
            "start": "2026-04-23 10:00", "end": "2026-04-23 11:00",
            "summary": "Annulé : Entretien – Responsable d'équipe Service clients",
            "location": "Route de Meyrin 210, 1217 Meyrin, bâtiment B",
        }, "file": "annulation.ics"}],
    },
    {
        "slug": "sis_moved_board_meeting",
        "kind": RES, "lang": "fr", "company": "Services Industriels du Salève",
        "contact": "laurence.gay@sis-saleve.example.ch",
        "from": ("GAY Laurence", "laurence.gay@sis-saleve.example.ch"),
        "subject": "TR: Entretien - Responsable d'équipe service clientèle (SIS) - nouvelle date",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-09-10 14:02",
        "reply": "sis_entretien_outlook", "quote": "outlook",
        "word_lang": "FR-CH",
        "text": """Monsieur,

M. Python doit finalement siéger au conseil d'administration le 15 septembre. Je me vois donc obligée de déplacer notre entretien au jeudi 17 septembre à 10h30, même adresse.

Pourriez-vous me confirmer que ce nouvel horaire vous convient ?

Meilleures salutations,
Laurence Gay
""",
        "html": "outlook",
    },
    {
        "slug": "ram_immersion_moved",
        "kind": RES, "lang": "fr", "company": "Réseau Alsace Mobilité",
        "contact": "jerome.kessler@ram-alsace.example.fr",
        "from": ("Jérôme Kessler", "jerome.kessler@ram-alsace.example.fr"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "RE: Journée d'immersion du 8 juillet",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-07-06 09:08", "tz": "fr",
        "reply": "own_ram_ask_other_day", "quote": "reply",
        "text": """Bonjour Monsieur Adeyemi-Huber,

De retour au bureau, je prends connaissance de votre message. Aucun souci : nous décalons la journée d'immersion au vendredi 10 juillet, mêmes horaires (9h00-16h00), même lieu. Mme Muller a confirmé sa disponibilité pour l'entretien en fin de journée.

Cordialement,
Jérôme Kessler
""",
    },
    {
        "slug": "leman_interviewer_sick",
        "kind": RES, "lang": "fr", "company": "Léman Contact",
        "contact": "valerie.chappuis@leman-contact.example.ch",
        "from": ("Valérie Chappuis", "valerie.chappuis@leman-contact.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "Changement d'horaire pour notre rencontre",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-26 08:33",
        "reply": "leman_rencontre_thursday",
        "cte": "quoted-printable",
        "text": """Bonjour Monsieur Adeyemi-Huber,

Thomas Girard est cloué au lit avec une grippe et ne pourra pas être présent jeudi. Comme je tiens à ce que vous le rencontriez, je vous propose de repousser notre rendez-vous au lundi 1er juin à 14h00, toujours au Quai du Seujet.

Merci de me dire si cela vous convient, et toutes mes excuses pour ce changement.

Valérie Chappuis
""",
    },
    {
        "slug": "liffey_panel_member_ill_seq1",
        "kind": RES, "lang": "en", "company": "Liffey Rail Services",
        "contact": "ciaran.byrne@liffeyrail.example.ie",
        "from": ("Ciarán Byrne", "ciaran.byrne@liffeyrail.example.ie"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Updated: Interview - Customer Experience Team Leader",
        "date": "2026-08-10 16:25", "tz": "ie",
        "reply": "liffey_panel_invite_ics",
        "text": """Dear Lorenz,

Sinéad Walsh has been taken ill, so we need to move tomorrow's interview. To keep things moving, we'll hold it on Microsoft Teams on Thursday 13 August at 14:00 instead. The updated invitation with the joining link is attached and replaces the previous one.

Apologies for the short notice.

Kind regards,
Ciarán Byrne
HR Officer | Liffey Rail Services
""",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _LR_UID, "seq": 1, "tz": "ie",
            "start": "2026-08-13 14:00", "end": "2026-08-13 15:00",
            "summary": "Interview: Customer Experience Team Leader (Teams)",
            "location": "Microsoft Teams",
            "description": "Join: https://teams.example.ie/l/meetup-join/liffey-0813",
            "attendees": [("Sinéad Walsh", "sinead.walsh@liffeyrail.example.ie"),
                          ("Paul Kearney", "paul.kearney@liffeyrail.example.ie")],
        }, "file": "interview.ics"}],
    },
    {
        "slug": "quayside_northside_moved",
        "kind": RES, "lang": "en", "company": "Northside Utilities",
        "contact": "aoife.brennan@quayside.example.ie",
        "from": ("Aoife Brennan", "aoife.brennan@quayside.example.ie"),
        "subject": "Re: Northside Utilities - interview confirmed",
        "date": "2026-09-16 10:05", "tz": "ie",
        "reply": "quayside_client_interview_northside", "quote": "reply",
        "text": """Hi Lorenz,

Small change: Brian has been pulled into a regulator meeting on Monday, so Northside have asked to move you to Wednesday 23 September at 10:00, same place on North Wall Quay. Orla will still be there.

Let me know that works and I'll confirm with them.

Aoife
""",
    },
    {
        "slug": "conecta_cambio_fecha",
        "kind": RES, "lang": "es", "company": "Conecta Ibérica",
        "contact": "lucia.fernandez@conecta.example.es",
        "from": ("Lucía Fernández Roldán", "lucia.fernandez@conecta.example.es"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Cambio de fecha de tu entrevista",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-06-12 08:49",
        "reply": "conecta_entrevista_presencial",
        "text": """Hola Lorenz:

Lo siento, pero tenemos que cambiar la entrevista del lunes 15. Ese día coincide con una formación obligatoria para todo el equipo de coordinación. ¿Podrías venir el miércoles 17 de junio a las 14:00? El lugar sigue siendo el mismo.

Gracias por tu comprensión y un saludo,
Lucía
""",
    },
    {
        "slug": "atencion_jornada_moved_seq1",
        "kind": RES, "lang": "es", "company": "Atención Global Contact",
        "contact": "marta.quiroga@atencionglobal.example.es",
        "from": ("Marta Quiroga", "marta.quiroga@atencionglobal.example.es"),
        "subject": "Actualización: jornada de selección trasladada al 23 de abril",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-04-16 17:15", "tz": "es",
        "reply": "atencion_jornada_seleccion_ics",
        "text": """Estimado Lorenz:

Por motivos de organización interna, trasladamos la jornada de selección del martes 21 al jueves 23 de abril, con el mismo horario (9:30 a 13:30, hora de Irlanda) y en el mismo lugar. Te enviamos la convocatoria actualizada para tu calendario.

Disculpa las molestias.

Atentamente,
Marta Quiroga
Técnica de Selección
""",
        "atts": [{"ics": {
            "method": "REQUEST", "uid": _AG_UID, "seq": 1, "tz": "ie",
            "start": "2026-04-23 09:30", "end": "2026-04-23 13:30",
            "summary": "Jornada de selección – Supervisor/a de equipo (NUEVA FECHA)",
            "location": "Harcourt Road 18, Dublín 2",
        }}],
    },
    # =================================== missed interviews ==================================
    {
        "slug": "sundnet_called_twice",
        "kind": MIS, "lang": "de", "company": "Sundnet Telekom",
        "contact": "mirjam.keller@sundnet.example.ch",
        "from": ("Mirjam Keller", "mirjam.keller@sundnet.example.ch"),
        "subject": "Unser Telefontermin heute um 10:00",
        "date": "2026-01-27 10:48",
        "reply": "sundnet_greenhouse_phone_screen",
        "text": """Guten Tag Herr Adeyemi-Huber

Ich habe heute um 10:00 Uhr wie vereinbart versucht, Sie anzurufen – zweimal, im Abstand von zehn Minuten –, Sie aber nicht erreicht. Auf Ihrer Combox habe ich eine Nachricht hinterlassen.

Falls etwas dazwischengekommen ist, lassen Sie es mich bitte wissen.

Beste Grüsse
Mirjam Keller
Sundnet Telekom AG
""",
    },
    {
        "slug": "birsfelden_not_reached",
        "kind": MIS, "lang": "de", "company": "Birsfelden Energie",
        "contact": "jonas.brodbeck@birsfelden-energie.example.ch",
        "from": ("Jonas Brodbeck", "jonas.brodbeck@birsfelden-energie.example.ch"),
        "subject": "Re: Telefonat zu Ihrer Bewerbung",
        "date": "2026-10-09 09:35",
        "reply": "birsfelden_phone_screen_ask",
        "cs": "windows-1252",
        "cte": "quoted-printable",
        "text": """Guten Tag Herr Adeyemi-Huber

Ich habe Sie heute um 9 Uhr wie abgemacht auf Ihrer Mobilnummer angerufen, aber niemanden erreicht – auch die Sprachbox war voll, sodass ich keine Nachricht hinterlassen konnte.

Bitte melden Sie sich bei mir, wenn Sie weiterhin Interesse an der Stelle haben.

Freundliche Grüsse
Jonas Brodbeck
Recruiting, Birsfelden Energie AG
""",
    },
    {
        "slug": "dreilaender_waited_teams",
        "kind": MIS, "lang": "de", "company": "Dreiländer Telekom",
        "contact": "stefanie.gysin@dreilaender-telekom.example.ch",
        "from": ("Stefanie Gysin", "stefanie.gysin@dreilaender-telekom.example.ch"),
        "subject": "Teams-Gespräch heute 10:00",
        "date": "2026-08-24 10:25",
        "reply": "dreilaender_one_no_one_invite",
        "text": """Guten Tag Herr Adeyemi-Huber

Mein Kollege Herr Thommen und ich waren heute ab 10:00 Uhr im Teams-Meeting und haben eine Viertelstunde auf Sie gewartet. Sie haben sich leider nicht eingeloggt.

Ist bei der Verbindung etwas schiefgelaufen? Geben Sie mir bitte kurz Bescheid.

Freundliche Grüsse
Stefanie Gysin
HR Recruiting, Dreiländer Telekom AG
""",
        "html": "auto",
    },
    {
        "slug": "breisgau_trial_day_no_show",
        "kind": MIS, "lang": "de", "company": "Breisgau Versicherung",
        "contact": "hanna.zimmermann@breisgau-vers.example.de",
        "from": ("Hanna Zimmermann", "hanna.zimmermann@breisgau-vers.example.de"),
        "subject": "Probearbeitstag vom 12. Mai",
        "date": "2026-05-13 08:40", "tz": "de",
        "reply": "breisgau_trial_day",
        "text": """Sehr geehrter Herr Adeyemi-Huber,

gestern Morgen haben unsere Kolleginnen im Kundenservice-Center Sie zum Probearbeitstag erwartet. Sie sind jedoch nicht erschienen, und wir konnten Sie auch telefonisch nicht erreichen.

Wir hoffen, dass es Ihnen gut geht. Bitte melden Sie sich bei mir, damit wir wissen, wie es weitergehen soll.

Mit freundlichen Grüssen
Hanna Zimmermann
Personalreferentin, Breisgau Versicherung
""",
    },
    {
        "slug": "ewpilatus_no_show_recruitee",
        "kind": MIS, "lang": "de", "company": "Elektrizitätswerk Pilatus",
        "contact": "felix.achermann@ew-pilatus.example.ch",
        "from": ("Elektrizitätswerk Pilatus", "ewpilatus@jobs.recruitee.com"),
        "from_enc": ("utf-8", "B"),
        "reply_to": ("Felix Achermann", "felix.achermann@ew-pilatus.example.ch"),
        "subject": "Video-Interview: keine Teilnahme registriert",
        "date": "2026-09-24 11:20",
        "reply": "ewpilatus_recruitee_scheduling",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": _EWP_MISSED,
        "html": ats_card("Elektrizitätswerk Pilatus – Karriere", "#ca8a04", _EWP_MISSED, None,
                         "Diese Nachricht wurde über Recruitee versendet."),
    },
    {
        "slug": "mutuelle_missed_waited",
        "kind": MIS, "lang": "fr", "company": "Mutuelle Lémanique",
        "contact": "emilie.favre@mutuelle-lemanique.example.ch",
        "from": ("Émilie Favre", "emilie.favre@mutuelle-lemanique.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "Entretien du 3 mars",
        "date": "2026-03-04 08:50",
        "reply": "mutuelle_convocation",
        "text": """Monsieur Adeyemi-Huber,

Nous vous avons attendu hier matin à 10h00 pour l'entretien prévu à notre siège. Ne vous voyant pas arriver, j'ai tenté de vous joindre sur votre portable, sans succès.

Pourriez-vous m'indiquer ce qui s'est passé ? Je vous remercie de votre retour.

Émilie Favre
Ressources humaines, Mutuelle Lémanique
""",
    },
    {
        "slug": "alpha_missed_client_waited",
        "kind": MIS, "lang": "fr", "company": "Relais Client",
        "contact": "karim.benali@alphaplacement.example.ch",
        "from": ("Karim Benali", "karim.benali@alphaplacement.example.ch"),
        "subject": "Rendez-vous d'hier chez Relais Client",
        "date": "2026-08-28 08:15",
        "reply": "alpha_client_interview_relais",
        "text": """Bonjour Lorenz,

Mme Dubois de Relais Client m'a appelé hier en fin d'après-midi : elle vous a attendu à 16h00 à l'accueil, puis encore un bon quart d'heure, sans nouvelles de votre part.

J'imagine qu'il y a eu un souci. Pouvez-vous me rappeler ce matin ? Je dois leur donner une explication.

Karim
""",
    },
    {
        "slug": "liffey_waited_on_teams",
        "kind": MIS, "lang": "en", "company": "Liffey Rail Services",
        "contact": "ciaran.byrne@liffeyrail.example.ie",
        "from": ("Ciarán Byrne", "ciaran.byrne@liffeyrail.example.ie"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Your interview today at 14:00",
        "date": "2026-08-13 14:32", "tz": "ie",
        "reply": "liffey_panel_member_ill_seq1",
        "text": """Dear Lorenz,

The panel and I waited on Teams from 14:00 until 14:20 this afternoon, but you didn't join, and my call to your mobile went to voicemail.

I hope everything is okay. Could you let me know what happened when you get a chance?

Kind regards,
Ciarán Byrne
HR Officer | Liffey Rail Services
""",
    },
    {
        "slug": "clontarf_tried_calling",
        "kind": MIS, "lang": "en", "company": "Clontarf Telecom",
        "contact": "gary.nolan@clontarf-telecom.example.ie",
        "from": ("Gary Nolan", "gary.nolan@clontarf-telecom.example.ie"),
        "subject": "Missed call this morning",
        "date": "2026-10-06 10:22", "tz": "ie",
        "text": """Hi Lorenz,

Tried calling you twice at 10:00 for our screening call - no answer either time. Are you still interested in the supervisor role? Drop me a line.

Gary Nolan
Customer Care Manager, Clontarf Telecom
""",
    },
    {
        "slug": "ondaclara_no_contesta",
        "kind": MIS, "lang": "es", "company": "Onda Clara Telecom",
        "contact": "pablo.serrano@ondaclara.example.es",
        "from": ("Pablo Serrano", "pablo.serrano@ondaclara.example.es"),
        "subject": "Re: Llamada para conocernos",
        "date": "2026-10-05 10:40", "tz": "es",
        "reply": "ondaclara_llamada",
        "text": """Hola Lorenz,

Te he llamado hoy a las 10:00, tal como habíamos quedado, y luego otra vez a las 10:15, pero no he conseguido hablar contigo. Te he dejado un mensaje en el buzón de voz.

Avísame si quieres que lo intentemos otro día.

Pablo
""",
    },
]
