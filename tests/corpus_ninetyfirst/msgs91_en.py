"""English job mail for the ninety-first corpus: every kind, many employers and voices (data only)."""

from __future__ import annotations

from msgs91_base import m

R, INV, RS, MI, AR, OF = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
                        "missed_interview_notice", "application_received", "offer")

MESSAGES = [
    m(R, "perth_australian_unsuccessful", "en",
      ("Karratha Iron & Lithium", "careers@kil-mining.example.com.au"),
      "Update",
      """G'day Ignacio,

Thanks for applying for the Senior Reliability Engineer (FIFO) role with Karratha Iron & Lithium and for taking the time to chat with Shaun last week.

Unfortunately on this occasion you haven't been successful. We had a strong field and have gone with a candidate who holds current WA mine site tickets and Australian work rights.

We'll keep your details on file and encourage you to keep an eye on our careers page.

Cheers,
Brooke Hamilton
Talent Acquisition Advisor
Karratha Iron & Lithium Pty Ltd | Level 9, 191 St Georges Tce, Perth WA 6000
T +61 8 5550 1942""",
      company="Karratha Iron & Lithium", contact="careers@kil-mining.example.com.au", fmt="alt"),

    m(R, "workday_toronto_soft", "en",
      ("Northshield Energy", "northshield@myworkday.example.com"),
      "Your application for Asset Management Specialist",
      """Dear Ignacio,

Thank you for your interest in the Asset Management Specialist (Req ID R-22871) position at Northshield Energy.

After careful review, we have decided to move forward with other candidates whose qualifications more closely align with the requirements of the role at this time.

We appreciate the time you invested in your application and encourage you to apply for future openings that match your skills and experience.

Best regards,
Northshield Energy Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.""",
      company="Northshield Energy", contact="", fmt="html"),

    m(R, "uk_shant_progress", "en",
      ("Harriet Wickham", "h.wickham@brackenfieldconsulting.example.co.uk"),
      "RE: Principal Consultant - Renewables Asset Integrity",
      """Dear Ignacio,

Many thanks for your patience whilst we reviewed your application with the hiring panel.

I'm afraid we shan't be progressing your application on this occasion. The panel felt that, whilst your mining background is impressive, they require someone with UK offshore wind experience and chartered status from day one.

I do hope this doesn't put you off applying to Brackenfield in future.

Kind regards,

Harriet Wickham
Resourcing Partner
Brackenfield Consulting Ltd
Registered in England and Wales No. 05550911. Registered office: 12 Queen Street, Bristol BS1 4XX. This email and any attachments are confidential and intended solely for the addressee.""",
      company="Brackenfield Consulting", contact="h.wickham@brackenfieldconsulting.example.co.uk",
      quote=("outlook", "12 February 2026 16:20", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Dear Harriet,\n\nI hope you are well. I wanted to follow up on my application.\n\nBest regards,\nIgnacio"),
      cte="quoted-printable"),

    m(R, "indian_regret_to_inform", "en",
      ("Priya Raghunathan", "priya.r@tarangpower.example.in"),
      "Application status - Reliability Lead, Solar O&M (LATAM)",
      """Dear Mr. Ignacio,

Greetings from Tarang Power!

With reference to your application and the subsequent technical discussion held on 4th March, we regret to inform you that your profile has not been shortlisted for the next round. The management has decided to fill the position with an internal resource from our Chile SPV.

We thank you for the interest shown in our organisation and wish you all the best in your future endeavours.

Thanks & Regards,
Priya Raghunathan
Manager - Talent Acquisition
Tarang Power Ltd.
Mob: +91 98455 50231""",
      company="Tarang Power", contact="priya.r@tarangpower.example.in"),

    m(R, "chinese_owned_very_short", "en",
      ("Kevin Zhang", "kevin.zhang@huaxinlithium.example.com"),
      "Re: your application",
      """Hi Ignacio,

Thanks for your time, but we won't be moving forward. Good luck.

Kevin Zhang
HR Business Partner, Huaxin Lithium Chile""",
      company="Huaxin Lithium Chile", contact="kevin.zhang@huaxinlithium.example.com"),

    m(R, "greenhouse_after_takehome", "en",
      ("Gridwise Analytics", "no-reply@us.greenhouse-mail.io"),
      "Following up",
      """Hi Ignacio,

Thank you for completing the take-home exercise for the Solutions Engineer, Mining role. We know it takes real time and effort, and we appreciate it.

The team reviewed your submission carefully. While there was a lot to like, we've decided not to move forward with your candidacy. The main gap was around the Python data pipeline portion of the exercise.

We wish you the best in your search.

Jess Moreno
Recruiting | Gridwise Analytics""",
      company="Gridwise Analytics", contact="", reply_to="no-reply@us.greenhouse-mail.io", fmt="alt"),

    m(R, "south_african_role_cancelled", "en",
      ("Thandiwe Nkosi", "thandiwe.nkosi@karooengineering.example.co.za"),
      "Planning Engineer vacancy - Chile project",
      """Dear Ignacio

I trust this mail finds you well.

I must unfortunately advise that the Planning Engineer vacancy for our Chilean copper concentrator project has been cancelled, as the client has deferred the EPCM contract award to 2027. We will therefore not be proceeding with any appointment at this stage.

Thank you for your time and interest, and apologies for the inconvenience caused. Please do revert should you have any questions.

Kind regards
Thandiwe Nkosi
Recruitment Specialist
Karoo Engineering (Pty) Ltd
Tel: +27 11 555 0893
Disclaimer: The information contained in this communication is confidential and may be legally privileged.""",
      company="Karoo Engineering", contact="thandiwe.nkosi@karooengineering.example.co.za"),

    m(R, "agency_relay_denver", "en",
      ("Tyler Brooks", "tyler@summitpeaktalent.example.com"),
      "quick update on Frontier Rail",
      """Hey Ignacio -

Just heard back from Frontier Rail on the Maintenance Planning Manager role in Denver. They liked you a lot but they're going with a candidate who's already local and doesn't need sponsorship. Bummer, I know.

I'll keep you in mind for anything remote-friendly that comes across my desk!

Tyler Brooks
Senior Recruiter, Summit Peak Talent
(720) 555-0148""",
      company="Frontier Rail", contact="tyler@summitpeaktalent.example.com"),

    m(R, "finnish_owned_after_interview", "en",
      ("Aino Virtanen", "aino.virtanen@kallioflow.example.fi"),
      "Field Service Manager, South America",
      """Dear Ignacio,

Thank you for the interviews with Mikko and our regional team in Santiago.

We have now completed the process and decided to select another candidate for the Field Service Manager position. The decision was not easy, and we thank you for the open discussions.

Best regards,
Aino Virtanen
HR Manager
Kallio Flow Oy, Tampere, Finland""",
      company="Kallio Flow", contact="aino.virtanen@kallioflow.example.fi"),

    # interview invitations
    m(INV, "goodtime_vancouver", "en",
      ("Coastline Copper", "scheduling@goodtime.example.io"),
      "Interview Request: Coastline Copper - Reliability Engineer",
      """Hi Ignacio,

Coastline Copper would like to schedule a 60-minute virtual panel interview with you for the Reliability Engineer position.

Please select your availability using the link below:
https://goodtime.example.io/availability/cc-88213

Interviewers: Dana Li (Maintenance Superintendent), Raj Patel (Reliability Lead)
Your recruiter: Morgan Ellis (morgan.ellis@coastlinecopper.example.ca)

Powered by GoodTime""",
      reply_to="Morgan Ellis <morgan.ellis@coastlinecopper.example.ca>",
      company="Coastline Copper", contact="morgan.ellis@coastlinecopper.example.ca", fmt="html"),

    m(INV, "agency_exclamation", "en",
      ("Chloe Sanderson", "chloe@firstshiftrecruit.example.com.au"),
      "Exciting opportunity!!!",
      """Hi Ignacio!!

Hope you're well! Great news - the client LOVED your CV for the Maintenance Planner role (Pilbara, 8/6 roster)!! They'd like to do a quick phone screen with the hiring manager this Thursday or Friday, 7am Perth time (I know, early for you!!).

Can you let me know which works best? So excited for you!!

Chloe :)
First Shift Recruitment
0412 555 093""",
      company="First Shift Recruitment", contact="chloe@firstshiftrecruit.example.com.au"),

    m(INV, "italian_owned_next_round", "en",
      ("Giulia Ferraro", "g.ferraro@solaritalia-energy.example.it"),
      "Next round - O&M Manager Chile",
      """Dear Ignacio,

Thank you for the first conversation. We would be pleased to invite you to the second round, a technical interview with our Head of O&M for Latin America, Ing. Marco Bellini, and a case discussion about availability KPIs of PV plants.

The interview will take place on Teams on 9 April at 16:00 CET (11:00 Santiago). Please confirm if this slot suits you.

Kind regards,
Giulia Ferraro
HR Business Partner
SolarItalia Energy S.p.A. - Milano""",
      company="SolarItalia Energy", contact="g.ferraro@solaritalia-energy.example.it",
      ics={"uid": "040000008200E00074C5B7101A82E008-solaritalia-77@solaritalia-energy.example.it", "start": "20260409T140000Z", "end": "20260409T150000Z", "organizer": "g.ferraro@solaritalia-energy.example.it",
           "cn": "Giulia Ferraro", "summary": "Technical interview - O&M Manager Chile"}),

    m(INV, "hm_mobile_terse", "en",
      ("Dave Kowalski", "dkowalski@prairiewind.example.com"),
      "Re: Reliability Engineer",
      """Ignacio - got your resume from Sam. Free for a quick call tmrw 2pm MT? 20 min.

Dave

Sent from my iPhone""",
      company="Prairie Wind Partners", contact="dkowalski@prairiewind.example.com",
      quote=("gmail", "Mon, Jun 1, 2026 at 4:02 PM", "Sam Whitaker <swhitaker@prairiewind.example.com>",
             "Dave - passing along a strong candidate for the reliability role, ex-mining, bilingual.\nSam\n\nSam Whitaker | Prairie Wind Partners"),
      parent_domain="prairiewind.example.com"),

    m(INV, "smartrecruiters_onsite_montreal", "en",
      ("Hydro-Nord Engineering via SmartRecruiters", "noreply@smartrecruiters.example.com"),
      "Invitation: onsite interview",
      """Hi Ignacio,

We'd love to move you to the next stage for Senior Asset Management Consultant. We are inviting you to an on-site interview at our Montreal office (1250 René-Lévesque Blvd W) on June 18, 2026 from 9:30 to 13:00, including a presentation on a maintenance strategy you have implemented.

If you have any questions, please reach out to your recruiter Élise Gagnon at elise.gagnon@hydronord.example.ca.

Best,
Hydro-Nord Engineering Talent Team""",
      reply_to="Élise Gagnon <elise.gagnon@hydronord.example.ca>",
      company="Hydro-Nord Engineering", contact="elise.gagnon@hydronord.example.ca", fmt="alt"),

    m(INV, "indian_kindly_revert", "en",
      ("Rahul Menon", "rahul.menon@vedantaports.example.in"),
      "Interview Schedule - Manager HSE (Port Operations)",
      """Dear Ignacio,

Greetings!!

Your profile has been shortlisted for Manager HSE (Port Operations) position at Vedanta Ports & Logistics. We would like to schedule a virtual interview with the panel on Monday, 22 June 2026 at 10:00 AM IST / 12:30 AM CLT. We understand the time difference; kindly revert with alternate slots if required.

Kindly carry/keep ready your updated CV and a copy of your highest qualification.

Thanks & Regards,
Rahul Menon
Talent Acquisition Team
Vedanta Ports & Logistics""",
      company="Vedanta Ports & Logistics", contact="rahul.menon@vedantaports.example.in"),

    m(INV, "linkedin_inmail_with_call_request", "en",
      ("Olivia Grant via LinkedIn", "inmail-hit-reply@linkedin.example.com"),
      "Olivia Grant sent you a message",
      """Hi Ignacio, I'm leading the search for a Head of Maintenance Planning at a Canadian-listed copper miner building in Chile. Having read your profile I think you'd be a strong fit. Would you be free for a quick chat on Tuesday or Wednesday? My direct email is olivia.grant@thornburysearch.example.com.

Olivia Grant
Partner, Thornbury Executive Search

View message: https://www.linkedin.example.com/messaging/thread/2-9912""",
      company="Thornbury Executive Search", contact="olivia.grant@thornburysearch.example.com", fmt="alt"),

    # reschedules
    m(RS, "goodtime_rescheduled", "en",
      ("Coastline Copper", "scheduling@goodtime.example.io"),
      "Updated: Coastline Copper interview moved",
      """Hi Ignacio,

Your interview with Coastline Copper has been rescheduled due to interviewer availability.

Previous time: Thu, Apr 16, 10:00 AM PDT
New time: Mon, Apr 20, 10:00 AM PDT

Questions? Contact Morgan Ellis at morgan.ellis@coastlinecopper.example.ca.""",
      reply_to="Morgan Ellis <morgan.ellis@coastlinecopper.example.ca>",
      company="Coastline Copper", contact="morgan.ellis@coastlinecopper.example.ca", fmt="alt",
      ics={"start": "20260420T170000Z", "end": "20260420T180000Z", "organizer": "morgan.ellis@coastlinecopper.example.ca",
           "cn": "Morgan Ellis", "summary": "Coastline Copper - Panel interview", "seq": 1}),

    m(RS, "aussie_cancel_shutdown", "en",
      ("Chloe Sanderson", "chloe@firstshiftrecruit.example.com.au"),
      "Re: Exciting opportunity!!!",
      """Hi Ignacio,

So sorry - the hiring manager has been called into a shutdown on site and has cancelled this week's phone screens :( I'll get new times from him ASAP and come back to you!!

Chloe""",
      company="First Shift Recruitment", contact="chloe@firstshiftrecruit.example.com.au",
      quote=("gmail", "Tue, Mar 3, 2026 at 7:45 PM", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Hi Chloe, Thursday 7am Perth works for me. Thanks!\nIgnacio")),

    m(RS, "outlook_calendar_update", "en",
      ("Giulia Ferraro", "g.ferraro@solaritalia-energy.example.it"),
      "Updated invitation: Technical interview - O&M Manager Chile",
      """Dear Ignacio,

Ing. Bellini has a board meeting on 9 April, so I've moved our technical interview to Friday 10 April, same time (16:00 CET). The Teams link is unchanged. Apologies for the change.

Kind regards,
Giulia""",
      company="SolarItalia Energy", contact="g.ferraro@solaritalia-energy.example.it",
      ics={"uid": "040000008200E00074C5B7101A82E008-solaritalia-77@solaritalia-energy.example.it", "start": "20260410T140000Z", "end": "20260410T150000Z", "organizer": "g.ferraro@solaritalia-energy.example.it",
           "cn": "Giulia Ferraro", "summary": "Technical interview - O&M Manager Chile", "seq": 1}),

    m(RS, "role_paused_interview_cancelled", "en",
      ("Morgan Ellis", "morgan.ellis@coastlinecopper.example.ca"),
      "Monday's panel",
      """Hi Ignacio,

I have to cancel Monday's panel interview, I'm sorry. Our VP has asked us to pause interviews for two weeks while the site budget is finalised. The role isn't cancelled; I'll reach out with new dates as soon as I can.

Morgan Ellis
Talent Acquisition | Coastline Copper""",
      company="Coastline Copper", contact="morgan.ellis@coastlinecopper.example.ca"),

    # missed
    m(MI, "teams_no_join", "en",
      ("Élise Gagnon", "elise.gagnon@hydronord.example.ca"),
      "We missed you today",
      """Hi Ignacio,

Our hiring manager waited in the Teams meeting this morning at 10:00 ET, but it looks like you did not join. I hope everything is OK.

If you are still interested in the role, let me know and I'll see whether we can find another slot.

Best,
Élise Gagnon
Talent Acquisition Partner | Hydro-Nord Engineering""",
      company="Hydro-Nord Engineering", contact="elise.gagnon@hydronord.example.ca"),

    m(MI, "tried_calling", "en",
      ("Tyler Brooks", "tyler@summitpeaktalent.example.com"),
      "tried calling you",
      """Hey Ignacio, we tried calling you at the scheduled time (1pm MT) for the screen with Frontier Rail's maintenance director but it went straight to voicemail. Everything ok? Shoot me a note and I'll try to rebook.

Tyler
Summit Peak Talent""",
      company="Frontier Rail", contact="tyler@summitpeaktalent.example.com"),

    m(MI, "indian_absent_panel", "en",
      ("Rahul Menon", "rahul.menon@vedantaports.example.in"),
      "RE: Interview Schedule - Manager HSE (Port Operations)",
      """Dear Ignacio,

The panel had joined the interview at the scheduled time today but you were not available. Kindly let us know the reason and your availability for rescheduling at the earliest.

Thanks & Regards,
Rahul Menon
Talent Acquisition Team""",
      company="Vedanta Ports & Logistics", contact="rahul.menon@vedantaports.example.in"),

    # acknowledgements
    m(AR, "taleo_oil_gas", "en",
      ("Meridian Petroleum Careers", "meridian.careers@taleo.example.net"),
      "Meridian Petroleum - Application Received - Job 260014",
      """Dear Ignacio Tupa-Villalobos,

Thank you for applying to the position of HSE Advisor - Upstream (Job Number 260014) at Meridian Petroleum.

Your application has been received and is now under review.   Due to the high volume of applications we receive, we are unable to respond to every applicant individually.  Should your qualifications match our needs, a member of our Talent Acquisition team will contact you.

Sincerely,
Meridian Petroleum
Talent Acquisition

*** PLEASE DO NOT REPLY TO THIS MESSAGE ***""",
      company="Meridian Petroleum", contact="", fmt="html"),

    m(AR, "icims_rail", "en",
      ("Pacific Crest Railways", "donotreply@icims.example.com"),
      "Thank you for applying to Pacific Crest Railways",
      """Hi Ignacio,

Thank you for your interest in the Reliability Engineer - Rolling Stock position at Pacific Crest Railways. We have received your application and our team is reviewing your qualifications.

Unfortunately we are unable to provide individual feedback at this stage of the process, but if your experience is a match we will be in touch to discuss next steps.

Best regards,
Talent Acquisition
Pacific Crest Railways""",
      company="Pacific Crest Railways", contact="", fmt="alt"),

    m(AR, "bamboohr_startup", "en",
      ("Voltbridge", "notifications@bamboohr.example.com"),
      "Thanks for applying to Voltbridge!",
      """Hi Ignacio,

Thanks for your application for Field Reliability Engineer (Remote - LATAM). We've got it! Our team will take a look and get back to you in the next couple of weeks.

The Voltbridge Team""",
      company="Voltbridge", contact="", fmt="html"),

    m(AR, "workable_south_african", "en",
      ("Kalahari Solar Developments", "noreply@candidates.workablemail.example.com"),
      "Kalahari Solar Developments: Thanks for applying",
      """Dear Ignacio,

Thank you for applying for the Project Manager - Utility Scale Solar position at Kalahari Solar Developments. We confirm receipt of your application.

Our recruitment team will review all applications after the closing date (30 June). Please note that if you have not heard from us within 30 days of the closing date, you should consider your application unsuccessful on this occasion.

Kind regards,
Kalahari Solar Developments""",
      company="Kalahari Solar Developments", contact="", fmt="alt"),

    m(AR, "linkedin_easy_apply", "en",
      ("LinkedIn", "jobs-noreply@linkedin.example.com"),
      "Ignacio, your application was sent to Borealis Mining Services",
      """Your application was sent to Borealis Mining Services

Maintenance Planning Lead
Borealis Mining Services · Toronto, ON (Hybrid)
Applied on May 4, 2026

Now, take these next steps for more success with your job search
Track your applied jobs: https://www.linkedin.example.com/my-items/saved-jobs/

This email was intended for Ignacio Tupa-Villalobos (Mining & Energy Engineer). Unsubscribe.
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085""",
      company="Borealis Mining Services", contact="", fmt="html"),

    # offers
    m(OF, "finnish_offer_letter", "en",
      ("Aino Virtanen", "aino.virtanen@kallioflow.example.fi"),
      "Offer - Service Engineer, Chile",
      """Dear Ignacio,

Following your interviews for the Field Service Manager role, Mikko would like to offer you the position of Senior Service Engineer based in Santiago instead, as discussed by phone on Monday. Please find the offer letter attached with salary, benefits and the proposed start date of 1 September.

We kindly ask you to confirm your acceptance by signing and returning the letter by 20 August.

Best regards,
Aino Virtanen
HR Manager, Kallio Flow Oy""",
      company="Kallio Flow", contact="aino.virtanen@kallioflow.example.fi",
      attach=("Offer_Letter_Tupa-Villalobos.pdf", "application/pdf")),

    m(OF, "conditional_offer_canada", "en",
      ("Morgan Ellis", "morgan.ellis@coastlinecopper.example.ca"),
      "Conditional offer of employment",
      """Hi Ignacio,

Congratulations! I'm pleased to offer you the position of Reliability Engineer at Coastline Copper, Highland Valley operations. This offer is conditional on a satisfactory background check, a pre-employment medical and approval of your LMIA-based work permit, which our immigration counsel will support.

The attached letter has the details on compensation, relocation and start date. Let's set up a call this week to walk through it.

Morgan Ellis
Talent Acquisition | Coastline Copper""",
      company="Coastline Copper", contact="morgan.ellis@coastlinecopper.example.ca",
      attach=("Coastline_Conditional_Offer.pdf", "application/pdf"), fmt="alt"),
    m(AR, "pageup_perth_ack", "en",
      ("Goldfields Power Careers", "careers-noreply@pageuppeople.example.com"),
      "Application received - Maintenance Planning Superintendent",
      """Dear Ignacio

Thank you for submitting your application for the role of Maintenance Planning Superintendent (Ref 4471), Kalgoorlie.

We're reviewing applications as they come in, and shortlisted candidates will be contacted directly. Please note that due to the volume of applications we cannot respond to every applicant individually; if you haven't heard from us within four weeks, your application has not progressed on this occasion.

Kind regards
Goldfields Power | People & Culture

This is an automated email - replies to this address are not monitored.""",
      company="Goldfields Power", contact="", fmt="html"),

    m(OF, "verbal_offer_followup_chain", "en",
      ("Wei Chen", "wei.chen@jinlongsolar-chile.example.com"),
      "RE: RE: RE: O&M Lead - next steps",
      """Hi Ignacio,

As promised on the phone this afternoon, confirming our verbal offer in writing: O&M Lead for the Atacama portfolio, reporting to me, base salary as discussed plus 15% annual bonus, start 1 October. HR will send the formal contract through DocuSign tomorrow.

Really glad to have you on board.

Best,
Wei

Wei Chen | Country Manager
Jinlong Solar Chile SpA
M +56 9 5555 8830

-----Original Message-----
From: Ignacio Tupa-Villalobos <ignacio.tv@example.cl>
Sent: Tuesday, September 1, 2026 10:14 AM
To: Wei Chen <wei.chen@jinlongsolar-chile.example.com>
Subject: RE: RE: O&M Lead - next steps

Hi Wei, thanks, 4pm works for me.

-----Original Message-----
From: Wei Chen <wei.chen@jinlongsolar-chile.example.com>
Sent: Monday, August 31, 2026 7:40 PM
To: Ignacio Tupa-Villalobos <ignacio.tv@example.cl>
Subject: RE: O&M Lead - next steps

Ignacio, the board approved the headcount. Can I call you tomorrow at 4pm to talk numbers?

-----Original Message-----
From: Ignacio Tupa-Villalobos <ignacio.tv@example.cl>
Sent: Friday, August 28, 2026 9:02 AM
To: Wei Chen <wei.chen@jinlongsolar-chile.example.com>
Subject: O&M Lead - next steps

Dear Wei, thank you for the final interview yesterday. Happy to provide references if useful.

Regards,
Ignacio""",
      company="Jinlong Solar Chile", contact="wei.chen@jinlongsolar-chile.example.com",
      headers={"In-Reply-To": "<c91.jinlong.3@example.cl>",
               "References": "<c91.jinlong.1@example.cl> <c91.jinlong.2@jinlongsolar-chile.example.com> <c91.jinlong.3@example.cl>"}),
]
