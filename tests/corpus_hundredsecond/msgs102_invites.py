"""Interview invitations, reschedules and cancellations, and missed-interview notices
(hundred-and-second corpus), written one by one."""

from __future__ import annotations

from msgs102_common import CAND, ats_html, gmail_html, msg, outlook_html

FASTNET_INVITE = "<0100018e2a7c.fastnet.invite@greenhouse-mail.io>"
LISK_UID = "040000008200E00074C5B7101A82E00800000000B07D9E1C4A6BDC01000000000000000010000000F3A1C2D4E5B6978A9B0C1D2E3F4A5B6C"
LISK_INVITE = "<AM6PR10MB2841D3A9@AM6PR10MB2841.EURPRD10.PROD.OUTLOOK.COM>"
BRU_SCREEN = "<CAJt7Qm1=bru.screen.5Feb@mail.gmail.com>"
ROCKET_INVITE = "<20260417143012.rocket.4471@kinetic-mail.rockettalent.example.co.uk>"
TESSELLATE_INVITE = "<ashby.tessellate.panel.8832@ashbyhq.com>"
HOOKHEAD_CALL = "<B5E0C8A2-7F14-4C1D-9E55-hookhead@hookheadlabs.example.ie>"
MERIDIAN_VIDEO = "<mv.video.invite.20260209@hirevue-mail.com>"
FIRTH_INVITE = "<LO2P265MB5012.firth.panel@LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM>"
ALPENBLICK_INVITE = "<personio.alpenblick.einladung.3321@alpenblick.jobs.personio.de>"
HANSE_INVITE = "<5a91c3e2-hanse-zweites@hanserz.example.de>"
NAUTA_INVITE = "<sr.nauta.entrevista.20260608@smartrecruiters.com>"
BARCELONETA_INVITE = "<CAKx9b=barceloneta.entrevista@mail.gmail.com>"
AZUR_INVITE = "<icims.azur.convocation.1012@banqueazur.icims.com>"
TARTINE_INVITE = "<20260901.tartine.entretien@tartinecloud.example.fr>"

MESSAGES = [
    # ================================================================== interview_invitation
    msg(
        kind="interview_invitation", scenario="greenhouse_schedule_link", lang="en",
        frm=("Fastnet Cloud via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Niamh Kelleher", "niamh.kelleher@fastnetcloud.example.ie"),
        subject="Interview invitation: Site Reliability Engineer at Fastnet Cloud",
        date="2026-03-10 14:26 +0000",
        msgid=FASTNET_INVITE,
        html=ats_html(
            """Hi Ciarán,

Thanks for your application for the Site Reliability Engineer role on our Cork-based platform team. We'd love to set up a first interview with Eoin Crowley, our Engineering Manager for Platform.

The conversation is 45 minutes over Google Meet and will cover your background, how you approach production incidents, and what you're looking for in your next role. No preparation needed beyond a look at our engineering blog if you're curious.

Please pick a slot that suits you using the link below - times are shown in your local time zone. We currently have availability on Thursday 19 and Friday 20 March.

[Choose your interview time](https://app.greenhouse.io/scheduling/candidate/7f3a9e21c0)

If none of the slots work, just reply to this email and I'll find something else.

Talk soon,
Niamh Kelleher
Talent Partner, Fastnet Cloud""",
            brand="Fastnet Cloud", logo="https://s3.amazonaws.com/grnhse-prod/logos/fastnet_cloud_lighthouse.png",
            accent="#0077b6", tracker="https://click.greenhouse-mail.io/ls/click?upn=",
            pixel="https://click.greenhouse-mail.io/wf/open?upn=fN3c9",
            footer="Fastnet Cloud · Penrose Wharf, Cork T23 XN53 · Sent via Greenhouse"),
        cte="quoted-printable",
        company="Fastnet Cloud", contact="niamh.kelleher@fastnetcloud.example.ie",
    ),
    msg(
        kind="interview_invitation", scenario="recruiter_phone_screen", lang="en",
        frm=("Sarah Costigan", "sarah.costigan@bruhealth.example.ie"),
        subject="Platform Engineer - quick chat?",
        date="2026-02-02 09:48 +0000",
        msgid=BRU_SCREEN,
        text="""Morning Ciarán,

Thanks for applying for the Platform Engineer job with us here at Brú Health. I've had a read of your CV and I'd love to set up an initial phone call - about 20 minutes, nothing technical, just to talk through the role, the team and your move from testing into platform work.

Would Thursday (5th) at 2pm suit? If not, let me know a couple of times that work for you this week or early next.

Best,
Sarah

Sarah Costigan
Talent Acquisition Lead
Brú Health | 3rd Floor, The Chapel, Smithfield, Dublin 7
""",
        cte="quoted-printable",
        company="Brú Health", contact="sarah.costigan@bruhealth.example.ie",
    ),
    msg(
        kind="interview_invitation", scenario="outlook_calendar_request", lang="en",
        frm=("Oisín Kavanagh", "oisin.kavanagh@liskinsurance.example.ie"),
        subject="Technical interview – Ciarán Delacroix-Mwangi / Lisk Insurance",
        date="2026-03-05 16:11 +0000",
        msgid=LISK_INVITE,
        text="""Hi Ciarán,

As discussed with Lorraine in HR, here is the invitation for your technical interview for the Cloud Reliability Engineer role.

When: Thursday 12 March 2026, 10:00–11:00 (Dublin)
Where: Microsoft Teams (link below)
Who: myself and Tomasz Wójcik from the platform team

We'll spend about half the time on a troubleshooting exercise (a misbehaving service on AKS) and the rest on your experience. Please accept the invite so it lands in your calendar.

Join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTk2YzQt%40thread.v2/0

Thanks,
Oisín Kavanagh
Platform Engineering Manager | Lisk Insurance Group
Lisk House, Harcourt Road, Dublin 2
""",
        html=outlook_html("""Hi Ciarán,

As discussed with Lorraine in HR, here is the invitation for your technical interview for the Cloud Reliability Engineer role.

When: Thursday 12 March 2026, 10:00–11:00 (Dublin)
Where: Microsoft Teams (link below)
Who: myself and Tomasz Wójcik from the platform team

We'll spend about half the time on a troubleshooting exercise (a misbehaving service on AKS) and the rest on your experience. Please accept the invite so it lands in your calendar.

[Join the meeting now](https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTk2YzQt%40thread.v2/0)

Thanks,
Oisín Kavanagh
Platform Engineering Manager | Lisk Insurance Group
Lisk House, Harcourt Road, Dublin 2"""),
        ics={"method": "REQUEST", "uid": LISK_UID, "sequence": 0, "start": "2026-03-12 10:00", "minutes": 60,
             "summary": "Technical interview – Ciarán Delacroix-Mwangi / Lisk Insurance",
             "location": "Microsoft Teams Meeting", "organizer": ("Oisín Kavanagh", "oisin.kavanagh@liskinsurance.example.ie"),
             "description": "Technical interview for the Cloud Reliability Engineer role."},
        cte="quoted-printable",
        headers=[("Thread-Topic", "Technical interview – Ciarán Delacroix-Mwangi / Lisk Insurance"),
                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
        company="Lisk Insurance Group", contact="oisin.kavanagh@liskinsurance.example.ie",
    ),
    msg(
        kind="interview_invitation", scenario="agency_invite_exclam", lang="en",
        frm=("Jordan Pike - Rocket Talent", "jordan.pike@rockettalent.example.co.uk"),
        subject="GREAT NEWS!!! Southbank Streaming want to meet you!!",
        date="2026-04-17 14:30 +0100",
        msgid=ROCKET_INVITE,
        text="""Hi Ciarán!!

GREAT NEWS - Southbank Streaming LOVED your CV and want to get you in for a first stage interview for the SRE role!!! 🎉🎉

Details:
- Wednesday 22nd April, 11am UK time
- Video call with Hannah (Head of Infrastructure) + one of her senior engineers
- 1 hour, mix of chat + some Linux / networking questions

Can you confirm ASAP so I can lock it in?? They're moving FAST on this one and have 2 other candidates in the mix so let's get you in first!!

Call me if you want to prep - I know Hannah well, she's all about observability and blameless postmortems so have a couple of good stories ready!!

Cheers,
Jordan

JORDAN PIKE | Senior Recruitment Consultant – Cloud & Infrastructure
ROCKET TALENT | 3 Tabernacle Street, London EC2A 4LU
Mob: 07700 900 441 | LinkedIn: linkedin.com/in/jordanpike-rocket
""",
        charset="utf-8", cte="quoted-printable",
        company="Southbank Streaming", contact="jordan.pike@rockettalent.example.co.uk",
    ),
    msg(
        kind="interview_invitation", scenario="onsite_cork_agenda", lang="en",
        frm=("Hazel Nagle", "careers@fotacloud.example.ie"),
        subject="Final round at our Cork office - Wed 20 May",
        date="2026-05-11 11:05 +0100",
        text="""Hi Ciarán,

Congratulations on getting through to the final round for Senior Reliability Engineer! We'd like to invite you to our office on Lapp's Quay, Cork, on Wednesday 20 May.

Agenda (all times Irish):
09:30  Arrive, coffee, meet Hazel (that's me)
09:45  System design: an internal developer platform for 40 teams (60 min, with Rahul and Gemma)
10:50  Break
11:00  Incident simulation - you'll be "on call" for a staged outage (60 min)
12:00  Lunch with a few of the team (no assessment, promise)
13:00  Conversation with Padraig O'Sullivan, VP Engineering (45 min)

Travel from Dublin: we'll reimburse your train fare, just keep the receipt. If the early start is awkward we can push everything 30 minutes.

Could you reply to confirm you can make it, and let me know about any accessibility or dietary needs?

Thanks,
Hazel Nagle
Recruitment Coordinator
Fota Cloud Services · 5 Lapp's Quay, Cork
careers@fotacloud.example.ie | +353 21 555 0133
""",
        cte="8bit",
        company="Fota Cloud Services", contact="careers@fotacloud.example.ie",
    ),
    msg(
        kind="interview_invitation", scenario="lever_tech_screen", lang="en",
        frm=("Hopscotch Health", "no-reply@hire.lever.co"),
        subject="Hopscotch Health: schedule your technical screen",
        date="2026-01-22 13:40 +0000",
        html=ats_html(
            """Hi Ciarán,

Good news - the hiring team for Infrastructure Engineer (Remote, EU) would like to move you forward to a technical screen.

What to expect: a 60 minute video call with one of our infrastructure engineers. You'll work through a practical problem in a shared terminal (bring your own editor preferences!) and have time for questions at the end.

Please use the link below to book a time in the next 7 days.

[Book your technical screen](https://hire.lever.co/interview-scheduler/hopscotchhealth/2c8e1f)

We're looking forward to speaking with you.

Hopscotch Health Recruiting""",
            brand="Hopscotch Health", logo="https://lever-client-logos.s3.amazonaws.com/hopscotch-health.png",
            accent="#7b2cbf", tracker="https://hire.lever.co/e/c/",
            pixel="https://hire.lever.co/e/o/eyJ1IjoiaG9wIn0.gif",
            footer="Hopscotch Health · Remote-first · [Candidate privacy notice](https://hopscotchhealth.example.com/candidate-privacy)"),
        cte="quoted-printable",
        company="Hopscotch Health", contact="",
    ),
    msg(
        kind="interview_invitation", scenario="ashby_panel_coordinator", lang="en",
        frm=("Tessellate Money", "no-reply@ashbyhq.com"),
        reply_to=("Ben Okafor", "ben.okafor@tessellate.example.co.uk"),
        subject="Your panel interview with Tessellate Money",
        date="2026-04-22 10:14 +0100",
        msgid=TESSELLATE_INVITE,
        text="""Hi Ciarán,

You're through to the panel stage for Site Reliability Engineer - congratulations!

The panel is three back-to-back 45 minute conversations on Zoom:
1. Reliability design (with Lucía, Staff SRE)
2. Debugging in production (with Arjun, SRE)
3. Values and collaboration (with Kate, Director of Engineering)

I've pencilled you in for Thursday 30 April from 13:00 to 15:30 UK time. If that doesn't work, reply to this email and we'll find another afternoon.

Best,
Ben Okafor
Recruiting Coordinator, Tessellate Money
""",
        html=ats_html(
            """Hi Ciarán,

You're through to the panel stage for Site Reliability Engineer - congratulations!

The panel is three back-to-back 45 minute conversations on Zoom:

- Reliability design (with Lucía, Staff SRE)
- Debugging in production (with Arjun, SRE)
- Values and collaboration (with Kate, Director of Engineering)

I've pencilled you in for Thursday 30 April from 13:00 to 15:30 UK time. If that doesn't work, reply to this email and we'll find another afternoon.

Best,
Ben Okafor
Recruiting Coordinator, Tessellate Money""",
            brand="Tessellate Money", logo="https://app.ashbyhq.com/api/images/org-theme-logo/tessellate.png",
            accent="#5a189a", footer="Tessellate Money Ltd · 1 Finsbury Avenue, London EC2M 2PF · Authorised by the FCA"),
        cte="quoted-printable",
        company="Tessellate Money", contact="ben.okafor@tessellate.example.co.uk",
    ),
    msg(
        kind="interview_invitation", scenario="university_letter_confirm", lang="en",
        frm=("Caledon University HR", "hr.recruitment@caledon.example.co.uk"),
        subject="Invitation to interview: Systems Reliability Engineer (ITS-2026-118)",
        date="2026-06-01 12:31 +0100",
        text="""Dear Ciarán

Invitation to interview – Systems Reliability Engineer, Information Technology Services (ref ITS-2026-118)

I am pleased to invite you to interview for the above post. The interview will take place on Tuesday 16 June 2026 at 11:15 at the Merchiston Campus, Edinburgh, and will last approximately one hour. Full details of the panel, the presentation topic and directions are in the attached letter.

Please confirm your attendance by replying to this email no later than Monday 8 June. If you require any adjustments to the interview process, let us know in your reply.

Kind regards

Recruitment Team
Human Resources
Caledon University, Edinburgh
hr.recruitment@caledon.example.co.uk

Caledon University is a registered Scottish charity, No SC01822.
""",
        attachments=[{"filename": "ITS-2026-118_interview_letter.pdf", "title": "Caledon University - Invitation to Interview",
                      "pdf": ["1 June 2026", "", "Dear Ciaran Delacroix-Mwangi", "",
                              "Systems Reliability Engineer (ITS-2026-118)", "",
                              "Date: Tuesday 16 June 2026   Time: 11:15   Venue: Merchiston Campus, Room C.204", "",
                              "Panel: Dr Alison Baird (Chair), Graham Ure (Head of Infrastructure),",
                              "Nadia Rahman (HR Partner)", "",
                              "Presentation (10 minutes): 'How would you introduce SLOs to a university IT",
                              "service that has never had them?'", "",
                              "Please bring photographic ID and proof of your right to work in the UK."]}],
        charset="utf-8", cte="quoted-printable",
        company="Caledon University", contact="hr.recruitment@caledon.example.co.uk",
    ),
    msg(
        kind="interview_invitation", scenario="games_pairing_galway", lang="en",
        frm=("Tadhg Ó Conaill", "tadhg@corribpixel.example.ie"),
        subject="Pairing session?",
        date="2026-02-25 16:52 +0000",
        text="""Hey Ciarán,

Tadhg here, I run the build/infra side at Corrib Pixel. Your application for the Build Engineer role landed on my desk and I liked what I saw, especially the bit about cutting your old team's test pipeline from 50 mins to 12.

Fancy coming in for a pairing interview? It's about 90 mins, we'd sit together on one of our actual Jenkins-to-GitHub-Actions migration tickets (sanitised), then grab a coffee and you can grill me about the studio. We're in the Portershed in Galway; if the trip's a pain we can do it remote.

Next Tuesday or Wednesday afternoon any good?

Tadhg
Corrib Pixel
""",
        charset="utf-8", cte="8bit",
        company="Corrib Pixel", contact="tadhg@corribpixel.example.ie",
    ),
    msg(
        kind="interview_invitation", scenario="gmail_chain_misleading", lang="en",
        frm=("Lorcan Fitzgerald", "lorcan@ferrymananalytics.example.com"),
        subject="Re: Platform Engineer application",
        date="2026-03-03 08:22 +0000",
        in_reply_to="<CAO8f2+Vp4nF9sKe@mail.gmail.com>",
        references=["<CAHd3=lorcan.first@mail.gmail.com>", "<CAO8f2+Vp4nF9sKe@mail.gmail.com>"],
        text="""Hi Ciarán,

Not at all, apologies for the slow reply, I was off last week. We'd really like to bring you in for an interview - would Tuesday 10 March at 3pm work? It's at our office on Pearse Street, about an hour with me and Dympna, our lead SRE.

Lorcan

Lorcan Fitzgerald | Head of Infrastructure | Ferryman Analytics

On Mon, 2 Mar 2026 at 14:03, Ciarán Delacroix-Mwangi <ciaran.dm@example.ie> wrote:
> Hi Lorcan,
>
> I hope you're well. I applied for the Platform Engineer role a few weeks ago and
> wanted to follow up. I completely understand if you've decided not to proceed with
> my application - unfortunately I haven't heard back either way and would just like
> to know where things stand.
>
> Thanks,
> Ciarán
""",
        html=gmail_html("""Hi Ciarán,

Not at all, apologies for the slow reply, I was off last week. We'd really like to bring you in for an interview - would Tuesday 10 March at 3pm work? It's at our office on Pearse Street, about an hour with me and Dympna, our lead SRE.

Lorcan

Lorcan Fitzgerald | Head of Infrastructure | Ferryman Analytics""",
                        quoted="""Hi Lorcan,

I hope you're well. I applied for the Platform Engineer role a few weeks ago and wanted to follow up. I completely understand if you've decided not to proceed with my application - unfortunately I haven't heard back either way and would just like to know where things stand.

Thanks,
Ciarán""",
                        attribution="On Mon, 2 Mar 2026 at 14:03, Ciarán Delacroix-Mwangi <ciaran.dm@example.ie> wrote:"),
        cte="quoted-printable",
        company="Ferryman Analytics", contact="lorcan@ferrymananalytics.example.com",
    ),
    msg(
        kind="interview_invitation", scenario="mobile_terse_call", lang="en",
        frm=("Ruairí Breen", "ruairi@hookheadlabs.example.ie"),
        to=[CAND],
        subject="Re: DevOps / SRE at Hookhead",
        date="2026-06-07 22:10 +0100",
        msgid=HOOKHEAD_CALL,
        in_reply_to="<CAO8f2+hook1@mail.gmail.com>",
        text="""Thanks Ciarán. Can you do a quick call tmrw 11? Want to chat about the role before we set up the tech round. I'll ring your mobile.

R.

Sent from my iPhone

> On 7 Jun 2026, at 18:40, Ciarán Delacroix-Mwangi <ciaran.dm@example.ie> wrote:
>
> Hi Ruairí, following on from the meetup on Thursday - here's my CV for the
> DevOps/SRE role at Hookhead Labs. Mobile is 087 555 0148.
""",
        cte="7bit",
        headers=[("X-Mailer", "iPhone Mail (22A3354)")],
        company="Hookhead Labs", contact="ruairi@hookheadlabs.example.ie",
    ),
    msg(
        kind="interview_invitation", scenario="one_way_video_bank", lang="en",
        frm=("Meridian & Vale Bank Early Careers", "no-reply@hirevue-mail.com"),
        subject="Next step: your video interview with Meridian & Vale Bank",
        date="2026-02-09 07:30 +0000",
        msgid=MERIDIAN_VIDEO,
        html=ats_html(
            """Dear Ciarán,

Thank you for your application to the Technology Graduate-to-Professional Programme (Site Reliability track).

We are pleased to invite you to the next stage: an on-demand video interview. You will be asked five questions and will have up to three minutes to record each answer. You can complete it at any time before Monday 16 February 2026, 23:59 GMT.

[Start your video interview](https://app.hirevue-mail.com/interviews/mvbank/3f5c8a1e)

Tips: use a quiet space, check your camera and microphone first, and try the practice question - it isn't scored.

Best of luck,
Early Careers Recruitment
Meridian & Vale Bank""",
            brand="Meridian & Vale Bank", logo="https://cdn.hirevue-mail.com/brand/mvbank/logo_white_bg.png",
            accent="#00395d", tracker="https://app.hirevue-mail.com/track/c/",
            pixel="https://app.hirevue-mail.com/track/o/mv-4471.png",
            footer="""Meridian & Vale Bank plc. Registered in England and Wales No. 00241167. Registered office: 10 Gresham Street, London EC2V 7JD.

This inbox is not monitored. For help with the platform, visit the [support centre](https://support.hirevue-mail.com)."""),
        cte="quoted-printable",
        company="Meridian & Vale Bank", contact="",
    ),
    msg(
        kind="interview_invitation", scenario="edinburgh_panel_windows1252", lang="en",
        frm=("Fiona Strachan", "fiona.strachan@firthdatatrust.example.co.uk"),
        subject="Interview – Platform Engineer (Firth Data Trust)",
        date="2026-05-14 13:37 +0100",
        msgid=FIRTH_INVITE,
        text="""Dear Ciarán,

Thank you for your application for the Platform Engineer post. I’m delighted to let you know that the panel would like to invite you to interview.

Date: Thursday 28 May 2026
Time: 14:00 – 15:00
Place: Firth Data Trust, 4th floor, Quartermile Two, 2 Lister Square, Edinburgh EH3 9GL

The panel will be me, Calum Reid (Lead Platform Engineer) and Priti Shah (Information Security). We’ll ask competency-based questions and spend about 15 minutes on a short scenario, which we’ll give you on the day – there’s nothing to prepare in advance.

I’d be grateful if you could confirm by return that you’re able to attend. Travel expenses within the UK and Ireland are reimbursed at standard class rates.

With best wishes,

Fiona Strachan
Head of Digital Services
Firth Data Trust
0131 555 0127

Firth Data Trust is a company limited by guarantee, registered in Scotland (SC487210), and a Scottish charity (SC045981).
""",
        charset="windows-1252", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        company="Firth Data Trust", contact="fiona.strachan@firthdatatrust.example.co.uk",
    ),
    msg(
        kind="interview_invitation", scenario="workable_amsterdam", lang="en",
        frm=("Grachten Payments", "noreply@workablemail.com"),
        reply_to=("Sanne de Jong", "sanne.dejong@grachtenpayments.example.nl"),
        subject="Grachten Payments – let's talk about the SRE role",
        date="2026-07-20 09:02 +0200",
        html=ats_html(
            """Hoi Ciarán,

Thanks for applying to the Site Reliability Engineer position at Grachten Payments - we enjoyed reading your application.

We'd like to invite you for a first interview with Maarten (Engineering Manager, Core Platform) and me. It's a 45-minute video call where we get to know each other: your experience, our stack (Go, Kubernetes on GKE, a healthy amount of Kafka) and how we work.

Could you send me two or three moments that suit you next week? Mornings Amsterdam time work best for Maarten. You can simply reply to this email.

Groetjes,
Sanne de Jong
Talent Acquisition Partner
Grachten Payments B.V.""",
            brand="Grachten Payments", logo="https://workable-application-form.s3.amazonaws.com/grachten/logo.png",
            accent="#ff5a36", tracker="https://grachtenpayments.workable.com/t/",
            pixel="https://workablemail.com/o/gp-20260720.gif",
            footer="""Grachten Payments B.V. · Herengracht 420, 1017 BZ Amsterdam · KvK 71234567

You received this email because you applied for a job at Grachten Payments. [Privacy](https://grachtenpayments.example.nl/privacy)"""),
        cte="quoted-printable",
        company="Grachten Payments", contact="sanne.dejong@grachtenpayments.example.nl",
    ),
    msg(
        kind="interview_invitation", scenario="remote_startup_calendly", lang="en",
        frm=("Esme Larkin", "esme@kelpiesystems.example.com"),
        subject="Kelpie Systems x Ciarán",
        date="2026-09-02 15:45 +0100",
        text="""Hi Ciarán,

Esme here, co-founder and CTO at Kelpie Systems. We're a 14-person, fully remote team building fleet-management software for offshore wind farms, and we're hiring our second platform engineer.

Your application stood out - mostly because you're one of the few people who wrote about testing infrastructure rather than just running it. I'd like to do a first interview, 45 minutes on video, just me.

Grab any slot here: https://calendly.com/esme-kelpie/platform-interview

If none of those times work (I'm in Edinburgh, so UK time), reply and we'll sort something.

Cheers,
Esme

--
Esme Larkin · CTO · Kelpie Systems
kelpiesystems.example.com
""",
        cte="7bit",
        company="Kelpie Systems", contact="esme@kelpiesystems.example.com",
    ),
    msg(
        kind="interview_invitation", scenario="personio_einladung_sie", lang="de",
        frm=("Alpenblick Versicherung AG", "noreply@alpenblick.jobs.personio.de"),
        reply_to=("Verena Huber", "verena.huber@alpenblick-versicherung.example.de"),
        subject="Einladung zum Vorstellungsgespräch – Cloud Platform Engineer (m/w/d)",
        date="2026-03-02 11:20 +0100",
        msgid=ALPENBLICK_INVITE,
        html=ats_html(
            """Sehr geehrter Herr Delacroix-Mwangi,

vielen Dank für Ihre Bewerbung als Cloud Platform Engineer (m/w/d). Ihr Profil hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem ersten Vorstellungsgespräch per Microsoft Teams ein:

- Termin: Dienstag, 10. März 2026, 14:00 Uhr (MEZ)
- Dauer: ca. 60 Minuten
- Gesprächspartner: Herr Dr. Florian Gruber (Leiter IT-Betrieb) und Frau Verena Huber (Personalreferentin)

Das Gespräch findet auf Englisch statt. Den Link zur Teams-Besprechung erhalten Sie nach Ihrer Bestätigung.

Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen
Verena Huber
Personalreferentin
Alpenblick Versicherung AG""",
            brand="Alpenblick Versicherung", logo="https://alpenblick.jobs.personio.de/logo.png",
            accent="#00693e", tracker=None,
            footer="""Alpenblick Versicherung AG · Maximilianstraße 35, 80539 München
Vorstand: Dr. Stefanie Berger (Vorsitzende), Markus Wendl · Vorsitzender des Aufsichtsrats: Georg Pichler
Sitz: München · Registergericht: Amtsgericht München HRB 194402"""),
        charset="utf-8", cte="quoted-printable",
        company="Alpenblick Versicherung", contact="verena.huber@alpenblick-versicherung.example.de",
    ),
    msg(
        kind="interview_invitation", scenario="du_call_startup", lang="de",
        frm=("Lea Brandt", "lea@spreewerk.example.de"),
        subject="Lust auf einen Call?",
        date="2026-05-26 12:08 +0200",
        text="""Hi Ciarán,

ich bin Lea, Engineering Lead bei Spreewerk. Danke für deine Bewerbung als Platform Engineer (remote)! Dein Werdegang vom Testing Richtung SRE finden wir super spannend, genau diese Mischung fehlt uns im Team.

Hättest du Lust auf ein erstes Kennenlerngespräch? Ca. 45 Minuten per Google Meet, gerne auf Englisch. Wir erzählen dir, woran wir gerade bauen (Terraform, ArgoCD, viel zu viele Bash-Skripte 😅), und du erzählst uns von dir.

Passt dir Donnerstag oder Freitag diese Woche, irgendwann zwischen 10 und 16 Uhr? Schick mir einfach ein paar Zeiten.

Liebe Grüße aus Berlin
Lea

Spreewerk GmbH · Köpenicker Str. 70 · 10179 Berlin
Geschäftsführer: Malte Sommer · HRB 201133 B, Amtsgericht Charlottenburg
""",
        charset="utf-8", cte="8bit",
        company="Spreewerk", contact="lea@spreewerk.example.de",
    ),
    msg(
        kind="interview_invitation", scenario="zweites_gespraech_chain", lang="de",
        frm=("Henning Claußen", "h.claussen@hanserz.example.de"),
        subject="AW: Ihre Bewerbung - Rückmeldung",
        date="2026-07-15 10:34 +0200",
        msgid=HANSE_INVITE,
        in_reply_to="<CAO8f2+hanse2@mail.gmail.com>",
        references=["<6f0e1b3c-hanse-erst@hanserz.example.de>", "<CAO8f2+hanse2@mail.gmail.com>"],
        text="""Guten Morgen Herr Delacroix-Mwangi,

danke für Ihre Nachfrage, und Entschuldigung, dass es etwas gedauert hat. Gute Nachrichten: Wir möchten Sie gerne zu einem zweiten Gespräch einladen, diesmal mit unserem Bereichsleiter Infrastruktur, Herrn Thießen.

Vorschlag: Mittwoch, 22. Juli, 10:00 Uhr (MESZ) per Videokonferenz (Webex). Den Link sende ich Ihnen nach Ihrer Zusage.

Beste Grüße
Henning Claußen
Recruiting
Hanseatisches Rechenzentrum GmbH
Überseering 12, 22297 Hamburg

Am 13.07.2026 um 18:02 schrieb Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>:
> Sehr geehrter Herr Claußen,
>
> ich wollte mich nach dem Stand meiner Bewerbung erkundigen. Falls Sie sich
> leider gegen mich entschieden haben, wäre ich für eine kurze Rückmeldung dankbar.
>
> Mit freundlichen Grüßen
> Ciarán Delacroix-Mwangi
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="Hanseatisches Rechenzentrum", contact="h.claussen@hanserz.example.de",
    ),
    msg(
        kind="interview_invitation", scenario="google_kalender_einladung", lang="de",
        frm=("Tobias Wimmer", "tobias.wimmer@isarlogik.example.de"),
        subject="Einladung: Technisches Interview Isarlogik @ Di. 14. Apr. 2026 10:00 - 11:00 (MESZ) (ciaran.dm@example.ie)",
        date="2026-04-07 15:58 +0200",
        text="""Hallo Ciarán,

wie telefonisch besprochen hier die Einladung zum technischen Interview. Wir schauen uns gemeinsam ein kaputtes Helm-Deployment an und reden über Monitoring. Bitte kurz über den Kalender zusagen.

Viele Grüße
Tobias

Technisches Interview Isarlogik
Dienstag, 14. April 2026 · 10:00 – 11:00 (Mitteleuropäische Sommerzeit - Berlin)
Google Meet: https://meet.google.com/xkp-wvqa-rtd
Organisator: tobias.wimmer@isarlogik.example.de
Einladung von Google Kalender: https://calendar.google.com/calendar/
""",
        html=gmail_html("""Hallo Ciarán,

wie telefonisch besprochen hier die Einladung zum technischen Interview. Wir schauen uns gemeinsam ein kaputtes Helm-Deployment an und reden über Monitoring. Bitte kurz über den Kalender zusagen.

Viele Grüße
Tobias

Technisches Interview Isarlogik
Dienstag, 14. April 2026 · 10:00 – 11:00 (Mitteleuropäische Sommerzeit - Berlin)
[An Google Meet teilnehmen](https://meet.google.com/xkp-wvqa-rtd)
Organisator: tobias.wimmer@isarlogik.example.de"""),
        ics={"method": "REQUEST", "uid": "3v8q1k5m0c7h2t9r4b6nz1@google.com", "sequence": 0,
             "start": "2026-04-14 08:00", "minutes": 60, "summary": "Technisches Interview Isarlogik",
             "location": "https://meet.google.com/xkp-wvqa-rtd",
             "organizer": ("Tobias Wimmer", "tobias.wimmer@isarlogik.example.de"),
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "cte": "base64"},
        charset="utf-8", cte="base64",
        company="Isarlogik", contact="tobias.wimmer@isarlogik.example.de",
    ),
    msg(
        kind="interview_invitation", scenario="smartrecruiters_entrevista_usted", lang="es",
        frm=("Nauta Seguros – Selección", "no-reply@smartrecruiters.com"),
        reply_to=("Laura Castells", "laura.castells@nautaseguros.example.es"),
        subject="Invitación a entrevista – Ingeniero/a SRE",
        date="2026-06-08 10:40 +0200",
        msgid=NAUTA_INVITE,
        html=ats_html(
            """Estimado Ciarán:

Gracias por su interés en la posición de Ingeniero/a SRE en Nauta Seguros. Tras revisar su candidatura, nos complace invitarle a una entrevista presencial en nuestras oficinas de Barcelona.

- Fecha: jueves, 18 de junio de 2026
- Hora: 10:00 h
- Lugar: Nauta Seguros, Av. Diagonal 640, planta 6, 08017 Barcelona
- Entrevistadores: Jordi Serra (Responsable de Plataforma) y Laura Castells (Talento)

La entrevista durará aproximadamente una hora y se realizará en inglés y español.

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
Laura Castells
Departamento de Talento
Nauta Seguros""",
            brand="Nauta Seguros", logo="https://c.smartrecruiters.com/sr-company-logo-prod/nautaseguros.png",
            accent="#005b96", tracker="https://jobs.smartrecruiters.com/t/",
            footer="""Nauta Seguros, S.A. · Av. Diagonal 640, 08017 Barcelona · Inscrita en el Registro Mercantil de Barcelona, Tomo 41.220, Folio 88, Hoja B-390112

Sus datos se tratan conforme al RGPD. [Política de privacidad](https://www.nautaseguros.example.es/privacidad)"""),
        cte="quoted-printable",
        company="Nauta Seguros", contact="laura.castells@nautaseguros.example.es",
    ),
    msg(
        kind="interview_invitation", scenario="entrevista_tu_chain", lang="es",
        frm=("Pau Ribas", "pau.ribas@barcelonetagames.example.es"),
        subject="Re: Candidatura Build & Release Engineer",
        date="2026-09-08 13:15 +0200",
        msgid=BARCELONETA_INVITE,
        in_reply_to="<CAO8f2+bcngames@mail.gmail.com>",
        text="""¡Hola Ciarán!

Gracias por escribir. Sí, tu candidatura nos ha gustado mucho y queremos conocerte. ¿Te va bien una entrevista el viernes 11 a las 12:00? Sería por Meet, con Núria (nuestra lead de herramientas) y yo. Hablaremos de pipelines, de cómo testeáis builds grandes y de lo que te apetece hacer.

Dime algo y te mando la invitación.

Pau Ribas
Engineering Manager · Barceloneta Games

El lun, 7 sept 2026 a las 9:30, Ciarán Delacroix-Mwangi (<ciaran.dm@example.ie>) escribió:
> Hola Pau,
> Te escribo para preguntar por mi candidatura al puesto de Build & Release
> Engineer. Entiendo que habréis recibido muchas solicitudes; si no encaja, no
> pasa nada, pero agradecería saberlo.
> Un saludo,
> Ciarán
""",
        charset="utf-8", cte="quoted-printable",
        company="Barceloneta Games", contact="pau.ribas@barcelonetagames.example.es",
    ),
    msg(
        kind="interview_invitation", scenario="agencia_cliente_es", lang="es",
        frm=("Beatriz Lozano", "blozano@huntingsur.example.es"),
        subject="Entrevista con Grupo Sanitario Llevant",
        date="2026-04-21 17:40 +0200",
        msgid="<20260421174002.hunting.sur.3381@huntingsur.example.es>",
        text="""Hola Ciarán, ¿qué tal?

Te escribo porque Grupo Sanitario Llevant quiere entrevistarte para la posición de DevOps / SRE que te comenté. ¡Les ha encantado tu experiencia en testing de software médico!

La primera entrevista sería con la directora de sistemas, Montse Vidal, el martes 28 de abril a las 16:00 por Teams. Dura unos 45 minutos.

¿Me confirmas si te encaja? Si quieres, el lunes hacemos una llamada de 15 minutos para prepararla.

Un saludo,
Beatriz Lozano
Consultora Tecnológica · Hunting Sur
Tel. 611 555 032
""",
        charset="iso-8859-1", cte="8bit",
        company="Grupo Sanitario Llevant", contact="blozano@huntingsur.example.es",
    ),
    msg(
        kind="interview_invitation", scenario="entrevista_telefonica_sin_tildes", lang="es",
        frm=("Ines Otero", "iotero@trenescantabrico.example.es"),
        subject="Entrevista telefonica - Tecnico de Sistemas",
        date="2026-08-25 09:12 +0200",
        text="""Estimado Ciaran:

Le escribo de parte del departamento de Recursos Humanos de Trenes del Cantabrico. Hemos revisado su solicitud para el puesto de Tecnico de Sistemas (modalidad teletrabajo) y nos gustaria realizar una primera entrevista telefonica.

Le propongo el miercoles 2 de septiembre a las 11:00 (hora peninsular). Si no le fuera posible, indiqueme otra franja esa semana.

Quedo a la espera de su confirmacion.

Un saludo cordial,
Ines Otero
Tecnica de Seleccion
Trenes del Cantabrico
""",
        cte="7bit",
        company="Trenes del Cantabrico", contact="iotero@trenescantabrico.example.es",
    ),
    msg(
        kind="interview_invitation", scenario="icims_convocation_vous", lang="fr",
        frm=("Banque Azur & Rhône – Recrutement", "noreply@banqueazur.icims.com"),
        reply_to=("Sophie Marchand", "sophie.marchand@banqueazur.example.fr"),
        subject="Convocation à un entretien – Ingénieur Fiabilité (H/F)",
        date="2026-10-12 09:25 +0200",
        msgid=AZUR_INVITE,
        html=ats_html(
            """Bonjour Monsieur Delacroix-Mwangi,

Nous avons bien étudié votre candidature au poste d'Ingénieur Fiabilité (H/F) au sein de notre Direction des Infrastructures et nous avons le plaisir de vous convier à un premier entretien.

- Date : mardi 20 octobre 2026
- Heure : 10h00 (heure de Paris)
- Format : visioconférence Microsoft Teams, environ 1 heure
- Interlocuteurs : M. Olivier Bastide, responsable de la production informatique, et moi-même

Nous vous remercions de bien vouloir nous confirmer votre disponibilité en répondant directement à ce message.

Dans l'attente de vous rencontrer, nous vous prions d'agréer nos salutations distinguées.

Sophie Marchand
Chargée de recrutement
Banque Azur & Rhône""",
            brand="Banque Azur & Rhône", logo="https://banqueazur.icims.com/images/logo_bar.png",
            accent="#003d7c", tracker="https://banqueazur.icims.com/r?l=",
            pixel="https://banqueazur.icims.com/t/open.gif?id=77120",
            footer="""Banque Azur & Rhône – Société anonyme au capital de 310 000 000 € – 2 place de la Bourse, 69002 Lyon – RCS Lyon 955 501 428"""),
        cte="quoted-printable",
        company="Banque Azur & Rhône", contact="sophie.marchand@banqueazur.example.fr",
    ),
    msg(
        kind="interview_invitation", scenario="entretien_tu_startup", lang="fr",
        frm=("Maxime Tardieu", "maxime@tartinecloud.example.fr"),
        subject="On se parle ?",
        date="2026-09-01 18:21 +0200",
        msgid=TARTINE_INVITE,
        text="""Salut Ciarán,

Merci pour ta candidature chez Tartine Cloud ! On a adoré ton side-project de tests de charge sur Raspberry Pi, ça change des CV habituels.

Est-ce que tu serais dispo lundi 7 septembre à 10h pour un premier entretien en visio ? Ce serait avec moi (CTO) et Inès qui s'occupe de l'infra. Une heure max, on parle de ton parcours, de notre stack (Scaleway, Kubernetes, pas mal de Rust) et de ce que tu cherches.

Je t'envoie le lien Meet dès que tu confirmes.

À très vite,
Maxime

--
Maxime Tardieu – CTO & cofondateur
Tartine Cloud · 12 rue de la Pépinière, Nantes
""",
        charset="utf-8", cte="quoted-printable",
        company="Tartine Cloud", contact="maxime@tartinecloud.example.fr",
    ),
    msg(
        kind="interview_invitation", scenario="visio_apple_mail", lang="fr",
        frm=("Claire Vasseur", "claire.vasseur@meridia-sante.example.fr"),
        subject="Re: Candidature – Ingénieur DevOps",
        date="2026-03-13 10:02 +0100",
        in_reply_to="<A3C1F0B7-5E2D-4B8A-9C11-ciaran@example.ie>",
        text="""Bonjour Ciarán,

Merci pour votre retour rapide. Je vous propose donc un entretien en visio jeudi 19 mars à 15h (heure de Paris), avec Antoine Giraud, notre responsable DevOps. Vous recevrez une invitation Teams dans la journée.

Belle journée,

Claire Vasseur
Talent Acquisition – Meridia Santé
Envoyé de mon iPad

> Le 12 mars 2026 à 09:14, Ciarán Delacroix-Mwangi <ciaran.dm@example.ie> a écrit :
>
> Bonjour Claire,
>
> Merci pour votre message. Je suis disponible jeudi ou vendredi prochain, de
> préférence l'après-midi.
>
> Bien cordialement,
> Ciarán
""",
        charset="utf-8", cte="8bit",
        headers=[("X-Mailer", "iPad Mail (21E236)")],
        company="Meridia Santé", contact="claire.vasseur@meridia-sante.example.fr",
    ),
    # ================================================================== interview_reschedule_or_cancel
    msg(
        kind="interview_reschedule_or_cancel", scenario="fastnet_move_to_friday", lang="en",
        frm=("Niamh Kelleher", "niamh.kelleher@fastnetcloud.example.ie"),
        subject="Re: Interview invitation: Site Reliability Engineer at Fastnet Cloud",
        date="2026-03-17 12:03 +0000",
        in_reply_to=FASTNET_INVITE,
        text="""Hi Ciarán,

Apologies for the shuffle - Eoin has been pulled into an all-day planning session on Thursday. Could we move your interview from Thursday 19th at 11:00 to Friday 20th at 10:30? Same Google Meet link, same format.

If Friday doesn't suit, let me know and I'll find another slot early next week.

Thanks for your flexibility,
Niamh

Niamh Kelleher
Talent Partner | Fastnet Cloud
""",
        cte="7bit",
        company="Fastnet Cloud", contact="niamh.kelleher@fastnetcloud.example.ie",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="calendar_cancel_same_uid", lang="en",
        frm=("Oisín Kavanagh", "oisin.kavanagh@liskinsurance.example.ie"),
        subject="Canceled: Technical interview – Ciarán Delacroix-Mwangi / Lisk Insurance",
        date="2026-03-11 17:45 +0000",
        in_reply_to=LISK_INVITE,
        text="""Hi Ciarán,

I'm really sorry to do this at short notice - Tomasz is out sick and I don't want to run the troubleshooting exercise without him. I'm cancelling tomorrow's slot; Lorraine will be in touch with a couple of new dates next week.

Apologies again,
Oisín
""",
        html=outlook_html("""Hi Ciarán,

I'm really sorry to do this at short notice - Tomasz is out sick and I don't want to run the troubleshooting exercise without him. I'm cancelling tomorrow's slot; Lorraine will be in touch with a couple of new dates next week.

Apologies again,
Oisín"""),
        ics={"method": "CANCEL", "uid": LISK_UID, "sequence": 1, "start": "2026-03-12 10:00", "minutes": 60,
             "summary": "Canceled: Technical interview – Ciarán Delacroix-Mwangi / Lisk Insurance",
             "location": "Microsoft Teams Meeting", "status": "CANCELLED",
             "organizer": ("Oisín Kavanagh", "oisin.kavanagh@liskinsurance.example.ie")},
        cte="quoted-printable",
        headers=[("Thread-Topic", "Technical interview – Ciarán Delacroix-Mwangi / Lisk Insurance")],
        company="Lisk Insurance Group", contact="oisin.kavanagh@liskinsurance.example.ie",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="calendar_sequence_update", lang="en",
        frm=("Shauna Devlin", "shauna.devlin@ardmoresystems.example.ie"),
        subject="Updated invitation: Platform interview - Ardmore Systems @ Thu 21 May 2026 15:00 - 16:00 (IST) (ciaran.dm@example.ie)",
        date="2026-05-18 09:31 +0100",
        text="""This event has been changed.

Platform interview - Ardmore Systems
When: CHANGED Thursday 21 May 2026 ⋅ 15:00 – 16:00 (Irish Standard Time - Dublin)
(previously Thursday 21 May 2026 ⋅ 11:00 – 12:00)
Joining info: meet.google.com/vcx-ptqe-hwa

Note from Shauna: Ciarán, we had to move this to the afternoon as Killian is now flying back from Amsterdam that morning. Hope 3pm still works - shout if not!

Organiser: shauna.devlin@ardmoresystems.example.ie
Guests: Killian Roche, Ciarán Delacroix-Mwangi

Invitation from Google Calendar
""",
        html=gmail_html("""This event has been changed.

Platform interview - Ardmore Systems
When: CHANGED Thursday 21 May 2026 ⋅ 15:00 – 16:00 (Irish Standard Time - Dublin)
(previously Thursday 21 May 2026 ⋅ 11:00 – 12:00)
[Join with Google Meet](https://meet.google.com/vcx-ptqe-hwa)

Note from Shauna: Ciarán, we had to move this to the afternoon as Killian is now flying back from Amsterdam that morning. Hope 3pm still works - shout if not!

Organiser: shauna.devlin@ardmoresystems.example.ie
Guests: Killian Roche, Ciarán Delacroix-Mwangi"""),
        ics={"method": "REQUEST", "uid": "7k2m9q4t1v8x3z6b0n5c@google.com", "sequence": 1,
             "start": "2026-05-21 14:00", "minutes": 60, "summary": "Platform interview - Ardmore Systems",
             "location": "https://meet.google.com/vcx-ptqe-hwa",
             "organizer": ("Shauna Devlin", "shauna.devlin@ardmoresystems.example.ie"),
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
        ics_as_attachment=True,
        cte="quoted-printable",
        company="Ardmore Systems", contact="shauna.devlin@ardmoresystems.example.ie",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="switched_to_video_strike", lang="en",
        frm=("Fiona Strachan", "fiona.strachan@firthdatatrust.example.co.uk"),
        subject="RE: Interview – Platform Engineer (Firth Data Trust)",
        date="2026-05-26 16:20 +0100",
        in_reply_to=FIRTH_INVITE,
        text="""Dear Ciarán,

With the rail strike now confirmed for Thursday, we don’t want you stranded between Edinburgh Airport and the city. We’ll keep the same time (14:00) but hold the interview on Microsoft Teams instead of in person. I’ll send the link tomorrow morning.

The format is otherwise unchanged. Please accept my apologies for the late change.

Best wishes,
Fiona

Fiona Strachan
Head of Digital Services
Firth Data Trust

-----Original Message-----
From: Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Sent: 15 May 2026 09:02
To: Fiona Strachan <fiona.strachan@firthdatatrust.example.co.uk>
Subject: RE: Interview – Platform Engineer (Firth Data Trust)

Dear Fiona,

Thank you for the invitation - I'm pleased to confirm I can attend on Thursday 28 May at 14:00 at Quartermile Two. I'll be flying in from Dublin that morning.

Kind regards,
Ciarán
""",
        charset="windows-1252", cte="8bit",
        company="Firth Data Trust", contact="fiona.strachan@firthdatatrust.example.co.uk",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="interviewer_off_sick", lang="en",
        frm=("Sarah Costigan", "sarah.costigan@bruhealth.example.ie"),
        subject="Re: Platform Engineer - quick chat?",
        date="2026-02-04 08:05 +0000",
        in_reply_to="<CAO8f2+bru-confirm@mail.gmail.com>",
        references=[BRU_SCREEN, "<CAO8f2+bru-confirm@mail.gmail.com>"],
        text="""Hi Ciarán,

Unfortunately I'm off sick today and won't be back until Monday, so I need to move our call tomorrow. Would Tuesday 10th at 2pm work instead? Same number.

Sorry about this!
Sarah

Sent from Outlook for Android
""",
        cte="7bit",
        company="Brú Health", contact="sarah.costigan@bruhealth.example.ie",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="agency_push_next_week", lang="en",
        frm=("Jordan Pike - Rocket Talent", "jordan.pike@rockettalent.example.co.uk"),
        subject="RE: GREAT NEWS!!! Southbank Streaming want to meet you!!",
        date="2026-04-21 12:48 +0100",
        in_reply_to=ROCKET_INVITE,
        text="""Hi Ciarán,

Slight change of plan!! Hannah has been dragged into a big launch tomorrow so Southbank need to push your interview to NEXT WEEK - they've offered Tuesday 28th at 11am (same format, video). Don't worry AT ALL, this happens all the time and they're still super keen!!

Can you do the 28th? Let me know and I'll confirm with them today.

Cheers,
Jordan

JORDAN PIKE | Senior Recruitment Consultant – Cloud & Infrastructure
ROCKET TALENT | Mob: 07700 900 441
""",
        charset="utf-8", cte="quoted-printable",
        company="Southbank Streaming", contact="jordan.pike@rockettalent.example.co.uk",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="cancel_manager_left_outlook", lang="en",
        frm=("Deirdre Cotter", "deirdre.cotter@cobhmaritime.example.ie"),
        subject="Thursday's interview",
        date="2026-06-16 15:12 +0100",
        html=outlook_html("""Dear Ciarán,

I'm afraid I have to cancel your interview on Thursday 18 June. The hiring manager for the Reliability Engineer role, Seán, has left the company at short notice and we want his successor to be part of the decision.

The role itself remains open and we are still very interested in your application. I expect to be back to you with new dates in early July, once the new manager is in place.

Apologies for the inconvenience.

Kind regards,
Deirdre Cotter
HR Manager
Cobh Maritime Software
Deepwater Quay, Cobh, Co. Cork P24 X9K2
+353 21 555 0166

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee."""),
        charset="windows-1252", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        company="Cobh Maritime Software", contact="deirdre.cotter@cobhmaritime.example.ie",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="ashby_pick_new_time", lang="en",
        frm=("Tessellate Money", "no-reply@ashbyhq.com"),
        subject="Action needed: please reschedule your interview with Tessellate Money",
        date="2026-04-27 17:02 +0100",
        in_reply_to=TESSELLATE_INVITE,
        html=ats_html(
            """Hi Ciarán,

Due to a change in one of our interviewers' availability, your panel interview on Thursday 30 April has been cancelled and needs to be rebooked.

Please choose a new time that works for you from the available slots:

[Pick a new time](https://app.ashbyhq.com/interview-scheduling/tessellate/c81a70e2)

We're sorry for the inconvenience and look forward to speaking soon.

Tessellate Money Recruiting""",
            brand="Tessellate Money", logo="https://app.ashbyhq.com/api/images/org-theme-logo/tessellate.png",
            accent="#5a189a", tracker="https://app.ashbyhq.com/t/",
            footer="This is an automated message from Ashby on behalf of Tessellate Money. Replies to this address are not monitored."),
        cte="quoted-printable",
        company="Tessellate Money", contact="",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="mobile_running_late", lang="en",
        frm=("Ruairí Breen", "ruairi@hookheadlabs.example.ie"),
        to=[CAND],
        subject="Re: DevOps / SRE at Hookhead",
        date="2026-06-08 10:49 +0100",
        in_reply_to=HOOKHEAD_CALL,
        text="""Stuck in a board call that's overrunning, sorry. Can we push to 11:45? Will ring you then.

R.

Get Outlook for iOS
""",
        cte="7bit",
        company="Hookhead Labs", contact="ruairi@hookheadlabs.example.ie",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="terminverschiebung_sie", lang="de",
        frm=("Verena Huber", "verena.huber@alpenblick-versicherung.example.de"),
        subject="AW: Einladung zum Vorstellungsgespräch – Terminverschiebung",
        date="2026-03-06 14:44 +0100",
        in_reply_to=ALPENBLICK_INVITE,
        text="""Sehr geehrter Herr Delacroix-Mwangi,

leider muss ich unser Gespräch am kommenden Dienstag, 10. März, verschieben, da Herr Dr. Gruber kurzfristig an einer Vorstandssitzung teilnehmen muss.

Wäre Ihnen stattdessen Donnerstag, 12. März, um 15:00 Uhr (MEZ) recht? Der Ablauf bleibt unverändert, das Gespräch findet weiterhin über Microsoft Teams statt.

Ich bitte die Unannehmlichkeiten zu entschuldigen und freue mich über Ihre kurze Rückmeldung.

Mit freundlichen Grüßen
Verena Huber
Personalreferentin
Alpenblick Versicherung AG
Maximilianstraße 35 · 80539 München
Tel. +49 89 555 2210

Von: Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Gesendet: Montag, 2. März 2026 17:48
An: Verena Huber <verena.huber@alpenblick-versicherung.example.de>
Betreff: AW: Einladung zum Vorstellungsgespräch – Cloud Platform Engineer (m/w/d)

Sehr geehrte Frau Huber,

vielen Dank für die Einladung. Den Termin am Dienstag, 10. März, um 14:00 Uhr bestätige ich gerne.

Mit freundlichen Grüßen
Ciarán Delacroix-Mwangi
""",
        charset="windows-1252", cte="8bit",
        company="Alpenblick Versicherung", contact="verena.huber@alpenblick-versicherung.example.de",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="softgarden_termin_abgesagt", lang="de",
        frm=("Hafenkran Systems GmbH", "noreply@softgarden.io"),
        reply_to=("Birte Lorenzen", "birte.lorenzen@hafenkran-systems.example.de"),
        subject="Absage Ihres Gesprächstermins am 24.09.2026 – neuer Termin folgt",
        date="2026-09-22 11:30 +0200",
        html=ats_html(
            """Sehr geehrter Herr Delacroix-Mwangi,

wir müssen Ihren Gesprächstermin am Donnerstag, 24.09.2026, um 13:00 Uhr leider absagen, da unser Teamleiter DevOps erkrankt ist.

Ihre Bewerbung als Site Reliability Engineer (m/w/d) ist davon selbstverständlich nicht betroffen – wir möchten Sie weiterhin gerne kennenlernen. Sie erhalten in den nächsten Tagen einen neuen Terminvorschlag von uns.

Bei Fragen antworten Sie gerne direkt auf diese E-Mail.

Freundliche Grüße
Birte Lorenzen
HR Business Partner
Hafenkran Systems GmbH""",
            brand="Hafenkran Systems", logo="https://softgarden.io/assets/companies/hafenkran/logo.svg",
            accent="#0d3b66", tracker="https://hafenkran.softgarden.io/t/",
            footer="""Hafenkran Systems GmbH · Am Sandtorkai 58 · 20457 Hamburg
Geschäftsführer: Ole Brodersen, Dr. Wiebke Janssen · Amtsgericht Hamburg HRB 150377"""),
        charset="utf-8", cte="quoted-printable",
        company="Hafenkran Systems", contact="birte.lorenzen@hafenkran-systems.example.de",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="cambio_al_lunes", lang="es",
        frm=("Pau Ribas", "pau.ribas@barcelonetagames.example.es"),
        subject="Re: Candidatura Build & Release Engineer",
        date="2026-09-10 18:22 +0200",
        in_reply_to=BARCELONETA_INVITE,
        text="""Ciarán, perdona el cambio de última hora: a Núria le ha surgido un viaje a Madrid mañana. ¿Podemos pasar la entrevista al lunes 14 a la misma hora (12:00)? El enlace de Meet es el mismo.

Gracias y disculpa,
Pau
""",
        charset="utf-8", cte="8bit",
        company="Barceloneta Games", contact="pau.ribas@barcelonetagames.example.es",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="cambio_a_videollamada", lang="es",
        frm=("Nauta Seguros – Selección", "no-reply@smartrecruiters.com"),
        reply_to=("Laura Castells", "laura.castells@nautaseguros.example.es"),
        subject="Cambio de formato: su entrevista del 18 de junio",
        date="2026-06-16 09:10 +0200",
        in_reply_to=NAUTA_INVITE,
        html=ats_html(
            """Estimado Ciarán:

Le escribimos en relación con su entrevista del próximo jueves 18 de junio a las 10:00 h para el puesto de Ingeniero/a SRE.

Debido a unas obras imprevistas en nuestra sede de Diagonal, la entrevista se realizará por videollamada (Microsoft Teams) en lugar de presencialmente. La fecha, la hora y los entrevistadores se mantienen.

[Unirse a la reunión de Teams](https://teams.microsoft.com/l/meetup-join/19%3ameeting_nauta0618%40thread.v2/0)

Disculpe las molestias. Para cualquier duda, puede responder a este correo.

Atentamente,
Laura Castells
Nauta Seguros""",
            brand="Nauta Seguros", logo="https://c.smartrecruiters.com/sr-company-logo-prod/nautaseguros.png",
            accent="#005b96", tracker="https://jobs.smartrecruiters.com/t/",
            footer="Nauta Seguros, S.A. · Av. Diagonal 640, 08017 Barcelona"),
        cte="quoted-printable",
        company="Nauta Seguros", contact="laura.castells@nautaseguros.example.es",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="report_entretien_vous", lang="fr",
        frm=("Sophie Marchand", "sophie.marchand@banqueazur.example.fr"),
        subject="Report de notre entretien du 20 octobre",
        date="2026-10-16 11:48 +0200",
        in_reply_to=AZUR_INVITE,
        text="""Bonjour Monsieur Delacroix-Mwangi,

Je me permets de revenir vers vous au sujet de votre entretien prévu le mardi 20 octobre à 10h. M. Bastide étant retenu par un incident de production majeur, nous sommes contraints de le reporter.

Pourriez-vous vous rendre disponible le jeudi 22 octobre à 14h ? Le format reste identique (Teams, environ une heure).

En vous priant de nous excuser pour ce contretemps, je vous adresse mes meilleures salutations.

Sophie Marchand
Chargée de recrutement
Banque Azur & Rhône
04 72 55 18 30
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="Banque Azur & Rhône", contact="sophie.marchand@banqueazur.example.fr",
    ),
    msg(
        kind="interview_reschedule_or_cancel", scenario="annulation_chaine_outlook", lang="fr",
        frm=("Romain Lefèvre", "romain.lefevre@ateliernuage.example.fr"),
        subject="RE: Entretien technique – Atelier Nuage",
        date="2026-08-27 08:40 +0200",
        in_reply_to="<PAXP193MB2210C1@PAXP193MB2210.EURP193.PROD.OUTLOOK.COM>",
        references=["<PAXP193MB22109A@PAXP193MB2210.EURP193.PROD.OUTLOOK.COM>",
                    "<PAXP193MB2210C1@PAXP193MB2210.EURP193.PROD.OUTLOOK.COM>"],
        text="""Bonjour Ciarán,

Nous devons malheureusement annuler l’entretien technique de demain : notre lead infra est en déplacement chez un client toute la semaine. Je reviens vers vous lundi avec de nouveaux créneaux pour la semaine du 7 septembre.

Toutes mes excuses,
Romain

Romain Lefèvre | Responsable recrutement | Atelier Nuage
Lyon – Confluence

De : Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Envoyé : mardi 25 août 2026 19:05
À : Romain Lefèvre <romain.lefevre@ateliernuage.example.fr>
Objet : RE: Entretien technique – Atelier Nuage

Bonjour Romain,
C’est noté pour vendredi 28 à 11h. Petite question : si vous décidez de ne pas donner suite après cet entretien, est-ce que j’aurai un retour écrit ?
Merci,
Ciarán

De : Romain Lefèvre <romain.lefevre@ateliernuage.example.fr>
Envoyé : lundi 24 août 2026 16:30
À : Ciarán Delacroix-Mwangi <ciaran.dm@example.ie>
Objet : Entretien technique – Atelier Nuage

Bonjour Ciarán,
Suite à notre échange téléphonique, je vous propose un entretien technique le vendredi 28 août à 11h en visio.
Cordialement,
Romain
""",
        charset="utf-8", cte="quoted-printable",
        company="Atelier Nuage", contact="romain.lefevre@ateliernuage.example.fr",
    ),
    # ================================================================== missed_interview_notice
    msg(
        kind="missed_interview_notice", scenario="waited_in_reception", lang="en",
        frm=("Aisling Quirke", "aisling.quirke@grandcanalre.example.ie"),
        subject="Your interview this morning",
        date="2026-02-26 11:02 +0000",
        text="""Hi Ciarán,

We were expecting you at 10:00 this morning for your interview for the Infrastructure Reliability Engineer role and waited in reception until about 10:30, but there was no sign of you. I also left a voicemail on the number on your CV.

I hope everything is OK. If something came up, please let me know by Friday and I'll see whether the panel can offer another slot - I can't promise, as they are finalising the shortlist next week.

Regards,
Aisling Quirke
Talent Acquisition
Grand Canal Re
Block C, Grand Canal Plaza, Dublin 4
+353 1 555 0790
""",
        cte="7bit",
        company="Grand Canal Re", contact="aisling.quirke@grandcanalre.example.ie",
    ),
    msg(
        kind="missed_interview_notice", scenario="greenhouse_did_not_join", lang="en",
        frm=("Kilmainham Data via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Owen Mulligan", "owen.mulligan@kilmainhamdata.example.ie"),
        subject="We missed you today",
        date="2026-04-16 15:40 +0100",
        html=ats_html(
            """Hi Ciarán,

Your interviewer, Ruth Geraghty, was waiting on the Zoom call for your Platform Engineer technical interview at 14:00 today, but it looks like you didn't join.

We understand that things come up. If you're still interested in the role, reply to this email within the next three working days and we'll try to find a new time. If we don't hear from you, we'll assume you'd like to withdraw your application.

Thanks,
Owen Mulligan
Recruiter, Kilmainham Data""",
            brand="Kilmainham Data", logo="https://s3.amazonaws.com/grnhse-prod/logos/kilmainham_data.png",
            accent="#2b2d42", tracker="https://click.greenhouse-mail.io/ls/click?upn=",
            pixel="https://click.greenhouse-mail.io/wf/open?upn=kd77",
            footer="Kilmainham Data · 8 Bow Lane, Dublin 8 · Sent via Greenhouse"),
        cte="quoted-printable",
        company="Kilmainham Data", contact="owen.mulligan@kilmainhamdata.example.ie",
    ),
    msg(
        kind="missed_interview_notice", scenario="tried_to_call", lang="en",
        frm=("Brendan Hogan", "brendan.hogan@suirvalleymedical.example.ie"),
        subject="Phone interview today",
        date="2026-05-07 14:21 +0100",
        text="""Hi Ciarán,

I tried to call you at 2pm as arranged for the phone interview (Software Reliability Engineer), twice, but it went straight to voicemail.

Is everything ok? If you still want to go ahead, let me know a couple of times that suit tomorrow or Monday and I'll try again.

Thanks,
Brendan

Brendan Hogan
Engineering Manager – Connected Devices
SVM Medical
Waterford Industrial Estate, Cork Road, Waterford
""",
        cte="7bit",
        company="SVM Medical", contact="brendan.hogan@suirvalleymedical.example.ie",
    ),
    msg(
        kind="missed_interview_notice", scenario="trial_day_no_show", lang="en",
        frm=("Cian Walsh", "cian@brewline.example.ie"),
        subject="?",
        date="2026-08-10 10:15 +0100",
        text="""Hey Ciarán,

You were due in for the paid trial day at 9 this morning (shadowing the on-call and fixing a couple of pipeline tickets) but we haven't seen you yet and you're not answering your phone. We've a desk set up and Laura cleared her morning for it.

Can you let me know what's going on? If you're running late that's fine, just give us a shout. If you've changed your mind about the role, no hard feelings but please tell us.

Cian
Brewline | Unit 4, Marina Commercial Park, Cork
""",
        cte="7bit",
        company="Brewline", contact="cian@brewline.example.ie",
    ),
    msg(
        kind="missed_interview_notice", scenario="video_interview_expired", lang="en",
        frm=("Meridian & Vale Bank Early Careers", "no-reply@hirevue-mail.com"),
        subject="Your video interview was not completed",
        date="2026-02-17 08:00 +0000",
        in_reply_to=MERIDIAN_VIDEO,
        html=ats_html(
            """Dear Ciarán,

Our records show that you did not complete your video interview for the Technology Graduate-to-Professional Programme (Site Reliability track) before the deadline of Monday 16 February 2026, 23:59 GMT. Your invitation has now expired.

If exceptional circumstances prevented you from completing the interview, you can request an extension within 48 hours through the link below. Requests after that time cannot be considered.

[Request an extension](https://app.hirevue-mail.com/extension/mvbank/3f5c8a1e)

Kind regards,
Early Careers Recruitment
Meridian & Vale Bank""",
            brand="Meridian & Vale Bank", logo="https://cdn.hirevue-mail.com/brand/mvbank/logo_white_bg.png",
            accent="#00395d", tracker="https://app.hirevue-mail.com/track/c/",
            pixel="https://app.hirevue-mail.com/track/o/mv-5120.png",
            footer="""Meridian & Vale Bank plc. Registered in England and Wales No. 00241167.

This inbox is not monitored."""),
        cte="quoted-printable",
        company="Meridian & Vale Bank", contact="",
    ),
    msg(
        kind="missed_interview_notice", scenario="agency_client_noshow", lang="en",
        frm=("Danny Kerr", "danny.kerr@northlightrecruitment.example.co.uk"),
        subject="what happened??",
        date="2026-07-23 15:34 +0100",
        text="""Ciarán - just had Docklands Trading Systems on the phone, they said you didn't show up for the 3pm video interview with their Head of SRE?? They waited 15 mins and then had to jump to another meeting.

Is everything alright?? Please call me back ASAP - I'm trying to keep this one alive for you but honestly it looks bad from their side. If there was a tech issue with the link tell me and I'll explain it to them.

Danny

Danny Kerr | Principal Consultant | Northlight Recruitment
07700 900 632
""",
        cte="7bit",
        company="Docklands Trading Systems", contact="danny.kerr@northlightrecruitment.example.co.uk",
    ),
    msg(
        kind="missed_interview_notice", scenario="nicht_erschienen", lang="de",
        frm=("Henning Claußen", "h.claussen@hanserz.example.de"),
        subject="Unser Termin heute um 10:00 Uhr",
        date="2026-07-22 11:26 +0200",
        in_reply_to=HANSE_INVITE,
        text="""Sehr geehrter Herr Delacroix-Mwangi,

Herr Thießen und ich haben heute um 10:00 Uhr in der vereinbarten Webex-Konferenz auf Sie gewartet. Leider sind Sie zum Termin nicht erschienen, und wir konnten Sie auch telefonisch nicht erreichen.

Sollte etwas Unvorhergesehenes passiert sein, melden Sie sich bitte bis Freitag bei mir. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Position haben.

Mit freundlichen Grüßen
Henning Claußen
Recruiting
Hanseatisches Rechenzentrum GmbH
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="Hanseatisches Rechenzentrum", contact="h.claussen@hanserz.example.de",
    ),
    msg(
        kind="missed_interview_notice", scenario="videointerview_nicht_teilgenommen", lang="de",
        frm=("Donautal Energie - Karriere", "karriere-noreply@donautal-energie.example.de"),
        subject="Ihr Videointerview am 03.06.2026",
        date="2026-06-03 16:05 +0200",
        html=ats_html(
            """Sehr geehrter Herr Delacroix-Mwangi,

leider haben Sie an dem für heute, 03.06.2026, 14:30 Uhr, vereinbarten Videointerview für die Position "DevOps Engineer (m/w/d)" nicht teilgenommen.

Wenn Sie weiterhin Interesse an der Stelle haben, können Sie über das Bewerberportal innerhalb von fünf Werktagen einen neuen Termin auswählen. Danach wird Ihre Bewerbung automatisch geschlossen.

[Neuen Termin wählen](https://karriere.donautal-energie.example.de/portal/termine)

Mit freundlichen Grüßen
Ihr Recruiting-Team
Donautal Energie""",
            brand="Donautal Energie", logo="https://karriere.donautal-energie.example.de/img/logo.png",
            accent="#e30613", tracker=None,
            footer="""Donautal Energie AG · Donaustraße 1 · 93047 Regensburg · Amtsgericht Regensburg HRB 9021
Vorstand: Klaus Reindl, Dr. Sabine Mayr · Diese E-Mail wurde automatisch versendet, bitte nicht antworten."""),
        charset="iso-8859-1", cte="quoted-printable",
        company="Donautal Energie", contact="",
    ),
    msg(
        kind="missed_interview_notice", scenario="no_te_conectaste", lang="es",
        frm=("Carla Bosch", "carla.bosch@onafintech.example.es"),
        subject="¿Todo bien?",
        date="2026-10-06 12:40 +0200",
        text="""Hola Ciarán,

Te estuvimos esperando en la videollamada de las 12:00 para la entrevista técnica, pero no llegaste a conectarte. Te escribí también por LinkedIn por si acaso.

¿Ha pasado algo? Si quieres, buscamos otro hueco esta semana; dime qué días te van bien.

Un saludo,
Carla Bosch
Talent · Ona Fintech
""",
        charset="utf-8", cte="quoted-printable",
        company="Ona Fintech", contact="carla.bosch@onafintech.example.es",
    ),
    msg(
        kind="missed_interview_notice", scenario="on_t_a_attendu", lang="fr",
        frm=("Maxime Tardieu", "maxime@tartinecloud.example.fr"),
        subject="Re: On se parle ?",
        date="2026-09-07 10:38 +0200",
        in_reply_to=TARTINE_INVITE,
        text="""Salut Ciarán,

On t’a attendu ce matin à 10h sur le Meet avec Inès, mais tu ne t’es pas connecté. J’espère que tout va bien de ton côté !

Si tu as eu un empêchement, dis-moi et on trouve un autre créneau cette semaine.

Maxime
""",
        charset="windows-1252", cte="quoted-printable",
        company="Tartine Cloud", contact="maxime@tartinecloud.example.fr",
    ),
]
