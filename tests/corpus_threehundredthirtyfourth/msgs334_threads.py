"""Corpus 334, the long threads: one employer's mail from acknowledgement to the end."""

from __future__ import annotations

from msgs334_common import (
    CAND,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    M,
    html_shell,
    ics,
    pdf,
)

STADLER = "Korbinian Stadler <korbinian.stadler@isarfeld-flughafen.example.de>"
PFAFF = "Annemarie Pfaffinger <annemarie.pfaffinger@isarfeld-flughafen.example.de>"
ISAR_SIG = """
    Korbinian Stadler
    Teamleiter Vorfeldkoordination | Bodenverkehrsdienste
    Isarfeld Flughafen GmbH
    Nordallee 40, 85356 München-Flughafen
    Tel. +49 89 5550 3172 | Mobil +49 171 5550 884
"""

LUCIA = "Lucía Ferrándiz <lucia.ferrandiz@aerorampa.example.es>"
SANNE = "Sanne de Groot <sanne.degroot@schiphaven-cargo.example.nl>"
CAMILLE = "Camille Roussel <camille.roussel@garonne-catering.example.fr>"
RETO = "Reto Brunner <reto.brunner@alpsky.example.ch>"
THERESA = "Theresa Gruber <theresa.gruber@donauflug.example.at>"
JORGE = "Jorge Salcedo <jorge.salcedo@mesetaair.example.es>"
DENNIS = "Dennis Oberländer <dennis.oberlaender@takeoff-personal.example.de>"

MESSAGES = [
    # --- Isarfeld Flughafen, Munich airport operator (Workday): the offer thread ---
    M("application_received", "de", "isarfeld_eingang",
      "Isarfeld Flughafen <isarfeld@myworkday.com>",
      "Ihre Bewerbung: Koordinator*in Vorfeldsteuerung (R-10482)", "2026-02-09 08:02 +0100",
      """
      Guten Tag Wiebke Harmsen-Ortiz,

      vielen Dank für Ihre Bewerbung als Koordinator*in Vorfeldsteuerung (R-10482) bei der
      Isarfeld Flughafen GmbH. Ihre Unterlagen sind vollständig bei uns eingegangen.

      Unser Recruiting-Team prüft nun Ihre Bewerbung. Den aktuellen Stand können Sie jederzeit
      in Ihrem Kandidatenkonto einsehen.

      Mit freundlichen Grüßen
      Ihr Recruiting-Team Isarfeld Flughafen

      Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
      """,
      html=html_shell("Bewerbungseingang", """
      <p>Guten Tag Wiebke Harmsen-Ortiz,</p>
      <p>vielen Dank für Ihre Bewerbung als <b>Koordinator*in Vorfeldsteuerung (R-10482)</b>
      bei der Isarfeld Flughafen GmbH. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
      <p>Unser Recruiting-Team prüft nun Ihre Bewerbung. Den aktuellen Stand können Sie
      jederzeit in Ihrem <a href="https://isarfeld.wd3.myworkday.com/careers">Kandidatenkonto</a>
      einsehen.</p>
      <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team Isarfeld Flughafen</p>
      """, "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht."),
      company="Isarfeld Flughafen", key="isar_ack", mid_domain="myworkday.com"),
    M("interview_invitation", "de", "isarfeld_einladung", STADLER,
      "Einladung zum Videogespräch – Koordinator*in Vorfeldsteuerung", "2026-02-20 11:37 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      vielen Dank für Ihre Bewerbung und Ihr Interesse an der Vorfeldsteuerung am Isarfeld.
      Ihr Profil aus der Kabine – Sicherheitsroutinen, Umgang mit Verspätungen, Kommunikation
      unter Zeitdruck – passt sehr gut zu dem, was wir im Turnaround-Management suchen.

      Gerne möchten wir Sie daher zu einem ersten Videogespräch einladen:

        Dienstag, 3. März 2026, 10:00 bis 10:45 Uhr
        Microsoft Teams (den Link finden Sie in der Kalendereinladung)
        Gesprächspartner: Korbinian Stadler und Ivana Marković (HR)

      Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese Mail.

      Viele Grüße aus dem Erdinger Moos
      """,
      tail=ISAR_SIG.replace("    ", "").lstrip("\n"),
      ics=ics("REQUEST", "isar-vorfeld-0303@isarfeld-flughafen.example.de", 0,
              "2026-03-03 10:00", 45, "Videogespräch Vorfeldsteuerung – Harmsen-Ortiz",
              "Microsoft Teams", STADLER, stamp="20260220T103700Z"),
      cte="quoted-printable",
      company="Isarfeld Flughafen", contact="from", key="isar_inv"),
    M("other", "de", "isarfeld_eigene_bestaetigung", CAND,
      "AW: Einladung zum Videogespräch – Koordinator*in Vorfeldsteuerung",
      "2026-02-20 19:05 +0100",
      """
      Sehr geehrter Herr Stadler,

      herzlichen Dank für die Einladung! Den Termin am Dienstag, 3. März, um 10:00 Uhr bestätige
      ich sehr gerne. Ich bin an dem Tag nicht im Umlauf eingeteilt.

      Viele Grüße
      Wiebke Harmsen-Ortiz
      """,
      to=STADLER, parent="isar_inv", quote="de", key="isar_own1"),
    M("interview_reschedule_or_cancel", "de", "isarfeld_verschiebung", STADLER,
      "AW: AW: Einladung zum Videogespräch – neuer Termin", "2026-02-26 16:48 +0100",
      """
      Liebe Frau Harmsen-Ortiz,

      leider muss ich unseren Termin am Dienstag verschieben – wir haben an dem Vormittag eine
      unangekündigte Übung der Flughafenfeuerwehr auf dem Vorfeld, bei der ich dabei sein muss.

      Ginge stattdessen Donnerstag, 5. März, um 14:00 Uhr? Ich habe die Kalendereinladung schon
      angepasst; wenn es nicht passt, sagen Sie einfach Bescheid.

      Entschuldigen Sie die kurzfristige Änderung!
      Korbinian Stadler
      """,
      ics=ics("REQUEST", "isar-vorfeld-0303@isarfeld-flughafen.example.de", 1,
              "2026-03-05 14:00", 45, "Videogespräch Vorfeldsteuerung – Harmsen-Ortiz (neu)",
              "Microsoft Teams", STADLER, stamp="20260226T154800Z"),
      company="Isarfeld Flughafen", contact="from", parent="isar_own1", quote="de",
      key="isar_move"),
    M("other", "de", "isarfeld_eigener_dank", CAND,
      "Danke für das Gespräch heute", "2026-03-05 17:21 +0100",
      """
      Lieber Herr Stadler, liebe Frau Marković,

      vielen Dank für das offene Gespräch heute Nachmittag. Besonders die Schilderung, wie die
      Vorfeldkoordination bei Enteisungslagen mit den Abfertigungsteams zusammenarbeitet, hat
      mich neugierig gemacht. Ich bin weiterhin sehr interessiert an der Stelle.

      Herzliche Grüße
      Wiebke Harmsen-Ortiz
      """,
      to=STADLER, cc="Ivana Marković <ivana.markovic@isarfeld-flughafen.example.de>",
      parent="isar_move", quote="de", key="isar_thanks"),
    M("interview_invitation", "de", "isarfeld_zweite_runde", STADLER,
      "Zweites Gespräch vor Ort am Terminal 2", "2026-03-12 09:15 +0100",
      """
      Liebe Frau Harmsen-Ortiz,

      danke für Ihre nette Nachricht – auch wir haben das Gespräch als sehr angenehm empfunden.
      Wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem zweiten Gespräch mit
      unserer Bereichsleiterin Bodenverkehrsdienste, Frau Dr. Wimmer, ein.

      Termin: Mittwoch, 18. März 2026, 13:30 Uhr
      Ort: Verwaltungsgebäude Nord, Raum N2.14 (Anmeldung am Empfang, Ausweis mitbringen)
      Dauer: ca. 90 Minuten inkl. kurzer Vorfeldführung

      Reisekosten erstatten wir Ihnen selbstverständlich. Geben Sie mir bitte kurz Bescheid,
      ob der Termin passt.

      Viele Grüße
      Korbinian Stadler
      """,
      company="Isarfeld Flughafen", contact="from", parent="isar_thanks", quote="de",
      key="isar_inv2"),
    M("offer", "de", "isarfeld_muendliches_angebot", STADLER,
      "Wie besprochen: unser Angebot", "2026-03-24 18:02 +0100",
      """
      Liebe Frau Harmsen-Ortiz,

      wie eben am Telefon schon gesagt: Wir freuen uns sehr, Ihnen die Stelle als
      Koordinatorin Vorfeldsteuerung anbieten zu dürfen! Eintritt wäre zum 1. Juni 2026, die
      Einarbeitung läuft zwölf Wochen im Schichtsystem.

      Das schriftliche Angebot mit allen Details zu Vergütung (EG 9 TVöD-F) und Schichtzulagen
      schickt Ihnen Frau Pfaffinger aus der Personalabteilung in den nächsten Tagen.

      Ich freue mich auf die Zusammenarbeit!
      Korbinian Stadler
      """,
      company="Isarfeld Flughafen", contact="from", key="isar_offer1"),
    M("offer", "de", "isarfeld_angebotsschreiben", PFAFF,
      "Ihr Vertragsangebot – Koordinatorin Vorfeldsteuerung", "2026-03-27 10:44 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      im Anschluss an das Telefonat mit Herrn Stadler übersende ich Ihnen anbei unser
      schriftliches Vertragsangebot für die Position Koordinatorin Vorfeldsteuerung.

      Eckdaten:
      - Eintritt: 1. Juni 2026, unbefristet, Probezeit sechs Monate
      - Vergütung: Entgeltgruppe 9, Stufe 3, zzgl. Wechselschicht- und Flughafenzulage
      - Arbeitszeit: 39 Stunden/Woche im Schichtdienst

      Wir bitten um Ihre Rückmeldung bis zum 10. April 2026.

      Mit freundlichen Grüßen
      Annemarie Pfaffinger
      Personalbetreuung Operations
      Isarfeld Flughafen GmbH · Nordallee 40 · 85356 München-Flughafen
      """,
      tail=DISCLAIMER_DE,
      pdfs=[("Vertragsangebot_Harmsen-Ortiz.pdf", pdf([
          "Isarfeld Flughafen GmbH - Personalabteilung",
          "Vertragsangebot fuer Frau Wiebke Harmsen-Ortiz",
          "Position: Koordinatorin Vorfeldsteuerung, Eintritt 01.06.2026",
          "Entgeltgruppe 9 Stufe 3, Schichtzulagen gemaess Tarifvertrag"]))],
      cc=STADLER, company="Isarfeld Flughafen", contact="from", key="isar_offer2"),
    M("other", "de", "isarfeld_eigene_rueckfrage", CAND,
      "AW: Ihr Vertragsangebot – Koordinatorin Vorfeldsteuerung", "2026-03-30 21:10 +0200",
      """
      Sehr geehrte Frau Pfaffinger,

      vielen Dank für das Angebot, über das ich mich sehr freue. Eine Frage hätte ich noch: Wäre
      eine Einstufung in Stufe 4 möglich? Ich bringe neun Jahre Berufserfahrung als Purserin mit,
      davon drei Jahre mit Führungsverantwortung für die Kabinencrew.

      Außerdem würde ich gern wissen, ob der Eintritt auch zum 15. Juni möglich wäre, da meine
      Kündigungsfrist bei der Airline zum Monatsende läuft.

      Mit freundlichen Grüßen
      Wiebke Harmsen-Ortiz
      """,
      to=PFAFF, parent="isar_offer2", quote="outlook_de", key="isar_counter"),
    M("offer", "de", "isarfeld_angebot_angepasst", PFAFF,
      "AW: Ihr Vertragsangebot – angepasstes Angebot", "2026-04-07 14:20 +0200",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      nach Rücksprache mit dem Fachbereich können wir Ihnen Stufe 4 anbieten; als Eintritt haben
      wir den 15. Juni 2026 vorgesehen. Das angepasste Angebot finden Sie im Anhang. Alle übrigen
      Konditionen bleiben unverändert.

      Die Unterschrift erfolgt elektronisch; Sie erhalten dazu gleich eine separate E-Mail aus
      unserem Bewerberportal.

      Mit freundlichen Grüßen
      Annemarie Pfaffinger
      """,
      pdfs=[("Vertragsangebot_angepasst.pdf", pdf([
          "Isarfeld Flughafen GmbH - angepasstes Vertragsangebot",
          "Eintritt 15.06.2026, Entgeltgruppe 9 Stufe 4"]))],
      cs="windows-1252", cte="8bit",
      company="Isarfeld Flughafen", contact="from", parent="isar_counter", quote="de",
      key="isar_offer3"),
    M("offer", "en", "isarfeld_workday_sign", "Isarfeld Flughafen <isarfeld@myworkday.com>",
      "Action required: review and sign your offer", "2026-04-07 14:31 +0200",
      None,
      html=html_shell("Offer ready", """
      <p>Hello Wiebke,</p>
      <p>Congratulations! Your offer for <b>Koordinator*in Vorfeldsteuerung (R-10482)</b> at
      Isarfeld Flughafen is ready for you to review.</p>
      <p>Please sign in to your candidate home, open the task <i>Review Offer</i> and accept or
      decline the offer by <b>17 April 2026</b>. The employment contract is signed
      electronically in the same step.</p>
      <p><a href="https://isarfeld.wd3.myworkday.com/careers/offer">Review offer</a></p>
      """, "This is a system notification from Workday on behalf of Isarfeld Flughafen.",
                      lang="en"),
      company="Isarfeld Flughafen", mid_domain="myworkday.com"),
    M("offer", "de", "isarfeld_erinnerung_unterschrift", PFAFF,
      "Erinnerung: Ihr Arbeitsvertrag liegt zur Unterschrift bereit", "2026-04-15 09:05 +0200",
      """
      Liebe Frau Harmsen-Ortiz,

      nur eine kurze Erinnerung: Ihr Arbeitsvertrag als Koordinatorin Vorfeldsteuerung liegt
      weiterhin im Portal zur Unterschrift bereit. Unser Angebot gilt bis Freitag, 17. April.
      Falls es technische Probleme mit der elektronischen Signatur gibt, schicke ich Ihnen den
      Vertrag gern auch als PDF zum Ausdrucken.

      Herzliche Grüße
      Annemarie Pfaffinger
      """,
      company="Isarfeld Flughafen", contact="from"),
    M("other", "de", "isarfeld_eigene_zusage", CAND,
      "Unterschriebener Vertrag & Vorfreude", "2026-04-16 07:48 +0200",
      """
      Liebe Frau Pfaffinger,

      ich habe den Vertrag eben im Portal unterschrieben – vielen Dank für Ihre Geduld und die
      schnelle Klärung der Einstufung! Ich freue mich sehr auf den 15. Juni.

      Herzliche Grüße
      Wiebke Harmsen-Ortiz
      """,
      to=PFAFF, cc=STADLER),

    # --- Aerorampa Handling, Madrid ground handling (SmartRecruiters): second offer ---
    M("application_received", "es", "aerorampa_recibida",
      "Aerorampa Handling <no-reply@smartrecruiters.com>",
      "Hemos recibido tu candidatura – Coordinador/a de Operaciones de Rampa",
      "2026-03-02 12:03 +0000", None,
      html=html_shell("Candidatura recibida", """
      <p>Hola Wiebke:</p>
      <p>¡Gracias por tu interés en Aerorampa Handling! Hemos recibido correctamente tu
      candidatura para el puesto de <b>Coordinador/a de Operaciones de Rampa – Madrid-Barajas
      T4</b>.</p>
      <p>Nuestro equipo de selección revisará tu perfil en las próximas semanas. Debido al gran
      volumen de candidaturas, solo podremos contactar con las personas preseleccionadas.</p>
      <p>Un saludo,<br>Equipo de Talento de Aerorampa</p>
      """, "Este correo se ha enviado automáticamente. Por favor, no respondas.", lang="es"),
      company="Aerorampa Handling", key="aero_ack", mid_domain="smartrecruiters.com"),
    M("interview_invitation", "es", "aerorampa_entrevista", LUCIA,
      "Entrevista por videollamada: Operaciones de Rampa", "2026-03-10 10:22 +0100",
      """
      Hola, Wiebke:

      Soy Lucía, del equipo de selección de Aerorampa. Hemos revisado tu candidatura y nos
      encantaría conocerte. ¿Te vendría bien una videollamada de unos 40 minutos el jueves
      12 de marzo a las 16:00 (hora peninsular)?

      Estaremos Ramón Iturbe, jefe de turno de rampa en la T4, y yo. Hablaremos de tu
      experiencia en cabina, de la gestión de incidencias y de tu disponibilidad para turnos.

      Te dejo el enlace de Google Meet: https://meet.example.es/aer-rmp-tq4

      Un saludo,
      Lucía Ferrándiz
      Talent Acquisition · Aerorampa Handling S.L.
      Av. de la Hispanidad 12, 28042 Madrid · +34 91 555 27 40
      """,
      tail=DISCLAIMER_ES, subj_enc=("q", "iso-8859-1"),
      company="Aerorampa Handling", contact="from", key="aero_inv"),
    M("other", "es", "aerorampa_respuesta_propia", CAND,
      "Re: Entrevista por videollamada: Operaciones de Rampa", "2026-03-10 13:40 +0100",
      """
      Hola, Lucía:

      ¡Muchas gracias! El jueves a las 16:00 me viene perfecto. Allí estaré.

      Un saludo,
      Wiebke
      """,
      to=LUCIA, parent="aero_inv", quote="es", key="aero_own1"),
    M("interview_invitation", "es", "aerorampa_jornada_prueba", LUCIA,
      "Re: Entrevista – te proponemos una jornada de prueba en la T4", "2026-03-19 17:12 +0100",
      """
      Hola de nuevo, Wiebke:

      Ramón quedó muy contento con la entrevista. Como siguiente paso queremos invitarte a una
      jornada de prueba en la plataforma de la T4 el miércoles 25 de marzo, de 8:00 a 14:00.
      Acompañarás al coordinador de turno en varias escalas de largo radio.

      Necesitaremos una copia de tu DNI o pasaporte antes del lunes para tramitar la
      acreditación de acceso a zona restringida. Los gastos de viaje corren de nuestra cuenta.

      ¿Te encaja la fecha?

      Un abrazo,
      Lucía
      """,
      company="Aerorampa Handling", contact="from", parent="aero_own1", quote="es",
      key="aero_inv2", cs="iso-8859-1", cte="quoted-printable"),
    M("offer", "es", "aerorampa_oferta_verbal", LUCIA,
      "¡Buenas noticias!", "2026-04-01 18:30 +0200",
      """
      Hola, Wiebke:

      Tal y como te ha adelantado Ramón por teléfono esta tarde, nos encantaría que te unieras
      a Aerorampa como Coordinadora de Operaciones de Rampa en la T4. En los próximos días te
      enviaré la carta de oferta con las condiciones (salario, turnos y ayuda de reubicación).

      ¡Enhorabuena!
      Lucía
      """,
      company="Aerorampa Handling", contact="from", key="aero_offer1"),
    M("offer", "es", "aerorampa_carta_oferta", LUCIA,
      "Carta de oferta – Coordinadora de Operaciones de Rampa", "2026-04-06 11:05 +0200",
      """
      Hola, Wiebke:

      Adjunto te envío la carta de oferta. Resumen:

      · Puesto: Coordinadora de Operaciones de Rampa, Madrid-Barajas T4
      · Incorporación: 1 de junio de 2026, contrato indefinido
      · Salario bruto anual: 38.500 € en 14 pagas, más plus de turnicidad
      · Ayuda de reubicación: 3.000 € brutos

      Te agradecería una respuesta antes del 20 de abril. Si tienes cualquier duda, llámame.

      Un saludo,
      Lucía Ferrándiz
      """,
      pdfs=[("Carta_oferta_Harmsen-Ortiz.pdf", pdf([
          "Aerorampa Handling - Carta de oferta",
          "Coordinadora de Operaciones de Rampa, Madrid-Barajas T4",
          "Incorporacion 01/06/2026 - 38.500 EUR brutos anuales"]))],
      cs="windows-1252", cte="base64",
      company="Aerorampa Handling", contact="from", key="aero_offer2"),
    M("offer", "en", "aerorampa_contract_english",
      "Graham Whitlock <graham.whitlock@aerorampa.example.es>",
      "Your employment contract (English courtesy translation) for signature",
      "2026-04-09 09:50 +0200",
      """
      Dear Wiebke,

      I'm in the Group People team at Aerorampa and look after international hires. Attached
      you'll find your employment contract together with an English courtesy translation. The
      Spanish version is the legally binding one.

      If you are happy with the terms, please sign both copies and send them back to me by
      20 April. Let me know if you need help with the NIE application or social security
      registration.

      Kind regards,
      Graham Whitlock
      Group People Partner – International Mobility
      Aerorampa Handling | Madrid
      """,
      tail=DISCLAIMER_EN,
      pdfs=[("Contrato_trabajo_ES.pdf", pdf(["Contrato de trabajo - Aerorampa Handling"])),
            ("Employment_contract_EN.pdf", pdf(["Employment contract - courtesy translation"]))],
      cc=LUCIA, company="Aerorampa Handling", contact="from"),
    M("offer", "es", "aerorampa_recordatorio_oferta", LUCIA,
      "Re: Carta de oferta – recordatorio", "2026-04-14 12:36 +0200",
      """
      Hola, Wiebke:

      Solo quería recordarte que nuestra oferta sigue en pie hasta el lunes 20 de abril. Si
      necesitas algo más de tiempo o quieres comentar alguna condición (por ejemplo, la fecha
      de incorporación), dímelo y lo vemos con Ramón. ¡Nos encantaría tenerte en el equipo!

      Un saludo,
      Lucía
      """,
      company="Aerorampa Handling", contact="from", parent="aero_offer2", quote="es",
      key="aero_remind"),
    M("other", "es", "aerorampa_declino_propio", CAND,
      "Re: Carta de oferta – Coordinadora de Operaciones de Rampa", "2026-04-16 20:15 +0200",
      """
      Hola, Lucía:

      Te agradezco muchísimo la oferta y todo el proceso, ha sido un placer conoceros. Después
      de pensarlo mucho he decidido aceptar un puesto en Múnich, más cerca de mi familia, así
      que tengo que declinar la oferta de Aerorampa. Os deseo mucha suerte y espero que
      coincidamos algún día en alguna plataforma.

      Un abrazo,
      Wiebke
      """,
      to=LUCIA, cc="Graham Whitlock <graham.whitlock@aerorampa.example.es>",
      parent="aero_remind", quote="es"),

    # --- Schiphaven Cargo, Amsterdam cargo airline (Greenhouse) ---
    M("application_received", "en", "schiphaven_received",
      "Schiphaven Cargo <no-reply@greenhouse-mail.io>",
      "Thanks for applying to Schiphaven Cargo", "2026-02-03 15:41 +0000",
      """
      Hi Wiebke,

      Thank you for applying for the Cargo Ground Operations Coordinator role at Schiphaven
      Cargo. We have received your application and our team will review it shortly.

      Because we receive a large number of applications, we can't always respond to everyone
      personally, but we'll be in touch if your profile matches what we're looking for.

      Best,
      The Schiphaven Cargo Talent Team
      """,
      company="Schiphaven Cargo", key="schip_ack", mid_domain="greenhouse-mail.io"),
    M("interview_invitation", "en", "schiphaven_invite",
      "Sanne de Groot via Greenhouse <no-reply@greenhouse-mail.io>",
      "Schiphaven Cargo – let's schedule your interview", "2026-02-12 10:03 +0000",
      None,
      html=html_shell("Interview", """
      <p>Hi Wiebke,</p>
      <p>Thanks again for your interest in the Cargo Ground Operations Coordinator role. We'd
      love to invite you to a 45-minute video interview with me and Pieter Visser, our Duty
      Manager at the Schiphol freighter apron.</p>
      <p>Please pick a time that suits you using the link below:</p>
      <p><a href="https://app.greenhouse.io/scheduling/self/sc-8842">Choose an interview
      slot</a></p>
      <p>Looking forward to speaking with you!<br>Sanne de Groot<br>Talent Partner, Schiphaven
      Cargo</p>
      """, lang="en"),
      rt=SANNE, company="Schiphaven Cargo", contact="reply", key="schip_inv",
      mid_domain="greenhouse-mail.io"),
    M("interview_reschedule_or_cancel", "en", "schiphaven_moved", SANNE,
      "Change of time: your interview on 19 February", "2026-02-17 08:26 +0100",
      """
      Hi Wiebke,

      Apologies for the hassle, but Pieter has been pulled into an audit with the Dutch
      aviation authority on Thursday morning. Could we move your interview from 19 February
      at 10:00 to Friday 20 February at 11:30 (Amsterdam time)? I've sent an updated calendar
      invite; the video link stays the same.

      If Friday doesn't work, just reply with two or three alternatives.

      Thanks for your flexibility,
      Sanne

      Sanne de Groot | Talent Partner
      Schiphaven Cargo B.V. | Pelikaanweg 9, 1118 DT Schiphol
      """,
      ics=ics("REQUEST", "gh-sc-8842-iv1@schiphaven-cargo.example.nl", 2, "2026-02-20 11:30",
              45, "Interview Wiebke Harmsen-Ortiz / Schiphaven Cargo", "Video call", SANNE,
              tz="Europe/Amsterdam", stamp="20260217T072600Z"),
      company="Schiphaven Cargo", contact="from", key="schip_move"),
    M("other", "en", "schiphaven_own_ok", CAND,
      "Re: Change of time: your interview on 19 February", "2026-02-17 09:02 +0100",
      """
      Hi Sanne,

      No problem at all – Friday at 11:30 works well for me. See you then!

      Best regards,
      Wiebke
      """,
      to=SANNE, parent="schip_move", quote="en", key="schip_own"),
    M("rejection", "en", "schiphaven_after_interview", SANNE,
      "Your application – Cargo Ground Operations Coordinator", "2026-03-06 14:12 +0100",
      """
      Hi Wiebke,

      Thank you for taking the time to speak with Pieter and me, and for the thoughtful
      questions about our ULD build-up process.

      After a lot of discussion we have decided to move forward with a candidate who already
      has hands-on experience with dangerous goods acceptance on the freighter side. This was
      a close call, and it has nothing to do with your motivation, which really came across.

      We'd be happy to keep your details on file for future roles in Amsterdam.

      All the best,
      Sanne
      """,
      company="Schiphaven Cargo", contact="from", parent="schip_own", quote="en"),

    # --- Garonne Catering Aérien, Toulouse aircraft catering (Teamtailor) ---
    M("application_received", "fr", "garonne_accuse",
      "Garonne Catering Aérien <no-reply@teamtailor-mail.com>",
      "Nous avons bien reçu votre candidature", "2026-01-26 09:30 +0100",
      """
      Bonjour Wiebke,

      Merci pour votre candidature au poste de Coordinatrice logistique bord (H/F) à
      Toulouse-Blagnac. Nous l'avons bien reçue et notre équipe RH va l'étudier avec attention.

      Vous recevrez une réponse dans un délai de trois semaines environ.

      À bientôt,
      L'équipe recrutement de Garonne Catering Aérien
      """,
      company="Garonne Catering Aérien", key="gar_ack", mid_domain="teamtailor-mail.com",
      subj_enc=("b", "utf-8")),
    M("interview_invitation", "fr", "garonne_invitation", CAMILLE,
      "Invitation à un entretien – Coordinatrice logistique bord", "2026-02-04 11:18 +0100",
      """
      Bonjour Madame Harmsen-Ortiz,

      Suite à l'examen de votre candidature, nous avons le plaisir de vous inviter à un
      entretien sur notre site de Blagnac :

        mardi 10 février 2026 à 9h30
        Garonne Catering Aérien, 14 rue des Avions, 31700 Blagnac
        avec Jean-Marc Vidal, responsable de l'armement des trolleys

      Merci de vous présenter à l'accueil muni d'une pièce d'identité. Une visite de la zone de
      production est prévue : prévoyez des chaussures fermées.

      Bien cordialement,
      Camille Roussel
      Chargée de recrutement
      """,
      ics=ics("REQUEST", "gca-entretien-1002@garonne-catering.example.fr", 0,
              "2026-02-10 09:30", 60, "Entretien W. Harmsen-Ortiz", "Blagnac, accueil",
              CAMILLE, tz="Europe/Paris", stamp="20260204T101800Z"),
      ics_attach=True, cs="iso-8859-1", cte="quoted-printable",
      company="Garonne Catering Aérien", contact="from", key="gar_inv"),
    M("interview_reschedule_or_cancel", "fr", "garonne_annulation", CAMILLE,
      "Annulation de l'entretien du 10 février", "2026-02-09 17:55 +0100",
      """
      Bonjour Madame Harmsen-Ortiz,

      Je suis au regret de devoir annuler notre entretien de demain matin : M. Vidal est
      retenu par un audit qualité de la compagnie cliente. Je reviendrai vers vous dans les
      prochains jours pour vous proposer une nouvelle date.

      Toutes nos excuses pour ce contretemps.

      Camille Roussel
      """,
      ics=ics("CANCEL", "gca-entretien-1002@garonne-catering.example.fr", 1,
              "2026-02-10 09:30", 60, "ANNULÉ : Entretien W. Harmsen-Ortiz", "Blagnac, accueil",
              CAMILLE, tz="Europe/Paris", stamp="20260209T165500Z", status="CANCELLED"),
      company="Garonne Catering Aérien", contact="from", key="gar_cancel"),
    M("other", "fr", "garonne_reponse_propre", CAND,
      "RE: Annulation de l'entretien du 10 février", "2026-02-09 20:31 +0100",
      """
      Bonjour Madame Roussel,

      Merci de m'avoir prévenue. Aucun souci, je reste disponible la semaine prochaine, de
      préférence en début de semaine, car je vole jeudi et vendredi.

      Bien cordialement,
      Wiebke Harmsen-Ortiz
      """,
      to=CAMILLE, parent="gar_cancel", quote="fr", key="gar_own1"),
    M("interview_invitation", "fr", "garonne_nouvelle_date", CAMILLE,
      "RE: Annulation de l'entretien – nouvelle date", "2026-02-11 10:07 +0100",
      """
      Bonjour Madame Harmsen-Ortiz,

      Merci pour votre compréhension. Je vous propose le lundi 16 février à 14h, au même
      endroit et avec M. Vidal. Merci de me confirmer votre présence.

      Bien cordialement,
      Camille Roussel
      """,
      company="Garonne Catering Aérien", contact="from", parent="gar_own1", quote="fr",
      key="gar_inv2"),
    M("missed_interview_notice", "fr", "garonne_absence", CAMILLE,
      "Entretien de cet après-midi", "2026-02-16 15:02 +0100",
      """
      Bonjour Madame Harmsen-Ortiz,

      Nous vous attendions aujourd'hui à 14h pour votre entretien avec M. Vidal, mais nous ne
      vous avons pas vue à l'accueil et je n'ai pas réussi à vous joindre sur votre portable.

      J'espère qu'il ne vous est rien arrivé. Pouvez-vous me recontacter pour m'expliquer la
      situation ?

      Cordialement,
      Camille Roussel
      """,
      company="Garonne Catering Aérien", contact="from", key="gar_missed"),
    M("other", "fr", "garonne_excuses_propres", CAND,
      "RE: Entretien de cet après-midi", "2026-02-16 19:44 +0100",
      """
      Bonjour Madame Roussel,

      Je suis vraiment désolée : mon vol de repositionnement depuis Francfort a été annulé à
      cause d'une grève du contrôle aérien, et mon téléphone était en mode avion pendant
      l'attente. Je comprendrais parfaitement que cela pose problème, mais si une autre date
      était possible, j'en serais très reconnaissante.

      Avec mes excuses renouvelées,
      Wiebke Harmsen-Ortiz
      """,
      to=CAMILLE, parent="gar_missed", quote="fr", key="gar_own2"),
    M("rejection", "fr", "garonne_refus", CAMILLE,
      "Votre candidature – Coordinatrice logistique bord", "2026-03-02 10:40 +0100",
      """
      Bonjour Madame Harmsen-Ortiz,

      Merci pour votre message et vos explications. Entre-temps, le poste a été pourvu par une
      candidate déjà en poste chez nous en production, et nous ne pourrons donc pas donner
      suite à votre candidature.

      Nous vous souhaitons bonne continuation dans votre reconversion.

      Bien cordialement,
      Camille Roussel
      Chargée de recrutement – Garonne Catering Aérien SAS
      """,
      tail=("Ce message et ses pièces jointes sont confidentiels et établis à l'intention "
            "exclusive de ses destinataires.\n"),
      company="Garonne Catering Aérien", contact="from", parent="gar_own2",
      quote="outlook_fr"),

    # --- Alpsky Flugsicherung, Zurich air-traffic services (SuccessFactors) ---
    M("application_received", "de", "alpsky_eingang",
      "Alpsky Flugsicherung Karriere <noreply@successfactors.eu>",
      "Bestätigung Ihrer Bewerbung – Operations Coordinator Tower Services",
      "2026-01-14 07:12 +0000",
      """
      Guten Tag Frau Harmsen-Ortiz

      Wir bestätigen Ihnen den Eingang Ihrer Bewerbung für die Stelle «Operations Coordinator
      Tower Services» (Job-ID 55127) in Zürich-Kloten.

      Aufgrund der hohen Anzahl Bewerbungen bitten wir Sie um etwas Geduld. Wir melden uns
      innert drei Wochen bei Ihnen.

      Freundliche Grüsse
      Alpsky Flugsicherung AG, Human Resources
      """,
      company="Alpsky Flugsicherung", key="alp_ack", mid_domain="successfactors.eu",
      cs="iso-8859-1"),
    M("interview_invitation", "de", "alpsky_assessment", RETO,
      "Einladung Assessment Center 19. Februar 2026", "2026-02-02 13:30 +0100",
      """
      Grüezi Frau Harmsen-Ortiz

      Gerne laden wir Sie zu unserem eintägigen Assessment Center in Zürich-Kloten ein:

      Datum: Donnerstag, 19. Februar 2026, 08:15 bis ca. 16:30 Uhr
      Ort: Alpsky Campus, Gebäude B, Flughofstrasse 77, 8152 Glattbrugg

      Das Programm (Gruppenübung, Rollenspiel, Fallstudie zur Koordination bei Pistensperrung,
      Interview) finden Sie im angehängten PDF. Bitte bestätigen Sie Ihre Teilnahme bis
      Montag.

      Freundliche Grüsse
      Reto Brunner
      Recruiting Operations
      Alpsky Flugsicherung AG, Flughofstrasse 77, 8152 Glattbrugg, +41 43 555 61 20
      """,
      pdfs=[("Programm_Assessment_Center.pdf", pdf([
          "Alpsky Flugsicherung - Assessment Center 19.02.2026",
          "08:15 Begruessung, 09:00 Gruppenuebung, 11:00 Fallstudie",
          "13:30 Rollenspiel, 15:00 Interview, 16:30 Abschluss"]))],
      company="Alpsky Flugsicherung", contact="from", key="alp_inv"),
    M("interview_reschedule_or_cancel", "de", "alpsky_verschoben", RETO,
      "Verschiebung Assessment Center auf den 26. Februar", "2026-02-11 16:05 +0100",
      """
      Grüezi Frau Harmsen-Ortiz

      Aufgrund einer kurzfristig angesetzten Systemumstellung im Tower müssen wir das
      Assessment Center vom 19. Februar um eine Woche auf Donnerstag, 26. Februar 2026,
      verschieben. Zeit und Ort bleiben gleich.

      Bitte teilen Sie mir mit, ob Ihnen das neue Datum passt. Die aktualisierte Einladung
      finden Sie im Anhang.

      Freundliche Grüsse
      Reto Brunner
      """,
      ics=ics("REQUEST", "alpsky-ac-2602@alpsky.example.ch", 1, "2026-02-26 08:15", 495,
              "Assessment Center Alpsky", "Flughofstrasse 77, Glattbrugg", RETO,
              tz="Europe/Zurich", stamp="20260211T150500Z"),
      ics_attach=True, company="Alpsky Flugsicherung", contact="from", parent="alp_inv",
      quote="outlook_de", key="alp_move"),
    M("rejection", "de", "alpsky_absage_ac", RETO,
      "Ihre Bewerbung bei Alpsky Flugsicherung", "2026-03-04 10:18 +0100",
      """
      Grüezi Frau Harmsen-Ortiz

      Vielen Dank für Ihre Teilnahme am Assessment Center und Ihr grosses Engagement. Die
      Entscheidung ist uns nicht leichtgefallen. Leider müssen wir Ihnen mitteilen, dass wir
      Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend waren
      vor allem die fehlenden Kenntnisse der Schweizer Luftfahrtvorschriften.

      Für ein Feedbackgespräch stehe ich Ihnen gerne telefonisch zur Verfügung.

      Freundliche Grüsse
      Reto Brunner
      """,
      company="Alpsky Flugsicherung", contact="from", name_enc=("q", "iso-8859-1")),

    # --- Donauflug, Vienna regional airline (Lever) ---
    M("application_received", "de", "donauflug_eingang",
      "Donauflug <no-reply@hire.lever.co>",
      "Danke für Ihre Bewerbung bei Donauflug", "2026-03-16 18:44 +0000",
      """
      Liebe Wiebke,

      danke für Ihre Bewerbung als Station Coordinator Ground Operations (Wien). Wir haben
      Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.

      Herzliche Grüße
      Ihr Donauflug People Team
      """,
      company="Donauflug", mid_domain="hire.lever.co"),
    M("interview_invitation", "de", "donauflug_telefoninterview",
      "Theresa Gruber via Lever <no-reply@hire.lever.co>",
      "Telefoninterview – Station Coordinator Ground Operations", "2026-03-25 09:12 +0000",
      """
      Liebe Frau Harmsen-Ortiz,

      wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Telefoninterview ein:
      Donnerstag, 2. April, 10:00 Uhr. Ich rufe Sie unter der in Ihrer Bewerbung angegebenen
      Mobilnummer an. Passt Ihnen der Termin?

      Liebe Grüße aus Wien
      Theresa Gruber
      Recruiterin, Donauflug
      """,
      rt=THERESA, company="Donauflug", contact="reply", key="donau_inv",
      mid_domain="hire.lever.co"),
    M("missed_interview_notice", "de", "donauflug_nicht_erreicht", THERESA,
      "Unser Telefonat heute um 10 Uhr", "2026-04-02 10:31 +0200",
      """
      Liebe Frau Harmsen-Ortiz,

      ich habe heute um 10:00 Uhr und noch einmal um 10:15 Uhr versucht, Sie für unser
      vereinbartes Telefoninterview zu erreichen, leider ohne Erfolg, es ging jeweils nur die
      Mobilbox ran.

      Falls etwas dazwischengekommen ist, melden Sie sich gerne bei mir.

      Liebe Grüße
      Theresa Gruber
      """,
      company="Donauflug", contact="from", key="donau_missed", cs="iso-8859-1",
      cte="base64"),
    M("other", "de", "donauflug_eigene_entschuldigung", CAND,
      "AW: Unser Telefonat heute um 10 Uhr", "2026-04-02 13:20 +0200",
      """
      Liebe Frau Gruber,

      es tut mir wirklich leid! Mein Rückflug aus Lissabon hatte Verspätung und ich saß um
      10 Uhr noch im Flieger. Ich hätte Ihnen vorab Bescheid geben müssen. Wäre ein neuer
      Termin möglich? Ich bin die ganze nächste Woche erreichbar.

      Viele Grüße
      Wiebke Harmsen-Ortiz
      """,
      to=THERESA, parent="donau_missed", quote="de", key="donau_own"),
    M("interview_invitation", "de", "donauflug_neuer_termin", THERESA,
      "AW: AW: Unser Telefonat heute um 10 Uhr", "2026-04-03 08:40 +0200",
      """
      Liebe Frau Harmsen-Ortiz,

      kein Problem, so etwas kennen wir in der Branche nur zu gut. Neuer Versuch: Dienstag,
      7. April, 15:30 Uhr, wieder telefonisch. Ich freue mich!

      Liebe Grüße
      Theresa Gruber
      """,
      company="Donauflug", contact="from", parent="donau_own", quote="de", key="donau_inv2"),
    M("rejection", "de", "donauflug_absage", THERESA,
      "Rückmeldung zu Ihrer Bewerbung", "2026-04-21 11:02 +0200",
      """
      Liebe Frau Harmsen-Ortiz,

      nochmals danke für das nette Telefonat. Wir haben uns nach reiflicher Überlegung für
      eine Kandidatin entschieden, die bereits als Stationsleiterin für eine andere Airline
      in Wien tätig war. Ihre Bewerbung können wir daher nicht weiter berücksichtigen.

      Alles Gute für Ihren weiteren Weg!
      Theresa Gruber
      """,
      company="Donauflug", contact="from", parent="donau_inv2", quote="de"),

    # --- Meseta Air, Madrid regional airline (Workable) ---
    M("application_received", "es", "meseta_recibida",
      "Meseta Air <noreply@workablemail.com>",
      "Gracias por tu candidatura a Meseta Air", "2026-04-13 08:15 +0000",
      """
      Hola Wiebke,

      Hemos recibido tu solicitud para el puesto de Agente de Coordinación de Escala (Madrid).
      Nuestro equipo la revisará y te contactaremos si tu perfil encaja con lo que buscamos.

      Saludos,
      Meseta Air
      """,
      company="Meseta Air", mid_domain="workablemail.com"),
    M("interview_invitation", "es", "meseta_invitacion",
      "Meseta Air <noreply@workablemail.com>",
      "Invitación a entrevista: Agente de Coordinación de Escala", "2026-04-22 09:00 +0000",
      None,
      html=html_shell("Invitación", """
      <p>Hola Wiebke,</p>
      <p>Jorge Salcedo te ha invitado a una entrevista por videollamada para el puesto de
      <b>Agente de Coordinación de Escala</b>.</p>
      <p><b>Fecha:</b> martes, 5 de mayo de 2026<br><b>Hora:</b> 11:00 (CEST)<br>
      <b>Duración:</b> 30 minutos</p>
      <p><a href="https://apply.workable.com/meseta-air/interview/accept">Aceptar</a> ·
      <a href="https://apply.workable.com/meseta-air/interview/propose">Proponer otra hora</a></p>
      """, "Enviado a través de Workable en nombre de Meseta Air.", lang="es"),
      rt=JORGE, company="Meseta Air", contact="reply", key="meseta_inv",
      mid_domain="workablemail.com"),
    M("missed_interview_notice", "es", "meseta_no_presentada", JORGE,
      "Entrevista de hoy", "2026-05-05 11:34 +0200",
      """
      Hola Wiebke:

      Te hemos estado esperando en la videollamada de las 11:00 durante más de veinte minutos,
      pero no te has conectado. ¿Ha pasado algo? Si sigues interesada en el puesto, escríbeme
      y vemos si es posible buscar otro hueco.

      Un saludo,
      Jorge Salcedo
      Responsable de Selección · Meseta Air
      """,
      company="Meseta Air", contact="from", key="meseta_missed"),
    M("rejection", "es", "meseta_descarte", JORGE,
      "Re: Entrevista de hoy", "2026-05-19 16:47 +0200",
      """
      Hola Wiebke:

      Gracias por tu respuesta y por explicarnos lo del cambio de turno. Lamentablemente, el
      proceso ya ha avanzado a la fase final con otras candidatas y no podemos ofrecerte una
      nueva entrevista. Te deseamos mucho éxito.

      Un saludo,
      Jorge
      """,
      company="Meseta Air", contact="from", parent="meseta_missed", quote="es"),

    # --- Takeoff Personal (Zeitarbeit) relaying a named client, SkyTable Catering ---
    M("interview_invitation", "de", "takeoff_skytable_einladung", DENNIS,
      "Vorstellungsgespräch bei SkyTable Catering – Disposition Flugzeugbeladung",
      "2026-05-11 12:10 +0200",
      """
      Hallo Frau Harmsen-Ortiz,

      gute Nachrichten: Unser Kunde SkyTable Catering in Frankfurt möchte Sie für die Stelle in
      der Disposition Flugzeugbeladung kennenlernen. Das Gespräch findet statt am

        Freitag, 15. Mai 2026, 11:00 Uhr
        SkyTable Catering, Cargo City Süd, Gebäude 538, 60549 Frankfurt

      Ansprechpartnerin vor Ort ist Frau Yilmaz (Leitung Disposition). Ich begleite Sie nicht,
      stehe aber vorher gern für ein kurzes Briefing am Telefon bereit.

      Beste Grüße
      Dennis Oberländer
      Personaldisponent Aviation
      Takeoff Personal GmbH | Mainzer Landstraße 210 | 60327 Frankfurt am Main
      Tel. 069 5550 4410
      """,
      company="SkyTable Catering", contact="from", key="take_inv",
      name_enc=("b", "utf-8"), subj_enc=("q", "utf-8")),
    M("interview_reschedule_or_cancel", "de", "takeoff_skytable_verschoben", DENNIS,
      "AW: Vorstellungsgespräch bei SkyTable Catering – Terminänderung",
      "2026-05-13 15:27 +0200",
      """
      Hallo Frau Harmsen-Ortiz,

      kurze Info: SkyTable hat den Termin am Freitag verlegt, Frau Yilmaz ist kurzfristig auf
      Dienstreise. Neuer Termin ist Dienstag, 19. Mai, 9:30 Uhr, gleicher Ort. Können Sie da?

      Beste Grüße
      Dennis Oberländer
      """,
      company="SkyTable Catering", contact="from", parent="take_inv", quote="de",
      key="take_move"),
    M("rejection", "de", "takeoff_skytable_absage", DENNIS,
      "Feedback SkyTable Catering", "2026-05-22 17:05 +0200",
      """
      Hallo Frau Harmsen-Ortiz,

      ich habe heute das Feedback von SkyTable Catering bekommen. Leider hat sich der Kunde für
      einen anderen Bewerber entschieden, der schon Erfahrung mit deren Dispositionssoftware
      mitbringt. Ihre freundliche Art kam sehr gut an, das soll ich ausdrücklich ausrichten.

      Ich halte weiter die Augen offen und melde mich, sobald ich etwas Passendes habe.

      Beste Grüße
      Dennis Oberländer
      """,
      company="SkyTable Catering", contact="from", parent="take_move", quote="de"),
]
