"""Rejections for Greta Vanderberg-Osei, written one by one.

Each dict is one message; the generator (make_hundredthirtyeighth.py) turns it into MIME.
Labels: kind is decided on the new text only, company is the employer as it signs,
contact is a human reply address or empty.
"""

from __future__ import annotations

from msgs138_common import SENT

MESSAGES: list[dict] = [
    # --- English ---------------------------------------------------------------------------
    {
        "key": "workday_soft",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-02-19 17:42 +0100",
        "frm": ("MCT Talent Acquisition", "mct@myworkday.com"),
        "subject": "Your application for HSE Coordinator (R-004417) at MCT",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>MCT Careers</title></head>
<body style="margin:0;padding:0;background:#eef1f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2a36;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #f39200;">
<img src="https://mct.wd3.myworkday.com/mct/assets/logo-mct.png" alt="MCT Maasvlakte Container Terminals" width="180" height="42" style="display:block;border:0;">
</td></tr>
<tr><td style="padding:28px 32px 8px 32px;line-height:21px;">
<p>Dear Greta,</p>
<p>Thank you for your interest in the <b>HSE Coordinator</b> position (R-004417) at our Amazonehaven terminal, and for the time you took to complete your application.</p>
<p>We received a great number of applications for this role. After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of the position at this time.</p>
<p>We know this is not the news you were hoping for. Your profile will stay in our talent community, and we encourage you to keep an eye on our vacancies &ndash; operational experience on the quay is something we value.</p>
<p>With kind regards,<br>Talent Acquisition<br>MCT Maasvlakte Container Terminals</p>
</td></tr>
<tr><td style="padding:8px 32px 24px 32px;">
<a href="https://mct.wd3.myworkday.com/mct/d/home.htmld?redirect=candidatehome" style="background:#f39200;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:3px;display:inline-block;">Visit your candidate home</a>
</td></tr>
<tr><td style="padding:16px 32px;background:#1d2a36;color:#aab4be;font-size:11px;line-height:16px;">
MCT Maasvlakte Container Terminals B.V. &middot; Europaweg 910 &middot; 3199 LC Maasvlakte Rotterdam<br>
This message was sent from an unmonitored mailbox. Please do not reply to this e-mail.<br>
<a href="https://mct.wd3.myworkday.com/mct/privacy" style="color:#aab4be;">Privacy statement</a>
</td></tr>
</table>
</td></tr></table>
</body></html>
""",
        "company": "MCT Maasvlakte Container Terminals",
        "contact": "",
    },
    {
        "key": "greenhouse_after_interview",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-03-27 16:05 +0100",
        "frm": ("Hazly via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Nina Bakker-Sterk", "nina.bakker@hazly.example.com"),
        "subject": "Following up",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "text": """Hi Greta,

Thank you so much for coming by the office on Tuesday and for walking Joost and me through the
near-miss reporting you set up on your crane team. We genuinely enjoyed the conversation.

I wanted to let you know personally that we've decided not to move ahead with your application
for the Field Safety Specialist role. The team felt that for this particular hire we need
someone who has already run site audits for several clients at once, and that came up a few
times in the debrief.

This was a close call and I'd love to stay in touch - if you don't mind, I'll reach out when we
open the Customer Success role for heavy industry later this year.

All the best,
Nina

Nina Bakker-Sterk
Talent Partner | Hazly
Schiehaven 13G, Rotterdam
""",
        "html": """<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222;">
<p>Hi Greta,</p>
<p>Thank you so much for coming by the office on Tuesday and for walking Joost and me through the near-miss reporting you set up on your crane team. We genuinely enjoyed the conversation.</p>
<p>I wanted to let you know personally that we've decided not to move ahead with your application for the Field Safety Specialist role. The team felt that for this particular hire we need someone who has already run site audits for several clients at once, and that came up a few times in the debrief.</p>
<p>This was a close call and I'd love to stay in touch &ndash; if you don't mind, I'll reach out when we open the Customer Success role for heavy industry later this year.</p>
<p>All the best,<br>Nina</p>
<p style="color:#666;font-size:12px;">Nina Bakker-Sterk<br>Talent Partner | Hazly<br>Schiehaven 13G, Rotterdam</p>
<img src="https://us.greenhouse-mail.io/o/eJwNyrEOgjAQANB_4.gif" width="1" height="1" alt="" style="display:none;">
</div>
""",
        "company": "Hazly",
        "contact": "nina.bakker@hazly.example.com",
    },
    {
        "key": "terse_one_line_iphone",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-03-09 07:51 +0000",
        "frm": ("Iain Farquhar", "iain.farquhar@deeharbour.example.co.uk"),
        "subject": "Re: HSE Coordinator - Dee Harbour Marine Services",
        "structure": "plain",
        "charset": "us-ascii",
        "cte": "7bit",
        "mid_style": "apple",
        "refs": [SENT["to_dee_harbour"]],
        "headers": {"X-Mailer": "iPhone Mail (22D82)"},
        "text": """Hi Greta, we're going another way with this one. Thanks for your time. Iain

Sent from my iPhone

> On 6 Mar 2026, at 14:20, Greta Vanderberg-Osei <greta.vo@example.nl> wrote:
>
> Dear Mr Farquhar,
>
> I hope you are well. I'm writing to ask whether there is any news on the HSE Coordinator
> position at Dee Harbour Marine Services. I remain very interested and would be glad to
> come to Aberdeen for an interview at short notice.
>
> Kind regards,
> Greta Vanderberg-Osei
""",
        "company": "Dee Harbour Marine Services",
        "contact": "iain.farquhar@deeharbour.example.co.uk",
    },
    {
        "key": "icims_on_hold",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-04-22 11:30 +0100",
        "frm": ("Cairnbulg Energy Careers", "cairnbulgenergy@talent.icims.com"),
        "subject": "Update on Requisition 2026-1183 - Senior HSE Advisor (Onshore Terminal)",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "mid_style": "ats",
        "text": """Dear Greta Vanderberg-Osei,

Requisition 2026-1183 - Senior HSE Advisor (Onshore Terminal), Aberdeen

We are writing to update you on the status of your application.

Following a review of our 2026 operating plan, the role has been put on hold and we will not
proceed with recruitment for this position. As a result, your application will be closed and
no further action is required from you.

We appreciate the interest you have shown in Cairnbulg Energy. Should the vacancy be reopened
in the future it will be advertised on our careers site, and you are welcome to apply again.

Yours sincerely,

Talent Acquisition Team
Cairnbulg Energy

--
Cairnbulg Energy Ltd. Registered in Scotland No SC418802. Registered office: 4 Wellington
Circle, Altens, Aberdeen AB12 3JG. This email was sent by an automated system; replies to
this address are not monitored.
""",
        "company": "Cairnbulg Energy",
        "contact": "",
    },
    {
        "key": "filled_internally_antwerp",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-02-06 14:12 +0100",
        "frm": ("Hilde Verstraeten", "hilde.verstraeten@scheldepoort.example.be"),
        "subject": "Your application - Safety Officer Tank Terminal Kallo",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Dear Ms Vanderberg-Osei,

Thank you for applying for the position of Safety Officer at our tank terminal in Kallo.

I'm writing to let you know that the position has been filled internally. One of our shift
supervisors, who has been with us for many years, applied at the same time and we have
offered him the role.

This says nothing about the quality of your application, which was one of the strongest we
received from outside the company. I would like to keep your CV on file for six months – if
you'd rather I didn't, just let me know.

Kind regards,

Hilde Verstraeten
HR Business Partner
Scheldepoort Tank Storage NV
Haven 1662 – Scheldelaan 410, 2040 Antwerpen
T +32 3 555 01 48

The information in this e-mail is confidential and intended solely for the addressee.
""",
        "company": "Scheldepoort Tank Storage",
        "contact": "hilde.verstraeten@scheldepoort.example.be",
    },
    {
        "key": "speculative_aberdeen",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-01-28 09:03 +0000",
        "frm": ("Careers at NSIP", "careers@nsip.example.co.uk"),
        "subject": "Re: Speculative application - HSE / inspection roles",
        "structure": "plain",
        "charset": "us-ascii",
        "cte": "7bit",
        "mid_style": "outlook",
        "text": """Dear Greta,

Thank you for sending us your CV on a speculative basis and for your interest in North Sea
Integrity Partners.

We have looked through your details carefully. At present we have no vacancies that match your
background: our inspection roles require a recognised NDT or lifting-equipment examination
qualification (LEEA or equivalent) and at least three years in a third-party inspection body.
We are therefore unable to take your application further, and we do not hold speculative CVs
on file.

Good luck with your move into HSE - if you have any questions, just reply to this email.

Best wishes,
Morag Duthie
People Team
North Sea Integrity Partners
Unit 7, Howe Moss Drive, Dyce, Aberdeen AB21 0GL
""",
        "company": "North Sea Integrity Partners",
        "contact": "careers@nsip.example.co.uk",
    },
    {
        "key": "headhunter_client_unnamed",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-05-07 18:22 +0100",
        "frm": ("Callum Strachan", "callum@brodiestrachan.example.co.uk"),
        "subject": "Update",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Hi Greta,

Sorry for the radio silence, I've been chasing the client all week.

They've come back to me today and unfortunately they've decided not to progress your
application to the next stage. The feedback was fair, I think: they liked your hands-on
background a lot but want someone with NEBOSH Diploma already in hand because the role will
be signing off permits on their own from day one.

I know you're halfway through the Diploma, so please send me an update as soon as you've sat
the exam - I've got two or three mandates coming up in the Aberdeen terminals where that will
make all the difference.

Speak soon,
Callum

Callum Strachan | Senior Consultant – Energy & Marine | Brodie & Strachan Recruitment Ltd
M +44 7700 900 318 | www.brodiestrachan.example.co.uk
Brodie & Strachan Recruitment Ltd is registered in Scotland No SC502117 and acts as an
employment agency.
""",
        "company": "Brodie & Strachan Recruitment",
        "contact": "callum@brodiestrachan.example.co.uk",
    },
    {
        "key": "agency_named_client_botlek",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-03-03 12:47 +0100",
        "frm": ("Demi | Portflex Staffing", "demi.kools@portflex.example.nl"),
        "subject": "Botlek Chemie Combinatie - feedback!",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Hi Greta!!

Quick one from me – BCC (Botlek Chemie Combinatie) came back to us this morning and
unfortunately it's a no this time :( They went with someone who already did the GVO
safety-watch course and has worked inside a BRZO plant before.

Don't let it get you down!! Your CV is really strong for terminal work and I have at least
two new HSE openings in Europoort coming in next week. I'll call you Thursday!!

Greetings,
Demi Kools
Recruiter Port & Industry
Portflex Staffing – Rotterdam Waalhaven
+31 10 555 8812
""",
        "company": "Botlek Chemie Combinatie",
        "contact": "demi.kools@portflex.example.nl",
    },
    {
        "key": "ashby_after_take_home",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-04-30 10:14 +0200",
        "frm": ("SafeDeck Hiring", "no-reply@ashbyhq.com"),
        "subject": "SafeDeck – Implementation Specialist (Maritime)",
        "structure": "html",
        "charset": "utf-8",
        "cte": "base64",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#101828;background:#f9fafb;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #eaecf0;border-radius:8px;">
<tr><td style="padding:24px 28px;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/safedeck.png" alt="SafeDeck" height="28"></td></tr>
<tr><td style="padding:0 28px 24px 28px;font-size:15px;line-height:24px;">
<p>Hi Greta,</p>
<p>Thanks for the time and care you put into the take-home exercise &ndash; the risk-assessment walkthrough for the ship-to-shore crane changeover was clear and well structured.</p>
<p>After reviewing all submissions with the team, we won't be moving forward with your candidacy for the Implementation Specialist (Maritime) position. We were looking for more experience configuring SaaS tools for customers, and other candidates were further along there.</p>
<p>We really appreciate your interest in SafeDeck and wish you every success in your search.</p>
<p>The SafeDeck team</p>
</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #eaecf0;font-size:12px;color:#667085;">Sent with <a href="https://www.ashbyhq.com/?utm_source=email" style="color:#667085;">Ashby</a> &middot; You are receiving this email because you applied to a job at SafeDeck.</td></tr>
</table></td></tr></table>
</body></html>
""",
        "company": "SafeDeck",
        "contact": "",
    },
    {
        "key": "outlook_chain_quotes_invite",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-04-16 15:38 +0200",
        "frm": ("Marloes de Graaf", "m.degraaf@kranenburg-stevedoring.example.nl"),
        "subject": "RE: Interview HSE Coordinator – Kranenburg",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["<AM7PR02MB5512C9F0E1B84A23D1C7E8F2A3@AM7PR02MB5512.eurprd02.prod.outlook.com>",
                 SENT["to_kranenburg"]],
        "text": """Dear Greta,

Thank you for your message and again for our conversation last week.

We have now spoken with all four candidates. Henk and I have decided to offer the role to
a colleague from one of our partner terminals, who already knows our ISPS procedures and
can start at once. I'm sorry we can't give you better news – you made a very good impression,
and Henk asked me to tell you so.

We wish you every success with your switch into HSE.

Kind regards,
Marloes de Graaf
HR & Office Manager

-----Original Message-----
From: Greta Vanderberg-Osei <greta.vo@example.nl>
Sent: Monday, 13 April 2026 09:02
To: Marloes de Graaf <m.degraaf@kranenburg-stevedoring.example.nl>
Subject: RE: Interview HSE Coordinator – Kranenburg

Dear Marloes,

Thank you for last Thursday. I enjoyed talking to Henk, even if it was on video in the
end, and I'd still love to see the quay one day. Is there already news about the next step?

Best regards,
Greta

-----Original Message-----
From: Marloes de Graaf <m.degraaf@kranenburg-stevedoring.example.nl>
Sent: Tuesday, 31 March 2026 16:44
To: Greta Vanderberg-Osei <greta.vo@example.nl>
Subject: Interview HSE Coordinator – Kranenburg

Dear Greta,

We are pleased to invite you to an interview for the position of HSE Coordinator on
Thursday 9 April at 10:00 at our office, Waalhaven Zuidzijde 38. Please bring your safety
shoes; Henk would like to show you the quay afterwards.

Kind regards,
Marloes de Graaf
Kranenburg Stevedoring B.V. – family business since 1921
""",
        "company": "Kranenburg Stevedoring",
        "contact": "m.degraaf@kranenburg-stevedoring.example.nl",
    },
    {
        "key": "role_will_not_be_filled",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-06-11 13:09 +0200",
        "frm": ("Noordzee Offshore Wind Services – Recruitment", "jobs@noordzee-ows.example.nl"),
        "reply_to": ("Recruitment NOWS", "jobs@noordzee-ows.example.nl"),
        "subject": "Vacancy 26-031 Marine HSE Officer – process closed",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Dear Greta,

We are contacting you about vacancy 26-031, Marine HSE Officer (Eemshaven O&M base), for
which you applied in May.

Following the decision to merge the Eemshaven and Rotterdam O&M teams, this vacancy has been
withdrawn and will not be filled. We are therefore closing the selection procedure and will
not be taking your application any further. We apologise for the inconvenience.

Please note this does not affect your separate application for HSE Coordinator Port
Operations (vacancy 26-018), which is being handled by our colleagues in Rotterdam.

Should you have any questions, the recruitment team can be reached at this address.

Kind regards,
Recruitment team
Noordzee Offshore Wind Services
""",
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#003a5d;">
<p>Dear Greta,</p>
<p>We are contacting you about vacancy <b>26-031, Marine HSE Officer (Eemshaven O&amp;M base)</b>, for which you applied in May.</p>
<p>Following the decision to merge the Eemshaven and Rotterdam O&amp;M teams, this vacancy has been withdrawn and will not be filled. We are therefore closing the selection procedure and will not be taking your application any further. We apologise for the inconvenience.</p>
<p>Please note this does not affect your separate application for HSE Coordinator Port Operations (vacancy 26-018), which is being handled by our colleagues in Rotterdam.</p>
<p>Should you have any questions, the recruitment team can be reached at this address.</p>
<p>Kind regards,<br>Recruitment team<br><b>Noordzee Offshore Wind Services</b></p>
<p style="font-size:8pt;color:#7a8a99;">NOWS B.V. &ndash; Chamber of Commerce 70112233 &ndash; Prinses Margrietplantsoen 88, Den Haag</p>
</body></html>
""",
        "company": "Noordzee Offshore Wind Services",
        "contact": "jobs@noordzee-ows.example.nl",
    },
    {
        "key": "gmail_chain_consultancy",
        "kind": "rejection",
        "lang": "en",
        "date": "2026-05-19 20:31 +0200",
        "frm": ("Ruben Oosterhout", "ruben@safequay.example.nl"),
        "subject": "Re: Junior HSE consultant – any news?",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "gmail",
        "refs": [SENT["to_safequay"]],
        "text": """Hi Greta,

Thanks for your patience, and sorry it took so long – we're a team of six and I've been on a
site in Moerdijk for two weeks.

I'm afraid we've decided to hire someone with a consultancy background for the junior role.
It was genuinely between the two of you. Your crane experience is rare among HSE people, so
please don't read this as "not good enough"; it's more that I need someone who can write
client reports from day one.

If you'd like a half-hour call with feedback, reply and we'll set something up.

Cheers,
Ruben

--
Ruben Oosterhout
SafeQuay Consultancy · HSE advice for ports & logistics
+31 6 5550 2281

On Tue, 12 May 2026 at 08:47, Greta Vanderberg-Osei <greta.vo@example.nl> wrote:

> Hi Ruben,
>
> I hope you're well. I wanted to check whether there is any update after our interview on
> the 28th? I'm very keen to take the next step and happy to do a second interview or a
> trial day whenever suits you.
>
> Best,
> Greta
""",
        "company": "SafeQuay Consultancy",
        "contact": "ruben@safequay.example.nl",
    },
    # --- German ----------------------------------------------------------------------------
    {
        "key": "softgarden_absage",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-03-17 08:15 +0100",
        "frm": ("Elbkai Containerterminal GmbH", "elbkai-containerterminal@mail.softgarden.io"),
        "subject": "Ihre Bewerbung als Fachkraft für Arbeitssicherheit (m/w/d)",
        "structure": "html",
        "charset": "iso-8859-1",
        "cte": "base64",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "mid_style": "ats",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333;">
<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#0b3c5d;padding:14px 20px;"><img src="https://static.softgarden.io/public/elbkai/logo_weiss.png" alt="Elbkai Containerterminal" height="36"></td></tr>
<tr><td style="padding:24px 20px;line-height:20px;">
Sehr geehrte Frau Vanderberg-Osei,<br><br>
vielen Dank für Ihr Interesse an unserem Unternehmen und die Zeit, die Sie in Ihre Bewerbung als <b>Fachkraft für Arbeitssicherheit (m/w/d)</b> investiert haben.<br><br>
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Für diese Position setzen wir die abgeschlossene Ausbildung zur Fachkraft für Arbeitssicherheit nach DGUV Vorschrift 2 voraus.<br><br>
Diese Entscheidung ist keine Bewertung Ihrer Person. Gern dürfen Sie sich erneut bewerben, sobald Sie die Qualifikation erworben haben.<br><br>
Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.<br><br>
Mit freundlichen Grüßen<br>
Ihr Recruiting-Team<br>
Elbkai Containerterminal
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888;border-top:1px solid #ddd;">
Elbkai Containerterminal GmbH · Am Predöhlkai 12 · 20457 Hamburg · Amtsgericht Hamburg HRB 148 220<br>
Geschäftsführer: Dr. Henning Claußen, Birte Asmussen<br>
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
</td></tr></table>
<img src="https://mail.softgarden.io/track/open/8f2c1a9b.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "Elbkai Containerterminal",
        "contact": "",
    },
    {
        "key": "personio_nach_gespraech",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-04-24 15:40 +0200",
        "frm": ("Arbeitssicherheit Nord GmbH", "arbeitssicherheit-nord@jobs.personio.de"),
        "reply_to": ("Svenja Rohwedder", "s.rohwedder@as-nord.example.de"),
        "subject": "Ihr Gespräch bei uns – unsere Rückmeldung",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "text": """Liebe Frau Vanderberg-Osei,

herzlichen Dank für das angenehme Gespräch am vergangenen Donnerstag in unserem Büro in
Hammerbrook. Herr Thießen und ich haben den Austausch über Ihre Arbeit auf der Kranbrücke
sehr geschätzt.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine
Bewerberin entschieden, die bereits als Sicherheitsfachkraft für mehrere Kunden gleichzeitig
tätig war – diese Erfahrung ist für die Betreuung unserer Mandanten im Hafen ab dem ersten
Tag entscheidend.

Wenn Sie möchten, gebe ich Ihnen gern telefonisch ein ausführlicheres Feedback. Antworten Sie
einfach auf diese E-Mail.

Viele Grüße aus Hamburg
Svenja Rohwedder
Personal & Organisation
Arbeitssicherheit Nord GmbH
""",
        "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;">
<p>Liebe Frau Vanderberg-Osei,</p>
<p>herzlichen Dank für das angenehme Gespräch am vergangenen Donnerstag in unserem Büro in Hammerbrook. Herr Thießen und ich haben den Austausch über Ihre Arbeit auf der Kranbrücke sehr geschätzt.</p>
<p>Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Bewerberin entschieden, die bereits als Sicherheitsfachkraft für mehrere Kunden gleichzeitig tätig war &ndash; diese Erfahrung ist für die Betreuung unserer Mandanten im Hafen ab dem ersten Tag entscheidend.</p>
<p>Wenn Sie möchten, gebe ich Ihnen gern telefonisch ein ausführlicheres Feedback. Antworten Sie einfach auf diese E-Mail.</p>
<p>Viele Grüße aus Hamburg<br>Svenja Rohwedder<br>Personal &amp; Organisation<br>Arbeitssicherheit Nord GmbH</p>
<hr style="border:none;border-top:1px solid #e5e5e5;">
<p style="font-size:11px;color:#999;">Arbeitssicherheit Nord GmbH · Nagelsweg 41 · 20097 Hamburg · HRB 160 771 · Geschäftsführerin: Anke Thießen<br>Versendet über <a href="https://www.personio.de" style="color:#999;">Personio</a></p>
</div>
""",
        "company": "Arbeitssicherheit Nord",
        "contact": "s.rohwedder@as-nord.example.de",
    },
    {
        "key": "successfactors_chemiepark",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-02-25 06:58 +0100",
        "frm": ("Chemiepark Rhein-Ruhr Recruiting", "noreply@rrcp.successfactors.eu"),
        "subject": "Absage: Koordinator*in HSE Logistik (Req. 81542)",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1a1a1a;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2;"><tr><td align="center" style="padding:20px;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #00965e;"><img src="https://career5.successfactors.eu/ui/rrcp/logo.png" alt="Chemiepark Rhein-Ruhr" height="40"></td></tr>
<tr><td style="padding:24px;line-height:1.55;">
<p>Sehr geehrte Frau Vanderberg-Osei,</p>
<p>wir bedanken uns für Ihre Bewerbung als <strong>Koordinator*in HSE Logistik</strong> im Chemiepark Rhein-Ruhr und für das Vertrauen, das Sie uns damit entgegengebracht haben.</p>
<p>Nach eingehender Prüfung aller Unterlagen haben wir uns für Kandidat*innen entschieden, deren Profil den Anforderungen der Position in Bezug auf die Störfall-Verordnung und den Gefahrguttransport noch besser entspricht. Wir bitten um Ihr Verständnis, dass wir Ihnen daher keine positive Nachricht geben können.</p>
<p>Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.</p>
<p>Für Ihren weiteren beruflichen Weg wünschen wir Ihnen viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting Center<br>Chemiepark Rhein-Ruhr</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f7f7f7;font-size:10px;color:#777;line-height:1.4;">
Rhein-Ruhr Chemiepark Betriebsgesellschaft mbH · Rheinhauser Str. 200 · 47229 Duisburg<br>
Sitz der Gesellschaft: Duisburg · Registergericht: Amtsgericht Duisburg HRB 30118<br>
Geschäftsführung: Dr. Claudia Wennemar (Vorsitzende), Frank Oberdieck · Vorsitzender des Aufsichtsrats: Klaus-Peter Imhoff<br>
Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.
</td></tr></table>
</td></tr></table></body></html>
""",
        "company": "Chemiepark Rhein-Ruhr",
        "contact": "",
    },
    {
        "key": "intern_besetzt_bremen",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-03-30 10:22 +0200",
        "frm": ("Katrin Meyerdierks", "k.meyerdierks@weserport.example.de"),
        "subject": "Ihre Bewerbung – HSE-Koordinatorin Neustädter Hafen",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "8bit",
        "mid_style": "outlook",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

vielen Dank für Ihre Bewerbung und Ihre Geduld.

Leider muss ich Ihnen mitteilen, dass die Stelle der HSE-Koordinatorin im Neustädter Hafen
zwischenzeitlich intern besetzt wurde. Ein langjähriger Kollege aus unserer Schwergutabteilung
hat sich beworben und wird die Aufgabe zum 1. Mai übernehmen.

Ich bedauere, Ihnen keine positivere Nachricht geben zu können – Ihre Erfahrung als
Containerbrückenfahrerin hätte gut zu uns gepasst. Ihre Unterlagen schicke ich Ihnen nicht
zurück, sie werden nach Ablauf der gesetzlichen Frist gelöscht.

Mit freundlichen Grüßen

Katrin Meyerdierks
Personalreferentin

Weserport Logistik GmbH
Hansator 3 · 28217 Bremen
Tel. 0421 555 3207
Geschäftsführer: Jörn Lüerßen · AG Bremen HRB 27741
""",
        "company": "Weserport Logistik",
        "contact": "k.meyerdierks@weserport.example.de",
    },
    {
        "key": "initiativbewerbung_abgelehnt",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-01-20 11:47 +0100",
        "frm": ("Personalabteilung BSA", "personal@bsa-bremen.example.de"),
        "subject": "Ihre Initiativbewerbung vom 07.01.2026",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

wir bestätigen den Eingang Ihrer Initiativbewerbung vom 7. Januar und danken Ihnen für Ihr
Interesse an der Bremer Stahl- und Anlagenbau GmbH.

Nach Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass wir derzeit keine Position
besetzen, die Ihrem Profil entspricht. Im Bereich Arbeitssicherheit ist unser Team vollständig,
und eine zusätzliche Stelle ist in diesem Jahr nicht geplant. Wir können Ihre Bewerbung
daher leider nicht berücksichtigen.

Für Rückfragen stehen wir Ihnen gern unter dieser Adresse zur Verfügung.

Mit freundlichen Grüßen
i. A. Gerda Hollmann
Personalabteilung

Bremer Stahl- und Anlagenbau GmbH
Ludwig-Plate-Str. 9, 28197 Bremen
Geschäftsführer: Hinrich Dierks, Ulf Stelljes
Amtsgericht Bremen HRB 11904
""",
        "company": "Bremer Stahl- und Anlagenbau",
        "contact": "personal@bsa-bremen.example.de",
    },
    {
        "key": "agentur_du_kunde_genannt",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-05-12 17:03 +0200",
        "frm": ("Melanie | Pro Arbeit Rhein-Ruhr", "m.kowalczyk@proarbeit-rr.example.de"),
        "subject": "Kurzes Update zu Rhein-Lippe Umschlag",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Hallo Greta,

ich hab heute Mittag endlich die Rückmeldung von Rhein-Lippe Umschlag bekommen – leider
keine guten Nachrichten: sie haben sich für jemanden aus der eigenen Leiharbeit entschieden,
der das Terminal in Walsum schon kennt. Ehrlich gesagt ärgert mich das ein bisschen, weil du
im Gespräch richtig gut angekommen bist.

Kopf hoch! Ich hab noch zwei Anfragen aus Duisburg-Ruhrort auf dem Tisch, da melde ich mich
Anfang nächster Woche bei dir.

Liebe Grüße
Melanie

Melanie Kowalczyk
Personaldisponentin Logistik & Industrie
Pro Arbeit Rhein-Ruhr Personaldienstleistungen GmbH
Königstraße 51 · 47051 Duisburg · Tel. 0203 555 418 22
""",
        "company": "Rhein-Lippe Umschlag",
        "contact": "m.kowalczyk@proarbeit-rr.example.de",
    },
    {
        "key": "kurz_vom_handy",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-06-03 07:12 +0200",
        "frm": ("Tjark Brodersen", "t.brodersen@brodersen-reederei.example.de"),
        "subject": "Re: Danke für das zweite Gespräch",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "apple",
        "refs": [SENT["to_brodersen"]],
        "headers": {"X-Mailer": "iPhone Mail (22F76)"},
        "text": """Moin Frau Vanderberg-Osei, wir haben uns anders entschieden, tut mir leid. Alles Gute! T. Brodersen

Von meinem iPhone gesendet

> Am 29.05.2026 um 18:05 schrieb Greta Vanderberg-Osei <greta.vo@example.nl>:
>
> Sehr geehrter Herr Brodersen,
>
> vielen Dank für das zweite Gespräch heute in der Reederei Brodersen. Besonders der
> Rundgang auf der MS „Hanna B.“ hat mir gezeigt, wie sehr ich mich auf die Aufgabe als
> HSE-Koordinatorin freuen würde. Ich freue mich auf Ihre Rückmeldung.
>
> Mit freundlichen Grüßen
> Greta Vanderberg-Osei
""",
        "company": "Reederei Brodersen",
        "contact": "t.brodersen@brodersen-reederei.example.de",
    },
    {
        "key": "stelle_gestrichen",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-07-01 09:26 +0200",
        "frm": ("Nordwerk Energie AG Talent Acquisition", "no-reply@smartrecruiters.com"),
        "subject": "Information zu Ihrer Bewerbung bei Nordwerk Energie",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;background:#fff;">
<div style="max-width:600px;margin:0 auto;">
<div style="padding:16px 0;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/nordwerk/logo.png" alt="Nordwerk Energie" width="160"></div>
<p>Guten Tag Frau Vanderberg-Osei,</p>
<p>vielen Dank für Ihre Bewerbung als <b>HSE-Spezialist*in Kraftwerk Moorburg-Süd</b>.</p>
<p>Wir möchten Sie darüber informieren, dass die ausgeschriebene Position aufgrund einer Umstrukturierung unseres Standortes nicht besetzt wird. Das Auswahlverfahren ist damit beendet, und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.</p>
<p>Wir bedauern, Ihnen keine andere Nachricht geben zu können, und würden uns freuen, wenn Sie unsere <a href="https://jobs.smartrecruiters.com/NordwerkEnergie?trid=7c1e90aa">aktuellen Stellenangebote</a> weiterhin verfolgen.</p>
<p>Freundliche Grüße<br>Ihr Talent-Acquisition-Team<br>Nordwerk Energie AG</p>
<p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:10px;">Nordwerk Energie AG · Überseering 30 · 22297 Hamburg · Vorstand: Dr. Malte Iversen (Vors.), Susanne Krogmann · Aufsichtsratsvorsitzender: Peter Hasselbring · Amtsgericht Hamburg HRB 99812<br>
<a href="https://www.smartrecruiters.com/privacy-policy/?utm_medium=email" style="color:#999;">Datenschutz</a> · Powered by SmartRecruiters</p>
</div>
<img src="https://email.smartrecruiters.com/wf/open?upn=u001.Qm9yZHdlcmstMTIz" width="1" height="1" alt="" border="0">
</body></html>
""",
        "company": "Nordwerk Energie",
        "contact": "",
    },
    {
        "key": "lever_du_startup",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-03-12 19:48 +0100",
        "frm": ("Vigilo Labs", "no-reply@hire.lever.co"),
        "reply_to": ("Paula Nguyen", "paula@vigilolabs.example.de"),
        "subject": "Deine Bewerbung bei Vigilo Labs",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "mid_style": "ats",
        "text": """Hey Greta,

danke dir nochmal für das Gespräch letzte Woche und dass du dir die Zeit für unsere
Case-Aufgabe genommen hast – dein Vorschlag mit den QR-Codes an den Kranzugängen hat unserem
Produktteam echt gefallen!

Wir haben uns am Ende trotzdem für jemanden entschieden, der schon mehrere ISO-45001-Audits
begleitet hat. Für die Rolle als Customer Safety Lead ist das im Moment einfach wichtiger.

Ich weiß, das ist nicht das, was du hören wolltest. Wenn du magst, schreib mir gern, dann
erzähl ich dir am Telefon mehr.

Viele Grüße
Paula

Paula Nguyen · People & Culture · Vigilo Labs
Stresemannstraße 23, 22769 Hamburg
""",
        "company": "Vigilo Labs",
        "contact": "paula@vigilolabs.example.de",
    },
    {
        "key": "gesendet_kette_einladung",
        "kind": "rejection",
        "lang": "de",
        "date": "2026-05-26 14:55 +0200",
        "frm": ("Henrike Vosgerau", "henrike.vosgerau@tuh-hanse.example.de"),
        "subject": "AW: Einladung zum Vorstellungsgespräch – Sachverständige/r Krananlagen",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["<DB9PR08MB6624F1A2B3C4D5E6F7081920AB@DB9PR08MB6624.eurprd08.prod.outlook.com>",
                 SENT["to_tuh"]],
        "text": """Sehr geehrte Frau Vanderberg-Osei,

vielen Dank für Ihre Nachricht und nochmals für Ihren Besuch bei uns in Harburg.

Nach Abschluss aller Gespräche müssen wir Ihnen leider mitteilen, dass wir uns für einen
anderen Bewerber entschieden haben. Ausschlaggebend war am Ende die Sachkundigen-Ausbildung
nach DGUV Grundsatz 309-001, die für die Position ab dem ersten Tag erforderlich ist.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen für Ihre weitere Laufbahn viel Erfolg.

Mit freundlichen Grüßen

Henrike Vosgerau
Personalreferentin

Technischer Überwachungsdienst Hanse e.V. · Prüfstelle Harburg
Schlachthofstraße 5 · 21079 Hamburg
Tel.: +49 40 555 91 204

Von: Greta Vanderberg-Osei <greta.vo@example.nl>
Gesendet: Freitag, 22. Mai 2026 11:31
An: Henrike Vosgerau <henrike.vosgerau@tuh-hanse.example.de>
Betreff: AW: Einladung zum Vorstellungsgespräch – Sachverständige/r Krananlagen

Sehr geehrte Frau Vosgerau,

vielen Dank für das Gespräch am Mittwoch. Gibt es schon einen Zeitplan für die Entscheidung?

Mit freundlichen Grüßen
Greta Vanderberg-Osei

Von: Henrike Vosgerau <henrike.vosgerau@tuh-hanse.example.de>
Gesendet: Montag, 11. Mai 2026 09:14
An: Greta Vanderberg-Osei <greta.vo@example.nl>
Betreff: Einladung zum Vorstellungsgespräch – Sachverständige/r Krananlagen

Sehr geehrte Frau Vanderberg-Osei,

wir freuen uns, Sie zu einem Vorstellungsgespräch am Mittwoch, 20. Mai 2026, um 13:30 Uhr
in unsere Prüfstelle Harburg einzuladen. Bitte bringen Sie Ihre Zeugnisse im Original mit.

Mit freundlichen Grüßen
Henrike Vosgerau
""",
        "company": "Technischer Überwachungsdienst Hanse",
        "contact": "henrike.vosgerau@tuh-hanse.example.de",
    },
    # --- French ----------------------------------------------------------------------------
    {
        "key": "taleo_refus",
        "kind": "rejection",
        "lang": "fr",
        "date": "2026-04-08 18:02 +0200",
        "frm": ("Pétrochimie de l'Estuaire - Recrutement", "ne-pas-repondre@taleo.net"),
        "subject": "Votre candidature - Animateur / Animatrice HSE (réf. 2600312)",
        "structure": "html",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "b",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://pde.taleo.net/careersection/theme/2600/logo_pde.gif" alt="Pétrochimie de l'Estuaire" width="200" height="50"></td></tr>
<tr><td style="padding-top:18px;">
Madame,<br><br>
Nous vous remercions de l'intérêt que vous portez à Pétrochimie de l'Estuaire et de votre candidature au poste d'<b>Animateur / Animatrice HSE</b> sur notre plateforme de Gonfreville-l'Orcher.<br><br>
Après un examen attentif de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Le poste requiert une expérience confirmée sur un site classé Seveso seuil haut.<br><br>
Nous conservons néanmoins vos coordonnées dans notre base de candidats pour une durée de deux ans, sauf opposition de votre part.<br><br>
Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.<br><br>
Le service Recrutement<br>
Pétrochimie de l'Estuaire
</td></tr>
<tr><td style="padding-top:20px;font-size:10px;color:#888;">
Pétrochimie de l'Estuaire SAS au capital de 48 000 000 EUR &ndash; RCS Le Havre 512 004 889 &ndash; Route Industrielle, 76700 Gonfreville-l'Orcher<br>
Ce message est envoyé automatiquement, merci de ne pas y répondre.
</td></tr></table></body></html>
""",
        "company": "Pétrochimie de l'Estuaire",
        "contact": "",
    },
    {
        "key": "workable_anvers_fr",
        "kind": "rejection",
        "lang": "fr",
        "date": "2026-02-12 10:40 +0100",
        "frm": ("Escaut Chimie", "noreply@workablemail.com"),
        "subject": "Votre candidature chez Escaut Chimie",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "text": None,
        "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/escaut-chimie.png" alt="Escaut Chimie" height="44"></td></tr>
<tr><td style="line-height:22px;">
<p>Bonjour Greta,</p>
<p>Merci d'avoir postulé au poste de <strong>Conseillère en prévention niveau 2 &ndash; site de Zwijndrecht</strong>.</p>
<p>Après un examen attentif, nous avons décidé de poursuivre le processus avec d'autres profils correspondant davantage à nos besoins actuels, notamment en matière de connaissance de la réglementation belge (Code du bien-être au travail).</p>
<p>Nous vous remercions sincèrement pour le temps consacré à votre candidature et vous souhaitons bonne chance dans vos recherches.</p>
<p>Cordialement,<br>L'équipe RH<br>Escaut Chimie</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#999;">Escaut Chimie NV/SA &middot; Scheldelaan 600 &middot; 2040 Antwerpen &middot; BTW BE 0401.555.218<br>
<a href="https://apply.workable.com/escaut-chimie/?utm_source=email" style="color:#999;">Offres d'emploi</a> &middot; Propulsé par Workable</td></tr>
</table></td></tr></table></body></html>
""",
        "company": "Escaut Chimie",
        "contact": "",
    },
    {
        "key": "apres_entretien_outlook",
        "kind": "rejection",
        "lang": "fr",
        "date": "2026-05-06 17:18 +0200",
        "frm": ("Nathalie Lemarchand", "n.lemarchand@tne-lehavre.example.fr"),
        "subject": "RE: Entretien du 28 avril – Coordinatrice HSE",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "8bit",
        "mid_style": "outlook",
        "refs": [SENT["to_tne"]],
        "text": """Bonjour Madame Vanderberg-Osei,

Je vous remercie pour votre message et, à nouveau, pour l'entretien du 28 avril.

Nous avons pris le temps de comparer les différentes candidatures avec M. Duboc. Nous avons
finalement retenu une candidate déjà en poste sur un terminal à conteneurs français, qui
maîtrise les spécificités du Code du travail et du régime des ICPE. Ce n'est pas une décision
sur vos qualités : votre connaissance du terrain nous a beaucoup plu, de tout cœur.

Je vous souhaite pleine réussite dans la suite de vos démarches.

Bien cordialement,

Nathalie Lemarchand
Chargée de recrutement
Terminal Normandie Estuaire
Quai de l'Europe – 76600 Le Havre
Tél. : 02 35 55 40 17

De : Greta Vanderberg-Osei <greta.vo@example.nl>
Envoyé : lundi 4 mai 2026 09:12
À : Nathalie Lemarchand <n.lemarchand@tne-lehavre.example.fr>
Objet : Entretien du 28 avril – Coordinatrice HSE

Bonjour Madame Lemarchand,

Je me permets de revenir vers vous suite à notre entretien du 28 avril. Je reste très motivée
par le poste et disponible pour un second entretien si nécessaire.

Bien cordialement,
Greta Vanderberg-Osei
""",
        "company": "Terminal Normandie Estuaire",
        "contact": "n.lemarchand@tne-lehavre.example.fr",
    },
    {
        "key": "pourvu_en_interne",
        "kind": "rejection",
        "lang": "fr",
        "date": "2026-03-24 11:05 +0100",
        "frm": ("Sophie Declercq – RH Aciérie des Dunes", "s.declercq@acierie-dunes.example.fr"),
        "subject": "Votre candidature au poste de technicien(ne) sécurité",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "base64",
        "text": """Madame,

Vous avez bien voulu nous adresser votre candidature pour le poste de technicien(ne)
sécurité au sein de notre aciérie de Dunkerque, et nous vous en remercions.

Nous vous informons que le poste a été pourvu en interne, par promotion d'un agent de
maîtrise du laminoir. Nous ne sommes donc pas en mesure de donner une suite favorable à votre
démarche.

Nous vous prions de croire, Madame, à l'assurance de nos sentiments les meilleurs.

Sophie Declercq
Responsable Ressources Humaines
Aciérie des Dunes – Route du Port Ouest – 59140 Dunkerque
03 28 55 61 90
""",
        "company": "Aciérie des Dunes",
        "contact": "s.declercq@acierie-dunes.example.fr",
    },
    {
        "key": "candidature_spontanee_belge",
        "kind": "rejection",
        "lang": "fr",
        "date": "2026-01-30 15:21 +0100",
        "frm": ("Certibel – Service du personnel", "ne-pas-repondre@certibel.example.be"),
        "subject": "Votre candidature spontanée",
        "structure": "html",
        "charset": "utf-8",
        "cte": "8bit",
        "html": """<html><body>
<table cellpadding="0" cellspacing="0" width="100%" style="font-family:Georgia,serif;font-size:14px;color:#222;">
<tr><td style="padding:12px 0;border-bottom:2px solid #c8102e;"><img src="https://www.certibel.example.be/img/certibel-logo.png" alt="Certibel – Inspection &amp; Certification" height="38"></td></tr>
<tr><td style="padding:18px 0;line-height:1.6;">
<p>Madame,</p>
<p>Nous avons bien reçu votre candidature spontanée pour un poste d'inspectrice en sécurité des équipements de levage et vous remercions de l'intérêt que vous témoignez à Certibel.</p>
<p>Après examen, nous devons malheureusement vous informer que nous ne pouvons y réserver une suite favorable : nos inspecteurs doivent disposer d'un diplôme d'ingénieur industriel ou de bachelier en électromécanique reconnu en Belgique, ainsi que d'une connaissance active du néerlandais et du français.</p>
<p>Nous vous souhaitons plein succès dans vos recherches.</p>
<p>Le service du personnel<br><b>Certibel</b></p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding-top:10px;border-top:1px solid #ddd;">
Certibel asbl &ndash; organisme agréé par le SPF Emploi, Travail et Concertation sociale &ndash; Avenue du Port 86C, 1000 Bruxelles &ndash; Siège d'Anvers : Noorderlaan 133, 2030 Antwerpen.<br>
Ce courriel est envoyé depuis une adresse qui n'accepte pas les réponses.
</td></tr></table></body></html>
""",
        "company": "Certibel",
        "contact": "",
    },
    {
        "key": "tutoiement_sans_accents",
        "kind": "rejection",
        "lang": "fr",
        "date": "2026-06-19 21:34 +0200",
        "frm": ("Sébastien Caron", "seb.caron@prevention-opale.example.fr"),
        "subject": "Re: candidature preventeur",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "apple",
        "headers": {"X-Mailer": "iPhone Mail (22F76)"},
        "refs": ["<7D8A2E1C-4B3F-4E9A-8C21-0F5D6B7A9E12@example.nl>"],
        "text": """Salut Greta,
desole pour le delai. Au final on part sur un autre profil, quelqu un du coin qui connait deja les sites Seveso de Dunkerque. Ca s est joue a pas grand chose.
Bonne continuation et n hesite pas a repostuler dans quelques mois !
Seb

Sébastien Caron – Prévention Côte d'Opale
Envoyé de mon iPhone
""",
        "company": "Prévention Côte d'Opale",
        "contact": "seb.caron@prevention-opale.example.fr",
    },
    # --- Spanish ---------------------------------------------------------------------------
    {
        "key": "navalia_descartada",
        "kind": "rejection",
        "lang": "es",
        "date": "2026-04-02 12:10 +0200",
        "frm": ("Grupo Navalia Portuaria – Selección", "seleccion@navalia.example.com"),
        "subject": "Proceso de selección: Técnico/a de Prevención – Terminal Rotterdam",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#243447;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px;background:#00457c;"><img src="https://www.navalia.example.com/assets/img/navalia-blanco.png" alt="Grupo Navalia Portuaria" height="34"></td></tr>
<tr><td style="padding:22px 16px;line-height:1.6;">
<p>Estimada Sra. Vanderberg-Osei:</p>
<p>Le agradecemos el interés mostrado en formar parte de Grupo Navalia Portuaria y su participación en el proceso de selección para el puesto de <b>Técnico/a de Prevención de Riesgos Laborales</b> en nuestra terminal de Róterdam.</p>
<p>Tras valorar detenidamente todas las candidaturas, hemos decidido continuar con otros perfiles cuya experiencia se ajusta más a los requisitos del puesto. Por este motivo, su candidatura no continuará en el proceso.</p>
<p>Conservaremos su currículum en nuestra base de datos para futuras oportunidades, salvo que nos indique lo contrario.</p>
<p>Reciba un cordial saludo,</p>
<p>Departamento de Selección<br>Grupo Navalia Portuaria</p>
</td></tr>
<tr><td style="padding:12px 16px;font-size:10px;color:#8a97a5;border-top:1px solid #dde3ea;">
Navalia Portuaria, S.A. &ndash; Muelle de Poniente s/n, 46024 Valencia &ndash; Inscrita en el Registro Mercantil de Valencia, Tomo 8.112, Folio 40, Hoja V-101233.<br>
De conformidad con el RGPD, puede ejercer sus derechos escribiendo a <a href="mailto:privacidad@navalia.example.com" style="color:#8a97a5;">privacidad@navalia.example.com</a>.
</td></tr></table></body></html>
""",
        "company": "Grupo Navalia Portuaria",
        "contact": "",
    },
    {
        "key": "tras_entrevista_tuteo",
        "kind": "rejection",
        "lang": "es",
        "date": "2026-06-24 09:48 +0200",
        "frm": ("Iñaki Oyarzun", "inaki.oyarzun@arteaga-oyarzun.example.com"),
        "subject": "Re: Entrevista coordinadora HSE - parque eólico Dunkerque",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "mid_style": "gmail",
        "refs": [SENT["to_arteaga"]],
        "text": """Hola Greta:

Gracias por escribir y perdona que no te haya contestado antes, estamos a tope con el
arranque de la obra.

Te cuento: al final nos hemos decidido por una compañera que ya trabajaba con nosotros en la
obra de Saint-Nazaire y que habla francés nativo, algo que para la coordinación con las
subcontratas francesas pesa mucho. Así que esta vez no va a poder ser.

Me quedo con tu contacto, de verdad. Tu experiencia con las grúas nos habría venido de
lujo en el montaje de cimentaciones.

Un abrazo,
Iñaki

--
Iñaki Oyarzun Etxeberria
Jefe de Prevención - Proyectos Internacionales
Construcciones Arteaga y Oyarzun, S.A.

El vie, 19 jun 2026 a las 16:02, Greta Vanderberg-Osei (<greta.vo@example.nl>) escribió:
> Hola Iñaki:
>
> Muchas gracias por la entrevista del martes. ¿Sabéis ya algo sobre la decisión? Sigo
> muy interesada en el puesto y puedo incorporarme en septiembre.
>
> Un saludo,
> Greta
""",
        "company": "Construcciones Arteaga y Oyarzun",
        "contact": "inaki.oyarzun@arteaga-oyarzun.example.com",
    },
    {
        "key": "vacante_congelada",
        "kind": "rejection",
        "lang": "es",
        "date": "2026-07-15 13:37 +0200",
        "frm": ("Marta Lozano Prieto", "mlozano@prevenlab.example.com"),
        "subject": "Vacante técnica PRL Amberes",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Estimada Greta:

Le escribo en relación con la vacante de técnica de prevención para nuestra oficina de
Amberes.

Lamentablemente, el cliente para el que íbamos a reforzar el equipo ha aplazado su proyecto
de ampliación en el puerto de Amberes hasta 2027. Por ello, la vacante queda congelada y no
vamos a seguir adelante con el proceso de selección. Siento mucho no poder darle otra
noticia después de las dos entrevistas.

Le deseo mucha suerte y, si la situación cambia, no dude en que me pondré en contacto con
usted.

Un cordial saludo,

Marta Lozano Prieto
Responsable de Personas
Prevenlab Consultores S.L.
C/ Colón 18, 4º – 46004 Valencia | Italiëlei 124, 2000 Antwerpen
Tel. +34 96 555 12 30
""",
        "company": "Prevenlab Consultores",
        "contact": "mlozano@prevenlab.example.com",
    },
]
