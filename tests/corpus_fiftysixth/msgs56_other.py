"""Corpus 56: everything else in the inbox, job-flavoured or not (data only).

Company and contact stay empty here: the assistant takes no action on this mail.
"""

from __future__ import annotations

from msgs56_build import CANDIDATE, ics_event
from msgs56_build import Msg as M

OT = "other"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Headers a bulk sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


ME = f"{CANDIDATE[0]} <{CANDIDATE[1]}>"

MESSAGES = [
M(OT, "linkedin_job_alert", "en", "", "",
  ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
  "12 new jobs for 'reliability engineer' in Perth", "2026-01-12 07:05 +0800",
  """Your job alert for reliability engineer in Greater Perth

Senior Reliability Engineer - Karrabin Minerals - Perth, WA (On-site) - Be an early applicant
Reliability Engineer - Fixed Plant - Westgate Iron Ore - Karratha (FIFO) - 3 connections work here
Asset Reliability Lead - Redgum Power - Collie, WA - Actively recruiting
Condition Monitoring Engineer - Brolga Engineering - Kwinana - Easy Apply
... and 8 more

See all jobs: https://www.linkedin.example.com/jobs/search?alert=7731

Unfortunately, some jobs may close before you apply - turn on instant alerts to hear first.

You are receiving Job Alert emails. Unsubscribe | Help
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085""",
  mode="alt", style="news", headers=bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/unsub?a=7731")),

M(OT, "seek_alert_asset_mgmt", "en", "", "",
  ("SEEK", "noreply@s.seek.example.com.au"),
  "New jobs for asset management in Brisbane QLD", "2026-02-09 06:30 +1000",
  """Priya, here are your latest job matches

Asset Management Engineer | Eastlink Energy Networks | Brisbane CBD | $140k - $160k + super
Project Controls Engineer - Solar | Ridgeback Renewables | Brisbane | Contract 12 months
Senior Asset Engineer - Water | Sunshine Coast Regional Water | Sunshine Coast | Hybrid
Reliability Engineer | Recruitment firm on behalf of client | Gladstone | FIFO

Interview tips: what employers in energy want you to ask at interview - read more on SEEK Career Advice.

Manage your saved searches | Unsubscribe
SEEK Limited, Cremorne VIC 3121""",
  mode="html", style="news", headers=bulk("<saved-search.seek.example.com.au>", "https://www.seek.example.com.au/unsub?s=112")),

M(OT, "indeed_digest_hydrogen", "en", "", "",
  ("Indeed", "alert@indeed.example.com"),
  "hydrogen engineer jobs: Hydrogen Project Engineer at Solvane Hydrogen and 15 more", "2026-03-02 05:44 +1100",
  """15 new hydrogen engineer jobs in Australia

Hydrogen Project Engineer
Solvane Hydrogen - Adelaide SA
Easily apply · Responsive employer

Process Safety Engineer - Green Hydrogen
Coastline Hydrogen Partners - Port Augusta SA
$150,000 - $175,000 a year

Electrolyser Commissioning Lead
Confidential - Gladstone QLD

View all jobs: https://au.indeed.example.com/jobs?q=hydrogen+engineer

You received this email because you signed up for job alerts on Indeed. Unsubscribe.""",
  mode="alt", style="news", headers=bulk("<jobalert.indeed.example.com>", "https://au.indeed.example.com/unsub/9f2")),

M(OT, "jora_alert", "en", "", "",
  ("Jora Alerts", "alerts@jora.example.com.au"),
  "3 new jobs: maintenance engineer in Darwin NT", "2026-04-06 06:10 +0930",
  """Maintenance Engineer - LNG | Darwin NT | 1 day ago
Mechanical Maintenance Planner | Darwin NT | New
Reliability Engineer - Port | East Arm NT | 2 days ago

Edit alert · Unsubscribe""",
  mode="html", style="news", headers=bulk("<alerts.jora.example.com.au>", "https://jora.example.com.au/u/31")),

M(OT, "career_newsletter_rejection", "en", "", "",
  ("The Transition Engineer", "hello@transitionengineer.example.org"),
  "Issue #42: \"We've decided to move forward with other candidates\" - now what?", "2026-04-22 06:00 +1000",
  """Hi there,

This week's issue is about the email nobody wants: "Thank you for your interest, but we have decided to pursue other candidates whose experience more closely aligns with the role."

Three things our readers who moved from mining into renewables say helped:
1. Reply within a day. A two-line thank-you asking to be considered for future roles gets a surprising number of callbacks.
2. Ask for feedback, but only once.
3. Don't over-read the template. Most rejections after an ATS screen are about keywords, not you.

Also in this issue: how to prepare for a panel interview at a state government utility, and a reader's story about the interview she missed because of a time-zone mix-up (and how she recovered it).

Happy hunting,
Alex
The Transition Engineer newsletter

You're receiving this because you subscribed at transitionengineer.example.org. Unsubscribe any time.""",
  mode="alt", style="news", headers=bulk("The Transition Engineer <list.transitionengineer.example.org>",
                                         "https://transitionengineer.example.org/unsubscribe?id=ab12")),

M(OT, "blog_digest_missed_interview", "en", "", "",
  ("CareerCraft Weekly", "digest@careercraft.example.net"),
  "Missed an interview? Here's exactly what to write", "2026-06-17 08:00 +0100",
  """CAREERCRAFT WEEKLY

Missed an interview? Here's exactly what to write
It happens: the calendar invite was in the wrong time zone, or the recruiter tried calling at the scheduled time and your phone was on silent. Our template apology email, and when to call instead. Read more >

Offer negotiation for engineers: what's negotiable beyond base salary. Read more >

Your application was received - so why haven't you heard back? Read more >

Sent to priya.rt@example.com.au | Manage preferences | Unsubscribe
CareerCraft Ltd, 55 Example Street, London EC1A 1AA""",
  mode="html", style="news", headers=bulk("<weekly.careercraft.example.net>", "mailto:unsubscribe@careercraft.example.net")),

M(OT, "linkedin_inmail_cold", "en", "", "",
  ("Marcus Leigh via LinkedIn", "inmail-hit-reply@linkedin.example.com"),
  "Marcus sent you a message", "2026-05-04 09:32 +0800",
  """Marcus Leigh
Director - Energy Transition Search at Halvard Search

"Hi Priya, I noticed your move from mining maintenance towards renewables. I specialise in placing reliability and asset management professionals with wind, solar and storage owners across APAC. Nothing specific right now, but it would be great to connect so I can keep you in mind as roles come up. All the best, Marcus"

Reply | View profile

This message was sent to Priya Ramaswamy-Tait. Unsubscribe from InMail notifications.""",
  mode="alt", style="news"),

M(OT, "agency_market_update", "en", "", "",
  ("Ben Castellano", "ben.castellano@ironbarkpeople.example.com.au"),
  "Resources & Energy market update - Q2", "2026-04-09 11:00 +1000",
  """Hi Priya,

Hope you're well. As someone I placed a couple of years ago, thought you'd find our Q2 market update useful (attached link below): reliability and asset management salaries in WA are up 6% year on year, and hydrogen hiring has slowed while BESS is booming.

https://ironbarkpeople.example.com.au/insights/q2-2026

If you're ever open to a chat about the market, my door's always open. No pressure at all.

Cheers,
Ben Castellano
Manager - Resources & Energy
Ironbark People
0411 555 270

To stop receiving market updates, reply UNSUBSCRIBE.""",
  mode="alt", headers={"List-Unsubscribe": "<mailto:unsubscribe@ironbarkpeople.example.com.au>"}),

M(OT, "podcast_interview_invite", "en", "", "",
  ("Nadia Farah", "nadia@maintenancematters.example.org"),
  "Interview request - Maintenance Matters podcast", "2026-05-15 14:22 +1000",
  """Hi Priya,

I host Maintenance Matters, a podcast for reliability professionals (about 4,000 listeners, mostly in Australia and NZ). I loved your Engineers Australia talk on moving RCM practices from iron ore into wind farms.

Would you be up for a 40-minute interview for an upcoming episode? We record remotely on Riverside and can work around your time zone. We'd publish in July.

Thanks so much,
Nadia Farah
Host & Producer, Maintenance Matters""", cte="qp"),

M(OT, "press_interview_fifo", "en", "", "",
  ("Jack Pemberton", "j.pemberton@pilbaranews.example.com.au"),
  "Interview - women in FIFO maintenance story", "2026-02-25 10:48 +0800",
  """Hi Priya,

I'm a reporter at the Pilbara News working on a feature about women in FIFO maintenance roles and the shift to renewables. A colleague from Engineers Australia suggested you.

Would you be available for a 20-minute phone interview on Thursday or Friday? Happy to send the questions ahead.

Regards,
Jack Pemberton
Senior Reporter, Pilbara News
08 9555 0144""", cte="7bit"),

M(OT, "seek_user_research", "en", "", "",
  ("SEEK Research", "research@seek.example.com.au"),
  "Help shape SEEK - 45 min research interview ($80 gift card)", "2026-06-02 12:15 +1000",
  """Hi Priya,

We're talking to people who've recently applied for engineering roles to understand how they search and apply.

Would you join a 45-minute remote interview with one of our researchers? You'll receive an $80 e-gift card as a thank you.

Book a time: https://research.seek.example.com.au/book/eng-jobseekers

This research is voluntary and your answers won't affect your applications.

SEEK Customer Research team""", mode="alt", style="news", headers={"Precedence": "bulk"}),

M(OT, "candidate_experience_survey", "en", "", "",
  ("Karrabin Minerals Careers", "surveys@candidatepulse.example.com"),
  "How was your experience applying to Karrabin Minerals?", "2026-02-14 10:00 +0800",
  """Hi Priya,

Recently you applied for a role at Karrabin Minerals. Whatever the outcome, we'd value 2 minutes of your time to tell us about your candidate experience.

How likely are you to recommend applying to Karrabin Minerals to a friend?
0 1 2 3 4 5 6 7 8 9 10

Your responses are anonymous.

Powered by CandidatePulse | Unsubscribe""",
  mode="html", style="news", headers=bulk("<survey.candidatepulse.example.com>", "https://candidatepulse.example.com/u/kk2")),

M(OT, "friend_own_rejection", "en", "", "",
  ("Sophie Grant", "sophie.grant88@example.net"),
  "ugh", "2026-03-11 21:40 +0800",
  """Pri,

Got the dreaded "we've decided to pursue other candidates whose background more closely aligns" email today for the Burrup LNG planner job. After THREE interviews. Not even a phone call.

Wine on Friday? I need to whinge and you need to tell me about your hydrogen interviews.

S xx

Sent from my iPhone""", cte="7bit"),

M(OT, "auspost_delayed", "en", "", "",
  ("Australia Post", "noreply@notifications.auspost.example.com.au"),
  "Unfortunately your delivery is delayed", "2026-05-08 16:35 +0800",
  """Hi Priya,

Unfortunately your parcel from Hammer & Nail Warehouse is delayed due to high volumes at our Perth facility.

Tracking number: 33ABC5550123
New estimated delivery: Tue 12 May

Track your parcel in the AusPost app.

We're sorry for the inconvenience.
Australia Post""", mode="html", style="ats"),

M(OT, "startrack_position_update", "en", "", "",
  ("StarTrack", "tracking@startrack.example.com.au"),
  "Your consignment's current position", "2026-07-22 13:10 +0800",
  """Consignment ABC123456 - current position: Kewdale depot, WA

Status: In transit - on board for delivery
Driver location last updated 1:04pm. Your driver is 4 stops away.

View live map: https://startrack.example.com.au/track/ABC123456""", mode="html", style="ats"),

M(OT, "garmin_position_share", "en", "", "",
  ("Garmin Explore", "no-reply@garmin.example.com"),
  "Raj shared his position with you", "2026-09-19 15:44 +0800",
  """Raj Tait shared a location with you from his inReach device:

Position: -22.6893, 117.7953 (Karijini National Park)
Elevation: 612 m
Message: "Made camp at Dales Gorge. All good. Back in range Sunday."

View on map: https://explore.garmin.example.com/share/raj-tait

Do not reply to this message.""", cte="7bit"),

M(OT, "bank_credit_card_received", "en", "", "",
  ("Southern Cross Bank", "no-reply@southerncrossbank.example.com.au"),
  "We've received your application", "2026-03-30 19:22 +0800",
  """Hi Priya,

Thanks for applying for a Southern Cross Bank Low Rate credit card. We've received your application (ref CC-8841-2207).

What happens next: we'll assess your application and may contact you for more information, such as recent payslips. Most applications are assessed within 2 business days.

Southern Cross Bank Limited ABN 55 555 555 555 AFSL 555555. Please don't reply to this email.""",
  mode="alt", style="ats"),

M(OT, "home_loan_declined", "en", "", "",
  ("Harbour Mutual Home Loans", "lending@harbourmutual.example.com.au"),
  "Update on your home loan application", "2026-08-25 10:30 +0800",
  """Dear Priya,

Thank you for your recent application for a home loan with Harbour Mutual.

Unfortunately, we are unable to approve your application at this time, as your employment is currently on a contract basis with less than six months in the role. You may reapply once you have completed your probation period.

You may request a copy of your credit report from a credit reporting agency.

Regards,
Lending Assessment Team
Harbour Mutual""", mode="alt", charset="windows-1252"),

M(OT, "rental_application_unsuccessful", "en", "", "",
  ("Kelly Doyle", "kelly.doyle@coastrealty.example.com.au"),
  "12/55 Example Parade, Cottesloe - application outcome", "2026-01-23 17:05 +0800",
  """Hi Priya,

Thank you for your application for 12/55 Example Parade, Cottesloe. Unfortunately on this occasion the owner has selected another applicant.

We have a number of similar properties coming up - keep an eye on our listings.

Kind regards,
Kelly Doyle
Property Manager | Coast Realty""", cte="7bit"),

M(OT, "university_admission_offer", "en", "", "",
  ("Admissions - Bramwell University", "admissions-noreply@bramwell.example.edu.au"),
  "Congratulations! Your offer to study Master of Renewable Energy Engineering", "2026-01-19 12:00 +0930",
  """Dear Priya,

Congratulations! We are pleased to offer you a place in the Master of Renewable Energy Engineering (part-time, online), commencing Semester 1, 2026.

To accept your offer, log in to the applicant portal by 2 February 2026 and pay your enrolment deposit.

Welcome to Bramwell University.

Future Students Office""", mode="html", style="ats"),

M(OT, "own_sent_thanks", "en", "", "",
  CANDIDATE, "Thank you - Asset Strategy Engineer interview", "2026-03-16 18:30 +1100",
  """Dear Anna,

Thank you for the opportunity to interview for the Asset Strategy Engineer position today. I enjoyed speaking with Rob and Natalie about the renewal planning for the treatment plants, and I'm keen to bring my RCM experience to Southern Lakes Water.

Please let me know if you need anything further from me.

Kind regards,
Priya Ramaswamy-Tait
0455 555 101""",
  to="Anna Ng <anna.ng@southernlakeswater.example.com.au>", reply=True, cte="7bit"),

M(OT, "own_sent_application", "en", "", "",
  CANDIDATE, "Application - Reliability Engineer (Ref 88213)", "2026-06-19 11:40 +0800",
  """Hi Sam,

Please find my CV attached for the Reliability Engineer - FIFO 2:1 role advertised on SEEK. I hold full Australian working rights, a current Basic Offshore/BOSIET and I'm happy with a 2:1 roster.

I'm available for a chat any time this week.

Cheers,
Priya""",
  to="Sam O'Connor <sam.oconnor@talentforge.example.com.au>", attach="Priya_Ramaswamy-Tait_CV.pdf"),

M(OT, "recruiter_out_of_office", "en", "", "",
  ("Fiona McLeod", "fiona.mcleod@granitesubsea.example.co.uk"),
  "Automatic reply: Integrity Engineer - Aberdeen", "2026-03-20 00:12 +0000",
  """Thank you for your email. I am out of the office until Monday 30 March with limited access to email.

For urgent recruitment matters please contact hr@granitesubsea.example.co.uk.

Kind regards
Fiona""",
  reply=True, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

M(OT, "standup_calendar", "en", "", "",
  ("Mitch Alvarez", "mitch.alvarez@pinnacleshutdowns.example.com.au"),
  "Invitation: Daily standup - Kwinana shutdown planning @ Weekdays 7:30am - 7:45am (AWST)",
  "2026-01-27 15:00 +0800",
  """Mitch Alvarez has invited you to the following event.

Daily standup - Kwinana shutdown planning
When: Weekdays 7:30am - 7:45am Australian Western Standard Time
Where: Teams
Who: mitch.alvarez@pinnacleshutdowns.example.com.au - organiser; planners-kwinana list; priya.rt@example.com.au

Going? Yes - Maybe - No""",
  mode="alt", ics=ics_event("standup-kwinana-2026@pinnacleshutdowns.example.com.au", "20260202T233000Z",
                            "20260202T234500Z", "Daily standup - Kwinana shutdown planning",
                            "mitch.alvarez@pinnacleshutdowns.example.com.au", location="Teams")),

M(OT, "mygov_inbox", "en", "", "",
  ("myGov", "noreply@my.example.gov.au"),
  "You have a new message in your myGov Inbox", "2026-07-14 09:00 +1000",
  """You have a new message from the Australian Taxation Office in your myGov Inbox.

Sign in to myGov to read it.

For your security, we will never send you a link to sign in. Don't reply to this email.""", cte="7bit"),

M(OT, "qantas_flight_rescheduled", "en", "", "",
  ("Qantas", "noreply@qantas.example.com"),
  "Important: your flight QF 582 has been rescheduled", "2026-04-24 20:11 +1000",
  """Hi Priya,

Your flight QF 582 Perth to Sydney on Tue 28 April has been rescheduled due to an operational change.

New departure: 6:40am (previously 9:15am)
Booking reference: K7QX2P

If the new time doesn't suit, you can change to another flight at no cost or request a refund in Manage Booking.

We apologise for any inconvenience.
Qantas Customer Care""", mode="alt", style="ats"),

M(OT, "ea_cpd_course", "en", "", "",
  ("Engineers Australia", "events@engineersaustralia.example.org.au"),
  "Registration confirmed: Reliability-Centred Maintenance in Practice (CPD 6 hrs)", "2026-08-03 12:45 +0800",
  """Dear Priya,

Your registration is confirmed for Reliability-Centred Maintenance in Practice.

Date: Thursday 10 September 2026, 9:00am - 4:00pm AWST
Venue: Online (Zoom)
CPD hours: 6

Joining instructions will be sent two days before the course.

Engineers Australia | Professional Development""",
  mode="html", style="news", headers={"List-Unsubscribe": "<https://engineersaustralia.example.org.au/prefs>"}),

M(OT, "gym_class_cancelled", "en", "", "",
  ("Riverside Fitness", "hello@riversidefitness.example.com.au"),
  "Your Thursday 6am HIIT class has been cancelled", "2026-09-23 17:30 +0800",
  """Hi Priya,

Sorry - Thursday's 6am HIIT class with Jordan has been cancelled as the instructor is unwell. Your booking has been refunded to your class pack.

Rebook another class in the app.

See you soon,
Riverside Fitness""", mode="html", style="news"),

M(OT, "es_alerta_ofertas", "es", "", "",
  ("InfoEmpleo Alertas", "alertas@infoempleo.example.es"),
  "5 nuevas ofertas de Ingeniero de Mantenimiento en Madrid", "2026-05-26 07:00 +0200",
  """Hola Priya, estas son las nuevas ofertas que coinciden con tu alerta:

- Ingeniero/a de Fiabilidad - Parques Solares · Renovables Guadarrama · Madrid
- Técnico/a de Gestión de Activos · Aguas del Henares · Alcalá de Henares
- Jefe/a de Mantenimiento · Empresa del sector logístico · Getafe
- Ingeniero/a O&M Eólico · Eólica Meseta · Teletrabajo

Ver todas las ofertas

Recibes este correo porque creaste una alerta. Darte de baja.""",
  mode="html", style="news", headers=bulk("<alertas.infoempleo.example.es>", "https://infoempleo.example.es/baja?a=55")),

M(OT, "es_newsletter_rechazo", "es", "", "",
  ("Carrera Ingeniería", "boletin@carreraingenieria.example.org"),
  "Boletín: qué hacer cuando te dicen «no seguiremos con tu candidatura»", "2026-06-10 08:30 +0200",
  """Hola,

Esta semana hablamos del correo que nadie quiere recibir: «Lamentamos informarte que no continuarás en el proceso». ¿Cómo responder? ¿Pedir feedback? Te damos una plantilla.

Además: cómo preparar una entrevista técnica en el sector de las renovables y qué hacer si te has perdido una entrevista por un error de zona horaria.

¡Hasta la próxima!
El equipo de Carrera Ingeniería

Darse de baja | Preferencias""",
  mode="alt", style="news", headers=bulk("<boletin.carreraingenieria.example.org>", "mailto:baja@carreraingenieria.example.org")),

M(OT, "es_amiga_rechazo", "es", "", "",
  ("Carolina Vidal", "carolina.vidal@example.cl"),
  "jajaja qué semana", "2026-04-16 22:15 -0400",
  """Priya!!

Te cuento que me rechazaron de la minera en Antofagasta, me mandaron el típico correo de "lamentamos informarle que en esta oportunidad no continuará en el proceso". Después de la visita a faena y todo!! 😤

Bueno, ¿cuándo vienes a Santiago? Te debo un pisco sour.

Besos,
Caro""", cte="qp"),

M(OT, "es_banco_tarjeta", "es", "", "",
  ("Banco Andino", "notificaciones@bancoandino.example.cl"),
  "Hemos recibido tu solicitud de tarjeta de crédito", "2026-09-01 11:20 -0300",
  """Hola Priya:

Recibimos tu solicitud de Tarjeta de Crédito Visa Andino. Nuestro equipo evaluará tus antecedentes y te informaremos el resultado en un plazo de 48 horas hábiles.

Número de solicitud: 2026-0911-4471

Banco Andino. No respondas a este correo.""", mode="html", style="ats", charset="iso-8859-1"),

M(OT, "es_entrevista_radio", "es", "", "",
  ("Francisca Soto", "fsoto@radioandina.example.cl"),
  "Entrevista en Radio Andina - hidrógeno verde", "2026-07-27 12:02 -0400",
  """Hola Priya, ¿cómo estás?

Soy productora del programa "Energía en Ruta" de Radio Andina. Estamos preparando un especial sobre hidrógeno verde en el norte de Chile y nos encantaría entrevistarte en vivo (unos 15 minutos, por teléfono) sobre tu experiencia en mantenimiento en minería y la transición energética.

¿Tendrías disponibilidad el miércoles 5 de agosto a las 8:30?

Saludos,
Francisca Soto
Producción, Radio Andina""", charset="iso-8859-1"),

M(OT, "es_vuelo_reprogramado", "es", "", "",
  ("LATAM Airlines", "info@latam.example.com"),
  "Cambio en tu vuelo: LA 800 ha sido reprogramado", "2026-10-02 04:10 -0300",
  """Hola Priya,

Te informamos que tu vuelo LA 800 Santiago - Sídney del 14 de octubre ha sido reprogramado.

Nuevo horario de salida: 23:55 (antes 22:40)
Código de reserva: XJ7P2Q

Si el nuevo horario no te acomoda, puedes cambiar tu vuelo sin costo en Mis Viajes.

LATAM Airlines""", mode="alt", style="ats"),

M(OT, "es_cazatalentos_sin_entrevista", "es", "", "",
  ("Álvaro Méndez", "alvaro.mendez@talentoenergia.example.es"),
  "Conectamos", "2026-08-11 10:25 +0200",
  """Hola Priya,

Soy Álvaro, de Talento Energía. Trabajo con promotores de renovables y almacenamiento en España y Latinoamérica y he visto tu perfil en LinkedIn.

Ahora mismo no tengo una vacante concreta que encaje, pero me gustaría tenerte en nuestra base de candidatos. Si te interesa, puedes registrarte aquí: https://talentoenergia.example.es/registro

Un saludo,
Álvaro Méndez
Talento Energía""", cte="qp"),

M(OT, "de_stepstone_jobagent", "de", "", "",
  ("StepStone Job-Agent", "jobagent@stepstone.example.de"),
  "7 neue Jobs für „Instandhaltungsingenieur“ in Hamburg", "2026-03-09 06:15 +0100",
  """Hallo Priya,

hier sind neue Jobs, die zu Ihrem Job-Agent passen:

Ingenieur Instandhaltung (m/w/d) – Hafenbetriebe Nord GmbH – Hamburg
Reliability Engineer (m/w/d) – Hansewind Service GmbH – Hamburg
Service Engineer Offshore (m/w/d) – Windkraft Ostsee – Rostock
Asset Manager Wind (m/w/d) – Nordwerk Energie AG – Bremen

Alle Jobs ansehen

Job-Agent bearbeiten | Abmelden""",
  mode="html", style="news", charset="iso-8859-1",
  headers=bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/abmelden?j=77")),

M(OT, "de_newsletter_absagen", "de", "", "",
  ("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
  "Absagen richtig deuten – und was Sie daraus lernen", "2026-05-19 07:30 +0200",
  """Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben“ – diesen Satz kennt fast jede:r. Wir erklären, was Standardabsagen wirklich bedeuten, wann sich eine Nachfrage lohnt und wie Sie ein verpasstes Vorstellungsgespräch retten.

Außerdem: Gehaltsverhandlung im Angebot – was ist üblich?

Ihr Team vom Karriere-Kompass

Newsletter abbestellen""",
  mode="alt", style="news", cte="b64",
  headers=bulk("<newsletter.karriere-kompass.example.de>", "https://karriere-kompass.example.de/abmelden")),

M(OT, "de_dhl_verzoegert", "de", "", "",
  ("DHL Paket", "noreply@dhl.example.de"),
  "Ihre Sendung verzögert sich leider", "2026-06-29 14:05 +0200",
  """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434555512345678. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltermin: Donnerstag, 02.07.2026

Sendung verfolgen

Ihr DHL Team""", mode="html", style="ats"),

M(OT, "de_bahn_zug_faellt_aus", "de", "", "",
  ("DB Reiseinformation", "noreply@bahn.example.de"),
  "Ihre Reise am 12.10.: ICE 785 fällt aus", "2026-10-11 18:40 +0200",
  """Guten Tag Frau Ramaswamy-Tait,

leider fällt Ihr Zug ICE 785 Hamburg Hbf – München Hbf am 12.10.2026 (Abfahrt 08:01 Uhr) aus.

Alternative Verbindung: ICE 787, Abfahrt 09:01 Uhr. Ihre Zugbindung ist aufgehoben.

Wir bitten um Entschuldigung.
Ihre Deutsche Bahn""", mode="alt", style="ats", charset="iso-8859-1"),

M(OT, "de_umfrage_bewerbungserfahrung", "de", "", "",
  ("Nordwerk Energie Karriere", "umfrage@candidatepulse.example.com"),
  "Ihre Meinung zu unserem Bewerbungsprozess", "2026-02-24 10:00 +0100",
  """Sehr geehrte Frau Ramaswamy-Tait,

Sie haben sich kürzlich bei der Nordwerk Energie AG beworben. Unabhängig vom Ergebnis würden wir gern erfahren, wie Sie den Bewerbungsprozess erlebt haben.

Die Umfrage dauert ca. 3 Minuten: https://candidatepulse.example.com/s/nw-de

Vielen Dank!

Abmelden""", mode="html", style="news",
  headers=bulk("<survey.candidatepulse.example.com>", "https://candidatepulse.example.com/u/nw")),

M(OT, "de_nutzerinterview", "de", "", "",
  ("Lea vom Planwerk-Team", "lea@planwerk-app.example.de"),
  "Hast du 30 Minuten für ein Nutzerinterview?", "2026-07-16 13:00 +0200",
  """Hi Priya,

du nutzt Planwerk seit ein paar Monaten für deine Instandhaltungsplanung – danke dafür! Wir möchten die App verbessern und suchen Nutzer:innen für ein 30-minütiges Interview per Video.

Als Dankeschön gibt es einen 40-€-Gutschein. Hier kannst du einen Termin wählen: https://planwerk-app.example.de/research

Liebe Grüße
Lea, UX Research @ Planwerk""", mode="alt"),

M(OT, "de_kreditantrag", "de", "", "",
  ("Hanseatische Direktbank", "service@hanseatische-direktbank.example.de"),
  "Eingangsbestätigung Ihres Kreditantrags", "2026-09-14 09:30 +0200",
  """Sehr geehrte Frau Ramaswamy-Tait,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 15.000 EUR. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Bitte laden Sie noch Ihre letzten zwei Gehaltsnachweise hoch.

Mit freundlichen Grüßen
Ihre Hanseatische Direktbank""", mode="alt", style="ats", charset="windows-1252"),

M(OT, "fr_wttj_offres_semaine", "fr", "", "",
  ("Welcome to the Jungle", "hello@welcometothejungle.example.co"),
  "Les offres de la semaine qui pourraient vous plaire", "2026-04-27 08:00 +0200",
  """Bonjour Priya,

Voici une sélection d'offres pour vous :

Reliability Engineer (batteries) — Stockelec — Lyon — CDI
Ingénieur·e Maintenance Centrales Solaires — Hélio Durance — Aix-en-Provence
Chargé·e d'affaires éolien en mer — Vents d'Armor Ingénierie — Brest

Et aussi : « Comment réussir son entretien en anglais ? » sur notre média.

Se désinscrire""",
  mode="html", style="news",
  headers=bulk("<jobs.welcometothejungle.example.co>", "https://www.welcometothejungle.example.co/unsub?u=5")),

M(OT, "fr_newsletter_entretien", "fr", "", "",
  ("Cadres Ingénieurs Mag", "newsletter@cadresingenieurs.example.fr"),
  "Entretien d'embauche : les 5 erreurs qui coûtent une offre", "2026-09-16 07:45 +0200",
  """Bonjour,

Au sommaire cette semaine :
- Entretien d'embauche : les 5 erreurs qui coûtent une offre
- « Votre candidature n'a pas été retenue » : faut-il demander un retour ?
- Salaires 2026 des ingénieurs de maintenance en région

Bonne lecture !
La rédaction

Vous recevez cette lettre car vous êtes abonné·e. Se désabonner""",
  mode="alt", style="news", charset="iso-8859-1",
  headers=bulk("<lettre.cadresingenieurs.example.fr>", "https://cadresingenieurs.example.fr/desabo")),

M(OT, "fr_podcast_interview", "fr", "", "",
  ("Julien Moreau", "julien@podcast-transition.example.fr"),
  "Proposition d'interview pour le podcast Transition(s)", "2026-06-25 11:30 +0200",
  """Bonjour Priya,

J'anime le podcast Transition(s), qui donne la parole aux ingénieur·es qui passent des énergies fossiles aux renouvelables. Votre parcours entre les mines australiennes et l'hydrogène nous intéresse beaucoup.

Accepteriez-vous une interview d'environ 45 minutes, en anglais ou en français ? L'enregistrement se fait à distance.

Au plaisir de vous lire,
Julien Moreau""", cte="qp"),

M(OT, "fr_colis_retarde", "fr", "", "",
  ("Colissimo", "noreply@colissimo.example.fr"),
  "Votre colis est retardé", "2026-07-03 15:20 +0200",
  """Bonjour,

Votre colis n° 6A55512345678 a pris du retard. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Nouvelle date de livraison estimée : lundi 6 juillet.

Suivre mon colis

Colissimo""", mode="html", style="ats"),

M(OT, "fr_ami_refus", "fr", "", "",
  ("Thomas Girard", "thomas.girard@example.fr"),
  "Re: des nouvelles ?", "2026-05-30 23:05 +0200",
  """Salut Priya,

Pas terrible de mon côté : j'ai reçu un « nous avons décidé de ne pas donner suite à votre candidature » pour le poste chez Atlantique Énergies à Nantes, après deux entretiens. Bon, on continue !

Et toi, ton entretien à Marseille ?

Bises,
Thomas

Le ven. 29 mai 2026 à 10:12, Priya Ramaswamy-Tait <priya.rt@example.com.au> a écrit :
> Salut Thomas, alors, des nouvelles de ta candidature ?""", reply=True, cte="qp"),

M(OT, "fr_reservation_refusee", "fr", "", "",
  ("Séjours Océan", "reservations@sejours-ocean.example.fr"),
  "Votre demande de réservation n'a pas été acceptée", "2026-08-07 09:40 +0200",
  """Bonjour Priya,

Malheureusement, l'hôte n'a pas pu accepter votre demande de réservation pour « Studio vue mer – Biarritz » du 20 au 24 août. Aucun montant n'a été débité.

Découvrez d'autres logements disponibles à ces dates.

L'équipe Séjours Océan""", mode="html", style="ats"),
M(OT, "medicare_claim", "en", "", "",
  ("Medicare", "noreply@servicesaustralia.example.gov.au"),
  "Your Medicare claim has been processed", "2026-02-03 13:12 +1100",
  """Your Medicare claim for a service on 28 January 2026 has been processed. The benefit of $42.85 will be paid to your nominated bank account.

View details in your Medicare online account through myGov.

Please do not reply to this email.""", cte="7bit"),

M(OT, "car_rego_renewal", "en", "", "",
  ("Department of Transport", "licensing-noreply@transport.wa.example.gov.au"),
  "Vehicle licence renewal due - 1ABC234", "2026-06-26 08:00 +0800",
  """Dear Priya Ramaswamy-Tait,

Your vehicle licence for 1ABC234 (Toyota Hilux) expires on 15 July 2026.

Renew online for 3, 6 or 12 months. Compulsory third party insurance is included.

Department of Transport, Western Australia""", mode="alt", style="ats"),

M(OT, "telstra_bill", "en", "", "",
  ("Telstra", "noreply@bill.telstra.example.com"),
  "Your Telstra bill is ready", "2026-05-12 09:30 +1000",
  """Hi Priya,

Your bill for account 5555 1234 is ready.

Amount due: $95.00
Due date: 26 May 2026

Your payment will be direct debited on the due date.

Telstra""", mode="html", style="ats"),

M(OT, "spotify_payment_failed", "en", "", "",
  ("Spotify", "no-reply@spotify.example.com"),
  "Your payment didn't go through", "2026-07-01 02:14 +0000",
  """Hi Priya,

We tried to charge your card for Spotify Premium Duo but the payment didn't go through. Update your payment details to keep listening without interruptions.

Update payment details

Spotify AB, Regeringsgatan 19, 111 53 Stockholm""", mode="html", style="news"),

M(OT, "alumni_reunion", "en", "", "",
  ("Westcoast Engineering Alumni", "alumni@alumni.example.edu.au"),
  "Mechanical Engineering class of 2012 - reunion & careers night", "2026-09-07 12:00 +0800",
  """Hi Priya,

You're invited to the Mechanical Engineering class of 2012 reunion and careers night on Friday 16 October in Perth.

Hear from alumni who moved into renewables, hydrogen and battery storage, plus a panel on interviewing for energy transition roles.

RSVP by 9 October.

Alumni Relations

Update your preferences | Unsubscribe""",
  mode="alt", style="news", headers=bulk("<alumni.example.edu.au>", "https://alumni.example.edu.au/unsub")),

M(OT, "emirates_checkin", "en", "", "",
  ("Emirates", "do-not-reply@emirates.example.com"),
  "Online check-in is now open for your flight to Dubai", "2026-05-30 10:00 +0400",
  """Dear Ms Ramaswamy-Tait,

Online check-in is now open for EK 421 Perth to Dubai on 1 June 2026, departing 23:55.

Booking reference: EKQ7R2

Check in online and choose your seat.

Emirates""", mode="html", style="ats"),
]
