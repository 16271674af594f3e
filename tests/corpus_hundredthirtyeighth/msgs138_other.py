"""Everything else in Greta's mailbox: newsletters, alerts, friends, her own mail, look-alikes.

Each dict is one message, written by hand; see make_hundredthirtyeighth.py for the fields.
None of these is job mail in the sense of the labels, so company is always empty.
"""

from __future__ import annotations

MESSAGES: list[dict] = [
    # --- English ---------------------------------------------------------------------------
    {
        "key": "podcast_interview_request",
        "kind": "other",
        "lang": "en",
        "date": "2026-02-02 20:05 +0100",
        "frm": ("Wouter Smits", "wouter@quaysidevoices.example.com"),
        "subject": "Interview for Quayside Voices (podcast)?",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Hi Greta,

I host Quayside Voices, a small podcast about the people who actually keep the port running
(about 3,000 listeners, mostly in Rotterdam and Antwerp). Your LinkedIn post about the
near-miss board you introduced on your STS crane team got a lot of attention, and I'd love
to interview you for an episode.

It would be a relaxed 45-minute conversation, recorded at our studio in the Maassilo or
remotely. We'd talk about life in the cabin, night shifts, and your move into HSE. No
preparation needed.

Would you be up for it some time in February or March?

Cheers,
Wouter
Quayside Voices – stories from the port
""",
        "company": "",
        "contact": "wouter@quaysidevoices.example.com",
    },
    {
        "key": "press_interview_trade_magazine",
        "kind": "other",
        "lang": "en",
        "date": "2026-05-25 10:48 +0200",
        "frm": ("Harriet Lowe – Port Safety Review", "h.lowe@portsafetyreview.example.co.uk"),
        "subject": "Interview request – women in crane operations feature",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Dear Ms Vanderberg-Osei,

I'm a journalist at Port Safety Review, and I'm putting together a feature for our July
issue on women working in crane operations across Northern European ports.

Would you be willing to give a short interview (20–30 minutes, by phone or video) about
your experience as an STS crane operator in Rotterdam and what you think ports could do
better on fatigue management? We would send you the quotes for approval before publication.

My deadline is 12 June. Many thanks for considering it.

Best regards,
Harriet Lowe
Features Editor, Port Safety Review
+44 20 7946 0321
""",
        "html": """<html><body style="font-family:Georgia,serif;font-size:14px;color:#222;">
<p>Dear Ms Vanderberg-Osei,</p>
<p>I'm a journalist at <i>Port Safety Review</i>, and I'm putting together a feature for our July issue on women working in crane operations across Northern European ports.</p>
<p>Would you be willing to give a short interview (20&ndash;30 minutes, by phone or video) about your experience as an STS crane operator in Rotterdam and what you think ports could do better on fatigue management? We would send you the quotes for approval before publication.</p>
<p>My deadline is 12 June. Many thanks for considering it.</p>
<p>Best regards,<br><b>Harriet Lowe</b><br>Features Editor, Port Safety Review<br>+44 20 7946 0321</p>
<p><a href="https://twitter.example.com/portsafetyrev">X</a> &middot; <a href="https://www.linkedin.example.com/company/port-safety-review">LinkedIn</a></p>
</body></html>
""",
        "company": "",
        "contact": "h.lowe@portsafetyreview.example.co.uk",
    },
    {
        "key": "user_research_interview",
        "kind": "other",
        "lang": "en",
        "date": "2026-06-09 14:15 +0200",
        "frm": ("Lotte from SafeDeck", "research@safedeck.example.com"),
        "subject": "30 minutes of your time? (€40 voucher)",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "html": """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#101828;">
<div style="max-width:560px;margin:0 auto;padding:20px;">
<img src="https://cdn.safedeck.example.com/mail/logo.png" alt="SafeDeck" height="26">
<p>Hi Greta,</p>
<p>You applied to SafeDeck earlier this year, and you ticked the box saying we could contact you for research. We're redesigning how crane operators report near misses in our app, and we'd love to hear from someone who has done the job.</p>
<p>Would you join a <b>30-minute user research interview</b> over video? There are no right or wrong answers &ndash; we just want to watch you try a prototype and hear what you think. As a thank you, you'll get a &euro;40 bol.com voucher.</p>
<p><a href="https://calendly.example.com/safedeck-research/30min?utm_source=email" style="background:#155eef;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none;">Book a slot</a></p>
<p>Or just reply to this email with a time that suits you &ndash; I read every reply.</p>
<p>Thanks!<br>Lotte Verbeek<br>Product Researcher, SafeDeck</p>
<p style="font-size:11px;color:#98a2b3;">This interview is not part of any recruitment process. <a href="https://safedeck.example.com/research/optout?e=greta" style="color:#98a2b3;">Don't contact me for research</a></p>
</div></body></html>
""",
        "company": "",
        "contact": "research@safedeck.example.com",
    },
    {
        "key": "gps_position_not_shared",
        "kind": "other",
        "lang": "en",
        "date": "2026-07-19 08:31 +0200",
        "frm": ("RouteBuddy", "no-reply@routebuddy.example.com"),
        "subject": "Your position is no longer being shared",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "html": """<html><body style="font-family:Roboto,Arial,sans-serif;background:#f1f3f4;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:20px;"><img src="https://static.routebuddy.example.com/email/icon.png" alt="RouteBuddy" height="32"></td></tr>
<tr><td style="padding:0 20px 20px;font-size:14px;color:#3c4043;line-height:1.5;">
<p><b>Live location sharing ended</b></p>
<p>Your position could not be updated for 12 hours, so sharing with "Family – Rotterdam" has been paused. This usually happens when location permissions are turned off or the phone is in battery saver mode.</p>
<p><a href="https://app.routebuddy.example.com/share/resume?src=email" style="color:#1a73e8;">Resume sharing</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#80868b;">RouteBuddy Navigation &middot; You're receiving this because location sharing is enabled. <a href="https://app.routebuddy.example.com/settings/notifications" style="color:#80868b;">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "housing_queue_position",
        "kind": "other",
        "lang": "en",
        "date": "2026-03-01 06:00 +0100",
        "frm": ("WoonMaas Housing", "no-reply@woonmaas.example.nl"),
        "subject": "Your position on the waiting list has changed",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Dear Greta Vanderberg-Osei,

Your registration number: 2019-448120

Your position on the waiting list for 2-3 room apartments in Rotterdam-Zuid has changed.
You are now number 212 in the queue (last month: 251). Your registration time is 6 years
and 2 months.

Unfortunately we cannot predict when you will be offered a home. Keep responding to
listings on woonmaas.example.nl to improve your chances.

Kind regards,
WoonMaas Housing – Customer Service

This is an automated message. Replies are not read.
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "parcel_unfortunately_delayed",
        "kind": "other",
        "lang": "en",
        "date": "2026-04-23 18:12 +0200",
        "frm": ("ParcelSwift", "notifications@parcelswift.example.com"),
        "subject": "Unfortunately your package is delayed",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Hi Greta,

Unfortunately your package is delayed.

Tracking number: PSW4821 9930 2216 NL
From: SafetyGear Direct
Contents: 1 item (Safety boots S3, size 40)

Due to high volumes at our Rotterdam hub, we expect to deliver your package on Saturday
25 April between 09:00 and 13:00.

Track your parcel: https://track.parcelswift.example.com/PSW482199302216NL

ParcelSwift
""",
        "html": """<html><body style="font-family:Arial,sans-serif;background:#fafafa;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:20px;">
<img src="https://cdn.parcelswift.example.com/logo.png" alt="ParcelSwift" height="30">
<h2 style="color:#e4002b;font-size:20px;">Unfortunately your package is delayed</h2>
<p>Tracking number: <b>PSW4821 9930 2216 NL</b><br>From: SafetyGear Direct<br>Contents: 1 item (Safety boots S3, size 40)</p>
<p>Due to high volumes at our Rotterdam hub, we expect to deliver your package on <b>Saturday 25 April between 09:00 and 13:00</b>.</p>
<p><a href="https://track.parcelswift.example.com/PSW482199302216NL?utm_source=email&amp;utm_campaign=delay" style="background:#e4002b;color:#fff;padding:10px 16px;text-decoration:none;">Track your parcel</a></p>
<p style="font-size:11px;color:#999;">ParcelSwift B.V. &middot; Do not reply to this email. <a href="https://parcelswift.example.com/prefs" style="color:#999;">Notification preferences</a></p>
</div>
<img src="https://t.parcelswift.example.com/o.gif?id=PSW482199302216NL" width="1" height="1" alt="">
</body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "bank_loan_application_received",
        "kind": "other",
        "lang": "en",
        "date": "2026-08-03 11:05 +0200",
        "frm": ("Rijnland Bank", "service@mail.rijnlandbank.example.nl"),
        "subject": "We have received your loan application",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f5f5f5;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#005a3c;padding:14px 20px;"><img src="https://www.rijnlandbank.example.nl/mail/logo-wit.png" alt="Rijnland Bank" height="30"></td></tr>
<tr><td style="padding:20px;line-height:1.5;">
<p>Dear Ms Vanderberg-Osei,</p>
<p>Thank you for your application for a <b>personal loan</b> of &euro;12,000 (application number PL-26-0083317). We have received your application and the documents you uploaded.</p>
<p>We will assess your application within 5 working days. You will receive our decision in your Rijnland Bank app.</p>
<p>Kind regards,<br>Rijnland Bank Consumer Credit</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888;">Borrowing money costs money. Rijnland Bank N.V., registered with the AFM. Never share your security codes. This email cannot be replied to.</td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "bank_loan_declined",
        "kind": "other",
        "lang": "en",
        "date": "2026-08-10 09:14 +0200",
        "frm": ("Rijnland Bank", "service@mail.rijnlandbank.example.nl"),
        "subject": "Decision on your loan application PL-26-0083317",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Dear Ms Vanderberg-Osei,

We have assessed your application for a personal loan of €12,000.

Unfortunately we are unable to approve your application. Based on the information about your
income and fixed costs, and on your registration with the BKR credit bureau, the loan would
not be responsible for you at this time.

You can request an explanation of this decision through the Rijnland Bank app under
Messages > Credit. Please note that this decision has no consequences for your current
account.

Kind regards,
Rijnland Bank Consumer Credit

Borrowing money costs money.
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "newsletter_bounce_back_rejection",
        "kind": "other",
        "lang": "en",
        "date": "2026-03-14 07:00 +0100",
        "frm": ("The Safety Career Brief", "newsletter@safetycareerbrief.example.com"),
        "subject": "Rejected after the final interview? Here's what to do next",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_id": "The Safety Career Brief <brief.safetycareerbrief.example.com>",
        "list_unsub": "<https://safetycareerbrief.example.com/unsubscribe?u=7781a&l=brief>, <mailto:unsubscribe@safetycareerbrief.example.com?subject=unsub-7781a>",
        "headers": {"Precedence": "bulk"},
        "text": """THE SAFETY CAREER BRIEF – Issue #112

Rejected after the final interview? Here's what to do next
Nothing stings like "unfortunately we have decided not to proceed with your application"
after three rounds. Our columnist, a former HSE director at a tank terminal, explains how to
ask for feedback, when to follow up, and why a rejection today can be an invitation
tomorrow. Read more: https://safetycareerbrief.example.com/r/112-1

Missed an interview? How to recover
You overslept, the Teams link didn't work, the train stopped in Dordrecht. Three recruiters
tell us what they want to hear when a candidate doesn't show up.
Read more: https://safetycareerbrief.example.com/r/112-2

Hot jobs this week
- HSE Advisor, tank storage, Antwerp
- Safety Officer, offshore wind O&M, Esbjerg
- QHSE Coordinator, shortsea shipping, Rotterdam
See all jobs: https://safetycareerbrief.example.com/r/112-jobs

You're receiving this because you subscribed at safetycareerbrief.example.com.
Unsubscribe: https://safetycareerbrief.example.com/unsubscribe?u=7781a&l=brief
""",
        "html": """<html><body style="margin:0;background:#f4f1ea;font-family:Georgia,serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px 28px;border-bottom:2px solid #222;"><img src="https://safetycareerbrief.example.com/img/masthead.png" alt="The Safety Career Brief" height="40"><br><span style="font-size:12px;color:#777;">Issue #112 &middot; 14 March 2026</span></td></tr>
<tr><td style="padding:20px 28px;">
<h2 style="font-size:22px;margin:0 0 8px;">Rejected after the final interview? Here's what to do next</h2>
<p style="font-size:15px;line-height:1.6;">Nothing stings like &ldquo;unfortunately we have decided not to proceed with your application&rdquo; after three rounds. Our columnist, a former HSE director at a tank terminal, explains how to ask for feedback, when to follow up, and why a rejection today can be an invitation tomorrow.</p>
<p><a href="https://safetycareerbrief.example.com/r/112-1?utm_source=newsletter&amp;utm_medium=email">Read more &rarr;</a></p>
<h2 style="font-size:18px;margin:20px 0 8px;">Missed an interview? How to recover</h2>
<p style="font-size:15px;line-height:1.6;">You overslept, the Teams link didn't work, the train stopped in Dordrecht. Three recruiters tell us what they want to hear when a candidate doesn't show up.</p>
<p><a href="https://safetycareerbrief.example.com/r/112-2?utm_source=newsletter&amp;utm_medium=email">Read more &rarr;</a></p>
<h3 style="font-size:16px;margin:20px 0 8px;">Hot jobs this week</h3>
<ul style="font-size:14px;line-height:1.7;">
<li><a href="https://safetycareerbrief.example.com/r/job-8812">HSE Advisor, tank storage, Antwerp</a></li>
<li><a href="https://safetycareerbrief.example.com/r/job-8815">Safety Officer, offshore wind O&amp;M, Esbjerg</a></li>
<li><a href="https://safetycareerbrief.example.com/r/job-8821">QHSE Coordinator, shortsea shipping, Rotterdam</a></li>
</ul>
</td></tr>
<tr><td style="padding:16px 28px;background:#222;color:#aaa;font-size:11px;">You're receiving this because you subscribed at safetycareerbrief.example.com. <a href="https://safetycareerbrief.example.com/unsubscribe?u=7781a&amp;l=brief" style="color:#aaa;">Unsubscribe</a> &middot; <a href="https://safetycareerbrief.example.com/prefs?u=7781a" style="color:#aaa;">Preferences</a></td></tr>
</table></td></tr></table>
<img src="https://safetycareerbrief.example.com/o/7781a-112.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "job_alert_digest",
        "kind": "other",
        "lang": "en",
        "date": "2026-02-16 06:12 +0100",
        "frm": ("PortJobs Job Alerts", "alerts@portjobs.example.com"),
        "subject": "12 new jobs for \"HSE coordinator\" near Rotterdam",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_id": "<jobalerts.portjobs.example.com>",
        "list_unsub": "<https://www.portjobs.example.com/alerts/unsubscribe?a=55102&u=gvo88213>",
        "headers": {"Precedence": "bulk"},
        "html": """<html><body style="margin:0;background:#f3f5f7;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;background:#00263e;"><img src="https://cdn.portjobs.example.com/mail/logo-white.png" alt="PortJobs" height="28"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#1b2733;">
<p style="font-size:18px;font-weight:bold;">12 new jobs match your alert &ldquo;HSE coordinator&rdquo; &ndash; Rotterdam + 50 km</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border-top:1px solid #e1e6eb;">
<tr><td style="border-bottom:1px solid #e1e6eb;"><a href="https://www.portjobs.example.com/r/j?id=99120&amp;a=55102" style="color:#0077cc;font-weight:bold;">HSE Coordinator Terminal Operations</a><br>Europoort Bulk Terminal &middot; Rotterdam &middot; &euro;3,800&ndash;4,600</td></tr>
<tr><td style="border-bottom:1px solid #e1e6eb;"><a href="https://www.portjobs.example.com/r/j?id=99133&amp;a=55102" style="color:#0077cc;font-weight:bold;">Safety Officer (BRZO)</a><br>Botlek Chemie Combinatie &middot; Rotterdam-Botlek</td></tr>
<tr><td style="border-bottom:1px solid #e1e6eb;"><a href="https://www.portjobs.example.com/r/j?id=99140&amp;a=55102" style="color:#0077cc;font-weight:bold;">Junior HSE Advisor</a><br>Van Dijk &amp; Zonen Bouw &middot; Schiedam</td></tr>
<tr><td style="border-bottom:1px solid #e1e6eb;"><a href="https://www.portjobs.example.com/r/j?id=99152&amp;a=55102" style="color:#0077cc;font-weight:bold;">KAM-coördinator / HSE Coordinator</a><br>Havenlijn Shortsea &middot; Rotterdam</td></tr>
</table>
<p><a href="https://www.portjobs.example.com/r/alert?a=55102&amp;all=1" style="color:#0077cc;">See all 12 jobs &rarr;</a></p>
<p style="font-size:12px;color:#6b7785;">Apply early: employers often close vacancies within two weeks.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8a96a3;background:#f9fafb;">You receive this job alert because you created it on PortJobs. <a href="https://www.portjobs.example.com/alerts/edit?a=55102" style="color:#8a96a3;">Edit alert</a> &middot; <a href="https://www.portjobs.example.com/alerts/unsubscribe?a=55102&amp;u=gvo88213" style="color:#8a96a3;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://t.portjobs.example.com/open/alert-55102-0216.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "friend_own_rejection",
        "kind": "other",
        "lang": "en",
        "date": "2026-04-11 22:37 +0200",
        "frm": ("Sanne de Wit", "sanne.dewit@example.nl"),
        "subject": "ugh",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Hey G,

Just had to tell someone: I got the rejection from the pilotage service today. After FOUR
interviews. "We have decided to proceed with a candidate whose experience more closely
matches..." blah blah. I'm so done.

On the bright side, the tug company in Vlissingen invited me for an interview next week, so
not all is lost. Wine on Sunday? I need to hear how your own interviews are going, and I
want the full story about the guy from Aberdeen who hung up on you.

xx Sanne
""",
        "company": "",
        "contact": "sanne.dewit@example.nl",
    },
    {
        "key": "candidate_sent_thank_you",
        "kind": "other",
        "lang": "en",
        "date": "2026-04-23 19:26 +0200",
        "frm": ("Greta Vanderberg-Osei", "greta.vo@example.nl"),
        "to": "Pieter Zwanenburg <p.zwanenburg@noordzee-ows.example.nl>",
        "mid": "<4c7e2a91-0b3d-4f6e-9a18-d2c5b7e0f134@example.nl>",
        "subject": "Re: Updated: Interview – HSE Coordinator Port Operations (vacancy 26-018)",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "refs": ["@calendar_update_sequence"],
        "headers": {"User-Agent": "Mozilla Thunderbird"},
        "text": """Dear Pieter,

Thank you very much for the interview this afternoon, and please thank Ilse as well. I
really appreciated the tour of the jack-up vessel and the open discussion about the
lifting incident last winter.

The role sounds like exactly the step I want to make, and I am happy to provide references
or come back for a second conversation whenever suits you.

Kind regards,
Greta Vanderberg-Osei
+31 6 5550 7731

On 17-04-2026 15:48, Pieter Zwanenburg wrote:
> Dear Greta,
>
> Apologies for the change: Ilse has to be on the vessel in Eemshaven on Tuesday, so I have
> moved our interview to Thursday 23 April, 14:00 – 15:00, same place (Sluisjesdijk 155,
> gate B). The updated meeting request is attached.
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "out_of_office_recruiter",
        "kind": "other",
        "lang": "en",
        "date": "2026-07-21 09:02 +0100",
        "frm": ("Callum Strachan", "callum@brodiestrachan.example.co.uk"),
        "subject": "Automatic reply: NEBOSH Diploma – passed!",
        "structure": "plain",
        "charset": "us-ascii",
        "cte": "7bit",
        "mid_style": "outlook",
        "refs": ["<1e5d9c3a-7b40-4f2e-8a61-c0d9e8f7a6b5@example.nl>"],
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Thank you for your email. I'm on annual leave until Monday 3 August with limited
access to email.

For urgent matters regarding live vacancies please contact my colleague Eilidh Brodie on
01224 555 901 or eilidh@brodiestrachan.example.co.uk.

Callum Strachan | Senior Consultant - Energy & Marine | Brodie & Strachan Recruitment Ltd
""",
        "company": "",
        "contact": "callum@brodiestrachan.example.co.uk",
    },
    {
        "key": "cold_outreach_no_interview",
        "kind": "other",
        "lang": "en",
        "date": "2026-01-12 13:19 +0100",
        "frm": ("Priya Raman", "priya.raman@northstarsearch.example.com"),
        "subject": "Crane ops → HSE? Quick question",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Hi Greta,

I came across your profile and your post about switching from crane operations to HSE – a
move I see more and more, and one that terminal operators increasingly value.

I recruit HSE and operations people for ports and terminals across the Benelux and the UK.
Nothing specific to put in front of you today, but I'd like to understand what you're
looking for so I can think of you when the right mandate comes in. Are you open to a
15-minute intro call some time next week?

Best,
Priya Raman
Principal Consultant – Ports & Logistics
Northstar Search | Amsterdam · London
""",
        "company": "",
        "contact": "priya.raman@northstarsearch.example.com",
    },
    {
        "key": "profile_views_notification",
        "kind": "other",
        "lang": "en",
        "date": "2026-05-31 10:00 +0200",
        "frm": ("ProNet", "notifications-noreply@pronet.example.com"),
        "subject": "Greta, you appeared in 9 searches this week",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_unsub": "<https://www.pronet.example.com/e/unsub?t=searchappearances&m=gvo>",
        "html": """<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,system-ui,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 0;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:16px 24px;"><img src="https://static.pronet.example.com/mail/logo.png" alt="ProNet" height="24"></td></tr>
<tr><td style="padding:0 24px 20px;font-size:15px;color:#191919;">
<p style="font-size:20px;font-weight:600;">You appeared in 9 searches this week</p>
<p>People searched for titles like <b>HSE Coordinator</b> and <b>Crane Operator</b>. Searchers worked at companies like:</p>
<p>&bull; a logistics company in Antwerp<br>&bull; a staffing agency in Rotterdam<br>&bull; an energy company in Aberdeen</p>
<p><a href="https://www.pronet.example.com/comm/me/search-appearances?midToken=AQE&amp;trk=eml-search" style="background:#0a66c2;color:#fff;padding:10px 18px;border-radius:24px;text-decoration:none;">See all searches</a></p>
<p style="font-size:13px;color:#666;">Tip: members with a profile photo and 5+ skills get up to 21x more profile views.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">This email was intended for Greta Vanderberg-Osei (Crane Operator STS | Moving into HSE). <a href="https://www.pronet.example.com/e/unsub?t=searchappearances&amp;m=gvo" style="color:#888;">Unsubscribe</a> &middot; ProNet Ireland Unlimited Company, Dublin.</td></tr>
</table></td></tr></table>
<img src="https://www.pronet.example.com/emimp/ip_Z3ZvLXNlYXJjaA.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "nebosh_course_enrolment",
        "kind": "other",
        "lang": "en",
        "date": "2026-01-08 15:47 +0100",
        "frm": ("SafeLearn Training", "noreply@safelearn.example.co.uk"),
        "subject": "Your application has been received – NEBOSH National Diploma (part-time online)",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Dear Greta,

Thank you – your application for the NEBOSH National Diploma for Occupational Health and
Safety Management Professionals (part-time online, January 2026 intake) has been received.

Your course starts on 26 January 2026. You'll receive your login for the learning portal
three working days before the start date. Your first instalment of £1,120 will be taken on
20 January.

Good luck with your studies!
The SafeLearn Admissions Team

SafeLearn Training Ltd, registered in England No 08114570. This mailbox is not monitored.
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<div style="max-width:600px;margin:0 auto;">
<div style="background:#6b2d8c;padding:14px;"><img src="https://www.safelearn.example.co.uk/img/logo-white.png" alt="SafeLearn Training" height="32"></div>
<div style="padding:18px;line-height:1.6;">
<p>Dear Greta,</p>
<p>Thank you &ndash; your application for the <b>NEBOSH National Diploma for Occupational Health and Safety Management Professionals</b> (part-time online, January 2026 intake) has been received.</p>
<p>Your course starts on <b>26 January 2026</b>. You'll receive your login for the learning portal three working days before the start date. Your first instalment of &pound;1,120 will be taken on 20 January.</p>
<p>Good luck with your studies!<br>The SafeLearn Admissions Team</p>
</div>
<p style="font-size:10px;color:#999;padding:0 18px;">SafeLearn Training Ltd, registered in England No 08114570. This mailbox is not monitored.</p>
</div></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "webinar_fireside_interview",
        "kind": "other",
        "lang": "en",
        "date": "2026-09-15 12:00 +0200",
        "frm": ("Harbour Safety Network", "events@harboursafety.example.com"),
        "subject": "Webinar: live interview with the HSE director of a Top-10 container terminal",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_id": "Harbour Safety Network events <events.harboursafety.example.com>",
        "list_unsub": "<https://harboursafety.example.com/list/unsub?id=ev-2291>",
        "headers": {"Precedence": "bulk"},
        "text": """HARBOUR SAFETY NETWORK – WEBINAR

"Zero harm on the quay – is it realistic?"
A live interview with Dr. Amira Haddad, HSE Director at one of Europe's Top-10 container
terminals, moderated by our chair.

Thursday 1 October 2026, 16:00–17:00 CEST, online
Free for members, €25 for non-members.

Register: https://harboursafety.example.com/r/webinar-1001?src=mail

Unsubscribe from event mailings: https://harboursafety.example.com/list/unsub?id=ev-2291
""",
        "html": """<html><body style="font-family:Arial,sans-serif;background:#e8eef3;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px;background:#0c2d48;color:#fff;"><img src="https://harboursafety.example.com/img/hsn-logo.png" alt="Harbour Safety Network" height="36"><br><span style="font-size:12px;letter-spacing:1px;">WEBINAR</span></td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.6;color:#222;">
<h2 style="margin:0 0 10px;">&ldquo;Zero harm on the quay &ndash; is it realistic?&rdquo;</h2>
<p>A live interview with Dr. Amira Haddad, HSE Director at one of Europe's Top-10 container terminals, moderated by our chair.</p>
<p><b>Thursday 1 October 2026, 16:00&ndash;17:00 CEST, online</b><br>Free for members, &euro;25 for non-members.</p>
<p><a href="https://harboursafety.example.com/r/webinar-1001?src=mail" style="background:#f5a623;color:#0c2d48;padding:10px 18px;text-decoration:none;font-weight:bold;">Register now</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;">Harbour Safety Network &middot; Stichting, Rotterdam &middot; <a href="https://harboursafety.example.com/list/unsub?id=ev-2291" style="color:#888;">Unsubscribe from event mailings</a></td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "flat_application_refused",
        "kind": "other",
        "lang": "en",
        "date": "2026-06-26 16:21 +0200",
        "frm": ("Joyce Hamstra", "joyce@kopvanzuid-lettings.example.nl"),
        "subject": "Your application for Wilhelminakade 412",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Dear Greta,

Thank you for your application for the apartment at Wilhelminakade 412 and for coming to the
viewing on Tuesday.

Unfortunately the owner has chosen another tenant, whose income fits the rent requirement
(4x the monthly rent) on a permanent contract. I'm sorry it didn't work out this time.

If you'd like me to let you know about similar flats in Kop van Zuid before they go online,
just reply to this email.

Kind regards,
Joyce Hamstra
Kop van Zuid Lettings
""",
        "company": "",
        "contact": "joyce@kopvanzuid-lettings.example.nl",
    },
    {
        "key": "candidate_experience_survey",
        "kind": "other",
        "lang": "en",
        "date": "2026-05-04 10:30 +0200",
        "frm": ("SafeDeck via Ashby", "no-reply@ashbyhq.com"),
        "subject": "How was your interview experience with SafeDeck?",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;background:#f9fafb;color:#101828;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #eaecf0;border-radius:8px;">
<tr><td style="padding:24px 28px;font-size:15px;line-height:24px;">
<p>Hi Greta,</p>
<p>You recently interviewed with SafeDeck. Whatever the outcome, we'd love to hear how the process felt for you. The survey takes 2 minutes and is anonymous.</p>
<p style="text-align:center;font-size:13px;">How likely are you to recommend applying to SafeDeck to a friend?</p>
<p style="text-align:center;">
<a href="https://app.ashbyhq.com/survey/r?s=0&amp;t=c2FmZWRlY2s" style="padding:6px 10px;border:1px solid #d0d5dd;text-decoration:none;color:#344054;">0</a>
<a href="https://app.ashbyhq.com/survey/r?s=5&amp;t=c2FmZWRlY2s" style="padding:6px 10px;border:1px solid #d0d5dd;text-decoration:none;color:#344054;">5</a>
<a href="https://app.ashbyhq.com/survey/r?s=10&amp;t=c2FmZWRlY2s" style="padding:6px 10px;border:1px solid #d0d5dd;text-decoration:none;color:#344054;">10</a>
</p>
<p style="font-size:12px;color:#667085;">Your answers are not shared with the hiring team and do not affect any application.</p>
</td></tr>
<tr><td style="padding:14px 28px;border-top:1px solid #eaecf0;font-size:12px;color:#667085;">Sent with Ashby</td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "verify_candidate_account",
        "kind": "other",
        "lang": "en",
        "date": "2026-02-26 21:58 +0000",
        "frm": ("Cairnbulg Energy Careers", "cairnbulgenergy@talent.icims.com"),
        "subject": "Your verification code",
        "structure": "plain",
        "charset": "us-ascii",
        "cte": "7bit",
        "mid_style": "ats",
        "text": """Your verification code for the Cairnbulg Energy careers portal is:

    418 266

The code is valid for 15 minutes. If you did not try to sign in or create an account,
you can ignore this email.

This is an automated message. Please do not reply.
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "former_supervisor_reference",
        "kind": "other",
        "lang": "en",
        "date": "2026-05-14 21:09 +0200",
        "frm": ("Ronald Verbeek", "ronald.verbeek63@example.com"),
        "subject": "Re: reference?",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "gmail",
        "refs": ["<b2a8f1e3-4c5d-4e6f-8a7b-9c0d1e2f3a4b@example.nl>"],
        "text": """Hi Greta,

Of course, happy to be your reference – you were the best operator on my shift for seven
years and everybody knows who started the near-miss board. Give them my mobile number. I'm
on nights until Sunday, so mornings are bad; afternoons are fine.

Good luck, and don't forget us crane people once you're wearing the white helmet ;)

Ronald

On Thu, 14 May 2026 at 18:40, Greta Vanderberg-Osei <greta.vo@example.nl> wrote:
> Hi Ronald,
>
> A company in Rotterdam has asked me for two references after my second interview. Would
> you be willing to be one of them? They'd call you this week or next.
>
> Thanks so much,
> Greta
""",
        "company": "",
        "contact": "ronald.verbeek63@example.com",
    },
    {
        "key": "bounce_undelivered_application",
        "kind": "other",
        "lang": "en",
        "date": "2026-02-04 10:17 +0100",
        "frm": ("Mail Delivery System", "MAILER-DAEMON@mx2.example.nl"),
        "subject": "Undelivered Mail Returned to Sender",
        "structure": "plain",
        "charset": "us-ascii",
        "cte": "7bit",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": """This is the mail system at host mx2.example.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<vacatures@vandijkbouw.example.nl>: host mx.vandijkbouw.example.nl[192.0.2.44]
    said: 550 5.1.1 <vacatures@vandijkbouw.example.nl>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--- Original message ---
From: Greta Vanderberg-Osei <greta.vo@example.nl>
To: vacatures@vandijkbouw.example.nl
Subject: Application Junior HSE Advisor - Greta Vanderberg-Osei

Dear Sir or Madam,

Please find attached my application for the position of Junior HSE Advisor ...
""",
        "company": "",
        "contact": "",
    },
    # --- German ----------------------------------------------------------------------------
    {
        "key": "newsletter_absagen_verarbeiten",
        "kind": "other",
        "lang": "de",
        "date": "2026-04-04 08:00 +0200",
        "frm": ("Karrierebrief Sicherheit", "newsletter@karrierebrief-sicherheit.example.de"),
        "subject": "Absage erhalten? 5 Dinge, die Sie jetzt tun sollten",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_id": "Karrierebrief Sicherheit <karrierebrief.example.de>",
        "list_unsub": "<https://www.karrierebrief-sicherheit.example.de/abmelden?id=aa81c>, <mailto:abmelden@karrierebrief-sicherheit.example.de>",
        "headers": {"Precedence": "bulk"},
        "text": """KARRIEREBRIEF SICHERHEIT · Ausgabe April 2026

Absage erhalten? 5 Dinge, die Sie jetzt tun sollten
„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz frustriert mehr. Unsere Autorin,
selbst Sifa in einem Chemiepark, erklärt, wie Sie um Feedback bitten und warum eine Absage
oft der Anfang eines neuen Gesprächs ist.
Weiterlesen: https://www.karrierebrief-sicherheit.example.de/r/0426-1

Vorstellungsgespräch verpasst – was nun?
Zug ausgefallen, Termin verwechselt: So retten Sie die Situation.
Weiterlesen: https://www.karrierebrief-sicherheit.example.de/r/0426-2

Neue Stellen: Fachkraft für Arbeitssicherheit (Hamburg, Bremen, Duisburg) und mehr.

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.
Abmelden: https://www.karrierebrief-sicherheit.example.de/abmelden?id=aa81c
Impressum: Karrierebrief Medien GmbH, Kaiserstraße 12, 44135 Dortmund
""",
        "html": """<html><body style="margin:0;background:#eceff1;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;background:#ffcc00;"><img src="https://www.karrierebrief-sicherheit.example.de/img/logo.png" alt="Karrierebrief Sicherheit" height="34"><br><span style="font-size:12px;">Ausgabe April 2026</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.6;color:#222;">
<h2 style="margin:0 0 8px;font-size:20px;">Absage erhalten? 5 Dinge, die Sie jetzt tun sollten</h2>
<p>&bdquo;Leider müssen wir Ihnen mitteilen &hellip;&ldquo; &ndash; kaum ein Satz frustriert mehr. Unsere Autorin, selbst Sifa in einem Chemiepark, erklärt, wie Sie um Feedback bitten und warum eine Absage oft der Anfang eines neuen Gesprächs ist.</p>
<p><a href="https://www.karrierebrief-sicherheit.example.de/r/0426-1?utm_medium=email">Weiterlesen &raquo;</a></p>
<h3 style="font-size:17px;">Vorstellungsgespräch verpasst &ndash; was nun?</h3>
<p>Zug ausgefallen, Termin verwechselt: So retten Sie die Situation.</p>
<p><a href="https://www.karrierebrief-sicherheit.example.de/r/0426-2?utm_medium=email">Weiterlesen &raquo;</a></p>
<p style="background:#f7f7f7;padding:10px;">Neue Stellen: <a href="https://www.karrierebrief-sicherheit.example.de/r/jobs">Fachkraft für Arbeitssicherheit (Hamburg, Bremen, Duisburg) und mehr</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;">Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. <a href="https://www.karrierebrief-sicherheit.example.de/abmelden?id=aa81c" style="color:#888;">Abmelden</a><br>Impressum: Karrierebrief Medien GmbH, Kaiserstraße 12, 44135 Dortmund &middot; Geschäftsführer: Ralf Ossenberg &middot; HRB 28112 AG Dortmund</td></tr>
</table>
<img src="https://www.karrierebrief-sicherheit.example.de/o/aa81c.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "jobagent_neue_stellen",
        "kind": "other",
        "lang": "de",
        "date": "2026-03-23 07:04 +0100",
        "frm": ("Hafenjobs24 Jobagent", "jobagent@hafenjobs24.example.de"),
        "subject": "7 neue Jobs für „Fachkraft Arbeitssicherheit“ in Hamburg",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_id": "<jobagent.hafenjobs24.example.de>",
        "list_unsub": "<https://www.hafenjobs24.example.de/jobagent/loeschen?id=4410>",
        "headers": {"Precedence": "bulk"},
        "html": """<html><body style="margin:0;background:#f0f4f7;font-family:Arial,Helvetica,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-top:5px solid #ff6a00;">
<tr><td style="padding:16px 24px;"><img src="https://www.hafenjobs24.example.de/img/mail-logo.png" alt="Hafenjobs24" height="30"></td></tr>
<tr><td style="padding:0 24px 16px;font-size:14px;color:#222;">
<p><b>7 neue Stellenangebote</b> passend zu Ihrem Jobagenten &bdquo;Fachkraft Arbeitssicherheit, Hamburg + 30 km&ldquo;:</p>
<p><a href="https://www.hafenjobs24.example.de/go?c=ja&amp;j=80110" style="color:#0061a8;font-weight:bold;">Fachkraft für Arbeitssicherheit (m/w/d)</a><br>Elbkai Containerterminal GmbH &middot; Hamburg-Waltershof</p>
<p><a href="https://www.hafenjobs24.example.de/go?c=ja&amp;j=80117" style="color:#0061a8;font-weight:bold;">HSE-Manager Offshore (m/w/d)</a><br>Elbe Offshore Logistik &middot; Cuxhaven</p>
<p><a href="https://www.hafenjobs24.example.de/go?c=ja&amp;j=80121" style="color:#0061a8;font-weight:bold;">Sicherheitsingenieur*in Chemie</a><br>Stader Chemiewerke &middot; Stade</p>
<p><a href="https://www.hafenjobs24.example.de/go?c=ja&amp;a=4410&amp;alle=1">Alle 7 Stellen anzeigen &raquo;</a></p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f7f7f7;font-size:11px;color:#888;">Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="https://www.hafenjobs24.example.de/jobagent/bearbeiten?id=4410" style="color:#888;">Jobagent bearbeiten</a> &middot; <a href="https://www.hafenjobs24.example.de/jobagent/loeschen?id=4410" style="color:#888;">Jobagent löschen</a><br>Hafenjobs24 GmbH · Am Wall 140 · 28195 Bremen</td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "freundin_eigenes_gespraech",
        "kind": "other",
        "lang": "de",
        "date": "2026-05-09 12:44 +0200",
        "frm": ("Jana Oltmanns", "jana.oltmanns@example.de"),
        "subject": "Re: Wie war's in Bremerhaven?",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "mid_style": "gmail",
        "refs": ["<d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70@example.nl>"],
        "text": """Hey Greta,

Glückwunsch zum Vertrag!!! Ich wusste, dass die dich nehmen.

Bei mir ist es leider umgekehrt gelaufen: Absage von der Reederei in Leer, nach dem
Probetag. Dafür hab ich am Dienstag ein Vorstellungsgespräch bei der Wasserstraßen- und
Schifffahrtsverwaltung in Emden – drück mir die Daumen. Wenn du magst, ruf ich dich
vorher an und du fragst mich einmal komplett ab, so wie du das bei dir gemacht hast.

Knutscher
Jana

Am Fr., 8. Mai 2026 um 21:10 Uhr schrieb Greta Vanderberg-Osei <greta.vo@example.nl>:
> Hi Jana,
> stell dir vor: Nordsee Kran Service hat mir heute den Arbeitsvertrag geschickt! Ich
> muss noch drüber schlafen, aber ich glaube, ich unterschreibe. Wie lief es bei dir?
> Greta
""",
        "company": "",
        "contact": "jana.oltmanns@example.de",
    },
    {
        "key": "paket_verspaetet",
        "kind": "other",
        "lang": "de",
        "date": "2026-09-22 17:31 +0200",
        "frm": ("PaketBlitz Sendungsverfolgung", "benachrichtigung@paketblitz.example.de"),
        "subject": "Leider verzögert sich Ihre Sendung",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;background:#f6f6f6;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#ffcc00;padding:14px 20px;"><img src="https://www.paketblitz.example.de/mail/logo.png" alt="PaketBlitz" height="28"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333;line-height:1.5;">
<p>Guten Tag,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434 1887 2210 553</b> von <i>Arbeitsschutz-Versand Nord</i>. Grund: Die Sendung konnte im Paketzentrum Hamburg nicht rechtzeitig bearbeitet werden.</p>
<p>Neuer voraussichtlicher Zustelltermin: <b>Donnerstag, 24.09.2026</b></p>
<p><a href="https://www.paketblitz.example.de/verfolgen?n=003404341887221055&amp;utm_source=mail" style="background:#d40511;color:#fff;padding:9px 16px;text-decoration:none;">Sendung verfolgen</a></p>
<p>Wir bitten um Entschuldigung.<br>Ihr PaketBlitz-Team</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#999;">Bitte antworten Sie nicht auf diese E-Mail. PaketBlitz GmbH &middot; Sitz Hannover &middot; <a href="https://www.paketblitz.example.de/benachrichtigungen" style="color:#999;">Benachrichtigungen verwalten</a></td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "wohnungsbewerbung_abgelehnt",
        "kind": "other",
        "lang": "de",
        "date": "2026-06-01 10:06 +0200",
        "frm": ("Bauverein Bremerhaven eG", "vermietung-noreply@bauverein-bhv.example.de"),
        "subject": "Ihre Bewerbung um die Wohnung Bürgermeister-Smidt-Str. 88, 2. OG links",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Bürgermeister-Smidt-Straße 88.

Leider müssen wir Ihnen mitteilen, dass wir die Wohnung an einen anderen Interessenten
vergeben haben. Für diese Wohnung lagen uns über 60 Bewerbungen vor. Ihre Anfrage ist damit
erledigt; Ihre Daten werden nach 30 Tagen gelöscht.

Weitere freie Wohnungen finden Sie auf unserer Internetseite.

Mit freundlichen Grüßen
Bauverein Bremerhaven eG - Vermietung

Diese Nachricht wurde automatisch erstellt.
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "abwesenheitsnotiz",
        "kind": "other",
        "lang": "de",
        "date": "2026-08-04 14:20 +0200",
        "frm": ("Anja Wieting", "a.wieting@nordsee-kran.example.de"),
        "subject": "Abwesenheitsnotiz: Rückfrage zum Arbeitsvertrag",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["<0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d@example.nl>"],
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21. August 2026 im Urlaub und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personalangelegenheiten wenden Sie sich bitte an personal@nordsee-kran.example.de
oder telefonisch an 0471 555 3090.

Mit freundlichen Grüßen
Anja Wieting
""",
        "company": "",
        "contact": "a.wieting@nordsee-kran.example.de",
    },
    {
        "key": "kandidatin_gesendet_zusage_termin",
        "kind": "other",
        "lang": "de",
        "date": "2026-04-16 20:02 +0200",
        "frm": ("Greta Vanderberg-Osei", "greta.vo@example.nl"),
        "to": "Anja Wieting <a.wieting@nordsee-kran.example.de>",
        "mid": "<71c3e8b5-2d9a-4f04-b6e1-93a7c5d2f810@example.nl>",
        "subject": "Re: Terminverschiebung – Ihr Vorstellungsgespräch am 21.04.",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "refs": ["@verschoben_donnerstag"],
        "headers": {"User-Agent": "Mozilla Thunderbird"},
        "text": """Sehr geehrte Frau Wieting,

vielen Dank für Ihre Nachricht. Donnerstag, der 23. April, um 10:00 Uhr passt mir sehr gut –
ich bestätige den Termin gern und freue mich auf das Gespräch mit Ihnen und Herrn Ahlers.

Mit freundlichen Grüßen
Greta Vanderberg-Osei

Am 16.04.2026 um 13:14 schrieb Anja Wieting:
> Sehr geehrte Frau Vanderberg-Osei,
>
> leider müssen wir Ihr Vorstellungsgespräch am Dienstag, 21. April, verschieben: Herr Ahlers
> ist an diesem Tag bei einer Kranabnahme in Cuxhaven.
>
> Wäre Ihnen Donnerstag, 23. April, um 10:00 Uhr recht?
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "headhunter_kaltakquise",
        "kind": "other",
        "lang": "de",
        "date": "2026-02-13 08:51 +0100",
        "frm": ("Friederike von Ahlefeldt", "f.ahlefeldt@kuestenkopf.example.de"),
        "subject": "Vertrauliche Anfrage",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

ich bin auf Ihr Profil aufmerksam geworden und erlaube mir, Sie direkt anzusprechen.

Als Personalberaterin für die maritime Wirtschaft begleite ich regelmäßig Hafen- und
Terminalbetreiber in Norddeutschland bei der Besetzung von Positionen im Bereich
Arbeitssicherheit. Ihr Werdegang – vom Kranfahrstand in die HSE-Koordination – ist genau
das, was meine Mandanten zunehmend suchen.

Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber gern in einem kurzen,
unverbindlichen Telefonat kennenlernen. Hätten Sie in den nächsten Tagen 20 Minuten Zeit?

Mit freundlichen Grüßen

Friederike von Ahlefeldt
Partnerin
Küstenkopf Personalberatung
Neuer Wall 50 · 20354 Hamburg
""",
        "company": "",
        "contact": "f.ahlefeldt@kuestenkopf.example.de",
    },
    {
        "key": "lehrgang_anmeldung_eingegangen",
        "kind": "other",
        "lang": "de",
        "date": "2026-09-08 11:12 +0200",
        "frm": ("Bildungszentrum Arbeitsschutz Nord", "keine-antwort@baz-nord.example.de"),
        "subject": "Ihre Anmeldung ist eingegangen – Ausbildung zur Fachkraft für Arbeitssicherheit",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": None,
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<div style="max-width:600px;margin:0 auto;">
<p><img src="https://www.baz-nord.example.de/img/logo.png" alt="Bildungszentrum Arbeitsschutz Nord" height="44"></p>
<p>Sehr geehrte Frau Vanderberg-Osei,</p>
<p>Ihre Anmeldung zur <b>Ausbildung zur Fachkraft für Arbeitssicherheit (Lehrgang 26-H2, Hamburg)</b> ist bei uns eingegangen. Vielen Dank!</p>
<p>Die Ausbildungsstufe I beginnt am 2. November 2026. Die Anmeldebestätigung mit Rechnung erhalten Sie in den nächsten Tagen per Post. Bitte beachten Sie: Eine Teilnahme ist nur mit einer Bestätigung Ihres Arbeitgebers über die Bestellung zur Sifa möglich.</p>
<p>Mit freundlichen Grüßen<br>Ihr Seminar-Service</p>
<p style="font-size:11px;color:#888;">Bildungszentrum Arbeitsschutz Nord e.V. · Wendenstraße 4 · 20097 Hamburg<br>Diese E-Mail wurde automatisch versendet; Antworten an diese Adresse werden nicht bearbeitet.</p>
</div></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "zeitung_interviewanfrage",
        "kind": "other",
        "lang": "de",
        "date": "2026-07-27 15:36 +0200",
        "frm": ("Thore Hinrichs", "t.hinrichs@nordsee-zeitung.example.de"),
        "subject": "Interviewanfrage: Frauen im Hafen",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Liebe Frau Vanderberg-Osei,

ich bin Redakteur im Lokalteil Bremerhaven und arbeite an einer Serie über Frauen in
Hafenberufen. Ihr Name fiel beim Verband Sicherheit im Hafen, wo Sie im Frühjahr über Ihr
Beinahe-Unfall-Board an der Containerbrücke berichtet haben.

Hätten Sie Lust, mir ein Interview zu geben? Gern mit einem Foto an der Kaje. Es würde um
Ihren Weg von der Containerbrücke in die Arbeitssicherheit gehen und darum, was sich für
Frauen im Hafen ändern muss. Etwa eine Stunde, wann und wo es Ihnen passt.

Beste Grüße
Thore Hinrichs
Redaktion Bremerhaven
""",
        "company": "",
        "contact": "t.hinrichs@nordsee-zeitung.example.de",
    },
    {
        "key": "standort_app_position",
        "kind": "other",
        "lang": "de",
        "date": "2026-10-03 19:44 +0200",
        "frm": ("Famtrack", "hallo@famtrack.example.de"),
        "subject": "Deine Position wird nicht mehr geteilt",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "html": """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#f7f7fb;">
<div style="max-width:500px;margin:0 auto;background:#fff;padding:24px;border-radius:12px;">
<img src="https://cdn.famtrack.example.de/mail/app-icon.png" alt="Famtrack" width="40" height="40">
<h2 style="font-size:19px;color:#1e1e2f;">Deine Position wird nicht mehr geteilt</h2>
<p style="font-size:14px;color:#444;line-height:1.5;">Hallo Greta, seit 48 Stunden konnte Famtrack deine Position nicht mehr bestimmen. Deine Familie &bdquo;Vanderberg&ldquo; sieht deshalb nur deinen letzten Standort (Le Havre, Quai de Southampton).</p>
<p><a href="https://app.famtrack.example.de/oeffnen?src=mail_inactive" style="background:#6c4cf1;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none;">App öffnen</a></p>
<p style="font-size:11px;color:#999;">Famtrack GmbH, Berlin &middot; <a href="https://app.famtrack.example.de/einstellungen/mail" style="color:#999;">E-Mail-Einstellungen</a></p>
</div></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "umfrage_bewerbererlebnis",
        "kind": "other",
        "lang": "de",
        "date": "2026-03-24 09:00 +0100",
        "frm": ("Elbkai Containerterminal GmbH", "umfrage@mail.softgarden.io"),
        "subject": "Wie zufrieden waren Sie mit unserem Bewerbungsprozess?",
        "structure": "html",
        "charset": "utf-8",
        "cte": "base64",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333;">
<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#0b3c5d;padding:14px 20px;"><img src="https://static.softgarden.io/public/elbkai/logo_weiss.png" alt="Elbkai Containerterminal" height="36"></td></tr>
<tr><td style="padding:22px 20px;line-height:20px;">
Sehr geehrte Frau Vanderberg-Osei,<br><br>
Sie haben sich kürzlich bei uns beworben. Unabhängig vom Ergebnis möchten wir unseren Bewerbungsprozess stetig verbessern und freuen uns über Ihre ehrliche Meinung. Die Umfrage dauert etwa drei Minuten und ist anonym.<br><br>
<a href="https://feedback.softgarden.io/s/elbkai?t=ZmVlZGJhY2s" style="background:#0b3c5d;color:#fff;padding:9px 16px;text-decoration:none;">Zur Umfrage</a><br><br>
Vielen Dank!<br>Ihr Recruiting-Team
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888;border-top:1px solid #ddd;">Elbkai Containerterminal GmbH · Am Predöhlkai 12 · 20457 Hamburg · <a href="https://feedback.softgarden.io/optout?t=ZmVlZGJhY2s" style="color:#888;">Keine Umfragen mehr erhalten</a></td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "verband_rundbrief",
        "kind": "other",
        "lang": "de",
        "date": "2026-10-06 16:15 +0200",
        "frm": ("Verband Sicherheit im Hafen e.V.", "rundbrief@vsh-hafen.example.de"),
        "subject": "Rundbrief 10/2026: Stellenbörse, Fachtagung Kransicherheit, Mitgliederversammlung",
        "structure": "alt",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "list_id": "VSH Rundbrief <rundbrief.vsh-hafen.example.de>",
        "list_unsub": "<mailto:rundbrief-abmelden@vsh-hafen.example.de>",
        "headers": {"Precedence": "list"},
        "text": """Liebe Mitglieder,

1) Fachtagung Kransicherheit am 19. November in Bremerhaven
   Das Programm steht: u. a. ein Werkstattbericht zu Beinahe-Unfällen an Containerbrücken
   und ein Interview mit der Leiterin Arbeitsschutz eines Hamburger Terminals.
   Anmeldung bis 30. Oktober: https://www.vsh-hafen.example.de/tagung2026

2) Stellenbörse
   Neu eingestellt: Fachkraft für Arbeitssicherheit (Emden), HSE-Koordinator*in (Kiel),
   Sicherheitsingenieur*in (Wilhelmshaven). Alle Angebote im Mitgliederbereich.

3) Mitgliederversammlung am 4. Dezember - Einladung folgt per Post.

Herzliche Grüße
Ihr Vorstand

Verband Sicherheit im Hafen e.V. · Vereinsregister Bremen VR 6611
Rundbrief abbestellen: rundbrief-abmelden@vsh-hafen.example.de
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:12px;background:#123c69;color:#fff;"><img src="https://www.vsh-hafen.example.de/img/vsh-logo.png" alt="Verband Sicherheit im Hafen" height="32"> &nbsp; Rundbrief 10/2026</td></tr>
<tr><td style="padding:16px;line-height:1.55;">
<p>Liebe Mitglieder,</p>
<p><b>1) Fachtagung Kransicherheit am 19. November in Bremerhaven</b><br>Das Programm steht: u.&nbsp;a. ein Werkstattbericht zu Beinahe-Unfällen an Containerbrücken und ein Interview mit der Leiterin Arbeitsschutz eines Hamburger Terminals. <a href="https://www.vsh-hafen.example.de/tagung2026">Anmeldung bis 30. Oktober</a></p>
<p><b>2) Stellenbörse</b><br>Neu eingestellt: Fachkraft für Arbeitssicherheit (Emden), HSE-Koordinator*in (Kiel), Sicherheitsingenieur*in (Wilhelmshaven). <a href="https://www.vsh-hafen.example.de/mitglieder/stellen">Alle Angebote im Mitgliederbereich</a></p>
<p><b>3) Mitgliederversammlung am 4. Dezember</b> &ndash; Einladung folgt per Post.</p>
<p>Herzliche Grüße<br>Ihr Vorstand</p>
</td></tr>
<tr><td style="padding:10px 16px;font-size:10px;color:#777;border-top:1px solid #ccc;">Verband Sicherheit im Hafen e.V. &middot; Vereinsregister Bremen VR 6611 &middot; <a href="mailto:rundbrief-abmelden@vsh-hafen.example.de">Rundbrief abbestellen</a></td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "jobmesse_anmeldung",
        "kind": "other",
        "lang": "de",
        "date": "2026-01-19 13:27 +0100",
        "frm": ("Hafen-Jobmesse Hamburg", "noreply@hafen-jobmesse.example.de"),
        "subject": "Anmeldebestätigung: Hafen-Jobmesse Hamburg am 7. Februar",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Hallo Greta Vanderberg-Osei,

vielen Dank für Ihre Anmeldung zur Hafen-Jobmesse Hamburg!

Datum: Samstag, 7. Februar 2026, 10–16 Uhr
Ort: Cruise Center Steinwerder, Buchheisterstraße 16, 20457 Hamburg
Ihr Ticket-Code: HJM26-77214

Über 60 Aussteller aus Hafen, Logistik und Schifffahrt freuen sich auf Sie – darunter
Terminalbetreiber, Reedereien und Personaldienstleister. Tipp: Bringen Sie einige
ausgedruckte Lebensläufe mit, viele Aussteller führen direkt vor Ort Kurzinterviews.

Ihr Messe-Team

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.
""",
        "company": "",
        "contact": "",
    },
    # --- French ----------------------------------------------------------------------------
    {
        "key": "newsletter_rebondir_refus",
        "kind": "other",
        "lang": "fr",
        "date": "2026-02-24 07:30 +0100",
        "frm": ("Prévention & Carrières", "lettre@preventioncarrieres.example.fr"),
        "subject": "Un refus après entretien ? Comment rebondir",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_id": "La lettre Prévention & Carrières <lettre.preventioncarrieres.example.fr>",
        "list_unsub": "<https://www.preventioncarrieres.example.fr/desabonnement?u=c91e>, <mailto:desabonnement@preventioncarrieres.example.fr>",
        "headers": {"Precedence": "bulk"},
        "text": """LA LETTRE PRÉVENTION & CARRIÈRES – n° 58

Un refus après entretien ? Comment rebondir
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue » :
trois responsables QHSE racontent les refus qui les ont fait progresser.
Lire l'article : https://www.preventioncarrieres.example.fr/a/58-refus

Entretien d'embauche : les 10 questions qu'on pose aux préventeurs
Lire l'article : https://www.preventioncarrieres.example.fr/a/58-questions

Offres de la semaine : animateur HSE (Le Havre), technicien sécurité (Dunkerque),
coordinateur SPS (Rouen).

Vous recevez cette lettre car vous êtes inscrit(e) sur preventioncarrieres.example.fr.
Se désabonner : https://www.preventioncarrieres.example.fr/desabonnement?u=c91e
""",
        "html": """<html><body style="margin:0;background:#f2f4f8;font-family:Helvetica,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;background:#1e3a5f;"><img src="https://www.preventioncarrieres.example.fr/img/logo-lettre.png" alt="Prévention &amp; Carrières" height="34"><br><span style="color:#c9d6e8;font-size:12px;">La lettre n° 58</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.6;color:#222;">
<h2 style="margin:0 0 8px;">Un refus après entretien ? Comment rebondir</h2>
<p>&laquo;&nbsp;Nous sommes au regret de vous informer que votre candidature n'a pas été retenue&nbsp;&raquo;&nbsp;: trois responsables QHSE racontent les refus qui les ont fait progresser.</p>
<p><a href="https://www.preventioncarrieres.example.fr/a/58-refus?utm_source=lettre">Lire l'article &rarr;</a></p>
<h3>Entretien d'embauche&nbsp;: les 10 questions qu'on pose aux préventeurs</h3>
<p><a href="https://www.preventioncarrieres.example.fr/a/58-questions?utm_source=lettre">Lire l'article &rarr;</a></p>
<p style="background:#eef3f9;padding:10px;">Offres de la semaine&nbsp;: <a href="https://www.preventioncarrieres.example.fr/o/1">animateur HSE (Le Havre)</a>, <a href="https://www.preventioncarrieres.example.fr/o/2">technicien sécurité (Dunkerque)</a>, <a href="https://www.preventioncarrieres.example.fr/o/3">coordinateur SPS (Rouen)</a>.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;">Vous recevez cette lettre car vous êtes inscrit(e) sur preventioncarrieres.example.fr. <a href="https://www.preventioncarrieres.example.fr/desabonnement?u=c91e" style="color:#888;">Se désabonner</a> &middot; Prévention &amp; Carrières SARL, 14 rue de la République, 69002 Lyon.</td></tr>
</table>
<img src="https://www.preventioncarrieres.example.fr/o/c91e-58.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "alerte_emploi_le_havre",
        "kind": "other",
        "lang": "fr",
        "date": "2026-03-30 06:45 +0200",
        "frm": ("EmploiPort Alertes", "alertes@emploiport.example.fr"),
        "subject": "5 nouvelles offres : Coordinateur QHSE – Le Havre",
        "structure": "html",
        "charset": "utf-8",
        "cte": "8bit",
        "list_id": "<alertes.emploiport.example.fr>",
        "list_unsub": "<https://www.emploiport.example.fr/alertes/stop?a=3390>",
        "headers": {"Precedence": "bulk"},
        "html": """<html><body style="margin:0;font-family:Roboto,Arial,sans-serif;background:#eceff1;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;background:#004b87;"><img src="https://www.emploiport.example.fr/img/logo-blanc.png" alt="EmploiPort" height="26"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#263238;">
<p><b>5 nouvelles offres</b> correspondent à votre alerte « Coordinateur QHSE – Le Havre (50 km) » :</p>
<p><a href="https://www.emploiport.example.fr/r?o=71120&amp;a=3390" style="color:#004b87;font-weight:bold;">Coordinateur / Coordinatrice HSE – terminal conteneurs</a><br>Terminal Normandie Estuaire · Le Havre · CDI</p>
<p><a href="https://www.emploiport.example.fr/r?o=71134&amp;a=3390" style="color:#004b87;font-weight:bold;">Animateur sécurité raffinerie (H/F)</a><br>Pétrochimie de l'Estuaire · Gonfreville-l'Orcher · CDI</p>
<p><a href="https://www.emploiport.example.fr/r?o=71139&amp;a=3390" style="color:#004b87;font-weight:bold;">Préventeur·rice quai</a><br>Manutention Havraise Réunie · Le Havre · CDD 12 mois</p>
<p><a href="https://www.emploiport.example.fr/r?a=3390&amp;tout=1">Voir les 5 offres</a></p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f5f7f8;font-size:11px;color:#78909c;">Vous recevez cet e-mail car vous avez créé une alerte sur EmploiPort. <a href="https://www.emploiport.example.fr/alertes/stop?a=3390" style="color:#78909c;">Arrêter cette alerte</a></td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "ami_refus_et_entretien",
        "kind": "other",
        "lang": "fr",
        "date": "2026-06-14 23:12 +0200",
        "frm": ("Camille Roussel", "camille.roussel@example.fr"),
        "subject": "nouvelles de Dunkerque",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Coucou ma Greta,

Alors de mon côté, c'est les montagnes russes : lundi j'ai reçu un refus de la raffinerie
(« votre profil ne correspond pas à nos attentes actuelles », merci pour la formule...),
et jeudi on m'a appelée pour un entretien au Grand Port pour un poste de chargée de
sécurité ! C'est le 23, je stresse déjà.

Et toi, tu as eu des nouvelles du Havre ? Raconte-moi tout. Et si tu passes à Dunkerque pour
ton entretien, tu dors à la maison, évidemment.

Bisous,
Camille
""",
        "company": "",
        "contact": "camille.roussel@example.fr",
    },
    {
        "key": "colis_retarde",
        "kind": "other",
        "lang": "fr",
        "date": "2026-09-11 14:02 +0200",
        "frm": ("ColiRapide", "suivi-notification@colirapide.example.fr"),
        "subject": "Malheureusement, votre colis est retardé",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 20px;background:#fdd000;"><img src="https://www.colirapide.example.fr/mail/logo.png" alt="ColiRapide" height="28"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333;line-height:1.5;">
<p>Bonjour,</p>
<p>Malheureusement, votre colis <b>6A19284773021</b> expédié par <i>EPI Discount</i> est retardé en raison d'un incident de tri sur notre plateforme de Lille.</p>
<p>Nouvelle date de livraison estimée&nbsp;: <b>lundi 14 septembre</b>.</p>
<p><a href="https://www.colirapide.example.fr/suivi?c=6A19284773021&amp;utm_source=mail" style="background:#333;color:#fdd000;padding:9px 16px;text-decoration:none;">Suivre mon colis</a></p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#999;">Ceci est un message automatique, merci de ne pas y répondre. ColiRapide SA &ndash; <a href="https://www.colirapide.example.fr/preferences" style="color:#999;">Gérer mes notifications</a></td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "banque_pret_refuse",
        "kind": "other",
        "lang": "fr",
        "date": "2026-07-22 10:40 +0200",
        "frm": ("Banque Scaldis - Crédits", "credits-noreply@banquescaldis.example.be"),
        "subject": "Votre demande de prêt voiture n° 26/44871",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "text": """Madame Vanderberg-Osei,

Nous avons bien examiné votre demande de prêt voiture n° 26/44871 d'un montant de
18.500 EUR.

Nous sommes au regret de vous informer que nous ne pouvons pas y réserver une suite
favorable. En effet, votre domicile et vos revenus se situant aux Pays-Bas, votre demande
ne répond pas à nos conditions d'octroi. Conformément à la loi, la Centrale des Crédits aux
Particuliers de la Banque nationale a été consultée.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Banque Scaldis - Service Crédits aux particuliers
Attention : emprunter de l'argent coûte aussi de l'argent.
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "podcast_les_quais",
        "kind": "other",
        "lang": "fr",
        "date": "2026-08-20 18:27 +0200",
        "frm": ("Élise Martel", "elise@podcast-lesquais.example.fr"),
        "subject": "Entretien pour le podcast « Les Quais »",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Bonjour Greta,

Je produis « Les Quais », un podcast sur les métiers portuaires, du Havre à Anvers. Un
auditeur m'a parlé de votre parcours – grutière à Rotterdam puis coordinatrice QHSE au
Havre – et j'aimerais beaucoup vous recevoir pour un entretien d'une quarantaine de minutes.

L'enregistrement peut se faire au Havre, dans notre petit studio du quartier Saint-François,
ou à distance. L'épisode serait diffusé en octobre.

Seriez-vous partante ? Je vous laisse me proposer des dates.

Bien à vous,
Élise Martel
Les Quais – le podcast des gens du port
""",
        "company": "",
        "contact": "elise@podcast-lesquais.example.fr",
    },
    {
        "key": "candidature_spontanee_envoyee",
        "kind": "other",
        "lang": "fr",
        "date": "2026-01-15 21:48 +0100",
        "frm": ("Greta Vanderberg-Osei", "greta.vo@example.nl"),
        "to": "recrutement@flandre-energies.example.fr",
        "mid": "<a3f9c1d7-5e2b-4a80-b6d4-7c1e9f0a2b58@example.nl>",
        "subject": "Candidature spontanée – coordinatrice sécurité / HSE",
        "structure": "mixed",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "headers": {"User-Agent": "Mozilla Thunderbird"},
        "text": """Madame, Monsieur,

Grutière portique depuis neuf ans au port de Rotterdam et titulaire du VCA-VOL, je
souhaite aujourd'hui mettre mon expérience du terrain au service de la prévention. Je
prépare actuellement le NEBOSH National Diploma.

Vos projets d'énergies nouvelles sur le port de Dunkerque m'intéressent particulièrement, et
je me permets de vous adresser ma candidature spontanée pour un poste de coordinatrice
sécurité ou HSE. Vous trouverez mon CV en pièce jointe.

Je me tiens à votre disposition pour un entretien, sur place ou en visioconférence.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Greta Vanderberg-Osei
+31 6 5550 7731
""",
        "attachments": [("CV_Greta_Vanderberg-Osei_FR.pdf", [
            "Greta Vanderberg-Osei - Rotterdam",
            "Grutiere portique STS (2017-2026), terminal a conteneurs, Maasvlakte",
            "Certificats : VCA-VOL, permis de grue, secourisme (BHV)",
            "Formation en cours : NEBOSH National Diploma",
            "Langues : neerlandais, anglais, allemand, francais (B2)",
        ])],
        "company": "",
        "contact": "",
    },
    {
        "key": "reponse_automatique_absence",
        "kind": "other",
        "lang": "fr",
        "date": "2026-08-14 09:31 +0200",
        "frm": ("Nathalie Lemarchand", "n.lemarchand@tne-lehavre.example.fr"),
        "subject": "Réponse automatique : Candidature – Responsable HSE maintenance",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["<9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b@example.nl>"],
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus, avec un accès limité à mes e-mails.
Votre message sera traité à mon retour.

Pour toute urgence, vous pouvez contacter le service RH au 02 35 55 40 00.

Cordialement,
Nathalie Lemarchand
Terminal Normandie Estuaire
""",
        "company": "",
        "contact": "n.lemarchand@tne-lehavre.example.fr",
    },
    {
        "key": "cabinet_prospection",
        "kind": "other",
        "lang": "fr",
        "date": "2026-10-01 11:18 +0200",
        "frm": ("Grégoire Delattre", "g.delattre@horizon-rh-nord.example.fr"),
        "subject": "Votre profil QHSE",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Bonjour Madame Vanderberg-Osei,

Je dirige le pôle Industrie & Ports du cabinet Horizon RH Nord, à Lille. J'ai vu que vous
aviez rejoint récemment une compagnie maritime au Havre : félicitations.

Je ne vous contacte pas pour un poste précis, mais pour faire connaissance. Les profils
QHSE issus de l'exploitation sont rares, et plusieurs de nos clients, à Dunkerque et à
Calais, nous en demandent régulièrement. Accepteriez-vous un échange téléphonique de 15
minutes dans les semaines qui viennent, sans engagement ?

Bien cordialement,

Grégoire Delattre
Associé – Horizon RH Nord
""",
        "company": "",
        "contact": "g.delattre@horizon-rh-nord.example.fr",
    },
    {
        "key": "file_attente_position",
        "kind": "other",
        "lang": "fr",
        "date": "2026-05-05 09:12 +0200",
        "frm": ("Service Clients Électricité Flandre", "ne-pas-repondre@elec-flandre.example.fr"),
        "subject": "Votre position dans la file d'attente : 14",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Bonjour,

Vous avez demandé à être rappelée par un conseiller au sujet de l'ouverture de votre
compteur (logement meublé, Dunkerque, rue du Leughenaer).

Votre position dans la file d'attente : 14
Temps d'attente estimé : 35 minutes

Un conseiller vous rappellera au +31 6 5550 7731. Si vous n'êtes pas disponible, votre
demande sera automatiquement reprogrammée.

Service Clients Électricité Flandre
Message automatique – merci de ne pas répondre.
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "enquete_utilisateur_appli",
        "kind": "other",
        "lang": "fr",
        "date": "2026-09-29 15:55 +0200",
        "frm": ("Inès Garnier", "ines.garnier@vigie-app.example.fr"),
        "subject": "Entretien utilisateur – 45 min sur votre usage de Vigie",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Bonjour Greta,

Vous utilisez Vigie depuis quelques semaines pour les visites de sécurité à bord. Nous
préparons la prochaine version de l'application et nous aimerions vous interviewer : 45
minutes en visio pour comprendre comment vous l'utilisez (et ce qui vous agace !).

Pour vous remercier, nous vous offrons trois mois d'abonnement Pro.

Il suffit de répondre à ce mail avec deux ou trois créneaux qui vous arrangent.

Merci d'avance,
Inès Garnier
UX Researcher – Vigie
""",
        "html": """<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#222;">
<p>Bonjour Greta,</p>
<p>Vous utilisez <b>Vigie</b> depuis quelques semaines pour les visites de sécurité à bord. Nous préparons la prochaine version de l'application et nous aimerions vous interviewer&nbsp;: 45 minutes en visio pour comprendre comment vous l'utilisez (et ce qui vous agace&nbsp;!).</p>
<p>Pour vous remercier, nous vous offrons trois mois d'abonnement Pro.</p>
<p>Il suffit de répondre à ce mail avec deux ou trois créneaux qui vous arrangent.</p>
<p>Merci d'avance,<br>Inès Garnier<br><span style="color:#888;">UX Researcher &ndash; Vigie</span></p>
<p style="font-size:11px;color:#aaa;">Vigie SAS &middot; 40 rue des Docks, 76600 Le Havre &middot; <a href="https://vigie-app.example.fr/desinscription?u=gvo" style="color:#aaa;">Ne plus recevoir de demandes d'entretien</a></p>
</body></html>
""",
        "company": "",
        "contact": "ines.garnier@vigie-app.example.fr",
    },
    # --- Spanish ---------------------------------------------------------------------------
    {
        "key": "amiga_su_entrevista",
        "kind": "other",
        "lang": "es",
        "date": "2026-03-08 22:16 +0100",
        "frm": ("Lucía Ferrández", "lucia.ferrandez@example.com"),
        "subject": "¡¡Me han llamado!!",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """¡Hola guapa!

Te escribo rapidito porque no me lo creo: me han llamado de la autoridad portuaria de
Valencia para una entrevista el jueves, para técnica de seguridad. Después de tres
rechazos seguidos ya ni me lo esperaba. Uno de ellos ni siquiera se molestó en contestar,
solo el típico "si no recibe respuesta en 30 días, considere que no ha sido seleccionada".

¿Me ayudas a prepararla? Tú que ya has hecho mil entrevistas este año... ¿Hacemos una
videollamada el martes?

Un besazo,
Lucía
""",
        "company": "",
        "contact": "lucia.ferrandez@example.com",
    },
    {
        "key": "boletin_empleo_maritimo",
        "kind": "other",
        "lang": "es",
        "date": "2026-05-27 08:15 +0200",
        "frm": ("Empleo Marítimo", "boletin@empleomaritimo.example.com"),
        "subject": "Boletín semanal: 23 ofertas de prevención y cómo superar un rechazo",
        "structure": "alt",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "list_id": "Boletin Empleo Maritimo <boletin.empleomaritimo.example.com>",
        "list_unsub": "<https://www.empleomaritimo.example.com/baja?u=51f0e>",
        "headers": {"Precedence": "bulk"},
        "text": """EMPLEO MARÍTIMO - Boletín semanal

23 nuevas ofertas de prevención de riesgos en puertos y navieras
Técnico/a PRL en Algeciras, coordinador/a HSE en Bilbao, inspector/a en Amberes...
Ver ofertas: https://www.empleomaritimo.example.com/ofertas?src=boletin

Cómo superar un rechazo tras la entrevista
"Lamentamos comunicarle que su candidatura no ha sido seleccionada": tres técnicos de
prevención cuentan cómo convirtieron un no en su siguiente entrevista.
Leer más: https://www.empleomaritimo.example.com/blog/rechazo

Recibes este boletín porque te suscribiste en empleomaritimo.example.com.
Darse de baja: https://www.empleomaritimo.example.com/baja?u=51f0e
""",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;background:#eef3f6;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 20px;background:#0b5563;color:#fff;"><img src="https://www.empleomaritimo.example.com/img/logo.png" alt="Empleo Marítimo" height="30"> Boletín semanal</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.6;color:#222;">
<h2 style="font-size:18px;">23 nuevas ofertas de prevención de riesgos en puertos y navieras</h2>
<p>Técnico/a PRL en Algeciras, coordinador/a HSE en Bilbao, inspector/a en Amberes&hellip; <a href="https://www.empleomaritimo.example.com/ofertas?src=boletin">Ver ofertas</a></p>
<h2 style="font-size:18px;">Cómo superar un rechazo tras la entrevista</h2>
<p>&laquo;Lamentamos comunicarle que su candidatura no ha sido seleccionada&raquo;: tres técnicos de prevención cuentan cómo convirtieron un no en su siguiente entrevista. <a href="https://www.empleomaritimo.example.com/blog/rechazo">Leer más</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;">Recibes este boletín porque te suscribiste en empleomaritimo.example.com. <a href="https://www.empleomaritimo.example.com/baja?u=51f0e" style="color:#888;">Darse de baja</a></td></tr>
</table></body></html>
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "pedido_retrasado",
        "kind": "other",
        "lang": "es",
        "date": "2026-10-09 13:05 +0200",
        "frm": ("TiendaEPI", "pedidos@tiendaepi.example.com"),
        "subject": "Lamentablemente tu pedido #ES-229184 se ha retrasado",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Hola Greta:

Lamentablemente tu pedido #ES-229184 (1 x chaleco de alta visibilidad clase 2, 1 x casco
con barboquejo) se ha retrasado. El transportista nos informa de una incidencia en el
envío internacional a Países Bajos.

Nueva fecha estimada de entrega: entre el 14 y el 16 de octubre.

Si prefieres cancelar el pedido, puedes hacerlo desde "Mis pedidos" y te devolveremos el
importe íntegro.

Gracias por tu paciencia,
El equipo de TiendaEPI
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "candidata_confirma_entrevista",
        "kind": "other",
        "lang": "es",
        "date": "2026-06-19 17:40 +0200",
        "frm": ("Greta Vanderberg-Osei", "greta.vo@example.nl"),
        "to": "Begoña Urrutia <b.urrutia@navcantabrica.example.com>",
        "mid": "<5d2e9a7c-3f1b-4c86-a0e4-b8d7c6f5e3a1@example.nl>",
        "subject": "RE: Entrevista – Coordinador/a HSE agencia de Róterdam",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "refs": ["@naviera_videollamada", "@cambio_de_hora"],
        "headers": {"User-Agent": "Mozilla Thunderbird"},
        "text": """Estimada Sra. Urrutia:

Muchas gracias por avisarme. Le confirmo que el martes 23 de junio a las 11:30 me viene
perfectamente. Quedo a la espera del enlace de Teams.

Un cordial saludo,
Greta Vanderberg-Osei

El 19/06/2026 a las 13:52, Begoña Urrutia escribió:
> Estimada Sra. Vanderberg-Osei:
>
> Le escribo para informarle de un cambio: D. Gorka Sainz estará embarcado el martes por la
> mañana, por lo que tenemos que pasar la entrevista del martes 23 de junio a las 11:30 en
> lugar de las 10:00. El resto no cambia.
""",
        "company": "",
        "contact": "",
    },
    {
        "key": "academia_solicitud_plaza",
        "kind": "other",
        "lang": "es",
        "date": "2026-09-17 10:22 +0200",
        "frm": ("Secretaría Academia Ñ Rotterdam", "secretaria@academia-enye.example.nl"),
        "subject": "Hemos recibido tu solicitud de plaza – curso B2 intensivo",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "8bit",
        "text": """Hola Greta:

Hemos recibido tu solicitud de plaza para el curso de español B2 intensivo (martes y jueves,
19:00–21:00), que empieza el 6 de octubre.

Antes de confirmar la plaza necesitamos que hagas la prueba de nivel online (unos 30
minutos): https://academia-enye.example.nl/prueba-nivel

Si tienes cualquier duda sobre horarios o pagos, responde a este correo y te contestamos
enseguida.

¡Hasta pronto!
Carmen – Secretaría
Academia Ñ · Witte de Withstraat 50 · Rotterdam
""",
        "company": "",
        "contact": "secretaria@academia-enye.example.nl",
    },
]
