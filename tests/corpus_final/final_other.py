"""Mail that is not an employer's decision about the candidate: alerts, newsletters, other worlds, own mail."""

from make_final import ME, Spec, ics, q_de, q_es, q_forward, q_gmail

K = "other"

LIST = {
    "List-Unsubscribe": "<https://click.mlsend.example.com/unsub?u=8812>, <mailto:unsub@mlsend.example.com>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}


def listed(list_id: str) -> dict[str, str]:
    return {**LIST, "List-Id": list_id}


SPECS = [
    # --- job alerts and digests ---
    Spec(
        K, "linkedin_style_alert", "en", ("JobNet Alerts", "jobalerts-noreply@jobnet.example.com"),
        "10 new jobs for \"data engineer\" in Chicago", date="2026-02-03T13:00+00:00", fmt="html", layout=0,
        headers=listed("<alerts.jobnet.example.com>"),
        text="""Your job alert for data engineer in Chicago, IL

Senior Data Engineer - Northwind Labs - Chicago, IL (Hybrid) - Actively recruiting
https://jobnet.example.com/jobs/view/3811

Data Engineer II - Meridian Health - Chicago, IL - Be an early applicant
https://jobnet.example.com/jobs/view/3812

Analytics Engineer - Loop & Lattice - Remote - 38 applicants
https://jobnet.example.com/jobs/view/3813

Staff Data Engineer - Quarry Insurance - Chicago, IL - Easy Apply
https://jobnet.example.com/jobs/view/3814

See all jobs: https://jobnet.example.com/jobs/search?alert=8812

You're receiving job alert emails. Unsubscribe: https://jobnet.example.com/unsub
""",
    ),
    Spec(
        K, "indeed_style_digest", "en", ("Jobfinder", "alert@jobfinder.example.com"),
        "Store Manager, Operations Analyst and 8 more jobs near you", date="2026-02-14T07:30+00:00", fmt="html", layout=0,
        headers=listed("<daily.jobfinder.example.com>"),
        text="""Robin, new jobs matching your search

Operations Analyst
Halvorsen Retail Group - Leeds
£38,000 - £42,000 a year
Urgently hiring. Responsive employer.
https://jobfinder.example.com/viewjob?jk=a1

Store Manager
Kingsway Stores - Leeds
Apply with your Jobfinder CV. You must create a Jobfinder account before continuing.
https://jobfinder.example.com/viewjob?jk=a2

Tip: employers are 3x more likely to respond when you follow up after an interview. Read our guide: https://jobfinder.example.com/career-advice/follow-up
""",
    ),
    Spec(
        K, "stepstone_style_de", "de", ("Jobwelt Agent", "jobagent@jobwelt.example.de"),
        "5 neue Jobs für „Data Engineer“ in Berlin", date="2026-03-02T06:10+01:00", fmt="html", layout=0,
        headers=listed("<jobagent.jobwelt.example.de>"),
        text="""Hallo Robin,

hier sind neue Stellenangebote, die zu Ihrem Job-Agenten passen:

Data Engineer (m/w/d) – Kranich Software GmbH – Berlin – Homeoffice möglich
https://jobwelt.example.de/stellen/44120

Senior Data Engineer (w/m/d) – Wattwerk – Berlin – vor 2 Tagen
https://jobwelt.example.de/stellen/44121

Bewerbungstipp der Woche: So reagieren Sie souverän auf eine Absage.
https://jobwelt.example.de/ratgeber/absage

Job-Agent bearbeiten oder abbestellen: https://jobwelt.example.de/agent
""",
    ),
    Spec(
        K, "wttj_style_fr", "fr", ("Bienvenue Jobs", "hello@bienvenuejobs.example.fr"),
        "Ces 6 entreprises recrutent (et elles ont l'air cool)", date="2026-02-19T09:00+01:00", fmt="html", layout=0,
        headers=listed("<hebdo.bienvenuejobs.example.fr>"),
        text="""Salut Robin,

Cette semaine, on a sélectionné pour toi des offres chez Pixel Potager, Lavande Robotique et Trottinette Verte.

Et dans le magazine : « Entretien raté : 5 façons de rebondir » et « Pourquoi les recruteurs ne répondent plus ? »

Voir les offres : https://bienvenuejobs.example.fr/offres

À la semaine prochaine !
L'équipe Bienvenue Jobs
""",
    ),
    Spec(
        K, "es_portal_alertas", "es", ("Alertas Trabajando", "alertas@trabajando.example.es"),
        "Nuevas ofertas: Analista de datos en Madrid", date="2026-03-05T08:00+01:00", fmt="html", layout=0,
        headers=listed("<alertas.trabajando.example.es>"),
        text="""Hola Robin, estas son tus nuevas ofertas:

Analista de Datos Sr. - Grupo Altamar - Madrid - Híbrido
https://trabajando.example.es/oferta/9911

Data Engineer - Olivares Tech - Madrid - Teletrabajo
https://trabajando.example.es/oferta/9912

Consejo: cómo preparar una entrevista por competencias.

Darte de baja: https://trabajando.example.es/baja
""",
    ),
    Spec(
        K, "application_status_digest", "en", ("JobNet", "messages-noreply@jobnet.example.com"),
        "Your applications this week: 3 viewed", date="2026-02-22T15:00+00:00", fmt="html", layout=0,
        headers=listed("<applications.jobnet.example.com>"),
        text="""Robin, here's an update on your recent applications

Senior Data Engineer at Northwind Labs - Application viewed
Data Engineer II at Meridian Health - Application viewed
Analytics Engineer at Loop & Lattice - No longer accepting applications

Premium members are 2x more likely to get an interview. Try Premium free for 1 month: https://jobnet.example.com/premium
""",
    ),
    # --- career newsletters about rejection, interviews ---
    Spec(
        K, "career_newsletter_rejection", "en", ("The Hiring Line", "hello@thehiringline.example.com"),
        "How to handle rejection (and when to ask for feedback)", date="2026-01-18T12:00+00:00", fmt="html", layout=0,
        headers=listed("The Hiring Line <hiringline.list.example.com>"),
        text="""This week: rejection.

"Unfortunately, we have decided to move forward with other candidates." Every job seeker has read that sentence. Here's what to do next.

1. Reply graciously. Thank them for their time and ask what would strengthen a future application.
2. Don't take it personally - hiring managers often reject strong candidates because a role is put on hold.
3. Keep the door open. The candidate they hired might not work out.

Also: what to do if you missed an interview (hint: apologise quickly and offer new times).

Read on the web: https://thehiringline.example.com/issues/112
""",
    ),
    Spec(
        K, "newsletter_interview_tips_de", "de", ("Karriere-Briefing", "newsletter@karrierebriefing.example.de"),
        "Vorstellungsgespräch verpasst? Das sollten Sie jetzt tun", date="2026-02-07T10:00+01:00", fmt="html", layout=0,
        headers=listed("<briefing.karrierebriefing.example.de>"),
        text="""Liebe Leserinnen und Leser,

ein verpasstes Vorstellungsgespräch ist kein Weltuntergang. Melden Sie sich umgehend, entschuldigen Sie sich ohne Ausreden und schlagen Sie neue Termine vor.

Außerdem in dieser Ausgabe: Warum eine Absage keine Niederlage ist, und wie Sie nach dem Gespräch richtig nachfassen.

Zum Artikel: https://karrierebriefing.example.de/artikel/verpasst

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://karrierebriefing.example.de/abmelden
""",
    ),
    Spec(
        K, "newsletter_offer_negotiation", "en", ("Pay Gap Weekly", "issues@paygapweekly.example.org"),
        "You got the offer letter. Now what?", date="2026-03-08T14:00+00:00", fmt="alt", layout=0,
        headers=listed("<paygapweekly.example.org>"),
        text="""Hi friend,

Congratulations are in order for a lot of you - our reader survey says 41% of you received an offer this quarter!

Before you sign: we are pleased to offer three questions every candidate should ask about equity, and a script for asking for a higher base without sounding ungrateful.

Read the full issue: https://paygapweekly.example.org/p/offer-letter

Unsubscribe | Manage preferences
""",
    ),
    Spec(
        K, "newsletter_es_entrevistas", "es", ("Empleo al Día", "boletin@empleoaldia.example.es"),
        "Boletín semanal: cómo responder a un rechazo", date="2026-02-26T09:30+01:00", fmt="html", layout=0,
        headers=listed("<boletin.empleoaldia.example.es>"),
        text="""Hola,

Esta semana hablamos de algo que todos vivimos: el correo que empieza con "Lamentablemente, hemos decidido continuar con otros candidatos".

- Cómo responder con elegancia
- Qué hacer si no te presentaste a una entrevista
- 7 ofertas destacadas de la semana

Leer más: https://empleoaldia.example.es/boletin/88

Si no quieres recibir más correos, date de baja aquí.
""",
    ),
    # --- recruiter cold outreach without an interview request ---
    Spec(
        K, "inmail_cold_outreach", "en", ("Derek Voss via JobNet", "inmail-hit-reply@jobnet.example.com"),
        "Robin, exciting Staff opportunity at a Series C fintech", date="2026-02-09T16:40+00:00", fmt="alt", layout=0,
        company="", contact="",
        text="""Hi Robin,

I came across your profile and was really impressed by your background in payments infrastructure. I'm partnering with a fast-growing Series C fintech (backed by top-tier VCs) that is building out its platform team.

Not sure if you're open to new opportunities, but if so I'd love to share more. No pressure at all!

Derek Voss
Principal Recruiter, Talentforge

Reply on JobNet: https://jobnet.example.com/messaging/thread/77
""",
    ),
    Spec(
        K, "agency_spec_marketing", "en", ("Gemma Pryce", "gemma.pryce@northpointrecruit.example.co.uk"),
        "Data roles in Manchester - market update", date="2026-03-04T08:05+00:00", company="", contact="gemma.pryce@northpointrecruit.example.co.uk",
        fmt="alt", layout=2,
        text="""Morning Robin!

Hope you're well! Just a quick one - the Manchester data market is absolutely flying at the moment and I'm working on loads of exciting roles (Analytics Engineer, BI Lead, Head of Data) with salaries from £55-95k!!

If you or anyone you know is looking, drop me a line - I'd love to catch up!

Gemma
Northpoint Recruitment | 0161 555 0144
""",
    ),
    Spec(
        K, "de_headhunter_anfrage", "de", ("Stefan Berger", "s.berger@executive-nord.example.de"),
        "Vertrauliche Anfrage", date="2026-02-20T11:45+01:00", company="", contact="s.berger@executive-nord.example.de",
        text="""Sehr geehrter Herr Okafor,

im Auftrag eines renommierten Mandanten aus dem Maschinenbau suche ich eine Führungspersönlichkeit für den Bereich Data & Analytics. Ihr Profil ist mir positiv aufgefallen.

Falls Sie grundsätzlich offen für einen vertraulichen Austausch sind, freue ich mich über eine kurze Rückmeldung.

Mit besten Grüßen
Stefan Berger
Partner, Executive Nord Personalberatung
""",
    ),
    Spec(
        K, "fr_chasseur_approche", "fr", ("Claire Dumas", "claire.dumas@hunt-partners.example.fr"),
        "Opportunité Lead Data – scale-up fintech", date="2026-03-10T10:20+01:00", company="", contact="claire.dumas@hunt-partners.example.fr",
        fmt="alt", layout=1,
        text="""Bonjour Robin,

Je me permets de vous contacter car votre parcours correspond à une mission que je mène pour une scale-up fintech parisienne, qui recherche son futur Lead Data.

Si le sujet vous intéresse, je serais ravie de vous en dire plus. Sinon, n'hésitez pas à transmettre à une personne de votre réseau !

Belle journée,
Claire Dumas
Hunt Partners
""",
    ),
    Spec(
        K, "talent_community_newsletter", "en", ("Cobalt Robotics Talent Community", "talent@news.cobaltrobotics.example.com"),
        "Life at Cobalt: meet our robotics team", date="2026-03-12T17:00+00:00", fmt="html", layout=0,
        headers=listed("<talentcommunity.cobaltrobotics.example.com>"),
        text="""Hi Robin,

Thanks for joining the Cobalt Robotics Talent Community! This month we sat down with three engineers to talk about their interview experience, their first 90 days, and what they wish they'd known.

We're hiring across 14 open positions: https://cobaltrobotics.example.com/careers

Not interested anymore? Unsubscribe.
""",
    ),
    # --- other meanings of interview / position / application / rejection ---
    Spec(
        K, "podcast_interview_invite", "en", ("Maya Lindgren", "maya@dataafterdark.example.fm"),
        "Podcast interview invitation - Data After Dark", date="2026-02-11T18:00-08:00", contact="maya@dataafterdark.example.fm",
        text="""Hi Robin,

I host Data After Dark, a weekly podcast about the messy reality of data engineering. I loved your conference talk on migrating off cron and would love to interview you for an episode!

Recording takes about 45 minutes over Riverside. Would any afternoon next week work?

Maya
""",
    ),
    Spec(
        K, "radio_interview_fr", "fr", ("Rédaction Radio Fleuve", "redaction@radiofleuve.example.fr"),
        "Demande d'interview – émission Numérique & Société", date="2026-03-03T15:00+01:00",
        reply_to=("Margaux Lenoir", "margaux.lenoir@radiofleuve.example.fr"), contact="margaux.lenoir@radiofleuve.example.fr",
        text="""Bonjour Monsieur Okafor,

Je suis journaliste à Radio Fleuve et je prépare une émission sur l'open data dans les collectivités. Accepteriez-vous de nous accorder une interview de 15 minutes, en direct ou en enregistrement, la semaine prochaine ?

Merci d'avance,
Margaux Lenoir
Radio Fleuve – Rédaction
""",
    ),
    Spec(
        K, "press_quote_request", "en", ("Tom Reilly", "treilly@metrogazette.example.com"),
        "Interview request re: transit data story", date="2026-01-28T11:22-05:00", contact="treilly@metrogazette.example.com",
        text="""Hi Robin,

I'm a reporter at the Metro Gazette working on a story about the city's open transit data. A colleague said you'd built one of the bus-tracking apps. Would you be open to a short phone interview before Thursday's deadline?

Thanks,
Tom Reilly
Metro Gazette | 555-0102
""",
    ),
    Spec(
        K, "user_research_interview", "en", ("Tessa at Notely", "research@notely.example.com"),
        "Help shape Notely - 30 min interview, $50 gift card", date="2026-02-17T19:00+00:00", fmt="html", layout=0,
        text="""Hi Robin,

We're talking to Notely users about how they organise their work notes. Would you join a 30-minute user research interview over video? As a thank-you, you'll receive a $50 gift card.

Pick a time: https://calendly.com/notely-research/user-interview

Thanks!
Tessa, UX Research at Notely
""",
    ),
    Spec(
        K, "survey_interview_de", "de", ("Institut für Arbeitsmarktforschung", "umfrage@iaf-studie.example.de"),
        "Einladung zum Interview: Studie „Jobsuche 2026“", date="2026-03-09T09:00+01:00", fmt="alt", layout=0,
        text="""Guten Tag,

im Rahmen unserer Studie „Jobsuche 2026“ führen wir telefonische Interviews mit Personen, die sich in den letzten 12 Monaten beworben haben. Das Interview dauert ca. 25 Minuten; als Dankeschön erhalten Sie einen Gutschein über 20 Euro.

Termin wählen: https://iaf-studie.example.de/termin

Mit freundlichen Grüßen
Ihr Studienteam
""",
    ),
    Spec(
        K, "friend_own_rejection", "en", ("Jamie Ortiz", "jamie.ortiz@example.org"),
        "ugh", date="2026-02-06T21:40-06:00", contact="jamie.ortiz@example.org",
        text="""Robin,

so remember that Product Ops role at Aurora Bio I was SO excited about? They rejected me. After four rounds. "We've decided to move forward with a candidate whose experience more closely matches our needs." Four rounds!!

Anyway, drinks Friday? I need to complain to someone in person. Also how did your interview go last week?

J
""",
    ),
    Spec(
        K, "friend_es_rechazo", "es", ("Lucía Méndez", "lucia.mendez@example.org"),
        "Re: ¿qué tal?", date="2026-03-01T22:15+01:00", contact="lucia.mendez@example.org",
        text="""Jaja pues mal, me han dicho que no en lo de la consultora. Lamentablemente no han seguido con mi candidatura, eso decía el correo. En fin, a por la siguiente.

¿Y tú qué tal con lo tuyo? ¿Te llamaron al final?

Besos

""" + q_es(ME, "dom, 1 mar 2026 a las 19:40", "Hola Lu! ¿qué tal todo? ¿sabes algo de la entrevista?"),
    ),
    Spec(
        K, "order_delayed", "en", ("ShopCart Orders", "order-update@shopcart.example.com"),
        "Unfortunately your order is delayed", date="2026-02-10T08:00+00:00", fmt="html", layout=0,
        text="""Hi Robin,

Unfortunately your order #114-55120 (Ergonomic desk chair) is delayed. The new estimated delivery date is February 16.

We're sorry for the inconvenience. You can track your package here: https://shopcart.example.com/track/114-55120

ShopCart Customer Service
""",
    ),
    Spec(
        K, "parcel_fr_retard", "fr", ("Colis Rapide", "suivi@colisrapide.example.fr"),
        "Votre colis a du retard", date="2026-03-07T12:30+01:00", fmt="html", layout=0,
        text="""Bonjour,

Malheureusement, votre colis n° CR8821004 n'a pas pu être livré à la date prévue en raison d'un incident de transport. Nous sommes désolés pour ce contretemps.

Nouvelle date estimée : mardi 10 mars.

Suivre mon colis : https://colisrapide.example.fr/suivi/CR8821004
""",
    ),
    Spec(
        K, "gps_position_update", "en", ("TrackMate", "alerts@trackmate.example.com"),
        "Position update: Bike tracker 'Commuter'", date="2026-01-21T07:45+00:00",
        text="""Your tracker 'Commuter' reported a new position.

Position: 41.8789 N, 87.6359 W
Accuracy: 8 m
Time: 2026-01-21 07:44 UTC

The device left the geofence 'Home' at 07:31. View on map: https://trackmate.example.com/map/commuter
""",
    ),
    Spec(
        K, "de_standort_position", "de", ("Flottenportal", "noreply@flottenportal.example.de"),
        "Positionsmeldung Fahrzeug HH-RO 2026", date="2026-02-24T16:05+01:00",
        text="""Positionsmeldung

Fahrzeug: HH-RO 2026
Position: 53.5511 N, 9.9937 E (Hamburg, Jungfernstieg)
Status: Zündung aus

Diese Nachricht wurde automatisch erzeugt.
""",
    ),
    Spec(
        K, "credit_card_application", "en", ("Harbor Bank Card Services", "cards-noreply@harborbank.example.com"),
        "We've received your application", date="2026-02-01T14:20+00:00", fmt="html", layout=0,
        text="""Dear Robin Okafor,

Thank you for applying for the Harbor Bank Cashback Platinum credit card. We have received your application and are reviewing it now.

Most decisions are made within 7-10 business days. We may contact you if we need additional information.

Harbor Bank, N.A. Member FDIC.
""",
    ),
    Spec(
        K, "loan_declined_es", "es", ("Banco Meridional", "avisos@bancomeridional.example.es"),
        "Resolución de su solicitud de préstamo", date="2026-03-11T10:00+01:00", fmt="html", layout=0, charset="iso-8859-1",
        text="""Estimado cliente:

Lamentamos comunicarle que, tras analizar su solicitud de préstamo personal n.º 77120, no podemos concederle la financiación solicitada en este momento.

Esta decisión se basa en nuestros criterios de riesgo. Puede consultar los detalles en su banca online.

Banco Meridional
""",
    ),
    Spec(
        K, "apartment_application_rejected", "en", ("Parkside Lofts Leasing", "leasing@parksidelofts.example.com"),
        "Your rental application - Unit 4C", date="2026-01-25T12:15-06:00", contact="leasing@parksidelofts.example.com",
        text="""Hi Robin,

Thank you for applying for Unit 4C at Parkside Lofts. Unfortunately we have decided to move forward with another applicant for this unit.

We do have a similar 1-bedroom opening in April if you'd like to be considered. Just reply to this email.

Parkside Lofts Leasing Office
""",
    ),
    Spec(
        K, "de_wohnung_absage", "de", ("Hausverwaltung Lindenhof", "vermietung@lindenhof-hv.example.de"),
        "Ihre Anfrage Wohnung Lindenstr. 14, 2. OG", date="2026-02-13T11:30+01:00", contact="vermietung@lindenhof-hv.example.de",
        charset="iso-8859-1",
        text="""Sehr geehrter Herr Okafor,

vielen Dank für Ihr Interesse an der Wohnung in der Lindenstraße 14. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben.

Mit freundlichen Grüßen
Hausverwaltung Lindenhof
""",
    ),
    Spec(
        K, "university_admission_decision", "en", ("Graduate Admissions", "gradadmissions@eastlake.example.edu"),
        "Your admission decision - MS Data Science", date="2026-03-15T20:00-04:00", fmt="html", layout=0,
        text="""Dear Robin,

After careful review, the admissions committee regrets that we are unable to offer you admission to the MS in Data Science program for Fall 2026. We received a record number of applications this year.

We wish you every success in your academic and professional pursuits.

Office of Graduate Admissions
Eastlake University
""",
    ),
    Spec(
        K, "fr_admission_master", "fr", ("Scolarité – Université de Loire-Atlantique", "scolarite@univ-loire.example.fr"),
        "Résultat de votre candidature en Master", date="2026-02-28T09:00+01:00", fmt="alt", layout=1,
        text="""Bonjour,

Nous avons le plaisir de vous informer que votre candidature en Master 2 Ingénierie des données a reçu un avis favorable de la commission pédagogique.

Vous devez confirmer votre inscription sur la plateforme avant le 15 mars.

Le service de la Scolarité
""",
    ),
    # --- the candidate's own sent mail ---
    Spec(
        K, "own_thank_you_sent", "en", ME, "Thank you - Senior Data Engineer interview", date="2026-02-12T16:30-06:00",
        to=("Rafael Okonkwo", "rafael.okonkwo@meridianhealth.example.org"), company="Meridian Health",
        text="""Hi Rafael,

Thank you for arranging today's conversations. I really enjoyed meeting the team and learning about the data platform roadmap.

I'm very interested in the role and happy to send anything else you need.

Best regards,
Robin Okafor
""",
    ),
    Spec(
        K, "own_apology_missed", "en", ME, "Re: Phone interview today", date="2026-02-12T15:10-05:00",
        to=("Greta Holm", "greta.holm@northstarcare.example.com"), company="Northstar Care",
        text="""Hi Greta,

I'm very sorry I missed your call at 2:00 today - that's entirely my responsibility and not like me. I'm still very interested in the Patient Access Supervisor role. Would Thursday at 10am or Friday at 1pm work for a new call?

Best,
Robin

""" + q_gmail(("Greta Holm", "greta.holm@northstarcare.example.com"), "Thu, Feb 12, 2026 at 2:25 PM",
              "Hi Robin,\nWe tried calling you at the scheduled time (2:00 PM) for your phone interview but weren't able to reach you.\nGreta"),
    ),
    Spec(
        K, "own_reply_to_rejection_de", "de", ME, "Re: Dein Gespräch bei Wattwerk", date="2026-03-06T09:20+01:00",
        to=("Lena Brauer", "lena@wattwerk.example.de"), company="Wattwerk",
        text="""Hallo Lena,

danke dir für die ehrliche Rückmeldung, auch wenn ich natürlich gern dabei gewesen wäre. Ich würde mich sehr über ein kurzes Feedback-Telefonat freuen.

Viele Grüße
Robin

""" + q_de(("Lena Brauer", "lena@wattwerk.example.de"), "Do., 5. März 2026 um 18:02", "wir haben uns am Ende für jemanden entschieden, der schon Erfahrung mit Batteriespeichern mitbringt."),
    ),
    Spec(
        K, "own_application_email_fr", "fr", ME, "Candidature – Analyste BI", date="2026-01-20T08:45+01:00",
        to=("Recrutement Horizon Mutuelle", "recrutement@horizon-mutuelle.example.fr"), company="Horizon Mutuelle",
        attach=("CV_Robin_Okafor.pdf",),
        text="""Madame, Monsieur,

Je vous prie de trouver ci-joint mon CV en réponse à votre offre d'Analyste BI. Je serais ravi d'échanger avec vous lors d'un entretien.

Bien cordialement,
Robin Okafor
""",
    ),
    # --- out-of-office auto-replies from recruiters ---
    Spec(
        K, "ooo_recruiter", "en", ("Dana Kessler", "dana.kessler@harborview.example.com"),
        "Automatic reply: Re: Final round availability", date="2026-02-16T09:01-05:00", company="Harborview Analytics",
        contact="dana.kessler@harborview.example.com",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Thank you for your message. I am out of the office until Monday, February 23 with limited access to email.

For urgent scheduling questions about interviews, please contact recruiting@harborview.example.com.

Dana Kessler
""",
    ),
    Spec(
        K, "ooo_de_abwesend", "de", ("Katharina Vogt", "k.vogt@elbtal-versicherung.example.de"),
        "Abwesenheitsnotiz: Vorstellungsgespräch – Data Scientist", date="2026-02-13T08:00+01:00", company="Elbtal Versicherung",
        contact="k.vogt@elbtal-versicherung.example.de", headers={"Auto-Submitted": "auto-replied"},
        text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.02.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@elbtal-versicherung.example.de.

Katharina Vogt
""",
    ),
    Spec(
        K, "ooo_es_vacaciones", "es", ("Carmen Ortega", "carmen.ortega@logisur.example.es"),
        "Respuesta automática: Entrevista telefónica", date="2026-02-10T09:31+01:00", company="Logisur",
        contact="carmen.ortega@logisur.example.es", headers={"Auto-Submitted": "auto-replied"},
        text="""Hola, estoy fuera de la oficina hasta el 13 de febrero sin acceso al correo. Responderé a tu mensaje a mi vuelta.

Carmen Ortega
""",
    ),
    # --- calendar noise ---
    Spec(
        K, "standup_invitation", "en", ("Priya Nandakumar", "priya@quillstack.example.io"),
        "Invitation: Daily standup @ Weekly from 9:30am to 9:45am on weekdays", date="2026-03-20T10:00-08:00",
        contact="priya@quillstack.example.io", fmt="alt", company="Quillstack",
        ics=ics("standup-platform-team@quillstack.example.io", "2026-03-23T09:30", 15, "Daily standup",
                ("Priya Nandakumar", "priya@quillstack.example.io"), tzid="America/Los_Angeles"),
        text="""You have been invited to the following event.

Daily standup
Weekly from 9:30am to 9:45am on weekdays (Pacific Time)

Organizer: Priya Nandakumar
Welcome aboard! Platform team standup.

Invitation from Google Calendar
""",
    ),
    Spec(
        K, "calendar_reminder_dentist", "en", ("Calendar", "calendar-notification@calendar.example.com"),
        "Reminder: Dentist - Dr. Patel @ Thu Feb 19, 2026 8am", date="2026-02-19T07:30+00:00",
        text="""This is a reminder for:

Dentist - Dr. Patel
Thursday Feb 19, 2026 8am - 9am
Where: Smile Dental, 22 Elm St

Reminders by email are sent 30 minutes before the event.
""",
    ),
    Spec(
        K, "fr_reunion_equipe", "fr", ("Agenda", "agenda-noreply@agenda.example.fr"),
        "Invitation : Réunion d'équipe hebdomadaire", date="2026-01-12T08:00+01:00", fmt="alt",
        ics=ics("reunion-equipe-hebdo@agenda.example.fr", "2026-01-13T10:00", 60, "Réunion d'équipe hebdomadaire",
                ("Agenda Association Vélo Cité", "agenda-noreply@agenda.example.fr"), tzid="Europe/Paris"),
        text="""Vous êtes invité(e) à l'événement suivant.

Réunion d'équipe hebdomadaire – Association Vélo Cité (bénévoles)
Mardi 13 janvier 2026, 10h – 11h

Ordre du jour : planning des ateliers réparation.
""",
    ),
    # --- assorted ---
    Spec(
        K, "referral_request_from_friend", "en", ("Sam Whitaker", "sam.whitaker@example.com"),
        "Quick question", date="2026-02-08T12:40-05:00", contact="sam.whitaker@example.com",
        text="""Hey Robin, quick question - are you still at the payments place? My cousin has an interview there next week and wanted to ask someone what the technical round is like. Mind if I pass on your email?

Sam
""",
    ),
    Spec(
        K, "volunteer_application_received", "en", ("City Marathon Volunteers", "volunteers@citymarathon.example.org"),
        "Volunteer application received!", date="2026-03-02T18:00-06:00", fmt="html", layout=0,
        text="""Hi Robin,

Thanks for signing up to volunteer at the City Marathon on April 26! We've received your application and will assign your position (water station, finish line or bag check) in early April.

Questions? Visit https://citymarathon.example.org/volunteer-faq

See you at the start line!
""",
    ),
    Spec(
        K, "es_grupo_padres", "es", ("AMPA Colegio San Isidro", "ampa@colegiosanisidro.example.es"),
        "Entrevistas con tutores - 2º trimestre", date="2026-02-02T17:00+01:00", fmt="alt", layout=2,
        headers=listed("<ampa.colegiosanisidro.example.es>"),
        text="""Estimadas familias:

Os recordamos que las entrevistas con los tutores del segundo trimestre se celebrarán del 9 al 13 de febrero. Cada familia podrá elegir su horario en la plataforma del colegio.

Un saludo,
Junta del AMPA
""",
    ),
    Spec(
        K, "de_verein_absage_turnier", "de", ("Tennisclub Blau-Weiß", "info@tc-blauweiss.example.de"),
        "Absage Vereinsturnier am Samstag", date="2026-03-12T19:00+01:00", headers=listed("<mitglieder.tc-blauweiss.example.de>"),
        text="""Liebe Mitglieder,

leider müssen wir das Vereinsturnier am Samstag wegen der Platzverhältnisse absagen. Ein neuer Termin wird rechtzeitig bekannt gegeben.

Sportliche Grüße
Der Vorstand
""",
    ),
    Spec(
        K, "webinar_interview_skills", "en", ("CareerCraft Events", "events@careercraft.example.com"),
        "Tomorrow: Ace your panel interview (live webinar)", date="2026-02-24T15:00+00:00", fmt="html", layout=0,
        headers=listed("<events.careercraft.example.com>"),
        text="""Hi Robin,

Just a reminder: our free live webinar "Ace your panel interview" starts tomorrow at 6pm GMT. We'll cover STAR answers, how to follow up after an interview, and how to respond when a recruiter says they've moved forward with other candidates.

Join here: https://careercraft.example.com/webinar/panel

Can't make it? We'll email you the recording.
""",
    ),
    Spec(
        K, "fr_newsletter_rh_offre", "fr", ("Le Mag Carrière", "newsletter@lemagcarriere.example.fr"),
        "Offre d'emploi reçue : comment négocier ?", date="2026-03-16T07:00+01:00", fmt="html", layout=0,
        headers=listed("<lettre.lemagcarriere.example.fr>"),
        text="""Bonjour,

Vous venez de recevoir une proposition d'embauche ? Félicitations ! Voici nos conseils pour négocier votre salaire sereinement, et les erreurs à éviter avant de signer la promesse d'embauche.

Lire l'article : https://lemagcarriere.example.fr/negocier

Se désabonner
""",
    ),
    Spec(
        K, "fwd_job_posting_from_friend", "en", ("Priya Das", "priya.das@example.net"),
        "Fwd: We're hiring: Senior Data Engineer", date="2026-03-14T10:05+00:00", contact="priya.das@example.net",
        text="""Saw this and thought of you!! They're lovely people, I interviewed there last year (didn't get it lol). Want me to put you in touch with the hiring manager?

P

""" + q_forward(("Verdant Careers", "careers@verdant.example.com"), "Fri, Mar 13, 2026 at 4:00 PM", "We're hiring: Senior Data Engineer",
                ("Priya Das", "priya.das@example.net"),
                "Verdant is growing! We're looking for a Senior Data Engineer to join our climate data team.\nApply by March 31: https://verdant.example.com/careers/sde"),
    ),
    Spec(
        K, "video_recording_ready", "en", ("MeetSpace", "no-reply@meetspace.example.com"),
        "Cloud recording - Robin / Ines - intro call is now available", date="2026-03-04T15:40+00:00", fmt="html", layout=0,
        text="""Hi Robin,

Your cloud recording is now available.

Topic: Robin / Ines - intro call
Date: Mar 4, 2026 03:00 PM London

Share recording with viewers: https://meetspace.example.com/rec/share/abc123

Thank you for choosing MeetSpace.
""",
    ),
]
