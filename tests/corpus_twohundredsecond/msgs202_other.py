"""Corpus 202: the 52 messages of kind `other` (en 32, fr 7, de 6, es 7). Hand-written, one dict
each: digests, advice, notifications, the candidate's own mail, and mail that uses interview,
appointment, position or refusal words about something other than a job."""

from __future__ import annotations

from msgs202_common import (
    CAND,
    ats_card,
    digest_html,
    digest_text,
    forward,
    list_headers,
    outlook,
    paras,
    quote,
    reply,
    wrote,
)

# ---------------------------------------------------------------- digests and newsletters

_X1_ITEMS = [
    ("Transport Planner - Cardiff (CF3)", "https://drivejobs.example.co.uk/j/88121?src=alert",
     "Harbour Parcels · £30,000 - £32,000 · Full time · posted 2 days ago"),
    ("Night Dispatch Controller - Newport", "https://drivejobs.example.co.uk/j/88140?src=alert",
     "Gwent Express Freight · £14.50/hr + nights · Temporary to permanent"),
    ("Fleet Coordinator - Bridgend", "https://drivejobs.example.co.uk/j/88177?src=alert",
     "Ogmore Plant Hire · £28,500 · Monday to Friday"),
    ("Transport Office Administrator - Cardiff Bay", "https://drivejobs.example.co.uk/j/88190?src=alert",
     "Agency: Keystone Driving Recruitment · £24,000 · Immediate start"),
    ("Bus Network Controller - Pontypridd", "https://drivejobs.example.co.uk/j/88203?src=alert",
     "Rhondda Link Buses · £29,000 + shift allowance"),
]
_X1_INTRO = """Good morning Declan,

Here are this week's new jobs matching your alert "dispatch OR transport planner within 20 miles of Cardiff".

This week on the blog: "I was rejected after three interviews - here's what I changed", plus our checklist for phone interviews with transport managers."""
_X1_FOOT = ("You are receiving this because you created a job alert on DriveJobs. Manage alerts: "
            "https://drivejobs.example.co.uk/alerts · Unsubscribe: "
            "https://drivejobs.example.co.uk/u/4f2a9")

_X2_HTML = digest_html("The Fleet Desk - March 2026", """Hello planners,

This month we asked forty transport planners about the worst rejection they ever received - and what they did next. The answers were honest, occasionally brutal, and mostly hopeful: more than half got their next planning job within three months of that "unfortunately".

Also inside: how tachograph rule changes will affect your rota, and a reader asking whether it is ever worth turning down an interview.""", [
    ("Rejected after the final interview? What 40 planners told us",
     "https://fleetdesk.example.co.uk/articles/rejected-after-final?utm_source=newsletter",
     "Six lessons from planners who heard no and kept going."),
    ("Tachograph changes: what your rota needs by July",
     "https://fleetdesk.example.co.uk/articles/tacho-2026?utm_source=newsletter",
     "A short guide for transport offices running mixed fleets."),
    ("Ask the Desk: should I turn down an interview for a job I don't want?",
     "https://fleetdesk.example.co.uk/articles/ask-turn-down?utm_source=newsletter",
     "Our agony uncle on keeping doors open."),
    ("Jobs board: 37 planner and controller positions",
     "https://fleetdesk.example.co.uk/jobs?utm_source=newsletter",
     "From Aberdeen to Exeter, updated daily."),
], "The Fleet Desk, 5 Temple Street, Bristol BS1 6QA · <a href=\"https://fleetdesk.example.co.uk/unsubscribe?u=dfn\">Unsubscribe</a> · <a href=\"https://fleetdesk.example.co.uk/prefs\">Preferences</a>",
    accent="#37474f")

_X3 = """CareerLift - Advice for people on the move

7 questions to ask at the end of your interview

By Hannah Lloyd, careers coach

"Do you have any questions for us?" Most candidates say no - and miss the best chance they have to stand out. Here are seven questions that work especially well for operational roles such as dispatch, planning and warehouse supervision:

1. What does a good first month look like in this role?
2. Which part of the operation keeps the team up at night?
3. How do planners and drivers work together when things go wrong?
4. What systems will I use, and how are new starters trained on them?
5. How is success measured at the end of the first year?
6. Why is the position open?
7. What are the next steps in your process, and when can I expect to hear back?

And if the answer to the last one is a rejection a few days later, don't take it personally - ask for feedback. Many employers will give it if you ask politely.

Read more articles: https://careerlift.example.com/advice
You are subscribed to CareerLift weekly tips. Unsubscribe: https://careerlift.example.com/unsubscribe/dfn
"""

_X4 = """Hi Declan,

I host Last Mile Matters, a fortnightly podcast about the people who keep parcels moving - drivers, sorters, planners and controllers. Your comment on our episode about peak season really stuck with me, especially what you said about drivers being the last to hear when a route is re-planned.

Would you be up for being interviewed on the show? It would be a relaxed 40-minute conversation over Zoom, recorded at a time that suits you, and we'd send you the questions beforehand. You'd get to listen to the edit before it goes out.

If you're interested, just reply and I'll send a couple of dates in April.

Thanks,
Jodie Carter
Host & producer, Last Mile Matters
lastmilematters.example.co.uk
"""

_X5 = """Hi Declan,

I'm a user researcher on the Parcelo Driver app, which you've been using on your multi-drop rounds.

We're redesigning the way re-routed stops appear during a shift and would love to hear from drivers who deal with this every day. Would you be willing to take part in a 45-minute research interview over video next week? There are no right or wrong answers - we just want to understand how you work. As a thank-you you'll receive a £40 shopping voucher.

You can pick a time here: https://research.parcelo.example.com/book/driver-reroutes
Or reply to this email with questions.

Many thanks,
Amira Haddad
Senior User Researcher, Parcelo
"""

_X6 = """TrackVan Telematics - Daily position report

Vehicle: CY21 KXO (Ford Transit 350 L3)
Driver: D. Ferreira-Nowak
Date: Wednesday 4 February 2026

First position: 06:12, TaffDrop depot, Tremorfa, Cardiff CF24
Last position:  17:48, TaffDrop depot, Tremorfa, Cardiff CF24
Stops recorded: 118
Distance: 96.4 miles
Idling over 5 minutes: 3 events
Harsh braking: 1 event (A48 Eastern Avenue, 11:06)

The vehicle's current position is available in the TrackVan app.

This report was generated automatically. Do not reply to this message.
"""

_X7_TEXT = """Hi Declan,

Unfortunately your parcel is delayed.

Order: Hi-vis winter jacket (size L) from Workwear Direct
Tracking number: SP 4471 0923 88GB

Your parcel was held up at our Birmingham hub because of high volumes. We now expect to deliver it on Friday 23 January between 10:00 and 14:00. You don't need to do anything - we'll let you know when the driver is on the way.

Sorry for the inconvenience,
Swiftpost"""

_X8 = """Alright Dec,

Well that's that - got the email from Avon Larder this morning. "After careful consideration we will not be progressing your application." Two interviews and a test and that's all I get, not even a phone call.

Honestly gutted, I thought the second interview went well. Back to the agency shifts for now.

How's your search going? You had that Severnside thing didn't you? Fingers crossed yours goes better than mine.

Fancy a pint Friday? Need to drown my sorrows.

Owain
"""

# ---------------------------------------------------------------- the candidate's own mail

_X9 = """Hi Priya,

Thank you for organising yesterday's panel interview. I really enjoyed meeting Tom and Hannah and talking through how the planners rebuild a route when a van breaks down halfway through a shift.

Looking forward to hearing from you.

Best wishes,
Declan"""

_X10 = """Dear Ms O'Callaghan,

Please find attached my CV for the delivery coordinator role advertised in store. I currently drive multi-drop routes in Cardiff and I'm relocating to Cork in the summer.

Kind regards,
Declan Ferreira-Nowak"""

_X11_OLD = """Hi Declan,

Thanks for applying for the Fleet Dispatch Planner role at our Pengam Green depot. Our transport manager, Owen Griffiths, and I would like to invite you for an interview.

When: Tuesday 3 February 2026, 10:00 - 11:00
Where: Harbour Parcels, Unit 7 Pengam Green Trading Estate, Cardiff CF3 2EP

Best wishes,
Rhiannon"""

_X11 = reply("""Hi Rhiannon,

Thank you for the invitation. Unfortunately I'm rostered on a Bristol run on Tuesday 3rd that I can't swap. Would there be any chance of a slot later that week, ideally Thursday or Friday afternoon?

Kind regards,
Declan""", "en", "Mon, 26 Jan 2026 at 11:40",
    "Rhiannon Davies <rhiannon.davies@harbourparcels.example.co.uk>", _X11_OLD)

_X12 = reply("""Hi Gareth,

I'm really sorry about this morning. I had the interview in my calendar for Thursday next week - my mistake entirely, and I completely understand if that's put you off.

If there's any chance of another slot I'd love to come in.

Declan""", "en", "Thu, 2 Apr 2026 at 11:05",
    "Gareth Prosser <gareth.prosser@taffvalleybuses.example.co.uk>", """Hi Declan,

We had you down for 10 this morning at Sloper Road. I waited in reception until about twenty past and tried calling you twice, at 10:00 and again at 10:10, but it went straight to voicemail.

Gareth""")

_X13 = """Hi Declan,

I hope you don't mind me reaching out. I lead the logistics practice at Meridian Search and I came across your profile while looking for people who have moved, or want to move, from driving into planning.

I don't have a specific vacancy to put in front of you today, but I work with several distribution businesses across the Midlands and South Wales who regularly ask me for planners and controllers with real on-road experience.

If you'd ever consider a move, feel free to send me your CV and a line about the kind of role you're after, and I'll keep you in mind.

Best regards,
Sam Okoye
Director, Logistics Practice
Meridian Search
"""

_X14 = """Dear Mr Ferreira-Nowak,

Your mortgage appointment is confirmed

Date: Saturday 14 March 2026
Time: 10:30
Branch: Queen Street, Cardiff
Adviser: Bethan Rowlands

During the appointment your adviser will carry out a fact-find interview about your income, outgoings and plans, so please bring your last three payslips, three months of bank statements and photo ID.

If your employment position changes before the appointment (for example a new job or probation period), please let us know, as this may affect what we can offer.

To cancel or change your appointment, please use online banking or call 0800 555 0144.

Dragon Building Society
This is an automated email - please do not reply.
"""

_X15 = """Hi Declan,

Just a reminder that your six-monthly property inspection at 27 Marlborough Road is booked for Thursday 19 March between 9 and 11am. You don't need to be there - we'll use our key if you're out.

A couple of things from last time:
- Please make sure the bins are back in their position behind the side gate after collection day.
- The landlord has agreed to replace the extractor fan; the contractor will arrange an appointment with you directly.

Any questions, give me a call.

Kind regards,
Ellie Hughes
Property Manager
Roath Lettings, 112 Albany Road, Cardiff CF24 3RU
029 2018 0575
"""

_X16 = """Dear Parent/Carer,

Parents' evening - Year 3

Parents' evening appointments for Year 3 will take place on Tuesday 10 and Wednesday 11 March, 15:30 - 18:30, in the school hall.

Appointments are 10 minutes long and can now be booked through SchoolPing. If you need to cancel your appointment, please do so at least 24 hours in advance so another family can use the slot.

Mrs Watkins will also be available to discuss the Year 3 swimming sessions and the position of the class on the reading challenge table.

Diolch / Thank you,
Llanishen Fach Primary School

Sent via SchoolPing. Please do not reply to this message.
"""

_X17 = """Whitchurch Road Surgery

Dear Declan,

Your appointment with Dr Patel on Thursday 14 May 2026 at 08:40 has been cancelled because the doctor is unavailable.

We apologise for the inconvenience. Please book a new appointment online through the NHS App or call the surgery on 029 2018 0388 after 8am.

If your problem is urgent, please call NHS 111.

This is an automated message. Replies to this address are not monitored.
"""

_X18 = """Thank you for your email. I am out of the office until Tuesday 14 April with limited access to email.

For urgent recruitment or interview queries, please contact hr@tawefreight.example.co.uk or call 01792 960 400.

Kind regards,
Ffion Rees
HR Business Partner, Tawe Freight
"""

_X19_TEXT = """ProLink

Your application was viewed

Hi Declan, Harbour Parcels viewed your application for Fleet Dispatch Planner.

Other activity this week:
- Your profile appeared in 23 searches
- 4 recruiters viewed your profile
- 6 new jobs match your preferences

View your applications: https://www.prolink.example.com/jobs/tracker
See who viewed your profile: https://www.prolink.example.com/me/profile-views

You are receiving ProLink notification emails. Unsubscribe: https://www.prolink.example.com/settings/email
ProLink Corporation, 1 Network Way, Dublin 2, Ireland"""

_X20 = """Dear Declan,

Level 3 Certificate in Transport Management (part-time, evenings) - September 2026 intake

Thank you for your application to study on the above course.

Unfortunately we are unable to offer you a place on this course, as all places for the September intake have been filled. Places were allocated in order of completed applications.

You may wish to apply for the January 2027 intake, which opens for applications on 1 October. Alternatively, our Level 2 Award in Logistics Operations still has places available.

Kind regards,
Admissions Team
Coleg Glannau Taf
Heol y Coleg, Cardiff CF5 2YB
"""

_X21_ITEMS = [
    ("Transport Planner (days) - Cardiff Bay", "https://keystone-driving.example.co.uk/jobs/4411",
     "£29k · cold chain · permanent"),
    ("Night Shift Transport Supervisor - Magor", "https://keystone-driving.example.co.uk/jobs/4415",
     "£33k inc. nights · 4 on 4 off"),
    ("Class 2 Driver to Trainee Planner - Barry", "https://keystone-driving.example.co.uk/jobs/4420",
     "£27k rising to £30k on completion of training"),
    ("Fleet Administrator - Caerphilly", "https://keystone-driving.example.co.uk/jobs/4423",
     "£24k · temp to perm · immediate start"),
]
_X21_INTRO = """Hi Declan,

Here's what's new on our books this week. Several of these clients are interviewing next week, so if one catches your eye, reply to your consultant straight away.

Tip of the week: a rejection after an agency interview is not the end - ask us for the feedback, we almost always get it."""
_X21_FOOT = ("Keystone Driving Recruitment, 14 Churchill Way, Cardiff CF10 2HE. You're receiving this "
             "because you registered with us. Unsubscribe: https://keystone-driving.example.co.uk/unsub")

_X22 = forward("""Hi Marta,

Here it is! Have a read of the offer letter and tell me what you think - I'm inclined to say yes but want to talk about the shifts with you tonight before I sign anything.

xx
D""", "en", "Rhiannon Davies <rhiannon.davies@harbourparcels.example.co.uk>",
    "Thu, 12 Feb 2026 at 14:05", "Offer of employment - Fleet Dispatch Planner",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>", """Dear Declan,

Following your interview with Owen and me last Thursday, I am delighted to offer you the position of Fleet Dispatch Planner at our Pengam Green depot.

Your formal offer letter is attached. Please sign and return it by Thursday 19 February.

Warm regards,
Rhiannon""")

_X23_TEXT = """Next Step Cymru - free online event

Acing the panel interview: a workshop for career changers

Wednesday 22 April 2026, 18:30 - 19:45, online

Panel interviews are now standard for council, transport and public-sector roles. In this free workshop our advisers will explain how panels score your answers, how to use the STAR method without sounding rehearsed, and how to handle the difficult question at the end. There will be time for live questions.

Reserve your place: https://nextstepcymru.example.org.uk/events/panel-interview-apr26

Can't make it? Register anyway and we'll send you the recording.

Next Step Cymru, Tŷ Gyrfa, 1 Heol y Frenhines, Cardiff CF10 2BN
Unsubscribe from event emails: https://nextstepcymru.example.org.uk/unsubscribe"""

_X24 = """Thank you for your message. I am on annual leave until Monday 3 August and will not be checking email.

For anything urgent regarding interviews or placements, please contact my colleague Daan Kuipers (daan@interimfleet.example.nl, +31 20 555 0920).

Best regards,
Marloes Jansen
Interim Fleet Partners
"""

_X25_ITEMS = [
    ("Scheduler - Cardiff", "https://busjobs.example.co.uk/v/2291", "Closing 30 April"),
    ("Network Controller - Swansea", "https://busjobs.example.co.uk/v/2294", "Closing 2 May"),
    ("Duty Manager - Bristol", "https://busjobs.example.co.uk/v/2296", "Closing 8 May"),
    ("Operations Planner - Birmingham", "https://busjobs.example.co.uk/v/2301", "Closing 11 May"),
]
_X25_INTRO = """Welcome to the April bulletin.

Our annual operators' survey is out: bus companies filled 1,240 control-room and scheduling positions last year, and on average each vacancy drew 19 applicants - so if you have been turned down recently, you are in good company. Operators say the most common reason for unsuccessful applications is a lack of timetabling software experience, and several now offer free taster sessions for applicants.

New vacancies this fortnight are below."""

_X26 = """Dear Declan,

I'm a reporter at the Taff Herald, working on a feature about the pressures on delivery drivers in Cardiff - targets, parking tickets, peak season and what happens when drivers want to move into other jobs.

A colleague saw your post in the South Wales drivers' forum and I wondered whether you would be willing to be interviewed for the piece. It would take about half an hour by phone or over a coffee, and you could choose whether to be named or not.

The feature is due to run in the weekend edition on 16 May. If you'd like to take part, just reply to this email or call me on 029 2018 0699.

Best wishes,
Rachel Ambrose
Senior Reporter, Taff Herald
"""

_X27 = """Dear Declan,

Driver CPC periodic training - Module: Fuel-efficient driving and vehicle checks

Unfortunately your course on Saturday 7 March has had to be rescheduled because the trainer is unwell. Your place has been moved to Saturday 14 March, same time (08:30 - 16:00) and same venue (DriveSafe Training, Unit 12 Penarth Road Retail Park, Cardiff).

If the new date doesn't suit you, please reply to this email and we'll transfer you to another course free of charge.

Apologies for any inconvenience,
Kerry Lewis
Bookings Team, DriveSafe Training
029 2018 0820
"""

_X28 = """Penylan Motors

Hi Declan,

Your MOT appointment has been moved.

Vehicle: Vauxhall Corsa CF15 RZT
Previous appointment: Monday 8 June 2026, 09:00
New appointment: Tuesday 9 June 2026, 09:00

Our MOT bay is closed on Monday for equipment calibration. If the new time doesn't work for you, use the link below to choose another slot.

Manage your booking: https://book.garagehive.example.com/penylan/mx7731

Penylan Motors, 41 Wellfield Road, Cardiff CF24 3PA
This is an automated message from our booking system.
"""

_X29_ITEMS = [
    ("Transport Planner", "https://www.prolink.example.com/jobs/view/5510231",
     "Severnside Logistics · Avonmouth, Bristol · 3 days ago · 41 applicants"),
    ("Dispatch Coordinator", "https://www.prolink.example.com/jobs/view/5510877",
     "Canalside Couriers · Birmingham · Be an early applicant"),
    ("Fleet Controller", "https://www.prolink.example.com/jobs/view/5511004",
     "Avon Larder · Bristol · Promoted"),
    ("Route Planning Analyst", "https://www.prolink.example.com/jobs/view/5511380",
     "RouteWise Software · Bristol (hybrid) · Actively recruiting"),
]
_X29_INTRO = """12 new positions for "dispatch coordinator" in Bristol and surrounding area

Based on your job alert. Top matches:"""
_X29_FOOT = ("You are receiving Job Alert emails. Unsubscribe: https://www.prolink.example.com/"
             "settings/job-alerts · ProLink Corporation, 1 Network Way, Dublin 2, Ireland")

_X30 = """Hi Marloes,

Following our call, here is my CV. I'm moving to Amsterdam at the end of July and I'm looking for dispatch or fleet planning roles where English is the working language. I can do interviews on Teams any weekday after 4pm UK time.

Thanks,
Declan"""

_X31_TEXT = """Hi Declan,

Harbour Parcels would like to hear about your recent interview experience for Fleet Dispatch Planner.

The survey takes about two minutes and your answers are anonymous - they won't affect your application in any way.

Take the survey: https://survey.candidatepulse.example.com/s/hp-2026-0211

Thank you for helping Harbour Parcels improve its hiring process.

CandidatePulse, on behalf of Harbour Parcels"""

_X32_OLD = """Fleet Planner (maternity cover, 12 months)
Vale Community Transport, Barry

We are looking for an organised, calm planner to schedule our fleet of 22 accessible minibuses for dial-a-ride and school contracts.

Salary: £27,400 pro rata
Closing date: 5 June 2026
Interviews will be held on 15 and 16 June at our Barry Docks office.

To apply, send a CV and covering letter to jobs@valecommunitytransport.example.org.uk"""

_X32 = forward("""Hiya Dec,

Saw this on the noticeboard at work and thought of you straight away - it's only mat cover but it'd be a foot in the door, and it's 15 minutes from yours.

Carys x""", "en", "Vale Community Transport <jobs@valecommunitytransport.example.org.uk>",
    "Tue, 19 May 2026 at 09:02", "Vacancy: Fleet Planner (maternity cover)", "All staff",
    _X32_OLD)

# ---------------------------------------------------------------- French

_X33_ITEMS = [
    ("Exploitant transport H/F - Rouen", "https://emploinormand.example.fr/o/551203",
     "Transports Vallée de Seine · CDI · 28-31 k€"),
    ("Régulateur de flotte H/F - Le Havre", "https://emploinormand.example.fr/o/551219",
     "Port Logistique Estuaire · CDI · horaires postés"),
    ("Planificateur de tournées H/F - Sotteville-lès-Rouen", "https://emploinormand.example.fr/o/551240",
     "Logisseine · CDI · 30 k€"),
    ("Affréteur H/F - Évreux", "https://emploinormand.example.fr/o/551262",
     "Eure Fret · CDD 6 mois"),
]
_X33_INTRO = """Bonjour Declan,

4 nouvelles offres correspondent à votre alerte « exploitation transport - Rouen (30 km) ».

Notre conseil de la semaine : préparer un entretien d'embauche dans le transport, et comment réagir à un refus sans se décourager."""
_X33_FOOT = ("Vous recevez cet e-mail car vous avez créé une alerte sur EmploiNormand. "
             "Se désabonner : https://emploinormand.example.fr/desabonnement?id=dfn")

_X34 = """Bonjour Monsieur Ferreira-Nowak,

Nous avons bien étudié votre dossier de candidature pour la formation « Technicien supérieur en méthodes et exploitation logistique » (session de septembre 2026).

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre demande d'admission : le financement régional de cette session est réservé aux demandeurs d'emploi inscrits en Normandie depuis plus de six mois, ce qui n'est pas encore votre cas.

Vous pourrez présenter une nouvelle demande pour la session de février 2027. Notre conseillère formation se tient à votre disposition pour étudier un financement personnel.

Cordialement,

Nathalie Perrin
Responsable des admissions
Centre de formation Seine Logistique
23 avenue du Mont-Riboudet, 76000 Rouen
"""

_X35 = """Bonjour Monsieur Marchand,

Je tenais à vous remercier, ainsi que Madame Leroy, pour l'entretien de ce matin et pour la présentation de l'agence. La mise en situation sur le logiciel de tournées m'a beaucoup plu, et j'ai été content de voir comment l'équipe réorganise les départs quand un chauffeur manque à l'appel.

Je reste bien sûr disponible si vous avez besoin d'informations complémentaires.

Bien cordialement,
Declan Ferreira-Nowak
+44 7700 900644"""

_X36 = """Banque Normande du Littoral

Bonjour Monsieur Ferreira-Nowak,

Votre rendez-vous est confirmé.

Objet : entretien d'ouverture de compte (non-résident)
Date : vendredi 29 mai 2026 à 16 h 30
Agence : Rouen Jeanne d'Arc, 41 rue Jeanne d'Arc
Conseiller : M. Olivier Baudry

Lors de cet entretien, votre conseiller fera le point sur votre situation et votre projet d'installation. Pensez à apporter une pièce d'identité, un justificatif de domicile et, si vous en avez une, votre promesse d'embauche.

Pour annuler ou modifier ce rendez-vous, rendez-vous dans votre espace client.

Ceci est un message automatique, merci de ne pas y répondre."""

_X37 = """Bonjour,

Malheureusement, votre colis a pris du retard.

Numéro de suivi : CR 7720 4419 3FR
Expéditeur : Librairie du Vieux-Marché

Votre colis est bloqué sur notre plateforme de Rouen en raison d'un incident technique. Il vous sera livré au plus tard le mardi 2 juin. Aucune action n'est nécessaire de votre part.

Nous vous prions de nous excuser pour ce désagrément.

L'équipe ColiRapide
Suivre mon colis : https://colirapide.example.fr/suivi/CR77204419"""

_X38 = """Bonjour,

Je suis absente de l'agence jusqu'au lundi 20 avril inclus.

Pour toute question urgente concernant une mission, un entretien ou une inscription, merci de contacter l'accueil de l'agence au 02 35 55 08 00 ou agence.rouen@normandie-plus.example.fr.

Cordialement,
Mélanie Roussel
Agence Intérim Normandie Plus
"""

_X39_ITEMS = [
    ("Comment rebondir après un refus d'embauche",
     "https://magcarrieretransport.example.fr/articles/rebondir-refus",
     "Demander un retour, analyser, relancer : la méthode de trois recruteurs."),
    ("Entretien : les 5 questions pièges du métier d'exploitant",
     "https://magcarrieretransport.example.fr/articles/questions-pieges",
     "Et comment y répondre sans se trahir."),
    ("Salaires 2026 dans le transport routier en Normandie",
     "https://magcarrieretransport.example.fr/articles/salaires-2026",
     "Notre baromètre annuel, métier par métier."),
]
_X39_INTRO = """Le Mag Carrière Transport - n° 58

Ce mois-ci, nous parlons d'un sujet que tout le monde connaît mais dont personne ne parle : le refus. Trois recruteurs normands expliquent pourquoi une candidature est écartée et comment transformer ce « non » en prochaine embauche."""
_X39_FOOT = ("Le Mag Carrière Transport · Pour ne plus recevoir cette lettre : "
             "https://magcarrieretransport.example.fr/desinscription")

# ---------------------------------------------------------------- German

_X40_ITEMS = [
    ("Disponent (m/w/d) Nahverkehr - Düsseldorf", "https://stellenradar.example.de/job/771204",
     "Spedition Kaiserswerth · Vollzeit · unbefristet"),
    ("Tourenplaner (m/w/d) - Neuss", "https://stellenradar.example.de/job/771233",
     "Lagerhaus Hafen Neuss · Vollzeit"),
    ("Fuhrparkkoordinator (m/w/d) - Düsseldorf-Hafen", "https://stellenradar.example.de/job/771250",
     "Frischmarkt Lindner · Vollzeit"),
    ("Leitstellenmitarbeiter (m/w/d) ÖPNV - Ratingen", "https://stellenradar.example.de/job/771278",
     "Verkehrsgesellschaft Angerland · Schichtdienst"),
]
_X40_INTRO = """Hallo Declan,

wir haben 4 neue Stellen für Ihren Suchauftrag „Disponent Düsseldorf" gefunden.

Außerdem neu im Ratgeber: „Absage erhalten - und jetzt?" und unsere Checkliste für das Vorstellungsgespräch per Video."""
_X40_FOOT = ("Sie erhalten diesen Jobletter, weil Sie einen Suchauftrag bei StellenRadar angelegt haben. "
             "Abmelden: https://stellenradar.example.de/abmelden?t=dfn")

_X41 = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 17. April, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an recruiting@rheinkurier.example.de.

Viele Grüße
Jana Schäfer
Rheinkurier GmbH
"""

_X42 = """Hallo Herr Hoffmann,

ich habe mich heute über Ihr Karriereportal als Customer Support Specialist (m/w/d) beworben und wollte mich kurz auch persönlich vorstellen.

Ich fahre seit sechs Jahren Mehrstopp-Touren in Cardiff und arbeite täglich mit Routen-Apps. Ich kenne also die Probleme, die Ihre Kunden draußen auf der Straße haben. Deutsch habe ich in der Schule und während eines Jahres in Köln gelernt; im Anhang finden Sie meinen Lebenslauf.

Ich würde mich über eine Rückmeldung freuen.

Viele Grüße
Declan Ferreira-Nowak"""

_X43 = """Sehr geehrter Herr Ferreira-Nowak,

leider muss ich den Besichtigungstermin für die Wohnung in der Ackerstraße 41, 3. OG, am Samstag, 11. Juli, um 11:00 Uhr absagen. Die Vormieter haben ihren Auszug verschoben, sodass eine Besichtigung derzeit nicht möglich ist.

Sobald ein neuer Termin feststeht, melde ich mich bei Ihnen. Ihre Unterlagen (Selbstauskunft, Gehaltsnachweise) liegen mir bereits vor.

Mit freundlichen Grüßen

Dirk Albers
Hausverwaltung Albers & Söhne
Lindemannstraße 22, 40237 Düsseldorf
Tel. 0211 555 0177
"""

_X44 = """Sehr geehrter Herr Ferreira-Nowak,

vielen Dank für Ihre Anmeldung zum Lehrgang „Geprüfte/r Disponent/in Güterkraftverkehr" (Beginn 14. September 2026, berufsbegleitend).

Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Platz im Lehrgang anbieten können. Alle 24 Plätze sind bereits vergeben, und die Warteliste ist geschlossen.

Der nächste Lehrgang beginnt im März 2027. Gern merken wir Sie dafür vor – eine kurze Antwort auf diese E-Mail genügt.

Mit freundlichen Grüßen
Petra Lenz
Kursorganisation
Bildungszentrum Rhein-Ruhr
"""

_X45_TEXT = """Netzwerk Karriere

Hallo Declan,

Ihr Profil wurde in den letzten 7 Tagen 9 Mal besucht.

Darunter:
- eine Recruiterin von Rheinkurier
- ein Personalberater aus Düsseldorf
- 3 Mitglieder aus der Branche Transport & Logistik

Neue Stellenangebote für Sie: Disponent (m/w/d), Tourenplaner (m/w/d) und 5 weitere.

Alle Besucher ansehen: https://www.netzwerkkarriere.example.de/profil/besucher
E-Mail-Einstellungen: https://www.netzwerkkarriere.example.de/einstellungen"""

# ---------------------------------------------------------------- Spanish

_X46_ITEMS = [
    ("Planificador/a de rutas - Bilbao", "https://empleonorte.example.es/oferta/330912",
     "Logística Deusto · Indefinido · 28.000 - 32.000 €"),
    ("Jefe/a de tráfico - Zorrotza", "https://empleonorte.example.es/oferta/330940",
     "Transportes Zorrotza · Jornada completa"),
    ("Coordinador/a de reparto - Barakaldo", "https://empleonorte.example.es/oferta/330957",
     "Mensajería Nervión · Turno de tarde"),
    ("Técnico/a de expediciones - Basauri", "https://empleonorte.example.es/oferta/330988",
     "Supermercados Artxanda · Indefinido"),
]
_X46_INTRO = """Hola Declan:

Estas son las nuevas ofertas de tu alerta «logística Bilbao».

En el blog esta semana: cómo preparar una entrevista por videollamada y qué hacer si te descartan en la última fase."""
_X46_FOOT = ("Recibes este correo porque creaste una alerta en EmpleoNorte. "
             "Darse de baja: https://empleonorte.example.es/baja?u=dfn")

_X47 = """Hola Josu:

Muchas gracias por la convocatoria. El martes 8 tengo un servicio que no puedo cambiar en Cardiff. ¿Sería posible hacer la entrevista otro día de esa semana o por videollamada?

Un saludo,
Declan"""

_X48 = """Hola Declan:

Soy Ane Urrutia, periodista del programa «Gente que se mueve» de Radio Ría de Bilbao. Estamos preparando un especial sobre trabajadores europeos que se trasladan a Bizkaia para trabajar en el sector del transporte.

Me ha pasado tu contacto Aitor, de Talento Cantábrico, y me encantaría hacerte una entrevista de unos diez minutos, por teléfono o en el estudio, sobre tu experiencia como repartidor en Gales y tus planes aquí. Se emitiría en octubre.

Si te apetece, contéstame y buscamos un día.

Gracias,
Ane Urrutia
Radio Ría de Bilbao
"""

_X49 = """¡Hola Declan!

Te cuento: al final me han dicho que no en Autobuses Ibaizabal. Me llamaron ayer para decirme que han cogido a alguien con más experiencia en planificación de turnos. Después de tres entrevistas, ¡imagínate!

Bueno, no pasa nada, sigo en el almacén de momento y ya saldrá otra cosa. Tú seguías en su proceso también, ¿no? Ojalá a ti te vaya mejor, que ese puesto es para ti.

A ver si quedamos cuando vengas a Bilbao.

Un abrazo,
Unai
"""

_X50 = """Estimado Sr. Ferreira-Nowak:

Le agradecemos su interés en el Máster en Logística y Cadena de Suministro (edición 2026-2027).

Tras la valoración de su solicitud por la comisión académica, lamentamos comunicarle que no ha sido admitido en esta edición. El número de solicitudes ha superado ampliamente las plazas disponibles y se ha dado prioridad a candidatos con titulación universitaria en el área.

Puede volver a solicitar la admisión en la próxima convocatoria, que se abrirá en enero de 2027.

Atentamente,

Oficina de Admisiones
Escuela de Negocios Abra
Alameda de Mazarredo 18, 48001 Bilbao
"""

_X51 = """Cita previa - Extranjería

Estimado/a usuario/a:

Le informamos de que su cita para la expedición del certificado de registro de ciudadano de la UE / NIE, prevista para el lunes 12 de octubre de 2026 a las 9:20 en la Oficina de Extranjería de Bilbao, ha sido ANULADA por coincidir con un día festivo nacional.

Puede solicitar una nueva cita a través de la sede electrónica.

Este es un mensaje automático. Por favor, no responda a este correo."""

_X52 = """Gracias por tu mensaje.

Estoy de vacaciones hasta el lunes 24 de agosto. Para cualquier tema urgente sobre procesos de selección o entrevistas, puedes escribir a seleccion@talentocantabrico.example.es o llamar al 944 55 07 60.

Un saludo,
Aitor Goikoetxea
Talento Cantábrico
"""


def _lh(name: str, domain: str) -> dict[str, str]:
    return list_headers(f"{name} <{name.lower().replace(' ', '-')}.{domain}>",
                        f"https://{domain}/unsubscribe?u=dfn", f"unsubscribe@{domain}")


MESSAGES = [
    # ---------------------------------------------------------------- English
    dict(kind="other", slug="job_alert_digest_mentions_rejection", lang="en",
         frm=("DriveJobs", "alerts@mail.drivejobs.example.co.uk"),
         subject="5 new jobs for 'dispatch OR transport planner' near Cardiff",
         date="2026-01-12 06:30 +0000",
         text=digest_text("DriveJobs - your weekly alert", _X1_INTRO, _X1_ITEMS, _X1_FOOT),
         html=digest_html("DriveJobs - your weekly alert", _X1_INTRO, _X1_ITEMS, _X1_FOOT),
         headers=_lh("DriveJobs Alerts", "mail.drivejobs.example.co.uk")),
    dict(kind="other", slug="newsletter_rejected_after_final_html", lang="en",
         frm=("The Fleet Desk", "newsletter@fleetdesk.example.co.uk"),
         subject="Rejected after the final interview? 40 planners on what they did next",
         date="2026-03-09 07:15 +0000", html=_X2_HTML,
         headers=_lh("Fleet Desk", "fleetdesk.example.co.uk")),
    dict(kind="other", slug="career_advice_questions_to_ask", lang="en",
         frm=("CareerLift", "tips@careerlift.example.com"),
         subject="7 questions to ask at the end of your interview",
         date="2026-02-03 12:00 -0500", text=_X3,
         headers=_lh("CareerLift Weekly", "careerlift.example.com")),
    dict(kind="other", slug="podcast_interview_request", lang="en",
         contact="jodie@lastmilematters.example.co.uk",
         frm=("Jodie Carter", "jodie@lastmilematters.example.co.uk"),
         subject="Would you be a guest on Last Mile Matters?", date="2026-03-24 13:41 +0000",
         text=_X4),
    dict(kind="other", slug="user_research_interview_invitation", lang="en",
         contact="amira.haddad@parcelo.example.com",
         frm=("Amira Haddad", "amira.haddad@parcelo.example.com"),
         subject="Invitation: 45-minute research interview about the Parcelo Driver app",
         date="2026-02-17 10:20 +0000", text=_X5, html=paras(_X5)),
    dict(kind="other", slug="telematics_position_report", lang="en",
         frm=("TrackVan Telematics", "reports-noreply@trackvan.example.com"),
         subject="Daily position report - CY21 KXO - 04/02/2026",
         date="2026-02-04 18:00 +0000", text=_X6, headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="other", slug="parcel_delayed_unfortunately", lang="en",
         frm=("Swiftpost", "noreply@swiftpost.example.co.uk"),
         subject="Unfortunately your parcel is delayed", date="2026-01-21 07:12 +0000",
         text=_X7_TEXT, html=ats_card("Swiftpost", "#e65100", paras(_X7_TEXT),
                                      "Swiftpost Ltd · Track: https://swiftpost.example.co.uk/t/SP44710923")),
    dict(kind="other", slug="friend_tells_own_rejection", lang="en",
         contact="owain.pritchard@example.com",
         frm=("Owain Pritchard", "owain.pritchard@example.com"),
         subject="well that's that then", date="2026-04-29 12:55 +0100", text=_X8),
    dict(kind="other", slug="own_thank_you_after_panel", lang="en",
         frm=CAND, to=[("Priya Lakhani", "priya.lakhani@routewise.example.co.uk")],
         subject="Thank you - panel interview", date="2026-05-22 18:04 +0100",
         id="rw-thanks", text=_X9),
    dict(kind="other", slug="own_application_with_cv", lang="en",
         frm=CAND, to=[("Niamh O'Callaghan", "niamh.ocallaghan@shandongrocers.example.ie")],
         subject="Delivery coordinator - Ballincollig", date="2026-03-16 21:40 +0000",
         id="sg-apply", text=_X10,
         pdf=[dict(name="CV-Declan-Ferreira-Nowak.pdf", lines=[
             "Declan Ferreira-Nowak", "Cardiff · declan.fn@example.co.uk · +44 7700 900644", "",
             "Multi-drop delivery driver, TaffDrop Couriers, Cardiff (2020 - present)",
             "Relief rota cover, transport office (winters 2024, 2025)",
             "Skills: route planning, tachograph rules, customer service",
             "Languages: English, French, German, Spanish (working knowledge)"])]),
    dict(kind="other", slug="own_reschedule_request", lang="en",
         frm=CAND, to=[("Rhiannon Davies", "rhiannon.davies@harbourparcels.example.co.uk")],
         subject="Re: Interview invitation - Fleet Dispatch Planner",
         date="2026-01-27 07:58 +0000", id="hp-move-request", parent="hp-invite", text=_X11),
    dict(kind="other", slug="own_apology_after_missed", lang="en",
         frm=CAND, to=[("Gareth Prosser", "gareth.prosser@taffvalleybuses.example.co.uk")],
         subject="Sorry about Thursday", date="2026-04-02 19:48 +0100", id="tvb-sorry",
         parent="tvb-missed", text=_X12),
    dict(kind="other", slug="recruiter_cold_approach_no_event", lang="en",
         contact="sam.okoye@meridiansearch.example.co.uk",
         frm=("Sam Okoye", "sam.okoye@meridiansearch.example.co.uk"),
         subject="Driving to planning - open to a conversation one day?",
         date="2026-06-03 08:02 +0100", text=_X13),
    dict(kind="other", slug="building_society_fact_find_interview", lang="en",
         frm=("Dragon Building Society", "appointments-noreply@dragonbs.example.co.uk"),
         subject="Your mortgage appointment is confirmed", date="2026-03-02 09:30 +0000",
         text=_X14),
    dict(kind="other", slug="letting_agent_inspection", lang="en",
         contact="ellie.hughes@roathlettings.example.co.uk",
         frm=("Ellie Hughes", "ellie.hughes@roathlettings.example.co.uk"),
         subject="Property inspection - 27 Marlborough Road", date="2026-03-10 11:48 +0000",
         text=_X15),
    dict(kind="other", slug="school_parents_evening_appointments", lang="en",
         frm=("Llanishen Fach Primary School", "noreply@schoolping.example.co.uk"),
         subject="Year 3 parents' evening - book your appointment",
         date="2026-02-26 15:10 +0000", text=_X16, headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="other", slug="gp_appointment_cancelled", lang="en",
         frm=("Whitchurch Road Surgery", "no-reply@whitchurchroadsurgery.example.co.uk"),
         subject="Your appointment has been cancelled", date="2026-05-12 16:02 +0100",
         text=_X17),
    dict(kind="other", slug="ooo_auto_reply_hr", lang="en",
         contact="ffion.rees@tawefreight.example.co.uk",
         frm=("Ffion Rees", "ffion.rees@tawefreight.example.co.uk"),
         subject="Automatic reply: Interview - Night Transport Planner",
         date="2026-04-03 08:01 +0100", parent="tf-confirm-virtual", text=_X18,
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    dict(kind="other", slug="network_notification_application_viewed", lang="en",
         frm=("ProLink", "notifications-noreply@prolink.example.com"),
         subject="Harbour Parcels viewed your application", date="2026-01-20 17:44 +0000",
         text=_X19_TEXT, html=ats_card("ProLink", "#0a66c2", paras(_X19_TEXT))),
    dict(kind="other", slug="college_course_place_refused", lang="en",
         contact="admissions@colegglannau.example.ac.uk",
         frm=("Coleg Glannau Taf Admissions", "admissions@colegglannau.example.ac.uk"),
         subject="Your application: Level 3 Certificate in Transport Management",
         date="2026-07-14 10:05 +0100", text=_X20),
    dict(kind="other", slug="agency_weekly_roles_newsletter", lang="en",
         frm=("Keystone Driving Recruitment", "news@keystone-driving.example.co.uk"),
         subject="New this week: 4 transport office roles in South Wales",
         date="2026-05-25 07:00 +0100",
         text=digest_text("Keystone Weekly", _X21_INTRO, _X21_ITEMS, _X21_FOOT),
         html=digest_html("Keystone Weekly", _X21_INTRO, _X21_ITEMS, _X21_FOOT,
                          accent="#8e24aa"),
         headers=_lh("Keystone Weekly", "keystone-driving.example.co.uk")),
    dict(kind="other", slug="own_forward_of_offer_to_partner", lang="en",
         frm=CAND, to=[("Marta Ferreira-Nowak", "marta.fn@example.co.uk")],
         subject="Fwd: Offer of employment - Fleet Dispatch Planner",
         date="2026-02-12 19:30 +0000", parent="hp-offer", text=_X22,
         pdf=[dict(name="Offer-letter-Declan-Ferreira-Nowak.pdf", lines=[
             "Harbour Parcels Ltd", "Offer of employment: Fleet Dispatch Planner",
             "Salary: £31,500 per annum. Start date: 9 March 2026."])]),
    dict(kind="other", slug="webinar_acing_the_panel_interview", lang="en",
         frm=("Next Step Cymru Events", "events@nextstepcymru.example.org.uk"),
         subject="Free workshop: acing the panel interview", date="2026-04-08 12:30 +0100",
         text=_X23_TEXT, html=ats_card("Next Step Cymru", "#c2185b", paras(_X23_TEXT)),
         cte="quoted-printable", headers=_lh("Next Step Events", "nextstepcymru.example.org.uk")),
    dict(kind="other", slug="ooo_agency_consultant_holiday", lang="en",
         contact="marloes@interimfleet.example.nl",
         frm=("Marloes Jansen", "marloes@interimfleet.example.nl"),
         subject="Automatic reply: Amsterdam start date", date="2026-07-20 09:14 +0200",
         text=_X24, headers={"Auto-Submitted": "auto-replied"}),
    dict(kind="other", slug="bus_jobs_bulletin_unsuccessful_stats", lang="en",
         frm=("Bus & Coach Jobs Bulletin", "bulletin@busjobs.example.co.uk"),
         subject="April bulletin: 1,240 positions filled - and what unsuccessful applicants said",
         date="2026-04-17 06:45 +0100",
         text=digest_text("Bus & Coach Jobs Bulletin", _X25_INTRO, _X25_ITEMS,
                          "Unsubscribe: https://busjobs.example.co.uk/unsubscribe"),
         html=digest_html("Bus & Coach Jobs Bulletin", _X25_INTRO, _X25_ITEMS,
                          "Unsubscribe: https://busjobs.example.co.uk/unsubscribe",
                          accent="#00796b"),
         headers=_lh("Bus Jobs Bulletin", "busjobs.example.co.uk")),
    dict(kind="other", slug="press_interview_request", lang="en",
         contact="rachel.ambrose@taffherald.example.co.uk",
         frm=("Rachel Ambrose", "rachel.ambrose@taffherald.example.co.uk"),
         subject="Interview request - feature on delivery drivers",
         date="2026-04-23 14:17 +0100", text=_X26),
    dict(kind="other", slug="cpc_course_rescheduled", lang="en",
         contact="bookings@drivesafe.example.co.uk",
         frm=("DriveSafe Training Bookings", "bookings@drivesafe.example.co.uk"),
         subject="Your Driver CPC course has been rescheduled", date="2026-03-04 16:20 +0000",
         text=_X27),
    dict(kind="other", slug="mot_appointment_moved", lang="en",
         frm=("Penylan Motors", "no-reply@garagehive.example.com"),
         subject="Your MOT appointment has been moved", date="2026-06-05 18:03 +0100",
         text=_X28),
    dict(kind="other", slug="network_job_alert_new_positions", lang="en",
         frm=("ProLink Job Alerts", "jobalerts-noreply@prolink.example.com"),
         subject="12 new positions for dispatch coordinator in Bristol",
         date="2026-02-19 05:31 +0000",
         text=digest_text("ProLink Job Alert", _X29_INTRO, _X29_ITEMS, _X29_FOOT),
         html=digest_html("ProLink Job Alert", _X29_INTRO, _X29_ITEMS, _X29_FOOT,
                          accent="#0a66c2"),
         headers=_lh("ProLink Job Alerts", "prolink.example.com")),
    dict(kind="other", slug="own_cv_to_agency_pdf", lang="en",
         frm=CAND, to=[("Marloes Jansen", "marloes@interimfleet.example.nl")],
         subject="CV - Declan Ferreira-Nowak", date="2026-06-12 18:41 +0100",
         id="ifp-cv", text=_X30,
         pdf=[dict(name="CV-Declan-Ferreira-Nowak-EN.pdf", lines=[
             "Declan Ferreira-Nowak", "Cardiff (relocating to Amsterdam, July 2026)", "",
             "Experience: multi-drop driver; relief planner cover; rota support",
             "Target roles: dispatch, fleet planning, transport coordination"])]),
    dict(kind="other", slug="candidate_experience_survey", lang="en",
         frm=("CandidatePulse for Harbour Parcels", "survey-noreply@candidatepulse.example.com"),
         subject="How was your interview with Harbour Parcels?", date="2026-02-06 10:00 +0000",
         text=_X31_TEXT, html=ats_card("Harbour Parcels", "#0d47a1", paras(_X31_TEXT),
                                       "CandidatePulse · Unsubscribe"),
         headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="other", slug="friend_forwards_vacancy", lang="en",
         contact="carys.lewis@example.com",
         frm=("Carys Lewis", "carys.lewis@example.com"),
         subject="Fwd: Vacancy: Fleet Planner (maternity cover)", date="2026-05-19 12:44 +0100",
         text=_X32),

    # ---------------------------------------------------------------- French
    dict(kind="other", slug="alerte_emploi_digest", lang="fr",
         frm=("EmploiNormand", "alertes@emploinormand.example.fr"),
         subject="4 nouvelles offres pour votre alerte « exploitation transport »",
         date="2026-04-20 06:00 +0200",
         text=digest_text("EmploiNormand - vos nouvelles offres", _X33_INTRO, _X33_ITEMS,
                          _X33_FOOT),
         html=digest_html("EmploiNormand - vos nouvelles offres", _X33_INTRO, _X33_ITEMS,
                          _X33_FOOT, accent="#1565c0"),
         headers=_lh("EmploiNormand Alertes", "emploinormand.example.fr")),
    dict(kind="other", slug="refus_admission_formation", lang="fr",
         contact="n.perrin@seine-logistique-formation.example.fr",
         frm=("Nathalie Perrin", "n.perrin@seine-logistique-formation.example.fr"),
         subject="Votre demande d'admission - TSMEL septembre 2026",
         date="2026-07-08 15:30 +0200", text=_X34, charset="iso-8859-1",
         cte="quoted-printable"),
    dict(kind="other", slug="propre_remerciement_entretien", lang="fr",
         frm=CAND, to=[("Julien Marchand", "j.marchand@normandie-colis.example.fr")],
         cc=[("Karine Leroy", "k.leroy@normandie-colis.example.fr")],
         subject="Merci pour l'entretien de ce matin", date="2026-06-02 17:10 +0200",
         id="nce-thanks", parent="nce-move", text=_X35),
    dict(kind="other", slug="banque_entretien_conseiller", lang="fr",
         frm=("Banque Normande du Littoral", "rdv-noreply@bnl-banque.example.fr"),
         subject="Confirmation de votre rendez-vous du 29 mai", date="2026-05-20 09:00 +0200",
         text=_X36),
    dict(kind="other", slug="colis_retarde_malheureusement", lang="fr",
         frm=("ColiRapide", "ne-pas-repondre@colirapide.example.fr"),
         subject="Votre colis a pris du retard", date="2026-05-29 08:12 +0200", text=_X37,
         html=ats_card("ColiRapide", "#f9a825", paras(_X37))),
    dict(kind="other", slug="reponse_automatique_absence", lang="fr",
         contact="m.roussel@normandie-plus.example.fr",
         frm=("Mélanie Roussel", "m.roussel@normandie-plus.example.fr"),
         subject="Réponse automatique : Re: Retour Entrepôts du Robec",
         subject_enc=("iso-8859-1", "Q"),
         date="2026-04-14 08:00 +0200", parent="anp-robec-reject", text=_X38,
         headers={"Auto-Submitted": "auto-replied"}),
    dict(kind="other", slug="newsletter_rebondir_apres_refus", lang="fr",
         frm=("Le Mag Carrière Transport", "lettre@magcarrieretransport.example.fr"),
         name_enc=("iso-8859-1", "Q"),
         subject="Rebondir après un refus d'embauche : la méthode de 3 recruteurs",
         date="2026-06-05 07:30 +0200",
         html=digest_html("Le Mag Carrière Transport", _X39_INTRO, _X39_ITEMS, _X39_FOOT,
                          accent="#6d4c41"),
         cte="base64", headers=_lh("Mag Carriere Transport", "magcarrieretransport.example.fr")),

    # ---------------------------------------------------------------- German
    dict(kind="other", slug="stellenradar_jobletter", lang="de",
         frm=("StellenRadar Jobletter", "jobletter@stellenradar.example.de"),
         subject="4 neue Jobs für „Disponent Düsseldorf“", date="2026-06-29 06:15 +0200",
         text=digest_text("StellenRadar - Ihr Jobletter", _X40_INTRO, _X40_ITEMS, _X40_FOOT),
         html=digest_html("StellenRadar - Ihr Jobletter", _X40_INTRO, _X40_ITEMS, _X40_FOOT,
                          accent="#2e7d32"),
         headers=_lh("StellenRadar Jobletter", "stellenradar.example.de")),
    dict(kind="other", slug="abwesenheitsnotiz", lang="de",
         contact="jana.schaefer@rheinkurier.example.de",
         frm=("Jana Schäfer", "jana.schaefer@rheinkurier.example.de"),
         subject="Abwesenheitsnotiz: Re: Neuer Termin für unser Gespräch",
         date="2026-04-10 07:02 +0200", parent="rk-confirm-virtual", refs=["rk-move"],
         text=_X41, headers={"Auto-Submitted": "auto-replied"}),
    dict(kind="other", slug="eigene_bewerbung_mit_lebenslauf", lang="de",
         frm=CAND, to=[("Lukas Hoffmann", "lukas.hoffmann@tourenwerk.example.de")],
         subject="Bewerbung Customer Support Specialist – kurze Vorstellung",
         date="2026-05-04 19:00 +0100", id="tw-apply", text=_X42,
         pdf=[dict(name="Lebenslauf-Declan-Ferreira-Nowak.pdf", lines=[
             "Lebenslauf - Declan Ferreira-Nowak", "Cardiff, Vereinigtes Königreich", "",
             "2020 - heute: Zusteller (Mehrstopp-Touren), TaffDrop Couriers, Cardiff",
             "Sprachen: Englisch, Deutsch, Französisch, Spanisch"])]),
    dict(kind="other", slug="hausverwaltung_besichtigung_abgesagt", lang="de",
         contact="d.albers@hv-albers.example.de",
         frm=("Dirk Albers", "d.albers@hv-albers.example.de"),
         subject="Absage Besichtigungstermin Ackerstraße 41", subject_enc=("iso-8859-1", "Q"),
         date="2026-07-08 17:20 +0200", text=_X43, charset="iso-8859-1", cte="8bit"),
    dict(kind="other", slug="lehrgang_kein_platz", lang="de",
         contact="p.lenz@bz-rhein-ruhr.example.de",
         frm=("Petra Lenz", "p.lenz@bz-rhein-ruhr.example.de"),
         subject="Ihre Anmeldung zum Lehrgang Geprüfte/r Disponent/in",
         date="2026-08-20 11:40 +0200", text=_X44, charset="windows-1252",
         cte="quoted-printable"),
    dict(kind="other", slug="netzwerk_profilbesucher", lang="de",
         frm=("Netzwerk Karriere", "benachrichtigung@netzwerkkarriere.example.de"),
         subject="9 Profilbesuche diese Woche – darunter eine Recruiterin",
         date="2026-04-27 18:00 +0200", text=_X45_TEXT,
         html=ats_card("Netzwerk Karriere", "#006064", paras(_X45_TEXT)),
         headers={"Auto-Submitted": "auto-generated"}),

    # ---------------------------------------------------------------- Spanish
    dict(kind="other", slug="alerta_empleo_digest", lang="es",
         frm=("EmpleoNorte", "alertas@empleonorte.example.es"),
         subject="Nuevas ofertas para tu alerta «logística Bilbao»",
         date="2026-08-24 07:00 +0200",
         text=digest_text("EmpleoNorte - tus alertas", _X46_INTRO, _X46_ITEMS, _X46_FOOT),
         html=digest_html("EmpleoNorte - tus alertas", _X46_INTRO, _X46_ITEMS, _X46_FOOT,
                          accent="#c62828"),
         headers=_lh("EmpleoNorte Alertas", "empleonorte.example.es")),
    dict(kind="other", slug="propia_peticion_cambio_fecha", lang="es",
         frm=CAND, to=[("Josu Arana", "josu.arana@ibaizabal.example.es")],
         subject="Re: Convocatoria de entrevista - Planificador/a de Servicios",
         date="2026-09-02 21:14 +0100", id="ai-move-request", parent="ai-invite",
         text=reply(_X47, "es", "lun, 31 ago 2026 a las 10:40",
                    "Josu Arana <josu.arana@ibaizabal.example.es>",
                    """Hola Declan:

Te confirmamos la entrevista con el tribunal de selección para el puesto de Planificador/a de Servicios.

Fecha: martes 8 de septiembre de 2026
Hora: 11:00

Un saludo,
Josu Arana""")),
    dict(kind="other", slug="radio_entrevista", lang="es",
         contact="ane.urrutia@radioria.example.es",
         frm=("Ane Urrutia", "ane.urrutia@radioria.example.es"),
         subject="Entrevista para Radio Ría de Bilbao", date="2026-09-29 13:05 +0200",
         text=_X48),
    dict(kind="other", slug="amigo_cuenta_su_rechazo", lang="es",
         contact="unai.larrea@example.com",
         frm=("Unai Larrea", "unai.larrea@example.com"),
         subject="Me han dicho que no :(", date="2026-09-17 22:31 +0200", text=_X49,
         charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="other", slug="master_no_admitido", lang="es",
         contact="admisiones@abra-negocios.example.es",
         frm=("Escuela de Negocios Abra - Admisiones", "admisiones@abra-negocios.example.es"),
         subject="Resolución de admisión - Máster en Logística y Cadena de Suministro",
         subject_enc=("iso-8859-1", "Q"), date="2026-06-26 12:00 +0200", text=_X50),
    dict(kind="other", slug="cita_extranjeria_anulada", lang="es",
         frm=("Cita Previa Extranjería", "no-responder@citaprevia.example.es"),
         subject="Cita anulada - Oficina de Extranjería de Bilbao",
         date="2026-10-05 08:00 +0200", text=_X51),
    dict(kind="other", slug="respuesta_automatica_vacaciones", lang="es",
         contact="aitor@talentocantabrico.example.es",
         frm=("Aitor Goikoetxea", "aitor@talentocantabrico.example.es"),
         subject="Respuesta automática: CV actualizado", subject_enc=("utf-8", "Q"),
         date="2026-08-10 10:22 +0200", text=_X52,
         headers={"Auto-Submitted": "auto-replied"}),
]

_ = (outlook, quote, wrote)  # layout helpers kept at hand for edits
