"""Corpus 217, kind `other`: 52 hand-written specs (en 33, de 6, fr 6, es 7)."""

from msgs217_common import (
    ME,
    ats_card,
    attribution,
    digest_html,
    digest_text,
    forwarded_header,
    html_paras,
    outlook_header,
    quote,
    simple_html,
)

MESSAGES = []
add = MESSAGES.append
O = "other"


def _list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# =========================================================================== English: lists

_items = [
    ("Clinical Trial Coordinator - Corrib Clinical Research, Galway",
     "Full-time, permanent. Interviews will be held in late January.",
     "https://trialjobs.example.ie/j/88120"),
    ("Research Nurse / Study Coordinator - Claddagh University Hospital",
     "Specified purpose, 18 months. Closing 30 January.",
     "https://trialjobs.example.ie/j/88131"),
    ("Clinical Trial Assistant - Mourne Clinical, Belfast",
     "Hybrid. Phone screens start next week.",
     "https://trialjobs.example.ie/j/88154"),
    ("Site Activation Specialist - Rijnland Trial Partners, Leiden",
     "English-speaking team, relocation offered.",
     "https://trialjobs.example.ie/j/88177"),
    ("Clinical Research Associate I - Lee Valley Medical Devices, Cork",
     "Post-market studies; 2 years' experience preferred.",
     "https://trialjobs.example.ie/j/88190"),
]
_intro = ("Five new roles match your alert 'clinical trial coordinator - Ireland & UK'. "
          "Employers marked 'interviewing now' are moving quickly, so apply early.")
_foot = ("You are receiving this because you created a job alert on TrialJobs. "
         "Manage alerts: https://trialjobs.example.ie/alerts | Unsubscribe: "
         "https://trialjobs.example.ie/u/c217")
add(dict(
    kind=O, name="job_alert_digest_interviewing_now", lang="en", company="", contact="",
    frm=("TrialJobs Ireland", "alerts@trialjobs.example.ie"),
    date="2026-01-12 06:30 +0000",
    subject="5 new jobs for 'clinical trial coordinator' - interviewing now",
    text=digest_text("TrialJobs: your daily alert", _intro, _items, _foot),
    html=digest_html("TrialJobs: your daily alert", f"<p>{_intro}</p>", _items, _foot),
    headers=_list_headers("TrialJobs alerts <alerts.trialjobs.example.ie>",
                          "https://trialjobs.example.ie/u/c217", "unsubscribe@trialjobs.example.ie"),
))

_t = """ClinOps Weekly - Issue 112

THIS WEEK: The rejection email nobody teaches you to read

Every coordinator we spoke to for this issue has a folder of "unfortunately" emails. Our lead feature looks at what a soft rejection actually means ("we've decided to move forward with other candidates"), when it's worth asking for feedback, and why a role being "put on hold" often comes back to life six months later.

Also in this issue:
- Interview prep: the five ICH-GCP questions that come up in almost every CTA interview
  https://clinopsweekly.example.com/112/gcp-questions
- Offers: how to negotiate your first research salary without feeling awkward
  https://clinopsweekly.example.com/112/negotiate
- Jobs board: 38 new openings in Ireland, the UK and the Netherlands
  https://clinopsweekly.example.com/jobs

Read the full issue online: https://clinopsweekly.example.com/112

--
You're subscribed as oonagh.fb@example.ie. Unsubscribe: https://clinopsweekly.example.com/unsubscribe?u=c217
ClinOps Weekly, 5 Merrion Square, Dublin 2
"""
add(dict(
    kind=O, name="newsletter_about_rejections", lang="en", company="", contact="",
    frm=("ClinOps Weekly", "newsletter@clinopsweekly.example.com"),
    date="2026-02-14 07:00 +0000",
    subject="The rejection email nobody teaches you to read | ClinOps Weekly #112",
    text=_t, html=simple_html(html_paras(_t)),
    headers=_list_headers("ClinOps Weekly <weekly.clinopsweekly.example.com>",
                          "https://clinopsweekly.example.com/unsubscribe?u=c217",
                          "leave@clinopsweekly.example.com"),
))

_t = """Oonagh, your profile is getting noticed

3 people viewed your profile this week, including:
- A Talent Acquisition Partner at a clinical research organisation in Galway
- A Recruiter at Harbour & Hale
- Someone at Mara University

Want to know who else viewed you? Try Linkwork Premium free for one month.

This email was intended for Oonagh Ferreira-Blake (Dental Nurse | Aspiring Clinical Trial Coordinator).
Unsubscribe: https://www.linkwork.example.com/e/unsub/c217pv
"""
add(dict(
    kind=O, name="profile_views_notification", lang="en", company="", contact="",
    frm=("Linkwork", "notifications-noreply@linkwork.example.com"),
    date="2026-03-03 18:22 +0000",
    subject="Oonagh, 3 people viewed your profile this week",
    html=simple_html(html_paras(_t)),
    headers=[("List-Unsubscribe", "<https://www.linkwork.example.com/e/unsub/c217pv>"),
             ("X-Linkwork-Class", "PROFILE_VIEWS")],
))

_items = [
    ("Clinical Trial Coordinator - Elbtal Medizintechnik (Cork)",
     "Actively recruiting - 14 applicants", "https://www.linkwork.example.com/jobs/4411"),
    ("Clinical Study Coordinator - Rijnland Trial Partners (Leiden)",
     "Be an early applicant", "https://www.linkwork.example.com/jobs/4417"),
    ("Study Start-up Assistant - Spreewald Diagnostik (Dublin)",
     "Easy Apply", "https://www.linkwork.example.com/jobs/4420"),
]
_intro = "Based on your profile and job searches, here are new roles you may be interested in."
_foot = ("You're receiving job recommendation emails. Unsubscribe: "
         "https://www.linkwork.example.com/e/unsub/c217jr")
add(dict(
    kind=O, name="job_recommendations", lang="en", company="", contact="",
    frm=("Linkwork Jobs", "jobs-noreply@linkwork.example.com"),
    date="2026-04-07 08:05 +0100",
    subject="Clinical Trial Coordinator: 3 new jobs near you",
    text=digest_text("New jobs for you", _intro, _items, _foot),
    html=digest_html("New jobs for you", f"<p>{_intro}</p>", _items, _foot, "#0a66c2"),
    headers=[("List-Unsubscribe", "<https://www.linkwork.example.com/e/unsub/c217jr>")],
))

_t = """The Research Career Desk

12 questions you'll be asked in a clinical trial coordinator interview (and how to answer them)

By Sorcha Malone, former site manager

If you're coming into research from nursing, pharmacy or dental nursing, the interview will test two things: do you understand the regulations, and can you keep a study running when patients, sponsors and investigators all want different things?

1. "Talk me through informed consent." Don't recite the regulation. Describe a real conversation where you made sure a patient understood something.
2. "A participant misses a visit window. What do you do?" They want protocol deviation, documentation and PI notification, in that order.
3. "How do you prioritise when a monitor visit and a screening visit land on the same morning?"
...

Read all 12 with model answers: https://researchcareerdesk.example.com/articles/ctc-interview-questions

Next week: what to do when the offer is lower than you hoped.

You're receiving this because you subscribed at researchcareerdesk.example.com.
Unsubscribe: https://researchcareerdesk.example.com/unsubscribe/c217
"""
add(dict(
    kind=O, name="career_article_interview_questions", lang="en", company="", contact="",
    frm=("The Research Career Desk", "hello@researchcareerdesk.example.com"),
    date="2026-05-05 12:00 +0100",
    subject="12 questions you'll be asked in a CTC interview",
    text=_t, html=simple_html(html_paras(_t)),
    headers=_list_headers("Research Career Desk <articles.researchcareerdesk.example.com>",
                          "https://researchcareerdesk.example.com/unsubscribe/c217",
                          "unsubscribe@researchcareerdesk.example.com"),
))

_t = """Hi Oonagh,

I host Chairside Chats, a podcast for dental nurses and practice teams in Ireland (about 4,000 listeners, mostly nurses and hygienists). A mutual friend, Caoimhe from the IDNA branch, told me you're making the move into clinical research.

Would you be up for being interviewed on the show? We'd talk about why you decided to make the switch, what transferable skills you've found, and what surprised you along the way. It's relaxed, about 40 minutes, recorded remotely whenever suits you over the next few weeks.

No pressure at all. Let me know if you're interested and I'll send a few dates.

Thanks a million,
Ciara Madden
Chairside Chats | chairsidechats.example.ie
"""
add(dict(
    kind=O, name="podcast_interview_request", lang="en", company="",
    contact="ciara@chairsidechats.example.ie",
    frm=("Ciara Madden", "ciara@chairsidechats.example.ie"),
    date="2026-06-16 20:45 +0100",
    subject="Would you come on Chairside Chats for an interview?",
    text=_t,
))

_t = """Hi Oonagh,

I'm a user researcher at JobsWest. We're redesigning how job seekers track their applications and interviews on our site, and we'd love to hear about your experience.

Would you take part in a 30-minute research interview over video? There are no right or wrong answers; we just want to understand how you keep on top of your job search. As a thank-you, we'll send you a EUR 30 One4All voucher.

Book a slot that suits you: https://research.jobswest.example.ie/book/c217

Thanks,
Ronan Tierney
Senior User Researcher, JobsWest
"""
add(dict(
    kind=O, name="user_research_interview", lang="en", company="",
    contact="ronan.tierney@jobswest.example.ie",
    frm=("Ronan Tierney", "ronan.tierney@jobswest.example.ie"),
    date="2026-07-08 11:30 +0100",
    subject="Help us improve JobsWest - 30 min interview, EUR 30 voucher",
    text=_t, html=simple_html(html_paras(_t)),
))

_t = """Hi Oonagh,

Unfortunately, your parcel is delayed.

Tracking number: PP2026IE0448193
From: Dentalia Supplies
Original delivery date: Thursday 6 August
New estimated delivery: Monday 10 August

The delay is due to a problem at our sorting hub in Athlone. We're sorry for any inconvenience. You don't need to do anything; your parcel will be delivered automatically.

Track your parcel: https://parcelpoint.example.ie/track/PP2026IE0448193

ParcelPoint Ireland
This is an automated message, please don't reply.
"""
add(dict(
    kind=O, name="parcel_delayed_unfortunately", lang="en", company="", contact="",
    frm=("ParcelPoint", "noreply@parcelpoint.example.ie"),
    date="2026-08-06 07:41 +0100",
    subject="Unfortunately, your parcel is delayed",
    text=_t, html=ats_card("ParcelPoint", "#ffb703", html_paras(_t)),
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """TrackSafe alert: Bike tracker "Blue commuter"

Your tracker reported a new position outside its safe zone.

Position: 53.2743 N, 9.0512 W (near Eyre Square, Galway)
Time: 02 Sep 2026, 17:48 IST
Battery: 41%
Movement: stationary for 12 minutes

If this was you, no action is needed. If not, open the app to follow the live position or report the bike as stolen.

https://app.tracksafe.example.com/device/c217-blue

TrackSafe - you are receiving this alert because zone notifications are switched on.
"""
add(dict(
    kind=O, name="gps_tracker_position", lang="en", company="", contact="",
    frm=("TrackSafe Alerts", "alerts@tracksafe.example.com"),
    date="2026-09-02 17:49 +0100",
    subject="Position update: Blue commuter left its safe zone",
    text=_t,
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Oonagh,

Just heard back from the Galway Clinic and it's a no. They "decided to proceed with other applicants", after THREE interviews and a presentation. I'm raging. They didn't even ring, just a two-line email at 6pm on a Friday.

Anyway, I'm going to take the weekend off feeling sorry for myself and then go again. How are your applications going? Did you hear back from the Limerick crowd?

Wine on Saturday? I need it.

A x
"""
add(dict(
    kind=O, name="friend_tells_own_rejection", lang="en", company="",
    contact="aoife.nibhriain@mail.example.ie",
    frm=("Aoife Ní Bhriain", "aoife.nibhriain@mail.example.ie"),
    date="2026-03-20 18:22 +0000",
    subject="well that's that then",
    text=_t,
))

# ===================================================================== English: own sent mail

_t = """Dear Hiring Team,

I'm writing to apply for the Study Coordinator role advertised on your website. I attach my CV and a cover letter.

I'm a dental nurse in Galway with eight years of patient-facing experience, and I'd like to bring that into clinical research. I've completed ICH-GCP training and a certificate in clinical research coordination, and I'd be glad to travel to Plassey for an interview at any time.

Kind regards,
Oonagh Ferreira-Blake
087 555 3418
"""
add(dict(
    kind=O, name="own_application_sent", lang="en", company="", contact="",
    key="t10_own_apply",
    frm=ME, to=[("Shannon BioTrials Careers", "careers@shannonbiotrials.example.ie")],
    date="2026-07-13 20:41 +0100",
    subject="Application - Study Coordinator",
    text=_t,
    pdf=dict(filename="Oonagh_Ferreira-Blake_CV.pdf", title="Oonagh Ferreira-Blake - CV",
             lines=["Registered Dental Nurse, Galway (2018-present)",
                    "ICH-GCP certificate (2025); Certificate in Clinical Research Coordination",
                    "Languages: English, Portuguese, German (B2), French (B1), Spanish (B1)"]),
))

_t = """Dear Ruairí,

Thank you to you, Dr Nolan and Gráinne for this afternoon's interview. I really enjoyed hearing about the knee-implant follow-up study and how your team plans the site visits.

Having sat in on so many patient recalls in the practice, I'd love the chance to bring that to your investigator sites. I'm very keen on the role and look forward to hearing from you.

Kind regards,
Oonagh
"""
add(dict(
    kind=O, name="own_thank_you_after_panel", lang="en", company="", contact="",
    key="t5_own_thanks", parent="t5_update",
    frm=ME, to=[("Ruairí Brennan", "ruairi.brennan@liffeyortho.example.ie")],
    date="2026-02-26 18:05 +0000",
    subject="Thank you – Clinical Trial Coordinator interview",
    subject_enc=("utf-8", "Q"),
    text=_t,
))

_t = """Hi Siobhán,

Thank you so much for the invitation. I booked Tuesday 27th at 10:00 through the link, but I've just been rostered onto the orthodontic clinic that morning. Would it be possible to move the call to Thursday 29th any time after 13:00?

Apologies for the hassle, and thanks again.

Oonagh

""" + attribution("en", "2026-01-21 10:14", "Siobhán Keane via Greenhouse",
                  "no-reply@greenhouse-mail.io") + "\n" + quote("""Hi Oonagh,

Thanks so much for applying for the Clinical Trial Coordinator role here at Corrib Clinical Research. I've had a look through your application and I'd love to set up a 30-minute phone screen...

Please pick whichever slot suits you best using the link below.""")
add(dict(
    kind=O, name="own_reschedule_request", lang="en", company="", contact="",
    key="t1_own_move", parent="t1_invite",
    frm=ME, to=[("Siobhán Keane", "siobhan.keane@corribclinical.example.ie")],
    date="2026-01-22 19:48 +0000",
    subject="Re: Phone screen - Clinical Trial Coordinator",
    text=_t,
))

_t = """Dear Morag,

I'm so sorry about this morning's assessment centre. The 09:30 slot was the one thing I had planned around all week, and then my connecting bus from the airport never came and I couldn't get through to the unit's number.

I completely understand if it isn't possible, but if there is any chance of joining a later interview slot I would be really grateful.

With apologies,
Oonagh

""" + attribution("en", "2026-07-01 10:52", "Morag Sinclair",
                  "morag.sinclair@lothian-uni.example.ac.uk") + "\n" + quote("""Dear Oonagh,

We were expecting you at 09:30 this morning for the assessment centre for the Clinical Trial Coordinator post. We started the written exercise at 09:45 with the other candidates, and by the time the group task began at 10:30 you hadn't arrived.

I hope everything is all right. Please get in touch when you can.

Morag""")
add(dict(
    kind=O, name="own_apology_after_missed", lang="en", company="", contact="",
    key="t6_own_sorry", parent="t6_missed",
    frm=ME, to=[("Morag Sinclair", "morag.sinclair@lothian-uni.example.ac.uk")],
    date="2026-07-01 20:14 +0100",
    subject="Re: Apologies - assessment centre this morning",
    text=_t,
))

_t = """Hi Ciarán,

Further to your LinkedIn message, please find my CV attached. I'm a registered dental nurse with eight years' experience, and I've recently completed an ICH-GCP certificate and a short course in clinical research. I'd love to move into a trial coordinator or CTA role.

Kind regards,
Oonagh
"""
add(dict(
    kind=O, name="own_cv_to_agency", lang="en", company="", contact="", key="t7_own_cv",
    frm=ME, to=[("Ciarán Twomey", "ciaran.twomey@westpointrecruit.example.ie")],
    date="2026-01-07 21:15 +0000",
    subject="CV - Oonagh Ferreira-Blake",
    text=_t,
    pdf=dict(filename="CV_Oonagh_Ferreira-Blake.pdf", title="Oonagh Ferreira-Blake - CV",
             lines=["Registered Dental Nurse (NEBDN), Galway", "ICH-GCP (2025)",
                    "Seeking: Clinical Trial Assistant / Coordinator"]),
))

# ============================================================ English: life admin and people

_t = """Dear Oonagh,

Thank you for booking a mortgage appointment with Bank of Corrib.

Your appointment: Wednesday 6 May 2026 at 17:30
With: Padraic Geraghty, Mortgage Adviser
Where: Video call (link sent 24 hours before)

To help us understand your position, please have the following ready: your last three payslips, six months of current-account statements and your most recent employment detail summary from Revenue.

If you need to change or cancel, use the link below or call us on 1800 555 222.

Bank of Corrib
Bank of Corrib DAC is regulated by the Central Bank of Ireland.
This is an automated email. Please do not reply.
"""
add(dict(
    kind=O, name="bank_mortgage_appointment", lang="en", company="", contact="",
    frm=("Bank of Corrib", "no-reply@bankofcorrib.example.ie"),
    date="2026-04-29 12:15 +0100",
    subject="Your mortgage appointment is confirmed",
    text=_t, html=ats_card("Bank of Corrib", "#004b87", html_paras(_t),
                           button=("Manage appointment", "https://bankofcorrib.example.ie/appt")),
))

_t = """Hi Oonagh,

Thanks for your interest in the flat on Dominick Street. I've had a serious amount of interest, so I'm going to interview a few prospective tenants on Saturday between 11 and 1 rather than do open viewings. Would 11:40 suit you?

Bring a reference from your current landlord if you can. My position on the deposit is one month, plus the first month in advance.

Thanks,
Gerry Flaherty
"""
add(dict(
    kind=O, name="landlord_interviews_tenants", lang="en", company="",
    contact="gerry.flaherty@mail.example.ie",
    frm=("Gerry Flaherty", "gerry.flaherty@mail.example.ie"),
    date="2026-05-27 13:02 +0100",
    subject="Dominick Street flat - Saturday",
    text=_t,
))

_t = """Dear Parent/Guardian,

Parent-teacher meetings for Rang a Trí take place on Thursday 15 October from 15:00 to 18:00.

Your appointment with Ms Ní Chonaill is at 16:40 (10 minutes). If you can't attend at this time, please use the app to choose another slot or contact the school office.

Go raibh maith agaibh,
Scoil Bhríde Naofa, Shantalla, Galway

Sent via SchoolPing. Replies to this email are not monitored.
"""
add(dict(
    kind=O, name="school_parent_teacher_meeting", lang="en", company="", contact="",
    frm=("Scoil Bhríde Naofa via SchoolPing", "noreply@schoolping.example.ie"),
    date="2026-10-14 09:10 +0100",
    subject="Parent-teacher meeting - your appointment",
    text=_t,
))

_t = """Hello Oonagh,

Your appointment at Salthill Medical Centre has been rescheduled.

Old: Friday 5 June 2026, 09:15 with Dr Hession
New: Tuesday 9 June 2026, 11:30 with Dr Hession

Dr Hession is unavailable on the 5th. If the new time doesn't suit, please reply to this message or call reception on 091 555 119.

This is an automated reminder from Salthill Medical Centre.
"""
add(dict(
    kind=O, name="gp_appointment_rescheduled", lang="en", company="", contact="",
    frm=("Salthill Medical Centre", "reminders@salthillmedical.example.ie"),
    date="2026-06-02 16:40 +0100",
    subject="Appointment rescheduled - Salthill Medical Centre",
    text=_t,
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Thank you for your email. I'm out of the office until Monday 4 May with limited access to email.

For anything to do with your start date, contract or vetting, please contact our office on 01 555 6650 or hr@brigidfoundation.example.ie and a colleague will help.

Róisín Carey
HR & Operations Officer
Brigid's Children's Research Foundation
"""
add(dict(
    kind=O, name="out_of_office_hr", lang="en", company="",
    contact="roisin.carey@brigidfoundation.example.ie",
    frm=("Róisín Carey", "roisin.carey@brigidfoundation.example.ie"), frm_enc=("utf-8", "B"),
    date="2026-04-24 14:03 +0100",
    subject="Automatic reply: Signed contract and documents",
    text=_t,
    external_refs=["<CAO217signed.contract@mail.example.ie>"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

_t = """Dear Oonagh,

Application reference: PGT-2026-11873
Programme: MSc Clinical Research (full-time, September 2026)

Thank you for your application to Mara University. The programme committee has now considered your application carefully.

We regret that we are unable to offer you a place on this programme. Places were heavily oversubscribed this year, and priority went to applicants with a primary degree in a health science at 2.1 or above.

You may wish to consider our Postgraduate Certificate in Clinical Trials (part-time, online), which has places available for January 2027.

Postgraduate Admissions Office
Mara University

Please do not reply to this email; contact us via the applicant portal.
"""
add(dict(
    kind=O, name="msc_place_refused", lang="en", company="", contact="",
    frm=("Mara University Admissions", "noreply-admissions@marauni.example.ie"),
    date="2026-06-19 15:30 +0100",
    subject="Decision on your application PGT-2026-11873",
    text=_t, html=simple_html(html_paras(_t)),
))

_t = """Hi Oonagh,

I hope you don't mind me reaching out. I came across your profile and your move from dental nursing towards clinical research caught my eye.

I work with a handful of CROs and medtech firms across Munster and Connacht, and I often have clients who value people with strong patient-facing experience. I don't have a specific role to put to you right now, but I'd love a 15-minute call to learn what you're looking for, so I can keep you in mind.

Would any time next week suit?

Best,
Eabha Cronin
Principal Consultant, Quayside Talent
Albert Quay, Cork | +353 85 555 4470
"""
add(dict(
    kind=O, name="recruiter_cold_approach", lang="en", company="",
    contact="eabha@quaysidetalent.example.ie",
    frm=("Eabha Cronin", "eabha@quaysidetalent.example.ie"),
    date="2026-05-19 09:02 +0100",
    subject="Your move into clinical research",
    text=_t,
))

_t = """IDNA Members' Bulletin - February 2026

In this issue
- Position statement: the Association's position on dental nurses administering local anaesthetic under supervision
- Member interview: Siobhra Kenny on leaving chairside work for a research career at a Dublin CRO
- Appointments: congratulations to our new branch secretaries in Galway and Waterford
- CPD: infection control refresher, 14 March, Athlone (EUR 40 members)

Read the bulletin: https://idna.example.ie/bulletin/2026-02

Irish Dental Nurses' Association, 12 Fitzwilliam Square, Dublin 2
Update preferences or unsubscribe: https://idna.example.ie/prefs/c217
"""
add(dict(
    kind=O, name="association_bulletin", lang="en", company="", contact="",
    frm=("Irish Dental Nurses' Association", "bulletin@idna.example.ie"),
    date="2026-02-02 19:00 +0000",
    subject="IDNA Bulletin: position statement, member interview, appointments",
    text=_t, html=simple_html(html_paras(_t)),
    headers=_list_headers("IDNA Members <members.idna.example.ie>",
                          "https://idna.example.ie/prefs/c217", "leave-members@idna.example.ie"),
))

_t = """Hi Oonagh,

Unfortunately, 3 jobs you saved on JobsWest are no longer available:

- Clinical Trial Assistant, Kestrel Health Analytics (Dublin): the employer has closed this vacancy
- Research Assistant, Burren Health Study (Ennis): expired
- CTA, Ormeau Pharma Services (Belfast): expired

Don't worry: we found 7 similar jobs posted this week.
See them: https://jobswest.example.ie/similar?c217

JobsWest | Manage email preferences: https://jobswest.example.ie/prefs
"""
add(dict(
    kind=O, name="saved_jobs_expired", lang="en", company="", contact="",
    frm=("JobsWest", "no-reply@jobswest.example.ie"),
    date="2026-08-28 07:15 +0100",
    subject="Unfortunately, 3 of your saved jobs have closed",
    text=_t,
    headers=[("List-Unsubscribe", "<https://jobswest.example.ie/prefs>")],
))

_t = """Free webinar: How to ace your CRA interview

Thursday 9 April, 19:00 Irish time, online

Breaking into clinical research? Join recruiters from three CROs and a hiring manager from a Dublin hospital trials unit for an hour on what they look for in a first interview, the mistakes that cost people the offer, and how to talk about transferable skills.

Register free: https://clinicalacademy.example.com/webinars/cra-interview

Can't make it live? Register anyway and we'll send you the recording.

Clinical Academy Ireland | Unsubscribe: https://clinicalacademy.example.com/u/c217
"""
add(dict(
    kind=O, name="webinar_ace_your_interview", lang="en", company="", contact="",
    frm=("Clinical Academy Ireland", "events@clinicalacademy.example.com"),
    date="2026-03-26 10:00 +0000",
    subject="Webinar: How to ace your CRA interview (free)",
    text=_t, html=simple_html(html_paras(_t)),
    headers=_list_headers("Clinical Academy events <events.clinicalacademy.example.com>",
                          "https://clinicalacademy.example.com/u/c217",
                          "unsubscribe@clinicalacademy.example.com"),
))

_t = """Congratulate Niamh Breathnach on starting a new position

Niamh Breathnach started a new position as Clinical Trial Assistant at Corrib Clinical Research.

Say congrats: https://www.linkwork.example.com/feed/update/c217nb

You're receiving notifications about your network. Unsubscribe: https://www.linkwork.example.com/e/unsub/c217nw
"""
add(dict(
    kind=O, name="network_new_position", lang="en", company="", contact="",
    frm=("Linkwork", "notifications-noreply@linkwork.example.com"),
    date="2026-06-29 13:12 +0100",
    subject="Congratulate Niamh on her new position",
    html=simple_html(html_paras(_t)),
    html_cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.linkwork.example.com/e/unsub/c217nw>")],
))

_fw = forwarded_header("en", ("Burren Health Study", "jobs@burrenhealth.example.ie"),
                       "2026-09-09 16:00", "Vacancy: Research Coordinator (12 months)",
                       "staff-list@burrenhealth.example.ie") + """

The Burren Health Study is recruiting a Research Coordinator (12 months, Ennis) to manage participant visits for our community cohort. Experience of patient scheduling and data protection essential. Closing date 30 September. Apply with CV to jobs@burrenhealth.example.ie."""
_t = """Thought of you the minute I saw this! Ennis isn't that far and it's right up your street.

Méabh

""" + _fw
add(dict(
    kind=O, name="friend_forwards_job_ad", lang="en", company="",
    contact="meabh.hanrahan@mail.example.ie",
    frm=("Méabh Hanrahan", "meabh.hanrahan@mail.example.ie"), frm_enc=("iso-8859-1", "B"),
    date="2026-09-10 08:55 +0100",
    subject="Fwd: Vacancy: Research Coordinator (12 months)",
    text=_t,
))

_t = """Hi Oonagh,

Hope the new job search is going well! Bit of a favour: I'm going for a practice manager position in Oranmore and they've asked for two referees. Would you mind if I put you down? We worked together for three years, so you know me better than anyone.

They'd probably just ring you for five minutes. No worries at all if you'd rather not.

Thanks a mil,
Tomás
"""
add(dict(
    kind=O, name="colleague_asks_for_reference", lang="en", company="",
    contact="tomas.burke@mail.example.ie",
    frm=("Tomás Burke", "tomas.burke@mail.example.ie"),
    date="2026-10-20 21:10 +0100",
    subject="Quick favour - reference?",
    text=_t,
))

_t = """Hi all,

Rota for next week attached below. Main change: we still have no cover for the reception position on Tuesday morning, so Oonagh, could you float between reception and surgery 2 until 11? Orla's interview with the new hygienist candidate is at 9:30 in the back office, so please keep that room free.

Mon: Oonagh S1, Karen S2, Orla reception
Tue: Oonagh reception/S2 (until 11), Karen S1
Wed: Oonagh S1, Karen S2
Thu: Oonagh off (swapped with Karen 12 Feb)
Fri: Oonagh S2, Karen S1

Thanks,
Orla
Practice Manager, Wellpark Dental, Galway
"""
add(dict(
    kind=O, name="practice_rota_reception_position", lang="en", company="",
    contact="orla@wellparkdental.example.ie",
    frm=("Orla Mannion", "orla@wellparkdental.example.ie"),
    to=[ME, ("Karen Gill", "karen@wellparkdental.example.ie")],
    date="2026-01-29 17:20 +0000",
    subject="Rota w/c 2 Feb",
    text=_t,
))

_t = """Hello Oonagh,

You applied for a position with Dunmore Medical in January 2026. Under our privacy policy and the GDPR, we keep candidate data for six months after a recruitment process closes.

Your candidate profile and documents will be permanently deleted on 11 August 2026. If you'd like us to keep your profile for future opportunities, please renew your consent using the button below before that date.

Dunmore Medical Recruiting
"""
add(dict(
    kind=O, name="ats_data_retention_notice", lang="en", company="", contact="",
    frm=("Dunmore Medical", "noreply@smartrecruiters.com"),
    date="2026-07-28 09:00 +0100",
    subject="Your candidate data at Dunmore Medical",
    html=ats_card("Dunmore Medical", "#c8102e", html_paras(_t),
                  button=("Keep my profile", "https://jobs.smartrecruiters.com/DunmoreMedical/"
                          "consent")),
))

_t = """NCT appointment reminder

Vehicle: 12-G-4471
Appointment: Friday 15 May 2026 at 08:45
Centre: Galway (Ballybrit)

Please arrive 10 minutes early and bring your vehicle registration certificate. If you need to change your appointment, please do so at least 48 hours in advance at https://nct.example.ie/manage.

This is an automated message.
"""
add(dict(
    kind=O, name="car_test_appointment", lang="en", company="", contact="",
    frm=("NCT Bookings", "donotreply@nct.example.ie"),
    date="2026-05-08 06:00 +0100",
    subject="Reminder: your NCT appointment on 15 May",
    text=_t,
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Hi Oonagh,

Thanks so much for signing up to volunteer at this year's Galway Bay Marathon on Sunday 27 September!

I'm delighted to confirm your position as a first-aid steward at the 30 km water station (Silverstrand). Please come to the volunteer briefing on Thursday 24 September at 19:00 in the Salthill clubhouse to collect your hi-vis and lanyard.

Thanks again, we couldn't do it without you.

Sarah Joyce
Volunteer Coordinator, Galway Bay Marathon
"""
add(dict(
    kind=O, name="volunteer_position_confirmed", lang="en", company="",
    contact="sarah.joyce@galwaybaymarathon.example.ie",
    frm=("Sarah Joyce", "sarah.joyce@galwaybaymarathon.example.ie"),
    date="2026-08-14 19:30 +0100",
    subject="Your volunteer position - Galway Bay Marathon",
    text=_t,
))

_t = """Hi Oonagh,

You recently went through our recruitment process for the Research Coordinator (Oncology) role. Whatever the outcome, we'd really value your honest feedback about your experience as a candidate: the application, the trial day and how we communicated with you.

The survey takes about 3 minutes and is anonymous: https://apply.workable.com/survey/c217cctg

Thank you,
Cork Cancer Trials Group
"""
add(dict(
    kind=O, name="candidate_experience_survey", lang="en", company="", contact="",
    key="t19_survey",
    frm=("Cork Cancer Trials Group", "noreply@workablemail.com"),
    date="2026-05-28 10:00 +0100",
    subject="How was your candidate experience?",
    text=_t, html=ats_card("Cork Cancer Trials Group", "#7b2d8e", html_paras(_t)),
))

# ================================================================================== French

_t = """Madame, Monsieur,

Assistante dentaire depuis huit ans en Irlande et titulaire d'une formation aux Bonnes Pratiques Cliniques, je souhaite rejoindre une CRO lyonnaise comme coordinatrice d'études ou ARC junior. Vous trouverez ci-joint mon CV et ma lettre de motivation.

Bien cordialement,
Oonagh Ferreira-Blake
+353 87 555 3418
"""
add(dict(
    kind=O, name="own_candidature_spontanee", lang="fr", company="", contact="",
    key="t13_own_apply",
    frm=ME, to=[("Saône Recherche Clinique", "contact@saonerc.example.fr")],
    date="2026-06-01 21:30 +0100",
    subject="Candidature spontanée – coordinatrice / ARC junior",
    subject_enc=("utf-8", "Q"),
    text=_t,
    pdf=dict(filename="CV_Ferreira-Blake_FR.pdf", title="Oonagh Ferreira-Blake - CV",
             lines=["Assistante dentaire diplômée (Galway, depuis 2018)",
                    "Formation BPC / ICH-GCP (2025)",
                    "Langues : anglais, portugais, allemand (B2), français (B1), espagnol (B1)"]),
))

_t = """Bonjour,

Je suis absente du bureau jusqu'au lundi 16 mars inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter le service RH au 04 72 55 01 40.

Cordialement,
Mathilde Reynaud
Centre d'Investigation Clinique Confluence
"""
add(dict(
    kind=O, name="reponse_automatique_absence", lang="fr", company="",
    contact="mathilde.reynaud@cic-confluence.example.fr", key="t2_ooo",
    frm=("Mathilde Reynaud", "mathilde.reynaud@cic-confluence.example.fr"),
    date="2026-03-12 08:15 +0100",
    subject="Réponse automatique : Entretien du 19 mars - confirmation",
    subject_enc=("iso-8859-1", "Q"),
    text=_t.replace("\u2019", "'"), charset="iso-8859-1", cte="quoted-printable",
    external_refs=["<CAO217confirm.cic@mail.example.ie>"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

_t = """Bonjour Oonagh,

Je me permets de vous contacter après avoir vu votre profil : votre reconversion de l'assistance dentaire vers la recherche clinique m'a interpellée.

J'accompagne plusieurs laboratoires et CRO de la région lyonnaise qui recrutent régulièrement des profils juniors. Je n'ai pas de poste précis à vous proposer aujourd'hui, mais j'aimerais échanger un quart d'heure avec vous pour mieux comprendre votre projet.

Auriez-vous un moment la semaine prochaine ?

Bien cordialement,
Léa Fontaine
Consultante – Cabinet Lumière RH
15 rue Childebert, 69002 Lyon
"""
add(dict(
    kind=O, name="cabinet_prise_de_contact", lang="fr", company="",
    contact="lea.fontaine@lumiere-rh.example.fr",
    frm=("Léa Fontaine", "lea.fontaine@lumiere-rh.example.fr"),
    date="2026-07-22 10:40 +0200",
    subject="Votre projet en recherche clinique",
    text=_t,
))

_items = [
    ("Coordinateur·rice d'études cliniques – Hospices de Fourvière (Lyon 5e)",
     "CDD 12 mois – entretiens prévus début février", "https://emploisante-rhone.example.fr/o/5521"),
    ("Attaché·e de recherche clinique junior – Saône Recherche Clinique (Lyon 7e)",
     "CDI – télétravail partiel", "https://emploisante-rhone.example.fr/o/5530"),
    ("Technicien·ne d'études cliniques – Clinique des Brotteaux (Lyon 6e)",
     "CDI – temps plein", "https://emploisante-rhone.example.fr/o/5534"),
]
_intro = "Trois nouvelles offres correspondent à votre alerte « recherche clinique – Lyon »."
_foot = ("Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Santé Rhône. "
         "Se désabonner : https://emploisante-rhone.example.fr/desabonnement/c217")
add(dict(
    kind=O, name="alerte_emploi_lyon", lang="fr", company="", contact="",
    frm=("Emploi Santé Rhône", "alertes@emploisante-rhone.example.fr"),
    date="2026-04-20 07:00 +0200",
    subject="3 nouvelles offres pour votre alerte « recherche clinique – Lyon »",
    subject_enc=("utf-8", "B"),
    text=digest_text("Vos nouvelles offres", _intro, _items, _foot),
    html=digest_html("Vos nouvelles offres", f"<p>{_intro}</p>", _items, _foot, "#6a4c93", "fr"),
    headers=_list_headers("Alertes Emploi Sante Rhone <alertes.emploisante-rhone.example.fr>",
                          "https://emploisante-rhone.example.fr/desabonnement/c217",
                          "desabonnement@emploisante-rhone.example.fr"),
))

_t = """Bonjour Madame Ferreira-Blake,

Je vous confirme notre rendez-vous du jeudi 3 septembre à 18h00 en agence (12 rue Mercière, Lyon 2e) pour l'entretien d'ouverture de votre compte et le point sur votre situation professionnelle à votre arrivée en France.

Merci d'apporter une pièce d'identité, un justificatif de domicile et, si vous l'avez, votre promesse d'embauche ou votre contrat de travail.

Je reste à votre disposition d'ici là.

Cordialement,
Étienne Roussel
Conseiller clientèle – Banque Rhodanienne, agence Mercière
04 78 55 90 31
"""
add(dict(
    kind=O, name="banque_rendez_vous_entretien", lang="fr", company="",
    contact="etienne.roussel@banque-rhodanienne.example.fr",
    frm=("Étienne Roussel", "etienne.roussel@banque-rhodanienne.example.fr"),
    frm_enc=("utf-8", "Q"),
    date="2026-08-31 11:05 +0200",
    subject="Confirmation de notre rendez-vous du 3 septembre",
    text=_t, html=simple_html(html_paras(_t), "fr"),
))

_t = """La Lettre Carrières Santé – n° 58

Comment rebondir après un refus ?

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue » : cette phrase, tout le monde l'a lue un jour. Notre dossier du mois donne la parole à trois ARC qui ont essuyé des dizaines de refus avant de décrocher leur premier poste, et à une recruteuse qui explique ce que cachent les formules toutes faites.

Aussi dans ce numéro :
- Entretien : les questions pièges sur les BPC
  https://carrieres-sante.example.fr/58/bpc
- Offre d'emploi ou promesse d'embauche : quelles différences juridiques ?
  https://carrieres-sante.example.fr/58/promesse

Lire la lettre en ligne : https://carrieres-sante.example.fr/58

Se désinscrire : https://carrieres-sante.example.fr/desinscription/c217
"""
add(dict(
    kind=O, name="lettre_conseils_rebondir_refus", lang="fr", company="", contact="",
    frm=("Carrières Santé", "lettre@carrieres-sante.example.fr"),
    date="2026-09-16 08:30 +0200",
    subject="Comment rebondir après un refus ? – La Lettre n° 58",
    subject_enc=("utf-8", "Q"),
    text=_t, html=simple_html(html_paras(_t), "fr"),
    headers=_list_headers("La Lettre Carrieres Sante <lettre.carrieres-sante.example.fr>",
                          "https://carrieres-sante.example.fr/desinscription/c217",
                          "desinscription@carrieres-sante.example.fr"),
))

# ================================================================================== German

_t = """Liebe Frau Vogelsang,

vielen Dank für die Nachricht. Der neue Termin am Donnerstag, 16. April, um 15:00 Uhr MESZ passt mir sehr gut. Ich wähle mich dann über denselben Teams-Link ein.

Viele Grüße
Oonagh Ferreira-Blake

""" + attribution("de", "2026-04-09 08:44", "Katrin Vogelsang",
                  "k.vogelsang@elbtal-mt.example.de") + "\n" + quote("""Sehr geehrte Frau Ferreira-Blake,

leider muss ich unser Gespräch am Dienstag, 14. April, verschieben: Dr. Kowalski ist an diesem Tag kurzfristig bei einem Audit in Cork gebunden.

Neuer Termin: Donnerstag, 16. April 2026, 15:00 Uhr MESZ (14:00 Uhr in Irland), gleicher Teams-Link.""")
add(dict(
    kind=O, name="eigene_terminbestaetigung", lang="de", company="", contact="",
    key="t8_own_ok", parent="t8_moved",
    frm=ME, to=[("Katrin Vogelsang", "k.vogelsang@elbtal-mt.example.de")],
    date="2026-04-09 12:30 +0100",
    subject="AW: Terminverschiebung: Ihr Gespräch am 14.04.",
    subject_enc=("utf-8", "Q", "AW: "),
    text=_t, cte="quoted-printable",
))

_t = """Vielen Dank für Ihre Nachricht.

Ich bin ab heute Mittag bis einschließlich 13. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an jobs@elbtal-mt.example.de.

Mit freundlichen Grüßen
Katrin Vogelsang
Elbtal Medizintechnik GmbH
"""
add(dict(
    kind=O, name="abwesenheitsnotiz", lang="de", company="",
    contact="k.vogelsang@elbtal-mt.example.de", key="t8_ooo", parent="t8_own_ok",
    frm=("Katrin Vogelsang", "k.vogelsang@elbtal-mt.example.de"),
    date="2026-04-09 13:30 +0200",
    subject="Abwesenheitsnotiz: AW: Terminverschiebung: Ihr Gespräch am 14.04.",
    subject_enc=("utf-8", "B"),
    text=_t,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

_items = [
    ("Clinical Trial Assistant (m/w/d) – Isar Clinical Operations, Dublin",
     "Vollzeit · Englisch verhandlungssicher · Vorstellungsgespräche ab August",
     "https://stellenfeld.example.de/job/77101"),
    ("Studienkoordinator:in – Rheinauen Pharma, Standort Dublin",
     "Vollzeit · Homeoffice möglich", "https://stellenfeld.example.de/job/77113"),
    ("Clinical Study Coordinator (m/w/d) – Elbtal Medizintechnik, Cork",
     "Festanstellung", "https://stellenfeld.example.de/job/77125"),
]
_intro = "Hier sind die neuesten Stellen zu Ihrem Suchauftrag „Clinical Trial – Irland“."
_foot = ("Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei Stellenfeld angelegt haben. "
         "Abmelden: https://stellenfeld.example.de/abmelden/c217")
add(dict(
    kind=O, name="jobalert_stellenfeld", lang="de", company="", contact="",
    frm=("Stellenfeld Jobagent", "jobagent@stellenfeld.example.de"),
    date="2026-06-23 06:45 +0200",
    subject="3 neue Jobs für „Clinical Trial – Irland“",
    subject_enc=("utf-8", "Q"),
    text=digest_text("Ihr Jobagent", _intro, _items, _foot),
    html=digest_html("Ihr Jobagent", f"<p>{_intro}</p>", _items, _foot, "#1d3557", "de"),
    headers=_list_headers("Stellenfeld Jobagent <jobagent.stellenfeld.example.de>",
                          "https://stellenfeld.example.de/abmelden/c217",
                          "abmelden@stellenfeld.example.de"),
))

_t = """Liebe Frau Ferreira-Blake,

vielen Dank für Ihre Anmeldung zur Prüfung Deutsch B2 am Sprachzentrum Dublin.

Ihre Prüfungstermine:
- schriftliche Prüfung: Samstag, 7. März 2026, 9:00 Uhr
- mündliche Prüfung (Paargespräch mit zwei Prüfenden): Samstag, 7. März 2026, 14:20 Uhr

Bitte bringen Sie einen gültigen Lichtbildausweis mit. Eine Verschiebung ist bis zum 20. Februar kostenlos möglich.

Herzliche Grüße
Sabine Weber
Prüfungszentrum, Deutsches Sprachzentrum Dublin
"""
add(dict(
    kind=O, name="sprachpruefung_termine", lang="de", company="",
    contact="s.weber@sprachzentrum-dublin.example.ie",
    frm=("Sabine Weber", "s.weber@sprachzentrum-dublin.example.ie"),
    date="2026-02-11 10:20 +0000",
    subject="Ihre Prüfungstermine Deutsch B2",
    subject_enc=("utf-8", "B"),
    text=_t, cte="base64",
))

_t = """Karriere-Kompass Gesundheit – Ausgabe Mai

Absagen richtig verarbeiten

„Leider müssen wir Ihnen mitteilen …“: Kaum eine Formulierung löst so viel Frust aus. Wir erklären, was hinter Standardabsagen steckt, wann sich eine Nachfrage lohnt und wie Sie aus einem abgelehnten Vorstellungsgespräch das Beste für die nächste Bewerbung mitnehmen.

Außerdem:
- Gehaltsverhandlung nach dem Angebot: fünf Fehler
  https://karriere-kompass.example.de/mai/gehalt
- Vom Praxisteam in die klinische Forschung: drei Wege
  https://karriere-kompass.example.de/mai/quereinstieg

Newsletter abbestellen: https://karriere-kompass.example.de/abbestellen/c217
"""
add(dict(
    kind=O, name="newsletter_absagen_verarbeiten", lang="de", company="", contact="",
    frm=("Karriere-Kompass Gesundheit", "newsletter@karriere-kompass.example.de"),
    date="2026-05-25 07:30 +0200",
    subject="Absagen richtig verarbeiten – Karriere-Kompass Mai",
    subject_enc=("utf-8", "Q"),
    text=_t, html=simple_html(html_paras(_t), "de"),
    headers=_list_headers("Karriere-Kompass <news.karriere-kompass.example.de>",
                          "https://karriere-kompass.example.de/abbestellen/c217",
                          "abbestellen@karriere-kompass.example.de"),
))

_t = """Lieber Herr Huber,

danke für Ihre Nachricht und dafür, dass meine Bewerbung im Prozess bleibt. Für ein neues Telefoninterview könnte ich zu folgenden Zeiten (jeweils Ihre Zeit):

- Dienstag, 25. August, ab 10:00 Uhr
- Mittwoch, 26. August, 14:00 Uhr
- Donnerstag, 27. August, ganztägig

Meine Mobilnummer ist weiterhin +353 87 555 3418.

Viele Grüße
Oonagh Ferreira-Blake

""" + outlook_header("de", ("Maximilian Huber", "m.huber@isar-clinops.example.de"),
                     "2026-08-17 16:20", "Oonagh Ferreira-Blake",
                     "Abgesagt: Telefoninterview Clinical Trial Assistant (Dublin)") + """

Hallo Frau Ferreira-Blake,

ich muss unser Telefoninterview morgen um 14:00 Uhr leider absagen. Ihre Bewerbung bleibt selbstverständlich im Prozess. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag."""
add(dict(
    kind=O, name="eigene_terminvorschlaege", lang="de", company="", contact="",
    key="t11_own_times", parent="t11_cancel",
    frm=ME, to=[("Maximilian Huber", "m.huber@isar-clinops.example.de")],
    date="2026-08-18 09:05 +0100",
    subject="AW: Abgesagt: Telefoninterview Clinical Trial Assistant (Dublin)",
    text=_t,
))

# ================================================================================= Spanish

_t = """Hola Lucía:

Muchas gracias a ti y al Dr. Prieto por la entrevista de ayer. Me encantó conocer el equipo y los estudios de cardiología que tenéis en marcha, y salí todavía con más ganas de formar parte de la Fundación.

Si necesitáis cualquier documento más, decídmelo.

Un saludo,
Oonagh
"""
add(dict(
    kind=O, name="agradecimiento_propio", lang="es", company="", contact="",
    key="t4_own_thanks", parent="t4_moved",
    frm=ME, to=[("Lucía Benítez", "lucia.benitez@fmic.example.es")],
    date="2026-05-21 09:40 +0100",
    subject="Gracias por la entrevista",
    text=_t, charset="iso-8859-1", cte="8bit",
))

_t = """Estimada Oonagh Ferreira-Blake:

Le comunicamos la resolución de su solicitud de admisión al Máster Universitario en Monitorización de Ensayos Clínicos (curso 2026-2027).

Una vez baremadas todas las solicitudes, lamentamos informarle de que no ha obtenido plaza. Su solicitud queda en la posición 14 de la lista de espera. Si se produjeran vacantes antes del 15 de septiembre, nos pondríamos en contacto con usted.

Atentamente,
Servicio de Admisión de Posgrado
Universidad del Manzanares

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
"""
add(dict(
    kind=O, name="master_sin_plaza", lang="es", company="", contact="",
    frm=("Universidad del Manzanares - Admisión", "no-responder@umanzanares.example.es"),
    date="2026-07-17 14:00 +0200",
    subject="Resolución de admisión - Máster en Monitorización de Ensayos Clínicos",
    subject_enc=("iso-8859-1", "Q"),
    text=_t.replace("–", "-"), html=simple_html(html_paras(_t), "es"),
    charset="iso-8859-1", cte="quoted-printable", html_charset="utf-8",
))

_items = [
    ("Coordinador/a de Ensayos Clínicos - Hospital Universitario Retiro",
     "Madrid · Jornada completa · Entrevistas en abril", "https://empleoclinico.example.es/o/3301"),
    ("Clinical Trial Assistant - Castellana Trials",
     "Madrid · Híbrido", "https://empleoclinico.example.es/o/3307"),
    ("Técnico/a de Investigación Clínica - Instituto Cibeles",
     "Madrid · Contrato por obra", "https://empleoclinico.example.es/o/3312"),
    ("Study Start-up Associate - Fundación Manzanares",
     "Madrid · Incorporación inmediata", "https://empleoclinico.example.es/o/3319"),
]
_intro = "Estas son las nuevas ofertas que encajan con tu alerta «ensayos clínicos Madrid»."
_foot = ("Recibes este correo porque tienes alertas activas en EmpleoClínico. "
         "Darte de baja: https://empleoclinico.example.es/baja/c217")
add(dict(
    kind=O, name="alerta_empleo_madrid", lang="es", company="", contact="",
    frm=("EmpleoClínico", "alertas@empleoclinico.example.es"),
    date="2026-03-30 07:15 +0200",
    subject="4 ofertas nuevas para «ensayos clínicos Madrid»",
    subject_enc=("utf-8", "Q"),
    text=digest_text("Tus nuevas ofertas", _intro, _items, _foot),
    html=digest_html("Tus nuevas ofertas", f"<p>{_intro}</p>", _items, _foot, "#d62828", "es"),
    headers=_list_headers("Alertas EmpleoClinico <alertas.empleoclinico.example.es>",
                          "https://empleoclinico.example.es/baja/c217",
                          "baja@empleoclinico.example.es"),
))

_t = """Hola Oonagh:

Te confirmo la cita para preparar tu declaración de la renta de no residente y revisar tu situación con Hacienda antes de la posible mudanza: martes 12 de mayo a las 18:30 en el despacho (calle de Toledo 41, 1.º izq.).

Tráete el NIE, el certificado de residencia fiscal en Irlanda y, si ya lo tienes, el contrato o la oferta del nuevo puesto.

Un saludo,
Álvaro Cuesta
Gestoría Cuesta & Molina
91 555 22 84
"""
add(dict(
    kind=O, name="gestoria_cita_renta", lang="es", company="",
    contact="alvaro@cuestamolina.example.es",
    frm=("Álvaro Cuesta", "alvaro@cuestamolina.example.es"), frm_enc=("iso-8859-1", "Q"),
    date="2026-05-07 17:50 +0200",
    subject="Cita martes 12 - renta",
    text=_t,
))

_t = """Boletín Empleo Sanitario – septiembre

Cinco consejos para tu próxima entrevista de trabajo en investigación clínica

1. Prepara un ejemplo concreto de cómo gestionaste a un paciente difícil.
2. Repasa las Buenas Prácticas Clínicas: casi siempre preguntan por el consentimiento informado.
3. Lleva preguntas sobre el equipo y los estudios en marcha.
4. Si te rechazan, pide feedback: muchas empresas lo dan si se lo pides con educación.
5. Ante una oferta, no aceptes en el momento: pide unos días para pensarlo.

Leer el artículo completo: https://empleosanitario.example.es/boletin/septiembre

Darte de baja del boletín: https://empleosanitario.example.es/baja/c217
"""
add(dict(
    kind=O, name="boletin_consejos_entrevista", lang="es", company="", contact="",
    frm=("Empleo Sanitario", "boletin@empleosanitario.example.es"),
    date="2026-09-23 09:00 +0200",
    subject="Cinco consejos para tu próxima entrevista",
    subject_enc=("utf-8", "Q"),
    text=_t, html=simple_html(html_paras(_t), "es"),
    headers=_list_headers("Boletin Empleo Sanitario <boletin.empleosanitario.example.es>",
                          "https://empleosanitario.example.es/baja/c217",
                          "baja@empleosanitario.example.es"),
))

_t = """Hola, Oonagh:

Soy periodista de la sección de Sociedad de Diario del Manzanares. Estoy preparando un reportaje sobre profesionales sanitarios que se reconvierten hacia la investigación clínica, y Lucía Benítez, de la Fundación Manzanares, me ha dado tu contacto.

¿Te importaría que te hiciera una entrevista de unos 20 minutos, por teléfono o en persona? Me interesa sobre todo tu experiencia al pasar de auxiliar de clínica dental en Irlanda a coordinar ensayos en Madrid.

Gracias de antemano,
Nerea Gallardo
Diario del Manzanares
+34 611 55 80 42
"""
add(dict(
    kind=O, name="periodista_pide_entrevista", lang="es", company="",
    contact="nerea.gallardo@diariomanzanares.example.es",
    frm=("Nerea Gallardo", "nerea.gallardo@diariomanzanares.example.es"),
    date="2026-10-06 12:25 +0200",
    subject="Entrevista para un reportaje",
    text=_t,
))

_t = """Hola Lucía:

¡Muchísimas gracias por la oferta! Me hace muchísima ilusión.

Antes de responder formalmente, ¿sería posible tener hasta el lunes 8 de junio para pensarlo? Estoy cerrando otro proceso en Irlanda y quiero tomar la decisión con calma y ser justa con todos.

Un saludo y gracias de nuevo,
Oonagh

""" + attribution("es", "2026-06-03 11:11", "Lucía Benítez",
                  "lucia.benitez@fmic.example.es") + "\n" + quote("""Hola Oonagh:

Ha sido un placer conocerte. Tras las entrevistas, el Dr. Prieto y yo tenemos claro que eres la persona que buscamos, así que tengo el gusto de ofrecerte el puesto de Coordinadora de Ensayos Clínicos en la Fundación.

¿Podrías confirmarnos si aceptas antes del 10 de junio?""")
add(dict(
    kind=O, name="respuesta_propia_a_oferta", lang="es", company="", contact="",
    key="t4_own_reply", parent="t4_offer",
    frm=ME, to=[("Lucía Benítez", "lucia.benitez@fmic.example.es")],
    date="2026-06-04 08:30 +0100",
    subject="RE: Oferta – Coordinadora de Ensayos Clínicos",
    subject_enc=("utf-8", "Q", "RE: "),
    text=_t,
))
