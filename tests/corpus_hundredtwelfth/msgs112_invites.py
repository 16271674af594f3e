"""Interview invitations, reschedules/cancellations and missed-interview notices (hundred-and-twelfth corpus)."""

from __future__ import annotations

from msgs112_common import ats_html, outlook_html, paras

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

HF_UID = "040000008200E00074C5B7101A82E00800000000F0C3A1D9B6A8DC01000000000000000010000000B71E4C2A9D3F"
WATTLE_UID = "wattle-co-interview-7c1f0a9e-2b3d-4f55-8e21-1a6d9c0b44e2"

# ====================================================================== invitations
# 1. Greenhouse phone screen with a scheduling link, Reply-To the recruiter.
_i1 = """Hi Priya,

Thanks for applying for the CRM Manager role at Moss Lane Beauty - we loved reading about the loyalty relaunch you led at Harvey Street.

I'd like to set up a 30-minute phone screen so we can get to know each other and I can tell you more about the team. Please pick a slot that works for you using the link below; all times are shown in UK time.

https://app.greenhouse.io/scheduling/5c2a1d88-mosslane

If none of the slots work, just reply and I'll find another time.

Speak soon,
Hannah Oyelaran
Senior Talent Partner | Moss Lane Beauty"""
add(
    kind="interview_invitation", scenario="greenhouse_phone_screen", lang="en",
    sender=("Moss Lane Beauty Recruiting", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Hannah Oyelaran", "hannah.oyelaran@mosslanebeauty.example.co.uk"),
    subject="Let's chat! Phone screen for CRM Manager",
    date="2026-02-24 09:33:40 +0000", charset="utf-8", cte="qp",
    text=_i1,
    html=ats_html(brand="Moss Lane Beauty", logo="https://s3.amazonaws.com/grnhse/mosslane_logo.png",
                  logo_alt="MOSS LANE", tracker="links.greenhouse-mail.io", seed="i1", colour="#b4577a",
                  body=paras(_i1.replace("\nhttps://app.greenhouse.io/scheduling/5c2a1d88-mosslane\n", "")),
                  button=("Choose a time", "https://app.greenhouse.io/scheduling/5c2a1d88-mosslane"),
                  footer="Powered by Greenhouse · Moss Lane Beauty Ltd, 21 Blossom Street, Manchester M4 6AJ"),
    company="Moss Lane Beauty", contact="hannah.oyelaran@mosslanebeauty.example.co.uk")

# 2. Outlook meeting request with a text/calendar REQUEST part.
_i2 = """Hi Priya,

Thank you for your application for the CRM Executive role. I'm pleased to invite you to a first interview with me and Daniel Ashworth, our Customer Marketing Manager.

When: Tuesday 10 March 2026, 10:00-11:00
Where: Harrowgate & Finch, 4th floor, Briggate House, 62 Briggate, Leeds LS1 6HD (ask for me at the staff entrance on Lands Lane)

It will be a conversational interview; there's nothing to prepare beyond having a think about a CRM campaign you're proud of. Please accept the calendar invitation so I know the time works.

Kind regards,
Megan

Megan Crowther
Talent Partner
Harrowgate & Finch
0113 496 0310"""
add(
    kind="interview_invitation", scenario="outlook_calendar_request", lang="en",
    sender=("Megan Crowther", "megan.crowther@harrowgatefinch.example.co.uk"),
    subject="Interview – CRM Executive (Harrowgate & Finch)",
    date="2026-03-02 11:15:02 +0000", charset="utf-8", cte="qp",
    msgid="<LO2P265MB4412F3A1@LO2P265MB4412.GBRP265.PROD.OUTLOOK.example.com>",
    text=_i2,
    html=outlook_html("\n".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in _i2.replace("&", "&amp;").split("\n"))),
    calendar={"method": "REQUEST", "uid": HF_UID, "sequence": 0, "stamp": "20260302T111500Z",
                  "tzid": "GMT Standard Time", "start": "20260310T100000", "end": "20260310T110000",
                  "summary": "Interview – CRM Executive (Harrowgate & Finch)",
                  "location": "Briggate House, 62 Briggate, Leeds LS1 6HD",
                  "description": "First interview with Megan Crowther and Daniel Ashworth."},
    company="Harrowgate & Finch", contact="megan.crowther@harrowgatefinch.example.co.uk")

# 3. Australian video interview, Teams, calendar REQUEST.
_i3 = """Hi Priya,

Lovely to speak on the phone yesterday. As promised, here's the invite for your interview for the Digital Marketing & CRM Lead role.

You'll be meeting Sarah Whitlock (Head of Marketing) and me over Microsoft Teams on Tuesday 26 May at 5:30pm Sydney time (AEST). I know that's 8:30am for you in the UK, so shout if it's too early and we'll shuffle things.

Sarah will ask you to walk through one lifecycle program you've built end to end - no slides needed, just talk us through it.

Join on your computer or mobile app:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_wattle0526

Looking forward to it!
Bec

Bec Nguyen
Talent Acquisition Specialist | Wattle & Co.
Level 3, 88 Cumberland Street, The Rocks NSW 2000"""
add(
    kind="interview_invitation", scenario="teams_calendar_au", lang="en",
    sender=("Bec Nguyen", "bec.nguyen@wattleandco.example.com.au"),
    subject="Interview invitation: Digital Marketing & CRM Lead – Wattle & Co.",
    date="2026-05-18 14:02:51 +1000", charset="utf-8", cte="base64",
    msgid="<SY4P282MB1930C2@SY4P282MB1930.AUSP282.PROD.OUTLOOK.example.com>",
    text=_i3,
    html=outlook_html("\n".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in _i3.replace("&", "&amp;").split("\n"))),
    calendar={"method": "REQUEST", "uid": WATTLE_UID, "sequence": 0, "stamp": "20260518T040200Z",
                  "tzid": "AUS Eastern Standard Time", "start": "20260526T173000", "end": "20260526T183000",
                  "summary": "Interview: Digital Marketing & CRM Lead (Priya Ramanathan-Hughes)",
                  "location": "Microsoft Teams Meeting",
                  "description": "Interview with Sarah Whitlock and Bec Nguyen."},
    company="Wattle & Co.", contact="bec.nguyen@wattleandco.example.com.au")

# 4. Agency, exclamation-heavy, names the client.
add(
    kind="interview_invitation", scenario="agency_exclaim_named_client", lang="en",
    sender=("Callum Reid | Redbrick Talent", "callum@redbricktalent.example.co.uk"),
    subject="GREAT NEWS!! Pennine Co-op want to meet you!!",
    date="2026-04-07 15:21:09 +0100", charset="utf-8", cte="8bit",
    text="""Priya!!!

Told you they'd love your CV!! Pennine Co-op have asked to interview you for the Member Marketing & CRM Manager role 🎉

Details:
- Monday 13 April, 2pm
- Their support centre on Sovereign Street (Leeds), ask for Gareth Holroyd
- 1 hour, first 20 mins is a presentation: "How would you grow active membership among under-35s?" (10 slides MAX)

Can you confirm by tomorrow lunchtime? Give me a bell if you want to prep - I know Gareth well and can tell you what he's like.

Callum

Callum Reid
Redbrick Talent — Leeds | Manchester
07700 900 418
""",
    company="Pennine Co-op", contact="callum@redbricktalent.example.co.uk")

# 5. Lever, HTML only, Reply-To the recruiter.
add(
    kind="interview_invitation", scenario="lever_growth_chat", lang="en",
    sender=("Sam Achebe (Crowdcart)", "no-reply@hire.lever.co"),
    reply_to=("Sam Achebe", "sam@crowdcart.example.com"),
    subject="Crowdcart x Priya – next step",
    date="2026-03-20 16:40:22 +0000", charset="utf-8", cte="qp",
    html="""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#111">
<div style="max-width:560px;margin:0 auto;padding:24px">
<img src="https://lever-client-logos.s3.amazonaws.com/crowdcart.png" alt="crowdcart" height="28">
<p>Hey Priya,</p>
<p>Thanks for applying for <strong>Lifecycle Marketing Manager</strong>! I've read through your application and I'd love for you to meet Anya, our Head of Growth.</p>
<p>It's a 45-minute video interview - part getting to know you, part a look at our current onboarding emails (we'll share screen, no prep needed). Grab any slot that suits you here:</p>
<p><a href="https://hire.lever.co/interview-scheduling/crowdcart/8f1e2b" style="background:#5a31f4;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Book your interview</a></p>
<p>Any questions, just reply to this email.</p>
<p>Cheers,<br>Sam<br><span style="color:#666">People &amp; Talent, Crowdcart</span></p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#888">Sent via <a href="https://hire.lever.co" style="color:#888">Lever</a>. Crowdcart Ltd, 18 Shacklewell Lane, London E8 2EZ.</p>
</div></body></html>
""",
    company="Crowdcart", contact="sam@crowdcart.example.com")

# 6. Workday, assessment centre, no-reply, HTML only.
add(
    kind="interview_invitation", scenario="workday_assessment_day", lang="en",
    sender=("Albion Pharmacy Group Talent Acquisition", "albionpharmacy@myworkday.com"),
    subject="Invitation: Assessment Day – Beauty CRM Coordinator", encode_subject=True,
    date="2026-06-01 08:05:10 +0100", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Albion Pharmacy Group", logo="https://albionpharmacy.wd3.myworkdayjobs.com/assets/logo.png",
        logo_alt="Albion Pharmacy & Beauty", tracker="click.myworkday.com", seed="i6", colour="#00695c",
        body="""<p>Dear Priya,</p>
<p>Congratulations! Following the review of your application for <b>Beauty CRM Coordinator</b> (JR-22817), we are delighted to invite you to our Assessment Day.</p>
<table cellpadding="6" cellspacing="0" border="0" style="font-size:14px;border:1px solid #e5e7eb;margin:10px 0">
<tr><td style="color:#6b7280">Date</td><td><b>Wednesday 10 June 2026</b></td></tr>
<tr><td style="color:#6b7280">Time</td><td>09:30 – 15:00 (lunch provided)</td></tr>
<tr><td style="color:#6b7280">Location</td><td>Albion House, 1 Spinningfields Square, Manchester M3 3AP</td></tr>
</table>
<p>The day includes a group exercise, a short written task and a competency-based interview with two members of the Customer team. Please bring photo ID and proof of your right to work in the UK.</p>
<p>Please confirm your attendance in your Candidate Home by <b>Friday 5 June</b>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Albion Pharmacy Group</p>""",
        button=("Confirm attendance", "https://albionpharmacy.wd3.myworkdayjobs.com/en-GB/External/userHome"),
        footer="""Please do not reply to this email. This mailbox is not monitored.<br>
Albion Pharmacy Group Limited. Registered in England No. 02210394. Registered office: Albion House, 1 Spinningfields Square, Manchester M3 3AP."""),
    company="Albion Pharmacy Group", contact="")

# 7. Council panel interview, role mailbox, PDF with arrangements.
add(
    kind="interview_invitation", scenario="council_panel_pdf", lang="en",
    sender=("Aire Valley Council HR Recruitment", "hr.recruitment@airevalley.example.gov.uk"),
    subject="Invitation to interview - Digital Engagement Officer (Post AV4412)",
    date="2026-05-06 14:44:00 +0100", charset="utf-8", cte="7bit",
    text="""Dear Priya Ramanathan-Hughes

Post: Digital Engagement Officer (Libraries & Culture) - AV4412
Grade: SO1

I am pleased to inform you that you have been shortlisted for the above post and invite you to
attend an interview on Wednesday 13 May 2026 at 11.15am at Bradford Road Civic Offices,
Shipley BD18 3XY.

The panel will consist of Mrs J Sutcliffe (Service Manager), Mr R Akhtar (Communications Lead)
and a representative from HR. You will be asked to give a 10 minute presentation on the
following subject: "How would you use email and social media to grow library membership among
families?" Full arrangements, including parking and accessibility information, are attached.

Please reply to this email by Friday 8 May to confirm whether you will attend, and let us know
if you need any reasonable adjustments.

Yours sincerely

HR Recruitment Team
Aire Valley Metropolitan Council
""",
    attachments=[{"filename": "AV4412_interview_arrangements.pdf", "pdf": [
        "Aire Valley Metropolitan Council - HR Recruitment",
        "Interview arrangements: Digital Engagement Officer (AV4412)",
        "",
        "Date: Wednesday 13 May 2026     Time: 11.15am     Duration: approx. 45 minutes",
        "Venue: Bradford Road Civic Offices, Shipley BD18 3XY (Committee Room 2)",
        "",
        "Please report to main reception 15 minutes before your interview.",
        "Visitor parking is available in bays 1-12. The building is step-free.",
        "Please bring: passport or birth certificate, proof of National Insurance number.",
    ]}],
    company="Aire Valley Metropolitan Council", contact="hr.recruitment@airevalley.example.gov.uk")

# 8. University, panel interview on Teams, HR adviser writing herself.
add(
    kind="interview_invitation", scenario="university_panel_teams", lang="en",
    sender=("Morag Sinclair", "m.sinclair@craigmount.example.ac.uk"),
    subject="Craigmount University: interview for CRM & Marketing Automation Officer (CU-2231)",
    date="2026-07-14 10:28:31 +0100", charset="iso-8859-1", cte="qp",
    text="""Dear Priya,

CRM & Marketing Automation Officer, Recruitment & Admissions (CU-2231)

Thank you for your application. I am delighted to let you know that the panel would like to invite you to interview.

Interviews will take place on Microsoft Teams on Thursday 23 July 2026. Your slot is 14:00-14:45. The panel will be:

  Dr Alasdair Kerr, Director of Recruitment & Admissions
  Shona Ferguson, CRM Manager
  Morag Sinclair, HR Adviser (observing)

There is a short task: please prepare a five-minute overview of how you would re-engage offer-holders who have gone quiet between March and June. You may share your screen.

I'd be grateful if you could reply by Friday to confirm. A Teams link will follow separately.

Kind regards,

Morag Sinclair
HR Adviser
Human Resources, Craigmount University
Old College Wynd, Edinburgh EH8 9YL
Craigmount University is a charitable body, registered in Scotland, with registration number SC014477.
""",
    company="Craigmount University", contact="m.sinclair@craigmount.example.ac.uk")

# 9. Founder, terse, from the phone.
add(
    kind="interview_invitation", scenario="founder_terse_call", lang="en",
    sender=("Tom Haworth", "tom@loomandlather.example.co.uk"),
    subject="Chat tomorrow",
    date="2026-01-27 18:02:44 +0000", charset="us-ascii", cte="7bit",
    msgid="<8A2D0F8B-11C4-4A4B-B6D6-2F1E@loomandlather.example.co.uk>",
    text="""Hi Priya, thanks for your application for the marketing role. Can you do a quick interview call tomorrow 11ish? 20 mins. I'll ring your mobile.

Tom

Sent from my iPhone
""",
    company="Loom & Lather", contact="tom@loomandlather.example.co.uk")

# 10. Head-hunter, confidential client, agency is the company.
add(
    kind="interview_invitation", scenario="headhunter_confidential_client", lang="en",
    sender=("Olivia Hartigan", "olivia.hartigan@huntervale.example.co.uk"),
    subject="Confidential – Head of CRM search – interview with my client",
    date="2026-08-03 12:10:19 +0100", charset="windows-1252", cte="qp",
    text="""Dear Priya,

Thank you for sending your CV for the Head of CRM search I’m running. I shared a blind profile with my client last week and I’m delighted to say they would like to interview you.

As the search is confidential, I can’t share the client’s name in writing until you’ve signed the NDA attached to our portal – but as we discussed, they are a premium British beauty brand with a flagship in Mayfair and a strong DTC business.

The first interview would be with their Chief Customer Officer, in person in London, on either Tuesday 11 or Wednesday 12 August. Could you let me know which day suits, and whether mornings or afternoons are better?

With kind regards,

Olivia Hartigan
Partner – Consumer & Retail Practice
Hunter & Vale Search
25 Hanover Square, London W1S 1JF
Direct: +44 20 7946 0874 | Mobile: +44 7700 900 913

The information in this email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
""",
    company="Hunter & Vale Search", contact="olivia.hartigan@huntervale.example.co.uk")

# 11. BambooHR notification address, Reply-To the Irish hiring lead.
_i11 = """Hi Priya,

Great to chat with you last week! We'd love you to come in for a second-round interview for the Ecommerce & CRM Executive role.

It'll be at our office above the Dawson Street shop on Thursday 16 April at 3pm, with myself and Ciarán from the Ecommerce team. We'll ask you to take us through a quick critique of our current welcome emails - nothing formal, 15 mins or so, and then a chat.

Let me know if that suits, and if you have any questions at all, give me a shout.

Go raibh maith agat,
Aoife Brennan
Head of Marketing, Liffey Lane Fashion
41 Dawson Street, Dublin 2"""
add(
    kind="interview_invitation", scenario="bamboohr_second_round_ie", lang="en",
    sender=("Liffey Lane Fashion Hiring", "notifications@app.bamboohr.com"),
    reply_to=("Aoife Brennan", "aoife.brennan@liffeylane.example.ie"),
    subject="Second interview – Ecommerce & CRM Executive",
    date="2026-04-13 10:11:57 +0100", charset="utf-8", cte="qp",
    msgid="<bamboohr-5521-liffeylane-0413@app.bamboohr.com>",
    text=_i11,
    html=ats_html(brand="Liffey Lane Fashion", logo="https://liffeylane.bamboohr.com/logo_full.png",
                  logo_alt="Liffey Lane", tracker="click.bamboohr.com", seed="i11", colour="#7a9e7e",
                  body=paras(_i11),
                  footer="This email was sent through BambooHR on behalf of Liffey Lane Fashion Ltd, 41 Dawson Street, Dublin 2, D02 XY57."),
    company="Liffey Lane Fashion", contact="aoife.brennan@liffeylane.example.ie")

# 12. iCIMS, Canada, self-schedule, HTML only.
add(
    kind="interview_invitation", scenario="icims_self_schedule_ca", lang="en",
    sender=("Maple & Main Outfitters Talent Acquisition", "maplemain+autoreply@talent.icims.com"),
    subject="Schedule your interview – Coordinator, Email & Loyalty Marketing",
    date="2026-05-27 13:50:03 -0400", charset="utf-8", cte="base64",
    html=ats_html(
        brand="Maple & Main", logo="https://careers-maplemain.icims.com/images/logo.png",
        logo_alt="MAPLE & MAIN OUTFITTERS · EST. 1987", tracker="t.icims.com", seed="i12", colour="#8c2f39",
        body="""<p>Hello Priya,</p>
<p>Thank you for your interest in the <b>Coordinator, Email &amp; Loyalty Marketing</b> position (Req. 2026-1187) at our Toronto head office.</p>
<p>The hiring team would like to invite you to a virtual interview of approximately 45 minutes. Please use the button below to choose a time that works for you. Available times are shown in Eastern Time (ET).</p>
<p>If you require an accommodation during the interview process, please let us know through the candidate portal; Maple &amp; Main is committed to an accessible, barrier-free recruitment process in line with the AODA.</p>
<p>Best regards,<br>Talent Acquisition Team<br>Maple &amp; Main Outfitters</p>""",
        button=("Select a time", "https://careers-maplemain.icims.com/jobs/2026-1187/schedule"),
        footer="""Maple &amp; Main Outfitters Inc. · 155 Wellington St W, Toronto, ON M5V 3H1<br>
This is an automated message sent from our recruiting system. Replies to this address are not monitored."""),
    company="Maple & Main Outfitters", contact="")

# 13. Toronto founder, Gmail, quote contains "unfortunately".
add(
    kind="interview_invitation", scenario="founder_gmail_ca_quote", lang="en",
    sender=("Dana Kowalczyk", "dana@queenwestcollective.example.ca"),
    subject="Re: Ecommerce & Community Lead",
    date="2026-06-09 21:36:27 -0400", charset="utf-8", cte="qp",
    msgid="<CAHdana-qwc-0609@mail.gmail.com>",
    in_reply_to="<CAOpriya-qwc-0607@mail.gmail.com>",
    text="""Hey Priya,

No worries at all about missing the call - these things happen with time zones!

Honestly your application made my week. Would you be up for a proper interview over Zoom with me and Kwame (my co-founder)? We're thinking Friday June 12 at 10am Toronto time, which I think is 3pm for you. About an hour. Zoom link below, no need to prepare anything, we just want to hear how you think about community + email together.

https://zoom.us/j/8841207731?pwd=qwc

Dana

On Sun, Jun 7, 2026 at 4:02 AM Priya Ramanathan-Hughes <priya.rh@example.co.uk> wrote:
> Hi Dana,
>
> Unfortunately I missed your call on Friday - I'm so sorry, I was on a train
> out of Leeds with no signal. I'm still very keen on the Ecommerce &
> Community Lead role and I'm happy to talk whenever suits you.
>
> Best wishes,
> Priya
""",
    company="Queen West Collective", contact="dana@queenwestcollective.example.ca")

# 14. Ashby, next step, Reply-To the recruiter.
add(
    kind="interview_invitation", scenario="ashby_hiring_manager", lang="en",
    sender=("Stallhouse", "no-reply@ashbyhq.com"),
    reply_to=("Jo Adeyemi", "jo.adeyemi@stallhouse.example.com"),
    subject="Next step: interview with Dev (Marketplace CRM Lead)",
    date="2026-04-28 15:06:44 +0100", charset="utf-8", cte="qp",
    html="""<!doctype html><html><body style="margin:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" style="font-family:Inter,Arial,sans-serif;font-size:15px;line-height:24px;color:#18181b">
<tr><td style="padding:32px 0 8px 0"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/stallhouse.png" alt="Stallhouse" height="26"></td></tr>
<tr><td>
<p>Hi Priya,</p>
<p>Really enjoyed our call on Friday! I'm happy to say we'd like you to meet Dev Raman, our VP Marketplace, for the next interview.</p>
<p>It's 45 minutes on Google Meet. Dev will want to dig into how you'd segment a marketplace audience where the same person can be a buyer one day and a seller the next.</p>
<p><a href="https://app.ashbyhq.com/interview-scheduling/stallhouse/2d7a" style="display:inline-block;background:#18181b;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Pick a time with Dev</a></p>
<p>Jo<br><span style="color:#71717a">Talent, Stallhouse</span></p>
</td></tr>
<tr><td style="padding:28px 0;font-size:12px;color:#a1a1aa">Sent with <a href="https://www.ashbyhq.com" style="color:#a1a1aa">Ashby</a> · Stallhouse Marketplace Ltd, 1 Fashion Street, London E1 6PX</td></tr>
</table></td></tr></table></body></html>
""",
    company="Stallhouse", contact="jo.adeyemi@stallhouse.example.com")

# 15. Edinburgh shop owner, Gmail, the invitation R18 later quotes.
add(
    kind="interview_invitation", scenario="edinburgh_shop_coffee", lang="en",
    sender=("Fiona Maclean", "fiona@thistleandtweed.example.co.uk"),
    subject="Your email about the online shop",
    date="2026-07-16 17:20:33 +0100", charset="utf-8", cte="7bit",
    msgid="<CAJfM7+invite0716@mail.gmail.com>",
    text="""Hi Priya, we'd love to invite you for an interview at the shop on Tuesday 21st at 11. Come and have a coffee with us!

We're on Victoria Street, the green door next to the whisky shop. Ask for me or Callum. Bring any examples of emails you've done.

Fiona
Thistle & Tweed
""",
    company="Thistle & Tweed", contact="fiona@thistleandtweed.example.co.uk")

# ---------------------------------------------------------------- French invitations
# 16. Leather goods, vous, plain.
add(
    kind="interview_invitation", scenario="courbet_fr_vous", lang="fr",
    sender=("Aurélie Fontaine", "a.fontaine@ateliers-courbet.example.fr"),
    subject="Invitation à un entretien – Chef de projet CRM",
    date="2026-06-15 09:48:20 +0200", charset="utf-8", cte="qp",
    msgid="<courbet-entretien-0615@ateliers-courbet.example.fr>",
    text="""Bonjour Madame Ramanathan-Hughes,

Nous avons bien étudié votre candidature au poste de Chef de projet CRM et nous serions ravis de vous rencontrer.

Je vous propose un premier entretien le mardi 23 juin à 10h30, dans nos locaux du 11 rue Charlot (Paris 3e), avec Bertrand Ollivier, notre Directeur e-commerce, et moi-même. L'entretien durera environ une heure.

Si cet horaire ne vous convenait pas, n'hésitez pas à m'indiquer vos disponibilités pour la semaine du 22 juin. Nous pouvons également organiser l'entretien en visioconférence si vous êtes encore à Leeds à cette date.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Aurélie Fontaine
Responsable Ressources Humaines
Les Ateliers Courbet – Maroquinerie depuis 1924
11 rue Charlot, 75003 Paris · 01 42 77 51 90
""",
    company="Les Ateliers Courbet", contact="a.fontaine@ateliers-courbet.example.fr")

# 17. Agency relaying Galeries Sablon, first interview.
add(
    kind="interview_invitation", scenario="agency_fr_galeries_first", lang="fr",
    sender=("Hélène Vasseur", "h.vasseur@celeste-recrutement.example.fr"),
    subject="Galeries Sablon – Responsable CRM : premier entretien",
    date="2026-04-02 11:30:12 +0200", charset="windows-1252", cte="qp",
    text="""Bonjour Priya,

Comme évoqué au téléphone, j’ai présenté votre profil aux Galeries Sablon pour le poste de Responsable CRM, et ils souhaitent vous rencontrer !

Premier entretien avec Sophie Marchal, RRH, en visio (Teams) :
• mercredi 8 avril à 11h00 (heure de Paris, donc 10h00 à Leeds)
• durée : 45 minutes

Le lien Teams vous sera envoyé directement par Sophie. Pensez à relire leur dernier rapport annuel, elle aime bien poser une question sur la carte de fidélité « Sablon & Moi ».

Pouvez-vous me confirmer que le créneau vous convient ?

Belle journée,

Hélène Vasseur
Consultante senior – Retail & Luxe
Céleste Recrutement
38 rue La Boétie – 75008 Paris
Tél. : 01 84 88 20 15
""",
    company="Galeries Sablon", contact="h.vasseur@celeste-recrutement.example.fr")

# 18. Start-up founder, tu, call.
add(
    kind="interview_invitation", scenario="startup_fr_tu_call", lang="fr",
    sender=("Julien Marchetti", "julien@paniermalin.example.fr"),
    subject="Call jeudi ?",
    date="2026-02-23 08:14:31 +0100", charset="utf-8", cte="8bit",
    text="""Hello Priya,

Merci pour ta candidature pour le poste de Growth & CRM chez Panier Malin ! Ton expérience en retail nous parle beaucoup.

Je te propose un premier entretien en visio jeudi 26 à 17h (heure de Paris) avec moi et Inès, notre CTO. 45 min max, c'est surtout pour se présenter et parler de ce que tu ferais sur nos relances panier.

Lien Meet : https://meet.google.com/pmx-qwer-tyu

Dis-moi si ça te va !

Julien
CEO & co-fondateur – Panier Malin
""",
    company="Panier Malin", contact="julien@paniermalin.example.fr")

# 19. Quebec brand hiring in Toronto, SmartRecruiters, Canadian French.
add(
    kind="interview_invitation", scenario="smartrecruiters_qc_entrevue", lang="fr",
    sender=("Maison Boréale – Acquisition de talents", "noreply@smartrecruiters.com"),
    subject="Invitation à une entrevue – Conseillère ou conseiller CRM (Toronto)",
    date="2026-08-19 10:02:48 -0400", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Maison Boréale", logo="https://c.smartrecruiters.com/sr-company-logo-prod/maisonboreale.png",
        logo_alt="Maison Boréale — soins naturels du Québec", tracker="email.smartrecruiters.com", seed="i19",
        colour="#2e5e4e",
        body="""<p>Bonjour Priya,</p>
<p>Merci de l'intérêt que vous portez à Maison Boréale! Nous avons bien aimé votre parcours et nous aimerions vous rencontrer en entrevue pour le poste de <b>conseillère ou conseiller CRM</b> à notre bureau de Toronto.</p>
<p>L'entrevue se déroulera par vidéoconférence (Teams) et durera environ 45 minutes. Elle se fera en anglais et en français, puisque le poste touche nos clientèles du Québec et de l'Ontario.</p>
<p>Veuillez sélectionner une plage horaire qui vous convient à l'aide du bouton ci-dessous. Si aucune plage ne fonctionne, écrivez-nous par courriel à partir de votre espace candidat.</p>
<p>Au plaisir de vous rencontrer,<br>L'équipe Acquisition de talents<br>Maison Boréale</p>""",
        button=("Choisir une plage horaire", "https://jobs.smartrecruiters.com/MaisonBoreale/interview/7731"),
        footer="""Maison Boréale inc. · 1250, rue Sainte-Catherine Ouest, Montréal (Québec) H3G 1P1 · Bureau de Toronto : 340 King St E<br>
Ce message a été envoyé automatiquement. Merci de ne pas y répondre."""),
    company="Maison Boréale", contact="")

# ---------------------------------------------------------------- Spanish invitations
# 20. Barcelona marketplace, in person, tú.
add(
    kind="interview_invitation", scenario="mercat_es_presencial", lang="es",
    sender=("Laia Ferrer", "laia.ferrer@mercatdigital.example.es"),
    subject="Entrevista Responsable de CRM",
    date="2026-04-22 12:37:09 +0200", charset="utf-8", cte="qp",
    msgid="<md-entrevista-0422@mercatdigital.example.es>",
    text="""Hola Priya,

¡Gracias por tu candidatura para el puesto de Responsable de CRM en Mercat Digital!

Nos gustaría conocerte en persona. Te proponemos una entrevista el jueves 30 de abril a las 10:00 en nuestra oficina de Passeig de Sant Joan 104 (3º 2ª), con Jordi Puigvert, nuestro director de marketing, y conmigo.

Después de la entrevista te pediremos un pequeño caso práctico para hacer en casa (unas dos horas como mucho).

¿Te va bien? Si necesitas otra hora, dime y lo cuadramos.

Un saludo,
Laia Ferrer
People & Culture · Mercat Digital
""",
    company="Mercat Digital", contact="laia.ferrer@mercatdigital.example.es")

# 21. Eyewear brand via Personio, alternative, Reply-To a person.
_i21 = """Hola Priya:

Te escribimos de Ulls de Mar porque tu candidatura para el puesto de Ecommerce & CRM Specialist nos ha encantado.

Nos gustaría invitarte a una primera entrevista por videollamada el martes 28 de julio a las 16:30 (hora de Barcelona). Estará Marta Soler, responsable de ecommerce, y durará unos 40 minutos.

Por favor, confírmanos tu asistencia respondiendo a este correo. Si no te encaja el horario, proponnos otro y lo buscamos.

¡Hasta pronto!
Marta Soler
Ulls de Mar · ulleres fetes a Barcelona"""
add(
    kind="interview_invitation", scenario="personio_es_ulls_video", lang="es",
    sender=("Ulls de Mar", "noreply@personio.de"),
    reply_to=("Marta Soler", "marta.soler@ullsdemar.example.es"),
    subject="Invitación a entrevista – Ecommerce & CRM Specialist",
    date="2026-07-20 11:19:50 +0200", charset="utf-8", cte="base64",
    msgid="<personio-ulls-0720-88f1@personio.de>",
    text=_i21,
    html=ats_html(brand="Ulls de Mar", logo="https://ullsdemar.jobs.personio.de/logo.png",
                  logo_alt="ULLS DE MAR", tracker="tracking.personio.de", seed="i21", colour="#0e7490",
                  body=paras(_i21),
                  footer="Ulls de Mar S.L. · Carrer del Rec 28, 08003 Barcelona · Enviado con Personio"),
    company="Ulls de Mar", contact="marta.soler@ullsdemar.example.es")

# 22. Agency relaying Perfumerías Nácar, different consultant.
add(
    kind="interview_invitation", scenario="agency_es_nacar", lang="es",
    sender=("Álvaro Sanz", "alvaro.sanz@talentolevante.example.es"),
    subject="Entrevista con Perfumerías Nácar",
    date="2026-09-02 17:05:44 +0200", charset="iso-8859-1", cte="8bit",
    text="""Buenas tardes, Priya:

Soy Álvaro, compañero de Nerea en Talento Levante. Le paso el testigo de su candidatura para el puesto de CRM Manager en Perfumerías Nácar, que llevo yo.

Le confirmo que el cliente quiere entrevistarla. La entrevista sería el lunes 7 de septiembre a las 12:00 en sus oficinas de la calle Balmes, 188 (Barcelona). Estarán la directora de marketing, Pilar Echevarría, y la responsable de fidelización.

Le agradecería que me confirmara su asistencia lo antes posible.

Reciba un cordial saludo,

Álvaro Sanz
Consultor Senior | Talento Levante
Tel. +34 931 55 02 79
""",
    company="Perfumerías Nácar", contact="alvaro.sanz@talentolevante.example.es")

# 23. Design school, usted, windows-1252, role mailbox that asks for a reply.
add(
    kind="interview_invitation", scenario="escola_es_usted", lang="es",
    sender=("Escola Superior de Disseny del Born – Selecció", "seleccio@esdborn.example.es"),
    subject="Convocatoria de entrevista – Técnico/a de Marketing y Captación",
    date="2026-05-25 13:26:02 +0200", charset="windows-1252", cte="qp",
    text="""Estimada Sra. Ramanathan-Hughes:

En relación con el proceso de selección para la plaza de Técnico/a de Marketing y Captación de Alumnos (ref. ESDB-12/2026), nos complace comunicarle que ha sido seleccionada para la fase de entrevista.

La entrevista tendrá lugar el miércoles 3 de junio de 2026 a las 9:30 h en la sede de la Escola (Carrer de la Princesa 25, 08003 Barcelona), aula 2.04. El tribunal estará formado por la directora académica, el responsable de comunicación y una persona del área de personal.

Le rogamos que confirme su asistencia respondiendo a este correo antes del viernes 29 de mayo.

Atentamente,

Área de Personas y Selección
Escola Superior de Disseny del Born
""",
    company="Escola Superior de Disseny del Born", contact="seleccio@esdborn.example.es")

# ---------------------------------------------------------------- German invitations
# 24. Austrian mail-order firm, Outlook calendar REQUEST.
_i24 = """Sehr geehrte Frau Ramanathan-Hughes,

vielen Dank für Ihre Bewerbung als CRM & Loyalty Manager für unseren neuen Standort in Dublin.

Wir würden Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Termin: Dienstag, 15. September 2026, 10:00–11:00 Uhr (MESZ) bzw. 09:00 Uhr Ortszeit Dublin
Gesprächspartner: Mag. Clemens Hofbauer (Leitung E-Commerce), Theresa Pichler (HR)

Bitte nehmen Sie die Einladung im Kalender an. Das Gespräch findet auf Deutsch und Englisch statt.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen

Theresa Pichler
Human Resources
Lindenhof Versand GmbH
Mariahilfer Straße 77, 1060 Wien
FN 402118 t, Handelsgericht Wien"""
add(
    kind="interview_invitation", scenario="outlook_calendar_at", lang="de",
    sender=("Theresa Pichler", "t.pichler@lindenhof-versand.example.at"),
    subject="Einladung zum Vorstellungsgespräch – CRM & Loyalty Manager (Dublin)",
    date="2026-09-07 14:31:06 +0200", charset="utf-8", cte="qp",
    msgid="<VI1PR08MB5321D7@VI1PR08MB5321.eurprd08.prod.outlook.example.com>",
    text=_i24,
    html=outlook_html("\n".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in _i24.replace("&", "&amp;").split("\n"))),
    calendar={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000A0B3C8E1F1C2DC01000000000000000010000000C22F0E81",
                  "sequence": 0, "stamp": "20260907T123100Z", "tzid": "W. Europe Standard Time",
                  "start": "20260915T100000", "end": "20260915T110000",
                  "summary": "Vorstellungsgespräch Priya Ramanathan-Hughes – CRM & Loyalty Manager",
                  "location": "Microsoft Teams-Besprechung"},
    company="Lindenhof Versand", contact="t.pichler@lindenhof-versand.example.at")

# 25. softgarden, HTML only, no Reply-To.
add(
    kind="interview_invitation", scenario="softgarden_de_einladung", lang="de",
    sender=("Frischwerk Kosmetik AG – Recruiting", "noreply@softgarden.io"),
    subject="Einladung zum Vorstellungsgespräch: Senior CRM Manager UK (m/w/d)",
    date="2026-06-08 09:12:40 +0200", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Frischwerk", logo="https://frischwerk.softgarden.io/assets/logo.png",
        logo_alt="FRISCHWERK – Naturkosmetik aus Hamburg", tracker="links.softgarden.io", seed="i25", colour="#4d7c0f",
        body="""<p>Sehr geehrte Frau Ramanathan-Hughes,</p>
<p>wir freuen uns, Ihnen mitteilen zu können, dass Ihre Bewerbung als <b>Senior CRM Manager UK (m/w/d)</b> für unser Londoner Büro uns überzeugt hat.</p>
<p>Gerne möchten wir Sie zu einem ersten Vorstellungsgespräch einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus den verfügbaren Zeitfenstern aus. Das Gespräch findet per Videocall statt und dauert ca. 60 Minuten.</p>
<p>Wir freuen uns darauf, Sie kennenzulernen.</p>
<p>Mit freundlichen Grüßen<br>Svenja Krämer<br>Talent Acquisition Partner</p>""",
        button=("Termin auswählen", "https://frischwerk.softgarden.io/interview/select/55120"),
        footer="""Frischwerk Kosmetik AG · Große Elbstraße 145 · 22767 Hamburg<br>
Vorstand: Dr. Henrik Olsen (Vors.), Mareike Busch · Amtsgericht Hamburg HRB 99812<br>
Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail."""),
    company="Frischwerk Kosmetik", contact="")

# 26. Munich start-up, du.
add(
    kind="interview_invitation", scenario="startup_de_du_kennenlernen", lang="de",
    sender=("Lukas Brenner", "lukas@nordlicht-commerce.example.de"),
    subject="Kennenlernen nächste Woche",
    date="2026-04-09 14:30:18 +0200", charset="utf-8", cte="8bit",
    msgid="<nlc-einladung-0409@nordlicht-commerce.example.de>",
    text="""Hi Priya,

danke für deine Bewerbung als Marketplace CRM Manager (Dublin)! Wir würden dich gern zum Interview einladen.

Hast du Lust auf ein Kennenlernen per Video nächste Woche? Dienstag 14.04. um 16 Uhr (eure Zeit 15 Uhr) würde bei Aylin und mir gut passen. Dauert ca. 45 Minuten, ganz entspannt.

Link: https://meet.google.com/nlc-dub-lin

Viele Grüße
Lukas

--
Lukas Brenner · Co-Founder & CEO
Nordlicht Commerce GmbH · Ganghoferstraße 29 · 80339 München
""",
    company="Nordlicht Commerce", contact="lukas@nordlicht-commerce.example.de")

# ====================================================================== reschedules / cancellations
# 27. Calendar update, same UID, SEQUENCE 1.
_s1 = """Hi Priya,

Apologies for the change - Daniel has been called into a trading meeting on Tuesday morning, so we've moved your interview to Thursday 12 March at 2pm. Same place, same format.

I've sent an updated calendar invitation; please accept it if the new time works, or let me know and we'll find another slot.

Thanks for your flexibility,
Megan

Megan Crowther
Talent Partner
Harrowgate & Finch"""
add(
    kind="interview_reschedule_or_cancel", scenario="outlook_calendar_update_seq1", lang="en",
    sender=("Megan Crowther", "megan.crowther@harrowgatefinch.example.co.uk"),
    subject="Updated: Interview – CRM Executive (Harrowgate & Finch)",
    date="2026-03-05 16:48:55 +0000", charset="utf-8", cte="qp",
    in_reply_to="<LO2P265MB4412F3A1@LO2P265MB4412.GBRP265.PROD.OUTLOOK.example.com>",
    text=_s1,
    html=outlook_html("\n".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in _s1.replace("&", "&amp;").split("\n"))),
    calendar={"method": "REQUEST", "uid": HF_UID, "sequence": 1, "stamp": "20260305T164800Z",
                  "tzid": "GMT Standard Time", "start": "20260312T140000", "end": "20260312T150000",
                  "summary": "Interview – CRM Executive (Harrowgate & Finch)",
                  "location": "Briggate House, 62 Briggate, Leeds LS1 6HD",
                  "description": "Moved from Tue 10 March 10:00."},
    company="Harrowgate & Finch", contact="megan.crowther@harrowgatefinch.example.co.uk")

# 28. Calendar CANCEL with the invitation's UID: interviewer ill, will rebook.
_s2 = """Hi Priya,

I'm so sorry for the late notice - Sarah has come down with a nasty flu and is off for the rest of the week, so we have to cancel tomorrow's interview.

We definitely still want to talk to you! I'll send a new invite as soon as she's back, hopefully for early next week. Apologies again for messing you around, especially with the early start on your side.

Bec

Bec Nguyen
Talent Acquisition Specialist | Wattle & Co."""
add(
    kind="interview_reschedule_or_cancel", scenario="calendar_cancel_interviewer_ill", lang="en",
    sender=("Bec Nguyen", "bec.nguyen@wattleandco.example.com.au"),
    subject="Canceled: Interview: Digital Marketing & CRM Lead (Priya Ramanathan-Hughes)",
    date="2026-05-25 15:12:08 +1000", charset="utf-8", cte="qp",
    in_reply_to="<SY4P282MB1930C2@SY4P282MB1930.AUSP282.PROD.OUTLOOK.example.com>",
    text=_s2,
    html=outlook_html("\n".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in _s2.replace("&", "&amp;").split("\n"))),
    calendar={"method": "CANCEL", "uid": WATTLE_UID, "sequence": 1, "stamp": "20260525T051200Z",
                  "tzid": "AUS Eastern Standard Time", "start": "20260526T173000", "end": "20260526T183000",
                  "summary": "Canceled: Interview: Digital Marketing & CRM Lead (Priya Ramanathan-Hughes)",
                  "location": "Microsoft Teams Meeting"},
    company="Wattle & Co.", contact="bec.nguyen@wattleandco.example.com.au")

# 29. Council: switched from in person to Teams.
add(
    kind="interview_reschedule_or_cancel", scenario="council_switch_to_teams", lang="en",
    sender=("Aire Valley Council HR Recruitment", "hr.recruitment@airevalley.example.gov.uk"),
    subject="RE: Invitation to interview - Digital Engagement Officer (Post AV4412)",
    date="2026-05-12 09:20:14 +0100", charset="us-ascii", cte="7bit",
    in_reply_to="<priya-av4412-confirm@example.co.uk>",
    text="""Dear Priya

Thank you for confirming your attendance.

Please note a change to the arrangements for tomorrow. Due to unplanned maintenance works at
Bradford Road Civic Offices, your interview on Wednesday 13 May will now take place on
Microsoft Teams rather than in person. The time (11.15am) and the panel are unchanged.

A Teams link will be sent to you by Mrs Sutcliffe this afternoon. Please have your presentation
ready to share on screen. You will not need to bring your identity documents; these will be
checked at a later stage if you are successful.

We apologise for any inconvenience.

HR Recruitment Team
Aire Valley Metropolitan Council

-----Original Message-----
From: Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Sent: 07 May 2026 19:41
To: HR Recruitment <hr.recruitment@airevalley.example.gov.uk>
Subject: RE: Invitation to interview - Digital Engagement Officer (Post AV4412)

Dear HR Recruitment Team,
Thank you for the invitation. I am pleased to confirm that I will attend the interview on
13 May at 11.15am.
Kind regards, Priya Ramanathan-Hughes
""",
    company="Aire Valley Metropolitan Council", contact="hr.recruitment@airevalley.example.gov.uk")

# 30. Workday: interview rescheduled, HTML only.
add(
    kind="interview_reschedule_or_cancel", scenario="workday_rescheduled", lang="en",
    sender=("Albion Pharmacy Group Talent Acquisition", "albionpharmacy@myworkday.com"),
    subject="Your Assessment Day has been rescheduled",
    date="2026-06-05 12:31:27 +0100", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Albion Pharmacy Group", logo="https://albionpharmacy.wd3.myworkdayjobs.com/assets/logo.png",
        logo_alt="Albion Pharmacy & Beauty", tracker="click.myworkday.com", seed="s4", colour="#00695c",
        body="""<p>Dear Priya,</p>
<p>We need to let you know that the Assessment Day for <b>Beauty CRM Coordinator</b> (JR-22817) originally planned for Wednesday 10 June has been <b>rescheduled</b>.</p>
<p>New date: <b>Tuesday 16 June 2026</b>, 09:30 – 15:00, at the same venue (Albion House, Manchester).</p>
<p>We're sorry for any inconvenience this may cause. If you are unable to attend on the new date, please update your availability in Candidate Home and our team will be in touch.</p>
<p>Kind regards,<br>Talent Acquisition<br>Albion Pharmacy Group</p>""",
        button=("Update availability", "https://albionpharmacy.wd3.myworkdayjobs.com/en-GB/External/userHome"),
        footer="""Please do not reply to this email. This mailbox is not monitored.<br>
Albion Pharmacy Group Limited. Registered in England No. 02210394."""),
    company="Albion Pharmacy Group", contact="")

# 31. Agency, pushed to Friday, "-----Original Message-----".
add(
    kind="interview_reschedule_or_cancel", scenario="agency_pushed_to_friday", lang="en",
    sender=("Callum Reid | Redbrick Talent", "callum@redbricktalent.example.co.uk"),
    subject="RE: GREAT NEWS!! Pennine Co-op want to meet you!!",
    date="2026-04-10 11:03:36 +0100", charset="windows-1252", cte="8bit",
    in_reply_to="<priya-redbrick-0407@example.co.uk>",
    text="""Hi Priya,

Bit of a curveball - Gareth's had to go to a board thing on Monday so Pennine Co-op have asked to push your interview to FRIDAY 17th, same time (2pm), same place. Really sorry!! Is that ok? Presentation brief doesn’t change.

Callum

-----Original Message-----
From: Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Sent: 07 April 2026 18:12
To: Callum Reid <callum@redbricktalent.example.co.uk>
Subject: Re: GREAT NEWS!! Pennine Co-op want to meet you!!

Hi Callum, amazing, thank you! Monday 2pm is confirmed. I'll send you my slides on Friday if you have a minute to look.
Priya
""",
    company="Pennine Co-op", contact="callum@redbricktalent.example.co.uk")

# 32. Toronto founder, mobile, can we do Thursday instead.
add(
    kind="interview_reschedule_or_cancel", scenario="founder_mobile_thursday", lang="en",
    sender=("Dana Kowalczyk", "dana@queenwestcollective.example.ca"),
    subject="Re: Ecommerce & Community Lead",
    date="2026-06-11 07:58:02 -0400", charset="utf-8", cte="7bit",
    in_reply_to="<CAOpriya-qwc-0610@mail.gmail.com>",
    references=["<CAHdana-qwc-0609@mail.gmail.com>", "<CAOpriya-qwc-0610@mail.gmail.com>"],
    text="""Ugh, so sorry Priya - Kwame's flight got moved and he lands tomorrow right when we'd be talking. Can we do Thursday June 18, same time (10am ET / 3pm UK)? Same Zoom link.

Sent from my iPhone
""",
    company="Queen West Collective", contact="dana@queenwestcollective.example.ca")

# 33. Irish brand, moved, Outlook quote.
add(
    kind="interview_reschedule_or_cancel", scenario="ie_moved_outlook_quote", lang="en",
    sender=("Aoife Brennan", "aoife.brennan@liffeylane.example.ie"),
    subject="RE: Second interview – Ecommerce & CRM Executive",
    date="2026-04-15 08:27:40 +0100", charset="utf-8", cte="qp",
    in_reply_to="<priya-liffey-0413@example.co.uk>",
    references=["<bamboohr-5521-liffeylane-0413@app.bamboohr.com>", "<priya-liffey-0413@example.co.uk>"],
    text="""Morning Priya,

Apologies, I have to move tomorrow. Ciarán's been pulled into a stock-take at the Galway shop, and I'd really like him to meet you. Could we do Tuesday 21 April at 11am instead? Same place.

If that doesn't suit, let me know what does and I'll work around you.

Thanks a million,
Aoife

From: Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Sent: Monday, April 13, 2026 7:55 PM
To: Aoife Brennan <aoife.brennan@liffeylane.example.ie>
Subject: RE: Second interview – Ecommerce & CRM Executive

Hi Aoife,

Thursday at 3pm is perfect, thank you. I'll book my flight over tonight. Looking forward to meeting Ciarán.

Best,
Priya

From: Liffey Lane Fashion Hiring <notifications@app.bamboohr.com>
Sent: Monday, April 13, 2026 10:11 AM
Subject: Second interview – Ecommerce & CRM Executive

Great to chat with you last week! We'd love you to come in for a second-round interview...
""",
    company="Liffey Lane Fashion", contact="aoife.brennan@liffeylane.example.ie")

# 34. iCIMS: interview cancelled, will rebook.
add(
    kind="interview_reschedule_or_cancel", scenario="icims_cancelled_rebook", lang="en",
    sender=("Maple & Main Outfitters Talent Acquisition", "maplemain+autoreply@talent.icims.com"),
    subject="Interview cancelled – Coordinator, Email & Loyalty Marketing",
    date="2026-06-01 17:22:50 -0400", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Maple & Main", logo="https://careers-maplemain.icims.com/images/logo.png",
        logo_alt="MAPLE & MAIN OUTFITTERS · EST. 1987", tracker="t.icims.com", seed="s8", colour="#8c2f39",
        body="""<p>Hello Priya,</p>
<p>Your virtual interview for <b>Coordinator, Email &amp; Loyalty Marketing</b> (Req. 2026-1187) scheduled for <b>Wednesday, June 3 at 11:00 AM ET</b> has been cancelled by the hiring team due to a scheduling conflict.</p>
<p>Your application remains active. A member of our team will send you new interview times within the next few business days.</p>
<p>We apologize for the inconvenience.</p>
<p>Best regards,<br>Talent Acquisition Team<br>Maple &amp; Main Outfitters</p>""",
        footer="""Maple &amp; Main Outfitters Inc. · 155 Wellington St W, Toronto, ON M5V 3H1<br>
This is an automated message sent from our recruiting system. Replies to this address are not monitored."""),
    company="Maple & Main Outfitters", contact="")

# 35. University: date changed (building closure).
add(
    kind="interview_reschedule_or_cancel", scenario="university_new_date", lang="en",
    sender=("Morag Sinclair", "m.sinclair@craigmount.example.ac.uk"),
    subject="CU-2231 - change of interview date",
    date="2026-07-20 15:40:09 +0100", charset="iso-8859-1", cte="8bit",
    text="""Dear Priya,

I'm writing with a change to your interview for the CRM & Marketing Automation Officer post (CU-2231).

Dr Kerr has been asked to represent the University at the UCAS conference on Thursday, so the panel has agreed to move all interviews to Monday 27 July. Your new slot is 10:00-10:45, still on Microsoft Teams, and the task is unchanged.

I'm sorry for any disruption this causes. Please let me know whether the new time suits; if it does not, we will do our best to offer an alternative on the same day.

Kind regards,

Morag Sinclair
HR Adviser, Craigmount University
""",
    company="Craigmount University", contact="m.sinclair@craigmount.example.ac.uk")

# 36. French: we need to push the interview back.
add(
    kind="interview_reschedule_or_cancel", scenario="courbet_fr_decaler", lang="fr",
    sender=("Aurélie Fontaine", "a.fontaine@ateliers-courbet.example.fr"),
    subject="Re: Invitation à un entretien - Chef de projet CRM",
    date="2026-06-18 17:55:03 +0200", charset="iso-8859-1", cte="qp",
    in_reply_to="<priya-courbet-0616@example.co.uk>",
    references=["<courbet-entretien-0615@ateliers-courbet.example.fr>", "<priya-courbet-0616@example.co.uk>"],
    text="""Bonjour Madame,

Je suis désolée de devoir revenir vers vous à ce sujet : M. Ollivier doit se rendre à notre atelier de Bourgogne mardi prochain et nous devons décaler notre entretien.

Pourriez-vous être disponible le jeudi 25 juin à 15h00, toujours rue Charlot ? À défaut, le vendredi 26 juin à 10h00 est également possible.

Avec toutes nos excuses pour ce contretemps,

Bien cordialement,

Aurélie Fontaine
Responsable Ressources Humaines
Les Ateliers Courbet
""",
    company="Les Ateliers Courbet", contact="a.fontaine@ateliers-courbet.example.fr")

# 37. Quebec brand, SmartRecruiters: interview cancelled, recruiter sick, new date proposed.
add(
    kind="interview_reschedule_or_cancel", scenario="smartrecruiters_qc_annulee", lang="fr",
    sender=("Maison Boréale – Acquisition de talents", "noreply@smartrecruiters.com"),
    subject="Votre entrevue du 26 août est annulée",
    date="2026-08-25 16:14:38 -0400", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Maison Boréale", logo="https://c.smartrecruiters.com/sr-company-logo-prod/maisonboreale.png",
        logo_alt="Maison Boréale — soins naturels du Québec", tracker="email.smartrecruiters.com", seed="s11",
        colour="#2e5e4e",
        body="""<p>Bonjour Priya,</p>
<p>Nous devons malheureusement annuler votre entrevue prévue demain, le mercredi 26 août à 13 h (HE) : la gestionnaire responsable du recrutement est malade.</p>
<p>Nous vous proposons de la reprendre la semaine prochaine. Vous pouvez dès maintenant choisir une nouvelle plage horaire à l'aide du bouton ci-dessous.</p>
<p>Toutes nos excuses pour ce changement de dernière minute.</p>
<p>L'équipe Acquisition de talents<br>Maison Boréale</p>""",
        button=("Choisir une nouvelle plage", "https://jobs.smartrecruiters.com/MaisonBoreale/interview/7731/reschedule"),
        footer="""Maison Boréale inc. · 1250, rue Sainte-Catherine Ouest, Montréal (Québec) H3G 1P1<br>
Ce message a été envoyé automatiquement. Merci de ne pas y répondre."""),
    company="Maison Boréale", contact="")

# 38. Spanish: time change, Outlook ES quote.
add(
    kind="interview_reschedule_or_cancel", scenario="ulls_es_cambio_hora", lang="es",
    sender=("Marta Soler", "marta.soler@ullsdemar.example.es"),
    subject="RE: Invitación a entrevista – Ecommerce & CRM Specialist",
    date="2026-07-24 10:05:21 +0200", charset="windows-1252", cte="qp",
    in_reply_to="<priya-ulls-0720@example.co.uk>",
    references=["<personio-ulls-0720-88f1@personio.de>", "<priya-ulls-0720@example.co.uk>"],
    text="""Hola Priya:

Perdona el cambio, pero el martes a las 16:30 tenemos la sesión de fotos de la nueva colección y no llego. ¿Podríamos pasar la entrevista al mismo martes 28 a las 12:00? Si no, el miércoles 29 a cualquier hora por la mañana.

Gracias y perdona las molestias,
Marta

De: Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Enviado: lunes, 20 de julio de 2026 19:02
Para: Marta Soler <marta.soler@ullsdemar.example.es>
Asunto: Re: Invitación a entrevista – Ecommerce & CRM Specialist

Hola Marta:
¡Muchas gracias! Confirmo la entrevista del martes 28 a las 16:30.
Un saludo,
Priya
""",
    company="Ulls de Mar", contact="marta.soler@ullsdemar.example.es")

# 39. Spanish school: interview postponed.
add(
    kind="interview_reschedule_or_cancel", scenario="escola_es_aplazamos", lang="es",
    sender=("Escola Superior de Disseny del Born – Selecció", "seleccio@esdborn.example.es"),
    subject="Aplazamiento de la entrevista – ref. ESDB-12/2026",
    date="2026-05-28 09:03:47 +0200", charset="windows-1252", cte="base64",
    text="""Estimada Sra. Ramanathan-Hughes:

Por la presente le comunicamos que, debido a la coincidencia con la jornada de puertas abiertas de la Escola, el tribunal ha decidido aplazar las entrevistas previstas para el 3 de junio.

La nueva fecha de su entrevista es el martes 9 de junio de 2026 a las 11:00 h, en el mismo lugar (aula 2.04). Si no pudiera asistir, le rogamos que nos lo indique respondiendo a este correo para buscar una alternativa.

Disculpe las molestias.

Atentamente,

Área de Personas y Selección
Escola Superior de Disseny del Born
""",
    company="Escola Superior de Disseny del Born", contact="seleccio@esdborn.example.es")

# 40. Austrian: Terminverschiebung, German Outlook quote.
add(
    kind="interview_reschedule_or_cancel", scenario="lindenhof_de_verschiebung", lang="de",
    sender=("Theresa Pichler", "t.pichler@lindenhof-versand.example.at"),
    subject="AW: Einladung zum Vorstellungsgespräch – CRM & Loyalty Manager (Dublin)",
    date="2026-09-10 11:46:30 +0200", charset="iso-8859-1", cte="qp",
    in_reply_to="<priya-lindenhof-0907@example.co.uk>",
    references=["<VI1PR08MB5321D7@VI1PR08MB5321.eurprd08.prod.outlook.example.com>", "<priya-lindenhof-0907@example.co.uk>"],
    text="""Sehr geehrte Frau Ramanathan-Hughes,

leider muss ich unseren Termin am Dienstag verschieben, da Herr Hofbauer kurzfristig zu einem Lieferanten nach Graz reisen muss.

Wäre Ihnen Donnerstag, der 17. September, um 14:00 Uhr (MESZ) bzw. 13:00 Uhr in Dublin recht? Ich schicke Ihnen dann eine aktualisierte Kalendereinladung.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Theresa Pichler
Human Resources, Lindenhof Versand GmbH

Von: Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Gesendet: Montag, 7. September 2026 18:20
An: Theresa Pichler <t.pichler@lindenhof-versand.example.at>
Betreff: AW: Einladung zum Vorstellungsgespräch

Sehr geehrte Frau Pichler,
vielen Dank für die Einladung, den Termin am 15. September nehme ich gerne wahr.
Mit freundlichen Grüßen
Priya Ramanathan-Hughes
""",
    company="Lindenhof Versand", contact="t.pichler@lindenhof-versand.example.at")

# 41. softgarden: switched to a video interview.
add(
    kind="interview_reschedule_or_cancel", scenario="softgarden_de_video_statt_vorort", lang="de",
    sender=("Frischwerk Kosmetik AG – Recruiting", "noreply@softgarden.io"),
    subject="Änderung Ihres Gesprächstermins",
    date="2026-06-15 13:30:22 +0200", charset="utf-8", cte="base64",
    html=ats_html(
        brand="Frischwerk", logo="https://frischwerk.softgarden.io/assets/logo.png",
        logo_alt="FRISCHWERK – Naturkosmetik aus Hamburg", tracker="links.softgarden.io", seed="s15", colour="#4d7c0f",
        body="""<p>Sehr geehrte Frau Ramanathan-Hughes,</p>
<p>es gibt eine Änderung zu Ihrem Gespräch am <b>Freitag, 19. Juni 2026, 11:00 Uhr</b>: Anstatt in unserem Londoner Büro in Shoreditch findet das Gespräch nun als <b>Videocall</b> statt, da mehrere Kolleg:innen aus Hamburg zugeschaltet werden.</p>
<p>Die Uhrzeit bleibt unverändert. Den Einwahllink finden Sie unten und in Ihrem Kandidatenprofil.</p>
<p>Mit freundlichen Grüßen<br>Svenja Krämer<br>Talent Acquisition Partner</p>""",
        button=("Zum Videocall", "https://frischwerk.softgarden.io/video/55120"),
        footer="""Frischwerk Kosmetik AG · Große Elbstraße 145 · 22767 Hamburg · Amtsgericht Hamburg HRB 99812<br>
Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail."""),
    company="Frischwerk Kosmetik", contact="")

# ====================================================================== missed interviews
# 42. Family business: we waited for you at 10:00.
add(
    kind="missed_interview_notice", scenario="family_business_waited", lang="en",
    sender=("Annie Metcalfe", "annie@dalesicecream.example.co.uk"),
    subject="This morning",
    date="2026-03-18 12:41:19 +0000", charset="utf-8", cte="8bit",
    text="""Hello Priya,

We waited for you at 10:00 this morning at the farm shop for your interview for the online sales & marketing job, but you didn't arrive and we couldn't get through on your mobile.

I hope nothing's wrong. If there was a mix-up with the day or the directions (the satnav does send people up the wrong lane!), just let me know and we can see about another time.

Best wishes,
Annie Metcalfe
Yorkshire Dales Ice Cream Company
Low Laithe Farm, Hawes, North Yorkshire DL8 3LP
01969 555 214
""",
    company="Yorkshire Dales Ice Cream Company", contact="annie@dalesicecream.example.co.uk")

# 43. Greenhouse: you did not join the video call.
_m2 = """Hi Priya,

It looks like you weren't able to join today's video interview for the CRM & Retention Executive role, which was scheduled for 11:00 with me and Saoirse.

We waited on the call for about fifteen minutes. I hope everything is okay! If something came up, please reply to this email by Tuesday and let me know, and we'll see whether we can find another time.

Thanks,
Rory Kavanagh
Talent Lead, Brónach Beauty
Unit 6, Grand Canal Plaza, Dublin 4"""
add(
    kind="missed_interview_notice", scenario="greenhouse_did_not_join_ie", lang="en",
    sender=("Brónach Beauty Recruiting", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Rory Kavanagh", "rory.kavanagh@bronachbeauty.example.ie"),
    subject="We missed you today",
    date="2026-05-29 12:05:33 +0100", charset="utf-8", cte="qp",
    text=_m2,
    html=ats_html(brand="Brónach Beauty", logo="https://s3.amazonaws.com/grnhse/bronach_logo.png",
                  logo_alt="BRÓNACH", tracker="links.greenhouse-mail.io", seed="m2", colour="#9f1239",
                  body=paras(_m2), footer="Powered by Greenhouse"),
    company="Brónach Beauty", contact="rory.kavanagh@bronachbeauty.example.ie")

# 44. Agency: tried to call twice for the screening.
add(
    kind="missed_interview_notice", scenario="agency_tried_to_call", lang="en",
    sender=("Jess Okafor", "jess.okafor@digitalretailrecruit.example.co.uk"),
    subject="Missed call - 2pm screening",
    date="2026-03-24 14:26:50 +0000", charset="utf-8", cte="7bit",
    text="""Hi Priya, I tried to call you at 2pm for our screening call for the Loyalty Executive brief and again at 2.15 but no answer, went straight to voicemail. Everything ok? Let me know when you're free and we'll rebook.

Jess

Jess Okafor
Senior Consultant - Digital & Ecommerce
Digital Retail Recruit | 020 7946 0321
""",
    company="Digital Retail Recruit", contact="jess.okafor@digitalretailrecruit.example.co.uk")

# 45. Boutique: trial shift you did not turn up to.
add(
    kind="missed_interview_notice", scenario="trial_day_no_show", lang="en",
    sender=("Dee at Ancoats Vintage", "dee@ancoatsvintage.example.co.uk"),
    subject="saturday??",
    date="2026-08-16 18:33:04 +0100", charset="utf-8", cte="8bit",
    text="""hi priya

you were down for your trial day with us yesterday (sat 10-4) for the online shop & socials role but you never turned up and didn't message. we had the photo shoot all set up for you to run :(

if something happened that's fine, just let me know. otherwise i'll assume you're not interested anymore

dee
ancoats vintage · 14 blossom st · insta @ancoatsvintage
""",
    company="Ancoats Vintage", contact="dee@ancoatsvintage.example.co.uk")

# 46. BambooHR, Canada: our records show you did not attend, Reply-To recruiter.
add(
    kind="missed_interview_notice", scenario="bamboohr_no_show_ca", lang="en",
    sender=("Northbound Goods Careers", "notifications@app.bamboohr.com"),
    reply_to=("Priyanka Sodhi", "priyanka.sodhi@northboundgoods.example.ca"),
    subject="Missed interview – Email Marketing Specialist",
    date="2026-07-07 16:05:41 -0400", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Northbound Goods", logo="https://northboundgoods.bamboohr.com/logo_full.png",
        logo_alt="Northbound Goods Co.", tracker="click.bamboohr.com", seed="m5", colour="#334155",
        body="""<p>Hi Priya,</p>
<p>Our records show that you did not attend your scheduled video interview for the <b>Email Marketing Specialist</b> position today (Tuesday, July 7, 2:00 PM ET).</p>
<p>We understand that things come up. If you're still interested in the role, please reply to this email within 48 hours and let us know a few times that work for you this week. If we don't hear from you, we'll assume you've decided to withdraw your application.</p>
<p>All the best,<br>Priyanka Sodhi<br>Talent Acquisition, Northbound Goods</p>""",
        footer="This email was sent through BambooHR on behalf of Northbound Goods Co., 60 Atlantic Ave, Toronto, ON M6K 1X9."),
    company="Northbound Goods", contact="priyanka.sodhi@northboundgoods.example.ca")

# 47. Edinburgh deli: we had you in the diary for 3pm.
add(
    kind="missed_interview_notice", scenario="deli_had_you_in_diary", lang="en",
    sender=("Graham Lennox", "graham@leithprovisions.example.co.uk"),
    subject="Are you ok?",
    date="2026-09-15 15:52:28 +0100", charset="utf-8", cte="qp",
    text="""Hi Priya,

We had you in the diary for 3pm today to chat about the ecommerce role, and I was sat in the back office with a pot of tea, but no sign of you. Hope all's ok.

Not a problem if you've changed your mind, I'd just rather know. Otherwise give me a wee shout and we'll find another afternoon.

Graham
Leith Provisions — deli, bottle shop & hampers
32 The Shore, Leith, Edinburgh EH6 6QN
""",
    company="Leith Provisions", contact="graham@leithprovisions.example.co.uk")

# 48. French craft workshop: nous vous avons attendue.
add(
    kind="missed_interview_notice", scenario="atelier_fr_attendue", lang="fr",
    sender=("Mathilde Roux", "mathilde@atelierverrier-belleville.example.fr"),
    subject="Entretien de ce matin",
    date="2026-03-06 12:18:05 +0100", charset="iso-8859-1", cte="8bit",
    text="""Bonjour Priya,

Nous vous avons attendue ce matin à 10h à l'atelier pour notre entretien (poste de chargée e-commerce et newsletter), mais vous n'êtes pas venue et nous n'avons pas réussi à vous joindre.

J'espère qu'il ne vous est rien arrivé. Si vous êtes toujours intéressée, écrivez-moi et nous verrons s'il est possible de fixer un autre rendez-vous.

Bien à vous,
Mathilde Roux
Atelier Verrier Belleville
27 rue de la Mare, 75020 Paris
""",
    company="Atelier Verrier Belleville", contact="mathilde@atelierverrier-belleville.example.fr")

# 49. Paris agency: vous ne vous êtes pas connectée à la visio.
add(
    kind="missed_interview_notice", scenario="agence_fr_pas_connectee", lang="fr",
    sender=("Bastien Leroy", "bastien@bonjourlundi.example.fr"),
    subject="Visio de 14h",
    date="2026-09-22 14:31:57 +0200", charset="windows-1252", cte="qp",
    text="""Bonjour Priya,

Nous étions connectés sur Google Meet à 14h pour notre entretien (poste de CRM Lead chez Bonjour Lundi) mais vous ne nous avez pas rejoints. On a attendu un bon quart d’heure.

Un souci de connexion, peut-être ? Dites-moi si vous souhaitez reprogrammer, on peut regarder pour la semaine prochaine.

Bastien Leroy
Directeur associé – Bonjour Lundi
Agence CRM & e-commerce · 9 rue des Petites-Écuries, 75010 Paris
""",
    company="Bonjour Lundi", contact="bastien@bonjourlundi.example.fr")

# 50. Barcelona bike shop: we called and you did not answer.
add(
    kind="missed_interview_notice", scenario="bicis_es_no_contestaste", lang="es",
    sender=("Pau Roca", "pau@bicispoblenou.example.es"),
    subject="Llamada de hoy",
    date="2026-06-30 12:22:10 +0200", charset="utf-8", cte="8bit",
    text="""Hola Priya,

Te llamamos hoy a las 12 para la entrevista telefónica del puesto de marketing online, como quedamos, pero no contestaste (dos veces). ¿Todo bien?

Si sigues interesada dime cuándo te va bien y volvemos a intentarlo esta semana.

Pau
Bicis Poblenou · Carrer de Pujades 160, Barcelona
""",
    company="Bicis Poblenou", contact="pau@bicispoblenou.example.es")

# 51. Personio DE: Sie sind nicht im Videocall erschienen, Reply-To a person.
add(
    kind="missed_interview_notice", scenario="personio_de_nicht_erschienen", lang="de",
    sender=("Kranich Mode GmbH", "noreply@personio.de"),
    reply_to=("Jana Albrecht", "jana.albrecht@kranich-mode.example.de"),
    subject="Ihr Videointerview heute um 10:00 Uhr",
    date="2026-10-06 10:41:12 +0200", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Kranich Mode", logo="https://kranich-mode.jobs.personio.de/logo.png",
        logo_alt="KRANICH MODE", tracker="tracking.personio.de", seed="m10", colour="#111111",
        body="""<p>Sehr geehrte Frau Ramanathan-Hughes,</p>
<p>heute um 10:00 Uhr waren wir zu Ihrem Videointerview für die Position <b>Senior CRM Manager (m/w/d) – Barcelona</b> verabredet. Leider sind Sie nicht im Videocall erschienen, und wir konnten Sie auch telefonisch nicht erreichen.</p>
<p>Falls etwas dazwischengekommen ist, antworten Sie bitte bis Donnerstag auf diese E-Mail. Wir prüfen dann gerne, ob wir einen neuen Termin finden.</p>
<p>Mit freundlichen Grüßen<br>Jana Albrecht<br>Recruiting, Kranich Mode</p>""",
        footer="""Kranich Mode GmbH · Torstraße 140 · 10119 Berlin<br>
Geschäftsführer: Friederike Albers, Malte Sundermann · Amtsgericht Charlottenburg HRB 188204 B"""),
    company="Kranich Mode", contact="jana.albrecht@kranich-mode.example.de")
