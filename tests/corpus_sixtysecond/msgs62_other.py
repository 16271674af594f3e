"""Sixty-second corpus: everything else in the inbox (alerts, newsletters, life admin, own mail)."""

from __future__ import annotations

from msgs62_common import ics

ME = ("Jordan Castellanos-Whitfield", "jordan.cw@example.com")


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """The headers every mailing-list or marketing sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


OTHER_EN = [
    {"kind": "other", "name": "linkedin_style_job_alert", "lang": "en", "contact": "",
         "frm": ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
         "subject": "30+ new jobs for \"product marketing manager\" in Greater Chicago Area", "date": "2026-01-12T07:03:00-06:00",
         "headers": bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/unsub?e=jcw"), "fmt": "html", "html": """<html><body style="font-family:-apple-system,Helvetica,Arial">
<table width="100%"><tr><td><h2>Your job alert for product marketing manager</h2><p>30+ new jobs in Greater Chicago Area match your preferences.</p></td></tr>
<tr><td><a href="https://www.linkedin.example.com/comm/jobs/view/401?trk=eml-jserp">Senior Product Marketing Manager</a><br>Tallgrass Software &middot; Chicago, IL (Hybrid)<br><span style="color:#666">Actively recruiting &middot; 3 connections</span></td></tr>
<tr><td><a href="https://www.linkedin.example.com/comm/jobs/view/402?trk=eml-jserp">Product Marketing Manager, Payments</a><br>Kestrel Pay &middot; Remote<br><span style="color:#666">Easy Apply</span></td></tr>
<tr><td><a href="https://www.linkedin.example.com/comm/jobs/view/403?trk=eml-jserp">Manager, Product Marketing</a><br>Lakeshore Provisions &middot; Chicago, IL<br><span style="color:#666">Be an early applicant</span></td></tr>
<tr><td><a href="https://www.linkedin.example.com/comm/jobs/search?keywords=product%20marketing">See all jobs</a></td></tr>
<tr><td style="font-size:11px;color:#999">You are receiving Job Alert emails. <a href="https://www.linkedin.example.com/unsub?e=jcw">Unsubscribe</a> &middot; LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA</td></tr></table></body></html>"""},
    {"kind": "other", "name": "glassdoor_style_digest", "lang": "en", "contact": "",
         "frm": ("Glassdoor Jobs", "noreply@glassdoor.example.com"),
         "subject": "Jordan, 12 new Lifecycle Marketing jobs near Chicago", "date": "2026-02-09T06:15:00-06:00",
         "headers": bulk("<jobs-digest.glassdoor.example.com>", "mailto:unsubscribe@glassdoor.example.com"), "fmt": "alt", "body": """
New jobs matching your search: lifecycle marketing, Chicago, IL

CRM Marketing Manager - Cardinal Outfitters - Indianapolis, IN - 3.9 stars - $105K-$130K (Employer est.)
Lifecycle Marketing Manager - Bixby Labs - Remote - 4.4 stars - Easy Apply
Email & Lifecycle Lead - Foxglove Commerce - Austin, TX - 4.1 stars
Marketing Automation Manager - Mercy Ridge Health System - Chicago, IL - 3.6 stars

See all 12 jobs: https://www.glassdoor.example.com/job-listing/search?sc=lifecycle

Tip: Companies with recent interview reviews respond 2x faster. Read what candidates say about the interview process before you apply.

Manage job alerts | Unsubscribe
"""},
    {"kind": "other", "name": "built_in_newsletter", "lang": "en", "contact": "",
         "frm": ("Built In Chicago", "newsletter@builtin.example.com"),
         "subject": "Chicago tech is hiring again (plus: 5 companies with 4-day weeks)", "date": "2026-03-02T08:00:00-06:00",
         "headers": bulk("Built In Chicago Weekly <weekly.chicago.builtin.example.com>", "https://builtin.example.com/unsubscribe?u=88"), "fmt": "html", "style": "ats", "company": "Built In", "body": """
This week in Chicago tech

Hiring is up 14% month over month across Chicago startups, led by fintech and health tech. We talked to three heads of talent about what they look for in marketing candidates right now.

5 companies offering 4-day weeks - and they're hiring

Kestrel Pay, Trailhead Commerce and three more companies are piloting compressed schedules. See open roles.

Featured jobs: Product Marketing Manager at Tallgrass Software; Growth Marketing Lead at Northwind Analytics; Brand Manager at Lakeshore Provisions.

You're receiving this because you signed up for Built In Chicago. Unsubscribe or manage preferences.
"""},
    {"kind": "other", "name": "career_newsletter_rejection_article", "lang": "en", "contact": "",
         "frm": ("The Pivot Letter", "thepivotletter@substack.example.com"),
         "subject": "You got the rejection email. Now what?", "date": "2026-03-19T06:30:00-05:00",
         "headers": bulk("The Pivot Letter <thepivotletter.substack.example.com>", "https://thepivotletter.substack.example.com/action/unsub"), "fmt": "alt", "body": """
You got the rejection email. Now what?

Last week a reader wrote in: "I made it to the final round and got a two-line note saying they'd decided to move forward with other candidates whose experience more closely aligns. I'm crushed."

First: that sentence is a template. Nobody at the company wrote it for you. Unfortunately it still stings, and it's fine to take a day.

Here is what I'd do next:
1. Reply within 48 hours. Thank them for their time, ask for one piece of specific feedback, and say you'd like to be considered for future roles.
2. Write down what you remember about each interview while it's fresh.
3. Don't pause your pipeline. The worst thing you can do is wait on a single opportunity.

Next week: how to follow up when you've heard nothing for two weeks after an interview.

Like this post? Forward it to a friend who is job hunting.
Unsubscribe https://thepivotletter.substack.example.com/action/unsub
"""},
    {"kind": "other", "name": "career_newsletter_missed_interview", "lang": "en", "contact": "",
         "frm": ("Career Coach Weekly", "hello@careercoachweekly.example.com"),
         "subject": "Missed an interview? Here's the exact email to send", "date": "2026-04-16T07:00:00-05:00",
         "headers": bulk("<weekly.careercoachweekly.example.com>", "https://careercoachweekly.example.com/u/jcw"), "fmt": "html", "style": "gmail", "body": """
Hi there,

It happens more than you think: a calendar glitch, a time-zone mix-up, a phone that died. You missed the interview and the recruiter writes "we tried calling you at the scheduled time".

Our advice: write back the same day. Take responsibility without a long excuse, say it's out of character, and offer two or three concrete new times. Don't blame the recruiter's invite, even if the time zone was wrong.

Template inside our members' area, plus: how to handle a reschedule request from the employer, and what to say when an interview gets cancelled.

Keep going,
The Career Coach Weekly team

You're receiving this email because you subscribed at careercoachweekly.example.com. Unsubscribe.
"""},
    {"kind": "other", "name": "recruiter_cold_outreach_no_ask", "lang": "en", "contact": "dmcallister@bluestemsearch.example.com",
         "frm": ("Dylan McAllister", "dmcallister@bluestemsearch.example.com"),
         "subject": "Marketing leadership roles - Minneapolis", "date": "2026-04-01T10:10:00-05:00", "body": """
Hi Jordan,

I came across your profile and your background in marketing ops and lifecycle really stands out. I partner with several consumer brands and fintechs in the Twin Cities that are building out their marketing teams this year, with roles from Senior Manager to Director.

If you're open to hearing about opportunities, feel free to send over an updated resume along with your target compensation and location preferences, and I'll keep you in mind as searches open up.

Best,
Dylan McAllister
Principal Consultant | Bluestem Search
612.555.0110
"""},
    {"kind": "other", "name": "staffing_hot_jobs_blast", "lang": "en", "contact": "",
         "frm": ("Carter Lane Talent", "jobs@news.carterlane.example.com"),
         "subject": "This week's hot marketing jobs", "date": "2026-05-04T09:00:00-05:00",
         "headers": bulk("<hotjobs.carterlane.example.com>", "https://carterlane.example.com/email-prefs"), "fmt": "html", "style": "ats", "body": """
HOT JOBS THIS WEEK

Marketing Analytics Manager - Milwaukee, WI - $110-125K - Direct hire
Brand Manager (contract, 6 mo) - Minneapolis, MN - $65-75/hr
Email Marketing Specialist - Remote - $35-42/hr
Product Marketing Manager - Detroit, MI - Hybrid

Know someone great? Refer a friend and earn $500 when they're placed!

Carter Lane Talent - Chicago | Milwaukee | Detroit | Indianapolis. Manage your email preferences.
"""},
    {"kind": "other", "name": "podcast_guest_interview", "lang": "en", "contact": "gwen@opsnightpodcast.example.com",
         "frm": ("Gwen Adair", "gwen@opsnightpodcast.example.com"),
         "subject": "Interview for Ops Night podcast?", "date": "2026-05-06T13:37:00-05:00", "body": """
Hi Jordan,

I host Ops Night, a podcast about the unglamorous side of marketing (data, tooling, process). Your talk at the MarTech Chicago meetup on CRM migrations was great and I'd love to interview you for an episode.

It's a 45-minute recorded conversation over Riverside, whenever suits you in the next month. No prep needed beyond a short bio. Interested?

Gwen Adair
Host, Ops Night
"""},
    {"kind": "other", "name": "user_research_interview_ventra", "lang": "en", "contact": "",
         "frm": ("Transit App Research", "research-noreply@transitapp-research.example.com"),
         "subject": "Share your feedback: 30-min interview, $50 gift card", "date": "2026-05-14T11:00:00-05:00", "fmt": "alt", "style": "ats", "body": """
Hi Jordan,

We're improving the mobile ticketing experience for Chicago riders and would love to hear from you. We're inviting a small group of riders to a 30-minute remote user research interview about how you buy and load passes.

As a thank-you, participants receive a $50 gift card. Pick a time here: https://research.example.com/schedule/ventra-riders

This is a research study only; your answers will not affect your account.

The Research Team
"""},
    {"kind": "other", "name": "friend_own_rejection", "lang": "en", "contact": "mayabrooks88@example.net",
         "frm": ("Maya Brooks", "mayabrooks88@example.net"),
         "subject": "ugh", "date": "2026-05-21T21:48:00-05:00", "body": """
so I finally heard back from the streaming place. "after careful consideration we've decided to move forward with other candidates." after FOUR rounds and a take-home!!! I'm so annoyed

anyway how are your interviews going?? drinks thursday still? I need one lol

m

Sent from my iPhone
"""},
    {"kind": "other", "name": "package_delayed", "lang": "en", "contact": "",
         "frm": ("Amazon.example", "shipment-tracking@amazon.example.com"),
         "subject": "Delivery update: Your package is running late", "date": "2026-06-05T18:12:00-05:00", "fmt": "alt", "style": "ats", "body": """
Hello Jordan,

Unfortunately, your package is delayed. We're sorry that your package is running late. It's now expected to arrive by Tuesday, June 9.

Ordered: "Anker USB-C hub, 7-in-1" and 1 other item
Order #113-4455671-2209981

Track package: https://www.amazon.example.com/progress-tracker/113-4455671

We'll let you know if there are any other changes. You don't need to do anything.
"""},
    {"kind": "other", "name": "usps_informed_delivery", "lang": "en", "contact": "",
         "frm": ("USPS Informed Delivery", "USPSInformeddelivery@email.informeddelivery.example.com"),
         "subject": "Your Daily Digest for Thu, 6/18 is ready to view", "date": "2026-06-18T08:01:00-05:00",
         "headers": bulk("<digest.informeddelivery.example.com>", "https://informeddelivery.example.com/unsub"), "fmt": "html", "style": "ats", "body": """
You have 3 mailpieces and 1 package arriving soon.

From: CITY OF CHICAGO DEPT OF FINANCE
From: ILLINOIS SECRETARY OF STATE
From: LAKEFRONT BANK

Package: 9400 1000 0000 0000 0000 00 - Expected delivery Fri 6/19.

Manage your notifications or unsubscribe.
"""},
    {"kind": "other", "name": "credit_card_application_received", "lang": "en", "contact": "",
         "frm": ("Lakefront Bank", "alerts@notify.lakefrontbank.example.com"),
         "subject": "We've received your application", "date": "2026-01-30T12:45:00-06:00", "fmt": "alt", "style": "ats", "body": """
Dear Jordan Castellanos-Whitfield,

Thank you for applying for the Lakefront Bank Voyager Rewards Visa Signature card. We've received your application and are reviewing it.

Most decisions are made within 7-10 business days. If we need any additional information, we'll contact you. You can check the status of your application online or by calling 1-800-555-0199.

Lakefront Bank, N.A. Member FDIC. Please do not reply to this email.
"""},
    {"kind": "other", "name": "apartment_application_declined", "lang": "en", "contact": "leasing@theharlowlofts.example.com",
         "frm": ("The Harlow Lofts Leasing", "leasing@theharlowlofts.example.com"),
         "subject": "Your rental application - Unit 4B", "date": "2026-07-09T14:20:00-05:00", "body": """
Hi Jordan,

Thank you for applying to lease Unit 4B at The Harlow Lofts. Unfortunately, we are unable to approve your application at this time, as another applicant's application for the unit was completed and approved first.

We have other one-bedroom units becoming available in September. Let us know if you'd like to be added to the waitlist.

Leasing Office
The Harlow Lofts | 1220 N Milwaukee Ave, Chicago
"""},
    {"kind": "other", "name": "mba_admission_decision", "lang": "en", "contact": "",
         "frm": ("Lakemont Graduate School of Business Admissions", "admissions-noreply@lakemont.example.edu"),
         "subject": "Your application decision is available", "date": "2026-04-10T16:00:00-05:00", "fmt": "html", "style": "ats", "body": """
Dear Jordan,

A decision has been made on your application to the Evening & Weekend MBA Program. Please log in to the applicant portal to view your decision letter.

Thank you for your interest in the Lakemont Graduate School of Business.

Office of Admissions
"""},
    {"kind": "other", "name": "own_sent_thank_you", "lang": "en", "contact": "",
         "frm": ME, "to": ("Kevin Price", "kprice@lakemont.example.edu"),
         "subject": "Thank you - Assistant Director of Marketing interview", "date": "2026-03-10T12:05:00-05:00", "body": """
Dear Kevin,

Thank you and the committee for taking the time to speak with me this morning about the Assistant Director of Marketing role. I especially enjoyed our discussion about enrollment campaigns for adult learners.

I'm very interested in the position and happy to provide references or additional materials.

Best regards,
Jordan Castellanos-Whitfield
(312) 555-0187
"""},
    {"kind": "other", "name": "own_sent_reschedule_request", "lang": "en", "contact": "",
         "frm": ME, "to": ("Rachel Kim", "rachel.kim@greatplainsgrocers.example.com"),
         "subject": "Re: Friday's interview", "date": "2026-04-02T16:30:00-05:00", "reply": "c62-prev-117@greatplainsgrocers.example.com", "body": """
Hi Rachel,

Thanks for letting me know, I completely understand. Unfortunately these things happen - please keep me in mind when interviews resume. I'm still very interested in the role.

Best,
Jordan

On Thu, Apr 2, 2026 at 3:40 PM Rachel Kim <rachel.kim@greatplainsgrocers.example.com> wrote:
> Hi Jordan,
> I have to cancel our interview scheduled for this Friday.
"""},
    {"kind": "other", "name": "recruiter_out_of_office", "lang": "en", "contact": "megan.li@tallgrass.example.com",
         "frm": ("Megan Li", "megan.li@tallgrass.example.com"),
         "subject": "Automatic reply: Thank you - Tallgrass phone screen", "date": "2026-02-13T09:01:00-06:00",
         "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, "body": """
Hi there,

Thanks for your note. I'm out of the office through Monday, February 16 with limited access to email. I'll respond when I'm back.

For urgent candidate questions, please contact recruiting@tallgrass.example.com.

Megan
"""},
    {"kind": "other", "name": "standup_calendar_invite", "lang": "en", "contact": "ben.alvarez@harbormetrics.example.com",
         "frm": ("Ben Alvarez", "ben.alvarez@harbormetrics.example.com"),
         "subject": "Invitation: Marketing Ops daily standup @ Weekly from 9:15am to 9:30am on weekdays (CST)", "date": "2026-01-05T16:00:00-06:00",
         "ics": ics("c62-standup-mops@harbormetrics.example.com", "20260106T091500", "20260106T093000",
                 "Marketing Ops daily standup", "ben.alvarez@harbormetrics.example.com", location="Zoom"),
         "body": """
Marketing Ops daily standup
Weekly from 9:15am to 9:30am on weekdays (Central Time - Chicago)

Organizer: Ben Alvarez
Guests: Jordan Castellanos-Whitfield, Hana Ito, Luis Ortega

Quick round: yesterday / today / blockers. Keep it to 15.

Invitation from Google Calendar
"""},
    {"kind": "other", "name": "irs_notice_available", "lang": "en", "contact": "",
         "frm": ("IRS Online Account", "irs-noreply@notify.irs.example.gov"),
         "subject": "You have a new notice in your IRS Online Account", "date": "2026-03-28T05:30:00-05:00", "body": """
A new notice is available in your Online Account.

To view it, sign in at https://www.irs.example.gov/account. For your security, we do not include personal information in emails.

The IRS does not initiate contact with taxpayers by email to request personal or financial information.

This mailbox is not monitored. Do not reply.
"""},
    {"kind": "other", "name": "sos_dmv_appointment", "lang": "en", "contact": "",
         "frm": ("Illinois Secretary of State", "no-reply@ilsos.example.gov"),
         "subject": "Appointment Confirmation - Driver Services", "date": "2026-05-28T10:10:00-05:00", "body": """
Your appointment has been scheduled.

Service: REAL ID Driver's License
Facility: Chicago West - 5401 N Elston Ave
Date: 06/11/2026  Time: 9:20 AM

Please arrive 10 minutes early and bring the required documents. To cancel or reschedule your appointment, use the link in your confirmation.
"""},
    {"kind": "other", "name": "ventra_autoload", "lang": "en", "contact": "",
         "frm": ("Ventra", "noreply@ventrachicago.example.com"),
         "subject": "Your Ventra Card was reloaded", "date": "2026-02-01T06:02:00-06:00", "body": """
Hi Jordan,

Your Ventra Card ending in 4471 was automatically reloaded with $20.00 because your balance fell below $10.00.

New transit value: $27.25

Questions? Visit ventrachicago.example.com or call 1-877-555-0134.
"""},
    {"kind": "other", "name": "comed_bill_ready", "lang": "en", "contact": "",
         "frm": ("ComEd", "comed-billing@email.comed.example.com"),
         "subject": "Your ComEd bill is ready", "date": "2026-06-12T07:45:00-05:00", "fmt": "html", "style": "ats", "body": """
Hi JORDAN,

Your bill for account ending in 2290 is ready. Amount due: $84.17. Due date: 07/02/2026.

Pay now or set up AutoPay. Hot summer ahead: see tips to lower your bill during peak hours.

ComEd, An Exelon Company
"""},
    {"kind": "other", "name": "xfinity_tech_appointment", "lang": "en", "contact": "",
         "frm": ("Xfinity", "online.communications@alerts.xfinity.example.com"),
         "subject": "Your appointment is confirmed", "date": "2026-07-20T11:30:00-05:00", "fmt": "alt", "style": "ats", "body": """
Hi Jordan,

Your Xfinity technician appointment is confirmed for Thursday, July 23 between 1:00 PM and 3:00 PM.

Need to reschedule or cancel? You can manage your appointment in the Xfinity app. If no one 18 or older is home, we'll have to reschedule.
"""},
    {"kind": "other", "name": "car_insurance_renewal", "lang": "en", "contact": "",
         "frm": ("Midwest Shield Insurance", "policyservice@midwestshield.example.com"),
         "subject": "Your auto policy renews on 08/15/2026", "date": "2026-07-16T09:00:00-05:00", "cte": "quoted-printable", "body": """
Dear Jordan Castellanos-Whitfield,

Your auto policy MS-AU-2219034 for your 2019 Honda Civic renews on 08/15/2026. Your new 6-month premium is $712.40.

Your renewal documents are available in your online account. No action is needed if you have AutoPay enabled.

Midwest Shield Insurance Company
"""},
    {"kind": "other", "name": "airline_schedule_change", "lang": "en", "contact": "",
         "frm": ("United Airlines", "unitedairlines@news.united.example.com"),
         "subject": "Schedule change for your trip to Denver", "date": "2026-08-03T04:12:00-05:00", "fmt": "html", "style": "ats", "body": """
Hi Jordan,

We've had to make a change to your upcoming flight. Your flight UA 1432 from Chicago (ORD) to Denver (DEN) on August 20 now departs at 6:05 PM instead of 4:50 PM.

Confirmation: K7PQ2X

If the new time doesn't work for you, you can change your flight or request a refund in the United app.
"""},
    {"kind": "other", "name": "gym_class_cancelled", "lang": "en", "contact": "",
         "frm": ("Forge Fitness Wicker Park", "noreply@mindbody.example.com"),
         "subject": "Class cancelled: Spin 45 with Dre - Tue 6:00 PM", "date": "2026-06-16T12:00:00-05:00", "body": """
Hi Jordan,

We're sorry! Spin 45 with Dre on Tuesday, June 16 at 6:00 PM has been cancelled due to instructor illness. Your class credit has been returned to your account.

Book another class in the app.

Forge Fitness Wicker Park
"""},
    {"kind": "other", "name": "alumni_mock_interview_night", "lang": "en", "contact": "",
         "frm": ("Lakemont Alumni Association", "alumni@lakemont.example.edu"),
         "subject": "Chicago Alumni Career Night: mock interviews + networking", "date": "2026-09-08T12:00:00-05:00",
         "headers": bulk("Lakemont Alumni Chicago <chicago.alumni.lakemont.example.edu>", "https://alumni.lakemont.example.edu/unsub"), "fmt": "alt", "style": "ats", "body": """
Fellow Lakers,

Join us Thursday, September 24 at 6 PM at the Loop campus for Career Night: practice mock interviews with alumni hiring managers, get your resume reviewed, and hear a panel on bouncing back from rejection in a tough market.

RSVP by September 18. Light bites and drinks provided.

Lakemont Alumni Association - Chicago Chapter
"""},
    {"kind": "other", "name": "location_sharing_position", "lang": "en", "contact": "",
         "frm": ("FamilyCircle", "notifications@familycircle-app.example.com"),
         "subject": "Alex shared their position with you", "date": "2026-08-21T19:33:00-05:00", "body": """
Alex arrived at O'Hare Airport, Terminal 1.

Current position: 41.9786, -87.9048 (accuracy 12 m). Updated 2 minutes ago.

Open the app to see their location on the map. You can stop receiving arrival alerts in Settings.
"""},
    {"kind": "other", "name": "streaming_payment_issue", "lang": "en", "contact": "",
         "frm": ("Netflix.example", "info@account.netflix.example.com"),
         "subject": "Update your payment information", "date": "2026-09-30T10:00:00-05:00", "fmt": "html", "style": "ats", "body": """
Hi Jordan,

We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

Need help? We're here for you. Visit the Help Center or contact us now.
"""},
]

OTHER_ES = [
    {"kind": "other", "name": "clase_espanol_cancelada", "lang": "es", "contact": "profe.carmen@academiasol.example.com",
         "frm": ("Carmen Ibáñez", "profe.carmen@academiasol.example.com"),
         "subject": "Clase del jueves cancelada", "date": "2026-02-25T13:00:00-06:00", "body": """
¡Hola a todos!

Les escribo para avisarles que la clase de conversación del jueves queda cancelada porque estaré fuera de la ciudad. La recuperamos el sábado a las 10:00, mismo salón.

Tarea: preparar una pequeña presentación sobre una entrevista de trabajo imaginaria (usen el subjuntivo, ¡por favor!).

Saludos,
Carmen
Academia Sol · Español para adultos
"""},
    {"kind": "other", "name": "alerta_empleo_portal", "lang": "es", "contact": "",
         "frm": ("Alertas de empleo", "alertas@portalempleo.example.es"),
         "subject": "15 ofertas nuevas de Marketing en Madrid", "date": "2026-03-09T08:00:00+01:00",
         "headers": bulk("<alertas.portalempleo.example.es>", "https://portalempleo.example.es/baja?u=jcw"), "fmt": "html", "style": "ats",
         "charset": "iso-8859-1", "body": """
Hola Jordan, estas son las nuevas ofertas que coinciden con tu alerta "marketing analítico":

Responsable de CRM y Fidelización - Almacenes Soriano - Madrid - 45.000-52.000 EUR
Product Marketing Manager - Onda Sur Media - Madrid (híbrido)
Técnico/a de Marketing Analítico - Mercados Altamira - Madrid
Brand Manager - Grupo Alimentario Vega - Alcobendas

Ver todas las ofertas. Si no quieres recibir más alertas, date de baja aquí.
"""},
    {"kind": "other", "name": "newsletter_rechazo_articulo", "lang": "es", "contact": "",
         "frm": ("Carrera en Marcha", "boletin@carreraenmarcha.example.com"),
         "subject": "Cómo responder a un correo de rechazo (y por qué deberías hacerlo)", "date": "2026-04-27T07:30:00+02:00",
         "headers": bulk("Carrera en Marcha <boletin.carreraenmarcha.example.com>", "https://carreraenmarcha.example.com/baja"), "fmt": "alt", "body": """
Hola,

"Lamentamos informarte que no continuarás en el proceso." Todos hemos recibido un correo así. Esta semana te contamos por qué responder con amabilidad puede abrirte la puerta a la siguiente vacante.

1. Agradece el tiempo y la oportunidad.
2. Pide retroalimentación concreta.
3. Deja la puerta abierta para futuras posiciones.

Además: qué hacer si te cancelan una entrevista a última hora.

Si no quieres recibir más este boletín, puedes darte de baja.
"""},
    {"kind": "other", "name": "headhunter_contacto_frio", "lang": "es", "contact": "rodrigo.paz@sierrahunters.example.mx",
         "frm": ("Rodrigo Paz", "rodrigo.paz@sierrahunters.example.mx"),
         "subject": "Oportunidades en marketing - CDMX", "date": "2026-05-08T11:15:00-06:00", "body": """
Hola Jordan,

Vi tu perfil y me llamó la atención tu experiencia en marketing de ciclo de vida y CRM. Trabajo con varias empresas de consumo y fintech en Ciudad de México que están creciendo sus equipos este año.

Si te interesa que te tenga en cuenta, mándame tu CV actualizado y tus expectativas económicas, y te escribo cuando se abra algo que encaje.

Saludos,
Rodrigo Paz
Sierra Hunters
"""},
    {"kind": "other", "name": "amiga_cuenta_rechazo", "cte": "8bit", "lang": "es", "contact": "vale.cordero@example.net",
         "frm": ("Valeria Cordero", "vale.cordero@example.net"),
         "subject": "te cuento", "date": "2026-06-06T22:10:00-06:00", "body": """
Jordi!! pues nada, al final me dijeron que no en la agencia 😩 que "decidieron avanzar con otro perfil". después de tres entrevistas!! ni modo

tú cómo vas con lo de Caudal? cuéntame todo

besos
Vale
"""},
    {"kind": "other", "name": "paquete_retrasado", "lang": "es", "contact": "",
         "frm": ("Envíos Rápidos", "notificaciones@enviosrapidos.example.mx"),
         "subject": "Tu paquete viene con retraso", "date": "2026-07-13T15:00:00-06:00", "fmt": "alt", "style": "ats", "body": """
Hola Jordan,

Lamentablemente tu paquete viene con retraso. La nueva fecha estimada de entrega es el jueves 16 de julio.

Número de guía: ER-558201993MX

Puedes seguir tu envío en todo momento desde la app. Disculpa las molestias.
"""},
    {"kind": "other", "name": "solicitud_prestamo_recibida", "lang": "es", "contact": "",
         "frm": ("Banco Meridional", "avisos@bancomeridional.example.es"),
         "subject": "Hemos recibido tu solicitud de préstamo", "date": "2026-08-10T10:20:00+02:00", "charset": "windows-1252", "cte": "quoted-printable", "body": """
Hola Jordan,

Hemos recibido correctamente tu solicitud de Préstamo Personal por importe de 8.000 € a 48 meses.

Nuestro equipo de riesgos la está estudiando y te daremos una respuesta en un plazo máximo de 72 horas. Si necesitamos documentación adicional, te la pediremos por este medio.

Banco Meridional
Este correo es automático, por favor no respondas.
"""},
    {"kind": "other", "name": "entrevista_radio", "lang": "es", "contact": "paula.herrera@radiociudad.example.mx",
         "frm": ("Paula Herrera", "paula.herrera@radiociudad.example.mx"),
         "subject": "Entrevista para el programa Emprender Hoy", "date": "2026-08-25T12:30:00-06:00", "body": """
Hola Jordan,

Soy productora de "Emprender Hoy" en Radio Ciudad. Nos gustaría hacerte una entrevista de 20 minutos en vivo sobre marketing para pequeñas empresas, a raíz de tu charla en la Cámara de Comercio.

¿Tendrías disponibilidad el martes 1 de septiembre a las 9:00? Sería por teléfono.

Saludos,
Paula Herrera
Producción · Radio Ciudad 98.5
"""},
    {"kind": "other", "name": "maestria_admision", "lang": "es", "contact": "",
         "frm": ("Admisiones Posgrado", "admisiones@posgrado.utv.example.mx"),
         "subject": "Resultado de tu proceso de admisión", "date": "2026-07-01T09:00:00-06:00", "fmt": "html", "style": "ats", "body": """
Estimado aspirante:

Te informamos que ya está disponible el resultado de tu proceso de admisión a la Maestría en Mercadotecnia Digital, generación 2026-2028. Ingresa al portal de aspirantes con tu folio para consultarlo.

Coordinación de Admisiones de Posgrado
"""},
    {"kind": "other", "name": "propio_envio_seguimiento", "lang": "es", "contact": "",
         "frm": ME, "to": ("Verónica Salgado", "veronica.salgado@caudal.example.mx"),
         "subject": "Re: Entrevista de hoy", "date": "2026-04-23T17:05:00-06:00", "reply": "c62-prev-133@caudal.example.mx", "body": """
Estimada Verónica:

Le ofrezco una sincera disculpa por no haberme conectado a la entrevista de hoy; es algo completamente fuera de lo habitual en mí y asumo toda la responsabilidad.

Sigo muy interesado en la vacante. Quedo a su disposición el lunes 27 o martes 28 en cualquier horario.

Atentamente,
Jordan Castellanos-Whitfield

El jue, 23 abr 2026 a las 16:40, Verónica Salgado (<veronica.salgado@caudal.example.mx>) escribió:
> El Lic. Cárdenas estuvo conectado en la sala de Teams a las 16:00 h para su entrevista, pero no logramos verlo.
"""},
]

OTHER_DE = [
    {"kind": "other", "name": "stepstone_jobagent", "lang": "de", "contact": "",
         "frm": ("StepStone Jobagent", "jobagent@stepstone.example.de"),
         "subject": "8 neue Jobs für \"Marketing Manager\" in Berlin", "date": "2026-04-14T06:00:00+02:00",
         "headers": bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/jobagent/abmelden"), "fmt": "html", "style": "ats", "body": """
Hallo Jordan,

dein Jobagent hat 8 neue Stellen für dich gefunden:

Product Marketing Manager (m/w/d) - Flinkwerk - Berlin
Lifecycle Marketing Manager (m/w/d) - Taktwerk - Berlin / remote
Referent Marketing Analytics (m/w/d) - Nordlicht Versicherung AG - Berlin

Alle Jobs ansehen. Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast. Abmelden.
"""},
    {"kind": "other", "name": "karriere_newsletter_absage", "lang": "de", "contact": "",
         "frm": ("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
         "subject": "Absage erhalten? So machen Sie weiter", "date": "2026-05-22T08:00:00+02:00",
         "headers": bulk("Karriere-Kompass <news.karriere-kompass.example.de>", "https://karriere-kompass.example.de/abmelden"),
         "charset": "iso-8859-1", "cte": "quoted-printable", "body": """
Liebe Leserinnen und Leser,

"Leider müssen wir Ihnen mitteilen ..." - kaum ein Satz ist so gefürchtet. In dieser Ausgabe zeigen wir, wie Sie eine Absage konstruktiv nutzen, um Feedback bitten und warum eine freundliche Antwort Türen offen hält.

Außerdem: Was tun, wenn ein Vorstellungsgespräch kurzfristig verschoben wird?

Ihr Karriere-Kompass-Team

Newsletter abbestellen: https://karriere-kompass.example.de/abmelden
"""},
    {"kind": "other", "name": "sendung_verspaetet", "lang": "de", "contact": "",
         "frm": ("Paketdienst", "noreply@paketdienst.example.de"),
         "subject": "Ihre Sendung verspätet sich", "date": "2026-06-30T13:30:00+02:00", "body": """
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094012345. Neuer voraussichtlicher Zustelltag: Donnerstag, 02.07.2026.

Wir bitten um Entschuldigung.

Ihr Paketdienst
"""},
    {"kind": "other", "name": "wohnung_absage", "lang": "de", "contact": "vermietung@hausverwaltung-krause.example.de",
         "frm": ("Hausverwaltung Krause", "vermietung@hausverwaltung-krause.example.de"),
         "subject": "Ihre Anfrage zur Wohnung Lenaustraße 12", "date": "2026-07-27T10:45:00+02:00", "body": """
Sehr geehrter Herr Castellanos-Whitfield,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Lenaustraße 12. Leider müssen wir Ihnen mitteilen, dass die Wohnung bereits vergeben ist.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Krause
"""},
]

OTHER_FR = [
    {"kind": "other", "name": "wttj_style_newsletter", "lang": "fr", "contact": "",
         "frm": ("Welcome to the Jungle", "hello@news.welcometothejungle.example.co"),
         "subject": "Les offres de la semaine + comment rebondir après un refus", "date": "2026-03-26T09:00:00+01:00",
         "headers": bulk("<weekly.welcometothejungle.example.co>", "https://welcometothejungle.example.co/unsubscribe"), "fmt": "html", "style": "ats", "body": """
Hello Jordan,

Cette semaine : 5 conseils pour rebondir après un refus, et comment préparer un entretien en anglais.

Les offres qui pourraient vous plaire :
Chef de produit CRM - Maison Carmin - Paris
Brand Partnerships Manager - Studio Pélican - Londres
Responsable marketing produit - Groupe Sauvin - Dublin

Vous recevez cet e-mail car vous êtes inscrit·e à notre newsletter. Se désinscrire.
"""},
    {"kind": "other", "name": "alerte_emploi_cadres", "lang": "fr", "contact": "",
         "frm": ("Alerte emploi", "alertes@emploi-cadres.example.fr"),
         "subject": "3 nouvelles offres correspondent à votre recherche", "date": "2026-05-04T07:00:00+02:00",
         "headers": bulk("<alertes.emploi-cadres.example.fr>", "https://emploi-cadres.example.fr/desabonnement"), "body": """
Bonjour,

Votre alerte « marketing relationnel » : 3 nouvelles offres.

- Gestionnaire, marketing relationnel - Groupe Vallières - Toronto
- Responsable CRM - Maison Carmin - Paris
- Chargé(e) de partenariats - Atelier Sorel - Lyon

Modifier ou supprimer votre alerte : https://emploi-cadres.example.fr/alertes
"""},
    {"kind": "other", "name": "journaliste_entretien", "lang": "fr", "contact": "c.dubois@lequotidiendumarketing.example.fr",
         "frm": ("Camille Dubois", "c.dubois@lequotidiendumarketing.example.fr"),
         "subject": "Demande d'entretien - article sur le marketing CRM", "date": "2026-06-09T11:00:00+02:00", "body": """
Bonjour Jordan,

Je suis journaliste au Quotidien du Marketing et je prépare un article sur l'évolution du marketing CRM aux États-Unis. Accepteriez-vous un entretien téléphonique d'une vingtaine de minutes la semaine prochaine ?

Vos propos seraient cités avec votre accord.

Bien cordialement,
Camille Dubois
Le Quotidien du Marketing
"""},
    {"kind": "other", "name": "entretien_utilisateur_etude", "lang": "fr", "contact": "",
         "frm": ("Équipe Recherche Utilisateurs", "recherche@banqueenligne.example.fr"),
         "subject": "Participez à un entretien utilisateur (45 min, bon d'achat de 40 €)", "date": "2026-07-07T10:00:00+02:00", "fmt": "alt", "style": "ats", "body": """
Bonjour,

Nous cherchons des clients pour un entretien utilisateur en visio de 45 minutes afin d'améliorer notre application mobile. En remerciement, vous recevrez un bon d'achat de 40 €.

Réservez un créneau : https://recherche.example.fr/etude-appli

Merci pour votre aide !
L'équipe Recherche Utilisateurs
"""},
    {"kind": "other", "name": "colis_retarde", "lang": "fr", "contact": "",
         "frm": ("Suivi colis", "ne-pas-repondre@colisexpress.example.fr"),
         "subject": "Votre colis est en retard", "date": "2026-09-03T14:00:00+02:00", "body": """
Bonjour,

Malheureusement, votre colis n° CX123456789FR a pris du retard. Nous mettons tout en œuvre pour vous le livrer au plus vite. Nouvelle date estimée : lundi 7 septembre.

Merci de votre patience.
Colis Express
"""},
    {"kind": "other", "name": "ami_refus_perso", "cte": "8bit", "lang": "fr", "contact": "theo.garnier@example.org",
         "frm": ("Théo Garnier", "theo.garnier@example.org"),
         "subject": "nouvelles", "date": "2026-09-18T20:30:00+02:00", "body": """
Salut Jordan,

Petite nouvelle de mon côté : j'ai eu un refus pour le poste chez l'éditeur à Lyon, ils ont « retenu une autre candidature ». Bon, je m'y attendais un peu. Je continue à chercher !

Et toi, ça avance à Chicago ? Tu passes toujours à Paris en novembre ?

Bises,
Théo
"""},
]

MSGS = OTHER_EN + OTHER_ES + OTHER_DE + OTHER_FR
