"""Everything else in the ninety-sixth corpus (52 messages): newsletters and alerts that talk about
rejections and interviews, other meanings of the words, friends, the candidate's own mail,
out-of-office replies and cold outreach. Each written by hand."""

from __future__ import annotations

from msgs96_common import CANDIDATE, ME, spec

ENGLISH = [
    # 1 -- newsletter essay about rejection, list headers, HTML only
    spec(
        kind="other", scen="newsletter_rejection_essay", lang="en",
        company="", contact="",
        frm=("The Learning Designer's Notebook", "notebook@ldnotebook.example.com"),
        subj="Issue #47: What ten rejections taught me about portfolios",
        date="2026-02-08 07:00 +0000",
        cs="utf-8", cte="qp",
        hdrs={
            "List-Id": "The Learning Designer's Notebook <ldnotebook.example.com>",
            "List-Unsubscribe": "<https://ldnotebook.example.com/unsubscribe?r=gnw&e=47>, <mailto:unsubscribe@ldnotebook.example.com?subject=unsubscribe>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk",
        },
        html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Issue #47</title></head>
<body style="margin:0;background:#fdfbf7;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;color:#2a2a2a;font-size:17px;line-height:28px;">
<tr><td style="padding:30px 20px 10px 20px;text-align:center;"><a href="https://ldnotebook.example.com/r/home?e=47"><img src="https://ldnotebook.example.com/img/masthead.png" alt="The Learning Designer's Notebook" width="360"></a></td></tr>
<tr><td style="padding:10px 20px;">
<h1 style="font-size:28px;line-height:34px;">What ten rejections taught me about portfolios</h1>
<p>When I left the classroom in 2023 I applied for twenty-three learning design jobs. I was rejected by ten of them outright, ghosted by eight, and got to interview at five. Every one of those rejection emails said some version of &ldquo;we have decided to move forward with candidates whose experience more closely matches&rdquo;.</p>
<p>It took me far too long to work out that &ldquo;experience&rdquo; meant <em>evidence</em>. Here&rsquo;s what changed when I rebuilt my portfolio:</p>
<ol>
<li><b>Show the before and after.</b> A lesson plan is not a learning design artefact. A lesson plan rebuilt for self-paced adults is.</li>
<li><b>Name the tool.</b> Recruiters scan for Rise, Storyline, Evolve. Even a tiny sample counts.</li>
<li><b>Talk about measurement.</b> Teachers evaluate constantly. Say so in L&amp;D language.</li>
</ol>
<p>Next week: how to answer &ldquo;why are you leaving teaching?&rdquo; in an interview without sounding bitter.</p>
<p><a href="https://ldnotebook.example.com/r/p/ten-rejections?e=47" style="color:#b5462f;">Read on the web &rarr;</a> &middot; <a href="https://ldnotebook.example.com/r/share?e=47" style="color:#b5462f;">Share</a> &middot; <a href="https://ldnotebook.example.com/r/comments?e=47" style="color:#b5462f;">12 comments</a></p>
</td></tr>
<tr><td style="padding:20px;font-family:Arial,sans-serif;font-size:12px;line-height:18px;color:#8a8a8a;text-align:center;border-top:1px solid #e8e2d8;">
You're receiving this because you subscribed to The Learning Designer's Notebook.<br>
<a href="https://ldnotebook.example.com/unsubscribe?r=gnw&amp;e=47" style="color:#8a8a8a;">Unsubscribe</a> &middot; <a href="https://ldnotebook.example.com/preferences?r=gnw" style="color:#8a8a8a;">Preferences</a><br>
The Learning Designer's Notebook, 20-22 Wenlock Road, London N1 7GU</td></tr>
</table></td></tr></table>
<img src="https://ldnotebook.example.com/o/47/gnw.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 2 -- job-alert digest listing openings, multipart/alternative
    spec(
        kind="other", scen="job_alert_digest", lang="en",
        company="", contact="",
        frm=("JobHarbour Alerts", "alerts@jobharbour.example.co.uk"),
        subj="12 new Learning Designer jobs in Greater Manchester",
        date="2026-03-16 06:45 +0000",
        cs="utf-8", cte="qp",
        hdrs={
            "List-Id": "<jobalerts.jobharbour.example.co.uk>",
            "List-Unsubscribe": "<https://www.jobharbour.example.co.uk/alerts/stop?a=55102>",
            "Precedence": "bulk",
        },
        text="""12 new jobs for "learning designer" within 25 miles of Manchester

Learning Designer - Brightloop Learning - Manchester - £36k-£42k
https://t.jobharbour.example.co.uk/c/a55102/1

Digital Learning Developer - Don Valley College - Sheffield - £34k-£37k
https://t.jobharbour.example.co.uk/c/a55102/2

Instructional Designer (Science) - Quizzard - Manchester - up to £40k
https://t.jobharbour.example.co.uk/c/a55102/3

L&D Consultant - Castlefield Bank - Manchester - £45k + bonus
https://t.jobharbour.example.co.uk/c/a55102/4

...and 8 more: https://t.jobharbour.example.co.uk/c/a55102/all

Don't miss out: applications close soon on 3 of these jobs. Employers usually invite
candidates to interview within two weeks of an advert closing.

Stop this alert: https://www.jobharbour.example.co.uk/alerts/stop?a=55102
JobHarbour Ltd, 1 St Peter's Square, Manchester M2 3DE
""",
        html="""<html><body style="margin:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1c2b39;font-size:14px;">
<tr><td style="padding:16px 24px;background:#0b6e99;"><img src="https://cdn.jobharbour.example.co.uk/email/logo-white.png" alt="JobHarbour" width="130"></td></tr>
<tr><td style="padding:20px 24px 6px 24px;font-size:18px;font-weight:bold;">12 new jobs for &ldquo;learning designer&rdquo; near Manchester</td></tr>
<tr><td style="padding:6px 24px;">
<p><a href="https://t.jobharbour.example.co.uk/c/a55102/1" style="color:#0b6e99;font-weight:bold;">Learning Designer</a><br>Brightloop Learning &middot; Manchester &middot; &pound;36k&ndash;&pound;42k</p>
<p><a href="https://t.jobharbour.example.co.uk/c/a55102/2" style="color:#0b6e99;font-weight:bold;">Digital Learning Developer</a><br>Don Valley College &middot; Sheffield &middot; &pound;34k&ndash;&pound;37k</p>
<p><a href="https://t.jobharbour.example.co.uk/c/a55102/3" style="color:#0b6e99;font-weight:bold;">Instructional Designer (Science)</a><br>Quizzard &middot; Manchester &middot; up to &pound;40k</p>
<p><a href="https://t.jobharbour.example.co.uk/c/a55102/4" style="color:#0b6e99;font-weight:bold;">L&amp;D Consultant</a><br>Castlefield Bank &middot; Manchester &middot; &pound;45k + bonus</p>
<p><a href="https://t.jobharbour.example.co.uk/c/a55102/all" style="color:#0b6e99;">See all 12 jobs &rarr;</a></p>
<p style="background:#fff6e0;padding:10px;font-size:13px;">Don&rsquo;t miss out: applications close soon on 3 of these jobs. Employers usually invite candidates to interview within two weeks of an advert closing.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#7b8a97;border-top:1px solid #e3e8ec;"><a href="https://www.jobharbour.example.co.uk/alerts/stop?a=55102" style="color:#7b8a97;">Stop this alert</a> &middot; <a href="https://www.jobharbour.example.co.uk/alerts/edit?a=55102" style="color:#7b8a97;">Edit alert</a> &middot; JobHarbour Ltd, 1 St Peter's Square, Manchester M2 3DE</td></tr>
</table></td></tr></table>
<img src="https://t.jobharbour.example.co.uk/o/a55102.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 3 -- podcast interview request
    spec(
        kind="other", scen="podcast_interview_request", lang="en",
        company="", contact="sian@teacherswholeft.example.co.uk",
        frm=("Sian Pritchard", "sian@teacherswholeft.example.co.uk"),
        subj="Podcast interview? (Teachers Who Left)",
        date="2026-04-11 10:14 +0100",
        cs="utf-8", cte="8bit",
        text="""Hi Gareth,

I host a small podcast called Teachers Who Left – each episode I interview someone who has
moved out of the classroom into another career (or is in the middle of doing it!). A
mutual friend, Priya Raman, mentioned that you're moving into learning design and
suggested you'd be a great guest.

Would you be up for a 45-minute recorded interview some time in May? It's very relaxed:
we chat over Zoom about why you're leaving, what the job hunt has been like, and what
you'd tell other teachers thinking about it. You'd get to approve the edit before it
goes out.

No worries at all if it's not for you.

Best,
Sian

Sian Pritchard
Host, Teachers Who Left
teacherswholeft.example.co.uk
""",
    ),
    # 4 -- journalist asks for a press interview
    spec(
        kind="other", scen="press_interview_journalist", lang="en",
        company="", contact="tom.ashworth@mcrcourier.example.co.uk",
        frm=("Tom Ashworth", "tom.ashworth@mcrcourier.example.co.uk"),
        subj="Interview request – teacher retention piece",
        date="2026-05-07 12:31 +0100",
        cs="utf-8", cte="7bit",
        text="""Dear Gareth,

I'm a reporter on the education desk at the Manchester Evening Courier. We're putting
together a feature on why experienced secondary teachers in Greater Manchester are
leaving the profession, and your union rep suggested you might be willing to talk to us.

Would you be free for a 20-minute phone interview this week or next? We can quote you
by name or anonymously, whichever you prefer. Deadline for the piece is Friday 15 May.

Many thanks,

Tom Ashworth
Education Reporter
Manchester Evening Courier
07700 900 509
""",
    ),
    # 5 -- user-research interview by a product team (with a voucher)
    spec(
        kind="other", scen="user_research_interview", lang="en",
        company="", contact="ellie.ng@quizzard.example.com",
        frm=("Ellie Ng", "ellie.ng@quizzard.example.com"),
        subj="Can we interview you? (30 mins, £30 voucher)",
        date="2026-01-28 15:02 +0000",
        cs="utf-8", cte="8bit",
        text="""Hi Gareth,

I'm a user researcher at Quizzard. Our records show you've been using Quizzard with your
Year 9 and Year 11 classes since September – thank you!

We're redesigning the way teachers build quizzes and we'd love to interview you for 30
minutes about how you use it in your classroom: what works, what's annoying, and what you
wish it did. As a thank-you we'll send you a £30 book voucher.

If you're up for it, just reply with a couple of times that suit you after school in the
next fortnight and I'll send a video link.

Thanks,
Ellie Ng
Senior User Researcher, Quizzard
""",
    ),
    # 6 -- running app: "your position" on a leaderboard, HTML only
    spec(
        kind="other", scen="gps_app_leaderboard_position", lang="en",
        company="", contact="",
        frm=("TrailPal", "hello@trailpal.example.com"),
        subj="Your position: 7th on Kinder Scout Loop this month 🏃",
        date="2026-06-30 19:00 +0100",
        cs="utf-8", cte="qp",
        hdrs={"List-Unsubscribe": "<https://trailpal.example.com/settings/emails/off?u=gnw>"},
        html="""<html><body style="margin:0;background:#101820;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#18242f;font-family:Helvetica,Arial,sans-serif;color:#e9eef2;">
<tr><td style="padding:22px;text-align:center;"><img src="https://trailpal.example.com/mail/logo-lime.png" alt="TrailPal" width="110"></td></tr>
<tr><td style="padding:0 28px 20px 28px;text-align:center;">
<p style="font-size:14px;color:#9fb1bf;margin:0;">SEGMENT LEADERBOARD &middot; JUNE</p>
<p style="font-size:54px;font-weight:bold;color:#c6f432;margin:10px 0;">7th</p>
<p style="font-size:16px;">Your position on <b>Kinder Scout Loop</b> (12.4 km, 486 m climb)</p>
<p style="font-size:14px;color:#9fb1bf;">Your best: 1:18:42 &middot; 31 seconds behind 6th place</p>
<p style="margin:22px 0;"><a href="https://trailpal.example.com/r/seg/88214?utm_source=email&amp;utm_campaign=monthly" style="background:#c6f432;color:#101820;padding:12px 26px;border-radius:24px;text-decoration:none;font-weight:bold;">See the full leaderboard</a></p>
<p style="font-size:13px;color:#9fb1bf;">Unfortunately the GPS signal dropped for 400 m on your 21 June run, so that attempt wasn't counted.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#6d7f8c;text-align:center;">TrailPal Ltd &middot; Manchester &middot; <a href="https://trailpal.example.com/settings/emails/off?u=gnw" style="color:#6d7f8c;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://trailpal.example.com/o/monthly-06/gnw.png" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 7 -- allotment waiting list: "your position"
    spec(
        kind="other", scen="allotment_waiting_list_position", lang="en",
        company="", contact="",
        frm=("Didsbury Allotments Lettings", "noreply@mcr-allotments.example.co.uk"),
        subj="Your position on the allotment waiting list",
        date="2026-01-09 09:00 +0000",
        cs="utf-8", cte="7bit",
        text="""Dear Mr Nwosu-Whitfield

Annual waiting list update: Didsbury (Fog Lane) allotment site

Your current position on the waiting list is: 14
(last year: 23)

Nine plots became available on this site in 2025. We are unable to predict exactly when
you will be offered a plot, but we will contact you by email when you reach the top of
the list. Please keep your contact details up to date.

If you no longer wish to remain on the list, you can remove yourself online.

Allotments Lettings Team

This is an automated message. Replies to this address are not read.
""",
    ),
    # 8 -- courier: "unfortunately your parcel is delayed", HTML only
    spec(
        kind="other", scen="parcel_delayed", lang="en",
        company="", contact="",
        frm=("ParcelDash", "no-reply@parceldash.example.co.uk"),
        subj="Unfortunately your parcel is delayed",
        date="2026-03-11 13:40 +0000",
        cs="utf-8", cte="qp",
        html="""<html><body style="margin:0;background:#f5f5f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#e4002b;padding:14px 24px;"><img src="https://img.parceldash.example.co.uk/logo-white.png" alt="ParcelDash" width="120"></td></tr>
<tr><td style="padding:24px;line-height:21px;">
<p style="font-size:20px;font-weight:bold;">Sorry, your parcel is running late</p>
<p>Hi Gareth, unfortunately your parcel from <b>Crafty Corner Supplies</b> is delayed due to high volumes at our Trafford depot. We now expect to deliver it on <b>Friday 13 March</b>.</p>
<p>Tracking number: PD7730 2941 118</p>
<p><a href="https://track.parceldash.example.co.uk/c/PD77302941118?utm_source=delay" style="background:#e4002b;color:#fff;padding:10px 20px;text-decoration:none;display:inline-block;">Track your parcel</a> &nbsp; <a href="https://track.parceldash.example.co.uk/c/PD77302941118/options" style="color:#e4002b;">Change delivery</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;border-top:1px solid #eee;">ParcelDash Ltd, registered in England No 08812345. Please do not reply to this email.</td></tr>
</table></td></tr></table>
<img src="https://track.parceldash.example.co.uk/o/PD77302941118.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 9 -- bank: loan "application received", multipart/alternative
    spec(
        kind="other", scen="bank_loan_application_received", lang="en",
        company="", contact="",
        frm=("Moorside Bank", "no-reply@moorsidebank.example.co.uk"),
        subj="We've received your loan application",
        date="2026-08-30 18:22 +0100",
        cs="utf-8", cte="qp",
        text="""Dear Mr Nwosu-Whitfield

Thank you for your personal loan application (reference PL-2026-0488193) for £6,500 over
36 months.

We've received your application and we're reviewing it now. Most decisions are made
within one working day; we'll email you when we have an answer. You don't need to do
anything in the meantime.

Moorside Bank will never ask you for your full PIN or password by email.

Moorside Bank plc. Registered in England No 02276611. Authorised by the Prudential
Regulation Authority and regulated by the Financial Conduct Authority and the Prudential
Regulation Authority. Please do not reply to this email.
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:4px solid #00594f;padding:12px 0;"><img src="https://www.moorsidebank.example.co.uk/email/logo.png" alt="Moorside Bank" width="150"></td></tr>
<tr><td style="padding:18px 0;line-height:21px;">
<p>Dear Mr Nwosu-Whitfield</p>
<p>Thank you for your personal loan application (reference <b>PL-2026-0488193</b>) for &pound;6,500 over 36 months.</p>
<p>We've received your application and we're reviewing it now. Most decisions are made within one working day; we'll email you when we have an answer. You don't need to do anything in the meantime.</p>
<p style="background:#eef6f5;padding:10px;">Moorside Bank will never ask you for your full PIN or password by email.</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ddd;padding-top:8px;">Moorside Bank plc. Registered in England No 02276611. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Please do not reply to this email.</td></tr>
</table></body></html>
""",
    ),
    # 10 -- bank: credit card application declined; a bank sender is never a contact
    spec(
        kind="other", scen="bank_credit_card_declined", lang="en",
        company="", contact="",
        frm=("Moorside Bank Customer Services", "customer.services@moorsidebank.example.co.uk"),
        subj="Important information about your credit card application",
        date="2026-09-02 08:05 +0100",
        cs="utf-8", cte="7bit",
        text="""Dear Mr Nwosu-Whitfield

Thank you for applying for a Moorside Rewards credit card.

Unfortunately, we are unable to offer you a credit card on this occasion. Our decision
was based on a number of factors, including information from credit reference agencies
and the length of time at your current address.

This decision does not affect your existing Moorside Bank accounts. You can ask us to
review the decision by calling 0345 555 0100 (Monday to Friday, 8am to 8pm).

Yours sincerely

Credit Decisions Team
Moorside Bank plc
""",
    ),
    # 11 -- letting agent: flat application refused; a person writes and invites a reply
    spec(
        kind="other", scen="flat_application_refused", lang="en",
        company="", contact="hollie.dawson@cityliving-lets.example.co.uk",
        frm=("Hollie Dawson", "hollie.dawson@cityliving-lets.example.co.uk"),
        subj="14 Egerton Road – your application",
        date="2026-08-14 16:52 +0100",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

Thanks for your application for the two-bed flat at 14 Egerton Road, Fallowfield.

Unfortunately the landlord has decided to proceed with another applicant who can move in
from 1 September. Your holding deposit has not been taken, so there's nothing to refund.

We have a similar flat coming up on Wilmslow Road next month – if you'd like to be
considered for that or anything else, just reply and let me know your budget and dates.

Kind regards,

Hollie Dawson
Lettings Negotiator
City Living Lettings · 212 Burton Road, West Didsbury M20 2LW
""",
    ),
    # 12 -- friend tells about her own rejection
    spec(
        kind="other", scen="friend_own_rejection", lang="en",
        company="", contact="priya.raman@example.com",
        frm=("Priya Raman", "priya.raman@example.com"),
        subj="ugh",
        date="2026-02-27 21:48 +0000",
        cs="utf-8", cte="8bit",
        text="""Got rejected by Northbridge Uni AGAIN. Third time for an academic developer role 🙃
"We have decided to proceed with other candidates whose experience more closely aligns"
blah blah. I'm starting to think they just don't hire ex-FE people.

Anyway, how did your Irwell Valley thing go?? Haven't heard from you since. Pint on
Friday? The Font at 7?

P x
""",
    ),
    # 13 -- friend has an interview and asks for tips
    spec(
        kind="other", scen="friend_has_interview", lang="en",
        company="", contact="tomhargreaves@example.co.uk",
        frm=("Tom Hargreaves", "tomhargreaves@example.co.uk"),
        subj="interview!!",
        date="2026-09-02 20:11 +0100",
        cs="utf-8", cte="7bit",
        text="""Mate, I've got an interview at Brightloop on Friday!! Same role you went for in the
spring I think? Any tips? What did they ask you? I've never done a "portfolio walkthrough"
in my life.

Also if I get it, drinks on me obviously.

Tom
""",
    ),
    # 14 -- the candidate's own thank-you after an interview
    spec(
        kind="other", scen="own_thank_you_after_interview", lang="en",
        company="", contact="",
        frm=ME, to=[("Isla McTaggart", "isla.mctaggart@canmore-insurance.example.co.uk")],
        subj="Thank you – Digital Learning Designer interview",
        date="2026-04-28 19:12 +0100",
        mid="<CAGnw7=CAN0428@mail.example.co.uk>",
        irt="<CAN.2026.0421.1402@canmore-insurance.example.co.uk>",
        cs="utf-8", cte="qp",
        text="""Dear Isla,

Thank you for today - I really enjoyed meeting the panel and hearing about the plans for
the new colleague academy. Please pass on my thanks to Gordon as well.

I'm very keen on the role, and I look forward to hearing from you.

Kind regards,
Gareth

Gareth Nwosu-Whitfield
07700 900 815
""",
    ),
    # 15 -- the candidate's own speculative application, CV attached
    spec(
        kind="other", scen="own_speculative_with_cv", lang="en",
        company="", contact="",
        frm=ME, to=[("", "careers@halewoodpryce.example.co.uk")],
        subj="Speculative enquiry – science resources / learning design",
        date="2026-02-04 20:41 +0000",
        mid="<CAGnw7=Spec0204@mail.example.co.uk>",
        cs="utf-8", cte="qp",
        text="""Dear Sir or Madam,

I am a secondary science teacher with eleven years' experience, currently moving into
learning design. I have used your KS3 and GCSE science resources for most of my career and
would love to contribute to them. Please find my CV attached; I would welcome the chance
of an interview should a suitable opening arise.

Yours faithfully,
Gareth Nwosu-Whitfield
""",
        att=[("Gareth_Nwosu-Whitfield_CV.pdf", [
            "GARETH NWOSU-WHITFIELD",
            "Manchester - gareth.nw@example.co.uk - 07700 900 815",
            "",
            "Secondary science teacher moving into learning design",
            "",
            "EXPERIENCE",
            "2019-now  Head of Chemistry, St Mark's Academy, Manchester",
            "2015-2019 Science teacher, Moss Side High School",
            "",
            "SKILLS",
            "Curriculum design, CPD delivery, Moodle, Google Classroom, Articulate Rise (basic)",
        ])],
    ),
    # 16 -- out-of-office from a person (Auto-Submitted)
    spec(
        kind="other", scen="out_of_office_person", lang="en",
        company="", contact="g.hollins@merseymet.example.co.uk",
        frm=("Gemma Hollins", "g.hollins@merseymet.example.co.uk"),
        subj="Automatic reply: Educational Technologist interview – postponed",
        date="2026-04-09 07:31 +0100",
        irt="<CAGnw7=MMU0409@mail.example.co.uk>",
        cs="utf-8", cte="qp",
        hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Thank you for your email. I am on annual leave until Monday 20 April with limited
access to email.

For urgent recruitment queries, please contact recruitment@merseymet.example.co.uk or
call People Services on 0151 555 0190.

Gemma Hollins
Recruitment Adviser | People Services
Mersey Metropolitan University
""",
    ),
    # 17 -- agency cold outreach, no interview yet
    spec(
        kind="other", scen="recruiter_cold_outreach", lang="en",
        company="", contact="ben.okonjo@luminasearch.example.co.uk",
        frm=("Ben Okonjo", "ben.okonjo@luminasearch.example.co.uk"),
        subj="L&D opportunities – open to a chat?",
        date="2026-05-15 08:49 +0100",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

I came across your profile and noticed you're moving from teaching into learning and
development – a path I've helped quite a few teachers take.

I specialise in L&D and learning technology roles across the North West and Yorkshire,
and I'm currently working with several employers (a couple of housing associations, a
large retailer and a software firm) who are open to candidates from education.

Would you be open to a 15-minute call this week so I can understand what you're looking
for? No pressure either way.

Best regards,

Ben Okonjo
Associate Director – Learning & Development Practice
Lumina Search
T: 0113 555 0166
LinkedIn: linkedin.example.com/in/benokonjo
""",
    ),
    # 18 -- head-hunter, confidential client, asks for a conversation (not an interview)
    spec(
        kind="other", scen="headhunter_confidential", lang="en",
        company="", contact="fiona@strachanexec.example.co.uk",
        frm=("Fiona Strachan", "fiona@strachanexec.example.co.uk"),
        subj="Confidential – Head of Learning, Edinburgh",
        date="2026-09-22 11:15 +0100",
        cs="utf-8", cte="qp",
        text="""Dear Gareth,

I hope you don't mind the approach. I'm leading a confidential search for a Head of
Learning for a well-known Edinburgh financial services firm, and your name came up in
conversation with a former colleague of yours.

I appreciate it may be a step up from where you are now, and that you may not be
looking. If you'd be open to a confidential, exploratory conversation, I'd be glad to
share more – just let me know a good time to call.

With kind regards,

Fiona Strachan
Managing Partner
Strachan Executive
4 Charlotte Square, Edinburgh EH2 4DR
+44 131 555 0129
""",
    ),
    # 19 -- professional network notification, multipart/alternative
    spec(
        kind="other", scen="network_search_appearances", lang="en",
        company="", contact="",
        frm=("Linkfolio", "notifications@linkfolio.example.com"),
        subj="You appeared in 9 searches this week",
        date="2026-06-08 07:12 +0100",
        cs="utf-8", cte="qp",
        hdrs={"List-Unsubscribe": "<https://www.linkfolio.example.com/e/unsub?t=search-digest&m=gnw>"},
        text="""Gareth, you appeared in 9 searches this week.

Your profile was found by people from:
- Recruitment & staffing (5)
- Education (3)
- Financial services (1)

Recruiters searched for: "learning designer", "instructional design", "L&D"

Tip: members who list 5 or more skills get up to 17x more profile views.
See who's looking: https://www.linkfolio.example.com/me/search-appearances?trk=eml

Unsubscribe: https://www.linkfolio.example.com/e/unsub?t=search-digest&m=gnw
This email was intended for Gareth Nwosu-Whitfield (Science teacher | aspiring Learning Designer).
""",
        html="""<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#f3f2ef;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:18px 24px;"><img src="https://static.linkfolio.example.com/mail/logo.png" alt="Linkfolio" width="90"></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:15px;color:#191919;">
<p style="font-size:22px;font-weight:600;">You appeared in 9 searches this week</p>
<p>Your profile was found by people from Recruitment &amp; staffing (5), Education (3) and Financial services (1).</p>
<p>Recruiters searched for: <b>learning designer</b>, <b>instructional design</b>, <b>L&amp;D</b></p>
<p><a href="https://www.linkfolio.example.com/me/search-appearances?trk=eml" style="background:#0a66c2;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none;display:inline-block;">See who's looking</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#666;">This email was intended for Gareth Nwosu-Whitfield. <a href="https://www.linkfolio.example.com/e/unsub?t=search-digest&amp;m=gnw" style="color:#666;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://www.linkfolio.example.com/emimp/gnw-0608.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 20 -- professional body webinar about interviews, list mail, HTML only
    spec(
        kind="other", scen="webinar_competency_interviews", lang="en",
        company="", contact="",
        frm=("Institute of Learning Professionals", "events@ilp.example.co.uk"),
        subj="Webinar: Acing your competency-based interview (members free)",
        date="2026-04-21 12:00 +0100",
        cs="utf-8", cte="base64",
        hdrs={
            "List-Id": "ILP Events <events.ilp.example.co.uk>",
            "List-Unsubscribe": "<https://ilp.example.co.uk/email/unsubscribe?c=ev0421&m=88410>",
            "Precedence": "bulk",
        },
        html="""<html><body style="margin:0;background:#e9eef3;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#243447;">
<tr><td><a href="https://ilp.example.co.uk/t/ev0421/banner"><img src="https://ilp.example.co.uk/email/banner-webinar.jpg" alt="Institute of Learning Professionals – live webinar" width="600" style="display:block;"></a></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:23px;">
<h2 style="margin-top:0;">Acing your competency-based interview</h2>
<p><b>Thursday 30 April, 12:30&ndash;13:30 &middot; online</b></p>
<p>Moving into L&amp;D from another profession? Our panel of hiring managers will explain what they listen for when they interview, how to structure STAR answers, and what to do if you've missed out on a role after the final interview.</p>
<p><a href="https://ilp.example.co.uk/t/ev0421/register" style="background:#d9480f;color:#fff;padding:11px 22px;text-decoration:none;display:inline-block;">Book your free place</a></p>
<p style="font-size:13px;">Also this month: <a href="https://ilp.example.co.uk/t/ev0421/a1">Salary survey 2026</a> &middot; <a href="https://ilp.example.co.uk/t/ev0421/a2">New jobs board</a> &middot; <a href="https://ilp.example.co.uk/t/ev0421/a3">Mentoring scheme</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#7a8896;border-top:1px solid #e1e6eb;">Institute of Learning Professionals is a registered charity in England and Wales (1099123). <a href="https://ilp.example.co.uk/email/unsubscribe?c=ev0421&amp;m=88410" style="color:#7a8896;">Unsubscribe</a> &middot; <a href="https://ilp.example.co.uk/privacy" style="color:#7a8896;">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://ilp.example.co.uk/t/ev0421/open/88410.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 21 -- job platform saved-search alert, plain text
    spec(
        kind="other", scen="nhs_jobs_saved_search", lang="en",
        company="", contact="",
        frm=("NHS Jobs", "no-reply@nhsjobs.example.co.uk"),
        subj="New jobs matching your saved search: learning and development",
        date="2026-05-25 06:30 +0100",
        cs="utf-8", cte="7bit",
        hdrs={"List-Unsubscribe": "<https://www.nhsjobs.example.co.uk/candidate/alerts/unsubscribe?s=4411>"},
        text="""Dear Gareth Nwosu-Whitfield

3 new jobs match your saved search "learning and development" (within 30 miles of M20).

1. Clinical Skills Educator - Band 6
   Greater Pennine NHS Foundation Trust - Oldham
   Closing date: 7 June 2026

2. Learning and Development Coordinator - Band 4
   Aire Valley Teaching Hospitals NHS Trust - Keighley
   Closing date: 5 June 2026

3. Digital Learning Designer - Band 6
   North West Care Records Service - Manchester
   Closing date: 12 June 2026

View and apply: https://www.nhsjobs.example.co.uk/candidate/search/results?s=4411

To stop receiving these emails, manage your saved searches in your account.
Do not reply to this email.
""",
    ),
    # 22 -- course admissions: "application received" but for a PGCert, not a job
    spec(
        kind="other", scen="course_application_received", lang="en",
        company="", contact="",
        frm=("Northbridge University Admissions", "admissions-noreply@northbridge.example.co.uk"),
        subj="Application received – PGCert Digital Education (part-time, online)",
        date="2026-06-15 14:02 +0100",
        cs="utf-8", cte="qp",
        text="""Dear Gareth,

Thank you for applying to study PGCert Digital Education (part-time, online) starting
in September 2026. Your application number is NU26-PG-118432.

We have received your application and it has been passed to the programme team for
assessment. You will receive a decision through the applicant portal, usually within
four weeks. Please make sure your referee has submitted their reference.

Postgraduate Admissions
Northbridge University

This is an automated message. Please do not reply.
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p><img src="https://www.northbridge.example.co.uk/assets/email/nu-logo.png" alt="Northbridge University" width="170"></p>
<p>Dear Gareth,</p>
<p>Thank you for applying to study <b>PGCert Digital Education (part-time, online)</b> starting in September 2026. Your application number is <b>NU26-PG-118432</b>.</p>
<p>We have received your application and it has been passed to the programme team for assessment. You will receive a decision through the <a href="https://apply.northbridge.example.co.uk/portal?utm_source=ack">applicant portal</a>, usually within four weeks. Please make sure your referee has submitted their reference.</p>
<p>Postgraduate Admissions<br>Northbridge University</p>
<p style="font-size:11px;color:#777;">This is an automated message. Please do not reply.</p>
</body></html>
""",
    ),
    # 23 -- volunteering application (STEM Ambassador) acknowledged by a coordinator
    spec(
        kind="other", scen="volunteer_application_stem", lang="en",
        company="", contact="aisha.bello@stemhub-nw.example.co.uk",
        frm=("Aisha Bello", "aisha.bello@stemhub-nw.example.co.uk"),
        subj="Your STEM Ambassador application",
        date="2026-03-19 11:10 +0000",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

Thanks for applying to become a STEM Ambassador with the North West hub – it's great to
have a chemistry teacher on board, our primary schools are always asking for practical
science.

Next steps: you'll get an email from our DBS partner in the next few days, and then
you'll need to complete the online induction (about an hour). Once that's done I'll add
you to our activity board.

Any questions, just drop me a line.

Aisha

Aisha Bello
STEM Ambassador Coordinator – North West Hub
""",
    ),
    # 24 -- headteacher at his current school: cover request from an iPhone
    spec(
        kind="other", scen="headteacher_cover_request", lang="en",
        company="", contact="a.pickering@stmarksacademy.example.co.uk",
        frm=("Andrew Pickering", "a.pickering@stmarksacademy.example.co.uk"),
        subj="Cover tomorrow P3",
        date="2026-01-13 18:40 +0000",
        cs="utf-8", cte="7bit",
        text="""Gareth, can you cover 9X3 period 3 tomorrow? Sorry, short notice - Jen's off with the
lurgy. Work is on the shared drive.

AP

Sent from my iPhone
""",
    ),
    # 25 -- school parents' evening booking system, HTML only
    spec(
        kind="other", scen="parents_evening_booking", lang="en",
        company="", contact="",
        frm=("SchoolBook", "no-reply@schoolbook.example.co.uk"),
        subj="Parents' evening appointments – Year 11 – Thursday 5 March",
        date="2026-03-03 16:00 +0000",
        cs="utf-8", cte="qp",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#ffffff;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#3f51b5;padding:12px 18px;color:#fff;font-weight:bold;">SchoolBook &middot; St Mark's Academy</td></tr>
<tr><td style="padding:18px;">
<p>Dear Mr Nwosu-Whitfield,</p>
<p>Here is your schedule for <b>Year 11 Parents' Evening</b> on Thursday 5 March, Sports Hall, table 14 (Chemistry).</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#eee;"><th>Time</th><th>Student</th><th>Parent/carer</th></tr>
<tr><td>16:30</td><td>A. Khan (11C)</td><td>Mrs Khan</td></tr>
<tr><td>16:35</td><td>J. Morley (11A)</td><td>Mr &amp; Mrs Morley</td></tr>
<tr><td>16:40</td><td>T. Osei (11D)</td><td>Ms Osei</td></tr>
<tr><td>16:45</td><td colspan="2"><i>No booking</i></td></tr>
<tr><td>16:50</td><td>L. Brennan (11B)</td><td>Mr Brennan</td></tr>
</table>
<p>Unfortunately 4 parents were unable to get an appointment with you; they have been asked to email you directly.</p>
<p><a href="https://app.schoolbook.example.co.uk/staff/schedule/5520?print=1">Print schedule</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:10px 18px;border-top:1px solid #ddd;">SchoolBook sends this on behalf of St Mark's Academy. Do not reply to this email.</td></tr>
</table></body></html>
""",
    ),
    # 26 -- former head tells him she has sent a reference
    spec(
        kind="other", scen="referee_reference_sent", lang="en",
        company="", contact="helen.carraway@example.co.uk",
        frm=("Helen Carraway", "helen.carraway@example.co.uk"),
        subj="Reference done",
        date="2026-06-01 07:58 +0100",
        cs="utf-8", cte="8bit",
        text="""Morning Gareth,

Just to say I sent your reference off to Don Valley College first thing – glowing,
obviously. They asked about your attendance and your safeguarding training and I was
able to say all the right things.

Fingers crossed for you. Let me know how it goes, and don't forget you promised me a
coffee when you're a fancy learning designer.

Helen

Helen Carraway
(retired, happily)
""",
    ),
    # 27 -- interview coaching marketing: "missed out on the job?", HTML only
    spec(
        kind="other", scen="coaching_marketing_missed_out", lang="en",
        company="", contact="",
        frm=("CareerLift", "hello@careerlift.example.co.uk"),
        subj="Missed out on the job? Get interview-ready – 20% off this week",
        date="2026-05-26 10:00 +0100",
        cs="utf-8", cte="base64",
        hdrs={
            "List-Unsubscribe": "<https://careerlift.example.co.uk/u/8d71?l=promo>, <mailto:unsubscribe@careerlift.example.co.uk>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk",
        },
        html="""<html><body style="margin:0;background:#fff4ec;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Verdana,sans-serif;color:#3a2a20;">
<tr><td style="padding:20px;text-align:center;"><img src="https://careerlift.example.co.uk/img/logo-orange.png" alt="CareerLift" width="150"></td></tr>
<tr><td style="background:#ffffff;padding:28px;font-size:15px;line-height:24px;">
<h1 style="font-size:26px;color:#e8590c;margin-top:0;">Rejected after the final interview again?</h1>
<p>You're not alone. 7 in 10 career changers tell us they got &ldquo;unfortunately&rdquo; emails after reaching the last round. Our coaches are former hiring managers who'll show you exactly where the offer slipped away.</p>
<ul><li>1:1 mock interview with recorded feedback</li><li>STAR answer bank tailored to L&amp;D roles</li><li>CV &amp; LinkedIn review</li></ul>
<p style="text-align:center;"><a href="https://careerlift.example.co.uk/c/8d71/book?promo=LIFT20" style="background:#e8590c;color:#fff;padding:14px 30px;text-decoration:none;font-weight:bold;border-radius:4px;display:inline-block;">Book now &ndash; 20% off</a></p>
<p style="font-size:12px;color:#8c7a6e;">Offer ends Sunday 31 May at midnight. Code LIFT20.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#a08c80;text-align:center;">CareerLift Coaching Ltd &middot; 55 King Street, Manchester M2 4LQ<br><a href="https://careerlift.example.co.uk/u/8d71?l=promo" style="color:#a08c80;">Unsubscribe</a> &middot; <a href="https://careerlift.example.co.uk/privacy" style="color:#a08c80;">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://careerlift.example.co.uk/o/8d71/promo0526.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 28 -- company-review site digest about interviews, HTML only
    spec(
        kind="other", scen="review_site_interview_digest", lang="en",
        company="", contact="",
        frm=("WorkVoice", "digest@workvoice.example.com"),
        subj="New interview reviews for companies you follow",
        date="2026-07-13 09:30 +0100",
        cs="utf-8", cte="qp",
        hdrs={"List-Unsubscribe": "<https://www.workvoice.example.com/settings/email/off?k=follow-digest>"},
        html="""<html><body style="font-family:Arial,sans-serif;background:#f7f8f9;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e3e6e8;">
<tr><td style="padding:16px 22px;border-bottom:1px solid #e3e6e8;"><img src="https://media.workvoice.example.com/email/wv-logo.png" alt="WorkVoice" width="110"></td></tr>
<tr><td style="padding:18px 22px;font-size:14px;color:#20262d;line-height:21px;">
<p><b>Kestrel Logistics</b> &ndash; Learning Designer interview<br>&ldquo;Two rounds. Second was a case study on turning a classroom induction into blended learning. Offer within a week.&rdquo; <a href="https://www.workvoice.example.com/r/iv/77120?src=digest">Read more</a></p>
<p><b>Northgate Building Society</b> &ndash; Learning Design Consultant interview<br>&ldquo;Video interview got rescheduled twice, then a generic rejection. Disorganised.&rdquo; <a href="https://www.workvoice.example.com/r/iv/77133?src=digest">Read more</a></p>
<p><b>Brightloop Learning</b> &ndash; Talent Partner interview<br>&ldquo;Friendly, fast process, but they ghosted the other candidates.&rdquo; <a href="https://www.workvoice.example.com/r/iv/77141?src=digest">Read more</a></p>
<p><a href="https://www.workvoice.example.com/following?src=digest">See all updates from companies you follow</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#7c868f;border-top:1px solid #e3e6e8;">You follow 6 companies. <a href="https://www.workvoice.example.com/settings/email/off?k=follow-digest" style="color:#7c868f;">Turn off this digest</a></td></tr>
</table></td></tr></table>
<img src="https://www.workvoice.example.com/pixel/follow-digest/0713.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 29 -- the candidate's own follow-up on an application
    spec(
        kind="other", scen="own_follow_up", lang="en",
        company="", contact="",
        frm=ME, to=[("Pennine Learning Partnership Talent", "talent@penninelp.example.co.uk")],
        subj="Following up on my application – Curriculum & Training Lead (JR-04417)",
        date="2026-02-12 07:35 +0000",
        cs="utf-8", cte="qp",
        text="""Dear Talent Team,

I applied for the Curriculum & Training Lead role (JR-04417) on 14 January and wondered
whether you have a timeline for shortlisting and interviews. I'm still very interested
in the role and would be happy to provide any further information.

With thanks,
Gareth Nwosu-Whitfield
07700 900 815
""",
    ),
    # 30 -- rail e-tickets for the trip to an interview, multipart/alternative
    spec(
        kind="other", scen="rail_etickets", lang="en",
        company="", contact="",
        frm=("Northern Crossings Rail", "tickets@northerncrossings.example.co.uk"),
        subj="Your e-tickets: Manchester Piccadilly to Leeds, Mon 2 Mar",
        date="2026-02-27 20:06 +0000",
        cs="utf-8", cte="base64",
        text="""Thanks for booking with Northern Crossings, Gareth.

Booking reference: NXR4K7Q2

Outward: Monday 2 March 2026
07:41 Manchester Piccadilly -> 08:36 Leeds
Anytime Day Return, Standard class

Return: any train on the same day

Total paid: £38.70

Show the barcode in the app or print your ticket. Please allow extra time: engineering
works between Stalybridge and Huddersfield may delay some services.

Northern Crossings Rail Ltd. This mailbox is not monitored.
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#26235c;padding:14px 20px;"><img src="https://www.northerncrossings.example.co.uk/email/logo.png" alt="Northern Crossings" width="160"></td></tr>
<tr><td style="padding:20px;">
<p>Thanks for booking with Northern Crossings, Gareth.</p>
<p><b>Booking reference: NXR4K7Q2</b></p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ccc;font-size:13px;width:100%;">
<tr><td><b>Outward</b></td><td>Mon 2 Mar 2026, 07:41 Manchester Piccadilly &rarr; 08:36 Leeds</td></tr>
<tr><td><b>Return</b></td><td>Any train on the same day</td></tr>
<tr><td><b>Ticket</b></td><td>Anytime Day Return, Standard</td></tr>
<tr><td><b>Total paid</b></td><td>&pound;38.70</td></tr>
</table>
<p><a href="https://www.northerncrossings.example.co.uk/t/NXR4K7Q2?utm_source=booking">View your tickets</a></p>
<p style="font-size:12px;color:#b00;">Please allow extra time: engineering works between Stalybridge and Huddersfield may delay some services.</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:10px 20px;">Northern Crossings Rail Ltd. This mailbox is not monitored.</td></tr>
</table></body></html>
""",
    ),
]

GERMAN = [
    # 31 -- career newsletter about rejections, HTML only, list headers
    spec(
        kind="other", scen="newsletter_absage_tipps", lang="de",
        company="", contact="",
        frm=("Karriere-Kompass", "newsletter@karrierekompass.example.ch"),
        subj="Absage erhalten? 5 Dinge, die Sie jetzt tun sollten",
        date="2026-03-24 07:30 +0100",
        cs="utf-8", cte="qp",
        hdrs={
            "List-Id": "Karriere-Kompass Newsletter <newsletter.karrierekompass.example.ch>",
            "List-Unsubscribe": "<https://karrierekompass.example.ch/abmelden?id=55120>",
            "Precedence": "bulk",
        },
        html="""<html><body style="margin:0;background:#eef3f1;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1e2b26;">
<tr><td style="padding:20px 26px;border-bottom:3px solid #2b8a6e;"><img src="https://karrierekompass.example.ch/mail/logo.png" alt="Karriere-Kompass" width="170"></td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:24px;">
<h2 style="margin-top:0;">Absage erhalten? 5 Dinge, die Sie jetzt tun sollten</h2>
<p>«Leider müssen wir Ihnen mitteilen …» – kaum ein Satz wird im Berufsleben so oft gelesen. Eine Absage nach dem Vorstellungsgespräch ist ärgerlich, aber sie ist auch eine Chance.</p>
<ol>
<li><b>Um Feedback bitten</b> – kurz, freundlich, innert einer Woche.</li>
<li><b>Bewerbungsunterlagen prüfen</b> – passt Ihr Profil wirklich zur Stelle?</li>
<li><b>Netzwerk aktivieren</b> – viele Stellen werden nie ausgeschrieben.</li>
<li><b>Interviewfragen notieren</b> – damit Sie beim nächsten Gespräch vorbereitet sind.</li>
<li><b>Pausen einplanen</b> – Bewerben ist ein Marathon.</li>
</ol>
<p><a href="https://karrierekompass.example.ch/r/55120/absage-artikel" style="color:#2b8a6e;">Zum ganzen Artikel</a> · <a href="https://karrierekompass.example.ch/r/55120/jobs" style="color:#2b8a6e;">Aktuelle Stellen in Zürich</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#7a8a84;border-top:1px solid #e0e8e5;">Karriere-Kompass GmbH · Badenerstrasse 120 · 8004 Zürich<br><a href="https://karrierekompass.example.ch/abmelden?id=55120" style="color:#7a8a84;">Newsletter abbestellen</a> · <a href="https://karrierekompass.example.ch/impressum" style="color:#7a8a84;">Impressum</a></td></tr>
</table></td></tr></table>
<img src="https://karrierekompass.example.ch/o/55120.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 32 -- German out-of-office from a person (Auto-Submitted)
    spec(
        kind="other", scen="abwesenheitsnotiz_person", lang="de",
        company="", contact="sabine.kaelin@lernwerk.example.ch",
        frm=("Sabine Kälin", "sabine.kaelin@lernwerk.example.ch"),
        subj="Abwesenheitsnotiz: Videointerview heute, 14:00 Uhr",
        date="2026-03-18 08:02 +0100",
        irt="<CAGnw7=LW0318@mail.example.co.uk>",
        cs="utf-8", cte="qp",
        hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit Montag, 23. März, abwesend und habe
nur sporadisch Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an hr@lernwerk.example.ch.

Freundliche Grüsse
Sabine Kälin
""",
    ),
    # 33 -- job portal alert in German, HTML only
    spec(
        kind="other", scen="jobalarm_zuerich", lang="de",
        company="", contact="",
        frm=("jobwelt.ch Jobalarm", "jobalarm@jobwelt.example.ch"),
        subj="Jobalarm: 8 neue Stellen für «Learning Designer» in Zürich",
        date="2026-05-04 06:15 +0200",
        cs="utf-8", cte="base64",
        hdrs={
            "List-Unsubscribe": "<https://www.jobwelt.example.ch/jobalarm/loeschen?a=992>",
            "Precedence": "bulk",
        },
        html="""<html><body style="margin:0;background:#f1f1f1;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="padding:14px 22px;background:#d52b1e;"><img src="https://www.jobwelt.example.ch/mail/logo-weiss.png" alt="jobwelt.ch" width="120"></td></tr>
<tr><td style="padding:18px 22px;">
<p style="font-size:18px;font-weight:bold;">8 neue Stellen für Ihren Jobalarm</p>
<p><a href="https://www.jobwelt.example.ch/r/992/1" style="color:#d52b1e;font-weight:bold;">Learning Experience Designer (80–100 %)</a><br>Lernwerk AG · Zürich</p>
<p><a href="https://www.jobwelt.example.ch/r/992/2" style="color:#d52b1e;font-weight:bold;">Fachspezialist/in Learning &amp; Development</a><br>Alpenblick Versicherungen AG · Zürich</p>
<p><a href="https://www.jobwelt.example.ch/r/992/3" style="color:#d52b1e;font-weight:bold;">E-Learning-Entwickler/in</a><br>Kantonsspital Limmattal · Schlieren</p>
<p><a href="https://www.jobwelt.example.ch/r/992/alle" style="color:#d52b1e;">Alle 8 Stellen anzeigen</a></p>
<p style="font-size:12px;color:#666;">Tipp: Bewerben Sie sich früh – viele Arbeitgeber laden schon während der Ausschreibung zu Vorstellungsgesprächen ein.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;border-top:1px solid #e5e5e5;"><a href="https://www.jobwelt.example.ch/jobalarm/loeschen?a=992" style="color:#888;">Jobalarm löschen</a> · jobwelt.ch AG, Zürich</td></tr>
</table></td></tr></table>
<img src="https://www.jobwelt.example.ch/o/992.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 34 -- friend in Zurich, du, about his own rejection
    spec(
        kind="other", scen="freund_eigene_absage", lang="de",
        company="", contact="matthias.egli@example.ch",
        frm=("Matthias Egli", "matthias.egli@example.ch"),
        subj="Grüezi aus Zürich + Absage 😅",
        date="2026-04-26 21:30 +0200",
        cs="utf-8", cte="8bit",
        text="""Hoi Gareth

Wie gehts dir? Ich hab übrigens die Absage von der Pädagogischen Hochschule bekommen,
nach drei Runden Interview! Immerhin war die Begründung nett formuliert 😅

Falls du für deine Gespräche in Zürich wieder einen Schlafplatz brauchst: unser Sofa
steht bereit. Und Lena lässt grüssen.

Bis bald
Matthias
""",
    ),
    # 35 -- flat application refused through a property portal, alternative
    spec(
        kind="other", scen="wohnung_absage_portal", lang="de",
        company="", contact="",
        frm=("WohnenZüri", "no-reply@wohnenzueri.example.ch"),
        subj="Ihre Bewerbung für die Wohnung Seefeldstrasse 112",
        date="2026-09-10 12:12 +0200",
        cs="utf-8", cte="qp",
        text="""Guten Tag Herr Nwosu-Whitfield

Vielen Dank für Ihre Bewerbung für die 2.5-Zimmer-Wohnung an der Seefeldstrasse 112,
8008 Zürich.

Leider müssen wir Ihnen mitteilen, dass sich die Verwaltung für andere Mietinteressenten
entschieden hat. Ihre Unterlagen werden gelöscht.

Weitere passende Wohnungen finden Sie in Ihrem Suchabo.

Freundliche Grüsse
Ihr WohnenZüri-Team

Diese E-Mail wurde automatisch versendet.
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p><img src="https://www.wohnenzueri.example.ch/mail/logo.png" alt="WohnenZüri" width="140"></p>
<p>Guten Tag Herr Nwosu-Whitfield</p>
<p>Vielen Dank für Ihre Bewerbung für die 2.5-Zimmer-Wohnung an der <b>Seefeldstrasse 112, 8008 Zürich</b>.</p>
<p>Leider müssen wir Ihnen mitteilen, dass sich die Verwaltung für andere Mietinteressenten entschieden hat. Ihre Unterlagen werden gelöscht.</p>
<p>Weitere passende Wohnungen finden Sie in Ihrem <a href="https://www.wohnenzueri.example.ch/suchabo?u=gnw&amp;utm_source=absage">Suchabo</a>.</p>
<p>Freundliche Grüsse<br>Ihr WohnenZüri-Team</p>
<p style="font-size:11px;color:#888;">Diese E-Mail wurde automatisch versendet.</p>
</body></html>
""",
    ),
    # 36 -- language school enrolment confirmation
    spec(
        kind="other", scen="sprachkurs_anmeldung", lang="de",
        company="", contact="",
        frm=("Sprachschule Limmat", "kurse@sprachschule-limmat.example.ch"),
        subj="Anmeldebestätigung Deutschkurs B2 (Abendkurs)",
        date="2026-08-20 15:40 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        hdrs={"Auto-Submitted": "auto-generated"},
        text="""Guten Tag Herr Nwosu-Whitfield

Vielen Dank für Ihre Anmeldung. Wir bestätigen Ihnen folgenden Kurs:

Kurs:      Deutsch B2, Abendkurs (K-26-B2-07)
Beginn:    Dienstag, 6. Oktober 2026, 18.30-20.30 Uhr
Dauer:     12 Wochen, jeweils dienstags und donnerstags
Ort:       Sprachschule Limmat, Limmatquai 72, 8001 Zürich, Raum 3
Kursgeld:  CHF 890.- (zahlbar bis 25. September)

Die Rechnung erhalten Sie separat. Bitte antworten Sie nicht auf diese E-Mail; bei
Fragen erreichen Sie unser Sekretariat unter +41 44 555 60 60.

Freundliche Grüsse
Sprachschule Limmat
""",
    ),
]

FRENCH = [
    # 37 -- training newsletter about job interviews and refusals, HTML only
    spec(
        kind="other", scen="lettre_formateur_entretiens", lang="fr",
        company="", contact="",
        frm=("La Lettre du Formateur", "lettre@lettreduformateur.example.com"),
        subj="N° 112 – Entretien d'embauche : transformer un refus en levier",
        date="2026-02-17 08:00 +0100",
        cs="utf-8", cte="qp",
        hdrs={
            "List-Id": "La Lettre du Formateur <lettre.lettreduformateur.example.com>",
            "List-Unsubscribe": "<https://lettreduformateur.example.com/desinscription?n=112&m=gnw>",
            "Precedence": "bulk",
        },
        html="""<html><body style="margin:0;background:#f6f2ec;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:22px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#2b2622;">
<tr><td style="padding:22px 28px;text-align:center;border-bottom:1px solid #e6ded2;"><img src="https://lettreduformateur.example.com/img/bandeau.png" alt="La Lettre du Formateur" width="300"></td></tr>
<tr><td style="padding:24px 28px;font-size:16px;line-height:26px;">
<p style="font-size:12px;color:#9a8b7a;">N° 112 · février 2026</p>
<h2 style="margin-top:0;">Entretien d'embauche : transformer un refus en levier</h2>
<p>« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Qui n'a jamais reçu ce message après un entretien ? Pour les enseignants en reconversion vers la formation d'adultes, ces refus sont fréquents – et riches d'enseignements.</p>
<p>Dans ce numéro, trois formatrices racontent comment elles ont demandé un retour, retravaillé leur portfolio et décroché un poste au troisième essai.</p>
<p><a href="https://lettreduformateur.example.com/r/112/article" style="color:#a0522d;">Lire l'article</a> · <a href="https://lettreduformateur.example.com/r/112/offres" style="color:#a0522d;">Les offres de la semaine</a> · <a href="https://lettreduformateur.example.com/r/112/agenda" style="color:#a0522d;">Agenda des formations</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9a8b7a;border-top:1px solid #e6ded2;font-family:Arial,sans-serif;">Vous recevez cette lettre car vous y êtes abonné. <a href="https://lettreduformateur.example.com/desinscription?n=112&amp;m=gnw" style="color:#9a8b7a;">Se désinscrire</a> · Éditions Formapro, 8 rue Lafayette, 75009 Paris</td></tr>
</table></td></tr></table>
<img src="https://lettreduformateur.example.com/o/112/gnw.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 38 -- magazine journalist asks for an interview
    spec(
        kind="other", scen="journaliste_demande_interview", lang="fr",
        company="", contact="a.vasseur@magazine-educ.example.com",
        frm=("Aurélie Vasseur", "a.vasseur@magazine-educ.example.com"),
        subj="Demande d'interview – dossier « Profs en reconversion »",
        date="2026-06-16 11:26 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""Bonjour Monsieur Nwosu-Whitfield,

Je suis journaliste au magazine L'Éducation Aujourd'hui et je prépare un dossier sur les
enseignants qui se reconvertissent dans la conception pédagogique, en France et à
l'étranger. Votre témoignage sur le forum « Profs en transition » m'a beaucoup
intéressée.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone
ou en visio, dans les quinze prochains jours ? L'entretien peut se faire en anglais si
vous le préférez.

Je vous remercie par avance et reste à votre disposition.

Bien cordialement,

Aurélie Vasseur
Journaliste - L'Éducation Aujourd'hui
06 55 51 23 87
""",
    ),
    # 39 -- friend, tu, about her own interview
    spec(
        kind="other", scen="amie_son_entretien", lang="fr",
        company="", contact="camille.fournier@example.com",
        frm=("Camille Fournier", "camille.fournier@example.com"),
        subj="J'ai eu mon entretien !!",
        date="2026-05-13 22:17 +0200",
        cs="utf-8", cte="8bit",
        text="""Coucou Gareth !

Ça y est, j'ai passé mon entretien chez Savoirs & Co cet aprèm ! Trois personnes en
face, une mise en situation de 20 min, j'étais liquéfiée mais je crois que ça s'est bien
passé. Ils doivent me répondre la semaine prochaine 🤞

Et toi, des nouvelles de tes candidatures à Dublin ? On s'appelle ce week-end ?

Bises,
Camille
""",
    ),
    # 40 -- bank: loan request refused
    spec(
        kind="other", scen="banque_refus_pret", lang="fr",
        company="", contact="",
        frm=("Banque Rhodanienne", "ne-pas-repondre@banque-rhodanienne.example.ch"),
        subj="Votre demande de crédit n° 2026-77412",
        date="2026-07-21 09:14 +0200",
        cs="utf-8", cte="qp",
        text="""Monsieur,

Nous avons bien étudié votre demande de crédit privé n° 2026-77412 d'un montant de
CHF 15'000.

Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite
favorable. En l'absence de domicile et de revenu en Suisse au moment de la demande, les
conditions d'octroi prévues par la loi sur le crédit à la consommation ne sont pas
remplies.

Vous pourrez présenter une nouvelle demande une fois installé en Suisse.

Banque Rhodanienne SA
Service Crédits privés

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    ),
    # 41 -- head-hunter cold approach, vous
    spec(
        kind="other", scen="chasseur_approche", lang="fr",
        company="", contact="hugo.lemaire@cabinet-lemaire.example.com",
        frm=("Hugo Lemaire", "hugo.lemaire@cabinet-lemaire.example.com"),
        subj="Opportunité – Responsable formation digitale (Genève)",
        date="2026-09-07 14:03 +0200",
        cs="utf-8", cte="8bit",
        text="""Bonjour Monsieur,

Je me permets de vous contacter car votre profil – enseignant de sciences en transition
vers l'ingénierie pédagogique – correspond à une recherche que je mène actuellement pour
l'un de nos clients, un acteur international de l'humanitaire basé à Genève.

Il s'agit d'un poste de responsable formation digitale, en anglais et en français, avec
une forte dimension de conception de parcours e-learning pour le personnel de terrain.

Seriez-vous ouvert à un premier échange téléphonique, en toute confidentialité, dans les
prochains jours ?

Bien à vous,

Hugo Lemaire
Associé – Cabinet Lemaire & Associés
Recrutement de cadres · Genève – Lyon
+41 22 555 81 40
""",
    ),
    # 42 -- the candidate's own thank-you in French
    spec(
        kind="other", scen="propre_remerciement_fr", lang="fr",
        company="", contact="",
        frm=ME, to=[("Claire Desrosiers", "c.desrosiers@vauclair.example.com")],
        subj="Remerciements – entretien du 9 avril",
        date="2026-04-09 18:30 +0100",
        cs="utf-8", cte="qp",
        text="""Bonjour Madame Desrosiers,

Je tenais à vous remercier, ainsi que M. Lenoir, pour l'entretien de ce matin. J'ai
beaucoup apprécié nos échanges sur la future collection numérique de sciences et je suis
d'autant plus motivé par le poste.

Comme convenu, je vous ferai parvenir l'exercice de scénarisation d'ici lundi.

Bien cordialement,

Gareth Nwosu-Whitfield
+44 7700 900 815
""",
    ),
    # 43 -- parcel is late, HTML only
    spec(
        kind="other", scen="colis_en_retard", lang="fr",
        company="", contact="",
        frm=("ColisRapide", "notifications@colisrapide.example.com"),
        subj="Votre colis est en retard",
        date="2026-07-07 17:55 +0200",
        cs="utf-8", cte="qp",
        html="""<html><body style="margin:0;background:#f4f4f4;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#ffd200;padding:12px 20px;"><img src="https://img.colisrapide.example.com/logo.png" alt="ColisRapide" width="120"></td></tr>
<tr><td style="padding:22px;line-height:21px;">
<p style="font-size:19px;font-weight:bold;">Malheureusement, votre colis a pris du retard</p>
<p>Bonjour Gareth,</p>
<p>Votre colis n° <b>CR 5521 8804 FR</b> (expéditeur : Librairie Gallimard-Lyon) a été retardé lors de son passage en douane. Nouvelle date de livraison estimée : <b>jeudi 9 juillet</b>.</p>
<p><a href="https://suivi.colisrapide.example.com/c/CR55218804FR?src=retard" style="background:#222;color:#ffd200;padding:10px 18px;text-decoration:none;display:inline-block;">Suivre mon colis</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;border-top:1px solid #eee;">ColisRapide SAS · Ne pas répondre à ce message. <a href="https://suivi.colisrapide.example.com/preferences" style="color:#888;">Préférences de notification</a></td></tr>
</table></td></tr></table>
<img src="https://suivi.colisrapide.example.com/o/CR55218804FR.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
]

SPANISH = [
    # 44 -- job-alert newsletter in Spanish, HTML only
    spec(
        kind="other", scen="boletin_ofertas_formador", lang="es",
        company="", contact="",
        frm=("Empleo y Formación", "boletin@empleoyformacion.example.es"),
        subj="15 ofertas nuevas de formador/a y diseño instruccional en Madrid",
        date="2026-06-22 07:00 +0200",
        cs="utf-8", cte="base64",
        hdrs={
            "List-Id": "Boletín Empleo y Formación <boletin.empleoyformacion.example.es>",
            "List-Unsubscribe": "<https://empleoyformacion.example.es/baja?b=0622&s=gnw>",
            "Precedence": "bulk",
        },
        html="""<html><body style="margin:0;background:#f0f4f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1f2d3d;font-size:14px;">
<tr><td style="padding:16px 22px;background:#14508c;"><img src="https://empleoyformacion.example.es/img/logo-blanco.png" alt="Empleo y Formación" width="160"></td></tr>
<tr><td style="padding:20px 22px;line-height:21px;">
<p style="font-size:18px;font-weight:bold;">Ofertas de la semana para ti</p>
<p><a href="https://empleoyformacion.example.es/r/0622/1" style="color:#14508c;font-weight:bold;">Diseñador/a instruccional e-learning</a><br>Pizarra Digital · Madrid · Híbrido</p>
<p><a href="https://empleoyformacion.example.es/r/0622/2" style="color:#14508c;font-weight:bold;">Formador/a de formadores</a><br>Grupo Educativo Sierra · Alcalá de Henares</p>
<p><a href="https://empleoyformacion.example.es/r/0622/3" style="color:#14508c;font-weight:bold;">Técnico/a de formación corporativa</a><br>Banco Meseta · Madrid</p>
<p><a href="https://empleoyformacion.example.es/r/0622/todas" style="color:#14508c;">Ver las 15 ofertas</a></p>
<p style="background:#fff8e1;padding:10px;font-size:13px;"><b>Consejo:</b> si te rechazan después de una entrevista, pide feedback. El 60&nbsp;% de los seleccionadores responde.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#7b8794;border-top:1px solid #e3e8ee;">Recibes este boletín porque te suscribiste en empleoyformacion.example.es. <a href="https://empleoyformacion.example.es/baja?b=0622&amp;s=gnw" style="color:#7b8794;">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://empleoyformacion.example.es/o/0622/gnw.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 45 -- friend, tú, about her own rejection
    spec(
        kind="other", scen="amiga_su_rechazo", lang="es",
        company="", contact="carmen.ortiz.m@example.es",
        frm=("Carmen Ortiz", "carmen.ortiz.m@example.es"),
        subj="Me han rechazado 😩",
        date="2026-03-06 23:40 +0100",
        cs="utf-8", cte="8bit",
        text="""Gareth!!

Nada, que me han rechazado en lo del instituto de Getafe. Me escribieron hoy, "lamentamos
comunicarle que no ha sido seleccionada", después de DOS entrevistas. Estoy que no me lo
creo.

Bueno, a lo que iba: ¿al final vienes a Madrid en julio? Si vienes te enseño el barrio y
nos tomamos unas cañas para olvidar las penas 😂

Un beso enorme,
Carmen
""",
    ),
    # 46 -- loan "solicitud recibida" from a savings bank, multipart/alternative
    spec(
        kind="other", scen="caja_solicitud_prestamo_recibida", lang="es",
        company="", contact="",
        frm=("Caja Rural del Henares", "notificaciones@cajahenares.example.es"),
        subj="Hemos recibido su solicitud de préstamo",
        date="2026-09-24 11:02 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""Estimado cliente:

Le confirmamos que hemos recibido su solicitud de préstamo personal n.º 7733-2026-114
por importe de 8.000 euros.

Nuestro equipo de riesgos la está analizando. En un plazo máximo de 72 horas le
comunicaremos la decisión a través de la banca electrónica.

Atentamente,
Caja Rural del Henares

Este mensaje se ha enviado desde una dirección que no acepta respuestas.
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:4px solid #2e7d32;padding:10px 0;"><img src="https://www.cajahenares.example.es/email/logo.png" alt="Caja Rural del Henares" width="170"></td></tr>
<tr><td style="padding:16px 0;line-height:20px;">
<p>Estimado cliente:</p>
<p>Le confirmamos que hemos recibido su solicitud de préstamo personal n.º <b>7733-2026-114</b> por importe de 8.000 euros.</p>
<p>Nuestro equipo de riesgos la está analizando. En un plazo máximo de 72 horas le comunicaremos la decisión a través de la <a href="https://bancaonline.cajahenares.example.es/?src=mail">banca electrónica</a>.</p>
<p>Atentamente,<br>Caja Rural del Henares</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;border-top:1px solid #ddd;padding-top:8px;">Este mensaje se ha enviado desde una dirección que no acepta respuestas.</td></tr>
</table></body></html>
""",
    ),
    # 47 -- flat application not accepted via a property portal, HTML only
    spec(
        kind="other", scen="piso_solicitud_no_aceptada", lang="es",
        company="", contact="",
        frm=("PisoFácil", "no-reply@pisofacil.example.es"),
        subj="Tu solicitud para el piso de la calle Argumosa no ha sido aceptada",
        date="2026-08-26 13:33 +0200",
        cs="utf-8", cte="qp",
        html="""<html><body style="margin:0;background:#fafafa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:16px 22px;background:#00a3a1;"><img src="https://static.pisofacil.example.es/mail/logo.png" alt="PisoFácil" width="120"></td></tr>
<tr><td style="padding:22px;line-height:22px;">
<p>Hola, Gareth:</p>
<p>Lo sentimos, el propietario del piso de <b>calle Argumosa 18, 3.º B (Lavapiés)</b> ha elegido a otro inquilino y tu solicitud no ha sido aceptada.</p>
<p>¡No te desanimes! Tenemos 23 pisos nuevos que encajan con tu búsqueda.</p>
<p><a href="https://www.pisofacil.example.es/r/busqueda/5521?utm_source=rechazo" style="background:#00a3a1;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;display:inline-block;">Ver pisos similares</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;border-top:1px solid #eee;">PisoFácil Inmobiliaria Digital, S.L. · <a href="https://www.pisofacil.example.es/ajustes/notificaciones" style="color:#999;">Gestionar notificaciones</a></td></tr>
</table></td></tr></table>
<img src="https://www.pisofacil.example.es/o/rechazo/5521.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 48 -- radio programme wants to interview him, usted
    spec(
        kind="other", scen="radio_entrevista_programa", lang="es",
        company="", contact="rocio.benitez@radioaula.example.es",
        frm=("Rocío Benítez", "rocio.benitez@radioaula.example.es"),
        subj="Entrevista en Radio Aula",
        date="2026-10-05 10:40 +0200",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Estimado Sr. Nwosu-Whitfield:

Me pongo en contacto con usted desde Radio Aula, la emisora educativa de la Comunidad de
Madrid. Estamos preparando un programa sobre profesores que dan el salto al diseño de
formación en empresas, y nos han hablado de su experiencia en el Reino Unido.

¿Le gustaría participar en una entrevista de unos 15 minutos, en directo o grabada, el
próximo jueves 15 de octubre? Podemos hacerla por teléfono o en nuestros estudios de la
calle de Atocha.

Quedo a la espera de su respuesta. Muchas gracias.

Un saludo cordial,

Rocío Benítez
Redactora – «Aula Abierta»
Radio Aula · 91 555 30 12
""",
    ),
    # 49 -- user-research interview about an app, tú
    spec(
        kind="other", scen="entrevista_investigacion_usuarios", lang="es",
        company="", contact="andres.gil@claseviva.example.es",
        frm=("Andrés Gil", "andres.gil@claseviva.example.es"),
        subj="¿Te apuntas a una entrevista de 30 minutos? (tarjeta regalo de 25 €)",
        date="2026-09-15 12:20 +0200",
        cs="utf-8", cte="qp",
        text="""¡Hola Gareth!

Soy Andrés, investigador UX en ClaseViva. Vimos que te registraste hace poco para
probar nuestra app de laboratorios virtuales.

Estamos haciendo entrevistas con docentes de ciencias para entender cómo preparan las
prácticas, y nos encantaría charlar contigo 30 minutos por videollamada. No es ninguna
prueba ni entrevista de trabajo, solo queremos escucharte. Como agradecimiento te
enviamos una tarjeta regalo de 25 €.

Si te apetece, respóndeme con un par de huecos que te vengan bien.

¡Gracias!
Andrés Gil
UX Research · ClaseViva
""",
    ),
    # 50 -- Spanish out-of-office from a person (Auto-Submitted)
    spec(
        kind="other", scen="respuesta_automatica_fuera_oficina", lang="es",
        company="", contact="elena.prieto@bancomeseta.example.es",
        frm=("Elena Prieto Galindo", "elena.prieto@bancomeseta.example.es"),
        subj="Respuesta automática: Cambio de fecha de su entrevista",
        date="2026-07-04 09:15 +0200",
        irt="<CAGnw7=BM0704@mail.example.co.uk>",
        cs="utf-8", cte="qp",
        hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 6 de julio, sin acceso al correo. Para asuntos
urgentes relacionados con procesos de selección, puede escribir a
seleccion@bancomeseta.example.es.

Un saludo,
Elena Prieto Galindo
""",
    ),
    # 51 -- language academy waiting list: "tu posición"
    spec(
        kind="other", scen="lista_espera_posicion", lang="es",
        company="", contact="",
        frm=("Academia de Idiomas Retiro", "no-responder@idiomasretiro.example.es"),
        subj="Tu posición en la lista de espera: 4",
        date="2026-09-01 10:00 +0200",
        cs="utf-8", cte="8bit",
        text="""Hola Gareth:

Te informamos de que el curso "Español B2 intensivo – septiembre" está completo.

Tu posición actual en la lista de espera es: 4

Si se libera una plaza te avisaremos por correo y tendrás 48 horas para confirmarla.
También puedes apuntarte al grupo de octubre, que aún tiene plazas libres.

Academia de Idiomas Retiro
Calle de Alcalá 95, Madrid

Este correo se envía automáticamente, no respondas a este mensaje.
""",
    ),
    # 52 -- recruiter cold outreach in Spanish, tú
    spec(
        kind="other", scen="reclutador_contacto_en_frio", lang="es",
        company="", contact="sergio.llorente@hunterlearning.example.es",
        frm=("Sergio Llorente", "sergio.llorente@hunterlearning.example.es"),
        subj="¿Hablamos?",
        date="2026-10-01 17:25 +0200",
        cs="utf-8", cte="qp",
        text="""Hola Gareth, ¿qué tal?

Soy Sergio, de Hunter Learning, una consultora especializada en perfiles de formación y
L&D. He visto tu perfil y tu interés por Madrid, y creo que encajarías en varios proyectos
que tenemos abiertos con empresas tecnológicas que buscan diseñadores instruccionales
bilingües.

¿Te vendría bien una llamada de 15 minutos esta semana para conocerte un poco mejor?

Un abrazo,
Sergio Llorente
Talent Manager · Hunter Learning
+34 655 51 80 22
""",
    ),
]

SPECS = [*ENGLISH, *GERMAN, *FRENCH, *SPANISH]

assert (len(ENGLISH), len(GERMAN), len(FRENCH), len(SPANISH)) == (30, 6, 7, 9)
assert all(s["contact"] == "" for s in SPECS if s["frm"][1] == CANDIDATE)
