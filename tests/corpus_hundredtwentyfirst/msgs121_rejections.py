"""Rejections (31), written one by one: soft, after interview, speculative, one line, role on hold
or filled internally, agency-relayed with and without the client's name, job-platform status."""

from __future__ import annotations

MESSAGES: list[dict] = []

# --- English -------------------------------------------------------------------------------

MESSAGES.append({
    "kind": "rejection", "scenario": "workday_soft", "company": "Halden Pharmaceuticals", "contact": "", "language": "en",
    "sender": ("Halden Pharmaceuticals Talent Acquisition", "halden@myworkday.com"),
    "subject": "Your application for Clinical Study Coordinator (R-0048213)",
    "date": "2026-02-03 16:02:11 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"X-Mailer": "Workday Notification Service"},
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background-color:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f4;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #0b5d7a;"><img src="https://halden.wd3.myworkday.com/halden/assets/logo?id=7781" alt="Halden Pharmaceuticals" width="180" height="40" style="display:block;border:0;"></td></tr>
<tr><td style="padding:28px 32px;">
<p style="margin:0 0 14px;">Dear Chiamaka,</p>
<p style="margin:0 0 14px;">Thank you for your interest in the <b>Clinical Study Coordinator (Fixed Term, 18 months)</b> position, requisition R-0048213, based at our Cowley site.</p>
<p style="margin:0 0 14px;">We received a strong response to this vacancy. Having reviewed your application carefully against the requirements of the role, we have decided to move forward with candidates whose experience more closely matches our current needs.</p>
<p style="margin:0 0 14px;">We appreciate the time you took to apply. New roles in Clinical Operations are posted regularly on our careers site and we would be glad to see your name again.</p>
<p style="margin:0;">Kind regards,<br>Talent Acquisition<br>Halden Pharmaceuticals</p>
</td></tr>
<tr><td style="padding:0 32px 28px;"><a href="https://halden.wd3.myworkday.com/halden/d/home.htmld?src=email_reject" style="background:#0b5d7a;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px;display:inline-block;">Go to your candidate home</a></td></tr>
<tr><td style="padding:16px 32px;background:#eeeeee;font-size:11px;line-height:16px;color:#777777;">This message was sent from an unmonitored mailbox. Please do not reply.<br>
Halden Pharmaceuticals plc is registered in England and Wales, company number 04417729. Registered office: Unit 4, Eastern Bypass, Oxford OX4 2QT.<br>
<a href="https://www.halden-pharma.example.com/privacy/candidates" style="color:#777777;">Candidate privacy notice</a></td></tr>
</table></td></tr></table>
<img src="https://halden.wd3.myworkday.com/email/open?t=8f2c1d0a99e14b7f" width="1" height="1" alt="" style="display:none;">
</body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "greenhouse_after_panel", "company": "Meridian Clinical Research",
    "contact": "priya.raman@meridiancr.example.com", "language": "en",
    "sender": ("Meridian Clinical Research via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Priya Raman", "priya.raman@meridiancr.example.com"),
    "subject": "Clinical Research Associate I - Meridian Clinical Research",
    "date": "2026-02-20 11:47:30 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Thank you again for coming in to meet Daniel, Farah and me last Thursday for the Clinical Research Associate I role. We all enjoyed hearing about the infection-control audit you ran at the practice and how you got the consent paperwork back on track.

It was a genuinely difficult decision, but we've offered the position to a candidate who has already worked on oncology site monitoring, which is where this team will spend most of next year. I'm sorry it isn't better news.

If it would help, I'm happy to go through the panel's notes with you for fifteen minutes or so - just reply to this email.

Best wishes,
Priya

Priya Raman
Talent Partner, Clinical Operations
Meridian Clinical Research
30 Finsbury Square, London EC2A 1AG
""",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Chiamaka,</p>
<p>Thank you again for coming in to meet Daniel, Farah and me last Thursday for the Clinical Research Associate I role. We all enjoyed hearing about the infection-control audit you ran at the practice and how you got the consent paperwork back on track.</p>
<p>It was a genuinely difficult decision, but we&#39;ve offered the position to a candidate who has already worked on oncology site monitoring, which is where this team will spend most of next year. I&#39;m sorry it isn&#39;t better news.</p>
<p>If it would help, I&#39;m happy to go through the panel&#39;s notes with you for fifteen minutes or so &ndash; just reply to this email.</p>
<p>Best wishes,<br>Priya</p>
<p style="color:#555;font-size:12px;">Priya Raman<br>Talent Partner, Clinical Operations<br>Meridian Clinical Research<br>30 Finsbury Square, London EC2A 1AG</p>
</div>
<img width="1" height="1" alt="" src="https://links.greenhouse-mail.io/o/eJwNy0sOgjAUQNGt9M1lqQkJD">
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "one_line_iphone", "company": "Portishead Family Dentistry",
    "contact": "rob@portisheadfamilydentistry.example.co.uk", "language": "en",
    "sender": ("Rob Haddon", "rob@portisheadfamilydentistry.example.co.uk"),
    "subject": "Re: Dental nurse / research assistant",
    "date": "2026-01-22 13:06:44 +0000", "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "in_reply_to": "<A71C2E0B-5D1F-4C3A-9E11-77B2F0C9D3A4@example.co.uk>",
    "text": """Sorry Chiamaka, we've given it to someone else. Good luck with it all.

Rob

Sent from my iPhone

> On 19 Jan 2026, at 20:41, Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk> wrote:
>
> Dear Dr Haddon,
>
> I saw Portishead Family Dentistry's post about a part-time dental nurse who could also help with
> the practice's part in the fluoride varnish study. I have six years in general practice and I am
> working towards a move into clinical research, so the mix would suit me very well. My CV is
> attached and I would be delighted to come in for an interview whenever suits you.
>
> Kind regards,
> Chiamaka Ross-Bellamy
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "speculative_no_vacancies", "company": "University of Avonside",
    "contact": "h.okafor@avonside.example.ac.uk", "language": "en",
    "sender": ("Okafor, Helen", "h.okafor@avonside.example.ac.uk"),
    "subject": "RE: Speculative enquiry - research support roles in the Dental School",
    "date": "2026-01-15 09:31:02 +0000", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<CAH7r0x=k3QpL1@mail.example.co.uk>",
    "text": """Dear Chiamaka,

Thank you for your email and for sending your CV. It is always good to hear from dental nurses who are interested in research — several of our best research nurses came to us exactly that way.

I'm afraid we are not recruiting to any research support posts at present, and the University does not hold speculative CVs on file, so I'm not able to take your application any further. All of our vacancies are advertised on the University jobs pages and I would encourage you to apply there when something suitable comes up; trial coordinator posts tend to appear in the spring, once grant funding is confirmed.

With best wishes,

Helen

Dr Helen Okafor
Research Manager, Bristol Dental School
University of Avonside
Lower Maudlin Street, Bristol BS1 2LY
Tel: 0117 496 0381

From: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Sent: 12 January 2026 21:14
To: Okafor, Helen <h.okafor@avonside.example.ac.uk>
Subject: Speculative enquiry - research support roles in the Dental School

Dear Dr Okafor,

I am a registered dental nurse (GDC 228841) with six years' experience in NHS and private practice, and I recently completed the NIHR Good Clinical Practice course. I would very much like to move into clinical research and wondered whether the Dental School has any research support or trial assistant roles coming up, or whether I could send my CV for consideration.

Thank you for your time.

Chiamaka Ross-Bellamy
07700 900412
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "ashby_role_on_hold", "company": "TrialLoop",
    "contact": "hiring@trialloop.example.com", "language": "en",
    "sender": ("TrialLoop", "no-reply@ashbyhq.com"),
    "reply_to": ("TrialLoop Hiring", "hiring@trialloop.example.com"),
    "subject": "An update on the Site Engagement Associate role",
    "date": "2026-03-30 17:20:05 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<!DOCTYPE html>
<html><body style="margin:0;background:#fafafa;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.55;color:#1d1d1f;background:#fff;margin:24px 0;border:1px solid #e6e6e6;">
<tr><td style="padding:24px 28px 0;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/2b9f1e0c/trialloop.png" alt="TrialLoop" height="28" style="height:28px;border:0;"></td></tr>
<tr><td style="padding:20px 28px;">
<p>Hi Chiamaka,</p>
<p>I wanted to let you know personally where things stand with the Site Engagement Associate role you applied for in February.</p>
<p>Our funding round has slipped into the second half of the year, and until it closes we are freezing all new hires. The role has been put on hold and we will not be proceeding with it, so we&rsquo;re closing your application now rather than leaving you hanging for months.</p>
<p>I know that&rsquo;s frustrating &mdash; your note about running recall lists for a practice of 9,000 patients was exactly the kind of thing we were hoping to see. If we reopen hiring we&rsquo;ll post it at <a href="https://trialloop.example.com/careers">trialloop.example.com/careers</a> and you&rsquo;d be very welcome to apply again.</p>
<p>If you&rsquo;ve any questions just hit reply; a real person (usually me) reads this inbox.</p>
<p>Thanks, and all the best,<br>Ellie Brandt<br><span style="color:#6e6e73;">Co-founder &amp; COO, TrialLoop &middot; Bath</span></p>
</td></tr>
<tr><td style="padding:14px 28px;border-top:1px solid #eee;font-size:11px;color:#8e8e93;">Sent with Ashby on behalf of TrialLoop. <a href="https://jobs.ashbyhq.com/trialloop/privacy" style="color:#8e8e93;">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://ashbyhq.com/t/o/9c1e55f07a.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "welsh_filled_internally", "company": "Taff Valley University Health Board",
    "contact": "", "language": "en",
    "sender": ("Recriwtio BIP Dyffryn Taf / TVUHB Recruitment", "no-reply@tvuhb.example.nhs.uk"),
    "subject": "Canlyniad cais / Application outcome: 110-RD-0226",
    "date": "2026-02-11 14:15:00 +0000", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """*** Please do not reply to this email / Peidiwch ag ateb yr e-bost hwn ***

Annwyl Chiamaka Ross-Bellamy,

Cyfeirnod y swydd: 110-RD-0226 - Cydlynydd Treialon Clinigol (Deintyddol), Band 5

Diolch am eich cais am y swydd uchod. Yn dilyn adolygiad gan y tîm, mae'r swydd wedi'i llenwi gan aelod presennol o staff drwy secondiad mewnol, ac felly ni fyddwn yn bwrw ymlaen â'r broses recriwtio allanol.

Diolch am eich diddordeb yng ngwaith y Bwrdd Iechyd.

----------------------------------------------------------------

Dear Chiamaka Ross-Bellamy,

Post reference: 110-RD-0226 - Clinical Trials Coordinator (Dental), Band 5

Thank you for applying for the above post. Following a review by the department, the post has been filled internally by an existing member of staff on secondment, and we will therefore not be continuing with external recruitment.

Thank you for your interest in working for the Health Board.

Yn gywir / Yours sincerely,

Gwasanaethau'r Gweithlu / Workforce Services
Bwrdd Iechyd Prifysgol Dyffryn Taf / Taff Valley University Health Board
Ysbyty Athrofaol Dyffryn Taf, Heol Caerffili, Caerdydd CF14 4XW

Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "agency_names_client", "company": "Kestrel Clinical Services",
    "contact": "jess.whitlock@clinicaltalentpartners.example.co.uk", "language": "en",
    "sender": ("Jess Whitlock", "jess.whitlock@clinicaltalentpartners.example.co.uk"),
    "subject": "Kestrel - feedback",
    "date": "2026-02-18 15:52:19 +0000", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Hope you're well! I've just had feedback from Kestrel Clinical Services on the Clinical Trial Assistant role in Birmingham and unfortunately they've decided not to take you through to interview this time. Their hiring manager said your GCP training and the patient-facing side were great, but they really want someone who has already used an EDC system like Medidata Rave day to day.

Honestly don't be disheartened – you were one of only two non-industry CVs they looked at seriously. I've got a couple of other things coming through in Bristol and Bath that I think would be a much better fit, I'll give you a ring on Friday to talk them through.

Speak soon,
Jess

Jess Whitlock
Senior Consultant – Clinical Research
Clinical Talent Partners
M: 07700 900731 | T: 020 7946 0852
www.clinicaltalentpartners.example.co.uk

Clinical Talent Partners Ltd is registered in England and Wales No. 09988412. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "agency_unnamed_client", "company": "Helix Search",
    "contact": "marcus.oyelaran@helixsearch.example.co.uk", "language": "en",
    "sender": ("Marcus Oyelaran", "marcus.oyelaran@helixsearch.example.co.uk"),
    "subject": "RE: CRA II - Oxford",
    "date": "2026-03-25 10:08:51 +0000", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "in_reply_to": "<CAO5mM2vQe7x@mail.example.co.uk>",
    "text": """Hi Chiamaka

Thanks for your patience on this one. My client has now reviewed the shortlist and, I'm sorry to say, they won't be progressing your application for the CRA II position. They were clear that the role needs at least two years of independent monitoring visits and they aren't in a position to train on this hire.

I know it's not what you wanted to hear. For what it's worth I think you'd be a strong CTA or in-house CRA with a sponsor, and I'll keep you in mind for those.

Regards

Marcus Oyelaran | Principal Consultant | Helix Search
Life Sciences Recruitment · Oxford · London · Cambridge
T +44 1865 496 117

Helix Search Limited. Registered in England No 07623190. Registered office: 2 Kings Meadow, Osney Mead, Oxford OX2 0DP.
This e-mail is intended only for the addressee named above. Its contents may be confidential.

-----Original Message-----
From: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Sent: 23 March 2026 08:12
To: Marcus Oyelaran <marcus.oyelaran@helixsearch.example.co.uk>
Subject: CRA II - Oxford

Hi Marcus,

Just checking in on the CRA II role - has your client had a chance to look at my CV yet? I'm happy to come in for an interview at short notice and can do any day next week.

Thanks,
Chiamaka
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "after_interview_close_call", "company": "Bright Arc Dental Care",
    "contact": "lorraine.tate@brightarc.example.co.uk", "language": "en",
    "sender": ("Lorraine Tate", "lorraine.tate@brightarc.example.co.uk"),
    "subject": "Research Dental Nurse – Southmead practice",
    "date": "2026-03-10 12:40:27 +0000", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "msgid": "<DB8PR03MB5021E1A3C9D8B4F1C2A0BD11A@DB8PR03MB5021.eurprd03.prod.outlook.example.com>",
    "text": """Dear Chiamaka,

Thank you for coming to see Dr Bell and me on Thursday. We both really enjoyed meeting you, and your questions about how the practice recruits patients into the gum disease study were spot on.

It was a very close call between you and one other candidate. In the end we have offered the post to someone who is already registered as a research nurse with the local Clinical Research Network, which lets us start recruiting patients straight away.

I'm sorry to disappoint you. Dr Bell asked me to say that if you are still looking in the summer, when we expect to bring a second practice into the study, she would be glad to hear from you again.

Kind regards,

Lorraine Tate
Practice Manager
Bright Arc Dental Care Ltd – Southmead
212 Southmead Road, Bristol BS10 5EN
0117 496 0722
""",
    "html": """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Dear Chiamaka,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for coming to see Dr Bell and me on Thursday. We both really enjoyed meeting you, and your questions about how the practice recruits patients into the gum disease study were spot on.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">It was a very close call between you and one other candidate. In the end we have offered the post to someone who is already registered as a research nurse with the local Clinical Research Network, which lets us start recruiting patients straight away.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#8217;m sorry to disappoint you. Dr Bell asked me to say that if you are still looking in the summer, when we expect to bring a second practice into the study, she would be glad to hear from you again.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#2E75B6">Lorraine Tate</span></b><br>Practice Manager<br>Bright Arc Dental Care Ltd &#8211; Southmead<br>212 Southmead Road, Bristol BS10 5EN<br>0117 496 0722<o:p></o:p></p>
<p class="MsoNormal"><img width="120" height="36" src="cid:image001.png@01DC8F2A.5B1E0C40" alt="Bright Arc Dental Care logo"><o:p></o:p></p>
</div></body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "icims_requisition_closed", "company": "Claritas Trials Europe", "contact": "", "language": "en",
    "sender": ("Claritas Trials Europe Careers", "careers-claritastrials@talent.icims.com"),
    "subject": "Your interview on 30 June - Clinical Research Coordinator (Req 2026-1187)",
    "date": "2026-06-25 09:02:40 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body>
<table width="100%" cellspacing="0" cellpadding="0" border="0" style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#2b2b2b;">
<tr><td style="padding:18px 0 12px;border-bottom:1px solid #c9d6df;"><img src="https://careers-claritastrials.icims.com/images/claritas_header.png" alt="Claritas Trials Europe" width="220"></td></tr>
<tr><td style="padding:18px 0;">
<p>Dear Chiamaka,</p>
<p>We are writing about requisition 2026-1187, Clinical Research Coordinator, Dublin (Eastpoint).</p>
<p>Following a review of our study portfolio, the sponsor of the respiratory programme this role was created for has withdrawn the study from Ireland. The requisition has therefore been closed and <strong>the position will not be filled</strong>. As a result, your interview scheduled for Tuesday 30 June has been cancelled and we will not be proceeding with your application.</p>
<p>We are sorry for the short notice and for any plans you had made. Thank you for the time you have given to our process so far; your candidate profile remains active and you can apply for other vacancies at any time.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Claritas Trials Europe</p>
</td></tr>
<tr><td style="padding-top:14px;border-top:1px solid #c9d6df;font-family:Arial,sans-serif;font-size:11px;color:#7a8690;">
Claritas Trials Europe DAC, registered in Ireland No. 612334. Registered office: Block C, Eastpoint Business Park, Dublin 3, D03 K2T8.<br>
This mailbox is not monitored. <a href="https://careers-claritastrials.icims.com/jobs/login?mobile=false&amp;width=1140" style="color:#7a8690;">Log in to your profile</a> | <a href="https://careers-claritastrials.icims.com/jobs/unsubscribe?e=ZjA4" style="color:#7a8690;">Unsubscribe from job alerts</a>
</td></tr></table>
<img src="https://talent.icims.com/icims2?track=open&amp;m=5501872" width="1" height="1" border="0" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "smartrecruiters_generic", "company": "Octavo Research Group", "contact": "", "language": "en",
    "sender": ("Octavo Research Group Recruitment Team", "jobs-noreply@smartrecruiters.com"),
    "subject": "Your application to Octavo Research Group",
    "date": "2026-04-28 08:15:33 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="background:#f2f4f7;margin:0;padding:0;">
<center>
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#3c3c3c;">
<tr><td style="background:#1f2a44;padding:16px 24px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f1c/octavo.png" alt="Octavo Research Group" height="32" style="border:0;"></td></tr>
<tr><td style="padding:24px;">
<p>Hello Chiamaka,</p>
<p>Thank you for applying for the <b>Clinical Trial Assistant &ndash; Phase I Unit</b> position at Octavo Research Group in Birmingham.</p>
<p>After careful review, we regret to inform you that we will not be moving forward with your application at this time.</p>
<p>We wish you every success in your search.</p>
<p>Octavo Research Group<br>Recruitment Team</p>
</td></tr>
<tr><td style="padding:12px 24px;background:#f7f7f7;font-size:11px;color:#888;">
Octavo Research Group Ltd, 9 Brindleyplace, Birmingham B1 2HS. Registered in England No. 08814457.<br>
Powered by <a href="https://www.smartrecruiters.com/?utm_source=email&amp;utm_medium=candidate" style="color:#888;">SmartRecruiters</a> &middot; <a href="https://my.smartrecruiters.com/privacy-settings" style="color:#888;">Manage your data</a>
</td></tr></table></center>
<img src="https://email.smartrecruiters.com/o/eyJ1IjoiYzE5" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "university_after_interview_feedback", "company": "Oxmoor Clinical Trials Unit",
    "contact": "fergus.lyle@oxmoor.example.ac.uk", "language": "en",
    "sender": ("Fergus Lyle", "fergus.lyle@oxmoor.example.ac.uk"),
    "subject": "Trial Coordinator interview – outcome",
    "date": "2026-05-06 16:44:09 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Chiamaka,

Thank you for your patience after the interview on 28 April, which I know was itself a rescheduled date.

The panel met again on Monday and I'm sorry to let you know that we won't be offering you the Trial Coordinator post on this occasion. We appointed a candidate who has coordinated a multi-centre surgical trial before, and with our two largest studies opening in June that experience tipped the balance.

I did want to give you some proper feedback, since you asked for it at the end:

- Your presentation on improving recall for the periodontal cohort was the best-structured of the day.
- You were clearly at ease with patients and with consent, which is not a given.
- Where you were less strong was on regulatory documents: the panel would have liked to hear more about essential documents, the trial master file and what happens at a sponsor audit. The NIHR learning site has a good free module on this.

I would genuinely encourage you to apply to us again. We usually advertise Trial Assistant posts in the autumn, and those would be a natural stepping stone.

With best wishes,

Fergus

Dr Fergus Lyle | Senior Trial Manager
Oxmoor Clinical Trials Unit
Nuffield Department of Surgical Sciences, University of Oxmoor
Botnar Building, Windmill Road, Oxford OX3 7LD
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "taleo_subject_update", "company": "Aurelis Pharma", "contact": "", "language": "en",
    "sender": ("Careers at Aurelis Pharma", "aurelis@taleo.net"),
    "subject": "Update",
    "date": "2026-07-14 07:01:12 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Candidate,

Thank you for your interest in Aurelis Pharma.

After reviewing your application for Job Number 2600417 - Clinical Trial Associate (Birmingham), we regret that we are unable to offer you an interview on this occasion.

Your profile will remain in our database and you may be contacted should a suitable opportunity arise.

Sincerely,

Aurelis Pharma Human Resources

*** This is an automated message. Replies to this address are not read. ***
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "outlook_chain_with_invite_words", "company": "Smile Harbour Dental Group",
    "contact": "nadia.sharif@smileharbour.example.co.uk", "language": "en",
    "sender": ("Nadia Sharif", "nadia.sharif@smileharbour.example.co.uk"),
    "subject": "RE: your application",
    "date": "2026-02-26 17:33:48 +0000", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "in_reply_to": "<AM9PR01MB7348C2A1F40E4D2B9C44A1E2BE12A@AM9PR01MB7348.eurprd01.prod.outlook.example.com>",
    "text": """Hi Chiamaka,

Sorry for the slow reply. I've checked with our clinical lead and we won't be taking your application further for the Treatment Coordinator post – we need someone who can start before Easter and your notice period rules that out.

Thanks for your interest in Smile Harbour.

Nadia

Nadia Sharif
HR Advisor
Smile Harbour Dental Group
Harbourside House, Canons Way, Bristol BS1 5LL

-----Original Message-----
From: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Sent: Monday, February 23, 2026 7:58 PM
To: Nadia Sharif <nadia.sharif@smileharbour.example.co.uk>
Subject: your application

Hi Nadia,

Dean from your Cabot Circus practice mentioned on the phone that you'd like to invite me for an interview the week of 9 March. I haven't received anything yet so I just wanted to check you have my right email address.

Many thanks,
Chiamaka

-----Original Message-----
From: Dean Fowler <dean.fowler@smileharbour.example.co.uk>
Sent: Friday, February 20, 2026 1:12 PM
To: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Subject: Treatment Coordinator

Great to chat earlier. We'd love to invite you in for an interview - HR will be in touch with dates.
Dean
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "lever_talent_pool", "company": "Toothwise", "contact": "", "language": "en",
    "sender": ("Toothwise", "no-reply@hire.lever.co"),
    "subject": "Your application to Toothwise",
    "date": "2026-03-02 18:25:10 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hey Chiamaka,

Thanks so much for your interest in the Clinical Research Associate (Dental AI) role at Toothwise.

After a lot of thought we've decided not to move forward with your application right now. We know that's not the news you were hoping for.

We'll keep your details in our talent pool for 12 months and get in touch if something opens up that looks like a better match. You can withdraw your consent at any time.

Cheers,
Team Toothwise

--
Toothwise is a trading name of Dentiq Health Ltd, registered in England No 13577201, 1 Long Lane, London SE1 4PG.
""",
    "html": """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#0f172a;font-size:15px;line-height:24px;">
<div style="max-width:540px;margin:0 auto;padding:24px;">
<img src="https://lever-client-logos.s3.amazonaws.com/toothwise-logo.png" alt="Toothwise" width="120" style="margin-bottom:16px;">
<p>Hey Chiamaka,</p>
<p>Thanks so much for your interest in the <strong>Clinical Research Associate (Dental AI)</strong> role at Toothwise.</p>
<p>After a lot of thought we&#x27;ve decided not to move forward with your application right now. We know that&#x27;s not the news you were hoping for.</p>
<p>We&#x27;ll keep your details in our talent pool for 12 months and get in touch if something opens up that looks like a better match. You can <a href="https://jobs.lever.co/toothwise/consent/withdraw?c=7e1f">withdraw your consent</a> at any time.</p>
<p>Cheers,<br>Team Toothwise</p>
<hr style="border:none;border-top:1px solid #e2e8f0;">
<p style="font-size:11px;color:#64748b;">Toothwise is a trading name of Dentiq Health Ltd, registered in England No 13577201, 1 Long Lane, London SE1 4PG.</p>
</div></body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "nhs_portal_not_shortlisted",
    "company": "Severn Vale University Hospitals NHS Foundation Trust", "contact": "", "language": "en",
    "sender": ("HealthJobs Portal", "no-reply@healthjobs.example.nhs.uk"),
    "subject": "Application update: 301-RN-2419 Research Nurse",
    "date": "2026-01-28 12:00:03 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Chiamaka Ross-Bellamy

Job reference: 301-RN-2419
Job title: Research Nurse (Oral Health), Band 5
Employer: Severn Vale University Hospitals NHS Foundation Trust

Severn Vale University Hospitals NHS Foundation Trust has reviewed your application for the above post.

Unfortunately, on this occasion you have not been shortlisted for interview.

The recruiting manager has added the following comment:
"Essential criterion 2 (NMC registration) not met."

You can view this application and search for other jobs by signing in to your HealthJobs account.

This is an automated email. Please do not reply.

HealthJobs Portal
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "charity_shortlisting_warm", "company": "Mouth Cancer Research Trust",
    "contact": "amara.quist@mcrt.example.org.uk", "language": "en",
    "sender": ("Amara Quist", "amara.quist@mcrt.example.org.uk"),
    "subject": "Research Projects Officer",
    "date": "2026-03-23 11:19:56 +0000", "structure": "plain", "charset": "windows-1252", "cte": "base64",
    "text": """Dear Chiamaka,

Thank you so much for applying to be our Research Projects Officer, and for the care you obviously put into your supporting statement – the story about the patient you helped get an urgent referral really stayed with the panel.

We had 94 applications for this post, and I'm sorry to tell you that we've now completed shortlisting and won't be inviting you to interview. The panel felt the role needed someone with more experience of grant administration and working with funding committees.

I know that's disappointing. Please do keep an eye on our website; we're hoping to recruit a Patient Involvement Coordinator later in the year, and your background would be very relevant to that.

Warm wishes,

Amara

Amara Quist (she/her)
People & Culture Lead
Mouth Cancer Research Trust
2nd Floor, 8 Tavistock Square, London WC1H 9JP
Registered charity in England and Wales (1187734)
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "teamtailor_after_video_irish", "company": "Liffey smile clinics",
    "contact": "siobhan.keane@liffeysmile.example.ie", "language": "en",
    "sender": ("Liffey smile clinics", "noreply@teamtailor-mail.com"),
    "reply_to": ("Siobhán Keane", "siobhan.keane@liffeysmile.example.ie"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "Clinical Research Coordinator - Liffey smile clinics",
    "date": "2026-08-12 15:36:21 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta name="viewport" content="width=device-width"></head>
<body style="background:#f6f3ee;margin:0;">
<table role="presentation" width="100%" style="background:#f6f3ee;"><tr><td align="center">
<table role="presentation" width="580" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333;margin:20px 0;">
<tr><td style="padding:22px 30px 0;"><img src="https://assets.teamtailor-cdn.com/images/s3/teamtailor-production/logo/liffey.png" alt="Liffey smile clinics" width="140"></td></tr>
<tr><td style="padding:18px 30px 26px;">
<p>Hi Chiamaka,</p>
<p>Thanks a million for taking the time to do the video interview with myself and Dr Brennan last Wednesday. We really enjoyed the chat, especially hearing about the oral cancer screening clinic you helped set up in Bristol.</p>
<p>I&rsquo;m sorry to say that after a lot of back and forth we&rsquo;ve decided to go with another candidate for the Clinical Research Coordinator role. She&rsquo;s already based in Dublin and has worked on two of the trials we&rsquo;re running, so she can hit the ground running in September.</p>
<p>Please don&rsquo;t let it put you off &ndash; if you do make the move over, give me a shout.</p>
<p>All the best,<br>Siobh&aacute;n</p>
<p style="font-size:13px;color:#777;">Siobh&aacute;n Keane<br>Clinical Operations Manager<br>Liffey smile clinics &middot; 41 Ormond Quay Upper, Dublin 7</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:11px;color:#999;border-top:1px solid #eee;">Sent via Teamtailor &middot; <a href="https://liffeysmile.teamtailor.com/connect/unsubscribe?token=ab3f" style="color:#999;">Stop receiving emails</a></td></tr>
</table></td></tr></table>
<img src="https://tracking.teamtailor-mail.com/o/7Xk2Qp.gif" width="1" height="1" alt="">
</body></html>
""",
})

# --- French --------------------------------------------------------------------------------

MESSAGES.append({
    "kind": "rejection", "scenario": "fr_successfactors_vous", "company": "Laboratoires Vernay", "contact": "", "language": "fr",
    "sender": ("Laboratoires Vernay - Recrutement", "noreply@vernay.successfactors.eu"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "Votre candidature au poste de Chargé(e) d'études cliniques (réf. 4471)",
    "date": "2026-04-14 10:30:00 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333;">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://performancemanager5.successfactors.eu/doc/custom/VERNAY/logo_vernay.gif" alt="Laboratoires Vernay" width="200" height="50"></td></tr>
<tr><td style="padding:20px 0;">
<p>Madame,</p>
<p>Nous vous remercions de l'intérêt que vous portez aux Laboratoires Vernay et de votre candidature au poste de <b>Chargé(e) d'études cliniques</b> (réf. 4471), basé à Suresnes.</p>
<p>Après un examen attentif de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour ce poste. Ce choix ne remet pas en cause la qualité de votre parcours.</p>
<p>Nous conservons vos coordonnées dans notre vivier de candidats pour une durée de deux ans, sauf opposition de votre part.</p>
<p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>La Direction des Ressources Humaines<br>Laboratoires Vernay</p>
</td></tr>
<tr><td style="border-top:1px solid #ccc;padding-top:8px;font-size:10px;color:#888;">
Ce message est généré automatiquement, merci de ne pas y répondre.<br>
Laboratoires Vernay SA au capital de 12 400 000 EUR - 18 quai Gallieni, 92150 Suresnes - RCS Nanterre 552 041 887<br>
<a href="https://career5.successfactors.eu/career?company=VERNAY&amp;career_ns=privacy">Politique de confidentialité</a></td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "fr_chasseur_client_anonyme", "company": "Cabinet Aubrac Conseil",
    "contact": "s.marchetti@aubrac-conseil.example.fr", "language": "fr",
    "sender": ("Sophie Marchetti", "s.marchetti@aubrac-conseil.example.fr"),
    "subject": "RE: Relance - mission CRA Paris",
    "date": "2026-05-19 18:02:14 +0200", "in_reply_to": "<CAKs9v2+Rl4a@mail.example.co.uk>", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Bonjour Chiamaka,

Je reviens vers vous concernant la mission de Clinical Research Associate que je vous avais présentée le mois dernier.

Mon client a fait le choix de poursuivre avec des profils disposant déjà d'une expérience de monitoring sur site en France, et ne souhaite donc pas donner suite à votre candidature. Je suis sincèrement désolée, d'autant que votre double culture franco-britannique avait été remarquée.

Je ne manquerai pas de revenir vers vous si une mission de TEC ou de coordination d'études se présente, ce qui me semblerait une très bonne porte d'entrée.

Belle soirée,

Sophie Marchetti
Consultante senior Santé & Life Sciences
Cabinet Aubrac Conseil
12 rue de la Pépinière, 75008 Paris
01 84 88 12 40

De : Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Envoyé : mardi 5 mai 2026 09:40
À : Sophie Marchetti <s.marchetti@aubrac-conseil.example.fr>
Objet : Relance - mission CRA Paris

Bonjour Sophie,

Je me permets de revenir vers vous au sujet de la mission de Clinical Research Associate dont nous avions parlé le 14 avril. Avez-vous eu un retour de votre client ?

Je reste très motivée par ce poste et je suis disponible pour un entretien, à Paris ou en visio, dès que cela les arrange.

Bien cordialement,
Chiamaka Ross-Bellamy
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "fr_apres_entretien_iphone", "company": "Clinéa Recherche",
    "contact": "camille.dufresne@clinea-recherche.example.fr", "language": "fr",
    "sender": ("Camille Dufresne", "camille.dufresne@clinea-recherche.example.fr"),
    "subject": "Re: Entretien ARC junior – 12 mars",
    "date": "2026-03-20 08:51:37 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<CAKs9v2+Yq8a@mail.example.co.uk>",
    "references": ["<5e2d8c1a.clinea-i16@clinea-recherche.example.fr>", "<CAKs9v2+Yq8a@mail.example.co.uk>"],
    "text": """Bonjour Chiamaka,

Merci encore pour l'échange du 12 mars avec Julien et moi-même.

Malheureusement nous avons retenu un profil qui a déjà une première expérience d'ARC chez un promoteur, ce qui correspond mieux aux besoins immédiats de l'équipe. Votre parcours est atypique et vraiment intéressant : n'hésitez pas à postuler de nouveau sur nos prochaines offres de TEC.

Bien cordialement,
Camille

Envoyé de mon iPhone

> Le 10 mars 2026 à 11:02, Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk> a écrit :
>
> Bonjour Camille,
>
> Je vous confirme avec plaisir ma présence à l'entretien du jeudi 12 mars à 14h30 dans vos locaux.
>
> Bien à vous,
> Chiamaka
>
>> Le 6 mars 2026 à 16:40, Camille Dufresne <camille.dufresne@clinea-recherche.example.fr> a écrit :
>>
>> Nous devons malheureusement décaler votre entretien au jeudi 12 mars, 14h30. Merci de me confirmer.
>>
>> Camille Dufresne
>> Chargée de recrutement | Clinéa Recherche SAS
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "fr_plateforme_tutoiement", "company": "Kliniq", "contact": "", "language": "fr",
    "sender": ("Jungle Emploi", "notifications@jungle-emploi.example.fr"),
    "subject": "Ta candidature chez Kliniq",
    "date": "2026-04-24 13:12:45 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.jungle-emploi.example.fr/desabonnement?u=c2h5&t=statut>"},
    "html": """<!doctype html><html lang="fr"><body style="margin:0;background:#fff8ec;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 12px;">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;line-height:23px;color:#222;">
<tr><td style="padding:20px 28px;background:#ffcd00;"><img src="https://cdn.jungle-emploi.example.fr/mail/logo-jungle.png" alt="Jungle Emploi" width="130"></td></tr>
<tr><td style="padding:26px 28px;">
<p>Salut Chiamaka,</p>
<p>L'équipe de <b>Kliniq</b> a étudié ta candidature pour le poste de <b>Coordinatrice / Coordinateur de recherche clinique (H/F)</b> et a décidé de ne pas y donner suite.</p>
<p>On sait que ce n'est jamais agréable à lire. Garde en tête qu'un recruteur reçoit en moyenne plus de 80 candidatures par offre : ce n'est pas un jugement sur toi.</p>
<p style="margin-top:22px;font-weight:bold;">D'autres offres qui pourraient te plaire</p>
<ul style="padding-left:18px;">
<li><a href="https://www.jungle-emploi.example.fr/r/3f9a?utm_source=mail&amp;utm_campaign=statut_refus">Assistante de recherche clinique &ndash; Hôpital privé, Paris 14e</a></li>
<li><a href="https://www.jungle-emploi.example.fr/r/41c2?utm_source=mail&amp;utm_campaign=statut_refus">Technicien(ne) d'études cliniques &ndash; CRO, Lyon</a></li>
</ul>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;background:#fafafa;">Tu reçois cet e-mail car tu as postulé via Jungle Emploi. <a href="https://www.jungle-emploi.example.fr/desabonnement?u=c2h5&amp;t=statut" style="color:#999;">Se désabonner</a><br>Jungle Emploi SAS, 29 rue de Cléry, 75002 Paris</td></tr>
</table></td></tr></table>
<img src="https://t.jungle-emploi.example.fr/open/8d1c.png" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "fr_poste_gele_financement", "company": "Fondation Sourire Santé",
    "contact": "h.garnier@sourire-sante.example.org", "language": "fr",
    "sender": ("Hélène Garnier", "h.garnier@sourire-sante.example.org"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "Votre candidature - Chargée de projets recherche",
    "date": "2026-03-27 15:20:00 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "text": """Madame,

Nous revenons vers vous au sujet de votre candidature au poste de chargée de projets recherche, pour lequel vous aviez reçu notre accusé de réception en février.

En raison de la non-reconduction d'un financement privé, notre conseil d'administration a décidé de geler ce poste jusqu'à nouvel ordre. Nous ne donnerons donc pas suite à ce recrutement et clôturons le processus pour l'ensemble des candidats.

Nous sommes conscients du temps que vous avez consacré à votre dossier et vous prions de nous excuser pour ce contretemps.

Nous vous prions d'agréer, Madame, nos salutations les meilleures.

Hélène Garnier
Responsable administrative et RH
Fondation Sourire Santé - reconnue d'utilité publique
27 rue Oberkampf, 75011 Paris
""",
})

# --- Spanish -------------------------------------------------------------------------------

MESSAGES.append({
    "kind": "rejection", "scenario": "es_usted_buzon_sin_respuesta", "company": "Grifalt Laboratorios", "contact": "", "language": "es",
    "sender": ("Grifalt Laboratorios - Selección", "seleccion@grifalt.example.es"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "Proceso de selección: Técnico/a de Ensayos Clínicos",
    "date": "2026-05-20 12:05:48 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#303030;">
<table width="600" border="0" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:4px solid #b3001b;padding-bottom:10px;"><img src="https://www.grifalt.example.es/img/mail/cabecera.jpg" alt="Grifalt Laboratorios" width="240"></td></tr>
<tr><td style="padding:18px 0;">
<p>Estimada Sra. Ross-Bellamy:</p>
<p>Le agradecemos sinceramente el interés mostrado por formar parte de Grifalt Laboratorios y su participación en el proceso de selección para el puesto de <b>Técnico/a de Ensayos Clínicos</b> en nuestra sede de Sant Cugat del Vallès.</p>
<p>Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas recibidas, no ha sido seleccionada para continuar en el proceso.</p>
<p>Conservaremos su currículum en nuestra base de datos para futuras vacantes que se ajusten a su perfil.</p>
<p>Reciba un cordial saludo,</p>
<p>Departamento de Personas y Cultura<br>Grifalt Laboratorios</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;border-top:1px solid #ddd;padding-top:8px;">Este correo se ha enviado desde una dirección que no admite respuestas.<br>
Grifalt Laboratorios, S.A. - Av. de la Generalitat 152, 08174 Sant Cugat del Vallès (Barcelona) - CIF A-08123456.<br>
En cumplimiento del RGPD, puede ejercer sus derechos escribiendo a <a href="mailto:privacidad@grifalt.example.es">privacidad@grifalt.example.es</a>.</td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "es_workable_tuteo_tras_entrevista", "company": "Mediloop",
    "contact": "marta@mediloop.example.es", "language": "es",
    "sender": ("Mediloop", "noreply@candidates.workablemail.com"),
    "reply_to": ("Marta Soler", "marta@mediloop.example.es"),
    "subject": "Tu candidatura en Mediloop",
    "date": "2026-07-08 19:14:02 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Chiamaka:

Gracias por la entrevista del martes con Pau y conmigo, de verdad que lo pasamos bien.

Te escribo para contarte que al final hemos decidido seguir con otra persona para el puesto de Clinical Operations Associate. Buscábamos a alguien que ya atendiera a pacientes en catalán y eso ha pesado mucho en la decisión.

Nos ha encantado conocerte y nos gustaría seguir en contacto. Si tienes cualquier duda, contesta a este correo y me llega directamente.

Un abrazo,
Marta Soler
Head of People · Mediloop
Carrer de Pujades 77, 08005 Barcelona
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#222;">
<p>Hola Chiamaka:</p>
<p>Gracias por la entrevista del martes con Pau y conmigo, de verdad que lo pasamos bien.</p>
<p>Te escribo para contarte que al final hemos decidido seguir con otra persona para el puesto de <b>Clinical Operations Associate</b>. Buscábamos a alguien que ya atendiera a pacientes en catalán y eso ha pesado mucho en la decisión.</p>
<p>Nos ha encantado conocerte y nos gustaría seguir en contacto. Si tienes cualquier duda, contesta a este correo y me llega directamente.</p>
<p>Un abrazo,<br>Marta Soler<br><span style="color:#888;">Head of People &middot; Mediloop<br>Carrer de Pujades 77, 08005 Barcelona</span></p>
<p style="font-size:11px;color:#aaa;">Enviado con <a href="https://www.workable.com/?utm_source=candidate_email" style="color:#aaa;">Workable</a></p>
</div>
<img src="https://email.workablemail.com/o/eJxNjD0O" width="1" height="1" alt="">
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "es_agencia_sin_tildes", "company": "Clinica Dental Diagonal",
    "contact": "raul.ibanez@carreratalento.example.es", "language": "es",
    "sender": ("Raul Ibanez", "raul.ibanez@carreratalento.example.es"),
    "subject": "clinica diagonal",
    "date": "2026-07-28 13:48:30 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Chiamaka

te escribo rapido porque estoy entre reuniones. La Clinica Dental Diagonal me ha dicho que no siguen contigo en el proceso. Despues de lo del dia 16 ya habian visto a las otras dos candidatas y han elegido a una de ellas para empezar en septiembre.

Lo siento mucho, de verdad. Si sale algo mas en Barcelona te aviso el primero

Raul

Raul Ibanez
Consultor Salud | Carrera Talento Salud
Gran Via de les Corts Catalanes 612, Barcelona
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "es_tras_entrevista_outlook", "company": "Ensayos Mediterráneo",
    "contact": "ncastells@ensayosmed.example.es", "language": "es",
    "sender": ("Nuria Castells Prat", "ncastells@ensayosmed.example.es"),
    "subject": "RE: Entrevista puesto Coordinador/a de Estudios",
    "date": "2026-09-01 10:22:19 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "in_reply_to": "<VI1PR08MB4455A0E2F8C1D2A3B4C5D6E7F8A9B@VI1PR08MB4455.eurprd08.prod.outlook.example.com>",
    "text": """Estimada Sra. Ross-Bellamy:

Le agradecemos el tiempo dedicado a la entrevista del pasado 27 de agosto.

Tras valorar todas las candidaturas finalistas, lamentamos comunicarle que hemos seleccionado a otra persona cuyo perfil se ajusta más a los requisitos del puesto, en particular en lo relativo a la gestión de comités de ética en España.

Le deseamos mucha suerte en su búsqueda profesional.

Atentamente,

Nuria Castells Prat
Responsable de Personas
Ensayos Mediterráneo, S.L.
C/ de Pallars 193, 08005 Barcelona
Inscrita en el Registro Mercantil de Barcelona, Tomo 45.112, Folio 88, Hoja B-401223

De: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Enviado: jueves, 27 de agosto de 2026 18:40
Para: Nuria Castells Prat <ncastells@ensayosmed.example.es>
Asunto: Entrevista puesto Coordinador/a de Estudios

Estimada Nuria:

Muchas gracias por la entrevista de esta mañana, y disculpe de nuevo que la primera fecha se tuviera que cancelar. Me ha encantado conocer al equipo y sigo muy interesada en el puesto.

Un saludo cordial,
Chiamaka Ross-Bellamy
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "es_plataforma_descartada", "company": "Fundación Salud Bucal Catalunya", "contact": "", "language": "es",
    "sender": ("TrabajoYa", "notificaciones@trabajoya.example.es"),
    "subject": "Actualización de tu candidatura: Técnico/a de proyectos de salud bucodental",
    "date": "2026-09-28 09:40:12 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": {"List-Unsubscribe": "<mailto:baja@trabajoya.example.es?subject=estado>"},
    "html": """<html><body style="margin:0;background:#eef3f8;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2d3a4a;">
<tr><td style="padding:18px 24px;background:#0a66c2;"><img src="https://static.trabajoya.example.es/mail/logo_blanco.png" alt="TrabajoYa" height="26"></td></tr>
<tr><td style="padding:24px;">
<p style="font-size:18px;font-weight:bold;margin:0 0 12px;">El estado de tu candidatura ha cambiado</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #dbe3ec;width:100%;font-size:14px;">
<tr><td style="color:#6b7a8c;width:35%;">Oferta</td><td>Técnico/a de proyectos de salud bucodental</td></tr>
<tr><td style="color:#6b7a8c;">Empresa</td><td>Fundación Salud Bucal Catalunya</td></tr>
<tr><td style="color:#6b7a8c;">Estado</td><td><span style="background:#fde8e8;color:#b42318;padding:2px 8px;border-radius:10px;">Descartada</span></td></tr>
</table>
<p>Fundación Salud Bucal Catalunya ha revisado tu candidatura y ha decidido no continuar con ella en este proceso.</p>
<p>¡Ánimo! Hay 214 ofertas nuevas de tu sector esta semana.</p>
<p><a href="https://www.trabajoya.example.es/ofertas?sector=sanidad&amp;utm_source=estado" style="background:#0a66c2;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">Ver ofertas</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8896a6;background:#f6f8fa;">Has recibido este mensaje porque tienes una candidatura activa en TrabajoYa. <a href="https://www.trabajoya.example.es/cuenta/notificaciones" style="color:#8896a6;">Gestionar notificaciones</a><br>TrabajoYa Servicios Digitales, S.L. · Calle de Orense 34, 28020 Madrid</td></tr>
</table>
<img src="https://click.trabajoya.example.es/open?id=77aa1" width="1" height="1" alt="">
</body></html>
""",
})

# --- German --------------------------------------------------------------------------------

MESSAGES.append({
    "kind": "rejection", "scenario": "de_personio_sie", "company": "Lindqvist Klinische Forschung", "contact": "", "language": "de",
    "sender": ("Lindqvist Klinische Forschung GmbH", "jobs-noreply@lindqvist-kf.jobs.personio.de"),
    "subject": "Ihre Bewerbung als Clinical Trial Coordinator (m/w/d) – London",
    "date": "2026-03-11 09:12:40 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;background:#f5f5f5;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px 30px;"><img src="https://lindqvist-kf.jobs.personio.de/assets/logo.png" alt="Lindqvist Klinische Forschung" width="180"></td></tr>
<tr><td style="padding:0 30px 20px;line-height:21px;">
<p>Sehr geehrte Frau Ross-Bellamy,</p>
<p>vielen Dank für Ihr Interesse an der Position <strong>Clinical Trial Coordinator (m/w/d)</strong> an unserem Standort London und für die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil unseren aktuellen Anforderungen noch besser entspricht.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr People-Team<br>Lindqvist Klinische Forschung</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#fafafa;font-size:10px;color:#999;line-height:15px;">
Lindqvist Klinische Forschung GmbH · Leopoldstraße 144 · 80804 München<br>
Geschäftsführer: Dr. Henrik Lindqvist, Petra Aumüller · Amtsgericht München HRB 219874<br>
Diese E-Mail wurde automatisch versendet. <a href="https://lindqvist-kf.jobs.personio.de/privacy-policy" style="color:#999;">Datenschutzerklärung</a>
</td></tr></table></td></tr></table>
</body></html>
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "de_gruender_duzen", "company": "Zahnwerk Digital",
    "contact": "jonas@zahnwerk-digital.example.com", "language": "de",
    "sender": ("Jonas Reuter", "jonas@zahnwerk-digital.example.com"),
    "subject": "Re: Kennenlernen Clinical Affairs",
    "date": "2026-05-06 21:03:55 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<CAF1x9+Qp2a7@mail.example.co.uk>",
    "references": ["<7c4e2a90.zahnwerk-i26@zahnwerk-digital.example.com>", "<CAF1x9+Qp2a7@mail.example.co.uk>"],
    "text": """Hi Chiamaka,

danke dir nochmal für das Gespräch letzte Woche, hat echt Spaß gemacht!

Wir haben lange hin und her überlegt, uns am Ende aber für jemanden entschieden, der schon Erfahrung mit klinischen Prüfungen nach MDR mitbringt – das brauchen wir für die Zulassung leider sofort. Ich weiß, das ist ärgerlich, gerade nach dem Aufwand mit der Fallstudie.

Wenn wir nächstes Jahr das Londoner Team vergrößern, melde ich mich gern bei dir.

Viele Grüße aus Berlin
Jonas

--
Jonas Reuter | Gründer & CEO | Zahnwerk Digital
Zahnwerk Digital GmbH · Oranienstraße 183 · 10999 Berlin
Geschäftsführer: Jonas Reuter, Mei Lin Hartmann · HRB 231557 B
""",
})

MESSAGES.append({
    "kind": "rejection", "scenario": "de_personalberatung_mandant", "company": "Hartwig Dental Systeme",
    "contact": "k.woelfel@kaiser-lenz.example.de", "language": "de",
    "sender": ("Dr. Katrin Wölfel", "k.woelfel@kaiser-lenz.example.de"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "Rückmeldung Hartwig Dental Systeme",
    "date": "2026-07-02 11:27:03 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "in_reply_to": "<CAM3k8PzR4b@mail.example.co.uk>",
    "text": """Sehr geehrte Frau Ross-Bellamy,

nach Ihrem Gespräch mit Herrn Brandl am 24. Juni hat sich die Hartwig Dental Systeme GmbH nun entschieden, den Prozess mit einer anderen Kandidatin fortzusetzen. Ausschlaggebend war deren mehrjährige Erfahrung mit Anwenderstudien für Intraoralscanner.

Herr Brandl hat ausdrücklich betont, wie gut ihm Ihre Art im Umgang mit Patienten gefallen hat. Ich würde Sie gern für weitere Mandate im Bereich Clinical Affairs in London und Dublin vormerken, sofern Sie einverstanden sind.

Mit freundlichen Grüßen

Dr. Katrin Wölfel
Partnerin
Kaiser & Lenz Personalberatung GmbH
Königsallee 60, 40212 Düsseldorf
Tel. +49 211 5589 3310
Geschäftsführer: Matthias Kaiser, Dr. Ulrike Lenz · Amtsgericht Düsseldorf HRB 88412

Am 25.06.2026 um 08:47 schrieb Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>:
> Dear Dr Wölfel,
>
> Thank you for arranging yesterday's interview with Mr Brandl. I really enjoyed it and I am
> very keen on the role; I hope to hear good news soon.
>
> Best regards,
> Chiamaka
""",
})
