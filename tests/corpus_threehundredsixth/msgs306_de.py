"""German job mail for corpus 306: Vienna hotels (offer 2 from Hotel Donaublick), a thermal
resort and a Viennese staffing agency."""

from __future__ import annotations

from msgs306_common import msg, own

DONAU = "Hotel Donaublick"
LENA = "Lena Gruber <lena.gruber@donaublick.example.at>"
LENA_SIG = """Mag. Lena Gruber
Leitung Human Resources
Hotel Donaublick ****S
Handelskai 92, 1200 Wien
T +43 1 890 44 12"""
STEFAN = "Stefan Huber <s.huber@gastropersonal.example.at>"

MESSAGES = [
    # ------------------------------------------------------------------ Donaublick (offer 2)
    msg("donaublick_ack", "application_received", "de", "2026-03-03 10:14 +0100",
        "Hotel Donaublick <donaublick@personio.de>",
        "Ihre Bewerbung als Revenue Manager (m/w/d) ist bei uns eingegangen",
        """Liebe Frau Mwangi-Holt,

vielen Dank für Ihre Bewerbung als Revenue Manager (m/w/d) im Hotel Donaublick und das damit
verbundene Interesse an unserem Haus.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Sobald wir uns einen
Überblick verschafft haben, melden wir uns bei Ihnen. Bitte haben Sie Verständnis, dass dies
bis zu zwei Wochen dauern kann.

Mit freundlichen Grüßen
Ihr HR-Team vom Hotel Donaublick

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.""", DONAU,
        form="alt", layout="ats", brand="Hotel Donaublick", color="#005f73", sys=True),
    msg("donaublick_invite", "interview_invitation", "de", "2026-03-12 14:40 +0100", LENA,
        "Einladung zum Kennenlerngespräch (Video) - Revenue Manager",
        f"""Liebe Frau Mwangi-Holt,

Ihre Bewerbung hat uns sehr gefallen, und wir möchten Sie gerne näher kennenlernen. Wir laden
Sie herzlich zu einem ersten Gespräch per Videocall ein:

Termin: Donnerstag, 19. März 2026, 10:00 Uhr (Wiener Zeit, also 09:00 Uhr in Bristol)
Dauer: ca. 60 Minuten
Teilnehmende: Herr Markus Leitner (Direktor) und ich

Das Gespräch können wir gerne auf Englisch führen. Eine Kalendereinladung mit dem Link finden
Sie im Anhang. Bitte bestätigen Sie uns kurz den Termin.

Herzliche Grüße aus Wien
{LENA_SIG}""", DONAU, form="alt_ics", charset="iso-8859-1", cte="qp",
        subj_enc=("q", "iso-8859-1"),
        ics={"method": "REQUEST", "uid": "donaublick-rm-2026-07@donaublick.example.at",
             "seq": 0, "start": "2026-03-19 10:00", "minutes": 60,
             "summary": "Kennenlerngespräch Revenue Manager - G. Mwangi-Holt",
             "location": "Microsoft Teams", "tz": "Europe/Vienna"}),
    own("donaublick_confirm", "en", "2026-03-12 19:20 +0000", LENA,
        "Re: Einladung zum Kennenlerngespräch (Video) - Revenue Manager",
        """Dear Ms Gruber,

Vielen Dank for the invitation! I'm happy to confirm Thursday 19 March at 10:00 Vienna time.
I understand German well but would feel more confident doing the interview in English, as you
kindly offered.

Best regards,
Grace Mwangi-Holt""", parent="donaublick_invite", quote="plain"),
    msg("donaublick_moved", "interview_reschedule_or_cancel", "de", "2026-03-17 08:55 +0100",
        LENA, "Terminverschiebung: Kennenlerngespräch am 19.03.",
        f"""Liebe Frau Mwangi-Holt,

leider muss Herr Leitner am Donnerstag kurzfristig zu einer Eigentümersitzung nach Salzburg.
Wir würden unser Gespräch daher gerne auf Montag, 23. März, 11:00 Uhr (Wiener Zeit)
verschieben. Die aktualisierte Einladung liegt bei.

Passt Ihnen das? Falls nicht, schlagen Sie uns gerne einen anderen Termin vor.

Entschuldigen Sie die Umstände und herzliche Grüße
{LENA_SIG}""", DONAU, parent="donaublick_confirm", quote="plain", form="alt_ics",
        ics={"method": "REQUEST", "uid": "donaublick-rm-2026-07@donaublick.example.at",
             "seq": 1, "start": "2026-03-23 11:00", "minutes": 60,
             "summary": "Kennenlerngespräch Revenue Manager - G. Mwangi-Holt (neuer Termin)",
             "location": "Microsoft Teams", "tz": "Europe/Vienna"}),
    msg("donaublick_trialday", "interview_invitation", "de", "2026-03-26 16:30 +0100", LENA,
        "Zweite Runde: Schnuppertag im Hotel Donaublick",
        f"""Liebe Frau Mwangi-Holt,

herzlichen Dank für das angenehme Gespräch am Montag! Herr Leitner und ich würden Sie sehr
gerne zu einem Schnuppertag bei uns in Wien einladen.

Vorschlag: Mittwoch, 15. April 2026, ab 9:00 Uhr. Sie verbringen den Vormittag mit unserem
Revenue-Team (Forecast, Preisstrategie für das Sommer-Wochenende), am Nachmittag folgt ein
Abschlussgespräch mit der Geschäftsführung. Eine Übernachtung im Haus übernehmen wir
selbstverständlich, ebenso die Flugkosten.

Bitte geben Sie mir Bescheid, ob der Termin passt, dann buche ich alles für Sie.

Herzliche Grüße
{LENA_SIG}""", DONAU, charset="windows-1252", cte="8bit"),
    msg("donaublick_zusage", "offer", "de", "2026-04-20 17:05 +0200", LENA,
        "Unsere Zusage - Revenue Manager im Hotel Donaublick",
        f"""Liebe Frau Mwangi-Holt,

wie eben am Telefon besprochen, freuen wir uns sehr, Ihnen die Position als Revenue Manager
(m/w/d) in unserem Haus anzubieten!

Kurz zusammengefasst:
- Eintritt: nach Vereinbarung, idealerweise 1. Juni 2026
- Bruttogehalt: EUR 3.950,- monatlich (14 Gehälter), Einstufung laut KV Hotel- und
  Gastgewerbe mit Überzahlung
- 38-Stunden-Woche, Gleitzeit, 2 Homeoffice-Tage pro Monat
- Unterstützung bei Übersiedlung und Wohnungssuche

Das schriftliche Angebot schicken wir Ihnen bis Ende der Woche. Wir freuen uns auf Ihre
Rückmeldung!

Herzliche Grüße
{LENA_SIG}""", DONAU, form="alt"),
    msg("donaublick_angebot", "offer", "de", "2026-04-23 12:10 +0200", LENA,
        "Schriftliches Angebot - Revenue Manager (m/w/d)",
        f"""Liebe Frau Mwangi-Holt,

anbei erhalten Sie wie angekündigt unser schriftliches Angebot für die Position als Revenue
Manager. Wir bitten Sie, uns Ihre Entscheidung bis spätestens 4. Mai 2026 mitzuteilen.

Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung, auch telefonisch.

Herzliche Grüße
{LENA_SIG}

Hotel Donaublick Betriebs GmbH | FN 123456a | Handelsgericht Wien
Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, informieren
Sie bitte den Absender und löschen Sie diese Nachricht.""", DONAU, charset="iso-8859-1",
        cte="b64", subj_enc=("b", "iso-8859-1"),
        pdf=("Angebot_Revenue_Manager_Mwangi-Holt.pdf", "Hotel Donaublick - Angebot",
             ["Position: Revenue Manager (m/w/d)", "Eintritt: 1. Juni 2026",
              "Bruttogehalt: EUR 3.950,- x 14", "Frist: 4. Mai 2026",
              "Mag. Lena Gruber, Leitung Human Resources"])),
    own("donaublick_gegenfrage", "de", "2026-04-27 21:30 +0100", LENA,
        "AW: Schriftliches Angebot - Revenue Manager (m/w/d)",
        """Liebe Frau Gruber,

vielen Dank für das Angebot, über das ich mich sehr freue. Ich möchte offen sein: Ich habe
parallel ein Angebot aus London und der Umzug nach Wien wäre für mich mit hohen Kosten
verbunden. Wäre beim Gehalt oder bei einer Umzugspauschale noch etwas Spielraum?

Entschuldigen Sie mein nicht ganz perfektes Deutsch!

Herzliche Grüße
Grace Mwangi-Holt""", parent="donaublick_angebot", quote="outlook", charset="iso-8859-1"),
    msg("donaublick_angepasst", "offer", "de", "2026-04-29 10:45 +0200", LENA,
        "AW: Schriftliches Angebot - Revenue Manager (m/w/d)",
        """Liebe Frau Mwangi-Holt,

danke für Ihre offenen Worte. Wir haben intern gesprochen und können Ihnen ein angepasstes
Angebot machen: EUR 4.150,- brutto monatlich sowie eine einmalige Übersiedlungspauschale von
EUR 2.500,-. Alle anderen Punkte bleiben unverändert. Die Frist verlängern wir gerne bis
8. Mai.

Herzliche Grüße
Lena Gruber""", DONAU, parent="donaublick_gegenfrage", quote="plain"),
    msg("donaublick_vertrag", "offer", "de", "2026-05-05 09:20 +0200",
        "Personalabteilung Hotel Donaublick <hr@donaublick.example.at>",
        "Dienstvertrag zur Unterschrift",
        """Sehr geehrte Frau Mwangi-Holt,

im Auftrag von Frau Mag. Gruber übermitteln wir Ihnen Ihren Dienstvertrag als Revenue Manager
in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines
per Post oder als Scan an diese Adresse zurück.

Mit freundlichen Grüßen
Sabine Koller
Personalverrechnung
Hotel Donaublick, Handelskai 92, 1200 Wien""", DONAU,
        pdf=("Dienstvertrag_Mwangi-Holt.pdf", "Dienstvertrag",
             ["Dienstgeber: Hotel Donaublick", "Dienstnehmerin: Grace Mwangi-Holt",
              "Verwendung: Revenue Manager", "Beginn: 1. Juni 2026",
              "Unterschrift: ____________________"])),
    msg("donaublick_erinnerung", "offer", "de", "2026-05-07 15:15 +0200", LENA,
        "Unser Angebot - Frist morgen",
        """Liebe Frau Mwangi-Holt,

nur eine kurze, freundliche Erinnerung: Unser Angebot für die Stelle als Revenue Manager gilt
noch bis morgen, 8. Mai. Wir würden uns sehr freuen, Sie in Wien begrüßen zu dürfen - melden
Sie sich gerne auch telefonisch, falls noch etwas offen ist.

Herzliche Grüße
Lena Gruber""", DONAU, name_enc=None),
    own("donaublick_decline", "en", "2026-05-08 11:02 +0100", LENA,
        "Re: Unser Angebot - Frist morgen",
        """Dear Ms Gruber,

Thank you so much for your patience and for the improved offer. This has been a very hard
decision, but I have decided to accept a position in London, which lets me stay closer to my
family for now. I am very grateful to you and Mr Leitner, and I hope our paths cross again.

With warm regards,
Grace Mwangi-Holt""", parent="donaublick_erinnerung", quote="plain"),
    msg("donaublick_ooo", "other", "de", "2026-05-08 11:03 +0200", LENA,
        "Abwesenheitsnotiz: Re: Unser Angebot - Frist morgen",
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11. Mai nicht im Büro und
habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
hr@donaublick.example.at.

Thank you for your message. I am out of the office until 11 May.

Lena Gruber""", headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),

    # ------------------------------------------------------------------ Alpenrose (softgarden)
    msg("alpenrose_ack", "application_received", "de", "2026-02-10 09:01 +0100",
        "Alpenrose Hotelgruppe <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung - Junior Revenue Analyst (w/m/d)",
        """Sehr geehrte Frau Mwangi-Holt,

herzlichen Dank für Ihre Online-Bewerbung als Junior Revenue Analyst (w/m/d) bei der
Alpenrose Hotelgruppe. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung und melden uns schnellstmöglich bei Ihnen. Den aktuellen Stand
können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Recruiting-Team der Alpenrose Hotelgruppe""", "Alpenrose Hotelgruppe", form="html",
        layout="ats", brand="Alpenrose Hotelgruppe", color="#bc4749"),
    msg("alpenrose_invite", "interview_invitation", "de", "2026-02-24 13:25 +0100",
        "Jürgen Pichler über softgarden <noreply@softgarden.io>",
        "Einladung zum Telefoninterview",
        """Sehr geehrte Frau Mwangi-Holt,

vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie zu einem telefonischen Erstgespräch
einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus:

https://alpenrose.softgarden.io/termin/8c1e0f

Das Gespräch dauert etwa 30 Minuten. Wir rufen Sie unter der angegebenen Nummer an.

Mit freundlichen Grüßen
Jürgen Pichler
Talent Acquisition, Alpenrose Hotelgruppe
Mariahilfer Straße 120, 1070 Wien""", "Alpenrose Hotelgruppe",
        reply_to="Jürgen Pichler <juergen.pichler@alpenrose.example.at>",
        name_enc=("q", "iso-8859-1")),
    msg("alpenrose_missed", "missed_interview_notice", "de", "2026-03-04 11:48 +0100",
        "Jürgen Pichler <juergen.pichler@alpenrose.example.at>",
        "Unser Telefontermin heute um 11:00 Uhr",
        """Sehr geehrte Frau Mwangi-Holt,

ich habe Sie heute um 11:00 Uhr wie vereinbart angerufen, Sie aber leider zweimal nicht
erreicht. Auch eine Nachricht auf Ihrer Mailbox habe ich hinterlassen.

Falls Sie weiterhin Interesse haben, buchen Sie bitte über den bekannten Link einen neuen
Termin.

Mit freundlichen Grüßen
Jürgen Pichler""", "Alpenrose Hotelgruppe", charset="iso-8859-1", cte="8bit",
        name_enc=("b", "utf-8")),
    msg("alpenrose_absage", "rejection", "de", "2026-03-20 10:30 +0100",
        "Alpenrose Hotelgruppe <noreply@softgarden.io>",
        "Ihre Bewerbung bei der Alpenrose Hotelgruppe",
        """Sehr geehrte Frau Mwangi-Holt,

nochmals vielen Dank für Ihr Interesse an der Position Junior Revenue Analyst (w/m/d) und das
Telefongespräch mit Herrn Pichler.

Nach reiflicher Überlegung müssen wir Ihnen leider mitteilen, dass wir uns für andere
Kandidatinnen und Kandidaten entschieden haben, deren Profil noch besser zu unseren
Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Alpenrose Hotelgruppe""", "Alpenrose Hotelgruppe", form="alt",
        layout="ats", brand="Alpenrose Hotelgruppe", color="#bc4749"),

    # ------------------------------------------------------------------ Ringstraßen Hotels
    msg("ringstrasse_ack", "application_received", "de", "2026-04-06 18:44 +0200",
        "Bewerbermanagement Ringstraßen Hotels <karriere@ringhotels.example.at>",
        "Bestätigung: Bewerbung Revenue & Distribution Specialist",
        """Sehr geehrte Frau Mwangi-Holt,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Revenue & Distribution Specialist.
Aufgrund der Vielzahl an Bewerbungen bitten wir um Verständnis, dass wir nicht jede Bewerbung
einzeln beantworten können. Wir melden uns, sobald die Vorauswahl abgeschlossen ist.

Freundliche Grüße
Bewerbermanagement
Ringstraßen Hotels, Schubertring 5, 1010 Wien""", "Ringstraßen Hotels",
        charset="windows-1252", cte="qp", name_enc=("q", "windows-1252"),
        subj_enc=None),
    msg("ringstrasse_absage", "rejection", "de", "2026-05-11 08:05 +0200",
        "Bewerbermanagement Ringstraßen Hotels <karriere@ringhotels.example.at>",
        "Ihre Bewerbung - Revenue & Distribution Specialist",
        """Sehr geehrte Frau Mwangi-Holt,

wir danken Ihnen für Ihre Bewerbung und Ihr Interesse an den Ringstraßen Hotels.

Leider müssen wir Ihnen mitteilen, dass die Stelle zwischenzeitlich intern nachbesetzt wurde.
Wir können Ihre Bewerbung daher nicht weiter berücksichtigen und senden Ihnen Ihre
Unterlagen hiermit digital zurück bzw. löschen sie gemäß DSGVO nach sechs Monaten.

Freundliche Grüße
Bewerbermanagement Ringstraßen Hotels""", "Ringstraßen Hotels", charset="iso-8859-1",
        cte="qp", subj_enc=("q", "iso-8859-1")),

    # ------------------------------------------------------------------ Parkhotel Stadtpark
    msg("parkhotel_ack", "application_received", "de", "2026-06-01 12:12 +0200",
        "Parkhotel Stadtpark <parkhotel-stadtpark@recruitee.com>",
        "Danke für Ihre Bewerbung!",
        """Hallo Grace,

danke für Ihre Bewerbung als Assistant Revenue Manager (m/w/d) im Parkhotel Stadtpark! Wir
haben Ihre Unterlagen erhalten und melden uns innerhalb der nächsten 14 Tage.

Beste Grüße
Team Parkhotel Stadtpark""", "Parkhotel Stadtpark", form="alt", layout="ats",
        brand="Parkhotel Stadtpark", color="#52796f"),
    msg("parkhotel_invite", "interview_invitation", "de", "2026-06-10 11:30 +0200",
        "Verena Stadler <v.stadler@parkhotel-stadtpark.example.at>",
        "Einladung: Vorstellungsgespräch Assistant Revenue Manager",
        """Liebe Frau Mwangi-Holt,

wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch per
Zoom ein: Dienstag, 16. Juni 2026, 15:00 Uhr. Die Einladung mit Link kommt separat.

Liebe Grüße
Verena Stadler
Front Office & Revenue, Parkhotel Stadtpark
Am Heumarkt 3, 1030 Wien""", "Parkhotel Stadtpark"),
    msg("parkhotel_abgesagt", "interview_reschedule_or_cancel", "de", "2026-06-15 17:50 +0200",
        "Verena Stadler <v.stadler@parkhotel-stadtpark.example.at>",
        "Abgesagt: Vorstellungsgespräch Assistant Revenue Manager",
        """Liebe Frau Mwangi-Holt,

leider muss ich unser Gespräch morgen absagen, da unser Direktor krankheitsbedingt ausfällt.
Ich melde mich so bald wie möglich mit einem neuen Terminvorschlag bei Ihnen.

Liebe Grüße
Verena Stadler""", "Parkhotel Stadtpark", form="alt_ics",
        ics={"method": "CANCEL", "uid": "zoom-pst-arm-0616@parkhotel-stadtpark.example.at",
             "seq": 2, "start": "2026-06-16 15:00", "minutes": 45,
             "summary": "Vorstellungsgespräch Assistant Revenue Manager",
             "location": "Zoom", "tz": "Europe/Vienna"}),
    msg("parkhotel_absage", "rejection", "de", "2026-07-01 09:40 +0200",
        "Verena Stadler <v.stadler@parkhotel-stadtpark.example.at>",
        "Re: Abgesagt: Vorstellungsgespräch Assistant Revenue Manager",
        """Liebe Frau Mwangi-Holt,

leider habe ich keine guten Nachrichten: Nach der Rückkehr unseres Direktors wurde
entschieden, die Stelle vorerst nicht zu besetzen. Wir werden das Auswahlverfahren daher
nicht fortsetzen und auch keinen neuen Gesprächstermin vereinbaren.

Es tut mir sehr leid, dass es nach dem abgesagten Termin nun so endet. Alles Gute für Sie!

Liebe Grüße
Verena Stadler""", "Parkhotel Stadtpark", parent="parkhotel_abgesagt", quote="plain",
        charset="iso-8859-1"),

    # ------------------------------------------------------------------ Thermenresort Lindental
    msg("lindental_absage", "rejection", "de", "2026-02-17 16:20 +0100",
        "Thermenresort Lindental | Personal <personal@lindental.example.at>",
        "Absage: Ihre Bewerbung als Reservierungsleitung",
        """Sehr geehrte Frau Mwangi-Holt,

vielen Dank für Ihre Bewerbung als Reservierungsleitung mit Revenue-Verantwortung.

Wir haben uns die Entscheidung nicht leicht gemacht, müssen Ihnen aber leider mitteilen, dass
wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Gesucht wird für diese
Position jemand mit sehr guten Deutschkenntnissen auf Muttersprachniveau.

Mit freundlichen Grüßen
Claudia Weninger
Personalentwicklung
Thermenresort Lindental, Kurpromenade 1, 7431 Bad Tatzmannsdorf""",
        "Thermenresort Lindental", form="html"),

    # ------------------------------------------------------------------ GastroPersonal Partner
    msg("gastro_schoenbrunn_invite", "interview_invitation", "de", "2026-05-18 10:10 +0200",
        STEFAN, "Vorstellungsgespräch Hotel Schönbrunner Hof - Revenue Analyst",
        """Hallo Frau Mwangi-Holt,

wie telefonisch besprochen habe ich Ihr Profil dem Hotel Schönbrunner Hof vorgestellt, und man
möchte Sie gerne kennenlernen!

Termin: Freitag, 22. Mai, 14:00 Uhr, vor Ort (Schönbrunner Straße 210, 1120 Wien) oder
alternativ per Teams - bitte sagen Sie mir, was Ihnen lieber ist.
Gesprächspartner: Frau Dr. Ilse Brandstätter, Hoteldirektorin

Beste Grüße
Stefan Huber
Senior Consultant Hotellerie
GastroPersonal Partner | Wiedner Hauptstraße 40, 1040 Wien
+43 660 555 01 23""", "Hotel Schönbrunner Hof", charset="windows-1252", cte="b64",
        subj_enc=("b", "windows-1252")),
    msg("gastro_schoenbrunn_moved", "interview_reschedule_or_cancel", "de",
        "2026-05-20 16:42 +0200", STEFAN, "AW: Vorstellungsgespräch Hotel Schönbrunner Hof",
        """Hallo Frau Mwangi-Holt,

kurze Info: Frau Dr. Brandstätter hat am Freitag eine Gruppe im Haus und bittet, das Gespräch
auf Dienstag, 26. Mai, 10:30 Uhr zu verschieben (per Teams). Passt das für Sie?

Beste Grüße
Stefan Huber""", "Hotel Schönbrunner Hof", parent="gastro_schoenbrunn_invite",
        quote="outlook"),
    msg("gastro_schoenbrunn_absage", "rejection", "de", "2026-06-03 13:00 +0200", STEFAN,
        "Rückmeldung Hotel Schönbrunner Hof",
        """Hallo Frau Mwangi-Holt,

ich habe heute die Rückmeldung vom Hotel Schönbrunner Hof bekommen: Man war von Ihrer
Erfahrung beeindruckt, hat sich aber für eine Kandidatin entschieden, die bereits mit dem
dort verwendeten Revenue-System arbeitet. Es tut mir leid, dass es diesmal nicht geklappt hat.

Ich bleibe für Sie dran!

Beste Grüße
Stefan Huber
GastroPersonal Partner""", "Hotel Schönbrunner Hof"),
    msg("gastro_unnamed_missed", "missed_interview_notice", "de", "2026-06-18 09:55 +0200",
        STEFAN, "Termin heute 9:30 - Sie wurden erwartet",
        """Hallo Frau Mwangi-Holt,

mein Kunde (das Stadthotel im 7. Bezirk, von dem ich Ihnen erzählt habe) hat mich gerade
angerufen: Man hat heute um 9:30 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich aber
nicht eingewählt. Ist alles in Ordnung? Bitte melden Sie sich kurz bei mir, dann versuche ich,
einen neuen Termin zu bekommen.

Beste Grüße
Stefan Huber
+43 660 555 01 23""", "GastroPersonal Partner", charset="iso-8859-1", cte="qp"),
    msg("gastro_unnamed_absage", "rejection", "de", "2026-06-29 11:15 +0200", STEFAN,
        "Stadthotel - leider keine Fortsetzung",
        """Hallo Frau Mwangi-Holt,

danke nochmals für Ihre Erklärung zum verpassten Termin. Mein Kunde hat sich nun jedoch
entschieden, den Prozess mit Ihnen nicht fortzusetzen, und die Stelle mit einer Kandidatin
aus dem eigenen Haus besetzt.

Ich melde mich, sobald ich etwas Passendes für Sie habe.

Beste Grüße
Stefan Huber""", "GastroPersonal Partner"),
]
