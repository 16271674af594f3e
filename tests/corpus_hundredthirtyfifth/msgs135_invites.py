"""Interview invitations (26), reschedules and cancellations (15), missed-interview notices (10)."""

from __future__ import annotations

from msgs135_common import card, click, mso, outlook, pixel

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    """Record one hand-written message spec."""
    MESSAGES.append(spec)


WESTBROOK_UID = "040000008200E00074C5B7101A82E00800000000B0F4A7C2E9C7DC01000000000000000010000000D41E7B6A5C2F3940A6C4E7D1B2A39F08"
POLICYLAB_UID = "3k9q1v7d2m0f5s8h4t6pn1ce0r@google.com"
WESTBROOK_INVITE_ID = "<LO2P265MB4471A8C30E6B1F9D2E4C7A91B3D52@LO2P265MB4471.GBRP265.PROD.OUTLOOK.example.com>"
POLICYLAB_INVITE_ID = "<calendar-8f1e22d0-4b7a-4c55-9d61-0a2e6b3c9f17@google.com>"
FAIRHOUSING_INVITE_ID = "<CAJ9wP2vQ7x_fairhousing_2nd@mail.example.org.uk>"

# =========================================================================================
# interview_invitation
# =========================================================================================

_westbrook_text = """Hi Shauna,

Thank you for your application for the Policy & Insight Officer role. I'm pleased to invite you to a first-stage interview with Marcus Hale (Head of Strategy) and Nikhil Shah (Insight Manager).

When: Tuesday 21 April 2026, 10:30-11:30
Where: Westbrook House, 2 Holt Street, Birmingham B7 4BA (reception on the ground floor)

The interview will be competency-based, and we'll also ask you to talk for 10 minutes about a housing policy change you think has been under-evaluated. No slides needed - a single page of notes is fine.

I've sent a calendar invitation with this email. Please accept it, or reply and let me know if the time doesn't work and we'll find another.

Best wishes,
Leanne

Leanne Patel
Recruitment Advisor
Westbrook Housing Group
0121 496 0777
"""
add(
    scenario="outlook_meeting_request", kind="interview_invitation", lang="en",
    company="Westbrook Housing Group", contact="leanne.patel@westbrookhg.example.org.uk",
    sender=("Leanne Patel", "leanne.patel@westbrookhg.example.org.uk"),
    subject="Interview invitation: Policy & Insight Officer - Tue 21 April 10:30",
    date="2026-04-08 14:52 +0100", structure="alt", cte="qp",
    msgid=WESTBROOK_INVITE_ID,
    text=_westbrook_text,
    html=outlook(mso(_westbrook_text)),
    calendar={"method": "REQUEST", "uid": WESTBROOK_UID, "sequence": 0, "stamp": "2026-04-08T13:52:00",
                  "start": "2026-04-21T10:30:00", "end": "2026-04-21T11:30:00",
                  "summary": "Interview - Policy & Insight Officer (Shauna Adeyemi-Clarke)",
                  "location": "Westbrook House\\, 2 Holt Street\\, Birmingham B7 4BA",
                  "organizer": ("Leanne Patel", "leanne.patel@westbrookhg.example.org.uk")},
)

add(
    scenario="google_calendar_invite", kind="interview_invitation", lang="en",
    company="The London Policy Lab", contact="oliver.grant@londonpolicylab.example.org.uk",
    sender=("Oliver Grant", "oliver.grant@londonpolicylab.example.org.uk"),
    subject="Invitation: Interview - Research Associate (Housing) @ Thu 14 May 2026 15:00 - 16:00 (BST) (shauna.ac@example.co.uk)",
    date="2026-05-06 10:11 +0100", structure="alt", cte="7bit",
    msgid=POLICYLAB_INVITE_ID,
    text="""Hi Shauna - as discussed on the phone, here's the invite for your interview with me and
Fatima Yusuf (Associate Director, Housing). It'll be on Google Meet; we'll spend the first
half on your experience and the second on a short data exercise we'll screen-share.

Interview - Research Associate (Housing)
Thursday 14 May 2026 - 15:00-16:00 (British Summer Time)
Join with Google Meet: https://meet.google.com/xqv-ftrm-opa
Organiser: oliver.grant@londonpolicylab.example.org.uk

Guests
Oliver Grant - organiser
Fatima Yusuf
shauna.ac@example.co.uk

Reply for shauna.ac@example.co.uk: Yes / No / Maybe

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.

Oliver Grant
Senior Researcher, The London Policy Lab
""",
    calendar={"method": "REQUEST", "uid": POLICYLAB_UID, "sequence": 0, "stamp": "2026-05-06T09:11:00",
                  "start": "2026-05-14T15:00:00", "end": "2026-05-14T16:00:00",
                  "summary": "Interview - Research Associate (Housing)",
                  "location": "Google Meet https://meet.google.com/xqv-ftrm-opa",
                  "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
                  "organizer": ("Oliver Grant", "oliver.grant@londonpolicylab.example.org.uk")},
)

add(
    scenario="phone_screen_casual", kind="interview_invitation", lang="en",
    company="Birmingham Civic Trust", contact="jas.kaur@bhamcivictrust.example.org.uk",
    sender=("Jas Kaur", "jas.kaur@bhamcivictrust.example.org.uk"),
    subject="Quick chat?",
    date="2026-02-24 11:38 +0000", structure="plain", cte="7bit",
    text="""Hi Shauna,

Jas here from Birmingham Civic Trust - thanks for applying for the Research & Engagement
Officer job. Would you be up for a quick 20 minute phone call this week as a first step?
Nothing formal, just so we can talk through the role and your experience before the panel
stage.

I'm free Thursday between 12 and 3, or Friday morning. Just reply with a time and the best
number to reach you on.

Cheers,
Jas

Jas Kaur
Operations Manager, Birmingham Civic Trust
""",
)

add(
    scenario="council_panel_with_presentation", kind="interview_invitation", lang="en",
    company="Taff Vale Borough Council", contact="recruitment@taffvale.example.gov.uk",
    sender=("Recruitment Team - Taff Vale Borough Council", "recruitment@taffvale.example.gov.uk"),
    subject="Invitation to Interview - Policy and Performance Officer (Grade 8) - TVBC/0419",
    date="2026-03-13 15:02 +0000", structure="plain", charset="windows-1252", cte="qp",
    text="""Dear Ms Adeyemi-Clarke,

INVITATION TO INTERVIEW – POLICY AND PERFORMANCE OFFICER (GRADE 8) – TVBC/0419

I am pleased to inform you that you have been shortlisted for the above post. You are invited to attend an interview on:

Date:        Wednesday 25 March 2026
Time:        14:15 (please arrive by 14:00)
Venue:       Committee Room 2, Ty Taf Civic Offices, Pontypridd CF37 4UD
Panel:       Ms Eleri Watkins (Head of Policy), Mr Gareth Price (Performance Manager), Cllr A. Jones

The interview will consist of:
1. A presentation of no more than 10 minutes on: “How should a local authority use tenant data to prevent homelessness?”
2. A competency-based interview (approx. 45 minutes).

Please bring original documents confirming your right to work in the UK, and proof of address. If you require any reasonable adjustments, please let us know in advance.

The Council welcomes correspondence in Welsh and English. Please confirm your attendance by replying to this email by Friday 20 March.

Yours sincerely,

Recruitment Team
Human Resources
Taff Vale Borough Council
Cyngor Bwrdeistref Taff Vale
""",
)

add(
    scenario="ashby_self_schedule", kind="interview_invitation", lang="en",
    company="Rentwise", contact="",
    sender=("Rentwise", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Rentwise",
    date="2026-06-02 09:04 +0100", structure="html", cte="qp",
    html=f"""<div style="background:#f7f7f8;padding:32px 0">
<table align="center" width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;font-family:Inter,Arial,sans-serif;color:#111827">
<tr><td style="padding:28px 32px 8px"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/rentwise.png" alt="Rentwise" height="28"></td></tr>
<tr><td style="padding:8px 32px 28px;font-size:15px;line-height:24px">
<p>Hi Shauna,</p>
<p>Great news &mdash; the team would like to invite you to a <b>45-minute video interview</b> for the <b>Policy &amp; Partnerships Manager</b> role. You'll meet Dami (Head of Partnerships) and Alex (CEO).</p>
<p>Please pick a time that suits you using the link below. Slots are available over the next 7 days.</p>
<p style="text-align:center;margin:26px 0"><a href="{click('links.ashbyhq.com', 'https://app.ashbyhq.com/interview-self-schedule/7b1f0c2e-rentwise')}" style="background:#4f46e5;color:#ffffff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:600">Choose a time</a></p>
<p>Looking forward to it!<br>The Rentwise team</p>
</td></tr>
<tr><td style="padding:14px 32px;border-top:1px solid #eee;font-size:11px;color:#9ca3af">Rentwise Technologies Ltd &middot; 1 Finsbury Avenue, London EC2M 2PF &middot; Registered in England No 13377420<br>Powered by Ashby &middot; <a href="{click('links.ashbyhq.com', 'https://app.ashbyhq.com/privacy')}" style="color:#9ca3af">Privacy</a></td></tr>
</table>
{pixel('links.ashbyhq.com', 'rentwise-invite')}
</div>
""",
)

add(
    scenario="lever_invite_reply_to_recruiter", kind="interview_invitation", lang="en",
    company="Open Cities Network", contact="ben.achterberg@opencities.example.org",
    sender=("Ben Achterberg from Open Cities Network", "no-reply@hire.lever.co"),
    reply_to=("Ben Achterberg", "ben.achterberg@opencities.example.org"),
    subject="Open Cities Network - next steps for Urban Policy Researcher",
    date="2026-03-02 16:17 +0000", structure="plain", cte="7bit",
    text="""Hi Shauna,

Thanks for your application for the Urban Policy Researcher position - we'd like to invite
you to the first interview. It's a 30-minute video call with me and one of our programme
leads, mostly about your motivation and your research experience so far.

Could you let me know two or three slots that work for you next week (9-13 March)? We're
in London but half the team is in Brussels, so anything between 9:00 and 17:00 UK time is
fine.

Best,
Ben

Ben Achterberg
Talent Partner | Open Cities Network
London - Brussels
""",
)

add(
    scenario="university_formal_invite", kind="interview_invitation", lang="en",
    company="Edgbaston Metropolitan University", contact="a.whitfield@emu.example.ac.uk",
    sender=("Anne Whitfield", "a.whitfield@emu.example.ac.uk"),
    subject="Interview: Research Associate, Centre for Housing Studies (EMU-2026-118)",
    date="2026-04-23 12:30 +0100", structure="plain", charset="windows-1252", cte="8bit",
    text="""Dear Shauna

Research Associate, Centre for Housing Studies (EMU-2026-118)

Further to your application for the above post, I am delighted to invite you to interview on Thursday 7 May 2026 at 11.00am in Room 4.12, Faculty of Social Sciences, Edgbaston Metropolitan University, Pritchatts Road, Birmingham B15 2SQ.

The panel will comprise Professor David Kwarteng (Chair), Dr Sian Howells and Ms Ruth Lam (HR). You will be asked to give a 15-minute presentation entitled “Measuring housing precarity: what the administrative data miss”, followed by questions from the panel. A laptop and projector will be available; please bring your slides on a USB stick and email a copy to me by 9.00am on the day.

Could you please confirm by return whether you are able to attend, and let me know if you need any adjustments.

Kind regards

Anne Whitfield
School Administrator – Social Sciences
Edgbaston Metropolitan University
Tel: 0121 555 0134
""",
)

add(
    scenario="agency_exclamation_named_client", kind="interview_invitation", lang="en",
    company="Severn Homes", contact="kayleigh@brightwater-rec.example.co.uk",
    sender=("Kayleigh Dunn | Brightwater", "kayleigh@brightwater-rec.example.co.uk"),
    subject="GREAT NEWS!!! Severn Homes want to meet you!!",
    date="2026-05-13 17:46 +0100", structure="plain", cte="qp",
    text="""Hiya Shauna!!

AMAZING news – Severn Homes LOVED your CV and want to get you in for an interview for the
Tenant Insight & Policy Lead role!!! 🎉🎉

Details:
📅 Wednesday 20th May
⏰ 1.30pm
📍 Severn Homes, Temple Quay, Bristol (they'll send parking info)
👥 Karen (Director of Customer Experience) + someone from their research team

It's a mix of competency Qs and a chat about their tenant survey. I'll ring you tomorrow to
prep – PLEASE can you confirm you can make it asap so I can lock it in with Karen!!

So excited for you!!!

Kayleigh x

Kayleigh Dunn
Recruitment Consultant – Housing & Social Care
Brightwater Recruitment
M: 07700 900 862
""",
)

add(
    scenario="headhunter_client_unnamed", kind="interview_invitation", lang="en",
    company="Aldgate Partners", contact="james.oconnell@aldgatepartners.example.com",
    sender=("James O'Connell", "james.oconnell@aldgatepartners.example.com"),
    subject="Confidential - Head of Research opportunity",
    date="2026-06-09 08:27 +0100", structure="alt", cte="qp",
    text="""Dear Shauna,

Further to our conversation last Tuesday, I'm pleased to say my client – a well-regarded London think tank working on housing, planning and local growth – would like to meet you for a first interview for the Head of Research role.

As I mentioned, they are keeping the search confidential at this stage, so I'm not yet able to share their name in writing. I can tell you more on the phone.

The meeting would be with their Chief Executive and their Director of Programmes, at a neutral venue in Westminster, on either Monday 15 or Wednesday 17 June. It will last around an hour.

Please let me know which date you prefer and I'll confirm the arrangements.

Kind regards,

James O'Connell
Partner
Aldgate Partners – Executive Search for Purpose-Led Organisations
25 Bevis Marks, London EC3A 7JB | +44 20 7946 0552
""",
    html="""<div style="font-family:Garamond,Georgia,serif;font-size:15px;color:#1a1a1a;line-height:1.5">
<p>Dear Shauna,</p>
<p>Further to our conversation last Tuesday, I'm pleased to say my client &ndash; a well-regarded London think tank working on housing, planning and local growth &ndash; would like to meet you for a first interview for the <b>Head of Research</b> role.</p>
<p>As I mentioned, they are keeping the search confidential at this stage, so I'm not yet able to share their name in writing. I can tell you more on the phone.</p>
<p>The meeting would be with their Chief Executive and their Director of Programmes, at a neutral venue in Westminster, on either Monday 15 or Wednesday 17 June. It will last around an hour.</p>
<p>Please let me know which date you prefer and I'll confirm the arrangements.</p>
<p>Kind regards,</p>
<p><b>James O'Connell</b><br><span style="color:#6b5b3e">Partner</span><br>Aldgate Partners &ndash; Executive Search for Purpose-Led Organisations<br>25 Bevis Marks, London EC3A 7JB | +44 20 7946 0552</p>
<p style="font-size:10px;color:#888">Aldgate Partners LLP is a limited liability partnership registered in England and Wales (OC412077). This message is confidential.</p>
</div>
""",
)

add(
    scenario="nhs_icb_invite_html", kind="interview_invitation", lang="en",
    company="Arden Valley Integrated Care Board", contact="",
    sender=("NHS Jobs", "noreply@jobs.healthcareers.example.co.uk"),
    subject="Invitation to interview: Population Health Analyst 460-PH-2231",
    date="2026-07-14 09:12 +0100", structure="html", cte="qp",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:16px;color:#212b32;background:#f0f4f5;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#005eb8;padding:16px 24px"><img src="https://jobs.healthcareers.example.co.uk/static/nhs-logo-white.png" alt="NHS" width="70"></td></tr>
<tr><td style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;padding:24px"><tr><td>
<h1 style="font-size:22px">You have been invited to an interview</h1>
<p>Dear Shauna Adeyemi-Clarke,</p>
<p><b>Arden Valley Integrated Care Board</b> has invited you to an interview for:</p>
<p style="border-left:4px solid #005eb8;padding-left:12px">Population Health Analyst<br>Reference: 460-PH-2231<br>Band 6</p>
<p>You need to choose an interview slot. Interviews are taking place on 28 and 29 July 2026 via Microsoft Teams.</p>
<p><a href="{click('jobs.healthcareers.example.co.uk', 'https://jobs.healthcareers.example.co.uk/candidate/interviews/460-PH-2231')}" style="background:#007f3b;color:#fff;padding:10px 16px;text-decoration:none;font-weight:bold">Choose an interview slot</a></p>
<p>You must choose a slot by 23:59 on 21 July 2026. If you do not choose a slot by this date, you may not be interviewed.</p>
<p>If you need help, contact the recruitment team at Arden Valley Integrated Care Board using the details in the job advert.</p>
</td></tr></table>
<p style="font-size:12px;color:#4c6272">This is an automated message from NHS Jobs. Do not reply to this email.<br>
<a href="{click('jobs.healthcareers.example.co.uk', 'https://jobs.healthcareers.example.co.uk/privacy')}" style="color:#4c6272">Privacy policy</a> &middot; <a href="{click('jobs.healthcareers.example.co.uk', 'https://jobs.healthcareers.example.co.uk/account/notifications')}" style="color:#4c6272">Notification settings</a></p>
</td></tr></table>
{pixel('jobs.healthcareers.example.co.uk', 'icb-invite')}
</body></html>
""",
)

add(
    scenario="teams_invite_glasgow", kind="interview_invitation", lang="en",
    company="Glasgow Tenants' Rights Alliance", contact="eilidh@gtra.example.org.uk",
    sender=("Eilidh MacLeod", "eilidh@gtra.example.org.uk"),
    subject="Interview - Policy & Campaigns Researcher",
    date="2026-07-27 13:55 +0100", structure="plain", cte="8bit",
    text="""Hi Shauna,

Good news – we'd like to interview you for the Policy & Campaigns Researcher post!

We're holding interviews online on Monday 10 August. Would 11am work? It'll be on Teams,
about 50 minutes, with me, our convenor Sandy, and a tenant member of our board (we always
have a tenant on the panel).

There's no task to prepare, but we'll ask you to talk about a campaign or piece of research
you're proud of.

Let me know if 11 is OK and I'll send the link.

Thanks,
Eilidh

Eilidh MacLeod (she/her)
Coordinator
Glasgow Tenants' Rights Alliance
SCIO SC051183
""",
)

add(
    scenario="second_round_gmail_quote", kind="interview_invitation", lang="en",
    company="Centre for Fair Housing Research", contact="tobias.wren@cfhr.example.org.uk",
    sender=("Tobias Wren", "tobias.wren@cfhr.example.org.uk"),
    subject="Re: Thank you - first interview",
    date="2026-05-29 10:44 +0100", structure="plain", cte="qp",
    msgid=FAIRHOUSING_INVITE_ID,
    in_reply_to="<CAGx5thanks_cfhr@mail.example.co.uk>",
    text="""Hi Shauna,

Thanks for your note – and no need to apologise at all about the 12th.

The good news is that the panel would like you to come back for a second interview for the
Policy Researcher post. This one is with our director, Professor Celia Anand, and is more of
a conversation about our research programme for 2026-27. We can do Tuesday 9 June at 2pm at
our office in Holborn, or Thursday 11 June at 10am.

Which is better for you?

Tobias

Tobias Wren
Research Manager | Centre for Fair Housing Research
t: 020 7946 0391

On Thu, 28 May 2026 at 21:03, Shauna Adeyemi-Clarke <shauna.ac@example.co.uk> wrote:

> Dear Tobias,
>
> Thank you for the interview today. Unfortunately I realised afterwards that I'm
> away on the 12th for a family wedding, so if there is a next stage I'm afraid
> that date wouldn't work – I'm sorry, and I didn't want to leave it until the
> last minute to say.
>
> Best wishes,
> Shauna
""",
)

add(
    scenario="smartrecruiters_invite_alt", kind="interview_invitation", lang="en",
    company="Bristol Community Land Trust", contact="mia.osei@bristolclt.example.org.uk",
    sender=("Bristol Community Land Trust", "noreply@smartrecruiters.com"),
    reply_to=("Mia Osei", "mia.osei@bristolclt.example.org.uk"),
    subject="Interview invitation – Research & Evaluation Officer",
    date="2026-04-15 12:00 +0100", structure="alt", cte="qp",
    text="""Dear Shauna,

We are pleased to invite you to interview for the position of Research & Evaluation Officer at Bristol Community Land Trust.

Date: Thursday 23 April 2026
Time: 10:00 – 11:00
Location: The Coach House, 3 Ashley Road, St Pauls, Bristol BS2 9LQ

The interview will include a short written exercise (30 minutes) before the panel. Please bring photo ID.

If you have any questions or need to change the time, reply to this email and Mia Osei will help.

Best regards,
Bristol Community Land Trust
""",
    html=card(
        logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/bristol-clt.png",
        logo_alt="Bristol Community Land Trust", accent="#e0a100",
        body="""<p>Dear Shauna,</p>
<p>We are pleased to invite you to interview for the position of <b>Research &amp; Evaluation Officer</b> at Bristol Community Land Trust.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px"><tr><td><b>Date</b></td><td>Thursday 23 April 2026</td></tr>
<tr><td><b>Time</b></td><td>10:00 &ndash; 11:00</td></tr>
<tr><td><b>Location</b></td><td>The Coach House, 3 Ashley Road, St Pauls, Bristol BS2 9LQ</td></tr></table>
<p>The interview will include a short written exercise (30 minutes) before the panel. Please bring photo ID.</p>
<p>If you have any questions or need to change the time, reply to this email and Mia Osei will help.</p>
<p>Best regards,<br>Bristol Community Land Trust</p>""",
        footer="Bristol Community Land Trust is a community benefit society (No. 32011R).<br>Sent via SmartRecruiters.",
        track=pixel("t.smartrecruiters.com", "bclt-invite")),
)

add(
    scenario="workable_invite_system_sender", kind="interview_invitation", lang="en",
    company="Northern Research Partnership", contact="",
    sender=("Northern Research Partnership", "noreply@workablemail.com"),
    subject="Interview for Social Research Officer at Northern Research Partnership",
    date="2026-06-16 15:31 +0100", structure="html", cte="base64",
    html=f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f8;font-family:Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:30px 10px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1e4e8"><tr><td style="padding:26px 30px;font-size:14px;line-height:21px;color:#24292e">
<img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/nrp/logo.png" alt="Northern Research Partnership" height="34"><br><br>
Hello Shauna,<br><br>
Thank you for applying to the <b>Social Research Officer</b> role. We would like to invite you to an interview with our Leeds team.<br><br>
<b>Date:</b> Monday 22 June 2026<br>
<b>Time:</b> 14:00 &ndash; 14:45 (BST)<br>
<b>Where:</b> Video call (a Zoom link will follow once you confirm)<br><br>
<a href="{click('email.workablemail.com', 'https://apply.workable.com/nrp/interview/confirm/9c31')}" style="color:#ffffff;background:#1b8b5f;padding:9px 16px;border-radius:3px;text-decoration:none">Confirm attendance</a>
&nbsp; <a href="{click('email.workablemail.com', 'https://apply.workable.com/nrp/interview/reschedule/9c31')}" style="color:#1b8b5f">Request another time</a><br><br>
Best,<br>Ruth Ainsworth<br>Northern Research Partnership
</td></tr></table>
<p style="font-size:11px;color:#959da5">Northern Research Partnership, 11 Park Square East, Leeds LS1 2NE<br>Sent with Workable &middot; Please use the buttons above rather than replying.</p>
</td></tr></table>
{pixel('email.workablemail.com', 'nrp-invite')}
""",
)

add(
    scenario="iphone_terse_invite", kind="interview_invitation", lang="en",
    company="Digbeth Housing Co-operative", contact="marcia@digbethcoop.example.org.uk",
    sender=("Marcia Bennett", "marcia@digbethcoop.example.org.uk"),
    subject="Re: Research and Policy Worker",
    date="2026-08-03 07:58 +0100", structure="plain", cte="7bit",
    in_reply_to="<CAGx6dhc_apply@mail.example.co.uk>",
    text="""Hi Shauna thanks for this. Can you come in Tues 2pm for an interview? At the co-op office on
Floodgate St. Will be me and Winston, about an hour. Let me know

Marcia

Sent from my iPhone
""",
)

add(
    scenario="convocation_observatoire_vous", kind="interview_invitation", lang="fr",
    company="Observatoire genevois du logement", contact="sophie.maillard@ogl.example.ch",
    sender=("Sophie Maillard", "sophie.maillard@ogl.example.ch"),
    subject="Convocation à un entretien - Collaboratrice scientifique (80 %)",
    subject_charset="iso-8859-1",
    date="2026-06-05 11:26 +0200", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Madame,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un premier
entretien pour le poste de collaboratrice scientifique (80 %) au sein de l'Observatoire
genevois du logement.

Date : mardi 16 juin 2026
Heure : 14h00 (durée prévue : 1h15)
Lieu : Rue du Stand 26, 1204 Genève, 3e étage - ou par visioconférence si vous le
préférez, compte tenu de votre lieu de résidence.

L'entretien se déroulera en français, avec une partie en anglais. Il sera conduit par
M. Pierre-Alain Favre, directeur, et moi-même.

Nous vous remercions de bien vouloir nous confirmer votre présence par retour de courriel.

Avec nos meilleures salutations,

Sophie Maillard
Responsable administrative
Observatoire genevois du logement
Tél. +41 22 555 47 10
""",
)

add(
    scenario="plateforme_visio_bruxelles", kind="interview_invitation", lang="fr",
    company="Plateforme européenne contre le sans-abrisme",
    contact="recrutement@pecsa.example.org",
    sender=("PECSA Recrutement", "recrutement@pecsa.example.org"),
    subject="Invitation à un entretien en visio – Chargée de recherche",
    date="2026-04-09 16:12 +0200", structure="alt", cte="qp",
    text="""Bonjour Madame Adeyemi-Clarke,

Nous avons bien étudié votre candidature pour le poste de chargée de recherche et souhaitons vous rencontrer lors d'un entretien en visioconférence (Zoom), d'une durée de 45 minutes.

Nous vous proposons les créneaux suivants :
- lundi 20 avril à 10h00 (heure de Bruxelles)
- mardi 21 avril à 15h30
- jeudi 23 avril à 9h30

Merci de nous indiquer le créneau qui vous convient en répondant à ce message. L'entretien aura lieu en anglais et en français.

Bien cordialement,

L'équipe recrutement
Plateforme européenne contre le sans-abrisme (PECSA)
Square de Meeûs 18, 1050 Bruxelles
""",
    html="""<div style="font-family:'Trebuchet MS',Arial,sans-serif;font-size:14px;color:#263238">
<img src="https://pecsa.example.org/wp-content/uploads/logo-pecsa.png" alt="PECSA - Plateforme européenne contre le sans-abrisme" width="160">
<p>Bonjour Madame Adeyemi-Clarke,</p>
<p>Nous avons bien étudié votre candidature pour le poste de <strong>chargée de recherche</strong> et souhaitons vous rencontrer lors d'un entretien en visioconférence (Zoom), d'une durée de 45 minutes.</p>
<p>Nous vous proposons les créneaux suivants :</p>
<ul><li>lundi 20 avril à 10h00 (heure de Bruxelles)</li><li>mardi 21 avril à 15h30</li><li>jeudi 23 avril à 9h30</li></ul>
<p>Merci de nous indiquer le créneau qui vous convient en répondant à ce message. L'entretien aura lieu en anglais et en français.</p>
<p>Bien cordialement,</p>
<p>L'équipe recrutement<br>Plateforme européenne contre le sans-abrisme (PECSA)<br>Square de Meeûs 18, 1050 Bruxelles</p>
</div>
""",
)

add(
    scenario="teamtailor_entretien_cabinet", kind="interview_invitation", lang="fr",
    company="Cabinet Delvaux & Fils", contact="",
    sender=("Cabinet Delvaux & Fils", "no-reply@teamtailor-mail.com"),
    subject="Cabinet Delvaux & Fils – Réservez votre entretien",
    date="2026-05-04 08:40 +0200", structure="html", cte="base64",
    html=f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef1f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#1c2833">
<tr><td style="background:#12355b;padding:20px 34px"><img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/delvaux.png" alt="Cabinet Delvaux &amp; Fils" height="32"></td></tr>
<tr><td style="padding:26px 34px;font-size:15px;line-height:23px">
<p>Bonjour Shauna,</p>
<p>Merci pour votre candidature au poste d'<b>Analyste junior – politiques publiques et logement</b>.</p>
<p>Nous serions ravis de poursuivre avec vous : nous vous invitons à un entretien de 40 minutes avec Maître Hélène Delvaux et Thomas Kabasele, dans nos bureaux de l'avenue de Tervueren ou en ligne.</p>
<p>Choisissez le créneau qui vous convient :</p>
<p><a href="{click('teamtailor-mail.com', 'https://delvaux.teamtailor.com/meetings/book/4f2a')}" style="background:#12355b;color:#fff;padding:11px 20px;text-decoration:none;border-radius:4px">Réserver un créneau</a></p>
<p>À très bientôt,<br>L'équipe Delvaux</p>
</td></tr>
<tr><td style="padding:14px 34px;font-size:11px;color:#85929e;background:#f7f9fa">Cabinet Delvaux &amp; Fils SRL &middot; Avenue de Tervueren 112, 1040 Etterbeek &middot; BCE 0456.789.123<br>
<a href="{click('teamtailor-mail.com', 'https://delvaux.teamtailor.com/connect/unsubscribe')}" style="color:#85929e">Se désabonner</a></td></tr>
</table></td></tr></table>
{pixel('e.teamtailor-mail.com', 'delvaux-invite')}
</body></html>
""",
)

add(
    scenario="startup_tu_invitation", kind="interview_invitation", lang="fr",
    company="Logizen", contact="ines@logizen.example.be",
    sender=("Inès Haddad", "ines@logizen.example.be"),
    subject="on se voit ?",
    date="2026-02-17 18:20 +0100", structure="plain", cte="8bit",
    text="""Hello Shauna !

J'ai adoré ta lettre (le passage sur les propriétaires qui ne répondent jamais aux
mails, tellement vrai). On aimerait beaucoup te rencontrer pour le poste de
Responsable Recherche Utilisateurs & Impact.

Tu serais dispo pour un café-entretien dans nos locaux à Saint-Gilles mardi prochain
vers 16h ? Sinon on peut faire ça en visio, pas de souci vu que t'es encore à Birmingham.

Dis-moi ce qui t'arrange !

Inès
CEO @ Logizen
""",
)

add(
    scenario="cabinet_recrutement_client_nomme", kind="interview_invitation", lang="fr",
    company="Fondation pour l'habitat coopératif", contact="a.perrin@lemantalents.example.ch",
    sender=("Aurélie Perrin", "a.perrin@lemantalents.example.ch"),
    subject="Entretien avec la Fondation pour l'habitat coopératif",
    date="2026-08-18 09:33 +0200", structure="plain", charset="windows-1252", cte="qp",
    text="""Bonjour Madame Adeyemi-Clarke,

J’ai le plaisir de vous annoncer que notre cliente, la Fondation pour l’habitat coopératif, souhaite vous rencontrer pour le poste de Responsable études et plaidoyer.

L’entretien aurait lieu le mercredi 26 août à 10h30 dans leurs locaux, Chemin des Coudriers 19 à Genève, avec la directrice, Mme Bärbel Roth, et le président du conseil de fondation. Une seconde étape, avec une étude de cas, est prévue début septembre.

Je vous propose un court appel lundi pour vous préparer. Pourriez-vous me confirmer votre disponibilité ?

Meilleures salutations,

Aurélie Perrin
Consultante senior
Léman Talents SA – Recrutement & Executive Search
Place Longemalle 1, 1204 Genève – +41 22 555 88 20
""",
)

add(
    scenario="entretien_telephonique_institut", kind="interview_invitation", lang="fr",
    company="Institut lémanique d'études sociales", contact="secretariat@ilesoc.example.ch",
    sender=("Secrétariat ILES", "secretariat@ilesoc.example.ch"),
    cc=[("Prof. Daniel Oberson", "daniel.oberson@ilesoc.example.ch")],
    subject="Poste d'assistante de recherche – entretien téléphonique",
    date="2026-03-20 10:05 +0100", structure="plain", cte="qp",
    text="""Madame,

Le professeur Oberson (en copie) souhaiterait s'entretenir avec vous par téléphone au sujet
du poste d'assistante de recherche FNS sur le logement des travailleurs précaires.

Il vous propose un appel d'environ 30 minutes le vendredi 27 mars à 11h (heure suisse) ou
le lundi 30 mars à 14h. Il vous appellera au numéro indiqué dans votre dossier.

Merci de confirmer le créneau retenu en répondant à ce courriel.

Avec nos salutations les meilleures,

Secrétariat
Institut lémanique d'études sociales (ILES)
Route de Drize 7, 1227 Carouge
""",
)

add(
    scenario="verband_einladung_sie", kind="interview_invitation", lang="de",
    company="Verband Genossenschaftliches Wohnen Schweiz", contact="m.luethi@vgws.example.ch",
    sender=("Martina Lüthi", "m.luethi@vgws.example.ch"),
    name_charset="iso-8859-1",
    subject="Einladung zum Vorstellungsgespräch - Projektleiterin Grundlagen & Forschung",
    subject_charset="iso-8859-1",
    date="2026-05-21 14:48 +0200", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Adeyemi-Clarke

Vielen Dank für Ihre Bewerbung als Projektleiterin Grundlagen & Forschung (80-100 %) in
unserer Geschäftsstelle Genf. Ihre Unterlagen haben uns überzeugt, und wir laden Sie gerne
zu einem ersten Gespräch ein.

Termin: Donnerstag, 4. Juni 2026, 09.30 Uhr
Ort: Rue des Gares 12, 1201 Genf (oder per Videokonferenz)
Teilnehmende: Urs Bachmann (Geschäftsführer), Martina Lüthi (HR)

Das Gespräch findet auf Deutsch und Englisch statt; Französischkenntnisse sind ein Plus.
Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse

Martina Lüthi
Leiterin Personal
Verband Genossenschaftliches Wohnen Schweiz
Geschäftsstelle Genf | Rue des Gares 12 | 1201 Genf
""",
)

add(
    scenario="personio_einladung_gmbh", kind="interview_invitation", lang="de",
    company="Mietrecht Digital", contact="",
    sender=("Mietrecht Digital GmbH", "mietrecht-digital@personio.de"),
    subject="Einladung zum Kennenlernen – Policy Researcher (m/w/d)",
    date="2026-02-10 10:21 +0100", structure="html", cte="qp",
    html=f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px 32px">
<img src="https://mietrecht-digital.jobs.personio.de/company-logo.png" alt="Mietrecht Digital" height="36">
<p>Liebe Shauna,</p>
<p>vielen Dank für deine Bewerbung als <b>Policy Researcher (m/w/d)</b>. Wir möchten dich gern in einem ersten Video-Call (ca. 30 Minuten) kennenlernen.</p>
<p>Bitte wähle über den folgenden Link einen passenden Termin aus:</p>
<p><a href="{click('mietrecht-digital.jobs.personio.de', 'https://mietrecht-digital.jobs.personio.de/interview/slot/ab7d')}" style="background:#fb5a3f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Termin auswählen</a></p>
<p>Wir freuen uns auf dich!</p>
<p>Viele Grüße<br>Dein Mietrecht-Digital-Team</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee">Mietrecht Digital GmbH &middot; Torstraße 140 &middot; 10119 Berlin<br>Geschäftsführer: Dr. Jonas Weigel &middot; Amtsgericht Berlin-Charlottenburg HRB 231177 B<br>Diese Nachricht wurde über Personio versendet. Bitte antworte nicht auf diese E-Mail.</td></tr>
</table></td></tr></table>
{pixel('mietrecht-digital.jobs.personio.de', 'md-invite')}
</body></html>
""",
)

add(
    scenario="startup_du_einladung", kind="interview_invitation", lang="de",
    company="Wohnwerk Labs", contact="paul@wohnwerk.example.de",
    sender=("Paul Reinders", "paul@wohnwerk.example.de"),
    subject="Lust auf ein Gespräch?",
    date="2026-07-06 21:40 +0200", structure="plain", cte="8bit",
    text="""Hi Shauna,

Paul von Wohnwerk Labs hier. Danke für deine Bewerbung als Research Lead für unser
Brüssel-Projekt! Wir würden dich gerne kennenlernen – hättest du nächste Woche Mittwoch
oder Donnerstag Zeit für ein Interview per Video? Ca. 45 Minuten, mit mir und Lea aus dem
Produktteam.

Schick mir einfach ein, zwei Zeiten, die dir passen, dann schick ich dir den Link.

Beste Grüße
Paul

Wohnwerk Labs · Co-Founder
""",
)

add(
    scenario="red_cooperativas_usted", kind="interview_invitation", lang="es",
    company="Red Europea de Cooperativas de Vivienda", contact="jmartin@recoviv.example.org",
    sender=("Javier Martín Ochoa", "jmartin@recoviv.example.org"),
    name_charset="iso-8859-1",
    subject="Convocatoria a entrevista – Responsable de estudios",
    date="2026-06-26 12:14 +0200", structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Estimada Sra. Adeyemi-Clarke:

Nos complace comunicarle que ha sido preseleccionada para el puesto de Responsable de
estudios de la Red Europea de Cooperativas de Vivienda.

Le proponemos una entrevista el viernes 3 de julio a las 11:00 (hora de Bruselas), en
nuestra sede de la Rue d'Arlon 22, 1050 Bruselas, o por videoconferencia si lo prefiere.
La entrevista se desarrollará en inglés y en parte en español.

Le rogamos que nos confirme su asistencia respondiendo a este mensaje.

Atentamente,

Javier Martín Ochoa
Director de Administración y Personas
Red Europea de Cooperativas de Vivienda (RECOVIV)
""",
)

add(
    scenario="habitat_forum_tu", kind="interview_invitation", lang="es",
    company="Habitat Forum Europe", contact="clara.ibanez@habitatforum.example.eu",
    sender=("Clara Ibáñez", "clara.ibanez@habitatforum.example.eu"),
    subject="¿Hablamos el lunes?",
    date="2026-09-10 17:02 +0200", structure="alt", cte="qp",
    text="""¡Hola Shauna!

Soy Clara, de Habitat Forum Europe. Hemos leído tu candidatura para el puesto de
investigadora en vivienda asequible y nos ha encantado. ¿Te vendría bien una primera
entrevista por videollamada el lunes 14 a las 10:30 o el martes 15 a las 16:00?

Serán unos 40 minutos conmigo y con Pieter, nuestro director de programas. Puede ser en
inglés o en castellano, como prefieras.

¡Un saludo y hasta pronto!
Clara

Clara Ibáñez · People & Culture · Habitat Forum Europe
Rue Montoyer 31, 1000 Bruselas
""",
    html="""<div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>¡Hola Shauna!</p>
<p>Soy Clara, de Habitat Forum Europe. Hemos leído tu candidatura para el puesto de investigadora en vivienda asequible y nos ha encantado. ¿Te vendría bien una primera entrevista por videollamada el <b>lunes 14 a las 10:30</b> o el <b>martes 15 a las 16:00</b>?</p>
<p>Serán unos 40 minutos conmigo y con Pieter, nuestro director de programas. Puede ser en inglés o en castellano, como prefieras.</p>
<p>¡Un saludo y hasta pronto!<br>Clara</p>
<p style="color:#666;font-size:12px">Clara Ibáñez &middot; People &amp; Culture &middot; Habitat Forum Europe<br>Rue Montoyer 31, 1000 Bruselas<br>
<a href="https://habitatforum.example.eu">habitatforum.example.eu</a> &middot; <a href="https://www.linkedin.com/company/habitat-forum-europe-example">LinkedIn</a></p>
</div>
""",
)

# =========================================================================================
# interview_reschedule_or_cancel
# =========================================================================================

_westbrook_move = """Hi Shauna,

Apologies for the change – Marcus has been called into a board meeting on the morning of the 21st, so we need to move your interview. The new time is:

Wednesday 22 April 2026, 14:00-15:00, same place (Westbrook House, 2 Holt Street).

I've updated the calendar invitation, so it should move in your diary automatically once you accept. Everything else – panel and the 10-minute talk – stays the same.

Sorry again for the short notice.

Leanne

Leanne Patel
Recruitment Advisor
Westbrook Housing Group
"""
add(
    scenario="outlook_sequence_update", kind="interview_reschedule_or_cancel", lang="en",
    company="Westbrook Housing Group", contact="leanne.patel@westbrookhg.example.org.uk",
    sender=("Leanne Patel", "leanne.patel@westbrookhg.example.org.uk"),
    subject="Updated invitation: Interview - Policy & Insight Officer - now Wed 22 April 14:00",
    date="2026-04-16 09:20 +0100", structure="alt", cte="qp",
    in_reply_to=WESTBROOK_INVITE_ID,
    text=_westbrook_move,
    html=outlook(mso(_westbrook_move)),
    calendar={"method": "REQUEST", "uid": WESTBROOK_UID, "sequence": 1, "stamp": "2026-04-16T08:20:00",
                  "start": "2026-04-22T14:00:00", "end": "2026-04-22T15:00:00",
                  "summary": "Interview - Policy & Insight Officer (Shauna Adeyemi-Clarke)",
                  "location": "Westbrook House\\, 2 Holt Street\\, Birmingham B7 4BA",
                  "organizer": ("Leanne Patel", "leanne.patel@westbrookhg.example.org.uk")},
)

add(
    scenario="calendar_cancel_interviewer_ill", kind="interview_reschedule_or_cancel", lang="en",
    company="The London Policy Lab", contact="oliver.grant@londonpolicylab.example.org.uk",
    sender=("Oliver Grant", "oliver.grant@londonpolicylab.example.org.uk"),
    subject="Cancelled event: Interview - Research Associate (Housing) @ Thu 14 May 2026 15:00 - 16:00 (BST)",
    date="2026-05-13 18:05 +0100", structure="alt", cte="7bit",
    in_reply_to=POLICYLAB_INVITE_ID,
    text="""Shauna - really sorry, Fatima has come down with flu and I don't want to do this without
her. I'm cancelling tomorrow's slot and will send a new invite for next week as soon as I
have her diary. Hope that's OK.

Oliver

This event has been cancelled and removed from your calendar.

Interview - Research Associate (Housing)
Thursday 14 May 2026 - 15:00-16:00 (British Summer Time)
Organiser: oliver.grant@londonpolicylab.example.org.uk

Invitation from Google Calendar
""",
    calendar={"method": "CANCEL", "uid": POLICYLAB_UID, "sequence": 1, "stamp": "2026-05-13T17:05:00",
                  "start": "2026-05-14T15:00:00", "end": "2026-05-14T16:00:00",
                  "summary": "Interview - Research Associate (Housing)",
                  "location": "Google Meet https://meet.google.com/xqv-ftrm-opa",
                  "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
                  "organizer": ("Oliver Grant", "oliver.grant@londonpolicylab.example.org.uk")},
)

add(
    scenario="switched_to_video", kind="interview_reschedule_or_cancel", lang="en",
    company="Centre for Fair Housing Research", contact="tobias.wren@cfhr.example.org.uk",
    sender=("Tobias Wren", "tobias.wren@cfhr.example.org.uk"),
    subject="Re: Thank you - first interview",
    date="2026-06-08 08:12 +0100", structure="plain", cte="7bit",
    in_reply_to="<CAGx5confirm_9june@mail.example.co.uk>",
    references=["<CAGx5thanks_cfhr@mail.example.co.uk>", FAIRHOUSING_INVITE_ID,
                "<CAGx5confirm_9june@mail.example.co.uk>"],
    text="""Morning Shauna,

Small change for tomorrow: our Holborn office is closed because of a burst pipe, so we'll
do your second interview by video instead. Same time (2pm), same people - Celia and me.
Teams link below.

https://teams.microsoft.com/l/meetup-join/19%3ameeting_cfhr2nd%40thread.v2/0

Sorry you won't get to see the office - next time!

Tobias
""",
)

add(
    scenario="interviewer_ill_postpone", kind="interview_reschedule_or_cancel", lang="en",
    company="Glasgow Tenants' Rights Alliance", contact="eilidh@gtra.example.org.uk",
    sender=("Eilidh MacLeod", "eilidh@gtra.example.org.uk"),
    subject="Monday's interview",
    date="2026-08-07 16:44 +0100", structure="plain", cte="qp",
    text="""Hi Shauna,

I'm really sorry to do this at short notice, but Sandy has been signed off sick this week
and we don't want to interview without our convenor. We're going to have to postpone
Monday's interview.

Could you do Thursday 13 August, still 11am on Teams? If not, let me know what works
that week and we'll fit around you. The panel will otherwise be the same.

Apologies again – and thanks for your patience.

Eilidh
""",
)

add(
    scenario="agency_moves_client_interview", kind="interview_reschedule_or_cancel", lang="en",
    company="Severn Homes", contact="kayleigh@brightwater-rec.example.co.uk",
    sender=("Kayleigh Dunn | Brightwater", "kayleigh@brightwater-rec.example.co.uk"),
    subject="Change of time - Severn Homes",
    date="2026-05-18 10:03 +0100", structure="plain", cte="qp",
    text="""Hi Shauna,

Slight change from Severn Homes – Karen has to be at a regulator meeting on Wednesday
afternoon so they've asked to move your interview to THURSDAY 21st at 10am. Same venue,
same format.

Can you do that?? Let me know asap and I'll confirm with them. If not they said Friday
morning also works.

Thanks hun,
Kayleigh

Kayleigh Dunn
Recruitment Consultant – Housing & Social Care
Brightwater Recruitment
""",
)

add(
    scenario="rail_strike_new_date", kind="interview_reschedule_or_cancel", lang="en",
    company="Tai Dyffryn", contact="owain.jenkins@taidyffryn.example.org.uk",
    sender=("Owain Jenkins", "owain.jenkins@taidyffryn.example.org.uk"),
    subject="Interview on Thursday - rail strike",
    date="2026-03-23 12:12 +0000", structure="plain", charset="windows-1252", cte="qp",
    text="""Dear Shauna,

I’ve just seen that there is a rail strike on Thursday affecting services between Birmingham and Cardiff. Rather than have you stuck at New Street, we’d like to move your interview for the Strategy & Research Officer role.

We can offer either:
• Thursday at the same time (11:00) by Microsoft Teams, or
• Tuesday 31 March at 11:00, here in person at our Cardiff office.

Please let me know which you would prefer.

Kind regards / Cofion cynnes,

Owain Jenkins
Head of Strategy | Pennaeth Strategaeth
Tai Dyffryn
""",
)

add(
    scenario="greenhouse_rescheduled_html", kind="interview_reschedule_or_cancel", lang="en",
    company="Metro Insight", contact="",
    sender=("Metro Insight via Greenhouse", "no-reply@greenhouse-mail.io"),
    subject="Your interview with Metro Insight has been rescheduled",
    date="2026-07-02 11:57 +0100", structure="html", cte="qp",
    html=card(
        logo_src="https://s3.amazonaws.com/grnhse-prod/logos/metro-insight.png",
        logo_alt="Metro Insight", accent="#24a47f", bg="#f7f8f7",
        body="""<p>Hi Shauna,</p>
<p>Your interview for <b>Senior Research Executive &ndash; Public Sector</b> has been rescheduled.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #e0e0e0;font-size:14px;width:100%">
<tr><td style="color:#888;width:120px">Previous time</td><td><s>Mon, Jul 6 &middot; 10:00 AM BST</s></td></tr>
<tr><td style="color:#888">New time</td><td><b>Tue, Jul 7 &middot; 3:30 PM BST</b></td></tr>
<tr><td style="color:#888">Interviewers</td><td>Rachel Osei-Bonsu, Liam Carter</td></tr>
<tr><td style="color:#888">Location</td><td>Zoom (link in your calendar invite)</td></tr></table>
<p>If the new time doesn't work, please let your recruiting contact know as soon as possible.</p>
<p>Thanks,<br>Metro Insight Recruiting</p>""",
        footer="Metro Insight Ltd &middot; 30 Stamford Street, London SE1 9LQ<br>This message was sent via Greenhouse. Replies to this address are not monitored.",
        track=pixel("click.greenhouse-mail.io", "metro-resched")),
)

add(
    scenario="strike_action_cancel_rearrange", kind="interview_reschedule_or_cancel", lang="en",
    company="Edgbaston Metropolitan University", contact="a.whitfield@emu.example.ac.uk",
    sender=("Anne Whitfield", "a.whitfield@emu.example.ac.uk"),
    subject="RE: Interview: Research Associate, Centre for Housing Studies (EMU-2026-118)",
    date="2026-05-05 16:26 +0100", structure="plain", charset="windows-1252", cte="qp",
    in_reply_to="<CAGx7emu_confirm@mail.example.co.uk>",
    text="""Dear Shauna

I am very sorry to let you know that Thursday’s interviews have had to be cancelled, as two members of the panel are taking part in industrial action that day.

The post is still open and we do intend to interview. I will be in touch early next week with a new date, which is likely to be in the week of 18 May. Your presentation title remains the same.

Apologies for the inconvenience.

Kind regards

Anne Whitfield
School Administrator – Social Sciences
Edgbaston Metropolitan University

From: Shauna Adeyemi-Clarke <shauna.ac@example.co.uk>
Sent: 24 April 2026 08:03
To: Whitfield, Anne <a.whitfield@emu.example.ac.uk>
Subject: Re: Interview: Research Associate, Centre for Housing Studies (EMU-2026-118)

Dear Anne, thank you – I’m delighted to accept the invitation and will see you on the 7th.
""",
)

add(
    scenario="outlook_ios_cancel_terse", kind="interview_reschedule_or_cancel", lang="en",
    company="Digbeth Housing Co-operative", contact="marcia@digbethcoop.example.org.uk",
    sender=("Marcia Bennett", "marcia@digbethcoop.example.org.uk"),
    subject="Re: Research and Policy Worker",
    date="2026-08-10 20:31 +0100", structure="plain", cte="7bit",
    in_reply_to="<CAGx6dhc_tues@mail.example.co.uk>",
    text="""Sorry Shauna need to cancel tomorrow, burst boiler at one of our houses and Im on call.
Can we do Fri same time instead?

M

Get Outlook for iOS
""",
)

add(
    scenario="observatoire_report_entretien", kind="interview_reschedule_or_cancel", lang="fr",
    company="Observatoire genevois du logement", contact="sophie.maillard@ogl.example.ch",
    sender=("Sophie Maillard", "sophie.maillard@ogl.example.ch"),
    subject="Report de votre entretien du 16 juin",
    date="2026-06-11 15:40 +0200", structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Madame,

En raison d'une séance extraordinaire du conseil de fondation convoquée le 16 juin,
M. Favre ne pourra malheureusement pas être présent à votre entretien.

Nous vous proposons de le reporter au jeudi 18 juin à 10h00, au même endroit ou en
visioconférence. Si cette date ne vous convenait pas, nous pourrions également vous
recevoir le lundi 22 juin dans l'après-midi.

Nous vous prions de nous excuser pour ce changement et vous remercions de votre
compréhension.

Sophie Maillard
Responsable administrative
Observatoire genevois du logement
""",
)

add(
    scenario="plateforme_nouvelle_date", kind="interview_reschedule_or_cancel", lang="fr",
    company="Plateforme européenne contre le sans-abrisme",
    contact="recrutement@pecsa.example.org",
    sender=("PECSA Recrutement", "recrutement@pecsa.example.org"),
    subject="RE: Invitation à un entretien en visio – Chargée de recherche",
    date="2026-04-17 11:09 +0200", structure="plain", cte="qp",
    in_reply_to="<CAGx8pecsa_creneau@mail.example.co.uk>",
    text="""Bonjour Madame Adeyemi-Clarke,

Nous devons malheureusement déplacer votre entretien prévu le lundi 20 avril à 10h00 : notre
directrice est retenue au Parlement européen ce jour-là.

Pourriez-vous plutôt le mardi 21 avril à 11h00 ? Le lien Zoom restera identique.

Toutes nos excuses pour ce contretemps.

Bien cordialement,
L'équipe recrutement – PECSA

De : Shauna Adeyemi-Clarke <shauna.ac@example.co.uk>
Envoyé : vendredi 10 avril 2026 08:15
À : PECSA Recrutement <recrutement@pecsa.example.org>
Objet : Re: Invitation à un entretien en visio – Chargée de recherche

Bonjour, le lundi 20 avril à 10h00 me convient parfaitement. Merci beaucoup !
Shauna
""",
)

add(
    scenario="delvaux_annulation_a_reprogrammer", kind="interview_reschedule_or_cancel", lang="fr",
    company="Cabinet Delvaux & Fils", contact="t.kabasele@delvaux.example.be",
    sender=("Thomas Kabasele", "t.kabasele@delvaux.example.be"),
    subject="Annulation de notre rendez-vous de jeudi",
    date="2026-05-11 19:02 +0200", structure="alt", cte="base64",
    text="""Bonjour Shauna,

Je suis navré, mais nous devons annuler l'entretien de jeudi : Maître Delvaux est appelée en urgence sur un dossier à Luxembourg toute la semaine.

Le processus n'est pas interrompu pour autant. Je reviens vers vous d'ici lundi avec deux ou trois nouvelles dates.

Bien à vous,

Thomas Kabasele
Analyste senior
Cabinet Delvaux & Fils
Avenue de Tervueren 112, 1040 Etterbeek
""",
    html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour Shauna,</p>
<p>Je suis navré, mais nous devons <b>annuler l'entretien de jeudi</b> : Maître Delvaux est appelée en urgence sur un dossier à Luxembourg toute la semaine.</p>
<p>Le processus n'est pas interrompu pour autant. Je reviens vers vous d'ici lundi avec deux ou trois nouvelles dates.</p>
<p>Bien à vous,</p>
<p style="color:#12355b"><b>Thomas Kabasele</b><br>Analyste senior<br>Cabinet Delvaux &amp; Fils<br>Avenue de Tervueren 112, 1040 Etterbeek</p>
</div>
""",
)

add(
    scenario="verband_verschiebung", kind="interview_reschedule_or_cancel", lang="de",
    company="Verband Genossenschaftliches Wohnen Schweiz", contact="m.luethi@vgws.example.ch",
    sender=("Martina Lüthi", "m.luethi@vgws.example.ch"),
    name_charset="iso-8859-1",
    subject="Terminverschiebung Vorstellungsgespräch 4. Juni",
    date="2026-05-28 08:35 +0200", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Adeyemi-Clarke

Leider müssen wir unser Gespräch vom Donnerstag, 4. Juni, verschieben, da Herr Bachmann an
diesem Tag kurzfristig an einer Sitzung des Bundesamts für Wohnungswesen in Bern teilnehmen
muss.

Wir könnten Ihnen alternativ folgende Termine anbieten:
- Dienstag, 9. Juni, 14.00 Uhr
- Mittwoch, 10. Juni, 10.00 Uhr

Bitte teilen Sie uns mit, welcher Termin Ihnen passt. Wir entschuldigen uns für die
Umstände.

Freundliche Grüsse

Martina Lüthi
Leiterin Personal
Verband Genossenschaftliches Wohnen Schweiz
""",
)

add(
    scenario="wohnwerk_krank", kind="interview_reschedule_or_cancel", lang="de",
    company="Wohnwerk Labs", contact="lea@wohnwerk.example.de",
    sender=("Lea Sommer", "lea@wohnwerk.example.de"),
    subject="Interview morgen – leider krank",
    date="2026-07-14 07:49 +0200", structure="plain", cte="8bit",
    text="""Hi Shauna,

blöde Nachricht: Paul liegt mit Fieber im Bett, deshalb müssen wir unser Interview morgen
absagen. Tut uns echt leid!

Können wir es auf Montag, 20.7., um 15 Uhr verschieben? Oder sag mir einfach, was dir
nächste Woche passt.

Liebe Grüße
Lea
Produkt & Research, Wohnwerk Labs
""",
)

add(
    scenario="red_cambio_hora", kind="interview_reschedule_or_cancel", lang="es",
    company="Red Europea de Cooperativas de Vivienda", contact="jmartin@recoviv.example.org",
    sender=("Javier Martín Ochoa", "jmartin@recoviv.example.org"),
    name_charset="iso-8859-1",
    subject="RE: Convocatoria a entrevista - Responsable de estudios",
    date="2026-07-01 13:50 +0200", structure="plain", charset="iso-8859-1", cte="qp",
    in_reply_to="<CAGx9recoviv_ok@mail.example.co.uk>",
    text="""Estimada Sra. Adeyemi-Clarke:

Le escribo para proponerle un cambio de hora para la entrevista del viernes 3 de julio.
Nuestra presidenta desea participar y solo está disponible por la tarde, por lo que le
propondríamos las 15:30 en lugar de las 11:00, en el mismo lugar.

Le ruego que me confirme si le viene bien.

Atentamente,

Javier Martín Ochoa
Director de Administración y Personas
RECOVIV

-----Mensaje original-----
De: Shauna Adeyemi-Clarke [mailto:shauna.ac@example.co.uk]
Enviado el: viernes, 26 de junio de 2026 18:40
Para: Javier Martín Ochoa
Asunto: Re: Convocatoria a entrevista - Responsable de estudios

Estimado Sr. Martín: muchas gracias, confirmo mi asistencia el viernes 3 a las 11:00.
""",
)

# =========================================================================================
# missed_interview_notice
# =========================================================================================

add(
    scenario="waited_for_you_at_ten", kind="missed_interview_notice", lang="en",
    company="Sparkbrook Community Trust", contact="d.ahmed@sparkbrooktrust.example.org.uk",
    sender=("Dilshad Ahmed", "d.ahmed@sparkbrooktrust.example.org.uk"),
    subject="Your interview this morning",
    date="2026-03-10 11:02 +0000", structure="plain", cte="7bit",
    text="""Dear Shauna,

We waited for you at 10:00 this morning for your interview for the Community Research
Officer role, but you didn't arrive and we weren't able to reach you on the number we have.

I hope everything is alright. If something unexpected happened, please get in touch by
Friday and we will see whether we can offer another slot - the panel is meeting again on
Monday afternoon.

Regards,
Dilshad Ahmed
Programme Manager
Sparkbrook Community Trust
""",
)

add(
    scenario="did_not_join_video_call", kind="missed_interview_notice", lang="en",
    company="Northern Research Partnership", contact="ruth.ainsworth@nrp.example.co.uk",
    sender=("Ruth Ainsworth", "ruth.ainsworth@nrp.example.co.uk"),
    subject="Missed interview - Social Research Officer",
    date="2026-06-22 14:31 +0100", structure="plain", cte="qp",
    text="""Hi Shauna,

We were all set up on Zoom at 2pm for your interview for the Social Research Officer role,
but you didn't join the call. We stayed on for about fifteen minutes and I emailed the link
again at 2:05 in case it had gone astray.

Could you let me know what happened? If it was a technical problem we'll try to find
another slot this week, although I can't promise it.

Best,
Ruth

Ruth Ainsworth
Senior Research Manager
Northern Research Partnership | 11 Park Square East, Leeds LS1 2NE
""",
)

add(
    scenario="agency_tried_to_call", kind="missed_interview_notice", lang="en",
    company="Kirkstall Housing Association", contact="sam.doyle@hallamsocial.example.co.uk",
    sender=("Sam Doyle", "sam.doyle@hallamsocial.example.co.uk"),
    subject="Phone interview with Kirkstall HA - we tried to call you",
    date="2026-04-27 15:20 +0100", structure="plain", cte="7bit",
    text="""Hi Shauna

Kirkstall Housing Association tried to call you at 2pm for the phone interview for the
Insight Analyst role and couldn't get through - it went straight to voicemail twice. I've
also tried you a couple of times since.

They're a bit put out, to be honest, but they've said they'll take a call at 9am tomorrow if
you can do it. Please ring me back as soon as you see this so I can let them know.

Sam Doyle
Hallam Social Recruitment
0113 496 0450
""",
)

add(
    scenario="trial_shift_no_show", kind="missed_interview_notice", lang="en",
    company="St Anne's Night Shelter", contact="rota@stannesshelter.example.org.uk",
    sender=("St Anne's Night Shelter - Rota", "rota@stannesshelter.example.org.uk"),
    subject="Sat trial shift",
    date="2026-01-25 09:14 +0000", structure="plain", cte="qp",
    text="""Hi Shauna,

We had you down for a trial shift last night (Saturday, 8pm–midnight) for the relief
project worker role, but you didn't turn up and we didn't hear from you. We were a bit
short so Gemma ended up covering.

Could you let us know if you're still interested? If so we can try you on another trial
shift next weekend. Just reply to this – it comes to me and Gemma.

Thanks,
Pete
Night Shelter Coordinator
St Anne's Night Shelter, 40 Sherlock Street, Birmingham B5 6NB
""",
)

add(
    scenario="assessment_centre_no_show", kind="missed_interview_notice", lang="en",
    company="Severnside Combined Authority", contact="",
    sender=("Severnside Combined Authority Careers", "careers-noreply@severnside-ca.example.gov.uk"),
    subject="Non-attendance: Assessment Centre – Graduate Policy Analyst Programme",
    date="2026-02-04 17:30 +0000", structure="alt", cte="qp",
    text="""Dear Shauna,

Our records show that you did not attend the assessment centre for the Graduate Policy Analyst Programme on Wednesday 4 February 2026 at 09:00.

If you were unable to attend because of illness or an emergency, please complete the form on the candidate portal within 5 working days and explain the circumstances. We may be able to offer you a place at the reserve assessment centre on 18 February.

If we do not hear from you, we will assume you have withdrawn from the process.

Severnside Combined Authority – Resourcing
This mailbox is not monitored.
""",
    html=card(
        logo_src="https://careers.severnside-ca.example.gov.uk/img/sca-logo.png",
        logo_alt="Severnside Combined Authority", accent="#6c2c91",
        body="""<p>Dear Shauna,</p>
<p>Our records show that you <b>did not attend</b> the assessment centre for the Graduate Policy Analyst Programme on Wednesday 4 February 2026 at 09:00.</p>
<p>If you were unable to attend because of illness or an emergency, please complete the form on the candidate portal within 5 working days and explain the circumstances. We may be able to offer you a place at the reserve assessment centre on 18 February.</p>
<p>If we do not hear from you, we will assume you have withdrawn from the process.</p>
<p>Severnside Combined Authority &ndash; Resourcing</p>""",
        footer="This mailbox is not monitored. Severnside Combined Authority, 3 Rivergate, Bristol BS1 6EW.",
        track=pixel("careers.severnside-ca.example.gov.uk", "sca-noshow")),
)

add(
    scenario="ashby_missed_interview", kind="missed_interview_notice", lang="en",
    company="Rentwise", contact="",
    sender=("Rentwise", "no-reply@ashbyhq.com"),
    subject="We missed you today",
    date="2026-06-08 16:10 +0100", structure="html", cte="qp",
    html=f"""<div style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#111827;line-height:24px;max-width:520px;margin:0 auto;padding:24px">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/rentwise.png" alt="Rentwise" height="28">
<p>Hi Shauna,</p>
<p>It looks like you weren't able to make your interview for <b>Policy &amp; Partnerships Manager</b> today at 15:00 &mdash; Dami and Alex waited in the video room for 10 minutes.</p>
<p>No worries if something came up. If you'd still like to interview, you can pick a new time below within the next 48 hours.</p>
<p><a href="{click('links.ashbyhq.com', 'https://app.ashbyhq.com/interview-self-schedule/7b1f0c2e-rentwise?rebook=1')}" style="background:#4f46e5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Pick a new time</a></p>
<p>The Rentwise team</p>
<p style="font-size:11px;color:#9ca3af">Rentwise Technologies Ltd &middot; London &middot; Powered by Ashby</p>
{pixel('links.ashbyhq.com', 'rentwise-missed')}
</div>
""",
)

add(
    scenario="cooperative_attendue_14h", kind="missed_interview_notice", lang="fr",
    company="Coopérative Les Tilleuls", contact="n.rey@lestilleuls.example.ch",
    sender=("Nathalie Rey", "n.rey@lestilleuls.example.ch"),
    subject="Entretien de cet après-midi",
    date="2026-09-15 15:05 +0200", structure="plain", cte="8bit",
    text="""Madame,

Nous vous avons attendue cet après-midi à 14h pour votre entretien pour le poste de
chargée de projet habitat participatif, mais vous ne vous êtes pas présentée et nous
n'avons pas réussi à vous joindre par téléphone.

Nous espérons qu'il ne vous est rien arrivé. Si vous souhaitez toujours être candidate,
merci de nous recontacter d'ici vendredi afin que nous puissions, si possible, convenir
d'une autre date.

Cordialement,

Nathalie Rey
Secrétaire générale
Coopérative Les Tilleuls
Avenue de Châtelaine 95, 1219 Châtelaine
""",
)

add(
    scenario="bureau_appel_manque", kind="missed_interview_notice", lang="fr",
    company="Bureau Verhaegen Recrutement", contact="s.verhaegen@verhaegen-rh.example.be",
    sender=("Sophie Verhaegen", "s.verhaegen@verhaegen-rh.example.be"),
    subject="Appel manqué – entretien téléphonique de 11h",
    date="2026-08-25 11:35 +0200", structure="plain", charset="windows-1252", cte="qp",
    text="""Bonjour Shauna,

Nous avions rendez-vous ce matin à 11h pour l’entretien téléphonique concernant le poste de chargée de mission que je gère pour l’un de mes clients. J’ai essayé de vous joindre à trois reprises, sans succès, et je vous ai laissé un message vocal.

Pouvez-vous me rappeler ou me proposer un autre moment ? Mon client souhaite avancer rapidement, donc idéalement avant jeudi.

Bien à vous,

Sophie Verhaegen
Bureau Verhaegen Recrutement
+32 2 555 61 40
""",
)

add(
    scenario="nicht_erschienen_sie", kind="missed_interview_notice", lang="de",
    company="Europäische Akademie für Wohnungsfragen", contact="k.brandt@eawf.example.eu",
    sender=("Katrin Brandt", "k.brandt@eawf.example.eu"),
    subject="Ihr Vorstellungsgespräch am 3. März",
    date="2026-03-03 12:10 +0100", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Adeyemi-Clarke,

leider sind Sie heute nicht zum vereinbarten Vorstellungsgespräch um 10.30 Uhr erschienen,
und auch in der Videokonferenz, die wir Ihnen als Alternative angeboten hatten, haben wir
Sie nicht angetroffen.

Sollte Ihnen etwas dazwischengekommen sein, melden Sie sich bitte bis Freitag bei mir. Wir
prüfen dann, ob ein Ersatztermin möglich ist.

Mit freundlichen Grüßen

Katrin Brandt
Personalreferentin
Europäische Akademie für Wohnungsfragen
Avenue des Arts 8, 1210 Brüssel
""",
)

add(
    scenario="no_te_conectaste", kind="missed_interview_notice", lang="es",
    company="Fundación Hogar y Ciudad", contact="rrhh@hogaryciudad.example.org",
    sender=("RRHH Fundación Hogar y Ciudad", "rrhh@hogaryciudad.example.org"),
    subject="Entrevista de hoy",
    date="2026-09-29 17:45 +0200", structure="plain", cte="qp",
    text="""Hola Shauna:

Hoy a las 16:00 teníamos programada tu entrevista por videollamada para el puesto de técnica
de incidencia política, pero no te conectaste. Te esperamos unos veinte minutos y te
enviamos un correo recordatorio a las 16:05.

Si tuviste algún problema, escríbenos a este correo y vemos si podemos buscar otro hueco
esta semana.

Un saludo,
Equipo de Personas
Fundación Hogar y Ciudad
""",
)
