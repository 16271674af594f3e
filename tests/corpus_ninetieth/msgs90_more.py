"""Ninetieth corpus: interview invitations, reschedules and cancellations, missed-interview
notices and offers, written by hand.

Data only; imports msgs90_base.
"""

from msgs90_base import E

INVITES = [
    E("interview_invitation", "sparkasse_videointerview", "de",
      "Carola Wendt <carola.wendt@sparkasse-hohenlohe.example.de>",
      "Einladung zum Videointerview - Referentin Personalentwicklung",
      """Sehr geehrte Frau Adeyemi-Sommer,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt und wir möchten Sie gern näher kennenlernen.

Wir laden Sie herzlich zu einem ersten Videointerview über Microsoft Teams ein:

Termin: Dienstag, 10.03.2026, 10:00 - 11:00 Uhr
Teilnehmende: Frau Dr. Ahlers (Bereichsleitung Personal), Carola Wendt (Personalgewinnung)

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Die Einwahldaten erhalten Sie mit der separaten Kalendereinladung.

Mit freundlichen Grüßen
Carola Wendt
Personalgewinnung
Sparkasse Hohenlohe-Taubergrund
Tel. 07940 555-2241
""", company="Sparkasse Hohenlohe-Taubergrund", contact="carola.wendt@sparkasse-hohenlohe.example.de",
      fmt="ics", ics={"start": "2026-03-10T09:00", "minutes": 60,
                      "summary": "Videointerview Adeyemi-Sommer / Referentin PE",
                      "organizer": "carola.wendt@sparkasse-hohenlohe.example.de",
                      "cn": "Carola Wendt"}),
    E("interview_invitation", "telefoninterview_du", "de",
      "Nils Hartung <nils@zollhaus-digital.example.de>",
      "Kurzer Call?",
      """Hi Friederike,

danke für deine Bewerbung als People Analytics Manager:in! Hast du Lust auf einen kurzen Call (ca. 30 Min) zum gegenseitigen Kennenlernen? Ich könnte Mittwoch oder Donnerstag nachmittag, such dir einfach was aus: https://calendly.com/nils-zollhaus/30min

Freu mich!
Nils

Nils Hartung · Talent Lead · Zollhaus Digital
""", company="Zollhaus Digital", contact="nils@zollhaus-digital.example.de"),
    E("interview_invitation", "assessment_center_konzern", "de",
      "Recruiting Team Auenwerk <recruiting@auenwerk.example.com>",
      "Einladung zum Assessment-Center am 22. April",
      """Sehr geehrte Frau Adeyemi-Sommer,

wir freuen uns, Ihnen mitteilen zu können, dass Sie die erste Auswahlrunde erfolgreich abgeschlossen haben. Hiermit laden wir Sie zu unserem eintägigen Assessment-Center für die Position Senior Change Managerin Transformation ein.

Datum: Mittwoch, 22.04.2026
Uhrzeit: 08:30 Uhr bis ca. 17:00 Uhr
Ort: Auenwerk Campus, Gebäude C, Rheinallee 40, 50667 Köln

Der Tag umfasst eine Fallstudie mit Präsentation, eine Gruppenübung sowie ein Interview mit dem Fachbereich. Bitte bestätigen Sie Ihre Teilnahme bis zum 10.04. über den Link in Ihrem Bewerberportal oder durch Antwort an Frau Nowak (jana.nowak@auenwerk.example.com). Reisekosten erstatten wir nach Vorlage der Belege.

Mit freundlichen Grüßen
Jana Nowak
Talent Acquisition
Auenwerk AG
""", company="Auenwerk", contact="jana.nowak@auenwerk.example.com",
      reply_to="Jana Nowak <jana.nowak@auenwerk.example.com>", fmt="alt", cte="quoted-printable"),
    E("interview_invitation", "betriebsrat_gespraech", "de",
      "Ralf Seidel <ralf.seidel@seidel-druck.example.de>",
      "Nächster Schritt",
      """Hallo Frau Adeyemi-Sommer,

wie am Telefon schon angedeutet: wir würden Sie gern zu einem zweiten Gespräch einladen, diesmal mit unserem Betriebsratsvorsitzenden Herrn Krämer und mir. Passt Ihnen Freitag, der 6. Februar um 13 Uhr bei uns in Leipzig-Plagwitz?

Geben Sie mir kurz Bescheid, dann blocke ich den Raum.

Viele Grüße aus Plagwitz
Ralf Seidel
Geschäftsführer
Seidel Druck & Medien GmbH
Karl-Heine-Str. 88 | 04229 Leipzig
""", company="Seidel Druck & Medien", contact="ralf.seidel@seidel-druck.example.de",
      charset="iso-8859-1", cte="8bit"),
    E("interview_invitation", "auswahlkommission_behoerde", "de",
      "Senatsverwaltung Personalstelle <auswahlverfahren@senfin.example.berlin>",
      "Einladung zum Auswahlgespräch (Kennzahl 12/2026)",
      """Sehr geehrte Frau Adeyemi-Sommer,

im Rahmen des Stellenbesetzungsverfahrens Referentin/Referent für Personalentwicklung (Kennzahl 12/2026) laden wir Sie zu einem strukturierten Auswahlgespräch vor der Personalauswahlkommission ein.

Termin: Montag, 16.03.2026, 14:15 Uhr
Ort: Klosterstraße 59, 10179 Berlin, Raum 3.114

Das Gespräch dauert etwa 45 Minuten. Bitte bringen Sie einen gültigen Lichtbildausweis sowie Originale Ihrer Abschlusszeugnisse mit. Schwerbehinderte Bewerber*innen können die Beteiligung der Schwerbehindertenvertretung wünschen.

Bitte teilen Sie uns bis zum 09.03.2026 mit, ob Sie den Termin wahrnehmen können.

Mit freundlichen Grüßen
Im Auftrag
Dörte Lehmann
Senatsverwaltung für Finanzen
Personalstelle, Referat I B
""", company="Senatsverwaltung für Finanzen", contact="auswahlverfahren@senfin.example.berlin",
      charset="iso-8859-1", cte="quoted-printable"),
    E("interview_invitation", "headhunter_mandant", "de",
      "Philipp von Arnim <p.vonarnim@arnim-associates.example.com>",
      "Vertraulich: Gespräch mit unserem Mandanten",
      """Liebe Frau Adeyemi-Sommer,

gute Nachrichten: Der Mandant (familiengeführter Lebensmittelhersteller in Ostwestfalen, Sie erinnern sich) möchte Sie gern persönlich kennenlernen. Angedacht ist ein 90-minütiges Gespräch mit dem CHRO und dem kaufmännischen Geschäftsführer in Hannover.

Mögliche Termine: 24.02. vormittags oder 26.02. ganztägig. Welcher passt Ihnen? Ich koordiniere dann alles Weitere.

Herzliche Grüße
Philipp von Arnim
Partner

Arnim Associates · Board & Executive Search
Hamburg · Düsseldorf · Zürich
""", company="Arnim Associates", contact="p.vonarnim@arnim-associates.example.com"),
    E("interview_invitation", "goodtime_en_panel", "en",
      "Corvid Payments Recruiting <scheduling@goodtime.example.io>",
      "Action required: schedule your onsite interviews with Corvid Payments",
      """Hi Friederike,

Congratulations on moving to the final stage for Director, People Analytics! Please use the link below to select times for your panel interviews (4 x 45 minutes with the People Leadership team, Finance and one cross-functional partner).

Schedule now: https://app.goodtime.example.io/s/8f2kq1

If none of the times work for you, reply to your recruiter Amara Blake (amara.blake@corvidpay.example.com).

Thanks,
Corvid Payments Recruiting
""", company="Corvid Payments", contact="amara.blake@corvidpay.example.com", fmt="html"),
    E("interview_invitation", "quick_chat_en", "en",
      "Tom Whitfield <tom@kitecrate.example.com>",
      "Quick question",
      """Hey Friederike,

Saw your application come through for the People Ops role - would you be free for a quick chat sometime this week? 20 mins on Zoom, nothing formal. Thurs 3pm CET works for me, otherwise send me a couple of slots.

Tom
Co-founder, Kitecrate

Sent from my iPhone
""", company="Kitecrate", contact="tom@kitecrate.example.com"),
    E("interview_invitation", "next_stage_en_ics", "en",
      "Priya Raman <priya.raman@halden-bank.example.com>",
      "Next stage - HR Business Partner, Markets",
      """Dear Friederike,

Thank you for your time on the phone last week. We'd love to move you to the next stage, which is a 60-minute competency-based interview with Oliver Brandt (Head of HR, Markets) and myself.

I've sent a Teams invite for Thursday 19 March at 11:00 CET. If that doesn't suit, just let me know and we'll find an alternative.

Kind regards,
Priya

Priya Raman
Talent Acquisition Partner
[Halden Bank Europe logo]
Halden Bank Europe | Neue Mainzer Str. 1, Frankfurt | T +49 69 5550 1187
This message is confidential and may be legally privileged. If you are not the intended recipient please notify the sender immediately.
""", company="Halden Bank Europe", contact="priya.raman@halden-bank.example.com", fmt="ics",
      ics={"start": "2026-03-19T10:00", "minutes": 60,
           "summary": "Interview: Friederike Adeyemi-Sommer - HRBP Markets",
           "organizer": "priya.raman@halden-bank.example.com", "cn": "Priya Raman"}),
    E("interview_invitation", "agency_en_exclaim", "en",
      "Kelly Baptiste <kelly@brightlane-talent.example.co.uk>",
      "GREAT NEWS!!",
      """Hi Friederike!!

Amazing news - the client LOVED your CV and want to get you in for a first interview!! It's a video call with the Head of Talent, 45 mins, next Tuesday or Wednesday afternoon (UK time).

Can you send me your availability ASAP? They're moving quickly on this one!

Kelly x

Kelly Baptiste | Principal Consultant | Brightlane Talent
+44 20 7946 0321 | www.brightlane-talent.example.co.uk
""", company="Brightlane Talent", contact="kelly@brightlane-talent.example.co.uk"),
    E("interview_invitation", "teamtailor_self_schedule", "de",
      "Plattenbau Ventures <no-reply@teamtailor.example.com>",
      "Einladung: Wähle deinen Interviewtermin",
      """Hallo Friederike,

wir möchten dich gerne besser kennenlernen! Wähle hier einen passenden Termin für dein erstes Interview (45 Min, Google Meet) mit Hanna aus unserem People-Team:

Termin auswählen → https://plattenbau.teamtailor.example.com/meetings/xk29

Bei Fragen kannst du einfach an hanna.doerr@plattenbau.example.com schreiben.

Bis bald!
Plattenbau Ventures
""", company="Plattenbau Ventures", contact="hanna.doerr@plattenbau.example.com", fmt="html"),
    E("interview_invitation", "klinik_vorstellung", "de",
      "Pflegeheim Haus Lindenhof <verwaltung@haus-lindenhof.example.de>",
      "Vorstellungsgespräch",
      """Sehr geehrte Frau Adeyemi-Sommer,

wir haben uns ueber Ihre Bewerbung als Personalreferentin sehr gefreut und moechten Sie gern zu einem Vorstellungsgespraech einladen.

Wäre es Ihnen am Donnerstag, den 05.02., um 15:30 Uhr moeglich? Das Gespraech findet in unserer Einrichtung statt, Parkplaetze sind vorhanden.

Mit freundlichen Gruessen
Heike Sommerfeld
Einrichtungsleitung
Haus Lindenhof - Wohnen und Pflege im Alter
Lindenstr. 3, 01097 Dresden
""", company="Haus Lindenhof", contact="verwaltung@haus-lindenhof.example.de",
      charset="windows-1252"),
    E("interview_invitation", "praesentation_zweite_runde", "de",
      "Melanie Ostrowski <melanie.ostrowski@rundfunk-nordost.example.de>",
      "Zweite Runde - Präsentation",
      """Liebe Frau Adeyemi-Sommer,

wir freuen uns, Sie in die zweite Runde einzuladen! Wir bitten Sie, im Gespräch eine kurze Präsentation (max. 15 Minuten) zu folgender Fragestellung zu halten:

"Wie würden Sie ein Mentoring-Programm für Nachwuchsführungskräfte in einer öffentlich-rechtlichen Rundfunkanstalt aufbauen?"

Termin: 03.06.2026, 10:00 Uhr, Funkhaus, Raum 5.02. Anschließend Gespräch mit der Abteilungsleitung Personalentwicklung und einem Mitglied des Personalrats.

Bitte bestätigen Sie den Termin kurz.

Beste Grüße
Melanie Ostrowski
Personalentwicklung | Rundfunk Nordost
""", company="Rundfunk Nordost", contact="melanie.ostrowski@rundfunk-nordost.example.de",
      fmt="alt"),
    E("interview_invitation", "wien_kennenlernen", "de",
      "Stefanie Gruber <s.gruber@donaukraft.example.at>",
      "Re: Bewerbung Learning & Development Expertin",
      """Liebe Frau Adeyemi-Sommer,

vielen Dank für Ihre Unterlagen! Wir würden Sie gerne zu einem ersten Kennenlerngespräch via Zoom einladen. Hätten Sie kommende Woche Zeit, etwa am Montag um 9:30 oder am Dienstag um 14:00?

Liebe Grüße aus Wien
Stefanie Gruber
HR Business Partnerin
DONAUKRAFT Energie
""", company="DONAUKRAFT Energie", contact="s.gruber@donaukraft.example.at",
      quote=("gmail", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             "Liebe Frau Gruber,\n\nanbei meine Bewerbung für die Stelle als L&D Expertin.\n\nViele Grüße\nFriederike Adeyemi-Sommer")),
    E("interview_invitation", "ashby_en_recruiter_screen", "en",
      "Ola Nwosu via Ashby <no-reply@ashbyhq.com>",
      "Interview invitation: Recruiter screen with Tessellate",
      """Hi Friederike,

Ola from Tessellate here. Thanks for applying for our Senior People Partner role. I'd like to invite you to a 30-minute recruiter screen.

Please pick a time that works for you: https://jobs.ashbyhq.com/tessellate/interview/9a7c

Looking forward to speaking!
Ola Nwosu
Recruiter, Tessellate
""", company="Tessellate", reply_to="Ola Nwosu <ola@tessellate.example.com>",
      contact="ola@tessellate.example.com", fmt="alt"),
    E("interview_invitation", "us_owned_phone_screen", "en",
      "Brianna Keller <bkeller@ridgeline-outdoor.example.com>",
      "Phone screen - HR Business Partner DACH",
      """Hi Friederike,

Thanks for your interest in the HR Business Partner, DACH role at Ridgeline Outdoor. I'd love to set up a 30-minute phone screen to learn more about your background and walk you through the role.

Are you available Monday, April 13 at 9 AM ET / 3 PM CET? I'll call you on the number on your resume.

Best,
Brianna Keller
Senior Recruiter | Ridgeline Outdoor, Inc.
Boulder, CO
""", company="Ridgeline Outdoor", contact="bkeller@ridgeline-outdoor.example.com", fmt="html",
      cte="quoted-printable"),
    E("interview_invitation", "danish_case_interview", "en",
      "Mette Kjær <mkj@fjordlys.example.dk>",
      "Case interview - Copenhagen",
      """Dear Friederike,

Thank you for the good conversation last Friday. We would like to invite you to the next step: a case interview in our Copenhagen office where you will present an analysis of an anonymised engagement data set (we will send it 48 hours before).

Proposed date: Tuesday 12 May, 13:00-15:00. We cover your travel from Hamburg.

Best regards,
Mette Kjær
People Analytics Lead, Fjordlys A/S
""", company="Fjordlys", contact="mkj@fjordlys.example.dk", charset="iso-8859-1"),
    E("interview_invitation", "references_next_round_en", "en",
      "Aoife Gallagher <aoife.gallagher@brackenridge.example.ie>",
      "Round 2",
      """Hi Friederike,

Good news, the team would like to see you again for a second round - this time with our COO and a member of the Works Council representatives from our Munich site. Could you do Wednesday 8 April, 10:00-11:30, on Teams?

Let me know and I'll send the invite.

Thanks a million,
Aoife

Aoife Gallagher | Talent Partner | Brackenridge
""", company="Brackenridge", contact="aoife.gallagher@brackenridge.example.ie"),
    E("interview_invitation", "fr_entretien_visio", "fr",
      "Sophie Lacombe <s.lacombe@mutuelle-vallee.example.fr>",
      "Invitation à un entretien - Chargée de mission QVT",
      """Bonjour Madame Adeyemi-Sommer,

Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer lors d'un entretien en visioconférence (Teams) avec la Directrice des Ressources Humaines.

Seriez-vous disponible le jeudi 26 mars à 14h30 ? À défaut, merci de nous indiquer vos disponibilités la semaine suivante.

Bien cordialement,
Sophie Lacombe
Chargée de recrutement
Mutuelle de la Vallée
""", company="Mutuelle de la Vallée", contact="s.lacombe@mutuelle-vallee.example.fr",
      charset="iso-8859-1", cte="quoted-printable"),
    E("interview_invitation", "fr_cabinet_client", "fr",
      "Étienne Rouvier <e.rouvier@rouvier-conseil.example.fr>",
      "Votre candidature - point téléphonique",
      """Bonjour Friederike,

Je suis consultant chez Rouvier Conseil et je gère le recrutement d'un(e) Responsable Développement RH pour l'un de nos clients, un groupe hôtelier parisien. Votre profil m'intéresse beaucoup.

Pourriez-vous m'indiquer un créneau pour un premier échange téléphonique de 20 minutes cette semaine ?

Belle journée,
Étienne Rouvier
06 55 55 12 34
""", company="Rouvier Conseil", contact="e.rouvier@rouvier-conseil.example.fr"),
    E("interview_invitation", "es_entrevista_formal", "es",
      "Lucía Fernández <lucia.fernandez@energiasdelnorte.example.es>",
      "Entrevista - HR Business Partner",
      """Estimada Friederike:

Gracias por su interés en Energías del Norte. Nos gustaría invitarle a una entrevista por videollamada con la Directora de Personas el próximo martes 21 de abril a las 10:00 (hora de Madrid).

Le ruego me confirme su disponibilidad.

Un saludo cordial,
Lucía Fernández
Talento y Selección
Energías del Norte
""", company="Energías del Norte", contact="lucia.fernandez@energiasdelnorte.example.es",
      fmt="ics", ics={"start": "2026-04-21T08:00", "minutes": 45,
                      "summary": "Entrevista Friederike Adeyemi-Sommer",
                      "organizer": "lucia.fernandez@energiasdelnorte.example.es",
                      "cn": "Lucía Fernández"}),
    E("interview_invitation", "es_agencia_llamada", "es",
      "Carlos Ibáñez <cibanez@talentia-search.example.es>",
      "Oportunidad L&D en Madrid - ¿hablamos?",
      """Hola Friederike,

¡Gracias por aplicar a la posición de L&D Manager para nuestro cliente del sector seguros! Me encantaría tener una primera llamada contigo para contarte más detalles del proyecto y conocer tus expectativas.

¿Te viene bien el miércoles a las 16:00 o el jueves a las 12:00?

Un saludo,
Carlos Ibáñez
Talentia Search
+34 655 555 019
""", company="Talentia Search", contact="cibanez@talentia-search.example.es"),
    E("interview_invitation", "xing_recruiter_ja_gespraech", "de",
      "Sandra Kühn <sandra.kuehn@kuehn-personalberatung.example.de>",
      "Ihr Profil / Gesprächstermin",
      """Guten Tag Frau Adeyemi-Sommer,

danke für Ihre schnelle Antwort auf XING! Dann lassen Sie uns gern telefonieren - ich schlage Donnerstag, 14 Uhr vor. Ich rufe Sie unter der Nummer aus Ihrem Profil an; falls es nicht passt, nennen Sie mir gern einen Alternativtermin.

Es geht um die Position Leitung Personalentwicklung bei einem Versicherer in Köln.

Beste Grüße
Sandra Kühn
Kühn Personalberatung
""", company="Kühn Personalberatung", contact="sandra.kuehn@kuehn-personalberatung.example.de",
      reply=True),
    E("interview_invitation", "hochschule_ics_zoom", "de",
      "Prof. Dr. Gesine Arndt <gesine.arndt@hs-saaletal.example.de>",
      "Einladung Kennenlerngespräch Referentin Hochschulentwicklung",
      """Sehr geehrte Frau Adeyemi-Sommer,

die Auswahlkommission möchte Sie zu einem Gespräch per Zoom einladen. Die Einladung mit Link liegt dieser Mail als Kalendereintrag bei (Dienstag, 28.04.2026, 13:00 Uhr).

Bitte bereiten Sie einen 10-minütigen Impuls zum Thema "Personalentwicklung für das wissenschaftsunterstützende Personal" vor.

Mit besten Grüßen
Gesine Arndt
Vizepräsidentin für Personal und Organisation
Hochschule Saaletal

PS: Sofern Sie nicht die Staatsangehörigkeit eines EU-Mitgliedstaats besitzen, bringen Sie bitte Ihren Aufenthaltstitel zum Gespräch mit.
""", company="Hochschule Saaletal", contact="gesine.arndt@hs-saaletal.example.de", fmt="ics",
      ics={"start": "2026-04-28T11:00", "minutes": 60, "summary": "Kennenlerngespräch HS-Entwicklung",
           "organizer": "gesine.arndt@hs-saaletal.example.de", "cn": "Gesine Arndt",
           "location": "Zoom"}),
    E("interview_invitation", "fachgespraech_kurz_de", "de",
      "Holger Brandes <holger.brandes@brandes-bau.example.de>",
      "Termin",
      """Moin Frau Adeyemi-Sommer,

passt Ihnen Montag 9 Uhr für ein Gespräch bei uns im Büro (Hafencity)? Dann lernen Sie auch gleich unseren Bauleiter kennen.

Gruß
Holger Brandes
Brandes Bau
""", company="Brandes Bau", contact="holger.brandes@brandes-bau.example.de"),
]

RESCHEDULES = [
    E("interview_reschedule_or_cancel", "terminverschiebung_krank", "de",
      "Carola Wendt <carola.wendt@sparkasse-hohenlohe.example.de>",
      "AW: Einladung zum Videointerview - Terminverschiebung",
      """Sehr geehrte Frau Adeyemi-Sommer,

leider ist Frau Dr. Ahlers kurzfristig erkrankt, sodass wir unser Gespräch am Dienstag verschieben müssen. Können wir alternativ Freitag, 13.03., 10:00 Uhr anbieten? Ich schicke Ihnen bei Zusage eine neue Einladung.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Carola Wendt
Sparkasse Hohenlohe-Taubergrund
""", company="Sparkasse Hohenlohe-Taubergrund", contact="carola.wendt@sparkasse-hohenlohe.example.de",
      quote=("outlook_de", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             "Sehr geehrte Frau Wendt,\n\nvielen Dank, den Termin am 10.03. um 10 Uhr bestätige ich gern.\n\nMit freundlichen Grüßen\nFriederike Adeyemi-Sommer")),
    E("interview_reschedule_or_cancel", "teams_abgesagt_ics", "de",
      "Jana Nowak <jana.nowak@auenwerk.example.com>",
      "Abgesagt: Interview Fachbereich - Adeyemi-Sommer",
      """Hallo Frau Adeyemi-Sommer,

der Termin für das Fachbereichsinterview am 22.04. muss leider entfallen, weil das Assessment-Center verschoben wird. Wir melden uns in den nächsten Tagen mit einem neuen Datum.

Viele Grüße
Jana Nowak
Auenwerk AG
""", company="Auenwerk", contact="jana.nowak@auenwerk.example.com", fmt="ics",
      ics={"start": "2026-04-22T06:30", "minutes": 480, "method": "CANCEL", "sequence": 1,
           "summary": "Assessment-Center Auenwerk", "organizer": "jana.nowak@auenwerk.example.com",
           "cn": "Jana Nowak"}),
    E("interview_reschedule_or_cancel", "du_andere_uhrzeit", "de",
      "Nils Hartung <nils@zollhaus-digital.example.de>",
      "Re: Kurzer Call?",
      """Hey Friederike, sorry für den Hickhack - bei mir ist morgen um 15 Uhr ein Board Meeting reingerutscht. Können wir auf 17 Uhr gehen? Gleicher Link.

Nils
""", company="Zollhaus Digital", contact="nils@zollhaus-digital.example.de",
      quote=("de", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             "Hi Nils,\n\nDonnerstag 15 Uhr ist gebucht, freu mich!\n\nLG Friederike")),
    E("interview_reschedule_or_cancel", "behoerde_termin_aufgehoben", "de",
      "Senatsverwaltung Personalstelle <auswahlverfahren@senfin.example.berlin>",
      "Auswahlgespräch am 16.03.2026 - Terminänderung",
      """Sehr geehrte Frau Adeyemi-Sommer,

aus organisatorischen Gründen muss der Ihnen mitgeteilte Termin für das Auswahlgespräch am 16.03.2026 aufgehoben werden. Das Gespräch findet nunmehr am Mittwoch, 18.03.2026, um 09:30 Uhr am selben Ort statt.

Wir bitten um Rückbestätigung bis zum 12.03.2026.

Mit freundlichen Grüßen
Im Auftrag
Dörte Lehmann
Senatsverwaltung für Finanzen
Personalstelle, Referat I B
""", company="Senatsverwaltung für Finanzen", contact="auswahlverfahren@senfin.example.berlin",
      charset="iso-8859-1"),
    E("interview_reschedule_or_cancel", "headhunter_mandant_verschiebt", "de",
      "Philipp von Arnim <p.vonarnim@arnim-associates.example.com>",
      "Terminänderung Hannover",
      """Liebe Frau Adeyemi-Sommer,

der kaufmännische Geschäftsführer ist am 26.02. doch auf einer Messe - der Mandant bittet deshalb, das Gespräch auf den 4. März, 10 Uhr zu verlegen. Ginge das bei Ihnen? Die Reisekosten werden natürlich weiterhin übernommen.

Herzliche Grüße
Philipp von Arnim
Arnim Associates
""", company="Arnim Associates", contact="p.vonarnim@arnim-associates.example.com"),
    E("interview_reschedule_or_cancel", "pflegeheim_absage_termin", "de",
      "Heike Sommerfeld <verwaltung@haus-lindenhof.example.de>",
      "Termin Donnerstag",
      """Sehr geehrte Frau Adeyemi-Sommer,

wir muessen unseren Termin am Donnerstag leider absagen, wir haben einen Noroviren-Ausbruch im Haus und duerfen bis auf Weiteres keine Besucher empfangen. Ich melde mich, sobald wir einen neuen Termin anbieten koennen.

Mit freundlichen Gruessen
Heike Sommerfeld
Haus Lindenhof
""", company="Haus Lindenhof", contact="verwaltung@haus-lindenhof.example.de",
      charset="windows-1252"),
    E("interview_reschedule_or_cancel", "rundfunk_raumwechsel_verschiebung", "de",
      "Melanie Ostrowski <melanie.ostrowski@rundfunk-nordost.example.de>",
      "WG: Zweite Runde - neuer Termin",
      """Liebe Frau Adeyemi-Sommer,

leider müssen wir das Gespräch am 03.06. verschieben, da der Personalrat an diesem Tag eine Sondersitzung hat. Neuer Vorschlag: Montag, 08.06.2026, 13:00 Uhr, gleicher Raum.

Ich hoffe, das passt Ihnen, und bitte um kurze Bestätigung.

Beste Grüße
Melanie Ostrowski
Rundfunk Nordost
""", company="Rundfunk Nordost", contact="melanie.ostrowski@rundfunk-nordost.example.de",
      fmt="alt", cte="base64"),
    E("interview_reschedule_or_cancel", "wien_zoom_verschoben", "de",
      "Stefanie Gruber <s.gruber@donaukraft.example.at>",
      "Verschiebung unseres Gesprächs",
      """Liebe Frau Adeyemi-Sommer,

ich muss unser Gespräch am Montag leider verschieben - bei uns ist kurzfristig eine Betriebsversammlung angesetzt worden. Würde Ihnen stattdessen Mittwoch, 10:30 Uhr passen?

Liebe Grüße
Stefanie Gruber
DONAUKRAFT Energie
""", company="DONAUKRAFT Energie", contact="s.gruber@donaukraft.example.at"),
    E("interview_reschedule_or_cancel", "en_panel_cancelled_on_hold", "en",
      "Amara Blake <amara.blake@corvidpay.example.com>",
      "Onsite interviews - cancelled",
      """Hi Friederike,

I'm really sorry to do this at short notice, but we have to cancel your onsite panel scheduled for next Thursday. Our CEO has asked us to pause interviews for this role while the team structure is reviewed. I will be in touch as soon as I know more - this isn't a decision about you.

Best,
Amara

Amara Blake | Senior Recruiter | Corvid Payments
""", company="Corvid Payments", contact="amara.blake@corvidpay.example.com"),
    E("interview_reschedule_or_cancel", "en_reschedule_ics", "en",
      "Priya Raman <priya.raman@halden-bank.example.com>",
      "Updated invitation: Interview - HRBP Markets (moved to Friday)",
      """Dear Friederike,

Apologies - Oliver has been pulled into a board meeting on Thursday. I've moved our interview to Friday 20 March at 14:00 CET, same Teams link. Please let me know if that doesn't work.

Kind regards,
Priya
""", company="Halden Bank Europe", contact="priya.raman@halden-bank.example.com", fmt="ics",
      ics={"start": "2026-03-20T13:00", "minutes": 60, "sequence": 2,
           "summary": "Interview: Friederike Adeyemi-Sommer - HRBP Markets",
           "organizer": "priya.raman@halden-bank.example.com", "cn": "Priya Raman"}),
    E("interview_reschedule_or_cancel", "en_mobile_push_back", "en",
      "Tom Whitfield <tom@kitecrate.example.com>",
      "Re: Quick question",
      """Need to push our chat today, flight delayed. tomorrow same time?

Sent from my iPhone
""", company="Kitecrate", contact="tom@kitecrate.example.com",
      quote=("gmail", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             "Hi Tom,\n\nThursday 3pm CET is great, speak then.\n\nBest,\nFriederike")),
    E("interview_reschedule_or_cancel", "en_agency_client_cancel", "en",
      "Kelly Baptiste <kelly@brightlane-talent.example.co.uk>",
      "Tuesday's interview",
      """Hi Friederike,

Bit of a curveball I'm afraid - the client has had to cancel Tuesday's interview as the Head of Talent has been signed off sick for two weeks. They've promised to rebook as soon as she's back. So sorry!!

Kelly x
Brightlane Talent
""", company="Brightlane Talent", contact="kelly@brightlane-talent.example.co.uk"),
    E("interview_reschedule_or_cancel", "fr_report_entretien", "fr",
      "Sophie Lacombe <s.lacombe@mutuelle-vallee.example.fr>",
      "Report de notre entretien du 26 mars",
      """Bonjour Madame Adeyemi-Sommer,

Notre DRH étant retenue par une réunion du CSE, nous sommes contraints de reporter l'entretien prévu jeudi. Pourriez-vous nous indiquer si le lundi 30 mars à 10h vous conviendrait ?

Avec toutes nos excuses pour ce contretemps,
Sophie Lacombe
Mutuelle de la Vallée
""", company="Mutuelle de la Vallée", contact="s.lacombe@mutuelle-vallee.example.fr",
      charset="iso-8859-1", cte="quoted-printable"),
    E("interview_reschedule_or_cancel", "fr_annulation_visio", "fr",
      "Inès Marchetti <ines.marchetti@orsenne.example.com>",
      "Annulation - entretien visio",
      """Bonjour Friederike,

Je suis désolée, je dois annuler notre visio de demain 11h : la manager du poste est en déplacement imprévu. Je reviens vers vous très vite avec de nouveaux créneaux.

Bien à vous,
Inès
""", company="Maison Orsenne", contact="ines.marchetti@orsenne.example.com"),
    E("interview_reschedule_or_cancel", "es_cambio_hora", "es",
      "Lucía Fernández <lucia.fernandez@energiasdelnorte.example.es>",
      "Cambio de hora - entrevista martes",
      """Hola Friederike,

Te escribo porque la Directora de Personas tiene un imprevisto el martes por la mañana. ¿Podríamos pasar la entrevista a las 16:00 del mismo día? Disculpa las molestias.

Un saludo,
Lucía
Energías del Norte
""", company="Energías del Norte", contact="lucia.fernandez@energiasdelnorte.example.es"),
]

MISSED = [
    E("missed_interview_notice", "telefon_nicht_erreicht", "de",
      "Sandra Kühn <sandra.kuehn@kuehn-personalberatung.example.de>",
      "Unser Telefonat heute",
      """Guten Tag Frau Adeyemi-Sommer,

ich habe heute um 14 Uhr wie vereinbart versucht, Sie anzurufen, konnte Sie aber leider nicht erreichen (auch nicht beim zweiten Versuch um 14:10). Ist etwas dazwischengekommen?

Melden Sie sich gern, dann finden wir einen neuen Termin.

Beste Grüße
Sandra Kühn
Kühn Personalberatung
""", company="Kühn Personalberatung", contact="sandra.kuehn@kuehn-personalberatung.example.de"),
    E("missed_interview_notice", "teams_nicht_erschienen", "de",
      "Carola Wendt <carola.wendt@sparkasse-hohenlohe.example.de>",
      "Videointerview heute 10 Uhr",
      """Sehr geehrte Frau Adeyemi-Sommer,

wir hatten uns heute um 10:00 Uhr zum Videointerview verabredet. Leider sind Sie dem Teams-Meeting nicht beigetreten, und wir haben bis 10:20 Uhr gewartet.

Sollte es technische Probleme gegeben haben, lassen Sie es uns bitte wissen.

Mit freundlichen Grüßen
Carola Wendt
Sparkasse Hohenlohe-Taubergrund
""", company="Sparkasse Hohenlohe-Taubergrund", contact="carola.wendt@sparkasse-hohenlohe.example.de"),
    E("missed_interview_notice", "du_haben_dich_vermisst", "de",
      "Hanna Dörr <hanna.doerr@plattenbau.example.com>",
      "Wo warst du? :)",
      """Hi Friederike,

wir saßen eben zu zweit im Google Meet und haben auf dich gewartet - hast du den Termin vielleicht verpasst? Kann ja passieren. Wenn du magst, buch dir einfach einen neuen Slot über den Link aus der letzten Mail.

Liebe Grüße
Hanna
Plattenbau Ventures
""", company="Plattenbau Ventures", contact="hanna.doerr@plattenbau.example.com"),
    E("missed_interview_notice", "geschaeftsfuehrer_vergeblich", "de",
      "Ralf Seidel <ralf.seidel@seidel-druck.example.de>",
      "Heute 13 Uhr",
      """Frau Adeyemi-Sommer,

wir haben heute um 13 Uhr mit Herrn Krämer auf Sie gewartet. Schade, dass Sie nicht gekommen sind und auch nicht abgesagt haben. Falls es einen Grund gab, rufen Sie mich bitte an.

Gruß
R. Seidel
""", company="Seidel Druck & Medien", contact="ralf.seidel@seidel-druck.example.de",
      charset="iso-8859-1"),
    E("missed_interview_notice", "wien_nicht_erreicht", "de",
      "Stefanie Gruber <s.gruber@donaukraft.example.at>",
      "Unser Zoom-Termin",
      """Liebe Frau Adeyemi-Sommer,

ich war heute um 10:30 Uhr im Zoom-Raum, Sie aber leider nicht. Vielleicht ist meine Verschiebungsmail untergegangen? Geben Sie mir gern Bescheid, ob wir einen neuen Termin vereinbaren sollen.

Liebe Grüße
Stefanie Gruber
DONAUKRAFT Energie
""", company="DONAUKRAFT Energie", contact="s.gruber@donaukraft.example.at"),
    E("missed_interview_notice", "en_tried_calling", "en",
      "Brianna Keller <bkeller@ridgeline-outdoor.example.com>",
      "Missed you today",
      """Hi Friederike,

I tried calling you at the scheduled time (3 PM CET) but it went to voicemail. I hope everything is OK! If you're still interested in the HRBP DACH role, reply with a few times that work and we'll get it rescheduled.

Best,
Brianna
Ridgeline Outdoor
""", company="Ridgeline Outdoor", contact="bkeller@ridgeline-outdoor.example.com"),
    E("missed_interview_notice", "en_no_show_ats", "en",
      "Ola Nwosu <ola@tessellate.example.com>",
      "Your recruiter screen with Tessellate",
      """Hi Friederike,

It looks like we missed each other for our recruiter screen this morning - I waited on the call for 15 minutes. No worries if something came up. Just grab another slot here if you'd still like to chat: https://jobs.ashbyhq.com/tessellate/interview/9a7c

Ola
""", company="Tessellate", contact="ola@tessellate.example.com", fmt="alt"),
    E("missed_interview_notice", "en_teams_not_joined", "en",
      "Aoife Gallagher <aoife.gallagher@brackenridge.example.ie>",
      "Re: Round 2",
      """Hi Friederike,

You did not join the Teams meeting this morning and our COO had blocked out the time specially. Could you let me know what happened? We'd still like to find a way forward if possible.

Aoife
""", company="Brackenridge", contact="aoife.gallagher@brackenridge.example.ie",
      quote=("gmail", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             "Hi Aoife,\n\nWednesday 10:00 works, thanks!\n\nFriederike")),
    E("missed_interview_notice", "fr_absente_entretien", "fr",
      "Étienne Rouvier <e.rouvier@rouvier-conseil.example.fr>",
      "Notre point de ce matin",
      """Bonjour Friederike,

Je vous ai appelée ce matin à 9h30 comme convenu, sans réponse, et je vous ai laissé un message vocal. Tout va bien ? Dites-moi si vous souhaitez reprogrammer notre échange.

Bien à vous,
Étienne Rouvier
Rouvier Conseil
""", company="Rouvier Conseil", contact="e.rouvier@rouvier-conseil.example.fr"),
    E("missed_interview_notice", "es_no_conectaste", "es",
      "Carlos Ibáñez <cibanez@talentia-search.example.es>",
      "Llamada de hoy",
      """Hola Friederike,

Te he llamado hoy a las 16:00 como habíamos quedado pero no he podido localizarte. ¿Ha pasado algo? Dime cuándo te va bien y lo intentamos de nuevo.

Un saludo,
Carlos
Talentia Search
""", company="Talentia Search", contact="cibanez@talentia-search.example.es"),
]

OFFERS = [
    E("offer", "vertragsangebot_konzern", "de",
      "Jana Nowak <jana.nowak@auenwerk.example.com>",
      "Ihr Vertragsangebot",
      """Sehr geehrte Frau Adeyemi-Sommer,

wir freuen uns sehr, Ihnen nach dem erfolgreichen Assessment-Center die Position Senior Change Managerin Transformation anbieten zu können!

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung sowie die Anlagen zur betrieblichen Altersversorgung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 29.05.2026 zurück. Für die Vertragsunterzeichnung benötigen wir außerdem ein aktuelles Führungszeugnis.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Jana Nowak
Auenwerk AG
""", company="Auenwerk", contact="jana.nowak@auenwerk.example.com", attach="Arbeitsvertrag_Adeyemi-Sommer.pdf"),
    E("offer", "startup_du_angebot", "de",
      "Lenja Kowalczyk <lenja@hummelflug.example.com>",
      "Angebot 🎉",
      """Liebe Friederike,

wie gerade am Telefon besprochen - hier nochmal schriftlich: wir würden dich sehr gerne als Senior People Partner an Bord holen! Eckdaten: 72k fix, 5% Bonus, 30 Tage Urlaub, 2 Tage/Woche remote, Start 1. Juli.

Den Vertrag schicken wir dir morgen per DocuSign. Meld dich gern mit Fragen!

LG Lenja
Hummelflug
""", company="Hummelflug", contact="lenja@hummelflug.example.com", fmt="alt"),
    E("offer", "stiftung_zusage", "de",
      "Katrin Vollmer <k.vollmer@buergerstiftung-elbauen.example.org>",
      "Zusage Referentin Organisationsentwicklung",
      """Liebe Frau Adeyemi-Sommer,

ich freue mich, Ihnen im Namen des Vorstands mitteilen zu dürfen, dass wir Ihnen die Stelle als Referentin für Organisationsentwicklung anbieten möchten. Die Vergütung richtet sich nach TV-L E 13, Stufe 3.

Bitte lassen Sie uns bis Freitag wissen, ob Sie das Angebot annehmen. Den Vertragsentwurf sende ich Ihnen dann zu.

Herzliche Grüße
Katrin Vollmer
Geschäftsführerin
Bürgerstiftung Elbauen
""", company="Bürgerstiftung Elbauen", contact="k.vollmer@buergerstiftung-elbauen.example.org"),
    E("offer", "behoerde_einstellungszusage", "de",
      "Senatsverwaltung Personalstelle <auswahlverfahren@senfin.example.berlin>",
      "Einstellungszusage vorbehaltlich Zustimmung des Personalrats",
      """Sehr geehrte Frau Adeyemi-Sommer,

ich freue mich, Ihnen mitteilen zu können, dass die Auswahl auf Sie gefallen ist. Vorbehaltlich der Zustimmung des Personalrats und der Frauenvertreterin beabsichtigen wir, Sie zum 01.07.2026 als Referentin für Personalentwicklung (E 13 TV-L) einzustellen.

Bitte reichen Sie bis zum 15.05.2026 ein Führungszeugnis (Belegart O) sowie Nachweise über Ihre Vorbeschäftigungszeiten ein.

Mit freundlichen Grüßen
Im Auftrag
Dörte Lehmann
Senatsverwaltung für Finanzen
Personalstelle, Referat I B
""", company="Senatsverwaltung für Finanzen", contact="auswahlverfahren@senfin.example.berlin",
      charset="iso-8859-1", cte="quoted-printable"),
    E("offer", "headhunter_verbales_angebot", "de",
      "Philipp von Arnim <p.vonarnim@arnim-associates.example.com>",
      "Glückwunsch!",
      """Liebe Frau Adeyemi-Sommer,

herzlichen Glückwunsch - der Mandant möchte Ihnen die Position als Leiterin Personal- und Organisationsentwicklung anbieten! Wie besprochen: 98.000 EUR Fixum, 15% variabel, Dienstwagen. Das schriftliche Angebot kommt in den nächsten Tagen direkt von der Gesellschaft.

Ich rufe Sie heute Abend noch einmal an, um die Details durchzugehen.

Herzliche Grüße
Philipp von Arnim
Arnim Associates
""", company="Arnim Associates", contact="p.vonarnim@arnim-associates.example.com"),
    E("offer", "en_offer_letter_attached", "en",
      "Priya Raman <priya.raman@halden-bank.example.com>",
      "Offer of employment - HR Business Partner, Markets",
      """Dear Friederike,

Further to my call earlier today, I am delighted to confirm that Halden Bank Europe would like to offer you the position of HR Business Partner, Markets. Please find your offer letter and contract attached.

The offer is conditional on satisfactory references and a background check. Please sign and return by 10 April 2026.

Warm regards,
Priya Raman
Talent Acquisition Partner, Halden Bank Europe
""", company="Halden Bank Europe", contact="priya.raman@halden-bank.example.com",
      attach="Offer_Letter_FAdeyemiSommer.pdf", fmt="alt"),
    E("offer", "en_pleased_to_offer_us", "en",
      "Brianna Keller <bkeller@ridgeline-outdoor.example.com>",
      "Ridgeline Outdoor - Offer",
      """Hi Friederike,

We are so pleased to offer you the role of HR Business Partner, DACH! Everyone you met was really impressed. Your formal offer is waiting for you to review and e-sign in our portal; it expires in 5 business days.

Let's set up a call to go over benefits whenever suits.

Best,
Brianna
""", company="Ridgeline Outdoor", contact="bkeller@ridgeline-outdoor.example.com", fmt="html"),
    E("offer", "en_danish_offer", "en",
      "Mette Kjær <mkj@fjordlys.example.dk>",
      "Offer - People Analytics Specialist",
      """Dear Friederike,

It is my pleasure to offer you the position as People Analytics Specialist at Fjordlys. Attached you will find the contract. Salary as discussed: DKK 52,000 per month plus pension 10%.

Please take the time you need to read it through, and do not hesitate to call me.

Venlig hilsen / Best regards,
Mette Kjær
Fjordlys A/S
""", company="Fjordlys", contact="mkj@fjordlys.example.dk", attach="Employment_contract.pdf",
      charset="iso-8859-1"),
    E("offer", "fr_promesse_embauche", "fr",
      "Sophie Lacombe <s.lacombe@mutuelle-vallee.example.fr>",
      "Proposition d'embauche",
      """Bonjour Madame Adeyemi-Sommer,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste de Chargée de mission QVT en CDI. Vous trouverez ci-joint notre proposition détaillée (rémunération, date de démarrage au 1er juin).

Nous vous remercions de nous faire part de votre réponse avant le 15 mai.

Bien cordialement,
Sophie Lacombe
Mutuelle de la Vallée
""", company="Mutuelle de la Vallée", contact="s.lacombe@mutuelle-vallee.example.fr",
      attach="Proposition_embauche.pdf"),
    E("offer", "es_oferta_contrato", "es",
      "Javi Romero <javi@cactuslab.example.es>",
      "Oferta!",
      """Hola Friederike!

Al final la otra persona no pudo incorporarse y nos encantaría ofrecerte a ti el puesto de People & Culture Lead. Te adjunto la carta de oferta con las condiciones (52k brutos + stock options). ¿Lo hablamos mañana?

Un abrazo,
Javi
Cactus Lab
""", company="Cactus Lab", contact="javi@cactuslab.example.es", attach="Carta_oferta.pdf"),
]

MESSAGES = INVITES + RESCHEDULES + MISSED + OFFERS
