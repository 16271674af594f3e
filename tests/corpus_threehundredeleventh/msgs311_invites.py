"""Invitations to interviews, calls, assessment centres and trial days, 26 messages."""

from __future__ import annotations

from msgs311_common import Spec, mail

K = "interview_invitation"

MESSAGES: list[Spec] = [
    mail("lf_inv", K, "de", "2026-05-11 16:40 +0200",
         "Katrin Wendel <katrin.wendel@lernfabrik-digital.example.de>",
         "Einladung zum Kennenlernen – Instructional Designer",
         """
Hallo Frau Freitag,

vielen Dank für Ihre Bewerbung und die schönen Arbeitsproben – besonders Ihr Erklärvideo zur Bruchrechnung hat unser Team begeistert.

Wir würden Sie gern persönlich kennenlernen und laden Sie herzlich zu einem Gespräch ein:

Dienstag, 19. Mai 2026, 10:00–11:30 Uhr
Lernfabrik Digital, Karl-Heine-Bogen 12, 04229 Leipzig (3. OG, bitte am Empfang melden)

Sie sprechen mit mir und mit Paul Osterloh, unserem Lead Instructional Designer. Planen Sie bitte etwa 20 Minuten ein, in denen Sie uns eine kurze Lerneinheit Ihrer Wahl vorstellen.

Eine Kalendereinladung hängt an. Geben Sie mir bitte kurz Bescheid, ob der Termin für Sie passt.

Viele Grüße
Katrin Wendel
People & Culture
Lernfabrik Digital GmbH
Karl-Heine-Bogen 12 · 04229 Leipzig
Tel. +49 341 555 7720
""", company="Lernfabrik Digital", contact="katrin.wendel@lernfabrik-digital.example.de",
         fmt="plain", cte="quoted-printable",
         ics={"method": "REQUEST", "uid": "lf-2026-0519-freitag@lernfabrik-digital.example.de",
              "seq": 0, "start": "20260519T100000", "end": "20260519T113000",
              "summary": "Kennenlernen Johanna Freitag – Instructional Designer",
              "location": "Lernfabrik Digital, Karl-Heine-Bogen 12, 04229 Leipzig",
              "organizer_name": "Katrin Wendel"}),

    mail("qw_inv", K, "en", "2026-02-17 14:21 +0100",
         "Lena Hoffmann via Greenhouse <no-reply@greenhouse-mail.io>",
         "Quellwerk Software: let's schedule your interview",
         """
Hi Johanna,

Thanks so much for applying to the Learning Experience Designer (Customer Education) role. The team enjoyed your portfolio and we'd love to invite you to a first interview with our Head of Customer Education, Malte Sievers.

The conversation will be 45 minutes over Google Meet. Please pick a time that works for you using the link below:

https://app.greenhouse.example.io/schedule/quellwerk/7f3c92

If none of the slots work, just reply to this email and I'll find another option.

Best,
Lena Hoffmann
Talent Partner, Quellwerk Software
""", company="Quellwerk Software", contact="lena.hoffmann@quellwerk.example.de",
         reply_to="Lena Hoffmann <lena.hoffmann@quellwerk.example.de>", fmt="alt",
         brand="Quellwerk"),

    mail("qw_cal", K, "en", "2026-02-18 09:47 +0100",
         "Lena Hoffmann <lena.hoffmann@quellwerk.example.de>",
         "Invitation: Interview Johanna Freitag / Quellwerk @ Tue 24 Feb 2026 15:00 - 15:45 (CET)",
         """
Johanna Freitag has been invited to the following event.

Interview Johanna Freitag / Quellwerk
When: Tuesday 24 Feb 2026, 15:00 – 15:45 Central European Time – Berlin
Where: Google Meet – meet.example.com/qwk-frtg-lxd
Who: Lena Hoffmann (organiser), Malte Sievers, Johanna Freitag

Hi Johanna, thanks for booking a slot – looking forward to it! Malte will ask about a training you designed and how you measure learning. No preparation needed beyond that. – Lena

Going (johanna.freitag@example.de)? Yes - Maybe - No
""", company="Quellwerk Software", contact="lena.hoffmann@quellwerk.example.de",
         fmt="alt", parent="qw_inv",
         ics={"method": "REQUEST", "uid": "qwk-3301-frtg@quellwerk.example.de", "seq": 0,
              "start": "20260224T150000", "end": "20260224T154500",
              "summary": "Interview Johanna Freitag / Quellwerk",
              "location": "meet.example.com/qwk-frtg-lxd", "organizer_name": "Lena Hoffmann"}),

    mail("el_inv", K, "de", "2026-03-16 13:20 +0100",
         "Sabine Krause <sabine.krause@elbland-kk.example.de>",
         "Einladung zum Vorstellungsgespräch – Referentin Betriebliche Weiterbildung",
         """
Sehr geehrte Frau Freitag,

nach Sichtung Ihrer Unterlagen möchten wir Sie gern näher kennenlernen. Wir laden Sie daher zu einem ersten Vorstellungsgespräch per Microsoft Teams ein:

Termin: Dienstag, 24. März 2026, 10:00 Uhr
Dauer: ca. 45 Minuten
Gesprächspartner: Herr Kaminski (Leitung Personalentwicklung) und ich

Den Einwahllink erhalten Sie am Vortag in einer gesonderten E-Mail. Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese Nachricht.

Mit freundlichen Grüßen

Sabine Krause
Personalmanagement / Recruiting
Elbland Krankenkasse
Ostra-Allee 40 | 01067 Dresden
Telefon: 0351 555 4471
sabine.krause@elbland-kk.example.de

------------------------------------------------------------
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
""", company="Elbland Krankenkasse", contact="sabine.krause@elbland-kk.example.de",
         fmt="alt", cte="quoted-printable", html_cte="quoted-printable"),

    mail("el_inv2", K, "de", "2026-04-02 09:40 +0200",
         "Sabine Krause <sabine.krause@elbland-kk.example.de>",
         "AW: Entschuldigung wegen des verpassten Termins",
         """
Liebe Frau Freitag,

kein Problem, so etwas kann passieren – danke, dass Sie sich gleich gemeldet haben. Das nachgeholte Gespräch am 26. März hat Herrn Kaminski und mich überzeugt.

Wir möchten Sie deshalb zur zweiten Runde zu uns nach Dresden einladen:

Dienstag, 14. April 2026, 13:00 bis ca. 15:30 Uhr
Elbland Krankenkasse, Ostra-Allee 40, Raum 4.12

Bitte bereiten Sie eine 15-minütige Präsentation vor: "Wie würden Sie eine Pflichtschulung zum Datenschutz für 800 Mitarbeitende als Blended-Learning-Format aufbauen?" Anschließend lernen Sie das Team kennen. Fahrtkosten erstatten wir Ihnen gern.

Mit freundlichen Grüßen
Sabine Krause
Personalmanagement / Recruiting
Elbland Krankenkasse
""", company="Elbland Krankenkasse", contact="sabine.krause@elbland-kk.example.de",
         parent="el_sorry", quote="outlook_de", cte="quoted-printable"),

    mail("mw_inv", K, "de", "2026-02-02 15:10 +0100",
         "Henrik Lindner <henrik.lindner@mahrwald-automotive.example.de>",
         "Einladung Assessment-Center am 17.02.2026 – R-10482",
         """
Sehr geehrte Frau Freitag,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Position Trainerin Technische Weiterbildung gekommen sind. Gern laden wir Sie zu unserem eintägigen Assessment-Center ein.

Datum: Dienstag, 17. Februar 2026
Beginn: 08:30 Uhr, Ende gegen 16:00 Uhr
Ort: Mahrwald Automotive, Werk Leipzig-Nord, Gebäude C, Schulungszentrum
Adresse: An der Autobahn 21, 04158 Leipzig

Den genauen Ablaufplan sowie eine Anfahrtsbeschreibung finden Sie im Anhang. Bitte bringen Sie einen gültigen Lichtbildausweis mit und geben Sie uns bis zum 9. Februar Bescheid, ob Sie teilnehmen.

Mit freundlichen Grüßen

i. A. Henrik Lindner
Talent Acquisition Partner
Mahrwald Automotive GmbH | An der Autobahn 21 | 04158 Leipzig
Tel. +49 341 555 9082 | Mobil +49 170 5550 9082
Sitz der Gesellschaft: Leipzig | Amtsgericht Leipzig HRB 99999 | Geschäftsführer: Dr. Ralf Mahrwald
""", company="Mahrwald Automotive", contact="henrik.lindner@mahrwald-automotive.example.de",
         cte="quoted-printable",
         attach=[("AC_Ablaufplan_17-02-2026.pdf",
                  ["Mahrwald Automotive - Assessment-Center 17.02.2026",
                   "08:30 Begrüßung und Kennenlernen",
                   "09:15 Trainingssimulation (20 Min.)",
                   "10:30 Gruppenübung Lernkonzept",
                   "12:00 Mittagessen im Werk",
                   "13:00 Interview mit Fachbereich",
                   "15:30 Feedback und Abschluss"])]),

    mail("vhs_inv", K, "de", "2026-03-02 10:05 +0100",
         "Dr. Ulrike Sommerfeld <u.sommerfeld@vhs-erfurt.example.de>",
         "Einladung zur Probestunde und zum Gespräch",
         """
Sehr geehrte Frau Freitag,

Ihre Bewerbung als Kursleiterin für Digitale Grundbildung hat uns angesprochen. Wir möchten Sie einladen, uns in einer Probestunde von 30 Minuten zu zeigen, wie Sie Erwachsenen ohne Vorkenntnisse den Umgang mit Videokonferenzen näherbringen würden. Im Anschluss führen wir ein Gespräch mit Ihnen.

Termin: Donnerstag, 12. März 2026, 16:30 Uhr
Ort: Volkshochschule Erfurt, Am Lernpfad 7, Raum 204

Beamer und Laptop sind vorhanden. Bitte teilen Sie uns mit, ob Sie den Termin wahrnehmen können.

Mit freundlichen Grüßen
Dr. Ulrike Sommerfeld
Fachbereichsleiterin Beruf und Karriere
Volkshochschule Erfurt
Tel. 0361 555 2140
""", company="Volkshochschule Erfurt", contact="u.sommerfeld@vhs-erfurt.example.de",
         charset="iso-8859-1", cte="quoted-printable"),

    mail("mb_inv", K, "de", "2026-07-01 14:55 +0200",
         "Tobias Renner <tobias.renner@muldentalbank.example.de>",
         "Telefoninterview Referentin Digitale Lernformate",
         """
Guten Tag Frau Freitag,

vielen Dank für Ihre Bewerbung bei der Muldental Bank Akademie. Gern möchte ich Sie in einem ersten Telefoninterview kennenlernen.

Vorschlag: Mittwoch, 8. Juli 2026, um 11:00 Uhr. Ich rufe Sie unter der in Ihrem Lebenslauf angegebenen Nummer (0176 5551 2390) an. Das Gespräch dauert etwa 30 Minuten.

Sollte der Termin nicht passen, nennen Sie mir gern zwei Alternativen.

Freundliche Grüße
Tobias Renner
Leiter Bildungsprogramme
Muldental Bank Akademie
Markt 4 · 04668 Grimma
""", company="Muldental Bank Akademie", contact="tobias.renner@muldentalbank.example.de",
         fmt="html", cte="quoted-printable"),

    mail("fx_inv", K, "de", "2026-06-09 11:17 +0200",
         "Sandra Kühn | Flexa Zeitarbeit <s.kuehn@flexa-zeitarbeit.example.de>",
         "Vorstellungsgespräch bei unserem Kunden – Schulungsreferentin",
         """
Hallo Frau Freitag,

wie gestern am Telefon besprochen, hat unser Kunde – ein Energieversorger aus dem Leipziger Umland – großes Interesse an Ihrem Profil für den Einsatz als Schulungsreferentin (Einführung neues Abrechnungssystem, zunächst 9 Monate).

Das Vorstellungsgespräch findet statt am:
Montag, 15. Juni 2026, 9:30 Uhr
beim Kunden vor Ort in Markkleeberg (die genaue Adresse schicke ich Ihnen per SMS, da der Kunde anonym bleiben möchte)

Ich begleite Sie zu dem Gespräch; wir treffen uns um 9:15 Uhr am Eingang. Bitte bringen Sie Ihren Personalausweis mit.

Viele Grüße
Sandra Kühn
Personaldisponentin
Flexa Zeitarbeit GmbH – Niederlassung Leipzig
Petersstraße 30, 04109 Leipzig
Tel. 0341 555 6610
""", company="Flexa Zeitarbeit", contact="s.kuehn@flexa-zeitarbeit.example.de",
         cte="8bit"),

    mail("br_inv_kalt", K, "de", "2026-06-03 17:22 +0200",
         "Jens Brückner <jb@brueckner-personal.example.de>",
         "Kaltenegger Seminare möchte Sie kennenlernen",
         """
Liebe Frau Freitag,

gute Nachrichten aus Salzburg: Kaltenegger Seminare, für die ich die Stelle "Trainerin & Konzepterin Führungskräfteentwicklung" besetze, möchte Sie zu einem ersten Gespräch einladen.

Vorgeschlagen sind:
- Mittwoch, 10. Juni, 14:00 Uhr, oder
- Freitag, 12. Juni, 10:00 Uhr,
jeweils per Zoom mit Frau Mag. Kaltenegger (Geschäftsführung) und Herrn Pichler (Leitung Seminare).

Sagen Sie mir bitte, welcher Termin Ihnen lieber ist, dann gebe ich es weiter. Vorab gern noch ein kurzes Telefonat zur Vorbereitung – ich rufe Sie morgen früh an.

Herzliche Grüße
Jens Brückner
Brückner Personalberatung
Gohliser Straße 18 · 04105 Leipzig
Mobil 0172 555 4812
""", company="Kaltenegger Seminare", contact="jb@brueckner-personal.example.de",
         name_enc=("iso-8859-1", "q"), charset="windows-1252", cte="8bit"),

    mail("dh_inv", K, "de", "2026-08-26 09:30 +0200",
         "Datenhafen Software <noreply@softgarden.io>",
         "Einladung: Bitte wählen Sie einen Termin für Ihr Videointerview",
         """
Hallo Frau Freitag,

wir möchten Sie gern in einem Videointerview (ca. 40 Minuten) näher kennenlernen. Gesprächspartnerin ist Mira Yilmaz, Teamlead Customer Success.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus den freien Zeitfenstern zwischen dem 31. August und dem 4. September:

https://datenhafen.softgarden.example.io/interview/slot/88c1e0

Den Zugangslink zum Videocall erhalten Sie nach der Buchung automatisch.

Beste Grüße
Ihr Recruiting-Team von Datenhafen Software
""", company="Datenhafen Software", fmt="alt", cte="quoted-printable", brand="Datenhafen"),

    mail("ldv_inv", K, "de", "2026-06-02 10:45 +0200",
         "Referat Z 2 – Personal <personal@landesagentur-dv.example.de>",
         "Einladung zum Auswahlgespräch – Kennziffer LDV-2026-031",
         """
Sehr geehrte Frau Freitag,

bezugnehmend auf Ihre Bewerbung um die Stelle "Sachbearbeitung E-Learning und Qualifizierung (E 11 TV-L)" laden wir Sie zu einem strukturierten Auswahlgespräch vor der Auswahlkommission ein.

Termin: Donnerstag, 18. Juni 2026, 9:00 Uhr
Ort: Landesagentur für digitale Verwaltung, Dienstgebäude Königsbrücker Straße 60, 01099 Dresden, Raum 1.07

Das Gespräch dauert etwa 60 Minuten und beinhaltet eine kurze Arbeitsprobe (Konzeption eines E-Learning-Moduls). Die Gleichstellungsbeauftragte und ein Mitglied des Personalrats nehmen teil.

Bitte bestätigen Sie Ihre Teilnahme bis zum 10. Juni 2026. Reisekosten können leider nicht erstattet werden.

Im Auftrag
Martina Seidel
Sachbearbeiterin Personalgewinnung
Tel. 0351 555 3120
""", company="Landesagentur für digitale Verwaltung",
         contact="martina.seidel@landesagentur-dv.example.de",
         reply_to="Martina Seidel <martina.seidel@landesagentur-dv.example.de>",
         charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "b")),

    mail("lwp_inv", K, "de", "2026-01-27 12:03 +0100",
         "Moritz Haase <moritz@lernwerkstatt-plagwitz.example.de>",
         "Probearbeitstag bei uns?",
         """
Hi Johanna,

danke für das nette Telefonat heute Vormittag! Wie versprochen die Eckdaten für den Probearbeitstag:

Mittwoch, 4. Februar, ab 9:00 Uhr bis ca. 15:00 Uhr
Lernwerkstatt Plagwitz, Zschochersche Str. 48, Hinterhaus, 2. Stock

Du arbeitest mit Ida und mir an einem echten Kundenprojekt (Onboarding-Kurs für einen Pflegedienst) und baust ein kleines Modul in Articulate Rise. Mittagessen geht auf uns. Laptop haben wir, bring aber gern deinen eigenen mit, wenn du magst.

Sag kurz Bescheid, ob das klappt!

Moritz
--
Moritz Haase · Gründer & Geschäftsführer
Lernwerkstatt Plagwitz – digitale Lernangebote
0341 555 0484
""", company="Lernwerkstatt Plagwitz", contact="moritz@lernwerkstatt-plagwitz.example.de",
         cte="8bit"),

    mail("mc_inv", K, "de", "2026-05-26 15:12 +0200",
         "Theresa Gruber <t.gruber@mediencampus-salzburg.example.at>",
         "Telefoninterview nächste Woche?",
         """
Liebe Frau Freitag,

wie versprochen melde ich mich wieder: Ihr Portfolio hat uns gut gefallen, und wir würden gern ein Telefoninterview mit Ihnen führen. Dabei sind ich und Mag. Stefan Hollerer, der den Lehrgang "Digitale Lehre" leitet.

Würde Ihnen Donnerstag, der 4. Juni, um 15:00 Uhr passen? Wir rufen Sie dann unter +49 176 5551 2390 an. Alternativ ginge auch Freitag, 5. Juni, vormittags.

Liebe Grüße
Theresa Gruber
Mediencampus Salzburg
""", company="Mediencampus Salzburg", contact="t.gruber@mediencampus-salzburg.example.at",
         parent="mc_ack", quote="de", subj_enc=("iso-8859-1", "q"), cte="quoted-printable"),

    mail("efa_inv", K, "de", "2026-09-09 08:50 +0200",
         "Elbe Finanz Akademie – Recruiting <recruiting@elbe-finanz-akademie.example.de>",
         "Einladung zum Auswahltag (Assessment) am 23. September",
         """
Sehr geehrte Frau Freitag,

vielen Dank für Ihr Interesse an der Position "Trainerin für digitale Kundenberatung". Wir laden Sie herzlich zu unserem Auswahltag ein:

Mittwoch, 23. September 2026, 9:00 bis 14:30 Uhr, online via Microsoft Teams

Ablauf: Kurzpräsentation (10 Min.), Trainingssequenz mit Rollenspiel, Fachinterview. Die Kalendereinladung mit dem Teams-Link finden Sie anbei; bitte nehmen Sie sie an oder lehnen Sie sie ab.

Bei Rückfragen erreichen Sie mich unter 0351 555 6671.

Freundliche Grüße
Carola Dietz
HR Business Partnerin
Elbe Finanz Akademie
""", company="Elbe Finanz Akademie", contact="carola.dietz@elbe-finanz-akademie.example.de",
         reply_to="Carola Dietz <carola.dietz@elbe-finanz-akademie.example.de>", fmt="alt",
         cte="quoted-printable",
         ics={"method": "REQUEST", "uid": "efa-ac-20260923-0071@elbe-finanz-akademie.example.de",
              "seq": 0, "start": "20260923T090000", "end": "20260923T143000",
              "summary": "Auswahltag Trainerin digitale Kundenberatung – J. Freitag",
              "location": "Microsoft Teams-Besprechung", "organizer_name": "Carola Dietz"}),

    mail("ap_inv_kb", K, "en", "2026-08-04 16:05 +0200",
         "Sophie Baumann <sophie.baumann@kellerbaumann.example.ch>",
         "Alpenfirn – first interview",
         """
Dear Johanna,

Thank you for the good conversation last week. I'm pleased to tell you that Alpenfirn would like to meet you for a first interview for the Learning Experience Lead role in their Zürich headquarters.

Proposed: Tuesday, 11 August, 10:00–11:00 CEST, via Teams, with Dr. Anna Keller-Imhof (Head of People Development) and Luca Bernasconi (Digital Learning).

They will send the Teams link directly. Could you let me know by tomorrow whether the slot works? I'm happy to do a short prep call beforehand.

Kind regards,
Sophie Baumann
Partner
Keller & Baumann Executive Search
Bahnhofstrasse 90 | 8001 Zürich | +41 44 555 20 90
""", company="Alpenfirn", contact="sophie.baumann@kellerbaumann.example.ch",
         parent="kb_cold", quote="en", fmt="alt"),

    mail("ap_inv2", K, "en", "2026-08-18 11:36 +0200",
         "Alpenfirn Talent Acquisition <no-reply@smartrecruiters.com>",
         "Interview invitation: Learning Experience Lead – final round in Zürich",
         """
Dear Johanna,

Thank you for your time in the first interview. We are happy to invite you to the final round of our selection process:

Date: Thursday, 27 August 2026
Time: 13:30 – 16:30
Location: Alpenfirn Versicherungen, Mythenquai 120, 8002 Zürich (reception, ground floor)

The afternoon includes a case presentation (you will receive the brief separately), a conversation with our Chief People Officer and a coffee with the team. We will reimburse your travel costs from Leipzig.

Please confirm your attendance via your candidate portal.

Kind regards,
Alpenfirn Talent Acquisition
""", company="Alpenfirn", fmt="html", cte="base64", brand="Alpenfirn", color="#24445c"),

    mail("ki_inv", K, "en", "2026-09-08 18:02 +0200",
         "Rosa from Kitebird <no-reply@ashbyhq.com>",
         "Kitebird Learning – book your video screen",
         """
Hi Johanna,

Rosa here, Talent Lead at Kitebird Learning. Thanks for applying for the Senior Learning Designer role – we'd love to have a first 30-minute video screen with you.

Use this link to pick a time that suits you: https://jobs.ashby.example.com/kitebird/schedule/c61d

We'll chat about your move from the classroom into learning design and what you are looking for next. Nothing to prepare.

Talk soon,
Rosa Lindqvist
Kitebird Learning, Berlin
""", company="Kitebird Learning", contact="rosa.lindqvist@kitebird.example.com",
         reply_to="rosa.lindqvist@kitebird.example.com", fmt="alt"),

    mail("at_inv", K, "fr", "2026-06-15 15:30 +0200",
         "Camille Roth <camille.roth@savoirs-numeriques.example.fr>",
         "Invitation à un entretien - Conceptrice pédagogique digitale",
         """
Bonjour Johanna,

Suite à l'étude de votre candidature, nous serions ravis d'échanger avec vous lors d'un entretien.

Date : mardi 23 juin 2026 à 10h00
Lieu : Atelier Savoirs Numériques, 5 rue du Jeu-des-Enfants, 67000 Strasbourg (ou en visio si vous préférez, dites-le-moi)
Durée : environ une heure, avec Julien Meyer, directeur pédagogique, et moi-même.

Nous vous demanderons de nous présenter en 10 minutes un module que vous avez conçu.

Merci de me confirmer votre disponibilité.

Bien à vous,
Camille Roth
Responsable RH
Atelier Savoirs Numériques
03 88 55 47 10
""", company="Atelier Savoirs Numériques", contact="camille.roth@savoirs-numeriques.example.fr",
         parent="at_ack", fmt="alt", cte="quoted-printable"),

    mail("ti_inv", K, "fr", "2026-03-18 10:10 +0100",
         "Claire Muller <claire.muller@tempora-interim.example.fr>",
         "Entretien chez notre client - mission formatrice outils numériques",
         """
Bonjour Madame Freitag,

Comme convenu par téléphone, je vous confirme votre entretien chez notre client, une entreprise de logistique basée à Strasbourg-Port du Rhin, pour la mission de formatrice outils numériques (3 mois renouvelable).

Rendez-vous le mercredi 25 mars à 14h00. Je vous transmettrai l'adresse exacte et le nom de votre interlocuteur la veille. Prévoyez une pièce d'identité.

N'hésitez pas à m'appeler si vous avez la moindre question.

Cordialement,
Claire Muller
Chargée de recrutement
Tempora Intérim - Agence de Strasbourg
03 88 55 63 00
""", company="Tempora Intérim", contact="claire.muller@tempora-interim.example.fr",
         charset="iso-8859-1", cte="quoted-printable"),

    mail("mir_inv", K, "fr", "2026-09-02 09:22 +0200",
         "Mutuelle Ill-et-Rhin Recrutement <recrutement@mutuelle-illrhin.example.fr>",
         "Votre candidature - proposition d'entretien téléphonique",
         """
Madame,

Votre candidature au poste de Chargée de formation digitale a retenu notre attention. Nous vous proposons un premier entretien téléphonique d'une trentaine de minutes avec Mme Sandrine Klein, responsable formation.

Créneau proposé : mercredi 9 septembre 2026 à 11h00.

Mme Klein vous appellera au numéro indiqué dans votre CV. Si ce créneau ne vous convient pas, merci de répondre à ce message en indiquant vos disponibilités.

Cordialement,
Le service Recrutement
Mutuelle Ill-et-Rhin
""", company="Mutuelle Ill-et-Rhin", contact="sandrine.klein@mutuelle-illrhin.example.fr",
         reply_to="Sandrine Klein <sandrine.klein@mutuelle-illrhin.example.fr>",
         fmt="html", cte="quoted-printable", subj_enc=("iso-8859-1", "b")),

    mail("ira_inv", K, "fr", "2026-01-28 16:44 +0100",
         "Thomas Schaller <t.schaller@irfa-rhin.example.fr>",
         "Convocation journée d'évaluation - formatrice",
         """
Madame Freitag,

J'ai le plaisir de vous convier à notre journée d'évaluation des futurs formateurs, qui se tiendra le mardi 10 février 2026 de 9h00 à 16h00 dans nos locaux, 12 quai des Bateliers à Strasbourg.

Au programme : une séquence de formation de 20 minutes devant un petit groupe, un atelier collectif de conception et un entretien individuel avec moi-même.

Merci de confirmer votre présence auprès de Mme Benali avant le 4 février.

Cordialement,
Thomas Schaller
Responsable pédagogique
Institut rhénan de formation des adultes
""", company="Institut rhénan de formation des adultes",
         contact="t.schaller@irfa-rhin.example.fr", parent="ira_ack", quote="fr",
         charset="windows-1252", cte="8bit"),

    mail("ac_inv", K, "es", "2026-04-14 13:05 +0200",
         "Marta Ruiz Ortega <marta.ruiz@aulaclara.example.es>",
         "Entrevista – Diseñadora instruccional",
         """
Hola, Johanna:

Gracias por tu candidatura. Nos ha gustado mucho tu experiencia como maestra y tu interés por el diseño de formación online, así que nos encantaría conocerte.

Te propongo una entrevista por videollamada el martes 21 de abril a las 10:00 (hora de Madrid). Estaremos Javier Navarro, director de producción, y yo. Durará unos 45 minutos.

Si te viene bien, confírmamelo y te envío el enlace. Si no, dime qué otros huecos tienes esa semana.

Un abrazo,
Marta Ruiz Ortega
Responsable de Personas
Aula Clara Formación
Calle Feria 112, 41002 Sevilla
+34 954 55 12 07
""", company="Aula Clara Formación", contact="marta.ruiz@aulaclara.example.es",
         fmt="alt", cte="quoted-printable"),

    mail("sg_inv", K, "es", "2026-06-24 12:00 +0200",
         "Álvaro Domínguez <alvaro.dominguez@segurosgiralda.example.es>",
         "Invitación a entrevista por videollamada – JR-3306",
         """
Estimada Johanna:

Tras revisar tu candidatura para Formador/a de red comercial, nos gustaría mantener una entrevista contigo por videollamada.

Fecha: miércoles, 1 de julio de 2026
Hora: 10:00 (hora peninsular)
Plataforma: Microsoft Teams (recibirás el enlace el día anterior)

En la entrevista participaremos Inmaculada Vega, de Formación Comercial, y yo. Te agradecería que me confirmaras tu asistencia.

Un saludo,
Álvaro Domínguez
Talento y Cultura
Seguros Giralda
Avenida de la Constitución 30, Sevilla
""", company="Seguros Giralda", contact="alvaro.dominguez@segurosgiralda.example.es",
         name_enc=("utf-8", "q"), cte="8bit"),

    mail("ts_inv", K, "es", "2026-02-11 09:37 +0100",
         "Rocío Márquez <rocio.marquez@talentosur.example.es>",
         "Entrevista con Bodegas Alminar",
         """
Hola Johanna,

¡Buenas noticias! Bodegas Alminar quiere conocerte para el puesto de formadora del equipo de enoturismo (contrato de seis meses a través de Talento Sur).

La entrevista será el martes 17 de febrero a las 11:30 en sus oficinas de Jerez (Calle Larga 41). Preguntarás por Manuel Aguilar, responsable de formación.

Te recomiendo llevar ejemplos de materiales que hayas preparado. Si tienes cualquier problema para llegar, llámame.

Saludos,
Rocío Márquez
Consultora de selección
Talento Sur, empresa de trabajo temporal
Tel. 955 55 48 20
""", company="Bodegas Alminar", contact="rocio.marquez@talentosur.example.es",
         charset="iso-8859-1", cte="quoted-printable"),

    mail("aa_inv", K, "es", "2026-05-18 10:15 +0200",
         "Agencia Andaluza de Competencias Digitales <seleccion@aacd.example.es>",
         "Convocatoria a prueba práctica – Técnica de formación online (Ref. 14/2026)",
         """
Estimada Sra. Freitag:

Le comunicamos que ha sido admitida a la fase de prueba práctica del proceso de selección para la plaza de Técnica de formación online (Ref. 14/2026).

La prueba tendrá lugar el jueves 28 de mayo de 2026 a las 9:30 en la sede de la Agencia, Calle Torneo 26, Sevilla. Consistirá en el diseño de una unidad didáctica de un curso en línea (90 minutos), seguida de una entrevista personal con el tribunal.

Deberá presentarse con su DNI o pasaporte. Para cualquier consulta puede dirigirse a la técnica de selección, Dña. Pilar Castaño.

Atentamente,
Área de Recursos Humanos
Agencia Andaluza de Competencias Digitales
""", company="Agencia Andaluza de Competencias Digitales",
         contact="pilar.castano@aacd.example.es",
         reply_to="Pilar Castaño <pilar.castano@aacd.example.es>", fmt="html",
         cte="base64"),
]
