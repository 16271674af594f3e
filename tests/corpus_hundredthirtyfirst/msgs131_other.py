"""Everything else (52), written one by one: newsletters, job alerts and advice articles that talk
about rejections and interviews, other meanings of the words (podcast, press and user-research
interviews, queue and GPS positions, delayed parcels, loans and flats), friends and family, the
candidate's own sent mail, out-of-office replies and recruiter outreach without an interview."""

from __future__ import annotations

from msgs131_common import ME, ats_card, gmail_html, newsletter

MESSAGES: list[dict] = []
add = MESSAGES.append

LIST_PIVOT = {
    "List-Id": "The Pivot Letter <pivotletter.list.example.com>",
    "List-Unsubscribe": "<https://pivotletter.example.com/unsubscribe/aoife-7731>, <mailto:leave-7731@pivotletter.example.com>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}

add({
    "name": "newsletter_rejection_article", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("The Pivot Letter", "newsletter@pivotletter.example.com"),
    "subject": "Rejected again? Read this before your next application",
    "date": "2026-02-22 07:00 +0000", "structure": "alt", "headers": LIST_PIVOT,
    "text": """THE PIVOT LETTER - for teachers leaving the classroom
Issue 58

Hi there,

This week's letter is about the email nobody wants: "Unfortunately, we have decided not to
proceed with your application." If you're a teacher moving into instructional design, you will
get a lot of these. Here's how to read them.

1. Most rejections are not about you
   ATS form letters go out in batches. "Candidates whose experience more closely matches" is a
   phrase, not a verdict. Read more: https://pivotletter.example.com/r/58-1

2. Ask for feedback after an interview, not after an application
   A rejection after a panel interview is the one worth replying to. Template inside:
   https://pivotletter.example.com/r/58-2

3. Track your "ghosts"
   If you hear nothing within four weeks, move on - but keep a list.
   https://pivotletter.example.com/r/58-3

Keep going,
Róisín
The Pivot Letter

You're receiving this because you subscribed at pivotletter.example.com.
Unsubscribe: https://pivotletter.example.com/unsubscribe/aoife-7731
""",
    "html": newsletter([
        ("Most rejections are not about you",
         "ATS form letters go out in batches. &ldquo;Candidates whose experience more closely matches&rdquo; is a phrase, not a verdict.",
         "https://pivotletter.example.com/r/58-1?utm_source=newsletter&amp;utm_medium=email"),
        ("Ask for feedback after an interview, not after an application",
         "A rejection after a panel interview is the one worth replying to. Our template inside.",
         "https://pivotletter.example.com/r/58-2?utm_source=newsletter&amp;utm_medium=email"),
        ("Track your &ldquo;ghosts&rdquo;",
         "If you hear nothing within four weeks, move on &mdash; but keep a list.",
         "https://pivotletter.example.com/r/58-3?utm_source=newsletter&amp;utm_medium=email"),
    ], title="The Pivot Letter #58", masthead="The Pivot Letter &middot; Issue 58", accent="#7a3e9d",
        intro="Hi there,<br><br>This week&rsquo;s letter is about the email nobody wants: <i>&ldquo;Unfortunately, we have decided not to proceed with your application.&rdquo;</i> If you&rsquo;re a teacher moving into instructional design, you will get a lot of these. Here&rsquo;s how to read them.",
        footer="""You're receiving this because you subscribed at pivotletter.example.com.<br>
The Pivot Letter, 12 Catherine Street, Limerick.
<a href="https://pivotletter.example.com/unsubscribe/aoife-7731" style="color:#999">Unsubscribe</a> &middot;
<a href="https://pivotletter.example.com/preferences/aoife-7731" style="color:#999">Preferences</a>""",
        track="https://pivotletter.example.com/o/58/aoife-7731.gif"),
})

add({
    "name": "job_alert_digest", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Jobnest Job Alerts", "alerts@jobnest.example.ie"),
    "subject": "12 new jobs for 'instructional designer' in Munster",
    "date": "2026-03-05 06:31 +0000", "structure": "alt",
    "headers": {"List-Id": "Jobnest job alerts <alerts.jobnest.example.ie>",
             "List-Unsubscribe": "<https://www.jobnest.example.ie/alerts/stop?id=55190>",
             "Precedence": "bulk"},
    "text": """Jobnest Job Alert: instructional designer - Munster

12 new jobs match your alert.

E-Learning Developer - Ardmore Training, Cork - €42k-€48k
  Apply now: https://www.jobnest.example.ie/r/a?j=91002

Learning Designer (Fixed Term) - University of the South, Cork - interviews week of 23 March
  Apply now: https://www.jobnest.example.ie/r/a?j=91007

Instructional Designer - Fexco Learning, Killorglin
  Apply now: https://www.jobnest.example.ie/r/a?j=91011

Digital Learning Officer - Limerick Adult Education Service - closing date 20 March
  Apply now: https://www.jobnest.example.ie/r/a?j=91019

... and 8 more: https://www.jobnest.example.ie/alerts/55190

Manage or stop this alert: https://www.jobnest.example.ie/alerts/stop?id=55190
""",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef2f7;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:16px auto">
<tr><td style="padding:16px 24px;border-bottom:3px solid #ff7a00"><img src="https://cdn.jobnest.example.ie/mail/jobnest-logo.png" alt="Jobnest.ie" height="26"></td></tr>
<tr><td style="padding:18px 24px;font-size:18px;color:#23303f"><b>12 new jobs</b> for &ldquo;instructional designer&rdquo; in Munster</td></tr>
<tr><td style="padding:0 24px">
<table width="100%" cellpadding="10" cellspacing="0" style="font-size:14px;border-collapse:collapse">
<tr style="border-bottom:1px solid #eee"><td><a href="https://www.jobnest.example.ie/r/a?j=91002&amp;src=alert" style="color:#1c64f2;font-weight:bold">E-Learning Developer</a><br>Ardmore Training &middot; Cork &middot; &euro;42k&ndash;&euro;48k</td><td align="right"><a href="https://www.jobnest.example.ie/r/a?j=91002&amp;src=alert&amp;cta=1" style="background:#ff7a00;color:#fff;padding:6px 12px;text-decoration:none;border-radius:3px">Apply now</a></td></tr>
<tr style="border-bottom:1px solid #eee"><td><a href="https://www.jobnest.example.ie/r/a?j=91007&amp;src=alert" style="color:#1c64f2;font-weight:bold">Learning Designer (Fixed Term)</a><br>University of the South &middot; Cork &middot; interviews week of 23 March</td><td align="right"><a href="https://www.jobnest.example.ie/r/a?j=91007&amp;src=alert&amp;cta=1" style="background:#ff7a00;color:#fff;padding:6px 12px;text-decoration:none;border-radius:3px">Apply now</a></td></tr>
<tr style="border-bottom:1px solid #eee"><td><a href="https://www.jobnest.example.ie/r/a?j=91011&amp;src=alert" style="color:#1c64f2;font-weight:bold">Instructional Designer</a><br>Fexco Learning &middot; Killorglin</td><td align="right"><a href="https://www.jobnest.example.ie/r/a?j=91011&amp;src=alert&amp;cta=1" style="background:#ff7a00;color:#fff;padding:6px 12px;text-decoration:none;border-radius:3px">Apply now</a></td></tr>
<tr><td><a href="https://www.jobnest.example.ie/r/a?j=91019&amp;src=alert" style="color:#1c64f2;font-weight:bold">Digital Learning Officer</a><br>Limerick Adult Education Service &middot; closing date 20 March</td><td align="right"><a href="https://www.jobnest.example.ie/r/a?j=91019&amp;src=alert&amp;cta=1" style="background:#ff7a00;color:#fff;padding:6px 12px;text-decoration:none;border-radius:3px">Apply now</a></td></tr>
</table></td></tr>
<tr><td style="padding:18px 24px"><a href="https://www.jobnest.example.ie/alerts/55190?src=alert" style="color:#1c64f2">See all 12 jobs &rarr;</a></td></tr>
<tr><td style="padding:14px 24px;background:#f7f9fc;font-size:11px;color:#8a94a6">You set up this alert on Jobnest.ie.
<a href="https://www.jobnest.example.ie/alerts/stop?id=55190" style="color:#8a94a6">Stop this alert</a></td></tr>
</table>
<img src="https://track.jobnest.example.ie/o.gif?e=alert55190" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "podcast_interview_calendar", "kind": "other", "company": "", "contact": "siobhan@staffroomstories.example.com",
    "lang": "en", "frm": ("Siobhan Reidy", "siobhan@staffroomstories.example.com"),
    "subject": "Invitation: Staffroom Stories recording - interview with Aoife",
    "date": "2026-04-27 20:14 +0100", "structure": "cal",
    "text": """Hi Aoife,

Thanks so much for agreeing to come on Staffroom Stories! Here's the calendar invite for our
recording. It'll be a relaxed interview, about 40 minutes, on your move from the classroom into
e-learning: what you miss, what surprised you, and your tips for teachers thinking about it.

We record on Riverside.fm - the link is in the invite. Headphones are a must; a fancy mic isn't.
The episode goes out about three weeks after recording and I'll send you the edit first.

Can't wait,
Siobhan

Siobhan Reidy
Host, Staffroom Stories - the podcast for teachers in transition
staffroomstories.example.com | Instagram @staffroomstories
""",
    "calendar": {"method": "REQUEST", "uid": "ssp-ep41-recording-aoife@staffroomstories.example.com",
                  "prodid": "-//Apple Inc.//macOS 15.4//EN",
                  "organizer": ("Siobhan Reidy", "siobhan@staffroomstories.example.com"),
                  "summary": "Staffroom Stories - podcast recording with Aoife",
                  "start": "20260507T180000Z", "end": "20260507T190000Z", "stamp": "20260427T191400Z",
                  "location": "https://riverside.fm/studio/staffroom-stories?t=ep41",
                  "description": "Podcast interview for episode 41: from classroom to e-learning.", "sequence": 0},
})

add({
    "name": "press_interview_request", "kind": "other", "company": "", "contact": "conor.hayes@shannonecho.example.ie",
    "lang": "en", "frm": ("Conor Hayes", "conor.hayes@shannonecho.example.ie"),
    "subject": "Interview request - teachers leaving the profession",
    "date": "2026-05-19 11:47 +0100", "structure": "plain",
    "text": """Hi Aoife,

I'm a reporter with the Shannon Echo. A mutual friend, Deirdre Lynch, gave me your email - I hope
that's OK.

I'm writing a feature for our weekend edition on experienced primary teachers in Limerick who are
leaving the classroom for jobs in training and tech, and the reasons behind it (pay, housing,
workload, or simply wanting a change). Would you be willing to do a short interview? It'd take
about 20 minutes by phone, and you could be named or anonymous, whichever you prefer.

My deadline is Thursday week. Let me know if you're interested and when suits.

Thanks,
Conor

Conor Hayes
Reporter, Shannon Echo
087 555 2210 | @conorhayes_echo
""",
})

add({
    "name": "user_research_interview", "kind": "other", "company": "", "contact": "tomas.reilly@lingofox.example.com",
    "lang": "en", "frm": ("Tomás Reilly", "tomas.reilly@lingofox.example.com"), "hcharset": "utf-8",
    "subject": "Would you do a 30-min research interview? (€40 voucher)",
    "date": "2026-06-08 14:02 +0100", "structure": "alt",
    "text": """Hi Aoife,

I'm a UX researcher at Lingofox. You've been using our Irish course with your class for two
years, so we'd love to learn from you.

We're running user research interviews this month with primary teachers about how you plan
lessons around an app. It's a 30-minute video call with me, no preparation needed, and we'll
send you a €40 One4All voucher as a thank-you.

If you're up for it, pick a time here: https://calendly.example.com/lingofox-research/teachers

Thanks!
Tomás

Tomás Reilly | UX Researcher | Lingofox
""",
    "html": gmail_html("""<p>Hi Aoife,</p>
<p>I&#39;m a UX researcher at Lingofox. You&#39;ve been using our Irish course with your class for two
years, so we&#39;d love to learn from you.</p>
<p>We&#39;re running <b>user research interviews</b> this month with primary teachers about how you plan
lessons around an app. It&#39;s a 30-minute video call with me, no preparation needed, and we&#39;ll
send you a €40 One4All voucher as a thank-you.</p>
<p>If you&#39;re up for it, <a href="https://calendly.example.com/lingofox-research/teachers?utm_source=research_invite">pick a time here</a>.</p>
<p>Thanks!<br>Tomás</p>
<p style="color:#888">Tomás Reilly | UX Researcher | Lingofox</p>"""),
})

add({
    "name": "queue_position_passport", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Passport Online", "no-reply@passportonline.example.ie"),
    "subject": "Your position in the queue has changed",
    "date": "2026-03-29 10:05 +0100", "structure": "html",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="background:#006a4e;padding:14px 20px;color:#fff;font-size:18px">Passport Online</td></tr>
<tr><td style="padding:20px">
<p>Application number: 30077412956</p>
<p>Dear Applicant,</p>
<p>Your passport renewal is currently awaiting processing. <b>Your position in the queue is 1,842.</b></p>
<p>Current processing time for adult renewals is 15 working days. You do not need to contact us; we will email you
when your passport has been printed and dispatched.</p>
<p><a href="https://passportonline.example.ie/track?app=30077412956">Track your application</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777;border-top:1px solid #ddd">This is an automated message. Please do not reply.</td></tr></table>
</body></html>
""",
})

add({
    "name": "gps_position_shared", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Trailmate", "notifications@trailmate.example.com"),
    "subject": "Ciara is sharing her live position with you",
    "date": "2026-08-09 09:12 +0100", "structure": "html",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f7f4;font-family:'Helvetica Neue',Arial,sans-serif">
<div style="max-width:480px;margin:24px auto;background:#fff;border-radius:12px;padding:24px">
<img src="https://cdn.trailmate.example.com/email/logo-green.png" alt="Trailmate" height="24">
<h2 style="font-size:20px;color:#14532d">Ciara started a hike: Knockmealdown loop</h2>
<p style="color:#333">Ciara McGrath is sharing her live position with you until 17:00. You'll get an alert if she stops
moving for more than 30 minutes or if her position goes off the planned route.</p>
<p><a href="https://trailmate.example.com/live/c8f1a0?src=email" style="display:inline-block;background:#16a34a;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">See Ciara's position on the map</a></p>
<p style="font-size:12px;color:#888">Trailmate Ltd, Westport, Co. Mayo. <a href="https://trailmate.example.com/settings/notifications" style="color:#888">Notification settings</a></p>
</div>
<img src="https://t.trailmate.example.com/open/c8f1a0.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "package_delayed", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Parcelwise", "tracking@parcelwise.example.ie"),
    "subject": "Unfortunately your package is delayed",
    "date": "2026-02-03 15:40 +0000", "structure": "html",
    "html": ats_card("""<p>Hi Aoife,</p>
<p>Unfortunately your package <b>PW 4471 0092 6631 IE</b> from <b>Bookmoth Ireland</b> is delayed due to severe weather
affecting our Athlone hub.</p>
<p>New estimated delivery: <b>Thursday 5 February</b>, between 10:00 and 14:00.</p>
<p>You don't need to do anything. If you won't be home, you can
<a href="https://parcelwise.example.ie/t/PW4471009266310IE/redirect?utm_source=delay" style="color:#e11d48">choose a safe place or a collection point</a>.</p>
<p>We're sorry for the wait.<br>The Parcelwise team</p>""",
        brand="Parcelwise", accent="#e11d48",
        logo="https://parcelwise.example.ie/static/mail/parcelwise.png",
        footer="Parcelwise Logistics Ltd, Ballycoolin, Dublin 15. Please do not reply to this email.",
        track="https://parcelwise.example.ie/o/PW44710092.gif"),
})

add({
    "name": "credit_union_loan_received", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Treaty City Credit Union", "loans@treatycitycu.example.ie"),
    "subject": "Loan application received - ref LN-2026-04418",
    "date": "2026-04-04 09:15 +0100", "structure": "plain",
    "text": """Dear Aoife,

Thank you for your loan application (reference LN-2026-04418) for EUR 6,500 for the purpose of
"Education / course fees". Your application has been received and will be reviewed by our
Credit Committee.

We may contact you if we need further documents, such as your two most recent payslips or
three months of bank statements. A decision is normally made within 3-5 working days.

Kind regards,
Lending Team
Treaty City Credit Union Limited
Henry Street, Limerick

Treaty City Credit Union Limited is regulated by the Central Bank of Ireland.
This mailbox does not accept replies.
""",
})

add({
    "name": "bank_loan_declined_letter", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Atlantic Bank", "lending-notifications@atlanticbank.example.ie"),
    "subject": "A decision on your application",
    "date": "2026-04-11 08:02 +0100", "structure": "mixed",
    "text": """Dear Ms Nakamura-Byrne,

We have now reviewed your application for a personal loan of EUR 12,000 (ref. PL-88120771).

We regret to inform you that on this occasion we are unable to approve your application. This
decision was based on our assessment of your affordability and on information from the Central
Credit Register. Your decision letter, which explains your rights, is attached.

You can ask us to review this decision within 15 working days using the appeals form on our
website.

Atlantic Bank
Customer Lending

Atlantic Bank DAC is regulated by the Central Bank of Ireland. Please do not reply to this email.
""",
    "attachments": [{"filename": "Decision_Letter_PL-88120771.pdf", "lines": [
        "ATLANTIC BANK - Customer Lending",
        "Decision on your personal loan application PL-88120771",
        "",
        "Dear Ms Nakamura-Byrne,",
        "Your application for a personal loan of EUR 12,000 has been declined.",
        "Reason: affordability assessment / Central Credit Register information.",
        "You have the right to appeal this decision within 15 working days.",
    ]}],
})

add({
    "name": "flat_application_refused", "kind": "other", "company": "", "contact": "dara.keane@quaysidelettings.example.ie",
    "lang": "en", "frm": ("Dara Keane", "dara.keane@quaysidelettings.example.ie"),
    "subject": "Apartment 6, Harbour Court",
    "date": "2026-07-23 12:30 +0100", "structure": "plain",
    "text": """Hi Aoife,

Thanks for viewing Apartment 6, Harbour Court on Saturday and for sending on your references so
quickly.

Unfortunately the landlord has decided to go with another applicant, who was able to move in
from 1 August. I'm sorry it wasn't better news - there was huge interest, over 40 people at the
viewing.

We have a one-bed coming up on O'Connell Street in September. I can put you on the list for the
viewing if you like.

Regards,
Dara Keane
Lettings Negotiator
Quayside Lettings, Limerick | 061 555 4470
""",
})

add({
    "name": "friend_own_rejection", "kind": "other", "company": "", "contact": "ciara.mcg@example.com", "lang": "en",
    "frm": ("Ciara McGrath", "ciara.mcg@example.com"),
    "subject": "well that's that",
    "date": "2026-03-11 22:19 +0000", "structure": "plain",
    "text": """Aoife,

Got the email from the Department today - they're not progressing me to interview for the
policy job. "Unfortunately on this occasion your application has not been successful" etc etc.
Three weeks of work on that application form!!

I know you've had a few of these yourself lately so you'll understand the mood. I'm going to
sulk tonight and then do the Revenue one at the weekend.

Drinks Friday? I need them. Your turn to pick the place.

C x
""",
})

add({
    "name": "friend_interview_story", "kind": "other", "company": "", "contact": "rob.okeeffe@example.co.uk", "lang": "en",
    "frm": ("Rob O'Keeffe", "rob.okeeffe@example.co.uk"),
    "subject": "Re: how did it go??",
    "date": "2026-05-28 19:33 +0100", "structure": "plain",
    "in_reply_to": "<CAOa9nB+rob0528aoife@mail.example.ie>",
    "text": """Ha, you're very good to ask. The interview at Brightwave was... fine? Two hours, three people,
and a "quick" task where I had to redesign their onboarding module on the spot. The hiring
manager kept saying "we'll be in touch" which in London means nothing.

They said I'd hear by next Friday. If I get it I'm buying you a flight over to celebrate.

How are your own applications going? Any more interviews lined up?

Rob

On Thu, 28 May 2026 at 18:05, Aoife Nakamura-Byrne <aoife.nb@example.ie> wrote:
> Rob!! How did the interview go today?? Tell me everything. A x
""",
})

add({
    "name": "own_sent_application_cv", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ME, "to": [("Careers", "careers@ardmoretraining.example.ie")],
    "subject": "Application - E-Learning Developer (Ref AT-0312)",
    "date": "2026-03-06 21:48 +0000", "structure": "mixed",
    "text": """Dear Hiring Manager,

Please find attached my CV in application for the E-Learning Developer position (Ref AT-0312)
advertised on Jobnest.

I am a primary school teacher with eleven years' experience in Limerick. Over the past two years
I have designed and built online CPD modules for our school's staff in Articulate Rise and
Storyline, and I recently completed a Professional Diploma in Digital Learning Design.

I would welcome the opportunity to discuss how my experience could contribute to Ardmore
Training, and I am available for interview at your convenience.

Kind regards,

Aoife Nakamura-Byrne
087 555 0419
portfolio: aoifenb.example.ie
""",
    "attachments": [{"filename": "Aoife_Nakamura-Byrne_CV.pdf", "lines": [
        "AOIFE NAKAMURA-BYRNE",
        "Limerick | 087 555 0419 | aoife.nb@example.ie | aoifenb.example.ie",
        "",
        "PROFILE",
        "Primary teacher (11 years) moving into instructional design and e-learning.",
        "",
        "EXPERIENCE",
        "2015-present  Class teacher, Scoil Mhuire, Limerick",
        "2024-present  Staff CPD e-learning lead (Rise, Storyline, H5P)",
        "",
        "EDUCATION",
        "2025  Professional Diploma in Digital Learning Design",
        "2014  Professional Master of Education (Primary)",
    ]}],
})

add({
    "name": "own_sent_following_up", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ME, "to": [("Gráinne Foley", "grainne.foley@lumenskills.example.ie")],
    "subject": "Following up", "hcharset": "iso-8859-1",
    "date": "2026-01-23 08:30 +0000", "structure": "plain",
    "in_reply_to": "<c41f0a92.lumen.20260122@lumenskills.example.ie>",
    "text": """Hi Gráinne,

I'm so sorry about yesterday. I had the interview in my diary for 10:00 on Friday, not Thursday -
entirely my mistake. I'm mortified, and I completely understand if it's too late, but I'd be very
grateful for another chance if a slot comes up next week.

Thank you for trying to call me, and apologies again to Orla.

Kind regards,
Aoife
""",
})

add({
    "name": "ooo_auto_reply", "kind": "other", "company": "", "contact": "sinead.kavanagh@wavelength.example.com", "lang": "en",
    "frm": ("Sinead Kavanagh", "sinead.kavanagh@wavelength.example.com"),
    "subject": "Automatic reply: Thank you - panel interview",
    "date": "2026-03-17 18:02 +0000", "structure": "plain",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "in_reply_to": "<CAOa9nB+wl0317aoife@mail.example.ie>",
    "text": """Thank you for your email.

I'm out of the office for St Patrick's week, returning Monday 23 March, with limited access to
email. For anything urgent about an interview or an offer, please contact
talent@wavelength.example.com.

Beannachtaí,
Sinead
""",
})

add({
    "name": "recruiter_cold_outreach", "kind": "other", "company": "", "contact": "laura.bennett@edvance.example.co.uk",
    "lang": "en", "frm": ("Laura Bennett", "laura.bennett@edvance.example.co.uk"),
    "subject": "Quick question",
    "date": "2026-06-30 10:11 +0100", "structure": "plain",
    "text": """Hi Aoife,

I came across your profile on Careerloop and loved the portfolio link - the Storyline module on
the water cycle is great.

I'm a specialist recruiter at Edvance, working only with learning and development roles across
the UK and Ireland. I don't have a specific role for you today, but I speak to a lot of hiring
managers who are open to career-changers from teaching, and I'd love to understand what you're
looking for so I can keep you in mind.

Would you be open to a 15-minute call sometime next week?

Best,
Laura

Laura Bennett
Senior Talent Consultant | Edvance Recruitment
London | Manchester | Dublin
Edvance Recruitment Ltd, registered in England No. 13377201.
""",
})

add({
    "name": "platform_inmail_notification", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Careerloop", "messages-noreply@careerloop.example.com"),
    "subject": "Mark Jennings sent you a message",
    "date": "2026-08-18 07:48 +0100", "structure": "html",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f3f2ef;margin:0;padding:24px 0">
<table width="520" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:20px 24px"><img src="https://static.careerloop.example.com/email/careerloop-wordmark.png" alt="Careerloop" height="22"></td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:15px;color:#000">
<b>Mark Jennings</b> (Talent Partner at a learning technology company) sent you a message:</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#444;font-style:italic">&ldquo;Hi Aoife, hope you're well! I'm hiring for a couple of roles that I think could be a great fit...&rdquo;</td></tr>
<tr><td style="padding:0 24px 22px 24px"><a href="https://www.careerloop.example.com/messaging/thread/8812?trk=eml-msg" style="background:#0a66c2;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">View message</a></td></tr>
<tr><td style="padding:14px 24px;border-top:1px solid #eee;font-size:11px;color:#999">You are receiving message notification emails.
<a href="https://www.careerloop.example.com/comm/settings?trk=eml-msg-unsub" style="color:#999">Unsubscribe</a> &middot; Careerloop Ireland Unlimited Company, Wilton Place, Dublin 2.</td></tr>
</table>
<img src="https://www.careerloop.example.com/emimp/ip_msg_8812.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "webinar_interview_skills", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Learning Designers Ireland", "events@learningdesigners.example.ie"),
    "subject": "Free webinar: how to nail the instructional design interview",
    "date": "2026-04-16 12:00 +0100", "structure": "alt",
    "headers": {"List-Id": "LDI members <members.learningdesigners.example.ie>",
             "List-Unsubscribe": "<https://learningdesigners.example.ie/unsub?m=2231>",
             "Precedence": "list"},
    "text": """LEARNING DESIGNERS IRELAND - MEMBER WEBINAR

How to nail the instructional design interview
Wednesday 29 April, 13:00-14:00, online, free for members

Portfolio reviews, design tasks, panel interviews and the dreaded "tell us about a project that
failed": three hiring managers share what they look for, and what makes them reject a candidate
in the first five minutes.

Register: https://learningdesigners.example.ie/events/interview-webinar?utm_source=mailing

Can't make it live? Register anyway and we'll send you the recording.

Learning Designers Ireland CLG, Dublin.
Unsubscribe: https://learningdesigners.example.ie/unsub?m=2231
""",
    "html": newsletter([
        ("How to nail the instructional design interview",
         "Wednesday 29 April, 13:00&ndash;14:00, online, free for members. Portfolio reviews, design tasks, panel interviews and the dreaded &ldquo;tell us about a project that failed&rdquo;.",
         "https://learningdesigners.example.ie/events/interview-webinar?utm_source=mailing&amp;utm_medium=email"),
        ("Can't make it live?",
         "Register anyway and we'll send you the recording.",
         "https://learningdesigners.example.ie/events/interview-webinar?utm_source=mailing&amp;utm_content=recording"),
    ], title="LDI webinar", masthead="Learning Designers Ireland", accent="#0e7490", cta="Register",
        intro="Three hiring managers share what they look for, and what makes them reject a candidate in the first five minutes.",
        footer="""Learning Designers Ireland CLG, Dublin. You are receiving this as a member.
<a href="https://learningdesigners.example.ie/unsub?m=2231" style="color:#999">Unsubscribe</a>""",
        track="https://learningdesigners.example.ie/o/2231.gif"),
})

add({
    "name": "course_receipt", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Storyboard Academy", "receipts@storyboardacademy.example.com"),
    "subject": "Your receipt from Storyboard Academy #SA-20931",
    "date": "2026-01-05 13:27 +0000", "structure": "html",
    "html": ats_card("""<p>Thanks for your order, Aoife!</p>
<table cellpadding="6" cellspacing="0" style="width:100%;font-size:14px;border-collapse:collapse">
<tr style="border-bottom:1px solid #eee"><td>Articulate Storyline 360: From Teacher to Developer (self-paced)</td><td align="right">&euro;149.00</td></tr>
<tr style="border-bottom:1px solid #eee"><td>Discount: NEWYEAR26</td><td align="right">&minus;&euro;30.00</td></tr>
<tr><td><b>Total paid (Visa &bull;&bull;&bull;&bull; 4471)</b></td><td align="right"><b>&euro;119.00</b></td></tr>
</table>
<p><a href="https://storyboardacademy.example.com/courses/storyline-teachers?start=1" style="color:#2563eb">Start learning</a></p>""",
        brand="Storyboard Academy", accent="#2563eb",
        logo="https://storyboardacademy.example.com/img/email-logo.png",
        footer="Storyboard Academy Ltd, Galway. VAT IE3344556WH. Questions? Visit our help centre.",
        track="https://storyboardacademy.example.com/o/SA-20931.gif"),
})

add({
    "name": "teaching_council_renewal", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("The Teaching Council", "noreply@teachingcouncil.example.ie"),
    "subject": "Annual registration renewal - action required",
    "date": "2026-09-01 08:00 +0100", "structure": "plain",
    "text": """Dear Registered Teacher,

Registration number: 0412287

Your annual registration is due for renewal on 30 September 2026. To remain on the Register of
Teachers you must pay the annual fee of EUR 65 through the My Registration portal before that date.

If you are no longer teaching and do not wish to remain registered, no action is needed, but
please note that you cannot be paid from State funds as a teacher while unregistered.

The Teaching Council
Block A, Maynooth Business Campus, Maynooth, Co. Kildare

This is an automated email. Replies are not monitored.
""",
})

add({
    "name": "principal_happy_to_be_referee", "kind": "other", "company": "", "contact": "principal@scoilmhuire.example.ie",
    "lang": "en", "frm": ("Eileen Quinlan", "principal@scoilmhuire.example.ie"),
    "subject": "Reference",
    "date": "2026-02-09 16:05 +0000", "structure": "plain",
    "text": """Dear Aoife,

Of course I'm happy to be a referee for you, and you can give my name and this email address to
anyone who asks. I'd be delighted to speak about the CPD modules you built for the staff - half
the county has borrowed them at this stage.

We'll miss you terribly if you go, but you know that already.

Le gach dea-ghuí,
Eileen

Eileen Quinlan
Príomhoide / Principal
Scoil Mhuire, Ballinacurra, Limerick
""",
})

add({
    "name": "agency_check_in_nothing_yet", "kind": "other", "company": "", "contact": "jade@hireflow.example.ie", "lang": "en",
    "frm": ("Jade @ Hireflow", "jade@hireflow.example.ie"),
    "subject": "checking in!!",
    "date": "2026-02-27 15:33 +0000", "structure": "plain",
    "text": """Hiya Aoife!!

Just checking in!! Nothing new for you this week I'm afraid, things are a bit quiet with L&D roles
in Limerick, but I've a few clients in Cork who mentioned they might be hiring after Easter.

Is your CV still the latest version? Send me an updated one if you've added the Storyline cert!!

Chat soon,
Jade x

Jade Moloney | Recruitment Consultant | Hireflow Recruitment
""",
})

add({
    "name": "profile_views_digest", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Careerloop", "notifications-noreply@careerloop.example.com"),
    "subject": "Aoife, your profile was viewed 7 times this week",
    "date": "2026-05-03 09:02 +0100", "structure": "html",
    "headers": {"List-Unsubscribe": "<https://www.careerloop.example.com/comm/unsub?t=wvmp>"},
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f3f2ef;margin:0;padding:24px 0">
<table width="520" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:20px 24px"><img src="https://static.careerloop.example.com/email/careerloop-wordmark.png" alt="Careerloop" height="22"></td></tr>
<tr><td style="padding:0 24px 12px 24px;font-size:22px;color:#000"><b>7</b> profile views this week</td></tr>
<tr><td style="padding:0 24px 12px 24px;font-size:14px;color:#444">People from <b>Kestrel Assurance</b>, <b>an e-learning company in Cork</b> and 5 others viewed your profile.
Recruiters who view your profile are 3x more likely to message you if you have an &ldquo;Open to work&rdquo; badge.</td></tr>
<tr><td style="padding:0 24px 22px 24px"><a href="https://www.careerloop.example.com/me/profile-views?trk=eml-wvmp" style="background:#0a66c2;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">See all views</a></td></tr>
<tr><td style="padding:14px 24px;border-top:1px solid #eee;font-size:11px;color:#999"><a href="https://www.careerloop.example.com/comm/unsub?t=wvmp" style="color:#999">Unsubscribe</a> &middot; Careerloop Ireland Unlimited Company</td></tr>
</table>
<img src="https://www.careerloop.example.com/emimp/ip_wvmp_3301.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "missed_live_session_recording", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("The eLearning Staffroom", "community@elearningstaffroom.example.com"),
    "subject": "Missed our live session? Watch the recording",
    "date": "2026-06-12 17:00 +0100", "structure": "alt",
    "headers": {"List-Id": "eLearning Staffroom community <community.elearningstaffroom.example.com>",
             "List-Unsubscribe": "<https://elearningstaffroom.example.com/unsubscribe?u=ANB881>",
             "Precedence": "bulk"},
    "text": """Hi Aoife,

Sorry we missed you at Tuesday's live session, "From lesson plan to learning path"! The recording
is now up, along with the slides and the storyboard template we promised.

Watch the recording: https://elearningstaffroom.example.com/r/live-june?u=ANB881

Next month: "Your first 90 days as an instructional designer" - save your seat:
https://elearningstaffroom.example.com/r/live-july?u=ANB881

See you in the community,
Hannah & Joe

The eLearning Staffroom · Unsubscribe: https://elearningstaffroom.example.com/unsubscribe?u=ANB881
""",
    "html": newsletter([
        ("Recording: From lesson plan to learning path",
         "Sorry we missed you on Tuesday! The recording is now up, with the slides and the storyboard template we promised.",
         "https://elearningstaffroom.example.com/r/live-june?u=ANB881&amp;utm_medium=email"),
        ("Next month: Your first 90 days as an instructional designer",
         "Save your seat for the July live session.",
         "https://elearningstaffroom.example.com/r/live-july?u=ANB881&amp;utm_medium=email"),
    ], title="eLearning Staffroom", masthead="The eLearning Staffroom", accent="#ea580c", cta="Watch",
        intro="Hi Aoife,",
        footer="""The eLearning Staffroom &middot; Bristol, UK.
<a href="https://elearningstaffroom.example.com/unsubscribe?u=ANB881" style="color:#999">Unsubscribe</a>""",
        track="https://elearningstaffroom.example.com/o/ANB881-june.gif"),
})

add({
    "name": "candidate_experience_survey", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Candidate Pulse", "survey@candidatepulse.example.com"),
    "subject": "How was your interview experience? (2 minutes)",
    "date": "2026-03-06 10:30 +0000", "structure": "alt",
    "text": """Hi Aoife,

You recently interviewed with Tidewell. They use Candidate Pulse to find out how they can make
their hiring process better for everyone, whatever the outcome.

How likely are you to recommend applying to Tidewell to a friend? (0-10)
Answer here: https://candidatepulse.example.com/s/tw-88a1?score=

The survey is anonymous and takes about 2 minutes. Your answers will not affect any hiring decision.

Candidate Pulse, on behalf of Tidewell
Don't want these surveys? https://candidatepulse.example.com/optout/88a1
""",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#fafafa;font-family:Arial,sans-serif">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto;border:1px solid #eee">
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:22px">
<p>Hi Aoife,</p>
<p>You recently interviewed with <b>Tidewell</b>. They use Candidate Pulse to find out how they can make their hiring process
better for everyone, whatever the outcome.</p>
<p><b>How likely are you to recommend applying to Tidewell to a friend?</b></p>
<table cellpadding="0" cellspacing="4"><tr>
<td><a href="https://candidatepulse.example.com/s/tw-88a1?score=0" style="display:block;width:28px;text-align:center;border:1px solid #ccc;padding:6px 0;color:#333;text-decoration:none">0</a></td>
<td><a href="https://candidatepulse.example.com/s/tw-88a1?score=5" style="display:block;width:28px;text-align:center;border:1px solid #ccc;padding:6px 0;color:#333;text-decoration:none">5</a></td>
<td><a href="https://candidatepulse.example.com/s/tw-88a1?score=10" style="display:block;width:28px;text-align:center;border:1px solid #ccc;padding:6px 0;color:#333;text-decoration:none">10</a></td>
</tr></table>
<p style="font-size:13px;color:#777">Anonymous, about 2 minutes. Your answers will not affect any hiring decision.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;border-top:1px solid #eee">Candidate Pulse, on behalf of Tidewell.
<a href="https://candidatepulse.example.com/optout/88a1" style="color:#999">Opt out of surveys</a></td></tr></table>
<img src="https://candidatepulse.example.com/o/88a1.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "ats_password_reset", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Workday", "noreply@myworkday.com"),
    "subject": "Password reset request",
    "date": "2026-04-22 23:51 +0100", "structure": "plain",
    "text": """A request was made to reset the password for the candidate account aoife.nb@example.ie on the
Pembroke Financial Services careers site.

Use this code to reset your password: 448 219

The code expires in 15 minutes. If you did not make this request, you can ignore this email and
your password will stay the same.

This is an automated message; do not reply.
""",
})

add({
    "name": "ats_account_created_not_applied", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Canongate University Jobs", "jobs-noreply@canongate-university.example.co.uk"),
    "subject": "Welcome to Canongate University Jobs",
    "date": "2026-09-02 20:40 +0100", "structure": "html",
    "html": ats_card("""<p>Dear Aoife,</p>
<p>Your candidate account has been created. You can now save vacancies, set up job alerts and start applications.</p>
<p><b>Please note:</b> creating an account does not submit an application. To apply for a vacancy, open it from
<a href="https://jobs.canongate-university.example.co.uk/vacancies?src=welcome" style="color:#6d2077">Current vacancies</a>
and click &ldquo;Apply now&rdquo;.</p>
<p>Canongate University Human Resources</p>""",
        brand="Canongate University", accent="#6d2077",
        logo="https://jobs.canongate-university.example.co.uk/img/crest.png",
        footer="Canongate University is a charitable body, registered in Scotland, SC055102. This mailbox is not monitored.",
        track="https://jobs.canongate-university.example.co.uk/o/welcome-5520.gif"),
})

add({
    "name": "interview_tips_blog_digest", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Design for Learning Weekly", "hello@designforlearning.example.com"),
    "subject": "10 questions you'll be asked in an instructional design interview",
    "date": "2026-07-07 06:45 +0100", "structure": "alt",
    "headers": {"List-Id": "Design for Learning Weekly <weekly.designforlearning.example.com>",
             "List-Unsubscribe": "<https://designforlearning.example.com/unsubscribe?s=w-4410>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "text": """DESIGN FOR LEARNING WEEKLY · #131

This week:

* 10 questions you'll be asked in an instructional design interview (and how to answer them)
  https://designforlearning.example.com/p/10-questions

* "We've decided to go with another candidate": what hiring managers wish you knew
  https://designforlearning.example.com/p/another-candidate

* Job of the week: Senior Learning Designer, remote (EU)
  https://designforlearning.example.com/jobs/w131

Forwarded this? Subscribe at designforlearning.example.com
Unsubscribe: https://designforlearning.example.com/unsubscribe?s=w-4410
""",
    "html": newsletter([
        ("10 questions you'll be asked in an instructional design interview",
         "From &ldquo;walk us through your process&rdquo; to &ldquo;how do you measure impact?&rdquo; &mdash; and how to answer them.",
         "https://designforlearning.example.com/p/10-questions?utm_source=weekly131"),
        ("&ldquo;We've decided to go with another candidate&rdquo;",
         "What hiring managers wish you knew about rejection emails.",
         "https://designforlearning.example.com/p/another-candidate?utm_source=weekly131"),
        ("Job of the week: Senior Learning Designer, remote (EU)",
         "A Berlin scale-up is hiring. Applications close 20 July.",
         "https://designforlearning.example.com/jobs/w131?utm_source=weekly131"),
    ], title="Design for Learning Weekly #131", masthead="Design for Learning Weekly &middot; #131", accent="#111827",
        intro="Good morning! Three things worth your time this week.",
        footer="""Forwarded this? Subscribe at designforlearning.example.com.<br>
<a href="https://designforlearning.example.com/unsubscribe?s=w-4410" style="color:#999">Unsubscribe</a>""",
        track="https://designforlearning.example.com/o/w131-4410.gif"),
})

add({
    "name": "event_ticket_meetup", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Tickethub", "orders@tickethub.example.com"),
    "subject": "Your ticket for EdTech Limerick Meetup #14",
    "date": "2026-05-21 12:12 +0100", "structure": "alt",
    "text": """Hi Aoife,

You're going to EdTech Limerick Meetup #14!

Thursday 4 June 2026, 18:30 - 21:00
Engine Hub, Cecil Street, Limerick
Ticket: General admission (free) · Order #TH-55120918

Show the QR code in the attached ticket or in the Tickethub app at the door.

Tickethub · Manage your order: https://tickethub.example.com/orders/TH-55120918
""",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;background:#f8f7fa;margin:0">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto">
<tr><td style="background:#f05537;padding:16px 24px;color:#fff;font-weight:bold;font-size:18px">Tickethub</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#1e0a3c">
<p style="font-size:22px;margin:0 0 12px 0"><b>You're going to EdTech Limerick Meetup #14!</b></p>
<p>Thursday 4 June 2026, 18:30 &ndash; 21:00<br>Engine Hub, Cecil Street, Limerick</p>
<p>General admission (free) &middot; Order #TH-55120918</p>
<p><a href="https://tickethub.example.com/orders/TH-55120918?utm_source=order_email" style="color:#3659e3">View your ticket</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#6f7287">Tickethub sent this email on behalf of EdTech Limerick.</td></tr></table>
<img src="https://tickethub.example.com/o/TH-55120918.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "mam_asks_about_cork", "kind": "other", "company": "", "contact": "maureen.byrne@example.ie", "lang": "en",
    "frm": ("Maureen Byrne", "maureen.byrne@example.ie"),
    "subject": "?",
    "date": "2026-04-22 20:40 +0100", "structure": "plain",
    "text": """Aoife love did you hear anything from the Cork crowd after the interview on Tuesday? Your father
says no news is good news but I said they usually ring the ones they want. Also are you
coming for dinner Sunday, Kenji and the kids are coming.

Mam

Sent from my iPad
""",
})

add({
    "name": "gym_payment_declined", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("FitHub Limerick", "billing@fithub.example.ie"),
    "subject": "Your payment was declined",
    "date": "2026-08-01 06:10 +0100", "structure": "html",
    "html": ats_card("""<p>Hi Aoife,</p>
<p>Unfortunately we couldn't take your monthly membership payment of <b>&euro;39.99</b> &ndash; your card ending 4471 was declined.</p>
<p>We'll try again in 3 days. To avoid your access being paused, please
<a href="https://fithub.example.ie/account/billing?src=declined" style="color:#16a34a">update your payment details</a>.</p>
<p>See you on the gym floor,<br>FitHub Limerick</p>""",
        brand="FitHub", accent="#16a34a",
        logo="https://fithub.example.ie/img/email-logo.png",
        footer="FitHub Ltd, Dock Road, Limerick. You're receiving this because you're a FitHub member.",
        track="https://fithub.example.ie/o/billing-0801.gif"),
})

add({
    "name": "friend_forwards_job_ad", "kind": "other", "company": "", "contact": "deirdre.lynch@example.ie", "lang": "en",
    "frm": ("Deirdre Lynch", "deirdre.lynch@example.ie"),
    "subject": "Fwd: Vacancy - Learning Designer, Shannon Development Agency",
    "date": "2026-08-20 13:14 +0100", "structure": "plain",
    "text": """Saw this on the staff noticeboard and thought of you straight away!! Closing date is the 4th.
Go for it x

D

---------- Forwarded message ---------
From: HR Shannon Development Agency <hr@sda.example.ie>
Date: Wed, 19 Aug 2026 at 09:00
Subject: Vacancy - Learning Designer, Shannon Development Agency
To: All Staff <allstaff@sda.example.ie>

Shannon Development Agency invites applications for the post of Learning Designer (permanent,
full time, Shannon, Co. Clare). The successful candidate will design and build e-learning for
our staff and client companies. Shortlisted candidates will be invited to interview in
late September.

Closing date for applications: Friday 4 September 2026, 12 noon.
Details and application form: https://www.sda.example.ie/careers/ld-2026
""",
})

add({
    "name": "salary_guide_agency_marketing", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Clarendon Talent", "marketing@clarendontalent.example.co.uk"),
    "subject": "Your 2026 Learning & Development Salary Guide is here",
    "date": "2026-01-14 08:00 +0000", "structure": "alt",
    "headers": {"List-Unsubscribe": "<https://clarendontalent.example.co.uk/preferences/unsubscribe?e=aoife.nb%40example.ie>",
             "Precedence": "bulk"},
    "text": """Clarendon Talent - 2026 Learning & Development Salary Guide

What does an instructional designer earn in Manchester in 2026? What about a learning
technologist in the public sector? Our annual guide covers 40 L&D job titles across the UK and
Ireland, with salary bands, contract day rates and hiring trends.

Download the guide: https://clarendontalent.example.co.uk/salary-guide-2026?utm_campaign=sg26

Clarendon Talent Ltd, registered in England and Wales, company no. 09876543.
Unsubscribe: https://clarendontalent.example.co.uk/preferences/unsubscribe?e=aoife.nb%40example.ie
""",
    "html": newsletter([
        ("What does an instructional designer earn in 2026?",
         "Salary bands, contract day rates and hiring trends for 40 L&amp;D job titles across the UK and Ireland.",
         "https://clarendontalent.example.co.uk/salary-guide-2026?utm_campaign=sg26&amp;utm_medium=email"),
    ], title="Salary Guide 2026", masthead="Clarendon Talent &middot; Salary Guide 2026", accent="#1e3a8a",
        cta="Download the guide", intro="Our annual Learning &amp; Development salary guide is out.",
        footer="""Clarendon Talent Ltd, registered in England and Wales, company no. 09876543.<br>
<a href="https://clarendontalent.example.co.uk/preferences/unsubscribe?e=aoife.nb%40example.ie" style="color:#999">Unsubscribe</a>""",
        track="https://clarendontalent.example.co.uk/o/sg26.gif"),
})

add({
    "name": "library_hold_queue", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Limerick Libraries", "library-notices@limericklibraries.example.ie"),
    "subject": "Reservation update",
    "date": "2026-06-03 07:15 +0100", "structure": "plain",
    "text": """Limerick City and County Libraries

Dear AOIFE NAKAMURA-BYRNE,

Your reservation for the following item has been updated:

  Title:    Design for how people learn / Julie Dirksen
  Position: You are number 2 in the queue
  Pick-up:  Limerick City Library, The Granary

We will notify you when the item is ready for collection.

This is an automated notice. Please do not reply.
""",
})

add({
    "name": "parking_permit_received", "kind": "other", "company": "", "contact": "", "lang": "en",
    "frm": ("Limerick Council Online Services", "noreply@onlineservices.limerickcouncil.example.ie"),
    "subject": "Your application has been received",
    "date": "2026-02-18 14:55 +0000", "structure": "plain",
    "text": """Dear Aoife Nakamura-Byrne,

Your application for a Residential Parking Permit (Zone C - Ballinacurra) has been received.

Application reference: RPP-2026-018824
Amount paid: EUR 40.00

Your permit will be issued within 10 working days once your proof of address has been verified.
If we need further documentation, we will contact you.

Online Services
Limerick City and County Council

Please do not reply to this email.
""",
})

# ----------------------------------------------------------------------------- German

add({
    "name": "de_newsletter_absagen", "kind": "other", "company": "", "contact": "", "lang": "de",
    "frm": ("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
    "subject": "Absage erhalten? So geht es weiter",
    "date": "2026-03-14 08:00 +0100", "structure": "alt",
    "headers": {"List-Id": "Karriere-Kompass Newsletter <newsletter.karriere-kompass.example.de>",
             "List-Unsubscribe": "<https://www.karriere-kompass.example.de/abmelden?id=k88120>",
             "Precedence": "bulk"},
    "text": """KARRIERE-KOMPASS - Ihr Newsletter für den Berufswechsel

Absage erhalten? So geht es weiter

"Leider müssen wir Ihnen mitteilen ..." - kaum ein Satz ist im Bewerbungsprozess so gefürchtet.
Wir zeigen, wie Sie Absagen richtig lesen, wann sich eine Nachfrage lohnt und warum eine
Absage nach dem Vorstellungsgespräch oft mehr wert ist als gar keine Antwort.

Zum Artikel: https://www.karriere-kompass.example.de/artikel/absage?utm_source=nl

Außerdem: Die 5 häufigsten Fragen im Vorstellungsgespräch für Quereinsteiger
https://www.karriere-kompass.example.de/artikel/fragen?utm_source=nl

Karriere-Kompass GmbH · Hamburg · Abmelden: https://www.karriere-kompass.example.de/abmelden?id=k88120
""",
    "html": newsletter([
        ("Absage erhalten? So geht es weiter",
         "&bdquo;Leider müssen wir Ihnen mitteilen ...&ldquo; &ndash; wie Sie Absagen richtig lesen und wann sich eine Nachfrage lohnt.",
         "https://www.karriere-kompass.example.de/artikel/absage?utm_source=nl&amp;utm_medium=email"),
        ("Die 5 häufigsten Fragen im Vorstellungsgespräch für Quereinsteiger",
         "Und wie Sie als Lehrkraft überzeugend darauf antworten.",
         "https://www.karriere-kompass.example.de/artikel/fragen?utm_source=nl&amp;utm_medium=email"),
    ], title="Karriere-Kompass", masthead="Karriere-Kompass", accent="#b45309", lang="de", cta="Weiterlesen",
        intro="Guten Morgen! Ihr Newsletter für den Berufswechsel.",
        footer="""Karriere-Kompass GmbH · Große Bleichen 21 · 20354 Hamburg · Geschäftsführerin: Anke Lorenz · HRB 140221<br>
<a href="https://www.karriere-kompass.example.de/abmelden?id=k88120" style="color:#999">Newsletter abbestellen</a>""",
        track="https://www.karriere-kompass.example.de/o/k88120.gif"),
})

add({
    "name": "de_wohnung_absage", "kind": "other", "company": "", "contact": "", "lang": "de",
    "frm": ("Hausverwaltung Sonnleitner", "vermietung@hv-sonnleitner.example.de"),
    "subject": "Ihre Anfrage zur Wohnung Boxhagener Str. 71, 2. OG links", "hcharset": "iso-8859-1",
    "date": "2026-07-29 11:20 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Nakamura-Byrne,

vielen Dank für Ihr Interesse an der Wohnung in der Boxhagener Straße 71 und Ihre
Bewerbungsunterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten
entschieden hat. Aufgrund der sehr hohen Nachfrage können wir Ihnen keine weiteren Auskünfte
zur Auswahl geben.

Wir wünschen Ihnen viel Erfolg bei der Wohnungssuche.

Mit freundlichen Grüßen
Ihre Hausverwaltung Sonnleitner

Bitte antworten Sie nicht auf diese E-Mail.
""",
})

add({
    "name": "de_jobalert", "kind": "other", "company": "", "contact": "", "lang": "de",
    "frm": ("Karriereweg Jobagent", "jobagent@karriereweg.example.de"),
    "subject": "5 neue Jobs für dich: Instructional Designer (Remote)",
    "date": "2026-05-25 06:15 +0200", "structure": "alt",
    "headers": {"List-Unsubscribe": "<https://www.karriereweg.example.de/jobagent/abmelden?id=ja-3310>",
             "Precedence": "bulk"},
    "text": """Hallo Aoife,

dein Jobagent "Instructional Designer (Remote)" hat 5 neue Stellen gefunden:

- Instructional Designer (m/w/d), Lernwerk Berlin GmbH, Berlin/Remote
  https://www.karriereweg.example.de/r?j=55012
- Learning Experience Designer, Kursfabrik GmbH, Köln/Remote
  https://www.karriereweg.example.de/r?j=55019
- E-Learning Autor:in (Englisch), Akademie Nordlicht gGmbH, Hamburg
  https://www.karriereweg.example.de/r?j=55033
- ... und 2 weitere

Jetzt bewerben und schon bald zum Vorstellungsgespräch eingeladen werden!

Jobagent bearbeiten oder löschen: https://www.karriereweg.example.de/jobagent/abmelden?id=ja-3310
""",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f4f5;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:18px auto">
<tr><td style="padding:16px 24px;background:#0c2d48"><img src="https://static.karriereweg.example.de/mail/logo-weiss.png" alt="Karriereweg" height="28"></td></tr>
<tr><td style="padding:20px 24px;font-size:16px;color:#222">Hallo Aoife, dein Jobagent <b>&bdquo;Instructional Designer (Remote)&ldquo;</b> hat <b>5 neue Stellen</b> gefunden:</td></tr>
<tr><td style="padding:0 24px;font-size:14px;line-height:21px">
<p><a href="https://www.karriereweg.example.de/r?j=55012&amp;src=ja" style="color:#0a7bd6;font-weight:bold">Instructional Designer (m/w/d)</a><br>Lernwerk Berlin GmbH &middot; Berlin/Remote</p>
<p><a href="https://www.karriereweg.example.de/r?j=55019&amp;src=ja" style="color:#0a7bd6;font-weight:bold">Learning Experience Designer</a><br>Kursfabrik GmbH &middot; Köln/Remote</p>
<p><a href="https://www.karriereweg.example.de/r?j=55033&amp;src=ja" style="color:#0a7bd6;font-weight:bold">E-Learning Autor:in (Englisch)</a><br>Akademie Nordlicht gGmbH &middot; Hamburg</p>
<p><a href="https://www.karriereweg.example.de/jobagent/ja-3310?src=ja" style="color:#0a7bd6">Alle 5 Stellen ansehen</a></p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#fafafa">Karriereweg GmbH · Axel-Springer-Straße 54 · 10117 Berlin · HRB 177301 B<br>
<a href="https://www.karriereweg.example.de/jobagent/abmelden?id=ja-3310" style="color:#888">Jobagent bearbeiten oder löschen</a></td></tr>
</table>
<img src="https://mail.karriereweg.example.de/open/ja-3310.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "de_friend_lena", "kind": "other", "company": "", "contact": "lena.vogt@example.de", "lang": "de",
    "frm": ("Lena Vogt", "lena.vogt@example.de"),
    "subject": "Neuigkeiten aus Freiburg",
    "date": "2026-04-05 21:55 +0200", "structure": "plain", "cte": "8bit",
    "text": """Liebe Aoife,

wie geht's dir? Ich muss dir unbedingt erzählen: Ich hatte am Donnerstag mein
Vorstellungsgespräch bei der Stadtbibliothek! Zwei Stunden, vier Leute, und am Ende musste ich
noch eine Leseförderungsstunde für Drittklässler skizzieren. Ich war so nervös, dass ich meinen
eigenen Lebenslauf nicht mehr auswendig wusste :D

Sie melden sich nächste Woche. Drück mir die Daumen!

Und du? Hast du von den Berliner Firmen schon was gehört? Wenn du wirklich nach Berlin
ziehst, komme ich dich sofort besuchen.

Ganz liebe Grüße, auch an Kenji
Lena
""",
})

add({
    "name": "de_ooo_abwesenheit", "kind": "other", "company": "", "contact": "lea.sommer@kursfabrik.example.de", "lang": "de",
    "frm": ("Lea Sommer", "lea.sommer@kursfabrik.example.de"),
    "subject": "Abwesenheitsnotiz: Rückfrage zum Feedback", "hcharset": "iso-8859-1",
    "date": "2026-03-27 09:14 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "in_reply_to": "<CAOa9nB+kf0327aoife@mail.example.ie>",
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
people@kursfabrik.example.de.

Viele Grüße
Lea Sommer
""",
})

add({
    "name": "de_paket_verzoegert", "kind": "other", "company": "", "contact": "", "lang": "de",
    "frm": ("Paketblitz Sendungsverfolgung", "no-reply@paketblitz.example.de"),
    "subject": "Ihre Sendung verzögert sich leider",
    "date": "2026-10-09 13:44 +0200", "structure": "html",
    "html": ats_card("""<p>Guten Tag,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434 1182 7730 91</b> von <b>Bücherkiste Berlin</b>
aufgrund eines erhöhten Sendungsaufkommens im internationalen Paketzentrum.</p>
<p>Neuer voraussichtlicher Zustelltermin: <b>14.10.2026</b></p>
<p><a href="https://www.paketblitz.example.de/verfolgen?s=003404341182773091" style="color:#d97706">Sendung verfolgen</a></p>
<p>Wir bitten um Ihr Verständnis.<br>Ihr Paketblitz-Team</p>""",
        brand="Paketblitz", accent="#d97706", lang="de",
        logo="https://www.paketblitz.example.de/img/mail-logo.png",
        footer="Paketblitz GmbH · Bonn · Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.",
        track="https://www.paketblitz.example.de/o/003404341182.gif"),
})

# ---------------------------------------------------------------------------- Spanish

add({
    "name": "es_prestamo_denegado", "kind": "other", "company": "", "contact": "", "lang": "es",
    "frm": ("Banco Ribera", "avisos@bancoribera.example.es"),
    "subject": "Respuesta a su solicitud de préstamo", "hcharset": "iso-8859-1",
    "date": "2026-09-18 10:02 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Estimada cliente:

Le informamos de que su solicitud de Préstamo Personal Online (n.º 2026-PP-0087731) por importe
de 9.000 EUR ha sido denegada tras el análisis de riesgos realizado por nuestra entidad.

Esta decisión se ha adoptado conforme a nuestros criterios internos de concesión y no implica
ninguna valoración sobre su persona. Puede solicitar información adicional sobre los motivos en
cualquiera de nuestras oficinas.

Atentamente,
Banco Ribera, S.A.
Servicio de Atención al Cliente

Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.
""",
})

add({
    "name": "es_newsletter_rechazo", "kind": "other", "company": "", "contact": "", "lang": "es",
    "frm": ("Empleoya Consejos", "consejos@empleoya.example.es"),
    "subject": "Cómo superar el rechazo en tu búsqueda de empleo",
    "date": "2026-06-21 09:00 +0200", "structure": "alt",
    "headers": {"List-Id": "Consejos Empleoya <consejos.empleoya.example.es>",
             "List-Unsubscribe": "<https://www.empleoya.example.es/baja?tipo=consejos>",
             "Precedence": "bulk"},
    "text": """CONSEJOS EMPLEOYA

Cómo superar el rechazo en tu búsqueda de empleo
"Lamentamos comunicarte que no has sido seleccionado..." Te contamos cómo gestionar las
negativas y seguir adelante.
https://www.empleoya.example.es/consejos/rechazo?utm_source=nl

Preguntas trampa en una entrevista de trabajo (y cómo responderlas)
https://www.empleoya.example.es/consejos/entrevista?utm_source=nl

Darte de baja: https://www.empleoya.example.es/baja?tipo=consejos
""",
    "html": newsletter([
        ("Cómo superar el rechazo en tu búsqueda de empleo",
         "&laquo;Lamentamos comunicarte que no has sido seleccionado...&raquo; Te contamos cómo gestionar las negativas y seguir adelante.",
         "https://www.empleoya.example.es/consejos/rechazo?utm_source=nl&amp;utm_medium=email"),
        ("Preguntas trampa en una entrevista de trabajo",
         "Y cómo responderlas sin ponerte nerviosa.",
         "https://www.empleoya.example.es/consejos/entrevista?utm_source=nl&amp;utm_medium=email"),
    ], title="Consejos Empleoya", masthead="Consejos Empleoya", accent="#dc2626", lang="es", cta="Leer más",
        intro="¡Hola! Estos son los consejos de la semana.",
        footer="""Empleoya, S.L. · Madrid. <a href="https://www.empleoya.example.es/baja?tipo=consejos" style="color:#999">Darte de baja</a>""",
        track="https://www.empleoya.example.es/o/nl-consejos-0621.gif"),
})

add({
    "name": "es_amigo_entrevista", "kind": "other", "company": "", "contact": "javier.ruiz@example.es", "lang": "es",
    "frm": ("Javier Ruiz", "javier.ruiz@example.es"),
    "subject": "jajaja no te lo vas a creer",
    "date": "2026-05-15 23:40 +0200", "structure": "plain",
    "text": """Aoife!!

Hoy tuve la entrevista en la consultora de Valencia y me preguntaron cuál era mi mayor defecto.
Les dije que soy demasiado sincero y el entrevistador me contestó "no creo que eso sea un
defecto" y yo "me da igual lo que usted crea". Se rieron un montón, asi que no se si me van a
coger o no jajaja.

Y tu que tal con lo de Madrid? Si te vienes avisame que te enseño la ciudad.

Un abrazo fuerte
Javi
""",
})

add({
    "name": "es_entrevista_blog", "kind": "other", "company": "", "contact": "redaccion@aulaviva.example.es", "lang": "es",
    "frm": ("Redacción Aula Viva", "redaccion@aulaviva.example.es"),
    "subject": "¿Podemos entrevistarte para nuestro blog?", "hcharset": "utf-8",
    "date": "2026-07-28 12:05 +0200", "structure": "plain",
    "text": """Hola Aoife:

Te escribimos desde Aula Viva, un blog sobre innovación educativa que leen sobre todo docentes de
primaria en España y Latinoamérica. Vimos tu charla en el encuentro online de diseño
instruccional y nos gustaría hacerte una entrevista para nuestra sección "Docentes que cambian
de rumbo".

Serían unas ocho preguntas por escrito (puedes contestar en inglés, nosotros lo traducimos) y una
foto tuya. No hay prisa: publicaríamos en octubre.

¿Te animas? Responde a este correo y te mandamos las preguntas.

Un saludo,
Nerea Olabarria
Redacción de Aula Viva
""",
})

add({
    "name": "es_cola_posicion", "kind": "other", "company": "", "contact": "", "lang": "es",
    "frm": ("Entradas Ya", "no-responder@entradasya.example.es"),
    "subject": "Estás en la cola virtual: tu posición es 1.204",
    "date": "2026-02-26 10:01 +0100", "structure": "html",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#111;margin:0;padding:20px 0">
<table width="520" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:20px;background:#7c3aed;color:#fff;font-size:18px;font-weight:bold;border-radius:6px 6px 0 0">Entradas Ya</td></tr>
<tr><td style="padding:22px;font-size:15px;color:#222">
<p>¡Hola!</p>
<p>Estás en la cola virtual para <b>Rozalén &ndash; Gira 2026 (WiZink Center, Madrid)</b>.</p>
<p style="font-size:26px;text-align:center;margin:18px 0"><b>Tu posición: 1.204</b></p>
<p>No cierres la pestaña del navegador. Cuando llegue tu turno tendrás 10 minutos para completar la compra.</p>
<p><a href="https://entradasya.example.es/cola/rz26?utm_source=email" style="color:#7c3aed">Volver a la cola</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888">Entradas Ya, S.L. Este correo se ha enviado automáticamente; no respondas a este mensaje.</td></tr></table>
<img src="https://entradasya.example.es/o/cola-rz26.gif" width="1" height="1" alt="">
</body></html>
""",
})

# ----------------------------------------------------------------------------- French

add({
    "name": "fr_newsletter_refus", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "frm": ("Reconversion Mag", "lettre@reconversionmag.example.com"),
    "subject": "Rebondir après un refus : nos 5 conseils",
    "date": "2026-05-09 08:30 +0200", "structure": "alt",
    "headers": {"List-Id": "La lettre de Reconversion Mag <lettre.reconversionmag.example.com>",
             "List-Unsubscribe": "<https://reconversionmag.example.com/desinscription?id=rm-5512>",
             "Precedence": "bulk"},
    "text": """LA LETTRE DE RECONVERSION MAG

Rebondir après un refus : nos 5 conseils
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue » : comment
transformer ce message en étape utile de votre reconversion.
https://reconversionmag.example.com/articles/refus?utm_source=lettre

Enseignant·e devenu·e concepteur·rice pédagogique : trois témoignages
https://reconversionmag.example.com/articles/temoignages?utm_source=lettre

Se désinscrire : https://reconversionmag.example.com/desinscription?id=rm-5512
""",
    "html": newsletter([
        ("Rebondir après un refus : nos 5 conseils",
         "&laquo;&nbsp;Nous sommes au regret de vous informer que votre candidature n'a pas été retenue&nbsp;&raquo; : comment transformer ce message en étape utile.",
         "https://reconversionmag.example.com/articles/refus?utm_source=lettre&amp;utm_medium=email"),
        ("Enseignant·e devenu·e concepteur·rice pédagogique",
         "Trois témoignages, de l'entretien d'embauche à la première année.",
         "https://reconversionmag.example.com/articles/temoignages?utm_source=lettre&amp;utm_medium=email"),
    ], title="Reconversion Mag", masthead="Reconversion Mag", accent="#0f766e", lang="fr", cta="Lire",
        intro="Bonjour, voici votre lettre de la semaine.",
        footer="""Reconversion Mag SAS · Nantes. <a href="https://reconversionmag.example.com/desinscription?id=rm-5512" style="color:#999">Se désinscrire</a>""",
        track="https://reconversionmag.example.com/o/rm-5512.gif"),
})

add({
    "name": "fr_amie_entretien", "kind": "other", "company": "", "contact": "camille.roux@example.com", "lang": "fr",
    "frm": ("Camille Roux", "camille.roux@example.com"),
    "subject": "devine quoi",
    "date": "2026-03-21 19:12 +0100", "structure": "plain",
    "text": """Coucou ma belle,

J'ai enfin eu mon entretien chez l'éditeur scolaire à Nantes ! Je crois que ça s'est bien passé,
même si la DRH m'a demandé pourquoi je quittais l'Éducation nationale et que j'ai un peu trop
parlé de mon ancien principal, oups.

Ils doivent me rappeler la semaine prochaine. Et toi, tes candidatures à Lyon ? Tu me racontes ?

Grosses bises,
Camille

Envoyé de mon iPhone
""",
})

add({
    "name": "fr_cabinet_approche", "kind": "other", "company": "", "contact": "m.benali@sillage-rh.example.com", "lang": "fr",
    "frm": ("Mehdi Benali", "m.benali@sillage-rh.example.com"),
    "subject": "Votre profil", "hcharset": "utf-8",
    "date": "2026-08-31 10:25 +0200", "structure": "plain",
    "text": """Bonjour Madame Nakamura-Byrne,

Je me permets de vous contacter après avoir consulté votre profil sur Careerloop. Je suis
consultant au sein du cabinet Sillage RH, spécialisé dans les métiers de la formation et de
l'ingénierie pédagogique.

Je n'ai pas de mission précise à vous proposer aujourd'hui, mais plusieurs de nos clients
recherchent régulièrement des profils bilingues capables de concevoir des parcours en anglais.
Seriez-vous disponible pour un échange téléphonique d'une vingtaine de minutes afin que je
comprenne mieux votre projet ?

Bien à vous,

Mehdi Benali
Consultant – Formation & Pédagogie
Sillage RH · Lille
""",
})

add({
    "name": "fr_colis_retarde", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "frm": ("ColisExpress", "ne-pas-repondre@colisexpress.example.com"),
    "subject": "Votre colis est retardé",
    "date": "2026-01-16 11:08 +0100", "structure": "html",
    "html": ats_card("""<p>Bonjour,</p>
<p>Malheureusement, la livraison de votre colis <b>CX 8841 2207 FR</b> est retardée en raison d'un incident
de transport entre Paris et Dublin.</p>
<p>Nouvelle date de livraison estimée : <b>mardi 20 janvier</b>.</p>
<p><a href="https://colisexpress.example.com/suivi/CX88412207FR?utm_source=retard" style="color:#0369a1">Suivre mon colis</a></p>
<p>Nous vous prions de nous excuser pour ce désagrément.<br>L'équipe ColisExpress</p>""",
        brand="ColisExpress", accent="#0369a1", lang="fr",
        logo="https://colisexpress.example.com/img/logo-mail.png",
        footer="ColisExpress SAS · Roissy-en-France. Merci de ne pas répondre à ce message automatique.",
        track="https://colisexpress.example.com/o/CX88412207FR.gif"),
})

add({
    "name": "fr_own_sent_candidature", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "frm": ME, "to": [("Recrutement Savoirs Partagés", "recrutement@savoirspartages.example.org")],
    "subject": "Candidature – chargée de projets e-learning", "hcharset": "utf-8",
    "date": "2026-05-30 17:42 +0200", "structure": "plain",
    "text": """Madame, Monsieur,

Je me permets de vous adresser ma candidature au poste de chargée de projets e-learning publié
sur votre site.

Enseignante en école primaire en Irlande depuis onze ans, j'ai conçu ces deux dernières années
des modules de formation en ligne pour les enseignants de mon établissement (Rise, Storyline,
H5P). J'ai vécu un an à Lyon pendant mes études et je travaille volontiers en français.

Vous trouverez mon CV et un lien vers mon portfolio ci-dessous. Je serais ravie de vous
présenter mon parcours lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Aoife Nakamura-Byrne
Portfolio : aoifenb.example.ie
""",
})
