"""Corpus 187: everything that is not a job event for the candidate (kind `other`).

Digests and newsletters, career advice, press/podcast/user-research requests, parcels and GPS,
friends, the candidate's own sent mail, bank/landlord/school/doctor mail, auto-replies,
network notifications and refused places on courses.
"""

from msgs187_acks import T_SHANNON_OFFER
from msgs187_common import (
    AMANDINE,
    AOIFE,
    CAND,
    CARMEN,
    CIARA,
    DECLAN,
    HUGH,
    JENS,
    KATRIN,
    NIAMH,
    SIG_DE,
    SIG_EN,
    SIG_ES,
    SIG_FR,
    M,
    ats_card,
    digest_text,
    esc,
    forward_block,
    mso,
    newsletter_html,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    reply,
    who,
)
from msgs187_invites import (
    T_LAGAN_CANCEL,
    T_PORTO_INVITE,
    T_PORTO_REQUEST,
    T_SHANNON_APOLOGY,
    T_SHANNON_MISSED,
)

LIST = "List-Unsubscribe"
POST = "List-Unsubscribe-Post"

T_THANKYOU_CORRIB = """Dear Aoife,

Thank you for arranging today's panel interview, and please pass on my thanks to Brendan and Yvonne. I really enjoyed hearing how the AP team is set up across the three shifts, and the three-way-match exercise was a good taste of the day-to-day work.

I'm even more keen on the role after today. If there is anything else you need from me, such as references, just let me know.

Kind regards,
Fionnuala
"""

T_FOLLOWUP_LAGAN = """Hi Ciara,

I hope you're keeping well. I just wanted to check in on the Accounts Payable Administrator role, as it's been about ten days since the interview was paused. I'm still very interested and happy to rearrange at short notice whenever you're ready.

Kind regards,
Fionnuala Dufresne-Abara
"""

T_GRACIAS_LARIOS = """Hola Carmen:

Muchas gracias por la entrevista de esta mañana y por explicarme con tanto detalle cómo trabajáis con los hoteles de la Costa del Sol. Me ha gustado mucho conocer el equipo y el tipo de clientes que lleváis.

Sigo muy interesada en el puesto. Si necesitáis referencias de mi hotel actual o cualquier otro documento, os lo envío enseguida.

Un saludo cordial,
Fionnuala
"""

_JF_ITEMS = [
    ("Accounts Payable Clerk - Corrib & Lee Shared Services, Cork",
     "https://jobfinder.example.ie/job/884120?utm_source=alert", "Permanent, full-time. Interviews from late January."),
    ("Purchase Ledger Assistant - Garnish Point Hotels, Cork City",
     "https://jobfinder.example.ie/job/884377?utm_source=alert", "Hotel group; hospitality background an advantage."),
    ("AP Analyst (German speaker) - Mahon, Cork",
     "https://jobfinder.example.ie/job/884402?utm_source=alert", "Shared service centre, EUR 34k-38k, hybrid."),
    ("Accounts Assistant - Blarney Woollen Crafts, Blarney",
     "https://jobfinder.example.ie/job/884455?utm_source=alert", "Part-time, 3 days. Immediate start."),
    ("Career advice: rejected after the second interview? Here's what recruiters say",
     "https://jobfinder.example.ie/advice/rejected-second-interview", "Five readers on the feedback that changed their search."),
]
_JF_FOOTER = ("You are receiving this alert because you set it up on jobfinder.example.ie. "
              "Manage alerts: https://jobfinder.example.ie/alerts | Unsubscribe: "
              "https://jobfinder.example.ie/u/8d1c2")

_GLW = """ScotJobs - your daily alert: "purchase ledger" near Glasgow
----------------------------------------------------------------

8 new jobs match your search.

1. Purchase Ledger Clerk - Kelvinside Hotels, Glasgow West End
   GBP 25,000-27,500 | Full-time | Posted today
   https://scotjobs.example.co.uk/j/551902

2. Accounts Payable Assistant - Broomielaw Travel Group, City Centre
   GBP 24,500 | Hybrid | Posted yesterday
   https://scotjobs.example.co.uk/j/551874

3. P2P Associate (12-month FTC) - Clyde Meridian Business Services
   GBP 26,000 | Assessment centres running weekly
   https://scotjobs.example.co.uk/j/551860

4. Finance Assistant - Merchant City Accountants
   GBP 23,000-25,000 | Graduate or AAT
   https://scotjobs.example.co.uk/j/551811

5. Accounts Payable Team Leader - Paisley logistics firm
   GBP 34,000 | Interviews next week
   https://scotjobs.example.co.uk/j/551799

...and 3 more: https://scotjobs.example.co.uk/alerts/ab71f/all

Tip of the week: a "no" at application stage usually means the CV didn't show the keywords.
Read: https://scotjobs.example.co.uk/advice/keywords

You can change or delete this alert at any time:
https://scotjobs.example.co.uk/alerts/ab71f/manage
Unsubscribe: https://scotjobs.example.co.uk/alerts/ab71f/stop
"""

_SALARY_TEXT = """LIFFEY TALENT PARTNERS - 2026 SALARY GUIDE

Accounts Payable and Shared Services: what the market looks like this year

Hiring for payables teams picked up again in the last quarter of 2025. Across our Dublin, Cork and Limerick desks we saw:

- AP Clerk / Assistant: EUR 30,000 - 36,000 (Dublin), EUR 28,000 - 33,000 (regions)
- AP Specialist / Senior: EUR 38,000 - 46,000
- AP Team Lead: EUR 50,000 - 58,000

Interview-to-offer ratio: 3.1 interviews per offer, down from 4.0 in 2024.
Counter-offers: one in five candidates received one from their current employer.
Rejection reasons we hear most: no ERP experience (SAP, Oracle, D365), and notice periods over two months.

Download the full guide: https://liffeytalent.example.ie/salary-guide-2026
Book a call with a consultant: https://liffeytalent.example.ie/contact

You are receiving this because you registered with Liffey Talent Partners.
Unsubscribe: https://liffeytalent.example.ie/preferences/unsubscribe
"""

MESSAGES = [
    M(kind="other", slug="jobfinder_digest_cork", lang="en", company="", contact="",
      frm=("Jobfinder Éire", "alerts@jobfinder.example.ie"), name_enc=("utf-8", "Q"), to=[CAND],
      subject="5 new Accounts Payable jobs in Cork", date="2026-01-08 07:00 +0000",
      text=digest_text("Your Jobfinder alert: accounts payable, Cork", "Here are the newest jobs matching your alert.", _JF_ITEMS, _JF_FOOTER),
      html=newsletter_html("Your Jobfinder alert: accounts payable, Cork", "Here are the newest jobs matching your alert.", _JF_ITEMS, esc(_JF_FOOTER)),
      cte="quoted-printable",
      headers={"List-Id": "Jobfinder job alerts <alerts.jobfinder.example.ie>",
               LIST: "<https://jobfinder.example.ie/u/8d1c2>, <mailto:unsubscribe@jobfinder.example.ie?subject=8d1c2>",
               POST: "List-Unsubscribe=One-Click", "Precedence": "bulk"}),

    M(kind="other", slug="newsletter_interview_mistakes", lang="en", company="", contact="",
      frm=("The Ledger Ladder", "newsletter@ledgerladder.example.com"), to=[CAND],
      subject="Five interview mistakes finance hiring managers still see",
      date="2026-02-14 08:30 +0000",
      html=newsletter_html("The Ledger Ladder - issue 48", """This week we asked twelve finance managers what makes them say no after an interview. Their answers were surprisingly consistent.

Plus: how to read an interview invitation for clues about the format, and what to do when an offer arrives on a Friday evening.""", [
          ("1. Talking about debits and credits, not about suppliers", "https://ledgerladder.example.com/i48/mistake-1", "Hiring managers want to hear how you handled the awkward supplier, not the textbook."),
          ("2. Not knowing the ERP on the job ad", "https://ledgerladder.example.com/i48/mistake-2", "Even a free SAP tutorial counts."),
          ("3. Skipping the thank-you note", "https://ledgerladder.example.com/i48/mistake-3", "Two lines, same day. It still matters."),
          ("4. Asking about salary in the first five minutes", "https://ledgerladder.example.com/i48/mistake-4", "There is a right moment. It's later."),
          ("5. Taking the rejection personally", "https://ledgerladder.example.com/i48/mistake-5", "Why 'we went with someone more experienced' is usually literal."),
      ], 'You subscribed at ledgerladder.example.com. <a href="https://ledgerladder.example.com/unsubscribe?u=4471">Unsubscribe</a>'),
      cte="quoted-printable",
      headers={"List-Id": "The Ledger Ladder <weekly.ledgerladder.example.com>",
               LIST: "<https://ledgerladder.example.com/unsubscribe?u=4471>",
               POST: "List-Unsubscribe=One-Click"}),

    M(kind="other", slug="careers_blog_rejection_article", lang="en", company="", contact="",
      frm=("Careers Clinic", "hello@careersclinic.example.ie"), to=[CAND],
      subject="\"Unfortunately, we will not be progressing your application\" - now what?",
      date="2026-03-21 10:00 +0000",
      text="""CAREERS CLINIC - Saturday letter

"Unfortunately, we will not be progressing your application" - now what?

Every one of us has opened that email. Sometimes it comes after a three-stage process, sometimes two hours after you pressed "apply". This week's letter is about what to do in the 48 hours after a rejection.

1. Reply once, briefly. Thank them and ask whether they can share feedback. About one in three employers will.

2. Separate the signal from the noise. "We decided to move forward with candidates whose experience more closely matches" is usually a sign that the job ad was written for someone slightly more senior than the salary suggests.

3. Log it. Keep a simple spreadsheet: role, stage reached, reason given. After ten rejections you will see a pattern.

4. Go back to the interview invitations you did get. What did those CVs have in common?

Reader question of the week: "An agency told me the client 'wants to make me an offer' but nothing in writing has arrived after a week. Should I chase?" Yes - politely, and ask for the offer letter by email.

Read the full letter online: https://careersclinic.example.ie/letters/2026-03-21
Forward to a friend: https://careersclinic.example.ie/share/2026-03-21

You're getting this because you signed up at careersclinic.example.ie.
Unsubscribe: https://careersclinic.example.ie/unsubscribe/ff31
""",
      headers={"List-Id": "Careers Clinic Saturday letter <saturday.careersclinic.example.ie>",
               LIST: "<https://careersclinic.example.ie/unsubscribe/ff31>",
               "Precedence": "list"}),

    M(kind="other", slug="podcast_request", lang="en", company="", contact="eoghan@ledgerlinespod.example.ie",
      frm=("Eoghan Tracey", "eoghan@ledgerlinespod.example.ie"), to=[CAND],
      subject="Interview request for the Ledger Lines podcast", date="2026-04-09 11:20 +0100",
      text="""Hi Fionnuala,

I host Ledger Lines, a small podcast about people who found their way into finance jobs by the scenic route. Saoirse Lyons mentioned that you've gone from night audit in a Killarney hotel to interviewing for payables roles, and I'd love to interview you for an episode on career changers from hospitality.

It would be a relaxed 30-minute conversation recorded on Zoom, any Tuesday or Wednesday evening in May. You'd get to hear the edit before it goes out, and we never name employers unless you want to.

Would you be up for it?

Thanks,
Eoghan Tracey
Ledger Lines - https://ledgerlinespod.example.ie
"""),

    M(kind="other", slug="user_research_tallybook", lang="en", company="",
      contact="priya.raman@tallybook.example.com",
      frm=("Priya Raman", "priya.raman@tallybook.example.com"), to=[CAND],
      subject="Research interview: how do you handle supplier invoices? (EUR 40 voucher)",
      date="2026-05-13 14:00 +0100",
      text="""Hi Fionnuala,

I'm a user researcher at Tallybook, the bookkeeping app you signed up to trial in March. We're running a round of research interviews with people who process supplier invoices, and your sign-up survey said you work on hotel accounts.

The session is a 45-minute video call where I'll ask you to walk me through how invoices reach you, how you approve them and what annoys you most. There are no right or wrong answers and we won't try to sell you anything. As a thank-you, you'll receive a EUR 40 One4All voucher.

If you're interested, book a slot here: https://tallybook.example.com/research/book?study=ap-2026-05

Thanks for considering it,
Priya Raman
Senior User Researcher, Tallybook
"""),

    M(kind="other", slug="parcel_delayed", lang="en", company="", contact="",
      frm=("ParcelPath Ireland", "no-reply@parcelpath.example.ie"), to=[CAND],
      subject="Your parcel PP-IE-77120493 is delayed", date="2026-06-05 18:22 +0100",
      text="""Hi Fionnuala,

Unfortunately, your parcel from Kenny's Bookshop has been delayed at our Portlaoise hub due to high volumes.

Tracking number: PP-IE-77120493
New estimated delivery: Monday 8 June, 09:00 - 13:00
Delivery address: Killarney, Co. Kerry

There's nothing you need to do. If you'd rather collect it from a ParcelPath point, you can change your delivery here: https://parcelpath.example.ie/track/PP-IE-77120493

We're sorry for the wait.
The ParcelPath team

This is an automated message. Please do not reply.
""",
      html=plain_html("""<p>Hi Fionnuala,</p>
<p><strong>Unfortunately, your parcel from Kenny's Bookshop has been delayed</strong> at our Portlaoise hub due to high volumes.</p>
<table style="border:1px solid #ddd;padding:8px"><tr><td>Tracking number</td><td>PP-IE-77120493</td></tr>
<tr><td>New estimated delivery</td><td>Monday 8 June, 09:00 - 13:00</td></tr>
<tr><td>Delivery address</td><td>Killarney, Co. Kerry</td></tr></table>
<p>There's nothing you need to do. If you'd rather collect it from a ParcelPath point, you can <a href="https://parcelpath.example.ie/track/PP-IE-77120493">change your delivery here</a>.</p>
<p>We're sorry for the wait.<br>The ParcelPath team</p>
<p style="font-size:11px;color:#777">This is an automated message. Please do not reply.</p>"""),
      cte="base64"),

    M(kind="other", slug="bike_tracker_position", lang="en", company="", contact="",
      frm=("TrackTag", "notifications@tracktag.example.com"), to=[CAND],
      subject="Position update: \"Blue Raleigh\" has moved", date="2026-07-15 06:41 +0100",
      text="""Your TrackTag "Blue Raleigh" reported a new position.

Time: 06:39 (IST)
Position: 52.0599 N, 9.5044 W - College Street, Killarney
Accuracy: about 8 m
Movement since last position: 1.2 km

If you're riding, you can ignore this message. If not, open the app to see the live position or mark the bike as stolen:
https://tracktag.example.com/app/device/BR-22817

Battery: 64%

You get these alerts because "Notify me when my tag moves" is turned on.
Turn off: https://tracktag.example.com/settings/notifications
"""),

    M(kind="other", slug="friend_saoirse_rejection", lang="en", company="",
      contact="saoirse.lyons@mail.example.ie",
      frm=("Saoirse Lyons", "saoirse.lyons@mail.example.ie"), to=[CAND],
      subject="ugh", date="2026-02-27 21:45 +0000",
      text="""Well. The crowd on the quays said no. THREE rounds, a case study AND a personality test, and then a two-line email this afternoon: "we have decided to proceed with other candidates at this time". Not even a phone call!

I'm grand, honestly, just raging I took a half day for the final interview.

How are yours going? Did you hear back from the Cork place after the panel? And you still owe me that pint from your birthday - Saturday in the Laurels?

S x
"""),

    M(kind="other", slug="sent_application_corrib", lang="en", company="", contact="",
      frm=CAND, to=[("Corrib & Lee Careers", "careers@corriblee.example.ie")],
      subject="Application: Accounts Payable Clerk (ref. CLSS-0112)", date="2026-01-12 21:40 +0000",
      text="""Dear Hiring Team,

I have just submitted my application for the Accounts Payable Clerk position (ref. CLSS-0112) through your careers portal and am attaching my CV here as well, in case the upload did not keep the formatting.

For the past four years I have worked as night auditor at the Flesk Bridge Hotel in Killarney, where I balance daily revenue, reconcile the city ledger and prepare supplier payment files for our group finance office. I am now looking to move into a dedicated accounts payable role, and a shared service centre such as Corrib & Lee is exactly the environment I would like to learn in.

I would be happy to travel to Cork for an interview at any time.

Kind regards,
""" + SIG_EN + "\n",
      attachments=[{"type": "pdf", "filename": "CV_Fionnuala_Dufresne-Abara.pdf", "title": "CV - Fionnuala Dufresne-Abara",
                        "lines": ["Fionnuala Dufresne-Abara", "Killarney, Co. Kerry - +353 87 555 0192",
                               "Night Auditor, Flesk Bridge Hotel, Killarney (2022-present)",
                               "Front Office Supervisor, Lakeshore Inn, Killarney (2019-2022)",
                               "QQI Level 6 Accounting Technician (in progress)",
                               "Languages: English, French (fluent), German (B2), Spanish (B2)"]}]),

    M(kind="other", slug="sent_thankyou_corrib", lang="en", company="", contact="",
      frm=CAND, to=[AOIFE], parent="corrib_panel_moved_ics",
      subject="Thank you - panel interview today", date="2026-02-13 18:55 +0000",
      text=T_THANKYOU_CORRIB),

    M(kind="other", slug="sent_reschedule_request_portobello", lang="en", company="", contact="",
      frm=CAND, to=[HUGH], parent="portobello_outlook",
      subject="RE: Interview - Accounts Payable Specialist", date="2026-02-04 08:30 +0000",
      text=T_PORTO_REQUEST + outlook_block("en", who(HUGH), "2026-02-03 10:12 +0000", who(CAND),
                                           "Interview - Accounts Payable Specialist", T_PORTO_INVITE)),

    M(kind="other", slug="sent_apology_shannon", lang="en", company="", contact="",
      frm=CAND, to=[DECLAN], parent="shannon_waited_teams",
      subject="Re: Missed interview this morning", date="2026-06-17 11:02 +0100",
      text=reply("en", T_SHANNON_APOLOGY, T_SHANNON_MISSED, "2026-06-17 10:25 +0100", *DECLAN)),

    M(kind="other", slug="recruiter_cold_approach", lang="en", company="",
      contact="keelin.moran@treatytalent.example.ie",
      frm=("Keelin Moran", "keelin.moran@treatytalent.example.ie"), to=[CAND],
      subject="Accounts payable in Limerick - open to a chat?", date="2026-08-18 12:15 +0100",
      text="""Hi Fionnuala,

I came across your profile while searching for people with hotel finance backgrounds. I recruit finance support staff across Limerick and Clare and I'm building a shortlist of AP candidates for the autumn - there's nothing live I can put you forward for today, but a few of my clients usually open roles in September.

If you're open to it, I'd be glad to have a 15-minute introductory call so I know what you're looking for. No pressure either way.

Best regards,
Keelin Moran
Associate Director, Treaty Talent
O'Connell Street, Limerick
+353 61 555 0150
"""),

    M(kind="other", slug="bank_mortgage_appointment", lang="en", company="",
      contact="fergal.brosnan@lakelandbank.example.ie",
      frm=("Fergal Brosnan", "fergal.brosnan@lakelandbank.example.ie"), to=[CAND],
      subject="Your mortgage appointment on Friday 4 September", date="2026-09-02 10:00 +0100",
      text="""Dear Fionnuala,

Thank you for booking a mortgage appointment with me. I'm writing to confirm the details:

Friday 4 September, 11:00, Lakeland Bank, 58 Main Street, Killarney

This first meeting is a fact-find interview: I'll ask about your income, outgoings and savings so we can see what approval in principle might look like. Please bring your last three payslips, six months of current account statements and photo ID. If your employment is changing, for example a new position starting soon, bring the contract or offer letter if you have it.

If you need to reschedule, just reply to this email or call me on 064 555 0102.

Kind regards,
Fergal Brosnan
Mortgage Adviser, Lakeland Bank
Lakeland Bank is regulated by the Central Bank of Ireland.
""", html=outlook_html(mso("""Dear Fionnuala,

Thank you for booking a mortgage appointment with me. I'm writing to confirm the details:

Friday 4 September, 11:00, Lakeland Bank, 58 Main Street, Killarney

This first meeting is a fact-find interview: I'll ask about your income, outgoings and savings so we can see what approval in principle might look like. Please bring your last three payslips, six months of current account statements and photo ID. If your employment is changing, for example a new position starting soon, bring the contract or offer letter if you have it.

If you need to reschedule, just reply to this email or call me on 064 555 0102.

Kind regards,
Fergal Brosnan
Mortgage Adviser, Lakeland Bank
Lakeland Bank is regulated by the Central Bank of Ireland."""))),

    M(kind="other", slug="landlord_boiler", lang="en", company="",
      contact="liamcronin.lettings@mail.example.ie",
      frm=("Liam Cronin", "liamcronin.lettings@mail.example.ie"), to=[CAND],
      subject="Boiler service - Tuesday", date="2026-01-22 09:10 +0000",
      text="""Hi Fionnuala,

The plumber can come out on Tuesday 27 January between 8 and 10 to service the boiler and look at where to position the new flue. Unfortunately he can't do any earlier in the week. I know you're on nights, so if that's too early I can let him in myself with the spare key - just let me know.

Also the rent review letter is in the post, no change this year.

Thanks,
Liam
"""),

    M(kind="other", slug="school_parent_teacher", lang="en", company="",
      contact="brid.kennelly@scoilfhionain.example.ie",
      frm=("Bríd Kennelly", "brid.kennelly@scoilfhionain.example.ie"), name_enc=("iso-8859-1", "Q"),
      to=[CAND], subject="Parent-teacher interviews – 3rd Class", subj_enc=("utf-8", "Q"),
      date="2026-10-05 13:30 +0100",
      text="""Dear Parent/Guardian,

Parent-teacher interviews for 3rd Class will take place on Thursday 15 October. Your appointment with Ms Hurley is at 16:40 and will last ten minutes.

If you cannot attend at this time, please reply to this email and we will do our best to offer you another slot. Interviews can also be held by phone on request.

Please remember that the school car park will be closed from 15:30 for the after-school club; parking is available at the GAA grounds.

Le meas,
Bríd Kennelly
School Secretary, Scoil Fhionáin, Killarney
064 555 0117
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="other", slug="gp_appointment_moved", lang="en", company="", contact="",
      frm=("Lakeside Medical Practice", "no-reply@lakesidemedical.example.ie"), to=[CAND],
      subject="Your appointment has been rescheduled", date="2026-04-28 08:05 +0100",
      text="""Lakeside Medical Practice

Dear Fionnuala Dufresne-Abara,

Unfortunately Dr Ahern is unavailable on Thursday 30 April. Your appointment has been moved to:

Friday 1 May 2026 at 09:20 with Dr Ahern

If this new time does not suit, please call reception on 064 555 0199 to rearrange. Please do not reply to this email; this mailbox is not monitored.

Lakeside Medical Practice, New Road, Killarney
"""),

    M(kind="other", slug="ooo_liffey", lang="en", company="", contact=NIAMH[1],
      frm=NIAMH, to=[CAND],
      subject="Automatic reply: RE: Brennan Kilbride want to meet you - Thurs 19 March",
      date="2026-03-17 09:00 +0000",
      text="""Thanks for your email. I'm out of the office for St Patrick's Day and will be back on Wednesday 18 March.

For anything urgent about interviews or offers, please contact my colleague Dara Kinsella on +353 1 555 0178 or dara.kinsella@liffeytalent.example.ie.

Niamh Gallagher
Liffey Talent Partners
""",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<CAND.20260317085812.4411@example.ie>"}),

    M(kind="other", slug="prolink_profile_viewed", lang="en", company="", contact="",
      frm=("ProLink", "notifications-noreply@prolink.example.com"), to=[CAND],
      subject="Fionnuala, a recruiter at Clyde Meridian viewed your profile",
      date="2026-05-25 07:30 +0100",
      text="""Fionnuala, your profile is getting noticed

A recruiter at Clyde Meridian Business Services viewed your profile.
You appeared in 14 searches this week.
Search terms that found you: accounts payable, night auditor, French

See who viewed your profile: https://prolink.example.com/me/profile-views
Job seekers who turn on "Open to work" get 2x more recruiter messages.

This email was intended for Fionnuala Dufresne-Abara (Night Auditor at Flesk Bridge Hotel).
Unsubscribe: https://prolink.example.com/e/unsub?type=views
""",
      html=ats_card("ProLink", "#0a66c2", paras("""Fionnuala, your profile is getting noticed

A recruiter at Clyde Meridian Business Services viewed your profile.

You appeared in 14 searches this week.
Search terms that found you: accounts payable, night auditor, French""")
                    + '<p><a href="https://prolink.example.com/me/profile-views">See who viewed your profile</a></p>',
                    'This email was intended for Fionnuala Dufresne-Abara. <a href="https://prolink.example.com/e/unsub?type=views">Unsubscribe</a>'),
      headers={LIST: "<https://prolink.example.com/e/unsub?type=views>"}),

    M(kind="other", slug="prolink_jobs_for_you", lang="en", company="", contact="",
      frm=("ProLink Jobs", "jobs-noreply@prolink.example.com"), to=[CAND],
      subject="New positions for you: Accounts Payable Officer and 5 more",
      date="2026-08-25 19:00 +0100",
      html=newsletter_html("Jobs you may be interested in", "Based on your profile and recent applications.", [
          ("Accounts Payable Officer - Lee Valley University, Cork", "https://prolink.example.com/jobs/view/40011", "Be an early applicant · 11 applicants"),
          ("AP Specialist - Skellig Air, Farranfore", "https://prolink.example.com/jobs/view/40017", "Easy Apply · Actively recruiting"),
          ("Purchase Ledger Clerk - Lagan Quay Hotels, Belfast", "https://prolink.example.com/jobs/view/40023", "Reposted 2 days ago"),
          ("Comptable fournisseurs - Bruxelles", "https://prolink.example.com/jobs/view/40029", "French required"),
          ("Kreditorenbuchhalter (m/w/d) - Frankfurt am Main", "https://prolink.example.com/jobs/view/40031", "Hybrid · Interviews online"),
          ("Técnico/a de Cuentas a Pagar - Málaga", "https://prolink.example.com/jobs/view/40037", "Spanish and English"),
      ], '<a href="https://prolink.example.com/e/unsub?type=jobs">Unsubscribe</a> · ProLink Ireland, Dublin 2', accent="#0a66c2"),
      cte="base64",
      headers={LIST: "<https://prolink.example.com/e/unsub?type=jobs>", POST: "List-Unsubscribe=One-Click"}),

    M(kind="other", slug="course_place_refused", lang="en", company="", contact="",
      frm=("Kerry College of Further Education - Admissions", "admissions@kerrycfe.example.ie"), to=[CAND],
      subject="Your application: Accounting Technician (evening), 2026/27", date="2026-09-09 15:00 +0100",
      text="""Dear Fionnuala,

Thank you for applying for the Accounting Technician (QQI Level 6) evening programme starting in September 2026.

We regret to inform you that we are unable to offer you a place on the programme this year. The course is heavily oversubscribed and places were allocated in order of application date. You have been placed on the waiting list at position 7, and we will contact you if a place becomes available before 30 September.

Your application fee will be refunded in full if no place is offered.

Yours sincerely,
Admissions Office
Kerry College of Further Education, Monavalley, Tralee
"""),

    M(kind="other", slug="hospitality_newsletter", lang="en", company="", contact="",
      frm=("Hotel & Catering Review Weekly", "news@hcreview.example.ie"), to=[CAND],
      subject="Kerry hotel group rejects takeover offer | GM interview: finance at the front desk",
      date="2026-06-30 06:00 +0100",
      text=digest_text("Hotel & Catering Review Weekly", "The week in Irish hospitality.", [
          ("Kerry hotel group rejects takeover offer from UK investor", "https://hcreview.example.ie/news/kerry-takeover", "Board says the offer 'significantly undervalues' the five-hotel group."),
          ("Interview: the GM who started as a night auditor", "https://hcreview.example.ie/features/gm-night-auditor", "Why the night desk is the best finance training in the business."),
          ("Positions vacant: 40 new hospitality roles this week", "https://hcreview.example.ie/jobs", "From commis chef to group financial controller."),
          ("Revenue managers cancel conference as bookings soften", "https://hcreview.example.ie/news/rm-conference", "Organisers to reschedule for spring."),
      ], "Hotel & Catering Review, Dublin 4. Unsubscribe: https://hcreview.example.ie/unsubscribe?id=5520"),
      html=newsletter_html("Hotel & Catering Review Weekly", "The week in Irish hospitality.", [
          ("Kerry hotel group rejects takeover offer from UK investor", "https://hcreview.example.ie/news/kerry-takeover", "Board says the offer 'significantly undervalues' the five-hotel group."),
          ("Interview: the GM who started as a night auditor", "https://hcreview.example.ie/features/gm-night-auditor", "Why the night desk is the best finance training in the business."),
          ("Positions vacant: 40 new hospitality roles this week", "https://hcreview.example.ie/jobs", "From commis chef to group financial controller."),
          ("Revenue managers cancel conference as bookings soften", "https://hcreview.example.ie/news/rm-conference", "Organisers to reschedule for spring."),
      ], 'Hotel &amp; Catering Review, Dublin 4. <a href="https://hcreview.example.ie/unsubscribe?id=5520">Unsubscribe</a>', accent="#7c2d12"),
      headers={"List-Id": "HCR Weekly <weekly.hcreview.example.ie>",
               LIST: "<https://hcreview.example.ie/unsubscribe?id=5520>, <mailto:leave@hcreview.example.ie>",
               "Precedence": "bulk"}),

    M(kind="other", slug="glasgow_job_alert", lang="en", company="", contact="",
      frm=("ScotJobs Alerts", "alerts@scotjobs.example.co.uk"), to=[CAND],
      subject="8 new purchase ledger jobs near Glasgow", date="2026-04-16 07:05 +0100",
      text=_GLW,
      headers={"List-Id": "ScotJobs alert ab71f <ab71f.alerts.scotjobs.example.co.uk>",
               LIST: "<https://scotjobs.example.co.uk/alerts/ab71f/stop>", "Precedence": "bulk"}),

    M(kind="other", slug="webinar_interview_skills", lang="en", company="", contact="",
      frm=("Institute of Finance Technicians Ireland", "events@ifti.example.ie"), to=[CAND],
      subject="Webinar: Nail your finance interview – Tuesday 10 March, 13:00",
      subj_enc=("utf-8", "Q"), date="2026-03-03 12:00 +0000",
      text="""Institute of Finance Technicians Ireland - Member events

Nail your finance interview
Tuesday 10 March, 13:00-13:45, online

Whether you've just received your first interview invitation or you're preparing for a final-round panel, this lunchtime webinar covers competency questions, Excel tests and how to handle the salary conversation. Our speakers are two hiring managers from Cork shared service centres and a recruiter who has seen a thousand offers accepted and declined.

Register: https://ifti.example.ie/events/nail-your-interview
A calendar file is attached so you can save the date.

You receive member updates because you are a student member of IFTI.
Manage preferences: https://ifti.example.ie/preferences
""", ics_mode="attach",
      ics={"method": "PUBLISH", "uid": "ifti-webinar-20260310@ifti.example.ie", "sequence": 0,
               "start": "2026-03-10 13:00 +0000", "end": "2026-03-10 13:45 +0000",
               "summary": "IFTI webinar: Nail your finance interview",
               "location": "Online (link on registration)", "organizer": ("IFTI Events", "events@ifti.example.ie"),
               "prodid": "-//IFTI//Events 2.1//EN"},
      headers={"List-Id": "IFTI member events <events.ifti.example.ie>",
               LIST: "<https://ifti.example.ie/preferences>"}),

    M(kind="other", slug="friend_forward_job_ad", lang="en", company="",
      contact="saoirse.lyons@mail.example.ie",
      frm=("Saoirse Lyons", "saoirse.lyons@mail.example.ie"), to=[CAND],
      subject="Fwd: We're hiring: Accounts Payable Officer (Cork)", date="2026-07-27 22:10 +0100",
      text="""Saw this in the Chamber newsletter and thought of you straight away!! Didn't you say Lee Valley was on your list? x

""" + forward_block("en", "Cork Chamber Jobs Board <jobs@corkchamberjobs.example.ie>",
                    "2026-07-27 08:00 +0100", "We're hiring: Accounts Payable Officer (Cork)",
                    "saoirse.lyons@mail.example.ie", """CORK CHAMBER JOBS BOARD - featured vacancy

Lee Valley University - Accounts Payable Officer (Finance Office)
Permanent, full-time, Western Road, Cork
Salary: EUR 36,410 - 45,970 (pro rata for new entrants)

The Finance Office is seeking an experienced Accounts Payable Officer to join a team of eight processing over 60,000 supplier invoices a year. Interviews are expected to take place in early September.

Closing date for applications: 14 August 2026, 12 noon.
Apply at https://leevalleyuni.example.ie/vacancies/LVU-FO-2611

You received this because you subscribe to the Cork Chamber weekly jobs digest.
Unsubscribe: https://corkchamberjobs.example.ie/unsubscribe
""")),

    M(kind="other", slug="sent_followup_lagan", lang="en", company="", contact="",
      frm=CAND, to=[CIARA], parent="lagan_cancel_ics",
      subject="Re: Cancelled: Video interview - Accounts Payable Administrator",
      date="2026-04-30 20:15 +0100",
      text=reply("en", T_FOLLOWUP_LAGAN, T_LAGAN_CANCEL, "2026-04-20 16:30 +0100", *CIARA)),

    M(kind="other", slug="credit_union_loan_declined", lang="en", company="", contact="",
      frm=("Killarney Lakes Credit Union", "loans@klcu.example.ie"), to=[CAND],
      subject="Your loan application ref. KL-26-3390", date="2026-08-07 11:00 +0100",
      text="""Dear Member,

Thank you for your recent application for a car loan of €9,500 over 48 months.

We regret to inform you that your application has been declined on this occasion. Our decision is based on the repayment capacity shown on your application; it does not prevent you from applying again in future. If your circumstances change – for example, a new employment contract or a change in your salary – we would be happy to look at your application again.

You may request a review of this decision within 15 working days by writing to the Credit Committee at the address below.

Yours sincerely,
Lending Department
Killarney Lakes Credit Union Ltd, High Street, Killarney, Co. Kerry
Killarney Lakes Credit Union Ltd is regulated by the Central Bank of Ireland.
""", charset="windows-1252", cte="8bit"),

    M(kind="other", slug="friend_coffee_ics", lang="en", company="",
      contact="aisling.doody@mail.example.ie",
      frm=("Aisling Doody", "aisling.doody@mail.example.ie"), to=[CAND],
      subject="Invitation: Coffee & catch-up @ Sat 17 Oct 2026 11:00 - 12:30 (IST)",
      date="2026-10-14 13:05 +0100",
      text="""Aisling Doody has invited you to an event.

Coffee & catch-up
Saturday 17 October 2026, 11:00 - 12:30 (Irish Standard Time)
Where: Petit Delice, High Street, Killarney

To celebrate your new job!! My treat. Bring news of the contract x

Going? Yes - Maybe - No
https://calendar.example.com/event?action=RESPOND&eid=Y29mZmVlLTE3b2N0

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
      ics={"method": "REQUEST", "uid": "coffee17oct2026aisling@calendar.example.com", "sequence": 0,
               "start": "2026-10-17 11:00 +0100", "end": "2026-10-17 12:30 +0100",
               "summary": "Coffee & catch-up", "location": "Petit Delice, High Street, Killarney",
               "description": "To celebrate your new job!! My treat.",
               "organizer": ("Aisling Doody", "aisling.doody@mail.example.ie"), "attendees": [CAND],
               "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),

    M(kind="other", slug="press_interview_request", lang="en", company="",
      contact="clodagh.sheehy@lakelandcourier.example.ie",
      frm=("Clodagh Sheehy", "clodagh.sheehy@lakelandcourier.example.ie"), to=[CAND],
      subject="Interview request - feature on night-shift workers in Killarney",
      date="2026-09-18 16:20 +0100",
      text="""Hi Fionnuala,

I'm a reporter with the Lakeland Courier. We're putting together a feature for October on the people who keep Killarney running overnight - hotel staff, nurses, bakers, taxi drivers - and your manager at the Flesk Bridge suggested you as someone who'd have great stories from the night audit desk.

Would you be willing to do a short interview (about 20 minutes, in person or by phone) and have a photo taken? We'd publish your first name and job title only, unless you're happy with more.

Our deadline is Friday 2 October.

Many thanks,
Clodagh Sheehy
Reporter, Lakeland Courier
087 555 0144
"""),

    M(kind="other", slug="salary_guide_newsletter", lang="en", company="", contact="",
      frm=("Liffey Talent Partners", "insights@liffeytalent.example.ie"), to=[CAND],
      subject="2026 Salary Guide: Accounts Payable & Shared Services", date="2026-01-29 09:00 +0000",
      text=_SALARY_TEXT,
      html=plain_html(paras(_SALARY_TEXT)), cte="base64",
      headers={"List-Id": "Liffey Talent insights <insights.liffeytalent.example.ie>",
               LIST: "<https://liffeytalent.example.ie/preferences/unsubscribe>",
               POST: "List-Unsubscribe=One-Click"}),

    M(kind="other", slug="sent_offer_question_shannon", lang="en", company="", contact="",
      frm=CAND, to=[DECLAN], parent="shannon_offer_pdf",
      subject="Re: Your offer - Accounts Payable Officer", date="2026-07-06 09:30 +0100",
      text=reply("en", """Hi Declan,

Thank you so much for the offer, and please thank Fidelma too - I was delighted to get your call on Friday.

Before I sign, could I ask two things? First, would a start date of Monday 17 August work, given my four weeks' notice at the hotel? Second, could I have until Friday 10 July to come back to you? I'm waiting on the outcome of one other process and want to be fair to everyone.

Kind regards,
Fionnuala
""", T_SHANNON_OFFER, "2026-07-03 16:10 +0100", *DECLAN)),
]

# ---------------------------------------------------------------- French

_BRUX_ITEMS = [
    ("Comptable fournisseurs (H/F/X) – Meridia Services Partagés, Bruxelles",
     "https://emploibrux.example.be/offre/22817", "CDI, bilingue FR/EN. Entretiens dès mars."),
    ("Assistant(e) comptable AP/AR – Centre Comptable Ixelles",
     "https://emploibrux.example.be/offre/22831", "Néerlandais souhaité. Temps plein."),
    ("Gestionnaire comptable – Haute École Flagey",
     "https://emploibrux.example.be/offre/22840", "Contrat à durée indéterminée, barème public."),
    ("Night auditor – Hôtels du Sablon",
     "https://emploibrux.example.be/offre/22852", "Horaires de nuit, prime de nuit."),
    ("Conseil carrière : comment répondre à un refus après entretien ?",
     "https://emploibrux.example.be/conseils/refus-entretien", "Nos recruteurs partenaires vous répondent."),
]

MESSAGES += [
    M(kind="other", slug="alerte_emplois_bruxelles", lang="fr", company="", contact="",
      frm=("EmploiBrux", "alertes@emploibrux.example.be"), to=[CAND],
      subject="5 nouvelles offres pour « comptable fournisseurs » à Bruxelles",
      subj_enc=("utf-8", "Q"), date="2026-02-02 07:30 +0100",
      text=digest_text("Votre alerte EmploiBrux", "Voici les nouvelles offres correspondant à votre recherche.", _BRUX_ITEMS,
                       "Vous recevez cet e-mail car vous avez créé une alerte sur emploibrux.example.be.\nSe désabonner : https://emploibrux.example.be/alertes/stop/91ac"),
      html=newsletter_html("Votre alerte EmploiBrux", "Voici les nouvelles offres correspondant à votre recherche.", _BRUX_ITEMS,
                           'Vous recevez cet e-mail car vous avez créé une alerte. <a href="https://emploibrux.example.be/alertes/stop/91ac">Se désabonner</a>', "fr"),
      cte="quoted-printable",
      headers={"List-Id": "Alertes EmploiBrux <alertes.emploibrux.example.be>",
               LIST: "<https://emploibrux.example.be/alertes/stop/91ac>", POST: "List-Unsubscribe=One-Click",
               "Precedence": "bulk"}),

    M(kind="other", slug="newsletter_conseils_refus", lang="fr", company="", contact="",
      frm=("Cap Carrière", "lettre@capcarriere.example.fr"), to=[CAND],
      subject="Refus après entretien : comment rebondir (et quand relancer)",
      subj_enc=("iso-8859-1", "Q"), date="2026-05-06 08:00 +0200",
      html=newsletter_html("La lettre Cap Carrière – n° 112", """Cette semaine, nous parlons du moment que tout le monde redoute : le mail qui commence par « Nous avons le regret de vous informer… ».

Vous y trouverez aussi nos conseils pour préparer un entretien en visio et pour négocier une offre d'embauche sans la mettre en danger.""", [
          ("Refus après entretien : les 3 questions à poser au recruteur", "https://capcarriere.example.fr/articles/refus-entretien", "Demander un retour, oui – mais comment ?"),
          ("Entretien en visio : la check-list technique", "https://capcarriere.example.fr/articles/visio", "Lien, micro, lumière : ce qui fait rater un entretien."),
          ("Offre d'embauche : peut-on négocier par e-mail ?", "https://capcarriere.example.fr/articles/negocier-offre", "Les réponses de trois DRH."),
          ("Témoignage : « J'ai été recalée six fois avant de décrocher mon CDI »", "https://capcarriere.example.fr/temoignages/six-refus", "Le parcours de Chloé, comptable à Lille."),
      ], 'Vous êtes abonné(e) à la lettre Cap Carrière. <a href="https://capcarriere.example.fr/desinscription?u=ac91">Se désinscrire</a>', "fr", "#9d174d"),
      cte="quoted-printable",
      headers={"List-Id": "Lettre Cap Carriere <lettre.capcarriere.example.fr>",
               LIST: "<https://capcarriere.example.fr/desinscription?u=ac91>"}),

    M(kind="other", slug="envoi_candidature_meridia", lang="fr", company="", contact="",
      frm=CAND, to=[("Meridia Services Partagés – Recrutement", "recrutement@meridia-ssc.example.be")],
      subject="Candidature – Comptable fournisseurs (H/F/X), réf. MSP-AP-0214",
      subj_enc=("utf-8", "B"), date="2026-02-23 21:10 +0000",
      text="""Madame, Monsieur,

Je vous adresse ma candidature au poste de Comptable fournisseurs (H/F/X) publié sur votre site (réf. MSP-AP-0214).

Auditrice de nuit depuis quatre ans dans un hôtel de Killarney, en Irlande, je contrôle chaque nuit les recettes, je rapproche les comptes clients et je prépare les fichiers de paiement fournisseurs pour le service financier du groupe. Je souhaite aujourd'hui me consacrer pleinement à la comptabilité fournisseurs, et un centre de services partagés international comme Meridia correspond exactement à ce projet.

Le français est ma deuxième langue maternelle (mon père est originaire de Liège), et je suis prête à m'installer à Bruxelles rapidement.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien, y compris en visioconférence.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

""" + SIG_FR + "\n", cte="quoted-printable",
      attachments=[{"type": "pdf", "filename": "CV_Dufresne-Abara_FR.pdf", "title": "CV - Fionnuala Dufresne-Abara (FR)",
                        "lines": ["Fionnuala Dufresne-Abara", "Killarney (Irlande) - +353 87 555 0192",
                               "Auditrice de nuit, Flesk Bridge Hotel (depuis 2022)",
                               "Superviseuse de la réception, Lakeshore Inn (2019-2022)",
                               "Langues : anglais, français, allemand (B2), espagnol (B2)"]}]),

    M(kind="other", slug="refus_formation_comptable", lang="fr", company="", contact="",
      frm=("Institut Bruxellois de Formation Comptable", "inscriptions@ibfc.example.be"), to=[CAND],
      subject="Votre demande d'inscription - Certificat en comptabilité IFRS",
      subj_enc=("iso-8859-1", "B"), date="2026-07-09 14:00 +0200",
      text="""Madame,

Nous avons bien examiné votre demande d'inscription au certificat en comptabilité IFRS (session de septembre 2026, cours du soir).

Nous sommes au regret de ne pas pouvoir y donner une suite favorable : le nombre de places est limité à 24 participants et la priorité est accordée aux personnes résidant ou travaillant en Région de Bruxelles-Capitale. Votre dossier a été placé sur liste d'attente.

Nous vous invitons à vous inscrire à la session de février 2027, pour laquelle les inscriptions ouvriront le 1er novembre.

Le secrétariat des inscriptions
Institut Bruxellois de Formation Comptable
Rue de la Loi 44, 1040 Bruxelles
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="other", slug="colis_retard", lang="fr", company="", contact="",
      frm=("ColisExpress", "ne-pas-repondre@colisexpress.example.fr"), to=[CAND],
      subject="Votre colis est retardé", subj_enc=("utf-8", "Q"), date="2026-04-03 17:00 +0200",
      html=ats_card("ColisExpress", "#f59e0b", paras("""Bonjour Fionnuala,

Malheureusement, votre colis n° CX 8841 0293 FR a pris du retard lors de son acheminement vers l'Irlande.

Nouvelle date de livraison estimée : mardi 7 avril.

Nous vous prions de nous excuser pour ce contretemps. Vous pouvez suivre votre colis en temps réel sur notre site.""")
                    + '<p><a href="https://colisexpress.example.fr/suivi/CX88410293FR">Suivre mon colis</a></p>',
                    "Ceci est un message automatique, merci de ne pas y répondre.", "fr"),
      cte="base64"),

    M(kind="other", slug="amie_refus", lang="fr", company="",
      contact="margaux.lefevre@courriel.example.be",
      frm=("Margaux Lefèvre", "margaux.lefevre@courriel.example.be"), name_enc=("utf-8", "B"),
      to=[CAND], subject="Bon, ce n'était pas pour moi…", subj_enc=("utf-8", "B"),
      date="2026-06-11 20:30 +0200",
      text="""Coucou Fionnuala,

Petite nouvelle de Bruxelles : le cabinet d'audit de l'avenue Louise m'a dit non. « Votre candidature n'a pas été retenue pour la suite du processus », après deux entretiens et un test de trois heures ! Je suis un peu dégoûtée mais bon, j'ai déjà deux autres pistes.

Et toi, des nouvelles de ton entretien avec la haute école ? Si tu viens t'installer ici, la chambre d'amis est à toi le temps de trouver un appart.

Bises,
Margaux
"""),

    M(kind="other", slug="absence_meridia", lang="fr", company="", contact=AMANDINE[1],
      frm=AMANDINE, to=[CAND],
      subject="Réponse automatique : RE: Invitation à un entretien – Comptable fournisseurs (H/F/X)",
      subj_enc=("utf-8", "Q"), date="2026-03-10 07:55 +0100",
      text="""Bonjour,

Je suis absente du bureau jusqu'au jeudi 12 mars inclus, sans accès à mes e-mails.

Pour toute question urgente concernant un entretien ou une candidature en cours, vous pouvez contacter recrutement@meridia-ssc.example.be.

Merci et à bientôt,
Amandine Verhaegen

---
I am out of the office until Thursday 12 March with no access to e-mail.
""",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<CAND.20260309210412.2291@example.ie>"}),
]

# ---------------------------------------------------------------- German

_FFM_TEXT = """JobRadar Rhein-Main – Ihr Suchauftrag „Kreditorenbuchhaltung Frankfurt“

6 neue Stellen seit gestern:

• Kreditorenbuchhalter (m/w/d) – Hessenflug, Frankfurt Flughafen
  Vollzeit, unbefristet | https://jobradar.example.de/s/77310
• Sachbearbeiter Accounts Payable (englischsprachig) – Niederrad Business Services
  Hybrid, 2 Tage Homeoffice | https://jobradar.example.de/s/77322
• Buchhalter/in Hotellerie – Mainufer Hotels
  Vollzeit, Personalzimmer möglich | https://jobradar.example.de/s/77341
• Finanzbuchhalter (m/w/d) – Steuerkanzlei in Sachsenhausen
  Teilzeit möglich | https://jobradar.example.de/s/77358
• Kreditorenbuchhaltung – Hochschule Bockenheim
  TV-H E8 | https://jobradar.example.de/s/77360

Ratgeber: Absage erhalten? So formulieren Sie eine Nachfrage, ohne aufdringlich zu wirken.
https://jobradar.example.de/ratgeber/absage-nachfragen

Suchauftrag bearbeiten oder löschen: https://jobradar.example.de/suchauftrag/5ff2
Abmelden: https://jobradar.example.de/abmelden/5ff2
"""

MESSAGES += [
    M(kind="other", slug="jobalert_frankfurt", lang="de", company="", contact="",
      frm=("JobRadar Rhein-Main", "jobalert@jobradar.example.de"), to=[CAND],
      subject="6 neue Jobs für „Kreditorenbuchhaltung Frankfurt“", subj_enc=("utf-8", "Q"),
      date="2026-03-26 06:30 +0100", text=_FFM_TEXT, charset="windows-1252", cte="quoted-printable",
      headers={"List-Id": "JobRadar Suchauftrag 5ff2 <5ff2.suchauftrag.jobradar.example.de>",
               LIST: "<https://jobradar.example.de/abmelden/5ff2>", "Precedence": "bulk"}),

    M(kind="other", slug="karriere_newsletter_absagen", lang="de", company="", contact="",
      frm=("Karrierebrief", "redaktion@karrierebrief.example.de"), to=[CAND],
      subject="Absage nach dem Vorstellungsgespräch? So nutzen Sie das Feedback",
      date="2026-07-02 09:00 +0200",
      html=newsletter_html("Der Karrierebrief – Ausgabe 27/2026", """Liebe Leserinnen und Leser,

eine Absage tut weh – gerade nach einem guten Vorstellungsgespräch. In dieser Ausgabe zeigen wir, wie Sie aus einer Absage konkrete Hinweise für die nächste Bewerbung gewinnen.

Außerdem: Wie Sie eine Einladung zum Probearbeiten richtig lesen und was in einem Arbeitsvertrag wirklich stehen muss.""", [
          ("Absage erhalten: Drei Sätze für die Nachfrage", "https://karrierebrief.example.de/a/absage-nachfrage", "Höflich, kurz, konkret – so antworten Personaler eher."),
          ("Probearbeiten: Was ist erlaubt, was wird bezahlt?", "https://karrierebrief.example.de/a/probearbeit", "Rechtliche Grundlagen für Bewerberinnen."),
          ("Arbeitsvertrag prüfen: Die Checkliste", "https://karrierebrief.example.de/a/vertrag-checkliste", "Probezeit, Kündigungsfristen, Überstunden."),
          ("Quereinstieg in die Buchhaltung", "https://karrierebrief.example.de/a/quereinstieg-buchhaltung", "Vom Hotelempfang in die Kreditorenbuchhaltung – ein Erfahrungsbericht."),
      ], 'Sie erhalten den Karrierebrief, weil Sie ihn abonniert haben. <a href="https://karrierebrief.example.de/abmelden?id=a7">Abmelden</a> · Impressum: Karrierebrief Verlag, Mainz', "de", "#1e3a8a"),
      cte="base64",
      headers={"List-Id": "Karrierebrief <brief.karrierebrief.example.de>",
               LIST: "<https://karrierebrief.example.de/abmelden?id=a7>, <mailto:abmelden@karrierebrief.example.de>",
               POST: "List-Unsubscribe=One-Click"}),

    M(kind="other", slug="eigene_bewerbung_hessenflug", lang="de", company="", contact="",
      frm=CAND, to=[KATRIN],
      subject="Bewerbung als Kreditorenbuchhalterin (m/w/d) - Ref. HF-2026-114",
      subj_enc=("iso-8859-1", "Q"), date="2026-04-13 20:30 +0100",
      text="""Sehr geehrte Frau Wiegand,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Kreditorenbuchhalterin (m/w/d) am Standort Frankfurt (Ref. HF-2026-114). Meine Unterlagen habe ich zusätzlich über Ihr Bewerbungsportal eingereicht.

Seit vier Jahren arbeite ich als Night Auditor in einem Hotel in Killarney (Irland). Dort stimme ich täglich die Umsätze ab, kläre Differenzen mit den Abteilungen und bereite die Zahlungsläufe für unsere Lieferanten vor. Nun möchte ich mich ganz auf die Kreditorenbuchhaltung konzentrieren - gern in einem internationalen Umfeld wie der Luftfahrt.

Meine Deutschkenntnisse entsprechen dem Niveau B2; Englisch und Französisch spreche ich fließend. Ein Umzug nach Frankfurt ist für mich kein Problem.

Über eine Einladung zu einem Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
""" + SIG_DE + "\n", charset="iso-8859-1", cte="quoted-printable",
      attachments=[{"type": "pdf", "filename": "Lebenslauf_Dufresne-Abara.pdf", "title": "Lebenslauf Fionnuala Dufresne-Abara",
                        "lines": ["Lebenslauf - Fionnuala Dufresne-Abara", "Killarney, Irland - +353 87 555 0192",
                               "Night Auditor, Flesk Bridge Hotel (seit 2022)",
                               "Empfangsleitung, Lakeshore Inn (2019-2022)",
                               "Sprachen: Englisch, Französisch, Deutsch (B2), Spanisch (B2)"]}]),

    M(kind="other", slug="bank_beratungstermin", lang="de", company="", contact="",
      frm=("Nidda Bank Terminservice", "termine@niddabank.example.de"), to=[CAND],
      subject="Bestätigung Ihres Beratungstermins", date="2026-08-14 10:00 +0200",
      text="""Sehr geehrte Frau Dufresne-Abara,

vielen Dank für Ihre Terminbuchung. Hiermit bestätigen wir Ihren Beratungstermin zur Kontoeröffnung:

Datum: Donnerstag, 20. August 2026
Uhrzeit: 17:30 Uhr
Ort: Filiale Sachsenhausen, Schweizer Straße 31, 60594 Frankfurt am Main
Berater: Herr Yılmaz

Bitte bringen Sie Ihren Reisepass, eine Meldebescheinigung (falls vorhanden) und – sofern Sie eine neue Stelle antreten – Ihren Arbeitsvertrag mit.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über den Link in Ihrer Buchungsbestätigung ab oder verschieben Sie ihn.

Mit freundlichen Grüßen
Ihre Nidda Bank

Diese E-Mail wurde automatisch erstellt.
""", cte="base64"),

    M(kind="other", slug="abwesenheit_roemer", lang="de", company="", contact=JENS[1],
      frm=JENS, to=[CAND],
      subject="Abwesenheitsnotiz: Ihre Bewerbungsunterlagen", subj_enc=("iso-8859-1", "B"),
      date="2026-05-28 08:00 +0200",
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Montag, 1. Juni, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 69 555 0150.

Mit freundlichen Grüßen
Jens Albrecht
Römer Personalberatung
""", charset="iso-8859-1", cte="8bit",
      headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply",
               "In-Reply-To": "<CAND.20260528075901.8812@example.ie>"}),

    M(kind="other", slug="wohnung_vergeben", lang="de", company="",
      contact="g.schaefer@mail.example.de",
      frm=("Gerlinde Schäfer", "g.schaefer@mail.example.de"), name_enc=("iso-8859-1", "Q"),
      to=[CAND], subject="Re: Besichtigung Wohnung Schweizer Straße", date="2026-08-28 19:40 +0200",
      text="""Liebe Frau Dufresne-Abara,

leider muss ich Ihnen mitteilen, dass die Wohnung in der Schweizer Straße bereits vergeben ist. Die Vormieterin hatte eine Nachmieterin vorgeschlagen, und wir haben uns heute Nachmittag für sie entschieden. Der Besichtigungstermin am Samstag entfällt damit.

Es tut mir leid, dass es so kurzfristig ist. Ich wünsche Ihnen viel Erfolg bei der Wohnungssuche und einen guten Start in Frankfurt!

Freundliche Grüße
Gerlinde Schäfer
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="other", slug="netzwerk_profilaufrufe", lang="de", company="", contact="",
      frm=("Berufsnetz", "benachrichtigung@berufsnetz.example.de"), to=[CAND],
      subject="Ihr Profil wurde diese Woche 12-mal aufgerufen", date="2026-09-21 08:15 +0200",
      text="""Hallo Fionnuala,

Ihr Profil wurde in den letzten 7 Tagen 12-mal aufgerufen – 5 Aufrufe mehr als in der Vorwoche.

Besucher kamen unter anderem von:
- Personalberatungen in Frankfurt am Main
- einer Hochschule in Hessen
- Unternehmen aus der Luftfahrt

Tipp: Mit dem Status „Offen für Angebote“ erhalten Sie bis zu dreimal mehr Nachrichten von Recruitern.

Alle Besucher ansehen: https://berufsnetz.example.de/profil/besucher
Benachrichtigungen verwalten: https://berufsnetz.example.de/einstellungen/benachrichtigungen
""", cte="quoted-printable",
      headers={LIST: "<https://berufsnetz.example.de/einstellungen/benachrichtigungen>"}),
]

# ---------------------------------------------------------------- Spanish

_AGP_ITEMS = [
    ("Técnico/a de Cuentas a Pagar (inglés C1) – Guadalmedina Servicios Compartidos",
     "https://empleosur.example.es/oferta/66102", "Málaga capital · Contrato indefinido · Híbrido"),
    ("Auxiliar administrativo/a – Hoteles Malagueta",
     "https://empleosur.example.es/oferta/66118", "Málaga · Jornada completa · Incorporación inmediata"),
    ("Administrativo/a contable – Asesoría Larios",
     "https://empleosur.example.es/oferta/66125", "Centro de Málaga · Se valora experiencia en hostelería"),
    ("Contable de proveedores – Alborán Air",
     "https://empleosur.example.es/oferta/66131", "Aeropuerto de Málaga · Turnos de mañana"),
    ("Guía: qué hacer si te rechazan tras la entrevista",
     "https://empleosur.example.es/consejos/rechazo-entrevista", "Cinco pasos para pedir feedback sin incomodar."),
]

MESSAGES += [
    M(kind="other", slug="alerta_empleo_malaga", lang="es", company="", contact="",
      frm=("EmpleoSur Alertas", "alertas@empleosur.example.es"), to=[CAND],
      subject="Nuevas ofertas para ti: contabilidad en Málaga", date="2026-01-15 08:00 +0100",
      text=digest_text("Tu alerta de EmpleoSur", "Estas son las últimas ofertas que coinciden con tu búsqueda.", _AGP_ITEMS,
                       "Recibes este correo porque creaste una alerta en empleosur.example.es.\nDarte de baja: https://empleosur.example.es/alertas/baja/3c77"),
      html=newsletter_html("Tu alerta de EmpleoSur", "Estas son las últimas ofertas que coinciden con tu búsqueda.", _AGP_ITEMS,
                           'Recibes este correo porque creaste una alerta. <a href="https://empleosur.example.es/alertas/baja/3c77">Darte de baja</a>', "es", "#c2410c"),
      cte="quoted-printable",
      headers={"List-Id": "Alertas EmpleoSur <alertas.empleosur.example.es>",
               LIST: "<https://empleosur.example.es/alertas/baja/3c77>", "Precedence": "bulk"}),

    M(kind="other", slug="newsletter_consejos_oferta", lang="es", company="", contact="",
      frm=("Carrera Plus", "boletin@carreraplus.example.es"), to=[CAND],
      subject="Cómo responder a una oferta de trabajo (y cuándo negociar)",
      subj_enc=("iso-8859-1", "Q"), date="2026-04-22 09:30 +0200",
      text="""CARRERA PLUS - Boletín semanal

Cómo responder a una oferta de trabajo (y cuándo negociar)

Te han llamado para decirte que el puesto es tuyo. Enhorabuena. Antes de contestar «¡sí!» por teléfono, pide la oferta por escrito: salario bruto anual, número de pagas, periodo de prueba y fecha de incorporación.

Si la oferta llega después de varias entrevistas y tienes otro proceso abierto, es razonable pedir unos días. Lo que no conviene es dejar pasar una semana sin responder.

En este número también:
- «Me rechazaron tres veces en la misma empresa y a la cuarta me contrataron»
- Entrevistas por videollamada: los cinco fallos técnicos más comunes
- Calendario de ferias de empleo en Andalucía, otoño 2026

Leer el boletín completo: https://carreraplus.example.es/boletin/2026-16
Darse de baja: https://carreraplus.example.es/baja?u=51e0
""", charset="iso-8859-1", cte="quoted-printable",
      headers={"List-Id": "Boletin Carrera Plus <boletin.carreraplus.example.es>",
               LIST: "<https://carreraplus.example.es/baja?u=51e0>"}),

    M(kind="other", slug="agradecimiento_larios", lang="es", company="", contact="",
      frm=CAND, to=[CARMEN], parent="larios_entrevista",
      subject="Gracias por la entrevista de hoy", date="2026-03-30 19:40 +0100",
      text=T_GRACIAS_LARIOS + "\n" + SIG_ES + "\n"),

    M(kind="other", slug="master_admision_denegada", lang="es", company="", contact="",
      frm=("Universidad de Teatinos – Posgrado", "posgrado@uteatinos.example.es"), to=[CAND],
      subject="Resolución de admisión – Máster en Contabilidad y Auditoría", subj_enc=("utf-8", "B"),
      date="2026-07-17 12:00 +0200",
      text="""Estimada Sra. Dufresne-Abara:

Le comunicamos que la Comisión Académica del Máster Universitario en Contabilidad y Auditoría ha resuelto las solicitudes de admisión para el curso 2026/2027.

Lamentamos informarle de que su solicitud no ha sido admitida en la primera fase, al no alcanzar la puntuación mínima de acceso (su titulación extranjera está pendiente de homologación). Queda usted en lista de espera con el número 18.

Puede presentar alegaciones en el plazo de diez días hábiles a través de la sede electrónica.

Atentamente,
Servicio de Posgrado
Universidad de Teatinos – Campus de Teatinos, Málaga
""", cte="base64"),

    M(kind="other", slug="paquete_retrasado", lang="es", company="", contact="",
      frm=("EnvíaYa", "no-responder@enviaya.example.es"), name_enc=("utf-8", "Q"), to=[CAND],
      subject="Tu envío llega con retraso", subj_enc=("utf-8", "Q"), date="2026-05-29 16:10 +0200",
      text="""Hola Fionnuala:

Lamentablemente tu envío EY-2026-558120 no podrá entregarse en la fecha prevista por una incidencia en nuestro centro logístico de Antequera.

Nueva fecha estimada de entrega: martes 2 de junio.

Puedes consultar el estado de tu envío aquí: https://enviaya.example.es/seguimiento/EY2026558120

Disculpa las molestias.
El equipo de EnvíaYa

Este mensaje se ha generado automáticamente; por favor, no respondas.
""",
      html=plain_html(paras("""Hola Fionnuala:

Lamentablemente tu envío EY-2026-558120 no podrá entregarse en la fecha prevista por una incidencia en nuestro centro logístico de Antequera.

Nueva fecha estimada de entrega: martes 2 de junio.""") + '\n<p><a href="https://enviaya.example.es/seguimiento/EY2026558120">Consultar mi envío</a></p>\n<p>Disculpa las molestias.<br>El equipo de EnvíaYa</p>', "es"),
      cte="quoted-printable"),

    M(kind="other", slug="casero_piso", lang="es", company="",
      contact="antonio.ruizgamez@correo.example.es",
      frm=("Antonio Ruiz Gámez", "antonio.ruizgamez@correo.example.es"), to=[CAND],
      subject="Piso calle Victoria – visita el jueves", date="2026-06-29 21:00 +0200",
      text="""Hola Fionnuala:

Gracias por tu interés en el piso de la calle Victoria. Te lo puedo enseñar el jueves 2 de julio a las 19:00; llámame cuando estés en el portal.

Para el contrato te pediré una nómina o, si vas a empezar a trabajar en Málaga, la carta de la empresa. Ya me dijiste que estabas pendiente de una entrevista, así que no hay prisa: si al final no vienes, me lo dices sin problema.

Un saludo,
Antonio
658 55 01 27
""", charset="iso-8859-1", cte="8bit"),

    M(kind="other", slug="entrevista_radio", lang="es", company="",
      contact="paloma.ceballos@ondacosta.example.es",
      frm=("Paloma Ceballos", "paloma.ceballos@ondacosta.example.es"), to=[CAND],
      subject="¿Te entrevistamos en Onda Costa?", subj_enc=("utf-8", "B"),
      date="2026-10-12 11:00 +0200",
      text="""Hola Fionnuala:

Soy Paloma Ceballos, productora del programa «Vidas de ida y vuelta» en Onda Costa, la radio local de Málaga. Preparamos un especial sobre profesionales del turismo que se reinventan en otros sectores y leí tu publicación sobre el paso de la auditoría nocturna a la contabilidad.

¿Te animarías a una entrevista telefónica de unos 15 minutos? Grabaríamos la semana del 26 de octubre, a la hora que mejor te venga, y puede ser en inglés con traducción si lo prefieres.

¡Gracias!
Paloma Ceballos
Producción – Onda Costa
Tel. 951 55 01 66
"""),
]
