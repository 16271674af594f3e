"""Corpus 334: interview invitations, moved or cancelled interviews, and missed interviews."""

from __future__ import annotations

from msgs334_common import CAND, DISCLAIMER_DE, DISCLAIMER_EN, M, html_shell, ics, pdf

MELANIE = "Melanie Kuczera <melanie.kuczera@bodenwerk.example.de>"
LOHAUSEN = "Frank Terhoeven <frank.terhoeven@lohausen-airport.example.de>"
MARCH = "Lukas Pichler <lukas.pichler@marchfeld-airport.example.at>"
TAUNUS = "Nadine Öztürk <nadine.oeztuerk@taunus-aircargo.example.de>"
KESSLER = "Matthias Kessler <m.kessler@luftlinie-pb.example.de>"
SABINE = "Sabine Trautwein <sabine.trautwein@takeoff-personal.example.de>"
EMMA = "Emma Bakker <emma.bakker@crewbridge.example.nl>"
JOOST = "Joost van Leeuwen <joost.vanleeuwen@polderground.example.nl>"
OLIVER = "Oliver Pennington <oliver.pennington@aerotalent.example.co.uk>"
BEATRICE = "Beatrice Zollinger <beatrice.zollinger@glattal-ground.example.ch>"
NAVI = "Sophie Marty <sophie.marty@navisud.example.fr>"
OCC = "Julien Castagné <julien.castagne@airoccitane.example.fr>"
CIELO = "Marta Oliveira Ruiz <marta.oliveira@cielocatering.example.es>"

BODENWERK_SIG = """
Melanie Kuczera
Recruiting & Talent Management
Bodenwerk Ground Handling GmbH
Flughafenstraße 105, 40474 Düsseldorf
Telefon +49 211 555 6620
"""

MESSAGES = [
    # --- Bodenwerk Ground Handling, Düsseldorf: invite, moved slot, missed, then a no ---
    M("interview_invitation", "de", "bodenwerk_terminauswahl",
      "Bodenwerk Ground Handling <noreply@softgarden.io>",
      "Einladung zum Kennenlernen – bitte wählen Sie einen Termin", "2026-01-28 13:45 +0100",
      """
      Hallo Frau Harmsen-Ortiz,

      wir freuen uns, Sie zu einem ersten Kennenlerngespräch (ca. 45 Minuten, vor Ort in
      Düsseldorf) für die Stelle Koordinator Bodenverkehrsdienste (m/w/d) einzuladen.

      Bitte wählen Sie über folgenden Link einen passenden Termin aus:
      https://bodenwerk.softgarden.io/interview/slot-select/84412

      Bei Fragen antworten Sie einfach auf diese E-Mail – sie geht direkt an Melanie Kuczera.

      Viele Grüße
      Ihr Bodenwerk Recruiting-Team
      """,
      rt=MELANIE, company="Bodenwerk Ground Handling", contact="reply", key="boden_inv",
      mid_domain="softgarden.io"),
    M("interview_reschedule_or_cancel", "de", "bodenwerk_termin_verlegt", MELANIE,
      "Verlegung Ihres Gesprächstermins am 5. Februar", "2026-02-03 10:12 +0100",
      """
      Hallo Frau Harmsen-Ortiz,

      leider müssen wir den von Ihnen gewählten Termin am Donnerstag, 5. Februar, um 10:00 Uhr
      verlegen: Unser Stationsleiter ist an diesem Tag beim Luftfahrt-Bundesamt. Wir haben
      Ihnen stattdessen Dienstag, 10. Februar, 10:00 Uhr eingetragen – die aktualisierte
      Einladung hängt an. Passt das für Sie?

      Mit freundlichen Grüßen
      """,
      tail=BODENWERK_SIG.lstrip("\n") + "\n" + DISCLAIMER_DE,
      ics=ics("REQUEST", "sg-84412@bodenwerk.example.de", 1, "2026-02-10 10:00", 45,
              "Kennenlerngespräch Bodenwerk – W. Harmsen-Ortiz",
              "Flughafenstraße 105, Düsseldorf", MELANIE, stamp="20260203T091200Z"),
      cs="windows-1252", cte="quoted-printable", company="Bodenwerk Ground Handling",
      contact="from", parent="boden_inv", quote="de", key="boden_move"),
    M("missed_interview_notice", "de", "bodenwerk_nicht_erschienen", MELANIE,
      "Ihr Termin heute um 10:00 Uhr", "2026-02-10 11:20 +0100",
      """
      Hallo Frau Harmsen-Ortiz,

      wir hatten Sie heute um 10:00 Uhr zum Kennenlerngespräch in der Flughafenstraße
      erwartet. Leider sind Sie nicht erschienen und haben sich auch nicht abgemeldet.

      Bitte geben Sie uns bis Freitag kurz Bescheid, ob Sie weiterhin Interesse an der Stelle
      haben.

      Mit freundlichen Grüßen
      Melanie Kuczera
      """,
      company="Bodenwerk Ground Handling", contact="from", key="boden_missed",
      cs="iso-8859-1", cte="quoted-printable"),

    # --- Lohausen Airport Services, Düsseldorf airport operator ---
    M("interview_invitation", "de", "lohausen_telefoninterview", LOHAUSEN,
      "Telefoninterview Disponent*in Passagierdienste", "2026-02-04 15:02 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      wir haben Ihre Bewerbung mit Interesse gelesen und möchten Sie gerne zu einem
      telefonischen Interview einladen. Vorschlag: Mittwoch, 11. Februar 2026, 16:00 Uhr,
      Dauer etwa 30 Minuten. Ich rufe Sie auf Ihrer Mobilnummer an.

      Mit freundlichen Grüßen

      Frank Terhoeven
      Abteilungsleiter Passagierdienste
      Lohausen Airport Services GmbH
      Flughafenring 1 · 40474 Düsseldorf
      T +49 211 555 1188
      """,
      company="Lohausen Airport Services", contact="from", key="loh_inv"),
    M("interview_reschedule_or_cancel", "de", "lohausen_neue_uhrzeit", LOHAUSEN,
      "AW: Telefoninterview Disponent*in Passagierdienste", "2026-02-09 08:55 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      danke für Ihre Bestätigung. Mir ist leider eine Gremiensitzung dazwischengekommen. Können
      wir das Telefonat am Mittwoch auf 17:30 Uhr schieben? Falls nicht, finden wir sicher
      einen anderen Tag.

      Mit freundlichen Grüßen
      Frank Terhoeven
      """,
      company="Lohausen Airport Services", contact="from", parent="loh_own", quote="outlook_de",
      key="loh_move"),

    # --- Marchfeld Airport, Vienna ---
    M("interview_invitation", "de", "marchfeld_video", "Marchfeld Airport <noreply@recruitee.com>",
      "Einladung zum Video-Interview – Airport Operations Agent", "2026-03-12 09:30 +0100",
      None,
      html=html_shell("Einladung", """
      <p>Sehr geehrte Frau Harmsen-Ortiz,</p>
      <p>wir möchten Sie gerne zu einem Video-Interview einladen.</p>
      <table>
      <tr><td><b>Termin:</b></td><td>Freitag, 20. März 2026, 09:00 Uhr</td></tr>
      <tr><td><b>Plattform:</b></td><td>Microsoft Teams</td></tr>
      <tr><td><b>Gesprächspartner:</b></td>
      <td>Lukas Pichler, Teamleiter Airside Operations</td></tr>
      </table>
      <p>Bitte bestätigen Sie den Termin über den Button oder antworten Sie direkt an Herrn
      Pichler.</p>
      <p><a href="https://marchfeld.recruitee.com/i/confirm">Termin bestätigen</a></p>
      """, "Marchfeld Airport – Human Resources"),
      rt=MARCH, company="Marchfeld Airport", contact="reply", parent="march_ack",
      key="march_inv", mid_domain="recruitee.com"),
    M("interview_reschedule_or_cancel", "de", "marchfeld_verschoben", MARCH,
      "Video-Interview am 20. März – Verschiebung", "2026-03-16 17:42 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      leider müssen wir unser Video-Interview am Freitag absagen, da sich bei uns intern
      gerade Änderungen in der Abteilungsstruktur ergeben. Wir verschieben das Gespräch auf
      einen noch offenen Termin und melden uns, sobald wir Klarheit haben.

      Ich bitte um Ihr Verständnis.

      Mit freundlichen Grüßen
      Lukas Pichler
      Teamleiter Airside Operations, Marchfeld Airport
      """,
      company="Marchfeld Airport", contact="from", key="march_move"),

    # --- Taunus Air Cargo: trial day, missed ---
    M("interview_invitation", "de", "taunus_probearbeit", TAUNUS,
      "Einladung zum Probearbeitstag am Hahn", "2026-03-02 11:11 +0100",
      """
      Hallo Frau Harmsen-Ortiz,

      vielen Dank für das angenehme Telefonat letzte Woche. Wie besprochen laden wir Sie zu
      einem Probearbeitstag in unserer Load-Control-Abteilung ein:

      Montag, 9. März 2026, 7:00 bis ca. 13:00 Uhr
      Taunus Air Cargo, Gebäude 860, 55483 Hahn-Flughafen

      Bitte bringen Sie Sicherheitsschuhe und Ihren Personalausweis mit – den
      Tagesbesucherausweis beantragen wir für Sie.

      Viele Grüße
      Nadine Öztürk
      HR Generalist, Taunus Air Cargo
      """,
      company="Taunus Air Cargo", contact="from", key="taunus_inv", cs="windows-1252",
      cte="8bit", name_enc=("q", "windows-1252")),
    M("missed_interview_notice", "de", "taunus_probetag_verpasst", TAUNUS,
      "Probearbeitstag heute", "2026-03-09 09:48 +0100",
      """
      Hallo Frau Harmsen-Ortiz,

      wir haben heute ab 7 Uhr am Empfang von Gebäude 860 auf Sie gewartet. Leider sind Sie
      nicht gekommen, und telefonisch konnten wir Sie nicht erreichen.

      Viele Grüße
      Nadine Öztürk
      """,
      company="Taunus Air Cargo", contact="from", parent="taunus_inv", quote="de",
      key="taunus_missed"),

    # --- Mainport Flughafen Frankfurt: selection day via Personio, then cancelled ---
    M("interview_invitation", "de", "mainport_auswahltag",
      "Mainport Flughafen Frankfurt <noreply@personio.de>",
      "Einladung zum Auswahltag Terminalbetrieb", "2026-02-05 10:00 +0100",
      """
      Hallo Wiebke Harmsen-Ortiz,

      wir laden Sie herzlich zu unserem Auswahltag für die Position Schichtleiter*in
      Terminalbetrieb ein. Am Auswahltag erwarten Sie eine Präsentation, eine Gruppenaufgabe
      und ein Einzelgespräch.

      Datum: Mittwoch, 18. Februar 2026, 09:00–15:00 Uhr
      Ort: Mainport Verwaltung, Gebäude 101, 60547 Frankfurt am Main

      Die Kalendereinladung ist dieser E-Mail beigefügt.

      Viele Grüße
      Talent Acquisition Mainport Flughafen Frankfurt
      """,
      ics=ics("REQUEST", "personio-ev-55012@personio.de", 0, "2026-02-18 09:00", 360,
              "Auswahltag Terminalbetrieb", "Gebäude 101, Frankfurt",
              "Mainport Talent Acquisition <noreply@personio.de>", stamp="20260205T090000Z"),
      company="Mainport Flughafen Frankfurt", key="main_inv", mid_domain="personio.de"),
    M("interview_reschedule_or_cancel", "de", "mainport_auswahltag_abgesagt",
      "Mainport Flughafen Frankfurt <noreply@personio.de>",
      "Absage Termin: Auswahltag Terminalbetrieb am 18.02.2026", "2026-02-10 12:30 +0100",
      """
      Hallo Wiebke Harmsen-Ortiz,

      der Auswahltag am 18.02.2026 muss aus organisatorischen Gründen leider entfallen. Ein
      Ersatztermin wird Ihnen in Kürze mitgeteilt; Ihre Bewerbung bleibt selbstverständlich
      im Verfahren.

      Viele Grüße
      Talent Acquisition Mainport Flughafen Frankfurt
      """,
      ics=ics("CANCEL", "personio-ev-55012@personio.de", 1, "2026-02-18 09:00", 360,
              "Abgesagt: Auswahltag Terminalbetrieb", "Gebäude 101, Frankfurt",
              "Mainport Talent Acquisition <noreply@personio.de>", stamp="20260210T113000Z",
              status="CANCELLED"),
      company="Mainport Flughafen Frankfurt", key="main_cancel", mid_domain="personio.de"),

    # --- Luftlinie Personalberatung relaying its named client Glattal Ground Services ---
    M("interview_invitation", "de", "luftlinie_glattal_weitergeleitet", KESSLER,
      "WG: Interview Ramp Shift Lead – Glattal Ground Services", "2026-04-27 16:15 +0200",
      """
      Liebe Frau Harmsen-Ortiz,

      anbei die Einladung von Glattal Ground Services, die mir Frau Zollinger eben geschickt
      hat: Sie möchten Sie am Dienstag, 5. Mai, um 14:00 Uhr per Video mit dem Leiter Ramp
      Operations sprechen. Bitte bestätigen Sie mir kurz, dann gebe ich es weiter.

      Zur Vorbereitung: Herr Baumgartner legt viel Wert auf konkrete Beispiele, wie Sie in
      der Kabine mit Bodenverzögerungen umgegangen sind.

      Beste Grüße
      Matthias Kessler
      Senior Consultant Aviation | Luftlinie Personalberatung
      Bockenheimer Landstraße 51 | 60325 Frankfurt am Main | +49 69 555 90 31
      """,
      fwd=M("interview_invitation", "de", "inner", BEATRICE,
            "Interview Frau Harmsen-Ortiz", "2026-04-27 15:02 +0200",
            """
            Grüezi Herr Kessler

            Gerne möchten wir Frau Harmsen-Ortiz kennenlernen. Vorschlag: Dienstag, 5. Mai,
            14:00 Uhr per Teams, mit Herrn Baumgartner (Leiter Ramp Operations) und mir.

            Freundliche Grüsse
            Beatrice Zollinger
            """,
            to=KESSLER),
      company="Glattal Ground Services", contact="from", key="glatt_inv"),
    M("missed_interview_notice", "de", "luftlinie_glattal_gewartet", KESSLER,
      "Glattal – Sie waren nicht im Call?", "2026-05-05 14:38 +0200",
      """
      Liebe Frau Harmsen-Ortiz,

      Frau Zollinger hat mich gerade angerufen: Sie und Herr Baumgartner haben seit 14 Uhr im
      Teams-Meeting auf Sie gewartet. Ist alles in Ordnung? Ich habe Sie auch auf dem Handy
      nicht erreicht. Melden Sie sich bitte, damit ich das mit Glattal klären kann.

      Beste Grüße
      Matthias Kessler
      """,
      company="Glattal Ground Services", contact="from", key="glatt_missed"),

    # --- Takeoff Personal: its own get-to-know meeting, unnamed clients ---
    M("interview_invitation", "de", "takeoff_kennenlernen", SABINE,
      "Kennenlerngespräch in unserer Niederlassung", "2026-02-26 10:40 +0100",
      """
      Liebe Frau Harmsen-Ortiz,

      wie telefonisch besprochen lade ich Sie zu einem persönlichen Kennenlerngespräch in
      unsere Niederlassung ein. Wir haben derzeit mehrere Einsätze bei einem
      Bodenverkehrsdienstleister am Frankfurter Flughafen, für die Sie gut passen könnten.

      Termin: Dienstag, 3. März, 14:00 Uhr
      Adresse: Mainzer Landstraße 210, 3. OG, 60327 Frankfurt

      Bitte bringen Sie Ihren Ausweis, Ihre Steuer-ID und Ihre Sozialversicherungsnummer mit.

      Sonnige Grüße
      Sabine Trautwein
      """,
      company="Takeoff Personal", contact="from", key="take2_inv"),
    M("missed_interview_notice", "de", "takeoff_termin_verpasst", SABINE,
      "Unser Termin heute", "2026-03-03 15:05 +0100",
      """
      Liebe Frau Harmsen-Ortiz,

      ich habe Sie heute um 14:00 Uhr in der Niederlassung erwartet und zwischendurch zweimal
      angerufen. Vielleicht ist etwas dazwischengekommen? Sagen Sie mir gern Bescheid, dann
      vereinbaren wir einen neuen Termin.

      Sonnige Grüße
      Sabine Trautwein
      """,
      company="Takeoff Personal", contact="from", key="take2_missed", cte="base64"),

    # --- CrewBridge Staffing, Amsterdam crew staffing agency (client unnamed) ---
    M("interview_invitation", "en", "crewbridge_screen", EMMA,
      "Video screen – Ground Operations Coordinator (Schiphol client)", "2026-05-06 11:25 +0200",
      """
      Hi Wiebke,

      Thanks for applying through CrewBridge. I'd like to set up a short video screen before I
      present you to our client, a regional carrier based at Schiphol. Does Monday 11 May at
      15:00 CET work? I've attached a calendar invite.

      Best,
      Emma Bakker
      Senior Consultant – Ground & Crew
      CrewBridge Staffing | Stationsplein 88, 1012 AB Amsterdam | +31 20 555 7712
      """,
      ics=ics("REQUEST", "cb-screen-3319@crewbridge.example.nl", 0, "2026-05-11 15:00", 30,
              "CrewBridge video screen – Wiebke Harmsen-Ortiz", "Google Meet", EMMA,
              tz="Europe/Amsterdam", stamp="20260506T092500Z"),
      company="CrewBridge Staffing", contact="from", key="crew_inv"),
    M("interview_reschedule_or_cancel", "en", "crewbridge_postponed", EMMA,
      "Re: Video screen – need to push to Wednesday", "2026-05-08 17:01 +0200",
      """
      Hi Wiebke,

      Sorry to do this – I'm covering a colleague's desk on Monday. Could we push our screen to
      Wednesday 13 May, same time (15:00)? Updated invite attached.

      Thanks,
      Emma
      """,
      ics=ics("REQUEST", "cb-screen-3319@crewbridge.example.nl", 1, "2026-05-13 15:00", 30,
              "CrewBridge video screen – Wiebke Harmsen-Ortiz", "Google Meet", EMMA,
              tz="Europe/Amsterdam", stamp="20260508T150100Z"),
      company="CrewBridge Staffing", contact="from", parent="crew_inv", quote="en",
      key="crew_move"),
    M("missed_interview_notice", "en", "crewbridge_tried_calling", EMMA,
      "We missed you at 15:00", "2026-05-13 15:24 +0200",
      """
      Hi Wiebke,

      I was in the Meet at 15:00 and tried calling your mobile twice, but couldn't reach you.
      Hope everything is okay! I have a slot tomorrow at 10:00 or Friday at 14:00 if you'd
      like to try again – just let me know.

      Best,
      Emma
      """,
      company="CrewBridge Staffing", contact="from", key="crew_missed"),

    # --- Polder Ground Handling, Amsterdam (Recruitee) ---
    M("interview_invitation", "en", "polder_invite",
      "Polder Ground Handling <noreply@recruitee.com>",
      "Interview invitation – Turnaround Coordinator", "2026-06-09 10:15 +0200", None,
      html=html_shell("Interview invitation", """
      <p>Dear Wiebke,</p>
      <p>We are pleased to invite you to an interview for the Turnaround Coordinator position.
      </p>
      <ul>
      <li>Date: Monday 15 June 2026, 13:00 (CEST)</li>
      <li>Location: Polder Ground Handling, Cargoplein 4, Schiphol-Oost</li>
      <li>With: Joost van Leeuwen, Station Manager</li>
      </ul>
      <p>Questions? Simply reply to this e-mail and Joost will get back to you.</p>
      """, "Polder Ground Handling Recruitment", lang="en"),
      rt=JOOST, company="Polder Ground Handling", contact="reply", key="polder_inv",
      mid_domain="recruitee.com"),
    M("interview_reschedule_or_cancel", "en", "polder_moved", JOOST,
      "RE: Interview invitation – Turnaround Coordinator", "2026-06-11 08:40 +0200",
      """
      Dear Wiebke,

      Unfortunately I have to move our interview: we have a new airline customer starting
      operations on Monday and I need to be on the apron. Would Tuesday 16 June at 15:00 be
      possible instead?

      Kind regards,
      Joost van Leeuwen
      Station Manager | Polder Ground Handling
      """,
      tail=DISCLAIMER_EN,
      company="Polder Ground Handling", contact="from", parent="polder_own", quote="outlook_en",
      key="polder_move"),

    # --- AeroTalent Partners (head-hunter) with its named client Westpoort Airport Services ---
    M("interview_invitation", "en", "aerotalent_westpoort", OLIVER,
      "Westpoort Airport Services – first interview confirmed", "2026-06-18 12:00 +0100",
      """
      Hi Wiebke,

      Great news – Westpoort Airport Services would like to meet you for the Airside
      Operations Duty Officer role. Details:

        Tuesday 23 June, 10:30 Amsterdam time (09:30 UK)
        Microsoft Teams – link in the invite from their HR team
        Panel: Marloes Jansen (Head of Airside Ops) and Ruud Hendriks (HR)

      Give me a ring beforehand and I'll walk you through what they're looking for.

      Cheers,
      Oliver Pennington
      Director, Airport Operations Practice
      AeroTalent Partners | 30 Old Bailey, London EC4M 7AU | +44 20 5550 3381
      """,
      company="Westpoort Airport Services", contact="from", key="west_inv"),
    M("missed_interview_notice", "en", "aerotalent_westpoort_no_show", OLIVER,
      "Re: Westpoort Airport Services – first interview confirmed", "2026-06-23 10:02 +0100",
      """
      Wiebke,

      Marloes and Ruud have been waiting in the Teams call since 10:30 (Amsterdam) and you
      haven't joined. I've left you a voicemail as well. Please call me as soon as you see
      this so I can explain to the client.

      Oliver
      """,
      company="Westpoort Airport Services", contact="from", parent="west_inv", quote="en",
      key="west_missed"),

    # --- Glattal Ground Services writes in English through Ashby ---
    M("interview_invitation", "en", "glattal_ashby_second_round",
      "Beatrice Zollinger from Glattal Ground Services <no-reply@ashbyhq.com>",
      "Second-round interview at Zurich Airport", "2026-05-07 09:00 +0000",
      """
      Hi Wiebke,

      Thanks for getting back to us so quickly after the mix-up on Tuesday. We'd like to
      invite you to a second conversation in person at Zurich Airport, including a walk
      through the baggage hall:

        Monday, 11 May 2026, 10:00 – 12:00 CEST
        Glattal Ground Services, Operations Centre, Level 2

      Please confirm via the link: https://jobs.ashbyhq.com/glattal/interview/confirm

      Best,
      Beatrice
      """,
      rt=BEATRICE, company="Glattal Ground Services", contact="reply",
      mid_domain="ashbyhq.com"),

    # --- Navisud, Toulouse air-traffic services ---
    M("interview_invitation", "fr", "navisud_tests_entretien", NAVI,
      "Convocation – tests et entretien", "2026-03-09 14:30 +0100", None,
      html=html_shell("Convocation", """
      <p>Madame Harmsen-Ortiz,</p>
      <p>Nous avons le plaisir de vous convoquer à une session de sélection pour le poste de
      <b>Coordinateur opérations sol (H/F)</b> :</p>
      <p>le <b>jeudi 19 mars 2026 à 8h30</b><br>Navisud, 5 avenue de l'Aéropostale, 31700
      Blagnac</p>
      <p>La matinée comprend des tests psychotechniques et d'anglais aéronautique, suivis d'un
      entretien avec le chef de la salle des opérations.</p>
      <p>Merci de confirmer votre présence par retour de mail.</p>
      <p>Sophie Marty<br>Chargée de recrutement, Navisud</p>
      """, "Ce message est confidentiel.", lang="fr"),
      company="Navisud", contact="from", key="navi_inv", hcte="quoted-printable"),
    M("interview_reschedule_or_cancel", "fr", "navisud_report", NAVI,
      "Report de votre session de sélection", "2026-03-13 11:47 +0100",
      """
      Madame Harmsen-Ortiz,

      En raison d'un mouvement social annoncé pour le 19 mars, nous sommes contraints de
      reporter la session de sélection au mardi 24 mars 2026, même heure, même lieu.

      Merci de nous indiquer si cette nouvelle date vous convient.

      Cordialement,
      Sophie Marty
      """,
      company="Navisud", contact="from", parent="navi_inv", quote="fr", key="navi_move",
      subj_enc=("q", "iso-8859-1")),

    # --- Air Occitane Régionale, Toulouse regional airline ---
    M("interview_invitation", "fr", "air_occitane_telephone", OCC,
      "Entretien téléphonique – Agent(e) de coordination escale", "2026-06-02 09:20 +0200",
      """
      Bonjour Wiebke,

      Votre parcours de PNC nous intéresse beaucoup. Je vous propose un premier entretien
      téléphonique de 30 minutes le vendredi 5 juin à 11h. Est-ce que cela vous convient ?

      À bientôt,
      Julien Castagné
      Responsable escale – Air Occitane Régionale
      Aéroport Toulouse-Blagnac, Bâtiment 3 · 05 55 62 70 10
      """,
      company="Air Occitane Régionale", contact="from", key="occ_inv",
      name_enc=("b", "iso-8859-1")),
    M("interview_reschedule_or_cancel", "fr", "air_occitane_changement", OCC,
      "Re: Entretien téléphonique – changement d'horaire", "2026-06-04 18:10 +0200",
      """
      Bonjour Wiebke,

      Petit changement : j'ai une réunion avec la DGAC vendredi matin. Pouvons-nous décaler
      notre appel à 15h30 le même jour ? Dites-moi si ce n'est pas possible.

      Bonne soirée,
      Julien
      """,
      company="Air Occitane Régionale", contact="from", parent="occ_inv", quote="fr",
      key="occ_move"),

    # --- Cielo Catering, Madrid aircraft catering ---
    M("interview_invitation", "es", "cielo_entrevista", CIELO,
      "Entrevista presencial – Supervisora de Carga a Bordo", "2026-07-14 13:05 +0200",
      """
      Hola Wiebke:

      Nos gustaría conocerte en persona. Te proponemos una entrevista el martes 21 de julio a
      las 10:00 en nuestras instalaciones de la zona de carga de Barajas (Centro de Carga
      Aérea, parcela 2.3). Estarás con Marta Oliveira (Personas) y Diego Campos (Operaciones).

      Trae, por favor, tu DNI o pasaporte para el acceso.

      Un saludo,
      Marta Oliveira Ruiz
      Técnica de Selección · Cielo Catering S.A.
      """,
      company="Cielo Catering", contact="from", parent="cielo_ack", quote="es",
      key="cielo_inv"),
    M("interview_reschedule_or_cancel", "es", "cielo_aplazada", CIELO,
      "Cambio de fecha de tu entrevista", "2026-07-16 10:32 +0200",
      """
      Hola Wiebke:

      Por un problema de agenda de Diego tenemos que aplazar la entrevista del martes 21. ¿Te
      vendría bien el jueves 23 de julio a la misma hora? Disculpa las molestias.

      Un saludo,
      Marta
      """,
      company="Cielo Catering", contact="from", parent="cielo_inv", quote="outlook_es",
      key="cielo_move", cs="windows-1252", cte="quoted-printable"),
    M("missed_interview_notice", "es", "cielo_no_se_presento", CIELO,
      "Entrevista de esta mañana", "2026-07-23 11:15 +0200",
      """
      Hola Wiebke:

      Esta mañana te esperábamos a las 10:00 en el Centro de Carga para la entrevista, pero no
      has venido. Te hemos llamado dos veces sin respuesta. Si sigue interesándote el puesto,
      ponte en contacto conmigo.

      Un saludo,
      Marta Oliveira Ruiz
      """,
      company="Cielo Catering", contact="from", key="cielo_missed"),

    # --- Controla Navegación Aérea, Madrid air-traffic services (iCIMS) ---
    M("interview_reschedule_or_cancel", "es", "controla_cancelada",
      "Controla Navegación Aérea <donotreply@icims.com>",
      "Cancelación de tu entrevista del 6 de agosto", "2026-08-04 09:00 +0000",
      """
      Hola Wiebke Harmsen-Ortiz:

      Te informamos de que la entrevista prevista para el jueves 6 de agosto a las 12:00 ha
      sido cancelada por motivos organizativos. El equipo de selección te escribirá para
      fijar una nueva fecha.

      Atentamente,
      Selección – Controla Navegación Aérea
      """,
      ics=ics("CANCEL", "icims-iv-77820@controla.example.es", 2, "2026-08-06 12:00", 45,
              "Entrevista – Técnica de Operaciones ATS", "Madrid, Torre de Control Sur",
              "Selección Controla <donotreply@icims.com>", tz="Europe/Madrid",
              stamp="20260804T090000Z", status="CANCELLED"),
      ics_attach=True, company="Controla Navegación Aérea", key="controla_cancel",
      mid_domain="icims.com"),
]

OWN = [
    M("other", "de", "lohausen_eigene_bestaetigung", CAND,
      "AW: Telefoninterview Disponent*in Passagierdienste", "2026-02-04 21:30 +0100",
      """
      Sehr geehrter Herr Terhoeven,

      vielen Dank für die Einladung. Mittwoch, 11. Februar, 16:00 Uhr passt mir gut; Sie
      erreichen mich unter 0151 5550 2290.

      Mit freundlichen Grüßen
      Wiebke Harmsen-Ortiz
      """,
      to=LOHAUSEN, parent="loh_inv", quote="outlook_de", key="loh_own"),
    M("other", "en", "polder_own_confirm", CAND,
      "RE: Interview invitation – Turnaround Coordinator", "2026-06-09 18:22 +0200",
      """
      Dear Joost,

      Thank you for the invitation – I'm happy to confirm Monday 15 June at 13:00. Could you
      let me know whether I need to bring a passport for the visitor pass?

      Kind regards,
      Wiebke Harmsen-Ortiz
      """,
      to=JOOST, parent="polder_inv", quote="en", key="polder_own",
      pdfs=[("Wiebke_Harmsen-Ortiz_CV.pdf", pdf([
          "Wiebke Harmsen-Ortiz - Curriculum Vitae",
          "Purser / Senior Flight Attendant, Frankfurt, 2017-2026"]))]),
]

MESSAGES += OWN
