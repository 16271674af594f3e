"""Corpus 318: `other` messages (52): the candidate's own mail, traps and unrelated mail."""

from __future__ import annotations

from msgs318_common import AUTO_REPLY, ME, M, html_shell, list_headers

OTHER = "other"

OWN_EN = [
    M("noordkade_apply", OTHER, "en", ME,
      "Application - Transport Planner (day shift)", "2026-05-03 21:14 +0200",
      """Dear Ms Vermeulen,

Please find attached my CV and cover letter for the Transport Planner (day shift) position at
your Amsterdam hub, as advertised on your website.

I have been a bus driver in Utrecht for twelve years, the last four also as a trainer for new
drivers. I know from daily practice what makes a plan work on the road, and I have recently
completed an evening course in transport planning.

I would welcome the chance to discuss my application with you.

Kind regards,
Bart Achterberg
+31 6 5555 0183""",
      to=[("Ilse Vermeulen", "ilse.vermeulen@noordkade.example.nl")],
      pdfs=[("CV_Bart_Achterberg.pdf", [
          "Bartholomew (Bart) Achterberg - Curriculum Vitae",
          "Utrecht, Netherlands - bart.achterberg@example.nl",
          "2014-2026: Bus driver and driver trainer, Utrecht",
          "2025: Evening course Transport Planning",
          "Languages: Dutch, English, German, some French and Spanish",
      ])]),
    M("domstad_thanks", OTHER, "en", ME,
      "Thank you - Junior Transport Planner interview", "2026-02-06 18:10 +0100",
      """Dear Femke,

Thank you for the interview this afternoon, and please pass my thanks on to Rutger as well. I
really enjoyed the timetable exercise - it was good to look at line 28 from the other side of
the windscreen for once.

I'm still very motivated for the role and look forward to hearing from you.

Best regards,
Bart Achterberg""",
      to=[("Femke Roosendaal", "f.roosendaal@domstadtransit.example.nl")],
      reply="domstad_resched", cte="7bit"),
    M("spokely_move_request", OTHER, "en", ME,
      "Re: Call on Thursday - could we move it?", "2026-02-18 07:40 +0100",
      """Hi Jonas,

Thanks for booking the call for Thursday 19 February at 14:00. I've just been put on a late
shift that day and can't be off the bus in time. Would it be possible to move it to early next
week? Tuesday or Wednesday afternoon would both work for me.

Sorry for the trouble, and thanks for understanding.

Best,
Bart""",
      to=[("Jonas Brink", "jonas.brink@spokely.example.com")], reply="spokely_invite",
      quote=False),
    M("westmid_missed_sorry", OTHER, "en", ME,
      "Re: Tried to call you", "2026-06-25 12:30 +0200",
      """Hi Karen,

I'm very sorry - I had written down 10:00 Dutch time instead of UK time and was still on the
tram when my phone rang. That's entirely my mistake.

I'm absolutely still interested in the Duty Planner role. I'm free all afternoon today and
tomorrow morning, whenever suits you.

Apologies again,
Bart""",
      to=[("Karen Oduya", "karen.oduya@westmidcoaches.example.co.uk")],
      reply="westmid_missed"),
    M("parcelia_decline", OTHER, "en", ME,
      "Your offer - Planning Coordinator", "2026-06-12 20:05 +0200",
      """Dear Gareth,

Thank you again for the offer and for the trial shift, which I really enjoyed.

After a lot of thought I have decided not to accept the Planning Coordinator position. My
family would rather stay closer to the Netherlands, and I have decided to focus on roles on the
continent. I hope you understand.

I hope our paths cross again, and thank you for your openness throughout.

Kind regards,
Bart Achterberg""",
      to=[("Gareth Pilling", "gareth.pilling@parcelia.example.co.uk")],
      cc=[("Rebecca Thornley", "rebecca.thornley@parcelia.example.co.uk")],
      reply="parcelia_uk_letter", quote=False),
    M("rheinmaas_questions", OTHER, "en", ME,
      "Offer - a few questions", "2026-08-03 21:40 +0200",
      """Hi Pieter,

Thank you once more for the offer - I'm very happy about it. Before I sign, I have two
questions:

1. With my twelve years of professional driving experience, could the salary be placed at a
higher step within E7?
2. Finding a flat in Cologne before October is hard. Is there any help with temporary housing
for the first weeks?

I'd like to give you my answer by 10 August as Lena asked.

Best regards,
Bart""",
      to=[PIETER := ("Pieter Claessens", "pieter.claessens@rheinmaasrail.example.de")],
      reply="rheinmaas_verbal_offer", quote=False),
]

OTHER_EN = [
    M("jobradar_digest", OTHER, "en",
      ("JobRadar Alerts", "alerts@jobradar.example.com"),
      "14 new jobs for 'transport planner' near Utrecht", "2026-02-12 06:02 +0000",
      """JobRadar - your daily job alert

14 new jobs match your search "transport planner" within 50 km of Utrecht.

Junior Planner Public Transport - Regio Vervoer Midden (Amersfoort)
Dispatcher Night Shift - Flevo Freight (Almere)
Roster Planner - Hollandse Tram Maatschappij (Utrecht)

Career tip of the week: Unfortunately, rejection is part of every job search. Read our guide
"After the interview: what to do when the answer is no" and our list of 10 interview questions
every planner should prepare for.

Manage your alerts or unsubscribe: https://www.jobradar.example.com/alerts""",
      auto_html=True, brand="JobRadar",
      headers=list_headers("<alerts.jobradar.example.com>",
                           "https://www.jobradar.example.com/unsubscribe?u=8812")),
    M("transit_careers_newsletter", OTHER, "en",
      ("Transit Careers Weekly", "newsletter@transitcareers.example.org"),
      "Bounce back from rejection + 5 interview mistakes planners make", "2026-03-13 07:30 +0000",
      None,
      html=html_shell(
          "<h2>Transit Careers Weekly - Issue 112</h2>\n<p><b>Bouncing back from rejection.</b> "
          "Unfortunately, most applicants for planning roles hear 'no' several times before "
          "landing an offer. Three recruiters explain how they decide.</p>\n<p><b>5 interview "
          "mistakes planners make</b> - from not knowing the network to forgetting to ask about "
          "the roster software.</p>\n<p><b>Jobs of the week:</b> network planner, crew "
          "scheduler, control room operator.</p>",
          brand="Transit Careers Weekly",
          footer="You receive this newsletter because you subscribed at transitcareers.example."
                 "org. <a href=\"https://transitcareers.example.org/unsubscribe\">Unsubscribe</a>"),
      headers=list_headers("Transit Careers Weekly <weekly.transitcareers.example.org>",
                           "mailto:unsubscribe@transitcareers.example.org")),
    M("podcast_request", OTHER, "en",
      ("Hannah Lowther", "hannah@mobilitymatters.example.com"),
      "Podcast interview request - Mobility Matters", "2026-04-21 13:15 +0100",
      """Hi Bart,

I host Mobility Matters, a podcast about the people who keep public transport running. A
listener pointed me to your LinkedIn post about switching from driving to planning.

Would you be up for a 40-minute interview for the podcast? We record remotely, and I'd love to
hear what planners should learn from drivers. No pressure at all - just let me know.

Cheers,
Hannah Lowther
Host, Mobility Matters""",
      cte="quoted-printable"),
    M("spokely_user_research", OTHER, "en",
      ("Spokely Research", "research@spokely.example.com"),
      "Help us improve Spokely - 30 min interview, EUR 25 voucher", "2026-05-26 10:00 +0200",
      """Hi Bart,

You've taken 40+ rides with Spokely this year - thank you! Our product team is running user
research interviews about how riders find a bike in the morning rush.

It's a 30-minute video interview and you'll receive a EUR 25 ride voucher as a thank-you. Pick a
slot here: https://research.spokely.example.com/book

The Spokely Product Team""",
      auto_html=True, brand="spokely"),
    M("swiftbox_delayed", OTHER, "en",
      ("SwiftBox Deliveries", "noreply@swiftbox.example.com"),
      "Unfortunately your parcel is delayed", "2026-03-05 14:22 +0000",
      """Hi Bart,

Unfortunately your parcel 4SB-88120-NL has been delayed at our sorting centre due to high
volumes. Your new expected delivery date is Saturday 7 March.

Track your parcel: https://track.swiftbox.example.com/4SB-88120-NL

We're sorry for the inconvenience.
SwiftBox""",
      auto_html=True, html_cte="base64"),
    M("bank_position", OTHER, "en",
      ("Lindeboom Bank", "service@lindeboombank.example.nl"),
      "Your quarterly position statement is ready", "2026-04-02 05:30 +0000",
      None,
      html=html_shell(
          "<p>Dear Mr Achterberg,</p>\n<p>Your <b>quarterly position statement</b> for your "
          "savings and investment account ending 4417 is now available in online banking.</p>\n"
          "<p>Position as at 31 March 2026: see the statement for your holdings and the value "
          "of each position.</p>\n<p>Kind regards,<br>Lindeboom Bank</p>",
          brand="Lindeboom Bank",
          footer="Lindeboom Bank will never ask for your PIN or login codes by email.")),
    M("tracker_position", OTHER, "en",
      ("TrackMate", "notifications@trackmate.example.com"),
      "Position update: 'Gazelle' left the safe zone", "2026-07-19 23:41 +0000",
      """TrackMate alert

Your tracker 'Gazelle' (e-bike) has left the safe zone 'Home - Lombok'.
Last position: 52.0921 N, 5.1047 E (Kanaalstraat, Utrecht) at 01:40.

Open the app to see the live position.""",
      cte="7bit"),
    M("canal_lettings_viewing", OTHER, "en",
      ("Rosa Hendriks", "rosa@canallettings.example.nl"),
      "Viewing confirmed - 2-room flat, Cologne-Ehrenfeld", "2026-08-19 11:02 +0200",
      """Hi Bart,

Your viewing of the furnished 2-room flat at Venloer Straße 310, Cologne-Ehrenfeld is
confirmed for Saturday 22 August at 11:30. The landlord's caretaker, Mr Yilmaz, will meet you at
the front door.

Please bring ID and your employment contract or a letter from your new employer.

Best,
Rosa Hendriks
Canal Lettings - international rentals""",
      cte="8bit"),
    M("dentist_reminder", OTHER, "en",
      ("Tandartspraktijk Oudegracht", "afspraken@tandarts-oudegracht.example.nl"),
      "Reminder: your appointment on 14 April", "2026-04-12 09:00 +0200",
      """Dear Bart Achterberg,

This is a reminder of your appointment for a check-up and cleaning on Tuesday 14 April 2026
at 08:15 with Dr. Kaya.

If you cannot attend, please cancel at least 24 hours in advance; otherwise we may charge a
fee.

Tandartspraktijk Oudegracht, Oudegracht 212, Utrecht""",
      cte="7bit"),
    M("friend_rejected", OTHER, "en",
      ("Wouter Smeets", "wouter.smeets@example.nl"),
      "well that's that", "2026-05-15 22:48 +0200",
      """Hey Bart,

Got the email today - they said no. "We have decided to move forward with other candidates whose
experience more closely matches the role." After three interviews! Unbelievable.

Anyway, back to the dispatch desk at the garage for now. How are your applications going? Beer
on Friday?

W.""",
      cte="8bit"),
    M("friend_fwd_invite", OTHER, "en",
      ("Daan Verhoef", "daan.verhoef@example.nl"),
      "Fwd: Interview invitation - Hollandse Tram", "2026-06-04 20:15 +0200",
      """Bart,

Look what I got! Remember I applied at Hollandse Tram after you told me about it? They want to
see me next week. You've done loads of these now - any tips for the planning exercise?

Forwarding their email below.

Daan""",
      fwd=M("daan_inner_invite", OTHER, "en",
            ("Nicole Bakker", "n.bakker@hollandsetram.example.nl"),
            "Interview invitation - Hollandse Tram", "2026-06-04 14:30 +0200",
            """Dear Daan,

Thank you for your application for the position of Roster Planner. We would like to invite
you for an interview on Wednesday 10 June at 14:00 at our office in Utrecht.

Kind regards,
Nicole Bakker
HR, Hollandse Tram""",
            to=[("Daan Verhoef", "daan.verhoef@example.nl")])),
    M("course_refused", OTHER, "en",
      ("Midlands Institute of Logistics", "admissions@mil.example.ac.uk"),
      "Certificate in Transport Planning - application outcome", "2026-08-21 14:00 +0100",
      """Dear Bart,

Thank you for applying for the part-time online Certificate in Transport Planning starting in
October 2026.

Unfortunately we are unable to offer you a place on this intake, as the course is now full. We
have added you to the waiting list and will contact you if a place becomes available. You are
also welcome to apply for the January 2027 intake.

Admissions Office
Midlands Institute of Logistics""",
      auto_html=True),
    M("headhunter_cold", OTHER, "en",
      ("Callum Reid", "callum.reid@northgatesearch.example.co.uk"),
      "Transport planning talent - quick intro", "2026-09-22 10:44 +0100",
      """Hi Bart,

I came across your profile while mapping operations talent across the Benelux and the UK. I
specialise in placing planners and controllers with bus, rail and logistics operators.

I don't have a specific role to discuss right now, but I'd be happy to stay in touch and let you
know when something relevant comes up. Feel free to connect with me on LinkedIn.

Best regards,
Callum Reid
Director, Northgate Mobility Search
+44 20 5555 0145""",
      cte="quoted-printable"),
    M("gareth_ooo", OTHER, "en",
      ("Gareth Pilling", "gareth.pilling@parcelia.example.co.uk"),
      "Automatic reply: Your offer - Planning Coordinator", "2026-06-12 19:05 +0100",
      """Thanks for your email. I'm on annual leave until Monday 22 June with limited access to
email.

For urgent hub matters please contact the duty manager on 0121 555 0900. For recruitment
questions please email Rebecca Thornley.

Gareth""",
      reply="parcelia_decline", quote=False, headers=AUTO_REPLY),
    M("radio_request", OTHER, "en",
      ("Joost Dekkers", "joost@stadsradio-domstad.example.nl"),
      "Radio interview about the bus strike?", "2026-03-25 16:20 +0100",
      """Hello Bart,

I'm a presenter at Stadsradio Domstad. For tomorrow's breakfast show we are looking for a bus
driver who would like to talk about the strike and what the job is really like. A colleague of
yours gave me your email address.

It would be a live phone interview of about 8 minutes, around 07:40. Would you be willing?

Thanks,
Joost Dekkers
Stadsradio Domstad - 06 5555 7391""",
      auto_html=True),
    M("press_journalist", OTHER, "en",
      ("Emma Castellanos", "e.castellanos@utrechtreview.example.nl"),
      "Quote for article on driver shortage", "2026-01-29 11:11 +0100",
      """Dear Mr Achterberg,

I'm writing an article for the Utrecht Review about the shortage of bus drivers and why
experienced drivers move into office roles. Would you be willing to answer three or four
questions by email, or be interviewed by phone for ten minutes this week?

You can remain anonymous if you prefer.

Kind regards,
Emma Castellanos
Reporter, Utrecht Review""",
      cte="7bit"),
    M("workday_verify", OTHER, "en",
      ("Domstad Transit Authority", "domstadtransit@myworkday.com"),
      "Verify your candidate account", "2026-01-11 19:58 +0000",
      """Hello,

Thank you for creating a candidate account with Domstad Transit Authority.

Please verify your email address by clicking the link below. The link expires in 24 hours.
https://domstadtransit.wd3.myworkday.com/verify?token=b71f0c2e

If you did not create this account, you can ignore this email.""",
      cte="7bit"),
    M("domstad_survey", OTHER, "en",
      ("Domstad Transit Authority", "surveys@domstadtransit.example.nl"),
      "How was your experience applying to Domstad Transit Authority?", "2026-02-24 10:00 +0100",
      None,
      html=html_shell(
          "<p>Dear candidate,</p>\n<p>You recently took part in a recruitment process with "
          "Domstad Transit Authority. We'd appreciate your feedback on how it went - "
          "regardless of the outcome.</p>\n<p>The survey takes three minutes and is anonymous."
          "</p>\n<p><a href=\"https://survey.domstadtransit.example.nl/c/22\">Start the survey"
          "</a></p>", brand="Domstad Transit Authority"),
      html_cte="quoted-printable"),
    M("fleetline_newsletter", OTHER, "en",
      ("Fleetline Recruitment", "news@fleetline.example.co.uk"),
      "Fleetline Monthly: interview tips, salary guide and hot jobs", "2026-07-01 08:00 +0100",
      """FLEETLINE MONTHLY - July 2026

1. Five interview tips for transport managers
Prepare examples of how you handled a breakdown or a driver no-show. Interview panels love
real stories.

2. Dealing with rejection
Unfortunately not every application will succeed. Ask for feedback and keep going.

3. Salary guide 2026: planners and controllers in the West Midlands

Hot jobs: Traffic Office Supervisor (Walsall), Fleet Scheduler (Coventry)

You are receiving this because you registered with Fleetline Recruitment.
Unsubscribe: https://fleetline.example.co.uk/unsubscribe""",
      headers=list_headers("Fleetline Monthly <monthly.fleetline.example.co.uk>",
                           "https://fleetline.example.co.uk/unsubscribe?id=5531")),
    M("routejobs_webinar", OTHER, "en",
      ("RouteJobs Events", "events@routejobs.example.com"),
      "You're invited: free webinar 'Ace your planner interview'", "2026-09-09 12:00 +0000",
      None,
      html=html_shell(
          "<p>Hi Bart,</p>\n<p>Join our free live webinar <b>Ace your planner interview</b> on "
          "Thursday 17 September at 19:00 CEST. Our panel of hiring managers will share the "
          "questions they always ask - and the answers that lead to an offer.</p>\n<p><a href="
          "\"https://routejobs.example.com/webinar\">Save my seat</a></p>",
          brand="RouteJobs",
          footer="RouteJobs, Keizersgracht 1, Amsterdam. <a href=\"https://routejobs.example."
                 "com/u\">Unsubscribe</a>"),
      headers=list_headers("<events.routejobs.example.com>",
                           "https://routejobs.example.com/u?e=bart")),
    M("union_bulletin", OTHER, "en",
      ("Transport Workers Union Utrecht", "bulletin@twu-utrecht.example.nl"),
      "Members' bulletin: strike ballot result", "2026-03-20 17:00 +0100",
      """Dear member,

The result of the strike ballot is in: 84% voted in favour. The union's position is that
management's offer is unfortunately not enough to keep up with inflation. A 24-hour strike is
planned for Thursday 26 March.

Please check the union app for picket locations.

Transport Workers Union Utrecht""",
      headers={"Precedence": "bulk", "List-Id": "<members.twu-utrecht.example.nl>"}),
]

DE = [
    M("jobagent_de", OTHER, "de",
      ("JobHafen Jobagent", "jobagent@jobhafen.example.de"),
      "12 neue Jobs für „Disponent“ in Köln", "2026-05-04 05:45 +0000",
      """Ihr JobHafen-Jobagent

12 neue Stellenangebote passen zu Ihrer Suche „Disponent“ im Umkreis von 30 km um Köln:

Disponent Nahverkehr (m/w/d) - Rheinische Busbetriebe, Bergisch Gladbach
Schichtleiter Leitstelle (m/w/d) - Kölner Taxi-Zentrale
Personaldisponent (m/w/d) - Eisenbahnbetriebsgesellschaft Rhein-Sieg

Tipp der Woche: Absage erhalten? Leider gehört das dazu. So bereiten Sie sich besser auf das
nächste Vorstellungsgespräch vor.

Jobagent bearbeiten oder abbestellen: https://www.jobhafen.example.de/jobagent""",
      auto_html=True, brand="JobHafen", cte="quoted-printable", subj_enc=("utf-8", "B"),
      headers=list_headers("<jobagent.jobhafen.example.de>",
                           "https://www.jobhafen.example.de/abmelden?id=7731")),
    M("koeln_besichtigung", OTHER, "de",
      ("Hausverwaltung Brückmann", "vermietung@brueckmann-hv.example.de"),
      "Besichtigungstermin Wohnung Köln-Deutz", "2026-08-24 14:20 +0200",
      """Sehr geehrter Herr Achterberg,

gerne bestätigen wir Ihnen den Besichtigungstermin für die 2-Zimmer-Wohnung in der
Siegburger Straße 88, Köln-Deutz, am Samstag, 29. August 2026, um 10:00 Uhr.

Bitte bringen Sie eine Kopie Ihres Ausweises, Ihres Arbeitsvertrags und eine
Mietschuldenfreiheitsbescheinigung mit.

Mit freundlichen Grüßen
Hausverwaltung Brückmann""",
      charset="iso-8859-1", cte="8bit"),
    M("zahnarzt", OTHER, "de",
      ("Zahnarztpraxis Dr. Özdemir", "termine@praxis-oezdemir.example.de"),
      "Terminerinnerung: Kontrolluntersuchung", "2026-10-19 08:00 +0200",
      """Guten Tag Herr Achterberg,

wir erinnern Sie an Ihren Termin zur Kontrolluntersuchung am Donnerstag, 22. Oktober 2026,
um 7:45 Uhr in unserer Praxis, Deutzer Freiheit 41, Köln.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher
ab.

Ihr Praxisteam Dr. Özdemir""",
      cte="base64"),
    M("rheinufer_apply", OTHER, "de", ME,
      "Bewerbung als Disponent Fahrdienst (m/w/d)", "2026-04-13 20:55 +0200",
      """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Disponent Fahrdienst (m/w/d). Seit zwölf Jahren
fahre ich Linienbus in Utrecht und kenne die Disposition aus Fahrerperspektive sehr genau.

Meinen Lebenslauf finden Sie im Anhang. Ich habe die Bewerbung zusätzlich über Ihr Portal
eingereicht. Über eine Einladung zu einem Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Bart Achterberg""",
      to=[("Rheinufer Verkehr Personal", "bewerbung@rheinufer-verkehr.example.de")],
      charset="iso-8859-1", cte="quoted-printable",
      pdfs=[("Lebenslauf_Achterberg.pdf", [
          "Lebenslauf - Bartholomew Achterberg",
          "Utrecht, Niederlande",
          "2014-2026: Linienbusfahrer und Fahrlehrer, Utrecht",
          "Sprachen: Niederlaendisch, Deutsch, Englisch",
      ])]),
    M("rheinmaas_thanks", OTHER, "de", ME,
      "Danke für das Gespräch", "2026-06-25 19:30 +0200",
      """Liebe Frau Hoffmeister,

vielen Dank für das angenehme Gespräch heute Nachmittag und die Führung durch die
Disposition. Bitte richten Sie auch Herrn Claessens meinen Dank aus.

Die Stelle reizt mich sehr, und ich würde mich über eine positive Rückmeldung freuen.

Mit freundlichen Grüßen
Bart Achterberg""",
      to=[("Lena Hoffmeister", "lena.hoffmeister@rheinmaasrail.example.de")],
      reply="rheinmaas_resched", quote=False, cte="8bit"),
    M("rheinmaas_accept", OTHER, "de", ME,
      "Zusage - Disponent Zugpersonal", "2026-08-10 09:15 +0200",
      """Liebe Frau Hoffmeister,

nach dem Gespräch mit Herrn Claessens und dem verbesserten Angebot nehme ich die Stelle als
Disponent Zugpersonal sehr gerne an. Ich freue mich auf den Start am 1. Oktober!

Bitte schicken Sie mir den Arbeitsvertrag mit den angepassten Konditionen.

Mit freundlichen Grüßen
Bart Achterberg""",
      to=[("Lena Hoffmeister", "lena.hoffmeister@rheinmaasrail.example.de")],
      cc=[("Pieter Claessens", "pieter.claessens@rheinmaasrail.example.de")],
      reply="rheinmaas_offer_letter", quote=True, cte="quoted-printable"),
    M("lena_ooo", OTHER, "de",
      ("Lena Hoffmeister", "lena.hoffmeister@rheinmaasrail.example.de"),
      "Abwesenheitsnotiz: Danke für das Gespräch", "2026-06-25 19:31 +0200",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. Juli nicht im Büro und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
hr-services@rheinmaasrail.example.de.

Thank you for your message. I am out of the office until 3 July.

Lena Hoffmeister""",
      reply="rheinmaas_thanks", quote=False, headers=AUTO_REPLY,
      charset="iso-8859-1", cte="quoted-printable"),
    M("ihk_kurs", OTHER, "de",
      ("Weiterbildungszentrum Rheinland", "kurse@wbz-rheinland.example.de"),
      "Ihre Anmeldung: Zertifikatslehrgang Disponent/in im Verkehrsgewerbe",
      "2026-09-03 13:40 +0200",
      """Sehr geehrter Herr Achterberg,

vielen Dank für Ihre Anmeldung zum Zertifikatslehrgang „Disponent/in im Verkehrsgewerbe“
(Beginn 5. Oktober 2026).

Leider müssen wir Ihnen mitteilen, dass der Lehrgang bereits ausgebucht ist und wir Ihnen
keinen Platz anbieten können. Sie stehen auf Platz 4 der Warteliste. Der nächste Lehrgang
beginnt im Februar 2027.

Mit freundlichen Grüßen
Weiterbildungszentrum Rheinland""",
      charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "Q")),
]

FR = [
    M("alerte_emploi", OTHER, "fr",
      ("Emploi Mobilité Alertes", "alertes@emploi-mobilite.example.fr"),
      "Vos nouvelles offres : régulateur transport - Lille", "2026-04-06 06:00 +0000",
      """Bonjour,

8 nouvelles offres correspondent à votre alerte « régulateur transport » autour de Lille :

- Régulateur réseau bus (H/F) - Transports de l'Agglomération Douaisienne
- Planificateur transport scolaire (H/F) - Cars du Pévèle
- Agent d'exploitation (H/F) - Voyages Lambersart

Conseil carrière : malheureusement, un refus fait partie de toute recherche. Préparez votre
prochain entretien d'embauche avec notre guide gratuit.

Gérer mes alertes / se désinscrire : https://www.emploi-mobilite.example.fr/alertes""",
      auto_html=True, brand="Emploi Mobilité", cte="quoted-printable",
      headers=list_headers("<alertes.emploi-mobilite.example.fr>",
                           "https://www.emploi-mobilite.example.fr/desinscription?id=2291")),
    M("colis_retarde", OTHER, "fr",
      ("Colirapide", "ne-pas-repondre@colirapide.example.fr"),
      "Votre colis est retardé", "2026-02-26 16:05 +0000",
      """Bonjour,

Malheureusement, votre colis n° CR 7731 0042 FR a pris du retard suite à un incident
d'acheminement. Nous faisons le nécessaire pour qu'il vous soit livré au plus vite.

Nouvelle date de livraison estimée : lundi 2 mars 2026.

Suivre mon colis : https://www.colirapide.example.fr/suivi

L'équipe Colirapide""",
      charset="iso-8859-1", cte="quoted-printable"),
    M("delcourt_apply", OTHER, "fr", ME,
      "Candidature - régulateur transport scolaire", "2026-01-19 20:30 +0100",
      """Madame, Monsieur,

Je me permets de vous adresser ma candidature au poste de régulateur publié sur votre site.
Conducteur de bus depuis douze ans à Utrecht, je souhaite aujourd'hui mettre mon expérience du
terrain au service de la planification.

Vous trouverez ci-joint mon CV. Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bart Achterberg""",
      to=[("Transports Scolaires Delcourt", "contact@delcourt-scolaire.example.fr")],
      cte="8bit",
      pdfs=[("CV_Achterberg_FR.pdf", [
          "Bartholomew Achterberg - CV",
          "Conducteur de bus et formateur, Utrecht (2014-2026)",
          "Langues : neerlandais, anglais, allemand, francais",
      ])]),
    M("delcourt_sorry", OTHER, "fr", ME,
      "Re: Entretien manqué ce matin", "2026-02-10 13:20 +0100",
      """Bonjour Monsieur Lefebvre,

Je vous prie de m'excuser : mon train depuis Bruxelles a été supprimé et mon téléphone n'avait
plus de batterie, je n'ai donc pas pu vous prévenir.

Je suis toujours très intéressé par le poste et je serais heureux de convenir d'un nouveau
rendez-vous à votre convenance.

Cordialement,
Bart Achterberg""",
      to=[("Marc Lefebvre", "m.lefebvre@delcourt-scolaire.example.fr")],
      reply="delcourt_missed", charset="iso-8859-1", cte="quoted-printable"),
    M("parcelia_lille_counter", OTHER, "fr", ME,
      "Re: Proposition d'embauche - Planificateur tournées", "2026-05-08 19:45 +0200",
      """Bonjour Camille,

Merci beaucoup pour cette proposition, qui me fait très plaisir.

Avant de m'engager, serait-il possible de revoir le salaire à 33 000 € brut annuel, compte tenu
de mon expérience et des frais de déménagement depuis Utrecht ? Je serais également intéressé
par une participation aux frais de transport.

Bien cordialement,
Bart""",
      to=[CAMILLE := ("Camille Vandamme", "camille.vandamme@parcelia.example.fr")],
      reply="parcelia_lille_offer", charset="windows-1252", cte="8bit"),
    M("ami_refus", OTHER, "fr",
      ("Clémence Hautecoeur", "clemence.hautecoeur@example.fr"),
      "bon, c'est non", "2026-07-30 21:10 +0200",
      """Salut Bart,

Petit message pour te dire que j'ai reçu la réponse de la métropole pour le poste de
coordinatrice : c'est un refus. « Nous avons retenu une candidature correspondant davantage à
nos attentes »... Bref, je suis déçue.

Et toi, des nouvelles de Cologne ? On s'appelle ce week-end ?

Bises,
Clémence""",
      name_enc=("iso-8859-1", "Q"), cte="8bit"),
    M("radio_metropole", OTHER, "fr",
      ("Radio Métropole Nord", "redaction@radio-metropole-nord.example.fr"),
      "Demande d'interview - chauffeurs de bus néerlandais", "2026-10-01 10:30 +0200",
      """Bonjour Monsieur Achterberg,

Je prépare pour Radio Métropole Nord un reportage sur les conducteurs de bus qui viennent
travailler dans la région. Une de vos connaissances m'a transmis votre contact.

Accepteriez-vous de répondre à une interview d'une dizaine de minutes, par téléphone, la
semaine prochaine ?

Merci d'avance,
Sarah Meunier, journaliste""",
      auto_html=True, subj_enc=("utf-8", "Q"), name_enc=("utf-8", "B")),
    M("rdv_medecin", OTHER, "fr",
      ("SantéRDV", "rappel@santerdv.example.fr"),
      "Rappel : votre rendez-vous demain à 9h15", "2026-04-16 18:00 +0200",
      None,
      html=html_shell(
          "<p>Bonjour Bart Achterberg,</p>\n<p>Nous vous rappelons votre rendez-vous "
          "<b>demain, vendredi 17 avril 2026 à 9h15</b> avec le Dr Anne Verhaeghe, médecin "
          "généraliste, 14 rue Esquermoise, Lille.</p>\n<p>En cas d'empêchement, merci "
          "d'annuler votre rendez-vous depuis votre espace.</p>", brand="SantéRDV",
          footer="Ceci est un message automatique, merci de ne pas y répondre."),
      name_enc=("utf-8", "Q"), html_cte="base64"),
]

ES = [
    M("alerta_empleo", OTHER, "es",
      ("EmpleoNorte Alertas", "alertas@empleonorte.example.es"),
      "Nuevas ofertas: planificador de transporte en Bilbao", "2026-06-15 06:10 +0000",
      """Hola Bart,

Hay 6 nuevas ofertas que coinciden con tu alerta «planificador de transporte» en Bizkaia:

- Planificador/a de rutas - Autobuses Ibarra (Basauri)
- Jefe/a de tráfico - Logística Deusto (Bilbao)
- Regulador/a de flota - Tranvías del Cantábrico (Santander)

Consejo: ¿te han rechazado en una entrevista? Lamentablemente, pasa a todos. Descubre cómo
preparar mejor tu próxima entrevista de trabajo.

Gestionar alertas o darte de baja: https://www.empleonorte.example.es/alertas""",
      auto_html=True, brand="EmpleoNorte", cte="quoted-printable",
      headers=list_headers("<alertas.empleonorte.example.es>",
                           "https://www.empleonorte.example.es/baja?u=4410")),
    M("nervion_apply", OTHER, "es", ME,
      "Candidatura Planificador/a de Servicios", "2026-06-22 22:05 +0200",
      """Estimada Sra. Goikoetxea:

Le escribo para presentar mi candidatura al puesto de Planificador/a de Servicios publicado en
su web. Soy conductor de autobús desde hace doce años en Utrecht (Países Bajos) y estoy
dando el paso hacia la planificación.

Adjunto mi currículum en el formulario de su página y quedo a su disposición para una
entrevista.

Atentamente,
Bart Achterberg""",
      to=[("Ane Goikoetxea", "ane.goikoetxea@transportesnervion.example.es")],
      charset="iso-8859-1", cte="8bit"),
    M("nervion_move_request", OTHER, "es", ME,
      "Re: Cambio de hora - entrevista Planificador/a de Servicios", "2026-07-02 18:30 +0200",
      """Hola, Ane:

Muchas gracias por la invitación. Por desgracia, el vuelo de Ámsterdam a Bilbao que había
reservado para el día 8 ha sido cancelado. ¿Sería posible hacer la entrevista el jueves 9 a
cualquier hora?

Disculpa las molestias.

Un saludo,
Bart""",
      to=[("Ane Goikoetxea", "ane.goikoetxea@transportesnervion.example.es")],
      reply="nervion_invite", quote=True),
    M("banco_posicion", OTHER, "es",
      ("Banco Cantábrico", "avisos@bancocantabrico.example.es"),
      "Tu posición global a 30 de septiembre", "2026-10-02 07:00 +0000",
      None,
      html=html_shell(
          "<p>Hola, Bart:</p>\n<p>Ya tienes disponible el resumen de tu <b>posición global</b> "
          "a 30 de septiembre de 2026: cuentas, tarjetas y ahorro.</p>\n<p>Puedes consultarlo "
          "en la app o en la banca online.</p>", brand="Banco Cantábrico",
          footer="Banco Cantábrico nunca te pedirá tus claves por correo electrónico."),
      html_charset="iso-8859-1", html_cte="quoted-printable"),
    M("visita_piso", OTHER, "es",
      ("Inmobiliaria Abando", "info@inmoabando.example.es"),
      "Visita al piso de la calle Licenciado Poza", "2026-05-27 17:30 +0200",
      """Hola Bart:

Te confirmamos la visita al piso de dos habitaciones de la calle Licenciado Poza 40, 3.º izq.,
el sábado 30 de mayo a las 11:00. Te esperará en el portal nuestro agente, Aitor.

Recuerda traer el DNI o pasaporte.

Un saludo,
Inmobiliaria Abando""",
      cte="8bit"),
    M("cita_medica", OTHER, "es",
      ("Clínica Dental Indautxu", "citas@clinicaindautxu.example.es"),
      "Recordatorio de cita", "2026-07-06 09:00 +0200",
      """Estimado paciente:

Le recordamos su cita el martes 7 de julio de 2026 a las 17:30 en Clínica Dental Indautxu,
Alameda de Urquijo 70, Bilbao.

Si no puede acudir, por favor avísenos con 24 horas de antelación.""",
      charset="windows-1252", cte="quoted-printable", name_enc=("windows-1252", "Q")),
    M("amiga_fwd_invite", OTHER, "es",
      ("Amaia Larrañaga", "amaia.larranaga@example.es"),
      "RV: Convocatoria de entrevista", "2026-09-14 21:00 +0200",
      """Hola Bart:

¡Mira! Me han llamado para una entrevista en el tranvía de Vitoria. Tú que has hecho tantas
este año, ¿algún consejo? Te reenvío el correo.

Besos,
Amaia""",
      name_enc=("utf-8", "Q"), cte="quoted-printable",
      fwd=M("amaia_inner", OTHER, "es",
            ("Selección Tranvía Gasteiz", "seleccion@tranviagasteiz.example.es"),
            "Convocatoria de entrevista", "2026-09-14 12:00 +0200",
            """Estimada Amaia:

Le convocamos a una entrevista para el puesto de Operadora de Puesto de Mando el lunes 21 de
septiembre a las 10:00 en nuestras oficinas.

Atentamente,
Selección - Tranvía Gasteiz""",
            to=[("Amaia Larrañaga", "amaia.larranaga@example.es")])),
    M("curso_no_admitido", OTHER, "es",
      ("Escuela de Logística de Bizkaia", "secretaria@elbizkaia.example.es"),
      "Resolución de admisión - Curso de Planificación del Transporte", "2026-09-18 12:30 +0200",
      """Estimado Bart Achterberg:

Le comunicamos que su solicitud de plaza en el Curso de Planificación del Transporte
(octubre 2026) no ha sido admitida, al haberse cubierto todas las plazas disponibles.

Lamentamos no poder darle una respuesta favorable. Puede inscribirse en la próxima edición,
prevista para febrero de 2027.

Secretaría Académica
Escuela de Logística de Bizkaia""",
      charset="iso-8859-1", cte="base64"),
    M("newsletter_movilidad", OTHER, "es",
      ("Movilidad Hoy", "boletin@movilidadhoy.example.es"),
      "Movilidad Hoy: entrevista al director del metro y nuevas ofertas", "2026-10-09 08:00 +0000",
      None,
      html=html_shell(
          "<h2>Movilidad Hoy - Boletín semanal</h2>\n<p><b>Entrevista:</b> el director de "
          "operaciones del metro habla sobre la nueva regulación del tráfico.</p>\n<p><b>Empleo:"
          "</b> por qué tantas candidaturas reciben un rechazo y cómo evitarlo.</p>\n<p><b>"
          "Ofertas de la semana:</b> planificador/a, jefe/a de tráfico, regulador/a.</p>",
          brand="Movilidad Hoy",
          footer="Recibes este boletín porque te suscribiste en movilidadhoy.example.es. "
                 "<a href=\"https://movilidadhoy.example.es/baja\">Darse de baja</a>"),
      headers=list_headers("Movilidad Hoy <boletin.movilidadhoy.example.es>",
                           "mailto:baja@movilidadhoy.example.es")),
]

MESSAGES = OWN_EN + OTHER_EN + DE + FR + ES
