"""The `other` mail of the fourteenth corpus: alerts, newsletters, rota and shift mail, other
meanings of the words, the candidate's own mail, auto-replies (data only)."""

from make_fourteenth import ME, M

_LIST = "<https://lists.example.net/unsubscribe?u=do-4471>, <mailto:unsubscribe@lists.example.net>"

MESSAGES = [
    # ----------------------------------------------------------------- English
    M("other", "linkedin_job_alert", "en", "", "",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      "\u201cclinical project coordinator\u201d: 12 new jobs in Greater Manchester",
      """Your job alert for clinical project coordinator in Greater Manchester

12 new jobs match your preferences.

Clinical Project Coordinator
Northgate Research Partners · Manchester (Hybrid)
Actively recruiting · 3 days ago

Patient Pathway Coordinator
Calderbrook Healthcare · Bolton (On-site)
Be an early applicant

Clinical Operations Associate
Corvanta Medical · Remote
Promoted

Healthcare Operations Analyst
Fenwick Insurance Group · Manchester (Hybrid)
Your profile matches this job

See all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=88213

You're receiving job alert emails. Unsubscribe: https://www.linkedin.com/e/v2?e=alerts-unsub
© 2026 LinkedIn Corporation""",
      "2026-06-08 06:12 +0100", fmt="alt", skin="news",
      headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=alerts-unsub>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}),
    M("other", "indeed_alert_dublin", "en", "", "",
      "Indeed <alert@indeed.com>",
      "15+ new healthcare operations jobs in Dublin",
      """New jobs for "healthcare operations" in Dublin, County Dublin

Clinical Operations Manager - Private Hospital
Harcourt Medical Group - Dublin 2
€65,000 - €75,000 a year · Easily apply

Patient Services Coordinator
Liffey Care Homes - Dublin 15
Urgently hiring

Nurse Manager - Quality & Patient Safety
Beacon Bay Healthcare - Dublin 18

See more jobs: https://ie.indeed.com/jobs?q=healthcare+operations&l=Dublin

Unsubscribe from these emails or manage your alerts: https://ie.indeed.com/alerts""",
      "2026-07-19 05:44 +0100", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://ie.indeed.com/alerts/unsub?id=1149>"}),
    M("other", "nhs_saved_search", "en", "", "",
      "NHS Jobs <noreply@jobs.nhs.example.uk>",
      "New jobs matching your saved search: Band 7 project",
      """Hello Daniel,

There are 6 new jobs that match your saved search "Band 7 project" (within 20 miles of M5).

 * Project Lead - Digital Nursing, Band 7 - Salford Royal Hospitals - closes 02/08/2026
 * Clinical Transformation Project Manager, Band 7 - Wrightington General - closes 31/07/2026
 * Quality Improvement Lead, Band 7 - Trafford Community Services - closes 05/08/2026

View all new jobs on NHS Jobs.

To stop receiving these alerts, sign in and delete your saved search.

This is an automatically generated email. Please do not reply.""",
      "2026-07-23 07:00 +0100"),
    M("other", "newsletter_bounce_back", "en", "", "",
      "The Career Clinic <hello@thecareerclinic.example.com>",
      "5 ways to bounce back after a job rejection",
      """THE CAREER CLINIC · Issue #112

5 ways to bounce back after a job rejection

"Unfortunately, we've decided not to move forward with your application." Few sentences sting quite like it - especially when you made it to the final round.

1. Give yourself 24 hours. Rejection hurts; acknowledge it before you analyse it.
2. Reply graciously. Thank them for their time, ask for feedback, and keep the door open.
3. Ask one specific question. "What would have made my application stronger?" gets better answers than "why not me?"
4. Look at patterns, not single decisions. Three rejections at the same stage tell you something.
5. Keep your pipeline full. The best cure for one "no" is five applications in progress.

ALSO THIS WEEK
- Missed an interview? How to apologise (and when not to bother)
- Interview invitation etiquette: how fast should you reply?

Read online: https://thecareerclinic.example.com/issues/112

You're receiving this because you subscribed at thecareerclinic.example.com.
Unsubscribe · Update preferences""",
      "2026-07-05 08:00 +0100", fmt="alt", skin="news",
      headers={"List-Id": "The Career Clinic <weekly.thecareerclinic.example.com>",
               "List-Unsubscribe": _LIST, "Precedence": "bulk"}),
    M("other", "nursing_newsletter_missed", "en", "", "",
      "Nursing Careers Weekly <newsletter@nursingcareersweekly.example.co.uk>",
      "Missed your interview? Here's what to do next | plus: moving from ward to management",
      """NURSING CAREERS WEEKLY

THIS WEEK

Missed your interview? Here's what to do next
Life on the wards doesn't stop for interviews. If a shift overran and you missed your slot, email the recruiting manager the same day, take responsibility, and offer alternative times. Most panels will understand - once.

From ward to boardroom: nurses in operations roles
We spoke to three former ward sisters who now run patient flow, theatre scheduling and clinical governance teams. "The interview for my first band 7 ops role was nothing like a clinical interview," says one...

Jobs of the week
 - Matron, Surgery - Lancashire
 - Clinical Governance Facilitator - Manchester
 - Lead Nurse, Patient Flow - Leeds

Read more: https://nursingcareersweekly.example.co.uk/this-week

Unsubscribe: https://nursingcareersweekly.example.co.uk/unsubscribe""",
      "2026-08-02 09:30 +0100", fmt="html", skin="news", cte="b64",
      headers={"List-Id": "<weekly.nursingcareersweekly.example.co.uk>", "List-Unsubscribe": _LIST}),
    M("other", "linkedin_inmail_cold", "en", "", "",
      "Gareth Lowe via LinkedIn <inmail-hit-reply@linkedin.com>",
      "Gareth sent you a new message",
      """Gareth Lowe
Principal Consultant - Healthcare Leadership at Apex Clinical Search

Hi Daniel, I came across your profile and was really impressed with your move into clinical operations. I work exclusively with private hospital groups across the North West and I'm often asked for nurses with exactly your background. No specific role right now, but I'd love to connect and keep you in mind - are you open to hearing about opportunities over the next few months?

Reply: https://www.linkedin.com/messaging/thread/2-OTk4MzQx

This message was sent to Daniel Okafor. Unsubscribe from InMail notifications.""",
      "2026-07-11 12:41 +0100", fmt="alt", skin="news",
      headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=inmail-unsub>"}),
    M("other", "agency_cold_many_roles", "en", "", "kieran@carestaff-recruitment.example.co.uk",
      "Kieran Doyle <kieran@carestaff-recruitment.example.co.uk>",
      "Exciting Band 7 opportunities!!",
      """Hi Daniel!!

Hope you're well! I'm Kieran from CareStaff Recruitment - we specialise in nursing and healthcare management roles across Manchester and Cheshire.

I've got some AMAZING opportunities on at the moment that I think would be perfect for someone with your experience:

 - Clinical Lead, private GP group (£52k + bonus!!)
 - Patient Flow Manager, independent hospital (£49k)
 - Quality Lead, nursing home group (£46k + car)

If you're open to a move just drop me your latest CV and I'll see what I can do!! Even if not, feel free to pass my details on to any colleagues who might be looking!

Speak soon!!
Kieran

Kieran Doyle | Recruitment Consultant
CareStaff Recruitment | 0161 555 0321 | www.carestaff-recruitment.example.co.uk""",
      "2026-06-15 10:14 +0100", cte="8bit"),
    M("other", "locum_shifts_weekend", "en", "", "jade@nursefirst-staffing.example.co.uk",
      "Jade Okoye <jade@nursefirst-staffing.example.co.uk>",
      "Shifts this weekend - RGN",
      """Hi Daniel,

Hope all's good! We've got the following RGN shifts available this weekend if you fancy some extra hours:

SAT 13/06 - Ward 12 (Acute Medicine), Salford - 07:30-20:00 - £38/hr
SUN 14/06 - AMU, Stepping Hill - 19:30-08:00 (nights) - £44/hr
SUN 14/06 - Ward 4 (Surgical), Trafford - 07:30-15:30 - £36/hr

Reply YES + the shift and I'll get you booked in. Timesheets still need signing off by the ward manager on the day please!

Thanks
Jade

Jade Okoye | Booking Coordinator
NurseFirst Staffing | 0161 555 0105 (24/7 bookings line)""",
      "2026-06-10 16:20 +0100"),
    M("other", "rota_published", "en", "", "",
      "HealthRoster <noreply@healthroster.example-trust.nhs.example.uk>",
      "Your roster for 13 Jul - 9 Aug 2026 has been published",
      """Dear Daniel Okafor,

The roster for Ward 7 - Acute Medical Unit for the period 13/07/2026 - 09/08/2026 has been approved and published.

Your duties:
Mon 13 Jul   LD  07:30-20:00
Tue 14 Jul   LD  07:30-20:00
Fri 17 Jul   N   19:30-08:00
Sat 18 Jul   N   19:30-08:00
...

Please check your roster on Employee Online and report any discrepancies to your ward manager within 48 hours.

This is an automated message from HealthRoster. Do not reply.""",
      "2026-06-22 13:05 +0100"),
    M("other", "shift_confirmed", "en", "", "",
      "NurseFirst Bookings <no-reply@nursefirst-staffing.example.co.uk>",
      "Shift confirmed: Sat 18 July 07:30-20:00 - AMU Stepping Hill",
      """Booking confirmation

Your shift has been confirmed.

Date:      Saturday 18 July 2026
Time:      07:30 - 20:00 (break 60 mins)
Location:  AMU, Stepping Hill Hospital, Stockport
Rate:      £38.00 per hour
Booking:   NF-883120

Please arrive 10 minutes early and report to the nurse in charge. Remember to bring your ID badge.

To cancel, call 0161 555 0105 at least 24 hours before the start of the shift.

NurseFirst Staffing - this is an automated message.""",
      "2026-07-14 19:01 +0100", fmt="html", skin="ats"),
    M("other", "podcast_interview_request", "en", "", "maya@nightshiftvoices.example.com",
      "Maya Collins <maya@nightshiftvoices.example.com>",
      "Podcast interview? (Night Shift Voices)",
      """Hi Daniel,

I host Night Shift Voices, a podcast about the people who keep hospitals running after dark. A colleague of yours mentioned the patient-flow project you led on AMU and I'd love to have you on the show.

It'd be a relaxed 40-minute interview recorded over Zoom, any evening that suits you in the next few weeks. We'd talk about how you got into nursing, the project, and your thoughts on nurses moving into operations.

No pressure at all - let me know if you're up for it!

Maya Collins
Host & Producer, Night Shift Voices
nightshiftvoices.example.com""",
      "2026-08-08 20:33 +0100"),
    M("other", "press_interview_staffing", "en", "", "r.ahmed@mcrevening.example.co.uk",
      "Rizwan Ahmed <r.ahmed@mcrevening.example.co.uk>",
      "Interview request - nurse staffing feature",
      """Dear Daniel,

I'm a health reporter at the Manchester Evening Courier, working on a feature about agency nursing and staffing shortages in Greater Manchester hospitals this winter.

Would you be willing to do a short interview, either by phone or in person? We can keep your comments anonymous if you prefer, and I'm happy to send questions in advance. My deadline is next Friday.

Best regards,
Rizwan Ahmed
Health Reporter, Manchester Evening Courier
07700 900 833""",
      "2026-09-30 11:08 +0100"),
    M("other", "user_research_interview", "en", "", "research@wardlink.example.com",
      "WardLink Research Team <research@wardlink.example.com>",
      "Share your experience: 45-minute research interview (£40 voucher)",
      """Hi Daniel,

Thanks for using WardLink on your ward. We're redesigning how handovers work in the app and we'd love to hear from nurses who use it every day.

We're inviting a small number of users to a 45-minute remote research interview with our design team. There are no right or wrong answers - we just want to understand how you work. As a thank you, you'll receive a £40 shopping voucher.

Pick a slot that suits you: https://wardlink.example.com/research/book

Thanks,
Priyanka, on behalf of the WardLink Research Team""",
      "2026-08-18 14:12 +0100", fmt="alt", skin="corp"),
    M("other", "candidate_experience_survey", "en", "", "",
      "Corvanta Medical <surveys@candidatepulse.example.com>",
      "How did we do? 2-minute survey about your application experience",
      """Hi Daniel,

You recently applied for a role at Corvanta Medical. Whatever the outcome, we'd like to know how the process felt from your side.

This short survey takes about 2 minutes and your answers are anonymous.

Start the survey: https://candidatepulse.example.com/s/corv-9a1b

Thank you for helping us improve.

Sent by CandidatePulse on behalf of Corvanta Medical. Unsubscribe: https://candidatepulse.example.com/unsub""",
      "2026-07-11 10:00 +0100", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://candidatepulse.example.com/unsub>"}),
    M("other", "friend_own_rejection", "en", "", "amara.eze@example.net",
      "Amara Eze <amara.eze@example.net>",
      "ugh",
      """Dan,

got the email this morning - they went with someone else for the matron job. After TWO interviews and a presentation!! "We have decided not to progress your application on this occasion." Like seriously.

Anyway. Pub Friday? I need to moan at someone who gets it. Also how did your Band 7 thing go??

A x""",
      "2026-08-06 13:47 +0100"),
    M("other", "order_delayed_scrubs", "en", "", "",
      "ScrubsDirect <orders@scrubsdirect.example.co.uk>",
      "Unfortunately your order is delayed",
      """Hi Daniel,

We're sorry - unfortunately your order #SD-440912 (2x Unisex Stretch Scrub Top, Navy, M; 1x Clog Pro, Black, 44) is delayed due to high demand at our warehouse.

New estimated delivery: Thursday 20 August - Saturday 22 August.

You don't need to do anything. If you'd prefer to cancel, you can do so from your account for a full refund.

Thanks for your patience,
The ScrubsDirect team""",
      "2026-08-15 09:26 +0100", fmt="html", skin="news"),
    M("other", "gps_position_report", "en", "", "",
      "TrackMate <alerts@trackmate.example.com>",
      "Position report: Daniel's bike tracker",
      """Position update for tracker "Daniel's bike"

Last known position: 53.4794° N, 2.2453° W (near Oxford Road, Manchester M1)
Time: 02 Sep 2026, 22:14 BST
Battery: 41%
Movement alert: the tracker moved 230 m while the geofence "Home" was armed.

View on map: https://app.trackmate.example.com/t/bike-01

You are receiving this alert because movement alerts are enabled.""",
      "2026-09-02 22:15 +0100", fmt="alt", skin="ats"),
    M("other", "bank_credit_card_received", "en", "", "",
      "Northbridge Bank <no-reply@alerts.northbridgebank.example.co.uk>",
      "We've received your credit card application",
      """Dear Mr Okafor,

Thank you for applying for a Northbridge Everyday Credit Card. We have received your application (reference NB-CC-77120461).

We'll usually give you a decision within 2 working days. If we need more information, we'll contact you.

Please note: applying will leave a record on your credit file.

Yours sincerely,
Card Services, Northbridge Bank

Northbridge Bank plc is authorised by the Prudential Regulation Authority. We will never ask for your PIN or passwords by email.""",
      "2026-09-05 15:46 +0100", fmt="alt", skin="corp", cte="b64"),
    M("other", "insurance_application_received", "en", "", "",
      "Shieldwell Insurance <service@shieldwell.example.com>",
      "Your application for income protection cover",
      """Dear Daniel,

Thanks for your application for Shieldwell Income Protection. Our underwriters are reviewing the information you gave us, including your occupation (Registered Nurse) and medical history.

Unfortunately we are unable to give you a decision online this time, so one of our underwriters will review your application and may contact your GP. This usually takes 5-10 working days.

Your application reference is SW-IP-2026-44812.

Kind regards,
Shieldwell Customer Services""",
      "2026-06-26 11:30 +0100"),
    M("other", "apartment_dublin_rejected", "en", "", "lettings@harbourlets.example.ie",
      "Harbour Lets <lettings@harbourlets.example.ie>",
      "14 Ranelagh Road - Apt 3",
      """Hi Daniel,

Thanks for viewing Apt 3, 14 Ranelagh Road on Saturday and for submitting your application and references.

Unfortunately the landlord has decided to go with another applicant on this occasion. We had over 60 applications for the property.

We'll keep your details on file and let you know about similar properties in Dublin 6.

Kind regards,
Niamh
Harbour Lets | Lettings Negotiator
01 555 0166""",
      "2026-08-25 17:52 +0100"),
    M("other", "university_admission_offer", "en", "", "",
      "University of Mancunia Admissions <no-reply@admissions.mancunia.example.ac.uk>",
      "Your application to MSc Healthcare Leadership and Management - decision",
      """Dear Daniel,

Application ID: 2610448
Programme: MSc Healthcare Leadership and Management (Part-time, 2 years)

We are pleased to offer you a place on the above programme, starting in January 2027. This is an unconditional offer.

Please log in to the applicant portal to accept your offer by 15 October 2026 and to view details of fees and funding, including the NHS Leadership Academy bursary.

Congratulations, and we look forward to welcoming you.

Postgraduate Admissions
University of Mancunia""",
      "2026-09-24 16:05 +0100", fmt="alt", skin="ats"),
    M("other", "own_sent_thank_you", "en", "", "",
      ME,
      "Thank you - Clinical Services Coordinator interview",
      """Dear Rachel,

Thank you for taking the time to meet me yesterday, and please pass on my thanks to Dr Mehta and Joanne as well. I really enjoyed hearing about the plans for the new day hospice and the community outreach work.

The conversation confirmed how much I would like to bring my acute nursing and patient-flow experience to Elmbridge House. Please do let me know if you need anything further from me.

With best wishes,
Daniel Okafor
07700 900 127""",
      "2026-08-15 08:40 +0100", to="Rachel Achebe <r.achebe@elmbridgehouse.example.org.uk>"),
    M("other", "own_sent_confirm_slot", "en", "", "",
      ME,
      "Re: Interview - CNM2 Clinical Governance - St Brigid's",
      """Dear Aoife,

Thank you very much for the invitation to interview. I'd like to confirm the 10.30 slot on Thursday 3rd September, and I will bring my original qualifications and NMBI registration.

Kind regards,
Daniel Okafor""",
      "2026-08-24 19:02 +0100", to="Byrne, Aoife <aoife.byrne@stbrigids.example.ie>",
      quote=("outlook", "Byrne, Aoife <aoife.byrne@stbrigids.example.ie>", """Dear Daniel,

I am pleased to advise that you have been shortlisted for interview for the post of Clinical
Nurse Manager 2 - Clinical Governance. Interviews will take place in person on Thursday 3rd
September. Could you please confirm which of the following times you would prefer:
09.15, 10.30, 12.00, 14.30.

Kind regards,
Aoife Byrne""")),
    M("other", "ooo_recruiter", "en", "", "nadia.brooks@helixa-dx.example.com",
      "Nadia Brooks <nadia.brooks@helixa-dx.example.com>",
      "Automatic reply: Interview availability - Daniel Okafor",
      """Thank you for your email. I am out of the office until Monday 24 August with limited access to email.

For anything urgent regarding interviews, please contact talent@helixa-dx.example.com.

Kind regards,
Nadia Brooks
Talent Partner, Helixa Diagnostics""",
      "2026-08-14 09:03 +0100",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M("other", "standup_calendar_invite", "en", "", "sarah.kent@example-trust.nhs.example.uk",
      "Sarah Kent <sarah.kent@example-trust.nhs.example.uk>",
      "Invitation: Patient flow project - daily huddle @ Weekly from 08:45 to 09:00 on weekdays",
      """Sarah Kent has invited you to a recurring event.

Patient flow project - daily huddle
Every weekday, 08:45 - 09:00 (United Kingdom Time)
Location: AMU seminar room / Teams

Quick stand-up for the discharge-lounge pilot: yesterday's numbers, blockers, who's covering bed meetings. 15 minutes max, I promise!

Going? Yes - Maybe - No""",
      "2026-06-12 12:10 +0100", fmt="alt", skin="bare",
      ics={"tz": "Europe/London", "start": "20260615T084500", "end": "20260615T090000",
           "summary": "Patient flow project - daily huddle", "location": "AMU seminar room / Teams",
           "organizer": "sarah.kent@example-trust.nhs.example.uk", "organizer_name": "Sarah Kent",
           "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "uid": "pf-huddle-2026@example-trust"}),
    M("other", "glassdoor_interview_questions", "en", "", "",
      "Glassdoor <noreply@glassdoor.example.com>",
      "Interview questions for Clinical Operations roles + salaries near you",
      """Daniel, get ready for your next interview

Top interview questions for Clinical Operations Coordinator:
 "Tell me about a time you had to manage a competing priority on a busy shift."
 "How would you measure the success of a discharge-to-assess pathway?"
 "Why are you leaving clinical practice?"

Salaries for Clinical Project Coordinator in Manchester: £34k - £46k

Companies hiring near you: Corvanta Medical, Kersal Moor NHS FT, Orbis Home Care

Read reviews and more: https://www.glassdoor.example.com/Interview/

Unsubscribe: https://www.glassdoor.example.com/unsub""",
      "2026-08-21 12:00 +0100", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.glassdoor.example.com/unsub>", "Precedence": "bulk"}),
    M("other", "webinar_nhs_interview", "en", "", "",
      "RCN Events <events@rcn-learning.example.org.uk>",
      "Free webinar: acing your values-based NHS interview",
      """Join us online on Wednesday 9 September, 19:00-20:00

ACING YOUR VALUES-BASED INTERVIEW
Moving up a band or stepping into a management role? Our careers adviser walks you through the NHS values-based interview: STAR answers, presentations, and what to do if you're invited to a panel at short notice.

Register now: https://rcn-learning.example.org.uk/events/vbi-0909

Can't make it? Register anyway and we'll send you the recording.

You are receiving this because you are subscribed to event updates. Manage preferences.""",
      "2026-08-28 13:00 +0100", fmt="alt", skin="news",
      headers={"List-Id": "<events.rcn-learning.example.org.uk>", "List-Unsubscribe": _LIST}),
    M("other", "reference_request_for_colleague", "en", "", "hr-references@wythenshawe-vale.example.nhs.uk",
      "Wythenshawe Vale Hospitals - References <hr-references@wythenshawe-vale.example.nhs.uk>",
      "Reference request - Aisling Murphy",
      """Dear Daniel Okafor,

Aisling Murphy has applied for the post of Senior Staff Nurse (Band 6) with Wythenshawe Vale Hospitals and has given your name as a referee.

We would be grateful if you could complete the attached reference form and return it to this address within 5 working days. If you are unable to provide a reference, please let us know.

Thank you for your help.

Recruitment - References Team
Wythenshawe Vale Hospitals""",
      "2026-09-11 10:22 +0100", attach=("Reference_Form_A_Murphy.pdf", "application/pdf")),
    M("other", "nmc_revalidation_reminder", "en", "", "",
      "Nursing and Midwifery Register <noreply@nmc-register.example.org.uk>",
      "Your revalidation application is due",
      """Dear Daniel Okafor

Your revalidation application is due by 31 October 2026.

To revalidate you'll need to submit your application online, including confirmation of your practice hours, CPD, practice-related feedback, reflective accounts and confirmation from your confirmer.

If you don't submit your application by the deadline, your registration may lapse.

Log in to NMC Online to start your application.

This is an automated email. Please do not reply.""",
      "2026-09-01 08:00 +0100"),
    M("other", "agency_newsletter_top10", "en", "", "",
      "MedRecruit Partners <news@medrecruitpartners.example.co.uk>",
      "Who's hiring in healthcare management this month? 🔥",
      """MEDRECRUIT PARTNERS - MONTHLY MARKET UPDATE

Hi Daniel,

September was our busiest month of the year! Here's what we're seeing:

 - Private hospitals are hiring theatre schedulers and patient pathway managers
 - Care groups want clinical leads with CQC experience
 - Medtech firms are turning to nurses for clinical specialist roles

Salary watch: band 7 equivalent roles in the private sector are averaging £46-52k.

Candidate tip: an interview invitation usually comes with a 48-hour window. Reply fast!

Browse live roles: https://www.medrecruitpartners.example.co.uk/jobs

Unsubscribe: https://www.medrecruitpartners.example.co.uk/unsubscribe""",
      "2026-10-02 08:15 +0100", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.medrecruitpartners.example.co.uk/unsubscribe>"}),
    M("other", "phone_upgrade_approved", "en", "", "",
      "Vantage Mobile <noreply@vantagemobile.example.co.uk>",
      "Good news - your upgrade application is approved",
      """Hi Daniel,

Your application to upgrade is approved. Your new phone will be dispatched within 2 working days and your new plan (30GB, unlimited minutes, £22/month for 24 months) starts when you activate it.

Track your order: https://vantagemobile.example.co.uk/orders

Thanks for staying with Vantage.""",
      "2026-10-10 12:32 +0100", fmt="alt", skin="news"),
    # ----------------------------------------------------------------- German
    M("other", "de_stepstone_jobagent", "de", "", "",
      "StepStone Jobagent <jobagent@stepstone.de>",
      "8 neue Jobs für Sie: Projektkoordinator Gesundheitswesen in München",
      """Guten Tag Herr Okafor,

Ihr Jobagent hat 8 neue Stellenangebote für Sie gefunden:

Projektkoordinator (m/w/d) Pflege & Digitalisierung
München Klinik Verbund Süd · München · Teilweise Home-Office

Referent Qualitätsmanagement (m/w/d)
Isarmed Versorgungszentren · München

Clinical Operations Specialist (m/w/d)
Bavaria MedSystems · Garching bei München

Alle Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Jobagent abbestellen: https://www.stepstone.de/jobagent/abmelden""",
      "2026-07-27 06:30 +0200", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.stepstone.de/jobagent/abmelden>"}),
    M("other", "de_personalberater_kalt", "de", "", "c.vogt@vogt-healthcare-search.example.de",
      "Christian Vogt <c.vogt@vogt-healthcare-search.example.de>",
      "Ihr Profil",
      """Sehr geehrter Herr Okafor,

ich bin über Ihr Profil auf einem Karrierenetzwerk auf Sie aufmerksam geworden. Als Personalberater begleite ich seit vielen Jahren Kliniken und Medizintechnikunternehmen im süddeutschen Raum bei der Besetzung von Fach- und Führungspositionen an der Schnittstelle von Pflege und Management.

Aktuell habe ich zwar kein konkretes Mandat für Sie, wäre aber sehr daran interessiert, Sie in meinen Kandidatenpool aufzunehmen. Wenn Sie grundsätzlich offen für Veränderungen sind, freue ich mich über eine kurze Rückmeldung und Ihren aktuellen Lebenslauf.

Mit freundlichen Grüßen
Christian Vogt
Vogt Healthcare Search
Maximilianstraße 35, 80539 München""",
      "2026-08-07 11:18 +0200", charset="iso-8859-1", cte="qp"),
    M("other", "de_dienstplan_online", "de", "", "",
      "Dienstplan Klinikum <dienstplan-noreply@klinikum-spreebogen.example.de>",
      "Dienstplan Oktober ist online",
      """Hallo Daniel,

der Dienstplan für Oktober 2026 (Station 4B) ist freigegeben und ab sofort im Mitarbeiterportal einsehbar.

Tauschwünsche bitte bis zum 25.09. über das Portal eintragen. Bei Fragen wende dich bitte an die Stationsleitung.

Dies ist eine automatisch erzeugte Nachricht.""",
      "2026-09-20 14:00 +0200"),
    M("other", "de_wohnung_absage", "de", "", "vermietung@spree-wohnen.example.de",
      "Spree Wohnen Hausverwaltung <vermietung@spree-wohnen.example.de>",
      "Ihre Mietanfrage - Wohnung Prenzlauer Berg, Kopenhagener Str. 18",
      """Sehr geehrter Herr Okafor,

vielen Dank für Ihr Interesse an der Wohnung in der Kopenhagener Straße 18 und Ihre Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir bitten um Ihr Verständnis.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Ihre Spree Wohnen Hausverwaltung""",
      "2026-08-28 16:40 +0200", charset="windows-1252", cte="8bit"),
    M("other", "de_newsletter_absage_tipps", "de", "", "",
      "Pflege & Karriere Newsletter <newsletter@pflege-karriere.example.de>",
      "Absage erhalten - und jetzt? + 3 Tipps fürs Vorstellungsgespräch",
      """PFLEGE & KARRIERE · Ausgabe 34/2026

Absage erhalten - und jetzt?
"Leider müssen wir Ihnen mitteilen ..." - kaum ein Satz frustriert so sehr. Unsere Karriereberaterin erklärt, warum Sie trotzdem freundlich antworten und um Feedback bitten sollten.

3 Tipps fürs Vorstellungsgespräch in der Pflegeleitung
1. Kennen Sie die Kennzahlen Ihrer Station.
2. Bereiten Sie ein Beispiel für ein gelöstes Teamproblem vor.
3. Fragen Sie nach der Einarbeitung.

Weiterlesen: https://www.pflege-karriere.example.de/newsletter/34

Newsletter abbestellen: https://www.pflege-karriere.example.de/abmelden""",
      "2026-08-22 07:30 +0200", fmt="alt", skin="news", charset="iso-8859-1",
      headers={"List-Id": "<newsletter.pflege-karriere.example.de>", "List-Unsubscribe": _LIST}),
    M("other", "de_freund_absage", "de", "", "jan.petersen@example.net",
      "Jan Petersen <jan.petersen@example.net>",
      "Na, wie läufts?",
      """Hey Daniel,

lange nix gehört! Hab heute übrigens die Absage vom Uniklinikum bekommen - nach zwei Gesprächen, echt frustrierend. "Wir haben uns für eine andere Bewerberin entschieden" blabla.

Na ja, weiter geht's. Wie läuft's bei dir mit der Jobsuche in Berlin? Wenn du mal wieder in der Stadt bist, gehen wir auf ein Bier.

Grüße
Jan

Von meinem iPhone gesendet""",
      "2026-09-09 21:26 +0200"),
    # ----------------------------------------------------------------- French
    M("other", "fr_wttj_offres_semaine", "fr", "", "",
      "Welcome to the Jungle <newsletter@welcometothejungle.com>",
      "Les offres de la semaine sélectionnées pour toi",
      """Salut Daniel,

Voici les jobs de la semaine qui correspondent à ton profil :

Chef de projet opérations - Santé numérique
Medivio · Paris ou full remote

Coordinateur·rice parcours patients
Clinea Conseil · Lyon

Customer Success Manager - Hôpitaux
Hopitalink · Remote

Voir toutes les offres : https://www.welcometothejungle.com/fr/jobs

Tu reçois cet email car tu es inscrit·e à nos alertes. Se désabonner : https://www.welcometothejungle.com/fr/unsubscribe""",
      "2026-09-06 09:00 +0200", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.welcometothejungle.com/fr/unsubscribe>"}),
    M("other", "fr_linkedin_alerte", "fr", "", "",
      "LinkedIn <jobalerts-noreply@linkedin.com>",
      "Nouvelles offres d'emploi : « chef de projet clinique »",
      """Votre alerte emploi pour chef de projet clinique

Chef de projet clinique H/F
Laboratoires Veyrier · Télétravail
Candidature simplifiée

Chargé(e) de projets cliniques
Institut Loire Santé · Nantes

Voir toutes les offres : https://www.linkedin.com/jobs/search/?savedSearchId=99120

Vous recevez des alertes emploi. Se désabonner : https://www.linkedin.com/e/v2?e=alerts-unsub""",
      "2026-08-13 06:05 +0200", fmt="alt", skin="news",
      headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=alerts-unsub>"}),
    M("other", "fr_colis_retarde", "fr", "", "",
      "ColisExpress <ne-pas-repondre@colisexpress.example.fr>",
      "Votre colis est retardé",
      """Bonjour,

Malheureusement, votre colis n° CX 7712 0448 1FR a pris du retard en raison d'un incident sur notre plateforme de tri.

Nouvelle date de livraison estimée : vendredi 11 septembre.

Nous vous prions de nous excuser pour ce désagrément.

Suivre mon colis : https://www.colisexpress.example.fr/suivi

Le service client ColisExpress""",
      "2026-09-08 10:03 +0200", fmt="html", skin="ats", charset="iso-8859-1", cte="qp"),
    M("other", "fr_podcast_soignants", "fr", "", "ines@podcast-soignants.example.fr",
      "Inès Barbier <ines@podcast-soignants.example.fr>",
      "Interview pour le podcast Soignants d'ailleurs",
      """Bonjour Daniel,

Je produis « Soignants d'ailleurs », un podcast qui donne la parole aux infirmiers et infirmières qui ont travaillé dans plusieurs pays européens. Une amie commune m'a parlé de votre parcours entre Lagos, Manchester et Dublin.

Accepteriez-vous de nous accorder une interview d'environ 45 minutes, en anglais ou en français, à distance ? L'enregistrement pourrait avoir lieu courant octobre, selon vos disponibilités.

Au plaisir de vous lire,
Inès Barbier
Productrice - Soignants d'ailleurs""",
      "2026-09-19 15:27 +0200"),
    M("other", "fr_admission_master", "fr", "", "",
      "Université Lyon Santé - Admissions <admissions-noreply@univ-lyonsante.example.fr>",
      "Admission en Master Management des établissements de santé - décision",
      """Bonjour Monsieur Okafor,

Nous avons le plaisir de vous informer que la commission pédagogique a émis un avis favorable à votre candidature en Master 2 Management des établissements de santé (formation à distance), pour la rentrée de janvier 2027.

Vous devez confirmer votre inscription sur la plateforme avant le 30 octobre 2026.

Cordialement,
Le service des admissions""",
      "2026-10-05 14:48 +0200", charset="iso-8859-1", cte="8bit"),
    M("other", "fr_cabinet_prise_contact", "fr", "", "sandrine.lefevre@talentis-sante.example.fr",
      "Sandrine Lefèvre <sandrine.lefevre@talentis-sante.example.fr>",
      "Prise de contact",
      """Bonjour Daniel,

Je me permets de vous contacter car votre parcours d'infirmier évoluant vers la coordination de projets cliniques a retenu mon attention.

Au sein de Talentis Santé, nous accompagnons plusieurs groupes de cliniques et de medtech européens dans leurs recrutements, notamment sur des postes en télétravail. Je n'ai pas de poste précis à vous proposer à ce jour, mais je serais ravie de vous ajouter à notre vivier.

N'hésitez pas à m'envoyer votre CV si la démarche vous intéresse.

Belle journée,
Sandrine Lefèvre
Talentis Santé - Chargée de recherche""",
      "2026-07-31 11:55 +0200", charset="windows-1252", cte="qp"),
    # ----------------------------------------------------------------- Spanish
    M("other", "es_infojobs_alertas", "es", "", "",
      "InfoJobs <alertas@infojobs.net>",
      "Nuevas ofertas que encajan contigo en Sevilla",
      """Hola Daniel,

Tenemos 9 ofertas nuevas que encajan con tu alerta «coordinador enfermería - Sevilla»:

Coordinador/a de Enfermería - Hospital de Día
Grupo Hospitalario Guadalquivir · Sevilla

Supervisor/a de Planta
Residencias Triana Mayores · Sevilla

Gestor/a de Proyectos Sanitarios
Andalucía Salud Digital · Remoto

Ver todas las ofertas: https://www.infojobs.net/ofertas-trabajo/sevilla

Si no quieres recibir más alertas, puedes darte de baja aquí: https://www.infojobs.net/alertas/baja""",
      "2026-08-17 07:15 +0200", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.infojobs.net/alertas/baja>"}),
    M("other", "es_banco_prestamo", "es", "", "",
      "Banco Cantábrico <avisos@bancocantabrico.example.es>",
      "Hemos recibido tu solicitud de préstamo",
      """Hola Daniel:

Hemos recibido tu solicitud de Préstamo Personal por importe de 6.000 € (ref. PP-2026-118834).

Estamos analizando la documentación. En un plazo máximo de 48 horas te comunicaremos la decisión. Lamentablemente no podemos darte una respuesta inmediata en este momento.

Gracias por confiar en Banco Cantábrico.

Este es un mensaje automático, por favor no respondas a este correo.""",
      "2026-07-08 12:40 +0200", charset="windows-1252", cte="qp"),
    M("other", "es_alquiler_sevilla", "es", "", "pablo@inmotriana.example.es",
      "Pablo Morales <pablo@inmotriana.example.es>",
      "Piso calle Pureza",
      """Hola Daniel,

Gracias por venir a ver el piso de la calle Pureza y por mandar la documentación.

Te escribo para decirte que finalmente el propietario ha elegido a otro inquilino, una pareja que podía entrar ya el día 1. Lo siento mucho.

Si quieres, te aviso cuando tengamos algo parecido por Triana o el Arenal.

Un saludo,
Pablo Morales
Inmobiliaria Triana · 955 555 207""",
      "2026-09-26 13:13 +0200"),
    M("other", "es_amiga_no_eligieron", "es", "", "valeria.quispe@example.com",
      "Valeria Quispe <valeria.quispe@example.com>",
      "qué bajón",
      """Dani!!

No me eligieron para el puesto en la clínica de Miraflores 😩 Me llamaron hoy para decirme que se quedaron con alguien con más experiencia en gestión. Después de tres entrevistas, imagínate.

En fin, ya saldrá otra cosa. ¿Y tú qué tal con lo de Sevilla? Cuéntame todo.

Besos,
Vale

Enviado desde mi iPhone""",
      "2026-09-12 03:02 +0200"),
    M("other", "es_newsletter_entrevista", "es", "", "",
      "Enfermería y Empleo <boletin@enfermeriayempleo.example.es>",
      "Cómo preparar una entrevista por competencias (y qué hacer si te rechazan)",
      """BOLETÍN SEMANAL · ENFERMERÍA Y EMPLEO

Cómo preparar una entrevista por competencias
Las entrevistas para puestos de gestión sanitaria ya no preguntan solo por técnicas: quieren ejemplos concretos. Te contamos cómo usar el método STAR.

¿Te han rechazado? Qué responder
Un correo de rechazo no es el final. Responde con educación, agradece la oportunidad y pide feedback.

Ofertas destacadas de la semana en Bilbao, Sevilla y Madrid.

Leer más: https://enfermeriayempleo.example.es/boletin/41

Darse de baja: https://enfermeriayempleo.example.es/baja""",
      "2026-09-15 08:00 +0200", fmt="alt", skin="news", cte="b64",
      headers={"List-Id": "<boletin.enfermeriayempleo.example.es>", "List-Unsubscribe": _LIST}),
    M("other", "es_investigacion_usuarios", "es", "", "investigacion@saludconecta.example.es",
      "Equipo de Investigación SaludConecta <investigacion@saludconecta.example.es>",
      "¿Nos ayudas? Entrevista de 30 minutos sobre la app",
      """Hola Daniel:

Estamos mejorando SaludConecta, la app de citas y turnos que usas en tu trabajo, y nos encantaría conocer tu experiencia.

Buscamos profesionales de enfermería para una entrevista de investigación de 30 minutos por videollamada. No hay respuestas correctas ni incorrectas. Como agradecimiento, recibirás una tarjeta regalo de 25 €.

Reserva tu hueco aquí: https://saludconecta.example.es/investigacion

¡Gracias!
Equipo de Investigación de Usuarios""",
      "2026-10-01 16:20 +0200", fmt="alt", skin="corp"),
    M("other", "es_ubicacion_resumen", "es", "", "",
      "Mapas Cronología <noreply@mapas-cronologia.example.com>",
      "Tu resumen de ubicación de septiembre",
      """Hola Daniel:

Este es tu resumen de septiembre:

- 4 ciudades visitadas: Mánchester, Dublín, Bilbao, Sevilla
- 1.842 km recorridos
- Posición más frecuente: Oxford Road, Mánchester

Consulta tu cronología completa: https://mapas-cronologia.example.com/timeline

Puedes desactivar estos correos en la configuración de tu cuenta.""",
      "2026-10-03 10:00 +0200", fmt="html", skin="news"),
]
