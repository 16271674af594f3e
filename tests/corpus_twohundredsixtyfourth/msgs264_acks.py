# ruff: noqa: C408 - specs are written as dict(...) calls on purpose
"""Corpus 264: application acknowledgements and offers.

Hand-written, blind: every spec below is written for this corpus only.
"""

from __future__ import annotations

from msgs264_common import CANDIDATE_ADDR, M, reply, txt
from msgs264_invites import (
    GOERNER,
    GOIKOETXEA,
    KAPS,
    RAMAN,
    TEICHMANN,
    WORKDAY_MWLN,
    WRONA,
)

SOFTGARDEN_AUENWALD = ("Klinikum Auenwald – Karriere", "no-reply@softgarden.io")
SF_WEST = ("Westsachsen Automotive Karriere", "westsachsen-noreply@successfactors.eu")
SF_LIMBACH = ("Fahrwerkstechnik Limbach", "careers-noreply@successfactors.eu")
NOWAK = ("Jessica Nowak", "jessica.nowak@personalwerk-mitte.example.de")
PERSONIO_HOYER = ("Gebäudetechnik Hoyer", "noreply@personio.de")
RECRUITEE_KONGRESS = ("Kongresshalle Saalepark", "kongresshalle-saalepark@jobs.recruitee.com")
HSP_PORTAL = ("Hochschule Pleißenburg – Bewerbungsportal",
              "noreply-bewerbung@hs-pleissenburg.example.de")
TEAMTAILOR_SPORT = ("Sportforum Halle-Neustadt", "no-reply@teamtailor-mail.com")
GREENHOUSE_ODRA_ACK = ("Odra Property Services", "no-reply@greenhouse-mail.io")
SR_LSD = ("Lower Silesia Drivetrain", "noreply@smartrecruiters.com")
BAMBOO_VRAT = ("Vratislavia Medical Centre", "no-reply@bamboohr.com")
LIS = ("Dorota Lis", "dorota.lis@wias.example.pl")
RHIN_NOREPLY = ("Clinique du Rhin-Ill – Recrutement",
                "ne-pas-repondre@clinique-rhin-ill.example.fr")
TALEO_RHEN_ACK = ("Rhénanie Automobiles", "rhenanie@taleo.net")
FISCHER_ACK = ("Alsace Intérim Services", "lea.fischer@alsace-interim.example.fr")
TEAMTAILOR_RIA = ("Ría Servicios Inmobiliarios", "no-reply@teamtailor-mail.com")
IBARRA = ("Nerea Ibarra", "nerea.ibarra@ep-zorrotzaurre.example.es")
PAHL = ("Doreen Pahl", "d.pahl@hkw-saaleaue.example.de")
GRUNERT = ("Matthias Grunert", "m.grunert@diakonie-saalehang.example.de")
RUDLOFF = ("Thomas Rudloff", "t.rudloff@kongresshalle-saalepark.example.de")
ROTH = ("Nathalie Roth", "nathalie.roth@gh-neudorf.example.fr")
LEFEBVRE = ("Bruno Lefebvre", "b.lefebvre@campus-esplanade.example.fr")

# The candidate's application to the Wrocław agency, quoted in its registration reply
# (the application itself is in msgs264_other).
BALTIC_APPLICATION = txt("""
    Dear Mr Wrona,

    I saw your post about facility management roles in Wrocław and would like to register
    with Baltic Bridge. I am a German electrician (Elektroniker für Betriebstechnik) with nine
    years in hospital and industrial maintenance and I am preparing a move to Wrocław this
    spring. My CV is attached; my English is fluent, my Polish is basic but improving.

    Kind regards,
    Konstantin Mensah-Weber
    """)

RIA_OFFER = txt("""
    Hola Konstantin:

    Después de las entrevistas con Jon y con la dirección, tengo el placer de comunicarte que
    queremos ofrecerte el puesto de Técnico de Mantenimiento de Edificios en Ría Servicios
    Inmobiliarios.

    Las condiciones principales son:
    - Contrato indefinido a jornada completa (40 h semanales)
    - Salario bruto anual de 34.500 €, en 14 pagas
    - Incorporación prevista: 1 de octubre de 2026
    - Vehículo de empresa para las guardias

    En el PDF adjunto tienes la carta de oferta completa. Te agradecería una respuesta antes
    del 14 de agosto. Si tienes cualquier duda, llámame.

    Un saludo,
    Itziar Goikoetxea
    Selección de Personal · Ría Servicios Inmobiliarios
    """)

MESSAGES = [
    # ============================================================ application_received (21)
    M(kind="application_received", slug="auenwald_softgarden_eingang", lang="de",
      company="Klinikum Auenwald", contact="", frm=SOFTGARDEN_AUENWALD,
      subject="Ihre Bewerbung ist bei uns eingegangen – Ingenieur Facility Management",
      date="2026-01-19 07:02", tz="+0000", form="html", frame="ats",
      brand="Klinikum Auenwald", color="#00768a",
      footer="Diese E-Mail wurde automatisch über softgarden versendet. Antworten an diese "
             "Adresse werden nicht gelesen.",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          vielen Dank für Ihre Online-Bewerbung als Ingenieur Facility Management (m/w/d),
          Kennziffer TGM-2026-014. Ihre Unterlagen sind vollständig bei uns eingegangen.

          Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei
          Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit hier einsehen:
          https://klinikum-auenwald.softgarden.io/de/candidate/applications

          Mit freundlichen Grüßen
          Ihre Personalabteilung
          Klinikum Auenwald
          """), thread=("auenwald", 1)),
    M(kind="application_received", slug="westsachsen_sf_keine_einzelantwort", lang="de",
      company="Westsachsen Automotive", contact="", frm=SF_WEST,
      subject="Eingangsbestätigung Ihrer Bewerbung – Req. 48213", date="2026-03-02 06:40",
      tz="+0000", form="alt", frame="ats", brand="Westsachsen Automotive Karriere",
      color="#003a70", footer="Westsachsen Automotive GmbH · Blankenauer Straße 210 · "
                              "09113 Chemnitz\nAutomatisch generierte Nachricht.",
      body=txt("""
          Guten Tag Herr Mensah-Weber,

          danke, dass Sie sich für die Stelle "Facility Engineer Gebäudetechnik Werk Chemnitz"
          (Req. 48213) interessieren. Ihre Bewerbung ist in unserem System registriert und wird
          nun von der Fachabteilung gesichtet.

          Bitte haben Sie Verständnis, dass wir bei der großen Zahl an Zuschriften nicht auf
          jede Bewerbung einzeln eingehen können, solange das Verfahren läuft. Sobald es etwas
          Neues gibt, hören Sie von uns.

          Freundliche Grüße
          Ihr Recruiting-Team Westsachsen Automotive
          """), thread=("west", 1)),
    M(kind="application_received", slug="elbaue_eingangsbestaetigung", lang="de",
      company="Technische Hochschule Elbaue", contact=TEICHMANN[1], frm=TEICHMANN,
      subject="Eingangsbestätigung – Kennziffer 07/2026", date="2026-01-27 14:55",
      cte="base64",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle Technischer
          Mitarbeiter Gebäudeleittechnik (Kennziffer 07/2026). Die Bewerbungsfrist endet am
          6. Februar 2026; danach wird die Auswahlkommission über das weitere Vorgehen
          entscheiden. Wir bitten bis dahin um Geduld.

          Mit freundlichen Grüßen
          Im Auftrag

          Sabine Teichmann
          Personaldezernat, Sachgebiet Personalgewinnung
          Technische Hochschule Elbaue
          Zellescher Bogen 12, 01069 Dresden
          Tel. +49 351 4620-1185

          ----------------------------------------------------------------
          Hinweis: Diese Nachricht ist ausschließlich für den bezeichneten Empfänger bestimmt.
          Sollten Sie sie irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und
          löschen Sie die Nachricht. Informationen zur Verarbeitung Ihrer personenbezogenen
          Daten im Bewerbungsverfahren finden Sie unter
          https://www.th-elbaue.example.de/datenschutz-bewerbung
          """), thread=("elbaue", 1)),
    M(kind="application_received", slug="saaletal_registrierung", lang="de",
      company="Saaletal Personaldienste", contact=KAPS[1], frm=KAPS,
      subject="Willkommen bei Saaletal Personaldienste – Ihre Registrierung",
      date="2026-04-13 17:10",
      body=txt("""
          Hallo Herr Mensah-Weber,

          schön, dass Sie sich bei uns registriert haben! Ihr Lebenslauf und die Nachweise
          (Gesellenbrief, Elektrofachkraft-Bestellung, Führerschein) liegen mir vor. Ich bin ab
          sofort Ihr persönlicher Ansprechpartner.

          In den nächsten Tagen gleiche ich Ihr Profil mit unseren offenen Positionen bei
          Kunden im Raum Halle/Leipzig ab – vor allem im Bereich Energie- und Gebäudetechnik.
          Sobald ein Unternehmen Interesse zeigt, rufe ich Sie an.

          Viele Grüße
          Ronny Kaps
          Personaldisponent | Saaletal Personaldienste GmbH
          Leipziger Straße 61, 06108 Halle (Saale)
          Tel. 0345 2290-318
          """), thread=("saaletal", 1)),
    M(kind="application_received", slug="personalwerk_profil_angelegt", lang="de",
      company="Personalwerk Mitte", contact=NOWAK[1], frm=NOWAK,
      subject="Ihr Profil bei Personalwerk Mitte ist angelegt", date="2026-07-06 11:22",
      form="alt", frame="outlook",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          vielen Dank für die Zusendung Ihres Lebenslaufs. Ich habe Ihr Bewerberprofil in
          unserer Niederlassung Dresden angelegt und Sie für Einsätze im Bereich
          Haustechnik/Facility Management vorgemerkt.

          Für ein kurzes Kennenlerngespräch melde ich mich telefonisch. Bitte halten Sie eine
          Kopie Ihres Gesellenbriefs bereit.

          Freundliche Grüße

          Jessica Nowak
          Personalberaterin Technik
          Personalwerk Mitte GmbH & Co. KG | Niederlassung Dresden
          Prager Straße 2b, 01069 Dresden | Tel. 0351 4968 330
          """), thread=("pwm", 1)),
    M(kind="application_received", slug="motorenwerk_workday_eingang", lang="de",
      company="Motorenwerk Leipzig-Nord", contact="", frm=WORKDAY_MWLN,
      subject="Vielen Dank für Ihre Bewerbung (R-20611)", date="2026-07-01 04:17",
      tz="+0000", form="html", frame="ats", brand="Motorenwerk Leipzig-Nord · Karriere",
      color="#2b2b2b", footer="Bitte antworten Sie nicht auf diese automatisch erzeugte "
                               "Nachricht.",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          wir haben Ihre Bewerbung für die Position Ingenieur Instandhaltung Gebäude & Medien
          (m/w/d), R-20611, erhalten.

          Über den Stand des Verfahrens informieren wir Sie per E-Mail. Ihre Angaben können
          Sie in Ihrem Kandidatenprofil einsehen und bis zum Ende der Ausschreibung ergänzen.

          Ihr Recruiting-Team
          Motorenwerk Leipzig-Nord
          """), thread=("mwln", 1)),
    M(kind="application_received", slug="hoyer_personio_eingang", lang="de",
      company="Gebäudetechnik Hoyer", contact="", frm=PERSONIO_HOYER,
      subject="Bewerbung erhalten: Servicetechniker / Objektleitung (m/w/d)",
      date="2026-06-10 09:03", tz="+0000",
      body=txt("""
          Hallo Konstantin Mensah-Weber,

          danke für deine Bewerbung bei Gebäudetechnik Hoyer! Sie ist gut bei uns angekommen.
          Sven schaut sich alle Bewerbungen persönlich an und meldet sich in den nächsten zwei
          Wochen bei dir.

          Beste Grüße
          Dein Team von Gebäudetechnik Hoyer

          ---
          Diese Nachricht wurde mit Personio verschickt.
          """), thread=("hoyer", 1)),
    M(kind="application_received", slug="kongresshalle_recruitee_latin1", lang="de",
      company="Kongresshalle Saalepark", contact="", frm=RECRUITEE_KONGRESS,
      subject="Kongresshalle Saalepark: Bewerbung eingegangen", date="2026-08-24 13:45",
      tz="+0000", charset="iso-8859-1", cte="quoted-printable",
      body=txt("""
          Guten Tag Herr Mensah-Weber,

          Ihre Bewerbung als Technischer Leiter Veranstaltungsstätte (m/w/d) ist bei uns
          eingegangen. Wir danken Ihnen für Ihr Interesse an der Kongresshalle Saalepark.

          Unser Auswahlverfahren dauert erfahrungsgemäß etwa vier Wochen. Sie erhalten in
          jedem Fall eine Nachricht von uns.

          Freundliche Grüße
          Kongresshalle Saalepark
          Personal & Organisation

          Diese E-Mail wurde über Recruitee versandt.
          """), thread=("kongress", 1)),
    M(kind="application_received", slug="pleissenburg_portal_datenschutz", lang="de",
      company="Hochschule Pleißenburg", contact="", frm=HSP_PORTAL,
      subject="Bestätigung: Bewerbung auf Ausschreibung 2026/03", date="2026-02-09 23:58",
      charset="windows-1252", cte="quoted-printable", form="alt",
      html_charset="windows-1252",
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          Ihre Bewerbung auf die Ausschreibung 2026/03 „Ingenieur/in Gebäudetechnik“ ist am
          09.02.2026 um 23:57 Uhr im Bewerbungsportal der Hochschule Pleißenburg eingegangen.
          Ihre Vorgangsnummer lautet HSP-2026-03-0117.

          Bitte sehen Sie von Rückfragen zum Stand des Verfahrens ab; das Dezernat Bau und
          Technik wird sich nach Ablauf der Frist bei Ihnen melden.

          Datenschutzhinweis: Ihre Daten werden ausschließlich zum Zweck der Durchführung des
          Auswahlverfahrens verarbeitet (Art. 6 Abs. 1 lit. b DSGVO) und sechs Monate nach
          dessen Abschluss gelöscht.

          Dies ist eine automatisch erzeugte E-Mail.
          """), thread=("hsp", 1)),
    M(kind="application_received", slug="sportforum_teamtailor_danke", lang="de",
      company="Sportforum Halle-Neustadt", contact="", frm=TEAMTAILOR_SPORT,
      subject="Danke für deine Bewerbung, Konstantin!", date="2026-04-07 18:33", tz="+0000",
      form="html", frame="ats", brand="Sportforum Halle-Neustadt", color="#d62246",
      footer="Powered by Teamtailor",
      body=txt("""
          Hey Konstantin,

          super, deine Bewerbung als Haustechniker mit Schwerpunkt Bäder- und
          Lüftungstechnik (m/w/d) ist angekommen!

          Wir schauen uns jede Bewerbung an und melden uns, sobald wir weiter sind. In der
          Zwischenzeit kannst du dir auf unserer Karriereseite anschauen, wie es hinter den
          Kulissen von Schwimmhalle, Eishalle und Leichtathletikhalle aussieht:
          https://sportforum-halle.teamtailor.com/stories

          Sportliche Grüße
          Dein Sportforum-Team
          """), thread=("sportforum", 1)),
    M(kind="application_received", slug="limbach_sf_eingang", lang="de",
      company="Fahrwerkstechnik Limbach", contact="", frm=SF_LIMBACH,
      subject="Ihre Bewerbung bei Fahrwerkstechnik Limbach", subj_enc=("iso-8859-1", "Q"),
      date="2026-02-16 07:11", tz="+0000",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          vielen Dank für Ihre Bewerbung als Betriebsingenieur Gebäude- und Anlagentechnik
          (Job-ID 7731). Diese ist vollständig bei uns eingegangen.

          Leider können wir nicht jedem Bewerber und jeder Bewerberin individuell antworten,
          während die Unterlagen geprüft werden. Wir kommen auf Sie zu, sobald die
          Vorauswahl abgeschlossen ist.

          Mit freundlichen Grüßen
          Personalabteilung Fahrwerkstechnik Limbach
          Diese Nachricht wurde automatisch erstellt.
          """), thread=("flb", 1)),
    M(kind="application_received", slug="odra_greenhouse_thanks", lang="en",
      company="Odra Property Services", contact="", frm=GREENHOUSE_ODRA_ACK,
      subject="Thank you for applying to Odra Property Services", date="2026-04-01 10:09",
      tz="+0000", form="alt",
      body=txt("""
          Hi Konstantin,

          Thank you for your interest in Odra Property Services! We've received your
          application for Facility Engineer (German-speaking) and our team is reviewing it.

          If your background is a match, a member of our talent team will reach out to discuss
          next steps.

          Best regards,
          The Odra Property Services Talent Team
          """), thread=("odra", 1)),
    M(kind="application_received", slug="lsd_smartrecruiters_received", lang="en",
      company="Lower Silesia Drivetrain", contact="", frm=SR_LSD,
      subject="Application received – Plant Facilities Engineer", date="2026-05-11 14:20",
      tz="+0000", form="html", frame="ats", brand="Lower Silesia Drivetrain", color="#5a6b7d",
      footer="This is an automated message from SmartRecruiters on behalf of Lower Silesia "
             "Drivetrain. Please do not reply.",
      body=txt("""
          Dear Konstantin,

          We confirm receipt of your application for the position of Plant Facilities Engineer
          in Wrocław. Our recruiters will review your profile against the requirements of the
          role.

          You can follow the status of your application at any time:
          https://jobs.smartrecruiters.com/LowerSilesiaDrivetrain/status

          Thank you for considering a career with us.
          Lower Silesia Drivetrain Talent Acquisition
          """), thread=("lsd", 1)),
    M(kind="application_received", slug="vratislavia_bamboo_volume", lang="en",
      company="Vratislavia Medical Centre", contact="", frm=BAMBOO_VRAT,
      subject="We have your application – Hospital Engineering Technician",
      date="2026-03-23 09:51", cte="quoted-printable",
      body=txt("""
          Dear Konstantin Mensah-Weber,

          Thank you for applying for the Hospital Engineering Technician position at Vratislavia
          Medical Centre. This email confirms that your application has reached us.

          Because of the volume of applications we receive, we are unfortunately unable to
          respond to every applicant individually. If your profile matches what we're looking
          for, our HR team will contact you within four weeks.

          With best wishes,
          People Team, Vratislavia Medical Centre
          ul. Borowska 120, 50-552 Wrocław
          """), thread=("vrat", 1)),
    M(kind="application_received", slug="balticbridge_registration", lang="en",
      company="Baltic Bridge Recruitment", contact=WRONA[1], frm=WRONA,
      subject="Re: Registration – facility management roles in Wrocław",
      date="2026-02-03 08:47",
      body=reply(txt("""
          Dear Konstantin,

          Thank you for getting in touch – I've received your CV and set up your candidate
          profile with us. Your mix of hospital and industrial maintenance is in demand here,
          particularly with business park operators and shared-service campuses.

          I'll send over suitable roles as they come in and we can arrange a short call to go
          through your relocation timeline.

          Best regards,
          Tomasz Wrona
          Senior Consultant – Engineering & Facilities
          Baltic Bridge Recruitment Sp. z o.o.
          """), "en", "2026-02-02 20:31", "Konstantin Mensah-Weber", CANDIDATE_ADDR,
          BALTIC_APPLICATION), thread=("baltic", 2)),
    M(kind="application_received", slug="wias_cv_received", lang="en",
      company="Wrocław Institute of Applied Science", contact=LIS[1], frm=LIS,
      subject="Your CV – Campus Facilities Coordinator", date="2026-04-06 12:36",
      body=txt("""
          Dear Mr Mensah-Weber,

          We've received your CV and cover letter for the Campus Facilities Coordinator
          vacancy, thank you. The selection committee meets after the closing date on 17 April,
          and I will let you know the outcome of the first review shortly after.

          Kind regards,
          Dorota Lis
          HR Officer
          Wrocław Institute of Applied Science
          pl. Grunwaldzki 9, 50-377 Wrocław | +48 71 320 18 44
          """), thread=("wias", 1)),
    M(kind="application_received", slug="rhin_ill_accuse_reception", lang="fr",
      company="Clinique du Rhin-Ill", contact="", frm=RHIN_NOREPLY,
      subject="Accusé de réception de votre candidature", date="2026-03-16 08:04",
      form="html", frame="ats", brand="Clinique du Rhin-Ill", color="#2d6a9f",
      footer="Merci de ne pas répondre à ce message automatique.",
      body=txt("""
          Monsieur,

          Nous accusons bonne réception de votre candidature au poste de technicien de
          maintenance bâtiment et vous remercions de l'intérêt que vous portez à notre
          établissement.

          Votre dossier sera étudié avec attention par le service des ressources humaines et
          par la direction des services techniques. Nous reviendrons vers vous dans les
          meilleurs délais.

          La Direction des ressources humaines
          Clinique du Rhin-Ill
          """), thread=("rhin", 1)),
    M(kind="application_received", slug="rhenanie_taleo_individuel", lang="fr",
      company="Rhénanie Automobiles", contact="", frm=TALEO_RHEN_ACK,
      subject="Rhénanie Automobiles – confirmation de candidature (réf. 2600417)",
      subj_enc=("utf-8", "B"), date="2026-06-15 05:30", tz="+0000",
      charset="windows-1252", cte="quoted-printable",
      body=txt("""
          Bonjour,

          Nous vous confirmons l'enregistrement de votre candidature pour le poste
          d'ingénieur maintenance infrastructures (réf. 2600417).

          En raison du nombre important de candidatures, nous ne pourrons malheureusement pas
          répondre individuellement à chacun pendant la phase de présélection. Vous serez
          informé(e) par courriel dès que votre dossier aura été examiné.

          Cordialement,
          Service Recrutement – Rhénanie Automobiles
          Ce courriel est généré automatiquement, merci de ne pas y répondre.
          """), thread=("rhen", 1)),
    M(kind="application_received", slug="alsace_interim_inscription", lang="fr",
      company="Alsace Intérim Services", contact=FISCHER_ACK[1], frm=FISCHER_ACK,
      subject="Votre inscription chez Alsace Intérim Services", date="2026-08-31 15:02",
      body=txt("""
          Bonjour Konstantin,

          Bienvenue ! Votre inscription est validée et votre CV est enregistré dans notre base.
          J'ai bien noté vos habilitations électriques (B2V, BR, BC) et votre disponibilité à
          partir du 1er octobre.

          Je vous recontacte dès qu'une mission en maintenance bâtiment correspond à votre
          profil sur l'Eurométropole.

          Léa Fischer
          Chargée de recrutement
          Alsace Intérim Services
          5 place de l'Homme de Fer, 67000 Strasbourg
          """), thread=("alsace", 1)),
    M(kind="application_received", slug="ria_teamtailor_recibida", lang="es",
      company="Ría Servicios Inmobiliarios", contact="", frm=TEAMTAILOR_RIA,
      subject="Hemos recibido tu candidatura", date="2026-07-13 08:26", tz="+0000",
      form="alt", frame="ats", brand="Ría Servicios Inmobiliarios", color="#00806b",
      footer="Enviado con Teamtailor · No respondas a este correo",
      body=txt("""
          Hola Konstantin:

          ¡Gracias por presentar tu candidatura al puesto de Técnico/a de Mantenimiento de
          Edificios! La hemos recibido correctamente.

          Nuestro equipo de selección la revisará en los próximos días. Si tu perfil encaja,
          nos pondremos en contacto contigo para el siguiente paso.

          Un saludo,
          Equipo de Personas de Ría Servicios Inmobiliarios
          """), thread=("ria", 1)),
    M(kind="application_received", slug="zorrotzaurre_cv_recibido", lang="es",
      company="Escuela Politécnica de Zorrotzaurre", contact=IBARRA[1], frm=IBARRA,
      subject="Re: Candidatura técnico de instalaciones del campus", date="2026-05-14 13:18",
      charset="iso-8859-1", cte="8bit",
      body=txt("""
          Estimado Konstantin:

          Te confirmo que hemos recibido tu CV y la carta de presentación para la plaza de
          técnico de instalaciones del campus. El plazo sigue abierto hasta el 29 de mayo;
          después la comisión revisará todas las candidaturas.

          Gracias por tu interés en la Escuela.

          Nerea Ibarra
          Servicio de Personal
          Escuela Politécnica de Zorrotzaurre
          Muelle de Zorrotzaurre 3 · 48014 Bilbao
          """)),

    # ============================================================ offer (10)
    M(kind="offer", slug="westsachsen_vertragsangebot_pdf", lang="de",
      company="Westsachsen Automotive", contact=GOERNER[1], frm=GOERNER,
      subject="Ihr Vertragsangebot – Facility Engineer Gebäudetechnik Werk Chemnitz",
      date="2026-04-08 15:44", form="alt", frame="outlook",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          nach dem Assessment Center und der Abstimmung mit Frau Dr. Pfeiffer freue ich mich,
          Ihnen die Stelle als Facility Engineer Gebäudetechnik im Werk Chemnitz anbieten zu
          dürfen.

          Die wichtigsten Eckdaten:
          - Eintritt zum 1. Juni 2026, unbefristet
          - Entgeltgruppe EG 11 nach Tarifvertrag Metall- und Elektroindustrie Sachsen
          - 35-Stunden-Woche, Rufbereitschaft im Wechsel mit zwei Kollegen
          - 30 Tage Urlaub, Jobrad, Zuschuss zum Deutschlandticket

          Das ausführliche Angebotsschreiben finden Sie im Anhang. Bitte lassen Sie uns Ihre
          Entscheidung bis zum 17. April wissen; für Fragen zum Vertrag stehe ich gern zur
          Verfügung.

          Herzliche Grüße
          Marcel Görner
          Talent Acquisition | Westsachsen Automotive GmbH
          +49 371 4410-2286
          """),
      attach=[dict(pdf="Angebot_Mensah-Weber_Req48213.pdf",
                   title="Vertragsangebot Westsachsen Automotive",
                   lines=["Westsachsen Automotive GmbH - Werk Chemnitz",
                          "Vertragsangebot fuer Herrn Konstantin Mensah-Weber",
                          "Position: Facility Engineer Gebaeudetechnik (Req. 48213)",
                          "Beginn: 01.06.2026, unbefristet",
                          "Verguetung: EG 11 TV M+E Sachsen",
                          "Annahmefrist: 17.04.2026"])],
      thread=("west", 6)),
    M(kind="offer", slug="saaletal_kunde_will_angebot", lang="de",
      company="Heizkraftwerk Saaleaue", contact=KAPS[1], frm=KAPS,
      subject="Das Heizkraftwerk will Sie!", date="2026-05-12 09:15",
      body=txt("""
          Hallo Herr Mensah-Weber,

          ich habe eben mit Herrn Brenner telefoniert: Das Heizkraftwerk Saaleaue möchte Ihnen
          ein Angebot machen – als Schichtingenieur Anlagentechnik, direkte Festanstellung beim
          Kunden, kein Überlassungsvertrag. Im Raum stehen 4.350 € brutto im Monat plus
          Schichtzulagen, Start 1. Juli.

          Die Personalabteilung dort, Frau Pahl, schickt Ihnen den Vertrag in den nächsten Tagen
          direkt zu. Wenn Sie vorher noch etwas verhandeln möchten, sagen Sie es mir bitte bis
          Donnerstag.

          Glückwunsch schon mal!
          Ronny Kaps
          Saaletal Personaldienste | Tel. 0345 2290-318 | Mobil 0151 4420 7731
          """), thread=("saaletal", 4)),
    M(kind="offer", slug="heizkraftwerk_vertrag_unterschrift", lang="de",
      company="Heizkraftwerk Saaleaue", contact=PAHL[1], frm=PAHL,
      subject="Arbeitsvertrag zur Unterschrift – Schichtingenieur Anlagentechnik",
      date="2026-05-19 13:02", cte="quoted-printable",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          wie bereits über Herrn Kaps angekündigt, erhalten Sie anbei Ihren Arbeitsvertrag als
          Schichtingenieur Anlagentechnik mit Beginn am 1. Juli 2026 in zweifacher
          Ausfertigung.

          Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 29. Mai
          zurück – per Post oder eingescannt an diese Adresse. Das zweite Exemplar ist für
          Ihre Unterlagen.

          Wir freuen uns auf die Zusammenarbeit!

          Mit freundlichen Grüßen
          Doreen Pahl
          Personalwesen
          Heizkraftwerk Saaleaue GmbH
          Am Saalehafen 3, 06108 Halle (Saale)
          Tel. 0345 6812-140

          Sitz der Gesellschaft: Halle (Saale) · Amtsgericht Stendal HRB 29417 ·
          Geschäftsführung: Dr. Ulrike Manthey, Kai Wendland
          """),
      attach=[dict(pdf="Arbeitsvertrag_Mensah-Weber.pdf",
                   title="Arbeitsvertrag Schichtingenieur Anlagentechnik",
                   lines=["ARBEITSVERTRAG", "zwischen der Heizkraftwerk Saaleaue GmbH",
                          "und Herrn Konstantin Mensah-Weber, Leipzig",
                          "Paragraph 1 Beginn: 01.07.2026",
                          "Paragraph 2 Taetigkeit: Schichtingenieur Anlagentechnik",
                          "Paragraph 3 Verguetung: 4.350 EUR brutto monatlich",
                          "Unterschrift Arbeitnehmer: ____________________"])],
      thread=("saaletal", 5)),
    M(kind="offer", slug="saalehang_muendliche_zusage", lang="de",
      company="Diakoniekrankenhaus Saalehang", contact=GRUNERT[1], frm=GRUNERT,
      subject="Unser Telefonat heute – Zusage Technische Leitung Stellvertretung",
      date="2026-09-29 16:37",
      body=txt("""
          Lieber Herr Mensah-Weber,

          wie heute Mittag am Telefon besprochen, bestätige ich Ihnen gern schriftlich: Wir
          möchten Sie als stellvertretenden Leiter der Technik in unserem Haus einstellen.

          Vereinbart haben wir mündlich: Eingruppierung nach AVR Diakonie E 9, Beginn zum
          1. Dezember 2026, unbefristet, Einarbeitung durch Herrn Wolf bis zu seinem Ruhestand
          im Frühjahr. Den schriftlichen Vertrag bereitet unsere Personalabteilung vor; Sie
          erhalten ihn Anfang nächster Woche.

          Ich freue mich sehr, dass es geklappt hat.

          Herzliche Grüße
          Matthias Grunert
          Kaufmännischer Direktor
          Diakoniekrankenhaus Saalehang gGmbH
          Mühlweg 21, 06114 Halle (Saale)
          """)),
    M(kind="offer", slug="kongresshalle_angebot_outlook_pdf", lang="de",
      company="Kongresshalle Saalepark", contact=RUDLOFF[1], frm=RUDLOFF,
      subject="Angebot: Technischer Leiter Veranstaltungsstätte", date="2026-09-21 10:28",
      form="html", frame="outlook",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          vielen Dank für die beiden guten Gespräche. Die Geschäftsführung und der Aufsichtsrat
          haben zugestimmt: Wir bieten Ihnen die Position des Technischen Leiters der
          Kongresshalle Saalepark an.

          Das Angebot mit Gehalt, Dienstwagenregelung und Probezeit liegt als PDF bei. Wir
          würden uns freuen, wenn Sie am 1. November beginnen könnten, sind aber für einen
          späteren Termin offen.

          Über Ihre Rückmeldung bis Ende September freue ich mich.

          Mit besten Grüßen

          Thomas Rudloff
          Geschäftsführer
          Kongresshalle Saalepark GmbH
          Saalepark 1 · 06128 Halle (Saale)
          Tel. 0345 5640 100 · Fax 0345 5640 199

          Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
          Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,
          informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
          """),
      attach=[dict(pdf="Angebot_Technische_Leitung_Übersicht.pdf",
                   title="Angebot Technische Leitung",
                   lines=["Kongresshalle Saalepark GmbH",
                          "Angebot: Technischer Leiter Veranstaltungsstaette",
                          "Beginn: 01.11.2026 (verhandelbar)",
                          "Jahresgehalt: 68.000 EUR brutto",
                          "Probezeit: 6 Monate", "Dienstwagen: Kategorie B"])],
      thread=("kongress", 2)),
    M(kind="offer", slug="northlight_offer_letter", lang="en",
      company="Northlight Facilities", contact=RAMAN[1], frm=RAMAN,
      subject="Offer of employment – Facilities Engineer, Berlin Campus",
      date="2026-03-19 17:05", form="alt",
      body=txt("""
          Dear Konstantin,

          On behalf of Northlight Facilities, I'm delighted to offer you the position of
          Facilities Engineer at our Berlin Campus. Dirk and the team were impressed by your
          maintenance plan walk-through and your calm approach to the fault scenario.

          Your offer letter is attached. In summary:
          • Start date: 4 May 2026 (flexible by a few weeks)
          • Base salary: EUR 62,000 per year, plus 10% annual bonus target
          • 28 days' holiday, pension contribution, on-call allowance

          Please review it and let me know if you have any questions. We'd be grateful for your
          decision by 27 March. Congratulations!

          Warm regards,
          Priya Raman
          Senior Talent Partner | Northlight Facilities
          """),
      attach=[dict(pdf="Northlight_Offer_Letter_KMW.pdf", title="Offer Letter",
                   lines=["NORTHLIGHT FACILITIES - OFFER LETTER",
                          "Candidate: Konstantin Mensah-Weber",
                          "Position: Facilities Engineer, Berlin Campus",
                          "Start date: 4 May 2026", "Base salary: EUR 62,000 p.a.",
                          "Please sign and return by 27 March 2026."])],
      thread=("north", 4)),
    M(kind="offer", slug="wias_verbal_offer_followup", lang="en",
      company="Wrocław Institute of Applied Science", contact=LIS[1], frm=LIS,
      subject="Following our call – Campus Facilities Coordinator", date="2026-04-29 15:50",
      body=txt("""
          Dear Konstantin,

          It was a pleasure to speak with you this afternoon. As Professor Kaczmarek explained
          on the phone, the committee would like you to join us as Campus Facilities
          Coordinator, and I'm writing to confirm what we discussed:

          - employment contract for an indefinite period, starting 1 July 2026
          - gross monthly salary of PLN 11,800
          - relocation support of PLN 6,000 and two weeks in our guest house

          The formal contract will be prepared by our legal office next week. In the meantime,
          could you confirm that you accept these terms?

          Kind regards,
          Dorota Lis
          HR Officer, Wrocław Institute of Applied Science
          """), thread=("wias", 2)),
    M(kind="offer", slug="neudorf_promesse_embauche_pdf", lang="fr",
      company="Groupe Hospitalier Neudorf", contact=ROTH[1], frm=ROTH,
      subject="Promesse d'embauche – Technicien supérieur hospitalier", date="2026-10-05 11:40",
      charset="windows-1252", cte="quoted-printable",
      body=txt("""
          Monsieur Mensah-Weber,

          J'ai le plaisir de vous confirmer que votre candidature au poste de technicien
          supérieur hospitalier (spécialité électricité et courants faibles) a été retenue.

          Vous trouverez en pièce jointe votre promesse d'embauche précisant les conditions de
          votre recrutement : contrat à durée indéterminée, prise de poste le 4 janvier 2027,
          rémunération brute annuelle de 36 400 €, astreintes rémunérées en sus.

          Nous vous remercions de nous retourner ce document daté et signé avant le 16 octobre.
          Je reste à votre disposition pour toute question.

          Bien cordialement,

          Nathalie Roth
          Responsable du recrutement – Direction des ressources humaines
          Groupe Hospitalier Neudorf
          18 rue du Général-Rapp, 67100 Strasbourg
          """),
      attach=[dict(pdf="Promesse_embauche_Mensah-Weber.pdf", title="Promesse d'embauche",
                   lines=["Groupe Hospitalier Neudorf", "PROMESSE D'EMBAUCHE",
                          "M. Konstantin Mensah-Weber",
                          "Poste : technicien superieur hospitalier",
                          "CDI - prise de poste le 04/01/2027",
                          "Remuneration brute annuelle : 36 400 EUR"])]),
    M(kind="offer", slug="esplanade_offre_orale", lang="fr",
      company="Campus Esplanade Services", contact=LEFEBVRE[1], frm=LEFEBVRE,
      subject="Suite à notre échange de ce matin", date="2026-07-20 12:14",
      body=txt("""
          Bonjour Konstantin,

          Comme je vous l'ai annoncé au téléphone ce matin, nous souhaitons vous proposer le
          poste de responsable technique adjoint sur le campus de l'Esplanade. Je vous
          récapitule ce que nous avons convenu oralement : CDI cadre, 48 000 € brut annuel,
          démarrage souhaité le 1er septembre, véhicule de service pour les interventions.

          Notre service RH vous adressera le contrat cette semaine. Pouvez-vous me confirmer
          par retour que ces éléments vous conviennent ?

          Au plaisir de travailler ensemble,

          Bruno Lefebvre
          Directeur d'exploitation
          Campus Esplanade Services
          """)),
    M(kind="offer", slug="ria_oferta_pdf", lang="es",
      company="Ría Servicios Inmobiliarios", contact=GOIKOETXEA[1], frm=GOIKOETXEA,
      subject="Oferta de empleo: Técnico de Mantenimiento de Edificios",
      subj_enc=("iso-8859-1", "B"), date="2026-08-06 10:30", cte="base64", body=RIA_OFFER,
      attach=[dict(pdf="Carta_oferta_Konstantin_Mensah-Weber.pdf", title="Carta de oferta",
                   lines=["RIA SERVICIOS INMOBILIARIOS", "CARTA DE OFERTA",
                          "Konstantin Mensah-Weber",
                          "Puesto: Tecnico de Mantenimiento de Edificios",
                          "Contrato indefinido - incorporacion 01/10/2026",
                          "Salario bruto anual: 34.500 EUR (14 pagas)"])],
      thread=("ria", 4)),
]

