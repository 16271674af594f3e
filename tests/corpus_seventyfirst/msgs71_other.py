"""Other mail in English (28): alerts, newsletters, cold outreach, life admin, the candidate's own mail."""

from make_seventyfirst import ics
from msgs71_common import NIA, M

K = "other"
BULK = {"Precedence": "bulk"}


def lists(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK}


M(K, "linkedin_alert", "en", ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
  "30+ new jobs for 'renewable energy project manager' in Cape Town", "2026-01-11 06:12 +0000",
  """Your job alert for renewable energy project manager in Cape Town, Western Cape

Project Manager - Solar PV
Sunstack IPP - Cape Town (Hybrid)
Actively recruiting
https://www.linkedin.example.com/jobs/view/401

Senior Project Engineer, Wind
EastCape Wind Developments - Gqeberha
3 connections work here
https://www.linkedin.example.com/jobs/view/402

Grid Integration Specialist
Helio Grid Analytics - Remote
Be an early applicant
https://www.linkedin.example.com/jobs/view/403

HSE Manager - Battery Storage
Bushveld Energy Storage - Rustenburg
https://www.linkedin.example.com/jobs/view/404

See all jobs: https://www.linkedin.example.com/jobs/search?alert=77

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.example.com/unsub/77""",
  fmt="html", brand="LinkedIn", headers=lists("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/unsub/77"))

M(K, "indeed_alert", "en", ("Indeed", "alert@indeed.example.com"),
  "ESG manager jobs in Johannesburg - 12 new", "2026-02-08 05:40 +0000",
  """12 new ESG manager jobs in Johannesburg, Gauteng

ESG Reporting Manager - Umhlaba Bank - Sandton - R 850 000 - R 1 000 000 a year
Easily apply. Responded to 75% or more applications in the past 30 days.

Sustainability & Safety Lead - Meridian Minerals - Johannesburg
Urgently hiring

Environmental Compliance Officer - Gauteng Power Utility - Braamfontein
Posted 2 days ago

Not interested in this alert? Unsubscribe: https://za.indeed.example.com/alert/unsub?id=55""",
  fmt="alt", brand="Indeed", headers=lists("<jobalert.indeed.example.com>", "https://za.indeed.example.com/alert/unsub?id=55"))

M(K, "pnet_alert", "en", ("PNet Job Alerts", "jobalerts@pnet.example.co.za"),
  "New jobs matching 'health and safety engineer'", "2026-03-01 07:00 +0200",
  """Hi Nia, here are today's jobs matching your search "health and safety engineer" in Gauteng and North West.

* SHEQ Engineer (Mining) - Rustenburg - Permanent
* Construction Safety Officer - Solar PV - Kathu - Contract
* Occupational Health & Safety Manager - Pretoria - Permanent

Recruiters are actively looking at profiles like yours. Update your CV: https://www.pnet.example.co.za/cv

Manage your job alerts: https://www.pnet.example.co.za/alerts""",
  fmt="html", brand="PNet", headers=lists("<alerts.pnet.example.co.za>", "https://www.pnet.example.co.za/alerts/unsub"))

M(K, "careers_newsletter_rejection", "en", ("Careers24 Career Advice", "newsletter@careers24.example.com"),
  "Rejected after the final interview? Here's what to do next", "2026-03-14 09:00 +0200",
  """THIS WEEK ON CAREERS24

Rejected after the final interview? Here's what to do next
Getting an email that says "unfortunately we will not be moving forward with your application" stings - especially after three rounds. Our experts explain how to ask for feedback, how to reply graciously and why the door often stays open.
Read more: https://www.careers24.example.com/advice/rejection

Missed an interview? How to recover
Load-shedding, traffic on the N1, a dead phone... If you missed a scheduled interview, here's how to apologise and ask for a new slot.
Read more: https://www.careers24.example.com/advice/missed

5 competency-based interview questions for engineers
https://www.careers24.example.com/advice/competency

You're receiving this because you subscribed to Careers24 newsletters. Unsubscribe: https://www.careers24.example.com/unsubscribe""",
  fmt="html", brand="Careers24", headers=lists("Careers24 Advice <advice.careers24.example.com>", "https://www.careers24.example.com/unsubscribe"))

M(K, "recruiter_cold_outreach", "en", ("Kyle Jacobs", "kyle.jacobs@summit-exec.example.co.za"),
  "Renewables opportunities", "2026-03-18 12:33 +0200",
  """Hi Nia

I hope you don't mind me reaching out - I came across your profile on LinkedIn and was impressed by your move from mining into renewables.

I partner with several IPPs and EPCs across Southern Africa and I'm always keen to connect with strong engineers in grid integration and HSE. Nothing specific right now, but I'd love to keep your CV on file. If you're open to it, feel free to send through an updated copy.

All the best
Kyle Jacobs
Summit Executive
Sandton | 011 555 0101""",
  contact="kyle.jacobs@summit-exec.example.co.za")

M(K, "inmail_style_marketing", "en", ("Grace Okafor via LinkedIn", "inmail-hit-reply@linkedin.example.com"),
  "Grace sent you a message: Exciting roles in West Africa's energy sector", "2026-04-03 10:20 +0000",
  """Grace Okafor
Director at Westline Energy Partners

Hi Nia, we are building a pipeline of senior engineers for upcoming solar mini-grid programmes in Nigeria and Ghana. Our clients include development finance institutions and leading IPPs. I'd be glad to share more about our work and the kind of roles we typically place. Do follow our company page for updates!

Reply on LinkedIn: https://www.linkedin.example.com/messaging/thread/882

This message was sent to Nia Oyelaran-Brandt. Unsubscribe from InMail: https://www.linkedin.example.com/psettings""",
  fmt="html", brand="LinkedIn")

M(K, "podcast_interview", "en", ("Themba Zulu", "themba@currentaffairs-energy.example.com"),
  "Interview request - The Load Shedding Podcast", "2026-04-11 15:15 +0200",
  """Hi Nia,

I host The Load Shedding Podcast, a weekly show about South Africa's energy transition. A listener pointed me to your talk at the Mining Indaba on safety culture in solar construction.

Would you be up for an interview on the show? We record on Zoom, about 45 minutes, and could do any afternoon in the week of 20 April. Happy to send questions beforehand.

Thanks!
Themba Zulu
Host & Producer, The Load Shedding Podcast""",
  contact="themba@currentaffairs-energy.example.com")

M(K, "radio_interview", "en", ("Naledi Mokoena", "naledi.mokoena@capetalk-radio.example.co.za"),
  "Live radio interview tomorrow 07:40", "2026-05-13 17:30 +0200",
  """Hi Nia

Thanks for agreeing to chat to us about the new wind farm near Gqeberha. Just confirming the live telephonic interview on the breakfast show tomorrow at 07:40. The presenter will call your cellphone at 07:35 - please be somewhere quiet.

It'll be about 6 minutes. We'll ask about jobs for local communities and safety during construction.

Naledi Mokoena
Producer, Breakfast with Sizwe
CapeTalk Radio""",
  contact="naledi.mokoena@capetalk-radio.example.co.za")

M(K, "user_research", "en", ("Vodacom Research Team", "research@vodacom-insights.example.co.za"),
  "Share your experience: 45-min interview (R500 voucher)", "2026-05-27 11:00 +0200",
  """Hi Nia,

We're improving the VodaPay app and would love to hear about how you use it. We're inviting a small number of customers to a 45-minute online research interview with our design team.

As a thank you, you'll receive a R500 Takealot voucher. Book a slot that suits you: https://research.vodacom-insights.example.co.za/book

Your answers are confidential and used only for research.

The Customer Research Team""",
  contact="research@vodacom-insights.example.co.za", fmt="alt", brand="Vodacom")

M(K, "friend_rejection", "en", ("Lindiwe Moyo", "lindiwe.moyo@example.com"),
  "ugh", "2026-06-05 21:48 +0200",
  """Hey babe

So I finally heard back from that consulting firm in Stellies. Rejected!! After FOUR interviews and a case study. "We have decided to move forward with other candidates" blah blah. I'm gutted.

Anyway how's your search going? Any news from the Aurum people? Let's do wine on Saturday, I need it.

Lindi xx""",
  contact="lindiwe.moyo@example.com")

M(K, "takealot_delayed", "en", ("Takealot", "orders@takealot.example.com"),
  "Unfortunately your order is delayed", "2026-02-14 08:22 +0200",
  """Hi Nia,

Unfortunately your order #TA-88231907 (Anker power bank 20 000 mAh, inverter battery trolley) has been delayed due to high volumes at our Midrand distribution centre.

New estimated delivery: Wednesday, 18 February.

We apologise for the inconvenience. Track your order: https://www.takealot.example.com/account/orders

Takealot""",
  fmt="html", brand="Takealot")

M(K, "sixty60_delivery", "en", ("Checkers Sixty60", "no-reply@sixty60.example.co.za"),
  "Your order is on its way!", "2026-03-22 18:05 +0200",
  """Hi Nia, your Sixty60 driver Sipho is on the way with order 600-44412. Estimated arrival: 18:35.

Track your driver live in the app.

Thanks for shopping with Checkers Sixty60!""",
  fmt="html", brand="Checkers Sixty60")

M(K, "vehicle_tracker_position", "en", ("TrackSure Alerts", "alerts@tracksure.example.co.za"),
  "Vehicle position report: CA 123-456", "2026-04-04 02:14 +0200",
  """Vehicle: Toyota Hilux CA 123-456
Event: Ignition on outside geofence
Position: -33.9249, 18.4241 (Buitengracht St, Cape Town)
Speed: 0 km/h
Time: 04 Apr 2026 02:13

If this was not you, call our 24h control room on 0860 555 555.

TrackSure Vehicle Tracking""",
  fmt="plain")

M(K, "credit_card_application", "en", ("Umhlaba Bank", "notifications@umhlaba-bank.example.com"),
  "We've received your credit card application", "2026-04-22 13:00 +0200",
  """Dear Ms N Oyelaran-Brandt

Thank you for applying for an Umhlaba Gold Credit Card. We have received your application (ref CC-2026-7712) and are busy processing it.

We may contact you for your latest 3 months' bank statements and proof of income. You will receive an SMS once a credit decision has been made.

Umhlaba Bank Limited is an authorised financial services provider and a registered credit provider (NCRCP00).""",
  fmt="alt", brand="Umhlaba Bank")

M(K, "apartment_rejection", "en", ("Claire Jansen", "claire@seapoint-rentals.example.co.za"),
  "Rental application - 4B Ocean View Mansions", "2026-05-02 10:30 +0200",
  """Hi Nia

Thank you for your application for the 2-bedroom apartment at 4B Ocean View Mansions, Sea Point.

Unfortunately the landlord has decided to go with another applicant, so your application was not successful this time. We'll let you know if anything similar comes up in the area.

Kind regards
Claire Jansen
Seapoint Rentals""",
  contact="claire@seapoint-rentals.example.co.za")

M(K, "mba_admission", "en", ("GSB Admissions", "admissions@gsb-capetown.example.ac.za"),
  "Your application to the Executive MBA 2027", "2026-09-30 16:00 +0200",
  """Dear Nia

Thank you for applying to the Executive MBA programme for the 2027 intake. The admissions committee has reviewed your application and interview.

We regret to inform you that we are unable to offer you a place in the 2027 cohort. Competition was exceptionally strong this year. You are welcome to reapply for a future intake.

Yours sincerely
Admissions Office
Graduate School of Business""",
  contact="admissions@gsb-capetown.example.ac.za", fmt="alt")

M(K, "own_sent_followup", "en", ("Nia Oyelaran-Brandt", NIA),
  "Following up - Project Manager Utility Scale PV", "2026-01-30 09:12 +0200",
  """Dear Karoo Sun Power team,

I applied for the Project Manager - Utility Scale PV role (R-10442) three weeks ago and wanted to reiterate my interest. I'd welcome the chance to discuss how my experience on the Sishen and Kathu projects could help.

Kind regards,
Nia Oyelaran-Brandt
+27 82 555 0111""",
  to=("Recruitment", "recruitment@karoosunpower.example.co.za"))

M(K, "own_sent_thankyou", "en", ("Nia Oyelaran-Brandt", NIA),
  "Thank you - interview today", "2026-06-10 18:40 +0200",
  """Dear Busisiwe,

Thank you for arranging today's second interview. Please pass on my thanks to the panel - I really enjoyed the discussion on curtailment in the Northern Cape and look forward to hearing from you.

Kind regards,
Nia

Sent from my iPhone""",
  to=("Busisiwe Mahlangu", "recruit@nrc-energy.example.org.za"))

M(K, "recruiter_ooo", "en", ("Duncan Reid", "duncan@kestrel-exec.example.com"),
  "Automatic reply: Re: CV - Head of Grid, Botswana IPP", "2026-06-19 10:01 +0200",
  """Thank you for your email. I am out of the office until Monday 29 June with limited access to email. For urgent matters please contact my colleague Mpho on mpho@kestrel-exec.example.com.

Duncan""",
  contact="duncan@kestrel-exec.example.com",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  parent="nia-kestrel-0619@example.co.za")

M(K, "standup_calendar", "en", ("Google Calendar", "calendar-notification@google.example.com"),
  "Invitation: Daily standup - Grid Ops @ Weekdays 08:30 - 08:45 (SAST)", "2026-01-05 07:00 +0000",
  """You have been invited to the following event.

Daily standup - Grid Ops
When: Weekdays 08:30 - 08:45 South Africa Standard Time
Joining: meet.google.com/abc-defg-hij
Organizer: Louis Ferreira

Going? Yes - Maybe - No

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.""",
  fmt="alt", brand="Google Calendar",
  ics=ics("standup-gridops-2026@google.example.com", "20260105T063000Z", "20260105T064500Z",
          "Daily standup - Grid Ops", "louis.ferreira@current-employer.example.co.za"))

M(K, "sars_efiling", "en", ("SARS eFiling", "noreply@sars-efiling.example.gov.za"),
  "Notice of Assessment ITA34 available", "2026-08-12 06:30 +0200",
  """Dear Taxpayer

Your Notice of Assessment (ITA34) for the 2026 tax year is now available on eFiling.

Please log in to view your assessment. Do not reply to this email.

South African Revenue Service""",
  fmt="html", brand="SARS")

M(K, "loadshedding_schedule", "en", ("PowerAlert SA", "updates@poweralert.example.co.za"),
  "Stage 4 load-shedding from 16:00 - your schedule", "2026-01-18 12:10 +0200",
  """Stage 4 load-shedding from 16:00 today until further notice.

Your area: Observatory (City of Cape Town - Area 7)
Today: 18:00-20:30, 02:00-04:30
Tomorrow: 10:00-12:30, 18:00-20:30

Schedules may change at short notice. Unsubscribe: https://poweralert.example.co.za/u""",
  headers=lists("<updates.poweralert.example.co.za>", "https://poweralert.example.co.za/u"))

M(K, "municipal_rates", "en", ("City of Cape Town e-Services", "eservices@capetown.example.gov.za"),
  "Your municipal account for March 2026", "2026-03-05 04:00 +0200",
  """Dear Customer

Your City of Cape Town municipal account for March 2026 is attached.

Account number: 4000 1234 5678
Amount due: R 2 481,36
Due date: 25 March 2026

Pay online or via your banking app. Queries: 0860 103 089.""",
  fmt="alt", charset="windows-1252", attach=("Account_March_2026.pdf", "application/pdf"))

M(K, "medical_aid", "en", ("HealthFund Medical Scheme", "member.services@healthfund.example.co.za"),
  "Claim processed: Dr P Naidoo", "2026-06-16 09:45 +0200",
  """Hi Nia

We have processed a claim for Dr P Naidoo (GP) dated 10 June 2026.
Amount claimed: R 720,00
Paid from savings: R 720,00

Log in to the member app to see full details.

HealthFund Medical Scheme""",
  fmt="html", brand="HealthFund")

M(K, "flysafair_delay", "en", ("FlySafair", "bookings@flysafair.example.co.za"),
  "Flight FA 212 CPT-JNB: new departure time", "2026-07-20 05:15 +0200",
  """Hi Nia

Unfortunately your flight FA 212 from Cape Town to Johannesburg on 20 July has been delayed due to an operational issue.

New departure time: 09:40 (was 08:05)

We're sorry for the inconvenience. Booking reference: K7QZP2.

FlySafair""",
  fmt="html", brand="FlySafair", cte="base64")

M(K, "showmax_renewal", "en", ("Showmax", "hello@showmax.example.com"),
  "Your subscription renews on 1 September", "2026-08-25 10:00 +0200",
  """Hi Nia,

Just a reminder that your Showmax Premium subscription renews on 1 September for R 99.

New this month: the final season of your favourite drama, plus live Premier League.

Manage subscription: https://www.showmax.example.com/account

Showmax""",
  fmt="html", brand="Showmax", headers=lists("<marketing.showmax.example.com>", "https://www.showmax.example.com/unsub"))

M(K, "afrikaans_class", "en", ("Marietjie Visser", "marietjie@taalhuis.example.co.za"),
  "Class moved to Thursday", "2026-09-14 14:20 +0200",
  """Hi everyone

Tonight's Afrikaans conversation class (Level 2) is moved to Thursday 18:00 because the hall is booked for a wedding rehearsal. Same venue in Rondebosch.

Tot dan!
Marietjie
Taalhuis Language School""",
  contact="marietjie@taalhuis.example.co.za", to=("Afrikaans Level 2", "level2@taalhuis.example.co.za"))

M(K, "wits_alumni", "en", ("Wits Alumni Relations", "alumni@wits.example.ac.za"),
  "Alumni News: Engineering reunion, mentoring and a new energy chair", "2026-10-02 08:00 +0200",
  """WITS ALUMNI NEWS - OCTOBER 2026

Engineering class reunion: 1996-2016 graduates are invited to Great Hall on 24 October.

Mentor a student: our career office is looking for alumni to run mock interviews with final-year students. Give one hour a month.

New Chair in Energy Transition announced.

Update your details: https://alumni.wits.example.ac.za/update
Unsubscribe: https://alumni.wits.example.ac.za/unsub""",
  fmt="html", brand="Wits Alumni", headers=lists("<alumni-news.wits.example.ac.za>", "https://alumni.wits.example.ac.za/unsub"))
