"""English job mail for corpus 306 (threads with UK employers, an airline, a software firm,
and two recruiters). The candidate's own replies in these threads are `other`."""

from __future__ import annotations

from msgs306_common import GRACE, msg, own

HARBOUR = "Harbourline Hotels"
PRIYA = "Priya Raman <priya.raman@harbourline.example.co.uk>"
PRIYA_SIG = """Priya Raman
Senior Talent Partner | Harbourline Hotels
14 Wharf Street, London SE1 9PQ
+44 20 7946 0321"""
TOM = "Tom Ellery <tom.ellery@harbourline.example.co.uk>"

MESSAGES = [
    # ------------------------------------------------------------------ Harbourline (offer 1)
    own("harbourline_application", "en", "2026-02-06 21:40 +0000",
        "Harbourline Careers <careers@harbourline.example.co.uk>",
        "Application: Revenue Analyst (London) - Grace Mwangi-Holt",
        """Dear Harbourline recruitment team,

Please find my application for the Revenue Analyst role (ref. HL-RA-0219) submitted through
your careers site this evening. I have spent six years on hotel night desks, the last three as
Night Manager at a 180-room property in Bristol, where I run the night audit, own the overnight
rate checks and have rebuilt our pick-up reports in Excel and Power BI.

I would love the chance to talk about how that grounding could help your revenue team.

Kind regards,
Grace Mwangi-Holt
07700 900418"""),
    msg("harbourline_ack", "application_received", "en", "2026-02-06 21:52 +0000",
        "Harbourline Hotels Careers <harbourline@myworkday.com>",
        "Thank you for applying: Revenue Analyst (HL-RA-0219)",
        """Hi Grace,

Thank you for applying for Revenue Analyst (HL-RA-0219) at Harbourline Hotels. We have
received your application and our Talent team will now review it against the requirements of
the role.

You can check the status of your application at any time by signing in to your candidate
home page.

Because of the number of applications we receive, we are not always able to give individual
feedback at this stage.

Best wishes,
Harbourline Hotels Talent Acquisition

This mailbox is not monitored. Please do not reply to this email.""",
        HARBOUR, form="alt", layout="ats", brand="Harbourline Hotels", color="#0b4f6c",
        footer="Harbourline Hotels, 14 Wharf Street, London SE1 9PQ", sys=True),
    msg("harbourline_invite", "interview_invitation", "en", "2026-02-16 10:05 +0000", PRIYA,
        "Harbourline Hotels - first interview for Revenue Analyst",
        f"""Hi Grace,

Thanks for your application for our Revenue Analyst role. I enjoyed reading about the pick-up
reports you built, and I'd like to invite you to a first interview with me and Daniel Osei,
our Revenue Manager for the London cluster.

Thursday 19 February, 10:00-10:45 (UK time), Microsoft Teams. I've sent a calendar invite
separately in this email; the joining link is inside it.

We'll talk through your background and a couple of scenarios around overbooking and rate
parity. No preparation needed beyond a look at our London hotels.

Could you let me know that this works?

Best,
{PRIYA_SIG}""",
        HARBOUR, form="alt_ics",
        ics={"method": "REQUEST", "uid": "hl-ra-0219-first@harbourline.example.co.uk",
             "seq": 0, "start": "2026-02-19 10:00", "minutes": 45,
             "summary": "Interview: Grace Mwangi-Holt / Revenue Analyst",
             "location": "Microsoft Teams", "tz": "Europe/London"}),
    own("harbourline_accept", "en", "2026-02-16 12:31 +0000", PRIYA,
        "Re: Harbourline Hotels - first interview for Revenue Analyst",
        """Hi Priya,

Thank you, Thursday at 10:00 works well for me and I've accepted the invite. I'm coming off a
night shift that morning, so the timing is ideal.

Looking forward to speaking with you and Daniel.

Best wishes,
Grace""", parent="harbourline_invite", quote="plain"),
    msg("harbourline_moved", "interview_reschedule_or_cancel", "en", "2026-02-18 09:12 +0000",
        PRIYA, "Updated invitation: Interview: Grace Mwangi-Holt / Revenue Analyst",
        f"""Hi Grace,

Apologies for the short notice: Daniel has been pulled into a budget review tomorrow morning,
so we need to move our chat. Would Friday 20 February at 14:30 work instead? I've updated the
calendar invite to that time; the Teams link stays the same.

If Friday afternoon is difficult after a night shift, just tell me and I'll find another slot.

Sorry again,
{PRIYA_SIG}""",
        HARBOUR, parent="harbourline_accept", quote="plain", form="alt_ics",
        ics={"method": "REQUEST", "uid": "hl-ra-0219-first@harbourline.example.co.uk",
             "seq": 1, "start": "2026-02-20 14:30", "minutes": 45,
             "summary": "Interview: Grace Mwangi-Holt / Revenue Analyst (moved)",
             "location": "Microsoft Teams", "tz": "Europe/London"}),
    msg("harbourline_second", "interview_invitation", "en", "2026-02-25 16:48 +0000", PRIYA,
        "Next step: panel interview at Wharf Street",
        f"""Hi Grace,

Great news - Daniel and I both really enjoyed Friday's conversation and we'd like to invite you
to the final stage.

This is a 90-minute panel at our head office (14 Wharf Street, SE1) on Wednesday 11 March at
11:00, with Daniel, our Director of Revenue Sophie Carrow and me. We'll ask you to present a
short case: I've attached the brief and a small data pack. Ten minutes is plenty.

Please bring photo ID for reception. We'll cover reasonable travel costs from Bristol.

Let me know if you have any questions before then.

Best,
{PRIYA_SIG}""",
        HARBOUR, form="alt",
        pdf=("HL-RA-0219_case_brief.pdf", "Harbourline Hotels - Revenue Analyst case brief",
             ["Hotel: Harbourline Tower Bridge, 212 rooms", "Period: 3 weekends in May 2026",
              "Task: recommend BAR and minimum stay for each weekend",
              "Present 10 minutes, questions 20 minutes"])),
    own("harbourline_thanks", "en", "2026-03-11 19:02 +0000", PRIYA,
        "Thank you - panel interview today",
        """Dear Priya,

Thank you to you, Daniel and Sophie for your time this morning. I really enjoyed the
discussion about length-of-stay controls for the May weekends, and it has only made me keener
on the role. Please pass my thanks to Sophie for the tour of the revenue office too.

Best wishes,
Grace Mwangi-Holt"""),
    msg("harbourline_verbal", "offer", "en", "2026-03-17 17:20 +0000", PRIYA,
        "Following our call - Revenue Analyst offer",
        f"""Hi Grace,

It was lovely to speak earlier and to hear how pleased you were! As promised, here is a quick
summary of what I told you on the phone:

- Role: Revenue Analyst, London cluster, reporting to Daniel Osei
- Salary: GBP 38,500 per year plus the annual bonus scheme (up to 8%)
- Hybrid: three days in Wharf Street, two from home
- Start date: to be agreed, ideally late April

Our People team will send the formal offer letter in the next couple of days. In the meantime
do call me with any questions at all.

Congratulations, and welcome (nearly) to Harbourline!

{PRIYA_SIG}""", HARBOUR),
    msg("harbourline_letter", "offer", "en", "2026-03-19 11:03 +0000", TOM,
        "Your offer of employment - Harbourline Hotels",
        """Dear Grace,

Further to your conversation with Priya, I am pleased to enclose your offer of employment for
the position of Revenue Analyst. The letter sets out your salary, benefits, notice period and
the conditions of the offer (two satisfactory references and proof of your right to work in
the UK).

Please read it carefully and confirm your acceptance by replying to this email by Thursday
26 March. If you would like to discuss anything, I'm happy to arrange a call.

Kind regards,

Tom Ellery
People Advisor, Harbourline Hotels
14 Wharf Street, London SE1 9PQ | 020 7946 0388

This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error please notify the sender and delete it. Harbourline Hotels Limited,
registered in England and Wales no. 01234567.""",
        HARBOUR, cte="qp",
        pdf=("Offer_Letter_G_Mwangi-Holt.pdf", "Harbourline Hotels - Offer of Employment",
             ["Dear Grace Mwangi-Holt,", "We are pleased to offer you the position of",
              "Revenue Analyst at a salary of GBP 38,500 per annum.",
              "Start date: 27 April 2026. Notice period: one month.",
              "Tom Ellery, People Advisor"])),
    own("harbourline_question", "en", "2026-03-20 08:15 +0000", TOM,
        "Re: Your offer of employment - Harbourline Hotels",
        """Hi Tom,

Thank you so much for the letter. Before I sign, could I ask two things? My current notice
period is six weeks rather than four, so 11 May would be the earliest realistic start date.
And is there any flexibility on the base salary - my current package including night
allowance is a little above GBP 38,500.

Many thanks,
Grace""", parent="harbourline_letter", quote="outlook"),
    msg("harbourline_revised", "offer", "en", "2026-03-25 15:44 +0000", TOM,
        "RE: Your offer of employment - Harbourline Hotels (revised)",
        """Hi Grace,

Good news: Daniel has agreed to a base salary of GBP 40,000 and a start date of Monday 11 May.
Everything else in the letter stays the same. I've attached the revised offer letter.

If you're happy, just reply to say you accept and I'll send the contract for e-signature.

Kind regards,
Tom Ellery
People Advisor, Harbourline Hotels""",
        HARBOUR, parent="harbourline_question", quote="outlook",
        pdf=("Offer_Letter_G_Mwangi-Holt_v2.pdf", "Harbourline Hotels - Revised Offer",
             ["Revenue Analyst, London cluster", "Base salary: GBP 40,000 per annum",
              "Start date: 11 May 2026"])),
    msg("harbourline_contract", "offer", "en", "2026-03-31 09:30 +0100", TOM,
        "Contract for signature - Revenue Analyst",
        """Hi Grace,

Thank you for accepting - we're delighted. Your contract of employment is attached for
signature. Please sign page 6, initial each page and return a scan (a clear phone photo is
fine) by 7 April. I'll then start your references and right-to-work check.

Kind regards,
Tom Ellery
People Advisor | Harbourline Hotels | 020 7946 0388""",
        HARBOUR, form="html",
        pdf=("Contract_Revenue_Analyst_GMH.pdf", "Contract of Employment",
             ["Employer: Harbourline Hotels", "Employee: Grace Mwangi-Holt",
              "Job title: Revenue Analyst", "Commencement: 11 May 2026",
              "Signed: ____________________"])),
    msg("harbourline_ooo", "other", "en", "2026-04-02 08:01 +0100",
        "Priya Raman <priya.raman@harbourline.example.co.uk>",
        "Automatic reply: Contract signed - Grace Mwangi-Holt",
        """Thank you for your email. I am on annual leave until Tuesday 7 April with limited access
to email. For anything urgent about an offer or an interview please contact
talent@harbourline.example.co.uk.

Priya""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    # ------------------------------------------------------------------ Avonmere (Bath)
    msg("avonmere_ack", "application_received", "en", "2026-01-13 14:22 +0000",
        "Avonmere Hotels <no-reply@greenhouse-mail.io>",
        "Thanks for applying to Avonmere Hotels",
        """Hi Grace,

Thanks for your interest in Avonmere Hotels! We've received your application for Revenue &
Reservations Manager (Bath) and our team will be reviewing it shortly.

If your experience is a match for the role, someone from our team will be in touch to
discuss next steps. We're a small team and can't always reply to every applicant
individually, but we read every application.

All the best,
The Avonmere Hotels Recruiting Team""", "Avonmere Hotels"),
    msg("avonmere_invite", "interview_invitation", "en", "2026-01-21 09:40 +0000",
        "Hannah Cole via Greenhouse <no-reply@greenhouse-mail.io>",
        "Avonmere Hotels: let's find a time to chat",
        """Hi Grace,

Thanks again for applying for Revenue & Reservations Manager. I'm the Head of Rooms at The
Avonmere Bath and would love to set up a 30-minute video call to get to know you.

Please pick a time that suits you using the link below:
https://app.greenhouse.io/scheduling/avonmere/7f3c2a

Speak soon,
Hannah Cole
Head of Rooms, The Avonmere Bath""", "Avonmere Hotels",
        reply_to="Hannah Cole <hannah.cole@avonmere.example.co.uk>", form="alt",
        layout="ats", brand="Avonmere Hotels", color="#6b4226"),
    msg("avonmere_missed", "missed_interview_notice", "en", "2026-01-28 11:27 +0000",
        "Hannah Cole <hannah.cole@avonmere.example.co.uk>", "Our call this morning",
        """Hi Grace,

I was on the Teams link at 11:00 for our chat and waited about fifteen minutes, and also tried
your mobile twice, but couldn't get hold of you. I hope everything is alright.

If you're still interested, I have Friday at 09:30 or Monday at 16:00 free - just reply and
let me know which is better.

Best,
Hannah

Hannah Cole | Head of Rooms
The Avonmere Bath, 3 Pulteney Crescent, Bath BA2 4JT | 01225 960 112""",
        "Avonmere Hotels", charset="windows-1252", cte="qp"),
    own("avonmere_apology", "en", "2026-01-28 13:05 +0000",
        "Hannah Cole <hannah.cole@avonmere.example.co.uk>", "Re: Our call this morning",
        """Hi Hannah,

I'm so sorry - I finished a double night shift and slept straight through my alarm. It is
completely my fault and I'm embarrassed. Friday at 09:30 would be perfect if it is still
available.

With apologies,
Grace""", parent="avonmere_missed", quote="plain"),
    msg("avonmere_rejection", "rejection", "en", "2026-02-11 16:10 +0000",
        "Avonmere Hotels <no-reply@greenhouse-mail.io>",
        "Your application to Avonmere Hotels",
        """Hi Grace,

Thank you for taking the time to speak with Hannah about the Revenue & Reservations Manager
position. We really appreciated learning more about your experience.

After careful consideration, we have decided to move forward with candidates whose experience
more closely matches what we need at this time.

We wish you every success in your search.

Kind regards,
The Avonmere Hotels Recruiting Team""", "Avonmere Hotels", form="html", layout="ats",
        brand="Avonmere Hotels", color="#6b4226"),

    # ------------------------------------------------------------------ Seabright (holiday parks)
    msg("seabright_ack", "application_received", "en", "2026-02-02 07:58 +0000",
        "Seabright Holiday Parks <no-reply@hire.lever.co>",
        "We've got your application - Seabright Holiday Parks",
        """Hi Grace,

Thanks for applying for the Pricing & Revenue Analyst role at Seabright Holiday Parks. This is
a quick note to confirm we have your application.

What happens next: our team reviews applications in batches every two weeks. We'll be in touch
either way once we've had a look.

Seabright Holiday Parks
Head Office, Temple Quay, Bristol""", "Seabright Holiday Parks"),
    msg("seabright_invite", "interview_invitation", "en", "2026-02-13 13:15 +0000",
        "Dan Whitlow <no-reply@hire.lever.co>",
        "Invitation: assessment centre, Pricing & Revenue Analyst",
        """Hi Grace,

Congratulations - you've been shortlisted for the Pricing & Revenue Analyst role and I'd like to
invite you to our assessment centre at Temple Quay on Tuesday 24 February, 09:30-15:00.

The day includes a group exercise on pricing a new lodge development, an Excel task and a
45-minute interview. Lunch is provided. Please reply to confirm you can attend and let us know
about any adjustments you need.

Dan Whitlow
Talent Acquisition Lead, Seabright Holiday Parks""", "Seabright Holiday Parks",
        reply_to="Dan Whitlow <dan.whitlow@seabright-parks.example.co.uk>",
        pdf=("Assessment_centre_programme.pdf", "Seabright Holiday Parks - Assessment Centre",
             ["09:30 Welcome and coffee", "10:00 Group exercise: lodge pricing",
              "12:00 Lunch", "13:00 Excel task", "14:00 Interviews"])),
    msg("seabright_postponed", "interview_reschedule_or_cancel", "en",
        "2026-02-20 18:02 +0000", "Dan Whitlow <dan.whitlow@seabright-parks.example.co.uk>",
        "Assessment centre on 24 Feb postponed",
        """Hi Grace,

I'm sorry to tell you that we need to postpone Tuesday's assessment centre. Storm warnings for
the south-west mean several of our park managers can't travel, and we don't want to run it
half-staffed.

The new date is Tuesday 3 March, same times and same venue. Please let me know by Monday if
you can still make it. Your place is of course held.

Thanks for your patience,
Dan""", "Seabright Holiday Parks", charset="iso-8859-1", cte="qp"),
    own("seabright_request", "en", "2026-02-21 09:14 +0000",
        "Dan Whitlow <dan.whitlow@seabright-parks.example.co.uk>",
        "Re: Assessment centre on 24 Feb postponed",
        """Hi Dan,

Thanks for letting me know. I'm rostered on nights on 2 March, so would it be possible to
start a little later on the 3rd, say 10:30? If not I'll swap my shift.

Best,
Grace""", parent="seabright_postponed", quote="plain"),
    msg("seabright_rejection", "rejection", "en", "2026-03-10 10:40 +0000",
        "Dan Whitlow <dan.whitlow@seabright-parks.example.co.uk>",
        "Pricing & Revenue Analyst - outcome",
        """Hi Grace,

Thank you for coming to the assessment centre last week and for the energy you brought to the
group exercise.

It was a very close decision, but on this occasion we have offered the role to another
candidate with more experience in self-catering pricing. I know that is disappointing to hear.
Your Excel task was one of the strongest of the day and I'd be glad to share more detailed
feedback by phone if that would help.

Best wishes,
Dan Whitlow
Talent Acquisition Lead
Seabright Holiday Parks | Temple Quay, Bristol BS1 6EG""", "Seabright Holiday Parks"),

    # ------------------------------------------------------------------ Skylark Airways
    msg("skylark_ack", "application_received", "en", "2026-03-02 06:12 +0000",
        "Skylark Airways Careers <skylark@successfactors.eu>",
        "Skylark Airways: application received (Job ID 40871)",
        """Dear Grace Mwangi-Holt,

Thank you for your interest in Skylark Airways. This email confirms we have received your
application for the position Pricing & Revenue Analyst (Job ID 40871), based at London Gatwick.

Our recruitment team will review your application and contact you if your profile matches
our requirements. Please allow up to three weeks.

Kind regards,
Skylark Airways Talent Acquisition

Please do not reply to this automatically generated message.""", "Skylark Airways",
        form="html", layout="ats", brand="SKYLARK AIRWAYS", color="#c8102e"),
    msg("skylark_invite", "interview_invitation", "en", "2026-03-09 15:30 +0000",
        "Fiona Baird <fiona.baird@skylark-air.example.com>",
        "Phone screen - Pricing & Revenue Analyst (40871)",
        """Hello Grace,

I'm the recruiter for the Pricing & Revenue Analyst vacancy and would like to book a
20-minute phone screen with you. Would Thursday 12 March at 13:00 suit you? I'll call you on
the mobile number on your application.

Kind regards,
Fiona Baird
Talent Acquisition Partner, Skylark Airways
Skylark House, Gatwick Airport RH6 0NP""", "Skylark Airways"),
    msg("skylark_cancel", "interview_reschedule_or_cancel", "en", "2026-03-11 17:45 +0000",
        "Fiona Baird <fiona.baird@skylark-air.example.com>",
        "Cancelled: Phone screen - Pricing & Revenue Analyst (40871)",
        """Hello Grace,

I'm afraid I need to cancel tomorrow's call. The hiring manager wants to join the screen
himself and is travelling this week, so I'll come back to you early next week with a couple of
new times.

Sorry for the inconvenience.

Fiona""", "Skylark Airways", form="alt_ics",
        ics={"method": "CANCEL", "uid": "sky-40871-screen-gmh@skylark-air.example.com",
             "seq": 1, "start": "2026-03-12 13:00", "minutes": 20,
             "summary": "Phone screen: Grace Mwangi-Holt", "location": "Phone",
             "tz": "Europe/London"}),
    msg("skylark_rejection", "rejection", "en", "2026-04-01 10:20 +0100",
        "Fiona Baird <fiona.baird@skylark-air.example.com>",
        "Pricing & Revenue Analyst (40871) - update",
        """Hello Grace,

I wanted to update you personally. Following a restructure of our commercial team, the Pricing
& Revenue Analyst position has been put on hold indefinitely, so we will not be proceeding
with your application or rebooking the phone screen.

I'm sorry it ends this way. If the role reopens I'd be happy to see your application again.

Kind regards,
Fiona Baird
Talent Acquisition Partner, Skylark Airways""", "Skylark Airways",
        parent="skylark_cancel", quote="outlook"),

    # ------------------------------------------------------------------ Yieldwise (software)
    msg("yieldwise_ack", "application_received", "en", "2026-03-16 12:00 +0000",
        "Yieldwise <no-reply@ashbyhq.com>", "Thanks for applying to Yieldwise!",
        """Hey Grace,

Thanks for applying for Revenue Consultant (Hotels) at Yieldwise - we've got your
application and the hiring team will take a look soon.

We try to respond to everyone within ten working days.

The Yieldwise team
Pricing software for independent hotels""", "Yieldwise", form="alt", layout="ats",
        brand="yieldwise", color="#3a0ca3"),
    msg("yieldwise_invite", "interview_invitation", "en", "2026-03-24 14:02 +0000",
        "Marcus Lindqvist from Yieldwise <no-reply@ashbyhq.com>",
        "Schedule your interview with Yieldwise",
        """Hi Grace,

Marcus here, Head of Customer Success at Yieldwise. I'd love to chat about the Revenue
Consultant role - it's a 45-minute video call covering your hotel background and a
walkthrough of how you'd onboard a new hotel onto our pricing tool.

Please choose a slot that suits you:
https://jobs.ashbyhq.com/yieldwise/interview/schedule/2b91e

Talk soon,
Marcus""", "Yieldwise", reply_to="Marcus Lindqvist <marcus@yieldwise.example.io>",
        form="alt", layout="ats", brand="yieldwise", color="#3a0ca3"),
    msg("yieldwise_missed", "missed_interview_notice", "en", "2026-04-02 14:21 +0100",
        "Marcus Lindqvist <marcus@yieldwise.example.io>", "Missed you today",
        """Hi Grace,

I was on our Google Meet at 14:00 BST as booked but didn't see you join. I waited until 14:15.
No worries if something came up - let me know and we can find another time.

Marcus

Marcus Lindqvist | Head of Customer Success | Yieldwise
Unit 4, 21 Leonard Street, London EC2A 4QS""", "Yieldwise"),
    own("yieldwise_sorry", "en", "2026-04-02 15:02 +0100",
        "Marcus Lindqvist <marcus@yieldwise.example.io>", "Re: Missed you today",
        """Hi Marcus,

I'm really sorry. My calendar still showed the invitation at 15:00, I think because it was
created before the clocks changed, and I was about to join. That's no excuse - I should have
checked. I'd be grateful for another slot any day next week.

Best,
Grace""", parent="yieldwise_missed", quote="plain"),
    msg("yieldwise_new_slot", "interview_reschedule_or_cancel", "en", "2026-04-03 09:48 +0100",
        "Marcus Lindqvist <marcus@yieldwise.example.io>", "Re: Missed you today",
        """Hi Grace,

Ah, the clock change gets everyone. I've moved our interview to Wednesday 8 April at 11:00
BST - a fresh invite is attached, which should now show the right time.

Marcus""", "Yieldwise", parent="yieldwise_sorry", quote="plain", form="alt_ics",
        ics={"method": "REQUEST", "uid": "ashby-yw-rc-gmh-01@ashbyhq.com", "seq": 2,
             "start": "2026-04-08 11:00", "minutes": 45,
             "summary": "Yieldwise interview - Grace Mwangi-Holt",
             "location": "Google Meet", "tz": "Europe/London"}),
    msg("yieldwise_rejection", "rejection", "en", "2026-04-20 16:33 +0100",
        "Yieldwise <no-reply@ashbyhq.com>", "Update on your Yieldwise application",
        """Hi Grace,

Thank you for interviewing with us for the Revenue Consultant (Hotels) role and for your
patience over the last few weeks.

Unfortunately we won't be moving forward with your candidacy. The team felt that for this
role we need someone with more direct SaaS customer-facing experience. We were genuinely
impressed by your operational knowledge and hope you'll consider us again in future.

Best,
Yieldwise Talent""", "Yieldwise", form="alt", layout="ats", brand="yieldwise",
        color="#3a0ca3"),

    # ------------------------------------------------------------------ Forth & Crag (iCIMS)
    msg("forthcrag_ack", "application_received", "en", "2026-01-19 20:05 +0000",
        "Forth & Crag Hotels <forthcrag-talent@icims.com>",
        "Forth & Crag Hotels - Application Confirmation",
        """Dear Grace,

Thank you for your interest in Forth & Crag Hotels. Your application for Assistant Revenue
Manager (Edinburgh, Req 2026-0114) has been successfully submitted.

Please note that due to the high volume of applications we are unable to respond to every
applicant individually. If you have not heard from us within 21 days, you have not been
selected for this vacancy on this occasion.

Forth & Crag Hotels Recruitment""", "Forth & Crag Hotels", sys=True),
    msg("forthcrag_rejection", "rejection", "en", "2026-02-03 08:30 +0000",
        "Forth & Crag Hotels <forthcrag-talent@icims.com>",
        "Assistant Revenue Manager (Req 2026-0114)",
        """Dear Grace,

Thank you for applying for the Assistant Revenue Manager position at Forth & Crag Hotels.

We have now reviewed all applications and regret to inform you that you have not been
shortlisted for interview on this occasion.

We will retain your details on our talent pool for six months.

Yours sincerely,
Forth & Crag Hotels Recruitment
1 Waverley Steps, Edinburgh EH1 1BQ""", "Forth & Crag Hotels", sys=True, form="html",
        layout="ats", brand="Forth & Crag Hotels", color="#2f3e46"),

    # ------------------------------------------------------------------ Brunel Quay (BambooHR)
    msg("brunelquay_ack", "application_received", "en", "2026-01-07 22:48 +0000",
        "Brunel Quay Hotel <notifications@bamboohr.com>",
        "Application received - Reservations & Revenue Supervisor",
        """Hi Grace,

Thank you for applying for the Reservations & Revenue Supervisor position at Brunel Quay
Hotel. We have received your application and will review it shortly.

Thank you,
Brunel Quay Hotel""", "Brunel Quay Hotel"),
    msg("brunelquay_invite", "interview_invitation", "en", "2026-01-14 11:16 +0000",
        "Rachel Okafor <rachel.okafor@brunelquay.example.co.uk>",
        "Coffee and a chat?",
        """Hi Grace,

Thanks for applying for our Reservations & Revenue Supervisor role. You're practically a
neighbour, so rather than a formal video call, would you like to come in for an informal
interview over coffee? I could do Tuesday 20 January at 15:00 here at the hotel - ask for me at
the front desk.

Best wishes,
Rachel

Rachel Okafor
General Manager, Brunel Quay Hotel
Narrow Quay, Bristol BS1 4QA | 0117 496 0555""", "Brunel Quay Hotel"),
    msg("brunelquay_rejection", "rejection", "en", "2026-01-28 17:55 +0000",
        "Rachel Okafor <rachel.okafor@brunelquay.example.co.uk>",
        "Re: Coffee and a chat?",
        """Hi Grace,

Thank you again for coming in last week, I really enjoyed our chat.

I wanted to let you know before you heard it elsewhere: one of our front office team applied
for the supervisor role and we have decided to appoint her internally, so the position is now
filled. I'm sorry - you were a strong candidate and I'd happily keep in touch.

Best wishes,
Rachel""", "Brunel Quay Hotel", parent="brunelquay_invite", quote="plain"),

    # ------------------------------------------------------------------ Grand Meridian (Taleo)
    msg("grandmeridian_ack", "application_received", "en", "2026-04-14 03:11 +0100",
        "Grand Meridian Hotels International <noreply@taleo.net>",
        "Grand Meridian Hotels - Thank you for your application",
        """Dear Grace Mwangi-Holt,

We acknowledge receipt of your application for the position of Revenue Manager - Grand
Meridian Kensington (Requisition 260311).

Your candidate profile and application will be reviewed by our recruiters. You can follow
the progress of your application in the career section.

Sincerely,
Grand Meridian Hotels International - Talent Acquisition

This is an automated message. Replies to this address are not read.""",
        "Grand Meridian Hotels International", form="html", layout="ats",
        brand="GRAND MERIDIAN", color="#7f5539"),
    msg("grandmeridian_rejection", "rejection", "en", "2026-05-05 02:40 +0100",
        "Grand Meridian Hotels International <noreply@taleo.net>",
        "Your application for Revenue Manager - Grand Meridian Kensington",
        """Dear Grace Mwangi-Holt,

Thank you for your interest in the Revenue Manager - Grand Meridian Kensington position
(Requisition 260311).

We received many applications from highly qualified candidates. After reviewing your
profile, we have decided to pursue other candidates whose experience more closely matches
the requirements of the role.

We encourage you to apply for future openings that match your profile.

Sincerely,
Grand Meridian Hotels International - Talent Acquisition""",
        "Grand Meridian Hotels International", form="alt", layout="ats",
        brand="GRAND MERIDIAN", color="#7f5539"),

    # ------------------------------------------------------------------ Calder Lodge (Workable)
    msg("calder_ack", "application_received", "en", "2026-04-21 18:36 +0100",
        "Calder Lodge Hotels <noreply@workablemail.com>",
        "Calder Lodge Hotels: we received your application",
        """Hi Grace,

Thanks for applying to the Revenue Manager (Scotland) position at Calder Lodge Hotels. Your
application has been received and the hiring team will be in touch if they would like to move
forward.

Best regards,
Calder Lodge Hotels

Powered by Workable""", "Calder Lodge Hotels", form="alt", layout="ats",
        brand="Calder Lodge Hotels", color="#386641"),
    msg("calder_invite", "interview_invitation", "en", "2026-04-28 10:05 +0100",
        "Calder Lodge Hotels <noreply@workablemail.com>",
        "Interview invitation: Revenue Manager (Scotland)",
        """Hi Grace,

Iain Murdoch from Calder Lodge Hotels has invited you to a video interview for the Revenue
Manager (Scotland) role.

When: Tuesday 5 May 2026, 10:00 - 11:00 (BST)
Where: Zoom (link in the calendar invitation)
With: Iain Murdoch, Group Commercial Director

Reply to this email to reach Iain directly.

Calder Lodge Hotels""", "Calder Lodge Hotels",
        reply_to="Iain Murdoch <iain.murdoch@calderlodge.example.co.uk>", form="alt_ics",
        layout="ats", brand="Calder Lodge Hotels", color="#386641",
        organizer="Iain Murdoch <iain.murdoch@calderlodge.example.co.uk>",
        ics={"method": "REQUEST", "uid": "wk-calder-rm-5501@workablemail.com", "seq": 0,
             "start": "2026-05-05 10:00", "minutes": 60,
             "summary": "Interview - Revenue Manager (Scotland)", "location": "Zoom",
             "tz": "Europe/London"}),
    msg("calder_cancel", "interview_reschedule_or_cancel", "en", "2026-05-04 07:50 +0100",
        "Iain Murdoch <iain.murdoch@calderlodge.example.co.uk>",
        "Cancelled: Interview - Revenue Manager (Scotland)",
        """Morning Grace,

I'm really sorry but I've come down with something nasty and need to cancel tomorrow's
interview. I'll ask my assistant to rearrange for later in the month once I'm back on my feet -
you're very much still in the process.

Iain

Iain Murdoch
Group Commercial Director, Calder Lodge Hotels
12 Queen Street, Edinburgh EH2 1JE""", "Calder Lodge Hotels", form="alt_ics",
        ics={"method": "CANCEL", "uid": "wk-calder-rm-5501@workablemail.com", "seq": 1,
             "start": "2026-05-05 10:00", "minutes": 60,
             "summary": "Interview - Revenue Manager (Scotland)", "location": "Zoom",
             "tz": "Europe/London", "cte": "qp"}),
    msg("calder_rejection", "rejection", "en", "2026-05-26 13:12 +0100",
        "Iain Murdoch <iain.murdoch@calderlodge.example.co.uk>",
        "Revenue Manager (Scotland)",
        """Dear Grace,

Thank you for your time last week - and for your patience after I had to cancel our first
date.

I've now met all the shortlisted candidates and have decided to offer the role to someone who
has already led revenue for a multi-property group. I'm sorry not to be bringing better news;
I thought your grasp of the night audit data was excellent.

With best wishes for your search,
Iain Murdoch""", "Calder Lodge Hotels"),

    # ------------------------------------------------------------------ Claremont & Finch
    msg("claremont_kingsgate_invite", "interview_invitation", "en", "2026-04-08 12:30 +0100",
        "Olivia Marsh <olivia.marsh@claremontfinch.example.co.uk>",
        "Interview with The Kingsgate Hotel - Revenue Manager",
        """Hi Grace,

Great news - The Kingsgate Hotel in Bath loved your CV and would like to meet you for the
Revenue Manager role we discussed.

Interview: Thursday 16 April, 14:00, at The Kingsgate, 9 Gay Street, Bath
With: Martin Hale (General Manager) and Anya Petrova (Director of Sales)
Format: about an hour, competency questions plus a look at their current pick-up

Please confirm and I'll send you my usual prep notes.

Olivia

Olivia Marsh
Senior Consultant - Hotels & Resorts
Claremont & Finch Hospitality Recruitment
Clerkenwell Road, London EC1M 5RN | 07700 900655""", "The Kingsgate Hotel"),
    msg("claremont_kingsgate_moved", "interview_reschedule_or_cancel", "en",
        "2026-04-13 09:05 +0100",
        "Olivia Marsh <olivia.marsh@claremontfinch.example.co.uk>",
        "Kingsgate interview - new time",
        """Hi Grace,

Quick one: Martin at The Kingsgate has a fire inspection on Thursday afternoon, so they've
asked to move your interview to Friday 17 April at 10:00. Same place. Can you do that?

Thanks,
Olivia""", "The Kingsgate Hotel", parent="claremont_kingsgate_invite", quote="plain"),
    msg("claremont_kingsgate_no", "rejection", "en", "2026-04-24 16:02 +0100",
        "Olivia Marsh <olivia.marsh@claremontfinch.example.co.uk>",
        "Feedback from The Kingsgate",
        """Hi Grace,

I've just had feedback from Martin at The Kingsgate. They liked you a lot, but they've decided
to go with a candidate who has run revenue for a Bath hotel before and knows the local
compression dates. So it's a no this time, I'm afraid.

Don't be disheartened - I have another client I want to talk to you about. Free for a call on
Monday?

Olivia""", "The Kingsgate Hotel"),
    msg("claremont_unnamed_invite", "interview_invitation", "en", "2026-05-12 11:20 +0100",
        "Olivia Marsh <olivia.marsh@claremontfinch.example.co.uk>",
        "Confidential: interview request - boutique group, Bath/Bristol",
        """Hi Grace,

As discussed on Monday, my confidential client (a boutique group with four properties around
Bath and Bristol - I can't name them until the first meeting) would like to interview you for
their new Group Revenue Analyst post.

They're proposing Wednesday 20 May at 09:30 at their head office in Clifton. I'll send the
address once you confirm.

Best,
Olivia Marsh
Claremont & Finch Hospitality Recruitment""", "Claremont & Finch", form="alt"),
    msg("claremont_unnamed_missed", "missed_interview_notice", "en", "2026-05-20 10:25 +0100",
        "Olivia Marsh <olivia.marsh@claremontfinch.example.co.uk>",
        "Are you OK? Client waiting",
        """Grace,

The client's operations director has just called me - she was waiting in reception at 09:30
and you hadn't arrived, and your phone is going to voicemail. I hope nothing has happened.

Please call me as soon as you see this. I'll try to smooth things over.

Olivia
07700 900655""", "Claremont & Finch"),
    msg("claremont_unnamed_no", "rejection", "en", "2026-05-29 14:48 +0100",
        "Olivia Marsh <olivia.marsh@claremontfinch.example.co.uk>",
        "RE: Group Revenue Analyst",
        """Hi Grace,

Thanks for rearranging and for being so upfront about the train cancellation. I've now heard
back from the client: they've decided not to take your application further and are focusing
on candidates with group-level experience.

I'm sorry. I'll keep you front of mind for anything more operational.

Best,
Olivia""", "Claremont & Finch"),

    # ------------------------------------------------------------------ Sterling Keys -> Lowther
    msg("sterling_lowther_invite", "interview_invitation", "en", "2026-06-08 08:45 +0100",
        "James Achterberg <james@sterlingkeys.example.com>",
        "Lowther House Hotels - interview, Revenue Analyst",
        """Grace,

Following our conversation last week, Lowther House Hotels would like to meet you for the
Revenue Analyst role at their London office. Their Head of Revenue, Cormac Dunne, has
suggested Monday 15 June at 16:00 for a 45-minute interview.

Let me know and I'll confirm it with them.

James Achterberg
Partner, Sterling Keys Hospitality Search
+44 20 7946 0902""", "Lowther House Hotels"),
    msg("sterling_lowther_postponed", "interview_reschedule_or_cancel", "en",
        "2026-06-12 13:30 +0100", "James Achterberg <james@sterlingkeys.example.com>",
        "Lowther House - Monday postponed",
        """Grace,

Cormac has been called to a board meeting on Monday, so Lowther House have postponed your
interview. They'd like to do Thursday 25 June instead, any time after 11:00. Which time would
suit you?

James""", "Lowther House Hotels", charset="windows-1252", cte="8bit"),
    msg("sterling_lowther_no", "rejection", "en", "2026-07-03 17:10 +0100",
        "James Achterberg <james@sterlingkeys.example.com>",
        "Lowther House - decision",
        """Grace,

Lowther House Hotels came back to me this afternoon. They thought you interviewed well but
they will not be proceeding - the role is going to a candidate from a competitor's revenue
team. I did push for a second meeting, but their decision is final.

Thanks for your time on this one.

James Achterberg
Sterling Keys Hospitality Search""", "Lowther House Hotels", form="html"),

    # ------------------------------------------------------------------ Bath Pavilion
    msg("pavilion_ack", "application_received", "en", "2026-05-15 09:32 +0100",
        "Bath Pavilion Careers <careers@bathpavilion.example.co.uk>",
        "RE: Commercial & Revenue Coordinator application",
        """Dear Grace,

Thank you for your application for the Commercial & Revenue Coordinator role, which has
reached us safely. The closing date is 22 May; we will review all applications after that and
contact shortlisted candidates to arrange a short telephone interview.

Kind regards,
People & Culture Team
Bath Pavilion Conference Centre
Pavilion Walk, Bath BA1 1EQ | 01225 960 400""", "Bath Pavilion Conference Centre",
        charset="iso-8859-1"),
    msg("pavilion_missed", "missed_interview_notice", "en", "2026-05-27 10:18 +0100",
        "Bath Pavilion Careers <careers@bathpavilion.example.co.uk>",
        "Your phone interview this morning",
        """Dear Grace,

We called you at 10:00 this morning as arranged for your telephone interview for Commercial
& Revenue Coordinator, but there was no answer; we left a voicemail and tried again at 10:10.

If you would still like to be considered, please reply with two or three times that suit you
this week.

Kind regards,
Beth Sandford
People & Culture, Bath Pavilion Conference Centre
Pavilion Walk, Bath BA1 1EQ""", "Bath Pavilion Conference Centre"),
    msg("pavilion_invite", "interview_invitation", "en", "2026-06-02 15:05 +0100",
        "Beth Sandford <beth.sandford@bathpavilion.example.co.uk>",
        "Assessment day invitation - Commercial & Revenue Coordinator",
        """Dear Grace,

Thank you for speaking with us on Friday. We are pleased to invite you to our assessment day
on Thursday 11 June from 10:00 to 14:00 at the Pavilion.

The day includes a tour of the venue, a pricing exercise for a three-day medical conference
and a panel interview. Please confirm your attendance by replying to this email.

Kind regards,
Beth Sandford
People & Culture Advisor
Bath Pavilion Conference Centre""", "Bath Pavilion Conference Centre", form="alt",
        reply_to="Bath Pavilion Careers <careers@bathpavilion.example.co.uk>"),
    msg("pavilion_rejection", "rejection", "en", "2026-06-19 12:00 +0100",
        "Beth Sandford <beth.sandford@bathpavilion.example.co.uk>",
        "Commercial & Revenue Coordinator - assessment day outcome",
        """Dear Grace,

Thank you for attending our assessment day last week.

We have thought carefully about every candidate, and I'm sorry to say we will not be offering
you the position. The panel felt your revenue thinking was strong but were looking for more
experience of conference and banqueting sales.

We would be glad to hear from you for future vacancies.

Kind regards,
Beth Sandford""", "Bath Pavilion Conference Centre", charset="iso-8859-1", cte="b64"),

    # ------------------------------------------------------------------ Wyvern Inns
    msg("wyvern_missed", "missed_interview_notice", "en", "2026-06-23 15:40 +0100",
        "Kieran Doyle <kieran.doyle@wyverninns.example.co.uk>",
        "Tried to call you - telephone interview",
        """Hi Grace,

I tried to call you twice at 15:00 for our telephone interview about the Area Revenue Manager
role but it went straight to voicemail. Just checking you still want to go ahead? I'm around
for the rest of the week.

Cheers,
Kieran Doyle
Recruitment Manager, Wyvern Inns""", "Wyvern Inns"),
    msg("wyvern_suspended", "rejection", "en", "2026-07-06 09:00 +0100",
        "Kieran Doyle <kieran.doyle@wyverninns.example.co.uk>",
        "Area Revenue Manager - recruitment suspended",
        """Hi Grace,

I'm writing to everyone who applied for the Area Revenue Manager role. The business has
frozen all non-operational hiring until next year, so we have suspended this recruitment
process and will not be taking any applications forward, including yours.

Thanks for your interest in Wyvern Inns, and I'm sorry we never managed to have that call.

Kieran""", "Wyvern Inns"),

    # ------------------------------------------------------------------ Marlowe / Solent Shores
    msg("marlowe_rejection", "rejection", "en", "2026-07-14 11:25 +0100",
        "The Marlowe Collection <marlowe@recruitee.com>",
        "Your application for Revenue Executive",
        """Dear Grace,

Thank you for applying for the Revenue Executive role at The Marlowe Collection.

We regret to let you know that we will not be inviting you to interview. Our decision was
not easy, as we received many strong applications.

Warm regards,
The Marlowe Collection People Team""", "The Marlowe Collection", form="alt", layout="ats",
        brand="The Marlowe Collection", color="#9d0208"),
    msg("solent_rejection", "rejection", "en", "2026-08-04 18:20 +0100",
        "Naomi Pryce <naomi.pryce@solentshores.example.co.uk>",
        "Thank you for your trial day",
        """Hi Grace,

Thank you for spending Saturday with us at Solent Shores and for jumping in on the
check-in rush - the team loved having you.

Sadly we won't be taking things further for the Revenue & Bookings Manager role. We have
decided to promote our current bookings supervisor. I know that's not the news you wanted.

All the best,
Naomi

Naomi Pryce
Park Director, Solent Shores Resorts
Shore Road, Lymington SO41 8AA""", "Solent Shores Resorts", charset="windows-1252",
        cte="qp"),
]

assert all(m["from"] != GRACE or m["kind"] == "other" for m in MESSAGES)
