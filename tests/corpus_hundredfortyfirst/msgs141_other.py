"""Other mail (52): newsletters, alerts, other meanings of the words, friends, the candidate's own mail."""

from __future__ import annotations

from msgs141_common import (
    ME,
    ats_shell,
    card_shell,
    gmail_mid,
    hannah_mid,
    newsletter_shell,
    outlook_mid,
    paras,
    pixel,
    track,
)

OTHER: list[dict] = []
add = OTHER.append


def list_headers(list_id: str, unsubscribe: str, *, one_click: bool = True, precedence: str = "bulk") -> list:
    headers = [("List-Id", list_id), ("List-Unsubscribe", unsubscribe)]
    if one_click:
        headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    headers.append(("Precedence", precedence))
    return headers


# ================================================================== English
# 114 -- career newsletter about bouncing back from rejection
add({
    "scenario": "newsletter_bounce_back", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("The People Pathway", "hello@peoplepathway.example.com"),
    "subject": "Rejected again? Here's how to bounce back (and what recruiters won't tell you)",
    "date": "2026-02-14T07:00:00+00:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": newsletter_shell(
        '<h1 style="font-size:26px;line-height:32px;margin:0 0 16px 0;">The rejection email isn\'t the end of the story</h1>'
        + paras(
            "You refreshed your inbox, saw \"Unfortunately, on this occasion…\", and closed the laptop. We've "
            "all been there. This week, three HR directors tell us what actually happens after they decide not "
            "to move forward with a candidate – and why a polite reply can get you an interview next time.",
            f'<a href="{track("e.peoplepathway.example.com", "pp-1")}" style="color:#0b6e4f;font-weight:bold;">'
            "Read: What happens after \"we've decided to proceed with other candidates\" →</a>",
            f'<a href="{track("e.peoplepathway.example.com", "pp-2")}" style="color:#0b6e4f;">'
            "Template: asking for feedback after an interview rejection</a>",
            f'<a href="{track("e.peoplepathway.example.com", "pp-3")}" style="color:#0b6e4f;">'
            "Missed an interview? How to recover without grovelling</a>",
            f'<a href="{track("e.peoplepathway.example.com", "pp-4")}" style="color:#0b6e4f;">'
            "From shop floor to HRBP: Amira's story</a>",
            "<b>Jobs we love this week:</b> People Advisor (York), HR Officer (Bradford), Talent Partner "
            f'(remote). <a href="{track("e.peoplepathway.example.com", "pp-jobs")}" style="color:#0b6e4f;">See all openings</a>',
            "Keep going – you're closer than you think.<br>Naomi, editor",
        ),
        title="The People Pathway", masthead="https://cdn.peoplepathway.example.com/img/masthead.png",
        masthead_alt="The People Pathway – careers in people & HR",
        footer="You're receiving this because you subscribed at peoplepathway.example.com.<br>"
               f'<a href="{track("e.peoplepathway.example.com", "pp-unsub")}" style="color:#6b7178;">Unsubscribe</a> · '
               f'<a href="{track("e.peoplepathway.example.com", "pp-prefs")}" style="color:#6b7178;">Update preferences</a><br>'
               "The People Pathway Ltd, 3 Brewery Wharf, Leeds LS10 1JR",
        pixel_src=pixel("e.peoplepathway.example.com", "pp-open"),
    ),
    "headers": list_headers("The People Pathway <weekly.peoplepathway.example.com>",
                         "<https://e.peoplepathway.example.com/unsub/7f31c2>, <mailto:unsubscribe@peoplepathway.example.com>"),
})

# 115 -- job-alert digest with many openings
add({
    "scenario": "job_alert_digest_leeds", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("JobNook Alerts", "alerts@jobnook.example.com"),
    "subject": "12 new HR Business Partner jobs in Leeds",
    "date": "2026-03-03T06:45:12+00:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        '<p style="font-size:18px;font-weight:600;margin:0 0 14px 0;">New jobs matching "HR Business Partner" near Leeds</p>\n'
        + "\n".join(
            f'<div style="border-bottom:1px solid #eee;padding:10px 0;"><a href="{track("click.jobnook.example.com", "alert-" + slug)}" '
            f'style="color:#0f766e;font-weight:600;text-decoration:none;">{title}</a><br>'
            f'<span style="color:#555;font-size:13px;">{employer} · {place} · {pay}</span></div>'
            for slug, title, employer, place, pay in [
                ("a1", "HR Business Partner", "Leeds Teaching Trust", "Leeds", "£45,000 – £50,000"),
                ("a2", "People Partner – Retail", "Gilded Thread Stores", "Leeds (hybrid)", "£42,000"),
                ("a3", "HR Advisor (12-month FTC)", "Moorland Water Services", "Bradford", "£34,000"),
                ("a4", "Senior HR Business Partner", "Confidential", "Wakefield", "£55,000 + car"),
                ("a5", "Employee Relations Partner", "Calder Logistics", "Leeds", "£40,000 – £44,000"),
                ("a6", "HRBP – Hospitality", "Boar Lane Hotels", "Leeds city centre", "Competitive"),
            ]
        )
        + f'\n<p style="margin:16px 0 0 0;"><a href="{track("click.jobnook.example.com", "alert-all")}" '
          'style="color:#0f766e;">See all 12 jobs →</a></p>\n'
        + paras(
            "Tip: applications sent in the first 48 hours are twice as likely to get an interview.",
            style="margin:16px 0 0 0;color:#555;font-size:13px;",
        ),
        footer="You're receiving this job alert because you created it on JobNook.<br>"
               f'<a href="{track("click.jobnook.example.com", "alert-edit")}" style="color:#8a8a99;">Edit alert</a> · '
               f'<a href="{track("click.jobnook.example.com", "alert-unsub")}" style="color:#8a8a99;">Unsubscribe</a><br>'
               "JobNook, 100 Bishopsgate, London EC2N 4AG",
        accent="#0f766e", pixel_src=pixel("click.jobnook.example.com", "alert-open"),
    ),
    "headers": list_headers("JobNook job alerts <alerts.jobnook.example.com>",
                         "<https://click.jobnook.example.com/unsub?a=hrbp-leeds>"),
})

# 116 -- professional body newsletter about candidates who miss interviews
add({
    "scenario": "professional_body_no_shows", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("People Matters Weekly", "newsletter@peoplepractice.example.org"),
    "subject": "People Matters Weekly: why candidates don't turn up to interviews",
    "date": "2026-05-07T08:00:00+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
PEOPLE MATTERS WEEKLY
Institute for People Practice - members' bulletin - 7 May 2026

IN THIS ISSUE

1. Ghosted by candidates: one in five interviews now a no-show
   Our survey of 420 employers found that missed interviews rose sharply in
   hospitality and retail. We look at what the best employers do differently:
   text reminders, shorter processes and a named contact.
   Read more: https://peoplepractice.example.org/n/2026-05/no-shows

2. Rejecting well
   A rejection letter is still part of your employer brand. Five examples of
   rejection emails candidates said they appreciated.
   https://peoplepractice.example.org/n/2026-05/rejecting-well

3. Branch events
   West Yorkshire: "Interviewing for potential, not polish" - 19 May, Leeds
   https://peoplepractice.example.org/events/wy-0519

4. Consultation: the Employment Rights Act and probation periods
   https://peoplepractice.example.org/policy/consultation-probation

You are receiving this bulletin as a student member of the Institute.
Manage your email preferences: https://peoplepractice.example.org/prefs
Unsubscribe: https://peoplepractice.example.org/unsubscribe?m=558120

Institute for People Practice, 12 Tavistock Square, London WC1H 9LT.
Registered charity no. 1099123.
""",
    "html": newsletter_shell(
        '<p style="font-size:12px;letter-spacing:2px;color:#7a1f5c;margin:0 0 6px 0;">MEMBERS\' BULLETIN · 7 MAY 2026</p>'
        '<h2 style="margin:0 0 10px 0;">Ghosted by candidates: one in five interviews now a no-show</h2>'
        + paras(
            "Our survey of 420 employers found that missed interviews rose sharply in hospitality and retail. "
            "We look at what the best employers do differently: text reminders, shorter processes and a named "
            f'contact. <a href="{track("news.peoplepractice.example.org", "ipp-1")}" style="color:#7a1f5c;">Read more</a>',
        )
        + '<h2 style="margin:18px 0 10px 0;">Rejecting well</h2>'
        + paras(
            "A rejection letter is still part of your employer brand. Five examples of rejection emails "
            f'candidates said they appreciated. <a href="{track("news.peoplepractice.example.org", "ipp-2")}" style="color:#7a1f5c;">Read more</a>',
        )
        + '<h2 style="margin:18px 0 10px 0;">Branch events</h2>'
        + paras(
            "West Yorkshire: <i>Interviewing for potential, not polish</i> – 19 May, Leeds. "
            f'<a href="{track("news.peoplepractice.example.org", "ipp-3")}" style="color:#7a1f5c;">Book a place</a>',
        ),
        title="People Matters Weekly", masthead="https://news.peoplepractice.example.org/img/pmw-masthead.png",
        masthead_alt="People Matters Weekly – Institute for People Practice",
        footer="You are receiving this bulletin as a student member of the Institute.<br>"
               f'<a href="{track("news.peoplepractice.example.org", "ipp-prefs")}" style="color:#6b7178;">Email preferences</a> · '
               f'<a href="{track("news.peoplepractice.example.org", "ipp-unsub")}" style="color:#6b7178;">Unsubscribe</a><br>'
               "Institute for People Practice, 12 Tavistock Square, London WC1H 9LT. Registered charity no. 1099123.",
        pixel_src=pixel("news.peoplepractice.example.org", "ipp-open"), accent="#7a1f5c",
    ),
    "headers": list_headers("<members-bulletin.peoplepractice.example.org>",
                         "<https://peoplepractice.example.org/unsubscribe?m=558120>"),
})

# 117 -- podcast interview request
add({
    "scenario": "podcast_interview_request", "kind": "other", "company": "", "contact": "lydia@shopfloorpod.example.com",
    "lang": "en",
    "sender": ("Lydia Marsh", "lydia@shopfloorpod.example.com"),
    "subject": "Podcast interview? Shop Floor to Boardroom",
    "date": "2026-04-16T13:26:41+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("podcast-ask"),
    "body": """\
Hi Hannah,

I host a small podcast called Shop Floor to Boardroom – we talk to people who
started out in stores, kitchens and warehouses and ended up somewhere they never
expected. A friend of yours, Becky Thornton, suggested I get in touch.

Would you be up for being interviewed for an episode? It's a relaxed 40-minute
conversation, recorded over Zoom at a time that suits you, about your move from
store management into HR. No preparation needed, and you'd get to hear the edit
before it goes out.

We're recording through May and June. Let me know if you fancy it!

Lydia

Lydia Marsh
Host & producer, Shop Floor to Boardroom
shopfloorpod.example.com
""",
})

# 118 -- local newspaper wants a press interview
add({
    "scenario": "press_interview_request", "kind": "other", "company": "", "contact": "tom.birkett@yorkscourier.example.co.uk",
    "lang": "en",
    "sender": ("Tom Birkett", "tom.birkett@yorkscourier.example.co.uk"),
    "subject": "Interview request - Briggate shops feature",
    "date": "2026-01-15T10:52:18+00:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Dear Ms Kowalczyk-Reid,

I'm a reporter at the Yorkshire Courier and I'm writing a feature on how shops
in Leeds city centre have coped with the loss of footfall since the closure of
the Briggate car park.

Your store was mentioned to me by the Leeds BID as one that has held on to its
staff through a difficult year. Would you be willing to give a short interview,
either by phone or in person at the shop? It would take around 20 minutes and
I'd be happy to send you your quotes before publication.

My deadline is Friday 23 January.

Kind regards,

Tom Birkett
Business Reporter, Yorkshire Courier
0113 496 0500 ext 214
""",
})

# 119 -- user-research interview for an HR software company
add({
    "scenario": "user_research_interview", "kind": "other", "company": "", "contact": "maddie.clarke@peoplebase.example.com",
    "lang": "en",
    "sender": ("Maddie Clarke", "maddie.clarke@peoplebase.example.com"),
    "subject": "Take part in a 45-minute research interview (£40 voucher)",
    "date": "2026-06-11T14:03:29+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        paras(
            "Hi Hannah,",
            "I'm a user researcher at Peoplebase. You signed up for our free rota template last year, so I "
            "wondered if you'd be open to a <b>45-minute research interview</b> about how store managers "
            "handle holiday requests and absence.",
            "It's not a sales call and there are no right answers – we just want to understand how you work. "
            "As a thank you, we'll send a £40 shopping voucher.",
            "If you're interested, just reply with a couple of times that suit you in the next two weeks.",
            "Thanks,<br>Maddie Clarke<br>Senior User Researcher, Peoplebase",
        ),
        footer="Peoplebase Ltd · 22 Hardman Street, Manchester M3 3HF<br>"
               f'<a href="{track("t.peoplebase.example.com", "ur-optout")}" style="color:#8a8a99;">Don\'t contact me about research</a>',
        accent="#2563eb", pixel_src=pixel("t.peoplebase.example.com", "ur-open"),
    ),
})

# 120 -- GP surgery callback queue: "your position in the queue"
add({
    "scenario": "gp_queue_position", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Chapel Allerton Medical Practice", "noreply@surgeryconnect.example.co.uk"),
    "subject": "Your position in the callback queue",
    "date": "2026-02-23T08:14:07+00:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Chapel Allerton Medical Practice

Hello Hannah,

Thank you for requesting a call back from the practice.

Your position in the queue: 3
Estimated call back time: between 09:00 and 09:30

Please keep your phone nearby. If we cannot reach you after two attempts,
your request will be closed and you will need to request another call back.

If your condition gets worse, call NHS 111 or, in an emergency, 999.

Do not reply to this email. This mailbox is not monitored.
""",
})

# 121 -- sat-nav app: "your position"
add({
    "scenario": "satnav_position_shared", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Wayfinder", "no-reply@wayfinder-maps.example.com"),
    "subject": "Your position is being shared with Tomasz",
    "date": "2026-05-23T18:40:55+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        paras(
            "Hi Hannah,",
            "You started sharing your live position with <b>Tomasz</b> at 18:38 for your trip to "
            "<b>Ilkley Moor car park</b>.",
            "Sharing will stop automatically when you arrive, or after 2 hours. Your position is updated every "
            "30 seconds while the app is open.",
            f'<a href="{track("go.wayfinder-maps.example.com", "share-stop")}" style="color:#16a34a;">Stop sharing now</a>',
            "Drive safely,<br>The Wayfinder team",
        ),
        footer="Wayfinder Maps Ltd · You're receiving this because location sharing is switched on in the app.<br>"
               f'<a href="{track("go.wayfinder-maps.example.com", "share-settings")}" style="color:#8a8a99;">Notification settings</a>',
        accent="#16a34a", pixel_src=pixel("go.wayfinder-maps.example.com", "share-open"),
    ),
})

# 122 -- parcel delayed
add({
    "scenario": "parcel_delayed", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("ParcelSwift", "tracking@parcelswift.example.co.uk"),
    "subject": "Unfortunately your package is delayed",
    "date": "2026-06-26T07:31:22+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Hi Hannah,",
            "Unfortunately your package from <b>Bramble &amp; Birch Home</b> is delayed and won't arrive today "
            "as planned. This is due to high volumes at our Wakefield hub.",
            "<b>New estimated delivery:</b> Monday 29 June, 08:00 – 18:00<br><b>Tracking number:</b> PS 4471 2290 8813",
            "We're sorry for the inconvenience. You don't need to do anything – we'll update you when your "
            "parcel is out for delivery.",
            f'<a href="{track("t.parcelswift.example.co.uk", "ps-track")}" style="color:#e11d48;font-weight:bold;">Track my parcel</a>',
        ),
        title="ParcelSwift", logo_src="https://parcelswift.example.co.uk/img/ps-logo.png",
        logo_alt="ParcelSwift", accent="#e11d48",
        footer="ParcelSwift Ltd, Registered in England No. 06677810. Please do not reply to this email.<br>"
               f'<a href="{track("t.parcelswift.example.co.uk", "ps-prefs")}" style="color:#7a7a7a;">Delivery preferences</a>',
        pixel_src=pixel("t.parcelswift.example.co.uk", "ps-open"),
    ),
})

# 123 -- building society: loan application received
add({
    "scenario": "loan_application_received", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Ridings Building Society", "notifications@ridingsbs.example.co.uk"),
    "subject": "We've received your application",
    "date": "2026-08-11T12:09:44+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Dear Miss Kowalczyk-Reid

Thank you for your personal loan application.

Application reference: PL-26-0811-3390
Amount requested: £6,500 over 36 months
Purpose: Car purchase

We've received your application and we're reviewing it now. Most decisions are
made within one working day. We may need to contact you for more information,
such as proof of income.

We'll let you know our decision by email and in your online banking.

Ridings Building Society
Ridings House, Westgate, Wakefield WF1 1XX

Ridings Building Society is authorised by the Prudential Regulation Authority and
regulated by the Financial Conduct Authority and the Prudential Regulation
Authority. Firm Reference Number 100231.
Please do not reply to this email.
""",
})

# 124 -- credit card application declined
add({
    "scenario": "credit_card_declined", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Northgate Bank", "no-reply@alerts.northgatebank.example.co.uk"),
    "subject": "An update on your credit card application",
    "date": "2026-09-04T16:28:03+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Dear Hannah Kowalczyk-Reid,",
            "Thank you for applying for a Northgate Rewards Credit Card.",
            "We're sorry to tell you that, after careful consideration, your application has been declined. "
            "Our decision is based on information from your application and from a credit reference agency.",
            "This decision doesn't affect your current account with us. If you'd like to know more about the "
            "credit reference agency we used, or to ask us to review our decision, please call us on 0345 496 0101.",
            "Yours sincerely,<br>Card Services, Northgate Bank",
        ),
        title="Northgate Bank", logo_src="https://www.northgatebank.example.co.uk/static/ngb-logo.png",
        logo_alt="Northgate Bank", accent="#0a2f5c",
        footer="Northgate Bank plc. Registered in England and Wales No. 00221144. Authorised by the Prudential "
               "Regulation Authority and regulated by the Financial Conduct Authority and the Prudential "
               "Regulation Authority. We'll never ask for your PIN or passwords by email.",
        pixel_src=pixel("alerts.northgatebank.example.co.uk", "cc-dec"),
    ),
})

# 125 -- flat application refused by the letting agent
add({
    "scenario": "flat_application_refused", "kind": "other", "company": "",
    "contact": "liam.parr@headingleylets.example.co.uk", "lang": "en",
    "sender": ("Liam Parr", "liam.parr@headingleylets.example.co.uk"),
    "subject": "14 Ashwood Terrace",
    "date": "2026-07-29T15:11:40+01:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "body": """\
Hi Hannah,

Thanks for viewing 14 Ashwood Terrace on Saturday and for getting your application
in so quickly.

Unfortunately the landlord has decided to go ahead with another applicant who can
move in from the 1st. Sorry it's not better news – it was a very popular one.

We've got a similar two-bed on Bainbrigge Road coming up in a couple of weeks. Want
me to book you a viewing?

Cheers,
Liam

Liam Parr | Lettings Negotiator | Headingley Lets
0113 496 0747
""",
})

# 126 -- a friend's own rejection
add({
    "scenario": "friend_own_rejection", "kind": "other", "company": "", "contact": "becky.thornton@example.com", "lang": "en",
    "sender": ("Becky Thornton", "becky.thornton@example.com"),
    "subject": "ugh",
    "date": "2026-03-21T22:04:11+00:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("becky-ugh"),
    "body": """\
Han,

Got the rejection from the council job today 😩 "Unfortunately on this occasion
you have not been successful" – after TWO interviews and a presentation!! They
didn't even say why.

Anyway I'm done moping. Wine on Friday? You can tell me all about your interviews
and I'll pretend I'm not jealous.

B x
""",
})

# 127 -- an ex-colleague's own interview
add({
    "scenario": "friend_own_interview", "kind": "other", "company": "", "contact": "tom.e.walsh@example.com", "lang": "en",
    "sender": ("Tom Walsh", "tom.e.walsh@example.com"),
    "subject": "Interview Thursday!! any tips",
    "date": "2026-05-12T19:37:26+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "mid": gmail_mid("tom-interview"),
    "body": """\
Hannah!

Guess who's got an interview for assistant manager at the Trafford Centre
store on Thursday?? Yes me!!

You've done loads of these from the other side of the table - what do
they actually want to hear? I always go blank on the "tell me about a
time when" questions.

Pint on me if I get it.

Tom

Sent from my Galaxy
""",
})

# 128 -- the candidate's own thank-you note after an interview
add({
    "scenario": "sent_thank_you_note", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ME,
    "to": [("Lewis Pickard", "lewis.pickard@bramleyoutdoor.example.co.uk")],
    "subject": "Thank you - HR Business Partner interview",
    "date": "2026-07-10T17:45:31+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "mid": hannah_mid("bramley-thanks-sent"),
    "body": """\
Hi Lewis,

Thank you for arranging this morning's interview, and please pass on my thanks
to Rachel too - I hope she's feeling better.

I really enjoyed hearing about the plans for the new Harrogate store and the
peak-season staffing model. It made me even more excited about the role.

If you need anything else from me, such as references, just let me know.

Best wishes,
Hannah

Hannah Kowalczyk-Reid
07700 900 266
""",
})

# 129 -- the candidate's own chase
add({
    "scenario": "sent_chase_followup", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ME,
    "to": [("Ama Boateng", "ama.boateng@shiftly.example.com")],
    "subject": "Following up",
    "date": "2026-04-27T09:02:14+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": hannah_mid("shiftly-chase-sent"),
    "body": """\
Hi Ama,

I hope you had a good weekend. I just wanted to follow up on the panel interview
for the People Operations Manager role on 14 April – I really enjoyed meeting you
and Tom, and the onboarding case study was great fun to work on.

Is there any news on the next steps or timing? I'm happy to provide anything else
you might need.

Many thanks,
Hannah
""",
})

# 130 -- the candidate's own acceptance, signed letter attached
add({
    "scenario": "sent_acceptance_with_pdf", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ME,
    "to": [("Imran Qureshi", "imran.qureshi@aireboroughhomes.example.org")],
    "subject": "RE: Offer of employment – People Partner",
    "date": "2026-04-07T20:12:51+01:00", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "mid": hannah_mid("aireborough-accept-sent"),
    "in_reply_to": "offer_letter_pdf",
    "body": """\
Dear Imran,

Thank you so much for the offer – I'm delighted to accept. Please find the
signed acceptance slip attached.

I have handed in my notice today, so 1 June works well for me.

I'll send the details of my two referees separately tomorrow.

With best wishes,
Hannah

From: Imran Qureshi <imran.qureshi@aireboroughhomes.example.org>
Sent: 02 April 2026 10:17
Subject: Offer of employment – People Partner

> Further to our telephone conversation yesterday, I am delighted to confirm
> our offer of the post of People Partner at Aireborough Homes.
""",
    "attachments": [("Acceptance slip - signed.pdf", [
        "Aireborough Homes - Acceptance of offer",
        "",
        "I accept the offer of employment as People Partner on the terms set out",
        "in the letter dated 2 April 2026.",
        "",
        "Signed: H Kowalczyk-Reid",
        "Date: 7 April 2026",
    ])],
})

# 131 -- out-of-office from a recruiter, Auto-Submitted
add({
    "scenario": "ooo_recruiter_reply", "kind": "other", "company": "", "contact": "priya.sandhu@copperfield.example.co.uk",
    "lang": "en",
    "sender": ("Priya Sandhu", "priya.sandhu@copperfield.example.co.uk"),
    "subject": "Automatic reply: Our call this morning",
    "date": "2026-02-12T19:03:40+00:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "mid": outlook_mid("priya-ooo", "LO0P265MB2290"),
    "in_reply_to": hannah_mid("copperfield-reply"),
    "body": """\
Thank you for your email. I'm out of the office until Monday 16 February with
limited access to email.

For anything urgent about a live vacancy, please contact the Talent team on
talent@copperfield.example.co.uk.

Priya Sandhu
Talent Partner | Copperfield Retail Group
""",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
})

# 132 -- recruiter cold outreach, no interview
add({
    "scenario": "recruiter_cold_outreach", "kind": "other", "company": "", "contact": "nadia.keane@brightpathrec.example.co.uk",
    "lang": "en",
    "sender": ("Nadia Keane", "nadia.keane@brightpathrec.example.co.uk"),
    "subject": "HR opportunities in West Yorkshire",
    "date": "2026-01-08T11:17:52+00:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Hi Hannah,

I came across your profile and noticed you're studying for your CIPD Level 5
alongside managing a busy store – impressive!

I specialise in HR recruitment across West Yorkshire, and I work with a number
of retailers and manufacturers who value exactly that kind of operational
background in their people teams.

I don't have a specific role to put you forward for today, but I'd love to have
a 15-minute chat to understand what you're looking for, so I can keep you in
mind as things come in. Would you be open to that?

Kind regards,

Nadia Keane
Principal Consultant – HR | Brightpath Recruitment
07700 900 872 | brightpathrec.example.co.uk
""",
})

# 133 -- head-hunter: "not an interview, just a coffee"
add({
    "scenario": "headhunter_just_coffee", "kind": "other", "company": "", "contact": "j.fenwick@millstonepartners.example.co.uk",
    "lang": "en",
    "sender": ("James Fenwick", "j.fenwick@millstonepartners.example.co.uk"),
    "subject": "Coffee?",
    "date": "2026-10-02T08:22:31+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Hannah,

Your name came up twice this month in conversations with HR directors in
the region, which is usually a good sign.

I don't have a brief for you at the moment, so this isn't an interview or
anything formal - just a coffee to get to know each other. I'm in Leeds most
Tuesdays. Any interest?

James

James Fenwick
Millstone Partners - Executive Search, HR & Transformation
""",
})

# 134 -- job platform: an employer viewed your application
add({
    "scenario": "platform_application_viewed", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("JobNook", "applications@jobnook.example.com"),
    "subject": "Aldgate Pharmacy Group viewed your application",
    "date": "2026-02-26T14:55:09+00:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        paras(
            "Good news, Hannah!",
            "<b>Aldgate Pharmacy Group</b> viewed your application for <b>Area HR Advisor</b> today.",
            "Employers who view applications often get in touch within a week. Make sure your phone number "
            "is up to date so they can reach you.",
            f'<a href="{track("click.jobnook.example.com", "viewed-profile")}" style="color:#0f766e;">Check my profile</a>',
        ),
        footer="JobNook, 100 Bishopsgate, London EC2N 4AG · "
               f'<a href="{track("click.jobnook.example.com", "viewed-settings")}" style="color:#8a8a99;">Email settings</a>',
        accent="#0f766e", pixel_src=pixel("click.jobnook.example.com", "viewed-open"),
    ),
})

# 135 -- course provider: application to a qualification received
add({
    "scenario": "course_application_received", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Aire College Admissions", "admissions-noreply@airecollege.example.co.uk"),
    "subject": "Application received: CIPD Level 7 Advanced Diploma (Sept 2026)",
    "date": "2026-07-14T10:30:12+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Dear Hannah,",
            "Thank you for applying to study the <b>CIPD Level 7 Advanced Diploma in Strategic People "
            "Management</b> (part-time, evening) starting in September 2026.",
            "Your application reference is <b>AC-26-7731</b>. Our admissions team will check your Level 5 "
            "results and may invite you to a short course guidance interview with the programme leader.",
            "Fees and funding information is available in your applicant portal.",
            "Best wishes,<br>Admissions Team, Aire College",
        ),
        title="Aire College", logo_src="https://airecollege.example.co.uk/img/aire-college.png",
        logo_alt="Aire College", accent="#9a3412",
        footer="Aire College, Park Lane, Leeds LS3 1AA. Please do not reply to this automated email.",
        pixel_src=pixel("mail.airecollege.example.co.uk", "ac-open"),
    ),
})

# 136 -- careers-service mailing list: interview skills masterclass
add({
    "scenario": "webinar_interview_skills", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Career Changers Network", "events@careerchangers.example.org"),
    "subject": "Free masterclass: nail your next interview (and handle the rejections)",
    "date": "2026-08-20T12:00:00+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": newsletter_shell(
        '<h1 style="font-size:24px;margin:0 0 12px 0;">Interview Skills Masterclass</h1>'
        '<p style="margin:0 0 14px 0;font-size:18px;color:#1d4ed8;">Wednesday 2 September · 18:30 – 20:00 · Online</p>'
        + paras(
            "Changing career and getting interviews but no offers? Join recruiter Marcus Obi and career coach "
            "Helen Lee for a free live session on:",
            "• answering \"why are you leaving your current job?\" without sounding negative<br>"
            "• competency questions for career changers<br>"
            "• what to do when you've been rejected after a final interview<br>"
            "• what to do if you've missed an interview – and how to ask for another chance",
            f'<a href="{track("go.careerchangers.example.org", "cc-register")}" style="background:#1d4ed8;color:#fff;'
            'padding:10px 18px;text-decoration:none;border-radius:4px;">Register free</a>',
            "Can't make it live? Register anyway and we'll send the recording.",
        ),
        title="Career Changers Network", masthead="https://careerchangers.example.org/img/ccn-banner.png",
        masthead_alt="Career Changers Network", accent="#1d4ed8",
        footer="Career Changers Network CIC, 5 Marshall Street, Leeds LS11 9YJ.<br>"
               f'<a href="{track("go.careerchangers.example.org", "cc-unsub")}" style="color:#6b7178;">Unsubscribe</a> from event emails.',
        pixel_src=pixel("go.careerchangers.example.org", "cc-open"),
    ),
    "headers": list_headers("Career Changers events <events.careerchangers.example.org>",
                         "<https://go.careerchangers.example.org/u/8812>"),
})

# 137 -- employer's talent-community newsletter (not about an application)
add({
    "scenario": "talent_community_newsletter", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Northern Larder Careers", "careers-news@northernlarder.example.co.uk"),
    "subject": "Life at Northern Larder: meet our People team 🥕",
    "date": "2026-04-30T11:00:00+01:00", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": newsletter_shell(
        '<h1 style="font-size:24px;margin:0 0 12px 0;">Meet the people behind our People team</h1>'
        + paras(
            "This month we sat down with Yasmin, who joined us as a store manager in Doncaster and is now one "
            "of our HR Business Partners. She talks about what surprised her, the interview that almost "
            "didn't happen, and why she'd do it all again.",
            f'<a href="{track("news.northernlarder.example.co.uk", "nl-yasmin")}" style="color:#2e7d32;">Read Yasmin\'s story</a>',
            "<b>Current openings in People &amp; HR</b><br>HR Advisor – Wakefield DC · Payroll Specialist – Leeds "
            f'Support Centre · <a href="{track("news.northernlarder.example.co.uk", "nl-jobs")}" style="color:#2e7d32;">See all jobs</a>',
        ),
        title="Life at Northern Larder", masthead="https://northernlarder.example.co.uk/img/careers-banner.png",
        masthead_alt="Northern Larder Careers", accent="#2e7d32",
        footer="You're receiving this because you joined the Northern Larder talent community.<br>"
               f'<a href="{track("news.northernlarder.example.co.uk", "nl-unsub")}" style="color:#6b7178;">Unsubscribe</a> · '
               "Northern Larder Stores Ltd, Larder House, Pontefract Lane, Leeds LS9 0DX",
        pixel_src=pixel("news.northernlarder.example.co.uk", "nl-open"),
    ),
    "headers": list_headers("<talent-community.northernlarder.example.co.uk>",
                         "<https://news.northernlarder.example.co.uk/u/hk77>"),
})

# 138 -- shop: order cancelled
add({
    "scenario": "order_cancelled_shop", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Bramble & Birch Home", "orders@brambleandbirch.example.co.uk"),
    "subject": "Your order #BB-204481 has been cancelled",
    "date": "2026-06-30T09:15:27+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Hi Hannah,",
            "Unfortunately we've had to cancel part of your order <b>#BB-204481</b>: the <i>Linen table runner "
            "(sage)</i> is out of stock and our supplier can't give us a new date.",
            "We've refunded <b>£24.00</b> to your original payment method. It can take 3–5 working days to "
            "appear. The rest of your order is with ParcelSwift and on its way.",
            "Sorry about that,<br>Team Bramble &amp; Birch",
        ),
        title="Bramble & Birch Home", logo_src="https://brambleandbirch.example.co.uk/logo.png",
        logo_alt="Bramble & Birch Home", accent="#6b8f71",
        footer="Bramble &amp; Birch Home Ltd · Unit 9, Canal Mills, Leeds LS12 2BQ · "
               f'<a href="{track("e.brambleandbirch.example.co.uk", "bb-help")}" style="color:#7a7a7a;">Help centre</a>',
        pixel_src=pixel("e.brambleandbirch.example.co.uk", "bb-open"),
    ),
})

# 139 -- dentist: appointment rescheduled (not an interview)
add({
    "scenario": "dentist_rescheduled", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Oakwood Dental Care", "appointments@oakwooddental.example.co.uk"),
    "subject": "Your appointment has been rescheduled",
    "date": "2026-09-17T13:42:10+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Dear Hannah

Your appointment with Dr Patel has been rescheduled because of a change to
the clinic rota.

Previous: Tuesday 22 September 2026 at 08:40
New:      Thursday 24 September 2026 at 17:10

If the new time does not suit you, please call us on 0113 496 0922. We are
unable to respond to emails sent to this address.

Missed appointments without 24 hours' notice may be charged.

Oakwood Dental Care, 2 Roundhay Road, Leeds LS8 5BQ
""",
})

# 140 -- courier: sorry we missed you
add({
    "scenario": "sorry_we_missed_you", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("ParcelSwift", "tracking@parcelswift.example.co.uk"),
    "subject": "Sorry we missed you",
    "date": "2026-06-29T14:20:48+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Hi Hannah,",
            "We tried to deliver your parcel from <b>Bramble &amp; Birch Home</b> today at 14:12 but nobody was "
            "in. Our driver has left it with your neighbour at <b>no. 16</b>.",
            f'<a href="{track("t.parcelswift.example.co.uk", "ps-photo")}" style="color:#e11d48;">See the delivery photo</a>',
            "Thanks for choosing ParcelSwift.",
        ),
        title="ParcelSwift", logo_src="https://parcelswift.example.co.uk/img/ps-logo.png",
        logo_alt="ParcelSwift", accent="#e11d48",
        footer="ParcelSwift Ltd, Registered in England No. 06677810. Please do not reply to this email.",
        pixel_src=pixel("t.parcelswift.example.co.uk", "ps-missed"),
    ),
})

# 141 -- current employer: she interviews the Saturday applicants
add({
    "scenario": "current_job_interview_saturday_staff", "kind": "other", "company": "",
    "contact": "gary.holroyd@kirkgatehg.example.co.uk", "lang": "en",
    "sender": ("Gary Holroyd", "gary.holroyd@kirkgatehg.example.co.uk"),
    "subject": "Sat staff",
    "date": "2026-03-02T07:48:33+00:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Morning Hannah

Can you interview the two Saturday applicants on Thursday? CVs are in the
shared drive. I've told them 4pm and 4.30. If neither is any good let me
know and I'll put the advert back up.

Also - rota for Easter by Friday please.

Gary
Area Manager, Kirkgate Home & Garden
""",
})

# 142 -- former team member asks her to be a referee
add({
    "scenario": "referee_request_former_colleague", "kind": "other", "company": "",
    "contact": "aaliyah.b@example.com", "lang": "en",
    "sender": ("Aaliyah Begum", "aaliyah.b@example.com"),
    "subject": "Could you be my referee?",
    "date": "2026-08-06T20:51:15+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("aaliyah-ref"),
    "body": """\
Hi Hannah,

I hope you don't mind me emailing out of the blue! I've just been offered an
interview for a supervisor job at a garden centre in Otley and they've asked for
two referees. You were the best manager I ever had, so I wondered if I could put
your name down?

They'd probably only email you a short form. If you'd rather not, that's totally
fine.

Thank you so much,
Aaliyah
""",
})

# 143 -- HR network mailing-list digest
add({
    "scenario": "hr_network_digest", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("HR Network Yorkshire", "hrnetwork-yorks@groups.example.org"),
    "subject": "[HR Network Yorkshire] Digest for hrnetwork-yorks@groups.example.org - 3 updates in 2 topics",
    "date": "2026-09-28T06:10:02+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
hrnetwork-yorks@groups.example.org
Today's topic summary

Group: https://groups.example.org/g/hrnetwork-yorks/topics

  - October meet-up: "Rejection, resilience and the candidate experience" [2 Updates]
  - Anyone using a new ATS for hourly hiring? [1 Update]

October meet-up: "Rejection, resilience and the candidate experience"
Priyanka Shah <priyanka.s@example.com>: Sep 27 09:14AM +0100

    Hi all - our October panel is on how we reject candidates and what it
    does to our brand. We'll hear from a candidate who missed an interview
    because of a bus strike and was told "we don't reschedule". Thursday 15
    October, 6pm, Leeds Library. Sign up on the group page.

Marc Dyer <marcdyer@example.com>: Sep 27 11:40AM +0100

    Count me in. Could someone cover "position filled internally" emails
    too? Every candidate I know hates getting one.

Anyone using a new ATS for hourly hiring?
Suzanne Kirk <s.kirk@example.com>: Sep 27 04:52PM +0100

    We're moving off spreadsheets for our 300 seasonal hires. Any
    recommendations? Need interview scheduling by text message.

--
You received this digest because you're subscribed to updates for this group.
To unsubscribe from this group, send an email to
hrnetwork-yorks+unsubscribe@groups.example.org
""",
    "headers": list_headers("<hrnetwork-yorks.groups.example.org>",
                         "<mailto:hrnetwork-yorks+unsubscribe@groups.example.org>, "
                         "<https://groups.example.org/g/hrnetwork-yorks/unsubscribe>",
                         one_click=False, precedence="list"),
})

# 144 -- candidate-experience survey after an interview
add({
    "scenario": "candidate_experience_survey", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Candidate Voice", "survey@candidatevoice.example.com"),
    "subject": "How was your interview experience with Copperfield Retail Group?",
    "date": "2026-02-19T10:00:14+00:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        paras(
            "Hi Hannah,",
            "You recently had an interview with <b>Copperfield Retail Group</b>. Whatever the outcome, they'd "
            "like to hear how it went for you. It takes about two minutes and your answers are anonymous.",
            "<b>How likely are you to recommend applying to Copperfield to a friend?</b>",
            " ".join(
                f'<a href="{track("s.candidatevoice.example.com", "nps" + str(n))}" style="display:inline-block;'
                f'width:26px;padding:6px 0;text-align:center;border:1px solid #ccc;border-radius:4px;'
                f'color:#111;text-decoration:none;">{n}</a>'
                for n in range(11)
            ),
        ),
        footer="Candidate Voice collects feedback on behalf of employers. "
               f'<a href="{track("s.candidatevoice.example.com", "cv-optout")}" style="color:#8a8a99;">Opt out</a>',
        accent="#0891b2", pixel_src=pixel("s.candidatevoice.example.com", "cv-open"),
    ),
})

# 145 -- council: parking permit application received
add({
    "scenario": "parking_permit_received", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Leeds Parking Services", "parking-noreply@leedsparking.example.org"),
    "subject": "Residents' parking permit - application received",
    "date": "2026-01-19T11:26:30+00:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Dear Hannah Kowalczyk-Reid

Thank you for your application for a residents' parking permit.

Zone: H3 (Headingley)
Vehicle registration: YD19 KXR
Reference: RPP-2026-018831

We have received your application and supporting documents. Applications
are normally processed within 10 working days. If we need more information
we will contact you.

Parking Services
This is an automated message - please do not reply.
""",
})

# 146 -- mum wishes her luck for an interview
add({
    "scenario": "mum_good_luck", "kind": "other", "company": "", "contact": "jkowalczyk58@example.co.uk", "lang": "en",
    "sender": ("Jadwiga Kowalczyk", "jkowalczyk58@example.co.uk"),
    "subject": "Tuesday",
    "date": "2026-03-22T16:40:02+00:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "body": """\
Hello love,

Just wanted to say good luck for your interview on Tuesday, your dad and I are so
proud of you. Don't forget to eat something before you go and iron your blouse the
night before!!

Ring me after and let me know how it went. If they don't want you it's their loss.

Love Mum xxx

Sent from my iPad
""",
})

# ================================================================== German
# 147 -- job-alert digest (German)
add({
    "scenario": "jobalert_karrierehafen", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Karrierehafen Jobagent", "jobagent@karrierehafen.example.de"),
    "subject": "5 neue Jobs für Sie: HR Business Partner in Frankfurt am Main",
    "date": "2026-05-18T06:30:00+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        '<p style="margin:0 0 14px 0;font-size:16px;font-weight:bold;">Hallo Hannah, hier sind Ihre neuen Treffer:</p>\n'
        + "\n".join(
            f'<p style="margin:0 0 12px 0;"><a href="{track("mail.karrierehafen.example.de", "ja-" + slug)}" '
            f'style="color:#00658f;font-weight:bold;text-decoration:none;">{title}</a><br>'
            f'<span style="color:#666;">{firm} · {ort}</span></p>'
            for slug, title, firm, ort in [
                ("1", "HR Business Partner (m/w/d)", "Mainwerk Versicherungen", "Frankfurt am Main"),
                ("2", "Personalreferent:in Einzelhandel", "Drogerie Lindner", "Offenbach"),
                ("3", "People Partner (all genders)", "Flinkbank", "Frankfurt am Main (hybrid)"),
                ("4", "Senior HR Business Partner Logistik (m/w/d)", "Taunus Cargo", "Kelsterbach"),
                ("5", "HR Generalist – Hotellerie (m/w/d)", "Hotel Palmengarten", "Frankfurt am Main"),
            ]
        )
        + paras(
            "Tipp: Bewerbungen in den ersten drei Tagen führen öfter zu einer Einladung zum Vorstellungsgespräch.",
            style="margin:14px 0 0 0;color:#666;font-size:12px;",
        ),
        title="Karrierehafen Jobagent", logo_src="https://static.karrierehafen.example.de/img/kh-logo.png",
        logo_alt="Karrierehafen.de", accent="#00658f",
        footer="Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.<br>"
               f'<a href="{track("mail.karrierehafen.example.de", "ja-edit")}" style="color:#7a7a7a;">Jobagent bearbeiten</a> · '
               f'<a href="{track("mail.karrierehafen.example.de", "ja-stop")}" style="color:#7a7a7a;">Abmelden</a><br>'
               "Karrierehafen GmbH · Am Sandtorkai 50 · 20457 Hamburg · HRB 150244",
        pixel_src=pixel("mail.karrierehafen.example.de", "ja-open"),
    ),
    "headers": list_headers("<jobagent.karrierehafen.example.de>",
                         "<https://mail.karrierehafen.example.de/abmelden?j=44120>"),
})

# 148 -- German out-of-office from a recruiter
add({
    "scenario": "abwesenheitsnotiz", "kind": "other", "company": "", "contact": "katrin.albers@rheinmain-hotels.example.de",
    "lang": "de",
    "sender": ("Katrin Albers", "katrin.albers@rheinmain-hotels.example.de"),
    "subject": "Abwesenheitsnotiz: Rückmeldung zu Ihrem Vorstellungsgespräch",
    "date": "2026-05-20T09:12:44+02:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "in_reply_to": hannah_mid("rheinmain-danke"),
    "body": """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29. Mai 2026 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@rheinmain-hotels.example.de.

Mit freundlichen Grüßen
Katrin Albers
""",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
})

# 149 -- HR trade newsletter about rejections and no-shows
add({
    "scenario": "newsletter_hr_praxis", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("HR-Praxis kompakt", "newsletter@hr-praxis.example.de"),
    "subject": "Absagen richtig formulieren • Wenn Bewerber nicht erscheinen • Urteil der Woche",
    "date": "2026-06-03T07:15:00+02:00", "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "html": newsletter_shell(
        '<h1 style="font-size:22px;margin:0 0 12px 0;">Absagen richtig formulieren</h1>'
        + paras(
            "\"Leider müssen wir Ihnen mitteilen ...\" - wie Sie Bewerbungsabsagen AGG-sicher und trotzdem "
            "wertschätzend schreiben. Mit drei Mustertexten zum Download.",
            f'<a href="{track("nl.hr-praxis.example.de", "hp-1")}" style="color:#b91c1c;">Zum Artikel</a>',
        )
        + '<h2 style="font-size:18px;margin:18px 0 8px 0;">Wenn Bewerber nicht zum Vorstellungsgespräch erscheinen</h2>'
        + paras(
            "No-Shows kosten Zeit und Geld. Welche Erinnerungen wirken und ob Sie Reisekosten trotzdem "
            f'erstatten müssen. <a href="{track("nl.hr-praxis.example.de", "hp-2")}" style="color:#b91c1c;">Weiterlesen</a>',
        )
        + '<h2 style="font-size:18px;margin:18px 0 8px 0;">Urteil der Woche</h2>'
        + paras(
            "BAG: Stelle intern besetzt - muss der Arbeitgeber externe Bewerber informieren? "
            f'<a href="{track("nl.hr-praxis.example.de", "hp-3")}" style="color:#b91c1c;">Mehr</a>',
        ),
        title="HR-Praxis kompakt", masthead="https://nl.hr-praxis.example.de/img/kopf.png",
        masthead_alt="HR-Praxis kompakt - der Newsletter für Personaler", accent="#b91c1c",
        footer="Sie erhalten diesen Newsletter, weil Sie sich auf hr-praxis.example.de angemeldet haben.<br>"
               f'<a href="{track("nl.hr-praxis.example.de", "hp-abmelden")}" style="color:#6b7178;">Newsletter abbestellen</a><br>'
               "Fachverlag Brenner GmbH · Theresienstraße 40 · 80333 München · Geschäftsführer: Dr. Klaus Brenner · HRB 201877",
        pixel_src=pixel("nl.hr-praxis.example.de", "hp-open"),
    ),
    "headers": list_headers("HR-Praxis kompakt <hr-praxis-kompakt.nl.hr-praxis.example.de>",
                         "<https://nl.hr-praxis.example.de/abmelden?u=9f2a>"),
})

# 150 -- flat application in Frankfurt refused, no-reply property manager
add({
    "scenario": "wohnung_abgelehnt", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Hausverwaltung Sachs & Partner", "vermietung-noreply@sachs-hv.example.de"),
    "subject": "Ihre Bewerbung für die Wohnung Textorstraße 58, 2. OG links",
    "date": "2026-06-12T13:05:16+02:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Textorstraße 58,
60594 Frankfurt-Sachsenhausen.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümer für einen anderen
Mietinteressenten entschieden haben. Ihre Unterlagen werden datenschutzgerecht
gelöscht.

Weitere Angebote finden Sie auf unserer Website.

Mit freundlichen Grüßen
Ihre Hausverwaltung Sachs & Partner

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
""",
})

# 151 -- bank: loan application received (German)
add({
    "scenario": "kreditantrag_eingegangen", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Mainufer Direktbank", "service@mainufer-direktbank.example.de"),
    "subject": "Ihr Kreditantrag ist bei uns eingegangen",
    "date": "2026-07-02T18:44:29+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Guten Tag Frau Kowalczyk-Reid,",
            "vielen Dank für Ihren Antrag auf einen Ratenkredit über <b>9.000 EUR</b> (Laufzeit 48 Monate).",
            "Ihr Antrag ist bei uns eingegangen und wird jetzt geprüft. Da Sie bisher keine Adresse in "
            "Deutschland haben, benötigen wir zusätzlich Ihren Arbeitsvertrag und eine Meldebescheinigung.",
            "Den Stand Ihres Antrags sehen Sie jederzeit im Online-Banking.",
            "Freundliche Grüße<br>Ihre Mainufer Direktbank",
        ),
        title="Mainufer Direktbank", logo_src="https://www.mainufer-direktbank.example.de/logo.png",
        logo_alt="Mainufer Direktbank", accent="#0e7490",
        footer="Mainufer Direktbank AG · Neue Mainzer Str. 20 · 60311 Frankfurt am Main · Vorstand: Julia "
               "Hertel, Oliver Stamm · Amtsgericht Frankfurt am Main HRB 70815<br>Bitte antworten Sie nicht auf "
               "diese E-Mail.",
        pixel_src=pixel("mail.mainufer-direktbank.example.de", "kredit-open"),
    ),
})

# 152 -- parcel delayed (German)
add({
    "scenario": "sendung_verzoegert", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Paketblitz Sendungsverfolgung", "benachrichtigung@paketblitz.example.de"),
    "subject": "Ihre Sendung verzögert sich leider",
    "date": "2026-08-24T09:55:31+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        paras(
            "Hallo Hannah Kowalczyk-Reid,",
            "leider verzögert sich die Zustellung Ihrer Sendung <b>00340434 5512 8831 20</b> um voraussichtlich "
            "einen Werktag. Grund ist ein erhöhtes Sendungsaufkommen im Paketzentrum Obertshausen.",
            "Neuer voraussichtlicher Zustelltag: <b>Dienstag, 25.08.2026</b>",
            f'<a href="{track("track.paketblitz.example.de", "pb-verfolgen")}" style="color:#ca8a04;font-weight:bold;">Sendung verfolgen</a>',
            "Wir bitten um Entschuldigung.<br>Ihr Paketblitz-Team",
        ),
        footer="Paketblitz GmbH · Diese E-Mail wurde automatisch erstellt. · "
               f'<a href="{track("track.paketblitz.example.de", "pb-einst")}" style="color:#8a8a99;">Benachrichtigungen verwalten</a>',
        accent="#ca8a04", pixel_src=pixel("track.paketblitz.example.de", "pb-open"),
    ),
})

# 153 -- German friend about her own interview, du
add({
    "scenario": "freundin_eigenes_gespraech", "kind": "other", "company": "", "contact": "lena.hartmann@example.de", "lang": "de",
    "sender": ("Lena Hartmann", "lena.hartmann@example.de"),
    "subject": "Na, wie läufts?",
    "date": "2026-06-18T21:26:50+02:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": gmail_mid("lena-gespraech"),
    "body": """\
Hey Hannah,

wie geht's dir? Ich hatte gestern endlich mein Vorstellungsgespräch bei der Bank in
Eschborn – zwei Stunden, drei Leute, und am Ende noch ein Rollenspiel mit einem
"schwierigen Kunden". Ich glaube, es lief ganz gut, aber die Absage kommt bestimmt
trotzdem 🙈

Wie ist es bei dir mit der Wohnungssuche? Wenn du im Juli zum Gucken kommst, kannst
du gern bei mir pennen.

Liebe Grüße
Lena
""",
})

# 154 -- the candidate's own mail declining an offer (German)
add({
    "scenario": "gesendet_angebot_abgelehnt", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ME,
    "to": [("Christiane Brandt", "c.brandt@modehaus-brandt.example.de")],
    "subject": "AW: Ihre Zusage: Personalreferentin (m/w/d)",
    "date": "2026-03-05T19:30:12+01:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "mid": hannah_mid("brandt-absage-gesendet"),
    "in_reply_to": "zusage_modehaus",
    "body": """\
Sehr geehrte Frau Brandt,

haben Sie vielen Dank für Ihr freundliches Angebot und das Vertrauen, das Sie
und Herr Kröger in mich setzen.

Nach reiflicher Überlegung habe ich mich jedoch entschieden, meinen Umzug nach
Frankfurt um ein Jahr zu verschieben und vorerst in England zu bleiben. Ich muss
Ihr Angebot daher leider ablehnen. Diese Entscheidung ist mir nicht leichtgefallen.

Ich wünsche Ihnen und dem Team des Modehauses alles Gute.

Mit freundlichen Grüßen
Hannah Kowalczyk-Reid
""",
})

# ================================================================== French
# 155 -- career newsletter: bouncing back after a refusal
add({
    "scenario": "newsletter_rebondir_refus", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("La Lettre Carrières RH", "lettre@carrieres-rh.example.fr"),
    "subject": "Refus après un entretien : 5 façons de rebondir",
    "date": "2026-03-26T08:00:00+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": newsletter_shell(
        '<h1 style="font-size:24px;margin:0 0 12px 0;">Refus après un entretien : 5 façons de rebondir</h1>'
        + paras(
            "« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Cette phrase, "
            "tout le monde la reçoit. Nos conseils pour demander un retour, garder le lien avec le recruteur et "
            "transformer un refus en future opportunité.",
            f'<a href="{track("clic.carrieres-rh.example.fr", "cr-1")}" style="color:#9333ea;">Lire l\'article</a>',
            "<b>Aussi cette semaine :</b> entretien manqué, comment s'excuser ? · Les offres de la semaine en "
            f'Île-de-France · <a href="{track("clic.carrieres-rh.example.fr", "cr-2")}" style="color:#9333ea;">Voir les offres</a>',
        ),
        title="La Lettre Carrières RH", masthead="https://carrieres-rh.example.fr/img/lettre.png",
        masthead_alt="La Lettre Carrières RH", accent="#9333ea",
        footer="Vous recevez cette lettre car vous êtes inscrite sur carrieres-rh.example.fr.<br>"
               f'<a href="{track("clic.carrieres-rh.example.fr", "cr-desinscription")}" style="color:#6b7178;">Se désinscrire</a> · '
               "Carrières RH Médias SAS, 15 rue de Provence, 75009 Paris",
        pixel_src=pixel("clic.carrieres-rh.example.fr", "cr-open"),
    ),
    "headers": list_headers("<lettre.carrieres-rh.example.fr>",
                         "<https://clic.carrieres-rh.example.fr/desinscription?u=a7c1>"),
})

# 156 -- job alert (French)
add({
    "scenario": "alerte_emploi_paris", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Vivier Emploi – Alertes", "alertes@vivier-emploi.example.fr"),
    "subject": "Nouvelles offres : Responsable RH – Paris (8)",
    "date": "2026-04-09T07:20:00+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        '<p style="font-weight:600;margin:0 0 12px 0;">8 nouvelles offres correspondent à votre alerte « Responsable RH – Paris »</p>\n'
        + "\n".join(
            f'<p style="margin:0 0 10px 0;"><a href="{track("t.vivier-emploi.example.fr", "al-" + slug)}" '
            f'style="color:#7c3aed;text-decoration:none;font-weight:600;">{titre}</a><br>'
            f'<span style="color:#666;font-size:13px;">{ent} – {lieu}</span></p>'
            for slug, titre, ent, lieu in [
                ("1", "Responsable RH de proximité (H/F)", "Enseigne Belvédère", "Paris 15e"),
                ("2", "HRBP Retail (H/F)", "Maison Sérac", "Paris 8e"),
                ("3", "Responsable Ressources Humaines – hôtellerie", "Hôtels Lutèce", "Paris 6e"),
                ("4", "Chargé(e) de développement RH", "Cité des Métiers de Bouche", "Ivry-sur-Seine"),
            ]
        )
        + f'\n<p><a href="{track("t.vivier-emploi.example.fr", "al-tout")}" style="color:#7c3aed;">Voir les 8 offres</a></p>',
        footer="Vous recevez cet e-mail car vous avez créé une alerte sur Vivier Emploi.<br>"
               f'<a href="{track("t.vivier-emploi.example.fr", "al-stop")}" style="color:#8a8a99;">Désactiver l\'alerte</a>',
        accent="#7c3aed", pixel_src=pixel("t.vivier-emploi.example.fr", "al-open"),
    ),
    "headers": list_headers("<alertes.vivier-emploi.example.fr>",
                         "<https://t.vivier-emploi.example.fr/stop?a=rrh-paris>"),
})

# 157 -- magazine wants to interview her
add({
    "scenario": "interview_magazine", "kind": "other", "company": "", "contact": "camille.renaud@commerce-talents.example.fr",
    "lang": "fr",
    "sender": ("Camille Renaud", "camille.renaud@commerce-talents.example.fr"),
    "subject": "Demande d'interview – magazine Commerce & Talents",
    "date": "2026-09-30T10:14:37+02:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Bonjour Madame Kowalczyk-Reid,

Je suis journaliste pour le magazine Commerce & Talents, qui s'adresse aux
professionnels RH de la distribution. Nous préparons un dossier sur les
managers de magasin qui se reconvertissent dans les ressources humaines, et
votre témoignage, qui m'a été recommandé par Talentis Conseil, nous
intéresserait beaucoup.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par
téléphone ou en visio, d'ici le 15 octobre ? L'entretien peut se faire en
anglais si vous préférez.

Bien cordialement,

Camille Renaud
Journaliste – Commerce & Talents
06 48 96 01 22
""",
})

# 158 -- French out-of-office
add({
    "scenario": "reponse_automatique_absente", "kind": "other", "company": "",
    "contact": "sophie.garnier@galeries-beaumarchais.example.fr", "lang": "fr",
    "sender": ("Sophie Garnier", "sophie.garnier@galeries-beaumarchais.example.fr"),
    "subject": "Réponse automatique : Re: Promesse d'embauche – HR Business Partner Magasins",
    "date": "2026-03-06T12:01:09+01:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "in_reply_to": hannah_mid("beaumarchais-question"),
    "body": """\
Bonjour,

Je suis absente du bureau jusqu’au lundi 16 mars inclus, avec un accès limité
à ma messagerie.

Pour toute question urgente concernant un recrutement, merci de contacter
recrutement@galeries-beaumarchais.example.fr.

Cordialement,
Sophie Garnier
""",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
})

# 159 -- rental file refused by a Paris estate agent
add({
    "scenario": "dossier_location_refuse", "kind": "other", "company": "",
    "contact": "m.lefort@agence-oberkampf.example.fr", "lang": "fr",
    "sender": ("Mathieu Lefort", "m.lefort@agence-oberkampf.example.fr"),
    "subject": "Votre dossier - appartement rue Oberkampf",
    "date": "2026-04-01T17:48:22+02:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """\
Bonjour Madame,

Je reviens vers vous concernant le deux-pièces du 112 rue Oberkampf.

Malheureusement, le propriétaire a retenu un autre dossier, dont les garants
sont domiciliés en France. Votre candidature n'a donc pas pu aboutir pour ce
logement.

N'hésitez pas à me dire si vous souhaitez que je vous envoie d'autres biens
correspondant à vos critères ; nous en rentrons plusieurs chaque semaine.

Bien à vous,

Mathieu Lefort
Agence Oberkampf Immobilier
01 84 96 07 75
""",
})

# 160 -- bank: loan refused (French)
add({
    "scenario": "pret_refuse_banque", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Banque Lumière", "ne-pas-repondre@banque-lumiere.example.fr"),
    "subject": "Votre demande de prêt personnel",
    "date": "2026-04-17T15:31:48+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Madame,",
            "Vous avez sollicité un prêt personnel de 8 000 € et nous vous remercions de votre confiance.",
            "Après étude de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas "
            "donner une suite favorable à votre demande, vos revenus étant perçus hors de France à ce jour.",
            "Votre conseiller reste à votre disposition depuis votre espace client.",
            "Nous vous prions d'agréer, Madame, nos salutations distinguées.<br>Le Service Crédit",
        ),
        title="Banque Lumière", logo_src="https://www.banque-lumiere.example.fr/img/logo.png",
        logo_alt="Banque Lumière", accent="#f59e0b",
        footer="Banque Lumière SA au capital de 120 000 000 € – RCS Paris 552 118 990 – ORIAS 07 011 223.<br>"
               "Ce message est envoyé automatiquement, merci de ne pas y répondre.",
        pixel_src=pixel("mail.banque-lumiere.example.fr", "pret-open"),
    ),
})

# 161 -- train delayed, live position
add({
    "scenario": "train_retard_position", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Rail Express Voyageurs", "info-trafic@railexpress.example.fr"),
    "subject": "Votre train 9037 a du retard",
    "date": "2026-02-11T09:02:33+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        paras(
            "Bonjour Hannah,",
            "Votre train <b>9037 Londres St Pancras → Paris Nord</b> du 11 février circule avec un retard "
            "estimé de <b>35 minutes</b> en raison d'un incident technique sur la voie.",
            "Arrivée prévue : 12h52 au lieu de 12h17.",
            f'<a href="{track("go.railexpress.example.fr", "re-position")}" style="color:#0369a1;">Suivre la position du train en temps réel</a>',
            "Vous pourrez demander une compensation dans votre espace client dès votre arrivée.",
        ),
        footer="Rail Express Voyageurs – message automatique, merci de ne pas répondre.",
        accent="#0369a1", pixel_src=pixel("go.railexpress.example.fr", "re-open"),
    ),
})

# 162 -- the candidate's own thank-you mail (French)
add({
    "scenario": "envoye_remerciement_fr", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ME,
    "to": [("Sophie Garnier", "sophie.garnier@galeries-beaumarchais.example.fr")],
    "cc": [("Arnaud Pétrel", "arnaud.petrel@galeries-beaumarchais.example.fr")],
    "subject": "Merci pour l'entretien",
    "date": "2026-02-11T17:20:05+01:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": hannah_mid("beaumarchais-merci-envoye"),
    "body": """\
Madame Garnier, Monsieur Pétrel,

Je tenais à vous remercier pour l'entretien de cet après-midi et pour le temps
que vous m'avez consacré. La présentation du projet de transformation des
magasins m'a beaucoup intéressée et confirme mon envie de rejoindre vos équipes.

Je reste bien entendu à votre disposition pour tout complément d'information.

Bien cordialement,
Hannah Kowalczyk-Reid
""",
})

# ================================================================== Spanish
# 163 -- job alert (Spanish)
add({
    "scenario": "alertas_empleo_es", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Trabajalia Alertas", "alertas@trabajalia.example.com"),
    "subject": "Nuevas ofertas para ti: Técnico de RR. HH. (6)",
    "date": "2026-07-20T08:00:00+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        '<p style="font-weight:600;margin:0 0 12px 0;">Hola, Hannah: tenemos 6 ofertas nuevas que encajan con tu alerta</p>\n'
        + "\n".join(
            f'<p style="margin:0 0 10px 0;"><a href="{track("clk.trabajalia.example.com", "es-" + slug)}" '
            f'style="color:#e76f51;font-weight:600;text-decoration:none;">{puesto}</a><br>'
            f'<span style="color:#666;font-size:13px;">{empresa} · {lugar}</span></p>'
            for slug, puesto, empresa, lugar in [
                ("1", "Técnico/a de Selección – retail", "Moda Alborán", "Madrid"),
                ("2", "HR Business Partner (inglés alto)", "Logística Tajo", "Getafe"),
                ("3", "Responsable de Personas – hostelería", "Grupo Gastronómico Lonja", "Barcelona"),
            ]
        )
        + f'\n<p><a href="{track("clk.trabajalia.example.com", "es-todas")}" style="color:#e76f51;">Ver las 6 ofertas</a></p>',
        footer="Recibes este correo porque creaste una alerta en Trabajalia. "
               f'<a href="{track("clk.trabajalia.example.com", "es-baja")}" style="color:#8a8a99;">Darse de baja</a>',
        accent="#e76f51", pixel_src=pixel("clk.trabajalia.example.com", "es-open"),
    ),
    "headers": list_headers("<alertas.trabajalia.example.com>",
                         "<https://clk.trabajalia.example.com/baja?a=rrhh>"),
})

# 164 -- Spanish friend about her own rejection
add({
    "scenario": "amiga_rechazo", "kind": "other", "company": "", "contact": "lucia.ferrer.v@example.com", "lang": "es",
    "sender": ("Lucía Ferrer", "lucia.ferrer.v@example.com"),
    "subject": "Qué rabia...",
    "date": "2026-05-25T23:12:40+02:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("lucia-rechazo"),
    "body": """\
Hola guapa,

¿Te acuerdas de la entrevista que te conté para el hotel de la playa de la
Malvarrosa? Pues hoy me han escrito: "lamentamos comunicarle que ha sido
descartada". Tres entrevistas para esto. 😤

En fin, me voy a tomar una horchata y a seguir buscando. ¿Y tú qué tal con lo de
Londres? Cuéntame algo bueno, que lo necesito.

Besos desde Valencia,
Lucía
""",
})

# 165 -- Spanish out-of-office from the agency consultant
add({
    "scenario": "respuesta_automatica_es", "kind": "other", "company": "",
    "contact": "pablo.serrano@adecuatalento.example.com", "lang": "es",
    "sender": ("Pablo Serrano", "pablo.serrano@adecuatalento.example.com"),
    "subject": "Respuesta automática: RE: Entrevista con Viajes Solano",
    "date": "2026-06-08T18:30:02+02:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "in_reply_to": hannah_mid("adecua-respuesta"),
    "body": """\
Hola:

Estoy fuera de la oficina hasta el lunes 15 de junio, con acceso limitado al
correo. Responderé a tu mensaje a mi vuelta.

Si es urgente, puedes escribir a seleccion@adecuatalento.example.com.

Un saludo,
Pablo Serrano
Adecua Talento
""",
    "headers": [("Auto-Submitted", "auto-replied")],
})
