"""Corpus 267: the 52 messages of kind `other`, each written by hand: digests, newsletters,
advice, requests that use "interview" in another sense, notifications, auto-replies,
her own sent mail, a friend's news, and mail where appointments, positions and refusals
have nothing to do with a job application."""

from __future__ import annotations

from msgs267_common import (
    AUTO_GEN,
    AUTO_REPLY,
    CAND,
    M,
    ats_card,
    cand_sig,
    forwarded,
    list_headers,
    mso,
    newsletter,
    on_wrote,
    outlook_html,
    paras,
    plain_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# o01 -- job-board digest (en)
_items = [
    ("Office Manager - Killarney, Co. Kerry", "Hotel group head office. Interviews will be held the week of 9 March.", "https://jobswest.example.ie/j/88121?src=digest"),
    ("Practice Administrator - Tralee", "Busy GP practice. Immediate start; the position suits someone with rota experience.", "https://jobswest.example.ie/j/88164?src=digest"),
    ("Front Office Supervisor - Kenmare", "Seasonal to October. Apply by Friday; shortlisted candidates invited to interview.", "https://jobswest.example.ie/j/88170?src=digest"),
    ("Office Coordinator - Cork City", "Tech scale-up. Hybrid. Two-stage interview process.", "https://jobswest.example.ie/j/88202?src=digest"),
]
add(M(
    kind="other", name="jobswest_digest", lang="en",
    date="2026-03-02 06:30 +0000",
    frm=("JobsWest Alerts", "alerts@jobswest.example.ie"),
    subject="4 new jobs for 'office manager' in Kerry & Cork",
    text="""Hi Saoirse,

Here are this week's new jobs matching your alert "office manager" (Kerry, Cork).

""" + "\n\n".join(f"{t}\n{s}\n{u}" for t, s, u in _items) + """

Tip: employers say they are interviewing faster this spring, so apply early.

You're receiving this because you created a job alert on JobsWest.
Manage alerts: https://jobswest.example.ie/alerts
Unsubscribe: https://jobswest.example.ie/u/3b91d
""",
    html=newsletter("JobsWest", "<p>Hi Saoirse, here are this week's new jobs matching your alert <b>office manager</b> (Kerry, Cork).</p>",
                    _items, footer_html='You\'re receiving this because you created a job alert. <a href="https://jobswest.example.ie/alerts">Manage alerts</a> · <a href="https://jobswest.example.ie/u/3b91d">Unsubscribe</a>'),
    html_cte="qp",
    headers=list_headers("JobsWest job alerts <alerts.jobswest.example.ie>",
                         "https://jobswest.example.ie/u/3b91d", "unsubscribe@jobswest.example.ie"),
))

# o02 -- career newsletter about rejection (en)
_t = """CAREER BITES - Issue 41

Rejected after the final interview? Here's what to do next

It stings. You got through the phone screen, the panel and maybe even a trial day, and then the email arrives: "Unfortunately, we have decided not to proceed with your application." Before you close the laptop, three things are worth doing:

1. Reply graciously and ask for one specific piece of feedback.
2. Write down every question you were asked while it's fresh.
3. Ask whether they'd keep you in mind for future positions. Second-choice candidates are hired more often than you'd think.

Also in this issue: moving from hospitality into office management, and how to talk about gaps on your CV.

Read online: https://careerbites.example.com/issues/41
Unsubscribe: https://careerbites.example.com/unsub?u=saoirse"""
add(M(
    kind="other", name="newsletter_after_rejection", lang="en",
    date="2026-04-16 07:00 +0100",
    frm=("Career Bites", "hello@careerbites.example.com"),
    subject="Rejected after the final interview? Here's what to do next",
    text=_t,
    html=plain_html(paras(_t)), html_cte="qp",
    headers=list_headers("Career Bites <weekly.careerbites.example.com>",
                         "https://careerbites.example.com/unsub?u=saoirse"),
))

# o03 -- advice article, HTML only (en)
add(M(
    kind="other", name="advice_panel_interview_html", lang="en",
    date="2026-02-05 12:00 +0000",
    frm=("The Office Pro", "newsletter@theofficepro.example.com"),
    subject="How to prepare for a panel interview (and what the panel is really looking for)",
    html=newsletter(
        "The Office Pro",
        "<h2>How to prepare for a panel interview</h2>"
        "<p>Panel interviews are common in hospitals, councils and larger firms. Here is how to prepare, "
        "what to bring, and how to handle the moment when three people start writing at once.</p>",
        [("Know who is on the panel", "Look up each member and think about what each of them needs from an office manager.", "https://theofficepro.example.com/a/panel-1"),
         ("Use the STAR method", "Situation, task, action, result: the answer shape panels score against.", "https://theofficepro.example.com/a/star"),
         ("What to do if you're invited back", "Second interviews, trial days and assessment centres explained.", "https://theofficepro.example.com/a/second-round")],
        footer_html='The Office Pro · 2 Grand Parade, Cork · <a href="https://theofficepro.example.com/unsubscribe">Unsubscribe</a>',
        color="#34495e"),
    html_cte="base64",
    headers=list_headers("The Office Pro <news.theofficepro.example.com>",
                         "https://theofficepro.example.com/unsubscribe"),
))

# o04 -- podcast interview request (en)
add(M(
    kind="other", name="podcast_guest_request", lang="en",
    contact="colm@backofhousepod.example.ie",
    date="2026-05-21 13:15 +0100",
    frm=("Colm Devane", "colm@backofhousepod.example.ie"),
    subject="Guest on Back of House? (podcast)",
    text="""Hi Saoirse,

I host Back of House, a small podcast about the people who keep Irish hotels running. Your post in the Kerry Hospitality group about moving from housekeeping into office roles got a lot of reaction, and I'd love to have you on.

It would be a relaxed 40-minute interview recorded over Zoom: your years on the housekeeping floor, what transfers into office work, and what you wish managers knew. No payment, I'm afraid, but you'd get the final cut before it goes out.

Would you be up for it some evening in June?

Thanks,
Colm Devane
Back of House podcast
""",
))

# o05 -- press interview request (en)
add(M(
    kind="other", name="press_interview_request", lang="en",
    contact="a.moynihan@kerrycourier.example.ie",
    date="2026-06-03 10:42 +0100",
    frm=("Ailbhe Moynihan", "a.moynihan@kerrycourier.example.ie"),
    subject="Interview request - The Kerry Courier",
    text="""Dear Saoirse,

I'm a reporter with The Kerry Courier, working on a feature about staff shortages in Killarney's hotels and where experienced hospitality workers are moving to.

Colm Devane mentioned you might be willing to talk. Would you be open to a short interview, by phone or in person, some time next week? We can use your first name only if you prefer.

Many thanks,
Ailbhe Moynihan
Reporter, The Kerry Courier
Main Street, Killarney | 064 555 2200
""",
))

# o06 -- user-research interview invitation (en)
_t = """Hi Saoirse,

I'm a user researcher at JobsWest. We're talking to people who use job alerts to understand what works and what doesn't.

Would you join a 45-minute video research interview with me? There are no right or wrong answers: we just want to watch how you search and hear what frustrates you. As a thank-you we'll send a €30 shopping voucher.

If you're interested, pick a time here: https://jobswest.example.ie/research/book?c=sn267

Thanks,
Sinéad Collins
User Research, JobsWest"""
add(M(
    kind="other", name="user_research_interview", lang="en",
    contact="sinead.collins@jobswest.example.ie",
    date="2026-04-29 15:05 +0100",
    frm=("Sinéad Collins", "sinead.collins@jobswest.example.ie"),
    frm_enc=("utf-8", "Q"),
    subject="Would you take part in a research interview? (€30 voucher)",
    subj_enc=("utf-8", "B"),
    text=_t, text_cs="windows-1252", text_cte="qp",
))

# o07 -- GPS / position notification (en)
add(M(
    kind="other", name="tracker_last_position", lang="en",
    date="2026-07-11 19:08 +0100",
    frm=("TrailMate", "no-reply@trailmate.example.com"),
    subject="Position update: 'Saoirse's keys' last seen near Torc Waterfall",
    text="""Your tag "Saoirse's keys" has not been near your phone for 2 hours.

Last known position: 52.0050 N, 9.5070 W (Torc Waterfall car park, Killarney National Park)
Time: 11 Jul 2026, 16:52 IST
Accuracy: about 25 m

Open the app to see the map or mark the item as lost.

TrailMate. You're receiving this because separation alerts are on.
""",
    headers=AUTO_GEN,
))

# o08 -- package delayed, "unfortunately" (en)
_t = """Hi Saoirse,

Unfortunately your package is delayed.

Tracking number: PN 2026 4471 1893 IE
From: DeskSupply Direct
Expected delivery: was Thursday 19 March, now Monday 23 March

This is due to high volumes at our Cork hub. We're sorry for the inconvenience. You don't need to do anything; we'll text you on the day of delivery.

ParcelNorth"""
add(M(
    kind="other", name="parcel_delayed_unfortunately", lang="en",
    date="2026-03-19 08:14 +0000",
    frm=("ParcelNorth", "tracking@parcelnorth.example.ie"),
    subject="Unfortunately your package is delayed",
    text=_t,
    html=ats_card("ParcelNorth", paras(_t), color="#d32f2f",
                  button=("Track my parcel", "https://parcelnorth.example.ie/t/PN202644711893IE"),
                  footer="Please don't reply to this email."),
    html_cte="qp",
    headers=AUTO_GEN,
))

# o09 -- friend's own rejection, with the rejection forwarded as an attachment (en)
add(M(
    kind="other", name="friend_own_rejection_attached", lang="en",
    contact="aoife.kav@mailbox.example.ie",
    date="2026-03-06 21:48 +0000",
    frm=("Aoife Kavanagh", "aoife.kav@mailbox.example.ie"),
    subject="ugh, another no",
    text="""Saoirse,

Look at this. The Lakeshore Court Hotel turned me down for the events job, after TWO interviews. "Candidate whose experience more closely matched." I was the one who ran their Christmas parties for three years!!

Anyway, I'm grand, just raging. How did your hospital interview go on Thursday? Fancy a drink in the Lantern Friday to commiserate or celebrate, depending?

A x
""",
    fwd_eml={
        "name": "inner", "date": "2026-03-06 16:30 +0000",
        "frm": ("Lakeshore Court Hotel HR", "hr@lakeshorecourt.example.ie"),
        "to": [("Aoife Kavanagh", "aoife.kav@mailbox.example.ie")],
        "subject": "Events Coordinator - your application",
        "text": """Dear Aoife,

Thank you for attending the second interview for Events Coordinator. After careful thought we have offered the post to a candidate whose experience more closely matched the brief.

We wish you every success.

HR Department, Lakeshore Court Hotel
""",
    },
))

# o10 -- her thank-you after the Corrib Cloud interview (own mail)
add(M(
    kind="other", name="own_thank_you_corrib", lang="en",
    key="corrib_thanks", parent="corrib_move",
    date="2026-02-17 18:21 +0000",
    frm=CAND, to=[("Fiona Desmond", "fiona.desmond@corribcloud.example.ie")],
    subject="Thank you - Office Coordinator interview",
    text="""Hi Fiona,

Thank you for taking the time to interview me this afternoon with Darragh and Lucy. I really enjoyed hearing how the Cork office is growing, and I'm even more excited about the Office Coordinator role now.

If there's anything else you need from me, such as references, just let me know.

Best wishes,
Saoirse
""",
))

# o11 -- her application to Fenit Bay Estates with CV (own mail, PDF)
add(M(
    kind="other", name="own_application_with_cv", lang="en", key="fenit_app",
    date="2026-04-06 20:31 +0100",
    frm=CAND, to=[("Aoibheann Stack", "aoibheann@fenitbay.example.ie")],
    subject="Office manager position",
    text="""Dear Ms Stack,

I saw your advertisement for an office manager in the Kerry Weekly and I'd like to apply. I've attached my CV.

Kind regards,
Saoirse Nakamura-Boyle
""",
    pdf=[{"filename": "CV_Saoirse_Nakamura-Boyle.pdf", "title": "Saoirse Nakamura-Boyle - CV",
          "lines": ["saoirse.nb@example.ie | +353 87 412 6630 | Killarney, Co. Kerry",
                    "2019-present: Head Housekeeper, lakeside hotel, Killarney (120 rooms, team of 18)",
                    "Rotas, ordering and supplier accounts, training, guest complaints, budgets",
                    "Languages: English (native), Japanese (conversational), French B2, German B1, Spanish B1",
                    "Education: QQI Level 6 Certificate in Business Administration"]}],
))

# o12 -- her request to move the phone screen (own mail)
add(M(
    kind="other", name="own_reschedule_request", lang="en",
    key="treaty_resreq", parent="treaty_inv",
    date="2026-03-24 21:14 +0000",
    frm=CAND, to=[("Ciarán Walsh", "ciaran.walsh@treatycity.example.ie")],
    subject="Re: Office Manager role - quick call?",
    text="""Hi Ciarán,

Thank you so much for getting in touch. I'd love to have a chat. Unfortunately Thursday afternoon clashes with our quarterly stock audit at the hotel. Would it be possible to do it early next week instead? Monday or Tuesday morning would be ideal.

Kind regards,
Saoirse

""" + on_wrote("2026-03-23 09:41", "Ciarán Walsh <ciaran.walsh@treatycity.example.ie>",
               "Could we do a 20-minute phone screen this week? I was thinking Thursday 26 March at 14:00, but I'm flexible."),
))

# o13 -- her status chase to St Brendan's (own mail)
add(M(
    kind="other", name="own_status_chase_hospital", lang="en",
    key="brendan_chase", parent="brendan_ack",
    date="2026-02-11 12:40 +0000",
    frm=CAND, to=[("Eileen Quirke", "eileen.quirke@stbrendans-hospital.example.ie")],
    subject="RE: Acknowledgement - Competition SBH-0226",
    text="""Dear Ms Quirke,

I applied for competition SBH-0226 last month and received your acknowledgement on 14 January. Could you tell me whether shortlisting has taken place yet, and roughly when interviews might be held? I need to give my current employer some notice of any days off.

Thank you for your help.

""" + cand_sig("en"),
))

# o14 -- recruiter's cold approach, no event (en)
add(M(
    kind="other", name="headhunter_cold_approach", lang="en",
    contact="rebecca.lyons@fastnetexec.example.ie",
    date="2026-05-26 11:02 +0100",
    frm=("Rebecca Lyons", "rebecca.lyons@fastnetexec.example.ie"),
    subject="Office management opportunities - open to a chat?",
    text="""Hi Saoirse,

I came across your profile on WorkNet and was struck by your move from hotel operations towards office management. I recruit operations and office leadership roles across Munster and Dublin, mainly for professional services firms.

I don't have a specific vacancy for you today, but I'd welcome a short call to understand what you're looking for so I can keep you in mind. No pressure at all.

Best regards,
Rebecca Lyons
Associate Director
Fastnet Executive Search | 10 Fitzwilliam Square, Dublin 2
+353 1 555 9060
""",
    html=outlook_html(mso("""Hi Saoirse,

I came across your profile on WorkNet and was struck by your move from hotel operations towards office management. I recruit operations and office leadership roles across Munster and Dublin, mainly for professional services firms.

I don't have a specific vacancy for you today, but I'd welcome a short call to understand what you're looking for so I can keep you in mind. No pressure at all.

Best regards,
Rebecca Lyons
Associate Director
Fastnet Executive Search | 10 Fitzwilliam Square, Dublin 2
+353 1 555 9060"""), charset="utf-8"),
    html_cte="qp",
))

# o15 -- bank: mortgage appointment, "financial position" (en)
_t = """Dear Saoirse,

Your appointment with a mortgage adviser is confirmed.

When: Thursday 12 March 2026, 11:00
Where: Harbour Bank, 44 Main Street, Killarney
Adviser: Barry Kissane

Please bring your last three payslips, six months of current account statements and a summary of your savings, so we can assess your financial position accurately. If you need to change or cancel your appointment, use the Harbour Bank app.

Harbour Bank. This mailbox is not monitored."""
add(M(
    kind="other", name="bank_mortgage_appointment", lang="en",
    date="2026-03-04 09:31 +0000",
    frm=("Harbour Bank", "no-reply@harbourbank.example.ie"),
    subject="Your mortgage appointment is confirmed",
    text=_t,
    html=ats_card("Harbour Bank", paras(_t), color="#003b5c",
                  footer="Harbour Bank DAC is regulated by the Central Bank of Ireland."),
    html_cte="base64",
    headers=AUTO_GEN,
))

# o16 -- landlord: inspection appointment moved (en)
add(M(
    kind="other", name="landlord_inspection_moved", lang="en",
    contact="denis.brosnan@mailbox.example.ie",
    date="2026-02-25 19:27 +0000",
    frm=("Denis Brosnan", "denis.brosnan@mailbox.example.ie"),
    subject="Apartment inspection - change of day",
    text="""Hi Saoirse,

I have to move the inspection of the apartment from Friday to Monday 2 March at 6pm, as the plumber can only come that day to look at the boiler. Sorry for the short notice. If Monday doesn't suit, we can cancel it and pick another evening.

Denis
""",
))

# o17 -- school: parent-teacher meetings (en)
add(M(
    kind="other", name="school_parent_teacher_slots", lang="en",
    date="2026-02-23 14:00 +0000",
    frm=("Gaelscoil na Lochanna via SchoolPing", "notifications@schoolping.example.ie"),
    subject="Parent-teacher meetings: book your appointment",
    text="""Dear Parent/Guardian of Cian Nakamura-Boyle (4th Class),

Parent-teacher meetings will take place on Thursday 5 March from 15:00 to 18:30. Each appointment lasts 10 minutes.

Please book a slot in the SchoolPing app by Monday. Appointments not taken up will be cancelled and offered to other families.

Gaelscoil na Lochanna, New Road, Killarney
(This is an automated message from SchoolPing.)
""",
    headers=AUTO_GEN,
))

# o18 -- GP practice: appointment cancelled (en)
add(M(
    kind="other", name="doctor_appointment_cancelled", lang="en",
    date="2026-05-13 08:05 +0100",
    frm=("Killarney Medical Centre", "appointments-noreply@killarneymedical.example.ie"),
    subject="Your appointment on 14 May has been cancelled",
    text="""Dear Saoirse,

Unfortunately Dr. O'Donoghue is unavailable tomorrow and your appointment on Thursday 14 May at 09:20 has been cancelled.

Please rebook online or call reception on 064 555 3100. We apologise for any inconvenience.

Killarney Medical Centre
""",
    headers=AUTO_GEN,
))

# o19 -- out-of-office reply from the HR manager (en), subject carries "Offer"
add(M(
    kind="other", name="ooo_hr_manager_offer_subject", lang="en",
    contact="gemma.moriarty@lakesidehotels.example.ie",
    date="2026-07-20 08:47 +0100",
    frm=("Gemma Moriarty", "gemma.moriarty@lakesidehotels.example.ie"),
    subject="Automatic reply: Offer of employment - Office Manager (Head Office)",
    text="""Thank you for your email. I am on annual leave until Monday 27 July with no access to email.

For urgent HR matters, please contact Paula Clifford on +353 64 555 0191.

Gemma Moriarty
HR Manager, Lakeside Hotels Group
""",
    headers=AUTO_REPLY,
))

# o20 -- network notification: searches (en)
add(M(
    kind="other", name="worknet_search_appearances", lang="en",
    date="2026-03-09 17:02 +0000",
    frm=("WorkNet", "notifications@worknet.example.com"),
    subject="You appeared in 14 searches this week",
    html=ats_card("WorkNet", "<p>Saoirse, you appeared in <b>14 searches</b> this week.</p>"
                  "<p>Recruiters from staffing and hospitality companies found you with titles like "
                  "<i>Office Manager</i> and <i>Operations Coordinator</i>.</p>",
                  button=("See who's looking", "https://worknet.example.com/me/search-appearances"),
                  footer='WorkNet Ltd. <a href="https://worknet.example.com/settings/email">Unsubscribe</a>',
                  color="#0a66c2"),
    html_cte="qp",
    headers=list_headers("WorkNet notifications <notifications.worknet.example.com>",
                         "https://worknet.example.com/settings/email"),
))

# o21 -- network notification: application viewed (en)
add(M(
    kind="other", name="worknet_application_viewed", lang="en",
    date="2026-03-13 09:40 +0000",
    frm=("WorkNet Jobs", "jobs-noreply@worknet.example.com"),
    subject="Your application was viewed by Liffey Ledger",
    text="""Your application was viewed

Liffey Ledger viewed your application for Office Manager (Dublin).

This doesn't mean a decision has been made. Employers often look at applications several times before contacting candidates.

View application: https://worknet.example.com/jobs/applied/55120
""",
    html=ats_card("WorkNet", "<p><b>Liffey Ledger</b> viewed your application for <b>Office Manager (Dublin)</b>.</p>"
                  "<p>This doesn't mean a decision has been made. Employers often look at applications several times before contacting candidates.</p>",
                  button=("View application", "https://worknet.example.com/jobs/applied/55120"),
                  color="#0a66c2"),
    html_cte="qp",
))

# o22 -- network notification: congratulate on a new position (en)
add(M(
    kind="other", name="worknet_congratulate_new_position", lang="en",
    date="2026-06-05 12:15 +0100",
    frm=("WorkNet", "notifications@worknet.example.com"),
    subject="Congratulate Ciara Hennessy on her new position",
    text="""Ciara Hennessy started a new position as Front Office Manager at The Glenflesk Group.

Say congrats: https://worknet.example.com/feed/update/98813

You're receiving network update emails. Unsubscribe: https://worknet.example.com/settings/email
""",
    headers=list_headers("WorkNet notifications <notifications.worknet.example.com>",
                         "https://worknet.example.com/settings/email"),
))

# o23 -- college course: no place offered (en)
add(M(
    kind="other", name="college_course_no_place", lang="en",
    date="2026-08-20 10:00 +0100",
    frm=("Lough Leane College Admissions", "admissions-noreply@loughleanecollege.example.ie"),
    subject="Your application: Diploma in Office Administration (evening, part-time)",
    text="""Dear Saoirse,

Thank you for applying for the part-time Diploma in Office Administration starting in September.

The course was heavily oversubscribed and places were allocated in order of application date. Unfortunately we are unable to offer you a place this year. You have been placed on the waiting list (position 7) and will be contacted if a place becomes available.

Admissions Office
Lough Leane College of Further Education, Tralee
""",
    text_cte="qp",
))

# o24 -- letting agent: rental application unsuccessful (en)
add(M(
    kind="other", name="letting_agent_rental_refused", lang="en",
    contact="orla@mardykelettings.example.ie",
    date="2026-08-28 16:48 +0100",
    frm=("Orla Hegarty | Mardyke Lettings", "orla@mardykelettings.example.ie"),
    subject="Apartment 4, Sunday's Well - your application",
    text="""Hi Saoirse,

Thanks for viewing the apartment at Sunday's Well on Saturday and for sending in your references so quickly.

The landlord has decided to go with another applicant who can move in from 1 September, so I'm afraid your application for the apartment hasn't been successful this time. I'll send you the new listings in the city centre as they come in.

Orla Hegarty
Lettings Negotiator, Mardyke Lettings, 15 Washington Street, Cork
""",
))

# o25 -- webinar invitation about interviews (en)
_t = """Live Q&A: Acing your competency-based interview

Wednesday 22 April, 13:00-13:45, online

Our panel of three hiring managers (a hospital HR lead, a solicitor and a tech office manager) answer your questions about competency interviews, from STAR answers to what to ask at the end.

Register free: https://munstercareershub.example.ie/events/competency-qa

Can't make it live? Register anyway and we'll send you the recording."""
add(M(
    kind="other", name="webinar_competency_interview", lang="en",
    date="2026-04-14 10:00 +0100",
    frm=("Munster Careers Hub", "events@munstercareershub.example.ie"),
    subject="Invitation: Live Q&A - Acing your competency-based interview",
    text=_t + "\n\nUnsubscribe: https://munstercareershub.example.ie/unsubscribe\n",
    html=newsletter("Munster Careers Hub", paras(_t), [],
                    footer_html='<a href="https://munstercareershub.example.ie/unsubscribe">Unsubscribe</a>',
                    color="#6a1b9a"),
    html_cte="qp",
    headers=list_headers("Munster Careers Hub events <events.munstercareershub.example.ie>",
                         "https://munstercareershub.example.ie/unsubscribe"),
))

# o26 -- jobs fair announcement (en)
add(M(
    kind="other", name="jobs_fair_announcement", lang="en",
    date="2026-09-08 09:00 +0100",
    frm=("Kerry Jobs Fair", "info@kerryjobsfair.example.ie"),
    subject="Kerry Jobs Fair 2026: 40+ employers hiring, on-the-spot interviews",
    html=newsletter(
        "Kerry Jobs Fair 2026",
        "<p><b>Saturday 26 September, 10:00-16:00, Killarney Events Centre.</b> Meet more than 40 employers with open positions in "
        "hospitality, healthcare, tech and professional services. Several will run on-the-spot interviews, so bring copies of your CV.</p>",
        [("See the employer list", "Hotels, hospitals, solicitors and agencies confirmed so far.", "https://kerryjobsfair.example.ie/employers"),
         ("Free CV clinic", "Book a 15-minute slot with a careers adviser on the day.", "https://kerryjobsfair.example.ie/cv-clinic")],
        footer_html='<a href="https://kerryjobsfair.example.ie/unsubscribe">Unsubscribe</a>', color="#00695c"),
    html_cte="qp",
    headers=list_headers("Kerry Jobs Fair <news.kerryjobsfair.example.ie>",
                         "https://kerryjobsfair.example.ie/unsubscribe"),
))

# o27 -- salary survey newsletter (en)
add(M(
    kind="other", name="salary_survey_munster", lang="en",
    date="2026-01-27 07:45 +0000",
    frm=("SalaryWise", "reports@salarywise.example.ie"),
    subject="Office Manager salaries in Munster: the 2026 report",
    text="""SalaryWise 2026 Salary Report - Office & Administration

Office Manager, Munster: median €41,200 (Cork €43,500; Limerick €40,100; Kerry €37,800)
Office Coordinator: median €34,900
Practice Manager (medical/legal): median €45,000

Employers told us that offers are being accepted faster than in 2025 and that candidates are declining more offers over hybrid working.

Download the full report: https://salarywise.example.ie/reports/2026-office
Unsubscribe: https://salarywise.example.ie/unsub
""",
    text_cs="windows-1252", text_cte="qp",
    headers=list_headers("SalaryWise reports <reports.salarywise.example.ie>",
                         "https://salarywise.example.ie/unsub"),
))

# o28 -- ex-colleague forwards a job ad (en)
add(M(
    kind="other", name="excolleague_forwards_opening", lang="en",
    contact="niamh.oconnor@mailbox.example.ie",
    date="2026-01-16 22:05 +0000",
    frm=("Niamh O'Connor", "niamh.oconnor@mailbox.example.ie"),
    subject="Fwd: New position: Office Coordinator, The Glenflesk Group",
    text="""Saw this and thought of you straight away! Apply, apply, apply. x

""" + forwarded("Glenflesk Careers <careers-news@glenflesk.example.ie>", "2026-01-16 12:00",
                "staff-list@glenflesk.example.ie", "New position: Office Coordinator",
                """We're hiring! The Glenflesk Group is looking for an Office Coordinator to join our central team in Killarney.

The position would suit someone with hotel operations experience who wants to move into administration. Closing date 30 January. Interviews will be held in February.

Apply at glenflesk.example.ie/careers"""),
))

# o29 -- her confirmation of the agency interview (own mail; quoted invitation)
add(M(
    kind="other", name="own_confirms_interview", lang="en",
    key="shannon_confirm", parent="shannon_inv",
    date="2026-05-04 12:02 +0100",
    frm=CAND, to=[("Karen Daly", "karen.daly@curragower-recruit.example.ie")],
    subject="RE: Interview with Hartigan & Foley - Friday",
    text="""Hi Karen, that's brilliant news, thank you. Friday at 11:30 is perfect, please confirm with them.
Saoirse

""" + on_wrote("2026-05-04 10:50", "Karen Daly <karen.daly@curragower-recruit.example.ie>",
               """Hartigan & Foley Solicitors have asked to meet you for their Office Manager vacancy. They've offered Friday 8 May at 11:30 at their offices, 88 O'Connell Street, Limerick.

Can you confirm by return and I'll let them know?"""),
))

# o30 -- agency newsletter (en)
_t = """Curragower Recruitment - Market Update, Q2 2026

Hiring: Our legal and medical clients in Limerick and Clare are hiring office managers and senior administrators, with most processes now running to two interviews within three weeks.

Offers: Counter-offers are common. Think early about what would make you stay.

Interview tip of the quarter: prepare one example of a time you improved a process and can put a number on the result.

Browse current positions: https://curragower-recruit.example.ie/jobs"""
add(M(
    kind="other", name="agency_quarterly_newsletter", lang="en",
    date="2026-06-30 07:15 +0100",
    frm=("Curragower Recruitment", "news@curragower-recruit.example.ie"),
    subject="Market update Q2: who's hiring in the Mid-West",
    text=_t + "\n\nUnsubscribe: https://curragower-recruit.example.ie/unsubscribe\n",
    html=plain_html(paras(_t) + '\n<p style="font-size:11px"><a href="https://curragower-recruit.example.ie/unsubscribe">Unsubscribe</a></p>'),
    html_cte="qp",
    headers=list_headers("Curragower news <news.curragower-recruit.example.ie>",
                         "https://curragower-recruit.example.ie/unsubscribe"),
))

# o31 -- ferry booking rescheduled (en)
add(M(
    kind="other", name="ferry_sailing_rescheduled", lang="en",
    date="2026-07-27 18:40 +0100",
    frm=("Atlantic Isles Ferries", "bookings-noreply@atlanticisles.example.ie"),
    subject="Important: your sailing has been rescheduled",
    text="""Booking reference: AIF-73318

Dear Ms Nakamura-Boyle,

Due to a technical issue with the vessel, your sailing Rosslare - Cherbourg on Friday 31 July at 16:00 has been cancelled. We have rescheduled your booking onto the sailing on Saturday 1 August at 16:00 at no extra cost.

If the new sailing doesn't suit, you can change or cancel free of charge in Manage My Booking.

Atlantic Isles Ferries
""",
    headers=AUTO_GEN,
))

# o32 -- network job alert (en)
add(M(
    kind="other", name="worknet_jobs_matching", lang="en",
    date="2026-05-06 06:45 +0100",
    frm=("WorkNet Job Alerts", "jobalerts-noreply@worknet.example.com"),
    subject="Office Manager in Cork: 6 new jobs",
    html=newsletter("WorkNet", "<p>New jobs matching <b>Office Manager</b> in <b>Cork</b></p>",
                    [("Office Manager - Bells Field Lettings", "Cork · Posted 2 days ago · Be an early applicant", "https://worknet.example.com/jobs/view/4401"),
                     ("Workplace Coordinator - Blarney Analytics", "Cork · Hybrid · 38 applicants", "https://worknet.example.com/jobs/view/4417"),
                     ("Medical Office Lead - Marina Quay Clinic", "Cork · Interviewing now", "https://worknet.example.com/jobs/view/4432")],
                    footer_html='<a href="https://worknet.example.com/jobs/alerts">Manage alerts</a> · <a href="https://worknet.example.com/settings/email">Unsubscribe</a>',
                    color="#0a66c2"),
    html_cte="base64",
    headers=list_headers("WorkNet job alerts <jobalerts.worknet.example.com>",
                         "https://worknet.example.com/settings/email"),
))

# ------------------------------------------------------------ German (7)

# o33 -- job board alert (de)
_items = [
    ("Office Managerin (m/w/d) – Kanzlei, München-Lehel", "Vollzeit · Vorstellungsgespräche ab KW 27", "https://jobboerse-sued.example.de/j/771"),
    ("Teamassistenz Empfang – Klinik, München-Schwabing", "Teilzeit möglich · sofort", "https://jobboerse-sued.example.de/j/774"),
    ("Büroleitung – Immobilienverwaltung, Pasing", "unbefristet · englische Sprachkenntnisse erwünscht", "https://jobboerse-sued.example.de/j/779"),
]
add(M(
    kind="other", name="jobagent_muenchen", lang="de",
    date="2026-06-29 05:55 +0200",
    frm=("JobBörse Süd Jobagent", "jobagent@jobboerse-sued.example.de"),
    frm_enc=("utf-8", "B"),
    subject="Ihr Jobagent: 3 neue Stellen als Office Managerin in München",
    text="""Guten Morgen,

Ihr Jobagent "Office Managerin, München" hat neue Stellen gefunden:

""" + "\n\n".join(f"{t}\n{s}\n{u}" for t, s, u in _items) + """

Jobagent bearbeiten oder abbestellen: https://jobboerse-sued.example.de/jobagent/9921
""",
    html=newsletter("JobBörse Süd", "<p>Ihr Jobagent <b>Office Managerin, München</b> hat neue Stellen gefunden:</p>", _items,
                    footer_html='<a href="https://jobboerse-sued.example.de/jobagent/9921">Jobagent abbestellen</a>',
                    color="#1a4d8f", lang="de"),
    html_cte="qp",
    headers=list_headers("JobBoerse Sued Jobagent <jobagent.jobboerse-sued.example.de>",
                         "https://jobboerse-sued.example.de/jobagent/9921"),
))

# o34 -- her application to Alpenlicht with CV (own mail, de)
add(M(
    kind="other", name="own_bewerbung_alpenlicht", lang="de", key="alpen_app",
    date="2026-07-01 09:03 +0200",
    frm=CAND, to=[("Alpenlicht Software Jobs", "jobs@alpenlicht.example.de")],
    subject="Bewerbung als Office Manager:in – Saoirse Nakamura-Boyle",
    subj_enc=("utf-8", "Q"),
    text="""Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung als Office Manager:in.

Mit freundlichen Grüßen
Saoirse Nakamura-Boyle
""",
    pdf=[{"filename": "Lebenslauf_Nakamura-Boyle.pdf", "title": "Lebenslauf - Saoirse Nakamura-Boyle",
          "lines": ["Berufserfahrung: seit 2019 Hausdamenleitung, Hotel in Killarney (120 Zimmer, 18 Mitarbeitende)",
                    "Aufgaben: Dienstpläne, Einkauf, Lieferantenabrechnung, Budget, Schulungen",
                    "Sprachen: Englisch (Muttersprache), Deutsch B1, Französisch B2, Spanisch B1",
                    "Weiterbildung: QQI Level 6 Business Administration"]}],
))

# o35 -- out-of-office from the Kanzlei assistant (de)
add(M(
    kind="other", name="abwesenheitsnotiz_kanzlei", lang="de",
    contact="s.koegl@brandl-seidl.example.de", key="brandl_ooo", parent="brandl_inv",
    date="2026-06-15 08:02 +0200",
    frm=("Sabine Kögl", "s.koegl@brandl-seidl.example.de"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Abwesenheitsnotiz: Ihre Bewerbung als Büroleitung – Einladung",
    subj_enc=("utf-8", "Q"),
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Mittwoch, 17. Juni, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen erreichen Sie das Sekretariat unter +49 89 5550 2200.

Sabine Kögl
Kanzlei Brandl & Seidl
""",
    text_cs="iso-8859-1", text_cte="qp",
    headers=AUTO_REPLY,
))

# o36 -- adult-education course full (de)
add(M(
    kind="other", name="vhs_kurs_kein_platz", lang="de",
    date="2026-08-24 11:20 +0200",
    frm=("VHS Isartal Anmeldung", "anmeldung-noreply@vhs-isartal.example.de"),
    subject="Ihre Anmeldung: Deutsch B2 für den Beruf (Kurs 26H-4410)",
    text="""Sehr geehrte Frau Nakamura-Boyle,

vielen Dank für Ihre Anmeldung zum Kurs "Deutsch B2 für den Beruf" (26H-4410, ab 15. September, dienstags und donnerstags 18:00 Uhr).

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz anbieten. Sie stehen auf Platz 3 der Warteliste. Wird ein Platz frei, informieren wir Sie umgehend. Alternativ empfehlen wir den Samstagskurs 26H-4415.

Mit freundlichen Grüßen
Ihre VHS Isartal
""",
    text_cte="base64",
    headers=AUTO_GEN,
))

# o37 -- citizens' office appointment (de)
add(M(
    kind="other", name="buergerbuero_termin", lang="de",
    date="2026-09-24 14:03 +0200",
    frm=("Bürgerbüro Terminvereinbarung", "termine-noreply@buergerbuero.example.de"),
    frm_enc=("iso-8859-1", "B"),
    subject="Terminbestätigung: Anmeldung einer Wohnung",
    text="""Guten Tag Frau Nakamura-Boyle,

hiermit bestätigen wir Ihren Termin:

Anliegen: Anmeldung einer Wohnung (Zuzug aus dem Ausland)
Datum: Donnerstag, 1. Oktober 2026, 08:40 Uhr
Ort: Bürgerbüro Mitte, Sendlinger Straße 99, Schalter 12

Bitte bringen Sie Ihren Reisepass und die Wohnungsgeberbestätigung mit. Wenn Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über den Link in dieser E-Mail ab.

Termin absagen: https://buergerbuero.example.de/termin/absagen?id=BB-55120
""",
    text_cs="iso-8859-1", text_cte="8bit",
    headers=AUTO_GEN,
))

# o38 -- headhunter's cold approach (de)
add(M(
    kind="other", name="headhunter_kontaktaufnahme", lang="de",
    contact="sebastian.kraus@talentwerk-bayern.example.de",
    date="2026-09-15 10:35 +0200",
    frm=("Sebastian Kraus", "sebastian.kraus@talentwerk-bayern.example.de"),
    subject="Kurze Kontaktaufnahme – Office Management in München",
    subj_enc=("utf-8", "B"),
    text="""Hallo Frau Nakamura-Boyle,

ich bin auf Ihr Profil bei WorkNet aufmerksam geworden. Ich betreue für mehrere Mandanten in München Positionen im Office- und Facility-Management, bei denen Englisch Arbeitssprache ist.

Aktuell habe ich nichts Konkretes für Sie, würde Sie aber gern in einem kurzen Telefonat kennenlernen, um Sie bei passenden Projekten direkt ansprechen zu können. Hätten Sie Interesse?

Beste Grüße
Sebastian Kraus
Senior Consultant | Talentwerk Bayern
Maximilianstraße 13, 80539 München
""",
))

# o39 -- career magazine newsletter (de)
_t = """Karrierebrief – Ausgabe Juli

Vorstellungsgespräch auf Englisch: So überzeugen Sie

Immer mehr Münchner Unternehmen führen das erste Gespräch auf Englisch. Wir zeigen, wie Sie sich vorbereiten, welche Fragen typisch sind und wie Sie nach einer Absage um Feedback bitten.

Außerdem: Probearbeiten – was ist erlaubt? Und: Gehaltsverhandlung nach dem Jobangebot.

Zum Artikel: https://karrierebrief.example.de/2026/07/englisch-interview"""
add(M(
    kind="other", name="karrierebrief_newsletter", lang="de",
    date="2026-07-09 07:00 +0200",
    frm=("Karrierebrief", "redaktion@karrierebrief.example.de"),
    subject="Vorstellungsgespräch auf Englisch: So überzeugen Sie",
    subj_enc=("iso-8859-1", "Q"),
    text=_t + "\n\nNewsletter abbestellen: https://karrierebrief.example.de/abmelden\n",
    html=plain_html(paras(_t) + '\n<p><a href="https://karrierebrief.example.de/abmelden">Newsletter abbestellen</a></p>', lang="de"),
    html_cte="qp",
    headers=list_headers("Karrierebrief <newsletter.karrierebrief.example.de>",
                         "https://karrierebrief.example.de/abmelden"),
))

# ------------------------------------------------------------ French (7)

# o40 -- job alert (fr)
_items = [
    ("Office manager H/F – Cabinet d'avocats – Bordeaux centre", "CDI · entretiens prévus début octobre", "https://emploisudouest.example.fr/o/5521"),
    ("Assistante de direction – Clinique – Bordeaux Caudéran", "CDI · poste à pourvoir immédiatement", "https://emploisudouest.example.fr/o/5528"),
    ("Chargée d'accueil et d'administration – Agence de voyages", "CDD 6 mois · anglais courant", "https://emploisudouest.example.fr/o/5533"),
]
add(M(
    kind="other", name="alerte_emploi_bordeaux", lang="fr",
    date="2026-09-03 06:10 +0200",
    frm=("EmploiSudOuest", "alertes@emploisudouest.example.fr"),
    subject="3 nouvelles offres : office manager à Bordeaux",
    html=newsletter("EmploiSudOuest", "<p>Bonjour Saoirse, voici les nouvelles offres correspondant à votre alerte <b>office manager – Bordeaux</b>.</p>",
                    _items, footer_html='<a href="https://emploisudouest.example.fr/alertes/desinscription">Se désinscrire</a>',
                    color="#b23a48", lang="fr"),
    html_cte="qp",
    headers=list_headers("Alertes EmploiSudOuest <alertes.emploisudouest.example.fr>",
                         "https://emploisudouest.example.fr/alertes/desinscription"),
))

# o41 -- her thank-you after the clinic interview (own mail, fr)
add(M(
    kind="other", name="own_remerciement_clinique", lang="fr",
    key="seurin_thanks", parent="seurin_move",
    date="2026-06-04 19:26 +0200",
    frm=CAND, to=[("Nathalie Brunet", "n.brunet@clinique-saintseurin.example.fr")],
    subject="Remerciements – entretien du 4 juin",
    subj_enc=("utf-8", "Q"),
    text="""Madame Brunet,

Je tenais à vous remercier, ainsi que M. Ollivier, pour l'entretien de ce matin. Notre échange sur l'organisation du secrétariat des consultations m'a confortée dans mon envie de rejoindre la Clinique Saint-Seurin.

Je reste bien entendu à votre disposition pour tout complément d'information.

""" + cand_sig("fr"),
))

# o42 -- out-of-office from the law-firm assistant (fr)
add(M(
    kind="other", name="reponse_automatique_absence", lang="fr",
    contact="m.petit@lefevre-martin.example.fr", key="lefevre_ooo", parent="lefevre_move",
    date="2026-09-22 07:31 +0200",
    frm=("Margaux Petit", "m.petit@lefevre-martin.example.fr"),
    subject="Réponse automatique : RE: Candidature office manager - entretien",
    subj_enc=("iso-8859-1", "Q"),
    text="""Bonjour,

Je suis absente du cabinet jusqu'au mercredi 23 septembre inclus. Pour toute urgence, merci de contacter l'accueil au 05 56 55 21 40.

Margaux Petit
Cabinet Lefèvre-Martin Avocats
""",
    text_cs="iso-8859-1", text_cte="qp",
    headers=AUTO_REPLY,
))

# o43 -- university diploma: application refused (fr)
add(M(
    kind="other", name="universite_avis_defavorable", lang="fr",
    date="2026-07-03 16:00 +0200",
    frm=("Université Garonne – Scolarité", "scolarite-noreply@univ-garonne.example.fr"),
    frm_enc=("utf-8", "Q"),
    subject="Candidature DU Management des organisations de santé – décision",
    subj_enc=("utf-8", "B"),
    text="""Madame,

La commission pédagogique du Diplôme d'université « Management des organisations de santé » s'est réunie le 1er juillet 2026.

Nous avons le regret de vous informer qu'elle a émis un avis défavorable à votre candidature pour la rentrée 2026, le nombre de places étant limité à 24. Vous pouvez candidater de nouveau lors de la prochaine campagne.

Le service de la scolarité
Université Garonne
""",
    text_cte="qp",
    headers=AUTO_GEN,
))

# o44 -- friend's own failed interview (fr)
add(M(
    kind="other", name="amie_son_entretien_rate", lang="fr",
    contact="camille.roux@courriel.example.fr",
    date="2026-05-09 22:14 +0200",
    frm=("Camille Roux", "camille.roux@courriel.example.fr"),
    subject="bon ben c'est non",
    text="""Coucou ma belle,

Tu te souviens de mon entretien à la mairie pour le poste de chargée d'accueil ? Ils viennent de m'appeler : c'est non. Apparemment ils ont pris quelqu'un en interne, l'entretien était pour la forme… Je suis dégoûtée.

Et toi, ta journée d'essai chez les vins & voyages, c'était comment ? Raconte !

Bisous,
Camille
""",
    text_cte="8bit",
))

# o45 -- bank adviser appointment (fr)
add(M(
    kind="other", name="banque_rendez_vous_conseiller", lang="fr",
    date="2026-06-10 09:12 +0200",
    frm=("Banque de l'Estuaire", "ne-pas-repondre@banque-estuaire.example.fr"),
    subject="Votre conseiller vous propose un rendez-vous",
    html=ats_card("Banque de l'Estuaire",
                  paras("""Bonjour Madame Nakamura-Boyle,

Dans le cadre de l'ouverture de votre compte, votre conseillère, Mme Laure Dubos, vous propose un rendez-vous le vendredi 19 juin à 10 h 30 en agence (Bordeaux Gambetta) afin de faire le point sur votre situation et vos projets.

Vous pouvez confirmer, déplacer ou annuler ce rendez-vous depuis votre espace client."""),
                  button=("Confirmer le rendez-vous", "https://banque-estuaire.example.fr/rdv/confirm"),
                  footer="Merci de ne pas répondre à ce message.", color="#00416a", lang="fr"),
    html_cte="base64",
    headers=AUTO_GEN,
))

# o46 -- advice article, HTML only (fr)
add(M(
    kind="other", name="article_questions_pieges", lang="fr",
    date="2026-08-18 12:30 +0200",
    frm=("Le Mag Carrières", "lettre@lemagcarrieres.example.fr"),
    subject="Les 7 questions pièges en entretien d'embauche",
    subj_enc=("utf-8", "Q"),
    html=newsletter(
        "Le Mag Carrières",
        "<h2>Les 7 questions pièges en entretien d'embauche</h2><p>« Quel est votre plus grand défaut ? », "
        "« Pourquoi quittez-vous votre poste actuel ? »… Nos conseils pour y répondre sans vous piéger, "
        "et que faire si vous recevez un refus.</p>",
        [("Lire l'article", "Environ 6 minutes de lecture", "https://lemagcarrieres.example.fr/questions-pieges"),
         ("Reconversion : de l'hôtellerie au bureau", "Témoignages et conseils", "https://lemagcarrieres.example.fr/reconversion-hotellerie")],
        footer_html='<a href="https://lemagcarrieres.example.fr/desabonnement">Se désabonner</a>', color="#3d5a80", lang="fr"),
    html_cte="qp",
    headers=list_headers("Le Mag Carrieres <lettre.lemagcarrieres.example.fr>",
                         "https://lemagcarrieres.example.fr/desabonnement"),
))

# ------------------------------------------------------------ Spanish (6)

# o47 -- job alert (es)
_t = """Hola Saoirse:

Tenemos 5 nuevas ofertas para tu alerta «Office Manager – Málaga»:

- Office Manager – Despacho de abogados – Málaga Centro (entrevistas la próxima semana)
- Coordinadora de oficina – Inmobiliaria – Marbella
- Recepcionista / administrativa – Clínica – Málaga Este
- Office & Travel Manager – Start-up tecnológica – Málaga TechPark
- Jefa de administración – Agencia de excursiones – Puerto de Málaga

Ver las ofertas: https://empleosur.example.es/alertas/8810

Darte de baja: https://empleosur.example.es/baja"""
add(M(
    kind="other", name="alerta_empleo_malaga", lang="es",
    date="2026-03-23 07:20 +0100",
    frm=("EmpleoSur", "alertas@empleosur.example.es"),
    subject="5 nuevas ofertas de Office Manager en Málaga",
    subj_enc=("iso-8859-1", "Q"),
    text=_t,
    html=plain_html(paras(_t), lang="es"), html_cte="qp",
    headers=list_headers("Alertas EmpleoSur <alertas.empleosur.example.es>",
                         "https://empleosur.example.es/baja"),
))

# o48 -- her application to Costa Sol Excursiones (own mail, es)
add(M(
    kind="other", name="own_solicitud_excursiones", lang="es", key="costasol_app",
    date="2026-03-30 19:50 +0200",
    frm=CAND, to=[("Lucía Moreno", "lucia.moreno@costasol-excursiones.example.es")],
    subject="Solicitud puesto Office Manager",
    text="""Estimada Sra. Moreno:

Le escribo para presentar mi candidatura al puesto de Office Manager publicado en su web. Adjunto mi currículum.

Un saludo,
Saoirse Nakamura-Boyle
""",
    pdf=[{"filename": "CV_Saoirse_Nakamura-Boyle_ES.pdf", "title": "Saoirse Nakamura-Boyle - Currículum",
          "lines": ["Experiencia: desde 2019, gobernanta general, hotel de 120 habitaciones en Killarney (Irlanda)",
                    "Gestión de turnos, compras, proveedores, presupuesto y formación del equipo",
                    "Idiomas: inglés (nativo), español B1, francés B2, alemán B1"]}],
))

# o49 -- parcel delayed (es)
add(M(
    kind="other", name="paquete_retrasado", lang="es",
    date="2026-05-20 10:05 +0200",
    frm=("EnvíosExprés", "no-reply@enviosexpres.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Lamentablemente, tu paquete se ha retrasado",
    text="""Hola Saoirse:

Lamentablemente, tu envío 0082 7741 9920 se ha retrasado por una incidencia en el centro logístico de Antequera.

Nueva fecha estimada de entrega: viernes 22 de mayo.

No tienes que hacer nada. Si lo prefieres, puedes cambiar la entrega a un punto de recogida desde el enlace de seguimiento.

EnvíosExprés
""",
    text_cs="iso-8859-1", text_cte="qp",
    headers=AUTO_GEN,
))

# o50 -- government appointment (es)
add(M(
    kind="other", name="cita_previa_extranjeria", lang="es",
    date="2026-04-27 13:33 +0200",
    frm=("Cita Previa Extranjería", "citaprevia-noreply@extranjeria.example.es"),
    subject="Confirmación de cita previa – Certificado de registro UE",
    subj_enc=("utf-8", "B"),
    text="""Justificante de cita previa

Trámite: Certificado de registro de ciudadano de la UE
Oficina: Comisaría de Policía Nacional, Plaza de Manuel Azaña, Málaga
Fecha y hora: 14/05/2026, 09:12
Número de cita: 4F7A-2291

Debe presentarse con pasaporte o documento de identidad en vigor y el justificante de empleo o de medios económicos. Si no puede acudir, anule la cita para liberar el hueco.
""",
    text_cte="base64",
    headers=AUTO_GEN,
))

# o51 -- headhunter's cold approach (es)
add(M(
    kind="other", name="headhunter_contacto_inicial", lang="es",
    contact="javier.ortega@headhunterscosta.example.es",
    date="2026-10-05 11:50 +0200",
    frm=("Javier Ortega", "javier.ortega@headhunterscosta.example.es"),
    subject="¿Hablamos? Posiciones de oficina en la Costa del Sol",
    subj_enc=("utf-8", "Q"),
    text="""Hola Saoirse:

Soy consultor en Headhunters Costa y trabajo con empresas internacionales de la Costa del Sol que buscan perfiles de oficina con inglés nativo.

Ahora mismo no tengo una vacante concreta para ti, pero me gustaría conocerte en una llamada breve para tener tu perfil presente. ¿Te parece?

Saludos,
Javier Ortega
Headhunters Costa · Av. de Andalucía 10, Málaga
""",
))

# o52 -- dental clinic: appointment cancelled (es)
add(M(
    kind="other", name="dentista_cancelacion_cita", lang="es",
    contact="recepcion.carmen@clinicadentalsoho.example.es",
    date="2026-10-08 17:45 +0200",
    frm=("Carmen (Clínica Dental Soho)", "recepcion.carmen@clinicadentalsoho.example.es"),
    subject="Cancelación de su cita del lunes",
    subj_enc=("iso-8859-1", "B"),
    text="""Hola Saoirse:

Le escribo de la Clínica Dental Soho. El doctor Navarro no podrá pasar consulta el lunes 12, así que tenemos que cancelar su cita de las 17:30. Disculpe las molestias.

¿Le vendría bien el miércoles 14 a la misma hora? Respóndame a este correo o llámenos al 952 55 90 33.

Un saludo,
Carmen
Recepción, Clínica Dental Soho
""",
    text_cs="windows-1252", text_cte="8bit",
))

