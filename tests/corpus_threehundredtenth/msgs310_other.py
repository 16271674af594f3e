"""other messages for the threehundredtenth corpus: the candidate's own mail, newsletters, job
alerts, automatic replies and the everyday mail that only sounds like job mail."""

from __future__ import annotations

from msgs310_common import AUTO, AUTO_GEN, CAND, CAND_SIG, bulk, m

OTHER = "other"

CV_LINES = [
    "Tomasz Wroblewski - Curriculum Vitae", "Cork, Ireland | tomasz.wroblewski@example.ie",
    "Warehouse Shift Supervisor, 2019-present (team of 24, 3PL cross-dock)",
    "Skills: Excel (advanced), SAP EWM user, Power BI, lean, forklift licence",
    "Education: BSc Logistics, Poznan; Diploma Supply Chain Planning (in progress)",
]

SPECS = [
    # ================================================================== the candidate's own mail
    m(OTHER, "en", "own_liffey_application", CAND,
      "Application – Demand Planning Assistant", "2026-02-28 21:40 +0000",
      """Dear Mr Whelan,

I saw your post about a Demand Planning Assistant at Liffey Drinks Distribution and would like
to apply. I have six years' experience as a warehouse shift supervisor in Cork, where I look
after inbound scheduling and stock accuracy for a drinks and FMCG customer, and I am now
completing a diploma in supply chain planning.

My CV is attached. I would welcome the chance to talk about the role.

""" + CAND_SIG, to=("Paul Whelan", "paul.whelan@liffeydrinks.example.ie"),
      pdfs=[("CV_Tomasz_Wroblewski.pdf", CV_LINES)], cte="8bit"),
    m(OTHER, "en", "own_chainlink_cv", CAND,
      "CV – Limerick demand planner role", "2026-03-17 07:55 +0000",
      """Hi Niamh,

Thanks for the call yesterday. As discussed, here's my updated CV for the demand planner role
in Limerick. Happy for you to put me forward.

Thanks,
Tomasz
""", to=("Niamh Kearney", "niamh@chainlinktalent.example.ie"),
      pdfs=[("Tomasz_Wroblewski_CV_2026.pdf", CV_LINES)]),
    m(OTHER, "en", "own_leevalley_apology", CAND,
      "Re: We missed you today", "2026-02-26 18:02 +0000",
      """Hi Ciara,

I'm so sorry about today. I was called in to cover an injury on the warehouse floor just before
two and couldn't get to my phone until the end of the shift. That's not the impression I wanted
to make.

I'm still very interested in the role and would be grateful for another chance. I'm free any
morning next week.

Apologies again,
Tomasz
""", to=("Ciara Lynch", "ciara.lynch@leevalleydistillers.example.ie"),
      parent="leevalley_missed", quote="en", cte="quoted-printable"),
    m(OTHER, "en", "own_atlantic_move_request", CAND,
      "Re: Interview – Supply Chain Coordinator", "2026-04-02 20:15 +0100",
      """Hi Orla,

Thank you for the invitation - I'd be delighted to come to Oranmore. Unfortunately I'm rostered
on a stocktake on Wednesday the 15th that I can't move. Would Thursday 16 April at the same
time be possible instead?

Best regards,
Tomasz
""", to=("Orla Keane", "orla.keane@atlanticdrinks.example.ie"), parent="atlantic_invite",
      quote="en"),
    m(OTHER, "en", "own_shannon_application", CAND,
      "Application – Logistics Planning Officer", "2026-04-24 22:11 +0100",
      """Dear Ms Walsh,

Please find attached my CV and cover letter for the Logistics Planning Officer position at
Shannon Estuary Ports, advertised on your website.

I currently supervise a team of 24 on a busy 3PL cross-dock in Cork, and I would love to bring
that operational experience to cargo and berth planning at Foynes.

Thank you for considering my application.

""" + CAND_SIG, to=("Eimear Walsh", "ewalsh@shannonestuaryports.example.ie"),
      pdfs=[("CV_Tomasz_Wroblewski.pdf", CV_LINES),
            ("Cover_Letter_Shannon.pdf", ["Dear Ms Walsh,",
                                          "I am applying for the Logistics Planning Officer role.",
                                          "Yours sincerely, Tomasz Wroblewski"])]),
    m(OTHER, "en", "own_corran_thanks", CAND,
      "Thank you – panel interview today", "2026-04-28 18:47 +0100",
      """Hi Aoife,

Thank you for organising today's panel, and please pass on my thanks to Ger and Siobhán. I
really enjoyed the case study and the conversation about how the planning team works with the
sterilisation schedule.

It confirmed how much I'd like to join the team. Looking forward to hearing from you.

Kind regards,
Tomasz
""", to=("Aoife Brennan", "aoife.brennan@corranmedical.example.ie"), html="alt",
      style="simple"),
    m(OTHER, "en", "own_corran_counter", CAND,
      "Re: Offer of Employment – Demand Planner – Tomasz Wróblewski", "2026-09-28 19:30 +0100",
      """Dear Fionnuala,

Thank you very much for the offer letter - I'm excited about the role.

Before I sign, I wanted to ask whether there is any flexibility on the base salary. I have a
competing offer at a slightly higher level, and I'd also be relocating from Fermoy to Cork city.
Would a base of EUR 55,000 be possible?

Corran is my first choice and I'd really like to make this work.

Kind regards,
Tomasz
""", to=("Fionnuala Byrne", "fionnuala.byrne@corranmedical.example.ie"),
      parent="corran_offer_letter", quote="en"),
    m(OTHER, "en", "own_corran_accept", CAND,
      "Re: Offer of Employment – Demand Planner – acceptance", "2026-10-02 08:10 +0100",
      """Dear Fionnuala,

Thank you for revising the offer. I'm delighted to accept, and I've attached the signed offer
letter. Please thank Ger and Aoife for me as well.

Kind regards,
Tomasz
""", to=("Fionnuala Byrne", "fionnuala.byrne@corranmedical.example.ie"),
      cc=[("Aoife Brennan", "aoife.brennan@corranmedical.example.ie")],
      parent="corran_revised_offer", quote="en",
      pdfs=[("Revised_Offer_Letter_v2_signed.pdf", ["Signed: Tomasz Wroblewski, 2 Oct 2026"])]),
    # ================================================================== bulk and alerts (en)
    m(OTHER, "en", "jobtrawl_alert",
      ("JobTrawl.ie Alerts", "alerts@jobtrawl.example.ie"),
      "12 new jobs for 'demand planner' in Munster", "2026-02-18 06:00 +0000",
      """Your daily job alert: demand planner, Munster

1. Demand Planner - Corran Medical - Cork - Apply in minutes, easy interview process
2. Junior S&OP Analyst - Kerry Valley Foods - Tralee - No CV rejections: we read them all!
3. Inventory Planner - Harbour Cold Stores - Little Island - Interviews this week
4. Supply Planner (12-month contract) - Confidential - Limerick
5. Replenishment Analyst - FreshWay Stores - Dublin 12 / hybrid

Unfortunately, some jobs in your last alert have expired.

Tip of the week: What to do after a rejection? Ask for feedback - most employers will give it
if you ask politely within a week.

Manage your alerts: https://www.jobtrawl.example.ie/alerts
You are receiving this email because you created a job alert on JobTrawl.ie.
""", to="undisclosed-recipients:;",
      headers=bulk("JobTrawl daily alerts <alerts.jobtrawl.example.ie>",
                   "https://www.jobtrawl.example.ie/unsubscribe?u=77120"),
      html="alt", style="news", brand="JobTrawl.ie"),
    m(OTHER, "en", "planning_desk_newsletter",
      ("The Planning Desk", "newsletter@planningdesk.example.com"),
      "The Planning Desk #41: Rejection-proof your S&OP career", "2026-03-05 07:30 +0000",
      """THE PLANNING DESK - issue 41

In this issue:

- Rejected again? Five demand planners share how they turned a "no" into an offer
- Interview invitation etiquette: how fast should you reply?
- "Unfortunately, we have decided..." - decoding the rejection email
- Case study: how a dairy co-op cut forecast error by 18% in one season
- Events: S&OP Ireland Summit, Dublin, 22 April

Read online: https://planningdesk.example.com/issues/41

You are subscribed as tomasz.wroblewski@example.ie. Unsubscribe at any time.
""", html="alt", style="news", brand="The Planning Desk", cte="quoted-printable",
      headers=bulk("The Planning Desk <weekly.planningdesk.example.com>",
                   "https://planningdesk.example.com/u/c81aa2")),
    m(OTHER, "en", "chainlink_market_update",
      ("Chainlink Talent", "news@chainlinktalent.example.ie"),
      "Supply Chain Salary & Hiring Update – Q2 2026", "2026-04-09 10:00 +0100",
      """Hi Tomasz,

Our Q2 market update is here. Highlights:

- Demand for S&OP analysts in pharma and medtech up 14% on Q1
- Average time from interview to offer now 19 days
- More employers are running video first interviews, followed by on-site case studies
- Counter-offers: why 60% of candidates who accept one leave within a year

Download the full salary guide: https://chainlinktalent.example.ie/salary-guide-2026

The Chainlink Talent team
""", headers=bulk("Chainlink Talent news <news.chainlinktalent.example.ie>",
                  "https://chainlinktalent.example.ie/unsubscribe/a17"),
      html="only", style="news", brand="Chainlink Talent – Market Update"),
    m(OTHER, "en", "sop_webinar",
      ("SupplyIQ Events", "events@supplyiq.example.com"),
      "Last chance: S&OP Masterclass webinar – Thursday", "2026-05-11 14:00 +0000",
      """Hi Tomasz,

Spaces are filling up for Thursday's free S&OP Masterclass (13:00 IST, 60 minutes). Our panel
will cover consensus forecasting, running a monthly executive review, and the interview
questions planners get asked most.

Register now: https://supplyiq.example.com/webinars/sop-masterclass

See you there,
SupplyIQ Events
""", headers=bulk("SupplyIQ events <events.supplyiq.example.com>",
                  "https://supplyiq.example.com/unsub/7781"),
      html="alt", style="news", brand="SupplyIQ"),
    m(OTHER, "en", "profile_views",
      ("WorkConnect", "notifications@workconnect.example.com"),
      "You appeared in 9 searches this week", "2026-06-15 08:12 +0000",
      """Hi Tomasz,

You appeared in 9 searches this week.

Recruiters from Meridian Search Partners, Chainlink Talent and a pharmaceutical company viewed
your profile. Add "demand planning" to your skills to show up in more searches for interview-
ready candidates.

See who's looking: https://workconnect.example.com/me/searches

Unsubscribe from weekly search updates: https://workconnect.example.com/settings
""", headers={**bulk("WorkConnect weekly <weekly.workconnect.example.com>",
                     "https://workconnect.example.com/u/3"), **AUTO_GEN}, html="only",
      style="ats", brand="WorkConnect"),
    m(OTHER, "en", "shiftready_timesheet",
      ("ShiftReady Timesheets", "timesheets@shiftready.example.ie"),
      "Reminder: submit your timesheet for week ending 24/05", "2026-05-25 09:00 +0100",
      """Hi Tomasz,

This is a reminder to submit your timesheet for the week ending Sunday 24/05/2026 by 12 noon
today so that you are paid on Friday.

Assignment: Inventory Controller - Little Island
Log in: https://portal.shiftready.example.ie/timesheets

This is an automated message. Please contact your branch with any questions.
""", headers=AUTO_GEN, cte="7bit"),
    # ================================================================== interviews that are not
    m(OTHER, "en", "podcast_request",
      ("Hannah Doyle", "hannah@warehousevoices.example.com"),
      "Interview for Warehouse Voices podcast?", "2026-03-24 12:44 +0000",
      """Hi Tomasz,

I host Warehouse Voices, a small podcast about the people who keep Irish logistics moving.
Your post about training new forklift drivers in winter got a lot of attention, and I'd love to
interview you for an episode - 40 minutes, recorded remotely, whenever suits you in April.

No pressure at all, and no preparation needed. Let me know if you're interested!

Hannah Doyle
Host & producer, Warehouse Voices
""", cte="quoted-printable",
      contact="hannah@warehousevoices.example.com"),
    m(OTHER, "en", "radio_interview",
      ("Marta Kowal", "marta.kowal@corkcommunityradio.example.ie"),
      "Radio interview – New Voices of Cork", "2026-06-02 15:20 +0100",
      """Hello Tomasz,

I'm a volunteer producer on "New Voices of Cork" on Cork Community Radio. We're doing a series
on people who moved to Cork from abroad and built their careers here, and a friend of yours,
Kasia, suggested we talk to you.

Would you be up for a 15-minute recorded interview in our studio on Shandon Street one evening
in June? We'd talk about your work in logistics and life in Cork.

Thanks a million,
Marta Kowal
Cork Community Radio
""", cte="8bit",
      contact="marta.kowal@corkcommunityradio.example.ie"),
    m(OTHER, "en", "bank_research_interview",
      ("Tolka Bank Research", "research@tolkabank.example.ie"),
      "Share your views: 30-minute research interview (€40 voucher)", "2026-07-21 11:00 +0100",
      """Hi Tomasz,

Our design team is improving the Tolka Bank app and would like to hear from customers like you.
We're inviting a small group to a 30-minute video interview about how you manage bills and
savings. There are no right or wrong answers.

As a thank you, you'll receive a €40 One4All voucher.

Book your slot: https://research.tolkabank.example.ie/book?id=4481

Tolka Bank User Research
""", charset="windows-1252", cte="quoted-printable", html="alt", style="ats",
      brand="Tolka Bank"),
    # ================================================================== everyday traps
    m(OTHER, "en", "parcel_delayed",
      ("ParcelGo Ireland", "noreply@parcelgo.example.ie"),
      "Unfortunately your parcel is delayed", "2026-02-05 13:31 +0000",
      """Hi Tomasz,

Unfortunately your parcel is delayed due to severe weather affecting our Dublin hub.

Tracking number: PG4471902IE
From: Supply Chain Books Ltd
New estimated delivery: Monday 9 February

We apologise for the inconvenience. You can reschedule delivery or choose a collection point
in the app.

ParcelGo Ireland
""", html="alt", style="ats", brand="ParcelGo", headers=AUTO_GEN),
    m(OTHER, "en", "bank_position_statement",
      ("Tolka Bank Investments", "statements@tolkabank.example.ie"),
      "Your quarterly position statement is ready", "2026-04-03 06:15 +0100",
      """Dear Tomasz Wróblewski,

Your quarterly position statement for the period ending 31 March 2026 is now available in
online banking.

Account: Investment Account ****2231
Closing position: 3 holdings

Log in to view your statement. For security reasons we never include attachments or links to
sign in.

Tolka Bank Investments
""", headers=AUTO_GEN, cte="base64"),
    m(OTHER, "en", "gps_position_update",
      ("TrakPoint", "alerts@trakpoint.example.com"),
      "Position update: 'Bike' left safe zone", "2026-08-14 22:47 +0100",
      """TrakPoint alert

Your tracker "Bike" has left the safe zone "Home".

Last position: 51.8985 N, 8.4756 W (Douglas Road, Cork)
Time: 14 Aug 2026, 22:45 IST
Speed: 18 km/h

Open the app to see the live position.
""", headers=AUTO_GEN, cte="7bit"),
    m(OTHER, "en", "rotterdam_viewing",
      ("Ruud Jansen", "ruud.jansen@kralingenrentals.example.nl"),
      "Viewing – 2-bed apartment, Kralingen", "2026-03-29 10:20 +0200",
      """Hi Tomasz,

Thanks for your interest in the apartment on Oudedijk. I can offer you a video viewing on
Wednesday at 18:30 or an in-person viewing on Saturday at 11:00 if you're in Rotterdam then.

Please note the landlord requires proof of income (three payslips or an employment contract)
before we can take an application forward.

Kind regards,
Ruud Jansen
Kralingen Rentals
""", cte="quoted-printable",
      contact="ruud.jansen@kralingenrentals.example.nl"),
    m(OTHER, "en", "dentist_reminder",
      ("Douglas Dental", "reminders@douglasdental.example.ie"),
      "Appointment reminder – Tue 12 May, 08:15", "2026-05-10 18:00 +0100",
      """Hi Tomasz,

This is a reminder of your appointment with Dr. Ní Riain at Douglas Dental on Tuesday 12 May
at 08:15 (check-up and clean).

If you cannot attend, please let us know at least 24 hours in advance on 021 489 0021, or a
missed appointment fee of EUR 30 may apply.

Douglas Dental
""", headers=AUTO_GEN, cte="7bit"),
    m(OTHER, "en", "friend_rejection",
      ("Kasia Nowak", "kasia.nowak@example.com"),
      "ugh", "2026-04-17 21:33 +0100",
      """Hey Tom,

Just got the rejection from that Ballincollig job I told you about. "We have decided to move
forward with candidates whose experience more closely matches" - after THREE interviews.
Honestly I'm gutted.

How are your interviews going? Still on for pints Saturday?

K
""", cte="7bit", flowed=True,
      contact="kasia.nowak@example.com"),
    m(OTHER, "en", "marek_inner_invite",
      ("Anna Lis", "anna.lis@brightwater-foods.example.co.uk"),
      "Interview invitation – Logistics Coordinator", "2026-05-19 09:00 +0100",
      """Dear Marek,

Thank you for your application. We would like to invite you to an interview for the Logistics
Coordinator role on Tuesday 26 May at 14:00 at our Bristol depot.

Kind regards,
Anna Lis
HR Advisor, Brightwater Foods
""", to=("Marek Zieliński", "marek.zielinski@example.co.uk"), ghost=True),
    m(OTHER, "en", "friend_forwards_invite",
      ("Marek Zieliński", "marek.zielinski@example.co.uk"),
      "Fwd: Interview invitation – Logistics Coordinator", "2026-05-19 20:40 +0100",
      """Tomek,

Look what came through! Forwarding it so you can see - it's my first interview in the UK. Any
tips? You've done loads of these now. What do they ask about in logistics interviews?

Marek
""", fwd="marek_inner_invite", cte="quoted-printable",
      contact="marek.zielinski@example.co.uk"),
    m(OTHER, "en", "course_place_refused",
      ("CIPS Evening Programme", "admissions@corkcollege.example.ie"),
      "Your application: Certificate in Procurement and Supply (evening)", "2026-01-22 16:05 +0000",
      """Dear Tomasz,

Thank you for applying for a place on the part-time Certificate in Procurement and Supply
(Tuesday and Thursday evenings, starting February 2026).

Unfortunately, the course is oversubscribed and we are unable to offer you a place on this
intake. Your application has been placed on the waiting list and will be considered
automatically for the September 2026 intake.

Admissions Office
Cork College of Commerce and Technology
""", cte="quoted-printable"),
    m(OTHER, "en", "headhunter_cold",
      ("Sophie Grant", "sophie.grant@hollisgrange.example.co.uk"),
      "Supply chain planning opportunities – quick intro", "2026-08-25 13:12 +0100",
      """Hi Tomasz,

I came across your profile on WorkConnect and was impressed by your operational background.
I'm a recruiter specialising in supply chain planning across Ireland and the UK, and I often
work with clients who value people who've run a warehouse floor.

Nothing specific right now, but I'd be happy to have an informal chat about your plans and
what you're looking for. Feel free to book time in my calendar:
https://calendar.example.com/sophie-grant/20min

Best,
Sophie Grant
Hollis & Grange Recruitment
""", html="alt", style="simple",
      contact="sophie.grant@hollisgrange.example.co.uk"),
    m(OTHER, "en", "aoife_out_of_office",
      ("Aoife Brennan", "aoife.brennan@corranmedical.example.ie"),
      "Automatic reply: Thank you – panel interview today", "2026-04-28 18:47 +0100",
      """Thank you for your email. I am out of the office until Monday 4 May with limited access to
email. For urgent recruitment queries please contact talent@corranmedical.example.ie.

Aoife Brennan
""", headers=AUTO, parent="own_corran_thanks", cte="7bit",
      contact="aoife.brennan@corranmedical.example.ie"),
    m(OTHER, "en", "former_manager_reference",
      ("Brian O'Mahony", "brian.omahony@example.com"),
      "Re: Reference", "2026-04-16 20:02 +0100",
      """Tomasz,

Of course - happy to be your referee, and you can give them my mobile. You were the best shift
lead I had in ten years. If Corran ring me I'll tell them they'd be mad not to take you.

Good luck with the panel.

Brian
""", cte="7bit",
      contact="brian.omahony@example.com"),
    # ================================================================== German
    m(OTHER, "de", "own_niederrhein_application", CAND,
      "Bewerbung als Bedarfsplaner – Tomasz Wróblewski", "2026-04-06 21:05 +0100",
      """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Bedarfsplaner (m/w/d) in Neuss. Seit sechs Jahren
leite ich als Schichtleiter ein Team von 24 Mitarbeitern in einem Logistikzentrum in Cork,
Irland. Ich spreche Deutsch auf B2-Niveau und möchte mich in der Absatzplanung weiterentwickeln.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Tomasz Wróblewski
""", to=("Personalabteilung Niederrhein Getränke", "bewerbung@niederrhein-getraenke.example.de"),
      pdfs=[("Lebenslauf_Wroblewski.pdf", CV_LINES)], charset="iso-8859-1",
      cte="quoted-printable"),
    m(OTHER, "de", "stellenalert_rhein",
      ("Jobfinder Rhein", "alert@jobfinder-rhein.example.de"),
      "Neue Jobs für „Demand Planner“ in Düsseldorf", "2026-05-04 05:45 +0200",
      """Ihre neuen Stellenangebote für „Demand Planner“ (Umkreis 30 km)

• Demand Planner (m/w/d) – Kessler Pharma – Düsseldorf – Schnelle Zusage, Vorstellungsgespräch
  innerhalb einer Woche
• Supply Chain Analyst (m/w/d) – Rhein-Ruhr Distribution – Duisburg
• Disponent (m/w/d) – Frischmarkt Rhein – Düsseldorf

Leider sind 3 Stellen aus Ihrem letzten Suchauftrag nicht mehr verfügbar.

Ratgeber: Absage erhalten? So fragen Sie richtig nach Feedback.

Suchauftrag verwalten oder abbestellen: https://jobfinder-rhein.example.de/suchauftrag
""", charset="windows-1252", cte="quoted-printable", senc=("windows-1252", "q"),
      headers=bulk("Jobfinder Rhein Suchauftrag <suchauftrag.jobfinder-rhein.example.de>",
                   "https://jobfinder-rhein.example.de/abmelden?id=551"),
      html="alt", style="news", brand="Jobfinder Rhein"),
    m(OTHER, "de", "wohnung_besichtigung",
      ("Helga Wirtz", "helga.wirtz@example.de"),
      "Besichtigungstermin Wohnung Bilk", "2026-06-29 19:12 +0200",
      """Hallo Herr Wróblewski,

danke für Ihre Anfrage zur 2-Zimmer-Wohnung in der Bilker Allee. Eine Besichtigung ist am
Samstag, 4. Juli, um 14:00 Uhr möglich. Leider kann ich keinen anderen Termin anbieten, da die
Wohnung noch bewohnt ist.

Bitte bringen Sie eine Mieterselbstauskunft und einen Arbeitsvertrag oder Einkommensnachweis
mit.

Freundliche Grüße
Helga Wirtz
""", charset="iso-8859-1", cte="8bit",
      contact="helga.wirtz@example.de"),
    m(OTHER, "de", "markus_abwesenheit",
      ("Markus Schäfer", "markus.schaefer@kesslerpharma.example.de"),
      "Abwesenheitsnotiz: Rückfrage zum Angebot", "2026-10-02 10:04 +0200",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. Oktober nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an recruiting@kesslerpharma.example.de.

Mit freundlichen Grüßen
Markus Schäfer
""", headers=AUTO, charset="iso-8859-1", cte="quoted-printable",
      contact="markus.schaefer@kesslerpharma.example.de"),
    m(OTHER, "de", "sprachkurs_kein_platz",
      ("Sprachschule Rheinblick", "kurse@sprachschule-rheinblick.example.de"),
      "Ihre Anmeldung: Intensivkurs Deutsch B2/C1 (Online)", "2026-02-11 12:30 +0100",
      """Sehr geehrter Herr Wróblewski,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2/C1 (online, ab 2. März).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen
Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt und informieren Sie, sobald ein
Platz frei wird oder der nächste Kurs im Mai startet.

Mit freundlichen Grüßen
Ihr Team der Sprachschule Rheinblick
""", cte="base64"),
    m(OTHER, "de", "rundbrief_supply_chain",
      ("Supply Chain Rundbrief", "redaktion@scm-rundbrief.example.de"),
      "Rundbrief 07/2026: Vorstellungsgespräch, Absage, Gegenangebot", "2026-07-01 07:00 +0200",
      """SUPPLY CHAIN RUNDBRIEF – Ausgabe Juli 2026

Themen dieser Ausgabe:

1. Das Vorstellungsgespräch als Planer: Diese Fallstudien erwarten Sie
2. Nach der Absage ist vor der Zusage – Erfahrungsberichte aus der Praxis
3. S&OP im Mittelstand: Warum Excel noch lange nicht tot ist
4. Termine: Logistik-Stammtisch Düsseldorf, 16. Juli

Zum Abbestellen klicken Sie bitte hier: https://scm-rundbrief.example.de/abmelden
""", headers=bulk("Supply Chain Rundbrief <rundbrief.scm-rundbrief.example.de>",
                  "https://scm-rundbrief.example.de/abmelden?u=90"),
      html="only", style="news", brand="Supply Chain Rundbrief"),
    # ================================================================== French
    m(OTHER, "fr", "own_saone_decline", CAND,
      "Re: Proposition d'embauche – Analyste S&OP", "2026-07-05 20:18 +0200",
      """Bonjour Camille,

Je vous remercie sincèrement pour cette proposition et pour l'accueil chaleureux de toute
l'équipe à Saint-Priest.

Après beaucoup de réflexion, j'ai décidé de ne pas donner suite : pour des raisons familiales,
nous avons finalement choisi de rester en Irlande pour le moment. C'était une décision très
difficile.

J'espère que nos chemins se recroiseront.

Bien cordialement,
Tomasz Wróblewski
""", to=("Camille Roux", "camille.roux@saone-logistique.example.fr"), parent="saone_offer",
      quote="fr", charset="windows-1252", cte="quoted-printable"),
    m(OTHER, "fr", "alerte_emploi_rhone",
      ("EmploiRhône", "alertes@emploirhone.example.fr"),
      "5 nouvelles offres : planificateur – Lyon et alentours", "2026-03-16 06:30 +0100",
      """Vos nouvelles offres d'emploi

• Planificateur de la demande H/F – Laboratoires Rhôneval – Lyon 7e – entretien rapide
• Analyste S&OP H/F – Saône Logistique – Saint-Priest
• Approvisionneur H/F – Primeur & Cie – Corbas
• Gestionnaire de stocks H/F – Intérim – Vénissieux
• Ordonnanceur H/F – Transports Gerland – Lyon

Malheureusement, certaines offres de votre alerte précédente ne sont plus disponibles.

Conseil : comment rebondir après un refus ? Lisez notre dossier.

Gérer mes alertes : https://www.emploirhone.example.fr/alertes
""", headers=bulk("Alertes EmploiRhone <alertes.emploirhone.example.fr>",
                  "https://www.emploirhone.example.fr/desinscription?a=3310"),
      html="alt", style="news", brand="EmploiRhône", charset="windows-1252",
      cte="quoted-printable"),
    m(OTHER, "fr", "lettre_supply",
      ("La Lettre Supply", "bonjour@lettresupply.example.fr"),
      "La Lettre Supply n°58 – réussir son entretien de planificateur", "2026-05-21 08:00 +0200",
      """LA LETTRE SUPPLY – n°58

Au sommaire :
- Réussir son entretien de planificateur : les 7 questions incontournables
- Refus après un entretien final : faut-il demander un retour ?
- Le S&OP dans l'agroalimentaire lyonnais
- Agenda : Salon de la logistique, Eurexpo Lyon, 9–11 juin

Vous recevez cette lettre car vous êtes inscrit sur lettresupply.example.fr.
Se désinscrire : https://lettresupply.example.fr/desinscription
""", headers=bulk("La Lettre Supply <lettre.lettresupply.example.fr>",
                  "https://lettresupply.example.fr/desinscription?u=t.w"),
      html="only", style="news", brand="La Lettre Supply"),
    m(OTHER, "fr", "colis_retarde",
      ("Colisprompt", "ne-pas-repondre@colisprompt.example.fr"),
      "Votre colis est retardé", "2026-06-06 09:12 +0200",
      """Bonjour,

Malheureusement, votre colis n° 6A19982734451 est retardé en raison d'un incident sur notre
plateforme de tri de Corbas. Nous faisons notre possible pour vous le livrer au plus vite.

Nouvelle date de livraison estimée : mardi 9 juin.

Nous vous prions de nous excuser pour ce désagrément.

Le service client Colisprompt
""", headers=AUTO_GEN, charset="iso-8859-1", cte="8bit"),
    m(OTHER, "fr", "interview_magazine",
      ("Léa Fontaine", "lea.fontaine@logistiquemag.example.fr"),
      "Demande d'interview – Logistique Magazine", "2026-06-11 16:30 +0200",
      """Bonjour Monsieur Wróblewski,

Je suis journaliste à Logistique Magazine. Nous préparons un dossier sur les parcours
européens dans les métiers de l'entrepôt et j'aimerais beaucoup vous interviewer (20 minutes
par téléphone) sur votre expérience en Irlande.

Seriez-vous disponible la semaine prochaine ?

Bien cordialement,
Léa Fontaine
Logistique Magazine
""", cte="base64",
      contact="lea.fontaine@logistiquemag.example.fr"),
    m(OTHER, "fr", "visite_appartement_lyon",
      ("Agence Croix-Rousse Immobilier", "location@croixrousse-immo.example.fr"),
      "Visite – T2 rue d'Austerlitz", "2026-06-03 11:47 +0200",
      """Bonjour Monsieur,

Suite à votre demande, nous vous proposons une visite du T2 situé rue d'Austerlitz le mardi
9 juin à 18h00. Le dossier de location devra comporter un contrat de travail ou une promesse
d'embauche ainsi que les trois derniers bulletins de salaire.

Merci de confirmer votre présence.

Cordialement,
Nadia Benali
Agence Croix-Rousse Immobilier
""", charset="windows-1252", cte="quoted-printable"),
    m(OTHER, "fr", "camille_absence",
      ("Camille Roux", "camille.roux@saone-logistique.example.fr"),
      "Réponse automatique : Re: Proposition d'embauche – Analyste S&OP",
      "2026-07-05 20:18 +0200",
      """Bonjour,

Je suis absente du bureau jusqu'au 13 juillet inclus. Pour toute question urgente concernant
un recrutement, merci de contacter rh@saone-logistique.example.fr.

Cordialement,
Camille Roux
""", headers=AUTO, parent="own_saone_decline", senc=("utf-8", "b"),
      contact="camille.roux@saone-logistique.example.fr"),
    m(OTHER, "fr", "ami_refus",
      ("Agnieszka Wójcik", "agnieszka.wojcik@example.fr"),
      "bon, encore un refus…", "2026-05-08 22:05 +0200",
      """Salut Tomasz,

Je viens de recevoir une réponse négative de la pharma de Gerland, « votre candidature n'a pas
été retenue », même pas d'entretien. Je commence à désespérer un peu !

Et toi, ça avance ? Tu viens toujours à Lyon en juin ? On pourrait dîner ensemble.

Bises,
Aga
""", cte="8bit",
      contact="agnieszka.wojcik@example.fr"),
    # ================================================================== Spanish
    m(OTHER, "es", "own_cierzo_nuevo_dia", CAND,
      "Re: No pudimos conectar contigo", "2026-06-17 19:40 +0200",
      """Hola Begoña:

Te pido disculpas por lo de hoy. Tuve un problema con la conexión en el almacén y no pude
avisar a tiempo. Sigo muy interesado en el puesto.

¿Podríamos hacer la entrevista el lunes 29 de junio por la mañana? Me adapto al horario que os
venga mejor.

Un saludo y gracias por la paciencia,
Tomasz Wróblewski
""", to=("Begoña Lázaro", "blazaro@destileriascierzo.example.es"), parent="cierzo_missed",
      quote="es", charset="iso-8859-1", cte="8bit"),
    m(OTHER, "es", "own_talento_followup", CAND,
      "Seguimiento – entrevista Lácteos del Moncayo", "2026-07-31 10:15 +0200",
      """Hola Álvaro:

Quería preguntarte si hay alguna novedad de Lácteos del Moncayo después de la entrevista del
martes en Tarazona. Me quedé con muy buena impresión de la planta.

Gracias de antemano,
Tomasz
""", to=("Álvaro Pérez", "alvaro.perez@talentologistico.example.es"),
      parent="talento_lacteos_aplaza"),
    m(OTHER, "es", "alerta_empleo_aragon",
      ("InfoTrabajo Aragón", "alertas@infotrabajo-aragon.example.es"),
      "Tienes 7 ofertas nuevas de «planificador»", "2026-05-06 07:00 +0200",
      """Nuevas ofertas para tu búsqueda «planificador» en Zaragoza

- Planificador/a de Demanda – Logística Moncayo – PLAZA – entrevista en 48 h
- Técnico/a de Planificación – Destilerías Cierzo – Zaragoza
- Analista de Aprovisionamiento – Supermercados Ebro Fresco – Zaragoza
- Jefe/a de turno de almacén – ETT – Pedrola

Lamentablemente, algunas ofertas que guardaste ya no están activas.

Consejo: ¿te han descartado? Cómo pedir feedback tras una entrevista.

Gestionar alertas: https://www.infotrabajo-aragon.example.es/alertas
""", headers=bulk("InfoTrabajo Aragon alertas <alertas.infotrabajo-aragon.example.es>",
                  "https://www.infotrabajo-aragon.example.es/baja?u=8841"),
      html="alt", style="news", brand="InfoTrabajo Aragón", senc=("utf-8", "b")),
    m(OTHER, "es", "boletin_logistica",
      ("Boletín Logística Aragón", "boletin@logisticaaragon.example.es"),
      "Boletín de junio: entrevistas, descartes y ofertas en PLAZA", "2026-06-01 08:30 +0200",
      """BOLETÍN LOGÍSTICA ARAGÓN – junio 2026

- PLAZA supera los 16.000 empleos: ¿quién está contratando?
- Cómo preparar una entrevista para planificación de la demanda
- «Lamentablemente no ha sido seleccionado»: qué hacer después de un descarte
- Agenda: jornada S&OP en la Cámara de Comercio, 18 de junio

Para darte de baja, pulsa aquí: https://logisticaaragon.example.es/baja
""", headers=bulk("Boletin Logistica Aragon <boletin.logisticaaragon.example.es>",
                  "https://logisticaaragon.example.es/baja?id=3312"),
      html="only", style="news", brand="Boletín Logística Aragón", charset="windows-1252",
      cte="quoted-printable"),
    m(OTHER, "es", "cita_nie",
      ("Cita Previa Extranjería", "no-reply@citaprevia.example.es"),
      "Confirmación de cita previa", "2026-08-20 10:02 +0200",
      """Su cita ha sido confirmada.

Trámite: Asignación de NIE
Oficina: Oficina de Extranjería de Zaragoza
Fecha: 3 de septiembre de 2026, 09:40
Localizador: 7XK29Q

Acuda con 10 minutos de antelación y con la documentación requerida. Si no puede asistir,
anule la cita para que otra persona pueda utilizarla.
""", headers=AUTO_GEN, charset="iso-8859-1", cte="8bit"),
    m(OTHER, "es", "paquete_retrasado",
      ("EnvíaYa", "notificaciones@enviaya.example.es"),
      "Tu envío lleva retraso", "2026-07-03 18:25 +0200",
      """Hola Tomasz:

Lamentablemente tu envío 0082 4471 9921 lleva retraso por un problema en nuestro centro de
Villanueva de Gállego. Lo recibirás previsiblemente el lunes 6 de julio.

Disculpa las molestias.

El equipo de EnvíaYa
""", headers=AUTO_GEN, html="alt", style="ats", brand="EnvíaYa", cte="quoted-printable"),
    m(OTHER, "es", "banco_posicion_global",
      ("Banco del Ebro", "avisos@bancodelebro.example.es"),
      "Tu posición global a 30/06/2026", "2026-07-01 06:00 +0200",
      """Hola, Tomasz:

Ya puedes consultar tu posición global a 30 de junio de 2026 en la banca online.

Cuentas: 1
Tarjetas: 1
Saldo total: consulte la app

Por tu seguridad, nunca te pediremos tus claves por correo electrónico.

Banco del Ebro
""", headers=AUTO_GEN, charset="windows-1252", cte="base64"),
    m(OTHER, "es", "podcast_logistica",
      ("Carmen Ruiz", "carmen@logisticaenvozalta.example.es"),
      "¿Te apetece una entrevista para nuestro pódcast?", "2026-08-05 12:12 +0200",
      """Hola Tomasz:

Soy Carmen, de «Logística en Voz Alta», un pódcast sobre las personas que trabajan en
almacenes de toda Europa. Vimos tu charla en la jornada de PLAZA y nos encantaría
entrevistarte unos 30 minutos, en remoto, cuando te venga bien en septiembre.

¿Te animas?

Un abrazo,
Carmen Ruiz
""", cte="quoted-printable",
      contact="carmen@logisticaenvozalta.example.es"),
    m(OTHER, "es", "irene_fuera_oficina",
      ("Irene Sanz", "irene.sanz@logisticamoncayo.example.es"),
      "Respuesta automática: Oferta – Planificador de Demanda", "2026-06-13 09:30 +0200",
      """Hola:

Estoy fuera de la oficina hasta el 22 de junio con acceso limitado al correo. Para cualquier
asunto urgente puedes escribir a personas@logisticamoncayo.example.es.

Gracias,
Irene Sanz
""", headers=AUTO, parent="moncayo_offer", senc=("utf-8", "q"),
      contact="irene.sanz@logisticamoncayo.example.es"),
    m(OTHER, "es", "curso_sin_plaza",
      ("Escuela de Logística de Aragón", "secretaria@escuelalogistica.example.es"),
      "Resultado de la admisión – Curso de Planificación de la Demanda", "2026-09-08 13:00 +0200",
      """Estimado Tomasz:

Gracias por tu interés en el Curso de Planificación de la Demanda y S&OP (edición de otoño).

Lamentablemente, debido al elevado número de solicitudes, no has obtenido plaza en esta edición.
Quedas en la lista de espera en el puesto 6; te avisaremos si se produce alguna baja.

Un saludo,
Secretaría Académica
Escuela de Logística de Aragón
""", charset="iso-8859-1", cte="quoted-printable"),
]
