"""Interview invitations, reschedules and cancellations, and missed-interview notices.

Each dict is one message, written by hand; see make_hundredthirtyeighth.py for the fields.
"""

from __future__ import annotations

from msgs138_common import SENT

NOWS_UID = "040000008200E00074C5B7101A82E00800000000F0A3C91D8ECBDC010000000000000000100000004B7E2D1A9C3F5E6071829304A5B6C7D8"
STADE_UID = "b3f1c0e2-6a7d-4e19-9f42-stader-interview-2026-0602@stader-chemie.example.de"
BON_UID = "BON-RH-2026-0519-7731@bon-construction.example.fr"

INVITATIONS: list[dict] = [
    # --- English ---------------------------------------------------------------------------
    {
        "key": "greenhouse_pick_a_time",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-03-10 11:02 +0100",
        "frm": ("Hazly via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Nina Bakker-Sterk", "nina.bakker@hazly.example.com"),
        "subject": "Let's find a time to chat – Field Safety Specialist at Hazly",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "text": """Hi Greta,

Thanks for applying for the Field Safety Specialist role at Hazly! Joost (our Head of Field
Operations) and I would love to meet you for an interview at our office in the Schiehaven.

Please use the link below to pick a 60-minute slot that works for you next week:
https://app.greenhouse.io/scheduling/candidate/abc7f3e1?token=Zk9xQ2

If none of the times work, just reply to this email and we'll figure something out.

Looking forward to it,
Nina

Nina Bakker-Sterk
Talent Partner | Hazly
""",
        "html": """<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222;max-width:560px;">
<p>Hi Greta,</p>
<p>Thanks for applying for the <b>Field Safety Specialist</b> role at Hazly! Joost (our Head of Field Operations) and I would love to meet you for an interview at our office in the Schiehaven.</p>
<p>Please use the button below to pick a 60-minute slot that works for you next week:</p>
<p><a href="https://click.greenhouse-mail.io/ls/click?upn=aHR0cHM6Ly9hcHAuZ3JlZW5ob3VzZS5pby9zY2hlZHVsaW5n" style="background:#3a5bff;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none;display:inline-block;">Choose a time</a></p>
<p>If none of the times work, just reply to this email and we'll figure something out.</p>
<p>Looking forward to it,<br>Nina</p>
<p style="color:#666;font-size:12px;">Nina Bakker-Sterk<br>Talent Partner | Hazly</p>
<img src="https://us.greenhouse-mail.io/o/eJwtjEEOgjAQRK9.gif" width="1" height="1" alt="" style="display:none;">
</div>
""",
        "company": "Hazly",
        "contact": "nina.bakker@hazly.example.com",
    },
    {
        "key": "agency_phone_screen_named",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-04-01 09:37 +0100",
        "frm": ("Callum Strachan", "callum@brodiestrachan.example.co.uk"),
        "subject": "Cairnbulg Energy – HSE Coordinator Peterhead terminal – call with the hiring manager",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Morning Greta,

Good news – I put your CV forward to Cairnbulg Energy for the HSE Coordinator role at their
Peterhead gas terminal and the hiring manager, Fiona Reid, would like a first interview by
phone.

She's suggested Wednesday 8 April at 10:30 UK time (11:30 for you), 45 minutes. She'll ring
your mobile, the +31 number on your CV. Expect questions on permit-to-work, how you'd handle a
contractor who refuses to stop a lift, and your timeline for the NEBOSH Diploma.

Can you confirm by reply that the slot works? If not, give me two alternatives and I'll
sort it.

Cheers,
Callum

Callum Strachan | Senior Consultant – Energy & Marine | Brodie & Strachan Recruitment Ltd
M +44 7700 900 318
""",
        "company": "Cairnbulg Energy",
        "contact": "callum@brodiestrachan.example.co.uk",
    },
    {
        "key": "calendar_request_offshore",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-04-14 09:12 +0200",
        "frm": ("Pieter Zwanenburg", "p.zwanenburg@noordzee-ows.example.nl"),
        "subject": "Interview – HSE Coordinator Port Operations (vacancy 26-018)",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Dear Greta,

Thank you for your application for the position of HSE Coordinator Port Operations. We would
like to invite you for a first interview on Tuesday 21 April from 10:00 to 11:00 at our
Rotterdam base (Sluisjesdijk 155, gate B). Please report to the reception in the white
office building; visitors must bring a valid ID.

You will meet me and our Marine Operations Manager, Ilse Kramer. Please accept the meeting
request attached to this mail so it lands in your calendar.

Kind regards,

Pieter Zwanenburg
HSE Manager
Noordzee Offshore Wind Services
+31 10 555 7702
""",
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000;">
<p>Dear Greta,</p>
<p>Thank you for your application for the position of HSE Coordinator Port Operations. We would like to invite you for a first interview on <b>Tuesday 21 April from 10:00 to 11:00</b> at our Rotterdam base (Sluisjesdijk 155, gate B). Please report to the reception in the white office building; visitors must bring a valid ID.</p>
<p>You will meet me and our Marine Operations Manager, Ilse Kramer. Please accept the meeting request attached to this mail so it lands in your calendar.</p>
<p>Kind regards,</p>
<p>Pieter Zwanenburg<br>HSE Manager<br><span style="color:#0a6ebd;font-weight:bold;">Noordzee Offshore Wind Services</span><br>+31 10 555 7702</p>
</body></html>
""",
        "calendar": {
            "method": "REQUEST",
            "uid": NOWS_UID,
            "sequence": 0,
            "stamp": "20260414T071200Z",
            "start": "20260421T100000",
            "end": "20260421T110000",
            "summary": "Interview Greta Vanderberg-Osei – HSE Coordinator Port Operations",
            "location": "NOWS Rotterdam base, Sluisjesdijk 155, gate B",
            "organizer": ("Pieter Zwanenburg", "p.zwanenburg@noordzee-ows.example.nl"),
            "description": "First interview with Pieter Zwanenburg and Ilse Kramer. Bring a valid ID.",
        },
        "company": "Noordzee Offshore Wind Services",
        "contact": "p.zwanenburg@noordzee-ows.example.nl",
    },
    {
        "key": "workday_assessment_day",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-05-05 16:20 +0200",
        "frm": ("MCT Talent Acquisition", "mct@myworkday.com"),
        "subject": "Invitation: assessment day – Shift Safety Lead (R-004602)",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<!DOCTYPE html>
<html><body style="margin:0;background:#eef1f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2a36;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #f39200;"><img src="https://mct.wd3.myworkday.com/mct/assets/logo-mct.png" alt="MCT Maasvlakte Container Terminals" width="180" height="42"></td></tr>
<tr><td style="padding:28px 32px;line-height:21px;">
<p>Dear Greta,</p>
<p>Good news: you have been selected for the next step for the position of <b>Shift Safety Lead</b> (R-004602).</p>
<p>We would like to invite you to our assessment day on <b>Thursday 21 May 2026, 08:30&ndash;15:00</b> at the MCT Training Centre, Europaweg 910, Maasvlakte. The day includes:</p>
<ul>
<li>a structured interview with the Operations Manager and an HSE Business Partner</li>
<li>a toolbox-talk you prepare yourself (10 minutes, topic of your choice)</li>
<li>a practical incident-investigation case on the quay</li>
</ul>
<p>Personal protective equipment will be provided; please wear closed shoes. Lunch is included.</p>
<p>Please confirm your attendance in your candidate home before 12 May.</p>
<p><a href="https://mct.wd3.myworkday.com/mct/d/task/2997$4412.htmld" style="background:#f39200;color:#fff;text-decoration:none;padding:10px 18px;border-radius:3px;display:inline-block;">Confirm attendance</a></p>
<p>Kind regards,<br>Talent Acquisition<br>MCT Maasvlakte Container Terminals</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#1d2a36;color:#aab4be;font-size:11px;">MCT Maasvlakte Container Terminals B.V. &middot; Europaweg 910 &middot; 3199 LC Maasvlakte Rotterdam<br>This message was sent from an unmonitored mailbox.</td></tr>
</table></td></tr></table></body></html>
""",
        "company": "MCT Maasvlakte Container Terminals",
        "contact": "",
    },
    {
        "key": "quay_visit_short",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-03-31 16:44 +0200",
        "frm": ("Marloes de Graaf", "m.degraaf@kranenburg-stevedoring.example.nl"),
        "mid": "<AM7PR02MB5512C9F0E1B84A23D1C7E8F2A3@AM7PR02MB5512.eurprd02.prod.outlook.com>",
        "subject": "Interview HSE Coordinator – Kranenburg",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": """Dear Greta,

We are pleased to invite you to an interview for the position of HSE Coordinator on
Thursday 9 April at 10:00 at our office, Waalhaven Zuidzijde 38. Please bring your safety
shoes; Henk would like to show you the quay afterwards.

Could you let me know if that suits you?

Kind regards,
Marloes de Graaf
HR & Office Manager
Kranenburg Stevedoring B.V. – family business since 1921
Waalhaven Zuidzijde 38 · 3089 JH Rotterdam · 010 555 2290
""",
        "company": "Kranenburg Stevedoring",
        "contact": "m.degraaf@kranenburg-stevedoring.example.nl",
    },
    {
        "key": "teams_video_antwerp",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-03-05 10:03 +0100",
        "frm": ("Hilde Verstraeten", "hilde.verstraeten@scheldepoort.example.be"),
        "subject": "Video interview – Shift HSE Advisor",
        "structure": "alt",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Dear Ms Vanderberg-Osei,

Following your application for the Shift HSE Advisor role at our Kallo terminal, I'm happy to
invite you to a first interview via Microsoft Teams with our Terminal Manager, Koen Van
Hoorebeke, and myself.

Date: Wednesday 11 March 2026
Time: 14:00 – 14:45 (CET)
Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGE3ZTct%40thread.v2/0

Please let me know whether this works for you.

Kind regards,

Hilde Verstraeten
HR Business Partner
Scheldepoort Tank Storage NV
""",
        "html": """<html><body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt;">
<p>Dear Ms Vanderberg-Osei,</p>
<p>Following your application for the Shift HSE Advisor role at our Kallo terminal, I&#8217;m happy to invite you to a first interview via Microsoft Teams with our Terminal Manager, Koen Van Hoorebeke, and myself.</p>
<table cellpadding="4" style="font-family:Calibri,sans-serif;font-size:11pt;">
<tr><td><b>Date</b></td><td>Wednesday 11 March 2026</td></tr>
<tr><td><b>Time</b></td><td>14:00 &#8211; 14:45 (CET)</td></tr>
<tr><td><b>Link</b></td><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGE3ZTct%40thread.v2/0">Join the meeting now</a></td></tr>
</table>
<p>Please let me know whether this works for you.</p>
<p>Kind regards,</p>
<p><b>Hilde Verstraeten</b><br>HR Business Partner<br>Scheldepoort Tank Storage NV</p>
<p style="font-size:8pt;color:#808080;">The information in this e-mail is confidential and intended solely for the addressee.</p>
</body></html>
""",
        "company": "Scheldepoort Tank Storage",
        "contact": "hilde.verstraeten@scheldepoort.example.be",
    },
    {
        "key": "panel_interview_pack",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-02-17 14:25 +0000",
        "frm": ("Morag Duthie", "morag.duthie@nsip.example.co.uk"),
        "subject": "Interview invitation – Trainee HSE Inspector (Ref NSIP/26/07)",
        "structure": "mixed",
        "charset": "us-ascii",
        "cte": "7bit",
        "mid_style": "outlook",
        "text": """Dear Greta,

Ref: NSIP/26/07 - Trainee HSE Inspector (Lifting Operations)

Further to your application, I am pleased to invite you to a panel interview at our Dyce
office on Tuesday 3 March 2026 at 11:15. The panel will be:

  - Alasdair Gow, Technical Director
  - Shona McLeod, Lead Inspector, Lifting & Cranes
  - Morag Duthie, People Team

The interview will last about an hour and will include a short written exercise (20 minutes)
on a LOLER thorough-examination report. Further details, directions and our travel expenses
policy are in the attached information pack.

Please confirm your attendance by replying to this email. If you require any reasonable
adjustments for the interview, let me know.

Yours sincerely,

Morag Duthie
People Team
North Sea Integrity Partners
Unit 7, Howe Moss Drive, Dyce, Aberdeen AB21 0GL
T: 01224 555 870

North Sea Integrity Partners Limited. Registered in Scotland No SC377105.
""",
        "attachments": [("NSIP_Interview_Information_Pack.pdf", [
            "North Sea Integrity Partners - Interview information pack",
            "Position: Trainee HSE Inspector (Lifting Operations), ref NSIP/26/07",
            "Date: Tuesday 3 March 2026, 11:15, Dyce office",
            "Format: panel interview (45 min) + written exercise (20 min)",
            "Directions: from Aberdeen Airport take Howe Moss Drive, Unit 7 on the left.",
            "Travel expenses: economy flights reimbursed up to GBP 350 on receipts.",
        ])],
        "company": "North Sea Integrity Partners",
        "contact": "morag.duthie@nsip.example.co.uk",
    },
    {
        "key": "agency_client_unnamed_exclaim",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-04-20 08:12 +0200",
        "frm": ("Demi | Portflex Staffing", "demi.kools@portflex.example.nl"),
        "subject": "INTERVIEW!! Thursday – tank terminal Europoort",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Goodmorning Greta!!

I have an interview for you!!! My client, a big tank terminal in the Europoort (I can't say
the name yet, they're very strict about that until the first meeting), wants to meet you
for their HSE Coordinator day shift vacancy.

When: Thursday 23 April, 13:30
Where: our office first, Waalhaven O.z. 71 – we'll drive over together, I'll brief you in
the car :)
Bring: ID, your VCA-VOL diploma and your crane certificates

Let me know ASAP if this works!! Fingers crossed!!!

Demi Kools
Recruiter Port & Industry
Portflex Staffing – Rotterdam Waalhaven
+31 10 555 8812
""",
        "company": "Portflex Staffing",
        "contact": "demi.kools@portflex.example.nl",
    },
    {
        "key": "ashby_second_round",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-05-13 13:58 +0200",
        "frm": ("Quayside AI", "no-reply@ashbyhq.com"),
        "reply_to": ("Femke Aydin", "femke@quayside-ai.example.com"),
        "subject": "Next step: on-site with the founders 🚢",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;background:#f9fafb;color:#101828;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;border:1px solid #eaecf0;">
<tr><td style="padding:24px 28px;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/quayside.png" alt="Quayside AI" height="26"></td></tr>
<tr><td style="padding:0 28px 24px;font-size:15px;line-height:24px;">
<p>Hi Greta,</p>
<p>Great news &ndash; the team loved your first conversation with Femke, and we'd like to invite you to the second round for the <b>Safety Domain Expert</b> role.</p>
<p>This is a 2-hour on-site at our office (Keilestraat 9F, Rotterdam) with our two founders, Youssef and Daan. You'll look at some real CCTV clips from a container yard with them and tell them what our computer-vision model should be flagging. No preparation needed, just bring your eye for unsafe situations.</p>
<p>Please book a slot here:</p>
<p><a href="https://app.ashbyhq.com/interview-briefings/9f1c0d2e-scheduling?utm_source=email" style="background:#155eef;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;">Pick a time</a></p>
<p>Questions? Just reply, Femke reads this.</p>
<p>&ndash; Team Quayside</p>
</td></tr>
<tr><td style="padding:14px 28px;border-top:1px solid #eaecf0;font-size:12px;color:#667085;">Sent with Ashby</td></tr>
</table></td></tr></table>
<img src="https://ashbyhq.com/t/o/5c9a2b.png" width="1" height="1" alt="">
</body></html>
""",
        "company": "Quayside AI",
        "contact": "femke@quayside-ai.example.com",
    },
    {
        "key": "gmail_chain_unfortunately_in_quote",
        "kind": "interview_invitation",
        "lang": "en",
        "date": "2026-03-11 12:26 +0000",
        "frm": ("Alan Keith", "alan.keith@graniteharbour.example.co.uk"),
        "subject": "Re: HSE Advisor application – Granite Harbour",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "gmail",
        "refs": [SENT["to_granite"]],
        "text": """Hi Greta,

No problem at all. Let's do Tuesday 17th at 2pm then – interview at our Altens site office,
about an hour, with me and our Construction Director. Ask for me at the gatehouse on Hareness
Road. If you're flying in that morning let me know and I'll get someone to pick you up.

Alan

Alan Keith
HSE Manager, Granite Harbour Construction
07700 900 542

On Mon, 9 Mar 2026 at 19:03, Greta Vanderberg-Osei <greta.vo@example.nl> wrote:
> Dear Alan,
>
> Thank you for your call today. Unfortunately I am working night shifts until Friday
> 13 March, so I won't be able to travel to Aberdeen before then. Would any day in the week
> of 16 March work instead? I'm sorry for the inconvenience and don't want to lose the
> opportunity.
>
> Kind regards,
> Greta
""",
        "company": "Granite Harbour Construction",
        "contact": "alan.keith@graniteharbour.example.co.uk",
    },
    # --- German ----------------------------------------------------------------------------
    {
        "key": "softgarden_einladung",
        "kind": "interview_invitation",
        "lang": "de",
        "date": "2026-04-09 10:47 +0200",
        "frm": ("Nordsee Kran Service GmbH", "nordsee-kran-service@mail.softgarden.io"),
        "reply_to": ("Anja Wieting", "a.wieting@nordsee-kran.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – HSE-Koordinator (m/w/d) Bremerhaven",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d;">
<table width="620" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #e3e3e3;">
<tr><td style="background:#e2001a;padding:12px 20px;"><img src="https://static.softgarden.io/public/nks/logo.png" alt="Nordsee Kran Service" height="34"></td></tr>
<tr><td style="padding:22px 20px;line-height:1.6;">
<p>Sehr geehrte Frau Vanderberg-Osei,</p>
<p>vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.</p>
<p>Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:</p>
<table cellpadding="3" style="font-size:14px;">
<tr><td><b>Termin:</b></td><td>Dienstag, 21. April 2026, 10:00 Uhr</td></tr>
<tr><td><b>Ort:</b></td><td>Nordsee Kran Service, Am Container-Terminal 4, 27568 Bremerhaven</td></tr>
<tr><td><b>Gesprächspartner:</b></td><td>Hauke Ahlers (Technischer Leiter), Anja Wieting (Personal)</td></tr>
</table>
<p>Bitte bestätigen Sie uns den Termin kurz über den folgenden Link oder per Antwort auf diese E-Mail:</p>
<p><a href="https://nordsee-kran-service.softgarden.io/interview/confirm?token=c2ZnLTQ0MTA" style="background:#e2001a;color:#fff;padding:9px 16px;text-decoration:none;">Termin bestätigen</a></p>
<p>Mit freundlichen Grüßen<br>Anja Wieting<br>Personal</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#888;border-top:1px solid #e3e3e3;">Nordsee Kran Service GmbH · Am Container-Terminal 4 · 27568 Bremerhaven · AG Bremen HRB 4412 BHV · Geschäftsführer: Fokko Janßen</td></tr>
</table>
<img src="https://mail.softgarden.io/track/open/1a9d7c.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "Nordsee Kran Service",
        "contact": "a.wieting@nordsee-kran.example.de",
    },
    {
        "key": "personio_video",
        "kind": "interview_invitation",
        "lang": "de",
        "date": "2026-05-04 14:31 +0200",
        "frm": ("Lindemann Hoch- und Tiefbau", "lindemann-bau@jobs.personio.de"),
        "reply_to": ("Dirk Scholten", "d.scholten@lindemann-bau.example.de"),
        "subject": "Einladung zum Online-Interview – SiGeKo / HSE-Koordination",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "text": """Guten Tag Frau Vanderberg-Osei,

danke für Ihre Bewerbung als Sicherheits- und Gesundheitsschutzkoordinatorin (SiGeKo) für
unsere Baustellen im Duisburger Hafen.

Gern möchten wir Sie in einem ersten Online-Interview kennenlernen:

Mittwoch, 13. Mai 2026, 9:00 – 9:45 Uhr
Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjE4Lindemann%40thread.v2/0

Teilnehmen werden unser Bauleiter Hafenprojekte, Herr Ramaekers, und ich.

Sollte der Termin nicht passen, schreiben Sie mir bitte kurz.

Freundliche Grüße
Dirk Scholten
Personalleitung
Lindemann Hoch- und Tiefbau GmbH & Co. KG – Familienunternehmen in dritter Generation
""",
        "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p>Guten Tag Frau Vanderberg-Osei,</p>
<p>danke für Ihre Bewerbung als Sicherheits- und Gesundheitsschutzkoordinatorin (SiGeKo) für unsere Baustellen im Duisburger Hafen.</p>
<p>Gern möchten wir Sie in einem ersten Online-Interview kennenlernen:</p>
<p style="background:#f4f6f8;padding:10px;"><b>Mittwoch, 13. Mai 2026, 9:00 &ndash; 9:45 Uhr</b><br>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjE4Lindemann%40thread.v2/0">An Microsoft-Teams-Besprechung teilnehmen</a></p>
<p>Teilnehmen werden unser Bauleiter Hafenprojekte, Herr Ramaekers, und ich.</p>
<p>Sollte der Termin nicht passen, schreiben Sie mir bitte kurz.</p>
<p>Freundliche Grüße<br>Dirk Scholten<br>Personalleitung<br>Lindemann Hoch- und Tiefbau GmbH &amp; Co. KG &ndash; Familienunternehmen in dritter Generation</p>
<p style="font-size:11px;color:#999;">Lindemann Hoch- und Tiefbau GmbH &amp; Co. KG · Hafenstraße 12 · 47119 Duisburg · AG Duisburg HRA 7731 · phG: Lindemann Verwaltungs-GmbH, GF: Bernd und Julia Lindemann</p>
</div>
""",
        "company": "Lindemann Hoch- und Tiefbau",
        "contact": "d.scholten@lindemann-bau.example.de",
    },
    {
        "key": "agentur_telefoninterview_kunde",
        "kind": "interview_invitation",
        "lang": "de",
        "date": "2026-02-23 16:50 +0100",
        "frm": ("Jens-Ole Petersen", "jo.petersen@hanse-personal.example.de"),
        "subject": "Telefoninterview mit der HSB - Ihre Bewerbung als Sicherheitsbeauftragte",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

wie eben am Telefon kurz angekündigt: Unser Kunde, der Hamburger Schlepp- und Bugsierdienst
(HSB), möchte Sie gern in einem ersten Telefoninterview kennenlernen.

Termin: Freitag, 27. Februar, 11:00 Uhr
Dauer: ca. 30 Minuten
Gesprächspartner: Kapitän Arne Lüthje, Leiter Nautik & Sicherheit

Herr Lüthje ruft Sie unter Ihrer Mobilnummer an. Die Stelle ist im Zusammenhang mit der
ISM-Code-Umsetzung an Bord der Schlepper angesiedelt - es lohnt sich, das Thema SMS (Safety
Management System) kurz aufzufrischen.

Bitte bestätigen Sie mir den Termin per Antwort.

Mit freundlichen Grüßen

Jens-Ole Petersen
Senior Personalberater Maritime Wirtschaft
Hanse Personal Partner GmbH
Ballindamm 27 · 20095 Hamburg
Tel. +49 40 555 720 14
""",
        "company": "Hamburger Schlepp- und Bugsierdienst",
        "contact": "jo.petersen@hanse-personal.example.de",
    },
    {
        "key": "kalender_anfrage_stade",
        "kind": "interview_invitation",
        "lang": "de",
        "date": "2026-05-26 08:41 +0200",
        "frm": ("Wiebke Hadeler", "wiebke.hadeler@stader-chemie.example.de"),
        "subject": "Vorstellungsgespräch Sicherheitsingenieurin Werk Stade-Bützfleth",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Sicherheitsingenieurin
(m/w/d) in unserem Werk Stade-Bützfleth einzuladen.

Termin: Dienstag, 2. Juni 2026, 13:00 – 14:30 Uhr
Ort: Verwaltungsgebäude, Raum 2.14, Johann-Rathje-Köser-Str. 1, 21683 Stade
Teilnehmende: Dr. Ole Bardenhagen (Leiter Werkssicherheit), Wiebke Hadeler (HR)

Bitte melden Sie sich 15 Minuten vorher an Tor 1; der Werkschutz benötigt Ihren
Personalausweis. Die Kalendereinladung finden Sie anbei.

Mit freundlichen Grüßen
Wiebke Hadeler
HR Business Partnerin
Stader Chemiewerke GmbH
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:10pt;">
<p>Sehr geehrte Frau Vanderberg-Osei,</p>
<p>wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position <b>Sicherheitsingenieurin (m/w/d)</b> in unserem Werk Stade-Bützfleth einzuladen.</p>
<p><b>Termin:</b> Dienstag, 2. Juni 2026, 13:00 &ndash; 14:30 Uhr<br><b>Ort:</b> Verwaltungsgebäude, Raum 2.14, Johann-Rathje-Köser-Str. 1, 21683 Stade<br><b>Teilnehmende:</b> Dr. Ole Bardenhagen (Leiter Werkssicherheit), Wiebke Hadeler (HR)</p>
<p>Bitte melden Sie sich 15 Minuten vorher an Tor 1; der Werkschutz benötigt Ihren Personalausweis. Die Kalendereinladung finden Sie anbei.</p>
<p>Mit freundlichen Grüßen<br>Wiebke Hadeler<br>HR Business Partnerin<br>Stader Chemiewerke GmbH</p>
<p style="font-size:8pt;color:#777;">Stader Chemiewerke GmbH · Sitz: Stade · Amtsgericht Tostedt HRB 201554 · Geschäftsführung: Dr. Karin Mohrmann, Lars Tiedemann</p>
</body></html>
""",
        "calendar": {
            "method": "REQUEST",
            "uid": STADE_UID,
            "sequence": 0,
            "stamp": "20260526T064100Z",
            "start": "20260602T130000",
            "end": "20260602T143000",
            "tzid": "Europe/Berlin",
            "summary": "Vorstellungsgespräch Frau Vanderberg-Osei – Sicherheitsingenieurin",
            "location": "Stader Chemiewerke, Verwaltungsgebäude Raum 2.14",
            "organizer": ("Wiebke Hadeler", "wiebke.hadeler@stader-chemie.example.de"),
            "description": "Bitte 15 Minuten vorher an Tor 1 melden (Personalausweis).",
        },
        "company": "Stader Chemiewerke",
        "contact": "wiebke.hadeler@stader-chemie.example.de",
    },
    {
        "key": "startup_du_call_cto",
        "kind": "interview_invitation",
        "lang": "de",
        "date": "2026-06-08 18:14 +0200",
        "frm": ("Lasse Harms", "lasse@sicherwerk.example.de"),
        "subject": "Call mit Merve (CTO)?",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Hi Greta,

hier Lasse von sicherwerk – danke für deine Bewerbung als Product Safety Expert!

Dein Profil ist genau das, was uns fehlt: jemand, der wirklich schon mal in einer Krankabine
gesessen hat und weiß, wie unsere App auf dem Terminal tatsächlich benutzt wird. Hast du
Lust auf ein erstes Kennenlernen mit Merve, unserer CTO, und mir? Ca. 45 Minuten per Google
Meet, ganz locker.

Wie wäre Donnerstag, 11.6., um 16 Uhr? Falls das nicht passt, schick mir einfach zwei, drei
Alternativen.

Bis bald
Lasse

Lasse Harms · Co-Founder & CEO
sicherwerk – Sicherheit, die mitdenkt
Hamburg · www.sicherwerk.example.de
""",
        "company": "sicherwerk",
        "contact": "lasse@sicherwerk.example.de",
    },
    {
        "key": "behoerde_auswahlgespraech_pdf",
        "kind": "interview_invitation",
        "lang": "de",
        "date": "2026-06-22 10:05 +0200",
        "frm": ("Ute Brüning", "ute.bruening@las.bremen.example.de"),
        "subject": "Einladung zum Auswahlgespräch - Kennziffer 2026/114",
        "structure": "mixed",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

bezugnehmend auf Ihre Bewerbung auf die Stelle einer Aufsichtsbeamtin / eines
Aufsichtsbeamten im technischen Arbeitsschutz (Kennziffer 2026/114, EG 11 TV-L) laden wir
Sie zu einem Auswahlgespräch ein.

Das Gespräch findet am Donnerstag, dem 9. Juli 2026, um 10:30 Uhr in der Landesanstalt für
Arbeitssicherheit Bremen, Doventorscontrescarpe 172, Raum 3.07, statt. An dem Gespräch
nehmen Vertreterinnen und Vertreter der Fachabteilung, des Personalrats sowie die
Gleichstellungsbeauftragte teil.

Nähere Informationen zum Ablauf entnehmen Sie bitte dem beigefügten Einladungsschreiben.
Bitte teilen Sie uns bis zum 1. Juli mit, ob Sie den Termin wahrnehmen können.

Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
Im Auftrag

Ute Brüning
Landesanstalt für Arbeitssicherheit Bremen
Referat Z2 - Personal
Tel. 0421 555-6614
""",
        "attachments": [("Einladung_Auswahlgespraech_2026-114.pdf", [
            "Landesanstalt fuer Arbeitssicherheit Bremen - Referat Z2 Personal",
            "Einladung zum Auswahlgespraech, Kennziffer 2026/114",
            "Termin: Donnerstag, 9. Juli 2026, 10:30 Uhr, Raum 3.07",
            "Ablauf: Vorstellung (10 Min.), strukturiertes Interview (40 Min.), Fachfrage",
            "Bitte bringen Sie einen Lichtbildausweis mit.",
        ])],
        "company": "Landesanstalt für Arbeitssicherheit Bremen",
        "contact": "ute.bruening@las.bremen.example.de",
    },
    {
        "key": "zweites_gespraech_reederei",
        "kind": "interview_invitation",
        "lang": "de",
        "date": "2026-05-20 12:03 +0200",
        "frm": ("Maren Sievers", "m.sievers@brodersen-reederei.example.de"),
        "subject": "AW: Ihre Bewerbung HSE-Koordinatorin – zweites Gespräch",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["<VI1PR03MB4410A1B2C3D4E5F60718293A@VI1PR03MB4410.eurprd03.prod.outlook.com>"],
        "text": """Sehr geehrte Frau Vanderberg-Osei,

vielen Dank für das erste Gespräch. Herr Brodersen würde Sie gern in einem zweiten Gespräch
näher kennenlernen – diesmal bei uns an Bord.

Vorschlag: Freitag, 29. Mai, 14:00 Uhr, MS „Hanna B.“ am Liegeplatz O'Swaldkai 4. Im
Anschluss führt Sie unser Kapitän über das Schiff. Festes Schuhwerk ist Pflicht.

Passt Ihnen das?

Mit freundlichen Grüßen
Maren Sievers
Assistenz der Geschäftsführung

Reederei Brodersen GmbH & Co. KG
Große Elbstraße 143 · 22767 Hamburg
Registergericht Hamburg HRA 112 034 · pers. haftende Gesellschafterin: Brodersen Verwaltungs-GmbH

Von: Maren Sievers
Gesendet: Dienstag, 12. Mai 2026 10:22
An: Greta Vanderberg-Osei <greta.vo@example.nl>
Betreff: Ihre Bewerbung HSE-Koordinatorin

Sehr geehrte Frau Vanderberg-Osei,

wir danken Ihnen für das Gespräch. Wir melden uns in der kommenden Woche bei Ihnen.
""",
        "company": "Reederei Brodersen",
        "contact": "m.sievers@brodersen-reederei.example.de",
    },
    {
        "key": "probetag_terminal",
        "kind": "interview_invitation",
        "lang": "de",
        "date": "2026-07-06 13:22 +0200",
        "frm": ("Ralf Wiesenthal", "r.wiesenthal@rtt-duisburg.example.de"),
        "subject": "Kennenlerntag bei RTT",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Hallo Frau Vanderberg-Osei,

nach unserem Telefonat von gestern würden wir Sie gern zu einem Kennenlerntag auf unser
Terminal in Ruhrort einladen: Montag, 13. Juli, ab 7:00 Uhr (Schichtbeginn). Sie laufen
einen Vormittag mit unserer Fachkraft für Arbeitssicherheit mit, danach setzen wir uns mit
der Terminalleitung zu einem Gespräch zusammen. Gegen 13 Uhr sind Sie fertig.

PSA stellen wir, bitte bringen Sie nur S3-Schuhe mit. Treffpunkt ist das Pförtnerhaus
Tor Vinckeweg.

Geben Sie mir kurz Bescheid, ob das klappt.

Gruß aus Duisburg
Ralf Wiesenthal
Ruhrort Trimodal Terminal – Personal
0203 555 7440
""",
        "company": "Ruhrort Trimodal Terminal",
        "contact": "r.wiesenthal@rtt-duisburg.example.de",
    },
    # --- French ----------------------------------------------------------------------------
    {
        "key": "entretien_visio_armateur",
        "kind": "interview_invitation",
        "lang": "fr",
        "date": "2026-06-02 09:55 +0200",
        "frm": ("Compagnie Maritime Leroux-Vasseur – Recrutement", "recrutement@cmlv.example.fr"),
        "reply_to": ("Camille Fauvel", "camille.fauvel@cmlv.example.fr"),
        "subject": "Invitation à un entretien – Coordinateur(trice) QHSE Flotte",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "html": """<html><body style="font-family:'Trebuchet MS',Arial,sans-serif;font-size:14px;color:#12263a;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="border-bottom:3px solid #0f4c81;padding:14px 0;"><img src="https://www.cmlv.example.fr/static/logo-cmlv.png" alt="Compagnie Maritime Leroux-Vasseur" height="40"></td></tr>
<tr><td style="padding:20px 0;line-height:1.6;">
<p>Madame,</p>
<p>Nous avons le plaisir de vous convier à un entretien pour le poste de <b>Coordinateur(trice) QHSE Flotte</b>, basé au Havre.</p>
<p>L'entretien se déroulera en visioconférence (Microsoft Teams) le <b>mardi 9 juin 2026 à 10h00</b>, en présence de M. Olivier Marguerie, Directeur de l'Armement, et de moi-même. Prévoyez environ une heure.</p>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q01MVi1RSFNF%40thread.v2/0">Rejoindre la réunion Microsoft Teams</a></p>
<p>Nous vous remercions de bien vouloir nous confirmer votre disponibilité par retour de mail.</p>
<p>Bien cordialement,</p>
<p>Camille Fauvel<br>Chargée de recrutement<br>Compagnie Maritime Leroux-Vasseur<br>12, quai de Southampton &ndash; 76600 Le Havre</p>
</td></tr>
<tr><td style="font-size:10px;color:#8899aa;border-top:1px solid #dde;padding-top:8px;">CMLV SA à conseil d'administration &ndash; RCS Le Havre 331 552 014. Ce message et ses pièces jointes sont confidentiels.</td></tr>
</table></body></html>
""",
        "company": "Compagnie Maritime Leroux-Vasseur",
        "contact": "camille.fauvel@cmlv.example.fr",
    },
    {
        "key": "interim_tutoiement_client",
        "kind": "interview_invitation",
        "lang": "fr",
        "date": "2026-04-27 17:45 +0200",
        "frm": ("Karima - Interim Marine Nord", "karima.b@interim-marine-nord.example.fr"),
        "subject": "Entretien Flandre Energies Nouvelles jeudi !!",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Coucou Greta !

Bonne nouvelle !! Flandre Energies Nouvelles veut te rencontrer pour le poste d'animatrice
sécurité sur le chantier du terminal méthanier, mission de 18 mois :)

C'est jeudi 30 avril à 9h sur place, base vie du chantier, route des Enrochements à
Loon-Plage. Tu demandes M. Vandewalle à l'accueil. Prends ta carte d'identité et tes EPI si
tu les as (chaussures + casque), sinon ils en prêtent.

Tu me confirmes vite stp ?? Et appelle-moi après pour me raconter !!

Karima Benali
Chargée de recrutement – Interim Marine Nord
Agence de Dunkerque – 06 55 41 22 09
""",
        "company": "Flandre Energies Nouvelles",
        "contact": "karima.b@interim-marine-nord.example.fr",
    },
    {
        "key": "invitation_calendrier_chantier",
        "kind": "interview_invitation",
        "lang": "fr",
        "date": "2026-05-19 15:02 +0200",
        "frm": ("Aurélie Vermersch", "a.vermersch@bon-construction.example.fr"),
        "subject": "Entretien – Responsable prévention chantiers portuaires",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Bonjour Madame Vanderberg-Osei,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de
responsable prévention chantiers portuaires :

le mercredi 27 mai 2026 de 14h00 à 15h30
dans nos bureaux, 8 rue de l'Écluse Trystram, 59140 Dunkerque

Vous rencontrerez M. Thierry Lefebvre, directeur travaux, et moi-même. Une invitation
calendrier est jointe à ce message.

Cordialement,

Aurélie Vermersch
Responsable RH
Bâtiments & Ouvrages du Nord
""",
        "html": """<html><body style="font-family:Calibri,sans-serif;font-size:11pt;">
<p>Bonjour Madame Vanderberg-Osei,</p>
<p>Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de responsable prévention chantiers portuaires&nbsp;:</p>
<p style="margin-left:20px;">le <b>mercredi 27 mai 2026 de 14h00 à 15h30</b><br>dans nos bureaux, 8 rue de l'Écluse Trystram, 59140 Dunkerque</p>
<p>Vous rencontrerez M. Thierry Lefebvre, directeur travaux, et moi-même. Une invitation calendrier est jointe à ce message.</p>
<p>Cordialement,</p>
<p><b>Aurélie Vermersch</b><br>Responsable RH<br>Bâtiments &amp; Ouvrages du Nord</p>
<p style="font-size:8pt;color:#888;">B.O.N. SAS &ndash; capital 2 500 000 EUR &ndash; RCS Dunkerque 402 118 776</p>
</body></html>
""",
        "calendar": {
            "method": "REQUEST",
            "uid": BON_UID,
            "sequence": 0,
            "stamp": "20260519T130200Z",
            "start": "20260527T140000",
            "end": "20260527T153000",
            "tzid": "Europe/Paris",
            "summary": "Entretien G. Vanderberg-Osei – Responsable prévention",
            "location": "B.O.N., 8 rue de l'Écluse Trystram, Dunkerque",
            "organizer": ("Aurélie Vermersch", "a.vermersch@bon-construction.example.fr"),
            "description": "Entretien avec T. Lefebvre (directeur travaux) et A. Vermersch (RH).",
        },
        "company": "Bâtiments & Ouvrages du Nord",
        "contact": "a.vermersch@bon-construction.example.fr",
    },
    {
        "key": "belge_septante",
        "kind": "interview_invitation",
        "lang": "fr",
        "date": "2026-03-18 11:40 +0100",
        "frm": ("Benoît Lambotte", "benoit.lambotte@surete-prevention.example.be"),
        "subject": "Rencontre - conseiller en prévention port d'Anvers",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "text": """Chère Madame,

Votre candidature a retenu toute notre attention. Je vous propose de nous rencontrer dans nos
bureaux d'Anvers (Londenstraat 47, 2000 Antwerpen) le lundi 23 mars à 15h00. L'entretien
durera environ une heure et demie ; nous parlerons notamment de l'analyse de risques pour
les opérations de levage et de votre projet de formation de niveau 2.

Pour info, le poste couvre une septantaine de clients dans la zone portuaire, dont une
bonne partie en néerlandais.

Pourriez-vous me confirmer votre présence ?

Bien à vous,

Benoît Lambotte
Directeur des opérations
Sûreté & Prévention Benelux
Service externe de prévention agréé
""",
        "company": "Sûreté & Prévention Benelux",
        "contact": "benoit.lambotte@surete-prevention.example.be",
    },
    {
        "key": "workable_manutention",
        "kind": "interview_invitation",
        "lang": "fr",
        "date": "2026-07-08 08:30 +0200",
        "frm": ("Manutention Havraise Réunie", "noreply@workablemail.com"),
        "reply_to": ("Julien Quesnel", "j.quesnel@mhr-lehavre.example.fr"),
        "subject": "Manutention Havraise Réunie – entretien pour le poste de Préventeur·rice quai",
        "structure": "html",
        "charset": "utf-8",
        "cte": "base64",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/mhr.png" alt="MHR – Manutention Havraise Réunie" height="40"></td></tr>
<tr><td style="line-height:22px;">
<p>Bonjour Greta,</p>
<p>Merci pour votre candidature au poste de <strong>Préventeur·rice quai</strong>. Nous aimerions vous rencontrer !</p>
<p>Choisissez un créneau pour un entretien sur site (terminal de l'Atlantique, Le Havre) avec notre responsable sécurité :</p>
<p><a href="https://apply.workable.com/mhr-lehavre/j/5C81A2F0/interview?token=ZmFkZTc" style="background:#1fb5ad;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Choisir un créneau</a></p>
<p>Les créneaux disponibles vont du 15 au 17 juillet. En cas de question, répondez simplement à ce mail.</p>
<p>À bientôt,<br>Julien Quesnel<br>Responsable sécurité &ndash; Manutention Havraise Réunie</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#999;">Propulsé par Workable &middot; <a href="https://workable.com/privacy?utm_source=email" style="color:#999;">Confidentialité</a></td></tr>
</table></td></tr></table>
<img src="https://email.workablemail.com/o/eJxFjUsOgjAU.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "Manutention Havraise Réunie",
        "contact": "j.quesnel@mhr-lehavre.example.fr",
    },
    # --- Spanish ---------------------------------------------------------------------------
    {
        "key": "naviera_videollamada",
        "kind": "interview_invitation",
        "lang": "es",
        "date": "2026-06-16 10:11 +0200",
        "frm": ("Begoña Urrutia", "b.urrutia@navcantabrica.example.com"),
        "subject": "Entrevista – Coordinador/a HSE agencia de Róterdam",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Estimada Sra. Vanderberg-Osei:

En relación con su candidatura para el puesto de Coordinador/a HSE en nuestra agencia de
Róterdam, nos complace invitarle a una entrevista por videollamada.

Fecha: martes 23 de junio de 2026
Hora: 10:00 (hora peninsular española, la misma que en Róterdam)
Plataforma: Microsoft Teams – le enviaremos el enlace el día anterior

En la entrevista participarán D. Gorka Sainz, Director de Flota, y una servidora. Si lo
prefiere, parte de la entrevista puede realizarse en inglés.

Le agradecería que me confirmara su asistencia respondiendo a este correo.

Atentamente,

Begoña Urrutia
Técnica de Selección
Naviera Cantábrica
Alameda de Mazarredo 39 – 48009 Bilbao
""",
        "company": "Naviera Cantábrica",
        "contact": "b.urrutia@navcantabrica.example.com",
    },
    {
        "key": "headhunter_cliente_sin_nombre",
        "kind": "interview_invitation",
        "lang": "es",
        "date": "2026-02-10 19:26 +0100",
        "frm": ("Álvaro Cienfuegos | Talentia Marítima", "alvaro@talentia-maritima.example.com"),
        "subject": "¿Te viene bien el jueves?",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Hola Greta:

Como te adelanté por LinkedIn, estoy llevando en exclusiva la búsqueda de un/a responsable
HSE para un cliente mío, una terminal de contenedores importante en el puerto de Róterdam
(de momento no puedo decirte el nombre, es una búsqueda confidencial).

Me gustaría hacerte una primera entrevista por videollamada antes de presentarte al
cliente. ¿Te viene bien el jueves 12 a las 18:00? Media hora, más o menos. Si no, dime tú
cuándo te cuadra.

Un saludo,
Álvaro

Álvaro Cienfuegos
Socio – Talentia Marítima
Executive search para el sector marítimo-portuario
Madrid · Algeciras · Rotterdam
""",
        "company": "Talentia Marítima",
        "contact": "alvaro@talentia-maritima.example.com",
    },
    {
        "key": "inspecciones_html",
        "kind": "interview_invitation",
        "lang": "es",
        "date": "2026-08-25 12:48 +0200",
        "frm": ("IBINSA Selección", "seleccion@ibinsa.example.com"),
        "reply_to": ("Rocío Manzanares", "rmanzanares@ibinsa.example.com"),
        "subject": "Convocatoria a entrevista - Inspectora de equipos de elevación (Amberes)",
        "structure": "html",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "b",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 0;border-bottom:2px solid #d4a017;"><img src="https://www.ibinsa.example.com/img/logo_ibinsa.gif" alt="Ibérica de Inspecciones Técnicas" height="40"></td></tr>
<tr><td style="padding:16px 0;line-height:1.55;">
<p>Estimada Greta:</p>
<p>Nos ponemos en contacto con usted para convocarle a una entrevista para el puesto de <b>Inspectora de equipos de elevación</b> en nuestra delegación de Amberes.</p>
<p><b>Fecha:</b> jueves, 3 de septiembre de 2026<br><b>Hora:</b> 11:00 h<br><b>Formato:</b> videollamada (Zoom). El enlace: <a href="https://zoom.us/j/95512340077?pwd=SUJJTlNB">https://zoom.us/j/95512340077</a></p>
<p>Le entrevistará D. Francisco Javier Ledesma, jefe de la delegación del Benelux. Por favor, confirme su asistencia respondiendo a este mensaje.</p>
<p>Un saludo cordial,</p>
<p>Rocío Manzanares<br>Departamento de Selección<br>Ibérica de Inspecciones Técnicas</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;">IBINSA, S.A. &ndash; Organismo de Control Acreditado &ndash; C/ Orense 62, 28020 Madrid.</td></tr>
</table></body></html>
""",
        "company": "Ibérica de Inspecciones Técnicas",
        "contact": "rmanzanares@ibinsa.example.com",
    },
]

RESCHEDULES: list[dict] = [
    # --- English ---------------------------------------------------------------------------
    {
        "key": "calendar_update_sequence",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en",
        "date": "2026-04-17 15:48 +0200",
        "frm": ("Pieter Zwanenburg", "p.zwanenburg@noordzee-ows.example.nl"),
        "subject": "Updated: Interview – HSE Coordinator Port Operations (vacancy 26-018)",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["@calendar_request_offshore"],
        "text": """Dear Greta,

Apologies for the change: Ilse has to be on the vessel in Eemshaven on Tuesday, so I have
moved our interview to Thursday 23 April, 14:00 – 15:00, same place (Sluisjesdijk 155,
gate B). The updated meeting request is attached.

If Thursday doesn't work for you, let me know and we'll find another slot.

Kind regards,
Pieter Zwanenburg
HSE Manager – Noordzee Offshore Wind Services
""",
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Dear Greta,</p>
<p>Apologies for the change: Ilse has to be on the vessel in Eemshaven on Tuesday, so I have moved our interview to <b>Thursday 23 April, 14:00 &ndash; 15:00</b>, same place (Sluisjesdijk 155, gate B). The updated meeting request is attached.</p>
<p>If Thursday doesn't work for you, let me know and we'll find another slot.</p>
<p>Kind regards,<br>Pieter Zwanenburg<br>HSE Manager &ndash; Noordzee Offshore Wind Services</p>
</body></html>
""",
        "calendar": {
            "method": "REQUEST",
            "uid": NOWS_UID,
            "sequence": 1,
            "stamp": "20260417T134800Z",
            "start": "20260423T140000",
            "end": "20260423T150000",
            "summary": "Interview Greta Vanderberg-Osei – HSE Coordinator Port Operations",
            "location": "NOWS Rotterdam base, Sluisjesdijk 155, gate B",
            "organizer": ("Pieter Zwanenburg", "p.zwanenburg@noordzee-ows.example.nl"),
            "description": "Moved from Tuesday 21 April. Interview with Pieter Zwanenburg and Ilse Kramer.",
        },
        "company": "Noordzee Offshore Wind Services",
        "contact": "p.zwanenburg@noordzee-ows.example.nl",
    },
    {
        "key": "interviewer_off_sick",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en",
        "date": "2026-03-10 17:29 +0100",
        "frm": ("Hilde Verstraeten", "hilde.verstraeten@scheldepoort.example.be"),
        "subject": "RE: Video interview – Shift HSE Advisor",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["@teams_video_antwerp"],
        "text": """Dear Greta,

I'm sorry to do this at such short notice: Koen has called in sick today and won't be back
tomorrow, so we need to move our Teams interview of Wednesday 11 March.

Could you do Friday 13 March at 10:00 or Monday 16 March at 15:00 instead? The Teams link
stays the same.

Apologies again, and thank you for your flexibility.

Kind regards,
Hilde

From: Hilde Verstraeten
Sent: Thursday, 5 March 2026 10:03
To: Greta Vanderberg-Osei <greta.vo@example.nl>
Subject: Video interview – Shift HSE Advisor

Dear Ms Vanderberg-Osei,

Following your application for the Shift HSE Advisor role at our Kallo terminal, I'm happy to
invite you to a first interview via Microsoft Teams with our Terminal Manager, Koen Van
Hoorebeke, and myself.

Date: Wednesday 11 March 2026
Time: 14:00 – 14:45 (CET)
""",
        "company": "Scheldepoort Tank Storage",
        "contact": "hilde.verstraeten@scheldepoort.example.be",
    },
    {
        "key": "switched_to_video_strike",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en",
        "date": "2026-04-07 20:16 +0200",
        "frm": ("Henk Kranenburg", "henk@kranenburg-stevedoring.example.nl"),
        "subject": "Thursday",
        "structure": "plain",
        "charset": "us-ascii",
        "cte": "7bit",
        "mid_style": "apple",
        "headers": {"X-Mailer": "iPhone Mail (22D82)"},
        "text": """Greta, change of plan for Thursday. The lashers are on strike at the Waalhaven and
the gate will be blocked, so no quay tour. Same time (10:00) but on video please -
Marloes will send you a Teams link tomorrow morning. We'll do the quay another time.

Henk

Sent from my iPhone
""",
        "company": "Kranenburg Stevedoring",
        "contact": "henk@kranenburg-stevedoring.example.nl",
    },
    {
        "key": "greenhouse_rescheduled",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en",
        "date": "2026-03-16 09:01 +0100",
        "frm": ("Hazly via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "subject": "Your interview with Hazly has been rescheduled",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222;max-width:560px;">
<p>Hi Greta,</p>
<p>Your interview for <b>Field Safety Specialist</b> at Hazly has been moved to a new time:</p>
<table cellpadding="6" style="border:1px solid #ddd;border-radius:6px;font-size:14px;">
<tr><td style="color:#888;">Previous</td><td><s>Wednesday, March 18, 2026 · 2:00 PM – 3:00 PM CET</s></td></tr>
<tr><td style="color:#888;">New</td><td><b>Tuesday, March 24, 2026 · 10:00 AM – 11:00 AM CET</b></td></tr>
<tr><td style="color:#888;">Where</td><td>Hazly office, Schiehaven 13G, Rotterdam</td></tr>
<tr><td style="color:#888;">With</td><td>Nina Bakker-Sterk, Joost Hendriks</td></tr>
</table>
<p>Need to make a change? <a href="https://click.greenhouse-mail.io/ls/click?upn=cmVzY2hlZHVsZS1oYXpseQ">Contact the recruiting team</a>.</p>
<p style="color:#999;font-size:12px;">Powered by Greenhouse &middot; <a href="https://www.greenhouse.com/privacy-policy" style="color:#999;">Privacy Policy</a></p>
<img src="https://us.greenhouse-mail.io/o/eJwtjMsOgyAQAP9lj.gif" width="1" height="1" alt="" style="display:none;">
</div>
""",
        "company": "Hazly",
        "contact": "",
    },
    {
        "key": "postponed_original_message",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en",
        "date": "2026-03-13 08:05 +0000",
        "frm": ("Alan Keith", "alan.keith@graniteharbour.example.co.uk"),
        "subject": "RE: HSE Advisor application - Granite Harbour",
        "structure": "plain",
        "charset": "us-ascii",
        "cte": "7bit",
        "mid_style": "outlook",
        "refs": [SENT["to_granite"], "@gmail_chain_unfortunately_in_quote"],
        "text": """Greta,

I'm afraid I need to cancel Tuesday. Our Construction Director has been called offshore
for an incident investigation and won't be back before the 20th, and I don't want to do the
interview without him.

I'll come back to you early next week with two or three new dates - please don't book
flights yet. Sorry for the hassle.

Alan

-----Original Message-----
From: Alan Keith
Sent: 11 March 2026 12:26
To: 'Greta Vanderberg-Osei' <greta.vo@example.nl>
Subject: Re: HSE Advisor application - Granite Harbour

Hi Greta,

No problem at all. Let's do Tuesday 17th at 2pm then - interview at our Altens site
office, about an hour, with me and our Construction Director. We look forward to welcoming
you and are happy to offer you the chance to see the site.
""",
        "company": "Granite Harbour Construction",
        "contact": "alan.keith@graniteharbour.example.co.uk",
    },
    {
        "key": "agency_moves_phone_call",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en",
        "date": "2026-04-07 16:40 +0100",
        "frm": ("Callum Strachan", "callum@brodiestrachan.example.co.uk"),
        "subject": "RE: Cairnbulg Energy – HSE Coordinator Peterhead terminal – call with the hiring manager",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["@agency_phone_screen_named"],
        "text": """Hi Greta,

Small change from Cairnbulg Energy: Fiona has a shutdown meeting that's been moved onto
tomorrow morning, so she's asked to push your call to Thursday 9 April, same time (10:30 UK /
11:30 your time). Same format, she'll ring you.

Shout if that's a problem, otherwise no need to reply.

Callum
""",
        "company": "Cairnbulg Energy",
        "contact": "callum@brodiestrachan.example.co.uk",
    },
    # --- German ----------------------------------------------------------------------------
    {
        "key": "kalender_absage_stade",
        "kind": "interview_reschedule_or_cancel",
        "lang": "de",
        "date": "2026-05-29 11:20 +0200",
        "frm": ("Wiebke Hadeler", "wiebke.hadeler@stader-chemie.example.de"),
        "subject": "Abgesagt: Vorstellungsgespräch Sicherheitsingenieurin Werk Stade-Bützfleth",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["@kalender_anfrage_stade"],
        "text": """Sehr geehrte Frau Vanderberg-Osei,

leider müssen wir den Termin am Dienstag, 2. Juni, absagen: Am Standort findet kurzfristig
eine behördliche Inspektion nach Störfall-Verordnung statt, an der Dr. Bardenhagen
teilnehmen muss.

Die Stelle ist selbstverständlich weiterhin offen, und wir möchten Sie unbedingt
kennenlernen. Ich melde mich Anfang nächster Woche mit zwei neuen Terminvorschlägen.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Wiebke Hadeler
HR Business Partnerin
Stader Chemiewerke GmbH
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:10pt;">
<p>Sehr geehrte Frau Vanderberg-Osei,</p>
<p>leider müssen wir den Termin am Dienstag, 2. Juni, absagen: Am Standort findet kurzfristig eine behördliche Inspektion nach Störfall-Verordnung statt, an der Dr. Bardenhagen teilnehmen muss.</p>
<p>Die Stelle ist selbstverständlich weiterhin offen, und wir möchten Sie unbedingt kennenlernen. Ich melde mich Anfang nächster Woche mit zwei neuen Terminvorschlägen.</p>
<p>Bitte entschuldigen Sie die Unannehmlichkeiten.</p>
<p>Mit freundlichen Grüßen<br>Wiebke Hadeler<br>HR Business Partnerin<br>Stader Chemiewerke GmbH</p>
</body></html>
""",
        "calendar": {
            "method": "CANCEL",
            "uid": STADE_UID,
            "sequence": 1,
            "stamp": "20260529T092000Z",
            "start": "20260602T130000",
            "end": "20260602T143000",
            "tzid": "Europe/Berlin",
            "summary": "Abgesagt: Vorstellungsgespräch Frau Vanderberg-Osei – Sicherheitsingenieurin",
            "location": "Stader Chemiewerke, Verwaltungsgebäude Raum 2.14",
            "organizer": ("Wiebke Hadeler", "wiebke.hadeler@stader-chemie.example.de"),
        },
        "company": "Stader Chemiewerke",
        "contact": "wiebke.hadeler@stader-chemie.example.de",
    },
    {
        "key": "verschoben_donnerstag",
        "kind": "interview_reschedule_or_cancel",
        "lang": "de",
        "date": "2026-04-16 13:14 +0200",
        "frm": ("Anja Wieting", "a.wieting@nordsee-kran.example.de"),
        "subject": "Terminverschiebung – Ihr Vorstellungsgespräch am 21.04.",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "refs": ["@softgarden_einladung"],
        "text": """Sehr geehrte Frau Vanderberg-Osei,

leider müssen wir Ihr Vorstellungsgespräch am Dienstag, 21. April, verschieben: Herr Ahlers
ist an diesem Tag bei einer Kranabnahme in Cuxhaven.

Wäre Ihnen Donnerstag, 23. April, um 10:00 Uhr recht? Ort und Gesprächspartner bleiben
gleich. Falls das nicht geht, nennen Sie mir gern einen anderen Tag in der Woche.

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Anja Wieting
Personal
Nordsee Kran Service GmbH
Am Container-Terminal 4 · 27568 Bremerhaven
""",
        "company": "Nordsee Kran Service",
        "contact": "a.wieting@nordsee-kran.example.de",
    },
    {
        "key": "von_teams_auf_vor_ort",
        "kind": "interview_reschedule_or_cancel",
        "lang": "de",
        "date": "2026-05-11 08:02 +0200",
        "frm": ("Dirk Scholten", "d.scholten@lindemann-bau.example.de"),
        "subject": "Änderung: Gespräch am Mittwoch jetzt vor Ort",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "8bit",
        "mid_style": "outlook",
        "refs": ["@personio_video", SENT["to_lindemann"]],
        "text": """Guten Morgen Frau Vanderberg-Osei,

kleine Änderung für Mittwoch: Herr Ramaekers ist diese Woche ohnehin auf der Baustelle am
Logport, und er würde Sie gern gleich vor Ort treffen, statt per Teams zu sprechen. Uhrzeit
bleibt 9:00 Uhr, allerdings planen wir jetzt eher 90 Minuten ein, damit er Ihnen die
Baustelle zeigen kann.

Treffpunkt: Baucontainer Lindemann, Logport VI, Zufahrt über die Rheinstraße, 47229 Duisburg.
Helm und Weste liegen bereit.

Sollte Ihnen die Anreise kurzfristig nicht möglich sein, bleiben wir natürlich beim
Online-Termin – geben Sie mir bitte nur kurz Bescheid.

Freundliche Grüße
Dirk Scholten
""",
        "company": "Lindemann Hoch- und Tiefbau",
        "contact": "d.scholten@lindemann-bau.example.de",
    },
    {
        "key": "startup_cto_krank",
        "kind": "interview_reschedule_or_cancel",
        "lang": "de",
        "date": "2026-06-11 09:03 +0200",
        "frm": ("Lasse Harms", "lasse@sicherwerk.example.de"),
        "subject": "Re: Call mit Merve (CTO)?",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "mid_style": "apple",
        "refs": ["@startup_du_call_cto"],
        "text": """Hey Greta,

sorry für die Kurzfristigkeit – Merve liegt mit Fieber flach, den Call heute um 16 Uhr
müssen wir leider schieben. Geht bei dir nächsten Dienstag oder Mittwoch, gleiche Uhrzeit?

LG Lasse

Von meinem iPhone gesendet
""",
        "company": "sicherwerk",
        "contact": "lasse@sicherwerk.example.de",
    },
    {
        "key": "behoerde_neuer_termin",
        "kind": "interview_reschedule_or_cancel",
        "lang": "de",
        "date": "2026-06-30 14:44 +0200",
        "frm": ("Ute Brüning", "ute.bruening@las.bremen.example.de"),
        "subject": "Kennziffer 2026/114 - Verlegung des Auswahlgesprächs",
        "structure": "html",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "refs": ["@behoerde_auswahlgespraech_pdf"],
        "html": """<html><body style="font-family:'Times New Roman',serif;font-size:12pt;">
<p>Sehr geehrte Frau Vanderberg-Osei,</p>
<p>aus organisatorischen Gründen (Sitzung des Personalrats) muss das für Donnerstag, den 9. Juli 2026, 10:30 Uhr, vorgesehene Auswahlgespräch verlegt werden.</p>
<p>Neuer Termin: <b>Dienstag, 14. Juli 2026, 9:00 Uhr</b>, Raum 3.07. Alle übrigen Angaben aus dem Einladungsschreiben gelten unverändert.</p>
<p>Wir bitten um Verständnis und um kurze Bestätigung.</p>
<p>Mit freundlichen Grüßen<br>Im Auftrag<br>Ute Brüning</p>
<p style="font-size:9pt;color:#555;">Landesanstalt für Arbeitssicherheit Bremen &middot; Referat Z2 &ndash; Personal &middot; Doventorscontrescarpe 172 &middot; 28195 Bremen<br>
Hinweis: Die Landesanstalt ist für verschlüsselte E-Mails über das OSCI-Verfahren erreichbar.</p>
</body></html>
""",
        "company": "Landesanstalt für Arbeitssicherheit Bremen",
        "contact": "ute.bruening@las.bremen.example.de",
    },
    # --- French ----------------------------------------------------------------------------
    {
        "key": "report_entretien_armateur",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "date": "2026-06-05 16:27 +0200",
        "frm": ("Camille Fauvel", "camille.fauvel@cmlv.example.fr"),
        "subject": "Report de votre entretien du 9 juin",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["@entretien_visio_armateur"],
        "text": """Madame,

Je suis au regret de devoir reporter notre entretien prévu le mardi 9 juin à 10h00 :
M. Marguerie doit se rendre en urgence à Anvers pour une inspection de navire.

Je vous propose à la place le jeudi 11 juin à 14h00 ou le vendredi 12 juin à 9h30, toujours
en visioconférence. Merci de m'indiquer le créneau qui vous convient le mieux.

Avec toutes nos excuses pour ce contretemps,

Camille Fauvel
Chargée de recrutement
Compagnie Maritime Leroux-Vasseur
""",
        "company": "Compagnie Maritime Leroux-Vasseur",
        "contact": "camille.fauvel@cmlv.example.fr",
    },
    {
        "key": "interim_decale_14h",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "date": "2026-04-29 12:09 +0200",
        "frm": ("Karima - Interim Marine Nord", "karima.b@interim-marine-nord.example.fr"),
        "subject": "changement d'heure demain",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "refs": ["@interim_tutoiement_client"],
        "text": """Re Greta,

Petit changement pour demain chez Flandre Energies Nouvelles : M. Vandewalle a une réunion
de chantier le matin, du coup c'est décalé à 14h au lieu de 9h. Même endroit, base vie route
des Enrochements.

Désolée pour le changement de dernière minute !! Tu me dis si ça te va ?

Karima
""",
        "company": "Flandre Energies Nouvelles",
        "contact": "karima.b@interim-marine-nord.example.fr",
    },
    {
        "key": "annule_recruteur_souffrant",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "date": "2026-03-22 21:03 +0100",
        "frm": ("Sûreté & Prévention Benelux", "info@surete-prevention.example.be"),
        "subject": "Entretien de lundi annulé",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "html": """<html><body style="font-family:Verdana,sans-serif;font-size:12px;">
<p>Bonsoir Madame Vanderberg-Osei,</p>
<p>M. Lambotte est souffrant et nous a demandé d'annuler ses rendez-vous de lundi, dont votre entretien de 15h00 dans nos bureaux d'Anvers.</p>
<p>Il reviendra vers vous dès son retour pour fixer une nouvelle date. Nous vous prions de nous excuser pour ce désagrément.</p>
<p>Bien à vous,</p>
<p>Véronique Hanssens<br>Secrétariat<br><b>Sûreté &amp; Prévention Benelux</b><br>Londenstraat 47 &ndash; 2000 Antwerpen &ndash; +32 3 555 20 70</p>
</body></html>
""",
        "company": "Sûreté & Prévention Benelux",
        "contact": "info@surete-prevention.example.be",
    },
    # --- Spanish ---------------------------------------------------------------------------
    {
        "key": "cambio_de_hora",
        "kind": "interview_reschedule_or_cancel",
        "lang": "es",
        "date": "2026-06-19 13:52 +0200",
        "frm": ("Begoña Urrutia", "b.urrutia@navcantabrica.example.com"),
        "subject": "RE: Entrevista – Coordinador/a HSE agencia de Róterdam",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["@naviera_videollamada"],
        "text": """Estimada Sra. Vanderberg-Osei:

Le escribo para informarle de un cambio: D. Gorka Sainz estará embarcado el martes por la
mañana, por lo que tenemos que pasar la entrevista del martes 23 de junio a las 11:30 en
lugar de las 10:00. El resto no cambia.

Le ruego disculpe las molestias y me confirme si le viene bien el nuevo horario.

Atentamente,
Begoña Urrutia

De: Begoña Urrutia
Enviado: martes, 16 de junio de 2026 10:11
Para: Greta Vanderberg-Osei <greta.vo@example.nl>
Asunto: Entrevista – Coordinador/a HSE agencia de Róterdam

Estimada Sra. Vanderberg-Osei:

En relación con su candidatura para el puesto de Coordinador/a HSE en nuestra agencia de
Róterdam, nos complace invitarle a una entrevista por videollamada.
""",
        "company": "Naviera Cantábrica",
        "contact": "b.urrutia@navcantabrica.example.com",
    },
]

MISSED: list[dict] = [
    # --- English ---------------------------------------------------------------------------
    {
        "key": "waited_at_reception",
        "kind": "missed_interview_notice",
        "lang": "en",
        "date": "2026-05-28 11:14 +0200",
        "frm": ("Joris Peeters", "joris.peeters@kaai730.example.be"),
        "subject": "RE: Interview today",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": [SENT["to_kaai730"]],
        "text": """Hi Greta,

We waited for you at reception at 10:00 this morning but you didn't show up, and we couldn't
reach you on your mobile either. I hope nothing has happened.

If something came up, let me know and we can see whether we can rebook – our HSE manager is
in on Friday and next Tuesday.

Best,
Joris

Joris Peeters
Operations Manager | Kaai 730 Logistics
Kaai 730, Haven 730 – 2030 Antwerpen

From: Joris Peeters
Sent: Friday, 22 May 2026 14:51
To: Greta Vanderberg-Osei <greta.vo@example.nl>
Subject: Interview

Hi Greta, we're pleased to invite you on Thursday 28 May at 10:00 at Kaai 730 for an
interview with me and our HSE manager. Looking forward!
""",
        "company": "Kaai 730 Logistics",
        "contact": "joris.peeters@kaai730.example.be",
    },
    {
        "key": "ashby_did_not_join",
        "kind": "missed_interview_notice",
        "lang": "en",
        "date": "2026-05-22 15:47 +0200",
        "frm": ("Quayside AI", "no-reply@ashbyhq.com"),
        "reply_to": ("Femke Aydin", "femke@quayside-ai.example.com"),
        "subject": "We missed you today",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;background:#f9fafb;color:#101828;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;border:1px solid #eaecf0;">
<tr><td style="padding:24px 28px;font-size:15px;line-height:24px;">
<p>Hi Greta,</p>
<p>It looks like you didn't join the video call scheduled for today at 14:00 with Youssef and Daan for the <b>Safety Domain Expert</b> role. We waited about 15 minutes in the Google Meet room.</p>
<p>We know things come up! If you're still interested, just reply to this email and Femke will help you find a new time.</p>
<p>&ndash; Team Quayside</p>
</td></tr>
<tr><td style="padding:14px 28px;border-top:1px solid #eaecf0;font-size:12px;color:#667085;">Sent with Ashby</td></tr>
</table></td></tr></table>
<img src="https://ashbyhq.com/t/o/8e77d1.png" width="1" height="1" alt="">
</body></html>
""",
        "company": "Quayside AI",
        "contact": "femke@quayside-ai.example.com",
    },
    {
        "key": "tried_to_call_twice",
        "kind": "missed_interview_notice",
        "lang": "en",
        "date": "2026-06-17 12:21 +0100",
        "frm": ("Callum Strachan", "callum@brodiestrachan.example.co.uk"),
        "subject": "missed call - Aberdeen Subsea Fabrication",
        "structure": "plain",
        "charset": "us-ascii",
        "cte": "7bit",
        "mid_style": "apple",
        "headers": {"X-Mailer": "iPhone Mail (22F76)"},
        "text": """Greta - Gordon from Aberdeen Subsea Fabrication tried to call you twice at 11 for your
phone interview and it went to voicemail both times. I tried too. Everything ok? Call me
when you see this and I'll try to get him to give you another slot.

C

Sent from my iPhone
""",
        "company": "Aberdeen Subsea Fabrication",
        "contact": "callum@brodiestrachan.example.co.uk",
    },
    {
        "key": "trial_shift_no_show",
        "kind": "missed_interview_notice",
        "lang": "en",
        "date": "2026-08-08 09:40 +0200",
        "frm": ("Portflex Staffing Planning", "planning@portflex.example.nl"),
        "subject": "No show trial shift Saturday 06:00 – Waalhaven Bulk Services",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Hello Greta,

You were booked for a trial shift as safety watch at Waalhaven Bulk Services this Saturday
from 06:00, but the shift leader tells us you did not turn up and did not call in.

Please contact us today. Without an explanation we cannot propose you to this client
again, and a second no-show will end your registration with us.

You can reach the planning desk by replying to this email or on +31 10 555 8800 (24/7).

Portflex Staffing – Planning desk
Waalhaven O.z. 71, Rotterdam
""",
        "company": "Waalhaven Bulk Services",
        "contact": "planning@portflex.example.nl",
    },
    # --- German ----------------------------------------------------------------------------
    {
        "key": "nicht_erschienen_sie",
        "kind": "missed_interview_notice",
        "lang": "de",
        "date": "2026-06-16 11:32 +0200",
        "frm": ("Wiebke Hadeler", "wiebke.hadeler@stader-chemie.example.de"),
        "subject": "Ihr Termin heute um 10:00 Uhr",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

wir hatten Sie heute um 10:00 Uhr zum neu vereinbarten Vorstellungsgespräch in unserem Werk
Stade-Bützfleth erwartet. Leider sind Sie nicht erschienen, und auch der Werkschutz an Tor 1
hatte keine Nachricht von Ihnen.

Wir hoffen, dass Ihnen nichts zugestoßen ist. Bitte melden Sie sich bis Freitag bei mir,
falls Sie weiterhin Interesse an der Position haben.

Mit freundlichen Grüßen
Wiebke Hadeler
HR Business Partnerin
Stader Chemiewerke GmbH
Tel. 04141 555-2210
""",
        "company": "Stader Chemiewerke",
        "contact": "wiebke.hadeler@stader-chemie.example.de",
    },
    {
        "key": "teams_nicht_beigetreten",
        "kind": "missed_interview_notice",
        "lang": "de",
        "date": "2026-03-20 10:58 +0100",
        "frm": ("Jens-Ole Petersen", "jo.petersen@hanse-personal.example.de"),
        "subject": "Teams-Gespräch mit Elbe Offshore Logistik heute",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

Frau Dr. Reimers von der Elbe Offshore Logistik hat heute um 10:00 Uhr im Teams-Meeting auf
Sie gewartet, Sie sind dem Call aber nicht beigetreten. Auch telefonisch habe ich Sie leider
nicht erreicht.

Ist etwas dazwischengekommen? Bitte rufen Sie mich kurz an oder antworten Sie auf diese
Mail. Ich frage dann beim Kunden, ob wir einen neuen Termin bekommen.

Mit freundlichen Grüßen
Jens-Ole Petersen
Hanse Personal Partner GmbH
Tel. +49 40 555 720 14
""",
        "company": "Elbe Offshore Logistik",
        "contact": "jo.petersen@hanse-personal.example.de",
    },
    {
        "key": "kennenlerntag_verpasst",
        "kind": "missed_interview_notice",
        "lang": "de",
        "date": "2026-07-13 09:15 +0200",
        "frm": ("Ralf Wiesenthal", "r.wiesenthal@rtt-duisburg.example.de"),
        "subject": "Re: Kennenlerntag bei RTT",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "refs": ["@probetag_terminal"],
        "text": """Hallo Frau Vanderberg-Osei,

wir hatten Sie heute ab 7 Uhr zum Kennenlerntag am Pförtnerhaus erwartet. Unsere Fasi hat
bis halb acht gewartet und ist dann in die Schicht gegangen.

Falls Sie sich im Datum vertan haben oder etwas passiert ist: rufen Sie mich an, dann schauen
wir, ob wir das nachholen können.

Gruß
Ralf Wiesenthal
Ruhrort Trimodal Terminal – Personal
0203 555 7440
""",
        "company": "Ruhrort Trimodal Terminal",
        "contact": "r.wiesenthal@rtt-duisburg.example.de",
    },
    # --- French ----------------------------------------------------------------------------
    {
        "key": "attendue_ce_matin",
        "kind": "missed_interview_notice",
        "lang": "fr",
        "date": "2026-07-16 10:34 +0200",
        "frm": ("Julien Quesnel", "j.quesnel@mhr-lehavre.example.fr"),
        "subject": "Entretien de ce matin",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "8bit",
        "text": """Bonjour Greta,

Nous vous avons attendue ce matin à 9h30 au poste de garde du terminal de l'Atlantique pour
votre entretien, sans nouvelles de votre part. J'espère qu'il n'y a rien de grave.

Si vous êtes toujours intéressée par le poste, merci de me recontacter avant la fin de la
semaine afin que nous puissions éventuellement fixer un autre rendez-vous.

Cordialement,

Julien Quesnel
Responsable sécurité
Manutention Havraise Réunie - Terminal de l'Atlantique
""",
        "company": "Manutention Havraise Réunie",
        "contact": "j.quesnel@mhr-lehavre.example.fr",
    },
    {
        "key": "appel_manque_interim",
        "kind": "missed_interview_notice",
        "lang": "fr",
        "date": "2026-09-02 15:20 +0200",
        "frm": ("Karima - Interim Marine Nord", "karima.b@interim-marine-nord.example.fr"),
        "subject": "t'es où ??",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Greta,

J'ai essayé de t'appeler 3 fois pour l'entretien téléphonique avec l'Aciérie des Dunes de
14h, ça tombe direct sur ta messagerie. Le responsable sécu a attendu ton appel 20 minutes
puis il a dû partir en réunion.

Rappelle-moi dès que tu peux stp, je vais essayer de rattraper le coup avec eux.

Karima
06 55 41 22 09
""",
        "company": "Aciérie des Dunes",
        "contact": "karima.b@interim-marine-nord.example.fr",
    },
    # --- Spanish ---------------------------------------------------------------------------
    {
        "key": "no_se_conecto",
        "kind": "missed_interview_notice",
        "lang": "es",
        "date": "2026-09-03 11:36 +0200",
        "frm": ("IBINSA Selección", "seleccion@ibinsa.example.com"),
        "reply_to": ("Rocío Manzanares", "rmanzanares@ibinsa.example.com"),
        "subject": "Entrevista de hoy – no pudimos conectar con usted",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "refs": ["@inspecciones_html"],
        "html": """<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#333;">
<p>Estimada Greta:</p>
<p>Hoy a las 11:00 h teníamos prevista su entrevista por videollamada con D. Francisco Javier Ledesma para el puesto de Inspectora de equipos de elevación. Le esperamos en la sala de Zoom durante veinte minutos, pero usted no se conectó.</p>
<p>Entendemos que puede haber surgido un imprevisto. Si sigue interesada, responda a este correo e intentaremos buscar una nueva fecha esta misma semana.</p>
<p>Un saludo cordial,</p>
<p>Rocío Manzanares<br>Departamento de Selección<br>Ibérica de Inspecciones Técnicas</p>
</body></html>
""",
        "company": "Ibérica de Inspecciones Técnicas",
        "contact": "rmanzanares@ibinsa.example.com",
    },
]

MESSAGES: list[dict] = [*INVITATIONS, *RESCHEDULES, *MISSED]
