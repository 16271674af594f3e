"""Corpus 334: everything that is not a step of one of her applications (many traps)."""

from __future__ import annotations

from msgs334_common import CAND, M, html_shell, newsletter_shell, pdf

MELANIE = "Melanie Kuczera <melanie.kuczera@bodenwerk.example.de>"
DENNIS = "Dennis Oberländer <dennis.oberlaender@takeoff-personal.example.de>"
TAUNUS = "Nadine Öztürk <nadine.oeztuerk@taunus-aircargo.example.de>"
SANNE = "Sanne de Groot <sanne.degroot@schiphaven-cargo.example.nl>"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


CV = ("Wiebke_Harmsen-Ortiz_Lebenslauf.pdf", pdf([
    "Wiebke Harmsen-Ortiz - Lebenslauf",
    "Purserin / Flugbegleiterin, Frankfurt am Main, seit 2017",
    "Schwerpunkte: Sicherheit, Crew-Fuehrung, Umgang mit Unregelmaessigkeiten"]))

MESSAGES = [
    # ------------------------------- German -------------------------------
    M("other", "de", "jobfinder_alert",
      "Jobfinder Luftfahrt <alerts@jobfinder-luftfahrt.example.de>",
      "12 neue Jobs für „Bodenverkehrsdienste“ + Tipps gegen Absagen", "2026-02-02 06:00 +0100",
      """
      Ihre Suchagent-Treffer für „Bodenverkehrsdienste“, Umkreis 50 km um Frankfurt:

      * Ramp Agent (m/w/d) – Flughafen Frankfurt – Zeitarbeit
      * Koordinator Passagierdienste – Flughafen Hahn
      * Disponent Flugzeugabfertigung – Cargo City Süd

      Ratgeber der Woche: Schon wieder eine Absage? So bereiten Sie Ihr nächstes
      Vorstellungsgespräch besser vor. Leider scheitern viele Bewerbungen an Kleinigkeiten –
      unsere Checkliste hilft.

      Suchagent bearbeiten oder abbestellen: https://jobfinder-luftfahrt.example.de/agent
      """,
      html=newsletter_shell("12 neue Jobs für Bodenverkehrsdienste", [
          ("Ramp Agent (m/w/d)", "Flughafen Frankfurt – Zeitarbeit"),
          ("Koordinator Passagierdienste", "Flughafen Hahn"),
          ("Disponent Flugzeugabfertigung", "Cargo City Süd"),
          ("Schon wieder eine Absage?", "So bereiten Sie Ihr nächstes Vorstellungsgespräch vor"),
      ], "Suchagent bearbeiten oder abbestellen."),
      hdr=bulk("<suchagent.jobfinder-luftfahrt.example.de>",
               "https://jobfinder-luftfahrt.example.de/unsub?u=88213")),
    M("other", "de", "karriere_kompass_newsletter",
      "Karriere-Kompass <newsletter@karriere-kompass.example.de>",
      "Newsletter 11/2026: Einladung, Absage, Angebot – so lesen Sie Recruiter-Mails richtig",
      "2026-06-04 07:30 +0200", None,
      html=newsletter_shell("Karriere-Kompass 11/2026", [
          ("Leider, aber…", "Was Formulierungen in Absagen wirklich bedeuten"),
          ("Einladung zum Vorstellungsgespräch", "Die zehn häufigsten Fragen und gute Antworten"),
          ("Das Angebot ist da!", "Gehalt verhandeln ohne Risiko"),
          ("Nicht erschienen?", "Warum No-Shows Ihrem Ruf schaden"),
      ], "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden"),
      hdr=bulk("Karriere-Kompass <kompass.list.karriere-kompass.example.de>",
               "mailto:unsubscribe@karriere-kompass.example.de")),
    M("other", "de", "podcast_interviewanfrage",
      "Lea Sommerfeld <lea@kabinengefluester.example.de>",
      "Interviewanfrage für unseren Podcast „Kabinengeflüster“", "2026-03-17 20:12 +0100",
      """
      Hallo Wiebke,

      ich bin Lea, ehemalige Flugbegleiterin und jetzt Host des Podcasts „Kabinengeflüster“.
      Eine Kollegin von dir meinte, du wechselst gerade von der Kabine in die
      Bodenverkehrsdienste. Hättest du Lust auf ein Interview für eine Folge über
      Quereinstiege in der Luftfahrt? Aufnahme per Zoom, ca. 45 Minuten, Termin ganz flexibel.

      Liebe Grüße
      Lea
      """),
    M("other", "de", "radio_interview_streik",
      "Redaktion Rhein-Main-Welle <redaktion@rheinmainwelle.example.de>",
      "Radio-Interview zum Kabinenstreik?", "2026-04-23 10:05 +0200",
      """
      Guten Tag Frau Harmsen-Ortiz,

      für unsere Sendung „Main-Magazin“ suchen wir eine Flugbegleiterin, die uns im Interview
      erzählt, wie sich der aktuelle Streik für die Crews anfühlt. Ihre Gewerkschaft hat uns
      Ihren Kontakt gegeben. Das Gespräch würde am Donnerstag live um 17:10 Uhr laufen.

      Mit freundlichen Grüßen
      Tobias Wendt
      Redaktion Rhein-Main-Welle
      """),
    M("other", "de", "paket_verzoegert", "PaketBlitz <service@paketblitz.example.de>",
      "Leider verzögert sich Ihre Sendung", "2026-05-27 08:44 +0200", None,
      html=html_shell("Sendungsstatus", """
      <p>Hallo Wiebke Harmsen-Ortiz,</p>
      <p>leider verzögert sich die Zustellung Ihrer Sendung <b>PB 4471 0932 55</b>. Aufgrund
      eines hohen Sendungsaufkommens wird Ihr Paket voraussichtlich erst am Freitag
      zugestellt.</p>
      <p>Wir bitten um Entschuldigung für die Unannehmlichkeiten.</p>
      <p>Ihr PaketBlitz-Team</p>
      """, "Dies ist eine automatisch versendete Nachricht."),
      hcte="base64"),
    M("other", "de", "depot_positionen", "Mainufer Bank <info@mainufer-bank.example.de>",
      "Ihre Depotübersicht: Positionen zum 30.06.2026", "2026-07-01 05:30 +0200",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      Ihre Depotübersicht zum Stichtag 30.06.2026 steht im Online-Banking bereit. Sie enthält
      alle Positionen Ihres Depots 7712 0040 mit aktuellen Kurswerten.

      Leider können wir Ihnen die Übersicht aus Sicherheitsgründen nicht per E-Mail senden.

      Ihre Mainufer Bank
      """,
      cs="iso-8859-1", cte="quoted-printable"),
    M("other", "de", "fahrrad_tracker_position", "TrackMate <noreply@trackmate.example.com>",
      "Neue Position Ihres Fahrrads", "2026-08-16 23:11 +0200",
      """
      Ihr Tracker „Rotes Rad“ hat eine neue Position gemeldet:

      Schweizer Straße 12, 60594 Frankfurt am Main
      Genauigkeit: 8 m · 23:09 Uhr

      Der Tracker befindet sich außerhalb Ihrer festgelegten Sicherheitszone. Öffnen Sie die
      App, um die Position auf der Karte zu sehen.
      """),
    M("other", "de", "wohnungsbesichtigung_freising",
      "Gerlinde Huber <gerlinde.huber@mail.example.de>",
      "Besichtigung 2-Zimmer-Wohnung Freising", "2026-04-22 19:35 +0200",
      """
      Liebe Frau Harmsen-Ortiz,

      danke für Ihre Anfrage zur Wohnung in der Moosburger Straße. Eine Besichtigung ist am
      Samstag, 2. Mai, um 11:00 Uhr möglich. Bitte bringen Sie eine Selbstauskunft und Ihre
      letzten drei Gehaltsnachweise mit. Leider sind Haustiere nicht erlaubt.

      Viele Grüße
      Gerlinde Huber
      """),
    M("other", "de", "zahnarzt_termin",
      "Zahnarztpraxis am Westend <praxis@zahn-westend.example.de>",
      "Terminbestätigung: Kontrolluntersuchung am 14.07.", "2026-07-06 12:00 +0200",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      hiermit bestätigen wir Ihren Termin zur Kontrolluntersuchung und professionellen
      Zahnreinigung am Dienstag, 14.07.2026, um 08:15 Uhr bei Dr. Karadeniz.

      Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden
      vorher ab.

      Ihr Praxisteam am Westend
      """,
      cs="windows-1252", cte="8bit"),
    M("other", "de", "freundin_eigene_absage", "Jana Pohlmann <jana.pohlmann@mail.example.de>",
      "Na super…", "2026-03-18 22:47 +0100",
      """
      Hey Wiebke,

      ich hab heute schon wieder eine Absage bekommen – diesmal von der Flugschule, nach dem
      zweiten Interview! „Leider haben wir uns für andere Kandidaten entschieden“, bla bla.
      Wie machst du das nur, dass du so ruhig bleibst? Lass uns am Wochenende mal quatschen,
      ich brauch Wein und deine Meinung.

      Drück dich,
      Jana
      """),
    M("other", "de", "freundin_leitet_einladung_weiter",
      "Jana Pohlmann <jana.pohlmann@mail.example.de>",
      "WG: Einladung zum Vorstellungsgespräch", "2026-05-20 08:02 +0200",
      """
      Guck mal!!! Ich hab ein Vorstellungsgespräch bei der Flugschule in Egelsbach 🎉
      Kannst du mir bei der Vorbereitung helfen? Du bist doch jetzt Profi in sowas.

      Jana
      """,
      fwd=M("other", "de", "inner",
            "Flugschule Egelsbach <personal@flugschule-egelsbach.example.de>",
            "Einladung zum Vorstellungsgespräch", "2026-05-19 16:30 +0200",
            """
            Sehr geehrte Frau Pohlmann,

            wir laden Sie herzlich zu einem Vorstellungsgespräch für die Stelle als
            Flugbetriebsassistentin ein: Mittwoch, 27. Mai, 10:00 Uhr, Hangar 3.

            Mit freundlichen Grüßen
            Flugschule Egelsbach
            """,
            to="Jana Pohlmann <jana.pohlmann@mail.example.de>"),
      fwd_inline=True),
    M("other", "de", "lehrgang_kein_platz",
      "IHK-Bildungszentrum Frankfurt <lehrgaenge@ihk-bildung.example.de>",
      "Ihre Anmeldung: Lehrgang Vorfeldkontrolle und Luftsicherheit", "2026-01-27 14:10 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      vielen Dank für Ihre Anmeldung zum Lehrgang „Vorfeldkontrolle und Luftsicherheit“
      (Kursnummer VK-26-03). Leider ist der Lehrgang bereits ausgebucht, sodass wir Ihnen
      keinen Platz anbieten können. Wir haben Sie auf die Warteliste für den Herbstkurs
      gesetzt.

      Mit freundlichen Grüßen
      Ihr IHK-Bildungszentrum
      """),
    M("other", "de", "headhunter_erstansprache",
      "Matthias Kessler <m.kessler@luftlinie-pb.example.de>",
      "Ihr Profil – Luftfahrt am Boden", "2026-04-10 09:02 +0200",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      ich bin Personalberater mit Schwerpunkt Luftfahrt und bin in einem Karrierenetzwerk auf
      Ihr Profil gestoßen. Ihr Wechsel aus der Kabine in die Bodenverkehrsdienste ist genau
      die Art Laufbahn, die einige meiner Mandanten in Deutschland und der Schweiz schätzen.

      Wenn Sie mögen, senden Sie mir gern Ihren aktuellen Lebenslauf – ich melde mich dann,
      sobald ich ein passendes Mandat habe.

      Beste Grüße
      Matthias Kessler
      Senior Consultant Aviation | Luftlinie Personalberatung
      """),
    M("other", "de", "eigene_bewerbung_bodenwerk", CAND,
      "Bewerbung als Koordinatorin Bodenverkehrsdienste – Wiebke Harmsen-Ortiz",
      "2026-01-18 18:22 +0100",
      """
      Sehr geehrte Damen und Herren,

      mit großem Interesse habe ich Ihre Ausschreibung als Koordinator Bodenverkehrsdienste
      (m/w/d) in Düsseldorf gelesen. Nach neun Jahren als Flugbegleiterin und Purserin möchte
      ich meine Erfahrung mit engen Umläufen, Sicherheitsverfahren und Teamführung am Boden
      einbringen.

      Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem
      persönlichen Gespräch freue ich mich.

      Mit freundlichen Grüßen
      Wiebke Harmsen-Ortiz
      """,
      to="Bodenwerk Ground Handling <karriere@bodenwerk.example.de>", pdfs=[CV],
      key="own_boden"),
    M("other", "de", "abwesenheit_melanie", MELANIE,
      "Abwesenheitsnotiz: Bewerbung als Koordinatorin Bodenverkehrsdienste – "
      "Wiebke Harmsen-Ortiz", "2026-01-18 18:23 +0100",
      """
      Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23. Januar nicht im Büro und
      habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich
      bitte an recruiting@bodenwerk.example.de.

      Mit freundlichen Grüßen
      Melanie Kuczera
      """,
      hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      parent="own_boden"),
    M("other", "de", "eigene_verschiebung_bitte", CAND,
      "AW: Vorstellungsgespräch bei SkyTable Catering - Bitte um Verschiebung",
      "2026-05-12 07:15 +0200",
      """
      Hallo Herr Oberländer,

      vielen Dank für die tolle Nachricht! Leider bin ich am Freitag für eine Rotation nach
      Toronto eingeteilt und kann nicht tauschen. Wäre es möglich, das Gespräch mit SkyTable
      auf Anfang nächster Woche zu verschieben? Dienstag oder Mittwoch ginge jederzeit.

      Beste Grüße
      Wiebke Harmsen-Ortiz
      """,
      to=DENNIS, parent="take_inv", quote="de", subj_enc=("q", "iso-8859-1")),
    M("other", "de", "eigene_entschuldigung_taunus", CAND,
      "AW: Probearbeitstag heute", "2026-03-09 18:02 +0100",
      """
      Hallo Frau Öztürk,

      es tut mir sehr leid, dass ich heute nicht erschienen bin. Ich lag seit gestern Abend
      mit hohem Fieber im Bett und habe Ihre Nummer erst jetzt gefunden. Das war nicht
      professionell, und ich entschuldige mich dafür. Falls es noch eine Möglichkeit gibt,
      den Probetag nachzuholen, würde ich mich sehr freuen.

      Viele Grüße
      Wiebke Harmsen-Ortiz
      """,
      to=TAUNUS, parent="taunus_missed", quote="de", cs="windows-1252",
      cte="quoted-printable"),
    M("other", "de", "karrierenetz_profilaufrufe",
      "Karrierenetz <benachrichtigung@karrierenetz.example.com>",
      "Wiebke, Ihr Profil wurde diese Woche 14-mal angesehen", "2026-03-29 09:00 +0200",
      None,
      html=html_shell("Profilaufrufe", """
      <p>Hallo Wiebke,</p>
      <p>Ihr Profil wurde diese Woche <b>14-mal</b> angesehen – unter anderem von
      Recruiter*innen aus der Luftfahrtbranche.</p>
      <p>Tipp: Ergänzen Sie Ihre gewünschte Position, damit Sie bei passenden Stellen
      häufiger gefunden werden.</p>
      <p><a href="https://karrierenetz.example.com/profil">Zum Profil</a></p>
      """, "Benachrichtigungen verwalten · Abmelden"),
      hdr=bulk("<profil-updates.karrierenetz.example.com>",
               "https://karrierenetz.example.com/unsubscribe?t=ab12")),
    M("other", "de", "arbeitsvermittlung_beratung",
      "Berufsberatung Frankfurt <beratung-frankfurt@arbeitsvermittlung.example.de>",
      "Einladung zum Beratungsgespräch – Berufliche Neuorientierung", "2026-01-12 10:30 +0100",
      """
      Sehr geehrte Frau Harmsen-Ortiz,

      Sie haben sich für eine Beratung zur beruflichen Neuorientierung angemeldet. Wir laden
      Sie zu einem Beratungsgespräch am Donnerstag, 22. Januar 2026, um 9:30 Uhr ein
      (Emil-von-Behring-Straße 10, Zimmer 214).

      Bitte bringen Sie Ihren Lebenslauf und vorhandene Zertifikate mit.

      Mit freundlichen Grüßen
      Ihre Berufsberatung
      """),
    M("other", "de", "dienstplan_juni",
      "Crew Planning <crewplanning-noreply@hessenair.example.de>",
      "Dienstplan Juni 2026 veröffentlicht", "2026-05-18 03:00 +0200",
      """
      Liebe Crew,

      der Dienstplan für Juni 2026 ist im Crew-Portal veröffentlicht. Tauschwünsche können bis
      zum 24. Mai eingereicht werden. Bitte prüfen Sie Ihre Stand-by-Tage und die geänderten
      Meldezeiten in Frankfurt.

      Ihr Crew Planning Team
      """),
    M("other", "de", "webinar_quereinstieg",
      "Aviation Career Forum <events@aviation-careerforum.example.de>",
      "Webinar: Quereinstieg in die Bodenverkehrsdienste – jetzt anmelden",
      "2026-02-14 11:00 +0100",
      None,
      html=newsletter_shell("Webinar: Quereinstieg in die Bodenverkehrsdienste", [
          ("Donnerstag, 5. März, 18 Uhr", "Wie Flugbegleiter*innen am Boden Karriere machen"),
          ("Mit Praxisberichten", "Vom Vorstellungsgespräch bis zur ersten Schicht"),
          ("Jetzt kostenlos anmelden", "Begrenzte Plätze"),
      ], "Sie erhalten diese E-Mail als Mitglied des Aviation Career Forum. Abmelden"),
      hdr=bulk("<events.aviation-careerforum.example.de>",
               "https://aviation-careerforum.example.de/unsub")),
    M("other", "de", "zug_verspaetung", "RheinMainBahn <reiseinfo@rheinmainbahn.example.de>",
      "Ihre Reise heute: Verspätung", "2026-03-18 06:12 +0100",
      """
      Guten Morgen,

      leider hat Ihr Zug RE 4417 Frankfurt (Main) Hbf → München Hbf heute voraussichtlich
      35 Minuten Verspätung. Grund ist eine Reparatur an der Strecke. Ihre Zugbindung ist
      aufgehoben.

      Wir bitten um Entschuldigung.
      Ihre RheinMainBahn
      """),

    # ------------------------------- English -------------------------------
    M("other", "en", "user_research_interview",
      "Priya from TripNest <research@tripnest.example.com>",
      "Quick interview about how you plan your trips? (£40 voucher)", "2026-04-29 15:20 +0100",
      """
      Hi Wiebke,

      I'm Priya, a UX researcher at TripNest. We're running 30-minute user interviews with
      frequent travellers to understand how people manage delays and rebookings. Would you
      like to take part? You'd get a £40 voucher as a thank-you.

      Pick a slot here if you're interested: https://tripnest.example.com/research/book

      Thanks!
      Priya
      """),
    M("other", "en", "aviationjobs_weekly", "AviationJobs Weekly <digest@aviationjobs.example.com>",
      "Your weekly roles: interview tips, 8 new matches, and dealing with rejection",
      "2026-08-24 07:00 +0000",
      """
      AVIATIONJOBS WEEKLY

      8 new roles match "airport operations":
      - Airside Operations Officer, Amsterdam
      - Ground Handling Supervisor, Vienna
      - Ramp Coordinator, Madrid

      Reading list:
      - "Unfortunately..." – how to turn a rejection into feedback
      - 7 questions you will be asked at your next interview
      - Offer negotiation for shift workers

      Manage alerts: https://aviationjobs.example.com/alerts
      """,
      hdr=bulk("AviationJobs Weekly <weekly.aviationjobs.example.com>",
               "https://aviationjobs.example.com/unsubscribe/7714")),
    M("other", "en", "cabin_times_press",
      "Rosa Whitfield <rosa.whitfield@cabintimes.example.co.uk>",
      "Interview request – The Cabin Times", "2026-09-10 11:45 +0100",
      """
      Dear Wiebke,

      I'm writing a feature for The Cabin Times on flight attendants who have moved into
      ground operations. A mutual contact mentioned your story. Would you be willing to do a
      20-minute phone interview with me in the next couple of weeks? Quotes would be checked
      with you before publication.

      Best wishes,
      Rosa Whitfield
      Features Editor, The Cabin Times
      """),
    M("other", "en", "sanne_out_of_office", SANNE,
      "Automatic reply: Re: Change of time: your interview on 19 February",
      "2026-02-17 09:03 +0100",
      """
      Thank you for your email. I am out of the office until Wednesday 18 February with
      limited access to email. For urgent recruitment matters please contact
      talent@schiphaven-cargo.example.nl.

      Kind regards,
      Sanne de Groot
      """,
      hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, parent="schip_own"),
    M("other", "en", "aerotalent_cold_approach",
      "Oliver Pennington <oliver.pennington@aerotalent.example.co.uk>",
      "Airport operations – your next move?", "2026-06-10 08:30 +0100",
      """
      Hi Wiebke,

      I lead the airport operations practice at AeroTalent Partners and came across your
      profile. Cabin crew who move into airside and ground operations tend to do really well
      with a few of the operators I work with in the Netherlands and Germany.

      No specific role right now, but if you're open to it, reply with a few lines on what
      you're looking for and I'll keep you in mind.

      Best,
      Oliver Pennington
      AeroTalent Partners
      """),

    # ------------------------------- French -------------------------------
    M("other", "fr", "envol_carrieres_newsletter",
      "L'Envol Carrières <lettre@envol-carrieres.example.fr>",
      "La lettre de l'Envol : réussir son entretien, rebondir après un refus",
      "2026-05-12 07:00 +0200", None,
      html=newsletter_shell("La lettre de l'Envol – mai 2026", [
          ("Réussir son entretien d'embauche", "Les questions pièges des compagnies"),
          ("Malheureusement…", "Rebondir après un refus de candidature"),
          ("Offres de la semaine", "Agent d'escale, superviseur piste, coordinateur catering"),
      ], "Vous recevez cette lettre car vous êtes inscrite. Se désabonner", lang="fr"),
      hdr=bulk("<lettre.envol-carrieres.example.fr>",
               "https://envol-carrieres.example.fr/desabonnement")),
    M("other", "fr", "candidature_air_occitane_propre", CAND,
      "Candidature – Agent(e) de coordination escale", "2026-05-25 21:04 +0200",
      """
      Madame, Monsieur,

      Hôtesse de l'air depuis neuf ans et cheffe de cabine depuis trois ans, je souhaite
      aujourd'hui mettre mon expérience des escales au service d'une équipe au sol. Je vous
      adresse ma candidature au poste d'agent(e) de coordination escale à Toulouse-Blagnac.

      Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

      Veuillez agréer mes salutations distinguées,
      Wiebke Harmsen-Ortiz
      """,
      to="Air Occitane Régionale <escale@airoccitane.example.fr>",
      pdfs=[("CV_Wiebke_Harmsen-Ortiz.pdf", pdf([
          "Wiebke Harmsen-Ortiz - CV", "Cheffe de cabine, Francfort, 2023-2026"]))],
      cs="iso-8859-1", cte="quoted-printable"),
    M("other", "fr", "formation_session_complete",
      "Aéro Formation Occitanie <inscriptions@aeroformation.example.fr>",
      "Votre inscription – formation Agent d'escale", "2026-03-05 10:15 +0100",
      """
      Madame Harmsen-Ortiz,

      Nous avons bien étudié votre demande d'inscription à la formation « Agent d'escale –
      session d'avril ». Malheureusement, votre candidature n'a pas pu être retenue pour
      cette session, toutes les places ayant été attribuées aux demandeurs d'emploi de la
      région. Nous vous proposons de vous positionner sur la session de septembre.

      Le service Inscriptions
      """),
    M("other", "fr", "visite_medicale_rappel",
      "Centre de médecine aéronautique <rdv@cemaero-toulouse.example.fr>",
      "Rappel : votre rendez-vous du 2 juin", "2026-05-29 09:00 +0200",
      """
      Bonjour,

      Nous vous rappelons votre rendez-vous pour la visite médicale d'aptitude (classe 2)
      avec le Dr Fabre le mardi 2 juin 2026 à 15h00. Merci d'apporter votre dernier certificat
      et vos lunettes le cas échéant.

      En cas d'empêchement, merci de nous prévenir 48 heures à l'avance.
      """),
    M("other", "fr", "visite_appartement_blagnac",
      "Patrick Soulié <patrick.soulie@immo-blagnac.example.fr>",
      "Visite de l'appartement avenue du Parc", "2026-06-06 12:40 +0200",
      """
      Bonjour Madame,

      Suite à votre appel, je vous confirme la visite du T2 meublé au 8 avenue du Parc à
      Blagnac le samedi 13 juin à 10h. Le loyer est de 720 € charges comprises. Merci de
      prévoir vos trois derniers bulletins de salaire.

      Cordialement,
      Patrick Soulié
      Agence Immo Blagnac
      """,
      cs="windows-1252", cte="8bit"),
    M("other", "fr", "amie_propre_entretien", "Élodie Garnier <elodie.garnier@mail.example.fr>",
      "J'ai eu mon entretien !!", "2026-04-14 21:50 +0200",
      """
      Coucou Wiebke,

      Devine quoi : j'ai passé mon entretien chez la compagnie à Nantes ce matin et je crois
      que ça s'est super bien passé ! Ils m'ont dit qu'ils me rappelaient la semaine
      prochaine. Et toi, ça avance tes candidatures au sol ?

      Bisous,
      Élodie
      """,
      name_enc=("b", "utf-8")),
    M("other", "fr", "colis_retarde", "ColisExpress <suivi@colisexpress.example.fr>",
      "Votre colis est retardé", "2026-09-22 14:30 +0200",
      """
      Bonjour,

      Malheureusement, votre colis n° CE 8841 2200 17 FR a pris du retard suite à un incident
      sur notre plateforme de tri. Nous mettons tout en œuvre pour vous le livrer dans les
      meilleurs délais.

      Nous vous prions de nous excuser pour ce désagrément.

      Le service client ColisExpress
      """),
    M("other", "fr", "radio_interview_reconversion",
      "Garonne FM <redaction@garonnefm.example.fr>",
      "Demande d'interview – émission « Nouveaux départs »", "2026-10-05 16:00 +0200",
      """
      Bonjour Madame Harmsen-Ortiz,

      Notre émission « Nouveaux départs » consacre un numéro aux reconversions dans
      l'aéronautique. Accepteriez-vous de nous accorder une interview téléphonique de
      dix minutes, diffusée le 20 octobre ? Nous nous adaptons à vos disponibilités.

      Bien à vous,
      Nina Ferrer, journaliste
      """,
      subj_enc=("q", "utf-8")),

    # ------------------------------- Spanish -------------------------------
    M("other", "es", "empleo_aeropuertos_boletin",
      "Empleo Aeropuertos <boletin@empleoaeropuertos.example.es>",
      "Boletín semanal: 15 ofertas nuevas y cómo afrontar una entrevista",
      "2026-07-20 08:00 +0200", None,
      html=newsletter_shell("Boletín Empleo Aeropuertos", [
          ("Agente de rampa – Madrid-Barajas", "Incorporación inmediata"),
          ("Coordinador/a de escala – Palma", "Contrato de temporada"),
          ("Lamentablemente no te han seleccionado?", "Cinco consejos tras un rechazo"),
          ("Tu próxima entrevista", "Las preguntas más frecuentes"),
      ], "Recibes este boletín porque te suscribiste. Darse de baja", lang="es"),
      hdr=bulk("<boletin.empleoaeropuertos.example.es>",
               "mailto:baja@empleoaeropuertos.example.es")),
    M("other", "es", "banco_posicion_global",
      "Banco Castellana <avisos@bancocastellana.example.es>",
      "Tu posición global a 31 de julio", "2026-08-01 07:00 +0200",
      """
      Hola, Wiebke:

      Ya puedes consultar tu posición global a 31 de julio de 2026 en la app: saldo de cuentas,
      tarjetas y productos de inversión.

      Recuerda que nunca te pediremos tus claves por correo electrónico.

      Banco Castellana
      """),
    M("other", "es", "candidatura_propia_cielo", CAND,
      "Candidatura – Supervisora de Carga de Comidas a Bordo", "2026-07-05 22:18 +0200",
      """
      Estimado equipo de Cielo Catering:

      Os escribo para presentar mi candidatura al puesto de Supervisora de Carga de Comidas a
      Bordo. Como tripulante de cabina he trabajado durante años con los servicios de catering
      en tránsito y conozco bien los tiempos de carga y los problemas habituales.

      Adjunto mi currículum. Quedo a vuestra disposición.

      Un saludo,
      Wiebke Harmsen-Ortiz
      """,
      to="Cielo Catering <empleo@cielocatering.example.es>",
      pdfs=[("CV_Wiebke_Harmsen-Ortiz_ES.pdf", pdf([
          "Wiebke Harmsen-Ortiz - Curriculum", "Sobrecargo, Francfort, 2023-2026"]))]),
    M("other", "es", "amiga_rechazo_propio", "Nuria Beltrán <nuria.beltran@correo.example.es>",
      "Me han dicho que no :(", "2026-06-28 23:05 +0200",
      """
      Wiebke, guapa:

      Pues nada, me acaban de escribir de la aerolínea de Valencia: lamentablemente han
      decidido seguir con otras candidatas. Después de tres entrevistas… Estoy de bajón.
      ¿Hablamos mañana por videollamada?

      Besos,
      Nuria
      """),
    M("other", "es", "visita_piso_chamberi",
      "Inmobiliaria Chamberí <visitas@inmochamberi.example.es>",
      "Visita del piso en calle Fuencarral", "2026-03-23 13:15 +0100",
      """
      Hola, Wiebke:

      Te confirmamos la visita al piso de dos dormitorios en la calle Fuencarral 120 el
      viernes 27 de marzo a las 18:30. Te esperará nuestro compañero Sergio en el portal.

      Un saludo,
      Inmobiliaria Chamberí
      """),
    M("other", "es", "curso_rampa_no_admitida",
      "Academia Aeroformación Madrid <secretaria@aeroformacion.example.es>",
      "Resultado de tu solicitud – Curso de Agente de Rampa", "2026-02-25 12:00 +0100",
      """
      Hola Wiebke:

      Lamentamos comunicarte que no has sido admitida en el Curso de Agente de Rampa de marzo,
      ya que las plazas se han agotado. Si lo deseas, podemos reservarte una plaza para la
      convocatoria de mayo.

      Secretaría, Academia Aeroformación Madrid
      """,
      cs="iso-8859-1", cte="quoted-printable"),
]
