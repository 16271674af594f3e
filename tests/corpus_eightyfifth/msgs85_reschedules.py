"""Corpus 85 data: interview reschedules/cancellations and missed-interview notices (hand-written).

Imported only by make_eightyfifth.py; each entry is one message with its labels.
"""

from make_eightyfifth import Msg as M
from make_eightyfifth import ics

MESSAGES = [
    # ------------------------------------------------------------------ reschedules / cancellations
    M("interview_reschedule_or_cancel", "verschiebung_werkleiter_krank", "de", "Vellmar Automotive", "jan.oberhuber@vellmar.example.com",
      "Oberhuber Jan (HR-R-31) <jan.oberhuber@vellmar.example.com>",
      "Verschiebung: Videointerview Lean Manager Werk Regensburg",
      """Hallo Herr Okonkwo-Brandt,

leider muss ich unser Videointerview am Mittwoch verschieben, Herr Dr. Faltermeier ist kurzfristig erkrankt. Ich hoffe, das bereitet Ihnen keine großen Umstände.

Neuer Vorschlag: Montag, 9. Februar, 13:30 Uhr, gleicher Teams-Link. Den aktualisierten Kalendereintrag finden Sie anbei.

Viele Grüße
Jan Oberhuber
""", "2026-02-02 16:48 +0100",
      ics=ics("REQUEST", "vellmar-31877-int1@vellmar.example.com", "Videointerview Lean Manager – Okonkwo-Brandt (verschoben)",
              "20260209T123000Z", "20260209T133000Z", "jan.oberhuber@vellmar.example.com", "Microsoft Teams-Besprechung", sequence=1),
      thread="@teams_einladung_ics"),

    M("interview_reschedule_or_cancel", "absage_termin_ics_cancel", "de", "Klinikum Nordhalde", "bewerbung@klinikum-nordhalde.example.de",
      "Bewerbermanagement Klinikum Nordhalde <bewerbung@klinikum-nordhalde.example.de>",
      "Abgesagt: Vorstellungsgespräch 20.04.2026",
      """Sehr geehrter Herr Okonkwo-Brandt,

aus organisatorischen Gründen müssen wir das für Montag, 20.04.2026, 11:00 Uhr vereinbarte Vorstellungsgespräch leider absagen. Die Kaufmännische Direktorin ist an diesem Tag zu einer Aufsichtsratssitzung geladen.

Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Klinikum Nordhalde gGmbH
""", "2026-04-15 12:44 +0200",
      ics=ics("CANCEL", "knh-vg-20260420-1100@klinikum-nordhalde.example.de", "Vorstellungsgespräch Okonkwo-Brandt",
              "20260420T090000Z", "20260420T100000Z", "bewerbung@klinikum-nordhalde.example.de", "Verwaltungsgebäude 3. OG", status="CANCELLED", sequence=1)),

    M("interview_reschedule_or_cancel", "du_kurzfristig_verschieben", "de", "Kistenwerk", "felix@kistenwerk.example",
      "Felix Brandl <felix@kistenwerk.example>",
      "Re: kurzer call?",
      """Sorry Jonas, mir ist für morgen 11 Uhr was dazwischengekommen (Investoren-Call 🙄). Können wir auf Freitag gleiche Zeit schieben? Sonst einfach neuen Slot im Calendly nehmen.

Felix""", "2026-03-11 22:05 +0100", cte="8bit",
      quote=("gmail", "Am Mo., 9. März 2026 um 19:15 Uhr schrieb Jonas Okonkwo-Brandt <jonas.ob@example.de>:",
             "Hi Felix, gerne! Hab mir Donnerstag 11 Uhr gebucht. Bis dann, Jonas"),
      thread="<jonas.20260309.1915@example.de>"),

    M("interview_reschedule_or_cancel", "ch_termin_verschoben_ss", "de", "Universitätsspital Limmattal", "corinne.egli@usl.example.ch",
      "Corinne Egli <corinne.egli@usl.example.ch>",
      "Terminänderung Gespräch 23. April",
      """Guten Tag Herr Okonkwo-Brandt

Leider müssen wir das Gespräch vom Donnerstag, 23. April, verschieben, da die Leiterin Supply Chain kurzfristig an einer Sitzung der Spitalleitung teilnehmen muss.

Könnten Sie alternativ am Dienstag, 28. April, um 14.00 Uhr? Wir entschuldigen uns für die Umstände und übernehmen selbstverständlich allfällige Umbuchungskosten für Ihre Anreise.

Beste Grüsse
Corinne Egli
""", "2026-04-17 10:02 +0200"),

    M("interview_reschedule_or_cancel", "personalberatung_termin_abgesagt_mandant", "de", "Kronauer Pumpen", "p.lenz@lenz-weidinger.example.de",
      "Philipp Lenz <p.lenz@lenz-weidinger.example.de>",
      "Termin 13.03. Frankenthal",
      """Lieber Herr Okonkwo-Brandt,

ich muss Ihnen leider mitteilen, dass Herr Kronauer den Termin am 13.03. absagen musste – ein Kunde in Polen hat einen Reklamationsfall, er fliegt morgen früh hin.

Er möchte Sie aber unbedingt sehen. Ich stimme gerade zwei neue Termine in der KW 13 ab und melde mich spätestens Montag.

Bitte entschuldigen Sie die Umstände.

Mit besten Grüßen
Philipp Lenz
Lenz Weidinger & Cie.
""", "2026-03-10 19:31 +0100"),

    M("interview_reschedule_or_cancel", "ac_verlegt_raum_zeit", "de", "Ostermann Automotive", "",
      '"Ostermann Automotive" <ostermann@myworkday.com>',
      "Änderung: Assessment-Center am 16. Juni",
      """Sehr geehrter Herr Okonkwo-Brandt,

aufgrund einer Betriebsversammlung am Standort Feuerbach müssen wir das Assessment-Center vom 16. Juni auf Donnerstag, den 18. Juni 2026, verlegen. Beginn ist neu um 09:00 Uhr; Ort bleibt unverändert.

Bitte bestätigen Sie den neuen Termin in Ihrem Kandidatenprofil. Falls Ihnen der neue Termin nicht möglich ist, teilen Sie uns dies bitte dort mit.

Mit freundlichen Grüßen
Ihr Ostermann Automotive Recruiting
""", "2026-06-08 09:12 +0200", fmt="html", cte="base64"),

    M("interview_reschedule_or_cancel", "stadtwerke_gespraech_entfaellt", "de", "Stadtwerke Isarmoos", "k.hartl@stadtwerke-isarmoos.example.de",
      "Katharina Hartl <k.hartl@stadtwerke-isarmoos.example.de>",
      "AW: Ihre Bewerbung als Referent Nachhaltigkeit im Einkauf",
      """Sehr geehrter Herr Okonkwo-Brandt,

leider muss ich den vereinbarten Termin am 14.07. um 9 Uhr absagen: unser Geschäftsführer ist kurzfristig verhindert und der Personalrat hat um eine Verschiebung des gesamten Auswahltages gebeten.

Ich gebe Ihnen Bescheid, sobald ein neuer Termin feststeht – voraussichtlich in der letzten Juliwoche.

Mit freundlichen Grüßen
Katharina Hartl""", "2026-07-09 15:50 +0200",
      quote=("de", "Am 02.07.2026 um 21:04 schrieb Jonas Okonkwo-Brandt <jonas.ob@example.de>:",
             "Sehr geehrte Frau Hartl,\n\nvielen Dank für die Einladung, ich nehme gerne den Termin am 14.07. um 9 Uhr wahr.\n\nMit freundlichen Grüßen\nJonas Okonkwo-Brandt"),
      thread="<jonas.20260702.2104@example.de>"),

    M("interview_reschedule_or_cancel", "zoom_spaeter_heute", "de", "Spedition Hammerschmidt", "anja.koerner@spedition-hammerschmidt.example.de",
      "Anja Körner <anja.koerner@spedition-hammerschmidt.example.de>",
      "heute 15 Uhr",
      """Hallo Herr Okonkwo-Brandt,

Herr Hammerschmidt steckt noch in einem Kundentermin fest – können wir unser Zoom-Gespräch von heute 15 Uhr auf 16:30 Uhr schieben? Der Link bleibt derselbe.

Entschuldigung für die Kurzfristigkeit!
Anja Körner""", "2026-09-08 12:37 +0200"),

    M("interview_reschedule_or_cancel", "goodtime_rescheduled", "en", "Halvorsen Pharma", "",
      '"Halvorsen Pharma Recruiting" <scheduling@goodtime.io>',
      "Updated: your interview with Halvorsen Pharma has been rescheduled",
      """Hi Jonas,

Your Hiring Manager interview with Søren Madsen has been rescheduled due to a conflict on the interviewer's side.

Previous time: Tue, 15 Sep 2026, 10:00 - 10:45 CEST
New time: Thu, 17 Sep 2026, 14:00 - 14:45 CEST

The Teams link in your calendar invitation has been updated. If the new time doesn't work, use this link to pick another: https://app.goodtime.io/r/halvorsen/4f7c21a

Halvorsen Pharma Recruiting Coordination
""", "2026-09-11 08:05 +0200", fmt="html",
      ics=ics("REQUEST", "gt-halvorsen-4f7c21a-hm@goodtime.io", "Interview: Jonas Okonkwo-Brandt <> Søren Madsen",
              "20260917T120000Z", "20260917T124500Z", "scheduling@goodtime.io", "Microsoft Teams", sequence=2)),

    M("interview_reschedule_or_cancel", "agency_client_cancelled_interview", "en", "Pembridge Foods", "tom.ashcroft@ryderblake.example.co.uk",
      "Tom Ashcroft <tom.ashcroft@ryderblake.example.co.uk>",
      "Tuesday - change of plan",
      """Hi Jonas,

Annoyingly Helen's had to pull Tuesday's interview - there's a site audit at their Leicester plant she can't get out of. She's very apologetic!

She's offered Thursday 19th at 10am or Friday 20th at 3pm UK time instead. Which suits?

Cheers,
Tom""", "2026-02-13 17:26 +0100"),

    M("interview_reschedule_or_cancel", "japanese_owned_postpone", "en", "Hoshida Medical Europe", "k.watanabe@hoshida-medical.example.com",
      "Kenji Watanabe <k.watanabe@hoshida-medical.example.com>",
      "Postponement of interview on 9 April",
      """Dear Mr. Okonkwo-Brandt,

We sincerely apologise, but we have to postpone the panel interview scheduled for 9 April because our Director from Osaka cannot travel as planned.

Would it be possible for you to attend on 14 April at 13:00 instead, at the same place? We are very sorry for the inconvenience.

Best regards,
Kenji Watanabe
Hoshida Medical Europe GmbH
""", "2026-04-03 03:22 +0200"),

    M("interview_reschedule_or_cancel", "interview_cancelled_role_reviewed", "en", "Corvane Robotics", "ben.ortiz@corvane.example.com",
      "Ben Ortiz <ben.ortiz@corvane.example.com>",
      "Cancelling Friday's call",
      """Hi Jonas,

I need to cancel our interview on Friday, apologies. We're reworking the scope of the Procurement Manager role after a reorg this week and I don't want to waste your time until it's settled.

I'll be in touch in a couple of weeks once I know more - your application is still very much open on our side.

Best,
Ben
Hiring Manager, Corvane Robotics
""", "2026-03-18 18:40 +0100"),

    M("interview_reschedule_or_cancel", "report_entretien_fr", "fr", "Chaudron Industries", "s.girard@chaudron-industries.example.fr",
      "Sophie Girard <s.girard@chaudron-industries.example.fr>",
      "Report de notre entretien",
      """Bonjour Jonas,

Je suis navrée, mais nous devons décaler notre entretien prévu jeudi 9 avril à 10h : le responsable de site est retenu par un audit client.

Pourriez-vous le mardi 14 avril à 10h, toujours sur Teams ? Je vous renvoie l'invitation dès votre confirmation.

Bien cordialement,
Sophie Girard""", "2026-04-07 14:20 +0200"),

    M("interview_reschedule_or_cancel", "annulation_ics_fr", "fr", "Biolys Pharma", "a.mercier@mercier-associes.example.fr",
      "Antoine Mercier <a.mercier@mercier-associes.example.fr>",
      "Annulé : Entretien Biolys – 7 juillet",
      """Cher Jonas,

Le Directeur Général de Biolys a dû annuler l'entretien du 7 juillet (déplacement imprévu aux États-Unis). Il reviendra vers nous la semaine prochaine avec de nouvelles dates ; je vous tiens informé.

Toutes mes excuses pour ce contretemps.

Antoine Mercier
""", "2026-07-03 12:08 +0200",
      ics=ics("CANCEL", "ma-biolys-dg-0707@mercier-associes.example.fr", "Entretien Biolys – J. Okonkwo-Brandt",
              "20260707T073000Z", "20260707T090000Z", "a.mercier@mercier-associes.example.fr", "Saint-Priest", status="CANCELLED", sequence=1)),

    M("interview_reschedule_or_cancel", "cambio_hora_es", "es", "Frutas Levante", "irene.puig@frutaslevante.example.es",
      "Irene Puig <irene.puig@frutaslevante.example.es>",
      "RE: Tu candidatura - Responsable de Mejora Continua",
      """Hola Jonas,

perdona el cambio, pero el martes 12 a las 10:00 no voy a poder. ¿Podemos pasar la llamada al jueves 14 a la misma hora?

Gracias y disculpa,
Irene""", "2026-05-08 09:02 +0200",
      quote=("es", "El jue, 7 may 2026 a las 08:11, Jonas Okonkwo-Brandt <jonas.ob@example.de> escribió:",
             "Hola Irene,\nel martes 12 a las 10:00 me va perfecto.\nUn saludo,\nJonas"),
      thread="<jonas.20260507.0811@example.de>"),
]

MESSAGES += [
    # ------------------------------------------------------------------ missed interview notices
    M("missed_interview_notice", "telefon_nicht_erreicht", "de", "Lindner Fördertechnik", "m.seidl@lindner-foerdertechnik.example.de",
      "Martina Seidl <m.seidl@lindner-foerdertechnik.example.de>",
      "Telefoninterview heute 10 Uhr",
      """Sehr geehrter Herr Okonkwo-Brandt,

ich habe Sie heute um 10:00 Uhr wie vereinbart zum Telefoninterview angerufen, Sie aber leider nicht erreicht (zweimal probiert, Mailbox). Ist etwas dazwischengekommen?

Bitte melden Sie sich kurz bei mir, dann finden wir einen neuen Termin.

Mit freundlichen Grüßen
Martina Seidl
Lindner Fördertechnik GmbH
Tel. 0911 6480-223
""", "2026-01-22 10:24 +0100"),

    M("missed_interview_notice", "teams_nicht_eingewaehlt", "de", "Vellmar Automotive", "jan.oberhuber@vellmar.example.com",
      "Oberhuber Jan (HR-R-31) <jan.oberhuber@vellmar.example.com>",
      "AW: Verschiebung: Videointerview Lean Manager Werk Regensburg",
      """Hallo Herr Okonkwo-Brandt,

Herr Dr. Faltermeier und ich waren heute um 13:30 Uhr im Teams-Meeting, Sie haben sich aber leider nicht eingewählt. Wir haben 15 Minuten gewartet.

Gab es technische Probleme? Geben Sie mir bitte bis Mittwoch Bescheid, ob Sie weiterhin Interesse an der Stelle haben.

Viele Grüße
Jan Oberhuber
HR Recruiting Werk Regensburg""", "2026-02-09 14:05 +0100",
      thread="@verschiebung_werkleiter_krank"),

    M("missed_interview_notice", "du_wo_warst_du", "de", "Kistenwerk", "felix@kistenwerk.example",
      "Felix Brandl <felix@kistenwerk.example>",
      "?",
      """Hey Jonas, waren um 11 verabredet, oder? Hab ne Viertelstunde im Call gewartet. Alles ok bei dir? Meld dich einfach wenn du nochmal willst.
Felix""", "2026-03-13 11:19 +0100", cte="8bit"),

    M("missed_interview_notice", "ch_nicht_erschienen_formal", "de", "Universitätsspital Limmattal", "corinne.egli@usl.example.ch",
      "Corinne Egli <corinne.egli@usl.example.ch>",
      "Ihr Gesprächstermin vom 28. April",
      """Guten Tag Herr Okonkwo-Brandt

Wir haben Sie heute um 14.00 Uhr zum vereinbarten Vorstellungsgespräch erwartet. Leider sind Sie nicht erschienen und wir haben auch keine Nachricht von Ihnen erhalten.

Falls Sie weiterhin an der Stelle interessiert sind, bitten wir Sie, sich bis Ende Woche bei uns zu melden. Andernfalls gehen wir davon aus, dass Sie Ihre Bewerbung zurückziehen.

Freundliche Grüsse
Corinne Egli
HR-Fachfrau
""", "2026-04-28 15:10 +0200"),

    M("missed_interview_notice", "zeitarbeit_kunde_wartete", "de", "Pflügler Werkzeugbau", "dennis.kraft@brueckner-industrieservice.example.de",
      "Dennis Kraft <dennis.kraft@brueckner-industrieservice.example.de>",
      "Wo sind Sie?",
      """Herr Okonkwo-Brandt,

ich stehe hier mit Herrn Pflügler am Empfang, es ist 8:45 – wir hatten 8:15 ausgemacht. Ich habe Sie zweimal angerufen. Bitte melden Sie sich umgehend, sonst muss ich dem Kunden sagen, dass der Termin heute ausfällt.

Dennis Kraft
Mobil 0171 555 2301

Gesendet von meinem Samsung Galaxy Smartphone.""", "2026-05-28 08:46 +0200", charset="windows-1252"),

    M("missed_interview_notice", "we_tried_calling", "en", "Verdanta", "noah.fischer@verdanta.example.com",
      "Noah Fischer <noah.fischer@verdanta.example.com>",
      "Missed you today",
      """Hi Jonas,

We tried calling you at the scheduled time (10:00 CET) for our phone screen but couldn't get through - it went straight to voicemail.

No worries, these things happen! If you're still interested, here's my calendar to grab a new slot: https://calendly.com/noah-verdanta/30min

Best,
Noah""", "2026-02-05 10:21 +0100"),

    M("missed_interview_notice", "did_not_join_teams", "en", "Saraswat Chemicals Europe", "careers.eu@saraswat-chem.example.com",
      "Careers Europe - Saraswat <careers.eu@saraswat-chem.example.com>",
      "RE: Interview Schedule - Manager Procurement (Ref: SCE/PRC/26/09)",
      """Dear Mr. Jonas,

This is to inform you that you did not join the Webex meeting scheduled today at 11:00 AM CEST for the technical round. The panel waited for 20 minutes.

Kindly revert with the reason at the earliest, so that we may check with the panel regarding the possibility of a fresh slot.

Thanks & Regards,
HR Team
Saraswat Chemicals Europe AG""", "2026-06-03 11:40 +0200",
      thread="@indian_owned_kindly_confirm"),

    M("missed_interview_notice", "no_show_panel_ashby", "en", "Fernwell", "lena@fernwell.example.io",
      "Lena Brandauer <lena@fernwell.example.io>",
      "Today's panel",
      """Hi Jonas,

The panel was all set up for 2pm today but we didn't see you join. I hope everything's alright.

Could you let me know what happened? If it was a mix-up with time zones we can try to find another slot, though the team's calendars are pretty packed before the summer break.

Lena""", "2026-07-02 14:32 +0200"),

    M("missed_interview_notice", "rdv_manque_fr", "fr", "Hôpitaux du Léman", "nathalie.rochat@hopitaux-leman.example.ch",
      "Nathalie Rochat <nathalie.rochat@hopitaux-leman.example.ch>",
      "Votre entretien du 23 septembre",
      """Monsieur,

Nous vous attendions ce mercredi 23 septembre à 14h00 pour votre entretien sur le site de Morges. Vous ne vous êtes malheureusement pas présenté et nous n'avons pas pu vous joindre par téléphone.

Si vous souhaitez maintenir votre candidature, merci de nous recontacter d'ici vendredi.

Meilleures salutations,
Nathalie Rochat
Spécialiste RH - Hôpitaux du Léman
""", "2026-09-23 15:02 +0200", charset="iso-8859-1", cte="quoted-printable"),

    M("missed_interview_notice", "no_te_conectaste_es", "es", "Logística Ebro", "p.sanz@logistica-ebro.example.es",
      "Pilar Sanz <p.sanz@logistica-ebro.example.es>",
      "Entrevista de hoy",
      """Hola Jonas,

Javier y yo te estuvimos esperando hoy a las 11:00 en PLAZA para la entrevista, pero no apareciste y no conseguimos localizarte por teléfono.

¿Ha pasado algo? Si sigues interesado, dímelo y vemos si podemos buscar otro hueco la semana que viene.

Un saludo,
Pilar""", "2026-09-03 12:15 +0200"),
]
