"""Reschedules, cancellations and missed-interview notices of the 82nd corpus (data only)."""

from msgs82_spec import M

S = "interview_reschedule_or_cancel"
N = "missed_interview_notice"

MESSAGES = [
    M(S, "verschiebung_krankheit", "de", "Helvetia Biologics", "anja.steiner@helvetiabio.example.ch",
      "Anja Steiner <anja.steiner@helvetiabio.example.ch>", "Verschiebung Telefoninterview",
      "2026-01-19T16:50+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Leider muss ich unser Telefoninterview von morgen Dienstag, 10:00 Uhr, krankheitsbedingt absagen. Es tut mir sehr leid für die kurzfristige Änderung.

Könnten wir auf Donnerstag, 22. Januar, 11:00 Uhr ausweichen? Alternativ ginge auch Freitag früh.

Freundliche Grüsse
Anja Steiner
Helvetia Biologics AG
"""),

    M(S, "teams_absage_ics_cancel", "de", "Cardiolux", "tobias.meier@cardiolux.example.de",
      "Meier, Tobias <tobias.meier@cardiolux.example.de>", "Abgesagt: Videointerview Cardiolux – Quality Manager MDR",
      "2026-02-06T09:12+01:00",
      """Hallo Frau Lindqvist-Mensah,

leider muss Frau Dr. Sommer kurzfristig zu einem Audit nach Irland, daher sage ich unseren Termin am Montag ab. Ich melde mich Anfang nächster Woche mit neuen Terminvorschlägen.

Viele Grüße
Tobias Meier
Cardiolux GmbH
""", ics={"method": "CANCEL", "uid": "videointerview_teams_ics", "start": "20260209T100000Z",
          "end": "20260209T110000Z", "stamp": "20260206T081200Z", "sequence": "1",
          "summary": "Abgesagt: Videointerview Cardiolux – D. Lindqvist-Mensah", "org_name": "Meier, Tobias",
          "org": "tobias.meier@cardiolux.example.de"}),

    M(S, "neuer_termin_headhunter", "de", "Rhenova Pharma Services", "s.vogt@vogt-search.example.ch",
      "Stefan Vogt <s.vogt@vogt-search.example.ch>", "Terminänderung Rhenova – sorry!", "2026-03-15T19:03+01:00",
      """Hoi Dorothea

Kleine Planänderung: Dr. Albrecht ist am Montag an einem Board Meeting, der Termin um 14:00 fällt leider ins Wasser. Neuer Vorschlag vom Kunden ist Donnerstag 19.3. um 10:30, gleicher Ort. Geht das für dich?

Sorry für das Hin und Her!!

LG Stefan
"""),

    M(S, "vorstellungsgespraech_verlegt_behoerde", "de", "Bezirksregierung Niederrhein-Süd", "m.schulte@brns.example.de",
      "Schulte, Martina <m.schulte@brns.example.de>", "Vorstellungsgespräch am 15.04. – Verlegung",
      "2026-04-09T10:31+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

aus dienstlichen Gründen muss das für den 15. April 2026 vorgesehene Vorstellungsgespräch verlegt werden. Wir bieten Ihnen als Ersatztermin Dienstag, den 21. April 2026, 13:00 Uhr, am selben Ort an.

Bitte bestätigen Sie den neuen Termin kurz per E-Mail.

Mit freundlichen Grüßen
Im Auftrag
Martina Schulte
Dezernat 11 – Personal
Bezirksregierung Niederrhein-Süd
Tel. 0211 555-2214
""", fmt="qp"),

    M(S, "gremium_termin_verschoben_uni", "de", "Universitätsspital Rheinau", "eva.luethi@usr.example.ch",
      "Lüthi Eva <eva.luethi@usr.example.ch>", "Änderung: Präsentation Findungskommission", "2026-04-29T08:44+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Wegen einer Terminkollision im Präsidium muss die Sitzung der Findungskommission vom 6. Mai um eine Woche verschoben werden. Ihr neuer Termin ist Mittwoch, 13. Mai 2026, 13:15 Uhr, Raum 2.104 im Verwaltungsgebäude.

Ich bitte um Ihr Verständnis und eine kurze Bestätigung.

Freundliche Grüsse
Eva Lüthi
Assistentin Direktion Personal
Universitätsspital Rheinau
Tel. 061 555 21 09
""", fmt="latin1"),

    M(S, "termin_abgesagt_neue_vorschlaege", "de", "Pharmawerk Tirol", "lisa.hofer@pharmawerk-tirol.example.at",
      "Lisa Hofer <lisa.hofer@pharmawerk-tirol.example.at>", "Termin 3. Juni", "2026-06-01T12:15+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

leider muss ich Ihnen mitteilen, dass unser Werksleiter am 3. Juni kurzfristig verhindert ist. Wir müssen den Termin daher absagen, möchten das Gespräch aber unbedingt nachholen. Ich schlage den 10. oder 11. Juni vor, jeweils vormittags.

Beste Grüße
Lisa Hofer
Pharmawerk Tirol GmbH
"""),

    M(S, "kurz_verschieben_du", "de", "Medvio", "jonas@medvio.example.de",
      "Jonas Albers <jonas@medvio.example.de>", "Morgen", "2026-03-03T21:47+01:00",
      """Hi Dorothea, sorry für die späte Mail – mir ist morgen ein Behördentermin beim BfArM reingerutscht. Können wir unser Fachgespräch auf Freitag gleiche Uhrzeit schieben? Kathi schickt dir eine neue Einladung.
Danke & sorry!
Jonas

Gesendet von Outlook für iOS
"""),

    M(S, "gl_gespraech_verschoben", "de", "Klinik Seeblick", "direktion@klinik-seeblick.example.ch",
      "Direktion Klinik Seeblick <direktion@klinik-seeblick.example.ch>", "AW: Gespräch mit der Geschäftsleitung",
      "2026-08-25T10:02+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Wir müssen das Gespräch vom Freitag leider auf Dienstag, 1. September, 16:00 Uhr verschieben, da Herr Dr. Fankhauser an diesem Tag an einer Sitzung des Verwaltungsrates teilnehmen muss. Wir hoffen, der neue Termin passt Ihnen.

Freundliche Grüsse
i.A. Sandra Bosshard
Klinik Seeblick AG
""", quote=[("outlook_de", "Freitag, 21. August 2026 07:50", "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>",
             "Sehr geehrter Herr Dr. Fankhauser\n\nvielen Dank, den Termin am 28. August nehme ich gerne wahr. Meine Referenzen sende ich Ihnen separat.\n\nFreundliche Grüsse\nDorothea Lindqvist-Mensah")]),

    M(S, "reschedule_goodtime_en", "en", "Arcadia Biosciences", "hannah.lee@arcadiabio.example.com",
      "Hannah Lee <hannah.lee@arcadiabio.example.com>", "Need to move one of your panel interviews",
      "2026-02-17T18:25+01:00",
      """Hi Dorothea,

Apologies - our VP of Clinical Development has a conflict on Thursday, so we need to reschedule her 45-minute slot. Could you do Monday Feb 23 at 4pm CET instead? The other two conversations stay as planned.

Thanks for your flexibility!

Hannah Lee
Senior Recruiter | Arcadia Biosciences
"""),

    M(S, "onsite_cancelled_new_dates", "en", "Halcyon Genomics", "erin.walsh@halcyongenomics.example.com",
      "Erin Walsh <erin.walsh@halcyongenomics.example.com>", "Onsite on May 14", "2026-05-08T13:30-04:00",
      """Hi Dorothea,

I'm really sorry to do this, but we have to cancel your onsite on May 14. Our CMO is travelling unexpectedly and we don't want you to make the trip without her there. Travel has been cancelled on our side, so no need to do anything about the flights.

I'll come back to you with new dates in the first week of June.

Erin
""", fmt="alt", logo="Halcyon Genomics"),

    M(S, "outlook_new_time_ics", "en", "Nordvig Pharma", "sofie.kjaer@nordvig.example.dk",
      "Sofie Kjær <sofie.kjaer@nordvig.example.dk>", "Updated invitation: Interview - Compliance Manager",
      "2026-07-17T14:02+02:00",
      """Dear Dorothea

Lars has been called into a board meeting on Tuesday, so I have moved our interview to Thursday 23 July, 10:00-11:00 CET. The updated invitation is attached; please accept it if the new time suits you, or let me know and we will find another slot.

Kind regards
Sofie Kjær
Nordvig Pharma A/S
""", ics={"uid": "danish_invite_ics", "start": "20260723T080000Z", "end": "20260723T090000Z",
          "stamp": "20260717T120200Z", "sequence": "1",
          "summary": "Interview - Compliance Manager - Dorothea Lindqvist-Mensah", "org_name": "Sofie Kjær",
          "org": "sofie.kjaer@nordvig.example.dk"}),

    M(S, "indian_postpone", "en", "Vedanshi Biopharma Europe", "ankit.sharma@vedanshibio.example.com",
      "Ankit Sharma <ankit.sharma@vedanshibio.example.com>", "RE: Interview schedule - Technical round",
      "2026-06-05T06:40+02:00",
      """Dear Dorothea,

Due to unavoidable circumstances the panel is not available on 08-Jun. The technical round is hence postponed. Revised slot: 10-Jun-2026, 02:30 PM CEST.

Kindly confirm the same.

Regards,
Ankit
""", quote=[("outlook", "Wednesday, June 3, 2026 9:12 AM", "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>",
             "Dear Ankit,\n\nThank you, I confirm the interview on 8 June at 11:00.\n\nBest regards,\nDorothea")]),

    M(S, "report_entretien_fr", "fr", "Biosanté Léman", "claire.dubois@biosante-leman.example.ch",
      "Claire Dubois <claire.dubois@biosante-leman.example.ch>", "Report de notre entretien", "2026-02-24T17:20+01:00",
      """Madame Lindqvist-Mensah,

Je suis contrainte de reporter notre entretien prévu ce jeudi 26 février à 10h, notre directrice des affaires réglementaires étant retenue par une inspection. Pourriez-vous vous rendre disponible le mardi 3 mars à la même heure ?

Avec toutes mes excuses pour ce contretemps,

Claire Dubois
Biosanté Léman SA
"""),

    M(S, "annulation_entretien_fr", "fr", "Hôpital Intercantonal de la Broye", "rh@hib-broye.example.ch",
      "RH HIB <rh@hib-broye.example.ch>", "Annulation – entretien du 26 mai", "2026-05-22T11:00+02:00",
      """Bonjour Madame,

Nous sommes au regret de devoir annuler l'entretien prévu le mardi 26 mai à 14h00. Le Directeur des soins est absent pour une durée indéterminée. Nous reviendrons vers vous dès que possible pour fixer une nouvelle date.

Nous vous prions de nous excuser pour ce désagrément.

Service des ressources humaines
Hôpital Intercantonal de la Broye
"""),

    M(S, "cambio_hora_es", "es", "Grupo Hospitalario Costa Blanca", "seleccion@ghcb.example.es",
      "Selección GHCB <seleccion@ghcb.example.es>", "Cambio de horario entrevista 9 de abril",
      "2026-04-06T09:15+02:00",
      """Estimada Sra. Lindqvist-Mensah:

Por motivos de agenda de la Dirección Médica, nos vemos obligados a modificar la hora de su entrevista del jueves 9 de abril. La nueva hora será a las 16:30 h (hora peninsular). El enlace de conexión sigue siendo el mismo.

Disculpe las molestias.

Atentamente,
Departamento de Selección
Grupo Hospitalario Costa Blanca
"""),

    # missed interview notices
    M(N, "telefon_nicht_erreicht", "de", "Brennwald Labs", "r.ochsner@brennwald-labs.example.ch",
      "Ruedi Ochsner <r.ochsner@brennwald-labs.example.ch>", "Call heute", "2026-05-08T14:22+02:00",
      """Grüezi Frau Lindqvist-Mensah,
ich habe Sie heute um 14 Uhr wie vereinbart zweimal versucht anzurufen, Sie aber leider nicht erreicht. Ist etwas dazwischengekommen? Melden Sie sich gern, dann finden wir einen neuen Termin.
Gruss R. Ochsner
"""),

    M(N, "teams_nicht_erschienen_hr", "de", "Medivera Versicherungen", "sabine.keller@medivera-vers.example.ch",
      "Keller Sabine <sabine.keller@medivera-vers.example.ch>", "Unser Termin von heute 09:00",
      "2026-02-25T09:41+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Wir waren heute um 09:00 Uhr zum Teams-Interview verabredet. Leider sind Sie dem Meeting nicht beigetreten, und wir haben bis 09:20 gewartet.

Falls es ein technisches Problem gab oder Sie verhindert waren, lassen Sie es mich bitte wissen. Gerne prüfen wir, ob wir einen neuen Termin finden können.

Freundliche Grüsse
Sabine Keller
HR Business Partner
Medivera Versicherungen
"""),

    M(N, "nicht_erschienen_vor_ort", "de", "Stadtwerke-Klinikum Passau-Land", "personal@skpl.example.de",
      "Personalabteilung SKPL <personal@skpl.example.de>", "Ihr Vorstellungsgespräch am 16.06.2026",
      "2026-06-16T15:05+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

Sie waren heute um 13:00 Uhr zu einem Vorstellungsgespräch bei uns eingeladen. Leider sind Sie zu diesem Termin nicht erschienen und haben auch nicht abgesagt.

Bitte teilen Sie uns bis zum 19.06.2026 mit, ob Sie weiterhin Interesse an der Stelle haben. Andernfalls gehen wir davon aus, dass Sie Ihre Bewerbung zurückziehen.

Mit freundlichen Grüßen
Personalabteilung
Stadtwerke-Klinikum Passau-Land gGmbH
""", fmt="latin1"),

    M(N, "haben_dich_verpasst_du", "de", "Nordlicht Diagnostik", "pia.lorenz@nordlicht-dx.example.de",
      "Pia Lorenz <pia.lorenz@nordlicht-dx.example.de>", "Haben wir uns verpasst?", "2026-06-23T11:18+02:00",
      """Hallo Dorothea,

wir saßen eben zu dritt im Google-Meet-Raum und haben auf dich gewartet – leider bist du nicht dazugekommen. Ich hoffe, es ist alles okay bei dir!

Magst du mir kurz schreiben, ob wir einen neuen Slot finden sollen?

Liebe Grüße
Pia
Talent Acquisition | Nordlicht Diagnostik GmbH
"""),

    M(N, "headhunter_kunde_wartete", "de", "Ostwald Medizintechnik", "peter.ries@ries-consulting.example.de",
      "Peter Ries <peter.ries@ries-consulting.example.de>", "Was ist passiert??", "2026-08-27T10:52+02:00",
      """Liebe Frau Lindqvist-Mensah,

Herr Dr. Kessler von Ostwald hat mich gerade angerufen – er hat Sie heute um 10:00 für das Video-Interview erwartet, Sie sind aber nicht in die Zoom-Session gekommen. Bitte melden Sie sich schnellstmöglich bei mir, damit ich das beim Kunden erklären kann.

Viele Grüße
Peter Ries
Ries Consulting – Executive Search Healthcare
+49 69 555 8812
"""),

    M(N, "tried_calling_en", "en", "Quorum Bio", "tom@quorumbio.example.com",
      "Tom Keller <tom@quorumbio.example.com>", "missed you", "2026-04-07T16:35-04:00",
      """Hi Dorothea, we tried calling you at the scheduled time (10am ET) but it went to voicemail. Let me know if you'd still like to chat and we can find another time.

Tom
"""),

    M(N, "did_not_join_teams_en", "en", "Pemberton Clinical", "rachel.hughes@pembertonclinical.example.co.uk",
      "Rachel Hughes <rachel.hughes@pembertonclinical.example.co.uk>", "Today's interview", "2026-02-10T15:20+00:00",
      """Dear Dorothea,

I'm sorry we didn't get to speak today. You did not join the Teams meeting at 2pm and we weren't able to reach you by phone.

If something came up, please let me know and I'll see whether the panel can offer an alternative slot later this week.

Kind regards,
Rachel Hughes
Talent Partner
Pemberton Clinical Ltd
"""),

    M(N, "no_show_ats_en", "en", "Corvantis", "",
      "Corvantis <corvantis@myworkday.com>", "Corvantis: We missed you at your scheduled interview",
      "2026-03-31T17:00+02:00",
      """Dear Dorothea,

Our records show that you were not able to attend your scheduled interview for Manager, Global Regulatory Affairs - Medical Devices (R-118823) on 31 March 2026 at 15:00 CEST.

If you would like to reschedule, please select a new time in Candidate Home within 5 business days:
https://corvantis.wd3.myworkday.example.com/en-US/Careers/userHome

Best regards,
Corvantis Talent Acquisition
""", fmt="html", logo="Corvantis"),

    M(N, "absent_entretien_fr", "fr", "Laboratoire Chantemerle", "h.blanc@blanc-associes.example.fr",
      "Hugo Blanc <h.blanc@blanc-associes.example.fr>", "Entretien de ce matin", "2026-09-03T11:45+02:00",
      """Bonjour Dorothea,

Le Laboratoire Chantemerle m'indique que vous ne vous êtes pas présentée à l'entretien de 9h30 ce matin à Lyon. J'espère qu'il ne vous est rien arrivé !

Pouvez-vous me rappeler dès que possible ? Je vais essayer de proposer une nouvelle date au client.

Bien à vous,
Hugo Blanc
Blanc & Associés
06 55 55 41 22
"""),

    M(N, "no_se_conecto_es", "es", "Clinivance", "pablo@clinivance.example.com",
      "Pablo Ortega <pablo@clinivance.example.com>", "Re: Llamada Clinivance", "2026-07-28T17:20+02:00",
      """Hola Dorothea,

Te estuve esperando en la videollamada de las 17:00 pero no llegaste a conectarte. ¿Ha pasado algo? Si quieres, buscamos otro hueco esta semana.

Un saludo,
Pablo
""", quote=[("es", "jue, 23 jul 2026 a las 10:02", "Dorothea Lindqvist-Mensah (<dorothea.lm@example.ch>)",
             "Hola Pablo,\nperfecto, nos vemos el martes 28 a las 17:00.\nSaludos,\nDorothea")]),
]
