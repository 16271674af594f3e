"""English employer threads: Marlowe & Finch, Corvana Logistics, Liffey Health Supply, Maasport."""

from __future__ import annotations

from msgs327_common import CAND_NAME, M, Spec, own

MF = "Marlowe & Finch"
HANNAH = ("Hannah Oduya", "hannah.oduya@marloweandfinch.example.co.uk")
TOM = ("Tom Aldridge", "tom.aldridge@corvana.example.co.uk")
GRACE = ("Grace Whitlock", "grace.whitlock@corvana.example.co.uk")
AOIFE = ("Aoife Brennan", "aoife.brennan@liffeyhealth.example.ie")
SANNE = ("Sanne de Vries", "sanne.devries@maasport.example.nl")

SPECS: list[Spec] = [
    # ---- Marlowe & Finch, Manchester: ack -> invite -> moved -> thank-you -> no
    M("mf_ack", "application_received", "en", "2026-01-12 08:03 +0000",
      (MF, "marloweandfinch@myworkday.com"),
      "We've received your application - Merchandise & Stock Planner (R-20417)",
      """
Hi Priyanka,

Thanks for applying for Merchandise & Stock Planner (R-20417) in Manchester. Your
application is now with our Talent team.

What happens next? We review every application against the role profile. If your
experience is a match, someone from the team will be in touch to arrange a first
conversation. You can follow the status of your application at any time from your
candidate home page.

Best wishes,
Talent Acquisition | Marlowe & Finch

This mailbox is not monitored. Please do not reply to this email.
""", company=MF, form="alt", brand="MARLOWE & FINCH", colour="#000000",
      headers=[("Auto-Submitted", "auto-generated")]),
    M("mf_invite", "interview_invitation", "en", "2026-01-26 10:41 +0000", HANNAH,
      "Interview invitation: Merchandise & Stock Planner", """
Dear Priyanka,

Thank you for your interest in the Merchandise & Stock Planner role. I'm pleased to let you
know that the hiring manager, Rob Kessler (Head of Merchandise Planning), would like to meet
you for a first interview.

Date: Tuesday 3 February 2026
Time: 10:00 - 10:45 (UK time)
Where: Microsoft Teams (link in the calendar invitation attached)

The conversation will cover your experience of stock flow and replenishment in store, and
one or two short scenario questions on weekly sales versus plan. No preparation is needed
beyond that.

Please accept the invitation so we know the time works for you.

Kind regards,
Hannah Oduya
Talent Acquisition Partner
Marlowe & Finch | 22 Spinningfields Square, Manchester M3 3AP
T: +44 161 555 0142
""", company=MF, contact=HANNAH[1],
      ics={"uid": "mf-2026-r20417-int1@marloweandfinch.example.co.uk", "seq": 0,
           "start": "2026-02-03 10:00", "end": "2026-02-03 10:45",
           "summary": "Interview - Priyanka Raghunathan / Merchandise & Stock Planner",
           "location": "Microsoft Teams Meeting", "tz": "Europe/London"}),
    M("mf_moved", "interview_reschedule_or_cancel", "en", "2026-01-29 16:12 +0000", HANNAH,
      "RE: Interview invitation: Merchandise & Stock Planner", """
Hi Priyanka,

Apologies for the change at short notice: Rob has been called to our Leeds store on
Tuesday morning, so we need to move your interview. Would Wednesday 4 February at 14:00
work instead? I've sent an updated invitation for that slot - if it doesn't suit, just reply
with a couple of alternatives and I'll sort it.

Thanks for your flexibility.

Hannah
""", company=MF, contact=HANNAH[1], parent="mf_invite", quote="en",
      ics={"uid": "mf-2026-r20417-int1@marloweandfinch.example.co.uk", "seq": 1,
           "start": "2026-02-04 14:00", "end": "2026-02-04 14:45",
           "summary": "UPDATED: Interview - Priyanka Raghunathan / Merchandise & Stock Planner",
           "location": "Microsoft Teams Meeting", "tz": "Europe/London"}),
    own("mf_thanks", "2026-02-04 18:27 +0000", HANNAH,
        "RE: Interview invitation: Merchandise & Stock Planner", """
Hi Hannah,

Thank you for arranging today's conversation, and please pass on my thanks to Rob. I really
enjoyed hearing how the planning team works with the stores on weekly re-forecasts, and it
confirmed how much I'd like to bring my store-side view into a planning role.

I look forward to hearing from you.

Best regards,
Priyanka Raghunathan
""", parent="mf_moved", quote="en"),
    M("mf_no", "rejection", "en", "2026-02-16 11:05 +0000", HANNAH,
      "RE: Interview invitation: Merchandise & Stock Planner", """
Hi Priyanka,

Thank you again for your time with Rob and for your kind note afterwards.

I'm sorry to say that we've decided to offer the role to another candidate, who has a
little more hands-on experience with our planning system. It was a close decision and Rob
was genuinely impressed with how you talked about running stock counts and markdowns at
store level.

I'd be very happy to keep your details in mind for future planning roles, and if you'd like
some more detailed feedback please do give me a call.

With best wishes,
Hannah

Hannah Oduya | Talent Acquisition Partner | Marlowe & Finch
This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error please notify the sender and delete it.
""", company=MF, contact=HANNAH[1], parent="mf_thanks", quote="outlook",
      charset="windows-1252", cte="quoted-printable"),

    # ---- Corvana Logistics, Nottingham: the offer she accepts
    M("cv_ack", "application_received", "en", "2026-06-08 07:12 +0000",
      ("Corvana Logistics", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Corvana Logistics", """
Hi Priyanka,

Thank you for your interest in Corvana Logistics! We have received your application for
Demand Planner - Contract Logistics (Nottingham) and our team is reviewing it now.

Because we receive a high number of applications we are not always able to reply to each
candidate individually, but if your background is a fit for the role we will be in touch
about next steps.

Regards,
The Corvana Logistics Talent Team
""", company="Corvana Logistics", form="html", brand="Corvana Logistics", colour="#00695c"),
    M("cv_invite", "interview_invitation", "en", "2026-06-15 13:30 +0100",
      ("Tom Aldridge via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Next steps with Corvana Logistics - pick a time to talk", """
Hi Priyanka,

Thanks for applying to the Demand Planner - Contract Logistics role. I'd love to set up a
45-minute video interview with you and Leanne Shaw, our Planning Manager for the Nottingham
campus.

Please choose a time that suits you using the link below:
https://app.greenhouse.example.net/schedule/corvana/7c2e91

If none of the times work, reply to this email and I'll find something else.

Best,
Tom Aldridge
Senior Recruiter, Corvana Logistics
""", company="Corvana Logistics", contact=TOM[1], reply_to=TOM, form="alt",
      brand="Corvana Logistics", colour="#00695c"),
    own("cv_req", "2026-06-16 08:44 +0100", TOM,
        "Re: Next steps with Corvana Logistics - pick a time to talk", """
Hi Tom,

Thank you very much - I'd be delighted to speak with you and Leanne. I booked Friday 19 June
at 09:00 through the link, but I have just been told I am covering a stocktake at the
Leicester store that morning. Would it be possible to move it to the afternoon, or to Monday
22 June?

Sorry for the trouble, and thanks in advance.

Kind regards,
Priyanka
""", parent="cv_invite", quote="en"),
    M("cv_moved", "interview_reschedule_or_cancel", "en", "2026-06-17 10:02 +0100", TOM,
      "Re: Next steps with Corvana Logistics - pick a time to talk", """
Hi Priyanka,

No problem at all. I've moved your interview with Leanne to Monday 22 June at 14:00 - the
updated calendar invite is attached and replaces the Friday slot. Same video link.

Best,
Tom
""", company="Corvana Logistics", contact=TOM[1], parent="cv_req", quote="en",
      ics={"uid": "gh-corvana-7c2e91-1@greenhouse-mail.io", "seq": 1,
           "start": "2026-06-22 14:00", "end": "2026-06-22 14:45",
           "summary": "Video interview: Priyanka Raghunathan <> Corvana Logistics",
           "location": "Google Meet", "tz": "Europe/London", "organizer": TOM}),
    M("cv_ac", "interview_invitation", "en", "2026-07-01 15:20 +0100", TOM,
      "Corvana Logistics - invitation to our assessment day (Demand Planner)", """
Hi Priyanka,

Great news - Leanne enjoyed your conversation and we'd like to invite you to the final stage,
an assessment day at our Nottingham campus.

When: Thursday 9 July 2026, 09:30 - 14:00
Where: Corvana Logistics, Unit 4 Trentside Park, Nottingham NG2 1JX (ask for me at reception)

The day includes a forecasting exercise in Excel (laptop provided), a 30-minute case
presentation you'll prepare on the day, a site tour and a panel interview. The agenda is
attached, and I've sent a calendar invitation too.

Parking is free on site. Please let me know about any adjustments you need.

Best,
Tom Aldridge
Senior Recruiter | Corvana Logistics
M: +44 7700 900 318
""", company="Corvana Logistics", contact=TOM[1],
      ics={"uid": "corvana-ac-20260709-pr@corvana.example.co.uk", "seq": 0,
           "start": "2026-07-09 09:30", "end": "2026-07-09 14:00",
           "summary": "Corvana assessment day - Demand Planner",
           "location": "Unit 4 Trentside Park, Nottingham NG2 1JX", "tz": "Europe/London",
           "attach": True},
      attach=[("Assessment_Day_Agenda.pdf", [
          "Corvana Logistics - Assessment Day, 9 July 2026", "",
          "09:30 Welcome and site tour", "10:30 Forecasting exercise (Excel)",
          "12:00 Lunch with the planning team", "12:45 Case presentation",
          "13:15 Panel interview", "14:00 Close"])]),
    own("cv_thx", "2026-07-09 19:02 +0100", TOM, "Thank you - assessment day today", """
Hi Tom,

Just a quick note to say thank you for organising today. It was great to see the warehouse
operation in person and to meet Leanne's team - the forecasting exercise was a fun
challenge!

I look forward to hearing from you.

Best wishes,
Priyanka
"""),
    M("cv_verbal", "offer", "en", "2026-07-20 17:46 +0100", TOM,
      "Following our call - offer for Demand Planner", """
Hi Priyanka,

It was a pleasure to speak earlier - and congratulations again! As discussed on the phone,
we'd like to offer you the position of Demand Planner - Contract Logistics at our Nottingham
campus, on a salary of GBP 38,500 plus the annual bonus scheme, starting on a date we agree
together.

Grace Whitlock from our HR team will send the written offer and the full terms within the
next couple of days. In the meantime, if you have any questions at all, just give me a ring.

Best,
Tom
""", company="Corvana Logistics", contact=TOM[1]),
    M("cv_letter", "offer", "en", "2026-07-22 09:15 +0100", GRACE,
      "Your offer of employment - Corvana Logistics", """
Dear Priyanka,

Further to your conversation with Tom, I am pleased to attach your formal offer of
employment for the role of Demand Planner - Contract Logistics, together with a summary of
our benefits.

Please read the letter carefully. If you are happy to accept, reply to confirm and I will
prepare your contract of employment. The offer is conditional on two satisfactory references
and proof of your right to work in the UK.

Kind regards,

Grace Whitlock
HR Business Partner
Corvana Logistics UK
Unit 4 Trentside Park, Nottingham NG2 1JX
T: +44 115 496 0721
""", company="Corvana Logistics", contact=GRACE[1], form="alt", cte="base64",
      attach=[("Corvana_Offer_Letter_P_Raghunathan.pdf", [
          "Corvana Logistics UK - Offer of Employment", "",
          f"Dear {CAND_NAME},", "",
          "We are pleased to offer you the position of Demand Planner.",
          "Salary: GBP 38,500 per annum, plus annual bonus scheme.",
          "Location: Nottingham campus. Hours: 37.5 per week.",
          "This offer is subject to references and right-to-work checks."]),
          ("Benefits_Summary.pdf", ["Corvana Logistics UK - Benefits summary", "",
                                    "25 days holiday plus bank holidays",
                                    "Pension: 5% employer contribution"])]),
    M("cv_revised", "offer", "en", "2026-07-28 12:31 +0100", GRACE,
      "RE: Your offer of employment - Corvana Logistics", """
Hi Priyanka,

Thanks for your reply and for being so open about the salary. I've spoken to Leanne and
we're happy to move the base salary to GBP 40,000. A revised offer letter is attached and
replaces the previous version; everything else stays the same.

If that works for you, just reply to confirm and I'll get the contract out.

Kind regards,
Grace
""", company="Corvana Logistics", contact=GRACE[1], parent="cv_letter", quote="outlook",
      attach=[("Corvana_Revised_Offer_P_Raghunathan.pdf", [
          "Corvana Logistics UK - Revised Offer of Employment", "",
          "Salary: GBP 40,000 per annum. All other terms unchanged."])]),
    M("cv_contract", "offer", "en", "2026-08-03 10:00 +0100",
      ("Corvana Logistics Contracts", "contracts-noreply@corvana.example.co.uk"),
      "Action required: please sign your contract of employment", """
Hello Priyanka Raghunathan,

Grace Whitlock (Corvana Logistics UK) has sent you a document to review and sign:

  Contract of Employment - Demand Planner - P. Raghunathan

Open the secure link below, check your details and sign electronically. The link expires in
14 days.

https://sign.corvana.example.co.uk/envelope/5f1c0a77

Questions about the contract? Reply to this email and it will reach Grace directly.
""", company="Corvana Logistics", contact=GRACE[1], reply_to=GRACE, form="html",
      brand="Corvana e-Sign", colour="#00695c"),
    own("cv_accept", "2026-08-05 08:10 +0100", GRACE, "Signed contract - Priyanka Raghunathan",
        """
Dear Grace,

I'm happy to confirm I have signed the contract through the link this morning. I'm really
looking forward to joining Corvana on 1 September. Please let me know if you need anything
else from me before then (my referees have both confirmed they've replied to you).

Best wishes,
Priyanka
"""),
    M("cv_welcome", "other", "en", "2026-08-24 09:30 +0100", GRACE,
      "Welcome to Corvana - your first day on 1 September", """
Hi Priyanka,

We're looking forward to welcoming you on Tuesday 1 September! Here is what you need to know
for your first day:

- Arrive at 08:45 at Unit 4 reception; Leanne will meet you.
- Bring photo ID and your bank details for payroll.
- Your induction runs until lunchtime, then you'll join the weekly S&OP meeting.

Your laptop will be ready for you. If anything comes up before then, let me know.

Grace
"""),

    # ---- Liffey Health Supply, Dublin: ack -> phone screen -> no answer -> apology -> no
    M("lh_ack", "application_received", "en", "2026-02-23 14:00 +0000",
      ("Liffey Health Supply Careers", "liffeyhealth-careers@icims.com"),
      "Application received: Inventory Planning Analyst (Req 4471)", """
Dear Priyanka,

Thank you for your application for the role of Inventory Planning Analyst (Req 4471) with
Liffey Health Supply, the shared procurement and logistics service for our hospital group.

This email confirms that your application has been received. Shortlisting will take place
after the closing date of 6 March 2026. Due to the volume of applications we are unable to
respond to each applicant personally; candidates selected for interview will be contacted
directly.

Liffey Health Supply Recruitment
Please do not reply to this automated message.
""", company="Liffey Health Supply", charset="iso-8859-1"),
    M("lh_invite", "interview_invitation", "en", "2026-03-09 11:25 +0000", AOIFE,
      "Inventory Planning Analyst - telephone interview", """
Hi Priyanka,

Thanks for applying for the Inventory Planning Analyst post. I'd like to invite you to a
short telephone interview (about 20 minutes) with me on Thursday 12 March at 10:00 (Irish
time, same as the UK).

I'll call you on the mobile number in your application, 07700 900 552. If that isn't right,
please let me know.

Kind regards,
Aoife Brennan
Recruitment Officer, Liffey Health Supply
Unit 9, Ballymount Distribution Centre, Dublin 12
Tel: +353 1 555 0188
""", company="Liffey Health Supply", contact=AOIFE[1]),
    M("lh_missed", "missed_interview_notice", "en", "2026-03-12 10:24 +0000", AOIFE,
      "Re: Inventory Planning Analyst - telephone interview", """
Hi Priyanka,

I tried to call you at 10:00 this morning for our telephone interview, and again at 10:15,
but there was no answer, so I left a voicemail.

If something came up, let me know and we can see whether another slot is possible.

Kind regards,
Aoife
""", company="Liffey Health Supply", contact=AOIFE[1], parent="lh_invite", quote="en"),
    own("lh_sorry", "2026-03-12 12:51 +0000", AOIFE,
        "Re: Inventory Planning Analyst - telephone interview", """
Dear Aoife,

I am so sorry - my phone was on silent on the shop floor and I only saw your missed calls and
voicemail at my break. That is entirely my mistake. If there is any possibility of another
slot I would be very grateful; I am free any morning next week before 11:00.

Apologies again,
Priyanka
""", parent="lh_missed", quote="en"),
    M("lh_no", "rejection", "en", "2026-03-27 09:40 +0000", AOIFE,
      "Re: Inventory Planning Analyst - telephone interview", """
Hi Priyanka,

Thanks for your message and apologies for the slow reply. Unfortunately we had already
completed the telephone interviews by the time I was able to look at the schedule again, and
the panel has now selected the candidates going forward to the final stage. I'm sorry that
we won't be able to take your application further on this occasion.

I'd encourage you to keep an eye on our vacancies page.

Kind regards,
Aoife
""", company="Liffey Health Supply", contact=AOIFE[1], parent="lh_sorry", quote="en"),

    # ---- Maasport Distribution, Rotterdam (English): ack -> invite -> postponed -> on hold
    M("mp_ack", "application_received", "en", "2026-04-14 09:02 +0200",
      ("Maasport Distribution", "no-reply@hire.lever.co"),
      "Your application to Maasport Distribution", """
Hi Priyanka,

Thank you for applying for the Supply Planner role at Maasport Distribution in Rotterdam.
We've received your application and our team will review it in the coming days.

Cheers,
Maasport Distribution

Sent with Lever
""", company="Maasport Distribution", form="alt", brand="maasport"),
    M("mp_invite", "interview_invitation", "en", "2026-04-22 15:48 +0200",
      ("Sanne de Vries from Maasport Distribution", "no-reply@hire.lever.co"),
      "Interview: Supply Planner at Maasport Distribution", """
Hi Priyanka,

Thanks for your patience! We'd like to invite you to a video interview with our Head of
Planning, Joris Bakker, and myself.

Tuesday 28 April, 11:00-12:00 Rotterdam time (10:00-11:00 UK time)
Microsoft Teams - the link is in the calendar invitation.

Looking forward to it,
Sanne de Vries
Talent Partner | Maasport Distribution | Waalhaven Zuidzijde 40, Rotterdam
""", company="Maasport Distribution", contact=SANNE[1], reply_to=SANNE,
      ics={"uid": "lever-mp-3391-priyanka@hire.lever.co", "seq": 0,
           "start": "2026-04-28 11:00", "end": "2026-04-28 12:00",
           "summary": "Interview Supply Planner - Priyanka Raghunathan",
           "location": "Microsoft Teams", "tz": "Europe/Amsterdam", "organizer": SANNE}),
    M("mp_postpone", "interview_reschedule_or_cancel", "en", "2026-04-27 08:55 +0200",
      ("Sanne de Vries from Maasport Distribution", "no-reply@hire.lever.co"),
      "Update: Interview: Supply Planner at Maasport Distribution", """
Hi Priyanka,

I'm sorry to do this at short notice, but Joris is ill today and tomorrow, so we need to
postpone your interview on Tuesday. I've cancelled the calendar invitation for now and will
come back to you with new times as soon as I have his agenda.

Apologies for the inconvenience,
Sanne
""", company="Maasport Distribution", contact=SANNE[1], reply_to=SANNE, parent="mp_invite",
      ics={"uid": "lever-mp-3391-priyanka@hire.lever.co", "seq": 1, "method": "CANCEL",
           "start": "2026-04-28 11:00", "end": "2026-04-28 12:00",
           "summary": "Cancelled: Interview Supply Planner - Priyanka Raghunathan",
           "location": "Microsoft Teams", "tz": "Europe/Amsterdam", "organizer": SANNE}),
    M("mp_hold", "rejection", "en", "2026-05-19 14:17 +0200", SANNE,
      "Supply Planner role - update", """
Hi Priyanka,

I promised to come back to you with new interview times, and I'm afraid I have less good
news. Following a review of our 2026 budget the Supply Planner role has been put on hold
indefinitely, so we will not proceed with the interviews or with your application.

I'm really sorry, as we were keen to meet you. If the role reopens later in the year I will
reach out to you personally.

Best regards,
Sanne de Vries
Talent Partner | Maasport Distribution
""", company="Maasport Distribution", contact=SANNE[1]),
]
