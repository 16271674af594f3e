"""Interview invitations, reschedules/cancellations and missed-interview notices (hundredthird)."""

from __future__ import annotations

from msgs103_common import (
    apple_quote,
    ats_table,
    button,
    gmail_quote,
    outlook_html,
    outlook_quote,
    tracked,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

CAIRN_UID = "040000008200E00074C5B7101A82E0080000000060A1C4E2B9A7DC01000000000000000010000000A3F09C51B77E2D4C8E61F1D0B3A2C7E5"
FORTH_UID = "040000008200E00074C5B7101A82E00800000000D0F1A3C8E1CBDC010000000000000000100000007B2E41D09A6C3F4E8D17C2B5A0E9F613"
NIDDA_UID = "040000008200E00074C5B7101A82E00800000000F0E2B4A1C4FFDC01000000000000000010000000C81D5E2A47B03946A2D4E6F8091B3C57"

# =====================================================================================================
# Interview invitations
# =====================================================================================================

# 1. Building society, first interview in person, HR adviser, plain ------------------------------------
add({
    "key": "i_aire_first", "kind": "interview_invitation", "scenario": "building_society_first_interview", "language": "en",
    "company": "Aire & Calder Building Society", "contact": "rachel.stansfield@aireandcalder.example.co.uk",
    "frm": ("Rachel Stansfield", "rachel.stansfield@aireandcalder.example.co.uk"), "mua": "outlook",
    "subject": "Interview invitation - Contract Manager (Third Party Risk)", "date": "2026-03-09 11:52",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Aoife,

Thank you for your application for the Contract Manager (Third Party Risk) role. I'm pleased to let you know that Mark Hebden, our Head of Procurement & Supplier Risk, would like to invite you to a first-stage interview.

Date: Tuesday 24 March 2026
Time: 10:00 - 11:00
Location: Aire & Calder House, 3 Wellington Place, Leeds LS1 4AP (please ask for me at reception)

The interview will be competency-based and will also cover your experience of drafting and negotiating supplier agreements. There's no need to prepare a presentation. Please bring photo ID and proof of your right to work in the UK.

Could you let me know by Friday whether the time works for you? If not, I'll do my best to find an alternative.

Kind regards,

Rachel Stansfield
HR Adviser - Resourcing
Aire & Calder Building Society
0113 496 0441

Aire & Calder Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (FRN 206117). Principal office: 3 Wellington Place, Leeds LS1 4AP.
"""})

# 2. Legal-tech via Greenhouse, self-scheduling link, Reply-To the recruiter, HTML only ------------------
add({
    "key": "i_docketly_gh", "kind": "interview_invitation", "scenario": "greenhouse_self_schedule", "language": "en",
    "company": "Docketly", "contact": "sam.achebe@docketly.example.com",
    "frm": ("Sam Achebe (Docketly)", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Sam Achebe", "sam.achebe@docketly.example.com"), "mua": "ats",
    "subject": "Let's find a time to chat - Docketly", "date": "2026-04-07 15:04",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Hi Aoife,</p>
<p style="margin:0 0 14px 0;">Thanks for applying to be our <strong>Contracts &amp; Compliance Lead</strong>! Your background across litigation support and supplier contracts really caught our eye.</p>
<p style="margin:0 0 14px 0;">We'd love to invite you to a 45-minute video interview with Ana (our General Counsel) and me. Please use the link below to pick a slot that suits you &mdash; all times are shown in your time zone.</p>
""" + button(tracked("https://click.greenhouse-mail.io/ls/click", "https://app.greenhouse.example.io/scheduling/docketly/sched-91c2", "b1"), "Choose an interview time", "#4f46e5") + """
<p style="margin:0 0 14px 0;">The interview is a conversation rather than a test: we'll talk about how you'd set up a contract playbook for a scaling team, and you'll have plenty of time for questions.</p>
<p style="margin:0 0 14px 0;">Any questions before then, just reply to this email.</p>
<p style="margin:0 0 14px 0;">Speak soon,<br>Sam Achebe<br>Talent Partner, Docketly</p>""",
        title="Docketly", logo="https://docketly.example.com/static/mail/docketly-logo@2x.png", logo_alt="Docketly",
        accent="#4f46e5", preheader="Pick a slot for your interview with Docketly",
        footer="""Docketly Ltd, 71 Clerkenwell Road, London EC1R 5BL. Registered in England and Wales, company number 12877410.<br>
This email was sent via Greenhouse. <a href="https://app.greenhouse.example.io/privacy" style="color:#7a8190;">Greenhouse privacy policy</a>""",
        pixel="https://click.greenhouse-mail.io/wf/open?upn=u001.d0ck3t"),
})

# 3. Insurer, Outlook meeting request (METHOD:REQUEST), text + html + calendar -----------------------------
_CAIRN_TXT = """Dear Aoife,

Further to our telephone conversation this morning, I'm delighted to confirm your interview for the position of Compliance Monitoring Analyst.

When: Tuesday 10 March 2026, 14:00 - 15:15
Where: Cairn Assurance, Cairn House, 150 St Vincent Street, Glasgow G2 5NE (4th floor)
Panel: Euan Robertson (Head of Compliance Monitoring) and myself

The first part will be a competency-based interview; in the second part we'll ask you to talk us through how you would plan a thematic review of complaints handling. You'll have the scenario 30 minutes beforehand in a quiet room.

I've sent this as a calendar invitation so it's in your diary. Please accept it or let me know if you need any adjustments for the interview.

Best regards,

Fiona MacLeod
HR Business Partner
Cairn Assurance
"""
add({
    "key": "i_cairn_calendar", "kind": "interview_invitation", "scenario": "outlook_meeting_request", "language": "en",
    "company": "Cairn Assurance", "contact": "fiona.macleod@cairnassurance.example.co.uk",
    "frm": ("Fiona MacLeod", "fiona.macleod@cairnassurance.example.co.uk"), "mua": "outlook",
    "subject": "Interview: Compliance Monitoring Analyst - Aoife Nakamura-Brennan", "date": "2026-03-03 12:16",
    "charset": "utf-8", "cte": "quoted-printable", "text": _CAIRN_TXT,
    "html": outlook_html(_CAIRN_TXT, """<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Cairn Assurance Group plc is registered in Scotland No. SC118204. Registered office: Cairn House, 150 St Vincent Street, Glasgow G2 5NE.</span></p>"""),
    "calendar": {"method": "REQUEST", "uid": CAIRN_UID, "sequence": 0,
                  "organizer": ("Fiona MacLeod", "fiona.macleod@cairnassurance.example.co.uk"),
                  "start": "20260310T140000", "end": "20260310T151500",
                  "summary": "Interview: Compliance Monitoring Analyst - Aoife Nakamura-Brennan",
                  "location": "Cairn House, 150 St Vincent Street, Glasgow - 4th floor, Room Ailsa",
                  "description": "Interview with Euan Robertson and Fiona MacLeod. Scenario exercise provided 30 minutes before."}})

# 4. Agency relays the client's 2nd stage, named ---------------------------------------------------------
add({
    "key": "i_thornbury_relay", "kind": "interview_invitation", "scenario": "agency_relay_client_named", "language": "en",
    "company": "Thornbury Insurance", "contact": "dan.okoro@sterlingbridge.example.co.uk",
    "frm": ("Dan Okoro", "dan.okoro@sterlingbridge.example.co.uk"), "mua": "outlook",
    "subject": "Thornbury - 2nd stage", "date": "2026-02-10 17:33",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Aoife,

Great news \u2013 Thornbury Insurance loved you on Friday and want you back for a 2nd stage interview for the Compliance & Contracts Officer role.

Details:
\u2022 Thursday 19th February, 2pm
\u2022 Thornbury Insurance, 1 Whitehall Quay, Leeds LS1 4HR
\u2022 You\u2019ll meet Claire Fenwick (Chief Risk Officer) and Raj from Procurement
\u2022 Approx 1 hour, including a 15 min case study on a supplier breach

Can you confirm you\u2019re good for this? Give me a ring tomorrow and I\u2019ll talk you through what Claire is like \u2013 she\u2019s very direct but fair.

Cheers,
Dan

Dan Okoro
Principal Consultant | Sterling Bridge Legal Recruitment
Leeds | Manchester | London
T: 0113 496 0923 | M: 07700 900 418
www.sterlingbridge.example.co.uk

Sterling Bridge Legal Recruitment Ltd. Registered in England No. 08812234. Sterling Bridge acts as an employment agency and employment business.
"""})

# 5. NHS trust, invitation via the recruitment system, no-reply, HTML only -------------------------------
add({
    "key": "i_irwell_nhs", "kind": "interview_invitation", "scenario": "nhs_system_invitation", "language": "en",
    "company": "Irwell Valley NHS Foundation Trust", "contact": "",
    "frm": ("Irwell Valley NHS Foundation Trust", "no-reply@recruitment.irwellvalley.example.nhs.uk"), "mua": "generic",
    "subject": "Invitation to interview: Contracts & Commissioning Officer (Band 6) - 334-CORP-6107",
    "date": "2026-06-02 16:25", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#231f20;">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d5dd;">
<tr><td style="background:#005eb8;padding:14px 20px;"><img src="https://recruitment.irwellvalley.example.nhs.uk/img/nhs-logo-white.png" alt="NHS Irwell Valley NHS Foundation Trust" height="40"></td></tr>
<tr><td style="padding:20px;">
<p>Dear Aoife Nakamura-Brennan</p>
<p><b>Job reference:</b> 334-CORP-6107<br><b>Job title:</b> Contracts &amp; Commissioning Officer (Band 6)</p>
<p>We are pleased to invite you to attend an interview for the above post.</p>
<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:14px;">
<tr><td style="border:1px solid #d0d5dd;"><b>Date</b></td><td style="border:1px solid #d0d5dd;">Thursday 11 June 2026</td></tr>
<tr><td style="border:1px solid #d0d5dd;"><b>Time</b></td><td style="border:1px solid #d0d5dd;">13:30</td></tr>
<tr><td style="border:1px solid #d0d5dd;"><b>Venue</b></td><td style="border:1px solid #d0d5dd;">Meeting Room 2, Trust Headquarters, Irwell House, Bury New Road, Salford M7 2FR</td></tr>
<tr><td style="border:1px solid #d0d5dd;"><b>Panel</b></td><td style="border:1px solid #d0d5dd;">Head of Contracting, Procurement Business Partner, Staff-side representative</td></tr>
</table>
<p>You will be asked to complete a 20-minute written exercise before the interview.</p>
<p>Please log in to your account to <a href="https://recruitment.irwellvalley.example.nhs.uk/candidate/interviews/6107">book or decline this interview slot</a> by 5 June. Please bring the original documents listed in your account (ID, right to work, qualification certificates).</p>
<p>If you require any reasonable adjustments for the interview, please let us know through your account.</p>
<p>Kind regards<br>Recruitment Services<br>Irwell Valley NHS Foundation Trust</p>
</td></tr>
<tr><td style="padding:10px 20px;background:#f0f4f5;font-size:11px;color:#425563;">This is an automated message. Please do not reply to this email. Irwell Valley NHS Foundation Trust is committed to equality, diversity and inclusion.</td></tr>
</table></body></html>
"""})

# 6. Amsterdam legal-tech, hiring manager from his own address, casual English ----------------------------
add({
    "key": "i_briefcase_casual", "kind": "interview_invitation", "scenario": "startup_hiring_manager_casual", "language": "en",
    "company": "Briefcase Labs", "contact": "joost@briefcaselabs.example.nl",
    "frm": ("Joost van Dijk", "joost@briefcaselabs.example.nl"), "mua": "gmail",
    "subject": "Legal Ops role - next step?", "date": "2026-09-01 21:40", "tz": "Europe/Amsterdam",
    "charset": "utf-8", "cte": "7bit",
    "text": """Hi Aoife,

Joost here, I head up legal ops at Briefcase Labs. Marieke passed me your application for the Contract Operations Manager role and I'd really like to talk.

Would you be up for a video call next week? It's a proper first interview (about an hour), but low-key: I'll tell you what a mess our contract intake currently is, you tell me how you'd fix it :)

Tuesday 8 Sept at 15:00 CET or Wednesday 9 Sept any time after 11:00 would work on my side. Just reply with what suits and I'll send a Google Meet link.

Cheers,
Joost

--
Joost van Dijk
Head of Legal Operations, Briefcase Labs
Herengracht 182, Amsterdam
"""})

# 7. Council, invitation letter as a PDF attachment, role mailbox asks for a reply ------------------------
add({
    "key": "i_moorside_letter", "kind": "interview_invitation", "scenario": "council_letter_pdf", "language": "en",
    "company": "Moorside City Council", "contact": "hr.recruitment@moorside.example.gov.uk",
    "frm": ("Moorside City Council - HR Recruitment", "hr.recruitment@moorside.example.gov.uk"), "mua": "outlook",
    "subject": "Invitation to Interview - Information Governance & Contracts Officer (MCC-2026-0388)",
    "date": "2026-05-05 10:07", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Aoife

Please find attached a letter inviting you to interview for the post of Information Governance & Contracts Officer (MCC-2026-0388) on Wednesday 13 May 2026.

The letter includes the time of your interview, the venue, the format of the assessment and the documents you need to bring with you.

Please reply to this email to confirm that you will attend, and let us know if you require any adjustments.

Regards

HR Recruitment Team
Moorside City Council
Civic Hall, Calverley Street, Leeds LS1 1UR

Moorside City Council - Making a difference every day
This e-mail and any files transmitted with it are confidential. If you are not the intended recipient any use, disclosure or copying is prohibited.
""",
    "attachments": [{"filename": "MCC-2026-0388 Interview Invitation - A Nakamura-Brennan.pdf",
                      "title": "Invitation to interview", "pdf": [
                          "Moorside City Council - Human Resources",
                          "Civic Hall, Calverley Street, Leeds LS1 1UR",
                          "",
                          "5 May 2026",
                          "",
                          "Ms A Nakamura-Brennan",
                          "",
                          "Dear Ms Nakamura-Brennan",
                          "",
                          "Post: Information Governance & Contracts Officer (Grade PO2)",
                          "Reference: MCC-2026-0388",
                          "",
                          "I am pleased to invite you to attend an interview for the above post.",
                          "Date: Wednesday 13 May 2026    Time: 11:15",
                          "Venue: Committee Room 4, Civic Hall, Leeds",
                          "",
                          "The selection process will consist of a 30 minute written test on",
                          "data sharing agreements followed by a panel interview.",
                          "Please bring your passport or other proof of right to work.",
                          "",
                          "Yours sincerely",
                          "Janet Ackroyd",
                          "Service Lead, Information Governance",
                      ]}]})

# 8. Lever, final round, no-reply without Reply-To, multipart/alternative ---------------------------------
_REDLINE = """Hi Aoife,

Congratulations - the team would like to invite you to the final round for the Senior Contracts Manager position at Redline Contracts!

The final round is a 90-minute on-site session at our Birmingham office (Colmore Row) and includes:
- a 30-minute presentation on a contract renegotiation you've led (slides optional)
- a conversation with our COO, Farah Siddiqui
- coffee with two people from the commercial team

Please book your preferred slot between 27 and 31 July using the link below. The link expires in 5 days.

Book your final interview: https://hire.lever.co/interview/redline/7f3c2a9e

Looking forward to it,
Redline Contracts Talent Team
"""
add({
    "key": "i_redline_lever", "kind": "interview_invitation", "scenario": "lever_final_round", "language": "en",
    "company": "Redline Contracts", "contact": "",
    "frm": ("Redline Contracts", "no-reply@hire.lever.co"), "mua": "ats",
    "subject": "Final round invitation: Senior Contracts Manager", "date": "2026-07-20 13:00",
    "charset": "utf-8", "cte": "quoted-printable", "text": _REDLINE,
    "html": """<html><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation" style="background:#f6f6f6;"><tr><td align="center" style="padding:20px;">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:21px;color:#333;">
<tr><td style="padding:24px 28px 0 28px;"><img src="https://lever-client-logos.example.com/redline-contracts.png" alt="Redline Contracts" width="120"></td></tr>
<tr><td style="padding:16px 28px 28px 28px;">
<p>Hi Aoife,</p>
<p>Congratulations - the team would like to invite you to the <b>final round</b> for the Senior Contracts Manager position at Redline Contracts!</p>
<p>The final round is a 90-minute on-site session at our Birmingham office (Colmore Row) and includes:</p>
<ul><li>a 30-minute presentation on a contract renegotiation you've led (slides optional)</li><li>a conversation with our COO, Farah Siddiqui</li><li>coffee with two people from the commercial team</li></ul>
<p>Please book your preferred slot between 27 and 31 July using the link below. The link expires in 5 days.</p>
<p><a href="https://hire.lever.co/interview/redline/7f3c2a9e" style="background:#d7263d;color:#fff;padding:10px 18px;border-radius:3px;text-decoration:none;">Book your final interview</a></p>
<p>Looking forward to it,<br>Redline Contracts Talent Team</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#999;border-top:1px solid #eee;">Redline Contracts Ltd &middot; 55 Colmore Row, Birmingham B3 2AA &middot; Sent with Lever &middot; <a href="https://hire.lever.co/unsubscribe/redline/7f3c" style="color:#999;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://hire.lever.co/email/open/7f3c2a9e.gif" width="1" height="1" alt="">
</body></html>
"""})

# 9. Dublin insurer, Irish phrasing, encoded display name ----------------------------------------------
add({
    "key": "i_harcourt_chat", "kind": "interview_invitation", "scenario": "dublin_insurer_irish_chat", "language": "en",
    "company": "Harcourt Insurance", "contact": "siobhan.kavanagh@harcourtinsurance.example.ie",
    "frm": ("Siobhán Kavanagh", "siobhan.kavanagh@harcourtinsurance.example.ie"), "mua": "outlook",
    "subject": "Compliance Officer - interview", "date": "2026-05-14 12:31", "tz": "Europe/Dublin",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Aoife,

Thanks for your application for the Compliance Officer post here in Harcourt. I'm after reading your CV and I'd love to bring you in for an interview.

Would you be free Tuesday week, the 26th, at half ten? It would be with myself and our Head of Legal, Pádraig Nolan, in our office on Harcourt Street - about an hour. If you're coming over from Manchester we can do it on Teams instead, just say the word.

Let me know what suits.

Thanks,
Siobhán

Siobhán Kavanagh
Senior HR Business Partner
Harcourt Insurance DAC
64 Harcourt Street, Dublin 2, D02 HX67
Harcourt Insurance DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 512284.
"""})

# 10. Liverpool law firm; quoted chain holds an old rejection (must not decide) -------------------------
add({
    "key": "i_fairclough_thread", "kind": "interview_invitation", "scenario": "law_firm_invite_quoted_old_rejection", "language": "en",
    "company": "Fairclough Whitlam", "contact": "jenna.price@faircloughwhitlam.example.co.uk",
    "frm": ("Jenna Price", "jenna.price@faircloughwhitlam.example.co.uk"), "mua": "gmail",
    "subject": "Re: Compliance Assistant vacancy", "date": "2026-04-15 09:18",
    "charset": "utf-8", "cte": "quoted-printable",
    "refs": ["<CAJ7fw01old9x@mail.gmail.com>", "<D3F7B1A0-2C4E-4B9A-9E35-7F1C2A8D6B44@example.co.uk>"],
    "text": """Hi Aoife,

Good to hear from you again, and thanks for applying for the Compliance Assistant role - it's a much better fit for you than the trainee post last year.

We'd like to invite you in for an interview with Andrew Whitlam (our COLP) and me on Wednesday 29 April at 2.30pm at our Castle Street office. It'll be about 45 minutes. Could you bring along an example of a process or checklist you've put together in your current role? Nothing confidential, obviously.

Let me know that works and I'll send directions.

Best wishes,
Jenna

Jenna Price
Practice Manager
Fairclough Whitlam LLP | 42 Castle Street | Liverpool L2 7LQ
0151 496 0390

""" + gmail_quote("Mon, 13 Apr 2026 at 19:47", "Aoife Nakamura-Brennan", "aoife.nb@example.co.uk",
                  """Hi Jenna,

I hope you're well. You may remember me - I was unsuccessful for the trainee legal executive role last year, but you were kind enough to say I should apply again. I've just sent an application for the Compliance Assistant role through your website and wanted to let you know directly.

Best wishes,
Aoife

""" + gmail_quote("Thu, 9 Oct 2025 at 16:02", "Jenna Price", "jenna.price@faircloughwhitlam.example.co.uk",
                  """Dear Aoife,

Thank you for attending interview. Unfortunately we are not able to offer you the Trainee Legal Executive role on this occasion. Please do keep an eye on our vacancies.

Jenna"""))})

# 11. Ashby, start-up, self-schedule, no-reply, HTML only ----------------------------------------------
add({
    "key": "i_termsheet_ashby", "kind": "interview_invitation", "scenario": "ashby_schedule_link", "language": "en",
    "company": "Termsheet", "contact": "",
    "frm": ("Termsheet Recruiting", "no-reply@ashbyhq.com"), "mua": "ats",
    "subject": "Schedule your interview with Termsheet", "date": "2026-09-14 10:22",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="color-scheme" content="light"></head>
<body style="margin:0;background:#ffffff;">
<div style="display:none;max-height:0;overflow:hidden;">Pick a 30-minute slot with our Head of Legal</div>
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="520" cellspacing="0" cellpadding="0" style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:15px;line-height:1.6;color:#101828;">
<tr><td style="padding:32px 0 16px 0;"><img src="https://app.ashbyhq.example.com/api/images/org-theme-logo/termsheet.png" alt="Termsheet" height="24"></td></tr>
<tr><td>
<p>Hi Aoife,</p>
<p>Thanks for your interest in the <strong>Legal &amp; Compliance Manager</strong> role at Termsheet. We'd like to invite you to a 30-minute interview with Nadia Haddad, our Head of Legal.</p>
<p>Please choose a time that works for you:</p>
<p><a href="https://app.ashbyhq.example.com/interview-scheduling/termsheet/7b1c0e44-3f5a" style="display:inline-block;background:#101828;color:#ffffff;padding:10px 20px;border-radius:6px;text-decoration:none;">Select a time</a></p>
<p>The interview will take place on Zoom. You'll receive a calendar invitation with the link as soon as you've booked.</p>
<p>Best,<br>The Termsheet team</p>
</td></tr>
<tr><td style="padding-top:28px;font-size:12px;color:#667085;">Termsheet Technologies Ltd, 10 York Road, London SE1 7ND &middot; Powered by Ashby</td></tr>
</table></td></tr></table>
<img src="https://ea.ashbyhq.com/o/7b1c0e44.gif" alt="" width="1" height="1">
</body></html>
"""})

# 12. University, interview with presentation, role mailbox asks to confirm ----------------------------
add({
    "key": "i_whitworth_panel", "kind": "interview_invitation", "scenario": "university_panel_presentation", "language": "en",
    "company": "Whitworth Park University", "contact": "recruitment@whitworthpark.example.ac.uk",
    "frm": ("WPU Recruitment", "recruitment@whitworthpark.example.ac.uk"), "mua": "outlook",
    "subject": "Interview invitation: Research Contracts Officer (REF 11742)", "date": "2026-02-20 14:48",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Dear Aoife

Research Contracts Officer, Research & Innovation Services (REF 11742)

Thank you for applying for the above post. I am pleased to inform you that you have been shortlisted and I would like to invite you to interview on Thursday 5 March 2026 at 09:45 in Room 2.14, John Dalton Building, Oxford Road campus.

The panel will be:
Dr Helen Okafor, Head of Research Contracts (Chair)
Mr Simon Brierley, Senior Contracts Manager
Ms Alison Kaye, HR Partner

You are asked to give a 10-minute presentation on the following topic: "The three clauses you would never concede in a collaboration agreement with an industry partner, and why." Please send your slides to this address by 12 noon on 4 March.

Please reply to this email to confirm your attendance. If you have a disability and require any adjustments, please let us know.

Yours sincerely

Recruitment Team
Human Resources
Whitworth Park University
"""})

# 13. Head-hunter, client not named -> company is the agency ------------------------------------------
add({
    "key": "i_halcyon_unnamed", "kind": "interview_invitation", "scenario": "headhunter_client_unnamed", "language": "en",
    "company": "Halcyon Search", "contact": "tom.whelan@halcyonsearch.example.com",
    "frm": ("Tom Whelan", "tom.whelan@halcyonsearch.example.com"), "mua": "outlook",
    "subject": "Interview - Head of Contract Governance (confidential)", "date": "2026-08-04 08:55", "tz": "Europe/Dublin",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Aoife,

Hope the summer is treating you well.

Following our call last week, I put you forward for the confidential Head of Contract Governance mandate I'm running for a FTSE 250 insurer in the City. I'm pleased to say my client would like to meet you.

First interview: Tuesday 11 August, 16:00 UK time, video call (Microsoft Teams), 45 minutes with the General Counsel and the Director of Procurement.

As discussed, the client's name stays confidential at this stage - I'll share it with you once you've confirmed you're happy to proceed and signed the candidate confidentiality note I sent over. I'll send the Teams link and a short briefing pack on Friday.

Regards,
Tom

Tom Whelan
Director, Risk & Compliance Search
Halcyon Search
London | Dublin
M: +353 87 555 0146
"""})

# 14. BambooHR, energy company, Reply-To the hiring manager, HTML only ---------------------------------
add({
    "key": "i_peakland_bamboo", "kind": "interview_invitation", "scenario": "bamboohr_reply_to_manager", "language": "en",
    "company": "Peakland Energy", "contact": "owen.pritchard@peaklandenergy.example.co.uk",
    "frm": ("Peakland Energy", "notifications@app.bamboohr.com"),
    "reply_to": ("Owen Pritchard", "owen.pritchard@peaklandenergy.example.co.uk"), "mua": "ats",
    "subject": "Interview for Regulatory Contracts Analyst - Peakland Energy", "date": "2026-08-11 14:00",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="background:#f4f4f4;margin:0;padding:0;">
<table align="center" width="600" style="background:#fff;margin-top:20px;font-family:Lato,Arial,sans-serif;font-size:15px;color:#38312f;" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px;border-bottom:1px solid #e0e0e0;"><img src="https://peaklandenergy.bamboohr.com/logo_full.php" alt="Peakland Energy" height="36"></td></tr>
<tr><td style="padding:24px;">
<p>Hello Aoife,</p>
<p>Thank you for applying for the Regulatory Contracts Analyst position. We were impressed with your application and would like to invite you for an interview over Microsoft Teams.</p>
<p><b>Tuesday, 18 August 2026 at 2:00 PM (BST)</b><br>Interviewers: Owen Pritchard (Commercial Manager), Beth Lomas (Regulation)</p>
<p>The Teams link is below. If the time doesn't suit, reply to this email and we'll find another slot.</p>
<p><a href="https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_PKL0818" style="color:#1f7a3f;">Join the Teams meeting</a></p>
<p>Thanks,<br>Owen Pritchard<br>Commercial Manager, Peakland Energy</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8a8a8a;background:#fafafa;">Peakland Energy Ltd &middot; Bakewell Road, Matlock DE4 3AG &middot; This email was sent from BambooHR on behalf of Peakland Energy.</td></tr>
</table></body></html>
"""})

# 15. Energy company, meeting request (METHOD:REQUEST), later cancelled --------------------------------
_FORTH_TXT = """Hi Aoife,

Thanks for taking the time to speak to me on Friday. As promised, here is the invitation for your interview for the Contracts & Compliance Specialist role.

Tuesday 21 April, 11:00-12:00
Forth Valley Renewables, Castle Business Park, Stirling FK9 4TZ (free parking on site; Stirling station is a 10-minute taxi ride)

You'll meet Morven Geddes (Head of Legal) and me. We'd like you to talk us through a contract you've managed from signature to renewal and what you'd do differently.

Regards,
Karen Dunlop
People Team | Forth Valley Renewables
"""
add({
    "key": "i_forth_calendar", "kind": "interview_invitation", "scenario": "meeting_request_energy", "language": "en",
    "company": "Forth Valley Renewables", "contact": "karen.dunlop@forthvalleyrenewables.example.co.uk",
    "frm": ("Karen Dunlop", "karen.dunlop@forthvalleyrenewables.example.co.uk"), "mua": "outlook",
    "subject": "Interview - Contracts & Compliance Specialist", "date": "2026-04-14 09:41",
    "charset": "us-ascii", "cte": "7bit", "text": _FORTH_TXT,
    "calendar": {"method": "REQUEST", "uid": FORTH_UID, "sequence": 0,
                  "organizer": ("Karen Dunlop", "karen.dunlop@forthvalleyrenewables.example.co.uk"),
                  "start": "20260421T110000", "end": "20260421T120000",
                  "summary": "Interview - Contracts & Compliance Specialist (Aoife Nakamura-Brennan)",
                  "location": "Forth Valley Renewables, Castle Business Park, Stirling",
                  "description": "Interview with Morven Geddes and Karen Dunlop."}})

# 16. German bank, Einladung, Sie, iso-8859-1 qp -----------------------------------------------------
add({
    "key": "i_mainufer_einladung", "kind": "interview_invitation", "scenario": "bank_einladung_sie", "language": "de",
    "company": "Mainufer Bank", "contact": "katrin.sommerfeld@mainuferbank.example.de",
    "frm": ("Sommerfeld, Katrin", "katrin.sommerfeld@mainuferbank.example.de"), "mua": "outlook",
    "subject": "Einladung zum Vorstellungsgespräch - Compliance Officer (m/w/d)", "date": "2026-02-03 10:26",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "text": """Sehr geehrte Frau Nakamura-Brennan,

vielen Dank für Ihre Bewerbung als Compliance Officer (m/w/d) im Bereich Kapitalmarkt-Compliance. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 17. Februar 2026, 10:00 Uhr
Ort: Mainufer Bank AG, Schaumainkai 87, 60596 Frankfurt am Main, Empfang Haus B
Gesprächspartner: Herr Dr. Felix Brandl (Leiter Compliance) und ich

Das Gespräch wird etwa 60 Minuten dauern und kann auf Wunsch teilweise auf Englisch geführt werden. Ihre Reisekosten erstatten wir Ihnen gemäß unserer Reisekostenrichtlinie.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

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

# 17. Frankfurt legal-tech via Personio, du, Reply-To a person, HTML only ------------------------------
add({
    "key": "i_klarvertrag_personio", "kind": "interview_invitation", "scenario": "personio_einladung_du", "language": "de",
    "company": "Klarvertrag", "contact": "lena.hofmann@klarvertrag.example.de",
    "frm": ("Klarvertrag GmbH", "noreply@klarvertrag.jobs.personio.de"),
    "reply_to": ("Lena Hofmann", "lena.hofmann@klarvertrag.example.de"), "mua": "ats",
    "subject": "Einladung zum Kennenlernen bei Klarvertrag 🎉", "date": "2026-05-05 09:12", "tz": "UTC",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Hallo Aoife,</p>
<p style="margin:0 0 14px 0;">vielen Dank für deine Bewerbung als <b>Contract Manager (m/w/d)</b>! Wir fanden dein Profil richtig spannend und würden dich gern in einem ersten Interview kennenlernen.</p>
<p style="margin:0 0 14px 0;"><b>Wann?</b> Dienstag, 12. Mai, 11:00 Uhr<br><b>Wo?</b> Google Meet (den Link bekommst du per Kalendereinladung)<br><b>Mit wem?</b> Lena (People) und Dr. Tobias Wendt (Head of Legal)</p>
<p style="margin:0 0 14px 0;">Das Gespräch dauert ca. 45 Minuten und kann gern auf Englisch stattfinden. Falls der Termin nicht passt, antworte einfach auf diese Mail.</p>
<p style="margin:0 0 14px 0;">Wir freuen uns auf dich!<br>Lena Hofmann<br>People &amp; Culture, Klarvertrag</p>""",
        title="Klarvertrag", logo="https://klarvertrag.example.de/assets/klarvertrag-logo.png", logo_alt="Klarvertrag",
        accent="#00a19a", lang="de",
        footer="""Klarvertrag GmbH · Gutleutstraße 40 · 60329 Frankfurt am Main · Geschäftsführer: Maximilian Roth · Amtsgericht Frankfurt am Main, HRB 121 777<br>
Gesendet mit Personio. <a href="https://klarvertrag.jobs.personio.de/privacy-policy" style="color:#7a8190;">Datenschutz</a>"""),
})

# 18. German agency relays a named client, windows-1252 8bit ---------------------------------------------
add({
    "key": "i_mainlegal_roemerberg", "kind": "interview_invitation", "scenario": "personalberatung_mandant_genannt", "language": "de",
    "company": "Römerberg Asset Management", "contact": "j.petersen@main-legal.example.de",
    "frm": ("Jan Petersen | Main-Legal Personalberatung", "j.petersen@main-legal.example.de"), "mua": "outlook",
    "subject": "Römerberg Asset Management – Einladung zum Erstgespräch", "date": "2026-08-06 13:30",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Liebe Frau Nakamura-Brennan,

ich freue mich, Ihnen mitteilen zu können, dass unsere Mandantin, die Römerberg Asset Management GmbH, Sie gern zu einem ersten Gespräch für die Position \u201eSenior Contract Manager (m/w/d) \u2013 Fund Services\u201c einladen möchte.

Vorschlag:
Donnerstag, 13. August 2026, 15:30 Uhr
Römerberg Asset Management, Neue Mainzer Straße 52, 60311 Frankfurt am Main, 21. OG

Gesprächspartner sind Frau Dr. Carolin Weiß (Head of Legal) und Herr Markus Aydin (COO). Das Gespräch findet auf Englisch statt, ein paar Sätze auf Deutsch schaden aber sicher nicht.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt. Gern bereite ich Sie vorab telefonisch auf das Gespräch vor.

Herzliche Grüße

Jan Petersen
Senior Consultant Legal & Compliance

Main-Legal Personalberatung GmbH
Taunusanlage 8 | 60329 Frankfurt am Main
T +49 69 5550 6620 | M +49 170 5550 331
Geschäftsführerin: Dr. Anke Reinhold | HRB 99 310, Amtsgericht Frankfurt am Main
"""})

# 19. German utility, Outlook meeting request (METHOD:REQUEST) ------------------------------------------
_NIDDA_TXT = """Sehr geehrte Frau Nakamura-Brennan,

wie telefonisch besprochen lade ich Sie hiermit zu einem Vorstellungsgespräch für die Position Referentin Vertragsmanagement Netzanschluss (m/w/d) ein.

Termin: Mittwoch, 8. Juli 2026, 10:00 - 11:00 Uhr
Ort: Nidda Netze AG, Hauptverwaltung, Raum 3.07, Am Ginnheimer Hang 2, 60431 Frankfurt am Main

Bitte melden Sie sich am Empfang. Die Einladung ist als Termin beigefügt, damit Sie ihn direkt in Ihren Kalender übernehmen können.

Mit freundlichen Grüßen
Dirk Wagenknecht
Personalgewinnung
Nidda Netze AG
"""
add({
    "key": "i_nidda_calendar", "kind": "interview_invitation", "scenario": "terminanfrage_kalender", "language": "de",
    "company": "Nidda Netze", "contact": "dirk.wagenknecht@nidda-netze.example.de",
    "frm": ("Wagenknecht, Dirk", "dirk.wagenknecht@nidda-netze.example.de"), "mua": "outlook",
    "subject": "Vorstellungsgespräch Referentin Vertragsmanagement – 08.07.2026", "date": "2026-07-01 15:05",
    "charset": "utf-8", "cte": "quoted-printable", "text": _NIDDA_TXT,
    "html": outlook_html(_NIDDA_TXT, """<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Nidda Netze AG · Sitz Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 87 415 · Vorstand: Claudia Reichert, Stefan Okafor · Aufsichtsratsvorsitzender: Bürgermeister a. D. Werner Hüls</span></p>""", lang="DE"),
    "calendar": {"method": "REQUEST", "uid": NIDDA_UID, "sequence": 0, "tzid": "W. Europe Standard Time",
                  "std": "+0100", "dst": "+0200",
                  "organizer": ("Wagenknecht, Dirk", "dirk.wagenknecht@nidda-netze.example.de"),
                  "start": "20260708T100000", "end": "20260708T110000",
                  "summary": "Vorstellungsgespräch Frau Nakamura-Brennan",
                  "location": "Nidda Netze AG, Raum 3.07, Am Ginnheimer Hang 2, Frankfurt",
                  "description": "Vorstellungsgespräch Referentin Vertragsmanagement Netzanschluss."}})

# 20. Paris law firm, convocation, vous ----------------------------------------------------------------
add({
    "key": "i_ferrand_convocation", "kind": "interview_invitation", "scenario": "cabinet_convocation_vous", "language": "fr",
    "company": "Ferrand & Associés", "contact": "m.lemaire@ferrand-associes.example.com",
    "frm": ("Marion Lemaire", "m.lemaire@ferrand-associes.example.com"), "mua": "outlook",
    "subject": "Convocation à un entretien - Juriste conformité (bureau de Londres)", "date": "2026-02-23 10:15",
    "charset": "utf-8", "cte": "quoted-printable", "refs": ["k_ferrand_accuse"],
    "text": """Madame,

Nous avons bien reçu votre candidature pour le poste de juriste conformité au sein de notre bureau de Londres et nous vous en remercions.

Votre profil a retenu toute notre attention et nous avons le plaisir de vous convier à un premier entretien avec Maître Ferrand, associé responsable du bureau de Londres, le mardi 3 mars 2026 à 15h00 (heure de Paris), en visioconférence via Teams.

L'entretien se déroulera en français et en anglais et durera environ une heure. Le lien de connexion vous sera adressé la veille.

Nous vous remercions de bien vouloir nous confirmer votre disponibilité par retour de courriel.

Bien cordialement,

Marion Lemaire
Responsable des ressources humaines
Ferrand & Associés - Avocats au Barreau de Paris
26 avenue George V, 75008 Paris | 8 Bishopsgate, London EC2N 4BQ
+33 1 55 50 24 10

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires.
"""})

# 21. French agency relays a named client (Frankfurt office), utf-8 8bit ------------------------------
add({
    "key": "i_tjc_energies", "kind": "interview_invitation", "scenario": "agence_client_nomme", "language": "fr",
    "company": "Énergies du Rhône", "contact": "e.benali@talents-juridiques.example.com",
    "frm": ("Élodie Benali", "e.benali@talents-juridiques.example.com"), "mua": "apple",
    "subject": "Entretien Énergies du Rhône - mardi 16 juin", "date": "2026-06-08 18:22",
    "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour Aoife,

Bonne nouvelle : Énergies du Rhône souhaite vous rencontrer pour le poste de Contract Manager au sein de leur bureau de trading à Francfort !

L'entretien aura lieu le mardi 16 juin à 9h30 dans leurs locaux (Taunustor 1, 60310 Frankfurt am Main), avec Mme Claire Vidal, directrice juridique, et M. Stefan Huber, responsable des opérations. Comptez environ 1h15, avec une mise en situation sur un contrat cadre EFET.

Pouvez-vous me confirmer votre présence d'ici jeudi ? Je vous appelle demain pour vous préparer.

Bien à vous,

Élodie Benali
Consultante senior - Juridique & Conformité
Talents Juridiques Conseil
06 55 50 31 88
"""})

# 22. French mutual insurer via SmartRecruiters, HTML only ---------------------------------------------
add({
    "key": "i_armor_sr", "kind": "interview_invitation", "scenario": "smartrecruiters_entretien", "language": "fr",
    "company": "Mutuelle Armor Assurances", "contact": "",
    "frm": ("Mutuelle Armor Assurances", "noreply@smartrecruiters.com"), "mua": "ats",
    "subject": "Invitation à un entretien - Chargée de conformité (Dublin)", "date": "2026-09-02 07:58",
    "charset": "utf-8", "cte": "base64",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Bonjour Aoife,</p>
<p style="margin:0 0 14px 0;">Nous vous remercions pour votre candidature au poste de <strong>Chargé(e) de conformité</strong> pour notre filiale de Dublin.</p>
<p style="margin:0 0 14px 0;">Nous avons le plaisir de vous inviter à un entretien en visioconférence d'une durée de 45 minutes avec notre responsable conformité, Mme Gaëlle Le Goff.</p>
<p style="margin:0 0 14px 0;">Merci de sélectionner le créneau qui vous convient parmi ceux proposés entre le 10 et le 14 septembre :</p>
""" + button("https://jobs.smartrecruiters.com/MutuelleArmor/interview/slot?c=a7f2", "Choisir mon créneau", "#003d7c") + """
<p style="margin:0 0 14px 0;">À très bientôt,<br>L'équipe Recrutement<br>Mutuelle Armor Assurances</p>""",
        title="Mutuelle Armor", logo="https://www.mutuelle-armor.example.com/img/logo-armor.png",
        logo_alt="Mutuelle Armor Assurances", accent="#003d7c", lang="fr",
        footer="""Mutuelle Armor Assurances, société d'assurance mutuelle régie par le Code des assurances – 2 quai Duguay-Trouin, 35000 Rennes.<br>
Propulsé par SmartRecruiters. Ne répondez pas à ce message. <a href="https://jobs.smartrecruiters.com/unsubscribe?c=a7f2" style="color:#7a8190;">Se désabonner</a>""",
        pixel="https://trk.smartrecruiters.com/o/a7f2e0.png"),
})

# 23. Paris legal-tech, tu, video call ------------------------------------------------------------------
add({
    "key": "i_clauseo_tu", "kind": "interview_invitation", "scenario": "startup_visio_tutoiement", "language": "fr",
    "company": "Clauseo", "contact": "hugo@clauseo.example.com",
    "frm": ("Hugo Marchand", "hugo@clauseo.example.com"), "mua": "gmail",
    "subject": "On se cale une visio ?", "date": "2026-08-19 12:07",
    "charset": "utf-8", "cte": "quoted-printable", "refs": ["k_clauseo_teamtailor"],
    "text": """Hello Aoife,

Je suis Hugo, cofondateur de Clauseo. J'ai lu ta candidature pour le poste de Legal Ops à Amsterdam et franchement, ton expérience sur la gestion des contrats fournisseurs est exactement ce qu'il nous faut.

Est-ce que tu serais dispo pour un premier entretien en visio jeudi 27 août à 10h (heure de Paris) ? On parlera de ton parcours, de notre produit et de ce qu'on attend de la personne sur le poste. Compte 45 min.

Si jeudi ne te va pas, propose-moi un autre créneau, on s'adapte.

À très vite,
Hugo

Hugo Marchand - Co-founder & CEO @ Clauseo
"""})

# 24. Spanish bank (London branch), usted, multipart/alternative ---------------------------------------
_MERIDIANO_INV = """Estimada Sra. Nakamura-Brennan:

En relación con su candidatura al puesto de Especialista en Gestión de Contratos de nuestra sucursal en Londres, nos complace invitarle a una entrevista personal.

Fecha: jueves, 14 de mayo de 2026
Hora: 11:00 (hora de Londres)
Lugar: Banco Meridiano, 25 Old Broad Street, London EC2N 1HQ, planta 6

La entrevista será con D. Álvaro Sanz, Director de Asesoría Jurídica de la sucursal, y conmigo, y se desarrollará en inglés y en español.

Le rogamos que nos confirme su asistencia respondiendo a este correo.

Atentamente,

Lucía Ferrer Campos
Técnico de Selección - Dirección de Talento
Banco Meridiano
"""
add({
    "key": "i_meridiano_entrevista", "kind": "interview_invitation", "scenario": "banco_entrevista_usted", "language": "es",
    "company": "Banco Meridiano", "contact": "lucia.ferrer@bancomeridiano.example.com",
    "frm": ("Lucía Ferrer Campos", "lucia.ferrer@bancomeridiano.example.com"), "mua": "outlook",
    "subject": "Entrevista - Especialista en Gestión de Contratos (Londres)", "date": "2026-05-04 10:40",
    "charset": "utf-8", "cte": "quoted-printable", "text": _MERIDIANO_INV,
    "html": outlook_html(_MERIDIANO_INV, """<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DCDB7A.5E1F2C30" alt="Banco Meridiano"></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:#7f7f7f">Banco Meridiano, S.A. – Paseo de la Castellana 101, 28046 Madrid. La información contenida en este mensaje es confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine.</span></p>""", lang="ES"),
    "logo": ("image001.png@01DCDB7A.5E1F2C30", (200, 16, 46))})

# 25. Spanish agency relays a named client ------------------------------------------------------------
add({
    "key": "i_tli_levante", "kind": "interview_invitation", "scenario": "agencia_cliente_nombrado", "language": "es",
    "company": "Grupo Energético Levante", "contact": "pablo.iriarte@talentolegal.example.com",
    "frm": ("Pablo Iriarte", "pablo.iriarte@talentolegal.example.com"), "mua": "generic",
    "subject": "Entrevista con Grupo Energético Levante", "date": "2026-07-02 17:45",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "text": """Hola Aoife:

¡Buenas noticias! Grupo Energético Levante quiere conocerte para la posición de Compliance & Contracts Officer en su oficina de Ámsterdam.

La entrevista sería por videollamada el viernes 10 de julio a las 12:00 (hora de Madrid/Ámsterdam) con Begoña Ortuño, responsable de Cumplimiento Normativo del grupo. Durará unos 45 minutos y una parte será en inglés.

¿Me confirmas si te viene bien? En cuanto me digas, te envío el enlace de Teams y te llamo para prepararla.

Un saludo,

Pablo Iriarte
Consultor Senior - Legal & Compliance
Talento Legal Iberia
Calle de Serrano 41, 28001 Madrid
+34 655 50 21 37
"""})

# 26. Spanish e-signature start-up, tú, iso-8859-1 8bit -----------------------------------------------
add({
    "key": "i_firmalia_tu", "kind": "interview_invitation", "scenario": "startup_tu_llamada", "language": "es",
    "company": "Firmalia", "contact": "diego@firmalia.example.com",
    "frm": ("Diego Navarro", "diego@firmalia.example.com"), "mua": "apple",
    "subject": "Entrevista para Compliance Manager en Firmalia", "date": "2026-06-10 20:15",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Hola Aoife,

Soy Diego, Head of Legal en Firmalia. Gracias por tu candidatura para Compliance Manager en nuestra oficina de Londres, nos ha gustado mucho tu perfil.

¿Te viene bien que hagamos una primera entrevista por videollamada el martes 16 a las 17:00 (hora de Madrid, 16:00 en UK)? Serán unos 40 minutos conmigo y con Irene, nuestra DPO.

Si no te va bien, dime un par de huecos y lo cuadramos.

¡Un saludo!
Diego

Diego Navarro · Head of Legal · Firmalia
"""})

# =====================================================================================================
# Reschedules and cancellations
# =====================================================================================================

# 1. Calendar update: SEQUENCE:1, same UID, new time -----------------------------------------------------
_CAIRN_UPD = """Dear Aoife,

Apologies for the change. Euan has been called to a regulator meeting on Tuesday afternoon, so we have moved your interview to Thursday 12 March at 09:30, same venue (Cairn House, 4th floor). The format is unchanged.

The updated invitation is attached - please accept it if the new time works, or give me a call on 0141 496 0655 if it doesn't.

Best regards,
Fiona MacLeod
HR Business Partner
Cairn Assurance
"""
add({
    "key": "x_cairn_update", "kind": "interview_reschedule_or_cancel", "scenario": "calendar_update_sequence", "language": "en",
    "company": "Cairn Assurance", "contact": "fiona.macleod@cairnassurance.example.co.uk",
    "frm": ("Fiona MacLeod", "fiona.macleod@cairnassurance.example.co.uk"), "mua": "outlook",
    "subject": "Updated: Interview: Compliance Monitoring Analyst - Aoife Nakamura-Brennan", "date": "2026-03-06 16:02",
    "charset": "utf-8", "cte": "quoted-printable", "text": _CAIRN_UPD, "refs": ["i_cairn_calendar"],
    "html": outlook_html(_CAIRN_UPD),
    "calendar": {"method": "REQUEST", "uid": CAIRN_UID, "sequence": 1,
                  "organizer": ("Fiona MacLeod", "fiona.macleod@cairnassurance.example.co.uk"),
                  "start": "20260312T093000", "end": "20260312T104500",
                  "summary": "Interview: Compliance Monitoring Analyst - Aoife Nakamura-Brennan",
                  "location": "Cairn House, 150 St Vincent Street, Glasgow - 4th floor, Room Ailsa",
                  "description": "Moved from Tuesday 10 March. Interview with Euan Robertson and Fiona MacLeod."}})

# 2. Calendar cancellation: METHOD:CANCEL with the invitation's UID, interviewer ill ---------------------
_FORTH_CANCEL = """Hi Aoife,

I'm sorry to do this at short notice, but Morven is off sick this week, so I've had to cancel Tuesday's interview. We do still want to meet you - I'll send a new invitation as soon as she's back and we can fix a date, hopefully the week after next.

Apologies again, and thanks for your patience.

Karen
"""
add({
    "key": "x_forth_cancel", "kind": "interview_reschedule_or_cancel", "scenario": "calendar_cancel_interviewer_ill", "language": "en",
    "company": "Forth Valley Renewables", "contact": "karen.dunlop@forthvalleyrenewables.example.co.uk",
    "frm": ("Karen Dunlop", "karen.dunlop@forthvalleyrenewables.example.co.uk"), "mua": "outlook",
    "subject": "Canceled: Interview - Contracts & Compliance Specialist", "date": "2026-04-17 08:20",
    "charset": "us-ascii", "cte": "7bit", "text": _FORTH_CANCEL, "refs": ["i_forth_calendar"],
    "headers": [("Importance", "high"), ("X-Priority", "1")],
    "calendar": {"method": "CANCEL", "cte": "7bit", "uid": FORTH_UID, "sequence": 1, "status": "CANCELLED",
                  "organizer": ("Karen Dunlop", "karen.dunlop@forthvalleyrenewables.example.co.uk"),
                  "start": "20260421T110000", "end": "20260421T120000",
                  "summary": "Canceled: Interview - Contracts & Compliance Specialist (Aoife Nakamura-Brennan)",
                  "location": "Forth Valley Renewables, Castle Business Park, Stirling",
                  "description": "Cancelled - a new date will follow."}})

# 3. Switched to video, reply in thread ---------------------------------------------------------------
add({
    "key": "x_aire_video", "kind": "interview_reschedule_or_cancel", "scenario": "switched_to_video", "language": "en",
    "company": "Aire & Calder Building Society", "contact": "rachel.stansfield@aireandcalder.example.co.uk",
    "frm": ("Rachel Stansfield", "rachel.stansfield@aireandcalder.example.co.uk"), "mua": "outlook",
    "subject": "RE: Interview invitation - Contract Manager (Third Party Risk)", "date": "2026-03-20 13:06",
    "charset": "utf-8", "cte": "quoted-printable",
    "refs": ["i_aire_first", "<5C2E9A17-0B44-4E8F-A1D3-6F7B2C9E0A55@example.co.uk>"],
    "text": """Hi Aoife,

A quick change for Tuesday: because of the building works on our ground floor we're moving all of next week's interviews online. Your interview will still be on Tuesday 24 March at 10:00, but on Microsoft Teams rather than at Wellington Place. I'll send the link on Monday.

Nothing else changes - same panel, same format. Sorry for any inconvenience if you'd already booked a train.

Kind regards,
Rachel

""" + outlook_quote("en", "Aoife Nakamura-Brennan <aoife.nb@example.co.uk>", "10 March 2026 08:14",
                    "Rachel Stansfield <rachel.stansfield@aireandcalder.example.co.uk>",
                    "Re: Interview invitation - Contract Manager (Third Party Risk)",
                    """Dear Rachel,

Thank you very much - I'm delighted to accept and look forward to meeting you and Mark on the 24th at 10:00.

Kind regards,
Aoife""")})

# 4. Agency, terse mobile, time moved -----------------------------------------------------------------
add({
    "key": "x_thornbury_reschedule", "kind": "interview_reschedule_or_cancel", "scenario": "agency_mobile_time_moved", "language": "en",
    "company": "Thornbury Insurance", "contact": "dan.okoro@sterlingbridge.example.co.uk",
    "frm": ("Dan Okoro", "dan.okoro@sterlingbridge.example.co.uk"), "mua": "iphone",
    "subject": "Re: Thornbury - 2nd stage", "date": "2026-02-16 12:51",
    "charset": "utf-8", "cte": "7bit", "refs": ["i_thornbury_relay"],
    "text": """Aoife - Claire's diary has changed, Thornbury need to push Thursday to 4pm instead of 2. Same place. That ok?

Dan

Sent from my iPhone
"""})

# 5. Interviewer ill, rearranging -------------------------------------------------------------------
add({
    "key": "x_fairclough_ill", "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_unwell_rearrange", "language": "en",
    "company": "Fairclough Whitlam", "contact": "jenna.price@faircloughwhitlam.example.co.uk",
    "frm": ("Jenna Price", "jenna.price@faircloughwhitlam.example.co.uk"), "mua": "gmail",
    "subject": "Re: Compliance Assistant vacancy", "date": "2026-04-27 08:03",
    "charset": "utf-8", "cte": "quoted-printable", "refs": ["i_fairclough_thread"],
    "text": """Morning Aoife,

I'm sorry to say Andrew has come down with flu and is off for the rest of the week, so we'll need to rearrange Wednesday's interview.

Could you do Tuesday 5 May at 2.30pm instead, same place? If not, let me know what you've got that week and I'll fit around you.

Apologies for the messing about.

Jenna
"""})

# 6. Greenhouse: "Your interview has been rescheduled", HTML only, Reply-To recruiter -------------------
add({
    "key": "x_docketly_gh", "kind": "interview_reschedule_or_cancel", "scenario": "greenhouse_rescheduled", "language": "en",
    "company": "Docketly", "contact": "sam.achebe@docketly.example.com",
    "frm": ("Sam Achebe (Docketly)", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Sam Achebe", "sam.achebe@docketly.example.com"), "mua": "ats",
    "subject": "Updated interview time: Docketly - Contracts & Compliance Lead", "date": "2026-04-13 10:19",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Hi Aoife,</p>
<p style="margin:0 0 14px 0;">Ana has a board meeting that's been moved onto Thursday afternoon, so we've rescheduled your interview. Here are the new details:</p>
<table role="presentation" cellpadding="6" cellspacing="0" style="border:1px solid #e4e7ec;border-radius:6px;margin:0 0 16px 0;font-size:14px;">
<tr><td style="color:#667085;">Was</td><td><s>Thursday, April 16, 3:00 PM &ndash; 3:45 PM BST</s></td></tr>
<tr><td style="color:#667085;">Now</td><td><strong>Friday, April 17, 11:00 AM &ndash; 11:45 AM BST</strong></td></tr>
<tr><td style="color:#667085;">Where</td><td>Google Meet (link in your calendar invite)</td></tr>
</table>
<p style="margin:0 0 14px 0;">If the new time doesn't work, just reply and we'll sort something out. Sorry for the shuffle!</p>
<p style="margin:0 0 14px 0;">Sam</p>""",
        title="Docketly", logo="https://docketly.example.com/static/mail/docketly-logo@2x.png", logo_alt="Docketly",
        accent="#4f46e5",
        footer="""Docketly Ltd, 71 Clerkenwell Road, London EC1R 5BL.<br>This email was sent via Greenhouse.""",
        pixel="https://click.greenhouse-mail.io/wf/open?upn=u001.d0ck3t2"),
})

# 7. University, postponed because of industrial action, new date -------------------------------------
add({
    "key": "x_whitworth_postponed", "kind": "interview_reschedule_or_cancel", "scenario": "postponed_industrial_action", "language": "en",
    "company": "Whitworth Park University", "contact": "recruitment@whitworthpark.example.ac.uk",
    "frm": ("WPU Recruitment", "recruitment@whitworthpark.example.ac.uk"), "mua": "outlook",
    "subject": "RE: Interview invitation: Research Contracts Officer (REF 11742)", "date": "2026-03-02 17:11",
    "charset": "iso-8859-1", "cte": "quoted-printable", "refs": ["i_whitworth_panel"],
    "text": """Dear Aoife

Research Contracts Officer (REF 11742)

Owing to the industrial action announced for this week, we have had to postpone the interviews scheduled for Thursday 5 March.

Your interview has been rearranged for Tuesday 24 March 2026 at 10:30, in Room 2.14, John Dalton Building. The panel, the presentation topic and the format are unchanged; please send your slides by 12 noon on 23 March.

Please reply to confirm that you are able to attend on the new date. We apologise for any inconvenience this causes.

Yours sincerely

Recruitment Team
Human Resources
Whitworth Park University
"""})

# 8. Dublin insurer, iPhone, moving the day -------------------------------------------------------------
add({
    "key": "x_harcourt_moved", "kind": "interview_reschedule_or_cancel", "scenario": "irish_mobile_other_day", "language": "en",
    "company": "Harcourt Insurance", "contact": "siobhan.kavanagh@harcourtinsurance.example.ie",
    "frm": ("Siobhán Kavanagh", "siobhan.kavanagh@harcourtinsurance.example.ie"), "mua": "iphone",
    "subject": "Re: Compliance Officer - interview", "date": "2026-05-21 19:44", "tz": "Europe/Dublin",
    "charset": "utf-8", "cte": "quoted-printable", "refs": ["i_harcourt_chat", "<0E9C4B21-6D3A-4F77-B812-9A5C3E1D7F02@example.co.uk>"],
    "text": """Hi Aoife, something's come up with Pádraig's diary for Tuesday - would Thursday the 28th at the same time suit you instead? Still on Teams. Sorry about that!

Siobhán

Sent from my iPhone

""" + apple_quote("20 May 2026, at 21:02", "Aoife Nakamura-Brennan", "aoife.nb@example.co.uk",
                  """Hi Siobhán,

Tuesday 26th at 10:30 on Teams would be perfect, thank you.

Aoife""")})

# 9. Bank assessment centre moved, Workday, HTML only ---------------------------------------------------
add({
    "key": "x_kingsway_moved", "kind": "interview_reschedule_or_cancel", "scenario": "assessment_centre_new_date", "language": "en",
    "company": "Kingsway Retail Bank", "contact": "",
    "frm": ("Kingsway Retail Bank Careers", "kingsway@myworkday.com"), "mua": "ats",
    "subject": "Change of date: your assessment centre", "date": "2026-06-08 07:30",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Dear Aoife,</p>
<p style="margin:0 0 14px 0;">We're writing about your assessment centre for the <strong>Compliance Contracts Officer</strong> role (R-77120).</p>
<p style="margin:0 0 14px 0;">Due to an unexpected facilities issue at our Brindleyplace office, the assessment centre originally planned for <strong>Tuesday 16 June</strong> has been moved to <strong>Tuesday 23 June 2026, 09:00&ndash;13:30</strong>, at the same address (Three Brindleyplace, Birmingham B1 2JB).</p>
<p style="margin:0 0 14px 0;">Please confirm the new date in your candidate home. If you are unable to attend, please let us know there as soon as possible so that we can offer you an alternative session.</p>
""" + button("https://kingsway.wd3.myworkday.com/kingsway/d/home.htmld", "Go to candidate home", "#6d2077") + """
<p style="margin:0 0 14px 0;">We're sorry for any inconvenience.<br>Kingsway Early & Professional Careers</p>""",
        title="Kingsway Retail Bank", logo="https://www.kingswaybank.example.co.uk/assets/kingsway-logo.png",
        logo_alt="Kingsway Retail Bank", accent="#6d2077",
        footer="""Kingsway Retail Bank plc. Registered in England No. 02219934. Registered office: Three Brindleyplace, Birmingham B1 2JB. Authorised by the PRA and regulated by the FCA and the PRA.<br>This mailbox is not monitored.""",
        pixel="https://kingsway.wd3.myworkday.com/wday/email/open.gif?m=7712-0608"),
})

# 10. German bank, Termin verschoben, thread -------------------------------------------------------------
add({
    "key": "x_mainufer_verschoben", "kind": "interview_reschedule_or_cancel", "scenario": "termin_verschoben_sie", "language": "de",
    "company": "Mainufer Bank", "contact": "katrin.sommerfeld@mainuferbank.example.de",
    "frm": ("Sommerfeld, Katrin", "katrin.sommerfeld@mainuferbank.example.de"), "mua": "outlook",
    "subject": "AW: Einladung zum Vorstellungsgespräch - Compliance Officer (m/w/d)", "date": "2026-02-09 16:37",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "refs": ["i_mainufer_einladung", "<B0D17E3F-91A2-4C58-8E6B-3D2F4A5C7E19@example.co.uk>"],
    "text": """Sehr geehrte Frau Nakamura-Brennan,

leider muss ich unseren Termin am 17. Februar verschieben, da Herr Dr. Brandl an diesem Tag kurzfristig zu einer Prüfung der Aufsicht muss.

Können Sie stattdessen am Dienstag, 24. Februar 2026, um 14:00 Uhr zu uns kommen? Ort und Ablauf bleiben unverändert. Falls Sie Ihre Anreise bereits gebucht haben, erstatten wir Ihnen selbstverständlich die Umbuchungskosten.

Ich bitte die Unannehmlichkeiten zu entschuldigen und freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen

Katrin Sommerfeld
Personalreferentin
Mainufer Bank AG

""" + outlook_quote("de", "Aoife Nakamura-Brennan <aoife.nb@example.co.uk>", "Dienstag, 3. Februar 2026 19:20",
                    "Sommerfeld, Katrin <katrin.sommerfeld@mainuferbank.example.de>",
                    "Re: Einladung zum Vorstellungsgespräch - Compliance Officer (m/w/d)",
                    """Sehr geehrte Frau Sommerfeld,

vielen Dank für die Einladung. Den Termin am 17. Februar um 10:00 Uhr bestätige ich gern.

Mit freundlichen Grüßen
Aoife Nakamura-Brennan""")})

# 11. German legal-tech, interviewer ill, Termin abgesagt (not a rejection) -------------------------------
add({
    "key": "x_klarvertrag_krank", "kind": "interview_reschedule_or_cancel", "scenario": "terminabsage_krankheit_du", "language": "de",
    "company": "Klarvertrag", "contact": "lena.hofmann@klarvertrag.example.de",
    "frm": ("Lena Hofmann", "lena.hofmann@klarvertrag.example.de"), "mua": "gmail",
    "subject": "Absage unseres Termins morgen – neuer Termin folgt", "date": "2026-05-11 17:26",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Aoife,

leider muss ich unser Interview morgen um 11 Uhr absagen: Tobias ist krank geworden und fällt diese Woche aus.

Keine Sorge, an deiner Bewerbung ändert das nichts! Ich schicke dir in den nächsten Tagen zwei, drei neue Terminvorschläge für nächste Woche.

Sorry für die kurzfristige Änderung und liebe Grüße
Lena

Lena Hofmann | People & Culture | Klarvertrag GmbH
Gutleutstraße 40, 60329 Frankfurt am Main
"""})

# 12. Paris law firm, report de l'entretien -------------------------------------------------------------
add({
    "key": "x_ferrand_report", "kind": "interview_reschedule_or_cancel", "scenario": "cabinet_report_entretien", "language": "fr",
    "company": "Ferrand & Associés", "contact": "m.lemaire@ferrand-associes.example.com",
    "frm": ("Marion Lemaire", "m.lemaire@ferrand-associes.example.com"), "mua": "outlook",
    "subject": "Report de votre entretien du 3 mars", "date": "2026-02-27 09:44",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1", "refs": ["i_ferrand_convocation"],
    "text": """Madame,

Maître Ferrand étant retenu par une audience qui a été déplacée au mardi 3 mars, nous sommes contraints de reporter votre entretien.

Nous vous proposons de le décaler au mardi 10 mars à 15h00, toujours en visioconférence. Merci de nous indiquer si ce nouveau créneau vous convient ; à défaut, nous vous proposerons une autre date.

Nous vous prions de bien vouloir nous excuser pour ce contretemps.

Bien cordialement,

Marion Lemaire
Responsable des ressources humaines
Ferrand & Associés
"""})

# 13. French mutual insurer, interview cancelled, new slot to come, HTML only -----------------------------
add({
    "key": "x_armor_annule", "kind": "interview_reschedule_or_cancel", "scenario": "entretien_annule_nouveau_creneau", "language": "fr",
    "company": "Mutuelle Armor Assurances", "contact": "",
    "frm": ("Mutuelle Armor Assurances", "noreply@smartrecruiters.com"), "mua": "ats",
    "subject": "Votre entretien du 11 septembre a été annulé", "date": "2026-09-09 15:12",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;color:#1c1c1c;font-size:14px;">
<div style="max-width:600px;margin:auto;border-top:4px solid #003d7c;padding:20px;">
<img src="https://www.mutuelle-armor.example.com/img/logo-armor.png" alt="Mutuelle Armor Assurances" width="150">
<p>Bonjour Aoife,</p>
<p>Nous sommes désolés de vous informer que votre entretien prévu le <b>vendredi 11 septembre à 10h00</b> avec Mme Gaëlle Le Goff a été annulé en raison d'un empêchement de dernière minute.</p>
<p>Votre candidature reste bien entendu en cours. Un nouveau créneau vous sera proposé très prochainement par e-mail.</p>
<p>Merci de votre compréhension,<br>L'équipe Recrutement<br>Mutuelle Armor Assurances</p>
<p style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:10px;">Ce message vous est envoyé via SmartRecruiters. Merci de ne pas y répondre. <a href="https://jobs.smartrecruiters.com/unsubscribe?c=a7f2" style="color:#888;">Se désabonner</a></p>
</div><img src="https://trk.smartrecruiters.com/o/a7f2e9.png" width="1" height="1" alt=""></body></html>
"""})

# 14. Spanish bank, change of time, usted --------------------------------------------------------------
add({
    "key": "x_meridiano_hora", "kind": "interview_reschedule_or_cancel", "scenario": "cambio_de_hora_usted", "language": "es",
    "company": "Banco Meridiano", "contact": "lucia.ferrer@bancomeridiano.example.com",
    "frm": ("Lucía Ferrer Campos", "lucia.ferrer@bancomeridiano.example.com"), "mua": "outlook",
    "subject": "RE: Entrevista - Especialista en Gestión de Contratos (Londres)", "date": "2026-05-08 12:02",
    "charset": "windows-1252", "cte": "quoted-printable", "refs": ["i_meridiano_entrevista", "<E2B7D90C-41F3-4A6D-8C25-B9E0F1A37D64@example.co.uk>"],
    "text": """Estimada Sra. Nakamura-Brennan:

Por un cambio de agenda de D. Álvaro Sanz, nos vemos obligados a modificar la hora de su entrevista del jueves 14 de mayo. Le proponemos las 15:30 (hora de Londres) en lugar de las 11:00; el lugar y el formato no cambian.

Le ruego que nos confirme si le viene bien este nuevo horario. Disculpe las molestias.

Atentamente,

Lucía Ferrer Campos
Técnico de Selección - Dirección de Talento
Banco Meridiano

""" + outlook_quote("es", "Aoife Nakamura-Brennan <aoife.nb@example.co.uk>", "lunes, 4 de mayo de 2026 21:17",
                    "Lucía Ferrer Campos <lucia.ferrer@bancomeridiano.example.com>",
                    "RE: Entrevista - Especialista en Gestión de Contratos (Londres)",
                    """Estimada Sra. Ferrer:

Muchas gracias por la invitación. Le confirmo mi asistencia a la entrevista del jueves 14 de mayo a las 11:00.

Un cordial saludo,
Aoife Nakamura-Brennan""")})

# 15. Spanish start-up, call cancelled, proposes another day --------------------------------------------
add({
    "key": "x_firmalia_mover", "kind": "interview_reschedule_or_cancel", "scenario": "cancelamos_y_movemos_tu", "language": "es",
    "company": "Firmalia", "contact": "diego@firmalia.example.com",
    "frm": ("Diego Navarro", "diego@firmalia.example.com"), "mua": "iphone",
    "subject": "Re: Entrevista para Compliance Manager en Firmalia", "date": "2026-06-15 22:37",
    "charset": "utf-8", "cte": "8bit", "refs": ["i_firmalia_tu"],
    "text": """Aoife, perdona que te escriba tan tarde. Mañana tenemos que cancelar la llamada, a Irene le ha surgido un viaje a Bruselas. ¿La movemos al jueves 18 a la misma hora? Si no, dime tú.

Mil perdones!
Diego

Enviado desde mi iPhone

""" + gmail_quote("10 jun 2026, a las 20:15", "Diego Navarro", "diego@firmalia.example.com",
                  """Hola Aoife,

Soy Diego, Head of Legal en Firmalia. ¿Te viene bien que hagamos una primera entrevista por videollamada el martes 16 a las 17:00 (hora de Madrid, 16:00 en UK)?

Diego""", lang="es")})

# =====================================================================================================
# Missed-interview notices
# =====================================================================================================

# 1. Solicitors, "we waited for you at 10:00" ----------------------------------------------------------
add({
    "key": "m_brindley_reception", "kind": "missed_interview_notice", "scenario": "waited_at_reception", "language": "en",
    "company": "Brindley Morgan Solicitors", "contact": "n.sandhu@brindleymorgan.example.co.uk",
    "frm": ("Navdeep Sandhu", "n.sandhu@brindleymorgan.example.co.uk"), "mua": "outlook",
    "subject": "Your interview this morning", "date": "2026-10-06 11:48",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Aoife,

We were expecting you at 10:00 this morning for your interview for the Risk & Compliance Assistant role. Our Compliance Partner and I waited for you in reception until about 10:40, and we weren't able to reach you on the mobile number on your application.

I hope everything is all right. If something unexpected happened, please get in touch by the end of the week and we will see whether we can find another slot - I can't promise one, as we are completing interviews on Friday.

Regards,

Navdeep Sandhu
Office Manager
Brindley Morgan Solicitors
Brindley House, 11 Newhall Street, Birmingham B3 3NH | 0121 496 0277
Brindley Morgan Solicitors is the trading name of Brindley Morgan Ltd, authorised and regulated by the Solicitors Regulation Authority (SRA ID 640331).
"""})

# 2. Hiring manager: "you didn't join the Teams call" -----------------------------------------------
add({
    "key": "m_peakland_teams", "kind": "missed_interview_notice", "scenario": "did_not_join_teams_call", "language": "en",
    "company": "Peakland Energy", "contact": "owen.pritchard@peaklandenergy.example.co.uk",
    "frm": ("Owen Pritchard", "owen.pritchard@peaklandenergy.example.co.uk"), "mua": "outlook",
    "subject": "Teams interview today at 2pm", "date": "2026-08-18 14:31",
    "charset": "us-ascii", "cte": "7bit", "refs": ["i_peakland_bamboo"],
    "text": """Hi Aoife,

Beth and I were on the Teams call for your interview at 2pm but you didn't join. We gave it 20 minutes in case of technical problems.

Is everything OK? If you had trouble with the link or something came up, drop me a line and we'll see if we can rearrange later this week.

Thanks,
Owen

Owen Pritchard
Commercial Manager
Peakland Energy | Bakewell Road, Matlock DE4 3AG | 01629 496 012
"""})

# 3. Temp agency: "we tried to call you" for a phone interview -----------------------------------------
add({
    "key": "m_pronto_called", "kind": "missed_interview_notice", "scenario": "tried_to_call_phone_interview", "language": "en",
    "company": "Headingley Property Law", "contact": "kyle@prontostaffing.example.co.uk",
    "frm": ("Kyle Bentham", "kyle@prontostaffing.example.co.uk"), "mua": "generic",
    "subject": "missed call - Headingley Property Law", "date": "2026-02-05 11:26",
    "charset": "utf-8", "cte": "8bit",
    "text": """Hi Aoife

Headingley Property Law tried to call you at 11 for your phone interview for the compliance paralegal temp role but got no answer, they tried twice and left a voicemail. I've also tried you a couple of times.

Can you give me a call back asap on 0113 496 0788? They might be able to squeeze you in this afternoon but they need to know by 1.

Kyle
Pronto Staffing - Legal Division
"""})

# 4. Temp agency: trial shift not turned up to ---------------------------------------------------------
add({
    "key": "m_brightside_trial", "kind": "missed_interview_notice", "scenario": "trial_day_no_show", "language": "en",
    "company": "Didsbury Conveyancing", "contact": "jodie@brightsidetemps.example.co.uk",
    "frm": ("Jodie Marsh - Brightside Temps", "jodie@brightsidetemps.example.co.uk"), "mua": "iphone",
    "subject": "Trial day at Didsbury Conveyancing??", "date": "2026-07-13 10:02",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Aoife - Didsbury Conveyancing have just rung me, you were meant to be in for your trial day at 9 and you haven't turned up?! They're asking if you're still coming.

Please call me as soon as you see this, I'm trying to keep them sweet but they're not happy!!

Jodie

Sent from my iPhone
"""})

# 5. ATS: "it looks like you missed your interview", HTML only, no-reply ---------------------------------
add({
    "key": "m_termsheet_ats", "kind": "missed_interview_notice", "scenario": "ats_no_show_rebook_link", "language": "en",
    "company": "Termsheet", "contact": "",
    "frm": ("Termsheet Recruiting", "no-reply@ashbyhq.com"), "mua": "ats",
    "subject": "We missed you today", "date": "2026-09-22 14:05",
    "charset": "utf-8", "cte": "base64",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="520" cellspacing="0" cellpadding="0" style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:15px;line-height:1.6;color:#101828;">
<tr><td style="padding:32px 0 16px 0;"><img src="https://app.ashbyhq.example.com/api/images/org-theme-logo/termsheet.png" alt="Termsheet" height="24"></td></tr>
<tr><td>
<p>Hi Aoife,</p>
<p>It looks like you weren't able to join your interview with Nadia Haddad today at 1:00 PM (BST). Nadia waited on the Zoom call for 15 minutes.</p>
<p>We understand things come up. If you'd still like to be considered for the Legal &amp; Compliance Manager role, you can pick a new time below within the next 3 days.</p>
<p><a href="https://app.ashbyhq.example.com/interview-scheduling/termsheet/rebook-9d2e" style="display:inline-block;background:#101828;color:#ffffff;padding:10px 20px;border-radius:6px;text-decoration:none;">Rebook my interview</a></p>
<p>Best,<br>The Termsheet team</p>
</td></tr>
<tr><td style="padding-top:28px;font-size:12px;color:#667085;">Termsheet Technologies Ltd, 10 York Road, London SE1 7ND &middot; Powered by Ashby</td></tr>
</table></td></tr></table>
<img src="https://ea.ashbyhq.com/o/9d2e51aa.gif" alt="" width="1" height="1">
</body></html>
"""})

# 6. Dublin trustee firm, Irish English, "we had you down for 9.30" ------------------------------------
add({
    "key": "m_grandcanal_irish", "kind": "missed_interview_notice", "scenario": "irish_had_you_down", "language": "en",
    "company": "Grand Canal Trustees", "contact": "eoin.fitzgerald@grandcanaltrustees.example.ie",
    "frm": ("Eoin Fitzgerald", "eoin.fitzgerald@grandcanaltrustees.example.ie"), "mua": "outlook",
    "subject": "This morning", "date": "2026-10-14 10:41", "tz": "Europe/Dublin",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Aoife,

We had you down for a 9.30 interview this morning for the Contracts & Compliance Administrator role and there was no sign of you. I rang the number we have for you and it went to voicemail.

I\u2019d say it\u2019s a mix-up over the day rather than anything else, but you might let me know either way. We\u2019re still interviewing until Friday.

Regards,
Eoin

Eoin Fitzgerald | Operations Manager | Grand Canal Trustees
Grand Canal Square, Dublin 2 | +353 1 555 0871
"""})

# 7. German utility, "nicht erschienen", after the calendar invitation -----------------------------------
add({
    "key": "m_nidda_nicht_erschienen", "kind": "missed_interview_notice", "scenario": "nicht_zum_gespraech_erschienen", "language": "de",
    "company": "Nidda Netze", "contact": "dirk.wagenknecht@nidda-netze.example.de",
    "frm": ("Wagenknecht, Dirk", "dirk.wagenknecht@nidda-netze.example.de"), "mua": "outlook",
    "subject": "Ihr Vorstellungsgespräch am 08.07.2026", "date": "2026-07-08 12:15",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1", "refs": ["i_nidda_calendar"],
    "text": """Sehr geehrte Frau Nakamura-Brennan,

leider sind Sie heute nicht zu dem vereinbarten Vorstellungsgespräch um 10:00 Uhr erschienen. Wir haben bis 10:30 Uhr auf Sie gewartet und Sie auch telefonisch nicht erreicht.

Sollte etwas Unvorhergesehenes passiert sein, melden Sie sich bitte bis Freitag bei mir. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Position haben.

Mit freundlichen Grüßen
Dirk Wagenknecht
Personalgewinnung
Nidda Netze AG
Telefon +49 69 5550 4471
"""})

# 8. German legal-tech, du, "wir haben dich im Call vermisst" -------------------------------------------
add({
    "key": "m_klarvertrag_vermisst", "kind": "missed_interview_notice", "scenario": "im_call_vermisst_du", "language": "de",
    "company": "Klarvertrag", "contact": "lena.hofmann@klarvertrag.example.de",
    "frm": ("Lena Hofmann", "lena.hofmann@klarvertrag.example.de"), "mua": "gmail",
    "subject": "Wo warst du? 🙂", "date": "2026-05-20 11:32",
    "charset": "utf-8", "cte": "quoted-printable", "refs": ["x_klarvertrag_krank", "<5F8A2C17-E3D4-4B90-A6C1-7D2E0B9F4C83@example.co.uk>"],
    "text": """Hi Aoife,

Tobias und ich waren heute um 11 Uhr im Google-Meet-Raum, haben dich aber leider vermisst. Wir haben eine Viertelstunde gewartet.

Vielleicht ist die Kalendereinladung nicht angekommen? Sag mir kurz Bescheid, was los war - wenn du noch Interesse hast, versuchen wir einen neuen Termin zu finden.

Viele Grüße
Lena

""" + gmail_quote("Mo., 18. Mai 2026 um 09:14", "Aoife Nakamura-Brennan", "aoife.nb@example.co.uk",
                  """Hallo Lena,

danke für die neuen Vorschläge! Mittwoch, 20. Mai um 11 Uhr passt mir sehr gut. Gute Besserung an Tobias!

Viele Grüße
Aoife""", lang="de")})

# 9. French agency: "notre client vous a attendue" ---------------------------------------------------------
add({
    "key": "m_tjc_energies", "kind": "missed_interview_notice", "scenario": "client_vous_a_attendue", "language": "fr",
    "company": "Énergies du Rhône", "contact": "e.benali@talents-juridiques.example.com",
    "frm": ("Élodie Benali", "e.benali@talents-juridiques.example.com"), "mua": "apple",
    "subject": "Entretien de ce matin ?", "date": "2026-06-16 10:57",
    "charset": "utf-8", "cte": "quoted-printable", "refs": ["i_tjc_energies"],
    "text": """Aoife,

Je viens d'avoir Mme Vidal au téléphone : Énergies du Rhône vous a attendue ce matin à 9h30 pour l'entretien, et vous ne vous êtes pas présentée. Je n'arrive pas à vous joindre sur votre portable.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me rappeler dès que possible ? Le client est prêt à envisager un autre créneau si vous avez eu un empêchement sérieux.

Élodie

Envoyé de mon iPhone
"""})

# 10. Spanish energy group: "no se conectó a la videollamada" -------------------------------------------
add({
    "key": "m_levante_no_conecto", "kind": "missed_interview_notice", "scenario": "no_se_conecto_videollamada", "language": "es",
    "company": "Grupo Energético Levante", "contact": "begona.ortuno@grupolevante.example.com",
    "frm": ("Begoña Ortuño", "begona.ortuno@grupolevante.example.com"), "mua": "outlook",
    "subject": "Entrevista de hoy - Compliance & Contracts Officer", "date": "2026-07-10 12:40",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Estimada Aoife:

Hoy a las 12:00 teníamos programada su entrevista por Teams para el puesto de Compliance & Contracts Officer en Ámsterdam, pero no se conectó a la videollamada. La esperé durante veinte minutos.

Si ha tenido algún problema técnico o un imprevisto, le ruego que me escriba para valorar si podemos buscar otra fecha.

Un saludo,

Begoña Ortuño
Responsable de Cumplimiento Normativo
Grupo Energético Levante
Av. de Aragón 30, 46021 Valencia
"""})
