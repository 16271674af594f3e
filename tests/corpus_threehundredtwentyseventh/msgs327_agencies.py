"""English job mail from agencies, an RPO, a graduate portal and more UK/Irish/Dutch employers."""

from __future__ import annotations

from msgs327_common import M, Spec, own

FEMI = ("Femi Adeyemi", "femi.adeyemi@peregrine-rpo.example.com")
DAN = ("Dan Pike", "dan.pike@sterlingoak.example.co.uk")
SO_DISCLAIMER = """
--
Dan Pike | Senior Consultant - Supply Chain & Logistics
Sterling Oak Recruitment | 3 Friar Lane, Leicester LE1 5RA | 0116 496 0033
Sterling Oak Recruitment acts as an employment agency. This message is confidential and may be
legally privileged. If you are not the intended recipient please delete it.
"""
PAXTON = ("Megan Hurst", "megan.hurst@paxtonfreight.example.co.uk")
OAK = ("Callum Reid", "c.reid@oakmerefoods.example.co.uk")
SHIFT = ("Jade Connolly", "jade@shiftwise.example.co.uk")

SPECS: list[Spec] = [
    # ---- Peregrine RPO for Trentside Toys, Nottingham
    M("tt_ack", "application_received", "en", "2026-03-03 12:00 +0000",
      ("Trentside Toys", "no-reply@ashbyhq.com"),
      "Thanks for applying to Trentside Toys!", """
Hi Priyanka,

Thanks for applying for the Supply & Demand Planning Analyst role at Trentside Toys. We've
got your application and our recruitment partner, Peregrine RPO, will be reviewing it over
the next week or so.

Whatever the outcome, we'll let you know.

The Trentside Toys team
""", company="Trentside Toys", form="html", brand="Trentside Toys", colour="#ff7043"),
    M("tt_invite", "interview_invitation", "en", "2026-03-11 09:26 +0000", FEMI,
      "Trentside Toys - Supply & Demand Planning Analyst - first interview", """
Hi Priyanka,

I'm the recruiter at Peregrine RPO managing hiring for Trentside Toys. I'm pleased to say
the planning team would like to invite you to a first-stage video interview with Ellie
Marsh (Demand Planning Lead) on Wednesday 18 March at 15:30.

Please use this link to confirm or to choose another time:
https://peregrine-rpo.example.com/book/trentside/55120

Best wishes,
Femi Adeyemi
Recruitment Partner, Peregrine RPO - on behalf of Trentside Toys
""", company="Trentside Toys", contact=FEMI[1], form="alt"),
    M("tt_cancel", "interview_reschedule_or_cancel", "en", "2026-03-17 17:58 +0000", FEMI,
      "Cancelled: Trentside Toys interview tomorrow 15:30", """
Hi Priyanka,

I'm afraid Ellie has had to cancel tomorrow's interview due to a product-recall call that
she needs to lead. I'm really sorry about the late notice. I'll be in touch as soon as I
have her availability for next week.

Best wishes,
Femi
""", company="Trentside Toys", contact=FEMI[1],
      ics={"uid": "peregrine-trentside-55120@peregrine-rpo.example.com", "seq": 3,
           "method": "CANCEL", "start": "2026-03-18 15:30", "end": "2026-03-18 16:15",
           "summary": "Cancelled: Trentside Toys - first interview", "tz": "Europe/London",
           "attach": True}),
    M("tt_no", "rejection", "en", "2026-04-09 10:44 +0100", FEMI,
      "Your application with Trentside Toys", """
Hi Priyanka,

Thank you for meeting Ellie last week, and for your patience with the rescheduling.

Trentside Toys have now completed their first interviews, and I'm sorry to let you know that
they have decided to move forward with candidates whose experience more closely matches the
role, in particular with SAP IBP. This isn't the news you were hoping for, I know.

If you'd like feedback I'd be happy to arrange a short call.

Kind regards,
Femi Adeyemi
Recruitment Partner, Peregrine RPO
Peregrine RPO Ltd is registered in England. This email is confidential.
""", company="Trentside Toys", contact=FEMI[1], charset="windows-1252"),

    # ---- Northgate Retail Group graduate scheme via the FutureRoutes portal
    M("ng_ack", "application_received", "en", "2026-01-07 21:14 +0000",
      ("FutureRoutes Graduate Schemes", "no-reply@futureroutes.example.com"),
      "Application submitted: Northgate Retail Group - Supply Chain Graduate Scheme 2026", """
Hi Priyanka,

Your application to the Northgate Retail Group Supply Chain Graduate Scheme 2026
(career-changer stream) has been submitted successfully.

Next step: Northgate will review applications on a rolling basis. You can track your
progress in your FutureRoutes dashboard.

Good luck!
FutureRoutes - graduate schemes and early careers
You are receiving this because you applied through FutureRoutes.
""", company="Northgate Retail Group", form="alt", brand="FutureRoutes", colour="#3949ab"),
    M("ng_ac", "interview_invitation", "en", "2026-02-10 08:00 +0000",
      ("FutureRoutes Graduate Schemes", "no-reply@futureroutes.example.com"),
      "You're invited: Northgate Retail Group virtual assessment centre", """
Hi Priyanka,

Congratulations! Northgate Retail Group would like to invite you to their virtual
assessment centre for the Supply Chain Graduate Scheme.

Date: Thursday 26 February 2026, 09:00 - 13:00
Format: online group exercise, written planning case and a 1:1 interview

Book your place by 16 February in your FutureRoutes dashboard. Questions about the day?
Reply to this email to reach Ruth Okafor in the Northgate early-careers team.

FutureRoutes
""", company="Northgate Retail Group", contact="ruth.okafor@northgateretail.example.co.uk",
      reply_to=("Ruth Okafor (Northgate Early Careers)",
                "ruth.okafor@northgateretail.example.co.uk"),
      form="html", brand="FutureRoutes", colour="#3949ab"),
    M("ng_no", "rejection", "en", "2026-03-06 16:30 +0000",
      ("FutureRoutes Graduate Schemes", "no-reply@futureroutes.example.com"),
      "Update on your Northgate Retail Group application", """
Hi Priyanka,

Thank you for taking part in the Northgate Retail Group assessment centre. Competition for
places this year was exceptionally strong and, unfortunately, you have not been selected for
the 2026 Supply Chain Graduate Scheme.

You can download your assessment feedback report from your dashboard.

FutureRoutes
""", company="Northgate Retail Group", form="alt", brand="FutureRoutes", colour="#3949ab"),

    # ---- Sterling Oak Recruitment: named client Brindley Grocers, and an unnamed client
    M("so_invite", "interview_invitation", "en", "2026-04-15 11:08 +0100", DAN,
      "Interview confirmed - Brindley Grocers, Replenishment Planner", """
Hi Priyanka,

Great speaking to you this morning. As promised, here are the details for your interview
with my client Brindley Grocers, the wholesale grocery distributor in Birmingham:

When: Tuesday 21 April, 11:00
Where: Brindley Grocers, Unit 12 Tyseley Industrial Estate, Birmingham B11 2AA
Who: Sunita Kaur, Replenishment Manager, and Gareth Lowe, Supply Chain Director
Format: competency interview plus a short Excel task

Ask for Sunita at reception. Any problems on the day, call me on 07700 900 641.

Good luck!
Dan
""" + SO_DISCLAIMER, company="Brindley Grocers", contact=DAN[1]),
    M("so_moved", "interview_reschedule_or_cancel", "en", "2026-04-17 14:02 +0100", DAN,
      "RE: Interview confirmed - Brindley Grocers, Replenishment Planner", """
Hi Priyanka,

Quick one - Sunita has asked whether you could come in on Thursday 23 April at 14:00 instead
of Tuesday, as Gareth can't make Tuesday morning. Same address and format. Let me know and I
will confirm with them.

Cheers,
Dan
""" + SO_DISCLAIMER, company="Brindley Grocers", contact=DAN[1], parent="so_invite",
      quote="outlook"),
    own("so_confirm", "2026-04-17 14:30 +0100", DAN,
        "RE: Interview confirmed - Brindley Grocers, Replenishment Planner", """
Hi Dan,

Thursday 23 April at 14:00 is fine for me - thanks for letting me know. See you on the
other side!

Priyanka
""", parent="so_moved", quote="en"),
    M("so_no", "rejection", "en", "2026-05-01 09:31 +0100", DAN,
      "Brindley Grocers - feedback", """
Hi Priyanka,

I've had feedback from Brindley Grocers. They liked your energy and your understanding of
store availability, but they have decided to go with a candidate who has already worked in
a wholesale replenishment team, so they won't be taking your application further.

Disappointing, I know - but you came really close and I'll keep putting you forward.

Dan
""" + SO_DISCLAIMER, company="Brindley Grocers", contact=DAN[1]),
    M("so_unnamed_invite", "interview_invitation", "en", "2026-05-18 10:10 +0100", DAN,
      "Interview - Planning Analyst, toy manufacturer (East Midlands)", """
Hi Priyanka,

Good news - the client I mentioned on the phone (a well-known toy manufacturer in the East
Midlands; I can't name them yet as the role is confidential) would like to meet you.

Monday 25 May, 10:00, video call. They will send the Teams link directly the day before.

Dan
""" + SO_DISCLAIMER, company="Sterling Oak Recruitment", contact=DAN[1]),
    M("so_unnamed_missed", "missed_interview_notice", "en", "2026-05-25 10:22 +0100", DAN,
      "Are you OK? Client waiting on Teams", """
Priyanka,

The client has just been on the phone - they have been waiting in the Teams meeting since
10:00 and you haven't joined. I've tried your mobile twice. Can you call me as soon as you
get this?

Dan
""", company="Sterling Oak Recruitment", contact=DAN[1]),
    M("so_unnamed_no", "rejection", "en", "2026-05-27 15:15 +0100", DAN,
      "RE: Are you OK? Client waiting on Teams", """
Hi Priyanka,

Thanks for explaining - a Teams link that went to spam is such bad luck. I did try to get you
another slot, but the client has decided to continue with the other shortlisted candidates
and won't be rescheduling. I'm sorry it ended this way.

Dan
""" + SO_DISCLAIMER, company="Sterling Oak Recruitment", contact=DAN[1],
      parent="so_unnamed_missed", quote="en"),

    # ---- Kingfisher Marketplace (Workday): ack -> not shortlisted
    M("kf_ack", "application_received", "en", "2026-02-14 06:45 +0000",
      ("Kingfisher Marketplace", "kingfishermarketplace@myworkday.com"),
      "Kingfisher Marketplace: Application Received", """
Dear Priyanka Raghunathan,

Thank you for applying for the role Marketplace Inventory Planner (JR-8812) in Leicester. We
confirm receipt of your application.

Regards,
Kingfisher Marketplace Talent Acquisition
""", company="Kingfisher Marketplace", form="html", brand="KINGFISHER MARKETPLACE",
      colour="#0277bd"),
    M("kf_no", "rejection", "en", "2026-03-02 07:30 +0000",
      ("Kingfisher Marketplace", "kingfishermarketplace@myworkday.com"),
      "Kingfisher Marketplace: Update on JR-8812", """
Dear Priyanka Raghunathan,

Thank you for your interest in the Marketplace Inventory Planner (JR-8812) position. After
careful review we have decided not to shortlist you for interview on this occasion.

We wish you every success in your search.

Kingfisher Marketplace Talent Acquisition
""", company="Kingfisher Marketplace", form="alt", brand="KINGFISHER MARKETPLACE",
      colour="#0277bd"),

    # ---- Midlands Hospitals Supply Partnership (Taleo): ack -> filled internally
    M("mh_ack", "application_received", "en", "2026-04-01 13:13 +0100",
      ("Midlands Hospitals Supply Partnership", "mhsp-recruitment@taleo.net"),
      "Acknowledgement of application - Stock Planning Officer (Ref MHSP/26/077)", """
Dear Priyanka,

Thank you for applying for the post of Stock Planning Officer (Ref MHSP/26/077), based at
our Birmingham distribution hub. This is to confirm that we have received your application.

Please note that due to the very high number of applications we receive, we cannot reply to
every applicant individually. If you have not heard from us within three weeks of the
closing date, please assume that you have not been shortlisted on this occasion.

Recruitment Team
Midlands Hospitals Supply Partnership
""", company="Midlands Hospitals Supply Partnership"),
    M("mh_no", "rejection", "en", "2026-04-21 10:00 +0100",
      ("Midlands Hospitals Supply Partnership", "mhsp-recruitment@taleo.net"),
      "Stock Planning Officer (Ref MHSP/26/077) - outcome", """
Dear Priyanka,

Thank you for your interest in the post of Stock Planning Officer. We are writing to let
you know that the post has been filled by an internal candidate through our redeployment
process, and the vacancy is now closed.

Recruitment Team
Midlands Hospitals Supply Partnership
""", company="Midlands Hospitals Supply Partnership", cte="quoted-printable"),

    # ---- Bramblewick Toys (BambooHR): invite -> waited on Teams -> no
    M("bw_invite", "interview_invitation", "en", "2026-06-02 09:00 +0100",
      ("Bramblewick Toys", "notifications@bamboohr.com"),
      "Interview request from Bramblewick Toys", """
Hi Priyanka,

Nick Hollis at Bramblewick Toys would like to interview you for the Production Planner
position. Please pick a 30-minute slot for a Teams interview using the link below:

https://bramblewick.bamboohr.example.com/interview/select/30931

Questions? Reply to this message to reach Nick directly.

Bramblewick Toys Hiring Team
""", company="Bramblewick Toys", contact="nick.hollis@bramblewick.example.co.uk",
      reply_to=("Nick Hollis", "nick.hollis@bramblewick.example.co.uk"), form="html",
      brand="Bramblewick Toys", colour="#558b2f"),
    M("bw_missed", "missed_interview_notice", "en", "2026-06-09 14:20 +0100",
      ("Nick Hollis", "nick.hollis@bramblewick.example.co.uk"), "Today's interview at 14:00", """
Hi Priyanka,

We were set up on Teams at 14:00 for your interview today and waited for about 15 minutes,
but you didn't join. I hope all is well.

Nick Hollis
Operations Manager | Bramblewick Toys | Digbeth, Birmingham
""", company="Bramblewick Toys", contact="nick.hollis@bramblewick.example.co.uk",
      form="alt"),
    M("bw_no", "rejection", "en", "2026-06-19 12:00 +0100",
      ("Bramblewick Toys", "notifications@bamboohr.com"),
      "Your application for Production Planner", """
Hi Priyanka,

Thank you for your interest in the Production Planner role at Bramblewick Toys. We have now
filled the position and are closing your application. We'll keep your details on file for
future openings.

Bramblewick Toys Hiring Team
""", company="Bramblewick Toys", form="html", brand="Bramblewick Toys", colour="#558b2f"),

    # ---- Grafton & Hale, Dublin fashion (Workable): ack -> no
    M("gh_ack", "application_received", "en", "2026-01-30 18:05 +0000",
      ("Grafton & Hale", "noreply@workablemail.com"),
      "Thanks for applying to Grafton & Hale", """
Hi Priyanka,

Thanks for applying to the Allocation & Replenishment Analyst job at Grafton & Hale in
Dublin. We'll review your application and get back to you soon.

Best regards,
Grafton & Hale
Powered by Workable
""", company="Grafton & Hale", form="alt", brand="GRAFTON & HALE", colour="#4e342e"),
    M("gh_no", "rejection", "en", "2026-02-20 11:50 +0000",
      ("Siobhán Kearney", "siobhan.kearney@graftonhale.example.ie"),
      "Allocation & Replenishment Analyst - Grafton & Hale", """
Hi Priyanka,

Many thanks for your application and your interest in Grafton & Hale. We had a really strong
response, and after reviewing all applications we will be moving forward with candidates
whose experience more closely matches the requirements of the role.

Best of luck with your search,
Siobhán Kearney
People Partner, Grafton & Hale | 41 Grafton Street, Dublin 2
""", company="Grafton & Hale", contact="siobhan.kearney@graftonhale.example.ie",
      name_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="8bit"),

    # ---- Paxton Freight, Manchester 3PL (Teamtailor): ack -> invite -> moved -> no
    M("px_ack", "application_received", "en", "2026-08-10 10:30 +0100",
      ("Paxton Freight", "no-reply@teamtailor-mail.com"),
      "We have received your application - Paxton Freight", """
Hi Priyanka,

Thanks for your application for Inventory Control Lead at Paxton Freight (Trafford Park).
We've received it and will get back to you within 10 working days.

Cheers,
The Paxton Freight team
""", company="Paxton Freight", form="html", brand="PAXTON FREIGHT", colour="#37474f"),
    M("px_invite", "interview_invitation", "en", "2026-08-18 15:05 +0100", PAXTON,
      "Video interview - Inventory Control Lead", """
Hi Priyanka,

Thanks for applying - we'd like to invite you to a video interview with our warehouse
general manager, Lee Ashworth, and me on Wednesday 26 August at 10:00. Invite attached.

Thanks,
Megan Hurst
Talent Acquisition, Paxton Freight
""", company="Paxton Freight", contact=PAXTON[1],
      ics={"uid": "paxton-icl-pr-0826@paxtonfreight.example.co.uk", "seq": 0,
           "start": "2026-08-26 10:00", "end": "2026-08-26 10:45",
           "summary": "Video interview - Inventory Control Lead", "tz": "Europe/London"}),
    M("px_moved", "interview_reschedule_or_cancel", "en", "2026-08-24 09:18 +0100", PAXTON,
      "Updated: Video interview - Inventory Control Lead", """
Hi Priyanka,

Lee is needed for a client audit on Wednesday, so I've moved your interview to Friday 28
August, 13:00 - 13:45. An updated invitation is attached and replaces the original one.
Hope that still works!

Thanks,
Megan
""", company="Paxton Freight", contact=PAXTON[1], form="alt",
      ics={"uid": "paxton-icl-pr-0826@paxtonfreight.example.co.uk", "seq": 1,
           "start": "2026-08-28 13:00", "end": "2026-08-28 13:45",
           "summary": "Video interview - Inventory Control Lead (moved)",
           "tz": "Europe/London"}),
    M("px_no", "rejection", "en", "2026-09-04 16:40 +0100", PAXTON,
      "Inventory Control Lead - outcome", """
Hi Priyanka,

Thank you for speaking with Lee and me last Friday. I'm sorry to say that we have decided not
to progress your application to the next stage. We were looking for someone with more
experience of running warehouse cycle-count teams.

All the best,
Megan
""", company="Paxton Freight", contact=PAXTON[1]),

    # ---- Oakmere Foods (grocery wholesaler, Nottingham): call -> postponed -> freeze
    M("om_invite", "interview_invitation", "en", "2026-01-14 12:40 +0000", OAK,
      "Oakmere Foods - Demand Planner role, quick call?", """
Hi Priyanka,

Thanks for sending your CV for the Demand Planner role. I'd like to set up a 30-minute phone
call to talk through your experience. Are you free on Monday 19 January at 12:30? If not,
let me know what suits you.

Regards,
Callum Reid
HR Advisor | Oakmere Foods | Colwick Quays, Nottingham NG4 2JT
""", company="Oakmere Foods", contact=OAK[1]),
    M("om_postponed", "interview_reschedule_or_cancel", "en", "2026-01-18 20:05 +0000", OAK,
      "RE: Oakmere Foods - Demand Planner role, quick call?", """
Hi Priyanka,

Sorry for the Sunday email - I need to postpone tomorrow's call as I'm off sick. I'll be in
touch later in the week to rearrange.

Callum
""", company="Oakmere Foods", contact=OAK[1], parent="om_invite", quote="outlook"),
    M("om_freeze", "rejection", "en", "2026-02-05 13:20 +0000", OAK,
      "Demand Planner - update", """
Hi Priyanka,

I wanted to let you know that Oakmere Foods has put all non-essential recruitment on hold
following the loss of a major contract. The Demand Planner vacancy has been withdrawn, so
unfortunately we will not be rearranging our call or progressing your application.

I'm sorry to bring you this news and wish you the best of luck.

Callum Reid
HR Advisor | Oakmere Foods
""", company="Oakmere Foods", contact=OAK[1]),

    # ---- ShiftWise Staffing (temp agency): missed registration, client no
    M("sw_missed", "missed_interview_notice", "en", "2026-07-14 11:50 +0100", SHIFT,
      "Your registration interview this morning", """
Hi Priyanka,

You were booked in for your registration interview at our Leicester branch at 11:00 today,
but we didn't see you. Hopefully everything's OK! If you still want to register for
temporary stock control assignments, give the branch a call on 0116 496 0781 and we can
rebook.

Jade Connolly
Recruitment Consultant, ShiftWise Staffing
""", company="ShiftWise Staffing", contact=SHIFT[1]),
    M("sw_no", "rejection", "en", "2026-07-29 08:40 +0100", SHIFT,
      "Stock Controller assignment - Pennine Parcel Hub", """
Morning Priyanka,

Thanks for coming in to register last week. I put you forward for the Stock Controller
temp-to-perm assignment at our client Pennine Parcel Hub in Hinckley, but they have let me
know they've decided not to go ahead with your profile as they need someone with forklift
experience.

I'll keep an eye out for other assignments.

Jade
""", company="Pennine Parcel Hub", contact=SHIFT[1], charset="windows-1252",
      cte="quoted-printable"),

    # ---- Havenmarkt, Rotterdam e-commerce: missed call -> no
    M("hv_missed", "missed_interview_notice", "en", "2026-02-25 16:10 +0100",
      ("Daan Visser", "daan.visser@havenmarkt.example.nl"), "We missed you on the call", """
Hi Priyanka,

I called you today at 15:30 CET (14:30 UK time) for the screening call we planned, but
couldn't reach you. Shall we try another time? Just reply with a few options.

Groeten,
Daan Visser
Recruiter | Havenmarkt | Wilhelminakade 90, Rotterdam
""", company="Havenmarkt", contact="daan.visser@havenmarkt.example.nl"),
    M("hv_no", "rejection", "en", "2026-03-04 09:00 +0100",
      ("Daan Visser", "daan.visser@havenmarkt.example.nl"), "RE: We missed you on the call", """
Hi Priyanka,

Thanks for your reply and sorry for my late answer. In the meantime our hiring manager has
made a decision for the Marketplace Planner role and we will not continue with your
application. I hope you'll find a great next step.

Groeten,
Daan
""", company="Havenmarkt", contact="daan.visser@havenmarkt.example.nl",
      parent="hv_missed", quote="en"),
]

SPECS.append(M(
    "cp_no", "rejection", "es", "2026-09-15 10:10 +0200",
    ("Compralia", "no-reply@ashbyhq.com"), "Tu candidatura a Compralia", """
Hola Priyanka,

Gracias por postular a Supply Planner en Compralia. Hemos revisado tu perfil y, aunque tiene
puntos muy interesantes, hemos decidido no avanzar con tu candidatura en este momento.

¡Mucho éxito!
Equipo de Personas de Compralia
""", company="Compralia", form="alt", brand="Compralia", colour="#00897b"))

