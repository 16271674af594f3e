"""Corpus 286, kind `rejection`: 31 hand-written refusals of a job application, each in its own
words (ATS, soft, terse, agency-relayed, after-interview, cancelled / filled internally, casual)."""

from __future__ import annotations

from msgs286_common import (
    CAND_STR,
    ats_card,
    button,
    forwarded,
    msg,
    outlook,
    outlook_html,
    sig,
    to_html,
    wrote,
)
from msgs286_other import CHASE_LOTHIAN, GRACIAS_TARIFA, THANKS_CLADDAGH, THANKS_YW

R = "rejection"

_R1 = """Hi Oona,

Thank you for such a thoughtful note, and for the time you gave us last Tuesday.

Tomás and I talked it over at length, and I wanted you to hear it from me rather than
from the system: we have offered the Revenue Analyst role to someone who has already run
a revenue desk for a portfolio of our size. It came down to that experience, not to your
potential - your night-desk examples were some of the best answers we heard.

If it's OK with you, I'd like to keep your details for our graduate analyst intake in the
autumn, and I'm happy to give you fuller feedback on a call.

All the best,
Ciara

Ciara Ní Mhaoláin | Talent Acquisition Partner
Yieldwise Software Ltd | 3 Grand Canal Quay, Dublin 2
+353 1 555 0160
"""

_R18 = """Hi Oona,

Thanks a million for your lovely note - it was a pleasure to meet you too.

I'm afraid I don't have the answer you were hoping for. The team met on Friday and we
won't be offering you the Junior Revenue Analyst position. The other finalist had two
years of SQL in a production setting, and for this first hire we need someone who can
own the data pipeline from day one.

I'd honestly be surprised if you're not in an analyst role within the year, and I'd be
glad to be a referee on the interview side if that ever helps.

Warm regards,
Saoirse

Saoirse Lynch
Head of Analytics | Claddagh Data
Unit 4, Galway Technology Park, Parkmore, Galway H91 XK2P
+353 91 555 0112
"""

MESSAGES = [
    # 1 ------------------------------------------------------------ after interview, quotes thank-you
    msg(kind=R, slug="yieldwise_after_interview_quotes_thanks", lang="en", company="Yieldwise",
        contact="ciara.nimhaolain@yieldwise.example.ie", key="r_yw_after",
        parent="x_yw_thanks",
        frm=("Ciara Ní Mhaoláin via Greenhouse", "no-reply@greenhouse-mail.io"),
        name_enc=("utf-8", "q"),
        reply_to=("Ciara Ní Mhaoláin", "ciara.nimhaolain@yieldwise.example.ie"),
        subject="Re: Thank you – Revenue Analyst interview", subj_enc=("utf-8", "q"),
        date="2026-02-10 16:42 +0000",
        text=_R1 + "\n" + wrote("en", "2026-02-03 18:40", CAND_STR, THANKS_YW)),

    # 2 ------------------------------------------------------------ Workday, HTML only
    msg(kind=R, slug="liffeyquay_workday_formal_html_only", lang="en",
        company="Liffey Quay Hotels", contact="", key="r_liffey",
        parent="i_liffey_ac",
        frm=("Liffey Quay Hotels", "liffeyquay@myworkday.com"),
        subject="Update on your application: Revenue Coordinator (R-1187)",
        date="2026-04-30 18:03 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Liffey Quay Hotels · Careers", "#0b3954", """<p>Dear Oona,</p>
<p>Thank you for the time and energy you put into our assessment centre for the <b>Revenue Coordinator</b> position (job requisition R-1187).</p>
<p>Having reviewed the results of the day alongside your application, we will not be progressing your candidacy any further. This decision is final for this requisition.</p>
<p>Your candidate profile stays active, and you can set up job alerts so that you hear about future openings across our five Dublin properties.</p>
<p>Kind regards,<br>Talent Acquisition<br>Liffey Quay Hotels</p>""" + button("Visit the candidate home page", "https://liffeyquay.wd3.myworkday.com/en-US/LQH_Careers/userHome", "#0b3954"),
            "Please do not reply to this message. It was sent from an unmonitored address.")),

    # 3 ------------------------------------------------------------ agency relays client's no
    msg(kind=R, slug="aeratlantach_no_via_harbour_talent", lang="en", company="Aer Atlantach",
        contact="fionn.garvey@harbourtalent.example.ie", key="r_aer", parent="i_aer",
        frm=("Fionn Garvey", "fionn.garvey@harbourtalent.example.ie"),
        subject="Re: Interview with Aer Atlantach - Monday 2 March",
        date="2026-03-09 15:55 +0000",
        text="""Hi Oona,

I've had the feedback from Aer Atlantach and, sadly, it's a no this time.

Their network pricing lead liked you a lot and thought your answers on overbooking were
spot on. Where they felt you fell short was airline-specific knowledge: fare classes,
inventory nesting, that sort of thing. They've gone with someone who's spent two years in
a ground-handling pricing team.

For what it's worth, I think that's very fixable and I'll be pushing you for the next
hospitality-side role that lands on my desk. Can we have a quick catch-up on Thursday?

Cheers,
Fionn

""" + sig("Fionn Garvey", "Senior Consultant | Harbour Talent",
          "Merchants Road, Galway", "+353 91 555 0187")),

    # 4 ------------------------------------------------------------ soft "more closely matches"
    msg(kind=R, slug="forthlothian_experience_more_closely_matches", lang="en",
        company="Forth & Lothian Hotels", contact="morag.kincaid@forthlothian.example.co.uk",
        key="r_forth", parent="n_forth",
        frm=("Morag Kincaid", "morag.kincaid@forthlothian.example.co.uk"),
        subject="Your application - Revenue Analyst, Edinburgh",
        date="2026-06-23 16:10 +0100",
        text="""Dear Oona,

Thank you for rearranging your interview with us after the difficulty with the Teams
link earlier in the month, and for your patience while we finished the process.

We have decided to move forward with candidates whose experience more closely matches the
requirements of the Revenue Analyst role, in particular multi-property forecasting.

We appreciate the interest you have shown in Forth & Lothian Hotels and wish you every
success in your search.

Yours sincerely,

Morag Kincaid
Talent Acquisition Manager
Forth & Lothian Hotels Ltd, 1 Waterloo Place, Edinburgh EH1 3BG
+44 131 555 0140
""",
        html=outlook_html(to_html("""Dear Oona,

Thank you for rearranging your interview with us after the difficulty with the Teams
link earlier in the month, and for your patience while we finished the process.

We have decided to move forward with candidates whose experience more closely matches the
requirements of the Revenue Analyst role, in particular multi-property forecasting.

We appreciate the interest you have shown in Forth & Lothian Hotels and wish you every
success in your search.

Yours sincerely,

Morag Kincaid
Talent Acquisition Manager
Forth & Lothian Hotels Ltd, 1 Waterloo Place, Edinburgh EH1 3BG
+44 131 555 0140"""), "EN-GB")),

    # 5 ------------------------------------------------------------ role on hold
    msg(kind=R, slug="visitlothian_role_on_hold", lang="en", company="Visit Lothian",
        contact="isla.ferguson@visitlothian.example.co.uk", key="r_lothian",
        parent="x_lothian_chase",
        frm=("Isla Ferguson", "isla.ferguson@visitlothian.example.co.uk"),
        subject="RE: Visitor Economy Data Analyst (VL-0426) - application status",
        date="2026-07-03 12:15 +0100",
        text="""Dear Oona,

Thank you for following up, and apologies that you had to chase us.

I'm sorry to tell you that the role has been put on hold and we will not proceed with
the recruitment this year. Our funding for the visitor economy programme was cut at the
June board meeting, and the post is no longer in the budget. We are writing to everyone
who applied this week.

If the position is re-advertised in 2027 we would be glad to hear from you again.

Kind regards,
Isla Ferguson
People & Culture Advisor, Visit Lothian
Waverley Court, 4 East Market Street, Edinburgh EH8 8BG

""" + outlook("en", "Oona Fitzgerald-Adebayo <oona.fa@example.ie>", "2026-07-01 19:30",
              "Isla Ferguson <isla.ferguson@visitlothian.example.co.uk>",
              "Visitor Economy Data Analyst (VL-0426) - application status", CHASE_LOTHIAN)),

    # 6 ------------------------------------------------------------ Lever, no human address
    msg(kind=R, slug="skerrinair_lever_after_panel", lang="en", company="Skerrin Air",
        contact="", key="r_skerrin", parent="s_skerrin_move",
        frm=("Skerrin Air", "no-reply@hire.lever.co"),
        subject="Your Pricing Analyst application at Skerrin Air",
        date="2026-05-08 09:45 +0100",
        text="""Hi Oona,

Thanks again for meeting our panel for the Pricing Analyst position. We know how much
preparation a panel interview takes.

After comparing all the finalists, the hiring team has made the difficult decision not
to take your application to the offer stage. We had a very strong field this round.

We'd love you to stay in our talent community, and we hope our paths cross again.

The Skerrin Air Talent Team
""",
        html=ats_card("Skerrin Air", "#1e3a8a", to_html("""Hi Oona,

Thanks again for meeting our panel for the Pricing Analyst position. We know how much
preparation a panel interview takes.

After comparing all the finalists, the hiring team has made the difficult decision not
to take your application to the offer stage. We had a very strong field this round.

We'd love you to stay in our talent community, and we hope our paths cross again.

The Skerrin Air Talent Team"""), "Sent with Lever")),

    # 7 ------------------------------------------------------------ university, placed on a panel
    msg(kind=R, slug="gau_interview_board_outcome_reserve_panel", lang="en",
        company="Galway Atlantic University", contact="siobhan.kearney@gau.example.ie",
        key="r_gau", parent="s_gau_cancel",
        frm=("Siobhán Kearney", "siobhan.kearney@gau.example.ie"), name_enc=("utf-8", "q"),
        subject="Outcome of interview – Business Analyst (Conference & Events Office)",
        subj_enc=("utf-8", "b"),
        date="2026-04-08 15:00 +0100",
        text="""Dear Ms Fitzgerald-Adebayo,

I refer to your recent interview for the post of Business Analyst in the Conference &
Events Office.

The interview board has now concluded its deliberations and has recommended another
candidate for appointment. I regret that you were not the successful candidate on this
occasion.

The board did, however, place you fourth on the panel of qualified candidates, which will
remain valid for twelve months. Should a similar vacancy arise during that time, posts
will be offered from the panel in order of merit.

Thank you for your interest in working at Galway Atlantic University.

Is mise le meas,

Siobhán Kearney
Human Resources Officer - Recruitment
Galway Atlantic University, University Road, Galway H91 TK33
+353 91 555 0411

-----
This e-mail and any files transmitted with it are confidential and intended solely for
the addressee. If you are not the intended recipient, any disclosure, copying or
distribution is prohibited. Galway Atlantic University accepts no liability for the
content of this e-mail. Tá an ríomhphost seo faoi rún.
""",
        html=outlook_html(to_html("""Dear Ms Fitzgerald-Adebayo,

I refer to your recent interview for the post of Business Analyst in the Conference &
Events Office.

The interview board has now concluded its deliberations and has recommended another
candidate for appointment. I regret that you were not the successful candidate on this
occasion.

The board did, however, place you fourth on the panel of qualified candidates, which will
remain valid for twelve months. Should a similar vacancy arise during that time, posts
will be offered from the panel in order of merit.

Thank you for your interest in working at Galway Atlantic University.

Is mise le meas,

Siobhán Kearney
Human Resources Officer - Recruitment
Galway Atlantic University, University Road, Galway H91 TK33
+353 91 555 0411""") + """
<p class="MsoNormal" style="font-size:8pt;color:#808080">This e-mail and any files transmitted with it are confidential and intended solely for the addressee. If you are not the intended recipient, any disclosure, copying or distribution is prohibited. Galway Atlantic University accepts no liability for the content of this e-mail. Tá an ríomhphost seo faoi rún.</p>""")),

    # 8 ------------------------------------------------------------ terse human
    msg(kind=R, slug="rateharbour_terse_one_liner", lang="en", company="RateHarbour",
        contact="cian@rateharbour.example.ie", key="r_rateharbour", parent="n_rateharbour",
        frm=("Cian Flaherty", "cian@rateharbour.example.ie"),
        subject="Re: Analyst role - case exercise",
        date="2026-09-01 08:31 +0100",
        text="""Oona - we're going another way on the analyst hire. Thanks for your time on this.

Cian

Sent from my iPhone
"""),

    # 9 ------------------------------------------------------------ filled internally
    msg(kind=R, slug="clarecoast_filled_by_internal_candidate", lang="en",
        company="Clare Coast Hospitality", contact="mairead.hogan@clarecoast.example.ie",
        frm=("Mairéad Hogan", "mairead.hogan@clarecoast.example.ie"),
        subject="Revenue & Distribution Executive - update",
        date="2026-01-16 12:00 +0000", cte="quoted-printable",
        text="""Dear Oona,

Many thanks for sending in your CV for the Revenue & Distribution Executive role in
Ennis.

I wanted to let you know that the post has been filled by a member of our own
reservations team, who applied through the internal jobs board, so we won't be running
external interviews after all. I know that's frustrating when you've taken the time to
put an application together - sorry about that.

We'll hold on to your CV for six months unless you tell us otherwise.

Kind regards,

Mairéad Hogan
HR Manager
Clare Coast Hospitality Ltd · Abbey Street, Ennis, Co. Clare
065 555 0109
"""),

    # 10 ----------------------------------------------------------- casual, colleague-style
    msg(kind=R, slug="lakeside_casual_gm_after_trial_day", lang="en",
        company="Midlands Lakeside Hotels", contact="padraig.moran@lakesidehotels.example.ie",
        key="r_lake", parent="s_lake_postpone",
        frm=("Pádraig Moran", "padraig.moran@lakesidehotels.example.ie"),
        name_enc=("iso-8859-1", "q"),
        subject="Re: Trial day - change of plan",
        date="2026-06-05 22:10 +0100",
        text="""Ah Oona,

I owe you a phone call really, but the weeks are flying and I didn't want you hanging on
any longer.

The owners have decided to give the revenue job to Shane from our own front office - he's
been covering the rates since Christmas and they didn't want to disrupt that. So we won't
be doing the trial day after all. I'm sorry, I was hoping to have you down here.

If you're ever passing through Athlone, drop in and I'll stand you a coffee.

Pádraig

--
Pádraig Moran, General Manager
Midlands Lakeside Hotels, The Strand, Athlone, Co. Westmeath
090 555 0133
"""),

    # 11 ----------------------------------------------------------- SmartRecruiters
    msg(kind=R, slug="stu_smartrecruiters_not_progressed", lang="en",
        company="Shannon Technological University", contact="", key="r_stu",
        parent="n_stu",
        frm=("Shannon Technological University", "noreply@smartrecruiters.com"),
        subject="Data Analyst (Grade IV) - your application",
        date="2026-10-08 09:00 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Oona,

Thank you for your interest in the Data Analyst (Grade IV) role at Shannon Technological
University.

We have reviewed the applications and interview assessments against the essential
criteria, and at this stage we are unable to progress you to the next step of the
competition.

Under our recruitment policy you may request feedback within 14 days of this notice.

Human Resources
Shannon Technological University

This message was sent via SmartRecruiters. Please do not reply.
""",
        html=ats_card("Shannon Technological University", "#0f766e", to_html("""Dear Oona,

Thank you for your interest in the Data Analyst (Grade IV) role at Shannon Technological
University.

We have reviewed the applications and interview assessments against the essential
criteria, and at this stage we are unable to progress you to the next step of the
competition.

Under our recruitment policy you may request feedback within 14 days of this notice.

Human Resources
Shannon Technological University"""), "This message was sent via SmartRecruiters. Please do not reply.")),

    # 12 ----------------------------------------------------------- agency, client not named
    msg(kind=R, slug="hnrecruit_unnamed_client_chose_other_finalist", lang="en",
        company="Hospitality Numbers Recruitment",
        contact="aisling.kavanagh@hnrecruit.example.ie", key="r_hnr", parent="n_hnr",
        frm=("Aisling Kavanagh", "aisling.kavanagh@hnrecruit.example.ie"),
        subject="Re: Phone interview - revenue analyst (Dublin hotel group)",
        date="2026-02-26 14:45 +0000",
        text="""Hi Oona,

Not the news either of us wanted, I'm afraid. My client has decided to offer the
position to the other finalist. I've pasted their note below word for word so you can
see there's genuine positives in there:

> Thanks Aisling. We enjoyed the second call with Oona once we finally connected, and her
> night-audit knowledge is excellent. On balance we're going with the other candidate, who
> has used IDeaS day to day. Please pass on our thanks.

I know the first call going astray didn't help, but honestly I don't think it decided it.

I'll keep you front of mind - there are two more hotel roles coming in next month.

Aisling

""" + sig("Aisling Kavanagh", "Recruitment Consultant - Hospitality Finance",
          "Hospitality Numbers Recruitment, 18 Fitzwilliam Place, Dublin 2",
          "+353 1 555 0175")),

    # 13 ----------------------------------------------------------- iCIMS
    msg(kind=R, slug="loughree_cruisers_icims_not_selected", lang="en",
        company="Lough Ree Cruisers", contact="",
        frm=("Lough Ree Cruisers Recruitment", "donotreply@icims.com"),
        subject="Bookings & Yield Assistant - Athlone",
        date="2026-03-19 08:00 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Oona Fitzgerald-Adebayo,

Thank you for applying for the Bookings & Yield Assistant position at our Athlone marina.

We have now selected the candidates we will be inviting to interview. Your application
was not among those selected, and we will not be taking it further for this season.

We wish you well in your career.

Lough Ree Cruisers
Recruitment Team

This email was sent from an unattended mailbox.
"""),

    # 14 ----------------------------------------------------------- agency relays named client
    msg(kind=R, slug="pentlandair_no_via_thistle_search", lang="en", company="Pentland Air",
        contact="ewan.laidlaw@thistlesearch.example.co.uk", key="r_pentland",
        parent="n_pentland",
        frm=("Ewan Laidlaw", "ewan.laidlaw@thistlesearch.example.co.uk"),
        subject="Fwd: Pentland Air - Junior Pricing Analyst - O. Fitzgerald-Adebayo",
        date="2026-06-01 11:20 +0100",
        text="""Hello Oona,

I promised I'd pass on Pentland Air's decision as soon as I had it. It's a no, I'm
afraid - their own words are below. I'm disappointed for you, but the first part of
Gregor's note is worth holding on to.

Let me know if you're happy for me to keep putting you forward for hotel-side roles in
Scotland.

Kind regards,
Ewan

Ewan Laidlaw
Senior Consultant - Travel & Hospitality
Thistle Search Ltd, 22 Queen Street, Edinburgh EH2 1JX
+44 131 555 0121

""" + forwarded("en", "Gregor Munro <gregor.munro@pentlandair.example.co.uk>",
                "2026-05-29 17:48",
                "Pentland Air - Junior Pricing Analyst - O. Fitzgerald-Adebayo",
                "Ewan Laidlaw <ewan.laidlaw@thistlesearch.example.co.uk>",
                """Hi Ewan,

Thanks for rearranging the call with Oona after the Teams mix-up. Her analytical
approach came across well and she clearly knows hotel pricing inside out.

We've decided not to take her forward, though. For this post we need someone who can
work in our fare-filing system from day one, and we have a finalist with that
background.

Please thank her from us.

Gregor Munro
Pricing Manager, Pentland Air Ltd""") + """

This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it. Thistle Search
Ltd is registered in Scotland, no. SC555012.
"""),

    # 15 ----------------------------------------------------------- Ashby
    msg(kind=R, slug="kesselwerk_ashby_not_moving_forward", lang="en",
        company="Kesselwerk Software", contact="", key="r_kessel", parent="n_kessel",
        frm=("Kesselwerk Software Hiring Team", "no-reply@ashbyhq.com"),
        subject="Update on your application to Kesselwerk Software",
        date="2026-07-28 09:00 +0200",
        text="""Hi Oona,

We appreciate you taking the time to speak with us about the Revenue Analyst position.

Unfortunately, we won't be moving forward with your candidacy. We've decided to focus on
candidates with more hands-on experience of our customers' channel managers.

Thank you for your interest in Kesselwerk, and best of luck with your search.

Kesselwerk Software Hiring Team
""",
        html=ats_card("Kesselwerk Software", "#111827", to_html("""Hi Oona,

We appreciate you taking the time to speak with us about the Revenue Analyst position.

Unfortunately, we won't be moving forward with your candidacy. We've decided to focus on
candidates with more hands-on experience of our customers' channel managers.

Thank you for your interest in Kesselwerk, and best of luck with your search.

Kesselwerk Software Hiring Team"""), "Powered by Ashby")),

    # 16 ----------------------------------------------------------- windows-1252 plain text
    msg(kind=R, slug="fergus_abbey_shortlist_cp1252", lang="en", company="Fergus Abbey Hotel",
        contact="declan.ohalloran@fergusabbey.example.ie",
        frm=("Declan O'Halloran", "declan.ohalloran@fergusabbey.example.ie"),
        subject="Revenue & Reservations Supervisor – your application",
        subj_enc=("windows-1252", "q"),
        date="2026-01-27 10:20 +0000", charset="windows-1252", cte="quoted-printable",
        text="""Dear Oona,

Thanks for applying for the Revenue & Reservations Supervisor job here at the Fergus
Abbey. We had 64 applications for the one post – a record for us.

I’m sorry to say you haven’t made our shortlist. The board were looking for someone
who has already managed a reservations team, and that’s what tipped it.

A small piece of advice, for what it’s worth: put the €40k of no-show charges you
recovered right at the top of your CV. That’s the kind of number that jumps out.

Best of luck,
Declan O’Halloran
Operations Manager, Fergus Abbey Hotel
Abbey Street, Ennis, Co. Clare · 065 555 0150
"""),

    # 17 ----------------------------------------------------------- Workable
    msg(kind=R, slug="burren_trails_workable_season_decision", lang="en",
        company="Burren Trails", contact="",
        frm=("Burren Trails", "noreply@workablemail.com"),
        subject="Your application for Bookings Analyst at Burren Trails",
        date="2026-04-22 07:30 +0100",
        text="""Hi Oona,

Thank you for applying to the Bookings Analyst role at Burren Trails.

We read every application ourselves, and after going through them all we've chosen to
continue with other applicants whose profiles suit our needs for the coming walking
season.

We're a small team, so we can't offer individual feedback, but we really appreciate your
interest in what we do.

All the best,
Burren Trails
""",
        html=ats_card("Burren Trails", "#4d7c0f", to_html("""Hi Oona,

Thank you for applying to the Bookings Analyst role at Burren Trails.

We read every application ourselves, and after going through them all we've chosen to
continue with other applicants whose profiles suit our needs for the coming walking
season.

We're a small team, so we can't offer individual feedback, but we really appreciate your
interest in what we do.

All the best,
Burren Trails"""), "Sent via Workable")),

    # 18 ----------------------------------------------------------- Outlook chain quoting thank-you
    msg(kind=R, slug="claddaghdata_after_interview_outlook_chain", lang="en",
        company="Claddagh Data", contact="saoirse.lynch@claddaghdata.example.ie",
        key="r_claddagh", parent="x_claddagh_thanks",
        frm=("Saoirse Lynch", "saoirse.lynch@claddaghdata.example.ie"),
        subject="RE: Thank you for Tuesday",
        date="2026-06-30 10:05 +0100",
        text=_R18 + "\n" + outlook("en", "Oona Fitzgerald-Adebayo <oona.fa@example.ie>",
                                   "2026-06-23 17:40",
                                   "Saoirse Lynch <saoirse.lynch@claddaghdata.example.ie>",
                                   "Thank you for Tuesday", THANKS_CLADDAGH),
        html=outlook_html(to_html(_R18) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                          + to_html(outlook("en", "Oona Fitzgerald-Adebayo <oona.fa@example.ie>",
                                            "2026-06-23 17:40",
                                            "Saoirse Lynch <saoirse.lynch@claddaghdata.example.ie>",
                                            "Thank you for Tuesday", THANKS_CLADDAGH)) + "</div>")),

    # 19 ----------------------------------------------------------- German: filled internally
    msg(kind=R, slug="neckartal_stelle_intern_besetzt", lang="de", company="Neckartal Hotels",
        contact="lena.hartmann@neckartal-hotels.example.de", key="r_neckar",
        parent="s_neckar_cancel",
        frm=("Lena Hartmann", "lena.hartmann@neckartal-hotels.example.de"),
        subject="Ihre Bewerbung als Junior Revenue Manager (m/w/d)",
        date="2026-05-05 09:30 +0200", cte="quoted-printable",
        text="""Liebe Frau Fitzgerald-Adebayo,

wie angekündigt melde ich mich bei Ihnen, nachdem wir unser Gespräch im April kurzfristig
absagen mussten.

Inzwischen hat sich eine Kollegin aus unserem Haus am Schlossplatz auf die Position
beworben, und wir haben die Stelle intern besetzt. Ein Vorstellungsgespräch mit Ihnen
wird es deshalb leider nicht mehr geben.

Das bedauern wir sehr, zumal Ihr Profil gut zu uns gepasst hätte. Wenn Sie einverstanden
sind, nehmen wir Sie gern in unseren Talentpool auf.

Herzliche Grüße aus Stuttgart

Lena Hartmann
Recruiting & Employer Branding
Neckartal Hotels GmbH · Königstraße 40 · 70173 Stuttgart
Tel. +49 711 555 0144
"""),

    # 20 ----------------------------------------------------------- German university, iso-8859-1
    msg(kind=R, slug="hs_filder_absage_formal_latin1", lang="de", company="Hochschule Filder",
        contact="ulrike.brandt@hs-filder.example.de", key="r_filder", parent="a_filder",
        frm=("Dr. Ulrike Brandt", "ulrike.brandt@hs-filder.example.de"),
        subject="Ihre Bewerbung - Kennziffer 2026-017 (Referentin Controlling Tourismus)",
        subj_enc=("iso-8859-1", "q"),
        date="2026-04-20 14:00 +0200", charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Fitzgerald-Adebayo,

nochmals vielen Dank für Ihr Interesse an der Stelle einer Referentin bzw. eines
Referenten für Controlling im Studiengang Tourismusmanagement (Kennziffer 2026-017).

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen mitteilen, dass die Wahl auf
eine andere Bewerberin gefallen ist. Wir bitten Sie, diese Entscheidung nicht als
Wertung Ihrer Qualifikation zu verstehen.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs
Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Im Auftrag

Dr. Ulrike Brandt
Personalabteilung, Hochschule Filder
Flughafenstraße 3, 70629 Stuttgart

Datenschutzhinweis: Informationen zur Verarbeitung Ihrer personenbezogenen Daten im
Bewerbungsverfahren finden Sie unter https://hs-filder.example.de/datenschutz.
"""),

    # 21 ----------------------------------------------------------- German agency relays client no
    msg(kind=R, slug="personalwerk_kunde_messehotels_absage", lang="de",
        company="Stuttgarter Messehotels", contact="k.vogel@personalwerk.example.de",
        key="r_personalwerk", parent="n_personalwerk",
        frm=("Katrin Vogel", "k.vogel@personalwerk.example.de"),
        subject="AW: Telefoninterview Stuttgarter Messehotels",
        date="2026-10-02 13:00 +0200",
        text="""Liebe Frau Fitzgerald-Adebayo,

ich habe nun die Rückmeldung der Stuttgarter Messehotels erhalten. Nach dem
nachgeholten Telefonat hat sich der Kunde entschieden, den Prozess mit Ihnen nicht
weiterzuführen. Ausschlaggebend waren wohl die fehlenden Deutschkenntnisse auf C1-Niveau
für die Abstimmung mit dem Verkaufsteam.

Persönlich finde ich das schade. Ich melde mich, sobald ich eine Position mit Englisch
als Arbeitssprache auf dem Tisch habe.

Viele Grüße
Katrin Vogel

Personalwerk Süd GmbH · Personalberatung Hotellerie & Touristik
Theodor-Heuss-Straße 8 · 70174 Stuttgart · Tel. 0711 555 0166

""" + wrote("de", "2026-09-21 16:02", CAND_STR, """Liebe Frau Vogel,

es tut mir sehr leid wegen heute Nachmittag - der Anruf ist auf meinem irischen Handy
nicht angekommen. Könnten Sie den Kunden bitten, einen neuen Termin vorzuschlagen? Ich
bin die ganze Woche flexibel.

Viele Grüße
Oona Fitzgerald-Adebayo""")),

    # 22 ----------------------------------------------------------- softgarden, base64
    msg(kind=R, slug="regiotourismus_softgarden_absage", lang="de",
        company="Stuttgart Regio Tourismus", contact="",
        frm=("Stuttgart Regio Tourismus", "noreply@softgarden.io"),
        subject="Ihre Bewerbung als Datenanalyst Tourismus (m/w/d)",
        date="2026-06-11 10:00 +0200", cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Sehr geehrte Frau Fitzgerald-Adebayo,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserer
Organisation.

Nach eingehender Sichtung der Unterlagen können wir Sie im weiteren Auswahlverfahren
leider nicht berücksichtigen. Bei der großen Zahl an Bewerbungen mussten wir uns für
Profile mit Erfahrung im Destinationsmanagement entscheiden.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Ihr Team Personal
Stuttgart Regio Tourismus

Diese Nachricht wurde automatisch über softgarden versendet.
""",
        html=ats_card("Stuttgart Regio Tourismus", "#b91c1c", to_html("""Sehr geehrte Frau Fitzgerald-Adebayo,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserer
Organisation.

Nach eingehender Sichtung der Unterlagen können wir Sie im weiteren Auswahlverfahren
leider nicht berücksichtigen. Bei der großen Zahl an Bewerbungen mussten wir uns für
Profile mit Erfahrung im Destinationsmanagement entscheiden.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Ihr Team Personal
Stuttgart Regio Tourismus"""), "Diese Nachricht wurde automatisch über softgarden versendet.")),

    # 23 ----------------------------------------------------------- German casual
    msg(kind=R, slug="albtrauf_reisen_kurz_und_ehrlich", lang="de", company="Albtrauf Reisen",
        contact="joerg.baeuerle@albtrauf-reisen.example.de",
        frm=("Jörg Bäuerle", "joerg.baeuerle@albtrauf-reisen.example.de"),
        name_enc=("utf-8", "b"),
        subject="Kurz zu deiner Bewerbung",
        date="2026-07-17 17:55 +0200",
        text="""Hallo Oona,

kurz und ehrlich, weil du dir ja auch Mühe gegeben hast: Wir haben uns für jemand anderen
entschieden. Die Kollegin kennt unsere Busreisen schon aus dem Praktikum, das hat den
Ausschlag gegeben.

Hat nichts mit dir zu tun - dein Auslastungs-Dashboard war echt stark. Viel Glück beim
Umzug nach Stuttgart, falls es klappt!

Grüße von der Alb
Jörg

Albtrauf Reisen · Marktplatz 5 · 72574 Bad Urach
"""),

    # 24 ----------------------------------------------------------- French SmartRecruiters, HTML only
    msg(kind=R, slug="girondair_smartrecruiters_non_retenue", lang="fr", company="Girondair",
        contact="", key="r_girondair", parent="a_girondair",
        frm=("Girondair Recrutement", "noreply@smartrecruiters.com"),
        subject="Votre candidature au poste de Chargé(e) de tarification",
        date="2026-05-11 10:00 +0200", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Girondair", "#0e7490", to_html("""Bonjour Oona,

Nous vous remercions de l'intérêt que vous portez à Girondair et du temps consacré à
votre candidature au poste de Chargé(e) de tarification basé à Mérignac.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Les
profils sélectionnés disposent d'une expérience plus directe de la tarification aérienne.

Nous conservons votre CV dans notre base et ne manquerons pas de revenir vers vous si un
poste correspondant à votre profil se libère.

L'équipe Recrutement Girondair"""), "Cet e-mail vous a été envoyé via SmartRecruiters. Merci de ne pas y répondre.")),

    # 25 ----------------------------------------------------------- French after missed call, quotes
    msg(kind=R, slug="garonne_ne_donnerons_pas_suite_apres_appel_manque", lang="fr",
        company="Maison Garonne Hôtels", contact="camille.ferrand@garonne-hotels.example.fr",
        key="r_garonne", parent="x_garonne_excuses",
        frm=("Camille Ferrand", "camille.ferrand@garonne-hotels.example.fr"),
        subject="RE: Entretien téléphonique manqué ce matin", subj_enc=("iso-8859-1", "q"),
        date="2026-04-02 11:30 +0200", charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Oona,

Merci pour votre message et pour vos explications, qui ont bien été transmises au
directeur de l'hébergement.

Malheureusement, notre calendrier ne nous a pas permis de reprogrammer d'échange : le
poste d'analyste revenue management devait être pourvu avant l'ouverture de la saison,
et nous avons finalisé le recrutement avec une autre personne. Nous ne donnerons donc pas
suite à votre candidature.

Je vous souhaite sincèrement de trouver rapidement le poste qui vous correspond.

Bien cordialement,

Camille Ferrand
Chargée de recrutement
Maison Garonne Hôtels SAS - 12 quai Richelieu, 33000 Bordeaux
05 56 55 01 44

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Toute diffusion non autorisée est interdite.

""" + wrote("fr", "2026-03-24 12:15", "Oona Fitzgerald-Adebayo <oona.fa@example.ie>",
            """Bonjour Madame Ferrand,

Je suis vraiment désolée pour ce matin : mon téléphone était resté en mode avion après ma
nuit de travail et je n'ai vu vos deux appels manqués qu'à 11 h 30.

Je comprends tout à fait si ce n'est plus possible, mais si vous pouviez me proposer un
autre créneau cette semaine ou la suivante, je serais disponible à toute heure de la
journée.

Avec toutes mes excuses,
Oona Fitzgerald-Adebayo""")),

    # 26 ----------------------------------------------------------- French agency relays named client
    msg(kind=R, slug="vignobledata_refus_via_cabinet_lenoir", lang="fr", company="Vignoble Data",
        contact="helene.lenoir@lenoir-conseil.example.fr", key="r_vignoble",
        parent="i_vignoble",
        frm=("Hélène Lenoir", "helene.lenoir@lenoir-conseil.example.fr"),
        name_enc=("iso-8859-1", "b"),
        subject="Retour de Vignoble Data",
        date="2026-10-06 10:20 +0200",
        text="""Bonjour Oona,

J'ai enfin eu le retour de Vignoble Data après votre entretien du 21 septembre.

Ils ont apprécié votre connaissance terrain de l'hôtellerie, mais ils ont choisi de
poursuivre avec un profil plus orienté data science, capable de reprendre leurs modèles
de prévision en Python. Ce n'est donc pas une suite favorable, j'en suis désolée.

Je garde votre dossier en tête pour nos missions côté hôtellerie et tourisme, qui
correspondent mieux à votre parcours.

Bien à vous,

Hélène Lenoir
Associée - Cabinet Lenoir Conseil
45 cours de l'Intendance, 33000 Bordeaux
05 56 55 01 20
"""),

    # 27 ----------------------------------------------------------- French role cancelled
    msg(kind=R, slug="girondetourisme_poste_supprime", lang="fr",
        company="Gironde Tourisme & Congrès",
        contact="julien.roussel@girondetourisme.example.fr", key="r_gironde",
        parent="s_gironde_cancel",
        frm=("Julien Roussel", "julien.roussel@girondetourisme.example.fr"),
        subject="Recrutement data analyst tourisme - clôture",
        date="2026-07-07 15:45 +0200",
        text="""Bonjour Madame Fitzgerald-Adebayo,

Je reviens vers vous comme promis après l'annulation de notre visioconférence de juin.

Suite à un arbitrage budgétaire du conseil d'administration, le poste de data analyst
tourisme a été supprimé du plan de recrutement 2026. Le recrutement est donc clôturé et
nous ne pourrons pas poursuivre le processus avec vous, ni avec les autres candidats.

Je regrette sincèrement cette issue, indépendante de la qualité de votre candidature.

Cordialement,

Julien Roussel
Responsable ressources humaines
Gironde Tourisme & Congrès - 2 allées de Munich, 33000 Bordeaux
05 56 55 01 77
""",
        html=outlook_html(to_html("""Bonjour Madame Fitzgerald-Adebayo,

Je reviens vers vous comme promis après l'annulation de notre visioconférence de juin.

Suite à un arbitrage budgétaire du conseil d'administration, le poste de data analyst
tourisme a été supprimé du plan de recrutement 2026. Le recrutement est donc clôturé et
nous ne pourrons pas poursuivre le processus avec vous, ni avec les autres candidats.

Je regrette sincèrement cette issue, indépendante de la qualité de votre candidature.

Cordialement,

Julien Roussel
Responsable ressources humaines
Gironde Tourisme & Congrès - 2 allées de Munich, 33000 Bordeaux
05 56 55 01 77"""), "FR")),

    # 28 ----------------------------------------------------------- Spanish Taleo, base64
    msg(kind=R, slug="andalusair_taleo_no_seleccionada", lang="es", company="Andalus Air",
        contact="", key="r_andalus", parent="a_andalus",
        frm=("Andalus Air - Selección", "no-reply@taleo.net"),
        subject="Proceso de selección: Pricing Analyst (Req. 26-0457)",
        date="2026-09-15 09:10 +0200", cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Estimada Oona:

Le agradecemos el interés mostrado en formar parte de Andalus Air.

Lamentamos comunicarle que su candidatura para la posición de Pricing Analyst
(Req. 26-0457) no ha sido seleccionada para continuar en el proceso. Esta decisión se
basa en los requisitos específicos del puesto y en el elevado número de candidaturas
recibidas.

Sus datos permanecerán en nuestra base de datos para futuros procesos, salvo que nos
indique lo contrario.

Atentamente,
Departamento de Recursos Humanos
Andalus Air

Este mensaje se ha generado automáticamente. Por favor, no responda.
"""),

    # 29 ----------------------------------------------------------- Spanish university panel outcome
    msg(kind=R, slug="usol_comision_propone_otra_candidata", lang="es",
        company="Universidad del Sol de Málaga", contact="pilar.navas@usolmalaga.example.es",
        key="r_usol", parent="i_usol_panel",
        frm=("Pilar Navas", "pilar.navas@usolmalaga.example.es"),
        subject="Resultado del proceso - Técnico/a de análisis de ingresos",
        subj_enc=("utf-8", "q", "partial"),
        date="2026-07-27 13:30 +0200",
        text="""Estimada Sra. Fitzgerald-Adebayo:

Una vez realizadas las entrevistas del 15 de julio, la comisión de selección ha propuesto
para el puesto de Técnico/a de análisis de ingresos de la Oficina de Congresos a otra
candidata, por lo que su candidatura no continuará en el proceso.

Le agradecemos sinceramente su participación y el esfuerzo de conectarse desde Irlanda.

Atentamente,

Pilar Navas Gámez
Servicio de Personal de Administración y Servicios
Universidad del Sol de Málaga
Avda. de la Universidad s/n, 29010 Málaga · Tel. 952 555 014
"""),

    # 30 ----------------------------------------------------------- Spanish after chat, quotes thanks
    msg(kind=R, slug="tarifa_tras_charla_cita_agradecimiento", lang="es",
        company="Tarifa Analytics", contact="alvaro.medina@tarifa-analytics.example.es",
        key="r_tarifa", parent="x_tarifa_gracias",
        frm=("Álvaro Medina", "alvaro.medina@tarifa-analytics.example.es"),
        name_enc=("utf-8", "b"),
        subject="Re: Gracias por la charla de ayer",
        date="2026-09-22 10:40 +0200",
        text="""Hola Oona:

Gracias a ti por el mensaje, da gusto.

Te escribo para contarte que al final nos hemos decidido por otra persona, con más
experiencia en pisos turísticos y en nuestro channel manager. Ha sido una decisión
difícil y quería decírtelo yo en persona antes de que te llegara cualquier otra cosa.

Si en primavera abrimos la segunda plaza de analista, te escribo directamente.

Un abrazo,
Álvaro

Álvaro Medina · Head of Data
Tarifa Analytics S.L. · Calle Larios 14, 29005 Málaga
+34 951 555 033

""" + wrote("es", "2026-09-11 09:15", "Oona Fitzgerald-Adebayo <oona.fa@example.ie>",
            GRACIAS_TARIFA)),

    # 31 ----------------------------------------------------------- Spanish casual
    msg(kind=R, slug="turismocosta_casual_no_seguimos", lang="es",
        company="Turismo Costa Malagueña", contact="nerea.campos@turismocosta.example.es",
        frm=("Nerea Campos", "nerea.campos@turismocosta.example.es"),
        subject="Lo de la sustitución",
        date="2026-10-01 19:40 +0200",
        text="""¡Hola Oona!

Te cuento rápido, que sé que estabas pendiente: al final no vamos a seguir contigo para
la sustitución de técnica de datos. Necesitamos a alguien que pueda incorporarse ya
mismo en la oficina de Málaga, y con tu preaviso en Irlanda no nos cuadraban las fechas.

Me dio mucha pena, porque en la feria de Fitur te vi clarísimo. Si te vienes a vivir
aquí, avísame y hablamos de lo que salga.

Besos,
Nerea
Turismo Costa Malagueña
"""),
]
