"""Corpus 236: the 52 `other` messages (digests, advice, the candidate's own mail, personal
and everyday mail that borrows job words), each written by hand."""

from __future__ import annotations

from msgs236_common import (
    CAND,
    M,
    digest_html,
    digest_text,
    eml,
    on_wrote,
    paras,
    pdf,
)


def _list_headers(list_id: str, unsub: str, post: bool = True) -> list[tuple[str, str]]:
    headers = [("List-Id", list_id), ("List-Unsubscribe", unsub)]
    if post:
        headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    headers.append(("Precedence", "bulk"))
    return headers


# ---------------------------------------------------------------------- digests

_X6_ITEMS = [
    ("Occupational Therapy Assistant - Tamar Valley NHS Trust (Plymouth)",
     "Band 3, community rehab. Interviews held within three weeks of closing.",
     "https://alerts.careworx.example.co.uk/j/88121?src=digest"),
    ("Reablement Support Worker - Torbay (Torquay)",
     "Full driving licence essential. Shortlisted applicants invited to a trial shift.",
     "https://alerts.careworx.example.co.uk/j/88154?src=digest"),
    ("Rehab Assistant (Neuro) - Bristol",
     "Private clinic, 37.5 hrs. Offer subject to enhanced DBS.",
     "https://alerts.careworx.example.co.uk/j/88177?src=digest"),
    ("Blog: Rejected after interview? Five things to do next",
     "Our careers coach on asking for feedback without burning bridges.",
     "https://careworx.example.co.uk/blog/rejected-after-interview"),
]
_X6_INTRO = """Hi Oksana, here are this week's new jobs matching "occupational therapy assistant"
within 40 miles of Plymouth."""
_X6_FOOT = ("You're receiving this because you created a job alert on Careworx. "
            "Unsubscribe: https://careworx.example.co.uk/alerts/unsubscribe?u=ofr26")

_X7_ITEMS = [
    ("Interview corner: the 'tell me about a time' question",
     "How to answer behavioural interview questions using STAR, with examples from reablement.",
     "https://otsupportweekly.example.org/issue-31/interview-corner"),
    ("When a job offer is withdrawn",
     "A reader's story and what employment law says about conditional offers.",
     "https://otsupportweekly.example.org/issue-31/offer-withdrawn"),
    ("New openings in the South West",
     "Twelve assistant posts closing this month, from Truro to Bristol.",
     "https://otsupportweekly.example.org/issue-31/openings"),
    ("Apprenticeship route to OT registration",
     "Degree apprenticeships explained, and why many applicants are turned down the first time.",
     "https://otsupportweekly.example.org/issue-31/apprenticeships"),
]

_X8_TEXT = """Bouncing back from a job rejection

By the Careworx careers team \u00b7 6 min read

"Unfortunately, on this occasion you have not been successful." Few sentences sting quite
like it, especially when you had already pictured yourself in the uniform.

1. Give yourself a day. Rejection hurts because you cared. That's a strength.
2. Ask for feedback \u2013 briefly and politely. Most NHS panels will give it by phone.
3. Separate the decision from your worth. Panels often choose on one narrow factor, such
   as a driving licence or experience in a particular ward.
4. Update your examples. If you were asked something you stumbled over at interview,
   write a better answer now while it's fresh.
5. Apply again. Many successful OT assistants were turned down two or three times first.

Read more career advice at https://careworx.example.co.uk/advice

You're receiving Careworx Career Advice because you subscribed. Manage preferences:
https://careworx.example.co.uk/preferences?u=ofr26"""

_X20_TEXT = """Oksana, you appeared in 14 searches this week

Recruiters from healthcare staffing and 2 other industries found your profile.

Who's looking:
- Talent Partner at a hospital group in Bristol
- Recruiter at a healthcare staffing company
- Hiring manager at a private clinic

See all searches: https://www.workconnect.example.com/me/search-appearances

Jobs you may be interested in:
- Occupational Therapy Assistant, Exeter - 37 applicants
- Therapy Support Worker, Truro - Be an early applicant

This email was intended for Oksana Fairweather-Ruiz (Care Worker | aspiring OT Assistant).
Unsubscribe: https://www.workconnect.example.com/e/unsub?m=searchdigest"""

_X21_TEXT = """Prepare for your next interview

Oksana, you recently applied to 3 jobs. Practise the most common questions for
"Occupational Therapy Assistant" roles with interview prep, and get instant tips on your
answers.

Start practising: https://www.workconnect.example.com/interview-prep?role=ota

Top question this week: "How would you support a client who refuses to use their new
equipment?"

You are receiving Job Seeker notifications. Unsubscribe:
https://www.workconnect.example.com/e/unsub?m=prep"""

_X24_INNER = M(
    slug="fwd_inner_stonehouse",
    frm=("Stonehouse Physio & OT Clinic", "no-reply@hire.lever.co"),
    to=CAND,
    subject="Your application to Stonehouse Physio & OT Clinic",
    date="2026-04-07 13:02 +0000",
    text="""Hi Oksana,

Thank you for applying for the Therapy Assistant (Hands & Upper Limb) position at
Stonehouse Physio & OT Clinic, and for the time you put into your application.

We have reviewed your experience carefully. At this point, we've decided to pursue other
applicants whose backgrounds align more closely with the specific needs of the role.

Kind regards,
The Stonehouse Physio & OT Clinic Team""",
)

_X34_ITEMS = [
    ("Aide-ergothérapeute H/F \u2013 Brest (29)",
     "CDI, temps partiel 80 %. Entretien avec l'ergothérapeute référente.",
     "https://emploi-sante-bzh.example.fr/offre/41877"),
    ("Assistant(e) de soins en gérontologie \u2013 Landerneau",
     "Poste à pourvoir rapidement, journée d'essai possible.",
     "https://emploi-sante-bzh.example.fr/offre/41902"),
    ("Conseil : que faire après un refus ?",
     "Relancer, demander un retour, rebondir : nos conseils.",
     "https://emploi-sante-bzh.example.fr/conseils/apres-un-refus"),
]

_X40_ITEMS = [
    ("Ergotherapie-Assistenz (m/w/d) \u2013 Bremen-Vegesack",
     "Teilzeit, ab sofort. Vorstellungsgespräche laufend.",
     "https://pflegejobs-nord.example.de/stelle/77120"),
    ("Betreuungskraft nach § 43b SGB XI \u2013 Bremen-Mitte",
     "Quereinsteiger willkommen, Probearbeiten möglich.",
     "https://pflegejobs-nord.example.de/stelle/77141"),
    ("Ratgeber: Absage erhalten \u2013 und jetzt?",
     "Wie Sie aus einer Absage lernen und die nächste Bewerbung verbessern.",
     "https://pflegejobs-nord.example.de/ratgeber/absage"),
]

_X45_ITEMS = [
    ("Auxiliar de Terapia Ocupacional \u2013 Santander",
     "Residencia de mayores, jornada completa. Entrevistas la próxima semana.",
     "https://empleosalud-cantabria.example.es/oferta/5531"),
    ("Técnico/a en Atención Sociosanitaria \u2013 Torrelavega",
     "Incorporación inmediata. Se valorará experiencia en el extranjero.",
     "https://empleosalud-cantabria.example.es/oferta/5547"),
    ("Guía: cómo responder a «háblame de ti» en una entrevista",
     "Ejemplos para perfiles sanitarios.",
     "https://empleosalud-cantabria.example.es/guias/hablame-de-ti"),
]

_OWN_SIG = "Oksana Fairweather-Ruiz\n07700 900 264"

MESSAGES = [
    # ================================================================ English (33)
    M(kind="other", slug="own_thanks_tamar", lang="en", frm=CAND,
      to=("Lowenna Trethewey", "lowenna.trethewey@tamarvalley-nhs.example.uk"),
      subject="Thank you - interview for OT Assistant (TV-26-0031)",
      date="2026-02-19 18:10 +0000", parent="tamar_panel_moved_seq1",
      text="""Dear Lowenna,

Please could you pass on my thanks to Ellie, Mark and Gillian for this afternoon's
interview? I really enjoyed the discharge scenario and the chance to hear about how the
community team works with the wards.

I'm very keen on the role and look forward to hearing from you.

Kind regards,
""" + _OWN_SIG),

    M(kind="other", slug="own_thanks_clifton", lang="en", frm=CAND,
      to=("Megan Hollis", "megan.hollis@cliftonrehab.example.co.uk"),
      subject="Thank you - Rehabilitation Assistant interview",
      date="2026-04-28 17:40 +0100", parent="clifton_interviewer_ill",
      text="""Hi Megan,

Thank you so much for this afternoon's interview with you and Tom. I really enjoyed
hearing about the falls-prevention clinic and the way the team splits home visits.

If it helps, I'm available to start from mid-June.

Warm regards,
Oksana"""),

    M(kind="other", slug="own_reschedule_request_teign", lang="en", frm=CAND,
      to=("Rachel Widdicombe", "rachel.widdicombe@teignexe-council.example.uk"),
      subject="Assessment centre \u2013 TED-0612 \u2013 date change request",
      date="2026-06-03 08:20 +0100", parent="teign_exe_assessment_centre",
      text="""Dear Rachel,

Thank you very much for the invitation. Unfortunately 16 June is the day of my Level 3
practical assessment, which I can't move. Would there be any possibility of attending on
another date?

I'm so sorry for the inconvenience.

Kind regards,
Oksana"""),

    M(kind="other", slug="own_application_kingsbridge", lang="en", frm=CAND,
      to=("Imogen Stentiford", "imogen@kingsbridgetherapy.example.co.uk"),
      subject="Therapy assistant - home visits (application)",
      date="2026-08-03 20:10 +0100",
      text="""Dear Imogen,

I saw on the Kingsbridge community noticeboard that you're looking for a part-time therapy
assistant for home visits around the South Hams.

I've spent six years as a senior care worker in Plymouth, the last two in a reablement team
where I work closely with the OTs on equipment, transfers and kitchen assessments. I'm now
working towards a Level 3 in allied health support and would love to move into an OT
assistant role. I know small practices often fill roles by word of mouth, so I'll completely
understand if it's already taken.

My CV is attached. Thank you for reading.

Best wishes,
Oksana Fairweather-Ruiz
07700 900 264""",
      attachments=[pdf("Oksana_Fairweather-Ruiz_CV.pdf", "Oksana Fairweather-Ruiz - CV",
                       ["Plymouth | oksana.fr@example.co.uk | 07700 900 264",
                        "Senior Care Worker, reablement team (2024 - present)",
                        "Care Worker, residential and domiciliary care (2020 - 2024)",
                        "Level 3 Allied Health Support (in progress)",
                        "Languages: English, Spanish, French (B2), German (B1)"])]),

    M(kind="other", slug="own_apology_harbourlight", lang="en", frm=CAND,
      to=("Dave Pascoe", "dave.pascoe@harbourlightcare.example.co.uk"),
      subject="So sorry about today",
      date="2026-04-16 19:02 +0100", parent="harbourlight_waited_reception",
      text="""Hi Dave,

I'm really sorry I didn't make it this afternoon. My shift overran because a resident had a
fall just as I was handing over, and my phone was in my locker the whole time. I should have
rung the home as soon as I got out.

If there's any chance of another time I'd be so grateful, but I completely understand if not.

Apologies again,
Oksana"""),

    M(kind="other", slug="careworx_weekly_alert_digest", lang="en",
      frm=("Careworx Job Alerts", "alerts@careworx.example.co.uk"),
      subject="8 new OT assistant jobs near Plymouth + what to do after a rejection",
      date="2026-03-16 07:00 +0000",
      text=digest_text("Your weekly job alert", _X6_INTRO, _X6_ITEMS, _X6_FOOT),
      html=digest_html("Your weekly job alert", _X6_INTRO, _X6_ITEMS, _X6_FOOT),
      headers=_list_headers("Careworx weekly alerts <weekly.alerts.careworx.example.co.uk>",
                            "<https://careworx.example.co.uk/alerts/unsubscribe?u=ofr26>, "
                            "<mailto:unsubscribe@careworx.example.co.uk?subject=ofr26>")),

    M(kind="other", slug="ot_support_weekly_newsletter", lang="en",
      frm=("OT Support Weekly", "editor@otsupportweekly.example.org"),
      subject="Issue 31: interview questions, withdrawn offers and 12 new openings",
      date="2026-05-22 06:30 +0100",
      html=digest_html("OT Support Weekly \u2013 Issue 31",
                       "Welcome back! This week we look at interviews from both sides of the "
                       "table.", _X7_ITEMS,
                       "You subscribed at otsupportweekly.example.org. "
                       '<a href="https://otsupportweekly.example.org/unsubscribe">'
                       "Unsubscribe</a>"),
      cte="quoted-printable",
      headers=_list_headers("OT Support Weekly <weekly.otsupportweekly.example.org>",
                            "<https://otsupportweekly.example.org/unsubscribe?id=ofr>")),

    M(kind="other", slug="career_advice_bounce_back", lang="en",
      frm=("Careworx Career Advice", "advice@careworx.example.co.uk"),
      subject="Bouncing back from a job rejection",
      date="2026-06-11 12:00 +0100", text=_X8_TEXT, html=paras(_X8_TEXT),
      headers=_list_headers("Careworx advice <advice.careworx.example.co.uk>",
                            "<https://careworx.example.co.uk/preferences?u=ofr26>")),

    M(kind="other", slug="podcast_interview_request", lang="en",
      contact="fern@carestories.example.co.uk",
      frm=("Fern Polglase", "fern@carestories.example.co.uk"),
      subject="Would you like to be interviewed on Care Stories?",
      date="2026-05-27 14:22 +0100",
      text="""Hi Oksana,

I produce Care Stories, a small podcast about people who work in social care in the South
West. Jo Trebilcock mentioned you're moving from care work into occupational therapy, and I
think our listeners would love to hear about it.

Would you be up for a recorded interview of about 40 minutes? We can do it in our Plymouth
studio or over video, any weekday evening in June. There's no fee, but we'll send you the
episode to share.

No pressure at all \u2013 just reply if you're interested.

Fern Polglase
Producer, Care Stories
www.carestories.example.co.uk"""),

    M(kind="other", slug="user_research_interview_invite", lang="en",
      contact="research@workconnect.example.com",
      frm=("Hannah at WorkConnect Research", "research@workconnect.example.com"),
      subject="Invitation: 30-minute research interview (\u00a340 voucher)",
      date="2026-07-08 15:10 +0100",
      text="""Hi Oksana,

We're improving how job seekers in health and social care search for roles on WorkConnect,
and we'd love to hear about your experience.

We're inviting a small group of members to a 30-minute video interview with one of our
user researchers. There are no right or wrong answers \u2013 we just want to understand how you
look for jobs. As a thank you, you'll receive a \u00a340 shopping voucher.

Book a time that suits you: https://research.workconnect.example.com/book/hc-0708

Thanks,
Hannah Osei
User Research, WorkConnect"""),

    M(kind="other", slug="parcel_delayed_unfortunately", lang="en",
      frm=("SwiftParcel", "no-reply@swiftparcel.example.co.uk"),
      subject="Unfortunately your parcel is delayed",
      date="2026-03-03 08:14 +0000",
      text="""Hi Oksana,

Unfortunately your parcel from CareUniforms Direct (tracking SP 4471 0093 2210) is delayed
because of severe weather affecting our Exeter hub.

New estimated delivery: Thursday 5 March, between 09:00 and 13:00.

We're sorry for any inconvenience. You can change your delivery slot or choose a
collection point here: https://track.swiftparcel.example.co.uk/SP44710093

SwiftParcel""",
      html=paras("""Hi Oksana,

Unfortunately your parcel from CareUniforms Direct (tracking SP 4471 0093 2210) is delayed
because of severe weather affecting our Exeter hub.

New estimated delivery: Thursday 5 March, between 09:00 and 13:00.

We're sorry for any inconvenience. You can change your delivery slot or choose a
collection point here: https://track.swiftparcel.example.co.uk/SP44710093

SwiftParcel"""),
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="gps_position_watch_sync", lang="en",
      frm=("TrailPace", "notifications@trailpace.example.com"),
      subject="We couldn't record your position on Sunday's walk",
      date="2026-08-31 09:02 +0100",
      text="""Hi Oksana,

Your watch lost its GPS position for 3.2 km during "Plym Valley loop" on Sunday 30 August,
so part of the route is shown as a straight line and your distance may be short.

Tip: wait for the GPS icon to turn green before starting, and keep your watch updated
(firmware 4.18 is available).

Edit the activity: https://app.trailpace.example.com/activities/99120438

The TrailPace team""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="friend_tells_own_rejection", lang="en",
      contact="becca.trewin@example.com",
      frm=("Becca Trewin", "becca.trewin@example.com"),
      subject="ugh",
      date="2026-04-29 22:48 +0100",
      text="""Oks,

Got the email from the hospital today - they've turned me down for the HCA job on the
children's ward. "We had a high number of strong candidates" blah blah. I really thought
the interview went well!!

Anyway I'm going to ring them for feedback tomorrow like you told me to. How did yours at
Clifton go? Fingers crossed for you.

Wine on Saturday?

B xx"""),

    M(kind="other", slug="recruiter_cold_approach", lang="en",
      contact="tom.carver@seawardtalent.example.co.uk",
      frm=("Tom Carver", "tom.carver@seawardtalent.example.co.uk"),
      subject="Your profile - therapy support roles in Devon",
      date="2026-02-12 13:37 +0000",
      text="""Hi Oksana,

I came across your profile on WorkConnect and noticed you're looking to move from care work
into therapy support. I specialise in allied health recruitment across Devon and Cornwall
and work with several NHS trusts, councils and private providers.

I don't have a specific vacancy for you today, but I'd be glad to have a quick chat about
the market and what employers are looking for, if that would be useful.

Best regards,
Tom Carver
Senior Recruiter, Seaward Talent
01752 496 220 | www.seawardtalent.example.co.uk"""),

    M(kind="other", slug="bank_mortgage_appointment_position", lang="en",
      frm=("Moorgate & Tamar Building Society", "noreply@moorgatetamar.example.co.uk"),
      subject="Your appointment is confirmed",
      date="2026-09-04 10:00 +0100",
      text="""Dear Ms Fairweather-Ruiz,

Your mortgage appointment is confirmed.

Date: Saturday 12 September 2026
Time: 10:30
Where: Mutley Plain branch, Plymouth
Adviser: Graham Tonkin

Please bring three months' payslips and a recent statement showing your current account
position. If your employment situation changes before the appointment, for example a new
job, let your adviser know on the day.

To change or cancel, call 0800 496 0123.

Moorgate & Tamar Building Society
This is an automated message. Please do not reply.""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="landlord_inspection_pet_declined", lang="en",
      contact="karen@plymhomeslettings.example.co.uk",
      frm=("Karen Stidston", "karen@plymhomeslettings.example.co.uk"),
      subject="Flat 2, 18 Hill Park Crescent - inspection and your request",
      date="2026-05-14 11:55 +0100",
      text="""Dear Oksana,

Two things about your tenancy:

1. Your routine six-monthly inspection is booked for Tuesday 26 May between 10am and 12pm.
   You don't need to be in, but please let me know if that slot doesn't suit.

2. I've spoken to the landlord about your request to keep a cat. I'm sorry, but he has
   decided to decline it because of the shared garden and the previous carpet damage. He
   asked me to say it's nothing personal.

Kind regards,
Karen Stidston
Property Manager, Plym Homes Lettings
01752 496 377"""),

    M(kind="other", slug="school_parents_evening_appointments", lang="en",
      contact="office@stbudeaux-primary.example.sch.uk",
      frm=("St Budeaux Primary School", "office@stbudeaux-primary.example.sch.uk"),
      subject="Parents' evening \u2013 your appointment times",
      date="2026-10-01 15:30 +0100",
      text="""Dear Parent/Carer,

Thank you for booking parents' evening appointments for Mateo (Year 4, Oak Class).

Your appointments:
- Wednesday 14 October, 16:40 \u2013 Mrs Bunney (class teacher)
- Wednesday 14 October, 17:00 \u2013 Mr Couch (SENCo)

Appointments are 10 minutes. If you can no longer attend, please reply to this email so we
can offer the slot to another family.

Kind regards,
School Office
St Budeaux Primary School"""),

    M(kind="other", slug="gp_appointment_cancelled", lang="en",
      frm=("Mutley Plain Medical Practice", "donotreply@mutleymedical.example.nhs.uk"),
      subject="Appointment cancelled \u2013 please rebook",
      date="2026-02-25 07:41 +0000",
      text="""Dear Oksana Fairweather-Ruiz,

Unfortunately your appointment with Dr Hext on Thursday 26 February at 09:10 has been
cancelled because the clinician is unwell.

Please rebook using the NHS App or by calling the surgery on 01752 496 600 after 8am. If
your need is urgent, call 111.

We apologise for any inconvenience.

Mutley Plain Medical Practice
Please do not reply to this message; this mailbox is not monitored.""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="ooo_recruiter_autoreply", lang="en",
      contact="jasmine.carne@westcountrycare.example.co.uk",
      frm=("Jasmine Carne", "jasmine.carne@westcountrycare.example.co.uk"),
      subject="Automatic reply: Interview prep question",
      date="2026-03-16 09:02 +0000",
      refs=["<7a1be2.interview-prep-q@example.co.uk>"],
      text="""Thank you for your email. I'm out of the office until Wednesday 18 March with limited
access to email.

If your message is about an interview or placement this week, please call the office on
01752 496 150 and one of my colleagues will help.

Jasmine Carne
Westcountry Care Recruitment""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),

    M(kind="other", slug="network_search_appearances", lang="en",
      frm=("WorkConnect", "notifications-noreply@workconnect.example.com"),
      subject="Oksana, you appeared in 14 searches this week",
      date="2026-06-29 08:15 +0100", text=_X20_TEXT, html=paras(_X20_TEXT),
      headers=_list_headers("<searchdigest.workconnect.example.com>",
                            "<https://www.workconnect.example.com/e/unsub?m=searchdigest>")),

    M(kind="other", slug="network_interview_prep_nudge", lang="en",
      frm=("WorkConnect Jobs", "jobs-noreply@workconnect.example.com"),
      subject="Oksana, prepare for your interview with interview prep",
      date="2026-04-19 18:20 +0100", text=_X21_TEXT, html=paras(_X21_TEXT),
      headers=_list_headers("<jobseeker.workconnect.example.com>",
                            "<https://www.workconnect.example.com/e/unsub?m=prep>")),

    M(kind="other", slug="university_ot_degree_unsuccessful", lang="en",
      frm=("Tamar University Admissions", "admissions-noreply@tamaruni.example.ac.uk"),
      subject="Your application to BSc (Hons) Occupational Therapy",
      date="2026-03-27 16:00 +0000",
      text="""Dear Oksana,

Thank you for your application to study BSc (Hons) Occupational Therapy (full-time, entry
September 2026) and for attending the selection day on 11 March.

We regret to inform you that your application has been unsuccessful. Competition for places
was particularly strong this year. Your decision has been updated in your applicant portal.

You may wish to consider our degree apprenticeship route, which opens for applications in
January.

Admissions Office
Tamar University""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="college_access_course_no_place", lang="en",
      contact="l.hamley@drakescollege.example.ac.uk",
      frm=("Linda Hamley", "l.hamley@drakescollege.example.ac.uk"),
      subject="Access to HE (Health Professions) \u2013 evening course",
      date="2026-08-26 12:10 +0100",
      text="""Dear Oksana,

Thank you for coming to the information evening and for your application for the Access to
HE Diploma (Health Professions), evening route.

I'm sorry to tell you that we are unable to offer you a place for September. The evening
group filled within a fortnight and we have had to close the waiting list. The daytime route
still has places, but I appreciate that won't work alongside your shifts.

We will open applications for the January start on 1 November.

Best wishes,
Linda Hamley
Access Programme Leader, Drake's College"""),

    M(kind="other", slug="own_forwards_rejection_to_friend", lang="en", frm=CAND,
      to=("Becca Trewin", "becca.trewin@example.com"),
      subject="Fwd: Your application to Stonehouse Physio & OT Clinic",
      date="2026-04-07 21:30 +0100",
      text="""Becca - another one :( this is the hand clinic I told you about. Do you think it's
worth asking them for feedback or is that a bit desperate when it's an automatic email?

O x""",
      attachments=[eml("Your application to Stonehouse Physio & OT Clinic.eml", _X24_INNER)]),

    M(kind="other", slug="own_chaser_hoe_side", lang="en", frm=CAND,
      to=("Sally Cundy", "sally.cundy@hoesidehospice.example.org.uk"),
      subject="Re: Cancelled: Interview - Therapy Assistant (Day Services)",
      date="2026-09-17 12:44 +0100", parent="hoe_side_cancel_ics",
      text="""Dear Sally,

I hope you're well. I just wanted to check whether there is any news on a new interview date
for the Therapy Assistant post. I'm still very interested.

Best wishes,
Oksana

""" + on_wrote("en", "Wed, 9 Sept 2026 at 08:30", "Sally Cundy", """Dear Oksana,

I'm afraid we have to cancel the interview on Thursday 17 September. Dr Reynolds has been
called to an inspection visit that day and we don't want to interview without her.""")),

    M(kind="other", slug="agency_webinar_interview_skills", lang="en",
      frm=("Westcountry Care Recruitment", "events@westcountrycare.example.co.uk"),
      subject="Free webinar: nail your care interview (Tues 7pm)",
      date="2026-02-27 12:00 +0000",
      html=digest_html("Interview Skills Masterclass",
                       "Join our consultants live on Tuesday 3 March at 7pm for an hour of "
                       "practical tips. Bring your questions!",
                       [("Register for the webinar",
                         "Free, online, recording sent to everyone who signs up.",
                         "https://westcountrycare.example.co.uk/events/interview-masterclass"),
                        ("Handling a rejection",
                         "Why 'no' isn't the end, and how to ask for feedback.",
                         "https://westcountrycare.example.co.uk/blog/handling-rejection"),
                        ("This week's live jobs",
                         "Care, reablement and therapy support across Devon and Cornwall.",
                         "https://westcountrycare.example.co.uk/jobs")],
                       "Westcountry Care Recruitment, Derry's Cross House, Plymouth. "
                       '<a href="https://westcountrycare.example.co.uk/unsubscribe">'
                       "Unsubscribe</a>"),
      cte="base64",
      headers=_list_headers("Westcountry news <news.westcountrycare.example.co.uk>",
                            "<https://westcountrycare.example.co.uk/unsubscribe?c=ofr>")),

    M(kind="other", slug="professional_body_support_workers_bulletin", lang="en",
      frm=("RCOT-style Support Workers Network", "bulletin@otsupportnetwork.example.org.uk"),
      subject="Support Workers Bulletin \u2013 June: new position statement",
      date="2026-06-18 10:00 +0100",
      text="""SUPPORT WORKERS BULLETIN \u2013 JUNE 2026

New position statement on delegation
Our council has published a position statement on what OT support workers can safely be
delegated. Read it: https://otsupportnetwork.example.org.uk/delegation-2026

Member interview: "From carer to OT assistant in 18 months"
We interview Priya from Swindon about her move from domiciliary care, the two rejections
she had along the way and the offer that finally came.
https://otsupportnetwork.example.org.uk/stories/priya

Events
- 9 July: Online CPD \u2013 goal setting with COPM
- 23 July: South West regional meet-up, Exeter

You receive this bulletin as a network member. Update preferences:
https://otsupportnetwork.example.org.uk/preferences""",
      headers=_list_headers("Support Workers Bulletin <bulletin.otsupportnetwork.example.org.uk>",
                            "<mailto:leave-bulletin@otsupportnetwork.example.org.uk>",
                            post=False)),

    M(kind="other", slug="plain_text_job_alert", lang="en",
      frm=("JobHarbour Alerts", "alerts@jobharbour.example.co.uk"),
      subject="New jobs for: therapy assistant, Bristol (5)",
      date="2026-07-27 06:05 +0100",
      text="""New jobs matching your search "therapy assistant" in Bristol

1. Therapy Assistant - Reablement, Avon Vale Council
   Closing 10 Aug. Interviews w/c 24 Aug.
   https://jobharbour.example.co.uk/job/301188

2. Rehabilitation Assistant, Clifton Rehab Partners
   Re-advertised. Previous applicants need not apply.
   https://jobharbour.example.co.uk/job/301202

3. OT Support Worker (bank), Severnside Community NHS Trust
   https://jobharbour.example.co.uk/job/301215

4. Activities Coordinator, Avonside Living
   https://jobharbour.example.co.uk/job/301240

5. Care Assistant - days, Brunel Wharf Care
   https://jobharbour.example.co.uk/job/301251

Manage alerts: https://jobharbour.example.co.uk/alerts
Unsubscribe: https://jobharbour.example.co.uk/u/ofr-ta-bristol""",
      headers=_list_headers("JobHarbour alerts <alerts.jobharbour.example.co.uk>",
                            "<https://jobharbour.example.co.uk/u/ofr-ta-bristol>")),

    M(kind="other", slug="foodbank_volunteer_shift_moved", lang="en",
      contact="volunteers@plymfoodbank.example.org.uk",
      frm=("Plymouth Community Food Bank", "volunteers@plymfoodbank.example.org.uk"),
      subject="Your Saturday shift has moved",
      date="2026-05-06 18:30 +0100",
      text="""Hi Oksana,

Quick one: because of the bank holiday deliveries, your volunteer shift on Saturday 9 May
has moved from 9am to 1pm (1pm \u2013 4pm) at the Stonehouse warehouse.

If you can't make the new time, just reply and I'll find a swap.

Thanks for everything you do!
Gemma
Volunteer Coordinator, Plymouth Community Food Bank"""),

    M(kind="other", slug="dbs_update_service_received", lang="en",
      frm=("DBS Update Service", "no-reply@dbs-updates.example.gov.uk"),
      subject="We have received your application to join the Update Service",
      date="2026-01-21 20:14 +0000",
      text="""Dear Oksana Fairweather-Ruiz,

We have received your application to subscribe to the DBS Update Service.

Application reference: US-2026-0419-7712

Once your certificate is issued, your subscription will start and you will be able to give
employers permission to check your certificate online.

You do not need to do anything else at this stage.

This is an automated email. Please do not reply.""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="candidate_experience_survey", lang="en",
      frm=("Tamar Valley NHS Trust", "surveys-noreply@tamarvalley-nhs.example.uk"),
      subject="How was your interview experience with us?",
      date="2026-02-24 12:00 +0000",
      text="""Dear candidate,

You recently attended an interview with Tamar Valley NHS Trust. We'd really value your
feedback on the recruitment process, whatever the outcome of your application.

The survey takes about 3 minutes and is anonymous:
https://surveys.tamarvalley-nhs.example.uk/candidate-experience?r=8812

Thank you,
Recruitment Team

Please do not reply to this email.""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="friend_offers_mock_interview", lang="en",
      contact="sian.penhaligon@example.org.uk",
      frm=("Sian Penhaligon", "sian.penhaligon@example.org.uk"),
      subject="mock interview?",
      date="2026-09-02 20:05 +0100",
      text="""Hey lovely,

Are you free Thursday evening? I've still got all my interview questions from when I went
for my OT band 4 job - I could give you a proper grilling over tea at mine. 7ish?

I'll be the panel, Rob can be the grumpy service user rep :)

S x"""),

    M(kind="other", slug="own_declines_plym_bridge_offer", lang="en", frm=CAND,
      to=("Dr Nia Okonjo", "nia.okonjo@plymbridgeneuro.example.co.uk"),
      subject="Re: Your offer from Plym Bridge Neuro Rehab",
      date="2026-08-03 09:15 +0100", parent="plym_bridge_ashby_offer",
      text="""Dear Dr Okonjo,

Thank you very much for the offer of the Rehabilitation Support Worker post, and for the
time you and Sam gave me at interview.

After a lot of thought I have decided to decline. The rotating weekend pattern would be very
hard to manage with my son's school, and I don't think it would be fair on the team to accept
knowing that.

I hope we cross paths again, and I wish the unit every success.

Kind regards,
""" + _OWN_SIG),

    # ================================================================ French (6)
    M(kind="other", slug="alerte_emploi_sante_bzh", lang="fr",
      frm=("Emploi Santé Bretagne", "alertes@emploi-sante-bzh.example.fr"),
      subject="3 nouvelles offres pour « aide-ergothérapeute » près de Brest",
      subject_enc=("iso-8859-1", "Q"),
      date="2026-03-02 07:30 +0100",
      text=digest_text("Vos nouvelles offres", "Bonjour Oksana, voici les offres publiées "
                       "cette semaine.", _X34_ITEMS,
                       "Se désabonner : https://emploi-sante-bzh.example.fr/desabonnement"),
      html=digest_html("Vos nouvelles offres", "Bonjour Oksana, voici les offres publiées "
                       "cette semaine.", _X34_ITEMS,
                       '<a href="https://emploi-sante-bzh.example.fr/desabonnement">'
                       "Se désabonner</a>"),
      headers=_list_headers("Alertes emploi <alertes.emploi-sante-bzh.example.fr>",
                            "<https://emploi-sante-bzh.example.fr/desabonnement?u=ofr>")),

    M(kind="other", slug="ifre_admission_refusee", lang="fr",
      frm=("Institut de formation en ergothérapie de Brest", "ne-pas-repondre@ifeb.example.fr"),
      subject="Résultat de votre candidature \u2013 formation d'ergothérapeute",
      date="2026-06-02 14:00 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Madame,

Nous vous informons que, à l'issue des épreuves de sélection, votre candidature à l'entrée
en première année de formation d'ergothérapeute (rentrée de septembre 2026) n'a pas été
retenue. Vous êtes classée en position 47 sur la liste complémentaire.

Vous serez prévenue par courriel si une place se libère d'ici au 31 août.

Le secrétariat pédagogique
Institut de formation en ergothérapie de Brest

Merci de ne pas répondre à ce message automatique.""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="own_candidature_abers", lang="fr", frm=CAND,
      to=("Clinique des Abers \u2013 Recrutement", "recrutement@clinique-abers.example.fr"),
      subject="Candidature \u2013 poste d'aide-ergothérapeute (CDI 80 %)",
      date="2026-03-09 21:15 +0000",
      text="""Madame, Monsieur,

Je vous adresse ma candidature au poste d'aide-ergothérapeute publié sur votre site.

Aide-soignante en Angleterre depuis six ans, dont deux au sein d'une équipe de réadaptation
à domicile, je travaille chaque jour avec des ergothérapeutes sur les transferts, les aides
techniques et l'autonomie dans les gestes du quotidien. Je prépare mon installation à Brest
pour l'été 2026 et je parle couramment français.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien, y
compris à distance.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Oksana Fairweather-Ruiz
+44 7700 900 264""",
      attachments=[pdf("CV_Oksana_Fairweather-Ruiz_FR.pdf", "Oksana Fairweather-Ruiz - CV",
                       ["Aide-soignante, équipe de réadaptation (Plymouth, 2024 - )",
                        "Auxiliaire de vie, EHPAD et domicile (2020 - 2024)",
                        "Langues : anglais, espagnol, français (B2), allemand (B1)"])]),

    M(kind="other", slug="colis_retarde_fr", lang="fr",
      frm=("ColiOuest", "notification@coliouest.example.fr"),
      subject="Votre colis est retardé",
      date="2026-06-24 09:12 +0200",
      text="""Bonjour,

Malheureusement, votre colis n° CO-88213-FR (expéditeur : Librairie Dialogues) a pris du
retard suite à un incident sur notre plateforme de Rennes.

Nouvelle date de livraison estimée : vendredi 26 juin.

Nous vous prions de nous excuser pour la gêne occasionnée.

Suivre mon colis : https://suivi.coliouest.example.fr/CO88213FR

ColiOuest \u2013 ce message est envoyé automatiquement.""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="amie_raconte_son_refus", lang="fr",
      contact="nolwenn.guillou@example.fr",
      frm=("Nolwenn Guillou", "nolwenn.guillou@example.fr"),
      subject="Des nouvelles de Quimper",
      date="2026-05-10 21:40 +0200",
      text="""Coucou Oksana !

Alors, l'entretien à l'hôpital de Quimper... refus. Ils m'ont dit que mon profil était
« très intéressant » mais qu'ils avaient choisi quelqu'un avec plus d'expérience en
pédiatrie. Je suis un peu dégoûtée, j'y croyais vraiment.

Bon, je rebondis : il y a un poste à la clinique de Pont-l'Abbé, je postule demain.

Et toi, ton déménagement à Brest, ça avance ? Tiens-moi au courant pour les Abers !

Bises,
Nolwenn"""),

    M(kind="other", slug="absence_automatique_fr", lang="fr",
      contact="m.kerbrat@armor-interim-sante.example.fr",
      frm=("Maëlys Kerbrat", "m.kerbrat@armor-interim-sante.example.fr"),
      name_enc=("utf-8", "Q"),
      subject="Réponse automatique : Entretien à la Résidence Les Goémons",
      date="2026-02-05 08:01 +0100", parent="armor_goemons_entretien",
      text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 9 février inclus. Pour toute urgence concernant
une mission ou un entretien, merci de contacter l'agence au 02 98 49 61 40.

Cordialement,
Maëlys Kerbrat""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),

    # ================================================================ German (5)
    M(kind="other", slug="pflegejobs_nord_jobletter", lang="de",
      frm=("Pflegejobs Nord", "jobletter@pflegejobs-nord.example.de"),
      subject="Ihr Jobletter: 2 neue Stellen in Bremen + Ratgeber zur Absage",
      date="2026-04-27 06:45 +0200",
      text=digest_text("Ihr Jobletter", "Guten Morgen, hier sind die neuen Stellen zu Ihrer "
                       "Suche \u201eErgotherapie Assistenz Bremen\u201c.", _X40_ITEMS,
                       "Abmelden: https://pflegejobs-nord.example.de/abmelden"),
      html=digest_html("Ihr Jobletter", "Guten Morgen, hier sind die neuen Stellen zu Ihrer "
                       "Suche \u201eErgotherapie Assistenz Bremen\u201c.", _X40_ITEMS,
                       '<a href="https://pflegejobs-nord.example.de/abmelden">Abmelden</a>'),
      html_cte="base64",
      headers=_list_headers("Jobletter <jobletter.pflegejobs-nord.example.de>",
                            "<https://pflegejobs-nord.example.de/abmelden?u=ofr>")),

    M(kind="other", slug="wohnung_absage_besichtigung", lang="de",
      contact="vermietung@hansewohnen.example.de",
      frm=("Hansewohnen Vermietung", "vermietung@hansewohnen.example.de"),
      subject="Ihre Anfrage: 2-Zimmer-Wohnung Findorffstraße 58",
      date="2026-07-21 16:10 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrte Frau Fairweather-Ruiz,

vielen Dank für Ihr Interesse an der Wohnung in der Findorffstraße 58 und für Ihr Kommen zum
Besichtigungstermin am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten
entschieden hat. Gern informieren wir Sie über weitere Angebote in Findorff und Walle.

Mit freundlichen Grüßen
Ihr Vermietungsteam
Hansewohnen Bremen"""),

    M(kind="other", slug="abwesenheitsnotiz_weserbogen", lang="de",
      contact="b.oltmanns@klinikum-weserbogen.example.de",
      frm=("Birte Oltmanns", "b.oltmanns@klinikum-weserbogen.example.de"),
      subject="Abwesenheitsnotiz: Rückfrage zum Vorstellungsgespräch",
      date="2026-05-14 12:03 +0200",
      refs=["<91d3aa.rueckfrage-gespraech@example.co.uk>"],
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 18. Mai nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an personal@klinikum-weserbogen.example.de.

Mit freundlichen Grüßen
Birte Oltmanns""",
      headers=[("Auto-Submitted", "auto-replied")]),

    M(kind="other", slug="own_bewerbung_weserhilfe", lang="de", frm=CAND,
      to=("Weserhilfe e.V.", "bewerbung@weserhilfe.example.de"),
      subject="Bewerbung als Assistenz Ergotherapie (Tagesförderstätte Walle)",
      date="2026-08-30 19:50 +0100", charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf Ihre Stelle als Assistenz Ergotherapie in der
Tagesförderstätte Walle.

Seit sechs Jahren arbeite ich in England in der Pflege, zuletzt in einem Reablement-Team,
in dem ich eng mit Ergotherapeutinnen zusammenarbeite. Im Herbst ziehe ich nach Bremen; mein
Deutsch entspricht dem Niveau B1, und ich besuche einen Aufbaukurs.

Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Oksana Fairweather-Ruiz"""),

    M(kind="other", slug="sprachkurs_abgesagt", lang="de",
      contact="kursbuero@sprachhaus-bremen.example.de",
      frm=("Sprachhaus Bremen Kursbüro", "kursbuero@sprachhaus-bremen.example.de"),
      subject="Ihr Kurs Deutsch B2 (online, abends) wurde abgesagt",
      date="2026-09-11 11:20 +0200",
      text="""Liebe Frau Fairweather-Ruiz,

leider müssen wir Ihnen mitteilen, dass der Online-Abendkurs Deutsch B2 (Beginn 21.
September) wegen zu geringer Anmeldezahlen abgesagt wird. Die Kursgebühr wird Ihnen in den
nächsten Tagen vollständig erstattet.

Als Alternative können wir Ihnen einen Platz im Samstagskurs ab 26. September anbieten.
Antworten Sie einfach auf diese E-Mail, wenn Sie umbuchen möchten.

Viele Grüße
Ihr Kursbüro
Sprachhaus Bremen"""),

    # ================================================================ Spanish (8)
    M(kind="other", slug="alerta_empleo_cantabria", lang="es",
      frm=("Empleo Salud Cantabria", "alertas@empleosalud-cantabria.example.es"),
      subject="Nuevas ofertas para ti: auxiliar de terapia ocupacional",
      date="2026-05-25 08:00 +0200",
      text=digest_text("Tus nuevas ofertas", "Hola Oksana, estas son las ofertas de esta "
                       "semana en Cantabria.", _X45_ITEMS,
                       "Darse de baja: https://empleosalud-cantabria.example.es/baja"),
      html=digest_html("Tus nuevas ofertas", "Hola Oksana, estas son las ofertas de esta "
                       "semana en Cantabria.", _X45_ITEMS,
                       '<a href="https://empleosalud-cantabria.example.es/baja">Darse de '
                       "baja</a>"),
      headers=_list_headers("Alertas <alertas.empleosalud-cantabria.example.es>",
                            "<https://empleosalud-cantabria.example.es/baja?u=ofr>")),

    M(kind="other", slug="own_candidatura_magdalena", lang="es", frm=CAND,
      to=("Clínica Magdalena Rehab", "empleo@clinicamagdalena.example.es"),
      subject="Candidatura: auxiliar de terapia ocupacional",
      date="2026-08-31 22:05 +0100",
      text="""Buenas noches:

Me llamo Oksana Fairweather-Ruiz y les escribo para presentar mi candidatura al puesto de
auxiliar de terapia ocupacional publicado en su web.

Llevo seis años trabajando en el sector de los cuidados en Inglaterra, los dos últimos en un
equipo de rehabilitación domiciliaria. Mi madre es de Santander y hablo español con fluidez;
tengo previsto instalarme allí este otoño.

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Un saludo cordial,
Oksana Fairweather-Ruiz
+44 7700 900 264""",
      attachments=[pdf("CV_Oksana_Fairweather-Ruiz_ES.pdf", "Oksana Fairweather-Ruiz - CV",
                       ["Cuidadora sénior, equipo de rehabilitación (Plymouth, 2024 - )",
                        "Auxiliar de cuidados, residencia y domicilio (2020 - 2024)",
                        "Idiomas: inglés, español (nativo), francés (B2), alemán (B1)"])]),

    M(kind="other", slug="master_no_admitida", lang="es",
      frm=("Universidad del Cantábrico - Posgrado", "no-responder@ucantabrico.example.es"),
      subject="Resolución de admisión \u2013 Máster en Terapia Ocupacional",
      subject_enc=("utf-8", "B"),
      date="2026-07-15 13:00 +0200",
      text="""Estimada solicitante:

Le comunicamos que la comisión académica ha resuelto NO ADMITIR su solicitud al Máster
Universitario en Terapia Ocupacional en Geriatría para el curso 2026-2027, al no acreditar
una titulación de grado en Terapia Ocupacional.

Puede presentar recurso de alzada ante el Rectorado en el plazo de un mes.

Servicio de Gestión Académica de Posgrado
Este es un mensaje automático; no responda a esta dirección.""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="paquete_retrasado_es", lang="es",
      frm=("EnvíaYa", "avisos@enviaya.example.es"),
      name_enc=("iso-8859-1", "Q"),
      subject="Tu envío lleva retraso",
      date="2026-10-06 10:45 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Hola Oksana:

Lamentablemente, tu envío EY-2026-558812 (remitente: Muebles Bahía) se ha retrasado por un
problema en nuestro centro de distribución de Burgos.

Nueva fecha estimada de entrega: jueves 8 de octubre.

Sentimos las molestias. Puedes consultar el estado aquí:
https://enviaya.example.es/seguimiento/EY2026558812

EnvíaYa""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="amiga_cuenta_su_rechazo", lang="es",
      contact="carmen.setien@example.es",
      frm=("Carmen Setién", "carmen.setien@example.es"),
      subject="Me han dicho que no :(",
      date="2026-06-03 23:10 +0200",
      text="""¡Hola prima!

Te cuento: ayer me llamaron del hospital de Laredo y al final no me cogen para la plaza de
celadora. Dicen que han elegido a alguien de la bolsa con más puntos. Qué rabia, con lo bien
que me salió la entrevista.

¿Y lo tuyo con el Costa Pas? Mi madre dice que te vienes en septiembre, ¡qué ganas!

Un beso enorme,
Carmen"""),

    M(kind="other", slug="fuera_de_oficina_es", lang="es",
      contact="lucia.ortiz@cantabrotalento.example.es",
      frm=("Lucía Ortiz Bedia", "lucia.ortiz@cantabrotalento.example.es"),
      subject="Respuesta automática: Entrevista con Los Arcos",
      date="2026-05-05 07:00 +0200",
      refs=["<42af19.entrevista-arcos@example.co.uk>"],
      text="""Hola:

Estoy fuera de la oficina hasta el 6 de mayo, sin acceso al correo. Si tu consulta es sobre
una entrevista o una incorporación urgente, llama al 942 49 61 70.

Gracias,
Lucía Ortiz Bedia
Cántabro Talento Sanitario""",
      headers=[("Auto-Submitted", "auto-replied")]),

    M(kind="other", slug="banco_cita_posicion_global", lang="es",
      frm=("Banco Norte Cantábrico", "notificaciones@bancontecantabrico.example.es"),
      subject="Confirmación de cita en oficina",
      date="2026-09-22 09:30 +0200",
      html=paras("""Estimada clienta:

Le confirmamos su cita en la oficina de Paseo de Pereda, Santander, el lunes 28 de
septiembre a las 10:00, con su gestora Ana Liaño, para la apertura de cuenta de no
residente.

Le recordamos que puede consultar su posición global en la banca online en cualquier
momento. Si desea anular o cambiar la cita, hágalo desde la app.

Banco Norte Cantábrico
Este correo se ha enviado automáticamente; por favor, no responda."""),
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="other", slug="radio_pide_entrevista", lang="es",
      contact="produccion@radiobahia.example.es",
      frm=("Radio Bahía - Producción", "produccion@radiobahia.example.es"),
      subject="Propuesta de entrevista para «Cantabria que vuelve»",
      date="2026-10-13 12:25 +0200",
      text="""Hola, Oksana:

Te escribo desde el programa «Cantabria que vuelve» de Radio Bahía. Hacemos entrevistas a
personas con raíces cántabras que regresan a vivir aquí después de años fuera, y tu prima
Carmen nos ha hablado de ti y de tu trabajo en los cuidados en Inglaterra.

¿Te animarías a una entrevista de unos 15 minutos? Puede ser por teléfono, un martes o
jueves por la mañana de octubre o noviembre.

Un saludo y gracias,
Alba Cobo
Producción, Radio Bahía"""),
]
