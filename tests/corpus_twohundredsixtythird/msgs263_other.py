"""Corpus 263: the 52 `other` messages, hand-written (en 33, de 5, fr 6, es 8).

Digests and newsletters that talk about interviews and rejections, the candidate's own sent
mail, private mail that uses appointment/interview/position words in another sense, and
notifications. None of them is an event in one of her applications.
"""

from msgs263_common import (
    CALLUM,
    CAMILLE,
    CAND,
    GARY,
    INGRID,
    JANA,
    LUCIA,
    MORAG,
    PRIYA,
    RUTH,
    M,
    ats_card,
    button,
    digest_html,
    fwd_block,
    gmail_quote_html,
    mso,
    on_wrote,
    outlook_html,
    paras,
    quote,
    simple_html,
)

LIST = "list"


def listhdr(list_id: str, unsub: str, bulk: bool = True) -> list[tuple[str, str]]:
    out = [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    if bulk:
        out.append(("Precedence", "bulk"))
    return out


# ================================================================ the candidate's own mail

THANKS_STRATHTAY = """Dear Dr Rennie,

Thank you for the interview this afternoon and for rearranging it to fit round my school timetable. I enjoyed hearing about how the induction programme for professional services staff is being rebuilt, and the panel's question about evaluating training impact kept me thinking all the way home on the bus.

I'm still very keen on the role and happy to send the sample session plan in an editable format if that would help.

Kind regards,
Eilidh Adebayo-Sørensen
07700 900 412
"""

THANKS_GARONNE = """Bonjour Camille,

Je tenais à vous remercier, ainsi que M. Lestage, pour l'entretien de mardi et pour le temps que vous m'avez accordé malgré le report.

J'ai beaucoup apprécié nos échanges sur l'accompagnement des nouveaux formateurs et je reste très motivée par le poste de coordinatrice formation.

Bien cordialement,
Eilidh Adebayo-Sørensen
"""

ACCEPT_TLT = """Hi Morag,

Thank you so much for the invitation! I've booked Wednesday 28 January at 10:30 through the link.

Best wishes,
Eilidh
"""

MOVE_CLYDESIDE = """Hi Gary,

Thank you for getting in touch – I'd love to speak to Jessica. Unfortunately I'm on a school trip to Edinburgh all day Friday. Could we do Monday 20th instead, any time after 3.30?

Many thanks,
Eilidh
"""

APPLY_SIDLAW = """Dear Ms Imrie,

Please find attached my CV for the Tenant Learning Coordinator post advertised on Goodmoves.

For the last six years I have worked as a teaching assistant at Hilltown Brae Primary, where I run the homework club and a family learning programme for parents. Many of those families are Sidlaw tenants, so I know the area and the barriers people face when they try to get online.

I would welcome the chance to discuss how I could support your tenant digital skills project, and I am available for interview on any weekday after 3.30pm.

Yours sincerely,
Eilidh Adebayo-Sørensen
07700 900 412
"""

OFFER_ACCEPT_VBE_NEW = """Dear Ingrid,

Thank you – and Knut – for the call yesterday and for the written offer. I'm delighted to accept the position of Learning & Development Coordinator, starting on 2 November as discussed.

I'll sign the contract as soon as it arrives. Could you let me know who I should speak to about the relocation support and the Norwegian D-number?

Very best wishes,
Eilidh
"""

OFFER_ACCEPT_VBE_QUOTED = """Hi Eilidh,

As promised on the phone, here is a short written summary of our offer for the Learning & Development Coordinator role: NOK 640,000 per year, 37.5 hours, hybrid from our Bryggen office, start date 2 November.

Ingrid
"""

LW_MOVE = """Liebe Frau Albrecht,

vielen Dank für die Einladung, ich freue mich sehr! Leider habe ich am 30. April eine Schulveranstaltung, die ich nicht verlegen kann. Wäre es möglich, das Gespräch auf Anfang der folgenden Woche zu verschieben, zum Beispiel Montag, 4. Mai, ab 15:30 Uhr britischer Zeit?

Viele Grüße
Eilidh Adebayo-Sørensen
"""

FP_QUESTIONS = """Hola Lucía:

¡Muchísimas gracias por la oferta! Estoy muy contenta.

Antes de firmar el contrato tengo dos dudas: ¿la incorporación del 2 de noviembre podría retrasarse una semana por mi preaviso en el colegio de Dundee? Y ¿el periodo de prueba es de dos o de seis meses? En el documento aparecen las dos cifras.

Un saludo,
Eilidh
"""

FP_OFFER_QUOTED = """Hola Eilidh:

Te adjunto el contrato para que lo revises y lo firmes. Si tienes cualquier duda, escríbeme.

Lucía
"""

FWD_CANMORE = """Hi Eilidh,

Thanks so much for speaking with Hamish and the team about the People Development Coordinator role. Having now completed the final conversations, we've offered the role to another candidate.

All the best,
The Canmore People Team
"""

# ================================================================ English: lists and digests

DIGEST_ITEMS_LINKWORK = [
    ("Learning & Development Coordinator – Dundee City Learning Partnership",
     "Dundee · Hybrid · £29,500–£32,000 · Be an early applicant",
     "https://www.linkwork.example.com/jobs/view/41100231"),
    ("Training Coordinator – Angus Care Partners",
     "Forfar · On-site · Actively recruiting · 3 connections work here",
     "https://www.linkwork.example.com/jobs/view/41100587"),
    ("People Development Assistant – Perth Leisure Trust",
     "Perth · Part-time · Interviews the week of 9 March",
     "https://www.linkwork.example.com/jobs/view/41101002"),
    ("Learning Administrator – Strathtay University",
     "Perth · Fixed term · Apply with your profile",
     "https://www.linkwork.example.com/jobs/view/41101318"),
]

NEWSLETTER_REJECTION_ITEMS = [
    ("Why 'unfortunately' isn't the end of the story",
     "Most rejection emails are templates. Here's how to read between the lines and when "
     "it's worth asking for feedback.",
     "https://careerswitch.example.com/p/reading-rejections"),
    ("The follow-up after an interview: a script that works",
     "Three sentences, sent within 24 hours. We share examples from teachers who moved "
     "into L&D.",
     "https://careerswitch.example.com/p/follow-up-script"),
    ("Reader question: 'They cancelled my interview twice – should I keep going?'",
     "Our agony aunt on when a postponed interview is a red flag and when it's just "
     "calendars.", "https://careerswitch.example.com/p/cancelled-twice"),
]

INTERVIEW_QUESTIONS = """CLASSROOM TO CORPORATE – issue 37
Ten interview questions every L&D candidate should prepare for

Hello again, fellow career-changers,

This week I asked six L&D managers what they actually ask at interview. Here's the list, with what they're listening for:

1. "Tell us about a session that went badly." – They want reflection, not perfection.
2. "How do you know your training worked?" – Mention Kirkpatrick, but talk about behaviour change.
3. "How would you handle a manager who won't release staff for training?"
4. "Talk us through an induction you've designed." – Teaching assistants: your school induction counts!
5. "What's your experience with e-learning authoring tools?"
6. "How do you prioritise when three departments want a course by Friday?"
7. "Describe a time you adapted content for someone with additional support needs."
8. "What does good feedback look like?"
9. "What would you do in your first 90 days?"
10. "What questions do you have for us?" – Always have two.

Next week: what to do when the rejection email arrives, and how to ask for feedback without sounding bitter.

Read online: https://classroomtocorporate.example.com/p/issue-37
Unsubscribe: https://classroomtocorporate.example.com/unsubscribe?u=ea5sx

You are receiving this because you subscribed at classroomtocorporate.example.com.
"""

PODCAST = """Hi Eilidh,

I'm Fraser, and I host "Staffroom to Boardroom", a wee podcast about people leaving schools for other careers. Your post in the Teachers Moving On group about using your homework-club planning as an L&D portfolio piece got a lot of love.

Would you be up for being interviewed for an episode? It's a relaxed 40-minute chat, recorded over Zoom at a time that suits you – most guests do an evening. No preparation needed beyond having a think about the moment you decided to make the jump.

If you're interested, just hit reply and I'll send a couple of dates.

Cheers,
Fraser Leckie
Staffroom to Boardroom – new episodes every other Tuesday
"""

USER_RESEARCH = """Hi Eilidh,

You recently used JobHub to apply for a few roles, and we'd love to learn from your experience.

We're running 45-minute research interviews over video next week to understand how people changing careers search for jobs. As a thank-you, you'll receive a £30 shopping voucher.

This is not a job interview and has no effect on any application you've made. If you're happy to take part, pick a slot here: https://research.jobhub.example.com/book/career-changers

Thanks,
Hana Kowalski
Senior UX Researcher, JobHub
"""

PARCEL = """<h2 style="margin:0 0 10px">Your parcel is running late</h2>
<p>Hi Eilidh,</p>
<p>Unfortunately your parcel <b>PN 4471 0093 2216</b> from <b>Stationery Den</b> has been delayed at our Livingston hub due to high volumes.</p>
<p>New estimated delivery: <b>Thursday 5 February</b>, between 11:00 and 15:00.</p>
<p>There is nothing you need to do. You can track the position of your parcel on the map or change your delivery preferences below.</p>
{}
<p>We're sorry for the delay.<br>The ParcelNorth team</p>""".format(button(
    "Track my parcel", "https://track.parcelnorth.example.co.uk/PN447100932216", "#ea580c"))

TRACKER = """TrackTag – position update

Your tag "Eilidh's bike" has a new position.

Last seen: Perth Road, Dundee DD2 1XX
Accuracy: within 12 metres
Time: 18:42 on Sunday 12 April 2026

If your bike has been moved without your permission, you can mark it as lost in the app, and we will notify you whenever another TrackTag user's phone detects its position.

You can manage position alerts in Settings > Notifications.

TrackTag will never ask for your password by email.
"""

FRIEND_KIRSTY = """Hiya hen,

Just a wee update because you asked. Heard back from the council today – didn't get the admin officer job. Standard "unfortunately on this occasion" email, no feedback, no nothing. After two interviews! I'm raging.

Anyway I'm taking myself to the pictures tonight and I'll start again on Monday. How did your interview with the uni go?? Let me know if you want to go for a drink at the weekend and moan about recruiters together.

K xx
"""

COLD_APPROACH = """Hi Eilidh,

I came across your profile while searching for people moving from education into learning and development in Scotland, and your mix of classroom delivery and family learning stood out.

I recruit L&D and HR roles across the central belt for Harbour Search. I don't have a specific vacancy for you today, but I'd like to understand what you're looking for so I can keep you in mind – the market for coordinator roles usually picks up after the summer.

Would you be open to a 15-minute call in the next couple of weeks?

Best regards,
Callum Baird
Principal Consultant, Harbour Search
0131 555 0412
"""

MORTGAGE = """<p>Dear Ms Adebayo-Sørensen,</p>
<p>Thank you for booking a mortgage appointment with Lomond Bank.</p>
<p><b>Your mortgage interview</b><br>
Date: Monday 15 June 2026<br>Time: 17:30<br>Where: Telephone – your adviser, Mark, will call you on the number ending 412</p>
<p>Please have your last three payslips and three months of bank statements ready. The interview usually takes around 90 minutes.</p>
<p>If you need to change or cancel your appointment, please call us on 0345 555 0101.</p>
<p>Lomond Bank<br><span style="font-size:11px">Please do not reply to this email. Lomond Bank is authorised by the Prudential Regulation Authority.</span></p>"""

LANDLORD = """Hi Eilidh,

Just a heads-up about the annual gas safety check at 2/1, 14 Magdalen Yard Road.

Unfortunately the engineer has had to reschedule – he was meant to come on Tuesday but he's now off until the end of the week. The new appointment is Monday 9 March between 8am and 12 noon. If you're at work, are you happy for me to let him in with the spare keys?

Also, the letting agent will do the six-monthly inspection at the same time, so please make sure the boiler cupboard is clear.

Thanks,
Derek Fyffe
Fyffe Lettings – 01382 555 077
"""

SCHOOL = """Dear all,

A few things for next week:

Parent interviews – Tuesday and Thursday, 3.30 to 6.30. Support staff please check the rota on the staffroom board. Eilidh and Shona, you're on the welcome desk on Thursday; Mrs Cairns has asked for a support assistant to sit in on two of the P3 interviews where families have asked for help with translation.

Climbing frame – the janitor has changed its position so it's no longer next to the fence. Please remind children at break.

Staff vacancy – we are still looking for a cover support assistant for P6 until Easter. If you know anyone, send them my way.

Thanks, as always, for everything you do.

Mrs Lorraine Ewart
Head Teacher, Hilltown Brae Primary School
"""

GP_DNA = """Dear Eilidh Adebayo-Sorensen,

Our records show that you did not attend your appointment with the practice nurse on Tuesday 24 February at 09:10.

Missed appointments cost the NHS and mean other patients wait longer. If you can no longer attend an appointment, please let us know as early as possible by calling 01382 555 300 or cancelling through the NHS app.

If you still need a blood test, please book a new appointment.

Riverside Medical Practice
This is an automated message. Please do not reply.
"""

OOO_PRIYA = """Thank you for your email. I'm out of the office from 29 May until 8 June with limited access to email.

For anything urgent about assessment centres or contracts, please contact earlycareers@forthmutual.example.co.uk.

Priya Raman
Early Careers & Talent, Forth Mutual Bank
"""

NOTIFY_SEARCHES = """<p>Hi Eilidh,</p>
<p><b>You appeared in 9 searches this week.</b></p>
<p>Recruiters from companies like Forth Mutual Bank, Harbour Search and Canmore Insurance found you by searching for <i>training coordinator</i> and <i>learning and development</i>.</p>
{}
<p style="font-size:12px;color:#666">Try Linkwork Premium free for a month to see everyone who viewed your profile.</p>""".format(button(
    "See all searches", "https://www.linkwork.example.com/me/search-appearances", "#0a66c2"))

NOTIFY_ENDORSE = """Morag Keillor endorsed you for Training Delivery

Morag Keillor (People & Culture Lead at Tayside Learning Trust) just endorsed you.

You now have 14 endorsements for Training Delivery.

See your skills: https://www.linkwork.example.com/in/eilidh-adebayo-sorensen/skills
Endorse Morag back: https://www.linkwork.example.com/in/moragkeillor

You are receiving Linkwork notification emails. Unsubscribe: https://www.linkwork.example.com/e/unsub?t=endorse
"""

COURSE_REFUSAL = """Dear Eilidh,

Application: PG Certificate in Learning and Development Practice (part-time, online), entry September 2026

Thank you for your application to the University of the Mearns. The programme team has now assessed all applications for the September intake.

We are sorry to tell you that we are unable to offer you a place on this programme. The number of qualified applicants was significantly higher than the places available, and priority was given to applicants currently employed in an HR or L&D role with access to a workplace project.

You may wish to consider our short course "Foundations of Workplace Learning", which has places available in January 2027.

Admissions Office
University of the Mearns
"""

FRIEND_LEWIS_NEW = """Saw this and thought of you right away – it's basically your dream job! Deadline's not till the end of the month.

L
"""

FRIEND_LEWIS_FWD = """Learning Facilitator (Schools Outreach) – Tay Arts Collective

We're looking for a creative learning facilitator to coordinate our outreach programme with primary schools in Dundee and Angus. You'll plan workshops, train our freelance artists and evaluate impact.

Salary: £27,800 pro rata, 0.8 FTE
Closing date: 30 April 2026
Interviews: week commencing 11 May

Apply by sending a CV and covering letter to jobs@tayarts.example.org.uk
"""

INSTITUTE = [
    ("Webinar: bouncing back from rejection in a career change",
     "Tuesday 10 March, 12:30. Our panel of career-changers share how they handled 'no' and "
     "what they asked for in feedback.", "https://ilp.example.org.uk/events/resilience"),
    ("Workshop: interview skills for new L&D practitioners",
     "Saturday 21 March, Glasgow. Practise competency answers and get live feedback.",
     "https://ilp.example.org.uk/events/interview-skills"),
    ("Member offer: CV review", "Send us your CV and a job advert; a volunteer mentor will "
     "reply within ten working days.", "https://ilp.example.org.uk/members/cv-review"),
]

JOBSNORTH = """JobsNorth – 7 new jobs match your alert "training coordinator" within 25 miles of Dundee

Training Coordinator – NHS Tayside Partner Services – Dundee
£30,100 – Urgently hiring – https://jobsnorth.example.co.uk/r/11871

Learning & Development Officer – Angus Housing Co-operative – Arbroath
£31,000 – Responds within 3 days – https://jobsnorth.example.co.uk/r/11904

Apprenticeship Coordinator – Tay Engineering Works – Dundee
Competitive – Interviews being held now – https://jobsnorth.example.co.uk/r/11933

Trainer (Customer Service) – Kingsway Building Society – Dundee
£26,500 – https://jobsnorth.example.co.uk/r/11950

Learning Support Assistant – Dundee & Angus College – Dundee
£22,900 – https://jobsnorth.example.co.uk/r/11962

Volunteer Coordinator – Tayside Foodshare – Dundee
Part-time – https://jobsnorth.example.co.uk/r/11977

People Development Coordinator – Canmore Insurance – Remote (Scotland)
£33,000 – https://jobsnorth.example.co.uk/r/11990

Edit this alert: https://jobsnorth.example.co.uk/alerts/8812
Unsubscribe: https://jobsnorth.example.co.uk/alerts/8812/unsubscribe
"""

REVIEWS = [
    ("Interview at Forth Mutual Bank: 'Assessment centre, well organised'",
     "Colleague Learning Coordinator · Edinburgh · Got an offer · Difficulty 3/5. Group "
     "exercise, 15-minute facilitation, final interview with the hiring manager.",
     "https://workplace-reviews.example.com/interview/forth-mutual/r1"),
    ("Interview at Forth Mutual Bank: 'Long wait for a decision'",
     "Trainer · Edinburgh · Declined offer · Difficulty 2/5. Phone screen then a panel. "
     "Heard back after five weeks.", "https://workplace-reviews.example.com/interview/forth-mutual/r2"),
    ("Interview at Forth Mutual Bank: 'No feedback after rejection'",
     "L&D Analyst · Glasgow · No offer · Difficulty 4/5. Case study and presentation.",
     "https://workplace-reviews.example.com/interview/forth-mutual/r3"),
]

PRESS = """Dear Eilidh,

I'm a reporter at The Tay Courier working on a feature about pay and workload for classroom assistants in Dundee, and why so many are leaving for other sectors. Your name came up through the UNISON branch as someone who might be willing to talk.

Would you be open to a short interview, by phone or in person, some time this week? It would take about 20 minutes. We can discuss whether you'd like to be named or quoted anonymously.

My deadline is Friday at noon.

Best wishes,
Ailsa Gow
Education Reporter, The Tay Courier
07700 900 581
"""

INMAIL = """<p><b>Tom Harper</b> sent you a message</p>
<p style="border-left:3px solid #ccc;padding-left:10px">Hi Eilidh, I'm building a team of learning coordinators for a new client in Edinburgh, starting in the autumn. Would you be open to hearing more? No pressure at all&hellip;</p>
{}
<p style="font-size:12px;color:#666">This email was intended for Eilidh Adebayo-S&oslash;rensen. You are receiving Linkwork message notification emails.</p>""".format(button(
    "Reply to Tom", "https://www.linkwork.example.com/messaging/thread/2-77ab", "#0a66c2"))

FOODBANK = """Hi Eilidh,

Thanks again for taking on the volunteer position of Saturday team leader – the warehouse has never been so tidy!

I'm sorry to say we've had to cancel this Saturday's shift (18 April): the heating has failed in the hall and the landlord can't get an engineer out until Monday. Next Saturday's shift goes ahead as normal.

Could you let your team know? I've attached nothing, I promise – just a list of names below.

Aileen, Pat, Ibrahim, Sue, Marcin

Thanks,
Moira Strachan
Volunteer Coordinator, Tayside Foodshare
"""

REFERENCE = """Dear Ms Adebayo-Sørensen,

Jamie Robertson has applied to us for the position of Early Years Practitioner and has given your name as a referee, as you worked together at Hilltown Brae Primary.

Jamie has been shortlisted and we hope to interview next week. I would be grateful if you could complete the short reference form linked below, or simply reply to this email with a few lines about Jamie's reliability and work with children, by Wednesday.

https://stserfsnursery.example.org.uk/reference/JR-2026

Many thanks for your help,
Heather Main
Manager, St Serf's Nursery, Perth
"""

DENTIST = """<p>Dear Eilidh,</p>
<p>We are sorry to let you know that your appointment with <b>Dr Shah</b> on <b>Wednesday 6 May at 16:20</b> has been cancelled, as Dr Shah is unwell.</p>
<p>Unfortunately we are unable to offer an alternative time automatically. Please call the practice on 01382 555 912 or use the online booking page to rebook at a time that suits you.</p>
<p>Nethergate Dental Care</p>"""

CAREERS_FAIR = """Your ticket: Tayside Careers & Skills Fair 2026

Hi Eilidh,

You're registered for the Tayside Careers & Skills Fair.

Saturday 25 April, 10:00–15:00, Caird Hall, Dundee
Ticket: TCF-2026-01187 (show the QR code on your phone at the door)

Over 40 employers will be there, and several will be holding on-the-spot interviews for retail, care and training positions – bring printed copies of your CV. Free CV clinics run every hour in the Marryat Hall.

Unfortunately there is no parking at the venue on the day; we recommend the Greenmarket car park.

See you there,
The Careers Fair team

Manage your booking: https://tickets.eventhub.example.com/orders/TCF-2026-01187
"""

# ================================================================ German

OOO_JANA = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. Mai 2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@lernwerk-akademie.example.de.

Thank you for your message. I am out of the office until 22 May 2026.

Jana Albrecht
Lernwerk Akademie
"""

XING_ITEMS = [
    ("Referentin Personalentwicklung (m/w/d) – Nordlicht Versicherung",
     "Hamburg · Vollzeit · Vorstellungsgespräche ab KW 24", "https://jobs.karrierenetz.example.de/1188"),
    ("Learning Specialist (m/w/d) – Bavaria Medien",
     "Remote · Englisch verhandlungssicher · Schnelle Absage oder Zusage garantiert",
     "https://jobs.karrierenetz.example.de/1190"),
    ("Koordinatorin Weiterbildung (m/w/d) – Volkshochschule Elbe-Süd",
     "Lüneburg · Teilzeit · Bewerbungsfrist 30.06.", "https://jobs.karrierenetz.example.de/1203"),
]

BANK_DE = """Sehr geehrte Frau Adebayo-Sørensen,

hiermit bestätigen wir Ihren Beratungstermin zur Kontoeröffnung für Privatkundinnen mit Wohnsitz im Ausland:

Termin: Dienstag, 9. Juni 2026, 16:00 Uhr (MESZ), per Video
Beraterin: Frau Sabine Kolb

Bitte halten Sie Ihren Reisepass und einen Nachweis Ihrer Anschrift bereit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte spätestens 24 Stunden vorher im Online-Banking ab.

Ihre Stellung als Kundin ändert sich dadurch nicht; Ihr bestehendes Tagesgeldkonto bleibt unverändert.

Mit freundlichen Grüßen
Ihre Hanseatische Direktbank
Diese Nachricht wurde automatisch erstellt.
"""

FRIEND_LENA = """Hey Eilidh,

kurzes Update von mir: Die Absage von der Stadtbibliothek ist heute gekommen. „Wir haben uns für eine andere Bewerberin entschieden“ – nach drei Runden und einer Probearbeit! Ich bin echt frustriert.

Aber gut, nächste Woche habe ich ein Gespräch bei einer Stiftung in Bremen, drück mir die Daumen.

Wie läuft es bei dir mit den Bewerbungen in Schottland und Norwegen? Erzähl mal!

Liebe Grüße
Lena
"""

# ================================================================ French

WTTJ_ITEMS = [
    ("Entretien d'embauche : les 7 questions pièges en formation",
     "Nos recruteurs décryptent les questions qui font trébucher les candidats.",
     "https://www.bienvenue-emploi.example.fr/articles/questions-pieges"),
    ("Refus après entretien : faut-il demander un retour ?",
     "Oui, et voici comment le formuler sans paraître amer.",
     "https://www.bienvenue-emploi.example.fr/articles/demander-un-retour"),
    ("12 offres de coordination pédagogique à Bordeaux",
     "CDI, alternance, temps partiel : notre sélection de la semaine.",
     "https://www.bienvenue-emploi.example.fr/offres/bordeaux-formation"),
]

ADMISSION_FR = """Madame,

Vous avez présenté une candidature à l'admission en Master 2 « Ingénierie de la formation des adultes » pour l'année universitaire 2026-2027.

Après examen de votre dossier par la commission pédagogique, j'ai le regret de vous informer que votre candidature n'a pas été retenue. La commission a privilégié les candidats justifiant d'une première expérience professionnelle en France dans le champ de la formation continue.

Vous pouvez former un recours gracieux auprès du président de l'université dans un délai de deux mois.

Le responsable de la formation
Institut des Sciences de l'Éducation de Bordeaux-Lac
"""

COLIS = """Bonjour,

Malheureusement, votre colis n° 6A 2210 4418 7 ne pourra pas être livré à la date prévue.

Motif : retard d'acheminement sur le réseau.
Nouvelle date estimée : samedi 7 mars 2026.

Vous pouvez suivre la position de votre colis ou choisir une livraison en point relais sur notre site.

Nous vous prions de nous excuser pour ce désagrément.

Le service clients Colisud
Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""

CHAUDIERE = """Bonjour Madame,

Je me permets de vous rappeler que l'entretien annuel de la chaudière de votre appartement (résidence Les Chartrons, appt 14) aura lieu le mercredi 1er juillet entre 8h et 12h.

Malheureusement, le technicien ne peut pas proposer de créneau l'après-midi. Si vous êtes absente, merci de laisser les clés à la gardienne, Mme Lopes.

Je vous remercie par avance.

Sylvie Garcia
Gestion locative – Agence Immobilière du Port de la Lune
05 56 55 09 88
"""

NOTIF_FR = """<p>Bonjour Eilidh,</p>
<p><b>Vous êtes apparue dans 11 recherches cette semaine.</b></p>
<p>Des recruteurs d'entreprises telles que Groupe Garonne Formation et Atlantique Talents vous ont trouvée en recherchant « coordinatrice formation ».</p>
{}
<p style="font-size:12px;color:#666">Vous recevez les e-mails de notification de Linkwork. Se désabonner.</p>""".format(button(
    "Voir les recherches", "https://fr.linkwork.example.com/me/search-appearances", "#0a66c2"))

# ================================================================ Spanish

INFOJOBS_ITEMS = [
    ("Técnico/a de Formación – Grupo Hostelero Pucela",
     "Valladolid · Jornada completa · Entrevistas la próxima semana",
     "https://www.empleomeseta.example.es/oferta/5521"),
    ("Coordinador/a de cursos de idiomas – Academia Babel",
     "Valladolid · Media jornada · Inscritos: 48", "https://www.empleomeseta.example.es/oferta/5530"),
    ("Formador/a de atención al cliente – Almacenes Zorrilla",
     "Palencia · Proceso cerrado en 5 días", "https://www.empleomeseta.example.es/oferta/5547"),
    ("Responsable de Formación Interna – Cooperativa Tierra de Campos",
     "Medina de Rioseco · Incorporación inmediata", "https://www.empleomeseta.example.es/oferta/5561"),
]

FRIEND_MARTA = """¡Hola guapa!

Te cuento: me han dicho que no en lo del ayuntamiento. Me ha llegado el típico correo de "lamentamos comunicarle que no ha sido seleccionada" y ni siquiera me han dado una valoración. Después de dos entrevistas y un examen, ¡qué rabia!

Bueno, no pasa nada, ya saldrá otra cosa. ¿Y tú qué tal con lo de Valladolid? ¿Al final te llamaron de la academia?

Un besazo,
Marta
"""

BANCO_CITA = """Hola, Eilidh:

Te confirmamos tu cita con tu gestora personal, Carmen Ruiz, en la oficina de Acera de Recoletos:

Jueves, 15 de octubre de 2026, a las 12:00.

Motivo: revisión de tu posición global y apertura de una cuenta nómina.

Si no puedes asistir, puedes anular o cambiar la cita desde la app.

Un saludo,
Banca Recoletos
Este mensaje se ha generado automáticamente. Por favor, no respondas.
"""

ENVIO = """<p>Hola, Eilidh:</p>
<p>Lamentablemente, tu envío <b>PK47A0018823ES</b> sufre un retraso por incidencias en el centro de tratamiento de Valladolid.</p>
<p>Nueva fecha estimada de entrega: <b>martes, 22 de septiembre</b>.</p>
<p>Puedes consultar la posición de tu envío en todo momento desde nuestra web.</p>
<p>Disculpa las molestias.<br>Envíos Castilla Express</p>"""

RADIO = """Hola Eilidh:

Soy Jorge Benito, de Radio Pisuerga. Estamos preparando un reportaje sobre profesionales extranjeros que se instalan en Valladolid y nos han hablado de ti en el centro cultural.

¿Te animarías a que te hiciéramos una entrevista de unos diez minutos para el programa "Mañanas de Castilla"? Sería en directo por teléfono o, si lo prefieres, grabada en nuestros estudios de la calle Muro.

Dime qué te parece y qué días te vienen mejor.

Un saludo,
Jorge Benito
Redactor, Radio Pisuerga
"""

MASTER_ES = """Estimada Sra. Adebayo-Sørensen:

Le informamos de que, una vez finalizado el proceso de admisión al Máster Universitario en Formación de Formadores (curso 2026-2027), su solicitud ha quedado en situación de NO ADMITIDA por no alcanzar la puntuación mínima en el apartado de experiencia docente acreditada en España.

Puede consultar la resolución y presentar reclamación en el plazo de cinco días hábiles desde la sede electrónica.

Atentamente,
Secretaría Administrativa del Máster
Escuela de Posgrado de Castilla
"""

OOO_LUCIA = """Hola,

Estoy fuera de la oficina hasta el lunes 12 de octubre. Para cualquier asunto urgente puedes llamar al 983 55 04 20.

Un saludo,
Lucía Herrero
Formación Pisuerga
"""


MESSAGES = [
    # ------------------------------------------------------------ English (33)
    M(kind="other", slug="jobsite_alert_digest_dundee", lang="en", company="", contact="",
      frm=("Linkwork Job Alerts", "jobalerts-noreply@linkwork.example.com"),
      subject="4 new jobs for 'learning and development coordinator' in Dundee",
      date="2026-02-27 07:12 +0000",
      text="\n".join(f"{t}\n{b}\n{u}\n" for t, b, u in DIGEST_ITEMS_LINKWORK)
      + "\nManage alerts: https://www.linkwork.example.com/jobs/alerts\n",
      html=digest_html("Your job alert", "Jobs matching your alert for Dundee and 25 miles "
                       "around.", DIGEST_ITEMS_LINKWORK,
                       'Linkwork Ltd, Dublin. <a href="https://www.linkwork.example.com/e/unsub">'
                       "Unsubscribe</a>", "#0a66c2"),
      html_cte="quoted-printable",
      headers=listhdr("<jobalerts.linkwork.example.com>",
                      "https://www.linkwork.example.com/e/unsub?t=ja")),
    M(kind="other", slug="newsletter_reading_rejection_emails", lang="en", company="",
      contact="", frm=("The Career Switch", "newsletter@careerswitch.example.com"),
      subject="When the 'unfortunately' email lands", subject_enc=("utf-8", "Q"),
      date="2026-03-15 08:00 +0000",
      html=digest_html("The Career Switch – weekly", "This week: rejections, follow-ups and "
                       "cancelled interviews.", NEWSLETTER_REJECTION_ITEMS,
                       "You're receiving this because you subscribed to The Career Switch. "
                       '<a href="https://careerswitch.example.com/unsubscribe">Unsubscribe</a>',
                       "#be123c"),
      html_cte="base64",
      headers=listhdr("The Career Switch <weekly.careerswitch.example.com>",
                      "https://careerswitch.example.com/unsubscribe?id=ea5")),
    M(kind="other", slug="newsletter_ten_interview_questions_plain", lang="en", company="",
      contact="", frm=("Classroom to Corporate", "issues@classroomtocorporate.example.com"),
      subject="Ten interview questions every L&D candidate should prepare for",
      date="2026-04-09 06:30 +0100", text=INTERVIEW_QUESTIONS, text_cte="quoted-printable",
      headers=listhdr("<classroomtocorporate.example.com>",
                      "https://classroomtocorporate.example.com/unsubscribe?u=ea5sx")),
    M(kind="other", slug="podcast_guest_request", lang="en", company="",
      contact="fraser@staffroompodcast.example.co.uk",
      frm=("Fraser Leckie", "fraser@staffroompodcast.example.co.uk"),
      subject="Podcast interview? Staffroom to Boardroom", date="2026-05-13 20:14 +0100",
      text=PODCAST),
    M(kind="other", slug="user_research_interview_voucher", lang="en", company="",
      contact="hana.kowalski@jobhub.example.com",
      frm=("Hana Kowalski", "hana.kowalski@jobhub.example.com"),
      subject="Invitation: 45-minute research interview (£30 voucher)",
      subject_enc=("iso-8859-1", "Q"), date="2026-06-03 11:02 +0100", text=USER_RESEARCH,
      html=simple_html(paras(USER_RESEARCH)), text_charset="iso-8859-1",
      text_cte="quoted-printable", html_cte="quoted-printable"),
    M(kind="other", slug="parcel_delayed_unfortunately_html", lang="en", company="",
      contact="", frm=("ParcelNorth", "no-reply@parcelnorth.example.co.uk"),
      subject="Update: your parcel is delayed", date="2026-02-03 18:20 +0000",
      html=ats_card("ParcelNorth", "#ea580c", PARCEL, "ParcelNorth Deliveries, Livingston"),
      html_cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind="other", slug="bike_tracker_position_update", lang="en", company="", contact="",
      frm=("TrackTag", "notifications@tracktag.example.com"),
      subject="New position for Eilidh's bike", date="2026-04-12 18:43 +0100", text=TRACKER,
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind="other", slug="friend_tells_own_rejection", lang="en", company="",
      contact="kirsty.mcphee@example.net", frm=("Kirsty McPhee", "kirsty.mcphee@example.net"),
      subject="well that's that then", date="2026-03-05 17:26 +0000", text=FRIEND_KIRSTY),
    M(kind="other", slug="own_thank_you_after_panel", lang="en", company="", contact="",
      key="stu_thanks", parent="stu_update", frm=CAND, to=[CALLUM],
      subject="Thank you – L&D Coordinator interview", subject_enc=("utf-8", "Q"),
      date="2026-03-04 18:12 +0000", text=THANKS_STRATHTAY, text_cte="quoted-printable"),
    M(kind="other", slug="own_application_with_cv_pdf", lang="en", company="", contact="",
      key="sidlaw_application", frm=CAND, to=[RUTH],
      subject="Application – Tenant Learning Coordinator", subject_enc=("utf-8", "Q"),
      date="2026-01-08 21:02 +0000", text=APPLY_SIDLAW, text_cte="quoted-printable",
      pdf=[{"name": "Eilidh_Adebayo-Sorensen_CV.pdf", "lines": [
          "Eilidh Adebayo-Sørensen", "eilidh.as@example.co.uk | 07700 900 412 | Dundee",
          "", "Teaching Assistant, Hilltown Brae Primary School, 2020 - present",
          "- Homework club and family learning programme", "- Induction buddy for new support staff",
          "", "PDA Education Support Assistance (SCQF 7)", "MA (Hons) Psychology, 2018"]}]),
    M(kind="other", slug="own_reschedule_request", lang="en", company="", contact="",
      key="chg_move_request", parent="chg_invite", frm=CAND, to=[GARY],
      subject="Re: Your application – L&D Coordinator", subject_enc=("utf-8", "Q"),
      date="2026-04-15 08:05 +0100",
      text=MOVE_CLYDESIDE + "\n" + on_wrote("en", "Tue, 14 Apr 2026 at 12:10", *GARY) + "\n"
      + quote("Hi Eilidh,\n\nCould we set up a 30-minute phone interview with Jessica? Would "
              "Friday 17 April at 11am work?\n\nThanks,\nGary") + "\n",
      text_cte="quoted-printable"),
    M(kind="other", slug="own_reply_booked_slot", lang="en", company="", contact="",
      key="tlt_accept", parent="tlt_invite", frm=CAND, to=[MORAG],
      subject="Re: Interview invitation: Learning & Development Coordinator",
      date="2026-01-20 19:40 +0000", text=ACCEPT_TLT,
      html=simple_html(paras(ACCEPT_TLT)) , html_cte="7bit"),
    M(kind="other", slug="recruiter_cold_approach", lang="en", company="",
      contact="callum.baird@harboursearch.example.co.uk",
      frm=("Callum Baird", "callum.baird@harboursearch.example.co.uk"),
      subject="L&D roles in the central belt – quick chat?", subject_enc=("utf-8", "Q"),
      date="2026-06-08 09:05 +0100", text=COLD_APPROACH,
      html=outlook_html(mso(COLD_APPROACH)), text_cte="quoted-printable",
      html_cte="quoted-printable"),
    M(kind="other", slug="bank_mortgage_interview_confirmed", lang="en", company="",
      contact="", frm=("Lomond Bank", "no-reply@lomondbank.example.co.uk"),
      subject="Your mortgage appointment is confirmed", date="2026-06-01 12:30 +0100",
      html=simple_html(MORTGAGE), html_cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind="other", slug="landlord_gas_check_rescheduled_cp1252", lang="en", company="",
      contact="derek@fyffelettings.example.co.uk",
      frm=("Derek Fyffe", "derek@fyffelettings.example.co.uk"),
      subject="Gas safety check – new appointment", subject_enc=("windows-1252", "Q"),
      date="2026-03-02 10:47 +0000", text=LANDLORD.replace("'", "’"),
      text_charset="windows-1252", text_cte="8bit"),
    M(kind="other", slug="school_parent_interviews_rota", lang="en", company="",
      contact="l.ewart@hilltownbrae.example.sch.uk",
      frm=("Mrs L Ewart", "l.ewart@hilltownbrae.example.sch.uk"),
      to=[("Hilltown Brae staff", "staff@hilltownbrae.example.sch.uk")], cc=[CAND],
      subject="Next week: parent interviews, climbing frame, vacancy",
      date="2026-02-20 16:05 +0000", text=SCHOOL),
    M(kind="other", slug="gp_did_not_attend_letter", lang="en", company="", contact="",
      frm=("Riverside Medical Practice", "donotreply@riversidemedical.example.nhs.uk"),
      subject="You missed your appointment", date="2026-02-25 08:00 +0000", text=GP_DNA,
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind="other", slug="out_of_office_recruiter", lang="en", company="", contact=PRIYA[1],
      parent="fmb_offer", frm=PRIYA,
      subject="Automatic reply: Re: Your contract – Colleague Learning Coordinator",
      subject_enc=("utf-8", "B"), date="2026-05-29 19:01 +0100", text=OOO_PRIYA,
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    M(kind="other", slug="network_search_appearances", lang="en", company="", contact="",
      frm=("Linkwork", "notifications-noreply@linkwork.example.com"),
      subject="You appeared in 9 searches this week", date="2026-05-17 10:00 +0100",
      html=ats_card("Linkwork", "#0a66c2", NOTIFY_SEARCHES, "Linkwork Ireland, Dublin"),
      html_cte="quoted-printable",
      headers=listhdr("<notifications.linkwork.example.com>",
                      "https://www.linkwork.example.com/e/unsub?t=searches", False)),
    M(kind="other", slug="network_endorsement", lang="en", company="", contact="",
      frm=("Linkwork", "notifications-noreply@linkwork.example.com"),
      subject="Morag Keillor endorsed you for Training Delivery",
      date="2026-02-10 13:33 +0000", text=NOTIFY_ENDORSE,
      headers=listhdr("<notifications.linkwork.example.com>",
                      "https://www.linkwork.example.com/e/unsub?t=endorse", False)),
    M(kind="other", slug="pg_certificate_place_refused", lang="en", company="", contact="",
      frm=("University of the Mearns Admissions", "admissions-noreply@mearns-uni.example.ac.uk"),
      subject="Your application: PG Certificate in Learning and Development Practice",
      date="2026-06-26 14:00 +0100", text=COURSE_REFUSAL,
      html=simple_html(paras(COURSE_REFUSAL)), html_cte="base64"),
    M(kind="other", slug="friend_forwards_job_ad", lang="en", company="",
      contact="lewis.okafor@example.org", frm=("Lewis Okafor", "lewis.okafor@example.org"),
      subject="Fwd: Learning Facilitator (Schools Outreach) – Tay Arts Collective",
      subject_enc=("utf-8", "B"), date="2026-04-14 22:10 +0100",
      text=FRIEND_LEWIS_NEW + "\n" + fwd_block(
          "en", "Tay Arts Collective", "jobs@tayarts.example.org.uk",
          "Tue, 14 Apr 2026 at 09:00", "Learning Facilitator (Schools Outreach)",
          "lewis.okafor@example.org") + "\n\n" + FRIEND_LEWIS_FWD,
      text_cte="quoted-printable"),
    M(kind="other", slug="own_forward_of_rejection_as_attachment", lang="en", company="",
      contact="", frm=CAND, to=[("Mrs Helen Dunlop", "helen.dunlop@example.net")],
      subject="Fwd: Update on your application – Canmore Insurance",
      subject_enc=("utf-8", "Q"), date="2026-05-29 07:45 +0100",
      text="Hi Helen,\n\nAnother one, I'm afraid – I've attached their email. Could we talk "
           "about it on Thursday? I'd love your view on whether it's worth asking them for "
           "feedback, given they never told me why.\n\nEilidh\n",
      text_cte="quoted-printable",
      rfc822=M(slug="canmore_original", frm=("Canmore Insurance", "no-reply@hire.lever.co"),
               subject="Update on your application – Canmore Insurance",
               subject_enc=("utf-8", "B"), date="2026-05-28 18:30 +0100",
               text=FWD_CANMORE, text_cte="quoted-printable")),
    M(kind="other", slug="institute_events_newsletter", lang="en", company="", contact="",
      frm=("Institute for Learning Practice", "events@ilp.example.org.uk"),
      subject="March events: interview skills, resilience after rejection",
      date="2026-03-01 09:00 +0000",
      text="\n".join(f"* {t}\n  {b}\n  {u}\n" for t, b, u in INSTITUTE)
      + "\nUnsubscribe: https://ilp.example.org.uk/unsubscribe\n",
      html=digest_html("ILP events – March", "Events for members and friends of the "
                       "Institute.", INSTITUTE,
                       "Institute for Learning Practice, Glasgow. Unsubscribe any time.",
                       "#4d7c0f"),
      headers=listhdr("ILP members <members.ilp.example.org.uk>",
                      "mailto:unsubscribe@ilp.example.org.uk?subject=unsubscribe")),
    M(kind="other", slug="jobboard_alert_plain_many_links", lang="en", company="", contact="",
      frm=("JobsNorth Alerts", "alerts@jobsnorth.example.co.uk"),
      subject="7 new jobs: training coordinator near Dundee", date="2026-09-28 06:05 +0100",
      text=JOBSNORTH, text_cte="quoted-printable",
      headers=listhdr("<alerts.jobsnorth.example.co.uk>",
                      "https://jobsnorth.example.co.uk/alerts/8812/unsubscribe")),
    M(kind="other", slug="interview_reviews_digest_forth", lang="en", company="", contact="",
      frm=("WorkplaceReviews", "digest@workplace-reviews.example.com"),
      subject="New interview reviews for Forth Mutual Bank", date="2026-04-25 15:00 +0100",
      html=digest_html("Interview reviews", "Candidates shared their interview experience at "
                       "a company you follow.", REVIEWS,
                       "You follow Forth Mutual Bank. Unsubscribe from company updates.",
                       "#0caa41"),
      html_cte="quoted-printable",
      headers=listhdr("<companyupdates.workplace-reviews.example.com>",
                      "https://workplace-reviews.example.com/unsub?c=forth")),
    M(kind="other", slug="press_interview_request", lang="en", company="",
      contact="ailsa.gow@taycourier.example.co.uk",
      frm=("Ailsa Gow", "ailsa.gow@taycourier.example.co.uk"),
      subject="Interview request – classroom assistants feature", subject_enc=("utf-8", "Q"),
      date="2026-01-27 13:15 +0000", text=PRESS),
    M(kind="other", slug="network_inmail_notification", lang="en", company="", contact="",
      frm=("Tom Harper via Linkwork", "messages-noreply@linkwork.example.com"),
      subject="Tom Harper sent you a new message", date="2026-08-19 12:40 +0100",
      html=ats_card("Linkwork", "#0a66c2", INMAIL,
                    "Linkwork Ireland, Dublin"), html_cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind="other", slug="volunteer_shift_cancelled", lang="en", company="",
      contact="moira.strachan@taysidefoodshare.example.org.uk",
      frm=("Moira Strachan", "moira.strachan@taysidefoodshare.example.org.uk"),
      subject="Saturday shift cancelled (heating)", date="2026-04-15 16:30 +0100",
      text=FOODBANK),
    M(kind="other", slug="reference_request_for_colleague", lang="en", company="",
      contact="heather.main@stserfsnursery.example.org.uk",
      frm=("Heather Main", "heather.main@stserfsnursery.example.org.uk"),
      subject="Reference request: Jamie Robertson", date="2026-08-26 10:20 +0100",
      text=REFERENCE, text_cte="quoted-printable"),
    M(kind="other", slug="dentist_appointment_cancelled_html", lang="en", company="",
      contact="", frm=("Nethergate Dental Care", "noreply@nethergatedental.example.co.uk"),
      subject="Your appointment on 6 May has been cancelled", date="2026-05-05 08:15 +0100",
      html=simple_html(DENTIST), html_cte="7bit",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind="other", slug="own_offer_acceptance_quotes_offer", lang="en", company="",
      contact="", key="vbe_accept", parent="vbe_offer", frm=CAND, to=[INGRID],
      subject="Re: Our offer – Learning & Development Coordinator",
      date="2026-09-09 20:15 +0100",
      text=OFFER_ACCEPT_VBE_NEW + "\n" + on_wrote("en", "Tue, 8 Sep 2026 at 15:40", *INGRID)
      + "\n" + quote(OFFER_ACCEPT_VBE_QUOTED) + "\n",
      html=simple_html(paras(OFFER_ACCEPT_VBE_NEW) + "\n" + gmail_quote_html(
          on_wrote("en", "Tue, 8 Sep 2026 at 15:40", *INGRID),
          paras(OFFER_ACCEPT_VBE_QUOTED))),
      text_cte="quoted-printable", html_cte="quoted-printable"),
    M(kind="other", slug="careers_fair_ticket", lang="en", company="", contact="",
      frm=("EventHub Tickets", "tickets-noreply@eventhub.example.com"),
      subject="Your ticket: Tayside Careers & Skills Fair 2026", date="2026-04-20 09:00 +0100",
      text=CAREERS_FAIR, text_cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    # ------------------------------------------------------------ German (5)
    M(kind="other", slug="abwesenheitsnotiz_recruiterin", lang="de", company="",
      contact=JANA[1], parent="lw_rej", frm=JANA,
      subject="Automatische Antwort: AW: Abgesagt: Kennenlernen L&D Coordinator (Edinburgh)",
      subject_enc=("utf-8", "Q"), date="2026-05-13 08:01 +0200", text=OOO_JANA,
      text_cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    M(kind="other", slug="karrierenetz_jobdigest", lang="de", company="", contact="",
      frm=("Karrierenetz Jobs", "jobs-noreply@karrierenetz.example.de"),
      subject="3 neue Jobs, die zu Ihnen passen", date="2026-06-06 07:00 +0200",
      html=digest_html("Neue Jobs für Sie", "Auf Basis Ihres Profils und Ihrer Suche "
                       "„Personalentwicklung“.", XING_ITEMS,
                       "Karrierenetz GmbH, Hamburg. Benachrichtigungen abbestellen.",
                       "#006567", "de"),
      html_charset="utf-8", html_cte="base64",
      headers=listhdr("<jobs.karrierenetz.example.de>",
                      "https://www.karrierenetz.example.de/abmelden?l=jobs")),
    M(kind="other", slug="bank_beratungstermin_latin1", lang="de", company="", contact="",
      frm=("Hanseatische Direktbank", "service-noreply@hanseatische-direktbank.example.de"),
      subject="Bestätigung Ihres Beratungstermins am 09.06.2026",
      subject_enc=("iso-8859-1", "B"), date="2026-05-28 12:00 +0200", text=BANK_DE,
      text_charset="iso-8859-1", text_cte="quoted-printable"),
    M(kind="other", slug="freundin_erzaehlt_eigene_absage", lang="de", company="",
      contact="lena.hoffmann@example.de", frm=("Lena Hoffmann", "lena.hoffmann@example.de"),
      subject="Absage Nummer vier …", subject_enc=("utf-8", "B"),
      date="2026-06-18 21:40 +0200", text=FRIEND_LENA, text_cte="8bit"),
    M(kind="other", slug="eigene_bitte_um_verschiebung", lang="de", company="", contact="",
      key="lw_move_request", parent="lw_invite", frm=CAND, to=[JANA],
      subject="AW: Einladung zum Kennenlernen – L&D Coordinator (Edinburgh)",
      subject_enc=("utf-8", "Q"), date="2026-04-21 20:30 +0100",
      text=LW_MOVE + "\n" + on_wrote("de", "20.04.2026 um 11:15", *JANA) + "\n"
      + quote("Liebe Frau Adebayo-Sørensen,\n\nvielen Dank für Ihre Bewerbung ... wir "
              "möchten Sie gern zu einem ersten Kennenlernen per Microsoft Teams einladen:\n\n"
              "Donnerstag, 30. April 2026, 10:00–10:45 Uhr (MESZ)") + "\n",
      text_cte="quoted-printable"),
    # ------------------------------------------------------------ French (6)
    M(kind="other", slug="newsletter_emploi_entretien_refus", lang="fr", company="",
      contact="", frm=("Bienvenue Emploi", "newsletter@bienvenue-emploi.example.fr"),
      subject="Entretien, refus, relance : votre lettre du jeudi", date="2026-02-19 08:30 +0100",
      html=digest_html("La lettre du jeudi", "Conseils carrière et offres sélectionnées pour "
                       "vous.", WTTJ_ITEMS,
                       "Vous recevez cette lettre car vous êtes inscrite sur Bienvenue Emploi. "
                       "Se désinscrire.", "#f59e0b", "fr"),
      html_cte="quoted-printable",
      headers=listhdr("<lettre.bienvenue-emploi.example.fr>",
                      "https://www.bienvenue-emploi.example.fr/desinscription?u=ea")),
    M(kind="other", slug="refus_admission_master", lang="fr", company="", contact="",
      frm=("Scolarité ISE Bordeaux-Lac", "scolarite-noreply@ise-bordeaux-lac.example.fr"),
      name_enc=("iso-8859-1", "B"),
      subject="Décision d'admission – Master 2 Ingénierie de la formation",
      subject_enc=("utf-8", "Q"), date="2026-06-30 16:10 +0200", text=ADMISSION_FR,
      text_charset="iso-8859-1", text_cte="quoted-printable"),
    M(kind="other", slug="colis_retarde_malheureusement", lang="fr", company="", contact="",
      frm=("Colisud", "ne-pas-repondre@colisud.example.fr"),
      subject="Votre colis est retardé", subject_enc=("iso-8859-1", "Q"),
      date="2026-03-05 19:00 +0100", text=COLIS, text_charset="iso-8859-1", text_cte="8bit",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind="other", slug="propres_remerciements_apres_entretien", lang="fr", company="",
      contact="", key="gar_thanks", parent="gar_move", frm=CAND, to=[CAMILLE],
      subject="Merci pour l'entretien de mardi", date="2026-03-26 19:02 +0100",
      text=THANKS_GARONNE, text_cte="quoted-printable"),
    M(kind="other", slug="entretien_chaudiere_agence", lang="fr", company="",
      contact="sylvie.garcia@agence-portdelalune.example.fr",
      frm=("Sylvie Garcia", "sylvie.garcia@agence-portdelalune.example.fr"),
      subject="Entretien annuel de la chaudière – 1er juillet", subject_enc=("utf-8", "Q"),
      date="2026-06-24 10:05 +0200", text=CHAUDIERE, text_charset="windows-1252",
      text_cte="quoted-printable"),
    M(kind="other", slug="notification_recherches_fr", lang="fr", company="", contact="",
      frm=("Linkwork", "notifications-noreply@linkwork.example.com"),
      subject="Vous êtes apparue dans 11 recherches", subject_enc=("utf-8", "B"),
      date="2026-07-19 10:00 +0200",
      html=ats_card("Linkwork", "#0a66c2", NOTIF_FR, "Linkwork Ireland, Dublin", "fr"),
      html_cte="base64",
      headers=listhdr("<notifications.linkwork.example.com>",
                      "https://fr.linkwork.example.com/e/unsub?t=searches", False)),
    # ------------------------------------------------------------ Spanish (8)
    M(kind="other", slug="alertas_empleo_valladolid", lang="es", company="", contact="",
      frm=("EmpleoMeseta", "alertas@empleomeseta.example.es"),
      subject="4 ofertas nuevas de formación en Valladolid", date="2026-08-31 07:30 +0200",
      text="\n".join(f"{t}\n{b}\n{u}\n" for t, b, u in INFOJOBS_ITEMS)
      + "\nDarte de baja: https://www.empleomeseta.example.es/alertas/baja\n",
      html=digest_html("Tus alertas de empleo", "Ofertas que encajan con tu búsqueda "
                       "«formación».", INFOJOBS_ITEMS,
                       "EmpleoMeseta · Darte de baja de estas alertas", "#2563eb", "es"),
      text_cte="base64", html_cte="base64",
      headers=listhdr("<alertas.empleomeseta.example.es>",
                      "https://www.empleomeseta.example.es/alertas/baja?id=ea5")),
    M(kind="other", slug="propio_dudas_sobre_contrato", lang="es", company="", contact="",
      key="fp_reply", parent="fp_offer", frm=CAND, to=[LUCIA],
      subject="Re: Contrato – Coordinadora de Formación para Empresas",
      subject_enc=("utf-8", "Q"), date="2026-10-03 09:15 +0100",
      text=FP_QUESTIONS + "\n" + on_wrote("es", "vie, 2 oct 2026 a las 13:20", *LUCIA) + "\n"
      + quote(FP_OFFER_QUOTED) + "\n", text_cte="quoted-printable"),
    M(kind="other", slug="amiga_cuenta_su_rechazo", lang="es", company="",
      contact="marta.villa@example.es", frm=("Marta Villa", "marta.villa@example.es"),
      subject="Pues nada, otra vez será", date="2026-09-12 22:30 +0200", text=FRIEND_MARTA,
      text_charset="windows-1252", text_cte="quoted-printable"),
    M(kind="other", slug="banco_cita_gestora_posicion", lang="es", company="", contact="",
      frm=("Banca Recoletos", "no-responder@bancarecoletos.example.es"),
      subject="Tu cita con tu gestora está confirmada", subject_enc=("utf-8", "Q"),
      date="2026-10-05 11:00 +0200", text=BANCO_CITA, text_cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind="other", slug="envio_con_retraso_html", lang="es", company="", contact="",
      frm=("Envíos Castilla Express", "notificaciones@envioscastilla.example.es"),
      name_enc=("utf-8", "Q"),
      subject="Tu envío PK47A0018823ES sufre un retraso", subject_enc=("utf-8", "Q"),
      date="2026-09-18 08:40 +0200",
      html=ats_card("Envíos Castilla Express", "#dc2626", ENVIO, "Envíos Castilla Express",
                    "es"), html_cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind="other", slug="radio_pide_entrevista", lang="es", company="",
      contact="jorge.benito@radiopisuerga.example.es",
      frm=("Jorge Benito", "jorge.benito@radiopisuerga.example.es"),
      subject="¿Una entrevista para Radio Pisuerga?", subject_enc=("iso-8859-1", "B"),
      date="2026-10-06 12:25 +0200", text=RADIO, text_charset="iso-8859-1",
      text_cte="quoted-printable"),
    M(kind="other", slug="master_no_admitida", lang="es", company="", contact="",
      frm=("Escuela de Posgrado de Castilla", "no-reply@posgradocastilla.example.es"),
      subject="Resolución de admisión - Máster en Formación de Formadores",
      subject_enc=("iso-8859-1", "Q"), date="2026-07-15 13:00 +0200", text=MASTER_ES,
      html=simple_html(paras(MASTER_ES), "es"), text_cte="quoted-printable",
      html_cte="quoted-printable"),
    M(kind="other", slug="respuesta_automatica_fuera_oficina", lang="es", company="",
      contact=LUCIA[1], parent="fp_reply", frm=LUCIA,
      subject="Respuesta automática: Re: Contrato – Coordinadora de Formación para Empresas",
      subject_enc=("utf-8", "B"), date="2026-10-03 10:16 +0200", text=OOO_LUCIA,
      text_cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")]),
]
