"""Mail that is not about the candidate's own applications (kind `other`), 89th corpus."""
# ruff: noqa: C408  (keyword dict() calls read as one record per message, like the .eml headers)

X = "other"

MESSAGES = [
    dict(kind=X, slug="linkedin_job_alert", lang="en",
         frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
         subj="“analytics engineer”: 24 new jobs in Chicago, IL", date="2026-01-07T14:02:00+00:00",
         fmt="html", list="jobalerts.linkedin.example.com", logo="LinkedIn",
         body="""Your job alert for analytics engineer in Chicago, IL

Analytics Engineer - Lakeshore Trust Bank - Chicago, IL (Hybrid) - Actively recruiting
Senior Analytics Engineer - Larkspur Commerce - Remote - 3 connections work here
Analytics Engineer II - Pinecrest Mutual Insurance - Chicago, IL - Be an early applicant
Data Platform Analyst - Ridgeback Freight - Elk Grove Village, IL - Easy Apply

See all jobs: https://www.linkedin.example.com/comm/jobs/search?keywords=analytics%20engineer

You're receiving job alert emails. Unsubscribe: https://www.linkedin.example.com/comm/psettings/job-alerts
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."""),
    dict(kind=X, slug="indeed_digest_interviewing_now", lang="en",
         frm="Indeed <alert@indeed.example.com>",
         subj="Interviewing now: Data Analyst jobs near Atlanta, GA", date="2026-02-10T11:30:00+00:00",
         fmt="alt", list="job-alerts.indeed.example.com", logo="Indeed",
         body="""Employers are interviewing now for these jobs

Data Analyst - Peach State Credit Union - Atlanta, GA - $78,000 - $92,000 a year - Hiring multiple candidates
BI Developer - Magnolia Health System - Decatur, GA - Urgently hiring
Revenue Operations Analyst - SaaS startup - Remote - Responsive employer

Apply with your Indeed Resume. You will not hear back from every employer, and that's normal.

Manage alerts: https://www.indeed.example.com/alerts  |  Unsubscribe"""),
    dict(kind=X, slug="career_newsletter_rejection", lang="en",
         frm="The Analytics Career Weekly <hello@analyticscareerweekly.example.com>",
         subj="Issue #112: Why \"we've decided to move forward with other candidates\" isn't about you",
         date="2026-03-01T13:00:00+00:00", fmt="alt", list="weekly.analyticscareerweekly.example.com",
         logo="Analytics Career Weekly",
         body="""Hi friend,

This week a reader wrote in: "I made it to the final round, did a four-hour take-home, and then got the dreaded 'unfortunately we will not be moving forward' email. What did I do wrong?"

Short answer: probably nothing. Hiring managers often reject candidates for reasons that have nothing to do with performance - budget freezes, internal candidates, a role that gets put on hold.

Three things to do after a rejection:
1. Reply graciously and ask for one piece of feedback.
2. Log the interview questions while they're fresh.
3. Keep the door open - we've seen readers get offers from the same company six months later.

Also in this issue: how to ask to reschedule an interview without looking flaky, and what to do if you miss an interview entirely.

Until next week,
Marisol
Analytics Career Weekly · 1209 N Lamar Blvd, Austin TX
Unsubscribe | View in browser"""),
    dict(kind=X, slug="recruiter_cold_outreach", lang="en",
         frm="Trevor Lindqvist <trevor@lindqvist-exec.example.com>",
         subj="Data product leadership - thought of you", date="2026-03-05T08:12:00-05:00",
         body="""Hi Darnell,

I lead the data & analytics practice at Lindqvist Executive Search. I came across your profile and your work on people analytics dashboards really stood out.

I'm not working on anything that fits you right this second, but I place a lot of data product managers in fintech and insurance around Toronto and NYC and I like to build relationships early. If you're open to it, feel free to connect here or on LinkedIn and send me your latest resume whenever.

Best,
Trevor Lindqvist
Partner, Lindqvist Executive Search"""),
    dict(kind=X, slug="podcast_interview_request", lang="en",
         frm="Gwen Matsuda <gwen@dataafterdark.example.fm>",
         subj="Podcast interview? (Data After Dark)", date="2026-04-06T16:20:00-07:00",
         body="""Hey Darnell!

I host Data After Dark, a podcast about analysts who switched into analytics engineering. Your conference talk on dbt for HR data was great and I'd love to interview you for an episode.

Recording is remote, about 45 min, and we'd love to schedule for sometime in May. No prep needed beyond a mic.

Interested?
Gwen"""),
    dict(kind=X, slug="user_research_interview", lang="en",
         frm="Tilly from Budgetbird <research@budgetbird.example.com>",
         subj="$50 for 30 minutes of your time? Join a user interview", date="2026-04-15T15:00:00+00:00",
         fmt="html", logo="Budgetbird",
         body="""Hi Darnell,

Our product team is looking to chat with Budgetbird users about how you track shared expenses. We're scheduling 30-minute user research interviews over Zoom next week.

As a thank-you, you'll receive a $50 gift card. Pick a slot here: https://budgetbird.example.com/research/schedule

Thanks for helping us build a better app!
Tilly, UX Research at Budgetbird"""),
    dict(kind=X, slug="friend_own_rejection", lang="en",
         frm="Marcus Bell <marcusbell88@example.net>",
         subj="ugh", date="2026-04-25T21:47:00-04:00",
         body="""man I just got rejected from that Peachtree Air analytics job I told you about. Made it to the final round and everything and they hit me with "we've decided to move forward with a candidate whose experience more closely matches". 3 rounds!!

anyway drinks saturday? I need to vent lol. how's your search going, you hear back from the insurance place?

M"""),
    dict(kind=X, slug="amazon_order_delayed", lang="en",
         frm="Amazon.example <shipment-tracking@amazon.example.com>",
         subj="Update on your order #112-4471920-5531809", date="2026-05-02T06:33:00+00:00",
         fmt="html", logo="Amazon",
         body="""Hello Darnell,

Unfortunately, your order containing "Logitech MX Keys wireless keyboard" is delayed. We now expect it to arrive Tuesday, May 5.

We're sorry for the inconvenience. You don't need to do anything - we'll send you an update when it ships. If you no longer want the item, you can cancel it in Your Orders.

Track package: https://www.amazon.example.com/progress-tracker"""),
    dict(kind=X, slug="gps_position_shared", lang="en",
         frm="FindMe Family <no-reply@findmefamily.example.com>",
         subj="Ama shared her position with you", date="2026-05-09T18:22:00+00:00",
         body="""Ama Osei is sharing her live position with you for the next 2 hours.

Current position: 41.8827° N, 87.6233° W (near Millennium Park, Chicago)
Accuracy: 12 m · Battery 46%

Open the app to see her position on the map. You can stop receiving position updates in Settings."""),
    dict(kind=X, slug="chase_card_application", lang="en",
         frm="Chase Sapphire <no.reply.alerts@chase.example.com>",
         subj="We've received your credit card application", date="2026-01-23T12:10:00-05:00",
         fmt="alt", logo="Chase",
         body="""Dear Darnell Osei-Fitzgerald,

Thank you for applying for a Chase Sapphire Preferred card. We've received your application and it's being reviewed.

We usually make a decision within 7-10 business days. If we need more information, we'll contact you. Unfortunately we cannot provide a status update by phone at this stage.

Chase Card Services
This service email was sent to darnell.of@example.com."""),
    dict(kind=X, slug="apartment_application_declined", lang="en",
         frm="Riverside Lofts Leasing <leasing@riversidelofts.example.com>",
         subj="Your rental application - Unit 412", date="2026-06-12T14:45:00-06:00",
         body="""Hi Darnell,

Thank you for applying for Unit 412 at Riverside Lofts. Unfortunately, we are unable to approve your application at this time, as another applicant's application was completed first and the unit has been leased.

We'd be happy to let you know when a similar 1-bedroom becomes available. Your application fee will be refunded within 5 business days.

Riverside Lofts Leasing Office
(303) 555-0190"""),
    dict(kind=X, slug="mba_admission_decision", lang="en",
         frm="Lakefront School of Business Admissions <admissions@lakefront.example.edu>",
         subj="Your admission decision is available", date="2026-03-20T17:00:00-05:00",
         fmt="html", logo="Lakefront School of Business",
         body="""Dear Darnell,

Thank you for your application to the Evening MBA program at the Lakefront School of Business. After careful review, the Admissions Committee regrets that we are unable to offer you admission for the Fall 2026 cohort.

We received a record number of applications this year. You are welcome to reapply in a future cycle.

Office of Admissions
Lakefront School of Business"""),
    dict(kind=X, slug="own_sent_followup", parent="did_not_join_teams", lang="en",
         frm="Darnell Osei-Fitzgerald <darnell.of@example.com>",
         to="Jordan Ellis <jordan.ellis@pinecrestmutual.example.com>",
         subj="Re: Your interview today", date="2026-05-14T12:02:00-04:00", thread=True,
         thread_domain="pinecrestmutual.example.com",
         body="""Hi Jordan,

I'm so sorry about this morning - I had the interview in my calendar for Central time by mistake and missed the Teams meeting. I'm still very interested in the Analytics Engineer II role and would be grateful for another time if one is available.

Thank you for your understanding,
Darnell""",
         quote="""On Thu, May 14, 2026 at 11:20 AM Jordan Ellis <jordan.ellis@pinecrestmutual.example.com> wrote:
> We had you scheduled for a 10:00 AM interview with our Analytics Engineering team today, but it looks like you did not join the Teams meeting."""),
    dict(kind=X, slug="recruiter_out_of_office", lang="en",
         frm="Monique Baptiste <mbaptiste@tidewaterbank.example.com>",
         subj="Automatic reply: Checking in - Revenue Operations Analyst", date="2026-03-16T09:00:00-04:00",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         body="""Thank you for your message. I am out of the office with limited access to email until Monday, March 23. For urgent recruiting matters, please contact talent@tidewaterbank.example.com.

Monique Baptiste
Talent Acquisition Partner | Tidewater Regional Bank"""),
    dict(kind=X, slug="standup_calendar_notification", lang="en",
         frm="Google Calendar <calendar-notification@google.example.com>",
         subj="Notification: Daily standup - BI team @ Mon Aug 24, 2026 9:30am - 9:45am (CDT)",
         date="2026-08-24T09:20:00-05:00",
         body="""Daily standup - BI team
When: Mon Aug 24, 2026 9:30am – 9:45am Central Time - Chicago
Joining info: meet.google.example.com/abc-defg-hij
Calendar: darnell.of@example.com

Invitation from Google Calendar. You are receiving this email because you have notifications set for this calendar."""),
    dict(kind=X, slug="irs_notice_available", lang="en",
         frm="IRS Online Account <no-reply@irs.example.gov>",
         subj="You have a new notice in your IRS Online Account", date="2026-04-28T10:00:00-04:00",
         body="""A new notice is available in your IRS Online Account. For your security, we do not include personal details in email.

Sign in to view it: https://www.irs.example.gov/account

The IRS will never ask for your password or bank details by email."""),
    dict(kind=X, slug="ventra_autoload_receipt", lang="en",
         frm="Ventra <noreply@ventrachicago.example.com>",
         subj="Your Ventra Autoload receipt", date="2026-02-01T05:10:00-06:00", fmt="html", logo="Ventra",
         body="""Hi Darnell,

Your Ventra account was reloaded with $40.00 using your card ending in 4471.

Transit value balance: $43.25
Thanks for riding CTA and Pace."""),
    dict(kind=X, slug="comed_bill_ready", lang="en",
         frm="ComEd <ComEd@account.comed.example.com>",
         subj="Your ComEd bill is ready", date="2026-03-10T07:00:00-05:00", fmt="alt", logo="ComEd",
         body="""Your bill is ready to view.

Account ending in 2218
Amount due: $87.42
Due date: March 31, 2026

View and pay your bill online. Enroll in Budget Billing to avoid seasonal highs."""),
    dict(kind=X, slug="renters_insurance_renewal", lang="en",
         frm="Lemonade-ish Insurance <help@nestlyinsurance.example.com>",
         subj="Your renters policy renews in 30 days", date="2026-06-01T15:15:00+00:00",
         body="""Hey Darnell,

Your renters policy (#RN-55821934) renews on July 1. Your new premium is $14.80/month - up $0.90 because of updated loss data in your zip code.

Nothing to do if you're happy. Want to change your coverage? Tap below.

Nestly Insurance"""),
    dict(kind=X, slug="united_checkin", lang="en",
         frm="United Airlines <notifications@united.example.com>",
         subj="Check in for your flight to Denver", date="2026-07-16T08:00:00-05:00", fmt="html",
         logo="United Airlines",
         body="""It's time to check in.

Confirmation: K7QZ2P
UA 1123 Chicago (ORD) to Denver (DEN)
Friday, July 17 · Departs 10:45 AM

Unfortunately your seat assignment has changed due to an aircraft swap. Your new seat is 23C.

Check in now on the United app."""),
    dict(kind=X, slug="verizon_autopay", lang="en",
         frm="Verizon <VZWMail@ecrmemail.verizon.example.com>",
         subj="We've received your payment", date="2026-05-21T09:45:00-04:00",
         body="""Thanks, Darnell. We've received your AutoPay payment of $72.18 for account ending 0001.

Your next bill will be available on June 4."""),
    dict(kind=X, slug="gym_class_schedule", lang="en",
         frm="Ironworks Fitness <members@ironworksfitness.example.com>",
         subj="Your class was rescheduled", date="2026-02-19T17:30:00-06:00",
         body="""Hi Darnell,

Heads up: Thursday's 6:30 PM HIIT class with Coach Ray has been moved to 7:15 PM because of a studio repair. Your spot is saved.

If the new time doesn't work, you can cancel without a penalty in the app.

See you on the floor,
Ironworks Fitness"""),
    dict(kind=X, slug="alumni_mixer_newsletter", lang="en",
         frm="Northgate Alumni Association <alumni@northgate.example.edu>",
         subj="Alumni news: career panel, fall mixer & mentor matching", date="2026-09-09T12:00:00-05:00",
         fmt="alt", list="alumni-news.northgate.example.edu", logo="Northgate Alumni",
         body="""Hello Northgate alumni!

Career panel: "Interviewing in 2026" - five alumni hiring managers share what they look for in a first-round interview and how they decide who gets an offer. Thursday Oct 1, 6pm, virtual.

Fall mixer: Oct 15 at the River North Social Club.

Mentor matching is open - sign up by Sept 30.

Go Owls!"""),
    dict(kind=X, slug="streaming_price_change", lang="en",
         frm="Streamly <info@mailer.streamly.example.com>",
         subj="An update to your Streamly membership", date="2026-08-02T20:00:00+00:00",
         body="""Hi Darnell,

We're writing to let you know that the price of your Standard plan will change to $17.99/month starting with your September billing date.

As always, you can change plans or cancel online anytime.

The Streamly Team"""),
    dict(kind=X, slug="ziprecruiter_great_match", lang="en",
         frm="ZipRecruiter <alerts@ziprecruiter.example.com>",
         subj="You're a great match! 8 employers want to hear from you", date="2026-06-18T13:15:00+00:00",
         fmt="html", list="alerts.ziprecruiter.example.com", logo="ZipRecruiter",
         body="""Darnell, you're a great match for these jobs

People Analytics Analyst - Sunbelt Home Health - Austin, TX - 1-click apply
Revenue Operations Analyst - Stackline Cloud - Remote
Business Intelligence Developer - Lone Star Energy Co-op - Austin, TX

A hiring manager may want to interview you. Apply today!

Unsubscribe from these alerts"""),
    dict(kind=X, slug="press_radio_interview", lang="en",
         frm="Leah Fontaine <lfontaine@wcrk-radio.example.org>",
         subj="Interview request - Chicago Civic Hour", date="2026-07-29T10:40:00-05:00",
         body="""Hello Darnell,

I'm a producer at WCRK's Chicago Civic Hour. We're doing a segment on volunteer data projects that help city neighborhoods, and the folks at Open Data Chicago told me about your eviction-dashboard work.

Would you be open to a 10-minute on-air interview next Wednesday morning? It would be pre-recorded by phone.

Thanks so much,
Leah Fontaine
Producer, Chicago Civic Hour | WCRK 91.3"""),
    dict(kind=X, slug="survey_candidate_experience", lang="en",
         frm="Candidate Experience Survey <survey@candidatepulse.example.com>",
         subj="How was your interview experience?", date="2026-02-28T16:00:00+00:00",
         body="""Hi Darnell,

You recently interviewed with one of our client companies. Help make hiring better by answering 5 quick questions about your interview experience. Your answers are anonymous and won't affect your candidacy.

Take the survey: https://candidatepulse.example.com/s/7f21

Candidate Pulse"""),
    dict(kind=X, slug="wellfound_newsletter", lang="en",
         frm="Wellfound <team@wellfound.example.com>",
         subj="Startups hiring this week + how to ace a founder interview", date="2026-05-26T14:00:00+00:00",
         fmt="alt", list="weekly.wellfound.example.com", logo="Wellfound",
         body="""This week on Wellfound

- 312 startups are hiring data roles right now
- Founder interviews: what they ask, and why "unfortunately we're not moving forward" often comes down to timing
- Salary data: analytics engineer comp at Series A vs Series C

Browse jobs · Update your profile · Unsubscribe"""),
    dict(kind=X, slug="rent_portal_reminder", lang="en",
         frm="Tenant Portal <noreply@rentpay.example.com>",
         subj="Rent reminder: payment due Oct 1", date="2026-09-28T08:00:00-04:00",
         body="""Hi Darnell, this is a friendly reminder that your rent of $1,845.00 for 88 Spadina Ave, Unit 1207 is due on October 1. Autopay is not enabled on your account."""),
    dict(kind=X, slug="cra_my_account_mail", lang="en",
         frm="Canada Revenue Agency <notification@cra-arc.example.ca>",
         subj="You have new mail from the CRA", date="2026-05-29T04:00:00-04:00",
         body="""You have new mail in My Account.

To view it, sign in to the Canada Revenue Agency's My Account. The CRA will never send you a link to sign in or ask for personal information by email.

Vous avez du nouveau courrier dans Mon dossier."""),
    # ---- French ----
    dict(kind=X, slug="fr_hydro_facture", lang="fr",
         frm="Hydro-Québec Exemple <ne-pas-repondre@hydroquebec.example.ca>",
         subj="Votre facture est disponible", date="2026-02-13T06:00:00-05:00", fmt="html", logo="Hydro",
         body="""Bonjour,

Votre facture d'électricité du 13 février 2026 est disponible dans votre Espace client.

Montant à payer : 64,27 $
Date d'échéance : 6 mars 2026"""),
    dict(kind=X, slug="fr_demande_carte_credit", lang="fr",
         frm="Banque Boréale <notifications@banqueboreale.example.ca>",
         subj="Nous avons bien reçu votre demande", date="2026-04-01T11:11:00-04:00",
         cs="iso-8859-1", cte="qp",
         body="""Bonjour Darnell,

Nous avons bien reçu votre demande de carte de crédit Visa Voyage. Elle est en cours d'analyse.

Malheureusement, nous ne pouvons pas vous donner de suivi par téléphone à cette étape. Vous recevrez une réponse sous 5 jours ouvrables.

Banque Boréale"""),
    dict(kind=X, slug="fr_wttj_newsletter", lang="fr",
         frm="Welcome to the Jungle <newsletter@welcometothejungle.example.com>",
         subj="Refus après entretien : comment rebondir ?", date="2026-05-07T07:30:00+02:00",
         fmt="html", list="newsletter.welcometothejungle.example.com", logo="Welcome to the Jungle",
         body="""Cette semaine dans la newsletter

« Nous ne donnerons pas suite à votre candidature » : comment rebondir après un refus en fin de process ?

Entretien annulé à la dernière minute : que faire ?

Les offres de la semaine : Data Analyst chez une fintech parisienne, Analytics Engineer en full remote, Product Owner Data à Lyon.

Se désabonner"""),
    dict(kind=X, slug="fr_postes_canada_retard", lang="fr",
         frm="Postes Canada <suivi@postescanada.example.ca>",
         subj="Retard de livraison de votre colis", date="2026-06-03T13:25:00-04:00",
         body="""Bonjour,

Malheureusement, la livraison de votre colis 7023 4419 8810 2245 est retardée en raison de conditions météorologiques. Nouvelle date prévue : 5 juin.

Nous nous excusons des inconvénients.

Postes Canada"""),
    dict(kind=X, slug="fr_amie_refus", lang="fr",
         frm="Inès Garnier <ines.garnier@example.fr>",
         subj="bof", date="2026-07-08T22:10:00+02:00",
         body="""Coucou Darnell,

Petite nouvelle pas top : j'ai reçu un refus pour le poste chez Decathlon-truc dont je t'avais parlé, après trois entretiens. Le classique « votre profil ne correspond pas tout à fait ». Bref.

Toi ça avance avec le cabinet de conseil ? On s'appelle ce week-end ?

Bises,
Inès"""),
    dict(kind=X, slug="fr_logement_refuse", lang="fr",
         frm="Gestion Immobilière Plateau <location@gip-plateau.example.ca>",
         subj="Votre demande de location - 4512 rue Saint-Denis", date="2026-08-21T10:00:00-04:00",
         body="""Bonjour,

Nous vous remercions de votre demande de location pour le logement 3 et demie au 4512 rue Saint-Denis. Malheureusement, nous ne pouvons y donner suite, le logement ayant été loué à un autre candidat.

Cordialement,
Gestion Immobilière Plateau"""),
    dict(kind=X, slug="fr_stm_opus", lang="fr",
         frm="Chrono STM <noreply@stm-chrono.example.ca>",
         subj="Recharge de votre carte OPUS confirmée", date="2026-09-01T07:00:00-04:00",
         body="""Bonjour,

La recharge de votre titre mensuel (septembre 2026) sur votre carte OPUS a bien été effectuée.

Bon trajet avec la STM!"""),
    # ---- Spanish ----
    dict(kind=X, slug="es_clase_espanol", lang="es",
         frm="Academia Cervantes Online <profesores@academiacervantes.example.es>",
         subj="Tu clase del jueves", date="2026-03-25T18:00:00+01:00",
         body="""¡Hola Darnell!

Te recordamos que tu clase de conversación (nivel B1) es este jueves a las 19:00 (hora de Madrid). Esta semana practicaremos cómo hablar de experiencias laborales y entrevistas de trabajo, ¡así que prepara una anécdota!

Un saludo,
Profe Carmen
Academia Cervantes Online"""),
    dict(kind=X, slug="es_occ_alertas", lang="es",
         frm="OCC Mundial Alertas <alertas@occ.example.com.mx>",
         subj="15 vacantes nuevas de Analista de Datos en Ciudad de México", date="2026-04-13T12:00:00-06:00",
         fmt="html", list="alertas.occ.example.com.mx", logo="OCC",
         body="""Nuevas vacantes para ti

Analista de Datos Sr. - Banco Mexicano del Norte - CDMX - $45,000 a $55,000 mensuales
Ingeniero de Analytics - Startup fintech - Remoto
Especialista BI - Cadena de tiendas - Monterrey

Estas empresas están entrevistando esta semana. ¡Postúlate!

Dejar de recibir alertas"""),
    dict(kind=X, slug="es_prestamo_solicitud", lang="es",
         frm="Banco Meridional <avisos@bancomeridional.example.es>",
         subj="Hemos recibido tu solicitud de préstamo", date="2026-05-18T09:00:00+02:00",
         cs="windows-1252", cte="qp",
         body="""Hola Darnell,

Hemos recibido tu solicitud de Préstamo Personal Online por importe de 6.000 €. La estamos estudiando y te daremos una respuesta en un plazo máximo de 48 horas.

Lamentablemente no podemos informarte del estado por teléfono mientras se revisa.

Banco Meridional"""),
    dict(kind=X, slug="es_vuelo_cambio", lang="es",
         frm="Aerovía México <notificaciones@aerovia.example.mx>",
         subj="Cambio en tu itinerario - Reservación HX4K9L", date="2026-06-22T03:10:00-06:00",
         fmt="html", logo="Aerovía",
         body="""Estimado pasajero Darnell Osei-Fitzgerald:

Lamentamos informarle que su vuelo AV 412 Ciudad de México - Toronto del 30 de junio ha sido reprogramado. Nuevo horario de salida: 14:35 (antes 09:10).

Si el nuevo horario no le conviene, puede cambiar su vuelo sin costo en Mis Viajes."""),
    dict(kind=X, slug="es_podcast_entrevista", lang="es",
         frm="Sofía Manrique <sofia@datosconcafe.example.com>",
         subj="¿Te animas a una entrevista para el podcast?", date="2026-08-04T12:30:00-06:00",
         body="""Hola Darnell,

Soy Sofía, del podcast Datos con Café. Vimos tu charla en el meetup de Analytics CDMX y nos encantaría entrevistarte en un episodio sobre analítica de personas.

Grabamos en línea, unos 40 minutos. ¿Te interesaría?

¡Saludos!
Sofía"""),
    dict(kind=X, slug="es_investigacion_usuarios", lang="es",
         frm="Equipo de Producto de Pagalo <investigacion@pagalo.example.es>",
         subj="Queremos conocer tu opinión (entrevista de 20 min)", date="2026-09-14T10:00:00+02:00",
         body="""Hola Darnell,

Estamos rediseñando la sección de gastos compartidos de la app y nos gustaría hacerte una entrevista de investigación de 20 minutos por videollamada. Como agradecimiento, te regalamos un bono de 25 €.

Reserva tu hueco aquí: https://pagalo.example.es/investigacion

Gracias,
Equipo de Producto"""),
    dict(kind=X, slug="es_amigo_rechazo", lang="es",
         frm="Javier Molina <javi.molina@example.es>",
         subj="Re: ¿qué tal todo?", date="2026-10-03T23:02:00+02:00", thread=True,
         thread_domain="example.es",
         body="""Pues mal, tío. Me han rechazado en lo de la consultora, después de la entrevista final. Me dijeron que "buscaban un perfil más senior". En fin, a seguir.

¿Tú qué tal con lo de Madrid? Cuéntame.

Javi""",
         quote="""El vie, 2 oct 2026 a las 19:40, Darnell Osei-Fitzgerald (<darnell.of@example.com>) escribió:
> ¡Javi! ¿Qué tal todo? ¿Te dijeron algo de la consultora?"""),
    # ---- German ----
    dict(kind=X, slug="de_stepstone_jobletter", lang="de",
         frm="StepStone Jobletter <jobagent@stepstone.example.de>",
         subj="12 neue Jobs für \"Data Analyst\" in Berlin", date="2026-02-06T06:15:00+01:00",
         fmt="html", list="jobagent.stepstone.example.de", logo="StepStone",
         body="""Ihr Jobletter

Data Analyst (m/w/d) - Kontorwerk GmbH - Berlin - Jetzt bewerben
Analytics Engineer (all genders) - Finlytix - Berlin / Remote
BI-Entwickler (m/w/d) - Stadtwerke - Potsdam

Tipp der Woche: So meistern Sie das Vorstellungsgespräch per Video – und was tun nach einer Absage?

Jobletter abbestellen"""),
    dict(kind=X, slug="de_hausrat_antrag", lang="de",
         frm="Allsicher Versicherung <service@allsicher.example.de>",
         subj="Ihr Antrag ist bei uns eingegangen", date="2026-03-03T10:30:00+01:00",
         cs="iso-8859-1", cte="qp",
         body="""Sehr geehrter Herr Osei-Fitzgerald,

vielen Dank für Ihren Antrag auf eine Hausratversicherung. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Die Police erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen
Ihre Allsicher Versicherung"""),
    dict(kind=X, slug="de_paket_verspaetet", lang="de",
         frm="Paketdienst Blitz <benachrichtigung@blitzpaket.example.de>",
         subj="Ihre Sendung verspätet sich", date="2026-04-20T14:05:00+02:00",
         body="""Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094042557. Neuer voraussichtlicher Zustelltag: Donnerstag, 23.04.

Wir bitten um Entschuldigung.
Ihr Paketdienst Blitz"""),
    dict(kind=X, slug="de_wohnung_absage", lang="de",
         frm="Hausverwaltung Meier & Söhne <vermietung@meier-hv.example.de>",
         subj="Wohnungsbesichtigung Boxhagener Str. 18", date="2026-06-05T16:40:00+02:00",
         body="""Sehr geehrter Herr Osei-Fitzgerald,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Boxhagener Str. 18. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Hausverwaltung Meier & Söhne"""),
    dict(kind=X, slug="de_uni_zulassung", lang="de",
         frm="Studierendenservice FU Exempel <studierendenservice@fu-exempel.example.de>",
         subj="Ihr Zulassungsbescheid ist verfügbar", date="2026-08-14T12:00:00+02:00",
         body="""Sehr geehrter Herr Osei-Fitzgerald,

im Bewerbungsportal steht Ihr Bescheid für den weiterbildenden Masterstudiengang "Data Science und Gesellschaft" zum Wintersemester 2026/27 bereit. Bitte loggen Sie sich ein, um ihn einzusehen.

Ihr Studierendenservice"""),
    dict(kind=X, slug="de_kollege_standup", lang="de",
         frm="Tobias Wendt <tobias.wendt@example.de>",
         to="BI-Team <bi-team@example.de>", cc="Darnell Osei-Fitzgerald <darnell.of@example.com>",
         subj="Daily morgen ausnahmsweise 10 Uhr", date="2026-10-08T17:45:00+02:00",
         body="""Hi zusammen,

wegen des Sprint-Reviews verschieben wir das Daily morgen ausnahmsweise auf 10 Uhr. Gleicher Link wie immer.

Danke & bis morgen
Tobias"""),
]
