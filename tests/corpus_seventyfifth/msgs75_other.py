"""Mail that is not a job event (50: 28 en, 7 es, 7 fr, 8 de): alerts, newsletters, outreach,
other meanings of the words, the candidate's own mail, auto-replies, and the rest of an inbox."""

from __future__ import annotations

from functools import partial

from msgs75_lib import CAND, M, ics

O = partial(M, "other", company="", contact="")  # noqa: E741


def _list(name: str, dom: str) -> list[tuple[str, str]]:
    return [("List-Id", f"{name} <{name.lower().replace(' ', '-')}.{dom}>"),
            ("List-Unsubscribe", f"<https://{dom}/unsubscribe?u=a0f3>, <mailto:unsubscribe@{dom}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


MESSAGES = [
    # ---------------- job alerts and digests
    O("linkedin_jobs_alert", "en", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      subject="\"demand planner\": 14 new jobs in Dublin", date="2026-01-09 07:31 IE",
      text="""Your job alert for demand planner in Dublin, County Dublin, Ireland
14 new jobs match your preferences.

Demand Planner
Kestrel Biologics - Cork, Ireland (Hybrid)
Actively recruiting · Easy Apply
https://www.linkedin.com/comm/jobs/view/390011

Senior Demand Planner - EMEA
Halvorsen Devices - Dublin (Remote)
Be an early applicant
https://www.linkedin.com/comm/jobs/view/390012

S&OP Analyst
Nordhavn Medical - Dublin
3 connections work here
https://www.linkedin.com/comm/jobs/view/390013

See all jobs: https://www.linkedin.com/comm/jobs/search?alert=1

You're receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""", fmt="alt", brand="LinkedIn", headers=_list("Job Alerts", "linkedin.com")),

    O("indeed_digest_interview_words", "en", frm="Indeed <alert@indeed.com>",
      subject="Procurement jobs in Cork - interview this week with these employers", date="2026-02-14 06:10 IE",
      text="""New jobs for "procurement" near Cork

Purchasing Officer - Gallowglass Coffee - Cork
Easily apply · Hiring multiple candidates · Interviews are being held this week
https://ie.indeed.com/rc/clk?jk=aa01

Buyer - Lanigan Engineering - Athlone
Urgently hiring · Responsive employer
https://ie.indeed.com/rc/clk?jk=aa02

Tip: Employers on Indeed say that candidates who apply in the first 3 days are more likely to get an interview.

Unsubscribe from this alert | Privacy | Indeed Ireland Operations Ltd.
""", fmt="html", brand="Indeed", headers=_list("Job Alerts", "indeed.com")),

    O("irishjobs_alert", "en", frm="IrishJobs.ie <noreply@irishjobs.example.ie>",
      subject="7 new Logistics jobs matching your alert", date="2026-03-18 08:00 IE",
      text="""Hi Aoife,

Here are the latest jobs matching your alert "Logistics Coordinator - Munster":

- Logistics Coordinator, Harbourline Freight, Cork
- Warehouse & Logistics Planner, Shannon Aerospace Parts, Shannon
- Transport Planner, Ballyvolane Hauliers, Cork

Recruiters viewed your CV 3 times this week. Update your profile to stand out!

Manage alerts: https://www.irishjobs.example.ie/alerts
""", fmt="html", brand="IrishJobs.ie", headers=_list("Alerts", "irishjobs.example.ie")),

    O("glassdoor_newsletter_rejection", "en", frm="Glassdoor Community <community@glassdoor.example.com>",
      subject="Rejected after the final round? Here's what to do next", date="2026-04-04 15:00 IE",
      text="""This week on Glassdoor

REJECTED AFTER THE FINAL ROUND? YOU'RE NOT ALONE
"Unfortunately we have decided not to move forward" - few emails sting more. We asked 2,000 job seekers how they handled a rejection after the last interview, and how many got a second chance.

HOW TO RECOVER FROM A MISSED INTERVIEW
Overslept, wrong time zone, Teams wouldn't load? Recruiters tell us a fast, honest apology matters more than the excuse.

SALARIES: Supply Chain Planner in Dublin - €52,400 average (based on 312 salaries).

You are receiving this because you subscribed to the Glassdoor Community newsletter.
Unsubscribe | Manage preferences
""", fmt="html", brand="Glassdoor", headers=_list("Community", "glassdoor.example.com")),

    O("substack_career_newsletter", "en", frm="The Planner's Desk <planners-desk@substack.example.com>",
      subject="#62: Offers, counter-offers and the 'we've decided to pursue other candidates' email",
      date="2026-05-22 07:00 IE",
      text="""Hi friends,

This week's letter is about the three emails every planner dreads and hopes for in a job search: the acknowledgement that disappears into a void, the rejection that says "we've decided to pursue other candidates whose background more closely aligns", and the offer letter with a start date that clashes with your notice period.

1. The rejection. Reply anyway. Thank them, ask for one piece of feedback, and mean it.
2. The interview invite. Ask who you're meeting.
3. The offer. Never accept on the call.

Reader question: "I was invited to interview and then the company went silent - should I chase?" Yes, once, after a week.

See you next Friday,
Deirdre

Unsubscribe https://planners-desk.substack.example.com/action/disable_email
""", fmt="alt", headers=_list("The Planner's Desk", "substack.example.com")),

    O("linkedin_recruiter_inmail", "en", frm="Callum Reid via LinkedIn <inmail-hit-reply@linkedin.com>",
      subject="Opportunity: Head of Procurement - Pharma, Cork", date="2026-06-08 12:45 IE",
      text="""Hi Aoife,

I came across your profile and was impressed by your S&OP background. I'm partnering with a number of pharma and medtech clients across Munster who are building out their procurement functions this year.

No specific role to pitch right now, but I'd love to add you to my network and keep you in mind as things come up. Feel free to connect!

Callum Reid
Associate Director, Life Sciences | Northbound Search

Reply on LinkedIn: https://www.linkedin.com/messaging/thread/2-ZTg
""", fmt="alt", brand="LinkedIn"),

    O("agency_cold_marketing", "en", frm="Shane at Keel & Compass <shane@keelcompass.example.com>",
      subject="Supply chain salary guide 2026 + a few hot roles", date="2026-02-26 10:00 IE",
      text="""Hi Aoife,

Hope the year's started well! Our 2026 Supply Chain & Procurement Salary Guide is out - download it here: https://keelcompass.example.com/salary-guide-2026

A few roles we're working on at the moment:
* Demand Planner, Food & Bev, Kildare - €55-60k
* Procurement Manager, Medtech, Galway - €80-90k
* Logistics Analyst, 3PL, Dublin 15 - €45k

If any of these catch your eye, just hit reply!

Shane Dunne
Keel & Compass | Dublin | Cork
To stop receiving these emails, click here.
""", fmt="html", brand="Keel & Compass", headers=_list("Candidate Updates", "keelcompass.example.com")),

    O("podcast_interview_request", "en", frm="Ronan Gallagher <ronan@supplysidepod.example.com>",
      subject="Interview request for The Supply Side podcast", date="2026-03-27 14:30 IE",
      text="""Hi Aoife,

I really enjoyed your LinkedIn post on running S&OP in a 40-person food business. Would you be up for being interviewed on The Supply Side podcast? We record over Zoom, about 40 minutes, and it goes out to ~6,000 listeners (mostly planners and buyers in Ireland and the UK).

We're booking guests for May. Let me know and I'll send a couple of dates.

Cheers,
Ronan
Host, The Supply Side
"""),

    O("user_research_interview", "en", frm="Maya at Freightlane Research <research@freightlane.example.com>",
      subject="€40 voucher for a 30-min user interview?", date="2026-04-28 16:05 IE",
      text="""Hi Aoife,

We're improving Freightlane, the shipment tracking tool, and we're looking for logistics planners to take part in a 30-minute user research interview over Google Meet. You'll get a €40 One4all voucher as a thank-you.

Book a time here: https://calendly.com/freightlane-research/user-interview

Thanks!
Maya, UX Research, Freightlane
""", fmt="alt"),

    O("friend_own_rejection", "en", frm="Saoirse Tully <saoirse.tully@example.com>",
      subject="ugh", date="2026-05-07 22:48 IE",
      text="""Aoife!! So I didn't get the Ryanair ops job. Got the "unfortunately we've decided to move forward with other candidates" email tonight after FOUR rounds incl a presentation. Gutted.

Pints Saturday? I need to moan. How's your interview stuff going, did you hear back from the Galway crowd?

S x

Sent from my iPhone
"""),

    O("an_post_delayed", "en", frm="An Post <noreply@tracking.anpost.example.ie>",
      subject="Unfortunately your parcel is delayed", date="2026-03-06 13:12 IE",
      text="""Hi Aoife,

Unfortunately your parcel CE123456789IE is delayed due to high volumes at our Dublin Mail Centre. We now expect to deliver it on Monday 9 March.

Track your item: https://www.anpost.example.ie/track/CE123456789IE

An Post
""", fmt="html", brand="An Post"),

    O("gps_position_update", "en", frm="TrackMate <alerts@trackmate.example.com>",
      subject="Position update: Bike tracker left the safe zone", date="2026-07-19 03:14 IE",
      text="""Your device "Aoife's bike" has reported a new position outside the safe zone "Home".

Position: 53.3331 N, 6.2489 W (Ranelagh, Dublin 6)
Accuracy: 8 m
Time: 19/07/2026 03:13 IST

Open the map: https://app.trackmate.example.com/device/44/position
""", fmt="alt"),

    O("loan_application_received", "en", frm="Abbeyside Bank <noreply@abbeysidebank.example.ie>",
      subject="We've received your application", date="2026-02-11 19:20 IE",
      text="""Dear Aoife,

Thank you for your personal loan application (reference PL-5520381). We have received your application and our lending team will review it within 2 business days.

Unfortunately we are unable to discuss the status of your application by phone during the assessment.

Abbeyside Bank p.l.c. is regulated by the Central Bank of Ireland.
""", fmt="html", brand="Abbeyside Bank"),

    O("credit_card_declined", "en", frm="Cleargate Card <no-reply@cleargatecard.example.com>",
      subject="An update on your credit card application", date="2026-02-20 10:05 IE",
      text="""Dear Aoife Brennan-Castillo,

Thank you for applying for the Cleargate Rewards credit card. After careful consideration, we regret that we are unable to approve your application at this time.

This decision was based on information from the Central Credit Register. You can request a copy of your credit report free of charge.

Cleargate Card Services
""", fmt="alt"),

    O("daft_apartment_rejection", "en", frm="Fionnuala (Letting Agent) <lettings@harcourtlets.example.ie>",
      subject="Re: Viewing - 2 bed, Blackpool, Cork", date="2026-03-30 17:20 IE",
      text="""Hi Aoife,

Thanks for coming to the viewing on Saturday. Unfortunately the landlord has decided to go with another applicant for the apartment. Best of luck with your search, we'll let you know if anything else comes up in the area.

Fionnuala
Harcourt Lettings | PSRA 003344
"""),

    O("university_admission", "en", frm="UCC Graduate Admissions <pgadmissions@ucc.example.ie>",
      subject="Decision on your application: MSc Procurement & Supply Chain (part-time)", date="2026-06-19 12:00 IE",
      text="""Dear Aoife,

We are pleased to inform you that you have been offered a place on the MSc Procurement & Supply Chain (part-time) programme commencing September 2026.

To accept your offer, please log in to the applicant portal and pay the acceptance deposit by 10 July.

Graduate Admissions Office
""", fmt="alt"),

    O("own_sent_reschedule", "en", frm=CAND, to="Ciara Moran <ciara.moran@skelligpay.example.com>",
      subject="Re: Today's interview", date="2026-02-10 12:15 IE",
      text="""Hi Ciara,

I'm so sorry about this morning - I had the interview in my calendar for 11am tomorrow and completely misread the date. That's entirely my mistake and not like me at all.

I'd be very grateful for the chance to reschedule at a time that suits you and David. I'm free any time Thursday or Friday this week.

Apologies again,
Aoife

On Tue, 10 Feb 2026 at 11:40, Ciara Moran <ciara.moran@skelligpay.example.com> wrote:
> Hi Aoife,
> David and I were on the Teams call at 11 for your interview but you didn't join the Teams meeting.
"""),

    O("own_sent_thanks", "en", frm=CAND, to="Lucy Barnes <lucy.barnes@carrowvane.example.co.uk>",
      subject="Thank you - Category Buyer interview", date="2026-02-17 18:30 IE",
      text="""Hi Lucy,

Thank you for your time today, I really enjoyed hearing about the supplier consolidation work Mark's team is doing. I'm very interested in the role and look forward to hearing about next steps.

Kind regards,
Aoife Brennan-Castillo
087 555 0456
"""),

    O("recruiter_ooo", "en", frm="Niamh Kavanagh <niamh@brightwaterpeople.example.com>",
      subject="Automatic reply: Procurement Analyst - Corvane Medical", date="2026-01-30 09:01 IE",
      text="""Hi,

Thank you for your email. I'm out of the office on annual leave until Monday 2nd February with limited access to email. For anything urgent please contact my colleague Barry on barry@brightwaterpeople.example.com or 01 555 0140.

Thanks,
Niamh
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], reply=True),

    O("standup_calendar", "en", frm="Google Calendar <calendar-notification@google.com>",
      subject="Notification: Weekly S&OP standup @ Mon 16 Mar 2026 9:30am - 9:45am (GMT) (aoife.bc@example.ie)",
      date="2026-03-16 09:20 IE",
      text="""Weekly S&OP standup
Monday 16 Mar 2026 9:30am - 9:45am (GMT) - Dublin

Joining info: meet.google.com/abc-defg-hij

Calendar: aoife.bc@example.ie
You are receiving this email because you have notifications enabled for this calendar.
""", fmt="alt",
      ics=ics("standup-weekly-0316@google.com", "Weekly S&OP standup", "20260316T0930", 15,
              "Paul Keane <paul.keane@freelance-ops.example.com>", location="meet.google.com/abc-defg-hij")),

    O("revenue_ros", "en", frm="Revenue <noreply@revenue.example.ie>",
      subject="New document in your myAccount Inbox", date="2026-04-02 08:30 IE",
      text="""A new document has been added to your Revenue Record. Please log in to myAccount to view it.

Document: Preliminary End of Year Statement 2025
Please do not reply to this email.
""", fmt="html", brand="Revenue"),

    O("leap_card", "en", frm="Leap Card <no-reply@leapcard.example.ie>",
      subject="Your Leap Card auto top-up was successful", date="2026-05-03 07:50 IE",
      text="""Hi Aoife,

Your auto top-up of €20.00 was successful on card ending 8841. New balance: €24.65.

TFI Leap Card
""", fmt="html", brand="TFI Leap Card"),

    O("electric_bill", "en", frm="Electric Ireland <ebill@electricireland.example.ie>",
      subject="Your Electric Ireland bill is ready", date="2026-06-05 11:00 IE",
      text="""Dear Aoife,

Your latest electricity bill for account 9012345678 is ready. Amount due: €142.36, to be collected by direct debit on 19/06/2026.

View bill: https://youraccountonline.electricireland.example.ie
""", fmt="html", brand="Electric Ireland"),

    O("vhi_renewal", "en", frm="Vhi Healthcare <renewals@vhi.example.ie>",
      subject="Your health insurance renewal - action may be needed", date="2026-07-28 09:10 IE",
      text="""Dear Aoife,

Your Vhi plan renews on 1 September 2026. We've included your renewal pack and Table of Cover. If you'd like to change plan, please call us before your renewal date.

Vhi Healthcare DAC is regulated by the Central Bank of Ireland.
""", fmt="alt"),

    O("aer_lingus_checkin", "en", frm="Aer Lingus <noreply@bookings.aerlingus.example.com>",
      subject="Check in now for your flight to Amsterdam", date="2026-05-18 10:00 IE",
      text="""Hi Aoife,

Online check-in is now open for EI 606 Dublin to Amsterdam on Wednesday 20 May at 07:35. Booking reference: 2XK9PQ.

Check in: https://www.aerlingus.example.com/manage-trip
""", fmt="html", brand="Aer Lingus"),

    O("spotify_wrapped_style", "en", frm="Streamly <no-reply@streamly.example.com>",
      subject="Your mid-year listening recap is here", date="2026-07-01 17:00 IE",
      text="""Aoife, you listened to 14,322 minutes of music so far this year. Your top artist: Fontaines D.C.

See your recap: https://streamly.example.com/recap
""", fmt="html", brand="Streamly", headers=_list("Recap", "streamly.example.com")),

    O("alumni_networking", "en", frm="DCU Alumni <alumni@dcu.example.ie>",
      subject="Alumni careers evening: mock interviews and CV clinics", date="2026-09-03 12:30 IE",
      text="""Dear Aoife,

Join us on 24 September for our Alumni Careers Evening: mock interviews with hiring managers, one-to-one CV clinics and a panel on bouncing back from rejection in a tight market.

Register: https://alumni.dcu.example.ie/careers-evening

DCU Alumni Relations
""", fmt="alt", headers=_list("Alumni News", "dcu.example.ie")),

    O("gym_class_cancelled", "en", frm="Flex Fitness Cork <hello@flexfitness.example.ie>",
      subject="Your Thursday HIIT class has been cancelled", date="2026-10-07 16:40 IE",
      text="""Hi Aoife,

Sorry! Thursday's 7pm HIIT class with Gav has been cancelled as the instructor is unwell. Your credit has been returned to your account - you can rebook any other class in the app.

Flex Fitness Cork
"""),

    # ---------------- Spanish (7)
    O("es_infojobs_alerta", "es", frm="InfoJobs <alertas@infojobs.example.net>",
      subject="12 ofertas nuevas de Compras en Valencia", date="2026-02-02 08:15 CET",
      text="""Hola Aoife,

Estas son las nuevas ofertas que coinciden con tu alerta "Técnico de compras - Valencia":

Técnica de Compras - Grupo Almenara - Valencia - 30.000 € - 35.000 €
Analista de Compras Indirectas - Ibérica de Componentes - Paterna
Comprador/a Junior - Cervezas Montgó - Dénia

Consejo: las empresas responden antes a los candidatos con el CV actualizado.

Darse de baja de esta alerta
""", fmt="html", brand="InfoJobs", headers=_list("Alertas", "infojobs.example.net")),

    O("es_clase_espanol", "es", frm="Academia Cervantina Dublín <info@cervantina.example.ie>",
      subject="Clase del jueves: cambio de aula", date="2026-03-11 12:00 IE",
      text="""¡Hola Aoife!

Te recordamos que la clase de conversación B2 de este jueves será en el aula 3 (segunda planta), no en la 1. El tema de la semana: cómo preparar una entrevista de trabajo en español.

¡Nos vemos!
Carmen
""", charset="iso-8859-1"),

    O("es_madre_familia", "es", frm="Pilar Castillo <pilar.castillo@example.es>",
      subject="Qué tal la entrevista?", date="2026-05-06 21:30 CEST",
      text="""Hola cariño,

¿Qué tal te fue la entrevista en Madrid? Tu padre dice que seguro que te cogen. Llámanos cuando puedas, que la abuela quiere saber si vienes en agosto.

Besos,
Mamá

Enviado desde mi iPhone
"""),

    O("es_banco_solicitud", "es", frm="Banco Ribera <notificaciones@bancoribera.example.es>",
      subject="Hemos recibido tu solicitud de tarjeta", date="2026-06-02 10:40 CEST",
      text="""Hola Aoife,

Hemos recibido tu solicitud de la Tarjeta Ribera Oro. Estamos estudiando tu solicitud y te responderemos en un plazo máximo de 48 horas.

Este mensaje es automático, por favor no respondas.
Banco Ribera
""", fmt="html", brand="Banco Ribera"),

    O("es_pedido_retrasado", "es", frm="Tienda Lumen <pedidos@tiendalumen.example.es>",
      subject="Lamentablemente tu pedido se retrasa", date="2026-07-09 14:10 CEST",
      text="""Hola Aoife:

Lamentablemente, tu pedido n.º 448812 sufrirá un retraso de 3 a 5 días por una incidencia con el transportista. Sentimos las molestias.

Puedes seguir el envío aquí: https://tiendalumen.example.es/seguimiento/448812
""", fmt="alt", brand="Tienda Lumen"),

    O("es_newsletter_empleo", "es", frm="Cuadernos de Carrera <boletin@cuadernosdecarrera.example.es>",
      subject="Cómo responder a un correo de rechazo (y por qué deberías hacerlo)", date="2026-08-14 08:00 CEST",
      text="""Boletín semanal · nº 118

"Lamentamos comunicarte que no continuamos con tu candidatura". Es la frase que más se repite en las bandejas de entrada de quienes buscan empleo. Esta semana te explicamos cómo contestar con elegancia, pedir feedback y dejar la puerta abierta.

Además: las 5 preguntas más frecuentes en una entrevista por competencias.

Para darte de baja, haz clic aquí.
""", fmt="html", brand="Cuadernos de Carrera", headers=_list("Boletin", "cuadernosdecarrera.example.es")),

    O("es_ooo_reclutadora", "es", frm="Lucía Ferrer <lucia.ferrer@ebronorte.example.es>",
      subject="Respuesta automática: Entrevista jefa de tráfico", date="2026-03-06 10:00 CET",
      text="""Hola,

Estoy fuera de la oficina hasta el lunes 9 de marzo sin acceso al correo. Para cualquier asunto urgente, escribe a rrhh@ebronorte.example.es.

Gracias,
Lucía Ferrer
""", charset="iso-8859-1", name_charset="iso-8859-1", subject_charset="iso-8859-1",
      headers=[("Auto-Submitted", "auto-replied")]),

    # ---------------- French (7)
    O("fr_wttj_selection", "fr", frm="Welcome to the Jungle <hello@welcometothejungle.example.co>",
      subject="Votre sélection de la semaine : 9 offres Supply Chain", date="2026-03-23 09:00 CET",
      text="""Bonjour Aoife,

Voici les offres qui pourraient vous plaire cette semaine :

Responsable Logistique - Cyclo Urbain - Lyon
Supply Planner - Maison Aubrac - Rodez
Acheteuse Projets - Groupe Solvéa - Lyon

Le conseil de la semaine : préparez trois questions à poser en fin d'entretien.

Se désabonner
""", fmt="html", brand="Welcome to the Jungle", headers=_list("Selection", "welcometothejungle.example.co")),

    O("fr_interview_presse", "fr", frm="Claire Dumont <c.dumont@lejournaldelalogistique.example.fr>",
      subject="Demande d'interview - dossier femmes dans la supply chain", date="2026-04-15 11:20 CEST",
      text="""Bonjour Madame Brennan-Castillo,

Je prépare pour Le Journal de la Logistique un dossier sur les femmes dans les métiers de la supply chain en Europe. Accepteriez-vous de m'accorder une interview de 20 minutes par téléphone, la semaine prochaine ?

Bien cordialement,
Claire Dumont, journaliste
"""),

    O("fr_ami_refus", "fr", frm="Hugo Marchetti <hugo.marchetti@example.fr>",
      subject="devine quoi", date="2026-06-11 23:05 CEST",
      text="""Salut Aoife,

Refus pour le poste chez Airbus, après trois entretiens. "Nous ne donnerons pas suite à votre candidature", bref le classique. Je suis dégoûté mais bon, je rebondirai.

Et toi, ça avance tes candidatures à Lyon ? On s'appelle ce week-end ?

Hugo
"""),

    O("fr_sondage_candidat", "fr", frm="Atelier Berthelot <noreply@smartrecruiters.com>",
      subject="Votre avis sur notre processus de recrutement", date="2026-08-03 10:00 CEST",
      text="""Bonjour Aoife,

Vous avez récemment participé à un processus de recrutement chez Atelier Berthelot. Aidez-nous à nous améliorer en répondant à ce questionnaire de 3 minutes (anonyme).

Répondre au questionnaire : https://survey.example.fr/atelier-berthelot/candidat

Merci !
""", fmt="html", brand="Atelier Berthelot"),

    O("fr_operateur_facture", "fr", frm="Orbéo Mobile <facture@orbeo.example.fr>",
      subject="Votre facture de septembre est disponible", date="2026-09-04 06:00 CEST",
      text="""Bonjour,

Votre facture de septembre d'un montant de 19,99 € est disponible dans votre espace client. Elle sera prélevée le 12/09.

Orbéo Mobile
""", fmt="html", brand="Orbéo Mobile", charset="windows-1252"),

    O("fr_ooo_cabinet", "fr", frm="Julien Mercier <julien@ascendo-conseil.example.fr>",
      subject="Absent du bureau - Re: Poste Supply Planner - Maison Aubrac", date="2026-05-04 09:16 CEST",
      text="""Bonjour,

Je suis absent du bureau jusqu'au 6 mai inclus. Je prendrai connaissance de votre message à mon retour.

Cordialement,
Julien Mercier
""", headers=[("Auto-Submitted", "auto-replied")], reply=True),

    O("fr_apec_newsletter", "fr", frm="Carrières Cadres <newsletter@carrierescadres.example.fr>",
      subject="Entretien d'embauche : les 7 erreurs qui coûtent un poste", date="2026-10-08 07:30 CEST",
      text="""La lettre Carrières Cadres - octobre

Arriver en retard, ne pas se connecter à la visio, ne pas relancer après un refus... Nos conseillers listent les erreurs les plus fréquentes en entretien et comment les éviter.

Aussi dans ce numéro : négocier sa promesse d'embauche.

Vous recevez cette lettre car vous êtes inscrite sur Carrières Cadres. Se désinscrire.
""", fmt="alt", brand="Carrières Cadres", headers=_list("Newsletter", "carrierescadres.example.fr")),

    # ---------------- German (8)
    O("de_stepstone_jobagent", "de", frm="StepStone Jobagent <jobagent@stepstone.example.de>",
      subject="8 neue Jobs für \"Supply Chain Planer\" in Hamburg", date="2026-02-16 06:45 CET",
      text="""Hallo Aoife,

Ihr Jobagent hat neue passende Stellen gefunden:

Disponent (m/w/d) – Hanse Kühllogistik – Hamburg
Supply Chain Planer (m/w/d) – Elbtal Logistik – Hamburg
Einkäufer Hafenlogistik (m/w/d) – Rheinhafen Duisburg-Ruhrort – Duisburg

Jobagent bearbeiten oder abbestellen: https://www.stepstone.example.de/jobagent
""", fmt="html", brand="StepStone", headers=_list("Jobagent", "stepstone.example.de")),

    O("de_xing_recruiter_nachricht", "de", frm="Headhunter-Nachricht <mailrobot@xing.example.com>",
      subject="Sven Maurer hat Ihnen eine Nachricht geschickt", date="2026-03-25 13:00 CET",
      text="""Hallo Aoife Brennan-Castillo,

Sven Maurer (Partner, Maurer & Blum Executive Search) hat Ihnen geschrieben:

"Guten Tag Frau Brennan-Castillo, Ihr Profil im Bereich S&OP ist mir aufgefallen. Ich würde mich freuen, wenn wir uns vernetzen – aktuell habe ich kein konkretes Mandat, aber im Herbst ergeben sich erfahrungsgemäß spannende Positionen im Raum Düsseldorf."

Nachricht lesen: https://www.xing.example.com/messages
""", fmt="alt", brand="XING"),

    O("de_paket_verspaetet", "de", frm="DPD Paketinfo <noreply@dpd.example.de>",
      subject="Ihr Paket verspätet sich leider", date="2026-04-23 15:30 CEST",
      text="""Guten Tag,

leider verzögert sich die Zustellung Ihres Pakets 01234567891234. Neuer voraussichtlicher Zustelltag: Montag, 27.04.2026.

Ihr DPD Team
""", fmt="html", brand="DPD"),

    O("de_wohnung_absage", "de", frm="Hausverwaltung Kranich <vermietung@hv-kranich.example.de>",
      subject="Ihre Anfrage zur Wohnung Ottensen, 2 Zimmer", date="2026-05-29 10:10 CEST",
      text="""Sehr geehrte Frau Brennan-Castillo,

vielen Dank für Ihr Interesse an der Wohnung in der Bahrenfelder Straße. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Hausverwaltung Kranich
""", charset="iso-8859-1", cte="qp"),

    O("de_podcast_interview", "de", frm="Logistik Funk <redaktion@logistikfunk.example.de>",
      subject="Interview-Anfrage für unsere Sendung", date="2026-07-07 11:00 CEST",
      text="""Hallo Aoife,

wir machen eine Radiosendung über internationale Fachkräfte in der Hamburger Hafenlogistik und würden dich gern für ein 15-minütiges Interview gewinnen. Aufnahme wäre im Studio in Altona oder per Telefon.

Hast du Lust?

Beste Grüße
Mareike
Redaktion Logistik Funk
"""),

    O("de_ooo_personal", "de", frm="Jana Hansen <j.hansen@elbtal-logistik.example.de>",
      subject="Abwesenheitsnotiz: Vertragsangebot Supply Chain Planerin", date="2026-03-12 09:00 CET",
      text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.03.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an personal@elbtal-logistik.example.de.

Mit freundlichen Grüßen
Jana Hansen
""", charset="iso-8859-1", headers=[("Auto-Submitted", "auto-replied")], reply=True),

    O("de_newsletter_karriere", "de", frm="Karriere-Briefing <briefing@karrierebriefing.example.de>",
      subject="Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig", date="2026-09-10 07:00 CEST",
      text="""Karriere-Briefing · Ausgabe 37/2026

"Leider müssen wir Ihnen mitteilen..." – so beginnt fast jede Absage. Wir zeigen, wie Sie souverän antworten, um Feedback bitten und im Gespräch bleiben. Außerdem: Was tun, wenn Sie ein Vorstellungsgespräch verpasst haben?

Newsletter abbestellen: https://karrierebriefing.example.de/abmelden
""", fmt="html", brand="Karriere-Briefing", headers=_list("Karriere-Briefing", "karrierebriefing.example.de")),

    O("de_kalender_teammeeting", "de", frm="Kalender <noreply@kalender.example.de>",
      subject="Erinnerung: Sprachtandem Deutsch–Englisch, Mi 14. Okt 18:30", date="2026-10-14 17:30 CEST",
      text="""Erinnerung an Ihren Termin:

Sprachtandem Deutsch–Englisch mit Felix
Mittwoch, 14. Oktober 2026, 18:30–19:30
Ort: Café Elbgold, Hamburg

Dies ist eine automatische Erinnerung.
""", fmt="alt"),
]
