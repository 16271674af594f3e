"""Everything else in the candidate's mailbox (kind: other), written one by one: newsletters and
alerts that talk about rejections and interviews, other meanings of the words, her own sent
mail, friends, out-of-office replies, cold outreach."""

from __future__ import annotations

from msgs97_common import CANDIDATE, newsletter_frame

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

# ------------------------------------------------------------------------------ English (16)

# 1. Career-advice newsletter about bouncing back from rejection; list headers.
add(
    kind="other", scenario="newsletter_bounce_back", company="", contact="", lang="en",
    sender=("The In-House Counsel Digest", "newsletter@inhousedigest.example.com"),
    subject="Rejected after the final round? Here's what to do next", date="2026-04-23 06:30",
    tz="+0000", structure="alt", cte="quoted-printable",
    list_id="The In-House Counsel Digest <digest.inhousedigest.example.com>",
    list_unsubscribe="<https://inhousedigest.example.com/u/7d1e?l=digest>, <mailto:unsubscribe@inhousedigest.example.com?subject=unsubscribe>",
    text="""THE IN-HOUSE COUNSEL DIGEST – Issue 112

Rejected after the final round? Here's what to do next

"Unfortunately, we have decided to move forward with other candidates." Few sentences sting more when you've made it through four interviews. This week, three general counsels tell us how they handled rejection on their way in-house – and what they would do differently.

1. Ask for feedback within 48 hours
2. Write down what the interview panel actually asked
3. Don't burn the bridge: one in five of our readers was hired later by a company that had turned them down

Read the full article: https://inhousedigest.example.com/r/112-rejection

ALSO THIS WEEK
- Salary survey 2026: privacy counsel pay in Amsterdam, Brussels and Paris
- Missed an interview because of a calendar mix-up? How to recover gracefully
- 23 new openings on our jobs board

You are receiving this because you subscribed at inhousedigest.example.com.
Unsubscribe: https://inhousedigest.example.com/u/7d1e?l=digest
""",
    html=newsletter_frame(
        title="The In-House Counsel Digest – Issue 112",
        logo="https://inhousedigest.example.com/img/masthead.png", logo_alt="The In-House Counsel Digest",
        pixel="https://t.inhousedigest.example.com/open/112/7d1e.gif",
        body="""<p style="font-size:12px;color:#999;text-transform:uppercase;">Issue 112</p>
<h1 style="font-size:24px;">Rejected after the final round? Here's what to do next</h1>
<p><i>"Unfortunately, we have decided to move forward with other candidates."</i> Few sentences sting more when you've made it through four interviews. This week, three general counsels tell us how they handled rejection on their way in-house &ndash; and what they would do differently.</p>
<ol><li>Ask for feedback within 48 hours</li><li>Write down what the interview panel actually asked</li><li>Don't burn the bridge: one in five of our readers was hired later by a company that had turned them down</li></ol>
<p><a href="https://t.inhousedigest.example.com/c/112/a1?u=rejection" style="color:#c0392b;font-weight:bold;">Read the full article &rarr;</a></p>
<h3>Also this week</h3>
<ul><li><a href="https://t.inhousedigest.example.com/c/112/a2">Salary survey 2026: privacy counsel pay in Amsterdam, Brussels and Paris</a></li>
<li><a href="https://t.inhousedigest.example.com/c/112/a3">Missed an interview because of a calendar mix-up? How to recover gracefully</a></li>
<li><a href="https://t.inhousedigest.example.com/c/112/a4">23 new openings on our jobs board</a></li></ul>""",
        footer="""You are receiving this because you subscribed at inhousedigest.example.com.<br>
<a href="https://inhousedigest.example.com/u/7d1e?l=digest">Unsubscribe</a> &middot; <a href="https://inhousedigest.example.com/preferences">Preferences</a><br>
In-House Counsel Digest Ltd, 22 Bedford Row, London WC1R 4JS. Registered in England No 11223344.""",
    ),
)

# 2. Job-alert digest, HTML only, many openings.
add(
    kind="other", scenario="job_alert_digest", company="", contact="", lang="en",
    sender=("LegalJobs Europe Alerts", "alerts@notify.legaljobs-europe.example.com"),
    subject="12 new jobs for \"privacy counsel\" in Amsterdam", date="2026-05-27 07:00",
    structure="html", cte="quoted-printable",
    list_unsubscribe="<https://click.legaljobs-europe.example.com/unsubscribe?alert=4471>",
    html="""<html><body style="margin:0;background:#eef2f6;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;">
<tr><td style="background:#13315c;padding:14px 24px;"><img src="https://cdn.legaljobs-europe.example.com/mail/logo-white.png" alt="LegalJobs Europe" height="28"></td></tr>
<tr><td style="padding:20px 24px;color:#333;">
<p>Hi Inès, here are the latest jobs matching your alert <b>"privacy counsel" – Amsterdam (+25 km)</b>.</p>
<table width="100%" cellpadding="8" style="border-collapse:collapse;">
<tr style="border-bottom:1px solid #eee;"><td><a href="https://click.legaljobs-europe.example.com/j/88101" style="color:#1b5fb0;font-weight:bold;">Privacy Counsel</a><br><span style="color:#777;">Fintech scale-up · Amsterdam · Hybrid</span></td><td align="right" style="color:#2e8b57;">New</td></tr>
<tr style="border-bottom:1px solid #eee;"><td><a href="https://click.legaljobs-europe.example.com/j/88115" style="color:#1b5fb0;font-weight:bold;">Senior Legal Counsel – Data Protection</a><br><span style="color:#777;">Global airline group · Schiphol</span></td><td align="right">2d</td></tr>
<tr style="border-bottom:1px solid #eee;"><td><a href="https://click.legaljobs-europe.example.com/j/88130" style="color:#1b5fb0;font-weight:bold;">DPO (32–40h)</a><br><span style="color:#777;">Municipal housing corporation · Amstelveen</span></td><td align="right">3d</td></tr>
<tr><td colspan="2"><a href="https://click.legaljobs-europe.example.com/alerts/4471/all" style="color:#1b5fb0;">See all 12 jobs &rarr;</a></td></tr>
</table>
<p style="font-size:12px;color:#777;">Tip: candidates who apply in the first 48 hours are twice as likely to be invited to an interview.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;background:#f7f9fb;">You set up this job alert on LegalJobs Europe. <a href="https://click.legaljobs-europe.example.com/unsubscribe?alert=4471">Unsubscribe from this alert</a> · <a href="https://click.legaljobs-europe.example.com/alerts">Manage alerts</a></td></tr>
</table></td></tr></table>
<img src="https://open.legaljobs-europe.example.com/o/alert4471.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 3. A podcast host asks her for an interview: a person, so a contact.
add(
    kind="other", scenario="podcast_interview_request", company="", contact="jamie@privacypulse.example.com",
    lang="en",
    sender=("Jamie Holloway", "jamie@privacypulse.example.com"),
    subject="Interview on Privacy Pulse?", date="2026-02-03 16:22", tz="+0000",
    structure="plain", cte="8bit",
    text="""Hi Inès,

I host Privacy Pulse, a fortnightly podcast for privacy pros (about 9,000 listeners, mostly in the UK and Benelux). I loved your talk at the Brussels Privacy Circle breakfast on dark patterns and cookie walls.

Would you be up for an interview on the show? It's a relaxed 40-minute conversation, recorded remotely – we'd talk about your litigation work before the Belgian DPA and what in-house teams get wrong about consent.

We're recording episodes for March; any Tuesday or Thursday afternoon works for me.

Cheers,
Jamie Holloway
Host & producer, Privacy Pulse
privacypulse.example.com
""",
)

# 4. A user-research interview for an app she uses; the researcher writes herself.
add(
    kind="other", scenario="user_research_interview", company="", contact="lena.ortiz@notewise.example.com",
    lang="en",
    sender=("Lena Ortiz", "lena.ortiz@notewise.example.com"),
    subject="30-min chat about how you use Notewise? (€50 voucher)", date="2026-06-18 14:09",
    structure="plain", cte="quoted-printable",
    text="""Hi Inès,

I'm a user researcher at Notewise. We noticed you've been using our shared notebooks a lot with your legal team, and we'd love to learn how.

Would you be open to a 30-minute user research interview over video next week? There are no right or wrong answers – we just want to watch how you work and hear what frustrates you. As a thank-you, you'll get a €50 voucher.

If you're interested, just reply with a couple of times that suit you.

Thanks!
Lena Ortiz
Senior UX Researcher, Notewise
""",
)

# 5. Out-of-office reply from a recruiter (Auto-Submitted); her address is still a person's.
add(
    kind="other", scenario="out_of_office_recruiter", company="", contact="n.okafor@brightwater-partners.example.com",
    lang="en",
    sender=("Nadia Okafor", "n.okafor@brightwater-partners.example.com"),
    subject="Automatic reply: Privacy & Data Counsel - Amsterdam", date="2026-07-30 22:14",
    structure="plain", cte="7bit", auto_submitted="auto-replied",
    headers={"X-Auto-Response-Suppress": "All"},
    in_reply_to="<DB9PR10MB58410A0A@mail.example.be>",
    text="""Thank you for your email. I am on annual leave until Monday 17 August with limited access to email.

For urgent recruitment matters please contact people@brightwater-partners.example.com.

Kind regards,
Nadia Okafor
Brightwater & Partners LLP
""",
)

# 6. Cold outreach from a head-hunter, no interview yet.
add(
    kind="other", scenario="cold_outreach_headhunter", company="", contact="o.grant@maxwellsearch.example.com",
    lang="en",
    sender=("Oliver Grant", "o.grant@maxwellsearch.example.com"),
    subject="Open to a chat?", date="2026-01-14 11:47", tz="+0000",
    structure="plain", cte="8bit",
    text="""Hi Inès,

I hope you don't mind the direct approach. I came across your profile and your articles on the Belgian DPA's case law, and I'm working on a Head of Privacy search for a listed European e-commerce group (confidential at this stage).

Would you be open to a 15-minute exploratory call next week? No commitment at all – I'd simply like to understand what you'd be looking for in an in-house move.

Best regards,
Oliver Grant
Partner, Legal & Regulatory | Maxwell Search
+44 20 5550 8812
Maxwell Search Ltd. Registered in England No 07766554.
""",
)

# 7. Her own sent mail: a follow-up to a recruiter. No contact.
add(
    kind="other", scenario="own_sent_follow_up", company="", contact="", lang="en",
    sender=CANDIDATE, to=[("Lotte Kramer", "lotte.kramer@bazaario.example.nl")],
    subject="Following up – Senior Privacy Counsel interview", date="2026-04-14 08:55",
    structure="plain", cte="quoted-printable",
    msgid="<CAJ1w5nSs3=ines.followup@mail.example.be>",
    text="""Dear Lotte,

I hope you're well. I wanted to follow up on my second interview with Joris and Femke last Tuesday and to thank you again for organising it so smoothly.

I remain very enthusiastic about the role, and I'd be happy to provide references or anything else that would help the team decide.

Best regards,
Inès Vandermeulen-Osei
+32 477 55 20 19
""",
)

# 8. A friend tells her about her own rejection.
add(
    kind="other", scenario="friend_own_rejection", company="", contact="zara.mensah@example.com",
    lang="en",
    sender=("Zara Mensah", "zara.mensah@example.com"),
    subject="ugh", date="2026-05-02 23:48",
    structure="plain", cte="8bit",
    text="""Ines,

Just got the email. After FOUR rounds and a case study they went with "a candidate whose experience more closely matches the role". I actually laughed. I'm fine. I'm not fine.

Drinks on Thursday? I need to hear about your interviews, at least one of us should be winning 😂

Z x
""",
)

# 9. A bank: "your loan application has been received" (not a job), multipart/alternative.
add(
    kind="other", scenario="loan_application_received", company="", contact="", lang="en",
    sender=("Brabant Direct Bank", "no-reply@brabantdirect.example.be"),
    subject="Your personal loan application has been received", date="2026-02-28 10:03",
    structure="alt", cte="quoted-printable",
    text="""Dear Ms Vandermeulen-Osei,

Thank you for your application for a personal loan of EUR 15,000 over 48 months (reference PL-2026-338210).

We have received your application and the supporting documents. Our credit team will assess it within 3 working days. You will be notified of the decision by email and in your online banking.

Brabant Direct Bank
This is an automated message – please do not reply.
""",
    html="""<table width="600" style="font-family:Arial;font-size:14px;"><tr><td>
<img src="https://www.brabantdirect.example.be/mail/logo.png" alt="Brabant Direct Bank" height="30">
<p>Dear Ms Vandermeulen-Osei,</p>
<p>Thank you for your application for a <b>personal loan of EUR 15,000</b> over 48 months (reference PL-2026-338210).</p>
<p>We have received your application and the supporting documents. Our credit team will assess it within 3 working days. You will be notified of the decision by email and in your online banking.</p>
<p>Brabant Direct Bank</p>
<p style="font-size:10px;color:#888;">This is an automated message – please do not reply. Brabant Direct Bank NV, RPR Brussels 0899.876.543.</p>
</td></tr></table>
""",
)

# 10. "Unfortunately your package is delayed".
add(
    kind="other", scenario="package_delayed", company="", contact="", lang="en",
    sender=("ParcelWise", "updates@parcelwise.example.com"),
    to=[("", "ines.vo@example.be")],
    subject="Unfortunately your package is delayed", date="2026-03-19 15:36",
    structure="html", cte="quoted-printable",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5;">
<table width="560" align="center" style="background:#fff;padding:24px;">
<tr><td><img src="https://cdn.parcelwise.example.com/logo.png" alt="ParcelWise" height="26"></td></tr>
<tr><td style="padding-top:16px;font-size:15px;color:#333;">
<p>Hi Inès,</p>
<p>Unfortunately your package <b>PW 4481 9920 13BE</b> from <b>Bureau Plus Office Supplies</b> is delayed due to high volumes at our Mechelen hub.</p>
<p>New expected delivery: <b>Monday 23 March, 09:00–13:00</b>.</p>
<p><a href="https://track.parcelwise.example.com/t/PW4481992013BE" style="background:#ff7a00;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">Track your parcel</a></p>
<p>We apologise for the inconvenience.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:18px;">ParcelWise BV · This mailbox is not monitored. <a href="https://track.parcelwise.example.com/preferences">Notification settings</a></td></tr>
</table>
<img src="https://track.parcelwise.example.com/o/4481.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 11. "Your position" in a GPS / location-sharing app.
add(
    kind="other", scenario="gps_position_shared", company="", contact="", lang="en",
    sender=("Wayfinder", "no-reply@wayfinder-app.example.com"),
    to=[("", "ines.vo@example.be")],
    subject="Your position is being shared with 1 person", date="2026-08-08 19:02",
    structure="html", cte="base64",
    html="""<html><body style="font-family:Roboto,Arial,sans-serif;">
<div style="max-width:480px;margin:auto;padding:20px;border:1px solid #e0e0e0;border-radius:8px;">
<img src="https://static.wayfinder-app.example.com/logo.png" alt="Wayfinder" height="24">
<h3>Location sharing is on</h3>
<p>Inès, your live position is being shared with <b>Kwame O.</b> until 22:00.</p>
<p>Your current position: near Gare du Midi, Brussels (accuracy 20 m).</p>
<p><a href="https://wayfinder-app.example.com/sharing/stop?s=91ab">Stop sharing</a> · <a href="https://wayfinder-app.example.com/settings/notifications">Notification settings</a></p>
<p style="font-size:11px;color:#888;">You're receiving this because location sharing alerts are on for your account.</p>
</div>
</body></html>
""",
)

# 12. Webinar marketing about interviews; list headers.
add(
    kind="other", scenario="webinar_marketing_interview", company="", contact="", lang="en",
    sender=("Privacy Professionals Network", "events@ppn-europe.example.com"),
    subject="Live webinar: Ace your in-house privacy interview (Thu 11 June)", date="2026-06-03 09:00",
    structure="alt", cte="quoted-printable",
    list_id="PPN Events <events.ppn-europe.example.com>",
    list_unsubscribe="<https://ppn-europe.example.com/unsubscribe?m=2291>",
    text="""PRIVACY PROFESSIONALS NETWORK – LIVE WEBINAR

Ace your in-house privacy interview
Thursday 11 June, 12:30–13:30 CET

Moving from private practice to in-house? Our panel of DPOs and recruiters shares the questions they always ask, the case studies they set and the mistakes that cost candidates the offer.

Register (free for members): https://ppn-europe.example.com/e/2291

Can't make it? Register anyway and we'll send the recording.

Unsubscribe: https://ppn-europe.example.com/unsubscribe?m=2291
""",
    html="""<html><body style="background:#f0f4f8;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;">
<tr><td style="background:#0a6e5c;color:#fff;padding:20px;"><img src="https://ppn-europe.example.com/mail/ppn.png" alt="Privacy Professionals Network" height="30"><br><span style="font-size:12px;">LIVE WEBINAR</span></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;">
<h2>Ace your in-house privacy interview</h2>
<p><b>Thursday 11 June, 12:30–13:30 CET</b></p>
<p>Moving from private practice to in-house? Our panel of DPOs and recruiters shares the questions they always ask, the case studies they set and the mistakes that cost candidates the offer.</p>
<p><a href="https://ppn-europe.example.com/c/2291?l=register" style="background:#0a6e5c;color:#fff;padding:12px 20px;text-decoration:none;">Register now</a></p>
<p style="font-size:13px;">Can't make it? Register anyway and we'll send the recording.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;">PPN Europe asbl · <a href="https://ppn-europe.example.com/unsubscribe?m=2291">Unsubscribe</a></td></tr>
</table>
<img src="https://ppn-europe.example.com/o/2291.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 13. A journalist asks for a press interview.
add(
    kind="other", scenario="press_interview_request", company="", contact="hannah.becker@dsweekly.example.com",
    lang="en",
    sender=("Hannah Becker", "hannah.becker@dsweekly.example.com"),
    subject="Interview request – cookie walls piece", date="2026-09-03 10:31",
    structure="plain", cte="quoted-printable",
    text="""Dear Ms Vandermeulen-Osei,

I'm a reporter at Data & Society Weekly, writing a piece on the new wave of "pay or consent" cookie walls in the Benelux. A colleague pointed me to your commentary on the Belgian DPA's decision in the publisher case.

Could I interview you by phone for 20 minutes this week? I'd quote you by name and title, and I'm happy to send you your quotes for checking before publication. My deadline is Monday.

Many thanks,
Hannah Becker
Reporter, Data & Society Weekly
+32 2 555 93 04
""",
)

# 14. A professional network notification, HTML only.
add(
    kind="other", scenario="profile_search_appearances", company="", contact="", lang="en",
    sender=("LinkUp", "notifications@linkup.example.com"),
    subject="Inès, you appeared in 14 searches this week", date="2026-03-29 18:15",
    structure="html", cte="quoted-printable",
    list_unsubscribe="<https://www.linkup.example.com/e/unsub?t=wk-searches>",
    html="""<html><body style="background:#f3f2ef;font-family:-apple-system,Segoe UI,Arial,sans-serif;">
<table width="520" align="center" style="background:#fff;border-radius:8px;padding:20px;">
<tr><td><img src="https://static.linkup.example.com/logo.png" alt="LinkUp" height="22"></td></tr>
<tr><td style="padding-top:14px;">
<p style="font-size:18px;">You appeared in <b>14 searches</b> this week</p>
<p style="color:#555;">Searchers found you through: <b>Data Protection</b>, <b>GDPR</b>, <b>Privacy Counsel</b></p>
<p style="color:#555;">People who searched for you work at: a recruitment agency, a bank, an EU agency</p>
<p><a href="https://www.linkup.example.com/comm/me/search-appearances?trk=eml" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">See all searches</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:16px;">This email was intended for Inès Vandermeulen-Osei. <a href="https://www.linkup.example.com/e/unsub?t=wk-searches">Unsubscribe</a> · LinkUp Ireland Unlimited Company, Dublin.</td></tr>
</table>
<img src="https://www.linkup.example.com/emimp/ip_wk.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 15. A mentoring programme: "your application has been received" (not a job).
add(
    kind="other", scenario="mentoring_application_received", company="", contact="", lang="en",
    sender=("Women in Privacy Europe", "no-reply@wip-europe.example.com"),
    subject="Your application to the 2026 mentoring programme has been received",
    date="2026-01-25 20:40", tz="+0000", structure="alt", cte="quoted-printable",
    text="""Hi Inès,

Thank you for applying to the Women in Privacy Europe 2026 mentoring programme as a mentee. Your application has been received.

Our volunteer committee will match mentors and mentees in February. We will let you know the outcome by 28 February.

Warmly,
The WiP Europe mentoring committee
""",
    html="""<div style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#3a2d4d;max-width:540px;">
<img src="https://wip-europe.example.com/img/logo.png" alt="Women in Privacy Europe" height="36">
<p>Hi Inès,</p>
<p>Thank you for applying to the <b>Women in Privacy Europe 2026 mentoring programme</b> as a mentee. Your application has been received.</p>
<p>Our volunteer committee will match mentors and mentees in February. We will let you know the outcome by 28 February.</p>
<p>Warmly,<br>The WiP Europe mentoring committee</p>
</div>
""",
)

# 16. A former colleague asks her to be a referee for his own application.
add(
    kind="other", scenario="colleague_asks_reference", company="", contact="pieter.claes@example.com",
    lang="en",
    sender=("Pieter Claes", "pieter.claes@example.com"),
    subject="Small favour?", date="2026-09-21 12:02",
    structure="plain", cte="8bit",
    text="""Hey Inès,

Hope the new job hunt is treating you better than mine! I've got a final interview at an insurer in Antwerp next week and they've asked for two referees. Would you be OK being one of them? We worked on the telecom breach file together in 2023, so you'd be perfect.

They'd probably just call you for 10 minutes.

Thanks a million,
Pieter
""",
)

# ------------------------------------------------------------------------------ German (3)

# 17. A credit-card application declined by a bank ("abgelehnt"), HTML only.
add(
    kind="other", scenario="kreditkarte_abgelehnt", company="", contact="", lang="de",
    sender=("Nordmark Direktbank", "service-noreply@nordmark-direktbank.example.de"),
    subject="Ihr Antrag auf eine Kreditkarte", date="2026-06-24 08:40",
    structure="html", charset="iso-8859-1", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<table width="580" align="center"><tr><td>
<img src="https://www.nordmark-direktbank.example.de/img/logo.png" alt="Nordmark Direktbank">
<p>Sehr geehrte Frau Vandermeulen-Osei,</p>
<p>vielen Dank für Ihren Antrag auf eine Nordmark Visa Gold.</p>
<p>Nach Prüfung Ihrer Angaben müssen wir Ihnen leider mitteilen, dass wir Ihren Antrag nicht annehmen können, da Sie Ihren Wohnsitz derzeit nicht in Deutschland haben. Ihr Antrag wurde daher abgelehnt.</p>
<p>Mit freundlichen Grüßen<br>Ihre Nordmark Direktbank</p>
<p style="font-size:10px;color:#888;">Nordmark Direktbank AG · Vorstand: Jens Harms, Dr. Sabine Vollmer · Amtsgericht Hamburg HRB 55660<br>Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht darauf.</p>
</td></tr></table>
</body></html>
""",
)

# 18. German career newsletter: "Was tun nach einer Absage?"; list headers.
add(
    kind="other", scenario="karriere_newsletter_absage", b_words=True, company="", contact="", lang="de",
    sender=("Juristenkarriere Newsletter", "newsletter@juristenkarriere.example.de"),
    subject="Absage erhalten? So geht es weiter – plus 40 neue Stellen", date="2026-05-15 07:15",
    structure="alt", cte="quoted-printable",
    list_id="Juristenkarriere <newsletter.juristenkarriere.example.de>",
    list_unsubscribe="<https://juristenkarriere.example.de/abmelden?id=b77c>",
    text="""JURISTENKARRIERE – dein Newsletter vom 15. Mai 2026

Absage erhalten? So geht es weiter
"Leider müssen wir Ihnen mitteilen ..." – jede Juristin kennt diese Sätze. Wir haben Personalverantwortliche aus Kanzleien und Rechtsabteilungen gefragt, wie du aus einer Absage lernst und wann sich eine Nachfrage lohnt.
Weiterlesen: https://juristenkarriere.example.de/r/absage-lernen

Außerdem:
- Vorstellungsgespräch verpasst? Was du jetzt tun solltest
- Gehaltsreport Datenschutz 2026
- 40 neue Stellen für Syndikusanwälte

Abmelden: https://juristenkarriere.example.de/abmelden?id=b77c
Juristenkarriere GmbH, Kaiserstraße 5, 60311 Frankfurt am Main, HRB 99001
""",
    html=newsletter_frame(
        title="Juristenkarriere Newsletter",
        logo="https://juristenkarriere.example.de/nl/logo.png", logo_alt="Juristenkarriere",
        pixel="https://juristenkarriere.example.de/nl/o/b77c.gif",
        body="""<h2>Absage erhalten? So geht es weiter</h2>
<p>„Leider müssen wir Ihnen mitteilen …“ – jede Juristin kennt diese Sätze. Wir haben Personalverantwortliche aus Kanzleien und Rechtsabteilungen gefragt, wie du aus einer Absage lernst und wann sich eine Nachfrage lohnt.</p>
<p><a href="https://juristenkarriere.example.de/c/b77c/1">Weiterlesen</a></p>
<h3>Außerdem</h3>
<ul><li><a href="https://juristenkarriere.example.de/c/b77c/2">Vorstellungsgespräch verpasst? Was du jetzt tun solltest</a></li>
<li><a href="https://juristenkarriere.example.de/c/b77c/3">Gehaltsreport Datenschutz 2026</a></li>
<li><a href="https://juristenkarriere.example.de/c/b77c/4">40 neue Stellen für Syndikusanwälte</a></li></ul>""",
        footer="""<a href="https://juristenkarriere.example.de/abmelden?id=b77c">Abmelden</a> &middot; Juristenkarriere GmbH, Kaiserstraße 5, 60311 Frankfurt am Main &middot; Geschäftsführerin: Anke Wolters &middot; HRB 99001""",
    ),
)

# 19. Out-of-office of a German partner (Auto-Submitted).
add(
    kind="other", scenario="abwesenheitsnotiz_partner", company="", contact="j.hartmann@hartmann-lenz.example.de",
    lang="de",
    sender=("Dr. Johannes Hartmann", "j.hartmann@hartmann-lenz.example.de"),
    subject="Abwesenheitsnotiz: Nachfrage Bewerbung Counsel Datenschutz", date="2026-04-07 09:12",
    structure="plain", cte="quoted-printable", auto_submitted="auto-replied",
    in_reply_to="<AM0PR07MB64170B0B@mail.example.be>",
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17. April nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an mein Sekretariat, Frau Katja Brenner (k.brenner@hartmann-lenz.example.de, +49 69 5550 3300).

Mit freundlichen Grüßen
Johannes Hartmann
""",
)

# ------------------------------------------------------------------------------ Spanish (6)

# 20. A friend in Madrid tells about her own interview.
add(
    kind="other", scenario="amiga_entrevista", b_words=True, company="", contact="carmen.ruiz@example.es", lang="es",
    sender=("Carmen Ruiz", "carmen.ruiz@example.es"),
    subject="¡¡me han llamado!!", date="2026-04-28 22:37",
    structure="plain", cte="8bit",
    text="""Inés, guapa:

¡Me han llamado para una entrevista en la consultora de Barcelona! La del puesto de privacidad que te comenté. Es el jueves a las diez y estoy de los nervios.

¿Tienes un rato mañana para hacerme un simulacro? Tú que te has comido ya tantas entrevistas este año... 😅

Y cuéntame cómo va lo tuyo con el banco, que no me has dicho nada.

Besos,
Carmen
""",
)

# 21. Spanish job-alert digest, HTML only.
add(
    kind="other", scenario="alertas_empleo_dpo", company="", contact="", lang="es",
    sender=("InfoLegal Empleo", "alertas@infolegal-empleo.example.es"),
    subject="5 nuevas ofertas de DPO en Madrid", date="2026-06-09 08:05",
    structure="html", cte="quoted-printable",
    list_unsubscribe="<https://infolegal-empleo.example.es/baja?a=dpo-mad>",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f7f7f7;">
<table width="600" align="center" style="background:#fff;" cellpadding="18">
<tr><td><img src="https://infolegal-empleo.example.es/img/logo.png" alt="InfoLegal Empleo" height="30"></td></tr>
<tr><td>
<p>Hola Inés, tenemos <b>5 nuevas ofertas</b> para tu alerta <i>«Delegado de Protección de Datos – Madrid»</i>:</p>
<ul>
<li><a href="https://infolegal-empleo.example.es/o/55120">DPO – Grupo hotelero</a> · Madrid · 60-70 k€</li>
<li><a href="https://infolegal-empleo.example.es/o/55131">Abogado/a senior Privacidad – despacho internacional</a> · Madrid</li>
<li><a href="https://infolegal-empleo.example.es/o/55140">Responsable de Cumplimiento y Privacidad – Aseguradora</a> · Madrid</li>
<li><a href="https://infolegal-empleo.example.es/o/55144">Técnico/a de Protección de Datos – Hospital</a> · Alcorcón</li>
<li><a href="https://infolegal-empleo.example.es/o/55152">Legal Counsel Privacy – Startup</a> · Remoto</li>
</ul>
<p>¡Inscríbete pronto! Las ofertas con más candidaturas se cierran antes de la fase de entrevistas.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;">Recibes este correo porque creaste una alerta en InfoLegal Empleo. <a href="https://infolegal-empleo.example.es/baja?a=dpo-mad">Darse de baja</a></td></tr>
</table>
<img src="https://infolegal-empleo.example.es/px/dpo-mad.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 22. A Spanish podcast invites her to be interviewed.
add(
    kind="other", scenario="podcast_entrevista", company="", contact="javier@derechoydatos.example.es",
    lang="es",
    sender=("Javier Montes", "javier@derechoydatos.example.es"),
    subject="Invitación al podcast Derecho y Datos", date="2026-10-05 17:20",
    structure="plain", cte="quoted-printable",
    text="""Hola Inés:

Soy Javier Montes, presento el podcast Derecho y Datos. Una compañera de Talenta me habló de ti y de tu experiencia litigando ante la autoridad belga.

Nos encantaría hacerte una entrevista para un episodio sobre cómo se aplica el RGPD en Bélgica frente a España. Grabamos en remoto, unos 45 minutos, en español (o en inglés si lo prefieres).

¿Te apetece? Si es que sí, dime qué días de octubre te vienen bien.

Un saludo,
Javier Montes
Derecho y Datos – el podcast
""",
)

# 23. Her own sent mail in Spanish, answering a rejection. No contact.
add(
    kind="other", scenario="enviado_propio_respuesta", company="", contact="", lang="es",
    sender=CANDIDATE, to=[("Pablo Ortega", "pablo.ortega@talentalegal.example.es")],
    subject="Re: Proceso DPO Banco Meridiano", date="2026-05-22 08:14",
    structure="plain", charset="iso-8859-1", cte="quoted-printable",
    in_reply_to="<20260521175500.po@talentalegal.example.es>",
    text="""Hola Pablo:

Gracias por avisarme tan rápido y por tu apoyo durante todo el proceso. Claro que me da pena, pero entiendo que buscaran a alguien que ya conozca el Banco de España.

Sigo muy interesada en Madrid, así que no dudes en pensar en mí para otros procesos.

Un abrazo,
Inés

El jue, 21 may 2026 a las 17:55, Pablo Ortega (<pablo.ortega@talentalegal.example.es>) escribió:
> Hola Inés:
>
> Te escribo para contarte cómo ha quedado el proceso de Banco Meridiano. Han decidido seguir con otra candidata.
""",
)

# 24. A bank that is also an employer in this mailbox declines a card: other, no company.
add(
    kind="other", scenario="tarjeta_denegada", company="", contact="", lang="es",
    sender=("Banco Meridiano", "notificaciones@bancomeridiano.example.es"),
    subject="Su solicitud de tarjeta de crédito ha sido denegada", date="2026-07-14 10:25",
    structure="html", charset="windows-1252", cte="quoted-printable",
    html="""<html><body style="font-family:Arial;font-size:13px;color:#333;">
<img src="https://www.bancomeridiano.example.es/mail/logo.png" alt="Banco Meridiano"><br><br>
<p>Estimada clienta:</p>
<p>Le informamos de que, tras analizar su solicitud de la tarjeta <b>Meridiano Oro</b>, lamentablemente no podemos concederla en este momento, ya que no cumple el requisito de residencia fiscal en España.</p>
<p>Puede consultar el detalle en su banca online o en cualquiera de nuestras oficinas.</p>
<p>Atentamente,<br>Banco Meridiano</p>
<p style="font-size:10px;color:#888;">Banco Meridiano, S.A. – Este correo ha sido enviado automáticamente, por favor no responda. <a href="https://www.bancomeridiano.example.es/privacidad">Política de privacidad</a></p>
</body></html>
""",
)

# 25. A conference registration confirmation, multipart/alternative.
add(
    kind="other", scenario="congreso_inscripcion", company="", contact="", lang="es",
    sender=("Congreso Nacional de Privacidad", "no-reply@congresoprivacidad.example.es"),
    subject="Inscripción confirmada – Congreso Nacional de Privacidad 2026", date="2026-09-15 13:00",
    structure="alt", cte="base64",
    text="""Hola, Inés:

Tu inscripción al Congreso Nacional de Privacidad 2026 (Madrid, 22 y 23 de octubre) está confirmada.

Entrada: General – 2 días
Localizador: CNP26-44817

Te enviaremos el programa definitivo y tu acreditación una semana antes del evento.

¡Nos vemos en Madrid!
Organización del Congreso Nacional de Privacidad
""",
    html="""<div style="font-family:Arial;max-width:560px;">
<img src="https://congresoprivacidad.example.es/img/cnp26.png" alt="Congreso Nacional de Privacidad 2026" width="300">
<p>Hola, Inés:</p>
<p>Tu inscripción al <b>Congreso Nacional de Privacidad 2026</b> (Madrid, 22 y 23 de octubre) está confirmada.</p>
<table cellpadding="6" style="background:#f4f4f4;"><tr><td>Entrada</td><td>General – 2 días</td></tr><tr><td>Localizador</td><td>CNP26-44817</td></tr></table>
<p>Te enviaremos el programa definitivo y tu acreditación una semana antes del evento.</p>
<p>¡Nos vemos en Madrid!<br>Organización del Congreso Nacional de Privacidad</p>
</div>
""",
)

# ------------------------------------------------------------------------------ French (27)

# 26. Career newsletter: "Entretien raté ? 5 leçons"; list headers.
add(
    kind="other", scenario="newsletter_entretien_rate", company="", contact="", lang="fr",
    sender=("Droit & Carrière", "lettre@droit-carriere.example.fr"),
    subject="Entretien raté ? 5 leçons à en tirer", date="2026-03-17 07:45",
    structure="alt", cte="quoted-printable",
    list_id="La lettre Droit & Carriere <lettre.droit-carriere.example.fr>",
    list_unsubscribe="<https://droit-carriere.example.fr/desinscription?u=4e2a>, <mailto:desinscription@droit-carriere.example.fr>",
    text="""DROIT & CARRIÈRE – La lettre du mardi

Entretien raté ? 5 leçons à en tirer

Vous avez oublié l'heure, le lien visio ne marchait pas, ou le jury vous a déstabilisée : un entretien manqué n'est pas la fin du monde. Notre chroniqueuse, ancienne DRH d'un cabinet parisien, explique comment rebondir et, parfois, obtenir une seconde chance.

Lire l'article : https://droit-carriere.example.fr/a/entretien-rate

Également dans cette lettre :
- « Nous ne donnerons pas suite » : faut-il demander un retour ?
- Juristes : les offres d'emploi in-house en hausse de 12 % en Belgique
- Témoignage : de l'avocature au poste de DPO

Se désinscrire : https://droit-carriere.example.fr/desinscription?u=4e2a
""",
    html=newsletter_frame(
        title="Droit & Carrière – La lettre du mardi",
        logo="https://droit-carriere.example.fr/img/logo-lettre.png", logo_alt="Droit & Carrière",
        pixel="https://droit-carriere.example.fr/o/4e2a.gif",
        body="""<h1 style="font-size:22px;">Entretien raté ? 5 leçons à en tirer</h1>
<p>Vous avez oublié l'heure, le lien visio ne marchait pas, ou le jury vous a déstabilisée : un entretien manqué n'est pas la fin du monde. Notre chroniqueuse, ancienne DRH d'un cabinet parisien, explique comment rebondir et, parfois, obtenir une seconde chance.</p>
<p><a href="https://droit-carriere.example.fr/c/4e2a/1">Lire l'article</a></p>
<hr>
<p><a href="https://droit-carriere.example.fr/c/4e2a/2">« Nous ne donnerons pas suite » : faut-il demander un retour ?</a></p>
<p><a href="https://droit-carriere.example.fr/c/4e2a/3">Juristes : les offres d'emploi in-house en hausse de 12 % en Belgique</a></p>
<p><a href="https://droit-carriere.example.fr/c/4e2a/4">Témoignage : de l'avocature au poste de DPO</a></p>""",
        footer="""Vous recevez cette lettre car vous êtes abonnée à Droit &amp; Carrière. <a href="https://droit-carriere.example.fr/desinscription?u=4e2a">Se désinscrire</a><br>Droit &amp; Carrière SAS, 14 rue Soufflot, 75005 Paris.""",
    ),
)

# 27. A Belgian job board's digest, HTML only.
add(
    kind="other", scenario="alerte_offres_dpo_bruxelles", company="", contact="", lang="fr",
    sender=("Carrièrenet Alertes", "alertes@mail.carrierenet.example.be"),
    subject="8 nouvelles offres « DPO » à Bruxelles", date="2026-02-02 06:50",
    structure="html", cte="quoted-printable",
    list_unsubscribe="<https://trk.carrierenet.example.be/c?u=desinscription-alerte&id=dpo-bxl>",
    html="""<html><body style="background:#f0f0f0;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Verdana,sans-serif;font-size:13px;">
<tr><td style="padding:16px 22px;border-bottom:1px solid #eee;"><img src="https://img.carrierenet.example.be/mail/logo.png" alt="Carrièrenet" height="30"></td></tr>
<tr><td style="padding:20px 22px;color:#333;">
<p>Bonjour Inès, voici les nouvelles offres pour votre alerte <b>« DPO » – Bruxelles</b> :</p>
<p><a href="https://trk.carrierenet.example.be/c?u=offre&amp;id=9001" style="color:#e2001a;font-weight:bold;">Data Protection Officer (H/F/X)</a><br>Mutualité · Bruxelles · CDI</p>
<p><a href="https://trk.carrierenet.example.be/c?u=offre&amp;id=9004" style="color:#e2001a;font-weight:bold;">Juriste vie privée</a><br>Administration régionale · Bruxelles · Contractuel</p>
<p><a href="https://trk.carrierenet.example.be/c?u=offre&amp;id=9010" style="color:#e2001a;font-weight:bold;">Privacy Officer – NL/FR</a><br>Groupe de distribution · Zaventem</p>
<p><a href="https://trk.carrierenet.example.be/c?u=alerte&amp;id=dpo-bxl">Voir les 8 offres</a></p>
<p style="font-size:11px;color:#888;">Conseil : relancez le recruteur une semaine après votre candidature si vous n'avez pas reçu d'accusé de réception.</p>
</td></tr>
<tr><td style="padding:14px 22px;background:#fafafa;font-size:10px;color:#999;">Carrièrenet SRL. <a href="https://trk.carrierenet.example.be/c?u=desinscription-alerte&amp;id=dpo-bxl">Désactiver cette alerte</a></td></tr>
</table>
<img src="https://trk.carrierenet.example.be/o.gif?m=alert-dpo" width="1" height="1" alt="">
</body></html>
""",
)

# 28. A flat application refused ("votre candidature n'a pas été retenue") by an estate agent.
add(
    kind="other", scenario="candidature_appartement_refusee", company="", contact="g.dethier@immosablon.example.be",
    lang="fr",
    sender=("Grégory Dethier", "g.dethier@immosablon.example.be"),
    subject="Appartement rue de la Régence 41 – votre candidature", date="2026-02-19 17:05",
    structure="plain", cte="quoted-printable",
    text="""Madame,

Je vous remercie pour votre dossier de candidature locative pour l'appartement deux chambres situé rue de la Régence 41, 3e étage.

Le propriétaire a fait son choix parmi les candidats et je suis au regret de vous informer que votre candidature n'a pas été retenue. Il a privilégié un candidat pouvant entrer dans les lieux dès le 1er mars.

N'hésitez pas à me recontacter : un bien similaire au Sablon devrait se libérer au printemps.

Bien à vous,

Grégory Dethier
Agent immobilier agréé IPI 508 122
Immo Sablon – Place du Grand Sablon 9, 1000 Bruxelles
""",
)

# 29. "Votre position dans la file d'attente" – a municipal online counter.
add(
    kind="other", scenario="position_file_attente", company="", contact="", lang="fr",
    sender=("e-Guichet – Commune de Bois-Fontaine", "ne-pas-repondre@eguichet.example.be"),
    to=[("", "ines.vo@example.be")],
    subject="Votre position dans la file d'attente : 37", date="2026-04-10 09:12",
    structure="plain", cte="8bit",
    text="""Bonjour,

Votre demande de carte d'identité électronique (dossier EID-2026-18822) a bien été enregistrée.

Votre position dans la file d'attente : 37
Délai estimé avant votre rendez-vous au guichet : 9 jours ouvrables

Vous recevrez un SMS et un e-mail lorsque votre carte sera prête.

Ceci est un message automatique. Merci de ne pas y répondre.
e-Guichet
""",
)

# 30. "Malheureusement, votre colis a du retard", HTML only.
add(
    kind="other", scenario="colis_en_retard", company="", contact="", lang="fr",
    sender=("ColisExpress", "info@suivi.colisexpress.example.fr"),
    subject="Malheureusement, votre colis a du retard", date="2026-07-01 12:44",
    structure="html", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;background:#fafafa;">
<table width="560" align="center" style="background:#fff;" cellpadding="20">
<tr><td style="background:#ffd400;"><img src="https://suivi.colisexpress.example.fr/img/logo.png" alt="ColisExpress" height="28"></td></tr>
<tr><td>
<p>Bonjour,</p>
<p>Malheureusement, votre colis <b>CE 7720 1193 4FR</b> a pris du retard suite à un incident sur notre plateforme de Lesquin.</p>
<p>Nouvelle date de livraison estimée : <b>vendredi 3 juillet</b>.</p>
<p><a href="https://suivi.colisexpress.example.fr/t/CE77201193" style="color:#0055a4;">Suivre mon colis</a> · <a href="https://suivi.colisexpress.example.fr/t/CE77201193/modifier">Modifier la livraison</a></p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;">ColisExpress SAS. Cet e-mail est envoyé automatiquement. <a href="https://suivi.colisexpress.example.fr/preferences">Préférences de notification</a></td></tr>
</table>
<img src="https://suivi.colisexpress.example.fr/px/7720.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 31. A bank turns down a mortgage request ("nous ne pouvons donner une suite favorable").
add(
    kind="other", scenario="credit_hypothecaire_refuse", company="", contact="", lang="fr",
    sender=("Banque Saint-Hubert", "ne-pas-repondre@banque-sainthubert.example.be"),
    subject="Votre demande de crédit hypothécaire", date="2026-05-25 16:18",
    structure="html", cte="quoted-printable",
    html="""<html><body style="font-family:Arial;font-size:13px;">
<table width="600"><tr><td>
<img src="https://www.banque-sainthubert.example.be/mail/logo.png" alt="Banque Saint-Hubert" height="34">
<p>Madame Vandermeulen-Osei,</p>
<p>Nous avons examiné avec attention votre demande de crédit hypothécaire (dossier HYP-26-04417) pour l'acquisition d'un appartement à Etterbeek.</p>
<p>Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable dans sa forme actuelle : la quotité demandée (95 %) dépasse nos critères, compte tenu du changement d'emploi que vous nous avez signalé.</p>
<p>Votre conseiller se tient à votre disposition dans votre agence pour étudier une autre formule.</p>
<p>Banque Saint-Hubert</p>
<p style="font-size:10px;color:#888;">Banque Saint-Hubert SA – Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>
</td></tr></table>
</body></html>
""",
)

# 32. A journalist asks for a press interview.
add(
    kind="other", scenario="journaliste_demande_interview", company="", contact="m.petit@echodesdonnees.example.fr",
    lang="fr",
    sender=("Margaux Petit", "m.petit@echodesdonnees.example.fr"),
    subject="Demande d'interview – amendes RGPD", date="2026-01-20 11:30",
    structure="plain", cte="quoted-printable",
    text="""Bonjour Maître,

Je suis journaliste à L'Écho des Données et je prépare un dossier sur les amendes RGPD infligées aux opérateurs télécoms en Belgique et en France.

Accepteriez-vous de m'accorder une interview d'une demi-heure, par téléphone ou en visio, dans les dix prochains jours ? Vos dossiers devant l'autorité belge m'intéressent particulièrement.

Je vous remercie par avance,

Margaux Petit
Journaliste – L'Écho des Données
06 55 40 12 77
""",
)

# 33. Her own thank-you note after an interview. No contact.
add(
    kind="other", scenario="envoye_remerciement_entretien", company="", contact="", lang="fr",
    sender=CANDIDATE, to=[("Hélène Varenne", "helene.varenne@varenne-conformite.example.fr")],
    subject="Merci pour notre entretien", date="2026-03-11 12:20",
    structure="plain", cte="quoted-printable",
    text="""Chère Madame Varenne,

Je tenais à vous remercier pour notre entretien de ce matin et pour la présentation très concrète des missions du cabinet. Votre approche des audits dans le secteur public m'a particulièrement intéressée.

Je reste bien entendu à votre disposition pour un second échange ou pour vous transmettre des références.

Bien à vous,
Inès Vandermeulen-Osei
""",
)

# 34. Her own spontaneous application, sent mail. No contact.
add(
    kind="other", scenario="envoye_candidature_spontanee", company="", contact="", lang="fr",
    sender=CANDIDATE, to=[("Direction générale CUSR", "direction@cusr.example.be")],
    subject="Candidature spontanée – juriste spécialisée en protection des données",
    date="2026-01-14 20:05", structure="plain", charset="iso-8859-1", header_charset="utf-8",
    cte="quoted-printable",
    text="""Madame, Monsieur,

Avocate au barreau de Bruxelles depuis 2017, spécialisée en protection des données et en droit des technologies, je souhaite mettre mon expérience au service d'une institution de soins.

Les questions que soulèvent les données de santé (dossier patient informatisé, recherche clinique, partage avec les réseaux de santé) sont au coeur de ma pratique depuis plusieurs années. Je serais heureuse de pouvoir contribuer à la fonction de DPO ou au service juridique des Cliniques.

Vous trouverez mon CV ci-dessous en lien. Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Inès Vandermeulen-Osei
+32 477 55 20 19
""",
)

# 35. A friend writes about her own rejection (tutoiement).
add(
    kind="other", scenario="amie_refus", company="", contact="lea.dubois@example.fr", lang="fr",
    sender=("Léa Dubois", "lea.dubois@example.fr"),
    subject="bon ben c'est non", date="2026-06-12 21:58",
    structure="plain", cte="8bit",
    text="""Coucou ma belle,

J'ai eu la réponse de la mairie de Lille : c'est non. « Nous avons le regret de vous informer que votre candidature n'a pas été retenue », le grand classique. Après trois entretiens !! Je suis dégoûtée.

Bref. Tu me racontes tes entretiens ? Et si tu passes, on se fait un resto, j'ai besoin de me changer les idées.

Bisous,
Léa
""",
)

# 36. An out-of-office reply from a university HR officer (Auto-Submitted).
add(
    kind="other", scenario="reponse_absence_rh", company="", contact="i.vanhecke@univ-charlemagne.example.be",
    lang="fr",
    sender=("Isabelle Van Hecke", "i.vanhecke@univ-charlemagne.example.be"),
    subject="Réponse automatique : Confirmation entretien du 2 avril", date="2026-03-24 19:40",
    structure="plain", cte="quoted-printable", auto_submitted="auto-replied",
    headers={"X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
    in_reply_to="<CAJ1w5nRr9=ines.uc2@mail.example.be>",
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 30 mars inclus. Votre message sera traité à mon retour.

Pour les questions urgentes relatives aux recrutements, merci de contacter le service à l'adresse rh-recrutement@univ-charlemagne.example.be.

Isabelle Van Hecke
Université Charlemagne
""",
)

# 37. Cold outreach from a Belgian head-hunter, no interview.
add(
    kind="other", scenario="approche_chasseur_tetes", company="", contact="b.hanssens@hanssens-executive.example.be",
    lang="fr",
    sender=("Benoît Hanssens", "b.hanssens@hanssens-executive.example.be"),
    subject="Opportunité DPO – groupe industriel wallon", date="2026-08-26 08:30",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Madame Vandermeulen-Osei,

Je me permets de vous contacter de manière confidentielle. Nous accompagnons un groupe industriel wallon (3.000 collaborateurs, présence dans 14 pays) qui crée une fonction de Group DPO rattachée au General Counsel.

Votre parcours d’avocate spécialisée m’a semblé particulièrement pertinent. Seriez-vous ouverte à un premier échange téléphonique, sans engagement, pour que je vous en dise davantage ?

Bien cordialement,

Benoît Hanssens
Managing Partner
Hanssens Executive – Search & Selection
Avenue de Tervueren 270, 1150 Bruxelles
+32 475 55 09 81
""",
)

# 38. Webinar marketing in French about interviews; list headers.
add(
    kind="other", scenario="webinaire_entretien_dpo", company="", contact="", lang="fr",
    sender=("Association des DPO de Belgique", "communication@dpo-belgique.example.be"),
    subject="Webinaire : réussir son entretien de DPO – jeudi 21 mai", date="2026-05-12 11:00",
    structure="alt", cte="quoted-printable",
    list_id="Actualites ADPOB <actu.dpo-belgique.example.be>",
    list_unsubscribe="<https://dpo-belgique.example.be/lettre/desinscription?m=ines>",
    text="""ASSOCIATION DES DPO DE BELGIQUE

Webinaire membres – jeudi 21 mai, 12h30
Réussir son entretien de DPO

Questions pièges, mise en situation, négociation salariale : deux DPO et une recruteuse spécialisée partagent leurs conseils. Vous saurez quoi répondre quand on vous demande « pourquoi quitter le barreau ? ».

Inscription gratuite pour les membres : https://dpo-belgique.example.be/webinaires/entretien

Se désinscrire : https://dpo-belgique.example.be/lettre/desinscription?m=ines
""",
    html="""<html><body style="font-family:Arial;background:#eef3f7;">
<table width="600" align="center" style="background:#fff;" cellpadding="20">
<tr><td style="background:#003a70;"><img src="https://dpo-belgique.example.be/img/adpob-blanc.png" alt="Association des DPO de Belgique" height="34"></td></tr>
<tr><td>
<p style="color:#003a70;font-weight:bold;">Webinaire membres – jeudi 21 mai, 12h30</p>
<h2>Réussir son entretien de DPO</h2>
<p>Questions pièges, mise en situation, négociation salariale : deux DPO et une recruteuse spécialisée partagent leurs conseils. Vous saurez quoi répondre quand on vous demande « pourquoi quitter le barreau ? ».</p>
<p><a href="https://dpo-belgique.example.be/r/w21?l=inscription" style="background:#003a70;color:#fff;padding:10px 18px;text-decoration:none;">Je m'inscris</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#999;">ADPOB asbl · <a href="https://dpo-belgique.example.be/lettre/desinscription?m=ines">Se désinscrire</a></td></tr>
</table>
<img src="https://dpo-belgique.example.be/o/w21.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 39. The bar confirms receipt of her request to leave the roll ("demande bien reçue").
add(
    kind="other", scenario="ordre_omission_recue", company="", contact="", lang="fr",
    sender=("Ordre des avocats – Secrétariat", "noreply@ordre-avocats-bxl.example.be"),
    subject="Votre demande d'omission du tableau a bien été reçue", date="2026-09-02 10:40",
    structure="plain", cte="base64",
    text="""Maître,

Nous accusons réception de votre demande d'omission du tableau de l'Ordre, introduite le 1er septembre 2026 avec effet au 30 septembre 2026.

Votre demande sera soumise au Conseil de l'Ordre lors de sa séance du 15 septembre. Nous vous rappelons que les cotisations restent dues jusqu'à la date d'effet de l'omission.

Ce courriel est envoyé automatiquement ; pour toute question, veuillez utiliser le formulaire de contact de l'espace avocat.

Le Secrétariat de l'Ordre
""",
)

# 40. A missed medical appointment – not an interview.
add(
    kind="other", scenario="rdv_medical_manque", company="", contact="", lang="fr",
    sender=("Centre médical Louise", "rendezvous-noreply@cm-louise.example.be"),
    subject="Rendez-vous manqué du 14/04", date="2026-04-14 18:02",
    structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Madame Vandermeulen-Osei,

Vous ne vous êtes pas présentée à votre rendez-vous du mardi 14 avril à 08h40 avec le Dr Hennebert (dermatologie), et celui-ci n'a pas été annulé au moins 24 heures à l'avance.

Conformément à notre règlement, un montant forfaitaire de 25 EUR vous sera facturé.

Pour reprendre rendez-vous, rendez-vous sur notre site ou appelez le 02 555 70 70.

Centre médical Louise
(message automatique)
""",
)

# 41. An estate agent cancels a flat viewing – a cancellation, not an interview.
add(
    kind="other", scenario="visite_annulee", company="", contact="s.lefebvre@wazemmes-immo.example.fr",
    lang="fr",
    sender=("Sandrine Lefebvre", "s.lefebvre@wazemmes-immo.example.fr"),
    subject="Visite annulée – T3 rue Gambetta", date="2026-08-20 17:33",
    structure="plain", cte="8bit",
    text="""Bonjour Madame,

Je suis désolée, je dois annuler la visite de l'appartement rue Gambetta prévue samedi à 11h : le propriétaire a accepté un dossier hier soir.

J'ai un autre T3 à Vauban qui pourrait vous intéresser, disponible au 1er octobre. Voulez-vous que je vous envoie l'annonce ?

Cordialement,
Sandrine Lefebvre
Agence Wazemmes Immobilier – 12 place de la Nouvelle Aventure, 59000 Lille
03 20 55 31 62
""",
)

# 42. Admission to an executive master: "votre candidature est acceptée" – training, not a job.
add(
    kind="other", scenario="executive_master_admission", company="", contact="c.marchand@univ-charlemagne.example.be",
    lang="fr",
    sender=("Céline Marchand", "c.marchand@univ-charlemagne.example.be"),
    subject="Executive Master en gouvernance des données – admission", date="2026-06-26 14:15",
    structure="plain", cte="quoted-printable",
    text="""Chère Madame,

J'ai le plaisir de vous annoncer que le comité d'admission a accepté votre candidature à l'Executive Master en gouvernance des données (promotion 2026-2027).

Les cours débuteront le vendredi 2 octobre. Pour confirmer votre inscription, merci de régler l'acompte de 1.500 € avant le 15 juillet ; les modalités figurent dans votre espace étudiant.

N'hésitez pas à m'écrire si vous avez des questions sur l'organisation des modules.

Bien cordialement,

Céline Marchand
Coordinatrice – Executive Education
Université Charlemagne
""",
)

# 43. A career coach's session notes (talks about interviews and refusals).
add(
    kind="other", scenario="coach_compte_rendu", company="", contact="veronique@hallet-coaching.example.be",
    lang="fr",
    sender=("Véronique Hallet", "veronique@hallet-coaching.example.be"),
    subject="Compte rendu de notre séance du 9 juillet", date="2026-07-10 09:05",
    structure="plain", cte="quoted-printable",
    text="""Bonjour Inès,

Voici comme promis quelques notes de notre séance d'hier :

- Les deux refus récents (Bruxelles et Genève) ne disent rien de votre valeur : ils portaient sur l'expérience sectorielle, pas sur vos compétences.
- Pour les prochains entretiens, préparez trois exemples concrets de « projets menés de bout en bout » hors contentieux.
- Pensez à relancer systématiquement une semaine après chaque entretien.
- Exercice : rédiger votre pitch de 90 secondes « pourquoi je quitte le cabinet ».

Prochaine séance : jeudi 23 juillet à 18h, comme d'habitude.

Belle journée,
Véronique

Véronique Hallet – Coach de carrière certifiée
hallet-coaching.example.be
""",
)

# 44. A telecom that is also an employer in this mailbox sends her phone bill.
add(
    kind="other", scenario="facture_telecom", company="", contact="", lang="fr",
    sender=("Telnova", "facture-noreply@telnova.example.be"),
    subject="Votre facture Telnova de mars est disponible", date="2026-03-05 05:12",
    structure="alt", cte="quoted-printable",
    text="""Bonjour Inès,

Votre facture de mars 2026 est disponible dans votre espace client.

Montant : 54,99 €
Échéance : 20 mars 2026 (domiciliation)

Consulter ma facture : https://my.telnova.example.be/factures

Telnova SA – Boulevard du Roi Albert II 27, 1030 Bruxelles
""",
    html="""<table width="600" style="font-family:Arial;font-size:14px;"><tr><td>
<img src="https://my.telnova.example.be/mail/logo.png" alt="Telnova" height="30">
<p>Bonjour Inès,</p>
<p>Votre facture de mars 2026 est disponible dans votre espace client.</p>
<table cellpadding="6" style="background:#f2f2f2;"><tr><td>Montant</td><td><b>54,99 €</b></td></tr><tr><td>Échéance</td><td>20 mars 2026 (domiciliation)</td></tr></table>
<p><a href="https://t.telnova.example.be/c?u=factures&amp;id=8812" style="color:#6a1b9a;">Consulter ma facture</a></p>
<p style="font-size:10px;color:#888;">Telnova SA – Boulevard du Roi Albert II 27, 1030 Bruxelles. <a href="https://t.telnova.example.be/c?u=preferences">Préférences de communication</a></p>
</td></tr></table>
<img src="https://t.telnova.example.be/o.gif?f=8812" width="1" height="1" alt="">
""",
)

# 45. A Swiss friend got an interview herself.
add(
    kind="other", scenario="amie_suisse_entretien", company="", contact="al.perrin@example.ch", lang="fr",
    sender=("Anne-Laure Perrin", "al.perrin@example.ch"),
    subject="Devine quoi", date="2026-05-08 20:30",
    structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Salut Inès,

Devine quoi : j'ai décroché un entretien au Bureau international des normes numériques pour le poste de juriste qu'on avait vu ensemble ! C'est mardi en huit, je suis toute excitée. Ils m'ont dit que ce serait un panel de cinq personnes, ça me stresse un peu.

Tu avais eu ce genre de jury à Genève, non ? Tu as des conseils ? On pourrait s'appeler ce week-end.

Grosses bises,
Anne-Laure
""",
)

# 46. A legal recruitment agency's marketing newsletter (openings and interviews mentioned).
add(
    kind="other", scenario="newsletter_agence_marche", company="", contact="", lang="fr",
    sender=("Juristes & Talents", "newsletter@juristes-talents.example.be"),
    subject="Le marché des juristes en 2026 : ce qui change", date="2026-01-08 08:00",
    structure="alt", cte="quoted-printable",
    list_id="Juristes & Talents Insights <insights.juristes-talents.example.be>",
    list_unsubscribe="<https://juristes-talents.example.be/desabonnement?e=ivo>",
    text="""JURISTES & TALENTS – INSIGHTS – janvier 2026

Le marché des juristes en 2026 : ce qui change

- Les fonctions privacy & compliance représentent 31 % de nos mandats (contre 22 % en 2024).
- Les entreprises raccourcissent leurs processus : deux entretiens en moyenne, parfois un cas pratique.
- Salaire médian d'un DPO à Bruxelles : 92.000 € bruts annuels.

Nos postes ouverts ce mois-ci : https://juristes-talents.example.be/offres

Se désabonner : https://juristes-talents.example.be/desabonnement?e=ivo
""",
    html=newsletter_frame(
        title="Juristes & Talents – Insights",
        logo="https://juristes-talents.example.be/img/jt-logo.png", logo_alt="Juristes & Talents",
        pixel="https://juristes-talents.example.be/o/ins-2601.gif",
        body="""<p style="font-size:12px;color:#999;">INSIGHTS – janvier 2026</p>
<h2>Le marché des juristes en 2026 : ce qui change</h2>
<ul><li>Les fonctions privacy &amp; compliance représentent <b>31 %</b> de nos mandats (contre 22 % en 2024).</li>
<li>Les entreprises raccourcissent leurs processus : deux entretiens en moyenne, parfois un cas pratique.</li>
<li>Salaire médian d'un DPO à Bruxelles : <b>92.000 €</b> bruts annuels.</li></ul>
<p><a href="https://juristes-talents.example.be/c/ins-2601/offres">Voir nos postes ouverts</a></p>""",
        footer="""Juristes &amp; Talents SRL, avenue Louise 149, 1050 Bruxelles. <a href="https://juristes-talents.example.be/desabonnement?e=ivo">Se désabonner</a>""",
    ),
)

# 47. A professional network: "3 recruteurs ont consulté votre profil", HTML only.
add(
    kind="other", scenario="recruteurs_ont_consulte_profil", company="", contact="", lang="fr",
    sender=("LinkUp", "notifications@linkup.example.com"),
    subject="Inès, 3 recruteurs ont consulté votre profil", date="2026-06-30 18:20",
    structure="html", cte="base64",
    list_unsubscribe="<https://www.linkup.example.com/e/unsub?t=recruiter-views-fr>",
    html="""<html><body style="background:#f3f2ef;font-family:Arial,sans-serif;">
<table width="520" align="center" style="background:#fff;border-radius:8px;padding:20px;">
<tr><td><img src="https://static.linkup.example.com/logo.png" alt="LinkUp" height="22"></td></tr>
<tr><td style="padding-top:14px;">
<p style="font-size:18px;"><b>3 recruteurs</b> ont consulté votre profil cette semaine</p>
<p style="color:#555;">Dont un recruteur d'un cabinet de chasse à Genève et un recruteur d'une banque à Luxembourg.</p>
<p><a href="https://www.linkup.example.com/comm/me/profile-views?trk=eml-fr" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">Voir qui a consulté votre profil</a></p>
<p style="color:#555;font-size:13px;">Astuce : activez « Open to work » pour être contactée plus souvent.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:16px;">Cet e-mail est destiné à Inès Vandermeulen-Osei. <a href="https://www.linkup.example.com/e/unsub?t=recruiter-views-fr">Se désabonner</a></td></tr>
</table>
<img src="https://www.linkup.example.com/emimp/ip_rv.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 48. A professional association event: registration confirmed.
add(
    kind="other", scenario="afterwork_inscription", company="", contact="", lang="fr",
    sender=("ADPOB Événements", "evenements-noreply@dpo-belgique.example.be"),
    subject="Inscription confirmée : afterwork des DPO – 18 juin", date="2026-06-04 13:26",
    structure="alt", cte="8bit",
    text="""Bonjour Inès,

Votre inscription à l'afterwork des DPO du jeudi 18 juin (18h30, Maison des Associations, Bruxelles) est confirmée.

Au programme : un court retour sur la jurisprudence récente de l'APD, puis drink et networking. Plusieurs recruteurs et DRH seront présents.

À bientôt !
L'équipe événements de l'ADPOB
""",
    html="""<div style="font-family:Arial;font-size:14px;max-width:560px;">
<p>Bonjour Inès,</p>
<p>Votre inscription à l'<b>afterwork des DPO</b> du jeudi 18 juin (18h30, Maison des Associations, Bruxelles) est confirmée.</p>
<p>Au programme : un court retour sur la jurisprudence récente de l'APD, puis drink et networking. Plusieurs recruteurs et DRH seront présents.</p>
<p>À bientôt !<br>L'équipe événements de l'ADPOB</p>
<p style="font-size:10px;color:#999;"><a href="https://dpo-belgique.example.be/evenements/ical/afterwork-0618.ics">Ajouter à mon agenda</a></p>
</div>
""",
)

# 49. A health insurer refuses a refund claim.
add(
    kind="other", scenario="remboursement_refuse", company="", contact="", lang="fr",
    sender=("Mutualité Entraide Bruxelles-Est", "ne-pas-repondre@mutualite-bxl-est.example.be"),
    subject="Votre demande de remboursement", date="2026-09-09 07:35",
    structure="plain", cte="quoted-printable",
    text="""Chère affiliée,

Votre demande de remboursement n° 2026/551204 (séances d'ostéopathie) a été examinée.

Malheureusement, elle a été refusée : le plafond annuel de 6 séances prévu par votre assurance complémentaire est déjà atteint pour l'année 2026.

Vous pouvez consulter le détail dans votre espace en ligne. Ce message est envoyé automatiquement.

Votre mutualité
""",
)

# 50. A colleague at her current firm: farewell drinks (mentions interviews, no job mail).
add(
    kind="other", scenario="collegue_pot_de_depart", company="", contact="j.masset@lhoir-avocats.example.be",
    lang="fr",
    sender=("Julien Masset", "j.masset@lhoir-avocats.example.be"),
    subject="pot vendredi ?", date="2026-09-23 16:47",
    structure="plain", cte="8bit",
    text="""Inès,

On organise ton pot de départ vendredi 25 à 18h à la salle de réunion du 4e, puis on file au Café Léopold. J'ai prévenu tout le monde sauf Maître Lhoir, je te laisse faire 😇

Au fait, tu as eu des nouvelles de tes derniers entretiens ou tu restes sur ton choix ? Moi j'ai mon entretien annuel lundi, prie pour moi.

Julien
""",
)

# 51. Her own mail accepting an offer (offer words, but it is her sent mail). No contact.
add(
    kind="other", scenario="envoye_acceptation_offre", company="", contact="", lang="fr",
    sender=CANDIDATE, to=[("Olivier de Lhoneux", "o.delhoneux@lambermont.example.be")],
    subject="RE: Proposition d'engagement – Privacy Counsel", date="2026-05-22 09:30",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    in_reply_to="<20260513120200.odl@lambermont.example.be>",
    text="""Cher Monsieur de Lhoneux,

J’ai le plaisir de vous confirmer que j’accepte votre proposition d’engagement en qualité de Privacy Counsel. Vous trouverez le contrat signé en annexe de ce message.

Je me réjouis de rejoindre Banque Lambermont & Cie le 1er septembre et reste à votre disposition pour les formalités d’entrée en fonction.

Bien à vous,
Inès Vandermeulen-Osei

De : de Lhoneux Olivier <o.delhoneux@lambermont.example.be>
Envoyé : mercredi 13 mai 2026 12:02
À : Inès Vandermeulen-Osei <ines.vo@example.be>
Objet : Proposition d’engagement – Privacy Counsel

Chère Madame,
À la suite de vos entretiens, j’ai le plaisir de vous confirmer notre souhait de vous accueillir au sein de Banque Lambermont & Cie en qualité de Privacy Counsel.
""",
)

# 52. A car-sharing platform: "votre demande a été refusée par le conducteur", HTML only.
add(
    kind="other", scenario="covoiturage_demande_refusee", company="", contact="", lang="fr",
    sender=("RouleEnsemble", "no-reply@rouleensemble.example.fr"),
    subject="Julien a refusé ta demande de réservation", date="2026-08-14 20:11",
    structure="html", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f2f7fb;">
<table width="520" align="center" style="background:#fff;border-radius:10px;" cellpadding="22">
<tr><td><img src="https://static.rouleensemble.example.fr/logo.png" alt="RouleEnsemble" height="28"></td></tr>
<tr><td style="color:#054752;font-size:15px;">
<p>Bonjour Inès,</p>
<p>Malheureusement, Julien a refusé ta demande de réservation pour le trajet <b>Bruxelles → Lille</b> du mardi 18 août à 07:30.</p>
<p>Pas de panique : il reste 6 trajets disponibles ce jour-là.</p>
<p><a href="https://www.rouleensemble.example.fr/r/search?from=bruxelles&amp;to=lille&amp;date=2026-08-18" style="background:#00aff5;color:#fff;padding:11px 20px;border-radius:20px;text-decoration:none;">Voir les trajets</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#8a9ba8;">RouleEnsemble SAS · <a href="https://www.rouleensemble.example.fr/notifications">Gérer mes notifications</a></td></tr>
</table>
<img src="https://www.rouleensemble.example.fr/o/pix.gif?u=ivo" width="1" height="1" alt="">
</body></html>
""",
)
