"""Rejections of the ninety-eighth corpus, written one by one (31 messages)."""

from __future__ import annotations

from msgs98_common import ats_table, card

SPECS: list[dict] = []


def add(**spec) -> None:
    """Record one hand-written message spec."""
    SPECS.append(spec)


# --- 1. Workday, soft wording, no human behind it ---------------------------------------------
add(
    slug="workday_soft_patient_experience", kind="rejection", lang="en",
    company="Beacon Hill Medical Partners", contact="",
    frm=("Beacon Hill Medical Partners", "beaconhillmedical@myworkday.com"),
    subject="Update on your application - Patient Experience Manager (R-014522)",
    date="2026-02-04 16:41 -0500", enc_subject=True, structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("X-Mailer", "Workday Notification Service"), ("Auto-Submitted", "auto-generated")],
    html=ats_table(
        logo_src="https://beaconhillmedical.wd5.myworkdayjobs.com/assets/logo-bhmp.png",
        logo_alt="Beacon Hill Medical Partners", accent="#004b87",
        title="Application update",
        pixel_url="https://wd5.myworkday.com/beaconhillmedical/email/open?e=8c1f0a77d2",
        body="""<p style="margin:0 0 14px 0;">Dear Marisol,</p>
<p style="margin:0 0 14px 0;">Thank you for your interest in the <strong>Patient Experience Manager</strong> position (R-014522) at Beacon Hill Medical Partners and for the time you invested in your application.</p>
<p style="margin:0 0 14px 0;">We received a strong response to this posting. After reviewing your background against the needs of the Ambulatory Services team, we have decided to move forward with candidates whose experience more closely matches the requirements of the role.</p>
<p style="margin:0 0 14px 0;">We encourage you to keep an eye on our <a href="https://beaconhillmedical.wd5.myworkdayjobs.com/en-US/BHMP_Careers" style="color:#004b87;">careers site</a> and to apply for future openings that fit your goals. You can also update your candidate profile at any time.</p>
<p style="margin:0 0 4px 0;">With appreciation,</p>
<p style="margin:0;">Talent Acquisition<br />Beacon Hill Medical Partners</p>""",
        footer="""This message was sent from an unmonitored mailbox. Please do not reply.<br />
Beacon Hill Medical Partners, Inc. &middot; 300 Longwood Ave, Boston, MA 02115<br />
Beacon Hill Medical Partners is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.<br />
<a href="https://wd5.myworkday.com/beaconhillmedical/privacy" style="color:#6b7280;">Candidate Privacy Notice</a>"""),
)

# --- 2. Greenhouse, after a panel, recruiter behind Reply-To ---------------------------------
add(
    slug="greenhouse_after_panel", kind="rejection", lang="en",
    company="Tidewell Health", contact="dana.oyelaran@tidewellhealth.example.com",
    frm=("Dana Oyelaran", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Dana Oyelaran", "dana.oyelaran@tidewellhealth.example.com"),
    subject="Your candidacy at Tidewell Health",
    date="2026-02-26 11:07 -0500", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[("X-Greenhouse-Message-Type", "candidate_email")],
    html=card(
        brand="Tidewell Health", accent="#0f766e",
        logo_src="https://s3.amazonaws.com/grnhse-prod/tidewell/logo_email.png",
        pixel_url="https://u1843.ct.greenhouse-mail.io/wf/open?upn=tdw-77ab21",
        body="""<p>Hi Marisol,</p>
<p>Thank you for spending so much time with us over the last few weeks, and especially for the panel on the 17th with Priya and Tom. Your stories from the infusion unit - the discharge huddles in particular - stuck with everyone.</p>
<p>I wish I had better news. We've decided not to move forward with your candidacy for the Care Operations Lead role. The team ultimately went with someone who has already run a virtual-care scheduling desk at our volume, which is the part of the job we can't teach quickly right now.</p>
<p>If it's useful, I'm happy to set up 15 minutes to share the panel's feedback. Just reply here.</p>
<p>Take care,<br>Dana</p>
<p style="color:#555;font-size:13px;">Dana Oyelaran | Talent Partner | Tidewell Health<br>
<a href="https://u1843.ct.greenhouse-mail.io/ls/click?upn=tdw-careers-1" style="color:#0f766e;">tidewellhealth.example.com/careers</a></p>""",
        footer="""Tidewell Telehealth, Inc. &middot; 1 Marina Park Dr, Boston, MA 02210<br>
Sent via Greenhouse. <a href="https://app.greenhouse.io/privacy" style="color:#999;">Privacy</a>"""),
)

# --- 3. One line from the hiring manager's phone, filled internally --------------------------
add(
    slug="iphone_filled_internally", kind="rejection", lang="en",
    company="Ocean State Medical Center", contact="kevin.marchetti@oceanstatemed.example.org",
    frm=("Kevin Marchetti", "kevin.marchetti@oceanstatemed.example.org"),
    subject="Re: Ambulatory Operations Manager - Ocean State Medical Center",
    date="2026-03-03 18:22 -0500", structure="plain", charset="us-ascii", cte="7bit",
    refs=["<CAO5mT1k9vXq2@mail.example.com>", "<7E21A0C4-33B1-4F0B-9D51-2C9A1F0E6B10@oceanstatemed.example.org>",
          "<CAO5mT1kb2Lr8@mail.example.com>"],
    text="""Marisol - we ended up filling it internally. Sorry, and thanks for your patience.

Kevin

Sent from my iPhone

> On Feb 27, 2026, at 4:41 PM, Marisol Kagame-Dunbar <marisol.kd@example.com> wrote:
>
> Hi Kevin,
>
> Thanks again for this morning's interview and for walking me through the
> new infusion suite. I'm very excited about the role and would be glad to
> send references or meet the rest of the team for a second interview.
>
> Best,
> Marisol
""",
)

# --- 4. Speculative application, HR mailbox that invites questions ---------------------------
add(
    slug="speculative_no_opening", kind="rejection", lang="en",
    company="Charles River Community Health", contact="hr@crcommunityhealth.example.org",
    frm=("CRCH Human Resources", "hr@crcommunityhealth.example.org"),
    subject="RE: Inquiry - patient experience / operations roles",
    date="2026-01-28 10:15 -0500", structure="plain", charset="windows-1252", cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Inquiry - patient experience / operations roles")],
    text="""Good morning Ms. Kagame-Dunbar,

Thank you for reaching out and for sharing your résumé with us. We read your note with interest – it isn’t every day we hear from an RN who has already led a Press Ganey improvement project.

At the moment we don’t have an opening in patient experience or clinic operations, and we do not keep unsolicited applications on file. We’re not able to move your inquiry forward, but we’d encourage you to check our careers page, where every new role is posted first.

If you have questions, feel free to reply to this email.

Kind regards,

Human Resources
Charles River Community Health, Inc.
1120 Dorchester Avenue | Boston, MA 02125
T 617-555-0140

-----Original Message-----
From: Marisol Kagame-Dunbar <marisol.kd@example.com>
Sent: Monday, January 26, 2026 8:02 PM
To: CRCH Human Resources <hr@crcommunityhealth.example.org>
Subject: Inquiry - patient experience / operations roles

Hello,

I'm a registered nurse (8 years, oncology and ambulatory infusion) moving into
patient experience and operations management. I admire CRCH's work in Dorchester
and would love to be considered for any current or upcoming roles.

My résumé is attached. Thank you for your time.

Marisol Kagame-Dunbar, RN, BSN
""",
)

# --- 5. iCIMS, role on hold, will not proceed -------------------------------------------------
add(
    slug="icims_role_on_hold", kind="rejection", lang="en",
    company="Lenox Park Medical Group", contact="",
    frm=("Lenox Park Medical Group Careers", "no-reply@talent.icims.com"),
    subject="Lenox Park Medical Group: Practice Operations Manager (Req #2026-1187)",
    date="2026-04-22 09:30 -0400", structure="html", charset="utf-8", cte="base64",
    headers=[("X-ICIMS-Template", "CAND_STATUS_WITHDRAWN_REQ")],
    html=ats_table(
        logo_src="https://careers-lenoxparkmg.icims.com/images/lpmg_logo.png",
        logo_alt="Lenox Park Medical Group", accent="#7a1f3d",
        pixel_url="https://careers-lenoxparkmg.icims.com/email/track/open.gif?id=5521987",
        body="""<p>Dear Marisol Kagame-Dunbar,</p>
<p>We are writing regarding your application for <b>Practice Operations Manager</b> (Req #2026-1187).</p>
<p>Following a review of our 2026 operating budget, this position has been put on hold and we will not be proceeding with the search at this time. As a result, all applications for this requisition have been closed, including yours.</p>
<p>We know this is disappointing, especially after you made yourself available for interviews. Should the position be reopened in the future it will be reposted, and you are welcome to apply again.</p>
<p>Sincerely,</p>
<p>Lenox Park Medical Group<br>Human Resources</p>""",
        footer="""Please do not reply to this message; replies to this address are not monitored.<br>
Lenox Park Medical Group, P.C. | 655 Park Avenue, New York, NY 10065<br>
<a href="https://careers-lenoxparkmg.icims.com/jobs/login" style="color:#6b7280;">Candidate portal</a> |
<a href="https://careers-lenoxparkmg.icims.com/unsubscribe?c=5521987" style="color:#6b7280;">Unsubscribe from job alerts</a>"""),
)

# --- 6. Agency, client left unnamed -----------------------------------------------------------
add(
    slug="agency_unnamed_client", kind="rejection", lang="en",
    company="Brightpath Clinical Staffing", contact="spettigrew@brightpathstaffing.example.com",
    frm=("Shauna Pettigrew", "spettigrew@brightpathstaffing.example.com"),
    subject="Update",
    date="2026-06-22 13:48 -0400", structure="plain", charset="utf-8", cte="8bit",
    text="""Hi Marisol!

Hope you're week is off to a good start. I heard back from my client (the academic medical center in Philadelphia I mentioned on our call) and unfortunately they've decided to go in another direction for the Patient Access Manager opening. They really liked your clinical background but want someone who has managed a registration/scheduling team before.

Please don't be discouraged - this one was a stretch on paper and you made it further than most. I have two more ops roles opening up in July and I'll reach out as soon as I can share details.

Talk soon,

Shauna Pettigrew
Senior Recruiter, Healthcare Leadership
Brightpath Clinical Staffing
(215) 555-0187 | brightpathstaffing.example.com
""",
)

# --- 7. Travel agency relays a named client's no -------------------------------------------------
add(
    slug="agency_named_client_outlook_chain", kind="rejection", lang="en",
    company="Keystone Mutual Health", contact="bgallagher@atlastravelnursing.example.com",
    frm=("Brendan Gallagher", "bgallagher@atlastravelnursing.example.com"),
    subject="RE: Care Coordination Lead - Keystone",
    date="2026-03-20 15:12 -0400", structure="alt", charset="windows-1252", cte="quoted-printable",
    html_from_text="outlook",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdqaF2x1Kk9dPq7bT8yY1M2nQ0Zc4A==")],
    text="""Hi Marisol,

Sorry for the slow reply – I wanted to have a real answer for you. Keystone Mutual Health came back today and they’re passing on your profile for the Care Coordination Lead position. Their feedback was that they need someone with utilization management experience on the payer side, which we knew was the gap going in.

I’ve still got you in mind for the two hospital-side coordinator contracts we talked about, and I’ll call you Monday.

Brendan

Brendan Gallagher | Account Manager | Atlas Travel Nursing
Direct 857-555-0119

From: Marisol Kagame-Dunbar <marisol.kd@example.com>
Sent: Wednesday, March 18, 2026 7:55 PM
To: Brendan Gallagher <bgallagher@atlastravelnursing.example.com>
Subject: Care Coordination Lead - Keystone

Hi Brendan,

Any update from Keystone? It has been two weeks since they had my profile and I
was hoping to hear about the interview. Happy to do a call with them any day
next week.

Thanks!
Marisol
""",
)

# --- 8. Warm rejection after the final round ---------------------------------------------------
add(
    slug="final_round_hiring_manager", kind="rejection", lang="en",
    company="Hudson & East River Hospitals", contact="aisha.brathwaite@heriverhospitals.example.org",
    frm=("Brathwaite, Aisha", "aisha.brathwaite@heriverhospitals.example.org"),
    cc=[("Velez, Carmen", "cvelez@heriverhospitals.example.org")],
    subject="Patient Experience Manager - final decision",
    date="2026-04-24 17:35 -0400", structure="plain", charset="windows-1252", cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Dear Marisol,

I wanted to write to you myself rather than have this come through the portal.

Thank you for coming in for the final round on Monday. You were one of two finalists, and the decision was genuinely close. In the end we offered the Patient Experience Manager role to a candidate who has run a hospital-wide service-recovery program for several years, and she has accepted.

A few things the panel wanted me to pass on, because I think they will help you in your search:
  • Your presentation on the call-light data was the strongest we saw.
  • The panel wanted more on how you would handle a physician who resists a new process – think about a concrete example for next time.
  • Budget ownership came up as a gap; even a small cost-center example would help.

I would be glad to stay in touch and I’m happy to be a reference for your leadership on the infusion unit redesign.

With warm regards,

Aisha Brathwaite, DNP, RN
Director, Patient Experience & Service Excellence
Hudson & East River Hospitals
212-555-0164
""",
)

# --- 9. Taleo, university -----------------------------------------------------------------------
add(
    slug="taleo_university", kind="rejection", lang="en",
    company="Narragansett University", contact="",
    frm=("Narragansett University Human Resources", "narragansettu@taleo.net"),
    subject="Narragansett University - Application Status - Req 26000412",
    date="2026-04-14 08:02 -0400", structure="plain", charset="utf-8", cte="base64",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Taleo-Notification", "REQ-STATUS")],
    text="""Dear Marisol,

Thank you for applying for the position of Clinical Operations Coordinator, Student Health Services (Requisition 26000412).

The search committee has completed its review of applications. We regret to inform you that you have not been selected for an interview for this position.

We appreciate your interest in Narragansett University and encourage you to review our current openings at careers.narragansettu.example.org.

Sincerely,

Office of Human Resources
Narragansett University
Providence, Rhode Island

*** This is an automated message. Please do not respond to this email. ***
""",
)

# --- 10. SmartRecruiters, position filled --------------------------------------------------------
add(
    slug="smartrecruiters_position_filled", kind="rejection", lang="en",
    company="Biscayne Health System", contact="",
    frm=("Biscayne Health System", "notifications@smartrecruiters.com"),
    subject="Regarding your application for Patient Flow Manager",
    date="2026-10-02 12:26 -0400", structure="alt", charset="utf-8", cte="quoted-printable",
    html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#eef2f5;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:30px 10px;">
<table width="580" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;border-radius:4px;">
<tr><td style="padding:28px 36px 0 36px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/biscaynehealth/logo.png" alt="Biscayne Health System" width="140" style="border:0;"></td></tr>
<tr><td style="padding:20px 36px 10px 36px;font-family:'Open Sans',Arial,sans-serif;font-size:14px;line-height:21px;color:#30373b;">
<p>Hello Marisol,</p>
<p>Thank you for taking the time to interview for the <strong>Patient Flow Manager</strong> role at our Coral Way campus.</p>
<p>We wanted to let you know that the position has been filled. We truly appreciated learning about your clinical background and your ideas for reducing ED boarding times.</p>
<p>Your profile will remain in our talent community, and we hope you will consider Biscayne Health System for future opportunities.</p>
<p>Best regards,<br>Biscayne Health System Talent Acquisition</p>
</td></tr>
<tr><td style="padding:10px 36px 28px 36px;"><a href="https://jobs.smartrecruiters.com/BiscayneHealthSystem?utm_source=candidate_email&amp;utm_medium=email" style="background:#0b6e99;color:#fff;text-decoration:none;padding:10px 18px;border-radius:3px;font-family:Arial,sans-serif;font-size:13px;display:inline-block;">See open positions</a></td></tr>
</table>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#8a9399;max-width:560px;">Powered by SmartRecruiters. You received this email because you applied for a job at Biscayne Health System. <a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy/" style="color:#8a9399;">Candidate privacy policy</a></p>
<img src="https://trk.smartrecruiters.com/o/8fd1e2a0c4.gif" width="1" height="1" alt="">
</td></tr></table>
</body></html>
""",
)

# --- 11. Public body, civil-service list, unmonitored mailbox ---------------------------------
add(
    slug="state_office_not_referred", kind="rejection", lang="en",
    company="Rhode Island Office of Community Health Equity", contact="",
    frm=("OCHE Personnel Services", "personnel-donotreply@oche-ri.example.org"),
    to=[("MARISOL KAGAME-DUNBAR", "marisol.kd@example.com")],
    subject="NOTICE OF SELECTION RESULT - PROGRAM MANAGER (PATIENT NAVIGATION) #PN-26-07",
    date="2026-06-15 07:00 -0400", structure="plain", charset="us-ascii", cte="7bit",
    text="""STATE OF RHODE ISLAND
OFFICE OF COMMUNITY HEALTH EQUITY
PERSONNEL SERVICES

NOTICE OF SELECTION RESULT

Position: Program Manager (Patient Navigation)
Announcement: PN-26-07
Applicant: MARISOL KAGAME-DUNBAR

This notice is to inform you that your application for the above position was
reviewed. Your application was rated qualified; however, you were not among the
candidates referred to the hiring authority for interview.

No further action will be taken on your application for this announcement. This
determination does not affect your eligibility for other announcements.

Requests for reconsideration must be made in writing within ten (10) business
days of the date of this notice, using the form available on the OCHE website.

THIS MAILBOX IS NOT MONITORED. DO NOT REPLY TO THIS MESSAGE.
""",
)

# --- 12. Start-up via Ashby, founder behind Reply-To, casual ----------------------------------
add(
    slug="ashby_founder_casual", kind="rejection", lang="en",
    company="Wayfinder care", contact="jules@wayfindercare.example.com",
    frm=("Wayfinder care", "no-reply@ashbyhq.com"),
    reply_to=("Jules Abernathy", "jules@wayfindercare.example.com"),
    subject="Wayfinder care <> Marisol",
    date="2026-07-28 21:14 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    html=card(
        brand="Wayfinder care", accent="#5b21b6",
        pixel_url="https://app.ashbyhq.com/api/email/open/wf-3390f1.png",
        body="""<p>Hey Marisol,</p>
<p>Honestly this one was tough. You were the only candidate who had actually sat at a bedside and watched a family try to navigate a discharge - that perspective is exactly why we started Wayfinder.</p>
<p>But we're 11 people and the Ops Lead has to own our vendor contracts and payroll from week one, and we just don't have the bandwidth to ramp someone into that side. So we're not going to move forward right now.</p>
<p>I really mean this: if we raise in Q1 and build out a clinical ops team, you're the first person I'm emailing. And if you ever want a second pair of eyes on an offer, ping me.</p>
<p>Jules<br><span style="color:#777;">co-founder, Wayfinder care</span></p>""",
        footer="Sent with Ashby on behalf of Wayfinder care. Replies go to Jules Abernathy."),
)

# --- 13. Lever, insurer, after phone screen ------------------------------------------------------
add(
    slug="lever_after_phone_screen", kind="rejection", lang="en",
    company="Bluewater Health Plan", contact="",
    frm=("Bluewater Health Plan", "no-reply@hire.lever.co"),
    subject="Follow-up on your application",
    date="2026-08-11 14:59 -0400", structure="alt", charset="utf-8", cte="quoted-printable",
    html=ats_table(
        logo_src="https://lever-client-logos.s3.amazonaws.com/bluewater-health-plan.png",
        logo_alt="Bluewater Health Plan", accent="#1d4ed8",
        pixel_url="https://hire.lever.co/email/open/bwhp-aa93c1",
        body="""<p style="margin:0 0 12px 0;">Hi Marisol,</p>
<p style="margin:0 0 12px 0;">Thanks again for speaking with our team about the Member Experience Manager role. We enjoyed learning about your work as a charge nurse and your interest in the payer side of healthcare.</p>
<p style="margin:0 0 12px 0;">After careful consideration, we will not be moving your application forward to the next stage. This decision reflects the specific mix of Medicare Advantage and call-center leadership experience the team needs right now, not your potential.</p>
<p style="margin:0 0 12px 0;">We'll keep your information on file and may reach out if a role opens up that better matches your background.</p>
<p style="margin:0;">All the best,<br>The Talent Team at Bluewater Health Plan</p>""",
        footer="""Bluewater Health Plan &middot; 40 Westminster St, Providence, RI 02903<br>
This email was sent using Lever. <a href="https://hire.lever.co/candidate-privacy" style="color:#6b7280;">Privacy notice</a>"""),
)

# --- 14. Home care brand vs legal entity, after interview, quoted thank-you ------------------
add(
    slug="home_care_after_interview", kind="rejection", lang="en",
    company="MassBay Home Care", contact="trhodes@massbayhomecare.example.org",
    frm=("Tamika Rhodes", "trhodes@massbayhomecare.example.org"),
    subject="Re: Thank you - Clinical Operations Supervisor",
    date="2026-09-15 10:44 -0400", structure="alt", charset="utf-8", cte="quoted-printable",
    html_from_text="gmail",
    refs=["<CAO5mT1n4ThkY0u@mail.example.com>"],
    text="""Hi Marisol,

Thanks for your kind note, and for making the trip out to Quincy last week.

I'm sorry to tell you that we've selected another candidate for the Clinical Operations Supervisor position. The hiring team felt your experience is strong, but they chose someone who has supervised home health aides and knows the EVV scheduling rules in Massachusetts.

We'd be happy to hear from you again if you see another role with us that fits.

Best,
Tamika

Tamika Rhodes, SHRM-CP | People Operations | MassBay Home Care
o. 617-555-0123 | massbayhomecare.example.org
Massachusetts Bay Home Care Collaborative, Inc. is an equal opportunity employer.

On Wed, Sep 9, 2026 at 6:12 PM Marisol Kagame-Dunbar <marisol.kd@example.com> wrote:
> Hi Tamika,
>
> Thank you for organizing today's interview. It was great to meet Gwen and
> the scheduling team. I'm excited about the next steps and look forward to
> hearing from you about an offer timeline.
>
> Warmly,
> Marisol
""",
)

# --- 15. Travel-staffing agency, automated, names the facility --------------------------------
add(
    slug="agency_contract_filled_html", kind="rejection", lang="en",
    company="Coral Gables Surgical Institute", contact="",
    frm=("Medistaff Partners", "submissions-noreply@medistaffpartners.example.com"),
    subject="UPDATE ON YOUR SUBMISSION - Coral Gables Surgical Institute",
    date="2026-08-18 08:15 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td bgcolor="#ff6a00" style="padding:14px;">
<img src="https://cdn.medistaffpartners.example.com/email/logo-white.png" alt="MEDISTAFF PARTNERS" height="36">
</td></tr></table>
<div style="padding:18px;">
<p>Hi Marisol,</p>
<p>Thank you for letting us submit you to the <b>Perioperative Patient Flow Coordinator (13 wks)</b> contract at <b>Coral Gables Surgical Institute</b> in Coral Gables, FL.</p>
<p><b>Status: NOT SELECTED.</b> The facility has filled this contract with another clinician.</p>
<p>Don't worry - new contracts post every day! Check out <a href="https://click.medistaffpartners.example.com/l/?u=jobs&amp;cid=88121">today's hottest openings</a> or update your availability in the app.</p>
<p>- Your Medistaff Team</p>
</div>
<p style="font-size:10px;color:#888;padding:0 18px;">This is an automated notification from the Medistaff submission system. Please contact your recruiter by phone or text with questions.<br>
Medistaff Partners LLC, 2600 Douglas Rd, Coral Gables, FL 33134. <a href="https://click.medistaffpartners.example.com/unsub?cid=88121" style="color:#888;">Unsubscribe</a></p>
<img src="https://click.medistaffpartners.example.com/o.gif?cid=88121" width="1" height="1" alt="">
</body></html>
""",
)

# --- 16. Toronto, work permit required ----------------------------------------------------------
add(
    slug="toronto_work_authorization", kind="rejection", lang="en",
    company="Lakeshore Health Network", contact="",
    frm=("Lakeshore Health Network - Recruitment", "recruitment-donotreply@lakeshorehealth.example.ca"),
    subject="Your application: Manager, Patient Relations (Job ID 48812)",
    date="2026-09-03 11:20 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Dear Marisol Kagame-Dunbar,

Thank you for your interest in the Manager, Patient Relations position with Lakeshore Health Network.

This posting required candidates to be legally entitled to work in Canada at the time of application. Based on the information provided in your application, we are unable to consider you further for this opportunity, and your application has been closed.

We appreciate the time you took to apply and wish you every success in your career.

Recruitment Centre
Lakeshore Health Network | Toronto, Ontario

Lakeshore Health Network is committed to an inclusive, barrier-free recruitment process. Accommodation is available upon request for applicants with disabilities.
This email was sent from an unattended mailbox.
""",
)

# --- 17. "Following up": the answer is no, the quoted chain says "invite" -------------------
add(
    slug="following_up_original_message_chain", kind="rejection", lang="en",
    company="Schuylkill Valley Health", contact="cbeaumont@svhealth.example.org",
    frm=("Charlotte Beaumont", "cbeaumont@svhealth.example.org"),
    subject="RE: Following up",
    date="2026-04-06 09:58 -0400", structure="plain", charset="windows-1252", cte="8bit",
    refs=["<svh-inv-0310@svhealth.example.org>", "<svh-upd-0313@svhealth.example.org>",
          "<CAO5mT1qF0lw@mail.example.com>"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Hi Marisol,

Thanks for following up, and I’m sorry you had to chase us. The team has chosen another candidate for the Nurse Manager – Patient Experience role. It was a competitive group and your interview went well; it came down to prior budget responsibility.

I’ll keep your résumé in mind for the ambulatory openings we expect this summer.

Charlotte

Charlotte Beaumont
Talent Acquisition Partner
Schuylkill Valley Health
215.555.0138

-----Original Message-----
From: Marisol Kagame-Dunbar <marisol.kd@example.com>
Sent: Friday, April 3, 2026 4:40 PM
To: Charlotte Beaumont <cbeaumont@svhealth.example.org>
Subject: Following up

Hi Charlotte, I wanted to follow up on my interview from March 19. Is there any
news on next steps? Thank you!

-----Original Message-----
From: Charlotte Beaumont <cbeaumont@svhealth.example.org>
Sent: Tuesday, March 10, 2026 2:17 PM
To: Marisol Kagame-Dunbar <marisol.kd@example.com>
Subject: Interview - Nurse Manager, Patient Experience

Hi Marisol, we would like to invite you to interview with our CNO and the
Patient Experience team on Tuesday, March 17 at 10:00 AM via Teams. I've sent
a calendar invitation separately. Please accept it to confirm.
""",
)

# --- 18. San Juan hospital, position filled, usted, latin-1 ---------------------------------
add(
    slug="san_juan_plaza_cubierta", kind="rejection", lang="es",
    company="Centro Médico del Condado", contact="reclutamiento@cmcondado.example.pr",
    frm=("Reclutamiento CMC", "reclutamiento@cmcondado.example.pr"),
    subject="Solicitud de empleo: Supervisora de Servicios al Paciente",
    date="2026-02-12 14:05 -0400", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Kagame-Dunbar:

Reciba un cordial saludo de parte de la Oficina de Recursos Humanos del Centro Médico del Condado.

Agradecemos el interés mostrado en la plaza de Supervisora de Servicios al Paciente. Le informamos que la plaza ha sido cubierta, por lo que no continuaremos con su solicitud en este proceso.

Su resumé permanecerá en nuestro banco de candidatos por un período de seis (6) meses. Si tiene alguna pregunta, puede responder a este correo.

Atentamente,

Oficina de Reclutamiento
Centro Médico del Condado
Ave. Ashford 1450, San Juan, PR 00907
Tel. (787) 555-0142

Patrono con Igualdad de Oportunidades en el Empleo - M/M/V/I
""",
)

# --- 19. Insurer via Workday, Puerto Rico -------------------------------------------------------
add(
    slug="workday_aseguradora_pr", kind="rejection", lang="es",
    company="MediCaribe Seguros de Salud", contact="",
    frm=("MediCaribe Seguros de Salud", "medicaribe@myworkday.com"),
    subject="Actualización sobre su solicitud - Gerente de Experiencia del Afiliado",
    date="2026-04-08 17:03 -0400", structure="html", charset="utf-8", cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_table(
        logo_src="https://medicaribe.wd1.myworkdayjobs.com/assets/mc_logo.png",
        logo_alt="MediCaribe", accent="#00857c", lang="es",
        pixel_url="https://wd1.myworkday.com/medicaribe/email/open?e=41ab90",
        body="""<p>Estimada Marisol:</p>
<p>Gracias por su interés en la posición de <strong>Gerente de Experiencia del Afiliado</strong> en MediCaribe.</p>
<p>Luego de evaluar cuidadosamente su solicitud, hemos decidido continuar el proceso con otros candidatos cuyas cualificaciones se ajustan más a las necesidades actuales del puesto.</p>
<p>Le invitamos a mantenerse pendiente de nuevas oportunidades en nuestro <a href="https://medicaribe.wd1.myworkdayjobs.com/es/Carreras">portal de empleos</a>.</p>
<p>Cordialmente,<br>Adquisición de Talento<br>MediCaribe Seguros de Salud</p>""",
        footer="""Este mensaje fue enviado desde una dirección que no acepta respuestas.<br>
MediCaribe Seguros de Salud, Inc. &middot; Carr. 2 Km 8.5, Guaynabo, PR 00968<br>
MediCaribe es un patrono con igualdad de oportunidades en el empleo."""),
)

# --- 20. Madrid clinic via Personio, tú ------------------------------------------------------------
add(
    slug="personio_madrid_clinica", kind="rejection", lang="es",
    company="Clínica Retiro Salud", contact="",
    frm=("Clínica Retiro Salud", "no-reply@mail.personio.de"),
    subject="Tu candidatura en Clínica Retiro Salud",
    date="2026-03-18 10:31 +0100", structure="html", charset="utf-8", cte="quoted-printable",
    html=card(
        brand="Clínica Retiro Salud", accent="#0e7490", lang="es",
        logo_src="https://clinica-retiro-salud.jobs.personio.de/logo/email.png",
        pixel_url="https://mail.personio.de/o/crs-2210ab.gif",
        body="""<p>Hola Marisol:</p>
<p>Muchas gracias por tu interés en el puesto de <b>Responsable de Atención al Paciente</b> y por el tiempo que has dedicado al proceso.</p>
<p>Tras valorar tu candidatura con detenimiento, hemos decidido seguir adelante con otros perfiles que se ajustan mejor a lo que buscamos en este momento, sobre todo en cuanto a experiencia con el sistema sanitario español.</p>
<p>Guardaremos tus datos para futuros procesos, salvo que nos indiques lo contrario.</p>
<p>Un saludo,<br>El equipo de Personas de Clínica Retiro Salud</p>""",
        footer="""Clínica Retiro Salud S.L. &middot; Calle de O'Donnell 22, 28009 Madrid &middot; CIF B-87654321<br>
Puedes ejercer tus derechos de protección de datos en <a href="https://clinica-retiro-salud.jobs.personio.de/privacy">nuestra política de privacidad</a>."""),
)

# --- 21. Madrid hospital group, after interview, tú now, "El ... escribió" chain ----------------
add(
    slug="madrid_after_interview_el_escribio", kind="rejection", lang="es",
    company="Grupo Hospitalario Castellana", contact="lucia.benavente@ghcastellana.example.es",
    frm=("Lucía Benavente Ruiz", "lucia.benavente@ghcastellana.example.es"),
    subject="Re: Gracias por la entrevista",
    date="2026-05-08 13:20 +0200", structure="plain", charset="utf-8", cte="8bit",
    refs=["<ghc-inv-0415@ghcastellana.example.es>", "<CAO5mT1sZ8q@mail.example.com>"],
    text="""Hola Marisol:

Ha sido un placer conocerte y te agradezco de verdad el tiempo y el interés. Te escribo yo directamente porque prefiero que no te enteres por una plantilla.

Finalmente hemos optado por otra candidata, con más experiencia en gestión de equipos dentro de la sanidad pública madrileña, que era un punto importante para este puesto.

Me quedo con tu contacto: en otoño abriremos una posición en el área de calidad y creo que encajarías bien. Te avisaré.

Un abrazo,

Lucía Benavente Ruiz
Directora de Atención al Paciente
Grupo Hospitalario Castellana
Paseo de la Castellana 210, 28046 Madrid

El mié, 29 abr 2026 a las 19:02, Marisol Kagame-Dunbar (<marisol.kd@example.com>) escribió:
> Estimada Lucía:
>
> Muchas gracias por la entrevista de hoy. Me encantó conocer al equipo y
> quedo a la espera de la segunda entrevista con la gerencia, si deciden
> seguir adelante con mi candidatura.
>
> Un saludo cordial,
> Marisol
""",
)

# --- 22. Miami agency, client not named --------------------------------------------------------------
add(
    slug="miami_agencia_cliente_sin_nombre", kind="rejection", lang="es",
    company="Marín & Asociados", contact="gmarin@marinasociados.example.com",
    frm=("Gabriela Marín", "gmarin@marinasociados.example.com"),
    subject="Sobre el proceso de Coordinadora de Calidad",
    date="2026-06-05 16:50 -0400", structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Hola Marisol, ¿cómo estás?

Te escribo para contarte que el cliente decidió no continuar con tu perfil para la posición de Coordinadora de Calidad y Experiencia del Paciente. Me comentaron que buscan a alguien con certificación CPHQ y más tiempo en calidad, así que no fue nada personal.

Yo sigo buscando para ti en Miami y Fort Lauderdale – en cuanto tenga algo que encaje te llamo. Si cambias de idea sobre trabajar en turnos de fin de semana, avísame, porque eso abre bastantes puertas.

Un abrazo,

Gabriela Marín
Marín & Asociados – Talento en Salud
Brickell Ave. 1101, Suite 800 · Miami, FL 33131
(305) 555-0177
""",
)

# --- 23. Terse, no accents, from the phone ---------------------------------------------------------
add(
    slug="terse_sin_acentos_iphone", kind="rejection", lang="es",
    company="Clínicas Familiares del Este", contact="itorres@cfeste.example.pr",
    frm=("Ivelisse Torres", "itorres@cfeste.example.pr"),
    subject="Re: Coordinadora de Operaciones",
    date="2026-07-21 19:37 -0400", structure="plain", charset="utf-8", cte="8bit",
    text="""Hola Marisol, ya se lleno la plaza. Gracias por tu interes y mucha suerte!

Dra. Ivelisse Torres | Clínicas Familiares del Este

Enviado desde mi iPhone
""",
)

# --- 24. University in Puerto Rico, formal HTML, latin-1 -----------------------------------------
add(
    slug="universidad_pr_no_seleccionada", kind="rejection", lang="es",
    company="Universidad Caribeña de Ciencias de la Salud", contact="",
    frm=("Oficina de Recursos Humanos UCCS", "no-responder@uccs.example.pr"),
    subject="Resultado de su solicitud - Convocatoria RH-2026-031",
    date="2026-08-25 09:12 -0400", structure="html", charset="iso-8859-1", cte="quoted-printable",
    html="""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:'Times New Roman',serif;font-size:12pt;">
<table width="640" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td align="center" style="padding:12px;border-bottom:2px solid #7b1113;">
<img src="https://www.uccs.example.pr/img/sello-uccs.png" alt="Sello de la Universidad Caribeña de Ciencias de la Salud" width="90"><br>
<b>UNIVERSIDAD CARIBEÑA DE CIENCIAS DE LA SALUD</b><br>
Oficina de Recursos Humanos<br>Río Piedras, Puerto Rico</td></tr>
<tr><td style="padding:24px 8px;">
<p>25 de agosto de 2026</p>
<p>Sra. Marisol Kagame-Dunbar</p>
<p>Estimada señora Kagame-Dunbar:</p>
<p>Agradecemos su participación en la Convocatoria RH-2026-031 para el puesto de <i>Coordinador(a) de Servicios Clínicos Estudiantiles</i>.</p>
<p>Luego de la evaluación realizada por el Comité de Selección, le informamos que su solicitud no fue seleccionada para la próxima etapa del proceso. Esta determinación no afecta su elegibilidad para futuras convocatorias de la Universidad.</p>
<p>Le exhortamos a visitar periódicamente nuestra página de <a href="https://www.uccs.example.pr/empleos">oportunidades de empleo</a>.</p>
<p>Cordialmente,</p>
<p>Oficina de Recursos Humanos</p>
</td></tr>
<tr><td style="font-size:9pt;color:#666;padding:8px;border-top:1px solid #ccc;">
Este correo electrónico fue generado automáticamente. Favor de no responder. La UCCS es un patrono con igualdad de oportunidades en el empleo y no discrimina por razón de raza, color, sexo, edad, origen o condición social, ideas políticas o religiosas, impedimento físico o mental, orientación sexual o identidad de género.
</td></tr>
</table>
</body></html>
""",
)

# --- 25. Role cancelled for good: a rejection, not a cancellation -----------------------------
add(
    slug="teamtailor_proceso_cancelado", kind="rejection", lang="es",
    company="Vivaz Telemedicina", contact="talento@vivaz.example.es",
    frm=("Vivaz Telemedicina", "no-reply@teamtailor-mail.com"),
    reply_to=("Equipo de Talento Vivaz", "talento@vivaz.example.es"),
    subject="Novedades sobre el puesto de Head of Patient Experience",
    date="2026-09-22 12:40 +0200", structure="alt", charset="utf-8", cte="quoted-printable",
    html=card(
        brand="vivaz", accent="#e11d48", lang="es",
        logo_src="https://assets.teamtailor-cdn.com/vivaz/logo.png",
        pixel_url="https://tt.teamtailor-mail.com/o/vivaz-91f2.gif",
        body="""<p>Hola Marisol,</p>
<p>Queríamos contarte algo antes de que te enteres por otra vía: hemos decidido cancelar el proceso de selección para el puesto de <b>Head of Patient Experience</b>. Tras la reorganización del área de operaciones, esa posición desaparece y no vamos a cubrirla este año.</p>
<p>Por eso anulamos también la segunda entrevista que teníamos pendiente contigo. Sabemos que te has implicado mucho y lo sentimos de verdad.</p>
<p>Si tienes cualquier duda, respóndenos a este email y te contestamos nosotras.</p>
<p>Un abrazo,<br>Equipo de Talento · Vivaz Telemedicina</p>""",
        footer="""Vivaz Salud Digital S.L. · Calle de Alcalá 95, 28009 Madrid<br>
<a href="https://vivaz.teamtailor.com/connect/unsubscribe" style="color:#999;">Darse de baja</a> · Enviado con Teamtailor"""),
)

# --- 26. Toronto francophone network, after interview, vous -------------------------------------
add(
    slug="toronto_francophone_apres_entrevue", kind="rejection", lang="fr",
    company="Réseau Santé Francophone du Grand Toronto", contact="rh@rsfgt.example.ca",
    frm=("Ressources humaines RSFGT", "rh@rsfgt.example.ca"),
    subject="Suivi de votre entrevue - Coordonnatrice de l'expérience patient",
    date="2026-03-16 15:05 -0400", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous tenons à vous remercier de l'intérêt que vous portez au Réseau Santé Francophone du Grand Toronto et du temps que vous nous avez accordé lors de l'entrevue du 4 mars.

Après mûre réflexion, nous sommes au regret de vous informer que nous avons retenu une autre candidature pour le poste de coordonnatrice de l'expérience patient. Le comité a particulièrement apprécié votre connaissance du terrain clinique; toutefois, la personne choisie possède une expérience plus longue du réseau communautaire ontarien.

N'hésitez pas à nous écrire à cette adresse si vous souhaitez obtenir une rétroaction plus détaillée.

Veuillez agréer, Madame, nos salutations distinguées.

Service des ressources humaines
Réseau Santé Francophone du Grand Toronto
20, rue Adelaide Est, Toronto (Ontario)  M5C 2T6
""",
)

# --- 27. Swiss insurer via SuccessFactors -------------------------------------------------------------
add(
    slug="successfactors_mutuelle_suisse", kind="rejection", lang="fr",
    company="Mutuelle Helvétique", contact="",
    frm=("Mutuelle Helvétique - Recrutement", "noreply@successfactors.eu"),
    subject="Votre candidature : Responsable Service Clients Santé (Zurich)",
    date="2026-06-30 08:47 +0200", structure="html", charset="utf-8", cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_table(
        logo_src="https://career5.successfactors.eu/companylogo/mutuellehelvetique.png",
        logo_alt="Mutuelle Helvétique", accent="#c8102e", lang="fr",
        pixel_url="https://career5.successfactors.eu/email/open?cid=MH-77310",
        body="""<p>Madame Kagame-Dunbar,</p>
<p>Nous vous remercions pour votre candidature au poste de <b>Responsable Service Clients Santé</b> sur notre site de Zurich ainsi que pour l'intérêt que vous portez à notre entreprise.</p>
<p>Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature. Le poste requiert en effet une maîtrise de l'allemand (niveau C1) ainsi qu'une expérience de l'assurance maladie suisse.</p>
<p>Nous conservons volontiers votre dossier et vous souhaitons plein succès dans vos recherches.</p>
<p>Meilleures salutations</p>
<p>Mutuelle Helvétique<br>Ressources Humaines</p>""",
        footer="""Mutuelle Helvétique SA &middot; Avenue de la Gare 18 &middot; 1003 Lausanne<br>
Ce message a été généré automatiquement, merci de ne pas y répondre.<br>
<a href="https://career5.successfactors.eu/privacy?company=mutuellehelvetique" style="color:#6b7280;">Protection des données</a>"""),
)

# --- 28. Montreal telehealth, tu, "De : / Envoyé :" chain ------------------------------------------
add(
    slug="quebec_tutoiement_de_envoye", kind="rejection", lang="fr",
    company="Santéclair Télémédecine", contact="gparadis@santeclair.example.ca",
    frm=("Geneviève Paradis", "gparadis@santeclair.example.ca"),
    subject="RE: Merci pour l'entrevue",
    date="2026-05-29 16:22 -0400", structure="alt", charset="windows-1252", cte="quoted-printable",
    html_from_text="outlook",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Bonjour Marisol,

Merci encore pour ton temps et pour ta belle énergie pendant l’entrevue. J’ai tardé à te répondre parce que je voulais avoir la décision finale.

Malheureusement, on a décidé de poursuivre avec une autre candidate pour le poste de chef d’équipe – expérience patient à Toronto. Elle a déjà géré une équipe de soins virtuels bilingue, et c’est ce qui a fait la différence.

Je garde ton CV sous la main, et je te souhaite vraiment bonne chance dans tes démarches.

Geneviève

Geneviève Paradis | Directrice, Opérations cliniques | Santéclair Télémédecine
514 555-0192

De : Marisol Kagame-Dunbar <marisol.kd@example.com>
Envoyé : 21 mai 2026 18:03
À : Geneviève Paradis <gparadis@santeclair.example.ca>
Objet : Merci pour l'entrevue

Bonjour Geneviève,

Merci beaucoup pour l’entrevue d’aujourd’hui. Je reste disponible pour un
deuxième entretien avec l’équipe de Toronto si vous le souhaitez.

Bien à toi,
Marisol
""",
)

# --- 29. Zurich clinic via softgarden, after a missed interview --------------------------------
add(
    slug="softgarden_klinik_absage", kind="rejection", lang="de",
    company="Klinik Limmatblick", contact="",
    frm=("Klinik Limmatblick AG", "jobs-noreply@softgarden.io"),
    subject="Ihre Bewerbung als Leiterin Patientenmanagement",
    date="2026-06-19 11:03 +0200", structure="html", charset="utf-8", cte="quoted-printable",
    html=ats_table(
        logo_src="https://static.softgarden.io/klinik-limmatblick/logo.png",
        logo_alt="Klinik Limmatblick", accent="#2e6e4f", lang="de",
        pixel_url="https://track.softgarden.io/open/klb-55201.gif",
        body="""<p>Sehr geehrte Frau Kagame-Dunbar</p>
<p>Vielen Dank für Ihr Interesse an der Stelle als Leiterin Patientenmanagement (80–100 %) und für die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>
<p>Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir haben uns für eine Person entschieden, deren Profil den Anforderungen der Stelle noch besser entspricht.</p>
<p>Ihre Unterlagen werden gemäss unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p>Freundliche Grüsse</p>
<p>Klinik Limmatblick<br>Human Resources</p>""",
        footer="""Klinik Limmatblick AG &middot; Limmatquai 140 &middot; 8001 Zürich<br>
Präsident des Verwaltungsrates: Dr. Urs Keller &middot; CHE-123.456.789 MWST<br>
Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese Nachricht."""),
)

# --- 30. One line, Swiss German, Outlook "Von: / Gesendet:" chain ----------------------------------
add(
    slug="einzeiler_von_gesendet", kind="rejection", lang="de",
    company="Zürisana Krankenversicherung", contact="monika.huber@zuerisana.example.ch",
    frm=("Huber Monika", "monika.huber@zuerisana.example.ch"),
    subject="AW: Bewerbung Teamleiterin Kundenerlebnis",
    date="2026-04-29 17:55 +0200", structure="plain", charset="iso-8859-1", cte="8bit",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Liebe Frau Kagame-Dunbar

Leider haben wir uns für eine andere Kandidatin entschieden. Danke nochmals für das angenehme Gespräch.

Freundliche Grüsse
Monika Huber

Zürisana Krankenversicherung AG | HR Business Partner | Hohlstrasse 200 | 8004 Zürich

Von: Marisol Kagame-Dunbar <marisol.kd@example.com>
Gesendet: Montag, 27. April 2026 09:12
An: Huber Monika <monika.huber@zuerisana.example.ch>
Betreff: Bewerbung Teamleiterin Kundenerlebnis

Guten Tag Frau Huber

Ich wollte mich nach dem Stand meiner Bewerbung erkundigen. Ich freue mich
auf Ihre Rückmeldung und stehe gerne für ein zweites Gespräch zur Verfügung.

Freundliche Grüsse
Marisol Kagame-Dunbar
""",
)

# --- 31. Start-up via Personio, du, role frozen ------------------------------------------------------
add(
    slug="personio_stelle_eingefroren", kind="rejection", lang="de",
    company="MedAlpina", contact="",
    frm=("MedAlpina Recruiting", "noreply@personio.de"),
    subject="Update zu deiner Bewerbung bei MedAlpina",
    date="2026-09-10 14:12 +0200", structure="html", charset="utf-8", cte="base64",
    html=card(
        brand="MedAlpina", accent="#0369a1", lang="de",
        logo_src="https://medalpina.jobs.personio.de/logo/medalpina.png",
        pixel_url="https://mail.personio.de/o/medalpina-0f3c.gif",
        body="""<p>Hallo Marisol</p>
<p>Danke dir nochmals für das gute Gespräch mit Lea und für dein Interesse an der Rolle als <b>Patient Success Lead</b>.</p>
<p>Wir müssen dir leider mitteilen, dass wir die Stelle vorerst nicht besetzen. Nach einer Anpassung unserer Planung für 2027 wird die Position eingefroren, und wir führen den Prozess deshalb nicht weiter. Mit dir als Person hat das nichts zu tun.</p>
<p>Wir würden uns freuen, wenn du unsere Karriereseite im Auge behältst.</p>
<p>Liebe Grüsse<br>Dein MedAlpina Team</p>""",
        footer="""MedAlpina GmbH &middot; Hardturmstrasse 161 &middot; 8005 Zürich<br>
Geschäftsführer: Nico Steiner, Dr. Anja Frei &middot; Handelsregister Kanton Zürich CHE-987.654.321<br>
Diese Nachricht wurde über Personio versendet."""),
)
