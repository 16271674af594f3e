"""Corpus 202: 26 interview invitations, 15 reschedules/cancellations and 10 missed-interview
notices. Hand-written, one dict each."""

from __future__ import annotations

from msgs202_common import (
    CAND,
    ats_card,
    esc,
    html_quote,
    mso,
    outlook,
    outlook_html,
    paras,
    quote,
    reply,
    wrote,
)

# ---------------------------------------------------------------- invitations

_I1 = """Hi Declan,

Thanks for applying for the Fleet Dispatch Planner role at our Pengam Green depot. Our transport manager, Owen Griffiths, and I would like to invite you for an interview.

When: Tuesday 3 February 2026, 10:00 - 11:00
Where: Harbour Parcels, Unit 7 Pengam Green Trading Estate, Cardiff CF3 2EP (park in the visitor bays by the gatehouse)

The interview will be a conversation about your experience on the road, followed by a short exercise where we ask you to re-plan a morning's drops after two vans go off the road. No preparation needed, but please bring photo ID for the site pass.

I've attached a calendar invite - do let me know if the time doesn't work.

Best wishes,
Rhiannon

Rhiannon Davies
Talent Acquisition Partner
Harbour Parcels Ltd
Unit 7 Pengam Green Trading Estate, Cardiff CF3 2EP
029 2018 0711 | 07700 900458
"""

_I2 = """Hi Declan,

Thanks for applying to RouteWise - your application for Dispatch Solutions Specialist caught my eye because we rarely hear from people who have actually driven the routes our customers plan.

Would you be up for a 20-minute phone call this week so I can tell you more about the team and hear a bit about you? I'm free Wednesday afternoon or any time Thursday morning. Just reply with a time that suits and the best number to reach you.

Speak soon,
Priya

Priya Lakhani
Talent Partner, RouteWise Software
"""

_I3 = """Hi Declan,

Great speaking with you last week. As promised, here are the details of the next stage for the Dispatch Solutions Specialist role.

Panel interview
Thursday 14 May 2026, 13:00 - 14:30
RouteWise, Unit 4 Harbourside Works, Bristol BS1 5RW (or Teams if you can't travel - let me know)

You'll meet Tom Ashworth (Head of Implementation) and Hannah Okafor (Senior Solutions Consultant). The first half is a conversation about how dispatch works in real life; in the second half Hannah will share a demo account and ask you to talk her through how you'd set up a multi-drop day for a customer.

I've sent a calendar invitation with this email. Please accept it so the room gets booked.

Thanks,
Priya

Priya Lakhani | Talent Partner | RouteWise Software
+44 117 496 0321
"""

_I4 = """Hi Declan,

Gareth from Taff Valley Buses here - Sian in the payroll office passed me your CV for the network controller job.

Are you free Thursday to chat? Say 10ish at the Sloper Road depot. Nothing formal, just a cuppa and a look round the control room so you can see what the job is really like. Bring your licence if you've got it handy.

Let me know either way.

Gareth Prosser
Operations Manager, Taff Valley Buses
Sloper Road, Cardiff CF11 8TB
07700 900127
"""

_I5_OLD = reply("""Hi Gareth,

I'm really sorry about this morning. I had the interview in my calendar for Thursday next week - my mistake entirely, and I completely understand if that's put you off.

If there's any chance of another slot I'd love to come in.

Declan""", "en", "Thu, 2 Apr 2026 at 11:05",
    "Gareth Prosser <gareth.prosser@taffvalleybuses.example.co.uk>", """Hi Declan,

We had you down for 10 this morning at Sloper Road. I waited in reception until about twenty past and tried calling you twice, at 10:00 and again at 10:10, but it went straight to voicemail.

Gareth

""" + wrote("en", "Mon, 30 Mar 2026 at 21:15",
            "Gareth Prosser <gareth.prosser@taffvalleybuses.example.co.uk>") + """
> Are you free Thursday to chat? Say 10ish at the Sloper Road depot. Nothing
> formal, just a cuppa and a look round the control room.""")

_I5 = reply("""No harm done Declan, it happens.

Let's try again - Wednesday 15th at 2pm, same place. I'll make sure reception knows you're coming and Ceri from the control room will sit in as well.

Gareth""", "en", "Thu, 2 Apr 2026 at 19:48", "Declan Ferreira-Nowak <declan.fn@example.co.uk>",
    _I5_OLD)

_I6 = """Hi Declan,

Good news - Cwtch Grocers want to meet you for the Night Dispatch Supervisor role at their Newport Road distribution centre.

The details:
- Tuesday 17 February, 6pm
- Cwtch Grocers DC, Newport Road, Rumney, Cardiff CF3 1XX - report to the transport office
- You'll be seeing Elin Parry, the warehouse manager, and one of her shift leads
- About 45 minutes, plus a walk round the loading bays

Dress is smart casual, hi-vis and safety boots are provided. Could you reply to confirm you can make it and I'll let Elin know?

Cheers,
Lowri

Lowri Bevan
Senior Consultant - Driving & Logistics
Keystone Driving Recruitment
14 Churchill Way, Cardiff CF10 2HE
029 2018 0456 | 07700 900312
"""

_I7 = """Dear Mr Ferreira-Nowak,

Fleet Scheduling Officer, Highways & Waste Services - ref. BTC-2026-0147

Thank you for your application. I am pleased to invite you to the assessment centre for this post.

Date: Tuesday 12 May 2026
Time: 09:30 arrival for a 09:45 start; the day will finish by 15:30
Venue: Committee Room 2, County Offices, Heol y Bont, Pontypridd CF37 4XB

The day will include a scheduling exercise, a group task and a competency-based interview with the Fleet Manager and a member of People Services. Further information is in the attached document.

Please confirm your attendance by replying to this email by 5 May, and tell us about any reasonable adjustments you may need.

Yours sincerely,

Sioned Howells
Recruitment Adviser - People Services
Bryn Taf County Council
Tel: 01443 960 218
"""

_I8 = """Hi Declan,

Thanks for applying for Route Planner at Lee Valley Freight! We'd like to get to know you a bit better.

Please book a 15-minute phone call with Cian from our People team using the link below. Choose whichever slot suits you best - all times are shown in Irish time.

Book your call: https://app.teamtailor.com/meetings/lvf-route-planner-phone-screen

Talk soon,
The Lee Valley Freight People Team"""

_I9 = """Hi Declan,

Thanks for your interest in the Fleet Operations Analyst role at FlowFleet. We'd love to move you to the next step: a 45-minute video interview with Sanne Bakker (Talent) and Pieter Smit (Head of Customer Operations).

Please choose a time that works for you here:
https://jobs.ashbyhq.com/flowfleet/interview-scheduling/6f1c2a

Times are shown in your local time zone. If none of the slots suit, just reply to this email and Sanne will find another.

The FlowFleet Hiring Team"""

_I10 = """Hi Declan,

Thank you for applying to Severnside Logistics. We'd like to invite you to an interview for the Transport Planner (Avonmouth) position.

Interview details
Date: Tuesday 3 March 2026
Time: 11:00 - 12:00 (GMT)
Location: Severnside Logistics, Kings Weston Lane, Avonmouth, Bristol BS11 8HT
Interviewers: Megan Pryce (Talent Acquisition) and Dan Whitfield (Transport Manager)

Please reply to this email to confirm, or let me know if you need a different time.

Best regards,
Megan Pryce
Talent Acquisition, Severnside Logistics"""

_I11 = """Hi Declan,

Jas here from Canalside Couriers. Thanks for applying for the Night Hub Planner role - I've had a read of your CV and I'd like to have a quick chat.

Could I give you a ring tomorrow (Wednesday) sometime between 2 and 4? It's a 15-20 minute call, nothing heavy, mainly to talk about nights and what you're looking for. Just let me know the best number and a time in that window.

Thanks,
Jas Sandhu
Recruitment Coordinator
Canalside Couriers
Unit 3, Lawley Middleway, Birmingham B4 7XH
0121 496 0835
"""

_I12 = """Dear Declan Ferreira-Nowak,

Thank you for your application for Network Scheduler (Bus Operations), requisition 2026-1183.

We are pleased to invite you to an assessment centre at our Tyseley Depot, Wharfdale Road, Birmingham B11 2DG on Thursday 21 May 2026 from 09:00 to 15:00.

The day includes a timetable and duty-scheduling exercise, a presentation (10 minutes, topic sent 48 hours in advance) and a structured interview.

Please log in to the candidate portal and confirm your attendance by Monday 18 May. If you require any adjustments, please let us know through the portal.

Recruitment Services
West Mids Transit

This is an automated message from our applicant tracking system. Replies to this address are not monitored.
"""

_I13_OLD = """Dear Sir or Madam,

Please find attached my CV in application for the Duty Controller vacancy advertised on your website.

I have driven multi-drop and passenger routes in South Wales for six years, including two winters covering rota changes for my depot, and I'm now looking to move into a control-room role.

Kind regards,
Declan Ferreira-Nowak
07700 900644"""

_I13 = outlook("""Dear Declan,

Thank you for your email and CV. We would like to invite you to interview for the Duty Controller post.

Tuesday 12 May 2026 at 10:30
Bay Coaches, Clase Road Depot, Swansea SA6 8QD

The panel will be Dai Morgan (Depot Manager) and me. The interview will last about 45 minutes and will include a short scenario about a disrupted morning service.

Please confirm by return whether you can attend.

Kind regards,

Carol Jenkins
HR Officer
Bay Coaches
Clase Road Depot, Swansea SA6 8QD
01792 960 530""", "en", "Declan Ferreira-Nowak <declan.fn@example.co.uk>", "28 April 2026 20:03",
    "jobs@baycoaches.example.co.uk", "Application - Duty Controller", _I13_OLD)

_I14 = """Hi Declan,

Zuidas Deliveries would like to meet you for the Dispatch Planner role we discussed.

Thursday 2 July, 15:00 Amsterdam time (14:00 UK)
Microsoft Teams - join link: https://teams.example.com/l/meetup-join/zuidas-dispatch-0207
With: Ruben Visser, Operations Lead, and Aylin Demir, Team Lead Dispatch

Expect 45 minutes: about you, then a walk-through of a typical evening peak in their Amstel hub. They know you're relocating and are fine with that.

Could you confirm by replying to me? I'll send a few prep notes tomorrow.

Best,
Marloes Jansen
Consultant, Interim Fleet Partners
Stadhouderskade 6, 1054 ES Amsterdam | +31 20 555 0917
"""

_I15_TEXT = """Dear Declan,

Thank you for your application for Transport Clerk - Bristol Distribution Centre (Job ID 40611).

We would like to invite you to the next stage: a short recorded video interview. You will be asked four questions and will have up to two minutes to answer each one. You can complete it at any time before Monday 20 April 2026, 23:59.

Start your video interview: https://careers.avonlarder.example.co.uk/video-interview/40611

Tips: find a quiet spot, check your camera and microphone first, and have your CV to hand.

Kind regards,
Avon Larder Resourcing"""

_I16 = """Bonjour Declan,

Merci pour votre candidature au poste de Planificateur transport (H/F) à notre agence de Grand-Quevilly.

Votre profil a retenu notre attention et je vous propose un entretien :

Jeudi 28 mai 2026 à 9 h 30
Normandie Colis Express - 12 rue de l'Industrie, 76120 Le Grand-Quevilly
Avec Karine Leroy, responsable d'exploitation, et moi-même

Prévoyez environ une heure, dont une mise en situation sur notre logiciel de tournées. Vous trouverez l'invitation en pièce jointe ; merci de me confirmer votre présence par retour de mail.

Cordialement,

Julien Marchand
Chargé de recrutement
Normandie Colis Express
02 35 55 02 64
"""

_I17 = """Bonjour Monsieur Ferreira-Nowak,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à une journée d'immersion au poste central de régulation, dans le cadre de votre candidature au poste de régulateur de ligne.

Mardi 24 mars 2026, de 7 h à 15 h
Dépôt de Petit-Quevilly, 50 rue Pierre Corneille, 76140 Le Petit-Quevilly

Vous serez accompagné par un régulateur le matin. L'après-midi, à 14 h, un entretien avec le responsable d'exploitation clôturera la journée.

Merci de vous munir d'une pièce d'identité et de chaussures fermées. Le repas du midi est pris en charge.

Pouvez-vous me confirmer votre venue ?

Bien cordialement,

Claire Duval
Chargée de recrutement
Transports Boucles de Seine
02 35 55 01 42"""

_I18 = """Bonjour Declan,

Bonne nouvelle : les Entrepôts du Robec souhaitent vous rencontrer pour le poste d'agent d'ordonnancement transport.

Entretien le jeudi 9 avril à 14 h avec M. Lefebvre, responsable transport
Adresse : 8 route de Lyons, 76160 Darnétal - se présenter à l'accueil du bâtiment B

C'est un entretien d'environ 45 minutes. Pensez à apporter votre CV en version papier et votre permis C.

Confirmez-moi dès que possible par retour, je transmettrai au client.

À bientôt,
Mélanie Roussel
Consultante recrutement - Agence Intérim Normandie Plus
5 rue Jeanne d'Arc, 76000 Rouen - 02 35 55 08 19
"""

_I19 = """Bonjour Declan,

Bonne nouvelle ! L'équipe Logisseine souhaite échanger avec vous au sujet du poste de Planificateur de tournées H/F.

Merci de choisir un créneau pour un entretien vidéo de 30 minutes avec Hélène Dubois, Responsable recrutement, en cliquant sur le lien ci-dessous :

https://www.smartrecruiters.com/interview-scheduler/logisseine/planificateur-tournees

Les créneaux sont affichés à l'heure de Paris.

À très vite,
L'équipe Talent Logisseine"""

_I20 = """Hallo Herr Ferreira-Nowak,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d) für unseren Hub in Düsseldorf-Reisholz. Ihre Unterlagen haben uns gefallen und wir möchten Sie gern persönlich kennenlernen.

Termin: Dienstag, 14. April 2026, 10:00 Uhr
Ort: Rheinkurier GmbH, Höher Weg 230, 40231 Düsseldorf (Empfang im Erdgeschoss)
Gesprächspartner: Thomas Wirtz (Leiter Disposition) und ich

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail. Falls Sie aus Großbritannien anreisen, können wir das Gespräch auch per Video führen.

Viele Grüße
Jana Schäfer
Recruiting | Rheinkurier GmbH"""

_I21 = """Sehr geehrter Herr Ferreira-Nowak,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Dienstplaner/in Fahrdienst einzuladen.

Datum: Mittwoch, 15. Juli 2026
Uhrzeit: 8:30 bis ca. 16:00 Uhr
Ort: Düsselbus Verkehrsbetriebe, Betriebshof Lierenfeld, Am Hackenbruch 10, 40231 Düsseldorf, Schulungsraum 3

Der Tag besteht aus einer Gruppenübung, einer Fallstudie zur Dienstplanerstellung und einem Einzelinterview mit Herrn Dr. Weber (Bereichsleiter Fahrdienst). Für Verpflegung ist gesorgt.

Eine Kalendereinladung ist beigefügt. Bitte bestätigen Sie Ihre Teilnahme bis zum 10. Juli.

Mit freundlichen Grüßen

Sabine Krüger
Personalmarketing & Recruiting
Düsselbus Verkehrsbetriebe AG
Am Hackenbruch 10, 40231 Düsseldorf
Telefon 0211 555 0488
"""

_I22 = """Hey Declan,

hast du Donnerstag Zeit für ein kurzes Gespräch? Ich würde dir gern unser Support-Team zeigen und hören, wie du als Fahrer mit Routen-Apps arbeitest. 30 Minuten auf Teams reichen.

Grüße
Lukas

--
Lukas Hoffmann
Team Lead Customer Support
Tourenwerk Software GmbH · Speditionstraße 15 · 40221 Düsseldorf
"""

_I23 = """Sehr geehrter Herr Ferreira-Nowak,

danke für Ihre Bewerbung als Fuhrparkkoordinator (m/w/d). Bevor wir Sie zu einem Gespräch ins Zentrallager einladen, würde ich gern ein etwa 20-minütiges Telefoninterview mit Ihnen führen.

Passt Ihnen Dienstag, 8. September, um 11:00 Uhr? Ich würde Sie unter der Mobilnummer aus Ihrem Lebenslauf anrufen. Wenn der Termin nicht passt, nennen Sie mir gern zwei Alternativen.

Freundliche Grüße
Katrin Vogel
Recruiterin – Frischmarkt Lindner
Fringsstraße 12 · 40221 Düsseldorf · 0211 555 0293
"""

_I24 = """Hola Declan:

Gracias por presentarte al puesto de coordinador/a de reparto en Mensajería Nervión.

Nos gustaría conocerte en una entrevista por videollamada:

Martes 31 de marzo de 2026, a las 10:00 (hora de Bilbao)
Enlace de Teams: https://teams.example.com/l/meetup-join/nervion-coordinacion-3103

Estarán Koldo Ibarra, jefe de operaciones, y yo. Durará unos 40 minutos y la haremos en inglés y en castellano.

¿Me confirmas que puedes asistir?

Un saludo,
Itziar Etxeberria
Técnica de Selección
Mensajería Nervión
944 55 02 31
"""

_I25 = """Hola Declan:

Te confirmamos la entrevista con el tribunal de selección para el puesto de Planificador/a de Servicios.

Fecha: martes 8 de septiembre de 2026
Hora: 11:00
Lugar: Autobuses Ibaizabal, cocheras de Sestao, Calle Txabarri 71, 48910 Sestao (Bizkaia)

El tribunal estará formado por el jefe de explotación, la responsable de personas y un representante del comité. Te adjunto la convocatoria en el calendario.

Un saludo,

Josu Arana
Responsable de Selección
Autobuses Ibaizabal
944 55 06 12
"""

_I26 = """Hola Declan,

¡Buenas noticias! Logística Deusto quiere conocerte para el puesto de planificador de rutas.

Te han dado cita el jueves 17 de septiembre a las 9:30 con Iñigo Zabala, su jefe de tráfico, en sus oficinas de la calle Lehendakari Aguirre 29, Bilbao (planta 2).

Será una entrevista de unos 45 minutos. Lleva el CV impreso y, si puedes, algún ejemplo de rutas que hayas organizado tú.

Contéstame para confirmar y se lo paso al cliente.

Un abrazo,
Aitor Goikoetxea
Consultor de Selección · Talento Cantábrico
Gran Vía 45, 48011 Bilbao · 944 55 07 63
"""

# ---------------------------------------------------------------- reschedules / cancellations

_S1_OLD = """Hi Rhiannon,

Thank you for the invitation. Unfortunately I'm rostered on a Bristol run on Tuesday 3rd that I can't swap. Would there be any chance of a slot later that week, ideally Thursday or Friday afternoon?

Kind regards,
Declan"""

_S1 = reply("""Hi Declan,

No problem at all - I've moved you to Thursday 5 February at 14:00, same place. Owen is free then too. The updated calendar invite is attached and replaces the original one.

See you Thursday,
Rhiannon

Rhiannon Davies
Talent Acquisition Partner | Harbour Parcels Ltd
029 2018 0711""", "en", "Tue, 27 Jan 2026 at 07:58",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>", _S1_OLD)

_S2 = """Hi Declan,

I'm really sorry, but we have to cancel Thursday's panel. Tom has been pulled onto an urgent customer go-live in Leeds and won't be back until next week.

To be clear, this has nothing to do with your application - we're still very keen to see you. I'll send a new invitation for the week of 18 May as soon as I have Tom's diary.

The calendar cancellation is attached, so the slot will drop out of your calendar.

Apologies again,
Priya
"""

_S3 = """Hi Declan,

Unfortunately Pieter, who was going to run your case interview tomorrow, is off sick today and won't be back before the weekend.

Could we move the interview to Tuesday 23 June at the same time (10:00 Amsterdam / 09:00 UK)? The Google Meet link stays the same. If that doesn't work, let me know two or three times next week that do.

Sorry for the late change,
Sanne

Sanne Bakker
Talent Partner | FlowFleet
Keizersgracht 520, 1017 EK Amsterdam
"""

_S4_TEXT = """Hi Declan,

Your interview for Transport Planner (Avonmouth) at Severnside Logistics has been rescheduled.

Previous time: Tuesday 3 March 2026, 11:00 - 12:00 (GMT)
New time: Wednesday 4 March 2026, 14:00 - 15:00 (GMT)
Location: Kings Weston Lane, Avonmouth, Bristol BS11 8HT

Dan Whitfield is now at a customer site on the Tuesday, so we've moved the interview by a day. If the new time doesn't suit, please reply to this email.

Best regards,
Megan Pryce"""

_S5_OLD = """Hi Jas,

Thanks for getting in touch. Tomorrow between 2 and 4 is fine - 3pm would be perfect. My mobile is 07700 900644.

Declan"""

_S5 = reply("""Hi Declan,

Sorry to do this, but something's come up with a broken-down trailer on the M6 and I'm going to be on the phone all afternoon, so I need to cancel our 3pm call today.

I'll send you a couple of new times tomorrow morning - I'm still keen to talk.

Jas""", "en", "Tue, 4 Aug 2026 at 12:05", "Declan Ferreira-Nowak <declan.fn@example.co.uk>",
    _S5_OLD)

_S6 = """Hi Declan,

Quick one - Elin at Cwtch Grocers has asked to move your interview to Tuesday 24 February, same time (6pm), same place. She's got a full stock count on the 17th and won't be able to give you proper attention.

Can you do the 24th? Let me know and I'll confirm with her.

Cheers,
Lowri
"""

_S7 = """Dear Mr Ferreira-Nowak,

Fleet Scheduling Officer - ref. BTC-2026-0147

Please note a change to the assessment centre arrangements. Because the County Offices will be used as a count centre for a by-election, the assessment centre will now take place on Thursday 14 May 2026 (not Tuesday 12 May) in the Community Room at Bryn Taf Leisure Centre, Stryd y Parc, Pontypridd CF37 1RG.

Timings are unchanged: arrive 09:30 for a 09:45 start. An updated calendar entry is attached.

Please reply to confirm that you are still able to attend.

Yours sincerely,

Sioned Howells
Recruitment Adviser – People Services
Bryn Taf County Council
Tel: 01443 960 218
"""

_S8 = """Morning Declan,

Any chance we can push Tuesday back to 3pm instead of half ten? Carol's stuck in a hearing all morning. Same room, same format.

Shout if that's a problem.

Dai Morgan
Depot Manager, Bay Coaches
"""

_S9 = """Hi Declan,

I'm sorry to say Zuidas Deliveries have had to cancel Thursday's Teams meeting - Ruben has been called into an urgent audit at their Amstel hub and Aylin is covering his shift.

They've been clear that they are still very interested and will send me new times early next week. I'll be in touch as soon as I hear.

Best,
Marloes
"""

_S10 = """Bonjour Declan,

Suite à un imprévu côté exploitation, je dois malheureusement décaler notre entretien prévu ce jeudi 28 mai.

Je vous propose le mardi 2 juin à 9 h 30, au même endroit et avec les mêmes interlocuteurs. Vous trouverez ci-joint l'invitation mise à jour, qui remplace la précédente.

Merci de me confirmer que ce nouveau créneau vous convient.

Cordialement,
Julien Marchand
Chargé de recrutement - Normandie Colis Express
"""

_S11 = """Bonjour Declan,

Je suis contrainte d'annuler notre entretien de lundi 22 juin à 10 h : le responsable d'exploitation, qui devait y participer, est retenu toute la journée sur un audit client.

Il ne s'agit en aucun cas d'une décision sur votre candidature. Je reviens vers vous dans les prochains jours avec une nouvelle date.

Bien à vous,
Hélène Dubois
Responsable recrutement - Logisseine
"""

_S12 = """Sehr geehrter Herr Ferreira-Nowak,

leider ist Herr Dr. Weber kurzfristig erkrankt. Da er das Einzelinterview führt, müssen wir das Assessment-Center vom Mittwoch, 15. Juli, auf Mittwoch, 22. Juli 2026 verschieben. Uhrzeit und Ort bleiben unverändert.

Die aktualisierte Kalendereinladung finden Sie im Anhang; die ursprüngliche wird damit ersetzt.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt. Wir bitten die Umstände zu entschuldigen.

Mit freundlichen Grüßen

Sabine Krüger
Personalmarketing & Recruiting
Düsselbus Verkehrsbetriebe AG
"""

_S13_OLD = """Hallo Herr Ferreira-Nowak,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d). Wir möchten Sie gern persönlich kennenlernen: Dienstag, 14. April 2026, 10:00 Uhr, Höher Weg 230.

Viele Grüße
Jana Schäfer"""

_S13 = reply("""Hallo Herr Ferreira-Nowak,

bei uns hat sich leider eine Terminkollision ergeben: Herr Wirtz muss am 14. April zu einem Kunden nach Köln. Können wir unser Gespräch auf Dienstag, 21. April, 14:00 Uhr verlegen? Ort und Ablauf bleiben gleich.

Ich freue mich auf Ihre kurze Bestätigung.

Viele Grüße
Jana Schäfer
Recruiting | Rheinkurier GmbH
Tel. +49 211 555 0342""", "de", "01.04.2026 um 09:30", "Jana Schäfer <jana.schaefer@rheinkurier.example.de>",
    _S13_OLD)

_S14_OLD = """Hola Josu:

Muchas gracias por la convocatoria. El martes 8 tengo un servicio que no puedo cambiar en Cardiff. ¿Sería posible hacer la entrevista otro día de esa semana o por videollamada?

Un saludo,
Declan"""

_S14 = reply("""Hola Declan:

Sin problema. Anulamos la cita del martes 8 (te llegará la cancelación en el calendario) y te propondremos una nueva fecha en cuanto el tribunal me confirme su disponibilidad, probablemente la semana del 14.

Un saludo,
Josu Arana
Responsable de Selección · Autobuses Ibaizabal""", "es", "mié, 2 sept 2026 a las 21:14",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>", _S14_OLD)

_S15 = """Hola Declan,

Me acaba de llamar Iñigo Zabala, de Logística Deusto: el jueves 17 tiene una inspección en el almacén y me pide pasar la entrevista al jueves 24 de septiembre, a la misma hora (9:30) y en el mismo sitio.

¿Te viene bien? Confírmamelo y se lo digo.

Un abrazo,
Aitor
"""

# ---------------------------------------------------------------- missed

_M1 = """Hi Declan,

We had you down for 10 this morning at Sloper Road. I waited in reception until about twenty past and tried calling you twice, at 10:00 and again at 10:10, but it went straight to voicemail.

Hope everything's alright. Give me a shout if you still want to come in for that chat.

Gareth
"""

_M2 = """Hi Declan,

I had our phone screen for the Route Planner role in my calendar for 10:00 this morning. I tried calling you twice at 10:00 on the number from your application (+44 7700 900644) but couldn't get through and there was no voicemail.

If you're still interested, you're welcome to book another slot with me - just reply to this email and I'll send the link again.

Thanks,
Cian Murphy
People Partner, Lee Valley Freight
Little Island Business Park, Co. Cork T45 XY12
+353 21 555 0377
"""

_M3 = """Hi Declan,

We were due to have your interview for the Home Delivery Shift Manager role on Teams at 14:00 today. Ravi and I waited on the call for 15 minutes, but you didn't join.

Please let me know if you had technical difficulties or if something came up - I'm happy to look at whether another slot is possible.

Kind regards,
Priti Shah
Talent Acquisition Advisor
Hockley Foods, Digbeth Fulfilment Centre, Birmingham B5 6DY
0121 496 0210
"""

_M4 = """Hi Declan,

My client has just been on the phone - they tell me you didn't dial in for the 9:30 video interview this morning. They waited ten minutes and emailed the link again, with no response.

Is everything OK? Was the link working? They're willing to offer one more slot if we move quickly, so call me on 0117 496 0783 as soon as you see this.

Tom
Bluebird Logistics Talent
"""

_M5 = """Hi Declan,

Joost and I were in the Google Meet for your interview at 14:00 today and waited about fifteen minutes, but we didn't see you join.

I wonder whether your calendar showed the invite in UK time (14:00 Amsterdam is 13:00 in Cardiff). If that's what happened, no problem - reply with a few times that suit you this week and we'll try again.

Kind regards,
Femke de Vries
Recruiter, Kanaal Logistics
+31 20 555 0184
"""

_M6 = """Dear Mr Ferreira-Nowak,

Passenger Transport Scheduler (ref. GBC/ENV/0931)

We were unable to reach you for your scheduled pre-assessment telephone call at 11:00 today. We called your mobile number twice, at 11:00 and 11:15, without an answer.

If there were circumstances that prevented you from taking the call, please contact me by 5pm on Friday 12 June so that we can consider rearranging it. If we do not hear from you, we will assume you no longer wish to be considered.

Regards,

Rhodri Evans
Recruitment Officer
Gower Bay Council, Civic Centre, Oystermouth Road, Swansea SA1 3SN
01792 960 611
"""

_M7 = """Bonjour Monsieur Ferreira-Nowak,

Nous avions rendez-vous ce matin à 10 h pour un entretien téléphonique concernant le poste d'employé logistique au drive de Mont-Saint-Aignan.

J'ai essayé de vous joindre à deux reprises, à 10 h puis à 10 h 10, sans succès, et je vous ai laissé un message vocal.

Si vous êtes toujours intéressé, merci de me le faire savoir par retour de mail.

Cordialement,
Aurélie Lambert
Chargée de recrutement - Marché Cauchois
"""

_M8 = """Sehr geehrter Herr Ferreira-Nowak,

wie vereinbart habe ich Sie heute um 11:00 Uhr für unser Telefoninterview angerufen – leider zweimal ohne Erfolg, und eine Mailbox war nicht eingerichtet.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Donnerstag bei mir. Ansonsten gehe ich davon aus, dass Sie kein Interesse mehr an der Stelle haben.

Freundliche Grüße
Katrin Vogel
Recruiterin – Frischmarkt Lindner
0211 555 0293
"""

_M9 = """Hallo Herr Ferreira-Nowak,

ich habe gerade einen Anruf von der Spedition Kaiserswerth bekommen: Herr Kaminski hat heute um 10:00 Uhr 20 Minuten im Teams-Meeting auf Sie gewartet, aber Sie haben sich nicht eingewählt.

Ist etwas passiert? Bitte melden Sie sich kurz bei mir, damit ich dem Kunden eine Erklärung geben kann – vielleicht lässt sich noch ein neuer Termin finden.

Beste Grüße
Markus Brandt
Personalwerk Rhein · Personalberater Logistik
Telefon +49 211 555 0716
"""

_M10 = """Hola Declan:

Hoy a las 10:00 te esperábamos en la videollamada de Teams para la entrevista de coordinador/a de reparto. Koldo y yo estuvimos conectados un cuarto de hora, pero no llegaste a entrar. También te llamamos al móvil dos veces, sin respuesta.

Espero que estés bien. Si ha habido algún problema, escríbeme hoy mismo, por favor.

Un saludo,
Itziar Etxeberria
Mensajería Nervión
"""


def _ics(uid: str, start: str, end: str, summary: str, location: str, organizer: tuple,
         tz: str = "Europe/London", method: str = "REQUEST", seq: int = 0,
         description: str = "", filename: str = "invite.ics") -> dict:
    return dict(uid=uid, start=start, end=end, summary=summary, location=location,
                organizer=organizer, tz=tz, method=method, seq=seq, description=description,
                filename=filename)


_HP_ORG = ("Rhiannon Davies", "rhiannon.davies@harbourparcels.example.co.uk")
_RW_ORG = ("Priya Lakhani", "priya.lakhani@routewise.example.co.uk")
_DB_ORG = ("Sabine Krüger", "sabine.krueger@duesselbus.example.de")
_NCE_ORG = ("Julien Marchand", "j.marchand@normandie-colis.example.fr")
_AI_ORG = ("Josu Arana", "josu.arana@ibaizabal.example.es")
_BTC_ORG = ("Sioned Howells", "sioned.howells@bryntaf.example.co.uk")
_LS_ORG = ("Hélène Dubois", "helene.dubois@logisseine.example.fr")


MESSAGES = [
    # ---------------------------------------------------------------- interview_invitation
    dict(kind="interview_invitation", slug="recruiter_ics_attached", lang="en",
         company="Harbour Parcels", contact="rhiannon.davies@harbourparcels.example.co.uk",
         frm=_HP_ORG, subject="Interview invitation - Fleet Dispatch Planner",
         date="2026-01-26 11:40 +0000", id="hp-invite", text=_I1, ics_mode="attach",
         ics=_ics("hp-fdp-interview-7731@harbourparcels.example.co.uk", "20260203T100000",
                  "20260203T110000", "Interview: Declan Ferreira-Nowak - Fleet Dispatch Planner",
                  "Harbour Parcels, Unit 7 Pengam Green Trading Estate, Cardiff CF3 2EP",
                  _HP_ORG)),
    dict(kind="interview_invitation", slug="lever_phone_screen_ask", lang="en",
         company="RouteWise Software", contact="priya.lakhani@routewise.example.co.uk",
         frm=("Priya Lakhani", "no-reply@hire.lever.co"), reply_to=_RW_ORG,
         subject="Quick call about Dispatch Solutions Specialist?",
         date="2026-04-20 09:05 +0100", id="rw-screen", text=_I2,
         html=paras(_I2) + '\n<img src="https://hire.lever.co/track/open/rw-77a1.gif" alt="" width="1" height="1">\n'),
    dict(kind="interview_invitation", slug="panel_calendar_request_inline", lang="en",
         company="RouteWise Software", contact="priya.lakhani@routewise.example.co.uk",
         frm=_RW_ORG, subject="Invitation: Panel interview - Dispatch Solutions Specialist @ Thu 14 May 2026 13:00 - 14:30 (BST)",
         date="2026-05-05 16:20 +0100", id="rw-panel", parent="rw-screen", text=_I3,
         html=ats_card("RouteWise Software", "#ff6f00", paras(_I3)),
         ics=_ics("rw-panel-dss-0514@routewise.example.co.uk", "20260514T130000",
                  "20260514T143000", "Panel interview - Dispatch Solutions Specialist",
                  "RouteWise, Unit 4 Harbourside Works, Bristol BS1 5RW", _RW_ORG,
                  description="Tom Ashworth and Hannah Okafor. Teams link on request.")),
    dict(kind="interview_invitation", slug="casual_free_thursday_to_chat", lang="en",
         company="Taff Valley Buses", contact="gareth.prosser@taffvalleybuses.example.co.uk",
         frm=("Gareth Prosser", "gareth.prosser@taffvalleybuses.example.co.uk"),
         subject="Controller job", date="2026-03-30 21:15 +0100", id="tvb-invite", text=_I4),
    dict(kind="interview_invitation", slug="second_chance_after_missed", lang="en",
         company="Taff Valley Buses", contact="gareth.prosser@taffvalleybuses.example.co.uk",
         frm=("Gareth Prosser", "gareth.prosser@taffvalleybuses.example.co.uk"),
         subject="Re: Sorry about Thursday", date="2026-04-07 08:30 +0100",
         id="tvb-reinvite", parent="tvb-sorry", text=_I5),
    dict(kind="interview_invitation", slug="agency_books_client_interview", lang="en",
         company="Cwtch Grocers", contact="lowri.bevan@keystone-driving.example.co.uk",
         frm=("Lowri Bevan", "lowri.bevan@keystone-driving.example.co.uk"),
         subject="Interview with Cwtch Grocers - Night Dispatch Supervisor",
         date="2026-02-10 13:02 +0000", id="ks-cwtch-invite", parent="ks-reg", text=_I6),
    dict(kind="interview_invitation", slug="council_assessment_centre_pdf", lang="en",
         company="Bryn Taf County Council", contact="sioned.howells@bryntaf.example.co.uk",
         frm=("Bryn Taf County Council - Recruitment", "no-reply@bryntaf.example.co.uk"),
         reply_to=_BTC_ORG,
         subject="Invitation to assessment centre - Fleet Scheduling Officer (BTC-2026-0147)",
         date="2026-04-20 10:00 +0100", id="btc-invite", text=_I7,
         html=ats_card("Bryn Taf County Council", "#004d40", paras(_I7),
                       "Bryn Taf County Council, County Offices, Heol y Bont, Pontypridd CF37 4XB"),
         pdf=[dict(name="Assessment-centre-information-BTC-2026-0147.pdf", lines=[
             "Bryn Taf County Council - Assessment centre information",
             "Fleet Scheduling Officer, Highways & Waste Services", "",
             "09:45  Welcome and introductions", "10:00  Scheduling exercise (60 minutes)",
             "11:15  Group task", "13:30  Competency-based interview", "15:30  Close", "",
             "Please bring photo ID and your driving licence."])]),
    dict(kind="interview_invitation", slug="teamtailor_booking_link", lang="en",
         company="Lee Valley Freight", contact="",
         frm=("Lee Valley Freight", "no-reply@teamtailor-mail.com"),
         subject="Next step: book a call with Lee Valley Freight",
         date="2026-07-20 10:12 +0100", id="lvf-invite", text=_I8,
         html=ats_card("Lee Valley Freight", "#00695c", paras(_I8).replace(
             "https://app.teamtailor.com/meetings/lvf-route-planner-phone-screen",
             '<a href="https://app.teamtailor.com/meetings/lvf-route-planner-phone-screen">'
             "https://app.teamtailor.com/meetings/lvf-route-planner-phone-screen</a>"),
             "Sent with Teamtailor"),
         headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="interview_invitation", slug="ashby_self_schedule_reply_to", lang="en",
         company="FlowFleet", contact="sanne.bakker@flowfleet.example.nl",
         frm=("FlowFleet Hiring Team", "no-reply@ashbyhq.com"),
         reply_to=("Sanne Bakker", "sanne.bakker@flowfleet.example.nl"),
         subject="FlowFleet - schedule your interview", date="2026-06-09 14:02 +0200",
         id="ff-invite", text=_I9, html=ats_card("FlowFleet", "#3949ab", paras(_I9),
                                                 "Powered by Ashby")),
    dict(kind="interview_invitation", slug="via_greenhouse_display_name", lang="en",
         company="Severnside Logistics", contact="megan.pryce@severnside.example.co.uk",
         frm=("Megan Pryce via Greenhouse", "no-reply@us.greenhouse-mail.io"),
         reply_to=("Megan Pryce", "megan.pryce@severnside.example.co.uk"),
         subject="Interview invitation: Transport Planner (Avonmouth) - Severnside Logistics",
         date="2026-02-24 15:33 +0000", id="sev-invite", text=_I10,
         html=ats_card("Severnside Logistics", "#1a4f7a", paras(_I10), "Powered by Greenhouse"),
         cte="quoted-printable"),
    dict(kind="interview_invitation", slug="recruiter_ring_tomorrow", lang="en",
         company="Canalside Couriers", contact="jas.sandhu@canalsidecouriers.example.co.uk",
         frm=("Jas Sandhu", "jas.sandhu@canalsidecouriers.example.co.uk"),
         subject="Night Hub Planner - quick chat?", date="2026-08-04 11:18 +0100",
         id="cc-screen", text=_I11),
    dict(kind="interview_invitation", slug="icims_assessment_centre", lang="en",
         company="West Mids Transit", contact="",
         frm=("West Mids Transit Careers", "careers-westmidstransit@icims.com"),
         subject="Assessment Centre Invitation - Network Scheduler (Bus Operations)",
         date="2026-05-12 07:30 -0500", id="wmt-invite", text=_I12),
    dict(kind="interview_invitation", slug="outlook_word_html_quoted_application", lang="en",
         company="Bay Coaches", contact="carol.jenkins@baycoaches.example.co.uk",
         frm=("Carol Jenkins", "carol.jenkins@baycoaches.example.co.uk"),
         cc=[("Dai Morgan", "dai.morgan@baycoaches.example.co.uk")],
         subject="RE: Application - Duty Controller", date="2026-05-04 12:40 +0100",
         id="bc-invite", parent="bc-apply-virtual", text=_I13,
         html=outlook_html(mso(_I13)), headers={"X-Mailer": "Microsoft Outlook 16.0"}),
    dict(kind="interview_invitation", slug="agency_teams_with_client", lang="en",
         company="Zuidas Deliveries", contact="marloes@interimfleet.example.nl",
         frm=("Marloes Jansen", "marloes@interimfleet.example.nl"),
         subject="Interview Zuidas Deliveries - Thursday 2 July", date="2026-06-25 10:05 +0200",
         id="ifp-zuidas-invite", text=_I14),
    dict(kind="interview_invitation", slug="recorded_video_interview", lang="en",
         company="Avon Larder", contact="",
         frm=("Avon Larder Resourcing", "noreply@successfactors.eu"),
         subject="Next step: video interview for Transport Clerk (40611)",
         date="2026-04-13 06:55 +0000", id="al-video", text=_I15_TEXT,
         html=ats_card("Avon Larder Careers", "#2e7d32", paras(_I15_TEXT),
                       "Avon Larder plc, Brislington Trading Estate, Bristol BS4 5NG")),
    dict(kind="interview_invitation", slug="entretien_ics_piece_jointe", lang="fr",
         company="Normandie Colis Express", contact="j.marchand@normandie-colis.example.fr",
         frm=_NCE_ORG, subject="Proposition d'entretien - Planificateur transport (H/F)",
         date="2026-05-18 15:40 +0200", id="nce-invite", text=_I16, ics_mode="attach",
         ics=_ics("nce-entretien-planif-0528@normandie-colis.example.fr", "20260528T093000",
                  "20260528T103000", "Entretien Declan Ferreira-Nowak - Planificateur transport",
                  "Normandie Colis Express, 12 rue de l'Industrie, 76120 Le Grand-Quevilly",
                  _NCE_ORG, tz="Europe/Paris", filename="entretien.ics")),
    dict(kind="interview_invitation", slug="journee_immersion_html_only", lang="fr",
         company="Transports Boucles de Seine", contact="claire.duval@boucles-de-seine.example.fr",
         frm=("Claire Duval", "claire.duval@boucles-de-seine.example.fr"),
         subject="Journée d'immersion - régulateur de ligne", subject_enc=("utf-8", "Q"),
         date="2026-03-06 11:02 +0100", id="tbs-invite", parent="tbs-ack",
         html="<html><body style=\"font-family:Calibri,sans-serif\">\n" + paras(_I17)
         + "\n</body></html>\n"),
    dict(kind="interview_invitation", slug="agence_interim_rdv_client", lang="fr",
         company="Entrepôts du Robec", contact="m.roussel@normandie-plus.example.fr",
         frm=("Mélanie Roussel", "m.roussel@normandie-plus.example.fr"),
         subject="Entretien Entrepôts du Robec - jeudi 9 avril", date="2026-03-30 17:20 +0200",
         id="anp-robec-invite", parent="anp-reg", text=_I18, cte="base64"),
    dict(kind="interview_invitation", slug="smartrecruiters_lien_creneau", lang="fr",
         company="Logisseine", contact="",
         frm=("Logisseine", "noreply@smartrecruiters.com"),
         subject="Planifiez votre entretien avec Logisseine", date="2026-06-12 10:00 +0200",
         id="ls-invite", text=_I19, html=ats_card("Logisseine", "#283593", paras(_I19),
                                                  "Propulsé par SmartRecruiters")),
    dict(kind="interview_invitation", slug="personio_einladung_reply_to", lang="de",
         company="Rheinkurier", contact="jana.schaefer@rheinkurier.example.de",
         frm=("Rheinkurier GmbH via Personio", "noreply@personio.de"),
         reply_to=("Jana Schäfer", "jana.schaefer@rheinkurier.example.de"),
         subject="Einladung zum Vorstellungsgespräch – Disponent (m/w/d)",
         date="2026-04-01 09:30 +0200", id="rk-invite", text=_I20,
         html=ats_card("Rheinkurier", "#37474f", paras(_I20), "Gesendet mit Personio")),
    dict(kind="interview_invitation", slug="assessment_center_kalender", lang="de",
         company="Düsselbus Verkehrsbetriebe", contact="sabine.krueger@duesselbus.example.de",
         frm=_DB_ORG, name_enc=("utf-8", "B"),
         subject="Einladung zum Assessment-Center für Dienstplaner/in Fahrdienst",
         subject_enc=("iso-8859-1", "Q"),
         date="2026-07-06 13:10 +0200", id="db-invite", text=_I21,
         ics=_ics("db-ac-dienstplaner-0715@duesselbus.example.de", "20260715T083000",
                  "20260715T160000", "Assessment-Center Dienstplaner/in Fahrdienst",
                  "Betriebshof Lierenfeld, Am Hackenbruch 10, 40231 Düsseldorf, Schulungsraum 3",
                  _DB_ORG, tz="Europe/Berlin")),
    dict(kind="interview_invitation", slug="du_hast_du_donnerstag_zeit", lang="de",
         company="Tourenwerk Software", contact="lukas.hoffmann@tourenwerk.example.de",
         frm=("Lukas Hoffmann", "lukas.hoffmann@tourenwerk.example.de"),
         subject="Kurzes Gespräch?", subject_enc=("utf-8", "B"),
         date="2026-05-18 09:15 +0200", id="tw-invite", text=_I22),
    dict(kind="interview_invitation", slug="telefoninterview_cp1252", lang="de",
         company="Frischmarkt Lindner", contact="k.vogel@frischmarkt-lindner.example.de",
         frm=("Katrin Vogel", "k.vogel@frischmarkt-lindner.example.de"),
         subject="Telefoninterview – Fuhrparkkoordinator (m/w/d)", subject_enc=("utf-8", "Q"),
         date="2026-09-01 14:25 +0200", id="fl-invite", text=_I23, charset="windows-1252",
         cte="quoted-printable"),
    dict(kind="interview_invitation", slug="videollamada_teams", lang="es",
         company="Mensajería Nervión", contact="itziar.etxeberria@nervion-mensajeria.example.es",
         frm=("Itziar Etxeberria", "itziar.etxeberria@nervion-mensajeria.example.es"),
         subject="Entrevista - coordinador/a de reparto", date="2026-03-20 12:10 +0100",
         id="mn-invite", text=_I24),
    dict(kind="interview_invitation", slug="tribunal_calendario", lang="es",
         company="Autobuses Ibaizabal", contact="josu.arana@ibaizabal.example.es",
         frm=_AI_ORG, subject="Convocatoria de entrevista - Planificador/a de Servicios",
         date="2026-08-31 10:40 +0200", id="ai-invite", text=_I25,
         html=paras(_I25),
         ics=_ics("ai-tribunal-planif-0908@ibaizabal.example.es", "20260908T110000",
                  "20260908T120000", "Entrevista tribunal - Planificador/a de Servicios",
                  "Autobuses Ibaizabal, cocheras de Sestao, Calle Txabarri 71, 48910 Sestao",
                  _AI_ORG, tz="Europe/Madrid")),
    dict(kind="interview_invitation", slug="agencia_cita_con_cliente", lang="es",
         company="Logística Deusto", contact="aitor@talentocantabrico.example.es",
         frm=("Aitor Goikoetxea", "aitor@talentocantabrico.example.es"),
         subject="Entrevista con Logística Deusto", subject_enc=("utf-8", "Q"),
         date="2026-09-10 18:05 +0200", id="tc-deusto-invite", text=_I26,
         charset="iso-8859-1", cte="quoted-printable"),

    # ---------------------------------------------------------------- interview_reschedule_or_cancel
    dict(kind="interview_reschedule_or_cancel", slug="moved_slot_ics_sequence_1", lang="en",
         company="Harbour Parcels", contact="rhiannon.davies@harbourparcels.example.co.uk",
         frm=_HP_ORG, subject="Re: Interview invitation - Fleet Dispatch Planner",
         date="2026-01-28 09:12 +0000", id="hp-move", parent="hp-move-request", text=_S1,
         ics_mode="attach",
         ics=_ics("hp-fdp-interview-7731@harbourparcels.example.co.uk", "20260205T140000",
                  "20260205T150000", "Interview: Declan Ferreira-Nowak - Fleet Dispatch Planner",
                  "Harbour Parcels, Unit 7 Pengam Green Trading Estate, Cardiff CF3 2EP",
                  _HP_ORG, seq=1)),
    dict(kind="interview_reschedule_or_cancel", slug="panel_method_cancel", lang="en",
         company="RouteWise Software", contact="priya.lakhani@routewise.example.co.uk",
         frm=_RW_ORG, subject="Cancelled: Panel interview - Dispatch Solutions Specialist @ Thu 14 May 2026 13:00 - 14:30 (BST)",
         date="2026-05-12 17:45 +0100", id="rw-panel-cancel", parent="rw-panel", text=_S2,
         ics=_ics("rw-panel-dss-0514@routewise.example.co.uk", "20260514T130000",
                  "20260514T143000", "Panel interview - Dispatch Solutions Specialist",
                  "RouteWise, Unit 4 Harbourside Works, Bristol BS1 5RW", _RW_ORG,
                  method="CANCEL", seq=1)),
    dict(kind="interview_reschedule_or_cancel", slug="interviewer_off_sick", lang="en",
         company="FlowFleet", contact="sanne.bakker@flowfleet.example.nl",
         frm=("Sanne Bakker", "sanne.bakker@flowfleet.example.nl"),
         subject="Your FlowFleet interview tomorrow - change of date",
         date="2026-06-16 08:05 +0200", id="ff-move", parent="ff-invite", text=_S3),
    dict(kind="interview_reschedule_or_cancel", slug="via_greenhouse_time_updated", lang="en",
         company="Severnside Logistics", contact="megan.pryce@severnside.example.co.uk",
         frm=("Megan Pryce via Greenhouse", "no-reply@us.greenhouse-mail.io"),
         reply_to=("Megan Pryce", "megan.pryce@severnside.example.co.uk"),
         subject="Updated: Interview for Transport Planner (Avonmouth)",
         date="2026-02-26 12:00 -0500", id="sev-move", text=_S4_TEXT,
         html=ats_card("Severnside Logistics", "#1a4f7a", paras(_S4_TEXT),
                       "Powered by Greenhouse")),
    dict(kind="interview_reschedule_or_cancel", slug="call_cancelled_new_times_to_follow",
         lang="en", company="Canalside Couriers",
         contact="jas.sandhu@canalsidecouriers.example.co.uk",
         frm=("Jas Sandhu", "jas.sandhu@canalsidecouriers.example.co.uk"),
         subject="Re: Night Hub Planner - quick chat?", date="2026-08-05 13:32 +0100",
         id="cc-cancel", parent="cc-screen-reply-virtual", refs=["cc-screen"], text=_S5),
    dict(kind="interview_reschedule_or_cancel", slug="agency_client_moves_date", lang="en",
         company="Cwtch Grocers", contact="lowri.bevan@keystone-driving.example.co.uk",
         frm=("Lowri Bevan", "lowri.bevan@keystone-driving.example.co.uk"),
         subject="Re: Interview with Cwtch Grocers - Night Dispatch Supervisor",
         date="2026-02-13 10:15 +0000", id="ks-cwtch-move", parent="ks-cwtch-invite",
         text=_S6),
    dict(kind="interview_reschedule_or_cancel", slug="council_new_date_and_venue", lang="en",
         company="Bryn Taf County Council", contact="sioned.howells@bryntaf.example.co.uk",
         frm=_BTC_ORG,
         subject="CHANGE OF DATE AND VENUE: assessment centre BTC-2026-0147",
         date="2026-04-29 15:02 +0100", id="btc-move", parent="btc-invite", text=_S7,
         charset="windows-1252", cte="quoted-printable", ics_mode="attach",
         ics=_ics("btc-ac-0147@bryntaf.example.co.uk", "20260514T093000", "20260514T153000",
                  "Assessment centre - Fleet Scheduling Officer",
                  "Community Room, Bryn Taf Leisure Centre, Stryd y Parc, Pontypridd CF37 1RG",
                  _BTC_ORG, seq=2)),
    dict(kind="interview_reschedule_or_cancel", slug="push_to_3pm", lang="en",
         company="Bay Coaches", contact="dai.morgan@baycoaches.example.co.uk",
         frm=("Dai Morgan", "dai.morgan@baycoaches.example.co.uk"),
         subject="Tuesday", date="2026-05-11 07:48 +0100", id="bc-move", parent="bc-invite",
         text=_S8),
    dict(kind="interview_reschedule_or_cancel", slug="agency_client_cancels_meeting", lang="en",
         company="Zuidas Deliveries", contact="marloes@interimfleet.example.nl",
         frm=("Marloes Jansen", "marloes@interimfleet.example.nl"),
         subject="Re: Interview Zuidas Deliveries - Thursday 2 July",
         date="2026-06-29 16:40 +0200", id="ifp-zuidas-cancel", parent="ifp-zuidas-invite",
         text=_S9),
    dict(kind="interview_reschedule_or_cancel", slug="report_entretien_ics_seq1", lang="fr",
         company="Normandie Colis Express", contact="j.marchand@normandie-colis.example.fr",
         frm=_NCE_ORG, subject="Report de votre entretien - nouvelle date",
         date="2026-05-26 08:50 +0200", id="nce-move", parent="nce-invite", text=_S10,
         ics_mode="attach",
         ics=_ics("nce-entretien-planif-0528@normandie-colis.example.fr", "20260602T093000",
                  "20260602T103000", "Entretien Declan Ferreira-Nowak - Planificateur transport",
                  "Normandie Colis Express, 12 rue de l'Industrie, 76120 Le Grand-Quevilly",
                  _NCE_ORG, tz="Europe/Paris", seq=1, filename="entretien.ics")),
    dict(kind="interview_reschedule_or_cancel", slug="annulation_method_cancel", lang="fr",
         company="Logisseine", contact="helene.dubois@logisseine.example.fr",
         frm=_LS_ORG, name_enc=("iso-8859-1", "Q"),
         subject="Annulation : entretien Planificateur de tournées - lun. 22 juin 10:00",
         date="2026-06-19 17:05 +0200", id="ls-cancel", parent="ls-invite-booked-virtual",
         text=_S11,
         ics=_ics("ls-entretien-0622@logisseine.example.fr", "20260622T100000",
                  "20260622T103000", "Entretien vidéo - Planificateur de tournées",
                  "Visioconférence", _LS_ORG, tz="Europe/Paris", method="CANCEL", seq=1)),
    dict(kind="interview_reschedule_or_cancel", slug="krankheit_verschoben_ics", lang="de",
         company="Düsselbus Verkehrsbetriebe", contact="sabine.krueger@duesselbus.example.de",
         frm=_DB_ORG, name_enc=("utf-8", "B"),
         subject="Verschiebung Assessment-Center – neuer Termin 22. Juli",
         date="2026-07-13 07:55 +0200", id="db-move", parent="db-invite", text=_S12,
         ics_mode="attach",
         ics=_ics("db-ac-dienstplaner-0715@duesselbus.example.de", "20260722T083000",
                  "20260722T160000", "Assessment-Center Dienstplaner/in Fahrdienst",
                  "Betriebshof Lierenfeld, Am Hackenbruch 10, 40231 Düsseldorf, Schulungsraum 3",
                  _DB_ORG, tz="Europe/Berlin", seq=1, filename="termin.ics")),
    dict(kind="interview_reschedule_or_cancel", slug="terminkollision_quoted_invite", lang="de",
         company="Rheinkurier", contact="jana.schaefer@rheinkurier.example.de",
         frm=("Jana Schäfer", "jana.schaefer@rheinkurier.example.de"),
         subject="Neuer Termin für unser Gespräch", subject_enc=("utf-8", "B"),
         date="2026-04-09 11:11 +0200", id="rk-move", parent="rk-invite", text=_S13),
    dict(kind="interview_reschedule_or_cancel", slug="anulamos_cita_method_cancel", lang="es",
         company="Autobuses Ibaizabal", contact="josu.arana@ibaizabal.example.es",
         frm=_AI_ORG, subject="Re: Convocatoria de entrevista - Planificador/a de Servicios",
         date="2026-09-03 09:20 +0200", id="ai-cancel", parent="ai-move-request", text=_S14,
         ics=_ics("ai-tribunal-planif-0908@ibaizabal.example.es", "20260908T110000",
                  "20260908T120000", "Entrevista tribunal - Planificador/a de Servicios",
                  "Autobuses Ibaizabal, cocheras de Sestao", _AI_ORG, tz="Europe/Madrid",
                  method="CANCEL", seq=1)),
    dict(kind="interview_reschedule_or_cancel", slug="agencia_cliente_cambia_dia", lang="es",
         company="Logística Deusto", contact="aitor@talentocantabrico.example.es",
         frm=("Aitor Goikoetxea", "aitor@talentocantabrico.example.es"),
         subject="Re: Entrevista con Logística Deusto", subject_enc=("iso-8859-1", "B"),
         date="2026-09-15 12:30 +0200", id="tc-deusto-move", parent="tc-deusto-invite",
         text=_S15),

    # ---------------------------------------------------------------- missed_interview_notice
    dict(kind="missed_interview_notice", slug="waited_in_reception_called_twice", lang="en",
         company="Taff Valley Buses", contact="gareth.prosser@taffvalleybuses.example.co.uk",
         frm=("Gareth Prosser", "gareth.prosser@taffvalleybuses.example.co.uk"),
         subject="Re: Controller job", date="2026-04-02 11:05 +0100", id="tvb-missed",
         parent="tvb-invite", text=_M1),
    dict(kind="missed_interview_notice", slug="phone_screen_no_answer", lang="en",
         company="Lee Valley Freight", contact="cian.murphy@leevalleyfreight.example.ie",
         frm=("Cian Murphy", "cian.murphy@leevalleyfreight.example.ie"),
         subject="Missed call - Route Planner phone screen", date="2026-07-24 10:25 +0100",
         id="lvf-missed", text=_M2, html=paras(_M2)),
    dict(kind="missed_interview_notice", slug="waited_on_teams", lang="en",
         company="Hockley Foods", contact="priti.shah@hockleyfoods.example.co.uk",
         frm=("Priti Shah", "priti.shah@hockleyfoods.example.co.uk"),
         subject="Today's interview - Home Delivery Shift Manager",
         date="2026-06-26 15:20 +0100", id="hf-missed", text=_M3,
         html=outlook_html(mso(_M3))),
    dict(kind="missed_interview_notice", slug="agency_client_says_no_dial_in", lang="en",
         company="Bluebird Logistics Talent", contact="tom.whitcombe@bluebird-talent.example.co.uk",
         frm=("Tom Whitcombe", "tom.whitcombe@bluebird-talent.example.co.uk"),
         subject="URGENT - this morning's video interview", date="2026-04-14 10:02 +0100",
         id="bb-missed", text=_M4),
    dict(kind="missed_interview_notice", slug="meet_time_zone_mixup", lang="en",
         company="Kanaal Logistics", contact="femke.devries@kanaal-logistics.example.nl",
         frm=("Femke de Vries", "femke.devries@kanaal-logistics.example.nl"),
         subject="We missed you today", date="2026-06-10 14:35 +0200", id="kl-missed",
         text=_M5, cte="base64"),
    dict(kind="missed_interview_notice", slug="council_unable_to_reach", lang="en",
         company="Gower Bay Council", contact="rhodri.evans@gowerbay.example.co.uk",
         frm=("Rhodri Evans", "rhodri.evans@gowerbay.example.co.uk"),
         subject="Passenger Transport Scheduler - missed telephone call",
         date="2026-06-10 12:10 +0100", id="gbc-missed", text=_M6),
    dict(kind="missed_interview_notice", slug="entretien_telephonique_injoignable", lang="fr",
         company="Marché Cauchois", contact="a.lambert@marche-cauchois.example.fr",
         frm=("Aurélie Lambert", "a.lambert@marche-cauchois.example.fr"),
         name_enc=("iso-8859-1", "B"),
         subject="Entretien téléphonique de ce matin", subject_enc=("iso-8859-1", "B"),
         date="2026-02-11 10:40 +0100", id="mc-missed", text=_M7,
         html=paras(_M7), charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="missed_interview_notice", slug="zweimal_angerufen_cp1252", lang="de",
         company="Frischmarkt Lindner", contact="k.vogel@frischmarkt-lindner.example.de",
         frm=("Katrin Vogel", "k.vogel@frischmarkt-lindner.example.de"),
         subject="Unser Telefoninterview heute", date="2026-09-08 11:25 +0200",
         id="fl-missed", parent="fl-invite", text=_M8, charset="windows-1252", cte="8bit"),
    dict(kind="missed_interview_notice", slug="agentur_kunde_wartete_teams", lang="de",
         company="Spedition Kaiserswerth", contact="m.brandt@personalwerk-rhein.example.de",
         frm=("Markus Brandt", "m.brandt@personalwerk-rhein.example.de"),
         subject="Ihr Termin bei der Spedition Kaiserswerth", date="2026-06-17 10:50 +0200",
         id="pw-kw-missed", text=_M9),
    dict(kind="missed_interview_notice", slug="no_te_conectaste", lang="es",
         company="Mensajería Nervión", contact="itziar.etxeberria@nervion-mensajeria.example.es",
         frm=("Itziar Etxeberria", "itziar.etxeberria@nervion-mensajeria.example.es"),
         subject="Entrevista de hoy", date="2026-03-31 10:35 +0200", id="mn-missed",
         parent="mn-invite", text=_M10),
]

_ = (CAND, esc, html_quote, quote, wrote)  # layout helpers kept at hand for edits
