"""Corpus 334: every kind of "no" to the candidate's application."""

from __future__ import annotations

from msgs334_common import DISCLAIMER_DE, DISCLAIMER_ES, M, html_shell

MELANIE = "Melanie Kuczera <melanie.kuczera@bodenwerk.example.de>"
LOHAUSEN = "Frank Terhoeven <frank.terhoeven@lohausen-airport.example.de>"
MARCH = "Lukas Pichler <lukas.pichler@marchfeld-airport.example.at>"
TAUNUS = "Nadine Öztürk <nadine.oeztuerk@taunus-aircargo.example.de>"
KESSLER = "Matthias Kessler <m.kessler@luftlinie-pb.example.de>"
SABINE = "Sabine Trautwein <sabine.trautwein@takeoff-personal.example.de>"
EMMA = "Emma Bakker <emma.bakker@crewbridge.example.nl>"
JOOST = "Joost van Leeuwen <joost.vanleeuwen@polderground.example.nl>"
OLIVER = "Oliver Pennington <oliver.pennington@aerotalent.example.co.uk>"
NAVI = "Sophie Marty <sophie.marty@navisud.example.fr>"
OCC = "Julien Castagné <julien.castagne@airoccitane.example.fr>"
AMANDINE = "Amandine Lefèvre <amandine.lefevre@hublot-rh.example.fr>"
CIELO = "Marta Oliveira Ruiz <marta.oliveira@cielocatering.example.es>"
PISTA = "Álvaro Miguélez <alvaro.miguelez@pistatalento.example.es>"

MESSAGES = [
    M("rejection", "de", "bodenwerk_absage", MELANIE,
      "Ihre Bewerbung als Koordinator Bodenverkehrsdienste", "2026-02-24 14:05 +0100",
      """
      Hallo Frau Harmsen-Ortiz,

      vielen Dank für Ihre Rückmeldung und die Erklärung zu dem verpassten Termin. Inzwischen
      haben wir die Gespräche mit den übrigen Kandidatinnen und Kandidaten abgeschlossen und
      uns für eine andere Bewerberin entschieden.

      Wir wünschen Ihnen für Ihre berufliche Neuorientierung alles Gute.

      Mit freundlichen Grüßen
      Melanie Kuczera
      Recruiting & Talent Management
      Bodenwerk Ground Handling GmbH
      """,
      tail=DISCLAIMER_DE, company="Bodenwerk Ground Handling", contact="from",
      parent="boden_missed", quote="de"),
    M("rejection", "de", "lohausen_nach_telefonat", LOHAUSEN,
      "AW: Telefoninterview Disponent*in Passagierdienste", "2026-02-27 12:40 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      nochmals danke für das Telefonat. Wir haben uns nun entschieden, die Stelle mit einer
      Kollegin aus unserem Check-in-Team zu besetzen, die sich intern beworben hat. Deshalb
      können wir Ihnen leider keine positive Nachricht geben.

      Mit freundlichen Grüßen
      Frank Terhoeven
      """,
      company="Lohausen Airport Services", contact="from", parent="loh_move",
      quote="outlook_de", cs="windows-1252", cte="8bit"),
    M("rejection", "de", "marchfeld_stelle_gestrichen", MARCH,
      "Airport Operations Agent – Information zum Auswahlverfahren", "2026-04-08 10:25 +0200",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      wie angekündigt melde ich mich zur offenen Frage unseres Interviews. Im Zuge der
      Umstrukturierung wurde die ausgeschriebene Position leider gestrichen. Wir werden das
      Auswahlverfahren daher nicht fortsetzen und Ihre Bewerbung nicht weiter bearbeiten.

      Es tut mir leid, dass ich keine besseren Nachrichten habe.

      Mit freundlichen Grüßen
      Lukas Pichler
      """,
      company="Marchfeld Airport", contact="from", parent="march_move", quote="de"),
    M("rejection", "de", "mainport_nicht_engere_auswahl",
      "Mainport Flughafen Frankfurt <noreply@personio.de>",
      "Ihre Bewerbung als Schichtleiter*in Terminalbetrieb", "2026-03-04 09:18 +0100",
      """
      Hallo Wiebke Harmsen-Ortiz,

      vielen Dank für Ihr Interesse an Mainport Flughafen Frankfurt und Ihre Geduld nach der
      Absage des Auswahltags. Nach eingehender Prüfung aller Unterlagen müssen wir Ihnen
      leider mitteilen, dass Sie für den Ersatztermin nicht in die engere Auswahl gekommen
      sind.

      Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Suche.

      Viele Grüße
      Talent Acquisition Mainport Flughafen Frankfurt
      """,
      company="Mainport Flughafen Frankfurt", mid_domain="personio.de"),
    M("rejection", "de", "taunus_anderweitig_besetzt", TAUNUS,
      "Load Control & Ramp Agent – Absage", "2026-03-20 16:30 +0100",
      """
      Hallo Frau Harmsen-Ortiz,

      danke für Ihre Nachricht zum verpassten Probearbeitstag. Wir haben die Position
      inzwischen anderweitig besetzt und können Ihnen daher keinen neuen Termin anbieten.

      Alles Gute weiterhin!
      Nadine Öztürk
      Taunus Air Cargo
      """,
      company="Taunus Air Cargo", contact="from", parent="taunus_missed", quote="de"),
    M("rejection", "de", "luftlinie_glattal_absage", KESSLER,
      "Glattal Ground Services – Rückmeldung", "2026-05-15 18:20 +0200",
      """
      Liebe Frau Harmsen-Ortiz,

      ich habe heute mit Frau Zollinger gesprochen. Glattal hat sich nach der zweiten Runde
      für einen internen Kandidaten aus der Gepäcksortierung entschieden. Der Kunde war von
      Ihrem Auftreten angetan, aber die Schweizer Arbeitsbewilligung und fehlende
      Rampenerfahrung gaben am Ende den Ausschlag.

      Lassen Sie uns nächste Woche telefonieren – ich habe zwei weitere Mandate in Planung.

      Beste Grüße
      Matthias Kessler
      """,
      company="Glattal Ground Services", contact="from"),
    M("rejection", "de", "takeoff_kunde_entschieden", SABINE,
      "Rückmeldung vom Kunden", "2026-03-10 11:52 +0100",
      """
      Liebe Frau Harmsen-Ortiz,

      schön, dass wir uns doch noch persönlich kennengelernt haben! Leider hat mir unser Kunde
      heute mitgeteilt, dass er die Einsätze in der Passagierabfertigung mit Bewerbern besetzt,
      die bereits eine Vorfeldberechtigung haben. Für diese Stellen kann ich Sie daher nicht
      vorschlagen.

      Ich melde mich, sobald ein passender Einsatz reinkommt.

      Sonnige Grüße
      Sabine Trautwein
      """,
      company="Takeoff Personal", contact="from", parent="take2_missed", quote="de"),
    M("rejection", "de", "isarfeld_andere_stelle_absage",
      "Isarfeld Flughafen <isarfeld@myworkday.com>",
      "Ihre Bewerbung: Disponent*in Passagierdienste (R-10311)", "2026-01-30 08:05 +0100",
      None,
      html=html_shell("Ihre Bewerbung", """
      <p>Guten Tag Wiebke Harmsen-Ortiz,</p>
      <p>vielen Dank für Ihr Interesse an der Position <b>Disponent*in Passagierdienste
      (R-10311)</b>. Wir haben uns nach sorgfältiger Prüfung für Bewerberinnen und Bewerber
      entschieden, deren Qualifikationen noch besser zu den Anforderungen der Stelle passen.</p>
      <p>Gerne dürfen Sie sich auf weitere Stellen bei Isarfeld Flughafen bewerben.</p>
      <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team Isarfeld Flughafen</p>
      """, "Diese Nachricht wurde automatisch erstellt."),
      company="Isarfeld Flughafen", mid_domain="myworkday.com"),
    M("rejection", "de", "erdinger_intern_besetzt",
      "Erdinger Bodendienste <noreply@softgarden.io>",
      "Ihre Bewerbung bei Erdinger Bodendienste", "2026-02-11 15:40 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      herzlichen Dank für Ihre Bewerbung als Teamleitung Passagierabfertigung. Die Position
      konnten wir zwischenzeitlich intern besetzen. Ihre Unterlagen werden gemäß unserer
      Datenschutzerklärung nach sechs Monaten gelöscht.

      Mit freundlichen Grüßen
      Erdinger Bodendienste GmbH, Personal
      """,
      company="Erdinger Bodendienste", mid_domain="softgarden.io", cs="iso-8859-1",
      cte="quoted-printable"),
    M("rejection", "de", "skytable_leider", "SkyTable Catering <no-reply@teamtailor-mail.com>",
      "Deine Bewerbung bei SkyTable Catering", "2026-07-01 10:10 +0200",
      """
      Hallo Wiebke,

      danke, dass du dich als Flight Kitchen Shift Coordinator beworben hast. Wir haben uns
      alle Bewerbungen genau angesehen und uns entschieden, mit anderen Kandidat*innen weiter
      zu machen, deren Erfahrung in der Produktionsplanung besser zu unseren Anforderungen
      passt.

      Wir würden uns freuen, wenn du uns weiter folgst – vielleicht passt es beim nächsten Mal!

      Viele Grüße
      SkyTable Catering People & Culture
      """,
      company="SkyTable Catering", parent="sky_ack", mid_domain="teamtailor-mail.com"),
    M("rejection", "de", "wienerwald_verfahren_ausgesetzt",
      "Klara Hofbauer <klara.hofbauer@wienerwald-aviation.example.at>",
      "Ground Operations Controller – Aussetzung des Verfahrens", "2026-06-30 13:33 +0200",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      vielen Dank für Ihre Bewerbung als Ground Operations Controller. Aufgrund eines
      konzernweiten Einstellungsstopps haben wir das Besetzungsverfahren für diese Stelle bis
      auf Weiteres ausgesetzt. Ihre Bewerbung wird daher nicht weiterverfolgt; sollte die
      Stelle neu ausgeschrieben werden, freuen wir uns über eine erneute Bewerbung.

      Freundliche Grüße
      Klara Hofbauer
      Human Resources | Wienerwald Aviation Services GmbH
      Objekt 680, 1300 Wien-Flughafen
      """,
      company="Wienerwald Aviation Services", contact="from",
      subj_enc=("b", "utf-8"), name_enc=("q", "utf-8")),
    M("rejection", "de", "ruemlang_kriterien", "Rümlang Airport Services <noreply@taleo.net>",
      "Ihre Bewerbung – Koordinator/in Flughafenbetrieb", "2026-08-12 07:30 +0200",
      """
      Guten Tag Frau Harmsen-Ortiz

      Wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an der Rümlang
      Airport Services. Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider
      mitteilen, dass wir Ihre Kandidatur nicht weiter berücksichtigen können, da andere
      Bewerbungen unserem Anforderungsprofil besser entsprechen.

      Freundliche Grüsse
      Human Resources
      Rümlang Airport Services AG
      """,
      company="Rümlang Airport Services", mid_domain="taleo.net",
      name_enc=("q", "iso-8859-1")),
    M("rejection", "de", "niederrhein_air_absage", "Niederrhein Air <noreply@personio.de>",
      "Absage: Station Agent Düsseldorf", "2026-09-08 11:02 +0200", None,
      html=html_shell("Absage", """
      <p>Liebe Wiebke Harmsen-Ortiz,</p>
      <p>nach sorgfältiger Prüfung haben wir uns entschieden, mit Kandidatinnen und Kandidaten
      weiterzumachen, deren Erfahrung noch enger zu dieser Position passt.</p>
      <p>Wir danken Ihnen für Ihr Interesse an Niederrhein Air und wünschen Ihnen alles Gute.</p>
      <p>Herzliche Grüße<br>Ihr Niederrhein Air Team</p>
      """, "Powered by Personio"),
      company="Niederrhein Air", mid_domain="personio.de"),

    M("rejection", "en", "crewbridge_client_no", EMMA,
      "Update on the Schiphol role", "2026-05-20 16:45 +0200",
      """
      Hi Wiebke,

      Thanks again for making time on Thursday after our earlier mix-up. I presented your
      profile to the client, but unfortunately they've decided not to take your application
      further – they want someone with at least two years of airside experience for this
      contract.

      I'll keep you in mind for upcoming ground roles, and I'm sure something will come up.

      Best,
      Emma
      """,
      company="CrewBridge Staffing", contact="from", parent="crew_missed", quote="en"),
    M("rejection", "en", "aerotalent_westpoort_feedback", OLIVER,
      "Westpoort – feedback after final round", "2026-07-02 17:30 +0100",
      """
      Hi Wiebke,

      I've just had the debrief with Marloes at Westpoort Airport Services. They really
      appreciated you taking the final interview after the Teams mix-up, but they have
      decided to offer the role to another candidate who has run a winter operations desk
      before. I'm sorry – I know you were excited about this one.

      Let's catch up next week; I'd like to hear how you want to position yourself.

      Cheers,
      Oliver
      """,
      company="Westpoort Airport Services", contact="from", parent="west_missed",
      quote="outlook_en"),
    M("rejection", "en", "polder_role_on_hold", JOOST,
      "Turnaround Coordinator – position on hold", "2026-06-25 12:14 +0200",
      """
      Dear Wiebke,

      Thank you for meeting me last Tuesday. I'm afraid I have disappointing news: following
      the loss of one of our airline contracts, the Turnaround Coordinator position has been
      put on hold, so we will not proceed with your application.

      I enjoyed our conversation and hope our paths cross again.

      Kind regards,
      Joost van Leeuwen
      """,
      company="Polder Ground Handling", contact="from", parent="polder_move", quote="en"),
    M("rejection", "en", "haven_catering_lever",
      "Haven Aircraft Catering <no-reply@hire.lever.co>",
      "Your application to Haven Aircraft Catering", "2026-08-18 14:00 +0000", None,
      html=html_shell("Your application", """
      <p>Hi Wiebke,</p>
      <p>Thank you for your interest in the <b>Catering Operations Planner</b> role at Haven
      Aircraft Catering in Amsterdam.</p>
      <p>Unfortunately, we will not be moving forward with your application at this time. We
      received many strong applications and have chosen candidates whose background more
      closely matches the requirements of the role.</p>
      <p>We wish you all the best in your search.</p>
      <p>The Haven Aircraft Catering team</p>
      """, lang="en"),
      company="Haven Aircraft Catering", mid_domain="hire.lever.co"),

    M("rejection", "fr", "navisud_refus", NAVI,
      "Suite à votre session de sélection", "2026-03-27 16:20 +0100",
      """
      Madame Harmsen-Ortiz,

      Nous vous remercions de votre participation à la session de sélection du 24 mars.
      Malgré des résultats encourageants aux tests, nous avons le regret de vous informer que
      votre candidature n'a pas été retenue pour la suite du processus.

      Nous vous souhaitons pleine réussite dans vos projets professionnels.

      Cordialement,
      Sophie Marty
      Chargée de recrutement, Navisud
      """,
      company="Navisud", contact="from", parent="navi_move", quote="fr",
      cs="iso-8859-1", cte="base64"),
    M("rejection", "fr", "air_occitane_pas_retenue", OCC,
      "Votre candidature chez Air Occitane Régionale", "2026-06-19 09:55 +0200",
      """
      Bonjour Wiebke,

      Merci encore pour notre échange téléphonique. Après réflexion, nous avons choisi de
      poursuivre avec une personne ayant déjà une expérience d'agent d'escale sur notre
      réseau. Je le regrette, car votre profil était très intéressant.

      Je vous souhaite le meilleur pour la suite,
      Julien Castagné
      """,
      company="Air Occitane Régionale", contact="from", parent="occ_move", quote="fr"),
    M("rejection", "fr", "hublot_client_non", AMANDINE,
      "Retour de mon client", "2026-07-08 12:06 +0200",
      """
      Bonjour Wiebke,

      J'ai eu le retour de mon client, une compagnie régionale basée à Toulouse : il ne
      souhaite malheureusement pas donner suite à votre candidature, faute d'expérience
      préalable en escale. Je garde bien sûr votre dossier pour d'autres missions.

      Bonne journée,
      Amandine Lefèvre
      Consultante Aéronautique – Hublot RH Aéro
      """,
      company="Hublot RH Aéro", contact="from", cs="windows-1252", cte="quoted-printable"),
    M("rejection", "fr", "blagnac_handling_regret",
      "Blagnac Handling Services <no-reply@smartrecruiters.com>",
      "Votre candidature : Superviseur(e) piste", "2026-09-15 08:45 +0000",
      """
      Bonjour Wiebke,

      Nous vous remercions de l'intérêt que vous portez à Blagnac Handling Services et du
      temps consacré à votre candidature au poste de Superviseur(e) piste.

      Nous sommes au regret de vous informer que nous ne donnerons pas suite à votre
      candidature. Votre profil, bien qu'intéressant, ne correspond pas entièrement à nos
      besoins actuels.

      Bien cordialement,
      L'équipe Talent – Blagnac Handling Services
      """,
      company="Blagnac Handling Services", mid_domain="smartrecruiters.com",
      subj_enc=("q", "iso-8859-1")),

    M("rejection", "es", "cielo_descartada", CIELO,
      "Re: Entrevista de esta mañana", "2026-07-30 13:12 +0200",
      """
      Hola Wiebke:

      Gracias por escribirnos y lamentamos lo del retraso del tren. Sin embargo, el proceso
      ha seguido adelante y hemos cubierto la vacante con otra candidata, por lo que no vamos
      a continuar con tu candidatura.

      Te deseamos lo mejor,
      Marta Oliveira Ruiz
      """,
      tail=DISCLAIMER_ES, company="Cielo Catering", contact="from", parent="cielo_missed",
      quote="es"),
    M("rejection", "es", "controla_proceso_suspendido",
      "Controla Navegación Aérea <donotreply@icims.com>",
      "Actualización sobre tu candidatura", "2026-08-20 10:00 +0000",
      """
      Hola Wiebke Harmsen-Ortiz:

      Te escribimos en relación con tu candidatura al puesto de Técnica de Operaciones ATS.
      Por decisión de la dirección, el proceso de selección queda suspendido y no se
      realizarán las entrevistas pendientes. Por tanto, tu candidatura no continuará en este
      proceso.

      Agradecemos sinceramente tu interés.

      Selección – Controla Navegación Aérea
      """,
      company="Controla Navegación Aérea", parent="controla_cancel", mid_domain="icims.com"),
    M("rejection", "es", "pista_barajas_cargo", PISTA,
      "Barajas Cargo Express – respuesta del cliente", "2026-09-02 19:40 +0200",
      """
      Hola, Wiebke:

      Te escribo con la respuesta de Barajas Cargo Express. Después de revisar tu perfil con
      el jefe de terminal, han decidido no avanzar contigo en el proceso: buscan a alguien con
      experiencia previa en documentación de mercancías peligrosas.

      Sé que no es lo que esperabas. Seguimos en contacto para otras posiciones.

      Un abrazo,
      Álvaro Miguélez
      Consultor senior · Pista Talento
      Calle de Serrano 88, 28006 Madrid · +34 600 555 812
      """,
      company="Barajas Cargo Express", contact="from", name_enc=("b", "utf-8")),
    M("rejection", "es", "tajo_cubierta_internamente",
      "Tajo Handling <no-reply@greenhouse-mail.io>",
      "Tu candidatura en Tajo Handling", "2026-10-06 08:00 +0000", None,
      html=html_shell("Tu candidatura", """
      <p>Hola Wiebke,</p>
      <p>Gracias por tu interés en la posición de <b>Coordinadora de Turno de Pasaje</b>.</p>
      <p>Te informamos de que la posición se ha cubierto internamente, por lo que hemos cerrado
      el proceso de selección. No obstante, guardaremos tu currículum para futuras
      oportunidades.</p>
      <p>Saludos cordiales,<br>Equipo de Selección de Tajo Handling</p>
      """, "Enviado mediante Greenhouse.", lang="es"),
      company="Tajo Handling", mid_domain="greenhouse-mail.io"),
]
