"""Everything else (52): newsletters, alerts, other meanings of the words, friends, own mail."""

from __future__ import annotations

from msgs135_common import SHAUNA, bulletin, card, click, paras, pixel

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    """Record one hand-written message spec."""
    MESSAGES.append(spec)


# =========================================================================================
# English
# =========================================================================================

add(
    scenario="newsletter_handling_rejection", kind="other", lang="en",
    company="", contact="",
    sender=("The Policy Careers Digest", "newsletter@policycareers.example.com"),
    subject="Rejected again? 5 ways to turn a 'no' into your next 'yes'",
    date="2026-02-22 07:00 +0000", structure="html", cte="qp",
    html=bulletin(
        title="The Policy Careers Digest - issue 84",
        logo_src="https://policycareers.example.com/img/digest-logo.png",
        logo_alt="The Policy Careers Digest", accent="#243b6b", host="links.policycareers.example.com",
        intro="<p>Hello,</p><p>This week's issue is all about rejection. Whether you've had an &lsquo;unfortunately, on this occasion&rsquo; email this morning or a third-round &lsquo;we've decided to move forward with other candidates&rsquo;, you're in good company: the average policy hire sees 27 rejections before an offer.</p>",
        items=[("How to ask for feedback after an unsuccessful interview", "A template that hiring managers actually answer, plus what to do when they don't.", "https://policycareers.example.com/feedback-after-rejection"),
               ("The 'silent no': when you never hear back", "Why so many organisations can't reply to every applicant, and when to move on.", "https://policycareers.example.com/silent-no"),
               ("From caseworker to policy analyst: three stories", "Frontline experience is your edge. Here's how three readers made the jump.", "https://policycareers.example.com/frontline-to-policy"),
               ("Jobs of the week: 14 research and policy roles", "Think tanks, councils and charities hiring in London, Leeds, Bristol and Glasgow.", "https://policycareers.example.com/jobs/week-8")],
        footer="You are receiving The Policy Careers Digest because you signed up at policycareers.example.com.<br>Policy Careers Ltd, 20 Eastbourne Terrace, London W2 6LG. <a href=\"https://policycareers.example.com/unsubscribe?e=shauna.ac%40example.co.uk\">Unsubscribe</a> &middot; <a href=\"https://policycareers.example.com/preferences\">Preferences</a>"),
    headers={"List-Unsubscribe": "<https://policycareers.example.com/unsubscribe?e=shauna.ac%40example.co.uk>, <mailto:unsubscribe@policycareers.example.com>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "List-Id": "Policy Careers Digest <digest.policycareers.example.com>",
             "Precedence": "bulk"},
)

add(
    scenario="job_alert_digest", kind="other", lang="en",
    company="", contact="",
    sender=("GoodWork Jobs", "alerts@goodworkjobs.example.co.uk"),
    subject="9 new jobs matching 'policy research' in Birmingham, Bristol and London",
    date="2026-03-16 06:30 +0000", structure="html", cte="base64",
    html=bulletin(
        title="Your GoodWork Jobs alert",
        logo_src="https://goodworkjobs.example.co.uk/email/logo-white.png",
        logo_alt="GoodWork Jobs", accent="#0f5e4f", host="links.goodworkjobs.example.co.uk",
        intro="<p>Hi Shauna, here are the latest openings for your saved search <b>policy research</b>. Apply before the closing dates!</p>",
        items=[("Policy Officer - Northern Housing Consortium", "Leeds · £34,000 · closes 29 March", "https://goodworkjobs.example.co.uk/job/88301"),
               ("Research Officer (Homelessness) - Crisis Point", "London · £37,500 · closes 2 April", "https://goodworkjobs.example.co.uk/job/88315"),
               ("Insight Analyst - Bristol Homes Partnership", "Bristol · £35,200 · closes 27 March", "https://goodworkjobs.example.co.uk/job/88322"),
               ("Interview-ready? Our free CV check", "Get feedback on your CV from a sector recruiter in 48 hours.", "https://goodworkjobs.example.co.uk/cv-check"),
               ("Senior Policy Adviser - West Midlands Housing Forum", "Birmingham · £42,000 · closes 6 April", "https://goodworkjobs.example.co.uk/job/88340")],
        cta="View job",
        footer="You're receiving this alert because you created it on GoodWork Jobs. <a href=\"https://goodworkjobs.example.co.uk/alerts/manage\">Manage alerts</a> &middot; <a href=\"https://goodworkjobs.example.co.uk/unsubscribe\">Unsubscribe</a><br>GoodWork Jobs Ltd, 5 Great Ancoats Street, Manchester M4 5AD. Registered in England No 08812033."),
    headers={"List-Unsubscribe": "<https://goodworkjobs.example.co.uk/unsubscribe?t=a19f>",
             "List-Id": "<alerts.goodworkjobs.example.co.uk>", "Precedence": "bulk"},
)

add(
    scenario="podcast_interview_request", kind="other", lang="en",
    company="", contact="leon@housingmatterspod.example.com",
    sender=("Leon Achebe", "leon@housingmatterspod.example.com"),
    subject="Interview for Housing Matters podcast?",
    date="2026-04-05 13:22 +0100", structure="plain", cte="7bit",
    text="""Hi Shauna,

I host Housing Matters, a fortnightly podcast about the people who keep the housing system
running. A friend at the tenants' union in Birmingham mentioned the talk you gave on
temporary accommodation last year and said you'd be a brilliant guest.

Would you be up for an interview? It's about 40 minutes, recorded remotely, and we'd talk
about what caseworkers see that policymakers miss. We'd record in late April or May at a
time that suits you, and you'd get to listen to the edit before it goes out.

No pressure at all - just reply if you're interested.

Thanks,
Leon

Leon Achebe
Host & producer, Housing Matters
""",
)

add(
    scenario="press_interview_local_paper", kind="other", lang="en",
    company="", contact="r.kowalczyk@brumpost.example.co.uk",
    sender=("Rosa Kowalczyk", "r.kowalczyk@brumpost.example.co.uk"),
    subject="Press enquiry - temporary accommodation feature",
    date="2026-01-19 15:47 +0000", structure="plain", charset="windows-1252", cte="qp",
    text="""Hello Shauna,

I’m a reporter at the Brum Post working on a feature about families living in B&Bs in the city. I understand you’re a caseworker at a housing association and have spoken publicly about this before.

Would you be willing to do a short interview – 20 minutes by phone – this week? I’m happy for you to speak in a personal capacity and we can agree what is on and off the record beforehand. My deadline is Friday.

Many thanks,

Rosa Kowalczyk
Senior Reporter, Brum Post
07700 900 233
""",
)

add(
    scenario="user_research_interview", kind="other", lang="en",
    company="", contact="noor.haddad@tenantly.example.com",
    sender=("Tenantly Research", "research@tenantly.example.com"),
    reply_to=("Noor Haddad", "noor.haddad@tenantly.example.com"),
    subject="Invitation: 45-min interview about renting apps (£40 voucher)",
    date="2026-05-20 10:15 +0100", structure="alt", cte="qp",
    text="""Hi Shauna,

Thanks for signing up to the Tenantly research panel! We're inviting a small number of people who work with renters to a 45-minute user-research interview about how they use (or avoid) renting apps.

What: a video call with one of our researchers – there are no right or wrong answers
When: any weekday between 1 and 12 June
Thank you: a £40 gift voucher

Book a slot: https://tenantly.example.com/research/book?p=shauna

Questions? Just reply – this goes straight to Noor, our user researcher.

Thanks,
Noor & the Tenantly product team
""",
    html=card(
        logo_src="https://tenantly.example.com/img/logo.png", logo_alt="Tenantly", accent="#ff6b4a",
        body=f"""<p>Hi Shauna,</p>
<p>Thanks for signing up to the Tenantly research panel! We're inviting a small number of people who work with renters to a <b>45-minute user-research interview</b> about how they use (or avoid) renting apps.</p>
<ul><li><b>What:</b> a video call with one of our researchers &ndash; there are no right or wrong answers</li>
<li><b>When:</b> any weekday between 1 and 12 June</li>
<li><b>Thank you:</b> a &pound;40 gift voucher</li></ul>
<p><a href="{click('go.tenantly.example.com', 'https://tenantly.example.com/research/book?p=shauna')}" style="background:#ff6b4a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:20px">Book a slot</a></p>
<p>Questions? Just reply &ndash; this goes straight to Noor, our user researcher.</p>
<p>Thanks,<br>Noor &amp; the Tenantly product team</p>""",
        footer="Tenantly Ltd, 90 York Way, London N1 9AG. You joined our research panel on 3 May 2026. <a href=\"https://tenantly.example.com/research/leave\">Leave the panel</a>",
        track=pixel("go.tenantly.example.com", "tenantly-research")),
)

add(
    scenario="gps_app_position_updated", kind="other", lang="en",
    company="", contact="",
    sender=("RouteMate", "notifications@routemate.example.com"),
    subject="Your position has been updated - you're 3rd on the Canal Loop leaderboard!",
    date="2026-06-14 19:08 +0100", structure="html", cte="qp",
    html=f"""<div style="font-family:Helvetica,Arial,sans-serif;background:#111;color:#fff;padding:24px;max-width:520px">
<img src="https://routemate.example.com/mail/rm-logo.png" alt="RouteMate" width="110">
<h2 style="color:#ffcc00">Nice run, Shauna!</h2>
<p>Your GPS position has been synced and your Saturday run along the Worcester &amp; Birmingham Canal has been added.</p>
<p style="font-size:28px;font-weight:bold">5.2 km &middot; 28:41</p>
<p>Your position on the <b>Canal Loop</b> segment leaderboard has changed: you moved up from 7th to <b>3rd</b> this month. Unfortunately Priti is still 12 seconds ahead...</p>
<p><a href="{click('t.routemate.example.com', 'https://routemate.example.com/activity/99123')}" style="color:#ffcc00">See your activity</a></p>
<p style="font-size:11px;color:#888">You're getting this because activity notifications are on. <a href="{click('t.routemate.example.com', 'https://routemate.example.com/settings/email')}" style="color:#888">Turn off</a></p>
{pixel('t.routemate.example.com', 'run-0614')}
</div>
""",
)

add(
    scenario="ticket_queue_position", kind="other", lang="en",
    company="", contact="",
    sender=("Moseley Folk Festival Tickets", "no-reply@tickets.moseleyfolk.example.co.uk"),
    subject="You're in the queue - your position: 1,482",
    date="2026-02-02 09:01 +0000", structure="html", cte="qp",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:14px;background:#fdf6e3;padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:2px solid #2a7f62"><tr><td style="padding:22px">
<img src="https://tickets.moseleyfolk.example.co.uk/img/mff-2026.png" alt="Moseley Folk Festival 2026" width="200">
<p>Hi Shauna,</p>
<p>You're in the online queue for Moseley Folk Festival 2026 weekend tickets.</p>
<p style="font-size:22px"><b>Your position in the queue: 1,482</b></p>
<p>Estimated wait: about 14 minutes. Please don't refresh the page or you may lose your position. We'll email you again when it's your turn.</p>
<p>Unfortunately, early-bird tickets have now sold out.</p>
<p style="font-size:11px;color:#777">Moseley Folk Festival Ltd. This is an automated message.</p>
</td></tr></table>
</body></html>
""",
)

add(
    scenario="parcel_delayed", kind="other", lang="en",
    company="", contact="",
    sender=("ParcelPoint", "tracking@parcelpoint.example.co.uk"),
    subject="Unfortunately your package is delayed",
    date="2026-03-19 12:12 +0000", structure="html", cte="qp",
    html=f"""<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;background:#eeeeee"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="background:#4b0082;padding:14px"><img src="https://parcelpoint.example.co.uk/email/logo.png" alt="ParcelPoint" width="140"></td></tr>
<tr><td style="padding:22px;font-size:15px;color:#333">
<p>Hi Shauna,</p>
<p>Unfortunately your package is delayed and won't arrive today as planned. We're sorry about that.</p>
<p><b>Tracking number:</b> PP4471 0931 22<br><b>From:</b> Office Supplies Direct<br><b>New estimated delivery:</b> Friday 20 March, 08:00&ndash;18:00</p>
<p>There's nothing you need to do. If you won't be in, you can choose a safe place or redirect to a ParcelPoint shop.</p>
<p><a href="{click('track.parcelpoint.example.co.uk', 'https://parcelpoint.example.co.uk/track/PP4471093122')}" style="background:#4b0082;color:#fff;padding:10px 16px;text-decoration:none">Manage my delivery</a></p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#888">ParcelPoint Ltd, Registered in England No 05122098. Please do not reply to this email.</td></tr></table>
</td></tr></table>
{pixel('track.parcelpoint.example.co.uk', 'pp-delay')}
""",
)

add(
    scenario="bank_loan_application_received", kind="other", lang="en",
    company="", contact="",
    sender=("Harborne Building Society", "loans@harbornebs.example.co.uk"),
    subject="We've received your loan application",
    date="2026-08-12 11:40 +0100", structure="html", cte="qp",
    html=card(
        logo_src="https://harbornebs.example.co.uk/img/hbs-logo.png", logo_alt="Harborne Building Society",
        accent="#003a70",
        body="""<p>Dear Ms Adeyemi-Clarke,</p>
<p>Thank you for your application for a personal loan of &pound;6,000 over 36 months. <b>We have received your application</b> (reference HL-20260812-4471) and it is now being reviewed by our lending team.</p>
<p>We'll usually give you a decision within 2 working days. We may contact you if we need more information, such as proof of income from your new employer.</p>
<p>Please don't reply to this email &ndash; if you have a question, call us on 0121 496 0999.</p>
<p>Yours sincerely,<br>Personal Lending Team</p>""",
        footer="Harborne Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (FRN 100221). Principal office: 1 High Street, Harborne, Birmingham B17 9NP.",
        track=pixel("mail.harbornebs.example.co.uk", "loan-rcv")),
)

add(
    scenario="credit_card_declined", kind="other", lang="en",
    company="", contact="",
    sender=("Lumen Card", "hello@lumencard.example.com"),
    subject="An update on your Lumen Card application",
    date="2026-02-08 10:03 +0000", structure="plain", cte="qp",
    text="""Hi Shauna,

Thanks for applying for a Lumen Card.

We're sorry – we've decided not to offer you a card at the moment. We made this decision
after looking at your application and information from a credit reference agency.

This doesn't mean you'll be declined for credit elsewhere. You can ask us which credit
reference agency we used and check your report for free.

If you think we've made a mistake, you can ask us to review the decision within 30 days
in the app.

The Lumen Card team

Lumen Card is a trading name of Lumen Financial Ltd, authorised by the Financial Conduct
Authority (FRN 912244). This inbox isn't monitored.
""",
)

add(
    scenario="flat_application_refused", kind="other", lang="en",
    company="", contact="ellie.frost@cityletsbristol.example.co.uk",
    sender=("Ellie Frost", "ellie.frost@cityletsbristol.example.co.uk"),
    subject="Flat 4, 22 Cotham Brow - your application",
    date="2026-06-03 17:22 +0100", structure="plain", cte="7bit",
    text="""Hi Shauna,

Thanks for viewing Flat 4 on Saturday and for sending your application so quickly.

I'm sorry to let you know that the landlord has decided to go with another applicant who
can move in from 15 June, so your application for the flat has been unsuccessful this time.

We've got a couple of one-beds coming up in Redland and Cotham in July - if you'd like me to
let you know when they're listed, just reply and I'll add you to the list.

Best wishes,
Ellie

Ellie Frost
Lettings Negotiator
City Lets Bristol
""",
)

add(
    scenario="friend_own_rejection_gmail", kind="other", lang="en",
    company="", contact="tolu.bakare@example.com",
    sender=("Tolu Bakare", "tolu.bakare@example.com"),
    subject="ugh",
    date="2026-03-26 22:48 +0000", structure="plain", cte="qp",
    in_reply_to="<CAGx13tolu_howdidit@mail.example.co.uk>",
    text="""Sooo... didn't get it. They emailed this afternoon: "we have decided to move forward with
candidates whose experience more closely matches the role". After THREE rounds and a written
task!! I'm so annoyed.

Anyway, how are you getting on with yours? Did the Bristol people ever get back to you? Wine
on Saturday to drown our sorrows either way? 🍷

T x

On Tue, 24 Mar 2026 at 20:11, Shauna Adeyemi-Clarke <shauna.ac@example.co.uk> wrote:

> How did the final interview go?! Tell me everything x
>
> On Mon, 23 Mar 2026 at 08:02, Tolu Bakare <tolu.bakare@example.com> wrote:
>
>> Final round at the think tank tomorrow, wish me luck. They said they'd make
>> an offer by Friday if it goes well 😬
""",
)

add(
    scenario="friend_own_interview_long_chain", kind="other", lang="en",
    company="", contact="dan.okeke@example.org",
    sender=("Dan Okeke", "dan.okeke@example.org"),
    subject="Re: Re: Re: interview tips??",
    date="2026-07-03 12:05 +0100", structure="plain", cte="7bit",
    in_reply_to="<CAGx14dan_tips3@mail.example.co.uk>",
    references=["<CAM8dan_tips1@mail.example.org>", "<CAGx14dan_tips2@mail.example.co.uk>",
                "<CAM8dan_tips2b@mail.example.org>", "<CAGx14dan_tips3@mail.example.co.uk>"],
    text="""Legend, thank you. The STAR thing really helped - I've written out four examples now.

My interview's on Tuesday at 10, in person at the council. I'll let you know how it goes.
If they reschedule AGAIN I'm going to scream.

Dan

On Thu, 2 Jul 2026 at 21:40, Shauna Adeyemi-Clarke <shauna.ac@example.co.uk> wrote:
> Honestly just use STAR for every competency question and have a number ready for each
> example. And ask them a question about the team at the end - it always lands well.
>
> On Thu, 2 Jul 2026 at 18:15, Dan Okeke <dan.okeke@example.org> wrote:
>> They've moved it to next week! The email said "we are pleased to invite you to
>> interview" and then three lines later "unfortunately the panel is not available on
>> the original date". Make your mind up lol.
>>
>> On Wed, 1 Jul 2026 at 22:03, Shauna Adeyemi-Clarke <shauna.ac@example.co.uk> wrote:
>>> Omg congratulations on the interview!! When is it?
>>>
>>> On Wed, 1 Jul 2026 at 17:30, Dan Okeke <dan.okeke@example.org> wrote:
>>>> Got an interview invitation for the housing options manager job!!! Any tips? You
>>>> had like ten interviews this spring
""",
)

add(
    scenario="own_sent_follow_up", kind="other", lang="en",
    company="", contact="",
    sender=SHAUNA,
    to=[("Recruitment", "recruitment@regionalequality.example.org.uk")],
    subject="Following up",
    date="2026-02-20 08:34 +0000", structure="plain", cte="7bit",
    text="""Dear Recruitment Team,

I applied for the Senior Policy Analyst (Devolution) post on 12 January and wondered
whether you were able to share an update on the timetable for shortlisting and interviews?

I understand you receive a large number of applications, and I'm very happy to provide any
further information that would be useful.

Kind regards,
Shauna Adeyemi-Clarke
07700 900 115
""",
)

add(
    scenario="own_sent_thank_you", kind="other", lang="en",
    company="", contact="",
    sender=SHAUNA,
    to=[("Tobias Wren", "tobias.wren@cfhr.example.org.uk")],
    subject="Thank you - first interview",
    date="2026-05-28 21:03 +0100", structure="plain", cte="qp",
    msgid="<CAGx5thanks_cfhr@mail.example.co.uk>",
    text="""Dear Tobias,

Thank you for the interview today. I really enjoyed the conversation, especially the
discussion about the private rented sector evidence gap – it's given me a lot to think about.

Unfortunately I realised afterwards that I'm away on the 12th for a family wedding, so if
there is a next stage I'm afraid that date wouldn't work – I'm sorry, and I didn't want to
leave it until the last minute to say.

Best wishes,
Shauna
""",
)

add(
    scenario="own_sent_speculative_with_cv", kind="other", lang="en",
    company="", contact="",
    sender=SHAUNA,
    to=[("Grace Whitlock", "grace.whitlock@fairerplaces.example.org.uk")],
    subject="Speculative enquiry - research roles",
    date="2026-01-22 19:41 +0000", structure="mixed", cte="qp",
    msgid="<CAGx81Hq_spec_fairer@mail.example.co.uk>",
    text="""Dear Dr Whitlock,

I'm a housing caseworker in Birmingham with six years' experience of homelessness
prevention and tenancy sustainment, and I'm hoping to move into policy research. I've
followed the Foundation's work on place-based inequality for some time – your 2025 report
on temporary accommodation in the Midlands was one I quoted to our board.

I wondered whether you might have any research or policy roles coming up, or whether you
would be open to a short conversation about how someone with my background could be useful
to your team. I've attached my CV.

With thanks and best wishes,
Shauna Adeyemi-Clarke
""",
    attachments=[{"filename": "Shauna Adeyemi-Clarke CV 2026.pdf", "title": "Shauna Adeyemi-Clarke - CV",
                      "lines": ["Housing caseworker, Birmingham (2020-present)",
                             "MA Social Policy, BA Sociology", "Languages: French C1, Spanish B2, German B2"]}],
)

add(
    scenario="out_of_office_recruiter", kind="other", lang="en",
    company="", contact="hannah@marlowepolicy.example.co.uk",
    sender=("Hannah Briggs", "hannah@marlowepolicy.example.co.uk"),
    subject="Automatic reply: Head of Policy - availability",
    date="2026-04-10 09:01 +0100", structure="plain", cte="7bit",
    in_reply_to="<CAGx15marlowe_avail@mail.example.co.uk>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I'm out of the office until Monday 20 April with limited access
to email.

If your message is about an interview or an offer, please contact my colleague Omar
Siddiqui on 020 7946 0117; otherwise I'll reply when I'm back.

Hannah Briggs
Marlowe Policy Search
""",
)

add(
    scenario="recruiter_cold_outreach", kind="other", lang="en",
    company="", contact="f.nwosu@talentbridge.example.co.uk",
    sender=("Folake Nwosu", "f.nwosu@talentbridge.example.co.uk"),
    subject="Your background - quick question",
    date="2026-01-08 12:16 +0000", structure="plain", cte="7bit",
    text="""Hi Shauna,

I came across your profile and your work on homelessness prevention in Birmingham really
stood out. I recruit research and policy roles for housing associations and local
authorities across the Midlands and the North.

I don't have a specific role to put you forward for right now, but I'd love a 15-minute
intro call so I know what you're looking for when the spring roles start landing. Would
any time next week suit?

Best,
Folake

Folake Nwosu | Senior Consultant, Housing & Communities | TalentBridge
""",
)

add(
    scenario="agency_marketing_blast", kind="other", lang="en",
    company="", contact="",
    sender=("Brightwater Recruitment", "jobs-noreply@brightwater-rec.example.co.uk"),
    subject="🔥 HOT JOBS THIS WEEK – Housing, Policy & Research!!! 🔥",
    date="2026-04-24 07:45 +0100", structure="html", cte="base64",
    html=f"""<html><body style="background:#fff6ec;font-family:Arial,sans-serif;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ff7a00;padding:18px;text-align:center"><img src="https://brightwater-rec.example.co.uk/mail/bw-logo.png" alt="Brightwater Recruitment" width="180"></td></tr>
<tr><td style="padding:20px;font-size:16px">
<p style="font-size:22px;font-weight:bold;color:#ff7a00">HOT JOBS THIS WEEK!!!</p>
<p>Looking for your NEXT STEP?? We've got LOADS of brand new roles across Bristol, Bath and the South West!! 🚀</p>
<ul>
<li><a href="{click('go.brightwater-rec.example.co.uk', 'https://brightwater-rec.example.co.uk/jobs/2231')}">Income Officer – Bath – £29k</a></li>
<li><a href="{click('go.brightwater-rec.example.co.uk', 'https://brightwater-rec.example.co.uk/jobs/2240')}">Research Assistant – Bristol – £28-31k</a></li>
<li><a href="{click('go.brightwater-rec.example.co.uk', 'https://brightwater-rec.example.co.uk/jobs/2244')}">Tenancy Sustainment Lead – Gloucester – £35k</a></li>
<li><a href="{click('go.brightwater-rec.example.co.uk', 'https://brightwater-rec.example.co.uk/jobs/2251')}">Policy &amp; Data Officer – Swindon – £33k</a></li>
</ul>
<p>REFER A FRIEND and get £250 if we place them!!! 💸</p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#999">Brightwater Recruitment Ltd, 1 Temple Way, Bristol BS2 0BY. Registered in England No 10455712.<br>
You're receiving this because you registered with Brightwater. <a href="{click('go.brightwater-rec.example.co.uk', 'https://brightwater-rec.example.co.uk/unsubscribe')}">Unsubscribe</a></td></tr>
</table>
{pixel('go.brightwater-rec.example.co.uk', 'hotjobs-17')}
</body></html>
""",
    headers={"List-Unsubscribe": "<https://brightwater-rec.example.co.uk/unsubscribe?id=77ac>",
             "Precedence": "bulk"},
)

add(
    scenario="network_profile_views", kind="other", lang="en",
    company="", contact="",
    sender=("ProLink", "notifications-noreply@prolink.example.com"),
    subject="Shauna, you appeared in 12 searches this week",
    date="2026-05-11 08:02 +0100", structure="html", cte="qp",
    html=f"""<div style="font-family:-apple-system,Segoe UI,Arial,sans-serif;max-width:560px;margin:0 auto;color:#1d2226">
<img src="https://static.prolink.example.com/mail/logo.png" alt="ProLink" width="84">
<h2 style="font-weight:600">You appeared in 12 searches this week</h2>
<p>Recruiters from <b>Marlowe Policy Search</b>, <b>a housing association</b> and 3 others found you through searches like &ldquo;policy officer&rdquo; and &ldquo;housing research&rdquo;.</p>
<p><a href="{click('e.prolink.example.com', 'https://prolink.example.com/me/search-appearances')}" style="background:#0a66c2;color:#fff;padding:9px 16px;border-radius:18px;text-decoration:none">See all searches</a></p>
<p>Tip: members with an &lsquo;Open to work&rsquo; badge get 40% more messages from recruiters.</p>
<p style="font-size:11px;color:#666">This email was intended for Shauna Adeyemi-Clarke (Housing Caseworker). <a href="{click('e.prolink.example.com', 'https://prolink.example.com/settings/email')}">Unsubscribe</a> &middot; ProLink Ireland Unlimited Company, Dublin 2.</p>
{pixel('e.prolink.example.com', 'search-appear')}
</div>
""",
    headers={"List-Unsubscribe": "<https://prolink.example.com/settings/email/unsub?t=91bb>"},
)

add(
    scenario="article_missed_interview", kind="other", lang="en",
    company="", contact="",
    sender=("Work Well Weekly", "digest@workwellweekly.example.com"),
    subject="Missed an interview? Here's exactly what to send next",
    date="2026-06-20 07:15 +0100", structure="html", cte="qp",
    html=bulletin(
        title="Work Well Weekly",
        logo_src="https://workwellweekly.example.com/logo.png", logo_alt="Work Well Weekly",
        accent="#7a3e9d", host="click.workwellweekly.example.com",
        intro="<p>Good morning! It happens to the best of us: the train is cancelled, the Teams link doesn't work, or you simply put the wrong date in your diary. This week we asked five hiring managers what they really think when a candidate doesn't turn up &mdash; and what to write afterwards.</p>",
        items=[("\u201cWe waited for you at 10:00\u201d: how to reply", "The three-sentence apology that gets you a second chance.", "https://workwellweekly.example.com/missed-interview"),
               ("Rescheduling without burning bridges", "When it's fine to ask to move an interview, and how.", "https://workwellweekly.example.com/reschedule"),
               ("Offer negotiation for the non-profit sector", "Yes, you can negotiate with a charity. Here's how.", "https://workwellweekly.example.com/negotiate-charity")],
        footer="Work Well Weekly is sent every Saturday. <a href=\"https://workwellweekly.example.com/unsubscribe\">Unsubscribe</a> &middot; Work Well Media, 44 Bristol Road, Birmingham B5 7AA"),
    headers={"List-Unsubscribe": "<https://workwellweekly.example.com/unsubscribe?s=21>",
             "List-Id": "Work Well Weekly <weekly.workwellweekly.example.com>", "Precedence": "list"},
)

add(
    scenario="webinar_breaking_into_policy", kind="other", lang="en",
    company="", contact="",
    sender=("Centre for Urban Futures Events", "events@urbanfutures.example.org.uk"),
    subject="Webinar: Breaking into policy research - 12 March",
    date="2026-03-02 12:00 +0000", structure="alt", cte="qp",
    text="""BREAKING INTO POLICY RESEARCH
Online webinar · Thursday 12 March · 12:30–13:30

Join researchers from the Centre for Urban Futures and two guests who moved into policy from frontline roles – a former social worker and a former housing officer – for an honest conversation about applications, interviews and what to do with a rejection.

Register: https://urbanfutures.example.org.uk/events/breaking-into-policy

You're receiving this because you subscribed to Centre for Urban Futures events.
Unsubscribe: https://urbanfutures.example.org.uk/events/unsubscribe
Centre for Urban Futures, 8 Bevington Road, Birmingham B6 6HR. Registered charity 1162210.
""",
    html=f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">
<tr><td><img src="https://urbanfutures.example.org.uk/img/cuf-banner.png" alt="Centre for Urban Futures" width="600"></td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:22px">
<h1 style="font-size:24px;color:#c0392b">Breaking into policy research</h1>
<p><b>Online webinar &middot; Thursday 12 March &middot; 12:30&ndash;13:30</b></p>
<p>Join researchers from the Centre for Urban Futures and two guests who moved into policy from frontline roles &ndash; a former social worker and a former housing officer &ndash; for an honest conversation about applications, interviews and what to do with a rejection.</p>
<p><a href="{click('mail.urbanfutures.example.org.uk', 'https://urbanfutures.example.org.uk/events/breaking-into-policy')}" style="background:#c0392b;color:#fff;padding:10px 18px;text-decoration:none">Register now</a></p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#777">You're receiving this because you subscribed to Centre for Urban Futures events. <a href="{click('mail.urbanfutures.example.org.uk', 'https://urbanfutures.example.org.uk/events/unsubscribe')}">Unsubscribe</a><br>Centre for Urban Futures, 8 Bevington Road, Birmingham B6 6HR. Registered charity 1162210.</td></tr>
</table>{pixel('mail.urbanfutures.example.org.uk', 'webinar-0312')}
""",
    headers={"List-Unsubscribe": "<https://urbanfutures.example.org.uk/events/unsubscribe?u=3390>",
             "List-Id": "CUF events <events.urbanfutures.example.org.uk>", "Precedence": "bulk"},
)

add(
    scenario="referee_update_quoted_offer", kind="other", lang="en",
    company="", contact="b.oyelaran@example.org.uk",
    sender=("Bola Oyelaran", "b.oyelaran@example.org.uk"),
    subject="RE: Reference request",
    date="2026-05-01 13:37 +0100", structure="plain", charset="windows-1252", cte="qp",
    in_reply_to="<CAGx16bola_ref@mail.example.co.uk>",
    text="""Hi Shauna,

All done – I sent Westbrook the reference this morning and said lovely (true!) things. I also had one through from Severn Homes’ agency last week, so that’s gone too.

So proud of you. Let me know what you decide and let’s get a leaving drink in the diary!

Bola

Bola Oyelaran
Former Team Manager (now at the council – new email above)

From: Shauna Adeyemi-Clarke <shauna.ac@example.co.uk>
Sent: 30 April 2026 07:55
To: Bola Oyelaran <b.oyelaran@example.org.uk>
Subject: Reference request

Hi Bola, I hope you don’t mind – Westbrook have made me an offer! They’re going to contact you for a reference. We are pleased to offer you the post... I still can’t quite believe it.
S x
""",
)

add(
    scenario="mentor_cv_feedback_pdf", kind="other", lang="en",
    company="", contact="priyanka.s@example.ac.uk",
    sender=("Dr Priyanka Sehgal", "priyanka.s@example.ac.uk"),
    subject="Your CV - my comments",
    date="2026-01-16 17:55 +0000", structure="mixed", cte="qp",
    text="""Hi Shauna,

As promised, I've gone through your CV and added comments (PDF attached). Short version:
lead with the temporary-accommodation audit – it's your strongest research evidence – and
cut the list of training courses to three.

On the rejections: honestly, three no's in a month is normal when you're switching sector.
Every single one of my current research team had a pile of them before they got in. Keep
going.

Shall we speak again in a fortnight?

Priyanka

Dr Priyanka Sehgal
Mentor, Women in Policy scheme
""",
    attachments=[{"filename": "CV comments PS.pdf", "title": "CV - comments from Priyanka",
                      "lines": ["1. Move the TA audit to the top of your experience section.",
                             "2. Quantify: caseload size, number of households, outcomes.",
                             "3. Cut training list to three items."]}],
)

add(
    scenario="council_tax_application_received", kind="other", lang="en",
    company="", contact="",
    sender=("Birmingham Revenues Service", "revenues-noreply@bham-revenues.example.gov.uk"),
    subject="Council Tax single person discount - application received",
    date="2026-09-02 10:30 +0100", structure="plain", cte="7bit",
    text="""Dear Ms Adeyemi-Clarke

Account reference: 60044821

Thank you for your application for a Council Tax single person discount. We have received
your application and will process it within 15 working days. We will write to you with a
new bill if the discount is awarded.

You do not need to contact us. Please do not reply to this email as this mailbox is not
monitored.

Revenues Service
""",
)

add(
    scenario="passport_renewal_received", kind="other", lang="en",
    company="", contact="",
    sender=("Passport Renewal Service", "no-reply@passport-renewals.example.gov.uk"),
    subject="We've received your passport application",
    date="2026-07-18 14:03 +0100", structure="html", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:19px;color:#0b0c0c;margin:0">
<div style="background:#0b0c0c;padding:10px 20px"><img src="https://passport-renewals.example.gov.uk/assets/crown.png" alt="Passport Renewal Service" height="30"></div>
<div style="padding:20px;max-width:580px">
<h1 style="font-size:28px">We've received your application</h1>
<p>Application reference: <b>RPT-7712-0459-1188</b></p>
<p>Dear Shauna Adeyemi-Clarke,</p>
<p>We've received your online application to renew your passport and your supporting documents.</p>
<p>You can usually expect your new passport within 3 weeks. We'll email you if we need more information.</p>
<p>Do not book travel until you have your new passport.</p>
<p style="font-size:14px;color:#505a5f">Do not reply to this email - it is not monitored.</p>
</div>
</body></html>
""",
)

add(
    scenario="candidate_experience_survey", kind="other", lang="en",
    company="", contact="",
    sender=("Candidate Pulse on behalf of Harbourside Trust", "survey@candidatepulse.example.com"),
    subject="How did we do? 2-minute survey about your application",
    date="2026-05-09 10:00 +0100", structure="html", cte="qp",
    html=f"""<table width="560" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:22px"><img src="https://candidatepulse.example.com/brand/harbourside.png" alt="Harbourside Trust" height="36"></td></tr>
<tr><td style="padding:0 22px 22px;font-size:15px;line-height:22px">
<p>Hi Shauna,</p>
<p>You recently applied for a role at Harbourside Trust. Whatever the outcome, we'd love to hear about your experience as a candidate &ndash; it helps us improve how we recruit.</p>
<p>How likely are you to recommend applying to Harbourside Trust to a friend?</p>
<p>{''.join(f'<a href="{click("r.candidatepulse.example.com", "https://candidatepulse.example.com/s/hbt?score=" + str(n))}" style="display:inline-block;width:34px;padding:8px 0;margin:2px;text-align:center;border:1px solid #1d6fa5;color:#1d6fa5;text-decoration:none">{n}</a>' for n in range(11))}</p>
<p>The survey is anonymous and takes about two minutes.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999">Sent by Candidate Pulse on behalf of Harbourside Trust. <a href="{click('r.candidatepulse.example.com', 'https://candidatepulse.example.com/optout')}" style="color:#999">Opt out of surveys</a></td></tr>
</table>
{pixel('r.candidatepulse.example.com', 'hbt-survey')}
""",
    headers={"List-Unsubscribe": "<https://candidatepulse.example.com/optout?c=hbt>"},
)

add(
    scenario="job_board_profile_tips", kind="other", lang="en",
    company="", contact="",
    sender=("PolicyJobs Board", "no-reply@policyjobsboard.example.com"),
    subject="Stand out to employers: your profile is 60% complete",
    date="2026-04-12 18:00 +0100", structure="html", cte="qp",
    html=f"""<div style="font-family:Georgia,serif;max-width:560px;margin:0 auto;padding:20px;color:#222">
<img src="https://policyjobsboard.example.com/img/pjb-logo.png" alt="PolicyJobs Board" width="150">
<p>Hi Shauna,</p>
<p>Your profile is <b>60% complete</b>. Candidates with a complete profile are three times more likely to be invited to interview.</p>
<div style="background:#eee;height:10px;width:100%"><div style="background:#2e7d32;height:10px;width:60%"></div></div>
<p>Still to do:</p>
<ul><li>Add a profile headline</li><li>Upload a writing sample</li><li>Set your salary expectations</li></ul>
<p><a href="{click('t.policyjobsboard.example.com', 'https://policyjobsboard.example.com/profile/edit')}" style="color:#2e7d32">Complete my profile</a></p>
<p style="font-size:11px;color:#888">PolicyJobs Board &middot; <a href="{click('t.policyjobsboard.example.com', 'https://policyjobsboard.example.com/settings/notifications')}" style="color:#888">Email settings</a></p>
{pixel('t.policyjobsboard.example.com', 'profile-60')}
</div>
""",
    headers={"List-Unsubscribe": "<https://policyjobsboard.example.com/unsub?u=3f1>"},
)

add(
    scenario="short_course_place_confirmed", kind="other", lang="en",
    company="", contact="cpd@northgate.example.ac.uk",
    sender=("Northgate University CPD", "cpd@northgate.example.ac.uk"),
    subject="Your place is confirmed: Data Analysis for Policy (online short course)",
    date="2026-01-06 11:11 +0000", structure="alt", cte="qp",
    text="""Dear Shauna,

Thank you for booking. Your place on Data Analysis for Policy (online, 6 Tuesday evenings from 3 February) is confirmed.

Before the first session, please install R and RStudio (instructions attached to the course page) and complete the short pre-course questionnaire.

If you have any questions about the course, just reply to this email.

Best wishes,
CPD Team
School of Social Policy, Northgate University
""",
    html=paras("""Dear Shauna,

Thank you for booking. Your place on Data Analysis for Policy (online, 6 Tuesday evenings from 3 February) is confirmed.

Before the first session, please install R and RStudio (instructions attached to the course page) and complete the short pre-course questionnaire.

If you have any questions about the course, just reply to this email.

Best wishes,
CPD Team
School of Social Policy, Northgate University"""),
)

add(
    scenario="food_bank_volunteer_rota", kind="other", lang="en",
    company="", contact="gill@ladywoodfoodbank.example.org.uk",
    sender=("Gill Turner", "gill@ladywoodfoodbank.example.org.uk"),
    subject="Rota for March - can you swap?",
    date="2026-02-27 20:14 +0000", structure="plain", cte="qp",
    text="""Hi all (and Shauna especially!),

March rota attached below. Shauna – I've got you down for the Saturday 14th morning shift,
but I know you said you might have a job interview that week. If so, can you swap with
Marcus (he's on the 21st)? Just sort it between you and let me know.

Sat 7th  – Ade, Pam, Jo
Sat 14th – Shauna, Kev, Pam
Sat 21st – Marcus, Jo, Ade
Sat 28th – Kev, Shauna, Tracey

Thanks as ever, you lot are brilliant.
Gill x
Volunteer coordinator, Ladywood Food Bank
""",
)

add(
    scenario="conference_abstract_not_selected", kind="other", lang="en",
    company="", contact="j.mcallister@example.ac.uk",
    sender=("Joanna McAllister", "j.mcallister@example.ac.uk"),
    subject="HRA 2026 conference - your abstract",
    date="2026-03-31 16:50 +0100", structure="plain", cte="7bit",
    text="""Dear Shauna,

Thank you for submitting an abstract ("Counting the uncounted: hidden homelessness in
Birmingham's casework data") to the Housing Research Association annual conference.

We received over 300 submissions this year, and I'm sorry to tell you that your abstract
was not selected for an oral presentation. We would, however, be very happy to offer you a
poster slot - please reply by 10 April if you'd like to accept.

With best wishes,
Joanna McAllister
Programme Chair, HRA 2026
""",
)

add(
    scenario="sister_apple_mail_good_luck", kind="other", lang="en",
    company="", contact="funmi.adeyemi@example.com",
    sender=("Funmi Adeyemi", "funmi.adeyemi@example.com"),
    subject="Re: Sunday",
    date="2026-04-20 20:41 +0100", structure="plain", cte="qp",
    in_reply_to="<8D1F2E7A-4C3B-4A55-B0E1-shauna-sunday@example.co.uk>",
    text="""Good luck for the interview on Wednesday!!! You'll smash it. Mum says she's lighting a
candle 😂

Still on for Sunday lunch? I'll bring the pudding.

F xx

> On 20 Apr 2026, at 19:02, Shauna Adeyemi-Clarke <shauna.ac@example.co.uk> wrote:
>
> They moved my interview to Wednesday so I'm free on Sunday after all. Shall I
> come to yours? x
""",
)

add(
    scenario="dbs_application_received", kind="other", lang="en",
    company="", contact="",
    sender=("Disclosure Checks Online", "noreply@disclosurechecks.example.co.uk"),
    subject="Your basic DBS application has been received",
    date="2026-08-08 09:47 +0100", structure="plain", cte="7bit",
    text="""Dear Shauna Adeyemi-Clarke,

Application reference: B0049928311

Your application for a basic DBS check has been received and paid for. Most applications
are completed within 14 days. Your certificate will be posted to the address you gave us,
and you can also view it online once it has been issued.

This is an automated email. Please do not reply.

Disclosure Checks Online
""",
)

# =========================================================================================
# French
# =========================================================================================

add(
    scenario="lettre_emplois_social_geneve", kind="other", lang="fr",
    company="", contact="",
    sender=("Social-Emploi Genève", "lettre@social-emploi.example.ch"),
    subject="Nouvelles offres : 11 postes dans le social et la recherche à Genève",
    date="2026-05-25 06:45 +0200", structure="html", cte="qp",
    html=bulletin(
        title="La lettre de Social-Emploi Genève", lang="fr", cta="Voir l'offre",
        logo_src="https://social-emploi.example.ch/img/logo-lettre.png", logo_alt="Social-Emploi Genève",
        accent="#b71c1c", host="clic.social-emploi.example.ch",
        intro="<p>Bonjour,</p><p>Voici les offres publiées cette semaine. Et dans notre rubrique conseils : comment rebondir après un refus, et que faire si vous avez manqué un entretien.</p>",
        items=[("Chargé·e de recherche – Observatoire cantonal (80 %)", "Genève · dès le 1er septembre · délai 10 juin", "https://social-emploi.example.ch/offre/7781"),
               ("Assistant·e social·e – Fondation d'aide au logement", "Genève · CDI · délai 5 juin", "https://social-emploi.example.ch/offre/7790"),
               ("Conseils : après un refus, faut-il demander un retour ?", "Trois recruteuses genevoises répondent.", "https://social-emploi.example.ch/conseils/refus"),
               ("Entretien manqué : comment s'excuser et rebondir", "Le bon message à envoyer dans les 24 heures.", "https://social-emploi.example.ch/conseils/entretien-manque")],
        footer="Vous recevez cette lettre car vous êtes inscrite sur social-emploi.ch. <a href=\"https://social-emploi.example.ch/desinscription\">Se désinscrire</a><br>Social-Emploi Genève, Rue de la Servette 2, 1201 Genève"),
    headers={"List-Unsubscribe": "<https://social-emploi.example.ch/desinscription?id=882>",
             "List-Id": "Lettre Social-Emploi <lettre.social-emploi.example.ch>", "Precedence": "bulk"},
)

add(
    scenario="colis_retarde", kind="other", lang="fr",
    company="", contact="",
    sender=("ColisRapide Belgique", "ne-pas-repondre@colisrapide.example.be"),
    subject="Votre colis est retardé",
    date="2026-08-31 13:20 +0200", structure="html", cte="qp",
    html=f"""<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;background:#f4f4f4"><tr><td align="center" style="padding:20px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="background:#e30613;padding:12px 20px"><img src="https://colisrapide.example.be/img/logo.png" alt="ColisRapide" width="130"></td></tr>
<tr><td style="padding:20px;font-size:15px;color:#333">
<p>Bonjour Shauna,</p>
<p>Malheureusement, votre colis <b>CR 5520 1187 BE</b> a pris du retard dans notre centre de tri de Bruxelles X.</p>
<p>Nouvelle date de livraison estimée : <b>mercredi 2 septembre</b>.</p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
<p><a href="{click('suivi.colisrapide.example.be', 'https://colisrapide.example.be/suivi/CR55201187BE')}" style="color:#e30613">Suivre mon colis</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999">ColisRapide SA &middot; Ce message est envoyé automatiquement, merci de ne pas y répondre.</td></tr></table>
</td></tr></table>{pixel('suivi.colisrapide.example.be', 'cr-retard')}
""",
)

add(
    scenario="amie_refus_tu", kind="other", lang="fr",
    company="", contact="margaux.leroy@example.be",
    sender=("Margaux Leroy", "margaux.leroy@example.be"),
    subject="bon ben c'est non",
    date="2026-05-07 21:30 +0200", structure="plain", cte="8bit",
    text="""Coucou ma belle,

Petite nouvelle : la Commission m'a envoyé un refus pour le poste d'agent contractuel. Apres
deux entretiens ! "Nous regrettons de vous informer que votre candidature n'a pas été
retenue"... je l'ai lu dix fois.

Bref. Toi t'en es où avec la PECSA ? J'ai croisé quelqu'un de chez eux à un apéro et il
avait l'air de dire qu'ils avaient trouvé leur perle rare 😉

On se fait un appel ce week-end ?

Bisous,
Margaux
""",
)

add(
    scenario="banque_credit_refuse", kind="other", lang="fr",
    company="", contact="",
    sender=("Banque Cérès", "no-reply@banqueceres.example.be"),
    subject="Votre demande de crédit – décision",
    date="2026-09-04 16:00 +0200", structure="html", charset="iso-8859-1", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:3px solid #00594f;padding:10px 0"><img src="https://banqueceres.example.be/logo.gif" alt="Banque Cérès" width="140"></td></tr>
<tr><td style="padding:18px 0">
<p>Madame Adeyemi-Clarke,</p>
<p>Nous avons bien reçu votre demande de prêt à tempérament d'un montant de 8.000 EUR et nous vous en remercions.</p>
<p>Après analyse de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Votre historique bancaire en Belgique étant inférieur à six mois, votre demande ne répond pas à nos critères d'octroi.</p>
<p>Vous pouvez introduire une nouvelle demande dans six mois.</p>
<p>Banque Cérès SA &ndash; Service Crédits</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Banque Cérès SA, Boulevard Anspach 1, 1000 Bruxelles. RPM Bruxelles 0403.111.222. Ne répondez pas à ce message.</td></tr>
</table></body></html>
""",
)

add(
    scenario="regie_appartement_non_retenu", kind="other", lang="fr",
    company="", contact="",
    sender=("Régie du Mont-Blanc - Location", "location@regie-montblanc.example.ch"),
    subject="Votre dossier de candidature - 3 pièces, Rue de la Servette 58",
    date="2026-09-21 11:02 +0200", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Madame,

Nous avons bien reçu votre dossier de candidature pour l'appartement de 3 pièces situé Rue
de la Servette 58, 4e étage, et vous en remercions.

Nous sommes au regret de vous informer que le propriétaire a attribué l'objet à un autre
candidat. Votre dossier n'a donc pas été retenu.

Nous vous remercions de l'intérêt porté à nos objets et vous invitons à consulter nos
offres sur notre site.

Service location
Régie du Mont-Blanc SA
Ce courriel est envoyé automatiquement - merci de ne pas y répondre.
""",
)

add(
    scenario="reponse_automatique_absente", kind="other", lang="fr",
    company="", contact="camille.deprez@relab.example.be",
    sender=("Camille Deprez", "camille.deprez@relab.example.be"),
    subject="Réponse automatique : Question sur le processus de recrutement",
    date="2026-04-13 08:00 +0200", structure="plain", charset="windows-1252", cte="8bit",
    in_reply_to="<CAGx17relab_question@mail.example.co.uk>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Bonjour,

Je suis absente du bureau jusqu’au 17 avril inclus et n’aurai qu’un accès limité à mes e-mails.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter rh@relab.example.be.

Bien cordialement,
Camille Deprez
""",
)

add(
    scenario="radio_entretien_antenne", kind="other", lang="fr",
    company="", contact="j.bonvin@radio-leman.example.ch",
    sender=("Julien Bonvin", "j.bonvin@radio-leman.example.ch"),
    subject="Demande d'entretien – émission « Toit et moi »",
    date="2026-07-08 10:25 +0200", structure="plain", cte="qp",
    text="""Bonjour Madame Adeyemi-Clarke,

Je suis journaliste à Radio Léman et je prépare un numéro de notre émission « Toit et moi »
consacré au mal-logement en Europe. Une collègue m'a transmis votre contribution au dernier
colloque de la PECSA, et j'aimerais beaucoup vous avoir à l'antenne pour un entretien
d'une dizaine de minutes sur la situation au Royaume-Uni.

L'enregistrement pourrait se faire à distance, en français, la semaine du 20 juillet.
Seriez-vous disponible ?

Avec mes remerciements,

Julien Bonvin
Journaliste – Radio Léman
""",
)

add(
    scenario="webinaire_think_tank", kind="other", lang="fr",
    company="", contact="",
    sender=("IRPU – Événements", "evenements@irpu.example.ch"),
    subject="Invitation : webinaire « Logement abordable : que disent les données ? »",
    date="2026-02-11 09:00 +0100", structure="html", cte="base64",
    html=f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;color:#222">
<tr><td style="padding:16px;background:#004b87"><img src="https://irpu.example.ch/img/irpu-blanc.png" alt="IRPU - Institut de recherche sur les politiques urbaines" width="190"></td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:22px">
<p>Madame, Monsieur,</p>
<p>L'IRPU a le plaisir de vous inviter à son webinaire <b>« Logement abordable : que disent les données ? »</b>, le jeudi 26 février de 12h15 à 13h30.</p>
<p>Intervenant·es : Prof. Anne Rochat (IRPU), Nadia Benali, et un représentant de l'Office cantonal du logement.</p>
<p><a href="{click('news.irpu.example.ch', 'https://irpu.example.ch/evenements/webinaire-logement-abordable')}" style="background:#004b87;color:#fff;padding:10px 18px;text-decoration:none">Je m'inscris</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888">Vous recevez ce message car vous êtes inscrit·e à la liste de diffusion de l'IRPU. <a href="{click('news.irpu.example.ch', 'https://irpu.example.ch/desabonnement')}">Se désabonner</a></td></tr>
</table>{pixel('news.irpu.example.ch', 'webinaire-0226')}
""",
    headers={"List-Unsubscribe": "<https://irpu.example.ch/desabonnement?m=shauna>",
             "List-Id": "IRPU evenements <evenements.irpu.example.ch>"},
)

add(
    scenario="envoi_propre_candidature_fr", kind="other", lang="fr",
    company="", contact="",
    sender=SHAUNA,
    to=[("Léman Talents", "a.perrin@lemantalents.example.ch")],
    subject="Candidature – Responsable études et plaidoyer",
    date="2026-08-09 20:12 +0200", structure="mixed", cte="qp",
    text="""Madame Perrin,

Suite à notre échange téléphonique de jeudi, je vous adresse ci-joint mon CV en français
pour le poste de responsable études et plaidoyer.

Comme évoqué, je suis disponible pour un entretien à Genève à partir du 24 août, et
j'attends la réponse d'un autre employeur d'ici la fin du mois.

Je vous remercie de votre aide et reste à votre disposition.

Bien cordialement,
Shauna Adeyemi-Clarke
+44 7700 900 115
""",
    attachments=[{"filename": "CV_Shauna_Adeyemi-Clarke_FR.pdf", "title": "Shauna Adeyemi-Clarke - Curriculum vitae",
                      "lines": ["Chargee de dossiers logement, Birmingham (depuis 2020)",
                             "Master en politique sociale", "Langues : anglais, francais C1, espagnol B2, allemand B2"]}],
)

# =========================================================================================
# German
# =========================================================================================

add(
    scenario="karriere_newsletter_absagen", kind="other", lang="de",
    company="", contact="",
    sender=("Karriere im Gemeinwohl", "newsletter@gemeinwohl-karriere.example.de"),
    subject="Absage bekommen? So machst du weiter – plus 8 neue Stellen",
    date="2026-03-08 08:00 +0100", structure="html", cte="qp",
    html=bulletin(
        title="Karriere im Gemeinwohl – Newsletter März", lang="de", cta="Weiterlesen",
        logo_src="https://gemeinwohl-karriere.example.de/img/logo.png", logo_alt="Karriere im Gemeinwohl",
        accent="#1b5e20", host="link.gemeinwohl-karriere.example.de",
        intro="<p>Hallo,</p><p>eine Absage nach dem Vorstellungsgespräch tut weh &ndash; aber sie ist selten das Ende. In dieser Ausgabe: wie du um Feedback bittest, warum Stiftungen oft monatelang nicht antworten, und neue Stellen in Brüssel, Genf und Berlin.</p>",
        items=[("Nach der Absage: um Feedback bitten, aber richtig", "Eine Vorlage und drei Dinge, die du vermeiden solltest.", "https://gemeinwohl-karriere.example.de/ratgeber/absage-feedback"),
               ("Referent*in Wohnungspolitik – Brüssel", "Europäischer Verband, unbefristet, Bewerbungsschluss 31. März", "https://gemeinwohl-karriere.example.de/stelle/4471"),
               ("Wissenschaftliche Mitarbeit Stadtforschung – Genf", "Stiftung, 80 %, ab Juni", "https://gemeinwohl-karriere.example.de/stelle/4480")],
        footer="Du erhältst diesen Newsletter, weil du dich auf gemeinwohl-karriere.de angemeldet hast. <a href=\"https://gemeinwohl-karriere.example.de/abmelden\">Abmelden</a><br>Gemeinwohl Karriere UG (haftungsbeschränkt), Oranienstraße 183, 10999 Berlin. Geschäftsführerin: Ronja Kessler. Amtsgericht Charlottenburg HRB 201144."),
    headers={"List-Unsubscribe": "<https://gemeinwohl-karriere.example.de/abmelden?u=5521>",
             "List-Id": "Newsletter <newsletter.gemeinwohl-karriere.example.de>", "Precedence": "bulk"},
)

add(
    scenario="paket_verspaetet", kind="other", lang="de",
    company="", contact="",
    sender=("PaketFix", "benachrichtigung@paketfix.example.de"),
    subject="Ihre Sendung verzögert sich leider",
    date="2026-07-21 15:14 +0200", structure="html", charset="iso-8859-1", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;background:#ffcc00;padding:16px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:20px">
<img src="https://paketfix.example.de/img/logo.png" alt="PaketFix" width="120">
<p>Guten Tag Shauna Adeyemi-Clarke,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434161094022115</b>. Grund: hohes Sendungsaufkommen im Paketzentrum.</p>
<p>Neuer voraussichtlicher Zustelltag: <b>Donnerstag, 23.07.2026</b>.</p>
<p>Wir bitten um Entschuldigung.</p>
<p style="font-size:11px;color:#777">Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.<br>PaketFix GmbH, Hamburg. Geschäftsführer: Sven Albers.</p>
</td></tr></table></body></html>
""",
)

add(
    scenario="jobagent_neue_stellen", kind="other", lang="de",
    company="", contact="",
    sender=("Stellenportal Schweiz JobAgent", "jobagent@stellenportal-schweiz.example.ch"),
    subject="JobAgent: 6 neue Stellen für «Policy Research»",
    date="2026-04-19 05:30 +0200", structure="plain", cte="qp",
    headers={"List-Unsubscribe": "<https://stellenportal-schweiz.example.ch/jobagent/loeschen?id=8812>"},
    text="""Guten Tag

Ihr JobAgent «Policy Research – Genf, Bern, Zürich» hat 6 neue Stellen gefunden:

1. Wissenschaftliche*r Mitarbeiter*in Wohnforschung (80 %) – Bern
   https://stellenportal-schweiz.example.ch/stelle/112901
2. Policy Officer Housing – Genf (Englisch/Französisch)
   https://stellenportal-schweiz.example.ch/stelle/112933
3. Projektleiter*in Sozialplanung – Zürich
   https://stellenportal-schweiz.example.ch/stelle/112948
4. Research Analyst (m/w/d) – Genf
   https://stellenportal-schweiz.example.ch/stelle/112950
5. Fachstelle Wohnen, Sachbearbeitung – Biel
   https://stellenportal-schweiz.example.ch/stelle/112961
6. Praktikum Politik & Forschung – Lausanne
   https://stellenportal-schweiz.example.ch/stelle/112977

JobAgent bearbeiten oder löschen:
https://stellenportal-schweiz.example.ch/jobagent/8812

Freundliche Grüsse
Ihr Stellenportal Schweiz
""",
)

add(
    scenario="freund_eigenes_gespraech", kind="other", lang="de",
    company="", contact="jonas.kessler@example.de",
    sender=("Jonas Keßler", "jonas.kessler@example.de"),
    subject="Re: Wie war's?",
    date="2026-06-29 22:10 +0200", structure="plain", cte="qp",
    in_reply_to="<CAGx18jonas_wiewars@mail.example.co.uk>",
    text="""Hey Shauna,

danke der Nachfrage! Das Vorstellungsgespräch beim Bezirksamt lief eigentlich ganz gut,
die wollten aber noch eine zweite Runde mit der Amtsleitung machen. Die Einladung kommt
angeblich nächste Woche. Drück mir die Daumen!

Und du? Hast du dich für Genf oder Brüssel entschieden? Wenn du nach Brüssel gehst,
besuch ich dich sofort 😄

LG aus Leipzig
Jonas

Am So., 28. Juni 2026 um 11:42 Uhr schrieb Shauna Adeyemi-Clarke <shauna.ac@example.co.uk>:
> Hallo Jonas! Wie war dein Vorstellungsgespräch? Ich habe übrigens zwei Angebote
> bekommen und muss mich bis Freitag entscheiden...
""",
)

# =========================================================================================
# Spanish
# =========================================================================================

add(
    scenario="boletin_ofertas_tercer_sector", kind="other", lang="es",
    company="", contact="",
    sender=("EmpleoTercerSector", "boletin@empleotercersector.example.es"),
    subject="Ofertas de la semana + cómo preparar una entrevista en inglés",
    date="2026-05-31 08:00 +0200", structure="html", cte="qp",
    html=bulletin(
        title="Boletín EmpleoTercerSector", lang="es", cta="Ver oferta",
        logo_src="https://empleotercersector.example.es/img/logo.png", logo_alt="EmpleoTercerSector",
        accent="#2a9d8f", host="clic.empleotercersector.example.es",
        intro="<p>¡Hola!</p><p>Esta semana, 23 ofertas nuevas en ONG, fundaciones y organismos internacionales, y una guía para que un rechazo no te quite las ganas de seguir.</p>",
        items=[("Técnico/a de incidencia – Bruselas", "Red europea de vivienda · indefinido · inglés y francés", "https://empleotercersector.example.es/oferta/33120"),
               ("Investigador/a junior – Ginebra", "Organización internacional · 12 meses", "https://empleotercersector.example.es/oferta/33141"),
               ("Guía: cómo preparar una entrevista en inglés", "Las preguntas más frecuentes y cómo responderlas.", "https://empleotercersector.example.es/guias/entrevista-ingles"),
               ("Me han rechazado: ¿y ahora qué?", "Cinco consejos de orientadoras laborales.", "https://empleotercersector.example.es/guias/rechazo")],
        footer="Recibes este boletín porque te suscribiste en empleotercersector.es. <a href=\"https://empleotercersector.example.es/baja\">Darse de baja</a><br>EmpleoTercerSector S.L., Calle de Alcalá 120, 28009 Madrid."),
    headers={"List-Unsubscribe": "<https://empleotercersector.example.es/baja?u=51c0&l=boletin>",
             "List-Id": "Boletin <boletin.empleotercersector.example.es>", "Precedence": "bulk"},
)

add(
    scenario="amiga_me_han_rechazado", kind="other", lang="es",
    company="", contact="ana.belda@example.es",
    sender=("Ana Belda", "ana.belda@example.es"),
    subject="Re: ¿qué tal todo?",
    date="2026-04-04 23:17 +0200", structure="plain", cte="8bit",
    in_reply_to="<CAGx19ana_quetal@mail.example.co.uk>",
    text="""¡Shauna, guapa!

Pues aquí, un poco de bajón: me han rechazado en lo del Ayuntamiento de Valencia, después
de la entrevista y todo. Me dijeron que "el puesto ha sido cubierto por otra persona con
más experiencia". En fin, a seguir buscando.

¿Y tú qué tal con lo de Bruselas? ¿Te han llamado de la fundación esa? Cuéntame cosas, que
te echo de menos desde el Erasmus.

Besos,
Ana

El vie, 3 abr 2026 a las 19:05, Shauna Adeyemi-Clarke (<shauna.ac@example.co.uk>) escribió:
> ¡Hola Ana! ¿Qué tal todo por Valencia? Yo sigo con las candidaturas, esta semana
> tengo dos entrevistas...
""",
)

add(
    scenario="banco_solicitud_prestamo", kind="other", lang="es",
    company="", contact="",
    sender=("Banco Levante", "notificaciones@bancolevante.example.es"),
    subject="Hemos recibido tu solicitud de préstamo",
    date="2026-01-27 12:44 +0100", structure="html", charset="windows-1252", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#003b71;padding:14px"><img src="https://bancolevante.example.es/img/logo-blanco.png" alt="Banco Levante" width="150"></td></tr>
<tr><td style="padding:20px">
<p>Hola Shauna,</p>
<p>Hemos recibido tu solicitud de préstamo personal por importe de 3.000 € y la estamos estudiando.</p>
<p>Te comunicaremos nuestra decisión en un plazo máximo de 48 horas a través de la app y por correo electrónico.</p>
<p>Gracias por confiar en nosotros.</p>
<p>Banco Levante</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#999;background:#f2f2f2">Este mensaje ha sido enviado automáticamente. Por favor, no respondas a este correo. Banco Levante, S.A. – Inscrita en el Registro Mercantil de Valencia.</td></tr>
</table></body></html>
""",
)

add(
    scenario="entrevista_estudio_universidad", kind="other", lang="es",
    company="", contact="p.navarro@example.es",
    sender=("Pablo Navarro", "p.navarro@example.es"),
    subject="Entrevista para un estudio sobre trabajadoras sociales en Europa",
    date="2026-02-14 11:00 +0100", structure="alt", cte="qp",
    text="""Estimada Shauna:

Soy doctorando en la Universidad de Valencia y estoy realizando un estudio comparativo sobre las condiciones de trabajo de las profesionales de la intervención social en vivienda en España, Bélgica y Reino Unido.

Me pondría muy contento poder hacerte una entrevista de unos 45 minutos (en inglés o en castellano) por videollamada. La entrevista es anónima y no tiene ninguna relación con procesos de selección.

¿Tendrías disponibilidad en las próximas dos semanas?

Muchas gracias de antemano,
Pablo Navarro
Departamento de Trabajo Social y Servicios Sociales
""",
    html=paras("""Estimada Shauna:

Soy doctorando en la Universidad de Valencia y estoy realizando un estudio comparativo sobre las condiciones de trabajo de las profesionales de la intervención social en vivienda en España, Bélgica y Reino Unido.

Me pondría muy contento poder hacerte una entrevista de unos 45 minutos (en inglés o en castellano) por videollamada. La entrevista es anónima y no tiene ninguna relación con procesos de selección.

¿Tendrías disponibilidad en las próximas dos semanas?

Muchas gracias de antemano,
Pablo Navarro
Departamento de Trabajo Social y Servicios Sociales""", "margin:0 0 12px 0;font-family:Verdana,sans-serif;font-size:13px"),
)

add(
    scenario="mensaje_propio_agradecimiento", kind="other", lang="es",
    company="", contact="",
    sender=SHAUNA,
    to=[("Lucía Ferrer", "lucia.ferrer@osmed.example.org")],
    subject="Gracias por la entrevista",
    date="2026-07-16 18:20 +0200", structure="plain", cte="qp",
    msgid="<CAGx2gracias_osmed@mail.example.co.uk>",
    text="""Hola Lucía:

Quería darte las gracias a ti y al resto del comité por la entrevista de esta mañana. Me
ha encantado conocer más sobre el proyecto de datos sobre desahucios y cómo encajaría el
puesto en el equipo.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo muy cordial,
Shauna
""",
)

add(
    scenario="academia_lista_espera_posicion", kind="other", lang="es",
    company="", contact="",
    sender=("Academia Babel Bruselas", "secretaria-noreply@academiababel.example.be"),
    subject="Tu posición en la lista de espera: n.º 4",
    date="2026-09-14 10:30 +0200", structure="mixed", cte="base64",
    text="""Hola Shauna:

Gracias por inscribirte en el curso intensivo de neerlandés A1 (octubre, horario de tarde).

El grupo está completo en este momento. Tu posición en la lista de espera es la n.º 4. Si se libera una plaza, te avisaremos por correo y tendrás 48 horas para confirmarla.

Adjuntamos la ficha de inscripción provisional.

Secretaría
Academia Babel Bruselas
Este correo se envía automáticamente.
""",
    attachments=[{"filename": "ficha_inscripcion_provisional.pdf", "title": "Academia Babel - ficha de inscripcion",
                      "lines": ["Alumna: Shauna Adeyemi-Clarke", "Curso: neerlandes A1 intensivo (octubre)",
                             "Estado: lista de espera, posicion 4"]}],
)
