"""Kind `rejection` (31): ATS, human, agency, after-interview, on-hold, filled internally,
cancelled roles, casual. Each message says no in its own words."""

from __future__ import annotations

from msgs200_common import (
    CAND,
    ats_card,
    forwarded,
    outlook_block,
    outlook_html,
    plain_html,
    reply_chain,
    signature,
)
from msgs200_other import ATL_THANKS_TEXT, ERDRE_CANDIDATURE_TEXT

GCC_DISCLAIMER = """This e-mail and any files transmitted with it are confidential and intended solely
for the addressee. If you have received it in error please notify the sender and delete it.
Galway City Council accepts no liability for any damage caused by this e-mail.
Tá an ríomhphost seo faoi rún agus is don seolaí amháin é."""

LCC_DISCLAIMER = """DISCLAIMER: This message and any attachment are confidential and may be privileged. It
is intended for the named recipient only. Limerick City and County Council does not accept
responsibility for views expressed in this message which are not those of the Council."""

LIM_INVITE_QUOTED = """Dear Sinéad,

Further to your application for the above post, I am pleased to invite you to interview on
Tuesday 15 September at 10:30 in Merchant's Quay, Limerick. The board will consist of three
members and the interview will last approximately 40 minutes."""

LIM_MOVE_QUOTED = """Dear Sinéad,

No problem at all. I have moved your interview to 15:00 on the same day and updated the
calendar invitation. Please report to reception ten minutes beforehand."""

LIM_STATUS_QUOTED = """Hi Gráinne,

Just checking in on the outcome of the Senior Executive Technician interviews. Is there any
update on when the board will decide? Thanks for all your help with the time change.

Sinéad"""

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- English
    {
        "name": "atlanticrail_after_interview_quotes_thanks",
        "key": "atl-rej",
        "reply_of": "atl-thanks",
        "kind": "rejection", "company": "Atlantic Rail",
        "contact": "orla.brennan@atlanticrail.example.ie", "lang": "en",
        "frm": ("Orla Brennan", "orla.brennan@atlanticrail.example.ie"),
        "subject": "Re: Thank you – Timetable Planning Analyst interview",
        "date": "2026-04-08 16:02 +0100",
        "text": """Hi Sinéad,

Thanks again for your kind note after we met, and apologies that it has taken me almost two
weeks to come back to you.

I'm sorry to say we won't be offering you the Timetable Planning Analyst post. It came down
to the last three people we saw; the person we've chosen has spent four years building rosters
in a rail depot, and in the end the panel weighed that more heavily than we expected to.

Your answer on the Sunday service question was one of the best we heard. If twenty minutes of
feedback on the rest would help, reply here and I'll set up a call.

All the best,
Orla

""" + signature("Orla Brennan", "Head of Timetable Planning | Atlantic Rail",
                "14 Inchicore Road, Dublin 8, D08 K7P2", "T +353 1 555 0187") + "\n"
        + reply_chain("en", "2026-03-26 19:40", CAND[0], CAND[1], ATL_THANKS_TEXT),
        "cte": "qp",
    },
    {
        "name": "greenhouse_liffeymetro_via_recruiter",
        "key": "lm-rej",
        "kind": "rejection", "company": "Liffey Metro",
        "contact": "ciara.doyle@liffeymetro.example.ie", "lang": "en",
        "frm": ("Ciara Doyle via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Ciara Doyle", "ciara.doyle@liffeymetro.example.ie"),
        "subject": "Your application for Operations Planner at Liffey Metro",
        "date": "2026-05-29 15:11 +0100",
        "text": """Hi Sinéad,

Thank you for the time you gave us across both conversations, and for your patience when
Mark was out sick and we had to move things around.

We have now finished interviews for the Operations Planner role. I'm sorry to tell you that
we won't be taking your application to the final stage. The shortlist went to people who
have already worked with tram headway planning, which is a big part of the first year here.

We'd be glad to hear from you again when we advertise the bus-side planner roles in the
autumn.

Kind regards,
Ciara Doyle
Talent Partner, Liffey Metro
""",
        "html": ats_card("Liffey Metro", """Hi Sinéad,

Thank you for the time you gave us across both conversations, and for your patience when
Mark was out sick and we had to move things around.

We have now finished interviews for the Operations Planner role. I'm sorry to tell you that
we won't be taking your application to the final stage. The shortlist went to people who
have already worked with tram headway planning, which is a big part of the first year here.

We'd be glad to hear from you again when we advertise the bus-side planner roles in the
autumn.

Kind regards,
Ciara Doyle
Talent Partner, Liffey Metro""", footer="Sent via Greenhouse on behalf of Liffey Metro.",
                      colour="#00704a"),
    },
    {
        "name": "taleo_pennine_more_closely_matches",
        "key": "pen-rej",
        "kind": "rejection", "company": "Pennine Transport Partnership", "contact": "", "lang": "en",
        "frm": ("Pennine Transport Partnership", "noreply@taleo.net"),
        "subject": "Req 26-0142 Network Scheduling Officer - application update",
        "date": "2026-03-02 09:40 +0000",
        "html": ats_card("Pennine Transport Partnership", """Dear Sinéad Kowalski-Mbatha,

Thank you for your interest in the position of Network Scheduling Officer (requisition
26-0142) and for the time you took to complete our application.

We received a very large number of applications. After reviewing yours carefully we have
decided to move forward with candidates whose experience more closely matches the
requirements of this role.

We will keep your details on file for six months in line with our privacy notice and
encourage you to look at our other vacancies.

Yours sincerely,
Resourcing Team
Pennine Transport Partnership""",
                      footer="This is an automated message from Taleo. Replies to this address "
                             "are not monitored.", colour="#5b2c6f"),
        "cte": "qp",
    },
    {
        "name": "lever_airecalder_after_missed_call",
        "key": "ac-rej",
        "reply_of": "ac-miss",
        "kind": "rejection", "company": "Aire & Calder Buses",
        "contact": "priya.chauhan@airecalder.example.co.uk", "lang": "en",
        "frm": ("Aire & Calder Buses", "no-reply@hire.lever.co"),
        "reply_to": ("Priya Chauhan", "priya.chauhan@airecalder.example.co.uk"),
        "subject": "Service Scheduler - Aire & Calder Buses",
        "date": "2026-06-17 11:25 +0100",
        "text": """Hi Sinéad,

Following on from last Wednesday, when we weren't able to connect for the phone interview,
I wanted to close the loop properly rather than leave you hanging.

We've had a lot of interest in the Service Scheduler vacancy and our interview days are now
full. We won't be taking your application any further on this occasion.

I appreciate the message you left afterwards explaining the mix-up, and I hope the move into
planning comes together for you soon.

Thanks,
Priya Chauhan
People Partner, Aire & Calder Buses
Kirkstall Road Depot, Leeds LS4 2AB
""",
        "html": plain_html("""Hi Sinéad,

Following on from last Wednesday, when we weren't able to connect for the phone interview,
I wanted to close the loop properly rather than leave you hanging.

We've had a lot of interest in the Service Scheduler vacancy and our interview days are now
full. We won't be taking your application any further on this occasion.

I appreciate the message you left afterwards explaining the mix-up, and I hope the move into
planning comes together for you soon.

Thanks,
Priya Chauhan
People Partner, Aire & Calder Buses
Kirkstall Road Depot, Leeds LS4 2AB"""),
    },
    {
        "name": "agency_relays_leevalley_decision",
        "key": "hbt-rej",
        "reply_of": "hbt-move",
        "kind": "rejection", "company": "Lee Valley Transit",
        "contact": "ciaran.moloney@harbourtalent.example.ie", "lang": "en",
        "frm": ("Ciarán Moloney", "ciaran.moloney@harbourtalent.example.ie"),
        "name_enc": "iso-8859-1/q",
        "subject": "Re: Lee Valley Transit - interview moved to 14:30",
        "date": "2026-02-20 12:55 +0000",
        "text": """Hi Sinéad,

I've just come off the phone with Lee Valley Transit and I'm afraid it's not the news we
wanted. They were impressed with you, especially how you explained the school-run peak
problem, but they've given the Junior Scheduler job to someone who already worked on their
last timetable change as a contractor. Hard to compete with that.

They asked me to pass on that they'd happily see you again for the next opening, and I'll
keep pushing you for the Cork roles that come through me.

Chat soon,
Ciarán

""" + signature("Ciarán Moloney", "Senior Consultant - Transport & Supply Chain",
                "Harbour Talent, 2 Lapps Quay, Cork T12 XK50", "+353 21 555 0177")
        + """
Harbour Talent Ltd is registered in Ireland (no. 612345). This email is confidential.
""",
        "cte": "qp",
    },
    {
        "name": "galwaycity_role_on_hold",
        "key": "gcc-rej",
        "reply_of": "gcc-postpone",
        "kind": "rejection", "company": "Galway City Council",
        "contact": "brid.nichonghaile@galwaycity.example.ie", "lang": "en",
        "frm": ("Bríd Ní Chonghaile", "brid.nichonghaile@galwaycity.example.ie"),
        "name_enc": "iso-8859-1/b",
        "subject": "Comórtas TSO/26/01: Transportation Scheduling Officer (Grade V) - update",
        "subj_enc": "iso-8859-1/q",
        "date": "2026-04-21 10:15 +0100",
        "text": """Dear Ms Kowalski-Mbatha,

I refer to my email of 6 March about the postponed interviews for the above competition.

Following the Council's review of the 2026 staffing plan, the role has been put on hold
and we will not proceed with this competition. No panel will be formed from it, and all
applications, including yours, are now closed.

Should the post be re-advertised, it will appear on the Council's website and in the
local press, and you would be very welcome to apply again.

I regret the inconvenience this causes and thank you for your interest in working with us.

Is mise le meas,

Bríd Ní Chonghaile
Staff Officer, Human Resources
Galway City Council, City Hall, College Road, Galway
Tel: 091 555 0140

""" + GCC_DISCLAIMER + "\n",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "name": "shannon_terse_from_phone",
        "key": "shn-rej",
        "reply_of": "shn-inv",
        "kind": "rejection", "company": "Shannon Freight Logistics",
        "contact": "declan.hickey@shannonfreight.example.ie", "lang": "en",
        "frm": ("Declan Hickey", "declan.hickey@shannonfreight.example.ie"),
        "subject": "Re: Thursday",
        "date": "2026-09-04 17:48 +0100",
        "text": """Sinéad - thanks for coming down last Thursday. We've gone with someone else. Best of luck with it.

Declan

Sent from my iPhone
""",
        "cte": "7bit",
    },
    {
        "name": "icims_lagan_filled_internally",
        "key": "lag-rej",
        "kind": "rejection", "company": "Lagan Connect", "contact": "", "lang": "en",
        "frm": ("Lagan Connect Careers", "no-reply@icims.com"),
        "subject": "Network Scheduling Analyst (Req 2026-0417)",
        "date": "2026-05-13 14:00 +0100",
        "text": """Dear Sinéad,

Thank you for applying for the Network Scheduling Analyst vacancy (Req 2026-0417) and for
speaking with our recruiter last month.

We are writing to let you know that the vacancy has been filled by an internal candidate and
the external competition is now closed. Your application will not be taken further.

We appreciate the interest you have shown in Lagan Connect.

Lagan Connect Recruitment
This mailbox is not monitored.
""",
        "html": ats_card("Lagan Connect", """Dear Sinéad,

Thank you for applying for the Network Scheduling Analyst vacancy (Req 2026-0417) and for
speaking with our recruiter last month.

We are writing to let you know that the vacancy has been filled by an internal candidate and
the external competition is now closed. Your application will not be taken further.

We appreciate the interest you have shown in Lagan Connect.

Lagan Connect Recruitment""", footer="This mailbox is not monitored. Powered by iCIMS.",
                      colour="#003b5c"),
        "cte": "b64",
    },
    {
        "name": "workable_quayside_role_withdrawn",
        "key": "qd-rej",
        "kind": "rejection", "company": "Quayside Distribution", "contact": "", "lang": "en",
        "frm": ("Quayside Distribution", "noreply@candidates.workablemail.com"),
        "subject": "Transport Planner - Belfast: position withdrawn",
        "date": "2026-07-16 16:30 +0100",
        "text": """Hello Sinéad,

We're writing to everyone who applied for the Transport Planner position in Belfast.

Following a review of how our planning team is organised, the position has been withdrawn
and will not be filled. This is not a reflection on your application; the decision applies
to all candidates at every stage.

If a similar role opens again we will post it on our careers page.

Thank you for your interest in Quayside Distribution.

The Quayside Distribution Hiring Team
""",
        "html": ats_card("Quayside Distribution", """Hello Sinéad,

We're writing to everyone who applied for the Transport Planner position in Belfast.

Following a review of how our planning team is organised, the position has been withdrawn
and will not be filled. This is not a reflection on your application; the decision applies
to all candidates at every stage.

If a similar role opens again we will post it on our careers page.

Thank you for your interest in Quayside Distribution.

The Quayside Distribution Hiring Team""", footer="Sent with Workable", colour="#2f3e46"),
    },
    {
        "name": "munster_casual_after_trial_day",
        "key": "mpn-rej",
        "reply_of": "mpn-trial",
        "kind": "rejection", "company": "Munster Parcel Network",
        "contact": "eoin.twomey@munsterparcel.example.ie", "lang": "en",
        "frm": ("Eoin Twomey", "eoin.twomey@munsterparcel.example.ie"),
        "subject": "Re: Trial day Thursday",
        "date": "2026-04-24 19:02 +0100",
        "text": """Hey Sinéad,

Bad news I'm afraid, we won't be bringing you on after the trial day. The lads in the
planning room thought you were great craic and quick on the board, but the boss has his
heart set on someone who already knows RouteMaster inside out, and that's that.

Shout if you're ever in Cork, coffee's on me.

Eoin
""",
        "cte": "8bit",
    },
    {
        "name": "flexpoint_client_unnamed_declined",
        "key": "flex-rej",
        "reply_of": "flex-ask",
        "kind": "rejection", "company": "Flexpoint Staffing",
        "contact": "joost.vanleeuwen@flexpoint.example.nl", "lang": "en",
        "frm": ("Joost van Leeuwen", "joost.vanleeuwen@flexpoint.example.nl"),
        "subject": "Re: Any news on the planning analyst role?",
        "date": "2026-03-24 10:30 +0100",
        "text": """Hi Sinéad,

Sorry for the radio silence, I was chasing them myself. I finally got an answer this
morning: my client has closed the search and chose a candidate who already speaks Dutch,
as the role turned out to involve a lot of contact with the drivers' works council.

That's a shame, because your profile was the strongest on paper. I'll keep you at the top of
my list for English-speaking planning roles in Utrecht and Amersfoort.

Groetjes,
Joost

""" + signature("Joost van Leeuwen", "Recruitment Consultant Logistics & Mobility",
                "Flexpoint Staffing, Catharijnesingel 50, 3511 GC Utrecht",
                "+31 30 555 0112") + "\n"
        + reply_chain("en", "2026-03-19 20:02", CAND[0], CAND[1], """Hi Joost,

Hope you're well. I just wanted to check whether there's been any news from your client on the
planning analyst role you put me forward for at the start of the month.

No rush, I know these things take time. I'm still very interested.

Thanks,
Sinéad"""),
        "cte": "qp",
    },
    {
        "name": "successfactors_claddagh_not_shortlisted",
        "key": "cu-rej",
        "kind": "rejection", "company": "Claddagh University", "contact": "", "lang": "en",
        "frm": ("Claddagh University Recruitment", "noreply@successfactors.eu"),
        "subject": "Competition CU-2026-112: outcome of shortlisting",
        "date": "2026-05-15 13:20 +0100",
        "text": """Dear Sinéad Kowalski-Mbatha,

Competition CU-2026-112 - Research Assistant, Centre for Mobility Research

The shortlisting committee met on 13 May 2026 and assessed all applications against the
essential and desirable criteria published in the job specification.

You have not been shortlisted for interview for this competition.

Feedback on shortlisting is available on written request to the HR Recruitment Office
within 14 days of this notice.

Thank you for your interest in employment at Claddagh University.

HR Recruitment Office
Claddagh University, University Road, Galway

Please do not reply to this automated message.
""",
        "cte": "b64",
    },
    {
        "name": "bamboohr_fingal_offer_elsewhere",
        "key": "ffs-rej",
        "reply_of": "ffs-miss",
        "kind": "rejection", "company": "Fingal Fleet Services",
        "contact": "sean.murtagh@fingalfleet.example.ie", "lang": "en",
        "frm": ("Fingal Fleet Services", "notifications@app.bamboohr.com"),
        "reply_to": ("Seán Murtagh", "sean.murtagh@fingalfleet.example.ie"),
        "subject": "Fleet Scheduling Coordinator - update",
        "date": "2026-09-29 09:05 +0100",
        "text": """Hi Sinéad,

Since we missed each other on the 22nd I've spoken with the other two people on the
shortlist, and we're making an offer to one of them this week. With that in mind I won't be
rearranging our call, and I'm closing your application for the Fleet Scheduling Coordinator
post.

Thanks for your interest in Fingal Fleet Services.

Seán Murtagh
Operations Manager
Fingal Fleet Services, Unit 9 Airside Business Park, Swords, Co. Dublin
+353 1 555 0155
""",
        "cte": "qp",
    },
    {
        "name": "ashby_busboard_after_exercise",
        "key": "bb-rej",
        "kind": "rejection", "company": "Busboard Analytics", "contact": "", "lang": "en",
        "frm": ("Busboard Analytics", "no-reply@ashbyhq.com"),
        "subject": "Your Busboard Analytics application",
        "date": "2026-08-12 15:45 +0100",
        "text": """Hi Sinéad,

Thanks for completing the timetable exercise and for the write-up that came with it.

We reviewed it as a team. Your duty cuts were tidy and the reasoning was clear, but for this
role we need someone who can already write SQL against our GTFS warehouse from the first
week, and that gap was too wide for us to close quickly. We are therefore closing your
application today.

If you build up that side of things, we would genuinely like to hear from you again.

Busboard Analytics Talent Team
""",
        "html": ats_card("Busboard Analytics", """Hi Sinéad,

Thanks for completing the timetable exercise and for the write-up that came with it.

We reviewed it as a team. Your duty cuts were tidy and the reasoning was clear, but for this
role we need someone who can already write SQL against our GTFS warehouse from the first
week, and that gap was too wide for us to close quickly. We are therefore closing your
application today.

If you build up that side of things, we would genuinely like to hear from you again.

Busboard Analytics Talent Team""", footer="Powered by Ashby", colour="#ff5a36"),
    },
    {
        "name": "limerickcc_long_outlook_chain",
        "key": "lim-rej",
        "reply_of": "lim-move",
        "kind": "rejection", "company": "Limerick City and County Council",
        "contact": "grainne.hartigan@limerickcc.example.ie", "lang": "en",
        "frm": ("Gráinne Hartigan", "grainne.hartigan@limerickcc.example.ie"),
        "subject": "RE: Interview – Senior Executive Technician (Transport Scheduling)",
        "date": "2026-10-06 16:20 +0100",
        "text": """Dear Sinéad,

Thank you for your patience. The interview board has now completed its work for this
competition, and I regret to advise that you were not placed on the panel.

The board's marking sheet for your interview can be released to you on request under the
Council's feedback procedure. Please email me if you would like a copy.

Thank you again for your interest.

Kind regards,
Gráinne Hartigan
Human Resources Department
Limerick City and County Council, Merchant's Quay, Limerick V94 EH90
T: 061 555 0161

""" + LCC_DISCLAIMER + "\n\n"
        + outlook_block("en", "Sinéad Kowalski-Mbatha <sinead.km@example.ie>",
                        "Thursday, October 1, 2026 8:02 PM",
                        "Gráinne Hartigan <grainne.hartigan@limerickcc.example.ie>",
                        "RE: Interview – Senior Executive Technician (Transport Scheduling)",
                        LIM_STATUS_QUOTED)
        + "\n"
        + outlook_block("en", "Gráinne Hartigan <grainne.hartigan@limerickcc.example.ie>",
                        "Thursday, September 3, 2026 11:40 AM",
                        "Sinéad Kowalski-Mbatha <sinead.km@example.ie>",
                        "RE: Interview – Senior Executive Technician (Transport Scheduling)",
                        LIM_MOVE_QUOTED)
        + "\n"
        + outlook_block("en", "Gráinne Hartigan <grainne.hartigan@limerickcc.example.ie>",
                        "Tuesday, September 1, 2026 3:10 PM",
                        "Sinéad Kowalski-Mbatha <sinead.km@example.ie>",
                        "Interview – Senior Executive Technician (Transport Scheduling)",
                        LIM_INVITE_QUOTED),
        "html": outlook_html("""Dear Sinéad,

Thank you for your patience. The interview board has now completed its work for this
competition, and I regret to advise that you were not placed on the panel.

The board's marking sheet for your interview can be released to you on request under the
Council's feedback procedure. Please email me if you would like a copy.

Thank you again for your interest.

Kind regards,
Gráinne Hartigan
Human Resources Department
Limerick City and County Council, Merchant's Quay, Limerick V94 EH90
T: 061 555 0161

""" + LCC_DISCLAIMER, quoted="From: Sinéad Kowalski-Mbatha <sinead.km@example.ie>\n"
                           "Sent: Thursday, October 1, 2026 8:02 PM\n"
                           "Subject: RE: Interview – Senior Executive Technician "
                           "(Transport Scheduling)\n\n" + LIM_STATUS_QUOTED + "\n\n"
                           "From: Gráinne Hartigan\nSent: Thursday, September 3, 2026 11:40 AM\n\n"
                           + LIM_MOVE_QUOTED + "\n\nFrom: Gráinne Hartigan\n"
                           "Sent: Tuesday, September 1, 2026 3:10 PM\n\n" + LIM_INVITE_QUOTED),
        "cte": "qp",
    },
    {
        "name": "kirkgate_feedback_after_panel",
        "key": "kirk-rej",
        "reply_of": "kirk-cancel",
        "kind": "rejection", "company": "Kirkgate University",
        "contact": "h.ashworth@kirkgate.example.ac.uk", "lang": "en",
        "frm": ("Dr Helen Ashworth", "h.ashworth@kirkgate.example.ac.uk"),
        "subject": "Re: Thank you - Research Assistant interview",
        "date": "2026-08-03 14:40 +0100",
        "text": """Dear Sinéad,

Thank you for your message, and for travelling to Leeds at such short notice after we had to
cancel the first date.

I'm writing with the panel's decision: we have offered the Research Assistant post to another
applicant, who has accepted. I know this will be disappointing. For what it is worth, you
were a close second, and the panel asked me to pass on some notes:

- your knowledge of how duties actually run on the road was far ahead of any other applicant;
- your R was fine for the task but we need someone who can write up methods for a journal
  within the first six months, and your answers there were less developed.

If you apply for the PhD studentship we advertise in January, please mention this interview.

Best wishes,
Helen

Dr Helen Ashworth
Associate Professor, Institute for Transport Data
Kirkgate University, Leeds LS2 9KG

""" + reply_chain("en", "2026-07-24 18:03", CAND[0], CAND[1], """Dear Helen,

Thank you and the panel for the interview yesterday, and for the tour of the data lab. It
was a pleasure to talk about real running times with people who care about them as much as
I do. I look forward to hearing from you.

Kind regards,
Sinéad"""),
        "cte": "8bit",
    },
    {
        "name": "agency_relays_wharfedale_after_no_show",
        "key": "nw-rej",
        "reply_of": "nw-miss",
        "kind": "rejection", "company": "Wharfedale Logistics",
        "contact": "hannah.lister@northway.example.co.uk", "lang": "en",
        "frm": ("Hannah Lister", "hannah.lister@northway.example.co.uk"),
        "subject": "Wharfedale Logistics - their decision",
        "date": "2026-03-12 11:05 +0000",
        "text": """Hi Sinéad,

Wharfedale have come back to me. I did try to get them to rearrange after Tuesday, and I
explained about the cancelled flight, but they'd already seen the other shortlisted candidate and have
decided to go with her. So that one is closed, I'm sorry.

Please do let me know next time if something goes wrong on the day, even a text, as it makes
it much easier for me to smooth things over with the client.

Speak soon,
Hannah

Hannah Lister | Senior Consultant
Northway Recruitment | 18 Wellington Street, Leeds LS1 4DL | 0113 555 0143
""",
        "html": plain_html("""Hi Sinéad,

Wharfedale have come back to me. I did try to get them to rearrange after Tuesday, and I
explained about the cancelled flight, but they'd already seen the other shortlisted candidate and have
decided to go with her. So that one is closed, I'm sorry.

Please do let me know next time if something goes wrong on the day, even a text, as it makes
it much easier for me to smooth things over with the client.

Speak soon,
Hannah

Hannah Lister | Senior Consultant
Northway Recruitment | 18 Wellington Street, Leeds LS1 4DL | 0113 555 0143"""),
    },
    {
        "name": "recruitee_corribcoach_next_stage_no",
        "key": "cc-rej",
        "kind": "rejection", "company": "Corrib Coach Lines", "contact": "", "lang": "en",
        "frm": ("Corrib Coach Lines", "noreply@jobs.recruitee.com"),
        "subject": "Scheduling & Rostering Assistant – your application",
        "date": "2026-10-14 12:00 +0100",
        "text": """Dear Sinéad,

We have now completed the remaining first-round interviews for the Scheduling & Rostering
Assistant role. We will not be inviting you to the second round, and your application has
been closed in our system.

Thank you for considering Corrib Coach Lines as your next employer.

Corrib Coach Lines Recruitment
(Please do not reply to this email; this inbox is not monitored.)
""",
        "cte": "qp",
    },
    {
        "name": "dublinport_hr_forwards_manager_note",
        "key": "dph-rej",
        "kind": "rejection", "company": "Dublin Port Hauliers",
        "contact": "sandra.whelan@dublinporthaul.example.ie", "lang": "en",
        "frm": ("Sandra Whelan", "sandra.whelan@dublinporthaul.example.ie"),
        "subject": "Fwd: Planner shortlist - S. Kowalski-Mbatha",
        "date": "2026-08-20 10:12 +0100",
        "text": """Hi Sinéad,

I'm forwarding Tom's note below rather than paraphrasing it, because I think it's fairer that
you see his reasons in his own words. We won't be moving you forward for the Transport
Planner job, but Tom is happy for me to keep your CV for the night planner role we expect to
open in the new year.

Thanks for your interest,
Sandra

Sandra Whelan | HR Business Partner | Dublin Port Hauliers
Alexandra Road, Dublin 1 | +353 1 555 0190

""" + forwarded("en", "Tom Brophy <tom.brophy@dublinporthaul.example.ie>",
                "Wed, 19 Aug 2026 at 17:20", "Planner shortlist - S. Kowalski-Mbatha",
                "Sandra Whelan <sandra.whelan@dublinporthaul.example.ie>", """Sandra,

Read her CV again. Good operator and a lovely cover letter, but she's never planned freight
and I need someone who can run the ferry-slot board from week one. Not for this one.
Keep her on file for nights? Happy to interview her then.

Tom"""),
        "cte": "qp",
    },
    # ---------------------------------------------------------------- German
    {
        "name": "fahrplanwerk_absage_nach_gespraech",
        "key": "fpw-absage",
        "reply_of": "fpw-krank",
        "kind": "rejection", "company": "Fahrplanwerk",
        "contact": "karin.lindqvist@fahrplanwerk.example.de", "lang": "de",
        "frm": ("Karin Lindqvist", "karin.lindqvist@fahrplanwerk.example.de"),
        "subject": "AW: Danke für das Gespräch",
        "date": "2026-03-16 15:30 +0100",
        "text": """Liebe Frau Kowalski-Mbatha,

vielen Dank für Ihre freundliche Nachricht nach unserem Gespräch am 4. März und noch einmal
Entschuldigung für die kurzfristige Verschiebung.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine
Bewerberin entschieden, die bereits zwei Jahre mit unserer Planungssoftware beim Kunden
gearbeitet hat. Für Sie bedeutet das leider, dass wir Ihnen die Stelle nicht anbieten
können.

Ihr Praxiswissen aus dem Fahrdienst hat uns sehr beeindruckt. Wenn Sie einverstanden sind,
behalten wir Ihre Unterlagen für künftige Stellen in Utrecht.

Herzliche Grüße aus Kassel
Karin Lindqvist
People & Culture, Fahrplanwerk GmbH
Wilhelmshöher Allee 200, 34119 Kassel
Tel. +49 561 555 0170

""" + reply_chain("de", "2026-03-04 17:55", CAND[0], CAND[1], """Liebe Frau Lindqvist,

vielen Dank für das angenehme Gespräch heute Vormittag und die Einblicke in Ihre
Umlaufplanung. Ich würde mich sehr freuen, Teil des Teams in Utrecht zu werden.

Viele Grüße
Sinéad Kowalski-Mbatha"""),
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "name": "softgarden_taktgeber_absage_html",
        "key": "tg-absage",
        "kind": "rejection", "company": "Taktgeber Mobility", "contact": "", "lang": "de",
        "frm": ("Taktgeber Mobility", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung bei Taktgeber Mobility – Rückmeldung",
        "subj_enc": "utf-8/b",
        "date": "2026-06-08 10:00 +0200",
        "html": ats_card("Taktgeber Mobility", """Sehr geehrte Frau Kowalski-Mbatha,

vielen Dank für Ihre Bewerbung als Customer Success Analystin (Fahrplandaten) und Ihr
Interesse an Taktgeber Mobility.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung nicht weiter berücksichtigen können.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Taktgeber Mobility GmbH, Wien""",
                      footer="Diese Nachricht wurde automatisch über softgarden versendet.",
                      lang="de", colour="#00a19a"),
        "cte": "b64",
    },
    {
        "name": "nordstern_stelle_nicht_nachbesetzt",
        "key": "ns-absage",
        "reply_of": "ns-cancel",
        "kind": "rejection", "company": "Nordstern Logistik",
        "contact": "jana.brueggemann@nordstern-logistik.example.de", "lang": "de",
        "frm": ("Jana Brüggemann", "jana.brueggemann@nordstern-logistik.example.de"),
        "subject": "Ihre Bewerbung als Dispositionsanalystin (Leeds)",
        "date": "2026-08-27 09:20 +0200",
        "text": """Hallo Frau Kowalski-Mbatha,

wie angekündigt melde ich mich nach meinem Urlaub bei Ihnen.

Unsere Geschäftsführung hat entschieden, die Disposition für Großbritannien künftig aus
Hamburg zu steuern. Die Stelle als Dispositionsanalystin in Leeds wird deshalb nicht
nachbesetzt, und das Auswahlverfahren ist beendet. Einen neuen Gesprächstermin wird es
daher nicht geben.

Das tut mir ehrlich leid, zumal wir das Gespräch ja schon einmal absagen mussten.

Viele Grüße
Jana Brüggemann
Talent Acquisition
Nordstern Logistik SE, Am Sandtorkai 12, 20457 Hamburg
""",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "name": "agentur_kunde_alpenbahn_absage",
        "key": "mk-absage",
        "reply_of": "mk-inv",
        "kind": "rejection", "company": "Alpenbahn Consulting",
        "contact": "joerg.wendland@mobilkarriere.example.de", "lang": "de",
        "frm": ("Jörg Wendland", "joerg.wendland@mobilkarriere.example.de"),
        "name_enc": "iso-8859-1/q",
        "subject": "Rückmeldung Alpenbahn Consulting",
        "date": "2026-04-30 13:05 +0200",
        "text": """Hallo Frau Kowalski-Mbatha,

Alpenbahn Consulting hat sich gestern Abend bei mir gemeldet, leider mit einem Nein. Das
Projektteam in Utrecht sucht doch jemanden mit Erfahrung in der Trassenplanung für
Güterzüge; Busdienstpläne seien dafür zu weit weg, so die Begründung.

Ich finde das schade, denn im Gespräch kamen Sie nach meinem Eindruck sehr gut an. Ich habe
aber zwei andere Mandate im Blick, zu denen ich mich nächste Woche melde.

Beste Grüße
Jörg Wendland
Mobilkarriere Personalberatung, Berliner Allee 5, 40212 Düsseldorf
Tel. +49 211 555 0133
""",
        "charset": "windows-1252", "cte": "8bit",
    },
    # ---------------------------------------------------------------- French
    {
        "name": "naolia_refus_apres_annulation",
        "key": "nao-rej",
        "reply_of": "nao-cancel",
        "kind": "rejection", "company": "Naolia Mobilités",
        "contact": "lea.morvan@naolia.example.fr", "lang": "fr",
        "frm": ("Léa Morvan", "lea.morvan@naolia.example.fr"),
        "subject": "Re: Suite de ma candidature – chargée d'études offre",
        "date": "2026-05-19 11:42 +0200",
        "text": """Bonjour Sinéad,

Merci pour votre message et pardon pour ce délai.

Après l'annulation de notre entretien, la direction de l'offre a revu le périmètre du poste :
il est désormais orienté vers la modélisation du futur réseau de tramway et sera pourvu par
un profil d'ingénieur. Nous ne donnerons donc pas suite à votre candidature, et je préfère
vous le dire franchement plutôt que de vous laisser sans réponse.

Votre expérience de conduite reste un vrai atout ; je me permettrai de vous recontacter si
un poste au service des horaires bus se libère.

Bien cordialement,
Léa Morvan
Chargée de recrutement - Naolia Mobilités
3 quai de la Fosse, 44000 Nantes

""" + reply_chain("fr", "2026-05-12 09:30", CAND[0], CAND[1], """Bonjour Léa,

Je me permets de revenir vers vous au sujet de l'entretien annulé du 29 avril. Avez-vous pu
fixer une nouvelle date ? Je reste très motivée par le poste.

Bien à vous,
Sinéad"""),
        "cte": "qp",
    },
    {
        "name": "teamtailor_estuaire_autre_candidature",
        "key": "est-rej",
        "kind": "rejection", "company": "Estuaire Logistique", "contact": "", "lang": "fr",
        "frm": ("Estuaire Logistique", "no-reply@teamtailor-mail.com"),
        "subject": "Votre candidature chez Estuaire Logistique",
        "date": "2026-04-03 17:10 +0200",
        "text": """Bonjour Sinéad,

Nous vous remercions de l'intérêt que vous portez à Estuaire Logistique et du temps
consacré à votre candidature au poste de Planificatrice / Planificateur transport.

Malheureusement, nous avons retenu une autre candidature dont le parcours correspond
davantage à nos besoins immédiats.

Nous conservons votre profil dans notre vivier et vous souhaitons une bonne continuation.

L'équipe recrutement d'Estuaire Logistique
""",
        "html": ats_card("Estuaire Logistique", """Bonjour Sinéad,

Nous vous remercions de l'intérêt que vous portez à Estuaire Logistique et du temps
consacré à votre candidature au poste de Planificatrice / Planificateur transport.

Malheureusement, nous avons retenu une autre candidature dont le parcours correspond
davantage à nos besoins immédiats.

Nous conservons votre profil dans notre vivier et vous souhaitons une bonne continuation.

L'équipe recrutement d'Estuaire Logistique""", footer="Envoyé avec Teamtailor", lang="fr",
                      colour="#1b4965"),
    },
    {
        "name": "erdre_gel_des_recrutements",
        "key": "erdre-rej",
        "reply_of": "erdre-cand",
        "kind": "rejection", "company": "Métropole de l'Erdre",
        "contact": "as.guerin@erdre-metropole.example.fr", "lang": "fr",
        "frm": ("Anne-Sophie Guérin", "as.guerin@erdre-metropole.example.fr"),
        "name_enc": "iso-8859-1/b",
        "subject": "Re: Candidature spontanée – planification de l'offre de transport",
        "date": "2026-06-15 14:25 +0200",
        "text": """Madame,

Nous avons bien reçu votre candidature spontanée et l'avons transmise à la direction des
mobilités, qui l'a lue avec intérêt.

Toutefois, le gel des recrutements sur postes permanents décidé par le conseil
métropolitain pour le second semestre ne nous permet pas d'y donner une suite favorable.

Nous vous invitons à consulter régulièrement nos offres publiées sur le site de la
Métropole.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Anne-Sophie Guérin
Direction des ressources humaines - Métropole de l'Erdre

""" + reply_chain("fr", "2026-05-04 21:30", CAND[0], CAND[1], ERDRE_CANDIDATURE_TEXT),
        "charset": "iso-8859-1", "cte": "b64",
    },
    {
        "name": "interim_relaie_refus_ligerail",
        "key": "ai-rej",
        "reply_of": "ai-inv",
        "kind": "rejection", "company": "Ligérail",
        "contact": "elodie.marchand@atlantique-interim.example.fr", "lang": "fr",
        "frm": ("Élodie Marchand", "elodie.marchand@atlantique-interim.example.fr"),
        "subject": "Ligérail : leur retour",
        "date": "2026-09-25 16:50 +0200",
        "text": """Bonjour Sinéad,

Ligérail m'a rappelée ce matin. Ils ont beaucoup apprécié votre échange avec le
responsable des roulements, mais c'est non pour cette mission : ils partent sur un
agent déjà habilité sécurité ferroviaire, disponible immédiatement.

Je sais que vous y teniez. De mon côté, je garde votre dossier actif et je vous appelle
dès qu'une mission en planification se présente sur Nantes ou Saint-Nazaire.

Belle fin de semaine,
Élodie

Élodie Marchand - Chargée de recrutement
Atlantique Intérim, 12 rue de Strasbourg, 44000 Nantes - 02 40 55 01 30
""",
        "html": plain_html("""Bonjour Sinéad,

Ligérail m'a rappelée ce matin. Ils ont beaucoup apprécié votre échange avec le
responsable des roulements, mais c'est non pour cette mission : ils partent sur un
agent déjà habilité sécurité ferroviaire, disponible immédiatement.

Je sais que vous y teniez. De mon côté, je garde votre dossier actif et je vous appelle
dès qu'une mission en planification se présente sur Nantes ou Saint-Nazaire.

Belle fin de semaine,
Élodie

Élodie Marchand - Chargée de recrutement
Atlantique Intérim, 12 rue de Strasbourg, 44000 Nantes - 02 40 55 01 30""", lang="fr"),
    },
    # ---------------------------------------------------------------- Spanish
    {
        "name": "moncayo_tras_entrevista_cita_agradecimiento",
        "key": "mon-rej",
        "reply_of": "mon-cambio",
        "kind": "rejection", "company": "Logística Moncayo",
        "contact": "javier.royo@logisticamoncayo.example.es", "lang": "es",
        "frm": ("Javier Royo", "javier.royo@logisticamoncayo.example.es"),
        "subject": "RE: Gracias por la entrevista del miércoles",
        "date": "2026-07-24 12:35 +0200",
        "text": """Hola, Sinéad:

Gracias a ti por venir hasta Plaza y por el correo tan amable.

Te escribo para contarte que hemos cerrado el proceso y nos quedamos con otra persona, que
ya maneja el TMS que usamos en el almacén. No ha sido fácil: tu caso práctico de rutas fue
de los mejores.

Te deseo mucha suerte. Si en otoño abrimos la plaza de turno de noche, te aviso.

Un abrazo,
Javier Royo
Jefe de Tráfico - Logística Moncayo
Plataforma Logística PLAZA, calle Ejemplo 7, 50197 Zaragoza
Tel. 976 555 014

""" + reply_chain("es", "2026-07-15 19:20", CAND[0], CAND[1], """Hola, Javier:

Muchas gracias por la entrevista de hoy y por cambiar la hora para que me cuadrara con el
vuelo. Me ha encantado ver cómo organizáis las salidas del turno de mañana.

Un saludo,
Sinéad"""),
        "cte": "qp",
    },
    {
        "name": "smartrecruiters_ctvebro_formal",
        "key": "ctv-rej",
        "kind": "rejection", "company": "Consorcio de Transportes del Valle del Ebro",
        "contact": "", "lang": "es",
        "frm": ("Consorcio de Transportes del Valle del Ebro", "noreply@smartrecruiters.com"),
        "subject": "Proceso de selección 2026/07: Técnico/a de planificación",
        "subj_enc": "iso-8859-1/b",
        "date": "2026-03-20 09:00 +0100",
        "text": """Estimada Sinéad:

Te agradecemos tu participación en el proceso de selección 2026/07 para el puesto de
Técnico/a de planificación de la red de autobuses interurbanos.

Una vez concluida la fase de valoración curricular, te informamos de que tu candidatura
no ha resultado seleccionada para continuar en el proceso.

Tus datos se conservarán conforme a nuestra política de privacidad.

Atentamente,
Departamento de Recursos Humanos
Consorcio de Transportes del Valle del Ebro
""",
        "html": ats_card("Consorcio de Transportes del Valle del Ebro", """Estimada Sinéad:

Te agradecemos tu participación en el proceso de selección 2026/07 para el puesto de
Técnico/a de planificación de la red de autobuses interurbanos.

Una vez concluida la fase de valoración curricular, te informamos de que tu candidatura
no ha resultado seleccionada para continuar en el proceso.

Tus datos se conservarán conforme a nuestra política de privacidad.

Atentamente,
Departamento de Recursos Humanos""", footer="Enviado a través de SmartRecruiters. "
                                            "No respondas a este correo.", lang="es",
                      colour="#7a1f2b"),
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "name": "tranvia_cierzo_breve",
        "key": "tc-rej",
        "reply_of": "tc-miss",
        "kind": "rejection", "company": "Tranvía Cierzo",
        "contact": "nuria.sancho@tranviacierzo.example.es", "lang": "es",
        "frm": ("Nuria Sancho", "nuria.sancho@tranviacierzo.example.es"),
        "subject": "Re: Videollamada de hoy: ¿todo bien?",
        "date": "2026-09-16 18:02 +0200",
        "text": """Sinéad, te escribo rápido: al final no seguimos contigo en el proceso. Gracias y suerte.

Nuria
""",
        "cte": "8bit",
    },
    {
        "name": "agencia_relaya_planifica_rutas",
        "key": "ta-rej",
        "reply_of": "ta-inv",
        "kind": "rejection", "company": "Planifica Rutas",
        "contact": "inigo.zubiri@talentoaragon.example.es", "lang": "es",
        "frm": ("Íñigo Zubiri", "inigo.zubiri@talentoaragon.example.es"),
        "name_enc": "iso-8859-1/b",
        "subject": "Planifica Rutas – respuesta",
        "date": "2026-04-27 13:40 +0200",
        "text": """Hola, Sinéad:

Acabo de hablar con Planifica Rutas. Se quedan con otra candidata que ya implantaba su
software en clientes de Huesca y Teruel, así que por esta vez no va a poder ser.

Me dicen que les gustó mucho cómo explicaste los turnos partidos y que no descartan
llamarte cuando amplíen el equipo de soporte. Yo sigo moviendo tu perfil.

Un saludo,
Íñigo Zubiri
Consultor de selección - Talento Aragón
Paseo de la Independencia 99, 50001 Zaragoza - 976 555 020
""",
        "cte": "qp",
    },
]
