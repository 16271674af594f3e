"""Corpus 273: interview invitations (26), reschedules/cancellations (15), missed interviews (10).

Invitations de 13, en 7, fr 3, es 3; reschedules de 8, en 4, fr 1, es 2; missed de 5, en 3,
fr 1, es 1.
"""

from msgs273_common import (
    CANDIDATE,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    ats_card,
    button,
    paras,
)

ME = CANDIDATE

GOESSWEIN = ("Dr. Hannelore Gößwein", "h.goesswein@konzerthaus-mainfranken.example.de")
WUNDERLICH = ("Tobias Wunderlich", "tobias.wunderlich@messe-frankenland.example.de")
PICHLER = ("Mag. Verena Pichler", "v.pichler@residenzblick.example.at")
HUFNAGEL = ("Sandra Hufnagel | Taktwerk Personal", "s.hufnagel@taktwerk.example.de")
EBERBACH = ("Eberbach, Jens (Dr.)", "jens.eberbach@kurpfalz-uni.example.de")
ISLA = ("Isla Ferguson", "isla.ferguson@forthview.example.co.uk")
KONZERTHAUS_UID = "040000008200E00074C5B7101A82E00800000000C0F3A1D3B58BDC01000000000000000010000000"
KURPFALZ_UID = "kurpfalz-2026-117-gespraech-osei-kranz@kurpfalz-uni.example.de"
LOEWENHOF_UID = "040000008200E00074C5B7101A82E0080000000050E2C7A9C7D6DC01000000000000000010000000"
FORTHVIEW_GH_UID = "gh-interview-7731095-friedemann-osei-kranz@greenhouse-mail.io"
NECKAR_UID = "A3C0F2B4-19E6-4C71-9D0B-2E8D55F0C1A7"
PALAIS_UID = "palais-rhenan-entretien-2026-05-osei-kranz@palais-rhenan.example.fr"
EXPO_UID = "7kq2m9v0t4bq8o1e5j3r6c2h7s@google.example.com"

MESSAGES = [
    # ================================================================ interview_invitation
    # ------------------------------------------------------------------ German
    {
        "id": "i_konzerthaus_panel",
        "kind": "interview_invitation", "scenario": "panel_outlook_ics_request", "lang": "de",
        "company": "Konzerthaus Mainfranken",
        "contact": "h.goesswein@konzerthaus-mainfranken.example.de",
        "frm": GOESSWEIN, "frm_enc": ("iso-8859-1", "Q"),
        "cc": [("Dr. Florian Sauer", "f.sauer@konzerthaus-mainfranken.example.de")],
        "subject": "Einladung zum Vorstellungsgespräch – Veranstaltungskoordination",
        "date": "2026-02-03 11:40",
        "reply_of": "a_konzerthaus_personio",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"),
                    ("Thread-Topic", "Einladung zum Vorstellungsgespräch")],
        "text": """Sehr geehrter Herr Osei-Kranz,

vielen Dank für Ihre Bewerbung als Veranstaltungskoordinator (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Gespräch mit unserem Auswahlgremium ein:

Donnerstag, 12. Februar 2026, 10:00 bis 11:00 Uhr
Konzerthaus Mainfranken, Besprechungsraum „Kleiner Saal“, 2. OG
Rennweg 9, 97070 Würzburg

Teilnehmen werden Intendant Dr. Florian Sauer, Frau Lehner vom Betriebsrat und ich. Bitte bringen Sie ein kurzes Beispiel einer Veranstaltung mit, die Sie selbst organisiert haben (ca. 10 Minuten). Die Kalendereinladung finden Sie in dieser Nachricht; bitte nehmen Sie sie an oder schlagen Sie uns einen anderen Termin vor.

Mit freundlichen Grüßen

Dr. Hannelore Gößwein
Leiterin Veranstaltungsbüro
Konzerthaus Mainfranken gGmbH
Rennweg 9 · 97070 Würzburg
Telefon 0931 5550 6620""",
        "ics": {"uid": KONZERTHAUS_UID, "sequence": 0,
                "start": "2026-02-12 10:00", "end": "2026-02-12 11:00",
                "summary": "Vorstellungsgespräch Friedemann Osei-Kranz – Veranstaltungskoordination",
                "location": "Konzerthaus Mainfranken, Kleiner Saal (2. OG), Rennweg 9, Würzburg",
                "organizer": GOESSWEIN,
                "attendees": [ME, ("Dr. Florian Sauer",
                                   "f.sauer@konzerthaus-mainfranken.example.de")]},
    },
    {
        "id": "i_messe_frankenland_ac",
        "kind": "interview_invitation", "scenario": "successfactors_assessment_center",
        "lang": "de", "company": "Messe Frankenland",
        "contact": "tobias.wunderlich@messe-frankenland.example.de",
        "frm": ("Messe Frankenland Karriere", "noreply@successfactors.eu"),
        "reply_to": WUNDERLICH,
        "subject": "Einladung zum Assessment-Center am 5. März 2026",
        "date": "2026-02-16 10:12",
        "reply_of": "a_messe_frankenland",
        "headers": [("Auto-Submitted", "auto-generated")],
        "cte": "quoted-printable", "html_cte": "quoted-printable",
        "text": """Sehr geehrter Herr Osei-Kranz,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Projektleiter Gastveranstaltungen (m/w/d) einzuladen.

Termin: Donnerstag, 5. März 2026, 08:30 bis ca. 16:00 Uhr
Ort: Messezentrum Nürnberg, Eingang Mitte, Konferenzraum Sarajevo

Der Tag besteht aus einer Präsentation (Thema erhalten Sie vorab), einer Gruppenübung und einem Einzelinterview mit der Bereichsleitung. Bitte bestätigen Sie Ihre Teilnahme bis zum 23. Februar über den folgenden Link:
https://career2.successfactors.eu/career?company=messefrank&action=confirm&req=4471

Fahrtkosten erstatten wir Ihnen nach den Regeln des Bundesreisekostengesetzes.

Bei Rückfragen antworten Sie einfach auf diese E-Mail; sie geht direkt an Herrn Wunderlich.

Mit freundlichen Grüßen
Recruiting | Messe Frankenland""",
        "html": ats_card(
            "Messe Frankenland | Karriere",
            paras("""Sehr geehrter Herr Osei-Kranz,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Projektleiter Gastveranstaltungen (m/w/d) einzuladen.

Termin: Donnerstag, 5. März 2026, 08:30 bis ca. 16:00 Uhr
Ort: Messezentrum Nürnberg, Eingang Mitte, Konferenzraum Sarajevo

Der Tag besteht aus einer Präsentation (Thema erhalten Sie vorab), einer Gruppenübung und einem Einzelinterview mit der Bereichsleitung. Bitte bestätigen Sie Ihre Teilnahme bis zum 23. Februar.""")
            + button("Teilnahme bestätigen",
                     "https://career2.successfactors.eu/career?company=messefrank"
                     "&action=confirm&req=4471", "#7a1f2b")
            + paras("""Fahrtkosten erstatten wir Ihnen nach den Regeln des Bundesreisekostengesetzes.

Bei Rückfragen antworten Sie einfach auf diese E-Mail; sie geht direkt an Herrn Wunderlich.

Mit freundlichen Grüßen
Recruiting | Messe Frankenland"""),
            "Messe Frankenland GmbH · Messezentrum 3 · 90471 Nürnberg",
            color="#7a1f2b"),
    },
    {
        "id": "i_residenzblick_phone",
        "kind": "interview_invitation", "scenario": "recruiter_phone_screen_austrian",
        "lang": "de", "company": "Hotel Residenzblick",
        "contact": "v.pichler@residenzblick.example.at",
        "frm": PICHLER,
        "subject": "Ihre Bewerbung – kurzes Telefonat?",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-03-02 09:15",
        "refs": ["<bewerbung-residenzblick-20260222@example.de>"],
        "text": """Grüß Gott Herr Osei-Kranz,

danke für Ihre Bewerbung als Bankett- und Veranstaltungskoordinator:in, die
über unsere Website zu uns gekommen ist. Ihr Werdegang vom Kirchenmusiker zum
Veranstalter ist ungewöhnlich und hat mich neugierig gemacht.

Bevor wir Sie nach Salzburg einladen, würde ich gerne ein erstes Telefonat
von etwa 20 Minuten mit Ihnen führen. Hätten Sie am Donnerstag, 5. März, um
10:00 Uhr Zeit? Ich würde Sie unter der Mobilnummer aus Ihrem Lebenslauf
anrufen.

Beste Grüße
Verena Pichler

Mag. Verena Pichler
Human Resources
Hotel Residenzblick ****S
Kaigasse 9, 5020 Salzburg, Österreich
T +43 662 555 4410""",
    },
    {
        "id": "i_taktwerk_client",
        "kind": "interview_invitation", "scenario": "agency_sets_up_client_interview",
        "lang": "de", "company": "Mainhallen Messebau",
        "contact": "s.hufnagel@taktwerk.example.de",
        "frm": HUFNAGEL,
        "subject": "Vorstellungstermin bei Mainhallen Messebau am 29.04.",
        "date": "2026-04-21 10:05",
        "reply_of": "a_taktwerk_registration",
        "cte": "quoted-printable",
        "text": """Hallo Herr Osei-Kranz,

gute Nachrichten: Mainhallen Messebau möchte Sie kennenlernen! Ich habe Ihr
Profil letzte Woche für die Stelle "Projektkoordinator Messe- und Eventbau"
vorgestellt, und Herr Lorenz (Leitung Projektmanagement) hat direkt
zugesagt.

Vorgeschlagener Termin: Mittwoch, 29. April, 14:00 Uhr
Ort: Mainhallen Messebau, Orber Straße 30, 60386 Frankfurt-Fechenheim
Dauer: ca. 60 Minuten, mit Rundgang durch die Werkstatt

Bitte geben Sie mir kurz Bescheid, ob das passt - ich bestätige dann beim
Kunden. Vorher telefonieren wir gern noch 15 Minuten zur Vorbereitung.

Viele Grüße
Sandra Hufnagel
Personalberaterin Events & Hospitality

Taktwerk Personal GmbH
Hanauer Landstraße 188, 60314 Frankfurt am Main
Tel. 069 5550 8812 | www.taktwerk.example.de

{{quote:a_taktwerk_registration}}""",
    },
    {
        "id": "i_kurpfalz_teams",
        "kind": "interview_invitation", "scenario": "teams_invite_ics_attachment",
        "lang": "de", "company": "Kurpfalz-Universität Heidelberg",
        "contact": "jens.eberbach@kurpfalz-uni.example.de",
        "frm": EBERBACH,
        "subject": "Einladung Auswahlgespräch Kennziffer 2026/117 (MS Teams)",
        "date": "2026-07-06 14:30",
        "reply_of": "a_kurpfalz_ack",
        "html_from": "simple",
        "ics_as": "attachment",
        "text": """Sehr geehrter Herr Osei-Kranz,

im Namen der Auswahlkommission lade ich Sie zu einem Auswahlgespräch für die
Stelle "Koordination Hochschulveranstaltungen" (Kennziffer 2026/117,
E 9b TV-L) ein.

Termin: Mittwoch, 15. Juli 2026, 09:30 bis 10:30 Uhr
Format: Videokonferenz über Microsoft Teams
Link: https://teams.example.com/l/meetup-join/19%3ameeting_KURPFALZ2026117

Der Kommission gehören Frau Prof. Dr. Marlene Hauck (Prorektorat Kommunikation),
ein Mitglied des Personalrats, die Gleichstellungsbeauftragte und ich an.
Schwerbehinderte Bewerberinnen und Bewerber bitten wir, uns etwaigen
Unterstützungsbedarf mitzuteilen.

Eine Kalenderdatei liegt bei. Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Dr. Jens Eberbach
Abteilung Personal und Recht – Referat 3.2
Kurpfalz-Universität Heidelberg
Seminarstraße 2, 69117 Heidelberg
Telefon +49 6221 555 7731

--
""" + DISCLAIMER_DE,
        "ics": {"uid": KURPFALZ_UID, "sequence": 0,
                "start": "2026-07-15 09:30", "end": "2026-07-15 10:30",
                "summary": "Auswahlgespräch 2026/117 – Osei-Kranz",
                "location": "Microsoft Teams-Besprechung",
                "description": "https://teams.example.com/l/meetup-join/19%3ameeting_KURPFALZ2026117",
                "organizer": ("Jens Eberbach", "jens.eberbach@kurpfalz-uni.example.de"),
                "filename": "Auswahlgespraech_2026-117.ics"},
    },
    {
        "id": "i_zehntscheune_trial",
        "kind": "interview_invitation", "scenario": "probearbeitstag_latin1", "lang": "de",
        "company": "Tagungshotel Zehntscheune Volkach",
        "contact": "g.scheuring@zehntscheune-volkach.example.de",
        "frm": ("Gerlinde Scheuring", "g.scheuring@zehntscheune-volkach.example.de"),
        "subject": "Probearbeitstag am 10. Juni",
        "date": "2026-06-01 08:47",
        "refs": ["<osei-kranz-bewerbung-zehntscheune@example.de>"],
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Grüß Gott Herr Osei-Kranz,

nach unserem Telefonat am Freitag möchte ich Sie wie besprochen zu einem
Probearbeitstag in unser Haus einladen. So sehen Sie, wie ein Tagungstag bei
uns abläuft, und wir lernen Sie in der Praxis kennen.

Wann: Mittwoch, 10. Juni, 07:30 Uhr bis etwa 16:00 Uhr
Wo: Rezeption Tagungshotel Zehntscheune, Hauptstraße 5, 97332 Volkach
Was: Betreuung einer Firmentagung mit 80 Personen (Technik-Check, Pausen,
Abendessen im Gewölbekeller)

Bitte kommen Sie in dunkler Kleidung und bequemen Schuhen. Mittagessen gibt's
bei uns. Für den Tag zahlen wir eine Aufwandsentschädigung.

Freundliche Grüße von der Mainschleife
Gerlinde Scheuring
Bankett & Tagungen
Tagungshotel Zehntscheune Volkach
Telefon 09381 5550 40""",
    },
    {
        "id": "i_regnitzufer_casual",
        "kind": "interview_invitation", "scenario": "casual_coffee_donnerstag", "lang": "de",
        "company": "Kulturverein Regnitzufer Bamberg",
        "contact": "jonas.weigand@regnitzufer.example.de",
        "frm": ("Jonas Weigand", "jonas.weigand@regnitzufer.example.de"),
        "subject": "Donnerstag?",
        "date": "2026-07-08 19:26",
        "msgid_style": "gmail",
        "html_from": "gmail",
        "text": """Hi Friedemann,

danke für deine Bewerbung auf die Veranstaltungsleitung! Die Katrin aus dem
Vorstand hat mir deinen Lebenslauf gleich weitergeleitet.

Hast du Donnerstag nächste Woche (16.7.) Zeit, dass wir uns mal zusammensetzen
und über die Stelle reden? Ganz locker, so gegen 17 Uhr im Biergarten am
Leinritt, dann zeig ich dir danach auch gleich unsere Bühne. Wenn's dir nicht
passt, schlag einfach was anderes vor.

Bis bald
Jonas

Jonas Weigand
1. Vorsitzender, Kulturverein Regnitzufer Bamberg e.V.
0170 5550 7312""",
    },
    {
        "id": "i_frankenwein_personio",
        "kind": "interview_invitation", "scenario": "personio_self_scheduling_link",
        "lang": "de", "company": "Festspielverein Frankenwein",
        "contact": "m.zehnder@frankenwein-festspiele.example.de",
        "frm": ("Festspielverein Frankenwein", "noreply@personio.de"),
        "reply_to": ("Matthias Zehnder", "m.zehnder@frankenwein-festspiele.example.de"),
        "subject": "Terminbuchung: Kennenlernen Veranstaltungskoordination",
        "date": "2026-03-16 16:02",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_cte": "quoted-printable",
        "text": """Hallo Herr Osei-Kranz,

wir möchten Sie gerne persönlich kennenlernen! Bitte wählen Sie über den folgenden Link einen passenden Termin für ein Gespräch in unserer Geschäftsstelle (Juliuspromenade 19, Würzburg) aus:

https://frankenwein-festspiele.jobs.personio.de/interview/book/7f3c9e21

Zur Auswahl stehen Zeitfenster am 25. und 26. März. Das Gespräch dauert etwa 45 Minuten.

Viele Grüße
Matthias Zehnder
Geschäftsführer, Festspielverein Frankenwein e. V.""",
        "html": ats_card(
            "Festspielverein Frankenwein",
            "<p>Hallo Herr Osei-Kranz,</p>\n"
            "<p>wir möchten Sie gerne persönlich kennenlernen! Bitte wählen Sie über den "
            "folgenden Button einen passenden Termin für ein Gespräch in unserer Geschäftsstelle "
            "(Juliuspromenade 19, Würzburg) aus.</p>\n"
            + button("Termin auswählen",
                     "https://frankenwein-festspiele.jobs.personio.de/interview/book/7f3c9e21",
                     "#8a1538")
            + "<p>Zur Auswahl stehen Zeitfenster am 25. und 26. März. Das Gespräch dauert "
            "etwa 45 Minuten.</p>\n<p>Viele Grüße<br>Matthias Zehnder<br>Geschäftsführer, "
            "Festspielverein Frankenwein e. V.</p>",
            "Gesendet mit Personio · Datenschutz: frankenwein-festspiele.example.de/datenschutz",
            color="#8a1538"),
    },
    {
        "id": "i_rheinmain_workday",
        "kind": "interview_invitation", "scenario": "workday_interview_scheduled", "lang": "de",
        "company": "Rhein-Main Messehallen", "contact": "",
        "frm": ("Rhein-Main Messehallen", "rheinmainmesse@myworkday.com"),
        "subject": "Interviewtermin: Referent/in Veranstaltungsmanagement (R-2026-0193)",
        "date": "2026-02-27 06:40", "tz": "USW",
        "reply_of": "a_rheinmain_workday",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_cte": "base64",
        "html": ats_card(
            "Rhein-Main Messehallen",
            """<p>Sehr geehrter Herr Osei-Kranz,</p>
<p>für die Stelle <b>Referent/in Veranstaltungsmanagement (R-2026-0193)</b> wurde folgender
Interviewtermin für Sie geplant:</p>
<table cellpadding="4" style="font:14px Arial,sans-serif">
<tr><td><b>Datum</b></td><td>Freitag, 6. März 2026</td></tr>
<tr><td><b>Uhrzeit</b></td><td>13:00 – 14:00 (MEZ)</td></tr>
<tr><td><b>Ort</b></td><td>Rhein-Main Messehallen, Verwaltungsgebäude, Raum 4.12,
Ludwig-Erhard-Anlage 7, 60327 Frankfurt am Main</td></tr>
<tr><td><b>Gesprächspartner</b></td><td>Carolin Weißgerber, Bereichsleitung Gastveranstaltungen;
Murat Aydın, Talent Acquisition</td></tr>
</table>
<p>Bitte melden Sie sich am Empfang des Verwaltungsgebäudes mit Ihrem Personalausweis.</p>"""
            + button("Termin im Kandidatenportal ansehen",
                     "https://rheinmainmesse.wd3.myworkday.com/recruiting/candidate/interviews",
                     "#005a8c"),
            "Powered by Workday · Bitte antworten Sie nicht auf diese E-Mail.",
            color="#005a8c"),
    },
    {
        "id": "i_kessler_mandant",
        "kind": "interview_invitation", "scenario": "headhunter_unnamed_client_latin1_subject",
        "lang": "de", "company": "Kessler Lindqvist Executive Search",
        "contact": "u.lindqvist@kessler-lindqvist.example.at",
        "frm": ("Dr. Ulrike Lindqvist", "u.lindqvist@kessler-lindqvist.example.at"),
        "subject": "Vertraulich: Gespräch mit unserem Mandanten in Wien",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-05-20 17:55",
        "reply_of": "x_kessler_cold",
        "cte": "quoted-printable",
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

danke für das angenehme Telefonat vergangene Woche. Ich habe Ihr Profil
unserem Mandanten – einem großen Wiener Veranstaltungshaus, dessen Namen ich
in dieser Phase noch vertraulich behandeln muss – vorgestellt, und man möchte
Sie gerne kennenlernen.

Vorgesehen ist ein erstes Gespräch mit der Geschäftsführung und mir am
Mittwoch, 3. Juni 2026, um 15:00 Uhr in unseren Räumlichkeiten in der
Wollzeile 24, 1010 Wien. Die Reisekosten übernimmt der Mandant.

Darf ich Ihnen den Termin fix eintragen? Sobald Sie zusagen, erhalten Sie
vorab ein kurzes Dossier über die Position (Leitung Veranstaltungsbetrieb,
rund 300 Veranstaltungen im Jahr).

Mit besten Grüßen aus Wien
Ulrike Lindqvist

Dr. Ulrike Lindqvist
Partnerin
Kessler Lindqvist Executive Search GmbH
Wollzeile 24 · 1010 Wien · +43 1 555 8130

{{quote:x_kessler_cold}}""",
    },
    {
        "id": "i_kongressforum_video",
        "kind": "interview_invitation", "scenario": "softgarden_video_interview", "lang": "de",
        "company": "Salzburger Kongressforum",
        "contact": "florian.haslauer@kongressforum-salzburg.example.at",
        "frm": ("Salzburger Kongressforum", "noreply@softgarden.io"),
        "reply_to": ("Mag. Florian Haslauer",
                     "florian.haslauer@kongressforum-salzburg.example.at"),
        "subject": "Einladung zum Video-Interview – Event Operations Manager:in",
        "date": "2026-03-17 10:31",
        "reply_of": "a_kongressforum_softgarden",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrter Herr Osei-Kranz,

herzlichen Dank für Ihre Bewerbung. Wir möchten Sie gerne in einem Video-Interview näher kennenlernen.

Termin: Dienstag, 24. März 2026, 14:00 Uhr
Dauer: ca. 45 Minuten
Teilnehmende: Mag. Florian Haslauer (Personalentwicklung), Ing. Doris Lackner (Leitung Eventbetrieb)

Den Zugangslink erhalten Sie 24 Stunden vor dem Termin. Bitte prüfen Sie vorab Kamera und Mikrofon:
https://kongressforum.softgarden.io/video/check

Sollte der Termin nicht passen, antworten Sie bitte direkt auf diese Nachricht.

Freundliche Grüße
Mag. Florian Haslauer
Salzburger Kongressforum""",
    },
    {
        "id": "i_loewenhof_second",
        "crlf": True,
        "kind": "interview_invitation", "scenario": "second_round_outlook_ics_file",
        "lang": "de", "company": "Grand Hotel Löwenhof Wien",
        "contact": "sophie.brandl@loewenhof-wien.example.at",
        "frm": ("Brandl Sophie", "sophie.brandl@loewenhof-wien.example.at"),
        "subject": "Einladung Zweitgespräch – Veranstaltungsverkauf",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-08-24 11:02",
        "refs": ["<erstgespraech-loewenhof-20260812@loewenhof-wien.example.at>"],
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "ics_as": "both",
        "text": """Sehr geehrter Herr Osei-Kranz,

herzlichen Dank nochmals für das erste Gespräch am 12. August. Herr Generaldirektor Pöltl würde Sie gerne in einer zweiten Runde kennenlernen.

Mittwoch, 2. September 2026, 14:00 Uhr
Grand Hotel Löwenhof Wien, Kärntner Ring 14, 1010 Wien – bitte an der Rezeption nach mir fragen.

Im Anschluss zeigen wir Ihnen die Festsäle und den Wintergarten. Für Ihre Anreise aus Würzburg übernehmen wir eine Übernachtung; geben Sie mir bitte Bescheid, ob Sie das in Anspruch nehmen möchten.

Freundliche Grüße
Sophie Brandl

Mag. (FH) Sophie Brandl
Human Resources Managerin
Grand Hotel Löwenhof Wien
Kärntner Ring 14 | 1010 Wien
T: +43 1 555 2290-41""",
        "ics": {"uid": LOEWENHOF_UID, "sequence": 0, "tz": "Europe/Vienna",
                "start": "2026-09-02 14:00", "end": "2026-09-02 15:30",
                "summary": "Zweitgespräch Osei-Kranz / GD Pöltl",
                "location": "Grand Hotel Löwenhof Wien, Direktionsbüro",
                "organizer": ("Brandl Sophie", "sophie.brandl@loewenhof-wien.example.at"),
                "filename": "Zweitgespraech.ics"},
    },
    {
        "id": "i_haus_klaenge",
        "kind": "interview_invitation", "scenario": "invite_quotes_acknowledgement",
        "lang": "de", "company": "Haus der Klänge Bamberg",
        "contact": "k.doetsch@hausderklaenge.example.de",
        "frm": ("Kathrin Dötsch", "k.doetsch@hausderklaenge.example.de"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Re: Bewerbung Veranstaltungsleitung - Einladung",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-02-18 12:12",
        "reply_of": "a_haus_klaenge",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Osei-Kranz,

wie angekündigt melde ich mich, nachdem wir alle Unterlagen gesichtet haben.
Wir würden Sie gerne zu einem Vorstellungsgespräch ins Haus der Klänge
einladen, und zwar am Mittwoch, 25. Februar, um 15 Uhr.

Am Gespräch nehmen unsere Intendantin Frau Reus und der kaufmännische Leiter
Herr Görtler teil. Planen Sie bitte etwa anderthalb Stunden ein, da wir Ihnen
im Anschluss gern den großen Saal und die Technik zeigen möchten.

Würden Sie mir den Termin kurz bestätigen?

Mit freundlichen Grüßen aus Bamberg

Kathrin Dötsch
Intendanzbüro
Haus der Klänge Bamberg
Obere Sandstraße 12, 96049 Bamberg
Tel. 0951 5550 3120

{{quote:a_haus_klaenge}}""",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "i_forthview_greenhouse",
        "kind": "interview_invitation", "scenario": "greenhouse_via_scheduling_link",
        "lang": "en", "company": "Forthview Conference Centre",
        "contact": "isla.ferguson@forthview.example.co.uk",
        "frm": ("Isla Ferguson via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ISLA,
        "subject": "Interview availability - Venue Events Coordinator at Forthview",
        "date": "2026-04-14 11:22", "tz": "UK",
        "reply_of": "a_forthview_greenhouse",
        "msgid_domain": "greenhouse-mail.io",
        "html_from": "simple",
        "text": """Hi Friedemann,

Thanks so much for your application for the Venue Events Coordinator role at Forthview Conference Centre. We'd love to invite you to a first video interview with Euan Baird, our Head of Events, and me.

Please pick a 45-minute slot that suits you here:
https://app.greenhouse-mail.io/scheduling/forthview/7731095?token=f4a1c2

Slots are available between Monday 20 and Thursday 23 April. If none of them work, just reply to this email and I'll sort something out.

Looking forward to speaking with you,
Isla Ferguson
Talent Partner, Forthview Conference Centre
Forthview Conference Centre, 2 Lochrin Quay, Edinburgh EH3 9QG""",
    },
    {
        "id": "i_forthview_panel",
        "kind": "interview_invitation", "scenario": "rebooked_panel_ics_request", "lang": "en",
        "company": "Forthview Conference Centre",
        "contact": "isla.ferguson@forthview.example.co.uk",
        "frm": ISLA,
        "subject": "Panel interview invitation - Wednesday 29 April, 2pm",
        "date": "2026-04-23 10:10", "tz": "UK",
        "reply_of": "s_forthview_cancel",
        "html_from": "simple",
        "ics_cte": "7bit",
        "text": """Hi Friedemann,

Euan is back on his feet, and rather than simply re-running the video call we'd like to invite you to the panel stage straight away.

Wednesday 29 April 2026, 14:00-15:00 (UK time)
Forthview Conference Centre, Boardroom 3 (2nd floor), 2 Lochrin Quay, Edinburgh
Panel: Euan Baird (Head of Events), Shona Reid (Operations Director) and me

If travelling from Wuerzburg is not practical at short notice, we can set up a hybrid link - just let me know. A calendar invitation is attached to this message.

Best wishes,
Isla

Isla Ferguson
Talent Partner | Forthview Conference Centre
+44 131 555 0192""",
        "ics": {"uid": "forthview-panel-7731095@forthview.example.co.uk", "sequence": 0,
                "tz": "Europe/London",
                "start": "2026-04-29 14:00", "end": "2026-04-29 15:00",
                "summary": "Panel interview - Friedemann Osei-Kranz (Venue Events Coordinator)",
                "location": "Forthview Conference Centre, Boardroom 3",
                "organizer": ISLA,
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    {
        "id": "i_forthside_panel",
        "kind": "interview_invitation", "scenario": "university_panel_ics_disclaimer",
        "lang": "en", "company": "Forthside University",
        "contact": "ailsa.grant@forthside.example.ac.uk",
        "frm": ("Ailsa Grant", "ailsa.grant@forthside.example.ac.uk"),
        "subject": "Invitation to interview: Events and Conference Coordinator (26-1142)",
        "date": "2026-07-14 12:03", "tz": "UK",
        "reply_of": "a_forthside_icims",
        "html_from": "outlook", "charset": "utf-8", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "text": """Dear Friedemann,

I am pleased to invite you to interview for the post of Events and Conference Coordinator (Ref 26-1142) in Estates & Campus Services.

Date: Tuesday 28 July 2026
Time: 10:00 – 11:00 (please arrive by 09:45)
Venue: Old College Quad, Room G.14, Forthside University, Edinburgh

The panel will be Dr Fraser Innes (Director of Campus Services), Moira Paterson (Conference Manager) and me. You will be asked to give a ten-minute presentation on: "How would you increase summer conference income while protecting the student experience?"

Please confirm your attendance by accepting the calendar invitation. Reasonable travel expenses within the UK can be reclaimed.

Kind regards,
Ailsa Grant
HR Adviser (Recruitment)
Forthside University, Old College Quad, Edinburgh EH8 9YL

""" + DISCLAIMER_EN,
        "ics": {"uid": "26-1142-interview-osei-kranz@forthside.example.ac.uk", "sequence": 0,
                "tz": "Europe/London",
                "start": "2026-07-28 10:00", "end": "2026-07-28 11:00",
                "summary": "Interview: Events and Conference Coordinator (26-1142)",
                "location": "Old College Quad, Room G.14",
                "organizer": ("Ailsa Grant", "ailsa.grant@forthside.example.ac.uk")},
    },
    {
        "id": "i_brightwater_thistle",
        "kind": "interview_invitation", "scenario": "agency_books_client_meeting", "lang": "en",
        "company": "Thistle & Crown Hotel",
        "contact": "rory.calder@brightwater-events.example.co.uk",
        "frm": ("Rory Calder", "rory.calder@brightwater-events.example.co.uk"),
        "subject": "Interview with the Thistle & Crown - Tues 9 June",
        "date": "2026-06-03 13:40", "tz": "UK",
        "reply_of": "a_brightwater_cv",
        "text": """Hi Friedemann,

Great chat yesterday. As promised I put you forward to the Thistle & Crown
Hotel for their Weddings & Events Coordinator role, and their General Manager,
Alasdair Munro, would like to meet you.

When: Tuesday 9 June, 11:00
Where: Thistle & Crown Hotel, 40 Shore, Leith, Edinburgh EH6 6QU - ask for
Alasdair at reception, he'll meet you in the lobby
Format: informal, about an hour, including a walk round the function rooms

Can you confirm by end of day tomorrow? Give me a ring if you want to prep.

Cheers,
Rory

Rory Calder | Senior Consultant, Events & Venues
Brightwater Events Recruitment
14 Bernard Street, Edinburgh EH6 6PW
0131 555 0148 | brightwater-events.example.co.uk""",
    },
    {
        "id": "i_mainstage_casual",
        "kind": "interview_invitation", "scenario": "are_you_free_thursday", "lang": "en",
        "company": "Mainstage Live", "contact": "dan@mainstage-live.example.com",
        "frm": ("Dan Okafor", "dan@mainstage-live.example.com"),
        "subject": "quick chat this week?",
        "date": "2026-09-14 08:51",
        "reply_of": "a_mainstage_ashby",
        "msgid_style": "gmail",
        "html_from": "gmail",
        "text": """Hey Friedemann,

Dan here, COO at Mainstage Live. Your application for the Venue Partnerships
Coordinator role came through on Ashby last week and I loved the bit about
running an organ festival on zero budget.

Are you free Thursday to chat? Anytime between 2 and 5pm Frankfurt time works
for me - 30 minutes on Google Meet, nothing formal. Just send me a time and
I'll shoot over a link.

Dan""",
    },
    {
        "id": "i_neckarsummit_ac",
        "kind": "interview_invitation", "scenario": "assessment_day_ics", "lang": "en",
        "company": "Neckar Summit Conferences", "contact": "priya.raman@neckarsummit.example.de",
        "frm": ("Priya Raman-Weiss", "priya.raman@neckarsummit.example.de"),
        "subject": "Assessment day invitation - Conference Coordinator",
        "date": "2026-03-23 09:18",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "refs": ["<application-neckarsummit-osei-kranz@example.de>"],
        "text": """Dear Friedemann,

Thank you for your application for the Conference Coordinator position. We're delighted to invite you to our assessment day in Heidelberg.

Thursday, 2 April 2026, 09:00 – 15:30
Neckar Summit Conferences, Bergheimer Straße 88, 69115 Heidelberg (3rd floor)

The day includes a case study (budgeting a 400-delegate congress), a group exercise with the other finalists and a 30-minute interview with our managing director. Lunch is provided. We'll reimburse second-class rail travel from Würzburg.

Please accept the attached calendar invitation to confirm your place.

With best wishes,
Priya

Priya Raman-Weiss
Head of People & Operations
Neckar Summit Conferences GmbH
+49 6221 555 4803""",
        "ics": {"uid": NECKAR_UID, "sequence": 0,
                "start": "2026-04-02 09:00", "end": "2026-04-02 15:30",
                "summary": "Assessment day – Conference Coordinator",
                "location": "Neckar Summit Conferences, Bergheimer Straße 88, Heidelberg",
                "organizer": ("Priya Raman-Weiss", "priya.raman@neckarsummit.example.de")},
    },
    {
        "id": "i_castlegate_phone",
        "kind": "interview_invitation", "scenario": "recruiter_phone_screen", "lang": "en",
        "company": "Castlegate Events", "contact": "kirsty.muir@castlegate-events.example.co.uk",
        "frm": ("Kirsty Muir", "kirsty.muir@castlegate-events.example.co.uk"),
        "subject": "Venue Coordinator - phone screen",
        "date": "2026-08-18 16:14", "tz": "UK",
        "refs": ["<workable-application-castlegate-4417@example.de>"],
        "text": """Hi Friedemann,

I'm the recruiter at Castlegate Events - thanks for applying for our Venue
Coordinator vacancy through Workable.

I'd like to set up a short phone screen to talk through your experience and
what you're looking for. Would Thursday 20 August at 10:00 UK time work? I'd
call you on +49 171 5550 2841 - let me know if a different number is better.

Thanks,
Kirsty Muir
Talent Acquisition, Castlegate Events
12 Cockburn Street, Edinburgh EH1 1BP""",
    },
    # ------------------------------------------------------------------ French
    {
        "id": "i_palais_rhenan",
        "kind": "interview_invitation", "scenario": "convocation_entretien_ics", "lang": "fr",
        "company": "Palais Rhénan des Congrès", "contact": "c.wetterle@palais-rhenan.example.fr",
        "frm": ("Camille Wetterlé", "c.wetterle@palais-rhenan.example.fr"),
        "subject": "Convocation à un entretien – Chargé(e) de projets événementiels",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-05-18 14:22",
        "reply_of": "a_palais_rhenan",
        "html_from": "simple",
        "text": """Monsieur,

Suite à l'examen de votre candidature au poste de chargé(e) de projets
événementiels, nous avons le plaisir de vous convier à un entretien.

Date : jeudi 28 mai 2026 à 10 h 00
Lieu : Palais Rhénan des Congrès, bâtiment administratif, salle Schweitzer,
place de Bordeaux, 67000 Strasbourg
Jury : Mme Weiss (directrice des salons), M. Ott (régie technique) et moi-même

Merci de confirmer votre présence en acceptant l'invitation jointe. Si vous
ne pouvez pas vous déplacer, un entretien en visioconférence est possible.

Bien cordialement,

Camille Wetterlé
Responsable des ressources humaines
Palais Rhénan des Congrès
Tél. +33 3 88 55 50 12""",
        "ics": {"uid": PALAIS_UID, "sequence": 0, "tz": "Europe/Paris",
                "start": "2026-05-28 10:00", "end": "2026-05-28 11:00",
                "summary": "Entretien – M. Osei-Kranz",
                "location": "Palais Rhénan des Congrès, salle Schweitzer",
                "organizer": ("Camille Wetterlé", "c.wetterle@palais-rhenan.example.fr")},
    },
    {
        "id": "i_vosges_colmar",
        "kind": "interview_invitation", "scenario": "cabinet_organise_rencontre_client",
        "lang": "fr", "company": "Maison de la Musique de Colmar",
        "contact": "e.schaeffer@vosges-talents.example.fr",
        "frm": ("Élodie Schaeffer-Roth", "e.schaeffer@vosges-talents.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Rencontre avec la Maison de la Musique de Colmar le 1er avril",
        "date": "2026-03-25 09:40",
        "reply_of": "a_vosges_cv",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Friedemann,

Bonne nouvelle : la Maison de la Musique de Colmar souhaite vous rencontrer pour le poste de coordinateur de saison et des événements.

J'ai calé le rendez-vous ainsi :
– mercredi 1er avril, 14 h 30
– Maison de la Musique, 3 rue des Clefs, Colmar (entrée des artistes)
– avec le directeur, M. Bernard Riehl, et l'administratrice, Mme Sutter

Prévoyez environ une heure. Ils aimeraient que vous présentiez en cinq minutes une idée de concert-événement pour leur auditorium. Je vous appelle lundi pour préparer tout ça ensemble.

Belle journée,
Élodie

Élodie Schaeffer-Roth
Consultante associée – Culture & Événementiel
Cabinet Vosges Talents
12 quai des Bateliers – 67000 Strasbourg
+33 3 88 55 51 70""",
    },
    {
        "id": "i_illrives_immersion",
        "kind": "interview_invitation", "scenario": "journee_immersion", "lang": "fr",
        "company": "Hôtel Ill-Rives", "contact": "a.kuntz@hotel-illrives.example.fr",
        "frm": ("Aurélie Kuntz", "a.kuntz@hotel-illrives.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Journée d'immersion le 15 septembre",
        "date": "2026-09-07 17:20",
        "refs": ["<taleo-candidature-illrives-55812@example.de>"],
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "html_from": "simple",
        "text": """Bonjour Monsieur Osei-Kranz,

Suite à notre échange téléphonique, je vous confirme votre journée
d'immersion au sein de notre service banquets et séminaires :

mardi 15 septembre, de 8 h 00 à 17 h 00
Hôtel Ill-Rives, 2 quai Kléber, Strasbourg - présentez-vous à la réception

Vous suivrez notre coordinatrice lors d'un séminaire de 120 personnes et d'un
cocktail dînatoire. Tenue correcte exigée ; le déjeuner est pris en charge.
Cette journée tient lieu de second entretien.

Au plaisir de vous accueillir,

Aurélie Kuntz
Directrice des ventes banquets
Hôtel Ill-Rives Strasbourg
+33 3 88 55 57 30""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "i_almenara_video",
        "kind": "interview_invitation", "scenario": "videollamada_meet", "lang": "es",
        "company": "Grupo Hotelero Almenara", "contact": "lucia.beltran@almenara.example.es",
        "frm": ("Lucía Beltrán Ortega", "lucia.beltran@almenara.example.es"),
        "subject": "Entrevista – Coordinador/a de Eventos y Banquetes (Almenara Fráncfort)",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-06-15 12:35",
        "reply_of": "a_almenara_bamboo",
        "cte": "quoted-printable",
        "html_from": "simple",
        "text": """Hola Friedemann:

Gracias por tu candidatura al puesto de Coordinador/a de Eventos y Banquetes en
nuestro hotel Almenara Frankfurt Mainufer. Nos ha gustado mucho tu perfil y nos
gustaría conocerte en una primera entrevista por videollamada.

Te propongo el viernes 19 de junio a las 10:00 (hora de Madrid y Fráncfort),
con una duración aproximada de 40 minutos. Estaremos el director del hotel,
Jan Vogelsang, y yo. La entrevista será en español y en alemán.

Enlace: https://meet.example.com/alm-fra-eventos

¿Me confirmas si te viene bien?

Un saludo,
Lucía Beltrán Ortega
Talent Acquisition – Grupo Hotelero Almenara
Paseo de la Castellana 95, 28046 Madrid""",
    },
    {
        "id": "i_expoiberia_stand",
        "kind": "interview_invitation", "scenario": "entrevista_en_feria_ics", "lang": "es",
        "company": "Expoiberia Eventos", "contact": "alvaro.mendizabal@expoiberia.example.es",
        "frm": ("Álvaro Mendizábal", "alvaro.mendizabal@expoiberia.example.es"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Entrevista en el pabellón de Fráncfort",
        "date": "2026-09-01 18:05",
        "refs": ["<candidatura-expoiberia-ok@example.de>"],
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "text": """Estimado Friedemann:

Gracias por enviarnos tu CV para la coordinación de delegaciones en ferias internacionales. Ya que estás cerca, me gustaría aprovechar que estaremos en Fráncfort para conocerte en persona.

¿Podrías pasarte el jueves 10 de septiembre a las 11:00 por nuestro stand (pabellón 4.1, stand C27)? Será una conversación de unos 45 minutos; después podrás ver cómo funciona el pabellón en plena feria.

Te adjunto la convocatoria para tu calendario.

Un saludo cordial,
Álvaro Mendizábal
Director de Operaciones Internacionales
Expoiberia Eventos S.L. – Alameda de Recalde 36, 48009 Bilbao
Tel. +34 944 555 218""",
        "ics": {"uid": EXPO_UID, "sequence": 0, "tz": "Europe/Berlin",
                "start": "2026-09-10 11:00", "end": "2026-09-10 11:45",
                "summary": "Entrevista Friedemann Osei-Kranz – stand C27",
                "location": "Messe Frankfurt, pabellón 4.1, stand C27",
                "organizer": ("Álvaro Mendizábal", "alvaro.mendizabal@expoiberia.example.es")},
    },
    {
        "id": "i_talentoferial_llamada",
        "kind": "interview_invitation", "scenario": "agencia_llamada_jueves", "lang": "es",
        "company": "Talento Ferial", "contact": "nerea.urquiza@talentoferial.example.es",
        "frm": ("Nerea Urquiza", "nerea.urquiza@talentoferial.example.es"),
        "subject": "¿Hablamos el jueves?",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-08-06 11:48",
        "reply_of": "x_talentoferial_cold",
        "cte": "8bit",
        "text": """Hola de nuevo, Friedemann:

Gracias por contestar tan rápido. Como te decía, mi cliente busca un
coordinador de stand para la feria de otoño en Fráncfort y tu perfil encaja
muy bien.

¿Te viene bien el jueves 13 a las 10:00 para una llamada de media hora? Te
contaré los detalles del puesto (no puedo darte todavía el nombre del
expositor) y luego, si te interesa, preparamos la entrevista con ellos.

Te llamo al móvil que aparece en tu firma.

Un abrazo,
Nerea

{{quote:x_talentoferial_cold}}""",
    },
    # ================================================================ reschedule / cancel
    {
        "id": "s_konzerthaus_update",
        "kind": "interview_reschedule_or_cancel", "scenario": "outlook_update_sequence_1",
        "lang": "de", "company": "Konzerthaus Mainfranken",
        "contact": "h.goesswein@konzerthaus-mainfranken.example.de",
        "frm": GOESSWEIN, "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Aktualisiert: Vorstellungsgespräch – neuer Termin Freitag, 13.02., 14:00",
        "date": "2026-02-09 16:05",
        "reply_of": "i_konzerthaus_panel",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "text": """Sehr geehrter Herr Osei-Kranz,

leider muss Intendant Dr. Sauer am Donnerstag kurzfristig zu einer Sitzung des Stiftungsrats nach München. Wir verschieben das Gespräch deshalb um einen Tag:

neu: Freitag, 13. Februar 2026, 14:00 bis 15:00 Uhr
Ort unverändert: Konzerthaus Mainfranken, Besprechungsraum „Kleiner Saal“

Die aktualisierte Kalendereinladung ersetzt den bisherigen Termin. Sollte Ihnen der neue Termin nicht passen, rufen Sie mich bitte an.

Mit freundlichen Grüßen
Hannelore Gößwein

{{outlook:i_konzerthaus_panel}}""",
        "ics": {"uid": KONZERTHAUS_UID, "sequence": 1,
                "start": "2026-02-13 14:00", "end": "2026-02-13 15:00",
                "summary": "Vorstellungsgespräch Friedemann Osei-Kranz – Veranstaltungskoordination",
                "location": "Konzerthaus Mainfranken, Kleiner Saal (2. OG), Rennweg 9, Würzburg",
                "organizer": GOESSWEIN,
                "attendees": [ME, ("Dr. Florian Sauer",
                                   "f.sauer@konzerthaus-mainfranken.example.de")]},
    },
    {
        "id": "s_residenzblick_confirm",
        "kind": "interview_reschedule_or_cancel", "scenario": "new_slot_after_candidate_ask",
        "lang": "de", "company": "Hotel Residenzblick",
        "contact": "v.pichler@residenzblick.example.at",
        "frm": PICHLER,
        "subject": "Re: Ihre Bewerbung – kurzes Telefonat?",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-03-02 15:30",
        "reply_of": "x_residenzblick_move",
        "text": """Lieber Herr Osei-Kranz,

selbstverständlich, das verstehe ich gut. Dann verlegen wir unser Telefonat
auf Freitag, 6. März, 11:00 Uhr. Ich rufe Sie wie besprochen auf Ihrem Handy
an.

Beste Grüße
Verena Pichler

{{quote:x_residenzblick_move}}""",
    },
    {
        "id": "s_kurpfalz_ill",
        "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_ill_sequence_bump",
        "lang": "de", "company": "Kurpfalz-Universität Heidelberg",
        "contact": "jens.eberbach@kurpfalz-uni.example.de",
        "frm": EBERBACH,
        "subject": "Verschiebung Auswahlgespräch 2026/117",
        "date": "2026-07-13 11:20",
        "reply_of": "i_kurpfalz_teams",
        "ics_as": "attachment",
        "text": """Sehr geehrter Herr Osei-Kranz,

Frau Prof. Dr. Hauck ist leider erkrankt, und ohne die Vorsitzende kann die
Kommission am Mittwoch nicht tagen. Wir müssen das Auswahlgespräch daher
verschieben:

neuer Termin: Mittwoch, 22. Juli 2026, 09:30 Uhr
Teams-Link: unverändert

Anbei die aktualisierte Kalenderdatei. Ich bitte die Umstände zu
entschuldigen.

Mit freundlichen Grüßen
Dr. Jens Eberbach
Abteilung Personal und Recht – Referat 3.2
Kurpfalz-Universität Heidelberg

--
""" + DISCLAIMER_DE,
        "ics": {"uid": KURPFALZ_UID, "sequence": 1,
                "start": "2026-07-22 09:30", "end": "2026-07-22 10:30",
                "summary": "Auswahlgespräch 2026/117 – Osei-Kranz (verschoben)",
                "location": "Microsoft Teams-Besprechung",
                "description": "https://teams.example.com/l/meetup-join/19%3ameeting_KURPFALZ2026117",
                "organizer": ("Jens Eberbach", "jens.eberbach@kurpfalz-uni.example.de"),
                "filename": "Auswahlgespraech_2026-117_neu.ics"},
    },
    {
        "id": "s_loewenhof_cancel",
        "kind": "interview_reschedule_or_cancel", "scenario": "method_cancel_no_rejection",
        "lang": "de", "company": "Grand Hotel Löwenhof Wien",
        "contact": "sophie.brandl@loewenhof-wien.example.at",
        "frm": ("Brandl Sophie", "sophie.brandl@loewenhof-wien.example.at"),
        "subject": "Abgesagt: Zweitgespräch Osei-Kranz / GD Pöltl",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-08-31 09:14",
        "reply_of": "i_loewenhof_second",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "text": """Sehr geehrter Herr Osei-Kranz,

ich muss den Termin am Mittwoch leider absagen. Unser Generaldirektor wurde kurzfristig zu einer Eigentümerversammlung nach Zürich gerufen. Ihre Bewerbung ist davon nicht berührt – ich melde mich, sobald ich einen neuen Termin für das Zweitgespräch habe. Bitte buchen Sie vorerst keine Anreise.

Mit der Bitte um Verständnis
Sophie Brandl""",
        "ics": {"uid": LOEWENHOF_UID, "sequence": 1, "tz": "Europe/Vienna",
                "method": "CANCEL",
                "start": "2026-09-02 14:00", "end": "2026-09-02 15:30",
                "summary": "Abgesagt: Zweitgespräch Osei-Kranz / GD Pöltl",
                "location": "Grand Hotel Löwenhof Wien, Direktionsbüro",
                "organizer": ("Brandl Sophie", "sophie.brandl@loewenhof-wien.example.at")},
    },
    {
        "id": "s_messe_frankenland_moved",
        "kind": "interview_reschedule_or_cancel", "scenario": "assessment_center_new_date",
        "lang": "de", "company": "Messe Frankenland",
        "contact": "tobias.wunderlich@messe-frankenland.example.de",
        "frm": WUNDERLICH,
        "subject": "Assessment-Center: Terminänderung auf 11. März",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-25 13:40",
        "reply_of": "i_messe_frankenland_ac",
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

wegen einer Gastveranstaltung, die kurzfristig in unsere Hallen verlegt wurde,
können wir das Assessment-Center nicht wie geplant am 5. März durchführen.
Neuer Termin ist Mittwoch, 11. März 2026, ebenfalls 08:30 Uhr im
Konferenzraum Sarajevo.

Zusätzlich würde ich gern vorab am Montag, 9. März, um 10:00 Uhr kurz mit
Ihnen telefonieren, um die Präsentationsaufgabe zu erläutern. Ich rufe Sie
unter Ihrer Mobilnummer an.

Mit freundlichen Grüßen
Tobias Wunderlich
Recruiting & Employer Branding
Messe Frankenland GmbH
Messezentrum 3, 90471 Nürnberg
Telefon 0911 5550 8246""",
    },
    {
        "id": "s_kessler_postpone",
        "kind": "interview_reschedule_or_cancel", "scenario": "headhunter_client_postpones",
        "lang": "de", "company": "Kessler Lindqvist Executive Search",
        "contact": "u.lindqvist@kessler-lindqvist.example.at",
        "frm": ("Dr. Ulrike Lindqvist", "u.lindqvist@kessler-lindqvist.example.at"),
        "subject": "Terminverschiebung 3. Juni – neuer Vorschlag",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-27 08:29",
        "reply_of": "i_kessler_mandant",
        "cte": "base64",
        "text": """Sehr geehrter Herr Osei-Kranz,

unser Mandant hat mich gestern Abend informiert, dass die Geschäftsführung am
3. Juni wegen einer Aufsichtsratssitzung verhindert ist. Ich schlage deshalb
Mittwoch, 10. Juni, 15:00 Uhr vor, gleicher Ort (Wollzeile 24).

An Ihrer Kandidatur ändert das nichts; man freut sich weiterhin auf das
Gespräch. Können Sie mir den neuen Termin bestätigen? Eine bereits gebuchte
Bahnfahrt storniert unser Büro gerne für Sie.

Mit besten Grüßen
Ulrike Lindqvist
Kessler Lindqvist Executive Search · Wollzeile 24 · 1010 Wien""",
    },
    {
        "id": "s_frankenwein_moved",
        "kind": "interview_reschedule_or_cancel", "scenario": "new_time_and_room_latin1",
        "lang": "de", "company": "Festspielverein Frankenwein",
        "contact": "m.zehnder@frankenwein-festspiele.example.de",
        "frm": ("Matthias Zehnder", "m.zehnder@frankenwein-festspiele.example.de"),
        "subject": "Unser Gespräch am 26.3. - bitte neuer Termin",
        "date": "2026-03-23 18:44",
        "reply_of": "i_frankenwein_personio",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """Hallo Herr Osei-Kranz,

Sie hatten über das Buchungstool den 26. März um 11:00 Uhr gewählt. Leider
haben wir an dem Tag die Pressekonferenz zum Festspielprogramm bekommen, und
ich kann nicht weg.

Könnten wir auf Dienstag, 31. März, 10:30 Uhr ausweichen? Das Gespräch findet
dann nicht in der Geschäftsstelle statt, sondern im Gartenpavillon des
Juliusspitals (Eingang Klinikstraße), wo wir gerade das Festivalbüro haben.

Bitte kurze Rückmeldung, ob das klappt.

Schöne Grüße
Matthias Zehnder
Festspielverein Frankenwein e. V.
Mobil 0160 5550 1987""",
    },
    {
        "id": "s_taktwerk_cancel",
        "kind": "interview_reschedule_or_cancel", "scenario": "client_calls_off_date_for_now",
        "lang": "de", "company": "Mainhallen Messebau",
        "contact": "s.hufnagel@taktwerk.example.de",
        "frm": HUFNAGEL,
        "subject": "Termin Mittwoch bei Mainhallen entfällt vorerst",
        "date": "2026-04-27 12:18",
        "reply_of": "x_taktwerk_confirm",
        "text": """Hallo Herr Osei-Kranz,

kurze Info, bevor Sie Ihre Bahnfahrt buchen: Mainhallen Messebau hat das
Gespräch am Mittwoch, 29.04., abgesagt. Herr Lorenz muss kurzfristig zu einem
Aufbau nach Mailand, und danach steht die interne Planung für den Herbst an.

Das ist ausdrücklich keine Absage an Sie - der Kunde möchte den Termin nur
verschieben und meldet sich nach seiner Rückkehr mit neuen Vorschlägen. Ich
halte Sie auf dem Laufenden.

Viele Grüße
Sandra Hufnagel
Taktwerk Personal GmbH | Tel. 069 5550 8812

{{quote:x_taktwerk_confirm}}""",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "s_forthview_cancel",
        "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_ill_method_cancel",
        "lang": "en", "company": "Forthview Conference Centre",
        "contact": "isla.ferguson@forthview.example.co.uk",
        "frm": ISLA,
        "subject": "Cancelled: Video interview - Friedemann Osei-Kranz",
        "date": "2026-04-20 08:05", "tz": "UK",
        "reply_of": "i_forthview_greenhouse",
        "html_from": "simple",
        "text": """Hi Friedemann,

I'm sorry for the short notice - Euan has come down with flu and won't be in this week, so I'm cancelling tomorrow's video interview (Tuesday 21 April, 11:00). The cancellation will show up in your calendar.

This is purely a scheduling problem on our side. I'll be in touch in the next couple of days with a new plan.

Best,
Isla""",
        "ics": {"uid": FORTHVIEW_GH_UID, "sequence": 1, "method": "CANCEL",
                "tz": "Europe/London",
                "start": "2026-04-21 11:00", "end": "2026-04-21 11:45",
                "summary": "Video interview: Friedemann Osei-Kranz / Forthview",
                "organizer": ISLA,
                "prodid": "-//Greenhouse Software//Greenhouse Scheduling//EN"},
    },
    {
        "id": "s_neckarsummit_update",
        "kind": "interview_reschedule_or_cancel", "scenario": "assessment_moved_sequence",
        "lang": "en", "company": "Neckar Summit Conferences",
        "contact": "priya.raman@neckarsummit.example.de",
        "frm": ("Priya Raman-Weiss", "priya.raman@neckarsummit.example.de"),
        "subject": "Updated invitation: Assessment day moved to Thursday, 9 April",
        "date": "2026-03-30 08:02",
        "reply_of": "i_neckarsummit_ac",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "text": """Dear Friedemann,

Two of the finalists are stuck with the rail strike announced for this week, so we've decided to move the whole assessment day by one week. Same place, same times:

Thursday, 9 April 2026, 09:00 – 15:30

The updated calendar invitation replaces the previous one. Apologies for the change, and I hope the new date works for you.

Best,
Priya

{{outlook:i_neckarsummit_ac}}""",
        "ics": {"uid": NECKAR_UID, "sequence": 1,
                "start": "2026-04-09 09:00", "end": "2026-04-09 15:30",
                "summary": "Assessment day – Conference Coordinator",
                "location": "Neckar Summit Conferences, Bergheimer Straße 88, Heidelberg",
                "organizer": ("Priya Raman-Weiss", "priya.raman@neckarsummit.example.de")},
    },
    {
        "id": "s_forthside_postpone",
        "kind": "interview_reschedule_or_cancel", "scenario": "panel_postponed_date_tbc",
        "lang": "en", "company": "Forthside University",
        "contact": "ailsa.grant@forthside.example.ac.uk",
        "frm": ("Ailsa Grant", "ailsa.grant@forthside.example.ac.uk"),
        "subject": "RE: Invitation to interview: Events and Conference Coordinator (26-1142)",
        "date": "2026-07-24 16:48", "tz": "UK",
        "reply_of": "i_forthside_panel",
        "msgid_style": "outlook",
        "text": """Dear Friedemann,

I'm writing to let you know that we have had to postpone Tuesday's interviews. Dr Innes has been called to cover the Festival accommodation contract negotiations, and we are not able to convene a full panel on 28 July.

Please do not travel. Your candidacy remains active, and I will contact you early next week with a new date in August.

Apologies for any inconvenience caused.

Kind regards,
Ailsa Grant
HR Adviser (Recruitment)
Forthside University

{{outlook:i_forthside_panel}}""",
    },
    {
        "id": "s_mainstage_push",
        "kind": "interview_reschedule_or_cancel", "scenario": "casual_push_to_friday",
        "lang": "en", "company": "Mainstage Live", "contact": "dan@mainstage-live.example.com",
        "frm": ("Dan Okafor", "dan@mainstage-live.example.com"),
        "subject": "Re: quick chat this week?",
        "date": "2026-09-16 21:12",
        "reply_of": "i_mainstage_casual",
        "msgid_style": "gmail",
        "text": """Hey, so sorry - an investor meeting just landed on Thursday afternoon.
Can we push our chat to Friday at 3pm instead? Same Meet link:
https://meet.example.com/mainstage-dan

Dan

{{quote:i_mainstage_casual}}""",
    },
    # ------------------------------------------------------------------ French
    {
        "id": "s_palais_rhenan_report",
        "kind": "interview_reschedule_or_cancel", "scenario": "report_entretien_sequence",
        "lang": "fr", "company": "Palais Rhénan des Congrès",
        "contact": "c.wetterle@palais-rhenan.example.fr",
        "frm": ("Camille Wetterlé", "c.wetterle@palais-rhenan.example.fr"),
        "subject": "Report de votre entretien au mardi 2 juin",
        "date": "2026-05-22 10:12",
        "reply_of": "i_palais_rhenan",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur,

En raison du montage anticipé d'un salon dans le hall Rhin, Mme Weiss ne
pourra pas être présente le jeudi 28 mai. Nous sommes contraints de reporter
votre entretien au mardi 2 juin à 15 h 00, dans la même salle.

L'invitation de calendrier a été mise à jour en conséquence. Merci de nous
indiquer si ce nouvel horaire vous convient.

Bien cordialement,
Camille Wetterlé
Palais Rhénan des Congrès""",
        "ics": {"uid": PALAIS_UID, "sequence": 1, "tz": "Europe/Paris",
                "start": "2026-06-02 15:00", "end": "2026-06-02 16:00",
                "summary": "Entretien – M. Osei-Kranz (reporté)",
                "location": "Palais Rhénan des Congrès, salle Schweitzer",
                "organizer": ("Camille Wetterlé", "c.wetterle@palais-rhenan.example.fr")},
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "s_almenara_hora",
        "kind": "interview_reschedule_or_cancel", "scenario": "cambio_de_hora", "lang": "es",
        "company": "Grupo Hotelero Almenara", "contact": "lucia.beltran@almenara.example.es",
        "frm": ("Lucía Beltrán Ortega", "lucia.beltran@almenara.example.es"),
        "subject": "Cambio de hora: entrevista del viernes 19",
        "date": "2026-06-17 09:05",
        "reply_of": "i_almenara_video",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hola Friedemann:

Jan Vogelsang tiene una inspección de sanidad en el hotel el viernes por la
mañana, así que necesitamos mover la videollamada. ¿Te iría bien el mismo
viernes 19 a las 16:30? El enlace sigue siendo el mismo.

Perdona el cambio y gracias por tu flexibilidad.

Un saludo,
Lucía""",
    },
    {
        "id": "s_expoiberia_cancel",
        "kind": "interview_reschedule_or_cancel", "scenario": "cancelacion_ics_nueva_fecha",
        "lang": "es", "company": "Expoiberia Eventos",
        "contact": "alvaro.mendizabal@expoiberia.example.es",
        "frm": ("Álvaro Mendizábal", "alvaro.mendizabal@expoiberia.example.es"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Cancelada: Entrevista Friedemann Osei-Kranz – stand C27",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-09-04 13:10",
        "reply_of": "i_expoiberia_stand",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "text": """Estimado Friedemann:

Tengo que cancelar nuestra cita del jueves 10: la dirección me pide que esté en Bilbao esos dos días para cerrar el presupuesto del año que viene. Sigo muy interesado en conocerte; te propondré una nueva fecha durante la segunda semana de feria, cuando vuelva a Fráncfort.

Disculpa las molestias.
Álvaro""",
        "ics": {"uid": EXPO_UID, "sequence": 1, "tz": "Europe/Berlin", "method": "CANCEL",
                "start": "2026-09-10 11:00", "end": "2026-09-10 11:45",
                "summary": "Entrevista Friedemann Osei-Kranz – stand C27",
                "location": "Messe Frankfurt, pabellón 4.1, stand C27",
                "organizer": ("Álvaro Mendizábal", "alvaro.mendizabal@expoiberia.example.es")},
    },
    # ================================================================ missed_interview_notice
    {
        "id": "m_messe_frankenland_call",
        "kind": "missed_interview_notice", "scenario": "tried_calling_twice", "lang": "de",
        "company": "Messe Frankenland",
        "contact": "tobias.wunderlich@messe-frankenland.example.de",
        "frm": WUNDERLICH,
        "subject": "Unser Telefontermin heute um 10:00 Uhr",
        "date": "2026-03-09 10:41",
        "reply_of": "s_messe_frankenland_moved",
        "text": """Sehr geehrter Herr Osei-Kranz,

ich habe heute um 10:00 Uhr und noch einmal um 10:15 Uhr versucht, Sie wie
vereinbart auf Ihrem Handy zu erreichen, leider ohne Erfolg; es sprang jeweils
nur die Mailbox an.

Bitte melden Sie sich bis morgen Mittag kurz bei mir, damit wir klären
können, wie es mit Ihrer Teilnahme am Assessment-Center weitergeht.

Mit freundlichen Grüßen
Tobias Wunderlich
Recruiting & Employer Branding
Messe Frankenland GmbH
Telefon 0911 5550 8246""",
    },
    {
        "id": "m_kurpfalz_teams",
        "kind": "missed_interview_notice", "scenario": "waited_in_teams", "lang": "de",
        "company": "Kurpfalz-Universität Heidelberg",
        "contact": "jens.eberbach@kurpfalz-uni.example.de",
        "frm": EBERBACH,
        "subject": "Auswahlgespräch heute 09:30 Uhr",
        "date": "2026-07-22 10:02",
        "reply_of": "s_kurpfalz_ill",
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

die Auswahlkommission hat heute ab 09:30 Uhr im Teams-Meeting auf Sie
gewartet. Um 09:50 Uhr haben wir die Sitzung beendet, nachdem Sie sich weder
eingewählt noch telefonisch gemeldet hatten.

Sollte es ein technisches Problem gegeben haben, teilen Sie mir dies bitte
zeitnah mit. Ob ein weiterer Termin möglich ist, kann ich Ihnen derzeit
nicht zusagen.

Mit freundlichen Grüßen
Dr. Jens Eberbach
Abteilung Personal und Recht – Referat 3.2
Kurpfalz-Universität Heidelberg

--
""" + DISCLAIMER_DE,
    },
    {
        "id": "m_alpenlicht_noshow",
        "kind": "missed_interview_notice", "scenario": "agency_client_waited_in_hotel",
        "lang": "de", "company": "Alpenlicht Personalservice",
        "contact": "s.moosbrugger@alpenlicht-personal.example.at",
        "frm": ("Stefan Moosbrugger", "s.moosbrugger@alpenlicht-personal.example.at"),
        "subject": "Kundentermin heute 14 Uhr – was ist passiert?",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-03-12 15:20",
        "reply_of": "a_alpenlicht_registration",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Grüß Gott Herr Osei-Kranz,

unser Kunde hat heute um 14:00 Uhr im Hotel auf Sie gewartet, Sie sind aber nicht gekommen. Ich habe Sie um 14:20 und um 14:40 angerufen und nur die Mobilbox erreicht.

Ich hoffe, es ist nichts passiert! Bitte melden Sie sich so bald wie möglich bei mir, damit ich dem Kunden eine Erklärung geben kann.

Beste Grüße
Stefan Moosbrugger
Senior Consultant Hotellerie & Events
Alpenlicht Personalservice GmbH · +43 662 555 0917""",
    },
    {
        "id": "m_zehntscheune_trial",
        "kind": "missed_interview_notice", "scenario": "trial_day_not_appeared", "lang": "de",
        "company": "Tagungshotel Zehntscheune Volkach",
        "contact": "g.scheuring@zehntscheune-volkach.example.de",
        "frm": ("Gerlinde Scheuring", "g.scheuring@zehntscheune-volkach.example.de"),
        "subject": "Re: Probearbeitstag am 10. Juni",
        "date": "2026-06-10 09:10",
        "reply_of": "i_zehntscheune_trial",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Guten Morgen Herr Osei-Kranz,

wir hatten Sie heute um 07:30 Uhr zum Probearbeiten an der Rezeption
erwartet. Bis jetzt sind Sie nicht erschienen, und auf Ihrem Handy erreiche
ich Sie nicht.

Die Tagung läuft inzwischen, ich kann Sie heute also nicht mehr sinnvoll
einbinden. Bitte rufen Sie mich an, wenn Sie das lesen.

Gerlinde Scheuring
Bankett & Tagungen, Tagungshotel Zehntscheune Volkach

{{quote:i_zehntscheune_trial}}""",
    },
    {
        "id": "m_klangsaal_teamtailor",
        "kind": "missed_interview_notice", "scenario": "teamtailor_video_call_no_show",
        "lang": "de", "company": "Klangsaal Wien", "contact": "lena.hartl@klangsaal.example.at",
        "frm": ("Lena Hartl via Teamtailor", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Lena Hartl", "lena.hartl@klangsaal.example.at"),
        "subject": "Wir haben dich heute im Video-Call vermisst",
        "date": "2026-05-05 16:45",
        "reply_of": "a_klangsaal_teamtailor",
        "html_cte": "quoted-printable",
        "html": ats_card(
            "Klangsaal Wien",
            """<p>Hallo Friedemann,</p>
<p>heute um 15:30 Uhr waren wir zum Video-Call für die Stelle
<b>Produktionsleitung Veranstaltungen</b> verabredet. Martin und ich waren
im Call, du bist aber leider nicht dazugekommen.</p>
<p>Falls etwas dazwischengekommen ist, antworte einfach auf diese Mail – dann schauen wir,
was wir machen können.</p>
<p>Liebe Grüße<br>Lena Hartl<br>People &amp; Culture, Klangsaal Wien</p>""",
            "Klangsaal Wien · Landstraßer Hauptstraße 71 · 1030 Wien · gesendet mit Teamtailor",
            color="#2b2b2b"),
    },
    # ------------------------------------------------------------------ English
    {
        "id": "m_castlegate_calls",
        "kind": "missed_interview_notice", "scenario": "tried_calling_twice_at_ten",
        "lang": "en", "company": "Castlegate Events",
        "contact": "kirsty.muir@castlegate-events.example.co.uk",
        "frm": ("Kirsty Muir", "kirsty.muir@castlegate-events.example.co.uk"),
        "subject": "Re: Venue Coordinator - phone screen",
        "date": "2026-08-20 10:25", "tz": "UK",
        "reply_of": "i_castlegate_phone",
        "text": """Hi Friedemann,

I tried calling you twice at 10:00 as arranged but couldn't get through - it
went straight to a German voicemail message both times.

If you'd still like to go ahead, reply with a couple of times that suit you
and the best number to use.

Thanks,
Kirsty

{{quote:i_castlegate_phone}}""",
    },
    {
        "id": "m_brightwater_lobby",
        "kind": "missed_interview_notice", "scenario": "agency_gm_waited_lobby", "lang": "en",
        "company": "Thistle & Crown Hotel",
        "contact": "rory.calder@brightwater-events.example.co.uk",
        "frm": ("Rory Calder", "rory.calder@brightwater-events.example.co.uk"),
        "subject": "Where are you? Thistle & Crown 11am",
        "date": "2026-06-09 11:48", "tz": "UK",
        "reply_of": "i_brightwater_thistle",
        "text": """Friedemann,

Alasdair from the Thistle & Crown just rang me - he waited in the lobby from
11 until half past and you didn't show. I've tried your mobile a couple of
times too.

Hope all's OK. Please call me as soon as you see this so I can go back to
him with an explanation.

Rory
0131 555 0148""",
    },
    {
        "id": "m_oldtown_zoom",
        "kind": "missed_interview_notice", "scenario": "zoom_didnt_see_you_join", "lang": "en",
        "company": "Old Town Chamber Festival",
        "contact": "callum.mcrae@oldtownchamberfest.example.co.uk",
        "frm": ("Callum McRae", "callum.mcrae@oldtownchamberfest.example.co.uk"),
        "subject": "Festival coordinator",
        "date": "2026-05-13 15:35", "tz": "UK",
        "refs": ["<zoom-invite-oldtown-20260508@oldtownchamberfest.example.co.uk>"],
        "html_from": "simple",
        "text": """Hi Friedemann,

We had you down for a Zoom at 3pm today (2pm your time? or was it the other
way round...) - Fiona and I sat in the meeting room for twenty minutes but
didn't see you join.

Could be a time zone mix-up. Drop me a line and let's see.

Callum McRae
Festival Director, Old Town Chamber Festival""",
    },
    # ------------------------------------------------------------------ French
    {
        "id": "m_illrives_immersion",
        "kind": "missed_interview_notice", "scenario": "immersion_attendu_ce_matin",
        "lang": "fr", "company": "Hôtel Ill-Rives", "contact": "a.kuntz@hotel-illrives.example.fr",
        "frm": ("Aurélie Kuntz", "a.kuntz@hotel-illrives.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Votre journée d'immersion de ce jour",
        "date": "2026-09-15 10:05",
        "reply_of": "i_illrives_immersion",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur Osei-Kranz,

Nous vous avons attendu ce matin à 8 h 00 à la réception pour votre journée
d'immersion. Notre coordinatrice a retardé le briefing du séminaire d'un
quart d'heure, et j'ai essayé de vous joindre à deux reprises, sans succès.

Pourriez-vous me rappeler dès que possible pour m'expliquer ce qui s'est
passé ?

Cordialement,
Aurélie Kuntz
Hôtel Ill-Rives Strasbourg""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "m_talentoferial_llamada",
        "kind": "missed_interview_notice", "scenario": "llamamos_dos_veces", "lang": "es",
        "company": "Talento Ferial", "contact": "nerea.urquiza@talentoferial.example.es",
        "frm": ("Nerea Urquiza", "nerea.urquiza@talentoferial.example.es"),
        "subject": "Re: ¿Hablamos el jueves?",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-08-13 10:30",
        "reply_of": "i_talentoferial_llamada",
        "text": """Hola Friedemann:

Te he llamado dos veces a las 10:00, como quedamos, y no he podido
localizarte; el teléfono daba apagado. ¿Ha pasado algo?

Dime cuándo te viene bien hablar hoy o mañana, porque el cliente quiere
cerrar la lista de entrevistas esta semana.

Nerea""",
    },
]
