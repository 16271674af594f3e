"""Ninth corpus: everything else a job seeker's inbox holds, including the look-alikes."""

from functools import partial

from _spec import ME, Ics, Spec, forwarded, gmail

OT = partial(Spec, "other")


def bulk(list_id: str, domain: str) -> dict[str, str]:
    """The headers a mailing-list or marketing sender adds."""
    return {"List-Id": f"<{list_id}>", "Precedence": "bulk",
            "List-Unsubscribe": f"<https://{domain}/u/unsub?l={list_id.split('.')[0]}>, "
                                f"<mailto:unsubscribe@{domain}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


SPECS = [
    OT("linkedin_job_alert", "en", "", "",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
      "“product designer”: 12 new jobs in Lisbon",
      """Your job alert for product designer in Lisbon, Portugal

12 new jobs match your preferences.

Product Designer - Farfield Mobility · Lisbon (Hybrid) · Actively recruiting
https://www.linkedin.example.com/comm/jobs/view/401122

Senior UX/UI Designer - Corvo Bank · Lisbon · Easy Apply
https://www.linkedin.example.com/comm/jobs/view/401187

Design Researcher - Almada Health · Remote · 3 connections work here
https://www.linkedin.example.com/comm/jobs/view/401203

Lead Product Designer - Tagus Cloud · Lisbon · Be an early applicant
https://www.linkedin.example.com/comm/jobs/view/401244

See all jobs: https://www.linkedin.example.com/comm/jobs/search?alert=7731

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.example.com/comm/jobs/alerts
This email was intended for Inés Kowalczyk (Product Designer · UX Researcher)""",
      "2026-09-01T06:04:00+00:00", fmt="alt", html_style="news", cte="qp",
      headers=bulk("jobalerts.linkedin.example.com", "linkedin.example.com")),

    OT("indeed_digest", "en", "", "",
      "Indeed <alert@indeed.example.com>", "UX Researcher jobs in Berlin - 9 new",
      """9 new jobs for UX Researcher in Berlin

UX Researcher (m/w/d) - Spreebahn Digital - Berlin
€60,000 - €72,000 a year · Easily apply
Posted 1 day ago

User Researcher - Kiezkasse - Berlin Mitte
Urgently hiring

Senior UX Researcher - Hauptsache Health - Remote in Berlin
Posted 3 days ago

UX Research Intern - Berliner Verkehrsbund - Berlin
Internship

View all jobs: https://de.indeed.example.com/jobs?q=ux+researcher&l=Berlin

Unsubscribe from these emails | Manage alerts | Privacy""",
      "2026-09-02T07:31:00+00:00", fmt="html", html_style="news", cte="qp",
      headers=bulk("alerts.indeed.example.com", "indeed.example.com")),

    OT("newsletter_rejection_advice", "en", "", "",
      "The Hiring Loop <hello@hiringloop.example.com>",
      "Issue #84: How to handle rejection (and ask for feedback that's actually useful)",
      """THE HIRING LOOP - Issue #84

Hi there,

This week's theme: rejection. Most candidates get far more "unfortunately, we've decided to move forward with other candidates" emails than offers - that's just the maths of job searching.

1. Don't take the template personally. "Your background doesn't closely align" is often just copy from the ATS.
2. Reply anyway. A short thank-you that asks one specific question ("what would have strengthened my application?") gets an answer surprisingly often.
3. Missed an interview? Apologise within the hour, own it, and propose new times.

Also in this issue: our interview prep checklist, and 40 design roles hiring now.

Read online: https://hiringloop.example.com/84

You're receiving this because you subscribed at hiringloop.example.com. Unsubscribe anytime.""",
      "2026-09-03T13:00:00+00:00", fmt="alt", html_style="news", cte="qp",
      headers=bulk("84.hiringloop.example.com", "hiringloop.example.com")),

    OT("own_application_sent", "en", "", "",
      ME, "Application: Senior Product Designer - Inés Kowalczyk",
      """Dear Lumenfold team,

I'm writing to apply for the Senior Product Designer role advertised on your careers page. Over the last six years I've led product design and research for health and mobility products in Lisbon and Berlin, most recently shipping a patient onboarding flow that cut drop-off by 30%.

My portfolio is at https://ineskowalczyk.example.net and my CV is attached.

I'd be glad to talk about how I could help the team.

Kind regards,
Inés Kowalczyk
+351 912 345 678""",
      "2026-09-01T07:55:00+01:00", to="Lumenfold Careers <careers@lumenfold.example.com>"),

    OT("podcast_interview_request", "en", "", "zara@designdebt.example.fm",
      "Zara Quint <zara@designdebt.example.fm>", "Interview request - Design Debt podcast",
      """Hi Inés,

I host Design Debt, a podcast about the unglamorous side of product design (about 8k listeners, mostly designers and PMs in Europe). I read your Medium piece on research ops in small teams and loved it.

Would you be up for being interviewed for an episode? It's a relaxed 45-minute conversation over Riverside, recorded whenever suits you in October. No prep needed beyond a quick pre-call.

Let me know if you're interested!

Zara
Design Debt · designdebt.example.fm""",
      "2026-09-04T14:12:00+01:00"),

    OT("stepstone_jobagent", "de", "", "",
      "StepStone Jobagent <jobagent@stepstone.example.de>",
      "Ihr Jobagent: 7 neue Jobs für „UX Designer“ in Berlin",
      """Hallo Inés Kowalczyk,

Ihr Jobagent hat 7 neue Stellenangebote für Sie gefunden:

UX Designer (m/w/d) – Havelstrom Energie AG – Berlin – Teilweise Home-Office
Senior Product Designer (w/m/d) – Kiezkasse GmbH – Berlin
UX/UI Designer – Bärenwerk Software – Potsdam
Service Designer (all genders) – Stadtreinigung Berlin – Berlin

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/ux-designer-berlin

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Jobagent abbestellen""",
      "2026-09-05T05:45:00+02:00", fmt="html", html_style="news", cte="qp", encode_subject=True,
      headers=bulk("jobagent.stepstone.example.de", "stepstone.example.de")),

    OT("friend_own_rejection", "en", "", "tomas.reyes@example.org",
      "Tomás Reyes <tomas.reyes@example.org>", "ugh",
      """Inés,

just got the rejection from Corvo Bank, after FOUR rounds. "We've decided to move forward with a candidate whose experience more closely matches". Four rounds!!! I did a whole case study for them.

Anyway. Drinks thursday? I need to complain to someone who gets it. Hope your search is going better than mine

T""",
      "2026-09-06T21:30:00+01:00"),

    OT("order_delayed", "en", "", "",
      "Paperline Store <orders@paperline.example.com>", "Update on your order #PL-448213",
      """Hi Inés,

Unfortunately your order is delayed. One item (A5 dot-grid notebook, sage) is temporarily out of stock at our warehouse, and we now expect to dispatch your order on 14 September.

We're sorry for the wait. You don't need to do anything - we'll email you the tracking link as soon as it ships. If you'd rather cancel, you can do so from your account.

Thanks for your patience,
Paperline Customer Care""",
      "2026-09-07T10:10:00+00:00", fmt="html", html_style="ats", cte="qp"),

    OT("recruiter_inmail_cold", "en", "", "",
      "Harvey Lindgren via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Harvey sent you a message: Exciting Lead Design opportunities!",
      """Hi Inés,

I came across your profile and was really impressed by your background in healthcare UX. I'm a specialist design recruiter at Northstar Talent, and we're currently partnering with several fast-growing scale-ups across Europe looking for senior and lead product designers.

If you're open to new opportunities, feel free to connect - I'd love to keep you in mind as roles come in.

Best,
Harvey

Reply on LinkedIn: https://www.linkedin.example.com/messaging/thread/2-ab12

This message was sent via LinkedIn InMail. You can opt out of InMail in your settings.""",
      "2026-09-08T08:22:00+00:00", fmt="alt", html_style="news", cte="qp"),

    OT("wttj_digest", "fr", "", "",
      "Welcome to the Jungle <hello@welcometothejungle.example.com>",
      "Inés, 15 offres qui pourraient vous plaire",
      """Bonjour Inés,

Voici notre sélection de la semaine, d'après vos critères : Product Design · Paris, Lyon, Télétravail.

Product Designer – Kermesse (Paris, télétravail partiel)
UX Researcher – Vélo Vert (Lyon)
Lead Designer – Datacorne (Télétravail total)
Designer UX/UI – Fromagerie Numérique (Paris)

Et aussi : « Échec en entretien : 5 erreurs que l'on fait tous », notre article le plus lu du mois.

Voir toutes les offres : https://www.welcometothejungle.example.com/fr/jobs

Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner""",
      "2026-09-09T08:00:00+02:00", fmt="html", html_style="news", cte="b64",
      headers=bulk("digest.welcometothejungle.example.com", "welcometothejungle.example.com")),

    OT("ooo_recruiter", "en", "", "kate.bellamy@marlowe.example.co.uk",
      "Kate Bellamy <kate.bellamy@marlowe.example.co.uk>",
      "Automatic reply: Re: your application",
      """Thank you for your email. I am currently out of the office with limited access to email, returning on Monday 14th September.

For urgent recruitment queries please contact talent@marlowe.example.co.uk.

Kind regards,
Kate Bellamy""",
      "2026-09-11T10:31:00+01:00", in_reply_to="auto",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    OT("user_research_interview", "en", "", "",
      "Fenwick App Research <research@fenwickapp.example.com>",
      "Share your thoughts in a 30-min interview (and get a €40 voucher)",
      """Hi Inés,

We're talking to Fenwick users about how they plan their weekly budgets, and we'd love to interview you!

The session is a 30-minute video call with someone from our product team. There are no right or wrong answers - we just want to hear about your experience. As a thank-you, you'll receive a €40 gift card.

Pick a time that suits you: https://calendly.example.com/fenwick-research/user-interview

Thanks for helping us build a better Fenwick!
The Fenwick Research Team""",
      "2026-09-12T12:00:00+00:00", fmt="html", html_style="news", cte="qp",
      headers=bulk("research.fenwickapp.example.com", "fenwickapp.example.com")),

    OT("gps_position_share", "en", "", "",
      "FindMy Family <notify@findmyfamily.example.com>",
      "Marta shared her position with you",
      """Marta Kowalczyk shared her live position with you for 1 hour.

Current position: Rua Augusta 112, Lisbon (accuracy 12 m)
Last updated: 19:42

Open the map to see the position: https://findmyfamily.example.com/share/9f7a2

You can stop receiving position updates in the app settings.""",
      "2026-09-13T18:42:00+00:00", fmt="alt", html_style="ats", cte="qp"),

    OT("bank_card_application", "en", "", "",
      "Tagus Bank <no-reply@tagusbank.example.com>",
      "We've received your credit card application",
      """Dear Ms Kowalczyk,

Thank you for applying for the Tagus Bank Travel Rewards credit card. We have received your application (reference TB-CC-8832191) and are currently reviewing it.

We may need additional documents to verify your income. If so, we'll contact you within 3 business days. You'll receive a decision by email.

Tagus Bank, S.A. - Customer Services
This is an automatic message, please do not reply.""",
      "2026-09-14T09:15:00+00:00", fmt="html", html_style="ats", cte="b64"),

    OT("own_thankyou_sent", "en", "", "",
      ME, "Thank you - Product Designer interview",
      """Hi Jess,

Thank you for taking the time to talk with me today about the Product Designer role. I really enjoyed hearing how the team runs research with clinicians, and it made me even more excited about the role.

Looking forward to the next steps.

Best,
Inés""",
      "2026-09-14T17:20:00+01:00", to="Jess Park <jess.park@lumorahealth.example.com>",
      in_reply_to="auto"),

    OT("apartment_rejected", "en", "", "",
      "Lisbon Living Rentals <lettings-noreply@lisbonliving.example.com>",
      "Your application for Rua dos Anjos 45, 3ºD",
      """Dear Inés,

Thank you for your application for the apartment at Rua dos Anjos 45, 3ºD.

We received a large number of applications for this property and unfortunately your application was not successful. The landlord has chosen another tenant.

We have other properties available that may interest you: https://lisbonliving.example.com/listings

Kind regards,
Lisbon Living Rentals""",
      "2026-09-15T16:40:00+01:00", fmt="alt", html_style="ats", cte="qp"),

    OT("de_freundin_absage", "de", "", "lea.baumann@example.org",
      "Lea Baumann <lea.baumann@example.org>", "na toll",
      """Hey Inés,

rate mal wer heute eine Absage bekommen hat... genau, ich. Von Spreebahn, nach dem Case-Interview. "Wir haben uns für eine Kandidatin entschieden, deren Profil besser zu unseren Anforderungen passt" blabla.

Bin irgendwie erleichtert und gleichzeitig total genervt. Wie läuft's bei dir? Lass mal telefonieren am Wochenende!

Lea""",
      "2026-09-16T19:55:00+02:00"),

    OT("standup_calendar_invite", "en", "", "",
      "Google Calendar <calendar-notification@google.example.com>",
      "Invitation: Daily design standup @ Weekly from 9:30 to 9:45 on weekdays (WEST)",
      """You have been invited to the following event.

Daily design standup
When: Weekly from 9:30 to 9:45 on weekdays (Western European Summer Time)
Organizer: Rui Matos (freelance client - Oficina Norte)
Joining info: https://meet.example.com/dsu-qwe-rty

Going? Yes - Maybe - No

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.""",
      "2026-09-17T08:00:00+00:00", fmt="alt", cte="qp",
      ics=Ics("Daily design standup", "2026-09-21T09:30:00+01:00", 15,
              organizer="Rui Matos <rui@oficinanorte.example.pt>",
              location="https://meet.example.com/dsu-qwe-rty")),

    OT("es_alerta_infojobs", "es", "", "",
      "InfoJobs <alertas@infojobs.example.es>", "Nuevas ofertas para «diseñador UX» en Madrid",
      """Hola Inés,

Tenemos 6 nuevas ofertas que encajan con tu alerta «diseñador UX»:

Diseñador/a UX/UI – Brisa Energía – Madrid – Híbrido
Product Designer – Pimentón Labs – Madrid
UX Researcher – Correos Digital – Teletrabajo
Diseñador/a de Servicio – Ayuntamiento Digital – Madrid

Ver todas las ofertas: https://www.infojobs.example.es/alertas/772

Recibes este correo porque has creado una alerta de empleo. Darse de baja""",
      "2026-09-18T07:02:00+02:00", fmt="html", html_style="news", cte="qp",
      headers=bulk("alertas.infojobs.example.es", "infojobs.example.es")),

    OT("fr_journaliste_interview", "fr", "", "clara.dumont@lemagdudesign.example.fr",
      "Clara Dumont <clara.dumont@lemagdudesign.example.fr>", "Demande d'interview – Le Mag du Design",
      """Bonjour Inés,

Je suis journaliste pour Le Mag du Design et je prépare un dossier sur la recherche utilisateur dans le secteur de la santé. Votre intervention à la conférence UX Lyon m'a beaucoup marquée.

Accepteriez-vous de répondre à quelques questions pour une interview d'une vingtaine de minutes, par téléphone ou en visio, d'ici la fin du mois ?

Merci d'avance,
Clara Dumont
Journaliste – Le Mag du Design
07 81 22 33 44""",
      "2026-09-19T10:35:00+02:00", charset="windows-1252", cte="qp"),

    OT("dentist_missed", "en", "", "",
      "Clínica Sorriso <no-reply@clinicasorriso.example.pt>",
      "We missed you at your appointment today",
      """Hello Inés,

We noticed you didn't make it to your dental hygiene appointment today at 11:00 with Dr. Ana Lopes.

Life gets busy - we understand! You can book a new appointment online at any time: https://clinicasorriso.example.pt/book

Please note that missed appointments without 24 hours' notice may be charged a €20 fee.

Clínica Sorriso""",
      "2026-09-21T12:30:00+01:00", fmt="html", html_style="ats", cte="qp"),

    OT("de_paket_verspaetet", "de", "", "",
      "Paketdienst Nord <benachrichtigung@paketnord.example.de>",
      "Ihre Sendung verzögert sich",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434162810227711. Aufgrund eines erhöhten Sendungsaufkommens wird Ihr Paket voraussichtlich erst am Donnerstag, 24.09., zugestellt.

Wir bitten um Entschuldigung. Den aktuellen Status finden Sie jederzeit unter https://www.paketnord.example.de/verfolgen

Ihr Paketdienst Nord

Dies ist eine automatisch generierte E-Mail, bitte antworten Sie nicht darauf.""",
      "2026-09-22T06:50:00+02:00", cte="qp"),

    OT("mentor_interview_tips", "en", "", "hannah.weiss@example.org",
      "Hannah Weiss <hannah.weiss@example.org>", "Re: prep for Friday",
      """Hey Inés,

Good luck for Friday! Couple of thoughts from my side after looking at your deck:
- open with the patient onboarding story, it's your strongest
- have a crisp answer for "tell me about a time research changed the roadmap"
- don't apologise for the gap year, just explain it

And remember: if it's a no, it's their loss. You've got this.

H

""" + gmail("Inés Kowalczyk <ines.kowalczyk@example.net>", "Tue, 22 Sep 2026 at 20:01",
            "Hi Hannah, would you have 10 min to look at my portfolio deck before Friday's on-site?\nx Inés"),
      "2026-09-23T07:45:00+02:00", in_reply_to="auto"),

    OT("de_karriere_newsletter", "de", "", "",
      "Karriere Kompass <newsletter@karrierekompass.example.de>",
      "Absage bekommen? So reagieren Sie richtig",
      """Karriere Kompass – Ihr Newsletter für den Job-Alltag

Liebe Leserin, lieber Leser,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist so gefürchtet. Dabei gehört die Absage zu jeder Bewerbungsphase dazu. In dieser Ausgabe zeigen wir, wie Sie um Feedback bitten, warum sich eine freundliche Antwort lohnt und was Sie tun, wenn Sie ein Vorstellungsgespräch verpasst haben.

Außerdem: Gehaltsverhandlung im Zweitgespräch – die fünf häufigsten Fehler.

Jetzt lesen: https://www.karrierekompass.example.de/newsletter/2026-39

Newsletter abbestellen | Impressum | Datenschutz""",
      "2026-09-24T12:00:00+02:00", fmt="alt", html_style="news", cte="qp",
      headers=bulk("newsletter.karrierekompass.example.de", "karrierekompass.example.de")),

    OT("ats_candidate_survey", "en", "", "",
      "Trellis Analytics <surveys@candidatepulse.example.io>",
      "How was your interview experience with Trellis Analytics?",
      """Hi Inés,

You recently interviewed with Trellis Analytics. We'd love to hear about your experience - it takes less than 2 minutes and your answers are anonymous.

How likely are you to recommend Trellis Analytics as an employer? 0 1 2 3 4 5 6 7 8 9 10

Take the survey: https://candidatepulse.example.io/s/trellis/8812

Thanks!
Candidate Pulse, on behalf of Trellis Analytics""",
      "2026-09-25T15:00:00+00:00", fmt="html", html_style="news", cte="qp",
      headers=bulk("surveys.candidatepulse.example.io", "candidatepulse.example.io")),

    OT("es_prestamo_solicitud", "es", "", "",
      "Banco Ribera <notificaciones@bancoribera.example.es>",
      "Hemos recibido tu solicitud de préstamo",
      """Hola Inés,

Hemos recibido tu solicitud de Préstamo Personal por importe de 6.000 €. Nuestro equipo de riesgos la está estudiando y en un plazo máximo de 48 horas te comunicaremos la resolución.

Puedes consultar el estado de tu solicitud en la app de Banco Ribera.

Gracias por confiar en nosotros.
Banco Ribera

Este mensaje se ha enviado automáticamente. Por favor, no respondas a este correo.""",
      "2026-09-26T10:20:00+02:00", fmt="html", html_style="ats", cte="b64"),

    OT("own_reschedule_request_de", "de", "", "",
      ME, "AW: Verschiebung Ihres Vorstellungsgesprächs am 29.09.",
      """Sehr geehrte Frau Aksoy,

vielen Dank für Ihre Nachricht. Der Ersatztermin am Donnerstag, 1. Oktober 2026, um 10:00 Uhr passt mir gut, ich bestätige ihn hiermit gern.

Mit freundlichen Grüßen
Inés Kowalczyk""",
      "2026-09-24T18:02:00+02:00",
      to="Stadtwerke Auental - Personal <bewerbung@stadtwerke-auental.example.de>",
      in_reply_to="auto"),

    OT("conference_talk_rejected", "en", "", "",
      "UXConf Europe Program Committee <program@uxconf.example.org>",
      "Your UXConf Europe 2027 talk proposal",
      """Dear Inés,

Thank you for submitting "Research ops for teams of one" to UXConf Europe 2027.

We received over 900 proposals this year, and unfortunately we are not able to include your talk in the programme. This was a difficult decision and is not a reflection of the quality of your work.

We hope to see you in Amsterdam as an attendee - speakers who submitted get a 20% discount code: CFP20.

The UXConf Europe Program Committee""",
      "2026-09-28T14:00:00+00:00", fmt="alt", html_style="news", cte="qp",
      headers=bulk("cfp.uxconf.example.org", "uxconf.example.org")),

    OT("insurance_application_de", "de", "", "",
      "Hanse Direkt Versicherung <service@hanse-direkt.example.de>",
      "Ihr Antrag auf Hausratversicherung ist eingegangen",
      """Sehr geehrte Frau Kowalczyk,

vielen Dank für Ihren Antrag auf eine Hausratversicherung. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Den Versicherungsschein erhalten Sie in den nächsten Tagen per Post.

Ihre Vertragsnummer: HR-2026-0918273

Mit freundlichen Grüßen
Ihre Hanse Direkt Versicherung AG""",
      "2026-09-29T09:40:00+02:00", fmt="alt", html_style="ats", cte="qp"),

    OT("fr_ooo_absence", "fr", "", "helene.marchal@brume-cie.example.fr",
      "Hélène Marchal <helene.marchal@brume-cie.example.fr>",
      "Réponse automatique : Décalage de notre entretien",
      """Bonjour,

Je suis absente du bureau jusqu'au lundi 5 octobre inclus, avec un accès limité à mes e-mails. Je traiterai votre message dès mon retour.

Pour toute urgence, vous pouvez contacter recrutement@brume-cie.example.fr.

Cordialement,
Hélène Marchal""",
      "2026-09-30T08:12:00+02:00", in_reply_to="auto",
      headers={"Auto-Submitted": "auto-replied"}),

    OT("university_admission_decision", "en", "", "",
      "Graduate Admissions <admissions-noreply@lisbonsbs.example.edu>",
      "Your application decision - Executive Certificate in Service Design",
      """Dear Inés,

Thank you for applying to the Executive Certificate in Service Design (Spring 2027 intake).

After careful review by the admissions committee, we regret to inform you that we are unable to offer you a place in this cohort. The programme was significantly oversubscribed.

You are welcome to reapply for the Autumn 2027 intake.

Office of Graduate Admissions
Lisbon School of Business & Society""",
      "2026-10-01T16:00:00+01:00", fmt="html", html_style="ats", cte="qp"),

    OT("fr_amie_refus", "fr", "", "manon.petit@example.org",
      "Manon Petit <manon.petit@example.org>", "devine quoi",
      """Coucou Inés,

Bon bah j'ai eu la réponse de Kermesse... c'est non. « Nous avons choisi de poursuivre avec un profil plus senior. » Après trois entretiens et un exercice de 6h, j'avoue que ça pique.

Bref, je vais me remettre de mes émotions avec un gros plat de pâtes. Et toi, des nouvelles de tes entretiens à Berlin ?

Bisous,
Manon""",
      "2026-10-02T20:48:00+02:00", cte="8bit"),

    OT("agency_newsletter_roles", "en", "", "",
      "TalentBridge Recruitment <news@talentbridge.example.co.uk>",
      "This week's hottest design roles 🔥",
      """TalentBridge Design & Digital - Weekly Roles

Hi Ines,

Here are this week's top roles from our design desk:

- Senior Product Designer, Fintech - London/Hybrid - up to £85k
- UX Researcher, Public Sector - Manchester - £55-65k
- Lead Service Designer, Healthcare - Remote UK - £90k

Interested in any of these? Just hit apply on our website and one of our consultants will be in touch.

Plus: our 2026 Design Salary Guide is out now - download it free.

TalentBridge Recruitment Ltd · Unsubscribe · Update your preferences""",
      "2026-10-05T11:00:00+01:00", fmt="html", html_style="news", cte="qp",
      headers=bulk("weekly.talentbridge.example.co.uk", "talentbridge.example.co.uk")),

    OT("es_radio_entrevista", "es", "", "pilar.moreno@radiocostera.example.es",
      "Pilar Moreno <pilar.moreno@radiocostera.example.es>", "Entrevista en Radio Costera",
      """Hola Inés:

Soy Pilar Moreno, productora del programa «Hoy por el diseño» de Radio Costera. Estamos preparando un especial sobre diseño de servicios públicos y nos encantaría entrevistarte en directo el próximo martes a las 12:30, por teléfono, unos 15 minutos.

¿Te vendría bien? Te envío las preguntas orientativas con antelación.

Un saludo y gracias,
Pilar Moreno
Radio Costera · 600 123 456""",
      "2026-10-06T13:15:00+02:00", charset="iso-8859-1", cte="8bit"),

    OT("own_sent_fr_confirm", "fr", "", "",
      ME, "Re: Invitation : Entretien UX Researcher",
      """Bonjour,

Je vous remercie pour votre invitation et vous confirme ma présence à l'entretien du mardi 13 octobre à 14h30.

Bien cordialement,
Inés Kowalczyk""",
      "2026-10-06T14:30:00+02:00", to="RH Coopérative Lumière <rh@cooplumiere.example.fr>",
      in_reply_to="auto", cte="qp"),

    OT("friend_forwards_posting", "en", "", "tomas.reyes@example.org",
      "Tomás Reyes <tomas.reyes@example.org>", "Fwd: we're hiring!",
      """saw this in my company's slack, thought of you immediately. want me to refer you?

""" + forwarded("Careers at Almada Health <careers@almadahealth.example.pt>", "Mon, 5 Oct 2026 at 09:00",
                "We're hiring!", "all@almadahealth.example.pt",
                """Hi all,

We're hiring a Senior UX Researcher to join the Patient Apps team. Referrals get a €1,500 bonus if the hire passes probation.

Job description: https://almadahealth.example.pt/careers/ux-researcher

People Team"""),
      "2026-10-07T12:12:00+01:00"),

    OT("glassdoor_newsletter", "en", "", "",
      "Glassbox Community <community@glassbox.example.com>",
      "Interview questions at companies you follow",
      """Glassbox · Your weekly update

Interview questions at companies you follow:

Pintail - Product Designer: "Walk us through a design decision you'd reverse." (Interview difficulty: 3.2/5)
Lumenfold - Senior Product Designer: "How do you prioritise research when there's no researcher?"

New reviews: "Great culture but the interview process took 2 months and I was ghosted after the final round."

See more: https://www.glassbox.example.com/member/home

Unsubscribe or change your email settings""",
      "2026-10-08T14:30:00+00:00", fmt="html", html_style="news", cte="b64",
      headers=bulk("weekly.glassbox.example.com", "glassbox.example.com")),

    OT("de_wohnung_absage", "de", "", "",
      "Hausverwaltung Lindenhof <vermietung@hv-lindenhof.example.de>",
      "Ihre Anfrage zur Wohnung Wiener Str. 14",
      """Sehr geehrte Frau Kowalczyk,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Wiener Straße 14, 10999 Berlin, und für die eingereichten Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Mit freundlichen Grüßen
Hausverwaltung Lindenhof GmbH
Vermietungsteam""",
      "2026-10-09T11:11:00+02:00", charset="iso-8859-1", cte="qp"),

    OT("slack_digest", "en", "", "",
      "Slack <feedback@slack.example.com>", "Oficina Norte: 14 new messages in #design",
      """You have 14 unread messages in Oficina Norte.

#design
Rui Matos: can someone look at the checkout flow before tomorrow's standup?
Beatriz: pushed the new icons 🎉
Rui Matos: @Inés interview notes from the user sessions are in the drive btw

Open Slack: https://oficinanorte.slack.example.com/messages/design

You're getting this email because you have unread messages. Change notification settings""",
      "2026-10-10T17:00:00+00:00", fmt="alt", html_style="news", cte="qp"),

    OT("es_newsletter_entrevistas", "es", "", "",
      "Empleo al Día <boletin@empleoaldia.example.es>",
      "Boletín semanal: cómo preparar una entrevista por competencias",
      """EMPLEO AL DÍA · Boletín nº 212

Hola,

Esta semana hablamos de la entrevista por competencias: qué buscan los reclutadores, el método STAR y cómo responder a «cuéntame un fracaso». También repasamos qué hacer si te descartan tras la última fase y cómo pedir feedback sin sonar insistente.

Además: 300 nuevas ofertas de empleo en diseño y tecnología.

Leer el boletín completo: https://www.empleoaldia.example.es/boletin/212

Si no quieres recibir más correos, date de baja aquí.""",
      "2026-10-11T09:00:00+02:00", fmt="html", html_style="news", cte="qp",
      headers=bulk("boletin.empleoaldia.example.es", "empleoaldia.example.es")),

    OT("recruiter_cold_de", "de", "", "n.hoffmann@talentkurs.example.de",
      "Nils Hoffmann <n.hoffmann@talentkurs.example.de>", "Spannende Möglichkeiten im UX-Bereich",
      """Hallo Inés,

ich bin auf dein Profil gestoßen und finde deinen Werdegang im Bereich Health-UX sehr spannend. Ich bin Personalberater bei Talentkurs und betreue mehrere Kunden aus dem Mittelstand, die aktuell ihre Design-Teams aufbauen.

Falls du grundsätzlich offen für Veränderungen bist, würde ich mich freuen, wenn wir uns vernetzen – dann kann ich dich direkt ansprechen, sobald etwas Passendes reinkommt.

Beste Grüße
Nils Hoffmann
Talentkurs Personalberatung""",
      "2026-10-13T08:44:00+02:00", cte="qp"),

    OT("visa_appointment_moved", "en", "", "",
      "Consular Appointments <appointments-noreply@consulate.example.gov>",
      "Your appointment has been rescheduled",
      """Dear Applicant,

Due to unforeseen circumstances, your appointment at the Consular Section for the biometric data capture has been rescheduled.

Original appointment: 20 October 2026, 09:40
New appointment: 22 October 2026, 11:20

Please bring your passport and appointment confirmation. No further action is required.

Consular Section - Appointment System""",
      "2026-10-15T07:00:00+00:00", fmt="html", html_style="ats", cte="qp"),

    OT("ooo_de_recruiter", "de", "", "s.yilmaz@kopfwerk-recruiting.example.de",
      "Selin Yılmaz <s.yilmaz@kopfwerk-recruiting.example.de>",
      "Abwesenheitsnotiz: AW: Elbtal Pharma – Termin",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23.10. im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@kopfwerk-recruiting.example.de.

Beste Grüße
Selin Yılmaz""",
      "2026-10-16T09:02:00+02:00", in_reply_to="auto", encode_subject=True,
      headers={"Auto-Submitted": "auto-replied"}),

    OT("fr_inmail_recruteur", "fr", "", "",
      "Julie Perrin via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Julie vous a envoyé un message",
      """Bonjour Inés,

Je me permets de vous contacter car votre profil correspond aux recherches de plusieurs de nos clients, des scale-ups de la French Tech qui recrutent des Product Designers seniors.

Seriez-vous ouverte à de nouvelles opportunités dans les prochains mois ? Si oui, n'hésitez pas à m'envoyer votre CV à jour, je le garderai précieusement.

Belle journée,
Julie Perrin – Cabinet Talents & Co

Répondre sur LinkedIn : https://www.linkedin.example.com/messaging/thread/2-cd34""",
      "2026-10-19T10:00:00+00:00", fmt="alt", html_style="news", cte="qp"),

    OT("design_crit_updated", "en", "", "",
      "Google Calendar <calendar-notification@google.example.com>",
      "Updated invitation: Weekly design crit @ Thu 22 Oct 2026 16:00 - 17:00 (WEST)",
      """This event has been changed.

Weekly design crit
When: Thursday 22 Oct 2026 16:00 - 17:00 (Western European Summer Time) (changed)
Organizer: Rui Matos
Where: Oficina Norte studio / https://meet.example.com/crit-abc-xyz

Going? Yes - Maybe - No

Invitation from Google Calendar.""",
      "2026-10-20T10:15:00+00:00", fmt="alt", cte="qp",
      ics=Ics("Weekly design crit", "2026-10-22T16:00:00+01:00", 60, sequence=2,
              organizer="Rui Matos <rui@oficinanorte.example.pt>",
              location="Oficina Norte studio")),

    OT("own_followup_sent_en", "en", "", "",
      ME, "Re: Content Designer - final interview",
      """Hi Rachel,

I hope you're well. I wanted to follow up on my final interview on the 22nd - I really enjoyed meeting the panel and I'm still very excited about the role.

Is there any update on the timeline?

Best wishes,
Inés""",
      "2026-10-28T09:10:00+00:00", to="Rachel Osei <r.osei@greystonepub.example.com>",
      in_reply_to="auto"),

    OT("coworking_membership", "en", "", "",
      "Cais Cowork <hello@caiscowork.example.pt>", "Welcome to Cais Cowork - your application is approved",
      """Olá Inés!

Great news: your application for a Flex Desk membership has been approved. Your access card will be ready at reception from Monday 2 November.

Community breakfast is every Wednesday at 9:00 - come say hi!

Cais Cowork · Av. 24 de Julho 50, Lisboa""",
      "2026-10-29T11:30:00+00:00", fmt="html", html_style="news", cte="qp"),

    OT("fr_newsletter_emploi", "fr", "", "",
      "Les Cahiers de l'Emploi <newsletter@cahiers-emploi.example.fr>",
      "Entretien d'embauche : 7 questions pièges et comment y répondre",
      """Les Cahiers de l'Emploi – Newsletter du jeudi

Bonjour,

Cette semaine : les questions pièges en entretien d'embauche, comment relancer un recruteur sans être lourd, et que faire après un refus (oui, on peut demander un retour !).

Également au sommaire : notre baromètre des salaires des métiers du design 2026.

Lire en ligne : https://www.cahiers-emploi.example.fr/nl/2026-44

Pour vous désinscrire, cliquez ici.""",
      "2026-10-29T07:30:00+01:00", fmt="html", html_style="news", cte="b64",
      headers=bulk("nl.cahiers-emploi.example.fr", "cahiers-emploi.example.fr")),

    OT("es_amigo_rechazo", "es", "", "diego.fuentes@example.org",
      "Diego Fuentes <diego.fuentes@example.org>", "Re: ¿qué tal todo?",
      """Jaja pues por aquí regular, tía. Me acaban de decir que no en Pimentón Labs, después de la entrevista final. Que «han decidido seguir adelante con otro candidato». Qué le vamos a hacer.

A ver si nos vemos cuando vengas a Madrid y me cuentas lo tuyo, que seguro que te va mejor.

Un abrazo!
Diego

Enviado desde mi iPhone

""" + gmail("Inés Kowalczyk <ines.kowalczyk@example.net>", "Sun, 1 Nov 2026 at 19:20",
            "Diego!! ¿qué tal todo? ¿cómo va la búsqueda?"),
      "2026-11-02T08:05:00+01:00", in_reply_to="auto"),

    OT("own_offer_accept", "en", "", "",
      ME, "Re: Offer of employment - UX Researcher",
      """Dear Rachel,

Thank you so much - I'm delighted to accept the offer. Please find the signed copy attached.

I'm looking forward to starting in January.

Best wishes,
Inés""",
      "2026-11-16T10:20:00+00:00", to="Rachel Osei <r.osei@greystonepub.example.com>",
      in_reply_to="auto"),
]
