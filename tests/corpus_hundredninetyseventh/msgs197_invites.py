"""Corpus 197: 26 interview invitations, 15 reschedules/cancellations, 10 missed-interview notices."""

from __future__ import annotations

from msgs197_common import (
    ats_card,
    button,
    mso,
    outlook,
    outlook_html,
    page,
    paras,
    reply,
    spec,
)
from msgs197_rejections import ISAR_CANCEL, WELS_INVITE, WELS_NOSHOW

# The candidate's own mails quoted below (they are sent as `other` in msgs197_other).
APPLICATION_DONAUWACHT = """Sehr geehrte Frau Pichler,

auf Ihrer Website habe ich die Ausschreibung "Sicherheitskoordinator/in Objektschutz Linz"
gefunden und bewerbe mich hiermit um diese Stelle.

Seit sechs Jahren arbeite ich als Sicherheitsmitarbeiter in Linz, zuletzt als stellvertretender
Schichtleiter im Objektschutz eines Einkaufszentrums. Ich erstelle die Dienstpläne für
zwölf Kolleginnen und Kollegen, koordiniere die Revierfahrten und bin Ansprechpartner für
Polizei und Feuerwehr bei Einsätzen. Nun möchte ich in eine koordinierende Rolle wechseln.

Lebenslauf und Zeugnisse finden Sie im Anhang. Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Kofi Ballesteros-Hartmann
Dinghoferstraße 41/7, 4020 Linz
+43 660 418 2273"""

ASK_DONAUWACHT = """Liebe Frau Pichler,

herzlichen Dank für die Einladung, ich freue mich sehr! Am Montag, 16.02., habe ich
allerdings noch Nachtdienst bis 6 Uhr früh und würde ungern übermüdet zu Ihnen kommen. Wäre
ein anderer Termin in der Woche möglich, gerne ab Mittwoch?

Beste Grüße
Kofi Ballesteros-Hartmann"""

INVITE_DONAUWACHT = """Sehr geehrter Herr Ballesteros-Hartmann,

vielen Dank für Ihre Bewerbung, die uns sehr angesprochen hat. Gerne möchten wir Sie
persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Montag, 16. Februar 2026, 10:00 Uhr
Donauwacht Sicherheitsdienste, Hafenstraße 19, 4020 Linz, 2. Stock

Am Gespräch nehmen neben mir unser Bereichsleiter Objektschutz, Herr Thomas Reisinger, teil.
Bitte bringen Sie einen Lichtbildausweis mit. Geben Sie mir bitte kurz Bescheid, ob der
Termin für Sie passt.

Freundliche Grüße

Eva Pichler
Personalentwicklung & Recruiting
Donauwacht Sicherheitsdienste GmbH
Hafenstraße 19 | 4020 Linz
T +43 732 21 09 44-15 | eva.pichler@donauwacht.example.at"""

I1_TEXT = reply(INVITE_DONAUWACHT, "de", "Mo., 2. Feb. 2026 um 20:14",
                "Kofi Ballesteros-Hartmann <kofi.bh@example.at>", APPLICATION_DONAUWACHT)

S1_TEXT = reply(
    """Lieber Herr Ballesteros-Hartmann,

kein Problem, das verstehen wir gut. Wir verschieben das Gespräch auf

Mittwoch, 18. Februar 2026, 13:30 Uhr

gleicher Ort, gleiche Runde. Herr Reisinger hat bereits zugesagt.

Liebe Grüße
Eva Pichler""",
    "de", "11.02.2026 um 07:50", "Kofi Ballesteros-Hartmann <kofi.bh@example.at>",
    ASK_DONAUWACHT,
)

I2_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

wir freuen uns, Sie zu einem Panelgespräch für die Position Koordinator Werkschutz (m/w/d)
einzuladen.

Termin: Donnerstag, 5. Februar 2026, 09:00 – 10:30 Uhr
Ort: Werkstor 3, Verwaltungsgebäude B, Besprechungsraum 2.14
Teilnehmende: Ing. Gerald Wimmer (Leiter Werkschutz), Markus Leitner (HR)

Im Anschluss ist ein kurzer Rundgang durch die Leitstelle geplant. Bitte melden Sie sich
15 Minuten vorher beim Portier am Werkstor 3, der Ihnen einen Besucherausweis ausstellt.
Sicherheitsschuhe sind für den Rundgang nicht nötig.

Bitte bestätigen Sie den Termin über die Kalendereinladung.

Mit freundlichen Grüßen

Markus Leitner
HR Business Partner Standort Linz
Stahlwerk Traunau GmbH | Werksstraße 12 | 4030 Linz
T +43 732 6610 2284"""

S2_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

Herr Ing. Wimmer ist am Vormittag des 5. Februar bei einem Behördenaudit gebunden. Wir haben
das Panelgespräch deshalb am selben Tag nach hinten verschoben:

neu: Donnerstag, 5. Februar 2026, 10:30 – 12:00 Uhr
Ort unverändert: Werkstor 3, Verwaltungsgebäude B, Besprechungsraum 2.14

Die aktualisierte Kalendereinladung ersetzt die bisherige. Danke für Ihr Verständnis!

Markus Leitner
HR Business Partner Standort Linz"""

TRAUNAU_ICS = {
    "uid": "040000008200E00074C5B7101A82E00800000000A0F3C2D11C8ADC01",
    "organizer": "Markus Leitner <markus.leitner@stahlwerk-traunau.example.at>",
    "attendees": ["Gerald Wimmer <gerald.wimmer@stahlwerk-traunau.example.at>"],
    "summary": "Panelgespräch Koordinator Werkschutz – Ballesteros-Hartmann",
    "location": "Werkstor 3, Verwaltungsgebäude B, Besprechungsraum 2.14",
    "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "filename": "invite.ics",
}

I3_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

wie telefonisch besprochen, laden wir Sie zu einem Probedienst in unserem Sicherheitsdienst
ein. So können Sie den Ablauf im Haus kennenlernen und wir Sie in der Praxis.

Datum: Dienstag, 17. März 2026
Zeit: 07:00 bis 15:00 Uhr
Treffpunkt: Portierloge beim Haupteingang, Hauptstraße 88
Ansprechperson vor Ort: Schichtleiter Herr Dominik Stadler

Bitte mitbringen: Lichtbildausweis, Strafregisterbescheinigung (nicht älter als 3 Monate),
bequemes schwarzes Schuhwerk. Dienstkleidung wird gestellt. Das Mittagessen in der Kantine
übernehmen wir.

Mit freundlichen Grüßen

Mag. Sabine Hochreiter
Personalmanagement
Klinikum Urfahr | Hauptstraße 88 | 4040 Linz
Tel. +43 732 7807 4410"""

M1_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

Herr Stadler hat mir eben mitgeteilt, dass Sie heute um 7:00 Uhr nicht zum vereinbarten
Probedienst erschienen sind. Wir haben zweimal versucht, Sie unter +43 660 418 2273 zu
erreichen, leider ohne Erfolg.

Wir hoffen, es ist nichts passiert. Bitte geben Sie uns kurz Bescheid.

Mit freundlichen Grüßen
Mag. Sabine Hochreiter
Personalmanagement, Klinikum Urfahr"""

I4_TEXT = """Grüezi Herr Ballesteros-Hartmann

Besten Dank für Ihre Bewerbung als Koordinator Sicherheit (80–100 %). Ihr Dossier hat uns
überzeugt und wir möchten Sie gerne kennenlernen.

Wir laden Sie ein zu einem Vorstellungsgespräch am

Dienstag, 19. Mai 2026, um 14.00 Uhr
Limmat Sicherheit AG, Hardstrasse 201, 8005 Zürich (Empfang 4. Stock)

Ihre Gesprächspartner sind Frau Corinne Keller, Leiterin Einsatz, und ich. Rechnen Sie mit
rund 75 Minuten. Die Reisekosten ab Linz übernehmen wir gegen Beleg (2. Klasse).

Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Freundliche Grüsse

Reto Brunner
HR Business Partner
Limmat Sicherheit AG
Hardstrasse 201 | 8005 Zürich | +41 44 555 71 30"""

S3_TEXT = """Grüezi Herr Ballesteros-Hartmann

Leider muss ich Ihnen mitteilen, dass Frau Keller kurzfristig erkrankt ist. Das Gespräch von
morgen, Dienstag 14.00 Uhr, können wir so nicht durchführen.

Mein Vorschlag: Freitag, 22. Mai 2026, 10.00 Uhr, am selben Ort. Falls Ihr Zug schon gebucht
ist, übernehmen wir selbstverständlich die Umbuchungskosten.

Passt Ihnen das?

Freundliche Grüsse
Reto Brunner
Limmat Sicherheit AG"""

I5_TEXT = """Hallo Kofi,

danke für deine Bewerbung, die hat mir die Kollegin aus dem Personal weitergeleitet.

Hast du nächsten Donnerstag (9.4.) um 16 Uhr Zeit, um kurz auf Teams zu plaudern? Ganz
locker, so eine halbe Stunde, ich erzähl dir, wie wir bei den Konzerten die Einlässe und
die Ordnerdienste aufstellen, und du erzählst mir von dir.

Link: https://teams.example.com/l/meetup-join/19%3ameeting_eventarena_0409

Passt das?

LG Jelena

--
Jelena Marković
Head of Security Operations
Eventarena Donaustadt | Wagramer Straße 301 | 1220 Wien"""

M2_TEXT = """Hallo Kofi,

ich war heute um 16 Uhr im Teams-Meeting und hab bis 16:20 gewartet, aber du bist nicht
reingekommen. Hat was mit dem Link nicht gepasst? Meld dich einfach kurz.

LG Jelena"""

I6_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

gute Nachrichten: Unser Kunde LogiPark Enns möchte Sie für die Stelle "Koordinator
Sicherheit & Zutritt" kennenlernen. Ich habe folgenden Termin für Sie vereinbart:

Montag, 23. Februar 2026, 10:00 Uhr
LogiPark Enns, Ennsfeldstraße 5, 4470 Enns (Verwaltungsgebäude, Empfang)
Gesprächspartner: Herr Mag. Dietmar Auer, Standortleiter

Bitte seien Sie zehn Minuten früher da. Ich rufe Sie morgen noch an, um das Gespräch mit
Ihnen vorzubereiten.

Freundliche Grüße
Nadine Gruber
Personalberaterin
Personalwerk Rauscher GmbH | Landstraße 47 | 4020 Linz | T +43 732 77 15 90-12"""

S5_TEXT = """Hallo Herr Ballesteros-Hartmann,

kurze Info: Herr Auer von LogiPark Enns hat sich gemeldet, er ist am Montag auf einer
Schulung. Der Termin wird verlegt auf

Mittwoch, 25. Februar 2026, 14:00 Uhr, gleiche Adresse.

Bitte geben Sie mir Bescheid, ob das für Sie passt, dann bestätige ich es dem Kunden.

Freundliche Grüße
Nadine Gruber
Personalwerk Rauscher"""

M3_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

wie vereinbart habe ich heute um 10:00 Uhr versucht, Sie für unser Kennenlern-Telefonat
anzurufen, zweimal im Abstand von fünf Minuten. Leider habe ich Sie nicht erreicht, auch
die Mobilbox war voll.

Ich möchte Sie gerne in unsere Kandidatenkartei aufnehmen, dafür brauche ich das Gespräch.
Rufen Sie mich doch zurück, ich bin heute bis 17 Uhr erreichbar.

Freundliche Grüße
Nadine Gruber
Personalberaterin
Personalwerk Rauscher GmbH | Landstraße 47 | 4020 Linz | T +43 732 77 15 90-12"""

I7_HTML = ats_card(
    "Innstadt Klinikum Passau",
    "#005b96",
    paras("""Sehr geehrter Herr Ballesteros-Hartmann,

vielen Dank für Ihre Bewerbung als Koordinator Sicherheitsdienst (m/w/d). Wir möchten Sie
gerne in einem Video-Interview (ca. 30 Minuten) näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus den vorgeschlagenen
Zeitfenstern zwischen dem 8. und 12. Juni aus:""")
    + button("Termin auswählen", "https://innstadtklinikum.recruitee.com/i/s/7f3a91c2", "#005b96")
    + paras("""Die Zugangsdaten zum Video-Interview erhalten Sie nach der Buchung automatisch.

Mit freundlichen Grüßen
Ihr Recruiting-Team des Innstadt Klinikums Passau"""),
    "Diese Nachricht wurde über Recruitee versendet. Antworten auf diese E-Mail werden nicht "
    "zugestellt.",
    "de",
)

I7_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

vielen Dank für Ihre Bewerbung als Koordinator Sicherheitsdienst (m/w/d). Wir möchten Sie
gerne in einem Video-Interview (ca. 30 Minuten) näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus den vorgeschlagenen
Zeitfenstern zwischen dem 8. und 12. Juni aus:

https://innstadtklinikum.recruitee.com/i/s/7f3a91c2

Die Zugangsdaten zum Video-Interview erhalten Sie nach der Buchung automatisch.

Mit freundlichen Grüßen
Ihr Recruiting-Team des Innstadt Klinikums Passau
"""

I9_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

im Auswahlverfahren zur Planstelle "Koordination Objektsicherheit" (GZ WLV-P/2026/0412)
haben Sie die erste Stufe erfolgreich abgeschlossen. Wir laden Sie daher zum
Assessment-Center ein:

Dienstag, 16. Juni 2026, 08:30 bis ca. 15:00 Uhr
Wiener Liegenschaftsverwaltung, Rathausstraße 9, 1010 Wien, 3. Stock, Saal B

Ablauf: Gruppenübung, Rollenspiel (Konfliktgespräch mit einem Mieter), Kurzpräsentation zu
einem Sicherheitskonzept für ein Amtsgebäude (Vorbereitungszeit vor Ort), Einzelinterview mit
der Kommission. Einzelheiten entnehmen Sie bitte der beigefügten Einladung.

Bitte bestätigen Sie Ihre Teilnahme bis 5. Juni 2026 und nehmen Sie einen amtlichen
Lichtbildausweis mit.

Mit freundlichen Grüßen

Dr. Karin Schweighofer
Abteilung Personal und Recht
Wiener Liegenschaftsverwaltung | Rathausstraße 9 | 1010 Wien
Tel. +43 1 4000 83 212"""

S6_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

aus organisatorischen Gründen (der Saal steht wegen eines Wasserschadens nicht zur Verfügung)
muss das Assessment-Center vom 16. Juni 2026 verschoben werden. Der neue Termin ist

Dienstag, 7. Juli 2026, 08:30 Uhr, Rathausstraße 9, 1010 Wien, Erdgeschoß, Festsaal.

Ihre Teilnahmebestätigung gilt weiter, sofern Sie uns nichts anderes mitteilen. Wir bitten
um Verständnis.

Mit freundlichen Grüßen
Dr. Karin Schweighofer
Abteilung Personal und Recht
Wiener Liegenschaftsverwaltung"""

I10_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

danke für Ihre Bewerbung als Koordinator Veranstaltungssicherheit. Gerne würde ich mich mit
Ihnen persönlich unterhalten, am liebsten direkt bei uns im Haus:

Mittwoch, 26. August 2026, 10:00 Uhr
Messezentrum Liefering, Verwaltung, Eingang Ost

Eine Kalendereinladung liegt bei. Parken können Sie auf P2, das Ticket entwerten wir.

Herzliche Grüße
Lisa Moosbrugger
Leitung Veranstaltungssicherheit
Messezentrum Liefering | Am Messezentrum 6 | 5020 Salzburg
+43 662 24 04-380"""

S4_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

leider muss ich unseren Termin am Mittwoch, 26. August, absagen. Der Aufbau für die
Herbstmesse wurde vorgezogen und ich bin die ganze Woche in den Hallen.

Das ist keine Absage an Sie! Ich schicke Ihnen morgen eine neue Einladung für die Woche ab
31. August.

Herzliche Grüße
Lisa Moosbrugger"""

LIEFERING_ICS = {
    "uid": "liefering-2026-08-26-ballesteros@messezentrum-liefering.example.at",
    "organizer": "Lisa Moosbrugger <lisa.moosbrugger@messezentrum-liefering.example.at>",
    "summary": "Vorstellungsgespräch Koordinator Veranstaltungssicherheit",
    "location": "Messezentrum Liefering, Verwaltung, Eingang Ost",
    "start": "2026-08-26T10:00:00+02:00", "end": "2026-08-26T11:00:00+02:00",
    "filename": "Vorstellungsgespraech.ics",
}

I11_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

vielen Dank für Ihre Bewerbung auf die Position Koordinator Werkschutz & Brandschutz (m/w/d).
Wir würden Sie gerne zu einem persönlichen Gespräch an unserem Standort einladen:

Donnerstag, 28. Mai 2026, 13:00 Uhr
Chemiepark Allach, Werkstor Nord, Otto-Warburg-Ring 4, 80999 München

Sie werden am Tor abgeholt. Vor dem Betreten des Geländes erhalten Sie eine kurze
Sicherheitsunterweisung; Schutzbrille und Helm stellen wir. Das Gespräch führen Herr
Dr. Obermaier (Standortleiter Sicherheit) und ich. Geplant sind 90 Minuten inklusive
Werksrundgang.

Mit freundlichen Grüßen
Julia Hartl
Recruiting & Employer Branding
Chemiepark Allach Betriebsgesellschaft mbH
Tel. +49 89 1200 471-33"""

S7_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

wir müssen das für morgen, 28. Mai, geplante Gespräch leider absagen. Nach einer
Betriebsstörung in der Nacht ist das Werksgelände bis auf Weiteres für Besucher gesperrt,
und Herr Dr. Obermaier ist in die Ereignisbewältigung eingebunden.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald sich die Lage beruhigt hat,
melde ich mich mit einem neuen Terminvorschlag bei Ihnen.

Mit freundlichen Grüßen
Julia Hartl
Chemiepark Allach Betriebsgesellschaft mbH"""

I12_TEXT = """Guten Tag Herr Ballesteros-Hartmann,

danke für Ihre Bewerbung als Objektleiter / Sicherheitskoordinator bei uns in Passau. Bevor
wir Sie zu einem Gespräch vor Ort einladen, würde ich gern ein kurzes Telefonat mit Ihnen
führen (ca. 20 Minuten).

Passt Ihnen Donnerstag, der 16. April, um 14:00 Uhr? Ich würde Sie dann unter der Nummer aus
Ihrem Lebenslauf anrufen (+43 660 418 2273).

Viele Grüße aus Passau
Thomas Weinzierl
Niederlassungsleiter
Dreiflüsse Objektschutz GmbH | Neuburger Straße 77 | 94036 Passau | 0851 / 966 40-0"""

M4_TEXT = """Guten Tag Herr Ballesteros-Hartmann,

ich habe heute um 14:00 Uhr wie vereinbart versucht, Sie anzurufen, und es um 14:10 Uhr noch
einmal probiert. Leider habe ich Sie nicht erreicht und Ihnen eine Nachricht auf der Mailbox
hinterlassen.

Melden Sie sich gern, wenn Sie weiterhin Interesse haben.

Viele Grüße
Thomas Weinzierl
Dreiflüsse Objektschutz GmbH"""

I13_TEXT = """Lieber Herr Ballesteros-Hartmann,

wie am Telefon angekündigt: Unser Mandant, ein Industrieunternehmen mit rund 900
Mitarbeitenden im Mühlviertel, möchte Sie für die Funktion "Sicherheitskoordinator Werk"
persönlich kennenlernen. Den Namen darf ich Ihnen erst nach Ihrer Zusage nennen.

Vorgeschlagener Termin: Donnerstag, 21. Mai 2026, 10:00 Uhr, direkt im Werk (die genaue
Adresse schicke ich nach Ihrer Bestätigung). Gesprächspartner sind der Werksleiter und die
Personalleiterin; ich bin ebenfalls dabei.

Bitte bestätigen Sie mir den Termin bis Freitag.

Herzliche Grüße
Stefanie Lackner
Senior Consultant

Brandner & Partner Personalberatung
Hauptplatz 3 | 4020 Linz | +43 732 90 88 41"""

I14_TEXT = """Hi Kofi,

Thanks for making time for us. Your interview for the Security Site Coordinator role in
Munich is confirmed:

Thursday, April 23, 2026
10:00 - 10:45 CEST
Google Meet: https://meet.example.com/isw-kofi-0423
Interviewers: Hannah Bergmann (Talent Acquisition), Florian Stadlmayr (Site Lead Munich)

A calendar invitation is attached. If you need to change the time, just reply to this email.

Best,
Hannah Bergmann
Talent Acquisition Partner, Isarwacht Security Services"""

ISAR_ICS = {
    "uid": "gh-interview-5523190-ballesteros@greenhouse.io",
    "organizer": "Hannah Bergmann <hannah.bergmann@isarwacht.example.de>",
    "attendees": ["Florian Stadlmayr <florian.stadlmayr@isarwacht.example.de>"],
    "summary": "Interview: Kofi Ballesteros-Hartmann – Security Site Coordinator",
    "location": "https://meet.example.com/isw-kofi-0423",
    "start": "2026-04-23T10:00:00+02:00", "end": "2026-04-23T10:45:00+02:00",
    "prodid": "-//Greenhouse//Interview Scheduler//EN",
}

I15_TEXT = """Hi Kofi,

Thanks again for applying to the Facility Security Coordinator position in Vienna. I'd love
to set up a first interview with Martina Holzer, our Head of Facilities Austria.

Please choose a time that works for you using the link below. The interview will take
about 45 minutes and will be held at our office at Wienerbergstraße 11, 1100 Wien.

Pick a time: https://hire.lever.co/interviews/schedule/northgate/4b1e0f62

Looking forward to meeting you,
Owen Fairley
Talent Partner, Northgate Facility Partners"""

S9_TEXT = """Hi Kofi,

Martina has a site inspection on Tuesday morning, so I've moved your interview. The updated
invitation is attached:

Was: Tuesday, 17 March 2026, 10:00 - 10:45
Now: Wednesday, 18 March 2026, 15:00 - 15:45
Where: Northgate Facility Partners, Wienerbergstraße 11, 1100 Wien, 6th floor

Please accept the updated invitation so it shows in your calendar.

Thanks,
Owen"""

I16_TEXT = """Hi Kofi,

Thanks for applying for the Facility Security Supervisor role with Danube Shield in
Budapest. I'd like to have a short phone screen with you to go through your experience and
your plans for relocating.

Would Tuesday, 9 June at 10:00 CET work? It takes about 20 minutes, and I'll call you on
+43 660 418 2273. If another time suits you better, let me know.

Kind regards,
Réka Szabó
Talent Acquisition Specialist
Danube Shield Facility Services Kft. | Váci út 33, 1134 Budapest | +36 30 555 1987"""

M6_TEXT = """Hi Kofi,

I tried calling you twice at 10:00 today for our phone screen, and once more at 10:15, but
couldn't reach you. I've left you a voicemail as well.

If you're still interested in the role, reply with two or three times that work for you this
week and I'll call again.

Best,
Réka"""

I17_TEXT = """Dear Kofi,

Congratulations: following your video interview, we would like to invite you to our
Assessment Day for the role of Security Shift Coordinator at Zurich Airport.

Date: Tuesday, 7 July 2026
Time: 08:00 - 16:00
Location: Glattal Airport Ground Services, Operations Centre, Office Park 3, 8058 Zurich-Airport

The day includes a screening simulation, a group exercise on an incident at the checkpoint,
a short written test, and a final interview in English and German. The programme is attached.

Please bring your passport: we need it to issue a temporary airside badge. Lunch is provided.

Kind regards,
Priya Menon
Talent Acquisition Lead
Glattal Airport Ground Services AG
+41 43 555 20 18"""

S11_TEXT = """Dear Kofi,

The badge office at the airport will be closed on 7 July for a system migration, so we have
moved the Assessment Day to

Thursday, 9 July 2026, 08:00 - 16:00, same location.

Everything else in the programme stays the same. Please confirm that the new date works for
you.

Kind regards,
Priya Menon
Glattal Airport Ground Services"""

I18_TEXT = """Hi Kofi,

Lisa from the Olympiapark ops team passed on your CV, nice background. We're building a small
security coordination team for our Munich venues and I'd like to get to know you.

Are you free Thursday to chat? Coffee near Olympiapark, say 4pm? If Thursday's bad, Friday
morning works too.

Cheers,
Tom

Tom Rafferty
Operations Director DACH | Keystone Venues
+49 151 555 40 91"""

I19_TEXT = """Dear Kofi,

Thank you for your application for Venue Safety Coordinator at Óbuda Arena. We would like to
invite you to a panel interview:

Wednesday, 1 July 2026, 10:00 - 11:30 (CEST)
Óbuda Arena, Pacsirtamező utca 41, 1036 Budapest, staff entrance (Gate C)

The panel will be Eszter Nagy (Operations Manager), Gábor Tóth (Fire Safety Officer) and me.
We will finish with a walk along the evacuation routes, so comfortable shoes are a good idea.

Please accept the calendar invitation to confirm.

Warm regards,
Dávid Kertész
Head of Venue Safety | Óbuda Arena
+36 30 555 2210"""

S10_TEXT = """Dear Kofi,

A small change: an event delivery has been moved to Wednesday morning, so we'll meet in the
afternoon instead.

New time: Wednesday, 1 July 2026, 14:00 - 15:30 (CEST), same place (Gate C).

The calendar entry has been updated. See you then!

Dávid"""

OBUDA_ICS = {
    "uid": "obuda-panel-ballesteros-20260701@obuda-arena.example.hu",
    "organizer": "Dávid Kertész <david.kertesz@obuda-arena.example.hu>",
    "attendees": ["Eszter Nagy <eszter.nagy@obuda-arena.example.hu>",
               "Gábor Tóth <gabor.toth@obuda-arena.example.hu>"],
    "summary": "Panel interview – Venue Safety Coordinator",
    "location": "Óbuda Arena, Gate C, Pacsirtamező utca 41, 1036 Budapest",
    "filename": "panel_interview.ics",
}

I20_TEXT = """Bonjour Monsieur Ballesteros-Hartmann,

Suite à votre candidature au poste de coordinateur sécurité de site, nous souhaiterions vous
rencontrer pour un entretien.

Je vous propose le vendredi 10 juillet 2026 à 9h30, dans nos locaux au 14 rue de la Villette,
69003 Lyon (3e étage). L'entretien durera environ une heure, avec M. Girard, directeur des
opérations.

Merci de me confirmer votre présence par retour de mail.

Bien cordialement,

Nathalie Perrin
Chargée de recrutement
Rhône Gardiennage SAS
04 72 00 31 58"""

S12_TEXT = """Bonjour Monsieur Ballesteros-Hartmann,

M. Girard étant retenu sur un site client vendredi, nous devons décaler votre entretien.
Nous vous proposons le jeudi 16 juillet 2026 à 9h00, à la même adresse.

Je vous prie de nous excuser pour ce changement et reste dans l'attente de votre
confirmation.

Bien cordialement,
Nathalie Perrin
Rhône Gardiennage"""

I21_TEXT = """Bonjour Kofi,

Merci pour votre candidature et pour notre échange téléphonique de mardi.

Comme convenu, je vous invite à une journée d'immersion le vendredi 19 juin 2026, de 8h à
18h : vous suivrez notre équipe sûreté pendant le montage et l'ouverture des portes du
concert du soir. Rendez-vous à 8h à l'accueil technique, 32 quai Perrache.

Prévoyez une tenue sombre et des chaussures de sécurité. Le repas est pris en charge.

À vendredi,
Julien Faure
Responsable exploitation
Halle Confluence Événements
06 12 48 90 77"""

I22_TEXT = """Bonjour Kofi,

Bonne nouvelle : Chimie Vallée du Rhône souhaite vous rencontrer pour la mission de chef de
poste sûreté (CDD de 6 mois, renouvelable).

Entretien le mardi 22 septembre 2026 à 14h00
Site de Feyzin – poste de garde Sud, chemin du Canal
Demandez M. Lefèvre, responsable sûreté du site

Pensez à votre pièce d'identité, l'accès au site est contrôlé. Je vous appelle lundi pour
préparer l'entretien ensemble.

Amandine Roux
Chargée de recrutement – Intérim Saône Sécurité
04 78 55 20 91"""

M8_TEXT = """Bonjour Kofi,

Nous avions rendez-vous par téléphone ce matin à 10h30 pour finaliser votre inscription. Je
vous ai appelé deux fois, à 10h30 et à 10h45, sans réussir à vous joindre, et je vous ai
laissé un message vocal.

Pouvez-vous me rappeler ou m'indiquer un autre créneau ?

Amandine Roux
Intérim Saône Sécurité
04 78 55 20 91"""

I23_TEXT = """Hola Kofi:

Gracias por enviarnos tu candidatura para el puesto de Coordinador de Seguridad en Barcelona.
Nos gustaría conocerte en persona.

Te proponemos una entrevista el jueves 13 de agosto de 2026 a las 11:00 en nuestras oficinas:
Carrer de Pallars 190, 08005 Barcelona (planta 2). Estarán Jordi Soler, director de
operaciones, y yo.

Por favor, confírmanos si te va bien. Trae el DNI o pasaporte y, si lo tienes, el título de
vigilante de seguridad.

Un saludo,
Marta Puig
Responsable de Personas
Vigilancia Litoral, S.L.
Tel. 93 555 18 70"""

S15_TEXT = """Hola Kofi:

Tenemos que cambiar la hora de la entrevista de mañana: Jordi tiene una reunión con un
cliente a primera hora. En lugar de las 11:00, ¿te iría bien a las 16:30 el mismo jueves
13 de agosto? El lugar no cambia.

Perdona las molestias.

Marta Puig
Vigilancia Litoral"""

I24_HTML = ats_card(
    "Hospital del Besòs",
    "#0f766e",
    paras("""Hola Kofi,

¡Gracias por tu interés en el puesto de Coordinador/a de Seguridad! Nos gustaría conocerte
en una entrevista por videollamada de 30 minutos con el equipo de Servicios Generales.

Elige el día y la hora que mejor te vayan:""")
    + button("Reservar entrevista", "https://hospitaldelbesos.teamtailor.com/meetings/8c2d", "#0f766e")
    + paras("""Si tienes cualquier duda, responde a este correo y te contestaremos.

Un saludo,
Jordi Ferrer
Selección · Hospital del Besòs"""),
    "Enviado con Teamtailor",
    "es",
)

I24_TEXT = """Hola Kofi,

¡Gracias por tu interés en el puesto de Coordinador/a de Seguridad! Nos gustaría conocerte
en una entrevista por videollamada de 30 minutos con el equipo de Servicios Generales.

Elige el día y la hora que mejor te vayan:
https://hospitaldelbesos.teamtailor.com/meetings/8c2d

Si tienes cualquier duda, responde a este correo y te contestaremos.

Un saludo,
Jordi Ferrer
Selección · Hospital del Besòs
"""

S14_TEXT = """Hola Kofi,

Tu entrevista con Hospital del Besòs ha sido reprogramada.

Nueva fecha: lunes, 11 de mayo de 2026
Hora: 12:00 - 12:30 (CEST)
Lugar: videollamada (el enlace no cambia)

Si la nueva hora no te va bien, puedes elegir otra aquí:
https://hospitaldelbesos.teamtailor.com/meetings/8c2d/reschedule

Hospital del Besòs
"""

I25_TEXT = """Buenos días, Kofi:

Gracias por tu interés en el puesto de Coordinador de Seguridad Portuaria. Te invito a una
entrevista presencial el lunes 28 de septiembre a las 10:00 en la terminal.

Dirección: Moll Prat, s/n, 08039 Barcelona. Preséntate en la recepción del edificio de
oficinas (acceso por la puerta 2); necesitarás el DNI o pasaporte para el control de acceso
de la zona portuaria.

Te adjunto la convocatoria en el calendario.

Saludos cordiales,
Sergi Vidal
Responsable de Protección (OPIP)
Terminal Marítima Llobregat
Tel. 93 555 40 12"""

M9_TEXT = """Hola Kofi:

Te estuvimos esperando en recepción a las 10:00 para la entrevista, y también te llamamos al
móvil, pero no conseguimos hablar contigo. ¿Ha pasado algo? Si sigues interesado, dime qué
días te vienen bien esta semana.

Un saludo,
Sergi Vidal
Terminal Marítima Llobregat"""

I26_TEXT = """Hola Kofi:

Soy Elena, de Talento Seguro. Gracias por darte de alta con nosotros. He leído tu CV y creo
que encajas en un par de procesos que llevamos para clientes en Barcelona.

¿Tienes 10 minutos el jueves para una llamada? ¿Te iría bien a las 12:00? Te llamo yo al
+43 660 418 2273, salvo que prefieras otro número.

Un abrazo,
Elena Casals
Consultora de Selección · Talento Seguro Consultores"""

M10_TEXT = """Hola de nuevo, Kofi:

Te he llamado hoy a las 12:00 como quedamos y otra vez a las 12:20, pero no hemos podido
localizarte. Te he dejado un mensaje en el buzón de voz.

Dime cuándo te va bien y lo intentamos de nuevo.

Elena"""

M5_TEXT = WELS_NOSHOW

BRIGHTWELL_TEAMS_INVITE = """Hi Kofi,

Thanks for your application. We'd like to invite you to a 45-minute interview on Microsoft
Teams with me and Clara Weiss, our Operations Manager for VIE-2:

Thursday, 6 August 2026, 11:00 CEST
Join: https://teams.example.com/l/meetup-join/19%3ameeting_brightwell_vie2

Please let me know if the time doesn't work.

Best regards,
Sanjay Kapoor
Recruiter EMEA | Brightwell Data Centres"""

M7_TEXT = """Hi Kofi,

We waited on Teams for about 15 minutes this morning for your 11:00 interview with me and
our Operations Manager, but you didn't join and we couldn't reach you by phone.

If something came up, let me know and we'll see whether we can find another slot.

Best regards,
Sanjay Kapoor
Recruiter EMEA | Brightwell Data Centres
+43 1 555 30 80"""


MESSAGES = [
    # ---- interview invitations -------------------------------------------------------------
    spec(
        key="donauwacht_invite_eva", kind="interview_invitation", lang="de",
        company="Donauwacht Sicherheitsdienste", contact="eva.pichler@donauwacht.example.at",
        frm="Eva Pichler <eva.pichler@donauwacht.example.at>",
        subject="Re: Bewerbung als Sicherheitskoordinator/in Objektschutz Linz",
        date="2026-02-10T09:35:00+01:00",
        refs=["kofi_application_donauwacht", "donauwacht_personio_ack"],
        text=I1_TEXT, html=page(paras(I1_TEXT), "de"),
    ),
    spec(
        key="traunau_panel_ics", kind="interview_invitation", lang="de",
        company="Stahlwerk Traunau", contact="markus.leitner@stahlwerk-traunau.example.at",
        frm="Leitner Markus <markus.leitner@stahlwerk-traunau.example.at>",
        subject="Einladung: Panelgespräch Koordinator Werkschutz – Do 05.02.2026 09:00",
        date="2026-01-26T10:12:00+01:00",
        refs=["traunau_workday_ack"],
        text=I2_TEXT, html=outlook_html(mso(I2_TEXT), "de"),
        ics=dict(TRAUNAU_ICS, start="2026-02-05T09:00:00+01:00", end="2026-02-05T10:30:00+01:00",
                 seq=0),
        ics_mode="both",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    spec(
        key="urfahr_probedienst_invite", kind="interview_invitation", lang="de",
        company="Klinikum Urfahr", contact="sabine.hochreiter@klinikum-urfahr.example.at",
        frm="Mag. Sabine Hochreiter <sabine.hochreiter@klinikum-urfahr.example.at>",
        subject="Einladung zum Probedienst am 17.03.2026",
        date="2026-03-09T13:30:00+01:00",
        text=I3_TEXT, cte="qp",
    ),
    spec(
        key="limmat_invite", kind="interview_invitation", lang="de",
        company="Limmat Sicherheit", contact="reto.brunner@limmat-sicherheit.example.ch",
        frm="Reto Brunner <reto.brunner@limmat-sicherheit.example.ch>",
        subject="Einladung zum Vorstellungsgespräch – Koordinator Sicherheit",
        date="2026-05-11T14:00:00+02:00",
        refs=["limmat_bamboohr_ack"],
        text=I4_TEXT, html=page(paras(I4_TEXT), "de"),
    ),
    spec(
        key="eventarena_kaffee_donnerstag", kind="interview_invitation", lang="de",
        company="Eventarena Donaustadt",
        contact="jelena.markovic@eventarena-donaustadt.example.at",
        frm="Jelena Marković <jelena.markovic@eventarena-donaustadt.example.at>",
        frm_enc=("utf-8", "Q"),
        subject="Deine Bewerbung – kurz plaudern?",
        date="2026-04-02T12:40:00+02:00",
        text=I5_TEXT, cte="8bit",
    ),
    spec(
        key="rauscher_client_interview_logipark", kind="interview_invitation", lang="de",
        company="LogiPark Enns", contact="nadine.gruber@personalwerk-rauscher.example.at",
        frm="Nadine Gruber <nadine.gruber@personalwerk-rauscher.example.at>",
        subject="Vorstellungsgespräch bei LogiPark Enns am 23.02.",
        date="2026-02-18T16:20:00+01:00",
        refs=["rauscher_registration"],
        text=I6_TEXT, charset="iso-8859-1", cte="qp",
    ),
    spec(
        key="innstadt_scheduling_link", kind="interview_invitation", lang="de",
        company="Innstadt Klinikum Passau",
        frm="Innstadt Klinikum Passau <innstadtklinikum@jobs.recruitee.com>",
        subject="Einladung zum Video-Interview – bitte Termin wählen",
        date="2026-06-02T08:15:00+02:00",
        refs=["innstadt_recruitee_ack"],
        text=I7_TEXT, html=I7_HTML,
    ),
    spec(
        key="wels_zoom_invite", kind="interview_invitation", lang="de",
        company="Sicherheitszentrale Wels", contact="p.ortner@sz-wels.example.at",
        frm="Patrick Ortner <p.ortner@sz-wels.example.at>",
        subject="Ihr Zoom-Gespräch am 19.03. – Sicherheitszentrale Wels",
        date="2026-03-16T11:20:00+01:00",
        text=WELS_INVITE, cte="8bit",
    ),
    spec(
        key="wlv_assessment_center", kind="interview_invitation", lang="de",
        company="Wiener Liegenschaftsverwaltung",
        contact="karin.schweighofer@wlv.example.at",
        frm="Dr. Karin Schweighofer <karin.schweighofer@wlv.example.at>",
        subject="GZ WLV-P/2026/0412 – Einladung zum Assessment-Center",
        date="2026-05-28T10:00:00+02:00",
        refs=["wlv_eingangsbestaetigung"],
        text=I9_TEXT,
        pdfs=[("Einladung_Assessment-Center.pdf", "Einladung zum Assessment-Center",
               ["GZ WLV-P/2026/0412 - Koordination Objektsicherheit",
                "Termin: Dienstag, 16. Juni 2026, 08:30 Uhr",
                "Ort: Rathausstraße 9, 1010 Wien, 3. Stock, Saal B",
                "08:30 Begrüßung und Gruppenübung", "10:30 Rollenspiel Konfliktgespräch",
                "12:30 Mittagspause", "13:15 Kurzpräsentation Sicherheitskonzept",
                "14:15 Einzelinterview mit der Kommission"])],
    ),
    spec(
        key="liefering_invite_ics", kind="interview_invitation", lang="de",
        company="Messezentrum Liefering",
        contact="lisa.moosbrugger@messezentrum-liefering.example.at",
        frm="Lisa Moosbrugger <lisa.moosbrugger@messezentrum-liefering.example.at>",
        subject="Einladung Vorstellungsgespräch 26.08. – Messezentrum Liefering",
        subj_enc=("utf-8", "B"),
        date="2026-08-17T10:30:00+02:00",
        refs=["ext:kofi_bewerbung_liefering"],
        text=I10_TEXT,
        ics=dict(LIEFERING_ICS, seq=0), ics_mode="attach",
    ),
    spec(
        key="allach_invite", kind="interview_invitation", lang="de",
        company="Chemiepark Allach", contact="julia.hartl@chemiepark-allach.example.de",
        frm='"Hartl, Julia" <julia.hartl@chemiepark-allach.example.de>',
        subject="Einladung zum Vorstellungsgespräch am 28.05.2026",
        date="2026-05-20T11:05:00+02:00",
        text=I11_TEXT, html=outlook_html(mso(I11_TEXT), "de"),
    ),
    spec(
        key="dreifluesse_phone_invite", kind="interview_invitation", lang="de",
        company="Dreiflüsse Objektschutz",
        contact="t.weinzierl@dreifluesse-objektschutz.example.de",
        frm="Thomas Weinzierl <t.weinzierl@dreifluesse-objektschutz.example.de>",
        subject="Telefonat zu Ihrer Bewerbung",
        date="2026-04-14T15:45:00+02:00",
        refs=["kofi_bewerbung_passau_cv", "dreifluesse_softgarden_ack"],
        text=I12_TEXT, cte="8bit",
    ),
    spec(
        key="brandner_client_interview", kind="interview_invitation", lang="de",
        company="Brandner & Partner Personalberatung",
        contact="s.lackner@brandner-partner.example.at",
        frm="Stefanie Lackner <s.lackner@brandner-partner.example.at>",
        subject="Gesprächstermin beim Mandanten – Sicherheitskoordinator Werk",
        date="2026-05-13T09:50:00+02:00",
        refs=["brandner_unterlagen_erhalten"],
        text=I13_TEXT, html=page(paras(I13_TEXT), "de"),
    ),
    spec(
        key="isarwacht_invite_via_greenhouse", kind="interview_invitation", lang="en",
        company="Isarwacht Security Services",
        contact="hannah.bergmann@isarwacht.example.de",
        frm="Hannah Bergmann via Greenhouse <no-reply@greenhouse-mail.io>",
        reply_to="Hannah Bergmann <hannah.bergmann@isarwacht.example.de>",
        subject="Interview confirmed: Security Site Coordinator – Isarwacht Security Services",
        date="2026-04-15T10:30:00+02:00",
        refs=["isarwacht_greenhouse_ack"],
        text=I14_TEXT, html=page(paras(I14_TEXT), "en"),
        ics=dict(ISAR_ICS, seq=0), ics_mode="alt",
    ),
    spec(
        key="northgate_lever_schedule", kind="interview_invitation", lang="en",
        company="Northgate Facility Partners", contact="owen.fairley@northgate-fp.example.com",
        frm="Owen Fairley <no-reply@hire.lever.co>",
        reply_to="Owen Fairley <owen.fairley@northgate-fp.example.com>",
        subject="Schedule your interview with Northgate Facility Partners",
        date="2026-03-11T14:20:00+00:00",
        refs=["northgate_lever_ack"],
        text=I15_TEXT, cte="8bit",
        html=ats_card("Northgate Facility Partners", "#1d3557",
                      paras(I15_TEXT.split("Pick a time:")[0])
                      + button("Pick a time",
                               "https://hire.lever.co/interviews/schedule/northgate/4b1e0f62")
                      + paras("Looking forward to meeting you,\nOwen Fairley\n"
                              "Talent Partner, Northgate Facility Partners"),
                      "Sent via Lever"),
    ),
    spec(
        key="danubeshield_phone_screen", kind="interview_invitation", lang="en",
        company="Danube Shield Facility Services", contact="reka.szabo@danubeshield.example.hu",
        frm="Réka Szabó <reka.szabo@danubeshield.example.hu>",
        frm_enc=("iso-8859-1", "Q"),
        subject="Phone screen - Facility Security Supervisor, Budapest",
        date="2026-06-05T11:00:00+02:00",
        refs=["danubeshield_workable_ack"],
        text=I16_TEXT, charset="iso-8859-1", cte="qp",
    ),
    spec(
        key="glattal_assessment_invite", kind="interview_invitation", lang="en",
        company="Glattal Airport Ground Services", contact="priya.menon@glattal-ags.example.ch",
        frm="Priya Menon <priya.menon@glattal-ags.example.ch>",
        subject="Invitation: Assessment Day – Security Shift Coordinator (7 July)",
        date="2026-06-24T16:00:00+02:00",
        refs=["glattal_smartrecruiters_ack"],
        text=I17_TEXT, html=page(paras(I17_TEXT), "en"),
        pdfs=[("Assessment_Day_Programme.pdf", "Assessment Day - Security Shift Coordinator",
               ["Tuesday, 7 July 2026, Operations Centre, Office Park 3",
                "08:00 Welcome, badge issue (bring your passport)",
                "08:45 Screening simulation", "10:30 Group exercise: checkpoint incident",
                "12:00 Lunch", "13:00 Written test", "14:00 Final interview (EN/DE)",
                "16:00 Close"])],
    ),
    spec(
        key="keystone_free_thursday", kind="interview_invitation", lang="en",
        company="Keystone Venues", contact="tom.rafferty@keystone-venues.example.de",
        frm="Tom Rafferty <tom.rafferty@keystone-venues.example.de>",
        subject="coffee on Thursday?",
        date="2026-09-08T18:05:00+02:00",
        text=I18_TEXT, cte="7bit",
    ),
    spec(
        key="obuda_panel_ics", kind="interview_invitation", lang="en",
        company="Óbuda Arena", contact="david.kertesz@obuda-arena.example.hu",
        frm="Dávid Kertész <david.kertesz@obuda-arena.example.hu>",
        frm_enc=("utf-8", "B"),
        subject="Invitation: Panel interview – Venue Safety Coordinator @ Wed 1 Jul 2026 10:00",
        date="2026-06-22T09:30:00+02:00",
        text=I19_TEXT, html=page(paras(I19_TEXT), "en"),
        ics=dict(OBUDA_ICS, start="2026-07-01T10:00:00+02:00", end="2026-07-01T11:30:00+02:00",
                 seq=0),
        ics_mode="both",
    ),
    spec(
        key="rhone_entretien", kind="interview_invitation", lang="fr",
        company="Rhône Gardiennage", contact="n.perrin@rhone-gardiennage.example.fr",
        frm="Nathalie Perrin <n.perrin@rhone-gardiennage.example.fr>",
        subject="Proposition d'entretien – Coordinateur sécurité de site",
        date="2026-07-06T10:15:00+02:00",
        refs=["rhone_cv_recu"],
        text=I20_TEXT, html=outlook_html(mso(I20_TEXT), "fr"),
    ),
    spec(
        key="confluence_journee_immersion", kind="interview_invitation", lang="fr",
        company="Halle Confluence Événements", contact="j.faure@halle-confluence.example.fr",
        frm="Julien Faure <j.faure@halle-confluence.example.fr>",
        subject="Journée d'immersion vendredi 19 juin",
        date="2026-06-12T11:45:00+02:00",
        text=I21_TEXT, charset="windows-1252", cte="8bit",
    ),
    spec(
        key="interim_saone_entretien_client", kind="interview_invitation", lang="fr",
        company="Chimie Vallée du Rhône", contact="a.roux@interim-saone.example.fr",
        frm="Amandine Roux <a.roux@interim-saone.example.fr>",
        subject="Entretien chez Chimie Vallée du Rhône – mardi 22/09 à 14h",
        subj_enc=("utf-8", "Q"),
        date="2026-09-14T10:00:00+02:00",
        refs=["interim_saone_inscription"],
        text=I22_TEXT,
    ),
    spec(
        key="vigilancia_entrevista", kind="interview_invitation", lang="es",
        company="Vigilancia Litoral", contact="marta.puig@vigilancialitoral.example.es",
        frm="Marta Puig <marta.puig@vigilancialitoral.example.es>",
        subject="Entrevista – Coordinador de Seguridad",
        date="2026-08-10T09:40:00+02:00",
        refs=["kofi_solicitud_vigilancia", "vigilancia_recruitee_ack"],
        text=I23_TEXT, html=page(paras(I23_TEXT), "es"),
    ),
    spec(
        key="besos_teamtailor_agenda", kind="interview_invitation", lang="es",
        company="Hospital del Besòs", contact="seleccion@hospitaldelbesos.example.es",
        frm="Jordi Ferrer - Hospital del Besòs <no-reply@teamtailor-mail.com>",
        reply_to="Selección Hospital del Besòs <seleccion@hospitaldelbesos.example.es>",
        reply_to_enc=("iso-8859-1", "Q"),
        subject="Reserva tu entrevista con Hospital del Besòs",
        date="2026-05-04T10:00:00+02:00",
        refs=["besos_teamtailor_ack"],
        text=I24_TEXT, html=I24_HTML,
    ),
    spec(
        key="llobregat_entrevista_ics", kind="interview_invitation", lang="es",
        company="Terminal Marítima Llobregat", contact="sergi.vidal@tm-llobregat.example.es",
        frm="Sergi Vidal <sergi.vidal@tm-llobregat.example.es>",
        subject="Convocatoria de entrevista – lunes 28/09 10:00",
        date="2026-09-21T12:00:00+02:00",
        text=I25_TEXT,
        ics={"uid": "tml-entrevista-0928-kbh@tm-llobregat.example.es",
                 "organizer": "Sergi Vidal <sergi.vidal@tm-llobregat.example.es>",
                 "summary": "Entrevista Coordinador de Seguridad Portuaria",
                 "location": "Terminal Marítima Llobregat, Moll Prat s/n, recepción (puerta 2)",
                 "start": "2026-09-28T10:00:00+02:00", "end": "2026-09-28T11:00:00+02:00",
                 "filename": "convocatoria.ics"},
        ics_mode="attach",
    ),
    spec(
        key="talento_llamada_jueves", kind="interview_invitation", lang="es",
        company="Talento Seguro Consultores", contact="elena.casals@talentoseguro.example.es",
        frm="Elena Casals <elena.casals@talentoseguro.example.es>",
        subject="¿Hablamos el jueves?",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-16T17:30:00+01:00",
        refs=["talento_alta_candidato"],
        text=I26_TEXT, cte="8bit",
    ),
    # ---- reschedules and cancellations -----------------------------------------------------
    spec(
        key="donauwacht_moved", kind="interview_reschedule_or_cancel", lang="de",
        company="Donauwacht Sicherheitsdienste", contact="eva.pichler@donauwacht.example.at",
        frm="Eva Pichler <eva.pichler@donauwacht.example.at>",
        subject="Re: Terminverschiebung Vorstellungsgespräch",
        date="2026-02-11T15:10:00+01:00",
        refs=["kofi_application_donauwacht", "donauwacht_invite_eva",
              "kofi_asks_donauwacht_move"],
        text=S1_TEXT, cte="8bit",
    ),
    spec(
        key="traunau_panel_update_seq1", kind="interview_reschedule_or_cancel", lang="de",
        company="Stahlwerk Traunau", contact="markus.leitner@stahlwerk-traunau.example.at",
        frm="Leitner Markus <markus.leitner@stahlwerk-traunau.example.at>",
        subject="Aktualisiert: Panelgespräch Koordinator Werkschutz – Do 05.02.2026 10:30",
        date="2026-01-28T08:05:00+01:00",
        refs=["traunau_workday_ack", "traunau_panel_ics"],
        text=S2_TEXT, html=outlook_html(mso(S2_TEXT), "de"),
        ics=dict(TRAUNAU_ICS, start="2026-02-05T10:30:00+01:00", end="2026-02-05T12:00:00+01:00",
                 seq=1),
        ics_mode="both",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    spec(
        key="limmat_interviewer_ill", kind="interview_reschedule_or_cancel", lang="de",
        company="Limmat Sicherheit", contact="reto.brunner@limmat-sicherheit.example.ch",
        frm="Reto Brunner <reto.brunner@limmat-sicherheit.example.ch>",
        subject="Verschiebung Ihres Gesprächs vom 19. Mai",
        date="2026-05-18T07:45:00+02:00",
        refs=["limmat_bamboohr_ack", "limmat_invite"],
        text=S3_TEXT, charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="liefering_cancel_ics", kind="interview_reschedule_or_cancel", lang="de",
        company="Messezentrum Liefering",
        contact="lisa.moosbrugger@messezentrum-liefering.example.at",
        frm="Lisa Moosbrugger <lisa.moosbrugger@messezentrum-liefering.example.at>",
        subject="Abgesagt: Vorstellungsgespräch 26.08. – neuer Termin folgt",
        date="2026-08-24T17:40:00+02:00",
        refs=["liefering_invite_ics"],
        text=S4_TEXT, cte="b64",
        ics=dict(LIEFERING_ICS, method="CANCEL", seq=1, filename="Absage.ics"),
        ics_mode="attach",
    ),
    spec(
        key="rauscher_logipark_moved", kind="interview_reschedule_or_cancel", lang="de",
        company="LogiPark Enns", contact="nadine.gruber@personalwerk-rauscher.example.at",
        frm="Nadine Gruber <nadine.gruber@personalwerk-rauscher.example.at>",
        subject="Neuer Termin LogiPark Enns: Mi 25.02. 14:00",
        date="2026-02-20T09:05:00+01:00",
        refs=["rauscher_registration", "rauscher_client_interview_logipark"],
        text=S5_TEXT, cte="qp",
    ),
    spec(
        key="wlv_ac_postponed", kind="interview_reschedule_or_cancel", lang="de",
        company="Wiener Liegenschaftsverwaltung",
        contact="karin.schweighofer@wlv.example.at",
        frm="Dr. Karin Schweighofer <karin.schweighofer@wlv.example.at>",
        subject="GZ WLV-P/2026/0412 – Verschiebung des Assessment-Centers auf 7. Juli",
        date="2026-06-09T14:30:00+02:00",
        refs=["wlv_eingangsbestaetigung", "wlv_assessment_center"],
        text=S6_TEXT, html=page(paras(S6_TEXT), "de"),
    ),
    spec(
        key="allach_cancel_no_reject", kind="interview_reschedule_or_cancel", lang="de",
        company="Chemiepark Allach", contact="julia.hartl@chemiepark-allach.example.de",
        frm='"Hartl, Julia" <julia.hartl@chemiepark-allach.example.de>',
        subject="Absage des Termins am 28.05. - Ihre Bewerbung läuft weiter",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-27T08:20:00+02:00",
        refs=["allach_invite"],
        text=S7_TEXT, html=outlook_html(mso(S7_TEXT), "de"),
    ),
    spec(
        key="isarwacht_cancel_ics", kind="interview_reschedule_or_cancel", lang="en",
        company="Isarwacht Security Services",
        contact="hannah.bergmann@isarwacht.example.de",
        frm="Hannah Bergmann <hannah.bergmann@isarwacht.example.de>",
        subject="Canceled: Interview: Kofi Ballesteros-Hartmann – Security Site Coordinator",
        date="2026-04-21T08:02:00+02:00",
        refs=["isarwacht_greenhouse_ack", "isarwacht_invite_via_greenhouse"],
        text=ISAR_CANCEL + "\n",
        ics=dict(ISAR_ICS, method="CANCEL", seq=1), ics_mode="alt",
    ),
    spec(
        key="northgate_calendar_update", kind="interview_reschedule_or_cancel", lang="en",
        company="Northgate Facility Partners", contact="owen.fairley@northgate-fp.example.com",
        frm="Owen Fairley <owen.fairley@northgate-fp.example.com>",
        subject="Updated invitation: Interview – Facility Security Coordinator @ Wed 18 Mar 2026 15:00",
        date="2026-03-13T09:00:00+01:00",
        refs=["northgate_lever_ack", "northgate_lever_schedule"],
        text=S9_TEXT, html=page(paras(S9_TEXT), "en"),
        ics={"uid": "lever-int-northgate-77f1c0@northgate-fp.example.com",
                 "organizer": "Owen Fairley <owen.fairley@northgate-fp.example.com>",
                 "attendees": ["Martina Holzer <martina.holzer@northgate-fp.example.com>"],
                 "summary": "Interview – Facility Security Coordinator (Kofi Ballesteros-Hartmann)",
                 "location": "Wienerbergstraße 11, 1100 Wien, 6th floor",
                 "start": "2026-03-18T15:00:00+01:00", "end": "2026-03-18T15:45:00+01:00",
                 "seq": 2, "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
        ics_mode="alt",
    ),
    spec(
        key="obuda_moved_afternoon", kind="interview_reschedule_or_cancel", lang="en",
        company="Óbuda Arena", contact="david.kertesz@obuda-arena.example.hu",
        frm="Dávid Kertész <david.kertesz@obuda-arena.example.hu>",
        frm_enc=("utf-8", "B"),
        subject="Updated: Panel interview – Venue Safety Coordinator @ Wed 1 Jul 2026 14:00",
        date="2026-06-25T14:50:00+02:00",
        refs=["obuda_panel_ics"],
        text=S10_TEXT,
        ics=dict(OBUDA_ICS, start="2026-07-01T14:00:00+02:00", end="2026-07-01T15:30:00+02:00",
                 seq=1),
        ics_mode="alt",
    ),
    spec(
        key="glattal_assessment_moved", kind="interview_reschedule_or_cancel", lang="en",
        company="Glattal Airport Ground Services", contact="priya.menon@glattal-ags.example.ch",
        frm="Priya Menon <priya.menon@glattal-ags.example.ch>",
        subject="Re: Invitation: Assessment Day – new date 9 July",
        date="2026-06-29T13:15:00+02:00",
        refs=["glattal_smartrecruiters_ack", "glattal_assessment_invite"],
        text=S11_TEXT, cte="7bit",
    ),
    spec(
        key="rhone_deplace", kind="interview_reschedule_or_cancel", lang="fr",
        company="Rhône Gardiennage", contact="n.perrin@rhone-gardiennage.example.fr",
        frm="Nathalie Perrin <n.perrin@rhone-gardiennage.example.fr>",
        subject="RE: Proposition d'entretien – nouvelle date",
        date="2026-07-08T17:30:00+02:00",
        refs=["rhone_cv_recu", "rhone_entretien"],
        text=outlook(S12_TEXT, "fr", "Nathalie Perrin <n.perrin@rhone-gardiennage.example.fr>",
                     "lundi 6 juillet 2026 10:15", "Kofi Ballesteros-Hartmann <kofi.bh@example.at>",
                     "Proposition d'entretien - Coordinateur sécurité de site",
                     I20_TEXT.replace("\u2013", "-")),
        charset="iso-8859-1", cte="qp",
    ),
    spec(
        key="monts_dor_recruteur_malade", kind="interview_reschedule_or_cancel", lang="fr",
        company="Clinique des Monts d'Or", contact="c.marchetti@monts-dor.example.fr",
        frm="Cécile Marchetti <c.marchetti@monts-dor.example.fr>",
        frm_enc=("iso-8859-1", "B"),
        subject="Entretien de demain annulé",
        subj_enc=("utf-8", "B"),
        date="2026-09-10T18:05:00+02:00",
        refs=["monts_dor_taleo_ack"],
        text="""Bonsoir Monsieur Ballesteros-Hartmann,

Je suis malheureusement souffrante et je dois annuler notre entretien téléphonique prévu
demain, vendredi 11 septembre, à 10h. Je suis désolée de vous prévenir si tard.

Votre candidature reste bien entendu à l'étude : je reviendrai vers vous dès mon retour,
normalement en début de semaine prochaine, pour fixer une nouvelle date.

Cordialement,
Cécile Marchetti
Responsable ressources humaines
Clinique des Monts d'Or – 7 chemin de la Vernique, 69450 Saint-Cyr-au-Mont-d'Or
""",
        html=None,
    ),
    spec(
        key="besos_reprogramada", kind="interview_reschedule_or_cancel", lang="es",
        company="Hospital del Besòs",
        frm="Hospital del Besòs <no-reply@teamtailor-mail.com>",
        subject="Tu entrevista ha sido reprogramada",
        date="2026-05-07T16:10:00+02:00",
        refs=["besos_teamtailor_agenda"],
        text=S14_TEXT,
        html=ats_card("Hospital del Besòs", "#0f766e", paras(S14_TEXT), "Enviado con Teamtailor",
                      "es"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="vigilancia_cambio_hora", kind="interview_reschedule_or_cancel", lang="es",
        company="Vigilancia Litoral", contact="marta.puig@vigilancialitoral.example.es",
        frm="Marta Puig <marta.puig@vigilancialitoral.example.es>",
        subject="Cambio de hora - entrevista jueves 13",
        subj_enc=("iso-8859-1", "B"),
        date="2026-08-12T18:20:00+02:00",
        refs=["kofi_solicitud_vigilancia", "vigilancia_entrevista"],
        text=S15_TEXT, charset="windows-1252", cte="qp",
    ),
    # ---- missed interview notices ----------------------------------------------------------
    spec(
        key="urfahr_probedienst_noshow", kind="missed_interview_notice", lang="de",
        company="Klinikum Urfahr", contact="sabine.hochreiter@klinikum-urfahr.example.at",
        frm="Mag. Sabine Hochreiter <sabine.hochreiter@klinikum-urfahr.example.at>",
        subject="Probedienst heute – wir haben Sie vermisst",
        date="2026-03-17T09:12:00+01:00",
        refs=["urfahr_probedienst_invite"],
        text=M1_TEXT, html=outlook_html(mso(M1_TEXT), "de"),
    ),
    spec(
        key="eventarena_teams_noshow", kind="missed_interview_notice", lang="de",
        company="Eventarena Donaustadt",
        contact="jelena.markovic@eventarena-donaustadt.example.at",
        frm="Jelena Marković <jelena.markovic@eventarena-donaustadt.example.at>",
        frm_enc=("utf-8", "Q"),
        subject="Re: Deine Bewerbung – kurz plaudern?",
        date="2026-04-09T16:25:00+02:00",
        refs=["eventarena_kaffee_donnerstag"],
        text=reply(M2_TEXT, "de", "Do., 2. Apr. 2026 um 12:40",
                   "Jelena Marković <jelena.markovic@eventarena-donaustadt.example.at>", I5_TEXT),
        cte="qp",
    ),
    spec(
        key="rauscher_phone_noshow", kind="missed_interview_notice", lang="de",
        company="Personalwerk Rauscher", contact="nadine.gruber@personalwerk-rauscher.example.at",
        frm="Nadine Gruber <nadine.gruber@personalwerk-rauscher.example.at>",
        subject="Unser Telefonat heute um 10:00",
        date="2026-01-15T10:24:00+01:00",
        refs=["rauscher_registration"],
        text=M3_TEXT, html=page(paras(M3_TEXT), "de"),
    ),
    spec(
        key="dreifluesse_phone_missed", kind="missed_interview_notice", lang="de",
        company="Dreiflüsse Objektschutz",
        contact="t.weinzierl@dreifluesse-objektschutz.example.de",
        frm="Thomas Weinzierl <t.weinzierl@dreifluesse-objektschutz.example.de>",
        subject="AW: Telefonat zu Ihrer Bewerbung",
        date="2026-04-16T14:25:00+02:00",
        refs=["dreifluesse_phone_invite"],
        text=reply(M4_TEXT, "de", "14.04.2026 15:45",
                   "Thomas Weinzierl <t.weinzierl@dreifluesse-objektschutz.example.de>",
                   I12_TEXT),
        charset="windows-1252", cte="qp",
    ),
    spec(
        key="wels_zoom_noshow", kind="missed_interview_notice", lang="de",
        company="Sicherheitszentrale Wels", contact="p.ortner@sz-wels.example.at",
        frm="Patrick Ortner <p.ortner@sz-wels.example.at>",
        subject="Re: Ihr Zoom-Gespräch am 19.03. – Sicherheitszentrale Wels",
        date="2026-03-19T09:52:00+01:00",
        refs=["wels_zoom_invite"],
        text=M5_TEXT, cte="8bit",
    ),
    spec(
        key="danubeshield_missed_call", kind="missed_interview_notice", lang="en",
        company="Danube Shield Facility Services", contact="reka.szabo@danubeshield.example.hu",
        frm="Réka Szabó <reka.szabo@danubeshield.example.hu>",
        frm_enc=("iso-8859-1", "Q"),
        subject="Re: Phone screen - Facility Security Supervisor, Budapest",
        date="2026-06-09T10:35:00+02:00",
        refs=["danubeshield_workable_ack", "danubeshield_phone_screen"],
        text=reply(M6_TEXT, "en", "Fri, 5 Jun 2026 at 11:00",
                   "Réka Szabó <reka.szabo@danubeshield.example.hu>", I16_TEXT),
        charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="brightwell_teams_noshow", kind="missed_interview_notice", lang="en",
        company="Brightwell Data Centres", contact="sanjay.kapoor@brightwell-dc.example.com",
        frm="Sanjay Kapoor <sanjay.kapoor@brightwell-dc.example.com>",
        subject="Today's interview - we missed you",
        date="2026-08-06T11:20:00+02:00",
        refs=["brightwell_icims_ack", "ext:brightwell_teams_invite"],
        text=outlook(M7_TEXT, "en", "Sanjay Kapoor <sanjay.kapoor@brightwell-dc.example.com>",
                     "Monday, August 3, 2026 2:14 PM",
                     "Kofi Ballesteros-Hartmann <kofi.bh@example.at>",
                     "Interview - Site Security Coordinator (VIE-2) - Thursday 11:00",
                     BRIGHTWELL_TEAMS_INVITE),
        html=outlook_html(mso(outlook(M7_TEXT, "en",
                                      "Sanjay Kapoor <sanjay.kapoor@brightwell-dc.example.com>",
                                      "Monday, August 3, 2026 2:14 PM",
                                      "Kofi Ballesteros-Hartmann <kofi.bh@example.at>",
                                      "Interview - Site Security Coordinator (VIE-2) - "
                                      "Thursday 11:00",
                                      BRIGHTWELL_TEAMS_INVITE)), "en"),
    ),
    spec(
        key="interim_saone_injoignable", kind="missed_interview_notice", lang="fr",
        company="Intérim Saône Sécurité", contact="a.roux@interim-saone.example.fr",
        frm="Amandine Roux <a.roux@interim-saone.example.fr>",
        subject="Notre rendez-vous téléphonique de ce matin",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-09-09T11:20:00+02:00",
        refs=["interim_saone_inscription"],
        text=M8_TEXT, charset="iso-8859-1", cte="qp",
    ),
    spec(
        key="llobregat_recepcion_noshow", kind="missed_interview_notice", lang="es",
        company="Terminal Marítima Llobregat", contact="sergi.vidal@tm-llobregat.example.es",
        frm="Sergi Vidal <sergi.vidal@tm-llobregat.example.es>",
        subject="RE: Convocatoria de entrevista – lunes 28/09 10:00",
        date="2026-09-28T10:50:00+02:00",
        refs=["llobregat_entrevista_ics"],
        text=M9_TEXT, html=page(paras(M9_TEXT), "es"),
    ),
    spec(
        key="talento_no_localizado", kind="missed_interview_notice", lang="es",
        company="Talento Seguro Consultores", contact="elena.casals@talentoseguro.example.es",
        frm="Elena Casals <elena.casals@talentoseguro.example.es>",
        subject="Re: ¿Hablamos el jueves?",
        subj_enc=("utf-8", "B"),
        date="2026-02-19T12:40:00+01:00",
        refs=["talento_alta_candidato", "talento_llamada_jueves"],
        text=reply(M10_TEXT, "es", "lun, 16 feb 2026 a las 17:30",
                   "Elena Casals <elena.casals@talentoseguro.example.es>", I26_TEXT),
    ),
]
