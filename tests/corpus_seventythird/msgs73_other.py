"""The `other` mail of the 73rd corpus: alerts, newsletters, bills, deliveries, friends, own mail.

Standard library only (through msgs73_helpers); read by make_seventythird.py.
"""

from __future__ import annotations

from msgs73_helpers import gmail, msg

OTHER = "other"


def _bulk(list_id: str, unsub: str) -> dict:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


MESSAGES = [
    msg(OTHER, "linkedin_job_alert", "en",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>", "\u201cproduct marketing manager\u201d: 14 new jobs in Chicago",
        "2026-01-12 07:03 -0600", """
Your job alert for product marketing manager in Chicago, Illinois

Product Marketing Manager - Cedar & Oak Home - Chicago, IL (Hybrid) - Actively recruiting
Senior PMM, Payments - Orbit Ledger - Remote - Be an early applicant
Product Marketing Lead - Sundial Snacks - Chicago, IL - 3 connections work here
Growth Marketing Manager - Fizzly - Denver, CO (Remote)

See all jobs

You're receiving Job Alert emails. Unsubscribe. Manage your alerts.
""", fmt="html", headers=_bulk("<jobalerts.linkedin.example.com>", "https://linkedin.example.com/unsub/ja"),
        links=[("See all jobs", "https://linkedin.example.com/jobs/search?trk=eml-jobalert")]),

    msg(OTHER, "indeed_digest", "en",
        "Indeed <alert@indeed.example.com>", "30+ new marketing analyst jobs near Chicago, IL",
        "2026-01-18 06:15 -0600", """
New jobs matching marketing analyst in Chicago, IL

Marketing Analyst - Lakeshore Regional Health - Chicago, IL - $68,000 - $82,000 a year - Easily apply
CRM Analyst - Great Plains Mutual Insurance - Naperville, IL - Responsive employer
Consumer Insights Analyst - North Branch Foods - Milwaukee, WI - New
Marketing Data Analyst (Contract) - Ardent Staffing - Evanston, IL

Tip: Employers are 3x more likely to respond to applications submitted within 3 days of posting.

Unsubscribe from these emails | Indeed, 6433 Champion Grandview Way, Austin, TX
""", fmt="html", headers=_bulk("<alerts.indeed.example.com>", "https://indeed.example.com/unsub?t=1")),

    msg(OTHER, "newsletter_rejection_advice", "en",
        "The Offer Letter <hello@theofferletter.example.org>", "How to bounce back after a rejection (and what to say)",
        "2026-01-25 08:00 -0600", """
This week: rejection, ghosting, and the missed interview

Hi friend,

We've all been there. "Unfortunately, we've decided to move forward with other candidates." Here's the thing: a rejection email is an invitation to build a relationship. Reply within 24 hours, thank them for the interview, and ask one specific question about the feedback.

And if you ever miss an interview? Own it immediately - apologize, don't make excuses, and offer new times.

Also inside: 5 phone screen questions you'll be asked in 2026, and why "we'll keep your resume on file" sometimes actually means it.

Read online | Unsubscribe | The Offer Letter, 1 N State St, Chicago
""", fmt="alt", headers=_bulk("The Offer Letter <weekly.theofferletter.example.org>", "mailto:unsubscribe@theofferletter.example.org"),
        links=[("Read the full issue", "https://theofferletter.example.org/p/bounce-back?utm_source=newsletter")]),

    msg(OTHER, "recruiter_inmail_no_interview", "en",
        "Trevor Nguyen <trevor@brightpathsearch.example.com>", "Opportunity - Head of Lifecycle (fintech, remote)",
        "2026-02-06 12:44 -0600", """
Hi Dana,

Hope your week's going well! I came across your profile and was impressed by your CRM work. I'm partnering with a Series B fintech on a Head of Lifecycle role (remote US/Canada, $150-170k base).

Not sure if you're open to new opportunities, but if so I'd love to share more. No pressure either way!

Cheers,
Trevor Nguyen
Principal | BrightPath Search
""", contact="trevor@brightpathsearch.example.com"),

    msg(OTHER, "podcast_interview_invite", "en",
        "Maya Okafor <maya@marketingafterhours.example.com>", "Podcast interview?",
        "2026-02-10 14:30 -0600", """
Hi Dana!

I host Marketing After Hours, a little podcast about career changers in marketing. A friend forwarded me your LinkedIn post about moving from analytics into product marketing and I'd love to interview you for an episode! We record over Riverside, about 40 minutes, no prep needed.

Would any time in the next two weeks work?

Maya
""", contact="maya@marketingafterhours.example.com"),

    msg(OTHER, "user_research_interview", "en",
        "Ledgerly Research <research@ledgerly.example.com>", "Share your feedback: 30-min interview, $75 gift card",
        "2026-02-14 10:00 -0600", """
Hi Dana,

Thanks for being a Ledgerly customer! Our product team is conducting user research interviews about how people budget for big life changes (like moving cities or changing jobs).

Interviews are 30 minutes over Zoom and participants receive a $75 gift card. Book a slot here if you're interested: https://ledgerly.example.com/research/book

Ledgerly Research Team
""", fmt="html", contact="research@ledgerly.example.com",
        links=[("Book a session", "https://ledgerly.example.com/research/book?utm_campaign=ux")]),

    msg(OTHER, "friend_own_rejection", "en",
        "Priyanka Desai <priyanka.desai@example.net>", "ugh",
        "2026-02-21 21:15 -0600", """
dana. I got rejected from the Meridian Cart job. after FOUR rounds. the email literally said "we have decided to move forward with candidates whose experience more closely matches". like ok. anyway wine this weekend? I need to vent

p
""", contact="priyanka.desai@example.net"),

    msg(OTHER, "package_delayed", "en",
        "Amazon.example <shipment-tracking@amazon.example.com>", "Your package is delayed",
        "2026-02-27 16:40 -0600", """
Hello Dana,

Unfortunately your package with Logitech MX Keys keyboard is delayed. We now expect it to arrive Monday, March 2. We're sorry for the inconvenience.

Track package

We hope to see you again soon.
""", fmt="html", links=[("Track package", "https://amazon.example.com/progress-tracker?ref=ship")]),

    msg(OTHER, "gps_position_share", "en",
        "Google Maps Timeline <noreply-maps-timeline@google.example.com>", "Your February update: position history",
        "2026-03-01 09:00 -0600", """
Your February Timeline

You visited 14 places and 3 cities. Your most recent position was recorded near W Madison St, Chicago at 8:41 PM.

Position sharing: Alex W. can see your current location. Manage location sharing.

You're receiving this because Timeline is turned on.
""", fmt="html"),

    msg(OTHER, "credit_card_application_received", "en",
        "Lakefront Credit Union <no-reply@lakefrontcu.example.com>", "We've received your application",
        "2026-03-06 11:11 -0600", """
Dear Dana Whitfield-Osei,

Thank you for applying for the Lakefront Rewards Visa Signature card. We have received your application and it is currently under review. Most decisions are made within 7-10 business days. We'll notify you by mail.

Application reference: LCU-7719033

Lakefront Credit Union. Federally insured by NCUA. Equal Housing Lender.
""", fmt="html"),

    msg(OTHER, "apartment_application_denied", "en",
        "Rent Portal - Wicker Lofts <leasing-noreply@rentportal.example.com>", "Update on your rental application",
        "2026-03-15 13:25 -0500", """
Hi Dana,

Thank you for applying to Wicker Lofts, Unit 4B. Unfortunately, we are unable to approve your application at this time because another applicant's application was approved first. Your application fee will be refunded within 5-7 business days.

Wicker Lofts Leasing Office
""", fmt="html"),

    msg(OTHER, "university_admission", "en",
        "Graduate Admissions, Lakemont University <gradadmissions@lakemont.example.edu>",
        "Your application decision - MS in Marketing Analytics (part-time)", "2026-03-21 17:00 -0500", """
Dear Dana,

Thank you for your application to the part-time MS in Marketing Analytics program. After careful review, the Admissions Committee is pleased to offer you admission for the Fall 2026 term.

Please log in to the applicant portal to accept your offer of admission by April 30.

Office of Graduate Admissions
Lakemont University
""", fmt="alt"),

    msg(OTHER, "own_sent_followup", "en",
        "Dana Whitfield-Osei <dana.wo@example.com>", "Following up - Brand Marketing Manager",
        "2026-02-26 08:30 -0600", """
Hi Brittany,

Just following up on the Sundial Snacks interview - any update on timing? Happy to send anything else they need.

Thanks!
Dana
""", to="Brittany Fox <brittany@foxandfinch.example.com>"),

    msg(OTHER, "own_sent_missed_apology", "en",
        "Dana Whitfield-Osei <dana.wo@example.com>", "Re: Interview schedule - Performance Marketing Manager",
        "2026-04-07 09:10 -0500", """
Dear Rohit,

I'm so sorry I missed this morning's interview - I completely mixed up the time zones. That's not like me and I take full responsibility. Would any time Thursday or Friday work to reschedule?

Best regards,
Dana
""" + gmail("Wed, Apr 1, 2026 at 11:40 PM", "Rohit Sharma <rohit.sharma@vayudigital.example.in>", """Dear Dana,
We are pleased to inform you that your profile has been shortlisted for the first round of interview."""),
        to="Rohit Sharma <rohit.sharma@vayudigital.example.in>", irt="<interview-schedule.vayu@vayudigital.example.in>"),

    msg(OTHER, "ooo_recruiter", "en",
        "Kim Alvarez <kim.alvarez@pennantlabs.example.com>", "Automatic reply: Presentation interview",
        "2026-03-11 09:02 -0500", """
Thank you for your email. I am out of the office until Monday, March 16 with limited access to email. For urgent recruiting matters, please contact recruiting@pennantlabs.example.com.

Kim
""", company="Pennant Labs", contact="kim.alvarez@pennantlabs.example.com", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    msg(OTHER, "standup_calendar", "en",
        "Google Calendar <calendar-notification@google.example.com>", "Notification: Daily standup @ Mon Apr 13, 2026 9:30am - 9:45am (CDT)",
        "2026-04-13 09:20 -0500", """
Daily standup
Mon Apr 13, 2026 9:30am - 9:45am Central Time - Chicago

Joining info: meet.google.example.com/abc-defg-hij

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for the calendar dana.wo@example.com.
""", fmt="alt"),

    msg(OTHER, "comed_bill", "en",
        "ComEd <noreply@comed.example.com>", "Your ComEd bill is ready",
        "2026-02-03 05:45 -0600", """
Hi Dana, your bill for account ending in 4471 is ready. Amount due: $84.17. Due date: 02/24/2026.

View & Pay Bill

Enroll in AutoPay and never miss a due date.
""", fmt="html"),

    msg(OTHER, "ventra_autoload", "en",
        "Ventra <noreply@ventra.example.com>", "Your Ventra Account has been reloaded",
        "2026-01-31 11:02 -0600", """
Your Ventra Card ending in 9921 has been reloaded with $20.00 via Autoload. Transit value balance: $23.75.

Ventra Customer Service: 1-877-669-8368
""", charset="iso-8859-1"),

    msg(OTHER, "irs_notice", "en",
        "IRS e-file <efile-noreply@irs.example.gov>", "Your 2025 federal return has been accepted",
        "2026-02-28 14:02 -0600", """
Your federal individual income tax return for tax year 2025 was accepted by the IRS on 02/28/2026. Submission ID: 1234562026059abc0001.

Please allow up to 21 days for your refund.
"""),

    msg(OTHER, "verizon_plan", "en",
        "Verizon <verizonwireless@email.verizon.example.com>", "Dana, your new plan perks are here",
        "2026-03-14 10:30 -0500", """
Your plan just got better. Add Disney+, Netflix & Max for $10/mo each. Plus, Dana, trade in your phone and get up to $800 off.

Shop now | Unsubscribe
""", fmt="html", headers=_bulk("<promo.verizon.example.com>", "https://verizon.example.com/unsub")),

    msg(OTHER, "united_checkin", "en",
        "United Airlines <unitedairlines@news.united.example.com>", "Check in for your flight to Toronto",
        "2026-03-29 10:00 -0500", """
It's time to check in

ORD -> YYZ  UA 1183  Mon, Mar 30  8:05 AM
Confirmation: K7PQ2X

Check in now to choose your seat and add bags.
""", fmt="html"),

    msg(OTHER, "gym_class", "en",
        "Forge Fitness Wicker Park <hello@forgefitness.example.com>", "You're booked: Spin 6:30 AM",
        "2026-04-15 20:12 -0500", """
See you tomorrow, Dana! You're booked for Spin with Coach Tasha, Thu Apr 16 at 6:30 AM. Cancel up to 12 hours before class to avoid a late-cancel fee.
""", fmt="html"),

    msg(OTHER, "health_insurance_eob", "en",
        "BlueHarbor Health <noreply@blueharborhealth.example.com>", "A new Explanation of Benefits is available",
        "2026-04-19 07:30 -0500", """
Hello Dana,

A new Explanation of Benefits (EOB) for a claim from Northside Dental is available in your member portal. This is not a bill.

BlueHarbor Health
""", fmt="html"),

    msg(OTHER, "alumni_event", "en",
        "Lakemont Alumni <alumni@lakemont.example.edu>", "Career Night: How I landed my PM role",
        "2026-04-23 12:00 -0500", """
Join fellow alumni for Career Night! Panelists share how they navigated interviews, recruiter screens and rejection on the way to product roles. Bring your questions.

Thursday, May 7, 6:00 PM - Lakemont Loop Campus, Room 402. RSVP required.

Unsubscribe from alumni events.
""", fmt="html", headers=_bulk("Lakemont Alumni Events <events.alumni.lakemont.example.edu>", "https://alumni.lakemont.example.edu/unsub")),

    msg(OTHER, "glassdoor_community", "en",
        "Glassdoor Community <community@glassdoor.example.com>", "\"Got ghosted after the final round\" and other trending posts",
        "2026-05-03 09:00 -0500", """
Trending in Marketing Bowl

"Got ghosted after the final round - do I follow up?" - 214 comments
"Offer letter came in 15% under the range they quoted" - 98 comments
"Recruiter rescheduled my interview 3 times, red flag?" - 77 comments

Join the conversation | Unsubscribe
""", fmt="html", headers=_bulk("<bowls.glassdoor.example.com>", "https://glassdoor.example.com/unsub")),

    msg(OTHER, "wellfound_weekly", "en",
        "Wellfound <team@wellfound.example.com>", "5 startups want to hear from you",
        "2026-05-11 08:00 -0500", """
Hi Dana - companies are hiring for roles like yours this week:

Orbit Ledger - Growth Marketing Manager - Remote - $120k-$145k
Fizzly - Lifecycle Lead - Denver - 0.2% - 0.5%
Stackwise - Product Marketing Manager - Austin

Stay active: candidates who update their profile weekly get 2x more intro requests.
""", fmt="html", headers=_bulk("<digest.wellfound.example.com>", "https://wellfound.example.com/unsub")),

    msg(OTHER, "spotify_promo", "en",
        "Spotify <no-reply@spotify.example.com>", "Your 2026 mid-year playlist is ready",
        "2026-06-30 10:00 -0500", """
Dana, your mid-year mix is here. 50 songs you had on repeat since January.

Listen now
""", fmt="html", headers=_bulk("<promo.spotify.example.com>", "https://spotify.example.com/unsub")),

    msg(OTHER, "usps_delivery", "en",
        "USPS Informed Delivery <USPSInformeddelivery@email.usps.example.com>", "Your Daily Digest for Wed, 7/22",
        "2026-07-22 06:05 -0500", """
You have 3 mail pieces and 1 package arriving soon.

Package: 9400 1000 0000 0000 0000 00 - Expected Delivery: Wednesday 7/22
""", fmt="html"),

    msg(OTHER, "recruiter_marketing_newsletter", "en",
        "Ardent Staffing <news@ardentstaffing.example.com>", "Salary Guide 2026 + hot jobs in Chicagoland",
        "2026-08-05 11:00 -0500", """
The Ardent 2026 Marketing & Creative Salary Guide is here!

Marketing analysts in Chicago saw median pay rise 4.2%. Plus: 7 interview mistakes hiring managers told us about, and our hot jobs this week.

Download the guide | Submit your resume | Unsubscribe
""", fmt="html", headers=_bulk("<news.ardentstaffing.example.com>", "https://ardentstaffing.example.com/unsub")),

    msg(OTHER, "press_interview_request", "en",
        "Ben Carter <bcarter@windycityreview.example.com>", "Interview request - story on career changers",
        "2026-08-18 13:20 -0500", """
Hi Dana,

I'm a reporter at the Windy City Review working on a story about mid-career professionals moving into tech marketing. Lakemont's alumni office suggested I reach out. Would you be open to a 15-minute phone interview this week? Happy to keep it on background if you prefer.

Ben Carter
Staff Reporter
""", contact="bcarter@windycityreview.example.com"),

    msg(OTHER, "es_alerta_occ", "es",
        "Alertas de Empleo <alertas@empleosmx.example.com>", "Nuevas vacantes: Mercadotecnia en Monterrey",
        "2026-02-16 07:00 -0600", """
Hola Dana, encontramos 12 vacantes nuevas para ti:

Coordinador(a) de CRM - Cafetalia - Monterrey, N.L.
Analista de Trade Marketing - Grupo Alcázar - San Pedro Garza García
Especialista en Marketing Digital - Banco Arrecife - CDMX

Ver todas las vacantes | Darte de baja
""", fmt="html", headers=_bulk("<alertas.empleosmx.example.com>", "https://empleosmx.example.com/baja")),

    msg(OTHER, "es_clase_espanol", "es",
        "Academia Cervantes Chicago <info@academiacervantes.example.com>", "Recordatorio: clase del jueves",
        "2026-03-11 18:00 -0500", """
Hola Dana:

Te recordamos que la clase de conversación (nivel B2) es este jueves a las 7:00 pm. Tema: "La entrevista de trabajo" - practicaremos cómo presentarnos y responder preguntas difíciles.

¡Nos vemos!
Academia Cervantes
""", contact="info@academiacervantes.example.com", charset="iso-8859-1"),

    msg(OTHER, "es_amiga_rechazo", "es",
        "Valeria Montes <valeria.montes@example.org>", "Ni modo...",
        "2026-05-24 22:10 -0600", """
Amiga, me rechazaron de lo de Banco Arrecife 😩 Me dijeron que "decidieron continuar con otros candidatos". Después de tres entrevistas! Bueno, a seguir buscando. ¿Cómo vas tú con lo de Cafetalia?

Besos
Vale
""", contact="valeria.montes@example.org"),

    msg(OTHER, "es_banco_solicitud_prestamo", "es",
        "Banco Arrecife <notificaciones@bancoarrecife.example.mx>", "Recibimos tu solicitud de crédito",
        "2026-06-08 12:00 -0600", """
Hola Dana,

Recibimos tu solicitud de Crédito Personal. Nuestro equipo la está revisando y te daremos una respuesta en un plazo máximo de 48 horas hábiles.

Folio: CP-2026-558812

Este correo es informativo, por favor no respondas.
""", fmt="html"),

    msg(OTHER, "es_paquete_retrasado", "es",
        "Mercado Envíos <envios@mercado.example.mx>", "Tu paquete viene con retraso",
        "2026-07-02 15:30 -0600", """
Lamentablemente tu paquete llegará más tarde de lo previsto. Nueva fecha estimada: 6 de julio. Lamentamos las molestias.

Ver envío
""", fmt="html", charset="iso-8859-1"),

    msg(OTHER, "es_newsletter_carrera", "es",
        "Carrera al Día <boletin@carreraaldia.example.es>", "5 errores que te cuestan la entrevista",
        "2026-09-02 08:00 +0200", """
Boletín semanal

¿Te han rechazado después de la entrevista final? No eres la única persona. Esta semana te contamos cómo pedir feedback después de un "lamentablemente no continuarás en el proceso", y qué hacer si te reprograman la entrevista tres veces.

Leer más | Darse de baja
""", fmt="html", headers=_bulk("<boletin.carreraaldia.example.es>", "https://carreraaldia.example.es/baja")),

    msg(OTHER, "es_reclutador_frio", "es",
        "Ximena Durán <ximena@talentonorte.example.mx>", "¿Abierta a nuevas oportunidades?",
        "2026-09-23 11:45 -0600", """
Hola Dana, ¿qué tal?

Vi tu perfil en LinkedIn y me pareció muy interesante tu experiencia en CRM. Estoy apoyando a una fintech en CDMX con una posición de Gerente de Lifecycle. Si te interesa, con gusto te cuento más.

Saludos,
Ximena Durán
Talento Norte
""", contact="ximena@talentonorte.example.mx"),

    msg(OTHER, "fr_wttj_alerte", "fr",
        "Welcome to the Jungle <alertes@welcometothejungle.example.com>", "12 nouvelles offres pour vous : Product Marketing à Paris",
        "2026-02-23 08:00 +0100", """
Bonjour Dana,

Voici les nouvelles offres qui correspondent à votre alerte :

Product Marketing Manager - Lumen Voyages - Paris - CDI
Growth Manager - Rivage - Lyon - CDI
Chargé(e) d'études marketing - MesureLab - Paris - CDI

Voir toutes les offres | Se désabonner
""", fmt="html", headers=_bulk("<alertes.welcometothejungle.example.com>", "https://welcometothejungle.example.com/desabonnement")),

    msg(OTHER, "fr_hydro_facture", "fr",
        "Hydro-Québec <nepasrepondre@hydroquebec.example.ca>", "Votre facture est disponible",
        "2026-04-04 06:00 -0400", """
Bonjour,

Votre facture d'électricité du 4 avril 2026 est disponible dans votre Espace client. Montant : 67,42 $. Date d'échéance : 25 avril 2026.

Hydro-Québec
""", fmt="html", charset="iso-8859-1", cte="quoted-printable"),

    msg(OTHER, "fr_podcast_entrevue", "fr",
        "Sophie Lavoie <sophie@balado-carriere.example.ca>", "Entrevue pour notre balado?",
        "2026-05-06 14:10 -0400", """
Bonjour Dana,

J'anime le balado « Virage de carrière » et j'aimerais beaucoup t'accueillir pour une entrevue d'environ 30 minutes sur ton passage de l'analytique au marketing produit. L'enregistrement se fait à distance.

Ça te dirait?

Sophie Lavoie
""", contact="sophie@balado-carriere.example.ca"),

    msg(OTHER, "fr_poste_canada_livraison", "fr",
        "Postes Canada <ne-pas-repondre@postescanada.example.ca>", "Votre colis est en retard",
        "2026-05-18 16:02 -0400", """
Malheureusement, la livraison de votre colis 7023 4410 8822 est retardée en raison de conditions météorologiques. Nouvelle date de livraison prévue : 21 mai.

Suivre le colis
""", fmt="html"),

    msg(OTHER, "fr_newsletter_emploi", "fr",
        "Cadremploi Hebdo <newsletter@cadres-hebdo.example.fr>", "Entretien raté, refus, relance : nos conseils",
        "2026-06-09 07:30 +0200", """
La lettre de la semaine

Vous avez reçu un refus après un entretien ? Voici comment répondre avec élégance. Et si vous avez manqué un entretien, excusez-vous rapidement et proposez de nouveaux créneaux.

Aussi : les salaires du marketing à Lyon en 2026.

Se désinscrire
""", fmt="html", headers=_bulk("<hebdo.cadres-hebdo.example.fr>", "https://cadres-hebdo.example.fr/desinscription")),

    msg(OTHER, "fr_etude_utilisateur", "fr",
        "Équipe UX Rivage <ux@rivage.example.fr>", "Participez à un entretien utilisateur (40 €)",
        "2026-07-07 10:00 +0200", """
Bonjour,

Vous utilisez l'application Rivage ? Nous recherchons des utilisateurs pour un entretien de 45 minutes en visio afin d'améliorer la réservation. Chaque participant reçoit un bon de 40 €.

Réservez votre créneau : https://rivage.example.fr/ux/creneau

Merci !
L'équipe UX
""", contact="ux@rivage.example.fr", fmt="alt"),

    msg(OTHER, "fr_ami_refus", "fr",
        "Julien Moreau <julien.moreau@example.net>", "bon ben...",
        "2026-08-03 21:30 +0200", """
Salut Dana,

Petite nouvelle : Maison Verlaine m'a envoyé un refus ce matin, « pas de suite favorable » etc. Je suis un peu dégoûté mais bon. Et toi, ça avance de ton côté ?

Bises,
Julien
""", contact="julien.moreau@example.net"),

    msg(OTHER, "fr_rogers_facture", "fr",
        "Rogers <ne-pas-repondre@rogers.example.ca>", "Votre facture Rogers est prête",
        "2026-09-05 05:00 -0400", """
Bonjour Dana,

Votre facture de septembre est prête. Solde à payer : 85,00 $, prélevé automatiquement le 20 septembre.

Rogers
""", fmt="html"),

    msg(OTHER, "de_stepstone_alert", "de",
        "StepStone Jobagent <jobagent@stepstone.example.de>", "Neue Jobs für Sie: Product Marketing Manager, Berlin",
        "2026-03-02 06:30 +0100", """
Hallo Dana,

Ihr Jobagent hat 9 neue Stellenangebote gefunden:

Product Marketing Manager (m/w/d) - Nordlicht Medien - Hamburg
CRM Manager (m/w/d) - Bergmann Versand - Frankfurt am Main
Growth Marketing Lead (m/w/d) - FlinkBank - Berlin

Alle Jobs ansehen | Jobagent abbestellen
""", fmt="html", headers=_bulk("<jobagent.stepstone.example.de>", "https://stepstone.example.de/abmelden")),

    msg(OTHER, "de_karriere_newsletter", "de",
        "karriere.digital Newsletter <newsletter@karriere-digital.example.de>", "Absage bekommen? So reagieren Sie richtig",
        "2026-04-27 08:00 +0200", """
Liebe Leserinnen und Leser,

eine Absage nach dem Vorstellungsgespräch ist frustrierend. Wir zeigen, wie Sie höflich antworten und um Feedback bitten - und was zu tun ist, wenn Sie einen Termin verpasst haben.

Zum Artikel | Newsletter abbestellen
""", fmt="html", headers=_bulk("<newsletter.karriere-digital.example.de>", "https://karriere-digital.example.de/abmelden"),
        charset="iso-8859-1"),

    msg(OTHER, "de_sprachkurs", "de",
        "Deutschkurs Frankfurt <info@sprachschule-main.example.de>", "Ihre Anmeldung zum Intensivkurs B1",
        "2026-08-28 14:00 +0200", """
Sehr geehrte Frau Whitfield-Osei,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B1 ab dem 5. Oktober. Die Kursgebühr in Höhe von 480 EUR überweisen Sie bitte bis zum 20. September.

Mit freundlichen Grüßen
Sprachschule am Main
""", contact="info@sprachschule-main.example.de", charset="iso-8859-1", cte="quoted-printable"),

    msg(OTHER, "de_wohnung_absage", "de",
        "Hausverwaltung Krüger <vermietung@hv-krueger.example.de>", "Ihre Anfrage zur Wohnung Bergmannstraße",
        "2026-09-10 11:20 +0200", """
Sehr geehrte Frau Whitfield-Osei,

vielen Dank für Ihr Interesse an der Wohnung in der Bergmannstraße 12. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Mietinteressenten entschieden haben.

Mit freundlichen Grüßen
Hausverwaltung Krüger
""", contact="vermietung@hv-krueger.example.de"),

    msg(OTHER, "de_paket_verspaetet", "de",
        "DHL Paket <noreply@dhl.example.de>", "Ihre Sendung verzögert sich",
        "2026-09-29 09:45 +0200", """
Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094012345. Wir bitten um Entschuldigung. Voraussichtliche Zustellung: 2. Oktober.

Sendung verfolgen
""", fmt="html"),
]

# Steps of a live application that are none of the six job kinds, and more everyday mail.
MESSAGES += [
    msg(OTHER, "background_check_vendor", "en",
        "Crestmark Bank via ClearVerify <notifications@clearverify.example.com>", "Action required: complete your background check",
        "2026-06-20 09:00 -0500", """
Hello Dana,

Crestmark Bank has requested a background screening as part of your conditional offer. Please complete your consent and personal information within 3 business days.

Start now

ClearVerify Screening Services
This mailbox is not monitored.
""", company="Crestmark Bank", fmt="html", links=[("Start now", "https://portal.clearverify.example.com/c/88A1")]),

    msg(OTHER, "reference_check_request", "en",
        "Stephanie Wu <stephanie.wu@crestmarkbank.example.com>", "References",
        "2026-06-16 13:35 -0500", """
Hi Dana,

Quick one - could you send over two professional references (name, title, email, phone), ideally including a former manager? The team is wrapping up its final step this week.

Thank you!
Stephanie

---------- Forwarded message ---------
From: Raj Patel <raj.patel@crestmarkbank.example.com>
Date: Tue, Jun 16, 2026 at 12:58 PM
Subject: Dana W-O
To: Stephanie Wu <stephanie.wu@crestmarkbank.example.com>

Steph - can we get refs for Dana started? want to move fast on this one.
R
""", company="Crestmark Bank", contact="stephanie.wu@crestmarkbank.example.com"),

    msg(OTHER, "tn_visa_question", "en",
        "Nate Cho <nate.cho@harborlinetravel.example.com>", "Quick question",
        "2026-02-05 10:12 -0500", """
Hi Dana - before I loop in the hiring manager, one quick q: the role is based in our Toronto office. Are you legally authorized to work in Canada, or would you require sponsorship / a work permit? Just need this for the req.

Thanks!
Nate
""", company="Harborline Travel", contact="nate.cho@harborlinetravel.example.com"),

    msg(OTHER, "friend_forwards_posting", "en",
        "Marcus Osei <marcus.osei@example.org>", "Fwd: this is SO you",
        "2026-07-09 20:02 -0500", """
saw this at work, our sister company is hiring. want me to refer you? the hiring manager is super nice

m
""", contact="marcus.osei@example.org",
        forward={"frm": "Internal Careers <careers-noreply@ridgewayoutfitters.example.com>",
                 "to": "Marcus Osei <marcus.osei@example.org>", "subj": "New internal posting: Lifecycle Marketing Manager",
                 "date": "2026-07-09 08:00 -0600",
                 "body": "Lifecycle Marketing Manager - Denver or remote. Referral bonus $2,500. Apply by July 31."}),

    msg(OTHER, "ttc_presto", "en",
        "PRESTO <noreply@prestocard.example.ca>", "Your PRESTO card autoload was successful",
        "2026-04-01 07:30 -0400", """
Hi Dana,

$30.00 has been loaded to your PRESTO card ending in 4410 for travel on the TTC. Your balance is $41.15.

PRESTO
""", fmt="html"),

    msg(OTHER, "cra_mybenefits", "en",
        "Canada Revenue Agency <notification@cra-arc.example.ca>", "You have new mail in My Account",
        "2026-05-04 06:00 -0400", """
You have new mail from the Canada Revenue Agency. Sign in to My Account to view it.

Do not reply to this email.

Vous avez du nouveau courrier de l'Agence du revenu du Canada. Connectez-vous à Mon dossier pour le consulter.
"""),

    msg(OTHER, "instacart_order", "en",
        "Instacart <orders@instacart.example.com>", "Your order from Mariano's is on its way",
        "2026-05-30 17:45 -0500", """
Your shopper Luis is on the way! Unfortunately 2 items were out of stock and have been refunded: Greek yogurt (32 oz), Sparkling water 12pk.

Track your order
""", fmt="html"),

    msg(OTHER, "ziprecruiter_matches", "en",
        "ZipRecruiter <alerts@ziprecruiter.example.com>", "Dana, you're a great match for these 6 jobs",
        "2026-09-14 07:00 -0500", """
Great match: Marketing Manager, Member Growth - Vireo Health Plans - Chicago, IL - $95K-$115K
Great match: Market Research Analyst - Lakemont University - Evanston, IL
Good match: CRM Specialist - Cedar & Oak Home - Remote

1-Click Apply | Unsubscribe
""", fmt="html", headers=_bulk("<alerts.ziprecruiter.example.com>", "https://ziprecruiter.example.com/unsub")),

    msg(OTHER, "fr_air_canada", "fr",
        "Air Canada <info@notification.aircanada.example.ca>", "Enregistrement ouvert : YUL-YYZ",
        "2026-04-29 08:00 -0400", """
Bonjour Dana,

L'enregistrement pour votre vol AC 415 Montréal (YUL) - Toronto (YYZ) du 30 avril est maintenant ouvert.

Numéro de réservation : Q8ZR4T

Enregistrez-vous maintenant
""", fmt="html", charset="iso-8859-1"),

    msg(OTHER, "fr_guichet_emplois", "fr",
        "Guichet-Emplois <ne-pas-repondre@guichetemplois.example.ca>", "Alerte-Emploi : 7 nouvelles offres",
        "2026-06-25 05:00 -0400", """
Bonjour,

Voici les nouvelles offres correspondant à votre Alerte-Emploi « analyste marketing - Montréal (QC) » :

Analyste marketing - Caisse Rivière - Montréal (QC)
Conseiller(ère) en marketing numérique - Boréale Assurances - Laval (QC)

Pour modifier ou supprimer cette alerte, connectez-vous à votre compte.
""", fmt="html", headers=_bulk("<alertes.guichetemplois.example.ca>", "https://guichetemplois.example.ca/desabonner")),

    msg(OTHER, "es_seguro_auto", "es",
        "Seguros Quetzal <avisos@segurosquetzal.example.mx>", "Tu póliza de auto está por vencer",
        "2026-08-10 09:00 -0600", """
Hola Dana,

Tu póliza de seguro de auto No. AUT-448120 vence el 31 de agosto. Renueva hoy y conserva tu descuento por buen conductor.

Renovar póliza
""", fmt="html"),

    msg(OTHER, "de_netflix", "de",
        "Netflix <info@mailer.netflix.example.com>", "Neu auf Netflix: Serien, die Sie lieben werden",
        "2026-10-02 18:00 +0200", """
Hallo Dana,

diese Woche neu: die zweite Staffel von „Die Bewerbung", eine Komödie über eine Personalerin, die jedes Vorstellungsgespräch verpatzt.

Jetzt ansehen | Abmelden
""", fmt="html", headers=_bulk("<news.netflix.example.com>", "https://netflix.example.com/unsub")),
]
