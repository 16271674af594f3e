"""Interviews moved, postponed or cancelled (15) and missed-interview notices (10)."""

from __future__ import annotations

from msgs311_common import Spec, mail

R = "interview_reschedule_or_cancel"
M = "missed_interview_notice"

RESCHEDULES: list[Spec] = [
    mail("lf_resch", R, "de", "2026-05-13 08:05 +0200",
         "Katrin Wendel <katrin.wendel@lernfabrik-digital.example.de>",
         "Terminänderung: Kennenlernen jetzt am 20. Mai, 14 Uhr",
         """
Guten Morgen Frau Freitag,

leider muss ich unseren Termin am Dienstag verschieben – Paul ist an dem Tag kurzfristig bei einem Kunden in Chemnitz gebunden. Ginge stattdessen Mittwoch, 20. Mai, um 14:00 Uhr? Ort und Ablauf bleiben gleich.

Ich habe die Kalendereinladung schon aktualisiert. Falls es Ihnen gar nicht passt, rufen Sie mich einfach an.

Entschuldigen Sie die Umstände und viele Grüße
Katrin Wendel
""", company="Lernfabrik Digital", contact="katrin.wendel@lernfabrik-digital.example.de",
         parent="lf_inv", quote="de", cte="quoted-printable",
         ics={"method": "REQUEST", "uid": "lf-2026-0519-freitag@lernfabrik-digital.example.de",
              "seq": 1, "start": "20260520T140000", "end": "20260520T153000",
              "summary": "Kennenlernen Johanna Freitag – Instructional Designer (verschoben)",
              "location": "Lernfabrik Digital, Karl-Heine-Bogen 12, 04229 Leipzig",
              "organizer_name": "Katrin Wendel"}),

    mail("mw_cancel", R, "de", "2026-02-10 12:00 +0100",
         "Henrik Lindner <henrik.lindner@mahrwald-automotive.example.de>",
         "Abgesagt: Assessment-Center 17.02.2026",
         """
Sehr geehrte Frau Freitag,

leider müssen wir das Assessment-Center am 17. Februar 2026 kurzfristig absagen. Aufgrund einer internen Umstrukturierung unseres Schulungszentrums können wir den Termin nicht wie geplant durchführen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald ein neuer Termin feststeht – voraussichtlich im März –, melden wir uns bei Ihnen. Den Kalendereintrag haben wir storniert.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Henrik Lindner
Talent Acquisition Partner
Mahrwald Automotive GmbH
""", company="Mahrwald Automotive", contact="henrik.lindner@mahrwald-automotive.example.de",
         parent="mw_inv", fmt="alt", cte="quoted-printable",
         ics={"method": "CANCEL", "uid": "ac-20260217-r10482@mahrwald-automotive.example.de",
              "seq": 1, "start": "20260217T083000", "end": "20260217T160000",
              "summary": "Assessment-Center R-10482", "location": "Werk Leipzig-Nord, Gebäude C",
              "organizer_name": "Henrik Lindner"}),

    mail("vhs_resch", R, "de", "2026-03-04 09:30 +0100",
         "Dr. Ulrike Sommerfeld <u.sommerfeld@vhs-erfurt.example.de>",
         "AW: Einladung zur Probestunde und zum Gespräch",
         """
Sehr geehrte Frau Freitag,

natürlich haben wir Verständnis dafür, dass Sie an einer Zeugniskonferenz nicht fehlen können. Wir verlegen Ihre Probestunde daher auf

Donnerstag, 19. März 2026, 16:30 Uhr, gleicher Ort (Raum 204).

Sollte auch dieser Termin nicht möglich sein, rufen Sie bitte Frau Vogt an (0361 555 2100).

Mit freundlichen Grüßen
Ulrike Sommerfeld
""", company="Volkshochschule Erfurt", contact="u.sommerfeld@vhs-erfurt.example.de",
         parent="vhs_own", quote="outlook_de", charset="iso-8859-1", cte="8bit"),

    mail("efa_cancel", R, "de", "2026-09-16 14:40 +0200",
         "Carola Dietz <carola.dietz@elbe-finanz-akademie.example.de>",
         "Abgesagt: Auswahltag Trainerin digitale Kundenberatung – J. Freitag",
         """
Sehr geehrte Frau Freitag,

leider müssen wir den Auswahltag am 23. September absagen, da zwei Mitglieder der Auswahlkommission an diesem Tag nicht zur Verfügung stehen. Die Kalendereinladung ist hiermit storniert.

Wir planen den Auswahltag neu und geben Ihnen voraussichtlich Anfang Oktober einen Ersatztermin bekannt.

Freundliche Grüße
Carola Dietz
HR Business Partnerin
Elbe Finanz Akademie
""", company="Elbe Finanz Akademie", contact="carola.dietz@elbe-finanz-akademie.example.de",
         parent="efa_inv", fmt="plain", cte="quoted-printable",
         ics={"method": "CANCEL", "uid": "efa-ac-20260923-0071@elbe-finanz-akademie.example.de",
              "seq": 1, "start": "20260923T090000", "end": "20260923T143000",
              "summary": "Auswahltag Trainerin digitale Kundenberatung – J. Freitag",
              "location": "Microsoft Teams-Besprechung", "organizer_name": "Carola Dietz"}),

    mail("fx_resch", R, "de", "2026-06-12 16:05 +0200",
         "Sandra Kühn | Flexa Zeitarbeit <s.kuehn@flexa-zeitarbeit.example.de>",
         "WG: Vorstellungsgespräch bei unserem Kunden – neuer Termin",
         """
Hallo Frau Freitag,

kurze Info: Unser Kunde hat das Gespräch am Montag abgesagt, weil die Projektleiterin krank ist. Neuer Termin ist Mittwoch, 17. Juni, 13:00 Uhr, gleicher Ort. Wir treffen uns wieder um 12:45 Uhr vor dem Eingang.

Passt Ihnen das? Kurze Rückmeldung genügt.

Schönes Wochenende!
Sandra Kühn
Flexa Zeitarbeit – Niederlassung Leipzig
""", company="Flexa Zeitarbeit", contact="s.kuehn@flexa-zeitarbeit.example.de",
         parent="fx_inv", quote="de", cte="8bit"),

    mail("dh_resch", R, "de", "2026-09-01 08:12 +0200",
         "Datenhafen Software <noreply@softgarden.io>",
         "Ihr Interviewtermin wurde geändert",
         """
Hallo Frau Freitag,

Ihr Videointerview mit Datenhafen Software wurde verschoben.

Bisheriger Termin: Mittwoch, 02.09.2026, 10:00 – 10:40 Uhr
Neuer Termin: Donnerstag, 03.09.2026, 15:00 – 15:40 Uhr

Nachricht von Mira Yilmaz: "Sorry für die Änderung, ich bin morgen leider krank. Bis Donnerstag!"

Der Zugangslink bleibt unverändert. Wenn der neue Termin nicht passt, können Sie über Ihr Bewerberkonto einen anderen wählen.

Ihr Recruiting-Team von Datenhafen Software
""", company="Datenhafen Software", fmt="alt", cte="quoted-printable", brand="Datenhafen"),

    mail("ldv_resch", R, "de", "2026-06-05 13:30 +0200",
         "Martina Seidel <martina.seidel@landesagentur-dv.example.de>",
         "Verlegung des Auswahlgesprächs – Kennziffer LDV-2026-031",
         """
Sehr geehrte Frau Freitag,

aus dienstlichen Gründen muss das für den 18. Juni 2026 angesetzte Auswahlgespräch verlegt werden. Neuer Termin:

Donnerstag, 25. Juni 2026, 10:30 Uhr, Königsbrücker Straße 60, Raum 1.07.

Wir bitten, die Unannehmlichkeiten zu entschuldigen, und um kurze Bestätigung des neuen Termins.

Im Auftrag
Martina Seidel
Sachbearbeiterin Personalgewinnung
Landesagentur für digitale Verwaltung
""", company="Landesagentur für digitale Verwaltung",
         contact="martina.seidel@landesagentur-dv.example.de", charset="windows-1252",
         cte="8bit"),

    mail("qw_resch", R, "en", "2026-02-23 11:30 +0100",
         "Lena Hoffmann <lena.hoffmann@quellwerk.example.de>",
         "Updated invitation: Interview Johanna Freitag / Quellwerk @ Thu 26 Feb 2026 16:00 - 16:45 (CET)",
         """
This event has been changed.

Interview Johanna Freitag / Quellwerk
When: CHANGED Thursday 26 Feb 2026, 16:00 – 16:45 Central European Time – Berlin
Where: Google Meet – meet.example.com/qwk-frtg-lxd

Note from Lena: Hi Johanna, so sorry – Malte has to be at a customer workshop on Tuesday afternoon, so we moved the interview to Thursday. Let me know if this time doesn't work and I'll find another one.

Going (johanna.freitag@example.de)? Yes - Maybe - No
""", company="Quellwerk Software", contact="lena.hoffmann@quellwerk.example.de",
         parent="qw_cal", fmt="alt",
         ics={"method": "REQUEST", "uid": "qwk-3301-frtg@quellwerk.example.de", "seq": 1,
              "start": "20260226T160000", "end": "20260226T164500",
              "summary": "Interview Johanna Freitag / Quellwerk",
              "location": "meet.example.com/qwk-frtg-lxd", "organizer_name": "Lena Hoffmann"}),

    mail("ki_resch", R, "en", "2026-09-14 08:21 +0200",
         "Rosa Lindqvist <rosa.lindqvist@kitebird.example.com>",
         "Re: Kitebird Learning – book your video screen",
         """
Hi Johanna,

I'm really sorry, but I've come down with a nasty flu and need to cancel our call today at 11:00. Could you pick a new slot next week with the same link? I've opened more times on Monday and Tuesday.

Apologies again, and thanks for your patience!
Rosa
""", company="Kitebird Learning", contact="rosa.lindqvist@kitebird.example.com",
         parent="ki_inv", quote="en", cte="quoted-printable"),

    mail("ap_resch", R, "en", "2026-08-24 18:45 +0200",
         "Sophie Baumann <sophie.baumann@kellerbaumann.example.ch>",
         "Change of plan for Thursday – Alpenfirn final round",
         """
Dear Johanna,

A quick update from Alpenfirn: their Chief People Officer has to travel to Geneva on Thursday, so the final round cannot take place on site on 27 August as planned.

They suggest holding it by video instead on Friday, 28 August, 9:00–11:30 CEST, with the same programme. The case brief stays the same. You'll receive a new calendar invitation from their team tomorrow.

Could you confirm that this works for you? I know it's short notice – thank you for your flexibility.

Best regards,
Sophie
""", company="Alpenfirn", contact="sophie.baumann@kellerbaumann.example.ch",
         parent="ap_inv_kb", quote="en", fmt="alt", cte="quoted-printable"),

    mail("at_resch", R, "fr", "2026-06-18 17:02 +0200",
         "Camille Roth <camille.roth@savoirs-numeriques.example.fr>",
         "RE: Invitation à un entretien - Conceptrice pédagogique digitale",
         """
Bonjour Johanna,

Je suis désolée, mais nous devons décaler notre entretien : Julien sera en déplacement chez un client mardi. Pourriez-vous venir le jeudi 25 juin à 14h00 ? Le reste est inchangé.

Merci de votre compréhension et à bientôt,
Camille
""", company="Atelier Savoirs Numériques", contact="camille.roth@savoirs-numeriques.example.fr",
         parent="at_inv", quote="fr", cte="quoted-printable"),

    mail("mir_resch", R, "fr", "2026-09-07 16:18 +0200",
         "Sandrine Klein <sandrine.klein@mutuelle-illrhin.example.fr>",
         "Report de notre entretien téléphonique",
         """
Bonjour Madame Freitag,

Un imprévu m'oblige à reporter notre entretien téléphonique prévu ce mercredi 9 septembre. Je vous propose de le décaler au vendredi 11 septembre à 11h00, toujours par téléphone.

Pouvez-vous me confirmer que ce nouveau créneau vous convient ?

Bien cordialement,
Sandrine Klein
Responsable formation
Mutuelle Ill-et-Rhin
""", company="Mutuelle Ill-et-Rhin", contact="sandrine.klein@mutuelle-illrhin.example.fr",
         fmt="html", cte="quoted-printable"),

    mail("ira_cancel", R, "fr", "2026-02-05 11:26 +0100",
         "Nadia Benali <n.benali@irfa-rhin.example.fr>",
         "Annulation - journée d'évaluation du 10 février",
         """
Madame Freitag,

Nous sommes au regret de devoir annuler la journée d'évaluation prévue le mardi 10 février, M. Schaller étant absent pour raisons de santé.

Une nouvelle date vous sera proposée dès que possible, probablement au début du mois de mars. Votre candidature reste bien entendu à l'étude.

Toutes nos excuses pour ce contretemps.

Bien cordialement,
Nadia Benali
Assistante RH
Institut rhénan de formation des adultes
""", company="Institut rhénan de formation des adultes",
         contact="n.benali@irfa-rhin.example.fr", charset="windows-1252",
         cte="quoted-printable", subj_enc=("windows-1252", "q")),

    mail("ac_resch", R, "es", "2026-04-16 19:10 +0200",
         "Marta Ruiz Ortega <marta.ruiz@aulaclara.example.es>",
         "RE: Entrevista – Diseñadora instruccional",
         """
Hola de nuevo, Johanna:

Perdona el cambio, pero a Javier le ha surgido un viaje y el martes no va a poder estar. ¿Te vendría bien el jueves 23 de abril a las 12:30? Sería igualmente por videollamada y el enlace sigue siendo el mismo.

Gracias por tu flexibilidad,
Marta
""", company="Aula Clara Formación", contact="marta.ruiz@aulaclara.example.es",
         parent="ac_inv", quote="es", cte="8bit"),

    mail("aa_resch", R, "es", "2026-05-25 09:00 +0200",
         "Pilar Castaño <pilar.castano@aacd.example.es>",
         "Aplazamiento de la prueba práctica - Ref. 14/2026",
         """
Estimada Sra. Freitag:

Por motivos organizativos, la prueba práctica prevista para el jueves 28 de mayo queda aplazada al jueves 4 de junio de 2026, a la misma hora (9:30) y en el mismo lugar.

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
Pilar Castaño
Técnica de selección
Agencia Andaluza de Competencias Digitales
""", company="Agencia Andaluza de Competencias Digitales",
         contact="pilar.castano@aacd.example.es", charset="iso-8859-1",
         cte="quoted-printable", subj_enc=("iso-8859-1", "q")),
]

MISSED: list[Spec] = [
    mail("el_missed", M, "de", "2026-03-24 10:25 +0100",
         "Sabine Krause <sabine.krause@elbland-kk.example.de>",
         "Unser Gespräch heute um 10:00 Uhr",
         """
Sehr geehrte Frau Freitag,

wir haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, Sie aber leider nicht angetroffen. Auch telefonisch konnte ich Sie nicht erreichen.

Vielleicht ist etwas dazwischengekommen oder der Link hat nicht funktioniert? Bitte melden Sie sich kurz bei mir. Gegebenenfalls können wir Ihnen noch einen Ersatztermin am Donnerstag, 26. März, anbieten.

Mit freundlichen Grüßen
Sabine Krause
Personalmanagement / Recruiting
Elbland Krankenkasse
Telefon: 0351 555 4471
""", company="Elbland Krankenkasse", contact="sabine.krause@elbland-kk.example.de",
         parent="el_inv", cte="quoted-printable"),

    mail("mb_missed", M, "de", "2026-07-08 11:30 +0200",
         "Tobias Renner <tobias.renner@muldentalbank.example.de>",
         "AW: Telefoninterview Referentin Digitale Lernformate",
         """
Guten Tag Frau Freitag,

ich habe heute um 11:00 Uhr wie vereinbart zweimal versucht, Sie unter 0176 5551 2390 anzurufen, Sie aber leider nicht erreicht. Auf der Mailbox habe ich Ihnen eine Nachricht hinterlassen.

Wenn Sie weiterhin Interesse haben, schlagen Sie mir bitte einen neuen Termin in dieser oder der nächsten Woche vor.

Freundliche Grüße
Tobias Renner
Muldental Bank Akademie
""", company="Muldental Bank Akademie", contact="tobias.renner@muldentalbank.example.de",
         parent="mb_inv", quote="outlook_de", cte="quoted-printable"),

    mail("fx_missed", M, "de", "2026-07-28 10:05 +0200",
         "Sandra Kühn | Flexa Zeitarbeit <s.kuehn@flexa-zeitarbeit.example.de>",
         "Termin heute 9 Uhr – wo sind Sie?",
         """
Hallo Frau Freitag,

unser Kunde (der Logistikdienstleister in Schkeuditz) hat heute um 9:00 Uhr auf Sie gewartet, und auch ich habe Sie telefonisch nicht erreicht. Ist alles in Ordnung bei Ihnen?

Bitte rufen Sie mich so bald wie möglich zurück, damit ich dem Kunden Bescheid geben kann.

Viele Grüße
Sandra Kühn
Flexa Zeitarbeit – Niederlassung Leipzig
Tel. 0341 555 6610
""", company="Flexa Zeitarbeit", contact="s.kuehn@flexa-zeitarbeit.example.de",
         cte="8bit"),

    mail("lwp_missed", M, "de", "2026-02-04 09:52 +0100",
         "Moritz Haase <moritz@lernwerkstatt-plagwitz.example.de>",
         "Re: Probearbeitstag bei uns?",
         """
Hi Johanna,

wir haben heute ab 9 Uhr auf dich gewartet und ich hab's zweimal auf dem Handy probiert – leider nichts. Ich hoffe, es ist nichts passiert!

Wir fangen jetzt ohne dich an. Melde dich einfach, wenn du magst.

Moritz
""", company="Lernwerkstatt Plagwitz", contact="moritz@lernwerkstatt-plagwitz.example.de",
         parent="lwp_inv", quote="de", cte="8bit"),

    mail("fh_missed", M, "en", "2026-04-21 14:20 +0200",
         "Daniel Okafor <daniel.okafor@fernhill.example.com>",
         "Missed call – phone screen today",
         """
Hi Johanna,

I tried calling you at 2:00 pm as scheduled for our phone screen for the Training Content Developer role, but I couldn't reach you and the call went to voicemail.

No worries if something came up. If you're still interested, just reply with a couple of times that work for you later this week and I'll send a new invite.

Best,
Daniel Okafor
Technical Recruiter | Fernhill Analytics
Rosenthaler Str. 40, 10178 Berlin
""", company="Fernhill Analytics", contact="daniel.okafor@fernhill.example.com",
         fmt="alt", cte="7bit"),

    mail("ki_missed", M, "en", "2026-09-21 15:40 +0200",
         "Rosa Lindqvist <rosa.lindqvist@kitebird.example.com>",
         "We missed you today",
         """
Hi Johanna,

I was in the video room for our 15:00 screen today and waited about 20 minutes, but it looks like we didn't manage to connect. I hope everything is okay!

If you'd still like to chat, feel free to book another slot with the link from my earlier email.

Best,
Rosa Lindqvist
Talent Lead, Kitebird Learning
""", company="Kitebird Learning", contact="rosa.lindqvist@kitebird.example.com",
         fmt="html", cte="base64"),

    mail("ti_missed", M, "fr", "2026-03-25 14:50 +0100",
         "Claire Muller <claire.muller@tempora-interim.example.fr>",
         "Entretien de 14h - absence",
         """
Madame Freitag,

Notre client vient de m'informer que vous ne vous êtes pas présentée à l'entretien prévu aujourd'hui à 14h00. J'ai essayé de vous joindre sur votre portable, sans succès.

Merci de me rappeler rapidement pour m'expliquer ce qui s'est passé, afin que je puisse faire un retour au client.

Cordialement,
Claire Muller
Tempora Intérim - Agence de Strasbourg
03 88 55 63 00
""", company="Tempora Intérim", contact="claire.muller@tempora-interim.example.fr",
         parent="ti_inv", cte="quoted-printable"),

    mail("mir_missed", M, "fr", "2026-09-11 11:40 +0200",
         "Sandrine Klein <sandrine.klein@mutuelle-illrhin.example.fr>",
         "RE: Report de notre entretien téléphonique",
         """
Bonjour Madame Freitag,

J'ai tenté de vous joindre à deux reprises à 11h00 comme convenu, mais je suis tombée sur votre messagerie.

Si vous êtes toujours intéressée par le poste, je vous propose de me rappeler directement au 03 88 55 72 16 ou de m'indiquer un nouveau créneau.

Bien cordialement,
Sandrine Klein
Responsable formation
Mutuelle Ill-et-Rhin
""", company="Mutuelle Ill-et-Rhin", contact="sandrine.klein@mutuelle-illrhin.example.fr",
         parent="mir_resch", quote="outlook_fr", cte="quoted-printable"),

    mail("ts_missed", M, "es", "2026-02-17 12:40 +0100",
         "Rocío Márquez <rocio.marquez@talentosur.example.es>",
         "RE: Entrevista con Bodegas Alminar",
         """
Hola Johanna,

Me acaba de llamar Manuel Aguilar, de Bodegas Alminar: te estuvieron esperando a las 11:30 y no te presentaste a la entrevista. Te he llamado dos veces y no contestas.

¿Ha pasado algo? Escríbeme o llámame en cuanto puedas para ver si podemos buscar otra fecha.

Saludos,
Rocío
""", company="Bodegas Alminar", contact="rocio.marquez@talentosur.example.es",
         parent="ts_inv", quote="es", charset="iso-8859-1", cte="8bit"),

    mail("sg_missed", M, "es", "2026-07-01 10:35 +0200",
         "Álvaro Domínguez <alvaro.dominguez@segurosgiralda.example.es>",
         "Entrevista de hoy a las 10:00",
         """
Estimada Johanna:

Inmaculada y yo te hemos estado esperando en la videollamada de Teams desde las 10:00, pero no te has conectado. Tampoco hemos conseguido localizarte por teléfono.

Si ha habido algún problema técnico, dímelo y vemos si es posible buscar otro hueco esta semana.

Un saludo,
Álvaro Domínguez
Talento y Cultura – Seguros Giralda
""", company="Seguros Giralda", contact="alvaro.dominguez@segurosgiralda.example.es",
         parent="sg_inv", fmt="alt", cte="quoted-printable"),
]

MESSAGES: list[Spec] = RESCHEDULES + MISSED
