"""Interview invitations (26), reschedules and cancellations (15), missed-interview notices (10)."""

from __future__ import annotations

from msgs141_common import (
    apple_mid,
    ats_shell,
    card_shell,
    gmail_mid,
    gmail_shell,
    hannah_mid,
    ics_event,
    outlook_mid,
    outlook_shell,
    paras,
    pixel,
    track,
)

INVITES: list[dict] = []
add = INVITES.append

AIREBOROUGH_UID = "040000008200E00074C5B7101A82E00800000000C0F3A71B2E9ADC01000000000000000010000000B7E41D0A9C5F4E2B8D6A3317F0C2A95E"
FAEHRMANN_UID = "7kq2m1v0f3c8d9a4b6e5@calendar.faehrmann-logistik.example.de"

# ================================================================== interview invitations
# 032 -- Greenhouse, scheduling link, recruiter in Reply-To
add({
    "scenario": "greenhouse_schedule_link", "kind": "interview_invitation", "company": "Copperfield Retail Group",
    "contact": "priya.sandhu@copperfield.example.co.uk", "lang": "en",
    "sender": ("Copperfield Retail Group via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Priya Sandhu", "priya.sandhu@copperfield.example.co.uk"),
    "subject": "Next steps: HR Business Partner – Copperfield Retail Group",
    "date": "2026-02-03T11:20:41+00:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Hi Hannah,

Thanks for applying for the HR Business Partner role supporting our northern
distribution centres. We'd love to invite you to a 30-minute video call with me
so we can learn more about you and tell you more about the role and the team.

Please choose a time that suits you using the link below – slots are available
from Monday 9 to Wednesday 11 February:

https://app.greenhouse.io/schedule/8c1f0e7d3a/copperfield?candidate=41992

If none of the times work, just reply to this email and we'll find another.

Looking forward to speaking with you,

Priya Sandhu
Talent Partner | Copperfield Retail Group
""",
    "html": ats_shell(
        paras(
            "Hi Hannah,",
            "Thanks for applying for the HR Business Partner role supporting our northern distribution "
            "centres. We'd love to invite you to a <b>30-minute video call</b> with me so we can learn more "
            "about you and tell you more about the role and the team.",
            "Please choose a time that suits you using the button below – slots are available from "
            "Monday 9 to Wednesday 11 February.",
        )
        + f'\n<p style="margin:6px 0 20px 0;"><a href="{track("links.greenhouse-mail.io", "cf-sched")}" '
          'style="background:#b5442c;color:#ffffff;padding:11px 20px;text-decoration:none;border-radius:4px;'
          'font-weight:bold;">Pick a time</a></p>\n'
        + paras(
            "If none of the times work, just reply to this email and we'll find another.",
            "Looking forward to speaking with you,<br><br>Priya Sandhu<br>Talent Partner | Copperfield Retail Group",
        ),
        title="Copperfield Retail Group", logo_src="https://copperfield.example.co.uk/brand/cf-logo@2x.png",
        logo_alt="Copperfield Retail Group", accent="#b5442c",
        footer="Copperfield Retail Group, Thorp Arch Estate, Wetherby LS23 7BJ<br>Sent via Greenhouse",
        pixel_src=pixel("links.greenhouse-mail.io", "cf-open"),
    ),
})

# 033 -- Outlook meeting request with text/calendar (METHOD:REQUEST), housing association
add({
    "scenario": "outlook_calendar_request", "kind": "interview_invitation", "company": "Aireborough Homes",
    "contact": "imran.qureshi@aireboroughhomes.example.org", "lang": "en",
    "sender": ("Imran Qureshi", "imran.qureshi@aireboroughhomes.example.org"),
    "subject": "Interview: People Partner – Hannah Kowalczyk-Reid",
    "date": "2026-03-10T14:05:52+00:00", "structure": "alt_cal", "charset": "utf-8", "cte": "quoted-printable",
    "mid": outlook_mid("aireborough-req", "CWXP265MB3391"),
    "body": """\
Hi Hannah,

As discussed on the phone this afternoon, I'm pleased to invite you to interview
for the People Partner role. This invitation is for Thursday 19 March, 10:00 to
11:00, at our head office in Guiseley.

The panel will be me and Janet Ormerod (Director of Housing Services). We'll ask
you to spend the first ten minutes talking us through how you would approach
reducing sickness absence among our repairs operatives.

Parking is available on site - just give your name at reception.

Please accept the calendar invitation so I know it's in your diary.

Kind regards,
Imran

Imran Qureshi
Head of People
Aireborough Homes
Aireborough House, Oxford Road, Guiseley LS20 9AT
T: 01943 496 040
Aireborough Homes is a registered society (No. 31872R) and a registered provider of social housing.
""",
    "html": outlook_shell(
        '<p class="MsoNormal">Hi Hannah,</p><p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal">As discussed on the phone this afternoon, I’m pleased to invite you to interview '
        "for the People Partner role. This invitation is for <b>Thursday 19 March, 10:00 to 11:00</b>, at our "
        "head office in Guiseley.</p><p class=\"MsoNormal\">&nbsp;</p>"
        '<p class="MsoNormal">The panel will be me and Janet Ormerod (Director of Housing Services). We’ll ask '
        "you to spend the first ten minutes talking us through how you would approach reducing sickness absence "
        "among our repairs operatives.</p><p class=\"MsoNormal\">&nbsp;</p>"
        '<p class="MsoNormal">Parking is available on site - just give your name at reception.</p>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Please accept the calendar invitation so I know '
        "it’s in your diary.</p><p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Kind regards,<br>Imran</p>"
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal"><b>Imran Qureshi</b><br>Head of People<br>'
        "Aireborough Homes<br>Aireborough House, Oxford Road, Guiseley LS20 9AT<br>T: 01943 496 040</p>"
        '<p class="MsoNormal"><span style="font-size:8pt;color:gray">Aireborough Homes is a registered society '
        "(No. 31872R) and a registered provider of social housing.</span></p>"
    ),
    "ics": ics_event(
        method="REQUEST", uid=AIREBOROUGH_UID, sequence=0,
        summary="Interview: People Partner – Hannah Kowalczyk-Reid",
        start="20260319T100000Z", end="20260319T110000Z", stamp="20260310T140552Z",
        organizer=("Imran Qureshi", "imran.qureshi@aireboroughhomes.example.org"),
        location="Aireborough House\\, Oxford Road\\, Guiseley LS20 9AT – Meeting Room 2",
        description="Interview for the People Partner role. Panel: Imran Qureshi and Janet Ormerod.\\n"
                    "10-minute presentation on reducing sickness absence among repairs operatives.",
    ),
    "ics_method": "REQUEST",
    "headers": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
})

# 034 -- exclamation-heavy agency, client named, emoji
add({
    "scenario": "agency_exclaim_phone_screen", "kind": "interview_invitation", "company": "Hallamshire Leisure Trust",
    "contact": "danny.hughes@peakpeople.example.co.uk", "lang": "en",
    "sender": ("Danny Hughes", "danny.hughes@peakpeople.example.co.uk"),
    "subject": "GREAT NEWS!! Hallamshire Leisure Trust 🎉",
    "date": "2026-02-16T12:47:09+00:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "body": """\
Hi Hannah!!

Hope you had a good weekend!! So I sent your CV over to Hallamshire Leisure Trust on
Friday for the HR Advisor role and they LOVED it!!! 🙌

Their Head of HR, Michelle Tranter, wants to do a quick 20 min phone screen with you
this Wednesday (18th) at 12.30. She'll ring you on your mobile – can you make sure
you're somewhere quiet?

Couple of tips:
- they're a charity so have a read of their annual report (I'll forward it)
- she'll ask about how you manage absence, have a good example ready!!
- be yourself, you'll smash it

Can you just reply and confirm 12.30 works?? 👍

Cheers,
Danny

Danny Hughes
Recruitment Consultant | Peak People Recruitment
0114 496 0912 | 07700 900 144
Peak People Recruitment, 5th Floor, Fountain Precinct, Sheffield S1 2JA
""",
})

# 035 -- NHS trust invitation through the jobs system, no-reply
add({
    "scenario": "nhs_invitation_system", "kind": "interview_invitation",
    "company": "Kirkstall Community Healthcare NHS Trust", "contact": "", "lang": "en",
    "sender": ("NHS Jobs", "no-reply@nhsjobs.example.org"),
    "subject": "Invitation to interview: HR Business Partner (Band 7) - 338-KCH-2026-0412",
    "date": "2026-04-20T10:31:00+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Dear Hannah Kowalczyk-Reid

Application reference: KCH-0412-0057
Job title: HR Business Partner (Band 7)
Employer: Kirkstall Community Healthcare NHS Trust

Congratulations, you have been shortlisted. You are invited to attend an
interview on:

Date:     Wednesday 6 May 2026
Time:     13:45 (please arrive 10 minutes early)
Location: Trust Headquarters, St Mary's House, Abbey Road, Leeds LS5 3HS
Format:   Panel interview (45 minutes) including a 10-minute presentation

Presentation topic: "How would you support a community nursing team through
a change in shift patterns?"

Please confirm your attendance by signing in to your NHS Jobs account and
selecting "Book interview". You will need to bring original documents proving
your identity and right to work in the UK.

If you cannot attend or need any reasonable adjustments, please contact the
recruiting manager, Sarah Pell, on 0113 496 0388.

This is an automated message. Replies to this address are not read.

NHS Jobs
""",
})

# 036 -- Lever panel interview for a London start-up, HTML only, recruiter in Reply-To
add({
    "scenario": "lever_panel_startup", "kind": "interview_invitation", "company": "Shiftly",
    "contact": "ama.boateng@shiftly.example.com", "lang": "en",
    "sender": ("Ama Boateng", "no-reply@hire.lever.co"),
    "reply_to": ("Ama Boateng", "ama.boateng@shiftly.example.com"),
    "subject": "Shiftly <> Hannah: panel interview",
    "date": "2026-04-08T15:55:21+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        paras(
            "Hi Hannah,",
            "Great news – Tom (our COO) and I would like to invite you to a <b>panel interview</b> for the "
            "People Operations Manager role. It'll be 60 minutes, in person at our office in Shoreditch, "
            "and we'll spend the second half on a short case exercise around onboarding hourly workers.",
            "We've got three slots:",
            "• Tue 14 April, 10:00<br>• Tue 14 April, 15:30<br>• Thu 16 April, 11:00",
            "Just reply with the one that works best, and if you're travelling down from Leeds we'll "
            "cover your train fare – keep the receipt.",
            "Speak soon,<br>Ama",
            "<b>Ama Boateng</b> · Head of People · Shiftly<br>Unit 3, 12 Curtain Road, London EC2A 3NQ",
        ),
        footer=f'<a href="{track("hire.lever.co", "shiftly-privacy")}" style="color:#8a8a99;">Privacy</a>'
               " · Shiftly Technologies Ltd, registered in England No. 12774410 · Sent via Lever",
        accent="#00a67e", pixel_src=pixel("hire.lever.co", "shiftly-panel"),
    ),
})

# 037 -- university invitation with a PDF of the interview arrangements
add({
    "scenario": "university_invite_pdf", "kind": "interview_invitation", "company": "Sheaf University",
    "contact": "hr-recruitment@sheafuni.example.co.uk", "lang": "en",
    "sender": ("Sheaf University HR Recruitment", "hr-recruitment@sheafuni.example.co.uk"),
    "subject": "Invitation to Interview - Senior HR Adviser (SU-26-0318)",
    "date": "2026-06-10T09:12:30+01:00", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Dear Hannah,

Senior HR Adviser, People Services – vacancy SU-26-0318

I am pleased to invite you to interview for the above post. The selection
process will take place on Wednesday 24 June 2026 at the Arundel Building,
Howard Street campus, and will consist of:

  1. a 30-minute in-tray exercise (10:00)
  2. a panel interview of approximately 45 minutes (from 11:15)

Full details, including the panel membership, directions and a campus map,
are in the attached document.

Please confirm that you are able to attend by replying to this email by
Tuesday 16 June, and let us know if you need any adjustments to the process.

Kind regards

Gemma Whitlock
HR Recruitment Administrator
People Services, Sheaf University
Arundel Building, 122 Charles Street, Sheffield S1 2NE
""",
    "attachments": [("Interview arrangements - SU-26-0318.pdf", [
        "Sheaf University - People Services",
        "",
        "Interview arrangements: Senior HR Adviser (SU-26-0318)",
        "Candidate: Hannah Kowalczyk-Reid",
        "",
        "Date: Wednesday 24 June 2026",
        "10:00  In-tray exercise (Room 4.12, Arundel Building)",
        "11:15  Panel interview (Boardroom, Arundel Building)",
        "",
        "Panel: Prof. Ian Mabbott (Chair), Deepa Shah (Head of HR Operations),",
        "       Colin Ferris (Faculty Operating Officer)",
        "",
        "Please bring: passport or birth certificate with photo ID; proof of address.",
        "Directions: 5 minutes' walk from Sheffield railway station.",
    ])],
})

# 038 -- in-house recruiter, casual, Teams
add({
    "scenario": "recruiter_casual_teams", "kind": "interview_invitation", "company": "Bramley Outdoor",
    "contact": "lewis.pickard@bramleyoutdoor.example.co.uk", "lang": "en",
    "sender": ("Lewis Pickard", "lewis.pickard@bramleyoutdoor.example.co.uk"),
    "subject": "quick chat?",
    "date": "2026-07-06T13:02:18+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "mid": outlook_mid("bramley-invite", "LO4P265MB5512"),
    "body": """\
Hiya Hannah,

Thanks for sending your CV over for the HR Business Partner job - loved the
bit about running the store's wellbeing week!

Are you free Weds (8th) at 3pm for a Teams chat with Rachel, our HR Director?
Nothing too formal, about 45 mins, mainly about how you'd support our store
managers through peak season. I'll send a Teams link once you confirm.

Cheers
Lewis

Lewis Pickard
Talent Acquisition, Bramley Outdoor
Head Office: Canal Wharf, Leeds LS11 5PS
""",
})

# 039 -- Dublin supermarket, Irish voice, windows-1252
add({
    "scenario": "dublin_supermarket_invite", "kind": "interview_invitation", "company": "Tolka Foodstores",
    "contact": "orla.kinsella@tolkafoods.example.ie", "lang": "en",
    "sender": ("Orla Kinsella", "orla.kinsella@tolkafoods.example.ie"),
    "subject": "HR Business Partner – interview",
    "date": "2026-04-28T11:36:45+01:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("tolka-invite", "DB8PR04MB6620"),
    "body": """\
Hi Hannah,

Thanks for your application for the HR Business Partner role – we were really
impressed with it.

We’d be delighted to invite you in for a chat at our Support Office in Ballymount
on Tuesday 12th May at 11am. You’d be meeting myself and Declan Ryan, our Head of
Retail Operations, for about an hour. We’ll cover your experience and then talk
through a couple of scenarios from our stores.

I know you’re based in Leeds at the moment – if it’s easier to fly in the night
before, let me know and we can look at covering a hotel.

Would you mind confirming by reply if that time suits?

Kind regards,
Orla

Orla Kinsella
People Lead
Tolka Foodstores
Unit 7, Ballymount Business Park, Dublin 12, D12 KX40
+353 1 496 0274
""",
})

# 040 -- one-way video interview via SmartRecruiters, HTML only
add({
    "scenario": "smartrecruiters_video_interview", "kind": "interview_invitation", "company": "Pemberton Leisure",
    "contact": "", "lang": "en",
    "sender": ("Careers at Pemberton Leisure", "pembertonleisure@smartrecruiters.com"),
    "subject": "Action required: complete your video interview",
    "date": "2026-01-22T08:04:37+00:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Hello Hannah,",
            "Thanks for your interest in the <b>People Advisor (Hotels &amp; Spas)</b> position at Pemberton "
            "Leisure. We'd like to invite you to the next stage: a recorded video interview.",
            "You'll be asked five questions and will have up to three minutes to answer each one. You can "
            "complete it at any time before <b>Thursday 29 January at 23:59</b> using a laptop or phone "
            "with a camera.",
        )
        + f'\n<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#3d2c8d;border-radius:4px;">'
          f'<a href="{track("smrtr.io", "pl-video")}" style="display:inline-block;padding:12px 22px;color:#ffffff;'
          'text-decoration:none;font-weight:bold;">Start my video interview</a></td></tr></table>\n'
        + paras(
            "Tip: find a quiet spot with good light, and test your microphone first.",
            "Good luck!<br>Pemberton Leisure Talent Team",
            style="margin:18px 0 10px 0;",
        ),
        title="Pemberton Leisure", logo_src="https://pembertonleisure.example.co.uk/img/pl-logo.png",
        logo_alt="Pemberton Leisure", accent="#3d2c8d",
        footer="Please don't reply to this message; this inbox isn't monitored.<br>Pemberton Leisure Group "
               "Ltd, The Boathouse, Lakeside Way, Harrogate HG1 2AQ. Registered in England No. 05511983.",
        pixel_src=pixel("smrtr.io", "pl-video-open"),
    ),
})

# 041 -- Workday assessment centre, hotel group
add({
    "scenario": "workday_assessment_centre", "kind": "interview_invitation", "company": "Keel & Compass Hotels",
    "contact": "", "lang": "en",
    "sender": ("Keel & Compass Hotels Talent Acquisition", "keelcompass@myworkday.com"),
    "subject": "You're invited: People & Culture Assessment Day, Manchester",
    "date": "2026-08-04T17:14:50+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Dear Hannah,",
            "We're pleased to invite you to our <b>People &amp; Culture Assessment Day</b> for the role of "
            "Hotel People Manager (Manchester Piccadilly).",
            "<b>When:</b> Saturday 15 August 2026, 08:00–14:00<br><b>Where:</b> Keel &amp; Compass "
            "Manchester Piccadilly, 40 Portland Street, M1 4GX<br><b>What to expect:</b> a welcome from the "
            "General Manager, a shadow shift alongside our front-of-house and people teams, a group exercise "
            "and a one-to-one interview.",
            "Please wear smart, comfortable shoes. Lunch is provided.",
            "Confirm your place through your candidate home page by Monday 10 August.",
            "See you soon,<br>Keel &amp; Compass Talent Acquisition",
        ),
        title="Keel & Compass Hotels", logo_src="https://keelcompass.example.com/assets/kc-anchor.png",
        logo_alt="Keel & Compass Hotels", accent="#0f3d3e",
        footer="This email was sent from an address that cannot accept replies.<br>"
               "Keel &amp; Compass Hotels Ltd · 1 Dock Street, Liverpool L3 4AB · Registered in England No. 07790214"
               f'<br><a href="{track("links.myworkday.com", "kc-home")}" style="color:#7a7a7a;">Candidate Home</a>',
        pixel_src=pixel("links.myworkday.com", "kc-ac"),
    ),
})

# 042 -- head-hunter arranges a meeting with the named client; Gmail quote of the candidate's own mail
add({
    "scenario": "headhunter_meet_client", "kind": "interview_invitation", "company": "Thornbury Bainbridge Hotels",
    "contact": "clare@ashworthexec.example.co.uk", "lang": "en",
    "sender": ("Clare Ashworth", "clare@ashworthexec.example.co.uk"),
    "subject": "Re: Group People Partner - Thornbury Bainbridge",
    "date": "2026-08-19T08:51:03+01:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": gmail_mid("ashworth-invite"),
    "in_reply_to": hannah_mid("ashworth-interest"),
    "body": """\
Morning Hannah,

Good news – I presented you to Thornbury Bainbridge Hotels on Monday and their COO,
Philippa Nash, would like to meet you. She's suggested Thursday 27 August at 2pm at
their head office in Harrogate (The Crescent), for around an hour. It’ll be a fairly
informal first interview – she wants to understand your retail background and how
you'd approach the culture work after their two acquisitions.

Could you let me know today if that works? I'll then send a briefing note with
some background on Philippa and the group.

Best,
Clare

Clare Ashworth
Director, Ashworth Executive
07700 900 563

On Sun, 16 Aug 2026 at 20:30, Hannah Kowalczyk-Reid <hannah.kr@example.co.uk> wrote:
> Hi Clare,
> Thanks for explaining the role. To be honest I was worried after last
> month's knock-back that I'm not senior enough, but I'm happy for you to
> put me forward.
> Hannah
""",
})

# 043 -- second interview in a long Gmail thread; quoted lines use "unfortunately"
add({
    "scenario": "second_interview_long_thread", "kind": "interview_invitation", "company": "Roundhay Ridings Care Group",
    "contact": "beverley.stott@roundhayridings.example.co.uk", "lang": "en",
    "sender": ("Beverley Stott", "beverley.stott@roundhayridings.example.co.uk"),
    "subject": "Re: Re: Next steps",
    "date": "2026-09-02T16:22:10+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("roundhay-second"),
    "in_reply_to": hannah_mid("roundhay-2"),
    "references": [gmail_mid("roundhay-first"), hannah_mid("roundhay-1"), gmail_mid("roundhay-slot"), hannah_mid("roundhay-2")],
    "body": """\
Hi Hannah,

Thanks for bearing with us. I'm very pleased to say we'd like you to come back
for a second interview for the HR Manager role. This one will be with our
Managing Director, Graham Stott, and our Registered Manager at Wellington
Street, and will include a tour of the home.

How would Wednesday 9 September at 10:00 be? We're at 14 Wellington Street,
Roundhay, LS8 2EB - there's a small car park at the back.

Best wishes
Beverley

Beverley Stott
Operations Director
Roundhay Ridings Care Group
0113 496 0615

On Mon, 31 Aug 2026 at 09:05, Hannah Kowalczyk-Reid <hannah.kr@example.co.uk> wrote:
> Hi Beverley, no problem at all - thanks for letting me know. Hannah
>
> On Fri, 28 Aug 2026 at 17:48, Beverley Stott <beverley.stott@roundhayridings.example.co.uk> wrote:
>> Hi Hannah, unfortunately we're not able to give you an answer this week
>> as Graham is on leave - sorry! I'll be in touch early next week.
>>
>> On Wed, 26 Aug 2026 at 12:10, Hannah Kowalczyk-Reid <hannah.kr@example.co.uk> wrote:
>>> Dear Beverley, thank you for the interview yesterday. I was sorry to hear
>>> the last HR Manager's appointment was unsuccessful and I'd love the chance
>>> to help rebuild the team.
""",
    "html": gmail_shell(
        "<div>Hi Hannah,</div><div><br></div><div>Thanks for bearing with us. I'm very pleased to say we'd like "
        "you to come back for a second interview for the HR Manager role. This one will be with our Managing "
        "Director, Graham Stott, and our Registered Manager at Wellington Street, and will include a tour of "
        "the home.</div><div><br></div><div>How would <b>Wednesday 9 September at 10:00</b> be? We're at 14 "
        "Wellington Street, Roundhay, LS8 2EB - there's a small car park at the back.</div><div><br></div>"
        "<div>Best wishes</div><div>Beverley</div><div><br></div><div>Beverley Stott<br>Operations Director<br>"
        "Roundhay Ridings Care Group<br>0113 496 0615</div>",
        quote='<div class="gmail_attr">On Mon, 31 Aug 2026 at 09:05, Hannah Kowalczyk-Reid wrote:</div>'
              '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
              "Hi Beverley, no problem at all - thanks for letting me know. Hannah<br><br>"
              "On Fri, 28 Aug 2026 at 17:48, Beverley Stott wrote:<blockquote class=\"gmail_quote\">Hi Hannah, "
              "unfortunately we're not able to give you an answer this week as Graham is on leave - sorry! I'll be "
              "in touch early next week.<br><br>On Wed, 26 Aug 2026 at 12:10, Hannah Kowalczyk-Reid wrote:"
              "<blockquote class=\"gmail_quote\">Dear Beverley, thank you for the interview yesterday. I was sorry "
              "to hear the last HR Manager's appointment was unsuccessful and I'd love the chance to help rebuild "
              "the team.</blockquote></blockquote></blockquote>",
    ),
})

# 044 -- Amsterdam hotel collective via Teamtailor, role mailbox that invites replies
add({
    "scenario": "teamtailor_amsterdam_invite", "kind": "interview_invitation", "company": "Canal House Collective",
    "contact": "people@canalhouse.example.nl", "lang": "en",
    "sender": ("Canal House Collective", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Canal House People Team", "people@canalhouse.example.nl"),
    "subject": "Let's meet! People & Culture Coordinator",
    "date": "2026-09-15T10:44:29+02:00", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": card_shell(
        '<img src="https://canalhouse.example.nl/brand/chc-wordmark.png" alt="Canal House Collective" width="180" '
        'style="display:block;margin-bottom:22px;">\n'
        + paras(
            "Hi Hannah,",
            "We enjoyed reading your application for People &amp; Culture Coordinator and we'd like to get to "
            "know you better! We're inviting you to a first interview (45 minutes, Google Meet) with Sanne, our "
            "People Lead, and Matthijs, General Manager of our Prinsengracht hotel.",
            "Book a time that works for you here:",
            f'<a href="{track("teamtailor-mail.com", "chc-book")}" style="color:#c2410c;font-weight:600;">'
            "Choose a time slot →</a>",
            "Questions before then? Just reply to this email – it comes straight to our people team.",
            "Tot snel,<br>Sanne &amp; the Canal House team",
        ),
        footer="Canal House Collective B.V. · Prinsengracht 482 · 1017 KH Amsterdam · KvK 71234509<br>"
               f'<a href="{track("teamtailor-mail.com", "chc-privacy")}" style="color:#8a8a99;">Privacy</a> · Sent with Teamtailor',
        accent="#c2410c", pixel_src=pixel("teamtailor-mail.com", "chc-invite"),
    ),
})

# 045 -- Ashby self-scheduling, multipart/alternative, no Reply-To
add({
    "scenario": "ashby_self_schedule", "kind": "interview_invitation", "company": "Rotaful", "contact": "", "lang": "en",
    "sender": ("Rotaful Hiring", "no-reply@ashbyhq.com"),
    "subject": "Schedule your interview with Rotaful",
    "date": "2026-06-01T09:03:44+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        paras(
            "Hi Hannah,",
            "The Rotaful team would like to schedule a <b>45-minute interview</b> with you for the "
            "<b>People Partner (Customer Success)</b> role.",
            "Interviewers: Zainab Mirza (Head of People), Oliver Grant (VP Customer)",
            "Format: Google Meet",
        )
        + f'\n<p style="margin:18px 0;"><a href="{track("app.ashbyhq.com", "rotaful-sched")}" '
          'style="background:#111827;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">'
          "Select a time</a></p>\n"
        + paras(
            "Replies to this email are not monitored. If you need to get in touch, please use the link above "
            "to message the team.",
            "Rotaful · 88 Wood Street, London EC2V 7RS",
        ),
        footer="Powered by Ashby", accent="#6d28d9",
        pixel_src=pixel("app.ashbyhq.com", "rotaful-sched-open"),
    ),
})

# 046 -- BambooHR, hiring manager in Reply-To, plain
add({
    "scenario": "bamboohr_phone_interview", "kind": "interview_invitation", "company": "Cottonopolis Coffee",
    "contact": "jo.mcardle@cottonopolis.example.co.uk", "lang": "en",
    "sender": ("Cottonopolis Coffee Hiring Team", "notifications@app.bamboohr.com"),
    "reply_to": ("Jo McArdle", "jo.mcardle@cottonopolis.example.co.uk"),
    "subject": "Interview for People & Training Manager",
    "date": "2026-10-01T14:30:02+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Hi Hannah,

Thank you for applying to be our People & Training Manager. We'd like to invite
you to a first interview on Teams with Jo McArdle (Operations Director) and Sam
Oduya (Head Roaster & co-founder).

Date: Tuesday 6 October 2026
Time: 10:30 – 11:15
Where: Microsoft Teams – link below

https://teams.example.com/l/meetup-join/19%3ameeting_cottonopolis_61f3

Please reply to this email to confirm, or let Jo know if you need a different time.

Cottonopolis Coffee
Unit 2, Ancoats Works, Manchester M4 6DE
""",
})

# ------------------------------------------------------------------ German invitations
# 047 -- Frankfurt fashion house, Sie, ISO-8859-1
add({
    "scenario": "einladung_modehaus_sie", "kind": "interview_invitation", "company": "Modehaus Brandt",
    "contact": "c.brandt@modehaus-brandt.example.de", "lang": "de",
    "sender": ("Christiane Brandt", "c.brandt@modehaus-brandt.example.de"),
    "subject": "Einladung zum Vorstellungsgespräch",
    "date": "2026-01-27T11:52:08+01:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

vielen Dank für Ihre Bewerbung als Personalreferentin (m/w/d) für unsere
Filialen in Frankfurt und Wiesbaden. Ihre Unterlagen haben uns überzeugt.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem
Vorstellungsgespräch ein:

   Dienstag, 10. Februar 2026, 14:00 Uhr
   Modehaus Brandt, Verwaltung, 3. OG
   Zeil 84, 60313 Frankfurt am Main

Das Gespräch führen Herr Kröger (Geschäftsleitung Filialen) und ich. Bitte
planen Sie etwa 90 Minuten ein. Reisekosten erstatten wir Ihnen gerne.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Christiane Brandt
Leitung Personal

Modehaus Brandt GmbH
Zeil 84 · 60313 Frankfurt am Main
Telefon 069 4960 2210
Geschäftsführer: Friedrich Brandt, Christiane Brandt
Registergericht: Amtsgericht Frankfurt am Main, HRB 20418
""",
})

# 048 -- calendar invitation with an .ics attachment (Google Calendar style), logistics firm
add({
    "scenario": "kalender_einladung_ics", "kind": "interview_invitation", "company": "Fährmann Logistik",
    "contact": "tobias.lenz@faehrmann-logistik.example.de", "lang": "de",
    "sender": ("Tobias Lenz", "tobias.lenz@faehrmann-logistik.example.de"),
    "subject": "Einladung: Interview HR Business Partner – Mi., 8. Apr. 2026 10:00 – 11:00 (MESZ)",
    "date": "2026-03-24T16:18:36+01:00", "structure": "mixed_alt", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Hallo Frau Kowalczyk-Reid,

wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem
Interview für die Position HR Business Partner (m/w/d) am Standort Frankfurt-Ost.

Wann: Mittwoch, 8. April 2026, 10:00 – 11:00 Uhr
Wo: Fährmann Logistik, Hanauer Landstraße 291, 60314 Frankfurt, Gebäude B
Teilnehmende: Tobias Lenz (Leiter Personal), Dr. Ulrike Sauer (Standortleitung)

Bitte nehmen Sie die Kalendereinladung an, damit der Termin verbindlich eingetragen ist.

Viele Grüße
Tobias Lenz

Fährmann Logistik GmbH · Leiter Personal
Geschäftsführung: Karl-Heinz Fährmann, Bettina Ochs · Amtsgericht Frankfurt am Main HRB 67011
""",
    "html": gmail_shell(
        "<div>Hallo Frau Kowalczyk-Reid,</div><div><br></div><div>wie telefonisch besprochen sende ich Ihnen "
        "hiermit die Einladung zu unserem Interview für die Position HR Business Partner (m/w/d) am Standort "
        "Frankfurt-Ost.</div><div><br></div>"
        '<table cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:13px;">'
        "<tr><td style=\"padding:2px 12px 2px 0;color:#666\">Wann</td><td>Mittwoch, 8. April 2026, 10:00 – 11:00 Uhr</td></tr>"
        "<tr><td style=\"padding:2px 12px 2px 0;color:#666\">Wo</td><td>Fährmann Logistik, Hanauer Landstraße 291, "
        "60314 Frankfurt, Gebäude B</td></tr>"
        "<tr><td style=\"padding:2px 12px 2px 0;color:#666\">Teilnehmende</td><td>Tobias Lenz (Leiter Personal), "
        "Dr. Ulrike Sauer (Standortleitung)</td></tr></table><div><br></div>"
        "<div>Bitte nehmen Sie die Kalendereinladung an, damit der Termin verbindlich eingetragen ist.</div>"
        "<div><br></div><div>Viele Grüße<br>Tobias Lenz</div><div><br></div>"
        '<div style="color:#888;font-size:11px">Fährmann Logistik GmbH · Leiter Personal<br>Geschäftsführung: '
        "Karl-Heinz Fährmann, Bettina Ochs · Amtsgericht Frankfurt am Main HRB 67011</div>"
    ),
    "ics": ics_event(
        method="REQUEST", uid=FAEHRMANN_UID, sequence=0,
        summary="Interview HR Business Partner – Hannah Kowalczyk-Reid",
        start="20260408T080000Z", end="20260408T090000Z", stamp="20260324T151836Z",
        organizer=("Tobias Lenz", "tobias.lenz@faehrmann-logistik.example.de"),
        location="Hanauer Landstraße 291\\, 60314 Frankfurt\\, Gebäude B",
        description="Interview für die Position HR Business Partner (m/w/d).",
        lang="de-DE", prodid="-//Google Inc//Google Calendar 70.9054//EN",
    ),
    "ics_method": "REQUEST",
    "attachments": [("invite.ics", [])],
})

# 049 -- softgarden telephone interview, HTML only, NGO
add({
    "scenario": "softgarden_telefoninterview", "kind": "interview_invitation", "company": "Diakoniewerk Nidda",
    "contact": "", "lang": "de",
    "sender": ("Diakoniewerk Nidda – Karriere", "noreply@softgarden.io"),
    "subject": "Einladung zum Telefoninterview",
    "date": "2026-06-09T08:40:17+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Guten Tag Frau Kowalczyk-Reid,",
            "herzlichen Dank für Ihre Bewerbung als <b>Referentin Personalgewinnung (m/w/d)</b>. Wir möchten Sie "
            "gerne in einem ersten Telefoninterview näher kennenlernen.",
            "Bitte wählen Sie über den folgenden Link einen passenden Termin aus. Frau Weigand aus unserem "
            "Personalteam ruft Sie dann zum gewählten Zeitpunkt unter der von Ihnen angegebenen Nummer an. "
            "Das Gespräch dauert etwa 30 Minuten.",
            f'<a href="{track("t.softgarden.io", "dw-termin")}" style="color:#005a9c;font-weight:bold;">Termin auswählen</a>',
            "Wir freuen uns auf das Gespräch!",
            "Freundliche Grüße<br>Ihr Personalteam des Diakoniewerks Nidda",
        ),
        title="Diakoniewerk Nidda", logo_src="https://diakoniewerk-nidda.example.de/logo-kronenkreuz.png",
        logo_alt="Diakoniewerk Nidda", accent="#5b2a86",
        footer="Diakoniewerk Nidda e.V. · Bahnhofstraße 9 · 63667 Nidda · Vorstand: Pfarrerin Dorothea Kling, "
               "Michael Bender · Vereinsregister Amtsgericht Friedberg VR 1184<br>"
               "Diese Nachricht wurde automatisch über softgarden versendet. Antworten an diese Adresse werden nicht gelesen.",
        pixel_src=pixel("t.softgarden.io", "dw-open"),
    ),
})

# 050 -- German agency, client not named, Outlook "Von:/Gesendet:" chain
add({
    "scenario": "agentur_mandant_anonym", "kind": "interview_invitation", "company": "Hofmann Personalberatung",
    "contact": "m.hofmann@hofmann-pb.example.de", "lang": "de",
    "sender": ("Markus Hofmann", "m.hofmann@hofmann-pb.example.de"),
    "subject": "AW: Vertrauliche Position – HR Business Partner Rhein-Main",
    "date": "2026-09-08T10:12:55+02:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("hofmann-einladung", "BE1P281MB2203"),
    "in_reply_to": hannah_mid("hofmann-interesse"),
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

vielen Dank für Ihre Rückmeldung und Ihr Interesse. Ich habe Ihr Profil meinem
Mandanten – einem familiengeführten Lebensmittelhändler mit rund 40 Filialen im
Rhein-Main-Gebiet – vorgestellt, und man möchte Sie gerne kennenlernen.

Ich lade Sie daher zu einem ersten Gespräch in unserem Büro ein:

Montag, 21. September 2026, 15:00 Uhr
Hofmann Personalberatung, Bockenheimer Landstraße 51, 60325 Frankfurt

Den Namen des Unternehmens nenne ich Ihnen, wie vereinbart, im Gespräch.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
Markus Hofmann
Geschäftsführender Gesellschafter

Hofmann Personalberatung GmbH
Bockenheimer Landstraße 51 · 60325 Frankfurt am Main
T +49 69 4960 7710 · www.hofmann-pb.example.de
Geschäftsführer: Markus Hofmann · Amtsgericht Frankfurt am Main HRB 88402

Von: Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Gesendet: Freitag, 4. September 2026 17:26
An: Markus Hofmann <m.hofmann@hofmann-pb.example.de>
Betreff: AW: Vertrauliche Position – HR Business Partner Rhein-Main

Sehr geehrter Herr Hofmann,

vielen Dank für Ihren Anruf. Leider kam die letzte Absage für mich etwas
überraschend, umso mehr freue ich mich über Ihr Angebot. Ja, ich bin an der
Position interessiert.

Mit freundlichen Grüßen
Hannah Kowalczyk-Reid
""",
})

# ------------------------------------------------------------------ French invitations
# 051 -- Paris department store, visio, vous
add({
    "scenario": "entretien_visio_vous", "kind": "interview_invitation", "company": "Galeries Beaumarchais",
    "contact": "sophie.garnier@galeries-beaumarchais.example.fr", "lang": "fr",
    "sender": ("Sophie Garnier", "sophie.garnier@galeries-beaumarchais.example.fr"),
    "subject": "Invitation à un entretien – HRBP Magasins",
    "date": "2026-02-02T15:27:40+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": outlook_mid("beaumarchais-invite", "PR3P192MB0811"),
    "body": """\
Bonjour Madame Kowalczyk-Reid,

Nous avons bien étudié votre candidature au poste de HR Business Partner
Magasins et souhaiterions vous rencontrer.

Je vous propose un premier entretien en visioconférence (Teams) le lundi 9 février
à 10h00, heure de Paris, d'une durée d'environ une heure, avec Monsieur Arnaud
Pétrel, Directeur des Ressources Humaines, et moi-même.

Le lien de connexion vous sera envoyé la veille. Pourriez-vous me confirmer
votre disponibilité par retour de mail ?

Bien cordialement,

Sophie Garnier
Chargée de recrutement
Galeries Beaumarchais
52, boulevard Beaumarchais – 75011 Paris
""",
})

# 052 -- recruitment firm relays a named client, French Outlook chain
add({
    "scenario": "cabinet_relais_client_nomme", "kind": "interview_invitation", "company": "Boulangeries Pichon",
    "contact": "julien.faure@talentis-conseil.example.fr", "lang": "fr",
    "sender": ("Julien Faure", "julien.faure@talentis-conseil.example.fr"),
    "subject": "RE: Responsable RH réseau – Boulangeries Pichon",
    "date": "2026-04-14T12:08:21+02:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("talentis-relais", "PAXP193MB1544"),
    "in_reply_to": hannah_mid("talentis-ok"),
    "body": """\
Bonjour Hannah,

Bonne nouvelle : Boulangeries Pichon souhaite vous rencontrer pour le poste de
Responsable RH réseau (42 boutiques en Île-de-France).

L’entretien aura lieu le mardi 21 avril à 9h30 au siège, 17 rue de la Roquette,
Paris 11e, avec Mme Hélène Pichon (DG) et M. Karim Benali (Directeur des
opérations). Prévoyez environ 1h15.

Je vous envoie ce soir une note de préparation sur l’entreprise. Pouvez-vous me
confirmer votre présence ?

Bien à vous,

Julien Faure
Consultant senior – Fonctions RH & Support
Talentis Conseil
06 12 49 60 38

De : Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Envoyé : vendredi 10 avril 2026 19:02
À : Julien Faure <julien.faure@talentis-conseil.example.fr>
Objet : RE: Responsable RH réseau

Bonjour Julien,
Merci pour votre appel. Je vous confirme mon intérêt et vous autorise à
présenter ma candidature.
Hannah
""",
})

# 053 -- Workday in French, hypermarket chain, HTML only
add({
    "scenario": "workday_fr_convocation", "kind": "interview_invitation", "company": "Hypermarchés Lancelot",
    "contact": "", "lang": "fr",
    "sender": ("Hypermarchés Lancelot – Recrutement", "lancelot@myworkday.com"),
    "subject": "Convocation à un entretien – Responsable Ressources Humaines Magasin",
    "date": "2026-05-12T09:15:03+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Bonjour Hannah,",
            "Suite à l'examen de votre candidature au poste de <b>Responsable Ressources Humaines Magasin</b> "
            "(réf. R-118204), nous avons le plaisir de vous convier à un entretien.",
            "<b>Date :</b> jeudi 21 mai 2026 à 14h00<br><b>Lieu :</b> Hypermarché Lancelot Saint-Denis, "
            "accueil du personnel, 1 avenue du Stade de France, 93200 Saint-Denis<br><b>Interlocuteurs :</b> "
            "Directrice du magasin et Responsable RH régional",
            "Merci de confirmer votre présence depuis votre espace candidat au plus tard le 18 mai.",
            "À très bientôt,<br>L'équipe Recrutement Hypermarchés Lancelot",
        ),
        title="Hypermarchés Lancelot", logo_src="https://lancelot.example.fr/img/logo-lancelot.png",
        logo_alt="Lancelot – l'hyper proche de vous", accent="#d62828",
        footer="Ce message est envoyé automatiquement, merci de ne pas y répondre.<br>Hypermarchés Lancelot SAS, "
               "capital 48 000 000 €, RCS Bobigny 402 118 776.<br>"
               f'<a href="{track("links.myworkday.com", "lancelot-espace")}" style="color:#7a7a7a;">Mon espace candidat</a>',
        pixel_src=pixel("links.myworkday.com", "lancelot-conv"),
    ),
})

# 054 -- start-up founder, tu, "ça te dit un call"
add({
    "scenario": "startup_tu_call", "kind": "interview_invitation", "company": "Kolibri RH",
    "contact": "ines@kolibri-rh.example.fr", "lang": "fr",
    "sender": ("Inès Haddad", "ines@kolibri-rh.example.fr"),
    "subject": "Ta candidature Kolibri 🐦",
    "date": "2026-07-02T11:31:47+02:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": gmail_mid("kolibri-call"),
    "body": """\
Hello Hannah,

Merci pour ta candidature pour le poste de Customer Success RH ! Ton parcours
retail nous parle beaucoup, la moitié de nos clients sont des enseignes.

Ça te dit un call de 30 min jeudi prochain (9 juillet) vers 16h ? Je t'enverrai
un lien Google Meet. Sinon propose-moi un créneau qui t'arrange.

À très vite,
Inès
Co-fondatrice @ Kolibri RH
""",
})

# ------------------------------------------------------------------ Spanish invitations
# 055 -- supermarket chain, usted, ISO-8859-1
add({
    "scenario": "entrevista_usted_video", "kind": "interview_invitation", "company": "Mercados Olivar",
    "contact": "r.quintana@mercadosolivar.example.com", "lang": "es",
    "sender": ("Rocío Quintana", "r.quintana@mercadosolivar.example.com"),
    "subject": "Entrevista - Responsable de Personas (Reino Unido)",
    "date": "2026-03-17T12:10:33+01:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """\
Estimada Hannah:

Gracias por su interés en el puesto de Responsable de Personas para nuestras
tiendas Olivar Deli del Reino Unido.

Nos gustaría invitarle a una entrevista por videollamada el martes 24 de marzo
a las 11:00 (hora de Madrid; 10:00 en Londres), con una duración aproximada de
45 minutos. Estarán presentes Javier Montoya, director de operaciones para el
Reino Unido, y yo misma.

Le rogamos que nos confirme su disponibilidad respondiendo a este correo. Si
necesita otra hora, indíquenos dos o tres alternativas.

Atentamente,

Rocío Quintana
Técnica de Selección
Mercados Olivar, S.A.
Avenida de la Albufera 141, 28038 Madrid
Tel. 91 496 02 27
""",
})

# 056 -- Madrid agency, tú, relays a named client; base64
add({
    "scenario": "agencia_tu_cliente_nombrado", "kind": "interview_invitation", "company": "Viajes Solano",
    "contact": "pablo.serrano@adecuatalento.example.com", "lang": "es",
    "sender": ("Pablo Serrano", "pablo.serrano@adecuatalento.example.com"),
    "subject": "Entrevista con Viajes Solano 👋",
    "date": "2026-06-03T17:45:12+02:00", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "body": """\
¡Hola Hannah!

¿Qué tal? Te escribo con buenas noticias: Viajes Solano quiere conocerte para el
puesto de HR Business Partner de su centro de atención al cliente en Manchester.

La entrevista sería el jueves 11 de junio a las 10:00 (hora UK) por Teams, con
Nerea Campos (directora de RR. HH.) y el responsable del centro. Es en inglés,
aunque Nerea seguramente te hará alguna pregunta en español, ¡así que ve
preparada!

¿Me confirmas si te viene bien? Te paso después el enlace y una guía con todo lo
que necesitas saber de la empresa.

Un abrazo,
Pablo

Pablo Serrano | Consultor de Selección | Adecua Talento
+34 91 496 11 80 | www.adecuatalento.example.com
""",
})

# 057 -- textile group via SmartRecruiters, usted, HTML only
add({
    "scenario": "smartrecruiters_es_entrevista", "kind": "interview_invitation", "company": "Textiles Navarro",
    "contact": "", "lang": "es",
    "sender": ("Textiles Navarro Talento", "textilesnavarro@smartrecruiters.com"),
    "subject": "Invitación a entrevista: Técnico/a de RR. HH. – Dublín",
    "date": "2026-09-01T10:05:22+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Hola, Hannah:",
            "Gracias por presentar su candidatura al puesto de <b>Técnico/a de RR. HH.</b> en nuestro centro "
            "logístico de Dublín. Nos complace invitarle a una entrevista presencial.",
            "<b>Fecha:</b> jueves, 10 de septiembre de 2026<br><b>Hora:</b> 09:30 (hora de Irlanda)<br>"
            "<b>Lugar:</b> Textiles Navarro Ireland, Unit 14, Greenogue Business Park, Rathcoole, Co. Dublin",
            "Por favor, confirme su asistencia desde el portal del candidato.",
            "Un cordial saludo,<br>Equipo de Talento – Textiles Navarro",
        ),
        title="Textiles Navarro", logo_src="https://textilesnavarro.example.com/img/tn-logo.png",
        logo_alt="Textiles Navarro", accent="#264653",
        footer="Textiles Navarro, S.A. · Polígono Industrial Cordovilla, 31191 Navarra<br>"
               "Este mensaje se ha enviado desde una dirección que no admite respuestas.",
        pixel_src=pixel("smrtr.io", "tn-entrevista"),
    ),
})

# ================================================================== reschedules and cancellations
# 058 -- the Outlook invitation updated: SEQUENCE 1, new time
add({
    "scenario": "calendar_sequence_update", "kind": "interview_reschedule_or_cancel", "company": "Aireborough Homes",
    "contact": "imran.qureshi@aireboroughhomes.example.org", "lang": "en",
    "sender": ("Imran Qureshi", "imran.qureshi@aireboroughhomes.example.org"),
    "subject": "Updated: Interview: People Partner – Hannah Kowalczyk-Reid",
    "date": "2026-03-16T09:27:14+00:00", "structure": "alt_cal", "charset": "utf-8", "cte": "quoted-printable",
    "mid": outlook_mid("aireborough-upd", "CWXP265MB3391"),
    "body": """\
Hannah – apologies, I've had to move your interview. Our Chief Executive has
asked to sit on the panel and she's not free on Thursday.

New time: Tuesday 24 March, 14:00 – 15:00, same place (Aireborough House,
Guiseley). Everything else, including the presentation brief, stays the same.

If the new time is a problem please ring me on 01943 496 040.

Imran
""",
    "html": outlook_shell(
        '<p class="MsoNormal">Hannah – apologies, I’ve had to move your interview. Our Chief Executive has asked '
        "to sit on the panel and she’s not free on Thursday.</p><p class=\"MsoNormal\">&nbsp;</p>"
        '<p class="MsoNormal"><b>New time: Tuesday 24 March, 14:00 – 15:00</b>, same place (Aireborough House, '
        "Guiseley). Everything else, including the presentation brief, stays the same.</p>"
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">If the new time is a problem please ring me on '
        "01943 496 040.</p><p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Imran</p>"
    ),
    "ics": ics_event(
        method="REQUEST", uid=AIREBOROUGH_UID, sequence=1,
        summary="Interview: People Partner – Hannah Kowalczyk-Reid",
        start="20260324T140000Z", end="20260324T150000Z", stamp="20260316T092714Z",
        organizer=("Imran Qureshi", "imran.qureshi@aireboroughhomes.example.org"),
        location="Aireborough House\\, Oxford Road\\, Guiseley LS20 9AT – Meeting Room 2",
        description="Rescheduled: interview for the People Partner role. Panel: Imran Qureshi\\, "
                    "Janet Ormerod and Helen Dyson (Chief Executive).",
    ),
    "ics_method": "REQUEST",
})

# 059 -- interviewer off sick, same thread as 038
add({
    "scenario": "interviewer_off_sick", "kind": "interview_reschedule_or_cancel", "company": "Bramley Outdoor",
    "contact": "lewis.pickard@bramleyoutdoor.example.co.uk", "lang": "en",
    "sender": ("Lewis Pickard", "lewis.pickard@bramleyoutdoor.example.co.uk"),
    "subject": "RE: quick chat?",
    "date": "2026-07-08T08:12:49+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "mid": outlook_mid("bramley-sick", "LO4P265MB5512"),
    "in_reply_to": hannah_mid("bramley-confirm"),
    "references": ["recruiter_casual_teams", hannah_mid("bramley-confirm")],
    "body": """\
Morning Hannah,

Really sorry - Rachel's off sick today so we'll need to move this afternoon's
chat. Could you do Friday (10th) at 10am instead? Same Teams link.

Apologies for the short notice!

Lewis

-----Original Message-----
From: Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Sent: 06 July 2026 13:40
To: Lewis Pickard <lewis.pickard@bramleyoutdoor.example.co.uk>
Subject: Re: quick chat?

Hi Lewis, Weds at 3 is great, thank you. Looking forward to it.
Hannah
""",
})

# 060 -- Dublin interview switched to video, Irish voice
add({
    "scenario": "switched_to_video_dublin", "kind": "interview_reschedule_or_cancel", "company": "Tolka Foodstores",
    "contact": "orla.kinsella@tolkafoods.example.ie", "lang": "en",
    "sender": ("Orla Kinsella", "orla.kinsella@tolkafoods.example.ie"),
    "subject": "RE: HR Business Partner – interview",
    "date": "2026-05-08T15:03:27+01:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("tolka-video", "DB8PR04MB6620"),
    "in_reply_to": hannah_mid("tolka-confirm"),
    "references": ["dublin_supermarket_invite", hannah_mid("tolka-confirm")],
    "body": """\
Hi Hannah,

A quick change of plan for Tuesday, I’m afraid – we’ve got contractors in the
Support Office all next week replacing the heating, so we’re going to do your
interview over Teams instead. Same day and time (Tuesday 12th, 11am Irish time,
so 11am for you too), same people.

It also means you won’t need to fly over, which I’m sure is no harm! I’ll send
the Teams link on Monday.

Sorry for the mix-up,
Orla
""",
})

# 061 -- Greenhouse reschedule notification
add({
    "scenario": "greenhouse_rescheduled", "kind": "interview_reschedule_or_cancel", "company": "Copperfield Retail Group",
    "contact": "priya.sandhu@copperfield.example.co.uk", "lang": "en",
    "sender": ("Copperfield Retail Group via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Priya Sandhu", "priya.sandhu@copperfield.example.co.uk"),
    "subject": "Your interview with Copperfield Retail Group has been rescheduled",
    "date": "2026-02-09T17:58:06+00:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Hi Hannah,",
            "Your video call for the <b>HR Business Partner</b> role has been moved. Here are the new details:",
        )
        + '\n<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;'
          'border:1px solid #e5e5e5;width:100%;"><tr><td style="padding:14px 16px;font-size:14px;">'
          '<span style="color:#999;text-decoration:line-through;">Wednesday, February 11, 2026 · 2:00 PM GMT</span><br>'
          "<b>Thursday, February 12, 2026 · 11:00 AM – 11:30 AM GMT</b><br>Phone call – Priya will call "
          "you on the number in your application</td></tr></table>\n"
        + paras(
            "Priya had a clash with a distribution-centre visit and has moved the call to Thursday morning. "
            "If the new time doesn't suit, reply to this email.",
            "Thanks,<br>Copperfield Retail Group Recruiting",
        ),
        title="Interview rescheduled", logo_src="https://copperfield.example.co.uk/brand/cf-logo@2x.png",
        logo_alt="Copperfield Retail Group", accent="#b5442c",
        footer="Sent via Greenhouse",
        pixel_src=pixel("links.greenhouse-mail.io", "cf-resched"),
    ),
})

# 062 -- agency moves the time, exclamation marks
add({
    "scenario": "agency_moved_time", "kind": "interview_reschedule_or_cancel", "company": "Hallamshire Leisure Trust",
    "contact": "danny.hughes@peakpeople.example.co.uk", "lang": "en",
    "sender": ("Danny Hughes", "danny.hughes@peakpeople.example.co.uk"),
    "subject": "Time change for Friday!!",
    "date": "2026-03-04T16:20:38+00:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "body": """\
Hi Hannah,

Quick one – Hallamshire have asked if we can move your interview on Friday (6th) from
2pm to 4.30pm, same place (Ponds Forge, meeting room on the first floor). Michelle's
got a board meeting that's been moved to the afternoon.

Can you confirm ASAP so I can let them know?? Fingers crossed this is the last
change!!

Danny
Peak People Recruitment | 07700 900 144
""",
})

# 063 -- NHS interviews postponed, new date to follow
add({
    "scenario": "nhs_interviews_postponed", "kind": "interview_reschedule_or_cancel",
    "company": "Kirkstall Community Healthcare NHS Trust", "contact": "", "lang": "en",
    "sender": ("NHS Jobs", "no-reply@nhsjobs.example.org"),
    "subject": "Interview postponed: HR Business Partner (Band 7) - 338-KCH-2026-0412",
    "date": "2026-05-01T12:05:00+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Dear Hannah Kowalczyk-Reid

Application reference: KCH-0412-0057
Job title: HR Business Partner (Band 7)
Employer: Kirkstall Community Healthcare NHS Trust

The employer has postponed the interviews for this vacancy that were due to
take place on Wednesday 6 May 2026, because members of the panel are no longer
available on that date.

Your interview has been cancelled. A new interview date will be offered to you
shortly and you will receive a separate notification to book a new slot.

We apologise for any inconvenience.

This is an automated message. Replies to this address are not read.

NHS Jobs
""",
})

# 064 -- head-hunter pushes the client meeting back a week, Outlook chain
add({
    "scenario": "headhunter_pushed_back", "kind": "interview_reschedule_or_cancel",
    "company": "Thornbury Bainbridge Hotels", "contact": "clare@ashworthexec.example.co.uk", "lang": "en",
    "sender": ("Clare Ashworth", "clare@ashworthexec.example.co.uk"),
    "subject": "Re: Group People Partner - Thornbury Bainbridge",
    "date": "2026-08-26T13:40:18+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("ashworth-push"),
    "in_reply_to": hannah_mid("ashworth-confirm"),
    "references": ["headhunter_meet_client", hannah_mid("ashworth-confirm")],
    "body": """\
Hi Hannah,

Sorry to bring annoying news: Philippa has to fly to Edinburgh tomorrow to deal
with something at one of their hotels, so she's asked to push your meeting back
by a week - Thursday 3 September, still 2pm, still at The Crescent.

She was apologetic and very keen to stress that it's nothing to do with you. Are
you OK with the new date?

Clare

On Wed, 19 Aug 2026 at 12:03, Hannah Kowalczyk-Reid <hannah.kr@example.co.uk> wrote:
> Hi Clare, 27 August at 2pm is fine - thank you! Hannah
""",
})

# 065 -- university selection day cancelled (flooding), will be rearranged
add({
    "scenario": "university_cancelled_flooding", "kind": "interview_reschedule_or_cancel", "company": "Sheaf University",
    "contact": "hr-recruitment@sheafuni.example.co.uk", "lang": "en",
    "sender": ("Sheaf University HR Recruitment", "hr-recruitment@sheafuni.example.co.uk"),
    "subject": "URGENT: Senior HR Adviser interviews 24 June - cancelled",
    "date": "2026-06-23T16:47:12+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "university_invite_pdf",
    "body": """\
Dear Hannah,

I am very sorry to let you know that tomorrow's selection day for the Senior HR
Adviser post (SU-26-0318) has had to be cancelled. A burst pipe has flooded the
ground floor of the Arundel Building and the building is closed until further
notice.

We will rearrange the in-tray exercise and interviews as soon as possible and
expect to offer new dates in early July. Your application remains under
consideration and you do not need to do anything.

Please accept our apologies for the late notice. Any reasonable travel costs you
cannot recover will be reimbursed – just reply with the details.

Kind regards

Gemma Whitlock
HR Recruitment Administrator
People Services, Sheaf University
""",
})

# 066 -- Ashby "interview moved" notice, HTML only, no-reply
add({
    "scenario": "ashby_interview_moved", "kind": "interview_reschedule_or_cancel", "company": "Rotaful", "contact": "",
    "lang": "en",
    "sender": ("Rotaful Hiring", "no-reply@ashbyhq.com"),
    "subject": "Your interview with Rotaful has moved",
    "date": "2026-06-04T19:12:33+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        paras(
            "Hi Hannah,",
            "Zainab needs to move your interview for <b>People Partner (Customer Success)</b>.",
            '<span style="color:#6b7280;">Previously:</span> Mon 8 June, 11:00–11:45 BST<br>'
            '<span style="color:#6b7280;">Now:</span> <b>Tue 9 June, 16:00–16:45 BST</b> (Google Meet)',
            f'<a href="{track("app.ashbyhq.com", "rotaful-moved")}" style="color:#6d28d9;">'
            "Need a different time? Pick another slot</a>",
            "Rotaful · 88 Wood Street, London EC2V 7RS",
        ),
        footer="This mailbox is not monitored · Powered by Ashby", accent="#6d28d9",
        pixel_src=pixel("app.ashbyhq.com", "rotaful-moved-open"),
    ),
})

# 067 -- Google/Outlook CANCEL for the invitation of 048 (same UID); German
add({
    "scenario": "kalender_absage_cancel", "kind": "interview_reschedule_or_cancel", "company": "Fährmann Logistik",
    "contact": "tobias.lenz@faehrmann-logistik.example.de", "lang": "de",
    "sender": ("Tobias Lenz", "tobias.lenz@faehrmann-logistik.example.de"),
    "subject": "Abgesagt: Interview HR Business Partner – Mi., 8. Apr. 2026 10:00 – 11:00 (MESZ)",
    "date": "2026-04-06T18:02:51+02:00", "structure": "alt_cal", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Hallo Frau Kowalczyk-Reid,

leider muss ich unseren Termin am Mittwoch absagen: Frau Dr. Sauer ist kurzfristig
erkrankt, und ich möchte das Gespräch nicht ohne die Standortleitung führen.

Ich melde mich in den nächsten Tagen mit zwei, drei Terminvorschlägen für die
Woche nach Ostern. Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Entschuldigen Sie die Umstände.

Viele Grüße
Tobias Lenz
Leiter Personal, Fährmann Logistik GmbH
""",
    "html": gmail_shell(
        "<div>Hallo Frau Kowalczyk-Reid,</div><div><br></div><div>leider muss ich unseren Termin am Mittwoch "
        "absagen: Frau Dr. Sauer ist kurzfristig erkrankt, und ich möchte das Gespräch nicht ohne die "
        "Standortleitung führen.</div><div><br></div><div>Ich melde mich in den nächsten Tagen mit zwei, drei "
        "Terminvorschlägen für die Woche nach Ostern. Ihre Bewerbung bleibt selbstverständlich im Verfahren."
        "</div><div><br></div><div>Entschuldigen Sie die Umstände.</div><div><br></div><div>Viele Grüße<br>"
        "Tobias Lenz<br>Leiter Personal, Fährmann Logistik GmbH</div>"
    ),
    "ics": ics_event(
        method="CANCEL", uid=FAEHRMANN_UID, sequence=1, status="CANCELLED",
        summary="Abgesagt: Interview HR Business Partner – Hannah Kowalczyk-Reid",
        start="20260408T080000Z", end="20260408T090000Z", stamp="20260406T160251Z",
        organizer=("Tobias Lenz", "tobias.lenz@faehrmann-logistik.example.de"),
        location="Hanauer Landstraße 291\\, 60314 Frankfurt\\, Gebäude B",
        description="Dieser Termin wurde abgesagt.",
        lang="de-DE", prodid="-//Google Inc//Google Calendar 70.9054//EN",
    ),
    "ics_method": "CANCEL",
})

# 068 -- fashion house moves the interview, German "Am ... schrieb" quote
add({
    "scenario": "verschiebung_modehaus", "kind": "interview_reschedule_or_cancel", "company": "Modehaus Brandt",
    "contact": "c.brandt@modehaus-brandt.example.de", "lang": "de",
    "sender": ("Christiane Brandt", "c.brandt@modehaus-brandt.example.de"),
    "subject": "Re: Einladung zum Vorstellungsgespräch",
    "date": "2026-02-05T09:34:12+01:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "in_reply_to": hannah_mid("brandt-zusage"),
    "references": ["einladung_modehaus_sie", hannah_mid("brandt-zusage")],
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

leider müssen wir unseren Termin am kommenden Dienstag verschieben, da Herr
Kröger an diesem Tag zu einer Filialeröffnung nach Mainz muss.

Wäre Ihnen stattdessen Donnerstag, der 12. Februar, um 10:00 Uhr recht? Ort und
Ablauf bleiben unverändert.

Mit der Bitte um Verständnis und freundlichen Grüßen

Christiane Brandt
Leitung Personal, Modehaus Brandt GmbH

Am 28.01.2026 um 19:40 schrieb Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>:
> Sehr geehrte Frau Brandt,
> vielen Dank für die Einladung. Den Termin am 10. Februar um 14:00 Uhr nehme
> ich gerne wahr.
> Mit freundlichen Grüßen
> Hannah Kowalczyk-Reid
""",
})

# 069 -- department store reports the visio, "De : / Envoyé :" chain
add({
    "scenario": "report_entretien_visio", "kind": "interview_reschedule_or_cancel", "company": "Galeries Beaumarchais",
    "contact": "sophie.garnier@galeries-beaumarchais.example.fr", "lang": "fr",
    "sender": ("Sophie Garnier", "sophie.garnier@galeries-beaumarchais.example.fr"),
    "subject": "RE: Invitation à un entretien – HRBP Magasins",
    "date": "2026-02-06T17:22:09+01:00", "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("beaumarchais-report", "PR3P192MB0811"),
    "in_reply_to": hannah_mid("beaumarchais-ok"),
    "references": ["entretien_visio_vous", hannah_mid("beaumarchais-ok")],
    "body": """\
Bonjour Madame Kowalczyk-Reid,

Je suis désolée de devoir revenir vers vous : M. Pétrel est retenu lundi matin par
un comité de direction exceptionnel. Nous sommes contraints de reporter notre
entretien.

Pourriez-vous être disponible le mercredi 11 février à 15h00 (heure de Paris) ?
Le format reste identique, en visioconférence Teams.

Avec toutes nos excuses pour ce contretemps,

Sophie Garnier
Chargée de recrutement – Galeries Beaumarchais

De : Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Envoyé : mardi 3 février 2026 08:41
À : Sophie Garnier <sophie.garnier@galeries-beaumarchais.example.fr>
Objet : Re: Invitation à un entretien – HRBP Magasins

Bonjour Madame Garnier,
Je vous remercie pour votre message et vous confirme ma disponibilité lundi
9 février à 10h00.
Bien cordialement,
Hannah Kowalczyk-Reid
""",
    "html": outlook_shell(
        '<p class="MsoNormal">Bonjour Madame Kowalczyk-Reid,</p><p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal">Je suis désolée de devoir revenir vers vous : M. Pétrel est retenu lundi matin par '
        "un comité de direction exceptionnel. Nous sommes contraints de reporter notre entretien.</p>"
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Pourriez-vous être disponible le <b>mercredi 11 '
        "février à 15h00</b> (heure de Paris) ? Le format reste identique, en visioconférence Teams.</p>"
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Avec toutes nos excuses pour ce contretemps,</p>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Sophie Garnier<br>Chargée de recrutement – Galeries '
        "Beaumarchais</p>"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p class="MsoNormal"><b>De :</b> Hannah Kowalczyk-Reid &lt;hannah.kr@example.co.uk&gt;<br>'
        "<b>Envoyé :</b> mardi 3 février 2026 08:41<br><b>À :</b> Sophie Garnier<br><b>Objet :</b> Re: "
        "Invitation à un entretien – HRBP Magasins</p></div>"
        '<p class="MsoNormal">Bonjour Madame Garnier,<br>Je vous remercie pour votre message et vous confirme ma '
        "disponibilité lundi 9 février à 10h00.<br>Bien cordialement,<br>Hannah Kowalczyk-Reid</p>"
    ),
})

# 070 -- start-up switches from video to meeting in person, tu
add({
    "scenario": "visio_remplacee_presentiel", "kind": "interview_reschedule_or_cancel", "company": "Kolibri RH",
    "contact": "ines@kolibri-rh.example.fr", "lang": "fr",
    "sender": ("Inès Haddad", "ines@kolibri-rh.example.fr"),
    "subject": "Re: Ta candidature Kolibri 🐦",
    "date": "2026-07-06T09:58:40+02:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": gmail_mid("kolibri-presentiel"),
    "in_reply_to": hannah_mid("kolibri-ok"),
    "references": ["startup_tu_call", hannah_mid("kolibri-ok")],
    "body": """\
Hello Hannah,

Petit changement : tu m'as dit que tu serais à Paris jeudi pour voir une amie, du
coup plutôt qu'un Meet, on se voit en vrai ? Même jour, mais 17h au lieu de 16h,
dans nos locaux au 9 rue du Faubourg-Poissonnière (2e étage, sonne chez "Kolibri").

Dis-moi si ça te va !
Inès

Le sam. 4 juil. 2026 à 10:20, Hannah Kowalczyk-Reid <hannah.kr@example.co.uk> a écrit :
> Bonjour Inès, jeudi 16h me convient très bien. Je serai d'ailleurs à Paris ce
> jour-là. Hannah
""",
})

# 071 -- Spanish supermarket changes the time, "El ... escribió" chain
add({
    "scenario": "cambio_hora_entrevista", "kind": "interview_reschedule_or_cancel", "company": "Mercados Olivar",
    "contact": "r.quintana@mercadosolivar.example.com", "lang": "es",
    "sender": ("Rocío Quintana", "r.quintana@mercadosolivar.example.com"),
    "subject": "RE: Entrevista - Responsable de Personas (Reino Unido)",
    "date": "2026-03-20T10:02:11+01:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "in_reply_to": hannah_mid("olivar-confirma"),
    "references": ["entrevista_usted_video", hannah_mid("olivar-confirma")],
    "body": """\
Estimada Hannah:

Le escribo porque Javier Montoya tiene que viajar a Londres el martes y no podrá
conectarse a las 11:00. ¿Le vendría bien retrasar la entrevista a las 17:00
(hora de Madrid; 16:00 en Londres) del mismo día? El enlace sigue siendo el
mismo.

Disculpe las molestias.

Atentamente,
Rocío Quintana
Mercados Olivar

El mié, 18 mar 2026 a las 9:15, Hannah Kowalczyk-Reid (<hannah.kr@example.co.uk>) escribió:
> Estimada Rocío:
> Muchas gracias por la invitación. Le confirmo mi disponibilidad para el
> martes 24 a las 11:00.
> Un saludo,
> Hannah
""",
})

# 072 -- agency: client postponed the interview, tú
add({
    "scenario": "aplazamiento_agencia", "kind": "interview_reschedule_or_cancel", "company": "Viajes Solano",
    "contact": "pablo.serrano@adecuatalento.example.com", "lang": "es",
    "sender": ("Pablo Serrano", "pablo.serrano@adecuatalento.example.com"),
    "subject": "RE: Entrevista con Viajes Solano 👋",
    "date": "2026-06-08T13:27:55+02:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": outlook_mid("adecua-aplaza", "MRZP264MB1803"),
    "in_reply_to": hannah_mid("adecua-confirma"),
    "references": ["agencia_tu_cliente_nombrado", hannah_mid("adecua-confirma")],
    "body": """\
Hola Hannah,

Te escribo rápido: Viajes Solano me pide aplazar la entrevista del jueves. Nerea
tiene una auditoría interna toda la semana y prefieren hacerla el martes 16 a la
misma hora (10:00 UK), también por Teams.

Sé que es un lío, pero siguen muy interesados en tu perfil, ¡no te preocupes! ¿Te
encaja el martes?

Un abrazo,
Pablo

Pablo Serrano | Consultor de Selección | Adecua Talento

De: Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Enviado: jueves, 4 de junio de 2026 9:12
Para: Pablo Serrano <pablo.serrano@adecuatalento.example.com>
Asunto: Re: Entrevista con Viajes Solano 👋

Hola Pablo:

¡Muchas gracias! Lamentablemente el miércoles no puedo, pero el jueves 11 a las
10:00 me va genial. Quedo pendiente del enlace.

Un saludo,
Hannah
""",
})

# ================================================================== missed-interview notices
# 073 -- care group: "we waited for you at 10:00"
add({
    "scenario": "waited_at_ten", "kind": "missed_interview_notice", "company": "Roundhay Ridings Care Group",
    "contact": "beverley.stott@roundhayridings.example.co.uk", "lang": "en",
    "sender": ("Beverley Stott", "beverley.stott@roundhayridings.example.co.uk"),
    "subject": "This morning",
    "date": "2026-09-09T11:05:44+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("roundhay-missed"),
    "body": """\
Hi Hannah,

Graham and I waited for you at 10:00 this morning at Wellington Street for your
second interview, but you didn't arrive and we couldn't get through on your
mobile. I hope everything is alright.

Could you give me a ring or drop me a line when you get this? If something has
come up we can talk about whether another date is possible.

Best wishes
Beverley

Beverley Stott
Operations Director
Roundhay Ridings Care Group
0113 496 0615
""",
})

# 074 -- coffee roaster: you did not join the Teams call
add({
    "scenario": "did_not_join_teams", "kind": "missed_interview_notice", "company": "Cottonopolis Coffee",
    "contact": "jo.mcardle@cottonopolis.example.co.uk", "lang": "en",
    "sender": ("Jo McArdle", "jo.mcardle@cottonopolis.example.co.uk"),
    "subject": "Missed you on Teams",
    "date": "2026-10-06T10:58:02+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "mid": apple_mid("cottonopolis-missed"),
    "body": """\
Hi Hannah

Sam and I were on the Teams call from 10:30 but you didn't join. We gave it 20
minutes. Not sure if the link didn't work or the invite got lost - let me know
and we'll see if we can find another slot this week.

Jo

Sent from my iPad
""",
})

# 075 -- agency tried to call three times for the phone screen
add({
    "scenario": "agency_tried_to_call", "kind": "missed_interview_notice", "company": "Hallamshire Leisure Trust",
    "contact": "danny.hughes@peakpeople.example.co.uk", "lang": "en",
    "sender": ("Danny Hughes", "danny.hughes@peakpeople.example.co.uk"),
    "subject": "Where are you?!",
    "date": "2026-02-18T12:58:31+00:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "body": """\
Hannah,

Michelle from Hallamshire Leisure Trust has just been on to me – she tried to call you 3
times at 12.30 for your phone screen and it went straight to voicemail!! I've tried you
twice too.

Is everything OK?? Give me a call back as soon as you see this and I'll try to rescue it
with her – she's in meetings from 2 so we haven't got long!!

Danny
07700 900 144
""",
})

# 076 -- shadow shift you did not turn up to (hotel assessment day)
add({
    "scenario": "shadow_shift_no_show", "kind": "missed_interview_notice", "company": "Keel & Compass Hotels",
    "contact": "gareth.lloyd@keelcompass.example.com", "lang": "en",
    "sender": ("Gareth Lloyd", "gareth.lloyd@keelcompass.example.com"),
    "subject": "Assessment day today",
    "date": "2026-08-15T10:41:19+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Dear Hannah,

You were booked on today's People & Culture Assessment Day at Keel & Compass
Manchester Piccadilly, starting with the shadow shift alongside our front-of-house
team at 08:00. We haven't seen you, and the rest of the group have now moved on to
the group exercise.

If you were held up, please call reception on 0161 496 0833 and ask for me. If
you are no longer interested in the role, we'd be grateful if you could let us
know so we can offer the place to someone else.

Regards,

Gareth Lloyd
General Manager
Keel & Compass Manchester Piccadilly
""",
})

# 077 -- NHS formal "did not attend"
add({
    "scenario": "nhs_did_not_attend", "kind": "missed_interview_notice",
    "company": "Don Valley Community Health NHS Trust", "contact": "dvch.recruitment@dvch.example.org", "lang": "en",
    "sender": ("DVCH Recruitment", "dvch.recruitment@dvch.example.org"),
    "subject": "Non-attendance at interview - People Advisor (Band 6) - Ref 412-DVC-0931",
    "date": "2026-07-23T14:20:55+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Dear Hannah Kowalczyk-Reid",
            "<b>People Advisor (Band 6) – Ref 412-DVC-0931</b>",
            "Our records show that you did not attend your interview, which was booked for "
            "<b>Thursday 23 July 2026 at 11:00</b> at Don Valley House, Sheffield.",
            "If there were exceptional circumstances that prevented you from attending or from letting us "
            "know in advance, please reply to this email within five working days. The recruiting manager "
            "will then decide whether an alternative interview can be offered.",
            "If we do not hear from you, we will withdraw your application for this post.",
            "Kind regards<br>Recruitment Team<br>Don Valley Community Health NHS Trust",
        ),
        title="Recruitment", logo_src="https://dvch.example.org/images/nhs-dvch-logo.png",
        logo_alt="Don Valley Community Health NHS Trust", accent="#005eb8",
        footer="Don Valley Community Health NHS Trust, Don Valley House, Savile Street East, Sheffield S4 7UQ<br>"
               "This email and any attachments are confidential and intended solely for the addressee. If you have "
               "received it in error please notify the sender and delete it.",
    ),
})

# 078 -- recruiter rang at the agreed time, voicemail
add({
    "scenario": "voicemail_phone_screen", "kind": "missed_interview_notice", "company": "Copperfield Retail Group",
    "contact": "priya.sandhu@copperfield.example.co.uk", "lang": "en",
    "sender": ("Priya Sandhu", "priya.sandhu@copperfield.example.co.uk"),
    "subject": "Our call this morning",
    "date": "2026-02-12T11:24:06+00:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "mid": outlook_mid("copperfield-vm", "LO0P265MB2290"),
    "body": """\
Hi Hannah,

I rang you at 11:00 as planned for our call about the HR Business Partner role,
but it went to voicemail both times and I left a message.

No worries if something came up - could you reply with a couple of times that
would work tomorrow or Monday and I'll try again?

Thanks,
Priya

Priya Sandhu
Talent Partner | Copperfield Retail Group
07700 900 309
""",
    "html": outlook_shell(
        '<p class="MsoNormal">Hi Hannah,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">I rang you at '
        "11:00 as planned for our call about the HR Business Partner role, but it went to voicemail both times "
        "and I left a message.</p><p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">No worries if "
        "something came up - could you reply with a couple of times that would work tomorrow or Monday and "
        "I’ll try again?</p><p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Thanks,<br>Priya</p>"
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal"><b><span style="color:#B5442C">Priya Sandhu'
        '</span></b><br>Talent Partner | Copperfield Retail Group<br>07700 900 309</p>'
    ),
})

# 079 -- German NGO: we called and could not reach you
add({
    "scenario": "nicht_erreicht_telefon", "kind": "missed_interview_notice", "company": "Diakoniewerk Nidda",
    "contact": "j.weigand@diakoniewerk-nidda.example.de", "lang": "de",
    "sender": ("Weigand, Jana", "j.weigand@diakoniewerk-nidda.example.de"),
    "subject": "Unser Telefoninterview heute",
    "date": "2026-06-16T14:31:27+02:00", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

wir hatten heute um 14:00 Uhr unser Telefoninterview vereinbart. Ich habe Sie
zweimal unter der angegebenen Nummer (+44 7700 900 …) angerufen, Sie aber leider
nicht erreicht, und Ihnen eine Nachricht auf der Mailbox hinterlassen.

Falls etwas dazwischengekommen ist, melden Sie sich gerne bei mir, dann finden
wir einen neuen Termin.

Freundliche Grüße

Jana Weigand
Personalreferentin
Diakoniewerk Nidda e.V.
Bahnhofstraße 9 · 63667 Nidda
Tel. 06043 496 021
""".replace("…", "..."),
})

# 080 -- agency: the client waited for you this morning, vous
add({
    "scenario": "client_vous_attendait", "kind": "missed_interview_notice", "company": "Boulangeries Pichon",
    "contact": "julien.faure@talentis-conseil.example.fr", "lang": "fr",
    "sender": ("Julien Faure", "julien.faure@talentis-conseil.example.fr"),
    "subject": "Entretien de ce matin chez Boulangeries Pichon",
    "date": "2026-04-21T10:26:48+02:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("talentis-absent", "PAXP193MB1544"),
    "body": """\
Bonjour Hannah,

Mme Pichon vient de m’appeler : elle et M. Benali vous attendaient ce matin à 9h30
au siège de la rue de la Roquette pour votre entretien, et vous ne vous êtes pas
présentée. Je n’ai pas réussi à vous joindre sur votre portable non plus.

J’espère qu’il ne vous est rien arrivé. Pouvez-vous me rappeler dès que possible
au 06 12 49 60 38 ? Je verrai alors avec le client ce qu’il est possible de faire.

Bien à vous,
Julien Faure
Talentis Conseil
""",
})

# 081 -- Paris hotel: you did not connect to the video call
add({
    "scenario": "pas_connectee_visio", "kind": "missed_interview_notice", "company": "Hôtel Les Tanneurs",
    "contact": "direction@hotel-lestanneurs.example.fr", "lang": "fr",
    "sender": ("Hôtel Les Tanneurs - Direction", "direction@hotel-lestanneurs.example.fr"),
    "subject": "Notre rendez-vous en visio",
    "date": "2026-09-22T15:48:30+02:00", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__"></head>
<body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#333;">
<p>Madame,</p>
<p>Nous avions rendez-vous aujourd'hui à 15h00 en visioconférence pour le poste de Responsable du personnel.
Nous vous avons attendue une vingtaine de minutes mais vous ne vous êtes pas connectée.</p>
<p>Si vous souhaitez toujours poursuivre le processus, merci de nous écrire en retour afin de fixer un nouveau
créneau.</p>
<p>Cordialement,</p>
<p><b>Mathilde Vernier</b><br>Directrice<br>Hôtel Les Tanneurs ****<br>21, rue des Tanneurs, 75004 Paris<br>
<a href="https://hotel-lestanneurs.example.fr">hotel-lestanneurs.example.fr</a></p>
<p style="font-size:10px;color:#999;">Ce message et ses pièces jointes sont confidentiels et établis à l'intention
exclusive de leur destinataire.</p>
</body></html>
""",
})

# 082 -- Spanish textile group: no se presentó
add({
    "scenario": "no_se_presento", "kind": "missed_interview_notice", "company": "Textiles Navarro",
    "contact": "i.zubiri@textilesnavarro.example.com", "lang": "es",
    "sender": ("Iñaki Zubiri", "i.zubiri@textilesnavarro.example.com"),
    "subject": "Entrevista de hoy en Rathcoole",
    "date": "2026-09-10T11:40:05+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Buenos días, Hannah:

Le esperábamos hoy a las 9:30 en nuestro centro de Rathcoole para la entrevista
del puesto de Técnico/a de RR. HH., pero no se presentó y no hemos podido
localizarle por teléfono.

Si ha tenido algún contratiempo, le ruego que me lo indique respondiendo a este
correo y veremos si es posible fijar otra fecha.

Un saludo,

Iñaki Zubiri
Responsable de Personas – Irlanda
Textiles Navarro
""",
})
