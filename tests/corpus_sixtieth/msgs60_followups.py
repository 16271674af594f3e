"""Interview reschedules/cancellations and missed-interview notices (data only)."""

from __future__ import annotations

from msgs60_base import maker

C = maker("interview_reschedule_or_cancel")
N = maker("missed_interview_notice")

KAI = "Kai Wozniak-Hartmann <kai.wozniak@example.at>"

RESCHEDULES = [
    C("verschiebung_krank", "de", "Kronauer Pharma", "lisa.huber@kronauer-pharma.example.at",
      "Huber Lisa <lisa.huber@kronauer-pharma.example.at>", "Verschiebung: Videointerview Produktionsplanung", """
      Sehr geehrter Herr Wozniak-Hartmann,

      leider ist Herr DI Stadler kurzfristig erkrankt, daher müssen wir das Videointerview morgen
      verschieben. Wäre Ihnen stattdessen Dienstag, 10. März, 09:00 Uhr möglich?

      Ich entschuldige mich für die Umstände.

      Freundliche Grüße
      Lisa Huber
      """, when="2026-03-04 16:12", ics="CANCEL", ics_when="20260305T080000Z", ics_title="Videointerview Kronauer Pharma"),

    C("termin_abgesagt_gf_ausland", "de", "Salzach Verpackung", "c.eder@salzach-verpackung.example.at",
      "Christina Eder <c.eder@salzach-verpackung.example.at>", "Termin am Freitag", """
      Lieber Herr Wozniak-Hartmann,

      ich muss den Termin am Freitag mit Herrn Mag. Obermayr leider absagen, er ist diese Woche
      kurzfristig im Ausland. Ich melde mich Anfang nächster Woche mit einem neuen Terminvorschlag.

      Herzliche Grüße
      Christina Eder
      """),

    C("gf_handy_spaeter", "de", "Voralpen Kunststofftechnik", "s.wimmer@voralpen-kt.example.at",
      "Stefan Wimmer <s.wimmer@voralpen-kt.example.at>", "Montag", """
      Hr. Wozniak, schaffe Montag 9h nicht, Lieferantenaudit wurde vorgezogen. Geht 13h30 auch? sorry!
      SW

      Gesendet von Outlook für Android
      """),

    C("outlook_abgesagt", "de", "Linzer Stahlhandel", "barbara.koller@linzer-stahl.example.at",
      "Koller Barbara <barbara.koller@linzer-stahl.example.at>", "Abgesagt: Vorstellungsgespräch Disposition", """
      Sehr geehrter Herr Wozniak-Hartmann,

      bedauerlicherweise müssen wir das für Donnerstag geplante Vorstellungsgespräch absagen. Ein
      neuer Termin folgt in Kürze.

      Mit freundlichen Grüßen
      Barbara Koller
      Linzer Stahlhandel GmbH
      """, ics="CANCEL", ics_when="20260618T070000Z", ics_title="Vorstellungsgespräch Disposition", fmt="alt"),

    C("berater_neuer_termin_du", "de", "Ennstal Landtechnik", "markus.leitner@kaltenbrunner-consult.example.at",
      "Markus Leitner <markus.leitner@kaltenbrunner-consult.example.at>", "Re: Termin Ennstal", """
      Hi Kai,

      kleine Planänderung: der Werksleiter muss am Dienstag nach Deutschland, wir verschieben auf
      Donnerstag gleiche Uhrzeit. Passt das für dich?? Sorry für das Hin und Her!

      LG Markus
      """, quote=("de", KAI, """
      Hallo Markus,
      Dienstag 10 Uhr passt mir gut. Danke!
      Kai
      """)),

    C("bund_hearing_verlegt", "de", "Bundesministerium für Verkehr und Logistik", "bewerbung.personal@bmvl.example.gv.at",
      "Bewerbungsmanagement BMVL <bewerbung.personal@bmvl.example.gv.at>",
      "Verlegung des Hearings - GZ 2026-0.118.442", """
      Sehr geehrter Herr Wozniak-Hartmann!

      Aus organisatorischen Gründen muss das Hearing vom 22. April auf den 29. April 2026, 10:30 Uhr,
      verlegt werden. Der Ort bleibt unverändert. Wir ersuchen um Bestätigung.

      Mit freundlichen Grüßen
      Für die Bundesministerin:
      Mag. Gerhard Windisch
      """),

    C("ch_interview_annulliert", "de", "Zürcher Kantonalwerke", "m.frei@zkw.example.ch",
      "Martina Frei <m.frei@zkw.example.ch>", "Ihr Gespräch vom 9. Juli", """
      Grüezi Herr Wozniak-Hartmann

      Leider müssen wir das Gespräch vom 9. Juli absagen, da die Bereichsleiterin an diesem Tag
      kurzfristig nicht verfügbar ist. Wir würden Ihnen gerne den 16. Juli um 14 Uhr als Ersatztermin
      anbieten und bitten um kurze Rückmeldung.

      Freundliche Grüsse
      Martina Frei
      HR Zürcher Kantonalwerke
      """),

    C("uni_webex_statt_praesenz", "de", "Technische Universität Graz", "sekretariat.ilm@tugraz.example.at",
      "Sekretariat ILM <sekretariat.ilm@tugraz.example.at>", "Re: Bewerbung Projektmitarbeiter Logistik", """
      Sehr geehrter Herr Wozniak-Hartmann,

      Prof. Lechner ist am 3. Juni leider verhindert. Wir müssten das Gespräch auf Freitag, 5. Juni,
      11:00 Uhr verschieben - geht sich das bei Ihnen aus?

      Mit besten Grüßen
      Birgit Schaller
      Institut für Logistikmanagement, TU Graz
      """),

    # English
    C("goodtime_rescheduled", "en", "Pallas Analytics", "emma.clarke@pallas-analytics.example.com",
      "Pallas Analytics Recruiting <scheduling@goodtime.io>", "Interview rescheduled: Pallas Analytics", """
      Hi Kai,

      Your interview with Pallas Analytics has been rescheduled because an interviewer is no longer available.

      New time: Thursday, 19 March 2026, 15:00-16:00 CET
      Previous time: Wednesday, 18 March 2026, 15:00-16:00 CET

      Need a different time? Reply and your coordinator will help.
      """, reply_to="Emma Clarke <emma.clarke@pallas-analytics.example.com>", fmt="html"),

    C("uk_postpone", "en", "Harrowgate Rail Systems", "priya.shah@harrowgate-rail.example.co.uk",
      "Priya Shah <priya.shah@harrowgate-rail.example.co.uk>", "Thursday", """
      Hi Kai,

      Apologies - Richard has been pulled into a franchise review on Thursday so we'll need to push our
      call. Could you do Monday at 11:00 UK time instead? Terribly sorry for the faff.

      Kind regards,
      Priya
      """),

    C("agency_cancel_client_paused", "en", "Brandt Logistics", "tom.fairley@northbridge-search.example.co.uk",
      "Tom Fairley <tom.fairley@northbridge-search.example.co.uk>", "Re: Tuesday", """
      Hi Kai,

      Bit of a curveball - Brandt have had to cancel Tuesday's interview, the Ops Director is off sick.
      They're keen to rebook though, I'll come back with new slots ASAP!

      Tom
      """),

    C("polish_moved_online", "en", "Wisła Machinery", "k.nowak@wisla-machinery.example.pl",
      "Katarzyna Nowak <k.nowak@wisla-machinery.example.pl>", "Change of interview date", """
      Dear Mr Kai,

      Unfortunately our Purchasing Director has business trip on 12 May. We kindly ask to change the
      interview for 14 May, same hour. Please confirm.

      Best regards,
      Katarzyna Nowak
      """),

    C("fr_report_entretien", "fr", "Alpirail", "m.giraud@alpirail.example.fr",
      "Mathilde Giraud <m.giraud@alpirail.example.fr>", "Report de notre échange", """
      Bonjour Kai,

      Je suis navrée, un imprévu m'oblige à décaler notre échange de jeudi. Pourriez-vous lundi 23
      février à 10h ?

      Merci de votre compréhension,
      Mathilde Giraud
      Alpirail
      """, quote=("fr", KAI, """
      Bonjour Mathilde,

      Jeudi 19 février à 11h me convient parfaitement. Je reste joignable au +43 660 000 00 00.

      Bien cordialement,
      Kai Wozniak-Hartmann
      """)),

    C("es_cambio_hora", "es", "Transportes Ebro", "rrhh@transportes-ebro.example.es",
      "RRHH Transportes Ebro <rrhh@transportes-ebro.example.es>", "Cambio de hora - entrevista jueves", """
      Estimado Sr. Wozniak-Hartmann:

      Por motivos de agenda del director de operaciones, le proponemos trasladar la entrevista del
      jueves a las 12:30 h en lugar de las 10:30 h. Le agradeceríamos que nos confirmase si le viene bien.

      Atentamente,
      Departamento de Recursos Humanos
      """),

    C("es_cancelada_chile", "es", "Andes Cargo", "paula.rojas@andescargo.example.cl",
      "Paula Rojas <paula.rojas@andescargo.example.cl>", "Entrevista del viernes", """
      Hola Kai,

      Lamentablemente tenemos que cancelar la entrevista del viernes; el gerente general tuvo que
      viajar a Santiago. Te propongo reagendar para la próxima semana, ¿te acomoda el martes a las 16:00 (hora de Madrid)?

      Saludos,
      Paula
      """),
]

MISSED = [
    N("nicht_erreicht_telefon", "de", "Steirerfrost", "andrea.pichler@steirerfrost.example.at",
      "Andrea Pichler <andrea.pichler@steirerfrost.example.at>", "Telefoninterview heute", """
      Sehr geehrter Herr Wozniak-Hartmann,

      ich habe heute um 10:00 Uhr wie vereinbart versucht, Sie für unser Telefoninterview zu erreichen,
      leider ohne Erfolg. Ich habe Ihnen auch auf die Mobilbox gesprochen.

      Bitte melden Sie sich bei mir, falls Sie weiterhin Interesse an der Stelle haben.

      Mit freundlichen Grüßen
      Andrea Pichler
      Tel. +43 3112 000 210
      """, when="2026-02-10 11:05"),

    N("teams_nicht_erschienen", "de", "Linzer Stahlhandel", "barbara.koller@linzer-stahl.example.at",
      "Koller Barbara <barbara.koller@linzer-stahl.example.at>", "Unser Termin heute", """
      Sehr geehrter Herr Wozniak-Hartmann,

      wir haben heute um 9 Uhr im Teams-Meeting auf Sie gewartet, Sie sind der Besprechung jedoch
      nicht beigetreten. Ist etwas dazwischengekommen?

      Gerne können Sie sich bei mir melden, um ggf. einen neuen Termin zu vereinbaren.

      Mit freundlichen Grüßen
      Barbara Koller
      """),

    N("berater_wo_warst_du", "de", "Ennstal Landtechnik", "markus.leitner@kaltenbrunner-consult.example.at",
      "Markus Leitner <markus.leitner@kaltenbrunner-consult.example.at>", "??", """
      Kai, der Werksleiter saß grad 15 min im Call und du warst nicht drin - alles ok bei dir?
      Bitte ruf mich gleich an, ich versuch das noch zu retten.

      Markus
      Sent from my iPhone
      """),

    N("probetag_nicht_gekommen", "de", "Gastro Logistik Hofer & Söhne", "office@hofer-soehne.example.at",
      "Hofer & Söhne Office <office@hofer-soehne.example.at>", "Probearbeitstag heute", """
      Hallo Kai,

      wir hatten dich heute um 8 zum Probearbeitstag erwartet, leider bist du nicht gekommen und
      wir konnten dich auch telefonisch nicht erreichen. Meld dich bitte, wenn du noch Interesse hast.

      Lg Sandra
      """),

    N("ch_nicht_erschienen_formell", "de", "Rheinbahn Logistik", "d.brunner@rheinbahnlog.example.ch",
      "Daniela Brunner <d.brunner@rheinbahnlog.example.ch>", "Assessment vom 14. April", """
      Sehr geehrter Herr Wozniak-Hartmann

      Leider sind Sie heute nicht zum vereinbarten Assessment erschienen und haben sich auch nicht
      abgemeldet. Wir gehen davon aus, dass Sie kein Interesse mehr an der Stelle haben. Sollte ein
      Missverständnis vorliegen, bitten wir Sie, sich bis Freitag bei uns zu melden.

      Freundliche Grüsse
      Daniela Brunner
      Rheinbahn Logistik AG
      """, when="2026-04-14 16:20"),

    N("en_tried_calling", "en", "Trikon Consulting", "ritu.menon@trikon-consulting.example.in",
      "Ritu Menon <ritu.menon@trikon-consulting.example.in>", "Missed call - technical discussion", """
      Dear Kai,

      Our Practice Head tried calling you at the scheduled time (3 PM IST) but the call went unanswered.
      Kindly let us know if you are still interested and share another slot.

      Thanks and regards,
      Ritu
      """),

    N("en_missed_you_casual", "en", "Orbitrack", "sam@orbitrack.example.io",
      "Sam Kettering <sam@orbitrack.example.io>", "missed you", """
      hey Kai, I was on the Meet link at 4 but didn't see you. Happy to find another time if you still want to chat.
      Sam
      """),

    N("en_no_show_corporate", "en", "Valtera Mobility", "dana.whitfield@valtera-mobility.example.com",
      "Dana Whitfield <dana.whitfield@valtera-mobility.example.com>", "Today's onsite", """
      Hi Kai,

      We had you down for an onsite interview at our Munich office at 10:00 this morning, but you
      didn't arrive and we weren't able to reach you by phone. I hope everything is alright.

      If something came up, please let me know by the end of the week and we can see what's possible.

      Best,
      Dana Whitfield
      Senior Recruiter, Valtera Mobility
      """, when="2026-05-27 13:30"),

    N("fr_absent_visio", "fr", "Sodimat", "antoine.leroy@talentis-rh.example.fr",
      "Antoine Leroy <antoine.leroy@talentis-rh.example.fr>", "Entretien de ce matin", """
      Bonjour Kai,

      La DAF de Sodimat m'indique que vous ne vous êtes pas connecté à la visio de 10h ce matin.
      Tout va bien ? Rappelez-moi dès que possible, je vais essayer de reprogrammer.

      Antoine
      """),

    N("es_no_se_presento", "es", "Nubeo", "marta@nubeo.example.es",
      "Marta Ibáñez <marta@nubeo.example.es>", "Nuestra llamada de hoy", """
      Hola Kai,

      Te estuve esperando en la videollamada de las 17:00 pero no te conectaste. ¿Todo bien? Si
      quieres, buscamos otro hueco esta semana.

      Un saludo,
      Marta
      """),
]

MESSAGES = RESCHEDULES + MISSED
