"""Interview invitations (26), reschedules and cancellations (15) and missed-interview notices
(10), each written for its own sender. Threads continue in msgs121_rejections and msgs121_acks."""

from __future__ import annotations

from msgs121_common import gmail_html, quote

MESSAGES: list[dict] = []

# Message-IDs that later messages of the same story answer or quote.
MID_MERIDIAN_INVITE = "<gh.5b0e7c1f2a93.20260202@greenhouse-mail.io>"
MID_SVUH_INVITE = "<LO2P265MB31204C7E9A1BB5DC0A2F@LO2P265MB3120.GBRP265.PROD.OUTLOOK.example.nhs.uk>"
MID_CVD_INVITE = "<8B0E4D12-77AF-4C1B-A0F3-3B2C5D9E1F07@cliftonvillagedental.example.co.uk>"
MID_BAYFIELD_INVITE = "<PA4P190MB1206A3D2@PA4P190MB1206.EURP190.PROD.OUTLOOK.example.co.uk>"
MID_MERCIA_INVITE = "<20260603142207.EIOH0412.recruitment@mercia.example.ac.uk>"
MID_TVUHB_INVITE = "<CWLP123MB5540B1E9E3C1@CWLP123MB5540.GBRP123.PROD.OUTLOOK.example.nhs.uk>"
MID_SAENGER_INVITE = "<DU0PR10MB6119E2AF4C0D@DU0PR10MB6119.EURPRD10.PROD.OUTLOOK.example.com>"
MID_ARDENT_INVITE = "<CAN7hQ3t-b0w1@ardenthale.example.co.uk>"
MID_OXMOOR_INVITE = "<0000000000004f9c2a0611c7e5b3@google.com>"
MID_VERITRIAL_INVITE = "<1923084761.44120.1778490000@myworkday.com>"
MID_CLINEA_INVITE = "<5e2d8c1a.clinea-i16@clinea-recherche.example.fr>"
MID_CDRG_INVITE = "<a81f30c2-6b44-4e1d-9f0a-cdrg0902@centredentaire-rivegauche.example.fr>"
MID_BIOCEANE_INVITE = "<000f01dae4a1$7c2b0e60$74812b20$@aubrac-conseil.example.fr>"
MID_IRCB_INVITE = "<AM0PR06MB6433F0C1D2E3@AM0PR06MB6433.eurprd06.prod.outlook.example.es>"
MID_DIAGONAL_INVITE = "<CAB2r0a7Vq+diag13@carreratalento.example.es>"
MID_ENSAYOS_INVITE = "<VI1PR08MB4455B7C2D1E0@VI1PR08MB4455.eurprd08.prod.outlook.example.com>"
MID_BIOVALIS_INVITE = "<sg.inv.88213.20260820@softgarden.io>"
MID_HARTWIG_INVITE = "<000601dad9f4$1a2b3c4d$5e6f7a8b$@kaiser-lenz.example.de>"
MID_ZAHNWERK_INVITE = "<7c4e2a90.zahnwerk-i26@zahnwerk-digital.example.com>"

SVUH_UID = "040000008200E00074C5B7101A82E00800000000D07C5E9A1BB5DC01000000000000000010000000" \
           "4F2A8C61E93D7B4C9A2E15D6C8B3F7A0"
OXMOOR_UID = "4q8m1v0c7k2n9p3r5t6s1u2w3y@google.com"

# =============================================================================================
# Interview invitations
# =============================================================================================

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "greenhouse_panel_slots", "company": "Meridian Clinical Research",
    "contact": "priya.raman@meridiancr.example.com", "language": "en",
    "sender": ("Meridian Clinical Research via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Priya Raman", "priya.raman@meridiancr.example.com"),
    "subject": "Interview invitation: Clinical Research Associate I",
    "date": "2026-02-02 14:05:12 +0000", "msgid": MID_MERIDIAN_INVITE,
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Thanks for applying to Meridian Clinical Research. The hiring team has reviewed your application for the Clinical Research Associate I role and would like to invite you to a panel interview.

Format: in person, 60 minutes, at our London office (30 Finsbury Square, EC2A 1AG)
Panel: Daniel Achterberg (Clinical Operations Manager), Farah Siddiqui (Lead CRA) and me
What to expect: a conversation about your experience, then a short case exercise on a site visit report. No preparation needed.

Please choose a time that suits you from the slots on Thursday 12 February here:
https://app.greenhouse.io/scheduling/candidate/5b0e7c1f2a93?utm_source=email

If none of them work, just reply and I'll find an alternative.

Best,
Priya Raman
Talent Partner, Meridian Clinical Research
""",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#222;">
<p>Hi Chiamaka,</p>
<p>Thanks for applying to Meridian Clinical Research. The hiring team has reviewed your application for the <b>Clinical Research Associate I</b> role and would like to invite you to a panel interview.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;">
<tr><td style="color:#666;">Format</td><td>In person, 60 minutes, at our London office (30 Finsbury Square, EC2A 1AG)</td></tr>
<tr><td style="color:#666;">Panel</td><td>Daniel Achterberg (Clinical Operations Manager), Farah Siddiqui (Lead CRA) and me</td></tr>
<tr><td style="color:#666;">What to expect</td><td>A conversation about your experience, then a short case exercise on a site visit report. No preparation needed.</td></tr>
</table>
<p><a href="https://links.greenhouse-mail.io/ls/click?upn=u001.aHR0cHM6Ly9hcHAuZ3JlZW5ob3VzZS5pby9zY2hlZHVsaW5n-2F5b0e7c1f2a93" style="display:inline-block;background:#24a47f;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Choose a time on Thursday 12 February</a></p>
<p>If none of them work, just reply and I&#39;ll find an alternative.</p>
<p>Best,<br>Priya Raman<br>Talent Partner, Meridian Clinical Research</p>
</div>
<img width="1" height="1" alt="" src="https://links.greenhouse-mail.io/o/eJwNyjEOgjAUBtCrkH9mMGFzcyQxcRFncSRERZ">
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "nhs_outlook_calendar_request",
    "company": "Severn Vale University Hospitals NHS Foundation Trust", "contact": "gemma.pike@svuh.example.nhs.uk", "language": "en",
    "sender": ("Pike Gemma (SVUH)", "gemma.pike@svuh.example.nhs.uk"),
    "subject": "Interview: Clinical Trials Assistant (Band 4) - Thu 26 Mar 10:00",
    "date": "2026-03-16 10:15:40 +0000", "msgid": MID_SVUH_INVITE,
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "calendar": {"method": "REQUEST", "uid": SVUH_UID, "sequence": 0, "stamp": "20260316T101500Z",
                  "start": "20260326T100000Z", "end": "20260326T110000Z",
                  "summary": "Interview: Clinical Trials Assistant (Band 4) - C Ross-Bellamy",
                  "location": "R&D Office\\, Level 2\\, Learning & Research Building\\, Severn Vale Hospital"},
    "text": """When: 26 March 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: R&D Office, Level 2, Learning & Research Building, Severn Vale Hospital

Dear Chiamaka,

Thank you for applying for the post of Clinical Trials Assistant (301-CTA-2466). I am pleased to invite you to an interview on Thursday 26 March at 10:00.

The panel will be Dr Anand Shah (Research Lead, Oral & Maxillofacial Surgery) and myself. The interview will last around 45 minutes and will include a short data-entry exercise on a laptop.

Please bring with you:
- photographic ID (passport or photocard driving licence)
- proof of your right to work in the UK
- original certificates for the qualifications on your application (including your GCP certificate)

Parking on site is very limited; the 72 bus stops outside the main entrance. Please report to the R&D reception on Level 2.

Could you accept the calendar invitation, or reply to this email, to confirm you can attend?

Kind regards,
Gemma

Gemma Pike
Research Operations Manager
Research & Innovation
Severn Vale University Hospitals NHS Foundation Trust
Tel: 0117 496 0155
""",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-GB">
<div style="font-family:Arial,sans-serif;font-size:11pt;">
<p><b>When:</b> 26 March 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.<br><b>Where:</b> R&amp;D Office, Level 2, Learning &amp; Research Building, Severn Vale Hospital</p>
<p style="color:#808080;">*~*~*~*~*~*~*~*~*~*</p>
<p>Dear Chiamaka,</p>
<p>Thank you for applying for the post of Clinical Trials Assistant (301-CTA-2466). I am pleased to invite you to an interview on <b>Thursday 26 March at 10:00</b>.</p>
<p>The panel will be Dr Anand Shah (Research Lead, Oral &amp; Maxillofacial Surgery) and myself. The interview will last around 45 minutes and will include a short data-entry exercise on a laptop.</p>
<p>Please bring with you:</p>
<ul><li>photographic ID (passport or photocard driving licence)</li><li>proof of your right to work in the UK</li><li>original certificates for the qualifications on your application (including your GCP certificate)</li></ul>
<p>Parking on site is very limited; the 72 bus stops outside the main entrance. Please report to the R&amp;D reception on Level 2.</p>
<p>Could you accept the calendar invitation, or reply to this email, to confirm you can attend?</p>
<p>Kind regards,<br>Gemma</p>
<p style="font-size:9pt;color:#005EB8;"><b>Gemma Pike</b><br>Research Operations Manager<br>Research &amp; Innovation<br>Severn Vale University Hospitals NHS Foundation Trust<br>Tel: 0117 496 0155</p>
</div></body></html>
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "terse_mobile_chat", "company": "Clifton Village Dental",
    "contact": "sam@cliftonvillagedental.example.co.uk", "language": "en",
    "sender": ("Sam Okonjo", "sam@cliftonvillagedental.example.co.uk"),
    "subject": "Re: Research nurse post",
    "date": "2026-03-03 07:48:02 +0000", "msgid": MID_CVD_INVITE,
    "in_reply_to": "<CAE4n+Tq0Wb2@mail.example.co.uk>",
    "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Hi Chiamaka - thanks for the CV. Can you come in for a chat/interview Thurs 5th at 2pm? We're at Clifton Village Dental, 14 Princess Victoria St, ring the top bell.

Sam

Sent from my iPhone

> On 1 Mar 2026, at 18:02, Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk> wrote:
>
> Dear Dr Okonjo,
>
> Please find attached my CV for the research dental nurse post advertised on the BDA jobs board.
>
> Kind regards,
> Chiamaka
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "agency_client_named_exclaim", "company": "Bayfield Biologics",
    "contact": "jess.whitlock@clinicaltalentpartners.example.co.uk", "language": "en",
    "sender": ("Jess Whitlock", "jess.whitlock@clinicaltalentpartners.example.co.uk"),
    "subject": "GREAT NEWS - Bayfield interview!!",
    "date": "2026-04-20 16:31:07 +0100", "msgid": MID_BAYFIELD_INVITE,
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Chiamaka!!

Bayfield Biologics loved your CV and they want to meet you!! So pleased for you.

Details:
1st stage interview – Tuesday 28th April, 11:00
Bayfield Biologics, Building 620, Aztec West, Almondsbury BS32 4RD
With Dr Lucy Garnett (Clinical Trials Manager) and Owen from HR
About an hour, competency questions plus some GCP / ICH basics. Smart-casual is fine.

Can you confirm by tomorrow lunchtime so I can lock it in? I'll give you a call on Monday to prep – they really like people who can talk about patient safety so use your examples from the practice!

Jess

Jess Whitlock
Senior Consultant – Clinical Research
Clinical Talent Partners
M: 07700 900731 | T: 020 7946 0852
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "agency_unnamed_caps", "company": "Dental Staff Direct",
    "contact": "kayleigh@dentalstaffdirect.example.co.uk", "language": "en",
    "sender": ("Kayleigh @ Dental Staff Direct", "kayleigh@dentalstaffdirect.example.co.uk"),
    "subject": "INTERVIEW CONFIRMED!!! Research Dental Nurse - Bath",
    "date": "2026-04-01 12:20:44 +0100",
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Hiya Chiamaka!!!

AMAZING news – they definately want you!! My client (a lovely busy private practice in central Bath that does commercial trials for whitening and implant companies) wants to see you!!!

YOUR INTERVIEW: Wednesday 8th April @ 12.30pm
Who: the practice owner + the lead research nurse
Where: I'll text you the address the day before, the client likes to keep things confidential until then!!

If it goes well they'd like you to do a paid trial shift on Thursday morning 8.30–1 so bring your uniform just in case!!

Reply to this email or WhatsApp me to confirm hun xx

Kayleigh Burrows
Senior Recruitment Consultant
DENTAL STAFF DIRECT!
0117 496 0901 | www.dentalstaffdirect.example.co.uk
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "ashby_video_pick_time", "company": "Pulsedesk Health",
    "contact": "tom@pulsedesk.example.com", "language": "en",
    "sender": ("Pulsedesk Health", "no-reply@ashbyhq.com"),
    "reply_to": ("Tom Achebe", "tom@pulsedesk.example.com"),
    "subject": "Pick a time: interview with Pulsedesk Health",
    "date": "2026-06-15 11:02:56 +0100",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><body style="margin:0;background:#f5f6fa;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:28px 10px;">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:8px;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1c1e21;">
<tr><td style="padding:26px 30px 6px;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/77c0ad3e/pulsedesk.png" alt="Pulsedesk Health" height="26"></td></tr>
<tr><td style="padding:14px 30px 24px;">
<p>Hi Chiamaka,</p>
<p>Tom here, Head of Clinical Operations at Pulsedesk. Thanks for applying for the <strong>Clinical Operations Coordinator</strong> role &ndash; we&rsquo;d love to invite you to a 45-minute video interview with me and Dr Yara Haddad, our Clinical Lead.</p>
<p>We&rsquo;ll talk through how you&rsquo;ve handled patient pathways in practice and how you&rsquo;d approach onboarding GP sites onto a remote-monitoring study. No slides needed.</p>
<p style="text-align:center;margin:26px 0;"><a href="https://jobs.ashbyhq.com/pulsedesk/interview/schedule/e3a91c?utm_source=ashby_email" style="background:#4f46e5;color:#ffffff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:600;">Choose a time</a></p>
<p>The slots shown are in UK time. If none of them suit, reply to this email and I&rsquo;ll sort something out.</p>
<p>Speak soon,<br>Tom Achebe<br><span style="color:#65676b;">Head of Clinical Operations, Pulsedesk Health</span></p>
</td></tr>
<tr><td style="padding:14px 30px;border-top:1px solid #eceff3;font-size:11px;color:#8a8d91;">Pulsedesk Health is the trading name of Pulsedesk Technologies Ltd (No. 12944018), 86&ndash;90 Paul Street, London EC2A 4NE. Sent with Ashby.</td></tr>
</table></td></tr></table>
<img src="https://ashbyhq.com/t/o/41ff0b27c3.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "university_formal_with_pack", "company": "University of Mercia",
    "contact": "recruitment@mercia.example.ac.uk", "language": "en",
    "sender": ("HR Recruitment - University of Mercia", "recruitment@mercia.example.ac.uk"),
    "subject": "Invitation to interview: Research Coordinator, EIOH (ref EIOH-0412)",
    "date": "2026-06-03 14:22:07 +0100", "msgid": MID_MERCIA_INVITE,
    "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "attachments": [{"filename": "Interview_Information_Pack_EIOH-0412.pdf", "lines": [
        "University of Mercia - Human Resources",
        "Interview information pack",
        "Post: Research Coordinator, Edgbaston Institute for Oral Health Research",
        "Reference: EIOH-0412   Grade 6",
        "Date: Wednesday 17 June 2026, 13:30",
        "Venue: Dental Hospital, 5 Mill Pool Way, Edgbaston, Birmingham B5 7EG",
        "Presentation (10 minutes): How would you improve recruitment of",
        "under-served groups into dental trials?",
        "Panel: Prof. Marguerite Osei (chair), Dr Ian Kettering, Ms Ruth Ellery (HR)",
        "Travel expenses are reimbursed at standard class rail fares.",
    ]}],
    "text": """Dear Ms Ross-Bellamy,

Post: Research Coordinator, Edgbaston Institute for Oral Health Research
Reference: EIOH-0412

Thank you for your application for the above post. I am pleased to inform you that you have been shortlisted, and I would like to invite you to attend an interview on Wednesday 17 June 2026 at 13:30 at the Dental Hospital, 5 Mill Pool Way, Edgbaston, Birmingham B5 7EG.

As part of the selection process you will be asked to give a 10-minute presentation on the following topic:
"How would you improve recruitment of under-served groups into dental trials?"
Please bring your presentation on a USB stick in PowerPoint or PDF format.

The attached information pack gives details of the panel, directions and our expenses policy.

Please confirm your attendance by replying to this email by Wednesday 10 June, and let us know of any adjustments we can make to support you at interview.

Yours sincerely,

Ruth Ellery
HR Recruitment Officer
Human Resources, University of Mercia
Aston Webb Building, Birmingham B15 2TT
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "welsh_bilingual_invite", "company": "Taff Valley University Health Board",
    "contact": "rhian.pryce@tvuhb.example.nhs.uk", "language": "en",
    "sender": ("Rhian Pryce", "rhian.pryce@tvuhb.example.nhs.uk"),
    "subject": "Gwahoddiad i gyfweliad / Invitation to interview – 110-RD-0388",
    "date": "2026-05-05 15:40:18 +0100", "msgid": MID_TVUHB_INVITE,
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Annwyl Chiamaka,

Diolch am eich cais am swydd Cynorthwyydd Ymchwil Glinigol (110-RD-0388). Mae'n bleser gennyf eich gwahodd i gyfweliad ddydd Mawrth 19 Mai am 09:30 yn Ysbyty Llandochau, Adeilad Ymchwil, Ystafell 3.

Dear Chiamaka,

Thank you for your application for the post of Clinical Research Assistant (110-RD-0388). I am pleased to invite you to interview on Tuesday 19 May at 09:30 at Llandough Hospital, Research Building, Room 3.

The panel will be Dr Owain Jenkins (Principal Investigator, Dental Public Health), Ffion Morgan (Senior Research Nurse) and me. Please bring photographic ID and your GDC registration details, and allow about 45 minutes.

You are welcome to be interviewed in Welsh or in English; please tell me your preference.

Could you reply to confirm you are able to attend?

Diolch yn fawr / Many thanks,

Rhian Pryce
Swyddog Ymchwil a Datblygu / R&D Officer
Bwrdd Iechyd Prifysgol Dyffryn Taf / Taff Valley University Health Board
029 2074 6610
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "irish_pharma_a_chara", "company": "Sänger Pharma",
    "contact": "aoife.nibhriain@saenger-pharma.example.com", "language": "en",
    "sender": ("Aoife Ní Bhriain", "aoife.nibhriain@saenger-pharma.example.com"),
    "hdr_charset": "windows-1252", "hdr_enc": "q",
    "subject": "Interview - Clinical Study Coordinator, Citywest",
    "date": "2026-07-20 10:04:31 +0100", "msgid": MID_SAENGER_INVITE,
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """A Chara,

Thank you for your application for the Clinical Study Coordinator position at our Dublin site.

I'm delighted to invite you to interview on Wednesday 29 July at 09:30 at our Citywest Campus. You will meet Dr Conor Phelan, Head of Clinical Operations Ireland, and myself. The interview will take about an hour, and Conor will also give you a short tour of the clinical supplies area.

If you are travelling over from Bristol, we can reimburse a return flight and one night's accommodation; please keep your receipts.

Could you let me know by Friday whether the date suits?

Le meas,

Aoife Ní Bhriain
HR Business Partner
Sänger Pharma | Citywest Business Campus, Dublin 24, D24 XK61
+353 1 555 0142
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "phone_screen_pipe_signature", "company": "Ardent & Hale Clinical Research",
    "contact": "hannah.corrigan@ardenthale.example.co.uk", "language": "en",
    "sender": ("Hannah Corrigan", "hannah.corrigan@ardenthale.example.co.uk"),
    "subject": "Quick call re your application",
    "date": "2026-02-12 13:26:50 +0000", "msgid": MID_ARDENT_INVITE,
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Chiamaka,

Thanks for applying for the Study Start-Up Assistant role with us. I'd like to set up a 20-minute phone screen as the first stage – nothing formal, mainly to talk about your background, notice period and salary expectations before we line up an interview with the hiring manager.

Would Monday 16th at 11:00 work? I'll call you on the mobile number on your CV (07700 900412). If that doesn't suit, just send me two or three times that do.

Thanks,
Hannah

Hannah Corrigan | Talent Acquisition Partner | Ardent & Hale Clinical Research
Colmore Plaza, 20 Colmore Circus, Birmingham B4 6AT
LinkedIn: linkedin.com/company/ardent-hale-example
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "lever_scheduled_teams", "company": "NorthStar Biometrics",
    "contact": "beth.adeyinka@northstarbio.example.com", "language": "en",
    "sender": ("NorthStar Biometrics", "no-reply@hire.lever.co"),
    "reply_to": ("Beth Adeyinka", "beth.adeyinka@northstarbio.example.com"),
    "subject": "Interview Scheduled: Clinical Data Coordinator at NorthStar Biometrics",
    "date": "2026-07-07 09:55:02 +0100",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Your interview for Clinical Data Coordinator at NorthStar Biometrics is confirmed.

When: Tuesday, 14 July 2026, 14:00 - 15:00 (BST)
Where: Microsoft Teams - https://teams.example.com/l/meetup-join/19%3ameeting_NzQ0
Interviewers: Beth Adeyinka (Recruiter), Dr Sunil Mistry (Data Management Lead)

Before the interview, it may help to look at our patient-reported outcomes platform at northstarbio.example.com/platform.

Need to make a change? Reply to this email and Beth will help.

NorthStar Biometrics
The Oxford Science Park, Robert Robinson Avenue, Oxford OX4 4GA
""",
    "html": """<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#333;font-size:14px;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5;">
<tr><td style="padding:20px;background:#0d1b3d;"><img src="https://lever-client-logos.s3.amazonaws.com/northstar.png" alt="NorthStar Biometrics" height="30"></td></tr>
<tr><td style="padding:22px;">
<p>Hi Chiamaka,</p>
<p>Your interview for <b>Clinical Data Coordinator</b> at NorthStar Biometrics is confirmed.</p>
<table cellpadding="4" style="font-size:14px;">
<tr><td><b>When</b></td><td>Tuesday, 14 July 2026, 14:00 &ndash; 15:00 (BST)</td></tr>
<tr><td><b>Where</b></td><td><a href="https://teams.example.com/l/meetup-join/19%3ameeting_NzQ0">Microsoft Teams</a></td></tr>
<tr><td><b>Interviewers</b></td><td>Beth Adeyinka (Recruiter), Dr Sunil Mistry (Data Management Lead)</td></tr>
</table>
<p>Before the interview, it may help to look at our <a href="https://northstarbio.example.com/platform?utm_source=lever">patient-reported outcomes platform</a>.</p>
<p>Need to make a change? Reply to this email and Beth will help.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;">NorthStar Biometrics &middot; The Oxford Science Park, Robert Robinson Avenue, Oxford OX4 4GA</td></tr>
</table></td></tr></table></body></html>
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "dental_practice_lunchtime", "company": "Bright Arc Dental Care",
    "contact": "lorraine.tate@brightarc.example.co.uk", "language": "en",
    "sender": ("Lorraine Tate", "lorraine.tate@brightarc.example.co.uk"),
    "subject": "Interview - Research Dental Nurse",
    "date": "2026-02-24 09:12:15 +0000",
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Dear Chiamaka,

Thank you for your application for the Research Dental Nurse post at our Southmead practice.

We would like to invite you for an interview on Thursday 5 March at 1.15pm (lunchtime, sorry – it's the only time both of us are free!). The interview will be with Dr Imogen Bell, who is the practice's principal investigator for the gum disease study, and me, and will last about 40 minutes.

Please bring your GDC registration number and your GCP certificate if you have it to hand.

Could you let me know if this time suits?

Kind regards,

Lorraine Tate
Practice Manager
Bright Arc Dental Care Ltd – Southmead
212 Southmead Road, Bristol BS10 5EN
0117 496 0722
""",
})

_SMILEAID_QUOTED = """Dear Tariq,

Please find attached my application for the Programme Officer (Research & Evaluation) role. I understand you receive a great many applications and that if I am unsuccessful I may not hear back, but I wanted to say how much the school screening programme in Kisumu inspired me to apply.

With best wishes,
Chiamaka Ross-Bellamy"""

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "charity_gmail_quote_unsuccessful", "company": "Smile Aid International",
    "contact": "tariq@smileaid.example.org", "language": "en",
    "sender": ("Tariq Benali", "tariq@smileaid.example.org"),
    "subject": "Re: Programme Officer (Research & Evaluation) application",
    "date": "2026-03-31 13:58:27 +0100", "in_reply_to": "<CAJ2b+Lr8xW1@mail.example.co.uk>",
    "structure": "alt", "charset": "utf-8", "cte": "8bit",
    "text": """Dear Chiamaka,

Thank you for your patience. I'm pleased to say you've been shortlisted, and we'd like to invite you to an interview on Zoom on Tuesday 14 April at 3pm UK time.

The panel will be me, our Head of Programmes Grace Mwangi, and one of our trustees, Dr Paul Everett. We'll spend about 45 minutes together. We'll also ask you to talk for five minutes about how you would evaluate a school toothbrushing programme with very little baseline data.

Could you let me know by Friday that the time works? I'll send the Zoom link once you confirm.

Warm regards,
Tariq

Tariq Benali
Programmes Manager, Smile Aid International
Registered charity no. 1164402

On Mon, 9 Mar 2026 at 19:20, Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk> wrote:
""" + quote(_SMILEAID_QUOTED) + "\n",
    "html": gmail_html("""Dear Chiamaka,

Thank you for your patience. I'm pleased to say you've been shortlisted, and we'd like to invite you to an interview on Zoom on Tuesday 14 April at 3pm UK time.

The panel will be me, our Head of Programmes Grace Mwangi, and one of our trustees, Dr Paul Everett. We'll spend about 45 minutes together. We'll also ask you to talk for five minutes about how you would evaluate a school toothbrushing programme with very little baseline data.

Could you let me know by Friday that the time works? I'll send the Zoom link once you confirm.

Warm regards,
Tariq

Tariq Benali
Programmes Manager, Smile Aid International
Registered charity no. 1164402""", _SMILEAID_QUOTED,
        "On Mon, 9 Mar 2026 at 19:20, Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk> wrote:"),
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "workday_scheduled_no_reply", "company": "Veritrial", "contact": "", "language": "en",
    "sender": ("Veritrial Recruiting", "veritrial@myworkday.com"),
    "subject": "Interview Invitation – Clinical Trial Coordinator (JR-20419)",
    "date": "2026-05-11 08:30:00 +0100", "msgid": MID_VERITRIAL_INVITE,
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """<html><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f4;"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2e2e2e;">
<tr><td style="padding:18px 28px;"><img src="https://veritrial.wd103.myworkday.com/veritrial/assets/logo.png" alt="Veritrial" width="140"></td></tr>
<tr><td style="padding:6px 28px 24px;line-height:21px;">
<p>Dear Chiamaka,</p>
<p>Congratulations! We would like to invite you to interview for the <b>Clinical Trial Coordinator</b> role (JR-20419).</p>
<table cellpadding="6" cellspacing="0" border="0" style="background:#f6f8fa;width:100%;font-size:14px;">
<tr><td width="140"><b>Date</b></td><td>Monday 18 May 2026</td></tr>
<tr><td><b>Time</b></td><td>10:00 &ndash; 10:45 BST</td></tr>
<tr><td><b>Format</b></td><td>Video (Microsoft Teams &ndash; link in your candidate home)</td></tr>
<tr><td><b>Interviewer</b></td><td>Natasha Greaves, Study Start-Up Lead</td></tr>
</table>
<p>If you need to request a different time, please use the <i>Reschedule</i> option in your candidate home.</p>
<p><a href="https://veritrial.wd103.myworkday.com/veritrial/d/task/interview/JR-20419.htmld" style="background:#005cb9;color:#fff;padding:9px 16px;text-decoration:none;">View interview details</a></p>
<p>Best regards,<br>Veritrial Talent Acquisition</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f3f3f3;font-size:11px;color:#888;">Please do not reply to this email; this mailbox is not monitored.<br>Veritrial UK Ltd, 5 Merchant Square, London W2 1AY. Registered in England No. 10451188.</td></tr>
</table></td></tr></table>
<img src="https://veritrial.wd103.myworkday.com/email/track/open?m=1923084761" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "google_calendar_invitation", "company": "Oxmoor Clinical Trials Unit",
    "contact": "fergus.lyle@oxmoor.example.ac.uk", "language": "en",
    "sender": ("Fergus Lyle", "fergus.lyle@oxmoor.example.ac.uk"),
    "subject": "Invitation: Trial Coordinator interview - Chiamaka Ross-Bellamy @ Tue 14 Apr 2026 11:00 - 12:00 (BST)",
    "date": "2026-04-02 09:31:14 +0100", "msgid": MID_OXMOOR_INVITE,
    "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "calendar": {"method": "REQUEST", "uid": OXMOOR_UID, "sequence": 0, "stamp": "20260402T083000Z",
                  "start": "20260414T100000Z", "end": "20260414T110000Z",
                  "summary": "Trial Coordinator interview - Chiamaka Ross-Bellamy",
                  "location": "Botnar Building\\, Room 2.14\\, Windmill Road\\, Oxford OX3 7LD",
                  "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "where": "both"},
    "text": """Dear Chiamaka,

Following shortlisting, I'm delighted to invite you to interview for the Trial Coordinator post at the Oxmoor Clinical Trials Unit.

The interview will be on Tuesday 14 April, 11:00-12:00, in Room 2.14 of the Botnar Building. The panel is Professor Aditi Rao (Chief Investigator, FLOSS-2 trial), Joanne Pettit (Trial Manager) and me. We'd like you to prepare a 10-minute presentation on "How would you improve retention in a two-year periodontal trial?".

Please accept this calendar invitation so that reception has your name.

Best wishes,
Fergus

Dr Fergus Lyle | Senior Trial Manager
Oxmoor Clinical Trials Unit

Trial Coordinator interview - Chiamaka Ross-Bellamy
Tuesday 14 Apr 2026 ⋅ 11:00 – 12:00 (British Summer Time)
Botnar Building, Room 2.14, Windmill Road, Oxford OX3 7LD
Organiser: Fergus Lyle

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
    "html": """<html><body>
<div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043;">
<p>Dear Chiamaka,</p>
<p>Following shortlisting, I&#39;m delighted to invite you to interview for the Trial Coordinator post at the Oxmoor Clinical Trials Unit.</p>
<p>The interview will be on Tuesday 14 April, 11:00&ndash;12:00, in Room 2.14 of the Botnar Building. The panel is Professor Aditi Rao (Chief Investigator, FLOSS-2 trial), Joanne Pettit (Trial Manager) and me. We&#39;d like you to prepare a 10-minute presentation on &ldquo;How would you improve retention in a two-year periodontal trial?&rdquo;.</p>
<p>Please accept this calendar invitation so that reception has your name.</p>
<p>Best wishes,<br>Fergus</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;margin-top:16px;"><tr><td style="padding:16px;">
<div style="font-size:18px;color:#202124;">Trial Coordinator interview - Chiamaka Ross-Bellamy</div>
<div>Tuesday 14 Apr 2026 &sdot; 11:00 &ndash; 12:00 (British Summer Time)</div>
<div>Botnar Building, Room 2.14, Windmill Road, Oxford OX3 7LD</div>
<div style="margin-top:10px;"><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NHE4bTF2&amp;rst=1" style="color:#1a73e8;">Yes</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NHE4bTF2&amp;rst=3" style="color:#1a73e8;">Maybe</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NHE4bTF2&amp;rst=2" style="color:#1a73e8;">No</a></div>
</td></tr></table>
<p style="font-size:11px;color:#70757a;">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
</div></body></html>
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "fr_cro_vous", "company": "Clinéa Recherche",
    "contact": "camille.dufresne@clinea-recherche.example.fr", "language": "fr",
    "sender": ("Camille Dufresne", "camille.dufresne@clinea-recherche.example.fr"),
    "subject": "Entretien ARC junior – Clinéa Recherche",
    "date": "2026-03-03 11:47:09 +0100", "msgid": MID_CLINEA_INVITE,
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour Madame Ross-Bellamy,

Suite à votre candidature au poste d'ARC junior (réf. ARC-26-07), nous souhaiterions vous rencontrer lors d'un entretien le mardi 10 mars à 10h00 dans nos locaux, au 45 avenue de la République, 75011 Paris (métro Parmentier).

L'entretien durera environ une heure, avec Julien Morel, responsable des opérations cliniques, et moi-même. Une partie se déroulera en anglais, la plupart de nos promoteurs étant anglo-saxons.

Pourriez-vous me confirmer votre disponibilité ?

Bien cordialement,

Camille Dufresne
Chargée de recrutement
Clinéa Recherche SAS
45 avenue de la République, 75011 Paris
01 43 55 20 18
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "fr_cabinet_dentaire_question", "company": "Centre Dentaire Rive Gauche",
    "contact": "cabinet@centredentaire-rivegauche.example.fr", "language": "fr",
    "sender": ("Centre Dentaire Rive Gauche", "cabinet@centredentaire-rivegauche.example.fr"),
    "subject": "Votre candidature - assistante de recherche",
    "date": "2026-09-02 19:12:40 +0200", "msgid": MID_CDRG_INVITE,
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Madame,

J'ai bien reçu votre CV et votre lettre, que j'ai lus avec beaucoup d'intérêt. Votre expérience d'assistante dentaire au Royaume-Uni et votre formation aux Bonnes Pratiques Cliniques correspondent tout à fait à ce que nous recherchons pour accompagner l'étude multicentrique sur les implants courts à laquelle le cabinet participe.

Seriez-vous disponible jeudi 10 septembre à 12h30 pour un entretien au cabinet ? Comptez une petite heure.

Merci de me confirmer par retour de mail.

Bien à vous,

Dr Olivier Sarrazin
Chirurgien-dentiste
Centre Dentaire Rive Gauche
88 boulevard Saint-Germain, 75005 Paris
01 46 33 07 12
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "fr_chasseur_client_nomme", "company": "Biocéane",
    "contact": "s.marchetti@aubrac-conseil.example.fr", "language": "fr",
    "sender": ("Sophie Marchetti", "s.marchetti@aubrac-conseil.example.fr"),
    "subject": "Entretien Biocéane - lundi 29 juin",
    "date": "2026-06-22 17:05:33 +0200", "msgid": MID_BIOCEANE_INVITE,
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Bonjour Chiamaka,

Bonne nouvelle : Biocéane souhaite vous rencontrer pour le poste de Coordinatrice d'études cliniques que nous avions évoqué au téléphone !

Entretien avec Mme Laure Vasseur, directrice des opérations cliniques :
lundi 29 juin à 14h00
Biocéane, 14 rue Yves-Kermen, 92100 Boulogne-Billancourt (métro Marcel Sembat)

Prévoyez environ 1h15 ; Mme Vasseur vous présentera aussi le laboratoire. Pensez à apporter une copie de votre diplôme et de votre certificat BPC.

Pouvez-vous me confirmer votre présence d'ici mercredi ? Je vous appelle la veille pour un point de préparation.

Belle soirée,

Sophie Marchetti
Consultante senior Santé & Life Sciences
Cabinet Aubrac Conseil
01 84 88 12 40
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "fr_teamtailor_visio", "company": "Ortholab",
    "contact": "margaux.leroy@ortholab.example.fr", "language": "fr",
    "sender": ("Ortholab", "noreply@teamtailor-mail.com"),
    "reply_to": ("Margaux Leroy", "margaux.leroy@ortholab.example.fr"),
    "subject": "Invitation à un entretien visio – Ortholab",
    "date": "2026-08-25 10:18:06 +0200",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;background:#f4f7f6;">
<table role="presentation" width="100%"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="580" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2f3b39;border-radius:6px;">
<tr><td style="padding:22px 30px 0;"><img src="https://assets.teamtailor-cdn.com/images/s3/teamtailor-production/logo/ortholab.png" alt="Ortholab" width="130"></td></tr>
<tr><td style="padding:18px 30px 26px;">
<p>Bonjour Chiamaka,</p>
<p>Merci pour votre candidature au poste de <strong>Coordinatrice d&#39;études cliniques</strong>. Nous avons le plaisir de vous inviter à un premier entretien en visioconférence (Google Meet) d&#39;environ 40 minutes avec Margaux Leroy, responsable RH, et le Dr Karim Haddou, directeur des affaires cliniques.</p>
<p>Choisissez simplement le créneau qui vous convient :</p>
<p style="text-align:center;"><a href="https://ortholab.teamtailor.com/meetings/8f3e2c/book?utm_source=email" style="background:#0f8b8d;color:#fff;padding:11px 20px;border-radius:5px;text-decoration:none;">Réserver mon créneau</a></p>
<p>Pour toute question, il vous suffit de répondre à cet e-mail.</p>
<p>À très bientôt,<br>Margaux Leroy<br>Responsable RH &middot; Ortholab</p>
</td></tr>
<tr><td style="padding:12px 30px;border-top:1px solid #eee;font-size:11px;color:#999;">Ortholab SAS &middot; 7 rue de la Croix-Faubin, 75011 Paris &middot; <a href="https://ortholab.teamtailor.com/connect/unsubscribe?t=91ac" style="color:#999;">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="https://tracking.teamtailor-mail.com/o/Qm9r3a.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "es_convocatoria_usted", "company": "Institut de Recerca Clínica Barcelona",
    "contact": "jvidal@ircb.example.es", "language": "es",
    "sender": ("Jordi Vidal i Serra", "jvidal@ircb.example.es"),
    "subject": "Convocatoria de entrevista - Coordinador/a de Ensayos Clínicos (ref. IRCB-2026-31)",
    "date": "2026-09-08 12:44:51 +0200", "msgid": MID_IRCB_INVITE,
    "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Estimada Sra. Ross-Bellamy:

Tras la revisión de su candidatura, nos complace convocarla a una entrevista para el puesto de Coordinador/a de Ensayos Clínicos (ref. IRCB-2026-31).

Fecha: martes, 15 de septiembre de 2026
Hora: 11:00 h
Lugar: Edifici Recerca, planta 3, sala Mercè Rodoreda. C/ del Doctor Aiguader 88, 08003 Barcelona

La entrevista la realizarán la Dra. Elena Puig, jefa de la Unidad de Ensayos Clínicos, y yo mismo. Parte de la conversación será en inglés.

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,

Jordi Vidal i Serra | Responsable de Selección
IRCB · Institut de Recerca Clínica Barcelona
Tel. +34 93 555 21 40
""",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Estimada Sra. Ross-Bellamy:</p>
<p>Tras la revisión de su candidatura, nos complace convocarla a una entrevista para el puesto de <b>Coordinador/a de Ensayos Clínicos</b> (ref. IRCB-2026-31).</p>
<p><b>Fecha:</b> martes, 15 de septiembre de 2026<br><b>Hora:</b> 11:00 h<br><b>Lugar:</b> Edifici Recerca, planta 3, sala Mercè Rodoreda. C/ del Doctor Aiguader 88, 08003 Barcelona</p>
<p>La entrevista la realizarán la Dra. Elena Puig, jefa de la Unidad de Ensayos Clínicos, y yo mismo. Parte de la conversación será en inglés.</p>
<p>Le rogamos que confirme su asistencia respondiendo a este correo.</p>
<p>Atentamente,</p>
<p style="font-size:9pt;color:#444;"><b>Jordi Vidal i Serra</b> | Responsable de Selección<br>IRCB · Institut de Recerca Clínica Barcelona<br>Tel. +34 93 555 21 40</p>
<p style="font-size:8pt;color:#999;">Antes de imprimir este mensaje, piense en el medio ambiente.</p>
</div></body></html>
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "es_workable_tuteo", "company": "Mediloop",
    "contact": "marta@mediloop.example.es", "language": "es",
    "sender": ("Mediloop", "noreply@candidates.workablemail.com"),
    "reply_to": ("Marta Soler", "marta@mediloop.example.es"),
    "subject": "¡Nos gustaría conocerte! Entrevista con Mediloop",
    "hdr_charset": "utf-8", "hdr_enc": "b",
    "date": "2026-06-17 16:20:38 +0200",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="background:#f7f7fb;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:22px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;font-family:Arial,sans-serif;font-size:14px;line-height:22px;color:#222;">
<tr><td style="padding:22px 28px 0;"><img src="https://workable-application-form.s3.amazonaws.com/logos/mediloop.png" alt="Mediloop" height="30"></td></tr>
<tr><td style="padding:18px 28px 24px;">
<p>Hola Chiamaka:</p>
<p>¡Gracias por aplicar al puesto de <b>Clinical Operations Associate</b>! Hemos revisado tu perfil y nos gustaría invitarte a una entrevista en nuestra oficina del Poblenou con Pau Ferrer (CTO) y conmigo. Durará unos 45 minutos y no hace falta que prepares nada.</p>
<p>Elige el horario que mejor te venga:</p>
<p><a href="https://apply.workable.com/mediloop/j/5C1A7E/schedule?token=f21b" style="background:#00756a;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Reservar entrevista</a></p>
<p>Si ninguno te cuadra, responde a este correo y lo arreglamos.</p>
<p>¡Hasta pronto!<br>Marta Soler, Head of People</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#999;border-top:1px solid #eee;">Mediloop Health, S.L. · Carrer de Pujades 77, 08005 Barcelona · Enviado con Workable</td></tr>
</table></td></tr></table>
<img src="https://email.workablemail.com/o/eJx1jLEOg" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "es_agencia_sin_tildes", "company": "Clinica Dental Diagonal",
    "contact": "raul.ibanez@carreratalento.example.es", "language": "es",
    "sender": ("Raul Ibanez", "raul.ibanez@carreratalento.example.es"),
    "subject": "entrevista jueves!!",
    "date": "2026-07-13 10:02:17 +0200", "msgid": MID_DIAGONAL_INVITE,
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Chiamaka!!

Buenas noticias: la Clinica Dental Diagonal quiere conocerte para el puesto de auxiliar de investigacion clinica (el de media jornada que te comente).

Jueves 16 a las 17h
Av. Diagonal 440, 3o 1a (pregunta por la Dra. Ferrer)

Llevate el CV impreso y el titulo de higienista/auxiliar si lo tienes a mano. Confirmame porfa que te va bien!!

Raul

Raul Ibanez
Consultor Salud | Carrera Talento Salud
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "es_cro_outlook_usted", "company": "Ensayos Mediterráneo",
    "contact": "ncastells@ensayosmed.example.es", "language": "es",
    "sender": ("Nuria Castells Prat", "ncastells@ensayosmed.example.es"),
    "subject": "Entrevista puesto Coordinador/a de Estudios",
    "date": "2026-08-03 09:36:44 +0200", "msgid": MID_ENSAYOS_INVITE,
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Estimada Sra. Ross-Bellamy:

En relación con su candidatura al puesto de Coordinador/a de Estudios, nos gustaría invitarla a una entrevista presencial el lunes 10 de agosto a las 10:00 h en nuestras oficinas de C/ de Pallars 193, 08005 Barcelona.

La entrevista se realizará con la directora técnica, la Dra. Montserrat Roig, y conmigo, y tendrá una duración aproximada de una hora.

Le agradeceríamos que nos confirmara su asistencia.

Atentamente,

Nuria Castells Prat
Responsable de Personas
Ensayos Mediterráneo, S.L.
C/ de Pallars 193, 08005 Barcelona
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "de_softgarden_sie", "company": "Biovalis Studienzentrum",
    "contact": "anja.brueckner@biovalis.example.de", "language": "de",
    "sender": ("Biovalis Karriere", "biovalis-noreply@softgarden.io"),
    "reply_to": ("Anja Brückner", "anja.brueckner@biovalis.example.de"),
    "hdr_charset": "utf-8", "hdr_enc": "b",
    "subject": "Einladung zum Vorstellungsgespräch – Study Coordinator (m/w/d) London",
    "date": "2026-08-20 14:10:25 +0200", "msgid": MID_BIOVALIS_INVITE,
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;background:#f0f2f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333;">
<tr><td style="padding:20px 30px;border-bottom:2px solid #2c7a7b;"><img src="https://biovalis.softgarden.io/assets/logo_biovalis.png" alt="Biovalis Studienzentrum" width="170"></td></tr>
<tr><td style="padding:24px 30px;">
<p>Sehr geehrte Frau Ross-Bellamy,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Study Coordinator (m/w/d)</b> für unseren Standort London. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.</p>
<p>Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:</p>
<p style="background:#f4f8f8;padding:12px 16px;"><b>Donnerstag, 27. August 2026</b><br>10:00 Uhr MESZ (09:00 Uhr Londoner Zeit)<br>Gesprächspartner: Dr. Tobias Renner (Standortleitung London) und Anja Brückner (HR)</p>
<p>Bitte bestätigen Sie den Termin über den folgenden Link oder antworten Sie einfach auf diese E-Mail:</p>
<p><a href="https://biovalis.softgarden.io/de/appointment/88213/confirm?ref=mail" style="background:#2c7a7b;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Termin bestätigen</a></p>
<p>Wir freuen uns auf das Gespräch.</p>
<p>Mit freundlichen Grüßen<br>Anja Brückner<br>Personalreferentin</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f7f7f7;font-size:10px;color:#888;line-height:15px;">Biovalis Studienzentrum GmbH · Maximilianstraße 35 · 80539 München · Geschäftsführerin: Dr. Claudia Sendlinger · Amtsgericht München HRB 240117<br>Diese Nachricht wurde über softgarden versendet.</td></tr>
</table></td></tr></table>
</body></html>
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "de_personalberatung_einladung", "company": "Hartwig Dental Systeme",
    "contact": "k.woelfel@kaiser-lenz.example.de", "language": "de",
    "sender": ("Dr. Katrin Wölfel", "k.woelfel@kaiser-lenz.example.de"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "Einladung: Gespräch mit Hartwig Dental Systeme",
    "date": "2026-06-09 16:48:12 +0200", "msgid": MID_HARTWIG_INVITE,
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Ross-Bellamy,

ich freue mich, Ihnen mitteilen zu können, dass die Hartwig Dental Systeme GmbH Sie gern kennenlernen möchte.

Herr Markus Brandl, Leiter Clinical Affairs, lädt Sie zu einem ersten Gespräch per Videokonferenz ein:
Mittwoch, 17. Juni, 15:00 Uhr MESZ (14:00 Uhr Londoner Zeit), Dauer ca. 60 Minuten.
Das Gespräch wird überwiegend auf Englisch geführt.

Den Link erhalten Sie am Vortag direkt von Hartwig. Bitte geben Sie mir kurz Bescheid, ob der Termin passt; gern bereite ich Sie vorab telefonisch auf das Gespräch vor.

Mit freundlichen Grüßen

Dr. Katrin Wölfel
Partnerin
Kaiser & Lenz Personalberatung GmbH
Königsallee 60, 40212 Düsseldorf
Tel. +49 211 5589 3310
""",
})

MESSAGES.append({
    "kind": "interview_invitation", "scenario": "de_startup_duzen", "company": "Zahnwerk Digital",
    "contact": "jonas@zahnwerk-digital.example.com", "language": "de",
    "sender": ("Jonas Reuter", "jonas@zahnwerk-digital.example.com"),
    "subject": "Kennenlernen Clinical Affairs",
    "date": "2026-04-16 22:14:09 +0200", "msgid": MID_ZAHNWERK_INVITE,
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Chiamaka,

danke für deine Bewerbung als Clinical Affairs Associate für unser Londoner Team – dein Anschreiben war das erste seit Wochen, das ich bis zum Ende gelesen habe :)

Hast du Lust auf ein erstes Kennenlernen per Video? Ich könnte Donnerstag, 23.4., um 16 Uhr (15 Uhr bei dir in London), alternativ Freitag Vormittag. Wir würden 45 Minuten quatschen, und danach schicke ich dir eine kleine Fallstudie.

Schick mir einfach kurz ein Okay oder einen anderen Slot.

Jonas

--
Jonas Reuter | Gründer & CEO | Zahnwerk Digital
""",
})

# =============================================================================================
# Reschedules and cancellations
# =============================================================================================

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "nhs_calendar_sequence_update",
    "company": "Severn Vale University Hospitals NHS Foundation Trust", "contact": "gemma.pike@svuh.example.nhs.uk", "language": "en",
    "sender": ("Pike Gemma (SVUH)", "gemma.pike@svuh.example.nhs.uk"),
    "subject": "Updated: Interview: Clinical Trials Assistant (Band 4) - now Fri 27 Mar 14:00",
    "date": "2026-03-20 08:52:03 +0000", "in_reply_to": MID_SVUH_INVITE,
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "calendar": {"method": "REQUEST", "uid": SVUH_UID, "sequence": 1, "stamp": "20260320T085000Z",
                  "start": "20260327T140000Z", "end": "20260327T150000Z",
                  "summary": "Interview: Clinical Trials Assistant (Band 4) - C Ross-Bellamy",
                  "location": "R&D Office\\, Level 2\\, Learning & Research Building\\, Severn Vale Hospital"},
    "text": """When: 27 March 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: R&D Office, Level 2, Learning & Research Building, Severn Vale Hospital

Dear Chiamaka,

Apologies - Dr Shah has been called to a sponsor monitoring visit on Thursday morning, so we have had to move your interview to Friday 27 March at 2pm. Everything else (location, panel, what to bring) stays the same.

The updated invitation replaces the previous one; please accept it, or let me know if the new time is a problem and we will find another.

Kind regards,
Gemma

Gemma Pike
Research Operations Manager
Severn Vale University Hospitals NHS Foundation Trust
""",
    "html": """<html><body lang="EN-GB"><div style="font-family:Arial,sans-serif;font-size:11pt;">
<p><b>When:</b> 27 March 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.<br><b>Where:</b> R&amp;D Office, Level 2, Learning &amp; Research Building, Severn Vale Hospital</p>
<p style="color:#808080;">*~*~*~*~*~*~*~*~*~*</p>
<p>Dear Chiamaka,</p>
<p>Apologies &ndash; Dr Shah has been called to a sponsor monitoring visit on Thursday morning, so we have had to move your interview to <b>Friday 27 March at 2pm</b>. Everything else (location, panel, what to bring) stays the same.</p>
<p>The updated invitation replaces the previous one; please accept it, or let me know if the new time is a problem and we will find another.</p>
<p>Kind regards,<br>Gemma</p>
<p style="font-size:9pt;color:#005EB8;"><b>Gemma Pike</b><br>Research Operations Manager<br>Severn Vale University Hospitals NHS Foundation Trust</p>
</div></body></html>
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "google_calendar_cancel_ill", "company": "Oxmoor Clinical Trials Unit",
    "contact": "fergus.lyle@oxmoor.example.ac.uk", "language": "en",
    "sender": ("Fergus Lyle", "fergus.lyle@oxmoor.example.ac.uk"),
    "subject": "Cancelled event: Trial Coordinator interview - Chiamaka Ross-Bellamy @ Tue 14 Apr 2026 11:00 - 12:00 (BST)",
    "date": "2026-04-10 18:03:47 +0100", "in_reply_to": MID_OXMOOR_INVITE,
    "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "calendar": {"method": "CANCEL", "uid": OXMOOR_UID, "sequence": 1, "stamp": "20260410T170300Z",
                  "start": "20260414T100000Z", "end": "20260414T110000Z",
                  "summary": "Trial Coordinator interview - Chiamaka Ross-Bellamy",
                  "location": "Botnar Building\\, Room 2.14\\, Windmill Road\\, Oxford OX3 7LD",
                  "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "where": "both"},
    "text": """Dear Chiamaka,

I'm very sorry to do this at short notice: I've come down with a nasty chest infection and have been signed off for the coming week, so I've had to cancel Tuesday's interview.

We very much still want to see you. Joanne Pettit in the trials office will email you in the next few days with a new date, most likely in the week of 27 April. Your presentation topic stays the same.

Apologies again,
Fergus

This event has been cancelled and removed from your calendar.
Trial Coordinator interview - Chiamaka Ross-Bellamy
Tuesday 14 Apr 2026 ⋅ 11:00 – 12:00 (British Summer Time)
Organiser: Fergus Lyle

Invitation from Google Calendar
""",
    "html": """<html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043;">
<p>Dear Chiamaka,</p>
<p>I&#39;m very sorry to do this at short notice: I&#39;ve come down with a nasty chest infection and have been signed off for the coming week, so I&#39;ve had to cancel Tuesday&#39;s interview.</p>
<p>We very much still want to see you. Joanne Pettit in the trials office will email you in the next few days with a new date, most likely in the week of 27 April. Your presentation topic stays the same.</p>
<p>Apologies again,<br>Fergus</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;"><tr><td style="padding:16px;">
<div style="color:#d93025;">This event has been cancelled and removed from your calendar.</div>
<div style="font-size:18px;color:#202124;text-decoration:line-through;">Trial Coordinator interview - Chiamaka Ross-Bellamy</div>
<div>Tuesday 14 Apr 2026 &sdot; 11:00 &ndash; 12:00 (British Summer Time)</div>
</td></tr></table>
<p style="font-size:11px;color:#70757a;">Invitation from Google Calendar</p>
</div></body></html>
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "switched_to_teams", "company": "Meridian Clinical Research",
    "contact": "priya.raman@meridiancr.example.com", "language": "en",
    "sender": ("Priya Raman", "priya.raman@meridiancr.example.com"),
    "subject": "Re: Interview invitation: Clinical Research Associate I",
    "date": "2026-02-09 12:18:30 +0000", "in_reply_to": "<CAOm3r+Kx1Fz@mail.example.co.uk>",
    "references": [MID_MERIDIAN_INVITE, "<CAOm3r+Kx1Fz@mail.example.co.uk>"],
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Quick change for Thursday: Farah is now dialling in from our Leeds office, so we've decided to run the whole panel on Microsoft Teams rather than in Finsbury Square. Same time, 10:00, and the same format, including the short case exercise (we'll share the site visit report on screen).

I'll send the Teams link on Wednesday afternoon. Do test your camera and mic beforehand if you can; our link opens in the browser if you don't have the app.

Thanks for being flexible!

Priya

Priya Raman
Talent Partner, Clinical Operations
Meridian Clinical Research

On Tue, 3 Feb 2026 at 08:14, Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk> wrote:
> Dear Priya,
>
> Thank you for the invitation. I've booked the 10:00 slot on Thursday 12 February and look
> forward to meeting the panel in person.
>
> Best wishes,
> Chiamaka
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "agency_moved_exclaim", "company": "Bayfield Biologics",
    "contact": "jess.whitlock@clinicaltalentpartners.example.co.uk", "language": "en",
    "sender": ("Jess Whitlock", "jess.whitlock@clinicaltalentpartners.example.co.uk"),
    "subject": "RE: GREAT NEWS - Bayfield interview!!",
    "date": "2026-04-23 09:07:55 +0100", "in_reply_to": "<CAGv1+pQz7Ld@mail.example.co.uk>",
    "references": [MID_BAYFIELD_INVITE, "<CAGv1+pQz7Ld@mail.example.co.uk>"],
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Morning!

Bayfield have asked if we can move Tuesday to WEDNESDAY 29th at 10.30 instead – Lucy has an MHRA inspection that's been brought forward and she can't get out of it. Same place, same people, same format.

Can you do it?? Let me know asap and I'll confirm with them. Sorry for the faff!

Jess

-----Original Message-----
From: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Sent: 20 April 2026 18:22
To: Jess Whitlock <jess.whitlock@clinicaltalentpartners.example.co.uk>
Subject: Re: GREAT NEWS - Bayfield interview!!

Hi Jess, that's brilliant, thank you! Tuesday 28th at 11 is perfect, please confirm for me.
Chiamaka
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "mobile_push_next_week", "company": "Clifton Village Dental",
    "contact": "sam@cliftonvillagedental.example.co.uk", "language": "en",
    "sender": ("Sam Okonjo", "sam@cliftonvillagedental.example.co.uk"),
    "subject": "Re: Research nurse post",
    "date": "2026-03-04 21:40:12 +0000", "in_reply_to": "<CAE4n+Tq9Yh6@mail.example.co.uk>",
    "references": [MID_CVD_INVITE, "<CAE4n+Tq9Yh6@mail.example.co.uk>"],
    "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Chiamaka so sorry, need to push tomorrow - emergancy list is rammed and I'm one nurse down. Could you do Mon 9th at 4pm instead? Same place.

Sam

Sent from my iPhone

> On 3 Mar 2026, at 08:30, Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk> wrote:
>
> Thursday at 2pm is great, see you then. Thank you!
>
>> On 3 Mar 2026, at 07:48, Sam Okonjo <sam@cliftonvillagedental.example.co.uk> wrote:
>>
>> Hi Chiamaka - thanks for the CV. Can you come in for a chat/interview Thurs 5th at 2pm? We're at
>> Clifton Village Dental, 14 Princess Victoria St, ring the top bell.
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "ashby_rescheduled_notice", "company": "Pulsedesk Health",
    "contact": "tom@pulsedesk.example.com", "language": "en",
    "sender": ("Pulsedesk Health", "no-reply@ashbyhq.com"),
    "reply_to": ("Tom Achebe", "tom@pulsedesk.example.com"),
    "subject": "Your interview with Pulsedesk Health has been rescheduled",
    "date": "2026-06-18 15:44:20 +0100",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><body style="margin:0;background:#f5f6fa;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:28px 10px;">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;border-radius:8px;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1c1e21;">
<tr><td style="padding:26px 30px 6px;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/77c0ad3e/pulsedesk.png" alt="Pulsedesk Health" height="26"></td></tr>
<tr><td style="padding:14px 30px 24px;">
<p>Hi Chiamaka,</p>
<p>Your interview for <strong>Clinical Operations Coordinator</strong> has been moved.</p>
<table cellpadding="8" cellspacing="0" style="width:100%;border:1px solid #eceff3;border-radius:6px;font-size:14px;">
<tr><td style="color:#65676b;width:110px;">New time</td><td><strong>Monday 22 June 2026, 13:30 &ndash; 14:15 BST</strong></td></tr>
<tr><td style="color:#65676b;">Previously</td><td style="text-decoration:line-through;color:#8a8d91;">Friday 19 June 2026, 11:00 &ndash; 11:45 BST</td></tr>
<tr><td style="color:#65676b;">Where</td><td><a href="https://meet.example.com/pdh-xqv-tnr">Google Meet</a></td></tr>
<tr><td style="color:#65676b;">With</td><td>Tom Achebe, Dr Yara Haddad</td></tr>
</table>
<p style="margin-top:18px;">Yara is covering a clinic on Friday, so Tom picked the nearest slot you&rsquo;d marked as free. If it no longer works, reply to this email.</p>
<p><a href="https://jobs.ashbyhq.com/pulsedesk/interview/e3a91c/calendar.ics" style="color:#4f46e5;">Add to calendar</a></p>
</td></tr>
<tr><td style="padding:14px 30px;border-top:1px solid #eceff3;font-size:11px;color:#8a8d91;">Sent with Ashby on behalf of Pulsedesk Health.</td></tr>
</table></td></tr></table>
<img src="https://ashbyhq.com/t/o/5e0d71aa90.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "university_postponed_strike", "company": "University of Mercia",
    "contact": "recruitment@mercia.example.ac.uk", "language": "en",
    "sender": ("HR Recruitment - University of Mercia", "recruitment@mercia.example.ac.uk"),
    "subject": "Postponement of interview – EIOH-0412 Research Coordinator",
    "date": "2026-06-10 11:05:41 +0100", "in_reply_to": MID_MERCIA_INVITE,
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Ms Ross-Bellamy,

I am writing to let you know that, because of the industrial action taking place across the University on 17 June, the interviews for the post of Research Coordinator (EIOH-0412) scheduled for that day have been postponed.

We expect to rearrange them for the week beginning 22 June and I will write to you with a new date and time as soon as the panel's availability is confirmed. The presentation topic will remain the same.

Please accept our apologies for any inconvenience this causes. If you have already booked travel, let me know and we will reimburse any costs you cannot recover.

Yours sincerely,

Ruth Ellery
HR Recruitment Officer
Human Resources, University of Mercia
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "workday_interview_cancelled", "company": "Veritrial", "contact": "", "language": "en",
    "sender": ("Veritrial Recruiting", "veritrial@myworkday.com"),
    "subject": "Interview Cancelled – Clinical Trial Coordinator (JR-20419)",
    "date": "2026-05-14 17:02:09 +0100", "in_reply_to": MID_VERITRIAL_INVITE,
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f4;"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2e2e2e;">
<tr><td style="padding:18px 28px;"><img src="https://veritrial.wd103.myworkday.com/veritrial/assets/logo.png" alt="Veritrial" width="140"></td></tr>
<tr><td style="padding:6px 28px 24px;line-height:21px;">
<p>Dear Chiamaka,</p>
<p>Your interview for <b>Clinical Trial Coordinator</b> (JR-20419) scheduled for <b>Monday 18 May 2026 at 10:00 BST</b> has been cancelled due to a scheduling conflict on our side.</p>
<p>Your application remains active. Your recruiter will contact you shortly to arrange a new time.</p>
<p>Best regards,<br>Veritrial Talent Acquisition</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f3f3f3;font-size:11px;color:#888;">Please do not reply to this email; this mailbox is not monitored.<br>Veritrial UK Ltd, 5 Merchant Square, London W2 1AY. Registered in England No. 10451188.</td></tr>
</table></td></tr></table>
<img src="https://veritrial.wd103.myworkday.com/email/track/open?m=1923099120" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "welsh_venue_and_time_change", "company": "Taff Valley University Health Board",
    "contact": "rhian.pryce@tvuhb.example.nhs.uk", "language": "en",
    "sender": ("Rhian Pryce", "rhian.pryce@tvuhb.example.nhs.uk"),
    "subject": "Newid lleoliad ac amser / Change of venue and time – 19 Mai / 19 May",
    "date": "2026-05-12 12:31:55 +0100", "in_reply_to": "<CAJx0+R8vM2e@mail.example.co.uk>",
    "references": [MID_TVUHB_INVITE, "<CAJx0+R8vM2e@mail.example.co.uk>"],
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Annwyl Chiamaka,

Oherwydd gwaith cynnal a chadw yn yr Adeilad Ymchwil, bydd eich cyfweliad ar 19 Mai nawr yn cael ei gynnal yn swyddfeydd Ymchwil a Datblygu Ysbyty Athrofaol Dyffryn Taf (Heath), Bloc C, llawr 2, ac yn dechrau am 10:00 yn lle 09:30.

Dear Chiamaka,

Because of maintenance work in the Research Building, your interview on 19 May will now take place at the R&D offices at Taff Valley University Hospital (Heath site), Block C, second floor, and will start at 10:00 rather than 09:30. The panel is unchanged.

There is a pay-and-display car park next to Block C; I can send you a parking permit if you let me know your registration.

Apologies for the change, and diolch for confirming last week.

Rhian Pryce
Swyddog Ymchwil a Datblygu / R&D Officer
Bwrdd Iechyd Prifysgol Dyffryn Taf / Taff Valley University Health Board
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "fr_decaler_entretien", "company": "Clinéa Recherche",
    "contact": "camille.dufresne@clinea-recherche.example.fr", "language": "fr",
    "sender": ("Camille Dufresne", "camille.dufresne@clinea-recherche.example.fr"),
    "subject": "RE: Entretien ARC junior – Clinéa Recherche",
    "date": "2026-03-06 16:40:22 +0100", "in_reply_to": "<CAKs9v2+Xb3c@mail.example.co.uk>",
    "references": [MID_CLINEA_INVITE, "<CAKs9v2+Xb3c@mail.example.co.uk>"],
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Bonjour Madame Ross-Bellamy,

Nous devons malheureusement décaler votre entretien prévu le mardi 10 mars : Julien Morel sera en audit chez un promoteur toute la journée.

Pourriez-vous venir le jeudi 12 mars à 14h30, toujours au 45 avenue de la République ? Si cet horaire ne vous convient pas, je peux également vous proposer le vendredi 13 mars à 9h30.

Avec toutes nos excuses pour ce changement,

Camille Dufresne
Chargée de recrutement | Clinéa Recherche SAS
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "fr_passage_en_visio", "company": "Centre Dentaire Rive Gauche",
    "contact": "cabinet@centredentaire-rivegauche.example.fr", "language": "fr",
    "sender": ("Centre Dentaire Rive Gauche", "cabinet@centredentaire-rivegauche.example.fr"),
    "subject": "RE: Votre candidature - assistante de recherche",
    "date": "2026-09-07 08:15:02 +0200", "in_reply_to": "<CAP0k+Gf2Wq9@mail.example.co.uk>",
    "references": [MID_CDRG_INVITE, "<CAP0k+Gf2Wq9@mail.example.co.uk>"],
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Madame,

Un petit changement : je serai finalement au congrès de l'ADF à Lyon jeudi. L'entretien du 10 septembre à 12h30 est maintenu, mais il se fera en visioconférence plutôt qu'au cabinet.

Voici le lien : https://visio.example.fr/cdrg-sarrazin

Si la visio ne vous arrange pas, nous pouvons aussi le décaler à la semaine suivante au cabinet.

Bien à vous,

Dr Olivier Sarrazin
Centre Dentaire Rive Gauche
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "es_cambio_de_hora", "company": "Institut de Recerca Clínica Barcelona",
    "contact": "jvidal@ircb.example.es", "language": "es",
    "sender": ("Jordi Vidal i Serra", "jvidal@ircb.example.es"),
    "subject": "RE: Convocatoria de entrevista - Coordinador/a de Ensayos Clínicos (ref. IRCB-2026-31)",
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "date": "2026-09-10 09:58:14 +0200", "in_reply_to": "<CAQ1v+Hs4Tn7@mail.example.co.uk>",
    "references": [MID_IRCB_INVITE, "<CAQ1v+Hs4Tn7@mail.example.co.uk>"],
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Estimada Sra. Ross-Bellamy:

Gracias por confirmar su asistencia. Le escribo porque la Dra. Puig tiene un comité ético a primera hora del martes 15, por lo que necesitamos retrasar la entrevista a las 13:00 h del mismo día. El lugar no cambia.

Le ruego que nos indique si le viene bien el nuevo horario.

Disculpe las molestias.

Atentamente,

Jordi Vidal i Serra | Responsable de Selección
IRCB · Institut de Recerca Clínica Barcelona
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "es_cancelada_nueva_fecha", "company": "Ensayos Mediterráneo",
    "contact": "ncastells@ensayosmed.example.es", "language": "es",
    "sender": ("Nuria Castells Prat", "ncastells@ensayosmed.example.es"),
    "subject": "Cancelación entrevista lunes 10 de agosto",
    "hdr_charset": "windows-1252", "hdr_enc": "q",
    "date": "2026-08-06 18:22:37 +0200", "in_reply_to": MID_ENSAYOS_INVITE,
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Estimada Sra. Ross-Bellamy:

Lamentamos tener que cancelar la entrevista prevista para el lunes 10 de agosto a las 10:00 h. La Dra. Roig ha tenido que ausentarse por motivos familiares y no estará en la oficina hasta finales de mes.

El proceso sigue abierto y su candidatura continúa en él. Le propondremos una nueva fecha en cuanto conozcamos su disponibilidad, previsiblemente en la semana del 24 de agosto.

Le pedimos disculpas por las molestias.

Atentamente,

Nuria Castells Prat
Responsable de Personas
Ensayos Mediterráneo, S.L.
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "de_softgarden_terminverschiebung", "company": "Biovalis Studienzentrum",
    "contact": "anja.brueckner@biovalis.example.de", "language": "de",
    "sender": ("Biovalis Karriere", "biovalis-noreply@softgarden.io"),
    "reply_to": ("Anja Brückner", "anja.brueckner@biovalis.example.de"),
    "hdr_charset": "utf-8", "hdr_enc": "b",
    "subject": "Terminverschiebung: Ihr Vorstellungsgespräch bei Biovalis",
    "date": "2026-08-24 11:40:50 +0200", "in_reply_to": MID_BIOVALIS_INVITE,
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;background:#f0f2f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333;">
<tr><td style="padding:20px 30px;border-bottom:2px solid #2c7a7b;"><img src="https://biovalis.softgarden.io/assets/logo_biovalis.png" alt="Biovalis Studienzentrum" width="170"></td></tr>
<tr><td style="padding:24px 30px;">
<p>Sehr geehrte Frau Ross-Bellamy,</p>
<p>leider müssen wir Ihr Vorstellungsgespräch am <s>Donnerstag, 27. August, 10:00 Uhr MESZ</s> verschieben, da Dr. Renner kurzfristig zu einem Sponsor-Audit nach Basel reisen muss.</p>
<p>Neuer Termin: <b>Dienstag, 1. September 2026, 11:00 Uhr MESZ (10:00 Uhr Londoner Zeit)</b>, weiterhin per Microsoft Teams.</p>
<p>Bitte bestätigen Sie den neuen Termin oder schlagen Sie uns per Antwort auf diese E-Mail eine Alternative vor.</p>
<p><a href="https://biovalis.softgarden.io/de/appointment/88213/confirm?ref=mail&amp;v=2" style="background:#2c7a7b;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Neuen Termin bestätigen</a></p>
<p>Wir bitten um Ihr Verständnis.</p>
<p>Mit freundlichen Grüßen<br>Anja Brückner<br>Personalreferentin</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f7f7f7;font-size:10px;color:#888;">Biovalis Studienzentrum GmbH · Maximilianstraße 35 · 80539 München · Geschäftsführerin: Dr. Claudia Sendlinger · Amtsgericht München HRB 240117</td></tr>
</table></td></tr></table>
</body></html>
""",
})

MESSAGES.append({
    "kind": "interview_reschedule_or_cancel", "scenario": "de_outlook_von_gesendet", "company": "Hartwig Dental Systeme",
    "contact": "k.woelfel@kaiser-lenz.example.de", "language": "de",
    "sender": ("Dr. Katrin Wölfel", "k.woelfel@kaiser-lenz.example.de"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "AW: Einladung: Gespräch mit Hartwig Dental Systeme",
    "date": "2026-06-11 08:33:19 +0200", "in_reply_to": "<CAM3k8PxW9a@mail.example.co.uk>",
    "references": [MID_HARTWIG_INVITE, "<CAM3k8PxW9a@mail.example.co.uk>"],
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrte Frau Ross-Bellamy,

der Termin mit Herrn Brandl am 17. Juni muss leider verschoben werden, da er an diesem Tag bei einer Behördeninspektion im Werk anwesend sein muss.

Neuer Termin: Mittwoch, 24. Juni, 15:00 Uhr MESZ (14:00 Uhr Londoner Zeit), ebenfalls per Videokonferenz. Ich hoffe, das passt Ihnen genauso gut.

Mit freundlichen Grüßen

Dr. Katrin Wölfel
Kaiser & Lenz Personalberatung GmbH

Von: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Gesendet: Dienstag, 9. Juni 2026 19:02
An: Dr. Katrin Wölfel <k.woelfel@kaiser-lenz.example.de>
Betreff: Re: Einladung: Gespräch mit Hartwig Dental Systeme

Dear Dr Wölfel,

Thank you, 17 June at 14:00 UK time works well for me. I would be glad of a short call beforehand.

Kind regards,
Chiamaka
""",
})

# =============================================================================================
# Missed-interview notices
# =============================================================================================

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "waited_at_ten", "company": "Redland Smile & Implant Centre",
    "contact": "bea@redlandsmile.example.co.uk", "language": "en",
    "sender": ("Bea Lindholm", "bea@redlandsmile.example.co.uk"),
    "subject": "Your interview this morning",
    "date": "2026-03-17 11:12:40 +0000",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Chiamaka,

We were expecting you at 10:00 this morning for your interview with Dr Patel and waited until about half past. I tried your mobile but it went to voicemail.

I hope everything is OK. If you're still interested in the Research & Treatment Coordinator role, please give me a ring or reply to this email by Friday and we'll see whether we can find another slot next week.

Best wishes,

Bea Lindholm
Practice Manager
Redland Smile & Implant Centre
31 Chandos Road, Redland, Bristol BS6 6PG
0117 496 0388
""",
})

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "did_not_join_meet", "company": "Toothwise",
    "contact": "kit@toothwise.example.com", "language": "en",
    "sender": ("Kit Sandoval", "kit@toothwise.example.com"),
    "subject": "Missed you on Meet",
    "date": "2026-02-19 14:24:05 +0000",
    "structure": "alt", "charset": "utf-8", "cte": "8bit",
    "text": """Hey Chiamaka,

I was on the Google Meet at 2 for our chat about the Clinical Research Associate role but didn't see you join - I hung on until 2:20.

No stress if something came up! Just let me know and we can look at another time this week or next.

Kit
Talent @ Toothwise
""",
    "html": gmail_html("""Hey Chiamaka,

I was on the Google Meet at 2 for our chat about the Clinical Research Associate role but didn't see you join - I hung on until 2:20.

No stress if something came up! Just let me know and we can look at another time this week or next.

Kit
Talent @ Toothwise"""),
})

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "tried_to_call_voicemail", "company": "Ardent & Hale Clinical Research",
    "contact": "hannah.corrigan@ardenthale.example.co.uk", "language": "en",
    "sender": ("Hannah Corrigan", "hannah.corrigan@ardenthale.example.co.uk"),
    "subject": "Re: Quick call re your application",
    "date": "2026-02-16 11:21:33 +0000", "in_reply_to": "<CAD8p+Wm3Ra1@mail.example.co.uk>",
    "references": [MID_ARDENT_INVITE, "<CAD8p+Wm3Ra1@mail.example.co.uk>"],
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Chiamaka,

I tried to call you at 11:00 as we arranged, on 07700 900412, but it went straight to voicemail. I tried again at 11:10 and left a message.

Could you let me know a couple of times over the next few days that would suit for the phone screen? I'm keen to keep things moving, as the hiring manager wants to interview before the end of the month.

Thanks,
Hannah

Hannah Corrigan | Talent Acquisition Partner | Ardent & Hale Clinical Research

> On Thu, 12 Feb 2026 at 17:40, Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk> wrote:
> Hi Hannah, Monday at 11 is perfect - speak then. Chiamaka
""",
})

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "agency_trial_shift_no_show", "company": "Dental Staff Direct",
    "contact": "kayleigh@dentalstaffdirect.example.co.uk", "language": "en",
    "sender": ("Kayleigh @ Dental Staff Direct", "kayleigh@dentalstaffdirect.example.co.uk"),
    "subject": "TRIAL SHIFT TODAY??",
    "date": "2026-04-09 09:26:12 +0100",
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Chiamaka!!

The practice has just rung me – you were booked in for your trial shift at 8.30 this morning after yesterday's interview and you haven't turned up?! They've had to move patients around and they're not very happy.

Is everything ok?? Please call me ASAP on 0117 496 0901 so I can smooth things over with them. If there's been a mix-up I'm sure we can sort it!!

Kayleigh
DENTAL STAFF DIRECT!
""",
})

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "workday_no_show_names_recruiter", "company": "Veritrial", "contact": "", "language": "en",
    "sender": ("Veritrial Recruiting", "veritrial@myworkday.com"),
    "subject": "We missed you - Clinical Trial Coordinator (JR-20419)",
    "date": "2026-05-22 09:00:12 +0100",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f4;"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2e2e2e;">
<tr><td style="padding:18px 28px;"><img src="https://veritrial.wd103.myworkday.com/veritrial/assets/logo.png" alt="Veritrial" width="140"></td></tr>
<tr><td style="padding:6px 28px 24px;line-height:21px;">
<p>Dear Chiamaka,</p>
<p>Our records show that you did not attend your rescheduled interview for <b>Clinical Trial Coordinator</b> (JR-20419) on Thursday 21 May 2026 at 14:00 BST. Your interviewer waited in the Teams meeting for fifteen minutes.</p>
<p>If you would still like to be considered for this role, please contact Natasha Greaves at natasha.greaves@veritrial.example.com within five working days. After that, your application will be closed.</p>
<p>Best regards,<br>Veritrial Talent Acquisition</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f3f3f3;font-size:11px;color:#888;">Please do not reply to this email; this mailbox is not monitored.<br>Veritrial UK Ltd, 5 Merchant Square, London W2 1AY. Registered in England No. 10451188.</td></tr>
</table></td></tr></table>
</body></html>
""",
})

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "irish_reception_no_arrival", "company": "Sänger Pharma",
    "contact": "aoife.nibhriain@saenger-pharma.example.com", "language": "en",
    "sender": ("Aoife Ní Bhriain", "aoife.nibhriain@saenger-pharma.example.com"),
    "hdr_charset": "windows-1252", "hdr_enc": "b",
    "subject": "RE: Interview - Clinical Study Coordinator, Citywest",
    "date": "2026-07-29 10:41:28 +0100", "in_reply_to": "<CAH3w+Zt5Kq0@mail.example.co.uk>",
    "references": [MID_SAENGER_INVITE, "<CAH3w+Zt5Kq0@mail.example.co.uk>"],
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

We had you down for 09:30 this morning at Citywest, but reception tells me you didn't arrive and Conor waited until just after ten. I hope nothing's wrong – I know the flight from Bristol was early.

Would you let me know what happened when you get a chance? If it was a travel problem we can look at doing the interview on Teams instead.

Le meas,
Aoife

Aoife Ní Bhriain
HR Business Partner
Sänger Pharma | Citywest Business Campus, Dublin 24

From: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Sent: 20 July 2026 21:15
To: Aoife Ní Bhriain <aoife.nibhriain@saenger-pharma.example.com>
Subject: Re: Interview - Clinical Study Coordinator, Citywest

Dear Aoife, thank you – Wednesday 29 July at 09:30 suits me well. I'll book the early flight.
Kind regards, Chiamaka
""",
})

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "fr_client_attendue", "company": "Biocéane",
    "contact": "s.marchetti@aubrac-conseil.example.fr", "language": "fr",
    "sender": ("Sophie Marchetti", "s.marchetti@aubrac-conseil.example.fr"),
    "subject": "Biocéane - entretien de cet après-midi",
    "date": "2026-06-29 16:10:45 +0200", "in_reply_to": MID_BIOCEANE_INVITE,
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Bonjour Chiamaka,

Biocéane vient de m'appeler : Mme Vasseur vous a attendue à 14h00 à Boulogne, puis jusqu'à 14h30, et personne ne s'est présenté à l'accueil. J'ai essayé de vous joindre deux fois sur votre portable, sans succès.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me rappeler au plus vite ? Je ferai de mon mieux pour expliquer la situation au client, mais je ne peux rien garantir.

Sophie Marchetti
Cabinet Aubrac Conseil
01 84 88 12 40
""",
})

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "fr_visio_injoignable", "company": "Centre Dentaire Rive Gauche",
    "contact": "cabinet@centredentaire-rivegauche.example.fr", "language": "fr",
    "sender": ("Centre Dentaire Rive Gauche", "cabinet@centredentaire-rivegauche.example.fr"),
    "subject": "Entretien de ce midi",
    "date": "2026-09-10 13:20:04 +0200",
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Madame,

Le Dr Sarrazin s'est connecté à 12h30 comme convenu pour l'entretien en visioconférence, mais vous ne nous avez pas rejoints. Nous avons également essayé de vous appeler au numéro indiqué sur votre CV, sans réponse.

Si vous êtes toujours intéressée par le poste, merci de nous recontacter avant la fin de la semaine.

Cordialement,

Ludivine, secrétariat
Centre Dentaire Rive Gauche
01 46 33 07 12
""",
})

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "es_no_te_presentaste", "company": "Clinica Dental Diagonal",
    "contact": "raul.ibanez@carreratalento.example.es", "language": "es",
    "sender": ("Raul Ibanez", "raul.ibanez@carreratalento.example.es"),
    "subject": "?",
    "date": "2026-07-16 18:05:51 +0200", "in_reply_to": MID_DIAGONAL_INVITE,
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Chiamaka, la clinica me dice que hoy no te has presentado a la entrevista de las 17h. La Dra. Ferrer te ha esperado casi media hora.

Ha pasado algo? Llamame cuando puedas, a ver si lo podemos arreglar

Raul
Carrera Talento Salud
""",
})

MESSAGES.append({
    "kind": "missed_interview_notice", "scenario": "de_video_nicht_teilgenommen", "company": "Lindqvist Klinische Forschung",
    "contact": "s.hofstetter@lindqvist-kf.example.de", "language": "de",
    "sender": ("Sabine Hofstetter", "s.hofstetter@lindqvist-kf.example.de"),
    "subject": "Ihr Videointerview heute um 10:00 Uhr",
    "date": "2026-02-25 10:41:16 +0100",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Ross-Bellamy,

leider haben Sie an dem für heute um 10:00 Uhr MEZ (09:00 Uhr Londoner Zeit) vereinbarten Videointerview über Microsoft Teams nicht teilgenommen. Herr Dr. Lindqvist und ich haben bis 10:20 Uhr gewartet.

Vielleicht gab es ein Missverständnis wegen der Zeitverschiebung? Bitte teilen Sie uns bis Freitag mit, ob Sie weiterhin Interesse an der Position haben; dann versuchen wir, einen neuen Termin zu finden.

Mit freundlichen Grüßen

Sabine Hofstetter
HR Business Partnerin
Lindqvist Klinische Forschung GmbH
Leopoldstraße 144 · 80804 München
Geschäftsführer: Dr. Henrik Lindqvist, Petra Aumüller · Amtsgericht München HRB 219874
""",
})
