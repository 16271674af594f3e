"""Corpus 58: 'other' mail in English, Spanish and German (data only)."""

from msgs58_build import ME, ME_NAME, Msg, ics
from msgs58_other_fr import bulk

X = "other"

MESSAGES = [
    Msg(X, "linkedin_alert_en", "en", "", "",
        ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
        "\u201ccontroller\u201d: 9 new jobs in Greater Toronto Area",
        """Your job alert for controller

Financial Controller
Maple Crest Foods - Mississauga, ON
Be an early applicant

Assistant Controller
Northlight Media Group - Toronto, ON (Hybrid)
Actively recruiting

Controller, Fintech
Pivotal Ledger - Waterloo, ON
3 connections work here

See all jobs: https://www.linkedin.example.com/jobs/alerts

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.example.com/unsub""",
        fmt="html", headers=bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/unsub")),
    Msg(X, "indeed_digest_en", "en", "", "",
        ("Indeed", "alert@indeed.example.com"),
        "payroll manager jobs in Montréal, QC - 14 new jobs",
        """14 new payroll manager jobs in Montréal, QC

Payroll Manager - Harbourfront Logistics - Montréal, QC - $95,000 - $110,000 a year
Easily apply

Senior Payroll Specialist - St. Brendan's Health Centre - Remote
Responsive employer

Payroll & Benefits Lead - Groupe Santé Boréal - Montréal, QC

View all jobs: https://ca.indeed.example.com/jobs?q=payroll+manager

Unsubscribe | Manage alerts""",
        fmt="html", cte="qp", headers=bulk("<alerts.indeed.example.com>", "https://ca.indeed.example.com/unsub")),
    Msg(X, "substack_rejection_essay", "en", "", "",
        ("The Finance Career Memo", "financememo@substack.example.com"),
        "The rejection email nobody teaches you to read",
        """Hey friends,

This week I want to talk about the email we've all received: "After careful consideration, we've decided to move forward with other candidates." I got eleven of them in 2024 before landing my current FP&A role.

Here's what I learned: the timing of a rejection tells you more than the wording. And if you missed an interview because of an emergency, say so the same day - recruiters are more forgiving than you think.

Also: three companies hiring controllers this month, and my template for a post-interview thank-you note.

Read in the app: https://financememo.substack.example.com/p/rejection

Unsubscribe https://financememo.substack.example.com/unsub""",
        fmt="alt", headers=bulk("The Finance Career Memo <financememo.substack.example.com>", "https://financememo.substack.example.com/unsub")),
    Msg(X, "inmail_cold_no_interview", "en", "", "b.whitaker@summitlanesearch.example.com",
        ("Brooke Whitaker", "b.whitaker@summitlanesearch.example.com"),
        "Fintech ops roles in Toronto - thought of you",
        """Hi Mathieu,

I came across your profile and your payroll-to-FP&A move really stood out. I specialise in finance operations roles at fintechs across Toronto and Montreal, and the market has picked up a lot this quarter.

No specific role to pitch right now - I just like to get to know strong people before the right thing comes along. If you're open to it, feel free to send your CV and salary expectations whenever suits and I'll keep you in mind.

Best,
Brooke Whitaker
Principal Consultant, Summit Lane
416-555-0176"""),
    Msg(X, "podcast_interview_invite", "en", "", "hosts@ledgerlinespodcast.example.com",
        ("Ledger Lines Podcast", "hosts@ledgerlinespodcast.example.com"),
        "Podcast interview?",
        """Hi Mathieu,

We host Ledger Lines, a podcast for accountants moving into tech. We loved your post about migrating a 600-employee payroll to a new HCM and would love to interview you for an episode!

Recording is remote, about 45 minutes, any time in the next few weeks. Here's our booking page if you're up for it: https://calendly.com/ledgerlines/guest

Cheers,
Ana & Kofi
Ledger Lines Podcast"""),
    Msg(X, "user_research_interview", "en", "", "",
        ("Tallybook Research", "research@tallybook.example.com"),
        "Invitation: 45-min research interview ($75 gift card)",
        """Hi Mathieu,

Thanks for signing up for the Tallybook research panel! We're talking to finance professionals about month-end close and would like to invite you to a 45-minute remote interview with our product team.

As a thank-you, you'll receive a $75 gift card. Pick a time: https://tallybook.example.com/research/schedule

Tallybook Product Research""",
        fmt="alt"),
    Msg(X, "friend_own_rejection_en", "en", "", "dami.ade@example.org",
        ("Dami Adeyemi", "dami.ade@example.org"),
        "ugh",
        """got the email from Keystone today - "we have decided not to move forward with your application at this time". after the panel AND the case study. honestly I'm done with insurance companies lol

how did your panel go? still on for squash saturday?

D

Sent from my iPhone"""),
    Msg(X, "order_delayed_en", "en", "", "",
        ("Purolator", "notifications@purolator.example.com"),
        "Unfortunately your shipment is delayed",
        """Hello,

Unfortunately, your shipment 331 992 0414 is delayed due to high volumes in our network. We expect to deliver it on Thursday, March 26.

Track your shipment: https://www.purolator.example.com/track

We apologize for the inconvenience.

Purolator""",
        fmt="html"),
    Msg(X, "gps_position_share", "en", "", "",
        ("TrailMate", "no-reply@trailmate.example.com"),
        "Your position was shared with Karine",
        """Hi Mathieu,

Your live position has been shared with Karine B. for the next 4 hours.

Current position: 45.5231 N, 73.5817 W (Parc du Mont-Royal)
Battery: 62%

You can stop sharing your position at any time in the TrailMate app.""",
        fmt="alt"),
    Msg(X, "bank_credit_card_received", "en", "", "",
        ("Northern Rock Bank of Canada", "alerts@nrbank.example.com"),
        "We've received your application",
        """Dear Mathieu,

Thank you for applying for the Aurora Cash Back Visa. We've received your application and are reviewing it now.

We'll let you know our decision within 7-10 business days. Please note that a credit check will be performed as part of the review.

Northern Rock Bank of Canada
Please do not reply to this email.""",
        fmt="alt", cte="qp"),
    Msg(X, "own_sent_thank_you_en", "en", "", "",
        (ME_NAME, ME),
        "Thank you - Controller interview",
        """Hi Samuel,

Thank you for arranging yesterday's meeting with Rachel. I really enjoyed the conversation about the NetSuite consolidation and the plans for the Series C audit readiness.

I'm very interested in the role and look forward to hearing about next steps.

Best regards,
Mathieu Tremblay-Okonkwo, CPA""",
        to="Samuel Obi <s.obi@pivotalledger.example.com>"),
    Msg(X, "ooo_recruiter_en", "en", "", "r.desai@quarrypoint.example.com",
        ("Rohan Desai", "r.desai@quarrypoint.example.com"),
        "Automatic reply: Thursday's interview",
        """Thank you for your email. I am out of the office until Monday, May 4 with no access to email. For urgent matters please contact talent@quarrypoint.example.com.

Rohan Desai
Talent Acquisition, Quarry Point Energy""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    Msg(X, "standup_calendar_en", "en", "", "",
        ("Outlook Calendar", "calendar-noreply@outlook.example.com"),
        "Reminder: Daily payroll standup - 9:00 AM",
        """Daily payroll standup
Tuesday, February 10, 2026 9:00 AM - 9:15 AM (UTC-05:00) Eastern Time
Microsoft Teams meeting

Organizer: Chantal Lapointe

Join: https://teams.microsoft.com/l/meetup-join/standup""",
        ics=ics("daily-payroll-standup@employeuractuel.example.ca", "Daily payroll standup",
                "20260210T140000Z", "20260210T141500Z", "c.lapointe@employeuractuel.example.ca", "Microsoft Teams")),
    Msg(X, "streaming_new_season", "en", "", "",
        ("StreamFlix", "info@mailer.streamflix.example.com"),
        "New on StreamFlix: the season you've been waiting for",
        """Hi Mathieu,

Season 3 of The Ledger is now streaming. Plus: new documentaries this week, and picks based on what you watched.

Watch now: https://streamflix.example.com/title/ledger

You're receiving this because you're a StreamFlix member. Unsubscribe.""",
        fmt="html", headers=bulk("<news.streamflix.example.com>", "https://streamflix.example.com/unsub")),
    Msg(X, "air_canada_checkin", "en", "", "",
        ("Air Canada", "confirmation@aircanada.example.com"),
        "Check-in is now open for your flight to Calgary",
        """Hi Mathieu,

Check-in is open for flight AC 147, Montreal (YUL) to Calgary (YYC), Tuesday, June 16, 2026, departing 08:10.

Check in now and get your boarding pass: https://www.aircanada.example.com/checkin

Booking reference: K7Q2ZT""",
        fmt="html", cte="qp"),
    Msg(X, "cra_my_account", "en", "", "",
        ("Canada Revenue Agency / Agence du revenu du Canada", "donotreply-nepasrepondre@cra-arc.example.gc.ca"),
        "You have new mail in My Account / Nouveau courrier dans Mon dossier",
        """You have new mail from the Canada Revenue Agency in My Account. Sign in to read it.

We will never ask you for personal information by email.

(Le français suit)

Vous avez du nouveau courrier de l'Agence du revenu du Canada dans Mon dossier.""",
        fmt="alt"),
    # Spanish
    Msg(X, "infojobs_alerta_es", "es", "", "",
        ("InfoJobs", "alertas@infojobs.example.net"),
        "Nuevas ofertas: controller financiero en Barcelona",
        """Hola Mathieu,

Tenemos 6 nuevas ofertas que coinciden con tu alerta «controller financiero»:

- Controller Financiero - Nubia Pagos - Barcelona
- Financial Controller (inglés) - Grupo Ferrán Logística - L'Hospitalet
- Responsable de Administración - Hoteles Costa Dorada - Barcelona

Ver todas las ofertas: https://www.infojobs.example.net/ofertas

Darse de baja de las alertas""",
        fmt="html", charset="iso-8859-1", cte="qp",
        headers=bulk("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/baja")),
    Msg(X, "newsletter_entrevistas_es", "es", "", "",
        ("Carrera Finanzas", "boletin@carrerafinanzas.example.com"),
        "Boletín: cómo preparar una entrevista con el CFO",
        """Hola,

En el boletín de esta semana:

- Cómo preparar una entrevista con el director financiero (y qué preguntas hacer tú).
- «Lamentamos informarle...»: qué hacer después de un rechazo.
- Ofertas destacadas en Ciudad de México y Madrid.

Leer más: https://carrerafinanzas.example.com/boletin/42

Si no deseas recibir más correos, date de baja aquí.""",
        fmt="alt", cte="qp",
        headers=bulk("Carrera Finanzas <boletin.carrerafinanzas.example.com>", "mailto:baja@carrerafinanzas.example.com")),
    Msg(X, "banco_tarjeta_solicitud_es", "es", "", "",
        ("Banco Alameda", "avisos@bancoalameda.example.com.mx"),
        "Recibimos tu solicitud",
        """Hola Mathieu:

Recibimos tu solicitud de cuenta de nómina internacional. Nuestro equipo la está revisando y te daremos una respuesta en un plazo de 5 días hábiles.

Gracias por elegir Banco Alameda.

Este correo es generado automáticamente, por favor no respondas.""",
        fmt="html"),
    Msg(X, "entrevista_radio_es", "es", "", "sofia.marin@ondafinanciera.example.com",
        ("Sofía Marín", "sofia.marin@ondafinanciera.example.com"),
        "Entrevista para Onda Financiera",
        """Hola Mathieu:

Soy productora del programa Onda Financiera. Estamos preparando un especial sobre nómina y trabajo remoto entre Canadá y México, y nos encantaría hacerte una breve entrevista telefónica (unos 10 minutos) para el programa del jueves.

¿Te vendría bien el miércoles por la tarde para grabarla?

Un saludo,
Sofía Marín
Producción, Onda Financiera"""),
    Msg(X, "pedido_retrasado_es", "es", "", "",
        ("Tienda Online Mercato", "pedidos@mercato.example.es"),
        "Tu pedido se ha retrasado",
        """Hola Mathieu,

Lamentablemente, tu pedido n.º 40-118273 se ha retrasado y no llegará en la fecha prevista. La nueva fecha estimada de entrega es el 30 de septiembre.

Sentimos las molestias.

Mercato""",
        fmt="html", charset="windows-1252", cte="qp"),
    # German
    Msg(X, "stepstone_jobagent", "de", "", "",
        ("StepStone Jobagent", "jobagent@stepstone.example.de"),
        "7 neue Jobs für \u201eController Frankfurt\u201c",
        """Hallo Mathieu,

dein Jobagent hat 7 neue Jobs für dich gefunden:

Senior Controller (m/w/d) - Rheinfeld Versicherung - Frankfurt am Main
Referent Konzerncontrolling (m/w/d) - Auenwerk Medizintechnik - Frankfurt
Finance Manager (m/w/d) - Kontor Neun - Remote

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent

Jobagent abbestellen""",
        fmt="html", cte="qp", headers=bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/abbestellen")),
    Msg(X, "karriere_newsletter_absage", "de", "", "",
        ("Karriere-Kompass", "newsletter@karrierekompass.example.de"),
        "Absage nach dem Vorstellungsgespräch? So geht es weiter",
        """Liebe Leserinnen und Leser,

in dieser Ausgabe:

- Absage nach dem Vorstellungsgespräch: Wie Sie um Feedback bitten.
- Vorstellungsgespräch verpasst? So formulieren Sie eine Entschuldigung.
- Gehaltsreport Controlling 2026.

Zum Newsletter: https://karrierekompass.example.de/ausgabe-31

Newsletter abbestellen""",
        fmt="alt", charset="iso-8859-1", cte="qp",
        headers=bulk("Karriere-Kompass <newsletter.karrierekompass.example.de>", "https://karrierekompass.example.de/abmelden")),
    Msg(X, "db_verspaetung", "de", "", "",
        ("Deutsche Fernbahn", "noreply@fernbahn.example.de"),
        "Verspätung Ihrer Reise am 18.09.",
        """Guten Tag Herr Tremblay-Okonkwo,

leider hat Ihr Zug ICE 527 Frankfurt(Main)Hbf - Köln Hbf heute voraussichtlich 35 Minuten Verspätung. Grund ist eine Reparatur an der Strecke.

Wir bitten um Entschuldigung.
Ihre Deutsche Fernbahn""",
        fmt="html"),
    Msg(X, "wohnung_absage", "de", "", "m.kruger@hausverwaltung-nord.example.de",
        ("Markus Krüger", "m.kruger@hausverwaltung-nord.example.de"),
        "Ihre Anfrage zur Wohnung Bornheim",
        """Sehr geehrter Herr Tremblay-Okonkwo,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Berger Straße. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Markus Krüger
Hausverwaltung Nord""",
        charset="iso-8859-1", cte="qp"),
    Msg(X, "active_sourcing_de", "de", "", "t.albers@albers-partner.example.de",
        ("Tobias Albers", "t.albers@albers-partner.example.de"),
        "Ihr Profil",
        """Guten Tag Herr Tremblay-Okonkwo,

ich bin auf Ihr Profil gestoßen und war beeindruckt von Ihrer Erfahrung in der Lohnbuchhaltung und im Reporting. Wir besetzen regelmäßig Positionen im Finanzbereich bei internationalen Unternehmen in Frankfurt und München.

Aktuell habe ich keine konkrete Vakanz für Sie, würde Sie aber gern in unseren Talentpool aufnehmen. Wenn Sie möchten, senden Sie mir einfach Ihren aktuellen Lebenslauf.

Beste Grüße
Tobias Albers
Albers & Partner Personalberatung
+49 69 555 0144""",
        charset="iso-8859-1", cte="qp"),
]
