"""Corpus 206, `other`: 52 hand-written messages (33 en, 6 de, 6 fr, 7 es): digests and
newsletters, advice, requests to be interviewed about something else, parcels, friends,
the candidate's own mail, cold approaches, bank/landlord/school/doctor mail, auto-replies,
social-network notifications and refused places on courses."""

from __future__ import annotations

from msgs206_common import (
    ME,
    newsletter_html,
    newsletter_text,
    outlook_html,
    reply,
    simple_html,
)


def X(**spec: object) -> dict:
    spec["kind"] = "other"
    spec.setdefault("company", "")
    return spec


def _list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<mailto:{unsub_mail}?subject=unsubscribe>,\n <{unsub_url}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


CV_PDF = ("Tadhg_Oyelaran-Weiss_CV.pdf", [
    "Tadhg Oyelaran-Weiss", "Cork, Ireland - tadhg.ow@example.ie - 087 555 0119", "",
    "PROFILE", "Barista and cafe supervisor moving into data analysis.", "",
    "EXPERIENCE", "2021-2026  Bean & Gone Coffee, Cork - Supervisor, stock and sales reporting",
    "2019-2021  Various cafes, Cork and Berlin - Barista", "",
    "SKILLS", "SQL, Excel, Power BI, Python (pandas), Google Data Analytics certificate",
    "", "LANGUAGES", "English (native), German (B1), French (A2), Spanish (A2)"])

# ---------------------------------------------------------------- the candidate's own mail

THANKS_LANNFIELD = """\
Dear Orla,

Thank you for arranging today's interview, and please pass my thanks on to Declan and
Yvonne as well. I really enjoyed the conversation about how the claims team uses its
data, and working through the dataset with the panel was the best part of the afternoon.

I'm more keen than ever on the role and look forward to hearing about the next steps.

Kind regards,
Tadhg Oyelaran-Weiss
087 555 0119
"""

CORRIB_RESCHEDULE_ASK = """\
Hi Niamh,

Thanks again for the invitation to the panel interview on Tuesday 10 March. I'm really
looking forward to it.

Unfortunately I've just been told I'm covering the opening shift at the café that day
and I can't swap it. Would it be possible to move the interview to later that week? I'm
free any time on Thursday 12th or Friday 13th.

Sorry for the hassle, and thanks for your help.

Tadhg
"""

SFUH_APOLOGY = """\
Dear Ms O'Shea,

I am very sorry that I missed the telephone interview this morning. My father was taken
into hospital early this morning and I was in A&E with him without my phone until
after eleven. I only saw the missed calls and your e-mail this afternoon.

I completely understand if it is not possible, but I would be very grateful for the
chance to be interviewed at another time this week or next.

Yours sincerely,
Tadhg Oyelaran-Weiss
087 555 0119
"""

_o_dunmore_accept = """\
Sinéad,

Brilliant news, thank you so much! I'm delighted to accept in principle. The terms all
sound good to me; the only thing I'd like to check is whether the start date could be 8
June, so I can give the café a proper month's notice.

Chat at lunchtime,
Tadhg
"""

_o_dunmore_offer_quoted = """\
Tadhg!!

I've just had Aidan from Dunmore Foods on the phone and the client wants to make you an
offer for the Commercial Data Analyst role. They loved you on Monday.

Sinéad
"""

_o_glenbeigh_application = """\
Dear Ms Mahony,

I would like to apply for the Junior Data Analyst position in your Pricing team,
advertised on Jobs Harbour (ref. GA-117).

For the past five years I have worked in specialty coffee in Cork, most recently as a
supervisor responsible for stock control and weekly sales reporting across three
cafés. Building those reports in Excel and later in Power BI is what led me to data,
and this year I completed the Google Data Analytics certificate and a SQL course with
Cork Community College.

I have attached my CV and would be glad to provide any further information.

Yours sincerely,
Tadhg Oyelaran-Weiss
087 555 0119
"""

_o_glenbeigh_followup = """\
Dear Ms Mahony,

I hope you're well. I applied for the Junior Data Analyst (Pricing) position, ref.
GA-117, on 2 March and wanted to check whether there is any news on the timeline for
the role. I remain very interested and would be happy to send anything else that would
help.

Kind regards,
Tadhg Oyelaran-Weiss
"""

_o_ooo_glenbeigh = """\
Thank you for your e-mail.

I am out of the office until Monday 9 March with limited access to e-mail. For urgent
recruitment queries, please contact my colleague Barry Cashman on 01 555 0290.

Kind regards,
Paula Mahony
Talent Acquisition Manager, Glenbeigh Assurance
"""

_o_fr_candidature = """\
Madame, Monsieur,

Je souhaite vous proposer ma candidature au poste d'analyste de données junior publié
sur votre site (réf. VR-2026-044).

Barista depuis cinq ans, dont deux en tant que responsable des stocks et du reporting
des ventes de trois cafés à Cork, je me suis formé à l'analyse de données (SQL, Power
BI, Python) et je souhaite aujourd'hui m'installer à Paris. Je parle anglais
couramment et mon français progresse chaque jour.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un
entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Tadhg Oyelaran-Weiss
"""

_o_es_reprogramar = """\
Hola Álvaro:

Muchas gracias por la noticia, ¡qué ilusión! Una pregunta: el jueves 26 tengo turno en
la cafetería hasta las 9:00 y llego muy justo a Alcobendas. ¿Crees que Grupo Mercadal
podría pasar la entrevista a las 11:30 o a primera hora de la tarde?

Si no es posible, me organizo para llegar a las 10:00 sin problema.

Un saludo,
Tadhg
"""

_o_mercadal_quoted = """\
Hola Tadhg:

Buenas noticias: Grupo Mercadal quiere entrevistarte para el puesto de Analista de
Datos Comerciales. Día: jueves 26 de marzo, 10:00, oficinas de Alcobendas.

Álvaro
"""

_o_corrib_panel_quoted = """\
Hi Tadhg,

Lovely to speak on Thursday - as promised, here's the next step. You're invited to a
panel interview at our Galway office.

Tuesday 10 March, 14:00-15:30

Niamh
"""

# ---------------------------------------------------------------- digests and newsletters

_jh_items = [
    ("Junior Data Analyst - Lannfield Insurance, Cork",
     "https://www.jobsharbour.example.ie/job/88412?utm_source=alert",
     "Claims insights team. SQL and Excel essential. Hybrid, 3 days in office."),
    ("Data Analyst (Graduate) - Brightwater Retail, Limerick",
     "https://www.jobsharbour.example.ie/job/88397?utm_source=alert",
     "Support our buying team with weekly trading reports. No interview travel needed: "
     "first round by video."),
    ("Reporting Analyst - St Finbarr's University Hospital, Cork",
     "https://www.jobsharbour.example.ie/job/88355?utm_source=alert",
     "Grade V, permanent. Closing date 27 February."),
    ("Business Intelligence Trainee - Western Seaboard Credit Union, Galway",
     "https://www.jobsharbour.example.ie/job/88301?utm_source=alert",
     "Twelve-month programme with Power BI training."),
    ("Career advice: Rejected after the final interview? Here's what to do next",
     "https://www.jobsharbour.example.ie/advice/rejected-final-interview",
     "How to ask for feedback, and why a 'no' can still lead to an offer later."),
]

_jh_intro = """\
Hi Tadhg,

Here are this week's new jobs matching your alert "data analyst" in Munster and
Connacht. 37 new jobs were posted; these are the closest matches."""

_jh_footer = """\
You are receiving this e-mail because you created a job alert on Jobs Harbour.
Manage your alerts: https://www.jobsharbour.example.ie/alerts
Unsubscribe: https://www.jobsharbour.example.ie/unsubscribe?u=tadhg.ow
Jobs Harbour, 14 Patrick's Quay, Cork"""

_cp_items = [
    ("The rejection e-mail is not a verdict",
     "https://careerpath.example.ie/articles/rejection-is-not-a-verdict",
     "Why 'we decided to move forward with other candidates' usually says more about the "
     "shortlist than about you."),
    ("How to ask for interview feedback (with a template)",
     "https://careerpath.example.ie/articles/asking-for-feedback",
     "Three sentences that get recruiters to reply."),
    ("Career changers: tell your story in 60 seconds",
     "https://careerpath.example.ie/articles/career-change-story",
     "From hospitality to analytics: a reader shares the pitch that got her an offer."),
    ("Webinar replay: salary negotiation for first data jobs",
     "https://careerpath.example.ie/webinars/salary-first-job",
     "What's a fair junior analyst salary in Dublin, Cork and Galway in 2026?"),
]

_cp_intro = """\
This fortnight we're talking about the part of job hunting nobody enjoys: hearing no.
Most people who land a job after a career change collected a pile of rejections first.
Here's how to keep going."""

_cp_footer = """\
CareerPath Ireland newsletter - issue 41.
Unsubscribe at any time: https://careerpath.example.ie/newsletter/unsubscribe
CareerPath Ireland, Unit 2, The Digital Hub, Dublin 8"""

_ad_text = """\
THE ANALYST'S DESK - a weekly letter for people breaking into data

Five questions you'll almost certainly hear in a junior analyst interview

1. "Walk me through a time you used data to change a decision."
   Have one story ready, with numbers. If you come from retail or hospitality, your
   stock or rota decisions count.

2. "How would you check that this dataset is correct?"
   Talk about duplicates, missing values, and comparing totals with a source you trust.

3. "Write a query that..."
   Expect a GROUP BY and a JOIN. Practise out loud.

4. "What would you do if a stakeholder disagrees with your numbers?"

5. "Do you have any questions for us?"
   Always yes. Ask what the first three months look like.

Good luck with your interviews this month - and reply to tell me how they went.

Ronan
The Analyst's Desk

Read online: https://theanalystsdesk.example.com/p/five-questions
You're subscribed as tadhg.ow@example.ie. Unsubscribe:
https://theanalystsdesk.example.com/unsubscribe
"""

_dj_items = [
    ("Graduate Data Analyst - Thistle Mutual, Edinburgh",
     "https://datajobsweekly.example.co.uk/r/40871",
     "Assessment centre in May. Sponsorship not available."),
    ("Junior Data Analyst (Risk) - Kestrel Ledger, London",
     "https://datajobsweekly.example.co.uk/r/39920",
     "Fintech, hybrid. GBP 32-36k."),
    ("Insight Analyst - Pentland Outdoor, Edinburgh",
     "https://datajobsweekly.example.co.uk/r/39874", "Ecommerce and web analytics."),
    ("Junior Merchandise Analyst - Marlowe & Finch, London",
     "https://datajobsweekly.example.co.uk/r/39801", "Retail, Excel-heavy."),
    ("Reader question: should I mention rejections in interviews?",
     "https://datajobsweekly.example.co.uk/blog/mentioning-rejections",
     "Short answer: no, but do talk about what you learned."),
]

_dj_intro = "Good morning! 142 new data roles across the UK this week. Your picks:"

_dj_footer = """\
DataJobs Weekly - sent every Monday.
Update preferences: https://datajobsweekly.example.co.uk/preferences
Unsubscribe: https://datajobsweekly.example.co.uk/unsubscribe/a83f2"""

_hl_items = [
    ("Salaries: junior analysts up 6% year on year",
     "https://harbourline.example.ie/insights/q2-2026-salaries",
     "Cork and Limerick are catching up with Dublin."),
    ("Interview-to-offer ratio falls to 3:1",
     "https://harbourline.example.ie/insights/interview-to-offer",
     "Employers are interviewing fewer people and deciding faster."),
    ("Five roles we're recruiting for right now",
     "https://harbourline.example.ie/jobs?tag=data",
     "From commercial analysts in Limerick to BI developers in Cork."),
]

_hl_intro = """\
Hello from the Harbourline team! Here's our quarterly look at the Munster jobs market
for finance and data professionals."""

_hl_footer = """\
You're receiving this because you registered with Harbourline Recruitment.
Unsubscribe: https://harbourline.example.ie/unsubscribe
Harbourline Recruitment, South Mall, Cork"""

_sr_items = [
    ("Junior Data Analyst (m/w/d) – Nordlicht Versicherung, Berlin",
     "https://www.stellenradar.example.de/job/551204", "Vollzeit, hybrid, Englisch"),
    ("Werkstudent/in Datenanalyse – Kranich Markt, Berlin",
     "https://www.stellenradar.example.de/job/551188", "20 Std./Woche"),
    ("Data Analyst Pricing (English speaking) – Spreewerk Commerce",
     "https://www.stellenradar.example.de/job/551160", "Berlin-Kreuzberg"),
    ("Ratgeber: So bereiten Sie sich auf das Vorstellungsgespräch vor",
     "https://www.stellenradar.example.de/ratgeber/vorstellungsgespraech",
     "Die 10 häufigsten Fragen – und was nach einer Absage zu tun ist"),
]

_sr_intro = """\
Hallo Tadhg,

es gibt 23 neue Stellenangebote für Ihren Suchauftrag „Data Analyst“ in Berlin."""

_sr_footer = """\
Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei StellenRadar angelegt haben.
Suchauftrag abbestellen: https://www.stellenradar.example.de/abmelden
StellenRadar GmbH, Torstraße 1, 10119 Berlin"""

_me_items = [
    ("Entretien d'embauche : les 7 erreurs qui coûtent un poste",
     "https://www.lemagdelemploi.example.fr/entretien-7-erreurs",
     "Arriver en retard, ne pas connaître l'entreprise, oublier de poser des questions…"),
    ("Refus après entretien : comment demander un retour",
     "https://www.lemagdelemploi.example.fr/refus-demander-retour",
     "Un modèle de mail pour rebondir après une réponse négative."),
    ("Reconversion : ils ont quitté la restauration pour la data",
     "https://www.lemagdelemploi.example.fr/reconversion-data",
     "Trois témoignages et les formations qu'ils recommandent."),
    ("Offres de la semaine : 48 postes d'analyste à Paris",
     "https://www.lemagdelemploi.example.fr/offres/analyste-paris", "Mises à jour chaque jour."),
]

_me_intro = """\
Bonjour Tadhg,

Cette semaine, on parle entretiens : comment les préparer, comment les réussir et
comment rebondir quand la réponse est non."""

_me_footer = """\
Vous recevez cette lettre car vous êtes inscrit au Mag de l'Emploi.
Se désinscrire : https://www.lemagdelemploi.example.fr/desinscription
Le Mag de l'Emploi, 7 rue du Faubourg-Montmartre, 75009 Paris"""

_ed_items = [
    ("Analista de Datos Junior – Finanzas Tajo (Madrid)",
     "https://www.empleodiario.example.es/oferta/770211", "Fintech · Híbrido · 28-32 k€"),
    ("Analista de Negocio – Grupo Mercadal (Alcobendas)",
     "https://www.empleodiario.example.es/oferta/770198", "Retail · Presencial"),
    ("Técnico/a de Datos – Hospital del Ensanche",
     "https://www.empleodiario.example.es/oferta/770150", "Sanidad · Contrato de un año"),
    ("Consejos: qué responder cuando te preguntan por tus puntos débiles",
     "https://www.empleodiario.example.es/consejos/puntos-debiles",
     "La pregunta trampa de toda entrevista de trabajo."),
]

_ed_intro = """\
Hola Tadhg:

Tenemos 19 ofertas nuevas para tu alerta «analista de datos» en Madrid."""

_ed_footer = """\
Recibes este correo porque creaste una alerta en EmpleoDiario.
Darse de baja: https://www.empleodiario.example.es/baja
EmpleoDiario S.L., C/ de Serrano 41, 28001 Madrid"""

# ---------------------------------------------------------------- other English mail

_podcast = """\
Hi Tadhg,

I'm Saoirse, and I host Second Shift, a podcast about people who change careers in
their late twenties and thirties. Aoife Murphy told me about your move from coffee into
data, and I'd love to interview you for an episode.

It's a relaxed 40-minute conversation, recorded over Zoom, whenever suits you in the
next few weeks. We'd talk about what made you switch, how you learned SQL between shifts
and what job hunting has been like. You'd get to hear the edit before it goes out.

Would you be up for it?

Saoirse Dunne
Host, Second Shift
https://secondshift.example.ie
"""

_research = """\
Hi Tadhg,

You've been using Hop to split bills and pay for coffee for a while now, and we'd love
to learn from you.

We're running 30-minute user research interviews over video next week to understand
how people use shared spending. There are no right or wrong answers; we just want to
hear about your experience. As a thank-you, you'll get a €30 One4all voucher.

If you're interested, pick a time here: https://calendly.com/hop-research/30min

Thanks,
Kieran Lowe
UX Researcher, Hop
"""

_stride = """\
Nice run, Tadhg!

You finished the Lough Loop 5k segment in 24:12 and moved up to position 4 on this
month's leaderboard for Cork.

Your live position was shared with 2 followers during this activity. You can change who
sees your live location in Settings > Privacy.

Keep it up,
The StrideLog team
"""

_parcel = """\
Hello Tadhg,

Unfortunately your parcel from Bookshop Online (tracking PF-206-88104-IE) is delayed.
It was held at our Dublin hub because of high volumes and will now be delivered on
Thursday 16 April.

You don't need to do anything. If you'd prefer to collect it from a Parcel Point,
choose one here: https://parcelfast.example.ie/track/PF-206-88104-IE

Sorry for the wait,
Parcelfast
"""

_friend_rejection = """\
Tadhg!

So I finally heard back from Bank of the Lee. After three rounds, a case study AND a
coffee with the director, I got the "after careful consideration we have decided to
move forward with other candidates" e-mail. At 6pm on a Friday. Class.

Honestly I'm more annoyed about the case study weekend than the job itself. How are
your applications going? Any news from the insurance crowd?

Pints Saturday? I need cheering up.

Aoife x
"""

_cold = """\
Hi Tadhg,

I came across your profile while searching for career changers moving into analytics,
and your background in running stock and sales reporting for a café group caught my
eye.

I'm a recruiter at Pennant Search, and I work with a handful of London fintechs and
insurers that hire junior analysts throughout the year. I don't have a specific vacancy
to discuss right now, but I'd be keen to stay in touch and understand what you're
looking for.

If that's of interest, feel free to connect or drop me a line.

Best,
James Whitford
Consultant, Data & Analytics | Pennant Search
25 Old Broad Street, London EC2N 1HQ
"""

_bank = """\
Dear Tadhg,

I'm afraid I need to move our appointment on Thursday 23 April at 11:00. Could we
reschedule to Friday 24 April at 12:30 at the Patrick Street branch instead?

At the meeting we'll review your current savings position and your mortgage approval in
principle, so please bring your last three payslips and six months of statements.

Kind regards,
Denise Kiely
Mortgage Adviser, Munster Mutual Bank
Patrick Street, Cork
021 555 0811

Munster Mutual Bank is regulated by the Central Bank of Ireland.
"""

_landlord = """\
Hi Tadhg,

Just to let you know I'll be calling round on Tuesday at 6 for the annual inspection -
shouldn't take more than twenty minutes.

Unfortunately I'll also have to put the rent up by €50 a month from June, in line with
the RPZ rules. I'll send the formal notice by post.

Also, I'm interviewing a couple of people for the back room next week, so you might see
a few faces around. Let me know if anyone seems dodgy!

Brendan
"""

_school = """\
Dear Parent/Guardian,

Parent-teacher meetings for Second Class will take place on Thursday 26 February. I
have put you down for a 10-minute slot with me at 15:40.

If this time doesn't suit, please reply and I will do my best to offer another
appointment that week. Femi is doing really well and I look forward to talking to you
about his progress.

Le meas,
Ms Aisling Barry
Second Class Teacher
Scoil Mhuire na nGael, Ballinlough, Cork
"""

_gp = """\
Dear Tadhg,

Your appointment at Douglas Medical Centre has been rescheduled.

Previous appointment: Wednesday 13 May 2026, 09:20, Dr O'Mahony
New appointment:      Thursday 14 May 2026, 16:10, Dr O'Mahony

If this time does not suit you, please call reception on 021 555 0905. Do not reply to
this e-mail; this mailbox is not monitored.

Douglas Medical Centre
"""

_linkfolio_searches = """\
Hi Tadhg,

You appeared in 14 searches this week.

Who's looking:
- A recruiter at Kestrel Ledger
- Someone at Harbourline Recruitment
- 3 people with the title "Data Analyst"

Your profile is getting noticed. Add "SQL" to your skills to appear in more searches:
https://www.linkfolio.example.com/in/tadhg-ow/edit/skills

Linkfolio
Unsubscribe from weekly search stats: https://www.linkfolio.example.com/settings/emails
"""

_linkfolio_congrats = """\
Siobhán Walsh started a new position

Senior Analyst at Corrib Pay

Congratulate Siobhán: https://www.linkfolio.example.com/feed/update/2026-9912

You're receiving this because you're connected to Siobhán on Linkfolio.
Unsubscribe: https://www.linkfolio.example.com/settings/emails
"""

_msc = """\
Dear Tadhg,

Application ref. PG-26-30117 - MSc Business Analytics (full-time)

Thank you for applying to University College Shandon. The programme team has now
considered your application carefully.

We regret to inform you that we are unable to offer you a place on the MSc Business
Analytics for the 2026/27 academic year. The programme was heavily oversubscribed and
places were offered to applicants with a primary degree in a quantitative discipline.

You may wish to consider our Postgraduate Certificate in Data Analytics, which does not
require a quantitative primary degree.

Postgraduate Admissions Office
University College Shandon
"""

_webinar = """\
Hi Tadhg,

Our next online session is all about technical interviews for analyst roles.

Acing the technical interview: SQL, take-homes and live case studies
Wednesday 22 April, 18:30–19:30 (Irish time), on Zoom

Speakers: Kasia Nowak (Senior Analyst, Corrib Pay) and Tom Ashworth (Insights Manager,
Quarry Lane Analytics). There'll be a mock interview demo and time for your questions.

Register (free): https://datacommunitycork.example.ie/events/tech-interview

See you there!
Data Community Cork
"""

_survey = """\
Hi Tadhg,

You recently interviewed with Lannfield Insurance. We'd love to hear about your
experience, whatever the outcome.

The survey has 6 questions and takes about 2 minutes. Your answers are anonymous and
are shared with Lannfield only in aggregate.

Start the survey: https://candidatepulse.example.com/s/lannfield/7f41c2

Thank you,
CandidatePulse on behalf of Lannfield Insurance
"""

_mentor = """\
Hi Tadhg,

Good luck with Corrib Pay next week! If it helps, I'm free on Wednesday evening and
could run a mock interview with you over Zoom, say 7pm? I'll play the grumpy Head of
Data and throw a SQL question or two at you. Then we can go through the feedback.

No pressure at all - just let me know.

Deepa
(Cork Data Community mentoring programme)
"""

_rota = """\
Hi all,

Rota for next week is attached to the staff noticeboard and below.

Tadhg - unfortunately I need you on the till position Saturday as well as the bar, as
Ciarán is off sick. Sorry! Also, good luck at your interview on Tuesday; we'll miss you
when you're a big-shot analyst.

Mon: Tadhg 7-3, Ciarán 11-6
Tue: Ciarán 7-3, Róisín 11-6
Wed: Tadhg 7-3, Róisín 11-6
Sat: Tadhg 8-4 (bar + till), Róisín 9-5

Maeve
Manager, Bean & Gone Coffee, Oliver Plunkett Street
"""

_latte = """\
Hi Tadhg,

Thanks for taking part in the Cork Latte Art Throwdown on Saturday! The final results
are in, and you finished in 3rd position out of 24 baristas. Congratulations!

Your prize (a bag of our Ethiopian Guji and a milk jug) can be collected from the
roastery any weekday.

See you at the next one,
Dónal Creedon
Cork Coffee Collective
"""

_meter = """\
Dear customer,

Unfortunately your smart meter installation appointment on Friday 12 June (08:00-12:00)
has been cancelled because our technician is unavailable.

Please choose a new appointment online: https://leesideenergy.example.ie/meter/rebook

We apologise for any inconvenience.

Leeside Energy Customer Care
"""

_fwd_ad_old = """\
Junior BI Analyst - Corrib Valley Institute, Galway

We are seeking a Junior BI Analyst to support the Strategic Planning Office with
student and finance reporting. Experience with SQL and Power BI is desirable; full
training provided.

Closing date: 20 April 2026. Apply at https://corribvalley.example.ie/jobs/BI-26-03
"""

_fwd_ad_note = """\
Thought of you straight away when I saw this - Galway though! They're hiring and it
sounds like they'd train you up. Original mail attached. Go for it.

Cathal
"""

_fwd_ad_inner = {
    "slug": "corrib_valley_vacancy_alert",
    "frm": ("Corrib Valley Institute Jobs", "no-reply@corribvalley.example.ie"),
    "to": [("Cathal Dineen", "cathal.dineen@mailbox.example.ie")],
    "subject": "New vacancy: Junior BI Analyst",
    "date": "2026-04-06 09:00:00 +0100",
    "text": _fwd_ad_old,
}

_library = """\
Dear Tadhg Oyelaran-Weiss,

Reservation update

Title: Storytelling with Data (Knaflic)
Your position in the queue: 2

Unfortunately the copy you were due to collect from Bishopstown Library is delayed in
transit between branches. We'll e-mail you when it's ready for collection.

Leeside Libraries
This is an automated message. Please do not reply.
"""

# ---------------------------------------------------------------- other German mail

_paket = """\
Hallo Tadhg Oyelaran-Weiss,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4342 0206 1187 aus Berlin.
Aufgrund eines erhöhten Sendungsaufkommens wird Ihr Paket voraussichtlich erst am
Montag, 1. Juni zugestellt.

Den aktuellen Status finden Sie hier: https://paketblitz.example.de/verfolgen/003404342

Wir bitten um Entschuldigung.
Ihr PaketBlitz-Team
"""

_besichtigung = """\
Sehr geehrter Herr Oyelaran-Weiss,

leider müssen wir den Besichtigungstermin für die Wohnung in der Weserstraße 41
(2. OG links) am Samstag absagen, da die Vormieterin erst später auszieht.

Wir melden uns mit einem neuen Termin, sobald die Wohnung besichtigt werden kann. Ihre
Bewerbung um die Wohnung bleibt selbstverständlich bestehen.

Mit freundlichen Grüßen
Ute Brenner
Hausverwaltung Brenner
Sonnenallee 120, 12045 Berlin
"""

_abwesend = """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. Juni nicht im Büro und habe in dieser Zeit nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
recruiting@nordlicht.example.de.

Mit freundlichen Grüßen
Katrin Vogt
"""

_kalt = """\
Hallo Herr Oyelaran-Weiss,

ich bin bei meiner Suche nach Quereinsteigern im Datenbereich auf Ihr Profil gestoßen.
Ihr Weg von der Gastronomie in die Datenanalyse hat mich neugierig gemacht.

Ich betreue als Personalberater mehrere Berliner Unternehmen aus dem E-Commerce und der
Versicherungsbranche. Eine konkrete Vakanz habe ich gerade nicht, würde mich aber
freuen, Sie in unser Netzwerk aufzunehmen.

Hätten Sie Lust, sich bei Gelegenheit unverbindlich auszutauschen?

Beste Grüße
Felix Hartmann
Spree Headhunting
"""

_kurs = """\
Sehr geehrter Herr Oyelaran-Weiss,

vielen Dank für Ihre Anmeldung zum Kurs „Data Analytics Bootcamp“ (Start 14. September
2026).

Leider können wir Ihnen keinen Platz in diesem Kurs anbieten: Alle Plätze sind bereits
an Teilnehmende mit Bildungsgutschein vergeben. Wir haben Sie auf die Warteliste für den
Kurs im Januar 2027 gesetzt.

Mit freundlichen Grüßen
Ihr Team der Data Academy Berlin
"""

# ---------------------------------------------------------------- other French mail

_absence = """\
Bonjour,

Je suis absente du bureau jusqu'au lundi 20 juillet inclus. Pendant mon absence, vos
messages ne seront pas transférés.

Pour toute question urgente concernant un recrutement, vous pouvez écrire à
recrutement@banque-solenne.example.fr.

Inès Lefort
"""

_amie = """\
Coucou Tadhg,

Tu ne vas pas me croire : mon entretien chez Vauban Conseil a été annulé la veille au
soir, puis reporté, puis… ils m'ont envoyé un refus sans même m'avoir rencontrée ! Je
suis dégoûtée.

Bref, je me console en préparant ta visite. Tu viens toujours à Paris en juin ? Dis-moi
les dates, on se fait un dîner.

Bises,
Mathilde
"""

_profil = """\
Bonjour Tadhg,

Un recruteur de Banque Solenne a consulté votre profil.

Découvrez qui d'autre s'intéresse à vous : https://www.linkfolio.example.com/me/profile-views

Astuce : les profils avec une photo reçoivent jusqu'à 9 fois plus de vues.

Linkfolio
Se désabonner : https://www.linkfolio.example.com/settings/emails
"""

_lutece = """\
Bonjour Tadhg,

Merci pour votre inscription au cours intensif de français professionnel (niveau B1).

Votre entretien de positionnement aura lieu le mercredi 3 juin à 17h00, par téléphone.
Il dure 15 minutes et nous permet de vérifier votre niveau à l'oral avant de vous
placer dans le bon groupe.

À bientôt,
Claire Dumas
Secrétariat pédagogique – École Lutèce Langues
"""

# ---------------------------------------------------------------- other Spanish mail

_prensa = """\
Hola Tadhg:

Soy Irene Castaño, periodista de El Faro de Chamberí. Estoy preparando un reportaje
sobre jóvenes europeos que han trabajado en la hostelería y ahora buscan dar el salto
a otros sectores.

Me han hablado de ti en la cafetería de la calle Ponzano y me encantaría hacerte una
entrevista de unos 20 minutos, por teléfono o en persona, la semana que viene.

¿Te animas?

Un saludo,
Irene Castaño
El Faro de Chamberí
"""

_cita = """\
Estimado/a paciente:

Le informamos de que su cita del día 15/05/2026 a las 10:30 con la Dra. Beltrán ha sido
cancelada por indisposición de la profesional.

Para solicitar una nueva cita, llame al 91 555 43 21 o utilice nuestra web:
https://centromedicogoya.example.es/citas

Disculpe las molestias.
Centro Médico Goya

Este es un mensaje automático, por favor no responda.
"""

_banco = """\
Estimado Sr. Oyelaran-Weiss:

Le recuerdo nuestra cita del próximo martes 9 de junio a las 12:00 en la oficina de
Chamberí, para revisar su posición global y la apertura de la cuenta de no residente.

Por favor, traiga su pasaporte y el certificado de NIE.

Reciba un cordial saludo,
Pablo Ortega
Gestor Personal · Banco Meseta
"""

_master = """\
Estimado Tadhg:

Le agradecemos su interés en el Máster en Business Analytics de la Escuela de Negocios
Castellana.

Tras estudiar su solicitud, el Comité de Admisiones lamenta comunicarle que no ha sido
admitido en la edición de octubre de 2026. El número de solicitudes ha superado
ampliamente las plazas disponibles.

Le animamos a volver a presentar su candidatura en próximas convocatorias.

Atentamente,
Oficina de Admisiones
Escuela de Negocios Castellana
"""

_amiga = """\
¡Hola Tadhg!

Te cuento: me han rechazado en Seguros Meridiano. Me llamaron para decirme que
buscaban a alguien con más experiencia en SQL. Después de tres entrevistas… en fin.

Lo bueno es que ya tengo otra entrevista la semana que viene en una startup de
Malasaña. ¿Cómo va lo tuyo? ¿Sigues pensando en venirte a Madrid?

Besos,
Carmen
"""

MSGS = [
    # ------------------------------------------------------------ English
    X(slug="jobsharbour_weekly_alert", lang="en", contact="",
      frm=("Jobs Harbour", "alerts@jobsharbour.example.ie"),
      subject="37 new data analyst jobs for you this week",
      date="2026-02-09 07:00:00 +0000",
      text=newsletter_text("Your Jobs Harbour alert", _jh_intro, _jh_items, _jh_footer),
      html=newsletter_html("Your Jobs Harbour alert", _jh_intro, _jh_items, _jh_footer,
                           "#1d4ed8"),
      headers=_list_headers("<job-alerts.jobsharbour.example.ie>",
                            "https://www.jobsharbour.example.ie/unsubscribe?u=tadhg.ow",
                            "unsubscribe@jobsharbour.example.ie")),
    X(slug="careerpath_rejection_newsletter", lang="en", contact="",
      frm=("CareerPath Ireland", "newsletter@careerpath.example.ie"),
      subject="Hearing no: how to bounce back after a rejection",
      date="2026-03-12 12:00:00 +0000",
      text=newsletter_text("CareerPath Ireland", _cp_intro, _cp_items, _cp_footer),
      html=newsletter_html("CareerPath Ireland", _cp_intro, _cp_items, _cp_footer),
      cte="quoted-printable",
      headers=_list_headers("CareerPath newsletter <news.careerpath.example.ie>",
                            "https://careerpath.example.ie/newsletter/unsubscribe",
                            "leave@careerpath.example.ie")),
    X(slug="analysts_desk_interview_questions", lang="en", contact="",
      frm=("Ronan at The Analyst's Desk", "theanalystsdesk@newsletter.example.com"),
      subject="Five questions you'll hear in a junior analyst interview",
      date="2026-03-01 08:30:00 +0000", text=_ad_text, html=simple_html(_ad_text),
      headers=_list_headers("<theanalystsdesk.newsletter.example.com>",
                            "https://theanalystsdesk.example.com/unsubscribe",
                            "unsubscribe@newsletter.example.com")),
    X(slug="podcast_interview_request", lang="en",
      contact="saoirse@secondshift.example.ie",
      frm=("Saoirse Dunne", "saoirse@secondshift.example.ie"), name_enc=("utf-8", "Q"),
      subject="Would you come on Second Shift? (podcast interview)",
      date="2026-05-19 13:12:00 +0100", text=_podcast),
    X(slug="hop_user_research_interview", lang="en",
      contact="kieran.lowe@hopapp.example.ie",
      frm=("Kieran Lowe", "kieran.lowe@hopapp.example.ie"),
      subject="Invitation: 30-minute interview about how you use Hop (€30 voucher)",
      date="2026-06-02 11:00:00 +0100", text=_research, html=simple_html(_research),
      charset="windows-1252", cte="quoted-printable"),
    X(slug="stridelog_position_leaderboard", lang="en", contact="",
      frm=("StrideLog", "no-reply@stridelog.example.com"),
      subject="You moved up to position 4 in Cork!",
      date="2026-04-11 09:48:00 +0100",
      html=simple_html(_stride), headers=[("Auto-Submitted", "auto-generated")]),
    X(slug="parcelfast_delayed_unfortunately", lang="en", contact="",
      frm=("Parcelfast", "tracking@parcelfast.example.ie"),
      subject="Unfortunately your parcel is delayed", date="2026-04-14 06:15:00 +0100",
      text=_parcel, html=simple_html(_parcel)),
    X(slug="friend_own_rejection", lang="en", contact="aoife.murphy@mailbox.example.ie",
      frm=("Aoife Murphy", "aoife.murphy@mailbox.example.ie"),
      subject="well that's that then", date="2026-05-22 18:31:00 +0100",
      text=_friend_rejection),
    X(slug="sent_thanks_lannfield", lang="en", contact="", frm=ME,
      to=[("Orla Keane", "orla.keane@lannfield.example.ie")],
      subject="Thank you - Junior Data Analyst interview today",
      date="2026-02-06 19:48:00 +0000", text=THANKS_LANNFIELD,
      html=simple_html(THANKS_LANNFIELD)),
    X(slug="sent_application_glenbeigh_cv", lang="en", contact="", frm=ME,
      to=[("Paula Mahony", "paula.mahony@glenbeigh.example.ie")],
      subject="Application - Junior Data Analyst (Pricing), ref. GA-117",
      date="2026-03-02 21:10:00 +0000", text=_o_glenbeigh_application, pdf=[CV_PDF]),
    X(slug="sent_corrib_reschedule_ask", lang="en", contact="", frm=ME, to=[
        ("Niamh Farrell", "niamh.farrell@corribpay.example.ie")],
      subject="Panel interview on the 10th - could we move it?",
      date="2026-03-03 22:14:00 +0000", parent="corribpay_panel_ics",
      text=reply(CORRIB_RESCHEDULE_ASK, _o_corrib_panel_quoted,
                 ("Niamh Farrell", "niamh.farrell@corribpay.example.ie"),
                 "Mon, 2 Mar 2026 at 09:40")),
    X(slug="sent_sfuh_apology", lang="en", contact="", frm=ME,
      to=[("Maura O'Shea", "maura.oshea@sfuh.example.ie")],
      subject="Missed telephone interview this morning - Data Analyst Grade V",
      date="2026-04-14 18:22:00 +0100", parent="sfuh_tried_calling_twice",
      text=SFUH_APOLOGY),
    X(slug="sent_accept_dunmore", lang="en", contact="", frm=ME,
      to=[("Sinéad Cotter", "sinead.cotter@harbourline.example.ie")],
      subject="Re: OFFER!! Dunmore Foods", date="2026-04-29 13:40:00 +0100",
      parent="harbourline_dunmore_offer",
      text=reply(_o_dunmore_accept, _o_dunmore_offer_quoted,
                 ("Sinéad Cotter", "sinead.cotter@harbourline.example.ie"),
                 "Wed, 29 Apr 2026 at 12:58")),
    X(slug="pennant_cold_approach", lang="en",
      contact="james.whitford@pennantsearch.example.co.uk",
      frm=("James Whitford", "james.whitford@pennantsearch.example.co.uk"),
      subject="Career changers into analytics - keen to connect",
      date="2026-05-05 08:47:00 +0100", text=_cold, html=outlook_html(_cold)),
    X(slug="bank_adviser_appointment_moved", lang="en",
      contact="denise.kiely@munstermutual.example.ie",
      frm=("Denise Kiely", "denise.kiely@munstermutual.example.ie"),
      subject="Change to our appointment - mortgage review",
      date="2026-04-20 15:22:00 +0100", text=_bank, cte="base64"),
    X(slug="landlord_inspection_rent", lang="en",
      contact="brendan.kelleher@mailbox.example.ie",
      frm=("Brendan Kelleher", "brendan.kelleher@mailbox.example.ie"),
      subject="Inspection Tuesday + rent", date="2026-04-02 20:05:00 +0100",
      text=_landlord, charset="windows-1252", cte="quoted-printable"),
    X(slug="school_parent_teacher_meeting", lang="en",
      contact="abarry@scoilmhuire.example.ie",
      frm=("Aisling Barry", "abarry@scoilmhuire.example.ie"),
      subject="Parent-teacher meeting - Femi (Second Class)",
      date="2026-02-16 14:35:00 +0000", text=_school),
    X(slug="gp_appointment_rescheduled", lang="en", contact="",
      frm=("Douglas Medical Centre", "noreply@douglasmedical.example.ie"),
      subject="Your appointment has been rescheduled", date="2026-05-11 10:00:00 +0100",
      text=_gp, headers=[("Auto-Submitted", "auto-generated")]),
    X(slug="ooo_glenbeigh_autoreply", lang="en", contact="paula.mahony@glenbeigh.example.ie",
      frm=("Paula Mahony", "paula.mahony@glenbeigh.example.ie"),
      subject="Automatic reply: Application - Junior Data Analyst (Pricing), ref. GA-117",
      date="2026-03-02 21:10:05 +0000", parent="sent_application_glenbeigh_cv",
      text=_o_ooo_glenbeigh, html=outlook_html(_o_ooo_glenbeigh),
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    X(slug="linkfolio_search_appearances", lang="en", contact="",
      frm=("Linkfolio", "notifications-noreply@linkfolio.example.com"),
      subject="You appeared in 14 searches this week", date="2026-03-30 05:12:00 +0100",
      text=_linkfolio_searches,
      headers=[("List-Unsubscribe", "<https://www.linkfolio.example.com/settings/emails>")]),
    X(slug="linkfolio_congratulate_new_position", lang="en", contact="",
      frm=("Linkfolio", "notifications-noreply@linkfolio.example.com"),
      subject="Congratulate Siobhán Walsh on her new position",
      date="2026-07-09 06:30:00 +0100", text=_linkfolio_congrats,
      html=simple_html(_linkfolio_congrats), cte="base64",
      headers=[("List-Unsubscribe", "<https://www.linkfolio.example.com/settings/emails>")]),
    X(slug="msc_place_refused", lang="en", contact="",
      frm=("Postgraduate Admissions - UCS", "pgadmissions-noreply@ucshandon.example.ie"),
      subject="Your application PG-26-30117 - MSc Business Analytics",
      date="2026-06-26 11:05:00 +0100", text=_msc, cte="quoted-printable"),
    X(slug="harbourline_market_update", lang="en", contact="",
      frm=("Harbourline Recruitment", "news@harbourline.example.ie"),
      subject="Munster jobs market - Q2 2026 update", date="2026-07-14 10:00:00 +0100",
      text=newsletter_text("Harbourline Market Update", _hl_intro, _hl_items, _hl_footer),
      html=newsletter_html("Harbourline Market Update", _hl_intro, _hl_items, _hl_footer,
                           "#0f4c5c"),
      headers=_list_headers("<market-update.harbourline.example.ie>",
                            "https://harbourline.example.ie/unsubscribe",
                            "unsubscribe@harbourline.example.ie")),
    X(slug="webinar_technical_interview", lang="en", contact="",
      frm=("Data Community Cork", "events@datacommunitycork.example.ie"),
      subject="Webinar: acing the technical interview (Wed 22 April)",
      date="2026-04-13 17:00:00 +0100", text=_webinar, html=simple_html(_webinar),
      charset="windows-1252", cte="quoted-printable",
      headers=_list_headers("<members.datacommunitycork.example.ie>",
                            "https://datacommunitycork.example.ie/unsubscribe",
                            "leave@datacommunitycork.example.ie")),
    X(slug="candidatepulse_interview_survey", lang="en", contact="",
      frm=("CandidatePulse", "surveys@candidatepulse.example.com"),
      subject="How was your interview with Lannfield Insurance?",
      date="2026-02-20 10:00:00 +0000", text=_survey, html=simple_html(_survey)),
    X(slug="mentor_mock_interview", lang="en", contact="deepa.raman@mailbox.example.ie",
      frm=("Deepa Raman", "deepa.raman@mailbox.example.ie"),
      subject="Mock interview before Corrib Pay?", date="2026-03-05 20:15:00 +0000",
      text=_mentor),
    X(slug="cafe_rota_till_position", lang="en", contact="maeve@beanandgone.example.ie",
      frm=("Maeve Ryan", "maeve@beanandgone.example.ie"),
      to=[ME, ("Ciarán Power", "ciaran@beanandgone.example.ie"),
          ("Róisín Hayes", "roisin@beanandgone.example.ie")],
      subject="Rota next week", date="2026-02-01 16:50:00 +0000", text=_rota,
      charset="iso-8859-1", cte="8bit"),
    X(slug="latte_art_third_position", lang="en", contact="donal@corkcoffee.example.ie",
      frm=("Dónal Creedon", "donal@corkcoffee.example.ie"), name_enc=("iso-8859-1", "B"),
      subject="Latte Art Throwdown results", date="2026-01-19 12:00:00 +0000",
      html=simple_html(_latte)),
    X(slug="leeside_meter_appointment_cancelled", lang="en", contact="",
      frm=("Leeside Energy", "no-reply@leesideenergy.example.ie"),
      subject="Your smart meter appointment has been cancelled",
      date="2026-06-10 07:30:00 +0100", text=_meter, html=simple_html(_meter)),
    X(slug="friend_forwards_job_ad", lang="en", contact="cathal.dineen@mailbox.example.ie",
      frm=("Cathal Dineen", "cathal.dineen@mailbox.example.ie"),
      subject="Fwd: New vacancy: Junior BI Analyst", date="2026-04-06 12:44:00 +0100",
      text=_fwd_ad_note, attach_eml=_fwd_ad_inner),
    X(slug="datajobs_weekly_digest", lang="en", contact="",
      frm=("DataJobs Weekly", "digest@datajobsweekly.example.co.uk"),
      subject="Your weekly data jobs: Edinburgh, London and remote",
      date="2026-05-04 07:05:00 +0100",
      text=newsletter_text("DataJobs Weekly", _dj_intro, _dj_items, _dj_footer),
      html=newsletter_html("DataJobs Weekly", _dj_intro, _dj_items, _dj_footer, "#7c3aed"),
      cte="base64",
      headers=_list_headers("DataJobs Weekly <weekly.datajobsweekly.example.co.uk>",
                            "https://datajobsweekly.example.co.uk/unsubscribe/a83f2",
                            "unsubscribe@datajobsweekly.example.co.uk")),
    X(slug="sent_status_followup_glenbeigh", lang="en", contact="", frm=ME,
      to=[("Paula Mahony", "paula.mahony@glenbeigh.example.ie")],
      subject="Re: Application - Junior Data Analyst (Pricing), ref. GA-117",
      date="2026-03-23 09:05:00 +0000", parent="sent_application_glenbeigh_cv",
      text=reply(_o_glenbeigh_followup, _o_glenbeigh_application, ME,
                 "Mon, 2 Mar 2026 at 21:10")),
    X(slug="library_reservation_queue", lang="en", contact="",
      frm=("Leeside Libraries", "noreply@leesidelibraries.example.ie"),
      subject="Reservation update: Storytelling with Data", date="2026-08-19 08:00:00 +0100",
      text=_library),
    # ------------------------------------------------------------ German
    X(slug="stellenradar_suchauftrag", lang="de", contact="",
      frm=("StellenRadar", "suchauftrag@stellenradar.example.de"),
      subject="23 neue Jobs für „Data Analyst“ in Berlin", subj_enc=("utf-8", "Q"),
      date="2026-04-27 06:00:00 +0200",
      text=newsletter_text("StellenRadar", _sr_intro, _sr_items, _sr_footer),
      html=newsletter_html("StellenRadar", _sr_intro, _sr_items, _sr_footer, "#b45309"),
      cte="quoted-printable",
      headers=_list_headers("<suchauftrag.stellenradar.example.de>",
                            "https://www.stellenradar.example.de/abmelden",
                            "abmelden@stellenradar.example.de")),
    X(slug="paketblitz_verspaetung", lang="de", contact="",
      frm=("PaketBlitz", "noreply@paketblitz.example.de"),
      subject="Ihre Sendung verspätet sich leider", date="2026-05-28 07:40:00 +0200",
      text=_paket, charset="iso-8859-1", cte="quoted-printable"),
    X(slug="hausverwaltung_besichtigung_abgesagt", lang="de",
      contact="u.brenner@hv-brenner.example.de",
      frm=("Ute Brenner", "u.brenner@hv-brenner.example.de"),
      subject="Absage Besichtigungstermin Weserstraße 41", subj_enc=("iso-8859-1", "Q"),
      date="2026-06-04 12:10:00 +0200", text=_besichtigung, html=outlook_html(_besichtigung),
      cte="base64"),
    X(slug="abwesenheitsnotiz_nordlicht", lang="de",
      contact="katrin.vogt@nordlicht.example.de", frm=("Katrin Vogt",
                                                        "katrin.vogt@nordlicht.example.de"),
      subject="Automatische Antwort: Danke für das Gespräch gestern",
      subj_enc=("utf-8", "B"), date="2026-05-29 09:00:00 +0200",
      parent="<CAF206nordlicht02@mail.example.ie>", text=_abwesend,
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    X(slug="spree_headhunting_kaltakquise", lang="de",
      contact="felix.hartmann@spree-headhunting.example.de",
      frm=("Felix Hartmann", "felix.hartmann@spree-headhunting.example.de"),
      subject="Ihr Weg in die Datenanalyse", date="2026-08-20 10:25:00 +0200",
      text=_kalt),
    X(slug="data_academy_kein_kursplatz", lang="de", contact="",
      frm=("Data Academy Berlin", "noreply@data-academy-berlin.example.de"),
      subject="Ihre Anmeldung zum Data Analytics Bootcamp", date="2026-07-30 14:00:00 +0200",
      text=_kurs, html=simple_html(_kurs), charset="windows-1252", cte="quoted-printable"),
    # ------------------------------------------------------------ French
    X(slug="mag_emploi_entretiens", lang="fr", contact="",
      frm=("Le Mag de l'Emploi", "lettre@lemagdelemploi.example.fr"),
      subject="Entretiens : les préparer, les réussir, rebondir", subj_enc=("utf-8", "Q"),
      date="2026-05-12 08:00:00 +0200",
      text=newsletter_text("Le Mag de l'Emploi", _me_intro, _me_items, _me_footer),
      html=newsletter_html("Le Mag de l'Emploi", _me_intro, _me_items, _me_footer,
                           "#be123c"),
      cte="quoted-printable",
      headers=_list_headers("<lettre.lemagdelemploi.example.fr>",
                            "https://www.lemagdelemploi.example.fr/desinscription",
                            "desinscription@lemagdelemploi.example.fr")),
    X(slug="absence_ines_reponse_auto", lang="fr",
      contact="ines.lefort@banque-solenne.example.fr",
      frm=("Inès Lefort", "ines.lefort@banque-solenne.example.fr"), name_enc=("utf-8", "B"),
      subject="Réponse automatique : Re: Votre promesse d'embauche – Banque Solenne",
      subj_enc=("utf-8", "Q"), date="2026-07-06 08:12:00 +0200",
      parent="<CAF206solenne03@mail.example.ie>", text=_absence,
      headers=[("Auto-Submitted", "auto-replied")]),
    X(slug="amie_entretien_annule_refus", lang="fr",
      contact="mathilde.r@courriel.example.fr",
      frm=("Mathilde Roux", "mathilde.r@courriel.example.fr"),
      subject="Devine quoi…", subj_enc=("utf-8", "B"), date="2026-05-15 22:03:00 +0200",
      text=_amie),
    X(slug="linkfolio_profil_consulte", lang="fr", contact="",
      frm=("Linkfolio", "notifications-noreply@linkfolio.example.com"),
      subject="Un recruteur a consulté votre profil", subj_enc=("iso-8859-1", "Q"),
      date="2026-06-20 07:30:00 +0200", html=simple_html(_profil),
      headers=[("List-Unsubscribe", "<https://www.linkfolio.example.com/settings/emails>")]),
    X(slug="lutece_entretien_positionnement", lang="fr",
      contact="c.dumas@lutece-langues.example.fr",
      frm=("Claire Dumas", "c.dumas@lutece-langues.example.fr"),
      subject="Votre entretien de positionnement – français professionnel B1",
      subj_enc=("windows-1252", "Q"), date="2026-05-26 15:00:00 +0200", text=_lutece,
      charset="windows-1252", cte="quoted-printable"),
    X(slug="sent_candidature_vauban", lang="fr", contact="", frm=ME,
      to=[("Recrutement Vauban Retail", "recrutement@vauban-retail.example.fr")],
      subject="Candidature – Analyste de données junior (réf. VR-2026-044)",
      subj_enc=("utf-8", "Q"), date="2026-05-25 21:30:00 +0100",
      text=_o_fr_candidature, pdf=[CV_PDF]),
    # ------------------------------------------------------------ Spanish
    X(slug="empleodiario_alerta", lang="es", contact="",
      frm=("EmpleoDiario", "alertas@empleodiario.example.es"),
      subject="19 ofertas nuevas de «analista de datos» en Madrid", subj_enc=("utf-8", "B"),
      date="2026-09-28 07:00:00 +0200",
      text=newsletter_text("EmpleoDiario", _ed_intro, _ed_items, _ed_footer),
      html=newsletter_html("EmpleoDiario", _ed_intro, _ed_items, _ed_footer, "#15803d"),
      cte="base64",
      headers=_list_headers("<alertas.empleodiario.example.es>",
                            "https://www.empleodiario.example.es/baja",
                            "baja@empleodiario.example.es")),
    X(slug="prensa_solicitud_entrevista", lang="es",
      contact="irene.castano@elfarochamberi.example.es",
      frm=("Irene Castaño", "irene.castano@elfarochamberi.example.es"),
      name_enc=("iso-8859-1", "Q"),
      subject="¿Te puedo entrevistar para un reportaje?", subj_enc=("iso-8859-1", "Q"),
      date="2026-03-27 13:20:00 +0100", text=_prensa, charset="iso-8859-1",
      cte="quoted-printable"),
    X(slug="centro_medico_cita_cancelada", lang="es", contact="",
      frm=("Centro Médico Goya", "citas-noreply@centromedicogoya.example.es"),
      subject="Cita cancelada – 15/05/2026", subj_enc=("utf-8", "Q"),
      date="2026-05-14 18:00:00 +0200", text=_cita,
      headers=[("Auto-Submitted", "auto-generated")]),
    X(slug="banco_cita_gestor_posicion", lang="es",
      contact="pablo.ortega@bancomeseta.example.es",
      frm=("Pablo Ortega", "pablo.ortega@bancomeseta.example.es"),
      subject="Recordatorio de nuestra cita del martes", date="2026-06-04 17:45:00 +0200",
      text=_banco, html=outlook_html(_banco), charset="windows-1252", cte="quoted-printable"),
    X(slug="master_no_admitido", lang="es", contact="",
      frm=("Admisiones ENC", "admisiones-noreply@encastellana.example.es"),
      subject="Resolución de admisión – Máster en Business Analytics",
      subj_enc=("utf-8", "Q"), date="2026-07-10 12:00:00 +0200", text=_master,
      html=simple_html(_master), cte="base64"),
    X(slug="amiga_rechazo_propio", lang="es", contact="carmen.vidal@correo.example.es",
      frm=("Carmen Vidal", "carmen.vidal@correo.example.es"),
      subject="Me han dicho que no :(", date="2026-09-10 21:40:00 +0200", text=_amiga,
      cte="8bit"),
    X(slug="sent_pedir_cambio_hora_mercadal", lang="es", contact="", frm=ME,
      to=[("Álvaro Sanz", "alvaro.sanz@reclutalia.example.es")],
      subject="Re: Entrevista con Grupo Mercadal – jueves 26", subj_enc=("utf-8", "Q"),
      date="2026-03-18 19:05:00 +0000", parent="reclutalia_mercadal_interview",
      text=reply(_o_es_reprogramar, _o_mercadal_quoted, ("Álvaro Sanz",
                 "alvaro.sanz@reclutalia.example.es"), "mié, 18 mar 2026 a las 12:40", "es")),
]
