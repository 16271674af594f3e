"""Corpus 233, other: 52 hand-written messages (32 en, 7 de, 6 fr, 7 es).

Digests, newsletters, notifications, the candidate's own sent mail, auto-replies and
everyday mail that uses interview / appointment / position / offer words in another sense.
"""

from __future__ import annotations

from msgs233_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    CAND_SIG,
    add,
    ats_card,
    digest_html,
    digest_text,
    esc,
    forward_block,
    paras,
    plain_html,
    reply,
)

OTHER = "other"


def _digest(title, colour, intro, items, outro, footer):
    return dict(text=digest_text(title, intro, items, outro, footer),
                html=digest_html(title, colour, esc(intro), items, esc(outro), esc(footer)))


# X1 -- weekly job-alert digest with list headers --------------------------------------------
add(kind=OTHER, slug="jobboard_weekly_digest", lang="en",
    frm=("MedRepJobs", "alerts@medrepjobs.example.com"),
    subject="8 new medical sales jobs near Nottingham \u2013 your weekly alert",
    date="2026-01-12 06:30", tz="+0000",
    headers=[("List-Id", "MedRepJobs weekly alerts <weekly.alerts.medrepjobs.example.com>"),
             ("List-Unsubscribe", "<https://medrepjobs.example.com/u/9f2c1e>, "
              "<mailto:unsubscribe@medrepjobs.example.com?subject=9f2c1e>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    **_digest(
        "Your weekly MedRepJobs alert", "#0b5394",
        "Hi Priyanka, here are this week's new roles matching \"medical sales, Nottingham, 30 miles\".",
        [("Territory Manager \u2013 Derby & Burton (Corby & Weald)",
          "https://medrepjobs.example.com/j/20418",
          "£32k\u2013£36k + car. Closing 30 January. Interviews expected mid-February."),
         ("Hospital Liaison Representative (Hollybrook Generics)",
          "https://medrepjobs.example.com/j/20433", "East Midlands. Graduate or equivalent experience."),
         ("Associate Territory Manager (Kestrel Medtech)",
          "https://medrepjobs.example.com/j/20440", "West Midlands. Theatre experience an advantage."),
         ("Point-of-Care Sales Representative (via Trentside Healthcare)",
          "https://medrepjobs.example.com/j/20451", "Leicester. Diagnostics. £28k\u2013£31k."),
         ("Healthcare Development Manager (Fosse Healthcare Partners)",
          "https://medrepjobs.example.com/j/20462", "Contract sales. Video interview stage."),
         ("Dental Sales Executive (Northgate Dental Supplies)",
          "https://medrepjobs.example.com/j/20470", "Sheffield. Trade experience preferred."),
         ("Key Account Executive \u2013 Dermatology (Quenby)",
          "https://medrepjobs.example.com/j/20474", "Leicester. Hybrid."),
         ("Field Sales Executive \u2013 OTC (Brightwater)",
          "https://medrepjobs.example.com/j/20481", "East Midlands. Car + bonus.")],
        "Tip of the week: unfortunately most rejections come before anyone reads past your first "
        "six lines, so put your patient-facing numbers right at the top of your CV.",
        "You are receiving this because you created a job alert on MedRepJobs. "
        "Manage alerts: https://medrepjobs.example.com/alerts \u00b7 Unsubscribe: "
        "https://medrepjobs.example.com/u/9f2c1e"))

# X2 -- newsletter about rejection statistics, HTML only ----------------------------------------
add(kind=OTHER, slug="newsletter_why_first_time_reps_get_rejected_html", lang="en",
    frm=("Field Force Insider", "newsletter@fieldforceinsider.example.com"),
    subject="Why most first-time reps get rejected (and what the rest do differently)",
    date="2026-02-19 07:00", tz="+0000",
    headers=[("List-Id", "Field Force Insider <insider.fieldforceinsider.example.com>"),
             ("List-Unsubscribe", "<https://fieldforceinsider.example.com/unsub?e=pdh>")],
    html=digest_html(
        "Field Force Insider \u2013 February", "#7f1d1d",
        "This month: we asked 40 sales managers why they reject candidates who have never "
        "worked in the field. The answers were surprisingly consistent.",
        [("\u201cNo evidence of targets\u201d: the number-one rejection reason",
          "https://fieldforceinsider.example.com/a/targets",
          "Pharmacy and retail staff hit targets every day. Say so, with numbers."),
         ("The second-interview presentation: five mistakes",
          "https://fieldforceinsider.example.com/a/presentation",
          "From 40-slide decks to forgetting to ask for the business."),
         ("Offer negotiation for new reps: is the car allowance negotiable?",
          "https://fieldforceinsider.example.com/a/offers",
          "Usually not, but the start date and bonus guarantee often are."),
         ("Job of the week: Ophthalmic Sales Representative, Derby",
          "https://fieldforceinsider.example.com/jobs/sorrel", "Assessment centre in March.")],
        "See you next month. Reply to this newsletter? Sorry, this address doesn't accept replies.",
        "Field Force Insider, 20 Fletcher Gate, Nottingham NG1 2FZ. "
        "<a href=\"https://fieldforceinsider.example.com/unsub?e=pdh\">Unsubscribe</a>"))

# X3 -- professional network notification: profile views ---------------------------------------------
_x3 = """\
Hi Priyanka,

Your profile was viewed by 6 people this week.

- A Talent Partner at Kestrel Medtech
- A Senior Consultant at Marlow & Pike Recruitment
- 4 others, including people at Halvern Pharma and Sentinel Cardio

Recruiters are 3x more likely to contact members whose profile says they're open to new positions.

See all viewers: https://www.pronetwork.example.com/me/profile-views"""
add(kind=OTHER, slug="network_profile_views", lang="en",
    frm=("ProNetwork", "notifications-noreply@pronetwork.example.com"),
    subject="Priyanka, your profile was viewed by 6 people",
    date="2026-03-08 09:14", tz="+0000",
    headers=[("List-Unsubscribe", "<https://www.pronetwork.example.com/settings/email>")],
    text=_x3 + "\n",
    html=ats_card("ProNetwork", "#0a66c2", paras(_x3),
                  "You're receiving notification emails from ProNetwork. "
                  "Unsubscribe \u00b7 Help \u00b7 ProNetwork Ltd, Dublin 2, Ireland"))

# X4 -- career-advice article --------------------------------------------------------------------------
add(kind=OTHER, slug="career_advice_why_sales_question", lang="en",
    frm=("From Pharmacy to Pharma", "newsletter@pharmacytopharma.example.blog"),
    subject="How to answer \"Why do you want to move into sales?\"",
    date="2026-04-05 08:00",
    headers=[("List-Id", "From Pharmacy to Pharma <pharmacytopharma.example.blog>"),
             ("List-Unsubscribe", "<https://pharmacytopharma.example.blog/unsubscribe/31d7>")],
    text="""\
FROM PHARMACY TO PHARMA \u2013 issue 37

How to answer "Why do you want to move into sales?"

Almost every first interview for a medical rep role includes this question, and it's where a lot of pharmacy people lose the panel. "I want a company car" and "I'm bored of the counter" are honest, but they're not answers.

A structure that works:

1. What you already do that is sales: recommending, persuading, dealing with objections from prescribers.
2. A result: "I grew our NMS consultations from 12 to 40 a month."
3. Why now: you want to influence more patients by working with many practices rather than one.

Don't worry if you've already had a rejection or two using the old answer. Hiring managers see hundreds of candidates; the next panel won't know.

Next week: what to do when an offer comes in lower than you hoped.

Read on the web: https://pharmacytopharma.example.blog/p/why-sales
Unsubscribe: https://pharmacytopharma.example.blog/unsubscribe/31d7
""")

# X5 -- podcast interview request ---------------------------------------------------------------------------
add(kind=OTHER, slug="podcast_guest_interview_request", lang="en",
    contact="marcia@countertalkpod.example.co.uk",
    frm=("Marcia Bell", "marcia@countertalkpod.example.co.uk"),
    subject="Guest spot on Counter Talk? (pharmacy careers podcast)",
    date="2026-05-03 20:41",
    text="""\
Hi Priyanka,

I host Counter Talk, a small podcast for pharmacy teams in the Midlands (about 3,000 listeners a month). A friend of yours, Becky Hollis, mentioned you're making the jump from the dispensary into medical sales, and I'd love to interview you for an episode about career changes.

It would be a relaxed 40-minute recorded conversation over Zoom, whenever suits you in the next month or so. No pressure at all if the timing isn't right while you're job hunting.

Thanks,
Marcia Bell
Counter Talk Podcast
countertalkpod.example.co.uk
""")

# X6 -- press interview request ------------------------------------------------------------------------------
add(kind=OTHER, slug="newspaper_interview_request", lang="en",
    contact="l.okafor@eveningcourier.example.co.uk",
    frm=("Leon Okafor", "l.okafor@eveningcourier.example.co.uk"),
    subject="Nottingham Evening Courier \u2013 pharmacy staffing piece",
    date="2026-02-03 13:12",
    text="""\
Dear Priyanka,

I'm a health reporter at the Nottingham Evening Courier, writing about staff shortages in community pharmacies across the city. Your pharmacy manager suggested you might be willing to speak to me about what a typical week looks like behind the counter.

Would you be happy to do a short interview, either by phone or in person? Anything you say can be anonymous if you prefer. My deadline is Friday 13 February.

Best wishes,
Leon Okafor
Health Reporter, Nottingham Evening Courier
0115 496 0100 (newsdesk)
""")

# X7 -- user-research interview invitation ---------------------------------------------------------------------
add(kind=OTHER, slug="user_research_interview_voucher", lang="en",
    contact="ollie.grant@medrepjobs.example.com",
    frm=("Ollie Grant (MedRepJobs Research)", "ollie.grant@medrepjobs.example.com"),
    subject="Help us improve MedRepJobs \u2013 30-minute research interview (£30 voucher)",
    date="2026-04-21 11:30",
    text="""\
Hi Priyanka,

I'm a user researcher at MedRepJobs. You've been using our job alerts for a few months, and we'd love to hear how you search for roles and what gets in your way.

We're running 30-minute research interviews over video between 4 and 15 May. You'll chat with me about your experience of the site; there are no right or wrong answers, and we're not assessing you for any job. As a thank-you, you'll get a £30 shopping voucher.

If you'd like to take part, just reply and I'll send you a booking link.

Thanks,
Ollie Grant
User Researcher, MedRepJobs
""")

# X8 -- courier live position --------------------------------------------------------------------------------------
_x8 = """\
Hi Priyanka,

Your parcel from Office Direct is on its way.

Your driver, Kev, is currently 3 stops away. His live position is updated every minute on the map below.

Estimated arrival: 13:40 \u2013 14:40

Track live: https://parcelpath.example.co.uk/track/PP82610044GB

You can't reply to this message."""
add(kind=OTHER, slug="courier_driver_live_position", lang="en",
    frm=("ParcelPath", "notifications@parcelpath.example.co.uk"),
    subject="Kev is 3 stops away \u2013 see his live position",
    date="2026-03-19 12:52",
    text=_x8 + "\n",
    html=ats_card("ParcelPath", "#ea580c", paras(_x8), "ParcelPath Ltd, Castle Donington DE74 2SA",
                  button=("Track live", "https://parcelpath.example.co.uk/track/PP82610044GB")))

# X9 -- package delayed, "unfortunately" ------------------------------------------------------------------------------
add(kind=OTHER, slug="package_delayed_unfortunately", lang="en",
    frm=("ParcelPath", "no-reply@parcelpath.example.co.uk"),
    subject="Your package is delayed",
    date="2026-09-02 17:03",
    text="""\
Hi Priyanka,

Unfortunately your package (PP83115902GB) from Smart Shoes Direct has been delayed due to high volumes at our Nottingham depot. We're sorry for the inconvenience.

New estimated delivery: Friday 4 September.

You don't need to do anything. If your package has not arrived by then, you can request a refund from the retailer.

ParcelPath Customer Care
This is an automated email; please do not reply.
""")

# X10 -- friend telling about her own rejection ----------------------------------------------------------------------
add(kind=OTHER, slug="friend_tells_of_her_own_rejection", lang="en",
    contact="sophie.adeyemi@postbox.example.co.uk",
    frm=("Sophie Adeyemi", "sophie.adeyemi@postbox.example.co.uk"),
    subject="ugh",
    date="2026-04-23 22:17",
    text="""\
Pri,

Just heard back from the store manager job at the Victoria Centre. They said no. "We have decided to proceed with other candidates" after THREE interviews and a trial shift. I could scream.

Anyway how are you getting on? Did you hear from the diagnostics lot in Leicester? Fingers crossed for you at least.

Wine Saturday? I'll bring crisps, you bring the sympathy.

Soph x
""")

# X11 -- candidate's own thank-you to Halvern (sent mail) ----------------------------------------------------------------
add(kind=OTHER, slug="sent_thank_you_after_halvern_interview", lang="en", key="hal_thanks",
    frm=CAND, to=[("Gemma Sutcliffe", "gemma.sutcliffe@halvernpharma.example.co.uk")],
    cc=[("Alistair Moyo", "alistair.moyo@halvernpharma.example.co.uk")],
    subject="Thank you \u2013 interview for Medical Sales Representative",
    date="2026-09-18 18:26", parent="hal_move",
    text=f"""\
Dear Gemma and Alistair,

Thank you both for your time this afternoon. I really enjoyed our conversation, especially hearing how the team supports practices with the new diabetes pathway, and it confirmed how much I would like to join Halvern.

If there's anything else you need from me, please let me know.

Kind regards,

{CAND_SIG}
""")

# X12 -- candidate's own application email to the agency, CV attached -----------------------------------------------------
add(kind=OTHER, slug="sent_cv_to_agency_pdf", lang="en", key="cv_trentside",
    frm=CAND, to=[("Joanne Pickering", "joanne.pickering@trentside-recruit.example.co.uk")],
    subject="Medical sales roles \u2013 CV attached",
    date="2026-02-16 21:02",
    text="""\
Dear Joanne,

I saw your post about medical sales roles in the East Midlands and would love to be considered. I've been a pharmacy assistant in Nottingham for six years, the last two as a dispenser and team lead, and I'm now looking to move into medical sales.

My CV is attached. I'm happy to travel across Leicestershire, Derbyshire and Nottinghamshire and hold a full driving licence.

Kind regards,
Priyanka Delacroix-Hughes
07700 900418
""",
    attach=[dict(type="pdf", filename="Priyanka_Delacroix-Hughes_CV.pdf",
                 title="Priyanka Delacroix-Hughes - Curriculum Vitae",
                 lines=["Nottingham | 07700 900418 | priyanka.dh@example.co.uk",
                        "2020-2026 Pharmacy Assistant / Dispenser, Arboretum Pharmacy, Nottingham",
                        "NVQ Level 3 Pharmacy Services; Full UK driving licence",
                        "Languages: English (native), French (fluent), German (good), Spanish (basic)"])])

# X13 -- candidate's own reschedule request to Loxley ------------------------------------------------------------------------
_lox_inv_quote = """\
Hello Priyanka,

Thank you for your application. I'd like to invite you to interview for the Territory Sales Executive position covering South Yorkshire and north Derbyshire.

We'd see you on Wednesday 17 June at 11:00 at our office at Unit 3, Don Valley Works, Attercliffe Road, Sheffield S9 3RS.

Please reply to confirm you can attend.

Regards,
Craig Dunmore"""
add(kind=OTHER, slug="sent_request_to_move_interview", lang="en", key="lox_req",
    frm=CAND, to=[("Craig Dunmore", "craig.dunmore@loxleymedical.example.co.uk")],
    subject="Re: Interview \u2013 Territory Sales Executive (South Yorkshire & Derbyshire)",
    date="2026-06-11 07:58", parent="lox_inv",
    text=reply("""\
Dear Craig,

Thank you very much for the invitation. I'm really pleased to have been selected.

Unfortunately I'm the only accredited pharmacy technician rostered at work on Wednesday 17th and can't get cover at this short notice. Would it be possible to come in on Thursday 18th or Friday 19th instead? I'm free at any time on either day.

Apologies for the inconvenience.

Kind regards,
Priyanka""", "en", "Craig Dunmore", "craig.dunmore@loxleymedical.example.co.uk",
        "Wed, 10 Jun 2026 at 16:11", _lox_inv_quote))

# X14 -- candidate forwards the agency's offer mail to her mum (message/rfc822) ----------------------------------------------
add(kind=OTHER, slug="sent_forward_offer_to_mum_rfc822", lang="en",
    frm=CAND, to=[("Mum", "anjali.dh@postbox.example.co.uk")],
    subject="Fwd: Brindle \u2013 great news!!",
    date="2026-03-24 19:40",
    text="""\
Mum,

Look!! Forwarding Joanne's email below. I haven't said yes yet, the money is a bit less than I hoped and it's a lot of driving. Can I ring you tonight to talk it through?

P x
""",
    attach=[dict(type="eml", frm=("Joanne Pickering", "joanne.pickering@trentside-recruit.example.co.uk"),
                 to=CAND, subject="Brindle - great news!!", date="2026-03-24 13:02",
                 text="""\
Hi Priyanka,

Kieran has just called me and Brindle Diagnostics want to make you an offer for the Point-of-Care Sales Representative role!

Headline terms: £29,000 basic, £4,500 car allowance, up to £5,000 on-target bonus.

Congratulations!
Joanne
""")])

# X15 -- candidate declines the Brindle offer (own mail) ---------------------------------------------------------------------
add(kind=OTHER, slug="sent_decline_offer_to_agency", lang="en",
    frm=CAND, to=[("Joanne Pickering", "joanne.pickering@trentside-recruit.example.co.uk")],
    subject="RE: Brindle \u2013 great news!!",
    date="2026-03-27 09:15", parent="tre_offer",
    text=f"""\
Hi Joanne,

Thank you so much for everything you've done on this, and please thank Kieran too.

After a lot of thought I've decided not to accept Brindle's offer. With the mileage on that patch, the package works out below what I'd need to make the move from the pharmacy, and they weren't able to move on the basic. I'm sorry, I know you pushed hard for me.

I'd still love to hear about other roles, especially anything nearer Nottingham.

Best wishes,

{CAND_SIG}
""")

# X16 -- candidate accepts Halvern's offer, quoting it (own mail) --------------------------------------------------------------
add(kind=OTHER, slug="sent_accept_offer_quoting_it", lang="en",
    frm=CAND, to=[("Gemma Sutcliffe", "gemma.sutcliffe@halvernpharma.example.co.uk")],
    subject="Re: Offer of employment \u2013 Medical Sales Representative",
    date="2026-10-05 08:03", parent="hal_offer",
    text=reply("""\
Dear Gemma,

Thank you, I'm thrilled! I'm very happy to accept the offer and can confirm a start date of Monday 2 November. I'll send my referees' details today.

Kind regards,
Priyanka""", "en", "Gemma Sutcliffe", "gemma.sutcliffe@halvernpharma.example.co.uk",
        "Fri, 2 Oct 2026 at 15:10", """\
Dear Priyanka,

Following your interview on 18 September, I am delighted to offer you the position of Medical Sales Representative \u2013 Nottingham & Derby with Halvern Pharma.

Your offer letter is attached and sets out the main terms.

Please confirm whether you accept by replying to this email by Friday 9 October.

Kind regards,
Gemma Sutcliffe"""))

# X17 -- head-hunter's cold approach, no event -----------------------------------------------------------------------------------
add(kind=OTHER, slug="headhunter_cold_approach", lang="en",
    contact="ben.lacey@pinnacle-ls.example.co.uk",
    frm=("Ben Lacey", "ben.lacey@pinnacle-ls.example.co.uk"),
    subject="Medical sales in the Midlands",
    date="2026-07-28 08:47",
    text="""\
Hi Priyanka,

I hope you don't mind the direct approach. I came across your profile on ProNetwork and noticed you're looking to move from community pharmacy into medical sales.

I run the Midlands desk at Pinnacle Life Science Search and work with a handful of medtech and specialty pharma companies across Birmingham, Derby and Leicester. I don't have a specific vacancy for you today, but new-to-industry positions do come up with some of my clients a few times a year.

If it would be useful, I'm happy to keep your details on file and let you know when something relevant lands.

Best,
Ben Lacey
Associate Director, Pinnacle Life Science Search
07700 900702
""")

# X18 -- building society: "mortgage interview" -------------------------------------------------------------------------------------
_x18 = """\
Dear Ms Delacroix-Hughes,

Thank you for booking your mortgage interview with one of our advisers.

Date: Tuesday 12 May 2026
Time: 17:30
Where: Trent Valley Building Society, 14 Long Row, Nottingham NG1 2DH

Please bring photo ID, your last three payslips and three months of bank statements. If your employment position changes before the appointment, for example if you start a new job, please let your adviser know as it may affect the amount you can borrow.

Trent Valley Building Society
This mailbox is not monitored."""
add(kind=OTHER, slug="building_society_mortgage_interview", lang="en",
    frm=("Trent Valley Building Society", "no-reply@trentvalley-bs.example.co.uk"),
    subject="Your mortgage interview is booked",
    date="2026-04-30 10:05",
    text=_x18 + "\n", html=plain_html(paras(_x18)))

# X19 -- letting agent: inspection rescheduled, 3-level chain -----------------------------------------------------------------------
_x19_old2 = """\
Dear Priyanka,

Our routine inspection of 22 Forest Road, Flat 4, is booked for Thursday 9 July between 10:00 and 12:00. You don't need to be present.

Regards,
Kerry"""
_x19_old1 = reply("""\
Hi Kerry,

Could the inspection be in the afternoon? I'd rather be there and I'm at an interview in Birmingham that morning.

Thanks,
Priyanka""", "en", "Kerry Osei", "kerry@hockleylettings.example.co.uk",
    "Mon, 29 Jun 2026 at 11:02", _x19_old2)
add(kind=OTHER, slug="letting_agent_inspection_moved_chain", lang="en",
    contact="kerry@hockleylettings.example.co.uk",
    frm=("Kerry Osei", "kerry@hockleylettings.example.co.uk"),
    subject="Re: Property inspection \u2013 22 Forest Road, Flat 4",
    date="2026-06-30 09:40", parent="ext:inspection_ask",
    text=reply("""\
Hi Priyanka,

No problem. Unfortunately the afternoon of the 9th is full, so I've moved your inspection to Monday 13 July at 15:00. Good luck with the interview!

Kerry Osei
Property Manager
Hockley Lettings, 5 Goose Gate, Nottingham NG1 1FE
0115 496 0912""", "en", CAND_NAME, CAND_ADDR, "Mon, 29 Jun 2026 at 18:20", _x19_old1))

# X20 -- school: volunteers for mock interviews ----------------------------------------------------------------------------------------
add(kind=OTHER, slug="school_mock_interview_volunteers", lang="en",
    contact="r.hinds@bluecoat-academy.example.sch.uk",
    frm=("Rosalind Hinds", "r.hinds@bluecoat-academy.example.sch.uk"),
    subject="Year 11 mock interview morning \u2013 could you help?",
    date="2026-01-26 16:05",
    text="""\
Dear Priyanka,

Thank you for coming to our careers fair last year. On Wednesday 11 February we're holding our Year 11 mock interview morning, and we're short of volunteers from health and science careers.

Each volunteer interviews four or five students for 15 minutes each, using questions we provide, then gives them some friendly feedback. It runs from 9:00 to 12:00 and tea and biscuits are guaranteed.

Could you spare the morning? A quick reply either way would be lovely.

Best wishes,
Mrs R. Hinds
Careers Lead, Bluecoat Academy, Nottingham
""")

# X21 -- GP surgery: appointment cancelled ----------------------------------------------------------------------------------------------
add(kind=OTHER, slug="gp_appointment_cancelled", lang="en",
    frm=("Mapperley Park Medical Practice", "noreply@mapperleypark-gp.example.nhs.uk"),
    subject="Your appointment has been cancelled",
    date="2026-05-18 08:11",
    text="""\
Dear Priyanka Delacroix-Hughes,

Unfortunately your appointment with Dr Kaye on Wednesday 20 May at 09:10 has had to be cancelled because the clinician is unwell. We apologise for any inconvenience.

Please rebook through the NHS App or by calling the surgery on 0115 496 0460 after 08:00.

Mapperley Park Medical Practice
Please do not reply to this message.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# X22 -- recruiter's out-of-office auto-reply -------------------------------------------------------------------------------------------
add(kind=OTHER, slug="out_of_office_agency_consultant", lang="en",
    contact="joanne.pickering@trentside-recruit.example.co.uk",
    frm=("Joanne Pickering", "joanne.pickering@trentside-recruit.example.co.uk"),
    subject="Automatic reply: Cavendale \u2013 interview prep questions",
    date="2026-04-08 14:02",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""\
Thank you for your email. I'm on annual leave until Tuesday 14 April with limited access to email.

If your message is about an interview that is happening this week, please call the Trentside office on 0115 496 0627 and a colleague will help.

Kind regards,
Joanne Pickering
Trentside Healthcare Recruitment
""")

# X23 -- MSc admission refusal -------------------------------------------------------------------------------------------------------------
add(kind=OTHER, slug="msc_place_not_offered", lang="en",
    frm=("Sherwood University Admissions", "admissions-noreply@sherwood-uni.example.ac.uk"),
    subject="Your application: MSc Pharmaceutical Marketing (part-time)",
    date="2026-06-12 12:00",
    text="""\
Dear Priyanka,

Application ID: 2603318

Thank you for applying for the MSc Pharmaceutical Marketing (part-time) starting September 2026.

We regret that we are unable to offer you a place on this course. The programme was heavily oversubscribed this year and places were offered to applicants holding a relevant honours degree.

You may wish to consider our Postgraduate Certificate in Healthcare Sales, which accepts applicants with professional experience. Details are on our website.

Yours sincerely,
Postgraduate Admissions Office
Sherwood University
""")

# X24 -- webinar / virtual careers fair marketing --------------------------------------------------------------------------------------------
add(kind=OTHER, slug="virtual_careers_fair_promo", lang="en",
    frm=("Medical Sales Careers Live", "newsletter@medsalescareers.example.com"),
    subject="Meet 20 hiring managers next Thursday \u2013 free virtual careers fair",
    date="2026-05-07 07:45", tz="+0000",
    headers=[("List-Id", "Med Sales Careers events <events.medsalescareers.example.com>"),
             ("List-Unsubscribe", "<https://medsalescareers.example.com/unsub/ff12>")],
    **_digest(
        "Medical Sales Careers Live \u2013 Thursday 14 May", "#6d28d9",
        "Join our free virtual fair: chat with hiring managers, get a CV review, and book "
        "speed-interview slots with exhibitors.",
        [("Speed interviews with exhibitors", "https://medsalescareers.example.com/live/speed",
          "10-minute video slots; book in advance, first come first served."),
         ("Panel: from pharmacy counter to territory manager",
          "https://medsalescareers.example.com/live/panel", "Three reps share how they landed an offer."),
         ("CV clinic", "https://medsalescareers.example.com/live/cv",
          "Why was my application rejected? Recruiters answer live.")],
        "Register now \u2013 places are limited.",
        "Medical Sales Careers Live, Birmingham B1 1AA. Unsubscribe: "
        "https://medsalescareers.example.com/unsub/ff12"))

# X25 -- professional association: renewal -------------------------------------------------------------------------------------------------
add(kind=OTHER, slug="association_membership_renewal", lang="en",
    frm=("Pharmacy Support Staff Association", "no-reply@pssa.example.org.uk"),
    subject="Renew your PSSA membership before 31 March",
    date="2026-03-02 10:00", tz="+0000",
    headers=[("List-Unsubscribe", "<https://pssa.example.org.uk/prefs>")],
    text="""\
Dear Priyanka,

Your PSSA membership expires on 31 March 2026.

Renew now to keep your CPD record, legal helpline and the members' jobs board. If your position has changed this year, for example if you're moving into an industry role, you can switch to Associate membership at the reduced rate of £28.

Renew: https://pssa.example.org.uk/renew

With best wishes,
Membership Team, Pharmacy Support Staff Association
""")

# X26 -- mum forwards an interview-tips article inline --------------------------------------------------------------------------------------
add(kind=OTHER, slug="mum_forwards_interview_tips", lang="en",
    contact="anjali.dh@postbox.example.co.uk",
    frm=("Anjali Delacroix-Hughes", "anjali.dh@postbox.example.co.uk"),
    subject="Fwd: 10 interview mistakes that cost you the job",
    date="2026-09-14 07:22",
    text="""\
Morning love, saw this and thought of you before Wednesday. Number 7 is definitely your dad! Good luck, Mum xx

""" + forward_block("en", "The Weekend Gazette <newsletter@weekendgazette.example.co.uk>",
                    "Sat, 12 Sept 2026 at 06:00", "10 interview mistakes that cost you the job",
                    "anjali.dh@postbox.example.co.uk", """\
10 interview mistakes that cost you the job

1. Arriving too early (more than 10 minutes) and hovering in reception.
2. Not researching the company's products.
3. Talking over the interviewer.
...
7. Answering "What's your biggest weakness?" with "I'm a perfectionist".
...
10. Forgetting to ask a question at the end. "When will I hear whether I've got the job?" doesn't count.

Read the full article: https://weekendgazette.example.co.uk/careers/interview-mistakes"""))

# X27 -- candidate experience survey -------------------------------------------------------------------------------------------------------
add(kind=OTHER, slug="candidate_experience_survey", lang="en",
    frm=("Kestrel Medtech via SurveyLoop", "no-reply@surveyloop.example.com"),
    subject="How was your interview experience with Kestrel Medtech?",
    date="2026-02-10 10:00", tz="+0000",
    text="""\
Hi Priyanka,

You recently interviewed with Kestrel Medtech. Whatever the outcome, we'd like to know how the process felt from your side.

The survey takes 2 minutes and is anonymous: https://surveyloop.example.com/s/kestrel-candidate?r=84c1

Thank you!

SurveyLoop, on behalf of Kestrel Medtech
Unsubscribe from surveys: https://surveyloop.example.com/optout
""")

# X28 -- saved job closing soon -----------------------------------------------------------------------------------------------------------------
add(kind=OTHER, slug="saved_job_closing_soon", lang="en",
    frm=("MedRepJobs", "alerts@medrepjobs.example.com"),
    subject="A job you saved closes in 2 days",
    date="2026-06-16 18:00", tz="+0000",
    headers=[("List-Unsubscribe", "<https://medrepjobs.example.com/u/9f2c1e>")],
    html=ats_card("MedRepJobs", "#0b5394", paras("""\
Hi Priyanka,

Don't miss out: Product Specialist (Endoscopy) at Veltra Medical closes on Thursday 18 June.

Leicester, Nottingham & Derby \u00b7 £38k\u2013£42k + bonus

You saved this job 12 days ago but haven't applied yet."""),
        "MedRepJobs \u00b7 Manage alerts \u00b7 Unsubscribe",
        button=("Apply now", "https://medrepjobs.example.com/j/21187")))

# X29 -- network: congratulate on new position -------------------------------------------------------------------------------------------------
add(kind=OTHER, slug="network_congratulate_new_position", lang="en",
    frm=("ProNetwork", "notifications-noreply@pronetwork.example.com"),
    subject="Congratulate Becky Hollis on her new position",
    date="2026-01-30 12:15", tz="+0000",
    text="""\
Becky Hollis started a new position as Account Manager at Peakland Medical Supplies.

Say congrats: https://www.pronetwork.example.com/feed/update/7712

Also this week in your network:
- Nadia Brookes shared a post: "We're hiring territory managers across the West Midlands!"
- 3 people you may know work at Halvern Pharma

Unsubscribe from network updates: https://www.pronetwork.example.com/settings/email
""")

# X30 -- current employer: appraisal interview -------------------------------------------------------------------------------------------------------
add(kind=OTHER, slug="current_employer_appraisal_interview", lang="en",
    contact="dilip.shah@arboretumpharmacy.example.co.uk",
    frm=("Dilip Shah", "dilip.shah@arboretumpharmacy.example.co.uk"),
    subject="Your annual appraisal",
    date="2026-02-20 19:30",
    text="""\
Hi Priyanka,

Just to let you know I've booked your annual appraisal interview for Thursday 5 March at 2pm in the consultation room. Please fill in the self-assessment form in the staff folder beforehand.

Also, can you cover Saturday the 7th? Jas is off.

Thanks,
Dilip
Arboretum Pharmacy
""")

# X31 -- gym induction cancelled --------------------------------------------------------------------------------------------------------------------
add(kind=OTHER, slug="gym_induction_cancelled", lang="en",
    frm=("Lace Market Fitness", "noreply@lacemarketfitness.example.co.uk"),
    subject="Booking cancelled: gym induction, Mon 19 Jan",
    date="2026-01-17 11:46",
    text="""\
Hi Priyanka,

Your gym induction on Monday 19 January at 18:00 has been cancelled because your instructor is unavailable. Sorry about that.

You can choose a new slot in the app under My Bookings.

Lace Market Fitness
This is an automated message.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# X32 -- job alert with no matches, "unfortunately" ------------------------------------------------------------------------------------------------------
add(kind=OTHER, slug="job_alert_no_new_matches", lang="en",
    frm=("JobsMidlands", "jobalerts@jobsmidlands.example.co.uk"),
    subject="Your alert \"medical sales Nottingham\": no new jobs this week",
    date="2026-08-10 06:05", tz="+0000",
    headers=[("List-Id", "JobsMidlands alerts <alerts.jobsmidlands.example.co.uk>"),
             ("List-Unsubscribe", "<https://jobsmidlands.example.co.uk/alerts/stop/5521>")],
    text="""\
Hi Priyanka,

Unfortunately, no new jobs matched your alert "medical sales Nottingham" this week.

Try widening your search:
- Increase your radius to 40 miles: https://jobsmidlands.example.co.uk/search?q=medical+sales&r=40
- Search "territory manager": https://jobsmidlands.example.co.uk/search?q=territory+manager
- Search "pharmaceutical representative": https://jobsmidlands.example.co.uk/search?q=pharmaceutical+representative

JobsMidlands
Stop this alert: https://jobsmidlands.example.co.uk/alerts/stop/5521
""")

# =========================================================================================
# German (7)
# =========================================================================================

# D1 -- out-of-office auto-reply ---------------------------------------------------------------
add(kind=OTHER, slug="abwesenheitsnotiz_personalreferentin", lang="de",
    contact="sabine.brueck@rheinmedic.example.de",
    frm=("Sabine Brück", "sabine.brueck@rheinmedic.example.de"), from_enc=("iso-8859-1", "Q"),
    subject="Automatische Antwort: Rückfrage zum Vertragsangebot",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-05-29 09:02",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an unsere Zentrale unter +49 221 4960 2200.

Mit freundlichen Grüßen
Sabine Brück
Rheinmedic GmbH
""")

# D2 -- German job-alert digest -----------------------------------------------------------------------
add(kind=OTHER, slug="stellenradar_neue_jobs_koeln", lang="de",
    frm=("StellenRadar", "jobmail@stellenradar.example.de"),
    subject="12 neue Jobs für „Pharmareferent Köln“",
    subject_enc=("utf-8", "Q"),
    date="2026-04-13 06:00",
    headers=[("List-Id", "StellenRadar Jobmail <jobmail.stellenradar.example.de>"),
             ("List-Unsubscribe", "<https://stellenradar.example.de/jobmail/abmelden?id=77c2>"),
             ("Precedence", "bulk")],
    **_digest(
        "Ihre StellenRadar-Jobmail", "#047857",
        "Guten Morgen Priyanka, diese neuen Stellen passen zu Ihrem Suchauftrag „Pharmareferent Köln“.",
        [("Medizinprodukteberater (m/w/d) – Rheinmedic GmbH, Köln",
          "https://stellenradar.example.de/job/551201", "Außendienst Region Köln/Düsseldorf, Dienstwagen."),
         ("Pharmareferentin (m/w/d) – Domblick Pharma AG, Köln/Bonn",
          "https://stellenradar.example.de/job/551233", "Sachkenntnis nach § 75 AMG erforderlich."),
         ("Fachberater Medizinprodukte Klinik – Medivent GmbH",
          "https://stellenradar.example.de/job/551240", "Auswahltag im August."),
         ("Vertriebsmitarbeiter Innendienst – Sanitätshaus Kölnberg",
          "https://stellenradar.example.de/job/551266", "Teilzeit möglich.")],
        "Tipp der Woche: Bereiten Sie sich auf das Vorstellungsgespräch vor, indem Sie drei "
        "Produkte des Unternehmens in eigenen Worten erklären können.",
        "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden: "
        "https://stellenradar.example.de/jobmail/abmelden?id=77c2"))

# D3 -- German career newsletter about rejections, HTML only ---------------------------------------------
add(kind=OTHER, slug="karriere_newsletter_absage_verarbeiten_html", lang="de",
    frm=("Karrierekompass", "newsletter@karrierekompass.example.de"),
    subject="Absage erhalten? So geht es weiter",
    date="2026-06-20 08:30",
    headers=[("List-Id", "Karrierekompass Newsletter <news.karrierekompass.example.de>"),
             ("List-Unsubscribe", "<https://karrierekompass.example.de/abmelden/e41a>")],
    html=digest_html(
        "Karrierekompass – Ausgabe Juni", "#1f2937",
        "Liebe Leserinnen und Leser, eine Absage nach dem Vorstellungsgespräch tut weh. "
        "In dieser Ausgabe zeigen wir, wie Sie daraus lernen.",
        [("Feedback erbitten: So fragen Sie richtig nach",
          "https://karrierekompass.example.de/feedback", "Drei Formulierungen, die Personaler gern beantworten."),
         ("Quereinstieg in den Pharma-Außendienst",
          "https://karrierekompass.example.de/quereinstieg", "Welche Qualifikationen wirklich zählen."),
         ("Gehaltsverhandlung beim ersten Angebot",
          "https://karrierekompass.example.de/gehalt", "Was beim Dienstwagen verhandelbar ist.")],
        "Viel Erfolg bei Ihrer Bewerbung! Ihr Karrierekompass-Team",
        "Karrierekompass, Breite Straße 20, 50667 Köln. "
        "<a href=\"https://karrierekompass.example.de/abmelden/e41a\">Newsletter abbestellen</a>"))

# D4 -- German bank: account-opening appointment moved ----------------------------------------------------------
add(kind=OTHER, slug="bank_beratungstermin_verschoben", lang="de",
    frm=("Rheinische Direktbank", "noreply@rheinische-direktbank.example.de"),
    subject="Ihr Beratungstermin zur Kontoeröffnung wurde verschoben",
    subject_enc=("iso-8859-1", "B"),
    date="2026-06-01 11:12", charset="iso-8859-1", cte="8bit",
    text="""\
Sehr geehrte Frau Delacroix-Hughes,

leider müssen wir Ihren Beratungstermin zur Eröffnung eines Girokontos verschieben. Ihr neuer Termin:

Donnerstag, 11. Juni 2026, 16:30 Uhr
Filiale Köln-Ehrenfeld, Venloer Straße 310

Bitte bringen Sie Ihren Reisepass und, falls vorhanden, Ihren Arbeitsvertrag oder die Meldebescheinigung mit. Die Positionen Ihres Antrags bleiben unverändert gespeichert.

Mit freundlichen Grüßen
Ihre Rheinische Direktbank

Dies ist eine automatisch erzeugte Nachricht.
""")

# D5 -- Cologne flat viewing cancelled ------------------------------------------------------------------------------
add(kind=OTHER, slug="hausverwaltung_besichtigung_abgesagt", lang="de",
    contact="m.schaefer@hv-domviertel.example.de",
    frm=("Martina Schäfer", "m.schaefer@hv-domviertel.example.de"), from_enc=("utf-8", "B"),
    subject="Besichtigung Wohnung Körnerstraße 18 – leider abgesagt",
    date="2026-06-04 14:55",
    text="""\
Guten Tag Frau Delacroix-Hughes,

leider muss ich die Besichtigung der Zweizimmerwohnung in der Körnerstraße 18 am Samstag absagen: Der Eigentümer hat die Wohnung bereits an einen Interessenten aus der ersten Besichtigungsrunde vergeben.

Ich habe Sie in unseren Verteiler für ähnliche Wohnungen in Ehrenfeld aufgenommen und melde mich, sobald etwas frei wird.

Mit freundlichen Grüßen
Martina Schäfer
Hausverwaltung Domviertel
Tel. +49 221 4960 5521
""")

# D6 -- German head-hunter cold approach ------------------------------------------------------------------------------
add(kind=OTHER, slug="headhunter_kontaktaufnahme", lang="de",
    contact="felix.brandt@medsearch-koeln.example.de",
    frm=("Felix Brandt", "felix.brandt@medsearch-koeln.example.de"),
    subject="Kurze Kontaktaufnahme",
    date="2026-07-20 10:40",
    text="""\
Hallo Frau Delacroix-Hughes,

ich bin über ProNetwork auf Ihr Profil aufmerksam geworden. Ihr Wechsel aus der Apotheke in den Vertrieb und Ihre Sprachkenntnisse sind für den Markt im Rheinland sehr interessant.

Ich bin Personalberater mit Schwerpunkt Medizintechnik und betreue mehrere Unternehmen zwischen Köln und Düsseldorf. Aktuell habe ich keine konkrete Vakanz für Sie, würde Ihr Profil aber gern in meinem Netzwerk vormerken, sofern Sie einverstanden sind.

Beste Grüße
Felix Brandt
MedSearch Köln
+49 221 4960 8890
""")

# D7 -- candidate's own German thank-you mail ------------------------------------------------------------------------------
add(kind=OTHER, slug="gesendet_dank_nach_gespraech", lang="de", key="rhe_thanks",
    frm=CAND, to=[("Sabine Brück", "sabine.brueck@rheinmedic.example.de")],
    to_enc=("iso-8859-1", "Q"),
    subject="Vielen Dank für das Gespräch",
    date="2026-05-13 08:41", parent="rhe_cancel",
    text="""\
Sehr geehrte Frau Brück,

herzlichen Dank für das angenehme Gespräch gestern mit Ihnen und Herrn Thelen. Die Einblicke in den Arbeitsalltag im Außendienst haben mich in meinem Wunsch bestärkt, Teil Ihres Teams zu werden.

Mit freundlichen Grüßen
Priyanka Delacroix-Hughes
""")

# =========================================================================================
# French (6)
# =========================================================================================

# F1 -- candidate's own application with CV (sent mail) -----------------------------------------
add(kind=OTHER, slug="envoye_candidature_vermandois_pdf", lang="fr", key="ver_apply",
    frm=CAND, to=[("Recrutement Laboratoires Vermandois", "recrutement@vermandois.example.fr")],
    subject="Candidature \u2013 Déléguée pharmaceutique Lille Métropole",
    date="2026-03-09 22:48",
    text="""\
Madame,

Je me permets de vous adresser ma candidature au poste de déléguée pharmaceutique pour le secteur Lille Métropole, publié sur votre site.

Assistante en pharmacie à Nottingham depuis six ans, je conseille chaque jour patients et prescripteurs et je souhaite mettre cette expérience au service de votre laboratoire. Je parle couramment français et je suis prête à m'installer à Lille.

Vous trouverez ci-joint mon CV et ma lettre de motivation.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Priyanka Delacroix-Hughes
""",
    attach=[dict(type="pdf", filename="CV_Priyanka_Delacroix-Hughes_FR.pdf",
                 title="Priyanka Delacroix-Hughes - CV",
                 lines=["Assistante en pharmacie, Nottingham (2020-2026)",
                        "Langues : anglais (langue maternelle), français (courant)",
                        "Permis B"])])

# F2 -- out-of-office auto-reply -----------------------------------------------------------------------
add(kind=OTHER, slug="reponse_automatique_absence", lang="fr",
    contact="mathilde.roussel@artois-talents.example.fr",
    frm=("Mathilde Roussel", "mathilde.roussel@artois-talents.example.fr"),
    subject="Réponse automatique : Disponibilités septembre",
    date="2026-08-11 16:20",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""\
Bonjour,

Je suis absente du cabinet jusqu'au lundi 24 août inclus. Je traiterai votre message à mon retour.

Pour toute question urgente concernant un entretien en cours, vous pouvez joindre l'accueil d'Artois Talents au 03 20 96 04 00.

Bien cordialement,
Mathilde Roussel
""")

# F3 -- French job alert --------------------------------------------------------------------------------
add(kind=OTHER, slug="alerte_emploi_delegue_lille", lang="fr",
    frm=("EmploiSanté Nord", "alertes@emploisante-nord.example.fr"),
    subject="Alerte emploi : 5 nouvelles offres « délégué médical Lille »",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-02-09 07:15",
    headers=[("List-Id", "Alertes EmploiSante Nord <alertes.emploisante-nord.example.fr>"),
             ("List-Unsubscribe", "<https://emploisante-nord.example.fr/desinscription/c83>")],
    **_digest(
        "Vos nouvelles offres", "#9333ea",
        "Bonjour Priyanka, voici les offres publiées cette semaine pour votre recherche.",
        [("Délégué(e) médical(e) CDI – Pharmaflandres, Lille-Roubaix-Tourcoing",
          "https://emploisante-nord.example.fr/o/88012", "Journée d'immersion terrain avant embauche."),
         ("Déléguée pharmaceutique – Laboratoires Vermandois, Lille Métropole",
          "https://emploisante-nord.example.fr/o/88025", "Entretiens prévus fin mars."),
         ("Technico-commercial(e) matériel médical – Nordmed Distribution",
          "https://emploisante-nord.example.fr/o/88031", "Lille / Douai, véhicule de service."),
         ("Attaché(e) commercial(e) DM – HDF Médical", "https://emploisante-nord.example.fr/o/88040",
          "Secteur Lille – Béthune."),
         ("Visiteur médical – CSO, secteur Arras", "https://emploisante-nord.example.fr/o/88047",
          "CDD 12 mois.")],
        "Conseil : relancez poliment une semaine après votre candidature ; un refus n'est "
        "jamais définitif pour un autre poste.",
        "Vous recevez cet e-mail car vous avez créé une alerte. Se désinscrire : "
        "https://emploisante-nord.example.fr/desinscription/c83"))

# F4 -- French newsletter about interview preparation -----------------------------------------------------
_f4 = """\
LE MAG DU DÉLÉGUÉ \u2013 n° 58

Réussir son entretien de visiteur médical

Le recruteur veut savoir trois choses : savez-vous convaincre, savez-vous vous organiser sur un secteur, et tiendrez-vous la distance ?

1. Préparez une présentation de deux minutes d'un produit que vous connaissez bien.
2. Connaissez les chiffres de votre secteur cible (nombre de médecins, d'officines).
3. Montrez que vous acceptez les refus : un médecin sur deux ne vous recevra pas.

À lire aussi : « Promesse d'embauche ou contrat : quelle différence ? »

Lire en ligne : https://magdudelegue.example.fr/n58
Se désabonner : https://magdudelegue.example.fr/desabonnement"""
add(kind=OTHER, slug="mag_reussir_entretien", lang="fr",
    frm=("Le Mag du Délégué", "lettre@magdudelegue.example.fr"), from_enc=("iso-8859-1", "Q"),
    subject="Réussir son entretien de visiteur médical",
    date="2026-03-16 06:45",
    headers=[("List-Unsubscribe", "<https://magdudelegue.example.fr/desabonnement>")],
    text=_f4 + "\n", html=plain_html(paras(_f4)))

# F5 -- friend tells of her own refusal -------------------------------------------------------------------------
add(kind=OTHER, slug="amie_raconte_son_refus", lang="fr",
    contact="camille.vandamme@courriel.example.fr",
    frm=("Camille Vandamme", "camille.vandamme@courriel.example.fr"),
    subject="Bof bof",
    date="2026-05-15 21:33",
    text="""\
Coucou Priyanka,

Petite nouvelle de Lille : j'ai eu le retour de la mutuelle pour le poste de chargée de clientèle, c'est un refus. Après deux entretiens, j'y croyais vraiment... Ils ont pris quelqu'un en interne, apparemment.

Bref, je m'en remettrai ! Et toi, ça avance avec les labos ? Si tu viens pour un entretien à Lille, tu dors à la maison, évidemment.

Bises,
Camille
""")

# F6 -- language school: placement interview moved ----------------------------------------------------------------
add(kind=OTHER, slug="ecole_langues_entretien_de_niveau", lang="fr",
    contact="secretariat@ill-langues.example.fr",
    frm=("Institut Lillois de Langues", "secretariat@ill-langues.example.fr"),
    subject="Votre entretien de niveau \u2013 Français des affaires",
    date="2026-08-31 10:05", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Bonjour Madame Delacroix-Hughes,

Nous avons bien reçu votre inscription au module « Français des affaires, niveau C1 » de la session d'automne.

Malheureusement, nous devons décaler votre entretien de niveau (test oral de 20 minutes, en visio) : il aura lieu le jeudi 10 septembre à 18h au lieu du mardi 8. Merci de nous confirmer par retour que ce créneau vous convient.

Cordialement,
Élodie Martel
Secrétariat pédagogique
Institut Lillois de Langues, 8 place du Théâtre, 59800 Lille
""")

# =========================================================================================
# Spanish (7)
# =========================================================================================

# S1 -- candidate's own request to move the Alborán interview ---------------------------------------------
add(kind=OTHER, slug="enviado_pide_cambiar_entrevista", lang="es", key="alb_req",
    frm=CAND, to=[("Lucía Ortega", "lucia.ortega@alboran-sanitaria.example.es")],
    to_enc=("iso-8859-1", "Q"),
    subject="Re: Entrevista para el puesto de delegada comercial",
    date="2026-05-19 08:30", parent="alb_inv",
    text=reply("""\
Hola Lucía:

Muchas gracias por la invitación, me hace mucha ilusión.

El miércoles 27 ya tengo el vuelo reservado pero llego a Málaga por la tarde. ¿Sería posible hacer la entrevista el jueves 28 o el viernes 29 por la mañana?

Disculpa las molestias.

Un saludo,
Priyanka""", "es", "Lucía Ortega", "lucia.ortega@alboran-sanitaria.example.es",
        "lun, 18 may 2026 a las 11:05", """\
Hola Priyanka:

Te proponemos el miércoles 27 de mayo a las 10:00 en nuestras oficinas del Polígono Industrial Trévenez.

¿Nos confirmas si te viene bien?

Un saludo,
Lucía"""))

# S2 -- master's programme refusal (a place to study, not a job) --------------------------------------------------
_s2 = """\
Estimada Sra. Delacroix-Hughes:

Le comunicamos que la Comisión Académica del Máster en Marketing Farmacéutico y Dirección Comercial ha resuelto el proceso de admisión para el curso 2026-2027.

Lamentamos informarle de que su solicitud no ha sido admitida, al no haberse alcanzado la puntuación mínima en el apartado de titulación previa. Queda usted en la posición 14 de la lista de espera.

Atentamente,
Secretaría de Posgrado
Universidad de la Costa del Sol"""
add(kind=OTHER, slug="master_no_admitida_lista_espera", lang="es",
    frm=("Universidad de la Costa del Sol", "posgrado-noreply@ucs.example.es"),
    subject="Resolución de admisión: Máster en Marketing Farmacéutico",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-07-17 13:00",
    text=_s2 + "\n", html=plain_html(paras(_s2)))

# S3 -- Spanish job alert ---------------------------------------------------------------------------------------------
add(kind=OTHER, slug="alerta_empleo_visitador_malaga", lang="es",
    frm=("InfoSalud Empleo", "alertas@infosalud-empleo.example.es"),
    subject="Nuevas ofertas: visitador médico en Málaga",
    date="2026-05-11 07:30",
    headers=[("List-Id", "Alertas InfoSalud Empleo <alertas.infosalud-empleo.example.es>"),
             ("List-Unsubscribe", "<https://infosalud-empleo.example.es/baja/5d0e>")],
    **_digest(
        "Tus nuevas ofertas", "#b91c1c",
        "Hola Priyanka, estas son las ofertas nuevas que encajan con tu alerta.",
        [("Visitador/a Médico/a – Atención Primaria (Laboratorios Guadalmedina)",
          "https://infosalud-empleo.example.es/o/40112", "Málaga Oriental. Entrevistas en junio."),
         ("Delegada comercial Costa del Sol (Distribuciones Sanitarias Alborán)",
          "https://infosalud-empleo.example.es/o/40118", "Plazo hasta el 15 de mayo."),
         ("Sales Representative – Andalucía Oriental (Costasol Medtech)",
          "https://infosalud-empleo.example.es/o/40127", "Inglés imprescindible.")],
        "Consejo: si te rechazan en una oferta, no dejes de aplicar a otras de la misma empresa.",
        "Recibes este correo porque creaste una alerta. Darse de baja: "
        "https://infosalud-empleo.example.es/baja/5d0e"))

# S4 -- Spanish blog newsletter on handling rejection, HTML only -------------------------------------------------------
add(kind=OTHER, slug="newsletter_superar_rechazo_html", lang="es",
    frm=("Blog Carrera Comercial", "boletin@carreracomercial.example.es"),
    subject="Cómo superar un rechazo en un proceso de selección",
    date="2026-06-27 09:00",
    headers=[("List-Unsubscribe", "<https://carreracomercial.example.es/baja>")],
    html=digest_html(
        "Boletín semanal", "#c2410c",
        "Esta semana hablamos de algo que nos pasa a todos: el correo que empieza con "
        "«Lamentamos comunicarte…».",
        [("Pide feedback (y úsalo)", "https://carreracomercial.example.es/feedback",
          "Cómo pedir una valoración después de una entrevista sin sonar a reproche."),
         ("El primer año como delegado", "https://carreracomercial.example.es/primer-ano",
          "Lo que nadie te cuenta cuando aceptas la oferta."),
         ("Plantilla: carta de agradecimiento tras la entrevista",
          "https://carreracomercial.example.es/plantilla", "Corta, concreta y enviada el mismo día.")],
        "¡Ánimo y hasta la semana que viene!",
        "Blog Carrera Comercial · <a href=\"https://carreracomercial.example.es/baja\">Darse de baja</a>"))

# S5 -- dental clinic: appointment moved ---------------------------------------------------------------------------------------
add(kind=OTHER, slug="clinica_dental_cita_reprogramada", lang="es",
    frm=("Clínica Dental Soho Málaga", "citas-noreply@dentalsoho.example.es"),
    from_enc=("utf-8", "Q"),
    subject="Su cita ha sido reprogramada",
    date="2026-08-28 17:45", charset="iso-8859-1", cte="8bit",
    text="""\
Estimada paciente:

Le informamos de que su cita de revisión y limpieza del lunes 31 de agosto a las 17:00 ha sido reprogramada al martes 1 de septiembre a las 10:30 por ausencia de la doctora.

Si el nuevo horario no le viene bien, llame al 952 96 04 90.

Clínica Dental Soho Málaga
C/ Tomás Heredia 12, 29001 Málaga
Este mensaje se ha enviado de forma automática.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# S6 -- Spanish head-hunter cold approach --------------------------------------------------------------------------------------------
add(kind=OTHER, slug="headhunter_contacto_en_frio", lang="es",
    contact="marta.ruiz@headcosta.example.es",
    frm=("Marta Ruiz", "marta.ruiz@headcosta.example.es"),
    subject="Tu perfil",
    date="2026-09-15 12:10",
    text="""\
Hola Priyanka:

He visto tu perfil en ProNetwork y me ha llamado la atención tu experiencia en farmacia y tu inglés nativo, algo muy buscado por las empresas de la Costa del Sol que trabajan con clientes británicos.

Soy consultora en Head Costa, una firma de búsqueda de directivos y perfiles comerciales. Ahora mismo no tengo ninguna vacante concreta para ti, pero me gustaría tenerte en cuenta para futuros procesos, si te parece bien.

Un saludo,
Marta Ruiz
Head Costa \u2013 Executive Search
Tel. 951 96 04 33
""")

# S7 -- Spanish bank: "posición global" statement -----------------------------------------------------------------------------------------
_s7 = """\
Estimada clienta:

Ya tiene disponible su extracto de posición global a 30 de junio de 2026.

Cuenta Online Sin Comisiones: 1.284,55 €
Tarjeta de débito: sin movimientos pendientes

Puede consultar el detalle de cada posición en la banca online o en la app de Banco Litoral.

Este es un mensaje automático. Por su seguridad, nunca le pediremos sus claves por correo electrónico."""
add(kind=OTHER, slug="banco_posicion_global", lang="es",
    frm=("Banco Litoral", "avisos@bancolitoral.example.es"),
    subject="Su posición global a 30 de junio",
    subject_enc=("utf-8", "B"),
    date="2026-07-02 07:00",
    text=_s7 + "\n", html=ats_card("Banco Litoral", "#1e40af", paras(_s7),
                                   "Banco Litoral, S.A. · Alameda Principal 1, 29005 Málaga"),
    cte="base64")
