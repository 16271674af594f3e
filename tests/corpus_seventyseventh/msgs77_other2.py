"""Everyday non-job mail of the candidate, part two: English, French and Spanish alerts,
newsletters, cold outreach, research and press requests, friends and services (77th corpus).
All kind `other`, company empty."""

from __future__ import annotations

from msgs77_base import JONAS, msg

X = "other"

BULK = {"Precedence": "bulk", "List-Unsubscribe": "<https://links.example.net/u/jwa>"}

MESSAGES = [
    msg(X, "linkedin_job_alert", "en", "", "",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "01-26 07:45",
        "\"financial controller\": 12 new jobs in Vienna",
        """Your job alert for financial controller in Vienna, Austria

Financial Controller - Alpenrausch Beverages - Vienna (Hybrid) - Actively recruiting
Senior FP&A Analyst - Nordlicht Software - Vienna - Be an early applicant
Finance Business Partner - Tessaro Pharma - Vienna - 3 connections work here
Group Controller - Danubia Holding - Vienna
Treasury Analyst - Crestline Bank - Vienna (Remote)

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=financial%20controller

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
""", fmt="alt", hdr={**BULK, "List-Id": "<jobalerts.linkedin.com>"}),
    msg(X, "indeed_alert", "en", "", "",
        "Indeed <alert@indeed.com>", "04-20 06:05",
        "15 new treasury analyst jobs in Remote",
        """treasury analyst jobs - Remote

Treasury Analyst (EMEA) - Fenwick Logistics - Remote - EUR 55,000 - 65,000 a year
Easily apply
Cash Management Specialist - Orbit Payments - Remote in Europe
Junior Treasury Analyst - Halden Energy - Remote
Responsive employer

Unsubscribe from these alerts | Edit this alert
""", fmt="html", cte="qp", hdr=BULK),
    msg(X, "career_newsletter_rejection_en", "en", "", "",
        "The Finance Career Brief <hello@financecareerbrief.test>", "05-29 08:00",
        "Why 'we've decided to move forward with other candidates' isn't the end",
        """THE FINANCE CAREER BRIEF - Issue #88

This week: rejection, ghosting and the missed interview.

1. "Unfortunately, we've decided to move forward with other candidates." We asked six hiring managers what that sentence really means - and how to reply so you stay on their radar.

2. You missed an interview. Now what? A two-line apology template that works.

3. Offer season: how to compare a conditional offer against a verbal one.

Read online | Forward to a friend | Unsubscribe
The Finance Career Brief, 10 Example Street, London
""", fmt="alt", hdr={**BULK, "List-Id": "Finance Career Brief <brief.financecareerbrief.test>"}),
    msg(X, "recruiter_inmail_cold", "en", "", "tom.whitaker@northgate-search.test",
        "Tom Whitaker <tom.whitaker@northgate-search.test>", "02-17 13:21",
        "Interim FP&A opportunities - London / remote",
        """Hi Jonas,

Hope you don't mind me reaching out. I specialise in interim finance appointments across London and Europe and noticed your FP&A and treasury background on LinkedIn.

I've got a steady flow of 6-12 month contracts (day rates GBP 550-700) with PE-backed clients. No specific role to pitch right now, but if you're open to interim work at any point, it'd be great to have your CV on file.

Best,
Tom Whitaker
Principal Consultant | Northgate Search
"""),
    msg(X, "user_research_interview", "en", "", "research@budgetbee.test",
        "Maya from Budgetbee <research@budgetbee.test>", "03-19 10:55",
        "Quick interview about how you use Budgetbee? (EUR 40 voucher)",
        """Hi Jonas,

I'm Maya, a user researcher at Budgetbee. We're redesigning our shared-expenses feature and we'd love to hear how you use the app.

Would you be up for a 30-minute video interview next week? As a thank-you we'll send you a EUR 40 voucher. Pick a time that suits you: https://calendly.com/budgetbee-research/user-interview

Thanks!
Maya
Budgetbee User Research
"""),
    msg(X, "press_interview_request", "en", "", "o.brennan@financeweekly.test",
        "Orla Brennan <o.brennan@financeweekly.test>", "07-15 15:30",
        "Interview request: CSRD reporting feature",
        """Dear Jonas,

I'm a reporter at Finance Weekly Europe working on a feature about how mid-size companies are coping with the first CSRD reporting cycle. A colleague of yours suggested I speak to you.

Would you be available for a 20-minute interview by phone this week? Comments can be anonymous if you prefer.

Kind regards,
Orla Brennan
Finance Weekly Europe
+353 1 555 0199
"""),
    msg(X, "austrian_flight_delay", "en", "", "",
        "Austrian Airlines <noreply@booking.austrian-airlines.test>", "09-19 05:50",
        "Flight OS 111 VIE-FRA: new departure time",
        """Dear Mr Wimmer-Adeyemi,

Unfortunately your flight OS 111 from Vienna to Frankfurt on 19 September 2026 is delayed. New departure time: 09:45 (originally 07:10).

We apologise for the inconvenience. You can check your rebooking options in the app.

Your Austrian Airlines team
""", fmt="html", cte="qp"),
    msg(X, "spotify_payment", "en", "", "",
        "Spotify <no-reply@spotify.test>", "08-01 12:00",
        "Your payment didn't go through",
        """Hi Jonas,

We tried to charge your card for Spotify Premium Duo but the payment was declined. Please update your payment details to keep listening without interruptions.

Update payment details: https://www.spotify.test/account

The Spotify Team
""", fmt="html", hdr=BULK),
    msg(X, "msc_admission_decision", "en", "", "",
        "Graduate Admissions <admissions-noreply@lse-example.test>", "04-01 17:00",
        "Decision on your application: MSc Finance (Part-time)",
        """Dear Jonas Wimmer-Adeyemi,

Thank you for your application to the MSc Finance (Part-time) programme for the 2026/27 academic year.

We regret to inform you that we are unable to offer you a place. We received a very large number of applications from highly qualified candidates this year.

We wish you every success in your future studies.

Graduate Admissions Office
""", fmt="alt"),
    msg(X, "gps_position_shared", "en", "", "",
        "Garmin Connect <noreply@garmin.test>", "06-21 19:22",
        "LiveTrack: Fabian shared his position with you",
        """Fabian Leitgeb is sharing his live position with you during his activity.

Activity: Cycling
Current position: 48.2082 N, 16.3738 E (near Donauinsel, Vienna)
Started: 17:58

Follow along live: https://livetrack.garmin.test/session/77a1
""", fmt="html"),
    msg(X, "alumni_event_en", "en", "", "",
        "Vienna Finance Alumni <events@vfa-network.test>", "10-01 09:00",
        "Invitation: CFO Panel & Networking, 22 October",
        """Dear members,

We are delighted to invite you to our autumn CFO panel on "Finance business partnering in uncertain times", followed by networking drinks.

Thursday 22 October, 18:30, Haus der Industrie, Vienna
Registration: https://vfa-network.test/events/cfo-panel

Warm regards,
The VFA Events Team
""", fmt="alt", hdr={**BULK, "List-Id": "VFA Members <members.vfa-network.test>"}),
    msg(X, "own_reply_accepting", "en", "", "",
        JONAS, "04-14 19:02",
        "Re: GREAT NEWS!!",
        """Hi Chloe,

Amazing, thank you! Tuesday 21st at 11am UK time works best for me. Looking forward to the prep notes.

Best,
Jonas
""", to="Chloe Bannister <chloe@meridianfinancerecruitment.test>", quote=("gmail", "Chloe Bannister <chloe@meridianfinancerecruitment.test>", """Hi Jonas!!

Brightwell LOVED your CV and want to get you in for a first stage interview for the Commercial Finance Business Partner role!! They've offered Tues 21st at 11am or Weds 22nd at 3pm UK time, on Teams.

Chloe""", 0)),
    msg(X, "ooo_recruiter_en", "en", "", "james.ohare@fintalent-partners.test",
        "James O'Hare <james.ohare@fintalent-partners.test>", "08-11 14:14",
        "Automatic reply: CV - Jonas Wimmer-Adeyemi",
        """Thanks for your email. I'm on annual leave until Monday 24 August with limited access to emails. For anything urgent please contact the team on +44 20 7946 0555.

Kind regards,
James
""", hdr={"Auto-Submitted": "auto-replied"}),
    msg(X, "candidate_survey_en", "en", "", "",
        "Candidate Experience Survey <surveys@candidatepulse.test>", "07-24 10:30",
        "How was your interview experience?",
        """Hi Jonas,

You recently interviewed with one of our client companies. Tell us about your experience in 2 minutes - your answers are anonymous and help employers improve their hiring process.

Start the survey: https://candidatepulse.test/s/9981

Thank you!
Candidate Pulse
""", fmt="html", hdr=BULK),
    msg(X, "wttj_newsletter_fr", "fr", "", "",
        "Welcome to the Jungle <newsletter@wttj-example.test>", "03-26 08:30",
        "Refus après entretien : comment rebondir ?",
        """Cette semaine dans la newsletter :

• « Nous sommes au regret de vous informer… » : comment transformer un refus après entretien en opportunité
• Entretien manqué : faut-il rappeler le recruteur ?
• 5 offres de contrôleur de gestion à Paris et Lyon qui recrutent maintenant

Lire la suite sur le site
Vous recevez cet e-mail car vous êtes inscrit à notre newsletter. Se désinscrire
""", fmt="alt", cte="qp", hdr={**BULK, "List-Id": "WTTJ Newsletter <news.wttj-example.test>"}),
    msg(X, "ami_refus_fr", "fr", "", "camille.durand@example.fr",
        "Camille Durand <camille.durand@example.fr>", "05-16 21:12",
        "bof",
        """Coucou Jonas,

Bon ben j'ai eu la réponse de la banque à Luxembourg… refus. « Votre profil ne correspond pas à nos besoins actuels », après deux entretiens, sympa. Je suis dégoûtée.

Et toi, ça avance de ton côté ? On s'appelle ce week-end ?

Bises,
Camille
""", cs="iso-8859-1", cte="8bit"),
    msg(X, "commande_retard_fr", "fr", "", "",
        "Librairie Atlas <commandes@librairie-atlas.test>", "02-10 11:00",
        "Votre commande n° 558201 est retardée",
        """Bonjour,

Malheureusement, votre commande n° 558201 (« Le contrôle de gestion en pratique », 3e édition) est retardée chez notre fournisseur. La nouvelle date d'expédition prévue est le 20 février.

Nous vous prions de nous excuser pour ce contretemps.

Le service client de la Librairie Atlas
""", fmt="html", cte="qp"),
    msg(X, "podcast_interview_fr", "fr", "", "lea@podcast-chiffres.test",
        "Léa Fontaine <lea@podcast-chiffres.test>", "09-07 12:20",
        "Invitation dans notre podcast « Les Chiffres et les Lettres »",
        """Bonjour Jonas,

Je produis le podcast « Les Chiffres et les Lettres », consacré aux métiers de la finance d'entreprise. J'ai lu ton post LinkedIn sur la transition du contrôle de gestion vers le business partnering et j'aimerais beaucoup t'interviewer pour un épisode.

L'enregistrement dure environ 45 minutes, à distance. Est-ce que ça te tenterait ?

Belle journée,
Léa Fontaine
"""),
    msg(X, "academia_espanol", "es", "", "info@academia-sol.test",
        "Academia Sol – Cursos de español <info@academia-sol.test>", "01-16 18:30",
        "Confirmación de matrícula – Español B1",
        """Hola Jonas:

Te confirmamos tu matrícula en el curso de Español B1 (martes y jueves, 18:30-20:00), que empieza el 3 de febrero en nuestra sede de Wien-Neubau.

Recuerda traer el libro «Aula Internacional 3». Si tienes cualquier duda, responde a este correo.

¡Hasta pronto!
Academia Sol
"""),
    msg(X, "infojobs_alerta", "es", "", "",
        "InfoJobs <alertas@infojobs.test>", "06-06 07:30",
        "Nuevas ofertas de Controller Financiero en Madrid",
        """Hola Jonas,

Tenemos 9 nuevas ofertas que encajan con tu alerta «Controller financiero – Madrid»:

Controller Financiero – Grupo Hostelero Retiro – Madrid
Analista FP&A – Energía Meseta – Madrid (híbrido)
Responsable de Tesorería – Constructora Castellana – Alcobendas

Ver todas las ofertas | Gestionar alertas | Darse de baja
""", fmt="html", cte="b64", hdr=BULK),
    msg(X, "tarjeta_solicitud_recibida", "es", "", "",
        "Banco Ibérico Digital <no-responder@bancoiberico.test>", "07-07 10:10",
        "Hemos recibido tu solicitud de tarjeta de crédito",
        """Hola Jonas,

Hemos recibido tu solicitud de la Tarjeta Oro. Nuestro equipo la está analizando y te comunicaremos la decisión en un plazo máximo de 5 días hábiles.

Gracias por confiar en nosotros.
Banco Ibérico Digital
""", fmt="alt"),
    msg(X, "amigo_rechazo_es", "es", "", "pablo.reyes@example.es",
        "Pablo Reyes <pablo.reyes@example.es>", "08-22 23:40",
        "vaya semana",
        """Buenas Jonas!

Te cuento: al final me han rechazado en la consultora, me escribieron hoy que "han decidido seguir con otros candidatos". Tres entrevistas y un caso práctico para nada, tío...

Bueno, a seguir. ¿Qué tal lo tuyo con la aseguradora de Valencia? Ya me contarás.

Abrazo,
Pablo

Enviado desde mi iPhone
"""),
    msg(X, "entrevista_usuario_es", "es", "", "",
        "Equipo de Investigación Mudanzo <noreply@mudanzo.test>", "05-13 12:45",
        "¿Nos ayudas? Entrevista de 20 minutos sobre tu mudanza",
        """Hola Jonas,

Hace poco usaste Mudanzo para tu mudanza. Estamos haciendo entrevistas con usuarios para mejorar la app y nos encantaría conocer tu experiencia.

La entrevista dura unos 20 minutos por videollamada y te regalamos un cupón de 25 €. Reserva tu hueco aquí: https://mudanzo.test/research

¡Gracias!
Equipo de Investigación de Mudanzo
""", fmt="html", hdr=BULK),
    msg(X, "piso_rechazo_es", "es", "", "alquileres@inmo-salamanca.test",
        "Inmobiliaria Salamanca <alquileres@inmo-salamanca.test>", "10-03 13:05",
        "Solicitud de alquiler – C/ Príncipe de Vergara 88",
        """Estimado Jonas:

Gracias por su interés en la vivienda de Príncipe de Vergara 88 y por enviarnos la documentación.

Lamentamos informarle de que la propiedad ha elegido a otro inquilino. Le mantendremos informado si surge otra vivienda con características similares.

Atentamente,
Inmobiliaria Salamanca
"""),
    msg(X, "ams_ejobroom_hinweis", "de", "", "",
        "AMS eJob-Room <noreply@ejob-room.ams.test>", "02-21 06:40",
        "Neue Stellenangebote zu Ihrem Suchprofil",
        """Sehr geehrter Herr Wimmer-Adeyemi,

zu Ihrem gespeicherten Suchprofil „Controlling, Wien und Umgebung“ gibt es 4 neue Stellenangebote:

- Controller/in (Vollzeit) – Bäckerei Zöchling – Wien 22
- Kostenrechner/in – Kunststofftechnik Pesendorfer – Wiener Neustadt
- Sachbearbeiter/in Finanzbuchhaltung und Controlling – Gemeinde Schwechat-Süd
- Budgetcontrolling (Teilzeit 30h) – Verein Sozialhilfe Wien

Details im eJob-Room: https://www.ejobroom.ams.test

Arbeitsmarktservice Österreich
""", cs="iso-8859-1", cte="qp", hdr=BULK),
]
