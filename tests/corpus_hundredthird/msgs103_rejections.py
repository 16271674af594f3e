"""Rejections for the hundredthird corpus, one hand-written spec each."""

from __future__ import annotations

from msgs103_common import ats_table, gmail_quote, outlook_quote, paras, tracked

MESSAGES: list[dict] = []
add = MESSAGES.append

# 1. Workday, bank, no-reply, soft wording, HTML only -------------------------------------------
add({
    "key": "r_nqb_workday", "kind": "rejection", "scenario": "workday_soft", "language": "en",
    "company": "Northern Quay Bank", "contact": "",
    "frm": ("Northern Quay Bank", "nqbank@myworkday.com"), "mua": "ats",
    "subject": "Your application for Financial Crime Compliance Analyst (R-204417)",
    "date": "2026-02-17 14:03", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Dear Aoife,</p>
<p style="margin:0 0 14px 0;">Thank you for your interest in the <strong>Financial Crime Compliance Analyst</strong> position (R-204417) based in our Manchester Spinningfields office, and for the time you invested in your application.</p>
<p style="margin:0 0 14px 0;">We received a very strong response to this vacancy. After reviewing your application carefully, we have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.</p>
<p style="margin:0 0 14px 0;">We would encourage you to keep an eye on our careers site, as new opportunities are posted every week. You can also update your candidate profile so that our recruiters can find you for future roles.</p>
<p style="margin:0 0 14px 0;">Kind regards,<br>Talent Acquisition<br>Northern Quay Bank</p>""",
        title="Application update", logo="https://cdn.nqbank.example.co.uk/email/nqb-logo-navy.png",
        logo_alt="Northern Quay Bank", accent="#14325c", preheader="An update on your application",
        pixel="https://nqbank.wd3.myworkday.com/wday/email/open.gif?m=8812-4410-22",
        footer="""Northern Quay Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England and Wales No. 04417209. Registered office: 1 Quay Street, Manchester M3 3JE.<br>
This is an automated message from our recruitment system. Replies to this address are not monitored.<br>
<a href="https://nqbank.wd3.myworkday.com/nqbank/d/inst/privacy" style="color:#7a8190;">Candidate privacy notice</a>"""),
})

# 2. Law firm, after interview, HR adviser writing personally, Outlook plain ----------------------
add({
    "key": "r_hallam_post_interview", "kind": "rejection", "scenario": "law_firm_after_interview", "language": "en",
    "company": "Hallam & Pryce", "contact": "gemma.turnbull@hallampryce.example.co.uk",
    "frm": ("Gemma Turnbull", "gemma.turnbull@hallampryce.example.co.uk"), "mua": "outlook",
    "subject": "Compliance Paralegal - interview feedback", "date": "2026-03-11 16:42",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Dear Aoife

Thank you for coming in to meet Rebecca Hallam and me last Thursday. We both enjoyed talking to you, and your grasp of the client onboarding side of things came across really well.

I\u2019m sorry to tell you that on this occasion we won\u2019t be offering you the role. It was a close decision. The candidate we have appointed has two years\u2019 experience running AML file reviews in a regulated firm, which was the deciding factor for the partners given the SRA audit we have coming up in the summer.

If it would help, I\u2019m very happy to have a 10-minute call to go through the panel\u2019s feedback in more detail \u2013 just reply with a couple of times that work for you.

Thank you again for your interest in Hallam & Pryce, and I wish you every success.

Kind regards

Gemma Turnbull
HR Adviser
Hallam & Pryce LLP
Bridgewater House, 58 Whitworth Street, Manchester M1 6LT
T: 0161 496 0732

Hallam & Pryce LLP is a limited liability partnership registered in England and Wales (No. OC318842) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. 605118). A list of members is available at our registered office. This email is confidential and may be legally privileged. If you have received it in error please notify the sender and delete it.
"""})

# 3. Role put on hold; Greenhouse with a person's Reply-To, multipart/alternative -----------------
_PENNINE = """Hi Aoife,

Thank you for applying for the Contracts Manager role at Pennine Mutual, and for taking the time to complete the screening questions.

I wanted to let you know personally that the business has put this role on hold following a review of our procurement structure, and we will not be proceeding with the recruitment. I know that is disappointing to hear when you have already invested time in the process, and I'm sorry we can't take it further.

If the role is reopened later in the year it will be re-advertised on our careers page, and you would be very welcome to apply again.

Best wishes,
Hannah Lowther
Talent Partner, Pennine Mutual
"""
add({
    "key": "r_pennine_on_hold", "kind": "rejection", "scenario": "role_on_hold", "language": "en",
    "company": "Pennine Mutual", "contact": "hannah.lowther@penninemutual.example.co.uk",
    "frm": ("Pennine Mutual via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Hannah Lowther", "hannah.lowther@penninemutual.example.co.uk"), "mua": "ats",
    "subject": "Update on the Contracts Manager role", "date": "2026-04-22 09:31",
    "charset": "utf-8", "cte": "quoted-printable", "text": _PENNINE,
    "html": ats_table(paras(_PENNINE), title="Pennine Mutual", logo="https://s3.amazonaws.example.com/grnhse/pennine/logo.png",
                   logo_alt="Pennine Mutual logo", accent="#2e7d5b",
                   footer='Sent via Greenhouse on behalf of Pennine Mutual Insurance Society Ltd, Calder House, Halifax HX1 1RE.<br><a href="https://app.greenhouse.example.io/privacy" style="color:#7a8190;">Privacy</a>',
                   pixel="https://click.greenhouse-mail.io/open/p/3f2a77c1.gif"),
})

# 4. Council, filled internally, windows-1252 8bit, role mailbox inviting questions --------------
add({
    "key": "r_calderbrook_internal", "kind": "rejection", "scenario": "council_filled_internally", "language": "en",
    "company": "Calderbrook Metropolitan Borough Council", "contact": "recruitment@calderbrook.example.gov.uk",
    "frm": ("Calderbrook Council Recruitment", "recruitment@calderbrook.example.gov.uk"), "mua": "outlook",
    "subject": "Ref CMBC/LEG/0412 \u2013 Contracts & Procurement Officer (Grade 7)", "date": "2026-03-05 11:20",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Dear Ms Nakamura-Brennan

Post: Contracts & Procurement Officer, Legal & Democratic Services (Grade 7, \u00a334,314 \u2013 \u00a337,938)
Reference: CMBC/LEG/0412

Thank you for your application for the above post.

I am writing to let you know that, following the council\u2019s redeployment procedure, the post has been filled internally by an officer whose current role is at risk of redundancy. Under our Managing Change policy, redeployees must be considered before external applicants, and as a result we will not be taking any external applications forward to shortlisting.

I appreciate this will be disappointing and I apologise that you did not hear from us sooner. Your details will be retained in line with our recruitment privacy notice and then securely deleted.

If you have any questions about this decision please reply to this email and a member of the team will get back to you.

Yours sincerely

Recruitment Team
People & Organisational Development
Calderbrook Metropolitan Borough Council
Town Hall, Market Street, Calderbrook CB1 1AA

Calderbrook Council \u2013 working together for a fairer borough.
This email and any attachments are intended solely for the addressee. If you are not the intended recipient please notify the sender and delete the message. Calderbrook Council may monitor email traffic for security purposes.
"""})

# 5. Agency recruiter, terse one line from an iPhone, naming the client, reply in thread ---------
add({
    "key": "r_thornbury_terse", "kind": "rejection", "scenario": "agency_terse_one_line", "language": "en",
    "company": "Thornbury Insurance", "contact": "dan.okoro@sterlingbridge.example.co.uk",
    "frm": ("Dan Okoro", "dan.okoro@sterlingbridge.example.co.uk"), "mua": "iphone",
    "subject": "Re: Thornbury - 2nd stage", "date": "2026-03-02 18:07", "charset": "utf-8", "cte": "7bit",
    "refs": ["i_thornbury_relay", "x_thornbury_reschedule"],
    "text": """Hi Aoife - Thornbury have gone with the internal candidate, sorry. Will call tmrw with feedback.

Dan

Sent from my iPhone
"""})

# 6. Speculative application, Glasgow solicitors, Scottish HR manager ------------------------------
add({
    "key": "r_clyde_speculative", "kind": "rejection", "scenario": "speculative_no_vacancy", "language": "en",
    "company": "Clyde & Kelvin", "contact": "morag.baird@clydekelvin.example.co.uk",
    "frm": ("Morag Baird", "morag.baird@clydekelvin.example.co.uk"), "mua": "outlook",
    "subject": "RE: Speculative application - paralegal / compliance", "date": "2026-01-21 10:05",
    "charset": "utf-8", "cte": "quoted-printable",
    "refs": ["<6E1B0C44-9A2F-4C7B-8E11-5D3F2A9B7C10@example.co.uk>"],
    "text": """Dear Aoife,

Many thanks for your email and CV, which I have shared with our Head of Risk & Compliance.

We don\u2019t have an opening in the compliance team at present and, having looked at your experience, we aren\u2019t in a position to create one for you, so I\u2019m afraid we won\u2019t be taking your application any further. We don\u2019t hold speculative CVs on file, but all our vacancies are advertised on our website and on the Law Society of Scotland job board.

Best of luck with your move into compliance \u2013 it sounds like a good fit for your background.

Kind regards,

Morag Baird
HR Manager | Clyde & Kelvin | 14 Blythswood Square, Glasgow G2 4AR
Direct: 0141 496 0218

Clyde & Kelvin is the trading name of Clyde & Kelvin LLP, a limited liability partnership registered in Scotland (SO305731) and regulated by the Law Society of Scotland.

""" + outlook_quote("en", "Aoife Nakamura-Brennan <aoife.nb@example.co.uk>", "19 January 2026 20:48",
                    "Careers <careers@clydekelvin.example.co.uk>", "Speculative application - paralegal / compliance",
                    """Dear Sir or Madam,

I am a paralegal with four years' experience in a Manchester commercial firm and am looking to move into a compliance or contract management role in Glasgow from the spring. I would be very grateful if you would consider me for any suitable vacancies, now or in the future. My CV is attached.

With best wishes,
Aoife Nakamura-Brennan""")})

# 7. Legal-tech start-up via Greenhouse, casual, no Reply-To ---------------------------------------
add({
    "key": "r_clausewise_gh", "kind": "rejection", "scenario": "startup_greenhouse_casual", "language": "en",
    "company": "Clausewise", "contact": "",
    "frm": ("Clausewise Hiring Team", "no-reply@greenhouse-mail.io"), "mua": "ats",
    "subject": "Clausewise | Legal Operations Associate", "date": "2026-02-26 17:55",
    "charset": "utf-8", "cte": "base64",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Hey Aoife,</p>
<p style="margin:0 0 14px 0;">Thanks so much for throwing your hat in the ring for Legal Operations Associate at Clausewise \U0001F64C</p>
<p style="margin:0 0 14px 0;">We've read every application ourselves (all 412 of them!), and we've decided not to move forward with yours this time. We know a short note like this isn't much to go on &mdash; honestly, it came down to wanting someone who has already run a CLM implementation end to end.</p>
<p style="margin:0 0 14px 0;">We're growing fast, so please don't be a stranger. Follow us for new roles and product news.</p>
<p style="margin:0 0 14px 0;">Cheers,<br>The Clausewise team</p>""",
        title="Clausewise", logo="https://clausewise.example.com/brand/wordmark-dark.png", logo_alt="clausewise",
        accent="#ff5a36", font="'Inter', 'Segoe UI', Arial, sans-serif",
        footer=f"""Clausewise Ltd &middot; 3rd Floor, 20 Old Street, London EC1V 9AB<br>
<a href="{tracked('https://click.greenhouse-mail.io/ls/click', 'https://clausewise.example.com/careers', 'ft1')}" style="color:#7a8190;">Careers</a> &middot;
<a href="{tracked('https://click.greenhouse-mail.io/ls/click', 'https://www.linkedin.example.com/company/clausewise', 'ft2')}" style="color:#7a8190;">LinkedIn</a> &middot;
<a href="{tracked('https://click.greenhouse-mail.io/ls/click', 'https://clausewise.example.com/privacy', 'ft3')}" style="color:#7a8190;">Privacy policy</a>""",
        pixel="https://click.greenhouse-mail.io/wf/open?upn=u001.Xk2pQ"),
})

# 8. Lever, after a written exercise, Reply-To the recruiter ---------------------------------------
_LEXLOOM = """Hi Aoife,

Thank you for completing the contract review exercise for the Commercial Contracts Specialist role. We know it took a real chunk of your weekend, and we appreciated the care you took with the redlines.

The hiring team has now reviewed all submissions and we won't be inviting you to the final stage. The main gap was around SaaS-specific terms - the limitation of liability and data processing schedules needed a bit more depth than we saw.

I'd genuinely like to stay in touch, and if you want more detail on the exercise just hit reply.

All the best,
Priya Raman
People Partner | Lexloom
"""
add({
    "key": "r_lexloom_lever", "kind": "rejection", "scenario": "lever_after_exercise", "language": "en",
    "company": "Lexloom", "contact": "priya.raman@lexloom.example.com",
    "frm": ("Lexloom", "no-reply@hire.lever.co"), "reply_to": ("Priya Raman", "priya.raman@lexloom.example.com"),
    "mua": "ats", "subject": "Following up on your Lexloom application", "date": "2026-05-08 12:14",
    "charset": "utf-8", "cte": "quoted-printable", "text": _LEXLOOM,
    "html": """<html><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;color:#1f2328;font-size:14px;line-height:1.5;">
<div style="max-width:560px;margin:0 auto;padding:24px;">
""" + paras(_LEXLOOM) + """
<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0;">
<p style="font-size:11px;color:#8b949e;">Sent by Lever on behalf of Lexloom. <a href="https://hire.lever.co/unsubscribe/lexloom/7a1e" style="color:#8b949e;">Stop receiving emails from Lexloom</a></p>
<img src="https://hire.lever.co/email/open/7a1e0c.gif" width="1" height="1" alt="">
</div></body></html>
"""})

# 9. NHS trust, not shortlisted, no-reply -----------------------------------------------------------
add({
    "key": "r_irwell_not_shortlisted", "kind": "rejection", "scenario": "nhs_not_shortlisted", "language": "en",
    "company": "Irwell Valley NHS Foundation Trust", "contact": "",
    "frm": ("Irwell Valley NHS Foundation Trust", "no-reply@recruitment.irwellvalley.example.nhs.uk"), "mua": "generic",
    "subject": "Job reference 334-CORP-5521 - Information Governance Officer",
    "date": "2026-02-10 08:02", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Aoife Nakamura-Brennan

Job reference: 334-CORP-5521
Job title: Information Governance Officer (Band 5)

Thank you for applying for the above post.

Unfortunately on this occasion you have not been shortlisted for interview.

The shortlisting panel assessed all applications against the essential and desirable criteria in the person specification. If you would like feedback on your application, please contact the recruiting manager named in the advert within 28 days.

Thank you for your interest in working for Irwell Valley NHS Foundation Trust.

Yours sincerely

Recruitment Services
Irwell Valley NHS Foundation Trust

Please do not reply to this email - this mailbox is not monitored.
"""})

# 10. University, after interview, hiring manager from her own address -----------------------------
add({
    "key": "r_whitworth_post_interview", "kind": "rejection", "scenario": "university_after_panel", "language": "en",
    "company": "Whitworth Park University", "contact": "h.okafor@whitworthpark.example.ac.uk",
    "frm": ("Dr Helen Okafor", "h.okafor@whitworthpark.example.ac.uk"), "mua": "thunderbird",
    "subject": "Research Contracts Officer - outcome", "date": "2026-03-27 15:10",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "refs": ["i_whitworth_panel", "x_whitworth_postponed"],
    "text": """Dear Aoife,

Thank you for attending the interview for the post of Research Contracts Officer on Tuesday, and for the presentation on negotiating collaboration agreements with industry partners, which the panel found thoughtful.

I am sorry to let you know that we have decided not to offer you the post. The panel felt that another candidate's direct experience of Horizon Europe grant agreements gave them the edge for this particular role.

You came a close second and I would encourage you to apply for the Contracts Assistant post we expect to advertise in May. If you would like more detailed feedback, I would be glad to arrange a short call.

With best wishes,

Helen

--
Dr Helen Okafor
Head of Research Contracts
Research & Innovation Services
Whitworth Park University
Oxford Road, Manchester M15 6QQ
"""})

# 11. Dublin law firm, Irish English, plain ---------------------------------------------------------
add({
    "key": "r_liffey_irish", "kind": "rejection", "scenario": "dublin_firm_irish_english", "language": "en",
    "company": "Liffey Street Partners", "contact": "ciara.donnelly@liffeystreet.example.ie",
    "frm": ("Ciara Donnelly", "ciara.donnelly@liffeystreet.example.ie"), "mua": "outlook",
    "subject": "Compliance Executive role", "date": "2026-04-09 13:26", "tz": "Europe/Dublin",
    "charset": "utf-8", "cte": "8bit",
    "text": """Hi Aoife,

Thanks a million for coming in to meet myself and Declan on Tuesday, and apologies for the delay in getting back to you - it's been a mad week with the Easter break.

We've had a good think about it and we won't be progressing your application to the next stage. Honestly, it was nothing to do with you on the day, we've decided to go with someone who already holds the CPD compliance qualification from the Compliance Institute, as that's a must for the Central Bank fitness and probity side of things.

Best of luck with the search, I'm sure you'll land something great.

Ciara

Ciara Donnelly
Practice Manager
Liffey Street Partners | Solicitors
31 Lower Ormond Quay, Dublin 1, D01 X2Y4
+353 1 555 0192
"""})

# 12. SmartRecruiters, bank, HTML only ---------------------------------------------------------------
add({
    "key": "r_ludgate_sr", "kind": "rejection", "scenario": "smartrecruiters_bank", "language": "en",
    "company": "Ludgate Hill Capital", "contact": "",
    "frm": ("Ludgate Hill Capital", "noreply@smartrecruiters.com"), "mua": "ats",
    "subject": "Regarding your application: Contract Manager, Vendor Risk",
    "date": "2026-06-03 07:45", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;font-family:Georgia,'Times New Roman',serif;color:#222;">
<tr><td style="background:#0f1e2e;padding:18px 28px;"><img src="https://ludgatehill.example.com/assets/lhc-white.png" alt="Ludgate Hill Capital" height="28"></td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:23px;">
<p>Dear Aoife,</p>
<p>Thank you for your interest in the Contract Manager, Vendor Risk position in our London office.</p>
<p>After careful consideration, we regret to inform you that we will not be progressing your application further. This decision reflects the number of highly qualified applicants and the specific needs of the team, and is not a judgement on your abilities.</p>
<p>We will retain your details for twelve months in case a suitable role arises, unless you ask us not to.</p>
<p>Yours sincerely,<br>Ludgate Hill Capital Recruitment</p>
</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #ddd;font-size:11px;color:#777;font-family:Arial,sans-serif;">
Ludgate Hill Capital Limited is authorised and regulated by the Financial Conduct Authority (FRN 488120). Registered in England No. 05581230, 80 Ludgate Hill, London EC4M 7AW.<br>
<a href="https://jobs.smartrecruiters.com/unsubscribe?c=LHC&amp;e=3c9d" style="color:#777;">Unsubscribe from updates</a> | Powered by SmartRecruiters
</td></tr></table>
<img src="https://trk.smartrecruiters.com/o/3c9d11f0.png" width="1" height="1" alt="" style="display:none">
</td></tr></table></body></html>
"""})

# 13. Head-hunter, rejection after second interview; quoted chain says "invite" -------------------
add({
    "key": "r_ardmore_halcyon", "kind": "rejection", "scenario": "agency_after_second_interview_quoted_invite", "language": "en",
    "company": "Ardmore Fund Services", "contact": "tom.whelan@halcyonsearch.example.com",
    "frm": ("Tom Whelan", "tom.whelan@halcyonsearch.example.com"), "mua": "outlook",
    "subject": "RE: Ardmore - second interview Thursday", "date": "2026-06-23 17:20", "tz": "Europe/Dublin",
    "charset": "windows-1252", "cte": "quoted-printable",
    "refs": ["<AM9PR05MB5521A0C0DE11F00D@AM9PR05MB5521.eurprd05.prod.outlook.com>",
          "<3A0F7E21-77B1-4D02-9A52-0C6E1B2F4D88@example.co.uk>"],
    "text": """Aoife,

I\u2019ve just come off the phone with Ardmore. I\u2019m afraid it\u2019s a no after Thursday \u2013 they\u2019ve offered the role to a candidate who is already working in a Central Bank-regulated fund administrator and can hit the ground running on the CBI inspection.

Their feedback on you was good: strong on the contract side, very well prepared, but they felt the depot/custody oversight piece would be a steep learning curve. I\u2019ll go through it properly with you on Monday.

Sorry \u2013 I know you were keen on this one.

Tom

Tom Whelan
Director, Risk & Compliance Search
Halcyon Search
M: +353 87 555 0146 | www.halcyonsearch.example.com

""" + outlook_quote("en", "Aoife Nakamura-Brennan <aoife.nb@example.co.uk>", "Friday, June 12, 2026 9:02 AM",
                    "Tom Whelan <tom.whelan@halcyonsearch.example.com>", "Re: Ardmore - second interview Thursday",
                    """Thanks Tom, that's great news. Thursday 11:00 is fine. Is it the same panel as last time?

Aoife""") + "\n\n" + outlook_quote("en", "Tom Whelan <tom.whelan@halcyonsearch.example.com>",
                                   "Thursday, June 11, 2026 4:40 PM", "Aoife Nakamura-Brennan <aoife.nb@example.co.uk>",
                                   "Ardmore - second interview Thursday",
                                   """Hi Aoife,

Good news - Ardmore Fund Services would like to invite you to a second interview next Thursday 18 June at 11:00 at their offices on Sir John Rogerson's Quay. You'll meet the Head of Compliance and the COO. Can you confirm you're available?

Tom""")})

# 14. Energy company, interview cancelled because the role will not be filled -> rejection --------
add({
    "key": "r_mersey_role_closed", "kind": "rejection", "scenario": "interview_cancelled_role_withdrawn", "language": "en",
    "company": "Mersey Tidal Energy", "contact": "l.chadwick@merseytidal.example.co.uk",
    "frm": ("Lewis Chadwick", "l.chadwick@merseytidal.example.co.uk"), "mua": "outlook",
    "subject": "Thursday's interview", "date": "2026-05-19 08:47", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Morning Aoife,

I'm really sorry to be writing with this. We've had confirmation from the board late yesterday that the Contracts & Compliance Manager role is being withdrawn as part of the cost review following the delay to the Wallasey array project. That means we'll have to cancel Thursday's interview, and unfortunately we won't be filling the position at all this year.

I appreciate you'd already arranged time off to come over to the Liverpool office, and I'm sorry for the short notice. It's no reflection on your application, which was one of the strongest we had.

Regards,
Lewis

Lewis Chadwick | Head of Commercial | Mersey Tidal Energy
Princes Dock, Liverpool L3 1DL | 0151 496 0871
Mersey Tidal Energy Ltd, registered in England & Wales 09918273
"""})

# 15. Taleo, insurer, ALL CAPS subject, iso-8859-1 ------------------------------------------------
add({
    "key": "r_marches_taleo", "kind": "rejection", "scenario": "taleo_caps_subject", "language": "en",
    "company": "Midlands & Marches Insurance", "contact": "",
    "frm": ("Midlands & Marches Insurance Careers", "mmi-careers@taleo.net"), "mua": "ats",
    "subject": "APPLICATION STATUS UPDATE - REQ 44821 COMPLIANCE OFFICER", "date": "2026-04-28 02:13",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Dear Aoife Nakamura-Brennan,

Requisition: 44821 - Compliance Officer (Conduct Risk), Birmingham

We would like to thank you for the time and effort you took to apply for the above position with Midlands & Marches Insurance.

We have now had the opportunity to review your application against the requirements of the role. Regrettably, we will not be taking your application any further on this occasion.

We wish you every success in your future career and hope that you will consider Midlands & Marches for other suitable positions.

Regards,

Resourcing Team
Midlands & Marches Insurance

Midlands & Marches Insurance plc. Registered in England and Wales No. 00231847. Registered Office: 2 Colmore Circus, Birmingham B4 6AT. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.

This message was sent from an unattended mailbox. © Midlands & Marches Insurance
"""})

# 16. iCIMS, Amsterdam clearing house, English, HTML only -------------------------------------------
add({
    "key": "r_amstel_icims", "kind": "rejection", "scenario": "icims_amsterdam", "language": "en",
    "company": "Amstel Clearing", "contact": "",
    "frm": ("Amstel Clearing Careers", "careers-noreply@amstelclearing.icims.com"), "mua": "ats",
    "subject": "Your application with Amstel Clearing", "date": "2026-05-26 10:02", "tz": "Europe/Amsterdam",
    "charset": "utf-8", "cte": "base64",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<table cellpadding="0" cellspacing="0" border="0" width="100%" style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#333333;">
<tr><td style="padding:20px 0 10px 0;"><img src="https://careers-amstelclearing.icims.com/images/amstel_logo.png" alt="Amstel Clearing N.V." border="0"></td></tr>
<tr><td>
<p>Dear Aoife,</p>
<p>Thank you for applying for the position of <b>Regulatory Compliance Associate (EMIR/MiFIR)</b> (job ID 2026-3318) at Amstel Clearing in Amsterdam.</p>
<p>We have carefully reviewed your profile. Unfortunately we have decided not to invite you for an interview. For this role we are looking for candidates with hands-on experience of transaction reporting to the AFM and DNB, and fluency in Dutch.</p>
<p>We thank you for your interest in Amstel Clearing and wish you success in your job search.</p>
<p>Met vriendelijke groet / Kind regards,</p>
<p>Talent Acquisition Team<br>Amstel Clearing</p>
</td></tr>
<tr><td style="padding-top:20px;font-size:10px;color:#999999;">Amstel Clearing N.V. | Gustav Mahlerplein 40, 1082 MA Amsterdam | KvK 33291045<br>
Please do not reply to this message. <a href="https://careers-amstelclearing.icims.com/jobs/candidates/privacy">Privacy statement</a></td></tr>
</table>
<img src="https://careers-amstelclearing.icims.com/track/open/5d1e2a.gif" width="1" height="1" alt="">
</body></html>
"""})

# 17. Temp agency, exclamation heavy, client named, role filled ----------------------------------------
add({
    "key": "r_kirkstall_brightside", "kind": "rejection", "scenario": "temp_agency_booking_filled", "language": "en",
    "company": "Kirkstall Legal Services", "contact": "jodie@brightsidetemps.example.co.uk",
    "frm": ("Jodie Marsh - Brightside Temps", "jodie@brightsidetemps.example.co.uk"), "mua": "generic",
    "subject": "Kirkstall Legal - contract paralegal booking!!", "date": "2026-01-29 15:38",
    "charset": "utf-8", "cte": "8bit",
    "text": """Hiya Aoife!!

So sorry but I've just heard back from Kirkstall Legal Services and they've decided to go with one of their previous temps for the 3-month contract paralegal booking in Leeds :( They said your CV was great but she already knows their case management system so it was a no-brainer for them!!

Don't worry though, I've got LOADS coming in for February and I'll be on the phone to you as soon as something good lands!!!

Speak soon xx

Jodie Marsh
Senior Consultant - Legal & Professional
Brightside Temps | Leeds | Manchester
0113 496 0555 | jodie@brightsidetemps.example.co.uk
Brightside Temps is a trading name of Brightside Recruitment Group Ltd.
"""})

# 18. Family firm, typos, "Re: your application", reply in thread --------------------------------------
add({
    "key": "r_dunmore_typos", "kind": "rejection", "scenario": "family_firm_typos", "language": "en",
    "company": "Dunmore & Daughters Solicitors", "contact": "pat@dunmoredaughters.example.co.uk",
    "frm": ("Pat Dunmore", "pat@dunmoredaughters.example.co.uk"), "mua": "generic",
    "subject": "Re: your application", "date": "2026-07-07 21:14", "charset": "utf-8", "cte": "7bit",
    "refs": ["<A71C3E90-5B2D-4F1A-8C66-2E9D0B4F7A31@example.co.uk>"],
    "text": """Dear Aoife

thankyou for your letter and CV, sorry for the delay in replying we have been snowed under with completions.

I'm afraid we have given the job to somone who has worked for us before as a locum so we wont be taking you forward this time. You have a very good CV and I am sure you wont have any trouble.

regards
Pat Dunmore
Dunmore & Daughters Solicitors, 7 Lark Lane, Liverpool L17 8US

""" + gmail_quote("Sun, 28 Jun 2026 at 19:03", "Aoife Nakamura-Brennan", "aoife.nb@example.co.uk",
                  """Dear Mrs Dunmore,

Please find attached my application for the Conveyancing & Compliance Assistant position advertised in the Liverpool Law Society bulletin. I would be delighted to come in for an interview at your convenience.

Kind regards,
Aoife Nakamura-Brennan""")})

# 19. German energy company via Personio, Sie, HTML only --------------------------------------------
add({
    "key": "r_rheinwerk_personio", "kind": "rejection", "scenario": "personio_absage_sie", "language": "de",
    "company": "Rheinwerk Energie", "contact": "",
    "frm": ("Rheinwerk Energie GmbH", "noreply@rheinwerk-energie.jobs.personio.de"), "mua": "ats",
    "subject": "Ihre Bewerbung als Referentin Compliance & Vertragsmanagement (m/w/d)",
    "date": "2026-03-18 10:40", "tz": "Europe/Berlin", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Sehr geehrte Frau Nakamura-Brennan,</p>
<p style="margin:0 0 14px 0;">vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit bei der Rheinwerk Energie.</p>
<p style="margin:0 0 14px 0;">Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist uns angesichts der vielen qualifizierten Bewerbungen nicht leichtgefallen und stellt keine Wertung Ihrer Qualifikation dar.</p>
<p style="margin:0 0 14px 0;">Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.</p>
<p style="margin:0 0 14px 0;">Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.</p>
<p style="margin:0 0 14px 0;">Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Rheinwerk Energie</p>""",
        title="Rheinwerk Energie", logo="https://rheinwerk-energie.example.de/media/logo-rheinwerk.svg",
        logo_alt="Rheinwerk Energie Logo", accent="#e2001a", lang="de",
        footer="""Rheinwerk Energie GmbH · Mainzer Landstraße 176 · 60327 Frankfurt am Main<br>
Geschäftsführer: Dr. Matthias Kessler, Annette Vogt · Sitz der Gesellschaft: Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 104 882<br>
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht. <a href="https://rheinwerk-energie.jobs.personio.de/privacy-policy" style="color:#7a8190;">Datenschutzerklärung</a>""",
        pixel="https://rheinwerk-energie.jobs.personio.de/t/o/91af.gif"),
})

# 20. Frankfurt legal-tech via softgarden, du, multipart/alternative ------------------------------------
_VF = """Hey Aoife,

danke dir für deine Bewerbung als Legal Operations Manager:in bei Vertragsfuchs und für die Zeit, die du dir dafür genommen hast!

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende für Kandidat:innen entschieden, die schon Erfahrung mit dem deutschen Vertragsrecht und mit CLM-Tools wie Ironclad oder Juro mitbringen. Deshalb können wir dich diesmal leider nicht weiter berücksichtigen.

Das ist nicht das, was du hören wolltest, das wissen wir. Schau trotzdem gern ab und zu auf unserer Karriereseite vorbei - wir wachsen gerade ziemlich schnell.

Alles Gute für dich!
Dein People-Team von Vertragsfuchs
"""
add({
    "key": "r_vertragsfuchs_softgarden", "kind": "rejection", "scenario": "softgarden_startup_du", "language": "de",
    "company": "Vertragsfuchs", "contact": "",
    "frm": ("Vertragsfuchs GmbH", "noreply@softgarden.io"), "mua": "ats",
    "subject": "Deine Bewerbung bei Vertragsfuchs", "date": "2026-04-14 16:20", "tz": "UTC",
    "charset": "utf-8", "cte": "quoted-printable", "text": _VF,
    "html": ats_table(paras(_VF), title="Vertragsfuchs", logo="https://vertragsfuchs.example.de/img/fuchs-logo.png",
                   logo_alt="Vertragsfuchs", accent="#f28c28", lang="de",
                   footer="""Vertragsfuchs GmbH · Hanauer Landstraße 126 · 60314 Frankfurt am Main · Geschäftsführer: Jonas Reuter, Leonie Bach · HRB 118 204, AG Frankfurt<br>
Versendet über softgarden. <a href="https://app.softgarden.io/unsubscribe?t=vf-22a" style="color:#7a8190;">Abmelden</a>""",
                   pixel="https://app.softgarden.io/mail/open/vf-22a.png"),
})

# 21. Frankfurt bank, after interview, HR person, iso-8859-1 8bit, thread ---------------------------------
add({
    "key": "r_mainufer_post_interview", "kind": "rejection", "scenario": "bank_absage_nach_gespraech", "language": "de",
    "company": "Mainufer Bank", "contact": "katrin.sommerfeld@mainuferbank.example.de",
    "frm": ("Sommerfeld, Katrin", "katrin.sommerfeld@mainuferbank.example.de"), "mua": "outlook",
    "subject": "AW: Ihr Vorstellungsgespräch am 24. Februar", "date": "2026-03-04 14:55",
    "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "refs": ["i_mainufer_einladung", "x_mainufer_verschoben"],
    "text": """Sehr geehrte Frau Nakamura-Brennan,

nochmals herzlichen Dank für das angenehme Gespräch am 24. Februar und Ihr Interesse an der Position als Compliance Officer (m/w/d) im Bereich Kapitalmarkt-Compliance.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach Abschluss aller Gespräche haben wir uns jedoch für eine Bewerberin entschieden, die bereits mehrjährige Erfahrung mit WpHG-Kontrollhandlungen in einem deutschen Institut mitbringt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Ihr Auftreten und Ihre Erfahrung im Vertragsmanagement haben uns gut gefallen. Wenn Sie einverstanden sind, würden wir Ihre Unterlagen gern für zwölf Monate in unserem Talentpool speichern - eine kurze Antwort auf diese E-Mail genügt.

Mit freundlichen Grüßen

Katrin Sommerfeld
Personalreferentin
Human Resources

Mainufer Bank AG
Schaumainkai 87
60596 Frankfurt am Main
Telefon +49 69 5550 3318

Vorstand: Dr. Peter Albrecht (Vorsitzender), Miriam Schöller, Thomas Yilmaz
Vorsitzender des Aufsichtsrats: Prof. Dr. Heinrich Lange
Sitz der Gesellschaft: Frankfurt am Main, Amtsgericht Frankfurt am Main, HRB 55 120
"""})

# 22. Law firm, Stelle intern besetzt, Von/Gesendet quoted chain ---------------------------------------
add({
    "key": "r_brandt_intern", "kind": "rejection", "scenario": "kanzlei_intern_besetzt", "language": "de",
    "company": "Brandt & Oberhofer Rechtsanwälte", "contact": "s.krause@brandt-oberhofer.example.de",
    "frm": ("Sabine Krause", "s.krause@brandt-oberhofer.example.de"), "mua": "outlook",
    "subject": "AW: Bewerbung als Legal Assistant Compliance - Aoife Nakamura-Brennan",
    "date": "2026-02-24 09:12", "charset": "windows-1252", "cte": "quoted-printable",
    "refs": ["k_brandt_ack"],
    "text": """Sehr geehrte Frau Nakamura-Brennan,

wie angekündigt melde ich mich bei Ihnen zum Stand Ihrer Bewerbung.

Leider hat sich in der Zwischenzeit ergeben, dass wir die Stelle intern besetzen konnten: Eine Kollegin aus unserem Münchner Büro wechselt zum 1. April nach Frankfurt. Wir werden das Auswahlverfahren daher nicht fortsetzen und Ihre Bewerbung nicht weiter berücksichtigen.

Es tut mir leid, dass ich Ihnen keine positivere Nachricht geben kann. Ihre Unterlagen sende ich Ihnen nicht zurück, sie werden nach Ablauf von sechs Monaten gelöscht.

Mit freundlichen Grüßen

i. A. Sabine Krause
Personal

Brandt & Oberhofer Rechtsanwälte PartG mbB
Bockenheimer Landstraße 33 | 60325 Frankfurt am Main
T +49 69 5550 7710 | www.brandt-oberhofer.example.de
Partnerschaftsregister AG Frankfurt am Main PR 2291

""" + outlook_quote("de", "Sabine Krause <s.krause@brandt-oberhofer.example.de>", "Montag, 9. Februar 2026 11:30",
                    "aoife.nb@example.co.uk", "AW: Bewerbung als Legal Assistant Compliance - Aoife Nakamura-Brennan",
                    """Sehr geehrte Frau Nakamura-Brennan,

vielen Dank für Ihre Bewerbung. Wir prüfen Ihre Unterlagen und melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen.""")})

# 23. Insurer via SuccessFactors, HTML only, encoded subject -----------------------------------------
add({
    "key": "r_taunus_sf", "kind": "rejection", "scenario": "successfactors_versicherung", "language": "de",
    "company": "Taunus Versicherungsgruppe", "contact": "",
    "frm": ("Taunus Versicherungsgruppe Karriere", "karriere-noreply@successfactors.eu"), "mua": "ats",
    "subject": "Absage: Ihre Bewerbung – Spezialist Vertragsmanagement (Req. 7731)",
    "date": "2026-06-22 05:30", "tz": "UTC", "charset": "utf-8", "cte": "base64",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><style>td{font-family:Arial,sans-serif;font-size:14px;color:#222}</style></head><body>
<table width="620" align="center" cellspacing="0" cellpadding="0" border="0">
<tr><td style="padding:12px 0;border-bottom:3px solid #00594f"><img src="https://www.taunus-versicherung.example.de/static/tvg_logo.gif" alt="Taunus Versicherungsgruppe" width="180"></td></tr>
<tr><td style="padding:20px 0">
Sehr geehrte Frau Nakamura-Brennan,<br><br>
wir bedanken uns für Ihr Interesse an der Taunus Versicherungsgruppe und Ihre Bewerbung auf die Position Spezialist Vertragsmanagement (m/w/d) in Wiesbaden.<br><br>
Leider müssen wir Ihnen heute mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.<br><br>
Wir bedauern, Ihnen keine positive Nachricht geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.<br><br>
Freundliche Grüße<br>
Ihr Talent-Acquisition-Team<br>
Taunus Versicherungsgruppe
</td></tr>
<tr><td style="font-size:10px;color:#888;border-top:1px solid #ccc;padding-top:8px">Taunus Lebensversicherung AG · Taunus Allgemeine Versicherung AG · Sitz: Wiesbaden · Vorstand: Ralf Hentschel (Vors.), Dr. Ute Marquardt · Aufsichtsratsvorsitzender: Bernd Okonkwo<br>
Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht gelesen.</td></tr>
</table>
<img src="https://performancemanager5.successfactors.eu/email/track?id=tvg7731o" width="1" height="1" alt="">
</body></html>
"""})

# 24. French bank (London branch), vous, iso-8859-1 qp, no reply ------------------------------------
add({
    "key": "r_saint_aubin", "kind": "rejection", "scenario": "banque_vous_regret", "language": "fr",
    "company": "Banque Saint-Aubin", "contact": "",
    "frm": ("Banque Saint-Aubin - Recrutement", "ne-pas-repondre@banque-saint-aubin.example.com"), "mua": "generic",
    "subject": "Votre candidature - Chargé(e) de conformité, succursale de Londres",
    "date": "2026-04-02 18:30", "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "text": """Madame,

Nous avons bien étudié votre candidature au poste de Chargé(e) de conformité au sein de notre succursale de Londres et nous vous remercions de l'intérêt que vous portez à notre établissement.

Nous sommes au regret de vous informer qu'elle n'a pas été retenue. En effet, nous avons privilégié des profils disposant d'une expérience confirmée des contrôles de conformité sur les activités de marché.

Nous conservons vos coordonnées dans notre vivier pendant une durée de deux ans, sauf opposition de votre part, afin de vous proposer d'autres opportunités correspondant à votre profil.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Banque Saint-Aubin

Ce message est généré automatiquement, merci de ne pas y répondre.
Banque Saint-Aubin - Société anonyme au capital de 412 000 000 EUR - 552 001 234 RCS Paris - 12 rue Vivienne, 75002 Paris
"""})

# 25. French legal-tech via Teamtailor, tu, HTML only ---------------------------------------------------
add({
    "key": "r_lexiq_teamtailor", "kind": "rejection", "scenario": "teamtailor_startup_tu", "language": "fr",
    "company": "LexiQ", "contact": "",
    "frm": ("LexiQ", "no-reply@teamtailor-mail.com"), "mua": "ats",
    "subject": "Ta candidature chez LexiQ", "date": "2026-05-13 11:02", "tz": "UTC",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>LexiQ</title></head>
<body style="margin:0;padding:0;background:#fbf7f2;">
<div style="max-width:580px;margin:0 auto;padding:32px 20px;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#222;font-size:16px;line-height:1.55;">
<img src="https://assets.teamtailor-cdn.example.com/lexiq/logo.png" alt="LexiQ" width="96" style="margin-bottom:24px;">
<p>Salut Aoife,</p>
<p>Merci beaucoup d'avoir postulé chez LexiQ pour le poste de <b>Contract Manager (Amsterdam)</b>. On a pris le temps de lire ta candidature avec attention.</p>
<p>On ne va malheureusement pas donner suite pour ce poste&nbsp;: on cherche quelqu'un qui a déjà piloté la mise en place d'un outil de gestion des contrats côté client, et on n'a pas retrouvé cette expérience dans ton parcours.</p>
<p>Ça ne veut pas dire non pour toujours&nbsp;! On recrute régulièrement, alors n'hésite pas à repasser sur notre page carrières.</p>
<p>Belle continuation,<br>L'équipe LexiQ</p>
<p style="margin-top:32px;font-size:12px;color:#999;">LexiQ SAS · 48 rue de la Chaussée d'Antin, 75009 Paris<br>
<a href="https://lexiq.teamtailor.example.com/connect" style="color:#999;">Rejoindre notre communauté talents</a> · <a href="https://lexiq.teamtailor.example.com/privacy" style="color:#999;">Politique de confidentialité</a> · <a href="https://lexiq.teamtailor.example.com/unsubscribe/cand-88a2" style="color:#999;">Se désinscrire</a></p>
</div>
<img src="https://t.teamtailor-mail.com/o/88a2c41e" width="1" height="1" alt="">
</body></html>
"""})

# 26. Paris law firm, after interview; quoted chain holds the "convocation" ---------------------------
add({
    "key": "r_ferrand_post_interview", "kind": "rejection", "scenario": "cabinet_apres_entretien_fil", "language": "fr",
    "company": "Ferrand & Associés", "contact": "m.lemaire@ferrand-associes.example.com",
    "frm": ("Marion Lemaire", "m.lemaire@ferrand-associes.example.com"), "mua": "outlook",
    "subject": "RE: Convocation à un entretien - Juriste conformité (bureau de Londres)",
    "date": "2026-03-16 12:48", "charset": "utf-8", "cte": "quoted-printable",
    "refs": ["i_ferrand_convocation", "x_ferrand_report"],
    "text": """Chère Madame,

Je reviens vers vous à la suite de votre entretien du 10 mars avec Maître Ferrand et Maître Aubry.

Après réflexion, le cabinet a décidé de ne pas poursuivre avec votre candidature pour ce poste. Les associés ont apprécié la qualité de nos échanges, mais ils souhaitent un profil ayant déjà exercé en cabinet sur des dossiers de conformité LCB-FT pour une clientèle bancaire.

Je vous remercie sincèrement pour le temps consacré à ce processus et vous souhaite une bonne continuation.

Bien cordialement,

Marion Lemaire
Responsable des ressources humaines
Ferrand & Associés - Avocats au Barreau de Paris
26 avenue George V, 75008 Paris | 8 Bishopsgate, London EC2N 4BQ
+33 1 55 50 24 10

""" + outlook_quote("fr", "Marion Lemaire <m.lemaire@ferrand-associes.example.com>", "lundi 23 février 2026 10:15",
                    "Aoife Nakamura-Brennan <aoife.nb@example.co.uk>",
                    "Convocation à un entretien - Juriste conformité (bureau de Londres)",
                    """Madame,

Nous avons le plaisir de vous convier à un entretien le mardi 3 mars à 15h00 en visioconférence avec Maître Ferrand. Merci de nous confirmer votre disponibilité.

Marion Lemaire""")})

# 27. French insurer via Workday, recruitment frozen -> rejection, HTML only ---------------------------
add({
    "key": "r_delaunay_gel", "kind": "rejection", "scenario": "workday_recrutement_suspendu", "language": "fr",
    "company": "Groupe Delaunay", "contact": "",
    "frm": ("Groupe Delaunay", "delaunay@myworkday.com"), "mua": "ats",
    "subject": "Mise à jour concernant votre candidature (JR-11802)", "date": "2026-07-15 08:10",
    "charset": "utf-8", "cte": "8bit",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Bonjour Aoife Nakamura-Brennan,</p>
<p style="margin:0 0 14px 0;">Vous avez postulé au poste de <strong>Responsable contrats et conformité – Dublin</strong> (JR-11802) et nous vous en remercions.</p>
<p style="margin:0 0 14px 0;">Suite à une réorganisation de nos activités en Irlande, le recrutement pour ce poste a été suspendu et nous ne donnerons pas suite aux candidatures reçues. Nous sommes conscients du temps que vous avez consacré à votre démarche et nous le regrettons.</p>
<p style="margin:0 0 14px 0;">Nous vous invitons à consulter régulièrement notre site carrières pour découvrir nos autres opportunités.</p>
<p style="margin:0 0 14px 0;">Cordialement,<br>L'équipe Recrutement<br>Groupe Delaunay</p>""",
        title="Groupe Delaunay", logo="https://www.groupe-delaunay.example.com/static/img/logo-delaunay.png",
        logo_alt="Groupe Delaunay Assurances", accent="#7b1e3a", lang="fr",
        footer="""Delaunay Assurances SA, entreprise régie par le Code des assurances, au capital de 96 000 000 € – 331 208 447 RCS Nanterre – 4 place de la Défense, 92400 Courbevoie.<br>
Ce courriel est envoyé automatiquement, merci de ne pas y répondre. <a href="https://delaunay.wd3.myworkday.com/delaunay/d/privacy" style="color:#7a8190;">Protection des données</a>"""),
})

# 28. French agency, client not named -> company is the agency ---------------------------------------
add({
    "key": "r_tjc_unnamed", "kind": "rejection", "scenario": "agence_client_non_nomme", "language": "fr",
    "company": "Talents Juridiques Conseil", "contact": "e.benali@talents-juridiques.example.com",
    "frm": ("Élodie Benali", "e.benali@talents-juridiques.example.com"), "mua": "apple",
    "subject": "Poste de Contract Manager - retour de notre client", "date": "2026-08-27 19:02",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Bonjour Aoife,

Je reviens vers vous concernant le poste de Contract Manager que je vous avais présenté pour le compte de notre client, un acteur majeur de l'assurance implanté à Dublin.

Notre client a finalement retenu un autre profil, plus senior sur la partie réassurance. Votre candidature n'a donc pas été retenue pour ce poste, et j'en suis désolée car votre dossier était solide.

Je garde bien évidemment votre CV sous le coude et je ne manquerai pas de vous recontacter dès qu'une mission correspondant à votre profil se présentera.

Bien à vous,

Élodie Benali
Consultante senior - Juridique & Conformité
Talents Juridiques Conseil
17 rue de Châteaudun, 75009 Paris
06 55 50 31 88
"""})

# 29. Spanish bank (London branch), usted, multipart/alternative ---------------------------------------
_MERIDIANO_NO = """Estimada Sra. Nakamura-Brennan:

Le agradecemos sinceramente el interés mostrado en formar parte de Banco Meridiano y el tiempo dedicado a su candidatura para el puesto de Analista de Cumplimiento Normativo en nuestra sucursal de Londres.

Lamentamos comunicarle que, tras analizar detenidamente todas las candidaturas recibidas, hemos decidido continuar el proceso con otros perfiles que se ajustan más a las necesidades actuales del puesto.

Conservaremos sus datos en nuestra base de candidatos durante un año para futuros procesos de selección, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Dirección de Talento
Banco Meridiano
"""
add({
    "key": "r_meridiano_analista", "kind": "rejection", "scenario": "banco_usted_alternativa", "language": "es",
    "company": "Banco Meridiano", "contact": "",
    "frm": ("Banco Meridiano - Selección", "no-responder@bancomeridiano.example.com"), "mua": "ats",
    "subject": "Proceso de selección: Analista de Cumplimiento Normativo (Londres)",
    "date": "2026-02-12 09:00", "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "text": _MERIDIANO_NO,
    "html": ats_table(paras(_MERIDIANO_NO), title="Banco Meridiano", logo="https://www.bancomeridiano.example.com/img/logo-meridiano.png",
                   logo_alt="Banco Meridiano", accent="#c8102e", lang="es", charset="iso-8859-1",
                   footer="""Banco Meridiano, S.A. - Paseo de la Castellana 101, 28046 Madrid - Inscrito en el Registro Mercantil de Madrid, Tomo 2.188, Folio 41, Hoja M-38211.<br>
Este mensaje se ha enviado desde una dirección que no admite respuestas. <a href="https://empleo.bancomeridiano.example.com/privacidad" style="color:#7a8190;">Política de privacidad</a>"""),
})

# 30. Spanish legal-tech, tú, plain utf-8 8bit, person ------------------------------------------------
add({
    "key": "r_contratia_tu", "kind": "rejection", "scenario": "startup_tu_personal", "language": "es",
    "company": "Contratia", "contact": "marta.gil@contratia.example.com",
    "frm": ("Marta Gil", "marta.gil@contratia.example.com"), "mua": "gmail",
    "subject": "Tu candidatura en Contratia", "date": "2026-09-09 18:41", "tz": "Europe/Amsterdam",
    "charset": "utf-8", "cte": "8bit",
    "text": """¡Hola Aoife!

Gracias por presentarte al puesto de Legal Ops en nuestra oficina de Ámsterdam y por la videollamada de la semana pasada con Iñigo, que nos dijo que fue muy agradable.

Te escribo para contarte que al final hemos decidido seguir con otra persona, que ya había trabajado con nuestro stack (HubSpot + nuestro propio CLM) y que habla neerlandés, algo que el equipo comercial valoraba mucho. Así que esta vez no vamos a seguir adelante con tu candidatura.

Me ha encantado conocer tu perfil y, si te parece bien, me guardo tu contacto para cuando abramos la posición de Compliance el año que viene.

Un abrazo y mucha suerte,
Marta

Marta Gil · Talent & Culture · Contratia
contratia.example.com
"""})

# 31. Spanish insurer in Dublin, missing accents, terse, windows-1252 ---------------------------------
add({
    "key": "r_cantabrica_terse", "kind": "rejection", "scenario": "aseguradora_sin_tildes", "language": "es",
    "company": "Aseguradora Cantábrica", "contact": "rrhh.dublin@cantabrica.example.ie",
    "frm": ("RRHH Cantabrica Dublin", "rrhh.dublin@cantabrica.example.ie"), "mua": "outlook",
    "subject": "RE: candidatura gestora de contratos", "date": "2026-06-30 13:05", "tz": "Europe/Dublin",
    "charset": "windows-1252", "cte": "8bit",
    "refs": ["<CAK2cand1d4tura0630x@example.co.uk>"],
    "text": """Hola Aoife,

Gracias por tu interes. Te informamos que tu candidatura para el puesto de gestora de contratos no ha sido seleccionada para la siguiente fase.

Si tienes alguna pregunta puedes escribirnos a este correo.

Saludos,
Recursos Humanos
Aseguradora Cantabrica - Sucursal en Irlanda
"""})
