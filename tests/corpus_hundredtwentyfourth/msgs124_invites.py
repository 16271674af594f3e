"""Interview invitations, reschedules/cancellations and missed-interview notices of the
hundred-and-twenty-fourth corpus, written one by one (see make_hundredtwentyfourth.py for the spec keys).
"""

from __future__ import annotations

from msgs124_common import (
    MID,
    UID_DOMSTAD,
    UID_NORVANE,
    button,
    card_html,
    corporate_html,
    gmail_pair,
    outlook_html,
    outlook_pair,
    paras,
    pixel,
    trk,
)

TEAMS_NORVANE = """\
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZTFhY2EtOWI2Ny00@thread.v2/0>
Meeting ID: 372 118 449 021
Passcode: Xr7kP2
Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options <https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""

# ----------------------------------------------------------------------------- invitations

I01_TEXT = """\
Hi Saoirse,

Thanks for applying to the Customer Success Specialist role at herdwise!

We'd love to set up a 30-minute video call with me (Niamh, People & Talent) to get to know you a bit better, tell you more about the team and answer any questions you have about the role.

Please use the link below to pick a time that works for you over the next week or so. The call is on Google Meet \u2013 the link will be in the calendar invite as soon as you've booked a slot.

Any questions in the meantime, just reply to this email.

Talk soon,
Niamh"""

I02_TEXT = """\
Hi Saoirse,

Great news - Carraig Animal Health would like to meet you for a first interview for the Territory Sales Representative (South West) role!

Details:
- Thursday 12 March, 11:00
- Microsoft Teams (Grace in their HR team will send the invite directly)
- Declan Murphy, Regional Sales Manager South, and Grace O'Neill, HR Business Partner
- About 45 minutes: competency questions, then "why sales, why now?" - have a good answer ready for that one!

I'll send you some prep notes tomorrow and we can do a quick call on Wednesday evening if you like. Can you confirm by reply that the 12th works?

Cheers,
Rory

Rory Flanagan
Senior Consultant - Animal Health & Veterinary
Emerald Life Science Recruitment
M: +353 87 411 2093
"""

I03_TEXT = """\
Hi Saoirse,

As discussed on the phone this morning, please find below an invitation to a first-round interview for the Territory Manager \u2013 Ruminants (West) role.

Date: Tuesday 24 March 2026
Time: 10:00 \u2013 11:00 (Irish time)
Where: Microsoft Teams (link below)
Panel: Brian Costello, Regional Business Manager West, and myself

The interview will be competency-based, followed by a 10-minute discussion of a short territory scenario that Brian will share on screen \u2013 no slides or preparation needed for that part.

Please accept the calendar invitation to confirm, and let me know if you need any adjustments.

Kind regards,
Eimear

Eimear Walsh
Talent Acquisition Partner, Ireland & UK
Norvane Animal Health
M +353 86 203 7719

""" + TEAMS_NORVANE

I04_TEXT = """\
Dear Saoirse,

Thank you for your application for the position of Technical Service Specialist (English-speaking) at Domstad Animal Health.

We are pleased to invite you to a first interview via Microsoft Teams:

Wednesday 18 March 2026, 14:00-15:00 CET (13:00-14:00 Irish time)
With: Dr. Pieter Smit, Head of Technical Services, and Sanne de Vries, HR Business Partner

In the interview we would like to hear about your experience with client questions on vaccines and parasiticides, and we will tell you more about the team in Utrecht and the Irish and UK markets you would support.

Please accept the attached invitation. If the time does not suit, reply to this e-mail and I will propose an alternative.

Kind regards,

Sanne de Vries
HR Business Partner
Domstad Animal Health B.V.
Croeselaan 412, 3521 CJ Utrecht, the Netherlands
T +31 30 799 4410
"""

I05_TEXT = """\
Dear Ms Lindqvist,

Research Support Officer (Clinical Trials), School of Veterinary Medicine \u2013 Ref. SBU/26/0117

I am pleased to inform you that you have been shortlisted for interview for the above post. Details are as follows:

Date:   Tuesday 3 March 2026
Time:   14:15
Venue:  Room G.04, Belfield Hall, St. Brendan's University Dublin, Dublin 4

The interview board will comprise:
  Professor Muireann Kavanagh, Head of School (Chair)
  Dr Tom\u00e1s Brennan, Clinical Trials Unit
  Ms Aoife Mulvey, Human Resources

The interview will last approximately 30 minutes. You will be asked to give a five-minute presentation (no slides) on: "Ensuring data integrity in a multi-site veterinary clinical trial".

Please confirm your attendance by replying to this email no later than 12 noon on Friday 20 February. If you require any reasonable accommodation for the interview, please let us know in your reply.

Please note that travel expenses are not reimbursed for interviews.

Yours sincerely,

Recruitment Team | Human Resources | St. Brendan's University Dublin
"""

I06_TEXT = """\
Dear Candidate

Competition: Laboratory Support Officer (Veterinary Sciences Division)
Reference: NIAFL/26/031
Candidate number: 2260-0988

I am pleased to advise that you have been successful at the sift stage of the above competition and are invited to attend for interview.

Interviews will take place between Monday 18 and Friday 22 May 2026 at NI Agri-Food Laboratories, Newforge Lane, Belfast BT9 5PX.

Please log in to the recruitment portal and select an interview slot by 5.00 pm on Friday 8 May 2026. Slots are allocated on a first come, first served basis. If you do not select a slot by this date it will be assumed that you no longer wish to be considered.

You must bring the following original documents with you to interview:
 - passport or other photographic ID
 - evidence of qualifications claimed on your application form
 - evidence of your right to work in the UK

Please do not reply to this email. This mailbox is not monitored. Queries should be raised through the 'Contact us' function of the portal.

Recruitment Team
NI Agri-Food Laboratories
"""

I07_TEXT = """\
Hi Saoirse,

Thanks for your time on the phone last week \u2013 it was great to hear about your work on the practice's herd-health client list.

We'd like to invite you to an on-site interview for the Technical Services Vet Nurse role at our Hillington site on Tuesday 5 May, 10:00 to 12:30.

10:00  Welcome and site tour (me)
10:45  Interview with me and Dr Hannah Stewart, Veterinary Adviser
11:45  Meet the Customer Support team over a coffee

Visitor parking is at Gate 2, Hillington Park. If the trip from Galway is a problem, we can do the interview part on Teams \u2013 and either way we'll cover reasonable travel costs.

Could you reply to confirm?

Best,
Callum Baird
Technical Services Manager, Clydebank Animal Health"""

I08_TEXT = """\
Hi Saoirse can u come in Fri at 2 for a chat re the nurse/rep role? Ask for me at reception. Tom

Sent from my iPhone

> On 14 Apr 2026, at 19:03, Saoirse Lindqvist <saoirse.l@example.ie> wrote:
>
> Dear Tom,
>
> I saw your post in the VN Ireland group about the combined nursing and practice-rep role at Gleeson & Daly Veterinary, and I'd love to be considered. I've been an RVN in mixed practice in Galway for seven years and have been doing more and more of the client-education side.
>
> My CV is attached. I can come to Limerick any day that suits.
>
> Kind regards,
> Saoirse
"""

I09_TEXT = """\
Dear Saoirse,

Following your telephone interview with Liam Kearney last week, I am pleased to invite you to our assessment day for the position of Technical Sales Advisor (Ruminant Nutrition).

Date: Wednesday 20 May 2026
Time: 9.30am \u2013 3.00pm (lunch provided)
Location: Munster Agri Feeds, Head Office, Annabella, Mallow, Co. Cork P51 WK20

The day will include a group exercise, a 15-minute presentation and a panel interview. The attached brief sets out the presentation topic and the timetable for the day. Please bring your driving licence, as the role requires a full clean licence.

I would be grateful if you could confirm your attendance by return.

Kind regards,

Sin\u00e9ad Cronin
HR Manager
Munster Agri Feeds DAC
T: 022 43 118 | www.munsteragri.example.ie

Munster Agri Feeds DAC, registered in Ireland No. 402187. Registered office: Annabella, Mallow, Co. Cork.
"""

I10_NEW = """\
Dear Saoirse,

Thank you for coming to see us in Newry last Thursday \u2013 it was lovely to meet you, and the team enjoyed the conversation.

I\u2019m delighted to let you know that we\u2019d like to invite you back for a second interview for the Farm Animal Services Coordinator role. This time you\u2019ll meet our Clinical Director, Se\u00e1n Rafferty, and one of our farm partners, Dr Roisin Hughes.

Thursday 18 June at 2.30pm, at our Newry hospital (Unit 3, Greenbank Industrial Estate, Newry BT34 2QU). It should take about an hour. We\u2019ll ask you to talk us through how you\u2019d organise herd-health plan reminders for around 150 dairy and beef clients \u2013 no slides, just your approach.

Could you let me know by Monday whether this suits?

Kind regards,

Aisling Boyd
HR & Operations Manager
Mourne Vet Group
028 3026 5590 | www.mournevets.example.co.uk"""

I13_TEXT = """\
GREAT NEWS Saoirse!!!

Scottish Rural Vet Partnership LOVED your CV and want to meet you!!! \U0001F389

When: Tuesday 28th April, 11am
Where: their Paisley practice, 14 Glenfield Road, PA2 8TE
Who: Moira Campbell (Practice Manager) + one of the farm vets
Role: Farm Liaison & Client Care Coordinator (the one we talked about on Friday)

I'll ring you later to prep you, it's very much a "do you get farmers" kind of chat so you'll definately be grand!!

PLEASE confirm asap so I can lock it in!!!

Kirsty x

Kirsty Boyle
Senior Recruiter | Clyde & Forth Talent
0141 248 7730 | 07700 900 412
clydeforthtalent.example.co.uk

On Mon, 13 Apr 2026 at 16:20, Kirsty Boyle <kirsty@clydeforthtalent.example.co.uk> wrote:
> Hi Saoirse,
>
> Unfortunately the Stirling role has gone to an internal candidate, sorry!! They were really apologetic. Don't worry though, I have something else in mind for you - will call you Friday.
>
> Kirsty
"""

I14_TEXT = """\
Hi Saoirse,

Thanks for your email and CV, and sorry for the slow reply - it's been a mad few weeks with the summer holidays.

We'd love you to come in for a working interview (basically a trial shift) on Saturday 18 July, 8am to 1pm, at the hospital on the Tuam Road. You'd be shadowing Maeve, our head nurse, on the morning consults and the dental list, and we'll have a proper sit-down chat with myself and Colm at the end.

Bring scrubs and comfy shoes, we'll provide lunch. You'll be paid for the shift of course.

Let me know if that suits!

Louise

Louise Byrne RVN
Clinical Manager
Brad\xe1n & Byrne Veterinary Hospital
Tuam Road, Galway | 091 771 060
"""

I15_NEW = """\
Hi Saoirse,

Thanks for your application for the Referral Liaison post - we'd like to meet you!

Could you come in to the hospital on Tuesday 24 February at 2pm? You'd meet me and Dr Euan Fraser, our clinical director, for about 45 minutes, and then one of the nurses will show you round.

If coming over from Galway for that is too much, we can do the first part on Zoom and you can visit another time. Just let me know what works best.

All the best,
Fiona

Fiona MacLeod
Practice Manager
Kelvinside Veterinary Referrals
0141 357 2200"""

I16_TEXT = """\
Bonjour Madame Lindqvist,

Nous avons \u00e9tudi\u00e9 avec attention votre candidature au poste de Sp\u00e9cialiste technique vaccins ruminants (zone Irlande / Royaume-Uni) et souhaiterions vous rencontrer.

Je vous propose un entretien en visioconf\u00e9rence le mardi 21 avril \u00e0 10h00 (heure de Paris), soit 9h00 en Irlande, d'une dur\u00e9e d'environ une heure, avec M. Olivier Besson, responsable du service technique, et moi-m\u00eame. L'entretien se d\u00e9roulera en fran\u00e7ais et en anglais.

Le lien Teams vous sera adress\u00e9 d\u00e8s r\u00e9ception de votre confirmation. Si ce cr\u00e9neau ne vous convenait pas, je vous proposerai volontiers une autre date.

Dans l'attente de votre retour, je vous souhaite une tr\u00e8s bonne journ\u00e9e.

H\u00e9l\u00e8ne Mercier
Charg\u00e9e de recrutement
Bioc\u00e9ane Sant\u00e9 Animale
Site de Lyon - 7, rue Marcel M\u00e9rieux - 69007 Lyon
"""

I17_TEXT = """\
Bonjour Saoirse,

Bonne nouvelle : le Groupe V\u00e9t\u00e9rinaire des Monts d'Or souhaite vous rencontrer pour le poste de Coordinatrice qualit\u00e9 & formation ASV.

L'entretien aura lieu le mercredi 3 juin \u00e0 9h30 \u00e0 la clinique de Limonest (12, chemin de la Sabl\u00e9e, 69760 Limonest), avec le Dr Bertrand Roux, associ\u00e9, et Mme Nathalie Chassagne, responsable RH du groupe. Comptez environ 1h15, visite de la clinique comprise.

Quelques conseils : ils tiennent beaucoup \u00e0 la formation continue des ASV et au suivi des protocoles d'hygi\u00e8ne. N'h\u00e9sitez pas \u00e0 parler de la checklist st\u00e9rilisation que vous aviez mise en place \u00e0 Galway.

Je vous appelle demain en fin de matin\u00e9e pour pr\u00e9parer l'\u00e9change. Merci de me confirmer votre pr\u00e9sence d'ici l\u00e0.

Bien cordialement,

Thomas Lef\u00e8vre
Consultant \u2013 Sant\u00e9 animale
Talentis Conseil \u2013 45, rue de la R\u00e9publique \u2013 69002 Lyon
06 71 22 48 90
"""

I18_TEXT = """\
Salut Saoirse !

Merci pour ta candidature chez Moovia \U0001F642

On a ador\u00e9 ton profil : une ASV irlandaise qui parle fran\u00e7ais et qui conna\u00eet la rurale, c'est exactement ce qu'il nous faut pour lancer la t\u00e9l\u00e9consultation v\u00e9t\u00e9rinaire en Irlande.

Tu serais dispo jeudi 7 mai \u00e0 17h pour un call de 30 min avec L\u00e9a (notre CEO) et moi ? C'est sur Google Meet, le lien est ici : https://meet.google.com/xqv-pnrd-tke

Si \u00e7a ne colle pas, propose-moi un cr\u00e9neau, on s'adapte.

\u00c0 jeudi j'esp\u00e8re !
Maxime

--
Maxime Robin
Head of Ops @ Moovia
moovia.example.fr
"""

I19_TEXT = """\
Madame,

Suite \xe0 votre candidature au poste de technicienne conseil \xe9levage, nous avons le plaisir de vous convier \xe0 un entretien le :

jeudi 7 mai 2026 \xe0 10h00
au si\xe8ge de la Coop\xe9rative, route de Villars, 01330 Villars-les-Dombes

Vous serez re\xe7ue par M. Julien Perrin, responsable technique \xe9levage, et par moi-m\xeame. L'entretien sera suivi d'une visite de l'atelier veaux de notre ferme pilote : pr\xe9voyez des bottes.

Nous vous remercions de bien vouloir confirmer votre pr\xe9sence par retour de courriel.

Cordialement,

Sandrine Dufour
Assistante ressources humaines
Coop\xe9rative Dombes-Sa\xf4ne
04 74 98 20 11
"""

I20_TEXT = """\
Sehr geehrte Frau Lindqvist,

vielen Dank f\u00fcr Ihre Bewerbung als Praxismanagerin (m/w/d) f\u00fcr unsere Tierarztpraxis in Hannover-List.

Ihre Unterlagen haben uns \u00fcberzeugt, und wir m\u00f6chten Sie gern pers\u00f6nlich kennenlernen. Hiermit laden wir Sie herzlich zu einem Vorstellungsgespr\u00e4ch ein:

Termin: Mittwoch, 20. Mai 2026, 14:00 Uhr
Ort: VetCare Nord Tierarztpraxis Hannover-List, Podbielskistra\u00dfe 301, 30177 Hannover
Gespr\u00e4chspartner: Dr. Felix Hartung (Regionalleitung), Melanie Schr\u00f6der (Personal)

Bitte best\u00e4tigen Sie den Termin \u00fcber den Button unten oder antworten Sie einfach auf diese E-Mail.

Wir freuen uns auf Sie!

Mit freundlichen Gr\u00fc\u00dfen
Melanie Schr\u00f6der
VetCare Nord GmbH"""

I21_TEXT = """\
Hey Saoirse,

danke f\u00fcr deine Bewerbung als Customer Success Managerin (Englisch/Deutsch) \u2013 wir haben uns echt gefreut!

Hast du Lust auf ein kurzes Kennenlernen per Video? Wie w\u00e4r's mit Mittwoch, 24.6., um 16 Uhr? Dauert ca. 30 Minuten, ganz locker: Ich erz\u00e4hl dir was \u00fcber unsere Stallsensoren und die Betriebe in Irland, die wir gerade onboarden, und du mir was \u00fcber dich.

Falls das nicht passt, schick mir einfach zwei, drei Alternativen.

Viele Gr\u00fc\u00dfe aus der S\u00fcdstadt
Ben

Ben Hartmann | Co-Founder & COO
Stallgefl\u00fcster GmbH | Hildesheimer Str. 53 | 30169 Hannover
Gesch\u00e4ftsf\u00fchrer: Ben Hartmann, Dr. Merle Tietjen | HRB 221087, Amtsgericht Hannover
"""

I22_TEXT = """\
Sehr geehrte Frau Lindqvist,

wir danken Ihnen f\xfcr Ihre Bewerbung um die Stelle einer Sachbearbeiterin / eines Sachbearbeiters (m/w/d) in der Probenannahme, Kennziffer 09/2026.

Wir laden Sie hiermit zu einem Vorstellungsgespr\xe4ch ein:

Datum:  Dienstag, 12. Mai 2026
Uhrzeit: 10:00 Uhr
Ort:    Landeslabor Niedersachsen f\xfcr Tiergesundheit, Eintrachtweg 17, 30173 Hannover, Haus B, Raum 2.14

Bitte bringen Sie einen g\xfcltigen Lichtbildausweis sowie die Originale Ihrer Zeugnisse mit. Die Anerkennung Ihres ausl\xe4ndischen Berufsabschlusses kann, soweit noch nicht erfolgt, nachgereicht werden.

Bitte best\xe4tigen Sie uns den Termin bis zum 30. April 2026 per E-Mail an diese Adresse. Reisekosten k\xf6nnen leider nicht erstattet werden.

Mit freundlichen Gr\xfc\xdfen
Im Auftrag

Schulze

Landeslabor Niedersachsen f\xfcr Tiergesundheit
- Personalstelle -
Telefon: 0511 28897-214
"""

I23_TEXT = """\
Liebe Frau Lindqvist,

ich habe gute Nachrichten: Unser Mandant, die Nieders\u00e4chsische Futtermittelwerke AG, m\u00f6chte Sie gern f\u00fcr die Position Produktmanager/in Gefl\u00fcgelern\u00e4hrung kennenlernen.

Vorgeschlagener Termin: Freitag, 12. Juni 2026, 10:00 Uhr
Ort: Hauptverwaltung, Hafenstra\u00dfe 3, 30880 Laatzen
Gespr\u00e4chspartner: Herr Dr. Ulrich Meyer (Vorstand Vertrieb) und Frau Jessica Brandt (Leitung Produktmanagement)

Das Gespr\u00e4ch wird etwa 90 Minuten dauern und \u00fcberwiegend auf Deutsch gef\u00fchrt; ein Teil zu den englischsprachigen Exportm\u00e4rkten auf Englisch. Ich w\u00fcrde vorher gern 20 Minuten mit Ihnen telefonieren \u2013 passt Ihnen Mittwochabend?

Bitte geben Sie mir kurz Bescheid, ob der Termin f\u00fcr Sie machbar ist.

Herzliche Gr\u00fc\u00dfe

Anna Hoffmann
Hoffmann & K\u00fchn Personalberatung GmbH
Podbielskistra\u00dfe 158 | 30177 Hannover | Tel. +49 511 3360 471
Gesch\u00e4ftsf\u00fchrer: Anna Hoffmann, Stefan K\u00fchn | Amtsgericht Hannover HRB 219904"""

I24_TEXT = """\
Hola Saoirse:

Soy Luc\u00eda Sanz, del equipo de Talento de Laboratorios Ebro Vet. Hemos revisado tu candidatura para el puesto de Delegada T\u00e9cnica \u2013 Irlanda y nos gustar\u00eda mucho conocerte.

Te propongo una entrevista presencial en nuestra oficina de Dubl\u00edn (Sandyford Business Park, edificio 4, 2.\u00aa planta) el jueves 18 de junio a las 11:00 (hora irlandesa). Estar\u00e1n Alberto Gil, nuestro director de exportaci\u00f3n, y yo. La entrevista ser\u00e1 en espa\u00f1ol y en ingl\u00e9s, y durar\u00e1 alrededor de una hora.

\u00bfTe va bien? Si no, dime qu\u00e9 d\u00edas de esa semana te vendr\u00edan mejor.

Un abrazo,

Luc\u00eda Sanz
Talent Acquisition
Laboratorios Ebro Vet
+34 976 41 22 85
"""

I25_TEXT = """\
Hola Saoirse:

Me gustar\xeda tener una entrevista contigo para el puesto de T\xe9cnica de Servicio Veterinario en Irlanda. \xbfPodr\xedas el martes 19 a las 16:00 (hora espa\xf1ola) por Teams? Si te va bien, te mando la invitaci\xf3n.

Un saludo,

Javier Lasa | Director Comercial | Zoovital Ib\xe9rica
Pol. Ind. Plaza, Calle Teresa Perales 12, 50197 Zaragoza"""

I26_TEXT = """\
Estimada Sra. Lindqvist:

Me complace comunicarle que nuestro cliente, Piensos del Cierzo, desea mantener una entrevista con usted para el puesto de T\u00e9cnica Comercial en Irlanda.

La entrevista tendr\u00e1 lugar por videoconferencia el martes 23 de junio a las 10:00 (hora peninsular), es decir, a las 9:00 en Irlanda. Le atender\u00e1n D. Ram\u00f3n Aznar, director de Exportaci\u00f3n, y D\u00aa. Pilar Lafuente, responsable de Recursos Humanos. Se desarrollar\u00e1 en espa\u00f1ol, con una parte en ingl\u00e9s.

\u00bfMe confirma su disponibilidad? En cuanto la tenga, le remito el enlace.

Atentamente,

Marta Ib\u00e1\u00f1ez
Consultora de Selecci\u00f3n \u2013 Agroalimentaci\u00f3n
Orbe Talento"""

# ----------------------------------------------------------------------------- reschedules

C01_TEXT = """\
Hi Saoirse,

Apologies for the change \u2013 Brian has been asked to join a customer meeting in Ballinasloe on Tuesday morning, so I have moved your interview to Thursday 26 March, 10:30 \u2013 11:30. The Teams link stays the same.

If the new time doesn't suit, just let me know and we'll find another slot this week.

Kind regards,
Eimear

""" + TEAMS_NORVANE

C02_TEXT = """\
Dear Saoirse,

I am sorry to do this at such short notice: Pieter is ill and will not be back before the end of the week, so I have to cancel tomorrow's interview.

This is a postponement only \u2013 the position is still open and we would very much like to speak with you. I will send you a new invitation as soon as I have an overview of his agenda for next week.

Kind regards,

Sanne de Vries
HR Business Partner
Domstad Animal Health B.V.
"""

C03_TEXT = """\
Dear Saoirse,

Met \u00c9ireann has issued a Status Orange wind warning for Cork and Kerry for Wednesday, so for everyone's safety we are moving the assessment day online.

The timings stay the same (9.30am start). The group exercise will run on Microsoft Teams in breakout rooms, and your presentation and panel interview will also be by video. You will receive the Teams invitations from me tomorrow morning.

You don't need to change your presentation, but please send me your slides by 5pm on Tuesday so that we can share them on screen if needed.

Apologies for the late change and safe travels if you're out and about.

Kind regards,

Sin\u00e9ad Cronin
HR Manager
Munster Agri Feeds DAC
"""

C04_TEXT = """\
Slight change of plan!!

Moira at Scottish Rural Vet Partnership has been asked to cover a clinc in Lanark on Tuesday so they need to push your interview to WEDNESDAY 29th, same time (11am), same place (Paisley).

Sorry!!! Can you still make it?? Let me know asap x

Kirsty

Sent from my Galaxy
"""

C05_TEXT = """\
Fri no good now, emergency surgery list all afternoon. Mon 9am instead? Same place. T

Sent from my iPhone

> On 15 Apr 2026, at 22:41, Tom Gleeson <tom@gleesonvets.example.ie> wrote:
>
> Hi Saoirse can u come in Fri at 2 for a chat re the nurse/rep role? Ask for me at reception. Tom
"""

C06_TEXT = """\
Hi Saoirse,

Conor's customer visit in Roscommon moved, so we've had to move your interview with him and me.

New time: Thursday, 19 February, 14:00 \u2013 14:45 (GMT)
Previous time: Wednesday, 18 February, 10:00 \u2013 10:45 (GMT)
Where: Google Meet (the link in your calendar invite has been updated)

Sorry for the shuffle! If the new time doesn't work for you, just reply and we'll sort another one.

Niamh"""

C07_TEXT = """\
Dear Ms Lindqvist,

Veterinary Nurse Tutor (0.5 FTE) \u2013 Ref. SBU/26/0204

We regret to inform you that, due to unforeseen circumstances, the interviews scheduled for Tuesday 21 April 2026 have been postponed.

The competition remains open and your shortlisting stands. We will contact you with a revised interview date as soon as possible, and we expect this to be within the next three weeks.

We apologise for any inconvenience this may cause. Please reply to this email if you have any queries.

Yours sincerely,

Recruitment Team | Human Resources | St. Brendan's University Dublin
"""

C08_NEW = """\
Hi Saoirse,

I\u2019m so sorry to do this the day before, but I have to cancel our second interview tomorrow. Se\u00e1n has been called out to a TB breakdown on one of our largest dairy clients and will be on the farm for most of the day.

I\u2019ll come back to you early next week with a new date. The role is very much still open and you\u2019re very much in the running \u2013 please don\u2019t read anything else into this!

Apologies again,
Aisling"""

C08_HEAD = """\
From: Aisling Boyd <aisling.boyd@mournevets.example.co.uk>
Sent: Wednesday, June 10, 2026 4:12 PM
To: Saoirse Lindqvist <saoirse.l@example.ie>
Subject: Second interview - Farm Animal Services Coordinator"""

C08_CHAIN = I10_NEW + """

From: Saoirse Lindqvist <saoirse.l@example.ie>
Sent: Friday, June 5, 2026 8:41 PM
To: Aisling Boyd <aisling.boyd@mournevets.example.co.uk>
Subject: Thank you

Dear Aisling,

Thank you for meeting me yesterday and for showing me round the hospital. I really enjoyed hearing how the farm team is organised, and I'd be delighted to take the next step if you think I'm a good fit.

Best wishes,
Saoirse

From: Aisling Boyd <aisling.boyd@mournevets.example.co.uk>
Sent: Monday, May 25, 2026 10:15 AM
To: Saoirse Lindqvist <saoirse.l@example.ie>
Subject: Interview - Farm Animal Services Coordinator

Dear Saoirse,

Thank you for your application for the Farm Animal Services Coordinator role. We would like to invite you to interview on Thursday 4 June at 11am at our Newry hospital. Unfortunately we can't offer video interviews for this role, as we'd like you to meet the farm team in person.

Kind regards,
Aisling"""

C09_TEXT = """\
Hi Saoirse,

Would it be possible to move your trial shift from Saturday 18th to Tuesday 21st, same time (8 to 1)? Maeve is off on the Saturday after all and I'd really like you to work with her rather than with our locum.

Sorry for messing you around!

Louise

On 9 Jul 2026, at 20:15, Saoirse Lindqvist wrote:

> Hi Louise,
>
> Saturday 18th is perfect, thank you! Unfortunately I don't have my old scrubs any more - is it okay if I wear plain navy trousers and a top?
>
> Looking forward to it,
> Saoirse
"""

C10_TEXT = """\
Bonjour Madame Lindqvist,

Je suis au regret de devoir d\u00e9caler notre entretien pr\u00e9vu mardi 21 avril \u00e0 10h : M. Besson sera en d\u00e9placement impr\u00e9vu sur notre site de production de Brest toute la journ\u00e9e.

Seriez-vous disponible le jeudi 23 avril \u00e0 14h00 (heure de Paris) ? Le format reste identique (visioconf\u00e9rence Teams, environ une heure).

Je vous prie de nous excuser pour ce changement et vous remercie de votre compr\u00e9hension.

Bien cordialement,

H\u00e9l\u00e8ne Mercier
Charg\u00e9e de recrutement
Bioc\u00e9ane Sant\u00e9 Animale

De : Saoirse Lindqvist <saoirse.l@example.ie>
Envoy\u00e9 : mercredi 8 avril 2026 19:04
\u00c0 : H\u00e9l\u00e8ne Mercier <helene.mercier@bioceane.example.fr>
Objet : RE: Candidature Sp\u00e9cialiste technique vaccins ruminants - proposition d'entretien

Bonjour Madame Mercier,

Je vous remercie pour votre message et je vous confirme avec plaisir ma disponibilit\u00e9 pour l'entretien du mardi 21 avril \u00e0 10h00 (heure de Paris).

Bien cordialement,
Saoirse Lindqvist
"""

C11_NEW = """\
Hello Saoirse,

Petit changement : L\u00e9a est malade (grosse angine \U0001F912), on d\u00e9cale le call \u00e0 lundi 11 mai, m\u00eame heure (17h) ? M\u00eame lien Meet.

D\u00e9sol\u00e9 pour le contretemps !
Maxime"""

C12_TEXT = """\
Sehr geehrte Frau Lindqvist,

aus organisatorischen Gr\xfcnden m\xfcssen wir das Vorstellungsgespr\xe4ch am Dienstag, 12. Mai 2026, leider verschieben.

Neuer Termin: Donnerstag, 21. Mai 2026, 13:30 Uhr
Ort: unver\xe4ndert (Eintrachtweg 17, Haus B, Raum 2.14)

Bitte teilen Sie uns mit, ob Sie diesen Termin wahrnehmen k\xf6nnen. Wir bitten, die \xc4nderung zu entschuldigen.

Mit freundlichen Gr\xfc\xdfen
Im Auftrag

Schulze
Landeslabor Niedersachsen f\xfcr Tiergesundheit - Personalstelle -
"""

C13_TEXT = """\
Hi Saoirse,

Mist, ich muss unser Gespr\u00e4ch morgen um 16 Uhr leider absagen \u2013 ich bin kurzfristig f\u00fcr zwei Tage auf einer Messe in Bremen eingesprungen, weil Merle krank ist.

Ich melde mich Anfang n\u00e4chster Woche mit einem neuen Termin, versprochen! Sorry f\u00fcr das Hin und Her.

Ben

Am Mo., 15. Juni 2026 um 11:02 Uhr schrieb Ben Hartmann <ben@stallgefluester.example.de>:
> Hey Saoirse,
>
> danke f\u00fcr deine Bewerbung als Customer Success Managerin (Englisch/Deutsch) \u2013 wir haben uns echt gefreut!
>
> Hast du Lust auf ein kurzes Kennenlernen per Video? Wie w\u00e4r's mit Mittwoch, 24.6., um 16 Uhr?
"""

C14_TEXT = """\
Buenos d\u00edas, Sra. Lindqvist:

Piensos del Cierzo me pide cambiar la hora de la entrevista del martes 23: en lugar de a las 10:00 ser\u00eda a las 12:00 (hora peninsular), es decir, a las 11:00 en Irlanda. El enlace de Teams no cambia.

\u00bfLe vendr\u00eda bien? Disculpe las molestias.

Un cordial saludo,

Marta Ib\u00e1\u00f1ez
Orbe Talento

De: Marta Ib\u00e1\u00f1ez
Enviado: martes, 16 de junio de 2026 10:20
Para: Saoirse Lindqvist <saoirse.l@example.ie>
Asunto: Entrevista Piensos del Cierzo - T\u00e9cnica Comercial Irlanda

Estimada Sra. Lindqvist:

Me complace comunicarle que nuestro cliente, Piensos del Cierzo, desea mantener una entrevista con usted...
"""

C15_TEXT = """\
Hola de nuevo, Saoirse:

Alberto finalmente no podr\u00e1 viajar a Dubl\u00edn esta semana, as\u00ed que la entrevista del jueves 18 pasar\u00e1 a ser por videollamada (Teams), a la misma hora: 11:00, hora irlandesa.

Te env\u00edo el enlace en un correo aparte. Perdona el cambio de planes.

Un abrazo,
Luc\u00eda

Luc\u00eda Sanz
Talent Acquisition | Laboratorios Ebro Vet
"""

# ----------------------------------------------------------------------------- missed interviews

M01_TEXT = """\
Hi Saoirse,

We waited for you at 10:00 this morning at our Ballybrit office for your interview for the Field Sales Representative (Connacht) role, but you didn't arrive.

I hope everything is alright. If there was a mix-up with the time or the address, please call me on 091 774 210 or reply to this email and we'll see what we can do \u2013 Peter is in the office until Friday.

Regards,

Orla Kenny
Recruitment & Training Coordinator
Western Animal Health Ltd
Ballybrit Business Park, Galway

-----Original Message-----
From: Orla Kenny
Sent: 20 May 2026 14:03
To: 'saoirse.l@example.ie'
Subject: Interview - Field Sales Representative (Connacht)

Dear Saoirse,

I am pleased to invite you to interview for the position of Field Sales Representative (Connacht) on Wednesday 27 May at 10:00 at our office in Ballybrit Business Park. The interview panel will be Peter Hession (Sales Manager) and myself.

Please confirm that this time suits.

Regards,
Orla
"""

M02_TEXT = """\
Hi Saoirse,

We had you down for a Teams call at 11:00 with Declan today, but you didn't join \u2013 we stayed on the call until about 11:15.

Is everything OK? It's possible the invitation went to your junk folder (Rory mentioned he had forwarded it on as well). Let me know and I'll see if Declan can find another slot this week.

Thanks,
Grace

Grace O'Neill
HR Business Partner
Carraig Animal Health
Little Island, Cork T45 RX82
+353 21 435 9920"""

M03_TEXT = """\
Hi Saoirse,

Tried to call you a few times this morning for our 9:30 phone screen re the new technical support mandate - no answer, so I left you a voicemail.

Hope all is ok! Let me know when suits to reschedule, I'm around all week apart from Thursday afternoon.

Cheers,
Rory

Rory Flanagan
Senior Consultant - Animal Health & Veterinary
Emerald Life Science Recruitment
M: +353 87 411 2093
"""

M04_TEXT = """\
Saoirse,

We had you on the rota for the trial shift this morning at 8 and you didn't turn up. Maeve held the dental list for you until half eight and we tried your mobile twice.

I hope nothing has happened. If something came up, give me a ring on 091 771 060 - we can talk about whether another day is possible.

Louise

Louise Byrne RVN
Clinical Manager
Brad\xe1n & Byrne Veterinary Hospital

On 14 Jul 2026, at 09:02, Louise Byrne wrote:

> Would it be possible to move your trial shift from Saturday 18th to Tuesday 21st, same time (8 to 1)?
"""

M05_NEW = """\
Dear Saoirse,

We were expecting you at our Paisley clinic yesterday at 11am for your interview for the Farm Liaison & Client Care Coordinator position. We waited until half past and I tried your mobile twice, but couldn't get through.

I've let Kirsty at Clyde & Forth know. If something happened, please do get in touch with me directly \u2013 I'd rather hear from you than assume.

Kind regards,

Moira Campbell
Practice Manager
Scottish Rural Vet Partnership LLP
14 Glenfield Road, Paisley PA2 8TE
0141 887 3101"""

M06_TEXT = """\
Dear Ms Lindqvist

Competition: Laboratory Support Officer - Reference NIAFL/26/031

You were scheduled to attend for interview on Wednesday 20 May 2026 at 11.30 am at Newforge Lane, Belfast. Our records show that you did not attend.

If there were exceptional circumstances that prevented you from attending, please contact me by replying to this email within five working days, giving details. Otherwise your application will be withdrawn from the competition.

Yours sincerely

Gareth Magee
HR Officer, Recruitment
NI Agri-Food Laboratories
Tel: 028 9025 5544
"""

M07_TEXT = """\
Bonjour Saoirse,

Le Dr Roux, du Groupe Veterinaire des Monts d'Or, vient de m'appeler : il vous a attendue ce matin a 9h30 a la clinique de Limonest et ne vous a pas vue arriver. J'ai essaye de vous joindre sur votre portable, sans succes.

J'espere qu'il ne vous est rien arrive. Pouvez-vous me rappeler des que possible ? Je verrai ensuite avec le client s'il est envisageable de reprogrammer un creneau.

Thomas Lefevre
Talentis Conseil

Envoye de mon iPhone
"""

M08_TEXT = """\
Sehr geehrte Frau Lindqvist,

leider sind Sie heute nicht zu unserem vereinbarten Vorstellungsgespr\u00e4ch um 14:00 Uhr in der Praxis Hannover-List erschienen. Dr. Hartung und ich haben bis etwa 14:30 Uhr auf Sie gewartet; telefonisch haben wir Sie leider nicht erreicht.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle haben.

Mit freundlichen Gr\u00fc\u00dfen
Melanie Schr\u00f6der
Personal | VetCare Nord GmbH
Podbielskistra\u00dfe 301, 30177 Hannover
"""

M09_TEXT = """\
Sehr geehrte Frau Lindqvist,

Sie sind dem Teams-Meeting heute um 10:00 Uhr f\u00fcr die Position Innendienst Tiergesundheit (m/w/d) leider nicht beigetreten. Herr Dr. Blum und ich haben eine Viertelstunde gewartet.

Sollte es technische Probleme gegeben haben, lassen Sie es mich bitte wissen \u2013 wir finden dann gern einen neuen Termin.

Mit freundlichen Gr\u00fc\u00dfen

Katrin Vogt
Personalreferentin
Leinetal Tiergesundheit GmbH
Vahrenwalder Str. 269 | 30179 Hannover
Gesch\u00e4ftsf\u00fchrer: Dr. Hartmut Blum | Amtsgericht Hannover HRB 123456
"""

M10_TEXT = """\
Hola Saoirse:

Te estuvimos esperando en la videollamada de las 11:00 (hora de Irlanda) y no llegaste a conectarte. Alberto esper\u00f3 unos veinte minutos antes de tener que irse a otra reuni\u00f3n.

\u00bfHa pasado algo? Si tuviste alg\u00fan problema t\u00e9cnico con el enlace, d\u00edmelo y miro si podemos encontrar otro hueco la semana que viene, aunque su agenda est\u00e1 bastante complicada.

Un saludo,
Luc\u00eda

Luc\u00eda Sanz
Talent Acquisition | Laboratorios Ebro Vet
"""


MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ invitations (26)
    {
        "kind": "interview_invitation", "scenario": "greenhouse_pick_a_time", "lang": "en",
        "company": "herdwise", "contact": "niamh.devlin@herdwise.example.com",
        "frm": ("herdwise via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Niamh Devlin", "niamh.devlin@herdwise.example.com"),
        "subject": "Next steps with herdwise: let's chat!",
        "date": "2026-02-02 10:12:40 +0000", "structure": "html", "charset": "utf-8", "cte": "qp",
        "msgid": MID["herdwise_invite"],
        "html": card_html(
            logo=("https://s3.greenhouse-mail.io/logos/herdwise/herdwise-wordmark.png", "herdwise"),
            preheader="Pick a time for a 30-minute video call",
            content=paras(I01_TEXT) + button("Pick a time", trk("click.greenhouse-mail.io", "i01-schedule"), "#2f855a"),
            footer="Sent by herdwise via Greenhouse. Replies to this email go to Niamh Devlin.<br>"
                   f'<a href="{trk("click.greenhouse-mail.io", "i01-privacy")}" style="color:#8c959f;">Privacy policy</a>',
            track=pixel("click.greenhouse-mail.io", "i01")),
    },
    {
        "kind": "interview_invitation", "scenario": "agency_first_interview", "lang": "en",
        "company": "Carraig Animal Health", "contact": "rory.flanagan@emeraldls.example.ie",
        "frm": ("Rory Flanagan", "rory.flanagan@emeraldls.example.ie"),
        "subject": "Carraig - interview Thurs 12th!",
        "date": "2026-03-09 17:32:08 +0000", "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "msgid": MID["carraig_call"], "irt": MID["emerald_cv"], "body": I02_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "outlook_calendar_request", "lang": "en",
        "company": "Norvane Animal Health", "contact": "eimear.walsh@norvane.example.com",
        "frm": ("Walsh, Eimear", "eimear.walsh@norvane.example.com"),
        "subject": "Interview: Territory Manager \u2013 Ruminants (West) | Norvane Animal Health",
        "date": "2026-03-16 14:22:19 +0000", "structure": "alt", "charset": "utf-8", "cte": "qp",
        "msgid": MID["norvane_invite"], "body": I03_TEXT,
        "html": outlook_html(I03_TEXT, font="Aptos"),
        "calendar": {"method": "REQUEST", "uid": UID_NORVANE, "sequence": 0,
                      "start": "2026-03-24 10:00 +0000", "end": "2026-03-24 11:00 +0000",
                      "summary": "Interview: Territory Manager \u2013 Ruminants (West) | Norvane Animal Health",
                      "location": "Microsoft Teams Meeting",
                      "organizer": ("Walsh, Eimear", "eimear.walsh@norvane.example.com"),
                      "description": "First-round interview with Brian Costello and Eimear Walsh."},
        "headers": [("Thread-Topic", "Interview: Territory Manager - Ruminants (West)"), ("X-MS-Has-Attach", ""),
                 ("X-MS-TNEF-Correlator", "")],
    },
    {
        "kind": "interview_invitation", "scenario": "calendar_invite_ics_attached", "lang": "en",
        "company": "Domstad Animal Health", "contact": "sanne.devries@domstad-ah.example.nl",
        "frm": ("Sanne de Vries", "sanne.devries@domstad-ah.example.nl"),
        "subject": "Invitation: Interview Technical Service Specialist (EN) @ Wed 18 Mar 2026 14:00 - 15:00 (CET)",
        "date": "2026-03-11 15:40:27 +0100", "structure": "mixed", "charset": "utf-8", "cte": "qp",
        "msgid": MID["domstad_invite"], "body": I04_TEXT,
        "calendar": {"method": "REQUEST", "uid": UID_DOMSTAD, "sequence": 0, "attach_ics": True,
                      "start": "2026-03-18 14:00 +0100", "end": "2026-03-18 15:00 +0100",
                      "summary": "Interview Technical Service Specialist (EN)",
                      "location": "Microsoft Teams",
                      "organizer": ("Sanne de Vries", "sanne.devries@domstad-ah.example.nl"),
                      "description": "Interview with Dr. Pieter Smit and Sanne de Vries.\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGRmNzQ"},
    },
    {
        "kind": "interview_invitation", "scenario": "university_shortlisted_board", "lang": "en",
        "company": "St. Brendan's University Dublin", "contact": "recruitment@sbu.example.ie",
        "frm": ("SBU Recruitment", "recruitment@sbu.example.ie"),
        "subject": "SBU/26/0117 Research Support Officer (Clinical Trials) - invitation to interview",
        "date": "2026-02-16 11:48:02 +0000", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "body": I05_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "ni_public_book_slot", "lang": "en",
        "company": "NI Agri-Food Laboratories", "contact": "",
        "frm": ("NIAFL Recruitment", "recruitment@niafl.example.co.uk"),
        "subject": "NIAFL/26/031 Laboratory Support Officer - invitation to interview",
        "date": "2026-04-30 15:30:00 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "body": I06_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "lever_onsite_schedule", "lang": "en",
        "company": "Clydebank Animal Health", "contact": "callum.baird@clydebankah.example.co.uk",
        "frm": ("Callum Baird (Clydebank Animal Health)", "no-reply@hire.lever.co"),
        "reply_to": ("Callum Baird", "callum.baird@clydebankah.example.co.uk"),
        "subject": "Invitation to interview \u2013 Technical Services Vet Nurse",
        "date": "2026-04-22 12:06:51 +0100", "structure": "html", "charset": "utf-8", "cte": "b64",
        "mid_host": "hire.lever.co", "mid_style": "ats",
        "html": card_html(
            logo=("https://lever-client-logos.s3.amazonaws.com/clydebank-ah.png", "Clydebank Animal Health"),
            content=paras(I07_TEXT),
            footer="Sent via Lever on behalf of Clydebank Animal Health plc, Hillington Park, Glasgow. "
                   "Registered in Scotland No. SC204418. Replies go to Callum Baird.",
            track=pixel("t.lever-analytics.com", "i07")),
    },
    {
        "kind": "interview_invitation", "scenario": "mobile_terse_chat", "lang": "en",
        "company": "Gleeson & Daly Veterinary", "contact": "tom@gleesonvets.example.ie",
        "frm": ("Tom Gleeson", "tom@gleesonvets.example.ie"),
        "subject": "Re: Nurse / practice rep role",
        "date": "2026-04-15 22:41:10 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "msgid": MID["gleeson_invite"], "irt": MID["gleeson_apply"], "body": I08_TEXT,
        "headers": [("X-Mailer", "iPhone Mail (21E236)")],
    },
    {
        "kind": "interview_invitation", "scenario": "assessment_day_brief_pdf", "lang": "en",
        "company": "Munster Agri Feeds", "contact": "sinead.cronin@munsteragri.example.ie",
        "frm": ("Sin\u00e9ad Cronin", "sinead.cronin@munsteragri.example.ie"), "name_enc": "B",
        "subject": "Assessment Day \u2013 Technical Sales Advisor (Ruminant Nutrition)",
        "date": "2026-05-05 14:55:32 +0100", "structure": "mixed", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": I09_TEXT,
        "attachments": [{"filename": "Assessment_Day_Brief_TSA_May2026.pdf", "title": "Munster Agri Feeds - Assessment Day Brief",
                          "lines": ["Position: Technical Sales Advisor (Ruminant Nutrition). Date: Wednesday 20 May 2026.",
                                 "09:30 Arrival and welcome (Reception, Annabella).",
                                 "10:00 Group exercise: planning a winter feeding programme for a 120-cow spring-calving herd.",
                                 "11:30 Individual presentations (15 minutes + 5 minutes questions).",
                                 "Presentation topic: 'A dairy customer tells you that our new transition-cow mineral is not working. How do you handle the first farm visit?'",
                                 "13:00 Lunch with members of the sales team.",
                                 "13:45 Panel interview: Liam Kearney (Sales Manager South), Sinead Cronin (HR), Dr Aoife Hegarty (Nutritionist).",
                                 "15:00 Close. Travel expenses will be reimbursed on production of receipts."]}],
    },
    {
        "kind": "interview_invitation", "scenario": "second_interview_outlook", "lang": "en",
        "company": "Mourne Vet Group", "contact": "aisling.boyd@mournevets.example.co.uk",
        "frm": ("Aisling Boyd", "aisling.boyd@mournevets.example.co.uk"),
        "subject": "Second interview - Farm Animal Services Coordinator",
        "date": "2026-06-10 16:12:44 +0100", "structure": "alt", "charset": "windows-1252", "cte": "qp",
        "msgid": MID["mourne_second"], "irt": MID["mourne_thanks"], "body": I10_NEW + "\n",
        "html": outlook_html(I10_NEW),
    },
    {
        "kind": "interview_invitation", "scenario": "ashby_startup_utrecht", "lang": "en",
        "company": "Pasturely", "contact": "joris@pasturely.example.nl",
        "frm": ("Pasturely", "no-reply@ashbyhq.com"), "reply_to": ("Joris Bakker", "joris@pasturely.example.nl"),
        "subject": "Pasturely \u00b7 Interview for Customer Support Lead (Veterinary)", "subject_enc": "Q",
        "date": "2026-07-01 09:18:33 +0200", "structure": "html", "charset": "utf-8", "cte": "qp",
        "mid_host": "ashbyhq.com", "mid_style": "ats",
        "html": card_html(
            logo=("https://app.ashbyhq.com/api/images/org-theme-logo/pasturely.png", "Pasturely"),
            content=paras("""\
Hi Saoirse,

Thanks for applying to Pasturely! Joris here \u2013 I run Customer Operations.

We'd like to invite you to a 45-minute video interview for the Customer Support Lead (Veterinary) role. We're a team of 14 in Utrecht and interviews are in English.

What to expect: 10 minutes about us and the grazing-management app, 25 minutes about you and how you'd handle a tricky support ticket from a vet, and 10 minutes for your questions.

Use the button below to choose a slot that suits you. Reply to this email if none of them work.

Cheers,
Joris""") + button("Choose a time", trk("app.ashbyhq.com", "i11-book", "interview-scheduling/pasturely"), "#3f6212"),
            footer='Powered by <a href="https://www.ashbyhq.com" style="color:#8c959f;">Ashby</a> &middot; Pasturely B.V., Oudegracht 201, Utrecht',
            track=pixel("app.ashbyhq.com", "i11")),
    },
    {
        "kind": "interview_invitation", "scenario": "workday_select_slot", "lang": "en",
        "company": "Vetlink Pharma Ireland", "contact": "",
        "frm": ("Vetlink Pharma Ireland Talent Acquisition", "vetlinkpharma@myworkday.com"),
        "subject": "Interview Invitation \u2013 Customer Service Technical Advisor (R-004388)",
        "subject_enc": "Q", "header_charset": "UTF-8",
        "date": "2026-06-02 08:30:05 +0100", "structure": "html", "charset": "utf-8", "cte": "qp",
        "mid_style": "ats",
        "html": corporate_html(
            title="Interview Invitation", logo=("https://vetlinkpharma.wd3.myworkdayjobs.com/assets/logo-vetlink.png", "Vetlink Pharma Ireland"),
            accent="#00558c",
            content=paras("""\
Dear Saoirse,

Congratulations! Following a review of your application for Customer Service Technical Advisor (R-004388), we would like to invite you to interview.

Please log in to your Candidate Home to select an interview time from the available slots.

Interview type: Video (Microsoft Teams)
Duration: 45 minutes
Interviewers: Hiring Manager and Talent Acquisition Partner

Slots are available until Tuesday 9 June. If none of the times suit, please indicate this in Candidate Home.

Kind regards,
Talent Acquisition Team
Vetlink Pharma Ireland""") + button("Schedule my interview", trk("vetlinkpharma.wd3.myworkdayjobs.com", "i12-slot", "en-US/careers/userHome"), "#00558c"),
            footer="This email was sent from an unmonitored mailbox. Please do not reply.<br>"
                   "Vetlink Pharma Ireland Limited, Unit 4, Citywest Business Campus, Dublin 24. Registered in Ireland No. 512233.",
            track=pixel("vetlinkpharma.wd3.myworkdayjobs.com", "i12")),
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "kind": "interview_invitation", "scenario": "agency_exclamations_paisley", "lang": "en",
        "company": "Scottish Rural Vet Partnership", "contact": "kirsty@clydeforthtalent.example.co.uk",
        "frm": ("Kirsty Boyle", "kirsty@clydeforthtalent.example.co.uk"),
        "subject": "INTERVIEW!!! \U0001F389", "subject_enc": "B", "header_charset": "UTF-8",
        "date": "2026-04-21 09:44:12 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "msgid": MID["clydeforth_invite"], "body": I13_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "trial_shift_working_interview", "lang": "en",
        "company": "Brad\u00e1n & Byrne Veterinary Hospital", "contact": "louise@bradanbyrne.example.ie",
        "frm": ("Louise Byrne", "louise@bradanbyrne.example.ie"),
        "subject": "Re: RVN position",
        "date": "2026-07-08 13:27:50 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "msgid": MID["bradan_trial"], "irt": MID["bradan_apply"], "body": I14_TEXT,
    },
    dict(
        kind="interview_invitation", scenario="gmail_glasgow_referrals", lang="en",
        company="Kelvinside Veterinary Referrals", contact="f.macleod@kelvinsidevets.example.co.uk",
        frm=("Fiona MacLeod", "f.macleod@kelvinsidevets.example.co.uk"),
        subject="Referral Liaison - interview",
        date="2026-02-12 10:03:27 +0000", structure="alt", charset="utf-8", cte="qp",
        msgid=MID["kelvinside_invite"],
        **gmail_pair(I15_NEW),
    ),
    {
        "kind": "interview_invitation", "scenario": "fr_visio_vouvoiement", "lang": "fr",
        "company": "Bioc\u00e9ane Sant\u00e9 Animale", "contact": "helene.mercier@bioceane.example.fr",
        "frm": ("H\u00e9l\u00e8ne Mercier", "helene.mercier@bioceane.example.fr"), "name_enc": "Q",
        "subject": "Candidature Sp\u00e9cialiste technique vaccins ruminants - proposition d'entretien", "subject_enc": "Q",
        "date": "2026-04-08 11:20:16 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "msgid": MID["bioceane_invite"], "body": I16_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "fr_cabinet_client_limonest", "lang": "fr",
        "company": "Groupe V\u00e9t\u00e9rinaire des Monts d'Or", "contact": "t.lefevre@talentis-conseil.example.fr",
        "frm": ("Thomas Lef\u00e8vre", "t.lefevre@talentis-conseil.example.fr"),
        "subject": "Entretien Monts d'Or - mercredi 3 juin",
        "date": "2026-05-26 18:10:41 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "outlook", "body": I17_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "fr_startup_tutoiement", "lang": "fr",
        "company": "Moovia", "contact": "maxime@moovia.example.fr",
        "frm": ("Maxime de Moovia", "maxime@moovia.example.fr"),
        "subject": "On s'appelle ? \U0001F4DE", "subject_enc": "Q", "header_charset": "utf-8",
        "date": "2026-05-04 16:02:55 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "msgid": MID["moovia_invite"], "body": I18_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "fr_coop_convocation", "lang": "fr",
        "company": "Coop\u00e9rative Dombes-Sa\u00f4ne", "contact": "rh@coop-dombes-saone.example.fr",
        "frm": ("Service RH - Coop\u00e9rative Dombes-Sa\u00f4ne", "rh@coop-dombes-saone.example.fr"),
        "subject": "Convocation \u00e0 un entretien", "subject_enc": "Q",
        "date": "2026-04-27 09:05:00 +0200", "structure": "alt", "charset": "iso-8859-1", "cte": "qp",
        "msgid": MID["coop_invite"], "body": I19_TEXT,
        "html": ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=__CHARSET__\"></head>"
              "<body style=\"font-family:'Times New Roman',serif;font-size:12pt;\">\n"
              + paras(I19_TEXT.replace("jeudi 7 mai 2026 \xe0 10h00", "@@DATE@@")).replace(
                  "@@DATE@@", "<b>jeudi 7 mai 2026 &agrave; 10h00</b>")
              + "\n<p><img src=\"https://www.coop-dombes-saone.example.fr/img/logo-coop-mail.jpg\" alt=\"Coop&eacute;rative Dombes-Sa&ocirc;ne\" width=\"140\"></p>"
                "\n</body></html>\n"),
    },
    {
        "kind": "interview_invitation", "scenario": "de_personio_vorstellungsgespraech", "lang": "de",
        "company": "VetCare Nord", "contact": "m.schroeder@vetcare-nord.example.de",
        "frm": ("VetCare Nord GmbH", "noreply@personio.de"),
        "reply_to": ("Melanie Schr\u00f6der", "m.schroeder@vetcare-nord.example.de"),
        "subject": "Einladung zum Vorstellungsgespr\u00e4ch \u2013 Praxismanagerin (m/w/d)", "subject_enc": "Q",
        "date": "2026-05-12 10:44:09 +0200", "structure": "html", "charset": "utf-8", "cte": "qp",
        "msgid": MID["vetcare_invite"],
        "html": card_html(
            logo=("https://vetcare-nord.jobs.personio.de/company-logo.png", "VetCare Nord"), lang="de",
            content=paras(I20_TEXT) + button("Termin best\u00e4tigen", trk("vetcare-nord.jobs.personio.de", "i20-confirm", "appointment/confirm"), "#00796b"),
            footer="VetCare Nord GmbH &middot; Podbielskistra\u00dfe 301 &middot; 30177 Hannover<br>"
                   "Gesch\u00e4ftsf\u00fchrung: Dr. Felix Hartung, Sabine Ostermann &middot; Amtsgericht Hannover HRB 214455<br>"
                   "Diese Nachricht wurde \u00fcber Personio versendet.",
            track=pixel("vetcare-nord.jobs.personio.de", "i20")),
    },
    {
        "kind": "interview_invitation", "scenario": "de_startup_duzen", "lang": "de",
        "company": "Stallgefl\u00fcster", "contact": "ben@stallgefluester.example.de",
        "frm": ("Ben Hartmann", "ben@stallgefluester.example.de"),
        "subject": "Kurzes Kennenlernen?",
        "date": "2026-06-15 11:02:37 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "msgid": MID["stall_invite"], "body": I21_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "de_landeslabor_einladung", "lang": "de",
        "company": "Landeslabor Niedersachsen f\u00fcr Tiergesundheit", "contact": "personalstelle@llnt.example.de",
        "frm": ("Personalstelle LLNT", "personalstelle@llnt.example.de"),
        "subject": "Einladung zum Vorstellungsgespr\xe4ch - Kennziffer 09/2026", "subject_enc": "Q",
        "date": "2026-04-22 10:30:15 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "msgid": MID["llnt_invite"], "body": I22_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "de_agentur_mandant_genannt", "lang": "de",
        "company": "Nieders\u00e4chsische Futtermittelwerke", "contact": "a.hoffmann@hk-personal.example.de",
        "frm": ("Anna Hoffmann", "a.hoffmann@hk-personal.example.de"),
        "subject": "Gespr\u00e4chstermin bei der NFW in Laatzen", "subject_enc": "Q",
        "date": "2026-06-01 13:14:22 +0200", "structure": "alt", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": I23_TEXT,
        "html": outlook_html(I23_TEXT, font="Arial"),
    },
    {
        "kind": "interview_invitation", "scenario": "es_presencial_dublin", "lang": "es",
        "company": "Laboratorios Ebro Vet", "contact": "lucia.sanz@ebrovet.example.com",
        "frm": ("Luc\u00eda Sanz", "lucia.sanz@ebrovet.example.com"),
        "subject": "Entrevista Delegada T\u00e9cnica - Irlanda",
        "date": "2026-06-09 12:51:03 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "msgid": MID["ebro_invite"], "body": I24_TEXT,
    },
    {
        "kind": "interview_invitation", "scenario": "es_director_teams", "lang": "es",
        "company": "Zoovital Ib\u00e9rica", "contact": "jlasa@zoovital.example.com",
        "frm": ("Javier Lasa", "jlasa@zoovital.example.com"),
        "subject": "Entrevista T\xe9cnica de Servicio Veterinario", "subject_enc": "Q",
        "date": "2026-05-15 09:47:30 +0200", "structure": "alt", "charset": "iso-8859-1", "cte": "qp",
        "msgid": MID["zoovital_invite"], "body": I25_TEXT + "\n", "html": outlook_html(I25_TEXT),
    },
    {
        "kind": "interview_invitation", "scenario": "es_agencia_cliente_nombrado", "lang": "es",
        "company": "Piensos del Cierzo", "contact": "mibanez@orbetalento.example.com",
        "frm": ("Marta Ib\u00e1\u00f1ez", "mibanez@orbetalento.example.com"), "name_enc": "Q",
        "subject": "Entrevista Piensos del Cierzo - T\u00e9cnica Comercial Irlanda", "subject_enc": "Q",
        "date": "2026-06-16 10:20:48 +0200", "structure": "html", "charset": "utf-8", "cte": "qp",
        "msgid": MID["orbe_invite"],
        "html": outlook_html(I26_TEXT + "\n\nOrbe Talento \u00b7 Paseo de la Independencia 24, 50004 Zaragoza \u00b7 976 20 33 18\n"
                          "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener informaci\u00f3n confidencial.",
                          font="Calibri"),
    },
    # ------------------------------------------------------------------ reschedules and cancellations (15)
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "calendar_sequence_update", "lang": "en",
        "company": "Norvane Animal Health", "contact": "eimear.walsh@norvane.example.com",
        "frm": ("Walsh, Eimear", "eimear.walsh@norvane.example.com"),
        "subject": "Updated invitation: Interview: Territory Manager \u2013 Ruminants (West) | Norvane Animal Health",
        "date": "2026-03-20 09:05:51 +0000", "structure": "alt", "charset": "utf-8", "cte": "qp",
        "irt": MID["norvane_invite"], "mid_style": "outlook", "body": C01_TEXT,
        "html": outlook_html(C01_TEXT, font="Aptos"),
        "calendar": {"method": "REQUEST", "uid": UID_NORVANE, "sequence": 1,
                      "start": "2026-03-26 10:30 +0000", "end": "2026-03-26 11:30 +0000",
                      "summary": "Interview: Territory Manager \u2013 Ruminants (West) | Norvane Animal Health",
                      "location": "Microsoft Teams Meeting",
                      "organizer": ("Walsh, Eimear", "eimear.walsh@norvane.example.com"),
                      "description": "Moved from Tuesday 24 March. Same Teams link."},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "calendar_cancel_interviewer_ill", "lang": "en",
        "company": "Domstad Animal Health", "contact": "sanne.devries@domstad-ah.example.nl",
        "frm": ("Sanne de Vries", "sanne.devries@domstad-ah.example.nl"),
        "subject": "Canceled: Interview Technical Service Specialist (EN) @ Wed 18 Mar 2026 14:00 - 15:00 (CET)",
        "date": "2026-03-17 08:12:06 +0100", "structure": "alt", "charset": "utf-8", "cte": "qp",
        "irt": MID["domstad_invite"], "mid_style": "outlook", "body": C02_TEXT,
        "calendar": {"method": "CANCEL", "uid": UID_DOMSTAD, "sequence": 1,
                      "start": "2026-03-18 14:00 +0100", "end": "2026-03-18 15:00 +0100",
                      "summary": "Canceled: Interview Technical Service Specialist (EN)",
                      "location": "Microsoft Teams",
                      "organizer": ("Sanne de Vries", "sanne.devries@domstad-ah.example.nl"),
                      "description": "Interviewer ill - a new invitation will follow."},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "weather_moved_online", "lang": "en",
        "company": "Munster Agri Feeds", "contact": "sinead.cronin@munsteragri.example.ie",
        "frm": ("Sin\u00e9ad Cronin", "sinead.cronin@munsteragri.example.ie"), "name_enc": "B",
        "subject": "Wednesday's assessment day now online",
        "date": "2026-05-18 12:40:19 +0100", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": C03_TEXT,
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "agency_pushed_a_day", "lang": "en",
        "company": "Scottish Rural Vet Partnership", "contact": "kirsty@clydeforthtalent.example.co.uk",
        "frm": ("Kirsty Boyle", "kirsty@clydeforthtalent.example.co.uk"),
        "subject": "Re: INTERVIEW!!! \U0001F389", "subject_enc": "B", "header_charset": "UTF-8",
        "date": "2026-04-24 08:17:45 +0100", "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "irt": MID["clydeforth_invite"], "body": C04_TEXT,
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "mobile_monday_instead", "lang": "en",
        "company": "Gleeson & Daly Veterinary", "contact": "tom@gleesonvets.example.ie",
        "frm": ("Tom Gleeson", "tom@gleesonvets.example.ie"),
        "subject": "Re: Nurse / practice rep role",
        "date": "2026-04-16 07:02:33 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "irt": MID["gleeson_invite"], "refs": [MID["gleeson_apply"], MID["gleeson_invite"]], "mid_style": "apple",
        "body": C05_TEXT, "headers": [("X-Mailer", "iPhone Mail (21E236)")],
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "greenhouse_rescheduled", "lang": "en",
        "company": "herdwise", "contact": "niamh.devlin@herdwise.example.com",
        "frm": ("herdwise via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Niamh Devlin", "niamh.devlin@herdwise.example.com"),
        "subject": "Your interview with herdwise has been rescheduled",
        "date": "2026-02-13 15:48:20 +0000", "structure": "html", "charset": "utf-8", "cte": "qp",
        "irt": MID["herdwise_invite"], "mid_host": "greenhouse-mail.io", "mid_style": "ats",
        "html": card_html(
            logo=("https://s3.greenhouse-mail.io/logos/herdwise/herdwise-wordmark.png", "herdwise"),
            content=paras(C06_TEXT) + button("Add to calendar", trk("click.greenhouse-mail.io", "c06-ics"), "#2f855a"),
            footer="Sent by herdwise via Greenhouse. Replies to this email go to Niamh Devlin.",
            track=pixel("click.greenhouse-mail.io", "c06")),
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "university_postponed", "lang": "en",
        "company": "St. Brendan's University Dublin", "contact": "recruitment@sbu.example.ie",
        "frm": ("SBU Recruitment", "recruitment@sbu.example.ie"),
        "subject": "SBU/26/0204 Veterinary Nurse Tutor - interviews postponed",
        "date": "2026-04-16 17:05:00 +0100", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "body": C07_TEXT,
    },
    dict(
        kind="interview_reschedule_or_cancel", scenario="outlook_cancel_tb_callout", lang="en",
        company="Mourne Vet Group", contact="aisling.boyd@mournevets.example.co.uk",
        frm=("Aisling Boyd", "aisling.boyd@mournevets.example.co.uk"),
        subject="RE: Second interview - Farm Animal Services Coordinator",
        date="2026-06-17 16:55:02 +0100", structure="alt", charset="windows-1252", cte="qp",
        irt=MID["mourne_second"], mid_style="outlook",
        **outlook_pair(C08_NEW, C08_HEAD, C08_CHAIN),
    ),
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "trial_shift_moved", "lang": "en",
        "company": "Brad\u00e1n & Byrne Veterinary Hospital", "contact": "louise@bradanbyrne.example.ie",
        "frm": ("Louise Byrne", "louise@bradanbyrne.example.ie"),
        "subject": "Re: RVN position",
        "date": "2026-07-14 09:02:18 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "msgid": MID["bradan_moved"], "irt": "<CAJx8kQ0bW4nU7s@mail.example.ie>",
        "refs": [MID["bradan_apply"], MID["bradan_trial"], "<CAJx8kQ0bW4nU7s@mail.example.ie>"],
        "body": C09_TEXT, "headers": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "fr_decalage_entretien", "lang": "fr",
        "company": "Bioc\u00e9ane Sant\u00e9 Animale", "contact": "helene.mercier@bioceane.example.fr",
        "frm": ("H\u00e9l\u00e8ne Mercier", "helene.mercier@bioceane.example.fr"), "name_enc": "Q",
        "subject": "RE: Candidature Sp\u00e9cialiste technique vaccins ruminants - proposition d'entretien", "subject_enc": "Q",
        "date": "2026-04-16 17:33:12 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "irt": MID["bioceane_invite"], "mid_style": "outlook", "body": C10_TEXT,
    },
    dict(
        kind="interview_reschedule_or_cancel", scenario="fr_startup_call_decale", lang="fr",
        company="Moovia", contact="maxime@moovia.example.fr",
        frm=("Maxime de Moovia", "maxime@moovia.example.fr"),
        subject="Re: On s'appelle ? \U0001F4DE", subject_enc="Q", header_charset="utf-8",
        date="2026-05-06 19:41:27 +0200", structure="alt", charset="utf-8", cte="qp",
        irt="<CAJx8kR0nHq3Zt1@mail.example.ie>", refs=[MID["moovia_invite"], "<CAJx8kR0nHq3Zt1@mail.example.ie>"],
        mid_style="gmail",
        **gmail_pair(C11_NEW, "Le lun. 4 mai 2026 \u00e0 21:17, Saoirse Lindqvist <saoirse.l@example.ie> a \u00e9crit :",
                     "Bonsoir Maxime,\n\nMerci beaucoup ! Jeudi 17h, c'est parfait pour moi.\n\n\u00c0 jeudi,\nSaoirse"),
    ),
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "de_termin_verschoben", "lang": "de",
        "company": "Landeslabor Niedersachsen f\u00fcr Tiergesundheit", "contact": "personalstelle@llnt.example.de",
        "frm": ("Personalstelle LLNT", "personalstelle@llnt.example.de"),
        "subject": "Verschiebung Ihres Vorstellungsgespr\xe4chs - Kennziffer 09/2026", "subject_enc": "Q",
        "date": "2026-05-05 14:12:40 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "irt": MID["llnt_invite"], "body": C12_TEXT,
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "de_startup_abgesagt_neuer_termin", "lang": "de",
        "company": "Stallgefl\u00fcster", "contact": "ben@stallgefluester.example.de",
        "frm": ("Ben Hartmann", "ben@stallgefluester.example.de"),
        "subject": "Re: Kurzes Kennenlernen?",
        "date": "2026-06-23 22:08:15 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "irt": MID["stall_invite"], "mid_style": "gmail", "body": C13_TEXT,
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "es_cambio_de_hora", "lang": "es",
        "company": "Piensos del Cierzo", "contact": "mibanez@orbetalento.example.com",
        "frm": ("Marta Ib\u00e1\u00f1ez", "mibanez@orbetalento.example.com"), "name_enc": "Q",
        "subject": "RV: Entrevista Piensos del Cierzo - T\u00e9cnica Comercial Irlanda", "subject_enc": "Q",
        "date": "2026-06-19 13:02:51 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "irt": MID["orbe_invite"], "mid_style": "outlook", "body": C14_TEXT,
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "es_presencial_a_video", "lang": "es",
        "company": "Laboratorios Ebro Vet", "contact": "lucia.sanz@ebrovet.example.com",
        "frm": ("Luc\u00eda Sanz", "lucia.sanz@ebrovet.example.com"),
        "subject": "RE: Entrevista Delegada T\u00e9cnica - Irlanda", "subject_enc": "Q",
        "date": "2026-06-15 16:27:39 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "msgid": MID["ebro_video"], "irt": MID["ebro_invite"], "mid_style": "outlook", "body": C15_TEXT,
    },
    # ------------------------------------------------------------------ missed interviews (10)
    {
        "kind": "missed_interview_notice", "scenario": "waited_at_reception", "lang": "en",
        "company": "Western Animal Health", "contact": "okenny@wah.example.ie",
        "frm": ("Orla Kenny", "okenny@wah.example.ie"),
        "subject": "Your interview this morning",
        "date": "2026-05-27 10:48:36 +0100", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "mid_style": "outlook", "body": M01_TEXT,
    },
    {
        "kind": "missed_interview_notice", "scenario": "did_not_join_teams", "lang": "en",
        "company": "Carraig Animal Health", "contact": "grace.oneill@carraigah.example.ie",
        "frm": ("Grace O'Neill", "grace.oneill@carraigah.example.ie"),
        "cc": ("Rory Flanagan", "rory.flanagan@emeraldls.example.ie"),
        "subject": "Following up",
        "date": "2026-03-12 11:24:57 +0000", "structure": "html", "charset": "utf-8", "cte": "qp",
        "mid_style": "outlook", "html": outlook_html(M02_TEXT),
    },
    {
        "kind": "missed_interview_notice", "scenario": "agency_tried_to_call", "lang": "en",
        "company": "Emerald Life Science Recruitment", "contact": "rory.flanagan@emeraldls.example.ie",
        "frm": ("Rory Flanagan", "rory.flanagan@emeraldls.example.ie"),
        "subject": "?",
        "date": "2026-04-20 10:05:14 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "mid_style": "outlook", "body": M03_TEXT,
    },
    {
        "kind": "missed_interview_notice", "scenario": "trial_shift_no_show", "lang": "en",
        "company": "Brad\u00e1n & Byrne Veterinary Hospital", "contact": "louise@bradanbyrne.example.ie",
        "frm": ("Louise Byrne", "louise@bradanbyrne.example.ie"),
        "subject": "Re: RVN position",
        "date": "2026-07-21 10:05:44 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "irt": MID["bradan_moved"], "refs": [MID["bradan_trial"], MID["bradan_moved"]], "body": M04_TEXT,
        "headers": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    },
    {
        "kind": "missed_interview_notice", "scenario": "practice_expected_you", "lang": "en",
        "company": "Scottish Rural Vet Partnership", "contact": "moira@srvp.example.co.uk",
        "frm": ("Moira Campbell", "moira@srvp.example.co.uk"),
        "cc": ("Kirsty Boyle", "kirsty@clydeforthtalent.example.co.uk"),
        "subject": "Interview yesterday",
        "date": "2026-04-30 09:12:05 +0100", "structure": "alt", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": M05_NEW + "\n", "html": outlook_html(M05_NEW),
    },
    {
        "kind": "missed_interview_notice", "scenario": "ni_did_not_attend", "lang": "en",
        "company": "NI Agri-Food Laboratories", "contact": "gareth.magee@niafl.example.co.uk",
        "frm": ("Magee, Gareth", "gareth.magee@niafl.example.co.uk"),
        "subject": "NIAFL/26/031 - non-attendance at interview",
        "date": "2026-05-21 14:20:11 +0100", "structure": "plain", "charset": "utf-8", "cte": "b64",
        "mid_style": "outlook", "body": M06_TEXT,
    },
    {
        "kind": "missed_interview_notice", "scenario": "fr_attendue_clinique", "lang": "fr",
        "company": "Groupe V\u00e9t\u00e9rinaire des Monts d'Or", "contact": "t.lefevre@talentis-conseil.example.fr",
        "frm": ("Thomas Lef\u00e8vre", "t.lefevre@talentis-conseil.example.fr"), "name_enc": "Q",
        "subject": "Entretien de ce matin \u00e0 Limonest", "subject_enc": "Q",
        "date": "2026-06-03 10:41:20 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "mid_style": "outlook", "body": M07_TEXT,
    },
    {
        "kind": "missed_interview_notice", "scenario": "de_nicht_erschienen", "lang": "de",
        "company": "VetCare Nord", "contact": "m.schroeder@vetcare-nord.example.de",
        "frm": ("Melanie Schr\u00f6der", "m.schroeder@vetcare-nord.example.de"), "name_enc": "Q",
        "subject": "Ihr Vorstellungsgespr\u00e4ch heute", "subject_enc": "Q",
        "date": "2026-05-20 15:02:48 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
        "irt": MID["vetcare_invite"], "body": M08_TEXT,
    },
    {
        "kind": "missed_interview_notice", "scenario": "de_teams_nicht_beigetreten", "lang": "de",
        "company": "Leinetal Tiergesundheit", "contact": "k.vogt@leinetal-tg.example.de",
        "frm": ("Katrin Vogt", "k.vogt@leinetal-tg.example.de"),
        "subject": "Unser Termin heute um 10 Uhr",
        "date": "2026-04-14 10:31:09 +0200", "structure": "plain", "charset": "utf-8", "cte": "b64",
        "mid_style": "outlook", "body": M09_TEXT,
    },
    {
        "kind": "missed_interview_notice", "scenario": "es_no_te_conectaste", "lang": "es",
        "company": "Laboratorios Ebro Vet", "contact": "lucia.sanz@ebrovet.example.com",
        "frm": ("Luc\u00eda Sanz", "lucia.sanz@ebrovet.example.com"),
        "subject": "Entrevista de hoy", "date": "2026-06-18 12:35:10 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "irt": MID["ebro_video"], "mid_style": "outlook", "body": M10_TEXT,
    },
]

