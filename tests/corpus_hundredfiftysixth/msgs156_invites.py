"""Corpus 156: invitations (26), reschedules/cancellations (15) and missed-interview notices (10).

Hand-written specs; see make_hundredfiftysixth.py for how they become .eml files.
"""

from msgs156_common import (
    CANDIDATE,
    ats_card,
    button,
    mso,
    outlook_block,
    reply,
    signature,
    word_html,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

# ---------------------------------------------------------------- shared bits of threads

_brotwerk_sig = signature(
    "Sabine Reithmeier",
    "Personalreferentin Produktion",
    "Brotwerk Isartal GmbH · Werk Garching",
    "Schleißheimer Straße 90 · 85748 Garching bei München",
    "Tel. +49 89 555 730 12 · s.reithmeier@brotwerk-isartal.example.de",
    "Geschäftsführer: Ludwig Hainz · Amtsgericht München HRB 555210",
)

_alpenhof_sorry = """Sehr geehrter Herr Aigner,

es tut mir leid, dass Sie mich heute nicht erreicht haben. Mein Handy lag in der Backstube im Spind, und ich habe Ihre Anrufe erst um 11 Uhr gesehen. Das war mein Fehler.

Wenn Sie mir noch eine Chance geben, bin ich in den nächsten Tagen jederzeit erreichbar.

Viele Grüße
Tobias Kranz-Mwangi
+49 171 555 2846"""

_lechfeld_application = """Sehr geehrter Herr Wiedemann,

auf Ihre Anzeige im Lechfeld-Kurier bewerbe ich mich als Produktionsleiter Ihrer Backstube. Ich bin Bäckermeister, leite derzeit die Nachtschicht einer Münchner Handwerksbäckerei mit 14 Leuten und möchte mich in Richtung Planung und Organisation weiterentwickeln.

Meinen Lebenslauf finden Sie im Anhang.

Mit freundlichen Grüßen
Tobias Kranz-Mwangi"""

_llevat_first = """Hola Tobias:

Te esperamos el martes 30 de junio a las 10:00 en el obrador para la entrevista. Pregunta por mí en la entrada de Sant Joan de Malta.

Laia"""

_montjuic_cv = """Hola Jordi,

Te adjunto mi CV actualizado, como hablamos por teléfono. Me interesa sobre todo el sector cervecero.

Gracias,
Tobias"""

_ill_invite_text = """Bonjour Monsieur Kranz-Mwangi,

Suite à notre échange téléphonique, j'ai le plaisir de vous inviter à un entretien pour le poste de planificateur de production, le mercredi 8 juillet à 10h00, dans nos locaux de Schiltigheim.

Vous rencontrerez Pascal Hertz, directeur de site, et moi-même. Comptez environ une heure, visite de la salle de brassage comprise. Vous trouverez l'invitation en pièce jointe de ce message pour votre agenda.

Merci de me confirmer votre présence.

Cordialement,
Camille Stoffel
Chargée de recrutement - Brasserie de l'Ill
12 route de Bischwiller, 67300 Schiltigheim
03 88 55 51 24
"""

_nordbake_panel_text = """Dear Tobias,

Thank you for your time on the phone last week. I am pleased to invite you to a panel interview for the Senior Production Planner role.

When: Wednesday, 9 September 2026, 09:00-11:00 (CEST)
Where: NordBake Group, Hardturmstrasse 161, 8005 Zürich, 4th floor, room "Roggen"
Panel: Jonas Ekström (Head of Supply Planning), Dr. Petra Salvisberg (Plant Director Ulm), Lara Meier (Talent Acquisition)

Please prepare a 15-minute case presentation: how you would plan a week of production for two lines with a shared oven during a seasonal peak. A short brief is in the calendar invitation attached.

Kindly accept the invitation to confirm.

Best regards,
Lara Meier
Talent Acquisition Partner
NordBake Group | Hardturmstrasse 161, 8005 Zürich
+41 44 555 20 14
"""

_wendel_text = """Sehr geehrter Herr Kranz-Mwangi,

vielen Dank für Ihre Bewerbung als Produktionsplaner in unserer Brauerei. Wir würden Sie gern persönlich kennenlernen und laden Sie zu einem Gespräch ein:

Donnerstag, 12. März 2026, 13:00 bis ca. 14:30 Uhr
Brauerei Wendelstein, Verwaltungsgebäude, 1. Stock, Besprechungsraum „Sudhaus“
Rosenheimer Straße 5, 83098 Brannenburg

Am Gespräch nehmen unser Braumeister Korbinian Stangl, unser Technischer Leiter Dr. Michael Obermeier und ich teil. Anschließend zeigen wir Ihnen gern die Abfüllung.

Eine Kalendereinladung ist beigefügt. Bitte nehmen Sie diese an oder geben Sie mir kurz Bescheid, falls der Termin nicht passt.

Mit freundlichen Grüßen

Theresa Huber
Personal
Brauerei Wendelstein GmbH & Co. KG
Rosenheimer Straße 5 · 83098 Brannenburg
Telefon 08034 555 61-20
"""

_wendel_cancel_text = """Sehr geehrter Herr Kranz-Mwangi,

leider muss ich unser Gespräch am Donnerstag, 12. März, absagen. Wir haben seit gestern eine Havarie an der Abfüllanlage, und Herr Stangl und Dr. Obermeier stehen bis auf Weiteres in der Halle.

Bitte verstehen Sie das nicht als Absage an Sie: Die Stelle ist weiterhin offen und wir möchten Sie unbedingt kennenlernen. Ich melde mich spätestens Mitte nächster Woche mit einem neuen Terminvorschlag.

Entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Theresa Huber
Personal · Brauerei Wendelstein
Telefon 08034 555 61-20
"""

_snack_move_html = ats_card(
    "Snackwise",
    "#ff6b35",
    "<p>Hi Tobias,</p>"
    "<p>Your <b>Operations Interview</b> with Ruth Okafor has been rescheduled.</p>"
    "<p><s>Friday, July 10, 2026 &middot; 10:00&ndash;10:45 IST</s><br>"
    "<b>Tuesday, July 14, 2026 &middot; 15:00&ndash;15:45 IST</b></p>"
    "<p>Location: Google Meet (link in the calendar invitation)</p>"
    + button("View interview details", "https://jobs.snackwise.example.ie/interviews/op-7731",
             "#ff6b35")
    + "<p>If the new time does not work, use the link above to pick another slot.</p>",
    "Sent by Ashby on behalf of Snackwise",
)

MESSAGES = [
    # ================================================================== invitations, German
    {
        "kind": INV, "name": "brotwerk_interview_with_ics", "lang": "de",
        "key": "brotwerk-invite", "refs": ["brotwerk-ack"],
        "company": "Brotwerk Isartal", "contact": "s.reithmeier@brotwerk-isartal.example.de",
        "sender": ("Sabine Reithmeier", "s.reithmeier@brotwerk-isartal.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – Produktionsplaner (m/w/d) Backwaren",
        "date": "2026-02-12 10:04 +0100",
        "text": """Guten Tag Herr Kranz-Mwangi,

vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d) Backwaren. Ihr Werdegang vom Bäckermeister zur Schichtleitung hat uns neugierig gemacht, und wir möchten Sie gerne persönlich kennenlernen.

Termin: Donnerstag, 19. Februar 2026, 10:00 Uhr (ca. 90 Minuten)
Ort: Brotwerk Isartal, Werk Garching, Empfang Verwaltung
Gesprächspartner: Ludwig Hainz (Werksleitung) und ich

Im Anschluss führen wir Sie durch die Teiglinie 2. Bitte bringen Sie festes Schuhwerk mit; Hygienekleidung stellen wir.

Die Kalendereinladung finden Sie in dieser E-Mail. Ich freue mich auf Ihre kurze Bestätigung.

Freundliche Grüße
Sabine Reithmeier
""" + _brotwerk_sig,
        "html": True,
        "ics": {"method": "REQUEST", "uid": "vg-2026-0219-kranz@brotwerk-isartal.example.de",
                 "seq": 0, "start": "20260219T100000", "end": "20260219T113000",
                 "summary": "Vorstellungsgespräch Produktionsplaner – Tobias Kranz-Mwangi",
                 "location": "Brotwerk Isartal, Werk Garching, Schleißheimer Straße 90",
                 "organizer": ("Sabine Reithmeier", "s.reithmeier@brotwerk-isartal.example.de")},
    },
    {
        "kind": INV, "name": "alpenhof_phone_screen_austrian", "lang": "de",
        "key": "alpenhof-screen", "refs": ["alpenhof-ack"],
        "company": "Molkerei Alpenhof", "contact": "florian.aigner@alpenhof-molkerei.example.at",
        "sender": ("Florian Aigner", "florian.aigner@alpenhof-molkerei.example.at"),
        "subject": "Ihre Bewerbung – kurzes Telefonat?",
        "date": "2026-03-16 14:22 +0100",
        "text": """Grüß Gott Herr Kranz-Mwangi,

danke für Ihre Bewerbung auf unsere Stelle Schichtleitung Produktionsplanung in Bergheim.

Bevor wir Sie zu uns in die Molkerei einladen, würde ich Sie gerne in einem ersten Telefonat (ca. 20 Minuten) kennenlernen: Ginge es am Donnerstag, 19. März, um 10:00 Uhr? Ich würde Sie auf der Handynummer aus Ihrem Lebenslauf (+49 171 555 2846) anrufen.

Falls das nicht passt, schlagen Sie mir gerne eine andere Zeit vor.

Freundliche Grüße aus Bergheim
Florian Aigner
Recruiting | Molkerei Alpenhof eGen
Moosstraße 41, 5101 Bergheim bei Salzburg
T +43 662 555 3127
""",
    },
    {
        "kind": INV, "name": "limmatkorn_teamtailor_booking_link", "lang": "de",
        "key": "limmat-book",
        "company": "Limmatkorn", "contact": "",
        "sender": ("Limmatkorn Brotmanufaktur", "no-reply@teamtailor-mail.com"),
        "subject": "Terminwahl für Ihr Gespräch bei Limmatkorn",
        "date": "2026-04-07 09:12 +0200",
        "html": ats_card(
            "Limmatkorn Brotmanufaktur",
            "#7a4e2d",
            "<p>Grüezi Tobias</p>"
            "<p>Reto Baumgartner, Leiter Produktion, möchte Sie gerne zu einem persönlichen "
            "Gespräch für die Stelle <b>Leiter Produktionsplanung (80–100 %)</b> einladen.</p>"
            "<p>Bitte wählen Sie über den folgenden Link einen Termin, der Ihnen passt. "
            "Zur Auswahl stehen Zeitfenster zwischen dem 14. und 17. April, jeweils "
            "60 Minuten, bei uns an der Hardstrasse 219 in Zürich.</p>"
            + button("Termin auswählen",
                     "https://karriere.limmatkorn.example.ch/meetings/book/8d1c0a", "#7a4e2d")
            + "<p>Wir freuen uns auf Sie!</p><p>Freundliche Grüsse<br>"
            "Ihr Limmatkorn-Team</p>",
            "Diese Nachricht wurde über Teamtailor versendet. Antworten auf diese E-Mail "
            "werden nicht gelesen.",
        ),
    },
    {
        "kind": INV, "name": "personalwerk_client_interview_nordlicht", "lang": "de",
        "key": "pw-invite", "refs": ["pw-reg"],
        "company": "Nordlicht Tiefkühl", "contact": "j.wiesinger@personalwerk.example.de",
        "sender": ("Jana Wiesinger | Personalwerk Bayern", "j.wiesinger@personalwerk.example.de"),
        "subject": "Vorstellungstermin bei Nordlicht Tiefkühl am 27.01.",
        "date": "2026-01-20 15:48 +0100",
        "text": """Hallo Herr Kranz-Mwangi,

wie heute Vormittag am Telefon besprochen, habe ich Sie bei unserem Kunden Nordlicht Tiefkühl in Königsbrunn für die Schichtkoordination in der Backwarenlinie vorgestellt – und der Werksleiter, Herr Dietl, möchte Sie kennenlernen.

Termin: Dienstag, 27. Januar, 09:30 Uhr
Adresse: Nordlicht Tiefkühl, Werk Königsbrunn, Lechfeldstraße 40, Pforte Tor 2
Ansprechpartner vor Ort: Herr Dietl (Werksleitung), Frau Ertl (Personal)
Dauer: etwa eine Stunde inkl. Rundgang durch die Kühlhalle – bitte warm anziehen!

Geben Sie mir bitte kurz Bescheid, dass der Termin für Sie klappt. Ich rufe Sie danach an und höre mir an, wie es gelaufen ist.

Viele Grüße
Jana Wiesinger
Personaldisponentin
Personalwerk Bayern – Niederlassung Augsburg
Halderstraße 21, 86150 Augsburg
Tel. 0821 555 4410
""",
        "html": True,
    },
    {
        "kind": INV, "name": "falkner_headhunter_unnamed_client", "lang": "de",
        "key": "falkner-invite", "refs": ["falkner-cold"],
        "company": "Falkner Executive Search", "contact": "m.falkner@falkner-search.example.de",
        "sender": ("Dr. Matthias Falkner", "m.falkner@falkner-search.example.de"),
        "subject": "Kennenlernen mit meinem Mandanten – Leitung Produktionsplanung",
        "date": "2026-02-24 19:31 +0100",
        "text": """Lieber Herr Kranz-Mwangi,

danke für das offene Gespräch letzte Woche. Ich habe Ihr Profil – wie besprochen anonymisiert – meinem Mandanten vorgestellt, einem inhabergeführten Molkereibetrieb im Chiemgau, und die Geschäftsführung würde Sie gerne persönlich treffen.

Vorschlag: Dienstag, 3. März, 11:00 Uhr, in unserem Büro in der Maximilianstraße 31, 3. OG. Anwesend sind der Geschäftsführer und der Leiter der Käserei; ich moderiere. Den Namen des Unternehmens nenne ich Ihnen am Telefon, sobald Sie zusagen.

Bitte behandeln Sie die Anfrage vertraulich.

Mit besten Grüßen
Dr. Matthias Falkner
Managing Partner
Falkner Executive Search GmbH
Maximilianstraße 31 · 80539 München
+49 89 555 918 0 · m.falkner@falkner-search.example.de
""",
    },
    {
        "kind": INV, "name": "wendelstein_panel_outlook_ics", "lang": "de",
        "key": "wendel-invite",
        "company": "Brauerei Wendelstein", "contact": "t.huber@brauerei-wendelstein.example.de",
        "sender": ("Huber, Theresa", "t.huber@brauerei-wendelstein.example.de"),
        "cc": [("Stangl, Korbinian", "k.stangl@brauerei-wendelstein.example.de")],
        "subject": "Einladung: Gespräch Produktionsplanung am 12.03.2026",
        "date": "2026-03-03 11:40 +0100",
        "text": _wendel_text,
        "html": word_html(mso(_wendel_text)),
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000A1B2@wendelstein",
                 "seq": 0, "start": "20260312T130000", "end": "20260312T143000",
                 "summary": "Vorstellungsgespräch Produktionsplanung (Kranz-Mwangi)",
                 "location": "Besprechungsraum Sudhaus, Rosenheimer Straße 5, Brannenburg",
                 "organizer": ("Huber, Theresa", "t.huber@brauerei-wendelstein.example.de"),
                 "attendees": [CANDIDATE,
                            ("Stangl, Korbinian", "k.stangl@brauerei-wendelstein.example.de"),
                            ("Obermeier, Michael", "m.obermeier@brauerei-wendelstein.example.de")]},
    },
    {
        "kind": INV, "name": "wgkv_assessment_centre_pdf", "lang": "de",
        "key": "wgkv-ac", "refs": ["wgkv-ack"],
        "company": "Wiener Großküchen Verbund", "contact": "sandra.woeginger@wgkv.example.at",
        "sender": ("Sandra Wöginger", "sandra.woeginger@wgkv.example.at"),
        "sender_enc": ("iso-8859-1", "Q"),
        "subject": "Einladung zum Assessment-Center – Produktionsplanung Zentralküche Favoriten",
        "date": "2026-06-01 10:30 +0200",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

wir freuen uns, Ihnen mitteilen zu können, dass Sie zur nächsten Stufe unseres Auswahlverfahrens für die Stelle „Produktionsplanung Zentralküche Favoriten“ eingeladen sind.

Das Assessment-Center findet am Dienstag, 16. Juni 2026, von 08:30 bis ca. 15:00 Uhr in unserer Zentrale, Laxenburger Straße 88, 1100 Wien, Seminarraum 2 statt. Es umfasst eine Präsentation, eine Gruppenübung zur Menüplanung für 12.000 Portionen sowie ein Einzelgespräch mit der Betriebsleitung.

Den genauen Ablauf finden Sie im angehängten PDF. Bitte bringen Sie einen Lichtbildausweis mit. Ein Mittagessen aus unserer Küche ist selbstverständlich inkludiert.

Wir ersuchen um Bestätigung bis Freitag, 5. Juni.

Mit freundlichen Grüßen
Mag.a Sandra Wöginger
Personalentwicklung
Wiener Großküchen Verbund
Laxenburger Straße 88 · 1100 Wien
+43 1 555 4020 31
""",
        "pdfs": [("Ablauf_Assessment-Center_16-06-2026.pdf", [
            "Wiener Großküchen Verbund - Assessment-Center",
            "Produktionsplanung Zentralküche Favoriten",
            "Dienstag, 16. Juni 2026, Seminarraum 2",
            "",
            "08:30  Begrüßung und Vorstellung",
            "09:00  Präsentation (10 Minuten): Ihr Weg in die Planung",
            "10:00  Gruppenübung Menüplanung",
            "12:00  Mittagessen",
            "13:00  Einzelgespräch mit der Betriebsleitung",
            "14:30  Abschluss und Feedback",
        ])],
    },
    {
        "kind": INV, "name": "hafergold_trial_day_swiss", "lang": "de",
        "key": "hafergold-trial", "refs": ["<bewerbung.hafergold.0825@example.de>"],
        "company": "Hafergold", "contact": "seraina.caflisch@hafergold.example.ch",
        "sender": ("Seraina Caflisch", "seraina.caflisch@hafergold.example.ch"),
        "subject": "Probetag in der Manufaktur?",
        "date": "2026-09-04 16:02 +0200",
        "text": """Lieber Herr Kranz-Mwangi

Herzlichen Dank für Ihre Bewerbung und das gute Telefongespräch am Dienstag.

Wir würden Sie gerne einen Tag lang in der Manufaktur erleben: Hätten Sie am Mittwoch, 16. September, Zeit für einen Probetag? Start wäre um 7:00 Uhr, Ende gegen 15:30 Uhr. Sie begleiten unsere Schichtleiterin an der Mischanlage und am Nachmittag sitzen wir zusammen über den Wochenplan.

Bitte bringen Sie Sicherheitsschuhe mit; Kleidung und Mittagessen haben wir. Die Reisekosten ab München übernehmen wir.

Herzliche Grüsse
Seraina Caflisch
Co-Geschäftsführerin · Hafergold Müsli-Manufaktur
Binzstrasse 23 · 8045 Zürich · +41 44 555 88 30
""",
        "html": True, "cte": "base64",
    },
    {
        "kind": INV, "name": "edelweiss_casual_coffee_du", "lang": "de",
        "key": "edel-invite",
        "company": "Konditorei Edelweiss", "contact": "leni@konditorei-edelweiss.example.at",
        "sender": ("Leni Gruber", "leni@konditorei-edelweiss.example.at"),
        "subject": "Kaffee am Donnerstag?",
        "date": "2026-03-17 08:41 +0100",
        "text": """Servus Tobias,

hast du am Donnerstag kurz Zeit auf an Kaffee? Dann zeig ich dir die Backstube und wir reden über die Planungsstelle. So um 15 Uhr im Café am Alten Markt?

Liebe Grüße
Leni
""",
    },
    {
        "kind": INV, "name": "untersberg_teams_interview", "lang": "de",
        "key": "untersberg-invite",
        "company": "Brauhaus Untersberg", "contact": "andrea.pichler@untersberg-brau.example.at",
        "sender": ("Andrea Pichler", "andrea.pichler@untersberg-brau.example.at"),
        "subject": "Vorstellungsgespräch Produktionsplanung – Einladung via Teams",
        "date": "2026-06-22 13:15 +0200",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

danke für Ihre Bewerbung als Produktionsplaner in unserem Brauhaus. Gerne laden wir Sie zu einem ersten Gespräch per Microsoft Teams ein:

Dienstag, 30. Juni 2026, 14:00 – 14:45 Uhr
Teilnehmende: Braumeister Johann Schwaiger und ich

Link zur Besprechung:
https://teams.untersberg-brau.example.at/meet/vg-produktionsplanung-3006

Bitte wählen Sie sich ein paar Minuten früher ein und prüfen Sie Kamera und Mikrofon.

Freundliche Grüße
Andrea Pichler
Personalreferentin | Brauhaus Untersberg
Gartenauer Straße 8, 5083 Gartenau
+43 6246 555 71
""",
        "html": True,
    },
    {
        "kind": INV, "name": "schwabenteig_softgarden_video", "lang": "de",
        "key": "schwaben-video",
        "company": "Teigwaren Schwabenland", "contact": "p.maurer@schwabenteig.example.de",
        "sender": ("Teigwaren Schwabenland via softgarden", "noreply@softgarden.io"),
        "reply_to": ("Petra Maurer", "p.maurer@schwabenteig.example.de"),
        "subject": "Einladung zum Video-Interview: Schichtleiter Produktionsplanung (m/w/d)",
        "date": "2026-05-12 08:47 +0200",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Video-Interview einladen.

Termin: Donnerstag, 21. Mai 2026, 10:00 Uhr (ca. 45 Minuten)
Gesprächspartner: Petra Maurer (Personal), Uwe Häberle (Produktionsleitung)

Über den folgenden Link gelangen Sie zum Termin und können ihn bestätigen:
https://bewerbung.schwabenteig.example.de/interview/confirm/5521-7

Bei Fragen antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Petra Maurer
Teigwaren Schwabenland
""",
        "html": True,
    },
    {
        "kind": INV, "name": "sgv_muenchen_public_sector_latin1", "lang": "de",
        "key": "sgv-invite",
        "company": "Städtische Gemeinschaftsverpflegung München",
        "contact": "stefan.kagerer@sgv-muenchen.example.de",
        "sender": ("Stefan Kagerer", "stefan.kagerer@sgv-muenchen.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch, Kennziffer SGV-26-072",
        "date": "2026-07-20 09:05 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

wir danken Ihnen für Ihre Bewerbung auf die Stelle "Teamleitung Produktionsplanung Zentralküche Freimann" (Kennziffer SGV-26-072).

Wir laden Sie hiermit zu einem strukturierten Vorstellungsgespräch ein:

Datum: Mittwoch, 29.07.2026
Uhrzeit: 10:00 Uhr
Ort: Städtische Gemeinschaftsverpflegung München, Verwaltungsgebäude, Zimmer 3.14,
Heidemannstraße 170, 80939 München

Dem Auswahlgremium gehören Vertreterinnen und Vertreter der Betriebsleitung, des Personalrats und der Gleichstellungsstelle an. Schwerbehinderte Bewerberinnen und Bewerber bitten wir, uns etwaigen Unterstützungsbedarf vorab mitzuteilen.

Fahrtkosten können leider nicht erstattet werden.

Bitte bestätigen Sie Ihre Teilnahme bis zum 24.07.2026 per E-Mail oder unter 089 555 233-18.

Mit freundlichen Grüßen
Stefan Kagerer
Personalservice
Städtische Gemeinschaftsverpflegung München
""",
    },
    {
        "kind": INV, "name": "lechfeld_reply_to_application", "lang": "de",
        "key": "lechfeld-invite", "refs": ["<bewerbung.lechfeld.0803@example.de>"],
        "company": "Backhaus Lechfeld", "contact": "georg@backhaus-lechfeld.example.de",
        "sender": ("Georg Wiedemann", "georg@backhaus-lechfeld.example.de"),
        "subject": "AW: Bewerbung als Produktionsleiter Backstube",
        "date": "2026-08-10 06:12 +0200",
        "text": reply(
            """Guten Morgen Herr Kranz-Mwangi,

danke für Ihre Bewerbung, die klingt gut. Kommen Sie doch mal bei uns vorbei: Passt Ihnen Dienstag, 18. August, um 9 Uhr in der Backstube in Graben? Dann sehen Sie gleich, wie wir arbeiten, und wir reden in Ruhe.

Einfach Bescheid geben.

Gruß
Georg Wiedemann
Backhaus Lechfeld · Lechfeldstraße 3 · 86836 Graben
0823 555 914
""",
            "de", "03.08.2026 um 21:17", "Tobias Kranz-Mwangi", "tobias.km@example.de",
            _lechfeld_application),
    },
    # ================================================================== invitations, English
    {
        "kind": INV, "name": "liffey_via_greenhouse_confirmation", "lang": "en",
        "key": "liffey-invite", "refs": ["liffey-ack"],
        "company": "Liffey Bakehouse", "contact": "aoife.brennan@liffeybakehouse.example.ie",
        "sender": ("Aoife Brennan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Aoife Brennan", "aoife.brennan@liffeybakehouse.example.ie"),
        "subject": "Interview confirmation: Production Planning Lead - Liffey Bakehouse",
        "date": "2026-05-11 12:20 +0100",
        "text": """Hi Tobias,

Thanks for making time to speak with us! Here are the details of your interview for the Production Planning Lead role:

Thursday, May 14, 2026
11:00 - 12:00 Irish Standard Time

Interviewers:
- Niamh Gallagher, Operations Manager
- Aoife Brennan, People Partner

Microsoft Teams: https://teams.liffeybakehouse.example.ie/l/meetup-join/plan-lead-0514

Please reply to this email if you have any questions.

Best,
Aoife
""",
        "html": True,
    },
    {
        "kind": INV, "name": "snackwise_ashby_pick_a_time_html", "lang": "en",
        "key": "snack-invite",
        "company": "Snackwise", "contact": "",
        "sender": ("Snackwise", "no-reply@ashbyhq.com"),
        "subject": "Schedule your interview with Snackwise",
        "date": "2026-07-06 09:01 +0100",
        "html": ats_card(
            "Snackwise",
            "#ff6b35",
            "<p>Hi Tobias,</p>"
            "<p>You've been invited to schedule a 45-minute <b>Operations Interview</b> with "
            "Ruth Okafor (Head of Operations) for the <b>Production Planner</b> role.</p>"
            "<p>Choose a time that suits you from the available slots:</p>"
            + button("Pick a time", "https://jobs.snackwise.example.ie/schedule/op-7731",
                     "#ff6b35")
            + "<p>The interview will take place on Google Meet. You'll receive a calendar "
            "invitation once you have picked a slot.</p>",
            "Sent by Ashby on behalf of Snackwise &middot; 3 Grand Canal Quay, Dublin 2",
        ),
    },
    {
        "kind": INV, "name": "greenfield_phone_screen_ask", "lang": "en",
        "key": "greenfield-screen",
        "company": "Greenfield Dairies", "contact": "ger.fitzpatrick@greenfielddairies.example.ie",
        "sender": ("Ger Fitzpatrick", "ger.fitzpatrick@greenfielddairies.example.ie"),
        "subject": "Production Scheduler role - quick phone screen?",
        "date": "2026-04-02 15:44 +0100",
        "text": """Hi Tobias,

I'm the talent partner looking after our Production Scheduler vacancy at the Naas Road site, and your application caught my eye - it's not every day we get a master baker applying for a dairy planning job!

Would you have 20 minutes for a quick phone screen on Thursday 9 April? Anytime between 10:00 and 16:00 Irish time suits me. Just let me know the time and the best number to reach you on.

Thanks,
Ger

Ger Fitzpatrick
Talent Partner | Greenfield Dairies
Naas Road, Dublin 12 | +353 1 555 8120
""",
    },
    {
        "kind": INV, "name": "tempostaff_sets_up_harbour_foods", "lang": "en",
        "key": "tempo-harbour-invite", "refs": ["tempo-reg"],
        "company": "Harbour Foods", "contact": "megan.walsh@tempostaff.example.ie",
        "sender": ("Megan Walsh", "megan.walsh@tempostaff.example.ie"),
        "subject": "Interview with Harbour Foods - Tue 4 Aug, 2pm",
        "date": "2026-07-28 17:10 +0100",
        "text": """Hi Tobias,

Great news - Harbour Foods would like to meet you for the planning coordinator contract we spoke about.

Tuesday 4 August, 2pm
Harbour Foods, Unit 22 Ballymount Industrial Estate, Dublin 24
Ask for Declan Murphy (Site Manager) at reception.

It will be a fairly informal chat plus a walk around the chilled production area, about an hour in total. Bring photo ID for the site pass.

Can you confirm by tomorrow so I can lock it in with them?

Thanks,
Megan

Megan Walsh | Senior Consultant, Food Manufacturing
TempoStaff Recruitment | 14 Capel Street, Dublin 1 | +353 1 555 3391
""",
        "html": True,
    },
    {
        "kind": INV, "name": "ballymore_free_thursday", "lang": "en",
        "key": "ballymore-chat",
        "company": "Ballymore Brewing", "contact": "siobhan@ballymorebrewing.example.ie",
        "sender": ("Siobhan Kearney", "siobhan@ballymorebrewing.example.ie"),
        "subject": "Quick chat Thursday?",
        "date": "2026-09-01 09:30 +0100",
        "text": """Hey Tobias, are you free Thursday to chat about the planner job? Half an hour at the taproom, 11ish? Siobhan
""",
    },
    {
        "kind": INV, "name": "nordbake_panel_ics_attachment", "lang": "en",
        "key": "nordbake-panel",
        "company": "NordBake Group", "contact": "lara.meier@nordbake.example.ch",
        "sender": ("Lara Meier", "lara.meier@nordbake.example.ch"),
        "subject": "Panel interview - Senior Production Planner - 9 September",
        "date": "2026-08-26 14:35 +0200",
        "text": _nordbake_panel_text,
        "html": word_html(mso(_nordbake_panel_text)),
        "ics": {"method": "REQUEST", "mode": "attach", "filename": "Panel_Interview_NordBake.ics",
                 "uid": "nb-panel-spp-20260909@nordbake.example.ch", "seq": 0,
                 "tz": "Europe/Zurich", "start": "20260909T090000", "end": "20260909T110000",
                 "summary": "Panel interview: Senior Production Planner (T. Kranz-Mwangi)",
                 "location": "NordBake Group, Hardturmstrasse 161, Zürich, room Roggen",
                 "description": "Case: plan one week for two lines sharing one oven during "
                             "the Christmas peak. 15 minutes, then questions.",
                 "organizer": ("Lara Meier", "lara.meier@nordbake.example.ch")},
    },
    {
        "kind": INV, "name": "crumbcollective_zoom_call_vienna", "lang": "en",
        "key": "crumb-invite",
        "company": "Crumb Collective", "contact": "max@crumbcollective.example.at",
        "sender": ("Max Leitner", "max@crumbcollective.example.at"),
        "subject": "Call about the planner role?",
        "date": "2026-09-21 10:14 +0200",
        "text": """Hi Tobias,

thanks for your note about the production planner role - we're a team of nine, so we do things a bit informally.

Could we do a video call this Friday, 25 September, at 17:00 Vienna time? Me and our head baker Jelena. About 45 minutes, no slides needed, we'd mainly like to hear how you'd organise our croissant lamination across two shifts.

Zoom: https://zoom.crumbcollective.example.at/j/8821550419

Cheers,
Max
--
Max Leitner | Co-founder, Crumb Collective | Westbahnstraße 12, 1070 Wien
""",
    },
    # ================================================================== invitations, French
    {
        "kind": INV, "name": "kleber_journee_essai", "lang": "fr",
        "key": "kleber-essai", "refs": ["kleber-ack"],
        "company": "Boulangeries Kléber", "contact": "sophie.muller@boulangeries-kleber.example.fr",
        "sender": ("Sophie Muller", "sophie.muller@boulangeries-kleber.example.fr"),
        "subject": "Invitation à une journée d'essai - Responsable planification",
        "date": "2026-06-09 11:25 +0200",
        "text": """Bonjour Monsieur Kranz-Mwangi,

Nous avons bien étudié votre candidature au poste de responsable planification de notre atelier central et souhaitons aller plus loin avec vous.

Nous vous proposons une journée d'essai le jeudi 18 juin, de 5h00 à 13h00, dans notre atelier de production de Hautepierre (2 rue Lavoisier, 67200 Strasbourg). Vous suivrez le chef d'atelier sur le lancement des fournées, puis nous ferons ensemble le point sur la planification de la semaine suivante.

Tenue de travail et chaussures de sécurité fournies. Merci de me confirmer votre venue.

Bien à vous,
Sophie Muller
Responsable ressources humaines
Boulangeries Kléber - 2 rue Lavoisier, 67200 Strasbourg
03 88 55 40 17
""",
        "html": True,
    },
    {
        "kind": INV, "name": "brasserie_ill_entretien_ics", "lang": "fr",
        "key": "ill-invite",
        "company": "Brasserie de l'Ill", "contact": "camille.stoffel@brasserie-ill.example.fr",
        "sender": ("Camille Stoffel", "camille.stoffel@brasserie-ill.example.fr"),
        "subject": "Entretien - Planificateur de production (mercredi 8 juillet)",
        "date": "2026-07-01 09:50 +0200",
        "text": _ill_invite_text,
        "ics": {"method": "REQUEST", "uid": "entretien-20260708-tkm@brasserie-ill.example.fr",
                 "seq": 0, "tz": "Europe/Paris", "start": "20260708T100000", "end": "20260708T110000",
                 "summary": "Entretien planificateur de production - T. Kranz-Mwangi",
                 "location": "Brasserie de l'Ill, 12 route de Bischwiller, Schiltigheim",
                 "organizer": ("Camille Stoffel", "camille.stoffel@brasserie-ill.example.fr")},
    },
    {
        "kind": INV, "name": "interim_alsace_client_hansi", "lang": "fr",
        "key": "interim-hansi-invite", "refs": ["interim-reg"],
        "company": "Biscuiterie Hansi", "contact": "julie.weber@interim-alsace.example.fr",
        "sender": ("Julie Weber - Intérim Alimentaire Alsace", "julie.weber@interim-alsace.example.fr"),
        "subject": "Entretien chez notre client Biscuiterie Hansi",
        "date": "2026-08-13 10:40 +0200",
        "text": """Bonjour Tobias,

Bonne nouvelle : la Biscuiterie Hansi, à Obernai, souhaite vous rencontrer pour la mission de coordinateur planning (CDD de 6 mois, possibilité d'embauche).

Rendez-vous le jeudi 20 août à 14h00, 5 rue des Vosges, 67210 Obernai. Vous verrez d'abord M. Schaeffer, responsable de production, puis vous passerez une heure sur la ligne de bredele pour voir l'organisation.

Apportez une pièce d'identité. Dites-moi vite si c'est bon pour vous !

Julie Weber
Chargée de recrutement
Intérim Alimentaire Alsace - Agence de Strasbourg
8 quai Kléber, 67000 Strasbourg - 03 88 55 62 10
""",
    },
    # ================================================================== invitations, Spanish
    {
        "kind": INV, "name": "llevat_entrevista_obrador", "lang": "es",
        "key": "llevat-invite", "refs": ["llevat-ack"],
        "company": "Obrador Llevat", "contact": "laia@obradorllevat.example.es",
        "sender": ("Laia Puigdomènech", "laia@obradorllevat.example.es"),
        "sender_enc": ("utf-8", "B"),
        "subject": "Entrevista en Obrador Llevat",
        "date": "2026-06-22 18:02 +0200",
        "text": """Hola Tobias:

Gracias por tu candidatura para responsable de planificación. Nos encantaría conocerte en persona.

Te esperamos el martes 30 de junio a las 10:00 en el obrador (Carrer de Sant Joan de Malta 120). Pregunta por mí en la entrada. Hablaremos una hora más o menos y te enseñaremos el turno de mañana.

¿Me confirmas si te va bien?

Un saludo,
Laia Puigdomènech
Obrador Llevat · 08018 Barcelona · 93 555 12 80
""",
        "html": True,
    },
    {
        "kind": INV, "name": "vela_smartrecruiters_video_base64", "lang": "es",
        "key": "vela-video", "refs": ["vela-ack"],
        "company": "Supermercats Vela", "contact": "",
        "sender": ("Supermercats Vela", "noreply@smartrecruiters.com"),
        "subject": "Invitación a videoentrevista - Planificador/a de Producción Panadería",
        "date": "2026-08-20 08:15 +0000",
        "html": ats_card(
            "Supermercats Vela",
            "#0057a8",
            "<p>Hola Tobias,</p>"
            "<p>¡Enhorabuena! Has pasado a la siguiente fase del proceso para "
            "<b>Planificador/a de Producción Panadería</b> en nuestro obrador central de "
            "El Prat.</p>"
            "<p>Te invitamos a una videoentrevista de 30 minutos con el equipo de Operaciones. "
            "Elige el día y la hora que mejor te vengan entre el 25 y el 28 de agosto:</p>"
            + button("Reservar videoentrevista",
                     "https://empleo.supermercatsvela.example.es/entrevista/7740", "#0057a8")
            + "<p>Un saludo,<br>Equipo de Talento &middot; Supermercats Vela</p>",
            "Este mensaje se ha enviado a través de SmartRecruiters. No respondas a este correo.",
        ),
        "html_cte": "base64",
    },
    {
        "kind": INV, "name": "talentogastro_client_montjuic", "lang": "es",
        "key": "talento-montjuic-invite", "refs": ["<cv.talento.0904@example.de>"],
        "company": "Cervesera Montjuïc", "contact": "jordi.serra@talentogastro.example.es",
        "sender": ("Jordi Serra", "jordi.serra@talentogastro.example.es"),
        "subject": "RE: CV actualizado",
        "date": "2026-09-07 12:48 +0200",
        "text": reply(
            """Hola Tobias,

Gracias por el CV. Ya se lo he pasado a Cervesera Montjuïc y quieren conocerte: ¿te viene bien el jueves 10 a las 12:00 en la fábrica de Poble-sec (Carrer de la Creu dels Molers 19)? Te recibirá Marta Vidal, la directora de producción.

Dime algo hoy si puedes y lo cierro con ellos.

Saludos,
Jordi Serra
Consultor · Talento Gastro BCN · +34 93 555 70 15
""",
            "es", "vie, 4 sept 2026 a las 20:11", "Tobias Kranz-Mwangi", "tobias.km@example.de",
            _montjuic_cv),
    },
    # ================================================================== reschedules / cancellations
    {
        "kind": RES, "name": "brotwerk_moved_ics_sequence", "lang": "de",
        "key": "brotwerk-move", "refs": ["brotwerk-invite"],
        "company": "Brotwerk Isartal", "contact": "s.reithmeier@brotwerk-isartal.example.de",
        "sender": ("Sabine Reithmeier", "s.reithmeier@brotwerk-isartal.example.de"),
        "subject": "Aktualisiert: Vorstellungsgespräch am Freitag, 20.02., 14:00 Uhr",
        "date": "2026-02-17 08:33 +0100",
        "text": """Guten Morgen Herr Kranz-Mwangi,

ich muss unseren Termin leider verlegen: Herr Hainz ist am Donnerstagvormittag kurzfristig bei einem Kundenaudit gebunden.

Neuer Termin: Freitag, 20. Februar 2026, 14:00 Uhr, gleicher Ort (Werk Garching, Empfang Verwaltung). Die aktualisierte Kalendereinladung ist beigefügt – die alte wird dadurch ersetzt.

Ich hoffe, das passt Ihnen auch. Sonst rufen Sie mich gerne an.

Freundliche Grüße
Sabine Reithmeier
""" + _brotwerk_sig,
        "html": True,
        "ics": {"method": "REQUEST", "uid": "vg-2026-0219-kranz@brotwerk-isartal.example.de",
                 "seq": 1, "start": "20260220T140000", "end": "20260220T153000",
                 "summary": "Vorstellungsgespräch Produktionsplaner – Tobias Kranz-Mwangi",
                 "location": "Brotwerk Isartal, Werk Garching, Schleißheimer Straße 90",
                 "organizer": ("Sabine Reithmeier", "s.reithmeier@brotwerk-isartal.example.de")},
    },
    {
        "kind": RES, "name": "limmatkorn_cancel_interviewer_ill", "lang": "de",
        "key": "limmat-cancel", "refs": ["limmat-book"],
        "company": "Limmatkorn", "contact": "corinne.frei@limmatkorn.example.ch",
        "sender": ("Corinne Frei", "corinne.frei@limmatkorn.example.ch"),
        "subject": "Abgesagt: Gespräch Leiter Produktionsplanung, Mi 15.04.",
        "date": "2026-04-14 17:05 +0200",
        "text": """Grüezi Herr Kranz-Mwangi

Leider ist Herr Baumgartner kurzfristig erkrankt. Ich muss das Gespräch von morgen deshalb absagen; ein neuer Termin folgt.

Sobald er wieder im Haus ist, schlage ich Ihnen zwei, drei Alternativen vor. Wir bitten Sie um Verständnis.

Freundliche Grüsse
Corinne Frei
Assistentin der Geschäftsleitung
Limmatkorn Brotmanufaktur · Hardstrasse 219 · 8005 Zürich
""",
        "ics": {"method": "CANCEL", "uid": "tt-meeting-8d1c0a-20260415@limmatkorn.example.ch",
                 "seq": 1, "tz": "Europe/Zurich", "start": "20260415T100000", "end": "20260415T110000",
                 "summary": "Gespräch Leiter Produktionsplanung – Tobias Kranz-Mwangi",
                 "location": "Limmatkorn, Hardstrasse 219, Zürich",
                 "organizer": ("Corinne Frei", "corinne.frei@limmatkorn.example.ch")},
    },
    {
        "kind": RES, "name": "wgkv_assessment_moved", "lang": "de",
        "key": "wgkv-move", "refs": ["wgkv-ac"],
        "company": "Wiener Großküchen Verbund", "contact": "sandra.woeginger@wgkv.example.at",
        "sender": ("Sandra Wöginger", "sandra.woeginger@wgkv.example.at"),
        "sender_enc": ("iso-8859-1", "Q"),
        "subject": "Terminänderung Assessment-Center: neu am 23. Juni",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-06-08 15:50 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

danke für Ihre Bestätigung. Leider müssen wir das Assessment-Center um eine Woche verschieben, da am 16. Juni die behördliche Lebensmittelinspektion in der Zentralküche Favoriten stattfindet und die Betriebsleitung dabei sein muss.

Der neue Termin ist Dienstag, 23. Juni 2026, wieder von 08:30 bis ca. 15:00 Uhr, Seminarraum 2. Der Ablauf bleibt unverändert.

Bitte teilen Sie uns mit, ob Ihnen der neue Termin möglich ist.

Mit freundlichen Grüßen
Mag.a Sandra Wöginger
Personalentwicklung, Wiener Großküchen Verbund
""",
    },
    {
        "kind": RES, "name": "alpenhof_new_slot_after_apology", "lang": "de",
        "key": "alpenhof-move", "refs": ["alpenhof-screen", "alpenhof-missed",
                                  "<sorry.alpenhof.0319@example.de>"],
        "company": "Molkerei Alpenhof", "contact": "florian.aigner@alpenhof-molkerei.example.at",
        "sender": ("Florian Aigner", "florian.aigner@alpenhof-molkerei.example.at"),
        "subject": "AW: Telefoninterview heute – nicht erreicht",
        "date": "2026-03-20 08:15 +0100",
        "text": reply(
            """Guten Morgen Herr Kranz-Mwangi,

kein Problem, so etwas passiert – in einer Backstube hat man das Handy halt nicht in der Schürze.

Verlegen wir unser Telefonat auf Montag, 23. März, 9:00 Uhr. Ich rufe Sie wieder auf der +49 171 555 2846 an. Wenn Ihnen das nicht passt, sagen Sie mir einfach eine andere Zeit.

Schönes Wochenende
Florian Aigner
Recruiting | Molkerei Alpenhof eGen
""",
            "de", "19.03.2026 um 11:20", "Tobias Kranz-Mwangi", "tobias.km@example.de",
            _alpenhof_sorry),
    },
    {
        "kind": RES, "name": "wendelstein_cancelled_not_rejected", "lang": "de",
        "key": "wendel-cancel", "refs": ["wendel-invite"],
        "company": "Brauerei Wendelstein", "contact": "t.huber@brauerei-wendelstein.example.de",
        "sender": ("Huber, Theresa", "t.huber@brauerei-wendelstein.example.de"),
        "subject": "Abgesagt: Gespräch Produktionsplanung am 12.03.2026",
        "date": "2026-03-10 07:58 +0100",
        "text": _wendel_cancel_text,
        "html": word_html(mso(_wendel_cancel_text)),
        "ics": {"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000A1B2@wendelstein",
                 "seq": 1, "start": "20260312T130000", "end": "20260312T143000",
                 "summary": "Abgesagt: Vorstellungsgespräch Produktionsplanung (Kranz-Mwangi)",
                 "location": "Besprechungsraum Sudhaus, Rosenheimer Straße 5, Brannenburg",
                 "organizer": ("Huber, Theresa", "t.huber@brauerei-wendelstein.example.de")},
    },
    {
        "kind": RES, "name": "falkner_client_postpones", "lang": "de",
        "key": "falkner-move", "refs": ["falkner-invite"],
        "company": "Falkner Executive Search", "contact": "k.eder@falkner-search.example.de",
        "sender": ("Dr. Matthias Falkner", "m.falkner@falkner-search.example.de"),
        "reply_to": ("Katrin Eder (Assistenz Dr. Falkner)", "k.eder@falkner-search.example.de"),
        "subject": "Verschiebung: Termin mit meinem Mandanten",
        "date": "2026-03-02 12:06 +0100",
        "text": """Lieber Herr Kranz-Mwangi,

der Geschäftsführer meines Mandanten ist morgen kurzfristig verhindert – eine Lieferantenverhandlung, die er nicht verschieben kann. Er bedauert das sehr und möchte Sie unbedingt treffen.

Wir verlegen daher auf Freitag, 6. März, 15:00 Uhr, gleiche Adresse (Maximilianstraße 31, 3. OG). Bitte bestätigen Sie kurz an meine Assistentin, Frau Eder, die die Termine koordiniert.

Mit besten Grüßen
Matthias Falkner
""",
        "html": True,
    },
    {
        "kind": RES, "name": "schwabenteig_softgarden_changed_base64", "lang": "de",
        "key": "schwaben-move", "refs": ["schwaben-video"],
        "company": "Teigwaren Schwabenland", "contact": "",
        "sender": ("Teigwaren Schwabenland via softgarden", "noreply@softgarden.io"),
        "subject": "Ihr Termin wurde geändert: Video-Interview Schichtleiter Produktionsplanung",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-05-18 13:02 +0200",
        "cte": "base64",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

Ihr Termin für das Video-Interview wurde geändert.

Bisher: Donnerstag, 21.05.2026, 10:00 Uhr
Neu: Donnerstag, 28.05.2026, 10:00 Uhr

Den aktualisierten Termin können Sie hier bestätigen oder ablehnen:
https://bewerbung.schwabenteig.example.de/interview/confirm/5521-7

Dies ist eine automatisch versendete Nachricht.
Teigwaren Schwabenland
""",
        "html": True,
    },
    {
        "kind": RES, "name": "hafergold_trial_moved_machine_down", "lang": "de",
        "key": "hafergold-move", "refs": ["hafergold-trial"],
        "company": "Hafergold", "contact": "seraina.caflisch@hafergold.example.ch",
        "sender": ("Seraina Caflisch", "seraina.caflisch@hafergold.example.ch"),
        "subject": "Probetag: neues Datum",
        "date": "2026-09-11 11:47 +0200",
        "text": """Lieber Herr Kranz-Mwangi

Unsere Mischanlage hat sich gestern verabschiedet und der Techniker kommt erst nächste Woche – einen Probetag an einer stehenden Anlage möchten wir Ihnen nicht zumuten.

Können wir den Probetag um eine Woche auf Mittwoch, 23. September, verschieben? Zeiten und alles andere bleiben gleich. Die Bahn-Tickets buchen wir um, sobald Sie zusagen.

Herzliche Grüsse
Seraina Caflisch
""",
    },
    {
        "kind": RES, "name": "snackwise_ashby_rescheduled_ics", "lang": "en",
        "key": "snack-move", "refs": ["snack-invite"],
        "company": "Snackwise", "contact": "",
        "sender": ("Snackwise", "no-reply@ashbyhq.com"),
        "subject": "Updated: Operations Interview with Snackwise",
        "date": "2026-07-09 16:40 +0100",
        "html": _snack_move_html,
        "ics": {"method": "REQUEST", "uid": "ashby-int-op7731@snackwise.example.ie", "seq": 1,
                 "tz": "Europe/Dublin", "start": "20260714T150000", "end": "20260714T154500",
                 "summary": "Operations Interview - Tobias Kranz-Mwangi / Snackwise",
                 "location": "Google Meet",
                 "organizer": ("Ruth Okafor", "ruth.okafor@snackwise.example.ie")},
    },
    {
        "kind": RES, "name": "liffey_interviewer_sick_moved", "lang": "en",
        "key": "liffey-move", "refs": ["liffey-invite"],
        "company": "Liffey Bakehouse", "contact": "aoife.brennan@liffeybakehouse.example.ie",
        "sender": ("Aoife Brennan", "aoife.brennan@liffeybakehouse.example.ie"),
        "subject": "Re: Interview confirmation: Production Planning Lead - Liffey Bakehouse",
        "date": "2026-05-13 18:22 +0100",
        "text": """Hi Tobias,

Sorry for the late notice - Niamh has come down with a nasty flu and won't be in tomorrow.

Could we move your interview to Friday 15 May, same time (11:00)? The Teams link stays the same. If Friday doesn't suit, send me two or three times next week and I'll make it work.

Thanks for your flexibility,
Aoife

Aoife Brennan | People Partner | Liffey Bakehouse
""",
    },
    {
        "kind": RES, "name": "greenfield_cancel_will_rebook", "lang": "en",
        "key": "greenfield-cancel", "refs": ["greenfield-screen"],
        "company": "Greenfield Dairies", "contact": "ger.fitzpatrick@greenfielddairies.example.ie",
        "sender": ("Ger Fitzpatrick", "ger.fitzpatrick@greenfielddairies.example.ie"),
        "subject": "Canceled: Phone screen - Tobias Kranz-Mwangi",
        "date": "2026-04-08 17:30 +0100",
        "text": """Hi Tobias,

I need to cancel our call tomorrow, apologies. The hiring manager has asked to tweak the shift pattern in the job description before we continue with screens, and I'd rather talk to you with the final version in hand.

This isn't a no - you're still very much in the process. I'll be in touch early next week to rebook.

Ger
""",
        "ics": {"method": "CANCEL", "uid": "gd-screen-20260409-tkm@greenfielddairies.example.ie",
                 "seq": 1, "tz": "Europe/Dublin", "start": "20260409T110000", "end": "20260409T112000",
                 "summary": "Phone screen - Tobias Kranz-Mwangi",
                 "location": "Phone",
                 "organizer": ("Ger Fitzpatrick", "ger.fitzpatrick@greenfielddairies.example.ie")},
    },
    {
        "kind": RES, "name": "nordbake_updated_invitation_outlook", "lang": "en",
        "key": "nordbake-update", "refs": ["nordbake-panel"],
        "company": "NordBake Group", "contact": "lara.meier@nordbake.example.ch",
        "sender": ("Lara Meier", "lara.meier@nordbake.example.ch"),
        "subject": "Updated invitation: Panel interview - Senior Production Planner",
        "date": "2026-09-02 09:05 +0200",
        "text": """Dear Tobias,

A small change: Dr. Salvisberg is flying in from Ulm that morning, so the panel will now start at 10:00 instead of 09:00 on Wednesday, 9 September, and run until 12:00. Room and format stay as they are.

The calendar entry has been updated accordingly.

Best regards,
Lara Meier
Talent Acquisition Partner, NordBake Group
""" + outlook_block(
            "en", "Lara Meier <lara.meier@nordbake.example.ch>",
            "Wednesday, August 26, 2026 2:35 PM",
            "Tobias Kranz-Mwangi <tobias.km@example.de>",
            "Panel interview - Senior Production Planner - 9 September",
            """Dear Tobias,

I am pleased to invite you to a panel interview for the Senior Production Planner role on Wednesday, 9 September 2026, 09:00-11:00 (CEST), at Hardturmstrasse 161, room "Roggen".

Kindly accept the invitation to confirm.

Best regards,
Lara Meier"""),
        "html": word_html(mso("""Dear Tobias,

A small change: Dr. Salvisberg is flying in from Ulm that morning, so the panel will now start at 10:00 instead of 09:00 on Wednesday, 9 September, and run until 12:00. Room and format stay as they are.

The calendar entry has been updated accordingly.

Best regards,
Lara Meier
Talent Acquisition Partner, NordBake Group
""")),
        "ics": {"method": "REQUEST", "uid": "nb-panel-spp-20260909@nordbake.example.ch", "seq": 2,
                 "tz": "Europe/Zurich", "start": "20260909T100000", "end": "20260909T120000",
                 "summary": "Panel interview: Senior Production Planner (T. Kranz-Mwangi)",
                 "location": "NordBake Group, Hardturmstrasse 161, Zürich, room Roggen",
                 "organizer": ("Lara Meier", "lara.meier@nordbake.example.ch")},
    },
    {
        "kind": RES, "name": "kleber_essai_decale", "lang": "fr",
        "key": "kleber-move", "refs": ["kleber-essai"],
        "company": "Boulangeries Kléber", "contact": "sophie.muller@boulangeries-kleber.example.fr",
        "sender": ("Sophie Muller", "sophie.muller@boulangeries-kleber.example.fr"),
        "subject": "Report de votre journée d'essai au 25 juin",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-06-12 14:18 +0200",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Monsieur Kranz-Mwangi,

Je suis désolée de devoir modifier nos plans : un audit sanitaire de la DDPP a été fixé le jeudi 18 juin dans notre atelier de Hautepierre, et le chef d'atelier sera entièrement mobilisé.

Nous décalons donc votre journée d'essai d'une semaine, au jeudi 25 juin, mêmes horaires (5h00 - 13h00) et même adresse.

Pouvez-vous me dire si cette nouvelle date vous convient ?

Bien à vous,
Sophie Muller
Responsable ressources humaines - Boulangeries Kléber
""",
    },
    {
        "kind": RES, "name": "brasserie_ill_annule_reporte_cancel", "lang": "fr",
        "key": "ill-cancel", "refs": ["ill-invite"],
        "company": "Brasserie de l'Ill", "contact": "camille.stoffel@brasserie-ill.example.fr",
        "sender": ("Camille Stoffel", "camille.stoffel@brasserie-ill.example.fr"),
        "subject": "Annulé : Entretien planificateur de production (mercredi 8 juillet)",
        "date": "2026-07-06 16:55 +0200",
        "text": reply(
            """Bonjour Monsieur Kranz-Mwangi,

Je suis contrainte d'annuler notre rendez-vous de mercredi : M. Hertz doit se rendre en urgence sur notre site de Saverne.

Je vous propose de le reporter au mercredi 15 juillet, toujours à 10h00. Une nouvelle invitation suivra dès votre accord. Toutes mes excuses pour ce contretemps.

Cordialement,
Camille Stoffel
""",
            "fr", "mer. 1 juil. 2026 à 09:50", "Camille Stoffel",
            "camille.stoffel@brasserie-ill.example.fr", _ill_invite_text),
        "ics": {"method": "CANCEL", "uid": "entretien-20260708-tkm@brasserie-ill.example.fr",
                 "seq": 1, "tz": "Europe/Paris", "start": "20260708T100000", "end": "20260708T110000",
                 "summary": "Annulé : Entretien planificateur de production - T. Kranz-Mwangi",
                 "location": "Brasserie de l'Ill, 12 route de Bischwiller, Schiltigheim",
                 "organizer": ("Camille Stoffel", "camille.stoffel@brasserie-ill.example.fr")},
    },
    {
        "kind": RES, "name": "llevat_reprogramacion", "lang": "es",
        "key": "llevat-move", "refs": ["llevat-invite"],
        "company": "Obrador Llevat", "contact": "laia@obradorllevat.example.es",
        "sender": ("Laia Puigdomènech", "laia@obradorllevat.example.es"),
        "sender_enc": ("utf-8", "B"),
        "subject": "Re: Entrevista en Obrador Llevat",
        "date": "2026-06-26 13:31 +0200",
        "text": reply(
            """Hola Tobias:

Perdona el cambio, pero el martes 30 tenemos la inspección de Sanidad y no voy a poder atenderte como te mereces.

¿Te iría bien el martes 7 de julio a la misma hora, a las 10:00? El sitio es el mismo.

Gracias por la comprensión,
Laia
""",
            "es", "lun, 22 jun 2026 a las 18:02", "Laia Puigdomènech",
            "laia@obradorllevat.example.es", _llevat_first),
    },
    # ================================================================== missed interview notices
    {
        "kind": MIS, "name": "alpenhof_tried_calling_twice", "lang": "de",
        "key": "alpenhof-missed", "refs": ["alpenhof-screen"],
        "company": "Molkerei Alpenhof", "contact": "florian.aigner@alpenhof-molkerei.example.at",
        "sender": ("Florian Aigner", "florian.aigner@alpenhof-molkerei.example.at"),
        "subject": "Telefoninterview heute – nicht erreicht",
        "date": "2026-03-19 10:41 +0100",
        "text": """Hallo Herr Kranz-Mwangi,

ich habe heute wie vereinbart um 10:00 Uhr und noch einmal um 10:15 Uhr versucht, Sie unter +49 171 555 2846 anzurufen, bin aber beide Male nur auf der Mobilbox gelandet.

Ich hoffe, es ist nichts passiert. Melden Sie sich bitte kurz bei mir, dann schauen wir weiter.

Freundliche Grüße
Florian Aigner
Recruiting | Molkerei Alpenhof eGen
T +43 662 555 3127
""",
    },
    {
        "kind": MIS, "name": "personalwerk_client_waited_windows1252", "lang": "de",
        "key": "pw-missed", "refs": ["pw-invite"],
        "company": "Nordlicht Tiefkühl", "contact": "j.wiesinger@personalwerk.example.de",
        "sender": ("Jana Wiesinger | Personalwerk Bayern", "j.wiesinger@personalwerk.example.de"),
        "subject": "Termin Nordlicht heute 9:30 Uhr: wo sind Sie?",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-01-27 10:12 +0100",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Herr Kranz-Mwangi,

Herr Dietl von Nordlicht Tiefkühl hat mich eben angerufen: Er und Frau Ertl haben um 9:30 Uhr an der Pforte auf Sie gewartet, Sie sind aber nicht gekommen. Ich habe zweimal versucht, Sie auf dem Handy zu erreichen – ohne Erfolg.

Bitte rufen Sie mich so schnell wie möglich an (0821 555 4410), damit ich dem Kunden etwas sagen kann.

Jana Wiesinger
Personalwerk Bayern – Augsburg
""",
    },
    {
        "kind": MIS, "name": "lechfeld_expected_in_bakery", "lang": "de",
        "key": "lechfeld-missed", "refs": ["lechfeld-invite"],
        "company": "Backhaus Lechfeld", "contact": "georg@backhaus-lechfeld.example.de",
        "sender": ("Georg Wiedemann", "georg@backhaus-lechfeld.example.de"),
        "subject": "heute 9 Uhr",
        "date": "2026-08-18 09:52 +0200",
        "text": """Hallo Herr Kranz-Mwangi,

wir hatten Sie heute um 9 bei uns in der Backstube erwartet, haben aber umsonst gewartet. Hatten wir uns im Datum vertan?

Melden Sie sich, wenn Sie noch Interesse haben.

Gruß
G. Wiedemann
Backhaus Lechfeld
""",
    },
    {
        "kind": MIS, "name": "sgv_not_appeared_formal_latin1", "lang": "de",
        "key": "sgv-missed", "refs": ["sgv-invite"],
        "company": "Städtische Gemeinschaftsverpflegung München",
        "contact": "stefan.kagerer@sgv-muenchen.example.de",
        "sender": ("Stefan Kagerer", "stefan.kagerer@sgv-muenchen.example.de"),
        "subject": "Ihr Vorstellungsgespräch am 29.07.2026, Kennziffer SGV-26-072",
        "date": "2026-07-29 11:20 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

zu dem mit Ihnen vereinbarten Vorstellungsgespräch am heutigen Tag um 10:00 Uhr sind Sie leider nicht erschienen. Eine Absage lag uns nicht vor.

Sollten Sie weiterhin an der Stelle interessiert sein, bitten wir Sie, sich bis spätestens 05.08.2026 bei uns zu melden und die Gründe kurz darzulegen. Andernfalls gehen wir davon aus, dass Sie Ihre Bewerbung zurückziehen.

Mit freundlichen Grüßen
Stefan Kagerer
Personalservice
Städtische Gemeinschaftsverpflegung München
Heidemannstraße 170, 80939 München
""",
        "html": True, "html_charset": "iso-8859-1",
    },
    {
        "kind": MIS, "name": "untersberg_waited_on_teams", "lang": "de",
        "key": "untersberg-missed", "refs": ["untersberg-invite"],
        "company": "Brauhaus Untersberg", "contact": "andrea.pichler@untersberg-brau.example.at",
        "sender": ("Andrea Pichler", "andrea.pichler@untersberg-brau.example.at"),
        "subject": "Vorstellungsgespräch Produktionsplanung – nicht erreicht",
        "date": "2026-06-30 14:35 +0200",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

wir haben heute um 14:00 Uhr zu dritt in Teams auf Sie gewartet, Sie aber leider nicht erreicht. Bitte geben Sie uns kurz Bescheid, ob alles in Ordnung ist.

Freundliche Grüße
Andrea Pichler
Personalreferentin | Brauhaus Untersberg
""",
    },
    {
        "kind": MIS, "name": "liffey_waited_on_teams", "lang": "en",
        "key": "liffey-missed", "refs": ["liffey-invite", "liffey-move"],
        "company": "Liffey Bakehouse", "contact": "aoife.brennan@liffeybakehouse.example.ie",
        "sender": ("Aoife Brennan", "aoife.brennan@liffeybakehouse.example.ie"),
        "subject": "We missed you on Teams this morning",
        "date": "2026-05-15 11:26 +0100",
        "text": """Hi Tobias,

Niamh and I waited on Teams from 11:00 until about 11:20 but didn't see you join. I also tried the mobile number on your CV, with no answer.

I hope everything is OK. If something came up, just let me know and we can see what's possible.

Aoife
""",
        "html": True,
    },
    {
        "kind": MIS, "name": "crumbcollective_no_show_zoom", "lang": "en",
        "key": "crumb-missed", "refs": ["crumb-invite"],
        "company": "Crumb Collective", "contact": "max@crumbcollective.example.at",
        "sender": ("Max Leitner", "max@crumbcollective.example.at"),
        "subject": "Re: Call about the planner role?",
        "date": "2026-09-25 17:24 +0200",
        "text": """Hi Tobias,

Jelena and I are sitting in the Zoom room but haven't seen you pop in yet - is the link not working for you? We'll hang on until half past, otherwise let's sort out another time.

Max
""",
    },
    {
        "kind": MIS, "name": "interim_alsace_not_reachable", "lang": "fr",
        "key": "interim-missed",
        "company": "Choucrouterie Krutenau", "contact": "julie.weber@interim-alsace.example.fr",
        "sender": ("Julie Weber - Intérim Alimentaire Alsace", "julie.weber@interim-alsace.example.fr"),
        "subject": "Entretien téléphonique Choucrouterie Krutenau - vous n'étiez pas joignable",
        "date": "2026-09-09 09:48 +0200",
        "text": """Bonjour Tobias,

Le responsable de production de la Choucrouterie Krutenau vient de me rappeler : il a essayé de vous joindre deux fois à 9h00 pour l'entretien téléphonique prévu, sans succès (messagerie).

Pouvez-vous me dire ce qui s'est passé ? Je peux tenter de négocier un autre créneau avec lui, mais il faut que je le recontacte aujourd'hui.

Julie Weber
Intérim Alimentaire Alsace - 03 88 55 62 10
""",
    },
    {
        "kind": MIS, "name": "vosges_attendu_accueil", "lang": "fr",
        "key": "vosges-missed",
        "company": "Fromageries des Vosges", "contact": "helene.didier@fromageries-vosges.example.fr",
        "sender": ("Hélène Didier", "helene.didier@fromageries-vosges.example.fr"),
        "sender_enc": ("iso-8859-1", "Q"),
        "subject": "Votre entretien de ce matin à Gérardmer",
        "date": "2026-04-28 11:02 +0200",
        "text": """Monsieur Kranz-Mwangi,

Nous vous avons attendu ce matin à 9h30 à l'accueil du site de Gérardmer pour votre entretien avec M. Colin, directeur industriel, mais vous ne vous êtes pas présenté et nous n'avons reçu aucun message de votre part.

Si un empêchement vous a retenu, merci de nous en informer.

Cordialement,
Hélène Didier
Assistante RH - Fromageries des Vosges
15 route de Colmar, 88400 Gérardmer
03 29 55 60 44
""",
        "html": True,
    },
    {
        "kind": MIS, "name": "tibidabo_llamamos_dos_veces", "lang": "es",
        "key": "tibidabo-missed",
        "company": "Galletas Tibidabo", "contact": "m.ferrer@galletastibidabo.example.es",
        "sender": ("Montserrat Ferrer", "m.ferrer@galletastibidabo.example.es"),
        "subject": "Entrevista telefónica de hoy",
        "date": "2026-08-12 11:20 +0200",
        "text": """Hola Tobias:

Te hemos llamado dos veces a las 11:00 para la entrevista telefónica que teníamos programada, pero no has contestado y saltaba el buzón de voz.

Si ha sido un imprevisto, escríbeme y vemos si podemos encontrar otro momento esta semana.

Un saludo,
Montserrat Ferrer
Recursos Humanos · Galletas Tibidabo
+34 93 555 41 20
""",
    },
]

