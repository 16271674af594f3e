"""German mail that is not about an event in her applications: her own sent mail, alerts,
newsletters and the traps, 27 messages."""

from __future__ import annotations

from msgs311_common import CANDIDATE, Spec, mail

OTHER = "other"
BULK = {"Precedence": "bulk"}

MESSAGES: list[Spec] = [
    mail("lf_thanks", OTHER, "de", "2026-05-20 19:22 +0200", CANDIDATE,
         "Danke für das Gespräch",
         """
Liebe Frau Wendel,

vielen Dank für das offene und angenehme Gespräch heute Nachmittag und dafür, dass Sie und Herr Osterloh sich so viel Zeit genommen haben. Der Einblick in Ihr aktuelles Projekt für den Pflegeverbund hat mich sehr neugierig gemacht – genau so stelle ich mir meine künftige Arbeit vor.

Falls Sie noch Unterlagen oder Arbeitsproben von mir benötigen, schicke ich sie gern nach.

Herzliche Grüße
Johanna Freitag
""", to="Katrin Wendel <katrin.wendel@lernfabrik-digital.example.de>",
         parent="lf_resch", quote="de", cte="8bit"),

    mail("lf_accept", OTHER, "de", "2026-06-01 08:30 +0200", CANDIDATE,
         "AW: Ihr Angebotsschreiben – Lernfabrik Digital",
         """
Liebe Frau Wendel,

hiermit nehme ich Ihr Angebot sehr gern an! Das unterschriebene Angebotsschreiben finden Sie im Anhang.

Ich freue mich auf den Start am 1. Juli und auf die Zusammenarbeit im Team.

Herzliche Grüße
Johanna Freitag
""", to="Katrin Wendel <katrin.wendel@lernfabrik-digital.example.de>",
         parent="lf_offer_letter", quote="de", cte="quoted-printable",
         attach=[("Angebotsschreiben_unterschrieben_JF.pdf",
                  ["Lernfabrik Digital - Angebotsschreiben",
                   "Einverstanden: Johanna Freitag",
                   "Leipzig, 01.06.2026"])]),

    mail("el_sorry", OTHER, "de", "2026-03-24 11:02 +0100", CANDIDATE,
         "Entschuldigung wegen des verpassten Termins",
         """
Sehr geehrte Frau Krause,

es tut mir schrecklich leid! Ich hatte den Termin fälschlich für 10:00 Uhr am Mittwoch eingetragen und war heute Vormittag mit meiner Klasse auf einem Unterrichtsgang – deshalb war auch mein Telefon aus.

Den Ersatztermin am Donnerstag, 26. März, nehme ich sehr gern wahr. Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Johanna Freitag
""", to="Sabine Krause <sabine.krause@elbland-kk.example.de>", parent="el_missed",
         quote="de", cte="quoted-printable"),

    mail("el_decline", OTHER, "de", "2026-06-02 09:00 +0200", CANDIDATE,
         "AW: Arbeitsvertrag zur Unterschrift",
         """
Liebe Frau Krause,

ich danke Ihnen und Herrn Kaminski herzlich für das Vertrauen und das großzügige Angebot. Nach langem Überlegen habe ich mich jedoch entschieden, eine Stelle bei einer E-Learning-Agentur in Leipzig anzunehmen, die näher an meinem Wohnort liegt.

Ich muss Ihnen deshalb leider absagen und sende den Vertrag nicht unterschrieben zurück. Das fällt mir wirklich nicht leicht, denn die Gespräche bei Ihnen waren ausgesprochen angenehm.

Ich wünsche Ihnen und dem Team alles Gute.

Mit herzlichen Grüßen
Johanna Freitag
""", to="Sabine Krause <sabine.krause@elbland-kk.example.de>", parent="el_contract",
         quote="outlook_de", fmt="alt", cte="quoted-printable"),

    mail("vhs_own", OTHER, "de", "2026-03-03 20:14 +0100", CANDIDATE,
         "Re: Einladung zur Probestunde und zum Gespräch",
         """
Sehr geehrte Frau Dr. Sommerfeld,

vielen Dank für die Einladung, über die ich mich sehr freue!

Leider findet am 12. März an meiner Schule die Zeugniskonferenz statt, bei der ich als Klassenleiterin anwesend sein muss. Wäre es möglich, die Probestunde auf einen anderen Nachmittag zu legen? Ab dem 16. März kann ich an jedem Tag ab 15:30 Uhr.

Mit freundlichen Grüßen
Johanna Freitag
""", to="Dr. Ulrike Sommerfeld <u.sommerfeld@vhs-erfurt.example.de>", parent="vhs_inv",
         quote="de", charset="iso-8859-1", cte="quoted-printable"),

    mail("mb_sorry", OTHER, "de", "2026-07-08 12:10 +0200", CANDIDATE,
         "AW: Telefoninterview Referentin Digitale Lernformate",
         """
Sehr geehrter Herr Renner,

bitte entschuldigen Sie vielmals – mein Handy hatte nach einem Update keinen Empfang mehr, ich habe Ihre Anrufe erst eben auf der Mailbox gesehen.

Ich habe weiterhin großes Interesse. Mögliche Termine: Freitag, 10. Juli, ganztags, oder Montag, 13. Juli, ab 13 Uhr. Zur Sicherheit gebe ich Ihnen auch meine Festnetznummer: 0341 555 2917.

Mit freundlichen Grüßen
Johanna Freitag
""", to="Tobias Renner <tobias.renner@muldentalbank.example.de>", parent="mb_missed",
         quote="de", cte="8bit"),

    mail("ldv_own_app", OTHER, "de", "2026-04-27 21:40 +0200", CANDIDATE,
         "Bewerbung um die Stelle Sachbearbeitung E-Learning und Qualifizierung (LDV-2026-031)",
         """
Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die ausgeschriebene Stelle "Sachbearbeitung E-Learning und Qualifizierung (E 11 TV-L)", Kennziffer LDV-2026-031.

Seit neun Jahren unterrichte ich als Grundschullehrerin in Leipzig und habe in dieser Zeit unter anderem die Einführung von Tablets an meiner Schule begleitet, Fortbildungen für das Kollegium konzipiert und Lernmodule für unsere Lernplattform erstellt. Derzeit schließe ich eine berufsbegleitende Weiterbildung zur Instructional Designerin ab.

Meinen Lebenslauf, Zeugnisse und ein Portfolio finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Johanna Freitag
Kochstraße 51, 04275 Leipzig
0176 5551 2390
""", to="Landesagentur für digitale Verwaltung <bewerbungen@landesagentur-dv.example.de>",
         cte="quoted-printable",
         attach=[("Lebenslauf_Johanna_Freitag.pdf",
                  ["Lebenslauf - Johanna Freitag",
                   "seit 2017 Grundschullehrerin, Leipzig",
                   "2025-2026 Weiterbildung Instructional Design",
                   "Kompetenzen: Moodle, Articulate Rise, H5P, Erklärvideos"]),
                 ("Portfolio_Freitag.pdf",
                  ["Portfolio - Johanna Freitag",
                   "1. Erklärvideo Bruchrechnung",
                   "2. Moodle-Kurs Medienkompetenz für Eltern",
                   "3. Fortbildung Tablets im Unterricht"])]),

    mail("alert_jobradar", OTHER, "de", "2026-02-23 06:00 +0100",
         "Jobradar Mitteldeutschland <alerts@jobradar-md.example.de>",
         "12 neue Jobs für \"Trainerin\" in Leipzig und Umgebung",
         """
Hallo Johanna,

hier sind die neuen Stellen zu Ihrem Suchauftrag "Trainerin / Instructional Design, Leipzig + 50 km":

1. Trainerin für SAP-Anwenderschulungen (m/w/d) – Elster Logistik, Leipzig
2. E-Learning-Entwickler:in – Medienhaus Ost, Halle (Saale)
3. Referent:in Personalentwicklung – Stadtwerke Mittelland, Markkleeberg
4. Dozentin Deutsch als Zweitsprache – Bildungswerk Sachsen, Leipzig
... und 8 weitere Stellen

Tipp der Woche: Eine Absage ist kein Urteil über Sie. Lesen Sie in unserem Ratgeber, wie Sie sich nach einer Absage neu motivieren und sich optimal auf das nächste Vorstellungsgespräch vorbereiten. Leider lesen viele Bewerber:innen Stellenanzeigen nur oberflächlich – wir zeigen, worauf es ankommt.

Suchauftrag bearbeiten oder abbestellen: https://jobradar-md.example.de/suchauftrag/4471
""", fmt="alt", cte="quoted-printable", brand="Jobradar Mitteldeutschland", color="#0a7e3d",
         headers={**BULK, "List-Id": "Jobradar Suchauftraege <suchauftrag.jobradar-md.example.de>",
                  "List-Unsubscribe": "<https://jobradar-md.example.de/abmelden/4471>"}),

    mail("nl_karrierebrief", OTHER, "de", "2026-04-16 07:30 +0200",
         "Karrierebrief Bildung <newsletter@karrierebrief.example.de>",
         "Nach der Absage ist vor dem Vorstellungsgespräch – Ihr Karrierebrief April",
         """
Liebe Leserin, lieber Leser,

in dieser Ausgabe:

• "Leider müssen wir Ihnen mitteilen …" – fünf Personalerinnen erklären, was hinter Standardabsagen steckt
• Quereinstieg in die Erwachsenenbildung: So gelingt der Wechsel aus dem Schuldienst
• Einladung zum Assessment-Center? Unsere Checkliste für den Auswahltag
• Gehaltsreport 2026: Was Trainer:innen und Instructional Designer verdienen

Außerdem: Unser Live-Interview mit der Personalchefin eines großen Versicherers am 28. April – jetzt kostenlos anmelden.

Viel Spaß beim Lesen!
Ihre Redaktion Karrierebrief Bildung

Sie erhalten diesen Newsletter, weil Sie sich auf karrierebrief.example.de angemeldet haben. Abmelden: https://karrierebrief.example.de/abmelden
""", fmt="html", cte="quoted-printable", brand="Karrierebrief Bildung", color="#8a1538",
         headers={**BULK, "List-Id": "Karrierebrief Bildung <bildung.karrierebrief.example.de>",
                  "List-Unsubscribe": "<mailto:unsubscribe@karrierebrief.example.de>, "
                                      "<https://karrierebrief.example.de/abmelden>",
                  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}),

    mail("radio_pleisse", OTHER, "de", "2026-04-22 13:05 +0200",
         "Annett Baumgart <a.baumgart@radio-pleisse.example.de>",
         "Interviewanfrage: Lehrkräfte, die den Schuldienst verlassen",
         """
Liebe Frau Freitag,

ich bin Redakteurin bei Radio Pleiße und arbeite an einem Beitrag über Lehrkräfte, die den Schuldienst verlassen und in die Wirtschaft wechseln. Ihr Beitrag im Forum des Lehrerverbands hat mich darauf gebracht, Sie anzusprechen.

Hätten Sie Lust auf ein kurzes Interview (etwa 20 Minuten, aufgezeichnet am Telefon)? Ausgestrahlt würde der Beitrag voraussichtlich am 12. Mai in unserer Sendung "Leipzig am Nachmittag". Gern auch anonymisiert, wenn Ihnen das lieber ist.

Herzliche Grüße
Annett Baumgart
Redaktion Gesellschaft
Radio Pleiße
""", contact="a.baumgart@radio-pleisse.example.de", cte="8bit"),

    mail("podcast_lehrerzimmer", OTHER, "de", "2026-08-19 20:48 +0200",
         "Tim Albrecht | Lehrerzimmer Exit <tim@lehrerzimmer-exit.example.de>",
         "Gast in unserem Podcast? 🎙️",
         """
Hallo Johanna,

wir sind Tim und Sarah von "Lehrerzimmer Exit", dem Podcast für Lehrkräfte, die sich beruflich neu orientieren. Eine gemeinsame Bekannte hat uns erzählt, dass du gerade den Sprung von der Grundschule in eine E-Learning-Agentur geschafft hast.

Hättest du Lust, uns in einer Folge davon zu erzählen? Das Interview dauert etwa eine Stunde und wird per Video aufgenommen. Termine im September hätten wir noch frei – such dir einfach einen aus.

Liebe Grüße
Tim & Sarah
""", contact="tim@lehrerzimmer-exit.example.de", fmt="alt", cte="quoted-printable", subj_enc=("utf-8", "b")),

    mail("ux_fuchsbau", OTHER, "de", "2026-06-16 10:00 +0200",
         "Lea vom Fuchsbau-Team <research@fuchsbau-lernapp.example.de>",
         "Kurzes Interview zu deinen Erfahrungen mit Lern-Apps? (30 Min., 25 € Gutschein)",
         """
Hallo Johanna,

du nutzt die Fuchsbau Lern-App mit deiner Klasse – danke dafür! Wir entwickeln gerade neue Funktionen für Lehrkräfte und möchten dafür mit Nutzerinnen und Nutzern sprechen.

Hättest du Zeit für ein 30-minütiges Online-Interview? Als Dankeschön bekommst du einen Gutschein über 25 €. Einen Termin kannst du hier selbst auswählen: https://fuchsbau-lernapp.example.de/research/termine

Es gibt keine richtigen oder falschen Antworten – uns interessiert einfach, wie du arbeitest.

Viele Grüße
Lea
UX Research, Fuchsbau Lern-App
""", contact="lea.brandt@fuchsbau-lernapp.example.de", reply_to="Lea Brandt <lea.brandt@fuchsbau-lernapp.example.de>", fmt="alt",
         cte="quoted-printable", subj_enc=("utf-8", "q")),

    mail("parcel_de", OTHER, "de", "2026-03-12 15:41 +0100",
         "PaketPilot <benachrichtigung@paketpilot.example.de>",
         "Leider verzögert sich die Zustellung Ihrer Sendung",
         """
Hallo Johanna Freitag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 5518 aufgrund eines erhöhten Sendungsaufkommens. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltermin: Samstag, 14.03.2026, zwischen 10:00 und 14:00 Uhr.

Sie möchten die Sendung lieber in einer Filiale abholen oder einen Ablageort festlegen? Das geht ganz einfach in der PaketPilot-App.

Ihr PaketPilot-Team
""", fmt="html", cte="base64", brand="PaketPilot", color="#ffcc00"),

    mail("bank_depot", OTHER, "de", "2026-07-03 05:12 +0200",
         "Mitteldeutsche Direktbank <service@md-direktbank.example.de>",
         "Ihre Depotübersicht zum 30.06.2026",
         """
Sehr geehrte Frau Freitag,

Ihre Depotübersicht zum Quartalsende steht in Ihrem Online-Banking zum Abruf bereit.

Hinweis: Für die Position "Welt-ETF Thesaurierend" wurde eine Ausschüttung verbucht. Die Position "Sparplan Nachhaltigkeit" wurde planmäßig ausgeführt. Details entnehmen Sie bitte dem Dokument im Postfach.

Aus Sicherheitsgründen enthält diese E-Mail keine Links. Bitte melden Sie sich wie gewohnt im Online-Banking an.

Mit freundlichen Grüßen
Ihre Mitteldeutsche Direktbank
""", cte="quoted-printable", headers={"Auto-Submitted": "auto-generated"}),

    mail("landlord_viewing", OTHER, "de", "2026-05-05 12:20 +0200",
         "Ines Reinhold – Hausverwaltung Reinhold <i.reinhold@hv-reinhold.example.de>",
         "Besichtigungstermin Wohnung Hechtstraße 14 – Terminänderung",
         """
Sehr geehrte Frau Freitag,

leider müssen wir den Besichtigungstermin für die 2-Zimmer-Wohnung in der Hechtstraße 14, Dresden-Neustadt, verschieben, da die Vormieterin erst später ausziehen kann.

Neuer Termin: Samstag, 16. Mai 2026, 11:00 Uhr. Bitte bringen Sie eine Mieterselbstauskunft und die letzten drei Gehaltsnachweise mit.

Falls Sie den Termin nicht wahrnehmen können, geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen
Ines Reinhold
Hausverwaltung Reinhold
""", contact="i.reinhold@hv-reinhold.example.de", cte="8bit"),

    mail("dentist", OTHER, "de", "2026-09-03 08:01 +0200",
         "Zahnarztpraxis Dr. Mehnert <termine@praxis-mehnert.example.de>",
         "Absage Ihres Termins am 07.09.2026",
         """
Liebe Patientin,

leider müssen wir Ihren Termin zur Kontrolluntersuchung am Montag, 07.09.2026, um 08:15 Uhr krankheitsbedingt absagen.

Bitte vereinbaren Sie telefonisch unter 0341 555 7710 oder online einen neuen Termin.

Mit freundlichen Grüßen
Ihr Praxisteam Dr. Mehnert
""", charset="iso-8859-1", cte="quoted-printable",
         headers={"Auto-Submitted": "auto-generated"}),

    mail("friend_mareike", OTHER, "de", "2026-04-09 21:33 +0200",
         "Mareike Sonntag <mareike.sonntag@example.net>",
         "Absage :-(",
         """
Hey Jo,

kurzes Update von mir: Die Verlagsstelle in Halle hat mir heute abgesagt. "Wir haben uns für eine Bewerberin mit mehr Berufserfahrung entschieden" – ja klar, nach drei Gesprächsrunden! Ich bin echt geknickt.

Wie läuft's bei dir? Hattest du nicht nächste Woche dein zweites Gespräch in Dresden? Drück dir die Daumen!

Lass uns am Wochenende mal telefonieren.
Mareike
""", contact="mareike.sonntag@example.net", cte="8bit"),

    mail("friend_steffi_fwd", OTHER, "de", "2026-07-23 18:02 +0200",
         "Steffi Kramer <steffi.kramer@example.org>",
         "WG: Einladung zum Vorstellungsgespräch – kannst du mal drüberschauen?",
         """
Hallo Johanna,

schau mal, ich hab tatsächlich eine Einladung bekommen! Du kennst dich mit solchen Gesprächen ja inzwischen aus – hast du Tipps, was die bei einer "Lehrprobe im Unternehmenskontext" sehen wollen? Die Mail hänge ich dir unten an.

Würde mich riesig über einen Kaffee nächste Woche freuen.

Steffi
""", contact="steffi.kramer@example.org", cte="quoted-printable",
         fwd={"frm": "Personalabteilung Medica Nord <personal@medica-nord.example.de>",
              "to": "Steffi Kramer <steffi.kramer@example.org>",
              "date": "2026-07-22 14:10 +0200",
              "subject": "Einladung zum Vorstellungsgespräch – Praxisanleiterin",
              "body": """
Sehr geehrte Frau Kramer,

wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 4. August 2026, um 10:00 Uhr in unsere Zentrale ein. Bitte bereiten Sie eine Lehrprobe im Unternehmenskontext von 15 Minuten vor.

Mit freundlichen Grüßen
Personalabteilung Medica Nord
""", "mid": "<einladung-2231@medica-nord.example.de>"}),

    mail("course_refused", OTHER, "de", "2026-01-22 11:15 +0100",
         "Akademie für Erwachsenenbildung Halle <anmeldung@aeb-halle.example.de>",
         "Ihre Anmeldung zum Zertifikatskurs \"Instructional Design kompakt\"",
         """
Sehr geehrte Frau Freitag,

vielen Dank für Ihre Anmeldung zum Zertifikatskurs "Instructional Design kompakt" (Kursnummer ID-26-02, Beginn 2. März 2026).

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz mehr anbieten. Wir haben Sie auf die Warteliste gesetzt (Platz 4). Alternativ empfehlen wir Ihnen den nächsten Durchgang ab 7. September 2026.

Mit freundlichen Grüßen
Ihr Anmeldeteam
Akademie für Erwachsenenbildung Halle
""", cte="quoted-printable"),

    mail("hh_wiesner", OTHER, "de", "2026-02-12 09:27 +0100",
         "Carsten Wiesner <c.wiesner@wiesner-executive.example.de>",
         "Ihr Profil – vertraulicher Austausch?",
         """
Sehr geehrte Frau Freitag,

ich bin über Ihr Profil im Business-Netzwerk auf Sie aufmerksam geworden. Ihr Weg aus dem Schuldienst in Richtung Instructional Design ist für einige meiner Mandanten aus der Industrie sehr interessant.

Aktuell habe ich keine konkrete Vakanz für Sie, würde Sie aber gern in meinen Kandidatenkreis aufnehmen. Hätten Sie grundsätzlich Interesse an einem unverbindlichen Austausch? Dann freue ich mich über eine kurze Antwort mit Ihrer Telefonnummer.

Mit besten Grüßen
Carsten Wiesner
Wiesner Executive Search
Dresden
""", contact="c.wiesner@wiesner-executive.example.de", cte="quoted-printable"),

    mail("ooo_krause", OTHER, "de", "2026-05-28 07:02 +0200",
         "Sabine Krause <sabine.krause@elbland-kk.example.de>",
         "Automatische Antwort: Rückfrage zum Vertragsangebot",
         """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 28.05.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 29.05.2026 bin ich wieder erreichbar.

In dringenden Fällen wenden Sie sich bitte an personal@elbland-kk.example.de oder telefonisch an 0351 555 4400.

Mit freundlichen Grüßen
Sabine Krause
""", contact="sabine.krause@elbland-kk.example.de", cte="quoted-printable",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    mail("school_konferenz", OTHER, "de", "2026-01-29 16:44 +0100",
         "Birgit Hennig <b.hennig@gs-auenwald.example.de>",
         "Terminverschiebung Zeugniskonferenz und Elterngespräche",
         """
Liebe Kolleginnen und Kollegen,

die Zeugniskonferenz für die Klassen 3 und 4 wird vom 3. auf den 5. Februar verschoben (Beginn 14:00 Uhr, Aula). Die Elterngespräche finden wie geplant in der Woche vom 9. Februar statt; bitte tragt eure Zeiten bis Freitag in die Liste im Lehrerzimmer ein.

Vielen Dank und einen guten Wochenausklang
Birgit Hennig
Schulleiterin
""", contact="b.hennig@gs-auenwald.example.de", to="Kollegium GS Auenwald <kollegium@gs-auenwald.example.de>", cte="8bit"),

    mail("webinar_reg", OTHER, "de", "2026-03-18 19:20 +0100",
         "Forum Digitales Lernen <events@forum-digitales-lernen.example.de>",
         "Anmeldebestätigung: Webinar \"Storyboards für E-Learning\"",
         """
Hallo Johanna Freitag,

Ihre Anmeldung ist eingegangen – vielen Dank! Sie sind für folgendes Webinar registriert:

"Storyboards für E-Learning: vom Lernziel zum Klickprototyp"
Dienstag, 24. März 2026, 18:00–19:30 Uhr

Den Zugangslink erhalten Sie eine Stunde vor Beginn per E-Mail. Die Aufzeichnung steht allen Angemeldeten anschließend 14 Tage zur Verfügung.

Wir freuen uns auf Sie!
Forum Digitales Lernen
""", fmt="alt", cte="quoted-printable", brand="Forum Digitales Lernen"),

    mail("lpa_own", OTHER, "de", "2026-10-01 17:55 +0200", CANDIDATE,
         "Nachfrage zum Stand meiner Bewerbung",
         """
Sehr geehrter Herr Petzold,

vor drei Wochen hatte ich das zweite Gespräch bei Ihnen zur Stelle als Projektleiterin Firmenschulungen. Sie hatten eine Rückmeldung bis Ende September in Aussicht gestellt.

Darf ich nachfragen, ob es schon eine Entscheidung gibt? Ich bin weiterhin sehr interessiert.

Mit freundlichen Grüßen
Johanna Freitag
""", to="Jörg Petzold <j.petzold@lernpfad-akademie.example.de>", cte="8bit"),

    mail("gps_velotrack", OTHER, "de", "2026-08-08 02:14 +0200",
         "VeloTrack <alarm@velotrack.example.de>",
         "Alarm: Neue Position Ihres Fahrrads",
         """
Hallo Johanna,

Ihr GPS-Tracker "Stadtrad blau" hat eine Bewegung außerhalb des Sicherheitsbereichs gemeldet.

Letzte Position: Karl-Liebknecht-Straße 112, 04275 Leipzig (Genauigkeit 8 m), 02:11 Uhr

Wenn Sie das Fahrrad nicht selbst bewegt haben, öffnen Sie die App, um die Live-Ortung zu starten, oder melden Sie den Diebstahl der Polizei.

Ihr VeloTrack-Team
""", fmt="html", cte="quoted-printable", brand="VeloTrack", color="#d62828"),

    mail("ats_confirm", OTHER, "de", "2026-04-30 13:33 +0200",
         "Karriereportal <noreply@successfactors.eu>",
         "Bitte bestätigen Sie Ihre E-Mail-Adresse",
         """
Guten Tag,

Sie haben ein Kandidatenkonto in unserem Karriereportal angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 24 Stunden über den folgenden Link:

https://career.successfactors.example.eu/confirm?token=6f1e0c

Falls Sie kein Konto angelegt haben, können Sie diese Nachricht ignorieren.

Dies ist eine automatisch generierte E-Mail.
""", cte="8bit", headers={"Auto-Submitted": "auto-generated"}),

    mail("vhs_newsletter", OTHER, "de", "2026-08-27 10:00 +0200",
         "Volkshochschule Muldental <newsletter@vhs-muldental.example.de>",
         "Das neue Herbstprogramm ist da!",
         """
Liebe Kursinteressierte,

ab sofort können Sie sich für unser Herbstsemester anmelden! Neu im Programm:

- Digitale Fotografie für Einsteiger
- Spanisch A1 – Bildungsurlaub in Sevilla
- Moodle für Kursleitende (Fortbildung)
- Bewerbungstraining: Souverän im Vorstellungsgespräch

Alle Kurse finden Sie im Online-Programm. Frühbucher erhalten bis zum 15. September 10 % Rabatt.

Ihre Volkshochschule Muldental

Newsletter abbestellen: https://vhs-muldental.example.de/newsletter/abmelden
""", fmt="alt", cte="quoted-printable", brand="vhs Muldental", color="#005aa0",
         headers={**BULK, "List-Id": "VHS Muldental Newsletter <news.vhs-muldental.example.de>",
                  "List-Unsubscribe": "<https://vhs-muldental.example.de/newsletter/abmelden>"}),
]
