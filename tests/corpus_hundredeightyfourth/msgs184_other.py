"""Corpus 184, kind `other`: 52 hand-written messages (32 en, 6 de, 6 fr, 8 es).

Digests and newsletters, notifications, the candidate's own sent mail, friends, press,
bank/landlord/doctor/school mail, auto-replies and course refusals. None of them is an event
in one of her job applications, whatever words they use.
"""

from __future__ import annotations

from msgs184_common import (
    CANDIDATE,
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    SIG_EN,
    SIG_SHORT,
    newsletter_html,
    newsletter_text,
    quote,
    wrote,
)

ME = CANDIDATE_NAME
ADDR = CANDIDATE_ADDR


def _list(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>,\n <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ---------------------------------------------------------------- digests (shared per message)

_PJ_ITEMS = [
    ("Regulatory Affairs Assistant – Pennine Clinical, Leeds",
     "https://pharmajobs.example.co.uk/j/88121?utm_source=alert",
     "£25,000 – £27,000 · Hybrid · Interviews will be held in the week of 2 February."),
    ("Labelling Coordinator – Kestrel Generics, Wetherby",
     "https://pharmajobs.example.co.uk/j/88140?utm_source=alert",
     "Artwork and leaflet changes for a generics portfolio. Pharmacy background welcome."),
    ("Regulatory Operations Administrator – Calder Pharma Services, Leeds",
     "https://pharmajobs.example.co.uk/j/88152?utm_source=alert",
     "Document control and submission tracking. Closing date 6 February."),
    ("Medicines Information Assistant – Ouse Valley NHS FT, York",
     "https://pharmajobs.example.co.uk/j/88170?utm_source=alert",
     "Band 4. Shortlisted applicants will be invited to an assessment day."),
    ("Quality & Compliance Assistant – Meanwood Specials, Leeds",
     "https://pharmajobs.example.co.uk/j/88177?utm_source=alert",
     "Specials manufacturer. Trial day forms part of the selection process."),
]
_PJ_INTRO = ("Hi Eleanor, here are this week's new jobs matching your alert "
             "'regulatory affairs' within 25 miles of Leeds.")
_PJ_FOOT_TXT = ("You receive this because you created a job alert on PharmaJobs UK.\n"
                "Manage alerts: https://pharmajobs.example.co.uk/alerts\n"
                "Unsubscribe: https://pharmajobs.example.co.uk/u/ewa-7781")
_PJ_FOOT_HTML = ('You receive this because you created a job alert on PharmaJobs UK. '
                 '<a href="https://pharmajobs.example.co.uk/alerts">Manage alerts</a> · '
                 '<a href="https://pharmajobs.example.co.uk/u/ewa-7781">Unsubscribe</a>')

_RCB_ITEMS = [
    ("Rejected? Here's what hiring managers wish you knew",
     "https://regcareers.example.org/articles/after-a-rejection",
     "Three RA managers explain why good candidates get a 'no' and how to ask for feedback."),
    ("From the dispensary to the submissions team",
     "https://regcareers.example.org/articles/dispensary-to-ra",
     "How pharmacy support staff are moving into regulatory affairs, and which skills transfer."),
    ("The competency interview, decoded",
     "https://regcareers.example.org/articles/competency-interview",
     "STAR answers, worked examples and the questions you should ask the panel."),
    ("Salary survey 2026: entry-level RA in the UK and Ireland",
     "https://regcareers.example.org/salary-2026",
     "Median starting salaries by region and company type."),
]

_EP_ITEMS = [
    ("Assistant(e) Affaires Réglementaires (H/F) – Laboratoires Vérane – Lyon 7e",
     "https://emploipharma.example.fr/offre/55120",
     "CDI · Entretiens prévus courant avril · Anglais courant apprécié."),
    ("Chargé(e) de documentation réglementaire – Génériques Saint-Clair – Lyon 1er",
     "https://emploipharma.example.fr/offre/55133",
     "CDD 12 mois · Expérience officine acceptée."),
    ("Technicien(ne) d'information pharmaceutique – Hôpital Saint-Irénée – Lyon 5e",
     "https://emploipharma.example.fr/offre/55141",
     "Fonction publique hospitalière · Candidatures jusqu'au 10 avril."),
]

_IF_ITEMS = [
    ("Técnico/a de Asuntos Regulatorios – Laboratorios Miralbo – Barcelona",
     "https://infofarma-empleo.example.es/oferta/7712",
     "Indefinido · Inglés alto · Entrevistas en junio."),
    ("Asistente de Registros – Farmacéutica Tibidabo – Barcelona",
     "https://infofarma-empleo.example.es/oferta/7730",
     "Perfil junior, valorable experiencia en oficina de farmacia."),
    ("Document Controller – Bioclínica Gràcia – Barcelona",
     "https://infofarma-empleo.example.es/oferta/7741",
     "CRO en expansión · Inglés imprescindible."),
]

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ English
    dict(
        kind="other", slug="pharmajobs_weekly_alert_digest", lang="en",
        frm=("PharmaJobs UK", "alerts@pharmajobs.example.co.uk"),
        subject="5 new Regulatory Affairs jobs near Leeds",
        date="2026-01-22 07:00 +0000",
        headers=_list("PharmaJobs UK job alerts <alerts.pharmajobs.example.co.uk>",
                      "https://pharmajobs.example.co.uk/u/ewa-7781",
                      "unsubscribe@pharmajobs.example.co.uk"),
        text=newsletter_text("Your PharmaJobs UK alert", _PJ_INTRO, _PJ_ITEMS, _PJ_FOOT_TXT),
        html=newsletter_html("Your PharmaJobs UK alert", _PJ_INTRO, _PJ_ITEMS, _PJ_FOOT_HTML),
    ),
    dict(
        kind="other", slug="regcareers_bulletin_rejection_article", lang="en",
        frm=("Regulatory Careers Bulletin", "newsletter@regcareers.example.org"),
        subject="February bulletin: after the rejection email, salary survey, interview prep",
        date="2026-02-14 08:30 +0000",
        headers=_list("Regulatory Careers Bulletin <bulletin.regcareers.example.org>",
                      "https://regcareers.example.org/unsubscribe?u=55e1",
                      "leave-bulletin@regcareers.example.org"),
        cte="quoted-printable",
        text=newsletter_text(
            "Regulatory Careers Bulletin – February 2026",
            "This month: what to do when the rejection email lands, how the competency "
            "interview works, and the first results from our salary survey.",
            _RCB_ITEMS,
            "You're receiving this because you subscribed at regcareers.example.org.\n"
            "Unsubscribe: https://regcareers.example.org/unsubscribe?u=55e1"),
        html=newsletter_html(
            "Regulatory Careers Bulletin – February 2026",
            "This month: what to do when the rejection email lands, how the competency "
            "interview works, and the first results from our salary survey.",
            _RCB_ITEMS,
            'You\'re receiving this because you subscribed at regcareers.example.org. '
            '<a href="https://regcareers.example.org/unsubscribe?u=55e1">Unsubscribe</a>',
            accent="#6a1b9a"),
    ),
    dict(
        kind="other", slug="prolink_application_viewed", lang="en",
        frm=("ProLink", "notifications@prolink.example.com"),
        subject="Your application was viewed by Halvorsen Pharma",
        date="2026-02-12 13:00 +0000",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://prolink.example.com/settings/email?t=av>")],
        layout=("card", "ProLink", "#0a66c2", "ProLink · You are receiving application update notifications."),
        text="""Eleanor, your application was viewed

Halvorsen Pharma viewed your application for Junior Regulatory Affairs Associate
(Labelling) · Basel, Switzerland.

Applicants who follow the company are more likely to hear back.
https://prolink.example.com/company/halvorsen-pharma/follow

See your applications: https://prolink.example.com/my-items/applied-jobs
""",
    ),
    dict(
        kind="other", slug="prolink_new_jobs_cambridge", lang="en",
        frm=("ProLink Job Alerts", "jobalerts-noreply@prolink.example.com"),
        subject="3 new jobs for 'Regulatory Affairs Assistant' in Cambridge",
        date="2026-05-05 06:15 +0100",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://prolink.example.com/jobs/alerts/off?id=9921>")],
        layout=("card", "ProLink", "#0a66c2", "Unsubscribe from this job alert in your settings."),
        text="""Your job alert for Regulatory Affairs Assistant in Cambridge, United Kingdom

Regulatory Affairs Assistant – Sorrel Biotech – Babraham (hybrid)
Easy Apply · 14 applicants
https://prolink.example.com/jobs/view/4410291

Regulatory Operations Coordinator – Veridian Regulatory – Cambridge
Be an early applicant
https://prolink.example.com/jobs/view/4410355

Research Governance Assistant – Fenland University – Cambridge
Actively recruiting
https://prolink.example.com/jobs/view/4410380

See all jobs: https://prolink.example.com/jobs/search?alert=9921
""",
    ),
    dict(
        kind="other", slug="careercraft_questions_end_of_interview", lang="en",
        frm=("CareerCraft", "hello@careercraft.example.com"),
        subject="5 questions to ask at the end of your interview",
        date="2026-03-04 07:30 +0000",
        headers=_list("CareerCraft weekly <weekly.careercraft.example.com>",
                      "https://careercraft.example.com/unsub/ewa",
                      "unsub@careercraft.example.com"),
        layout=("plain",),
        text="""CareerCraft | Weekly

5 questions to ask at the end of your interview

"Do you have any questions for us?" is the moment most candidates waste. Here is what to
ask instead:

1. What would a great first three months look like in this role?
2. What is the team working on that you're most excited about?
3. How will my work be reviewed, and by whom?
4. What made the last person in this role successful?
5. What are the next steps, and when can I expect to hear back?

And if the answer is a rejection a week later? Reply, thank them and ask for one piece of
feedback. Hiring managers remember people who do that.

Read the full article: https://careercraft.example.com/blog/questions-to-ask

Unsubscribe: https://careercraft.example.com/unsub/ewa
""",
    ),
    dict(
        kind="other", slug="podcast_interview_request", lang="en",
        frm=("Lauren Pike", "lauren@dispensarytodesk.example.com"),
        contact="lauren@dispensarytodesk.example.com",
        subject="Podcast interview request – Dispensary to Desk",
        date="2026-06-18 12:05 +0100",
        text="""Hi Eleanor,

I host Dispensary to Desk, a small podcast about pharmacy staff moving into office-based
roles in the industry. Your post in the RA Starters forum about switching from dispensing to
regulatory affairs really struck a chord with our listeners.

Would you be up for being interviewed for an episode? It's a relaxed 40-minute
conversation recorded over Zoom, and you'd get to hear the edit before it goes out.
Any weekday evening in July would work for me.

No pressure at all, and thanks for considering it!

Lauren Pike
Host, Dispensary to Desk
https://dispensarytodesk.example.com
""",
    ),
    dict(
        kind="other", slug="press_request_evening_gazette", lang="en",
        frm=("Tom Beckwith", "tom.beckwith@eveninggazette.example.co.uk"),
        contact="tom.beckwith@eveninggazette.example.co.uk",
        subject="Yorkshire Evening Gazette - could I interview you about pharmacy staffing?",
        date="2026-02-27 15:40 +0000",
        text="""Dear Eleanor,

I'm a health reporter at the Yorkshire Evening Gazette. I'm writing a feature on staff
shortages in community pharmacies across Leeds and Bradford, and a colleague at Kirkgate
Pharmacy suggested you might be willing to talk.

Could I interview you by phone for 15-20 minutes this week? We can quote you anonymously
if you prefer, and I'd be happy to send you the quotes before publication.

My deadline is Wednesday 4 March.

Best wishes,
Tom Beckwith
Health Reporter, Yorkshire Evening Gazette
07700 900 123
""",
    ),
    dict(
        kind="other", slug="shiftmate_user_research_invite", lang="en",
        frm=("Maya Oduya", "maya.oduya@shiftmate.example.com"),
        contact="maya.oduya@shiftmate.example.com",
        subject="Would you join a 30-min research interview? (£30 voucher)",
        date="2026-04-15 11:00 +0100",
        layout=("plain",),
        text="""Hi Eleanor,

I'm Maya, a user researcher at ShiftMate, the rota app Kirkgate Pharmacy uses for
scheduling. We're redesigning how shift swaps work and would love to hear from people who
use the app every week.

Would you take part in a 30-minute remote user research interview? There are no right or
wrong answers: we'll just ask how you plan your week and watch you try a prototype. As a
thank-you we'll send a £30 shopping voucher.

Pick a time here: https://calendly.example.com/shiftmate-research/30min

Thanks!
Maya Oduya
Senior User Researcher, ShiftMate
""",
    ),
    dict(
        kind="other", slug="trailpulse_gps_position_lost", lang="en",
        frm=("TrailPulse", "no-reply@trailpulse.example.com"),
        subject="We couldn't determine your position on Sunday's run",
        date="2026-05-10 18:20 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "TrailPulse", "#e4572e"),
        text="""Hi Eleanor,

Unfortunately your watch lost its GPS signal 3.2 km into your run "Meanwood Valley Trail"
and we couldn't determine your position for the next 14 minutes, so your distance and pace
for that section are estimates.

Tip: wait for the GPS icon to turn solid before you start, and keep your watch software up
to date.

View the activity: https://trailpulse.example.com/activities/99120418

Keep moving,
The TrailPulse team
""",
    ),
    dict(
        kind="other", slug="swiftpost_parcel_delayed", lang="en",
        frm=("Swiftpost", "noreply@swiftpost.example.co.uk"),
        subject="Unfortunately your parcel is delayed",
        date="2026-03-18 07:52 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "Swiftpost", "#ffb400"),
        text="""Hello Eleanor,

Unfortunately your parcel SP 4471 9920 GB from Pharmacy Books Direct is delayed because of
high volumes at our Wakefield depot.

New estimated delivery: Friday 20 March, 08:00 – 18:00.

You don't need to do anything. To change where or when we deliver, use the link below:
https://swiftpost.example.co.uk/track/SP44719920GB

Sorry for the wait,
Swiftpost
""",
    ),
    dict(
        kind="other", slug="friend_her_own_rejection", lang="en",
        frm=("Meg Achterberg", "meg.ach@mailbox.example.org"),
        contact="meg.ach@mailbox.example.org",
        subject="ugh, Clinova said no",
        date="2026-03-03 21:17 +0000",
        text="""El,

Well that's that. Got the rejection from Clinova this afternoon: "we have decided to move
forward with candidates whose experience more closely matches", etc etc. Three interviews
for THAT. I'm gutted.

Anyway, any news from Kestrel? Tell me something good. Also are you
still up for Saturday? I need a Bundobust-sized distraction.

M x
""",
    ),
    dict(
        kind="other", slug="own_thank_you_novarix", lang="en",
        key="novarix-thanks",
        frm=CANDIDATE,
        to=[("Priya Raman", "priya.raman@novarix.example.co.uk")],
        subject="Thank you – Regulatory Affairs Assistant (CMC) interview",
        date="2026-02-10 19:04 +0000",
        refs=["novarix-invite", "novarix-move"],
        text=f"""Dear Priya,

Thank you for arranging Thursday's interview, and please pass my thanks to Martin and
Dr Osei. I enjoyed hearing about how the team handles post-approval changes, and it
confirmed how much I would like to move from dispensing into regulatory work.

I look forward to hearing from you.

Best wishes,
Eleanor

--
{SIG_EN}
""",
    ),
    dict(
        kind="other", slug="own_application_brackenfield_cv", lang="en",
        key="brackenfield-apply",
        frm=CANDIDATE,
        to=[("Marcus Ellery", "marcus.ellery@brackenfield.example.co.uk")],
        subject="Application - Regulatory Affairs Assistant",
        date="2026-09-21 19:30 +0100",
        pdf=[dict(file="Eleanor_Wojcik-Adeyemi_CV.pdf", title="CV", lines=[
            "Eleanor Wojcik-Adeyemi - Leeds - eleanor.wa@example.co.uk",
            "",
            "Dispenser (NVQ Level 3), Kirkgate Pharmacy, Leeds, 2020 - present",
            "- Controlled drug register, FMD verification, recalls and drug alerts",
            "- Trained four apprentices; led the move to electronic repeat dispensing",
            "",
            "TOPRA introductory certificate in regulatory affairs (2026)",
            "Languages: English (native), Polish (good), French and German (basic)",
        ])],
        text=f"""Dear Mr Ellery,

Please find attached my CV and covering letter for the Regulatory Affairs Assistant
position advertised on your website.

Yours sincerely,
Eleanor Wójcik-Adeyemi

--
{SIG_EN}
""",
    ),
    dict(
        kind="other", slug="own_reschedule_request_pennine", lang="en",
        key="pennine-own-reschedule",
        frm=CANDIDATE,
        to=[("Gareth Lomax", "gareth.lomax@pennineclinical.example.co.uk")],
        subject="RE: Regulatory Affairs Assistant - quick call?",
        date="2026-06-04 19:32 +0100",
        refs=["pennine-screen", "pennine-missed"],
        text=f"""Hi Gareth,

I'm so sorry about this morning. I was called onto the counter when a colleague went home
ill and my phone was in the staff room. I'd still very much like to talk. Could we try
again early next week? I'm off on Tuesday.

Best wishes,
Eleanor

{wrote("en", "Thu, 4 Jun 2026 at 10:25", "Gareth Lomax", "gareth.lomax@pennineclinical.example.co.uk")}
{quote('''Hi Eleanor,

I tried calling you twice at 10:00 as arranged and again at 10:10, but it went straight to
voicemail both times, and I left a message.

If something came up, no problem, just let me know and we can see about another time.''')}
""",
    ),
    dict(
        kind="other", slug="own_declines_halvorsen_offer", lang="en",
        key="halvorsen-decline",
        frm=CANDIDATE,
        to=[("Annika Brunner", "annika.brunner@halvorsen.example.ch")],
        subject="RE: Offer of employment – Junior Regulatory Affairs Associate (Labelling)",
        date="2026-04-10 20:15 +0100",
        refs=["halvorsen-offer"],
        cte="quoted-printable",
        text=f"""Dear Annika,

Thank you very much for the offer, and for the care everyone at Halvorsen took over the
process. After a lot of thought, and some difficult conversations at home, I have decided
that I can't relocate to Basel this summer, so I must decline the position with regret.

I hope our paths cross again, and I would be glad to hear from you if a UK-based role comes
up in the labelling team.

With best wishes,
Eleanor

{wrote("en", "Thu, 2 Apr 2026 at 15:00", "Annika Brunner", "annika.brunner@halvorsen.example.ch")}
{quote('''Dear Eleanor,

It is my great pleasure to let you know that the panel would like to offer you the
position of Junior Regulatory Affairs Associate (Labelling) in Basel.

Your offer letter is attached.''')}
""",
    ),
    dict(
        kind="other", slug="cold_approach_headhunter_no_role", lang="en",
        frm=("Niamh Costello", "niamh.costello@hartwellsearch.example.co.uk"),
        contact="niamh.costello@hartwellsearch.example.co.uk",
        subject="Quick hello from Hartwell Search",
        date="2026-05-27 09:50 +0100",
        text="""Hi Eleanor,

I came across your profile on ProLink and was struck by your move from dispensing into
regulatory affairs training. I specialise in QA and RA appointments across the North of
England for pharmaceutical and medical device companies.

I don't have a specific vacancy for you right now, but I'd love to get to know you and
understand what you're looking for, so that I can think of you first when the right thing
comes along.

Would you be open to a conversation at some point?

Best regards,
Niamh Costello
Principal Consultant, Hartwell Search
Leeds · Manchester · Newcastle
""",
    ),
    dict(
        kind="other", slug="building_society_mortgage_appointment", lang="en",
        frm=("Yorkshire Ridings Building Society", "no-reply@yrbs.example.co.uk"),
        subject="Your mortgage appointment is confirmed",
        date="2026-08-06 09:00 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "Yorkshire Ridings Building Society", "#1e3a5f"),
        text="""Dear Ms Wójcik-Adeyemi,

Thank you for booking a mortgage appointment with us.

Date: Monday 17 August 2026
Time: 17:30
Where: Headingley branch, 12 North Lane, Leeds LS6 3HE

At this fact-find interview your adviser will ask about your income, your position with
your current employer and your regular outgoings. Please bring three months' payslips, bank
statements and photo ID.

To cancel or rearrange, call us on 0345 555 0210.

Yorkshire Ridings Building Society
This email was sent from an unmonitored address.
""",
    ),
    dict(
        kind="other", slug="letting_agent_inspection_visit", lang="en",
        frm=("Craig Dobson", "craig.dobson@headingleylettings.example.co.uk"),
        contact="craig.dobson@headingleylettings.example.co.uk",
        subject="Routine inspection - 14 Cardigan Terrace",
        date="2026-04-20 14:25 +0100",
        text="""Hi Eleanor,

We're due to carry out the six-monthly routine inspection at 14 Cardigan Terrace. I'd like
to visit on Tuesday 28 April between 10:00 and 12:00. You don't need to be in; we'll use
the office key if you're at work.

The landlord has also asked us to check the position of the new boiler flue and whether
the damp in the back bedroom has cleared, so please make sure we can get to both.

If the date doesn't suit, reply and I'll move it.

Kind regards,
Craig Dobson
Property Manager, Headingley Lettings
0113 555 7812
""",
    ),
    dict(
        kind="other", slug="adult_college_enrolment_interview", lang="en",
        frm=("Park Lane Adult College", "admissions@parklane-college.example.ac.uk"),
        subject="Your enrolment interview - Spanish for Beginners (evening)",
        date="2026-01-15 16:00 +0000",
        text="""Dear Eleanor,

Thank you for applying for Spanish for Beginners (Tuesday evenings, starting 3 February).

All new adult learners have a short enrolment interview so we can check the level is
right. Yours is booked for Thursday 22 January at 18:15 in Room B14, Park Lane campus. It
takes ten minutes; please bring proof of address for the fee remission check.

We look forward to seeing you.

Admissions Team
Park Lane Adult College, Leeds
""",
    ),
    dict(
        kind="other", slug="gp_surgery_appointment_cancelled", lang="en",
        frm=("Kirkstall Lane Surgery", "noreply@kirkstall-surgery.example.nhs.uk"),
        subject="Your appointment has been cancelled",
        date="2026-03-31 08:10 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Kirkstall Lane Surgery

Dear Eleanor Wojcik-Adeyemi,

We are sorry to tell you that your appointment with Dr Harrison on Wednesday 1 April at
09:20 has been cancelled because the doctor is unwell.

Please rebook through the NHS App or call reception on 0113 555 3300 after 8am. If your
need is urgent, call NHS 111.

This is an automated message. Please do not reply.
""",
    ),
    dict(
        kind="other", slug="out_of_office_rebecca", lang="en",
        frm=("Rebecca Thornton", "rebecca.thornton@airels.example.co.uk"),
        subject="Automatic reply: Calverley start date",
        date="2026-08-10 08:31 +0100",
        refs=["calverley-start-date"],
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        contact="rebecca.thornton@airels.example.co.uk",
        text="""Thank you for your email. I'm on annual leave until Tuesday 18 August with limited
access to email.

For anything urgent, including interview arrangements or offer paperwork, please contact
my colleague Dan Hepworth on 0113 496 0740 or dan.hepworth@airels.example.co.uk.

Rebecca Thornton
Aire Life Sciences Recruitment
""",
    ),
    dict(
        kind="other", slug="fenland_msc_place_refused", lang="en",
        frm=("Fenland University Graduate Admissions", "pgadmissions-noreply@fenland.example.ac.uk"),
        subject="Decision on your application: MSc Regulatory Science (part-time)",
        date="2026-07-07 10:00 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "Fenland University", "#7b1e3c", "Graduate Admissions · Fenland University"),
        text="""Dear Ms Wójcik-Adeyemi,

Application number: 2026-PGT-18834
Programme: MSc Regulatory Science (part-time, 2026 entry)

Thank you for your application. The programme received many more applications than it has
places, and after careful consideration we regret that we are unable to offer you a place
this year. The admissions tutor noted that applicants without a first degree are
considered through the Postgraduate Certificate route, which you may wish to apply for.

We wish you every success in your studies and career.

Graduate Admissions Office
""",
    ),
    dict(
        kind="other", slug="irp_diploma_cohort_full", lang="en",
        frm=("Institute of Regulatory Professionals", "education@irp.example.org.uk"),
        subject="Regulatory Affairs Diploma – autumn cohort",
        date="2026-08-28 14:00 +0100",
        text="""Dear Eleanor,

Thank you for applying to join the autumn 2026 cohort of the Regulatory Affairs Diploma.

Unfortunately the cohort is now full and we are unable to offer you a place on this
intake. We have added you to the waiting list, and you will be given priority for the
January 2027 cohort if you confirm your interest by 30 November.

Kind regards,
Education Team
Institute of Regulatory Professionals
""",
    ),
    dict(
        kind="other", slug="aire_monthly_market_update_list", lang="en",
        frm=("Aire Life Sciences Recruitment", "news@airels.example.co.uk"),
        subject="Aire Insights – March: hiring slows, interview tips, salary check",
        date="2026-03-12 08:00 +0000",
        headers=_list("Aire Insights <insights.airels.example.co.uk>",
                      "https://airels.example.co.uk/preferences?u=ewa",
                      "unsubscribe@airels.example.co.uk"),
        cte="quoted-printable",
        text=newsletter_text(
            "Aire Insights – March 2026",
            "Hiring in Yorkshire life sciences slowed in February, with several roles put on "
            "hold. Here is what we're seeing, plus our consultants' interview tips.",
            [("Market watch: why roles are being paused",
              "https://airels.example.co.uk/insights/market-march",
              "Budget reviews mean some clients are freezing entry-level hires."),
             ("Interview tips from our consultants",
              "https://airels.example.co.uk/insights/interview-tips",
              "How to talk about a career change without apologising for it."),
             ("Salary check 2026",
              "https://airels.example.co.uk/salary-check",
              "Where regulatory salaries sit across Leeds, York and Manchester.")],
            "Aire Life Sciences Recruitment, 27 Park Row, Leeds LS1 5JL.\n"
            "Manage preferences: https://airels.example.co.uk/preferences?u=ewa"),
        html=newsletter_html(
            "Aire Insights – March 2026",
            "Hiring in Yorkshire life sciences slowed in February, with several roles put on "
            "hold. Here is what we're seeing, plus our consultants' interview tips.",
            [("Market watch: why roles are being paused",
              "https://airels.example.co.uk/insights/market-march",
              "Budget reviews mean some clients are freezing entry-level hires."),
             ("Interview tips from our consultants",
              "https://airels.example.co.uk/insights/interview-tips",
              "How to talk about a career change without apologising for it."),
             ("Salary check 2026",
              "https://airels.example.co.uk/salary-check",
              "Where regulatory salaries sit across Leeds, York and Manchester.")],
            'Aire Life Sciences Recruitment, 27 Park Row, Leeds LS1 5JL. '
            '<a href="https://airels.example.co.uk/preferences?u=ewa">Manage preferences</a>',
            accent="#0e7c61"),
    ),
    dict(
        kind="other", slug="hirehub_positions_alert", lang="en",
        frm=("HireHub", "jobs-noreply@hirehub.example.co.uk"),
        subject="12 new positions matching 'regulatory affairs assistant'",
        date="2026-09-03 06:40 +0100",
        headers=_list("HireHub alerts <alerts.hirehub.example.co.uk>",
                      "https://hirehub.example.co.uk/alerts/stop/771",
                      "stop-771@hirehub.example.co.uk"),
        text="""HireHub – your daily alert

12 new positions match 'regulatory affairs assistant' (Leeds, York, Manchester, remote).

* Regulatory Affairs Assistant – Brackenfield Pharma – York – £24k–£27k
  https://hirehub.example.co.uk/job/3318802
* Regulatory & QA Assistant – Meanwood Specials – Leeds – £26k–£28k
  https://hirehub.example.co.uk/job/3318845
* Regulatory Affairs Administrator – Bellweather Generics – Manchester
  https://hirehub.example.co.uk/job/3318850
* Junior Regulatory Associate – Ardent Regulatory Partners – Manchester (hybrid)
  https://hirehub.example.co.uk/job/3318877

+ 8 more: https://hirehub.example.co.uk/alerts/771/results

Tip: employers who haven't replied within 14 days usually won't. Applying to more roles is
better than waiting.

Stop this alert: https://hirehub.example.co.uk/alerts/stop/771
""",
    ),
    dict(
        kind="other", slug="webinar_invite_calendar_request", lang="en",
        frm=("Regulatory Careers Bulletin Events", "events@regcareers.example.org"),
        subject="Invitation: Breaking into Regulatory Affairs (live webinar) – Thu 30 April",
        date="2026-04-23 12:00 +0100",
        headers=_list("Regulatory Careers events <events.regcareers.example.org>",
                      "https://regcareers.example.org/unsubscribe?u=55e1",
                      "leave-events@regcareers.example.org"),
        layout=("plain",),
        ics=dict(method="REQUEST", uid="webinar-2026-04-30@regcareers.example.org", seq=0,
                 start="2026-04-30 18:30 +0100", end="2026-04-30 19:30 +0100",
                 summary="Webinar: Breaking into Regulatory Affairs",
                 location="Online (link in description)",
                 description="Join: https://regcareers.example.org/live/2026-04-30",
                 organizer=("Regulatory Careers Bulletin", "events@regcareers.example.org")),
        text="""Hi Eleanor,

You're registered for our free live webinar, Breaking into Regulatory Affairs, on Thursday
30 April at 18:30 BST.

Our panel (an RA manager from a generics company, a CRO recruiter and a former community
pharmacist now working in labelling) will talk about CVs, interviews and how to handle
rejection in a competitive entry-level market.

Add the session to your calendar with the invitation attached. The join link is:
https://regcareers.example.org/live/2026-04-30

See you there,
Regulatory Careers Bulletin
""",
    ),
    dict(
        kind="other", slug="friend_forwards_interview_notes_rfc822", lang="en",
        frm=("Meg Achterberg", "meg.ach@mailbox.example.org"),
        contact="meg.ach@mailbox.example.org",
        subject="Fwd: the interview prep notes I used",
        date="2026-05-04 20:02 +0100",
        text="""El,

Here's the email my old mentor sent me before my Clinova interviews. Ignore the bit where
she says "you'll walk it"... I didn't. But the STAR stuff is genuinely good and might help
for Quirinal this week.

Good luck!! M x
""",
        attach_msg=dict(
            kind="other", slug="inner-mentor-notes", lang="en", key="meg-mentor-notes",
            frm=("Dr Farah Quayle", "farah.quayle@mailbox.example.org"),
            to=[("Meg Achterberg", "meg.ach@mailbox.example.org")],
            subject="Interview prep – my notes",
            date="2026-01-29 22:10 +0000",
            text="""Meg,

As promised, my notes for your interview:

- Prepare four STAR stories: a deadline, a mistake you caught, a difficult person, a
  process you improved.
- Read the company's last two annual reports and their product list.
- Have two questions ready about how the team handles variations.
- Don't apologise for coming from pharmacy; it's your advantage.

You'll walk it.
Farah
""",
        ),
    ),
    dict(
        kind="other", slug="own_feedback_request_quotes_rejection", lang="en",
        key="aire-feedback-ask",
        frm=CANDIDATE,
        to=[("Rebecca Thornton", "rebecca.thornton@airels.example.co.uk")],
        subject="Re: Marstone feedback",
        date="2026-02-21 09:10 +0000",
        refs=["aire-marstone-reject"],
        text=f"""Hi Rebecca,

Thanks for letting me know so quickly and for the notes. Gutted, but it's fair. Would
Grace be willing to say which part of a variation pack she'd expect me to know? I'd like
to use the next few months to close that gap.

And yes please to the two West Yorkshire roles.

Eleanor

{wrote("en", "Fri, 20 Feb 2026 at 13:12", "Rebecca Thornton", "rebecca.thornton@airels.example.co.uk")}
{quote('''Just off the phone with Grace at Marstone Generics. I'm afraid they've decided not to take
you forward for the Regulatory Affairs Assistant post; they've gone with someone who has
already put together a couple of MHRA variation packs.''')}
""",
    ),
    dict(
        kind="other", slug="aps_membership_register_position", lang="en",
        frm=("Association of Pharmacy Support Staff", "membership-noreply@apss.example.org.uk"),
        subject="Your membership renewal and position on the voluntary register",
        date="2026-10-02 11:00 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "APSS", "#2b6cb0"),
        text="""Dear Eleanor,

Your APSS membership is due for renewal on 1 November 2026.

To keep your position on the voluntary register of pharmacy support staff, please renew
and confirm your CPD record before that date. If you have changed employer or role this
year, update your details when you renew.

Renew now: https://apss.example.org.uk/renew?m=44718

Membership Services
Association of Pharmacy Support Staff
""",
    ),
    dict(
        kind="other", slug="prolink_inmail_notification", lang="en",
        frm=("ProLink", "messages-noreply@prolink.example.com"),
        subject="Ravi Sandhu sent you a message",
        date="2026-06-09 19:45 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "ProLink", "#0a66c2", "You are receiving message notifications."),
        text="""Eleanor, you have a new message

Ravi Sandhu · Recruitment Consultant at Northbridge Life Sciences

"Hi Eleanor, I work with a number of CROs in the North West and thought your background
might be of interest to them. Would you be open to connecting?"

Reply on ProLink: https://prolink.example.com/messaging/thread/2-NjEx
""",
    ),
    dict(
        kind="other", slug="own_apology_to_holbeck_after_missed", lang="en",
        key="holbeck-own-apology",
        frm=CANDIDATE,
        to=[("Callum Reid", "callum.reid@holbeckbio.example.co.uk")],
        subject="RE: Today's interview",
        date="2026-07-24 12:30 +0100",
        refs=["holbeck-noshow"],
        cte="quoted-printable",
        text=f"""Dear Callum,

I am very sorry. I was logged in to the original link from the invitation of 13 July and
sat in the lobby waiting to be admitted; I only realised at 11:25 that I had been on an
old meeting. Is there any chance I could have another slot? I am free every afternoon next
week.

Apologies again,
Eleanor

{SIG_SHORT}
""",
    ),
    dict(
        kind="other", slug="careers_hub_mock_interview_booked", lang="en",
        frm=("Yorkshire Careers Hub", "no-reply@yorkshirecareershub.example.org.uk"),
        subject="Your mock interview session is booked",
        date="2026-01-26 10:30 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hello Eleanor,

Your free mock interview session with a careers adviser is booked.

When: Monday 2 February 2026, 17:00 – 17:45
Where: Online (the adviser will call you on Teams)
Adviser: Nicola

Bring a job advert you are interested in and the adviser will run a practice interview,
then give you feedback on your answers.

Need to cancel? Use the link in your account so someone else can have the slot:
https://yorkshirecareershub.example.org.uk/bookings

Yorkshire Careers Hub
""",
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="other", slug="pharmakarriere_newsletter_absagen", lang="de",
        frm=("PharmaKarriere Newsletter", "newsletter@pharmakarriere.example.de"),
        subject="Absage erhalten? So geht es weiter – PharmaKarriere im Mai",
        date="2026-05-07 07:00 +0200",
        headers=_list("PharmaKarriere Newsletter <news.pharmakarriere.example.de>",
                      "https://pharmakarriere.example.de/abmelden?id=ewa55",
                      "abmelden@pharmakarriere.example.de"),
        cte="quoted-printable",
        text=newsletter_text(
            "PharmaKarriere – Mai 2026",
            "Eine Absage ist kein Urteil über Sie. In dieser Ausgabe: Feedback richtig "
            "einholen, das Vorstellungsgespräch auf Englisch und neue Stellen in der "
            "Metropolregion Rhein-Neckar.",
            [("Nach der Absage: fünf Dinge, die Sie jetzt tun sollten",
              "https://pharmakarriere.example.de/ratgeber/nach-der-absage",
              "Warum eine kurze Rückfrage oft mehr bringt als zehn neue Bewerbungen."),
             ("Vorstellungsgespräch auf Englisch – typische Fragen",
              "https://pharmakarriere.example.de/ratgeber/interview-englisch",
              "Von „Tell me about yourself“ bis zur Gehaltsfrage."),
             ("Neue Stellen: Regulatory Affairs in Heidelberg und Mannheim",
              "https://pharmakarriere.example.de/jobs?ort=heidelberg&fach=ra",
              "17 aktuelle Angebote, davon 5 für Berufseinsteiger.")],
            "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.\n"
            "Abmelden: https://pharmakarriere.example.de/abmelden?id=ewa55"),
        html=newsletter_html(
            "PharmaKarriere – Mai 2026",
            "Eine Absage ist kein Urteil über Sie. In dieser Ausgabe: Feedback richtig "
            "einholen, das Vorstellungsgespräch auf Englisch und neue Stellen in der "
            "Metropolregion Rhein-Neckar.",
            [("Nach der Absage: fünf Dinge, die Sie jetzt tun sollten",
              "https://pharmakarriere.example.de/ratgeber/nach-der-absage",
              "Warum eine kurze Rückfrage oft mehr bringt als zehn neue Bewerbungen."),
             ("Vorstellungsgespräch auf Englisch – typische Fragen",
              "https://pharmakarriere.example.de/ratgeber/interview-englisch",
              "Von „Tell me about yourself“ bis zur Gehaltsfrage."),
             ("Neue Stellen: Regulatory Affairs in Heidelberg und Mannheim",
              "https://pharmakarriere.example.de/jobs?ort=heidelberg&fach=ra",
              "17 aktuelle Angebote, davon 5 für Berufseinsteiger.")],
            'Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. '
            '<a href="https://pharmakarriere.example.de/abmelden?id=ewa55">Abmelden</a>',
            accent="#b22222"),
    ),
    dict(
        kind="other", slug="abwesenheitsnotiz_jana", lang="de",
        frm=("Jana Hoffmeister", "jana.hoffmeister@neckarpharm.example.de"),
        contact="jana.hoffmeister@neckarpharm.example.de",
        subject="Abwesenheitsnotiz: Neuer Termin?",
        date="2026-04-06 09:12 +0200",
        refs=["neckarpharm-cancel", "neckarpharm-own-followup"],
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. April nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an
recruiting@neckarpharm.example.de.

Mit freundlichen Grüßen
Jana Hoffmeister
""",
    ),
    dict(
        kind="other", slug="paket_verspaetet", lang="de",
        frm=("Paketdienst Rhein-Neckar", "no-reply@paketrn.example.de"),
        subject="Leider verzögert sich Ihre Sendung",
        date="2026-06-22 06:58 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1",
        cte="quoted-printable",
        layout=("card", "Paketdienst Rhein-Neckar", "#ffcc00"),
        html_charset="utf-8",
        text="""Guten Tag Eleanor Wójcik-Adeyemi,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 8820 19 von Buchhaus am
Bismarckplatz. Grund ist ein erhöhtes Sendungsaufkommen im Verteilzentrum Mannheim.

Neuer voraussichtlicher Zustelltag: Mittwoch, 24. Juni 2026

Sendungsverfolgung: https://paketrn.example.de/verfolgen/00340447188201

Wir bitten um Ihr Verständnis.
Ihr Paketdienst Rhein-Neckar
""",
    ),
    dict(
        kind="other", slug="neckartal_weiterbildung_kein_platz", lang="de",
        frm=("Weiterbildungszentrum Hochschule Neckartal", "weiterbildung@hs-neckartal.example.de"),
        subject="Zertifikatskurs Regulatory Affairs (WS 2026/27) – Ihre Bewerbung",
        date="2026-08-12 15:30 +0200",
        cte="base64",
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

vielen Dank für Ihre Bewerbung um einen Platz im berufsbegleitenden Zertifikatskurs
„Regulatory Affairs“ im Wintersemester 2026/27.

Leider können wir Ihnen keinen Studienplatz anbieten. Die Zahl der Bewerbungen übersteigt
die 24 verfügbaren Plätze deutlich; die Vergabe erfolgte nach Berufserfahrung im
Zulassungsbereich. Sie stehen auf Platz 9 der Nachrückliste und werden benachrichtigt,
falls ein Platz frei wird.

Mit freundlichen Grüßen
Weiterbildungszentrum der Hochschule Neckartal
""",
    ),
    dict(
        kind="other", slug="own_bewerbung_kurpfalz_pdf", lang="de",
        key="kurpfalz-own-application",
        frm=CANDIDATE,
        to=[("Kurpfalz Arznei Recruiting", "bewerbung@kurpfalz-arznei.example.de")],
        subject="Bewerbung als Junior Regulatory Affairs Spezialist (m/w/d), Kennziffer 2026-117",
        date="2026-06-14 20:40 +0100",
        cte="quoted-printable",
        pdf=[dict(file="Lebenslauf_Eleanor_Wojcik-Adeyemi.pdf", title="Lebenslauf", lines=[
            "Lebenslauf - Eleanor Wojcik-Adeyemi, Leeds (UK)",
            "",
            "Seit 2020: Dispenser (NVQ Level 3), Kirkgate Pharmacy, Leeds",
            "2026: TOPRA-Einführungszertifikat Regulatory Affairs",
            "Sprachen: Englisch (Muttersprache), Polnisch (gut), Deutsch (B1)",
        ])],
        text="""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Junior Regulatory Affairs Spezialist (m/w/d)
mit der Kennziffer 2026-117.

Seit sechs Jahren arbeite ich als Dispenser in einer Apotheke in Leeds und habe dort
Rückrufe, Chargendokumentation und Packungsbeilagen täglich betreut. Derzeit schließe ich
ein Zertifikat in Regulatory Affairs ab. Mein Deutsch entspricht Niveau B1; ich lerne
weiter.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich
mich sehr freuen.

Mit freundlichen Grüßen
Eleanor Wójcik-Adeyemi
""",
    ),
    dict(
        kind="other", slug="vermieter_besichtigungstermin", lang="de",
        frm=("Gerhard Vogt", "gerhard.vogt@vogt-immobilien.example.de"),
        contact="gerhard.vogt@vogt-immobilien.example.de",
        subject="Besichtigung Wohnung Handschuhsheim, Mühltalstraße",
        date="2026-08-26 18:40 +0200",
        charset="windows-1252",
        cte="quoted-printable",
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Mühltalstraße.

Ich biete Ihnen einen Besichtigungstermin am Samstag, 5. September, um 11:30 Uhr an. Da
die Wohnung sehr gefragt ist, bitte ich Sie, sich bei der Besichtigung kurz vorzustellen
und eine Selbstauskunft, eine Kopie des Arbeitsvertrags (bzw. des Vertragsangebots) und
Ihre letzten drei Gehaltsnachweise mitzubringen.

Bitte sagen Sie kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
Gerhard Vogt
Vogt Immobilien · Steubenstraße 31 · 69121 Heidelberg
""",
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="other", slug="alerte_emploi_lyon", lang="fr",
        frm=("Emploi Pharma Rhône", "alertes@emploipharma.example.fr"),
        subject="Alerte emploi : 3 nouvelles offres « affaires réglementaires » à Lyon",
        subj_cs=("utf-8", "Q"),
        date="2026-03-23 06:30 +0100",
        headers=_list("Alertes Emploi Pharma Rhone <alertes.emploipharma.example.fr>",
                      "https://emploipharma.example.fr/desabonnement?a=3381",
                      "desabonnement@emploipharma.example.fr"),
        text=newsletter_text(
            "Vos nouvelles offres",
            "Bonjour Eleanor, voici les offres publiées depuis votre dernière alerte.",
            _EP_ITEMS,
            "Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Pharma Rhône.\n"
            "Se désabonner : https://emploipharma.example.fr/desabonnement?a=3381"),
        html=newsletter_html(
            "Vos nouvelles offres",
            "Bonjour Eleanor, voici les offres publiées depuis votre dernière alerte.",
            _EP_ITEMS,
            'Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Pharma Rhône. '
            '<a href="https://emploipharma.example.fr/desabonnement?a=3381">Se désabonner</a>',
            accent="#1565c0"),
    ),
    dict(
        kind="other", slug="article_rebondir_apres_refus", lang="fr",
        frm=("Carrières Santé Mag", "lettre@carrieres-sante.example.fr"),
        subject="Comment rebondir après un refus ?",
        date="2026-06-05 08:00 +0200",
        headers=_list("Carrieres Sante Mag <lettre.carrieres-sante.example.fr>",
                      "https://carrieres-sante.example.fr/desinscription?u=ewa",
                      "desinscription@carrieres-sante.example.fr"),
        charset="iso-8859-1",
        cte="quoted-printable",
        layout=("plain",),
        text="""Carrières Santé Mag : la lettre du vendredi

Comment rebondir après un refus ?

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. »
Cette phrase, tout le monde l'a reçue un jour. Voici comment transformer un refus en
tremplin :

1. Demandez un retour : un simple message de remerciement ouvre souvent la porte.
2. Relisez votre préparation à l'entretien : où avez-vous hésité ?
3. Gardez le contact : un poste pourvu aujourd'hui peut se libérer dans six mois.

Lire l'article complet : https://carrieres-sante.example.fr/articles/rebondir-refus

Se désinscrire : https://carrieres-sante.example.fr/desinscription?u=ewa
""",
    ),
    dict(
        kind="other", slug="reponse_automatique_chloe", lang="fr",
        frm=("Chloé Barbier", "chloe.barbier@rhonetalents.example.fr"),
        contact="chloe.barbier@rhonetalents.example.fr",
        subject="Réponse automatique : Confluence – contrat",
        date="2026-07-21 09:03 +0200",
        refs=["rt-confluence-offer", "rt-own-contract-question"],
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Bonjour,

Je suis absente du 20 au 31 juillet inclus et ne consulte pas mes e-mails.

Pour toute question urgente concernant un entretien ou une proposition en cours, vous
pouvez contacter Thomas Girard au 04 78 55 10 20.

Bien cordialement,
Chloé Barbier – Rhône Talents
""",
    ),
    dict(
        kind="other", slug="own_demande_nouvel_entretien_verane", lang="fr",
        key="verane-own-reschedule",
        frm=CANDIDATE,
        to=[("Camille Dufresne", "camille.dufresne@verane.example.fr")],
        subject="RE: Votre entretien de ce matin",
        date="2026-04-28 20:17 +0100",
        refs=["verane-invite", "verane-missed"],
        cte="quoted-printable",
        text=f"""Bonjour Camille,

Je suis vraiment désolée pour ce matin : une coupure de courant dans mon quartier m'a
privée d'internet et de téléphone jusqu'à midi. Serait-il possible de fixer un nouvel
entretien ? Je suis disponible toute la semaine prochaine.

Bien cordialement,
Eleanor

{wrote("fr", "mar. 28 avr. 2026 à 09:35", "Camille Dufresne", "camille.dufresne@verane.example.fr")}
{quote('''Bonjour Eleanor,

Mme Caradec et moi-même vous avons attendue sur Teams ce matin à partir de 10h00, pendant
une vingtaine de minutes, sans parvenir à vous joindre.''')}
""",
    ),
    dict(
        kind="other", slug="journaliste_demande_interview", lang="fr",
        frm=("Mathilde Rouvière", "m.rouviere@rhone-quotidien.example.fr"),
        frm_cs=("iso-8859-1", "Q"),
        contact="m.rouviere@rhone-quotidien.example.fr",
        subject="Demande d'interview – Le Rhône Quotidien",
        date="2026-09-10 11:20 +0200",
        text="""Bonjour Madame Wójcik-Adeyemi,

Je suis journaliste au Rhône Quotidien. Je prépare un article sur les professionnels de
santé britanniques qui envisagent de s'installer à Lyon depuis le Brexit, et Chloé
Barbier, de Rhône Talents, m'a indiqué que vous accepteriez peut-être de témoigner.

Pourrais-je vous interviewer une vingtaine de minutes, par téléphone ou en visio, d'ici la
fin du mois ? Votre témoignage peut rester anonyme si vous le souhaitez.

Bien cordialement,
Mathilde Rouvière
Journaliste – rubrique Économie, Le Rhône Quotidien
""",
    ),
    dict(
        kind="other", slug="banque_rendez_vous_conseiller_position", lang="fr",
        frm=("Banque Lyonnaise de Dépôts", "ne-pas-repondre@bld.example.fr"),
        subject="Votre rendez-vous avec votre conseiller et la position de votre compte",
        date="2026-07-29 08:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="windows-1252",
        cte="quoted-printable",
        layout=("card", "Banque Lyonnaise de Dépôts", "#003366"),
        text="""Madame,

Nous vous confirmons votre rendez-vous avec votre conseillère, Mme Lefort, le mardi
4 août à 17h00 en agence (Lyon Part-Dieu), pour l’ouverture de votre compte de
non-résident.

Pour rappel, la position de votre compte au 28/07/2026 est de 150,00 € (dépôt initial).
Merci de vous munir de votre passeport et d’un justificatif de domicile.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
Banque Lyonnaise de Dépôts
""",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="other", slug="alerta_empleo_infofarma", lang="es",
        frm=("InfoFarma Empleo", "alertas@infofarma-empleo.example.es"),
        subject="3 nuevas ofertas de asuntos regulatorios en Barcelona",
        date="2026-04-09 07:15 +0200",
        headers=_list("InfoFarma Empleo alertas <alertas.infofarma-empleo.example.es>",
                      "https://infofarma-empleo.example.es/baja?al=2231",
                      "baja@infofarma-empleo.example.es"),
        cte="quoted-printable",
        text=newsletter_text(
            "Tu alerta de empleo",
            "Hola Eleanor, estas son las nuevas ofertas que coinciden con tu búsqueda.",
            _IF_ITEMS,
            "Recibes este correo porque creaste una alerta en InfoFarma Empleo.\n"
            "Darse de baja: https://infofarma-empleo.example.es/baja?al=2231"),
        html=newsletter_html(
            "Tu alerta de empleo",
            "Hola Eleanor, estas son las nuevas ofertas que coinciden con tu búsqueda.",
            _IF_ITEMS,
            'Recibes este correo porque creaste una alerta en InfoFarma Empleo. '
            '<a href="https://infofarma-empleo.example.es/baja?al=2231">Darse de baja</a>',
            accent="#c62828"),
    ),
    dict(
        kind="other", slug="blog_superar_rechazo", lang="es",
        frm=("Blog de Carrera Farma", "boletin@carrerafarma.example.es"),
        subject="Cómo superar un rechazo en un proceso de selección",
        subj_cs=("iso-8859-1", "Q"),
        date="2026-06-17 09:00 +0200",
        headers=_list("Boletin Carrera Farma <boletin.carrerafarma.example.es>",
                      "https://carrerafarma.example.es/baja?u=ewa",
                      "baja@carrerafarma.example.es"),
        html_only=True,
        layout=("plain",),
        text="""Boletín semanal de Carrera Farma

Cómo superar un rechazo en un proceso de selección

"Lamentamos comunicarte que no has sido seleccionada." Si has leído esta frase
últimamente, no estás sola. Nuestros consejos:

- Pide feedback de forma breve y amable después de la entrevista.
- Revisa qué preguntas te costaron más y prepáralas de nuevo.
- No dejes de enviar candidaturas mientras esperas respuestas.

Lee el artículo completo: https://carrerafarma.example.es/blog/superar-rechazo

Darse de baja: https://carrerafarma.example.es/baja?u=ewa
""",
    ),
    dict(
        kind="other", slug="respuesta_automatica_jordi", lang="es",
        frm=("Jordi Casals", "jordi.casals@talentofarma.example.es"),
        contact="jordi.casals@talentofarma.example.es",
        subject="Respuesta automática: CV actualizado",
        date="2026-08-12 10:44 +0200",
        refs=["tf-own-cv-update"],
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Hola,

Estoy de vacaciones hasta el lunes 24 de agosto, sin acceso al correo.

Para cualquier tema urgente sobre entrevistas o procesos abiertos, escribe a mi compañera
Laura Serra (laura.serra@talentofarma.example.es) o llama al 93 555 18 40.

Gracias,
Jordi Casals – Talento Farma Barcelona
""",
    ),
    dict(
        kind="other", slug="master_no_admitida", lang="es",
        frm=("Escola de Postgrau Farmacèutic", "admisiones@postgrau-farma.example.es"),
        subject="Resolución de admisión – Máster en Asuntos Regulatorios 2026-2027",
        subj_cs=("utf-8", "B"),
        date="2026-07-15 12:00 +0200",
        charset="iso-8859-1",
        cte="base64",
        text="""Estimada Sra. Wójcik-Adeyemi:

Le comunicamos que, una vez valoradas todas las solicitudes, la comisión académica ha
resuelto que no ha sido admitida en el Máster en Asuntos Regulatorios para el curso
2026-2027, al no acreditar un título universitario en Ciencias de la Salud.

Puede presentar una reclamación en el plazo de diez días hábiles desde la recepción de esta
comunicación.

Atentamente,
Secretaría Académica
Escola de Postgrau Farmacèutic, Barcelona
""",
    ),
    dict(
        kind="other", slug="amiga_su_propio_rechazo", lang="es",
        frm=("Carla Vives", "carla.vives@correo.example.es"),
        contact="carla.vives@correo.example.es",
        subject="me han dicho que no en Miralbo :(",
        date="2026-06-25 22:05 +0200",
        text="""Hola guapa,

Te cuento: ayer me llegó el correo de Miralbo diciéndome que "lamentan comunicarme" que no
siguen con mi candidatura. Después de dos entrevistas... Estoy un poco de bajón.

¿Y tú? ¿Te dijeron algo al final después de que te anularan la entrevista? Si quieres, el
sábado nos tomamos algo en el Born y nos quejamos juntas.

Besos,
Carla
""",
    ),
    dict(
        kind="other", slug="envio_retrasado", lang="es",
        frm=("EnvíaYa", "no-reply@enviaya.example.es"),
        frm_cs=("iso-8859-1", "Q"),
        subject="Lamentablemente tu envío sufre un retraso",
        date="2026-09-02 08:10 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "EnvíaYa", "#00a19a"),
        text="""Hola Eleanor:

Lamentablemente tu envío EY-8812-3390 sufre un retraso por una incidencia en nuestro centro
logístico de Zaragoza.

Nueva fecha estimada de entrega: viernes 4 de septiembre.

Puedes seguir tu envío aquí: https://enviaya.example.es/seguimiento/EY88123390

Disculpa las molestias,
El equipo de EnvíaYa
""",
    ),
    dict(
        kind="other", slug="own_agradecimiento_tibidabo", lang="es",
        key="tibidabo-thanks",
        frm=CANDIDATE,
        to=[("Núria Ferrer", "nuria.ferrer@tibidabo-farma.example.es")],
        to_cs=("iso-8859-1", "Q"),
        subject="Gracias por la conversación",
        date="2026-07-22 18:40 +0100",
        refs=["tibidabo-call", "tibidabo-missed"],
        text="""Hola Núria:

Gracias de nuevo por la entrevista de esta mañana y por explicarme cómo trabaja el equipo
de registros. Me ha confirmado que es exactamente el paso que quiero dar.

Quedo a la espera de vuestras noticias.

Saludos,
Eleanor
""",
    ),
    dict(
        kind="other", slug="headhunter_contacto_sin_oferta", lang="es",
        frm=("Héctor Lozano", "hector.lozano@bem-search.example.es"),
        frm_cs=("utf-8", "Q"),
        contact="hector.lozano@bem-search.example.es",
        subject="¿Hablamos?",
        date="2026-10-05 10:30 +0200",
        text="""Hola Eleanor:

Soy Héctor Lozano, de Búsqueda Ejecutiva Mediterránea. Trabajo con laboratorios y CRO de
Barcelona y Valencia en perfiles de calidad y asuntos regulatorios.

Ahora mismo no tengo ninguna posición concreta para ti, pero tu trayectoria me parece muy
interesante y me gustaría conocerte para tenerte en cuenta en próximos proyectos.

¿Estarías abierta a una llamada de un cuarto de hora en las próximas semanas?

Un saludo,
Héctor Lozano
Búsqueda Ejecutiva Mediterránea
""",
    ),
]
