"""Corpus 322, English `other` mail: job-alert digests and newsletters full of job words, media
and user-research "interviews", parcels, bank and GPS "positions", viewings and appointments,
friends' own news, a refused course place, her own mail, and a forwarded invitation."""

from __future__ import annotations

from msgs322_common import ME, html_from_text, html_page, para_html, t

NIAMH = ("Niamh Ó Dálaigh", "niamh.odalaigh@example.ie")


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{list_id.strip('<>')}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


DIGEST_TEXT = t("""
    ClinicalJobs Weekly – 9 new roles matching "clinical research coordinator"

    1. Clinical Research Coordinator – Cork University Research Hub (€45k–€52k)
    2. Research Nurse, Band 6 – Royal Tyneside Trust (closing soon)
    3. Trial Manager – Oncology Trials Network, Dublin

    CAREER CORNER
    * Rejection isn't the end: five nurses on the "no" that led to their research career
    * Interview invitation? Here's how to prepare a STAR answer on GCP deviations
    * Unfortunately, not every recruiter replies – how to follow up without being pushy

    You are receiving this because you created a job alert on ClinicalJobs.
    Manage alerts or unsubscribe: https://clinicaljobs.example.com/alerts
    """)

SPECS = [
    {
        "slug": "digest_clinicaljobs",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-01-15 06:00 +0000",
        "frm": ("ClinicalJobs Weekly", "alerts@clinicaljobs.example.com"),
        "headers": bulk("<weekly.alerts.clinicaljobs.example.com>",
                        "https://clinicaljobs.example.com/u/8812"),
        "subject": "9 new clinical research coordinator jobs + how to bounce back from rejection",
        "text": DIGEST_TEXT,
        "html": html_from_text(DIGEST_TEXT, brand="ClinicalJobs Weekly", colour="#0077b6"),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "digest_careerpath_alerts",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-05-21 07:30 +0100",
        "frm": ("CareerPath HSC Job Alerts", "alerts@careerpath-hsc.example.uk"),
        "headers": bulk("<jobalerts.careerpath-hsc.example.uk>",
                        "https://careerpath-hsc.example.uk/alerts/unsub"),
        "subject": "Your job alert: 4 new posts – Research & Development",
        "text": t("""
            Job alert: Research & Development (Belfast, Lisburn, Newry)

            Clinical Trials Assistant – Band 4 – closes 29 May
            Senior Research Nurse – Band 7 – interviews to be held 16 June
            Data Manager – Cancer Registry – closes 3 June
            Research Governance Officer – Band 6 – interviews w/c 22 June

            Note: the Band 7 post attracted many applicants last time; unsuccessful candidates
            from the previous round need not reapply.

            You're receiving this alert because you subscribed at careerpath-hsc.example.uk.
            To stop these emails, update your alert settings.
            """),
    },
    {
        "slug": "newsletter_research_coordinator",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-06-06 08:15 +0000",
        "frm": ("The Research Coordinator", "newsletter@theresearchcoordinator.example.com"),
        "headers": bulk("<the-research-coordinator.newsletter.example.com>",
                        "https://theresearchcoordinator.example.com/unsubscribe"),
        "subject": "Issue 48: first 90 days, interview red flags & the offer you should refuse",
        "html": html_page(para_html([
            "<b>This week in The Research Coordinator</b>",
            "📌 <b>Interview red flags</b>: if the PI can't tell you who covers the screening "
            "log, ask again.",
            "📌 <b>Rejected after the final round?</b> Three readers share the feedback that "
            "finally landed them a CRC post.",
            "📌 <b>The offer you should refuse</b>: why a 'coordinator' title without "
            "delegation-log sign-off isn't a step up.",
            "📌 <b>Unfortunately</b>, the ACRP early-bird rate ends Friday.",
            "Forwarded this? Subscribe for free.",
        ]), brand="The Research Coordinator", colour="#3d405b",
            footer='You signed up at theresearchcoordinator.example.com. '
                   '<a href="https://theresearchcoordinator.example.com/unsubscribe">'
                   "Unsubscribe</a>."),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "podcast_interview_request",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-02-27 13:40 +0000",
        "frm": ("Dara Kinsella", "dara@nursingnotespod.example.ie"),
        "subject": "Podcast interview? Nurses moving into research",
        "text": t("""
            Hi Siobhán,

            I host Nursing Notes, a small podcast for Irish nurses (about 4,000 listeners).
            A colleague of yours mentioned you've been the trial link nurse on your ward
            and are moving into research coordination.

            Would you be up for a 30-minute interview for an episode on nurses moving into
            research? We record remotely, usually on Wednesday evenings, and I send the
            questions in advance. No pressure at all!

            Thanks,
            Dara Kinsella
            Nursing Notes Podcast
            """),
    },
    {
        "slug": "radio_interview_request",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-04-23 11:05 +0100",
        "frm": ("Eimear Hynes – Galway Bay Radio", "eimear.hynes@galwaybayradio.example.ie"),
        "subject": "Interview request – nurses emigrating (Tuesday morning show)",
        "text": t("""
            Hi Siobhán,

            I'm a producer on the Tuesday morning show on Galway Bay Radio. We're doing a
            segment on Irish nurses looking at jobs abroad and someone from the INMO branch
            suggested you might talk to us about your experience of applying in Berlin and
            Paris.

            It would be a short live interview by phone, around 8:40 next Tuesday. Would you
            be willing? You can remain anonymous if you'd prefer.

            Eimear Hynes
            Producer, Galway Bay Radio
            091 555 8800
            """),
    },
    {
        "slug": "user_research_interview",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-10 10:00 +0000",
        "frm": ("MyWard Health Research", "research@mywardhealth.example.com"),
        "subject": "Take part in a 30-min user interview – €40 voucher",
        "html": html_page(para_html([
            "Hi Siobhán,",
            "Thanks for using the MyWard shift app! We're redesigning the handover screen and "
            "we'd love to interview nurses about how they use it.",
            "The interview takes 30 minutes on Zoom, and every participant receives a "
            "<b>€40 One4All voucher</b>.",
            '<a href="https://mywardhealth.example.com/research/book">Book your interview '
            "slot</a>",
            "Unfortunately we can only take 12 participants this round, so book early.",
            "The MyWard Research team",
        ]), brand="MyWard", colour="#ef476f",
            footer="You received this because you opted in to research invitations. "
                   '<a href="https://mywardhealth.example.com/prefs">Update preferences</a>'),
        "headers": {"List-Unsubscribe": "<https://mywardhealth.example.com/prefs>"},
    },
    {
        "slug": "parcel_delayed",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-05-08 07:12 +0100",
        "frm": ("SwiftPost Tracking", "noreply@swiftpost.example.ie"),
        "subject": "Unfortunately your parcel is delayed",
        "text": t("""
            Hi Siobhán,

            Unfortunately your parcel SP 4481 2290 IE is delayed due to high volumes at our
            Athlone hub. We now expect to deliver it on Monday 11 May between 10:00 and
            14:00.

            You don't need to do anything. If you'd like to change your delivery, visit
            swiftpost.example.ie/track.

            SwiftPost – we're sorry for the inconvenience.
            """),
    },
    {
        "slug": "bank_position_statement",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-07-01 05:30 +0100",
        "frm": ("Atlantic Credit Union", "statements@atlanticcu.example.ie"),
        "subject": "Your quarterly position statement is ready",
        "text": t("""
            Dear Member,

            Your position statement for the quarter ending 30 June 2026 is now available in
            online banking. It shows your share balance, loan position and the dividend
            accrued to date.

            Atlantic Credit Union will never ask for your PIN or password by email.
            """),
    },
    {
        "slug": "gps_position_watch",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-08-09 19:44 +0100",
        "frm": ("TrailPace", "no-reply@trailpace.example.com"),
        "subject": "We couldn't fix your GPS position on Sunday's run",
        "text": t("""
            Hi Siobhán,

            Your activity "Salthill prom 10k" was saved, but your watch couldn't get a GPS
            position for the first 1.3 km, so your pace and distance may be off.

            Tip: wait for the satellite icon to go solid before pressing start.

            Keep running!
            The TrailPace team
            """),
    },
    {
        "slug": "landlord_viewing_moved",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-09-03 20:01 +0100",
        "frm": ("Martin Fahy", "martin.fahy@example.ie"),
        "subject": "Viewing of the flat – need to move to Thursday",
        "text": t("""
            Hi Siobhán,

            Sorry to do this, but I need to reschedule the viewing of the flat in Newcastle
            Road – I've a family thing on Wednesday. Could we do Thursday at 18:30 instead?
            The previous tenants will be out by then so you'll get a proper look.

            Martin
            """),
    },
    {
        "slug": "dentist_rescheduled",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-06-24 12:12 +0100",
        "frm": ("Eyre Square Dental", "appointments@eyresquaredental.example.ie"),
        "subject": "Your appointment has been rescheduled",
        "text": t("""
            Dear Siobhán,

            Due to staff illness, your check-up with Dr Nolan on Friday 26 June at 09:20 has
            been rescheduled to Tuesday 30 June at 17:40.

            If the new time does not suit, please call reception on 091 555 2020.

            Eyre Square Dental
            """),
    },
    {
        "slug": "gp_missed_appointment",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-02-12 16:30 +0000",
        "frm": ("Shantalla Medical Centre", "reception@shantallamedical.example.ie"),
        "subject": "You missed your appointment today",
        "text": t("""
            Dear Siobhán,

            Our records show you did not attend your appointment with Dr Breathnach today at
            11:15. The doctor waited for you and the slot could not be offered to another
            patient.

            Please phone us if you would like to rebook. Repeated missed appointments may
            incur a €25 fee.

            Shantalla Medical Centre
            """),
    },
    {
        "slug": "friend_own_rejection",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-02-21 22:48 +0000",
        "frm": NIAMH,
        "subject": "ugh – St Kevin's said no",
        "text": t("""
            Hey Siobhán,

            Got the email from St Kevin's this evening – not shortlisted for the research
            post. "Unfortunately, you have not been shortlisted on this occasion". Gutted,
            I was sure the haematology background would get me an interview at least.

            Did you hear anything back from them? Wine on Saturday to drown our sorrows?

            N x
            """),
    },
    {
        "slug": "friend_forwards_own_invite",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-04 08:05 +0000",
        "frm": NIAMH,
        "subject": "Fwd: Interview invitation – CareLattice (look!!)",
        "text": t("""
            Look who else got a CareLattice interview!! Forwarding it so you can compare
            with yours – is yours with Tom too? Mine is next Monday.

            N
            """),
        "fwd": {
            "slug": "fwd_inner_niamh_invite",
            "date": "2026-03-03 16:12 +0000",
            "frm": ("Priya Raman via Greenhouse", "no-reply@greenhouse-mail.io"),
            "to": [NIAMH],
            "reply_to": ("Priya Raman", "priya.raman@carelattice.example.co.uk"),
            "subject": "Interview invitation: Clinical Implementation Specialist at CareLattice",
            "text": t("""
                Hi Niamh,

                Thanks so much for applying to CareLattice. I'd love to set up a 45-minute
                video interview with me and Tom Ashdown on Monday 9 March at 14:00 (UK
                time). The calendar invite will follow.

                Speak soon,
                Priya
                """),
        },
    },
    {
        "slug": "course_place_refused",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-07-16 15:00 +0100",
        "frm": ("Postgraduate Admissions", "pgadmissions@atlanticuniversity.example.ie"),
        "subject": "Your application: PG Certificate in Clinical Research (part-time)",
        "text": t("""
            Dear Ms Ní Bhriain,

            Thank you for your application for the Postgraduate Certificate in Clinical
            Research (part-time, September 2026 intake).

            Unfortunately, the programme is oversubscribed and we are unable to offer you a
            place this year. You have been placed on the waiting list (position 7). We will
            contact you if a place becomes available before 14 September.

            Yours sincerely,
            Postgraduate Admissions Office
            Atlantic University Galway
            """),
    },
    {
        "slug": "prolink_search_appearances",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-04-05 09:00 +0000",
        "frm": ("ProLink", "notifications@prolink.example.com"),
        "headers": bulk("<weekly-stats.prolink.example.com>",
                        "https://prolink.example.com/settings/email"),
        "subject": "You appeared in 23 searches this week",
        "text": t("""
            Siobhán, you appeared in 23 searches this week.

            Recruiters from health-tech companies and hospitals looked at profiles like yours.
            Top search keywords: "clinical research", "GCP", "research nurse".

            Tip: add "Open to work" to get up to 2x more interview invitations.

            Unsubscribe from weekly stats: https://prolink.example.com/settings/email
            """),
    },
    {
        "slug": "webinar_interview_skills",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-01-21 12:00 +0000",
        "frm": ("Irish Clinical Research Network", "events@icrn.example.ie"),
        "headers": bulk("<members.icrn.example.ie>", "https://icrn.example.ie/unsubscribe"),
        "subject": "Webinar: Interviewing for your first CRC role – 4 February",
        "html": html_page(para_html([
            "Dear member,",
            "Join us on <b>Wednesday 4 February at 19:00</b> for a free webinar: "
            "<i>Interviewing for your first Clinical Research Coordinator role</i>.",
            "Our panel – two trial managers and a nurse who made the move last year – will "
            "cover typical interview questions, presentation tasks, and what to do after a "
            "rejection.",
            '<a href="https://icrn.example.ie/events/crc-interviews">Register now</a>',
        ]), brand="ICRN", colour="#2a9d8f",
            footer="You're receiving this as an ICRN member. "
                   '<a href="https://icrn.example.ie/unsubscribe">Unsubscribe</a>'),
    },
    {
        "slug": "union_newsletter_position_paper",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-10-02 10:30 +0100",
        "frm": ("Nurses' Alliance Ireland", "bulletin@nursesalliance.example.ie"),
        "headers": bulk("<bulletin.nursesalliance.example.ie>",
                        "https://nursesalliance.example.ie/bulletin/unsubscribe"),
        "subject": "Bulletin: our position paper on research nurse grading",
        "text": t("""
            NURSES' ALLIANCE IRELAND – OCTOBER BULLETIN

            * Position paper: research nurses should be graded at CNM2 where they hold
              delegated PI duties. Read the full paper online.
            * Pay talks: the employer side has postponed the next session to 20 October.
            * Branch AGM (West): 14 October, Galway, 19:30.

            To stop receiving the bulletin, visit
            https://nursesalliance.example.ie/bulletin/unsubscribe
            """),
    },
    {
        "slug": "own_dctg_reschedule_request",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-26 12:40 +0000",
        "frm": ME, "to": [("Grace Nolan", "grace.nolan@dctg.example.ie")],
        "parent": "dctg_missed_screen", "quote": "en",
        "subject": "Re: Phone screen this morning",
        "text": t("""
            Dear Grace,

            I'm very sorry – I was held back on the ward after a patient deteriorated and my
            phone was in my locker. I am still very interested in the role. Would it be
            possible to rearrange the call for Tuesday 31 March or Wednesday 1 April, any
            time after 15:00?

            Apologies again for the inconvenience,
            Siobhán Ní Bhriain
            """),
    },
]
