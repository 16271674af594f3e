"""Interview invitations, reschedules/cancellations and missed-interview notices (77th corpus)."""

from __future__ import annotations

from msgs77_base import JONAS, msg

INVITE = "interview_invitation"
C = "interview_reschedule_or_cancel"
N = "missed_interview_notice"

INVITES = [
    msg(INVITE, "telefoninterview_personalberatung", "de", "Donauhafen Logistik", "b.reiter@reiter-consulting.test",
        "Bernhard Reiter <b.reiter@reiter-consulting.test>", "01-14 09:22",
        "Donauhafen Logistik – nächster Schritt",
        """Sehr geehrter Herr Wimmer-Adeyemi,

gute Nachrichten: unser Klient, die Donauhafen Logistik, möchte Sie gerne kennenlernen. Als ersten Schritt schlage ich ein ca. 30-minütiges Telefoninterview mit Frau Mag. Strasser (CFO) vor.

Passt Ihnen Donnerstag, 22.01., 14:00 Uhr oder Freitag, 23.01., 10:30 Uhr? Sie würde Sie unter Ihrer Handynummer anrufen.

Bitte kurze Rückmeldung, welcher Termin Ihnen passt.

Mit besten Grüßen
Bernhard Reiter
Reiter Consulting – Executive Search für Finance
Kärntner Ring 5, 1010 Wien
T +43 1 555 1290
"""),
    msg(INVITE, "calendly_startup_en", "en", "Ledgerly", "anna@ledgerly.test",
        "Anna Kowalczyk <anna@ledgerly.test>", "02-03 15:44",
        "Quick chat?",
        """Hi Jonas,

Thanks for applying to the FP&A Lead role at Ledgerly! Your background in controlling at a manufacturer is exactly the kind of thing we're missing on the team.

Would you be free for a quick 25-min chat with me this week or next? Just grab any slot that works here: https://calendly.com/anna-ledgerly/intro-call

Cheers,
Anna
Ledgerly | People & Ops
""", fmt="alt"),
    msg(INVITE, "videointerview_teams_ics", "de", "Bayerische Landesbau", "christine.ott@landesbau-bayern.test",
        "\"Ott, Christine\" <christine.ott@landesbau-bayern.test>", "02-16 11:05",
        "Einladung zum Vorstellungsgespräch (Videointerview) – Referent Controlling",
        """Sehr geehrter Herr Wimmer-Adeyemi,

wir freuen uns, Ihnen mitteilen zu können, dass Sie mit Ihrer Bewerbung für die Stelle als Referent Controlling (m/w/d) in die engere Wahl gekommen sind.

Gerne möchten wir Sie zu einem Videointerview über Microsoft Teams einladen. Die Einladung mit dem Link finden Sie im Anhang dieser E-Mail. Das Gespräch wird ca. 60 Minuten dauern; teilnehmen werden Herr Dr. Kugler (Abteilungsleitung Finanzen) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Christine Ott
Personalgewinnung
Bayerische Landesbau GmbH
Tel.: +49 89 5555 7812
""", fmt="alt", ics={"summary": "Videointerview Referent Controlling – Wimmer-Adeyemi", "days": 6, "hour": 9, "length": 60, "uid": "videointerview.landesbau@landesbau-bayern.test"}),
    msg(INVITE, "goodtime_panel_en", "en", "Corvane Capital", "hannah.ostrowski@corvanecapital.test",
        "Corvane Capital Recruiting <scheduling@goodtime.io>", "03-09 14:30",
        "Action required: schedule your Corvane Capital panel interview",
        """Hi Jonas,

Congratulations on moving forward in the process for Treasury Manager at Corvane Capital! The next step is a virtual panel interview (90 minutes) with members of the Treasury and Risk teams.

Please select your availability using the link below. Slots are offered on a first-come basis and the link expires in 72 hours.

Select availability: https://app.goodtime.io/s/corvane/7f2c19ab

If none of the times work for you, reply to this email and your coordinator will help.

Corvane Capital Recruiting Coordination
""", fmt="html", rt="Hannah Ostrowski <hannah.ostrowski@corvanecapital.test>"),
    msg(INVITE, "zweites_gespraech_gf", "de", "Mostviertler Mühlen", "s.haslinger@mostviertler-muehlen.test",
        "Sabine Haslinger <s.haslinger@mostviertler-muehlen.test>", "03-20 16:02",
        "Zweites Gespräch",
        """Lieber Herr Wimmer-Adeyemi,

nochmals danke für das gute Gespräch vergangene Woche. Wir würden Sie gerne zu einem zweiten Gespräch mit unserer Geschäftsführung (Herr Ing. Pfeiffer) nach Amstetten einladen.

Vorschlag: Mittwoch, 1. April, 13:30 Uhr, bei uns im Werk. Wir würden Ihnen im Anschluss auch gerne die Produktion zeigen, planen Sie also ruhig 2,5 Stunden ein. Fahrtkosten übernehmen wir selbstverständlich.

Passt Ihnen das?

Herzliche Grüße aus dem Mostviertel
Sabine Haslinger
Assistenz der Geschäftsführung / Personal
Mostviertler Mühlen GmbH & Co KG
""", cs="iso-8859-1", cte="8bit"),
    msg(INVITE, "smartrecruiters_selfschedule", "de", "Drautal Energie", "",
        "Drautal Energie AG <noreply@smartrecruiters.com>", "04-02 08:00",
        "Drautal Energie AG: Bitte wählen Sie einen Termin für Ihr Interview",
        """Guten Tag Jonas Wimmer-Adeyemi,

vielen Dank für Ihre Bewerbung als Business Partner Controlling Netze. Wir möchten Sie gerne persönlich kennenlernen!

Bitte wählen Sie über den folgenden Link einen passenden Termin für ein Erstgespräch (45 Minuten, via Microsoft Teams):

https://jobs.smartrecruiters.com/DrautalEnergie/interview-scheduling/8ab3e1

Wir freuen uns auf das Gespräch.

Ihr Team Personalgewinnung
Drautal Energie AG
""", fmt="alt", cte="qp"),
    msg(INVITE, "agency_exclaim_en", "en", "Brightwell", "chloe@meridianfinancerecruitment.test",
        "Chloe Bannister <chloe@meridianfinancerecruitment.test>", "04-14 12:18",
        "GREAT NEWS!!",
        """Hi Jonas!!

Brightwell LOVED your CV and want to get you in for a first stage interview for the Commercial Finance Business Partner role!! So exciting!!

They've offered Tues 21st at 11am or Weds 22nd at 3pm UK time, on Teams, with Mark (FD) and Sunita from the commercial team. Can you let me know ASAP which works so I can lock it in?

Will send over some prep notes tonight x

Chloe
Chloe Bannister | Senior Consultant | Meridian Finance Recruitment
M: 07700 900417
"""),
    msg(INVITE, "excel_test_einladung", "de", "Zillertaler Bergbahnen", "recruiting@zillertal-bergbahnen.test",
        "Recruiting Zillertaler Bergbahnen <recruiting@zillertal-bergbahnen.test>", "05-04 10:26",
        "Einladung: Excel-Test und Gespräch",
        """Servus Jonas,

danke für deine Bewerbung als Controller (m/w/d) bei den Zillertaler Bergbahnen!

Wir würden dich gerne kennenlernen. Der nächste Schritt ist ein kurzer Excel-Test (ca. 45 Min., online, du kriegst den Link am Vortag) und danach ein Gespräch mit unserem Leiter Finanzen, Michael Eberharter, in Mayrhofen.

Termin wäre Freitag, 15. Mai ab 9:00 Uhr. Gib uns bitte bis Mittwoch Bescheid, ob das für dich passt – wenn nicht, finden wir eine andere Lösung.

Liebe Grüße aus den Bergen
Verena Kröll
Personalreferentin
Zillertaler Bergbahnen AG
""", fmt="html", cte="b64"),
    msg(INVITE, "fr_entretien_paris", "fr", "Axiale Énergies", "m.rousseau@axiale-energies.test",
        "Mathilde Rousseau <m.rousseau@axiale-energies.test>", "05-11 17:35",
        "Entretien – Business Partner Finance",
        """Bonjour Jonas,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à un entretien avec Julien Marchetti, Directeur Financier de la BU Réseaux, dans nos locaux à La Défense.

Seriez-vous disponible le mardi 19 mai à 10h00 ou le mercredi 20 mai à 15h00 ? L'entretien durera environ une heure et se déroulera en français et en anglais.

Merci de me confirmer vos disponibilités.

Bien à vous,
Mathilde Rousseau
Chargée de recrutement
Axiale Énergies
""", cs="iso-8859-1", cte="qp"),
    msg(INVITE, "es_entrevista_teams", "es", "Banco Cantábrico", "",
        "Banco Cantábrico <noreply-talento@bancocantabrico.test>", "06-01 09:40",
        "Convocatoria a entrevista – Analista de Riesgos Financieros",
        """Hola Jonas:

Nos complace informarte de que has superado la fase de preselección para el puesto de Analista de Riesgos Financieros.

Te convocamos a una entrevista por videollamada (Microsoft Teams) con el equipo de Riesgos. Encontrarás la invitación adjunta con el enlace de acceso. Si no pudieras asistir en la fecha propuesta, responde a tu técnica de selección, Nuria Castaño (nuria.castano@bancocantabrico.test).

¡Mucha suerte!

Equipo de Talento
Banco Cantábrico
""", fmt="alt", ics={"summary": "Entrevista Analista de Riesgos – Banco Cantábrico", "days": 5, "hour": 11, "uid": "entrevista.riesgos@bancocantabrico.test", "organizer": "Nuria Castaño <nuria.castano@bancocantabrico.test>"}),
    msg(INVITE, "hiring_manager_terse_next_round", "en", "Pellworth Analytics", "d.osei@pellworth.test",
        "Daniel Osei <d.osei@pellworth.test>", "06-10 22:13",
        "Re: Following up",
        """Jonas - sorry for the slow reply, crazy week. Yes we'd like to move you to the next stage. Can you do a 1h case with me + our CFO next Tue or Wed afternoon? Send me 2-3 times and I'll send an invite.

D

Sent from my phone
""", quote=("gmail", JONAS, """Hi Daniel,

I just wanted to follow up on our conversation from two weeks ago about the BI & Planning Manager role at Pellworth Analytics. Is there any update on next steps?

Best,
Jonas""", 3)),
    msg(INVITE, "hospitation_pflege", "de", "Caritas Pflege Tirol", "j.mair@caritas-pflege-tirol.test",
        "Johanna Mair <j.mair@caritas-pflege-tirol.test>", "06-22 13:50",
        "Kennenlernen & Hospitation",
        """Sehr geehrter Herr Wimmer-Adeyemi,

vielen Dank für Ihre Bewerbung als Controller:in für unsere Pflegehäuser. Ihre Unterlagen haben uns sehr angesprochen.

Wir laden Sie herzlich zu einem persönlichen Gespräch mit anschließender kurzer Hospitation im Haus St. Josef in Innsbruck ein, damit Sie einen Eindruck vom Alltag und von unseren Abläufen bekommen.

Als Termin schlagen wir Montag, den 6. Juli um 10:00 Uhr vor. Bitte melden Sie sich am Empfang bei Frau Gasser.

Freundliche Grüße
Johanna Mair
Leitung Finanzen
Caritas Pflege Tirol gemeinnützige GmbH
Tel. +43 512 555 77 21
""", cs="windows-1252", cte="qp"),
    msg(INVITE, "workday_interview_ics_en", "en", "Vantaris Pharmaceuticals", "",
        "Vantaris Pharmaceuticals <vantaris@myworkday.com>", "07-06 16:21",
        "Interview Invitation: Finance Business Partner, Commercial Operations",
        """Dear Jonas,

We are pleased to invite you to an interview for the Finance Business Partner, Commercial Operations position (JR-40772) based in Basel.

Date/time: see the attached calendar invitation
Format: Video interview (Zoom)
Interviewers: Lukas Brunner (Head of Commercial Finance), Eva Stojanović (HRBP)

Please accept the calendar invitation to confirm your attendance. Should you need to reschedule, please contact eva.stojanovic@vantaris.test.

Kind regards,
Vantaris Talent Acquisition
""", fmt="alt", ics={"summary": "Interview: Finance Business Partner (Jonas Wimmer-Adeyemi)", "days": 8, "hour": 14, "loc": "Zoom", "uid": "interview-jr40772@vantaris.test", "organizer": "Eva Stojanović <eva.stojanovic@vantaris.test>"}),
    msg(INVITE, "gemeinde_hearing", "de", "Stadtgemeinde Leonding", "personal@leonding-stadt.test",
        "Stadtgemeinde Leonding - Personalamt <personal@leonding-stadt.test>", "07-13 08:33",
        "Stellenausschreibung Finanzverwaltung – Einladung zum Aufnahmegespräch",
        """Sehr geehrter Herr Wimmer-Adeyemi!

Im Zuge des Auswahlverfahrens für die Stelle einer Sachbearbeiterin/eines Sachbearbeiters in der Finanzverwaltung (Budget, Voranschlag und Rechnungsabschluss nach VRV 2015) laden wir Sie zu einem Aufnahmegespräch ein.

Termin: Dienstag, 21. Juli 2026, 09:30 Uhr
Ort: Stadtamt Leonding, Stadtplatz 1, 2. Stock, Sitzungszimmer 2

Bitte bringen Sie einen amtlichen Lichtbildausweis sowie eine aktuelle Strafregisterbescheinigung mit. Sollten Sie den Termin nicht wahrnehmen können, ersuchen wir um rechtzeitige Mitteilung.

Für den Bürgermeister:
Mag. Andreas Huber
Personalamt
""", cs="iso-8859-1"),
    msg(INVITE, "xing_recruiter_interview_du", "de", "Frankonia Versand", "kerstin.lutz@frankonia-versand.test",
        "Kerstin Lutz <kerstin.lutz@frankonia-versand.test>", "07-27 11:47",
        "Vorstellungsgespräch Nürnberg",
        """Hallo Jonas,

schön, dass du dich bei uns gemeldet hast! Wie gestern am Telefon besprochen, würden wir dich gern zum Vorstellungsgespräch bei uns in Nürnberg einladen.

Wann: Do., 6. August, 14 Uhr
Wo: Frankonia Versand, Südliche Ringstraße 40, Empfang Haus B
Mit: Timo (Teamlead Controlling) und mir

Parkplätze gibts im Hof. Bring gern ein Beispiel aus deinem aktuellen Reporting mit (anonymisiert natürlich).

Bis dann!
Kerstin
People & Culture | Frankonia Versand GmbH
""", fmt="alt"),
    msg(INVITE, "assessment_center_bank", "de", "Vorarlberger Sparkasse", "",
        "Vorarlberger Sparkasse <karriere-noreply@vsparkasse.test>", "08-05 14:00",
        "Einladung zum Assessment-Center am 20. August 2026",
        """Sehr geehrter Herr Wimmer-Adeyemi,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Treasury Spezialist:in einzuladen.

Datum: Donnerstag, 20. August 2026
Beginn: 08:30 Uhr (Dauer bis ca. 16:00 Uhr)
Ort: Zentrale Dornbirn, Marktplatz 8, Konferenzraum Rheintal

Der Tag umfasst eine Fallstudie, eine Präsentation, eine Gruppenübung sowie ein Interview mit dem Bereichsleiter. Bitte bestätigen Sie Ihre Teilnahme bei Frau Nadine Fink unter nadine.fink@vsparkasse.test.

Mit freundlichen Grüßen
Personalentwicklung
Vorarlberger Sparkasse
""", fmt="html", cs="iso-8859-1", cte="qp"),
    msg(INVITE, "indian_english_revert", "en", "Sahyadri Global Services", "ritu.menon@sahyadri-gs.test",
        "Ritu Menon <ritu.menon@sahyadri-gs.test>", "08-12 07:58",
        "Interview schedule - Finance Controller (Prague Delivery Centre)",
        """Dear Jonas,

Greetings of the day!

With reference to your application for the post of Finance Controller at our Prague Delivery Centre, we are pleased to inform you that your profile has been shortlisted for the technical round of interview.

Kindly find the details below:
Date : 19-Aug-2026
Time : 11:30 AM CEST
Mode : MS Teams (link will be shared one day prior)
Panel : Mr. Rajesh Iyer, VP Finance

Kindly do revert with your confirmation at the earliest along with your updated CV and current/expected CTC.

Thanks & Regards,
Ritu Menon
Talent Acquisition | Sahyadri Global Services
+91 98450 00000
""", cs="windows-1252"),
    msg(INVITE, "fr_visio_tutoiement", "fr", "Kolibri", "hugo@kolibri-app.test",
        "Hugo Lambert <hugo@kolibri-app.test>", "08-24 19:03",
        "Prochaine étape 🙂",
        """Salut Jonas,

Merci pour ton test, on a été super impressionnés par ton modèle de cash-flow ! On aimerait te faire passer à l'étape suivante : un échange en visio avec Inès (notre CEO) et Bastien (CTO).

Tu peux réserver directement un créneau ici : https://cal.com/kolibri/finance-next-step

À très vite,
Hugo
Head of Talent @ Kolibri
""", fmt="alt"),
    msg(INVITE, "italian_owned_en", "en", "Ferretti Meccanica", "giulia.ferretti@ferretti-meccanica.test",
        "Giulia Ferretti <giulia.ferretti@ferretti-meccanica.test>", "09-01 10:10",
        "Meeting in Milan",
        """Dear Mr. Wimmer-Adeyemi,

thank you for your candidature for the role of Plant Controller for our new site in Graz. We have read your CV with interest and would be glad to meet you.

We propose an interview at our headquarters in Milano (Via Tortona 22) on Thursday 10 September at 11.00, with myself and our CFO, Dott. Bianchi. If you prefer, it is also possible to do it by video call.

Please let me know your availability. Travel expenses will be reimbursed.

Best regards
Giulia Ferretti
HR Manager
Ferretti Meccanica S.p.A.
Tel. +39 02 5555 4410
""", cs="iso-8859-1", cte="qp"),
    msg(INVITE, "greenhouse_next_stage", "de", "Klarwerk", "",
        "Klarwerk <no-reply@greenhouse.io>", "09-14 12:00",
        "Wir möchten dich kennenlernen – Klarwerk",
        """Hallo Jonas,

wir würden dich gerne in die nächste Runde für die Position Data & BI Analyst Finance holen!

Als nächstes steht ein Interview mit deiner zukünftigen Teamleitung Miriam an (45 Min, Google Meet). Bitte wähle hier einen Slot aus, der dir passt:
https://app.greenhouse.io/scheduling/availability/klarwerk/3301dd

Bei Fragen schreib einfach an miriam.hofer@klarwerk.test.

Viele Grüße
Klarwerk Recruiting
""", fmt="html"),
    msg(INVITE, "es_llamada_telefonica", "es", "Seguros Levante", "patricia.molina@seguroslevante.test",
        "Patricia Molina <patricia.molina@seguroslevante.test>", "09-17 16:44",
        "Re: Tu candidatura",
        """Hola Jonas, ¿qué tal?

Hemos revisado tu perfil para la vacante de Controller Financiero y nos gustaría tener una primera llamada telefónica contigo, de unos 20 minutos. ¿Te vendría bien el jueves a las 12:00 (hora de Madrid)? Si no, dime qué franja te encaja mejor esta semana.

Un saludo,
Patricia Molina
Responsable de Selección – Seguros Levante
""", quote=("es", JONAS, """Buenas tardes,

adjunto mi CV para la vacante de Controller Financiero publicada en LinkedIn.

Saludos cordiales,
Jonas Wimmer-Adeyemi""", 8)),
    msg(INVITE, "referenzen_und_gespraech", "de", "Sonnleitner Bau", "a.sonnleitner@sonnleitner-bau.test",
        "Andrea Sonnleitner <a.sonnleitner@sonnleitner-bau.test>", "09-22 18:30",
        "Re: Ihre Bewerbung",
        """Grüß Gott Herr Wimmer-Adeyemi,

danke für Ihre Geduld. Wir möchten Sie gern noch ein zweites Mal sehen, diesmal gemeinsam mit meinem Vater (Senior-Chef) und unserem Steuerberater. Wäre der 30.9. vormittags in Salzburg möglich? Bitte bringen Sie, wenn möglich, zwei Referenzen (Name + Telefonnummer) mit.

Freundliche Grüße
A. Sonnleitner
Sonnleitner Bau GmbH, Salzburg
"""),
    msg(INVITE, "panel_interview_onsite_fr_lux", "fr", "Fonds Lumière", "",
        "Fonds Lumière – Talent <talent-noreply@fondslumiere.test>", "09-25 09:15",
        "Invitation à un entretien – Treasury Officer",
        """Cher Jonas,

Nous avons le plaisir de vous inviter à un entretien en présentiel avec un panel de trois personnes (Trésorerie, Risques et RH) dans nos bureaux du Kirchberg, à Luxembourg.

L'invitation est jointe à ce message. Merci de l'accepter afin de confirmer votre présence. Pour toute question, contactez Sophie Weber à sophie.weber@fondslumiere.test.

Cordialement,
L'équipe Talent
Fonds Lumière
""", fmt="alt", cte="b64", ics={"summary": "Entretien Treasury Officer – J. Wimmer-Adeyemi", "days": 7, "hour": 14, "length": 90, "loc": "Fonds Lumière, 12 rue Alcide de Gasperi, Luxembourg", "organizer": "Sophie Weber <sophie.weber@fondslumiere.test>"}),
    msg(INVITE, "ams_vermittlung_vorstellung", "de", "Gebrüder Pammer", "office@pammer-fleisch.test",
        "Gebrüder Pammer <office@pammer-fleisch.test>", "10-02 07:12",
        "Bewerbung Kostenrechner",
        """Sg. Herr Wimmer-Adeyemi

Danke für ihre Bewerbung übers AMS. Wir wollen sie gerne zu einem Vorstellungsgespräch einladen am Mittwoch 7.10. um 15 Uhr bei uns im Betrieb in Wels. Bitte rufen sie kurz an zum bestätigen 07242 555 01.

mfg
Pammer Franz
Gebrüder Pammer Fleischwaren
""", cs="windows-1252", cte="8bit"),
    msg(INVITE, "uni_berufungs_hearing_en", "en", "Danube Institute of Technology", "m.kovac@dit-vienna.test",
        "Marija Kovač <m.kovac@dit-vienna.test>", "10-08 13:13",
        "Invitation: interview for Head of Financial Controlling",
        """Dear Mr. Wimmer-Adeyemi,

On behalf of the selection committee I am pleased to invite you to an interview for the position of Head of Financial Controlling at the Danube Institute of Technology.

The interview will take place on Friday, 16 October 2026, 13:00-14:15, at the Rectorate, Building A, Room 2.14. It will consist of a 15-minute presentation ("Steering a research university with a global budget") followed by questions from the committee.

Kindly confirm your participation by 12 October.

With kind regards,
Marija Kovač
Human Resources
Danube Institute of Technology
""", fmt="alt"),
]

CHANGES = [
    msg(C, "verschiebung_krankheit", "de", "Bayerische Landesbau", "christine.ott@landesbau-bayern.test",
        "\"Ott, Christine\" <christine.ott@landesbau-bayern.test>", "02-20 08:04",
        "AW: Einladung zum Vorstellungsgespräch (Videointerview) – Referent Controlling",
        """Sehr geehrter Herr Wimmer-Adeyemi,

leider ist Herr Dr. Kugler kurzfristig erkrankt, sodass wir den Termin am kommenden Montag verschieben müssen. Wir bitten um Entschuldigung.

Könnten Sie alternativ am Donnerstag, 26.02., um 10:00 Uhr oder am Freitag, 27.02., um 13:00 Uhr? Die neue Einladung schicke ich Ihnen, sobald Sie bestätigt haben.

Mit freundlichen Grüßen
Christine Ott
Personalgewinnung
Bayerische Landesbau GmbH
""", quote=("outlook_de", JONAS, """Sehr geehrte Frau Ott,

vielen Dank für die Einladung, den Termin bestätige ich gerne.

Mit freundlichen Grüßen
Jonas Wimmer-Adeyemi""", 3), ics={"summary": "Videointerview Referent Controlling – Wimmer-Adeyemi", "days": 2, "hour": 9, "method": "CANCEL", "seq": 1, "uid": "videointerview.landesbau@landesbau-bayern.test", "organizer": "\"Ott, Christine\" <christine.ott@landesbau-bayern.test>"}),
    msg(C, "agency_move_en", "en", "Brightwell", "chloe@meridianfinancerecruitment.test",
        "Chloe Bannister <chloe@meridianfinancerecruitment.test>", "04-17 09:51",
        "Change of plan - Brightwell",
        """Morning Jonas,

Bit of a curveball - Mark has been pulled into a board meeting on Tuesday so Brightwell have asked to push your interview to Thursday 23rd, same time (11am UK). Really sorry about this! Is that ok for you?? Let me know and I'll confirm with them.

Chloe x
"""),
    msg(C, "gf_termin_abgesagt", "de", "Mostviertler Mühlen", "s.haslinger@mostviertler-muehlen.test",
        "Sabine Haslinger <s.haslinger@mostviertler-muehlen.test>", "03-30 17:45",
        "Termin morgen",
        """Lieber Herr Wimmer-Adeyemi,

es tut mir wirklich leid, aber wir müssen den Termin morgen mit Herrn Ing. Pfeiffer absagen – bei uns ist heute Nachmittag eine Anlage ausgefallen und er ist die nächsten Tage im Werk gebunden.

Ich melde mich spätestens Anfang nächster Woche mit einem neuen Terminvorschlag. Bitte entschuldigen Sie die kurzfristige Änderung.

Herzliche Grüße
Sabine Haslinger
Mostviertler Mühlen GmbH & Co KG, Amstetten
""", cs="iso-8859-1"),
    msg(C, "workday_rescheduled_en", "en", "Vantaris Pharmaceuticals", "eva.stojanovic@vantaris.test",
        "Eva Stojanović <eva.stojanovic@vantaris.test>", "07-10 12:12",
        "Updated invitation: Interview: Finance Business Partner (Jonas Wimmer-Adeyemi)",
        """Hi Jonas,

Lukas has a clash with a leadership offsite next week, so I've moved our interview by one day, same time. The updated invitation is attached - please accept it and ignore the previous one.

Apologies for the shuffle!

Eva Stojanović
HR Business Partner
Vantaris Pharmaceuticals AG | Basel
""", fmt="alt", ics={"summary": "Interview: Finance Business Partner (Jonas Wimmer-Adeyemi)", "days": 5, "hour": 14, "seq": 1, "loc": "Zoom", "uid": "interview-jr40772@vantaris.test"}),
    msg(C, "stelle_zurueckgezogen_termin_entfaellt", "de", "Innviertler Brauerei", "",
        "Innviertler Brauerei <bewerbung-noreply@innviertler-brauerei.test>", "05-26 10:00",
        "Absage Ihres Gesprächstermins am 28.05.2026",
        """Sehr geehrter Herr Wimmer-Adeyemi,

hiermit müssen wir den vereinbarten Gesprächstermin am 28.05.2026 um 10:00 Uhr leider absagen. Aufgrund einer internen Umstrukturierung im Bereich Finanzen wird das Gespräch zu einem späteren Zeitpunkt stattfinden; wir kommen diesbezüglich unaufgefordert auf Sie zu.

Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Mit freundlichen Grüßen
Innviertler Brauerei – Personal
""", fmt="html", cte="qp", ics={"summary": "Vorstellungsgespräch Controlling", "days": 2, "hour": 10, "method": "CANCEL", "seq": 2}),
    msg(C, "fr_report_entretien", "fr", "Axiale Énergies", "m.rousseau@axiale-energies.test",
        "Mathilde Rousseau <m.rousseau@axiale-energies.test>", "05-18 11:02",
        "RE: Entretien – Business Partner Finance",
        """Bonjour Jonas,

Je suis désolée, Julien doit se rendre en urgence sur un site ce mardi. Nous sommes donc contraints de reporter votre entretien.

Pourriez-vous vous rendre disponible jeudi 21 mai à 16h00, ou en visio vendredi matin ? Encore toutes nos excuses pour ce contretemps.

Bien à vous,
Mathilde Rousseau
Chargée de recrutement – Axiale Énergies
""", quote=("fr", JONAS, """Bonjour Mathilde,

Merci pour votre invitation. Le mardi 19 mai à 10h00 me convient parfaitement.

Bien cordialement,
Jonas""", 6), cs="iso-8859-1", cte="qp"),
    msg(C, "kurzfristig_online_statt_vorort", "de", "Frankonia Versand", "kerstin.lutz@frankonia-versand.test",
        "Kerstin Lutz <kerstin.lutz@frankonia-versand.test>", "08-05 16:20",
        "Morgen: Änderung!",
        """Hi Jonas,

kurze Info wegen morgen: Timo ist leider krank, wir müssen das Gespräch auf nächste Woche verschieben. Wäre Di., 11.8. um 10 Uhr okay? Ansonsten schick mir gern zwei, drei Alternativen.

Sorry für die Kurzfristigkeit!
Kerstin
"""),
    msg(C, "teams_cancel_calendar_en", "en", "Halvorsen Shipping", "lars.halvorsen@halvorsen-shipping.test",
        "Lars Halvorsen <lars.halvorsen@halvorsen-shipping.test>", "06-15 07:30",
        "Canceled: Interview - Group Treasury Analyst",
        """Hi Jonas,

I'm afraid I have to cancel our conversation tomorrow. We have just been informed that the Group Treasury Analyst position is being frozen pending a reorganisation, so it would not be fair to interview you now. I'm sorry for the short notice.

Regards,
Lars
""", fmt="alt", ics={"summary": "Interview - Group Treasury Analyst", "days": 1, "hour": 15, "method": "CANCEL", "seq": 1}),
    msg(C, "es_cambio_hora", "es", "Banco Cantábrico", "nuria.castano@bancocantabrico.test",
        "Nuria Castaño <nuria.castano@bancocantabrico.test>", "06-04 18:27",
        "Cambio de hora – entrevista Analista de Riesgos",
        """Hola de nuevo, Jonas:

Por un tema de agenda del responsable del área, necesitamos mover la entrevista del próximo viernes de las 11:00 a las 13:30, mismo día y mismo enlace de Teams. Te reenvío la invitación actualizada.

Disculpa las molestias y gracias por tu flexibilidad.

Nuria Castaño
Técnica de Selección | Banco Cantábrico
""", ics={"summary": "Entrevista Analista de Riesgos – Banco Cantábrico", "days": 2, "hour": 13, "mins": 30, "seq": 1, "uid": "entrevista.riesgos@bancocantabrico.test"}),
    msg(C, "recruiter_postpone_week", "en", "Corvane Capital", "hannah.ostrowski@corvanecapital.test",
        "Hannah Ostrowski <hannah.ostrowski@corvanecapital.test>", "03-16 15:05",
        "Panel interview - new date needed",
        """Hi Jonas,

Apologies, but two of the panel members will be travelling on the 19th so we need to postpone your panel interview. I'll send you a fresh scheduling link for the week of the 23rd later today.

Thanks for bearing with us,
Hannah

Hannah Ostrowski | Recruiting Coordinator | Corvane Capital
"""),
    msg(C, "hearing_verlegt_amtsdeutsch", "de", "Stadtgemeinde Leonding", "personal@leonding-stadt.test",
        "Stadtgemeinde Leonding - Personalamt <personal@leonding-stadt.test>", "07-16 11:40",
        "Verlegung Aufnahmegespräch Finanzverwaltung",
        """Sehr geehrter Herr Wimmer-Adeyemi!

Aus organisatorischen Gründen muss das für Dienstag, 21. Juli 2026, 09:30 Uhr anberaumte Aufnahmegespräch auf Donnerstag, 23. Juli 2026, 13:00 Uhr verlegt werden. Der Ort bleibt unverändert.

Wir ersuchen um kurze Bestätigung.

Für den Bürgermeister:
Mag. Andreas Huber
""", cs="iso-8859-1", cte="qp"),
    msg(C, "linkedin_chat_move_du", "de", "Paynest", "jana@paynest.test",
        "Jana Wolf <jana@paynest.test>", "09-03 13:29",
        "Unser Call morgen",
        """Hey Jonas,

kann ich unseren Call morgen um 11 auf 15 Uhr schieben? Bei mir ist ein Investor-Meeting reingerutscht. Der Meet-Link bleibt gleich.

Danke dir & sorry!
Jana
Paynest – Finance & People
"""),
    msg(C, "fr_annulation_poste_gele", "fr", "Kolibri", "hugo@kolibri-app.test",
        "Hugo Lambert <hugo@kolibri-app.test>", "08-31 09:20",
        "Annulation de notre échange de jeudi",
        """Salut Jonas,

Je dois malheureusement annuler ton échange de jeudi avec Inès et Bastien : on vient de décaler notre levée de fonds et tous les recrutements sont mis en pause jusqu'à nouvel ordre.

Je te tiens au courant dès qu'on rouvre le poste, promis.

Hugo
""", fmt="alt", ics={"summary": "Kolibri x Jonas – Finance next step", "days": 3, "hour": 17, "method": "CANCEL", "seq": 1, "loc": "Google Meet"}),
    msg(C, "ruecksprache_uhrzeit_graz", "de", "Steirische Ökostrom", "martin.url@oekostrom-stmk.test",
        "Url Martin <martin.url@oekostrom-stmk.test>", "09-09 08:02",
        "AW: Gesprächstermin 11.09.",
        """Guten Morgen Herr Wimmer-Adeyemi,

wir müssten unser Gespräch am Freitag leider von 9 auf 11:30 Uhr verschieben, da unser Vorstand vormittags einen Aufsichtsratstermin hat. Ort bleibt Graz, Reininghausstraße 30. Geht sich das für Sie aus?

Beste Grüße
Martin Url
Leiter Rechnungswesen & Controlling
Steirische Ökostrom AG
""", quote=("outlook_de", JONAS, """Sehr geehrter Herr Url,

danke für die Einladung, ich bestätige den 11.09. um 09:00 Uhr.

Beste Grüße
Jonas Wimmer-Adeyemi""", 4), cs="windows-1252"),
    msg(C, "rescheduled_uni_en", "en", "Danube Institute of Technology", "m.kovac@dit-vienna.test",
        "Marija Kovač <m.kovac@dit-vienna.test>", "10-12 15:36",
        "RE: Invitation: interview for Head of Financial Controlling",
        """Dear Mr. Wimmer-Adeyemi,

Thank you for confirming. Due to a clash with the University Council meeting, the committee has asked to move your interview on 16 October from 13:00 to 15:30. The room stays the same (Building A, 2.14).

I apologise for any inconvenience.

With kind regards,
Marija Kovač
Human Resources
Danube Institute of Technology
""", fmt="alt", quote=("outlook", JONAS, """Dear Ms Kovač,

Thank you very much for the invitation. I am pleased to confirm my participation on 16 October at 13:00.

Kind regards,
Jonas Wimmer-Adeyemi""", 2)),
]

MISSED = [
    msg(N, "tried_calling_en", "en", "Pellworth Analytics", "d.osei@pellworth.test",
        "Daniel Osei <d.osei@pellworth.test>", "06-16 15:18",
        "Today's call",
        """Hi Jonas,

We tried calling you at the scheduled time (2pm) but couldn't get through and it went to voicemail. Hope everything is ok? Let me know if you'd like to find another slot.

Daniel

Daniel Osei | Head of FP&A | Pellworth Analytics | +43 1 555 4040
"""),
    msg(N, "teams_nicht_beigetreten", "de", "Drautal Energie", "lisa.moser@drautal-energie.test",
        "Moser Lisa <lisa.moser@drautal-energie.test>", "04-13 10:48",
        "Unser Termin heute um 10:00 Uhr",
        """Sehr geehrter Herr Wimmer-Adeyemi,

wir haben heute um 10:00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind dem Meeting jedoch leider nicht beigetreten. Gab es eventuell technische Probleme?

Bitte melden Sie sich bei mir, falls Sie weiterhin Interesse an der Position haben, dann versuchen wir, einen neuen Termin zu finden.

Mit freundlichen Grüßen
Lisa Moser
Personalgewinnung
Drautal Energie AG
Tel. +43 463 555 2231
""", fmt="alt", cs="iso-8859-1", cte="qp"),
    msg(N, "telefoninterview_nicht_erreicht", "de", "Donauhafen Logistik", "b.reiter@reiter-consulting.test",
        "Bernhard Reiter <b.reiter@reiter-consulting.test>", "01-22 14:41",
        "Telefoninterview Frau Mag. Strasser",
        """Sehr geehrter Herr Wimmer-Adeyemi,

Frau Mag. Strasser von der Donauhafen Logistik hat mir eben mitgeteilt, dass sie Sie um 14:00 Uhr zweimal angerufen, aber nicht erreicht hat. Sie hat Ihnen auch auf die Mobilbox gesprochen.

Ist etwas dazwischengekommen? Bitte rufen Sie mich kurz an, damit wir das klären können – sie ist grundsätzlich bereit, einen neuen Termin zu vereinbaren.

Beste Grüße
Bernhard Reiter
Reiter Consulting
T +43 1 555 1290
"""),
    msg(N, "no_show_zoom_en_brazil", "en", "Ipanema Agro Trading", "fernanda.souza@ipanema-agro.test",
        "Fernanda Souza <fernanda.souza@ipanema-agro.test>", "07-21 17:09",
        "Missed interview",
        """Hello Jonas,

We had our Zoom interview scheduled for today at 16h (CEST) with our CFO, Mr. Ricardo Almeida, but unfortunately you did not show up. We waited for 15 minutes.

Maybe there was some misunderstanding with the time zone? Please let us know if you are still interested in the Treasury Coordinator position, and we can check for a new date.

Best regards,
Fernanda Souza
People Team | Ipanema Agro Trading
São Paulo | Zug
""", fmt="alt"),
    msg(N, "vorort_nicht_erschienen", "de", "Gebrüder Pammer", "office@pammer-fleisch.test",
        "Gebrüder Pammer <office@pammer-fleisch.test>", "10-07 16:05",
        "Vorstellungsgespräch heute",
        """Hr. Wimmer-Adeyemi

Sie waren heute um 15 Uhr nicht da zum Gespräch. Wir haben auch versucht sie anzurufen. Wenn sie noch interesse haben melden sie sich bitte bis Freitag.

mfg
Pammer
""", cs="windows-1252", cte="8bit"),
    msg(N, "fr_absence_visio", "fr", "Groupe Hélvor", "a.benali@helvor.test",
        "Amira Benali <a.benali@helvor.test>", "05-22 11:38",
        "Entretien de ce matin",
        """Bonjour Jonas,

Nous vous attendions ce matin à 10h30 pour votre entretien en visio avec Mme Durand, mais vous ne vous êtes pas connecté. Nous espérons qu'il ne vous est rien arrivé.

Si vous souhaitez toujours poursuivre le processus, merci de me recontacter afin de convenir d'un nouveau créneau.

Cordialement,
Amira Benali
Chargée RH – Groupe Hélvor
""", cs="iso-8859-1", cte="qp"),
    msg(N, "es_no_conexion", "es", "Logística Ebro", "rrhh.javier@logisticaebro.test",
        "Javier Lasheras <rrhh.javier@logisticaebro.test>", "06-26 13:21",
        "Entrevista de hoy",
        """Hola Jonas,

Te hemos estado esperando en la videollamada de las 12:00 pero no te has llegado a conectar. Te he llamado también al móvil sin éxito.

¿Ha pasado algo? Si sigues interesado en el puesto, escríbeme y buscamos otro hueco.

Un saludo,
Javier Lasheras
RRHH – Logística Ebro
"""),
    msg(N, "hm_waited_terse", "de", "Bergmann Elektrotechnik", "ralf.bergmann@bergmann-elektrotechnik.test",
        "Ralf Bergmann <ralf.bergmann@bergmann-elektrotechnik.test>", "03-12 09:47",
        "Termin 9 Uhr?",
        """Hallo Herr Wimmer-Adeyemi, wir sitzen seit 9 im Besprechungsraum und warten. Kommen Sie noch? Gruß R. Bergmann

Gesendet von Outlook für Android
"""),
    msg(N, "workday_no_show_en_uk", "en", "Harrowgate Mutual", "priya.nair@harrowgatemutual.example.co.uk",
        "Priya Nair <priya.nair@harrowgatemutual.example.co.uk>", "05-20 12:04",
        "Your interview this morning",
        """Hi Jonas,

Just checking in - the panel were ready for your interview at 10:00 BST this morning but you didn't join the Teams call. I appreciate things come up, so do let me know if there was a problem; I'll see whether the panel can offer another slot later this week.

Kind regards,
Priya

Priya Nair | Resourcing Partner
Harrowgate Mutual Insurance Society
"""),
    msg(N, "videointerview_verpasst_du", "de", "Klarwerk", "miriam.hofer@klarwerk.test",
        "Miriam Hofer <miriam.hofer@klarwerk.test>", "09-24 11:18",
        "Haben wir uns verpasst?",
        """Hi Jonas,

ich war um 11 im Google Meet, aber du warst leider nicht da. Ist vielleicht was schiefgelaufen mit der Einladung? Sag mir einfach Bescheid, dann machen wir einen neuen Termin aus.

Liebe Grüße
Miriam
Teamlead Data & BI | Klarwerk
""", fmt="alt"),
]

MESSAGES = INVITES + CHANGES + MISSED
