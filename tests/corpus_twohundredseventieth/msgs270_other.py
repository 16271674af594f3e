# ruff: noqa  -- hand-written message data (dict specs), not code under lint
"""Corpus 270, kind `other`: 52 hand-written messages (en 30, de 6, fr 7, es 9).

Newsletters and alerts, the candidate's own sent mail, notifications, out-of-office replies,
friends, press, and bank / landlord / school / doctor / course mail that uses the words of a
job search in another sense.
"""

from __future__ import annotations

from msgs270_common import (
    CANDIDATE,
    MID,
    ats_card,
    d,
    digest,
    forwarded,
    mso,
    outlook_html,
    page,
    paras,
    quoted,
)

ME = CANDIDATE


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>,\n <mailto:{unsub_mail}?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


CV_PDF = dict(name="CV_Ingrid_Okonkwo-Haldane.pdf", title="Ingrid Okonkwo-Haldane - CV",
              lines=["Aberdeen, United Kingdom | ingrid.oh@example.no | +47 955 51 204", "",
                     "Deckhand / AB, North Sea passenger and freight ferry, Stavanger, "
                     "2019-present",
                     "- loading plans for trailers and dangerous goods with the chief officer",
                     "- mooring, watchkeeping, cargo securing, port turnarounds", "",
                     "Certificates: STCW Basic Safety, Efficient Deck Hand, GMDSS ROC",
                     "Languages: English (native), Norwegian (fluent), German (B2), "
                     "French (B1), Spanish (B1)",
                     "Education: HNC Nautical Science, 2018"])

OTHER_EN = [
    dict(
        kind="other", slug="portjobs_alert_digest", lang="en", contact="",
        frm=("PortJobs UK", "alerts@portjobs.example.co.uk"),
        subject="7 new logistics planner jobs near Aberdeen & Inverness",
        date="2026-03-02 06:00 +0000",
        hdrs=list_headers("PortJobs job alerts <jobalerts.portjobs.example.co.uk>",
                          "https://portjobs.example.co.uk/alerts/unsub?u=8812&t=ab12",
                          "unsubscribe@portjobs.example.co.uk"),
        text=d("""
            Your daily job alert: "logistics planner" within 50 miles of Aberdeen

            1. Marine Logistics Planner - Peterhead - £34k-£38k
               https://portjobs.example.co.uk/j/44120
            2. Shipping Coordinator - Aberdeen Harbour - £30k
               https://portjobs.example.co.uk/j/44131
            3. Transport Planner (nights) - Inverness - £31k + shift allowance
               https://portjobs.example.co.uk/j/44138
            4. Supply Base Planner - Altens - competitive
               https://portjobs.example.co.uk/j/44142
            5. Port Operations Assistant - Fraserburgh - £26k
               https://portjobs.example.co.uk/j/44150

            From the blog
            - Interview next week? The five questions every port employer asks
              https://portjobs.example.co.uk/blog/port-interview-questions
            - Had a rejection? How to ask for feedback without burning bridges
              https://portjobs.example.co.uk/blog/asking-for-feedback

            You're receiving this because you set up a job alert. Manage alerts:
            https://portjobs.example.co.uk/alerts
        """),
        html=digest("PortJobs UK - your job alert",
                    "<p>7 new jobs match <b>logistics planner</b> within 50 miles of "
                    "Aberdeen.</p>",
                    [("Marine Logistics Planner", "Peterhead - £34k-£38k",
                      "https://portjobs.example.co.uk/j/44120"),
                     ("Shipping Coordinator", "Aberdeen Harbour - £30k",
                      "https://portjobs.example.co.uk/j/44131"),
                     ("Transport Planner (nights)", "Inverness - £31k + shift allowance",
                      "https://portjobs.example.co.uk/j/44138"),
                     ("Supply Base Planner", "Altens - competitive",
                      "https://portjobs.example.co.uk/j/44142"),
                     ("Port Operations Assistant", "Fraserburgh - £26k",
                      "https://portjobs.example.co.uk/j/44150"),
                     ("Interview next week? The five questions every port employer asks",
                      "From the blog", "https://portjobs.example.co.uk/blog/port-interview-questions"),
                     ("Had a rejection? How to ask for feedback without burning bridges",
                      "From the blog", "https://portjobs.example.co.uk/blog/asking-for-feedback")],
                    "You're receiving this because you set up a job alert. "
                    "<a href=\"https://portjobs.example.co.uk/alerts\">Manage alerts</a> &middot; "
                    "<a href=\"https://portjobs.example.co.uk/alerts/unsub?u=8812&amp;t=ab12\">"
                    "Unsubscribe</a>"),
    ),
    dict(
        kind="other", slug="planners_log_newsletter", lang="en", contact="",
        frm=("The Planner's Log", "newsletter@plannerslog.example.com"),
        subject="The Planner's Log #118: why recruiters reject ex-seafarers (and why they "
                "shouldn't)",
        date="2026-04-08 07:30 +0100",
        hdrs=list_headers("The Planner's Log <weekly.plannerslog.example.com>",
                          "https://plannerslog.example.com/unsubscribe/5f2c1",
                          "leave@plannerslog.example.com"),
        text=d("""
            THE PLANNER'S LOG - issue 118

            This week: "Unfortunately we have decided not to proceed" - we asked six hiring
            managers at UK ports why so many seafarers get that line when they apply for
            planning jobs. Short answer: CVs written for captains, not for planners.
            https://plannerslog.example.com/118/seafarers

            Also in this issue
            - Interview invitations for freight planners rose 12% on the Humber in Q1
              https://plannerslog.example.com/118/humber-data
            - Offer or counter-offer? What to do when your current employer matches
              https://plannerslog.example.com/118/counter-offers
            - Openings: 40+ planner roles from Hull to Rotterdam on our board
              https://plannerslog.example.com/jobs

            Forward this to a colleague: https://plannerslog.example.com/subscribe
            Unsubscribe: https://plannerslog.example.com/unsubscribe/5f2c1
        """),
        html=lambda t: page(paras(t), title="The Planner's Log #118"),
    ),
    dict(
        kind="other", slug="career_advice_article_html_only", lang="en", contact="",
        frm=("Shore Leave Careers", "digest@shoreleavecareers.example.com"),
        subject="How to handle a rejection after a final interview",
        date="2026-05-26 12:00 +0000",
        hdrs=list_headers("Shore Leave Careers digest <digest.shoreleavecareers.example.com>",
                          "https://shoreleavecareers.example.com/prefs?id=ih92",
                          "unsub@shoreleavecareers.example.com"),
        html=page(d("""
            <h1 style="font-size:22px">How to handle a rejection after a final interview</h1>
            <p><i>A five-minute read for people leaving sea-going jobs</i></p>
            <p>You got through the phone screen, the panel and the case study. Then the email
            arrives: &ldquo;Thank you for your time. Unfortunately, on this occasion, we will
            not be offering you the position.&rdquo; It stings more at the last stage.</p>
            <h2 style="font-size:17px">1. Reply, briefly and gracefully</h2>
            <p>Thank the panel and ask to be considered for future roles. Hiring managers
            remember the candidates who came second and stayed polite.</p>
            <h2 style="font-size:17px">2. Ask one specific question</h2>
            <p>&ldquo;Was there one area where the successful candidate was stronger?&rdquo;
            is more likely to get an answer than &ldquo;Can I have feedback?&rdquo;</p>
            <h2 style="font-size:17px">3. Log it and move on</h2>
            <p>Write down the questions you were asked while they are fresh. Your next
            interview invitation is more likely than it feels today.</p>
            <p><a href="https://shoreleavecareers.example.com/articles/final-interview-rejection">
            Read the full article</a> &middot; <a href="https://shoreleavecareers.example.com/jobs">
            Browse openings</a></p>
            <p style="font-size:11px;color:#777">You are subscribed to the Shore Leave Careers
            digest. <a href="https://shoreleavecareers.example.com/prefs?id=ih92">Update
            preferences or unsubscribe</a>.</p>
        """), title="Shore Leave Careers"),
    ),
    dict(
        kind="other", slug="podcast_guest_request", lang="en",
        contact="niamh@decktodesk.example.com",
        frm=("Niamh Cassidy", "niamh@decktodesk.example.com"),
        subject="Podcast invite: Deck to Desk",
        date="2026-06-05 13:44 +0100",
        text=d("""
            Hi Ingrid,

            I host Deck to Desk, a wee podcast about people moving from sea-going jobs into
            shore-based careers. A listener who works with you on the ferry suggested you'd be
            a great guest.

            Would you be up for being interviewed for an episode? It's a relaxed 40-minute
            conversation recorded over Zoom - what the job on deck is really like, and what
            the job hunt has been like from the other side. Any Tuesday evening in June or
            July works for us.

            No pressure at all, and no need to talk about specific employers.

            Niamh
            Deck to Desk | https://decktodesk.example.com
        """),
    ),
    dict(
        kind="other", slug="user_research_interview_voucher", lang="en",
        contact="tom.whitlock@shiftboard.example.com",
        frm=("Tom Whitlock", "tom.whitlock@shiftboard.example.com"),
        subject="Could we interview you about your job search? (£30 voucher)",
        date="2026-04-22 10:05 +0100",
        text=d("""
            Hi Ingrid,

            I'm a user researcher at ShiftBoard, the job app you signed up to in February.
            We're redesigning how people keep track of their applications and I'd love to
            interview you for 45 minutes over video about how you manage yours - spreadsheets,
            notebooks, whatever you use.

            This isn't about a job with us, and there are no right answers. As a thank-you
            we'll send a £30 voucher.

            If you're up for it, pick a slot here: https://shiftboard.example.com/research/book

            Thanks,
            Tom Whitlock
            Senior User Researcher, ShiftBoard
        """),
        html=lambda t: page(paras(t)),
    ),
    dict(
        kind="other", slug="parcel_delayed_unfortunately", lang="en", contact="",
        frm=("ParcelHop", "no-reply@parcelhop.example.co.uk"),
        subject="Unfortunately your parcel is delayed",
        date="2026-02-12 07:52 +0000",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text=d("""
            Hi Ingrid,

            Unfortunately your parcel PH 7731 0042 9918 from Nautic Kit Store has been delayed
            because of severe weather at our Aberdeen depot.

            New estimated delivery: Friday 13 February, 08:00-12:00.

            You don't need to do anything. If you'd like to change where it's delivered, use
            the link below.
            https://parcelhop.example.co.uk/track/PH77310042991

            ParcelHop - this mailbox is not monitored.
        """),
        html=lambda t: ats_card("ParcelHop", paras(t), colour="#f77f00"),
    ),
    dict(
        kind="other", slug="vessel_position_report", lang="en", contact="",
        frm=("SeaTrace Alerts", "alerts@seatrace.example.com"),
        subject="Position report: NORDLYS STAVANGER is 4 h behind schedule",
        date="2026-03-18 05:31 +0000",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text=d("""
            Watched vessel: NORDLYS STAVANGER (IMO 9000001)

            Last position: 58°07.4'N 003°41.9'E, 05:28 UTC
            Course 248°, speed 11.2 kn
            Destination: ABERDEEN
            ETA: 18 Mar 13:40 UTC (was 09:30)

            The vessel is behind the published timetable. Arrival at berth may be delayed
            further; check with the operator before travelling.

            Manage your watch list: https://seatrace.example.com/watch
        """),
    ),
    dict(
        kind="other", slug="friend_tells_own_rejection", lang="en",
        contact="siobhan.rennie@postbox.example.co.uk",
        frm=("Siobhan Rennie", "siobhan.rennie@postbox.example.co.uk"),
        subject="ugh",
        date="2026-05-15 21:17 +0100",
        text=d("""
            Hiya,

            Just got my rejection from the harbour trust. "We have decided to move forward
            with candidates whose experience more closely matches the role." After THREE
            interviews. I could scream.

            Anyway - how's your hunt going? Did you hear back from the Hull lot? Pint on
            Friday at the Prince of Wales, I need to moan at someone who gets it.

            S x
        """),
    ),
    dict(
        kind="other", slug="sent_thanks_dee_after_interview", lang="en", contact="",
        frm=ME,
        to=[("Euan Strachan", "euan.strachan@deeharbour.example.co.uk"),
            ("Morag Leslie", "morag.leslie@deeharbour.example.co.uk")],
        subject="Thank you - Logistics Planner interview",
        date="2026-03-04 19:05 +0000",
        msgid=MID["dee_thanks"], irt=MID["dee_move"],
        refs=[MID["dee_invite"], MID["dee_move"]],
        text=d("""
            Dear Euan and Morag,

            Thank you both for the interview this afternoon. I enjoyed hearing about the
            supply runs to the Forties platforms and how the planners work with the masters.

            Kind regards,
            Ingrid

            Ingrid Okonkwo-Haldane
            +47 955 51 204
        """),
    ),
    dict(
        kind="other", slug="sent_application_tyne_with_cv", lang="en", contact="",
        frm=ME,
        to=[("Tyne Forwarding Recruitment", "recruitment@tyneforwarding.example.co.uk")],
        subject="Application: Freight Planner (ref TF-FP-02)",
        date="2026-02-02 21:03 +0000",
        msgid=MID["tyne_apply"],
        text=d("""
            Dear Hiring Team,

            Please find attached my CV for the Freight Planner vacancy advertised on your
            website.

            I have spent six years as a deckhand on a North Sea passenger and freight ferry,
            where I help the chief officer build the loading plan for up to 120 trailers a
            sailing, including dangerous goods. I'd like to bring that experience ashore, and
            your RoRo and groupage work on the Tyne is exactly the kind of planning I'm aiming
            for.

            I'm available for interview at short notice on my weeks off and can be reached on
            +47 955 51 204.

            Kind regards,
            Ingrid Okonkwo-Haldane
            Aberdeen
        """),
        pdfs=[CV_PDF],
    ),
    dict(
        kind="other", slug="sent_thanks_tyne_panel", lang="en", contact="",
        frm=ME,
        to=[("Gary Milburn", "gary.milburn@tyneforwarding.example.co.uk")],
        cc=[("Rachel Dodds", "rachel.dodds@tyneforwarding.example.co.uk")],
        subject="Thank you - Freight Planner panel",
        date="2026-03-12 18:40 +0000",
        msgid=MID["tyne_thanks"], irt=MID["tyne_panel2"],
        refs=[MID["tyne_apply"], MID["tyne_panel2"]],
        text=d("""
            Dear Gary,

            Thank you for the interview this afternoon and for showing me the planning board
            afterwards. I enjoyed hearing how the team splits the RoRo and groupage work, and
            I'm even keener on the role now.

            Best regards,
            Ingrid
        """),
    ),
    dict(
        kind="other", slug="sent_sorry_missed_call_humber", lang="en", contact="",
        frm=ME,
        to=[("Priya Sandhu", "priya.sandhu@humbergateway.example.co.uk")],
        subject="Sorry I missed your call",
        date="2026-07-14 19:48 +0100",
        msgid=MID["hgl_sorry"], irt=MID["hgl_missed"],
        refs=[MID["hgl_screen"], MID["hgl_missed"]],
        text=d("""
            Hi Priya,

            I'm so sorry - we were held outside Tananger by fog and I had no signal until
            after lunch. Could we try again later this week? My number is +47 955 51 204.

            Ingrid

            """) + "\n\n" + quoted(
            "On 14 Jul 2026, at 10:25, Priya Sandhu wrote:",
            """
            I tried calling you twice at 10:00 this morning for our chat about the Transport
            Planner role, but it went to voicemail both times. I left a short message.
            """),
    ),
    dict(
        kind="other", slug="cold_recruiter_talent_pool", lang="en",
        contact="harriet.bell@bluewaterexec.example.co.uk",
        frm=("Harriet Bell", "harriet.bell@bluewaterexec.example.co.uk"),
        subject="Marine logistics - Humber",
        date="2026-09-02 08:56 +0100",
        text=d("""
            Dear Ingrid,

            I came across your profile while mapping people with sea-going backgrounds who are
            moving into planning. I run marine and logistics search at Bluewater Executive in
            Hull.

            I don't have a live role for you today. We are building a talent pool ahead of
            next year's offshore wind build-out on the Humber, and I'd be glad to keep you in
            mind if you're happy for me to hold your details.

            No need to reply unless that interests you.

            Best regards,
            Harriet Bell
            Principal Consultant, Bluewater Executive
            Humber Quays, Hull HU1 2BN
        """),
    ),
    dict(
        kind="other", slug="bank_mortgage_appointment", lang="en", contact="",
        frm=("Granite & Bay Bank", "no-reply@granitebay.example.co.uk"),
        subject="Your mortgage appointment is confirmed",
        date="2026-01-21 12:30 +0000",
        text=d("""
            Dear Ms Okonkwo-Haldane,

            Your appointment with one of our mortgage advisers is confirmed for Thursday
            29 January at 17:30 by video call.

            During this interview your adviser will look at your income, your outgoings and
            your overall financial position, so please have your last three payslips and
            bank statements to hand. If your employment position is changing, tell your
            adviser - it may affect what we can offer.

            To rearrange, call 0345 555 0199.

            Granite & Bay Bank plc. Authorised by the Prudential Regulation Authority.
            Please do not reply to this email.
        """),
        html=lambda t: ats_card("Granite & Bay Bank", paras(t), colour="#283618"),
    ),
    dict(
        kind="other", slug="landlord_inspection_and_tenants", lang="en",
        contact="malcolm.innes@innesproperty.example.co.uk",
        frm=("Malcolm Innes", "malcolm.innes@innesproperty.example.co.uk"),
        subject="Flat 2, 14 Crown Street - inspection",
        date="2026-02-26 18:09 +0000",
        text=d("""
            Hi Ingrid,

            Just a note that the six-monthly inspection of your flat is booked for Tuesday
            10 March at 10am. If you're away on the boat that week, no bother, I'll let
            myself in as usual.

            I'll also be interviewing prospective tenants for the ground-floor flat that
            afternoon, so there may be a few folk on the stair. The gas engineer's appointment
            for the 12th has been cancelled by their office; I'll let you know the new date.

            Thanks,
            Malcolm Innes
            Innes Property Lettings, Aberdeen
        """),
    ),
    dict(
        kind="other", slug="school_careers_week_pupils_interview", lang="en",
        contact="r.cowie@harbourprimary.example.sch.uk",
        frm=("Ruth Cowie", "r.cowie@harbourprimary.example.sch.uk"),
        subject="Careers week - P7 pupils",
        date="2026-09-16 15:40 +0100",
        text=d("""
            Dear Ms Okonkwo-Haldane,

            Thank you for offering to help with our careers week. Our P7 class would love to
            interview you about working at sea - they have been preparing questions all week
            (fair warning: several are about storms and seasickness).

            Would Wednesday 30 September at 13:30 suit you? It would take about 45 minutes in
            the P7 classroom. Please sign in at the school office.

            With thanks,
            Mrs Ruth Cowie
            P7 Class Teacher, Harbour Primary School, Aberdeen
        """),
    ),
    dict(
        kind="other", slug="gp_appointment_cancelled", lang="en", contact="",
        frm=("Torry Medical Practice", "noreply@torrymedical.example.co.uk"),
        subject="Your appointment has been cancelled",
        date="2026-06-25 16:02 +0100",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text=d("""
            Torry Medical Practice

            Your appointment on Friday 26 June 2026 at 09:10 with Dr Sinclair has been
            cancelled due to clinician sickness. We are sorry for any inconvenience.

            Please book a new appointment online or call the practice on 01224 555 460 after
            8am.

            This is an automated message. Replies are not read.
        """),
    ),
    dict(
        kind="other", slug="out_of_office_priya", lang="en",
        contact="priya.sandhu@humbergateway.example.co.uk",
        frm=("Priya Sandhu", "priya.sandhu@humbergateway.example.co.uk"),
        subject="Automatic reply: Notice period question",
        date="2026-08-05 09:14 +0100",
        hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=d("""
            Thank you for your email. I'm out of the office until Monday 17 August with no
            access to email.

            For anything urgent about interviews or offers, please contact
            recruitment@humbergateway.example.co.uk or call 01482 555 900.

            Priya Sandhu
            Talent Acquisition Specialist, Humber Gateway Logistics
        """),
        html=lambda t: outlook_html(mso(t)),
    ),
    dict(
        kind="other", slug="crewlink_profile_views_notification", lang="en", contact="",
        frm=("Crewlink", "notifications@crewlink.example.com"),
        subject="Ingrid, 3 recruiters viewed your profile this week",
        date="2026-04-29 06:45 +0000",
        hdrs=list_headers("Crewlink weekly <weekly.crewlink.example.com>",
                          "https://crewlink.example.com/settings/email?u=ingridoh",
                          "unsubscribe@crewlink.example.com"),
        text=d("""
            Your week on Crewlink

            3 recruiters viewed your profile, including someone from a freight forwarder in
            Rotterdam.
            12 new positions match "logistics planner": https://crewlink.example.com/jobs?q=planner
            Your profile appeared in 41 searches.

            Tip: members with "Open to interviews" switched on get 2x more messages.
            https://crewlink.example.com/settings/open-to-work

            Unsubscribe: https://crewlink.example.com/settings/email?u=ingridoh
        """),
        html=lambda t: ats_card("Crewlink", paras(t), colour="#0a66c2",
                                button=("See who viewed you",
                                        "https://crewlink.example.com/me/views")),
    ),
    dict(
        kind="other", slug="college_course_no_place", lang="en",
        contact="gillian.tate@nemaritime.example.ac.uk",
        frm=("Gillian Tate", "gillian.tate@nemaritime.example.ac.uk"),
        subject="Your application: HNC Maritime Logistics (part-time)",
        date="2026-06-30 11:26 +0100",
        text=d("""
            Dear Ingrid,

            Thank you for applying for the part-time HNC Maritime Logistics starting in
            September at our South Shields campus.

            I'm sorry to tell you that we are unable to offer you a place on this intake. The
            course is full, and places were allocated in order of complete applications. You
            have been added to the waiting list in position 4, and I will contact you if a
            place becomes available before enrolment closes.

            The January intake opens for applications on 1 October.

            Kind regards,
            Gillian Tate
            Admissions Officer, North East Maritime College
        """),
    ),
    dict(
        kind="other", slug="renewableshire_wind_jobs_alert", lang="en", contact="",
        frm=("RenewablesHire Alerts", "jobs-alerts@renewableshire.example.com"),
        subject="New marine coordinator openings: Peterhead, Hull, Esbjerg",
        date="2026-07-01 05:15 +0000",
        hdrs=list_headers("RenewablesHire alerts <alerts.renewableshire.example.com>",
                          "https://renewableshire.example.com/alerts/stop/77a1",
                          "stop@renewableshire.example.com"),
        text=d("""
            New jobs for your alert "marine coordinator OR logistics planner, offshore wind"

            * Marine Coordinator - Peterhead O&M base
              https://renewableshire.example.com/job/90211
            * Vessel Logistics Planner - Hull (Green Port)
              https://renewableshire.example.com/job/90217
            * CTV Scheduler - Esbjerg (English speaking)
              https://renewableshire.example.com/job/90230

            Hiring insight: 68% of offshore wind employers now run a virtual first interview.
            Read how to prepare: https://renewableshire.example.com/guides/virtual-interview

            Stop these alerts: https://renewableshire.example.com/alerts/stop/77a1
        """),
        html=lambda t: digest("RenewablesHire",
                              "<p>3 new jobs for your alert.</p>",
                              [("Marine Coordinator - Peterhead O&M base", "Peterhead",
                                "https://renewableshire.example.com/job/90211"),
                               ("Vessel Logistics Planner", "Hull (Green Port)",
                                "https://renewableshire.example.com/job/90217"),
                               ("CTV Scheduler", "Esbjerg (English speaking)",
                                "https://renewableshire.example.com/job/90230")],
                              "<a href=\"https://renewableshire.example.com/alerts/stop/77a1\">"
                              "Stop these alerts</a>", colour="#2a9d8f"),
    ),
    dict(
        kind="other", slug="brother_forwards_job_ad", lang="en",
        contact="kwame.okonkwo@postbox.example.co.uk",
        frm=("Kwame Okonkwo", "kwame.okonkwo@postbox.example.co.uk"),
        subject="Fwd: Logistics Planner vacancy - Aberdeen South Harbour",
        date="2026-08-20 20:12 +0100",
        text=d("""
            Saw this in the work newsletter, thought of you straight away. Go for it!
            K

            """) + "\n\n" + forwarded(
            "en", "South Harbour Ops <ops-news@southharbour.example.co.uk>",
            "Thu, 20 Aug 2026 at 09:00", "Logistics Planner vacancy - Aberdeen South Harbour",
            "all-staff@southharbour.example.co.uk",
            """
            Internal and external applications are invited for a Logistics Planner to join
            the South Harbour operations team. Closing date 4 September. Interviews will be
            held in the week of 14 September.

            Apply at https://southharbour.example.co.uk/careers/LP-0826
            """),
    ),
    dict(
        kind="other", slug="newspaper_feature_interview_request", lang="en",
        contact="fraser.gibb@northquaycourier.example.co.uk",
        frm=("Fraser Gibb", "fraser.gibb@northquaycourier.example.co.uk"),
        subject="Interview request - feature on North Sea ferry crews",
        date="2026-04-14 11:38 +0100",
        text=d("""
            Hello Ingrid,

            I'm a reporter at the North Quay Courier. We're putting together a weekend feature
            on the people who crew the North Sea ferries, and the union branch gave me your
            name.

            Could I interview you for 20-30 minutes, by phone or over a coffee in Aberdeen? I'd
            also like to arrange a photographer for a portrait on the quay, if you're
            comfortable with that.

            Best wishes,
            Fraser Gibb
            Reporter, The North Quay Courier
            07700 900 372
        """),
    ),
    dict(
        kind="other", slug="webinar_registration_panel_interviews", lang="en", contact="",
        frm=("Careers Online Scotland", "events@careersonline.example.scot"),
        subject="You're registered: Ace your panel interview (Tue 12 May, 18:00)",
        date="2026-05-05 17:20 +0100",
        hdrs=list_headers("Careers Online events <events.careersonline.example.scot>",
                          "https://careersonline.example.scot/events/unsub?r=4410",
                          "events-unsub@careersonline.example.scot"),
        text=d("""
            Hi Ingrid,

            You're registered for our free webinar "Ace your panel interview", on Tuesday
            12 May at 18:00.

            We'll cover how panels score answers, the STAR method, and how to follow up after
            an interview - including what to do with a rejection.

            Join link (opens 10 minutes before): https://careersonline.example.scot/live/4410
            Add to calendar: https://careersonline.example.scot/events/4410.ics

            Careers Online Scotland
        """),
        html=lambda t: ats_card("Careers Online Scotland", paras(t), colour="#005eb8",
                                button=("Add to calendar",
                                        "https://careersonline.example.scot/events/4410.ics")),
    ),
    dict(
        kind="other", slug="sent_status_chase_caledonian", lang="en", contact="",
        frm=ME,
        to=[("Caledonian Haulage Careers", "careers@caledonianhaulage.example.co.uk")],
        subject="Transport Planner application - status?",
        date="2026-05-06 20:31 +0100",
        text=d("""
            Hello,

            I applied for the Transport Planner role in Inverness on 1 April and received an
            acknowledgement the same day. Could you let me know whether the role is still
            open and where my application is in the process? I'm on shore leave from 18 May
            and could come to Inverness for an interview at short notice.

            Many thanks,
            Ingrid Okonkwo-Haldane
        """),
    ),
    dict(
        kind="other", slug="ferry_rota_change_crew_manager", lang="en",
        contact="hilde.vatne@nordsjofergene.example.no",
        frm=("Hilde Vatne", "hilde.vatne@nordsjofergene.example.no"),
        subject="Rota February - changes",
        date="2026-01-30 14:22 +0100",
        text=d("""
            Hi Ingrid,

            Small changes to your February rota: you move to the Tananger-Aberdeen rotation
            from 9 February, two weeks on / two weeks off as before. Your position will be AB
            on deck B, 06-18.

            The flag-state auditors will do crew interviews for the safety audit on
            12 February on board. It takes ten minutes and it's about drills and procedures,
            nothing to prepare.

            Best regards,
            Hilde Vatne
            Crew Manager, Nordsjøfergene AS, Stavanger
        """),
    ),
    dict(
        kind="other", slug="northbound_market_update_newsletter", lang="en", contact="",
        frm=("Northbound Talent", "news@northboundtalent.example.co.uk"),
        subject="North East logistics market update - June 2026",
        date="2026-06-15 08:00 +0100",
        hdrs=list_headers("Northbound Talent news <news.northboundtalent.example.co.uk>",
                          "https://northboundtalent.example.co.uk/prefs/unsub?c=3381",
                          "unsubscribe@northboundtalent.example.co.uk"),
        text=d("""
            NORTH EAST LOGISTICS MARKET UPDATE - JUNE 2026

            Planners are in demand. We placed 23 planners and coordinators this quarter, and
            the average time from first interview to offer fell to 16 days.

            What clients tell us after rejecting candidates: the most common reason is a CV
            that lists duties instead of results. Our guide to fixing that is here:
            https://northboundtalent.example.co.uk/guides/cv-results

            Salary snapshot: transport planner £29k-£36k; senior freight planner £38k-£45k.

            Current openings: https://northboundtalent.example.co.uk/jobs

            You're receiving this as a registered candidate. Unsubscribe:
            https://northboundtalent.example.co.uk/prefs/unsub?c=3381
        """),
        html=lambda t: page(paras(t), title="Market update"),
    ),
    dict(
        kind="other", slug="salary_survey_invitation", lang="en", contact="",
        frm=("Freight Careers Survey", "survey@freightcareers.example.org"),
        subject="5 minutes? The 2026 freight & ports salary survey",
        date="2026-08-11 10:00 +0100",
        hdrs=list_headers("Freight Careers <members.freightcareers.example.org>",
                          "https://freightcareers.example.org/optout?m=19920",
                          "optout@freightcareers.example.org"),
        text=d("""
            Hello Ingrid,

            Our annual salary survey is open. It takes five minutes and covers pay, hours,
            hybrid working and how many interviews it took to land your last job.

            Everyone who completes it gets the full report in November.
            https://freightcareers.example.org/survey/2026

            Thank you,
            Freight Careers
        """),
    ),
    dict(
        kind="other", slug="workday_candidate_account_created", lang="en", contact="",
        frm=("Granite Quay Shipping", "granitequay@myworkday.com"),
        subject="Your candidate account has been created",
        date="2026-01-08 22:04 +0000",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text=d("""
            Hello Ingrid,

            A candidate account has been created for ingrid.oh@example.no on the Granite Quay
            Shipping careers site. You can use it to apply for positions and to check the
            status of your applications.

            Sign in: https://granitequay.wd3.myworkday.com/careers/login

            If you did not create this account, please ignore this email.

            This notification was generated by Workday. Replies to this address are not monitored.
        """),
    ),
    dict(
        kind="other", slug="crewlink_new_message_notification", lang="en", contact="",
        frm=("Crewlink", "messages-noreply@crewlink.example.com"),
        subject="Rory McAllister sent you a message",
        date="2026-09-28 19:33 +0000",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text=d("""
            Rory McAllister
            Fleet Operations Lead at Orkney Link Ferries

            "Hi Ingrid, I see you're moving into planning. We'll have a couple of openings
            in our Kirkwall ops office next year - would you be open to a chat at some
            point? No rush."

            Reply on Crewlink: https://crewlink.example.com/messages/t/88213

            You're receiving message notifications. Change settings:
            https://crewlink.example.com/settings/email
        """),
        html=lambda t: ats_card("Crewlink", paras(t), colour="#0a66c2",
                                button=("Reply", "https://crewlink.example.com/messages/t/88213")),
    ),
]

OTHER_DE = [
    dict(
        kind="other", slug="hafenjobs_nord_jobletter", lang="de", contact="",
        frm=("HafenJobs Nord", "jobletter@hafenjobs-nord.example.de"),
        subject="Ihr Jobletter: 9 neue Stellen als Disponent/in in Hamburg",
        date="2026-04-02 06:30 +0200",
        hdrs=list_headers("HafenJobs Jobletter <jobletter.hafenjobs-nord.example.de>",
                          "https://hafenjobs-nord.example.de/jobletter/abmelden?id=ih-5521",
                          "abmelden@hafenjobs-nord.example.de"),
        text=d("""
            Neue Stellen für Ihre Suche "Disposition Hafen" in Hamburg

            - Disponent/in Containertrucking, Waltershof
              https://hafenjobs-nord.example.de/s/71102
            - Schiffsplaner/in (Stauplanung), Burchardkai
              https://hafenjobs-nord.example.de/s/71109
            - Sachbearbeiter/in Seefracht-Import, HafenCity
              https://hafenjobs-nord.example.de/s/71115

            Ratgeber
            - Vorstellungsgespräch auf Englisch: so klappt es
              https://hafenjobs-nord.example.de/ratgeber/englisch
            - Absage erhalten? Drei Dinge, die Sie jetzt tun sollten
              https://hafenjobs-nord.example.de/ratgeber/absage

            Jobletter abbestellen:
            https://hafenjobs-nord.example.de/jobletter/abmelden?id=ih-5521
        """),
        html=lambda t: digest("HafenJobs Nord – Ihr Jobletter",
                              "<p>Neue Stellen für Ihre Suche <b>Disposition Hafen</b>.</p>",
                              [("Disponent/in Containertrucking", "Waltershof",
                                "https://hafenjobs-nord.example.de/s/71102"),
                               ("Schiffsplaner/in (Stauplanung)", "Burchardkai",
                                "https://hafenjobs-nord.example.de/s/71109"),
                               ("Sachbearbeiter/in Seefracht-Import", "HafenCity",
                                "https://hafenjobs-nord.example.de/s/71115"),
                               ("Absage erhalten? Drei Dinge, die Sie jetzt tun sollten",
                                "Ratgeber", "https://hafenjobs-nord.example.de/ratgeber/absage")],
                              "<a href=\"https://hafenjobs-nord.example.de/jobletter/abmelden?"
                              "id=ih-5521\">Jobletter abbestellen</a>", lang="de",
                              colour="#9d0208"),
    ),
    dict(
        kind="other", slug="sent_bewerbung_koehlbrand", lang="de", contact="",
        frm=ME,
        to=[("Sönke Harms", "s.harms@koehlbrand.example.de")],
        subject="Bewerbung als Disponentin Containertrucking",
        date="2026-06-15 20:31 +0200",
        msgid=MID["kb_apply"],
        text=d("""
            Sehr geehrter Herr Harms,

            anbei sende ich Ihnen meine Bewerbung als Disponentin für Containertrucking.

            Seit sechs Jahren arbeite ich als Matrosin auf einer Fähre in der Nordsee und
            plane dort mit dem Ersten Offizier die Beladung von bis zu 120 Trailern pro
            Abfahrt. Diese Erfahrung möchte ich nun an Land in der Disposition einbringen.
            Deutsch spreche ich auf B2-Niveau, Englisch ist meine Muttersprache.

            Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

            Mit freundlichen Grüßen
            Ingrid Okonkwo-Haldane
        """),
        pdfs=[CV_PDF],
    ),
    dict(
        kind="other", slug="sprachschule_einstufungsgespraech", lang="de",
        contact="b.jessen@sprachschule-nordlicht.example.de",
        frm=("Birte Jessen", "b.jessen@sprachschule-nordlicht.example.de"),
        subject="Ihr Einstufungsgespräch für den Kurs Deutsch C1 (online)",
        date="2026-02-19 10:14 +0100",
        text_cs="iso-8859-1", text_cte="quoted-printable",
        text=d("""
            Liebe Frau Okonkwo-Haldane,

            vielen Dank für Ihre Anmeldung zum Abendkurs Deutsch C1 (Wirtschaftsdeutsch).

            Vor Kursbeginn führen wir mit allen Teilnehmenden ein kurzes Einstufungsgespräch
            durch. Ihr Termin: Dienstag, 24. Februar, 18:00 Uhr, per Zoom, ca. 15 Minuten.
            Falls der Termin nicht passt, können Sie ihn über Ihr Kundenkonto verschieben.

            Herzliche Grüße
            Birte Jessen
            Sprachschule Nordlicht, Kursorganisation
        """),
    ),
    dict(
        kind="other", slug="abwesenheitsnotiz_merle", lang="de",
        contact="m.schadendorf@personalwerk-hafen.example.de",
        frm=("Merle Schadendorf", "m.schadendorf@personalwerk-hafen.example.de"),
        subject="Abwesenheitsnotiz: Frage zum Gespräch",
        date="2026-06-08 07:02 +0200",
        hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=d("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich 19. Juni nicht im Büro und lese meine E-Mails nur
            unregelmäßig. In dringenden Fällen, zum Beispiel bei Fragen zu Vorstellungs-
            gesprächen, wenden Sie sich bitte an meinen Kollegen Timo Brandes
            (t.brandes@personalwerk-hafen.example.de, +49 40 555 771 30).

            Beste Grüße
            Merle Schadendorf
        """),
    ),
    dict(
        kind="other", slug="hafenakademie_kein_lehrgangsplatz", lang="de",
        contact="o.rademacher@hafenakademie.example.de",
        frm=("Ole Rademacher", "o.rademacher@hafenakademie.example.de"),
        subject="Ihre Anmeldung: Lehrgang Geprüfte/r Logistikmeister/in",
        date="2026-08-24 13:37 +0200",
        text=d("""
            Sehr geehrte Frau Okonkwo-Haldane,

            vielen Dank für Ihre Anmeldung zum berufsbegleitenden Lehrgang „Geprüfte/r
            Logistikmeister/in" ab Oktober 2026.

            Leider können wir Ihnen keinen Platz im Lehrgang anbieten. Für die Zulassung zur
            Prüfung vor der Handelskammer ist eine mehrjährige Berufspraxis in der Logistik
            an Land erforderlich, die wir anhand Ihrer Unterlagen noch nicht anerkennen
            können. Gern beraten wir Sie zu unserem Zertifikatskurs „Hafenlogistik kompakt".

            Mit freundlichen Grüßen
            Ole Rademacher
            Lehrgangsorganisation, Hafenakademie Hamburg
        """),
        html=lambda t: page(paras(t), lang="de"),
    ),
    dict(
        kind="other", slug="paket_verspaetet_sich_leider", lang="de", contact="",
        frm=("Paketblitz", "noreply@paketblitz.example.de"),
        subject="Ihre Sendung verspätet sich leider",
        subj_cs="iso-8859-1/q",
        date="2026-03-05 09:41 +0100",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text_cs="iso-8859-1", text_cte="quoted-printable",
        text=d("""
            Guten Tag,

            Ihre Sendung 00340 4312 7781 von Fischerhütte Versand verspätet sich leider. Grund:
            Witterungsbedingte Verzögerung im internationalen Transport nach Großbritannien.

            Neuer voraussichtlicher Zustelltermin: 10.03.2026.

            Sendungsverfolgung: https://paketblitz.example.de/verfolgen/003404312778

            Ihr Paketblitz-Team
            Bitte antworten Sie nicht auf diese E-Mail.
        """),
    ),
]

OTHER_FR = [
    dict(
        kind="other", slug="emploiport_alerte_emploi", lang="fr", contact="",
        frm=("EmploiPort Alertes", "alertes@emploiport.example.fr"),
        subject="Nouvelles offres : planificateur logistique au Havre",
        date="2026-05-20 06:10 +0200",
        hdrs=list_headers("Alertes EmploiPort <alertes.emploiport.example.fr>",
                          "https://emploiport.example.fr/alertes/desinscription?k=ih77",
                          "desinscription@emploiport.example.fr"),
        text=d("""
            Votre alerte « planificateur logistique - Le Havre (76) »

            - Planificateur·rice transport maritime - Le Havre - CDI
              https://emploiport.example.fr/offre/55210
            - Agent(e) d'exploitation portuaire - Gonfreville-l'Orcher - CDD 6 mois
              https://emploiport.example.fr/offre/55216
            - Coordinateur·rice logistique éolien en mer - Fécamp - CDI
              https://emploiport.example.fr/offre/55224

            Conseil de la semaine : préparer un entretien en visio, et que faire après un
            refus. https://emploiport.example.fr/conseils/entretien-visio

            Se désinscrire : https://emploiport.example.fr/alertes/desinscription?k=ih77
        """),
        html=lambda t: digest("EmploiPort - vos nouvelles offres",
                              "<p>3 nouvelles offres pour votre alerte.</p>",
                              [("Planificateur·rice transport maritime", "Le Havre - CDI",
                                "https://emploiport.example.fr/offre/55210"),
                               ("Agent(e) d'exploitation portuaire",
                                "Gonfreville-l'Orcher - CDD 6 mois",
                                "https://emploiport.example.fr/offre/55216"),
                               ("Coordinateur·rice logistique éolien en mer", "Fécamp - CDI",
                                "https://emploiport.example.fr/offre/55224")],
                              "<a href=\"https://emploiport.example.fr/alertes/desinscription?"
                              "k=ih77\">Se désinscrire</a>", lang="fr", colour="#264653"),
    ),
    dict(
        kind="other", slug="sent_remerciement_port_oceane", lang="fr", contact="",
        frm=ME,
        to=[("Sébastien Le Gall", "s.legall@portoceane.example.fr")],
        subject="Remerciements - entretien du 21 mai",
        date="2026-05-27 18:22 +0200",
        msgid=MID["poc_thanks"], irt=MID["poc_move"],
        refs=[MID["poc_invite"], MID["poc_move"]],
        text=d("""
            Bonjour Monsieur Le Gall,

            Je vous remercie pour l'entretien de jeudi dernier avec Mme Marchand. Je reste
            très intéressée par le poste et disponible pour tout complément d'information.

            Bien cordialement,
            Ingrid Okonkwo-Haldane
        """),
    ),
    dict(
        kind="other", slug="reponse_automatique_yannick", lang="fr",
        contact="yannick.duval@maree-interim.example.fr",
        frm=("Yannick Duval", "yannick.duval@maree-interim.example.fr"),
        subject="Réponse automatique : Entretien de lundi",
        subj_cs="utf-8/b",
        date="2026-07-28 08:00 +0200",
        hdrs=[("Auto-Submitted", "auto-replied")],
        text=d("""
            Bonjour,

            Je suis absent du 27 juillet au 2 août inclus. Pour toute question urgente
            concernant un entretien ou une mission, merci de contacter l'agence au
            02 35 55 60 00.

            Yannick Duval
            Marée Intérim
        """),
    ),
    dict(
        kind="other", slug="agence_immo_visite_annulee_autre_dossier", lang="fr",
        contact="julie.marais@docks-immo.example.fr",
        frm=("Julie Marais", "julie.marais@docks-immo.example.fr"),
        subject="Visite de l'appartement rue de Paris - annulée",
        date="2026-09-21 12:08 +0200",
        text_cs="windows-1252", text_cte="quoted-printable",
        text=d("""
            Bonjour Madame,

            Je suis au regret de vous informer que la visite de l’appartement T2 rue de Paris,
            prévue samedi à 11h, est annulée : le propriétaire a retenu un autre dossier
            cette semaine.

            J’ai en revanche deux autres biens qui pourraient correspondre à votre recherche
            près du quartier Saint-François. Souhaitez-vous que je vous propose un
            rendez-vous ?

            Cordialement,
            Julie Marais
            Conseillère location – Les Docks Immobilier, Le Havre
        """),
    ),
    dict(
        kind="other", slug="iut_refus_admission_licence", lang="fr", contact="",
        frm=("Candidatures IUT du Havre", "ne-pas-repondre@iut-havre.example.fr"),
        subject="Décision sur votre candidature - Licence pro Logistique",
        subj_cs="iso-8859-1/q",
        date="2026-06-12 14:00 +0200",
        text=d("""
            Madame Okonkwo-Haldane,

            La commission pédagogique a examiné votre candidature à la Licence professionnelle
            Logistique et pilotage des flux (parcours portuaire), en alternance, pour la
            rentrée 2026.

            Décision : refus. Le nombre de places en alternance est limité et votre dossier
            ne comportait pas de promesse de contrat avec une entreprise d'accueil.

            Vous pouvez consulter le détail sur la plateforme de candidature.

            Service des candidatures - IUT du Havre
            Message automatique, merci de ne pas répondre.
        """),
        html=lambda t: page(paras(t), lang="fr"),
    ),
    dict(
        kind="other", slug="lettre_emploi_maritime", lang="fr", contact="",
        frm=("La Lettre Emploi Maritime", "lettre@emploi-maritime.example.fr"),
        subject="Lettre n°42 : refus, entretiens, offres - le marché portuaire en mars",
        date="2026-03-25 07:00 +0100",
        hdrs=list_headers("Lettre Emploi Maritime <lettre.emploi-maritime.example.fr>",
                          "https://emploi-maritime.example.fr/lettre/stop?u=2231",
                          "stop@emploi-maritime.example.fr"),
        text=d("""
            LA LETTRE EMPLOI MARITIME - n°42

            À la une : « Votre candidature n'a pas été retenue » - pourquoi les marins
            reçoivent tant de refus quand ils postulent à terre, et comment y remédier.
            https://emploi-maritime.example.fr/42/refus

            Aussi dans ce numéro
            - Entretien d'embauche : les questions des armateurs normands
            - 58 offres ouvertes entre Le Havre, Rouen et Cherbourg
              https://emploi-maritime.example.fr/offres

            Se désabonner : https://emploi-maritime.example.fr/lettre/stop?u=2231
        """),
        html=lambda t: page(paras(t), lang="fr", title="Lettre Emploi Maritime"),
    ),
    dict(
        kind="other", slug="amie_raconte_son_refus", lang="fr",
        contact="camille.duhamel@courriel.example.fr",
        frm=("Camille Duhamel", "camille.duhamel@courriel.example.fr"),
        subject="des nouvelles",
        date="2026-10-04 22:41 +0200",
        text=d("""
            Coucou Ingrid,

            Bon, je n'ai pas eu le poste chez l'armateur de Honfleur. Ils m'ont envoyé un
            mail tout poli : « nous avons retenu une candidature correspondant davantage à
            nos attentes ». Après deux entretiens, ça pique.

            Et toi, tu as eu des nouvelles de Port Océane ? Tu arrives quand au Havre ? On se
            fait un resto dès que tu es installée.

            Bises,
            Camille
        """),
    ),
]

OTHER_ES = [
    dict(
        kind="other", slug="empleopuerto_alerta", lang="es", contact="",
        frm=("EmpleoPuerto", "alertas@empleopuerto.example.es"),
        subject="5 ofertas nuevas de planificación logística en Vigo",
        date="2026-07-06 07:00 +0200",
        hdrs=list_headers("Alertas EmpleoPuerto <alertas.empleopuerto.example.es>",
                          "https://empleopuerto.example.es/alertas/baja?t=9912",
                          "baja@empleopuerto.example.es"),
        text=d("""
            Tu alerta: «planificación logística» en Vigo (Pontevedra)

            - Planificador/a de tráfico marítimo - Vigo
              https://empleopuerto.example.es/oferta/33401
            - Técnico/a de operaciones de terminal - Bouzas
              https://empleopuerto.example.es/oferta/33417
            - Coordinador/a de almacén frigorífico - Guixar
              https://empleopuerto.example.es/oferta/33425

            Consejo: ¿te han rechazado tras la entrevista? Pide feedback en 48 horas.
            https://empleopuerto.example.es/consejos/feedback

            Darte de baja: https://empleopuerto.example.es/alertas/baja?t=9912
        """),
        html=lambda t: digest("EmpleoPuerto",
                              "<p>Ofertas nuevas para tu alerta.</p>",
                              [("Planificador/a de tráfico marítimo", "Vigo",
                                "https://empleopuerto.example.es/oferta/33401"),
                               ("Técnico/a de operaciones de terminal", "Bouzas",
                                "https://empleopuerto.example.es/oferta/33417"),
                               ("Coordinador/a de almacén frigorífico", "Guixar",
                                "https://empleopuerto.example.es/oferta/33425")],
                              "<a href=\"https://empleopuerto.example.es/alertas/baja?t=9912\">"
                              "Darte de baja</a>", lang="es", colour="#bc4749"),
    ),
    dict(
        kind="other", slug="sent_pide_cambiar_entrevista_naviera", lang="es", contact="",
        frm=ME,
        to=[("Lucía Pereira Outeiral", "lucia.pereira@navieraria.example.es", "utf-8/b")],
        subject="Re: Entrevista - Planificadora de operaciones",
        date="2026-06-10 22:14 +0200",
        msgid=MID["nav_askmove"], irt=MID["nav_invite"],
        refs=[MID["nav_ack"], MID["nav_invite"]],
        text=d("""
            Hola, Lucía:

            Muchas gracias por la invitación. Lamentablemente el martes 16 estoy de turno en
            el ferry y no puedo cambiarlo. ¿Sería posible hacer la entrevista el jueves 18 o
            el viernes 19?

            Un saludo,
            Ingrid

            """) + "\n\n" + quoted(
            "El mar, 9 jun 2026 a las 10:20, Lucía Pereira Outeiral "
            "<lucia.pereira@navieraria.example.es> escribió:",
            """
            Hola, Ingrid:

            Gracias por tu interés en Naviera Ría de Vigo. Nos gustaría conocerte en una
            entrevista para el puesto de Planificadora de operaciones:

            Martes 16 de junio, a las 10:00
            Oficinas de Beiramar 21, 3.ª planta, Vigo
            """),
    ),
    dict(
        kind="other", slug="sent_candidatura_transitarios", lang="es", contact="",
        frm=ME,
        to=[("RR. HH. Transitarios Atlántico Sur", "rrhh@transitariosatlantico.example.es")],
        subject="Candidatura - Técnica de operaciones marítimas",
        subj_cs="iso-8859-1/q",
        date="2026-03-09 21:50 +0000",
        text=d("""
            Buenas tardes:

            Os escribo para presentar mi candidatura al puesto de Técnica de operaciones
            marítimas en Vigo. Adjunto mi CV; también he enviado la solicitud a través de
            vuestra página web.

            Llevo seis años trabajando como marinera en un ferry de pasaje y carga en el Mar
            del Norte, donde preparo los planes de carga con el primer oficial. Hablo
            español con soltura y me gustaría mucho trabajar en el puerto de Vigo.

            Quedo a vuestra disposición.

            Un saludo,
            Ingrid Okonkwo-Haldane
        """),
        pdfs=[CV_PDF],
    ),
    dict(
        kind="other", slug="respuesta_automatica_xoan", lang="es",
        contact="xoan.figueroa@galiciatalento.example.es",
        frm=("Xoán Figueroa", "xoan.figueroa@galiciatalento.example.es"),
        subject="Respuesta automática: CV para puestos en el puerto",
        subj_cs="utf-8/q",
        date="2026-08-10 18:03 +0200",
        hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=d("""
            Hola:

            Estoy de vacaciones hasta el lunes 17 de agosto, sin acceso al correo. A la vuelta
            responderé a todos los mensajes, también a los de entrevistas pendientes.

            Para cualquier urgencia, llama a la oficina: 986 55 71 00.

            Xoán Figueroa
            Galicia Talento Portuario
        """),
    ),
    dict(
        kind="other", slug="master_no_admitida", lang="es",
        contact="paula.dominguez@enatlantico.example.es",
        frm=("Paula Domínguez", "paula.dominguez@enatlantico.example.es", "iso-8859-1/q"),
        subject="Resolución de admisión - Máster en Logística Portuaria",
        date="2026-07-15 12:30 +0200",
        text_cs="iso-8859-1", text_cte="8bit",
        text=d("""
            Estimada Ingrid:

            Le comunicamos que, tras la evaluación del comité de admisiones, su solicitud
            para el Máster en Logística Portuaria (edición 2026-2027) no ha sido admitida.
            El número de plazas es limitado y la puntuación de corte de esta convocatoria ha
            sido especialmente alta.

            Puede volver a presentar su solicitud en la convocatoria de febrero.

            Atentamente,
            Paula Domínguez
            Oficina de Admisiones, Escuela de Negocios Atlántico
        """),
    ),
    dict(
        kind="other", slug="pedido_retrasado_lamentablemente", lang="es", contact="",
        frm=("TiendaMar", "no-reply@tiendamar.example.es"),
        subject="Lamentablemente tu pedido se retrasa",
        date="2026-04-27 09:12 +0200",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text=d("""
            Hola Ingrid:

            Lamentablemente, tu pedido n.º TM-558201 (chubasquero náutico, talla M) se
            retrasa por falta de stock en nuestro almacén de Vigo.

            Nueva fecha estimada de envío: 4 de mayo. Si lo prefieres, puedes cancelar el
            pedido sin coste desde tu cuenta.

            Gracias por tu paciencia,
            TiendaMar
        """),
        html=lambda t: ats_card("TiendaMar", paras(t), lang="es", colour="#023047"),
    ),
    dict(
        kind="other", slug="boletin_empleo_portuario", lang="es", contact="",
        frm=("Boletín Empleo Portuario", "boletin@empleoportuario.example.es"),
        subject="Boletín de septiembre: entrevistas, rechazos y ofertas en los puertos gallegos",
        date="2026-09-01 08:00 +0200",
        hdrs=list_headers("Boletin Empleo Portuario <boletin.empleoportuario.example.es>",
                          "https://empleoportuario.example.es/baja?s=5510",
                          "baja@empleoportuario.example.es"),
        text=d("""
            BOLETÍN EMPLEO PORTUARIO - septiembre 2026

            Tema del mes: cómo responder a un rechazo sin cerrar puertas, y las preguntas
            más frecuentes en las entrevistas de las navieras gallegas.
            https://empleoportuario.example.es/boletin/2026-09

            Ofertas destacadas: 27 vacantes abiertas en Vigo, Marín y A Coruña.
            https://empleoportuario.example.es/ofertas

            Darse de baja: https://empleoportuario.example.es/baja?s=5510
        """),
        html=lambda t: page(paras(t), lang="es", title="Boletín Empleo Portuario"),
    ),
    dict(
        kind="other", slug="amiga_cuenta_entrevista_fallida", lang="es",
        contact="nerea.castro@correo.example.es",
        frm=("Nerea Castro", "nerea.castro@correo.example.es"),
        subject="¡Qué semana!",
        subj_cs="utf-8/b",
        date="2026-06-21 23:05 +0200",
        text=d("""
            ¡Hola, guapa!

            Te cuento: me llamaron de la consignataria para decirme que no me cogen, después
            de la entrevista tan buena que hice. Dicen que buscan a alguien con más
            experiencia en aduanas. En fin, a por la siguiente.

            ¿Y lo tuyo con la naviera? ¿Fuiste al final el jueves? Cuéntame todo.

            Besos,
            Nerea
        """),
    ),
    dict(
        kind="other", slug="club_nautico_regata_posicion", lang="es", contact="",
        frm=("Club Náutico Cíes - Regatas", "regatas-noreply@cnacies.example.es"),
        subject="Clasificación provisional - Regata Illas Atlánticas",
        date="2026-08-03 20:30 +0200",
        text_cs="windows-1252", text_cte="quoted-printable",
        text=d("""
            Estimada regatista:

            Ya está publicada la clasificación provisional de la Regata Illas Atlánticas.
            Vuestro barco, «Havsula», ocupa la posición 7 de 23 en la clase Crucero.

            La entrega de premios del sábado se ha cancelado por el temporal y se celebrará el
            domingo 9 a las 13:00 en el pantalán social.

            Clasificación completa: https://cnacies.example.es/regatas/illas-2026

            Comité de Regatas – Club Náutico Cíes
        """),
    ),
]

MESSAGES = [*OTHER_EN, *OTHER_DE, *OTHER_FR, *OTHER_ES]
