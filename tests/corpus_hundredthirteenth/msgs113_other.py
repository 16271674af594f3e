"""Mail that is not a job-search event (52): newsletters, alerts, false friends (podcast or press
interviews, queues, parcels, loans, flats), friends, out-of-office replies, cold outreach and the
candidate's own sent mail. Each written by hand."""

# ruff: noqa: C408  (each message is a dict(...) call: a spec written by hand)

from __future__ import annotations

from msgs113_common import (
    ME,
    german_quote,
    gmail_quote,
    news_page,
    spanish_quote,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

BULK = {"Precedence": "bulk"}

# ================================================================ English

add(dict(
    kind="other", scen="newsletter_bounce_back_from_rejection", lang="en",
    frm=("The Archivist's Desk", "newsletter@archivistsdesk.example.com"),
    subject="Rejected again? How to bounce back (and what the hiring panel won't tell you)",
    date="2026-01-30 07:00 +0000",
    headers={**BULK, "List-Id": "The Archivist's Desk weekly <weekly.archivistsdesk.example.com>",
             "List-Unsubscribe": "<https://archivistsdesk.example.com/u?e=aW5ncmlk&l=weekly>, <mailto:leave-weekly@archivistsdesk.example.com>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html=news_page(
        """<p style="margin:0 0 8px;font-size:12px;color:#999;font-family:Arial,sans-serif">ISSUE 212 &middot; 30 JANUARY 2026</p>
<h1 style="font-size:26px;line-height:32px;margin:0 0 14px">Rejected again? How to bounce back</h1>
<p>Every archivist we know has a folder of rejection emails. &ldquo;Unfortunately, on this occasion, you have not been successful.&rdquo; &ldquo;We have decided to move forward with other candidates.&rdquo; You know the lines. This week we asked six hiring managers what actually happens after the interview &mdash; and how you can turn a no into your next yes.</p>
<p><a href="https://click.archivistsdesk.example.com/c/aHR0cHM6Ly9hcmNoaXZpc3RzZGVzaw/rejection-feature" style="color:#6d214f;font-weight:bold">Read the feature &rarr;</a></p>
<hr style="border:none;border-top:1px solid #ddd;margin:22px 0">
<h2 style="font-size:19px;margin:0 0 8px">Also this week</h2>
<ul style="padding-left:18px;margin:0">
<li><a href="https://click.archivistsdesk.example.com/c/cv-sift">Five things that get your CV binned at the sift</a></li>
<li><a href="https://click.archivistsdesk.example.com/c/missed-interview">I missed an interview. Can I ask for another?</a></li>
<li><a href="https://click.archivistsdesk.example.com/c/jobs">14 new openings: from Orkney to Oxford</a></li>
</ul>
<hr style="border:none;border-top:1px solid #ddd;margin:22px 0">
<table width="100%" cellpadding="12" style="background:#f7f1f4"><tr><td style="font-family:Arial,sans-serif;font-size:13px"><b>SPONSORED</b> &middot; Cataloguing backlog? <a href="https://click.archivistsdesk.example.com/c/sponsor-quill">Try Quillstack free for 30 days</a>.</td></tr></table>""",
        title="The Archivist's Desk", masthead="THE ARCHIVIST'S DESK", colour="#6d214f",
        pixel="https://click.archivistsdesk.example.com/o/aW5ncmlk-212.gif",
        footer="You are receiving this because you subscribed at archivistsdesk.example.com.<br><a href=\"https://archivistsdesk.example.com/u?e=aW5ncmlk&amp;l=weekly\">Unsubscribe</a> &middot; <a href=\"https://archivistsdesk.example.com/prefs\">Preferences</a> &middot; The Archivist's Desk, 5 Lister Square, Edinburgh EH3 9GL"),
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="job_alert_digest_edinburgh", lang="en",
    frm=("Jobsy Job Alerts", "alerts@mail.jobsy.example.com"),
    subject="12 new jobs for 'digital archivist' near Edinburgh",
    date="2026-04-27 06:30 +0100",
    headers={**BULK, "List-Id": "<jobalerts.mail.jobsy.example.com>",
             "List-Unsubscribe": "<https://uk.jobsy.example.com/alerts/unsubscribe?id=a7c1&tk=9xk>"},
    alt_auto=True,
    html="""<div style="font-family:Arial,sans-serif;background:#f5f7fb;padding:18px">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 22px;background:#2557a7"><img src="https://static.jobsy.example.com/img/jobsy-white.png" alt="Jobsy" height="24"></td></tr>
<tr><td style="padding:20px 22px 6px;font-size:18px"><b>12 new jobs</b> for <i>digital archivist</i> near Edinburgh</td></tr>
<tr><td style="padding:10px 22px;font-size:14px;line-height:20px">
<p><a href="https://uk.jobsy.example.com/rc/clk?jk=4a1b&amp;from=ja"><b>Digital Archivist</b></a><br>Quillstack &middot; Edinburgh &middot; &pound;34,000 &ndash; &pound;38,000<br><span style="color:#767676">Easily apply &middot; Interviews this month</span></p>
<p><a href="https://uk.jobsy.example.com/rc/clk?jk=5c2d&amp;from=ja"><b>Records Officer</b></a><br>Forth Valley Council &middot; Falkirk &middot; &pound;31,112<br><span style="color:#767676">Posted 3 days ago</span></p>
<p><a href="https://uk.jobsy.example.com/rc/clk?jk=6e3f&amp;from=ja"><b>Collections Assistant (Fixed Term)</b></a><br>Lothian Heritage Trust &middot; Edinburgh<br><span style="color:#767676">Urgently hiring</span></p>
<p><a href="https://uk.jobsy.example.com/rc/clk?jk=7a4b&amp;from=ja"><b>Archive Assistant</b></a><br>Clydeside Maritime Museum &middot; Glasgow<br><span style="color:#767676">Closing soon</span></p>
<p><a href="https://uk.jobsy.example.com/jobs?q=digital+archivist&amp;l=Edinburgh&amp;from=ja_more">See all 12 jobs &rarr;</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888">You're receiving this job alert because you asked us to. <a href="https://uk.jobsy.example.com/alerts/unsubscribe?id=a7c1&amp;tk=9xk">Unsubscribe</a> &middot; Jobsy Ltd, 10 Bressenden Place, London</td></tr>
</table>
<img src="https://click.jobsy.example.com/o/ja-a7c1.gif" width="1" height="1" alt="">
</div>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="careers_bulletin_missed_interview_advice", lang="en",
    frm=("Records & Archives Network", "news@ran.example.org"),
    subject="Careers Bulletin: I missed my interview - what now?",
    date="2026-06-12 12:00 +0100",
    headers={**BULK, "List-Id": "RAN Careers Bulletin <careers.ran.example.org>",
             "List-Unsubscribe": "<https://ran.example.org/mailing/unsubscribe?list=careers&m=7781>"},
    alt_auto=True,
    html=news_page(
        """<h1 style="font-size:24px;margin:0 0 12px">I missed my interview &ndash; what now?</h1>
<p>A member writes: <i>&ldquo;I got the day wrong and the panel waited for me at ten o'clock. They emailed to say I didn't turn up. Is it over?&rdquo;</i></p>
<p>Not necessarily. Our careers adviser, Fiona McIver, explains how to write a short, honest apology, when to ask for a new slot, and when to let it go.</p>
<p><a href="https://ran.example.org/r/?u=careers-missed-interview&amp;m=7781">Read Fiona's advice</a></p>
<h2 style="font-size:18px;margin:20px 0 8px">From the jobs board</h2>
<p>Assistant Archivist (Digital), Kingsbridge University &middot; Records Manager, University of Strathkelvin &middot; Archivist, Dublin Port Heritage Archive &middot; <a href="https://ran.example.org/r/?u=jobs&amp;m=7781">all vacancies</a></p>
<h2 style="font-size:18px;margin:20px 0 8px">Events</h2>
<p>Mock interview clinic, Glasgow, 3 July &middot; Cover letters that work (online), 9 July</p>""",
        title="RAN Careers Bulletin", masthead="RAN &middot; Careers Bulletin", colour="#1b4965",
        pixel="https://ran.example.org/mailing/open/7781.gif",
        footer="Records &amp; Archives Network is a registered charity in England and Wales (1098765) and Scotland (SC041111).<br>You receive the Careers Bulletin as a member. <a href=\"https://ran.example.org/mailing/unsubscribe?list=careers&amp;m=7781\">Unsubscribe</a>"),
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="podcast_interview_calendar", lang="en",
    contact="gus@dustyboxespod.example.com",
    frm=("Gus Ferreira", "gus@dustyboxespod.example.com"),
    subject="Invitation: Dusty Boxes podcast - interview recording @ Thu 18 Jun 2026 16:00 - 17:00 (BST)",
    date="2026-06-08 10:14 +0100",
    text="""Hi Ingrid,

Thanks so much for agreeing to come on Dusty Boxes! As promised, here's the calendar invite for our interview recording.

We'll chat for about 40 minutes about the toy collection at the Dean Village Museum, the strangest object you've catalogued, and how you got into collections work. No prep needed - I'll send three or four questions the day before.

We record on Riverside (link in the invite). A decent pair of headphones helps; AirPods are fine.

Cheers,
Gus
Host, Dusty Boxes - a podcast about the stuff in the back room
""",
    cal=dict(method="REQUEST", uid="6j8k2m4n0p@google.com", seq=0, tzid="Europe/London", std="+0000",
             dst="+0100", start="20260618T160000", end="20260618T170000",
             summary="Dusty Boxes podcast - interview recording with Ingrid Solberg-Achebe",
             location="https://riverside.fm/studio/dusty-boxes",
             description="Podcast interview recording. Episode 58. Guest: Ingrid Solberg-Achebe.",
             prodid="-//Google Inc//Google Calendar 70.9054//EN",
             organizer=("Gus Ferreira", "gus@dustyboxespod.example.com")),
))

add(dict(
    kind="other", scen="press_interview_request_journalist", lang="en",
    contact="lindsay.craig@eveningcourier.example.co.uk",
    frm=("Lindsay Craig", "lindsay.craig@eveningcourier.example.co.uk"),
    subject="Interview request - toy exhibition",
    date="2026-02-26 15:20 +0000",
    text="""Hi Ingrid,

I'm a features writer at the Edinburgh Evening Courier. Your press office gave me your name - I'm putting together a piece on the new "Toys of the Tenements" exhibition and would love to interview you about the objects you catalogued for it, especially the tin tram and the wartime dolls.

Would you have 20 minutes for a phone interview on Monday or Tuesday? Our photographer would also like to grab a couple of shots of you with the collection, if the museum is OK with that.

Many thanks,
Lindsay

Lindsay Craig
Features Writer, Edinburgh Evening Courier
07700 900 877
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="user_research_interview_voucher", lang="en",
    contact="dana@shelfmark.example.com",
    frm=("Dana Whitfield", "dana@shelfmark.example.com"),
    subject="Would you take part in a 30-min research interview? (£40 voucher)",
    date="2026-05-14 09:45 +0100",
    text="""Hi Ingrid,

I'm a UX researcher at Shelfmark, the collections app. You signed up to our research panel at the Museums Association conference last year - thank you!

We're redesigning how object records are edited and I'd love to interview you about how you catalogue day to day. It's a 30-minute video call, there are no right or wrong answers, and we'll send a £40 voucher as a thank you.

If you're up for it, pick a slot here: https://calendly.com/shelfmark-research/30min

Thanks,
Dana

Dana Whitfield
User Researcher, Shelfmark
""",
    cte="quoted-printable",
))

add(dict(
    kind="other", scen="ticket_queue_position", lang="en",
    frm=("Fringe Box Office", "noreply@tickets.fringebox.example.co.uk"),
    subject="You're in the queue - your position: 1,482",
    date="2026-06-04 10:01 +0100",
    html="""<html><body style="margin:0;font-family:Arial,sans-serif;background:#1a1a1a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#e4007c;padding:16px 22px"><img src="https://tickets.fringebox.example.co.uk/img/logo-white.png" alt="Fringe Box Office" height="30"></td></tr>
<tr><td style="padding:24px 22px;font-size:15px;color:#222;line-height:22px">
<p>Hi Ingrid,</p>
<p>Tickets for the opening weekend go on sale at 12:00. You joined the waiting room early, so you're in the queue.</p>
<p style="font-size:28px;font-weight:bold;margin:18px 0">Your position: 1,482</p>
<p>Keep your browser tab open &mdash; your position will be held for 10 minutes if you lose connection. Unfortunately, we can't guarantee availability for every show.</p>
<p><a href="https://tickets.fringebox.example.co.uk/queue/status?q=ab71e2" style="color:#e4007c">Check your place in the queue</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;background:#f4f4f4">Fringe Box Office Ltd, 180 High Street, Edinburgh EH1 1QS. You're receiving this because you joined our online queue.</td></tr>
</table></td></tr></table>
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="gps_app_position_not_updated", lang="en",
    frm=("Trailmate", "no-reply@trailmate.example.com"),
    subject="Your position could not be updated",
    date="2026-08-23 13:37 +0100",
    text="""Hi Ingrid,

Trailmate hasn't been able to update your position for the last 45 minutes on your route "Pentlands - Turnhouse Hill loop". This often happens in areas with poor signal.

Your live location sharing with 1 contact (Dami) has been paused. It will resume automatically as soon as your phone can fix a GPS position again.

Stay safe,
The Trailmate team

Manage notifications: https://app.trailmate.example.com/settings/notifications
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="parcel_unfortunately_delayed", lang="en",
    frm=("ParcelSwift", "updates@parcelswift.example.co.uk"),
    subject="Unfortunately your package is delayed",
    date="2026-03-13 08:22 +0000",
    html="""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2;font-family:Arial,sans-serif"><tr><td align="center" style="padding:20px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 22px;background:#ffcc00"><img src="https://www.parcelswift.example.co.uk/email/logo.png" alt="ParcelSwift" height="28"></td></tr>
<tr><td style="padding:22px;font-size:15px;color:#333;line-height:22px">
<p><b>Unfortunately your package is delayed</b></p>
<p>Hi Ingrid, your parcel from <b>Archival Supplies Direct</b> (tracking PS7734 2209 118) is running late because of severe weather affecting our Newbridge hub.</p>
<p>New estimated delivery: <b>Monday 16 March, 08:00 &ndash; 18:00</b></p>
<p><a href="https://track.parcelswift.example.co.uk/t/PS77342209118?utm_source=email&amp;utm_campaign=delay" style="background:#222;color:#fff;padding:10px 16px;text-decoration:none">Track your parcel</a></p>
<p style="font-size:13px;color:#666">We're sorry for the inconvenience. You don't need to do anything.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999">ParcelSwift Ltd, Registered in Scotland SC512000. This is an automated message &ndash; replies are not read.</td></tr>
</table></td></tr></table>
<img src="https://track.parcelswift.example.co.uk/px/o.gif?id=PS77342209118" width="1" height="1" alt="">
""",
    html_cte="base64",
))

add(dict(
    kind="other", scen="bank_loan_application_received", lang="en",
    frm=("Caledonian Mutual Bank", "no-reply@caledonianmutual.example.co.uk"),
    subject="We've received your loan application",
    date="2026-07-24 18:05 +0100",
    alt_auto=True,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#1d1d1b;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#003b5c;padding:16px 24px"><img src="https://www.caledonianmutual.example.co.uk/img/email-logo.png" alt="Caledonian Mutual Bank" height="34"></td></tr></table>
<div style="padding:24px;max-width:600px">
<p>Dear Ms Solberg-Achebe,</p>
<p>Thank you for applying for a personal loan of <b>&pound;4,500</b> over 36 months. Your application reference is <b>CM-PL-55120873</b>.</p>
<p>We're reviewing your application and will normally give you a decision within 2 working days. We may contact you if we need more information.</p>
<p>Please don't reply to this email. To check the status of your application, log in to <a href="https://online.caledonianmutual.example.co.uk/login?src=loanack">Online Banking</a>.</p>
<p>Caledonian Mutual Bank</p>
<p style="font-size:11px;color:#666">Caledonian Mutual Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in Scotland No. SC123456.</p>
</div></body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="credit_card_application_declined", lang="en",
    frm=("Northshore Bank", "notifications@northshorebank.example.co.uk"),
    subject="Your credit card application - our decision",
    date="2026-01-21 11:03 +0000",
    text="""Dear Ingrid Solberg-Achebe

Thank you for applying for a Northshore Everyday Credit Card.

We're sorry, but we're unable to offer you a credit card at this time. Our decision was based on the information in your application and on information from credit reference agencies. Having a UK address history of less than three years can affect our decision.

You can ask us to reconsider, or request details of the credit reference agency we used, by calling 0345 555 0199.

This doesn't affect any other accounts you hold with us.

Northshore Bank
This is an automated email. Please don't reply.
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="flat_application_refused_letting_agent", lang="en",
    contact="gemma@marchmontlettings.example.co.uk",
    frm=("Gemma Soutar", "gemma@marchmontlettings.example.co.uk"),
    subject="Flat 2F1, 14 Warrender Park Road",
    date="2026-04-30 16:44 +0100",
    text="""Hi Ingrid,

Thanks for coming to the viewing on Saturday and for getting your application in so quickly.

Unfortunately the landlord has decided to go with another applicant for this flat. We had eleven applications in two days, so it really was a lottery.

I've added you to our list for Marchmont and Bruntsfield one-beds under £1,100 - I'll email you as soon as anything comes up, usually before it goes online.

Best,
Gemma

Gemma Soutar | Lettings Negotiator | Marchmont Lettings
""",
    cte="quoted-printable",
))

add(dict(
    kind="other", scen="friend_own_rejection_gutted", lang="en",
    contact="zara.mensah@example.com",
    frm=("Zara Mensah", "zara.mensah@example.com"),
    subject="ugh",
    date="2026-03-18 22:31 +0000", mailer="iphone",
    text="""Got the rejection from the Albertine today. After THREE interviews. "We have decided to proceed with a candidate whose experience more closely matches." Whose experience! I've worked there as a volunteer for 2 years!!

Anyway. Wine on Friday? I need to complain at someone in person.

Z x

Sent from my iPhone
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="friend_own_interview_tips", lang="en",
    contact="calumfraser88@example.com",
    frm=("Calum Fraser", "calumfraser88@example.com"),
    subject="Interview on Friday!!!",
    date="2026-05-20 19:12 +0100", mailer="gmail",
    text="""Ingrid!!

I've got an interview at the National Library on Friday for the manuscripts cataloguer job. I know you did the one at Kingsbridge recently - any tips? What sort of practical task did they give you? I'm panicking about having to date handwriting on the spot.

Pint after if it goes well (or badly)?

Calum
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="own_sent_following_up", lang="en",
    frm=ME, to=[("Ciarán Doyle", "cdoyle@hibernianacademy.example.ie")],
    subject="Following up - Librarian & Archivist (Maternity Cover)",
    date="2026-08-10 09:15 +0100", mailer="apple",
    text="""Dear Mr Doyle,

I hope you are well. I am writing to follow up on my interview on 4 August for the Librarian & Archivist (Maternity Cover) post. I very much enjoyed meeting you and Órla and learning about the Academy's plans for the Yeats correspondence.

I would be grateful for any update on the timing of your decision.

With best wishes,
Ingrid Solberg-Achebe
""",
    cte="quoted-printable",
))

add(dict(
    kind="other", scen="own_sent_confirming_interview_quoted_invite", lang="en",
    frm=ME, to=[("Forth Valley Council Recruitment", "recruitment@forthvalleycouncil.example.co.uk")],
    subject="Re: Invitation to Interview - Records Officer (Information Governance) - FVC/IG/0326",
    date="2026-05-12 20:40 +0100", mailer="gmail",
    irt="<20260512093000.3f1e9ab2c7d04e5f8a61@forthvalleycouncil.example.co.uk>",
    text="""Dear Kirsty,

Thank you for your email. I am happy to confirm that I will attend the interview on Wednesday 20 May at 11:15 and will bring my passport and certificates.

Kind regards,
Ingrid Solberg-Achebe

""" + gmail_quote("Tue, 12 May 2026 at 09:30", "Forth Valley Council Recruitment",
                  "recruitment@forthvalleycouncil.example.co.uk", """Dear Ms Solberg-Achebe

POST: RECORDS OFFICER (INFORMATION GOVERNANCE)
REFERENCE: FVC/IG/0326

Following the shortlisting process, I am pleased to invite you to attend an interview for the above post.

Date: Wednesday 20 May 2026
Time: 11:15
Venue: Meeting Room 4, Municipal Buildings, Bank Street, Falkirk FK1 5RS

Please confirm your attendance by replying to this email no later than 5pm on Friday 15 May.

Yours sincerely

Kirsty Boyle
HR Adviser"""),
    cte="7bit",
))

add(dict(
    kind="other", scen="own_forward_offer_to_partner_pdf", lang="en",
    frm=ME, to=[("Dami Okonkwo", "dami.o@example.com")],
    subject="Fwd: Offer of employment - Assistant Archivist (Digital) - KU-04519",
    date="2026-05-06 17:03 +0100", mailer="iphone",
    text="""Look!!!! Can you read the contract tonight? I think it's fine but the probation bit confuses me. x

Sent from my iPhone

Begin forwarded message:

From: Hannah Pryce <hannah.pryce@kingsbridge.example.co.uk>
Date: 6 May 2026 at 16:22:10 BST
To: Ingrid Solberg-Achebe <ingrid.sa@example.no>
Subject: Offer of employment - Assistant Archivist (Digital) - KU-04519

Dear Ingrid,

Following your interview on 23 April, I am delighted to offer you the post of Assistant Archivist (Digital) in Library & Archives at Kingsbridge University.

Please find attached your formal offer letter and your contract of employment. To accept, please sign and return both documents by Friday 15 May 2026.

Kind regards,
Hannah Pryce
Recruitment Coordinator, HR Services
Kingsbridge University
""",
    cte="quoted-printable",
    attach=[dict(filename="KU_Contract_of_Employment.pdf", lines=[
        "Contract of Employment - Kingsbridge University",
        "Employee: Ingrid Solberg-Achebe   Post: Assistant Archivist (Digital)",
        "1. Commencement: 3 August 2026.  2. Hours: 35 per week.  3. Place of work: Strand campus.",
        "4. Salary: Grade 6/24, paid monthly in arrears.  5. Pension: USS.",
        "Signed for the University: ____________   Signed by the Employee: ____________",
    ])],
))

add(dict(
    kind="other", scen="out_of_office_recruiter", lang="en",
    contact="tamsin.okafor@harcourtvane.example.co.uk",
    frm=("Tamsin Okafor", "tamsin.okafor@harcourtvane.example.co.uk"),
    subject="Automatic reply: Thank you - Archive & Rights Coordinator",
    date="2026-03-09 19:20 +0000", mailer="outlook",
    irt="<6b1f0e22c9.thanks@example.no>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I'm on annual leave until Monday 16 March with limited access to email.

For anything urgent relating to recruitment, please contact talent@harcourtvane.example.co.uk. Otherwise I'll reply when I'm back.

Tamsin Okafor
Talent Partner, Harcourt & Vane
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="conference_proposal_not_accepted", lang="en",
    contact="r.allardyce@archivesconf.example.org",
    frm=("Dr Ruth Allardyce", "r.allardyce@archivesconf.example.org"),
    subject="Scottish Archives Conference 2026 - your proposal",
    date="2026-04-10 14:12 +0100",
    text="""Dear Ingrid,

Thank you for submitting a proposal, "Toys, tins and terrible metadata: re-cataloguing a museum's childhood collection", to the Scottish Archives Conference 2026.

We received 96 proposals for 30 slots this year. Unfortunately we are unable to accept your proposal for the main programme. The committee liked it very much, however, and would be glad to offer you a place in the lightning-talk session on the Friday afternoon (five minutes, no questions). Please let me know by 24 April whether you would like to take this up.

With thanks and best wishes,

Ruth Allardyce
Programme Chair, Scottish Archives Conference 2026
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="recruiter_cold_outreach_no_interview", lang="en",
    contact="priyanka.shah@meridianpeople.example.co.uk",
    frm=("Priyanka Shah", "priyanka.shah@meridianpeople.example.co.uk"),
    subject="Records Manager opportunity - open to a chat?",
    date="2026-07-02 11:51 +0100",
    text="""Hi Ingrid,

I came across your profile on CareerLink and was impressed by your move from collections into records management.

I'm working with a housing association in Glasgow that is building an information governance team from scratch and is looking for a Records Manager (c. £42k, hybrid). I think your mix of hands-on cataloguing and retention work could be a really good fit.

Would you be open to a quick, no-commitment chat this week? If now isn't the right time, no worries at all - just let me know and I won't chase.

Kind regards,
Priyanka

Priyanka Shah | Principal Consultant, Public Sector | Meridian People
0141 555 0633 | LinkedIn: /in/priyankashah-meridian
Meridian People Ltd, registered in Scotland SC610998
""",
    cte="quoted-printable",
))

add(dict(
    kind="other", scen="profile_searches_weekly", lang="en",
    frm=("CareerLink", "notifications-noreply@careerlink.example.com"),
    subject="Ingrid, you appeared in 14 searches this week",
    date="2026-09-14 08:41 +0100",
    headers={"List-Unsubscribe": "<https://www.careerlink.example.com/email/unsubscribe?u=8812&t=searchapp>"},
    html="""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:18px 24px"><img src="https://static.careerlink.example.com/mail/logo-careerlink.png" alt="CareerLink" height="26"></td></tr>
<tr><td style="padding:0 24px 10px;font-size:22px;font-weight:600">You appeared in 14 searches this week</td></tr>
<tr><td style="padding:6px 24px;font-size:14px;color:#444;line-height:20px">
<p>People from <b>Kingsbridge University</b>, <b>Meridian People</b> and <b>Nordlys Arkiv</b> found you through searches for <i>records manager</i> and <i>digital archivist</i>.</p>
<p><a href="https://www.careerlink.example.com/comm/me/search-appearances?trk=eml-weekly_search" style="background:#0a66c2;color:#fff;padding:9px 18px;border-radius:16px;text-decoration:none">See all searches</a></p>
<p>Recruiters are 3x more likely to message members with Open to Work turned on. <a href="https://www.careerlink.example.com/comm/opentowork?trk=eml-weekly_otw">Let them know</a>.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;border-top:1px solid #eee">This email was intended for Ingrid Solberg-Achebe. <a href="https://www.careerlink.example.com/email/unsubscribe?u=8812&amp;t=searchapp">Unsubscribe</a> &middot; &copy; 2026 CareerLink Corporation, 1 Market Street, Dublin 2, Ireland.</td></tr>
</table></td></tr></table>
<img src="https://www.careerlink.example.com/emimp/ip_c2VhcmNo.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="mailing_list_email_preservation", lang="en",
    contact="k.watanabe-ross@uog.example.co.uk",
    frm=("Kenji Watanabe-Ross", "k.watanabe-ross@uog.example.co.uk"),
    to=[("Digital archives discussion list", "archives-digi@lists.ran.example.org")],
    subject="Re: [ARCHIVES-DIGI] email preservation tools for small repositories?",
    date="2026-02-13 13:05 +0000",
    irt="<b9a1c3e7f2@lists.ran.example.org>",
    headers={"List-Id": "Digital archives discussion <archives-digi.lists.ran.example.org>",
             "List-Post": "<mailto:archives-digi@lists.ran.example.org>",
             "List-Unsubscribe": "<mailto:archives-digi-leave@lists.ran.example.org>",
             "List-Archive": "<https://lists.ran.example.org/archives/archives-digi>",
             "Precedence": "list"},
    text="""Hi all,

We're a three-person team and ended up with a very simple workflow: export to MBOX, run it through an open-source processing tool for appraisal and redaction, and store both the MBOX and EML with a checksum manifest. Nothing clever, but it's documented and repeatable.

Funnily enough I was asked about exactly this at an interview last year - "how would you preserve a departing VC's mailbox?" - and I don't think my answer was great at the time. Happy to share our procedure document off-list if it helps anyone.

Kenji

--
Kenji Watanabe-Ross
Digital Archivist, University of Glasgow-on-Clyde

> On 12 Feb 2026, Ingrid Solberg-Achebe wrote:
> Does anyone have experience preserving email at a small museum? We've been given the founder's Outlook archive and I don't know where to start.

_______________________________________________
ARCHIVES-DIGI mailing list
To unsubscribe: archives-digi-leave@lists.ran.example.org
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="vendor_webinar_marketing", lang="en",
    frm=("ArkivoCloud Events", "events@arkivocloud.example.com"),
    subject="Webinar: retention schedules that actually work in Microsoft 365",
    date="2026-09-03 15:30 +0100",
    headers={**BULK, "List-Unsubscribe": "<https://go.arkivocloud.example.com/unsubscribe?mkt_tok=NzU0LVNXSi0yOTM>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    alt_auto=True,
    html="""<html><body style="margin:0;background:#eef2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:22px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;color:#24323f">
<tr><td style="padding:20px 28px"><img src="https://go.arkivocloud.example.com/rs/754-SWJ-293/images/logo.png" alt="ArkivoCloud" width="150"></td></tr>
<tr><td style="padding:0 28px"><img src="https://go.arkivocloud.example.com/rs/754-SWJ-293/images/webinar-banner.jpg" alt="Live webinar: Retention schedules in Microsoft 365" width="544" style="display:block"></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;line-height:23px">
<p>Hi Ingrid,</p>
<p>Still applying retention labels by hand? Join our records experts on <b>Thursday 17 September at 14:00 BST</b> for a practical session on building retention schedules that your users won't ignore.</p>
<ul><li>Mapping a paper-era file plan to Microsoft 365</li><li>Disposition reviews without the spreadsheet</li><li>Live Q&amp;A with a council records manager</li></ul>
<p style="text-align:center"><a href="https://go.arkivocloud.example.com/NzU0LVNXSi0yOTM/webinar-register?mkt_tok=NzU0LVNXSi0yOTMAAAGV" style="background:#ff6b35;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px;font-weight:bold">Save my seat</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8795a1;background:#f7f9fa">ArkivoCloud Ltd, 8 Canal Street, Manchester M1 3HE. You are receiving this email because you downloaded one of our guides. <a href="https://go.arkivocloud.example.com/unsubscribe?mkt_tok=NzU0LVNXSi0yOTM">Unsubscribe</a> | <a href="https://www.arkivocloud.example.com/privacy">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://go.arkivocloud.example.com/trk?t=1&amp;mkt_tok=NzU0LVNXSi0yOTM" width="1" height="1" alt="">
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="colleague_loans_desk", lang="en",
    contact="neil.lauder@deanvillagemuseum.example.co.uk",
    frm=("Neil Lauder", "neil.lauder@deanvillagemuseum.example.co.uk"),
    subject="Loans desk Friday?",
    date="2026-01-12 10:29 +0000",
    text="""Morning Ingrid,

Any chance you could cover the loans desk on Friday afternoon? I've a dentist appointment at 2 that I can't move. The courier from the Kelvin is due about 3 with the two samplers coming back - condition reports are in the blue folder.

I'll owe you a coffee (or two).

Neil

Neil Lauder
Registrar, Dean Village Museum
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="referee_sent_reference", lang="en",
    contact="h.ogilvie@example.co.uk",
    frm=("Helen Ogilvie", "h.ogilvie@example.co.uk"),
    subject="Reference sent",
    date="2026-04-28 08:17 +0100",
    text="""Dear Ingrid,

Just to let you know that Kingsbridge University got in touch for a reference yesterday and I sent it off this morning. I said all the right things, and all of them true!

I do hope it goes your way. Let me know how you get on, and do come for supper when you're next in St Andrews.

Love,
Helen
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="parking_permit_application_received", lang="en",
    frm=("Capital City Council Parking Services", "noreply@parking.capitalcouncil.example.co.uk"),
    subject="Application received: Residents' parking permit (Zone N5)",
    date="2026-01-05 12:48 +0000",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#0b0c0c;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#4c2c92;padding:14px 22px"><img src="https://www.capitalcouncil.example.co.uk/images/logo-white.png" alt="Capital City Council" height="36"></td></tr></table>
<div style="padding:22px;max-width:620px">
<h2 style="font-size:20px;margin:0 0 14px">Your application has been received</h2>
<p>Reference: <b>RPP-2026-0041877</b></p>
<p>Thank you for applying for a residents' parking permit for Zone N5 for vehicle <b>SK19 XTV</b>.</p>
<p>We will check your proof of address and vehicle documents within 10 working days. If your application is approved, your virtual permit will be active from the date shown in your account.</p>
<p><a href="https://www.capitalcouncil.example.co.uk/parking/account?ref=RPP-2026-0041877">View your application</a></p>
<p style="font-size:12px;color:#505a5f">This email was sent from a mailbox that does not accept replies.</p>
</div></body></html>
""",
    html_cte="7bit",
))

add(dict(
    kind="other", scen="courier_sorry_we_missed_you", lang="en",
    frm=("PostHaste", "no-reply@posthaste.example.co.uk"),
    subject="Sorry we missed you",
    date="2026-06-23 11:02 +0100",
    text="""Sorry we missed you

We tried to deliver your parcel today at 10:42 but nobody was in, and we couldn't leave it in a safe place.

Parcel: PH 4410 7832 19GB
From: Conservation Resources UK

What happens next? We'll try again tomorrow between 09:00 and 17:00. You can also rearrange delivery or choose to collect it from your local PostHaste point:
https://posthaste.example.co.uk/redeliver?p=PH4410783219GB

PostHaste - this mailbox is not monitored.
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="membership_application_approved", lang="en",
    frm=("Records & Archives Network", "no-reply@ran.example.org"),
    subject="Welcome! Your membership application has been approved",
    date="2026-02-18 09:30 +0000",
    alt_auto=True,
    html=news_page(
        """<h1 style="font-size:24px;margin:0 0 12px">Welcome to RAN, Ingrid</h1>
<p>We're pleased to let you know that your application for <b>Associate membership</b> has been approved by the Membership Committee. Your membership number is <b>RAN-A-20931</b>.</p>
<p>Your benefits start today: the members' jobs board, the Careers Bulletin, discounted training, and access to the mentoring scheme for people moving into archives and records management.</p>
<p><a href="https://ran.example.org/r/?u=members-login&amp;m=welcome">Log in to your member area</a></p>""",
        title="Welcome to RAN", masthead="Records &amp; Archives Network", colour="#1b4965",
        pixel="https://ran.example.org/mailing/open/welcome-20931.gif",
        footer="Records &amp; Archives Network, 3 Dock Street, Dundee DD1 3DR. Registered charity 1098765 / SC041111. This is an automated message."),
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="father_did_you_hear_from_dublin", lang="en",
    contact="olav.solberg@example.no",
    frm=("Olav Solberg", "olav.solberg@example.no"),
    subject="Dublin?",
    date="2026-08-27 21:10 +0200",
    text="""Hei Ingrid,

Did you hear back from Dublin? Mamma says you had the telephone interview on Tuesday but the man could not reach you - something about the phone. Is that right? I hope they will call again.

We are at the hytta until Sunday. The weather is terrible but the fish are good.

Klem,
Pappa
""",
    cte="7bit",
))

add(dict(
    kind="other", scen="course_marketing_dream_job", lang="en",
    frm=("Heritage Skills Academy", "hello@heritageskills.example.com"),
    subject="Unlock your dream archive job - 40% off ends MIDNIGHT",
    date="2026-10-09 18:00 +0100",
    headers={**BULK, "List-Unsubscribe": "<https://heritageskills.example.com/unsub?s=ing77>"},
    html="""<html><body style="margin:0;background:#fff7e6;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #f0e0bd">
<tr><td style="padding:18px 26px;text-align:center"><img src="https://heritageskills.example.com/img/hsa-logo.png" alt="Heritage Skills Academy" width="180"></td></tr>
<tr><td style="padding:0 26px 10px;text-align:center;font-size:28px;font-weight:bold;color:#b35c00">40% OFF &ndash; TODAY ONLY</td></tr>
<tr><td style="padding:10px 26px;font-size:15px;line-height:23px;color:#333">
<p>Tired of &ldquo;we regret to inform you&rdquo;? Our <b>Certificate in Records Management</b> has helped 2,300 learners land interviews at museums, universities and councils.</p>
<p>&#9989; 8 self-paced modules &nbsp; &#9989; CV and interview coaching &nbsp; &#9989; Certificate you can share on CareerLink</p>
<p style="text-align:center"><a href="https://heritageskills.example.com/go/crm-cert?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=oct40&amp;s=ing77" style="background:#b35c00;color:#fff;padding:14px 30px;text-decoration:none;border-radius:30px;font-weight:bold">CLAIM 40% OFF</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:10px;color:#999;text-align:center">Heritage Skills Academy, 71-75 Shelton Street, London WC2H 9JQ. <a href="https://heritageskills.example.com/unsub?s=ing77">Unsubscribe</a></td></tr>
</table>
<img src="https://heritageskills.example.com/o/ing77-oct40.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="base64",
))

add(dict(
    kind="other", scen="own_sent_application_with_cv", lang="en",
    frm=ME, to=[("Clontarf Institute HR", "recruitment@clontarfinstitute.example.ie")],
    subject="Application - Assistant Librarian (Special Collections) - CI/26/14",
    date="2026-05-26 16:31 +0100", mailer="apple",
    text="""Dear Sir or Madam,

Please find attached my application form and CV for the post of Assistant Librarian (Special Collections), competition CI/26/14.

I am currently a collections assistant at the Dean Village Museum in Edinburgh, where I catalogue and digitise the museum's paper and photographic collections, and I hold a postgraduate certificate in archives and records management.

I would be very happy to provide any further information.

Yours faithfully,
Ingrid Solberg-Achebe
+44 7700 900 512
""",
    cte="7bit",
    attach=[
        dict(filename="Solberg-Achebe_CV_2026.pdf", lines=[
            "Ingrid Solberg-Achebe - Curriculum Vitae",
            "ingrid.sa@example.no | Edinburgh",
            "2022-present  Collections Assistant, Dean Village Museum, Edinburgh",
            "2020-2022     Museum Assistant (Documentation), Fjordheim Museum, Oslo",
            "PgCert Archives and Records Management (2025); MA History of Art (2019)",
            "Languages: English, Norwegian, German, French, Spanish",
        ]),
        dict(filename="CI-26-14_Application_Form.pdf", lines=[
            "Clontarf Institute - Application Form - Competition CI/26/14",
            "Name: Ingrid Solberg-Achebe",
            "Post: Assistant Librarian (Special Collections)",
        ]),
    ],
))

# ================================================================ German

add(dict(
    kind="other", scen="abwesenheitsnotiz_headhunter", lang="de",
    contact="s.kessler@kessler-personal.example.de",
    frm=("Sabine Kessler", "s.kessler@kessler-personal.example.de"),
    subject="Abwesenheitsnotiz: Rückfrage zur Kandidatur Leitung Verlagsarchiv",
    date="2026-09-14 10:02 +0200", charset="windows-1252", cte="quoted-printable", mailer="outlook",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 25. September nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Tobias Renner (t.renner@kessler-personal.example.de, Tel. +49 30 555 48 20).

Mit freundlichen Grüßen
Sabine Kessler
Kessler Personalberatung GmbH
""",
))

add(dict(
    kind="other", scen="newsletter_tipps_nach_absage", lang="de",
    frm=("Archivfreunde Newsletter", "newsletter@archivfreunde.example.de"),
    subject="5 Tipps nach einer Absage – und: Wann darf man nachfragen?",
    date="2026-05-29 07:30 +0200",
    headers={**BULK, "List-Id": "Archivfreunde Newsletter <news.archivfreunde.example.de>",
             "List-Unsubscribe": "<https://archivfreunde.example.de/newsletter/abmelden?id=5521ab>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    alt_auto=True,
    html=news_page(
        """<p style="font-size:12px;color:#999;margin:0 0 8px;font-family:Arial,sans-serif">AUSGABE 5/2026</p>
<h1 style="font-size:24px;margin:0 0 12px">Absage erhalten? 5 Tipps, wie es weitergeht</h1>
<p>„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist in der Jobsuche so gefürchtet. Unsere Karriereberaterin erklärt, wie Sie aus einer Absage lernen, wann eine Nachfrage nach Feedback sinnvoll ist und warum Sie Ihre Einladung zum nächsten Vorstellungsgespräch vielleicht schon in der Tasche haben.</p>
<p><a href="https://archivfreunde.example.de/r/absage-tipps?nl=5-2026&amp;u=5521ab" style="color:#7a1f1f;font-weight:bold">Zum Artikel</a></p>
<h2 style="font-size:18px;margin:20px 0 8px">Außerdem</h2>
<ul><li><a href="https://archivfreunde.example.de/r/stellen?nl=5-2026">Neue Stellen in Archiven und Bibliotheken</a></li><li><a href="https://archivfreunde.example.de/r/archivtag?nl=5-2026">Programm des Archivtags in Dresden</a></li></ul>""",
        title="Archivfreunde Newsletter", masthead="Archivfreunde", colour="#7a1f1f", lang="de",
        pixel="https://archivfreunde.example.de/newsletter/o/5521ab.gif",
        footer="Archivfreunde e. V. · Gneisenaustraße 2 · 10961 Berlin · VR 28811 B<br>Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href=\"https://archivfreunde.example.de/newsletter/abmelden?id=5521ab\">Abmelden</a> · <a href=\"https://archivfreunde.example.de/impressum\">Impressum</a>"),
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="jobagent_neue_stellen_berlin", lang="de",
    frm=("Stellenwerk Jobagent", "jobagent@stellenwerk.example.de"),
    subject="8 neue Jobs für „Archivar“ in Berlin",
    date="2026-03-23 06:15 +0100",
    headers={**BULK, "List-Unsubscribe": "<https://www.stellenwerk.example.de/jobagent/abmelden?ja=77120>"},
    html="""<html><body style="margin:0;background:#f2f4f7;font-family:Arial,sans-serif">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 22px;background:#0c2577"><img src="https://www.stellenwerk.example.de/mail/logo-weiss.png" alt="Stellenwerk" height="26"></td></tr>
<tr><td style="padding:20px 22px 8px;font-size:18px"><b>8 neue Jobs</b> passend zu Ihrem Jobagenten „Archivar“, Berlin + 25 km</td></tr>
<tr><td style="padding:8px 22px;font-size:14px;line-height:20px">
<p><a href="https://www.stellenwerk.example.de/job/9911?ja=77120&amp;utm_medium=jobagent"><b>Archivar (m/w/d) Filmnachlässe</b></a><br>Stiftung Filmerbe Berlin · Berlin-Tiergarten<br><span style="color:#6b7280">Jetzt bewerben · vor 2 Tagen</span></p>
<p><a href="https://www.stellenwerk.example.de/job/9912?ja=77120&amp;utm_medium=jobagent"><b>Dokumentar*in Pressearchiv</b></a><br>Berliner Zeitungsarchiv · Berlin-Kreuzberg</p>
<p><a href="https://www.stellenwerk.example.de/job/9913?ja=77120&amp;utm_medium=jobagent"><b>Koordinator*in Digitalisierung</b></a><br>Bibliotheksverbund Mitte · Berlin-Mitte · Teilzeit möglich</p>
<p><a href="https://www.stellenwerk.example.de/jobagent/ergebnisse?ja=77120">Alle 8 Jobs ansehen</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;background:#fafafa">Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="https://www.stellenwerk.example.de/jobagent/abmelden?ja=77120">Jobagent abbestellen</a> · Stellenwerk GmbH, Hamburg</td></tr>
</table>
<img src="https://www.stellenwerk.example.de/px/ja77120.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="wohnung_absage_portal", lang="de",
    frm=("Kiezwohnen", "noreply@kiezwohnen.example.de"),
    subject="Ihre Anfrage: 2-Zimmer-Wohnung, Weserstraße, Neukölln",
    date="2026-04-02 14:20 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag Frau Solberg-Achebe,

vielen Dank für Ihr Interesse an der Wohnung »2-Zimmer-Altbau, Weserstraße, 12045 Berlin« (Objekt-Nr. KW-55120).

Leider hat sich der Vermieter für andere Bewerber entschieden. Ihre Bewerbung für diese Wohnung wurde daher abgelehnt.

Auf Kiezwohnen finden Sie täglich neue Angebote. Richten Sie sich jetzt einen Suchauftrag ein, damit Sie kein passendes Inserat mehr verpassen.

Ihr Kiezwohnen-Team

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""",
))

add(dict(
    kind="other", scen="bank_kreditantrag_abgelehnt", lang="de",
    frm=("Spreebank Kundenservice", "service@spreebank.example.de"),
    subject="Entscheidung zu Ihrem Kreditantrag Nr. 4471-0932",
    date="2026-06-17 09:11 +0200",
    alt_auto=True,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#00543c;padding:14px 22px"><img src="https://www.spreebank.example.de/static/mail/logo.png" alt="Spreebank" height="32"></td></tr></table>
<div style="padding:22px;max-width:600px">
<p>Sehr geehrte Frau Solberg-Achebe,</p>
<p>vielen Dank für Ihren Antrag auf einen Ratenkredit über 6.000 €.</p>
<p>Nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihren Kreditantrag nicht annehmen können. Ausschlaggebend war insbesondere, dass Sie derzeit keinen Wohnsitz in Deutschland haben.</p>
<p>Details zu den berücksichtigten Daten finden Sie in Ihrem <a href="https://banking.spreebank.example.de/postfach?src=kredit">Online-Postfach</a>.</p>
<p>Mit freundlichen Grüßen<br>Ihre Spreebank</p>
<p style="font-size:11px;color:#777">Spreebank AG · Friedrichstraße 90 · 10117 Berlin · Vorstand: Dr. Petra Lindner (Vors.), Ole Brandt · Aufsichtsratsvorsitzender: Klaus Merten · HRB 66120 B</p>
</div></body></html>
""",
    html_cte="base64",
))

add(dict(
    kind="other", scen="freundin_eigenes_vorstellungsgespraech", lang="de",
    contact="lena.hofmann@example.de",
    frm=("Lena Hofmann", "lena.hofmann@example.de"),
    subject="Re: Daumen drücken!",
    date="2026-06-03 22:47 +0200", cte="quoted-printable",
    irt="<8e2b41d0c7.lena@example.no>",
    text="""Hey Ingrid,

danke fürs Daumendrücken!! Mein Vorstellungsgespräch beim Kulturinstitut war heute – ich glaube, es lief ganz gut?? Sie wollten wissen, wie ich mit einem Nachlass ohne Findbuch umgehen würde, und ich hab einfach drauflosgeredet. Entscheidung kommt nächste Woche.

Und das mit Archivwerk tut mir so leid, die wissen nicht, was ihnen entgeht.

Lass uns bald telefonieren!
Lena

""" + german_quote("02.06.2026 um 21:14", "Ingrid Solberg-Achebe", "ingrid.sa@example.no", """Liebe Lena,

viel Glück morgen! Du machst das super.

Bei mir gibt's nichts Neues, außer der Absage von Archivwerk im März – "deren Profil noch besser zu unseren aktuellen Anforderungen passt", das Übliche.

Drück dich,
Ingrid"""),
))

add(dict(
    kind="other", scen="own_sent_nachfrage_bewerbung", lang="de",
    frm=ME, to=[("Personalabteilung Stiftung Filmerbe Berlin", "personal@filmerbe-berlin.example.de")],
    subject="Nachfrage zum Stand meiner Bewerbung – Archivar (m/w/d) Filmnachlässe, FE-2026-07",
    date="2026-06-22 09:40 +0200", mailer="apple", cte="quoted-printable",
    text="""Sehr geehrte Damen und Herren,

am 17. Mai habe ich mich über Ihr Bewerbungsportal auf die Stelle Archivar (m/w/d) Filmnachlässe (Kennziffer FE-2026-07) beworben. Da die Bewerbungsfrist inzwischen abgelaufen ist, möchte ich mich höflich nach dem aktuellen Stand des Auswahlverfahrens erkundigen.

Ich bin weiterhin sehr an der Stelle interessiert und stehe für ein Gespräch jederzeit, gern auch per Video, zur Verfügung.

Mit freundlichen Grüßen
Ingrid Solberg-Achebe
""",
))

add(dict(
    kind="other", scen="paket_verzoegert_sich", lang="de",
    frm=("Paketblitz", "noreply@paketblitz.example.de"),
    subject="Ihre Sendung verzögert sich leider",
    date="2026-08-07 07:55 +0200",
    html="""<html><body style="margin:0;background:#f5f5f5;font-family:Arial,sans-serif">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:14px 22px;background:#d40511"><img src="https://www.paketblitz.example.de/mail/logo.png" alt="Paketblitz" height="28"></td></tr>
<tr><td style="padding:22px;font-size:15px;line-height:22px;color:#333">
<p><b>Ihre Sendung verzögert sich leider</b></p>
<p>Guten Tag, Ihre Sendung <b>00340434 1812 0077 52</b> von <b>Archivbedarf Schulz</b> konnte heute nicht wie geplant zugestellt werden, da es im Paketzentrum zu Verzögerungen kommt.</p>
<p>Neuer voraussichtlicher Zustelltag: <b>Montag, 10.08.2026</b></p>
<p><a href="https://www.paketblitz.example.de/sendung/003404341812007752?utm_source=mail&amp;utm_campaign=delay" style="color:#d40511">Sendung verfolgen</a></p>
<p style="font-size:12px;color:#777">Wir bitten um Entschuldigung. Diese E-Mail wurde automatisch versendet; bitte antworten Sie nicht darauf.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:10px;color:#999">Paketblitz GmbH · Geschäftsführer: Marc Weber · Amtsgericht Köln HRB 99012</td></tr>
</table>
<img src="https://www.paketblitz.example.de/px/o/003404341812007752.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="headhunter_kaltakquise_schweiz", lang="de",
    contact="f.maurer@maurer-executive.example.ch",
    frm=("Dr. Florian Maurer", "f.maurer@maurer-executive.example.ch"),
    subject="Vertrauliche Anfrage",
    date="2026-07-22 16:33 +0200", cte="8bit",
    text="""Sehr geehrte Frau Solberg-Achebe

Ich bin auf Ihr Profil aufmerksam geworden und erlaube mir, Sie direkt anzusprechen.

Im Auftrag einer renommierten Institution im Raum Basel suche ich eine Persönlichkeit für den Aufbau eines modernen Records Managements. Ihre Kombination aus Sammlungserfahrung, Digitalisierung und Sprachkenntnissen finde ich sehr interessant.

Hätten Sie Interesse an einem unverbindlichen, vertraulichen Austausch in den nächsten Wochen? Über eine kurze Rückmeldung würde ich mich freuen.

Freundliche Grüsse

Dr. Florian Maurer
Partner
Maurer Executive Search AG
Bahnhofstrasse 12 | 8001 Zürich
""",
))

add(dict(
    kind="other", scen="radio_interviewanfrage", lang="de",
    contact="miriam.adler@radiospreewelle.example.de",
    frm=("Miriam Adler", "miriam.adler@radiospreewelle.example.de"),
    subject="Interviewanfrage: Beitrag über Alltagsobjekte im Museum",
    date="2026-09-25 11:18 +0200", cte="quoted-printable",
    text="""Liebe Frau Solberg-Achebe,

ich arbeite für die Kultursendung „Spreewelle Kultur“ und bereite einen Beitrag über Alltagsobjekte in Museumssammlungen vor. Ein Kollege hat mir Ihren Vortrag über Blechspielzeug empfohlen.

Hätten Sie Lust auf ein kurzes Radiointerview (ca. 15 Minuten, telefonisch oder per Studioleitung, gerne auch auf Englisch)? Gesendet würde der Beitrag Ende Oktober.

Ich freue mich auf Ihre Antwort!

Herzliche Grüße
Miriam Adler
Redaktion Spreewelle Kultur
Tel. 030 555 61 44
""",
))

# ================================================================ French

add(dict(
    kind="other", scen="lettre_archivistes_entretien_rate", lang="fr",
    frm=("La Lettre des Archivistes", "lettre@archivistes-reseau.example.fr"),
    subject="Entretien raté ? 7 conseils pour rebondir",
    date="2026-03-10 08:00 +0100",
    headers={**BULK, "List-Id": "La Lettre des Archivistes <lettre.archivistes-reseau.example.fr>",
             "List-Unsubscribe": "<https://archivistes-reseau.example.fr/lettre/desinscription?u=c81f>"},
    html=news_page(
        """<h1 style="font-size:24px;margin:0 0 12px">Entretien raté ? 7 conseils pour rebondir</h1>
<p>Un jury qui vous attend à 9 h 30 et vous qui arrivez à 10 h… ou la réponse redoutée : « nous avons le regret de vous informer que votre candidature n'a pas été retenue ». Cette semaine, trois archivistes racontent comment ils ont transformé un échec en nouveau départ.</p>
<p><a href="https://archivistes-reseau.example.fr/r/?l=entretien-rate&amp;u=c81f" style="color:#005f73;font-weight:bold">Lire l'article</a></p>
<h2 style="font-size:18px;margin:20px 0 8px">Offres de la semaine</h2>
<p>Chargé·e de numérisation patrimoniale (BIU Saint-Jacques) · Archiviste (Fondation pour la Mémoire Humanitaire, Genève) · <a href="https://archivistes-reseau.example.fr/r/?l=offres&amp;u=c81f">toutes les offres</a></p>""",
        title="La Lettre des Archivistes", masthead="La Lettre des Archivistes", colour="#005f73", lang="fr",
        pixel="https://archivistes-reseau.example.fr/lettre/o/c81f.gif",
        footer="Vous recevez cette lettre car vous êtes inscrite sur archivistes-reseau.example.fr. <a href=\"https://archivistes-reseau.example.fr/lettre/desinscription?u=c81f\">Se désinscrire</a> · Association Archivistes en Réseau, loi 1901, 75003 Paris"),
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="reponse_automatique_absente", lang="fr",
    contact="s.lemaire@editionsdupontneuf.example.fr",
    frm=("Sophie Lemaire", "s.lemaire@editionsdupontneuf.example.fr"),
    subject="Réponse automatique : Entretien de jeudi",
    date="2026-06-15 08:03 +0200", mailer="outlook", cte="quoted-printable",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 22 juin inclus. Pour toute question urgente, merci de contacter l'accueil des Éditions du Pont-Neuf au 01 55 55 42 00.

Je prendrai connaissance de votre message à mon retour.

Sophie Lemaire
""",
))

add(dict(
    kind="other", scen="alerte_nouvelles_offres_paris", lang="fr",
    frm=("Emploi Culture – Alertes", "alertes@emploi-culture.example.fr"),
    subject="3 nouvelles offres correspondent à votre alerte « archiviste Paris »",
    date="2026-04-15 07:05 +0200",
    headers={**BULK, "List-Unsubscribe": "<https://www.emploi-culture.example.fr/alertes/stop?a=9081>"},
    html="""<html><body style="margin:0;background:#f4f1ec;font-family:Arial,sans-serif">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;background:#d6336c"><img src="https://www.emploi-culture.example.fr/img/mail-logo.png" alt="Emploi Culture" height="28"></td></tr>
<tr><td style="padding:22px 24px 6px;font-size:18px"><b>3 nouvelles offres</b> pour « archiviste Paris »</td></tr>
<tr><td style="padding:10px 24px;font-size:14px;line-height:21px">
<p><a href="https://www.emploi-culture.example.fr/offre/44120?utm_source=alerte"><b>Archiviste / chargé·e du fonds éditorial (CDI)</b></a><br>Éditions du Pont-Neuf · Paris 6e</p>
<p><a href="https://www.emploi-culture.example.fr/offre/44121?utm_source=alerte"><b>Chef·fe de projet archivage électronique</b></a><br>Archivéo · Paris 11e · Postulez en 1 clic</p>
<p><a href="https://www.emploi-culture.example.fr/offre/44122?utm_source=alerte"><b>Data curator</b></a><br>Palimpseste · Paris 19e · Start-up</p>
<p><a href="https://www.emploi-culture.example.fr/alertes/9081/resultats">Voir toutes les offres</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#fafafa">Vous recevez cet e-mail car vous avez créé une alerte. <a href="https://www.emploi-culture.example.fr/alertes/stop?a=9081">Désactiver l'alerte</a></td></tr>
</table>
<img src="https://track.emploi-culture.example.fr/open/al9081.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="dossier_location_non_retenu", lang="fr",
    contact="k.benali@immo-bastille.example.fr",
    frm=("Karim Benali", "k.benali@immo-bastille.example.fr"),
    subject="Votre dossier – appartement rue de la Roquette",
    date="2026-06-26 17:25 +0200", charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Madame,

Je vous remercie pour votre dossier de location concernant le deux-pièces du 52 rue de la Roquette.

Malheureusement, le propriétaire a retenu un autre dossier, dont le garant est domicilié en France. Je suis désolé de ne pas avoir une meilleure nouvelle.

Je me permets de vous recontacter si un bien similaire se libère dans le quartier d’ici la rentrée.

Cordialement,

Karim Benali
Conseiller location – Immo Bastille
""",
))

add(dict(
    kind="other", scen="amie_refus_degoutee", lang="fr",
    contact="camille.dufour@example.fr",
    frm=("Camille Dufour", "camille.dufour@example.fr"),
    subject="dégoûtée",
    date="2026-05-05 23:12 +0200", mailer="iphone", cte="8bit",
    text="""Coucou ma belle,

J'ai eu la réponse pour le poste à la Bibliothèque des Arts : refus. Après deux entretiens et un exercice de catalogage de 3 heures !! « Votre profil, bien que très intéressant, ne correspond pas tout à fait… » bref, la formule habituelle.

Je suis dégoûtée. Dis-moi que toi au moins t'as des bonnes nouvelles de Paris ?

Bisous
Camille

Envoyé de mon iPhone
""",
))

add(dict(
    kind="other", scen="banque_demande_pret_recue", lang="fr",
    frm=("Banque Lémanique", "ne-pas-repondre@banque-lemanique.example.ch"),
    subject="Votre demande de prêt a bien été reçue",
    date="2026-05-02 10:40 +0200",
    alt_auto=True,
    html="""<html><body style="margin:0;font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#12355b;padding:14px 22px"><img src="https://www.banque-lemanique.example.ch/mail/logo.png" alt="Banque Lémanique" height="30"></td></tr></table>
<div style="padding:22px;max-width:600px">
<p>Madame,</p>
<p>Nous accusons réception de votre demande de prêt personnel d'un montant de CHF 8 000 (référence BL-PP-2026-11873).</p>
<p>Votre demande est en cours d'analyse. Un conseiller vous informera de notre décision dans un délai de cinq jours ouvrables. Des pièces complémentaires pourront vous être demandées.</p>
<p>Suivez l'avancement de votre demande dans votre <a href="https://ebanking.banque-lemanique.example.ch/demandes?src=mail">espace e-banking</a>.</p>
<p>Banque Lémanique</p>
<p style="font-size:11px;color:#7b8794">Banque Lémanique SA, Quai du Mont-Blanc 5, 1201 Genève. Ce message est généré automatiquement ; merci de ne pas y répondre. L'octroi de crédits est interdit s'il occasionne le surendettement du consommateur (art. 3 LCD).</p>
</div></body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="own_sent_relance_candidature", lang="fr",
    frm=ME, to=[("Nathalie Rochat", "n.rochat@fondation-leman.example.ch")],
    subject="Relance – candidature archiviste documentaliste (80%)",
    date="2026-02-23 08:52 +0100", mailer="gmail", cte="quoted-printable",
    mid="<b2c71d90e4.relance@example.no>",
    text="""Madame Rochat,

Je me permets de revenir vers vous concernant ma candidature au poste d'archiviste documentaliste à 80 %, dont vous aviez accusé réception le 19 janvier.

Pourriez-vous m'indiquer où en est le processus de sélection ? Je reste très motivée par ce poste et disponible pour un entretien, y compris par visioconférence.

Avec mes meilleures salutations,

Ingrid Solberg-Achebe
""",
))

# ================================================================ Spanish

add(dict(
    kind="other", scen="boletin_afrontar_rechazo", lang="es",
    frm=("Boletín Archiveros de Madrid", "boletin@archiverosmadrid.example.es"),
    subject="Cómo afrontar un rechazo (y preparar la próxima entrevista)",
    date="2026-02-04 09:00 +0100",
    headers={**BULK, "List-Id": "Boletin AAM <boletin.archiverosmadrid.example.es>",
             "List-Unsubscribe": "<https://archiverosmadrid.example.es/boletin/baja?s=e71a>"},
    html=news_page(
        """<h1 style="font-size:24px;margin:0 0 12px">Cómo afrontar un rechazo</h1>
<p>«Lamentamos comunicarle que su candidatura no ha sido seleccionada». Si has recibido este mensaje, no estás sola. En este número, la psicóloga Elena Castaño nos explica cómo gestionar la frustración y cómo pedir una valoración tras una entrevista.</p>
<p><a href="https://archiverosmadrid.example.es/r/?n=feb26&amp;a=rechazo&amp;s=e71a" style="color:#8a2b0e;font-weight:bold">Leer el artículo</a></p>
<h2 style="font-size:18px;margin:20px 0 8px">Agenda</h2>
<p>Taller de entrevistas por competencias (12 de febrero) · Visita al Archivo Histórico Provincial (26 de febrero)</p>
<h2 style="font-size:18px;margin:20px 0 8px">Ofertas</h2>
<p>Técnico/a de Archivo – Fundación Archivo Castellano · <a href="https://archiverosmadrid.example.es/r/?n=feb26&amp;a=ofertas">ver todas</a></p>""",
        title="Boletín Archiveros de Madrid", masthead="Archiveros de Madrid · Boletín", colour="#8a2b0e", lang="es",
        pixel="https://archiverosmadrid.example.es/boletin/o/e71a.gif",
        footer="Asociación de Archiveros de Madrid · C/ de Atocha 40, 28012 Madrid<br>Recibes este boletín por ser socia. <a href=\"https://archiverosmadrid.example.es/boletin/baja?s=e71a\">Darse de baja</a>"),
    html_cte="quoted-printable",
))

add(dict(
    kind="other", scen="amiga_me_han_rechazado", lang="es",
    contact="nerea.olabarria@example.es",
    frm=("Nerea Olabarria", "nerea.olabarria@example.es"),
    subject="jajaja otra vez",
    date="2026-07-17 20:55 +0200", mailer="gmail", cte="8bit",
    text="""Hola guapa!

Me han rechazado en el museo de Bilbao, jajaja. Ni entrevista ni nada, un correo de dos líneas: "hemos decidido seguir adelante con otros perfiles". Bueno, ya van cuatro este año, estoy coleccionando.

Tú qué tal? Al final te hicieron la oferta los de la universidad de Madrid? Cuéntame todo!!

Un besazo,
Nerea
""",
))

add(dict(
    kind="other", scen="paquete_retrasado", lang="es",
    frm=("EnvíoExprés", "avisos@envioexpres.example.es"),
    subject="Lamentablemente tu paquete se ha retrasado",
    date="2026-06-30 09:34 +0200",
    html="""<html><body style="margin:0;background:#f6f6f6;font-family:Arial,sans-serif">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:14px 22px;background:#00a19a"><img src="https://www.envioexpres.example.es/mail/logo-blanco.png" alt="EnvíoExprés" height="28"></td></tr>
<tr><td style="padding:22px;font-size:15px;line-height:22px;color:#333">
<p><b>Lamentablemente tu paquete se ha retrasado</b></p>
<p>Hola Ingrid, tu envío <b>EX-88120045-ES</b> de <b>Librería Anticuaria Moyano</b> ha sufrido un retraso por una incidencia en nuestro centro de Coslada.</p>
<p>Nueva fecha estimada de entrega: <b>jueves 2 de julio</b>.</p>
<p><a href="https://seguimiento.envioexpres.example.es/EX88120045ES?utm_source=email&amp;utm_campaign=retraso" style="color:#00a19a">Seguir mi envío</a></p>
<p style="font-size:12px;color:#888">Sentimos las molestias. Este correo se ha generado automáticamente, por favor no respondas.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:10px;color:#999">EnvíoExprés Logística S.L. · CIF B-28112233 · Coslada, Madrid</td></tr>
</table>
<img src="https://seguimiento.envioexpres.example.es/px/EX88120045ES.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="base64",
))

add(dict(
    kind="other", scen="own_sent_reply_confirming_entrevista", lang="es",
    frm=ME, to=[("Lucía Ferrer", "lferrer@museoartesgraficas.example.es")],
    subject="RE: Plaza Conservadora de fondos gráficos",
    date="2026-09-16 10:02 +0200", mailer="gmail", cte="quoted-printable",
    mid="<f08a3b5c21.entrevista@example.no>",
    irt="<AM9PR02MB7741E3C0A5@AM9PR02MB7741.eurprd02.prod.outlook.com>",
    text="""Hola Lucía:

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista el martes 22 a las 11:00 en el museo. ¡Tengo muchas ganas de conocer el gabinete de estampas!

Un saludo,
Ingrid

""" + spanish_quote("mar, 15 sept 2026 a las 13:27", "Lucía Ferrer", "lferrer@museoartesgraficas.example.es", """Hola Ingrid:

Soy Lucía Ferrer, jefa de Conservación del museo. Hemos revisado las candidaturas para la plaza de Conservadora de fondos gráficos y nos gustaría mucho conocerte.

¿Te vendría bien una entrevista el martes 22 de septiembre a las 11:00 aquí en el museo? Sería con el director, Ramón Ibarra, y conmigo, y duraría una hora más o menos.

Dime algo cuando puedas.

Un saludo,
Lucía"""),
))

assert len(MESSAGES) == 52, len(MESSAGES)
