"""Corpus 53 data: everything in the inbox that is not one of the six job-mail kinds.

Same keys as msgs53_jobs_a; `company` is never labelled here. Imports only msgs53_jobs_a's helper.
"""

from msgs53_jobs_a import MARCUS, M

OT = "other"
ME = f"Marcus Delacroix-Whitfield <{MARCUS}>"


def bulk(list_id: str, unsub: str) -> dict:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


MESSAGES = [
    M(OT, "linkedin_job_alert", "en", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "“facilities manager”: 14 new jobs in Greater Boston",
      """Your job alert for facilities manager in Greater Boston

Facilities Manager
Harborview Biotech · Cambridge, MA (On-site)
Actively recruiting · Easy Apply

Workplace Experience Manager
Brightline Software · Boston, MA (Hybrid)
3 connections work here

Senior Facilities Coordinator
Beacon Hill University · Boston, MA
Be an early applicant

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=facilities%20manager

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/job-alerts
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
      fmt="html", track="www.linkedin.com", headers=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/job-alerts")),
    M(OT, "indeed_digest", "en", "Indeed <alert@indeed.com>", "Event Operations Manager jobs in Denver, CO - 9 new",
      """9 new jobs match your search

Event Operations Manager - Mile High Convention Center - Denver, CO - $78,000 - $92,000 a year
Venue Operations Supervisor - Red Mesa Amphitheater - Morrison, CO - Urgently hiring
Guest Experience Manager - Aspenwood Hotels - Denver, CO - Responds within 3 days

Missed an interview? Hiring managers on Indeed say following up within 24 hours is the best way to get back on track. Read our tips.

Manage job alerts | Unsubscribe
Indeed, 6433 Champion Grandview Way, Austin, TX 78750""",
      fmt="html", track="engage.indeed.com", headers=bulk("<jobalert.indeed.com>", "https://www.indeed.com/alerts/unsub")),
    M(OT, "ziprecruiter_great_match", "en", "ZipRecruiter <alerts@ziprecruiter.com>", "Marcus, you're a great match for these Property Manager jobs",
      """Hi Marcus,

Based on your profile, employers are looking for someone like you:

Property Manager - Sunbelt Residential - Miami, FL - Est. $70K-$85K
Assistant Community Manager - Coral Gate Apartments - Hialeah, FL
Commercial Property Manager - Biscayne Holdings - Miami, FL - 1-Click Apply

Your resume has been viewed by 3 employers this week.

ZipRecruiter, Inc. 604 Arizona Ave, Santa Monica, CA 90401 | Unsubscribe""",
      fmt="html", track="www.ziprecruiter.com", headers=bulk("<alerts.ziprecruiter.com>", "https://www.ziprecruiter.com/unsub")),
    M(OT, "glassdoor_interview_tips", "en", "Glassdoor Community <noreply@glassdoor.com>", "What facilities managers get asked in interviews",
      """Top interview questions for Facilities Managers this month

"Walk me through how you'd handle a chiller failure on a 95° day" — reported by a candidate at a commercial REIT.
"Tell us about a time you had to reject a vendor's bid" — reported at a university.

Plus: 4 companies that rejected candidates after the final round shared why. Read the reviews.

Glassdoor, Inc. | Manage email preferences""",
      fmt="html", track="www.glassdoor.com", headers=bulk("<community.glassdoor.com>", "https://www.glassdoor.com/unsub")),
    M(OT, "hcareers_alert", "en", "Hcareers <jobs@hcareers.com>", "New hotel jobs for you: Director of Operations, Rooms Division & more",
      """Hi Marcus,

New hospitality jobs near Chicago, IL:

- Director of Operations | The Wabash Hotel | Chicago, IL
- Rooms Division Manager | Lakeview Grand | Chicago, IL
- Assistant General Manager | Loop Suites | Chicago, IL

Apply with your Hcareers profile in one click.

Unsubscribe from these alerts.""",
      fmt="alt", headers=bulk("<alerts.hcareers.com>", "https://www.hcareers.com/unsubscribe")),
    M(OT, "poached_alert", "en", "Poached Jobs <hello@poachedjobs.com>", "🍳 New restaurant manager jobs in Seattle",
      """Fresh jobs this week:

GM - Pike Place Oyster Bar (Seattle) — $85k + bonus
FOH Manager - Ballard Taproom — $65-72k
Ops Manager - Cascade Hospitality Group (multi-unit)

Employers are interviewing now! Update your profile to stand out.

Poached Jobs · Portland, OR · unsubscribe""",
      fmt="html", headers=bulk("<weekly.poachedjobs.com>", "https://poachedjobs.com/unsubscribe")),
    M(OT, "stepstone_jobagent_de", "de", "StepStone Jobagent <jobagent@stepstone.de>", "12 neue Jobs für „Facility Manager“ in München",
      """Hallo Marcus,

dein Jobagent hat 12 neue passende Stellenangebote für dich gefunden:

Technischer Objektleiter (m/w/d) – Hausverwaltung Isartor – München
Facility Manager (m/w/d) – Klinikum Schwabing Süd – München
Leitung Gebäudemanagement (m/w/d) – Messe Riem Services – München

Tipp der Woche: So reagierst du souverän auf eine Absage.

Jobagent bearbeiten | Abmelden
StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf""",
      fmt="html", track="www.stepstone.de", headers=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden")),
    M(OT, "wttj_newsletter_fr", "fr", "Welcome to the Jungle <newsletter@welcometothejungle.com>", "Refus après un entretien : comment rebondir ?",
      """Cette semaine dans la newsletter :

Refus après un entretien : comment rebondir ? Vous avez reçu un « nous sommes au regret de vous informer… » après trois tours d'entretien ? Nos conseils pour demander un feedback et garder le moral.

Et aussi : 5 entreprises de l'hôtellerie qui recrutent à Paris, et les offres de la semaine.

Se désinscrire""",
      fmt="html", track="www.welcometothejungle.com", headers=bulk("<newsletter.welcometothejungle.com>", "https://www.welcometothejungle.com/unsubscribe")),
    M(OT, "career_newsletter_rejection", "en", "The Second Act Letter <hello@secondactletter.example.com>", "Issue #42: The rejection email decoder",
      """Hey friends,

This week's letter is all about the rejection email. You know the one: "After careful consideration, we've decided to move forward with other candidates whose experience more closely aligns with our needs."

What it actually means, why companies send it after a final-round interview, and whether you should reply (spoiler: yes, briefly).

Also in this issue:
- A reader who missed an interview because of a time-zone mix-up, and how she got a second chance
- Why "we'd love to move you to the next stage" sometimes goes quiet

Talk soon,
Jess

You're receiving this because you subscribed at secondactletter.example.com. Unsubscribe anytime.""",
      fmt="alt", headers=bulk("Second Act Letter <secondact.list.example.com>", "https://secondactletter.example.com/unsub")),
    M(OT, "es_newsletter_empleo", "es", "Boletín Empleo Hostelero <boletin@empleohostelero.example.es>", "¿No te llaman tras la entrevista? 5 claves",
      """Hola,

En el boletín de esta semana:

· ¿No te llaman tras la entrevista? 5 claves para hacer seguimiento sin agobiar.
· Cómo responder a un «lamentamos comunicarle que no ha sido seleccionado».
· Ofertas destacadas: jefes de recepción en Madrid y Málaga.

Para darte de baja haz clic aquí.""",
      fmt="html", headers=bulk("<boletin.empleohostelero.example.es>", "https://empleohostelero.example.es/baja")),
    M(OT, "recruiter_cold_outreach", "en", "Jason Pruitt <jason.pruitt@meridianhr.example.com>", "Facilities leadership opportunities",
      """Hi Marcus,

I came across your profile and was impressed by your background running operations at full-service hotels. I specialize in placing facilities and workplace leaders with Fortune 500 clients across the Northeast.

I'd love to add you to my network so I can keep you in mind as roles come up. Feel free to send me an updated resume whenever convenient.

Best,
Jason Pruitt
Principal Consultant
Meridian HR Advisors""",
      contact="jason.pruitt@meridianhr.example.com"),
    M(OT, "agency_hot_jobs_blast", "en", "Northstar People <opportunities@northstarpeople.example.com>", "🔥 This week's hot ops roles",
      """Hi there!

Check out this week's hottest operations openings from Northstar People:

⭐ Warehouse Operations Manager – Dallas – $95K
⭐ Facilities Supervisor – Atlanta – $70K
⭐ Procurement Specialist – Remote – $75K

Know someone great? Refer them and earn $500!

Northstar People | Unsubscribe | Update preferences""",
      fmt="html", headers=bulk("<news.northstarpeople.example.com>", "https://northstarpeople.example.com/unsub")),
    M(OT, "podcast_interview_request", "en", "Jordan Weiss <jordan@backofhousepodcast.example.com>", "Interview request - Back of House podcast",
      """Hi Marcus,

I host Back of House, a podcast about the people who keep hotels and restaurants running. A friend at the Chicago Hotel Association mentioned your talk on night-audit workflows, and I'd love to interview you for an episode.

Recording is remote, about 45 minutes, any weekday in March. Would you be up for it?

Thanks!
Jordan Weiss
Host, Back of House""",
      contact="jordan@backofhousepodcast.example.com"),
    M(OT, "fr_radio_interview", "fr", "Élodie Marchand <e.marchand@radio-quartier.example.fr>", "Demande d'interview - émission « Métiers de l'ombre »",
      """Bonjour Monsieur Delacroix-Whitfield,

Je prépare une émission sur les métiers de l'hôtellerie pour Radio Quartier et j'aimerais beaucoup vous interviewer (20 minutes, par téléphone) sur votre parcours entre Paris et New York.

Seriez-vous disponible la semaine prochaine ?

Bien à vous,
Élodie Marchand
Journaliste, Radio Quartier""",
      contact="e.marchand@radio-quartier.example.fr", charset="iso-8859-1"),
    M(OT, "es_prensa_entrevista", "es", "Revista Hostelería Hoy <redaccion@hosteleriahoy.example.es>", "Entrevista para nuestro número de mayo",
      """Hola Marcus,

Desde la redacción de Hostelería Hoy estamos preparando un reportaje sobre profesionales que pasan del hotel al facility management y nos encantaría entrevistarte. Serían unas preguntas por correo o una llamada de 15 minutos.

¿Te animas?

Paula Gómez
Redactora""",
      contact="redaccion@hosteleriahoy.example.es"),
    M(OT, "user_research_interview", "en", "Hcareers Research <research@hcareers.com>", "Share your job search experience ($50 gift card)",
      """Hi Marcus,

We're improving how hospitality professionals search for jobs on Hcareers, and we'd like to invite you to a 30-minute user research interview over Zoom. You'll get a $50 Amazon gift card as a thank you.

Book a time here: https://calendly.com/hcareers-research/session

There are no right or wrong answers — we just want to hear about your experience.

The Hcareers UX Research Team""",
      fmt="alt"),
    M(OT, "candidate_experience_survey", "en", "Lantern Live Events <surveys@greenhouse-mail.io>", "How was your interview experience with Lantern Live?",
      """Hi Marcus,

You recently interviewed with Lantern Live Events. We'd love your honest feedback about the process — it takes 2 minutes and is anonymous.

Take the survey: https://survey.greenhouse.io/s/8HJ2K

Thank you!""",
      fmt="html", track="survey.greenhouse.io"),
    M(OT, "friend_own_rejection", "en", "Dev Patel <devpatel88@example.net>", "ugh",
      """dude. got the "we've decided to move forward with other candidates" email from the airline after FOUR rounds. the panel literally said they'd see me at onboarding lol

anyway drinks thursday? I need to vent. how's your search going, heard anything from that hospital?

d""",
      contact="devpatel88@example.net"),
    M(OT, "friend_es_entrevista", "es", "Lucía Fernández <lucia.fdz@example.org>", "¡Me han cogido!",
      """¡¡Marcus!! Que al final me han dado el puesto en el hotel de Sevilla, después de la entrevista tan rara que te conté 😂. Empiezo en junio.

¿Y tú qué tal con lo de Madrid? Cuéntame algo.

Besos,
Lucía

Enviado desde mi iPhone""",
      contact="lucia.fdz@example.org"),
    M(OT, "amazon_order_delayed", "en", "Amazon.com <shipment-tracking@amazon.com>", "Update: your package is delayed",
      """Hello Marcus,

Unfortunately your order #113-4829102-5581 is delayed. We're sorry for the inconvenience. Your new estimated delivery date is Thursday, February 19.

Item: Carhartt Men's Work Boots, size 11

You don't need to do anything. If your package doesn't arrive by then, visit Your Orders.

Amazon.com""",
      fmt="html", track="www.amazon.com"),
    M(OT, "fedex_delivery_exception", "en", "FedEx <TrackingUpdates@fedex.com>", "FedEx Shipment 7712 9845 2210: Delivery exception",
      """Hi. Your package was not delivered today due to a delivery exception: customer not available or business closed.

We will attempt delivery again on the next business day. You can also reschedule your delivery or request a hold at a FedEx location.

Tracking number: 771298452210
Ship from: BROOKLYN, NY""",
      fmt="html", track="www.fedex.com"),
    M(OT, "usps_informed_delivery", "en", "USPS Informed Delivery <USPSInformeddelivery@email.informeddelivery.usps.com>", "Your Daily Digest for Tue, 3/10",
      """You have 3 mail pieces and 1 package arriving soon.

Mail pieces: ConEd, Chase, Internal Revenue Service.

Package: 9400 1000 0000 0000 0000 00 expected today.

Manage your Informed Delivery preferences.""",
      fmt="html"),
    M(OT, "gps_position_update", "en", "Family Locator <noreply@trackmyfamily.example.com>", "Position update: Marcus's car",
      """Your vehicle's position has changed.

Last known position: 40.7411° N, 73.9897° W (near W 23rd St, New York, NY)
Updated: 6:42 PM

Ignition off. Open the app to view the map.""",
      fmt="html"),
    M(OT, "bank_loan_application_received", "en", "Harborline Federal Credit Union <noreply@harborlinefcu.example.com>", "We've received your application",
      """Dear Marcus,

Thank you for applying for a Harborline Personal Loan. We have received your application (ref. PL-0088123) and will review it within 2 business days.

Unfortunately we cannot provide a decision by phone. You'll receive an email once your application has been reviewed.

Harborline Federal Credit Union
Federally insured by NCUA.""",
      fmt="alt"),
    M(OT, "credit_card_declined", "en", "Lumen Bank Card Services <cardservices@lumenbank.example.com>", "About your credit card application",
      """Dear Marcus Delacroix-Whitfield,

Thank you for applying for the Lumen Travel Rewards card. After careful review, we regret that we are unable to approve your application at this time.

The main reason for our decision: insufficient length of credit history in the United States. A letter with details of your right to a free credit report will follow by mail.

Lumen Bank Card Services""",
      charset="windows-1252"),
    M(OT, "fr_banque_credit_recu", "fr", "Banque Rivière <ne-pas-repondre@banque-riviere.example.fr>", "Votre demande de crédit a bien été reçue",
      """Bonjour Monsieur Delacroix-Whitfield,

Nous avons bien reçu votre demande de prêt personnel et vous en remercions. Votre conseiller l'étudiera dans un délai de 48 heures ouvrées.

Ceci est un message automatique, merci de ne pas y répondre.

Banque Rivière""",
      fmt="html"),
    M(OT, "apartment_application_denied", "en", "Halsted Residential Leasing <leasing@halstedresidential.example.com>", "Your rental application - Unit 4B, 212 W Superior St",
      """Hi Marcus,

Thank you for applying for Unit 4B. Unfortunately we're unable to approve your application at this time, as the unit has been leased to another applicant whose application was completed first.

Your $60 application fee is non-refundable, but we have two similar units opening in May if you'd like to be considered.

Halsted Residential Leasing Office
(312) 555-0133""",
      contact="leasing@halstedresidential.example.com"),
    M(OT, "university_admission_decision", "en", "Lakeshore College Graduate Admissions <gradadmissions@lakeshore.example.edu>", "Your admission decision is available",
      """Dear Marcus,

A decision has been made on your application to the Master of Science in Facilities & Property Management program for Fall 2026. Log in to the applicant portal to view your decision letter.

Office of Graduate Admissions
Lakeshore College""",
      fmt="alt"),
    M(OT, "own_sent_followup", "en", ME, "Following up - Facilities Manager application",
      """Hi Rachel,

I hope you're well. I wanted to follow up on my application for the Facilities Coordinator role at Northgate. I'm still very interested and happy to share anything else that would be helpful.

Best,
Marcus Delacroix-Whitfield
(646) 555-0191""",
      to="Rachel Kim <rachel.kim@northgatepp.example.com>"),
    M(OT, "own_sent_thank_you", "en", ME, "Thank you - Support Services Manager interview",
      """Dear Olivia,

Thank you for arranging today's interview with Dr. Pierce. I enjoyed learning about the EVS and food-service integration project, and I'm even more excited about the role.

Please let me know if there's anything else you need from me.

Kind regards,
Marcus""",
      to="Olivia Hart <ohart@stbrigid.example.org>"),
    M(OT, "own_sent_fr_confirmation", "fr", ME, "Re: Proposition d'entretien - Responsable des services généraux",
      """Bonjour Claire,

Merci pour votre message. Je vous confirme ma disponibilité pour jeudi 12 mars à 14h30 en visio.

Bien cordialement,
Marcus Delacroix-Whitfield""",
      to="Claire Dubois <claire.dubois@residences-celeste.example.fr>",
      quote=("fr", "Claire Dubois", "claire.dubois@residences-celeste.example.fr", "Bonjour Marcus,\n\nSeriez-vous disponible pour un premier entretien en visio jeudi 12 mars à 14h30 ?\n\nClaire")),
    M(OT, "recruiter_ooo", "en", "Kelsey Ford <kford@riversidearena.example.com>", "Automatic reply: Panel interview availability",
      """Thank you for your email. I am out of the office through Monday, May 18 with limited access to email. For urgent scheduling matters please contact talent@riversidearena.example.com.

Kelsey Ford | Talent Acquisition | Riverside Arena Group""",
      contact="kford@riversidearena.example.com", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M(OT, "de_abwesenheitsnotiz", "de", "Lena Vogt <lena@mainkai-logistik.example.de>", "Abwesenheitsnotiz: Supply Chain Koordinator",
      """Hallo,

ich bin bis einschließlich 14.08. im Urlaub und lese meine E-Mails nicht. In dringenden Fällen wende dich bitte an people@mainkai-logistik.example.de.

Viele Grüße
Lena Vogt""",
      contact="lena@mainkai-logistik.example.de", headers={"Auto-Submitted": "auto-replied"}),
    M(OT, "standup_calendar_notification", "en", "Google Calendar <calendar-notification@google.com>", "Notification: Daily ops huddle @ Mon Mar 2, 2026 9am - 9:15am (EST)",
      """Daily ops huddle
When: Mon Mar 2, 2026 9am – 9:15am Eastern Time - New York
Where: Lobby level conference room
Calendar: marcus.dw@example.com
Who: Front office, housekeeping, engineering leads

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for calendar marcus.dw@example.com.""",
      fmt="alt"),
    M(OT, "irs_notice", "en", "IRS Online Account <no-reply@irs.example.gov>", "You have a new notice in your Online Account",
      """A new notice is available in your IRS Online Account. For your security, we do not include notice details in email.

Sign in to view it. The IRS does not initiate contact by email to request personal or financial information.""",
      fmt="html"),
    M(OT, "dmv_appointment_rescheduled", "en", "NY DMV <dmv-noreply@dmv.example.gov>", "Your DMV appointment has been rescheduled",
      """Dear MARCUS DELACROIX-WHITFIELD,

Due to a system outage, your road test appointment at the Red Hook site has been rescheduled to Friday, April 24, 2026 at 8:15 AM.

If the new time does not work, please use the online system to choose another time. Bring your learner permit and a licensed driver.""",
      charset="windows-1252"),
    M(OT, "hoa_meeting", "en", "Chelsea Terrace HOA <board@chelseaterracehoa.example.org>", "Annual meeting + elevator modernization vote",
      """Dear Residents,

The annual HOA meeting will be held Tuesday, June 9 at 7 PM in the community room. Agenda: 2027 budget, elevator modernization vote, and election of two board positions.

If you cannot attend, please return the enclosed proxy form.

Chelsea Terrace HOA Board""",
      contact="board@chelseaterracehoa.example.org"),
    M(OT, "landlord_lease_renewal", "en", "Gary Lindqvist <gary@lindqvistproperties.example.com>", "lease renewal",
      """Hi Marcus,

Your lease is up 8/31. I can renew at $3,150/mo (up from $3,050). Let me know by 7/1 if you're staying, otherwise I'll start showing the place.

Thanks,
Gary""",
      contact="gary@lindqvistproperties.example.com"),
    M(OT, "coned_bill", "en", "Con Edison <ConEdisonCustomerService@coned.example.com>", "Your Con Edison bill is ready",
      """Your bill is ready.

Account ending in 4421
Amount due: $142.87
Due date: 05/14/2026

View and pay your bill online.""",
      fmt="html"),
    M(OT, "comcast_tech_appointment", "en", "Xfinity <online.communications@alerts.comcast.example.net>", "Your Xfinity appointment has been rescheduled",
      """Hi Marcus,

Your Xfinity technician appointment has been rescheduled.

New appointment: Saturday, Jan 24, 2026 between 1:00 PM and 3:00 PM

Need to make a change? Visit xfinity.com/appointments or reply CANCEL to cancel.""",
      fmt="html"),
    M(OT, "gym_membership", "en", "Iron Harbor Fitness <members@ironharborfitness.example.com>", "Your membership freeze ends soon",
      """Hey Marcus,

Just a reminder that your membership freeze ends on March 1 and regular billing of $59/mo will resume. Can't wait to see you back on the floor!

Iron Harbor Fitness — Chelsea""",
      fmt="html"),
    M(OT, "servsafe_certificate", "en", "ServSafe <servsafe@servsafe.example.com>", "Your ServSafe Manager certificate is ready",
      """Congratulations, Marcus!

You passed the ServSafe Food Protection Manager Certification Examination. Your certificate is now available to download from your account. It is valid for 5 years.

National Restaurant Association Solutions""",
      fmt="alt"),
    M(OT, "alumni_association", "en", "Cornell Hotel School Alumni <alumni@hotelschoolalumni.example.edu>", "Alumni Career Night: Pivoting out of hotel ops",
      """Dear Marcus,

Join fellow alumni on April 15 for Career Night: Pivoting out of hotel operations. Panelists moved into facilities management, real estate, and tech. Hear how they handled rejections, nailed the panel interview, and negotiated their first offer.

RSVP by April 10.

Alumni Association | Manage subscriptions""",
      fmt="html", headers=bulk("<careers.hotelschoolalumni.example.edu>", "https://hotelschoolalumni.example.edu/unsub")),
    M(OT, "student_informational_interview", "en", "Aiden Cho <acho27@lakeshore.example.edu>", "Informational interview for class project?",
      """Hi Mr. Delacroix-Whitfield,

I'm a junior in Lakeshore's hospitality management program and I have a class assignment to interview someone working in hotel operations. Would you have 20 minutes in the next two weeks for a quick phone or Zoom interview? I'd really appreciate it.

Thank you,
Aiden Cho""",
      contact="acho27@lakeshore.example.edu"),
    M(OT, "netflix", "en", "Netflix <info@mailer.netflix.com>", "Marcus, new arrivals you might like",
      """New on Netflix: the kitchen drama everyone is talking about, plus a documentary on the world's busiest airport.

Watch now.

Questions? Visit the Help Center. Unsubscribe.""",
      fmt="html", track="www.netflix.com", headers=bulk("<marketing.netflix.com>", "https://www.netflix.com/unsubscribe")),
    M(OT, "spotify_receipt", "en", "Spotify <no-reply@spotify.com>", "Your Spotify Premium receipt",
      """Thanks for your payment, Marcus.

Spotify Premium Individual — $11.99
Date: 06/01/2026
Payment method: Visa ending 0127

Spotify USA Inc.""",
      fmt="html"),
    M(OT, "delta_flight_delay", "en", "Delta Air Lines <DeltaAirLines@t.delta.example.com>", "Flight Delay: DL 1432 ATL - LGA",
      """Hi Marcus,

We're sorry — your flight DL 1432 from Atlanta to New York-LaGuardia is delayed due to air traffic control.

New departure: 7:55 PM (was 6:10 PM)
Gate: B14

We apologize for the inconvenience. You can track your flight in the Fly Delta app.""",
      fmt="html"),
    M(OT, "united_checkin", "en", "United Airlines <unitedairlines@united.example.com>", "It's time to check in for your flight to Denver",
      """Check in now for UA 2271, Newark (EWR) to Denver (DEN), departing Thu, Jul 9 at 8:05 AM.

Confirmation number: K8P2QZ
Seat: 23C

Bag fees may apply.""",
      fmt="html"),
    M(OT, "amtrak_eticket", "en", "Amtrak <Amtrak@e.amtrak.example.com>", "Amtrak: eTicket and Receipt for Your 06/03/2026 Trip",
      """Thank you for traveling with Amtrak.

Reservation number: 4A9C21
Northeast Regional 171 - New York, NY (NYP) to Boston, MA (BBY)
Depart 06/03/2026 9:03 AM

Present this eTicket for boarding.""",
      fmt="alt"),
    M(OT, "car_insurance_renewal", "en", "Beacon Mutual Auto <service@beaconmutual.example.com>", "Your policy renewal documents",
      """Hi Marcus,

Your auto policy (ending 7731) renews on 09/01/2026. Your new 6-month premium is $892.40. Your renewal documents are available in your account.

Beacon Mutual Auto Insurance""",
      fmt="html"),
    M(OT, "de_deutsche_bahn", "de", "Bahn Reiseservice <noreply@reiseservice.example.de>", "Ihre Fahrkarte: München Hbf → Frankfurt(Main)Hbf",
      """Guten Tag Herr Delacroix-Whitfield,

vielen Dank für Ihre Buchung. Anbei erhalten Sie Ihre Fahrkarte für die Fahrt am 21.04.2026, ICE 626, Abfahrt 08:52 Uhr.

Bitte beachten Sie: Aufgrund von Bauarbeiten verschiebt sich die Abfahrt um 10 Minuten.

Ihr Reiseservice""",
      fmt="html", charset="iso-8859-1"),
    M(OT, "de_hausverwaltung_nebenkosten", "de", "Hausverwaltung Brenner <info@hv-brenner.example.de>", "Nebenkostenabrechnung 2025",
      """Sehr geehrter Herr Delacroix-Whitfield,

anbei erhalten Sie die Nebenkostenabrechnung für das Jahr 2025 für Ihre Wohnung in der Schwanthalerstraße 12. Es ergibt sich eine Nachzahlung von 186,40 €.

Mit freundlichen Grüßen
Hausverwaltung Brenner""",
      contact="info@hv-brenner.example.de", attach="NK_Abrechnung_2025.pdf"),
    M(OT, "es_banco_tarjeta", "es", "Banco Meridional <notificaciones@bancomeridional.example.mx>", "Tu solicitud de tarjeta de crédito",
      """Hola Marcus,

Recibimos tu solicitud de tarjeta de crédito Oro. Lamentamos informarte que por el momento no es posible aprobarla, ya que no contamos con historial crediticio suficiente en México.

Puedes volver a solicitarla en 6 meses.

Banco Meridional""",
      fmt="html"),
    M(OT, "fr_gym_resiliation", "fr", "Club Forme Bastille <contact@clubforme-bastille.example.fr>", "Confirmation de résiliation",
      """Bonjour Marcus,

Nous vous confirmons la résiliation de votre abonnement au 30 avril. Nous regrettons de vous voir partir !

L'équipe du Club Forme Bastille""",
      contact="contact@clubforme-bastille.example.fr"),
    M(OT, "fr_colis_retard", "fr", "Colissimo <noreply@notif-colissimo.example.fr>", "Votre colis a du retard",
      """Bonjour,

Malheureusement votre colis 6A12345678901 a pris du retard. Il vous sera livré demain entre 9h et 13h.

Nous vous prions de nous excuser pour ce désagrément.""",
      fmt="html"),
    M(OT, "es_cita_medica", "es", "Clínica Polanco <citas@clinicapolanco.example.mx>", "Recordatorio de cita",
      """Hola Marcus,

Le recordamos su cita con la Dra. Herrera el martes 15 de septiembre a las 17:30 h. Si necesita reprogramarla, responda a este mensaje o llame al 55 5555 0190.

Clínica Polanco""",
      contact="citas@clinicapolanco.example.mx"),
    M(OT, "workplace_vendor_webinar", "en", "Fieldnote Events <events@fieldnote.example.io>", "Webinar: The 2026 Workplace Experience Report",
      """Join us Thursday at 1pm ET for a live walkthrough of the 2026 Workplace Experience Report: occupancy trends, hybrid office design, and what facilities teams are budgeting for.

Register: https://fieldnote.example.io/webinar

Fieldnote · Unsubscribe""",
      fmt="html", headers=bulk("<events.fieldnote.example.io>", "https://fieldnote.example.io/unsub")),
    M(OT, "forwarded_job_posting_from_friend", "en", "Nina Alvarez <nina.alvarez@example.org>", "Fwd: Operations Manager opening - thought of you",
      """Saw this on our internal board and thought of you right away! I can refer you if you want, just send me your resume.

Nina""",
      contact="nina.alvarez@example.org",
      quote=("fwd", "Corvane Internal Mobility", "internal-jobs@corvane.example.com",
             "New internal opening: Operations Manager, Workplace Services (Boston). Referrals welcome through March 31."),
      quote_subject="New opening: Operations Manager, Workplace Services"),
]
