"""Interview invitations of the sixtieth corpus (data only)."""

from __future__ import annotations

from msgs60_base import maker

Inv = maker("interview_invitation")


KAI = "Kai Wozniak-Hartmann <kai.wozniak@example.at>"

INVITES = [
    Inv("telefoninterview_sie", "de", "Steirerfrost", "andrea.pichler@steirerfrost.example.at",
      "Andrea Pichler <andrea.pichler@steirerfrost.example.at>",
      "Ihre Bewerbung als Supply Chain Planner - Telefoninterview", """
      Sehr geehrter Herr Wozniak-Hartmann,

      vielen Dank für Ihre Bewerbung. Ihr Profil hat uns angesprochen und wir würden Sie gerne in einem
      ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

      Wäre Ihnen Dienstag, 10. Februar, um 10:00 Uhr oder Mittwoch, 11. Februar, um 14:30 Uhr recht?
      Ich rufe Sie dann unter der im Lebenslauf angegebenen Nummer an.

      Mit freundlichen Grüßen
      Andrea Pichler
      HR Generalist
      Steirerfrost GmbH | Gleisdorfer Straße 20 | 8200 Gleisdorf
      Tel. +43 3112 000 210
      """, when="2026-02-04 08:55"),

    Inv("videointerview_teams_ics", "de", "Kronauer Pharma", "lisa.huber@kronauer-pharma.example.at",
      "Huber Lisa <lisa.huber@kronauer-pharma.example.at>", "Einladung: Videointerview Produktionsplanung", """
      Sehr geehrter Herr Wozniak-Hartmann,

      wie telefonisch besprochen sende ich Ihnen anbei die Einladung zum Videointerview über Microsoft
      Teams am Donnerstag, 5. März 2026, 09:00-09:45 Uhr.

      Teilnehmen werden Herr DI Rainer Stadler (Leitung Produktionsplanung) und ich.

      ________________________________________________________________________________
      Microsoft Teams-Besprechung
      Nehmen Sie auf Ihrem Computer, in der mobilen App oder über ein Raumgerät teil
      Hier klicken, um an der Besprechung teilzunehmen
      Besprechungs-ID: 312 445 998 017  Kennung: Xk7Tb2
      ________________________________________________________________________________

      Freundliche Grüße
      Lisa Huber
      Kronauer Pharma GmbH, Werk Kundl
      """, ics="REQUEST", ics_when="20260305T080000Z", ics_title="Videointerview Kronauer Pharma", fmt="alt"),

    Inv("personalberater_du_chat", "de", "Ennstal Landtechnik", "markus.leitner@kaltenbrunner-consult.example.at",
      "Markus Leitner <markus.leitner@kaltenbrunner-consult.example.at>", "Kurzes Telefonat?", """
      Hallo Kai,

      super Neuigkeiten!! Mein Kunde, die Ennstal Landtechnik in Liezen, hat sich deinen Lebenslauf
      angeschaut und möchte dich UNBEDINGT kennenlernen! Erstes Gespräch wäre per Video mit dem
      Werksleiter, ca. 45 Min.

      Hättest du Mo oder Di nächste Woche Zeit? Vormittags wär ideal. Ruf mich am besten kurz an,
      dann stimmen wir alles ab!

      Liebe Grüße & bis bald
      Markus

      Markus Leitner
      Kaltenbrunner Consult | Executive Search Industrie
      Mobil +43 676 000 11 22
      """),

    Inv("softgarden_selfschedule", "de", "Mühlviertler Brauerei", "",
      "Mühlviertler Brauerei <no-reply@softgarden.io>", "Bitte wählen Sie einen Termin für Ihr Kennenlerngespräch", """
      Hallo Herr Wozniak-Hartmann,

      vielen Dank für Ihre Bewerbung als Leitung Beschaffung & Logistik. Wir möchten Sie gerne zu einem
      persönlichen Kennenlerngespräch in Freistadt einladen.

      Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
      https://muehlviertler.softgarden.io/interview/select/8f31c0

      Die Termine sind bis Freitag reserviert. Wir freuen uns auf Sie!

      Beste Grüße
      Ihr Team der Mühlviertler Brauerei
      """, fmt="html"),

    Inv("zweitgespraech_gf", "de", "Salzach Verpackung", "c.eder@salzach-verpackung.example.at",
      "Christina Eder <c.eder@salzach-verpackung.example.at>", "Nächster Schritt", """
      Lieber Herr Wozniak-Hartmann,

      herzlichen Dank für das gute erste Gespräch! Wir würden Sie gerne zu einem zweiten Gespräch mit
      unserer Geschäftsführung, Herrn Mag. Obermayr, einladen - vor Ort in Hallein, Dauer ca. 1,5 Stunden
      inkl. Werksrundgang.

      Vorschlag: Freitag, 20. März, 13:00 Uhr. Passt Ihnen das? Reisekosten übernehmen wir selbstverständlich.

      Herzliche Grüße
      Christina Eder
      Assistenz der Geschäftsführung
      Salzach Verpackung GmbH · Hallein
      """),

    Inv("probearbeitstag", "de", "Gastro Logistik Hofer & Söhne", "office@hofer-soehne.example.at",
      "Hofer & Söhne Office <office@hofer-soehne.example.at>", "Probearbeitstag", """
      Hallo Kai,

      wie am Telefon besprochen würden wir dich gern zu einem Probearbeitstag im Lager Inzersdorf
      einladen. Wie wärs mit Mittwoch 8 Uhr? Bring bitte Sicherheitsschuhe mit, Rest stellen wir.

      Gib uns kurz Bescheid obs passt.

      Lg Sandra
      Gastro Logistik Hofer & Söhne
      """),

    Inv("ch_assessment", "de", "Rheinbahn Logistik", "",
      "Rheinbahn Logistik <jobs-noreply@rheinbahnlog.example.ch>", "Einladung zum Assessment", """
      Sehr geehrter Herr Wozniak-Hartmann

      Wir freuen uns, Sie zu unserem Assessment für die Stelle Teamleiter Disposition einzuladen.

      Datum: Dienstag, 14. April 2026
      Zeit: 08:30 bis ca. 15:00 Uhr
      Ort: Rheinbahn Logistik AG, Hafenstrasse 12, 4057 Basel

      Bitte bestätigen Sie Ihre Teilnahme über das Bewerberportal. Für Rückfragen steht Ihnen Frau
      Brunner unter +41 61 000 33 44 zur Verfügung.

      Freundliche Grüsse
      Rheinbahn Logistik AG
      """, fmt="alt", charset="iso-8859-1"),

    Inv("bund_hearing", "de", "Bundesministerium für Verkehr und Logistik", "bewerbung.personal@bmvl.example.gv.at",
      "Bewerbungsmanagement BMVL <bewerbung.personal@bmvl.example.gv.at>",
      "Einladung zum Hearing - Referent:in Güterverkehr (GZ 2026-0.118.442)", """
      Sehr geehrter Herr Wozniak-Hartmann!

      Auf Grund Ihrer Bewerbung laden wir Sie zu einem Hearing vor der Begutachtungskommission ein.

      Termin: 22. April 2026, 10:30 Uhr
      Ort: Stubenring 99, 1010 Wien, Zimmer 4.12

      Bitte bringen Sie einen amtlichen Lichtbildausweis sowie Originale Ihrer Zeugnisse mit.
      Wir ersuchen um Bestätigung des Termins per E-Mail.

      Mit freundlichen Grüßen
      Für die Bundesministerin:
      Mag. Gerhard Windisch
      Abteilung Präs/3 - Personal
      Bundesministerium für Verkehr und Logistik
      """, charset="iso-8859-1", cte="quoted-printable"),

    Inv("personio_casual", "de", "Reisewerk", "",
      "Reisewerk <notifications@reisewerk.jobs.personio.de>", "Let's talk! 👋", """
      Hi Kai,

      danke für deine Bewerbung als Operations Manager Partner Network! Wir würden dich gerne
      kennenlernen. Buch dir einfach einen Slot für einen 30-minütigen Video-Call mit Jana aus unserem
      People-Team:

      https://calendly.com/reisewerk-people/kennenlernen

      Bis bald!
      Dein Reisewerk Team
      """, fmt="alt"),

    Inv("grazer_uni_gespraech", "de", "Technische Universität Graz", "sekretariat.ilm@tugraz.example.at",
      "Sekretariat ILM <sekretariat.ilm@tugraz.example.at>", "Bewerbung Projektmitarbeiter Logistik", """
      Sehr geehrter Herr Wozniak-Hartmann,

      im Namen von Univ.-Prof. Dr. Lechner darf ich Sie zu einem Vorstellungsgespräch am
      Institut für Logistikmanagement einladen. Das Gespräch findet am 3. Juni um 14:00 Uhr
      in Raum IE02.044, Inffeldgasse 25, statt (alternativ per Webex).

      Bitte teilen Sie uns mit, welche Variante Ihnen lieber ist.

      Mit besten Grüßen
      Birgit Schaller
      Institutssekretariat
      Institut für Logistikmanagement | Technische Universität Graz
      """),

    Inv("aw_chain_termin_bestaetigt", "de", "Voralpen Kunststofftechnik", "s.wimmer@voralpen-kt.example.at",
      "Stefan Wimmer <s.wimmer@voralpen-kt.example.at>", "AW: AW: Bewerbung Einkauf", """
      Hallo Herr Wozniak-Hartmann,

      perfekt, dann fixieren wir Montag 9 Uhr bei uns im Werk in Amstetten. Fragen Sie beim Portier nach mir.

      Bis Montag!
      Stefan Wimmer
      Leiter Einkauf
      """, quote=("outlook_de", KAI, """
      Hallo Herr Wimmer,

      vielen Dank für die Rückmeldung. Montag würde bei mir gut passen, ab 9 Uhr bin ich flexibel.

      Freundliche Grüße
      Kai Wozniak-Hartmann
      """)),

    Inv("stepstone_hm_berlin", "de", "Kiezkauf", "oliver.brandt@kiezkauf.example.de",
      "Oliver Brandt <oliver.brandt@kiezkauf.example.de>", "Kiezkauf x Kai", """
      Hey Kai,

      Oliver hier, ich leite bei Kiezkauf den Bereich Fulfillment. Deine Bewerbung über StepStone hat
      mich echt neugierig gemacht - SAP EWM und gleichzeitig Lust auf Startup, das findet man selten.

      Hast du diese Woche 20 Minuten für einen lockeren Call? Hier mein Kalender:
      https://cal.example.de/oliver-kiezkauf

      Cheers
      Oliver
      """),

    # English
    Inv("goodtime_scheduling", "en", "Pallas Analytics", "emma.clarke@pallas-analytics.example.com",
      "Pallas Analytics Recruiting <scheduling@goodtime.io>", "Schedule your interview with Pallas Analytics", """
      Hi Kai,

      Great news - the hiring team would like to move you to the next stage for the Supply Chain
      Data Analyst position!

      Please use the link below to select a time for a 60-minute technical interview (SQL and a short
      case) with Daniel and Mei:

      Select a time: https://app.goodtime.io/schedule/9b12f7e0

      If none of the times work, just reply to this email and your coordinator will help.

      Thanks,
      Pallas Analytics Recruiting Coordination
      """, reply_to="Emma Clarke <emma.clarke@pallas-analytics.example.com>", fmt="alt"),

    Inv("agency_uk_exclaim", "en", "Brandt Logistics", "tom.fairley@northbridge-search.example.co.uk",
      "Tom Fairley <tom.fairley@northbridge-search.example.co.uk>", "GREAT NEWS!!", """
      Hi Kai!!

      Brilliant news - Brandt Logistics have come back and they'd LOVE to meet you for the Regional
      Operations Manager role! First stage is a Teams call with the Ops Director, 45 mins.

      They've offered Tuesday 2pm or Thursday 10am (UK time). Which works best? Shout if you want
      a prep call beforehand!!

      Speak soon,
      Tom

      Tom Fairley | Principal Consultant | Northbridge Search
      M: +44 7700 900123
      """),

    Inv("polish_owned_panel", "en", "Wisła Machinery", "k.nowak@wisla-machinery.example.pl",
      "Katarzyna Nowak <k.nowak@wisla-machinery.example.pl>", "Invitation to the 2nd stage of recruitment", """
      Dear Mr Kai,

      Thank you for the online meeting. We would like to invite you to the second stage of recruitment
      process for position Procurement Specialist (Central Europe). It will be panel interview with
      our Purchasing Director and Plant Manager in our office in Katowice or via Google Meet if more
      comfortable for you.

      Proposed date: 12 May, 11:00 CET. Please confirm if it is suitable.

      Best regards,
      Katarzyna Nowak
      HR Business Partner
      Wisła Machinery Sp. z o.o.
      """),

    Inv("google_cal_invite_onsite", "en", "Valtera Mobility", "dana.whitfield@valtera-mobility.example.com",
      "Dana Whitfield <dana.whitfield@valtera-mobility.example.com>",
      "Invitation: Onsite interview - Kai Wozniak-Hartmann @ Wed 27 May 2026 10am - 1pm (CEST)", """
      Onsite interview - Kai Wozniak-Hartmann
      Wednesday 27 May 2026 ⋅ 10am – 1pm (Central European Time - Vienna)
      Valtera Mobility, Leopoldstraße 40, Munich

      Hi Kai, looking forward to hosting you. Agenda: 10:00 Ops lead, 11:00 case discussion, 12:00 lunch
      with the team. Ask for me at reception.

      Organizer: dana.whitfield@valtera-mobility.example.com

      Invitation from Google Calendar
      You are receiving this email because you are an attendee on the event.
      """, ics="REQUEST", ics_when="20260527T080000Z", ics_title="Onsite interview - Kai Wozniak-Hartmann"),

    Inv("india_do_revert", "en", "Trikon Consulting", "ritu.menon@trikon-consulting.example.in",
      "Ritu Menon <ritu.menon@trikon-consulting.example.in>", "Interview schedule - SAP IBP Consultant", """
      Dear Kai,

      Hope you are doing well.

      We have gone through your profile and it is matching with our requirement for SAP IBP Consultant
      for our Frankfurt client. Kindly share your availability for a technical discussion with our
      Practice Head this week. Do revert with your convenient slots along with current CTC and notice
      period at the earliest.

      Thanks and regards,
      Ritu Menon
      Senior Recruiter | Trikon Consulting
      """),

    Inv("ashby_short_hm", "en", "Orbitrack", "sam@orbitrack.example.io",
      "Sam Kettering <sam@orbitrack.example.io>", "Following up", """
      Kai - liked your application. Free for a quick chat Thu or Fri? 30 min, video. Send me a couple of times.

      Sam
      CEO, Orbitrack
      """),

    Inv("chilean_owned_en", "en", "Patagonia Fresh Exports", "felipe.araya@patagoniafresh.example.cl",
      "Felipe Araya <felipe.araya@patagoniafresh.example.cl>", "Next steps - Logistics Coordinator Rotterdam", """
      Hi Kai,

      Thanks for your application. We would be happy to continue with a video interview with our
      Rotterdam operations team next week. Could you let me know your availability Monday to
      Wednesday between 15:00 and 18:00 CET?

      Kind regards,
      Felipe Araya
      Talent & Culture | Patagonia Fresh Exports
      """),

    Inv("smartrecruiters_video_next_round", "en", "Corvane Biologics", "",
      "Corvane Biologics <noreply@smartrecruiters.com>",
      "Corvane Biologics: next round for Supply Planner", """
      Dear Kai,

      Congratulations! We'd love to move you to the next stage of our process for the Supply Planner
      position in Vienna.

      The next step is a 45-minute video interview with the hiring manager. Please choose a time slot
      via the link below within 3 business days.

      Schedule interview

      Best regards,
      Corvane Biologics Talent Acquisition
      """, fmt="html"),

    # French
    Inv("fr_entretien_tel", "fr", "Alpirail", "m.giraud@alpirail.example.fr",
      "Mathilde Giraud <m.giraud@alpirail.example.fr>", "Candidature Planificateur Flux - échange téléphonique", """
      Bonjour Kai,

      Merci pour votre candidature au poste de Planificateur Flux Ferroviaires. Votre parcours nous
      intéresse et je vous propose un premier échange téléphonique de 30 minutes.

      Seriez-vous disponible jeudi 19 février à 11h ou vendredi 20 à 16h ?

      Belle journée,
      Mathilde Giraud
      Chargée de recrutement - Alpirail
      """),

    Inv("fr_wttj_visio", "fr", "Circulo", "",
      "Circulo via Welcome to the Jungle <no-reply@welcometothejungle.com>", "Circulo souhaite vous rencontrer", """
      Bonjour Kai,

      Bonne nouvelle : l'équipe de Circulo souhaite échanger avec vous au sujet du poste Ops Manager
      Économie circulaire (Lyon / remote).

      Réservez un créneau de visio de 45 minutes directement dans l'agenda de Léa :
      https://calendly.com/circulo-lea/entretien

      À très vite,
      L'équipe Welcome to the Jungle
      """, fmt="html"),

    Inv("fr_cabinet_entretien_client", "fr", "Sodimat", "antoine.leroy@talentis-rh.example.fr",
      "Antoine Leroy <antoine.leroy@talentis-rh.example.fr>", "Entretien client Sodimat", """
      Bonjour Kai,

      Comme évoqué, notre client Sodimat souhaite vous rencontrer pour le poste de Responsable Achats
      Indirects. L'entretien aura lieu en visio le mardi 9 juin à 10h avec la DAF. Je vous envoie
      l'invitation dans la foulée.

      Pouvez-vous me confirmer ?

      Cordialement,
      Antoine Leroy
      Talentis RH
      06 00 00 00 00
      """),

    # Spanish
    Inv("es_entrevista_presencial", "es", "Transportes Ebro", "rrhh@transportes-ebro.example.es",
      "RRHH Transportes Ebro <rrhh@transportes-ebro.example.es>", "Entrevista - Jefe de Tráfico", """
      Estimado Sr. Wozniak-Hartmann:

      Nos complace invitarle a una entrevista presencial para el puesto de Jefe de Tráfico en nuestras
      oficinas de Zaragoza (Polígono Plaza, calle Bari 33) el próximo jueves 16 de abril a las 10:30 h.

      Le rogamos que confirme su asistencia respondiendo a este correo.

      Atentamente,
      Departamento de Recursos Humanos
      Transportes Ebro S.L.
      """, charset="iso-8859-1", cte="quoted-printable"),

    Inv("es_casual_llamada", "es", "Nubeo", "marta@nubeo.example.es",
      "Marta Ibáñez <marta@nubeo.example.es>", "¿Hablamos?", """
      ¡Hola Kai!

      Soy Marta, de talento en Nubeo. Hemos visto tu candidatura para Customer Success (SAP SCM) y nos
      encantaría tener una primera llamada de 20 minutos contigo. ¿Te viene bien el miércoles por la
      tarde? Si no, dime qué te encaja.

      ¡Un abrazo!
      Marta
      """),
]

MESSAGES = INVITES
