"""Interview invitations (26), reschedules or cancellations (15) and missed-interview notices
(10) of the 153rd corpus, each written by hand."""

from __future__ import annotations

from msgs153_common import (
    ME,
    ats_card,
    msg,
    outlook_block,
    paras,
    plain_html,
    quote,
    word_html,
    wrote,
)

INV = "interview_invitation"
MOV = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

# ------------------------------------------------------------------ invitations, English

_clydemuir_inv = """Dear Morag,

Post: Records Manager (Band 7), eHealth and Information Governance
Reference: CLY-26-0093

Thank you for your application. I am pleased to tell you that you have been shortlisted and I
would like to invite you to interview.

Date: Thursday 5 February 2026
Time: 10:00 (please arrive by 09:45)
Venue: Meeting Room 3, Clydemuir House, 40 Gallowgate, Glasgow G1 5AB

The panel will be Dr Alan Petrie (Head of Information Governance), Joanne Kerr (Senior Records
Officer) and a partnership representative. The interview will last around 45 minutes and will
include a 10-minute presentation on: "How would you bring 1.2 million paper health records
into a consistent retention schedule over three years?"

Please bring photographic ID and the originals of any qualifications listed on your
application. A calendar invitation is attached; please accept it or reply to this email to
confirm your attendance.

Kind regards,

Morven Shaw
Recruitment Officer
NHS Clydemuir
Clydemuir House, 40 Gallowgate, Glasgow G1 5AB
Tel: 0141 496 0281
"""

_forthbridge_inv = """Hi Morag,

Thanks for applying for the Data Quality & Governance Lead role with Forthbridge Bank.

I'd like to set up a 20-30 minute screening call so I can tell you a bit more about the team
and understand what you're looking for. Would Thursday 12 February at 10:00 work? I'll ring
you on the mobile number on your CV (07700 900 431), so there's nothing to join.

If that time doesn't suit, just send me two or three alternatives.

Best,
Callum

Callum Rennie
Talent Acquisition Partner
Forthbridge Bank
T: 0131 496 0772
"""

_canongate_inv = """Dear Morag,

Records and Research Data Manager (Ref. CU-LIB-0126)

On behalf of the selection panel, I am delighted to invite you to interview for the above post.

The interview will take place on Tuesday 17 March 2026 at 14:00 in the Elder Room, Old College
Library, and will last approximately one hour. It will consist of a 15-minute presentation
followed by questions from the panel. The presentation topic is: "The first twelve months of a
university research data repository: priorities and risks".

The panel will be myself (chair), Professor Neil Harrower (Vice-Principal, Research) and
Ms Catriona Sim (Records Manager).

I attach a calendar entry. Please confirm by reply whether you are able to attend, and let us
know of any adjustments that would help you at interview.

With best wishes,

Dr Eilidh Munro
Head of Library Collections and Archives
Canongate University
"""

_quaystone_inv = """Hi Morag,

Good news: Quaystone Advisory would like to meet you for the Information Governance Consultant
role!

They've proposed Tuesday 16 June at 11:00 at their office, 3rd floor, 19 Moorgate Place,
London EC2R 6AB. You'll be meeting Hannah Osei (Director, Data Risk) and Tom Pryce (Senior
Manager). Expect about an hour: half competency questions, half a conversation about a client
case (records retention for a mid-size lender). No presentation needed.

Can you confirm by reply and I'll lock it in with them? If the day is impossible, tell me and
I'll push for an alternative, but they're keen to move quickly.

I'll send a short prep note over the weekend.

Priya

Priya Malhotra
Senior Consultant, Information & Data
Harlow & Finch Recruitment
Mobile: +44 7700 900 218
"""

_grachtenbank_inv = """Hi Morag,

Thanks again for applying for the Records & Information Governance Officer role at
Grachtenbank. We'd love to get to know you better.

The next step is a 30-minute video call with Pieter Jansen, our Head of Data Management.
Please pick a time that works for you using the link below; the slots shown are in your own
time zone.

Schedule your interview:
https://app.greenhouse.io/scheduling/grachtenbank/5f2c9e71

If none of the times fit, reply to this email and I'll sort something out.

Best,
Lotte Bakker
Recruiter, Grachtenbank
Herengracht 420, 1017 BZ Amsterdam
"""

_thistle_inv_text = """Dear Morag,

Thank you for your application for the position of Records Management Specialist
(JR-20417).

We are pleased to invite you to our assessment centre, which will take place on Tuesday
12 May 2026 from 09:30 to 15:00 at Thistle Mutual Assurance, 8 Lochside Avenue, Edinburgh
EH12 9DJ.

The day includes:
- a group exercise on classifying a legacy shared drive
- a written in-tray exercise (45 minutes)
- a competency interview with two members of the Records team

Lunch will be provided. Please confirm your attendance in your candidate home on Workday by
Friday 8 May.

Kind regards,
Talent Acquisition
Thistle Mutual Assurance
"""

_leith_inv = """Hiya Morag,

Long time no speak! I saw your name come through on the applications for our Collections
Data & Records post and nearly fell off my chair.

Are you free Thursday to chat about it? Nothing formal at this stage, just a coffee and a
wander round the stores, maybe 11ish at the Shore? I'll bring our Director along for the last
half hour so she can put a face to the name. If Thursday's no good, Friday morning works too.

Ruaridh
"""

_tay_inv = """Dear Ms Sinclair-Obi,

Records Manager (Ref. UT/2026/118)

Following shortlisting, I am pleased to invite you to the assessment stage for this post, which
will be held on Tuesday 7 April 2026 in the Tower Building, University of the Tay, Nethergate,
Dundee.

The assessment will begin at 09:30 with a records-appraisal exercise, followed at 11:00 by a
panel interview chaired by the University Secretary. You should expect to finish by 12:30.

Reasonable travel expenses will be reimbursed. Please reply to confirm your attendance and to
let me know of any access requirements.

Yours sincerely,

Fiona Lamont
HR Business Partner
University of the Tay
Tel: 01382 496 210
"""

_clonmore_inv = """Hi Morag,

Great news - the team would like to invite you to the final round for the Records & Data
Governance Analyst role!

This will be an in-person session of about 90 minutes at our Sir John Rogerson's Quay office,
with the Head of Data Governance, the Chief Risk Officer's chief of staff and me.

Please choose a time here:
https://hire.lever.co/interviews/clonmore/schedule/7bd0a3c4-92f1

Available days are Wednesday 9 and Thursday 10 September. If you're travelling from Edinburgh,
we'll cover a return flight and reimburse reasonable expenses.

Aoife Brennan
Talent Partner, Clonmore Insurance
"""

_kelpie_inv = """Hi Morag,

Thanks for the chat last week, the whole team enjoyed it. We'd like to take things to the
next step.

Would you be up for a paid trial day with us on Friday 5 June? You'd spend the day at our
Trongate studio working alongside Amir and Beth on a real (anonymised) client problem: a
charity's file plan that's grown wild over fifteen years. We'll pay a day rate of 250 GBP and
lunch is on us. There's no trick to it; we want to see how you think and you get to see how we
work.

Let me know if the 5th works, otherwise the 12th is a possibility.

Cheers,
Euan

Euan Baxter
Co-founder, Kelpie Data Co-operative
Trongate 103, Glasgow G1 5HD
"""

_morningside_text = """Hi Morag,

Your interview for Data Governance Consultant at Morningside Analytics is confirmed.

When: Wednesday 22 April 2026, 14:00 - 14:45 (BST)
Where: Google Meet - https://meet.google.com/kqe-xvzb-trn
Interviewers: Rachel Amadi (Principal Consultant), Sunil Varma (Manager)

A calendar invitation is attached. If you need to reschedule, use the link in the invitation
or reply to your recruiter.

Good luck!
Morningside Analytics Recruiting
"""

_harbourside_text = """Dear Morag,

Thank you for your interest in the Records & Information Officer position at Harbourside
Building Society.

We would like to invite you to a telephone interview with a member of our Compliance team. The
call will last approximately 30 minutes.

Please choose a convenient time using the link below. Available slots are between Monday 9 and
Friday 13 March.

Schedule your phone interview:
https://careers-harbourside.icims.com/jobs/2211/records-information-officer/candidate/schedule

Best regards,
Harbourside Building Society Recruitment
"""

_ardmore_inv = """Hi Morag,

Thanks for applying for the Data Governance Analyst post. I'm the recruiter looking after it,
and I'd like to have a quick chat to get a sense of your background.

Would you have twenty minutes on Wednesday 23 September for a call? I'm free between 14:00
and 16:00 Irish time. Let me know what suits and the best number to reach you on.

Siobhán
"""

_stgiles_inv = """Dear Morag,

Further to our conversation on Monday, I'm pleased to say that St Giles Wealth would like to
invite you to a first interview for the Head of Records and Information role.

Details are as follows:
Date: Monday 19 October 2026
Time: 16:00
Location: St Giles Wealth, 6 Charlotte Square, Edinburgh EH2 4DR (ask for Mr Pringle at
reception)
Interviewers: Andrew Pringle (COO) and Fenella Grant (Head of Compliance)
Format: Competency-based, approximately 60 minutes

Please confirm you are able to attend and I will send through a briefing pack on the firm.

Kind regards,

Alasdair Kinnear
Managing Partner
Kinnear Search
19 Albyn Place, Edinburgh EH2 4NG | 0131 496 0900
"""

_discovery_earlier = """Dear Mrs Sinclair-Obi,

Thank you for your application for the post of Archivist (Records Management). This is an
automatic acknowledgement; we will be in touch after the closing date.

Discovery Quay Heritage Trust"""

_discovery_question = """Hello,

Thanks for this. Could you tell me roughly when shortlisting will take place? I'm away for a
week at the end of the month and want to make sure I don't miss anything.

Many thanks,
Morag Sinclair-Obi"""

_discovery_text = f"""Dear Morag,

Apologies for the slow reply to your question below. Shortlisting took place yesterday and I'm
delighted to say we'd like to invite you to interview.

We're proposing Monday 6 July at 10:30 at the Trust's offices, 1 Riverside Drive, Dundee.
That's after your week away, so hopefully it fits. You'll meet myself and our Chair, Professor
Morrison, for about 50 minutes. There's no presentation, but we'll ask you to talk us through
how you'd tackle the backlog of uncatalogued deposit files.

Please let me know if the date works.

Best regards,

Bryony Fraser
Trust Manager
Discovery Quay Heritage Trust
1 Riverside Drive, Dundee DD1 4XA \u2022 01382 496 388

{wrote("en", "Wed, 10 Jun 2026 at 20:14", "Morag Sinclair-Obi", ME[1])}
{quote(_discovery_question)}
>
> {wrote("en", "Mon, 1 Jun 2026 at 09:00", "Discovery Quay Heritage Trust", "applications@discoveryquay.example.org.uk")}
{quote(quote(_discovery_earlier))}
"""

# ------------------------------------------------------------------ invitations, German

_spreewerk_inv = """Liebe Frau Sinclair-Obi,

vielen Dank für Ihre Bewerbung als Referentin Informationsmanagement. Wir würden Sie gern näher
kennenlernen und laden Sie herzlich zu einem Videointerview ein.

Termin: Dienstag, 21. April 2026, 10:00 bis 11:00 Uhr (MESZ)
Plattform: Microsoft Teams (der Link steht in der angehängten Kalendereinladung)
Gesprächspartner: Dr. Uwe Falk (Leitung Informationsmanagement) und ich

Das Gespräch führen wir gern auf Englisch; ein kurzer Teil auf Deutsch wäre schön, ist aber
keine Voraussetzung.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen

Jana Köhler
Personalreferentin
Spreewerk Versicherung
Friedrichstraße 190, 10117 Berlin
"""

_kiezbank_inv = """Hallo Frau Sinclair-Obi,

wie telefonisch besprochen: Die Kiezbank Berlin möchte Sie gern kennenlernen!

Erstes Gespräch für die Position "Data Governance Analyst (m/w/d)":
Mittwoch, 8. Juli 2026, 15:30 Uhr
Kiezbank Berlin, Oranienstraße 140, 10969 Berlin, 4. OG (Empfang)
Gesprächspartnerin: Frau Sevgi Aydın, Leiterin Datenmanagement

Das Gespräch dauert ca. 60 Minuten. Bitte bringen Sie einen Lebenslauf in Papierform mit, Frau
Aydın arbeitet gern mit Notizen am Rand.

Geben Sie mir bitte kurz Bescheid, ob der Termin passt. Ich rufe Sie am Vortag für eine kurze
Vorbereitung an.

Beste Grüße
Tobias Brandt
Personalberatung Havelstein
+49 30 5557 8143
"""

_museum_inv = """Sehr geehrte Frau Sinclair-Obi,

herzlichen Dank für das gute Gespräch in der vergangenen Woche. Wir möchten Sie gern zu einem
Probearbeitstag in unsere Registratur einladen.

Vorgeschlagen ist Donnerstag, der 19. März 2026, von 9:00 bis 16:00 Uhr im Verwaltungsgebäude
Schloßstraße 1a, 14059 Berlin. Sie lernen unser Team kennen und übernehmen eine kleine
Aufgabe: die Bewertung eines Aktenbestandes aus der Bauabteilung.

Selbstverständlich wird der Tag vergütet. Bitte teilen Sie uns bis Montag mit, ob der Termin
für Sie passt.

Mit freundlichen Grüßen

Karoline Brenner
Leitung Verwaltung
Museumsverbund Charlottenburg
Tel. +49 30 5557 4401
"""

_datenhafen_inv = """Hey Morag,

danke für deine Bewerbung, hat uns echt gefreut! Hast du Donnerstag Zeit für einen kurzen
Call? So 30 Minuten, einfach um uns gegenseitig kennenzulernen. Ich könnte um 10 Uhr oder
nach 14 Uhr.

Link kommt, sobald du mir eine Uhrzeit sagst.

Viele Grüße aus Kreuzberg
Lena

Lena Hoffmann | Datenhafen
Data Governance Beratung
Paul-Lincke-Ufer 39, 10999 Berlin
"""

# ------------------------------------------------------------------ invitations, French

_rhone_inv = """Madame Sinclair-Obi,

Nous vous remercions pour votre candidature au poste de Responsable de la gouvernance des
données.

Votre profil a retenu notre attention et nous avons le plaisir de vous convier à un entretien
le mercredi 20 mai 2026 à 10h00 dans nos locaux, Quai des Bergues 9, à Genève. Vous
rencontrerez M. Olivier Chappuis, directeur des opérations, et moi-même. L'entretien durera
environ une heure et pourra se dérouler en anglais.

Vous trouverez en pièce jointe une invitation de calendrier. Merci de nous confirmer votre
présence par retour de courriel.

Meilleures salutations,

Claire Vautier
Responsable recrutement
Banque Rhône-Privée
+41 22 555 41 07
"""

_mga_inv = """Madame,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convoquer à un entretien pour
le poste de Records manager au sein de notre service juridique.

Date : jeudi 11 juin 2026
Heure : 9h00
Lieu : Mutuelle Genevoise d'Assurances, Boulevard Helvétique 27, 1207 Genève, 2e étage

Merci de vous munir d'une pièce d'identité. En cas d'empêchement, nous vous remercions de nous
en informer au plus vite.

Avec nos salutations distinguées,

Nathalie Roux
Ressources humaines
Mutuelle Genevoise d'Assurances
"""

_dufour_inv = """Bonjour Madame Sinclair-Obi,

Bonne nouvelle : l'Organisation internationale du patrimoine numérique souhaite vous
rencontrer pour le poste de Chargée de gestion de l'information.

L'entretien aura lieu le mardi 30 juin à 14h30 à leur siège, Chemin des Anémones 11, Genève
(Châtelaine). Vous serez reçue par Mme Ingrid Halvorsen, cheffe de la section Archives et
gestion documentaire, et par un membre du service juridique. L'échange se fera en anglais et en
français.

Pouvez-vous me confirmer votre disponibilité ? Je vous appellerai lundi pour vous préparer.

Bien cordialement,

Julien Favre
Consultant senior
Cabinet Dufour Talents
+41 22 555 63 90
"""

_caisse_inv_text = """Bonjour Morag,

Merci pour votre candidature au poste de Spécialiste en gestion de l'information à la Caisse
Cantonale de Prévoyance.

Nous avons le plaisir de vous inviter à la prochaine étape de notre processus : un entretien
vidéo de 45 minutes avec notre équipe Gouvernance des données.

Veuillez réserver votre créneau via le lien ci-dessous avant le vendredi 6 mars :
https://jobs.smartrecruiters.com/CaisseCantonalePrevoyance/interview/slot/88c1f0

À bientôt,
L'équipe Talents de la Caisse Cantonale de Prévoyance
"""

# ------------------------------------------------------------------ invitations, Spanish

_retiro_inv = """Hola, Morag:

Gracias por presentar tu candidatura al puesto de Técnica de Archivo y Gestión Documental en la
Fundación Archivo Retiro.

Nos gustaría conocerte en una entrevista por Microsoft Teams el martes 14 de julio a las 10:00
(hora de Madrid). Estaremos Paloma Gil, directora del archivo, y yo. Calcula unos 45 minutos.

Te adjunto la convocatoria con el enlace. ¿Me confirmas si te viene bien?

Un saludo,

Andrés Molina
Responsable de Personas
Fundación Archivo Retiro
Calle de Alfonso XII 36, 28014 Madrid
"""

_lumbre_inv = """¡Hola, Morag!

Hemos leído tu carta con mucho interés: lo de pasar de la biblioteca pública a la gobernanza de
datos es justo el tipo de recorrido que nos gusta.

¿Te vendría bien pasarte por la fundación el martes 8 de septiembre a media mañana, sobre las
11:00? Así charlamos con calma del puesto y te presento al equipo. Estamos en la calle del
Almendro 9, en La Latina.

Dime algo y lo dejamos cerrado.

Javier
"""

_castellana_inv = """Estimada Morag:

Muchas gracias por la conversación telefónica del lunes. Me complace invitarla a una segunda
entrevista para el puesto de Responsable de Gestión Documental, esta vez con la directora de
Cumplimiento Normativo, doña Pilar Echeverría.

Fecha: jueves 3 de septiembre de 2026
Hora: 12:00
Lugar: Paseo de la Castellana 212, planta 9, Madrid

Le ruego que me confirme su asistencia respondiendo a este correo.

Atentamente,

Lucía Herrero Campos
Selección y Desarrollo
Aseguradora Castellana
Tel. +34 91 555 28 40
"""

# ------------------------------------------------------------------ reschedules / cancellations

_clydemuir_move = """Dear Morag,

I'm sorry to have to change the arrangements for your interview for the Records Manager post
(CLY-26-0093).

Because of a clash with an urgent Caldicott Guardian meeting, the panel can no longer sit on
Thursday 5 February. Your interview has been moved to:

Friday 6 February 2026 at 10:00, same venue (Meeting Room 3, Clydemuir House).

The updated calendar entry is attached and replaces the earlier one. Please let me know if the
new date causes you any difficulty and I'll do my best to find an alternative.

Kind regards,
Morven

Morven Shaw
Recruitment Officer, NHS Clydemuir
Tel: 0141 496 0281
"""

_canongate_move = """Dear Morag,

I am very sorry to write at such short notice. Our panel chair, Professor Harrower, has been
taken ill and is not able to attend tomorrow, Tuesday 17 March.

Rather than go ahead with a reduced panel, we would like to move your interview to Tuesday
24 March at 14:00, again in the Elder Room. The format and the presentation topic are
unchanged. An updated calendar entry is attached.

Please let me know as soon as you can whether the new date is possible for you.

With apologies and best wishes,
Eilidh Munro
"""

_quaystone_move = """Hi Morag,

Annoying one, sorry: Hannah Osei has been pulled onto a client emergency on Tuesday, so
Quaystone have asked to move your meeting. Same place, same people, but now Thursday 18 June
at 15:00 instead of Tuesday at 11:00.

Could you let me know today if Thursday works? They were very apologetic and it's absolutely
nothing to do with you, they're still keen.

Priya
"""

_grachtenbank_move = """Hi Morag,

Your interview with Grachtenbank has been rescheduled.

Previous time: Thursday 13 August 2026, 11:00 CEST
New time: Friday 14 August 2026, 13:30 CEST
Interviewer: Pieter Jansen
Location: Video call (Google Meet link in the updated invitation)

Pieter is sorry for the change; he has a board meeting that moved. If the new time does not
work, reply to this email and Lotte will find another slot.

Grachtenbank Recruiting
"""

_morningside_cancel = """Hi Morag,

Your interview for Data Governance Consultant, scheduled for Wednesday 22 April 2026 at 14:00
(BST), has been cancelled.

Your recruiter will be in touch with you shortly to find a new time. You don't need to do
anything at this stage.

Morningside Analytics Recruiting
"""

_tay_move = """Dear Ms Sinclair-Obi,

Records Manager (Ref. UT/2026/118)

I am writing to let you know that, owing to planned electrical works in the Tower Building,
the assessment stage originally scheduled for Tuesday 7 April has been moved to Tuesday
14 April 2026. The timings are unchanged: the appraisal exercise starts at 09:30 and the panel
interview at 11:00.

Could you please confirm that you are still able to attend on the new date?

Yours sincerely,
Fiona Lamont
HR Business Partner, University of the Tay
"""

_harbourside_cancel = """Dear Morag,

I'm afraid I need to cancel your telephone interview booked for Wednesday 11 March at 09:30.
The hiring manager, Mrs Duthie, is on unexpected leave this week.

This is not a decision about your application, which is still very much live. I'll email you
new slots as soon as she is back, most likely the week of 23 March.

Apologies for the inconvenience,

Craig Lindsay
Recruitment Adviser
Harbourside Building Society
"""

_kelpie_move = """Hi Morag,

Small change of plan for your trial day: Beth's been called as a witness in a data tribunal
hearing on the 5th (don't ask), and it doesn't feel right to do it without her. Could we move
it to Friday 12 June, same time, same place?

Everything else stays as it was, including the day rate.

Cheers,
Euan
"""

_ardmore_orig = """Hi Siobhán,

Wednesday 23 September at 14:00 would be perfect. The best number for me is 07700 900 431.

Thanks,
Morag"""

_ardmore_move_new = """Hi Morag,

Would you mind if we pushed our call back by an hour, to 15:00 on Wednesday (Irish time, same
as yours)? Something has landed in my diary at two that I can't move. Same number, I'll ring
you.

Thanks and sorry for the shuffle,
Siobhán"""

_ardmore_move_text = _ardmore_move_new + "\n\n" + outlook_block(
    "en", "Morag Sinclair-Obi <morag.so@example.co.uk>", "Friday, September 18, 2026 8:12 PM",
    "Siobhán Ó Dálaigh <siobhan.odalaigh@ardmorebank.example.ie>",
    "Re: Data Governance Analyst - quick chat?",
    _ardmore_orig + "\n\n" + outlook_block(
        "en", "Siobhán Ó Dálaigh <siobhan.odalaigh@ardmorebank.example.ie>",
        "Friday, September 18, 2026 11:02 AM", "morag.so@example.co.uk",
        "Data Governance Analyst - quick chat?", _ardmore_inv))

_spreewerk_move = """Liebe Frau Sinclair-Obi,

leider muss ich unser Videointerview am Dienstag, 21. April, verschieben: Herr Dr. Falk ist an
diesem Tag kurzfristig auf einer Vorstandsklausur.

Neuer Termin: Donnerstag, 23. April 2026, 10:00 bis 11:00 Uhr, ebenfalls per Teams. Die
aktualisierte Einladung hängt an; der alte Termin wird damit ersetzt.

Ich hoffe, der Donnerstag passt Ihnen. Falls nicht, schlagen Sie mir gern einen anderen Tag in
derselben Woche vor.

Viele Grüße
Jana Köhler
"""

_museum_cancel = """Sehr geehrte Frau Sinclair-Obi,

wegen des angekündigten Warnstreiks im öffentlichen Dienst bleibt unser Verwaltungsgebäude am
Donnerstag, 19. März, geschlossen. Den Probearbeitstag müssen wir deshalb leider absagen.

Wir möchten den Tag sehr gern nachholen und melden uns in den nächsten Tagen mit einem neuen
Terminvorschlag. Die Absage hat mit Ihrer Bewerbung nichts zu tun.

Mit freundlichen Grüßen
Karoline Brenner
Museumsverbund Charlottenburg
"""

_rhone_cancel = """Madame Sinclair-Obi,

Je suis au regret de devoir annuler notre entretien prévu le mercredi 20 mai à 10h00.

La direction a engagé une réflexion sur l'organisation de l'équipe Données et souhaite la
terminer avant de poursuivre les entretiens. Je ne suis pas en mesure de vous proposer une
nouvelle date pour l'instant ; je reviendrai vers vous dès que j'aurai plus de visibilité, au
plus tard début juin.

Je vous prie de m'excuser pour ce contretemps.

Meilleures salutations,
Claire Vautier
Banque Rhône-Privée
"""

_caisse_move = """Bonjour Madame Sinclair-Obi,

Vous avez réservé un entretien vidéo avec nous le mardi 10 mars à 9h30. Notre responsable
Gouvernance des données étant retenu ce jour-là, nous vous proposons de le reporter au
jeudi 12 mars à la même heure. Le lien de la visioconférence reste identique.

Merci de me dire si ce nouveau créneau vous convient.

Cordialement,

Élodie Morand
Chargée de recrutement
Caisse Cantonale de Prévoyance
Rue du Stand 40, 1204 Genève
"""

_retiro_apology = """Hola, Andrés:

Te pido mil disculpas por lo de esta mañana. Tenía apuntada la entrevista a las 10:00 hora de
Edimburgo, no de Madrid, y cuando me conecté ya no había nadie. ¿Sería posible buscar otro
momento?

Un saludo,
Morag"""

_retiro_move = f"""Hola, Morag:

No te preocupes, nos ha pasado a todos con los husos horarios.

Te propongo repetirla el viernes 17 de julio a las 12:00, hora de Madrid (las 11:00 en
Edimburgo, para que no haya dudas). Te mando la convocatoria actualizada; el enlace de Teams es
nuevo.

Un saludo,
Andrés

{wrote("es", "mar, 14 jul 2026 a las 10:52", "Morag Sinclair-Obi", ME[1])}
{quote(_retiro_apology)}
"""

_castellana_move = """Estimada Morag:

Le escribo porque doña Pilar Echeverría tiene que atender una inspección de la Dirección General
de Seguros el jueves a mediodía. ¿Podríamos adelantar la entrevista del jueves 3 de septiembre
a las 9:30 en lugar de las 12:00? El lugar sigue siendo el mismo.

Le adjunto la convocatoria modificada. Disculpe las molestias.

Atentamente,
Lucía Herrero Campos
Aseguradora Castellana
"""

# ------------------------------------------------------------------ missed interviews

_forthbridge_missed = """Hi Morag,

I tried calling you twice at 10:00 this morning for our screening call (on 07700 900 431) but
it went straight to voicemail both times. I left a short message.

I hope everything is OK. If you'd still like to have the conversation, let me know and I'll
see what's possible, although the hiring manager is keen to close the first stage this week.

Callum
"""

_lomond_missed = """Hi Morag,

We waited on Teams for about 15 minutes for your interview at 14:00 today but didn't see you
join. I also sent a message through the Teams chat in case the link was playing up.

Could you let me know what happened? If it was a technical problem we can look at another slot
next week.

Thanks,

Katie Mulgrew
Operations Manager
Lomond Data Consulting
Finnieston Street, Glasgow G3 8HB
0141 496 0612
"""

_strathearn_text = """Dear Morag,

Our records show that you did not attend your scheduled video interview for the role of
Records & Data Retention Analyst on Monday 27 April 2026 at 11:00.

If you experienced technical problems or were unable to attend for another reason, please
submit a request through your candidate home within 48 hours and a member of our team will
review it. If we do not hear from you, your application will be closed.

Strathearn Insurance Talent Acquisition

This message was sent from an unmonitored mailbox.
"""

_tayport_missed = """Hi Morag,

Just had a call from Tay Estuary Port Authority. Their Head of Corporate Services was waiting
for you in reception at 11:00 for the Records Lead interview and you didn't arrive. They tried
your mobile at 11:15 with no answer.

Is everything all right? Please call me as soon as you get this so I can explain to them, they
may still see you later this week if there's a good reason.

Neil Ogilvie
Tayside Talent Partners
01382 496 455 / 07700 900 784
"""

_caledonian_missed = """Dear Morag,

I rang you at 15:00 as arranged for our telephone interview for the Library Data and Systems
Manager post, and again at 15:10, but it went to voicemail both times.

I appreciate things come up. If you would still like to be considered, please get in touch by
Friday and I will try to find another slot with the panel.

Regards,

Hamish Dalgleish
Business Manager
Caledonian Libraries Partnership
0131 496 0433
"""

_liffeyside_missed = """Hi Morag,

We had you down for 11:30 on Teams this morning for the Information Governance Officer
interview. The panel waited for you until about a quarter to twelve but there was no sign of
you, and my email at 11:35 bounced back with an out-of-office.

Would you let me know if you're still interested? We're finishing the interviews on Friday.

Kind regards,
Deirdre Nolan
HR Officer, Liffeyside Credit Union
Dublin 8
"""

_datenhafen_missed = """Hi Morag,

wir haben heute um 10 Uhr im Call auf dich gewartet, Jonas und ich waren beide drin. Bis 10:20
kam leider niemand. Ist alles okay bei dir?

Sag gern Bescheid, wenn du einen neuen Termin möchtest. Diese Woche wird's eng, aber nächste
Woche finden wir bestimmt was.

Lena
"""

_hansa_missed = """Sehr geehrte Frau Sinclair-Obi,

heute um 14:00 Uhr war unser Videogespräch für die Stelle "Referent*in Records Management"
vereinbart. Wir haben bis 14:15 Uhr im Meeting gewartet, Sie haben sich jedoch nicht
eingewählt, und telefonisch konnten wir Sie ebenfalls nicht erreichen.

Sollte etwas Unvorhergesehenes passiert sein, melden Sie sich bitte bis Ende der Woche bei mir.

Mit freundlichen Grüßen

Frank Ostermann
Personal
Hansa Archivdienste
Storkower Straße 99, 10407 Berlin
Tel. +49 30 5557 3020
"""

_caisse_missed = """Bonjour Madame Sinclair-Obi,

Nous vous attendions ce matin à 9h30 pour l'entretien vidéo reporté au jeudi 12 mars, mais
vous ne vous êtes pas connectée. J'ai également essayé de vous joindre par téléphone, sans
succès.

Si vous souhaitez toujours poursuivre le processus, merci de me contacter d'ici lundi.

Cordialement,
Élodie Morand
Caisse Cantonale de Prévoyance
"""

_retiro_missed = """Hola, Morag:

Te estuvimos esperando en Teams a las 10:00 para la entrevista, Paloma y yo, hasta las 10:15
más o menos. No te hemos visto conectarte. ¿Ha pasado algo?

Si sigues interesada, dímelo y miramos otra fecha.

Andrés
"""

MESSAGES = [
    # invitations ------------------------------------------------------------
    msg(INV, "clydemuir_panel_with_ics", "en", "NHS Clydemuir",
        "morven.shaw@nhs-clydemuir.example.scot",
        frm=("Morven Shaw", "morven.shaw@nhs-clydemuir.example.scot"),
        subject="Invitation to interview - Records Manager (CLY-26-0093)",
        date="2026-01-26T11:18:00+00:00",
        text=_clydemuir_inv,
        ics={"uid": "cly-26-0093-morag@nhs-clydemuir.example.scot", "seq": 0,
             "start": "2026-02-05T10:00:00+00:00", "end": "2026-02-05T10:45:00+00:00",
             "summary": "Interview: Records Manager (CLY-26-0093)",
             "location": "Meeting Room 3, Clydemuir House, 40 Gallowgate, Glasgow",
             "organizer": ("Morven Shaw", "morven.shaw@nhs-clydemuir.example.scot")},
        reply="cm_ack", id="cm_inv"),
    msg(INV, "forthbridge_phone_screen_ask", "en", "Forthbridge Bank",
        "callum.rennie@forthbridge.example.co.uk",
        frm=("Callum Rennie", "callum.rennie@forthbridge.example.co.uk"),
        subject="Data Quality & Governance Lead - screening call",
        date="2026-02-09T13:40:00+00:00",
        text=_forthbridge_inv,
        html=word_html(paras(_forthbridge_inv, "MsoNormal")),
        id="fb_inv"),
    msg(INV, "canongate_panel_ics_attached", "en", "Canongate University",
        "e.munro@canongate-uni.example.ac.uk",
        frm=("Munro, Eilidh", "e.munro@canongate-uni.example.ac.uk"),
        subject="Invitation to interview: Records and Research Data Manager",
        date="2026-03-03T09:30:00+00:00",
        text=_canongate_inv,
        html=word_html(paras(_canongate_inv, "MsoNormal")),
        ics={"uid": "cu-lib-0126-int-07@canongate-uni.example.ac.uk", "seq": 0,
             "start": "2026-03-17T14:00:00+00:00", "end": "2026-03-17T15:00:00+00:00",
             "summary": "Interview - Records and Research Data Manager (M Sinclair-Obi)",
             "location": "Elder Room, Old College Library",
             "organizer": ("Eilidh Munro", "e.munro@canongate-uni.example.ac.uk"),
             "mode": "attach", "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
        id="cu_inv"),
    msg(INV, "harlow_sets_up_quaystone", "en", "Quaystone Advisory",
        "priya.malhotra@harlowfinch.example.co.uk",
        frm=("Priya Malhotra", "priya.malhotra@harlowfinch.example.co.uk"),
        subject="Quaystone want to meet you!",
        date="2026-06-08T16:22:00+01:00",
        text=_quaystone_inv,
        reply="hq_cold", id="hq_inv"),
    msg(INV, "grachtenbank_greenhouse_pick_slot", "en", "Grachtenbank",
        "lotte.bakker@grachtenbank.example.nl",
        frm=("Lotte Bakker via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Lotte Bakker", "lotte.bakker@grachtenbank.example.nl"),
        subject="Interview availability - Records & Information Governance Officer",
        date="2026-08-10T10:05:00+02:00",
        text=_grachtenbank_inv,
        html=ats_card("Grachtenbank", "#14505c", "Let's find a time to talk",
                      paras(_grachtenbank_inv)),
        id="gb_inv"),
    msg(INV, "thistle_workday_assessment_centre", "en", "Thistle Mutual Assurance", "",
        frm=("Thistle Mutual Assurance", "thistlemutual@myworkday.com"),
        subject="Assessment centre invitation - Records Management Specialist (JR-20417)",
        date="2026-04-29T08:00:00+01:00",
        text=_thistle_inv_text,
        html=ats_card("Thistle Mutual Assurance", "#4b2e83", "You're invited",
                      paras(_thistle_inv_text)),
        headers=[("Auto-Submitted", "auto-generated")]),
    msg(INV, "leith_free_thursday_coffee", "en", "Leith Maritime Trust",
        "ruaridh.mccall@leithmaritime.example.org.uk",
        frm=("Ruaridh McCall", "ruaridh.mccall@leithmaritime.example.org.uk"),
        subject="well well well",
        date="2026-08-03T21:16:00+01:00",
        text=_leith_inv),
    msg(INV, "tay_assessment_stage", "en", "University of the Tay",
        "f.lamont@tay-uni.example.ac.uk",
        frm=("Fiona Lamont", "f.lamont@tay-uni.example.ac.uk"),
        subject="Invitation to assessment - Records Manager (UT/2026/118)",
        date="2026-03-18T14:02:00+00:00",
        text=_tay_inv, html=plain_html(paras(_tay_inv)), cte="quoted-printable",
        id="tay_inv"),
    msg(INV, "clonmore_lever_final_round", "en", "Clonmore Insurance",
        "aoife.brennan@clonmore.example.ie",
        frm=("Aoife Brennan", "no-reply@hire.lever.co"),
        reply_to=("Aoife Brennan", "aoife.brennan@clonmore.example.ie"),
        subject="Final interview - Records & Data Governance Analyst at Clonmore Insurance",
        date="2026-09-01T12:31:00+01:00",
        text=_clonmore_inv),
    msg(INV, "kelpie_paid_trial_day", "en", "Kelpie Data Co-operative",
        "euan@kelpiedata.example.coop",
        frm=("Euan Baxter", "euan@kelpiedata.example.coop"),
        subject="Next step - trial day?",
        date="2026-05-27T17:44:00+01:00",
        text=_kelpie_inv, id="kelpie_inv"),
    msg(INV, "morningside_ashby_confirmed_ics", "en", "Morningside Analytics", "",
        frm=("Morningside Analytics", "no-reply@ashbyhq.com"),
        subject="Interview confirmed: Data Governance Consultant at Morningside Analytics",
        date="2026-04-14T15:00:00+01:00",
        text=_morningside_text,
        ics={"uid": "ashby-8e3f1b7c-morningside@ashbyhq.com", "seq": 0,
             "start": "2026-04-22T14:00:00+01:00", "end": "2026-04-22T14:45:00+01:00",
             "summary": "Morag Sinclair-Obi <> Morningside Analytics",
             "location": "https://meet.google.com/kqe-xvzb-trn",
             "organizer": ("Morningside Analytics Recruiting", "no-reply@ashbyhq.com"),
             "mode": "attach", "prodid": "-//Ashby//Interview Scheduling//EN"},
        id="ms_inv"),
    msg(INV, "harbourside_icims_phone_slot", "en", "Harbourside Building Society", "",
        frm=("Harbourside Building Society", "no-reply@icims.com"),
        subject="Schedule your phone interview - Records & Information Officer",
        date="2026-03-03T10:27:00+00:00",
        text=_harbourside_text,
        html=ats_card("Harbourside Building Society", "#005f73", "Phone interview",
                      paras(_harbourside_text))),
    msg(INV, "ardmore_recruiter_quick_chat", "en", "Ardmore Bank Ireland",
        "siobhan.odalaigh@ardmorebank.example.ie",
        frm=("Siobhán Ó Dálaigh", "siobhan.odalaigh@ardmorebank.example.ie", ("utf-8", "Q")),
        subject="Data Governance Analyst - quick chat?",
        date="2026-09-18T11:02:00+01:00",
        text=_ardmore_inv, id="ab_inv"),
    msg(INV, "kinnear_sets_up_st_giles", "en", "St Giles Wealth",
        "alasdair@kinnearsearch.example.co.uk",
        frm=("Alasdair Kinnear", "alasdair@kinnearsearch.example.co.uk"),
        subject="St Giles Wealth - first interview confirmed for Monday 19 October",
        date="2026-10-08T12:15:00+01:00",
        text=_stgiles_inv,
        html=word_html(paras(_stgiles_inv, "MsoNormal"))),
    msg(INV, "discovery_quay_reply_chain_invite", "en", "Discovery Quay Heritage Trust",
        "bryony.fraser@discoveryquay.example.org.uk",
        frm=("Bryony Fraser", "bryony.fraser@discoveryquay.example.org.uk"),
        subject="RE: Application acknowledgement - Archivist (Records Management)",
        date="2026-06-17T11:40:00+01:00",
        text=_discovery_text, charset="windows-1252", cte="quoted-printable",
        refs=["<ack-20260601-0917@discoveryquay.example.org.uk>",
              "<cand-0610-dqht@example.co.uk>"]),
    msg(INV, "spreewerk_video_interview_ics", "de", "Spreewerk Versicherung",
        "jana.koehler@spreewerk.example.de",
        frm=("Jana Köhler", "jana.koehler@spreewerk.example.de"),
        subject="Einladung zum Videointerview – Referentin Informationsmanagement",
        subj_enc=("utf-8", "Q"),
        date="2026-04-15T09:20:00+02:00",
        text=_spreewerk_inv,
        ics={"uid": "sw-2026-im-ref-0421@spreewerk.example.de", "seq": 0,
             "start": "2026-04-21T10:00:00+02:00", "end": "2026-04-21T11:00:00+02:00",
             "summary": "Videointerview Morag Sinclair-Obi – Informationsmanagement",
             "location": "Microsoft Teams-Besprechung",
             "description": "Teams: https://teams.example.de/l/meetup-join/sw0421",
             "organizer": ("Jana Köhler", "jana.koehler@spreewerk.example.de")},
        reply="sw_ack", id="sw_inv"),
    msg(INV, "havelstein_sets_up_kiezbank", "de", "Kiezbank Berlin",
        "t.brandt@havelstein.example.de",
        frm=("Tobias Brandt", "t.brandt@havelstein.example.de"),
        subject="Ihr Termin bei der Kiezbank am 8. Juli",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-07-01T17:12:00+02:00",
        text=_kiezbank_inv),
    msg(INV, "museumsverbund_probearbeitstag", "de", "Museumsverbund Charlottenburg",
        "k.brenner@museumsverbund-cbg.example.de",
        frm=("Karoline Brenner", "k.brenner@museumsverbund-cbg.example.de"),
        subject="Einladung zum Probearbeitstag",
        date="2026-03-06T13:05:00+01:00",
        text=_museum_inv, charset="iso-8859-1", cte="quoted-printable", id="mv_inv"),
    msg(INV, "datenhafen_casual_call", "de", "Datenhafen",
        "lena@datenhafen.example.de",
        frm=("Lena Hoffmann", "lena@datenhafen.example.de"),
        subject="Kurzer Call?",
        date="2026-05-18T16:48:00+02:00",
        text=_datenhafen_inv, id="dh_inv"),
    msg(INV, "rhone_entretien_ics", "fr", "Banque Rhône-Privée",
        "claire.vautier@rhone-privee.example.ch",
        frm=("Claire Vautier", "claire.vautier@rhone-privee.example.ch"),
        subject="Invitation à un entretien – Responsable de la gouvernance des données",
        subj_enc=("utf-8", "B"),
        date="2026-05-11T10:40:00+02:00",
        text=_rhone_inv,
        html=word_html(paras(_rhone_inv, "MsoNormal"), lang="FR-CH"),
        ics={"uid": "brp-rec-2026-117@rhone-privee.example.ch", "seq": 0,
             "start": "2026-05-20T10:00:00+02:00", "end": "2026-05-20T11:00:00+02:00",
             "summary": "Entretien – Mme Sinclair-Obi",
             "location": "Quai des Bergues 9, Genève, salle Salève",
             "organizer": ("Claire Vautier", "claire.vautier@rhone-privee.example.ch"),
             "mode": "attach", "filename": "entretien.ics"},
        reply="rp_ack", id="rp_inv"),
    msg(INV, "mga_convocation_entretien", "fr", "Mutuelle Genevoise d'Assurances",
        "n.roux@mga-geneve.example.ch",
        frm=("Nathalie Roux", "n.roux@mga-geneve.example.ch"),
        subject="Convocation à un entretien",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-06-01T14:25:00+02:00",
        text=_mga_inv, charset="iso-8859-1", cte="8bit"),
    msg(INV, "dufour_sets_up_oipn", "fr", "Organisation internationale du patrimoine numérique",
        "j.favre@dufour-talents.example.ch",
        frm=("Julien Favre", "j.favre@dufour-talents.example.ch"),
        subject="Entretien avec l'OIPN le 30 juin",
        date="2026-06-24T18:30:00+02:00",
        text=_dufour_inv),
    msg(INV, "caisse_smartrecruiters_video_slot", "fr", "Caisse Cantonale de Prévoyance", "",
        frm=("Caisse Cantonale de Prévoyance", "noreply@smartrecruiters.com", ("utf-8", "B")),
        subject="Prochaine étape : entretien vidéo",
        subj_enc=("utf-8", "Q"),
        date="2026-02-27T08:45:00+01:00",
        text=_caisse_inv_text,
        html=ats_card("Caisse Cantonale de Prévoyance", "#1d3557", "Entretien vidéo",
                      paras(_caisse_inv_text), lang="fr"),
        id="ccp_inv"),
    msg(INV, "retiro_teams_ics", "es", "Fundación Archivo Retiro",
        "andres.molina@archivoretiro.example.es",
        frm=("Andrés Molina", "andres.molina@archivoretiro.example.es"),
        subject="Entrevista – Técnica de Archivo y Gestión Documental",
        subj_enc=("utf-8", "Q"),
        date="2026-07-08T12:10:00+02:00",
        text=_retiro_inv,
        ics={"uid": "far-2026-07-14-msinclair@archivoretiro.example.es", "seq": 0,
             "start": "2026-07-14T10:00:00+02:00", "end": "2026-07-14T10:45:00+02:00",
             "summary": "Entrevista Morag Sinclair-Obi",
             "location": "Reunión de Microsoft Teams",
             "organizer": ("Andrés Molina", "andres.molina@archivoretiro.example.es")},
        reply="far_ack", id="far_inv"),
    msg(INV, "lumbre_pasate_el_martes", "es", "Fundación Lumbre de Datos",
        "javier.ortega@lumbredatos.example.es",
        frm=("Javier Ortega Salas", "javier.ortega@lumbredatos.example.es"),
        subject="¿Nos vemos el martes?",
        date="2026-09-01T10:33:00+02:00",
        text=_lumbre_inv),
    msg(INV, "castellana_segunda_entrevista", "es", "Aseguradora Castellana",
        "lucia.herrero@castellana-seguros.example.es",
        frm=("Lucía Herrero Campos", "lucia.herrero@castellana-seguros.example.es"),
        subject="Segunda entrevista: Responsable de Gestión Documental",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-08-26T11:50:00+02:00",
        text=_castellana_inv,
        html=word_html(paras(_castellana_inv, "MsoNormal"), lang="ES"),
        id="ac_inv"),
    # reschedules and cancellations -----------------------------------------
    msg(MOV, "clydemuir_moved_sequence_1", "en", "NHS Clydemuir",
        "morven.shaw@nhs-clydemuir.example.scot",
        frm=("Morven Shaw", "morven.shaw@nhs-clydemuir.example.scot"),
        subject="Updated: Interview - Records Manager (CLY-26-0093) now Friday 6 February",
        date="2026-02-02T15:03:00+00:00",
        text=_clydemuir_move,
        ics={"uid": "cly-26-0093-morag@nhs-clydemuir.example.scot", "seq": 1,
             "start": "2026-02-06T10:00:00+00:00", "end": "2026-02-06T10:45:00+00:00",
             "summary": "Interview: Records Manager (CLY-26-0093)",
             "location": "Meeting Room 3, Clydemuir House, 40 Gallowgate, Glasgow",
             "organizer": ("Morven Shaw", "morven.shaw@nhs-clydemuir.example.scot")},
        reply="cm_inv", id="cm_move"),
    msg(MOV, "canongate_chair_ill_moved", "en", "Canongate University",
        "e.munro@canongate-uni.example.ac.uk",
        frm=("Munro, Eilidh", "e.munro@canongate-uni.example.ac.uk"),
        subject="Change of date: interview for Records and Research Data Manager",
        date="2026-03-16T16:51:00+00:00",
        text=_canongate_move,
        html=word_html(paras(_canongate_move, "MsoNormal")),
        ics={"uid": "cu-lib-0126-int-07@canongate-uni.example.ac.uk", "seq": 1,
             "start": "2026-03-24T14:00:00+00:00", "end": "2026-03-24T15:00:00+00:00",
             "summary": "Interview - Records and Research Data Manager (M Sinclair-Obi)",
             "location": "Elder Room, Old College Library",
             "organizer": ("Eilidh Munro", "e.munro@canongate-uni.example.ac.uk"),
             "mode": "attach", "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
        reply="cu_inv", id="cu_move"),
    msg(MOV, "harlow_quaystone_moved_thursday", "en", "Quaystone Advisory",
        "priya.malhotra@harlowfinch.example.co.uk",
        frm=("Priya Malhotra", "priya.malhotra@harlowfinch.example.co.uk"),
        subject="Re: Quaystone want to meet you!",
        date="2026-06-12T09:02:00+01:00",
        text=_quaystone_move + "\n" + wrote("en", "Mon, 8 Jun 2026 at 16:22", "Priya Malhotra",
                                          "priya.malhotra@harlowfinch.example.co.uk")
        + "\n" + quote(_quaystone_inv),
        reply="hq_inv", id="hq_move"),
    msg(MOV, "grachtenbank_greenhouse_rescheduled", "en", "Grachtenbank",
        "lotte.bakker@grachtenbank.example.nl",
        frm=("Grachtenbank Recruiting via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Lotte Bakker", "lotte.bakker@grachtenbank.example.nl"),
        subject="Rescheduled: your interview with Grachtenbank",
        date="2026-08-12T17:20:00+02:00",
        text=_grachtenbank_move,
        ics={"uid": "gh-sched-5f2c9e71-1@greenhouse-mail.io", "seq": 1,
             "start": "2026-08-14T13:30:00+02:00", "end": "2026-08-14T14:00:00+02:00",
             "summary": "Interview: Morag Sinclair-Obi / Grachtenbank",
             "location": "Google Meet",
             "organizer": ("Pieter Jansen", "pieter.jansen@grachtenbank.example.nl")},
        reply="gb_inv", id="gb_move"),
    msg(MOV, "morningside_ashby_cancel_ics", "en", "Morningside Analytics", "",
        frm=("Morningside Analytics", "no-reply@ashbyhq.com"),
        subject="Cancelled: Data Governance Consultant interview with Morningside Analytics",
        date="2026-04-21T18:05:00+01:00",
        text=_morningside_cancel,
        html=ats_card("Morningside Analytics", "#3d405b", "Interview cancelled",
                      paras(_morningside_cancel)),
        ics={"uid": "ashby-8e3f1b7c-morningside@ashbyhq.com", "seq": 1, "method": "CANCEL",
             "start": "2026-04-22T14:00:00+01:00", "end": "2026-04-22T14:45:00+01:00",
             "summary": "Morag Sinclair-Obi <> Morningside Analytics",
             "organizer": ("Morningside Analytics Recruiting", "no-reply@ashbyhq.com"),
             "mode": "attach", "prodid": "-//Ashby//Interview Scheduling//EN"},
        reply="ms_inv"),
    msg(MOV, "tay_assessment_moved_works", "en", "University of the Tay",
        "f.lamont@tay-uni.example.ac.uk",
        frm=("Fiona Lamont", "f.lamont@tay-uni.example.ac.uk"),
        subject="Change of date - assessment for Records Manager (UT/2026/118)",
        date="2026-03-27T10:14:00+00:00",
        text=_tay_move, reply="tay_inv"),
    msg(MOV, "harbourside_phone_interview_cancelled", "en", "Harbourside Building Society",
        "craig.lindsay@harbourside.example.co.uk",
        frm=("Craig Lindsay", "no-reply@icims.com"),
        reply_to=("Craig Lindsay", "craig.lindsay@harbourside.example.co.uk"),
        subject="Your phone interview on 11 March",
        date="2026-03-10T08:12:00+00:00",
        text=_harbourside_cancel),
    msg(MOV, "kelpie_trial_day_moved", "en", "Kelpie Data Co-operative",
        "euan@kelpiedata.example.coop",
        frm=("Euan Baxter", "euan@kelpiedata.example.coop"),
        subject="Re: Next step - trial day?",
        date="2026-06-01T08:37:00+01:00",
        text=_kelpie_move, reply="kelpie_inv"),
    msg(MOV, "ardmore_call_pushed_outlook_chain", "en", "Ardmore Bank Ireland",
        "siobhan.odalaigh@ardmorebank.example.ie",
        frm=("Siobhán Ó Dálaigh", "siobhan.odalaigh@ardmorebank.example.ie", ("utf-8", "B")),
        subject="RE: Data Governance Analyst - quick chat?",
        date="2026-09-22T17:31:00+01:00",
        text=_ardmore_move_text,
        html=word_html(paras(_ardmore_move_text, "MsoNormal")),
        reply="ab_inv"),
    msg(MOV, "spreewerk_verschoben_sequence_1", "de", "Spreewerk Versicherung",
        "jana.koehler@spreewerk.example.de",
        frm=("Jana Köhler", "jana.koehler@spreewerk.example.de"),
        subject="Terminverschiebung: Videointerview am 23. April",
        date="2026-04-17T12:02:00+02:00",
        text=_spreewerk_move,
        ics={"uid": "sw-2026-im-ref-0421@spreewerk.example.de", "seq": 1,
             "start": "2026-04-23T10:00:00+02:00", "end": "2026-04-23T11:00:00+02:00",
             "summary": "Videointerview Morag Sinclair-Obi – Informationsmanagement",
             "location": "Microsoft Teams-Besprechung",
             "organizer": ("Jana Köhler", "jana.koehler@spreewerk.example.de")},
        reply="sw_inv", id="sw_move"),
    msg(MOV, "museumsverbund_probetag_abgesagt_cancel", "de", "Museumsverbund Charlottenburg",
        "k.brenner@museumsverbund-cbg.example.de",
        frm=("Karoline Brenner", "k.brenner@museumsverbund-cbg.example.de"),
        subject="Absage Probearbeitstag am 19.03. – neuer Termin folgt",
        subj_enc=("utf-8", "Q"),
        date="2026-03-16T15:40:00+01:00",
        text=_museum_cancel,
        ics={"uid": "mvc-probetag-0319@museumsverbund-cbg.example.de", "seq": 1,
             "method": "CANCEL",
             "start": "2026-03-19T09:00:00+01:00", "end": "2026-03-19T16:00:00+01:00",
             "summary": "Probearbeitstag Frau Sinclair-Obi",
             "organizer": ("Karoline Brenner", "k.brenner@museumsverbund-cbg.example.de")},
        reply="mv_inv"),
    msg(MOV, "rhone_annulation_method_cancel", "fr", "Banque Rhône-Privée",
        "claire.vautier@rhone-privee.example.ch",
        frm=("Claire Vautier", "claire.vautier@rhone-privee.example.ch"),
        subject="Annulé : Entretien, Mme Sinclair-Obi",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-18T16:15:00+02:00",
        text=_rhone_cancel,
        ics={"uid": "brp-rec-2026-117@rhone-privee.example.ch", "seq": 1, "method": "CANCEL",
             "start": "2026-05-20T10:00:00+02:00", "end": "2026-05-20T11:00:00+02:00",
             "summary": "Entretien – Mme Sinclair-Obi",
             "organizer": ("Claire Vautier", "claire.vautier@rhone-privee.example.ch")},
        reply="rp_inv", id="rp_cancel"),
    msg(MOV, "caisse_entretien_reporte", "fr", "Caisse Cantonale de Prévoyance",
        "elodie.morand@ccp-geneve.example.ch",
        frm=("Élodie Morand", "elodie.morand@ccp-geneve.example.ch", ("iso-8859-1", "Q")),
        subject="Report de votre entretien vidéo",
        date="2026-03-05T11:26:00+01:00",
        text=_caisse_move, id="ccp_move"),
    msg(MOV, "retiro_nueva_fecha_after_missed", "es", "Fundación Archivo Retiro",
        "andres.molina@archivoretiro.example.es",
        frm=("Andrés Molina", "andres.molina@archivoretiro.example.es"),
        subject="Re: Disculpas por lo de esta mañana",
        date="2026-07-15T09:25:00+02:00",
        text=_retiro_move,
        ics={"uid": "far-2026-07-14-msinclair@archivoretiro.example.es", "seq": 1,
             "start": "2026-07-17T12:00:00+02:00", "end": "2026-07-17T12:45:00+02:00",
             "summary": "Entrevista Morag Sinclair-Obi (nueva fecha)",
             "location": "Reunión de Microsoft Teams",
             "organizer": ("Andrés Molina", "andres.molina@archivoretiro.example.es")},
        reply="far_me_sorry", id="far_move"),
    msg(MOV, "castellana_adelanta_hora", "es", "Aseguradora Castellana",
        "lucia.herrero@castellana-seguros.example.es",
        frm=("Lucía Herrero Campos", "lucia.herrero@castellana-seguros.example.es"),
        subject="Cambio de hora – entrevista del jueves 3 de septiembre",
        subj_enc=("utf-8", "B"),
        date="2026-08-31T17:05:00+02:00",
        text=_castellana_move,
        ics={"uid": "ac-gd-2026-0903@castellana-seguros.example.es", "seq": 2,
             "start": "2026-09-03T09:30:00+02:00", "end": "2026-09-03T10:30:00+02:00",
             "summary": "Entrevista Responsable de Gestión Documental",
             "location": "Paseo de la Castellana 212, planta 9",
             "organizer": ("Lucía Herrero Campos",
                           "lucia.herrero@castellana-seguros.example.es"),
             "mode": "attach"},
        reply="ac_inv"),
    # missed -----------------------------------------------------------------
    msg(MIS, "forthbridge_tried_calling_twice", "en", "Forthbridge Bank",
        "callum.rennie@forthbridge.example.co.uk",
        frm=("Callum Rennie", "callum.rennie@forthbridge.example.co.uk"),
        subject="Missed you this morning",
        date="2026-02-12T10:37:00+00:00",
        text=_forthbridge_missed, reply="fb_inv", id="fb_missed"),
    msg(MIS, "lomond_waited_on_teams", "en", "Lomond Data Consulting",
        "katie.mulgrew@lomonddata.example.co.uk",
        frm=("Katie Mulgrew", "katie.mulgrew@lomonddata.example.co.uk"),
        subject="Your interview at 2pm",
        date="2026-01-20T14:31:00+00:00",
        text=_lomond_missed,
        html=word_html(paras(_lomond_missed, "MsoNormal"))),
    msg(MIS, "strathearn_workday_did_not_attend", "en", "Strathearn Insurance", "",
        frm=("Strathearn Insurance", "strathearn@myworkday.com"),
        subject="Missed interview - Records & Data Retention Analyst",
        date="2026-04-27T17:00:00+01:00",
        text=_strathearn_text,
        html=ats_card("Strathearn Insurance", "#8a1538", "We missed you today",
                      paras(_strathearn_text)),
        headers=[("Auto-Submitted", "auto-generated")]),
    msg(MIS, "tayside_client_waited_in_reception", "en", "Tay Estuary Port Authority",
        "neil.ogilvie@taysidetalent.example.co.uk",
        frm=("Neil Ogilvie", "neil.ogilvie@taysidetalent.example.co.uk"),
        subject="URGENT - Tay Estuary Port Authority interview this morning",
        date="2026-05-05T11:42:00+01:00",
        text=_tayport_missed),
    msg(MIS, "caledonian_voicemail_twice", "en", "Caledonian Libraries Partnership",
        "hamish.dalgleish@caledonianlibraries.example.org.uk",
        frm=("Hamish Dalgleish", "hamish.dalgleish@caledonianlibraries.example.org.uk"),
        subject="Telephone interview this afternoon",
        date="2026-10-13T15:26:00+01:00",
        text=_caledonian_missed, cte="base64"),
    msg(MIS, "liffeyside_panel_waited", "en", "Liffeyside Credit Union",
        "deirdre.nolan@liffeyside.example.ie",
        frm=("Deirdre Nolan", "deirdre.nolan@liffeyside.example.ie"),
        subject="Interview today - Information Governance Officer",
        date="2026-08-25T12:06:00+01:00",
        text=_liffeyside_missed,
        html=plain_html(paras(_liffeyside_missed))),
    msg(MIS, "datenhafen_call_gewartet", "de", "Datenhafen",
        "lena@datenhafen.example.de",
        frm=("Lena Hoffmann", "lena@datenhafen.example.de"),
        subject="Re: Kurzer Call?",
        date="2026-05-21T10:24:00+02:00",
        text=_datenhafen_missed, reply="dh_inv"),
    msg(MIS, "hansa_nicht_eingewaehlt", "de", "Hansa Archivdienste",
        "f.ostermann@hansa-archiv.example.de",
        frm=("Frank Ostermann", "f.ostermann@hansa-archiv.example.de"),
        subject="Unser Videogespräch heute um 14:00 Uhr",
        date="2026-09-09T14:33:00+02:00",
        text=_hansa_missed,
        html=word_html(paras(_hansa_missed, "MsoNormal"), lang="DE"),
        html_cte="base64"),
    msg(MIS, "caisse_pas_connectee", "fr", "Caisse Cantonale de Prévoyance",
        "elodie.morand@ccp-geneve.example.ch",
        frm=("Élodie Morand", "elodie.morand@ccp-geneve.example.ch", ("utf-8", "Q")),
        subject="Entretien de ce matin",
        date="2026-03-12T10:21:00+01:00",
        text=_caisse_missed, reply="ccp_move"),
    msg(MIS, "retiro_te_esperamos_en_teams", "es", "Fundación Archivo Retiro",
        "andres.molina@archivoretiro.example.es",
        frm=("Andrés Molina", "andres.molina@archivoretiro.example.es"),
        subject="Entrevista de hoy",
        date="2026-07-14T10:21:00+02:00",
        text=_retiro_missed, charset="iso-8859-1", cte="quoted-printable",
        reply="far_inv", id="far_missed"),
]
