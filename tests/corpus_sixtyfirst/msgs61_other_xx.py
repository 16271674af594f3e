"""English, German and Spanish `other` mail for the sixty-first corpus (content only)."""

from msgs61_base import ME_FULL, M, gmail, ics

LIST = {"List-Unsubscribe": "<https://news.example.net/u/7731>", "Precedence": "bulk"}

MESSAGES = [
    M("other", "linkedin_job_alert", "en",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>", "“Financial Controller”: 30+ opportunities in Brussels Region",
      """Your job alert for Financial Controller in Brussels Region
30+ new jobs match your preferences.

Financial Controller
Ardent Pharma · Brussels (Hybrid)
Actively recruiting

FP&A Business Partner
Meridian Audit · Antwerp
3 connections work here

Group Controller
Boreal Shipping · Ghent
Be an early applicant

See all jobs: https://www.linkedin.example.com/comm/jobs/search?keywords=Financial%20Controller

You're receiving Job Alert emails. Unsubscribe
""", headers=dict(LIST, **{"List-Id": "<jobalerts.linkedin.example.com>"})),
    M("other", "indeed_digest", "en",
      "Indeed <alert@indeed.example.com>", "New jobs: treasury analyst, Luxembourg",
      """treasury analyst jobs in Luxembourg

Treasury Analyst - Corporate Banking
Banque Ardennaise de Luxembourg - Luxembourg
Easily apply

Junior Treasury Officer
Fondia Funds - Strassen
Urgently hiring

Cash Management Specialist
Kirchberg Capital - Luxembourg
Responsive employer

Unsubscribe from this alert | Indeed
""", headers=LIST, html="""<table style="font-family:Arial;width:580px"><tr><td><b>treasury analyst</b> jobs in Luxembourg</td></tr><tr><td><a href="https://lu.indeed.example.com/rc/clk?jk=a1&from=ja">Treasury Analyst - Corporate Banking</a><br>Banque Ardennaise de Luxembourg - Luxembourg<br><span style="color:green">Easily apply</span></td></tr><tr><td><a href="https://lu.indeed.example.com/rc/clk?jk=a2&from=ja">Junior Treasury Officer</a><br>Fondia Funds - Strassen</td></tr><tr><td><a href="https://lu.indeed.example.com/rc/clk?jk=a3&from=ja">Cash Management Specialist</a><br>Kirchberg Capital - Luxembourg</td></tr><tr><td style="font-size:10px"><a href="https://lu.indeed.example.com/unsub">Unsubscribe</a></td></tr></table>"""),
    M("other", "substack_career_rejection", "en",
      "The Finance Career Letter <financecareer@substack.example.com>", "Why you got rejected after the final round (and what to do next)",
      """The Finance Career Letter — Issue #88

"Unfortunately, we have decided to move forward with another candidate." If you've been job hunting in finance this year, you've likely read that sentence more than once. This week: why final-round rejections happen, how to ask for feedback, and what to do when a recruiter ghosts you after you missed an interview.

Also: the offer negotiation script our readers used to add 8% to their base.

Read online: https://financecareer.substack.example.com/p/final-round

You're on the free list for The Finance Career Letter. Unsubscribe.
""", headers=dict(LIST, **{"List-Id": "The Finance Career Letter <financecareer.substack.example.com>"})),
    M("other", "recruiter_marketing_en", "en",
      "James Holloway <james.holloway@kingsbridge-finance.example.co.uk>", "Finance market update Q2 + live roles",
      """Hi Amelie,

Hope you're well! Sharing our Q2 Benelux finance market update - salaries for FP&A managers up 6% YoY, strong demand for ESG reporting skills (CSRD!!).

A few live roles I'm working on:
- Group Reporting Manager, Brussels, €85-95k
- Finance Business Partner, Amsterdam, €80k
- Treasury Manager, Luxembourg, €90k+

If any of these catch your eye or you know someone, just hit reply!

James Holloway
Senior Consultant, Finance & Accounting
Kingsbridge
""", headers={"List-Unsubscribe": "<mailto:unsubscribe@kingsbridge-finance.example.co.uk>"}),
    M("other", "press_interview_request", "en",
      "Naomi Achterberg <n.achterberg@brusselsbeat.example.com>", "Interview request - career changers piece",
      """Dear Ms Vandenbroucke-Diallo,

I'm a reporter at Brussels Beat, working on a feature about professionals moving from audit into industry. A mutual contact suggested you. Would you be willing to give a short interview (20 minutes by phone) next week? We can keep your employer anonymous.

Best wishes,
Naomi Achterberg
Brussels Beat | Business desk
"""),
    M("other", "candidate_experience_survey", "en",
      "Kelso Energy via Survey <survey@candidatepulse.example.com>", "How was your candidate experience?",
      """Hi Amelie,

You recently applied to Kelso Energy. We'd love to hear about your experience with our hiring process - whether or not you were offered a role.

The survey takes 2 minutes and is anonymous: https://candidatepulse.example.com/s/ke-7731

Thank you!
""", headers=LIST),
    M("other", "find_my_position", "en",
      "Find My <noreply@icloud.example.com>", "Your AirTag position has been updated",
      """"Suitcase" was found near Gare du Midi, Brussels.

The position of your AirTag was updated at 18:42. View its location on the map in the Find My app.

Apple
"""),
    M("other", "order_delayed", "en",
      "Shopwave <orders@shopwave.example.com>", "Update on your order #402-7781",
      """Hi Amélie,

Unfortunately your order is delayed. Your Logitech MX Keys keyboard is now expected to arrive between 14 and 16 October.

We're sorry for the inconvenience. You don't need to do anything — we'll keep you updated.

Shopwave Customer Service
"""),
    M("other", "streaming_price", "en",
      "StreamFlix <info@mailer.streamflix.example.com>", "An update to your StreamFlix membership",
      """Hi Amélie,

We're writing to let you know that the price of your Standard plan will change to €14.99/month from your next billing date, 3 November 2026.

Thanks for being a member,
Your friends at StreamFlix
""", headers=LIST),
    M("other", "ooo_recruiter_en", "en",
      "Priya Raman <priya.raman@northwind-analytics.example.com>", "Automatic reply: Senior FP&A Analyst - question about the process",
      """Thank you for your email. I am currently out of office with limited access to email and will return on Monday 9 February. For urgent matters please contact talent@northwind-analytics.example.com.

Best,
Priya
""", headers={"Auto-Submitted": "auto-replied"}, reply=True),
    M("other", "calendar_daily_standup", "en",
      "Google Calendar <calendar-notification@google.example.com>", "Updated invitation: Daily standup - Close team @ Weekly from 9:15am to 9:30am on weekdays",
      """This event has been changed.

Daily standup - Close team
Changed: Weekly from 9:15am to 9:30am on weekdays (Central European Time)
Joining info: meet.google.com/pqr-stuv-wxy

Organizer: Thomas Peeters
Invitation from Google Calendar
""", ics=ics("daily-standup-close@google.example.com", "Daily standup - Close team",
             "20261012T071500Z", "20261012T073000Z", "thomas.peeters@brasseriedusablon.example.be", seq=3)),
    M("other", "own_followup_sent", "en",
      ME_FULL, "Following up - Group Reporting Analyst",
      """Dear Youssef,

I hope you are well. I wanted to follow up on my technical interview of last Tuesday for the Group Reporting Analyst position. I enjoyed the discussion with your Group Reporting Manager and remain very interested in joining Atlas Phosphates Europe.

Please let me know if you need anything further from my side.

Kind regards,
Amélie Vandenbroucke-Diallo
""", to="Youssef El Amrani <y.elamrani@atlas-phosphates-eu.example.com>", reply=True),
    M("other", "webinar_fpa_interview", "en",
      "FP&A Guild <events@fpaguild.example.org>", "Webinar Thursday: nailing the FP&A case study interview",
      """Join us live on Thursday 16:00 CET!

Nailing the FP&A case study interview
Our panel of hiring managers explains what they look for in a three-statement model, how to present to a CFO, and why candidates get rejected at the case stage.

Register: https://fpaguild.example.org/webinars/case-study

FP&A Guild · Amsterdam · Unsubscribe
""", headers=dict(LIST, **{"List-Id": "FP&A Guild events <events.fpaguild.example.org>"})),
    M("other", "fintech_card_application", "en",
      "Nuvo Bank <no-reply@nuvobank.example.com>", "We've received your application",
      """Hi Amélie,

Thanks for applying for the Nuvo Metal credit card. We've received your application and we're reviewing it now. We'll let you know our decision within 2 working days.

Nuvo Bank
""", html="""<div style="background:#0b0b0b;color:#fff;font-family:Inter,Arial;padding:24px"><img src="https://cdn.nuvobank.example.com/logo-white.png" alt="Nuvo"><h1 style="font-size:22px">We've received your application</h1><p>Thanks for applying for the Nuvo Metal credit card. We're reviewing it now and will let you know our decision within 2 working days.</p></div>"""),
    M("other", "de_stepstone_jobletter", "de",
      "StepStone Jobletter <jobletter@stepstone.example.de>", "5 neue Jobs als Controller (m/w/d) in Köln",
      """Hallo Amélie,

hier sind neue Stellenangebote, die zu Ihrem Suchauftrag passen:

Controller (m/w/d) - Domstadt Bank AG - Köln
Referent Konzernrechnungswesen (m/w/d) - Rheinland Versicherung - Köln
Financial Analyst (m/w/d) - Finlytics GmbH - Frankfurt
Senior Controller ESG (m/w/d) - Westfalen Chemie - Dortmund
Treasury Manager (m/w/d) - Hafenkontor Logistik - Hamburg

Alle Jobs ansehen: https://www.stepstone.example.de/jobletter/4471

Jobletter abbestellen
""", headers=LIST, charset="iso-8859-1", cte="quoted-printable"),
    M("other", "de_bahn_verspaetung", "de",
      "DB Reiseservice <noreply@bahn.example.de>", "Verspätung Ihrer Verbindung: ICE 15 Brüssel-Süd → Köln Hbf",
      """Guten Tag Frau Vandenbroucke-Diallo,

Ihr ICE 15 (Abfahrt Brüssel-Süd 08:25) hat voraussichtlich 45 Minuten Verspätung. Grund: Reparatur an einem Signal.

Ihr Anschluss in Köln Hbf ist gefährdet. Bitte prüfen Sie Ihre Reiseverbindung im DB Navigator.

Ihre Deutsche Bahn
"""),
    M("other", "de_karriere_newsletter_absage", "de",
      "karriere.example.de Newsletter <newsletter@karriere.example.de>", "Absage erhalten? So bleiben Sie motiviert",
      """KARRIERE-NEWSLETTER | Ausgabe 41/2026

Absage erhalten? So bleiben Sie motiviert
"Leider müssen wir Ihnen mitteilen..." - wer sich bewirbt, kennt diese Zeilen. Unsere Expertin erklärt, warum Absagen selten persönlich gemeint sind und wie Sie aus jedem Vorstellungsgespräch lernen.

Außerdem: Gehaltsverhandlung im Controlling - die besten Tipps.

Newsletter abbestellen | Impressum
""", headers=dict(LIST, **{"List-Id": "Karriere Newsletter <news.karriere.example.de>"})),
    M("other", "de_abwesenheit_recruiter", "de",
      "Sabine Krüger <sabine.krueger@domstadt-bank.example.de>", "Abwesenheitsnotiz: Ihre Unterlagen",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@domstadt-bank.example.de.

Mit freundlichen Grüßen
Sabine Krüger
""", headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1", cte="quoted-printable", reply=True),
    M("other", "de_paket_packstation", "de",
      "DHL Paket <noreply@dhl.example.de>", "Ihre Sendung liegt in der Packstation bereit",
      """Hallo,

Ihre Sendung 00340434161234567890 liegt ab sofort in der Packstation 118 (Köln-Ehrenfeld) für Sie bereit. Abholung bis 24.06.2026.

Ihr DHL Team
"""),
    M("other", "es_infojobs_alerta", "es",
      "InfoJobs <alertas@infojobs.example.net>", "Nuevas ofertas de Controller Financiero en Barcelona",
      """Hola Amélie,

Tenemos 9 nuevas ofertas que encajan con tu alerta «Controller Financiero - Barcelona»:

- Controller Financiero (inglés/francés) - Grupo Mirador
- Analista FP&A - empresa del sector retail
- Responsable de Tesorería - Aguas del Mediterráneo

Ver ofertas: https://www.infojobs.example.net/alertas/55120

Darte de baja de esta alerta
""", headers=LIST, cte="quoted-printable"),
    M("other", "es_newsletter_entrevistas", "es",
      "Blog Empleo Finanzas <boletin@empleofinanzas.example.es>", "Las 10 preguntas más difíciles en una entrevista de finanzas",
      """BOLETÍN SEMANAL

Las 10 preguntas más difíciles en una entrevista de finanzas
¿Te han rechazado después de la entrevista final? ¿Has faltado a una entrevista y no sabes cómo disculparte? Esta semana te contamos cómo preparar la entrevista con el director financiero.

Leer más: https://empleofinanzas.example.es/blog/preguntas-dificiles

Si no quieres recibir más correos, date de baja aquí.
""", headers=dict(LIST, **{"List-Id": "Boletin Empleo Finanzas <boletin.empleofinanzas.example.es>"})),
    M("other", "es_amiga_rechazo", "es",
      "Carla Domínguez <carla.dominguez@example.net>", "jajaja qué semana",
      """Amélie!!

Te cuento: al final no me cogieron en la consultora de Madrid 🙃 Me mandaron el típico correo de «lamentamos comunicarte que hemos seleccionado a otra candidata». Tres entrevistas para esto. En fin, ¡a por la siguiente!

¿Cuándo vienes a Barcelona? Que te debo unas cañas.

Besos,
Carla
""" + gmail("Sun, 10 May 2026 at 21:14", "Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>",
            "Carla, ¿cómo te fue la última entrevista? Cuéntame todo!"), reply=True),
    M("other", "es_prestamo_recibido", "es",
      "Banco Levante Particulares <avisos@bancolevante.example.es>", "Hemos recibido tu solicitud de préstamo",
      """Hola Amélie,

Hemos recibido tu solicitud de Préstamo Personal por importe de 8.000 €. Estamos estudiando la documentación y te responderemos en un plazo máximo de 48 horas.

Gracias por confiar en Banco Levante.

Este es un mensaje automático, por favor no respondas.
""", cte="quoted-printable"),
    M("other", "es_vuelo_cancelado", "es",
      "Vuelaya <noreply@vuelaya.example.com>", "Tu vuelo VY1927 ha sido cancelado",
      """Hola Amélie,

Lamentamos informarte de que tu vuelo VY1927 Bruselas - Barcelona del 19/05/2026 ha sido cancelado por motivos operativos. Te hemos reubicado en el vuelo VY1931 de las 15:40.

Si la nueva opción no te conviene, puedes solicitar el reembolso desde Mis reservas.

Equipo Vuelaya
"""),
    M("other", "es_universidad_admision", "es",
      "Universitat de Barcelona - Màsters <masters@ub.example.es>", "Resolución de admisión - Máster en Auditoría",
      """Estimada Amélie Vandenbroucke-Diallo:

Le comunicamos que, tras la valoración de los méritos, su solicitud de admisión al Máster Universitario en Auditoría de Cuentas (curso 2026-2027) ha sido desestimada por falta de plazas. Ha quedado en la posición 12 de la lista de espera.

Atentamente,
Oficina de Másteres
""", charset="iso-8859-1", cte="8bit"),
]
