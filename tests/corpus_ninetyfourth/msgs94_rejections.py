"""Rejections of the ninety-fourth corpus, one hand-written spec per message."""

from __future__ import annotations

from msgs94_common import ats_card, outlook_html, outlook_quote_html, simple_html, text_of, trk

SPECS: list[dict] = []
add = SPECS.append

# --- English ---------------------------------------------------------------------------------

add({
    "key": "workday_corvane_soft", "kind": "rejection", "lang": "en",
    "company": "Corvane Infrastructure Group", "contact": "",
    "frm": ("Corvane Infrastructure Group", "corvane@myworkday.com"),
    "to": ("", "declan.ot@example.ca"),
    "subject": "Your application for Senior Project Manager, Transit Programs (R-10482)",
    "date": "2026-02-18 16:41 +0000", "mid": "ses",
    "html": ats_card(
        lang="en", title="Application update", logo_src="https://corvane.wd3.myworkdaysite.com/assets/logo/corvane_logo.png",
        logo_alt="Corvane Infrastructure Group", accent="#00594f",
        paras=[
            "Hello Declan,",
            "Thank you for your interest in the Senior Project Manager, Transit Programs position (R-10482) in Toronto, ON, and for the time you invested in applying.",
            "We received a large number of applications for this role. After careful review, we have decided to move forward with candidates whose experience more closely matches the current needs of the program.",
            "This was not an easy decision, and it is not a reflection of your professional accomplishments. We encourage you to keep an eye on our careers site and to apply for future roles that match your interests.",
            "Kind regards,\nTalent Acquisition\nCorvane Infrastructure Group",
        ],
        button=("Visit Candidate Home", trk("https://corvane.wd3.myworkdayjobs.com/redirect?t=", "corvane-home")),
        footer=["This email was sent from an unmonitored mailbox. Please do not reply.",
                "© 2026 Corvane Infrastructure Group Inc. | 100 King Street West, Toronto, ON M5X 1C9",
                "[[Privacy Notice|https://www.corvane.example.com/privacy]] | [[Candidate Accessibility|https://www.corvane.example.com/accessibility]]"],
        pixel="https://corvane.wd3.myworkday.com/email/open/" + "c0f3e1a9b2" + ".gif",
    ),
})

add({
    "key": "prairiespan_role_on_hold", "kind": "rejection", "lang": "en",
    "company": "Prairie Span Contractors", "contact": "garrett.lindqvist@prairiespan.example.ca",
    "frm": ("Garrett Lindqvist", "garrett.lindqvist@prairiespan.example.ca"),
    "subject": "RE: Interview postponed - Project Manager, Stormwater",
    "date": "2026-05-12 15:07 -0600", "mid": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": ["prairiespan_postponed"],
    "text": """\
Declan,

I owe you a straight answer after leaving you hanging for three weeks, sorry about that.

Ownership met on Friday and the Project Manager, Stormwater role has been put on hold indefinitely. The Airdrie pond contract we were staffing for got pushed to 2027 and we're not going to proceed with the hire. So there won't be a rescheduled interview – I didn't want you holding a spot for us.

If things change in the new year I'll reach out directly. You were one of two people I really wanted to sit down with.

Garrett

Garrett Lindqvist | Operations Manager | Prairie Span Contractors Ltd.
Bay 4, 5120 – 76 Avenue SE, Calgary AB T2C 2X2
C 403-555-0164

From: Garrett Lindqvist
Sent: Monday, April 20, 2026 8:52 AM
To: Declan Okonkwo-Tremblay <declan.ot@example.ca>
Subject: Interview postponed - Project Manager, Stormwater

Hi Declan,

We need to postpone Thursday's interview. We're waiting on a budget decision from the owners and I'd rather not bring you in before I know what the role looks like. I'll come back to you with new dates, hopefully within a couple of weeks.

Thanks for your patience,
Garrett
""",
})

add({
    "key": "taleo_lrt_filled_internally", "kind": "rejection", "lang": "en",
    "company": "Lakeshore Regional Transit", "contact": "",
    "frm": ("Lakeshore Regional Transit Talent Acquisition", "lakeshoretransit@taleo.net"),
    "subject": "Lakeshore Regional Transit - Requisition 26-0091 Project Manager, Rapid Transit Delivery",
    "date": "2026-03-27 11:02 -0400",
    "html": """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>
<table width="640" border="0" cellspacing="0" cellpadding="8" align="center" style="font-family:Tahoma, Verdana, sans-serif; font-size:12px; color:#222222;">
<tr><td bgcolor="#004b87"><img src="https://lakeshoretransit.taleo.net/careersection/theme/lrt/logo_white.png" alt="Lakeshore Regional Transit" width="210" height="42" border="0"></td></tr>
<tr><td>
<p>Dear Declan Okonkwo-Tremblay,</p>
<p>Thank you for applying to Requisition 26-0091, <b>Project Manager, Rapid Transit Delivery</b>, with Lakeshore Regional Transit.</p>
<p>We would like to let you know that this position has been filled by an internal candidate. As a result, your application will not be progressing further in this competition.</p>
<p>We appreciate your interest in helping us build better transit for the region. You may review other openings and update your profile at any time by visiting our <a href="https://lakeshoretransit.taleo.net/careersection/ext/jobsearch.ftl?lang=en&amp;src=eml26">career section</a>.</p>
<p>Sincerely,</p>
<p>Talent Acquisition<br>Lakeshore Regional Transit<br>20 Bay Street, Suite 600, Toronto, Ontario M5J 2W3</p>
<p style="font-size:10px;color:#777777;">Lakeshore Regional Transit is an equal opportunity employer committed to inclusive, barrier-free recruitment. Accommodation is available upon request throughout the selection process. This message was generated automatically; replies to this address are not monitored.</p>
</td></tr>
</table>
</td></tr></table>
<img src="https://lakeshoretransit.taleo.net/careersection/ext/emailtrack.gif?m=6613201&amp;c=88410" width="1" height="1" border="0" alt="">
</body></html>
""",
})

add({
    "key": "brantwood_after_interview", "kind": "rejection", "lang": "en",
    "company": "Brantwood & Keele Consulting Engineers", "contact": "oksana.petrenko@brantwoodkeele.example.ca",
    "frm": ("Oksana Petrenko", "oksana.petrenko@brantwoodkeele.example.ca"),
    "subject": "RE: Interview - Project Manager, Linear Water Infrastructure",
    "date": "2026-03-30 17:48 -0400", "mid": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": ["bk-apply", "brantwood_invite", "bk-confirm", "brantwood_new_time"],
    "text": """\
Hi Declan,

Thank you again for coming in on the 19th and for the thoughtful answers on the Dundas Street watermain staging – Raj and I both enjoyed the conversation.

I wanted to let you know personally that we've offered the position to another candidate, who has accepted. It was a close call and came down to their longer history with trenchless rehabilitation, which is a big part of the next two years for that team.

I'd genuinely like to stay in touch. We expect to open a Transit Infrastructure PM role in the fall and I'll make sure you hear about it before it goes public.

All the best,

Oksana Petrenko, P.Eng.
Director, Water Infrastructure
Brantwood & Keele Consulting Engineers
220 Adelaide St W, Suite 1400 | Toronto, ON M5H 1W7
T 416-555-0187 | brantwoodkeele.example.ca

From: Oksana Petrenko
Sent: March 12, 2026 9:15 AM
To: Declan Okonkwo-Tremblay <declan.ot@example.ca>
Subject: RE: Interview - Project Manager, Linear Water Infrastructure

Hi Declan, small change: could we move you to Thursday March 19 at 2:00 pm instead of the 17th? Same place, 14th floor reception. We're looking forward to meeting you and hearing about the Finch West work.

Oksana
""",
})

add({
    "key": "aldergrove_speculative", "kind": "rejection", "lang": "en",
    "company": "Aldergrove Tunnelling", "contact": "hr@aldergrove-tunnelling.example.ca",
    "frm": ("Aldergrove Tunnelling - Human Resources", "hr@aldergrove-tunnelling.example.ca"),
    "subject": "Re: Speculative application - Project Manager (tunnels / transit)",
    "date": "2026-01-29 10:26 -0800",
    "thread": ["aldergrove-spec"],
    "text": """\
Hello Declan,

Thanks for reaching out and for sending your resume. We read every speculative application we get.

At the moment we don't have an opening that fits your profile. Our project management team for the Broadway and North Shore work is fully staffed, and our next hiring round will mostly be for field engineers and shift supervisors. We won't be able to take your application further right now, but we'll keep your resume on file for six months, and you're welcome to apply to anything posted on our website in the meantime. If you have any questions, just reply to this email.

Best regards,

Fiona MacLeod
HR Coordinator
Aldergrove Tunnelling Ltd.
8800 Glenlyon Parkway, Burnaby, BC V5J 5K3
604.555.0119

> On Jan 22, 2026, at 7:40 AM, Declan Okonkwo-Tremblay <declan.ot@example.ca> wrote:
>
> Dear Aldergrove team,
>
> I'm a civil engineer and project manager in Toronto (P.Eng., PMP) with eight
> years on transit and linear infrastructure, and I'm relocating to Vancouver in
> the spring. I'd welcome the chance to discuss any upcoming project manager
> openings, and would be glad to come in for an interview at your convenience.
>
> Resume attached.
>
> Declan Okonkwo-Tremblay
""",
})

add({
    "key": "transitloop_terse_iphone", "kind": "rejection", "lang": "en",
    "company": "TransitLoop", "contact": "maya@transitloop.example.com",
    "frm": ("Maya Chen", "maya@transitloop.example.com"),
    "subject": "Re: Following up",
    "date": "2026-03-31 21:13 -0400", "mid": "apple",
    "thread": ["declan_followup_transitloop"],
    "text": """\
Hi Declan - sorry, we went with another candidate for the infra PM role. Thanks for your time and patience, really.

Maya

Sent from my iPhone

> On Mar 30, 2026, at 9:12 AM, Declan Okonkwo-Tremblay <declan.ot@example.ca> wrote:
>
> Hi Maya,
>
> Just following up on our phone screen from the 10th. Happy to do a second
> interview whenever suits you and the team.
>
> Best,
> Declan
""",
})

_sluice_paras = [
    "Hi Declan,",
    "Thanks so much for applying to the Infrastructure Data Lead role at Sluice Analytics and for your patience while we worked through applications.",
    "We had over 400 applicants for this one, and after a lot of discussion we've decided not to move forward with your application. We're a small team, so we're looking for someone who has already shipped sensor analytics for water utilities; your background is impressive but it's a different mix than what we need right now.",
    "We'd love to keep you in our talent community. You can see our other open roles at [[sluice.example.com/careers|https://sluice.example.com/careers]].",
    "Best,\nThe Sluice Analytics hiring team",
]
add({
    "key": "greenhouse_sluice_no", "kind": "rejection", "lang": "en",
    "company": "Sluice Analytics", "contact": "",
    "frm": ("Sluice Analytics", "no-reply@us.greenhouse-mail.io"),
    "subject": "Your application to Sluice Analytics",
    "date": "2026-04-08 19:55 +0000", "mid": "greenhouse-mail.io",
    "text": text_of(_sluice_paras),
    "html": ats_card(lang="en", title="Sluice Analytics", logo_src="https://s3.amazonaws.com/grnhse-prod/logos/sluice_analytics.png",
                  logo_alt="Sluice Analytics logo", accent="#14a0c4", paras=_sluice_paras,
                  footer=["Powered by [[Greenhouse|https://www.greenhouse.example.com]]",
                          "[[Update your email preferences|" + trk("https://us.greenhouse-mail.io/ls/click?upn=", "sluice-pref") + "]]"],
                  pixel=trk("https://us.greenhouse-mail.io/wf/open?upn=", "sluice-open")),
})

add({
    "key": "lever_harbourfront_after_call", "kind": "rejection", "lang": "en",
    "company": "Harbourfront Mobility Lab", "contact": "adaeze@harbourfrontlab.example.com",
    "frm": ("Harbourfront Mobility Lab", "no-reply@hire.lever.co"),
    "reply_to": ("Adaeze Nwosu", "adaeze@harbourfrontlab.example.com"),
    "subject": "Harbourfront Mobility Lab: Program Manager, Curb & Transit Pilots",
    "date": "2026-06-04 14:31 -0400", "mid": "hire.lever.co",
    "html": ats_card(
        lang="en", title="Harbourfront Mobility Lab", logo_src="https://lever-client-logos.s3.amazonaws.com/hml-logo.png",
        logo_alt="Harbourfront Mobility Lab", accent="#f26b3a", font="Georgia,serif",
        paras=[
            "Hi Declan,",
            "Thank you for speaking with me and Tomasz on Tuesday. We really enjoyed hearing about the bus rapid transit pilots you coordinated with the City.",
            "I'm sorry to say we've decided to pursue other candidates for the Program Manager, Curb & Transit Pilots role. The team felt we need someone with more experience running procurement for municipal clients in the first six months, and we didn't want to keep you waiting.",
            "If you have any questions or would like a bit more feedback, just reply to this email and it will come straight to me.",
            "Warmly,\nAdaeze Nwosu\nHead of People, Harbourfront Mobility Lab",
        ],
        footer=["Sent with [[Lever|https://www.lever.example.co]] · Harbourfront Mobility Lab, 301 Queens Quay W, Toronto"],
        pixel="https://hire.lever.co/email/open/" + "b1a9e4d2c7" + "/pixel.gif",
    ),
})

add({
    "key": "halden_competition_not_selected", "kind": "rejection", "lang": "en",
    "company": "Regional Municipality of Halden", "contact": "hr.staffing@halden.example.ca",
    "frm": ("Regional Municipality of Halden - Staffing", "hr.staffing@halden.example.ca"),
    "subject": "Competition HR-2026-0317 - Project Manager, Capital Works (Water & Wastewater)",
    "date": "2026-02-24 13:15 -0500",
    "text": """\
Dear Declan Okonkwo-Tremblay,

RE: Competition HR-2026-0317, Project Manager, Capital Works (Water & Wastewater), Infrastructure Services Department

Thank you for your interest in employment with the Regional Municipality of Halden.

The selection panel has completed its review of all applications received for the above competition. We regret to advise that your application was not selected for further consideration. Candidates selected for the interview stage possessed a combination of qualifications and experience that more closely met the requirements of the position.

Competitions are posted on our website every Friday. We encourage you to apply for any future opportunity for which you feel qualified.

Should you have any questions regarding this competition, please contact Staffing Services by replying to this email or by calling 905-555-0190, ext. 4412.

Yours truly,

Staffing Services
Human Resources Division
Regional Municipality of Halden
1515 Regional Road 5, Halden, ON L0R 1N0

The Regional Municipality of Halden is committed to an inclusive, barrier-free selection process. Personal information is collected under the authority of the Municipal Act, 2001 and will be used only for the purpose of candidate selection.
""",
})

add({
    "key": "aida_not_successful", "kind": "rejection", "lang": "en",
    "company": "Alberta Infrastructure Delivery Agency", "contact": "",
    "frm": ("Alberta Infrastructure Delivery Agency", "do-not-reply@careers.aida.example.ca"),
    "subject": "Job ID 1083447 - Senior Project Manager, Water Infrastructure - Application Status",
    "date": "2026-07-09 09:00 -0600",
    "html": """\
<div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1d1d1d;max-width:620px">
<table cellpadding="0" cellspacing="0" border="0" width="100%"><tr>
<td style="background:#36424a;padding:14px 20px"><img src="https://careers.aida.example.ca/img/aida-wordmark.png" alt="Alberta Infrastructure Delivery Agency" height="36" style="display:block"></td>
</tr></table>
<p style="margin-top:22px">Dear Declan,</p>
<p>Thank you for applying for Job ID 1083447, <strong>Senior Project Manager, Water Infrastructure</strong> (Calgary).</p>
<p>We have carefully reviewed your application against the qualifications for this position. We regret to inform you that you were not successful in this competition. Due to the high volume of applications, we are unable to provide individual feedback at the screening stage.</p>
<p>We thank you for your interest in a career with the Agency and wish you success in your job search.</p>
<p>Recruitment Services<br>Alberta Infrastructure Delivery Agency</p>
<hr style="border:0;border-top:1px solid #d0d4d6">
<p style="font-size:11px;color:#6b7378">This is an automated message. Please do not reply to this email. To view the status of your applications, sign in to <a href="https://careers.aida.example.ca/candidate/login?utm_source=status_email&amp;utm_medium=email" style="color:#0070c4">your candidate account</a>.<br>
The personal information you provide is collected under section 33(c) of the Freedom of Information and Protection of Privacy Act.</p>
</div>
<img src="https://careers.aida.example.ca/track/o.gif?id=1083447-55120" width="1" height="1" alt="">
""",
})

add({
    "key": "pinnacle_client_hydrostrata", "kind": "rejection", "lang": "en",
    "company": "Hydrostrata Consulting Group", "contact": "tasha.kim@pinnacle-eng.example.com",
    "frm": ("Tasha Kim", "tasha.kim@pinnacle-eng.example.com"),
    "subject": "Hydrostrata - news",
    "date": "2026-05-21 12:40 -0700", "mid": "gmail",
    "text": """\
Hi Declan,

Just heard back from Hydrostrata Consulting Group on the Senior PM, Water Resources role in Vancouver. Unfortunately they've decided to go with a candidate who has more hydraulic modelling background - their words were "very strong PM, but we need someone who can also QA the models from day one."

Bummer, I know you were keen on this one! I pushed back a little but the decision is final.

Honestly it's their loss. I've got two other conversations in play that I think fit you better, including a transit one in Surrey. Let's catch up Friday?

Tasha

Tasha Kim | Senior Recruiter, Civil & Infrastructure | Pinnacle Engineering Recruiters
604-555-0142 | pinnacle-eng.example.com
""",
})

add({
    "key": "keystone_client_unnamed", "kind": "rejection", "lang": "en",
    "company": "Keystone Technical Staffing", "contact": "brent.oduya@keystonestaffing.example.ca",
    "frm": ("Brent Oduya", "brent.oduya@keystonestaffing.example.ca"),
    "subject": "Construction Manager - Mississauga",
    "date": "2026-06-16 08:55 -0400",
    "text": """\
Morning Declan,

Quick update on the Construction Manager role in Mississauga that I submitted you for two weeks ago. My client has reviewed the shortlist and has decided to pursue other candidates at this time. They didn't give me much detail beyond wanting someone who's run a vertical build before, which I know isn't your world.

Don't read too much into it. I'll keep you front of mind for the linear/transit stuff, which is where you shine.

Cheers,
Brent Oduya
Account Manager, Engineering & Construction
Keystone Technical Staffing Inc.
T: 905.555.0133 | M: 647.555.0178
www.keystonestaffing.example.ca

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
})

_qb_quote = outlook_quote_html(
    [("From:", "Priyanka Sandhu <p.sandhu@queensbridge.example.ca>"), ("Sent:", "Thursday, April 9, 2026 3:02 PM"),
     ("To:", "Declan Okonkwo-Tremblay <declan.ot@example.ca>"), ("Subject:", "Interview now via Zoom - Manager, Capital Projects")],
    ["Hello Declan, as the committee will be split between campuses, your interview on April 14 at 10:00 will take place by Zoom instead of in person. The link is below. We look forward to speaking with you."])
add({
    "key": "queensbridge_after_zoom", "kind": "rejection", "lang": "en",
    "company": "Queensbridge University", "contact": "p.sandhu@queensbridge.example.ca",
    "frm": ("Priyanka Sandhu", "p.sandhu@queensbridge.example.ca"),
    "subject": "RE: Interview now via Zoom - Manager, Capital Projects",
    "date": "2026-04-24 10:19 -0400", "mid": "outlook",
    "thread": ["queensbridge_invite", "queensbridge_to_zoom"],
    "html": outlook_html(
        ["Hello Declan,",
         "Thank you for participating in the interview for the position of Manager, Capital Projects (Facilities & Infrastructure) on April 14. The committee appreciated your presentation on the residence district energy retrofit.",
         "After careful deliberation, the committee has selected another candidate for the position. We recognise the effort that goes into preparing for a panel interview and we are grateful for the time you gave us.",
         "We wish you every success and hope you will consider Queensbridge University for future opportunities."],
        ["Priyanka Sandhu | HR Advisor, Talent Acquisition",
         "Human Resources | Queensbridge University",
         "99 University Avenue, Kingsford, ON K7K 2P9 | 613-555-0124 ext. 33071",
         "Queensbridge University is situated on traditional Anishinaabe and Haudenosaunee territory."],
        quote_html=_qb_quote),
})

_icims_calder_paras = [
    "Dear Declan,",
    "Thank you for applying for the Capital Delivery Manager position (Req ID 2026-4471) at Calder Valley Water Services.",
    "We have now completed our review. Although your qualifications are impressive, we have selected candidates whose background more closely aligns with the specific requirements of this role, and we will not be moving your application forward.",
    "Your profile will remain in our system, and we invite you to continue exploring opportunities with us at [[careers-caldervalley.icims.com|" + trk("https://careers-caldervalley.icims.com/r?e=", "calder-jobs") + "]].",
    "Sincerely,\nPeople & Culture\nCalder Valley Water Services",
]
add({
    "key": "icims_calder_aligned", "kind": "rejection", "lang": "en",
    "company": "Calder Valley Water Services", "contact": "",
    "frm": ("Calder Valley Water Services Careers", "careers-noreply@talent.icims.com"),
    "subject": "Thank you for your interest - Capital Delivery Manager",
    "date": "2026-08-13 15:46 -0600", "mid": "talent.icims.com",
    "text": text_of(_icims_calder_paras, "angle"),
    "html": ats_card(
        lang="en", title="Calder Valley Water Services", logo_src="https://careers-caldervalley.icims.com/images/cvws-logo.png",
        logo_alt="Calder Valley Water Services", accent="#0f6cbd",
        paras=_icims_calder_paras,
        footer=["Calder Valley Water Services is a wholly owned subsidiary of the Town of Calder Valley, Alberta.",
                "Please do not reply to this message; this mailbox is not monitored.",
                "[[Unsubscribe from job notifications|" + trk("https://careers-caldervalley.icims.com/unsub?u=", "calder-unsub") + "]]"],
        pixel=trk("https://careers-caldervalley.icims.com/o.gif?e=", "calder-pixel"),
    ),
})

add({
    "key": "sablecreek_role_withdrawn", "kind": "rejection", "lang": "en",
    "company": "Sable Creek Municipal Utilities", "contact": "dmarchetti@sablecreekutilities.example.ca",
    "frm": ("Marchetti, Devon", "dmarchetti@sablecreekutilities.example.ca"),
    "subject": "RE: Interview invitation - Infrastructure Project Manager",
    "date": "2026-06-29 16:22 -0400", "charset": "windows-1252", "cte": "8bit",
    "thread": ["<5f2e77c1a0b94e6b@sablecreekutilities.example.ca>", "sc-accept"],
    "text": """\
Hello Declan,

I'm sorry to be writing with this news. I have to cancel Thursday's interview: following last week's budget review, council has withdrawn the Infrastructure Project Manager position and it will not be filled this year. The work will be absorbed by our existing capital team.

This has nothing to do with your application, which was one of the strongest we received. If the position is reinstated in the 2027 budget we would contact you first.

Regards,

Devon Marchetti, P.Eng.
Manager, Engineering Services
Sable Creek Municipal Utilities
T: 705-555-0151

-----Original Message-----
From: Marchetti, Devon
Sent: June 18, 2026 11:04 AM
To: 'declan.ot@example.ca'
Subject: Interview invitation - Infrastructure Project Manager

Good morning Declan,

Further to your application, we are pleased to invite you to an interview for the Infrastructure Project Manager position on Thursday, July 2 at 1:30 p.m. at our administration building, 45 Wharf Road. The interview will last approximately one hour. Please bring a copy of your P.Eng. licence.

Please confirm your attendance by reply.

Devon Marchetti
""",
})

add({
    "key": "workable_maplespan", "kind": "rejection", "lang": "en",
    "company": "Maple Span Bridgeworks", "contact": "",
    "frm": ("Maple Span Bridgeworks", "maple-span-bridgeworks@workablemail.com"),
    "subject": "Your application to Maple Span Bridgeworks",
    "date": "2026-09-02 18:09 +0000", "mid": "workablemail.com",
    "text": """\
Hi Declan,

Thank you for your interest in the Project Manager - Rehabilitation role at Maple Span Bridgeworks, and for taking the time to apply.

Unfortunately, we will not be moving forward with your application. We received many strong applications and had to make difficult choices.

We will keep your resume on file and may reach out if a suitable opening comes up. We wish you the best in your search.

Kind regards,
Maple Span Bridgeworks Recruiting Team

--
You are receiving this email because you applied for a job at Maple Span Bridgeworks via Workable.
Read our privacy notice: https://apply.workable.example.com/maple-span-bridgeworks/privacy
""",
})

add({
    "key": "ashbury_update_finalist", "kind": "rejection", "lang": "en",
    "company": "Ashbury Cole Executive Search", "contact": "h.ashbury@ashburycole.example.com",
    "frm": ("Hugh Ashbury", "h.ashbury@ashburycole.example.com"),
    "subject": "Update",
    "date": "2026-07-30 18:30 -0400", "mid": "outlook",
    "thread": ["ashbury_confidential_invite", "ac-thanks"],
    "text": """\
Declan,

I promised you an update before the long weekend, so here it is.

The search committee met this afternoon and has chosen to proceed with another finalist for the Vice-President, Capital Delivery appointment. I know this is disappointing after three rounds and the board presentation. The feedback I had was sincerely positive - the chair singled out your answer on owner's-engineer oversight - but the successful candidate brings a decade of executive experience on a public-private partnership of similar size, and in the end that carried the day.

I'd like to call you next week to debrief properly and talk about where you go from here. You're firmly on my list for the next mandate of this kind.

With regards,

Hugh Ashbury
Managing Partner
Ashbury Cole Executive Search
161 Bay Street, 27th Floor, Toronto ON M5J 2S1
+1 416 555 0148
""",
    "html": outlook_html(
        ["Declan,",
         "I promised you an update before the long weekend, so here it is.",
         "The search committee met this afternoon and has chosen to proceed with another finalist for the Vice-President, Capital Delivery appointment. I know this is disappointing after three rounds and the board presentation. The feedback I had was sincerely positive - the chair singled out your answer on owner's-engineer oversight - but the successful candidate brings a decade of executive experience on a public-private partnership of similar size, and in the end that carried the day.",
         "I'd like to call you next week to debrief properly and talk about where you go from here. You're firmly on my list for the next mandate of this kind.",
         "With regards,"],
        ["Hugh Ashbury", "Managing Partner", "Ashbury Cole Executive Search",
         "161 Bay Street, 27th Floor, Toronto ON M5J 2S1", "+1 416 555 0148"], font="Cambria"),
})

# --- French ----------------------------------------------------------------------------------

add({
    "key": "ville_ras_examen", "kind": "rejection", "lang": "fr",
    "company": "Ville de Rivière-aux-Saules", "contact": "",
    "frm": ("Ville de Rivière-aux-Saules", "ne-pas-repondre@riviere-aux-saules.example.ca"),
    "subject": "Résultat - Concours 2026-041 Ingénieur(e) chargé(e) de projets",
    "date": "2026-04-02 14:05 -0400", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "html": ats_card(
        lang="fr", title="Ville de Rivière-aux-Saules", charset="iso-8859-1",
        logo_src="https://emplois.riviere-aux-saules.example.ca/images/armoiries-ras.png",
        logo_alt="Ville de Rivière-aux-Saules - Service des ressources humaines", accent="#2e6b3f",
        paras=[
            "Monsieur,",
            "Nous vous remercions d'avoir participé à l'examen écrit du 21 mars dernier dans le cadre du concours 2026-041, Ingénieur(e) chargé(e) de projets - Infrastructures municipales.",
            "Nous sommes au regret de vous informer que vous n'avez pas obtenu la note de passage requise pour accéder à l'étape de l'entrevue. Votre candidature ne sera donc pas retenue pour la suite de ce processus.",
            "Nous vous invitons à consulter régulièrement la section Carrières de notre site pour les prochains affichages.",
            "Veuillez agréer, Monsieur, nos salutations distinguées.\n\nLe Service des ressources humaines\nVille de Rivière-aux-Saules",
        ],
        footer=["Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.",
                "Hôtel de ville, 300, rue Principale, Rivière-aux-Saules (Québec) J0L 1T0",
                "[[Politique de confidentialité|https://www.riviere-aux-saules.example.ca/confidentialite]]"],
        pixel="https://emplois.riviere-aux-saules.example.ca/suivi/ouverture.gif?c=2026041&u=8812",
    ),
})

add({
    "key": "hydrorivieres_apres_entrevue", "kind": "rejection", "lang": "fr",
    "company": "Hydro-Rivières", "contact": "julie.bergeron@hydro-rivieres.example.ca",
    "frm": ("Julie Bergeron", "julie.bergeron@hydro-rivieres.example.ca"),
    "subject": "Votre candidature - Chargé(e) de projets, ouvrages hydrauliques",
    "date": "2026-06-17 11:48 -0400", "charset": "windows-1252", "cte": "quoted-printable", "mid": "outlook",
    "text": """\
Bonjour Monsieur Okonkwo-Tremblay,

Je vous remercie sincèrement pour le temps que vous nous avez accordé lors de l’entrevue du 9 juin dernier pour le poste de chargé(e) de projets, ouvrages hydrauliques.

Le comité a rencontré plusieurs candidatures de grande qualité. Après réflexion, nous avons retenu une personne dont l’expérience en réfection de barrages correspond davantage aux besoins immédiats de l’équipe. Nous ne donnerons donc pas suite à votre candidature pour ce poste.

Votre parcours en transport collectif a retenu notre attention et nous conserverons votre dossier pour d’éventuels besoins en gestion de projets.

Je vous souhaite bon succès dans vos démarches.

Julie Bergeron, CRHA
Conseillère principale, acquisition de talents
Hydro-Rivières
1200, boulevard René-Lévesque Ouest, 9e étage
Montréal (Québec) H3B 4W8
514 555-0172

AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l’avez reçu par erreur, veuillez en aviser l’expéditeur et le détruire.
""",
})

_rn_paras = [
    "Bonjour Declan,",
    "Merci de l'intérêt que vous portez au Consortium Rive-Nord Mobilité et d'avoir postulé au poste de Gestionnaire de projet - Interfaces tiers.",
    "Après analyse attentive des candidatures reçues, nous avons choisi de poursuivre le processus avec des candidat(e)s dont le profil correspond plus étroitement aux exigences du poste, notamment en matière d'ententes avec les services publics.",
    "Nous vous souhaitons beaucoup de succès et espérons vous recroiser lors d'un prochain affichage.",
    "L'équipe Talent\nConsortium Rive-Nord Mobilité",
]
add({
    "key": "teamtailor_rivenord_profil", "kind": "rejection", "lang": "fr",
    "company": "Consortium Rive-Nord Mobilité", "contact": "",
    "frm": ("Consortium Rive-Nord Mobilité", "no-reply@teamtailor-mail.com"),
    "subject": "Votre candidature chez Consortium Rive-Nord Mobilité",
    "date": "2026-05-06 13:12 +0000", "mid": "teamtailor-mail.com", "cte": "base64",
    "text": text_of(_rn_paras, "colon"),
    "html": ats_card(lang="fr", title="Consortium Rive-Nord Mobilité",
                  logo_src="https://assets.teamtailor-cdn.example.com/crnm/logo.png",
                  logo_alt="Consortium Rive-Nord Mobilité", accent="#6b2fa0", paras=_rn_paras,
                  footer=["Consortium Rive-Nord Mobilité S.E.N.C. · 2000, boul. Le Carrefour, Laval (Québec)",
                          "[[Gérer mes données|" + trk("https://crnm.teamtailor.example.com/connect/", "crnm-gdpr") + "]] · Propulsé par Teamtailor"],
                  pixel=trk("https://t.teamtailor-mail.com/o/", "crnm-open")),
})

add({
    "key": "valdebievre_pourvu_interne", "kind": "rejection", "lang": "fr",
    "company": "Régie des Eaux du Val-de-Bièvre", "contact": "recrutement@eaux-valdebievre.example.fr",
    "frm": ("Recrutement - Eaux du Val-de-Bièvre", "recrutement@eaux-valdebievre.example.fr"),
    "subject": "Votre candidature au poste de Chef de projet réseaux (réf. EVB-26-014)",
    "date": "2026-03-05 10:40 +0100", "charset": "iso-8859-1", "cte": "8bit", "hdr_charset": "iso-8859-1",
    "text": """\
Monsieur,

Vous avez bien voulu nous adresser votre candidature pour le poste de Chef de projet réseaux d'eau potable (réf. EVB-26-014) et nous vous en remercions.

Nous vous informons que ce poste a été pourvu en interne. Nous ne sommes donc pas en mesure de donner une suite favorable à votre demande.

Pour toute question, vous pouvez répondre directement à ce message.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Nathalie Guérin
Responsable recrutement et mobilité
Régie des Eaux du Val-de-Bièvre
12, avenue de la Division-Leclerc - 94230 Cachan
Tél. : 01 45 55 02 71
""",
})

add({
    "key": "sogeltra_spontanee", "kind": "rejection", "lang": "fr",
    "company": "Sogeltra Ingénierie", "contact": "",
    "frm": ("Sogeltra Ingénierie - Ressources humaines", "rh@sogeltra.example.fr"),
    "subject": "Candidature spontanée",
    "date": "2026-02-10 09:22 +0100",
    "html": simple_html(
        ["Monsieur Okonkwo-Tremblay,",
         "Nous avons bien pris connaissance de votre candidature spontanée pour un poste de chef de projet infrastructures de transport au sein de notre agence de Paris-La Défense.",
         "Malgré l'intérêt de votre parcours, nous ne sommes pas en mesure d'y donner une suite favorable, nos équipes étant actuellement au complet. Nous conservons néanmoins votre CV dans notre vivier pendant une durée de deux ans, conformément au RGPD.",
         "Nous vous prions d'agréer, Monsieur, nos sincères salutations."],
        font="Arial", size="10pt",
        signature=["La Direction des Ressources Humaines",
                   "Sogeltra Ingénierie SAS - Tour Pacific, 11-13 cours Valmy, 92800 Puteaux",
                   "SAS au capital de 2 400 000 € - RCS Nanterre B 412 555 019"]),
})

add({
    "key": "beton_laurentides_une_ligne", "kind": "rejection", "lang": "fr",
    "company": "Béton Laurentides", "contact": "rejean@betonlaurentides.example.ca",
    "frm": ("Réjean Ouellet", "rejean@betonlaurentides.example.ca"),
    "subject": "Re: Chargé de projet - candidature",
    "date": "2026-04-15 07:03 -0400",
    "thread": ["bl-apply"],
    "text": """\
Bonjour, le poste est comblé. Merci quand même. Réjean

Le mar. 14 avr. 2026, à 08 h 12, Declan Okonkwo-Tremblay <declan.ot@example.ca> a écrit :
> Bonjour M. Ouellet,
>
> Suite à l'annonce de Béton Laurentides inc. sur le site de l'ACRGTQ, je vous
> soumets ma candidature pour le poste de chargé de projet. Je serais heureux de
> vous rencontrer en entrevue à Saint-Jérôme quand cela vous conviendra.
>
> Cordialement,
> Declan Okonkwo-Tremblay
""",
})

add({
    "key": "ministere_qualification", "kind": "rejection", "lang": "fr",
    "company": "Ministère de l'Infrastructure hydrique", "contact": "",
    "frm": ("Ministère de l'Infrastructure hydrique", "ne-pas-repondre@mih.gouv.example.ca"),
    "subject": "Processus de qualification 12650RS31048 - Résultat de l'évaluation",
    "date": "2026-08-26 08:30 -0400",
    "html": """\
<html lang="fr"><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#223654">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c5cad3">
<tr><td style="background:#095797;padding:12px 18px"><img src="https://recrutement.mih.gouv.example.ca/img/pip-quebec-blanc.png" alt="Ministère de l'Infrastructure hydrique" width="180"></td></tr>
<tr><td style="padding:18px">
<p>Madame, Monsieur,</p>
<p>Nous vous remercions de votre participation au processus de qualification no <b>12650RS31048</b> visant à pourvoir des emplois d'ingénieure ou d'ingénieur - gestion de projets d'infrastructures hydriques.</p>
<p>À la suite de l'évaluation de votre dossier à l'égard des conditions d'admission et des exigences de l'emploi, nous vous informons que votre candidature n'a pas été retenue pour l'étape suivante du processus. Cette décision s'appuie notamment sur le nombre d'années d'expérience pertinente de niveau professionnel au Québec.</p>
<p>Vous pouvez demander la révision de cette décision dans les 15 jours suivant la réception du présent avis en remplissant le <a href="https://recrutement.mih.gouv.example.ca/revision?p=12650RS31048">formulaire de demande de révision</a>.</p>
<p>Veuillez agréer, Madame, Monsieur, nos salutations distinguées.</p>
<p>Direction des ressources humaines<br>Ministère de l'Infrastructure hydrique</p>
<p style="font-size:11px;color:#6b778a">Ce message est généré automatiquement; veuillez ne pas y répondre. Pour toute question, utilisez le <a href="https://recrutement.mih.gouv.example.ca/nous-joindre">formulaire de contact</a>.</p>
</td></tr></table>
</body></html>
""",
})

add({
    "key": "groupe_ressources_sur_la_glace", "kind": "rejection", "lang": "fr",
    "company": "Groupe Ressources Ingénierie", "contact": "ma.tremblay@groupe-ressources.example.ca",
    "frm": ("Marc-André Tremblay", "ma.tremblay@groupe-ressources.example.ca"),
    "subject": "Mandat Chef de projets - mauvaise nouvelle",
    "date": "2026-09-18 16:55 -0400", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Salut Declan,

Mauvaise nouvelle, je préfère te le dire tout de suite : mon client a mis le poste de chef de projets infrastructures sur la glace jusqu'à nouvel ordre. Ils ont perdu le contrat sur lequel ils comptaient à Longueuil et ils ne vont pas de l'avant avec l'embauche. Le mandat est donc fermé de mon côté.

Désolé, je sais que tu étais rendu à la dernière étape. Je garde ton dossier bien en vue, j'ai d'autres mandats qui s'en viennent cet automne.

Marc-André

Marc-André Tremblay, CRIA
Associé, recherche de cadres - génie et construction
Groupe Ressources Ingénierie
T. 514 555-0163
""",
})

# --- Spanish ---------------------------------------------------------------------------------

_ghb_paras = [
    "Estimado Ing. Okonkwo-Tremblay:",
    "Le agradecemos sinceramente su interés en formar parte de Grupo Hidráulico del Bajío y el tiempo dedicado a su postulación para la vacante de Gerente de Proyecto - Acueductos (Querétaro / Ciudad de México).",
    "Lamentamos informarle que en esta ocasión su perfil no fue seleccionado para continuar en el proceso. Buscamos a una persona con experiencia directa en licitaciones de la CONAGUA, requisito indispensable para este puesto.",
    "Conservaremos sus datos en nuestra cartera de candidatos por doce meses.",
    "Atentamente,\n\nLic. Fernanda Ríos Villaseñor\nAtracción de Talento\nGrupo Hidráulico del Bajío, S.A. de C.V.\nBlvd. Bernardo Quintana 4100, Querétaro, Qro.\nTel. +52 442 555 0138",
]
add({
    "key": "bajio_lamentamos", "kind": "rejection", "lang": "es",
    "company": "Grupo Hidráulico del Bajío", "contact": "fernanda.rios@ghb.example.mx",
    "frm": ("Fernanda Ríos Villaseñor", "fernanda.rios@ghb.example.mx"),
    "subject": "Proceso de selección - Gerente de Proyecto Acueductos",
    "date": "2026-05-28 12:20 -0600", "mid": "outlook",
    "text": text_of(_ghb_paras),
    "html": outlook_html(_ghb_paras, ["AVISO DE PRIVACIDAD: sus datos personales son tratados conforme a nuestro [[aviso de privacidad|https://www.ghb.example.mx/privacidad]]."],
                      lang="ES-MX", font="Calibri"),
})

add({
    "key": "metrosabana_no_continua", "kind": "rejection", "lang": "es",
    "company": "Empresa Metro Sabana", "contact": "seleccion@metrosabana.example.co",
    "frm": ("Selección - Empresa Metro Sabana", "seleccion@metrosabana.example.co"),
    "subject": "Resultado proceso de selección PE-2026-22",
    "date": "2026-06-10 17:05 -0500", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Bogotá D.C., 10 de junio de 2026

Señor
DECLAN OKONKWO-TREMBLAY
Ciudad

Asunto: Resultado proceso de selección PE-2026-22 - Profesional Especializado de Interventoría

Cordial saludo.

Agradecemos su participación en el proceso de selección de la referencia, incluida la entrevista realizada el pasado 2 de junio. Una vez consolidados los resultados de las pruebas y de la entrevista, le informamos que usted no continúa en el proceso de selección.

La Empresa valora el interés manifestado y lo invita a participar en futuras convocatorias publicadas en nuestro portal.

Cualquier inquietud puede escribirnos a este correo.

Atentamente,

Gerencia de Talento Humano
Empresa Metro Sabana
Carrera 9 No. 76-49, Bogotá D.C.
""",
})

add({
    "key": "talentoandino_otro_perfil", "kind": "rejection", "lang": "es",
    "company": "Talento Andino Headhunters", "contact": "camila.restrepo@talentoandino.example.co",
    "frm": ("Camila Restrepo", "camila.restrepo@talentoandino.example.co"),
    "subject": "Director de Obra - Medellín",
    "date": "2026-08-05 10:47 -0500", "mid": "gmail",
    "text": """\
Hola Declan, ¿cómo vas?

Te escribo para contarte que el cliente decidió avanzar con otro perfil para la dirección de obra en Medellín. Prefirieron a alguien que ya hubiera trabajado con la normativa colombiana de contratación pública, y eso pesó más que la experiencia en transporte.

Qué pena, de verdad, porque la entrevista con ellos había quedado muy bien. Te sigo teniendo en cuenta para lo que venga, sobre todo en Bogotá.

Un abrazo,

Camila Restrepo
Consultora Senior | Talento Andino Headhunters S.A.S.
+57 601 555 0147 | Bogotá
""",
})

# --- German ----------------------------------------------------------------------------------

add({
    "key": "softgarden_vprr_absage", "kind": "rejection", "lang": "de",
    "company": "Verkehrsplan Rhein-Ruhr", "contact": "katrin.hoefer@vprr.example.com",
    "frm": ("Verkehrsplan Rhein-Ruhr AG", "noreply@softgarden.io"),
    "reply_to": ("Katrin Höfer", "katrin.hoefer@vprr.example.com"),
    "subject": "Ihre Bewerbung als Projektingenieur Schienenverkehr (m/w/d) - Standort Montréal",
    "date": "2026-03-18 09:14 +0100", "mid": "softgarden.io",
    "html": ats_card(
        lang="de", title="Ihre Bewerbung", logo_src="https://vprr.softgarden.io/assets/vprr-logo.svg",
        logo_alt="Verkehrsplan Rhein-Ruhr AG", accent="#b5121b", font="Verdana,Geneva,sans-serif",
        paras=[
            "Sehr geehrter Herr Okonkwo-Tremblay,",
            "vielen Dank für Ihr Interesse an unserem Unternehmen und für Ihre Bewerbung als Projektingenieur Schienenverkehr (m/w/d) für unseren Standort Montréal.",
            "Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Stelle noch genauer entspricht. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation.",
            "Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht. Bei Rückfragen erreichen Sie mich direkt über die Antwortfunktion.",
            "Mit freundlichen Grüßen\n\nKatrin Höfer\nPersonalreferentin",
        ],
        footer=["Verkehrsplan Rhein-Ruhr AG · Huyssenallee 86, 45128 Essen",
                "Vorstand: Dr.-Ing. Bernd Kallweit (Vors.), Sabine Ortmann · Aufsichtsratsvorsitzender: Prof. Dr. Heiner Lutz",
                "Sitz der Gesellschaft: Essen · Amtsgericht Essen HRB 21877",
                "[[Datenschutz|https://www.vprr.example.com/datenschutz]] · [[Impressum|https://www.vprr.example.com/impressum]]"],
        pixel=trk("https://vprr.softgarden.io/mail/open/", "vprr-open"),
    ),
})

add({
    "key": "ibv_nach_gespraech", "kind": "rejection", "lang": "de",
    "company": "IBV Ingenieurbüro Vogt", "contact": "m.vogt@ibv-vogt.example.com",
    "frm": ("Dr. Matthias Vogt", "m.vogt@ibv-vogt.example.com"),
    "subject": "Ihre Bewerbung / Bureau de Paris",
    "date": "2026-07-03 17:31 +0200", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "thread": ["ibv_termin_abgesagt", "ibv-ok"],
    "text": """\
Sehr geehrter Herr Okonkwo-Tremblay,

vielen Dank für das angenehme und offene Gespräch am vergangenen Dienstag in unserem Pariser Büro. Frau Lemaire und ich haben uns über Ihr Interesse an der Stelle als Projektleiter Straßenbahn sehr gefreut.

Nach reiflicher Überlegung haben wir uns für einen anderen Kandidaten entschieden, der bereits mehrere Jahre für französische Verkehrsbetriebe tätig war. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und würden uns freuen, wenn wir in Kontakt bleiben.

Mit freundlichen Grüßen

Dr.-Ing. Matthias Vogt
Geschäftsführer

IBV Ingenieurbüro Vogt GmbH & Co. KG
Augustaanlage 32 | 68165 Mannheim
Bureau de Paris | 14, rue de Provence | 75009 Paris
Tel. +49 621 555 0193

Sitz: Mannheim | Amtsgericht Mannheim HRA 70321
Persönlich haftende Gesellschafterin: IBV Verwaltungs GmbH, Amtsgericht Mannheim HRB 73310
Geschäftsführer: Dr.-Ing. Matthias Vogt
""",
})

_personio_aquantis_paras = [
    "Hallo Declan,",
    "danke dir für deine Bewerbung als Projektmanager Wasserinfrastruktur (m/w/d) für unser neues Team in Calgary und für die Zeit, die du dir genommen hast.",
    "Leider müssen wir dir mitteilen, dass wir uns gegen deine Bewerbung entschieden haben. Wir haben sehr viele Bewerbungen bekommen und suchen für diese Rolle jemanden mit mehr Erfahrung im Vertrieb von Sensorlösungen an Stadtwerke.",
    "Wir wünschen dir viel Erfolg bei deiner Suche und würden uns freuen, wenn du uns bei künftigen Stellen wieder in Betracht ziehst.",
    "Viele Grüße\nDein Aquantis People Team",
]
add({
    "key": "personio_aquantis_du", "kind": "rejection", "lang": "de",
    "company": "Aquantis", "contact": "",
    "frm": ("Aquantis GmbH", "no-reply@aquantis.jobs.personio.de"),
    "subject": "Deine Bewerbung bei Aquantis",
    "date": "2026-09-24 12:00 +0200", "mid": "personio.de",
    "text": text_of(_personio_aquantis_paras, "angle"),
    "html": ats_card(
        lang="de", title="Aquantis", logo_src="https://aquantis.jobs.personio.de/logo/aquantis.png",
        logo_alt="Aquantis", accent="#00a19a",
        paras=_personio_aquantis_paras,
        footer=["Aquantis GmbH · Torstraße 110 · 10119 Berlin",
                "Geschäftsführer: Lena Brandt, Yusuf Demir · Amtsgericht Charlottenburg HRB 214567 B",
                "Diese E-Mail wurde automatisch über Personio versendet. Antworten auf diese Adresse werden nicht gelesen."],
        pixel=trk("https://aquantis.jobs.personio.de/t/o/", "aquantis-open"),
    ),
})
