"""Everything else (52): own sent mail, auto-replies, newsletters, alerts, other meanings."""

from __future__ import annotations

from msgs118_common import CAND_NAME, ME, M, ats, digest, gmail, outlook, simple

OTHERS: list[dict] = []
add = OTHERS.append

# ---------------------------------------------------------------- English

add(M(
    kind="other", name="own_sent_follow_up", company="", contact="", lang="en",
    frm=ME, to=[("Aoife Kenny", "aoife.kenny@corribmedical.example.ie")],
    subject="Following up - Commercial Contracts Analyst", date="2026-03-24 08:20 +0000", cte="7bit",
    headers={"X-Mailer": "Apple Mail (2.3826.500.181)"},
    body="""Hi Aoife,

Thanks again for letting me know the outcome on Friday, and for the kind words about the indemnity notes. I'd really appreciate the feedback call you offered - any time Wednesday or Thursday afternoon works for me.

Best wishes,
Freya""",
))

add(M(
    kind="other", name="own_sent_thank_you_chain", company="", contact="", lang="en",
    frm=ME, to=[("Pádraig Lynch", "padraig.lynch@kestrelmed.example.ie")],
    subject="Re: Updated: Interview: Contracts Specialist", date="2026-04-16 18:02 +0100",
    cte="quoted-printable", thread=2, thread_domain="BY5PR11MB4021.namprd11.prod.outlook.example.com",
    body="""Dear Pádraig,

Thank you - and Orla - for your time this morning. I really enjoyed hearing how the team is rebuilding the distributor agreements, and the case study on the expired quality agreement was a great discussion.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
Freya MacAllister-Osei
087 555 3318

On 10 Apr 2026, at 17:45, Lynch, Pádraig <padraig.lynch@kestrelmed.example.ie> wrote:

> Hi Freya,
>
> Apologies - Orla has been called to a supplier audit in Athlone on Tuesday, so I've moved
> our interview to Thursday 16 April, same time (10:00-11:00), same place.
>
> Regards,
> Pádraig""",
))

add(M(
    kind="other", name="out_of_office_recruiter", company="", contact="ciara@anchorandoak.example.ie",
    lang="en",
    frm=("Ciara Breen - Anchor & Oak", "ciara@anchorandoak.example.ie"),
    subject="Automatic reply: CV for Limerick roles", date="2026-04-20 09:01 +0100", cte="7bit",
    thread=1, thread_domain="example.ie",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Thanks for your email. I'm out of the office on annual leave until Monday 27 April with limited access to email.

For anything urgent, please contact my colleague Dara Kiely on dara@anchorandoak.example.ie or 061 555 0190.

Ciara Breen
Anchor & Oak Recruitment""",
))

add(M(
    kind="other", name="newsletter_bouncing_back_from_rejection", company="", contact="", lang="en",
    frm=("The Procurement Pathway", "newsletter@procurementpathway.example.com"),
    subject="Rejected again? 5 ways to bounce back (and what the hiring panel won't tell you)",
    date="2026-02-15 07:00 +0000", fmt="html", cte="quoted-printable",
    headers={"List-Id": "The Procurement Pathway <weekly.procurementpathway.example.com>",
             "List-Unsubscribe": "<https://procurementpathway.example.com/u/8d1f7a>, <mailto:unsubscribe@procurementpathway.example.com?subject=unsub-8d1f7a>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    html=digest([
        ("Why 'we've decided to move forward with other candidates' isn't about you",
         "A former talent lead at a Big Four firm explains what actually happens after shortlisting.",
         "https://procurementpathway.example.com/blog/move-forward"),
        ("Missed an interview? How to recover gracefully",
         "A short script for the email you send when life gets in the way.",
         "https://procurementpathway.example.com/blog/missed-interview"),
        ("From legal secretary to contract manager: Niamh's story",
         "How one Cork reader made the switch in 14 months - and the three rejections that helped.",
         "https://procurementpathway.example.com/stories/niamh"),
        ("Template: asking for feedback after an unsuccessful interview",
         "Copy, paste, personalise.", "https://procurementpathway.example.com/templates/feedback"),
    ], brand="The Procurement Pathway", logo="The Procurement Pathway", track="go.procurementpathway.example.com",
        intro="Hi Freya,\n\nThis week we're talking about the part of the job hunt nobody posts about: rejection. If your inbox has had a few 'unfortunately' emails lately, you're in good company - the average career-changer in our community hears no 11 times before a yes.",
        outro="Until next Sunday,\nMaeve at The Procurement Pathway",
        footer="The Procurement Pathway, 14 Camden Quay, Cork. You subscribed at procurementpathway.example.com.",
        unsub="https://procurementpathway.example.com/u/8d1f7a"),
))

add(M(
    kind="other", name="job_alert_digest", company="", contact="", lang="en",
    frm=("JobsNest.ie Job Alerts", "alerts@notify.jobsnest.example.ie"),
    subject="12 new jobs for 'contract manager' in Cork", date="2026-03-03 06:15 +0000", fmt="html",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.jobsnest.example.ie/alerts/unsub?a=4471>", "Precedence": "bulk"},
    html=digest([
        ("Contracts Manager - Pharma", "Lee Valley Biologics · Ringaskiddy · €55k-€65k", "https://www.jobsnest.example.ie/j/88120"),
        ("Procurement & Contracts Officer", "Cork County Council · Cork · Grade VI", "https://www.jobsnest.example.ie/j/88131"),
        ("Legal Contracts Executive", "Confidential · Cork City · Hybrid", "https://www.jobsnest.example.ie/j/88140"),
        ("Commercial Contracts Coordinator", "Kinsale Road Foods · Cork · Permanent", "https://www.jobsnest.example.ie/j/88152"),
        ("Tender & Bid Administrator", "O'Flynn Civil · Mallow · €38k", "https://www.jobsnest.example.ie/j/88163"),
    ], brand="JobsNest.ie", logo="JobsNest.ie", track="t.jobsnest.example.ie", accent="#e85d04",
        intro="Good morning Freya, here are the newest jobs matching your alert 'contract manager' within 30 km of Cork. Apply early - roles posted in the last 48 hours get 3x more views from employers.",
        footer="JobsNest.ie is a trading name of Nest Media Group Ltd, 40 Harcourt Street, Dublin 2.\nYou created this job alert on 9 January 2026.",
        unsub="https://www.jobsnest.example.ie/alerts/unsub?a=4471"),
))

add(M(
    kind="other", name="podcast_interview_request", company="", contact="ronan@careerpivotpod.example.com",
    lang="en",
    frm=("Ronan Geary", "ronan@careerpivotpod.example.com"),
    subject="Interview for The Career Pivot podcast?", date="2026-05-04 20:10 +0100", cte="quoted-printable",
    body="""Hi Freya,

I host The Career Pivot, a small podcast (about 4,000 listeners, mostly in Ireland and the UK) about people who change careers in their 30s. Maeve from The Procurement Pathway told me you're making the jump from legal secretary to contract management, and I'd love to interview you for an episode.

It would be a relaxed 40-minute conversation over Zoom, recorded whenever suits you in June. No polished answers needed, just your story so far - the applications, the interviews, the knockbacks and what's kept you going.

Would you be up for it?

Ronan Geary
The Career Pivot podcast
careerpivotpod.example.com""",
))

add(M(
    kind="other", name="press_interview_journalist", company="", contact="deirdre.hanlon@corkecho.example.ie",
    lang="en",
    frm=("Deirdre Hanlon", "deirdre.hanlon@corkecho.example.ie"),
    subject="Quick interview for a piece on legal secretaries?", date="2026-06-08 11:22 +0100", cte="8bit",
    body="""Hi Freya,

I'm a features writer with the Evening Echo-Courier. I'm working on a piece about how AI drafting tools are changing the work of legal secretaries in Cork firms, and a contact at the Law Society's Munster branch suggested you might be willing to talk.

Would you have 20 minutes for a phone interview this week? I'm happy to keep you anonymous or to leave your firm's name out if you prefer - a lot of people I've spoken to would rather not be named.

Thanks,
Deirdre Hanlon
Features, Evening Echo-Courier
021 555 0800 ext. 412""",
))

add(M(
    kind="other", name="user_research_interview", company="", contact="maya.lindqvist@contractly.example.com",
    lang="en",
    frm=("Maya Lindqvist", "maya.lindqvist@contractly.example.com"),
    subject="30-min research interview? (€40 voucher)", date="2026-07-16 14:05 +0100", fmt="html",
    cte="quoted-printable",
    html=simple("""Hi Freya,

I'm a UX researcher at Contractly. You signed up for our free clause library last year, and we're talking to legal secretaries and paralegals about how they keep track of contract deadlines.

Would you be open to a 30-minute user research interview over Zoom next week? There are no right answers - we just want to watch how you work today. As a thank-you we'll send you a €40 One4All voucher.

If you're interested, pick a slot here: https://calendly.example.com/maya-contractly/research

Thanks!
Maya Lindqvist
Senior UX Researcher, Contractly"""),
))

add(M(
    kind="other", name="gps_position_not_updated", company="", contact="", lang="en",
    frm=("RouteWise", "no-reply@routewise.example.com"),
    subject="We couldn't update your position", date="2026-02-21 17:44 +0000", fmt="html", cte="quoted-printable",
    html=ats("""Hi Freya,

Your RouteWise app hasn't been able to update your position for the last 7 days, so live traffic and arrival times on your saved routes ("Home - South Mall", "Home - Mercy Park") may be out of date.

To fix this, open the app and check that location access is set to "While using the app". Still stuck? Our help centre has step-by-step guides: https://help.routewise.example.com/location

Safe travels,
The RouteWise team""", brand="RouteWise", logo="RouteWise", track="e.routewise.example.com", accent="#2f855a",
             footer="RouteWise Navigation Ltd, 2 Grand Canal Square, Dublin 2.",
             unsub="https://routewise.example.com/settings/email"),
))

add(M(
    kind="other", name="queue_position_passport", company="", contact="", lang="en",
    frm=("Passport Online", "noreply@passportonline.example.ie"),
    subject="Your position in the queue has been updated", date="2026-01-19 10:08 +0000", cte="7bit",
    body="""Passport Online - Application PO-7718-2204

Dear Applicant,

Your renewal application is in the queue for processing. Your current position in the queue is 1,412.

Estimated processing time: 15 working days from the date we received your supporting documents.

You do not need to contact us. We will email you when your passport has been printed and dispatched.

Passport Service
This is an automated message. Please do not reply.""",
))

add(M(
    kind="other", name="package_delayed", company="", contact="", lang="en",
    frm=("ParcelPoint", "tracking@parcelpoint.example.ie"),
    subject="Unfortunately your package is delayed", date="2026-03-17 13:02 +0000", fmt="html", cte="quoted-printable",
    html=ats("""Hi Freya,

Unfortunately your package from Hartley & Pine Stationery (tracking PP 4481 9920 1IE) is delayed due to high volumes at our Cork depot following the St Patrick's Day weekend.

New estimated delivery: Thursday 19 March, between 10:00 and 14:00.

You can change your delivery preferences or choose a ParcelPoint locker here: https://parcelpoint.example.ie/track/PP44819920

Sorry for the wait,
ParcelPoint""", brand="ParcelPoint", logo="ParcelPoint", track="trk.parcelpoint.example.ie", accent="#c81d25",
             footer="ParcelPoint Logistics Ltd, Ballycurreen Industrial Estate, Cork. Registered in Ireland No. 331902."),
))

add(M(
    kind="other", name="bank_loan_application_received", company="", contact="", lang="en",
    frm=("Munster Credit Bank", "notifications@munstercredit.example.ie"),
    subject="We've received your loan application", date="2026-04-03 19:30 +0100", fmt="alt", cte="quoted-printable",
    body="""Dear Freya,

Thank you for applying for a personal loan of €6,500 with Munster Credit Bank (reference PL-30091827).

Your application has been received and is being assessed. We'll usually give you a decision within two working days. If we need any further documents, such as recent payslips, we'll let you know through the app.

Munster Credit Bank
Munster Credit Bank p.l.c. is regulated by the Central Bank of Ireland.
Please do not reply to this email - this mailbox is not monitored.""",
    html=ats("""Dear Freya,

Thank you for applying for a personal loan of €6,500 with Munster Credit Bank (reference PL-30091827).

Your application has been received and is being assessed. We'll usually give you a decision within two working days. If we need any further documents, such as recent payslips, we'll let you know through the app.

Munster Credit Bank""", brand="Munster Credit Bank", logo="Munster Credit Bank", track="mail.munstercredit.example.ie",
             accent="#1d3557", footer="Munster Credit Bank p.l.c. is regulated by the Central Bank of Ireland.\nPlease do not reply to this email - this mailbox is not monitored."),
))

add(M(
    kind="other", name="credit_card_declined", company="", contact="", lang="en",
    frm=("Munster Credit Bank", "notifications@munstercredit.example.ie"),
    subject="An update on your credit card application", date="2026-04-06 09:15 +0100", cte="quoted-printable",
    body="""Dear Freya,

Thank you for your recent application for a Munster Credit Platinum credit card.

Unfortunately, we are unable to approve your application at this time. Our decision was based on our lending criteria and information from the Central Credit Register.

This decision does not affect your existing accounts with us. You can ask for a review of the decision by contacting us on 1800 555 221 within 30 days.

Munster Credit Bank
Munster Credit Bank p.l.c. is regulated by the Central Bank of Ireland.""",
))

add(M(
    kind="other", name="letting_agent_flat_refused", company="", contact="sarah.quinn@leesidelettings.example.ie",
    lang="en",
    frm=("Sarah Quinn | Leeside Lettings", "sarah.quinn@leesidelettings.example.ie"),
    subject="Apartment 4, Maryborough Court, Douglas", date="2026-05-22 16:47 +0100", cte="8bit",
    body="""Hi Freya,

Thanks for viewing Apartment 4 at Maryborough Court last Saturday and for sending on your references so quickly.

Unfortunately the landlord has decided to go with another applicant for this property. There was a lot of interest and it was a hard decision.

We have a two-bed in Ballinlough coming up in June - let me know if you'd like me to keep you posted.

Kind regards,
Sarah Quinn
Leeside Lettings | 21 Douglas Street, Cork | 021 555 6620""",
))

add(M(
    kind="other", name="friend_own_rejection", company="", contact="orlaith.byrne@example.com", lang="en",
    frm=("Orlaith Byrne", "orlaith.byrne@example.com"),
    subject="ugh", date="2026-03-26 22:51 +0000", cte="7bit",
    body="""So I didn't get the Arthur Cox-ish job. Got the "we have decided to move forward with other candidates" email at 10pm on a Thursday, like who sends those at night??

Anyway. Wine on Saturday? I want to hear how your Galway interview went, you never told me.

O x""",
))

add(M(
    kind="other", name="friend_own_interview_amsterdam", company="", contact="kofi.mensah@example.nl", lang="en",
    frm=("Kofi Mensah", "kofi.mensah@example.nl"),
    subject="Re: Amsterdam!!", date="2026-06-14 12:30 +0200", fmt="alt", cte="quoted-printable",
    thread=2,
    body="""Ha, yes! I had my second interview at the bank on Thursday - three people on the panel, one of them asked me to explain a swap to her "like she was my grandmother". I think it went well? They said I'd hear by the end of the month.

How did your case interview at Zuidas go? If you end up moving over we can finally do the canal bike tour you keep promising.

K

On Sat, 13 Jun 2026 at 21:02, Freya MacAllister-Osei <freya.mo@example.ie> wrote:
> Did you have your interview yet?? Tell me everything""",
    html=gmail("""Ha, yes! I had my second interview at the bank on Thursday - three people on the panel, one of them asked me to explain a swap to her "like she was my grandmother". I think it went well? They said I'd hear by the end of the month.

How did your case interview at Zuidas go? If you end up moving over we can finally do the canal bike tour you keep promising.

K

On Sat, 13 Jun 2026 at 21:02, Freya MacAllister-Osei <freya.mo@example.ie> wrote:
> Did you have your interview yet?? Tell me everything"""),
))

add(M(
    kind="other", name="headhunter_cold_outreach", company="", contact="isabel.frost@northgate-exec.example.co.uk",
    lang="en",
    frm=("Isabel Frost", "isabel.frost@northgate-exec.example.co.uk"),
    subject="Contract management opportunities - open to a chat?", date="2026-01-21 12:12 +0000",
    fmt="html", cte="quoted-printable",
    html=outlook("""Hi Freya,

I came across your profile on ProNet and was struck by your background: twelve years supporting commercial property and procurement partners is exactly the grounding many of my clients look for in junior contract managers.

I specialise in contract and commercial roles across the UK and Ireland (in-house legal teams, pharma and the public sector). I don't have a specific role to put in front of you today, but I'd welcome a 15-minute introductory call to understand what you're looking for.

Would any time next week suit?

Best regards,

Isabel Frost
Associate Director | Northgate Executive
Northgate Executive Ltd, 30 St Mary Axe, London EC3A 8BF. Registered in England No 09981123.""", lang="EN-GB"),
))

add(M(
    kind="other", name="profile_views_notification", company="", contact="", lang="en",
    frm=("ProNet", "notifications-noreply@pronet.example.com"),
    subject="Freya, you appeared in 23 searches this week", date="2026-02-23 08:33 +0000", fmt="html",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.pronet.example.com/e/unsub/weekly?k=1c>", "Precedence": "bulk"},
    html=digest([
        ("Recruiter at Northgate Executive viewed your profile", "See who else is looking", "https://www.pronet.example.com/me/profile-views"),
        ("5 jobs you may be interested in", "Contracts Coordinator · Lee Valley Biologics and more", "https://www.pronet.example.com/jobs/recommended"),
        ("Try Premium for €0", "Get InMail credits and see everyone who viewed you", "https://www.pronet.example.com/premium"),
    ], brand="ProNet", logo="ProNet", track="www.pronet.example.com", accent="#0a66c2",
        intro="You appeared in 23 searches this week. Most searchers worked at recruitment agencies and law firms.",
        footer="ProNet Ireland Ltd, Grand Canal Quay, Dublin 2.\nThis email was intended for Freya MacAllister-Osei (Legal Secretary at Ronayne & Dunphy).",
        unsub="https://www.pronet.example.com/e/unsub/weekly?k=1c"),
))

add(M(
    kind="other", name="diploma_application_received", company="", contact="", lang="en",
    frm=("Institute of Purchasing & Supply Ireland", "admissions-noreply@ipsi.example.ie"),
    subject="Application received: Diploma in Procurement and Supply (Autumn intake)",
    date="2026-05-30 10:45 +0100", cte="quoted-printable",
    body="""Dear Freya,

Thank you for applying for the Diploma in Procurement and Supply (part-time, online), Autumn 2026 intake.

We have received your application and payment of the €95 application fee. Our Admissions team will review your application and supporting documents; you'll receive a decision within 10 working days.

Classes start on Tuesday 22 September 2026.

IPSI Admissions
Institute of Purchasing & Supply Ireland, Harcourt Road, Dublin 2
This is an automated email.""",
))

add(M(
    kind="other", name="webinar_competency_interviews", company="", contact="", lang="en",
    frm=("Careers Collective Events", "events@careerscollective.example.co.uk"),
    subject="Tonight at 7pm: Acing the competency-based interview (free webinar)",
    date="2026-02-10 11:00 +0000", fmt="html", cte="quoted-printable",
    headers={"List-Id": "<events.careerscollective.example.co.uk>",
             "List-Unsubscribe": "<https://careerscollective.example.co.uk/unsubscribe?e=ab19>", "Precedence": "bulk"},
    html=digest([
        ("Join the webinar (7pm GMT)", "Live Q&A with two public-sector interview board members.", "https://careerscollective.example.co.uk/live/competency"),
        ("Download: STAR answer worksheet", "The one-page planner our members swear by.", "https://careerscollective.example.co.uk/star"),
        ("Replay: What to do when you miss an interview", "Last month's most-watched session.", "https://careerscollective.example.co.uk/replay/missed"),
    ], brand="Careers Collective", logo="Careers Collective", track="links.careerscollective.example.co.uk", accent="#6a4c93",
        intro="Hi Freya,\n\nPublic sector interview coming up? Tonight we're breaking down how interview boards score competency answers, with real examples from HSE, NHS and council panels.",
        footer="Careers Collective Ltd, 8 Bedford Street, Belfast BT2 7FD. Registered in Northern Ireland NI655201.",
        unsub="https://careerscollective.example.co.uk/unsubscribe?e=ab19"),
))

add(M(
    kind="other", name="boss_witness_interview_bundle", company="", contact="dermot.ronayne@ronaynedunphy.example.ie",
    lang="en",
    frm=("Dermot Ronayne", "dermot.ronayne@ronaynedunphy.example.ie"),
    subject="Murphy v Cork Marine - witness interview Thurs", date="2026-03-16 08:37 +0000", cte="quoted-printable",
    body="""Freya,

Can you prep the bundle for the witness interview with Mr Hegarty on Thursday at 10? Tabs 1-14 from the Murphy pleadings plus the 2019 charter agreement and all correspondence with the harbour master. Two copies, and one for counsel.

Also please book the small meeting room for 9.30 - 12.30.

Thanks,
Dermot

Dermot Ronayne
Partner
Ronayne & Dunphy Solicitors | 44 Washington Street, Cork""",
))

add(M(
    kind="other", name="mum_how_did_it_go", company="", contact="abena.osei@example.ie", lang="en",
    frm=("Mum", "abena.osei@example.ie"),
    subject="Thursday", date="2026-04-16 21:15 +0100", cte="7bit",
    body="""Hi love, how did the interview in Galway go? Dad says you drove back in the rain, text me when you're home safe.

Don't forget Nana's birthday Sunday.

Love Mum xx

Sent from my iPad""",
))

add(M(
    kind="other", name="mock_interview_missed_session", company="", contact="", lang="en",
    frm=("InterviewAce", "hello@interviewace.example.com"),
    subject="You missed your mock interview session 😢", date="2026-05-02 18:00 +0100", fmt="html",
    cte="base64", hcharset="utf-8",
    headers={"List-Unsubscribe": "<https://interviewace.example.com/unsub/99ac>", "Precedence": "bulk"},
    html=ats("""Hey Freya,

You booked an AI mock interview for 5pm today but never showed up! Our virtual interviewer waited patiently.

Good news: your practice credit hasn't expired. Rebook now and get 20% off InterviewAce Pro with the code COMEBACK20 - valid for 48 hours only.

Practise makes permanent,
Team InterviewAce""", brand="InterviewAce", logo="InterviewAce", track="go.interviewace.example.com", accent="#ef476f",
             button=("Rebook my session", "https://interviewace.example.com/book"),
             footer="InterviewAce Inc., 548 Market St, San Francisco, CA.",
             unsub="https://interviewace.example.com/unsub/99ac"),
))

add(M(
    kind="other", name="referee_agrees", company="", contact="helen.cotter@example.ie", lang="en",
    frm=("Helen Cotter", "helen.cotter@example.ie"),
    subject="Re: Would you be a referee?", date="2026-01-25 10:48 +0000", fmt="alt", cte="quoted-printable",
    thread=2,
    body="""Freya, of course I will! I'd be delighted. You ran my diary and half the conveyancing department for six years, I can say plenty of nice things.

My mobile is still 086 555 4102, and I'm back from Lanzarote on the 2nd, so anyone who calls after that will get me.

Good luck with it all - contract management is a smart move.

Helen

On Sat, 24 Jan 2026 at 19:33, Freya MacAllister-Osei <freya.mo@example.ie> wrote:
> Hi Helen, hope you're well and enjoying retirement! I'm applying for contracts roles
> and wondered if you'd be willing to be a referee for me?""",
    html=gmail("""Freya, of course I will! I'd be delighted. You ran my diary and half the conveyancing department for six years, I can say plenty of nice things.

My mobile is still 086 555 4102, and I'm back from Lanzarote on the 2nd, so anyone who calls after that will get me.

Good luck with it all - contract management is a smart move.

Helen

On Sat, 24 Jan 2026 at 19:33, Freya MacAllister-Osei <freya.mo@example.ie> wrote:
> Hi Helen, hope you're well and enjoying retirement! I'm applying for contracts roles
> and wondered if you'd be willing to be a referee for me?"""),
))

add(M(
    kind="other", name="candidate_experience_survey", company="", contact="", lang="en",
    frm=("Causeway Utilities via Survey", "survey-noreply@candidatepulse.example.com"),
    subject="How was your experience applying to Causeway Utilities?", date="2026-06-12 10:00 +0100",
    fmt="html", cte="quoted-printable",
    html=ats("""Hi Freya,

You recently took part in a recruitment process with Causeway Utilities. Whatever the outcome, we'd value two minutes of your time to tell us how it went.

On a scale of 0-10, how likely are you to recommend applying to Causeway Utilities to a friend?

Your answers are anonymous and will only be shared in aggregate.

Thank you,
CandidatePulse on behalf of Causeway Utilities""", brand="CandidatePulse", logo="CandidatePulse", track="s.candidatepulse.example.com",
             accent="#3a86ff", button=("Start the survey", "https://s.candidatepulse.example.com/r/cw-77"),
             footer="CandidatePulse Ltd, 10 Queen Street, London EC4N 1TX.",
             unsub="https://s.candidatepulse.example.com/optout/cw-77"),
))

add(M(
    kind="other", name="workday_account_created", company="", contact="", lang="en",
    frm=("Treaty City Medtech Careers", "treatycity@myworkday.com"),
    subject="Your candidate account has been created", date="2026-07-27 21:03 +0100", cte="7bit",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Hello,

A candidate account has been created for freya.mo@example.ie on the Treaty City Medtech careers site.

To verify your email address, sign in with the password you chose. If you did not create this account, you can ignore this email.

Treaty City Medtech Careers
This is an automatically generated email. Do not reply.""",
))

add(M(
    kind="other", name="agency_roles_you_might_like", company="", contact="", lang="en",
    frm=("Morrigan Recruitment", "news@morriganrecruitment.example.ie"),
    subject="New this week: 9 legal & contracts roles in Munster", date="2026-01-08 12:00 +0000",
    fmt="html", cte="quoted-printable",
    headers={"List-Id": "Morrigan Recruitment jobs <jobs.morriganrecruitment.example.ie>",
             "List-Unsubscribe": "<https://morriganrecruitment.example.ie/unsubscribe?id=c401>", "Precedence": "bulk"},
    html=digest([
        ("Contracts Paralegal - Cork City", "Top 20 Irish firm · €37-40k · Hybrid", "https://morriganrecruitment.example.ie/jobs/3021"),
        ("Legal Secretary (Conveyancing) - Bandon", "Busy country practice · Permanent", "https://morriganrecruitment.example.ie/jobs/3027"),
        ("Procurement Administrator - Little Island", "Medical devices · 12-month contract", "https://morriganrecruitment.example.ie/jobs/3030"),
        ("Contracts Officer - Limerick", "Semi-state body · Grade VI equivalent", "https://morriganrecruitment.example.ie/jobs/3034"),
    ], brand="Morrigan Recruitment", logo="Morrigan Recruitment", track="mail.morriganrecruitment.example.ie", accent="#264653",
        intro="Happy New Year! January is traditionally the busiest month for legal hiring in Munster - here's what landed on our desks this week.",
        footer="Morrigan Recruitment Ltd, 12 Oliver Plunkett Street, Cork. Licensed employment agency, licence no. EA-4410.",
        unsub="https://morriganrecruitment.example.ie/unsubscribe?id=c401"),
))

add(M(
    kind="other", name="networking_meetup_tickets", company="", contact="", lang="en",
    frm=("Eventfully", "orders@eventfully.example.com"),
    subject="Your tickets: Cork Procurement & Contracts Meetup", date="2026-09-01 13:14 +0100",
    fmt="html", cte="quoted-printable",
    html=ats("""Hi Freya,

You're going to Cork Procurement & Contracts Meetup #14 - "Negotiating with vendors who hold all the cards".

Thursday 17 September 2026, 18:30 - 20:30
The Clarke Room, Nano Nagle Place, Cork

Order #EV-55102781 · 1 x General Admission (free)

Your ticket is attached to this email in the app. Show the QR code at the door.

Eventfully""", brand="Eventfully", logo="Eventfully", track="click.eventfully.example.com", accent="#f05537",
             footer="Eventfully Ltd, 1 Windmill Lane, Dublin 2. You received this email because you registered for an event."),
))

add(M(
    kind="other", name="electricity_bill_ready", company="", contact="", lang="en",
    frm=("Lee Power & Gas", "bills@leepower.example.ie"),
    subject="Your bill is ready - account ending 4471", date="2026-02-05 06:40 +0000", fmt="html",
    cte="quoted-printable",
    html=ats("""Hi Freya,

Your electricity bill for 2 December 2025 - 3 February 2026 is ready.

Amount due: €187.42
Due date: 19 February 2026 (paid by Direct Debit)

View your bill and usage in the app or online: https://my.leepower.example.ie/bills

Lee Power & Gas""", brand="Lee Power & Gas", logo="Lee Power & Gas", track="e.leepower.example.ie", accent="#ffb703",
             footer="Lee Power & Gas DAC, Penrose Wharf, Cork. Regulated by the Commission for Regulation of Utilities."),
))

add(M(
    kind="other", name="ex_colleague_offers_referral", company="", contact="tomas.kelleher@example.com",
    lang="en",
    frm=("Tomás Kelleher", "tomas.kelleher@example.com"), hcharset="iso-8859-1",
    subject="my place is hiring", date="2026-07-07 20:41 +0100", cte="8bit", charset="iso-8859-1",
    body="""Hey Freya,

Long time no see! Saw your post about moving into contracts. My place (the medtech crowd in Mahon) is about to advertize a contracts coordinator job - want me to refer you before it goes public? There's a referral bonus for me so you'd be doing me a favour too, ha.

Send me your CV and I'll pass it to the hiring manager.

Tomás""",
))

add(M(
    kind="other", name="missed_dental_appointment", company="", contact="", lang="en",
    frm=("Grand Parade Dental", "appointments@grandparadedental.example.ie"),
    subject="You missed your appointment today", date="2026-08-11 15:30 +0100", cte="7bit",
    body="""Dear Freya,

Our records show that you missed your hygienist appointment today at 14:20 with Siobhan.

Please note that a missed appointment fee of EUR 30 may apply to appointments cancelled with less than 24 hours notice. To rebook, please call reception on 021 555 2740 or use our online booking page.

Grand Parade Dental
This is an automated reminder - replies are not monitored.""",
))

add(M(
    kind="other", name="interview_reviews_digest", company="", contact="", lang="en",
    frm=("WorkVoice", "digest@workvoice.example.com"),
    subject="New interview reviews at Kestrel Medical Devices and 3 more companies",
    date="2026-04-12 09:00 +0100", fmt="html", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://workvoice.example.com/unsub?d=31f>", "Precedence": "bulk"},
    html=digest([
        ("Kestrel Medical Devices: 'Interview was cancelled twice, then an offer'", "Contracts Specialist · Galway · Interview experience: neutral", "https://workvoice.example.com/r/kmd1"),
        ("Corrib Medical: 'Rejected after panel, but feedback was useful'", "Commercial Analyst · Galway", "https://workvoice.example.com/r/cm4"),
        ("Lee Valley Biologics: 'No response for six weeks'", "Supply Chain Planner · Cork", "https://workvoice.example.com/r/lvb2"),
        ("Treaty City Medtech salaries", "Contracts Manager: €55k - €62k (4 reports)", "https://workvoice.example.com/s/tcm"),
    ], brand="WorkVoice", logo="WorkVoice", track="t.workvoice.example.com", accent="#0caa41",
        intro="Here's what people are saying about companies you follow.",
        footer="WorkVoice, Inc. 100 Shoreline Hwy, Mill Valley, CA 94941.",
        unsub="https://workvoice.example.com/unsub?d=31f"),
))

add(M(
    kind="other", name="parking_permit_declined", company="", contact="", lang="en",
    frm=("Cork City Council Parking", "parking-noreply@corkcity.example.ie"),
    subject="Residential parking permit application - decision", date="2026-01-16 11:05 +0000", cte="quoted-printable",
    body="""Dear Freya MacAllister-Osei,

Application reference: RPP-2026-00418

We have reviewed your application for a residential parking permit for Zone 3 (Sunday's Well).

Unfortunately your application has been declined because the proof of address supplied (a mobile phone bill) is not an accepted document. You may reapply with a utility bill, bank statement or tenancy registration dated within the last three months.

Parking Control Section
Cork City Council
This mailbox is not monitored.""",
))

# ---------------------------------------------------------------- German

add(M(
    kind="other", name="karriere_newsletter_absagen", company="", contact="", lang="de",
    frm=("Karriereblick Newsletter", "newsletter@karriereblick.example.de"),
    subject="Absage erhalten? So machen Sie weiter", date="2026-03-08 08:00 +0100", fmt="html", cte="quoted-printable",
    headers={"List-Id": "Karriereblick <newsletter.karriereblick.example.de>",
             "List-Unsubscribe": "<https://karriereblick.example.de/abmelden?u=2a7>", "Precedence": "bulk"},
    html=digest([
        ("Warum Absagen oft nichts mit Ihnen zu tun haben", "Eine Personalerin erklärt, was nach dem Vorstellungsgespräch wirklich passiert.", "https://karriereblick.example.de/artikel/absagen"),
        ("Vorstellungsgespräch verpasst – was nun?", "So formulieren Sie die Entschuldigungsmail.", "https://karriereblick.example.de/artikel/verpasst"),
        ("Quereinstieg ins Vertragsmanagement", "Drei Erfahrungsberichte aus Frankfurt und München.", "https://karriereblick.example.de/artikel/quereinstieg"),
    ], brand="Karriereblick", logo="Karriereblick", track="t.karriereblick.example.de", accent="#d62828", lang="de",
        intro="Guten Morgen,\n\ndiese Woche geht es um ein Thema, über das niemand gern spricht: Absagen. Wir zeigen, wie Sie daraus lernen und mit neuem Schwung weitermachen.",
        footer="Karriereblick Medien GmbH · Mainzer Landstraße 50 · 60325 Frankfurt am Main · Geschäftsführer: Lars Eppler · HRB 102231",
        unsub="https://karriereblick.example.de/abmelden?u=2a7"),
))

add(M(
    kind="other", name="jobagent_neue_stellen", company="", contact="", lang="de",
    frm=("JobBrücke Jobagent", "jobagent@mailing.jobbruecke.example.de"),
    subject="8 neue Jobs für „Vertragsmanagement“ in Frankfurt am Main", date="2026-04-07 06:30 +0200",
    fmt="html", cte="base64", hcharset="utf-8",
    headers={"List-Unsubscribe": "<https://www.jobbruecke.example.de/jobagent/aus?t=5b>", "Precedence": "bulk"},
    html=digest([
        ("Vertragsmanager (m/w/d)", "Nordend Medizintechnik GmbH · Frankfurt-Nordend · Vollzeit", "https://www.jobbruecke.example.de/job/55102"),
        ("Referent Einkauf & Verträge (w/m/d)", "Stadtwerke Niddatal · Niddatal · Teilzeit möglich", "https://www.jobbruecke.example.de/job/55118"),
        ("Contract Manager (English speaking)", "Westhafen Energiehandel GmbH · Frankfurt-Gutleut", "https://www.jobbruecke.example.de/job/55121"),
        ("Sachbearbeitung Vertragswesen", "Hochschule Westend Frankfurt · befristet", "https://www.jobbruecke.example.de/job/55133"),
    ], brand="JobBrücke", logo="JobBrücke", track="click.jobbruecke.example.de", accent="#00a86b", lang="de",
        intro="Hallo Freya, Ihr Jobagent hat neue passende Stellen gefunden.",
        footer="JobBrücke GmbH · Hanauer Landstraße 291 · 60314 Frankfurt am Main · HRB 110877",
        unsub="https://www.jobbruecke.example.de/jobagent/aus?t=5b"),
))

add(M(
    kind="other", name="freundin_eigene_zusage", company="", contact="lena.hartmann@example.de", lang="de",
    frm=("Lena Hartmann", "lena.hartmann@example.de"),
    subject="ICH HAB DIE ZUSAGE!!!", date="2026-05-16 13:44 +0200", cte="8bit",
    body="""Freya!!!

Ich hab die Zusage von der Bank bekommen!!! Ab September bin ich offiziell Compliance-Referentin 🎉 Die haben heute Morgen angerufen und ich hab fast geheult im Büro.

Wie läuft's bei dir mit den Frankfurter Bewerbungen? Wenn du rüberkommst, kannst du erst mal bei mir in Bornheim wohnen, das weißt du, oder?

Drück dich,
Lena""",
))

add(M(
    kind="other", name="sendung_verspaetet", company="", contact="", lang="de",
    frm=("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
    subject="Ihre Sendung verspätet sich leider", date="2026-06-05 10:12 +0200", fmt="html", cte="quoted-printable",
    html=ats("""Guten Tag,

leider verspätet sich Ihre Sendung 00340434161094031187 von Buchhandlung am Römer aufgrund eines erhöhten Sendungsaufkommens im Paketzentrum Obertshausen.

Neuer voraussichtlicher Zustelltermin: Montag, 8. Juni 2026

Wir bitten um Entschuldigung.
Ihr Paketblitz-Team""", brand="Paketblitz", logo="Paketblitz", track="track.paketblitz.example.de", accent="#ffcc00", lang="de",
             footer="Paketblitz GmbH · Am Kaiserlei 5 · 63067 Offenbach · Diese E-Mail wurde automatisch erstellt."),
))

add(M(
    kind="other", name="wohnungsbewerbung_absage", company="", contact="k.vogel@hv-sachsenhausen.example.de", lang="de",
    frm=("Katrin Vogel", "k.vogel@hv-sachsenhausen.example.de"),
    subject="Ihre Bewerbung für die Wohnung Schweizer Straße 88, 2. OG", date="2026-09-10 15:02 +0200",
    charset="windows-1252", cte="quoted-printable",
    body="""Sehr geehrte Frau MacAllister-Osei,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Schweizer Straße 88 und für die Besichtigung am vergangenen Samstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Gerne nehmen wir Sie in unsere Interessentenliste für weitere Wohnungen in Sachsenhausen auf – geben Sie uns dazu einfach kurz Bescheid.

Mit freundlichen Grüßen

Katrin Vogel
Hausverwaltung Sachsenhausen GmbH
Textorstraße 22 · 60594 Frankfurt am Main
Tel. 069 555 61 30""",
))

add(M(
    kind="other", name="kreditantrag_eingegangen", company="", contact="", lang="de",
    frm=("Mainbank Online", "service-noreply@mainbank.example.de"),
    subject="Ihr Kreditantrag ist bei uns eingegangen", date="2026-09-18 19:22 +0200", cte="quoted-printable",
    body="""Sehr geehrte Frau MacAllister-Osei,

vielen Dank für Ihren Antrag auf einen Mietkautionskredit über 3.600 Euro (Antragsnummer MK-2026-884120).

Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Für die Bearbeitung benötigen wir noch Ihren Arbeitsvertrag oder eine Einstellungszusage. Bitte laden Sie das Dokument in Ihrem Online-Banking im Postfach hoch.

Mit freundlichen Grüßen
Ihre Mainbank

Mainbank AG · Neue Mainzer Straße 20 · 60311 Frankfurt am Main · Vorstand: Dr. Petra Schall (Vors.), Henrik Laub · HRB 50011
Bitte antworten Sie nicht auf diese E-Mail.""",
))

add(M(
    kind="other", name="abwesenheitsnotiz", company="", contact="kai.brenner@hessen-personal.example.de", lang="de",
    frm=("Kai Brenner", "kai.brenner@hessen-personal.example.de"),
    subject="Abwesenheitsnotiz: Unterlagen Mainufer Pharma", date="2026-05-25 08:02 +0200", cte="quoted-printable",
    thread=1, thread_domain="example.ie",
    headers={"Auto-Submitted": "auto-replied"},
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29. Mai nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Miriam Stahl (m.stahl@hessen-personal.example.de, +49 69 555 0830).

Viele Grüße
Kai Brenner
Hessen Personal Consulting GmbH""",
))

add(M(
    kind="other", name="eigene_nachfrage_bewerbung", company="", contact="", lang="de",
    frm=ME, to=[("Bewerbungen Hollweg Brandt", "bewerbung@hollweg-brandt.example.de")],
    subject="Nachfrage zum Stand meiner Bewerbung", date="2026-03-27 09:05 +0100", cte="quoted-printable",
    body="""Sehr geehrte Damen und Herren,

am 11. März habe ich mich als Referentin Vertragsmanagement bei Ihnen beworben und eine Eingangsbestätigung erhalten. Da die Bewerbungsfrist inzwischen abgelaufen ist, möchte ich höflich nachfragen, ob es schon einen Zeitplan für die Vorstellungsgespräche gibt.

Für eine kurze Rückmeldung wäre ich Ihnen sehr dankbar.

Mit freundlichen Grüßen
Freya MacAllister-Osei
Cork, Irland · +353 87 555 3318""",
))

add(M(
    kind="other", name="vhs_deutschkurs_anmeldung", company="", contact="", lang="de",
    frm=("Volkshochschule Frankfurt – Online-Anmeldung", "anmeldung-noreply@vhs-ffm.example.de"),
    subject="Anmeldebestätigung: Deutsch B2 für den Beruf (Online-Kurs 26H-0412)",
    date="2026-08-24 12:31 +0200", fmt="html", cte="quoted-printable", hcharset="utf-8",
    html=simple("""Sehr geehrte Frau MacAllister-Osei,

vielen Dank für Ihre Anmeldung. Hiermit bestätigen wir Ihren Platz im folgenden Kurs:

Deutsch B2 für den Beruf – Schwerpunkt Büro und Verwaltung (Online-Kurs 26H-0412)
14 Termine, dienstags 18:00–20:15 Uhr, ab 8. September 2026
Entgelt: 189,00 € (wird per Lastschrift eingezogen)

Die Zugangsdaten zum virtuellen Kursraum erhalten Sie eine Woche vor Kursbeginn.

Ihre Volkshochschule Frankfurt am Main

Dies ist eine automatisch erzeugte Nachricht.""", font="Tahoma, sans-serif"),
))

# ---------------------------------------------------------------- Spanish

add(M(
    kind="other", name="newsletter_superar_rechazo", company="", contact="", lang="es",
    frm=("Impulso Profesional", "boletin@impulsoprofesional.example.es"),
    subject="Cómo superar un rechazo (y preparar tu próxima entrevista)", date="2026-06-21 09:00 +0200",
    fmt="html", cte="quoted-printable", hcharset="utf-8",
    headers={"List-Id": "Impulso Profesional <boletin.impulsoprofesional.example.es>",
             "List-Unsubscribe": "<https://impulsoprofesional.example.es/baja?s=77e>", "Precedence": "bulk"},
    html=digest([
        ("«Lamentamos comunicarle...»: qué hay detrás de un rechazo", "Hablamos con tres responsables de selección.", "https://impulsoprofesional.example.es/rechazo"),
        ("Diez preguntas de entrevista para gestores de contratos", "Y cómo responderlas con el método STAR.", "https://impulsoprofesional.example.es/entrevista-contratos"),
        ("Ofertas destacadas en Madrid", "Compras, licitaciones y contratos públicos.", "https://impulsoprofesional.example.es/ofertas"),
    ], brand="Impulso Profesional", logo="Impulso Profesional", track="clk.impulsoprofesional.example.es", accent="#2a9d8f", lang="es",
        intro="¡Hola, Freya!\n\nEsta semana hablamos de algo que todos hemos vivido: el correo que empieza con «Lamentablemente». Te damos ideas para convertirlo en aprendizaje.",
        footer="Impulso Profesional Media, S.L. · Calle de Fuencarral 45, 28004 Madrid",
        unsub="https://impulsoprofesional.example.es/baja?s=77e"),
))

add(M(
    kind="other", name="amiga_su_entrevista", company="", contact="lucia.ferrer@example.es", lang="es",
    frm=("Lucía Ferrer", "lucia.ferrer@example.es"),
    subject="Re: ¿qué tal Madrid?", date="2026-06-06 23:10 +0200", cte="8bit", thread=2,
    body="""¡Hola guapa!

Pues nada, mi entrevista en la consultora fue un desastre jajaja. Me preguntaron por Excel avanzado y me quedé en blanco. Seguro que me llega el típico correo de "lamentamos informarte" la semana que viene.

Y tu que tal con el despacho de la Castellana?? Si vienes otra vez a Madrid te quedas en casa, ¡que lo sepas!

Besos,
Lucía

El sáb, 6 jun 2026 a las 19:02, Freya MacAllister-Osei (<freya.mo@example.ie>) escribió:
> ¿Qué tal fue tu entrevista? Cuéntame todo!!""",
))

add(M(
    kind="other", name="solicitud_alquiler_denegada", company="", contact="", lang="es",
    frm=("Habitaclia Madrid", "notificaciones@habitamadrid.example.es"),
    subject="Tu solicitud para el piso de la calle Ponzano ha sido rechazada", date="2026-07-01 11:48 +0200",
    fmt="html", cte="quoted-printable", hcharset="utf-8",
    html=ats("""Hola Freya:

El propietario del piso de la calle Ponzano 61 (Chamberí, 2 habitaciones) ha revisado las solicitudes recibidas y, lamentablemente, ha elegido a otro inquilino.

No te desanimes: hay 34 pisos nuevos en Chamberí que encajan con tu búsqueda. Activa las alertas para ser de los primeros en contactar.

El equipo de Habitaclia Madrid""", brand="Habitaclia Madrid", logo="Habitaclia Madrid", track="t.habitamadrid.example.es", accent="#6c2eb9",
             lang="es", button=("Ver pisos similares", "https://habitamadrid.example.es/buscar/chamberi"),
             footer="Habitaclia Madrid Portal, S.L. · Paseo de Recoletos 7, 28004 Madrid",
             unsub="https://habitamadrid.example.es/ajustes/notificaciones"),
))

add(M(
    kind="other", name="respuesta_automatica_vacaciones", company="", contact="alvaro.mendez@talentoiberico.example.es",
    lang="es",
    frm=("Álvaro Méndez", "alvaro.mendez@talentoiberico.example.es"), hcharset="utf-8",
    subject="Respuesta automática: Contract Manager – Alcobendas", date="2026-08-03 10:00 +0200", cte="8bit",
    thread=1, thread_domain="example.ie",
    headers={"Auto-Submitted": "auto-replied"},
    body="""Hola,

Estoy de vacaciones hasta el 17 de agosto, con acceso limitado al correo. Para cualquier asunto urgente puedes escribir a mi compañera Nuria Sanz (nuria.sanz@talentoiberico.example.es).

Gracias,
Álvaro Méndez
Talento Ibérico Consultores""",
))

add(M(
    kind="other", name="headhunter_contacto_inicial", company="", contact="beatriz.soler@cumbre-executive.example.es",
    lang="es",
    frm=("Beatriz Soler", "beatriz.soler@cumbre-executive.example.es"),
    subject="Perfil de gestión de contratos – ¿hablamos?", date="2026-04-27 12:05 +0200", charset="iso-8859-1",
    cte="quoted-printable",
    body="""Estimada Sra. MacAllister-Osei:

Me pongo en contacto con usted porque su perfil, con amplia experiencia en apoyo jurídico y gestión documental de contratos, me ha parecido muy interesante para varios de nuestros clientes en Madrid, especialmente en los sectores farmacéutico y energético.

Por el momento no tengo una vacante concreta que proponerle, pero me gustaría conocer sus expectativas y su disponibilidad para trasladarse. ¿Le parecería bien que mantuviéramos una breve conversación telefónica la próxima semana?

Reciba un cordial saludo,

Beatriz Soler
Directora de Búsqueda | Cumbre Executive Search
Calle de Serrano 88, 28006 Madrid
+34 91 555 70 12""",
))

# ---------------------------------------------------------------- French

add(M(
    kind="other", name="podcast_reconversions", company="", contact="ines@reconversions-podcast.example.fr",
    lang="fr",
    frm=("Inès Garnier", "ines@reconversions-podcast.example.fr"), hcharset="utf-8",
    subject="Interview pour le podcast « Reconversions »", date="2026-07-30 10:26 +0200", cte="quoted-printable",
    body="""Bonjour Freya,

J'anime « Reconversions », un podcast francophone sur les personnes qui changent de métier après 30 ans. Julien Roche (Alpes Talents) m'a parlé de votre parcours : assistante juridique à Cork, en route vers la gestion des contrats, et candidate dans quatre pays !

Accepteriez-vous de m'accorder une interview d'environ 45 minutes, à distance, en septembre ? On parlerait de votre reconversion, des entretiens en plusieurs langues et de ce que vous avez appris en chemin.

Au plaisir de vous lire,
Inès Garnier
« Reconversions » – le podcast
reconversions-podcast.example.fr""",
))

add(M(
    kind="other", name="newsletter_entretien_rate", company="", contact="", lang="fr",
    frm=("Carrières & Talents", "lettre@carrieres-talents.example.fr"),
    subject="Entretien raté, candidature refusée : et maintenant ?", date="2026-04-19 07:30 +0200",
    fmt="html", cte="quoted-printable", hcharset="utf-8",
    headers={"List-Id": "La lettre Carrières & Talents <lettre.carrieres-talents.example.fr>",
             "List-Unsubscribe": "<https://carrieres-talents.example.fr/desabonnement?k=f09>", "Precedence": "bulk"},
    html=digest([
        ("« Nous ne donnerons pas suite » : comment décoder un refus", "Ce que disent vraiment les réponses négatives des recruteurs.", "https://carrieres-talents.example.fr/refus"),
        ("Vous avez manqué un entretien ? Le mail d'excuse qui sauve", "Trois modèles à adapter.", "https://carrieres-talents.example.fr/entretien-manque"),
        ("Les métiers du contract management recrutent", "Salaires, formations, passerelles depuis l'assistanat juridique.", "https://carrieres-talents.example.fr/contract-management"),
    ], brand="Carrières & Talents", logo="Carrières & Talents", track="suivi.carrieres-talents.example.fr", accent="#1d3557", lang="fr",
        intro="Bonjour Freya,\n\nCette semaine, on parle de ces moments qui piquent : l'entretien qui tourne mal et le mail de refus qui tombe un vendredi soir.",
        footer="Carrières & Talents SAS · 15 rue du Faubourg Montmartre, 75009 Paris · RCS Paris 812 334 091",
        unsub="https://carrieres-talents.example.fr/desabonnement?k=f09"),
))

add(M(
    kind="other", name="amie_son_refus", company="", contact="camille.roux@example.fr", lang="fr",
    frm=("Camille Roux", "camille.roux@example.fr"),
    subject="bon ben c'est non", date="2026-05-28 21:40 +0200", cte="8bit",
    body="""Coucou ma belle,

Réponse de la boîte de cosmétiques ce soir : « nous avons le regret de ne pas pouvoir donner une suite favorable à votre candidature ». Après trois entretiens !! Je suis dégoûtée.

Bon, je me console avec un plateau de fromages. Et toi, des nouvelles du cabinet parisien pour Dublin ? Croise les doigts pour nous deux.

Bisous,
Camille""",
))

add(M(
    kind="other", name="alliance_francaise_inscription", company="", contact="", lang="fr",
    frm=("Alliance Française de Cork", "inscriptions-noreply@afcork.example.ie"),
    subject="Confirmation de votre inscription – Français des affaires (B2)", date="2026-01-09 17:20 +0000",
    charset="windows-1252", cte="quoted-printable", hcharset="iso-8859-1",
    body="""Bonjour Freya,

Nous avons bien reçu votre inscription au cours « Français des affaires – niveau B2 » (trimestre d'hiver).

Début des cours : mardi 20 janvier 2026, 18h30
Salle : 2, Alliance Française de Cork, Sullivan's Quay
Durée : 10 séances de 2 heures

Votre paiement de 265 EUR a été enregistré. Pensez à apporter une pièce d'identité pour votre carte d'adhérente.

À très bientôt,
Le secrétariat pédagogique
Alliance Française de Cork

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
))

add(M(
    kind="other", name="eigene_mail_remerciements", company="", contact="", lang="fr",
    frm=ME, to=[("Nathalie Perrin", "nathalie.perrin@groupe-helios.example.fr")],
    subject="Re: Proposition d'embauche – Contract Manager Hélios Energy Ireland", date="2026-08-20 09:14 +0100",
    fmt="alt", cte="quoted-printable", thread=2, thread_domain="groupe-helios.example.fr",
    body=f"""Chère Madame Perrin,

Je vous remercie chaleureusement pour votre proposition, que j'ai lue avec beaucoup d'attention. Je reviendrai vers vous avant la fin de la semaine prochaine avec la promesse signée ; j'aurais simplement une question sur la date de prise de poste, compte tenu de mon préavis d'un mois.

Pourrions-nous en parler brièvement par téléphone lundi ?

Bien cordialement,
{CAND_NAME}

Envoyé de mon iPhone""",
    html=simple(f"""Chère Madame Perrin,

Je vous remercie chaleureusement pour votre proposition, que j'ai lue avec beaucoup d'attention. Je reviendrai vers vous avant la fin de la semaine prochaine avec la promesse signée ; j'aurais simplement une question sur la date de prise de poste, compte tenu de mon préavis d'un mois.

Pourrions-nous en parler brièvement par téléphone lundi ?

Bien cordialement,
{CAND_NAME}

Envoyé de mon iPhone""", font="-apple-system, Helvetica, sans-serif", size="12pt"),
))
