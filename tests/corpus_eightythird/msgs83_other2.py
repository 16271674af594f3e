"""'Other' mail in English, Spanish and German for the eighty-third corpus (data only)."""

from msgs83_build import CANDIDATE
from msgs83_build import Msg as M

K = "other"
LIST = {"List-Unsubscribe": "<https://email.example.net/unsub>", "Precedence": "bulk"}

MESSAGES = [
    M(K, "en", "linkedin_jobs_digest_en", "LinkedIn <jobs-listings@linkedin-mail.test>",
      "Océane, 8 new jobs for \"service designer\" in London", "2026-02-22T08:02:00+00:00",
      """Jobs you may be interested in

Senior Service Designer - Northgate Homes - Manchester (Hybrid) - Be an early applicant
Lead User Researcher - Clearbrook Consulting - London
Service Design Lead - Shamrock Air - Dublin

See all jobs: https://www.linkedin-mail.test/comm/jobs/search

You are receiving Job Alert emails. Unsubscribe | Help""",
      fmt="html", headers={"List-Unsubscribe": "<https://www.linkedin-mail.test/e/v2?a=unsub>"}),
    M(K, "en", "glassdoor_newsletter_rejection", "Glassdoor Community <community@glassdoor-mail.test>",
      "Got rejected after the final round? You're not alone", "2026-03-15T13:00:00-04:00",
      """This week on Glassdoor

"Unfortunately, we've decided to move forward with other candidates." We've all read it. We asked 2,000 job seekers how they handled rejection after a final-round interview, and what they wish recruiters did differently.

Also: What to do if you miss an interview, and salary trends for product managers in 2026.

Read more: https://www.glassdoor-mail.test/blog/rejection

Unsubscribe from this newsletter""",
      fmt="html", headers={"List-Id": "Glassdoor Community <community.glassdoor-mail.test>", **LIST}),
    M(K, "en", "recruiter_cold_outreach_no_ask", "Tyler Brooks <tyler.brooks@summitlane-talent.example.com>",
      "PM opportunities in NYC", "2026-04-06T10:42:00-04:00",
      """Hi Océane,

Hope you're having a great week! I specialise in product roles across health tech in New York and came across your profile - super impressive research background!

I don't have a specific role that's a perfect fit right now, but I wanted to introduce myself and share our latest market report on PM salaries: https://summitlane.example.com/pm-report-2026

Feel free to keep me in mind whenever you're exploring!

Tyler Brooks
Senior Consultant | Summit Lane""",
      company="Summit Lane", contact="from", fmt="alt", look="gmail"),
    M(K, "en", "radio_interview_request", "Maeve Gallagher <maeve.gallagher@radio-lumiere.example.ca>",
      "Interview request - accessibility and public transit", "2026-05-14T09:30:00-04:00",
      """Hi Océane,

I'm a producer at Radio Lumière's morning show. We're doing a segment on accessibility in public transit next Tuesday and would love to interview you live on air for about 8 minutes. Would you be available around 7:40 a.m.?

Thanks so much,
Maeve Gallagher
Producer, Montreal Mornings""",
      contact="from"),
    M(K, "en", "user_research_study_application", "Respondent <team@respondent-mail.test>",
      "You've been selected for a research interview!", "2026-06-11T16:00:00-04:00",
      """Hi Océane,

Great news! The researcher for "Budgeting apps for freelancers" has selected you to participate in a 60-minute remote interview. Incentive: $120.

Please schedule your session within 48 hours: https://app.respondent-mail.test/projects/7714/schedule

Thanks for being part of the Respondent community!""",
      fmt="html", headers=LIST),
    M(K, "en", "friend_forward_own_rejection", "Priyanka Das <priyanka.das@example.net>",
      "Fwd: Update on your application", "2026-07-21T20:11:00-04:00",
      """ugh. after 3 rounds. can you read this and tell me if it's worth asking for feedback?? drinks on me friday

---------- Forwarded message ---------
From: Helix Robotics Recruiting <no-reply@hire.lever-mail.test>
Date: Tue, Jul 21, 2026 at 4:02 PM
Subject: Update on your application
To: Priyanka Das <priyanka.das@example.net>

Hi Priyanka,

Thank you for taking the time to interview with us. Unfortunately, we have decided not to move forward with your candidacy for the Product Designer role.

Best,
Helix Robotics""",
      contact="from"),
    M(K, "en", "amazon_order_delayed", "Amazon.ca <shipment-tracking@amazon-mail.test>",
      "Unfortunately your order is delayed", "2026-08-03T11:12:00-04:00",
      """Hello Océane,

We're sorry, but your order #702-3319921-1188420 is delayed. It's now expected to arrive between Friday, August 7 and Monday, August 10.

We'll let you know if anything changes.

Your Orders: https://www.amazon-mail.test/orders""",
      fmt="html"),
    M(K, "en", "location_position_shared", "FamilyMap <no-reply@familymap-mail.test>",
      "Lucas shared his position with you", "2026-08-22T18:44:00-04:00",
      """Lucas is sharing his live position with you until 10:44 PM.

Current position: near Jean-Talon Market, Montréal (accuracy 15 m)

Open the map to see his location: https://familymap-mail.test/m/aa91""",
      fmt="html"),
    M(K, "en", "credit_card_application_received", "Maple Leaf Bank <cards@mapleleafbank.example.com>",
      "We've received your application", "2026-01-30T15:00:00-05:00",
      """Hi Océane,

Thanks for applying for the Maple Leaf Bank Travel Rewards Visa. Your application has been received and is under review. We'll send you a decision within 7 business days.

Application reference: MLB-CC-88213

Maple Leaf Bank
Please do not reply to this email.""",
      fmt="html"),
    M(K, "en", "apartment_application_declined", "Harbour Property Management <leasing@harbourpm.example.com>",
      "Rental application - 12 Elm Street, Unit 4", "2026-09-09T14:20:00-04:00",
      """Hi Océane,

Thank you for your interest in 12 Elm Street, Unit 4. Unfortunately, your rental application was not approved, as the landlord has decided to move forward with another applicant.

We encourage you to check our other listings.

Kind regards,
Jordan Pace
Leasing Agent, Harbour Property Management""",
      contact="from"),
    M(K, "en", "university_admission_offer", "Graduate Admissions <gradadmissions@kingsbridge-univ.example.ac.uk>",
      "Your offer of a place: PgCert Inclusive Design", "2026-05-02T09:00:00+01:00",
      """Dear Océane,

Congratulations! We are pleased to offer you a place on the Postgraduate Certificate in Inclusive Design (part-time, online) starting September 2026.

Please accept your offer through the applicant portal by 31 May 2026.

Kingsbridge University Graduate Admissions""",
      fmt="html"),
    M(K, "en", "spotify_receipt", "Spotify <no-reply@spotify-mail.test>",
      "Your Spotify Premium receipt", "2026-06-01T02:00:00+00:00",
      """Thanks for your payment, Océane.

Spotify Premium Individual - CA$11.99
Date: 1 June 2026

Manage your account: https://www.spotify-mail.test/account""",
      fmt="html"),
    M(K, "en", "career_coach_newsletter_missed", "The Pivot Letter <hello@pivotletter.example.com>",
      "Missed your interview? Here's the email to send", "2026-07-05T07:00:00-04:00",
      """Hey friends,

Last week a reader wrote in: "I missed my interview because of a calendar mix-up - is it over?" Short answer: no. Here's the exact apology email I'd send within the hour, plus what to say when a recruiter reschedules on you for the third time.

Also this week: three PMs on how they got the offer after being rejected twice.

- Sam

You're receiving this because you subscribed at pivotletter.example.com. Unsubscribe.""",
      fmt="alt", look="gmail",
      headers={"List-Id": "The Pivot Letter <pivotletter.example.com>",
               "List-Unsubscribe": "<https://pivotletter.example.com/unsubscribe>"}),
    M(K, "en", "out_of_office_recruiter_en", "Marcus Hill <marcus.hill@codasystems.example.com>",
      "Automatic reply: Re: Coda Systems: Please select times for your onsite interviews", "2026-02-06T09:00:00-05:00",
      """Thanks for your email. I'm out of the office until Monday, Feb 9 with limited access to email. For urgent scheduling matters please contact recruiting-ops@codasystems.example.com.

Marcus""",
      company="Coda Systems", contact="from", headers={"Auto-Submitted": "auto-replied"}),
    M(K, "en", "own_sent_followup_en", CANDIDATE,
      "Following up", "2026-03-16T09:10:00-04:00",
      """Hi Dan,

Just checking whether there's any update after our call last week on the PM role at Harbourline? Happy to share anything else that would help.

Thanks!
Océane""",
      to="Dan Whitfield <dan@harbourline.example.com>", contact=""),
    M(K, "es", "infojobs_alerta", "Infoempleo Alertas <alertas@infoempleo-mail.test>",
      "5 nuevas ofertas de Product Manager en Barcelona", "2026-03-02T07:30:00+01:00",
      """Hola Océane,

Estas son las nuevas ofertas que coinciden con tu alerta:

· Product Manager – Trens Catalunya Digital – Barcelona
· UX Researcher – Seguros Cantábrico – Santander (remoto)
· Service Designer – Estudio Farigola – Barcelona

Ver todas las ofertas: https://www.infoempleo-mail.test/alertas/3391

Darse de baja de esta alerta""",
      fmt="html", headers=LIST),
    M(K, "es", "banco_solicitud_prestamo", "Banco Solana <avisos@bancosolana-mail.test>",
      "Hemos recibido tu solicitud de préstamo", "2026-04-17T10:00:00+02:00",
      """Hola Océane,

Hemos recibido tu solicitud de préstamo personal por importe de 6.000 €. Nuestro equipo la está analizando y te comunicaremos la respuesta en un plazo máximo de 48 horas.

Gracias por confiar en Banco Solana.

Este es un mensaje automático, por favor no respondas.""",
      fmt="html", charset="iso-8859-1"),
    M(K, "es", "academia_clase_cancelada", "Profe Carmen <carmen@escuelasolyluna.example.es>",
      "Clase del jueves cancelada", "2026-05-27T12:15:00+02:00",
      """¡Hola chicos!

Os escribo para avisaros de que la clase de conversación de este jueves queda cancelada porque tengo que ir al médico. La recuperamos el martes siguiente a la misma hora.

¡Un beso y perdonad!
Carmen""",
      to="Grupo B1 <grupo-b1@escuelasolyluna.example.es>", cc=CANDIDATE, contact="from"),
    M(K, "es", "amiga_rechazo_propio", "Lucía Fernández <lucia.fdez@example.org>",
      "No me cogieron 😭", "2026-08-06T22:50:00+02:00",
      """Tía, al final no me cogieron en la agencia, me acaba de llegar el correo: «lamentamos comunicarte que hemos decidido continuar con otros candidatos». Después de la prueba técnica y todo.

¿Hablamos mañana por videollamada? Necesito desahogarme jaja

Besos,
Lu""",
      contact="from"),
    M(K, "es", "newsletter_empleo_entrevistas", "Empleo Digital <boletin@empleodigital.example.es>",
      "Boletín semanal: cómo prepararte para una entrevista por competencias", "2026-09-20T09:00:00+02:00",
      """Esta semana en Empleo Digital:

→ Cómo prepararte para una entrevista por competencias
→ «Te hemos descartado»: qué hacer tras un rechazo
→ 40 ofertas de UX y producto en España

Leer el boletín completo: https://empleodigital.example.es/boletin/38

Recibes este boletín porque te suscribiste. Darte de baja.""",
      fmt="html", headers={"List-Id": "Boletin Empleo Digital <boletin.empleodigital.example.es>", **LIST}),
    M(K, "de", "stepstone_jobagent", "StepStone Jobagent <jobagent@stepstone-mail.test>",
      "Neue Jobs für Sie: UX Researcher in Berlin", "2026-02-16T06:45:00+01:00",
      """Hallo Océane Mbappé-Lindgren,

Ihr Jobagent hat 6 neue passende Stellen gefunden:

• Senior UX Researcher (m/w/d) – Kiezwerk GmbH – Berlin
• Product Owner Fahrgastinformation – Nordbahn Digital – Hamburg
• Service Designer:in – Spreeblick Media – Berlin

Alle Jobs ansehen: https://www.stepstone-mail.test/jobagent/5521

Jobagent abbestellen""",
      fmt="html", headers=LIST),
    M(K, "de", "bahn_verspaetung", "DB Reiseinformation <noreply@bahn-mail.test>",
      "Ihre Reise am 12.06.: ICE 1005 hat ca. 45 Minuten Verspätung", "2026-06-12T07:58:00+02:00",
      """Guten Tag Frau Mbappé-Lindgren,

leider hat Ihr ICE 1005 (Berlin Hbf – München Hbf, Abfahrt 08:04) voraussichtlich 45 Minuten Verspätung. Grund: Reparatur an einem Signal.

Ihre Fahrgastrechte: https://www.bahn-mail.test/fahrgastrechte

Wir bitten um Entschuldigung.""",
      fmt="html", charset="iso-8859-1"),
    M(K, "de", "wohnung_absage", "Hausverwaltung Krüger <vermietung@hv-krueger.example.de>",
      "Ihre Anfrage zur Wohnung Wrangelstraße 41", "2026-03-26T16:00:00+01:00",
      """Sehr geehrte Frau Mbappé-Lindgren,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Wrangelstraße 41. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Petra Krüger
Hausverwaltung Krüger""",
      contact="from", charset="iso-8859-1", cte="quoted-printable"),
    M(K, "de", "xing_newsletter_absage", "Karrierenetz Insider <newsletter@karrierenetz-mail.test>",
      "Absage nach dem Vorstellungsgespräch? So geht's weiter", "2026-05-09T10:00:00+02:00",
      """Hallo Océane,

„Leider müssen wir Ihnen mitteilen…" – kaum eine Zeile tut mehr weh. Unsere Karriere-Expertin erklärt, wie Sie nach einer Absage um Feedback bitten und was Sie tun, wenn Sie ein Vorstellungsgespräch verpasst haben.

Jetzt lesen: https://www.karrierenetz-mail.test/insider/absage

Newsletter abbestellen""",
      fmt="html", headers={"List-Id": "Karrierenetz Insider <insider.karrierenetz-mail.test>", **LIST}),
    M(K, "de", "podcast_interview_anfrage", "Tobias Kern <tobias@podcast-barrierefrei.example.de>",
      "Interview für unseren Podcast?", "2026-09-17T11:05:00+02:00",
      """Hallo Océane,

ich produziere den Podcast „Barrierefrei digital" und habe Deinen Vortrag auf der UX-Konferenz in Berlin gesehen. Hättest Du Lust auf ein Interview (ca. 45 Minuten, remote, auf Englisch oder Deutsch)? Wir nehmen im Oktober auf.

Viele Grüße
Tobias Kern""",
      contact="from"),
]
