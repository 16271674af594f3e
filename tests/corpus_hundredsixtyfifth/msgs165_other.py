"""Corpus 165, other: 52 hand-written messages (en 33, de 6, fr 6, es 7) - digests, newsletters,
notifications, the candidate's own mail, auto-replies and life admin that borrows job words."""

from __future__ import annotations

from msgs165_common import (
    CAND,
    CAND_SIG,
    M,
    forwarded,
    newsletter_html,
    newsletter_text,
    outlook,
    paras,
    quoted,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

OTH = "other"
OKSANA = "Oksana Duarte-Brennan <oksana.db@example.ie>"


def listhdr(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# =========================================================================== English

_title = "12 new Facilities Coordinator jobs in Cork"
_intro = """Hi Oksana, here are this week's matches for your alert "facilities coordinator - Cork - 30 km". Two employers say they will interview within 48 hours of applying, and one role you viewed has closed."""
_items = [
    ("Facilities Coordinator - Mahon Point Retail Park",
     "Permanent, €38k-€42k. Interviews within 48 hours of applying.",
     "https://www.jobsnest.example.ie/job/88123?utm_source=alert"),
    ("Accommodation Services Supervisor - Cork University Campus",
     "Fixed term 12 months. Shift work, weekends on rota.",
     "https://www.jobsnest.example.ie/job/88140?utm_source=alert"),
    ("Soft Services Coordinator - Little Island",
     "Managing cleaning, catering and waste contracts for a pharma client.",
     "https://www.jobsnest.example.ie/job/88177?utm_source=alert"),
    ("Hotel Operations Coordinator - Kinsale",
     "Boutique hotel, 48 rooms. Apply with CV - interviews in Kinsale.",
     "https://www.jobsnest.example.ie/job/88191?utm_source=alert"),
    ("Unfortunately, Housekeeping Manager - Blarney has closed",
     "This role is no longer accepting applications. See similar jobs.",
     "https://www.jobsnest.example.ie/similar/87002?utm_source=alert"),
]
_foot = "You are receiving this because you created a job alert on JobsNest Ireland. Manage alerts: https://www.jobsnest.example.ie/alerts | Unsubscribe: https://www.jobsnest.example.ie/u/a81f"
add(M(kind=OTH, slug="job_alert_digest", lang="en", company="", contact="",
      frm=("JobsNest Ireland", "alerts@jobsnest.example.ie"), subject=_title,
      date="2026-02-09 07:00 +0000",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#e4572e"),
      cte="quoted-printable",
      headers=listhdr("JobsNest alerts <alerts.jobsnest.example.ie>",
                      "https://www.jobsnest.example.ie/u/a81f", "unsubscribe@jobsnest.example.ie")))

_title = "What a rejection email is really telling you"
_intro = """This week in The Facilities Brief: a hiring manager explains the three templates she uses to turn candidates down, why "we have decided to move forward with other candidates" almost never means you did badly at interview, and how to ask for feedback without sounding defensive.

Plus: how to prepare for a competency-based interview when your experience is in hotels rather than offices."""
_items = [
    ("Reading between the lines of a rejection",
     "Anna Kowalczyk on what the wording of a no actually signals.",
     "https://facilitiesbrief.example.com/p/reading-rejections"),
    ("STAR answers for hospitality people moving into FM",
     "Turn 'I ran a housekeeping team' into evidence a panel can score.",
     "https://facilitiesbrief.example.com/p/star-for-hospitality"),
    ("Salary survey: soft-services coordinators in Ireland and the UK",
     "Ranges by city, sector and contract type.",
     "https://facilitiesbrief.example.com/p/salary-survey-2026"),
]
_foot = "The Facilities Brief, 7 Camden Row, Dublin 8. You subscribed at facilitiesbrief.example.com. Unsubscribe: https://facilitiesbrief.example.com/unsubscribe?u=5521"
add(M(kind=OTH, slug="newsletter_about_rejections", lang="en", company="", contact="",
      frm=("The Facilities Brief", "newsletter@facilitiesbrief.example.com"),
      subject="The Facilities Brief #58: what a rejection email is really telling you",
      date="2026-03-03 06:30 +0000",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot), cte="quoted-printable",
      headers=listhdr("The Facilities Brief <brief.facilitiesbrief.example.com>",
                      "https://facilitiesbrief.example.com/unsubscribe?u=5521",
                      "leave-5521@facilitiesbrief.example.com")))

_t = """Your application was viewed

Grafton Property Partners viewed your application for Building Services Coordinator.

Applied 8 days ago · 143 applicants · Dublin 2 (on-site)

Tip: candidates who message the hiring team after applying are more likely to get an interview. Send a short note to introduce yourself.

View application: https://www.prolink.example.com/jobs/applied/3901177

You're receiving job application updates. Unsubscribe: https://www.prolink.example.com/settings/notifications
ProLink Corporation, 100 Market Street, San Francisco"""
add(M(kind=OTH, slug="prolink_application_viewed", lang="en", company="", contact="",
      frm=("ProLink", "notifications-noreply@prolink.example.com"),
      subject="Your application was viewed by Grafton Property Partners",
      date="2026-04-15 18:12 +0000", text=_t, html=paras(_t),
      headers=[("Auto-Submitted", "auto-generated")]))

_title = "New jobs for you: Facilities Coordinator in Dublin"
_intro = "Based on your profile and your recent job searches, Oksana."
_items = [
    ("Workplace Coordinator - Grand Canal Dock", "Actively recruiting · Easy Apply",
     "https://www.prolink.example.com/jobs/view/3988001"),
    ("Facilities Administrator - Heuston South Quarter", "Be an early applicant",
     "https://www.prolink.example.com/jobs/view/3988017"),
    ("Guest Services & Facilities Lead - Ballsbridge", "12 connections work here",
     "https://www.prolink.example.com/jobs/view/3988055"),
    ("Estates Assistant - Rathmines", "Hybrid · interviews on a rolling basis",
     "https://www.prolink.example.com/jobs/view/3988090"),
]
_foot = "This email was intended for Oksana Duarte-Brennan (Housekeeping Supervisor). Unsubscribe: https://www.prolink.example.com/settings/jobs-alerts"
add(M(kind=OTH, slug="prolink_jobs_digest", lang="en", company="", contact="",
      frm=("ProLink Jobs", "jobs-noreply@prolink.example.com"), subject=_title,
      date="2026-05-05 12:44 +0000",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#0a66c2"), cte="base64",
      headers=listhdr("ProLink job alerts <jobalerts.prolink.example.com>",
                      "https://www.prolink.example.com/settings/jobs-alerts",
                      "unsubscribe-jobs@prolink.example.com")))

add(M(kind=OTH, slug="own_thank_you_after_panel", lang="en", company="", contact="",
      frm=CAND, to=[("Niamh Cotter", "niamh.cotter@leequay.example.ie")],
      subject="Thank you – Facilities Coordinator interview", date="2026-03-06 18:40 +0000",
      cte="quoted-printable",
      text=f"""Dear Niamh,

Thank you for this morning's interview, and please pass on my thanks to Brendan and Ana. I enjoyed talking through the maintenance-scheduling scenario, and hearing about the plans for the riverside rooms made me even more excited about the role.

If there is anything else you need from me, such as references, just let me know.

Kind regards,
{CAND_SIG}""", id="lq_thanks", parent="lq_move"))

add(M(kind=OTH, slug="own_application_with_cv_pdf", lang="en", company="", contact="",
      frm=CAND, to=[("Seán Ó Briain", "sean.obriain@treatystone.example.ie")],
      to_enc=("iso-8859-1", "Q"),
      subject="Facilities & Housekeeping Coordinator – CV", date="2026-02-02 21:15 +0000",
      cte="quoted-printable",
      text=f"""Dear Mr Ó Briain,

Please find attached my CV and cover letter for the Facilities & Housekeeping Coordinator position advertised on your website.

I have spent six years in hotel housekeeping in Cork, the last three as supervisor of a 24-person team, and I am now moving into facilities coordination. I would welcome the chance to meet you.

Kind regards,
{CAND_SIG}""",
      pdfs=[dict(filename="Oksana_Duarte-Brennan_CV.pdf", lines=[
          "Oksana Duarte-Brennan - Curriculum Vitae",
          "Cork, Ireland | oksana.db@example.ie | +353 87 555 0142",
          "2023-now  Housekeeping Supervisor, hotel in Cork city (24 staff)",
          "2020-2023 Senior Room Attendant and Linen Room Lead",
          "Certificate in Facilities Management (evening course, 2025)",
          "Languages: English, Portuguese, Spanish, German (B1), French (B1)"])],
      id="ts_app"))

add(M(kind=OTH, slug="own_reschedule_request", lang="en", company="", contact="",
      frm=CAND, to=[("Ben Hollins", "ben@hollinsmarr.example.co.uk")],
      subject="Re: Interview invitation from Hollins & Marr Property Management",
      date="2026-07-31 20:10 +0100",
      text=f"""Hi Ben,

Thank you very much for the invitation - I'm delighted to be considered for the Block Management Assistant role.

Unfortunately I'll be on a family holiday in Kerry with patchy signal on Thursday 6 August. Would it be possible to move the interview to the week of 17 August? Any time that Monday or Tuesday would suit me.

Apologies for the inconvenience, and thanks for understanding.

Best regards,
{CAND_SIG}""", id="hm_own_move", parent="hm_inv"))

_missed = """Hi Oksana,

I tried calling you twice at 10:00 this morning for our phone screen, on 087 555 0142, but there was no answer and the voicemail was full so I couldn't leave a message.

Could you let me know if you're still interested in the Facilities Coordinator post, and if so, when would be a good time to try again?

Thanks,
Gráinne Walsh"""
add(M(kind=OTH, slug="own_apology_missed_call", lang="en", company="", contact="",
      frm=CAND, to=[("Gráinne Walsh", "grainne.walsh@mercyvale.example.ie")],
      subject="RE: Phone screen this morning", date="2026-03-10 19:22 +0000",
      cte="quoted-printable",
      text="""Hi Gráinne,

I'm so sorry I missed your call this morning. My phone was in my locker during a room inspection and I only saw the two missed calls at lunch. Would Friday afternoon suit for another try?

Oksana

""" + quoted("en", "Gráinne Walsh <grainne.walsh@mercyvale.example.ie>", "2026-03-10 10:25",
             _missed), id="mv_sorry", parent="mv_missed"))

add(M(kind=OTH, slug="own_thank_you_after_assessment", lang="en", company="", contact="",
      frm=CAND, to=[("Orla Fennelly", "o.fennelly@liffey-uni.example.ie")],
      subject="Thank you – Estates Services Coordinator assessment day",
      date="2026-04-24 20:03 +0100", cte="quoted-printable",
      text="""Dear Orla,

Thank you for organising yesterday's assessment day, and please pass my thanks to the panel. I really enjoyed the site walk around the Belfield buildings and the interview afterwards, and it made me even keener on the Estates Services Coordinator role.

I look forward to hearing from you.

Kind regards,
Oksana Duarte-Brennan""", id="ul_thanks", parent="ul_move"))

_offer = """Dear Oksana,

Following your interview last Friday, I am delighted to offer you the position of Facilities Coordinator with Lee Quay Hotel Group, based at Lee Quay Hotel, Cork.

Your full contract and offer letter are attached. Please sign and return them by Friday 20 March. This offer is subject to two satisfactory references.

Kind regards,
Niamh Cotter"""
add(M(kind=OTH, slug="own_acceptance_signed_pdf", lang="en", company="", contact="",
      frm=CAND, to=[("Niamh Cotter", "niamh.cotter@leequay.example.ie")],
      subject="RE: Offer of employment – Facilities Coordinator", date="2026-03-16 09:05 +0000",
      cte="quoted-printable",
      text=f"""Dear Niamh,

I'm thrilled to accept the offer - thank you! Please find the signed contract and offer letter attached. My referees are Joan Cahill (my current General Manager) and Luis Moreno (previous Head Housekeeper); their details are in the form.

I will hand in my notice today, so Monday 13 April works well as a start date.

Kind regards,
{CAND_SIG}

""" + quoted("en", "Niamh Cotter <niamh.cotter@leequay.example.ie>", "2026-03-13 15:02", _offer),
      pdfs=[dict(filename="LQHG_Offer_Letter_signed.pdf", lines=[
          "Lee Quay Hotel Group - Offer of Employment (signed copy)",
          "Ms Oksana Duarte-Brennan",
          "Position: Facilities Coordinator",
          "Signed: O. Duarte-Brennan   Date: 16 March 2026"])],
      id="lq_accept", parent="lq_offer"))

add(M(kind=OTH, slug="podcast_interview_request", lang="en", company="", contact="",
      frm=("Ruth Okafor", "ruth@housekeepingheroes.example.com"),
      subject="Would you be a guest on Housekeeping Heroes?", date="2026-05-21 13:05 +0100",
      text="""Hi Oksana,

I host Housekeeping Heroes, a small podcast about the people who keep hotels running behind the scenes. A listener in Cork pointed me to your post about rotating deep-clean schedules, and I'd love to interview you for an episode.

It's a relaxed 40-minute conversation over Zoom, recorded whenever suits you in June. We'd talk about how you got into housekeeping, what makes a good supervisor, and your move towards facilities work. No preparation needed.

Would you be up for it? Happy to answer any questions first.

Ruth Okafor
Host & producer, Housekeeping Heroes
housekeepingheroes.example.com"""))

add(M(kind=OTH, slug="press_interview_request", lang="en", company="", contact="",
      frm=("Donal Kiely", "d.kiely@leevalleycourier.example.ie"),
      subject="Interview request – hotel staffing in Cork", date="2026-01-22 11:30 +0000",
      cte="quoted-printable",
      text="""Dear Ms Duarte-Brennan,

I'm a reporter with the Lee Valley Courier, working on a feature about staff shortages in Cork's hotels ahead of the tourist season. A contact at the Irish Hotels Federation suggested you as someone who could speak about what housekeeping teams are dealing with on the ground.

Would you be willing to do a short interview – 20 minutes by phone, this week or early next? I'm happy to keep your employer's name out of it, and you can review your quotes before publication.

Many thanks,
Donal Kiely
Reporter, Lee Valley Courier
Tel: 021 555 8800"""))

_t = """Hi Oksana,

You're invited to take part in a research interview about ShiftPal, the rota app your team uses.

We're talking to housekeeping supervisors about how they plan shifts and swap cover. The interview is a 30-minute video call with one of our designers – there are no right or wrong answers, and we're not testing you.

As a thank-you, you'll receive a €40 One4all voucher.

Pick a time that suits you: https://research.shiftpal.example.com/book/hk-supervisors

Thanks for helping us make ShiftPal better,
The ShiftPal Research team

You're receiving this because you agreed to be contacted for research. Opt out: https://research.shiftpal.example.com/optout"""
add(M(kind=OTH, slug="user_research_interview", lang="en", company="", contact="",
      frm=("ShiftPal Research", "research@shiftpal.example.com"),
      subject="Invitation: 30-min research interview (€40 voucher)",
      date="2026-06-03 10:00 +0100", text=_t, html=paras(_t), cte="quoted-printable"))

add(M(kind=OTH, slug="bike_gps_position", lang="en", company="", contact="",
      frm=("FindMyBike", "alerts@findmybike.example.com"),
      subject="Position update: your bike has moved", date="2026-07-02 02:14 +0100",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""FindMyBike alert

Your tracker "Blue Raleigh" reported a new position at 02:11.

Position: 51.8985 N, 8.4756 W (near Lapp's Quay, Cork)
Speed: 0 km/h · Battery: 64%

If you didn't move your bike, open the app to start tracking and contact the Gardaí.

Open map: https://app.findmybike.example.com/device/bt-2231/map

FindMyBike · Manage notifications in the app"""))

_t = """Hi Oksana,

Unfortunately your parcel is delayed.

Tracking number: PW 4471 0098 IE
From: Linen & Loom Workwear
Original delivery date: Tuesday 18 August
New estimated delivery: Thursday 20 August

The delay is due to high volumes at our Ballycoolin hub. We're sorry for the inconvenience. You don't need to do anything - we'll try again automatically.

Track your parcel: https://track.parcelway.example.ie/PW44710098IE

ParcelWay Ireland"""
add(M(kind=OTH, slug="parcel_delayed_unfortunately", lang="en", company="", contact="",
      frm=("ParcelWay", "no-reply@parcelway.example.ie"),
      subject="Unfortunately your parcel is delayed", date="2026-08-18 16:40 +0100",
      text=_t, html=paras(_t), cte="base64"))

add(M(kind=OTH, slug="friend_tells_of_own_rejection", lang="en", company="", contact="",
      frm=("Maeve Twomey", "maeve.twomey@eircom.example.ie"),
      subject="ugh", date="2026-03-18 21:47 +0000", charset="windows-1252",
      cte="quoted-printable",
      text="""Oksana!!

So I finally heard back from the Clarion job – “after careful consideration we have decided not to progress your application at this time.” Three interviews, a presentation AND a trial shift, and that’s all they send. Not even a phone call.

Anyway I’m grand, I’ll live. Wine on Friday? And tell me how your hospital phone thing went – did you get a second interview?

M x"""))

add(M(kind=OTH, slug="credit_union_mortgage_appointment_ics", lang="en", company="", contact="",
      frm=("Lee Credit Union", "appointments@leecu.example.ie"),
      subject="Your mortgage appointment is confirmed", date="2026-09-02 09:30 +0100",
      cte="quoted-printable",
      text="""Dear Oksana,

Thank you for booking a mortgage appointment with Lee Credit Union.

Date: Wednesday 9 September 2026
Time: 17:30 – 18:30
Where: Lee Credit Union, 4 Washington Street, Cork
With: Eoin Barry, Mortgage Adviser

Please bring photo ID, proof of address, your last three payslips and six months of bank statements. If you've recently changed job or accepted a new position, please bring your contract or offer letter too.

A calendar invitation is attached. To change or cancel your appointment, call us on 021 555 3030.

Lee Credit Union is regulated by the Central Bank of Ireland.""",
      ics=dict(method="REQUEST", uid="leecu-mtg-20260909-1730-odb@leecu.example.ie", seq=0,
               start="2026-09-09 17:30", end="2026-09-09 18:30", offset="+0100",
               summary="Mortgage appointment - Lee Credit Union",
               location="4 Washington Street, Cork",
               organizer=("Lee Credit Union", "appointments@leecu.example.ie"), mode="alt")))

add(M(kind=OTH, slug="landlord_inspection_moved", lang="en", company="", contact="",
      frm=("Pat Horgan", "pat.horgan@horganlettings.example.ie"),
      subject="Inspection – change of date", date="2026-05-25 12:02 +0100",
      cte="quoted-printable",
      text="""Hi Oksana,

Sorry to be a nuisance – I have to move the routine inspection of the apartment from this Thursday to next Tuesday, 2 June, around 6pm. My plumber can only come then to look at the shower at the same time.

If that doesn't suit, let me know another evening that week.

Thanks,
Pat Horgan
Horgan Lettings, Douglas, Cork
086 555 4112"""))

add(M(kind=OTH, slug="school_parent_teacher_appointments", lang="en", company="", contact="",
      frm=("Scoil Mhuire Gan Smál", "office@scoilmhuire.example.ie"),
      subject="Parent-teacher meetings · appointment for Leo (Múinteoir Ní Riain)", date="2026-01-27 14:00 +0000",
      subj_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "B"),
      charset="iso-8859-1", cte="quoted-printable",
      text="""Dear Parent/Guardian of Leo Duarte-Brennan (3rd Class),

Parent-teacher meetings will take place next week. Your appointment with Ms Ní Riain is:

Tuesday 3 February 2026 at 15:50 (10 minutes)

If you are unable to attend, please contact the school office and we will try to arrange an alternative time. Unfortunately we cannot extend appointments beyond ten minutes as the schedule is very tight.

Le meas,
Síle Ahern
School Secretary
Scoil Mhuire Gan Smál, Ballintemple, Cork"""))

add(M(kind=OTH, slug="gp_appointment_cancelled", lang="en", company="", contact="",
      frm=("Blackpool Medical Centre", "reception@blackpoolmedical.example.ie"),
      subject="Your appointment on 14 May has been cancelled", date="2026-05-13 17:22 +0100",
      text="""Dear Oksana,

Unfortunately we have had to cancel your appointment with Dr Murphy on Thursday 14 May at 09:20, as Dr Murphy is unwell.

Please call reception on 021 555 2200 to rebook, or use the online booking link below. If your matter is urgent, our duty doctor is available each morning from 08:30.

Rebook online: https://book.blackpoolmedical.example.ie

We apologise for any inconvenience.

Blackpool Medical Centre"""))

add(M(kind=OTH, slug="out_of_office_recruiter", lang="en", company="", contact="",
      frm=("Lisa Brennan", "lisa.brennan@graftonpp.example.ie"),
      subject="Automatic reply: Building Services Coordinator – question about my application",
      date="2026-04-14 08:02 +0100",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      cte="quoted-printable",
      text="""Thank you for your email. I am on annual leave until Monday 20 April with limited access to email.

For anything relating to interviews or applications currently in progress, please contact careers@graftonpp.example.ie and a member of the Talent team will help you.

Kind regards,
Lisa Brennan
Talent Acquisition Lead, Grafton Property Partners""", parent="cand-gp-question"))

add(M(kind=OTH, slug="out_of_office_on_leave", lang="en", company="", contact="",
      frm=("James Whitfield", "james.whitfield@kingsmere.example.co.uk"),
      subject="Out of Office: Re: Residential Facilities Coordinator",
      date="2026-07-09 22:15 +0100",
      headers=[("Auto-Submitted", "auto-replied")],
      text="""I'm out of the office until 27 July and won't be checking email.

If you're writing about an interview, an offer or your application, please contact resourcing@kingsmere.example.co.uk. For urgent property matters call the Kingsmere helpdesk on 020 5550 9000.

James""", parent="cand-km-question"))

add(M(kind=OTH, slug="course_place_refused", lang="en", company="", contact="",
      frm=("Centre for Continuing Education", "cce-admissions@univlee.example.ie"),
      subject="Diploma in Facilities Management – application outcome",
      date="2026-08-06 15:00 +0100", cte="quoted-printable",
      text="""Dear Oksana,

Thank you for applying for the part-time Diploma in Facilities Management (evening, 2026/27) at University College Lee.

We received far more applications than there are places on the programme this year. We regret to inform you that we are unable to offer you a place on this occasion.

You have been placed on the waiting list (position 14). If a place becomes available before the course starts on 21 September, we will contact you by email. You may also wish to consider our Certificate in Workplace Services, which still has places.

Kind regards,
Admissions Office
Centre for Continuing Education, University College Lee"""))

add(M(kind=OTH, slug="recruiter_cold_approach", lang="en", company="", contact="",
      frm=("Stephen Quill", "stephen@quillsearch.example.ie"),
      subject="Facilities roles in the Mid-West", date="2026-06-17 08:48 +0100",
      text="""Hi Oksana,

I came across your profile on ProLink and I was struck by your move from housekeeping supervision towards facilities coordination - it's a path I see working really well in healthcare.

I specialise in support-services and estates roles in the Mid-West, mostly hospitals, nursing-home groups and third-level campuses in Limerick and Clare. Nothing specific to put in front of you today, but I'd be glad to keep you in mind as things come up over the summer.

If that sounds useful, feel free to send me an up-to-date CV whenever suits.

Best regards,
Stephen Quill
Quill Search | Limerick
+353 61 555 7400"""))

_ad = """Hi all,

We are hiring! Casa Rio Hotels are looking for a Housekeeping & Facilities Manager for our new Porto property. Relocation support available. Open interview days in Porto on 12 and 13 June - just bring your CV.

Apply: https://careers.casario.example.pt/jobs/hfm-porto

Casa Rio Hotels People Team"""
add(M(kind=OTH, slug="sister_forwards_job_ad_rfc822", lang="en", company="", contact="",
      frm=("Daria Duarte", "daria.duarte@correio.example.pt"),
      subject="Fwd: We are hiring – Housekeeping & Facilities Manager (Porto)",
      date="2026-05-30 20:11 +0100", cte="quoted-printable",
      text="""Saw this in a hotel group newsletter and thought of you straight away! Porto is only a short flight from Cork, and Mãe would be thrilled.

No pressure, just saying :)

Daria

""" + forwarded("en", "Casa Rio Hotels <people@casario.example.pt>", "2026-05-29 09:00",
                "daria.duarte@correio.example.pt",
                "We are hiring – Housekeeping & Facilities Manager (Porto)", _ad),
      rfc822=dict(frm=("Casa Rio Hotels", "people@casario.example.pt"),
                  to=[("Daria Duarte", "daria.duarte@correio.example.pt")],
                  subject="We are hiring – Housekeeping & Facilities Manager (Porto)",
                  date="2026-05-29 09:00 +0100", text=_ad, cte="quoted-printable",
                  filename="We are hiring.eml")))

_title = "FMII events and CPD - April 2026"
_intro = """Dear member, here is what's coming up at the Facilities Management Institute of Ireland this month. Places are limited, so please book early."""
_items = [
    ("Breaking into FM: interview skills for newcomers (webinar, 9 April)",
     "A panel of hiring managers on what they look for and how they shortlist.",
     "https://www.fmii.example.ie/events/interview-skills"),
    ("Site visit: Cork University Hospital energy centre (16 April)",
     "Members only. Hard hats provided.", "https://www.fmii.example.ie/events/cuh-visit"),
    ("Mentoring programme - applications open",
     "Unfortunately we could not place everyone last year; this year has 40 places.",
     "https://www.fmii.example.ie/mentoring"),
]
_foot = "FMII, Unit 5, Sandyford Business Centre, Dublin 18. Update preferences: https://www.fmii.example.ie/prefs"
add(M(kind=OTH, slug="institute_events_newsletter", lang="en", company="", contact="",
      frm=("Facilities Management Institute of Ireland", "news@fmii.example.ie"),
      subject=_title, date="2026-04-01 08:00 +0100",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#225588"),
      headers=listhdr("FMII members news <members.fmii.example.ie>",
                      "https://www.fmii.example.ie/prefs", "unsubscribe@fmii.example.ie")))

_t = """Hi Oksana,

Unfortunately, a job you saved is no longer available:

Facilities Coordinator - Douglas Court Shopping Centre
Saved on 2 March 2026

The employer has stopped accepting applications. Don't worry - we've found 6 similar jobs near Cork that are still open.

See similar jobs: https://www.jobsnest.example.ie/similar/86120

JobsNest Ireland
Manage saved jobs: https://www.jobsnest.example.ie/saved"""
add(M(kind=OTH, slug="saved_job_no_longer_available", lang="en", company="", contact="",
      frm=("JobsNest Ireland", "alerts@jobsnest.example.ie"),
      subject="A job you saved is no longer available", date="2026-03-21 07:05 +0000",
      text=_t, html=paras(_t),
      headers=listhdr("JobsNest alerts <alerts.jobsnest.example.ie>",
                      "https://www.jobsnest.example.ie/u/a81f", "unsubscribe@jobsnest.example.ie")))

add(M(kind=OTH, slug="own_application_email", lang="en", company="", contact="",
      frm=CAND, to=[("Hannah Okoro", "hannah.okoro@banksideso.example.co.uk")],
      subject="Application – Community & Facilities Coordinator", date="2026-06-22 19:30 +0100",
      cte="quoted-printable",
      text=f"""Dear Hannah,

I'd like to apply for the Community & Facilities Coordinator role at Bankside Serviced Offices, advertised on your website last week.

I currently supervise a housekeeping team of 24 in a four-star hotel in Cork, where I also coordinate contractors for deep cleans, pest control and minor repairs. Working with members rather than guests appeals to me a lot, and I'm planning a move to London this autumn.

My CV is linked here: https://cv.example.ie/oksana-duarte-brennan. I'd welcome an interview or a trial day at any time that suits you.

Kind regards,
{CAND_SIG}""", id="bk_app"))

_title = "Hospitality & FM market update – Q2 2026"
_intro = """Hello from all of us at Blackwater Recruitment. Here's our quarterly view of the Munster market. Short version: hotels are hiring again, FM contracts are cautious, and candidates are being rejected more often for missing tickets (Safe Pass, manual handling) than for lack of experience."""
_items = [
    ("Salary guide 2026 - hotels and soft services",
     "Download our updated ranges for supervisors, coordinators and managers.",
     "https://www.blackwaterrec.example.ie/salary-guide-2026"),
    ("Five interview questions every FM hiring manager is asking",
     "From our consultants' debriefs with clients this quarter.",
     "https://www.blackwaterrec.example.ie/blog/fm-interview-questions"),
    ("Meet the team: our new Limerick desk",
     "Say hello to Clodagh, covering the Mid-West.",
     "https://www.blackwaterrec.example.ie/blog/limerick-desk"),
]
_foot = "Blackwater Recruitment, 14 South Mall, Cork. You're receiving this because you're registered with us. Unsubscribe: https://www.blackwaterrec.example.ie/unsub?c=odb"
add(M(kind=OTH, slug="agency_market_update_newsletter", lang="en", company="", contact="",
      frm=("Blackwater Recruitment", "news@blackwaterrec.example.ie"),
      subject=_title, date="2026-07-01 09:00 +0100",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#2b4162"),
      cte="quoted-printable",
      headers=listhdr("Blackwater Recruitment news <news.blackwaterrec.example.ie>",
                      "https://www.blackwaterrec.example.ie/unsub?c=odb",
                      "unsubscribe@blackwaterrec.example.ie")))

_t = """Oksana, you appeared in 9 searches this week

Recruiters from property management and hospitality searched for people like you.

Top search terms: facilities coordinator, housekeeping manager, soft services

Also: Colm Hegarty endorsed you for Team Leadership.

See who's looking: https://www.prolink.example.com/me/search-appearances

Unsubscribe from weekly search updates: https://www.prolink.example.com/settings/notifications"""
add(M(kind=OTH, slug="prolink_search_appearances", lang="en", company="", contact="",
      frm=("ProLink", "notifications-noreply@prolink.example.com"),
      subject="Oksana, you appeared in 9 searches this week", date="2026-08-10 15:30 +0000",
      html=paras(_t), cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind=OTH, slug="employment_services_appointment", lang="en", company="", contact="",
      frm=("Cork Employment Services Office", "cork.eso@welfare.example.ie"),
      subject="Reminder: appointment with your case officer", date="2026-10-05 10:00 +0100",
      text="""Dear Oksana Duarte-Brennan,

This is a reminder of your appointment with your case officer under the Jobseeker Support scheme.

Date: Monday 12 October 2026
Time: 11:15
Place: Employment Services Office, Hanover Street, Cork

At this meeting we will review your job-search activity, including any interviews you have attended and positions you have applied for, and discuss training supports.

If you cannot attend, you must contact us in advance on 021 555 4000.

Employment Services Office - Cork"""))

_title = "Why 'we went with an internal candidate' isn't about you"
_intro = """Every few weeks a reader forwards me the same email: a polite no that says the role has been filled internally. This week I asked three HR managers what that sentence really means, and whether it's worth applying when an acting-up supervisor is already in the seat.

Also in this issue: the case for asking for a trial shift instead of a second interview."""
_items = [
    ("Read the full post", "About 7 minutes.",
     "https://thebackofhouse.substack.example.com/p/internal-candidate"),
    ("Reader question: can I decline an interview and apply later?", "Short answer: yes.",
     "https://thebackofhouse.substack.example.com/p/decline-interview"),
]
_foot = "The Back of House is a reader-supported newsletter. Unsubscribe: https://thebackofhouse.substack.example.com/action/disable_email"
add(M(kind=OTH, slug="substack_article_internal_candidate", lang="en", company="", contact="",
      frm=("The Back of House", "thebackofhouse@substack.example.com"),
      subject=_title, date="2026-09-17 13:00 +0000",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#ff6719"), cte="base64",
      headers=listhdr("The Back of House <thebackofhouse.substack.example.com>",
                      "https://thebackofhouse.substack.example.com/action/disable_email",
                      "unsubscribe@substack.example.com")))

add(M(kind=OTH, slug="volunteer_committee_meeting_ics", lang="en", company="", contact="",
      frm=("Blackrock Tidy Towns", "secretary@blackrocktidytowns.example.ie"),
      subject="Committee meeting – Thursday 7pm (new venue)", date="2026-06-08 21:10 +0100",
      cte="quoted-printable",
      text="""Hi all,

Our June committee meeting is this Thursday at 7pm. Please note the change of venue: we're in the sailing club upstairs room, not the library, as the library is closed for painting.

Agenda: judging visit on 24 June, litter-pick rota, new planters for the pier. Oksana - could you bring the cleaning-supplies quotes you got?

Calendar invite attached.

Bríd
Secretary, Blackrock Tidy Towns""",
      ics=dict(method="REQUEST", uid="btt-committee-2026-06@blackrocktidytowns.example.ie",
               seq=0, start="2026-06-11 19:00", end="2026-06-11 20:30", offset="+0100",
               summary="Tidy Towns committee meeting",
               location="Sailing club, upstairs room",
               organizer=("Bríd Lynch", "secretary@blackrocktidytowns.example.ie"),
               mode="alt")))

# =========================================================================== German

_title = "5 neue Jobs: Facility Coordinator in Düsseldorf"
_intro = """Hallo Oksana, hier sind die neuesten Stellen zu Ihrem Suchauftrag. Tipp der Woche: So bereiten Sie sich auf ein Vorstellungsgespräch per Video vor – und was Sie nach einer Absage tun sollten."""
_items = [
    ("Facility Coordinator (m/w/d) – Bürocampus Seestern", "Vollzeit · unbefristet · Englisch erwünscht",
     "https://www.jobbruecke.example.de/stelle/551203"),
    ("Hausdame / Housekeeping Supervisor (m/w/d) – Altstadt", "Hotel, 120 Zimmer",
     "https://www.jobbruecke.example.de/stelle/551240"),
    ("Objektleitung Gebäudereinigung (m/w/d) – Neuss", "Firmenwagen, Führerschein B",
     "https://www.jobbruecke.example.de/stelle/551288"),
    ("Ratgeber: Absage erhalten – und jetzt?", "Fünf Schritte, die wirklich helfen",
     "https://www.jobbruecke.example.de/ratgeber/absage"),
]
_foot = "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei Jobbrücke angelegt haben. Abmelden: https://www.jobbruecke.example.de/abmelden?id=7741"
add(M(kind=OTH, slug="stellen_alert", lang="de", company="", contact="",
      frm=("Jobbrücke", "suchauftrag@jobbruecke.example.de"), name_enc=("utf-8", "B"),
      subject=_title, date="2026-04-27 06:15 +0200",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#00857c"),
      cte="quoted-printable",
      headers=listhdr("Jobbruecke Suchauftrag <suchauftrag.jobbruecke.example.de>",
                      "https://www.jobbruecke.example.de/abmelden?id=7741",
                      "abmelden@jobbruecke.example.de")))

_inv = """Liebe Frau Duarte-Brennan,

vielen Dank für Ihre Bewerbung und Ihr Interesse an den Rheinufer Hotels. Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videocall ein:

Termin: Donnerstag, 23. April 2026, 11:00 Uhr (MESZ)

Herzliche Grüße
Katrin Vogt"""
add(M(kind=OTH, slug="eigene_terminbestaetigung", lang="de", company="", contact="",
      frm=CAND, to=[("Katrin Vogt", "katrin.vogt@rheinufer-hotels.example.de")],
      subject="AW: Einladung zum Vorstellungsgespräch – Facility Coordinator (m/w/d)",
      date="2026-04-14 19:05 +0100", cte="quoted-printable",
      text="""Liebe Frau Vogt,

vielen Dank für die Einladung! Den Termin am Donnerstag, 23. April, um 11:00 Uhr bestätige ich sehr gern. Ich freue mich darauf, Sie und Herrn Lehmann kennenzulernen.

Viele Grüße aus Cork
Oksana Duarte-Brennan

""" + quoted("de", "Rheinufer Hotels <no-reply@personio.de>", "2026-04-14 09:20", _inv),
      id="rh_confirm", parent="rh_inv"))

add(M(kind=OTH, slug="sprachkurs_kein_platz", lang="de", company="", contact="",
      frm=("Sprachinstitut Rheinland", "kurse@sprachinstitut-rheinland.example.de"),
      subject="Ihre Anmeldung zum Intensivkurs Deutsch B2", date="2026-06-29 11:20 +0200",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrte Frau Duarte-Brennan,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 (Abendkurs, 3. August bis 25. September 2026).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Sie stehen auf Platz 6 der Warteliste.

Alternativ können wir Ihnen einen Platz im Online-Kurs B2 ab dem 7. September anbieten. Bitte teilen Sie uns mit, ob Sie Interesse haben.

Mit freundlichen Grüßen
Sekretariat
Sprachinstitut Rheinland, Graf-Adolf-Straße 30, 40210 Düsseldorf"""))

add(M(kind=OTH, slug="abwesenheitsnotiz", lang="de", company="", contact="",
      frm=("Katrin Vogt", "katrin.vogt@rheinufer-hotels.example.de"),
      subject="Abwesenheitsnotiz: Rückfrage zum Gespräch am 30. April",
      date="2026-04-24 09:41 +0200",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      cte="quoted-printable",
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an people@rheinufer-hotels.example.de.

Mit freundlichen Grüßen
Katrin Vogt
Rheinufer Hotels""", parent="cand-rh-question"))

_title = "Karriere-Tipps: Absagen richtig lesen"
_intro = """Liebe Leserinnen und Leser, in dieser Ausgabe geht es um die Sprache der Absage: Was bedeutet „Wir haben uns für eine andere Bewerberin entschieden“ wirklich, und wann lohnt sich eine Nachfrage? Außerdem: Checkliste für das Vorstellungsgespräch im Facility Management."""
_items = [
    ("Absageschreiben entschlüsselt", "Fünf typische Formulierungen und was dahintersteckt",
     "https://www.fm-magazin.example.de/karriere/absagen-lesen"),
    ("Checkliste Vorstellungsgespräch", "Von der Objektbegehung bis zur Gehaltsfrage",
     "https://www.fm-magazin.example.de/karriere/checkliste"),
    ("Gehaltsreport 2026", "Was Objektleitungen in NRW verdienen",
     "https://www.fm-magazin.example.de/gehaltsreport-2026"),
]
_foot = "Facility Management Magazin, Fachverlag Rhein-Ruhr. Newsletter abbestellen: https://www.fm-magazin.example.de/newsletter/abmelden"
add(M(kind=OTH, slug="fachmagazin_newsletter", lang="de", company="", contact="",
      frm=("Facility Management Magazin", "newsletter@fm-magazin.example.de"),
      subject="Karriere-Tipps: Absagen richtig lesen", date="2026-05-19 08:00 +0200",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#b5002d"), cte="base64",
      headers=listhdr("FM Magazin Newsletter <newsletter.fm-magazin.example.de>",
                      "https://www.fm-magazin.example.de/newsletter/abmelden",
                      "abmelden@fm-magazin.example.de")))

add(M(kind=OTH, slug="paket_verzoegert", lang="de", company="", contact="",
      frm=("PaketBlitz", "benachrichtigung@paketblitz.example.de"),
      subject="Leider verzögert sich Ihre Sendung", date="2026-08-25 13:10 +0200",
      headers=[("Auto-Submitted", "auto-generated")], charset="iso-8859-1",
      cte="quoted-printable",
      text="""Hallo Oksana Duarte-Brennan,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2260 1187.

Absender: Sprachbuch-Versand Köln
Ursprünglicher Zustelltermin: 25.08.2026
Neuer voraussichtlicher Zustelltermin: 28.08.2026

Grund: Verzögerung im internationalen Versand nach Irland. Wir bitten um Entschuldigung.

Sendung verfolgen: https://www.paketblitz.example.de/verfolgen/00340447122601187

Ihr PaketBlitz-Team"""))

# =========================================================================== French

_title = "Alerte emploi : 7 nouvelles offres pour « responsable services généraux » à Lyon"
_intro = """Bonjour Oksana, voici les offres publiées depuis votre dernière alerte. Nouveau : notre guide pour préparer un entretien d'embauche en visio, et nos conseils si votre candidature n'a pas été retenue."""
_items = [
    ("Responsable services généraux H/F – Lyon 3e", "CDI · siège social · 38-42 k€",
     "https://www.emploirhone.example.fr/offre/302211"),
    ("Gouvernante générale H/F – hôtel 4* Lyon 2e", "CDI · prise de poste septembre",
     "https://www.emploirhone.example.fr/offre/302245"),
    ("Coordinateur multitechnique H/F – Villeurbanne", "Entretiens organisés la semaine prochaine",
     "https://www.emploirhone.example.fr/offre/302290"),
    ("Guide : candidature non retenue, que faire ?", "Rebondir après un refus",
     "https://www.emploirhone.example.fr/conseils/refus"),
]
_foot = "Vous recevez cet e-mail car vous avez créé une alerte sur EmploiRhône. Se désabonner : https://www.emploirhone.example.fr/alertes/stop?k=91c"
add(M(kind=OTH, slug="alerte_emploi", lang="fr", company="", contact="",
      frm=("EmploiRhône", "alertes@emploirhone.example.fr"), subject=_title,
      date="2026-05-06 07:30 +0200",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#d1495b"),
      cte="quoted-printable",
      headers=listhdr("Alertes EmploiRhone <alertes.emploirhone.example.fr>",
                      "https://www.emploirhone.example.fr/alertes/stop?k=91c",
                      "stop@emploirhone.example.fr")))

add(M(kind=OTH, slug="propre_remerciement_entretien", lang="fr", company="", contact="",
      frm=CAND, to=[("Élodie Garnier", "elodie.garnier@confluence-hotels.example.fr")],
      subject="Merci pour l'entretien de cet après-midi", date="2026-04-08 18:30 +0100",
      cte="quoted-printable",
      text="""Bonjour Madame Garnier,

Je vous remercie, ainsi que M. Delorme, pour l'entretien de cet après-midi et pour votre patience après le problème de connexion de la semaine dernière.

Nos échanges sur la coordination des prestataires entre les trois hôtels m'ont confortée dans mon envie de rejoindre le Groupe Hôtelier Confluence. Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Oksana Duarte-Brennan
+353 87 555 0142""", id="gc_thanks", parent="gc_move"))

add(M(kind=OTH, slug="reponse_automatique_absente", lang="fr", company="", contact="",
      frm=("Mathilde Roux", "mathilde.roux@talentis-lyon.example.fr"),
      subject="Réponse automatique : Disponibilités pour un nouvel entretien",
      date="2026-07-20 10:02 +0200",
      headers=[("Auto-Submitted", "auto-replied")], cte="quoted-printable",
      text="""Bonjour,

Je suis absente du cabinet jusqu'au 10 août inclus. Pendant mon absence, vos messages ne seront pas transférés.

Pour toute question urgente concernant un entretien ou une mission en cours, vous pouvez contacter ma collègue Inès Faure : ines.faure@talentis-lyon.example.fr.

Bien à vous,
Mathilde Roux
Talentis Lyon""", parent="cand-ta-question"))

_title = "Réussir son entretien d'embauche en hôtellerie"
_intro = """Chère lectrice, cher lecteur, ce mois-ci nous avons interrogé cinq directeurs d'hôtels lyonnais sur leurs entretiens de recrutement : les questions qui reviennent, les erreurs qui coûtent cher, et pourquoi un refus poli vaut parfois mieux qu'un silence."""
_items = [
    ("Les 10 questions d'entretien préférées des directeurs", "Avec les réponses qui marquent des points",
     "https://www.magdelhebergement.example.fr/entretien-10-questions"),
    ("Gouvernante, un métier qui se réinvente", "Portrait de trois encadrantes",
     "https://www.magdelhebergement.example.fr/gouvernantes"),
    ("Agenda : salon Equip'Hôtel Lyon", "Du 12 au 14 novembre",
     "https://www.magdelhebergement.example.fr/agenda"),
]
_foot = "Le Mag de l'Hébergement – lettre mensuelle. Se désinscrire : https://www.magdelhebergement.example.fr/desinscription"
add(M(kind=OTH, slug="lettre_conseils_entretien", lang="fr", company="", contact="",
      frm=("Le Mag de l'Hébergement", "lettre@magdelhebergement.example.fr"),
      name_enc=("iso-8859-1", "Q"),
      subject="Réussir son entretien d'embauche en hôtellerie", subj_enc=("iso-8859-1", "Q"),
      date="2026-03-12 08:00 +0100",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#6a4c93"),
      cte="quoted-printable",
      headers=listhdr("La lettre du Mag <lettre.magdelhebergement.example.fr>",
                      "https://www.magdelhebergement.example.fr/desinscription",
                      "desinscription@magdelhebergement.example.fr")))

add(M(kind=OTH, slug="formation_continue_refus", lang="fr", company="", contact="",
      frm=("Université de Gerland – Formation continue", "fc-candidatures@univ-gerland.example.fr"),
      subject="Licence pro Gestion des services généraux : décision de la commission",
      date="2026-06-25 14:00 +0200", cte="quoted-printable",
      text="""Madame,

La commission pédagogique de la licence professionnelle « Gestion des services généraux » (formation continue, rentrée 2026) s'est réunie le 23 juin.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour cette rentrée, le nombre de places étant limité à 24. Votre dossier a été placé en liste complémentaire (rang 9).

Vous pouvez candidater de nouveau pour la session 2027 ou vous renseigner sur le DU « Coordination des services aux occupants », qui dispose encore de places.

Le service Formation continue
Université de Gerland"""))

add(M(kind=OTH, slug="banque_rendez_vous_reporte", lang="fr", company="", contact="",
      frm=("Banque du Rhône", "conseiller@banquedurhone.example.fr"),
      subject="Votre rendez-vous avec votre conseillère est reporté", date="2026-09-03 16:45 +0200",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Madame Duarte-Brennan,

Votre conseillère, Mme Lefèvre, est malheureusement indisponible le 8 septembre. Votre rendez-vous téléphonique concernant l'ouverture de votre compte et votre dossier de prêt est donc reporté au jeudi 10 septembre à 11h00.

Si cet horaire ne vous convient pas, vous pouvez le modifier depuis votre espace client ou en répondant à ce message.

Cordialement,
Banque du Rhône - Agence Lyon Presqu'île"""))

# =========================================================================== Spanish

_title = "Nuevas ofertas para ti: gobernanta en Valencia"
_intro = """Hola, Oksana. Estas son las ofertas nuevas que coinciden con tu alerta. Además, esta semana: cómo preparar una entrevista por videollamada y qué hacer si te rechazan después de la segunda fase."""
_items = [
    ("Gobernanta general – hotel 4* Ciutat Vella", "Indefinido · incorporación inmediata",
     "https://www.empleolevante.example.es/oferta/770112"),
    ("Coordinador/a de limpieza – hospital comarcal", "Entrevistas la próxima semana",
     "https://www.empleolevante.example.es/oferta/770130"),
    ("Responsable de servicios generales – campus universitario", "Jornada completa",
     "https://www.empleolevante.example.es/oferta/770158"),
]
_foot = "Recibes este correo porque creaste una alerta en EmpleoLevante. Darse de baja: https://www.empleolevante.example.es/baja?a=3321"
add(M(kind=OTH, slug="alerta_empleo", lang="es", company="", contact="",
      frm=("EmpleoLevante", "alertas@empleolevante.example.es"), subject=_title,
      date="2026-04-13 07:45 +0200",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#f18f01"),
      cte="quoted-printable",
      headers=listhdr("Alertas EmpleoLevante <alertas.empleolevante.example.es>",
                      "https://www.empleolevante.example.es/baja?a=3321",
                      "baja@empleolevante.example.es")))

_inv = """Hola Oksana:

Te proponemos una entrevista por videollamada el miércoles 20 de mayo a las 12:00 (hora de Valencia, las 11:00 en Irlanda). Estaremos Vicente Soler, director del hotel, y yo.

¿Te va bien? Si no, dime qué franja te encaja mejor esa semana.

Un saludo,
Paula Navarro"""
add(M(kind=OTH, slug="propia_acepta_hora", lang="es", company="", contact="",
      frm=CAND, to=[("Paula Navarro", "paula.navarro@hotelesturia.example.es")],
      subject="RE: Entrevista – Coordinadora de Pisos y Mantenimiento",
      date="2026-05-12 13:30 +0200", cte="quoted-printable",
      text="""Hola Paula:

¡Muchas gracias! El miércoles 20 a las 12:00 (hora de Valencia) me va perfecto. Quedo atenta al enlace.

Un saludo,
Oksana

""" + quoted("es", "Paula Navarro <paula.navarro@hotelesturia.example.es>", "2026-05-12 10:05",
             _inv), id="ht_own", parent="ht_inv"))

add(M(kind=OTH, slug="respuesta_automatica", lang="es", company="", contact="",
      frm=("Marta Llorens", "marta.llorens@empleomed.example.es"),
      subject="Respuesta automática: Fuera de la oficina", date="2026-08-11 09:12 +0200",
      headers=[("Auto-Submitted", "auto-replied")], cte="quoted-printable",
      text="""Hola:

Estoy de vacaciones hasta el 24 de agosto, sin acceso al correo. Para cualquier tema relacionado con procesos de selección o entrevistas, escribe a seleccion@empleomed.example.es.

Gracias,
Marta Llorens
Empleo Mediterráneo""", parent="cand-em-question"))

_title = "Cómo responder a un rechazo (y por qué deberías hacerlo)"
_intro = """Esta semana en el boletín de Hostelería Hoy: una responsable de selección explica qué pasa con tu candidatura cuando contestas con educación a un correo de rechazo, y por qué muchas empresas vuelven a llamar a esas personas meses después."""
_items = [
    ("Tres respuestas modelo a un 'no' tras la entrevista", "Cortas, sinceras y profesionales",
     "https://www.hosteleriahoy.example.es/blog/responder-rechazo"),
    ("La figura de la gobernanta, en cifras", "Salarios y plantillas en la Comunitat Valenciana",
     "https://www.hosteleriahoy.example.es/informe-gobernantas"),
]
_foot = "Hostelería Hoy · Valencia. Cancelar suscripción: https://www.hosteleriahoy.example.es/baja"
add(M(kind=OTH, slug="boletin_responder_rechazo", lang="es", company="", contact="",
      frm=("Hostelería Hoy", "boletin@hosteleriahoy.example.es"), name_enc=("utf-8", "B"),
      subject=_title, subj_enc=("utf-8", "B"), date="2026-06-18 08:30 +0200",
      text=newsletter_text(_title, _intro, _items, _foot),
      html=newsletter_html(_title, _intro, _items, _foot, accent="#c1121f"), cte="base64",
      headers=listhdr("Boletin Hosteleria Hoy <boletin.hosteleriahoy.example.es>",
                      "https://www.hosteleriahoy.example.es/baja",
                      "baja@hosteleriahoy.example.es")))

add(M(kind=OTH, slug="eoi_sin_plaza", lang="es", company="", contact="",
      frm=("Escola Oficial d'Idiomes de València", "secretaria@eoi-valencia.example.es"),
      name_enc=("iso-8859-1", "Q"),
      subject="Adjudicación de plazas curso 2026-2027", subj_enc=("iso-8859-1", "Q"),
      date="2026-09-08 12:00 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Estimada solicitante:

Le informamos de que, una vez realizado el sorteo de plazas para el curso 2026-2027, no ha obtenido plaza en el grupo de Valenciano B1 (modalidad semipresencial) que solicitó.

Queda usted en lista de espera con el número 37. Si se producen vacantes, se le comunicará por correo electrónico antes del 30 de septiembre.

Secretaría
Escola Oficial d'Idiomes de València"""))

add(M(kind=OTH, slug="amiga_cuenta_su_rechazo", lang="es", company="", contact="",
      frm=("Lucía Martí", "lucia.marti@correo.example.es"),
      subject="Noticias (no muy buenas)", date="2026-05-22 22:30 +0200",
      charset="windows-1252", cte="quoted-printable",
      text="""¡Hola guapa!

¿Qué tal la entrevista con el hotel de la Ciudad de las Artes? Cuéntamelo todo.

Yo por fin tuve respuesta de la residencia de Benimaclet: me han dicho que no, que “han decidido continuar con otros perfiles”. Después de dos entrevistas y una prueba, ¡vaya manera de decirlo! En fin, a otra cosa.

Si al final te vienes a Valencia, tengo una amiga que alquila un piso en Russafa. Ya me dirás.

Besos,
Lucía"""))

add(M(kind=OTH, slug="visita_piso_cancelada", lang="es", company="", contact="",
      frm=("Inmobiliaria Russafa", "visitas@inmorussafa.example.es"),
      subject="Cita para visitar el piso – cancelada", date="2026-06-12 17:05 +0200",
      cte="quoted-printable",
      text="""Hola Oksana:

Lamentamos comunicarte que la visita al piso de la calle Sueca, 41 (3.º B), prevista para el sábado 13 de junio a las 11:00, queda cancelada: el propietario ha aceptado otra oferta de alquiler esta misma tarde.

Tenemos dos pisos similares en Russafa y en el Pla del Remei. Si te interesa, te proponemos una cita para verlos por videollamada la próxima semana.

Un saludo,
Carla Vidal
Inmobiliaria Russafa · Tel. 963 55 19 20"""))
