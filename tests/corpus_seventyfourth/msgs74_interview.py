"""Interview invitations (25), reschedules/cancellations (15) and missed-interview notices (10)."""

from __future__ import annotations

from msgs74_base import dt, m

INV, RES, MISS = "interview_invitation", "interview_reschedule_or_cancel", "missed_interview_notice"

MESSAGES = [
    # ---- invitations
    m(INV, "telefoninterview_sie", "de", ("Katrin Eder", "katrin.eder@pichler-foerdertechnik.example.at"),
      "Ihre Bewerbung - Einladung Telefoninterview", dt("2026-01-14 10:05"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

vielen Dank für Ihre Bewerbung als Projektleiter Intralogistik. Ihr Profil hat uns angesprochen und wir würden Sie gerne in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Würde Ihnen Dienstag, der 20.01., um 10:00 Uhr oder Mittwoch, der 21.01., um 14:30 Uhr passen? Ich rufe Sie dann unter der angegebenen Mobilnummer an.

Mit freundlichen Grüßen
Katrin Eder
HR Business Partner
Pichler Fördertechnik GmbH | Salzburger Straße 12 | 5110 Oberndorf
Tel. +43 6272 4400-231""",
      co="Pichler Fördertechnik"),
    m(INV, "calendly_du_startup", "de", ("Moritz Langer", "moritz@kinetiq-systems.example.de"),
      "Kurzer Call?", dt("2026-01-27 21:13"),
      """Hey Jonas,

danke für deine Bewerbung als Technical Product Manager - klingt spannend was du bei deinem letzten AG mit den Prüfständen gemacht hast!

Hättest du Lust auf einen kurzen Kennenlern-Call (20-30 min)? Such dir einfach hier einen Slot aus: https://calendly.com/moritz-kinetiq/kennenlernen

Cheers
Moritz
Co-Founder & CEO, Kinetiq Systems""",
      co="Kinetiq Systems"),
    m(INV, "vorstellungsgespraech_ics", "de", ("Bewerbermanagement Hainzl Schienentechnik", "recruiting@hainzl-schiene.example.at"),
      "Einladung zum Vorstellungsgespräch am 12.02.2026", dt("2026-02-03 09:40"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position "Projektingenieur Drehgestelle" einzuladen:

Termin: Donnerstag, 12. Februar 2026, 09:30 - 11:00 Uhr
Ort: Hainzl Schienentechnik, Werk Graz, Eggenberger Gürtel 40, Empfang Gebäude B
Gesprächspartner: DI Stefan Wurzer (Abteilungsleiter Engineering), Mag. Eva Kogler (HR)

Im Anschluss ist eine kurze Werksbesichtigung geplant. Bitte bringen Sie einen Lichtbildausweis mit. Eine Kalendereinladung finden Sie im Anhang; bitte bestätigen Sie den Termin kurz per Antwort an Frau Kogler.

Mit freundlichen Grüßen
Eva Kogler
Hainzl Schienentechnik GmbH""",
      co="Hainzl Schienentechnik", rt=("Eva Kogler", "eva.kogler@hainzl-schiene.example.at"), fmt="alt",
      ics={"summary": "Vorstellungsgespräch Reitmayr-Lindqvist / Projektingenieur Drehgestelle", "stamp": "20260203T084000Z",
           "start": "20260212T083000Z", "end": "20260212T100000Z", "location": "Werk Graz, Gebäude B",
           "organizer": "eva.kogler@hainzl-schiene.example.at", "cn": "Eva Kogler"}),
    m(INV, "assessment_center", "de", ("Recruiting Center Nordbayerische Energie", "no-reply@nbe-karriere.example.de"),
      "Einladung zum Assessment-Center Trainee Netzprojekte", dt("2026-02-09 11:11"),
      """Guten Tag Herr Reitmayr-Lindqvist,

herzlichen Glückwunsch, Sie haben die erste Auswahlstufe erfolgreich absolviert! Wir laden Sie hiermit zu unserem eintägigen Assessment-Center am 4. März 2026 in Nürnberg ein (Beginn 08:30 Uhr, Ende ca. 17:00 Uhr).

Bitte bestätigen Sie Ihre Teilnahme bis 20.02. über den Link in Ihrem Bewerberportal: https://karriere.nbe.example.de/portal/login

Reisekosten erstatten wir gemäß unserer Richtlinie. Bei Rückfragen erreichen Sie Herrn Dennis Kolb unter dennis.kolb@nbe.example.de.

Freundliche Grüße
Ihr Recruiting Center
Nordbayerische Energie AG""",
      co="Nordbayerische Energie", ct="dennis.kolb@nbe.example.de", fmt="html"),
    m(INV, "schnuppertag_terse", "de", ("Bernhard Kaltenbrunner", "b.kaltenbrunner@kaltenbrunner-maschinen.example.at"),
      "Schnuppertag", dt("2026-02-20 06:52"),
      """Grüß Gott Herr Reitmayr,

wie telefonisch besprochen: kommen Sie doch am Mittwoch 25.2. um 7:30 zu uns ins Werk nach Ried für einen Schnuppertag, dann sehen Sie die Montage und wir reden in Ruhe über die Stelle als Produktionsleiter. Sicherheitsschuhe haben wir da, Größe bitte kurz durchgeben.

Mfg
B. Kaltenbrunner
Geschäftsführer
Kaltenbrunner Maschinenbau GmbH, Ried im Innkreis""",
      co="Kaltenbrunner Maschinenbau"),
    m(INV, "goodtime_next_round_en", "en", ("Samantha Reyes via GoodTime", "scheduling@goodtime.io"),
      "Action required: choose times for your onsite with Trellix Robotics", dt("2026-02-25 15:30", "-0800"),
      """Hi Jonas,

Great news - the Trellix Robotics team would love to move you to the next stage for the Technical Program Manager, Hardware role!

The onsite loop consists of four 45-minute conversations (hiring manager, cross-functional partner, technical deep dive and values). Please select your availability using the link below so we can schedule it:

https://app.goodtime.io/availability/9Qe21XvBk

If none of the times work, just reply to this email and Samantha will help.

Thanks,
Samantha Reyes
Recruiting Coordinator, Trellix Robotics""",
      co="Trellix Robotics", rt=("Samantha Reyes", "samantha.reyes@trellixrobotics.example.com"), fmt="alt"),
    m(INV, "quick_chat_recruiter_inmail_like", "en", ("Oliver Grant", "oliver.grant@harbourside-search.example.co.uk"),
      "Re: your application", dt("2026-03-02 12:44", "+0000"),
      """Hi Jonas,

Thanks for applying for the Bid Manager (Rail Signalling) role I'm handling for my client in Munich. Would you be free for a quick chat on Thursday or Friday this week? Fifteen minutes is plenty - I'd like to run through the role, salary expectations and your notice period before I put you forward.

What's the best number to get you on?

Oliver Grant
Principal Consultant
Harbourside Search
+44 20 7946 0312""",
      co="Harbourside Search", ct="oliver.grant@harbourside-search.example.co.uk"),
    m(INV, "teams_ics_panel", "en", ("Aditi Sharma", "aditi.sharma@nordhavn-medical.example.com"),
      "Invitation: Panel interview - Product Manager Imaging (Jonas Reitmayr-Lindqvist)", dt("2026-03-10 09:00"),
      """Hi Jonas,

As discussed, please find the calendar invite for your panel interview on Tuesday 17 March, 14:00-15:30 CET, via Microsoft Teams.

Panel: Lars Eklund (Director Product Management), Sofia Berg (R&D Lead), and myself.
Please prepare a 10-minute presentation on a product you brought to market, including one thing you would do differently.

Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1ZTg

Best regards,
Aditi Sharma
Talent Acquisition Partner, Nordhavn Medical AB, Gothenburg""",
      co="Nordhavn Medical", fmt="alt",
      ics={"summary": "Panel interview - Product Manager Imaging", "stamp": "20260310T080000Z",
           "start": "20260317T130000Z", "end": "20260317T143000Z"}),
    m(INV, "fachgespraech_zweite_runde", "de", ("Sandra Wimmer", "sandra.wimmer@ostbayern-sensors.example.de"),
      "AW: Ihre Bewerbung als Technical Sales Manager", dt("2026-03-13 14:20"),
      """Hallo Herr Reitmayr-Lindqvist,

vielen Dank nochmal für das nette Videointerview letzte Woche. Wir möchten Sie gerne zur zweiten Runde, einem Fachgespräch mit unserem Vertriebsleiter Herrn Dorfner, zu uns nach Regensburg einladen.

Vorschlag: Freitag, 27.03., 13 Uhr. Falls das nicht klappt, nennen Sie mir gerne zwei, drei Alternativen.

Viele Grüße
Sandra Wimmer
Ostbayern Sensors GmbH - Personal""",
      co="Ostbayern Sensors", fmt="qp",
      q=("outlook_de", "Jonas Reitmayr-Lindqvist <jonas.rl@example.at>", "Montag, 9. März 2026 20:14",
         "Sehr geehrte Frau Wimmer,\n\nvielen Dank für das angenehme Gespräch heute.\n\nBeste Grüße\nJonas Reitmayr-Lindqvist")),
    m(INV, "video_interview_teamtailor", "de", ("Lumenwerk Lichttechnik", "notifications@teamtailor.com"),
      "Einladung zum Videointerview", dt("2026-03-24 10:01"),
      """Hallo Jonas,

wir möchten dich gerne besser kennenlernen! Bitte wähle über den folgenden Link einen passenden Termin für ein Videointerview mit Julia aus unserem Produktmanagement:

https://lumenwerk.teamtailor.com/meetings/book/3f8a2

Das Gespräch dauert etwa 45 Minuten und findet über Google Meet statt.

Bis bald
Julia Stöckl
Lumenwerk Lichttechnik, Innsbruck""",
      co="Lumenwerk Lichttechnik", rt=("Julia Stöckl", "julia.stoeckl@lumenwerk.example.at"), fmt="html"),
    m(INV, "betriebsrat_gespraech", "de", ("Harald Pirker", "harald.pirker@murtal-stahl.example.at"),
      "Nächster Schritt - Gespräch mit GF und Betriebsrat", dt("2026-04-08 16:10", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

nach den positiven Gesprächen möchten wir Sie zu einem abschließenden Gespräch mit unserer Geschäftsführung sowie einem Vertreter des Betriebsrates einladen. Termin wäre Dienstag, 14. April, 10:00 Uhr in Judenburg.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
Harald Pirker
Leitung Personal
Murtal Stahl GmbH""",
      co="Murtal Stahl", fmt="latin1"),
    m(INV, "headhunter_vorstellung_kunde", "de", ("Dr. Clemens Aigner", "aigner@aigner-cie.example.at"),
      "Mandat Projektleitung Medizintechnik - Kennenlernen beim Kunden", dt("2026-04-16 08:30", "+0200"),
      """Lieber Herr Reitmayr-Lindqvist,

erfreuliche Nachrichten: unser Mandant, die Halder Medical Systems, möchte Sie gerne persönlich kennenlernen. Angedacht ist ein Gespräch mit dem Leiter der Entwicklung am 23. oder 24. April vormittags in Salzburg.

Darf ich Ihnen einen der Termine fix einbuchen? Ich rufe Sie morgen im Laufe des Vormittags an, um die Details zu besprechen.

Herzliche Grüße
Clemens Aigner

Aigner & Cie.
Mozartplatz 4, 5020 Salzburg
+43 662 84 12 90""",
      co="Halder Medical Systems"),
    m(INV, "smartrecruiters_self_schedule_en", "en", ("Velora Mobility", "noreply@smartrecruiters.com"),
      "Velora Mobility - Schedule your interview", dt("2026-04-22 13:00", "+0200"),
      """Hi Jonas,

Thank you for your interest in the Homologation Project Manager position at Velora Mobility. We would like to invite you to a first interview with our hiring team.

Please use the link below to book a time slot that suits you:
https://jobs.smartrecruiters.com/interview/VeloraMobility/8c1d0e

Kind regards,
Velora Mobility Recruiting""",
      co="Velora Mobility", fmt="html"),
    m(INV, "israeli_startup_phone_screen", "en", ("Yael Mizrahi", "yael@cellaris.example.co.il"),
      "Quick question", dt("2026-05-05 11:37", "+0300"),
      """Hey Jonas,

I'm the VP Product at Cellaris - we got your CV for the Field Product Manager (DACH) role. Short and to the point: are you available for a 30 min phone screen tomorrow or Thursday? Any time between 9 and 17 CET works for me. Send me a number and a time.

Yael

Sent from my Android""",
      co="Cellaris"),
    m(INV, "workday_interview_invite_en", "en", ("Helvion Industrial Talent Acquisition", "helvion@myworkday.com"),
      "Interview Invitation - Senior Quality Engineer (JR-118204)", dt("2026-05-18 09:15", "+0200"),
      """Dear Jonas,

We are pleased to invite you to an interview for the position of Senior Quality Engineer (JR-118204) at our Stuttgart site.

Date: Wednesday, 27 May 2026
Time: 13:00 - 14:30 CEST
Format: On-site, Helvion Industrial, Heilbronner Str. 190, 70191 Stuttgart
Interviewers: Dr. Ralf Becker, Head of Quality; Mei Lin, HR Business Partner

Please confirm your attendance by replying to your recruiter, Mei Lin (mei.lin@helvion.example.com).

Kind regards,
Helvion Industrial Talent Acquisition""",
      co="Helvion Industrial", ct="mei.lin@helvion.example.com", fmt="alt",
      ics={"summary": "Interview: Senior Quality Engineer - Jonas Reitmayr-Lindqvist", "stamp": "20260518T071500Z",
           "start": "20260527T110000Z", "end": "20260527T123000Z", "location": "Heilbronner Str. 190, Stuttgart",
           "organizer": "mei.lin@helvion.example.com", "cn": "Mei Lin"}),
    m(INV, "probearbeiten_swiss", "de", ("Nadine Frei", "nadine.frei@frei-metallbau.example.ch"),
      "Probearbeitstag", dt("2026-05-26 15:15", "+0200"),
      """Guten Tag Herr Reitmayr-Lindqvist

Vielen Dank für das gute Gespräch. Gerne würden wir Sie zu einem Probearbeitstag in unserer Fertigung in Zürich-Altstetten einladen, damit Sie das Team und die Abläufe kennenlernen. Passt Ihnen der 3. Juni?

Freundliche Grüsse
Nadine Frei
Frei Metallbau AG""",
      co="Frei Metallbau"),
    m(INV, "fr_entretien_visio", "fr", ("Sophie Lambert", "sophie.lambert@ferrovia-ingenierie.example.fr"),
      "Invitation à un entretien - Chef de projet matériel roulant", dt("2026-06-02 09:47", "+0200"),
      """Bonjour Monsieur Reitmayr-Lindqvist,

Suite à l'examen de votre candidature, nous souhaiterions vous rencontrer en visioconférence pour un premier entretien d'environ 45 minutes.

Seriez-vous disponible le jeudi 11 juin à 10h30 ou le vendredi 12 juin à 14h ? Je vous enverrai ensuite le lien Teams.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Sophie Lambert
Responsable recrutement
Ferrovia Ingénierie - Lyon""",
      co="Ferrovia Ingénierie", fmt="qp"),
    m(INV, "fr_prochaine_etape_tu", "fr", ("Thomas Girard", "thomas@pilotis.example.fr"),
      "Prochaine étape", dt("2026-06-19 18:02", "+0200"),
      """Salut Jonas,

Merci encore pour l'échange de mardi ! Bonne nouvelle : on aimerait te faire passer à l'étape suivante, un entretien technique avec notre CTO. Tu peux choisir un créneau ici : https://cal.com/pilotis/entretien-technique

À très vite,
Thomas
Pilotis - Head of Talent""",
      co="Pilotis"),
    m(INV, "es_entrevista_telefonica", "es", ("Lucía Fernández", "lucia.fernandez@talgo-norte.example.es"),
      "Entrevista telefónica - Ingeniero/a de Calidad", dt("2026-06-24 10:30", "+0200"),
      """Buenos días Jonas,

Hemos revisado tu candidatura para el puesto de Ingeniero/a de Calidad en nuestra planta de Bilbao y nos gustaría tener una primera entrevista telefónica contigo.

¿Te vendría bien el lunes 29 de junio a las 11:00? Si no, indícame tu disponibilidad esta semana.

Un saludo,
Lucía Fernández
Técnica de Selección
Ferrocarriles Talgo Norte""",
      co="Ferrocarriles Talgo Norte"),
    m(INV, "es_mexico_segunda_entrevista", "es", ("Ricardo Salinas", "rsalinas@cobrex-industrial.example.mx"),
      "RV: Segunda entrevista", dt("2026-07-07 09:12", "-0600"),
      """Jonas, buen día:

Te confirmo la segunda entrevista con el Ing. Herrera (Director de Operaciones Europa) para el jueves 9 de julio, 17:00 hora de Madrid, por Zoom. Te comparto el enlace: https://zoom.us/j/8812447730

Quedo atento a tu confirmación.

Saludos cordiales,
Ricardo Salinas
Cobrex Industrial""",
      co="Cobrex Industrial",
      fwd="""
---------- Mensaje reenviado ---------
De: Héctor Herrera <hherrera@cobrex-industrial.example.mx>
Fecha: lun, 6 jul 2026 a las 18:40
Asunto: Segunda entrevista
Para: Ricardo Salinas <rsalinas@cobrex-industrial.example.mx>

Ricardo, me interesa mucho el candidato austriaco. Agéndale el jueves por la tarde (hora de Europa), por favor.

Héctor Herrera
Director de Operaciones Europa
""",
      ics={"summary": "Segunda entrevista - Jonas Reitmayr-Lindqvist", "stamp": "20260707T151200Z",
           "start": "20260709T150000Z", "end": "20260709T160000Z", "location": "Zoom"}),
    m(INV, "es_agencia_catalan", "es", ("Pau Roig", "pau.roig@talentbarna.example.es"),
      "Oportunidad Product Manager - ¿hablamos?", dt("2026-07-20 12:05", "+0200"),
      """Hola Jonas!

Gracias por aplicar a la posición de Product Manager en Hidrobarna a través de nosotros. El cliente ha visto tu CV y quiere entrevistarte!! ¿Tienes disponibilidad el miércoles o jueves por la tarde para una videollamada de 45 minutos con la directora de producto?

Dime y lo cierro hoy mismo!

Pau Roig
Consultor Senior | Talent Barna
+34 931 55 20 81""",
      co="Hidrobarna"),
    m(INV, "reference_and_interview_de", "de", ("Elisabeth Steindl", "e.steindl@donau-bahnsysteme.example.at"),
      "Einladung Zweitgespräch und Referenzen", dt("2026-08-04 10:40", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

wir würden Sie gerne zu einem Zweitgespräch mit Herrn Ing. Brandstätter am 13. August um 9:00 Uhr in unsere Zentrale in Wien-Floridsdorf einladen.

Außerdem bitte ich Sie, mir vorab zwei Referenzpersonen (Name, Funktion, Telefonnummer) zu nennen.

Mit freundlichen Grüßen
Elisabeth Steindl
Donau Bahnsysteme GmbH""",
      co="Donau Bahnsysteme", fmt="cp1252"),
    m(INV, "lever_onsite_gothenburg", "en", ("Erik Lindström", "erik.lindstrom@vastkust-energy.example.se"),
      "Next steps with Västkust Energy", dt("2026-08-26 13:55", "+0200"),
      """Hi Jonas,

Thanks for a great conversation yesterday. We'd like to invite you to an onsite interview at our Gothenburg office to meet the wider team. We'll cover travel and one night's accommodation.

Would the week of 7 September work? I'll send over proposed times once you confirm.

Best,
Erik
--
Erik Lindström | Talent Acquisition | Västkust Energy AB""",
      co="Västkust Energy"),
    m(INV, "ams_vermittlung_vorstellung", "de", ("Lisa Ortner", "lisa.ortner@technopersonal.example.at"),
      "Vorstellungstermin Fa. Riedl Prüftechnik", dt("2026-09-08 08:15", "+0200"),
      """Hallo Herr Reitmayr-Lindqvist,

die Fa. Riedl Prüftechnik möchte Sie gerne zu einem Vorstellungsgespräch einladen für die Stelle als Projektleiter Prüfstandsbau (Überlassung mit Übernahmeoption).

Termin: Do, 17.09., 13:30 Uhr, Linz, Wiener Straße 131
Ansprechpartner vor Ort: Herr Ing. Riedl jun.

Bitte kurze Bestätigung an mich. Danke!

LG Lisa Ortner
Technopersonal Personalbereitstellung GmbH
Tel +43 732 77 88 40""",
      co="Riedl Prüftechnik"),
    m(INV, "tu_berufungs_vortrag", "de", ("Sekretariat Lehrstuhl Fertigungstechnik", "sekretariat.lft@tu-oberrhein.example.de"),
      "Einladung zum Auswahlgespräch - Oberingenieur/in", dt("2026-09-29 11:00", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

im Auftrag von Prof. Dr. Kessler lade ich Sie zu einem Auswahlgespräch für die Stelle als Oberingenieur/in am Lehrstuhl für Fertigungstechnik ein. Das Gespräch findet am 08.10.2026 um 14:00 Uhr in Raum 2.104 statt und beginnt mit einem 15-minütigen Vortrag über Ihre bisherigen Projekte.

Bitte bestätigen Sie den Termin bis zum 02.10.

Mit freundlichen Grüßen
Martina Vogt
Sekretariat Lehrstuhl für Fertigungstechnik
Technische Universität Oberrhein""",
      co="Technische Universität Oberrhein"),
    # ---- reschedules and cancellations
    m(RES, "verschiebung_krank", "de", ("Katrin Eder", "katrin.eder@pichler-foerdertechnik.example.at"),
      "AW: Ihre Bewerbung - Einladung Telefoninterview", dt("2026-01-19 16:48"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

leider muss ich unser Telefonat morgen krankheitsbedingt absagen. Könnten wir es auf Freitag, 23.01., 10:00 Uhr verschieben? Ich entschuldige mich für die Umstände.

Mit freundlichen Grüßen
Katrin Eder
Pichler Fördertechnik GmbH""",
      co="Pichler Fördertechnik",
      q=("de", "Jonas Reitmayr-Lindqvist <jonas.rl@example.at>", "14.01.2026 um 12:31",
         "Sehr geehrte Frau Eder,\n\nDienstag, 20.01. um 10:00 Uhr passt mir sehr gut.\n\nMit freundlichen Grüßen\nJonas Reitmayr-Lindqvist")),
    m(RES, "ics_cancel_teams", "en", ("Aditi Sharma", "aditi.sharma@nordhavn-medical.example.com"),
      "Cancelled: Panel interview - Product Manager Imaging (Jonas Reitmayr-Lindqvist)", dt("2026-03-16 17:05"),
      """Hi Jonas,

Apologies for the late notice - Lars has been called to a customer site tomorrow, so I have to cancel the panel. I'll come back to you with new options by Thursday.

Aditi""",
      co="Nordhavn Medical", fmt="alt",
      ics={"method": "CANCEL", "summary": "Panel interview - Product Manager Imaging", "stamp": "20260316T160500Z",
           "start": "20260317T130000Z", "end": "20260317T143000Z", "seq": "1"}),
    m(RES, "neuer_termin_du", "de", ("Moritz Langer", "moritz@kinetiq-systems.example.de"),
      "Re: Kennenlernen Kinetiq", dt("2026-02-03 08:02"),
      """Hi Jonas, sorry - mir ist heute um 15h ein Investor-Call reingerutscht. Können wir auf morgen gleiche Zeit schieben? Falls nicht, nimm dir einfach einen neuen Slot über den Calendly-Link.

Moritz""",
      co="Kinetiq Systems"),
    m(RES, "werk_termin_verlegt", "de", ("Eva Kogler", "eva.kogler@hainzl-schiene.example.at"),
      "Terminänderung: Vorstellungsgespräch 12.02.", dt("2026-02-09 13:30"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

aufgrund einer kurzfristigen Auditverpflichtung von Herrn DI Wurzer müssen wir Ihr Vorstellungsgespräch leider verschieben. Neuer Termin: Montag, 16. Februar 2026, 13:00 - 14:30 Uhr, gleicher Ort.

Ich hoffe, das ist für Sie möglich. Die aktualisierte Einladung finden Sie im Anhang.

Mit freundlichen Grüßen
Eva Kogler
Hainzl Schienentechnik GmbH""",
      co="Hainzl Schienentechnik", fmt="alt",
      ics={"summary": "Vorstellungsgespräch Reitmayr-Lindqvist / Projektingenieur Drehgestelle", "stamp": "20260209T123000Z",
           "start": "20260216T120000Z", "end": "20260216T133000Z", "location": "Werk Graz, Gebäude B", "seq": "1"}),
    m(RES, "agency_client_postponed_en", "en", ("Oliver Grant", "oliver.grant@harbourside-search.example.co.uk"),
      "Change of plan for Wednesday", dt("2026-03-17 10:12", "+0000"),
      """Hi Jonas,

Bit of a curveball I'm afraid - the client needs to push Wednesday's interview with their Head of Bids back by a week as she's been pulled into a tender submission. They've proposed Wednesday 25th at the same time (11:00 CET). Can you let me know if that still works?

Apologies for the shuffle.

Oliver
Harbourside Search""",
      co="Harbourside Search"),
    m(RES, "goodtime_reschedule", "en", ("Trellix Robotics Recruiting", "scheduling@goodtime.io"),
      "Updated: Your onsite interview with Trellix Robotics has been rescheduled", dt("2026-03-06 12:00", "-0800"),
      """Hi Jonas,

Your onsite interview for Technical Program Manager, Hardware has been moved due to interviewer availability.

New date: Thursday, March 19, 2026
Schedule (CET): 17:00 Hiring manager · 17:45 Cross-functional · 18:30 Technical deep dive · 19:15 Values

Updated calendar invitations will follow. Reply to this email to reach Samantha Reyes.

Trellix Robotics Recruiting""",
      co="Trellix Robotics", rt=("Samantha Reyes", "samantha.reyes@trellixrobotics.example.com"), fmt="html"),
    m(RES, "absage_termin_stelle_offen", "de", ("Sandra Wimmer", "sandra.wimmer@ostbayern-sensors.example.de"),
      "Fachgespräch 27.03. - leider Absage des Termins", dt("2026-03-25 09:20"),
      """Hallo Herr Reitmayr-Lindqvist,

ich muss Ihnen leider mitteilen, dass Herr Dorfner am Freitag kurzfristig auf Kundenbesuch in Shanghai ist. Wir müssen den Termin daher absagen. Sobald er zurück ist, melde ich mich mit zwei Alternativterminen Anfang April.

Das Interesse an Ihnen ist unverändert groß!

Viele Grüße
Sandra Wimmer
Ostbayern Sensors GmbH""",
      co="Ostbayern Sensors", fmt="qp"),
    m(RES, "swiss_verschiebung", "de", ("Nadine Frei", "nadine.frei@frei-metallbau.example.ch"),
      "Verschiebung Probearbeitstag", dt("2026-05-29 07:40", "+0200"),
      """Guten Tag Herr Reitmayr-Lindqvist

Leider hat sich bei uns eine Maschinenabnahme auf den 3. Juni verschoben, darum müssen wir den Probearbeitstag verlegen. Würde Ihnen stattdessen Dienstag, der 9. Juni, passen?

Freundliche Grüsse
Nadine Frei""",
      co="Frei Metallbau"),
    m(RES, "fr_report_entretien", "fr", ("Sophie Lambert", "sophie.lambert@ferrovia-ingenierie.example.fr"),
      "Report de notre entretien", dt("2026-06-10 17:30", "+0200"),
      """Bonjour Monsieur Reitmayr-Lindqvist,

En raison d'un imprévu, je suis contrainte de reporter notre entretien prévu demain à 10h30. Pourriez-vous me proposer un nouveau créneau la semaine prochaine, idéalement le mardi 16 ou le mercredi 17 juin ?

Avec toutes mes excuses pour ce contretemps.

Cordialement,
Sophie Lambert
Ferrovia Ingénierie""",
      co="Ferrovia Ingénierie"),
    m(RES, "fr_annulation_poste", "fr", ("Thomas Girard", "thomas@pilotis.example.fr"),
      "Entretien technique de jeudi", dt("2026-06-24 11:11", "+0200"),
      """Salut Jonas,

Petit contretemps : notre CTO est malade cette semaine, on annule donc l'entretien de jeudi. Je te renvoie un lien pour reprendre un créneau dès qu'il est de retour, normalement début juillet.

Désolé !
Thomas""",
      co="Pilotis"),
    m(RES, "es_cambio_hora", "es", ("Lucía Fernández", "lucia.fernandez@talgo-norte.example.es"),
      "Cambio de hora entrevista", dt("2026-06-26 13:45", "+0200"),
      """Hola Jonas,

Te escribo porque me ha surgido una reunión el lunes a las 11:00. ¿Podríamos pasar la entrevista telefónica a las 12:30 del mismo día? Si no te va bien, buscamos otro hueco.

Perdona las molestias.
Lucía
Ferrocarriles Talgo Norte""",
      co="Ferrocarriles Talgo Norte"),
    m(RES, "es_cancelada_mexico", "es", ("Ricardo Salinas", "rsalinas@cobrex-industrial.example.mx"),
      "Cancelación: Segunda entrevista", dt("2026-07-08 20:30", "-0600"),
      """Jonas, buenas noches:

Lamento avisarte que el Ing. Herrera tuvo que viajar de emergencia a planta y debemos cancelar la entrevista de mañana. Te propongo reagendarla para la próxima semana; te envío opciones el lunes.

Una disculpa por el inconveniente.

Ricardo Salinas
Cobrex Industrial""",
      co="Cobrex Industrial",
      ics={"method": "CANCEL", "summary": "Segunda entrevista - Jonas Reitmayr-Lindqvist", "stamp": "20260709T023000Z",
           "start": "20260709T150000Z", "end": "20260709T160000Z", "location": "Zoom", "seq": "2"}),
    m(RES, "outlook_verschoben_gf", "de", ("Harald Pirker", "harald.pirker@murtal-stahl.example.at"),
      "WG: Terminverschiebung", dt("2026-04-10 12:02", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

wie Sie der untenstehenden Nachricht entnehmen können, ist unser Geschäftsführer am 14.4. verhindert. Ich schlage als Ersatztermin Donnerstag, 16. April, 14:00 Uhr vor. Der Betriebsrat hat bereits zugesagt.

Mit freundlichen Grüßen
Harald Pirker
Murtal Stahl GmbH""",
      co="Murtal Stahl", qsubj="Terminverschiebung",
      q=("outlook_de", "Assistenz Geschäftsführung <assistenz.gf@murtal-stahl.example.at>", "Freitag, 10. April 2026 11:40",
         "Lieber Harald,\n\nHerr Mag. Leitner ist am Dienstag leider in Wien beim Verband. Bitte den Termin mit dem Kandidaten verschieben.\n\nDanke und LG\nMonika")),
    m(RES, "slot_moved_indian_english", "en", ("Ananya Iyer", "ananya.iyer@vasudha-power.example.in"),
      "Rescheduling of your interview", dt("2026-08-18 07:25", "+0530"),
      """Dear Jonas,

Kindly note that due to unavoidable circumstances your technical interview scheduled on 20th August has been preponed to 19th August, 11:30 AM CEST. The Webex link remains the same.

Request you to kindly confirm your availability at the earliest and do revert in case of any difficulty.

Regards,
Ananya Iyer
HR - Vasudha Power Systems""",
      co="Vasudha Power Systems"),
    m(RES, "schnuppertag_verlegt_terse", "de", ("Bernhard Kaltenbrunner", "b.kaltenbrunner@kaltenbrunner-maschinen.example.at"),
      "AW: Schnuppertag", dt("2026-02-23 17:31"),
      """Herr Reitmayr, Mittwoch geht doch nicht, Kunde kommt zur Abnahme. Machen wir Freitag 27.2. selbe Zeit? Kurz Bescheid geben.

Mfg Kaltenbrunner

Gesendet von meinem Huawei-Mobiltelefon""",
      co="Kaltenbrunner Maschinenbau"),
    # ---- missed interviews
    m(MISS, "tried_calling_uk", "en", ("Oliver Grant", "oliver.grant@harbourside-search.example.co.uk"),
      "Missed call - today's interview", dt("2026-03-25 11:25", "+0000"),
      """Hi Jonas,

The client's Head of Bids tried calling you at the scheduled time (11:00) but couldn't get through - it went straight to voicemail. Is everything OK? If something came up, let me know asap and I'll see whether they can fit you in later this week.

Oliver""",
      co="Harbourside Search"),
    m(MISS, "nicht_erschienen_formal", "de", ("Eva Kogler", "eva.kogler@hainzl-schiene.example.at"),
      "Ihr Vorstellungsgespräch am 16.02.2026", dt("2026-02-16 14:10"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

wir hatten heute um 13:00 Uhr einen Termin zum Vorstellungsgespräch vereinbart. Leider sind Sie nicht erschienen und wir konnten Sie auch telefonisch nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Mittwoch bei mir. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle haben.

Mit freundlichen Grüßen
Eva Kogler
Hainzl Schienentechnik GmbH""",
      co="Hainzl Schienentechnik"),
    m(MISS, "teams_not_joined", "en", ("Mei Lin", "mei.lin@helvion.example.com"),
      "Today's interview", dt("2026-05-27 13:40", "+0200"),
      """Hi Jonas,

Dr. Becker and I were waiting for you at reception today at 13:00 for your interview, and I also sent you the Teams link in case you were dialling in - you did not join the Teams meeting either.

I hope everything is alright. Please get in touch when you can so we can understand what happened.

Best regards,
Mei Lin
HR Business Partner, Helvion Industrial""",
      co="Helvion Industrial"),
    m(MISS, "haben_dich_verpasst_du", "de", ("Julia Stöckl", "julia.stoeckl@lumenwerk.example.at"),
      "Haben wir uns verpasst?", dt("2026-03-31 10:20", "+0200"),
      """Hi Jonas,

ich war heute um 10 Uhr im Google Meet, aber du bist leider nicht aufgetaucht. Vielleicht ist was schiefgelaufen mit der Einladung? Buch dir gern nochmal einen neuen Termin über den Link, wenn du weiterhin Interesse hast.

LG Julia
Lumenwerk Lichttechnik""",
      co="Lumenwerk Lichttechnik"),
    m(MISS, "fr_absent_entretien", "fr", ("Sophie Lambert", "sophie.lambert@ferrovia-ingenierie.example.fr"),
      "Entretien de ce jour", dt("2026-06-16 10:05", "+0200"),
      """Bonjour Monsieur Reitmayr-Lindqvist,

Nous vous attendions ce matin à 9h30 sur Teams pour notre entretien, mais ne vous avons pas vu vous connecter. Je me permets de revenir vers vous pour savoir si vous souhaitez toujours poursuivre le processus.

Bien cordialement,
Sophie Lambert
Ferrovia Ingénierie""",
      co="Ferrovia Ingénierie", fmt="latin1"),
    m(MISS, "es_no_te_conectaste", "es", ("Lucía Fernández", "lucia.fernandez@talgo-norte.example.es"),
      "Llamada de hoy", dt("2026-06-29 12:50", "+0200"),
      """Hola Jonas,

Te he llamado a las 12:30 como quedamos, dos veces, pero no he podido contactar contigo. ¿Ha pasado algo? Si sigues interesado dime cuándo te viene bien y lo intentamos de nuevo.

Un saludo,
Lucía""",
      co="Ferrocarriles Talgo Norte"),
    m(MISS, "angerufen_nicht_erreicht", "de", ("Lisa Ortner", "lisa.ortner@technopersonal.example.at"),
      "Vorstellungsgespräch Riedl heute", dt("2026-09-17 14:05", "+0200"),
      """Hallo Herr Reitmayr-Lindqvist,

Herr Riedl hat mich gerade angerufen, Sie sind um 13:30 nicht zum Termin gekommen. Ich hab Sie auch zweimal angerufen. Bitte melden Sie sich dringend bei mir, damit ich dem Kunden was sagen kann.

LG Lisa Ortner
Technopersonal""",
      co="Riedl Prüftechnik"),
    m(MISS, "noshow_israeli_startup", "en", ("Yael Mizrahi", "yael@cellaris.example.co.il"),
      "we missed you", dt("2026-05-07 16:20", "+0300"),
      """Jonas - I dialed in at 14:00 CET as agreed and waited 15 min, no show. Let me know if you still want to talk.

Y.""",
      co="Cellaris"),
    m(MISS, "es_zoom_ausente_mexico", "es", ("Ricardo Salinas", "rsalinas@cobrex-industrial.example.mx"),
      "Entrevista de hoy - no pudimos conectarnos", dt("2026-07-16 10:40", "-0600"),
      """Jonas, buen día:

El Ing. Herrera estuvo esperando en la sala de Zoom a la hora acordada (17:00 hora de Madrid) pero no logramos coincidir. ¿Tuviste algún problema con el enlace?

Quedo atento para ver si podemos reprogramar.

Saludos,
Ricardo Salinas
Cobrex Industrial""",
      co="Cobrex Industrial"),
    m(MISS, "assessment_nicht_teilgenommen", "de", ("Dennis Kolb", "dennis.kolb@nbe.example.de"),
      "Assessment-Center 04.03. - Ihre Teilnahme", dt("2026-03-04 11:30"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

Sie waren für das heutige Assessment-Center ab 08:30 Uhr angemeldet, sind jedoch leider nicht erschienen. Eine Absage lag uns nicht vor.

Bitte teilen Sie uns mit, ob Sie weiterhin am Auswahlverfahren interessiert sind. Ein Nachholtermin ist ggf. im April möglich.

Mit freundlichen Grüßen
Dennis Kolb
Recruiting Center
Nordbayerische Energie AG""",
      co="Nordbayerische Energie"),
]
