"""Corpus 286, kind `other`: digests, newsletters, life admin, friends, auto-replies and the
candidate's own sent mail. Every spec is hand-written; msgs286_common only lays words out."""

from __future__ import annotations

from msgs286_common import (
    CAND,
    CAND_STR,
    ats_card,
    button,
    digest_html,
    digest_text,
    msg,
    outlook_html,
    sig,
    to_html,
    wrote,
)

LIST = [("Precedence", "bulk")]

# ---- texts quoted later by other modules (the candidate's own words, as sent)

THANKS_YW = """Hi Ciara, hi Tomás,

Thanks a million for your time this afternoon. I really enjoyed talking through the
pick-up pace exercise, and it was great to hear how the team splits the hotel portfolio
between analysts. The point Tomás made about overriding the forecast for the rugby
weekends has stuck with me - it is exactly the kind of call I make at 3am on the desk
without having the data behind it.

If there is anything else you need from me (references, the spreadsheet I mentioned),
just say the word.

Kind regards,
Oona"""

THANKS_CLADDAGH = """Hi Saoirse,

Just a quick note to say thank you for the conversation on Tuesday. I left with a much
clearer picture of how Claddagh Data's pricing engine is used by the B&B clients, and the
SQL question about cancellations was a fun one to work through.

I'm still very keen on the Junior Revenue Analyst role and happy to answer any follow-up
questions.

Best wishes,
Oona Fitzgerald-Adebayo"""

GRACIAS_TARIFA = """Hola Álvaro:

Muchas gracias por el rato de ayer. Me gustó mucho conocer cómo trabajáis las previsiones
de ocupación para los apartamentos turísticos de la Costa del Sol y el reto de la
estacionalidad en invierno.

Sigo muy interesada en el puesto y quedo a tu disposición para lo que necesites.

Un saludo,
Oona"""

EXCUSES_GARONNE = """Bonjour Madame Ferrand,

Je suis vraiment désolée pour ce matin : mon téléphone était resté en mode avion après ma
nuit de travail et je n'ai vu vos deux appels manqués qu'à 11 h 30.

Je comprends tout à fait si ce n'est plus possible, mais si vous pouviez me proposer un
autre créneau cette semaine ou la suivante, je serais disponible à toute heure de la
journée.

Avec toutes mes excuses,
Oona Fitzgerald-Adebayo"""

CHASE_LOTHIAN = """Dear Ms Ferguson,

I applied for the Visitor Economy Data Analyst position (ref. VL-0426) on 24 May and
received the automatic acknowledgement. As the closing date has now passed, I wanted to
check whether there is an update on the timeline for shortlisting.

I remain very interested and would be happy to travel to Edinburgh for an interview.

Kind regards,
Oona Fitzgerald-Adebayo"""

RESCHED_SHANNONSIDE = """Hi Gráinne,

Thanks so much for getting in touch, I'd love to have a chat about the Commercial
Analyst role.

The only snag is that I'm on nights in the hotel until Thursday morning, so an 11:00
call that day would land right after a twelve-hour shift. Would Friday afternoon work
instead? Anytime after 14:00 is grand.

Thanks,
Oona"""

MESSAGES = [
    # 1 ------------------------------------------------------------ candidate's thank-you
    msg(kind="other", slug="own_thanks_after_yieldwise_interview", lang="en", company="",
        contact="", key="x_yw_thanks", parent="s_yw_ill",
        frm=CAND, to=[("Ciara Ní Mhaoláin", "ciara.nimhaolain@yieldwise.example.ie")],
        cc=[("Tomás Brennan", "tomas.brennan@yieldwise.example.ie")],
        subject="Thank you – Revenue Analyst interview", subj_enc=("utf-8", "q"),
        date="2026-02-03 18:40 +0000",
        text=THANKS_YW + "\n\n" + sig("Oona Fitzgerald-Adebayo", "+353 87 555 0142")),

    # 2 ------------------------------------------------------------ questions on an offer
    msg(kind="other", slug="own_questions_on_corribbay_offer", lang="en", company="",
        contact="", key="x_corrib_questions", parent="o_corrib_offer",
        frm=CAND, to=[("Deirdre Ó Conaill", "deirdre.oconaill@corribbay.example.ie")],
        subject="Re: Offer of employment - Revenue Analyst (Corrib Bay Hotels)",
        date="2026-03-07 10:30 +0000",
        text="""Dear Deirdre,

Thank you so much - I was delighted to get your email and the letter yesterday.

Before I sign, could I check two small things?

1. The letter gives a start date of 6 April. My notice period at the Eyre Square Hotel
   is four weeks, so 13 April would be easier on my current manager. Is there any
   flexibility there?
2. Is the Revenue Management certificate mentioned at the panel funded in year one, or
   after probation?

Neither is a deal-breaker, I just want to have it all clear before I hand in my notice.

Many thanks,
Oona

""" + wrote("en", "2026-03-06 12:00", "Deirdre Ó Conaill <deirdre.oconaill@corribbay.example.ie>",
            """Dear Oona,

Following your panel interview on 25 February, I am delighted to offer you the position
of Revenue Analyst with Corrib Bay Hotels, based in our Galway support office.

Your offer letter is attached. Please return a signed copy by Friday 13 March.

Kind regards,
Deirdre""")),

    # 3 ------------------------------------------------------------ reschedule request (own)
    msg(kind="other", slug="own_request_to_move_shannonside_call", lang="en", company="",
        contact="", key="x_shannon_resched", parent="i_shannon_screen",
        frm=CAND, to=[("Gráinne Hayes", "grainne.hayes@shannonside.example.ie")],
        subject="Re: Commercial Analyst - quick phone chat?",
        date="2026-08-03 21:05 +0100",
        text=RESCHED_SHANNONSIDE + "\n\n" + wrote(
            "en", "2026-08-03 09:25", "Gráinne Hayes <grainne.hayes@shannonside.example.ie>",
            """Hi Oona,

I'm the talent partner for Shannonside Hotel Group. Your application for the Commercial
Analyst role in Limerick caught our eye and I'd like to set up a 20-minute phone call.

Would Thursday 6 August at 11:00 suit you?

Best,
Gráinne""")),

    # 4 ------------------------------------------------------------ own application with CV
    msg(kind="other", slug="own_application_to_northlight", lang="en", company="",
        contact="", key="x_north_apply", parent="x_north_cold",
        frm=CAND, to=[("Callum Reid", "callum.reid@northlight.example.co.uk")],
        subject="Re: Revenue Analyst at Northlight - thought of you",
        date="2026-08-05 20:15 +0100",
        text="""Hi Callum,

Thanks for thinking of me - the role sounds like a great fit for where I want to go.
I've just applied through your careers page and I'm attaching my CV here as well so you
have it to hand.

A bit of background in case it helps: six years on hotel night desks (audit, rate
loading, overbooking calls), a Springboard diploma in data analytics from Galway Atlantic
University, and a portfolio of pick-up dashboards I built for my current hotel.

Happy to talk whenever suits.

Best regards,
Oona Fitzgerald-Adebayo
+353 87 555 0142
""",
        attach=[("Oona_Fitzgerald-Adebayo_CV.pdf", "Oona Fitzgerald-Adebayo - CV",
                 ["Galway, Ireland - oona.fa@example.ie - +353 87 555 0142",
                  "Night Porter / Night Auditor, Eyre Square Hotel, Galway (2020-present)",
                  "Front Office Assistant, Salthill Strand Hotel (2018-2020)",
                  "Diploma in Data Analytics (Springboard+), Galway Atlantic University, 2025",
                  "Skills: Excel, SQL, Power BI, Opera PMS, IDeaS basics",
                  "Languages: English (native), French (B2), Spanish (B2), German (B1)"])]),

    # 5 ------------------------------------------------------------ recruiter cold approach
    msg(kind="other", slug="northlight_recruiter_cold_approach", lang="en", company="",
        contact="callum.reid@northlight.example.co.uk", key="x_north_cold",
        frm=("Callum Reid", "callum.reid@northlight.example.co.uk"),
        subject="Revenue Analyst at Northlight - thought of you",
        date="2026-08-03 10:40 +0100",
        text="""Hi Oona,

I hope you don't mind the unsolicited note. I look after hiring at Northlight Revenue
Systems in Edinburgh - we build pricing software for independent hotels and small
groups.

Your post about moving from the night desk into revenue management popped up in my feed,
and we happen to have a Revenue Analyst opening in our client services team where that
kind of hands-on hotel background is gold.

The advert is here if you'd like a look: https://northlight.example.co.uk/careers/revenue-analyst

No pressure at all - if it's not for you, best of luck with the move.

Cheers,
Callum

""" + sig("Callum Reid", "Talent Partner | Northlight Revenue Systems Ltd",
          "14 Rose Street Lane, Edinburgh EH2 3DX", "+44 131 555 0198")),

    # 6 ------------------------------------------------------------ job alert digest
    msg(kind="other", slug="westjobs_alert_digest", lang="en", company="", contact="",
        frm=("WestJobs Alerts", "alerts@westjobs.example.ie"),
        subject="12 new jobs for \"revenue analyst\" near Galway",
        date="2026-01-19 07:00 +0000",
        headers=[("List-Id", "WestJobs job alerts <alerts.westjobs.example.ie>"),
                 ("List-Unsubscribe", "<https://westjobs.example.ie/alerts/unsubscribe?u=8812>, <mailto:unsubscribe@westjobs.example.ie?subject=8812>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *LIST],
        text=digest_text(
            "Your WestJobs alert: revenue analyst",
            "Here are this week's new openings matching your alert, plus two reads from our careers blog.",
            [("Revenue Analyst - Corrib Bay Hotels, Galway", "https://westjobs.example.ie/j/44120", "Full-time, hybrid. Apply by 6 Feb."),
             ("Pricing Analyst - Skerrin Air, Dublin", "https://westjobs.example.ie/j/44131", "Permanent. Graduate-level role in the network planning team."),
             ("Revenue & Distribution Executive - Clare Coast Hospitality, Ennis", "https://westjobs.example.ie/j/44139", "Contract 12 months."),
             ("Data Analyst - Shannon Technological University, Limerick", "https://westjobs.example.ie/j/44150", "Grade IV administrative post."),
             ("Blog: Rejected after the final interview? Five things to do next", "https://westjobs.example.ie/blog/rejected-final-round", "Why a no is not the end of the road."),
             ("Blog: How to answer 'tell me about a time you used data'", "https://westjobs.example.ie/blog/interview-data-question", "Interview prep for career changers.")],
            "You get this email because you created a job alert on WestJobs. Manage alerts: https://westjobs.example.ie/alerts"),
        html=digest_html(
            "Your WestJobs alert: revenue analyst",
            "Here are this week's new openings matching your alert, plus two reads from our careers blog.",
            [("Revenue Analyst - Corrib Bay Hotels, Galway", "https://westjobs.example.ie/j/44120", "Full-time, hybrid. Apply by 6 Feb."),
             ("Pricing Analyst - Skerrin Air, Dublin", "https://westjobs.example.ie/j/44131", "Permanent. Graduate-level role in the network planning team."),
             ("Revenue & Distribution Executive - Clare Coast Hospitality, Ennis", "https://westjobs.example.ie/j/44139", "Contract 12 months."),
             ("Data Analyst - Shannon Technological University, Limerick", "https://westjobs.example.ie/j/44150", "Grade IV administrative post."),
             ("Blog: Rejected after the final interview? Five things to do next", "https://westjobs.example.ie/blog/rejected-final-round", "Why a no is not the end of the road."),
             ("Blog: How to answer 'tell me about a time you used data'", "https://westjobs.example.ie/blog/interview-data-question", "Interview prep for career changers.")],
            'You get this email because you created a job alert on WestJobs. <a href="https://westjobs.example.ie/alerts">Manage alerts</a> · <a href="https://westjobs.example.ie/alerts/unsubscribe?u=8812">Unsubscribe</a>')),

    # 7 ------------------------------------------------------------ newsletter, HTML only
    msg(kind="other", slug="revenue_ready_newsletter_html_only", lang="en", company="",
        contact="",
        frm=("Revenue Ready", "newsletter@revenueready.example.com"),
        subject="Issue 31: why a great interview can still end in a no",
        date="2026-03-16 06:30 +0000",
        headers=[("List-Id", "Revenue Ready <weekly.revenueready.example.com>"),
                 ("List-Unsubscribe", "<https://revenueready.example.com/u/oona-31>"), *LIST],
        html=digest_html(
            "Revenue Ready - Issue 31",
            "Hello revenue people! This week: the hiring side of our industry. We asked six "
            "directors of revenue why they turned down candidates they liked.",
            [("Why a great interview can still end in a no", "https://revenueready.example.com/31/great-interview-no", "Fit, timing and the internal candidate nobody mentions."),
             ("Reading an offer letter: bonus, banding and the probation trap", "https://revenueready.example.com/31/offer-letters", "What to ask before you sign."),
             ("Position of the week: Revenue Analyst, Liffey Quay Hotels", "https://revenueready.example.com/31/job-liffey", "Sponsored listing."),
             ("Forecast accuracy: the only KPI that matters?", "https://revenueready.example.com/31/forecast", "A debate from our Dublin meetup.")],
            'Revenue Ready is written in Dublin. <a href="https://revenueready.example.com/u/oona-31">Unsubscribe</a>',
            accent="#7c3aed")),

    # 8 ------------------------------------------------------------ career-advice article
    msg(kind="other", slug="career_pivot_letter_interview_questions", lang="en", company="",
        contact="",
        frm=("Nora Quinlan from The Career Pivot", "thecareerpivot@letters.example.com"),
        subject="Five questions to ask at the end of an interview",
        date="2026-04-06 08:00 +0100",
        headers=[("List-Id", "The Career Pivot <thecareerpivot.letters.example.com>"),
                 ("List-Unsubscribe", "<https://letters.example.com/thecareerpivot/unsubscribe>"),
                 *LIST],
        text="""THE CAREER PIVOT - a letter for people changing lanes

Five questions to ask at the end of an interview

Most candidates freeze when the panel says "any questions for us?". Here is what I tell
the people I coach, especially those moving from operational jobs into analyst roles:

1. "What would a great first ninety days look like in this position?"
2. "Which decision did the team get wrong last year, and what did you learn?"
3. "How is this role measured - forecast accuracy, revenue, something else?"
4. "Who will I work with most outside the team?"
5. "Is there anything in my background that gives you pause?"

The last one feels risky. It isn't. It gives you a chance to answer the objection before
it turns into a rejection email a week later.

Next week: how to follow up when you hear nothing after an interview.

Nora

You're receiving this because you subscribed at letters.example.com/thecareerpivot.
Unsubscribe: https://letters.example.com/thecareerpivot/unsubscribe
"""),

    # 9 ------------------------------------------------------------ podcast interview request
    msg(kind="other", slug="night_shift_podcast_interview_request", lang="en", company="",
        contact="dara@nightshiftstories.example.ie",
        frm=("Dara Mulcahy", "dara@nightshiftstories.example.ie"),
        subject="Interview request - Night Shift Stories podcast",
        date="2026-05-06 13:14 +0100",
        text="""Hi Oona,

I host Night Shift Stories, a small podcast about the people who keep Ireland running
while the rest of us are asleep - bakers, paramedics, taxi drivers and, we hope, night
porters.

A listener sent me your blog post about learning SQL between the 4am check-outs, and I'd
love to interview you for an episode. It's a relaxed 40-minute conversation, recorded in
our Galway studio or over the internet, whichever suits.

We're recording the next batch in June. Would you be up for it? There's no fee, I'm
afraid, but there will be coffee and a very good scone.

Thanks,
Dara Mulcahy
Night Shift Stories
https://nightshiftstories.example.ie
"""),

    # 10 ----------------------------------------------------------- user-research interview
    msg(kind="other", slug="shoreline_user_research_interview", lang="en", company="",
        contact="priya.nair@shorelineapp.example.co.uk",
        frm=("Priya Nair", "priya.nair@shorelineapp.example.co.uk"),
        subject="Would you join a 30-minute research interview? (€40 voucher)",
        date="2026-06-24 11:02 +0100",
        text="""Hello Oona,

I'm a user researcher at Shoreline, the hotel booking app you used for your Edinburgh
stay last month.

We're talking to travellers who book last-minute rooms to understand how they compare
prices. Would you be willing to take part in a 30-minute research interview on video?
It's not a sales call and there are no right answers - we just want to hear how you
decide.

As a thank-you we'll send a €40 voucher afterwards.

If you're interested, pick any slot here: https://shorelineapp.example.co.uk/research/book

Thanks for considering it,
Priya Nair
User Research, Shoreline Travel
""",
        html=outlook_html(to_html("""Hello Oona,

I'm a user researcher at Shoreline, the hotel booking app you used for your Edinburgh
stay last month.

We're talking to travellers who book last-minute rooms to understand how they compare
prices. Would you be willing to take part in a 30-minute research interview on video?
It's not a sales call and there are no right answers - we just want to hear how you
decide.

As a thank-you we'll send a €40 voucher afterwards.

If you're interested, pick any slot here: https://shorelineapp.example.co.uk/research/book

Thanks for considering it,
Priya Nair
User Research, Shoreline Travel"""), "EN-GB")),

    # 11 ----------------------------------------------------------- parcel delayed
    msg(kind="other", slug="parcel_delayed_unfortunately", lang="en", company="", contact="",
        frm=("Westlink Parcels", "no-reply@westlinkparcels.example.ie"),
        subject="Unfortunately, your parcel is delayed",
        date="2026-02-27 15:48 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Oona,

Unfortunately, your parcel WL-55810-IE is delayed due to severe weather on the M6.

New estimated delivery: Monday 2 March, between 10:00 and 14:00.
Current position of your parcel: Athlone depot.

You don't need to do anything. If you'd like to change the delivery, visit
https://westlinkparcels.example.ie/track/WL-55810-IE

Westlink Parcels
This is an automated message, please do not reply.
""",
        html=ats_card("Westlink Parcels", "#dc2626", to_html("""Hi Oona,

Unfortunately, your parcel WL-55810-IE is delayed due to severe weather on the M6.

New estimated delivery: Monday 2 March, between 10:00 and 14:00.
Current position of your parcel: Athlone depot.

You don't need to do anything.""") + button("Track or change delivery", "https://westlinkparcels.example.ie/track/WL-55810-IE", "#dc2626"),
            "This is an automated message, please do not reply.")),

    # 12 ----------------------------------------------------------- GPS position
    msg(kind="other", slug="phonefinder_last_known_position", lang="en", company="",
        contact="",
        frm=("PhoneFinder", "notifications@phonefinder.example.com"),
        subject="Last known position of \"Oona's Pixel\"",
        date="2026-07-19 02:41 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Your device "Oona's Pixel" was located.

Last known position: 53.2719 N, 9.0489 W (accuracy 12 m)
Near: Eyre Square, Galway
Time: 19 July 2026, 02:39 IST

If you did not request this, secure your account at https://phonefinder.example.com/security

PhoneFinder
"""),

    # 13 ----------------------------------------------------------- friend's own rejection
    msg(kind="other", slug="friend_forwards_her_own_rejection", lang="en", company="",
        contact="niamh.costello@mailbox.example.ie",
        frm=("Niamh Costello", "niamh.costello@mailbox.example.ie"),
        subject="Fwd: well that's that",
        date="2026-03-21 22:17 +0000",
        text="""Oona!!

Forwarding the thing I got from the golf resort so you can see the kind of nonsense
they send. Three interviews and a presentation and this is what I get, on a Saturday
night no less.

Anyway, I'm grand, honestly. More time for sea swims. How did your panel at Corrib Bay
go? You never told me!

Pints next week? x
Niamh
""",
        rfc822=msg(kind="other", slug="inner", lang="en",
                   frm=("Ballyvaughan Links Resort", "careers@ballyvaughanlinks.example.ie"),
                   to=[("Niamh Costello", "niamh.costello@mailbox.example.ie")],
                   subject="Your application - Guest Experience Manager",
                   date="2026-03-21 19:02 +0000",
                   text="""Dear Niamh,

Thank you for attending the final stage of our selection process for the position of
Guest Experience Manager.

We regret to inform you that you have not been successful on this occasion. The panel
were impressed by your presentation, and we would encourage you to apply for future
vacancies.

Yours sincerely,
HR Department
Ballyvaughan Links Resort
""")),

    # 14 ----------------------------------------------------------- credit-union "interview"
    msg(kind="other", slug="credit_union_mortgage_interview", lang="en", company="",
        contact="gearoid.walsh@coisfarraigecu.example.ie",
        frm=("Gearóid Walsh", "gearoid.walsh@coisfarraigecu.example.ie"),
        name_enc=("iso-8859-1", "q"),
        subject="Your mortgage interview – Thursday 12 February",
        subj_enc=("windows-1252", "q"),
        date="2026-02-05 09:37 +0000", charset="windows-1252", cte="quoted-printable",
        text="""Dear Oona,

Thanks for your mortgage application. I’ve pencilled you in for an interview with me on
Thursday 12 February at 17:30 in the Shop Street branch.

Please bring:
– your last six months’ bank statements
– two recent payslips and your P60
– proof of the €18,000 savings position we discussed

Unfortunately we can’t assess the application without the payslips, so if your hours
change before then, just let me know and we’ll find another slot.

Kind regards,
Gearóid Walsh
Lending Officer
Cois Farraige Credit Union, 41 Shop Street, Galway
091 555 0177

Cois Farraige Credit Union Limited is regulated by the Central Bank of Ireland.
"""),

    # 15 ----------------------------------------------------------- landlord
    msg(kind="other", slug="landlord_inspection_and_boiler", lang="en", company="",
        contact="brendan.keogh@keoghlettings.example.ie",
        frm=("Brendan Keogh", "brendan.keogh@keoghlettings.example.ie"),
        subject="Inspection Thursday + the boiler",
        date="2026-04-14 08:05 +0100",
        text="""Hi Oona,

Just a heads up that I'll be calling round for the annual inspection on Thursday
around 10. I know you work nights so if that's too early let me know and I can come
after lunch instead, no bother.

Unfortunately the boiler lad can't come out until the week after, he's been let down by
his supplier. Sorry about that - I'll knock something off the May rent for the hassle.

Brendan
Sent from my phone
"""),

    # 16 ----------------------------------------------------------- school appointment
    msg(kind="other", slug="school_parent_teacher_slot", lang="en", company="", contact="",
        frm=("Scoil Naomh Bríd via SchoolPost", "noreply@schoolpost.example.ie"),
        subject="Parent-teacher meeting: your appointment is confirmed",
        date="2026-02-09 16:20 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("SchoolPost", "#15803d", to_html("""Dear Parent/Guardian,

Your appointment for parent-teacher meetings has been confirmed.

Pupil: Tobi Fitzgerald-Adebayo (4th Class, Ms Ní Fhlatharta)
Date: Wednesday 18 February 2026
Time: 16:40 - 16:50
Room: 7

If you cannot attend, please cancel through the app so that the slot can be given to
another family. Unfortunately we are unable to offer evening slots this term."""),
            "Sent by Scoil Naomh Bríd, Knocknacarra, Galway through SchoolPost. Do not reply to this email.")),

    # 17 ----------------------------------------------------------- GP moved appointment
    msg(kind="other", slug="gp_appointment_moved", lang="en", company="", contact="",
        frm=("Claddagh Medical Practice", "reminders@claddaghmedical.example.ie"),
        subject="Your appointment has been rescheduled",
        date="2026-05-27 08:12 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Oona Fitzgerald-Adebayo,

Unfortunately Dr Hennessy is unavailable on Friday 29 May. Your appointment has been
moved to:

Tuesday 2 June 2026 at 09:20 with Dr Ó Ruairc

If this time does not suit, please call reception on 091 555 0130. Please do not reply
to this message; this mailbox is not monitored.

Claddagh Medical Practice
"""),

    # 18 ----------------------------------------------------------- out-of-office
    msg(kind="other", slug="yieldwise_recruiter_out_of_office", lang="en", company="",
        contact="ciara.nimhaolain@yieldwise.example.ie", key="x_yw_ooo", parent="r_yw_after",
        frm=("Ciara Ní Mhaoláin", "ciara.nimhaolain@yieldwise.example.ie"),
        subject="Automatic reply: Re: Thank you – Revenue Analyst interview",
        date="2026-02-11 07:00 +0000",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Thank you for your email. I'm on annual leave until Monday 23 February with
limited access to email.

For anything urgent about an open role or an interview, please contact
talent@yieldwise.example.ie and one of the team will help.

Ciara Ní Mhaoláin
Talent Acquisition, Yieldwise
"""),

    # 19 ----------------------------------------------------------- network notification
    msg(kind="other", slug="linkfolio_profile_views", lang="en", company="", contact="",
        frm=("Linkfolio", "notifications@linkfolio.example.com"),
        subject="You appeared in 14 searches this week",
        date="2026-04-27 17:30 +0100",
        headers=[("List-Unsubscribe", "<https://linkfolio.example.com/settings/email?t=wk>")],
        text="""Oona, you appeared in 14 searches this week.

Who's looking:
- A recruiter at Skerrin Air
- Someone in Talent Acquisition at Forth & Lothian Hotels
- 3 people in Hospitality

Your profile headline: "Night auditor moving into revenue analysis | SQL | Power BI"

See all viewers: https://linkfolio.example.com/me/views
""",
        html=ats_card("Linkfolio", "#0a66c2", """<p>Oona, you appeared in <b>14 searches</b> this week.</p>
<ul><li>A recruiter at Skerrin Air</li><li>Someone in Talent Acquisition at Forth &amp; Lothian Hotels</li><li>3 people in Hospitality</li></ul>
<p>Your profile headline: "Night auditor moving into revenue analysis | SQL | Power BI"</p>""" + button("See all viewers", "https://linkfolio.example.com/me/views", "#0a66c2"),
            '<a href="https://linkfolio.example.com/settings/email?t=wk">Email settings</a>')),

    # 20 ----------------------------------------------------------- job recommendations
    msg(kind="other", slug="linkfolio_jobs_you_may_like", lang="en", company="", contact="",
        frm=("Linkfolio Jobs", "jobs-noreply@linkfolio.example.com"),
        subject="Revenue Analyst: 9 new jobs in Dublin and Edinburgh",
        date="2026-07-27 18:00 +0100",
        headers=[("List-Id", "Linkfolio job alerts <jobalerts.linkfolio.example.com>"),
                 ("List-Unsubscribe", "<https://linkfolio.example.com/jobs/alerts/off?id=77>"),
                 *LIST],
        text=digest_text(
            "Jobs you may be interested in",
            "Based on your profile and your recent applications.",
            [("Revenue Analyst - Northlight Revenue Systems, Edinburgh", "https://linkfolio.example.com/jobs/991", "Be an early applicant"),
             ("Junior Pricing Analyst - Pentland Air, Edinburgh", "https://linkfolio.example.com/jobs/992", "2 connections work here"),
             ("Revenue Coordinator - Liffey Quay Hotels, Dublin", "https://linkfolio.example.com/jobs/993", "Actively recruiting"),
             ("Interview tip: show how you use data, not just that you can", "https://linkfolio.example.com/news/tip", "Linkfolio News")],
            "Unsubscribe from job alerts: https://linkfolio.example.com/jobs/alerts/off?id=77")),

    # 21 ----------------------------------------------------------- course place refused
    msg(kind="other", slug="gau_msc_place_not_offered", lang="en", company="",
        contact="orla.brennan@gau.example.ie",
        frm=("Órla Brennan", "orla.brennan@gau.example.ie"), name_enc=("utf-8", "b"),
        subject="MSc Business Analytics (part-time) – application outcome",
        subj_enc=("utf-8", "q", "partial"),
        date="2026-06-15 10:00 +0100",
        text="""Dear Ms Fitzgerald-Adebayo,

Thank you for your application to the MSc in Business Analytics (part-time) for the
2026/27 academic year.

The programme received a very large number of applications this year and, having
reviewed your file, the programme board regrets that it is unable to offer you a place.
The decision letter is attached for your records.

You are welcome to apply again next year, and you may wish to consider the Postgraduate
Certificate in Data Analytics, which has places remaining.

Yours sincerely,

Órla Brennan
Postgraduate Admissions Officer
Galway Atlantic University, University Road, Galway
+353 91 555 0400
""",
        attach=[("Decision_Letter_MSc_BA.pdf", "Galway Atlantic University - Admissions decision",
                 ["Applicant: Oona Fitzgerald-Adebayo", "Programme: MSc Business Analytics (part-time)",
                  "Decision: place not offered", "Date: 15 June 2026"])]),

    # 22 ----------------------------------------------------------- own chaser
    msg(kind="other", slug="own_chaser_to_visit_lothian", lang="en", company="", contact="",
        key="x_lothian_chase",
        frm=CAND, to=[("Isla Ferguson", "isla.ferguson@visitlothian.example.co.uk")],
        subject="Visitor Economy Data Analyst (VL-0426) - application status",
        date="2026-07-01 19:30 +0100",
        text=CHASE_LOTHIAN + "\n"),

    # 23 ----------------------------------------------------------- own thank-you
    msg(kind="other", slug="own_thanks_after_claddagh_interview", lang="en", company="",
        contact="", key="x_claddagh_thanks", parent="i_claddagh_slot",
        frm=CAND, to=[("Saoirse Lynch", "saoirse.lynch@claddaghdata.example.ie")],
        subject="Thank you for Tuesday",
        date="2026-06-23 17:40 +0100",
        text=THANKS_CLADDAGH + "\n",
        html="<div dir=\"ltr\">" + to_html(THANKS_CLADDAGH) + "</div>\n"),

    # 24 ----------------------------------------------------------- alumni "informational interview"
    msg(kind="other", slug="alumni_mentor_informational_interview", lang="en", company="",
        contact="eimear.dolan@gau.example.ie",
        frm=("Eimear Dolan", "eimear.dolan@gau.example.ie"),
        subject="Alumni mentoring: book an informational interview",
        date="2026-09-16 12:45 +0100",
        text="""Hi Oona,

As a recent Springboard graduate you're invited to this autumn's alumni mentoring
programme. You can book a 30-minute informational interview with a mentor working in
your target field - this year we have mentors in airline pricing, hotel revenue and
tourism analytics.

It is not a job interview and mentors are not recruiting; the idea is to ask the
questions you can't ask in a real interview.

Slots open on Monday 21 September: https://alumni.gau.example.ie/mentoring

Best wishes,
Eimear Dolan
Alumni Relations Officer, Galway Atlantic University
"""),

    # 25 ----------------------------------------------------------- airline talent newsletter
    msg(kind="other", slug="skerrin_talent_community_newsletter", lang="en", company="",
        contact="",
        frm=("Skerrin Air Careers", "talentcommunity@skerrinair.example.ie"),
        subject="Inside Skerrin Air: open days, how our interviews work, and new roles",
        date="2026-06-18 12:00 +0100",
        headers=[("List-Id", "Skerrin Air talent community <talent.skerrinair.example.ie>"),
                 ("List-Unsubscribe", "<https://careers.skerrinair.example.ie/community/leave>"),
                 *LIST],
        text=digest_text(
            "Skerrin Air talent community - June",
            "Thanks for joining our talent community. Here's what's happening.",
            [("How our interviews work", "https://careers.skerrinair.example.ie/blog/interviews", "From the phone screen to the panel: what to expect at each stage."),
             ("Cadet pilot programme closed for 2026", "https://careers.skerrinair.example.ie/cadets", "Unfortunately we can no longer accept applications this year."),
             ("Open day at Dublin Airport, 11 July", "https://careers.skerrinair.example.ie/openday", "Meet the network planning and pricing teams."),
             ("New: Pricing Analyst (Dublin)", "https://careers.skerrinair.example.ie/jobs/pa-26", "Apply before 31 July.")],
            "You are receiving this because you joined the Skerrin Air talent community. Leave: https://careers.skerrinair.example.ie/community/leave"),
        html=digest_html(
            "Skerrin Air talent community - June",
            "Thanks for joining our talent community. Here's what's happening.",
            [("How our interviews work", "https://careers.skerrinair.example.ie/blog/interviews", "From the phone screen to the panel: what to expect at each stage."),
             ("Cadet pilot programme closed for 2026", "https://careers.skerrinair.example.ie/cadets", "Unfortunately we can no longer accept applications this year."),
             ("Open day at Dublin Airport, 11 July", "https://careers.skerrinair.example.ie/openday", "Meet the network planning and pricing teams."),
             ("New: Pricing Analyst (Dublin)", "https://careers.skerrinair.example.ie/jobs/pa-26", "Apply before 31 July.")],
            'You are receiving this because you joined the Skerrin Air talent community. <a href="https://careers.skerrinair.example.ie/community/leave">Leave</a>',
            accent="#1e3a8a")),

    # 26 ----------------------------------------------------------- current job rota
    msg(kind="other", slug="current_hotel_rota_swap", lang="en", company="",
        contact="maeve.concannon@eyresquarehotel.example.ie",
        frm=("Maeve Concannon", "maeve.concannon@eyresquarehotel.example.ie"),
        subject="Friday night - any chance of a swap?",
        date="2026-01-27 15:12 +0000",
        text="""Hi Oona,

Unfortunately Declan's out sick again so I'm short on Friday night. Any chance you'd
swap your Sunday for the Friday? You'd be in the same position on the rota otherwise,
and I'll make sure you're off for the Saturday.

Also - the GM wants to interview a couple of us for the staff newsletter about the new
PMS. Don't panic, it's five questions over a cuppa.

Thanks a mil,
Maeve

Maeve Concannon
Duty Manager, Eyre Square Hotel
"""),

    # 27 ----------------------------------------------------------- agency cold approach
    msg(kind="other", slug="thistle_search_cold_approach", lang="en", company="",
        contact="ewan.laidlaw@thistlesearch.example.co.uk", key="x_thistle_cold",
        frm=("Ewan Laidlaw", "ewan.laidlaw@thistlesearch.example.co.uk"),
        subject="Revenue roles in Edinburgh",
        date="2026-04-20 09:15 +0100",
        text="""Hello Oona,

I'm a consultant at Thistle Search in Edinburgh, specialising in travel and hospitality
commercial roles. I came across your profile on Linkfolio and your move from night audit
into analytics is exactly the profile several of my clients ask for.

I'm currently working on a handful of revenue and pricing positions across hotels and
aviation in Scotland. If you'd like to be considered for those, send me an up-to-date CV
and a line on your salary expectations and I'll keep you in mind.

Kind regards,

Ewan Laidlaw
Senior Consultant - Travel & Hospitality
Thistle Search Ltd, 22 Queen Street, Edinburgh EH2 1JX
+44 131 555 0121

This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it. Thistle Search
Ltd is registered in Scotland, no. SC555012.
"""),

    # 28 ----------------------------------------------------------- webinar
    msg(kind="other", slug="hoteltech_webinar_cro_interview", lang="en", company="",
        contact="",
        frm=("HotelTech Ireland", "events@hoteltech.example.ie"),
        subject="Webinar: Revenue strategy 2026 - a live interview with a chief revenue officer",
        date="2026-05-11 10:00 +0100",
        headers=[("List-Id", "HotelTech Ireland events <events.hoteltech.example.ie>"),
                 ("List-Unsubscribe", "<mailto:leave-events@hoteltech.example.ie>"), *LIST],
        text="""HotelTech Ireland - Thursday webinar

Revenue strategy 2026: a live interview with Orla Considine, Chief Revenue Officer at
Liffey Quay Hotels.

Thursday 21 May, 12:30-13:15 (IST), online, free for members.

In the interview Orla will talk about building a revenue team from scratch, why she hires
former front-office staff, and what she looks for when she shortlists analysts.

Register: https://hoteltech.example.ie/events/revenue-2026

You can't make it live? Unfortunately we can't share the recording outside the
membership, but members get it the next day.

HotelTech Ireland, 9 Harcourt Street, Dublin 2
Unsubscribe: mailto:leave-events@hoteltech.example.ie
"""),

    # 29 ----------------------------------------------------------- mock interview marketing
    msg(kind="other", slug="interviewready_mock_interview_offer", lang="en", company="",
        contact="",
        frm=("InterviewReady", "hello@interviewready.example.co.uk"),
        subject="20% off a mock interview this week only",
        date="2026-08-20 07:45 +0100",
        headers=[("List-Id", "InterviewReady offers <offers.interviewready.example.co.uk>"),
                 ("List-Unsubscribe", "<https://interviewready.example.co.uk/unsub?e=oona>"),
                 *LIST],
        html=ats_card("InterviewReady", "#ea580c", """<p>Hi Oona,</p>
<p>Got an interview coming up? Our coaches have sat on hundreds of hiring panels. Book a 45-minute mock interview with written feedback and this week you'll pay 20% less.</p>
<p>Special offer ends Sunday. No code needed.</p>""" + button("Book my mock interview", "https://interviewready.example.co.uk/book?promo=aug20", "#ea580c"),
            'InterviewReady Ltd, London. <a href="https://interviewready.example.co.uk/unsub?e=oona">Unsubscribe</a>'),
        text="""Hi Oona,

Got an interview coming up? Our coaches have sat on hundreds of hiring panels. Book a
45-minute mock interview with written feedback and this week you'll pay 20% less.

Special offer ends Sunday. No code needed.
https://interviewready.example.co.uk/book?promo=aug20

InterviewReady Ltd, London. Unsubscribe: https://interviewready.example.co.uk/unsub?e=oona
"""),

    # 30 ----------------------------------------------------------- library queue
    msg(kind="other", slug="library_reservation_position", lang="en", company="", contact="",
        frm=("Galway City Libraries", "no-reply@galwaylibraries.example.ie"),
        subject="Reservation update: you are now position 2",
        date="2026-02-16 06:02 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hello Oona Fitzgerald-Adebayo,

Your reservation for "Revenue Management for the Hospitality Industry" (3rd ed.) has
moved up. You are now position 2 in the queue.

We'll email you again when the item is ready to collect at Westside Library.

Galway City Libraries
"""),

    # 31 ----------------------------------------------------------- card declined
    msg(kind="other", slug="bank_card_payment_declined", lang="en", company="", contact="",
        frm=("Lúnasa Bank", "alerts@lunasabank.example.ie"), name_enc=("iso-8859-1", "b"),
        subject="Unfortunately a card payment was declined",
        date="2026-03-29 21:33 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Oona,

Unfortunately we declined a card payment of €214.99 to AER ATLANTACH WEB on 29 March
at 21:31 because it was flagged by our fraud checks.

If this was you, open the app and tap "It was me" - you can then try the payment again.
If it wasn't you, freeze your card in the app straight away.

Lúnasa Bank
We will never ask for your PIN by email.
"""),

    # 32 ----------------------------------------------------------- cousin's interview tips
    msg(kind="other", slug="cousin_interview_tips_before_panel", lang="en", company="",
        contact="kemi.adebayo@mailbox.example.co.uk",
        frm=("Kemi Adebayo", "kemi.adebayo@mailbox.example.co.uk"),
        subject="Re: panel on Wednesday!!",
        date="2026-02-22 20:48 +0000",
        text="""Cuz!

Delighted for you. Right, my two cents from doing far too many panels in the NHS:

- They will ask about a time you disagreed with a manager. Have the overbooking story
  ready, it's perfect.
- Bring numbers. Even night-audit numbers. "I cut the no-show write-offs by X".
- When they say "we'll be in touch", that's not a rejection, it's just what they say.

Ring me Tuesday night if you want to practise. Mum says good luck and wear the green
jacket.

K x

""" + wrote("en", "2026-02-22 19:02", CAND_STR, """Kemi! I got a panel interview for the Corrib Bay job, Wednesday afternoon. Terrified.
Any tips?"""),),

    # 33 ----------------------------------------------------------- company reviews digest
    msg(kind="other", slug="officevoices_interview_reviews_digest", lang="en", company="",
        contact="",
        frm=("OfficeVoices", "digest@officevoices.example.com"),
        subject="New interview reviews for companies you follow",
        date="2026-04-02 18:20 +0100",
        headers=[("List-Id", "OfficeVoices digest <digest.officevoices.example.com>"),
                 ("List-Unsubscribe", "<https://officevoices.example.com/email/off>"), *LIST],
        text=digest_text(
            "Interview reviews this week",
            "People shared new interview experiences at companies you follow.",
            [("Liffey Quay Hotels - Revenue Coordinator", "https://officevoices.example.com/r/5521", "\"Assessment centre was well run but I was rejected by a generic email after three rounds.\""),
             ("Skerrin Air - Pricing Analyst", "https://officevoices.example.com/r/5530", "\"Phone screen, case study, panel. Got the offer two weeks later.\""),
             ("Yieldwise - Revenue Analyst", "https://officevoices.example.com/r/5534", "\"Friendly interviewers; they moved my interview twice.\"")],
            "Stop these emails: https://officevoices.example.com/email/off")),

    # 34 ----------------------------------------------------------- German job agent
    msg(kind="other", slug="jobportal_sued_jobagent", lang="de", company="", contact="",
        frm=("Jobportal Süd - Jobagent", "jobagent@jobportal-sued.example.de"),
        name_enc=("iso-8859-1", "q"),
        subject="7 neue Jobs für „Revenue Analyst“ in Stuttgart",
        subj_enc=("utf-8", "b"),
        date="2026-06-22 06:15 +0200",
        headers=[("List-Id", "Jobagent <jobagent.jobportal-sued.example.de>"),
                 ("List-Unsubscribe", "<https://jobportal-sued.example.de/jobagent/abmelden?id=4471>"),
                 *LIST],
        cte="quoted-printable",
        text=digest_text(
            "Ihr Jobagent: Revenue Analyst, Stuttgart (+30 km)",
            "Guten Morgen! Seit gestern sind diese Stellen neu hinzugekommen.",
            [("Revenue Analyst (m/w/d) – Kesselwerk Software, Stuttgart", "https://jobportal-sued.example.de/s/88101", "Vollzeit, hybrid, Englisch als Arbeitssprache"),
             ("Junior Revenue Manager (m/w/d) – Neckartal Hotels, Stuttgart", "https://jobportal-sued.example.de/s/88107", "Unbefristet, 40 Std."),
             ("Pricing Analyst Netzplanung (m/w/d) – Schwabenflug, Leinfelden-Echterdingen", "https://jobportal-sued.example.de/s/88112", "Vollzeit"),
             ("Ratgeber: Wie Sie eine Absage in eine Chance verwandeln", "https://jobportal-sued.example.de/ratgeber/absage", "Tipps für Ihr nächstes Vorstellungsgespräch")],
            "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden: https://jobportal-sued.example.de/jobagent/abmelden?id=4471")),

    # 35 ----------------------------------------------------------- own German application
    msg(kind="other", slug="own_bewerbung_kesselwerk", lang="de", company="", contact="",
        key="x_kessel_bewerbung",
        frm=CAND, to=[("Jonas Weber", "jonas.weber@kesselwerk.example.de")],
        subject="Bewerbung als Revenue Analyst (m/w/d) für Kesselwerk - Oona Fitzgerald-Adebayo",
        subj_enc=("iso-8859-1", "q"),
        date="2026-06-29 20:10 +0100",
        text="""Sehr geehrter Herr Weber,

mit großem Interesse habe ich Ihre Ausschreibung für die Stelle als Revenue Analyst bei
Kesselwerk Software gelesen. Anbei sende ich Ihnen meinen Lebenslauf.

Seit sechs Jahren arbeite ich im Nachtdienst eines Hotels in Galway (Irland) und bin dort
unter anderem für den Night Audit, die Ratenpflege und Überbuchungsentscheidungen
zuständig. Im vergangenen Jahr habe ich ein Diplom in Datenanalyse abgeschlossen und
arbeite täglich mit SQL und Power BI.

Deutsch spreche ich auf Niveau B1 und lerne fleißig weiter; Englisch ist meine
Muttersprache. Über die Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Oona Fitzgerald-Adebayo
Galway, Irland · +353 87 555 0142
""",
        attach=[("Lebenslauf_Fitzgerald-Adebayo.pdf", "Oona Fitzgerald-Adebayo - Lebenslauf",
                 ["Galway, Irland - oona.fa@example.ie",
                  "2020-heute: Night Auditor, Eyre Square Hotel, Galway",
                  "2025: Diploma in Data Analytics, Galway Atlantic University",
                  "Sprachen: Englisch (Muttersprache), Franzoesisch B2, Spanisch B2, Deutsch B1"])]),

    # 36 ----------------------------------------------------------- German out-of-office
    msg(kind="other", slug="schwabenflug_abwesenheitsnotiz", lang="de", company="",
        contact="sabine.koch@schwabenflug.example.de", key="x_schwaben_ooo",
        parent="s_schwaben_move",
        frm=("Sabine Koch", "sabine.koch@schwabenflug.example.de"),
        subject="Abwesenheitsnotiz: AW: Verschiebung Assessment-Center Pricing Analyst",
        date="2026-08-12 19:02 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21. August nicht im Büro und habe nur eingeschränkt Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Herrn Markus Lenz,
markus.lenz@schwabenflug.example.de.

Mit freundlichen Grüßen
Sabine Koch
"""),

    # 37 ----------------------------------------------------------- German network notification, HTML only
    msg(kind="other", slug="kontaktwerk_profilbesucher", lang="de", company="", contact="",
        frm=("Kontaktwerk", "benachrichtigung@kontaktwerk.example.de"),
        subject="Ihr Profil wurde diese Woche 9-mal besucht",
        date="2026-05-18 17:00 +0200",
        headers=[("List-Unsubscribe", "<https://kontaktwerk.example.de/einstellungen/mail>")],
        cte="base64",
        html=ats_card("Kontaktwerk", "#026466", """<p>Hallo Oona,</p>
<p>Ihr Profil wurde diese Woche <b>9-mal</b> besucht – unter anderem von einer Recruiterin von Neckartal Hotels und von 2 Personen aus der Luftfahrt.</p>
<p>Tipp: Profile mit aktueller Position und Foto erhalten bis zu 3-mal mehr Anfragen.</p>""" + button("Besucher ansehen", "https://kontaktwerk.example.de/profil/besucher", "#026466"),
            'Kontaktwerk · <a href="https://kontaktwerk.example.de/einstellungen/mail">Benachrichtigungen verwalten</a>')),

    # 38 ----------------------------------------------------------- language school placement
    msg(kind="other", slug="sprachschule_einstufung_kurs_voll", lang="de", company="",
        contact="p.schuster@sprachschule-neckar.example.de",
        frm=("Petra Schuster", "p.schuster@sprachschule-neckar.example.de"),
        subject="Ihr Einstufungsgespräch und Kursplatz B2",
        date="2026-05-26 11:25 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Liebe Frau Fitzgerald-Adebayo,

vielen Dank für Ihr Einstufungsgespräch am Montag. Ihr Ergebnis entspricht dem Niveau
B1.2, Sie können also direkt in einen B2-Kurs einsteigen.

Leider ist der Online-Intensivkurs B2 im Juli bereits ausgebucht. Wir haben Sie auf die
Warteliste gesetzt (Position 4). Alternativ gibt es noch freie Plätze im Abendkurs ab
September.

Bitte geben Sie uns bis Freitag Bescheid, welche Variante Sie bevorzugen.

Mit freundlichen Grüßen
Petra Schuster
Sprachschule am Neckar, Königstraße 12, 70173 Stuttgart
Tel. 0711 555 0190
"""),

    # 39 ----------------------------------------------------------- German career newsletter
    msg(kind="other", slug="karriere_kompass_absage_tipps", lang="de", company="", contact="",
        frm=("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
        subject="Absage nach dem Vorstellungsgespräch? Sechs Dinge, die jetzt helfen",
        date="2026-09-28 07:30 +0200",
        headers=[("List-Id", "Karriere-Kompass <news.karriere-kompass.example.de>"),
                 ("List-Unsubscribe", "<https://karriere-kompass.example.de/abmelden>"), *LIST],
        text="""KARRIERE-KOMPASS · Ausgabe 39/2026

Absage nach dem Vorstellungsgespräch? Sechs Dinge, die jetzt helfen

Eine Absage tut weh, besonders nach einer Einladung zur zweiten Runde. Unsere
Redaktion hat mit Personalerinnen gesprochen:

1. Bitten Sie freundlich um Feedback - viele antworten tatsächlich.
2. Notieren Sie, welche Fragen im Gespräch schwierig waren.
3. Bleiben Sie mit dem Unternehmen in Kontakt; Stellen werden oft neu besetzt.
4. Prüfen Sie, ob die Position wirklich zu Ihnen gepasst hätte.
5. Gönnen Sie sich eine Pause, bevor Sie die nächste Bewerbung schreiben.
6. Und: Ein Angebot kommt oft dann, wenn man nicht mehr damit rechnet.

Außerdem in dieser Ausgabe: Gehaltsverhandlung beim ersten Vertragsangebot.

Newsletter abbestellen: https://karriere-kompass.example.de/abmelden
"""),

    # 40 ----------------------------------------------------------- French job alert
    msg(kind="other", slug="emploi_sud_ouest_alerte", lang="fr", company="", contact="",
        frm=("EmploiSudOuest", "alertes@emploisudouest.example.fr"),
        subject="Alerte emploi : 5 nouvelles offres « analyste revenue management » à Bordeaux",
        subj_enc=("iso-8859-1", "q"),
        date="2026-03-02 07:05 +0100",
        headers=[("List-Id", "Alertes EmploiSudOuest <alertes.emploisudouest.example.fr>"),
                 ("List-Unsubscribe", "<https://emploisudouest.example.fr/alertes/stop?k=551>"),
                 *LIST],
        text=digest_text(
            "Vos nouvelles offres - Bordeaux (33)",
            "Bonjour, voici les offres publiées depuis votre dernière alerte.",
            [("Analyste revenue management H/F - Maison Garonne Hôtels", "https://emploisudouest.example.fr/o/3021", "CDI, Bordeaux centre"),
             ("Chargé(e) de tarification - Girondair", "https://emploisudouest.example.fr/o/3025", "CDI, Mérignac"),
             ("Data analyst tourisme - Gironde Tourisme & Congrès", "https://emploisudouest.example.fr/o/3030", "CDD 12 mois"),
             ("Conseil : comment rebondir après un refus", "https://emploisudouest.example.fr/conseils/refus", "Notre dossier entretien d'embauche")],
            "Pour ne plus recevoir cette alerte : https://emploisudouest.example.fr/alertes/stop?k=551"),
        html=digest_html(
            "Vos nouvelles offres - Bordeaux (33)",
            "Bonjour, voici les offres publiées depuis votre dernière alerte.",
            [("Analyste revenue management H/F - Maison Garonne Hôtels", "https://emploisudouest.example.fr/o/3021", "CDI, Bordeaux centre"),
             ("Chargé(e) de tarification - Girondair", "https://emploisudouest.example.fr/o/3025", "CDI, Mérignac"),
             ("Data analyst tourisme - Gironde Tourisme & Congrès", "https://emploisudouest.example.fr/o/3030", "CDD 12 mois"),
             ("Conseil : comment rebondir après un refus", "https://emploisudouest.example.fr/conseils/refus", "Notre dossier entretien d'embauche")],
            '<a href="https://emploisudouest.example.fr/alertes/stop?k=551">Se désabonner</a>',
            accent="#9f1239")),

    # 41 ----------------------------------------------------------- own apology (French)
    msg(kind="other", slug="own_excuses_appel_manque_garonne", lang="fr", company="",
        contact="", key="x_garonne_excuses", parent="n_garonne_missed",
        frm=CAND, to=[("Camille Ferrand", "camille.ferrand@garonne-hotels.example.fr")],
        subject="RE: Entretien téléphonique manqué ce matin",
        subj_enc=("utf-8", "b"),
        date="2026-03-24 12:15 +0000",
        text=EXCUSES_GARONNE + "\n"),

    # 42 ----------------------------------------------------------- French out-of-office
    msg(kind="other", slug="lenoir_reponse_automatique", lang="fr", company="",
        contact="helene.lenoir@lenoir-conseil.example.fr", key="x_lenoir_ooo",
        parent="a_lenoir_cv",
        frm=("Hélène Lenoir", "helene.lenoir@lenoir-conseil.example.fr"),
        name_enc=("iso-8859-1", "b"),
        subject="Réponse automatique : Candidature - analyste tarification",
        date="2026-09-09 08:00 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Bonjour,

Je suis absente du cabinet jusqu'au lundi 14 septembre inclus. Je prendrai
connaissance de votre message à mon retour.

Pour toute urgence, vous pouvez joindre le secrétariat au 05 56 55 01 20.

Bien cordialement,
Hélène Lenoir
"""),

    # 43 ----------------------------------------------------------- French master refused
    msg(kind="other", slug="urgb_master_candidature_refusee", lang="fr", company="",
        contact="",
        frm=("Université Rive Gauche - eCandidature", "noreply@candidature.urgb.example.fr"),
        subject="Master Tourisme et Hôtellerie : décision sur votre candidature",
        date="2026-06-26 14:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Université Rive Gauche Bordeaux", "#1d4ed8", to_html("""Madame,

La commission pédagogique du Master Tourisme et Hôtellerie (parcours revenue
management) a examiné votre dossier.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la
rentrée 2026. Le nombre de places étant limité, la commission n'a pu donner une suite
favorable à toutes les candidatures.

Vous pouvez consulter le détail de la décision sur la plateforme eCandidature."""),
            "Message automatique - merci de ne pas répondre.")),

    # 44 ----------------------------------------------------------- French press interview
    msg(kind="other", slug="journaliste_demande_interview", lang="fr", company="",
        contact="m.dufau@echogaronne.example.fr",
        frm=("Mathilde Dufau", "m.dufau@echogaronne.example.fr"),
        subject="Demande d'interview - Les Irlandais de l'hôtellerie bordelaise",
        date="2026-05-05 16:40 +0200",
        text="""Bonjour Oona,

Je suis journaliste à L'Écho de la Garonne. Je prépare un article sur les jeunes
professionnels étrangers qui veulent travailler dans l'hôtellerie à Bordeaux, et
Camille, une amie commune du club de rugby, m'a donné votre adresse.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes, par téléphone ou
en visio ? Je voudrais parler de votre parcours de veilleuse de nuit à Galway et de
votre projet de vous installer en France.

L'article paraîtra début juin. Je peux vous envoyer les citations pour relecture.

Bien à vous,
Mathilde Dufau
L'Écho de la Garonne - rubrique Économie
06 55 50 12 34
"""),

    # 45 ----------------------------------------------------------- Spanish job alert
    msg(kind="other", slug="empleosur_alerta_ofertas", lang="es", company="", contact="",
        frm=("EmpleoSur", "alertas@empleosur.example.es"),
        subject="Nuevas ofertas: analista de revenue en Málaga",
        subj_enc=("utf-8", "b"),
        date="2026-04-20 08:00 +0200",
        headers=[("List-Id", "Alertas EmpleoSur <alertas.empleosur.example.es>"),
                 ("List-Unsubscribe", "<https://empleosur.example.es/alertas/baja?id=903>"),
                 *LIST],
        cte="base64",
        text=digest_text(
            "Tus ofertas de hoy",
            "Hola Oona, estas son las ofertas nuevas que coinciden con tu alerta.",
            [("Analista de Revenue Management - Hoteles Costa del Limonar", "https://empleosur.example.es/of/7712", "Torremolinos · Jornada completa"),
             ("Pricing Analyst - Andalus Air", "https://empleosur.example.es/of/7719", "Málaga · Contrato indefinido"),
             ("Técnico/a de datos turísticos - Turismo Costa Malagueña", "https://empleosur.example.es/of/7725", "Málaga · Sustitución"),
             ("Guía: qué hacer si te rechazan tras la entrevista", "https://empleosur.example.es/blog/rechazo", "Consejos de nuestras orientadoras")],
            "Darte de baja de esta alerta: https://empleosur.example.es/alertas/baja?id=903")),

    # 46 ----------------------------------------------------------- own thank-you (Spanish)
    msg(kind="other", slug="own_gracias_tras_charla_tarifa", lang="es", company="",
        contact="", key="x_tarifa_gracias", parent="s_tarifa_hora",
        frm=CAND, to=[("Álvaro Medina", "alvaro.medina@tarifa-analytics.example.es")],
        subject="Gracias por la charla de ayer",
        date="2026-09-11 09:15 +0100",
        text=GRACIAS_TARIFA + "\n"),

    # 47 ----------------------------------------------------------- Spanish out-of-office
    msg(kind="other", slug="usol_respuesta_automatica", lang="es", company="",
        contact="pilar.navas@usolmalaga.example.es", key="x_usol_ooo", parent="i_usol_panel",
        frm=("Pilar Navas", "pilar.navas@usolmalaga.example.es"),
        subject="Respuesta automática: Entrevista - Técnico/a de análisis de ingresos",
        subj_enc=("iso-8859-1", "q"),
        date="2026-07-09 09:00 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Estaré fuera de la oficina hasta el lunes 13 de julio.

Para asuntos urgentes del Servicio de Personal, escriba a
personal@usolmalaga.example.es o llame al 952 555 014.

Pilar Navas
"""),

    # 48 ----------------------------------------------------------- friend's own rejection (es)
    msg(kind="other", slug="amiga_cuenta_su_rechazo", lang="es", company="",
        contact="lucia.romero@correo.example.es",
        frm=("Lucía Romero", "lucia.romero@correo.example.es"),
        subject="Pues no, no me han cogido",
        date="2026-05-29 23:05 +0200",
        text="""Oona, guapa:

Ya me han contestado los de la aerolínea. Me han dicho que no, que han elegido a
alguien con más experiencia en tripulación. Un correo de dos líneas después de tres
entrevistas, ¡ni una llamada!

Estoy un poco chof, pero bueno, sigo en el hotel y el verano viene fuerte.

¿Y tú qué tal con lo de Málaga? Si al final te vienes, tengo un sofá para ti.

Un besazo,
Lucía
"""),

    # 49 ----------------------------------------------------------- landlord (es), 8-bit latin-1
    msg(kind="other", slug="casero_piso_ya_alquilado", lang="es", company="",
        contact="rafael.ortiz@pisosmalaga.example.es",
        frm=("Rafael Ortiz", "rafael.ortiz@pisosmalaga.example.es"),
        subject="Visita al piso de calle Victoria",
        date="2026-07-21 12:40 +0200", charset="iso-8859-1", cte="8bit",
        text="""Hola Oona:

Te escribo por la cita que teníamos el jueves para ver el piso de calle Victoria.
Lamentablemente, el propietario ha aceptado esta mañana a otra inquilina y el piso ya
no está disponible.

Tengo otro estudio en El Perchel, algo más pequeño, por 750 euros al mes. Si te
interesa, te paso fotos y fijamos otra visita cuando estés por Málaga.

Un saludo,
Rafael Ortiz
Pisos Málaga Centro - Alquileres
"""),

    # 50 ----------------------------------------------------------- language course place refused
    msg(kind="other", slug="escuela_idiomas_plaza_no_concedida", lang="es", company="",
        contact="",
        frm=("Escuela de Idiomas Costa", "no-responder@idiomascosta.example.es"),
        subject="Resultado de la solicitud de plaza - Español C1 intensivo",
        date="2026-09-04 10:30 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Estimada Oona Fitzgerald-Adebayo:

Le comunicamos que, una vez finalizado el proceso de adjudicación, no ha obtenido plaza
en el curso intensivo de Español C1 (octubre-diciembre 2026).

Su solicitud queda en lista de espera con el número 12. Si se produce una vacante, nos
pondremos en contacto con usted.

Este es un mensaje automático; por favor, no responda a esta dirección.

Escuela de Idiomas Costa - Secretaría
"""),

    # 51 ----------------------------------------------------------- Spanish career newsletter
    msg(kind="other", slug="carrera_activa_entrevista_competencias", lang="es", company="",
        contact="",
        frm=("Carrera Activa", "boletin@carreraactiva.example.es"),
        subject="Cómo preparar una entrevista por competencias (y qué hacer si te dicen que no)",
        date="2026-08-31 08:30 +0200",
        headers=[("List-Id", "Carrera Activa boletin <boletin.carreraactiva.example.es>"),
                 ("List-Unsubscribe", "<https://carreraactiva.example.es/baja>"), *LIST],
        text="""CARRERA ACTIVA - boletín semanal

Cómo preparar una entrevista por competencias

En este tipo de entrevista te pedirán ejemplos concretos: "cuéntame una vez en la que
resolviste un conflicto con un cliente". Usa el método STAR: situación, tarea, acción y
resultado.

Y si después de todo el proceso recibes un "lamentablemente no ha sido seleccionada",
pide feedback, respira y vuelve a intentarlo. Muchas ofertas de empleo llegan en la
segunda convocatoria.

Esta semana también: cómo negociar tu primera oferta y los puestos más demandados en
turismo en la Costa del Sol.

Darse de baja: https://carreraactiva.example.es/baja
""",
        html=digest_html(
            "Carrera Activa - boletín semanal",
            "Cómo preparar una entrevista por competencias (y qué hacer si te dicen que no).",
            [("Método STAR paso a paso", "https://carreraactiva.example.es/star", "Ejemplos concretos para tu próxima entrevista."),
             ("¿Te han rechazado? Pide feedback", "https://carreraactiva.example.es/feedback", "Cómo escribir el correo sin sonar desesperada."),
             ("Negociar tu primera oferta", "https://carreraactiva.example.es/oferta", "Salario, horario y teletrabajo."),
             ("Puestos más demandados en turismo", "https://carreraactiva.example.es/turismo", "Costa del Sol, temporada 2026.")],
            '<a href="https://carreraactiva.example.es/baja">Darse de baja</a>',
            accent="#b45309")),

    # 52 ----------------------------------------------------------- Spanish parcel delayed
    msg(kind="other", slug="pedido_retrasado_posicion_repartidor", lang="es", company="",
        contact="",
        frm=("Envíos Rápidos Andaluces", "notificaciones@enviosandaluces.example.es"),
        subject="Lamentablemente tu pedido se ha retrasado",
        subj_enc=("iso-8859-1", "b"),
        date="2026-10-05 17:45 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hola Oona:

Lamentablemente, tu pedido ERA-220871 no podrá entregarse hoy por una incidencia en
nuestro centro de Antequera.

Posición actual del repartidor: Málaga, polígono Guadalhorce.
Nueva fecha estimada de entrega: miércoles 7 de octubre, de 9:00 a 14:00.

No es necesario que hagas nada. Puedes seguir el envío en
https://enviosandaluces.example.es/seguimiento/ERA-220871

Envíos Rápidos Andaluces
"""),
]
