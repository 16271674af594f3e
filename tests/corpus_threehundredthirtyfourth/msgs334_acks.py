"""Corpus 334: acknowledgements of an application (ATS and human)."""

from __future__ import annotations

from msgs334_common import DISCLAIMER_FR, M, html_shell

MESSAGES = [
    M("application_received", "de", "bodenwerk_eingang",
      "Bodenwerk Ground Handling über softgarden <noreply@softgarden.io>",
      "Eingangsbestätigung: Koordinator Bodenverkehrsdienste (m/w/d) – Düsseldorf",
      "2026-01-19 10:02 +0100", None,
      html=html_shell("Eingangsbestätigung", """
      <p>Hallo Frau Harmsen-Ortiz,</p>
      <p>herzlichen Dank für Ihre Bewerbung als <b>Koordinator Bodenverkehrsdienste (m/w/d)</b>
      am Standort Düsseldorf. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig
      prüfen.</p>
      <p>In der Regel melden wir uns innerhalb von zwei Wochen bei Ihnen. Den Status Ihrer
      Bewerbung sehen Sie jederzeit in Ihrem softgarden-Profil.</p>
      <p>Freundliche Grüße<br>Ihr Recruiting-Team der Bodenwerk Ground Handling GmbH</p>
      """, "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht."),
      hcte="quoted-printable", company="Bodenwerk Ground Handling", key="boden_ack",
      mid_domain="softgarden.io"),
    M("application_received", "de", "mainport_eingang_keine_einzelantwort",
      "Mainport Flughafen Frankfurt <noreply@personio.de>",
      "Ihre Bewerbung als Schichtleiter*in Terminalbetrieb", "2026-01-08 14:26 +0100",
      """
      Hallo Wiebke Harmsen-Ortiz,

      vielen Dank für Ihre Bewerbung als Schichtleiter*in Terminalbetrieb. Hiermit bestätigen
      wir den Eingang Ihrer Unterlagen.

      Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen nicht
      jeder Bewerberin und jedem Bewerber einzeln antworten können. Wenn Ihr Profil zu unseren
      Anforderungen passt, kommen wir innerhalb von vier Wochen auf Sie zu.

      Viele Grüße
      Talent Acquisition
      Mainport Flughafen Frankfurt

      Powered by Personio
      """,
      company="Mainport Flughafen Frankfurt", key="main_ack", mid_domain="personio.de"),
    M("application_received", "de", "taunus_cargo_eingang",
      "Taunus Air Cargo <notifications@bamboohr.com>",
      "Taunus Air Cargo – Bewerbung erhalten", "2026-02-16 06:55 -0500",
      """
      Liebe Frau Harmsen-Ortiz,

      danke für Ihr Interesse an der Position „Load Control & Ramp Agent (m/w/d)“ am Standort
      Frankfurt-Hahn. Ihre Bewerbung ist erfolgreich bei uns eingegangen – das Team sieht sie
      sich in den nächsten Tagen an.

      Beste Grüße
      Ihr Taunus Air Cargo Team
      """,
      cs="windows-1252", cte="quoted-printable", company="Taunus Air Cargo", key="taunus_ack",
      mid_domain="bamboohr.com"),
    M("application_received", "de", "marchfeld_eingang",
      "Marchfeld Airport <noreply@recruitee.com>",
      "Wir haben Ihre Bewerbung erhalten: Airport Operations Agent", "2026-03-03 16:10 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      vielen Dank für Ihre Bewerbung als Airport Operations Agent (Vollzeit, Schichtdienst) am
      Marchfeld Airport in Wien. Ihre Bewerbung ist bei uns eingelangt und wird derzeit von
      unserem Recruiting-Team geprüft.

      Hinweis gemäß Gleichbehandlungsgesetz: Das kollektivvertragliche Mindestentgelt beträgt
      EUR 2.610,- brutto/Monat; Bereitschaft zur Überzahlung je nach Qualifikation.

      Mit freundlichen Grüßen
      Marchfeld Airport – Human Resources
      """,
      company="Marchfeld Airport", key="march_ack", mid_domain="recruitee.com",
      subj_enc=("q", "iso-8859-1")),
    M("application_received", "de", "lohausen_eingang",
      "Lohausen Airport Services Careers <donotreply@icims.com>",
      "Bewerbungseingang – Disponent*in Passagierdienste (Req. 2291)", "2026-01-22 11:48 +0000",
      """
      Guten Tag Frau Harmsen-Ortiz,

      Ihre Bewerbung für die Stelle Disponent*in Passagierdienste (Req. 2291) ist am
      22.01.2026 eingegangen. Eine Antwort auf diese E-Mail ist nicht möglich.

      Sie können den Status Ihrer Bewerbung jederzeit im Karriereportal abrufen.

      Lohausen Airport Services GmbH
      Personalmanagement
      """,
      company="Lohausen Airport Services", key="loh_ack", mid_domain="icims.com",
      cte="base64"),
    M("application_received", "de", "glattal_persoenlich_erhalten",
      "Beatrice Zollinger <beatrice.zollinger@glattal-ground.example.ch>",
      "Ihre Unterlagen", "2026-04-20 08:31 +0200",
      """
      Guten Tag Frau Harmsen-Ortiz

      Besten Dank für Ihre Unterlagen, die uns Herr Kessler von der Luftlinie Personalberatung
      weitergeleitet hat. Ich habe sie an unseren Leiter Ramp Operations weitergegeben. Sie
      hören bis Ende nächster Woche von uns.

      Freundliche Grüsse
      Beatrice Zollinger
      HR Business Partner
      Glattal Ground Services AG | Postfach | 8058 Zürich-Flughafen
      """,
      company="Glattal Ground Services", contact="from", cs="iso-8859-1", cte="8bit"),
    M("application_received", "de", "takeoff_bewerbung_eingegangen",
      "Sabine Trautwein <sabine.trautwein@takeoff-personal.example.de>",
      "Ihre Bewerbung bei Takeoff Personal", "2026-02-23 09:14 +0100",
      """
      Liebe Frau Harmsen-Ortiz,

      schön, dass Sie sich bei Takeoff Personal beworben haben! Ihre Unterlagen sind bei mir
      angekommen. Ich gleiche Ihr Profil jetzt mit unseren offenen Einsätzen am Frankfurter
      Flughafen ab und melde mich in den nächsten Tagen telefonisch.

      Sonnige Grüße
      Sabine Trautwein
      Recruiterin | Takeoff Personal GmbH
      Mainzer Landstraße 210 | 60327 Frankfurt am Main
      """,
      company="Takeoff Personal", contact="from"),
    M("application_received", "en", "polder_received",
      "Polder Ground Handling <noreply@recruitee.com>",
      "Application received: Turnaround Coordinator", "2026-06-03 13:02 +0200",
      None,
      html=html_shell("Application received", """
      <p>Dear Wiebke,</p>
      <p>Thank you for applying for the <b>Turnaround Coordinator</b> position at Polder Ground
      Handling, Amsterdam Airport. We've received your application and CV.</p>
      <p>What happens next? Our recruiters review every application within ten working days.
      Please note that we are unable to give individual feedback at this stage.</p>
      <p>Kind regards,<br>Polder Ground Handling Recruitment</p>
      """, "You receive this e-mail because you applied via our careers site.", lang="en"),
      company="Polder Ground Handling", key="polder_ack", mid_domain="recruitee.com"),
    M("application_received", "en", "crewbridge_received",
      "CrewBridge Staffing <no-reply@ashbyhq.com>",
      "We've got your application, Wiebke", "2026-05-04 07:40 +0000",
      """
      Hi Wiebke,

      Thanks for registering with CrewBridge Staffing and applying for "Ground Operations
      Coordinator – aviation client, Schiphol". Your application is with our aviation desk
      now. One of our consultants will reach out if there's a match.

      CrewBridge Staffing
      Crew & ground staff for Europe's airlines
      """,
      company="CrewBridge Staffing", mid_domain="ashbyhq.com"),
    M("application_received", "en", "skytable_received",
      "SkyTable Catering <no-reply@teamtailor-mail.com>",
      "Thank you for your application to SkyTable Catering", "2026-06-10 10:19 +0200",
      """
      Hi Wiebke,

      Thanks for applying for Flight Kitchen Shift Coordinator at SkyTable Catering (Frankfurt).
      We have received your application and will get back to you as soon as possible.

      Best regards,
      SkyTable Catering People & Culture
      """,
      company="SkyTable Catering", key="sky_ack", mid_domain="teamtailor-mail.com"),
    M("application_received", "fr", "navisud_accuse",
      "Navisud Recrutement <noreply@taleo.net>",
      "Accusé de réception de votre candidature – Coordinateur opérations sol",
      "2026-02-20 08:03 +0100",
      """
      Madame,

      Nous accusons réception de votre candidature au poste de Coordinateur opérations sol
      (H/F), référence NVS-2026-014, basé à Toulouse-Blagnac, et vous remercions de
      l'intérêt que vous portez à Navisud.

      Votre dossier va être étudié avec la plus grande attention. Si votre profil est retenu,
      un membre de notre équipe prendra contact avec vous.

      Le service Recrutement
      Navisud, Services de navigation aérienne

      Merci de ne pas répondre à ce message généré automatiquement.
      """,
      cs="iso-8859-1", cte="quoted-printable", company="Navisud", key="navi_ack",
      mid_domain="taleo.net"),
    M("application_received", "fr", "air_occitane_accuse",
      "Air Occitane Régionale <noreply@workablemail.com>",
      "Merci pour votre candidature, Wiebke !", "2026-05-26 15:33 +0200", None,
      html=html_shell("Candidature reçue", """
      <p>Bonjour Wiebke,</p>
      <p>Merci d'avoir postulé au poste d'<b>Agent(e) de coordination escale</b> chez Air
      Occitane Régionale. Votre candidature a bien été transmise à notre équipe.</p>
      <p>Nous revenons vers vous dès que possible.</p>
      <p>L'équipe Air Occitane Régionale</p>
      """, "Envoyé via Workable.", lang="fr"),
      company="Air Occitane Régionale", key="occ_ack", mid_domain="workablemail.com",
      name_enc=("q", "iso-8859-1")),
    M("application_received", "fr", "hublot_cv_recu",
      "Amandine Lefèvre <amandine.lefevre@hublot-rh.example.fr>",
      "Bien reçu votre CV", "2026-06-15 18:20 +0200",
      """
      Bonjour Wiebke,

      J'ai bien reçu votre CV et votre lettre pour la mission « Coordinatrice escale » que
      nous avons publiée la semaine dernière. Je prends le temps de les lire en détail et je
      reviens vers vous d'ici la fin de la semaine.

      Belle soirée,
      Amandine Lefèvre
      Consultante Aéronautique – Hublot RH Aéro
      22 allées Jean Jaurès, 31000 Toulouse · 05 55 01 23 45
      """,
      tail=DISCLAIMER_FR, company="Hublot RH Aéro", contact="from"),
    M("application_received", "es", "cielo_recibida",
      "Cielo Catering <no-reply@teamtailor-mail.com>",
      "Hemos recibido tu candidatura", "2026-07-06 09:45 +0200",
      """
      ¡Hola Wiebke!

      Gracias por presentar tu candidatura al puesto de Supervisora de Carga de Comidas a Bordo
      en nuestra cocina de Barajas. La hemos recibido correctamente.

      Te escribiremos en cuanto tengamos novedades.

      Un saludo,
      El equipo de Personas de Cielo Catering
      """,
      company="Cielo Catering", key="cielo_ack", mid_domain="teamtailor-mail.com",
      cs="iso-8859-1", cte="8bit"),
]
