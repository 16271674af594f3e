"""Everything else (52): newsletters and job alerts that talk about rejection and interviews,
other meanings of the words (podcast, press and user-research interviews, a position in a queue
or on a map, a delayed parcel, a loan or a flat application), friends' own news, the
candidate's own sent mail, out-of-office replies, cold outreach, account and platform mail."""

from __future__ import annotations

from msgs121_common import ME, gmail_html, quote

MESSAGES: list[dict] = []

# --- English -------------------------------------------------------------------------------

MESSAGES.append({
    "kind": "other", "scenario": "newsletter_rejection_essay", "company": "", "contact": "", "language": "en",
    "sender": ("The Site File", "newsletter@thesitefile.example.com"),
    "subject": "Issue #41: The rejection email that changed my career",
    "date": "2026-02-14 07:00:00 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "The Site File <weekly.thesitefile.example.com>",
             "List-Unsubscribe": "<https://thesitefile.example.com/unsubscribe?e=Y2hpYW1ha2E>, <mailto:unsubscribe@thesitefile.example.com>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "html": """<html><body style="margin:0;background:#fdfbf7;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;font-size:17px;line-height:28px;color:#26231f;">
<tr><td style="padding:30px 20px 10px;text-align:center;"><img src="https://thesitefile.example.com/img/masthead.png" alt="The Site File - a weekly letter for people who run clinical trials" width="420"></td></tr>
<tr><td style="padding:10px 20px;">
<h1 style="font-size:28px;line-height:34px;">The rejection email that changed my career</h1>
<p style="color:#7a746c;font-size:14px;">By Rosalind Achebe-Hart &middot; 7 min read</p>
<p>&ldquo;Unfortunately, we have decided not to proceed with your application.&rdquo; I must have read that sentence forty times in 2019. I was a research nurse trying to move into monitoring, and every CRO seemed to want two years of experience I could only get by being hired.</p>
<p>The fortieth one was different. The hiring manager added a line: <em>&ldquo;You interviewed well but you talked about patients, not data. Come back when you can talk about both.&rdquo;</em> It stung. It was also the most useful thing anyone said to me that year.</p>
<p>This week I asked readers to send me the rejections that taught them something. Here are six of them, from a dental nurse turned CTA to a pharmacist who missed her own interview because of a train strike and still got the job.</p>
<p><a href="https://links.thesitefile.example.com/ls/click?upn=u001.QmVyc2lvbjQx-2FcmVqZWN0aW9u-2Dletters&amp;utm_campaign=41" style="color:#b5462c;">Read the six stories &rarr;</a></p>
<hr style="border:none;border-top:1px solid #e5dfd5;">
<p style="font-size:15px;"><b>Also this week</b><br>
&bull; <a href="https://thesitefile.example.com/p/ich-e6-r3?utm_campaign=41" style="color:#b5462c;">ICH E6(R3) in plain English</a><br>
&bull; <a href="https://thesitefile.example.com/jobs?utm_campaign=41" style="color:#b5462c;">23 new CTA and CRA openings</a> (five are entry level)<br>
&bull; <a href="https://thesitefile.example.com/p/interview-questions?utm_campaign=41" style="color:#b5462c;">The interview question everyone gets wrong</a></p>
</td></tr>
<tr><td style="padding:20px;font-family:Arial,sans-serif;font-size:12px;color:#9a948b;text-align:center;">You&rsquo;re receiving this because you subscribed at thesitefile.example.com.<br>
<a href="https://thesitefile.example.com/unsubscribe?e=Y2hpYW1ha2E" style="color:#9a948b;">Unsubscribe</a> &middot; <a href="https://thesitefile.example.com/preferences?e=Y2hpYW1ha2E" style="color:#9a948b;">Manage preferences</a><br>The Site File, 4 Kingsdown Parade, Bristol BS6 5UD</td></tr>
</table></td></tr></table>
<img src="https://open.thesitefile.example.com/o/41/Y2hpYW1ha2E.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "nhs_job_alert_digest", "company": "", "contact": "", "language": "en",
    "sender": ("HealthJobs Portal", "jobalerts@healthjobs.example.nhs.uk"),
    "subject": "12 new jobs matching 'clinical research' within 25 miles of BS6",
    "date": "2026-04-06 06:30:12 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.healthjobs.example.nhs.uk/alerts/stop?id=558812>", "Precedence": "bulk"},
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#212b32;">
<table width="600" cellpadding="0" cellspacing="0" style="border-top:6px solid #005eb8;">
<tr><td style="padding:16px 0;"><img src="https://www.healthjobs.example.nhs.uk/img/logo.png" alt="HealthJobs Portal" height="32"></td></tr>
<tr><td><p>Hello Chiamaka,</p><p>Here are the latest jobs matching your saved search <b>clinical research</b>.</p></td></tr>
<tr><td style="padding:10px;border:1px solid #d8dde0;">
<a href="https://www.healthjobs.example.nhs.uk/jobs/301-CRP-2511?src=alert" style="font-weight:bold;color:#005eb8;">Clinical Research Practitioner</a><br>Severn Vale University Hospitals NHS Foundation Trust &middot; Band 5 &middot; Bristol<br><span style="color:#4c6272;">Closing 19 April. Interviews expected week of 4 May.</span></td></tr>
<tr><td style="padding:10px;border:1px solid #d8dde0;border-top:none;">
<a href="https://www.healthjobs.example.nhs.uk/jobs/402-RA-0912?src=alert" style="font-weight:bold;color:#005eb8;">Research Assistant &ndash; Community Dental Services</a><br>North Somerset Community Partnership &middot; Band 4 &middot; Weston-super-Mare<br><span style="color:#4c6272;">Closing 14 April.</span></td></tr>
<tr><td style="padding:10px;border:1px solid #d8dde0;border-top:none;">
<a href="https://www.healthjobs.example.nhs.uk/jobs/110-DM-0455?src=alert" style="font-weight:bold;color:#005eb8;">Data Manager, Clinical Trials Unit</a><br>Taff Valley University Health Board &middot; Band 5 &middot; Cardiff<br><span style="color:#4c6272;">Closing 22 April. Welsh desirable.</span></td></tr>
<tr><td style="padding:12px 0;"><a href="https://www.healthjobs.example.nhs.uk/search?q=clinical+research&amp;loc=BS6&amp;src=alert">See all 12 jobs</a></td></tr>
<tr><td style="font-size:12px;color:#4c6272;padding-top:12px;border-top:1px solid #d8dde0;">You are receiving this job alert because you created it in your HealthJobs account. <a href="https://www.healthjobs.example.nhs.uk/alerts/stop?id=558812">Stop this alert</a>. Please do not reply to this email.</td></tr>
</table></body></html>
""",
})

_CAREERCRAFT_TEXT = """CAREERCRAFT WEEKLY

Missed an interview? Here's exactly what to write

It happens to more people than you'd think: a train cancelled, a calendar invite in the wrong time zone, a child off sick. What matters is the next hour.

1. Write before they write to you. A short note within the hour beats a long one tomorrow.
2. Don't over-explain. One sentence on what happened, one taking responsibility.
3. Ask for another slot, and offer two concrete times.

A template you can adapt:

"Dear Dr Patel, I'm so sorry I missed our interview at 10:00 today. [One-line reason.] I remain very interested in the role and would be grateful for the chance to meet. I could do Thursday at 2pm or Friday morning. Kind regards, ..."

Read the full guide, including what to do if they say no:
https://careercraft.example.com/guides/missed-interview?utm_source=weekly&utm_medium=email

Also in this issue:
- Salary negotiation for first-time offers
- Why "we'll keep your CV on file" usually means what you think

You're receiving this because you signed up at careercraft.example.com.
Unsubscribe: https://careercraft.example.com/u/7f21c
CareerCraft Ltd, 20 Victoria Street, Bristol BS1 6PU
"""

MESSAGES.append({
    "kind": "other", "scenario": "careercraft_missed_interview_guide", "company": "", "contact": "", "language": "en",
    "sender": ("CareerCraft", "hello@careercraft.example.com"),
    "subject": "Missed an interview? Here's exactly what to write",
    "date": "2026-03-18 08:15:00 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "CareerCraft Weekly <weekly.careercraft.example.com>",
             "List-Unsubscribe": "<https://careercraft.example.com/u/7f21c>", "Precedence": "bulk"},
    "text": _CAREERCRAFT_TEXT,
    "html": """<html><body style="background:#eef2f7;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:23px;color:#1b2733;">
<tr><td style="background:#1b2733;color:#fff;padding:14px 24px;font-weight:bold;letter-spacing:2px;">CAREERCRAFT WEEKLY</td></tr>
<tr><td style="padding:24px;">
<h2 style="margin-top:0;">Missed an interview? Here&rsquo;s exactly what to write</h2>
<p>It happens to more people than you&rsquo;d think: a train cancelled, a calendar invite in the wrong time zone, a child off sick. What matters is the next hour.</p>
<ol><li>Write before they write to you.</li><li>Don&rsquo;t over-explain.</li><li>Ask for another slot, and offer two concrete times.</li></ol>
<blockquote style="border-left:4px solid #3d8bfd;margin:0;padding:8px 14px;background:#f3f7ff;">&ldquo;Dear Dr Patel, I&rsquo;m so sorry I missed our interview at 10:00 today. [One-line reason.] I remain very interested in the role and would be grateful for the chance to meet. I could do Thursday at 2pm or Friday morning.&rdquo;</blockquote>
<p><a href="https://careercraft.example.com/guides/missed-interview?utm_source=weekly&amp;utm_medium=email" style="color:#3d8bfd;">Read the full guide</a></p>
<p><b>Also in this issue:</b> <a href="https://careercraft.example.com/guides/first-offer?utm_source=weekly">Salary negotiation for first-time offers</a> &middot; <a href="https://careercraft.example.com/guides/cv-on-file?utm_source=weekly">Why &ldquo;we&rsquo;ll keep your CV on file&rdquo; usually means what you think</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8a96a3;">CareerCraft Ltd, 20 Victoria Street, Bristol BS1 6PU &middot; <a href="https://careercraft.example.com/u/7f21c" style="color:#8a96a3;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://careercraft.example.com/px/7f21c.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "podcast_interview_request", "company": "", "contact": "kofi@dentaldiaries.example.com", "language": "en",
    "sender": ("Kofi Mensah", "kofi@dentaldiaries.example.com"),
    "subject": "Would you come on The Dental Diaries?",
    "date": "2026-05-27 20:31:44 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Chiamaka,

I host The Dental Diaries, a podcast about careers in dentistry beyond the chair (about 6,000 listeners, mostly nurses and hygienists). A mutual friend, Amara Quist, mentioned that you're moving from dental nursing into clinical research, and I think your story would really speak to our audience.

Would you be up for a 40-minute interview? It's very relaxed: we record over Riverside, I send you the questions a week before, and you get to hear the edit before it goes out. We're booking guests for July.

No pressure at all - if you'd rather wait until you've landed your new role, that's completely fine too.

Cheers,
Kofi

Kofi Mensah
Host, The Dental Diaries
dentaldiaries.example.com | @dentaldiariespod
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "press_interview_request", "company": "", "contact": "harriet.doyle@bristolherald.example.co.uk", "language": "en",
    "sender": ("Harriet Doyle", "harriet.doyle@bristolherald.example.co.uk"),
    "subject": "Interview request - NHS dentistry feature",
    "date": "2026-06-04 11:58:20 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Dear Chiamaka,

I'm a health reporter at the Bristol Herald, and I'm putting together a feature on why so many dental nurses are leaving NHS practice. I came across your comments in the BADN forum thread about workloads, and I wondered whether you'd be willing to be interviewed for the piece.

It would be a 20–30 minute phone conversation at a time that suits you. You could be named or anonymous, whichever you prefer, and I'd read your quotes back to you before publication.

My deadline is Friday 19 June. My direct line is 0117 496 0655.

Best wishes,

Harriet Doyle
Health Reporter
Bristol Herald
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "user_research_interview_voucher", "company": "", "contact": "lena.k@jobhive.example.com", "language": "en",
    "sender": ("Lena Kowalczyk", "lena.k@jobhive.example.com"),
    "subject": "Quick favour? 30-minute research interview (£40 voucher)",
    "date": "2026-04-21 15:10:09 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

I'm a user researcher at JobHive. You recently used our new "one-click apply" feature, and we'd love to hear how it went - the good and the annoying.

Would you have 30 minutes for a research interview on video next week? There are no right or wrong answers, we just want to watch how you search and apply. As a thank you, we'll send you a £40 shopping voucher.

If you're up for it, just reply to this email with a couple of times that suit, or grab a slot here: https://research.jobhive.example.com/book/lena?src=email

Thanks so much,
Lena

Lena Kowalczyk
Senior User Researcher, JobHive
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#2d2d2d;">
<p>Hi Chiamaka,</p>
<p>I&#39;m a user researcher at JobHive. You recently used our new &ldquo;one-click apply&rdquo; feature, and we&#39;d love to hear how it went &ndash; the good and the annoying.</p>
<p>Would you have 30 minutes for a research interview on video next week? There are no right or wrong answers, we just want to watch how you search and apply. As a thank you, we&#39;ll send you a <b>&pound;40 shopping voucher</b>.</p>
<p>If you&#39;re up for it, just reply to this email with a couple of times that suit, or <a href="https://research.jobhive.example.com/book/lena?src=email">grab a slot here</a>.</p>
<p>Thanks so much,<br>Lena</p>
<p style="color:#777;font-size:12px;">Lena Kowalczyk<br>Senior User Researcher, JobHive</p>
</div>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "gps_position_shared", "company": "", "contact": "", "language": "en",
    "sender": ("RouteMate", "no-reply@routemate.example.com"),
    "subject": "Your position is being shared with Dami",
    "date": "2026-05-16 18:42:31 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124;">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;border-radius:8px;">
<tr><td style="padding:18px 22px;"><img src="https://static.routemate.example.com/mail/logo.png" alt="RouteMate" height="24"></td></tr>
<tr><td style="padding:0 22px 18px;">
<p style="font-size:18px;">You&rsquo;re sharing your live position</p>
<p>Dami Ross-Bellamy can now see your position in real time until <b>21:42</b> (3 hours).</p>
<p>Your position is updated every 30 seconds while RouteMate is open, and every few minutes in the background.</p>
<p><a href="https://app.routemate.example.com/sharing/stop?s=44ab" style="background:#1a73e8;color:#fff;padding:9px 16px;border-radius:4px;text-decoration:none;">Stop sharing</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#80868b;border-top:1px solid #eee;">You received this email because location-sharing notifications are on. <a href="https://app.routemate.example.com/settings/notifications" style="color:#80868b;">Notification settings</a></td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "support_queue_position", "company": "", "contact": "", "language": "en",
    "sender": ("BrightFibre Support", "support-noreply@brightfibre.example.co.uk"),
    "subject": "Your position in the queue: 7",
    "date": "2026-01-26 19:05:14 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Hi Chiamaka,

Thanks for contacting BrightFibre. You're in the queue for a live chat with our broadband team.

Your position in the queue: 7
Estimated wait: 18 minutes

Keep the chat window open and we'll be with you as soon as possible. If you close it, you'll lose your place and we'll reply to your case (ref BF-2291045) by email within two working days instead.

Tip: many connection problems are fixed by restarting your router. Find out how at brightfibre.example.co.uk/help/restart

BrightFibre Customer Support
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "parcel_unfortunately_delayed", "company": "", "contact": "", "language": "en",
    "sender": ("ParcelPath", "tracking@parcelpath.example.co.uk"),
    "subject": "Unfortunately your parcel is delayed",
    "date": "2026-08-27 07:12:55 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Unfortunately your parcel from Scrubs & Co is delayed.

Tracking number: PP 4471 2209 87GB
Original delivery date: Wednesday 26 August
New estimated delivery: Friday 28 August, 8am – 6pm

This is due to high volumes at our Avonmouth depot. We're sorry for the inconvenience. You don't need to do anything; we'll let you know when your driver is on the way.

Track or change your delivery: https://track.parcelpath.example.co.uk/PP4471220987GB

ParcelPath
Please don't reply to this email - this inbox isn't monitored.
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "bank_loan_application_received", "company": "", "contact": "", "language": "en",
    "sender": ("Avon Mutual", "noreply@avonmutual.example.co.uk"),
    "subject": "We've received your loan application",
    "date": "2026-07-22 13:41:07 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Ms Ross-Bellamy,

Thank you for applying for an Avon Mutual personal loan.

Application reference: PL-88120437
Amount requested: £4,500 over 36 months
Purpose: relocation costs

We've received your application and we're now reviewing it. Most decisions are made within one working day; we'll email you as soon as we have an answer. We may ask you to upload recent payslips or bank statements.

Please don't reply to this email. You can check the progress of your application by logging in to online banking.

Avon Mutual Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (FRN 100231).
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e2b3a;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#12395b;padding:16px 22px;"><img src="https://www.avonmutual.example.co.uk/email/logo-white.png" alt="Avon Mutual" height="30"></td></tr>
<tr><td style="padding:22px;">
<p>Dear Ms Ross-Bellamy,</p>
<p>Thank you for applying for an Avon Mutual personal loan.</p>
<table cellpadding="6" style="background:#f2f6fa;font-size:14px;"><tr><td>Application reference</td><td><b>PL-88120437</b></td></tr><tr><td>Amount requested</td><td>&pound;4,500 over 36 months</td></tr><tr><td>Purpose</td><td>Relocation costs</td></tr></table>
<p>We&rsquo;ve received your application and we&rsquo;re now reviewing it. Most decisions are made within one working day; we&rsquo;ll email you as soon as we have an answer.</p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:10px;color:#6b7785;">Please don&rsquo;t reply to this email. Avon Mutual Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (FRN 100231).</td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "bank_loan_declined", "company": "", "contact": "", "language": "en",
    "sender": ("Avon Mutual Lending", "lending@avonmutual.example.co.uk"),
    "subject": "Your loan application - our decision",
    "date": "2026-07-23 10:02:40 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Ms Ross-Bellamy,

Application reference: PL-88120437

Thank you for your recent application for a personal loan. We've carefully considered it and, unfortunately, we're unable to approve it at this time.

Our decision was based on information from your application and from a credit reference agency. You have the right to ask which agency we used and to request a copy of your credit file from them.

This decision doesn't affect any other accounts you hold with us. You're welcome to apply again in six months.

Yours sincerely,

Personal Lending Team
Avon Mutual Building Society
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "flat_application_refused", "company": "", "contact": "lettings@harbourside-lettings.example.co.uk", "language": "en",
    "sender": ("Harbourside Lettings", "lettings@harbourside-lettings.example.co.uk"),
    "subject": "Flat 3, 27 Cotham Hill - your application",
    "date": "2026-05-29 16:48:13 +0100", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Hi Chiamaka,

Thanks for your application for Flat 3, 27 Cotham Hill and for coming to the viewing on Tuesday.

Unfortunately the landlord has decided to go ahead with another applicant, who was able to move in on 1 June. Your holding deposit hasn't been taken, so there's nothing to refund.

We have a similar one-bed coming up on Zetland Road from mid-July (£1,150 pcm) – let me know if you'd like to view it and I'll book you in.

Kind regards,

Tom Price
Lettings Negotiator
Harbourside Lettings · 8 Gloucester Road, Bristol BS7 8AE
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "friend_own_rejection", "company": "", "contact": "tolu.adeyemi@example.com", "language": "en",
    "sender": ("Tolu Adeyemi", "tolu.adeyemi@example.com"),
    "subject": "ugh",
    "date": "2026-03-12 21:44:08 +0000", "structure": "alt", "charset": "utf-8", "cte": "8bit",
    "text": """Babe I got the rejection from Meridian today 🙃 "we have decided to move forward with other candidates whose experience more closely matches..." after THREE rounds. I even did the stupid case study.

Anyway. I'm fine. Mostly. Drinks Friday? You can tell me about your interviews and I'll pretend to be happy for you 😂

T x
""",
    "html": gmail_html("""Babe I got the rejection from Meridian today 🙃 "we have decided to move forward with other candidates whose experience more closely matches..." after THREE rounds. I even did the stupid case study.

Anyway. I'm fine. Mostly. Drinks Friday? You can tell me about your interviews and I'll pretend to be happy for you 😂

T x"""),
})

MESSAGES.append({
    "kind": "other", "scenario": "friend_own_interview_tomorrow", "company": "", "contact": "meg.hollis@example.net", "language": "en",
    "sender": ("Megan Hollis", "meg.hollis@example.net"),
    "subject": "Interview tomorrow!!!",
    "date": "2026-04-27 22:16:31 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Chi!!

I've got my interview for the hygiene therapist job at the dental hospital tomorrow at 9 and I'm bricking it. You've done loads of these now and you always seem to have recieved the questions beforehand - what did they ask you about clinical governance?? And do I take a copy of my CV or is that weird?

Also what do I wear, is the navy suit too much

Love you, will buy you a coffee after whatever happens

Meg xx

Sent from my iPhone
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "own_sent_follow_up", "company": "", "contact": "", "language": "en",
    "sender": ME, "to": ("Octavo Research Group Recruitment", "recruitment@octavo-research.example.co.uk"),
    "subject": "Following up on my application - Clinical Trial Assistant, Phase I Unit",
    "date": "2026-04-20 09:12:41 +0100", "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Dear Recruitment Team,

I applied for the Clinical Trial Assistant position in your Phase I Unit on 2 April through JobHive, and I wanted to follow up to confirm that my application has been received and to ask whether there is a timeline for interviews.

I remain very interested in the role. My six years as a dental nurse have given me a lot of experience with consent, patient safety and careful record keeping, and I completed the NIHR Good Clinical Practice course in January.

Thank you for your time.

Kind regards,
Chiamaka Ross-Bellamy
07700 900412
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "own_sent_thank_you_after_interview", "company": "", "contact": "", "language": "en",
    "sender": ME, "to": ("Priya Raman", "priya.raman@meridiancr.example.com"),
    "subject": "Thank you - CRA I interview",
    "date": "2026-02-12 17:20:03 +0000", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Priya,

Thank you for this morning's interview, and please pass my thanks on to Daniel and Farah. I really enjoyed the case exercise – it was a good taste of what a site visit report involves, and it made me even keener on the role.

I forgot to mention one thing when you asked about deadlines: I co-ordinated our practice's CQC inspection file last year, which meant chasing documents from eleven staff against a fixed date. I think that's close to what essential-document collection at site initiation would feel like.

I look forward to hearing from you.

Best wishes,
Chiamaka
""",
})

_BAYFIELD_OFFER = """CHIAMAKA!!!

Bayfield Biologics have just called - they want to offer you the Clinical Trial Assistant job!!! Lucy said you were the stand-out candidate at second stage.

£29,800 base + up to 8% bonus
Start date: they'd love 1 June but are flexible

Jess x"""

MESSAGES.append({
    "kind": "other", "scenario": "own_sent_declines_offer", "company": "", "contact": "", "language": "en",
    "sender": ME, "to": ("Jess Whitlock", "jess.whitlock@clinicaltalentpartners.example.co.uk"),
    "subject": "Re: OFFER!!!!",
    "date": "2026-05-11 08:05:19 +0100", "in_reply_to": "<PA4P190MB1206C7E1@PA4P190MB1206.EURP190.PROD.OUTLOOK.example.co.uk>",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Jess,

Thank you so much for everything you've done on this, and please thank Lucy for me too. I've thought about it all weekend and I'm going to turn down the Bayfield offer: I accepted the NHS post at Severn Vale last month, and my checks have now come through, so I start in three weeks. I didn't think the Bayfield process would move so quickly and I should have told you sooner.

I'm really sorry to let you down after you pushed so hard for me. I'd love to stay in touch for the future.

Chiamaka

On Fri, 8 May 2026 at 16:02, Jess Whitlock <jess.whitlock@clinicaltalentpartners.example.co.uk> wrote:
""" + quote(_BAYFIELD_OFFER) + "\n",
})

MESSAGES.append({
    "kind": "other", "scenario": "out_of_office_agency", "company": "", "contact": "marcus.oyelaran@helixsearch.example.co.uk", "language": "en",
    "sender": ("Marcus Oyelaran", "marcus.oyelaran@helixsearch.example.co.uk"),
    "subject": "Automatic reply: CRA II - Oxford",
    "date": "2026-04-07 10:31:02 +0100", "in_reply_to": "<CAO5mM3rNq2k@mail.example.co.uk>",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Thank you for your email. I'm out of the office until Monday 13 April with limited access to email.

For anything urgent, please contact my colleague Shanice Obi on 01865 496 120 or shanice.obi@helixsearch.example.co.uk.

Marcus Oyelaran | Principal Consultant | Helix Search
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "out_of_office_irish", "company": "", "contact": "orla.brennan@claritastrials.example.ie", "language": "en",
    "sender": ("Orla Brennan", "orla.brennan@claritastrials.example.ie"),
    "subject": "Out of Office: Re: Clinical Research Coordinator (Req 2026-1187)",
    "date": "2026-06-12 14:02:11 +0100", "in_reply_to": "<CAR2t+Wm1Pq5@mail.example.co.uk>",
    "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dia dhuit,

Táim as an oifig go dtí an 22 Meitheamh. / I am out of the office until Monday 22 June and will reply to your email on my return.

For urgent recruitment queries please contact talent@claritastrials.example.ie.

Go raibh maith agat,
Orla Brennan
Talent Acquisition Specialist, Claritas Trials Europe
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "recruiter_cold_outreach", "company": "", "contact": "daniel.feld@pinnaclelifesci.example.co.uk", "language": "en",
    "sender": ("Daniel Feld", "daniel.feld@pinnaclelifesci.example.co.uk"),
    "subject": "Clinical research opportunities - open to a chat?",
    "date": "2026-01-30 12:48:27 +0000", "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Chiamaka,

I came across your profile on Networky and noticed you're looking to move from dental nursing into clinical research. I specialise in CTA and junior CRA roles across the South West and Wales, and I work with several sponsors and CROs who are open to people from clinical backgrounds.

I don't have a specific role to put you forward for right now, but I'd be happy to have a 15-minute chat to understand what you're looking for so I can keep an eye out. Would that be useful?

Best,
Daniel

Daniel Feld
Consultant, Clinical Operations
Pinnacle Life Sciences Recruitment
07700 900218
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "agency_locum_blast", "company": "", "contact": "", "language": "en",
    "sender": ("Dental Staff Direct!", "noreply@mailer.dentalstaffdirect.example.co.uk"),
    "subject": "LOCUM SHIFTS THIS WEEK!!! Up to £19/hr in Bristol & Bath",
    "date": "2026-06-22 07:45:00 +0100", "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://dentalstaffdirect.example.co.uk/unsubscribe?c=locum26&u=chrb>",
             "Precedence": "bulk", "X-Mailer": "Mailjet"},
    "html": """<html><body style="margin:0;background:#ffeef6;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Verdana,Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="background:#e6007e;padding:16px;text-align:center;"><img src="https://dentalstaffdirect.example.co.uk/img/dsd-logo-white.png" alt="DENTAL STAFF DIRECT!" width="220"></td></tr>
<tr><td style="padding:20px;">
<h1 style="color:#e6007e;font-size:24px;">LOCUM SHIFTS THIS WEEK!!!</h1>
<p>Hi Chiamaka!! We&#146;ve got LOADS of shifts going in Bristol &amp; Bath &ndash; grab them before they&#146;re gone!!</p>
<ul>
<li><b>Mon&ndash;Wed</b> &ndash; Private practice, Clifton &ndash; &pound;18/hr</li>
<li><b>Thursday</b> &ndash; Orthodontic clinic, Keynsham &ndash; &pound;17.50/hr</li>
<li><b>Saturday</b> &ndash; Emergency clinic, Bath &ndash; &pound;19/hr!!</li>
</ul>
<p style="text-align:center;"><a href="https://dentalstaffdirect.example.co.uk/shifts?utm_source=mailjet&amp;utm_campaign=locum26" style="background:#e6007e;color:#fff;padding:12px 24px;text-decoration:none;border-radius:24px;font-weight:bold;">BOOK A SHIFT NOW</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#999;background:#fafafa;">Dental Staff Direct Ltd, Unit 7, Temple Gate, Bristol BS1 6PL. Registered in England No. 11209345.<br><a href="https://dentalstaffdirect.example.co.uk/unsubscribe?c=locum26&amp;u=chrb" style="color:#999;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://mj.dentalstaffdirect.example.co.uk/oo/chrb.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "workday_verify_account", "company": "", "contact": "", "language": "en",
    "sender": ("Halden Pharmaceuticals", "halden@myworkday.com"),
    "subject": "Verify your email address to finish creating your candidate account",
    "date": "2026-01-12 20:31:09 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;padding:0;background-color:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333;">
<tr><td style="padding:28px 32px;">
<p>Hello,</p>
<p>Please verify your email address to activate your candidate account with Halden Pharmaceuticals.</p>
<p><a href="https://halden.wd3.myworkday.com/halden/login.htmld?verify=d1f0b7e2a9" style="background:#0b5d7a;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px;display:inline-block;">Verify account</a></p>
<p>This link expires in 24 hours. If you did not create an account, you can ignore this message.</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#eeeeee;font-size:11px;color:#777777;">This message was sent from an unmonitored mailbox.</td></tr>
</table></td></tr></table>
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "platform_profile_views", "company": "", "contact": "", "language": "en",
    "sender": ("JobHive", "insights@mail.jobhive.example.com"),
    "subject": "3 recruiters viewed your profile this week",
    "date": "2026-05-04 08:00:37 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": {"List-Unsubscribe": "<https://www.jobhive.example.com/unsubscribe?type=insights&u=9a8f>", "Precedence": "bulk"},
    "html": """<html><body style="margin:0;background:#fff;">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d;">
<tr><td style="padding:18px 20px;border-bottom:1px solid #eee;"><img src="https://cdn.jobhive.example.com/email/jobhive-logo.png" alt="JobHive" height="28"></td></tr>
<tr><td style="padding:22px 20px;">
<p style="font-size:20px;font-weight:bold;">Your profile is getting noticed, Chiamaka</p>
<p><b>3 recruiters</b> viewed your profile this week, and you appeared in <b>41 searches</b>.</p>
<p>Profiles with an up-to-date headline get up to 2x more messages. Yours says &ldquo;Dental Nurse&rdquo; &ndash; why not add &ldquo;Aspiring Clinical Research Coordinator&rdquo;?</p>
<p><a href="https://www.jobhive.example.com/profile/edit?utm_campaign=insights" style="background:#ff9a00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Update my profile</a></p>
</td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#999;border-top:1px solid #eee;"><a href="https://www.jobhive.example.com/unsubscribe?type=insights&amp;u=9a8f" style="color:#999;">Unsubscribe from weekly insights</a> &middot; JobHive Ltd</td></tr>
</table>
<img src="https://t.jobhive.example.com/o/ins9a8f.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "webinar_interview_skills", "company": "", "contact": "", "language": "en",
    "sender": ("Clinical Research Network West", "events@crnwest.example.nhs.uk"),
    "subject": "Register now: Interview skills for research delivery roles (webinar, 22 April)",
    "date": "2026-04-08 12:00:00 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "CRN West events <events.crnwest.example.nhs.uk>",
             "List-Unsubscribe": "<mailto:events-leave@crnwest.example.nhs.uk>", "Precedence": "list"},
    "text": """CLINICAL RESEARCH NETWORK WEST - EVENTS BULLETIN

Webinar: Interview skills for research delivery roles
Wednesday 22 April, 12:30-13:30, on Teams. Free.

Thinking of applying for a research nurse, practitioner or trial assistant post? Our recruitment leads will walk you through how research delivery interviews work in the NHS, what panels look for in a presentation, and how to talk about GCP if you're new to research. There will be time for questions.

Register: https://crnwest.example.nhs.uk/events/interview-skills-apr26

Also coming up:
- 6 May: Introduction to Good Clinical Practice (half-day, Bristol)
- 20 May: Research delivery careers fair (Cardiff)

You are receiving this because you joined the CRN West events mailing list. To leave the list, email events-leave@crnwest.example.nhs.uk.
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#231f20;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#193e72;color:#fff;padding:14px 20px;font-weight:bold;">CLINICAL RESEARCH NETWORK WEST &ndash; EVENTS BULLETIN</td></tr>
<tr><td style="padding:20px;">
<h2 style="color:#193e72;">Webinar: Interview skills for research delivery roles</h2>
<p><b>Wednesday 22 April, 12:30&ndash;13:30, on Teams. Free.</b></p>
<p>Thinking of applying for a research nurse, practitioner or trial assistant post? Our recruitment leads will walk you through how research delivery interviews work in the NHS, what panels look for in a presentation, and how to talk about GCP if you&rsquo;re new to research.</p>
<p><a href="https://crnwest.example.nhs.uk/events/interview-skills-apr26" style="background:#193e72;color:#fff;padding:9px 16px;text-decoration:none;">Register</a></p>
<p><b>Also coming up:</b><br>6 May: Introduction to Good Clinical Practice (Bristol)<br>20 May: Research delivery careers fair (Cardiff)</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#666;">To leave the list, email <a href="mailto:events-leave@crnwest.example.nhs.uk">events-leave@crnwest.example.nhs.uk</a>.</td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "registration_cpd_reminder", "company": "", "contact": "", "language": "en",
    "sender": ("Oral Health Registration Council", "cpd-notifications@ohrc.example.org.uk"),
    "subject": "Your CPD cycle ends in 60 days",
    "date": "2026-05-31 09:00:00 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Ms Ross-Bellamy

Registration number: 228841
Register: Dental Nurses

Your current five-year CPD cycle ends on 31 July 2026. Our records show 38 of the required 50 verifiable CPD hours logged so far.

Please log any remaining hours and make your end-of-cycle statement in your online account before the deadline. If you do not make a statement, you may be removed from the register.

If you are leaving clinical practice, you can find information about voluntary removal on our website.

Registration Team
Oral Health Registration Council

This is an automated notification. Please do not reply.
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "candidate_experience_survey", "company": "", "contact": "", "language": "en",
    "sender": ("Halden Pharmaceuticals via CandidatePulse", "survey@candidatepulse.example.com"),
    "subject": "How did we do? 2 minutes on your experience applying to Halden",
    "date": "2026-02-04 10:30:00 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

You recently applied for a role at Halden Pharmaceuticals. Whatever the outcome, we'd like to learn from your experience of our recruitment process.

How likely are you to recommend applying to Halden Pharmaceuticals to a friend? (0-10)
https://candidatepulse.example.com/s/halden/9f2e?score=

The survey takes about two minutes and your answers are anonymous to the hiring team.

Thank you,
CandidatePulse on behalf of Halden Pharmaceuticals

Unsubscribe from surveys: https://candidatepulse.example.com/optout/9f2e
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;">
<p>Hi Chiamaka,</p>
<p>You recently applied for a role at Halden Pharmaceuticals. Whatever the outcome, we&rsquo;d like to learn from your experience of our recruitment process.</p>
<p><b>How likely are you to recommend applying to Halden Pharmaceuticals to a friend?</b></p>
<table cellpadding="0" cellspacing="4"><tr>
<td><a href="https://candidatepulse.example.com/s/halden/9f2e?score=0" style="display:block;width:28px;text-align:center;border:1px solid #ccc;padding:6px 0;text-decoration:none;color:#333;">0</a></td>
<td><a href="https://candidatepulse.example.com/s/halden/9f2e?score=5" style="display:block;width:28px;text-align:center;border:1px solid #ccc;padding:6px 0;text-decoration:none;color:#333;">5</a></td>
<td><a href="https://candidatepulse.example.com/s/halden/9f2e?score=10" style="display:block;width:28px;text-align:center;border:1px solid #ccc;padding:6px 0;text-decoration:none;color:#333;">10</a></td>
</tr></table>
<p style="font-size:12px;color:#888;">The survey takes about two minutes and your answers are anonymous to the hiring team. <a href="https://candidatepulse.example.com/optout/9f2e" style="color:#888;">Unsubscribe from surveys</a></p>
</td></tr></table>
<img src="https://candidatepulse.example.com/o/9f2e.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "bounce_wrong_careers_address", "company": "", "contact": "", "language": "en",
    "sender": ("Mail Delivery Subsystem", "mailer-daemon@mail.example.co.uk"),
    "subject": "Undelivered Mail Returned to Sender",
    "date": "2026-02-10 18:22:47 +0000", "structure": "mixed", "charset": "us-ascii", "cte": "7bit",
    "headers": {"Auto-Submitted": "auto-replied"},
    "text": """This is the mail system at host mail.example.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<careers@kestrelclinical.example.co.uk>: host mx1.kestrelclinical.example.co.uk[192.0.2.44]
    said: 550 5.1.1 <careers@kestrelclinical.example.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
    "returned": {"From": "Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>",
              "To": "careers@kestrelclinical.example.co.uk",
              "Subject": "Application - Clinical Trial Assistant (Birmingham)",
              "Date": "Tue, 10 Feb 2026 18:22:39 +0000",
              "Message-ID": "<CAH2v+Lm0Tq8@mail.example.co.uk>",
              "text": """Dear Hiring Team,

Please find attached my CV and covering letter for the Clinical Trial Assistant role in Birmingham, as advertised on your website.

Kind regards,
Chiamaka Ross-Bellamy
07700 900412
"""},
})

MESSAGES.append({
    "kind": "other", "scenario": "colleague_asks_for_reference", "company": "", "contact": "janine.cole@example.com", "language": "en",
    "sender": ("Janine Cole", "janine.cole@example.com"),
    "subject": "Big favour - could you be my referee?",
    "date": "2026-06-25 20:03:55 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Chiamaka,

Hope the new job is treating you well! I miss our Friday lunches at the practice.

I've been shortlisted for a senior dental nurse post at the community dental service in Weston – interview is on 8 July – and they've asked for two referees. Would you be willing to be one of them? You supervised me for nearly two years, so I think you'd be perfect. They'd just send you a short form by email.

Totally understand if you're too busy, just let me know either way.

Thanks a million,
Janine
07700 900554
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "portal_draft_application_reminder", "company": "", "contact": "", "language": "en",
    "sender": ("HealthJobs Portal", "no-reply@healthjobs.example.nhs.uk"),
    "subject": "Reminder: you have an application in progress - closing date tomorrow",
    "date": "2026-03-07 09:00:01 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Chiamaka Ross-Bellamy

You have started an application that has not been submitted.

Job reference: 402-RA-0877
Job title: Research Assistant - Community Dental Services
Closing date: 8 March 2026 at 23:59

Applications cannot be submitted after the closing date. Sign in to your HealthJobs account to complete and submit your application.

This is an automated email. Please do not reply.

HealthJobs Portal
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "careers_fair_tickets", "company": "", "contact": "", "language": "en",
    "sender": ("Ticketfolk", "tickets@ticketfolk.example.com"),
    "subject": "Your tickets: Clinical Research Careers Fair - Birmingham",
    "date": "2026-03-26 13:15:20 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1e0a3c;background:#f8f7fa;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:20px 24px;"><img src="https://cdn.ticketfolk.example.com/email/logo.png" alt="Ticketfolk" height="24"></td></tr>
<tr><td style="padding:0 24px 20px;">
<p style="font-size:22px;font-weight:bold;">You&rsquo;re going to Clinical Research Careers Fair &ndash; Birmingham!</p>
<p>Order #TF-20931877 &middot; 1 x General admission (free)</p>
<p><b>Saturday 25 April 2026, 10:00 &ndash; 16:00</b><br>The ICC, Broad Street, Birmingham B1 2EA</p>
<p>Meet more than 40 sponsors, CROs and NHS research teams, with CV clinics and mock interviews all day.</p>
<p><a href="https://www.ticketfolk.example.com/orders/TF-20931877/tickets.pdf" style="background:#d1410c;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Download tickets</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#6f7287;border-top:1px solid #eee;">This email was sent by Ticketfolk on behalf of the organiser. <a href="https://www.ticketfolk.example.com/help" style="color:#6f7287;">Help centre</a></td></tr>
</table></td></tr></table>
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "irish_recruiter_general_outreach", "company": "", "contact": "conor@emeraldlsr.example.ie", "language": "en",
    "sender": ("Conor Gallagher", "conor@emeraldlsr.example.ie"),
    "subject": "Dublin roles - any interest?",
    "date": "2026-08-18 11:47:14 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Hope you don't mind me reaching out. I saw on Networky that you've been looking at clinical research roles in Dublin.

I recruit for CRAs, CTAs and site coordinators across Leinster for a handful of CROs and the big hospital research units. Nothing live that I'd put you forward for today, but the market picks up every September and it helps me a lot to know people before the roles land.

If you fancy a quick call - ten minutes, no hard sell - reply with a time that suits. Grand if not!

Conor Gallagher
Emerald Life Science Recruitment
Grand Canal Dock, Dublin 2 | +353 1 555 0177
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "network_message_notification", "company": "", "contact": "", "language": "en",
    "sender": ("Networky", "messages-noreply@networky.example.com"),
    "subject": "Daniel Feld sent you a message",
    "date": "2026-03-28 10:04:40 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;font-size:14px;color:#191919;background:#f3f2ef;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:16px 20px;"><img src="https://static.networky.example.com/mail/logo.png" alt="Networky" height="22"></td></tr>
<tr><td style="padding:0 20px 16px;">
<p><b>Daniel Feld</b> &middot; Consultant, Clinical Operations at Pinnacle Life Sciences Recruitment</p>
<p style="background:#f3f6f8;padding:12px;border-radius:6px;">&ldquo;Hi Chiamaka &ndash; heard through the grapevine you had a good interview at Bright Arc, congrats! If anything changes and you want to chat about CRO roles, I&rsquo;m here&hellip;&rdquo;</p>
<p><a href="https://www.networky.example.com/messaging/thread/2-ZmIx?trk=email_msg" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">Reply</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#666;">This email was intended for Chiamaka Ross-Bellamy. <a href="https://www.networky.example.com/settings/email?trk=email_msg" style="color:#666;">Unsubscribe</a> &middot; Networky Ireland Unlimited Company, Dublin 2</td></tr>
</table></td></tr></table>
<img src="https://www.networky.example.com/emimp/ZmIx.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "mentor_following_up", "company": "", "contact": "ruth.adebayo@example.org.uk", "language": "en",
    "sender": ("Ruth Adebayo", "ruth.adebayo@example.org.uk"),
    "subject": "Following up",
    "date": "2026-03-29 19:26:48 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Chiamaka,

I've been thinking of you since our coffee. How did Friday's interview at Severn Vale go? I'm sure you were better than you think.

A word of advice from an old hand: if they make you an offer, don't accept on the spot. Thank them warmly, ask for it in writing, and take a day. NHS bands look fixed, but the starting point within the band isn't always, and your years in practice count for something.

And if it doesn't come off, that's their loss, and we'll look at the next one together.

With love,
Ruth

Dr Ruth Adebayo BDS
(retired, and enjoying it)
""",
})

# --- French --------------------------------------------------------------------------------

MESSAGES.append({
    "kind": "other", "scenario": "fr_newsletter_refus_rebondir", "company": "", "contact": "", "language": "fr",
    "sender": ("Le Mag de l'ARC", "newsletter@mag-arc.example.fr"),
    "subject": "Refus de candidature : comment rebondir ? | Le Mag de l'ARC n°58",
    "date": "2026-05-12 07:30:00 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "Le Mag de l'ARC <lettre.mag-arc.example.fr>",
             "List-Unsubscribe": "<https://www.mag-arc.example.fr/desinscription?id=ZmMx>", "Precedence": "bulk"},
    "text": """LE MAG DE L'ARC - n°58

Refus de candidature : comment rebondir ?

« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Qui n'a jamais reçu ce message ? Pour les profils en reconversion, infirmières, pharmaciens ou assistants dentaires, il tombe parfois des dizaines de fois avant le premier poste de TEC.

Trois conseils de recruteurs :
1. Demandez un retour, poliment, par téléphone plutôt que par mail.
2. Visez les postes de TEC en CHU : les promoteurs académiques forment davantage.
3. Préparez l'entretien comme une visite de monitoring : documents, questions, suivi.

Lire l'article : https://www.mag-arc.example.fr/articles/refus-rebondir?utm_source=lettre58

Aussi dans ce numéro : le nouveau règlement européen sur les essais cliniques, un an après ; 14 offres de TEC et d'ARC en Île-de-France.

Vous recevez cette lettre car vous y êtes abonné(e). Se désinscrire : https://www.mag-arc.example.fr/desinscription?id=ZmMx
""",
    "html": """<html><body style="background:#f4f1ec;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;font-size:16px;line-height:25px;color:#2b2b2b;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #8c1c3a;"><img src="https://www.mag-arc.example.fr/img/logo-mag.png" alt="Le Mag de l'ARC" width="180"></td></tr>
<tr><td style="padding:22px 24px;">
<h1 style="font-size:24px;">Refus de candidature : comment rebondir ?</h1>
<p>« Nous avons le regret de vous informer que votre candidature n&#39;a pas été retenue. » Qui n&#39;a jamais reçu ce message ? Pour les profils en reconversion, il tombe parfois des dizaines de fois avant le premier poste de TEC.</p>
<ol><li>Demandez un retour, poliment, par téléphone.</li><li>Visez les postes de TEC en CHU.</li><li>Préparez l&#39;entretien comme une visite de monitoring.</li></ol>
<p><a href="https://www.mag-arc.example.fr/articles/refus-rebondir?utm_source=lettre58" style="color:#8c1c3a;">Lire l&#39;article</a></p>
<p style="font-size:14px;">Aussi : <a href="https://www.mag-arc.example.fr/articles/reglement-536?utm_source=lettre58">le règlement européen, un an après</a> &middot; <a href="https://www.mag-arc.example.fr/offres?utm_source=lettre58">14 offres en Île-de-France</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-family:Arial,sans-serif;font-size:11px;color:#999;"><a href="https://www.mag-arc.example.fr/desinscription?id=ZmMx" style="color:#999;">Se désinscrire</a> · Le Mag de l&#39;ARC, 3 rue Dante, 75005 Paris</td></tr>
</table></td></tr></table>
<img src="https://stats.mag-arc.example.fr/o/ZmMx58.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "fr_alerte_offres", "company": "", "contact": "", "language": "fr",
    "sender": ("Jungle Emploi", "alertes@jungle-emploi.example.fr"),
    "subject": "8 nouvelles offres : Attaché(e) de recherche clinique à Paris",
    "date": "2026-06-02 08:05:00 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.jungle-emploi.example.fr/alertes/stop?a=arc-paris>", "Precedence": "bulk"},
    "html": """<!doctype html><html lang="fr"><body style="margin:0;background:#fff8ec;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="padding:18px 24px;background:#ffcd00;"><img src="https://cdn.jungle-emploi.example.fr/mail/logo-jungle.png" alt="Jungle Emploi" width="120"></td></tr>
<tr><td style="padding:20px 24px;">
<p>Salut Chiamaka, voici les nouvelles offres pour ton alerte <b>Attaché(e) de recherche clinique &ndash; Paris</b> :</p>
<p><a href="https://www.jungle-emploi.example.fr/r/5a01?utm_campaign=alerte"><b>ARC junior</b></a> &ndash; Clinéa Recherche &middot; Paris 11e &middot; CDI</p>
<p><a href="https://www.jungle-emploi.example.fr/r/5a02?utm_campaign=alerte"><b>TEC oncologie</b></a> &ndash; Hôpital privé des Peupliers &middot; Paris 13e &middot; CDD 12 mois</p>
<p><a href="https://www.jungle-emploi.example.fr/r/5a03?utm_campaign=alerte"><b>Clinical Trial Assistant</b></a> &ndash; Biocéane &middot; Boulogne-Billancourt &middot; CDI</p>
<p><a href="https://www.jungle-emploi.example.fr/alertes/arc-paris?utm_campaign=alerte">Voir les 8 offres</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;background:#fafafa;"><a href="https://www.jungle-emploi.example.fr/alertes/stop?a=arc-paris" style="color:#999;">Désactiver cette alerte</a> · Jungle Emploi SAS</td></tr>
</table></td></tr></table>
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "fr_colis_retarde", "company": "", "contact": "", "language": "fr",
    "sender": ("Colis Express", "ne-pas-repondre@colisexpress.example.fr"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "Votre colis est retardé",
    "date": "2026-09-04 12:33:18 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Bonjour,

Malheureusement, la livraison de votre colis n° 6A 1190 4472 815 a pris du retard en raison d'un incident sur notre plateforme de tri de Wissous.

Nouvelle date de livraison estimée : lundi 7 septembre.

Vous pouvez suivre votre colis ou choisir une livraison en point relais sur https://www.colisexpress.example.fr/suivi/6A11904472815

Nous vous prions de nous excuser pour ce désagrément.

Colis Express
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "fr_dossier_location_refuse", "company": "", "contact": "", "language": "fr",
    "sender": ("Lamarck Immobilier", "ne-pas-repondre@lamarck-immo.example.fr"),
    "subject": "Votre dossier de location - 12 rue Ordener, 75018 Paris",
    "date": "2026-10-08 17:40:02 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0;border-bottom:2px solid #c8a24a;"><img src="https://www.lamarck-immo.example.fr/img/logo.png" alt="Lamarck Immobilier" width="160"></td></tr>
<tr><td style="padding:18px 0;">
<p>Madame,</p>
<p>Nous vous remercions pour l&#39;intérêt porté au deux-pièces situé 12 rue Ordener, 75018 Paris (réf. LOC-18-2207).</p>
<p>Après étude des dossiers reçus, nous sommes au regret de vous informer que votre dossier de location n&#39;a pas été retenu par le propriétaire.</p>
<p>Découvrez nos autres biens disponibles : <a href="https://www.lamarck-immo.example.fr/location?arr=18">www.lamarck-immo.example.fr/location</a></p>
<p>Cordialement,<br>L&#39;équipe Location</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:8px;">Lamarck Immobilier SARL &ndash; carte professionnelle CPI 7501 2019 000 041 227. Ce message est automatique, merci de ne pas y répondre.</td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "fr_amie_son_entretien", "company": "", "contact": "ines.belkacem@example.fr", "language": "fr",
    "sender": ("Inès Belkacem", "ines.belkacem@example.fr"),
    "subject": "alors alors",
    "date": "2026-09-11 22:08:31 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Coucou ma belle,

Bon, mon entretien chez le labo ce matin : trois personnes en face, une heure et demie, et une question sur les BPC à laquelle j'ai répondu complètement à côté. Je pense que c'est mort mais bon, au moins je sais à quoi m'attendre pour la prochaine fois.

Et toi, tu as eu des nouvelles du cabinet du boulevard Saint-Germain ? Dis-moi quand tu passes à Paris, on se fait un resto pour fêter (ou pour pleurer, au choix).

Bisous,
Inès
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "fr_absence_du_bureau", "company": "", "contact": "camille.dufresne@clinea-recherche.example.fr", "language": "fr",
    "sender": ("Camille Dufresne", "camille.dufresne@clinea-recherche.example.fr"),
    "subject": "Réponse automatique : Candidature spontanée - TEC",
    "date": "2026-08-10 09:14:40 +0200", "in_reply_to": "<CAKs9v2+Uo1d@mail.example.co.uk>",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus, avec un accès limité à mes e-mails.

Pour toute question urgente concernant un recrutement, vous pouvez contacter recrutement@clinea-recherche.example.fr.

Bien cordialement,
Camille Dufresne
Clinéa Recherche
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "fr_envoi_relance_candidate", "company": "", "contact": "", "language": "fr",
    "sender": ME, "to": ("Sophie Marchetti", "s.marchetti@aubrac-conseil.example.fr"),
    "subject": "Relance - mission CRA Paris",
    "date": "2026-05-05 09:40:12 +0200", "msgid": "<CAKs9v2+Rl4a@mail.example.co.uk>", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour Sophie,

Je me permets de revenir vers vous au sujet de la mission de Clinical Research Associate dont nous avions parlé le 14 avril. Avez-vous eu un retour de votre client ?

Je reste très motivée par ce poste et je suis disponible pour un entretien, à Paris ou en visio, dès que cela les arrange.

Bien cordialement,
Chiamaka Ross-Bellamy
+44 7700 900412
""",
})

# --- Spanish -------------------------------------------------------------------------------

MESSAGES.append({
    "kind": "other", "scenario": "es_boletin_rechazo", "company": "", "contact": "", "language": "es",
    "sender": ("Blog TrabajoYa", "boletin@trabajoya.example.es"),
    "subject": "Cómo superar un rechazo laboral (y 5 errores que cometemos en la entrevista)",
    "date": "2026-06-24 10:00:00 +0200", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "headers": {"List-Id": "Boletin TrabajoYa <boletin.trabajoya.example.es>",
             "List-Unsubscribe": "<https://www.trabajoya.example.es/boletin/baja?u=c2h5>", "Precedence": "bulk"},
    "text": """BOLETÍN TRABAJOYA · Semana 26

Cómo superar un rechazo laboral

"Lamentamos comunicarte que no has sido seleccionada." Leerlo duele, sobre todo después de tres entrevistas. Hablamos con dos psicólogas y una técnica de selección sobre cómo no tomárselo como algo personal y qué hacer al día siguiente.

Leer más: https://www.trabajoya.example.es/blog/superar-rechazo?utm_source=boletin26

5 errores que cometemos en la entrevista
1. Llegar sin haber leído la web de la empresa.
2. Hablar mal del trabajo anterior.
3. No preparar preguntas.
4. Mentir sobre el nivel de idiomas.
5. No hacer seguimiento.

Leer más: https://www.trabajoya.example.es/blog/errores-entrevista?utm_source=boletin26

Darse de baja: https://www.trabajoya.example.es/boletin/baja?u=c2h5
""",
    "html": """<html><body style="background:#eef3f8;margin:0;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;line-height:23px;color:#2d3a4a;">
<tr><td style="padding:16px 24px;background:#0a66c2;color:#fff;font-weight:bold;">BOLETÍN TRABAJOYA · Semana 26</td></tr>
<tr><td style="padding:22px 24px;">
<img src="https://static.trabajoya.example.es/blog/rechazo.jpg" alt="Persona leyendo un correo en el móvil" width="552" style="display:block;border-radius:6px;">
<h2>Cómo superar un rechazo laboral</h2>
<p>&laquo;Lamentamos comunicarte que no has sido seleccionada.&raquo; Leerlo duele, sobre todo después de tres entrevistas.</p>
<p><a href="https://www.trabajoya.example.es/blog/superar-rechazo?utm_source=boletin26" style="color:#0a66c2;">Leer más</a></p>
<h2>5 errores que cometemos en la entrevista</h2>
<p><a href="https://www.trabajoya.example.es/blog/errores-entrevista?utm_source=boletin26" style="color:#0a66c2;">Leer más</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8896a6;background:#f6f8fa;"><a href="https://www.trabajoya.example.es/boletin/baja?u=c2h5" style="color:#8896a6;">Darse de baja</a> · TrabajoYa Servicios Digitales, S.L.</td></tr>
</table>
<img src="https://click.trabajoya.example.es/open?id=bol26" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "es_alerta_ofertas", "company": "", "contact": "", "language": "es",
    "sender": ("TrabajoYa Alertas", "alertas@trabajoya.example.es"),
    "subject": "15 nuevas ofertas: coordinador/a de ensayos clínicos en Barcelona",
    "date": "2026-08-31 07:10:00 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.trabajoya.example.es/alertas/baja?a=ensayos-bcn>", "Precedence": "bulk"},
    "html": """<html><body style="margin:0;background:#eef3f8;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2d3a4a;">
<tr><td style="padding:18px 24px;background:#0a66c2;"><img src="https://static.trabajoya.example.es/mail/logo_blanco.png" alt="TrabajoYa" height="26"></td></tr>
<tr><td style="padding:22px 24px;">
<p>Hola Chiamaka, hay <b>15 ofertas nuevas</b> para tu alerta <i>coordinador/a de ensayos clínicos &ndash; Barcelona</i>:</p>
<p><a href="https://www.trabajoya.example.es/oferta/88121?utm_source=alerta"><b>Study Coordinator</b></a><br>Hospital Universitari Montsant &middot; Barcelona &middot; Indefinido</p>
<p><a href="https://www.trabajoya.example.es/oferta/88133?utm_source=alerta"><b>Técnico/a de ensayos clínicos</b></a><br>Grifalt Laboratorios &middot; Sant Cugat del Vallès</p>
<p><a href="https://www.trabajoya.example.es/oferta/88140?utm_source=alerta"><b>Data manager junior</b></a><br>Ensayos Mediterráneo &middot; Barcelona &middot; Entrevistas en septiembre</p>
<p><a href="https://www.trabajoya.example.es/alertas/ensayos-bcn?utm_source=alerta">Ver las 15 ofertas</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8896a6;background:#f6f8fa;"><a href="https://www.trabajoya.example.es/alertas/baja?a=ensayos-bcn" style="color:#8896a6;">Desactivar esta alerta</a></td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "es_banco_solicitud_prestamo", "company": "", "contact": "", "language": "es",
    "sender": ("Banco Mediterráneo Digital", "notificaciones@bancomed.example.es"),
    "subject": "Hemos recibido tu solicitud de préstamo personal",
    "date": "2026-09-23 14:22:10 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="background:#00457c;padding:14px 20px;"><img src="https://www.bancomed.example.es/mail/logo.png" alt="Banco Mediterráneo Digital" height="28"></td></tr>
<tr><td style="padding:20px;">
<p>Hola, Chiamaka:</p>
<p>Hemos recibido tu solicitud de préstamo personal por importe de <b>6.000 euros</b> a 48 meses (ref. PP-2026-0917733).</p>
<p>La estamos estudiando y te daremos una respuesta en un plazo máximo de 48 horas. Es posible que te pidamos tus tres últimas nóminas o tu contrato de trabajo.</p>
<p>Gracias por confiar en nosotros.</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888;">Banco Mediterráneo Digital, S.A. Entidad inscrita en el Registro de Entidades del Banco de España. No respondas a este correo.</td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "es_piso_otro_inquilino", "company": "", "contact": "", "language": "es",
    "sender": ("PisoFácil", "no-responder@pisofacil.example.es"),
    "subject": "Actualización sobre tu solicitud: piso en Carrer de Verdi, Gràcia",
    "date": "2026-10-05 11:58:44 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="background:#f5f5f5;margin:0;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 22px;"><img src="https://st.pisofacil.example.es/mail/logo.png" alt="PisoFácil" height="26"></td></tr>
<tr><td style="padding:0 22px 20px;">
<p>Hola Chiamaka,</p>
<p>Lamentamos informarte de que el propietario del piso de <b>Carrer de Verdi 58, Gràcia</b> (2 habitaciones, 1.250 €/mes) ha elegido a otro inquilino.</p>
<p>Tu solicitud se ha cerrado. ¡No te desanimes! Hay 37 pisos nuevos en Gràcia que encajan con tu búsqueda.</p>
<p><a href="https://www.pisofacil.example.es/alquiler/barcelona/gracia?utm_source=solicitud" style="background:#e03a3e;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">Ver pisos</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;border-top:1px solid #eee;">Este correo se ha enviado automáticamente. <a href="https://www.pisofacil.example.es/preferencias" style="color:#999;">Preferencias de correo</a></td></tr>
</table></body></html>
""",
})

_JAVI_QUOTED = """Ánimo Javi! Seguro que sale algo pronto. Yo sigo esperando noticias del IRCB.
Chiamaka"""

MESSAGES.append({
    "kind": "other", "scenario": "es_amigo_su_rechazo", "company": "", "contact": "javi.morales@example.es", "language": "es",
    "sender": ("Javi Morales", "javi.morales@example.es"),
    "subject": "Re: qué tal todo",
    "date": "2026-09-19 23:31:05 +0200", "in_reply_to": "<CAT8y+Hs2Vw0@mail.example.co.uk>",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Jaja gracias guapa. Pues nada, al final me ha llegado el correo del hospital: "lamentamos comunicarle que su candidatura no ha sido seleccionada". Después de dos entrevistas y una prueba práctica. En fin, a otra cosa mariposa.

Cuando vengas a Barcelona a la entrevista avísame y te invito a unas bravas en el Tomás.

Un abrazo,
Javi

El vie, 18 sept 2026 a las 21:10, Chiamaka Ross-Bellamy (<chiamaka.rb@example.co.uk>) escribió:
""" + quote(_JAVI_QUOTED) + "\n",
})

MESSAGES.append({
    "kind": "other", "scenario": "es_lista_espera_cita", "company": "", "contact": "", "language": "es",
    "sender": ("Cita Previa Extranjería", "no-responder@citaprevia.example.es"),
    "subject": "Su posición en la lista de espera: 112",
    "date": "2026-10-03 08:00:05 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "text": """Estimado/a usuario/a:

Su solicitud de cita previa para el trámite "Asignación de NIE" en la oficina de Barcelona ha sido registrada en la lista de espera.

Su posición actual en la lista de espera: 112
Localizador: BCN-NIE-44K7Q2

Cuando quede un hueco disponible, le enviaremos un SMS y un correo electrónico con la fecha y la hora asignadas. No es necesario que vuelva a solicitar la cita.

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "es_fuera_de_oficina", "company": "", "contact": "ncastells@ensayosmed.example.es", "language": "es",
    "sender": ("Nuria Castells Prat", "ncastells@ensayosmed.example.es"),
    "subject": "Respuesta automática: Entrevista puesto Coordinador/a de Estudios",
    "date": "2026-08-14 16:01:22 +0200", "in_reply_to": "<CAV4c+Ke7Mx1@mail.example.co.uk>",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 24 de agosto, sin acceso al correo. A mi vuelta responderé a su mensaje lo antes posible.

Para asuntos urgentes puede llamar a recepción al 93 555 40 10.

Nuria Castells Prat
Ensayos Mediterráneo, S.L.
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "es_headhunter_sin_puesto", "company": "", "contact": "lortega@talentia-search.example.es", "language": "es",
    "sender": ("Lucía Ortega", "lortega@talentia-search.example.es"),
    "subject": "¿Te interesaría un proyecto en Barcelona?",
    "date": "2026-07-21 12:30:49 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Chiamaka:

Soy Lucía, de Talentia Search. He visto tu perfil en Networky y me ha llamado la atención tu experiencia clínica en odontología y tu interés por la investigación.

Trabajamos con varias CRO y hospitales de Barcelona que en otoño van a abrir posiciones de coordinación de estudios. Todavía no tengo una vacante concreta que proponerte, pero me encantaría conocerte en una llamada breve para tenerte en cuenta.

¿Te viene bien alguna tarde de la semana que viene?

Un saludo,
Lucía Ortega
Senior Consultant Life Sciences | Talentia Search
Passeig de Gràcia 21, Barcelona
""",
})

# --- German --------------------------------------------------------------------------------

MESSAGES.append({
    "kind": "other", "scenario": "de_abwesenheitsnotiz", "company": "", "contact": "k.woelfel@kaiser-lenz.example.de", "language": "de",
    "sender": ("Dr. Katrin Wölfel", "k.woelfel@kaiser-lenz.example.de"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "Abwesenheitsnotiz: Rückmeldung Hartwig Dental Systeme",
    "date": "2026-07-03 09:12:08 +0200", "in_reply_to": "<CAM3k8Qa7Xe@mail.example.co.uk>",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17. Juli nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an mein Sekretariat unter +49 211 5589 3300.

Mit freundlichen Grüßen
Dr. Katrin Wölfel
Kaiser & Lenz Personalberatung GmbH
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "de_jobagent_treffer", "company": "", "contact": "", "language": "de",
    "sender": ("Karriereleiter Jobagent", "jobagent@karriereleiter.example.de"),
    "subject": "9 neue Jobs für „Study Nurse“ in London und Dublin",
    "date": "2026-07-27 06:45:00 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.karriereleiter.example.de/jobagent/abmelden?id=77120>", "Precedence": "bulk"},
    "html": """<html><body style="margin:0;background:#f2f2f2;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:16px 22px;background:#003b5c;"><img src="https://www.karriereleiter.example.de/img/mail/logo.png" alt="Karriereleiter" height="26"></td></tr>
<tr><td style="padding:20px 22px;">
<p>Hallo Chiamaka,</p>
<p>Ihr Jobagent &bdquo;Study Nurse&ldquo; hat <b>9 neue Stellen</b> gefunden:</p>
<p><a href="https://www.karriereleiter.example.de/job/551201?ref=agent"><b>Study Coordinator (m/w/d)</b></a><br>Biovalis Studienzentrum GmbH &middot; London</p>
<p><a href="https://www.karriereleiter.example.de/job/551244?ref=agent"><b>Clinical Research Nurse (m/w/d)</b></a><br>Sänger Pharma &middot; Dublin</p>
<p><a href="https://www.karriereleiter.example.de/job/551260?ref=agent"><b>Studienassistenz Zahnmedizin</b></a><br>Lindqvist Klinische Forschung &middot; London &middot; Vorstellungsgespräche ab August</p>
<p><a href="https://www.karriereleiter.example.de/jobagent/77120?ref=agent">Alle 9 Stellen ansehen</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;background:#f7f7f7;"><a href="https://www.karriereleiter.example.de/jobagent/abmelden?id=77120" style="color:#888;">Jobagent abbestellen</a> &middot; Karriereleiter GmbH &middot; Impressum</td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "de_freundin_absage_und_gespraech", "company": "", "contact": "lea.hoffmann@example.de", "language": "de",
    "sender": ("Lea Hoffmann", "lea.hoffmann@example.de"),
    "subject": "na du!",
    "date": "2026-05-24 20:55:17 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hey Chiamaka,

lange nichts gehört! Bei mir ist gerade Bewerbungs-Achterbahn: letzte Woche kam die Absage von der Uniklinik Heidelberg („leider haben wir uns für eine andere Kandidatin entschieden“ – nach zwei Runden!), und heute hatte ich ein Vorstellungsgespräch bei einem kleinen Studienzentrum in Mannheim, das richtig gut lief. Drück mir die Daumen!

Wie läuft's bei dir mit dem Umstieg in die Forschung? Kommst du im Sommer mal nach Deutschland?

Liebe Grüße aus Mannheim
Lea
""",
})

MESSAGES.append({
    "kind": "other", "scenario": "de_newsletter_absage_tipps", "company": "", "contact": "", "language": "de",
    "sender": ("Klinische Forschung Aktuell", "newsletter@kf-aktuell.example.de"),
    "subject": "Absage erhalten? So geht es weiter – plus: Vorstellungsgespräch verpasst, was nun?",
    "date": "2026-09-09 07:00:00 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "Klinische Forschung Aktuell <newsletter.kf-aktuell.example.de>",
             "List-Unsubscribe": "<https://www.kf-aktuell.example.de/abmelden?u=Y2hy>", "Precedence": "bulk"},
    "text": """KLINISCHE FORSCHUNG AKTUELL – Ausgabe 36/2026

Absage erhalten? So geht es weiter
„Leider müssen wir Ihnen mitteilen …“ – fast jede Study Nurse kennt diesen Satz. Drei Personalerinnen erklären, warum Sie trotzdem nachfragen sollten und wie ein kurzes Feedback-Telefonat Ihre nächste Bewerbung verbessert.
Weiterlesen: https://www.kf-aktuell.example.de/artikel/absage?utm_source=nl36

Vorstellungsgespräch verpasst – was nun?
Zug ausgefallen, Zeitzone verwechselt? Mit diesen drei Sätzen retten Sie die Situation.
Weiterlesen: https://www.kf-aktuell.example.de/artikel/verpasst?utm_source=nl36

Abmelden: https://www.kf-aktuell.example.de/abmelden?u=Y2hy
Klinische Forschung Aktuell · Fachverlag Brenner GmbH · Impressum: https://www.kf-aktuell.example.de/impressum
""",
    "html": """<html><body style="background:#f0f0f0;margin:0;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222;">
<tr><td style="padding:16px 22px;background:#1b4f72;color:#fff;font-weight:bold;">KLINISCHE FORSCHUNG AKTUELL &ndash; Ausgabe 36/2026</td></tr>
<tr><td style="padding:20px 22px;">
<h2>Absage erhalten? So geht es weiter</h2>
<p>&bdquo;Leider müssen wir Ihnen mitteilen &hellip;&ldquo; &ndash; fast jede Study Nurse kennt diesen Satz. Drei Personalerinnen erklären, warum Sie trotzdem nachfragen sollten.</p>
<p><a href="https://www.kf-aktuell.example.de/artikel/absage?utm_source=nl36" style="color:#1b4f72;">Weiterlesen</a></p>
<h2>Vorstellungsgespräch verpasst &ndash; was nun?</h2>
<p>Zug ausgefallen, Zeitzone verwechselt? Mit diesen drei Sätzen retten Sie die Situation.</p>
<p><a href="https://www.kf-aktuell.example.de/artikel/verpasst?utm_source=nl36" style="color:#1b4f72;">Weiterlesen</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;background:#f7f7f7;"><a href="https://www.kf-aktuell.example.de/abmelden?u=Y2hy" style="color:#888;">Abmelden</a> &middot; Fachverlag Brenner GmbH &middot; <a href="https://www.kf-aktuell.example.de/impressum" style="color:#888;">Impressum</a></td></tr>
</table>
<img src="https://www.kf-aktuell.example.de/px/nl36-Y2hy.gif" width="1" height="1" alt="">
</body></html>
""",
})
