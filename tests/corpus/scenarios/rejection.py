
"""Rejections: plain and soft, from ATS no-reply senders and from recruiters, four languages."""

from scenarios.common import (  # type: ignore[import-not-found]
    ASHBY,
    AUTO,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_EN2,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    GREENHOUSE,
    ICIMS,
    LEVER,
    SMARTRECRUITERS,
    TEAMTAILOR,
    USER,
    Msg,
    Quote,
    d,
    personio,
    workday,
)

K = "rejection"

MSGS = [
    Msg(K, "en", "Acme Robotics", "greenhouse_plain",
        "Your application to Acme Robotics",
        """Hi Alex,

Thank you for your interest in the Senior Backend Engineer position at Acme Robotics and for the time you put into your application.

After careful consideration, we have decided not to move forward with your application at this time. We received a large number of strong applications and this was not an easy decision.

We wish you the best of luck in your search.

Best regards,
The Acme Robotics Recruiting Team""",
        ("Acme Robotics via Greenhouse", GREENHOUSE), d("2026-02-03 16:12"),
        struct="alt", headers=AUTO),
    Msg(K, "en", "Northwind Analytics", "recruiter_after_onsite",
        "Re: Data Engineer - next steps",
        """Hi Alex,

I wanted to follow up personally after your onsite last Thursday. The team really enjoyed meeting you, and your walkthrough of the ingestion pipeline came up more than once in the debrief.

Unfortunately, we've decided to go with another candidate whose background in streaming systems is a closer fit for what the team needs right now. I know this isn't the news you were hoping for.

If you'd like, I'm happy to set up a quick call to share the feedback from the panel. And please keep an eye on our careers page - I'd love to stay in touch for future roles.

All the best,
Priya Nandakumar
Senior Technical Recruiter | Northwind Analytics
priya.nandakumar@northwind-analytics.test | +1 (312) 555-0148""",
        ("Priya Nandakumar", "priya.nandakumar@northwind-analytics.test"), d("2026-02-10 19:40"),
        contact="priya.nandakumar@northwind-analytics.test", struct="qp",
        quotes=(Quote(("Alex Rivera", USER[1]), d("2026-02-09 14:02"),
                      """Hi Priya,

Thanks again for organizing the onsite on Thursday. Is there any update on the timeline? I'm happy to provide references if that helps.

Best,
Alex""", subject="Data Engineer - next steps"),)),
    Msg(K, "en", "Bluefin Labs", "lever_soft_closer_match",
        "Bluefin Labs | Product Designer",
        """Hi Alex,

Thanks so much for applying to the Product Designer role at Bluefin Labs. We truly appreciate you taking the time to share your portfolio with us.

We've reviewed your application and have decided to move forward with candidates whose experience more closely matches the requirements of this role.

We'll keep your information on file and may reach out if a position opens up that looks like a better match.

Warmly,
Bluefin Labs Talent""",
        ("Bluefin Labs", LEVER), d("2026-01-21 09:05"), struct="html", headers=AUTO),
    Msg(K, "en", "Helio Grid", "workday_position_filled",
        "Update on your application for Requisition R-20417",
        """Dear Alex Rivera,

Thank you for applying for the position of Grid Operations Analyst (R-20417) with Helio Grid.

We would like to inform you that this position has been filled. Although we will not be moving forward with your candidacy for this role, we encourage you to create job alerts and apply for future openings that match your skills.

Sincerely,
Helio Grid Talent Acquisition

This is an automated message. Please do not reply to this e-mail.""",
        ("Helio Grid Careers", workday("heliogrid")), d("2026-03-02 22:31"),
        struct="alt", headers=AUTO),
    Msg(K, "en", "Quantum Harbor", "role_on_hold",
        "Platform Engineer role - update",
        """Hello Alex,

I'm sorry to be writing with less than great news. Due to a change in our hiring plan for the second half of the year, the Platform Engineer role has been put on hold and we will not be proceeding with the interview process for now.

This has nothing to do with your profile, which the hiring manager liked. If the position reopens I will reach out to you directly.

Thank you for your patience and understanding.

Kind regards,
Marcus Webb
Talent Partner, Quantum Harbor""",
        ("Marcus Webb", "marcus.webb@quantumharbor.test"), d("2026-03-11 15:20"),
        contact="marcus.webb@quantumharbor.test", struct="plain", footer=DISCLAIMER_EN),
    Msg(K, "en", "Lumen Health", "ashby_after_takehome",
        "Following up on your take-home exercise",
        """Hi Alex,

Thank you for completing the take-home exercise for the Machine Learning Engineer position. We know it takes real time and effort, and we're grateful you invested it with us.

The team reviewed your submission carefully. While there was a lot to like, we've decided not to advance your candidacy to the final round.

We wish you every success, and hope our paths cross again.

Best,
Dana Whitfield
Recruiting Coordinator, Lumen Health""",
        ("Lumen Health", ASHBY), d("2026-04-07 18:02"),
        reply_to=("Dana Whitfield", "dana.whitfield@lumenhealth.test"),
        contact="dana.whitfield@lumenhealth.test", struct="alt"),
    Msg(K, "en", "Paperkite", "short_founder_note",
        "re: frontend role",
        """Hey Alex - thanks for chatting with us on Tuesday. We've decided to pass for now; we need someone with a bit more React Native depth for this stage. Really appreciated your time and good luck out there.

- Sam
Co-founder, Paperkite""",
        ("Sam Okafor", "sam@paperkite.test"), d("2026-01-29 02:15"),
        contact="sam@paperkite.test", struct="plain"),
    Msg(K, "en", "Orbital Foods", "icims_regret",
        "Orbital Foods - Application Status",
        """Dear Alex,

We appreciate your interest in career opportunities at Orbital Foods and the time you invested in applying for the Supply Chain Data Analyst opening.

We regret to inform you that you have not been selected for further consideration. Our recruiting team reviewed your qualifications against the requirements of the role, and determined that other candidates more closely match our current needs.

We encourage you to visit our career site regularly, as new opportunities become available frequently.

Regards,
Orbital Foods Talent Acquisition Team

Please do not respond to this message; this mailbox is not monitored.""",
        ("Orbital Foods Careers", ICIMS), d("2026-02-18 13:44"), struct="html", headers=AUTO),
    Msg(K, "en", "Kestrel Insurance", "smartrecruiters_unsuccessful",
        "Your application for Actuarial Analyst at Kestrel Insurance",
        """Dear Alex,

Thank you for your application for the Actuarial Analyst position.

We have now completed the shortlisting process and I'm sorry to let you know that on this occasion your application has been unsuccessful.

Due to the high volume of applications we are unable to provide individual feedback at this stage.

Thank you again for your interest in Kestrel Insurance.

Yours sincerely,
Recruitment Team""",
        ("Kestrel Insurance", SMARTRECRUITERS), d("2026-03-19 11:00"),
        struct="b64", headers=AUTO),
    Msg(K, "en", "Cobalt Mobility", "after_final_round_phone",
        "Thank you, Alex",
        """Hi Alex,

Thanks for taking my call earlier today. As promised, a written summary: the hiring committee met on Monday and decided to extend the offer to another finalist. It was genuinely close, and the panel flagged your system design round as one of the strongest they had seen.

I'd like to keep you in mind for the Senior role we are opening in Q3 - would you be open to me reaching out then?

Thanks again for all the time you gave us over the past few weeks.

Jess Moreno
Head of Talent, Cobalt Mobility
jess.moreno@cobaltmobility.test""",
        ("Jess Moreno", "jess.moreno@cobaltmobility.test"), d("2026-04-14 21:05"),
        contact="jess.moreno@cobaltmobility.test", struct="alt"),
    Msg(K, "en", "Verdant Energy", "teamtailor_brief",
        "Regarding your application at Verdant Energy",
        """Hi Alex,

Thank you for applying for the position as Energy Data Scientist with us. Unfortunately we have decided to proceed with other candidates for this position.

We will save your application in our talent pool and contact you if another suitable position opens up.

Best regards,
Verdant Energy""",
        ("Verdant Energy", TEAMTAILOR), d("2026-01-12 08:31"), struct="qp", headers=AUTO),
    Msg(K, "en", "Brightwave Media", "no_longer_considered",
        "Brightwave Media: Video Platform Engineer",
        """Alex,

Thanks for your patience while we reviewed applications for the Video Platform Engineer role.

We wanted to let you know that you are no longer being considered for this position. We had an exceptional pool of applicants and had to make some difficult choices.

Thanks for thinking of Brightwave Media, and we hope you'll consider us again in the future.

Brightwave Media People Team""",
        ("Brightwave Media Recruiting", "careers-noreply@brightwave.test"), d("2026-05-06 17:17"),
        struct="html", headers=AUTO),
    Msg(K, "en", "Tandem Bank", "outlook_chain_decision",
        "RE: Risk Analyst interview feedback",
        """Dear Alex,

Thank you for your email and for your patience.

I have now heard back from the hiring manager. I'm afraid that on this occasion we will not be taking your application further. The panel felt that, while your analytical skills are clearly strong, other candidates had more direct experience with Basel III reporting.

I appreciate this will be disappointing, and I'd like to thank you for the time and effort you put into the process.

Kind regards,

Olivia Grant
Resourcing Partner
Tandem Bank plc""",
        ("Olivia Grant", "olivia.grant@tandembank.test"), d("2026-02-24 10:12"),
        contact="olivia.grant@tandembank.test", struct="alt", footer=DISCLAIMER_EN,
        quotes=(Quote(("Alex Rivera", USER[1]), d("2026-02-23 09:30"),
                      """Dear Olivia,

I hope you are well. I wanted to check whether there is any news following my second interview last Tuesday. I remain very interested in the Risk Analyst position.

Kind regards,
Alex Rivera""", style="outlook", subject="Risk Analyst interview feedback"),)),
    Msg(K, "en", "Juniper Logistics", "not_a_fit_right_now",
        "Your Juniper Logistics application",
        """Hi Alex,

Thanks for your interest in the Operations Research Analyst opening. Our team looked through your experience and, while impressive, it's not the right fit for this particular role right now.

Please don't let this discourage you from applying to other roles with us.

Cheers,
Juniper Logistics Recruiting""",
        ("Juniper Logistics", GREENHOUSE), d("2026-06-02 14:40"),
        struct="plain", headers=AUTO),
    Msg(K, "en", "Silverline Software", "recruiter_rejection_feedback",
        "Feedback from your interviews at Silverline",
        """Hi Alex,

Thank you again for interviewing with us for the Staff Engineer position. I've collected the feedback from the panel and wanted to share the decision: we won't be moving ahead with an offer.

The interviewers were impressed by your debugging session and your communication. The main gap they identified was depth in distributed consensus, which is central to the team's roadmap this year.

I hope this is useful, and I'd be glad to reconnect in the future.

Best wishes,
Tom Lindqvist
Engineering Recruiter
Silverline Software | silverline.test""",
        ("Tom Lindqvist", "tom.lindqvist@silverline.test"), d("2026-03-27 16:55"),
        contact="tom.lindqvist@silverline.test", struct="b64"),
    Msg(K, "en", "Hexa Systems", "internal_candidate",
        "Hexa Systems - Solutions Architect",
        """Dear Alex,

Thank you for your application and for speaking with us last week.

I wanted to let you know that we have decided to fill the Solutions Architect position with an internal candidate. As a result, we are closing the search and will not be progressing external applications further.

We were pleased to learn about your background and would welcome an application to future roles that match your experience.

With best regards,
Nadia Farouk
HR Business Partner, Hexa Systems""",
        ("Nadia Farouk", "n.farouk@hexasystems.test"), d("2026-04-22 12:08"),
        contact="n.farouk@hexasystems.test", struct="plain", footer=DISCLAIMER_EN2),
    Msg(K, "en", "Polaris Biotech", "workday_another_candidate",
        "Polaris Biotech: Bioinformatics Scientist II",
        """Hello Alex,

Thank you for your interest in Polaris Biotech. We have carefully reviewed your application for Bioinformatics Scientist II and, at this time, we have selected another candidate whose qualifications better meet our needs.

We invite you to continue to check our careers site for future opportunities.

Thank you,
Polaris Biotech Talent Acquisition""",
        ("Polaris Biotech Careers", workday("polarisbio")), d("2026-05-13 04:02"),
        struct="alt-b64", headers=AUTO),
    Msg(K, "en", "Redwood Games", "lever_close_html",
        "Redwood Games - Gameplay Programmer",
        """Hi Alex,

Thanks for your time applying and interviewing for Gameplay Programmer. We've now wrapped up the interview stage and unfortunately we won't be moving forward with you in the process.

It was a very competitive role and we had to make tough calls. We'd love for you to keep an eye on our openings.

- The Redwood Games Team""",
        ("Redwood Games Hiring", LEVER), d("2026-06-18 20:20"), struct="html", headers=AUTO),
    Msg(K, "en", "Atlas Freight", "agency_recruiter",
        "Atlas Freight - client decision",
        """Hi Alex,

Quick update from my side: Atlas Freight have come back to me today and have decided not to take your application forward for the Logistics Data Lead role. Their feedback was that they are prioritising candidates with more hands-on experience managing a team.

I know you were keen on this one, so sorry it didn't work out. I've got a couple of other roles that might suit you - shall we catch up on Friday?

Best,
Chris Halloran
Principal Consultant, Kinetic Talent Partners
chris.halloran@kinetictalent.test""",
        ("Chris Halloran", "chris.halloran@kinetictalent.test"), d("2026-03-05 15:49"),
        contact="chris.halloran@kinetictalent.test", struct="qp"),
    Msg(K, "en", "Meridian Health", "long_chain_thread",
        "Re: Re: Clinical Data Manager - scheduling",
        """Hi Alex,

Thank you for following up, and apologies for the slow reply on my side.

I'm sorry to let you know that the hiring team has decided not to move forward with your candidacy. They went with someone who has hands-on experience with our EDC platform.

I really appreciated how flexible you were with scheduling, and I wish you the very best.

Regards,
Hannah Cole
Meridian Health Recruitment""",
        ("Hannah Cole", "hannah.cole@meridianhealth.test"), d("2026-04-30 13:33"),
        contact="hannah.cole@meridianhealth.test", struct="plain",
        quotes=(
            Quote(("Alex Rivera", USER[1]), d("2026-04-28 08:10"),
                  """Hi Hannah,

Just checking in on the Clinical Data Manager role. Do you have a sense of when a decision will be made?

Thanks,
Alex"""),
            Quote(("Hannah Cole", "hannah.cole@meridianhealth.test"), d("2026-04-16 10:02"),
                  """Hi Alex,

Great, you're confirmed for Thursday at 3pm with Dr. Patel. Looking forward to it!

Hannah"""),
            Quote(("Alex Rivera", USER[1]), d("2026-04-15 18:45"),
                  """Hi Hannah, Thursday afternoon works well for me. Thank you!"""),
        )),
    Msg(K, "en", "Nimbus Cloud", "talent_pool_soft",
        "Nimbus Cloud | Site Reliability Engineer",
        """Dear Alex,

Many thanks for applying for the Site Reliability Engineer role at Nimbus Cloud.

We've reviewed your profile with the hiring team and, although your experience is impressive, we will not be progressing your application for this particular position. We'd like to keep your details in our talent community so we can get in touch should something more suitable come up.

Thanks again and all the best with your search.

Nimbus Cloud Talent Acquisition""",
        ("Nimbus Cloud Talent", SMARTRECRUITERS), d("2026-07-01 09:09"),
        struct="alt", headers=AUTO),
    Msg(K, "en", "Foxglove Studio", "hiring_freeze",
        "Update regarding the UX Researcher opening",
        """Hi Alex,

I hope you're doing well. I'm reaching out because we've had to make a difficult decision: the company has introduced a hiring freeze for the rest of the quarter, and the UX Researcher position has been closed. This means we won't be continuing with your application.

I'm very sorry, especially as you had already completed two rounds. Thank you for your understanding, and I hope we can reconnect once we are hiring again.

Best,
Lena Park
People Operations, Foxglove Studio""",
        ("Lena Park", "lena@foxglove.test"), d("2026-05-20 16:25"),
        contact="lena@foxglove.test", struct="alt"),
    Msg(K, "en", "Ironbridge Capital", "formal_letter_style",
        "Ironbridge Capital - Quantitative Developer application",
        """Dear Mr Rivera,

Re: Quantitative Developer, London

Thank you for the interest you have shown in Ironbridge Capital and for attending the assessment day on 12 March.

We have now had an opportunity to consider all candidates, and I regret to advise that we are unable to offer you a position on this occasion.

May I take this opportunity to thank you for your time and to wish you every success in your future career.

Yours sincerely,

Edward Ashcroft
Graduate & Experienced Hire Recruitment
Ironbridge Capital LLP""",
        ("Ironbridge Capital Recruitment", "recruitment@ironbridge.test"), d("2026-03-20 11:30"),
        contact="recruitment@ironbridge.test", struct="latin1", footer=DISCLAIMER_EN),
    Msg(K, "en", "Sable Security", "greenhouse_reply_to_recruiter",
        "Sable Security - Application Update",
        """Hi Alex,

Thank you for taking the time to speak with our team about the Detection Engineer role. After much consideration, we've made the difficult decision to pursue other candidates at this time.

I really enjoyed our conversation and hope you'll apply again in the future. If you have any questions, feel free to reply to this email.

Best regards,
Rachel Tan
Recruiter, Sable Security""",
        ("Rachel Tan (via Greenhouse)", GREENHOUSE), d("2026-06-09 19:14"),
        reply_to=("Rachel Tan", "rachel.tan@sablesecurity.test"),
        contact="rachel.tan@sablesecurity.test", struct="alt-b64"),
    Msg(K, "en", "Tidewater Marine", "cp1252_smartquotes",
        "Your application – Marine Systems Engineer",
        """Dear Alex,

Thank you for your application for the Marine Systems Engineer vacancy – we’ve really appreciated your interest in Tidewater Marine.

Having reviewed all applications against the role’s criteria, I’m sorry to say we won’t be inviting you to interview on this occasion. We had over 140 applicants for a single post.

We wish you “every success” in finding the right role.

Kind regards,
Gareth Evans
HR Officer
Tidewater Marine Ltd""",
        ("Gareth Evans", "gareth.evans@tidewatermarine.test"), d("2026-07-15 08:47"),
        contact="gareth.evans@tidewatermarine.test", struct="cp1252"),
    Msg(K, "en", "Granite Data", "ashby_decided_not_proceed",
        "Thanks from Granite Data",
        """Hi Alex,

Thanks for your interest in the Analytics Engineer role at Granite Data, and for taking the time to chat with Mia.

We've decided not to proceed with your application at this stage. We're a small team and are looking for someone with a bit more dbt experience for this specific hire.

Wishing you the best,
Granite Data Recruiting""",
        ("Granite Data Recruiting", ASHBY), d("2026-08-04 15:58"), struct="html", headers=AUTO),
    Msg(K, "en", "Lattice Payments", "after_phone_screen_signature_contact",
        "Lattice Payments – Backend Engineer",
        """Hi Alex,

Thank you for the phone screen on Monday. I appreciate you walking me through your experience with payment reconciliation.

After discussing with the hiring manager, we have decided not to move forward to the technical interview. We're looking for more experience running high-volume card processing systems in production.

If you'd like to talk about other openings at Lattice, just reply here.

Best,
Kofi Mensah
Technical Recruiter
kofi.mensah@latticepay.test""",
        ("Lattice Careers", "careers@latticepay.test"), d("2026-08-12 17:03"),
        reply_to=("Kofi Mensah", "kofi.mensah@latticepay.test"),
        contact="kofi.mensah@latticepay.test", struct="qp"),
    Msg(K, "en", "Oakridge University", "academic_search_committee",
        "Search for Assistant Professor of Computer Science",
        """Dear Dr. Rivera,

On behalf of the search committee, I would like to thank you for your application for the position of Assistant Professor of Computer Science.

The committee has now completed its review of the many excellent applications received. I regret to inform you that your application was not among those selected for further consideration.

We appreciate your interest in Oakridge University and wish you well in your career.

Sincerely,
Professor Janet Moore
Chair, Faculty Search Committee""",
        ("Faculty Search Committee", "cs-search@oakridge.test"), d("2026-02-27 14:00"),
        contact="cs-search@oakridge.test", struct="plain"),
    Msg(K, "en", "Pinecrest Retail", "applicant_portal_status_changed",
        "Status update: Store Operations Analyst",
        """Hello Alex,

The status of your application for Store Operations Analyst (Job ID 88213) has changed.

New status: Not selected

Thank you for considering Pinecrest Retail. Although we are not moving forward with your application for this role, we encourage you to review other openings on our careers site.

View your candidate home: https://pinecrest.wd5.myworkdayjobs.test/en-US/careers/userHome""",
        ("Pinecrest Retail", workday("pinecrest")), d("2026-09-01 06:00"),
        struct="alt", headers=AUTO),
    # -------- German
    Msg(K, "de", "Brückner Maschinenbau", "absage_personio",
        "Ihre Bewerbung als Softwareentwickler (m/w/d)",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern beruht auf dem Vergleich mit den Anforderungen der Stelle.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brückner Maschinenbau GmbH""",
        ("Brückner Maschinenbau GmbH", personio("brueckner")), d("2026-02-05 09:14"),
        struct="alt", headers=AUTO, footer=DISCLAIMER_DE),
    Msg(K, "de", "Nordlicht Software", "absage_nach_gespraech",
        "Absage: Ihre Bewerbung als Data Engineer",
        """Hallo Alex,

vielen Dank nochmal für das angenehme Gespräch am Dienstag und die Zeit, die Du Dir für uns genommen hast.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine andere Kandidatin entschieden, deren Erfahrung mit unserem Tech-Stack noch besser passt. Deshalb müssen wir Dir heute leider absagen.

Wenn Du magst, geben wir Dir gern in einem kurzen Telefonat ein ausführlicheres Feedback. Melde Dich einfach bei mir.

Viele Grüße
Julia Hartmann
People & Culture | Nordlicht Software GmbH
julia.hartmann@nordlicht-software.test""",
        ("Julia Hartmann", "julia.hartmann@nordlicht-software.test"), d("2026-03-12 14:22"),
        contact="julia.hartmann@nordlicht-software.test", struct="latin1"),
    Msg(K, "de", "Kessler & Vogt", "absage_formal_iso",
        "Ihre Bewerbung - Referenz KV-2026-114",
        """Sehr geehrter Herr Rivera,

wir bedanken uns für Ihr Interesse an einer Tätigkeit bei Kessler & Vogt und für die Übersendung Ihrer Bewerbungsunterlagen.

Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben, dessen Profil den Anforderungen der Position noch genauer entspricht. Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten löschen.

Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Sabine Wolf
Personalabteilung
Kessler & Vogt AG""",
        ("Sabine Wolf", "s.wolf@kessler-vogt.test"), d("2026-04-09 10:50"),
        contact="s.wolf@kessler-vogt.test", struct="latin1", footer=DISCLAIMER_DE),
    Msg(K, "de", "Feldmann Logistik", "stelle_besetzt",
        "Rückmeldung zu Ihrer Bewerbung",
        """Guten Tag Herr Rivera,

herzlichen Dank für Ihre Bewerbung als Business Analyst bei der Feldmann Logistik.

Wir möchten Sie darüber informieren, dass die Stelle inzwischen besetzt ist. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und bedanken uns für das entgegengebrachte Vertrauen.

Freundliche Grüße
Feldmann Logistik - Team Recruiting""",
        ("Feldmann Logistik Karriere", "karriere-noreply@feldmann-logistik.test"),
        d("2026-05-15 07:31"), struct="html", headers=AUTO),
    Msg(K, "de", "Rheinwerk Digital", "vorerst_zurueckgestellt",
        "Ihre Bewerbung bei Rheinwerk Digital",
        """Hallo Herr Rivera,

danke für Ihre Geduld. Wir haben intern entschieden, die Position Frontend-Entwickler vorerst nicht zu besetzen, da sich die Projektplanung für das zweite Halbjahr geändert hat. Das Auswahlverfahren wird daher nicht fortgesetzt.

Das tut mir wirklich leid, zumal Ihr Profil bei uns gut ankam. Ich melde mich gern, falls die Stelle wieder ausgeschrieben wird.

Beste Grüße
Tobias Brandt
Talent Acquisition
Rheinwerk Digital GmbH, Köln""",
        ("Tobias Brandt", "tobias.brandt@rheinwerk-digital.test"), d("2026-06-23 16:40"),
        contact="tobias.brandt@rheinwerk-digital.test", struct="qp"),
    Msg(K, "de", "Alpenblick Versicherung", "absage_workday_de",
        "Alpenblick Versicherung: Status Ihrer Bewerbung",
        """Sehr geehrte(r) Alex Rivera,

vielen Dank für Ihre Bewerbung auf die Position Aktuar (m/w/d), Referenz JR-5521.

Nach eingehender Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen. Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine individuellen Gründe nennen können.

Wir würden uns freuen, wenn Sie sich auch künftig über unsere Stellenangebote informieren.

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
Alpenblick Versicherung AG

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
        ("Alpenblick Versicherung", workday("alpenblick")), d("2026-07-08 05:12"),
        struct="b64", headers=AUTO),
    # -------- French
    Msg(K, "fr", "Lumière Conseil", "refus_apres_entretien",
        "Votre candidature - Consultant Data",
        """Bonjour Alex,

Je vous remercie pour le temps que vous nous avez consacré lors de nos échanges des dernières semaines.

Malheureusement, nous ne pourrons pas donner une suite favorable à votre candidature pour le poste de Consultant Data. Nous avons retenu un profil dont l'expérience dans le secteur bancaire correspond davantage à nos besoins actuels.

Je reste à votre disposition si vous souhaitez un retour plus détaillé sur vos entretiens.

Bien cordialement,
Camille Durand
Chargée de recrutement - Lumière Conseil
camille.durand@lumiere-conseil.test""",
        ("Camille Durand", "camille.durand@lumiere-conseil.test"), d("2026-02-12 17:30"),
        contact="camille.durand@lumiere-conseil.test", struct="qp", footer=DISCLAIMER_FR),
    Msg(K, "fr", "Atelier Boréal", "refus_court_ats",
        "Atelier Boréal - Suite donnée à votre candidature",
        """Bonjour,

Nous vous remercions de l'intérêt que vous portez à Atelier Boréal et de votre candidature au poste de Développeur Full-Stack.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que celui-ci n'a pas été retenu.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement d'Atelier Boréal""",
        ("Atelier Boréal", TEAMTAILOR), d("2026-03-24 08:05"), struct="alt", headers=AUTO),
    Msg(K, "fr", "Groupe Valmont", "refus_poste_pourvu",
        "Votre candidature chez Groupe Valmont",
        """Madame, Monsieur,

Nous avons bien étudié votre candidature au poste d'Analyste Financier et nous vous remercions de l'intérêt que vous portez à notre groupe.

Le poste ayant été pourvu, nous ne sommes malheureusement pas en mesure de donner suite à votre candidature. Nous conservons toutefois votre CV dans notre base afin de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Valmont""",
        ("Groupe Valmont - Recrutement", "ne-pas-repondre@groupe-valmont.test"),
        d("2026-04-16 12:12"), struct="latin1", headers=AUTO),
    Msg(K, "fr", "Cap Horizon", "refus_candidat_interne",
        "RE: Entretien Product Owner",
        """Bonjour Alex,

Merci pour votre message et désolée pour ce délai de réponse.

Après nos différents entretiens, nous avons finalement décidé de poursuivre avec un candidat interne. Ce n'est pas une décision facile car votre profil a beaucoup plu à l'équipe, notamment votre approche des ateliers utilisateurs.

Je vous souhaite beaucoup de succès pour la suite, et j'espère que nous aurons l'occasion de retravailler ensemble.

Belle journée,
Sophie Lambert
Talent Acquisition Manager
Cap Horizon""",
        ("Sophie Lambert", "sophie.lambert@cap-horizon.test"), d("2026-05-28 09:41"),
        contact="sophie.lambert@cap-horizon.test", struct="plain",
        quotes=(Quote(("Alex Rivera", USER[1]), d("2026-05-26 10:20"),
                      """Bonjour Sophie,

Je me permets de revenir vers vous concernant le poste de Product Owner. Avez-vous des nouvelles suite à mon entretien avec Marc ?

Bien à vous,
Alex""", style="fr"),)),
    Msg(K, "fr", "Société Nouvelle d'Ingénierie", "refus_smartrecruiters_fr",
        "Ingénieur Logiciel Embarqué - réponse à votre candidature",
        """Bonjour Alex Rivera,

Merci d'avoir postulé au poste d'Ingénieur Logiciel Embarqué.

Nous avons reçu de nombreuses candidatures de qualité et, après un examen attentif, nous avons décidé de ne pas poursuivre le processus avec vous pour ce poste.

Nous vous souhaitons bonne chance dans votre recherche d'emploi.

Cordialement,
L'équipe Talent de la SNI""",
        ("Société Nouvelle d'Ingénierie", SMARTRECRUITERS), d("2026-06-30 15:15"),
        struct="html", headers=AUTO, encode_subject=True),
    Msg(K, "fr", "Maison Clairval", "refus_chaleureux",
        "Suite à notre échange",
        """Cher Alex,

Un grand merci pour notre échange de vendredi, c'était un vrai plaisir de vous rencontrer.

Je dois malheureusement vous annoncer que nous n'allons pas poursuivre avec votre candidature pour le poste de Responsable E-commerce : nous recherchons finalement un profil plus senior sur la partie management d'équipe.

N'hésitez pas à garder un œil sur nos offres, et à me solliciter si vous souhaitez un retour.

Bien à vous,
Élodie Marchand
Maison Clairval""",
        ("Élodie Marchand", "e.marchand@maison-clairval.test"), d("2026-09-14 18:00"),
        contact="e.marchand@maison-clairval.test", struct="cp1252"),
    # -------- Spanish
    Msg(K, "es", "Soluciones Altamar", "rechazo_formal",
        "Proceso de selección - Analista de Datos",
        """Estimado Alex:

Le agradecemos sinceramente el interés mostrado por formar parte de Soluciones Altamar y el tiempo dedicado a nuestro proceso de selección.

Lamentablemente, le comunicamos que en esta ocasión su candidatura no ha sido seleccionada para continuar en el proceso. Hemos optado por perfiles que se ajustan más a los requisitos del puesto.

Conservaremos sus datos para futuras vacantes que puedan ser de su interés.

Reciba un cordial saludo,
Departamento de Recursos Humanos
Soluciones Altamar S.L.""",
        ("RRHH Soluciones Altamar", "rrhh@altamar-soluciones.test"), d("2026-02-19 11:45"),
        contact="rrhh@altamar-soluciones.test", struct="latin1", footer=DISCLAIMER_ES),
    Msg(K, "es", "Grupo Mirador", "rechazo_tras_entrevista",
        "Tu candidatura en Grupo Mirador",
        """Hola Alex,

Muchas gracias por participar en las entrevistas para el puesto de Desarrollador Backend y por el tiempo que nos has dedicado.

Siento comunicarte que hemos decidido continuar con otro candidato cuyo perfil encaja mejor con lo que busca el equipo en este momento. No ha sido una decisión fácil.

Si quieres, puedo compartir contigo el feedback de los entrevistadores. Te deseo mucha suerte en tu búsqueda.

Un abrazo,
Lucía Fernández
Talent Acquisition | Grupo Mirador
lucia.fernandez@grupomirador.test""",
        ("Lucía Fernández", "lucia.fernandez@grupomirador.test"), d("2026-03-17 19:02"),
        contact="lucia.fernandez@grupomirador.test", struct="qp"),
    Msg(K, "es", "Tecnologías Brisa", "rechazo_ats_es",
        "Actualización sobre tu solicitud - Tecnologías Brisa",
        """Hola Alex:

Gracias por tu interés en el puesto de Ingeniero/a DevOps en Tecnologías Brisa.

Tras revisar detenidamente tu perfil, lamentamos informarte de que no vamos a avanzar con tu candidatura en esta ocasión.

Te animamos a seguir atento/a a nuestras ofertas.

Saludos cordiales,
Equipo de Talento de Tecnologías Brisa""",
        ("Tecnologías Brisa", GREENHOUSE), d("2026-04-21 07:44"), struct="alt", headers=AUTO),
    Msg(K, "es", "Iberluz Energía", "proceso_cancelado",
        "Vacante Ingeniero de Datos - cierre del proceso",
        """Buenos días, Alex:

Te escribo para informarte de que, por cambios en la planificación presupuestaria, la vacante de Ingeniero de Datos ha quedado congelada y hemos tomado la decisión de cerrar el proceso de selección sin incorporar a nadie por ahora.

Lamento mucho no poder darte mejores noticias después de las dos entrevistas. Si la posición se reabre, contaré contigo.

Un saludo,
Javier Ortega
Responsable de Selección
Iberluz Energía""",
        ("Javier Ortega", "jortega@iberluz.test"), d("2026-06-04 10:30"),
        contact="jortega@iberluz.test", struct="cp1252"),
    Msg(K, "es", "Banco Andino", "rechazo_mexico",
        "Banco Andino | Resultado de tu postulación",
        """Estimado(a) Alex Rivera:

Agradecemos tu postulación a la vacante de Analista de Riesgo Crediticio.

Después de evaluar cuidadosamente tu perfil, te informamos que en esta ocasión no continuarás en el proceso. Tu información permanecerá en nuestra base de datos para futuras oportunidades.

Te deseamos éxito en tus proyectos profesionales.

Atentamente,
Atracción de Talento
Banco Andino""",
        ("Banco Andino Talento", ICIMS), d("2026-07-22 23:10"), struct="html", headers=AUTO),
]
