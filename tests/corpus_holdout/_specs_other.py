"""Hand-written "other" mail for the held-out corpus: digests, newsletters, outreach without an
interview request, other meanings of the words, the candidate's own mail, auto-replies and
calendar noise (see make_holdout.py); standard library only."""

from make_holdout import Spec as S
from make_holdout import ics


def _bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


SPECS = [
    S("other", "en", "linkedin_job_alert_digest", "", "",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      "30+ new jobs for \"data analyst\" in Chicago",
      """Your job alert for data analyst in Chicago, IL

Data Analyst - Lakeshore Mutual - Chicago, IL - Easy Apply
https://www.linkedin.com/jobs/view/4001/

Senior Data Analyst, Growth - Brickyard Commerce - Remote
https://www.linkedin.com/jobs/view/4002/

Data Analyst II - Prairie Health System - Evanston, IL - Actively recruiting
https://www.linkedin.com/jobs/view/4003/

Marketing Data Analyst - Halsted Foods - Chicago, IL
https://www.linkedin.com/jobs/view/4004/

See all jobs: https://www.linkedin.com/jobs/search/?keywords=data%20analyst

You're receiving job alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts/unsubscribe
""", date="2026-02-04 13:00 +0000", fmt="html", skin="news",
      headers=_bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsubscribe")),

    S("other", "de", "stepstone_jobagent", "", "",
      "StepStone Jobagent <jobagent@stepstone.de>",
      "12 neue Jobs für Sie: Data Analyst in Berlin",
      """Hallo Jordan Lee,

Ihr Jobagent hat 12 neue Stellenangebote gefunden, die zu Ihrer Suche passen:

Data Analyst (m/w/d) – Spreeblick Energie GmbH – Berlin
https://www.stepstone.de/stellenangebote--Data-Analyst-1001

Junior BI Analyst (w/m/d) – Havelmarkt AG – Potsdam
https://www.stepstone.de/stellenangebote--BI-Analyst-1002

Werkstudent Datenanalyse – Kiezbank eG – Berlin
https://www.stepstone.de/stellenangebote--Werkstudent-1003

Alle Treffer anzeigen: https://www.stepstone.de/jobagent/ergebnisse

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/verwalten
""", date="2026-02-11 06:30 +0100", fmt="html", skin="news",
      headers=_bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/verwalten")),

    S("other", "en", "indeed_recommendations", "", "",
      "Indeed <alert@indeed.com>",
      "Jordan, companies are hiring for Business Analyst near you",
      """Recommended jobs based on your resume

Business Analyst - Gatewood Insurance - Columbus, OH - $72,000 - $85,000 a year
Easily apply. Urgently hiring.

Business Systems Analyst - Riverstone Medical - Dublin, OH
Hiring multiple candidates.

Junior Business Analyst - Ohio Valley Freight - Remote

View all jobs: https://www.indeed.com/jobs?q=business+analyst&l=columbus

Tip: Employers respond faster when you apply early. Good luck with your interviews!

Unsubscribe from these emails: https://www.indeed.com/unsubscribe
""", date="2026-03-01 11:15 +0000", fmt="html", skin="news",
      headers=_bulk("<recommendations.indeed.com>", "https://www.indeed.com/unsubscribe")),

    S("other", "fr", "wttj_newsletter_rebondir", "", "",
      "Welcome to the Jungle <newsletter@welcometothejungle.com>",
      "Rebondir après un refus + 40 offres qui recrutent",
      """Bonjour Jordan,

Cette semaine dans votre newsletter :

« Votre candidature n'a pas été retenue » : comment rebondir après un refus ? Nos conseils pour demander un retour au recruteur, garder le contact et transformer l'échec en apprentissage.
https://www.welcometothejungle.com/fr/articles/rebondir-apres-refus

Entretien d'embauche : les 7 questions à poser au recruteur
https://www.welcometothejungle.com/fr/articles/questions-entretien

Les entreprises qui recrutent cette semaine : Maison Lune, Vélo Bleu, Kaolin Tech…
https://www.welcometothejungle.com/fr/jobs

Se désabonner : https://www.welcometothejungle.com/fr/me/settings/notifications
""", date="2026-03-08 08:00 +0100", fmt="html", skin="news",
      headers=_bulk("Newsletter candidats <candidats.welcometothejungle.com>",
                    "https://www.welcometothejungle.com/fr/me/settings/notifications")),

    S("other", "en", "career_newsletter_rejection_feedback", "", "",
      "The Offer Letter <hello@theofferletter.example.com>",
      "How to respond to a job rejection (and actually get feedback)",
      """Hi friend,

Last week a reader wrote in: "I got an email saying they've decided to move forward with other candidates. Should I even reply?"

Yes. Here's the short version:
1. Reply within a day. Thank them for their time and the opportunity.
2. Ask one specific question: "What would have made my application stronger?"
3. Keep the door open. Hiring managers remember gracious candidates, and roles reopen.

Unfortunately, many companies won't share detailed feedback for legal reasons. Don't take silence personally.

Read the full issue: https://theofferletter.example.com/p/responding-to-rejection

See you next Tuesday,
Mia from The Offer Letter

Unsubscribe: https://theofferletter.example.com/unsubscribe
""", date="2026-03-17 14:00 +0000", fmt="alt", skin="news",
      headers=_bulk("The Offer Letter <theofferletter.example.com>", "https://theofferletter.example.com/unsubscribe")),

    S("other", "es", "infojobs_alerta", "", "",
      "InfoJobs Alertas <alertas@infojobs.net>",
      "Nuevas ofertas de empleo para ti: analista de datos",
      """Hola Jordan,

Tenemos nuevas ofertas que coinciden con tu alerta "analista de datos" en Madrid:

Analista de Datos Junior - Grupo Retiro Distribución - Madrid
https://www.infojobs.net/madrid/analista-datos/of-i1001

Data Analyst (inglés alto) - Lavapiés Tech - Híbrido
https://www.infojobs.net/madrid/data-analyst/of-i1002

Consultor/a BI - Sierra Consultores - Alcobendas
https://www.infojobs.net/alcobendas/consultor-bi/of-i1003

Gestiona tus alertas: https://www.infojobs.net/candidate/alerts
""", date="2026-03-22 07:45 +0100", fmt="html", skin="news",
      headers=_bulk("<alertas.infojobs.net>", "https://www.infojobs.net/candidate/alerts")),

    S("other", "en", "newsletter_missed_interview_advice", "", "",
      "Career Compass <careercompass@substack.example.com>",
      "So you missed an interview. Now what?",
      """CAREER COMPASS - Issue #88

It happens to more people than you'd think: a calendar mix-up, a dead phone battery, a time-zone error. You realise an hour later that you missed the interview.

What to do:
- Write to the recruiter immediately. Apologise, take responsibility, no elaborate excuses.
- Offer two or three concrete times to reschedule.
- Keep it short. Three or four sentences are enough.

A reader told us a recruiter replied "we tried calling you at the scheduled time" - and she still got the job after a quick, honest apology.

Forward this to a friend who's job hunting: https://careercompass.substack.example.com/p/missed-interview

Unsubscribe https://careercompass.substack.example.com/action/disable_email
""", date="2026-04-05 12:30 +0000", fmt="alt", skin="news",
      headers=_bulk("Career Compass <careercompass.substack.example.com>",
                    "https://careercompass.substack.example.com/action/disable_email")),

    S("other", "en", "recruiter_inmail_no_request", "Tern Payments", "zoe.carter@ternpayments.example.com",
      "Zoe Carter <zoe.carter@ternpayments.example.com>",
      "Analytics roles at Tern Payments",
      """Hi Jordan,

I came across your profile and your work on pricing analytics really stood out. I lead recruiting for the data team at Tern Payments, and we're growing the analytics function this year.

I don't want to take up your time with a call out of the blue, so I'll just leave our open analytics roles here in case any of them is interesting to you now or later: https://ternpayments.example.com/careers/analytics

Either way, best of luck with everything you're working on.

Zoe Carter
Technical Recruiter, Tern Payments
""", date="2026-04-14 09:05 -0700"),

    S("other", "de", "xing_ansprache_ohne_termin", "Kaiserhof Consulting", "r.schmid@kaiserhof-consulting.example.de",
      "Robert Schmid <r.schmid@kaiserhof-consulting.example.de>",
      "Spannende Perspektiven bei Kaiserhof Consulting",
      """Hallo Frau Lee,

ich bin auf XING auf Ihr Profil aufmerksam geworden und war von Ihrem Werdegang im Bereich Prozessanalyse beeindruckt.

Kaiserhof Consulting wächst stark, und wir bauen aktuell unser Team im Bereich Digitalisierung im Mittelstand aus. Einen Überblick über unsere offenen Stellen finden Sie hier: https://karriere.kaiserhof-consulting.example.de

Ich wollte Ihnen die Information einfach einmal zukommen lassen, vielleicht ist ja jetzt oder später etwas für Sie dabei.

Beste Grüße
Robert Schmid
Talent Sourcing | Kaiserhof Consulting
""", date="2026-04-21 10:10 +0200", fmt="alt", skin="outlook"),

    S("other", "en", "podcast_interview_invite_ics", "", "theo@pipelinepodcast.example.fm",
      "Theo Marsh <theo@pipelinepodcast.example.fm>",
      "Interview for The Data Pipeline podcast",
      """Hi Jordan,

I loved your conference talk on messy spreadsheets and I'd love to have you on The Data Pipeline podcast for an interview. Episodes are about 40 minutes, very conversational, and we record remotely.

I've sent a calendar invite for Wednesday 6 May at 5pm UK time for the recording session. If that doesn't suit, tell me and I'll move it.

Cheers,
Theo
Host, The Data Pipeline
""", date="2026-04-28 16:22 +0100", fmt="alt", skin="gmail",
      ics=ics("pipeline-ep112@pipelinepodcast.example.fm", "20260506T160000", "20260506T170000",
              "Podcast recording: The Data Pipeline ep. 112 with Jordan Lee", "theo@pipelinepodcast.example.fm",
              location="https://riverside.example.fm/studio/pipeline")),

    S("other", "fr", "interview_presse_journaliste", "", "claire.vasseur@lequotidien-eco.example.fr",
      "Claire Vasseur <claire.vasseur@lequotidien-eco.example.fr>",
      "Demande d'interview - article sur la reconversion dans la data",
      """Bonjour Jordan,

Je suis journaliste au Quotidien Éco et je prépare un article sur les personnes qui se reconvertissent dans les métiers de la data. Votre témoignage publié sur votre blog m'a beaucoup intéressée.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes par téléphone la semaine prochaine ? L'article paraîtra dans notre édition du week-end.

Bien à vous,
Claire Vasseur
Journaliste, rubrique Emploi
""", date="2026-05-03 11:55 +0200", fmt="alt", skin="gmail"),

    S("other", "en", "user_research_interview", "", "kai.lindberg@notably.example.com",
      "Kai Lindberg <kai.lindberg@notably.example.com>",
      "Would you join a 30-minute research interview? ($50 gift card)",
      """Hi Jordan,

I'm a UX researcher at Notably. You've been using our note-taking app for a few months, and we'd love to learn how you organise your projects.

Would you be up for a 30-minute remote research interview next week? There are no right or wrong answers, and as a thank-you we'll send a $50 gift card. You can pick a slot here: https://calendly.com/notably-research/interview

Thanks for considering it,
Kai Lindberg
Senior UX Researcher, Notably
""", date="2026-05-11 18:02 +0000", fmt="alt", skin="gmail"),

    S("other", "es", "entrevista_investigacion_usuario", "", "",
      "Equipo de Producto de Pagafácil <investigacion@pagafacil.example.es>",
      "¿Nos ayudas a mejorar Pagafácil? Entrevista de 20 minutos",
      """¡Hola, Jordan!

Estamos rediseñando la app de Pagafácil y queremos escuchar a personas que la usan cada semana.

Te invitamos a participar en una entrevista de investigación de 20 minutos por videollamada. No es una prueba: solo queremos saber cómo pagas, qué te molesta y qué echas en falta. Como agradecimiento, te regalamos 15 EUR en tu monedero.

Reserva tu hueco aquí: https://pagafacil.example.es/investigacion

Gracias,
El equipo de Producto

Si no quieres recibir más invitaciones, date de baja aquí: https://pagafacil.example.es/baja
""", date="2026-05-19 10:00 +0200", fmt="html", skin="news",
      headers=_bulk("<research.pagafacil.example.es>", "https://pagafacil.example.es/baja")),

    S("other", "en", "friend_own_rejection", "", "maddie.k@example.net",
      "Maddie Kim <maddie.k@example.net>",
      "ugh",
      """so I finally heard back from Lumora. they "decided to move forward with candidates whose experience more closely matches the role." after FOUR rounds and a take-home!!

I know I should reply and ask for feedback but honestly I just want to eat noodles and watch bad tv tonight. how's your search going? did that design agency ever get back to you?

drinks friday?
m
""", to="Jordan Lee <jordan.lee@example.org>", date="2026-05-22 20:47 -0500"),

    S("other", "de", "freundin_absage_erzaehlt", "", "nele.franke@example.de",
      "Nele Franke <nele.franke@example.de>",
      "Absage von der Stadtbibliothek :(",
      """Hi Jordan,

kurzes Update von mir: Ich hab heute die Absage von der Stadtbibliothek bekommen. „Leider haben wir uns für eine andere Bewerberin entschieden" – nach zwei Gesprächen! Ich bin ziemlich geknickt.

Wie läuft's bei dir mit den Bewerbungen? Hattest du dein Vorstellungsgespräch schon?

Lass uns am Wochenende telefonieren.
Nele
""", date="2026-06-01 21:14 +0200"),

    S("other", "en", "order_delayed", "", "",
      "Cedar & Co. Orders <no-reply@cedarandco.example.com>",
      "Unfortunately, your order #48213 is delayed",
      """Hi Jordan,

Unfortunately, your order #48213 (Oak desk lamp, 1 x) is delayed. Our carrier has reported a backlog at their regional hub, and your new estimated delivery date is June 12.

We're sorry for the wait. You don't need to do anything; we'll email you as soon as your parcel is on its way.

Track your order: https://cedarandco.example.com/orders/48213

Cedar & Co. Customer Care
""", date="2026-06-05 09:40 +0000", fmt="html", skin="ats"),

    S("other", "fr", "colis_retarde", "", "",
      "Colis Express <notification@colisexpress.example.fr>",
      "Votre colis est retardé",
      """Bonjour,

Malheureusement, votre colis n° CX-7781-2201 est retardé en raison d'un incident sur notre plateforme de tri. Nous vous prions de nous excuser pour ce contretemps.

Nouvelle date de livraison estimée : mardi 16 juin 2026.

Suivre mon colis : https://colisexpress.example.fr/suivi/CX-7781-2201

Colis Express
""", date="2026-06-12 07:02 +0200", fmt="html", skin="ats", charset="iso-8859-1", cte="qp"),

    S("other", "en", "gps_tracker_position", "", "",
      "TrailMate <alerts@trailmate.example.com>",
      "Position update: Jordan's bike tracker",
      """TrailMate position report

Device: Bike tracker (TM-220)
Position: 41.8819 N, 87.6278 W
Accuracy: 8 m
Last updated: 14 Jun 2026, 18:42 CDT
Battery: 64%

Your device left the geofence "Home" at 18:31. View the position on the map: https://trailmate.example.com/map/TM-220

You're receiving this because movement alerts are on for this device.
""", date="2026-06-14 23:43 +0000", fmt="alt", skin="ats"),

    S("other", "es", "posicion_lista_espera", "", "",
      "Huerto Urbano Chamberí <reservas@huertochamberi.example.es>",
      "Tu posición en la lista de espera",
      """Hola Jordan:

Gracias por solicitar una parcela en el Huerto Urbano Chamberí. Lamentablemente, ahora mismo no quedan parcelas libres.

Tu posición en la lista de espera es la número 14. Te avisaremos en cuanto quede una parcela disponible; normalmente hay movimiento en septiembre.

Un saludo verde,
Asociación Huerto Urbano Chamberí
""", date="2026-06-18 12:00 +0200"),

    S("other", "en", "credit_card_application_received", "", "",
      "Northbridge Bank <no-reply@northbridgebank.example.com>",
      "We've received your credit card application",
      """Dear Jordan Lee,

Thank you for applying for the Northbridge Rewards Visa card. We've received your application (reference NBR-55190) and it is now being reviewed.

Most decisions are made within 7-10 business days. If we need more information, we'll contact you by mail.

Please do not reply to this email. For questions, call the number on our website.

Northbridge Bank
Member FDIC
""", date="2026-06-22 15:10 +0000", fmt="html", skin="ats"),

    S("other", "de", "kreditantrag_eingegangen", "", "",
      "Sparkasse Musterstadt <service-noreply@sparkasse-musterstadt.example.de>",
      "Ihr Kreditantrag ist bei uns eingegangen",
      """Sehr geehrte Frau Lee,

vielen Dank für Ihren Antrag auf einen Privatkredit über 8.000 EUR. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Leider können wir Ihnen noch keine Zusage geben, da noch ein Einkommensnachweis fehlt. Bitte laden Sie diesen in Ihrem Online-Banking hoch.

Mit freundlichen Grüßen
Ihre Sparkasse Musterstadt
""", date="2026-06-29 08:25 +0200", fmt="alt", skin="ats", cte="qp"),

    S("other", "en", "loan_application_declined", "", "",
      "Maple Street Lending <decisions@maplestreetlending.example.com>",
      "Update on your personal loan application",
      """Dear Jordan,

Thank you for your recent application for a personal loan with Maple Street Lending.

After careful review, unfortunately we are unable to approve your application at this time. This decision was based in part on information in your credit report. You have the right to request a free copy of your report within 60 days.

We appreciate your interest and encourage you to apply again in the future.

Maple Street Lending Credit Decisions
""", date="2026-07-03 16:00 +0000", fmt="html", skin="ats"),

    S("other", "en", "apartment_application_rejected", "", "dmitri@elmstreetproperties.example.com",
      "Dmitri Volkov <dmitri@elmstreetproperties.example.com>",
      "Your rental application - 12 Elm St, Unit 3",
      """Hi Jordan,

Thank you for applying for 12 Elm St, Unit 3 and for coming to the viewing on Saturday.

We had several applications for this apartment, and the landlord has decided to move forward with another applicant. Unfortunately, that means we can't offer you the lease this time.

We have a similar one-bedroom coming up on Oak Avenue next month; let me know if you'd like to see it.

Best,
Dmitri Volkov
Leasing Agent, Elm Street Properties
""", date="2026-07-08 13:31 -0500"),

    S("other", "fr", "dossier_logement_refuse", "", "agence@immo-rivegauche.example.fr",
      "Immo Rive Gauche <agence@immo-rivegauche.example.fr>",
      "Votre dossier de location - Appartement rue des Tanneurs",
      """Bonjour,

Nous vous remercions pour votre dossier de candidature concernant l'appartement T2 de la rue des Tanneurs.

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
L'équipe Immo Rive Gauche
""", date="2026-07-15 17:30 +0200", charset="iso-8859-1", cte="8bit"),

    S("other", "en", "university_admission_denied", "", "",
      "Lakemont University Graduate Admissions <gradadmissions-noreply@lakemont.example.edu>",
      "Your application decision - MS in Data Science",
      """Dear Jordan,

Thank you for applying to the Master of Science in Data Science program at Lakemont University.

The admissions committee has carefully reviewed your application. We regret to inform you that we are unable to offer you admission for the Fall 2027 term. This year we received more than 2,400 applications for 90 places.

We wish you every success in your academic and professional pursuits.

Office of Graduate Admissions
Lakemont University
""", date="2026-07-21 20:00 +0000", fmt="html", skin="ats"),

    S("other", "es", "universidad_admitida", "", "",
      "Universidad de Levante - Posgrado <posgrado-noreply@ulevante.example.es>",
      "Resolución de admisión - Máster en Ciencia de Datos",
      """Estimada Jordan Lee:

Nos complace comunicarle que ha sido admitida en el Máster Universitario en Ciencia de Datos de la Universidad de Levante para el curso 2026-2027.

Para formalizar la matrícula, deberá completar el pago de la reserva de plaza antes del 31 de julio a través de la sede electrónica.

Reciba nuestra más cordial enhorabuena.

Servicio de Posgrado
Universidad de Levante
""", date="2026-07-24 09:30 +0200", fmt="alt", skin="ats", charset="iso-8859-1", cte="qp"),

    S("other", "en", "own_sent_thank_you", "", "",
      "Jordan Lee <jordan.lee@example.org>",
      "Thank you - Analytics Engineer interview",
      """Hi Samira,

Thank you for taking the time to interview me yesterday for the Analytics Engineer role at Copperfield Goods. I enjoyed hearing about how your team is rebuilding the dbt project, and our conversation made me even more excited about the position.

Please let me know if there is anything else I can provide.

Best regards,
Jordan Lee
""", to="Samira Haddad <samira.haddad@copperfieldgoods.example.com>", date="2026-08-05 09:14 -0500",
      headers={"X-Mailer": "Apple Mail (2.3774.600.62)"}),

    S("other", "en", "own_sent_reply_to_rejection", "", "",
      "Jordan Lee <jordan.lee@example.org>",
      "Re: Your application to Duskfall Interactive",
      """Hi Erin,

Thank you for letting me know, and for the time you and the team spent with me. I enjoyed learning about Duskfall. If you have a moment, I'd really value any feedback on what would have strengthened my application.

I hope our paths cross again.

Best,
Jordan
""", to="Erin Walsh <erin.walsh@duskfall.example.com>", date="2026-08-12 18:20 -0400",
      quote=("gmail_en", "Erin Walsh <erin.walsh@duskfall.example.com>", "Wed, Aug 12, 2026 at 2:02 PM",
             "Your application to Duskfall Interactive",
             """Hi Jordan,

Thank you for interviewing with us. Unfortunately, we have decided not to move forward with your application for the Live Ops Analyst role.

Best,
Erin""")),

    S("other", "en", "recruiter_out_of_office", "Halvorsen Group", "ingrid.solberg@halvorsen.example.no",
      "Ingrid Solberg <ingrid.solberg@halvorsen.example.no>",
      "Automatic reply: Interview follow-up",
      """Thank you for your email. I am out of the office until Monday 24 August with limited access to email.

For urgent recruitment matters, please contact the Talent team via the main office line.

Best regards,
Ingrid Solberg
Talent Acquisition, Halvorsen Group
""", date="2026-08-17 10:02 +0200",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    S("other", "de", "eigene_bewerbung_gesendet", "", "",
      "Jordan Lee <jordan.lee@example.org>",
      "Bewerbung als Junior Data Analyst – Jordan Lee",
      """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf Ihre Stellenausschreibung als Junior Data Analyst (m/w/d). Meine Unterlagen finden Sie im Anhang.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Jordan Lee
""", to="Personalabteilung Tannenberg AG <bewerbung@tannenberg-ag.example.de>", date="2026-08-20 19:45 +0200",
      attach=[("Lebenslauf_Jordan_Lee.pdf", "application/pdf", b"%PDF-1.4\n% CV\n%%EOF\n")]),

    S("other", "fr", "absence_recruteuse", "Groupe Oréal Conseil", "sandrine.blanc@orealconseil.example.fr",
      "Sandrine Blanc <sandrine.blanc@orealconseil.example.fr>",
      "Réponse automatique : Entretien du 3 septembre",
      """Bonjour,

Je suis absente du bureau jusqu'au 31 août inclus, sans accès à ma messagerie. Votre message sera traité à mon retour.

Pour toute demande urgente, merci de contacter l'accueil au 04 78 55 55 00.

Sandrine Blanc
Chargée de recrutement - Groupe Oréal Conseil
""", date="2026-08-24 08:00 +0200", headers={"Auto-Submitted": "auto-replied"}),

    S("other", "en", "google_calendar_standup_reminder", "", "",
      "Google Calendar <calendar-notification@google.com>",
      "Notification: Daily standup @ Mon Aug 31, 2026 9:30am - 9:45am (CDT) (jordan.lee@example.org)",
      """This is a notification for:

Daily standup
When: Monday Aug 31, 2026 9:30am - 9:45am Central Time - Chicago
Joining info: meet.google.com/std-upqk-mon
Calendar: jordan.lee@example.org

Invitation from Google Calendar
You are receiving this email because you have notifications turned on for this calendar.
""", date="2026-08-31 14:20 +0000", fmt="alt", skin="ats"),

    S("other", "en", "standup_time_changed_ics", "", "noah.fischer@lakeview-coop.example.org",
      "Noah Fischer <noah.fischer@lakeview-coop.example.org>",
      "Updated invitation: Volunteer team standup (moved to 8:45)",
      """Hi all,

Moving our weekly volunteer standup to 8:45 on Thursdays so people can make it before work. Same video link as before.

Noah
""", to="Volunteers <volunteers@lakeview-coop.example.org>", cc="Jordan Lee <jordan.lee@example.org>",
      date="2026-09-02 21:10 -0500", fmt="alt", skin="gmail",
      ics=ics("lakeview-standup-weekly@lakeview-coop.example.org", "20260903T134500", "20260903T140000",
              "Volunteer team standup", "noah.fischer@lakeview-coop.example.org", sequence=4,
              attendees=("jordan.lee@example.org", "volunteers@lakeview-coop.example.org"))),

    S("other", "en", "interview_tips_newsletter", "", "",
      "Glasswing Careers <newsletter@glasswing.example.com>",
      "5 questions to ask at the end of your interview",
      """THIS WEEK ON GLASSWING

5 questions to ask at the end of your interview
Hiring managers say the last ten minutes of an interview matter more than you think.
https://glasswing.example.com/blog/questions-to-ask

Salary report: what data analysts earn in 2026
https://glasswing.example.com/salaries/data-analyst

"We regret to inform you": decoding rejection emails
https://glasswing.example.com/blog/decoding-rejections

Companies hiring now: Alder Health, Northpine, Ropewalk Studio
https://glasswing.example.com/jobs

Manage email preferences: https://glasswing.example.com/settings/email
""", date="2026-09-08 15:00 +0000", fmt="html", skin="news",
      headers=_bulk("Glasswing Weekly <weekly.glasswing.example.com>", "https://glasswing.example.com/settings/email")),

    S("other", "en", "rejection_therapy_selfhelp", "", "",
      "Brave Little Steps <letters@bravelittlesteps.example.com>",
      "This week: the rejection challenge",
      """Hello brave one,

This month's challenge is "rejection therapy": ask for one small thing each day that you expect to be turned down for. A discount at the coffee shop. A seat upgrade. A favour from a neighbour.

The point isn't the answer. It's learning that "no" doesn't hurt as much as you imagined. Reply and tell us how your first week goes - we read every note.

With warmth,
Priya & Tom, Brave Little Steps

You signed up at bravelittlesteps.example.com. Unsubscribe: https://bravelittlesteps.example.com/unsubscribe
""", date="2026-09-13 07:00 +0000", fmt="alt", skin="news",
      headers=_bulk("Brave Little Steps <letters.bravelittlesteps.example.com>",
                    "https://bravelittlesteps.example.com/unsubscribe")),

    S("other", "es", "newsletter_preparar_entrevista", "", "",
      "Blog Empleo Joven <boletin@empleojoven.example.es>",
      "Cómo preparar una entrevista de trabajo (y qué hacer si te rechazan)",
      """Hola, Jordan:

En el boletín de esta semana:

Cómo preparar una entrevista de trabajo en 5 pasos
https://empleojoven.example.es/blog/preparar-entrevista

«Lamentablemente, hemos decidido seguir con otros candidatos»: qué responder a un rechazo
https://empleojoven.example.es/blog/responder-rechazo

Ofertas destacadas: prácticas en marketing, soporte técnico y logística
https://empleojoven.example.es/ofertas

Darse de baja: https://empleojoven.example.es/baja
""", date="2026-09-15 10:00 +0200", fmt="html", skin="news",
      headers=_bulk("Boletín Empleo Joven <boletin.empleojoven.example.es>", "https://empleojoven.example.es/baja")),

    S("other", "de", "newsletter_absage_reagieren", "", "",
      "Karriereletter <redaktion@karriereletter.example.de>",
      "Absage erhalten? So reagieren Sie richtig",
      """Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz sorgt bei Jobsuchenden für so viel Frust. Doch eine Absage ist kein Urteil über Ihre Person.

In dieser Ausgabe:
- Wie Sie höflich um Feedback bitten
- Warum sich eine Antwort auf die Absage lohnt
- Vorstellungsgespräch verpasst? Drei Sätze, die jetzt helfen

Zum Artikel: https://karriereletter.example.de/absage-reagieren

Newsletter abbestellen: https://karriereletter.example.de/abmelden
""", date="2026-09-19 06:00 +0200", fmt="alt", skin="news", cte="qp",
      headers=_bulk("Karriereletter <news.karriereletter.example.de>", "https://karriereletter.example.de/abmelden")),

    S("other", "en", "linkedin_profile_views", "", "",
      "LinkedIn <messages-noreply@linkedin.com>",
      "Jordan, you appeared in 14 searches this week",
      """You appeared in 14 searches this week

A recruiter at Ferrous Steel Works and 3 others viewed your profile.
Top search keywords: SQL, Tableau, forecasting

See who's viewed your profile: https://www.linkedin.com/me/profile-views/
Try Premium for free to see all viewers.

Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
""", date="2026-09-22 16:30 +0000", fmt="html", skin="news",
      headers=_bulk("<notifications.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe")),

    S("other", "en", "virtual_career_fair_marketing", "", "",
      "Ardent Aerospace Careers <talent-community@ardent-aero.example.com>",
      "You're invited: Ardent Aerospace virtual career fair, October 8",
      """Hi Jordan,

As a member of our Talent Community, you're invited to the Ardent Aerospace virtual career fair on October 8.

Meet engineers from our propulsion, avionics and data teams, hear about life at Ardent, and learn about internships and early-career programs. Drop in any time between 11:00 and 15:00 ET.

Register: https://ardent-aero.example.com/events/career-fair-oct

See you there,
Ardent Aerospace Talent Community

Update your preferences or unsubscribe: https://ardent-aero.example.com/talent-community/preferences
""", date="2026-09-24 13:00 +0000", fmt="html", skin="news",
      headers=_bulk("Ardent Talent Community <talent.ardent-aero.example.com>",
                    "https://ardent-aero.example.com/talent-community/preferences")),

    S("other", "fr", "alerte_offres_cadres", "", "",
      "Alertes Emploi Cadres <alertes@emploicadres.example.fr>",
      "3 nouvelles offres : chef de projet data",
      """Bonjour Jordan,

Voici les nouvelles offres correspondant à votre alerte « chef de projet data » – Lyon :

Chef de projet data H/F – Rhône Énergies – Lyon 3e
https://emploicadres.example.fr/offre/1001

Product Owner Data – Banque des Traboules – Lyon 2e
https://emploicadres.example.fr/offre/1002

Consultant data senior – Cabinet Saône Conseil – Villeurbanne
https://emploicadres.example.fr/offre/1003

Modifier ou supprimer cette alerte : https://emploicadres.example.fr/mes-alertes
""", date="2026-09-28 06:45 +0200", fmt="html", skin="news",
      headers=_bulk("<alertes.emploicadres.example.fr>", "https://emploicadres.example.fr/mes-alertes")),

    S("other", "en", "remote_jobs_weekly_digest", "", "",
      "Remote Roundup <digest@remoteroundup.example.com>",
      "Remote Roundup #212: 48 new remote roles",
      """REMOTE ROUNDUP - 48 new remote roles this week

Engineering
- Backend Engineer (Go) at Larchmont Cloud - US/Canada
- Staff Data Engineer at Moss & Lichen - Europe

Data
- Analytics Engineer at Sundial Health - Anywhere
- Data Analyst, Marketing at Tidepool Apps - Americas

Reader question: "A company ghosted me after the final interview. Should I follow up?" Our answer: yes, once, a week later.

Browse all: https://remoteroundup.example.com/issues/212
Unsubscribe: https://remoteroundup.example.com/unsubscribe
""", date="2026-10-01 12:00 +0000", fmt="alt", skin="news",
      headers=_bulk("Remote Roundup <digest.remoteroundup.example.com>", "https://remoteroundup.example.com/unsubscribe")),

    S("other", "en", "grant_application_received", "", "",
      "Riverbend Arts Council <grants-noreply@riverbendarts.example.org>",
      "Your grant application has been received",
      """Dear Jordan Lee,

Thank you for submitting your application to the 2027 Community Data Stories micro-grant program. We have received your application (ID CDS-0412).

Due to the volume of submissions, we are unable to respond to individual enquiries about application status. Decisions will be announced by email on December 1.

Riverbend Arts Council Grants Team
""", date="2026-10-06 19:30 +0000", fmt="html", skin="ats"),

    S("other", "es", "tarjeta_denegada", "", "",
      "Banco Meseta <avisos@bancomeseta.example.es>",
      "Respuesta a tu solicitud de tarjeta de crédito",
      """Hola Jordan:

Gracias por solicitar la Tarjeta Meseta Oro.

Lamentablemente, tras analizar tu solicitud, no podemos concederte la tarjeta en este momento. Esta decisión se basa en nuestros criterios de riesgo y no implica ninguna valoración personal.

Podrás volver a solicitarla dentro de seis meses.

Atentamente,
Banco Meseta
Este mensaje se ha generado automáticamente; por favor, no respondas.
""", date="2026-10-09 11:11 +0200", fmt="html", skin="ats", charset="windows-1252", cte="qp"),

    S("other", "en", "visa_appointment_rescheduled", "", "",
      "Consular Appointments <appointments-noreply@consulate.example.gov>",
      "Your visa appointment has been rescheduled",
      """Dear Applicant,

Due to unforeseen circumstances, your visa interview appointment at the consular section has been rescheduled.

Original appointment: October 20, 2026, 08:30
New appointment: October 27, 2026, 09:15

Please bring your passport, appointment confirmation and supporting documents. No action is required if the new time is convenient. To change it, log in to the appointment system.

This is an automated message. Replies are not monitored.
""", date="2026-10-12 05:00 +0000", fmt="html", skin="ats"),

    S("other", "en", "dentist_missed_appointment", "", "",
      "Brightsmile Dental <reminders@brightsmile-dental.example.com>",
      "We missed you today",
      """Hi Jordan,

We missed you at your dental cleaning appointment today at 2:00 PM with Dr. Alvarez. We tried calling you at the scheduled time but couldn't reach you.

Please call our front desk or use the link below to book a new appointment. As a reminder, missed appointments without 24 hours' notice may incur a $40 fee.

Rebook: https://brightsmile-dental.example.com/book

Brightsmile Dental
""", date="2026-10-15 21:15 +0000", fmt="html", skin="ats"),

    S("other", "fr", "rendez_vous_medical_deplace", "", "",
      "Doctiplan <no-reply@doctiplan.example.fr>",
      "Votre rendez-vous a été déplacé",
      """Bonjour Jordan Lee,

Votre rendez-vous avec Dr Marie Lefèvre (médecin généraliste) a été déplacé à la demande du praticien.

Ancien créneau : lundi 26 octobre 2026 à 18h15
Nouveau créneau : mardi 27 octobre 2026 à 17h45

Si ce nouveau créneau ne vous convient pas, vous pouvez annuler ou déplacer le rendez-vous depuis votre compte.

L'équipe Doctiplan
""", date="2026-10-20 09:00 +0100", fmt="html", skin="ats"),

    S("other", "en", "congratulations_special_offer", "", "",
      "Peak Fitness Club <offers@peakfitness.example.com>",
      "Congratulations Jordan - you've been selected for an exclusive offer",
      """Congratulations, Jordan!

You've been selected for our members-only offer: 50% off your first three months of Peak Premium, plus a free personal training session.

This offer expires on November 15. Don't miss out!

Claim your offer: https://peakfitness.example.com/offer/premium50

Unsubscribe from promotional emails: https://peakfitness.example.com/unsubscribe
""", date="2026-11-02 14:00 +0000", fmt="html", skin="news",
      headers=_bulk("<promo.peakfitness.example.com>", "https://peakfitness.example.com/unsubscribe")),

    S("other", "de", "paket_nicht_angetroffen", "", "",
      "Paketblitz Zustellung <benachrichtigung@paketblitz.example.de>",
      "Wir haben Sie leider nicht angetroffen",
      """Guten Tag,

unser Zusteller war heute um 11:42 Uhr bei Ihnen, hat Sie aber leider nicht angetroffen. Ihr Paket (Sendungsnummer PB 4471 2209 1180) liegt ab morgen 10 Uhr in der Filiale Lindenstraße 8 zur Abholung bereit.

Sie können auch einen neuen Zustelltermin wählen: https://paketblitz.example.de/termin

Ihr Paketblitz-Team
""", date="2026-11-05 12:05 +0100", fmt="html", skin="ats", cte="b64"),

    S("other", "en", "friend_forwards_job_posting", "", "tariq.aziz@example.com",
      "Tariq Aziz <tariq.aziz@example.com>",
      "Fwd: we're hiring - Analytics Lead",
      """Saw this in our company Slack and immediately thought of you. No pressure, but if you want I can pass your CV to the hiring manager - I sit two desks away from her :)

T
""", date="2026-11-10 12:48 -0600",
      quote=("fwd", "Wildrose Outdoor People Team <people@wildrose.example.com>", "Tue, Nov 10, 2026 at 9:00 AM",
             "we're hiring - Analytics Lead",
             """Hi team,

We're hiring an Analytics Lead to join the Commerce group. Referrals are very welcome: the referral bonus is $2,000 after 90 days.

Job description: https://wildrose.example.com/careers/analytics-lead

People Team""")),

    S("other", "en", "radio_interview_request", "", "june.adair@wkrp-community.example.org",
      "June Adair <june.adair@wkrp-community.example.org>",
      "Live radio interview Thursday morning?",
      """Hi Jordan,

I produce the morning show at WKRP Community Radio. We're doing a segment on local volunteers this week and the food bank suggested you.

Would you be up for a short live interview on air on Thursday at 8:10 am? It's about seven minutes, by phone, and very relaxed. I'd call you at 8:00 to do a sound check.

Thanks so much,
June Adair
Producer, Morning Edition - WKRP Community Radio
""", date="2026-11-16 15:30 -0500"),
]
