"""Mail that is not about the candidate's own job applications ("other") for the eighty-sixth
corpus: alerts, newsletters, outreach, other meanings of the words, life admin (data only)."""

from msgs86_kit import ME, forwarded, gmail, ics, msg

K = "other"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Mailing-list headers a bulk sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsub@example.net>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


MESSAGES = [
    msg(K, "linkedin_job_alert", "en", ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
        "\"clinical safety\": 14 new jobs in Greater Sydney", "2026-01-12T07:02:00+11:00", """
Your job alert for clinical safety in Greater Sydney

Clinical Safety Officer
Clinica Digital Health · Sydney (Hybrid)
Actively recruiting · Easy Apply

Senior Clinical Safety Analyst
Aurora Medical Systems · North Ryde
3 connections work here

Patient Safety Manager
Harbourview Private Hospital · Kogarah
Be an early applicant

See all jobs: https://www.linkedin.example.com/jobs/search?alert=1

You're receiving this because you created a job alert. Unsubscribe: https://www.linkedin.example.com/unsub
""", html=True, brand="LinkedIn", colour="#0a66c2", headers=bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/unsub")),

    msg(K, "seek_alert", "en", ("SEEK", "noreply@s.seek.example.com.au"),
        "8 new jobs for Nurse Educator", "2026-02-02T06:30:00+11:00", """
Hi Priya, here are new jobs matching your saved search "Nurse Educator, Melbourne VIC".

Clinical Nurse Educator - Perioperative | Eastbrook Hospital | Box Hill VIC | $120k - $135k
Nurse Educator - Aged Care | Banksia Aged Care | Kew VIC
Clinical Facilitator (Casual) | South Bank TAFE | Melbourne VIC

View all 8 jobs: https://www.seek.example.com.au/savedsearch/88

Manage your saved searches | Privacy | Unsubscribe
""", html=True, html_only=True, brand="SEEK", colour="#e60278", headers=bulk("<alerts.seek.example.com.au>", "https://www.seek.example.com.au/unsub")),

    msg(K, "indeed_digest", "en", ("Indeed", "alert@indeed.example.com"),
        "Digital Health Nurse - 5 new jobs in Brisbane QLD", "2026-03-04T05:10:00+10:00", """
5 new Digital Health Nurse jobs in Brisbane QLD

Nursing Informatics Specialist - Mater-style Health Service - Brisbane QLD - Apply easily
Clinical Applications Analyst - Health Support Qld - Herston QLD - Urgently hiring
Telehealth Nurse - Teleheal - Remote

Unfortunately some jobs you viewed have expired. Don't miss out on new opportunities!

https://au.indeed.example.com/q-digital-health-nurse
""", headers=bulk("<jobalert.indeed.example.com>", "https://au.indeed.example.com/unsub")),

    msg(K, "newsletter_rejection_advice", "en", ("The Nurse Career Coach", "hello@nursecareercoach.example.com"),
        "Rejected after the final interview? Read this", "2026-02-15T19:00:00+11:00", """
Hi friend,

This week's letter is about the email nobody wants: "Unfortunately, we have decided not to proceed with your application."

I got three of those in a row when I left the bedside for informatics. Here's what I learned:

1. A rejection after a panel interview is information. Ask for feedback within 48 hours.
2. Missed an interview because of a time-zone mix-up? Apologise once, briefly, and ask to reschedule.
3. When you get an invitation to interview, prep five STAR stories before anything else.

Read the full post: https://nursecareercoach.example.com/rejected-final-round

Until next Sunday,
Bec

You are receiving this because you subscribed at nursecareercoach.example.com. Unsubscribe anytime.
""", html=True, brand="The Nurse Career Coach", colour="#be185d", headers=bulk("Nurse Career Coach <weekly.nursecareercoach.example.com>", "https://nursecareercoach.example.com/u")),

    msg(K, "inmail_cold_outreach", "en", ("Sam Porter via LinkedIn", "inmail-hit-reply@linkedin.example.com"),
        "Priya, quick question", "2026-02-25T14:00:00+11:00", """
Hi Priya,

I came across your profile and was impressed by your move from ED nursing into clinical informatics. I lead the health practice at Tidewater Search and we work with a number of medtech vendors across APAC.

Nothing specific right now, but I'd love to keep you on my radar for future clinical safety roles. Feel free to connect, and keep an eye on our jobs board.

Best,
Sam Porter
Tidewater Search
""", html=True, brand="LinkedIn", colour="#0a66c2"),

    msg(K, "agency_talent_pool_marketing", "en", ("Zoe at Locumlink", "zoe@locumlink.example.com.au"),
        "Hot locum contracts this month!!", "2026-03-03T09:00:00+10:00", """
Hi Priya!!

Hope you're well! Just a quick one to share some of our hottest nursing contracts this month:

- RN Emergency, Alice Springs - 13 weeks - $95/hr + travel
- CNE ICU, Hobart - 6 months
- Nurse Educator, Darwin - 3 months, accommodation provided

If any of these tickle your fancy, just hit reply and I'll send over the details!!

Zoe
Locumlink Nursing | 1300 555 562

Unsubscribe from marketing emails: https://locumlink.example.com.au/unsub
""", headers=bulk("<marketing.locumlink.example.com.au>", "https://locumlink.example.com.au/unsub")),

    msg(K, "podcast_interview_invite", "en", ("Ben Hart", "ben@scrubsandscreens.example.fm"),
        "Interview for Scrubs & Screens podcast?", "2026-03-10T12:15:00+11:00", """
Hi Priya,

I host Scrubs & Screens, a podcast about nurses working in digital health. A friend of yours, Amira, suggested I get in touch after your talk at HIC.

Would you be up for an interview on the show? We record over Riverside, about 45 minutes, and I send the questions ahead of time. Any Thursday evening in April works on our end.

Cheers,
Ben Hart
Host, Scrubs & Screens
""",),

    msg(K, "journalist_press_interview", "en", ("Alice Moreno", "alice.moreno@dailyherald.example.com.au"),
        "Media request: interview re nurse workforce story", "2026-04-03T15:40:00+11:00", """
Hi Priya,

I'm a health reporter at the Daily Herald working on a story about experienced nurses leaving the wards for tech jobs. Your LinkedIn post about burnout got a lot of attention.

Would you be available for a short phone interview tomorrow or Monday? It could be on background if you'd prefer not to be named.

Thanks,
Alice Moreno
Health Reporter, The Daily Herald
0455 555 231
"""),

    msg(K, "user_research_interview", "en", ("MedTrack Research", "research@medtrack.example.com"),
        "Share your thoughts - 30 min research interview ($60 voucher)", "2026-04-11T10:00:00+10:00", """
Hi Priya,

Thanks for using MedTrack! We're redesigning our medication reminders and would love to learn from nurses who use the app.

We're inviting a small group of users to a 30-minute research interview over Zoom. As a thank you, you'll receive a $60 gift card.

Book a session: https://research.medtrack.example.com/book

The MedTrack Design Research team
""", html=True, brand="MedTrack", colour="#14b8a6"),

    msg(K, "friend_own_rejection", "en", ("Amira Haddad", "amira.haddad@example.net"),
        "ugh", "2026-04-24T20:41:00+10:00", """
Hey lovely,

So I didn't get the CNC job at St Vincent's 😩 Got the "we regret to inform you" email this arvo after two interviews and a presentation. Apparently they went with someone internal. Honestly feel a bit flat.

Wine on Saturday? Need to hear how your interviews are going too!

A x
"""),

    msg(K, "amazon_delayed", "en", ("Amazon.com.au", "shipment-tracking@amazon.example.com.au"),
        "Delivery update: your package is delayed", "2026-05-02T08:12:00+10:00", """
Hello Priya,

Unfortunately your order #503-2233418-0011 is running late. We now expect it to arrive by Wednesday 6 May.

"Clinical Governance in Practice (3rd ed.)"

We're sorry for the inconvenience. You can track your package in Your Orders.

Amazon.com.au
""", html=True, brand="Amazon", colour="#ff9900"),

    msg(K, "gps_position_tracker", "en", ("TrackMate", "notifications@trackmate.example.com"),
        "Position update: Corolla left Home zone", "2026-05-08T17:02:00+10:00", """
Your vehicle "Corolla" has left the zone Home.

Last known position: -33.8712, 151.2060 (Surry Hills NSW)
Speed: 38 km/h | Accuracy: 5 m
Time: 5:01 pm

View live position: https://app.trackmate.example.com/map
"""),

    msg(K, "bank_credit_card_application", "en", ("CommBank-style Bank", "noreply@mail.commonwealthbank.example.com.au"),
        "We've received your credit card application", "2026-05-14T12:40:00+10:00", """
Hi Priya,

Thanks for applying for a Low Rate credit card. We've received your application (ref CC-88412-A) and will assess it within 2 business days.

Unfortunately we can't provide an outcome over the phone while your application is being assessed. We'll email you as soon as a decision is made.

Commonwealth Example Bank
Never share your NetBank password.
""", html=True, brand="Commonwealth Example Bank", colour="#ffcc00"),

    msg(K, "rental_application_declined", "en", ("Harcourt Property", "leasing@harcourtproperty.example.com.au"),
        "Your rental application - 4/22 Example St, Glebe", "2026-05-19T16:30:00+10:00", """
Hi Priya,

Thank you for your application for 4/22 Example St, Glebe. Unfortunately on this occasion the landlord has selected another applicant.

We encourage you to apply for other properties on our website.

Kind regards,
Leasing Team
Harcourt Property
"""),

    msg(K, "university_admission", "en", ("Graduate Admissions", "admissions@southernmetro.example.edu.au"),
        "Your offer to study: Master of Health Informatics", "2026-06-05T10:00:00+09:30", """
Dear Priya,

Congratulations! We are pleased to offer you a place in the Master of Health Informatics (part-time, online), commencing Semester 2, 2026.

To accept your offer, log in to the applicant portal by 19 June 2026.

Graduate Admissions
Southern Metropolitan University
"""),

    msg(K, "own_sent_thankyou", "en", ME, "Thank you - Clinical Safety Officer interview", "2026-02-10T17:20:00+11:00", """
Hi Amelia,

Could you please pass on my thanks to Raj, Helen and Ben for their time this afternoon? I really enjoyed the hazard log discussion and I'm even more excited about the role.

Kind regards,
Priya Halvorsen-Mendes
0412 555 448
""", to=("Amelia Stone", "amelia.stone@auroramedsys.example.com")),

    msg(K, "own_sent_followup_chain", "en", ME, "Re: Director of Nursing - Riverside", "2026-03-31T09:05:00+11:00", """
Hi Olivia,

Thanks for the update. Happy to do the referee checks - details for both referees below.

1. Karen Lowe, NUM ED, Westmead-style Hospital, 0400 555 101
2. Dr Peter Sun, Director Clinical Informatics, 0400 555 202

Kind regards,
Priya
""" + gmail(("Olivia Brandt", "obrandt@marlowpartners.example.com"), "Mon, 30 Mar 2026 at 6:10 pm",
            "Priya, the board would like to move to referee checks. Could you send two referees?\nO"),
        to=("Olivia Brandt", "obrandt@marlowpartners.example.com"), parent="<mp.0330@marlowpartners.example.com>"),

    msg(K, "recruiter_out_of_office", "en", ("Kirra Lawson", "kirra@bluegumhealthpartners.example.com.au"),
        "Automatic reply: Wattle Aged Care role", "2026-01-05T09:00:00+10:00", """
Hi there,

Thanks for your email. I'm currently on leave, returning Monday 12 January. For anything urgent please contact our office on (07) 5550 1000.

Kirra
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, parent="<priya.au0105@example.com.au>"),

    msg(K, "calendar_standup", "en", ("Google Calendar", "calendar-notification@google.example.com"),
        "Notification: Weekly standup - Volunteer Health Literacy Project @ Mon 2 Mar 2026 8:30am - 8:45am (AEDT)", "2026-03-02T08:20:00+11:00", """
Weekly standup - Volunteer Health Literacy Project
Monday 2 Mar 2026 8:30am - 8:45am (AEDT)
Joining: https://meet.example.com/abc-defg-hij

Reminder from Google Calendar. You are receiving this email because you are an attendee of the event.
""", ics=ics("REQUEST", "standup-2026@google.example.com", "Weekly standup - Volunteer Health Literacy Project",
        "2026-03-02T08:30:00+11:00", 15, ("Nadia Kerr", "nadia.kerr@healthliteracy.example.org"), "Google Meet")),

    msg(K, "ato_notice", "en", ("ATO-style Tax Office", "noreply@online.ato.example.gov.au"),
        "You have a new message in myGov", "2026-07-28T11:00:00+10:00", """
You have a new message in your myGov inbox from the Australian Taxation Office.

To read it, sign in to my.gov.example.au. We will never ask you to reply to this email with personal information.
"""),

    msg(K, "opal_trip", "en", ("Opal", "no-reply@opal.example.com.au"),
        "Your Opal card auto top up", "2026-03-12T06:45:00+11:00", """
Hi Priya,

Your Opal card ending 4471 was automatically topped up with $40.00 on 12/03/2026.

Card balance: $43.20

Transport for NSW
"""),

    msg(K, "agl_bill", "en", ("AGL-style Energy", "noreply@bills.agl.example.com.au"),
        "Your electricity bill is ready", "2026-04-15T07:00:00+10:00", """
Hi Priya, your latest electricity bill for 12/7 Example Lane, Surry Hills is ready.

Amount due: $212.48
Due date: 29 April 2026

View and pay: https://my.agl.example.com.au
""", html=True, html_only=True, brand="AGL", colour="#0047bb"),

    msg(K, "contents_insurance_renewal", "en", ("Harbourside Insurance", "service@harbourside-insurance.example.com.au"),
        "Your contents insurance renewal", "2026-06-20T09:30:00+10:00", """
Dear Priya,

Your Home Contents policy HC-2210981 renews on 20 July 2026. Your new annual premium is $389.12.

If your circumstances have changed, for example you have moved house, please let us know before the renewal date.

Harbourside Insurance
"""),

    msg(K, "qantas_delay", "en", ("Qantas-style Airways", "noreply@yourbooking.qantas.example.com"),
        "Flight update: QF411 SYD-MEL is delayed", "2026-05-03T05:20:00+10:00", """
Hi Priya,

Your flight QF411 from Sydney to Melbourne on Sun 3 May has been delayed.

New departure: 8:40am (previously 7:00am)
Gate: to be advised

We apologise for the inconvenience.
""", html=True, brand="Qantas", colour="#e40000"),

    msg(K, "telstra_bill", "en", ("Telstra-style Mobile", "noreply@bill.telstra.example.com"),
        "Your bill for account 3000 5511 2222 is ready", "2026-08-03T08:00:00+10:00", """
Hi Priya,

Your Telstra bill is ready. Total due $65.00 by 17 Aug 2026. It will be paid automatically by direct debit.

Telstra
"""),

    msg(K, "ahpra_renewal", "en", ("Ahpra", "no-reply@ahpra.example.gov.au"),
        "Reminder: renew your registration by 31 May", "2026-05-01T09:00:00+10:00", """
Dear Priya Halvorsen-Mendes,

Your registration as a Registered Nurse (NMW0001234567) is due for renewal by 31 May 2026. Renew online now to avoid a late fee.

Australian Health Practitioner Regulation Agency
"""),

    msg(K, "streaming_newsletter", "en", ("Streamly", "info@mailer.streamly.example.com"),
        "New this week: the hospital drama everyone's talking about", "2026-09-11T18:00:00+10:00", """
Priya, new on Streamly this week:

Night Shift - Season 3. A nurse manager juggles a hospital restructure, a rejected promotion and a missed interview that changes everything.

Watch now: https://www.streamly.example.com/title/88
""", html=True, html_only=True, brand="Streamly", colour="#e50914", headers=bulk("<weekly.streamly.example.com>", "https://www.streamly.example.com/unsub")),

    msg(K, "alumni_newsletter", "en", ("UTS-style Alumni", "alumni@news.harbouruni.example.edu.au"),
        "Alumni news: careers night, mentoring and more", "2026-08-14T12:00:00+10:00", """
Alumni Newsletter - August 2026

Careers Night: Thinking about a career change? Join our panel of alumni who moved from clinical roles into digital health. They'll share how they handled interviews, rejections and offers.

Mentoring program applications are now open. Applications received by 31 August will be considered.

Harbour University Alumni Office
""", html=True, brand="Harbour University", colour="#0f172a", headers=bulk("<alumni.harbouruni.example.edu.au>", "https://news.harbouruni.example.edu.au/unsub")),

    msg(K, "gym_membership", "en", ("Flex Fitness", "hello@flexfitness.example.com.au"),
        "Your membership freeze has been confirmed", "2026-06-30T10:00:00+10:00", """
Hey Priya,

Your membership is frozen from 1 July to 21 July. Your direct debits will resume on 22 July.

See you soon!
Flex Fitness Darlinghurst
"""),

    msg(K, "auspost_delivery", "en", ("Australia Post", "noreply@notifications.auspost.example.com.au"),
        "Your parcel is on its way", "2026-10-02T09:15:00+10:00", """
Your parcel from Officeworks is on its way.

Tracking number: 33XYZ1234567
Estimated delivery: Mon 5 Oct - Tue 6 Oct
"""),

    msg(K, "es_clase_espanol", "es", ("Academia Hola Sydney", "clases@holasydney.example.com.au"),
        "Clase del jueves y tarea", "2026-03-17T15:00:00+11:00", """
¡Hola a todos!

Recordad que el jueves practicamos cómo hacer una entrevista de trabajo en español (role play). Traed preparadas tres preguntas y vuestras respuestas.

Tarea: escribir un correo formal rechazando una invitación a una boda. 😊

Un abrazo,
Profe Carmen
Academia Hola Sydney
"""),

    msg(K, "es_alerta_empleo", "es", ("InfoEmpleo", "alertas@infoempleo.example.es"),
        "5 nuevas ofertas de Enfermería en Madrid", "2026-05-25T08:00:00+02:00", """
Hola Priya,

Tenemos nuevas ofertas que coinciden con tu alerta "Enfermería calidad Madrid":

- Enfermera/o de Calidad - Hospital Universitario Arganzuela - Madrid
- Supervisora de Enfermería - Grupo Hospitalario Sur - Getafe
- Coordinadora de Ensayos Clínicos - Farmacias Ibéricas - Madrid

Ver todas las ofertas: https://www.infoempleo.example.es/alertas/123

Para darte de baja de estas alertas, haz clic aquí.
""", html=True, brand="InfoEmpleo", colour="#ff6600", headers=bulk("<alertas.infoempleo.example.es>", "https://www.infoempleo.example.es/baja")),

    msg(K, "es_prestamo_solicitud", "es", ("Banco Ejemplo", "notificaciones@bancoejemplo.example.es"),
        "Hemos recibido tu solicitud de préstamo", "2026-06-08T11:00:00+02:00", """
Hola Priya:

Hemos recibido tu solicitud de préstamo personal por 6.000 €. Estamos estudiando la documentación y te comunicaremos la resolución en un plazo máximo de 48 horas.

Lamentablemente, no podemos darte información sobre el estado de la solicitud por teléfono.

Banco Ejemplo
""", charset="windows-1252"),

    msg(K, "es_paquete_retrasado", "es", ("Correos Express", "seguimiento@correosexpress.example.es"),
        "Tu envío sufre un retraso", "2026-06-12T09:00:00+02:00", """
Hola,

Lamentablemente tu envío 4400912387 sufre un retraso por incidencias en la red. La nueva fecha estimada de entrega es el 15/06/2026.

Disculpa las molestias.
"""),

    msg(K, "es_newsletter_carrera", "es", ("Enfermería Hoy", "boletin@enfermeriahoy.example.es"),
        "Cómo superar el rechazo tras una entrevista", "2026-07-05T10:00:00+02:00", """
Boletín semanal · Enfermería Hoy

Cómo superar el rechazo tras una entrevista: "Lamentamos comunicarle que no ha sido seleccionada" es una frase que duele. Te contamos cómo pedir feedback y preparar la siguiente entrevista.

Además: 10 consejos si te citan a una entrevista por videollamada.

Leer más: https://enfermeriahoy.example.es/rechazo

Recibes este boletín porque te suscribiste. Darse de baja.
""", html=True, brand="Enfermería Hoy", colour="#0d9488", headers=bulk("<boletin.enfermeriahoy.example.es>", "https://enfermeriahoy.example.es/baja")),

    msg(K, "es_amiga_entrevista_podcast", "es", ("Valentina Soto", "vale.soto@example.org"),
        "jajaja", "2026-08-01T22:15:00-04:00", """
Priya!!

Te cuento: me hicieron una entrevista para la radio de la universidad sobre el trabajo de enfermería en Chile 🎙️ Salió el martes, te mando el link cuando lo suban.

¿Y tú cómo vas con las postulaciones? Cuéntame todo.

Besos,
Vale
"""),

    msg(K, "fr_wttj_alerte", "fr", ("Welcome to the Jungle", "alertes@welcometothejungle.example.com"),
        "Ces 6 offres pourraient vous plaire", "2026-03-22T08:30:00+01:00", """
Bonjour Priya,

Voici les nouvelles offres qui correspondent à votre alerte « e-santé Lyon » :

Chef de projet e-santé – Santéa – Lyon
Clinical Success Manager – Mediclic – Bruxelles
Infirmière coordinatrice – Clinique des Tilleuls – Villeurbanne

Voir les offres : https://www.welcometothejungle.example.com/fr/alertes

Se désabonner
""", html=True, html_only=True, brand="Welcome to the Jungle", colour="#ffcd00", headers=bulk("<alertes.wttj.example.com>", "https://www.welcometothejungle.example.com/unsub")),

    msg(K, "fr_newsletter_soignants", "fr", ("La Lettre des Soignants", "newsletter@lettresoignants.example.fr"),
        "Entretien d'embauche : les 5 erreurs à éviter", "2026-04-26T07:00:00+02:00", """
La Lettre des Soignants — n° 214

Entretien d'embauche : les 5 erreurs à éviter. Et si vous recevez une réponse négative, comment rebondir ?

Témoignage : « J'ai raté mon entretien à cause du décalage horaire »

Lire la lettre : https://lettresoignants.example.fr/214

Pour vous désinscrire, cliquez ici.
""", charset="iso-8859-1", headers=bulk("<lettre.lettresoignants.example.fr>", "https://lettresoignants.example.fr/desinscription")),

    msg(K, "fr_interview_journaliste", "fr", ("Claire Dubois", "claire.dubois@lequotidiensante.example.fr"),
        "Demande d'interview", "2026-05-15T11:20:00+02:00", """
Bonjour Madame Halvorsen-Mendes,

Je suis journaliste au Quotidien Santé et je prépare un article sur les infirmières qui se reconvertissent dans le numérique en santé. Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique d'une vingtaine de minutes ?

Bien à vous,
Claire Dubois
Le Quotidien Santé
"""),

    msg(K, "fr_etude_utilisateur", "fr", ("Équipe Recherche Doctoline", "recherche@doctoline.example.fr"),
        "Participez à un entretien utilisateur (40 €)", "2026-06-16T14:00:00+02:00", """
Bonjour Priya,

Nous cherchons des professionnels de santé pour un entretien utilisateur de 45 minutes sur notre nouvel agenda infirmier. En remerciement, vous recevrez une carte cadeau de 40 €.

Choisir un créneau : https://doctoline.example.fr/recherche

L'équipe Recherche Utilisateur
""", html=True, brand="Doctoline", colour="#107aca"),

    msg(K, "fr_amie_refus", "fr", ("Léa Morel", "lea.morel@example.net"),
        "Bof", "2026-07-09T21:30:00+02:00", """
Coucou Priya,

Bon, j'ai eu la réponse pour le poste à Grenoble : c'est non. « Nous ne pouvons donner suite à votre candidature », le classique. Je suis un peu dégoûtée mais bon.

Et toi, tes entretiens à Lyon ça avance ?

Bisous,
Léa
"""),

    msg(K, "fr_colis_retard", "fr", ("Colissimo", "noreply@notif-colissimo.example.fr"),
        "Votre colis a du retard", "2026-09-03T10:00:00+02:00", """
Bonjour,

Malheureusement, votre colis n° 6A12345678901 a pris du retard. Il vous sera livré au plus tard le 07/09/2026.

Nous vous prions de nous excuser pour la gêne occasionnée.
""", html=True, html_only=True, brand="Colissimo", colour="#ffbc00"),

    msg(K, "fr_banque_credit", "fr", ("Crédit Ouest", "conseiller@creditouest.example.fr"),
        "Votre demande de crédit a bien été reçue", "2026-10-05T09:40:00+02:00", """
Madame,

Nous avons bien reçu votre demande de crédit à la consommation. Votre dossier est en cours d'étude ; une réponse vous sera apportée sous 72 heures.

Votre conseiller, Thomas Petit
Crédit Ouest – Agence Lyon Part-Dieu
"""),

    msg(K, "de_stepstone_alert", "de", ("StepStone", "jobagent@stepstone.example.de"),
        "12 neue Jobs für „Pflegeexpertin Digitalisierung“", "2026-04-06T07:00:00+02:00", """
Hallo Priya,

Ihr Job-Agent hat neue passende Stellen gefunden:

Pflegeexpertin Digitalisierung (m/w/d) – Klinikum Isartal – München
Qualitätsmanagementbeauftragte (w/m/d) – Caritas Pflegeverbund Süd – Augsburg
Clinical Implementation Manager – MediFlow – Remote

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/55

Job-Agent abbestellen
""", html=True, brand="StepStone", colour="#0c2577", headers=bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/abmelden")),

    msg(K, "de_xing_kontakt", "de", ("Tobias Maier über XING", "mailrobot@xing.example.com"),
        "Tobias Maier möchte sich mit Ihnen vernetzen", "2026-05-11T12:00:00+02:00", """
Hallo Priya,

Tobias Maier (Senior Recruiter, Bergmann Health Consulting) hat Ihnen eine Nachricht geschickt:

„Hallo Frau Halvorsen-Mendes, Ihr Profil ist mir positiv aufgefallen. Ich würde mich freuen, wenn wir uns vernetzen – vielleicht ergibt sich in Zukunft etwas Spannendes.“

Kontaktanfrage ansehen: https://www.xing.example.com/contacts
""", html=True, brand="XING", colour="#006567"),

    msg(K, "de_bahn_verspaetung", "de", ("Deutsche Bahn", "noreply@bahn.example.de"),
        "Verspätung: ICE 589 München Hbf", "2026-09-23T07:40:00+02:00", """
Guten Tag Priya Halvorsen-Mendes,

leider verspätet sich Ihr ICE 589 nach München Hbf voraussichtlich um 35 Minuten. Grund ist eine Reparatur am Zug.

Wir bitten um Entschuldigung.
Ihre Deutsche Bahn
"""),

    msg(K, "de_paket_verspaetet", "de", ("Paketdienst", "benachrichtigung@paketdienst.example.de"),
        "Ihre Sendung verzögert sich", "2026-09-26T09:00:00+02:00", """
Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 00340433123456789 um ein bis zwei Werktage.

Wir bitten um Ihr Verständnis.
""", charset="iso-8859-1"),

    msg(K, "de_newsletter_karriere", "de", ("Karriere in der Pflege", "newsletter@karriere-pflege.example.de"),
        "Absage erhalten? So geht es weiter", "2026-06-21T08:00:00+02:00", """
Newsletter Juni

Absage erhalten? So geht es weiter: Was Sie aus einer Absage nach dem Vorstellungsgespräch lernen können – und wie Sie sich auf die nächste Einladung vorbereiten.

Außerdem: Gehaltsverhandlung nach dem Jobangebot.

Zum Artikel: https://karriere-pflege.example.de/absage

Newsletter abbestellen
""", html=True, brand="Karriere in der Pflege", colour="#b91c1c", headers=bulk("<newsletter.karriere-pflege.example.de>", "https://karriere-pflege.example.de/abmelden")),

    msg(K, "de_wohnung_absage", "de", ("Hausverwaltung Lindner", "vermietung@hv-lindner.example.de"),
        "Ihre Anfrage zur Wohnung Schwabing", "2026-08-18T15:10:00+02:00", """
Sehr geehrte Frau Halvorsen-Mendes,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Beispielstraße 12. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Hausverwaltung Lindner
"""),

    msg(K, "de_kreditkarte_antrag", "de", ("Beispielbank", "service@beispielbank.example.de"),
        "Ihr Antrag ist eingegangen", "2026-10-07T10:00:00+02:00", """
Guten Tag Frau Halvorsen-Mendes,

vielen Dank für Ihren Antrag auf eine Kreditkarte. Ihr Antrag ist bei uns eingegangen und wird nun geprüft. Sie erhalten in den nächsten Tagen Post von uns.

Freundliche Grüße
Ihre Beispielbank
"""),

    msg(K, "trademe_jobs_alert", "en", ("Trade Me Jobs", "no-reply@trademe.example.co.nz"),
        "New listings for your saved search: nurse educator - Canterbury", "2026-07-06T07:30:00+12:00", """
Kia ora Priya,

3 new listings match your saved search "nurse educator" in Canterbury:

Nurse Educator - Aged Residential Care | Canterbury Care Group | Christchurch
Clinical Nurse Educator (Fixed term) | Te Awa Health | Christchurch Central
Nurse Educator - Primary Care | Riccarton Medical Centre | Riccarton

View listings: https://www.trademe.example.co.nz/jobs/saved/771

To stop receiving these emails, manage your saved searches.
""", html=True, brand="Trade Me", colour="#ffd000", headers=bulk("<savedsearch.trademe.example.co.nz>", "https://www.trademe.example.co.nz/unsub")),

    msg(K, "jobstreet_alert_kl", "en", ("JobStreet", "jobalerts@jobstreet.example.com.my"),
        "Jobs for you: Clinical Quality, Kuala Lumpur", "2026-08-09T09:00:00+08:00", """
Hi Priya,

We found 4 new jobs for you.

Head of Clinical Quality - Klang Valley Specialist Hospital - Kuala Lumpur - RM 18K - 22K
Clinical Transformation Consultant - CareAxis Global Solutions - Kuala Lumpur
Nursing Informatics Lead - Straits Medical Group - Petaling Jaya

Apply now - it only takes a minute!

Unsubscribe | Privacy Policy
""", html=True, html_only=True, brand="JobStreet", colour="#0d3880", headers=bulk("<alerts.jobstreet.example.com.my>", "https://www.jobstreet.example.com.my/unsub")),

    msg(K, "mentor_forwards_article", "en", ("Dr Ruth Ambrose", "ruth.ambrose@example.org"),
        "Fwd: The clinical safety interview, decoded", "2026-05-30T08:15:00+10:00", """
Priya - thought of you when I read this. Section on the hazard-log question is spot on. Coffee soon? R

Sent from my iPad
""" + forwarded(("Digital Health Digest", "editor@digitalhealthdigest.example.com"), "Fri, 29 May 2026 at 6:00 am",
                "The clinical safety interview, decoded", """THE CLINICAL SAFETY INTERVIEW, DECODED

Hiring managers tell us the same three things sink candidates: vague answers on hazard analysis, no example of a safety case, and not asking about the organisation's incident culture. If you've been rejected after a final round, read on.

Unsubscribe: https://digitalhealthdigest.example.com/u""", to=("Ruth Ambrose", "ruth.ambrose@example.org"))),
]
