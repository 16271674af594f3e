"""Everything that is not job-search mail about the candidate's own applications, in the
hundred-and-twenty-fourth corpus: newsletters, alerts, other meanings of the words, friends, family,
the candidate's own sent mail, out-of-office replies, cold outreach (see make_hundredtwentyfourth.py).
"""

from __future__ import annotations

from msgs124_common import (
    ME,
    ME_ADDR,
    MID,
    button,
    card_html,
    gmail_pair,
    h,
    news_html,
    outlook_html,
    paras,
    pixel,
    trk,
)


def news_pair(*, masthead: str, logo: tuple[str, str], intro: str, articles: list[tuple[str, str, str]],
              footer_text: str, footer_html: str, host: str, seed: str, accent: str = "#0b6e4f",
              lang: str = "en", read_more: str = "Read more") -> dict[str, str]:
    """Text and HTML of one newsletter issue; every link goes through the sender's click tracker."""
    linked = [(t, b, trk(host, f"{seed}-{i}")) for i, (t, b, _) in enumerate(articles)]
    text = f"{masthead}\n\n{intro}\n\n" + "\n\n".join(
        f"{t.upper()}\n{b}\n{read_more}: {href}" for t, b, href in linked) + f"\n\n--\n{footer_text}\n"
    html = news_html(masthead=masthead, logo=logo, articles=linked, intro=h(intro), footer=footer_html,
                     track=pixel(host, seed), accent=accent, lang=lang,
                     view_online=trk(host, f"{seed}-web", "view"))
    return {"body": text, "html": html}


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<mailto:{unsub_mail}>,\n <{unsub_url}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# ----------------------------------------------------------------------------- English

X14_TEXT = """\
Dear Mr Kiely,

I would like to apply for the Technical Sales Representative position at Leeside Animal Nutrition advertised on Jobgarden. I'm a registered veterinary nurse with seven years in mixed practice in Galway, and I'd love the chance to talk about the role.

Over the last three years I've run our practice's herd-health client list (about 90 dairy and suckler farms), which means I already spend a good part of my week talking to farmers about minerals, dry-cow management and calf nutrition. I'm now keen to make that the whole of my job.

CV attached. Kind regards,
Saoirse Lindqvist
087 552 9013
"""

X15_TEXT = """\
Dear Fiona,

Thank you so much for today, and please pass on my thanks to Dr Fraser and to Katie for the tour. It was brilliant to see the ICU in action, even on a busy afternoon!

I really enjoyed our conversation about the referral pathway, and I came away even more keen on the role. If there's anything else you need from me (references, my RCVS registration details), just let me know.

Best wishes,
Saoirse

Sent from my iPhone
"""

X16_TEXT = """\
Dear Aisling,

Thank you so much for the offer, and for everything over the last few weeks \u2013 you and Se\u00e1n have been so kind, and I genuinely loved the farm team.

After a lot of thought, I've decided to accept another position closer to home in Galway. It was a really hard decision, and I'm sorry to be letting you down after you went to the trouble of rearranging the second interview for me.

I hope we'll cross paths again, and I'd be very happy to recommend the role to a couple of nurses I know in the North.

With warm wishes,
Saoirse

On Thu, 2 Jul 2026 at 17:48, Aisling Boyd <aisling.boyd@mournevets.example.co.uk> wrote:
> Dear Saoirse,
>
> Following our call this afternoon, I'm delighted to confirm our verbal offer of the Farm Animal Services Coordinator role with Mourne Vet Group.
"""

X33_TEXT = """\
Ugh, another one. At least this one was quick. Pint on Friday? I need to moan at someone who gets it.

S x

---------- Forwarded message ---------
From: Vaartsche Vet Diagnostics <noreply@smartrecruiters.com>
Date: Wed, 18 Mar 2026 at 08:00
Subject: Your application at Vaartsche Vet Diagnostics
To: <saoirse.l@example.ie>


Dear Saoirse,

Thank you for applying for the position of Diagnostics Product Specialist (English-speaking, Utrecht) at Vaartsche Vet Diagnostics.

After careful review of your application, we regret to inform you that we will not be moving forward with your candidacy at this time.

Kind regards,
Recruitment team
Vaartsche Vet Diagnostics
"""

MESSAGES: list[dict] = [
    dict(
        kind="other", scenario="newsletter_rejection_advice", lang="en",
        company="", contact="",
        frm=("The Vet Nurse Times", "newsletter@vntimes.example.co.uk"),
        subject="Bouncing back from rejection + 5 reasons you missed out on interview | Careers Weekly",
        date="2026-02-05 07:00:00 +0000", structure="alt", charset="utf-8", cte="qp", mid_style="ats",
        headers=list_headers("VN Times Careers Weekly <careers-weekly.vntimes.example.co.uk>",
                             "https://vntimes.example.co.uk/u/careers-weekly?m=8f3e21", "unsubscribe-cw@vntimes.example.co.uk"),
        **news_pair(
            masthead="The Vet Nurse Times \u2013 Careers Weekly", logo=("https://vntimes.example.co.uk/img/vnt-masthead.png", "The Vet Nurse Times"),
            intro="This week: what to do when the 'unfortunately' email lands, why you didn't get the interview, and the salaries industry is paying RVNs in 2026.",
            articles=[
                ("Rejected? How to bounce back (and ask for feedback)", "Three RVNs who moved into industry on the rejections that taught them most, and the one-line email that gets you useful feedback.", ""),
                ("5 reasons you missed out on an interview", "From a CV that reads like a job description to a cover letter addressed to the wrong company: what recruiters told us.", ""),
                ("Industry salaries 2026: the numbers", "Territory managers, technical advisors and product specialists - what animal-health companies in Ireland and the UK are offering.", ""),
                ("Jobs: 46 new roles this week", "Including technical support in Dublin, a practice liaison role in Belfast and a clinical trials post in Edinburgh.", ""),
            ],
            footer_text="You are receiving this because you subscribed to Careers Weekly. Unsubscribe: https://vntimes.example.co.uk/u/careers-weekly\nThe Vet Nurse Times is published by Hollins Media Ltd, Registered in England No 08812231, 7 Coke Street, Manchester M1 2HT.",
            footer_html="You are receiving this because you subscribed to Careers Weekly. "
                        f'<a href="{trk("links.vntimes.example.co.uk", "x01-unsub")}" style="color:#888;">Unsubscribe</a> &middot; '
                        f'<a href="{trk("links.vntimes.example.co.uk", "x01-prefs")}" style="color:#888;">Update preferences</a><br>'
                        "The Vet Nurse Times is published by Hollins Media Ltd, Registered in England No 08812231, 7 Coke Street, Manchester M1 2HT.",
            host="links.vntimes.example.co.uk", seed="x01", accent="#7b2d8b"),
    ),
    dict(
        kind="other", scenario="job_alert_digest", lang="en",
        company="", contact="",
        frm=("Jobgarden.ie Job Alerts", "alerts@jobgarden.example.ie"),
        subject="8 new jobs for \"animal health sales\"",
        date="2026-03-03 06:15:22 +0000", structure="alt", charset="utf-8", cte="qp", mid_style="ats",
        headers=list_headers("<jobalerts.jobgarden.example.ie>", "https://www.jobgarden.example.ie/alerts/stop?id=55120", "stop-alert-55120@jobgarden.example.ie"),
        **news_pair(
            masthead="Your Jobgarden job alert", logo=("https://static.jobgarden.example.ie/mail/jobgarden-logo.png", "Jobgarden.ie"),
            intro="Hi Saoirse, here are the newest jobs matching your alert \"animal health sales\" in Galway, Dublin, Cork and Limerick.",
            articles=[
                ("Territory Manager - Equine (Carraig Animal Health, Kildare)", "Competitive salary + car. Posted 1 day ago. Easy apply.", ""),
                ("Animal Health Sales Advisor (Tuam Co-op, Tuam)", "Full-time, permanent. Posted 2 days ago.", ""),
                ("Technical Sales Representative - Ruminant (Munster Agri Feeds, Mallow)", "Posted 2 days ago. Be one of the first 10 applicants.", ""),
                ("Customer Service Technical Advisor (Vetlink Pharma Ireland, Dublin 24)", "Hybrid. Posted 3 days ago.", ""),
                ("Key Account Manager - Companion Animal (Norvane Animal Health, Dublin)", "Posted 4 days ago.", ""),
                ("Inside Sales Executive (Western Animal Health, Galway)", "Reposted. Posted 5 days ago.", ""),
                ("Pet Nutrition Advisor (Flaherty's Farm & Pet Supplies, Athenry)", "Part-time. Posted 6 days ago.", ""),
                ("Product Specialist - Diagnostics (recruiter: Emerald Life Science Recruitment, Dublin)", "Posted 6 days ago.", ""),
            ],
            footer_text="You created this alert on Jobgarden.ie. Stop this alert: https://www.jobgarden.example.ie/alerts/stop?id=55120\nJobgarden.ie, 3 Grand Canal Quay, Dublin 2.",
            footer_html=f'You created this alert on Jobgarden.ie. <a href="{trk("click.jobgarden.example.ie", "x02-stop")}" style="color:#888;">Stop this alert</a><br>'
                        "Jobgarden.ie, 3 Grand Canal Quay, Dublin 2.",
            host="click.jobgarden.example.ie", seed="x02", accent="#e4572e", read_more="View job"),
    ),
    {
        "kind": "other", "scenario": "podcast_guest_interview", "lang": "en",
        "company": "", "contact": "cathal@mixedpracticepod.example.ie",
        "frm": ("Cathal Breen", "cathal@mixedpracticepod.example.ie"),
        "subject": "Would you come on the podcast?",
        "date": "2026-03-05 20:41:18 +0000", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "body": """\
Hi Saoirse,

I hope you don't mind me emailing out of the blue \u2013 I got your address from Aoibhinn in the Galway VN society.

I host The Mixed Practice, a podcast about life in Irish veterinary practice (we're about 80 episodes in, mostly vets and nurses talking honestly about the job). I'm putting together an episode on vet nurses who are thinking about moving into industry, and I'd love to interview you for it.

It'd be a relaxed chat of about 45 minutes over Zoom, any evening in the week of 16 March. Nothing about any specific employer, of course \u2013 more about why nurses leave, what the job hunt is actually like, and what you wish someone had told you.

Let me know if you'd be up for it!

Cathal
The Mixed Practice podcast
mixedpracticepod.example.ie | @mixedpracticepod
""",
    },
    {
        "kind": "other", "scenario": "press_interview_request", "lang": "en",
        "company": "", "contact": "sruane@westernecho.example.ie",
        "frm": ("Siobh\u00e1n Ruane", "sruane@westernecho.example.ie"), "name_enc": "Q",
        "subject": "Interview request - vet nurse shortage piece",
        "date": "2026-04-07 11:26:40 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "body": """\
Hi Saoirse,

I'm a reporter with the Western Echo and I'm working on a feature about the shortage of veterinary nurses in rural practices across Galway and Mayo.

A colleague of yours mentioned that you've recently left clinical practice after seven years. Would you be willing to do a short interview, either by phone or over a coffee in town? It would take about 20 minutes, and I'm happy for you to stay anonymous if you'd prefer.

My deadline is Friday 17 April, so any time next week would be perfect.

Many thanks,

Siobh\xe1n Ruane
Reporter, Western Echo
087 330 1248
""",
    },
    {
        "kind": "other", "scenario": "user_research_interview", "lang": "en",
        "company": "", "contact": "priya.nair@vetdesk.example.com",
        "frm": ("Priya Nair", "priya.nair@vetdesk.example.com"),
        "subject": "30 min chat about how your practice books appointments? (\u20ac40 voucher)", "subject_enc": "Q",
        "date": "2026-02-19 14:03:55 +0000", "structure": "alt", "charset": "utf-8", "cte": "qp",
        "headers": [("X-Mailer", "HubSpot Sales")],
        "body": """\
Hi Saoirse,

I'm a user researcher at VetDesk (we make the practice-management software your old clinic in Oranmore uses).

We're talking to nurses about how appointment booking and reminders really work day to day, and I'd love to interview you for 30 minutes over video. There are no right or wrong answers and no sales pitch \u2013 we just want to learn. As a thank-you we'll send you a \u20ac40 One4all voucher.

If you're up for it, you can pick a time here: https://meetings.vetdesk.example.com/priya-nair/research

Thanks a million,
Priya

Priya Nair | User Researcher | VetDesk
Unsubscribe from research invitations: https://vetdesk.example.com/research/optout
""",
        "html": ('<div style="font-family:Arial,sans-serif;font-size:14px;">'
              + paras("""\
Hi Saoirse,

I'm a user researcher at VetDesk (we make the practice-management software your old clinic in Oranmore uses).

We're talking to nurses about how appointment booking and reminders really work day to day, and I'd love to interview you for 30 minutes over video. There are no right or wrong answers and no sales pitch \u2013 we just want to learn. As a thank-you we'll send you a \u20ac40 One4all voucher.""")
              + f'<p>If you\'re up for it, you can <a href="{trk("t.hubspotlinks.example.com", "x05-book", "Ctc/LZ+113")}">pick a time here</a>.</p>'
              + "<p>Thanks a million,<br>Priya</p><p style=\"color:#777;font-size:12px;\">Priya Nair | User Researcher | VetDesk<br>"
              + f'<a href="{trk("t.hubspotlinks.example.com", "x05-optout", "Ctc/LZ+optout")}" style="color:#777;">Unsubscribe from research invitations</a></p>'
              + pixel("t.hubspotlinks.example.com", "x05") + "</div>\n"),
    },
    {
        "kind": "other", "scenario": "gps_position_shared", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Trailmate", "noreply@trailmate.example.com"),
        "subject": "Your position is being shared with 2 contacts",
        "date": "2026-06-06 08:12:30 +0100", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "html": card_html(
            logo=("https://cdn.trailmate.example.com/email/logo.png", "Trailmate"), accent="#123524",
            content=paras("""\
Hi Saoirse,

Live Share is on for your activity "Diamond Hill loop".

Your position is visible to: M\u00e9abh, Mam

Your contacts will see your live position on the map until you finish or pause the activity. If your position hasn't updated for 15 minutes, we'll let them know.""")
            + button("Stop sharing", trk("go.trailmate.example.com", "x06-stop"), "#d9480f"),
            footer="Trailmate AS &middot; Tordenskjolds gate 6, Oslo. You're receiving this safety notification because Live Share is enabled. "
                   f'<a href="{trk("go.trailmate.example.com", "x06-settings")}" style="color:#8c959f;">Notification settings</a>',
            track=pixel("go.trailmate.example.com", "x06")),
    },
    {
        "kind": "other", "scenario": "ticket_queue_position", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Ticketsquare", "queue@ticketsquare.example.ie"),
        "subject": "You're in the queue - your position: 4,812",
        "date": "2026-03-11 09:00:47 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "body": """\
Hi Saoirse,

You're in the queue for: Galway International Arts Festival - Big Top, Saturday 25 July

Your position in the queue: 4,812
Estimated wait: 25 minutes

Please don't refresh the page or close your browser - you'll lose your place. When it's your turn you will have 10 minutes to choose your tickets.

Unfortunately we cannot guarantee that tickets will still be available when you reach the front of the queue.

Ticketsquare
This is an automated message. Please do not reply.
""",
    },
    {
        "kind": "other", "scenario": "package_delayed", "lang": "en",
        "company": "", "contact": "",
        "frm": ("PostNua", "noreply@track.postnua.example.ie"),
        "subject": "Unfortunately your package is delayed",
        "date": "2026-05-14 13:47:09 +0100", "structure": "html", "charset": "utf-8", "cte": "b64", "mid_style": "ats",
        "html": card_html(
            logo=("https://track.postnua.example.ie/img/postnua-logo.png", "PostNua"), accent="#004d40",
            content=paras("""\
Hi Saoirse,

Unfortunately your package is delayed.

Tracking number: PN 4471 2093 8826 IE
From: Boots Ireland
Status: Held at Athlone hub

Due to high volumes at our Athlone hub, your parcel will now be delivered on Monday 18 May. We're sorry for the inconvenience.""")
            + button("Track my parcel", trk("track.postnua.example.ie", "x08-track", "t"), "#00796b"),
            footer="PostNua DAC, Ballycoolin Business Park, Dublin 15. Please don't reply to this email - this mailbox is not monitored.",
            track=pixel("track.postnua.example.ie", "x08")),
    },
    {
        "kind": "other", "scenario": "credit_union_loan_received", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Galway West Credit Union", "loans@gwcu.example.ie"),
        "subject": "Your loan application has been received - Ref L-2026-11873",
        "date": "2026-04-23 16:30:02 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "body": """\
Dear Saoirse,

Thank you for your loan application (reference L-2026-11873) for EUR 9,500 - purpose: car purchase.

Your application has been received and is now being assessed by our lending team. We will be in touch within 2 business days. We may ask you for your last three months' bank statements and a recent payslip.

Warning: If you do not meet the repayments on your credit agreement, your account will go into arrears. This may affect your credit rating, which may limit your ability to access credit in the future.

Galway West Credit Union Limited is regulated by the Central Bank of Ireland.
""",
    },
    {
        "kind": "other", "scenario": "bank_loan_declined", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Bank of Connacht", "no-reply@bankofconnacht.example.ie"),
        "subject": "An update on your car loan application",
        "date": "2026-02-25 10:11:58 +0000", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "body": """\
Dear Ms Lindqvist,

Thank you for applying for a car loan with Bank of Connacht.

We're sorry to let you know that, on this occasion, we are unable to approve your application. Our decision was based on the information you provided and on our lending criteria, including your current employment status.

If you would like to discuss this decision, please call us on 1800 20 40 60 or visit your local branch. You have the right to request the information used in making this decision.

Yours sincerely,
Personal Lending Team
Bank of Connacht

Bank of Connacht p.l.c. is regulated by the Central Bank of Ireland. Please do not reply to this email \u2013 this mailbox is not monitored.
""",
    },
    {
        "kind": "other", "scenario": "flat_application_refused", "lang": "en",
        "company": "", "contact": "sharon@corriblettings.example.ie",
        "frm": ("Sharon Daly", "sharon@corriblettings.example.ie"),
        "subject": "Re: Viewing - 2 bed apt, Nuns Island",
        "date": "2026-05-29 17:14:33 +0100", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "irt": "<CAJx8kR5tLm2Qa9@mail.example.ie>",
        "body": """\
Hi Saoirse,

Thanks for coming to the viewing on Tuesday and for sending on your references so quickly.

Unfortunately the landlord has decided to go with another applicant for the apartment \u2013 we had 31 applications for it, which is mad even for Galway. I'll keep your details on our list and let you know if anything similar comes up in the city centre.

Sorry it's not better news.

Sharon

Sharon Daly | Lettings Negotiator | Corrib Lettings
14 Dominick Street, Galway | 091 568 220
""",
    },
    {
        "kind": "other", "scenario": "friend_own_rejection", "lang": "en",
        "company": "", "contact": "meabh.nichonaill@example.com",
        "frm": ("M\u00e9abh N\u00ed Chonaill", "meabh.nichonaill@example.com"), "name_enc": "B",
        "subject": "well that's that",
        "date": "2026-03-19 21:37:02 +0000", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "gmail",
        "body": """\
Saoirse!!

Got the "unfortunately we have decided not to progress your application" email from Vetlink today. After TWO interviews and a presentation. They said they'd keep me "on file" \U0001F644 I'm raging.

Anway, I've an interview with a pet insurance crowd in Dublin next week so onwards and upwards I suppose.

How did your Carraig interview go in the end? Did they ring you back? And are you still on for Saturday?

M x
""",
    },
    dict(
        kind="other", scenario="friend_zoo_interview_gmail", lang="en",
        company="", contact="kirsten.mcallister@example.co.uk",
        frm=("Kirsten McAllister", "kirsten.mcallister@example.co.uk"),
        subject="Re: how did it go??",
        date="2026-04-26 22:04:11 +0100", structure="alt", charset="utf-8", cte="qp",
        irt="<CAJx8kR2wPq8Lk3@mail.example.ie>", mid_style="gmail",
        **gmail_pair(
            "Hiya!\n\nIt went SO well I think?? The interview was with the head vet and the curator, and then they made me do a practical with a (sedated) meerkat. Hardest part was the panel question about a keeper who ignores your advice \u2013 I waffled a bit.\n\nThey said they'd let us know by the end of next week so I'm refreshing my inbox every five minutes. What about your Paisley one on Wednesday, are you nervous?\n\nK xx",
            "On Sun, 26 Apr 2026 at 19:40, Saoirse Lindqvist <saoirse.l@example.ie> wrote:",
            "Well?? How was the zoo interview?! Tell me everything.\n\nS x"),
    ),
    {
        "kind": "other", "scenario": "sent_application_email", "lang": "en",
        "company": "", "contact": "",
        "frm": (ME.split(" <")[0], ME_ADDR), "to": ("Donal Kiely", "donal.kiely@leesideanimalnutrition.example.ie"),
        "subject": "Application - Technical Sales Representative",
        "date": "2026-01-08 21:14:05 +0000", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "msgid": MID["leeside_apply"], "body": X14_TEXT,
        "headers": [("User-Agent", "Mozilla Thunderbird")],
    },
    {
        "kind": "other", "scenario": "sent_thank_you_note", "lang": "en",
        "company": "", "contact": "",
        "frm": (ME.split(" <")[0], ME_ADDR), "to": ("Fiona MacLeod", "f.macleod@kelvinsidevets.example.co.uk"),
        "subject": "Thank you for today",
        "date": "2026-02-24 19:30:44 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "msgid": MID["kelvinside_thanks"], "irt": MID["kelvinside_invite"], "body": X15_TEXT,
        "headers": [("X-Mailer", "iPhone Mail (21D61)")],
    },
    {
        "kind": "other", "scenario": "sent_declining_offer", "lang": "en",
        "company": "", "contact": "",
        "frm": (ME.split(" <")[0], ME_ADDR), "to": ("Aisling Boyd", "aisling.boyd@mournevets.example.co.uk"),
        "subject": "Re: Confirming our offer",
        "date": "2026-07-06 09:12:37 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "gmail", "irt": "<DU2PR10MB5530D1E2F3A4B5C6D7@DU2PR10MB5530.eurprd10.prod.outlook.com>",
        "body": X16_TEXT,
    },
    {
        "kind": "other", "scenario": "out_of_office_plain", "lang": "en",
        "company": "", "contact": "donal.kiely@leesideanimalnutrition.example.ie",
        "frm": ("Donal Kiely", "donal.kiely@leesideanimalnutrition.example.ie"),
        "subject": "Automatic reply: Application - Technical Sales Representative",
        "date": "2026-01-08 21:14:31 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "irt": MID["leeside_apply"], "mid_style": "outlook",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "body": """\
Thank you for your email. I am out of the office until Monday 12 January with limited access to email.

For urgent orders please call the Cork office on 021 488 7120.

Donal Kiely
Sales Manager, Leeside Animal Nutrition
""",
    },
    {
        "kind": "other", "scenario": "out_of_office_recruiter", "lang": "en",
        "company": "", "contact": "eimear.walsh@norvane.example.com",
        "frm": ("Walsh, Eimear", "eimear.walsh@norvane.example.com"),
        "subject": "Automatic reply: Interview: Territory Manager \u2013 Ruminants (West)", "subject_enc": "Q",
        "date": "2026-03-30 08:03:12 +0100", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "irt": "<CAJx8kR41QsT6m0@mail.example.ie>",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "eimear.walsh@norvane.example.com")],
        "body": """\
Hi,

I\u2019m on annual leave until Monday 6 April, with no access to email.

For urgent recruitment queries, please contact talent.ie@norvane.example.com and one of my colleagues will help. Candidates with interviews this week: your interview will go ahead as planned with the hiring manager.

Thanks,
Eimear
""",
    },
    {
        "kind": "other", "scenario": "headhunter_cold_outreach", "lang": "en",
        "company": "", "contact": "gavin@tierneysearch.example.ie",
        "frm": ("Gavin Tierney", "gavin@tierneysearch.example.ie"),
        "subject": "Territory Manager opportunity - open to a chat?",
        "date": "2026-02-11 12:48:20 +0000", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "body": """\
Hi Saoirse,

I came across your profile on Linkwork and was struck by your herd-health work in Oranmore.

I'm partnering with a leading animal-health company on a confidential search for a Territory Manager covering Galway, Mayo and Roscommon. It's a newly created role focused on ruminant vaccines, with a strong emphasis on technical credibility with vets \u2013 which is why I think an experienced RVN could be a real asset.

Would you be open to a 15-minute confidential chat this week or next? No commitment at all, just an exploratory conversation.

Best regards,

Gavin Tierney
Director | Tierney Search
Executive search for Animal Health & AgriTech
+353 1 613 4409 | tierneysearch.example.ie
""",
    },
    {
        "kind": "other", "scenario": "agency_hot_jobs_mailshot", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Vetstaff Recruitment Ireland", "news@vetstaff.example.ie"),
        "subject": "\U0001F525 Hot vet jobs this week \u2013 don't miss out!", "subject_enc": "Q", "header_charset": "UTF-8",
        "date": "2026-04-13 07:30:00 +0100", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "headers": list_headers("Vetstaff jobs <jobs-news.vetstaff.example.ie>", "https://vetstaff.example.ie/unsubscribe?c=a8811", "unsubscribe@vetstaff.example.ie"),
        "html": news_html(
            masthead="Vetstaff Hot Jobs", logo=("https://vetstaff.example.ie/mail/vetstaff-white.png", "Vetstaff Recruitment Ireland"),
            intro="Hi Saoirse! Our consultants have been BUSY this week \u2013 here are the hottest roles in Ireland right now. Interviews are happening fast, so don't wait!",
            articles=[
                ("RVN \u2013 Small Animal, Galway City (\u20ac38k + CPD)", "Friendly independent practice, no out-of-hours.", trk("vetstaff.example.ie", "x20-1", "r")),
                ("Technical Sales Rep \u2013 Cork & Kerry", "Leading feed company. Car, phone, laptop + bonus.", trk("vetstaff.example.ie", "x20-2", "r")),
                ("Head Nurse \u2013 Equine Hospital, Kildare", "Lead a team of 8. Relocation support available.", trk("vetstaff.example.ie", "x20-3", "r")),
                ("Locum RVN \u2013 Limerick, 3 months", "Immediate start, \u20ac28/hour.", trk("vetstaff.example.ie", "x20-4", "r")),
            ],
            footer="Vetstaff Recruitment Ireland Ltd, 22 Eyre Square, Galway. Licence No. EA 4410. "
                   f'<a href="{trk("vetstaff.example.ie", "x20-unsub", "u")}" style="color:#888;">Unsubscribe</a>',
            track=pixel("vetstaff.example.ie", "x20"), accent="#c2185b"),
    },
    dict(
        kind="other", scenario="network_profile_views", lang="en",
        company="", contact="",
        frm=("Linkwork", "notifications@linkwork.example.com"),
        subject="Saoirse, you appeared in 14 searches this week",
        date="2026-03-23 16:02:11 +0000", structure="html", charset="utf-8", cte="qp", mid_style="ats",
        headers=list_headers("<weekly-search.linkwork.example.com>", "https://www.linkwork.example.com/psettings/email-unsubscribe?t=91ac", "unsub-91ac@linkwork.example.com"),
        **news_pair(
            masthead="Your week on Linkwork", logo=("https://static.linkwork.example.com/mail/linkwork-logo.png", "Linkwork"),
            intro="You appeared in 14 searches this week. People who searched for you work at Norvane Animal Health, Tierney Search and 3 others.",
            articles=[
                ("A recruiter at Emerald Life Science Recruitment viewed your profile", "See who's looking and what they found.", ""),
                ("Jobs you may be interested in", "Territory Manager - Ruminants (West) \u00b7 Technical Service Specialist (Utrecht) \u00b7 Customer Success Specialist (Galway)", ""),
                ("Add a skill to get found more often", "Members with 5 or more skills get up to 17x more profile views.", ""),
            ],
            footer_text="This email was intended for Saoirse Lindqvist (RVN | moving into animal health). Unsubscribe: https://www.linkwork.example.com/psettings/email-unsubscribe\nLinkwork Ireland Unlimited Company, Wilton Place, Dublin 2.",
            footer_html="This email was intended for Saoirse Lindqvist (RVN | moving into animal health). "
                        f'<a href="{trk("www.linkwork.example.com", "x21-unsub", "comm/psettings")}" style="color:#888;">Unsubscribe</a><br>'
                        "Linkwork Ireland Unlimited Company, Wilton Place, Dublin 2.",
            host="www.linkwork.example.com", seed="x21", accent="#0a66c2", read_more="See more"),
    ),
    {
        "kind": "other", "scenario": "cpd_webinar_interview_skills", "lang": "en",
        "company": "", "contact": "",
        "frm": ("VetCPD Ireland", "events@vetcpd.example.ie"),
        "subject": "Tonight 8pm: Nailing the interview \u2013 moving from practice to industry", "subject_enc": "Q",
        "date": "2026-03-19 12:00:00 +0000", "structure": "html", "charset": "windows-1252", "cte": "qp", "mid_style": "ats",
        "headers": list_headers("VetCPD events <events.vetcpd.example.ie>", "https://vetcpd.example.ie/unsubscribe?e=4471", "leave-events@vetcpd.example.ie"),
        "html": card_html(
            logo=("https://vetcpd.example.ie/img/vetcpd-logo.png", "VetCPD Ireland"), accent="#263238",
            content=paras("""\
Hi Saoirse,

Just a reminder that our free webinar "Nailing the interview: moving from practice to industry" starts tonight at 8pm.

Our panel \u2013 a territory manager, a technical services vet and an animal-health recruiter \u2013 will cover how to answer "why are you leaving practice?", what to do if you're rejected after a second interview, and how to follow up when you hear nothing.

1 CPD hour. Recording available to registered attendees for 30 days.""")
            + button("Join the webinar", trk("vetcpd.example.ie", "x22-join", "l"), "#ff6f00"),
            footer="VetCPD Ireland, Unit 9, Mervue Business Park, Galway. "
                   f'<a href="{trk("vetcpd.example.ie", "x22-unsub", "u")}" style="color:#8c959f;">Unsubscribe</a>',
            track=pixel("vetcpd.example.ie", "x22")),
    },
    {
        "kind": "other", "scenario": "ats_password_reset", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Vetlink Pharma Ireland", "vetlinkpharma@myworkday.com"),
        "subject": "Reset your password",
        "date": "2026-05-31 22:18:06 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit", "mid_style": "ats",
        "body": """\
A request was made to reset the password for your Vetlink Pharma Ireland candidate account (saoirse.l@example.ie).

To choose a new password, use this link within 24 hours:
https://vetlinkpharma.wd3.myworkdayjobs.com/en-US/careers/passwordReset?token=7f2c9a0e41b8

If you did not request a password reset, you can ignore this email.

This is a system-generated message. Please do not reply.
""",
    },
    {
        "kind": "other", "scenario": "utility_application_received", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Flow Energy", "noreply@flowenergy.example.ie"),
        "subject": "We've received your application to switch",
        "date": "2026-08-19 18:40:52 +0100", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "html": card_html(
            logo=("https://www.flowenergy.example.ie/email/flow-logo.png", "Flow Energy"), accent="#1a237e",
            content=paras("""\
Hi Saoirse,

Thanks for choosing Flow Energy! We've received your application to switch your electricity to us.

Your details
Address: Apt 6, The Crescent, Salthill, Galway
MPRN: 10 008 776 512
Plan: Flow Green Saver (12 months)

What happens next? Your switch will complete in about 3 weeks. You have 14 days to change your mind.""")
            + button("Manage my account", trk("my.flowenergy.example.ie", "x24-acct"), "#3949ab"),
            footer="Flow Energy Supply DAC is regulated by the Commission for Regulation of Utilities. Please do not reply to this email.",
            track=pixel("my.flowenergy.example.ie", "x24")),
    },
    {
        "kind": "other", "scenario": "register_retention_received", "lang": "en",
        "company": "", "contact": "registrations@vnbi.example.ie",
        "frm": ("VNBI Registrations", "registrations@vnbi.example.ie"),
        "subject": "Retention on the Register 2026 - application received",
        "date": "2026-01-19 11:03:27 +0000", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "body": """\
Dear Ms Lindqvist,

Registration number: VN-2019-0844

Your application for retention on the Register of Veterinary Nurses for 2026 has been received, together with your fee of \u20ac150 and your CPD declaration (22 hours).

Your registration certificate will be issued within 10 working days. You remain entitled to practise in the meantime.

If you have any queries, please reply to this email and a member of the registrations team will get back to you.

Registrations Team
Veterinary Nursing Board of Ireland
""",
    },
    {
        "kind": "other", "scenario": "former_boss_reference", "lang": "en",
        "company": "", "contact": "eoin@oranmorevets.example.ie",
        "frm": ("Eoin Mulkerrin", "eoin@oranmorevets.example.ie"),
        "subject": "Reference",
        "date": "2026-04-15 13:22:04 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "apple",
        "body": """\
Saoirse,

Carraig rang me this morning for a reference \u2013 a very nice HR lady, Grace. I gave you a glowing one, obviously, and told her she'd be mad not to take you. She asked about your driving record so I told her about the time you got the jeep out of the bog at Moycullen.

Also had a call last week from some recruiter about a Territory Manager job, I said I'd only speak to the employer directly.

Best of luck with it all. We miss you here, especially at calving.

Eoin

Eoin Mulkerrin MVB MRCVS
Oranmore Veterinary Clinic
""",
    },
    {
        "kind": "other", "scenario": "congress_registration", "lang": "en",
        "company": "", "contact": "",
        "frm": ("VN Congress NI", "registrations@vncongressni.example.co.uk"),
        "subject": "Registration confirmed - VN Congress NI, 10-11 October 2026",
        "date": "2026-09-02 10:44:18 +0100", "structure": "plain", "charset": "utf-8", "cte": "b64",
        "body": """\
Dear Saoirse Lindqvist,

Your registration for VN Congress NI 2026 is confirmed.

Venue: Belfast Waterfront, 2 Lanyon Place, Belfast BT1 3WH
Dates: Saturday 10 and Sunday 11 October 2026
Ticket: Two-day delegate (early bird) - GBP 145.00 paid
Booking reference: VNC26-0731

Your badge will be available for collection at the registration desk from 8.00am on Saturday. Please bring this email or the QR code in your account.

This is an automated message. For queries please use the contact form on our website.

VN Congress NI is organised by Eventwise (NI) Ltd, registered in Northern Ireland NI628810.
""",
    },
    {
        "kind": "other", "scenario": "mam_asking_about_interview", "lang": "en",
        "company": "", "contact": "brid.lindqvist@example.ie",
        "frm": ("Br\u00edd Lindqvist", "brid.lindqvist@example.ie"), "name_enc": "Q",
        "subject": "Cork",
        "date": "2026-03-12 13:05:51 +0000", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "body": """\
Hi love,

Any news from the Cork crowd after this morning? Your father says no news is good news but I'm not so sure. Ring me when you get a chance.

Also your aunt Nuala says there's a position going in the co-op in Claremorris, I told her you're not going back behind a counter but she said to tell you anyway.

Love,
Mam

P.S. Did you get the parcel? The PostNua man said it would be Monday.
""",
    },
    {
        "kind": "other", "scenario": "mailing_list_anyone_heard_back", "lang": "en",
        "company": "", "contact": "aoibhinn.kelly@example.ie",
        "frm": ("Aoibhinn Kelly", "aoibhinn.kelly@example.ie"),
        "to": ("Galway VN Society", "gvns@lists.example.ie"),
        "subject": "[GVNS] Anyone heard back from Western Animal Health?",
        "date": "2026-02-18 20:27:40 +0000", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "msgid": MID["gvns_thread"],
        "headers": [("List-Id", "Galway Veterinary Nursing Society <gvns.lists.example.ie>"),
                 ("List-Post", "<mailto:gvns@lists.example.ie>"),
                 ("List-Unsubscribe", "<https://lists.example.ie/mailman/options/gvns>,\n <mailto:gvns-request@lists.example.ie?subject=unsubscribe>"),
                 ("List-Archive", "<https://lists.example.ie/pipermail/gvns/>"),
                 ("Precedence", "list")],
        "body": """\
Hi all,

Quick question for anyone who applied for the Inside Sales job at Western Animal Health \u2013 has anyone heard back?

I got the standard "regrettably your application has not been successful" email yesterday, no feedback. A friend of a friend says they've already invited a few people to interview, so I'm guessing they went with people with sales experience.

Also, reminder that the March CPD night (fluid therapy, with Dr Hanley) is on the 12th in the Menlo Park. Let Deirdre know if you're coming for numbers.

Aoibhinn
_______________________________________________
GVNS mailing list
gvns@lists.example.ie
https://lists.example.ie/mailman/listinfo/gvns
""",
    },
    dict(
        kind="other", scenario="reading_digest_missed_interview", lang="en",
        company="", contact="",
        frm=("Readwell Daily Digest", "noreply@readwell.example.com"),
        subject="I missed my job interview. Here's what I learned | Rejected 47 times",
        date="2026-05-21 06:31:09 +0100", structure="alt", charset="utf-8", cte="qp", mid_style="ats",
        headers=list_headers("<daily-digest.readwell.example.com>", "https://readwell.example.com/me/unsubscribe/digest?u=5b8", "unsubscribe+digest-5b8@readwell.example.com"),
        **news_pair(
            masthead="Today's highlights", logo=("https://cdn.readwell.example.com/mail/readwell-logo.png", "Readwell"),
            intro="Stories for Saoirse Lindqvist, based on your reading history.",
            articles=[
                ("I missed my job interview. Here's what I learned", "I overslept, the bus didn't come, and I never got the job. But the email I sent afterwards got me the next one. \u00b7 7 min read", ""),
                ("Rejected 47 times: a vet nurse's story", "Every 'we have decided to move forward with other candidates' taught me something. \u00b7 11 min read", ""),
                ("Why hiring managers ghost you (and what to do about it)", "A former recruiter on the broken economics of hiring. \u00b7 5 min read", ""),
            ],
            footer_text="Sent by Readwell. Unsubscribe from the daily digest: https://readwell.example.com/me/unsubscribe/digest\nReadwell Inc., 548 Market St, San Francisco, CA 94104.",
            footer_html=f'Sent by Readwell. <a href="{trk("link.readwell.example.com", "x30-unsub")}" style="color:#888;">Unsubscribe</a> from the daily digest.<br>'
                        "Readwell Inc., 548 Market St, San Francisco, CA 94104.",
            host="link.readwell.example.com", seed="x30", accent="#111111", read_more="Read"),
    ),
    {
        "kind": "other", "scenario": "friend_asks_to_be_referee", "lang": "en",
        "company": "", "contact": "calum.fraser@example.co.uk",
        "frm": ("Calum Fraser", "calum.fraser@example.co.uk"),
        "subject": "wee favour",
        "date": "2026-06-25 19:55:30 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "mid_style": "gmail",
        "body": """\
Hiya Saoirse,

Hope Galway is treating you well! Wee favour to ask - would you be a referee for me? I've got an interview at the Scottish Animal Welfare Trust next Thursday for their clinic nurse post and they want a second reference from someone I've worked with clinically. You're the only one from the Edinburgh days I trust not to mention the incident with the autoclave.

They might email or ring you the week after. Totally fine if not, just let me know.

Cheers,
Calum
""",
    },
    {
        "kind": "other", "scenario": "agency_role_suggestion", "lang": "en",
        "company": "", "contact": "ciara@agristaffni.example.co.uk",
        "frm": ("Ciara Quinn", "ciara@agristaffni.example.co.uk"),
        "subject": "New role - Technical Sales, Co. Antrim",
        "date": "2026-08-27 11:08:45 +0100", "structure": "alt", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook",
        "body": """\
Hi Saoirse,

I hope you had a good summer!

I\u2019ve just taken on a new Technical Sales role with a family-owned mineral and feed supplement company based near Ballymena \u2013 covering Antrim and Derry, with a strong technical element (lots of work with vets and nutritionists). Salary \u00a332\u201336k plus car.

I immediately thought of you. Would you like me to put you forward, or would you rather have a chat about it first?

Kind regards,
Ciara

Ciara Quinn | Recruitment Consultant | AgriStaff NI
028 9145 6600
""",
        "html": outlook_html("""\
Hi Saoirse,

I hope you had a good summer!

I\u2019ve just taken on a new Technical Sales role with a family-owned mineral and feed supplement company based near Ballymena \u2013 covering Antrim and Derry, with a strong technical element (lots of work with vets and nutritionists). Salary \u00a332\u201336k plus car.

I immediately thought of you. Would you like me to put you forward, or would you rather have a chat about it first?

Kind regards,
Ciara

Ciara Quinn | Recruitment Consultant | AgriStaff NI
028 9145 6600"""),
    },
    {
        "kind": "other", "scenario": "sent_forward_rejection_to_friend", "lang": "en",
        "company": "", "contact": "",
        "frm": (ME.split(" <")[0], ME_ADDR), "to": ("M\u00e9abh N\u00ed Chonaill", "meabh.nichonaill@example.com"),
        "subject": "Fwd: Your application at Vaartsche Vet Diagnostics",
        "date": "2026-03-18 12:41:36 +0000", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "mid_style": "gmail", "body": X33_TEXT,
    },
    # ------------------------------------------------------------------ French
    dict(
        kind="other", scenario="fr_newsletter_rebondir", lang="fr",
        company="", contact="",
        frm=("La Lettre de l'ASV", "lettre@asv-pro.example.fr"),
        subject="Entretien rat\u00e9 ? 5 conseils pour rebondir", subject_enc="Q",
        date="2026-05-12 06:45:00 +0200", structure="alt", charset="utf-8", cte="qp", mid_style="ats",
        headers=list_headers("La Lettre de l'ASV <lettre.asv-pro.example.fr>", "https://www.asv-pro.example.fr/desinscription?id=77a1", "desinscription@asv-pro.example.fr"),
        **news_pair(
            masthead="La Lettre de l'ASV \u2013 n\u00b0 214", logo=("https://www.asv-pro.example.fr/img/lettre-asv.png", "La Lettre de l'ASV"),
            intro="Cette semaine : comment rebondir apr\u00e8s un entretien rat\u00e9, faut-il demander un retour apr\u00e8s un refus, et nos offres d'emploi en Auvergne-Rh\u00f4ne-Alpes.",
            articles=[
                ("Entretien rat\u00e9 ? 5 conseils pour rebondir", "Une recruteuse et deux ASV racontent ce qu'elles ont appris d'un entretien qui s'est mal pass\u00e9.", ""),
                ("Refus apr\u00e8s entretien : faut-il demander un retour ?", "Oui, et voici comment formuler la demande sans para\u00eetre insistante.", ""),
                ("Offres de la semaine : 28 postes", "Dont un poste de d\u00e9l\u00e9gu\u00e9e technique \u00e0 Lyon et une coordination qualit\u00e9 dans les Monts d'Or.", ""),
            ],
            footer_text="Vous recevez cette lettre car vous \u00eates abonn\u00e9e \u00e0 La Lettre de l'ASV. Se d\u00e9sinscrire : https://www.asv-pro.example.fr/desinscription\n\u00c9ditions V\u00e9toPresse SARL \u2013 14 rue Servient, 69003 Lyon \u2013 RCS Lyon 532 118 040.",
            footer_html="Vous recevez cette lettre car vous &ecirc;tes abonn&eacute;e &agrave; La Lettre de l'ASV. "
                        f'<a href="{trk("clic.asv-pro.example.fr", "xf1-desabo")}" style="color:#888;">Se d&eacute;sinscrire</a><br>'
                        "&Eacute;ditions V&eacute;toPresse SARL &ndash; 14 rue Servient, 69003 Lyon &ndash; RCS Lyon 532 118 040.",
            host="clic.asv-pro.example.fr", seed="xf1", accent="#ad1457", lang="fr", read_more="Lire la suite"),
    ),
    {
        "kind": "other", "scenario": "fr_alerte_emploi", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Emploi V\u00e9to Rh\u00f4ne-Alpes", "alertes@emploi-veto-ra.example.fr"), "name_enc": "B",
        "subject": "12 nouvelles offres pour \u00ab d\u00e9l\u00e9gu\u00e9 technique \u00bb", "subject_enc": "B",
        "date": "2026-04-14 07:02:13 +0200", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "headers": list_headers("<alertes.emploi-veto-ra.example.fr>", "https://www.emploi-veto-ra.example.fr/alertes/stop?a=3310", "stop-3310@emploi-veto-ra.example.fr"),
        "html": news_html(
            masthead="Vos nouvelles offres", logo=("https://www.emploi-veto-ra.example.fr/img/logo-mail.png", "Emploi V\u00e9to Rh\u00f4ne-Alpes"),
            intro="Bonjour Saoirse, voici les offres publi\u00e9es depuis votre derni\u00e8re alerte \u00ab d\u00e9l\u00e9gu\u00e9 technique \u00bb (Lyon + 50 km).",
            articles=[
                ("D\u00e9l\u00e9gu\u00e9(e) technique \u00e9levage \u2013 Laboratoires V\u00e9talis \u2013 Lyon 7e", "CDI \u00b7 v\u00e9hicule de fonction \u00b7 publi\u00e9e il y a 2 jours", trk("clic.emploi-veto-ra.example.fr", "xf2-1")),
                ("Technicien(ne) conseil \u00e9levage \u2013 Coop\u00e9rative Dombes-Sa\u00f4ne \u2013 Villars-les-Dombes", "CDI \u00b7 publi\u00e9e il y a 3 jours", trk("clic.emploi-veto-ra.example.fr", "xf2-2")),
                ("Sp\u00e9cialiste produit diagnostic \u2013 VetoDiag \u2013 Lyon 8e", "CDI \u00b7 anglais courant \u00b7 publi\u00e9e il y a 4 jours", trk("clic.emploi-veto-ra.example.fr", "xf2-3")),
                ("ASV coordinatrice \u2013 Groupe V\u00e9t\u00e9rinaire des Monts d'Or \u2013 Limonest", "CDI \u00b7 publi\u00e9e il y a 5 jours", trk("clic.emploi-veto-ra.example.fr", "xf2-4")),
            ],
            footer="Vous recevez cet e-mail car vous avez cr&eacute;&eacute; une alerte. "
                   f'<a href="{trk("clic.emploi-veto-ra.example.fr", "xf2-stop")}" style="color:#888;">Arr&ecirc;ter cette alerte</a>',
            track=pixel("clic.emploi-veto-ra.example.fr", "xf2"), accent="#7b1fa2", lang="fr"),
    },
    {
        "kind": "other", "scenario": "fr_interview_radio", "lang": "fr",
        "company": "", "contact": "c.vasseur@radiofourviere.example.fr",
        "frm": ("Claire Vasseur", "c.vasseur@radiofourviere.example.fr"),
        "subject": "Demande d'interview - \u00e9mission M\u00e9tiers animaliers", "subject_enc": "Q",
        "date": "2026-06-22 15:37:29 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "body": """\
Bonjour Saoirse,

Je suis journaliste \u00e0 Radio Fourvi\u00e8re et je pr\u00e9pare une \u00e9mission sur les m\u00e9tiers animaliers et la p\u00e9nurie d'auxiliaires v\u00e9t\u00e9rinaires en r\u00e9gion lyonnaise. Julien Perrin, de la Coop\u00e9rative Dombes-Sa\u00f4ne, m'a donn\u00e9 votre contact en me disant que votre regard d'Irlandaise serait int\u00e9ressant.

Accepteriez-vous une interview d'une dizaine de minutes, par t\u00e9l\u00e9phone ou en studio, la semaine du 6 juillet ? L'\u00e9mission sera diffus\u00e9e fin juillet.

Au plaisir de vous lire,

Claire Vasseur
Journaliste \u2013 Radio Fourvi\u00e8re
06 12 48 77 30
""",
    },
    {
        "kind": "other", "scenario": "fr_dossier_logement_refuse", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("R\u00e9gie Sa\u00f4ne Immobilier", "ne-pas-repondre@regie-saone.example.fr"),
        "subject": "Votre dossier de candidature - 42 rue Duguesclin", "subject_enc": "Q",
        "date": "2026-06-26 11:00:03 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "body": """\
Madame,

Nous vous remercions de l'int\xe9r\xeat port\xe9 au logement situ\xe9 42 rue Duguesclin, 69006 Lyon (T2, 3e \xe9tage).

Apr\xe8s examen des dossiers re\xe7us, nous avons le regret de vous informer que votre candidature n'a pas \xe9t\xe9 retenue par le propri\xe9taire.

Nous vous invitons \xe0 consulter nos autres biens disponibles sur notre site internet.

R\xe9gie Sa\xf4ne Immobilier - Service Location
Ce message est envoy\xe9 automatiquement, merci de ne pas y r\xe9pondre.
""",
    },
    {
        "kind": "other", "scenario": "fr_amie_entretien_refus", "lang": "fr",
        "company": "", "contact": "chloe.bernard@example.fr",
        "frm": ("Chlo\u00e9 Bernard", "chloe.bernard@example.fr"), "name_enc": "Q",
        "subject": "nouvelles !",
        "date": "2026-05-09 22:16:50 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "gmail",
        "body": """\
Coucou ma belle,

Alors, le verdict est tomb\u00e9 : VetoDiag m'a dit non apr\u00e8s le deuxi\u00e8me entretien \U0001F62D Le classique \u00ab nous avons retenu un profil plus exp\u00e9riment\u00e9 \u00bb. Bon, j'avais un mauvais feeling avec le manager de toute fa\u00e7on.

Par contre j'ai un entretien mardi pour un poste d'ASV dans une clinique \u00e9quine \u00e0 Lissieu, croise les doigts pour moi !

Et toi, ton entretien \u00e0 la coop, c'\u00e9tait comment ? Raconte !

Bisous,
Chlo\u00e9
""",
    },
    {
        "kind": "other", "scenario": "fr_colis_retarde", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Colis Express", "noreply@colis-express.example.fr"),
        "subject": "Malheureusement, votre colis est retard\u00e9", "subject_enc": "Q",
        "date": "2026-06-08 09:25:41 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "qp", "mid_style": "ats",
        "html": card_html(
            logo=("https://www.colis-express.example.fr/mail/logo.png", "Colis Express"), accent="#212121", lang="fr",
            content=paras("""\
Bonjour,

Malheureusement, votre colis est retard\u00e9.

Num\u00e9ro de suivi : CX 88 412 930 771 FR
Exp\u00e9diteur : Boutique V\u00e9t\u00e9rinaire en ligne

En raison d'un incident sur notre plateforme de Corbas, la livraison est report\u00e9e au jeudi 11 juin. Nous vous prions de nous excuser pour ce d\u00e9sagr\u00e9ment.""")
            + button("Suivre mon colis", trk("suivi.colis-express.example.fr", "xf6-suivi"), "#ffab00"),
            footer="Colis Express SAS &ndash; Ce message est envoy&eacute; automatiquement, merci de ne pas y r&eacute;pondre.",
            track=pixel("suivi.colis-express.example.fr", "xf6")),
    },
    {
        "kind": "other", "scenario": "fr_message_envoye_candidate", "lang": "fr",
        "company": "", "contact": "",
        "frm": (ME.split(" <")[0], ME_ADDR), "to": ("Julien Perrin", "j.perrin@coop-dombes-saone.example.fr"),
        "subject": "Entretien technicienne conseil \u00e9levage", "subject_enc": "Q",
        "date": "2026-05-07 18:22:10 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "msgid": MID["coop_reply"], "irt": MID["coop_invite"],
        "body": """\
Bonjour Julien,

Merci encore pour l'entretien de ce matin et pour la visite de l'atelier veaux. N'h\u00e9sitez pas si vous avez besoin d'autres documents (dipl\u00f4me, attestation d'inscription au registre irlandais).

Bien cordialement,
Saoirse
""",
    },
    {
        "kind": "other", "scenario": "fr_reponse_automatique", "lang": "fr",
        "company": "", "contact": "helene.mercier@bioceane.example.fr",
        "frm": ("H\u00e9l\u00e8ne Mercier", "helene.mercier@bioceane.example.fr"), "name_enc": "Q",
        "subject": "R\u00e9ponse automatique : Entretien du 21 avril", "subject_enc": "Q",
        "date": "2026-04-20 20:41:05 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "irt": "<CAJx8kR6yPn0Wd4@mail.example.ie>", "mid_style": "outlook",
        "headers": [("Auto-Submitted", "auto-replied")],
        "body": """\
Bonjour,

Je suis absente du bureau jusqu\u2019au lundi 27 avril inclus, sans acc\u00e8s \u00e0 ma messagerie.

Pour toute demande urgente, merci de contacter recrutement@bioceane.example.fr.

Cordialement,
H\u00e9l\u00e8ne Mercier
""",
    },
    # ------------------------------------------------------------------ German
    dict(
        kind="other", scenario="de_newsletter_absage", lang="de",
        company="", contact="",
        frm=("TFA-Karrierebrief", "newsletter@tfa-karriere.example.de"),
        subject="Absage erhalten? So geht's weiter | Vorstellungsgespr\u00e4ch verpasst \u2013 was jetzt?", subject_enc="Q",
        date="2026-06-04 07:15:00 +0200", structure="alt", charset="utf-8", cte="qp", mid_style="ats",
        headers=list_headers("TFA-Karrierebrief <karrierebrief.tfa-karriere.example.de>", "https://www.tfa-karriere.example.de/abmelden?k=2c91", "abmelden@tfa-karriere.example.de"),
        **news_pair(
            masthead="TFA-Karrierebrief Juni", logo=("https://www.tfa-karriere.example.de/img/karrierebrief.png", "TFA-Karrierebrief"),
            intro="Liebe Leserinnen und Leser, diesen Monat geht es um Absagen, verpasste Termine und neue Wege aus der Praxis in die Industrie.",
            articles=[
                ("Absage erhalten? So geht's weiter", "Warum eine Absage selten etwas mit Ihnen pers\u00f6nlich zu tun hat \u2013 und wie Sie um Feedback bitten.", ""),
                ("Vorstellungsgespr\u00e4ch verpasst \u2013 was jetzt?", "Ehrlich sein, schnell reagieren: So retten Sie die Situation.", ""),
                ("Neue Stellen in Niedersachsen", "Fachberatung, Innendienst und Praxismanagement: 19 neue Angebote.", ""),
            ],
            footer_text="Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://www.tfa-karriere.example.de/abmelden\nTFA-Karriere Verlag GmbH, Lister Meile 33, 30161 Hannover. Gesch\u00e4ftsf\u00fchrerin: Petra Kamps. Amtsgericht Hannover HRB 208833.",
            footer_html="Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. "
                        f'<a href="{trk("klick.tfa-karriere.example.de", "xd1-abmelden")}" style="color:#888;">Abmelden</a><br>'
                        "TFA-Karriere Verlag GmbH, Lister Meile 33, 30161 Hannover. Gesch&auml;ftsf&uuml;hrerin: Petra Kamps. Amtsgericht Hannover HRB 208833.",
            host="klick.tfa-karriere.example.de", seed="xd1", accent="#00695c", lang="de", read_more="Weiterlesen"),
    ),
    {
        "kind": "other", "scenario": "de_jobagent", "lang": "de",
        "company": "", "contact": "",
        "frm": ("Stellenhafen Jobagent", "jobagent@stellenhafen.example.de"),
        "subject": "5 neue Jobs: Fachberater/in Tiergesundheit",
        "date": "2026-05-18 06:30:22 +0200", "structure": "html", "charset": "utf-8", "cte": "b64", "mid_style": "ats",
        "headers": list_headers("<jobagent.stellenhafen.example.de>", "https://www.stellenhafen.example.de/jobagent/loeschen?j=8812", "jobagent-stop-8812@stellenhafen.example.de"),
        "html": news_html(
            masthead="Ihr Jobagent", logo=("https://static.stellenhafen.example.de/mail/logo-stellenhafen.png", "Stellenhafen"),
            intro="Guten Morgen, Saoirse Lindqvist! Ihr Jobagent \u201eFachberater/in Tiergesundheit, Hannover + 50 km\u201c hat 5 neue Stellen gefunden.",
            articles=[
                ("Technische Fachberaterin Gro\u00dftier (m/w/d) \u2013 Leinetal Tiergesundheit GmbH", "Hannover \u00b7 Vollzeit \u00b7 Firmenwagen", trk("klick.stellenhafen.example.de", "xd2-1")),
                ("Innendienst Tiergesundheit (m/w/d) \u2013 Leinetal Tiergesundheit GmbH", "Hannover \u00b7 Vollzeit", trk("klick.stellenhafen.example.de", "xd2-2")),
                ("Produktmanager/in Gefl\u00fcgelern\u00e4hrung \u2013 Nieders\u00e4chsische Futtermittelwerke AG", "Laatzen \u00b7 Vollzeit", trk("klick.stellenhafen.example.de", "xd2-3")),
                ("Au\u00dfendienst Heimtierbedarf (m/w/d) \u2013 Personaldienstleister", "Celle \u00b7 Vollzeit", trk("klick.stellenhafen.example.de", "xd2-4")),
                ("Praxismanagerin (m/w/d) \u2013 VetCare Nord GmbH", "Hannover-List \u00b7 Vollzeit", trk("klick.stellenhafen.example.de", "xd2-5")),
            ],
            footer="Stellenhafen GmbH &middot; Am Sandtorkai 30 &middot; 20457 Hamburg &middot; HRB 177201<br>"
                   f'<a href="{trk("klick.stellenhafen.example.de", "xd2-stop")}" style="color:#888;">Jobagent l&ouml;schen</a>',
            track=pixel("klick.stellenhafen.example.de", "xd2"), accent="#004b87", lang="de"),
    },
    {
        "kind": "other", "scenario": "de_wohnung_absage", "lang": "de",
        "company": "", "contact": "lehmann@hv-list.example.de",
        "frm": ("Sabine Lehmann", "lehmann@hv-list.example.de"),
        "subject": "Ihre Bewerbung um die Wohnung Ferdinand-Wallbrecht-Str. 12",
        "date": "2026-07-07 14:48:36 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "body": """\
Sehr geehrte Frau Lindqvist,

vielen Dank f\xfcr Ihr Interesse an der 2-Zimmer-Wohnung in der Ferdinand-Wallbrecht-Stra\xdfe 12 (2. OG links) und f\xfcr die Besichtigung am vergangenen Donnerstag.

Leider m\xfcssen wir Ihnen mitteilen, dass sich der Eigent\xfcmer f\xfcr einen anderen Bewerber entschieden hat. Wir hatten \xfcber 60 Anfragen f\xfcr diese Wohnung.

Gern nehmen wir Sie in unsere Interessentenliste auf; antworten Sie dazu einfach kurz auf diese E-Mail.

Mit freundlichen Gr\xfc\xdfen

Sabine Lehmann
Hausverwaltung List GmbH
Sutelstra\xdfe 7, 30659 Hannover
""",
    },
    {
        "kind": "other", "scenario": "de_kreditantrag_eingegangen", "lang": "de",
        "company": "", "contact": "",
        "frm": ("Stadtsparkasse Leinetal", "noreply@sparkasse-leinetal.example.de"),
        "subject": "Ihr Kreditantrag ist eingegangen",
        "date": "2026-08-14 09:15:27 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "body": """\
Guten Tag Frau Lindqvist,

vielen Dank f\u00fcr Ihren Antrag auf einen Privatkredit \u00fcber 6.000 EUR (Antragsnummer 2026-0814-4471).

Ihr Kreditantrag ist bei uns eingegangen und wird derzeit gepr\u00fcft. Sobald eine Entscheidung vorliegt, informieren wir Sie in Ihrem elektronischen Postfach im Online-Banking.

Bitte beachten Sie: Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse k\u00f6nnen nicht bearbeitet werden.

Freundliche Gr\u00fc\u00dfe
Ihre Stadtsparkasse Leinetal

Stadtsparkasse Leinetal \u2013 Anstalt des \u00f6ffentlichen Rechts \u2013 Vorstand: Dr. Andreas Kruse (Vors.), Miriam Fei\u00dft
""",
    },
    {
        "kind": "other", "scenario": "de_freund_absage_und_gespraech", "lang": "de",
        "company": "", "contact": "jonas.weber@example.de",
        "frm": ("Jonas Weber", "jonas.weber@example.de"),
        "subject": "Update von mir",
        "date": "2026-06-11 23:02:44 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "gmail",
        "body": """\
Hey Saoirse,

kurzes Update: Hab heute die Absage von der Futtermittelfirma in Vechta bekommen, nach drei Runden. \u201eWir haben uns f\u00fcr eine andere Kandidatin entschieden, deren Profil noch besser passt\u201c \u2013 na klar.

Aber: N\u00e4chste Woche hab ich ein Vorstellungsgespr\u00e4ch bei einer Tierklinik in Bremen, Stationsleitung! Dr\u00fcck mir die Daumen.

Wie l\u00e4uft's bei dir mit Hannover? Wenn du zum Gespr\u00e4ch in Laatzen kommst, k\u00f6nnen wir ja abends ein Bier trinken.

Liebe Gr\u00fc\u00dfe
Jonas
""",
    },
    {
        "kind": "other", "scenario": "de_nutzerstudie_interview", "lang": "de",
        "company": "", "contact": "anna.koenig@vetolog.example.de",
        "frm": ("Anna K\u00f6nig", "anna.koenig@vetolog.example.de"), "name_enc": "B",
        "subject": "Interview f\u00fcr unsere Nutzerstudie (30 Min., 50 \u20ac Gutschein)", "subject_enc": "Q",
        "date": "2026-07-15 10:20:18 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "body": """\
Hallo Frau Lindqvist,

ich bin UX-Researcherin bei VetoLog, einer Software f\u00fcr die Dokumentation im Stall und in der Nutztierpraxis. Ihre Kollegin Frau Dr. Br\u00fcckner hat mir Ihren Kontakt gegeben.

F\u00fcr unsere aktuelle Nutzerstudie suchen wir Menschen mit Praxiserfahrung, die uns in einem 30-min\u00fctigen Interview per Video erz\u00e4hlen, wie Behandlungen und Bestandsbesuche heute dokumentiert werden. Als Dank erhalten Sie einen Gutschein \u00fcber 50 \u20ac.

H\u00e4tten Sie Lust? Dann antworten Sie mir einfach mit zwei, drei Terminvorschl\u00e4gen.

Viele Gr\u00fc\u00dfe
Anna K\u00f6nig
UX Research | VetoLog GmbH | Hannover
""",
    },
    {
        "kind": "other", "scenario": "de_warteliste_position", "lang": "de",
        "company": "", "contact": "",
        "frm": ("Akademie f\u00fcr Tiermedizinische Fachberufe", "noreply@atf-akademie.example.de"), "name_enc": "Q",
        "subject": "Warteliste: Ihre aktuelle Position ist 5",
        "date": "2026-09-09 08:00:12 +0200", "structure": "html", "charset": "utf-8", "cte": "qp", "mid_style": "ats",
        "html": card_html(
            logo=("https://www.atf-akademie.example.de/img/atf-logo.png", "Akademie f\u00fcr Tiermedizinische Fachberufe"), lang="de",
            content=paras("""\
Guten Tag Frau Lindqvist,

Sie stehen auf der Warteliste f\u00fcr die Fortbildung \u201eFachberatung Nutztier \u2013 Modul 2\u201c (Hannover, 14.\u201316. Oktober 2026).

Ihre aktuelle Position auf der Warteliste: 5

Sobald ein Platz frei wird, informieren wir Sie per E-Mail. Sie haben dann 48 Stunden Zeit, den Platz zu best\u00e4tigen."""),
            footer="Akademie f&uuml;r Tiermedizinische Fachberufe gGmbH &middot; Bischofsholer Damm 15 &middot; 30173 Hannover<br>"
                   "Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.",
            track=pixel("mail.atf-akademie.example.de", "xd7")),
    },
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="other", scenario="es_boletin_rechazo", lang="es",
        company="", contact="",
        frm=("Bolet\u00edn Vet&Empleo", "boletin@vetyempleo.example.com"), name_enc="Q",
        subject="C\u00f3mo superar el rechazo en un proceso de selecci\u00f3n", subject_enc="B",
        date="2026-04-29 08:00:00 +0200", structure="alt", charset="utf-8", cte="qp", mid_style="ats",
        headers=list_headers("Vet&Empleo <boletin.vetyempleo.example.com>", "https://vetyempleo.example.com/baja?s=19e2", "baja@vetyempleo.example.com"),
        **news_pair(
            masthead="Bolet\u00edn Vet&Empleo \u2013 abril", logo=("https://vetyempleo.example.com/img/boletin.png", "Vet&Empleo"),
            intro="Este mes hablamos de c\u00f3mo gestionar un \u201cno\u201d, de qu\u00e9 hacer si te pierdes una entrevista y de las ofertas m\u00e1s interesantes del sector en Espa\u00f1a y en el extranjero.",
            articles=[
                ("C\u00f3mo superar el rechazo en un proceso de selecci\u00f3n", "Tres profesionales del sector veterinario cuentan qu\u00e9 aprendieron de sus candidaturas descartadas.", ""),
                ("\u00bfTe has perdido una entrevista? As\u00ed puedes recuperarla", "Pide disculpas r\u00e1pido, explica lo ocurrido y prop\u00f3n alternativas.", ""),
                ("Ofertas destacadas", "Delegados t\u00e9cnicos en Irlanda, Reino Unido y Portugal para laboratorios espa\u00f1oles.", ""),
            ],
            footer_text="Recibes este bolet\u00edn porque te suscribiste en vetyempleo.example.com. Darse de baja: https://vetyempleo.example.com/baja\nVet&Empleo Comunicaci\u00f3n, S.L. \u2013 C/ Alfonso I 17, 50003 Zaragoza.",
            footer_html="Recibes este bolet&iacute;n porque te suscribiste en vetyempleo.example.com. "
                        f'<a href="{trk("clic.vetyempleo.example.com", "xe1-baja")}" style="color:#888;">Darse de baja</a><br>'
                        "Vet&amp;Empleo Comunicaci&oacute;n, S.L. &ndash; C/ Alfonso I 17, 50003 Zaragoza.",
            host="clic.vetyempleo.example.com", seed="xe1", accent="#ef6c00", lang="es", read_more="Leer m\u00e1s"),
    ),
    {
        "kind": "other", "scenario": "es_amiga_entrevista", "lang": "es",
        "company": "", "contact": "paula.soler@example.com",
        "frm": ("Paula Soler", "paula.soler@example.com"),
        "subject": "\u00a1\u00a1noticias!!", "subject_enc": "Q",
        "date": "2026-05-17 21:48:05 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "gmail",
        "body": """\
\u00a1Ti\u00e1!

Por fin me han hecho la entrevista en el Oceanogr\u00e0fic, para auxiliar en el \u00e1rea de mam\u00edferos marinos. Creo que fue bien, aunque me pusieron un caso pr\u00e1ctico con un le\u00f3n marino que me dej\u00f3 KO jajaja. Me dicen algo la semana que viene.

Lo malo: la cl\u00ednica de Russafa me ha dicho que no, que se quedan con alguien con m\u00e1s experiencia en ex\u00f3ticos. Qu\u00e9 rabia.

\u00bfY t\u00fa qu\u00e9 tal con lo de Zaragoza? \u00bfYa te han llamado? Cu\u00e9ntame algo que te echo de menos.

Besos,
Paula
""",
    },
    {
        "kind": "other", "scenario": "es_banco_prestamo_denegado", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Banco Turia", "avisos@bancoturia.example.com"),
        "subject": "Su solicitud de pr\u00e9stamo", "subject_enc": "Q",
        "date": "2026-02-09 09:40:17 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "body": """\
Estimada cliente:

Le informamos de que su solicitud de pr\xe9stamo personal n.\xba 0047-2026-118233 ha sido denegada, al no cumplir en este momento los criterios de riesgo de la entidad.

Si lo desea, puede solicitar informaci\xf3n adicional sobre esta decisi\xf3n en cualquiera de nuestras oficinas o a trav\xe9s de la banca a distancia.

Atentamente,
Banco Turia

Este mensaje ha sido generado autom\xe1ticamente. Por favor, no responda a este correo.
""",
    },
    {
        "kind": "other", "scenario": "es_candidata_acepta_oferta", "lang": "es",
        "company": "", "contact": "",
        "frm": (ME.split(" <")[0], ME_ADDR), "to": ("Irene Castro", "irene.castro@vetnor.example.com"),
        "subject": "Re: Oferta: T\u00e9cnica de Soporte Veterinario \u2013 Irlanda", "subject_enc": "Q",
        "date": "2026-09-23 08:54:31 +0100", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "msgid": MID["vetnor_accept"], "irt": MID["vetnor_offer"],
        "body": """\
Hola Irene:

\u00a1Much\u00edsimas gracias por la oferta! Acepto el puesto encantada.

Las condiciones me parecen muy bien y el 2 de noviembre me viene perfecto. Quedo a la espera del contrato para firmarlo. Si necesit\u00e1is alg\u00fan documento m\u00e1s (t\u00edtulo, registro en Irlanda, permiso de conducir), dec\u00eddmelo y os lo env\u00edo.

Un abrazo y hasta pronto,
Saoirse

El mar, 22 sept 2026 a las 13:17, Irene Castro (<irene.castro@vetnor.example.com>) escribi\u00f3:
> Hola Saoirse:
>
> Tras las entrevistas con Enrique y con el equipo de Dubl\u00edn, nos complace ofrecerte el puesto de T\u00e9cnica de Soporte Veterinario para Irlanda en Vetnor Salud Animal.
""",
    },
]

