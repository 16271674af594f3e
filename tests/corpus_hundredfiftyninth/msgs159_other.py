"""Corpus 159: everything else (52) - digests, advice, own mail, auto-replies, life admin."""

from __future__ import annotations

from msgs159_common import (CAND, M, digest_html, digest_text, forward, outlook, paras, quote,
                            reply, word_html)

Z = "other"


def listed(list_id: str, unsub: str) -> dict:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

JOBS_CY = [
    ("Scheduling Officer - Cardiff Bus Partnership", "https://jobs.dragonjobs.example.co.uk/j/88121",
     "Cardiff, £30k-£34k. Build vehicle and duty schedules; interviews w/c 9 Feb."),
    ("Network Planning Assistant - Newport", "https://jobs.dragonjobs.example.co.uk/j/88140",
     "Newport, £27k. Graduate or equivalent experience; ideal for former drivers."),
    ("Transport Data Analyst - Bristol", "https://jobs.dragonjobs.example.co.uk/j/88177",
     "Bristol, hybrid. SQL and GTFS; closing date 20 Feb."),
    ("Rail Roster Clerk - Swansea", "https://jobs.dragonjobs.example.co.uk/j/88203",
     "Swansea, shift work. Entry-level rostering, full training provided."),
]

PLANNER_NEWS = [
    ("Why 70% of planning applications are rejected at screening", "https://news.transitplanner.example.com/a/screening",
     "We asked five hiring managers what they look for - and why most CVs never reach interview."),
    ("From the driver's seat to the timetable office", "https://news.transitplanner.example.com/a/drivers",
     "Three former bus drivers on making the move into scheduling."),
    ("Open positions this week: 41 roles in the UK and Ireland", "https://news.transitplanner.example.com/jobs",
     "Including network planners in Dublin and Manchester."),
]

MESSAGES = [
    # ================================================================ English (33)
    M(Z, "jobalert_digest_wales", "en", "", "",
      ("DragonJobs Alerts", "alerts@dragonjobs.example.co.uk"),
      "4 new jobs for 'scheduling' near Cardiff", "2026-02-02 07:00",
      digest_text("Your daily job alert", JOBS_CY, "Good luck with your applications - employers are interviewing now!",
                  "https://dragonjobs.example.co.uk/unsub?u=rpo"),
      fmt="alt", html=digest_html("Your daily job alert", JOBS_CY,
                                  "Good luck with your applications - employers are interviewing now!",
                                  "https://dragonjobs.example.co.uk/unsub?u=rpo"),
      headers=listed("DragonJobs daily alerts <daily.dragonjobs.example.co.uk>",
                     "https://dragonjobs.example.co.uk/unsub?u=rpo")),

    M(Z, "planner_newsletter_rejections", "en", "", "",
      ("Transit Planner Weekly", "newsletter@transitplanner.example.com"),
      "Transit Planner Weekly #112: why your application was rejected", "2026-03-06 06:30",
      digest_text("Transit Planner Weekly", PLANNER_NEWS, "See you next Friday.",
                  "https://transitplanner.example.com/u/rpo"),
      fmt="alt", cte="quoted-printable", zone="utc",
      html=digest_html("Transit Planner Weekly", PLANNER_NEWS, "See you next Friday.",
                       "https://transitplanner.example.com/u/rpo"),
      headers=listed("<weekly.transitplanner.example.com>", "https://transitplanner.example.com/u/rpo")),

    M(Z, "advice_article_bounce_back", "en", "", "",
      ("CareerSwitch Digest", "hello@careerswitch.example.com"),
      "Career change: how to bounce back after 'unfortunately'", "2026-04-03 08:00",
      """This week's long read

Rejected again? You're not alone. Career changers typically send 30% more applications before landing a first interview than people moving within their field.

1. Read the rejection email twice. A line like "we have decided to move forward with other candidates" tells you little; a note about missing software skills tells you a lot.
2. Ask for feedback - but only after an interview, when the panel has something specific to say.
3. Keep a spreadsheet of every application, when you applied and when you heard back.

Next week: negotiating your first offer.

You're receiving this because you subscribed at careerswitch.example.com. Unsubscribe: https://careerswitch.example.com/unsubscribe""",
      headers=listed("CareerSwitch <digest.careerswitch.example.com>", "https://careerswitch.example.com/unsubscribe")),

    M(Z, "podcast_interview_request", "en", "", "mel@behindthewheelpod.example.co.uk",
      ("Mel Hughes", "mel@behindthewheelpod.example.co.uk"),
      "Podcast interview? 'Behind the Wheel'", "2026-03-19 12:15",
      """Hi Rhiannon,

I produce Behind the Wheel, a podcast about people who keep Welsh transport running. A friend of yours at the depot mentioned you've been teaching yourself timetabling in your spare time, and we'd love to interview you for an episode about drivers moving into planning.

It would be a relaxed 40-minute recorded conversation, either in our studio in Canton or over Zoom. No pay, I'm afraid, but we'd send you the finished episode and a very nice mug.

Would you be up for it?

Mel Hughes
Producer, Behind the Wheel"""),

    M(Z, "user_research_invite", "en", "", "",
      ("RouteMate Research", "research-noreply@routemate.example.com"),
      "Take part in a 45-minute user interview (£40 voucher)", "2026-05-27 14:00",
      """Hi Rhiannon,

You signed up to help improve the RouteMate journey planner app. We're running remote user interviews next week with people who use buses daily and would like to invite you.

Sessions are 45 minutes on Zoom, and you'll receive a £40 voucher as a thank-you. Pick a slot here: https://research.routemate.example.com/book/r159

RouteMate Research Team
You can opt out of research invitations in your app settings.""", fmt="alt"),

    M(Z, "parcel_delayed", "en", "", "",
      ("ParcelSwift", "no-reply@parcelswift.example.co.uk"),
      "Unfortunately your parcel is delayed", "2026-02-12 13:44",
      """Hi Rhiannon,

Unfortunately your parcel (tracking PSW 4471 9920 GB) is delayed due to severe weather at our Bristol hub.

Current position: Bristol Distribution Centre, awaiting onward transport.
New estimated delivery: Monday 16 February, 08:00-12:00.

We're sorry for the inconvenience. You can change your delivery preferences here: https://track.parcelswift.example.co.uk/PSW44719920

ParcelSwift""", fmt="alt", cte="base64"),

    M(Z, "bike_gps_position", "en", "", "",
      ("TrackTag", "alerts@tracktag.example.com"),
      "Position update: 'Blue bike' left its safe zone", "2026-06-19 23:11",
      """Your TrackTag 'Blue bike' has left its safe zone (Home - Pontcanna).

Last known position: 51.4879, -3.2011 (Cathedral Road, Cardiff)
Time: 23:09
Accuracy: 12 m

Open the app to see the live position or mark the tag as lost.""", zone="utc"),

    M(Z, "friend_own_rejection", "en", "", "kezia.ward@example.com",
      ("Kezia Ward", "kezia.ward@example.com"),
      "ugh, Bristol said no", "2026-03-11 22:40",
      """Rhi,

Just had the email - Bristol Harbour Transit turned me down for the controller job. "We have decided not to progress your application at this stage." After two interviews! I'm fuming.

Anyway, how did yours go? Did you hear back about the Taff one? Fingers crossed for you at least.

Kez x"""),

    M(Z, "own_thanks_taff", "en", "", "",
      CAND, "Thank you - Scheduling Analyst interview", "2026-03-13 16:20",
      """Dear Owain,

Thank you for this morning's interview, and please pass my thanks to Nia and Gareth as well. I really enjoyed working through the route 61 Saturday schedule with the panel, and it was good to hear how the team plans to use the new scheduling software.

Moving the interview to Friday was no trouble at all.

I look forward to hearing from you.

Best wishes,
Rhiannon Pryce-Okoro
07700 900 562""", to=[("Owain Jenkins", "owain.jenkins@taffmetro.example.co.uk")], key="taff_thanks",
      parent="taff_move", refs=["taff_inv"]),

    M(Z, "own_application_cwm", "en", "", "",
      CAND, "Duty scheduler job", "2026-02-15 19:48",
      """Hi Dai,

Gareth at Rhondda mentioned you're looking for a duty scheduler. I've been driving for eleven years and I've been doing the depot's informal duty swaps for the last two - CV attached. Would love to be considered.

Rhiannon""", to=[("Dai Lewis", "dai@cwmcoaches.example.co.uk")],
      pdfs=[("CV_Rhiannon_Pryce-Okoro.pdf", ["Rhiannon Pryce-Okoro", "Bus driver, Cardiff (2015-2026)",
                                            "Informal duty swaps and rota cover, 2024-2026"])]),

    M(Z, "own_reschedule_request_grachten", "en", "", "",
      CAND, "Re: Interview for Route Planner (English-speaking team)", "2026-04-16 07:30",
      reply("""Hi Sanne,

Thank you so much for the invitation. Tuesday 21 April at 09:30 CEST would be ideal - I'm on a late shift that day so a morning call works well.

Would it be possible to do it a little later, around 10:30, if Mark's diary allows? If not, 09:30 is absolutely fine.

Kind regards,
Rhiannon""", "en", "Wed, 15 Apr 2026 at 10:40", "Sanne de Vries", "sanne.devries@grachten.example.nl",
            """Hi Rhiannon,

Thank you for applying to our Route Planner opening in the English-speaking planning team. I'd like to invite you to a video interview with our Planning Lead, Mark Jansen."""),
      to=[("Sanne de Vries", "sanne.devries@grachten.example.nl")]),

    M(Z, "own_asks_new_date_avon", "en", "", "",
      CAND, "Re: Friday - need to cancel", "2026-06-11 07:05",
      reply("""Hi Ed,

No problem at all, I completely understand. For the new date, I'm on earlies the week of 22 June, so any afternoon that week would suit me best - or the Monday after.

Looking forward to it,
Rhiannon""", "en", "Wed, 10 Jun 2026 at 22:05", "Ed Fairbairn", "ed.fairbairn@avondt.example.co.uk",
            """Hi Rhiannon,

I'm really sorry but I have to cancel Friday's interview. We've had a major contract change land on us this week and the ops director and I are both tied up with it.

This isn't a no - I still want to meet you."""),
      to=[("Ed Fairbairn", "ed.fairbairn@avondt.example.co.uk")], parent="avon_cancel", refs=["avon_inv"],
      cte="quoted-printable"),

    M(Z, "own_explains_missed_severn", "en", "", "",
      CAND, "Re: We missed you this morning", "2026-06-15 08:02",
      reply("""Hi Tomos,

I'm so sorry about Friday - the Teams link in the invite took me to a different meeting and by the time I'd found the right one the slot had ended. Is there any chance of being seen again?

Rhiannon""", "en", "Fri, 12 Jun 2026 at 11:05", "Tomos Griffiths", "tomos.griffiths@severnlink.example.co.uk",
            """Hi Rhiannon,

Alun and I were on Teams for your 10:00 interview for the Timetable Development Planner role and waited for about fifteen minutes, but you didn't join."""),
      to=[("Tomos Griffiths", "tomos.griffiths@severnlink.example.co.uk")], parent="severn_missed"),

    M(Z, "own_accepts_offer", "en", "", "",
      CAND, "Re: Offer of employment - Scheduling Analyst", "2026-03-19 09:10",
      """Dear Owain,

I'm delighted to accept the offer of Scheduling Analyst. I've signed the offer letter and attached it here, and I'll hand my notice in at the depot today.

I'd love to take Nia up on the coffee.

Diolch yn fawr,
Rhiannon""", to=[("Owain Jenkins", "owain.jenkins@taffmetro.example.co.uk")], parent="taff_offer",
      pdfs=[("Offer_Letter_signed.pdf", ["Signed: Rhiannon Pryce-Okoro", "19 March 2026"])]),

    M(Z, "headhunter_cold_approach", "en", "", "dominic.pearce@railsearch.example.co.uk",
      ("Dominic Pearce", "dominic.pearce@railsearch.example.co.uk"),
      "Your profile - rail planning", "2026-08-13 10:50",
      """Hi Rhiannon,

I came across your profile and was struck by the combination of frontline driving experience and the scheduling work you've been doing. I specialise in rail and bus planning appointments across the UK and Ireland.

I don't have a specific vacancy to put in front of you today, but I'd value a 15-minute introductory call so I know what you're looking for when the right brief lands.

Best regards,
Dominic Pearce
Director, RailSearch Partners
20 Fenchurch Street, London EC3M 3BY | 020 7946 0312"""),

    M(Z, "bank_mortgage_appointment", "en", "", "",
      ("Cymru Building Society", "no-reply@cymrubs.example.co.uk"),
      "Your mortgage appointment is confirmed", "2026-01-14 09:00",
      """Dear Ms Pryce-Okoro,

Your mortgage interview with one of our advisers is confirmed for Saturday 24 January at 10:30 at our Queen Street branch.

Please bring proof of income (three recent payslips), your P60 and photo ID. As your employment position may be changing, your adviser will discuss how a new job could affect your application.

Cymru Building Society
Authorised by the Prudential Regulation Authority.""", fmt="html",
      html=word_html(paras("""Dear Ms Pryce-Okoro,

Your mortgage interview with one of our advisers is confirmed for Saturday 24 January at 10:30 at our Queen Street branch.

Please bring proof of income (three recent payslips), your P60 and photo ID. As your employment position may be changing, your adviser will discuss how a new job could affect your application.

Cymru Building Society
Authorised by the Prudential Regulation Authority."""))),

    M(Z, "landlord_viewing", "en", "", "alan.rees.lettings@example.co.uk",
      ("Alan Rees", "alan.rees.lettings@example.co.uk"),
      "Flat viewing and meter position", "2026-05-03 18:22",
      """Hi Rhiannon,

As you're giving notice, I've got a couple of viewings for the flat on Thursday - one at 5:30 and one at 6:15. Hope that's OK, I'll let myself in if you're on shift.

Also, could you send me a photo of the gas meter reading? It's in the cupboard under the stairs, the position's a bit awkward.

Cheers,
Alan"""),

    M(Z, "school_parents_evening", "en", "", "l.davies@ysgolpontcanna.example.sch.uk",
      ("Mrs L. Davies", "l.davies@ysgolpontcanna.example.sch.uk"),
      "Parents' evening appointment - Year 4", "2026-02-04 15:40",
      """Dear Ms Pryce-Okoro,

Thank you for booking a parents' evening appointment. You are seeing me on Tuesday 10 February at 16:40 in the Year 4 classroom.

Cai has settled into his new position as class librarian and is doing really well.

Mrs L. Davies
Year 4 Teacher, Ysgol Pontcanna""", cs="iso-8859-1"),

    M(Z, "gp_appointment_reminder", "en", "", "",
      ("Llandaff Road Surgery", "donotreply@llandaffsurgery.example.nhs.uk"),
      "Appointment reminder", "2026-06-08 18:00",
      """Reminder: you have an appointment with Dr Okafor on Wednesday 10 June at 08:50 at Llandaff Road Surgery.

If you can no longer attend, please cancel by replying CANCEL to our text message or calling 029 2055 0909. Missed appointments cost the NHS millions each year.""", zone="uk"),

    M(Z, "ooo_recruiter_autoreply", "en", "", "lucy.morgan@kestrelfreight.example.co.uk",
      ("Lucy Morgan", "lucy.morgan@kestrelfreight.example.co.uk"),
      "Automatic reply: Re: Our call today", "2026-01-24 09:01",
      """Thanks for your email. I'm out of the office until Monday 2 February with limited access to email.

If your message is about an interview, please contact talent@kestrelfreight.example.co.uk and one of the team will help.

Lucy Morgan""", headers=AUTO),

    M(Z, "linkedin_style_views", "en", "", "",
      ("Linkd Network", "notifications-noreply@linkd.example.com"),
      "Rhiannon, you appeared in 14 searches this week", "2026-07-06 10:00",
      """Rhiannon, you appeared in 14 searches this week

Recruiters from Kestrel Freight, Arden Mobility Partners and 3 others looked at your profile.

Your top search keywords: scheduling, rostering, timetable planning.

Try Premium to see who's interested in you and apply to positions with insights.

Unsubscribe from weekly search updates: https://linkd.example.com/settings/notifications""",
      fmt="alt", headers=listed("<search-appearances.linkd.example.com>", "https://linkd.example.com/settings/notifications")),

    M(Z, "linkedin_style_jobs", "en", "", "",
      ("Linkd Jobs", "jobs-noreply@linkd.example.com"),
      "Network Planner at Liffey Transit Authority and 9 more jobs for you", "2026-03-16 06:45",
      "", fmt="html", zone="utc",
      html=digest_html("Jobs you may be interested in", [
          ("Network Planner - Liffey Transit Authority", "https://linkd.example.com/jobs/7711",
           "Dublin - Actively recruiting - 8 applicants"),
          ("Scheduling Analyst - Taff Metro Buses", "https://linkd.example.com/jobs/7712",
           "Cardiff - You applied 5 weeks ago"),
          ("Transport Planner - Grachten Logistics", "https://linkd.example.com/jobs/7713",
           "Amsterdam - English speaking - Relocation"),
      ], "Apply with your profile in one click.", "https://linkd.example.com/settings/jobalerts"),
      headers=listed("<jobs.linkd.example.com>", "https://linkd.example.com/settings/jobalerts")),

    M(Z, "msc_admission_refused", "en", "", "",
      ("USW Admissions", "admissions-noreply@usw.example.ac.uk"),
      "Your application to MSc Transport Planning (part-time)", "2026-07-30 11:00",
      """Dear Rhiannon,

Thank you for applying to study MSc Transport Planning (part-time) starting in September 2026.

We regret to inform you that we are unable to offer you a place on this course. The programme requires an honours degree or equivalent professional qualification, and the admissions tutor felt your application did not yet meet this requirement.

You may wish to consider our Postgraduate Certificate in Transport Operations, which has no degree requirement.

Admissions Office
University of South Wales (Cardiff campus)""", fmt="alt"),

    M(Z, "mum_forwards_advert", "en", "", "",
      CAND, "Fwd: saw this in the Echo", "2026-01-28 20:05",
      forward("""Mam sent me this - anyone know what Transport for Cardiff Region are like to work for?""",
              "Glenys Pryce <glenys.pryce@example.co.uk>", "Wed, 28 Jan 2026 at 18:30", "saw this in the Echo",
              "Rhiannon <rhiannon.po@example.co.uk>",
              """Rhi love, this was in the paper tonight, thought of you straight away.

"TRANSPORT FOR CARDIFF REGION - Timetable Planner. We are looking for someone with practical knowledge of bus operations. Applications close 20 February. Interviews will be held in March."

Mam xx"""),
      to=[("Kezia Ward", "kezia.ward@example.com")]),

    M(Z, "union_branch_news", "en", "", "",
      ("Unite Cardiff Bus Branch", "branch-news@unitecardiffbus.example.org.uk"),
      "Branch news: pay talks, rep elections and the new rota", "2026-04-11 09:30",
      """CARDIFF BUS BRANCH NEWS - APRIL

Pay talks: management have rejected our opening claim. Negotiations continue on 22 April.

Rep elections: nominations for the position of depot rep close on 30 April. Candidates will be interviewed by the branch committee.

New rota: the summer rota goes live on 17 May. Check your duties on the noticeboard.

To stop receiving branch news reply UNSUBSCRIBE.""",
      headers=listed("Branch news <news.unitecardiffbus.example.org.uk>", "mailto:branch-news@unitecardiffbus.example.org.uk?subject=unsubscribe")),

    M(Z, "current_employer_rota_change", "en", "", "rota.office@capitalbuses.example.co.uk",
      ("Capital Buses Rota Office", "rota.office@capitalbuses.example.co.uk"),
      "Duty change Sat 7 Feb", "2026-02-05 13:12",
      """Rhiannon,

Your duty on Saturday 7 February has changed from 412 to 418 (sign on 05:48, Sloper Road). Please initial the change on the board when you're next in.

Rota Office
Capital Buses"""),

    M(Z, "interview_skills_webinar", "en", "", "",
      ("Working Wales Events", "events-noreply@workingwales.example.gov.uk"),
      "Webinar: Interview skills for career changers - Tuesday", "2026-05-01 12:00",
      """Register now: Interview skills for career changers

Tuesday 12 May, 18:30-19:30, online

Our advisers will cover answering competency questions, talking about transferable skills from frontline roles, and what to do after a rejection.

Free to attend. Register: https://events.workingwales.example.gov.uk/w/4410

You are receiving this because you registered with Working Wales.""", fmt="alt",
      headers=listed("<events.workingwales.example.gov.uk>", "https://workingwales.example.gov.uk/prefs")),

    M(Z, "ooo_dublin_autoreply", "en", "", "orla.kavanagh@liffeytransit.example.ie",
      ("Orla Kavanagh", "orla.kavanagh@liffeytransit.example.ie"),
      "Out of Office: Thank you - Network Planner interview", "2026-04-09 17:21",
      """I am on annual leave until Monday 13 April. I will respond to your email on my return.

For urgent HR queries please call +353 1 555 0100.

Orla Kavanagh
HR Business Partner, Liffey Transit Authority""", headers=AUTO, zone="ist"),

    M(Z, "mentor_mock_interview", "en", "", "rhys.llewellyn@example.com",
      ("Rhys Llewellyn", "rhys.llewellyn@example.com"),
      "Re: could you have a look at my CV?", "2026-02-21 11:03",
      reply("""Hi Rhi,

Had a read - it's good, but lead with the duty swaps and the route-learning notes, that's the planning stuff. Bury the PCV licence detail lower down.

Happy to do a mock interview with you before the Taff one if you like. Sunday afternoon?

Rhys""", "en", "Fri, 20 Feb 2026 at 21:30", "Rhiannon Pryce-Okoro", CAND[1],
            """Hi Rhys,

Could you have a look at my CV before I send any more applications? You've been in the planning office at First long enough to know what they want.

Rhi x""")),

    M(Z, "cilt_event_invite", "en", "", "",
      ("CILT Wales", "events@ciltwales.example.org.uk"),
      "Young Professionals evening: careers in network planning", "2026-09-03 16:00",
      """CILT Wales Young Professionals invite you to an evening on careers in network planning.

Thursday 17 September, 18:00, Cardiff Central Library.

Hear from planners at three operators about how they got their first position, what an assessment centre is really like, and how to handle rejection. Networking and refreshments afterwards.

Book your free place: https://ciltwales.example.org.uk/events/yp-planning""",
      headers=listed("CILT Wales events <events.ciltwales.example.org.uk>", "https://ciltwales.example.org.uk/unsubscribe")),

    M(Z, "own_forward_rejection_to_friend", "en", "", "",
      CAND, "Fwd: Scheduling Analyst at Severn Link Rail", "2026-02-11 19:12",
      forward("""Kez - is this a standard brush-off or should I actually learn HASTUS? Be honest.""",
              "Tomos Griffiths via Greenhouse <no-reply@greenhouse-mail.io>", "Wed, 11 Feb 2026 at 10:05",
              "Scheduling Analyst at Severn Link Rail", "rhiannon.po@example.co.uk",
              """Hi Rhiannon,

Many thanks for your interest in the Scheduling Analyst role and for the time you put into the application.

We've decided to move forward with candidates whose experience more closely matches what the team needs right now."""),
      to=[("Kezia Ward", "kezia.ward@example.com")]),

    M(Z, "candidate_survey_ats", "en", "", "",
      ("Taff Metro Buses", "taffmetro@myworkday.com"),
      "How did we do? Tell us about your recruitment experience", "2026-04-27 10:00",
      """Hi Rhiannon,

You recently went through our recruitment process. We'd love to hear how it went - it takes three minutes and helps us improve things for future applicants.

Start the survey: https://taffmetro.survey.example.com/cx/2026

Thank you,
Taff Metro Buses People Team""", zone="utc"),

    M(Z, "press_interview_echo", "en", "", "f.ahmed@southwalesecho.example.co.uk",
      ("Farah Ahmed", "f.ahmed@southwalesecho.example.co.uk"),
      "Interview request - women in transport feature", "2026-10-02 14:30",
      """Hi Rhiannon,

I'm a reporter at the South Wales Echo putting together a feature on women who've moved from driving into planning and management roles in Welsh transport. Owain at Taff Metro suggested I get in touch.

Could I interview you by phone for 20 minutes next week, and would you be happy to be photographed at the depot?

Thanks,
Farah Ahmed
Reporter, South Wales Echo | 029 2024 3600""", cte="quoted-printable"),

    # ================================================================ German (4)
    M(Z, "jobalert_de_stellen", "de", "", "",
      ("Stellenradar Nord", "alert@stellenradar-nord.example.de"),
      "3 neue Stellen: Fahrplanung Hamburg", "2026-02-20 06:00",
      digest_text("Neue Stellen für Sie", [
          ("Umlaufplaner*in – Hochbahn-Partner Bergedorf", "https://stellenradar-nord.example.de/s/1101",
           "Hamburg-Bergedorf, Vollzeit. Vorstellungsgespräche ab März."),
          ("Disponent*in Busverkehr", "https://stellenradar-nord.example.de/s/1102",
           "Pinneberg. Absagen und Zusagen innerhalb von zwei Wochen garantiert."),
          ("Werkstudent*in Verkehrsplanung", "https://stellenradar-nord.example.de/s/1103",
           "Hamburg-Altona, 20 Std./Woche."),
      ], "Viel Erfolg bei Ihrer Bewerbung!", "https://stellenradar-nord.example.de/abmelden"),
      headers=listed("<alerts.stellenradar-nord.example.de>", "https://stellenradar-nord.example.de/abmelden"),
      cs="windows-1252", cte="quoted-printable"),

    M(Z, "besichtigung_wohnung", "de", "", "h.lindemann@example.de",
      ("Heike Lindemann", "h.lindemann@example.de"),
      "Besichtigungstermin Wohnung Eimsbüttel", "2026-07-02 19:10",
      """Hallo Frau Pryce-Okoro,

gern können Sie die Zweizimmerwohnung in der Osterstraße besichtigen. Ich schlage Samstag, 11. Juli, um 12 Uhr vor. Bitte bringen Sie eine Gehaltsbescheinigung oder – falls Sie die neue Stelle noch nicht angetreten haben – den Arbeitsvertrag mit.

Viele Grüße
Heike Lindemann""", cs="windows-1252", cte="8bit", subj_enc=("utf-8", "q")),

    M(Z, "abwesenheitsnotiz", "de", "", "m.petersen@hafenbus.example.de",
      ("Malte Petersen", "m.petersen@hafenbus.example.de"),
      "Abwesenheitsnotiz: Re: Terminverschiebung", "2026-03-12 18:30",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16. März nicht im Büro und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an Svenja Ohm, Personal, Tel. +49 40 555 8800.

Malte Petersen""", headers=AUTO, cs="iso-8859-1", cte="quoted-printable"),

    M(Z, "xing_style_notification", "de", "", "",
      ("Karrierenetz", "benachrichtigung@karrierenetz.example.de"),
      "Rhiannon, 5 Personen haben Ihr Profil besucht", "2026-08-31 08:00",
      "", fmt="html",
      html=digest_html("Ihre Woche im Karrierenetz", [
          ("5 Profilbesuche", "https://karrierenetz.example.de/besucher",
           "Darunter eine Recruiterin von Hanse Güterbahn."),
          ("Neue Position bei einem Kontakt", "https://karrierenetz.example.de/news/2211",
           "Jana Voß hat eine neue Position bei Elbe Regionalverkehr."),
      ], "Bleiben Sie auf dem Laufenden.", "https://karrierenetz.example.de/einstellungen"),
      headers=listed("<wochenbericht.karrierenetz.example.de>", "https://karrierenetz.example.de/einstellungen")),

    # ================================================================ French (7)
    M(Z, "newsletter_fr_offres", "fr", "", "",
      ("Mobilité Emploi", "newsletter@mobilite-emploi.example.fr"),
      "Les offres de la semaine : planification et exploitation à Lyon", "2026-05-15 07:30",
      digest_text("Les offres de la semaine", [
          ("Planificateur·rice réseau – Lyon 3e", "https://mobilite-emploi.example.fr/o/5512",
           "CDI, entretiens prévus fin mai."),
          ("Régulateur·rice trafic bus – Villeurbanne", "https://mobilite-emploi.example.fr/o/5513",
           "Horaires décalés, permis D apprécié."),
          ("Conseil : répondre à un refus sans se décourager", "https://mobilite-emploi.example.fr/conseils/refus",
           "Notre coach explique comment demander un retour après un entretien."),
      ], "Bonne semaine et bonnes candidatures !", "https://mobilite-emploi.example.fr/desinscription"),
      fmt="alt", cte="quoted-printable",
      headers=listed("<hebdo.mobilite-emploi.example.fr>", "https://mobilite-emploi.example.fr/desinscription")),

    M(Z, "refus_admission_master", "fr", "", "",
      ("Université Lyon Lumière - Admissions", "admissions-noreply@univ-lyonlumiere.example.fr"),
      "Décision concernant votre candidature en Master Transport et Mobilités", "2026-06-18 10:00",
      """Madame,

La commission pédagogique a examiné votre candidature à l'admission en Master 1 Transport et Mobilités pour la rentrée 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue. La commission a reçu un nombre de dossiers très supérieur aux capacités d'accueil.

Vous pouvez consulter le détail de la décision sur la plateforme de candidature.

Le service des admissions""", cs="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "b"),
      from_enc=("iso-8859-1", "q")),

    M(Z, "rdv_prefecture", "fr", "", "",
      ("Préfecture du Rhône", "ne-pas-repondre@rhone.example.gouv.fr"),
      "Confirmation de votre rendez-vous – titre de séjour", "2026-08-26 14:00",
      """Madame PRYCE-OKORO Rhiannon,

Votre rendez-vous pour le dépôt d'une demande de titre de séjour « salarié » est confirmé :

Le mardi 8 septembre 2026 à 09h40
Préfecture du Rhône, 18 rue de Bonnel, 69003 Lyon – guichet 4

Merci de vous présenter muni de votre passeport, de votre contrat de travail et de la présente convocation.""",
      cs="windows-1252", cte="8bit"),

    M(Z, "colis_retard", "fr", "", "",
      ("Colis Rapide", "notification@colisrapide.example.fr"),
      "Votre colis est malheureusement retardé", "2026-09-04 16:20",
      """Bonjour,

Malheureusement, votre colis n° CR 88 1204 77 n'a pas pu être livré aujourd'hui en raison d'un incident de transport.

Position actuelle : agence de Vénissieux.
Nouvelle date de livraison estimée : lundi 7 septembre.

Nous vous prions de nous excuser pour ce désagrément.""", fmt="alt", cte="base64"),

    M(Z, "reponse_absence", "fr", "", "claire.mercier@trc-lyon.example.fr",
      ("Claire Mercier", "claire.mercier@trc-lyon.example.fr"),
      "Réponse automatique : Absente du bureau", "2026-04-15 08:45",
      """Bonjour,

Je suis absente jusqu'au 20 avril inclus. Pour toute question concernant un entretien ou une candidature, merci de contacter recrutement@trc-lyon.example.fr.

Cordialement,
Claire Mercier""", headers=AUTO, cs="iso-8859-1"),

    M(Z, "own_candidature_spontanee", "fr", "", "",
      CAND, "Candidature spontanée – planification / exploitation", "2026-04-27 21:30",
      """Madame, Monsieur,

Conductrice de bus depuis onze ans à Cardiff, je m'installe à Lyon à la rentrée et je souhaite évoluer vers la planification de l'offre ou la régulation.

Vous trouverez ci-joint mon CV. Je serais ravie de vous rencontrer pour un entretien à votre convenance.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Rhiannon Pryce-Okoro
+44 7700 900 562""", to=[("", "contact@autocars-vds.example.fr")], subj_enc=("utf-8", "b"),
      pdfs=[("CV_Pryce-Okoro_FR.pdf", ["Rhiannon Pryce-Okoro", "Conductrice de bus - Cardiff"])]),

    M(Z, "conseil_article_entretien", "fr", "", "",
      ("Le Mag Carrière", "lettre@lemagcarriere.example.fr"),
      "Entretien d'embauche : les 5 questions pièges (et comment y répondre)", "2026-07-09 12:00",
      "", fmt="html",
      html="<html><body>\n" + paras("""Cette semaine dans Le Mag Carrière

« Pourquoi avez-vous quitté votre poste ? », « Quel est votre plus grand défaut ? »... Les recruteurs posent souvent les mêmes questions pièges. Notre experte vous explique comment transformer un refus passé en argument et comment parler d'une reconversion sans vous justifier.

Lire l'article : https://lemagcarriere.example.fr/entretien-questions-pieges

Se désabonner : https://lemagcarriere.example.fr/desabonnement""") + "\n</body></html>\n",
      headers=listed("<lettre.lemagcarriere.example.fr>", "https://lemagcarriere.example.fr/desabonnement")),

    # ================================================================ Spanish (8)
    M(Z, "alerta_empleo_bilbao", "es", "", "",
      ("EmpleoNorte", "alertas@empleonorte.example.es"),
      "Nuevas ofertas: planificación de transporte en Bizkaia", "2026-05-29 07:15",
      digest_text("Tus ofertas de hoy", [
          ("Planificador/a de servicios – Barakaldo", "https://empleonorte.example.es/of/3301",
           "Contrato indefinido. Entrevistas la semana que viene."),
          ("Técnico/a de tráfico – Bilbao", "https://empleonorte.example.es/of/3302",
           "Se valora experiencia como conductor/a."),
          ("Consejo: qué hacer si te rechazan", "https://empleonorte.example.es/blog/rechazo",
           "Cinco ideas para seguir adelante."),
      ], "¡Mucha suerte!", "https://empleonorte.example.es/baja"),
      fmt="alt", headers=listed("<alertas.empleonorte.example.es>", "https://empleonorte.example.es/baja")),

    M(Z, "own_gracias_nervion", "es", "", "",
      CAND, "Gracias por la entrevista", "2026-06-23 19:40",
      """Hola Itziar:

Muchas gracias por la entrevista de hoy. Me ha encantado conocer al equipo y ver cómo rediseñáis las líneas de la margen izquierda.

Un saludo,
Rhiannon""", to=[("Itziar Etxeberria", "itziar.etxeberria@nervion.example.es")], parent="nervion_resched",
      refs=["nervion_inv"]),

    M(Z, "banco_cita", "es", "", "",
      ("Banco Cantábrico", "no-responder@bancocantabrico.example.es"),
      "Cita confirmada en tu oficina", "2026-09-16 09:30",
      """Hola Rhiannon:

Tu cita para abrir una cuenta de no residente está confirmada para el jueves 24 de septiembre a las 10:15 en la oficina de Gran Vía 40, Bilbao.

Recuerda traer tu pasaporte, el NIE y, si ya lo tienes, tu contrato de trabajo.

Banco Cantábrico""", cs="iso-8859-1", cte="quoted-printable"),

    M(Z, "euskaltegi_no_admitida", "es", "", "",
      ("Euskaltegi Abando", "matricula@euskaltegiabando.example.es"),
      "Resultado de tu solicitud de matrícula", "2026-09-09 13:00",
      """Hola Rhiannon:

Lamentamos comunicarte que no has sido admitida en el curso intensivo de euskera A1 de otoño, ya que todas las plazas se han cubierto por orden de inscripción.

Te hemos apuntado en la lista de espera (posición 7) y te avisaremos si queda alguna plaza libre. También puedes inscribirte en el curso de enero.

Secretaría – Euskaltegi Abando""", cte="base64"),

    M(Z, "amiga_rechazo", "es", "", "lucia.mendez@example.es",
      ("Lucía Méndez", "lucia.mendez@example.es"),
      "¡Me han dicho que no!", "2026-07-01 21:50",
      """Rhiannon,

Me acaban de rechazar en Metro Bizkaia, después de tres entrevistas. Ni una explicación, solo el típico "su perfil no ha sido seleccionado". Qué rabia.

¿Tú sabes algo de Nervión? Te invito a un pintxo el sábado y nos desahogamos.

Besos,
Lucía""", from_enc=("utf-8", "b"), cs="windows-1252", cte="8bit"),

    M(Z, "respuesta_fuera_oficina", "es", "", "marta.ruiz@logisticaabando.example.es",
      ("Marta Ruiz", "marta.ruiz@logisticaabando.example.es"),
      "Respuesta automática: Fuera de la oficina", "2026-04-06 10:00",
      """Gracias por tu mensaje. Estoy fuera de la oficina hasta el 8 de abril por Semana Santa y no podré responder hasta mi regreso.

Para cualquier asunto urgente, escribe a rrhh@logisticaabando.example.es.

Marta Ruiz""", headers=AUTO),

    M(Z, "red_profesional_aviso", "es", "", "",
      ("Linkd", "notificaciones-noreply@linkd.example.com"),
      "Rhiannon, tienes 3 invitaciones pendientes", "2026-10-01 08:30",
      """Hola Rhiannon:

Tienes 3 invitaciones para conectar pendientes, entre ellas Ander Goikoetxea (Consultora Ría Movilidad) y Javier Ortiz (Ferrocarriles del Cantábrico).

Ver invitaciones: https://linkd.example.com/invitations

Darse de baja de estas notificaciones: https://linkd.example.com/settings""", fmt="alt", zone="utc",
      headers=listed("<invitaciones.linkd.example.com>", "https://linkd.example.com/settings")),

    M(Z, "casero_piso_bilbao", "es", "", "inaki.uriarte@example.es",
      ("Iñaki Uriarte", "inaki.uriarte@example.es"),
      "Visita al piso de Indautxu", "2026-08-28 17:05",
      """Hola Rhiannon:

Te confirmo la visita al piso de la calle Licenciado Poza el miércoles a las 19:00. Si al final te quedas con el trabajo en Bilbao, podríamos firmar el contrato de alquiler a primeros de octubre.

Un saludo,
Iñaki""", from_enc=("iso-8859-1", "q"), cs="iso-8859-1", cte="8bit"),
]
