"""Corpus 169: everything that is not a job-process event for the candidate (52), hand-written:
digests and newsletters, advice, the candidate's own sent mail, life admin that borrows
interview/appointment/position words, auto-replies, notifications, refused course places."""

from __future__ import annotations

from msgs169_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    CAND_PHONE,
    M,
    ats_card,
    digest_text,
    esc,
    forwarded,
    html_quote,
    newsletter_html,
    page,
    paras,
    reply_quote,
)

OTHER = "other"
MESSAGES: list[dict] = []
add = MESSAGES.append

SIG = f"{CAND_NAME}\n{CAND_PHONE}"


def lists(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ================================================================ English (33)

_items = [
    ("HR Advisor - Brindley & Hart, Birmingham B4",
     "https://www.hirehub.example.co.uk/jobs/88120431?utm_source=alert",
     "£32,000 - £35,000. Retail head office, hybrid. Posted 2 days ago."),
    ("People Coordinator - Sandwell Leisure Trust, Oldbury",
     "https://www.hirehub.example.co.uk/jobs/88119002?utm_source=alert",
     "£27,500. Interviews will be held w/c 23 February."),
    ("HR Assistant (12-month FTC) - Lichfield Brewery Co., Lichfield",
     "https://www.hirehub.example.co.uk/jobs/88117745?utm_source=alert",
     "£25,000. Immediate start. Apply with CV only."),
    ("Interview tip of the week: answering 'Why HR, why now?'",
     "https://www.hirehub.example.co.uk/advice/why-hr-why-now",
     "Career changers get this question in almost every first interview. Here's a three-part answer."),
]
_intro = "Hi Siobhan, here are 12 new jobs matching your alert \"HR advisor\" within 15 miles of Birmingham. We've shown the top 3."
_foot = "You're receiving this because you created a job alert on HireHub. Unsubscribe or change how often you get alerts at https://www.hirehub.example.co.uk/alerts. HireHub, 1 Snow Hill Plaza, Birmingham B4 6GH."
add(M(OTHER, "job_alert_digest_birmingham", lang="en",
      frm=("HireHub Job Alerts", "alerts@mail.hirehub.example.co.uk"),
      subject="12 new HR advisor jobs near Birmingham", date="2026-02-09 07:02",
      text=digest_text(_intro, _items, _foot),
      html=newsletter_html("HireHub", esc(_intro), _items, esc(_foot)),
      headers=lists("HireHub job alerts <jobalerts.hirehub.example.co.uk>",
                    "https://www.hirehub.example.co.uk/alerts/unsubscribe?u=5521",
                    "unsubscribe-5521@mail.hirehub.example.co.uk")))

_items = [
    ("Why rejection emails are getting shorter",
     "https://peopleprofessionweekly.example.com/2026/03/rejection-emails",
     "Applicant volumes have doubled since 2024. We asked five heads of talent how they still say no with care."),
    ("The panel interview is back",
     "https://peopleprofessionweekly.example.com/2026/03/panel-interviews",
     "Structured panels are replacing one-to-one chats in the public sector. What it means for candidates."),
    ("Jobs board: 40 new HR generalist openings",
     "https://peopleprofessionweekly.example.com/jobs",
     "From NHS trusts to fashion retailers - this week's pick of generalist roles in the Midlands and the North."),
]
_intro = "This week: how employers say no, the return of the panel interview, and our jobs board."
_foot = "People Profession Weekly is sent every Thursday to subscribers. Manage preferences: https://peopleprofessionweekly.example.com/preferences"
add(M(OTHER, "hr_newsletter_rejection_panel", lang="en",
      frm=("People Profession Weekly", "newsletter@peopleprofessionweekly.example.com"),
      subject="This week: how employers say no, and the panel interview is back",
      date="2026-03-12 06:30",
      html=newsletter_html("People Profession Weekly", esc(_intro), _items, esc(_foot),
                           accent="#4c1d95"),
      headers=lists("<weekly.peopleprofessionweekly.example.com>",
                    "https://peopleprofessionweekly.example.com/unsub?id=a81f",
                    "leave-a81f@peopleprofessionweekly.example.com")))

_t = """The Career Switch - issue 47

What a rejection email is really telling you

Most rejection emails are written by a template, not a person. "We have decided to move forward with other candidates" tells you almost nothing about you, and a lot about how many applications the recruiter had that week.

Three things I wish I'd known when I moved from store management into HR:

1. A "no" after an interview is worth a feedback request. A "no" before an interview usually isn't.
2. "The role has been put on hold" is often true. Keep the contact warm.
3. If you haven't heard anything after three weeks, that is information too - but it is not a rejection until someone says so.

Next week: how to turn your retail rota experience into workforce planning language.

Until then,
Bronwen

You're reading The Career Switch because you subscribed at careerswitch.example.com. Unsubscribe: https://careerswitch.example.com/unsubscribe
"""
add(M(OTHER, "career_advice_reading_rejections", lang="en",
      frm=("Bronwen at The Career Switch", "bronwen@careerswitch.example.com"),
      subject="What a rejection email is really telling you", date="2026-04-05 08:00",
      text=_t, html=page(paras(_t)),
      headers=lists("The Career Switch <careerswitch.example.com>",
                    "https://careerswitch.example.com/unsubscribe?s=77",
                    "unsubscribe@careerswitch.example.com")))

add(M(OTHER, "podcast_guest_invitation", lang="en",
      contact="neha@shopfloorpodcast.example.co.uk",
      frm=("Neha Chauhan", "neha@shopfloorpodcast.example.co.uk"),
      subject="Would you be a guest on Shop Floor to Boardroom?", date="2026-05-27 13:20",
      text="""Hi Siobhan,

I host Shop Floor to Boardroom, a podcast about people who started in retail and moved into head-office careers. Your post on ProLink about moving from store manager into HR really struck a chord with our listeners.

Would you be up for being interviewed for an episode? It's a relaxed 40-minute conversation, recorded over video at a time that suits you, and we'd send you the questions in advance. Recording slots are open through June.

No pressure at all - just reply if you're interested and I'll send over a few dates.

Best,
Neha

Neha Chauhan
Host & Producer, Shop Floor to Boardroom
"""))

_t = """Hi Siobhan,

I'm a user researcher at HireHub. We're redesigning how job seekers manage their applications and we'd love to hear about your experience.

Would you take part in a 45-minute research interview over video? This isn't a job interview - there are no right or wrong answers, and we simply want to learn how you keep track of applications, interviews and replies from employers. As a thank-you, we'll send you a £40 voucher.

If you're interested, choose a time here: https://research.hirehub.example.co.uk/book/job-seekers-march

Thanks,
Tom Reid
Senior User Researcher, HireHub
"""
add(M(OTHER, "user_research_interview_voucher", lang="en",
      contact="tom.reid@hirehub.example.co.uk",
      frm=("Tom Reid", "tom.reid@hirehub.example.co.uk"),
      subject="Invitation: 45-minute research interview (£40 voucher)", date="2026-03-03 11:40",
      text=_t, html=page(paras(_t))))

_t = """Hi Siobhan,

Unfortunately your parcel is delayed.

Parcel: PS-40918-2273-GB
From: Corbel & Thread
Original delivery date: Thursday 16 April

Due to high volumes at our Coventry hub, your parcel will now arrive on Saturday 18 April. You don't need to do anything. If you won't be in, you can choose a safe place or a new delivery day.

We're sorry for the wait.

ParcelSwift
"""
add(M(OTHER, "parcel_delayed_unfortunately", lang="en",
      frm=("ParcelSwift", "noreply@updates.parcelswift.example.co.uk"),
      subject="Update: your parcel is delayed", date="2026-04-16 06:55",
      text=_t, html=ats_card("ParcelSwift", paras(_t), "Please don't reply to this email.",
                             accent="#ea580c",
                             button=("Manage delivery",
                                     "https://track.parcelswift.example.co.uk/PS-40918-2273-GB")),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(OTHER, "saturday_run_finishing_position", lang="en",
      frm=("Cannon Hill Saturday 5k", "results@cannonhill5k.example.org.uk"),
      subject="Your result: Cannon Hill Saturday 5k #312", date="2026-06-13 12:10",
      text="""Hi Siobhan,

Well done on finishing Cannon Hill Saturday 5k this morning!

Your time: 27:41
Your finishing position: 84th out of 412
Position in age category (F35-39): 9th

That's a new personal best by 22 seconds. See the full results and your position history at https://cannonhill5k.example.org.uk/results/312

Thank you to our 23 volunteers. We need more marshals for next week - sign up on the website.

Cannon Hill Saturday 5k team
""", cte="7bit", headers=[("Auto-Submitted", "auto-generated")]))

add(M(OTHER, "friend_tells_of_her_rejection", lang="en",
      contact="aoife.brennan@inbox.example.co.uk",
      frm=("Aoife Brennan", "aoife.brennan@inbox.example.co.uk"),
      subject="ugh", date="2026-03-19 22:47",
      text="""Siobhan,

So I heard back from the hospital admin job. They said no. "Unfortunately on this occasion you have not been successful" - that's all, after TWO interviews and a typing test!!

I know you've had a few of those too. How do you keep going? Wine on Saturday? I'll bring the crisps.

A x

Sent from my phone
""", cte="7bit"))

_q = """Hi Siobhan,

Thank you for applying for the HR Advisor role at Brindley & Hart. I've had a read of your application and I'd love to set up a 20-minute phone call to hear more about your experience running the Fairway store in the Bullring and what's drawing you towards HR."""
add(M(OTHER, "own_thank_you_after_phone_screen", lang="en", contact="",
      frm=CAND, to=("Gemma Rowley", "gemma.rowley@brindleyhart.example.co.uk"),
      subject="Re: HR Advisor (R-10382) - quick call?", date="2026-02-13 18:40",
      parent="bh_phone", id="bh_thanks",
      text=f"""Hi Gemma,

Thank you for your time on the phone today - I really enjoyed hearing about how the HR team supports the stores, and it's made me even keener on the role.

I look forward to hearing about the next steps.

Best wishes,
{SIG}

""" + reply_quote("en", "Tue, 10 Feb 2026 at 09:20", "Gemma Rowley (via Workday)",
                  "brindleyhart@myworkday.com", _q) + "\n"))

add(M(OTHER, "own_application_with_cv", lang="en", contact="",
      frm=CAND, to=("Dan Fairclough", "dan@peoplecraft.example.co.uk"),
      subject="HR generalist - application", date="2026-01-19 20:31", id="pc_app",
      text=f"""Dear Dan,

I'm a retail store manager in Birmingham (eight years, currently running a 60-strong team) and I'm moving into HR generalist work. I've attached my CV and would really welcome the chance to talk about any generalist roles Peoplecraft is recruiting for, either in-house or with your clients.

Kind regards,
{SIG}
""",
      pdfs=[("CV_Siobhan_Adeyemi-Castro_2026.pdf",
             ["Siobhan Adeyemi-Castro", "Birmingham | siobhan.ac@example.co.uk", "",
              "Store Manager, Fairway Fashion, Bullring, Birmingham (2019 - present)",
              "Deputy Store Manager, Fairway Fashion, Solihull (2016 - 2019)",
              "CIPD Level 3 Certificate in People Practice (2025)"])]))

_q = """Hi Siobhan,

Thanks for your patience while we reviewed applications for the People Advisor role. Amira Khan (Head of People) and I would love to meet you for a 45-minute video interview."""
add(M(OTHER, "own_request_to_move_interview", lang="en", contact="",
      frm=CAND, to=("Priya Natarajan", "priya.natarajan@larkspurhome.example.co.uk"),
      subject="Re: Interview with Larkspur Home - please choose a time", date="2026-04-21 21:05",
      parent="lark_link", id="lark_req",
      text="""Hi Priya,

Thank you so much for the invitation. I've booked Thursday 30 April at 11:00 through the link, but I've just realised that clashes with our quarterly stocktake, which I can't move as the store manager. Would it be possible to move the interview to the following week? Any afternoon from Tuesday 5 May would work.

Sorry for the hassle, and thanks,
Siobhan

""" + reply_quote("en", "Mon, 20 Apr 2026 at 16:02", "Priya Natarajan via Greenhouse",
                  "no-reply@us.greenhouse-mail.io", _q) + "\n"))

_q = """Hi Siobhan,

Joost and I were on Teams for our 10:00 interview this morning and waited about fifteen minutes, but you didn't join and we couldn't reach you."""
add(M(OTHER, "own_apology_time_zone_mix_up", lang="en", contact="",
      frm=CAND, to=("Sanne de Wit", "sanne.dewit@havenlicht.example.nl"),
      subject="Re: Our interview this morning", date="2026-05-19 18:22",
      parent="hav_missed", id="hav_sorry",
      text="""Dear Sanne,

I'm so sorry about this morning. I had the interview in my diary for 10:00 UK time, which of course is 11:00 in Rotterdam - a silly mistake and entirely mine. I'm still very keen on the role and would be grateful for another chance if that's at all possible.

Kind regards,
Siobhan

""" + reply_quote("en", "Tue, 19 May 2026 at 10:31", "Sanne de Wit", "sanne.dewit@havenlicht.example.nl", _q) + "\n",
      cte="7bit"))

add(M(OTHER, "own_thank_you_after_assessment", lang="en", contact="",
      frm=CAND, to=("Rachel Okafor", "r.okafor@soarvalleyfoods.example.co.uk"),
      subject="Thank you - HR Assistant assessment day", date="2026-02-20 17:48",
      id="soar_thanks",
      text="""Dear Rachel,

Thank you for inviting me to the assessment day yesterday. I really enjoyed the group exercise and the chance to see the Wigston site, and I'm even keener on the HR Assistant role now that I've met the team.

I look forward to hearing about the next steps.

Best wishes,
Siobhan
""", html=page(paras("""Dear Rachel,

Thank you for inviting me to the assessment day yesterday. I really enjoyed the group exercise and the chance to see the Wigston site, and I'm even keener on the HR Assistant role now that I've met the team.

I look forward to hearing about the next steps.

Best wishes,
Siobhan"""))))

add(M(OTHER, "recruiter_cold_approach", lang="en",
      contact="alexis.wren@northgatesearch.example.co.uk",
      frm=("Alexis Wren", "alexis.wren@northgatesearch.example.co.uk"),
      subject="HR opportunities in retail - open to a conversation?", date="2026-04-09 12:51",
      text="""Hi Siobhan,

I came across your profile on ProLink and noticed you're moving from store management into HR. I specialise in people roles for retail and consumer brands across the Midlands and London, and career changers with real operational experience are increasingly in demand with my clients.

I don't have a specific position to put to you today, but I'd like to understand what you're looking for so I can keep you in mind. Would you be open to a short conversation at some point?

Kind regards,
Alexis

Alexis Wren
Associate Director, Northgate Search
"""))

add(M(OTHER, "mortgage_interview_confirmed", lang="en",
      frm=("Edgbaston Mutual", "no-reply@edgbastonmutual.example.co.uk"),
      subject="Your mortgage interview is confirmed", date="2026-05-02 09:15",
      text="""Dear Ms Adeyemi-Castro,

Thank you for booking a mortgage interview with us.

Date: Saturday 9 May 2026
Time: 10:30
Where: Harborne branch, 112 High Street, Birmingham B17 9NJ
Your mortgage adviser: Colin Baptiste

Please bring your last three payslips, three months of bank statements and photo ID. The interview will take about 90 minutes.

If you need to rearrange, call us on 0121 496 0999.

Edgbaston Mutual
Edgbaston Mutual is authorised and regulated by the Financial Conduct Authority.
""", headers=[("Auto-Submitted", "auto-generated")]))

add(M(OTHER, "landlord_boiler_appointment", lang="en",
      contact="graham.pryce@inbox.example.co.uk",
      frm=("Graham Pryce", "graham.pryce@inbox.example.co.uk"),
      subject="Boiler - engineer appointment Thursday", date="2026-01-26 19:30",
      text="""Hi Siobhan,

The gas engineer can come on Thursday between 8 and 12 to replace the boiler. Is someone able to let him in? If not, I can come round with my key.

He says the new one needs to go in a different position on the kitchen wall, so the cupboard next to the window will need emptying beforehand. Sorry about that!

Cheers,
Graham
""", cte="7bit"))

_t = """Dear Parents and Carers,

Parents' evening: appointments for Year 4 are now open. Please book a 10-minute slot with your child's class teacher on the school app before Friday.

Parent governor position: we have one vacancy on the governing body. If you would like to be considered, please return the nomination form to the school office by 6 March.

Year 4 trip: unfortunately the trip to the Thinktank museum on 3 March has been cancelled because of the coach company. We will refund all payments this week.

Many thanks,
Mrs J. Hughes, Headteacher
St Agnes Primary School
"""
add(M(OTHER, "school_newsletter_governor_position", lang="en",
      frm=("St Agnes Primary School", "noreply@stagnes-primary.example.sch.uk"),
      subject="Parents' evening, parent governor position and trip update", date="2026-02-24 15:40",
      text=_t, html=page(paras(_t)), charset="windows-1252",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(OTHER, "gp_appointment_cancelled", lang="en",
      frm=("Moseley Road Surgery", "noreply@moseleyroadsurgery.example.co.uk"),
      subject="Your appointment has been cancelled", date="2026-06-18 08:05",
      text="""Dear Siobhan Adeyemi-Castro,

Your appointment with Dr Farah on Friday 19 June at 09:10 has been cancelled because the clinician is unavailable. We apologise for any inconvenience.

Please rebook using the NHS App or call the surgery on 0121 496 0321 after 8am.

Moseley Road Surgery
Please do not reply to this message; this mailbox is not monitored.
""", cte="7bit", headers=[("Auto-Submitted", "auto-generated")]))

add(M(OTHER, "out_of_office_recruiter", lang="en",
      contact="gemma.rowley@brindleyhart.example.co.uk",
      frm=("Gemma Rowley", "gemma.rowley@brindleyhart.example.co.uk"),
      subject="Automatic reply: Re: HR Advisor (R-10382) - quick call?", date="2026-02-13 18:41",
      parent="bh_thanks",
      text="""Thank you for your email. I'm out of the office until Monday 16 February with limited access to email.

For anything urgent about interviews or offers, please contact the Talent team on talent@brindleyhart.example.co.uk.

Gemma Rowley
Talent Partner | Brindley & Hart
""", cte="7bit",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

_t = """Hi Siobhan,

Your profile is getting noticed.

- Gemma Rowley (Talent Partner at Brindley & Hart) and 4 others viewed your profile this week.
- You appeared in 23 searches. Top search term: "HR advisor".
- 3 new jobs match your preferences: HR Advisor at Sandwell Leisure Trust, People Coordinator at Lichfield Brewery Co., HR Administrator at Solihull College.

See who's viewing you: https://www.prolink.example.com/me/profile-views

ProLink
"""
add(M(OTHER, "network_profile_views_digest", lang="en",
      frm=("ProLink", "notifications@prolink.example.com"),
      subject="Siobhan, you appeared in 23 searches this week", date="2026-02-22 10:03",
      text=_t, html=ats_card("ProLink", paras(_t),
                             "You're receiving ProLink notification emails. Unsubscribe.",
                             accent="#0a66c2"),
      headers=lists("<profile-views.prolink.example.com>",
                    "https://www.prolink.example.com/settings/email?u=9912",
                    "unsubscribe@prolink.example.com")))

add(M(OTHER, "msc_place_not_offered", lang="en",
      frm=("Aston Vale University Admissions", "admissions-noreply@astonvale.example.ac.uk"),
      subject="Your application: MSc Human Resource Management (part-time)",
      date="2026-07-08 14:30",
      text="""Dear Siobhan,

Application ID: 2607731
Programme: MSc Human Resource Management (part-time, September 2026 entry)

Thank you for your application to Aston Vale University. After careful consideration by the admissions tutor, we regret that we are unable to offer you a place on this programme, as the September intake is now full.

You may wish to consider our Postgraduate Certificate in People Management, which has places available for January 2027.

Yours sincerely,
Postgraduate Admissions Office
Aston Vale University
""", cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]))

add(M(OTHER, "course_application_received", lang="en",
      frm=("Midlands People Academy", "enrolments@midlandspeopleacademy.example.co.uk"),
      subject="We've received your application - CIPD Level 5 Associate Diploma",
      date="2026-08-20 11:11",
      text="""Dear Siobhan,

Thank you for applying for the CIPD Level 5 Associate Diploma in People Management (evening cohort, starting 5 October 2026).

We have received your application and our admissions team will check your eligibility within five working days. Once approved, you will receive a link to pay your deposit and enrol.

Midlands People Academy
Enrolments Team
"""))

_items = [
    ("HR Generalist (English-speaking) - Havenlicht Logistics, Rotterdam",
     "https://www.workinnl.example.nl/jobs/55120",
     "EUR 3,900 - 4,400 per month. 30% ruling eligible."),
    ("People & Culture Advisor - Kralingen Foods, Rotterdam",
     "https://www.workinnl.example.nl/jobs/55187",
     "Interviews in English. Dutch is a plus."),
    ("Recruitment Coordinator - Port Digital, Schiedam",
     "https://www.workinnl.example.nl/jobs/55201",
     "Hybrid. Apply before 30 April."),
]
_intro = "8 new English-speaking HR jobs in Rotterdam and surroundings."
_foot = "WorkInNL - international jobs in the Netherlands. Stop these emails: https://www.workinnl.example.nl/alerts/stop"
add(M(OTHER, "rotterdam_job_alert", lang="en",
      frm=("WorkInNL", "jobmail@workinnl.example.nl"),
      subject="8 new HR jobs in Rotterdam for you", date="2026-04-12 08:30", tz="cet",
      text=digest_text(_intro, _items, _foot),
      html=newsletter_html("WorkInNL", esc(_intro), _items, esc(_foot), accent="#f97316"),
      headers=lists("WorkInNL alerts <alerts.workinnl.example.nl>",
                    "https://www.workinnl.example.nl/alerts/stop?id=3321",
                    "stop-3321@workinnl.example.nl")))

_items = [
    ("Free webinar: How to ace a panel interview",
     "https://events.hirehub.example.co.uk/webinars/panel-interview",
     "Thursday 23 April, 12:30. Our recruiter panel explains scoring grids and how to answer competency questions."),
    ("Replay: Dealing with rejection after an interview",
     "https://events.hirehub.example.co.uk/replays/rejection",
     "Missed last month's session? Watch the replay any time."),
]
_intro = "Hi Siobhan, save your seat for our next free career webinar."
_foot = "HireHub Events. You're subscribed to event invitations. Unsubscribe: https://events.hirehub.example.co.uk/unsubscribe"
add(M(OTHER, "webinar_panel_interview_invite", lang="en",
      frm=("HireHub Events", "events@mail.hirehub.example.co.uk"),
      subject="You're invited: How to ace a panel interview (free webinar)",
      date="2026-04-15 16:00",
      text=digest_text(_intro, _items, _foot),
      html=newsletter_html("HireHub Events", esc(_intro), _items, esc(_foot), accent="#7c3aed"),
      headers=lists("HireHub events <events.hirehub.example.co.uk>",
                    "https://events.hirehub.example.co.uk/unsubscribe?u=5521",
                    "unsubscribe-events-5521@mail.hirehub.example.co.uk")))

_fw = """Hi Siobhan,

Thanks so much for meeting Amira and me last Tuesday, and for the thoughtful questions about how we run colleague relations across the stores.

We've now finished the final interviews for the People Advisor role and, after a lot of discussion, we have decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly handling employee relations casework end-to-end without store support.

All the best,
Priya"""
add(M(OTHER, "own_forward_to_friend_for_advice", lang="en", contact="",
      frm=CAND, to=("Aoife Brennan", "aoife.brennan@inbox.example.co.uk"),
      subject="Fwd: Your application to Larkspur Home - People Advisor", date="2026-05-12 20:10",
      text="""Another one, Aoife. At least she wrote it herself. Do you think it's worth asking for proper feedback or should I just leave it?

S x

""" + forwarded("en", "Priya Natarajan via Greenhouse <no-reply@us.greenhouse-mail.io>",
                "Tue, 12 May 2026 at 11:47", "Your application to Larkspur Home - People Advisor",
                f"{CAND_NAME} <{CAND_ADDR}>", _fw) + "\n"))

_q = """Hi Siobhan,

Got your CV, thanks - really interesting background. Are you free Thursday to chat? Could do 11am at ours on Newhall Street, or a call if that's easier."""
add(M(OTHER, "own_reply_confirming_chat", lang="en", contact="",
      frm=CAND, to=("Dan Fairclough", "dan@peoplecraft.example.co.uk"),
      subject="Re: HR generalist - application", date="2026-01-21 19:02",
      parent="pc_chat", id="pc_yes",
      text="""Hi Dan,

Thursday at 11 works perfectly - I'll come to the office on Newhall Street. Looking forward to the chat.

Thanks,
Siobhan

""" + reply_quote("en", "Wed, 21 Jan 2026 at 08:55", "Dan Fairclough", "dan@peoplecraft.example.co.uk", _q) + "\n",
      cte="7bit"))

_t = """Harriet Cole sent you a message

"Hi Siobhan - I'm working on an HR Business Partner position with a well-known retailer in Leicester. Are you open to a chat about it next week?"

Reply on ProLink: https://www.prolink.example.com/messaging/thread/77120

ProLink
"""
add(M(OTHER, "network_inmail_notification", lang="en",
      frm=("ProLink", "messages-noreply@prolink.example.com"),
      subject="Harriet Cole sent you a message", date="2026-08-26 07:44",
      text=_t, html=ats_card("ProLink", paras(_t), "This is a notification email from ProLink.",
                             accent="#0a66c2"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(OTHER, "press_interview_request", lang="en",
      contact="d.okonkwo@eveningpost.example.co.uk",
      frm=("Daniel Okonkwo", "d.okonkwo@eveningpost.example.co.uk"),
      subject="Interview request - store managers leaving retail", date="2026-09-17 14:02",
      text="""Dear Siobhan,

I'm a business reporter at the Birmingham Evening Post. I'm writing a feature on experienced store managers leaving the high street for office-based careers, and a contact at Meridian Talent suggested you might be willing to talk to me.

Would you be happy to do a 20-minute phone interview this week or next? I can keep your current employer's name out of the piece if you prefer. We'd also like a photograph, but that's optional.

Best regards,

Daniel Okonkwo
Business Reporter, Birmingham Evening Post
0121 496 0875
"""))

add(M(OTHER, "dentist_reschedule_link", lang="en",
      frm=("Kings Heath Dental", "reminders@kingsheathdental.example.co.uk"),
      subject="Reminder: check-up on Tuesday - reschedule online", date="2026-10-02 17:30",
      text="""Hi Siobhan,

This is a reminder of your check-up and hygiene appointment on Tuesday 6 October at 17:20.

If you can no longer attend, please reschedule or cancel at least 24 hours in advance using this link: https://book.kingsheathdental.example.co.uk/manage/4410

Missed appointments may be charged at £25.

Kings Heath Dental
""", charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """Hello Siobhan,

The password for your Brindley & Hart candidate account was changed on 4 February 2026 at 20:51 (UK time).

If you made this change, you don't need to do anything. If you didn't, reset your password now and contact us.

This is an automated message from Workday.
"""
add(M(OTHER, "ats_account_password_changed", lang="en",
      frm=("Brindley & Hart Careers", "brindleyhart@myworkday.com"),
      subject="Your candidate account password was changed", date="2026-02-04 20:52",
      tz="utc", text=_t,
      html=ats_card("Brindley & Hart", paras(_t), "Please do not reply to this email.",
                    accent="#0b3d5c"),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """Hi Siobhan,

You recently went through our recruitment process for HR Advisor. Whatever the outcome, we'd like to hear how it felt from your side.

How would you rate your interview experience with Brindley & Hart? The survey takes two minutes and your answers are anonymous.

Start the survey: https://survey.brindleyhart.example.co.uk/candidate/cx-2026?r=10382

Thank you,
Brindley & Hart Talent team
"""
add(M(OTHER, "candidate_experience_survey", lang="en",
      frm=("Brindley & Hart Talent", "survey-noreply@brindleyhart.example.co.uk"),
      subject="How was your interview experience?", date="2026-03-27 10:00",
      text=_t, html=ats_card("Brindley & Hart", paras(_t),
                             "You are receiving this survey because you applied to Brindley & Hart.",
                             accent="#0b3d5c"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(OTHER, "charity_shop_rota_position", lang="en",
      contact="maureen.hale@hopestreetcharity.example.org.uk",
      frm=("Maureen Hale", "maureen.hale@hopestreetcharity.example.org.uk"),
      subject="Saturday rota - June", date="2026-05-29 11:18",
      text="""Hi Siobhan,

Thanks for volunteering again this month! Your position on the rota is the Saturday 10-1 till shift on the 6th and 20th.

Unfortunately we've had to cancel the stock-sorting session on the 13th because the back room is being repainted, so you're free that day.

See you soon,
Maureen
Volunteer Coordinator, Hope Street Charity Shop, Kings Heath
""", cte="7bit"))

add(M(OTHER, "area_manager_saturday_interviews", lang="en",
      contact="kevin.doyle@fairwayfashion.example.co.uk",
      frm=("Kevin Doyle", "kevin.doyle@fairwayfashion.example.co.uk"),
      subject="Saturday staff interviews + rota", date="2026-03-06 08:12",
      text="""Morning Siobhan,

Quick one: HR have booked three candidates for the Saturday sales assistant vacancy for you to interview on Tuesday - 10:00, 10:45 and 11:30 in the staff room. Their CVs are in the shared drive. Please use the new interview scoring sheet and send me your recommendations by Wednesday.

Also, can you get the Easter rota to me by Friday?

Thanks,
Kevin

Kevin Doyle
Area Manager - West Midlands, Fairway Fashion
""", cte="7bit"))

assert len(MESSAGES) == 33, len(MESSAGES)

# ================================================================ German (5)

_items = [
    ("HR Generalist (m/w/d) - Elbkontor GmbH, Hamburg-Altstadt",
     "https://www.jobhafen.example.de/stellen/4471203",
     "Vollzeit, unbefristet. Vorstellungsgespräche auch auf Englisch möglich."),
    ("Personalreferent:in - Stadtwerke Harburg GmbH, Hamburg-Harburg",
     "https://www.jobhafen.example.de/stellen/4470988",
     "TV-V, Bewerbungsschluss 31.07."),
    ("People Partner (m/w/d) - Alsterblick Hotels, Hamburg",
     "https://www.jobhafen.example.de/stellen/4469112",
     "Ab sofort, 32-40 Stunden."),
]
_intro = "Hallo Siobhan, Ihr Jobagent \"HR Generalist Hamburg\" hat 9 neue Stellen gefunden."
_foot = "Sie erhalten diese E-Mail, weil Sie bei JobHafen einen Jobagenten eingerichtet haben. Jobagent abbestellen: https://www.jobhafen.example.de/jobagent/abbestellen"
add(M(OTHER, "jobagent_neue_stellen_hamburg", lang="de",
      frm=("JobHafen Jobagent", "jobagent@mail.jobhafen.example.de"),
      subject="9 neue Jobs für \"HR Generalist\" in Hamburg", date="2026-06-29 06:15",
      text=digest_text(_intro, _items, _foot),
      html=newsletter_html("JobHafen", esc(_intro), _items, esc(_foot), lang="de",
                           accent="#0369a1"),
      headers=lists("JobHafen Jobagent <jobagent.jobhafen.example.de>",
                    "https://www.jobhafen.example.de/jobagent/abbestellen?id=88x",
                    "abbestellen-88x@mail.jobhafen.example.de")))

_t = """Hallo Siobhan Adeyemi-Castro,

leider verzögert sich die Zustellung Ihrer Sendung.

Sendungsnummer: 00340434161094128841
Absender: Hanseatisches Umzugsmaterial
Neue voraussichtliche Zustellung: Donnerstag, 13.08.2026

Grund: hohes Sendungsaufkommen im Paketzentrum Hamburg-Allermöhe. Sie müssen nichts weiter tun.

Ihr Nordstern Paketdienst
"""
add(M(OTHER, "paket_leider_verspaetet", lang="de",
      frm=("Nordstern Paketdienst", "noreply@nordstern-paket.example.de"),
      subject="Ihre Sendung verspätet sich leider", subject_enc=("utf-8", "Q"),
      date="2026-08-11 07:20",
      text=_t, html=ats_card("Nordstern Paketdienst", paras(_t),
                             "Bitte antworten Sie nicht auf diese E-Mail.", accent="#facc15",
                             lang="de"),
      headers=[("Auto-Submitted", "auto-generated")]))

_q = """Liebe Frau Adeyemi-Castro,

leider muss ich unseren Videocall am Mittwoch, 15. Juli, verschieben: Herr Reimers ist kurzfristig zu einer Filialeröffnung nach Lübeck gerufen worden.

Würde Ihnen stattdessen Freitag, 17. Juli, um 13:00 Uhr passen?"""
add(M(OTHER, "eigene_zusage_neuer_termin", lang="de", contact="",
      frm=CAND, to=("Jana Schlüter", "j.schlueter@elbkontor.example.de"),
      subject="Re: Verschiebung unseres Termins am Mittwoch", date="2026-07-14 19:30",
      parent="elb_moved", id="elb_ok",
      text="""Liebe Frau Schlüter,

vielen Dank für Ihre Nachricht. Freitag, 17. Juli, um 13:00 Uhr passt mir sehr gut. Ich freue mich auf das Gespräch mit Ihnen und Herrn Reimers.

Eine kurze Frage noch: Findet der Call auf Deutsch oder auf Englisch statt? Beides ist für mich in Ordnung.

Viele Grüße
Siobhan Adeyemi-Castro

""" + reply_quote("de", "14.07.2026 um 16:45", "Jana Schlüter", "j.schlueter@elbkontor.example.de", _q) + "\n",
      charset="iso-8859-1", cte="quoted-printable"))

_t = """Hallo Siobhan,

Ihr Profil wurde in den letzten 7 Tagen 7-mal besucht, unter anderem von einer Personalberaterin aus Hamburg.

Außerdem neu für Sie: 4 Stellenangebote, die zu Ihrem Profil passen, darunter „HR Generalist (m/w/d)" bei einem Hamburger Handelsunternehmen.

Jetzt ansehen: https://www.berufsnetz.example.de/besucher

Ihr Berufsnetz-Team
"""
add(M(OTHER, "berufsnetz_profilbesucher", lang="de",
      frm=("Berufsnetz", "benachrichtigung@berufsnetz.example.de"),
      subject="Ihr Profil wurde 7-mal besucht", date="2026-07-06 09:00",
      text=_t, html=ats_card("Berufsnetz", paras(_t),
                             "Benachrichtigungen verwalten: https://www.berufsnetz.example.de/einstellungen",
                             accent="#00695c", lang="de"),
      headers=lists("<besucher.berufsnetz.example.de>",
                    "https://www.berufsnetz.example.de/einstellungen/mail?u=41",
                    "abmelden@berufsnetz.example.de")))

add(M(OTHER, "sprachkurs_leider_ausgebucht", lang="de",
      contact="k.vogt@sprachschule-alster.example.de",
      frm=("Katrin Vogt", "k.vogt@sprachschule-alster.example.de"),
      subject="Ihre Anmeldung zum Kurs Deutsch B1 (Abendkurs)", date="2026-07-22 12:48",
      text="""Sehr geehrte Frau Adeyemi-Castro,

vielen Dank für Ihre Anmeldung zum Abendkurs Deutsch B1 ab dem 7. September.

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz mehr anbieten. Gern setzen wir Sie auf die Warteliste oder reservieren Ihnen einen Platz im nächsten Kurs ab dem 2. November. Einen Einstufungstest müssten Sie in diesem Fall nicht wiederholen.

Bitte teilen Sie uns mit, welche Variante Sie bevorzugen.

Mit freundlichen Grüßen
Katrin Vogt
Kursbüro, Sprachschule Alster
Mundsburger Damm 12, 22087 Hamburg
""", charset="iso-8859-1", cte="8bit"))

# ================================================================ French (6)

_items = [
    ("Chargé(e) RH généraliste - Filatures du Nord, Roubaix",
     "https://www.emploi-hdf.example.fr/offres/112093",
     "CDI, entretiens prévus fin août."),
    ("Assistant(e) RH - Groupe Hospitalier Val de Deûle, Lille",
     "https://www.emploi-hdf.example.fr/offres/111877",
     "Contractuel, 12 mois."),
    ("Gestionnaire paie et administration du personnel - Lesquin",
     "https://www.emploi-hdf.example.fr/offres/112140",
     "CDI, 35 h, tickets-restaurant."),
]
_intro = "Bonjour Siobhan, voici les nouvelles offres RH de la semaine dans la métropole lilloise."
_foot = "Vous recevez cet e-mail car vous êtes abonnée aux alertes Emploi Hauts-de-France. Se désabonner : https://www.emploi-hdf.example.fr/desabonnement"
add(M(OTHER, "alerte_offres_rh_lille", lang="fr",
      frm=("Emploi Hauts-de-France", "alertes@emploi-hdf.example.fr"),
      subject="Vos nouvelles offres : RH à Lille et environs", date="2026-07-27 07:30",
      text=digest_text(_intro, _items, _foot),
      html=newsletter_html("Emploi Hauts-de-France", esc(_intro), _items, esc(_foot),
                           lang="fr", accent="#1d4ed8"),
      headers=lists("Alertes Emploi HDF <alertes.emploi-hdf.example.fr>",
                    "https://www.emploi-hdf.example.fr/desabonnement?a=6612",
                    "desabonnement-6612@emploi-hdf.example.fr")))

_t = """Le Mag Carrières – n° 112

Refus de candidature : comment rebondir

Un « nous ne donnerons pas suite à votre candidature » fait toujours mal, surtout après un entretien. Nos conseils :

1. Demandez un retour, poliment et par écrit, dans la semaine.
2. Relisez l'offre : le refus porte souvent sur un critère précis (langue, expérience sectorielle) et non sur votre personne.
3. Gardez le contact : un poste gelé aujourd'hui peut rouvrir dans trois mois.

À lire aussi : « Réussir son entretien en visio » et « Reconversion : valoriser son expérience de manager ».

Le Mag Carrières – pour vous désinscrire : https://lemagcarrieres.example.fr/desinscription
"""
add(M(OTHER, "article_rebondir_apres_refus", lang="fr",
      frm=("Le Mag Carrières", "lettre@lemagcarrieres.example.fr"),
      subject="Refus de candidature : comment rebondir", subject_enc=("iso-8859-1", "Q"),
      date="2026-09-19 08:00",
      text=_t, html=page(paras(_t), lang="fr"), charset="windows-1252", cte="quoted-printable",
      headers=lists("<lettre.lemagcarrieres.example.fr>",
                    "https://lemagcarrieres.example.fr/desinscription?u=k2",
                    "desinscription@lemagcarrieres.example.fr")))

_q = """Bonjour Madame Adeyemi-Castro,

Nous avons bien étudié votre candidature au poste de Chargée RH (H/F) pour notre réseau de magasins et avons le plaisir de vous convier à un entretien.

Date : mardi 25 août 2026
Heure : 14h30 (durée prévue : 1 heure)"""
add(M(OTHER, "confirmation_presence_entretien", lang="fr", contact="",
      frm=CAND, to=("Claire Vandamme", "claire.vandamme@maison-verhaeghe.example.fr"),
      subject="Re: Invitation à un entretien - Chargée RH (H/F)", date="2026-08-11 20:15",
      parent="verh_inv", id="verh_conf",
      text="""Bonjour Madame Vandamme,

Je vous remercie pour votre invitation. Je vous confirme avec plaisir ma présence le mardi 25 août à 14h30 au siège de la rue Esquermoise.

Je serai ravie de faire une partie de l'entretien en anglais, mais je peux aussi le mener en français.

Bien cordialement,
Siobhan Adeyemi-Castro

""" + reply_quote("fr", "mar. 11 août 2026 à 10:05", "Claire Vandamme",
                  "claire.vandamme@maison-verhaeghe.example.fr", _q) + "\n"))

add(M(OTHER, "reponse_automatique_absente", lang="fr",
      contact="claire.vandamme@maison-verhaeghe.example.fr",
      frm=("Claire Vandamme", "claire.vandamme@maison-verhaeghe.example.fr"),
      subject="Réponse automatique : Re: Invitation à un entretien - Chargée RH (H/F)",
      date="2026-08-11 20:15", parent="verh_conf",
      text="""Bonjour,

Je suis absente du bureau du 12 au 16 août inclus, sans accès à ma messagerie. Votre message sera traité à mon retour.

Pour toute question urgente concernant un recrutement ou un entretien, vous pouvez contacter le service RH au 03 20 55 18 60.

Claire Vandamme
Maison Verhaeghe
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

add(M(OTHER, "agence_immo_visite_appartement", lang="fr",
      contact="m.lambert@immo-vieux-lille.example.fr",
      frm=("Mathilde Lambert", "m.lambert@immo-vieux-lille.example.fr"),
      subject="Visite appartement rue de la Monnaie - rendez-vous confirmé",
      date="2026-09-05 10:42",
      text="""Bonjour Madame,

Je vous confirme notre rendez-vous pour la visite du T2 rue de la Monnaie le samedi 12 septembre à 11h00. Le propriétaire souhaite vous rencontrer à cette occasion pour un court entretien avant de constituer le dossier.

Merci de prévoir vos trois derniers bulletins de salaire ou, à défaut, votre promesse d'embauche, ainsi qu'une pièce d'identité.

Cordialement,

Mathilde Lambert
Agence Immobilière du Vieux-Lille
"""))

add(M(OTHER, "master_grh_candidature_refusee", lang="fr",
      frm=("ISG Flandres - Admissions", "admissions-noreply@isg-flandres.example.fr"),
      subject="Votre candidature au Master Gestion des Ressources Humaines",
      date="2026-06-19 17:00",
      text="""Madame,

Nous avons le regret de vous informer que votre candidature au Master 2 Gestion des Ressources Humaines (formation continue, rentrée 2026) n'a pas été retenue par la commission pédagogique.

Compte tenu du nombre de places limité, la commission a donné la priorité aux candidats justifiant d'une première expérience en fonction RH.

Vous pouvez candidater à nouveau lors de la prochaine session de recrutement, qui ouvrira en février 2027.

Le service des admissions
Institut Supérieur de Gestion des Flandres
""", cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]))

# ================================================================ Spanish (8)

_items = [
    ("Técnico/a de Recursos Humanos - Grupo Giralda, Sevilla",
     "https://www.empleosur.example.es/ofertas/330981",
     "Contrato indefinido. Entrevistas en septiembre."),
    ("Generalista RR. HH. - Aceites Guadaíra, Alcalá de Guadaíra",
     "https://www.empleosur.example.es/ofertas/331204",
     "Jornada completa, turnos."),
    ("Administrativo/a de personal - Dos Hermanas",
     "https://www.empleosur.example.es/ofertas/331377",
     "Incorporación inmediata."),
]
_intro = "Hola, Siobhan: hay 10 nuevas ofertas que coinciden con tu alerta \"recursos humanos Sevilla\"."
_foot = "Recibes este correo porque creaste una alerta en EmpleoSur. Darte de baja: https://www.empleosur.example.es/alertas/baja"
add(M(OTHER, "alerta_ofertas_rrhh_sevilla", lang="es",
      frm=("EmpleoSur Alertas", "alertas@empleosur.example.es"),
      subject="10 nuevas ofertas de RR. HH. en Sevilla", date="2026-08-24 07:05",
      text=digest_text(_intro, _items, _foot),
      html=newsletter_html("EmpleoSur", esc(_intro), _items, esc(_foot), lang="es",
                           accent="#b91c1c"),
      headers=lists("EmpleoSur alertas <alertas.empleosur.example.es>",
                    "https://www.empleosur.example.es/alertas/baja?id=19",
                    "baja-19@empleosur.example.es")))

_q = """Estimada Siobhan:

Le escribo para proponerle un pequeño cambio: la directora de Personas tiene un comité a primera hora del jueves 17, así que necesitaríamos pasar la entrevista de las 10:30 a las 12:30."""
add(M(OTHER, "propia_acepta_nueva_hora", lang="es", contact="",
      frm=CAND, to=("Rocío Benjumea", "rbenjumea@grupogiralda.example.es"),
      subject="Re: Cambio de hora - entrevista del jueves 17", date="2026-09-14 10:02",
      parent="gir_moved", id="gir_ok",
      text="""Estimada Rocío:

Muchas gracias por avisarme. Las 12:30 del jueves 17 me vienen perfectamente; allí estaré.

Un saludo cordial,
Siobhan Adeyemi-Castro

""" + reply_quote("es", "lun, 14 sept 2026 a las 9:26", "Rocío Benjumea",
                  "rbenjumea@grupogiralda.example.es", _q) + "\n"))

add(M(OTHER, "academia_prueba_de_nivel", lang="es",
      contact="secretaria.ana@trianaidiomas.example.es",
      frm=("Ana Márquez - Triana Idiomas", "secretaria.ana@trianaidiomas.example.es"),
      subject="Cita para la prueba de nivel", date="2026-08-27 12:30",
      text="""Hola, Siobhan:

Te confirmo la cita para la prueba de nivel de español el lunes 31 de agosto a las 18:00 en nuestra academia (calle Pureza 40, Triana). La prueba incluye una pequeña entrevista oral de diez minutos con una profesora para ver en qué grupo encajas mejor.

Si no pudieras venir, avísanos con un día de antelación.

Un saludo,
Ana Márquez
Secretaría - Triana Idiomas
""", charset="iso-8859-1", cte="quoted-printable"))

_t = """Hola, Siobhan:

Lamentablemente, su envío se ha retrasado.

Número de envío: ER2026SV0098411
Remitente: Mudanzas Express Europa
Nueva fecha estimada de entrega: viernes 25 de septiembre

El retraso se debe a una incidencia en el centro de clasificación de Sevilla. No es necesario que haga nada.

Disculpe las molestias.
Envíos Rápidos Sur
"""
add(M(OTHER, "envio_retrasado_lamentablemente", lang="es",
      frm=("Envíos Rápidos Sur", "no-responder@enviosrapidossur.example.es"),
      from_enc=("iso-8859-1", "B"),
      subject="Su envío se ha retrasado", subject_enc=("utf-8", "B"),
      date="2026-09-23 08:11",
      text=_t, html=ats_card("Envíos Rápidos Sur", paras(_t), "No responda a este correo.",
                             accent="#dc2626", lang="es"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(OTHER, "inmobiliaria_entrevista_propietario", lang="es",
      contact="javier.rubio@inmotriana.example.es",
      frm=("Javier Rubio", "javier.rubio@inmotriana.example.es"),
      subject="Piso en calle Betis - visita y entrevista con el propietario",
      date="2026-10-05 17:25",
      text="""Hola, Siobhan:

El propietario del piso de la calle Betis ha aceptado tu solicitud de visita. Os propone veros el miércoles 7 a las 19:00 en el propio piso; aprovechará para hacerte una pequeña entrevista, porque prefiere conocer personalmente a los inquilinos.

Lleva, si puedes, el contrato de trabajo o la carta de oferta y tu NIE.

Un saludo,
Javier Rubio
Inmobiliaria Triana
"""))

add(M(OTHER, "amiga_no_me_han_cogido", lang="es",
      contact="marta.lozano@correo.example.es",
      frm=("Marta Lozano", "marta.lozano@correo.example.es"),
      subject="Al final nada...", date="2026-09-26 21:14",
      text="""¡Hola, Siobhan!

Te cuento: al final no me han cogido en la tienda de la Plaza Nueva. Me llamaron esta tarde para decirme que se quedaban con otra chica que tenía más experiencia en caja. Qué rabia, con lo bien que me fue la entrevista.

Bueno, ¿y tú qué tal con lo del hospital? ¿Quedamos el domingo para un café y me cuentas?

Besos,
Marta
""", charset="iso-8859-1", cte="8bit"))

_items = [
    ("7 consejos para tu próxima entrevista de trabajo",
     "https://blog.empleosur.example.es/consejos-entrevista",
     "De la preparación a la pregunta final: lo que los seleccionadores valoran de verdad."),
    ("Cómo responder a un rechazo sin cerrar puertas",
     "https://blog.empleosur.example.es/responder-rechazo",
     "Una plantilla de correo para pedir feedback tras una negativa."),
    ("Ofertas destacadas en Andalucía",
     "https://www.empleosur.example.es/destacadas",
     "Selección semanal de puestos en Sevilla, Málaga y Cádiz."),
]
_intro = "Esta semana en el blog de EmpleoSur: entrevistas, rechazos y las ofertas más vistas."
_foot = "Boletín semanal de EmpleoSur. Gestiona tus suscripciones: https://www.empleosur.example.es/suscripciones"
add(M(OTHER, "boletin_consejos_entrevista", lang="es",
      frm=("Blog EmpleoSur", "boletin@empleosur.example.es"),
      subject="7 consejos para tu próxima entrevista", date="2026-09-29 09:00",
      html=newsletter_html("EmpleoSur Blog", esc(_intro), _items, esc(_foot), lang="es",
                           accent="#b91c1c"),
      headers=lists("Boletin EmpleoSur <boletin.empleosur.example.es>",
                    "https://www.empleosur.example.es/suscripciones/baja?u=19",
                    "baja-boletin-19@empleosur.example.es")))

add(M(OTHER, "master_no_admitida", lang="es",
      frm=("Escuela de Negocios Hispalis - Admisiones", "admisiones-noreply@hispalis.example.es"),
      subject="Resolución de admisión - Máster en Dirección de Personas", date="2026-07-15 13:00",
      text="""Estimada Siobhan:

Le comunicamos que, tras la evaluación del comité de admisiones, su solicitud para el Máster en Dirección de Personas (edición executive, octubre 2026) no ha sido admitida.

El comité ha priorizado los perfiles con experiencia previa en departamentos de recursos humanos. Le animamos a solicitar nuestro Programa Superior en Gestión de Personas, que no exige este requisito.

Atentamente,
Oficina de Admisiones
Escuela de Negocios Hispalis
""", cte="base64", headers=[("Auto-Submitted", "auto-generated")]))

assert len(MESSAGES) == 52, len(MESSAGES)
_ = (CAND_ADDR, html_quote)
