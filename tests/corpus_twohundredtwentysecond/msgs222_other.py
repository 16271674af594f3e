"""Corpus 222: the 52 messages of kind `other` (en 33, de 6, fr 6, es 7), each written by hand.

Digests, advice, press and research requests, deliveries, friends, the candidate's own mail,
cold approaches, bank/landlord/school/doctor mail, auto-replies, network notifications and a
refused course place.
"""

from __future__ import annotations

from msgs222_common import (AUTO, AUTO_REPLIED, CAMILLE, CAND, CONOR, DEIRDRE, GARETH, JANA,
                            JORGE, MARTA, ORLA, PRIYA, SEBASTIAN, THOMOND_HR, digest_text,
                            forward, list_headers, m, mso, newsletter_html, outlook_html, paras,
                            reply, simple_html)

MESSAGES: list[dict] = []
add = MESSAGES.append


def _digest(slug: str, lang: str, frm: tuple[str, str], date: str, subject: str, title: str,
            intro: str, items: list[tuple[str, str, str]], footer: str, list_id: str,
            unsub: str, **extra: object) -> None:
    add(m("other", slug, lang, "", "", frm=frm, date=date, subject=subject,
          headers=list_headers(list_id, unsub, extra.pop("unsub_mail", None)),
          text=digest_text(title, intro, items, footer),
          html=newsletter_html(title, intro, items, footer, lang=lang,
                               accent=extra.pop("accent", "#0a6e5c")),
          cte=extra.pop("cte", "qp"), **extra))


# --------------------------------------------------------------------------- en: digests

_digest("jobshub_ireland_hr_alert", "en", ("JobsHub Ireland", "alerts-noreply@jobshub.example.ie"),
        "2026-01-12 07:00 +0000", "12 new HR jobs matching 'HR Generalist' near Limerick",
        "Your JobsHub alert: HR Generalist – Limerick (+50 km)",
        """Good morning Ailbhe, here are this week's new roles for your saved search. Employers
marked "Fast response" usually invite shortlisted candidates to interview within two
weeks, and tell unsuccessful applicants within a month.""",
        [("HR Generalist – Treaty City Foods, Limerick",
          "https://www.jobshub.example.ie/job/88120?utm_source=alert",
          "Food manufacturing, 150 staff. Fast response. Posted 2 days ago."),
         ("HR Coordinator – Shannon Freight Logistics, Shannon",
          "https://www.jobshub.example.ie/job/88133?utm_source=alert",
          "Logistics. Recruiter: Thomond Talent. Posted yesterday."),
         ("People & Culture Assistant – Ennis",
          "https://www.jobshub.example.ie/job/88141?utm_source=alert",
          "Hospitality group, part-time 30 hours. Posted today."),
         ("Career advice: how to answer 'why are you leaving retail?' at interview",
          "https://www.jobshub.example.ie/advice/leaving-retail?utm_source=alert",
          "Five answers that work, and two that got our readers rejected.")],
        "You're receiving this because you created a job alert on JobsHub Ireland. "
        "Manage alerts: https://www.jobshub.example.ie/alerts | Unsubscribe: "
        "https://www.jobshub.example.ie/u/ailbhe-7731",
        "<hr-generalist-limerick.alerts.jobshub.example.ie>",
        "https://www.jobshub.example.ie/u/ailbhe-7731")

_hr_pulse_items = [
    ("Rejected after a final interview? Here's what to do next",
     "https://hrpulse.example.ie/2026/02/rejected-after-final-interview",
     "Ask for feedback within a week, keep the door open, and don't take it personally."),
    ("Interview invitations: why more employers now send the questions in advance",
     "https://hrpulse.example.ie/2026/02/questions-in-advance",
     "A Galway retailer explains why it changed its process."),
    ("Offer letters: the five clauses to read twice",
     "https://hrpulse.example.ie/2026/02/offer-letter-clauses",
     "Probation, notice, restrictive covenants, hours and mobility."),
    ("Events: CIPD-style CPD evening in Cork, 26 February",
     "https://hrpulse.example.ie/events/cork-cpd",
     "Networking for people moving into HR from operations."),
]

add(m("other", "hr_pulse_weekly_html_only", "en", "", "",
      frm=("HR Pulse Weekly", "newsletter@hrpulse.example.ie"),
      date="2026-02-05 06:30 +0000",
      subject="HR Pulse Weekly: after the rejection, the interview questions in advance",
      headers=list_headers("HR Pulse Weekly <weekly.hrpulse.example.ie>",
                           "https://hrpulse.example.ie/unsubscribe?u=ae41",
                           "unsubscribe@hrpulse.example.ie"),
      html_cte="qp",
      html=newsletter_html("HR Pulse Weekly – 5 February 2026",
                           "This week: what to do when the answer is no, and why some employers "
                           "now share interview questions before the day.", _hr_pulse_items,
                           "HR Pulse, Unit 4, Mahon Industrial Estate, Cork. You subscribed at "
                           "hrpulse.example.ie. Unsubscribe any time.",
                           accent="#37474f")))

_cp_text = """THE CAREER PIVOT – issue 41
Moving from the shop floor into HR: the interview you should practise most

Hi there,

Most career changers prepare for the wrong interview. They polish answers about
their current job and forget that the panel is really asking one question: can you do
HR work without a year of hand-holding?

Three things that helped readers this month:

1. Translate your store experience. "I managed a team of 40" is weak. "I ran 12
disciplinary meetings last year and none went to the WRC" is strong.

2. Expect the rejection email before the offer. The average reader of this newsletter
receives four "we've decided to move forward with other candidates" emails for every
interview invitation. That is normal, not a verdict.

3. Don't cancel on a recruiter at short notice unless you have to. If an interview has to
be moved, suggest two alternative times in the same email.

Next issue: salary negotiation for your first HR role.

Róisín Clery
The Career Pivot

You are receiving this because you signed up at careerpivot.example.ie.
Unsubscribe: https://careerpivot.example.ie/unsubscribe/f31c"""

add(m("other", "career_pivot_advice_article", "en", "", "",
      frm=("The Career Pivot", "newsletter@careerpivot.example.ie"),
      date="2026-03-01 08:00 +0000",
      subject="Issue 41: the interview career changers should practise most",
      headers=list_headers("The Career Pivot <careerpivot.example.ie>",
                           "https://careerpivot.example.ie/unsubscribe/f31c"),
      cte="8bit",
      text=_cp_text))

add(m("other", "linkedly_jobs_you_may_like", "en", "", "",
      frm=("Linkedly Jobs", "jobs-noreply@linkedly.example.com"),
      date="2026-04-19 18:00 +0100",
      subject="Ailbhe, 8 new HR Generalist jobs in Cork, Shannon and Dublin",
      headers=list_headers("<jobs-digest.linkedly.example.com>",
                           "https://www.linkedly.example.com/comm/unsubscribe?t=jd&u=9921"),
      cte="qp",
      text=digest_text(
          "Jobs you may be interested in",
          "Based on your profile and your recent job searches.",
          [("HR Generalist – Ballyvolane Pharma, Cork",
            "https://www.linkedly.example.com/jobs/view/401122",
            "Be an early applicant · 14 applicants"),
           ("HR Advisor – Aerlinn Regional, Shannon",
            "https://www.linkedly.example.com/jobs/view/401187",
            "Actively recruiting · your profile matches 7 of 10 skills"),
           ("People Partner – Liffeyside Stores, Dublin",
            "https://www.linkedly.example.com/jobs/view/401203",
            "Reposted · the first posting closed without a hire")],
          "This email was intended for Ailbhe Moreau-Okonkwo. You are receiving Jobs digest "
          "emails. Unsubscribe: https://www.linkedly.example.com/comm/unsubscribe?t=jd&u=9921"),
      html=newsletter_html(
          "Jobs you may be interested in",
          "Based on your profile and your recent job searches.",
          [("HR Generalist – Ballyvolane Pharma, Cork",
            "https://www.linkedly.example.com/jobs/view/401122",
            "Be an early applicant · 14 applicants"),
           ("HR Advisor – Aerlinn Regional, Shannon",
            "https://www.linkedly.example.com/jobs/view/401187",
            "Actively recruiting · your profile matches 7 of 10 skills"),
           ("People Partner – Liffeyside Stores, Dublin",
            "https://www.linkedly.example.com/jobs/view/401203",
            "Reposted · the first posting closed without a hire")],
          "This email was intended for Ailbhe Moreau-Okonkwo. Unsubscribe any time.",
          accent="#0a66c2")))

_digest("jobtrawl_manchester_alert", "en", ("JobTrawl UK", "no-reply@jobtrawl.example.co.uk"),
        "2026-03-08 06:15 +0000", "Your daily alert: HR Advisor, Manchester (6 new)",
        "HR Advisor jobs in Manchester",
        "New since yesterday. Salaries shown are as advertised by the employer.",
        [("HR Advisor – Irwell Borough Council, £31,586 - £34,834",
          "https://www.jobtrawl.example.co.uk/j/55102", "Closing date 27 March. Interviews "
          "expected week commencing 20 April."),
         ("People Advisor – Northmill Stores, Manchester Arndale",
          "https://www.jobtrawl.example.co.uk/j/55117", "Retail. Hybrid."),
         ("HR Business Support Partner – Irk Valley Pharmaceuticals, Trafford Park",
          "https://www.jobtrawl.example.co.uk/j/55120", "Permanent. Shift-based site."),
         ("HR Assistant (12-month FTC) – Salford",
          "https://www.jobtrawl.example.co.uk/j/55131", "Maternity cover.")],
        "JobTrawl UK Ltd is registered in England. Stop these emails: "
        "https://www.jobtrawl.example.co.uk/alerts/stop?id=8812",
        "<hr-advisor-manchester.alerts.jobtrawl.example.co.uk>",
        "https://www.jobtrawl.example.co.uk/alerts/stop?id=8812", accent="#ad1457")

add(m("other", "ippi_member_news_events", "en", "", "",
      frm=("Institute of People Practice Ireland", "members-news@ippi.example.ie"),
      date="2026-05-06 12:00 +0100",
      subject="Member news: interview skills workshop, new CPD hours, Limerick branch AGM",
      headers=list_headers("IPPI Member News <members.ippi.example.ie>",
                           "https://ippi.example.ie/preferences?m=20417",
                           "leave-members@ippi.example.ie"),
      html_cte="b64",
      html=newsletter_html(
          "IPPI Member News – May 2026",
          "Dear member, here is what is happening across the Institute this month.",
          [("Workshop: running a fair competency-based interview (Limerick, 21 May)",
            "https://ippi.example.ie/events/interview-skills-limerick",
            "For line managers and new HR practitioners. 3 CPD hours."),
           ("Guidance: communicating unsuccessful outcomes to candidates",
            "https://ippi.example.ie/guidance/candidate-outcomes",
            "Our updated template letters, including post-interview feedback."),
           ("Limerick branch AGM and election of officers",
            "https://ippi.example.ie/branches/limerick/agm-2026",
            "Nominations for the position of branch secretary close on 30 May.")],
          "Institute of People Practice Ireland, 35 Baggot Street Lower, Dublin 2. "
          "Manage your preferences or unsubscribe on the member portal.",
          accent="#1b5e20")))

add(m("other", "harbourside_salary_guide_newsletter", "en", "", "",
      frm=("Harbourside Recruitment", "news@harbourside.example.ie"),
      date="2026-06-11 09:00 +0100",
      subject="Harbourside Salary Guide 2026: HR & Business Support",
      headers=list_headers("<market-update.harbourside.example.ie>",
                           "https://harbourside.example.ie/unsubscribe?c=sg26"),
      cte="qp",
      text="""HARBOURSIDE SALARY GUIDE 2026 – HR & BUSINESS SUPPORT

Hello,

Our 2026 guide is out. Some headlines from the HR market in Ireland this year:

- HR Generalist salaries in Dublin rose 4-6%; in Cork, Limerick and Galway 3-5%.
- Time from first interview to offer averaged 19 days, down from 26 in 2025.
- One in three candidates received a counter-offer before accepting a new role.
- Employers increasingly reject candidates who don't show HRIS experience, so it's
  worth listing the systems you've used, even as a line manager.

Download the full guide: https://harbourside.example.ie/salary-guide-2026

Harbourside Recruitment | 14 Sir John Rogerson's Quay, Dublin 2
Unsubscribe: https://harbourside.example.ie/unsubscribe?c=sg26""",
      html=simple_html(paras("""HARBOURSIDE SALARY GUIDE 2026 – HR & BUSINESS SUPPORT

Hello,

Our 2026 guide is out. Some headlines from the HR market in Ireland this year: HR
Generalist salaries in Dublin rose 4-6%; in Cork, Limerick and Galway 3-5%. Time from
first interview to offer averaged 19 days, down from 26 in 2025. One in three
candidates received a counter-offer before accepting a new role. Employers increasingly
reject candidates who don't show HRIS experience.

Download the full guide: https://harbourside.example.ie/salary-guide-2026""")
                       + '\n<p><a href="https://harbourside.example.ie/unsubscribe?c=sg26">'
                         "Unsubscribe</a></p>")))

add(m("other", "cvcraft_webinar_get_past_ats", "en", "", "",
      frm=("CVCraft Webinars", "webinars-noreply@cvcraft.example.com"),
      date="2026-02-20 15:00 +0000",
      subject="Live next Tuesday: why your CV is rejected before a human reads it",
      headers=list_headers("<webinars.cvcraft.example.com>",
                           "https://cvcraft.example.com/unsub?e=ailbhe.mo%40example.ie"),
      cte="qp",
      text="""Hi Ailbhe,

Join our free 45-minute webinar on Tuesday 24 February at 13:00 (Irish time).

You'll learn:
- why applicant tracking systems auto-reject up to 70% of CVs
- how to get more interview invitations from the same number of applications
- what to say when a recruiter asks to reschedule your interview

Save your seat: https://cvcraft.example.com/webinars/get-past-the-ats

Can't make it live? Register anyway and we'll send the recording.

The CVCraft team
Unsubscribe: https://cvcraft.example.com/unsub?e=ailbhe.mo%40example.ie""",
      html=simple_html(paras("""Hi Ailbhe,

Join our free 45-minute webinar on Tuesday 24 February at 13:00 (Irish time).

You'll learn why applicant tracking systems auto-reject up to 70% of CVs, how to get more
interview invitations from the same number of applications, and what to say when a
recruiter asks to reschedule your interview.""")
                       + '\n<p><a href="https://cvcraft.example.com/webinars/get-past-the-ats"'
                         ' style="background:#ff7043;color:#fff;padding:8px 14px">'
                         "Save your seat</a></p>")))

add(m("other", "insideview_interview_reviews", "en", "", "",
      frm=("InsideView", "notifications@insideview-jobs.example.com"),
      date="2026-04-20 19:30 +0100",
      subject="What candidates say about interviewing at Pennine Air",
      headers=AUTO + list_headers("<company-follow.insideview-jobs.example.com>",
                                  "https://insideview-jobs.example.com/settings/email"),
      cte="b64",
      text="""Hi Ailbhe,

You're following Pennine Air. Here are 3 new interview reviews from the last month:

"Assessment day was well organised: in-tray, role play, then a panel interview. I was
rejected a week later but got useful feedback." – HR Advisor candidate, Manchester

"Interview got moved twice, then they told me the role was filled internally." –
Operations Analyst candidate

"Received an offer after two rounds. Recruiter was great." – Cabin Crew Trainer candidate

Read all 41 interview reviews: https://insideview-jobs.example.com/pennine-air/interviews

Manage notifications: https://insideview-jobs.example.com/settings/email"""))

# --------------------------------------------------------------------------- en: requests

add(m("other", "podcast_shop_floor_to_hr_guest", "en", "", "kasia@shopfloortohr.example.ie",
      frm=("Kasia Wróbel", "kasia@shopfloortohr.example.ie"), name_enc=("utf-8", "B"),
      date="2026-03-11 20:14 +0000",
      subject="Guest on 'Shop Floor to HR'? (podcast interview)",
      cte="qp",
      text="""Hi Ailbhe,

I host "Shop Floor to HR", a small podcast for retail and hospitality managers moving
into people roles. Gearóid Hanrahan mentioned you're making exactly that move, and I'd
love to interview you for an episode.

It would be a relaxed 40-minute conversation, recorded remotely, about what you've
learnt so far: applications, interviews, the rejections, the lot. We'd publish in May.

Would you be up for it? Any Tuesday or Thursday evening in April works for me.

Thanks,
Kasia Wróbel
Host, Shop Floor to HR
https://shopfloortohr.example.ie"""))

add(m("other", "treaty_times_press_interview", "en", "", "d.moriarty@treatytimes.example.ie",
      frm=("Declan Moriarty", "d.moriarty@treatytimes.example.ie"),
      date="2026-01-22 11:37 +0000",
      subject="Press enquiry: retail footfall on O'Connell Street",
      cte="7bit",
      text="""Hi Ms Moreau-Okonkwo,

I'm a business reporter with the Treaty Times. We're putting together a feature on
city-centre retail in Limerick since the new transport plan came in, and your store was
suggested as one that has held its footfall.

Would you be available for a short phone interview this week, 15 minutes or so? I'd
also like to take a photo in the shop if head office is happy with that.

Best regards,
Declan Moriarty
Business Reporter, Treaty Times
087 555 0931"""))

add(m("other", "jobly_user_research_session", "en", "", "tess.humphreys@jobly.example.com",
      frm=("Jobly Research", "research-noreply@jobly.example.com"),
      reply_to=("Tess Humphreys", "tess.humphreys@jobly.example.com"),
      date="2026-04-28 14:00 +0100",
      subject="Help us improve Jobly – 30-minute research interview (€30 voucher)",
      cte="qp",
      text="""Hi Ailbhe,

I'm a user researcher at Jobly. You've used our app to track applications over the last
few months, and we'd love to learn from your experience.

We're inviting a small group of users to a 30-minute video interview about how they
keep track of applications, interview invitations and the replies they receive. There
are no right or wrong answers; we want to hear how you actually do it.

As a thank you, you'll receive a €30 One4All voucher.

If you're interested, reply to this email and I'll send you a booking link.

Tess Humphreys
User Researcher, Jobly""",
      html=simple_html(paras("""Hi Ailbhe,

I'm a user researcher at Jobly. You've used our app to track applications over the last
few months, and we'd love to learn from your experience.

We're inviting a small group of users to a 30-minute video interview about how they
keep track of applications, interview invitations and the replies they receive. There
are no right or wrong answers; we want to hear how you actually do it.

As a thank you, you'll receive a €30 One4All voucher.

If you're interested, reply to this email and I'll send you a booking link.

Tess Humphreys
User Researcher, Jobly"""))))

add(m("other", "recruiter_cold_approach_hrbp", "en", "", "hugo@peoplefirstsearch.example.ie",
      frm=("Hugo Tierney", "hugo@peoplefirstsearch.example.ie"),
      date="2026-02-27 08:41 +0000",
      subject="Quick question, Ailbhe",
      cte="qp",
      text="""Hi Ailbhe,

I came across your profile and was struck by your people-management record in retail.
I recruit HR professionals across Munster and I often work with clients who value
candidates who have run large teams before moving into HR.

I don't have a specific role to put in front of you today, but I'd welcome a 15-minute
call to understand what you're looking for so I can keep you in mind.

Would that be of interest?

Best,
Hugo Tierney
Principal Consultant, People First Search
Cork | +353 21 555 0455"""))

# --------------------------------------------------------------------------- en: life admin

add(m("other", "parceleire_package_delayed", "en", "", "",
      frm=("ParcelÉire", "no-reply@parceleire.example.ie"), name_enc=("utf-8", "B"),
      date="2026-02-14 10:22 +0000",
      subject="Unfortunately, your parcel is delayed – ParcelÉire",
      subj_enc=("utf-8", "B"),
      headers=AUTO,
      cte="qp",
      text="""Hi Ailbhe,

Unfortunately, your parcel PE 4471 0092 IE from HomeStyle Direct is delayed because of
severe weather affecting our Athlone hub.

New estimated delivery: Tuesday 17 February, between 09:00 and 13:00.

You don't need to do anything. If you'd like to reschedule the delivery or choose a
collection point instead, use the link below.

Manage your delivery: https://track.parceleire.example.ie/PE44710092IE

ParcelÉire
Please do not reply to this email.""",
      html=simple_html(paras("""Hi Ailbhe,

Unfortunately, your parcel PE 4471 0092 IE from HomeStyle Direct is delayed because of
severe weather affecting our Athlone hub.

New estimated delivery: Tuesday 17 February, between 09:00 and 13:00.

You don't need to do anything. If you'd like to reschedule the delivery or choose a
collection point instead, use the link below.""")
                       + '\n<p><a href="https://track.parceleire.example.ie/PE44710092IE">'
                         "Manage your delivery</a></p>")))

add(m("other", "trackmate_bike_gps_position", "en", "", "",
      frm=("TrackMate", "alerts@trackmate.example.com"),
      date="2026-06-27 22:48 +0100",
      subject="Position update: your bike moved outside its safe zone",
      headers=AUTO,
      cte="7bit",
      text="""TrackMate alert

Device: Ailbhe's commuter bike (TM-2291)
Event: left safe zone "Home - O'Callaghan Strand"
Current GPS position: 52.6641 N, 8.6309 W (Arthur's Quay, Limerick)
Speed: 0 km/h | Battery: 64%

Open the live map: https://app.trackmate.example.com/device/TM-2291/live

If you moved the bike yourself, you can ignore this alert.
You are receiving this notification because alerts are enabled for this device."""))

add(m("other", "shannon_credit_union_appointment", "en", "", "",
      frm=("Shannon Credit Union", "noreply@shannoncu.example.ie"),
      date="2026-08-12 09:30 +0100",
      subject="Your lending appointment is confirmed",
      headers=AUTO,
      cte="qp",
      text="""Dear Ailbhe,

Thank you for booking an appointment with Shannon Credit Union.

Appointment: Mortgage top-up consultation
Date: Thursday 20 August 2026, 12:30
Branch: Shannon Town Centre
Lending officer: Mr P. Culligan

To assess your position, please bring your two most recent payslips, a letter from your
new employer confirming your position and salary, and 6 months' bank statements.

If you need to cancel or move your appointment, call us on 061 555 0900.

Shannon Credit Union is regulated by the Central Bank of Ireland."""))

add(m("other", "landlord_inspection_rescheduled", "en", "", "bcolleran@colleranlettings.example.ie",
      frm=("Brendan Colleran", "bcolleran@colleranlettings.example.ie"),
      date="2026-03-18 12:55 +0000",
      subject="Inspection Friday – change of plan",
      cte="8bit",
      text="""Hi Ailbhe,

Unfortunately the boiler engineer has cancelled on me for Friday, so I'm going to
reschedule the annual inspection to Wednesday 25th at 9am, if that suits? I'd like him
there at the same time so we only disturb you once.

Also, just so you know, the position on the rent review is unchanged, no increase this
year.

Thanks,
Brendan
Colleran Lettings | 086 555 0144"""))

add(m("other", "school_parent_teacher_interviews", "en", "", "office@scoilide.example.ie",
      frm=("Scoil Íde Office", "office@scoilide.example.ie"), name_enc=("iso-8859-1", "Q"),
      date="2026-02-26 13:20 +0000",
      subject="Parent-teacher interviews – 5th class – Thursday 12 March",
      charset="iso-8859-1", cte="qp",
      text="""Dear Parent/Guardian,

Parent-teacher interviews for 5th class will take place on Thursday 12 March from
15:00 to 18:30. Each interview is 10 minutes.

Please book a slot for Oisín with Ms Ní Shé using the school app by Monday 9 March. If
none of the available times suit, contact the office and we will try to arrange an
alternative appointment.

Go raibh maith agaibh,
Scoil Íde Office
Corbally, Limerick"""))

add(m("other", "gp_appointment_rescheduled", "en", "", "",
      frm=("Castletroy Medical Centre", "appointments-noreply@castletroymc.example.ie"),
      date="2026-05-07 08:05 +0100",
      subject="Your appointment has been rescheduled",
      headers=AUTO,
      cte="qp",
      text="""Dear Ailbhe Moreau-Okonkwo,

Unfortunately Dr O'Halloran is unwell today and your appointment at 11:20 has been
cancelled. We have rescheduled you to Monday 11 May at 09:40 with Dr Sheehy.

If the new time does not suit, please reply STOP to the SMS or call reception on
061 555 0388. Please do not reply to this email.

Castletroy Medical Centre"""))

add(m("other", "flight_cancelled_rebooked", "en", "", "",
      frm=("SkyLark Connect", "noreply@skylark.example.com"),
      date="2026-03-23 05:40 +0000",
      subject="Your flight SK412 Shannon – Lyon has been cancelled",
      headers=AUTO,
      cte="b64",
      text="""Dear Ailbhe Moreau-Okonkwo,

We're sorry to tell you that your flight SK412 from Shannon to Lyon on Tuesday
24 March 2026 has been cancelled due to an operational issue.

We have rebooked you on SK416, departing Shannon at 16:05 on the same day and arriving
in Lyon at 19:40. Your booking reference (KQ7T2M) is unchanged.

If the new flight doesn't suit, you can choose another flight or request a refund in
Manage Booking: https://www.skylark.example.com/manage

You may also be entitled to compensation under Regulation (EC) 261/2004.

SkyLark Connect Customer Care""",
      html=simple_html(paras("""Dear Ailbhe Moreau-Okonkwo,

We're sorry to tell you that your flight SK412 from Shannon to Lyon on Tuesday
24 March 2026 has been cancelled due to an operational issue.

We have rebooked you on SK416, departing Shannon at 16:05 on the same day and arriving
in Lyon at 19:40. Your booking reference (KQ7T2M) is unchanged.

If the new flight doesn't suit, you can choose another flight or request a refund in
Manage Booking.

You may also be entitled to compensation under Regulation (EC) 261/2004.""")),
      html_cte="b64"))

add(m("other", "course_place_refused_certificate", "en", "", "admissions@mwil.example.ie",
      frm=("Admissions Office", "admissions@mwil.example.ie"),
      date="2026-08-20 15:10 +0100",
      subject="Your application: Certificate in HR Management (Part-time, Evening)",
      cte="qp",
      text="""Dear Ailbhe,

Thank you for applying for the Certificate in HR Management (Part-time, Evening) at the
Mid-West Institute of Learning, starting in September 2026.

We regret that we are unable to offer you a place on the programme. The September
cohort filled within two weeks of applications opening and places were allocated in
order of complete applications. You have been placed on the waiting list at position 6.

The programme runs again in January 2027, and applications open on 1 October.

Kind regards,
Admissions Office
Mid-West Institute of Learning, Moylish, Limerick"""))

# --------------------------------------------------------------------------- en: people

add(m("other", "friend_tells_of_her_bank_rejection", "en", "", "saoirse.nagle@mailbox.example.ie",
      frm=("Saoirse Nagle", "saoirse.nagle@mailbox.example.ie"),
      date="2026-04-03 22:31 +0100",
      subject="well that's that",
      cte="8bit",
      text="""Ails,

Didn't get the bank job. Got the email at 5 o'clock on a Friday, of course: "we have
decided not to progress your application at this time". After three interviews and a
presentation! I'm raging.

Anyway, how did yours go with the airline crowd? Tell me one of us is getting out of
retail this year.

Pints Saturday? I need them.

S x"""))

_tadhg_fwd = """Hi all,

We're hiring an HR Coordinator for our Limerick office (12-month contract, possibility of
extension). Please share with anyone who might be interested. Applications via the
careers page by 6 March.

Regards,
Una Byrne
HR Manager, Mid-West Energy Services"""

add(m("other", "friend_forwards_job_ad", "en", "", "tadhg.m@mailbox.example.ie",
      frm=("Tadhg Mulcahy", "tadhg.m@mailbox.example.ie"),
      date="2026-02-24 13:02 +0000",
      subject="Fwd: HR Coordinator – please share",
      cte="qp",
      text=forward("""Saw this on our intranet and thought of you straight away. I don't know
the HR crowd well but I can put in a word with Una if you apply.

T.""", "en", ("Una Byrne", "una.byrne@mwenergy.example.ie"), "Tue, 24 Feb 2026 at 10:15",
                   "HR Coordinator – please share", ("All Staff Limerick", "all.limerick@mwenergy.example.ie"),
                   _tadhg_fwd)))

add(m("other", "gaa_club_secretary_position", "en", "", "chair@stmunchinsgaa.example.ie",
      frm=("Pádraig Hartigan", "chair@stmunchinsgaa.example.ie"), name_enc=("iso-8859-1", "B"),
      date="2026-01-31 19:05 +0000",
      subject="Club secretary position",
      charset="iso-8859-1", cte="qp",
      text="""Hi Ailbhe,

As you know, Marian is stepping down as club secretary at the AGM in March. A few of us
on the committee think you'd be perfect for the position: organised, good with people
and not afraid of a rota.

There's no interview or anything like that! You'd just need to be nominated and
seconded before the 20th. Would you think about it? Happy to chat after training on
Tuesday.

Pádraig
Chairperson, St Munchin's GAA Club"""))

add(m("other", "mentor_coffee_calendar_request", "en", "", "grainne.doherty@mailbox.example.ie",
      frm=("Gráinne Doherty", "grainne.doherty@mailbox.example.ie"),
      date="2026-03-02 21:10 +0000",
      subject="Invitation: Coffee – your HR move @ Sat 7 Mar 2026 10:30 (GMT)",
      cte="qp",
      text="""Hi Ailbhe,

Sending an invite so it's in both our calendars. Bring the list of roles you've applied
for and we'll go through which interviews to prioritise. My treat!

Gráinne""",
      ics={"method": "REQUEST", "uid": "coffee-0307-grainne@mailbox.example.ie", "seq": 0,
           "start": "2026-03-07 10:30", "end": "2026-03-07 11:30", "tz": "Europe/Dublin",
           "summary": "Coffee – your HR move", "location": "The Buttery, Limerick",
           "organizer": ("Gráinne Doherty", "grainne.doherty@mailbox.example.ie"),
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}))

add(m("other", "pennine_recruiter_out_of_office", "en", "", GARETH[1],
      frm=GARETH, date="2026-05-20 08:02 +0100",
      subject="Automatic reply: HR Advisor – Ground Operations: assessment day",
      headers=AUTO_REPLIED,
      refs=["<20260520080100.reply.ailbhe@example.ie>"],
      charset="windows-1252", cte="qp",
      text="""Thank you for your email. I’m out of the office until Monday 1 June with limited
access to email.

For anything urgent relating to current recruitment campaigns, please contact
talent@pennineair.example.co.uk.

Gareth Lowe | Senior Recruiter – Ground Operations | Pennine Air"""))

add(m("other", "linkedly_new_position_congrats", "en", "", "",
      frm=("Linkedly", "notifications-noreply@linkedly.example.com"),
      date="2026-09-21 12:14 +0100",
      subject="14 people congratulated you on your new position",
      headers=AUTO,
      cte="qp",
      text="""Ailbhe, your network is celebrating with you

Orla Brennan, Saoirse Nagle and 12 others congratulated you on starting a new position
as HR Generalist at Aerlinn Regional.

Say thanks: https://www.linkedly.example.com/notifications/7712

Fiachra Moloney commented: "Great news, well deserved!"

You are receiving notification emails. Unsubscribe:
https://www.linkedly.example.com/comm/unsubscribe?t=nt&u=9921""",
      html=simple_html(paras("""Ailbhe, your network is celebrating with you

Orla Brennan, Saoirse Nagle and 12 others congratulated you on starting a new position
as HR Generalist at Aerlinn Regional.

Fiachra Moloney commented: "Great news, well deserved!\"""")
                       + '\n<p><a href="https://www.linkedly.example.com/notifications/7712">'
                         "Say thanks</a></p>")))

add(m("other", "linkedly_profile_views", "en", "", "",
      frm=("Linkedly", "notifications-noreply@linkedly.example.com"),
      date="2026-01-25 17:45 +0000",
      subject="You appeared in 23 searches this week",
      headers=AUTO,
      html_cte="qp",
      html=simple_html("""<h2 style="color:#0a66c2">Your weekly search stats</h2>
<p>Ailbhe, you appeared in <b>23 searches</b> this week.</p>
<p>People who searched for you work at: Corrib Retail Group, Harbourside Recruitment,
Thomond Talent.</p>
<p>Top search keyword: <i>HR generalist</i></p>
<p>A recruiter at Harbourside Recruitment viewed your profile.</p>
<p><a href="https://www.linkedly.example.com/me/search-appearances">See all searches</a></p>
<p style="font-size:11px;color:#888">You are receiving Linkedly notification emails.
<a href="https://www.linkedly.example.com/comm/unsubscribe?t=sa&u=9921">Unsubscribe</a></p>""")))

# --------------------------------------------------------------------------- en: own mail

_corrib_missed = """Hi Ailbhe,

I tried calling you twice at 10:00 for our chat but it went straight to voicemail both
times. I hope everything is OK.

Let me know if you'd still like to talk about the role.

Deirdre"""

add(m("other", "own_apology_missed_call_corrib", "en", "", "",
      key="corrib_sorry", parent="corrib_missed",
      frm=CAND, to=[DEIRDRE], date="2026-01-29 13:05 +0000",
      subject="Re: Missed call – HR Generalist",
      cte="qp",
      text=reply("""Hi Deirdre,

I'm so sorry about this morning. My phone was on silent after a night shift stock-take and
I only saw your missed calls now. Is there any chance we could try again? I'm free any
time tomorrow or Monday afternoon.

Apologies again,
Ailbhe""", "en", "Thu, 29 Jan 2026 at 10:24", DEIRDRE, _corrib_missed)))

add(m("other", "own_application_with_cv_pennine", "en", "", "",
      key="pennine_apply",
      frm=CAND, to=[("Pennine Air Recruitment", "recruitment@pennineair.example.co.uk")],
      date="2026-03-30 19:58 +0100",
      subject="Application – HR Advisor, Ground Operations (2210)",
      cte="qp",
      text="""Dear Recruitment Team,

Please find attached my CV for the HR Advisor – Ground Operations vacancy (ref. 2210).

I have managed a 45-person retail store in Limerick for six years, covering rostering,
absence management, disciplinary and grievance meetings, and recruitment for seasonal
peaks. I'm now moving into an HR generalist career and I'm especially interested in
operational environments like ground handling.

I'd welcome the chance to discuss my application at interview.

Kind regards,
Ailbhe Moreau-Okonkwo
+353 87 555 0463""",
      pdf=[{"filename": "CV_Ailbhe_Moreau-Okonkwo.pdf", "title": "Ailbhe Moreau-Okonkwo - CV",
            "lines": ["Limerick, Ireland | ailbhe.mo@example.ie | +353 87 555 0463", "",
                      "Store Manager, 2020-present: 45 staff, EUR 9m turnover",
                      "Assistant Store Manager, 2015-2020",
                      "Certificate in Employment Law (2024)",
                      "Languages: English, French, German (B2), Spanish (C1)"]}]))

add(m("other", "own_thank_you_after_panel_aerlinn", "en", "", "",
      key="aer_thanks", parent="aer_panel_moved",
      frm=CAND, to=[CONOR, ORLA], cc=[("Siobhán Tierney", "siobhan.tierney@aerlinn.example.ie")],
      date="2026-07-08 17:40 +0100",
      subject="Thank you – panel interview today",
      cte="qp",
      text="""Dear Conor, Orla and Siobhán,

Thank you for the panel interview this afternoon, and for moving it around Conor's
recovery. I really enjoyed the case discussion on station absence: it's exactly the kind
of problem I've been solving on the shop floor for years, and I'd love to solve it with
the right HR tools behind me.

Kind regards,
Ailbhe Moreau-Okonkwo"""))

_nm_chase = """Hi Priya,

I hope you're keeping well. I wanted to check in on the People Advisor role, since our
video call on the 24th was cancelled. I'm still very interested and can make most
mornings next week if you'd like to rebook.

Best wishes,
Ailbhe Moreau-Okonkwo"""

add(m("other", "own_follow_up_after_cancelled_call", "en", "", "",
      key="northmill_chase", parent="northmill_cancel",
      frm=CAND, to=[PRIYA], date="2026-04-06 09:14 +0100",
      subject="People Advisor – Manchester Arndale",
      cte="7bit",
      text=_nm_chase))

add(m("other", "own_declines_council_temporary_offer", "en", "", "",
      key="thomond_decline", parent="thomond_offer",
      frm=CAND, to=[THOMOND_HR], date="2026-08-04 10:02 +0100",
      subject="Re: Competition 2026/HR/04 – Offer of Temporary Appointment",
      cte="qp",
      text=reply("""Dear Ms Ní Bhriain,

Thank you very much for the offer of a temporary appointment as Grade IV Staff Officer
(Human Resources).

Since my interview in April I have accepted a permanent HR role with another employer,
so I must respectfully decline this offer. I would be grateful if I could remain on the
panel for any future permanent vacancies.

With thanks and kind regards,
Ailbhe Moreau-Okonkwo
Candidate number HR04-0077""", "en", "Tue, 28 Jul 2026 at 14:45", THOMOND_HR,
                 """Further to your interview on 22 April 2026, I am pleased to advise you that
you have been placed second on the panel for Grade IV Staff Officer (Human Resources).""")))

assert len(MESSAGES) == 33, len(MESSAGES)

# --------------------------------------------------------------------------- de

_digest("stellenfinder_alert_duesseldorf", "de",
        ("Stellenfinder", "benachrichtigung-noreply@stellenfinder.example.de"),
        "2026-02-09 06:45 +0100", "5 neue Jobs für „HR Generalist“ in Düsseldorf",
        "Ihr Suchauftrag: HR Generalist – Düsseldorf (25 km)",
        """Guten Morgen, hier sind die neuen Stellenangebote zu Ihrem Suchauftrag. Tipp: Viele
Arbeitgeber laden innerhalb von 14 Tagen zum Vorstellungsgespräch ein – Absagen kommen
oft erst nach Wochen.""",
        [("HR Generalist (m/w/d) – Rheinkauf Warenhaus, Düsseldorf-Stadtmitte",
          "https://www.stellenfinder.example.de/job/771203", "Vollzeit · Einzelhandel"),
         ("Personalreferent*in – Kö-Pharma Werke, Düsseldorf-Reisholz",
          "https://www.stellenfinder.example.de/job/771288", "Vollzeit · Pharma · Schicht"),
         ("Sachbearbeitung Personalgewinnung – Rheinauen Kreisverwaltung",
          "https://www.stellenfinder.example.de/job/771301", "TVöD E9a · befristet"),
         ("Ratgeber: So sagen Sie einen Vorstellungstermin richtig ab",
          "https://www.stellenfinder.example.de/ratgeber/termin-absagen",
          "Höflich, früh und mit Alternativvorschlag.")],
        "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden: "
        "https://www.stellenfinder.example.de/abmelden?s=hrg-dus",
        "<suchauftrag.stellenfinder.example.de>",
        "https://www.stellenfinder.example.de/abmelden?s=hrg-dus",
        subj_enc=("utf-8", "B"), accent="#e65100")

add(m("other", "rheinkauf_abwesenheitsnotiz", "de", "", JANA[1],
      frm=JANA, date="2026-03-04 07:31 +0100",
      subject="Abwesenheitsnotiz: Re: Einladung zum Vorstellungsgespräch – HR Generalist (m/w/d)",
      headers=AUTO_REPLIED,
      refs=["<20260304073000.bestaetigung.ailbhe@example.ie>"],
      cte="qp",
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 6. März, nicht im Büro und habe keinen Zugriff auf
meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie
sich bitte an personal@rheinkauf.example.de.

Mit freundlichen Grüßen
Jana Hoffmeister
Rheinkauf Warenhaus"""))

add(m("other", "buergerservice_termin_abgesagt", "de", "", "",
      frm=("Bürgerservice Düsseldorf-Mitte", "terminvergabe-noreply@buergerservice.example.de"),
      date="2026-07-02 16:20 +0200",
      subject="Ihr Termin wurde storniert – Anmeldung einer Wohnung",
      headers=AUTO,
      charset="iso-8859-1", cte="qp",
      text="""Guten Tag Frau Moreau-Okonkwo,

leider müssen wir Ihren Termin am Donnerstag, 9. Juli 2026, 08:40 Uhr (Anmeldung einer
Wohnung) wegen einer technischen Störung absagen. Bitte buchen Sie über das Online-Portal
einen neuen Termin.

Wir bitten um Ihr Verständnis.

Ihr Bürgerservice
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."""))

add(m("other", "own_entschuldigung_verpasster_termin", "de", "", "",
      key="koe_sorry", parent="koe_missed",
      frm=CAND, to=[SEBASTIAN], date="2026-04-29 11:40 +0100",
      subject="AW: Unser Termin heute um 9:30 Uhr",
      cte="qp",
      text=reply("""Sehr geehrter Herr Krämer,

es tut mir sehr leid, dass ich heute um 9:30 Uhr nicht im Teams-Meeting war. Die
Einladung ist in meinem Kalender eine Stunde später eingetragen worden (Zeitzone), das
habe ich leider zu spät bemerkt. Falls es möglich ist, würde ich mich sehr über einen
neuen Termin freuen.

Mit freundlichen Grüßen
Ailbhe Moreau-Okonkwo""", "de", "29.04.2026 um 10:05", SEBASTIAN,
                 """Frau Brandt und ich haben heute ab 9:30 Uhr bis etwa 9:50 Uhr im Teams-Meeting auf
Sie gewartet, leider ohne dass Sie sich eingewählt haben.""")))

add(m("other", "hausverwaltung_besichtigung_verschoben", "de", "",
      "vermietung@hv-benrath.example.de",
      frm=("Hausverwaltung Benrath", "vermietung@hv-benrath.example.de"),
      date="2026-06-24 11:05 +0200",
      subject="Besichtigung Paulsmühlenstraße 14 – neuer Termin",
      cte="8bit",
      text="""Sehr geehrte Frau Moreau-Okonkwo,

leider muss die Besichtigung der 2-Zimmer-Wohnung in der Paulsmühlenstraße 14 am
Samstag entfallen, da der Vormieter noch nicht ausgezogen ist. Wir können Ihnen
stattdessen Dienstag, 30. Juni, um 18:00 Uhr anbieten.

Bitte bringen Sie zur Besichtigung eine Selbstauskunft und, falls vorhanden, den
Arbeitsvertrag oder eine Bestätigung Ihres künftigen Arbeitgebers mit.

Mit freundlichen Grüßen
Katrin Lamers
Hausverwaltung Benrath · Hauptstraße 3 · 40597 Düsseldorf"""))

add(m("other", "sprachinstitut_kein_kursplatz", "de", "",
      "kurse@sprachinstitut-rheinufer.example.de",
      frm=("Sprachinstitut Rheinufer", "kurse@sprachinstitut-rheinufer.example.de"),
      date="2026-05-27 09:50 +0200",
      subject="Ihre Anmeldung: Deutsch B2 Beruf (Abendkurs, online)",
      subj_enc=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="8bit",
      text="""Sehr geehrte Frau Moreau-Okonkwo,

vielen Dank für Ihre Anmeldung zum Kurs „Deutsch B2 Beruf“ (Abendkurs, online) ab dem
8. Juni.

Leider können wir Ihnen keinen Platz in diesem Kurs anbieten: Alle 14 Plätze sind
bereits vergeben. Wir haben Sie auf die Warteliste gesetzt (Platz 3) und informieren Sie,
sobald ein Platz frei wird. Der nächste Kurs beginnt am 7. September.

Freundliche Grüße
Ihr Team vom Sprachinstitut Rheinufer""".replace("„", '"').replace("“", '"')))

# --------------------------------------------------------------------------- fr

_digest("emploi_rhone_alerte", "fr", ("EmploiRhône", "alertes-noreply@emploirhone.example.fr"),
        "2026-03-03 07:10 +0100", "Nouvelles offres : chargé(e) RH à Lyon (7)",
        "Votre alerte : chargé(e) RH – Lyon et alentours",
        """Bonjour, voici les offres publiées depuis votre dernière alerte. Conseil de la semaine :
relancez poliment dix jours après un entretien si vous n'avez pas eu de réponse.""",
        [("Chargée RH généraliste (H/F) – Laboratoires Fourvière, Lyon 7e",
          "https://www.emploirhone.example.fr/offre/330912", "CDI · Industrie pharmaceutique"),
         ("Assistante RH (H/F) – Maison Bellecour, Lyon 2e",
          "https://www.emploirhone.example.fr/offre/330945", "CDI · Commerce"),
         ("Gestionnaire RH – Université Rhône-Presqu'île",
          "https://www.emploirhone.example.fr/offre/330977", "Contrat de 12 mois"),
         ("Témoignage : « Trois refus, puis une offre : mon passage du magasin aux RH »",
          "https://www.emploirhone.example.fr/conseils/temoignage-magasin-rh",
          "Le parcours d'une ancienne directrice de magasin.")],
        "Vous recevez cet e-mail car vous avez créé une alerte sur EmploiRhône. "
        "Se désabonner : https://www.emploirhone.example.fr/alertes/stop?a=9921",
        "<alertes.emploirhone.example.fr>",
        "https://www.emploirhone.example.fr/alertes/stop?a=9921", accent="#283593")

add(m("other", "cadres_et_co_rebondir_apres_refus", "fr", "", "",
      frm=("Cadres & Co – la lettre", "lettre@cadresetco.example.fr"),
      date="2026-04-16 12:00 +0200",
      subject="Comment rebondir après un refus (et préparer le prochain entretien)",
      headers=list_headers("<lettre.cadresetco.example.fr>",
                           "https://cadresetco.example.fr/desinscription?u=ae22"),
      charset="windows-1252", cte="qp",
      text="""LA LETTRE CADRES & CO – n° 112

Comment rebondir après un refus

Un « nous ne donnerons pas suite à votre candidature » n’est jamais agréable, surtout
après plusieurs entretiens. Trois réflexes pour transformer la déception en progrès :

1. Demandez un retour précis, par écrit, dans la semaine qui suit.
2. Notez les questions qui vous ont mis en difficulté et préparez-les pour le prochain
   entretien.
3. Gardez le contact : un recruteur qui vous a vu en finale pensera à vous pour la
   prochaine offre.

À lire aussi : « Entretien reporté : comment réagir quand le recruteur annule ? »
https://cadresetco.example.fr/articles/entretien-reporte

Pour ne plus recevoir cette lettre : https://cadresetco.example.fr/desinscription?u=ae22"""))

add(m("other", "own_excuse_entretien_manque", "fr", "", "",
      key="fourviere_excuse", parent="fourviere_missed",
      frm=CAND, to=[CAMILLE], date="2026-03-25 17:10 +0000",
      subject="Re: Entretien de 14h – vous n'avez pas pu vous connecter ?",
      cte="qp",
      text=reply("""Bonjour Madame Berthelot,

Je suis vraiment désolée pour l'entretien de cet après-midi : la connexion Teams a
refusé de s'ouvrir sur mon ordinateur et votre numéro n'apparaissait pas dans
l'invitation. Serait-il possible de reprogrammer l'échange à une date qui vous convient ?

Bien cordialement,
Ailbhe Moreau-Okonkwo""", "fr", "mer. 25 mars 2026 à 14:35", CAMILLE,
                 """Arnaud Vidal et moi vous avons attendue sur Teams de 14h00 à 14h20 pour notre
entretien, mais vous ne nous avez pas rejoints.""")))

add(m("other", "master_grh_admission_refusee", "fr", "",
      "scolarite-master-grh@iglc.example.fr",
      frm=("Scolarité Master GRH", "scolarite-master-grh@iglc.example.fr"),
      date="2026-06-12 17:30 +0200",
      subject="Candidature Master 2 GRH en alternance – décision de la commission",
      cte="qp",
      text="""Madame,

La commission pédagogique du Master 2 Gestion des ressources humaines (parcours en
alternance) de l'Institut de gestion Lyon-Confluence s'est réunie le 10 juin 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la
rentrée de septembre 2026. La commission a reçu 312 dossiers pour 28 places.

Vous pouvez candidater de nouveau lors de la prochaine campagne, qui ouvrira en
février 2027.

Le service de scolarité
Institut de gestion Lyon-Confluence""",
      html=simple_html(paras("""Madame,

La commission pédagogique du Master 2 Gestion des ressources humaines (parcours en
alternance) de l'Institut de gestion Lyon-Confluence s'est réunie le 10 juin 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la
rentrée de septembre 2026. La commission a reçu 312 dossiers pour 28 places.

Vous pouvez candidater de nouveau lors de la prochaine campagne, qui ouvrira en
février 2027.

Le service de scolarité
Institut de gestion Lyon-Confluence"""), lang="fr")))

add(m("other", "banque_rendez_vous_conseiller", "fr", "", "",
      frm=("Banque Rhodanienne", "ne-pas-repondre@banque-rhodanienne.example.fr"),
      date="2026-04-02 08:00 +0200",
      subject="Confirmation de votre rendez-vous avec votre conseiller",
      subj_enc=("iso-8859-1", "Q"),
      headers=AUTO,
      charset="iso-8859-1", cte="qp",
      text="""Madame Moreau-Okonkwo,

Nous vous confirmons votre rendez-vous téléphonique avec M. Lefèvre, votre conseiller,
le mardi 7 avril 2026 à 12h15, au sujet de l'ouverture d'un compte non-résident.

Afin de faire le point sur votre situation, merci de préparer une pièce d'identité et un
justificatif de domicile.

En cas d'empêchement, vous pouvez annuler ou déplacer ce rendez-vous depuis votre espace
client.

Banque Rhodanienne - Agence Lyon Bellecour
Ce message est envoyé automatiquement, merci de ne pas y répondre."""))

add(m("other", "colis_malheureusement_retarde", "fr", "", "",
      frm=("ColisRapide", "suivi-noreply@colisrapide.example.fr"),
      date="2026-03-27 14:12 +0100",
      subject="Votre colis est malheureusement retardé",
      headers=AUTO,
      html_cte="b64",
      html=simple_html("""<div style="max-width:560px">
<h3>Votre colis 6A11872204519 est retardé</h3>
<p>Bonjour,</p>
<p>Malheureusement, votre colis expédié par Librairie Terreaux n'a pas pu être livré
dans les délais annoncés en raison d'un incident sur notre plateforme de Corbas.</p>
<p>Nouvelle date de livraison estimée : <b>mardi 31 mars</b>.</p>
<p>Vous pouvez choisir un autre jour ou un point relais :
<a href="https://www.colisrapide.example.fr/suivi/6A11872204519">suivre mon colis</a>.</p>
<p>Nous vous prions de nous excuser pour ce contretemps.</p>
<p style="font-size:11px;color:#777">Ceci est un message automatique.</p>
</div>""", lang="fr")))

# --------------------------------------------------------------------------- es

_digest("empleoya_alerta_irlanda", "es", ("EmpleoYa", "avisos-noreply@empleoya.example.es"),
        "2026-04-13 08:00 +0200", "Nuevas ofertas para ti: RR. HH. con inglés en Irlanda",
        "Tus ofertas de la semana: Recursos Humanos · Irlanda · español",
        """Hola, Ailbhe. Estas son las ofertas nuevas que encajan con tu búsqueda guardada.
Consejo: si te rechazan tras una entrevista, pide siempre un feedback concreto.""",
        [("Responsable de RR. HH. – tiendas Irlanda (Dublín) – Modas Albufera",
          "https://www.empleoya.example.es/oferta/118803", "Indefinido · Moda"),
         ("Técnica de RR. HH. – base de Dublín – Aerolíneas Cierzo",
          "https://www.empleoya.example.es/oferta/118821", "Indefinido · Aerolínea"),
         ("Responsable de Personas (Galway) – Supermercados Mirador",
          "https://www.empleoya.example.es/oferta/118840", "Nueva apertura"),
         ("Guía: cómo aplazar una entrevista sin perder puntos",
          "https://www.empleoya.example.es/guias/aplazar-entrevista",
          "Plantillas de correo incluidas.")],
        "Recibes este correo porque tienes una alerta activa en EmpleoYa. Darse de baja: "
        "https://www.empleoya.example.es/baja?u=77312",
        "<alertas.empleoya.example.es>", "https://www.empleoya.example.es/baja?u=77312",
        accent="#c62828")

add(m("other", "own_pide_cambiar_entrevista", "es", "", "",
      key="cierzo_ask", parent="cierzo_invite",
      frm=CAND, to=[JORGE], date="2026-05-21 07:55 +0100",
      subject="Re: Entrevista con Aerolíneas Cierzo",
      cte="qp",
      text=reply("""Hola Jorge:

Muchas gracias por la convocatoria. Lamentablemente, el miércoles 27 tengo una
inspección de la tienda que no puedo mover. ¿Sería posible cambiar la entrevista a
otro día de esa semana o de la siguiente?

Gracias y un saludo,
Ailbhe""", "es", "mié, 20 may 2026 a las 13:15", JORGE,
                 """Te propongo el miércoles 27 de mayo a las 11:00 (hora de Madrid, 10:00 en
Dublín) por Google Meet. Te adjunto la convocatoria; acéptala y te llegará el enlace.""")))

add(m("other", "amiga_cuenta_su_rechazo", "es", "", "ines.calatayud@correo.example.es",
      frm=("Inés Calatayud", "ines.calatayud@correo.example.es"), name_enc=("utf-8", "Q"),
      date="2026-05-16 23:02 +0200",
      subject="Me han dicho que no :(",
      subj_enc=("utf-8", "Q"),
      cte="8bit",
      text="""¡Hola guapa!

Te cuento: al final no me han cogido en la consultora de Madrid. Me llamaron esta
tarde para decirme que "han optado por un perfil más sénior" después de tres entrevistas.
Estoy fatal, la verdad, pero bueno, a seguir buscando.

¿Y tú qué? ¿Cómo va lo de la aerolínea y lo de la tienda de moda? Cuéntame algo bueno,
que lo necesito.

Un beso enorme,
Inés"""))

add(m("other", "podcast_gente_de_rrhh_invitacion", "es", "", "sergio@gentederrhh.example.es",
      frm=("Sergio Almansa", "sergio@gentederrhh.example.es"),
      date="2026-06-08 18:30 +0200",
      subject="¿Te animas a una entrevista para el podcast «Gente de RR. HH.»?",
      subj_enc=("utf-8", "B"),
      cte="b64",
      text="""Hola, Ailbhe:

Soy Sergio, presentador de «Gente de RR. HH.», un podcast sobre carreras en Recursos
Humanos. Lucía Ferrer me habló de tu salto de la gestión de tiendas a RR. HH. en Irlanda
y nos encantaría entrevistarte para un episodio sobre perfiles internacionales.

La grabación dura unos 45 minutos, en remoto, y podemos hacerla en julio cuando mejor te
venga. No hace falta preparar nada.

¿Te apetece? Un saludo,
Sergio Almansa
Gente de RR. HH. · https://gentederrhh.example.es"""))

add(m("other", "newsletter_entrevista_por_competencias", "es", "", "",
      frm=("Carrera Plus", "boletin@carreraplus.example.es"),
      date="2026-02-12 07:30 +0100",
      subject="Cómo preparar una entrevista por competencias (método STAR)",
      headers=list_headers("<boletin.carreraplus.example.es>",
                           "https://carreraplus.example.es/baja?id=55421",
                           "baja@carreraplus.example.es"),
      html_cte="qp",
      html=newsletter_html(
          "Carrera Plus – boletín semanal",
          "Esta semana nos centramos en las entrevistas por competencias, las más habituales "
          "en puestos de Recursos Humanos.",
          [("El método STAR paso a paso",
            "https://carreraplus.example.es/articulos/metodo-star",
            "Situación, tarea, acción y resultado: con ejemplos reales."),
           ("Diez preguntas que siempre aparecen en una entrevista de RR. HH.",
            "https://carreraplus.example.es/articulos/preguntas-rrhh",
            "Y cómo contestarlas si vienes de otro sector."),
           ("Después del «no»: cómo pedir feedback tras un rechazo",
            "https://carreraplus.example.es/articulos/feedback-rechazo",
            "Un correo breve que casi siempre recibe respuesta.")],
          "Recibes este boletín porque te suscribiste en carreraplus.example.es. "
          "Puedes darte de baja cuando quieras.", lang="es", accent="#6a1b9a")))

add(m("other", "albufera_respuesta_automatica", "es", "", MARTA[1],
      frm=MARTA, date="2026-05-05 08:03 +0200",
      subject="Respuesta automática: Entrevista – Responsable de RR. HH. Irlanda",
      headers=AUTO_REPLIED,
      refs=["<20260505080200.confirma.ailbhe@example.ie>"],
      cte="qp",
      text="""Hola:

Estoy fuera de la oficina hasta el jueves 7 de mayo, con acceso limitado al correo.
Responderé a tu mensaje a mi regreso. Para asuntos urgentes de Personas, escribe a
personas@albufera.example.es.

Gracias,
Marta Vidal Peris
Modas Albufera"""))

add(m("other", "localizador_posicion_maleta", "es", "", "",
      frm=("BagTrack", "avisos-noreply@bagtrack.example.es"),
      date="2026-03-24 21:15 +0100",
      subject="Posición de tu maleta: Aeropuerto de Lyon (LYS)",
      headers=AUTO,
      cte="qp",
      text="""Hola, Ailbhe:

Tu localizador BagTrack «Maleta azul» ha enviado una nueva posición GPS.

Última posición: Aeropuerto Lyon-Saint Exupéry, zona de recogida de equipajes, cinta 4
Coordenadas: 45.7256 N, 5.0811 E
Hora: 24/03/2026 21:12 (hora local)

Si tu maleta no aparece en la cinta, acude al mostrador de equipajes y muestra esta
posición al personal.

Ver en el mapa: https://app.bagtrack.example.es/mapa/BT-55102

El equipo de BagTrack"""))

assert len(MESSAGES) == 52, len(MESSAGES)
_unused = (ORLA, mso, outlook_html)
