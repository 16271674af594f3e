"""German, French and Spanish employer threads (Hamburg, Lyon, Madrid) and Hollmann's offer."""

from __future__ import annotations

from msgs327_common import M, Spec, own

HOLL = "Hollmann Frischgroßhandel"
JANA = ("Jana Petersen", "j.petersen@hollmann-frisch.example.de")
BIRTE = ("Dr. Birte Sommer", "b.sommer@hollmann-frisch.example.de")
ALSTER = "Alster Versandhaus"
MAREIKE = ("Mareike Lüders", "mareike.lueders@alster-versand.example.de")
TALENTUM = ("Stefan Grothe", "grothe@talentum-personal.example.de")
KLINIK = "Hamburger Kliniklogistik"
NORD = "Nordbahn Mode"
ELBE = ("Kai Brüggemann", "k.brueggemann@elbekontor.example.de")

GERMAN: list[Spec] = [
    # ---- Hollmann Frischgroßhandel, Hamburg: the grocery wholesaler's offer (declined)
    M("ho_ack", "application_received", "de", "2026-04-20 10:12 +0200",
      (HOLL, "noreply@personio.de"), "Ihre Bewerbung bei Hollmann Frischgroßhandel", """
Guten Tag Frau Raghunathan,

vielen Dank für Ihre Bewerbung als Disponentin / Demand Planner (m/w/d) und das damit
verbundene Interesse an Hollmann Frischgroßhandel. Ihre Unterlagen sind vollständig bei uns
eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte
haben Sie Verständnis dafür, dass dies einige Tage dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hollmann Frischgroßhandel GmbH & Co. KG · Großmarkt-Allee 12 · 20097 Hamburg

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", company=HOLL, form="alt", brand="Hollmann Frischgroßhandel", colour="#2e7d32",
      name_enc=("b", "utf-8")),
    M("ho_invite", "interview_invitation", "de", "2026-05-04 14:37 +0200", JANA,
      "Einladung zum Vorstellungsgespräch – Demand Planner", """
Sehr geehrte Frau Raghunathan,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns angesprochen, und wir möchten Sie gern
näher kennenlernen. Hiermit laden wir Sie zu einem ersten Gespräch per Microsoft Teams ein:

Termin: Dienstag, 12. Mai 2026, 10:00 bis 11:00 Uhr (deutsche Zeit)
Gesprächspartner: Herr Ole Brandt (Leitung Disposition) und ich

Gern können wir das Gespräch auch auf Englisch führen. Die Kalendereinladung mit dem Link
finden Sie anbei.

Mit freundlichen Grüßen
Jana Petersen
Personalreferentin
Hollmann Frischgroßhandel GmbH & Co. KG
Großmarkt-Allee 12, 20097 Hamburg
Tel. +49 40 5555 3120
""", company=HOLL, contact=JANA[1], charset="iso-8859-1", cte="8bit",
      ics={"uid": "hollmann-dp-2026-05-12@hollmann-frisch.example.de", "seq": 0,
           "start": "2026-05-12 10:00", "end": "2026-05-12 11:00",
           "summary": "Vorstellungsgespräch Priyanka Raghunathan",
           "location": "Microsoft Teams-Besprechung", "tz": "Europe/Berlin"}),
    M("ho_moved", "interview_reschedule_or_cancel", "de", "2026-05-06 09:05 +0200", JANA,
      "AW: Einladung zum Vorstellungsgespräch – Demand Planner", """
Sehr geehrte Frau Raghunathan,

leider muss ich unseren Termin am Dienstag verschieben, da Herr Brandt kurzfristig zu einer
Lieferantenverhandlung nach Bremen reisen muss. Wäre Ihnen Donnerstag, der 14. Mai, um
14:00 Uhr recht? Die aktualisierte Einladung habe ich Ihnen geschickt.

Vielen Dank für Ihr Verständnis und freundliche Grüße
Jana Petersen
""", company=HOLL, contact=JANA[1], parent="ho_invite", quote="de",
      ics={"uid": "hollmann-dp-2026-05-12@hollmann-frisch.example.de", "seq": 1,
           "start": "2026-05-14 14:00", "end": "2026-05-14 15:00",
           "summary": "Vorstellungsgespräch Priyanka Raghunathan (verschoben)",
           "location": "Microsoft Teams-Besprechung", "tz": "Europe/Berlin"}),
    own("ho_thx", "2026-05-14 17:20 +0100", JANA, "Thank you - interview today", """
Dear Ms Petersen,

Thank you and Mr Brandt for your time this afternoon and for kindly holding the
conversation in English. I especially enjoyed hearing how your team plans fresh produce
around the weather forecast - a challenge I know well from the store side.

Kind regards,
Priyanka Raghunathan
"""),
    M("ho_day", "interview_invitation", "de", "2026-05-22 11:48 +0200", JANA,
      "Zweite Runde: Kennenlerntag in Hamburg", """
Liebe Frau Raghunathan,

vielen Dank für das angenehme Gespräch. Wir würden Sie gern zu einem Kennenlerntag
(Probearbeiten) in unserer Zentrale einladen:

Mittwoch, 3. Juni 2026, 9:00 – 15:00 Uhr
Großmarkt-Allee 12, 20097 Hamburg, Empfang Haus B

Sie begleiten das Dispositionsteam, bearbeiten eine kleine Fallstudie zur Bestellplanung
und sprechen zum Abschluss mit unserer Personalleiterin Dr. Birte Sommer. Die Reisekosten
übernehmen wir selbstverständlich. Bitte bestätigen Sie mir kurz den Termin.

Viele Grüße
Jana Petersen
""", company=HOLL, contact=JANA[1], form="alt", charset="windows-1252",
      cte="quoted-printable", subj_enc=("q", "iso-8859-1")),
    M("ho_verbal", "offer", "de", "2026-07-07 16:30 +0200", JANA,
      "Unser Angebot – wie heute telefonisch besprochen", """
Liebe Frau Raghunathan,

wie ich Ihnen heute am Telefon schon sagen durfte: Wir möchten Sie sehr gern als Demand
Planner in unserem Team in Hamburg begrüßen! Frau Dr. Sommer schickt Ihnen in den nächsten
Tagen das schriftliche Vertragsangebot mit allen Details zu Gehalt, Umzugspauschale und
Startdatum.

Ich freue mich sehr und stehe für Fragen jederzeit zur Verfügung.

Herzliche Grüße
Jana Petersen
""", company=HOLL, contact=JANA[1], charset="windows-1252", cte="8bit"),
    M("ho_letter", "offer", "de", "2026-07-09 10:02 +0200", BIRTE,
      "Vertragsangebot Demand Planner (m/w/d)", """
Sehr geehrte Frau Raghunathan,

im Anschluss an Ihr Gespräch mit Frau Petersen freuen wir uns, Ihnen anbei unser
schriftliches Vertragsangebot für die Position Demand Planner (m/w/d) zu übersenden.

Eckdaten: unbefristete Anstellung in Vollzeit, Jahresbruttogehalt 58.000 EUR, 30 Tage
Urlaub, Umzugspauschale 3.000 EUR, Beginn nach Vereinbarung (spätestens 1. Oktober 2026).

Wir würden uns freuen, bis zum 24. Juli von Ihnen zu hören.

Mit freundlichen Grüßen
Dr. Birte Sommer
Leiterin Personal
Hollmann Frischgroßhandel GmbH & Co. KG · Sitz Hamburg · Amtsgericht Hamburg HRA 000000
""", company=HOLL, contact=BIRTE[1], form="alt", cte="base64",
      attach=[("Vertragsangebot_Raghunathan.pdf", [
          "Hollmann Frischgrosshandel - Vertragsangebot", "",
          "Position: Demand Planner (m/w/d), Hamburg",
          "Jahresbruttogehalt: 58.000 EUR", "Urlaub: 30 Tage",
          "Beginn: nach Vereinbarung, spaetestens 1. Oktober 2026"])]),
    M("ho_letter_en", "offer", "en", "2026-07-10 08:45 +0200", BIRTE,
      "Your offer from Hollmann - English summary", """
Dear Ms Raghunathan,

As Ms Petersen mentioned that you would find it useful, here is a short English summary of
the written offer I sent yesterday. The German document remains the binding version.

- Position: Demand Planner, permanent, full-time, Hamburg head office
- Salary: EUR 58,000 gross per year
- 30 days' annual leave, relocation allowance of EUR 3,000
- Start date: to be agreed, at the latest 1 October 2026

We would be delighted to welcome you and would appreciate your answer by 24 July.

Best regards,
Dr. Birte Sommer
Head of HR, Hollmann Frischgroßhandel
""", company=HOLL, contact=BIRTE[1], parent="ho_letter"),
    M("ho_contract", "offer", "de", "2026-07-24 13:14 +0200",
      (HOLL, "noreply@personio.de"), "Dokument zur Unterschrift: Arbeitsvertrag", """
Hallo Priyanka Raghunathan,

Dr. Birte Sommer von Hollmann Frischgroßhandel hat Ihnen ein Dokument zur elektronischen
Unterschrift gesendet:

Arbeitsvertrag Demand Planner – Raghunathan.pdf

Bitte prüfen und unterschreiben Sie den Vertrag über den folgenden Link. Bei Fragen
antworten Sie einfach auf diese E-Mail; Ihre Antwort geht direkt an Frau Dr. Sommer.

https://hollmann.personio.example.de/sign/0b7e44
""", company=HOLL, contact=BIRTE[1], reply_to=BIRTE, form="html",
      brand="Hollmann Frischgroßhandel", colour="#2e7d32", name_enc=("q", "utf-8")),
    own("ho_decline", "2026-08-04 09:30 +0100", BIRTE,
        "Re: Dokument zur Unterschrift: Arbeitsvertrag", """
Dear Dr. Sommer,

Thank you very much for the offer and for the time you and the team have given me. After a
great deal of thought I have decided to accept a position closer to home in the UK, so I must
respectfully decline. I am sorry not to be joining you, and I hope our paths cross again.

With best wishes,
Priyanka Raghunathan
"""),

    # ---- Alster Versandhaus, Hamburg (softgarden): ack -> invite -> cancelled -> no
    M("al_ack", "application_received", "de", "2026-02-02 07:55 +0100",
      (ALSTER, "noreply@softgarden.io"), "Eingangsbestätigung Ihrer Bewerbung", """
Hallo Frau Raghunathan,

vielen Dank für Ihre Bewerbung als Bestandsplaner*in E-Commerce bei Alster Versandhaus. Wir
haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben. Den aktuellen
Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Alster Versandhaus Recruiting
""", company=ALSTER, form="html", brand="ALSTER VERSANDHAUS", colour="#0d47a1"),
    M("al_invite", "interview_invitation", "de", "2026-02-16 12:20 +0100", MAREIKE,
      "Ihre Bewerbung: Einladung zum Videointerview für Bestandsplanung", """
Hallo Frau Raghunathan,

wir freuen uns, Sie zu einem Videointerview einzuladen. Bitte wählen Sie über den folgenden
Link einen passenden Termin in der Woche vom 23. Februar aus:

https://alster-versand.example.de/termine/bestandsplanung

Das Gespräch dauert etwa 45 Minuten und findet mit mir und unserem Teamlead Category
Planning, Herrn Yilmaz, statt.

Beste Grüße
Mareike Lüders
Talent Acquisition · Alster Versandhaus · Ballindamm 7 · 20095 Hamburg
""", company=ALSTER, contact=MAREIKE[1], charset="iso-8859-1",
      subj_enc=("b", "iso-8859-1"), name_enc=("q", "iso-8859-1")),
    M("al_cancel", "interview_reschedule_or_cancel", "de", "2026-02-24 08:10 +0100", MAREIKE,
      "Absage des Termins am 25.02. – neuer Termin folgt", """
Hallo Frau Raghunathan,

leider müssen wir unser Videointerview morgen um 11:00 Uhr absagen, da Herr Yilmaz
krankheitsbedingt ausfällt. Ihre Bewerbung bleibt selbstverständlich im Prozess – ich melde
mich in den nächsten Tagen mit einem neuen Terminvorschlag.

Entschuldigen Sie bitte die Unannehmlichkeiten.

Beste Grüße
Mareike Lüders
""", company=ALSTER, contact=MAREIKE[1], name_enc=("q", "iso-8859-1"),
      ics={"uid": "alster-vi-pr-20260225@alster-versand.example.de", "seq": 2,
           "method": "CANCEL", "start": "2026-02-25 11:00", "end": "2026-02-25 11:45",
           "summary": "Abgesagt: Videointerview Bestandsplanung", "tz": "Europe/Berlin"}),
    M("al_no", "rejection", "de", "2026-03-10 15:42 +0100",
      (ALSTER, "noreply@softgarden.io"), "Ihre Bewerbung bei Alster Versandhaus", """
Hallo Frau Raghunathan,

nochmals vielen Dank für Ihre Geduld. Nach sorgfältiger Prüfung haben wir uns
entschieden, die Position mit einer Kandidatin zu besetzen, deren Erfahrung noch besser zu
unseren aktuellen Anforderungen passt. Daher können wir Ihnen leider keinen neuen
Gesprächstermin anbieten.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Ihr Alster Versandhaus Recruiting
""", company=ALSTER, form="alt", charset="utf-8", cte="8bit"),

    # ---- Talentum Personalberatung (head-hunter) for Spielwaren Kranich, and an unnamed client
    M("ta_invite", "interview_invitation", "de", "2026-03-02 18:05 +0100", TALENTUM,
      "Spielwaren Kranich – Gesprächstermin Supply Chain Planner", """
Liebe Frau Raghunathan,

wie heute am Telefon besprochen: Mein Mandant, die Spielwaren Kranich aus Hamburg-Harburg,
möchte Sie gern persönlich kennenlernen.

Termin: Montag, 9. März 2026, 13:30 Uhr
Ort: Spielwaren Kranich, Schlossmühlendamm 3, 21073 Hamburg
Gesprächspartner: Herr Kranich (Geschäftsführer) und Frau Albers (Leitung Logistik)

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Beste Grüße
Stefan Grothe
Partner | Talentum Personalberatung | Neuer Wall 50 | 20354 Hamburg
Mobil +49 170 5550 881
""", company="Spielwaren Kranich", contact=TALENTUM[1], charset="windows-1252"),
    M("ta_missed", "missed_interview_notice", "de", "2026-03-09 14:22 +0100", TALENTUM,
      "Heute 13:30 Uhr bei Kranich?", """
Liebe Frau Raghunathan,

Herr Kranich hat mich eben angerufen: Man hat heute um 13:30 Uhr vergeblich auf Sie
gewartet, und auch auf Ihrem Handy konnte ich Sie nicht erreichen. Ist alles in Ordnung?

Bitte melden Sie sich kurz bei mir – ich versuche dann zu klären, ob noch ein
Ersatztermin möglich ist.

Beste Grüße
Stefan Grothe
""", company="Spielwaren Kranich", contact=TALENTUM[1], cte="quoted-printable"),
    M("ta_no", "rejection", "de", "2026-03-18 10:30 +0100", TALENTUM,
      "AW: Heute 13:30 Uhr bei Kranich?", """
Liebe Frau Raghunathan,

danke für Ihre Nachricht und gut, dass es nur eine Zugverspätung war. Ich habe mit Herrn
Kranich gesprochen; leider hat sich der Mandant inzwischen für einen anderen Kandidaten
entschieden und wird keinen weiteren Termin mehr vergeben. Es tut mir leid, dass es diesmal
nicht geklappt hat.

Ich melde mich, sobald ich ein neues passendes Mandat habe.

Beste Grüße
Stefan Grothe
""", company="Spielwaren Kranich", contact=TALENTUM[1], parent="ta_missed", quote="de"),
    M("ta_unnamed", "rejection", "de", "2026-06-25 09:12 +0200", TALENTUM,
      "Rückmeldung zur Position Senior Disponent (Lebensmittellogistik)", """
Liebe Frau Raghunathan,

ich hatte Ihr Profil vertraulich bei einem Mandanten aus der Lebensmittellogistik im Raum
Hamburg vorgestellt. Leider hat sich der Mandant entschieden, den Prozess mit Kandidaten
fortzusetzen, die bereits mehrjährige Dispositionserfahrung im Großhandel mitbringen.

Ich behalte Sie gern für weitere Mandate im Blick.

Beste Grüße
Stefan Grothe
Talentum Personalberatung
""", company="Talentum Personalberatung", contact=TALENTUM[1]),

    # ---- Hamburger Kliniklogistik (hospital supply, SuccessFactors): ack -> filled internally
    M("kl_ack", "application_received", "de", "2026-01-19 11:00 +0100",
      (KLINIK, "careers@successfactors.eu"), "Bestätigung: Bewerbung eingegangen", """
Sehr geehrte Frau Raghunathan,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle „Materialplaner*in
Zentrallager" (Job-ID 88214). Aufgrund der hohen Zahl an Bewerbungen können wir leider nicht
jede Bewerbung einzeln beantworten. Wir melden uns, sobald die Vorauswahl abgeschlossen ist.

Mit freundlichen Grüßen
Hamburger Kliniklogistik – Personalabteilung
""", company=KLINIK, charset="windows-1252", cte="quoted-printable"),
    M("kl_no", "rejection", "de", "2026-02-27 16:02 +0100",
      (KLINIK, "careers@successfactors.eu"), "Ihre Bewerbung (Job-ID 88214)", """
Sehr geehrte Frau Raghunathan,

vielen Dank für Ihr Interesse an der Stelle „Materialplaner*in Zentrallager". Wir möchten
Ihnen mitteilen, dass die Position intern nachbesetzt werden konnte. Das
Bewerbungsverfahren ist damit abgeschlossen.

Ihre Unterlagen werden gemäß Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Hamburger Kliniklogistik – Personalabteilung
""", company=KLINIK, form="html", brand="Hamburger Kliniklogistik", colour="#b71c1c"),

    # ---- Nordbahn Mode, Hamburg (Recruitee): ack -> no-show notice -> (no)
    M("nb_ack", "application_received", "de", "2026-08-17 19:40 +0200",
      (NORD, "nordbahnmode@recruitee.com"), "Danke für Deine Bewerbung!", """
Hey Priyanka,

danke für Deine Bewerbung als Allocation Analyst (m/w/d) bei Nordbahn Mode! Wir schauen uns
Deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen bei Dir.

Bis bald,
Dein People-Team von Nordbahn Mode
""", company=NORD, form="alt", brand="NORDBAHN", colour="#111111"),
    M("nb_missed", "missed_interview_notice", "de", "2026-09-02 11:35 +0200",
      ("Lena Voss", "lena.voss@nordbahn-mode.example.de"), "Unser Call heute um 11 Uhr", """
Hi Priyanka,

wir waren heute um 11:00 Uhr im Google-Meet verabredet und haben eine Viertelstunde auf
Dich gewartet – leider bist Du nicht dazugekommen. Vielleicht ist etwas
dazwischengekommen?

Gib mir gern Bescheid, ob Du noch Interesse an der Stelle hast.

Viele Grüße
Lena
Lena Voss | People & Culture | Nordbahn Mode | Schanzenstraße 21, 20357 Hamburg
""", company=NORD, contact="lena.voss@nordbahn-mode.example.de"),

    # ---- Elbe Kontor (3PL): telephone interview -> moved -> process suspended
    M("ek_invite", "interview_invitation", "de", "2026-01-21 09:48 +0100", ELBE,
      "Telefoninterview Bestandsmanagement", """
Guten Morgen Frau Raghunathan,

vielen Dank für Ihre Bewerbung bei der Elbe Kontor Logistik. Gern würde ich mit Ihnen ein
kurzes Telefoninterview (ca. 30 Minuten) führen. Passt Ihnen Freitag, der 23. Januar, um
15:00 Uhr deutscher Zeit? Ich würde Sie dann unter Ihrer britischen Mobilnummer anrufen.

Mit freundlichen Grüßen
Kai Brüggemann
Teamleiter Personal · Elbe Kontor Logistik · Am Kaiserkai 1 · 20457 Hamburg
""", company="Elbe Kontor Logistik", contact=ELBE[1], name_enc=("b", "utf-8")),
    M("ek_moved", "interview_reschedule_or_cancel", "de", "2026-01-22 17:03 +0100", ELBE,
      "AW: Telefoninterview Bestandsmanagement", """
Guten Abend Frau Raghunathan,

danke für Ihre Zusage. Leider ist mir für morgen eine Betriebsversammlung dazwischengekommen.
Können wir das Telefonat auf Dienstag, 27. Januar, 15:00 Uhr verlegen? Ich rufe Sie wie
besprochen an.

Mit freundlichen Grüßen
Kai Brüggemann
""", company="Elbe Kontor Logistik", contact=ELBE[1], parent="ek_invite", quote="de",
      name_enc=("b", "utf-8"), charset="iso-8859-1", cte="8bit"),
    M("ek_stop", "rejection", "de", "2026-02-11 13:26 +0100", ELBE,
      "Information zu Ihrer Bewerbung", """
Sehr geehrte Frau Raghunathan,

vielen Dank für das nette Telefonat. Leider muss ich Ihnen mitteilen, dass die
Geschäftsführung einen Einstellungsstopp beschlossen hat. Das Auswahlverfahren für die
Stelle im Bestandsmanagement wird daher ausgesetzt, und wir können Ihre Bewerbung nicht
weiter berücksichtigen.

Ich bedauere das sehr und wünsche Ihnen alles Gute.

Mit freundlichen Grüßen
Kai Brüggemann
""", company="Elbe Kontor Logistik", contact=ELBE[1], name_enc=("b", "utf-8")),
]

BELLE = "Jouets Bellerive"
CAMILLE = ("Camille Roux", "camille.roux@jouets-bellerive.example.fr")
CORV_FR = ("Élodie Marchand", "elodie.marchand@corvana.example.fr")
VERL = "Maison Verlaine"
THEO = ("Théo Garnier", "theo.garnier@maisonverlaine.example.fr")
RECRUTIS = ("Nadia Benali", "n.benali@recrutis-conseil.example.fr")

FRENCH: list[Spec] = [
    # ---- Jouets Bellerive, Lyon (Teamtailor): ack -> invite -> missed -> sorry -> invite -> no
    M("jb_ack", "application_received", "fr", "2026-03-16 09:30 +0100",
      (BELLE, "no-reply@teamtailor-mail.com"), "Merci pour votre candidature chez Jouets Bellerive",
      """
Bonjour Priyanka,

Merci d'avoir postulé au poste de Planificatrice / Planificateur de la demande chez Jouets
Bellerive ! Nous avons bien reçu votre candidature et notre équipe va l'étudier avec
attention. Nous reviendrons vers vous dans les meilleurs délais.

À très vite,
L'équipe Talents de Jouets Bellerive
""", company=BELLE, form="alt", brand="Jouets Bellerive", colour="#f57c00"),
    M("jb_invite", "interview_invitation", "fr", "2026-03-25 14:02 +0100", CAMILLE,
      "Entretien visio – Planificateur de la demande", """
Bonjour Priyanka,

Votre profil a retenu notre attention et je vous propose un premier entretien en visio
(Google Meet) le mardi 31 mars à 10h00 (heure de Paris), soit 9h00 à Londres. L'entretien
durera environ 45 minutes, avec Julien Favre, responsable supply chain.

Je vous envoie l'invitation dans la foulée. Pourriez-vous me confirmer votre disponibilité ?

Belle journée,
Camille Roux
Chargée de recrutement – Jouets Bellerive
14 quai Rambaud, 69002 Lyon
""", company=BELLE, contact=CAMILLE[1], charset="windows-1252", cte="quoted-printable",
      ics={"uid": "bellerive-entretien-pr-0331@jouets-bellerive.example.fr", "seq": 0,
           "start": "2026-03-31 10:00", "end": "2026-03-31 10:45",
           "summary": "Entretien Priyanka Raghunathan – Planif. demande",
           "location": "Google Meet", "tz": "Europe/Paris"}),
    M("jb_missed", "missed_interview_notice", "fr", "2026-03-31 10:25 +0200", CAMILLE,
      "Entretien de ce matin", """
Bonjour Priyanka,

Julien et moi vous avons attendue ce matin à 10h00 sur Google Meet, mais nous ne vous avons
pas vue vous connecter. J'ai également essayé de vous joindre par téléphone, sans succès.

J'espère que tout va bien. Si vous souhaitez toujours échanger avec nous, n'hésitez pas à
me proposer de nouveaux créneaux.

Cordialement,
Camille Roux
""", company=BELLE, contact=CAMILLE[1], charset="iso-8859-1", cte="8bit"),
    own("jb_sorry", "2026-03-31 11:02 +0100", CAMILLE, "RE: Entretien de ce matin", """
Bonjour Camille,

Je suis vraiment désolée : avec le passage à l'heure d'été ce week-end, je me suis trompée
d'une heure et je me suis connectée à 10h00 heure de Londres. C'est entièrement de ma faute.
Je reste très motivée par le poste ; je suis disponible jeudi ou vendredi à l'heure qui vous
conviendra.

Avec mes excuses renouvelées,
Priyanka Raghunathan
""", lang="fr", parent="jb_missed", quote="fr", charset="windows-1252", cte="8bit"),
    M("jb_reinvite", "interview_invitation", "fr", "2026-03-31 15:40 +0200", CAMILLE,
      "RE: Entretien de ce matin", """
Bonjour Priyanka,

Pas de souci, cela arrive ! Julien peut vous recevoir vendredi 3 avril à 11h00 heure de
Paris (10h00 à Londres), toujours sur Google Meet. Je vous renvoie l'invitation.

À vendredi,
Camille
""", company=BELLE, contact=CAMILLE[1], parent="jb_sorry", quote="fr",
      ics={"uid": "bellerive-entretien-pr-0403@jouets-bellerive.example.fr", "seq": 0,
           "start": "2026-04-03 11:00", "end": "2026-04-03 11:45",
           "summary": "Entretien Priyanka Raghunathan (nouveau créneau)",
           "location": "Google Meet", "tz": "Europe/Paris"}),
    M("jb_no", "rejection", "fr", "2026-04-17 17:15 +0200",
      (BELLE, "no-reply@teamtailor-mail.com"), "Votre candidature chez Jouets Bellerive", """
Bonjour Priyanka,

Nous vous remercions pour le temps que vous nous avez consacré lors de votre entretien.
Après réflexion, nous avons choisi de poursuivre avec un autre profil, dont l'expérience
correspond plus étroitement aux besoins actuels de l'équipe.

Nous conservons votre candidature et ne manquerons pas de revenir vers vous si une
opportunité se présentait.

Bien cordialement,
L'équipe Talents de Jouets Bellerive
""", company=BELLE, form="html", brand="Jouets Bellerive", colour="#f57c00"),

    # ---- Corvana Logistics, Lyon site: ack -> invite -> moved -> offer -> letter (declined)
    M("cl_ack", "application_received", "fr", "2026-04-06 08:15 +0200",
      ("Corvana Logistics", "no-reply@greenhouse-mail.io"),
      "Votre candidature chez Corvana Logistics", """
Bonjour Priyanka,

Merci pour votre candidature au poste de Demand Planner – Entrepôt de Saint-Priest (Lyon).
Nous l'avons bien reçue. Notre équipe recrutement l'examinera et vous recontactera si votre
profil correspond au poste.

Cordialement,
L'équipe recrutement Corvana Logistics France
""", company="Corvana Logistics", form="html", brand="Corvana Logistics", colour="#00695c"),
    M("cl_invite", "interview_invitation", "fr", "2026-04-13 10:20 +0200", CORV_FR,
      "Invitation à un entretien – Demand Planner Saint-Priest", """
Bonjour Priyanka,

Suite à l'examen de votre candidature, nous souhaitons vous rencontrer. Je vous propose un
entretien en visioconférence (Teams) avec Marc Lefèvre, directeur de site, et moi-même le
lundi 20 avril à 14h00.

Merci de me confirmer votre présence par retour de mail.

Cordialement,
Élodie Marchand
Responsable RH – Corvana Logistics France
ZI Mi-Plaine, 69800 Saint-Priest – Tél. +33 4 72 55 01 90
""", company="Corvana Logistics", contact=CORV_FR[1], name_enc=("q", "iso-8859-1"),
      charset="windows-1252", cte="quoted-printable"),
    M("cl_moved", "interview_reschedule_or_cancel", "fr", "2026-04-17 12:05 +0200", CORV_FR,
      "Report de notre entretien de lundi", """
Bonjour Priyanka,

Marc doit se rendre sur un autre site lundi après-midi. Je me permets donc de décaler notre
entretien au mardi 21 avril à 9h30, même lien Teams. Dites-moi si ce créneau vous convient.

Merci de votre compréhension,
Élodie Marchand
""", company="Corvana Logistics", contact=CORV_FR[1], name_enc=("q", "iso-8859-1"),
      subj_enc=("b", "utf-8")),
    M("cl_offer", "offer", "fr", "2026-05-05 18:10 +0200", CORV_FR,
      "Proposition d'embauche – Demand Planner", """
Bonjour Priyanka,

Suite à nos échanges et à votre entretien avec Marc, j'ai le plaisir de vous confirmer que
nous souhaitons vous proposer le poste de Demand Planner sur notre site de Saint-Priest, en
CDI, avec une rémunération annuelle brute de 42 000 euros.

Vous trouverez en pièce jointe la promesse d'embauche détaillant les conditions. Nous vous
remercions de nous faire part de votre décision d'ici le 15 mai.

Bien cordialement,
Élodie Marchand
Responsable RH – Corvana Logistics France
""", company="Corvana Logistics", contact=CORV_FR[1], name_enc=("q", "iso-8859-1"),
      form="alt", attach=[("Promesse_embauche_Raghunathan.pdf", [
          "Corvana Logistics France - Promesse d'embauche", "",
          "Poste : Demand Planner, CDI, site de Saint-Priest",
          "Remuneration annuelle brute : 42 000 euros",
          "Date d'entree : a convenir"])]),
    M("cl_reminder", "offer", "fr", "2026-05-12 09:00 +0200", CORV_FR,
      "RE: Proposition d'embauche – Demand Planner", """
Bonjour Priyanka,

Je reviens vers vous concernant notre proposition d'embauche. Comme convenu au téléphone,
nous pouvons prendre en charge une partie de vos frais de déménagement (jusqu'à 2 500 euros)
si cela peut vous aider dans votre décision. L'offre reste valable jusqu'au 15 mai.

Bien à vous,
Élodie
""", company="Corvana Logistics", contact=CORV_FR[1], name_enc=("q", "iso-8859-1"),
      parent="cl_offer", quote="fr"),
    own("cl_decline", "2026-05-14 20:12 +0100", CORV_FR,
        "RE: Proposition d'embauche – Demand Planner", """
Bonjour Élodie,

Je vous remercie sincèrement pour cette proposition et pour votre geste concernant le
déménagement. Après mûre réflexion, et pour des raisons familiales, je ne suis pas en mesure
de m'installer à Lyon cette année. Je dois donc malheureusement décliner votre offre.

J'espère avoir l'occasion de travailler avec Corvana à l'avenir.

Bien cordialement,
Priyanka
""", lang="fr", parent="cl_reminder", quote="fr"),

    # ---- Maison Verlaine, Lyon (Recruitee): ack -> invite -> moved -> no
    M("mv_ack", "application_received", "fr", "2026-01-27 13:45 +0100",
      (VERL, "maisonverlaine@recruitee.com"), "Nous avons bien reçu votre candidature", """
Chère Priyanka,

Nous vous remercions de l'intérêt que vous portez à Maison Verlaine. Votre candidature au
poste d'Analyste approvisionnement boutiques a bien été enregistrée.

Notre équipe l'étudiera avec soin. Sans retour de notre part sous quatre semaines, vous
pourrez considérer que votre candidature n'a pas été retenue.

Maison Verlaine – Ressources humaines
""", company=VERL, charset="windows-1252", cte="8bit"),
    M("mv_invite", "interview_invitation", "fr", "2026-02-09 11:11 +0100", THEO,
      "Maison Verlaine – rencontre pour le poste d'analyste approvisionnement", """
Bonjour Priyanka,

Je vous remercie pour votre candidature. Nous aimerions échanger avec vous lors d'un
entretien téléphonique de 30 minutes, le jeudi 12 février à 16h00 (heure française).

Je vous appellerai au numéro indiqué sur votre CV.

Bien cordialement,
Théo Garnier
Talent Acquisition – Maison Verlaine
8 rue de la République, 69001 Lyon
""", company=VERL, contact=THEO[1], form="alt", name_enc=("b", "utf-8")),
    M("mv_moved", "interview_reschedule_or_cancel", "fr", "2026-02-11 18:30 +0100", THEO,
      "Changement d'horaire – entretien de demain", """
Bonjour Priyanka,

Un imprévu m'oblige à décaler notre échange de demain. Serait-il possible de le tenir
vendredi 13 février à 11h00 (10h00 pour vous) ? Sinon, proposez-moi un autre moment.

Toutes mes excuses,
Théo
""", company=VERL, contact=THEO[1], name_enc=("b", "utf-8"), cte="base64"),
    M("mv_no", "rejection", "fr", "2026-03-03 10:05 +0100", THEO,
      "Suite à notre entretien", """
Bonjour Priyanka,

Merci encore pour notre échange de vendredi dernier. Malheureusement, nous ne pourrons pas
donner une suite favorable à votre candidature : nous recherchons finalement un profil ayant
déjà une expérience de l'allocation en centrale d'achat.

Je vous souhaite une excellente continuation dans vos recherches.

Bien cordialement,
Théo Garnier
""", company=VERL, contact=THEO[1], name_enc=("b", "utf-8"),
      charset="iso-8859-1", cte="quoted-printable"),

    # ---- Recrutis Conseil (agency, Lyon): named client Halles Dauphiné, an unnamed client
    M("rc_invite", "interview_invitation", "fr", "2026-05-26 09:40 +0200", RECRUTIS,
      "Entretien chez Halles Dauphiné Distribution", """
Bonjour Priyanka,

Bonne nouvelle : notre client Halles Dauphiné Distribution, grossiste alimentaire basé à
Corbas, souhaite vous rencontrer pour le poste de Planificateur approvisionnement.

Entretien en visio le mercredi 3 juin à 15h00 avec Mme Perrin, directrice logistique.
Le lien vous sera envoyé par leurs soins.

Je reste disponible pour vous préparer à l'entretien.

Nadia Benali
Consultante senior – Recrutis Conseil
27 cours Lafayette, 69003 Lyon – 04 78 55 22 10
""", company="Halles Dauphiné Distribution", contact=RECRUTIS[1],
      charset="windows-1252", cte="quoted-printable"),
    M("rc_moved", "interview_reschedule_or_cancel", "fr", "2026-06-01 16:48 +0200", RECRUTIS,
      "RE: Entretien chez Halles Dauphiné Distribution", """
Bonjour Priyanka,

Mme Perrin m'informe qu'elle doit avancer votre entretien au mardi 2 juin à 17h00 (16h00 à
Leicester), en raison d'un inventaire prévu le mercredi. Est-ce possible pour vous ?

Merci de me répondre rapidement,
Nadia
""", company="Halles Dauphiné Distribution", contact=RECRUTIS[1], parent="rc_invite",
      quote="fr"),
    M("rc_no_named", "rejection", "fr", "2026-06-12 11:20 +0200", RECRUTIS,
      "Retour de Halles Dauphiné Distribution", """
Bonjour Priyanka,

J'ai eu le retour de Halles Dauphiné Distribution. Ils ont apprécié votre dynamisme mais ont
décidé de retenir un candidat déjà en poste dans la région, disponible immédiatement. Ils ne
donneront donc pas suite à votre candidature.

Je suis désolée pour cette réponse et je continue à chercher pour vous.

Nadia
""", company="Halles Dauphiné Distribution", contact=RECRUTIS[1]),
    M("rc_no_unnamed", "rejection", "fr", "2026-09-08 14:30 +0200", RECRUTIS,
      "Votre candidature – poste de responsable planification", """
Bonjour Priyanka,

Je vous avais présentée à l'un de nos clients, un acteur de la distribution spécialisée en
région lyonnaise. Malheureusement, le client a choisi de ne pas poursuivre avec votre profil
pour cette mission.

Recrutis Conseil vous remercie pour votre confiance.

Nadia Benali
Consultante senior – Recrutis Conseil
""", company="Recrutis Conseil", contact=RECRUTIS[1]),

    # ---- GHT Rhône Achats (hospital supply, Taleo): ack -> filled internally
    M("ght_ack", "application_received", "fr", "2026-02-18 06:30 +0100",
      ("GHT Rhône Achats", "ght-rhone-recrutement@taleo.net"),
      "Accusé de réception de votre candidature", """
Madame,

Nous accusons réception de votre candidature au poste de Gestionnaire approvisionnement
pharmacie et dispositifs médicaux (réf. 2026-0142).

En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre
individuellement à chacune d'entre elles. Seules les personnes retenues pour un entretien
seront contactées.

Direction des ressources humaines – GHT Rhône Achats
Ceci est un message automatique, merci de ne pas y répondre.
""", company="GHT Rhône Achats", name_enc=("q", "iso-8859-1"), subj_enc=("q", "utf-8")),
    M("ght_no", "rejection", "fr", "2026-04-02 07:00 +0200",
      ("GHT Rhône Achats", "ght-rhone-recrutement@taleo.net"),
      "Votre candidature – réf. 2026-0142", """
Madame,

Nous vous remercions de l'intérêt porté à notre établissement. Nous vous informons que le
poste de Gestionnaire approvisionnement (réf. 2026-0142) a été pourvu par mobilité interne.

Nous vous remercions de votre compréhension.

Direction des ressources humaines – GHT Rhône Achats
""", company="GHT Rhône Achats", name_enc=("q", "iso-8859-1"), form="html",
      brand="GHT Rhône Achats", charset="windows-1252", cte="quoted-printable"),
]

MERC = "Mercatto"
LUCIA = ("Lucía Fernández", "lucia.fernandez@mercatto.example.es")
SIERRA = "Textiles Sierra"
ALVARO = ("Álvaro Martín", "alvaro.martin@textilessierra.example.es")
SELECTA = ("Marta Iglesias", "marta.iglesias@gruposelecta.example.es")

SPANISH: list[Spec] = [
    # ---- Mercatto, Madrid (SmartRecruiters): ack -> invite -> cancelled -> invite -> no
    M("me_ack", "application_received", "es", "2026-05-11 10:00 +0200",
      (MERC, "mercatto@smartrecruiters.com"), "Hemos recibido tu candidatura", """
Hola Priyanka:

¡Gracias por tu interés en Mercatto! Hemos recibido tu candidatura para el puesto de Demand
Planner Marketplace (Madrid). Nuestro equipo la revisará y, si tu perfil encaja, nos
pondremos en contacto contigo.

Un saludo,
Equipo de Talento de Mercatto
""", company=MERC, form="alt", brand="mercatto", colour="#6a1b9a"),
    M("me_invite", "interview_invitation", "es", "2026-05-20 12:34 +0200",
      ("Lucía Fernández via SmartRecruiters", "mercatto@smartrecruiters.com"),
      "Entrevista con Mercatto – Demand Planner", """
Hola Priyanka:

Nos ha gustado mucho tu perfil y queremos conocerte. Te invito a una entrevista por
videollamada el jueves 28 de mayo a las 12:00 (hora de Madrid) con Pablo Ortega, Head of
Supply Planning, y conmigo.

Te adjunto la invitación de calendario. La entrevista puede ser en inglés.

Un abrazo,
Lucía Fernández
Talent Acquisition – Mercatto
""", company=MERC, contact=LUCIA[1], reply_to=LUCIA,
      ics={"uid": "sr-mercatto-dp-pr-0528@smartrecruiters.com", "seq": 0,
           "start": "2026-05-28 12:00", "end": "2026-05-28 13:00",
           "summary": "Entrevista Demand Planner – Priyanka Raghunathan",
           "location": "Google Meet", "tz": "Europe/Madrid", "organizer": LUCIA}),
    M("me_cancel", "interview_reschedule_or_cancel", "es", "2026-05-26 18:22 +0200", LUCIA,
      "Cancelada: Entrevista Demand Planner – jueves 28", """
Hola Priyanka:

Lamentablemente tenemos que cancelar la entrevista del jueves: Pablo estará esa semana en
nuestro almacén de Zaragoza. Tu candidatura sigue adelante y te propondré una nueva fecha en
los próximos días.

Disculpa las molestias.
Lucía
""", company=MERC, contact=LUCIA[1],
      ics={"uid": "sr-mercatto-dp-pr-0528@smartrecruiters.com", "seq": 1, "method": "CANCEL",
           "start": "2026-05-28 12:00", "end": "2026-05-28 13:00",
           "summary": "Cancelada: Entrevista Demand Planner", "tz": "Europe/Madrid",
           "organizer": LUCIA}),
    M("me_reinvite", "interview_invitation", "es", "2026-06-01 09:50 +0200", LUCIA,
      "Nueva fecha para tu entrevista con Mercatto", """
Hola de nuevo, Priyanka:

Como te prometí, aquí va la nueva propuesta: martes 9 de junio a las 11:00 (10:00 en Reino
Unido), por Google Meet, con Pablo Ortega. Te he enviado la nueva invitación.

¡Hasta pronto!
Lucía
""", company=MERC, contact=LUCIA[1], parent="me_cancel", quote="es",
      charset="iso-8859-1", cte="8bit"),
    M("me_no", "rejection", "es", "2026-06-24 16:05 +0200",
      (MERC, "mercatto@smartrecruiters.com"), "Actualización sobre tu candidatura en Mercatto", """
Hola Priyanka:

Gracias por participar en nuestro proceso de selección y por el tiempo que nos has dedicado.
Tras valorar todas las candidaturas, hemos decidido continuar con otras personas cuyo perfil
se ajusta más a las necesidades actuales del puesto.

Te deseamos mucho éxito en tu búsqueda.

Equipo de Talento de Mercatto
""", company=MERC, form="html", brand="mercatto", colour="#6a1b9a"),

    # ---- Textiles Sierra, Madrid (SuccessFactors): ack -> invite -> moved -> no
    M("ts_ack", "application_received", "es", "2026-02-04 09:15 +0100",
      (SIERRA, "empleo-textilessierra@successfactors.eu"),
      "Confirmación de recepción de candidatura", """
Estimada Priyanka Raghunathan:

Le confirmamos que hemos recibido correctamente su candidatura para la posición de Analista
de Planificación de Stock (Ref. TS-0311). Revisaremos su perfil y, en caso de que encaje con
los requisitos, nos pondremos en contacto con usted.

Atentamente,
Departamento de Personas – Textiles Sierra
""", company=SIERRA, charset="windows-1252", cte="quoted-printable"),
    M("ts_invite", "interview_invitation", "es", "2026-02-19 13:00 +0100", ALVARO,
      "Entrevista – Analista de Planificación de Stock", """
Estimada Priyanka:

Nos gustaría invitarle a una entrevista por Teams el miércoles 25 de febrero a las 10:30
(hora peninsular española). Participarán Carmen Ruiz, jefa de aprovisionamiento, y yo mismo.

Le ruego que me confirme su asistencia.

Un cordial saludo,
Álvaro Martín
Técnico de Selección – Textiles Sierra
C/ de Alcalá 155, 28009 Madrid · +34 91 555 47 20
""", company=SIERRA, contact=ALVARO[1], name_enc=("q", "iso-8859-1"),
      charset="windows-1252", cte="8bit"),
    M("ts_moved", "interview_reschedule_or_cancel", "es", "2026-02-23 10:40 +0100", ALVARO,
      "RE: Entrevista – Analista de Planificación de Stock", """
Estimada Priyanka:

Le escribo para cambiar la hora de la entrevista del miércoles: Carmen tiene una reunión con
proveedores y nos vendría mejor a las 16:00 en lugar de a las 10:30. El enlace de Teams es el
mismo. ¿Le viene bien?

Un saludo,
Álvaro
""", company=SIERRA, contact=ALVARO[1], name_enc=("q", "iso-8859-1"), parent="ts_invite",
      quote="es", subj_enc=("b", "utf-8")),
    M("ts_no", "rejection", "es", "2026-03-13 12:12 +0100", ALVARO,
      "Resultado del proceso de selección", """
Estimada Priyanka:

Gracias por su tiempo y por la entrevista. Lamentamos comunicarle que, en esta ocasión, no
ha sido seleccionada para continuar en el proceso. Hemos optado por un perfil con
experiencia previa en planificación de temporada.

Guardaremos su currículum para futuras vacantes.

Un cordial saludo,
Álvaro Martín
""", company=SIERRA, contact=ALVARO[1], name_enc=("q", "iso-8859-1"), form="alt"),

    # ---- Grupo Selecta (agency, Madrid): named client Distribuciones Ebro, unnamed client
    M("gs_invite", "interview_invitation", "es", "2026-07-06 11:30 +0200", SELECTA,
      "Entrevista con Distribuciones Ebro – viernes", """
Hola Priyanka:

Te escribo desde Grupo Selecta. Nuestro cliente, Distribuciones Ebro (operador logístico con
sede en Coslada), quiere entrevistarte para el puesto de Planificadora de Demanda.

Día: viernes 10 de julio
Hora: 9:30 (hora de Madrid)
Formato: llamada por Teams con Jorge Salinas, director de operaciones

Confírmame, por favor, que te viene bien.

Marta Iglesias
Consultora – Grupo Selecta
""", company="Distribuciones Ebro", contact=SELECTA[1], form="alt"),
    M("gs_missed", "missed_interview_notice", "es", "2026-07-10 10:05 +0200", SELECTA,
      "¿Qué ha pasado con la entrevista de hoy?", """
Hola Priyanka:

Jorge Salinas me acaba de llamar: te ha estado esperando en Teams desde las 9:30 y no te has
conectado. Yo también te he llamado al móvil sin respuesta.

¿Ha pasado algo? Dime algo cuando puedas para ver si el cliente acepta otra fecha.

Marta
""", company="Distribuciones Ebro", contact=SELECTA[1], parent="gs_invite", quote="es",
      charset="windows-1252", cte="8bit"),
    M("gs_no", "rejection", "es", "2026-09-21 13:45 +0200", SELECTA,
      "Proceso de selección – Responsable de Aprovisionamiento", """
Hola Priyanka:

Te presenté hace unas semanas para un proceso con uno de nuestros clientes, una empresa de
distribución en la zona de Madrid. Siento decirte que el cliente ha decidido no avanzar con
tu candidatura.

Gracias por tu confianza en Grupo Selecta.

Marta Iglesias
Consultora – Grupo Selecta
""", company="Grupo Selecta", contact=SELECTA[1]),

    # ---- Hospitalaria Castellana (hospital supply, Workable): ack -> process suspended
    M("hc_ack", "application_received", "es", "2026-03-23 08:20 +0100",
      ("Hospitalaria Castellana", "noreply@workablemail.com"),
      "Gracias por tu solicitud – Técnico/a de Aprovisionamiento", """
Hola Priyanka,

Gracias por enviar tu solicitud para Técnico/a de Aprovisionamiento Hospitalario en
Hospitalaria Castellana. Hemos recibido tu candidatura correctamente.

No podemos responder personalmente a cada solicitud, pero revisaremos todas con atención.

Saludos,
Hospitalaria Castellana
Enviado con Workable
""", company="Hospitalaria Castellana", form="alt"),
    M("hc_no", "rejection", "es", "2026-04-29 09:00 +0200",
      ("Raquel Domínguez", "rdominguez@hospitalaria-castellana.example.es"),
      "Suspensión del proceso de selección", """
Estimada candidata:

Le informamos de que, por motivos presupuestarios, la dirección ha decidido suspender el
proceso de selección para el puesto de Técnico/a de Aprovisionamiento. Por este motivo, no
continuaremos con su candidatura.

Agradecemos sinceramente su interés.

Raquel Domínguez
Responsable de Selección – Hospitalaria Castellana
Avda. de la Castellana 260, 28046 Madrid
""", company="Hospitalaria Castellana", contact="rdominguez@hospitalaria-castellana.example.es",
      subj_enc=("q", "iso-8859-1"), name_enc=("b", "iso-8859-1")),

    # ---- Juguetes Albar (BambooHR): not shortlisted; Logística Manzanares: missed call
    M("ja_no", "rejection", "es", "2026-08-27 17:30 +0200",
      ("Juguetes Albar", "notifications@bamboohr.com"), "Tu candidatura en Juguetes Albar", """
Hola Priyanka:

Gracias por tu interés en el puesto de Planificador/a de Producción. Hemos revisado tu
candidatura con atención, pero en esta ocasión no vamos a avanzar con ella.

¡Te deseamos mucha suerte!
Juguetes Albar – Recursos Humanos
""", company="Juguetes Albar", form="html", brand="Juguetes Albar", colour="#c62828"),
    M("lm_missed", "missed_interview_notice", "es", "2026-10-06 11:10 +0200",
      ("Sergio Peña", "sergio.pena@logisticamanzanares.example.es"),
      "Llamada de esta mañana", """
Buenos días, Priyanka:

Te hemos llamado a las 10:30, como habíamos quedado, para la entrevista telefónica del
puesto de Analista de Inventario, pero no hemos conseguido localizarte. Si sigues
interesada, respóndeme y buscamos otro hueco.

Saludos,
Sergio Peña
RR. HH. – Logística Manzanares
""", company="Logística Manzanares", contact="sergio.pena@logisticamanzanares.example.es",
      charset="windows-1252", cte="quoted-printable"),
]

SPECS: list[Spec] = GERMAN + FRENCH + SPANISH
