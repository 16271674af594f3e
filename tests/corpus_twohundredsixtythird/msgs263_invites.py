"""Corpus 263: invitations (26), reschedules/cancellations (15) and missed-interview notices
(10), hand-written."""

from msgs263_common import (
    ALASDAIR,
    ALVARO,
    CALLUM,
    CAMILLE,
    CAND,
    FIONA,
    GARY,
    GHOST_CALEDONIA_INVITE,
    GHOST_FAIRCITY_INVITE,
    GHOST_KINGSWAY_SETUP,
    GHOST_LEITH_INVITE,
    GHOST_MESETA_INVITE,
    GHOST_METROPOLE_INVITE,
    GHOST_QUADRIGA_INVITE,
    HAMISH,
    HELENE,
    INES,
    INGRID,
    JANA,
    JULIEN,
    LUCIA,
    MORAG,
    NADIA,
    NATHALIE,
    PRIYA,
    ROBBIE,
    ROSS,
    SIGRID,
    STEFAN,
    TOBIAS,
    M,
    ats_card,
    button,
    mso,
    on_wrote,
    outlook_block,
    outlook_html,
    outlook_quote_html,
    paras,
    quote,
    simple_html,
)
from msgs263_other import ACCEPT_TLT, MOVE_CLYDESIDE
from msgs263_rejections import R_LERNWERK_QUOTED, R_MESETA_QUOTED, R_QUADRIGA_QUOTED

AUTO = [("Auto-Submitted", "auto-generated")]
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"

# ================================================================ invitations, English

I_TLT = """Hi Eilidh,

Thanks for applying for the Learning & Development Coordinator (12-month fixed term) role at Tayside Learning Trust. We'd love to invite you to a first-stage interview with me and our Head of Programmes, Iain.

Please use the link below to choose a 45-minute slot that suits you next week. The interview will be in person at our office on Seagate, and we'll ask you to talk us through a short session you've delivered to adults or colleagues.

Pick a time: https://app.greenhouse.io/schedule/8f2c1d0e-tlt-4471

If none of the times work around your school hours, just reply to this email and I'll sort something out.

Best,
Morag Keillor
People & Culture Lead, Tayside Learning Trust
"""

I_STRATHTAY = """Dear Eilidh,

Further to your application for the post of Learning and Development Coordinator (ref. STU-0932), I am pleased to invite you to interview.

Date: Tuesday 3 March 2026
Time: 10:00 (please arrive by 09:45)
Place: Room 2.14, Kinnoull Building, Strathtay University, Perth

The panel will be myself, Aileen Drummond (Director of HR) and a colleague from Student Services. You will be asked to give a 10-minute presentation on "Designing a blended induction for new professional services staff", followed by competency-based questions. Please bring photographic ID and the original of your highest qualification.

I attach a calendar invitation. Please confirm your attendance by accepting it or replying to this email, and let me know if you need any adjustments.

Kind regards,
Callum

Dr Callum Rennie
Head of Organisational Development
Strathtay University | Kinnoull Building, Perth PH1 2XY
01738 555 214

Strathtay University is a charity registered in Scotland, No SC099999.
"""

I_TAYCOAST = """<p>Dear Eilidh</p>
<p><b>Learning and Development Officer (Workforce Development) &ndash; TCC-04471</b></p>
<p>Thank you for your application. I am pleased to let you know that you have been shortlisted and we would like to invite you to an interview on <b>Tuesday 17 March 2026 at 11:00</b>.</p>
<p>The interview will take place on Microsoft Teams and will last around 45 minutes. The panel will be Mrs Anne Lindsay (Workforce Development Manager) and me. A Teams link will follow the day before.</p>
<p>Please reply to confirm that you can attend, and tell me if you require any reasonable adjustments.</p>
<p>Kind regards</p>
<p>Fiona Mackay<br>HR Adviser, People and Organisational Change<br>Tay Coast Council | Riverside House, Dundee DD1 4XA<br>01382 555 118</p>"""

I_FORTH = """Dear Eilidh,

Congratulations – following your online assessments, we would like to invite you to our assessment centre for the Colleague Learning Coordinator role.

When: Thursday 7 May 2026, 09:00 to 15:30
Where: Forth Mutual House, 9 Semple Street, Edinburgh EH3 8XX

The day includes a group exercise, a 15-minute facilitation exercise you will prepare in advance (brief attached to your candidate portal), and a final conversation with the hiring manager. Lunch is provided.

Please confirm your place by replying to this email by Friday 1 May. Travel expenses from Dundee can be claimed on the day.

Kind regards,

Priya Raman
Early Careers & Talent, Forth Mutual Bank
"""

I_CLYDESIDE = """Hi Eilidh,

Gary from the talent team at Clydeside Home & Garden here. Thanks for your application for the L&D Coordinator post – Jessica (our Head of Retail Training) and I really liked what you wrote about training new starters on the tills and in the cafe.

Could we set up a 30-minute phone interview with Jessica? Would Friday 17 April at 11am work? If not, send me a couple of times that suit you and I'll work round them.

Thanks,
Gary

Gary Lennox
Talent Partner | Clydeside Home & Garden
Unit 4, Hillington Park, Glasgow G52 4XB
07700 900 266
"""

I_VESTBRYGGEN = """Hi Eilidh,

Thank you for your application for the position of Learning & Development Coordinator at Vestbryggen Energi. We would like to get to know you better in a phone interview with me and our HR director, Knut Eide.

Proposed time: Thursday 20 August, 10:00 Norwegian time (09:00 in the UK)
Duration: about 40 minutes
We will call you on the number in your application (+44 7700 900412).

I have added a calendar invitation to this email. If the time does not suit, please suggest another and we will find something.

Best regards,
Ingrid Haugland
HR Business Partner
Vestbryggen Energi | Kong Oscars gate 55, 5017 Bergen
+47 55 55 01 90
"""

I_GRANITE = """Hi Eilidh,

Good news – Granite Harbour Housing would like to meet you for the Learning & Development Adviser post!

Details:
- Wednesday 24 June, 2pm
- Their office at 14 Marischal Street, Aberdeen AB11 5AJ (ask for Carol Middleton at reception)
- Panel: Carol Middleton (Head of HR) and Stuart Main (Housing Services Manager)
- Format: 45 minutes, competency questions plus a 10-minute presentation on "how you would support frontline housing officers through a new IT system"

Can you confirm you're good for this? I'll give you a ring on Monday to prep. Train times from Dundee work nicely – the 11:45 gets you in with time for a coffee.

Cheers,
Ross

Ross McAllister
Senior Consultant – Education & Training
Thistle Talent Partners | 0141 555 0198
"""

I_NLCU = """Hi Eilidh,

Thanks for sending your CV over through Morven. I read it last night and I'd love to have a chat about the training role here.

Are you free Thursday to chat? Anytime after 2 suits me. Nothing formal – a coffee at our branch on Union Street if you're in Aberdeen, or a video call if that's easier.

Alasdair

Alasdair Reid
Operations Manager, Northern Lights Credit Union
"""

I_DISCOVERY = """Dear Eilidh,

Thank you for applying for the Learning Programmes Coordinator post. We would like to invite you to a paid trial day at the centre.

Wednesday 29 July, 9:30am to 3pm, Discovery Quay Learning, Riverside Drive, Dundee.

During the morning you will shadow one of our school workshops; after lunch we'd like you to lead a 20-minute session for a small group of our volunteer explainers. We'll finish with a half-hour conversation with me and Jenna from the Education team.

Please wear comfortable shoes and bring lunch if you have dietary needs – otherwise lunch is on us. Let me know by Monday that you can make it.

Best wishes,
Robbie Soutar
Learning Manager, Discovery Quay Learning
"""

I_CANMORE = """<p>Hi Eilidh,</p>
<p>Thanks for your interest in the <b>People Development Coordinator</b> role at Canmore Insurance! Hamish Ure would like to invite you to a 45-minute video interview.</p>
<p>Please pick a time that works for you using the link below. Available times are shown in your local time zone.</p>
{}
<p>If you have any questions, simply reply to this email and it will reach Hamish.</p>
<p>Thanks,<br>Canmore Insurance Talent Team</p>""".format(button(
    "Choose a time", "https://hire.lever.co/interviews/schedule/5c1b-canmore-0427", "#4338ca"))

I_FJORDLINE = """Hi Eilidh,

Thanks for your application to Fjordline Learning! Tor (our Head of Delivery) and I would like to invite you to a one-hour video interview for the Learning Coordinator role.

Please use this link to book a time that suits you between 23 and 31 March:
https://app.ashbyhq.com/interviews/schedule/fjordline/3e7a9c

The conversation will be in English and we will send a Teams link once you have booked.

Looking forward to speaking with you,
Sigrid Nilsen
Head of People Development, Fjordline Learning
"""

I_NORDHORDLAND = """<p>Dear Eilidh,</p>
<p>Thank you for applying for <b>Learning Partner (Bergen)</b>, requisition R-20931.</p>
<p>We are pleased to invite you to the next step: a recorded video interview. You will be shown four questions and have up to three minutes to answer each one. Please complete the interview by <b>Tuesday 8 September 2026, 23:59 CET</b>.</p>
{}
<p>You will need a computer or phone with a camera and microphone. The interview takes around 20 minutes.</p>
<p>Kind regards<br>Talent Acquisition<br>Nordhordland Bank</p>""".format(button(
    "Start your video interview", "https://nordhordland.wd3.myworkdayjobs.com/tasks/vi-20931",
    "#14532d"))

I_MEARNS_NEW = """Hi Eilidh,

I'm the hiring manager for the L&D Coordinator role – Helen in Talent passed your application to me and I'd like to meet you.

I've sent a Teams invite for Wednesday 27 May at 11:00. It will be me and Graeme Buchan from our HSE training team, roughly an hour. We'll talk through your experience and ask you to walk us through how you'd plan a refresher course for site supervisors.

Accept the invite if it works or propose a new time from Outlook.

Thanks,
Leanne

Leanne Shewan
Learning & Development Manager
Mearns Energy Services | Prime Four Business Park, Kingswells, Aberdeen AB15 8PU
"""

I_MEARNS_QUOTED = """Hi Eilidh,

Thanks for applying to Mearns Energy Services! We've received your application for Learning & Development Coordinator and our team is reviewing it now.

Talent Acquisition Team
"""

I_HILLHEAD_NEW = """Hi Eilidh,

I know my last email wasn't the one you wanted, so I'm glad to be writing with better news.

We've just opened an Apprenticeship Programme Coordinator post and, looking back at your application, I think it's a much better fit. I'd like to invite you to interview for it on Tuesday 21 July at 10:00 at our Kelvin Campus. It'll be an hour with me and Euan from our employer team, including a short role-play.

No need to apply again – just reply to let me know if the date works.

All the best,
Nadia

Nadia Qureshi
Head of Learner Services, Hillhead Learning
0141 555 3320
"""

I_HILLHEAD_QUOTED = """Dear Eilidh,

Thank you for interviewing for the Learner Support Coordinator post. I'm sorry to let you know that we won't be offering you the role on this occasion; we felt another candidate's experience with adult literacy learners was the closer fit.

Kind regards,
Nadia
"""

I_GRAMPIAN = """Dear Eilidh,

Thank you for your application for the Tutor-Coordinator (Construction Trades) post. We would like you to come and spend a day with us.

Thursday 3 September, 08:45–15:00, Grampian Skills Academy, Altens Industrial Estate, Aberdeen.

In the morning you'll meet the team and observe a practical workshop. After lunch you'll deliver a 20-minute taster session to a group of first-year apprentices on a topic of your choice (not plumbing!), followed by a panel conversation with me and Elaine Christie from HR.

We'll reimburse reasonable travel costs. Please reply to Elaine to confirm.

Regards,
Duncan Forbes
Curriculum Manager, Construction Trades
Grampian Skills Academy
"""

# ================================================================ invitations, German

I_LERNWERK = """Liebe Frau Adebayo-Sørensen,

vielen Dank für Ihre Bewerbung als Learning & Development Coordinator (m/w/d) für unseren Standort Edinburgh. Ihr Profil hat uns neugierig gemacht, und wir möchten Sie gern zu einem ersten Kennenlernen per Microsoft Teams einladen:

Donnerstag, 30. April 2026, 10:00–10:45 Uhr (MESZ) – also 09:00 Uhr britischer Zeit

Teilnehmen werden Lars Petersen (Teamleitung Blended Learning) und ich. Die Einladung mit dem Teams-Link hängt an dieser E-Mail.

Falls der Termin nicht passt, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen
Jana Albrecht
Talent Acquisition

Lernwerk Akademie GmbH · Kehrwieder 8 · 20457 Hamburg
Tel. +49 40 555 1290
"""

I_BRUECKNER = """Hallo Frau Adebayo-Sørensen,

gute Nachrichten: Die Hochschule Elbmarsch möchte Sie kennenlernen! Die Kommission lädt Sie zu einem Videogespräch für die Stelle „Referentin für hochschuldidaktische Weiterbildung“ ein.

Termin: Donnerstag, 5. März 2026, 09:30 Uhr (deutscher Zeit, also 08:30 Uhr bei Ihnen)
Dauer: ca. 60 Minuten, davon 10 Minuten Kurzvortrag zum Thema „Einarbeitung neuer Lehrbeauftragter“
Teilnehmende: Frau Dr. Kessler (Leitung Weiterbildungszentrum), Personalrat, Gleichstellungsbeauftragte

Den Zoom-Link schickt die Hochschule direkt. Bitte bestätigen Sie mir den Termin bis Freitag, dann gebe ich es weiter. Gern bereite ich Sie am Montag telefonisch vor.

Beste Grüße
Stefan Brückner
Brückner Personalberatung · Ballindamm 17 · 20095 Hamburg · +49 40 555 7781
"""

I_LINDEMANN = """<p>Sehr geehrte Frau Adebayo-S&oslash;rensen,</p>
<p>vielen Dank f&uuml;r Ihre Bewerbung als <b>Trainerin f&uuml;r Mitarbeiterentwicklung (m/w/d)</b> in unserer Filiale Glasgow. Wir m&ouml;chten Sie gern zu einem Vorstellungsgespr&auml;ch per Video einladen.</p>
<p>Bitte w&auml;hlen Sie &uuml;ber den folgenden Link einen passenden Termin aus:</p>
{}
<p>Bei Fragen antworten Sie einfach auf diese E-Mail &ndash; sie geht direkt an Herrn Brandt.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Tobias Brandt<br>Personalentwicklung, Kaufhaus Lindemann</p>""".format(button(
    "Termin auswählen", "https://lindemann.softgarden.io/interview/slot/7781-4c2e", "#7c2d12"))

I_SONNENTAL = """Guten Tag Frau Adebayo-Sørensen,

danke für Ihre Bewerbung als Koordinatorin Erwachsenenbildung. Ich würde Sie gern in einem kurzen Telefoninterview (ca. 20 Minuten) näher kennenlernen.

Hätten Sie am Montag, 7. September, zwischen 9 und 11 Uhr (MESZ) Zeit? Nennen Sie mir einfach eine Uhrzeit, dann rufe ich Sie unter der angegebenen Mobilnummer an.

Viele Grüße
Petra Wendel
Bildungswerk Sonnental e. V. · Personal
Telefon 0761 555 2030
"""

# ================================================================ invitations, French

I_GARONNE = """Bonjour Eilidh,

Merci pour votre candidature au poste de coordinatrice formation (CDI) au sein de Groupe Garonne Formation.

Votre parcours a retenu notre attention et nous souhaiterions vous rencontrer lors d'un entretien le mardi 17 mars à 14h00, dans nos locaux du 12 quai des Chartrons à Bordeaux. Si vous êtes encore en Écosse à cette date, l'entretien peut se faire en visioconférence.

Vous rencontrerez Marc Lestage, directeur pédagogique, et moi-même. Prévoyez environ une heure.

Pourriez-vous me confirmer votre présence ?

Bien cordialement,

Camille Dufour
Chargée de recrutement – Groupe Garonne Formation
05 56 55 01 23
"""

I_AQUITAINE = """Bonjour Eilidh,

Suite à l'examen de votre candidature pour le poste de Chargée de développement des compétences, nous avons le plaisir de vous inviter à la prochaine étape de notre processus.

1. Des tests en ligne (raisonnement et mise en situation), à compléter avant le mercredi 27 mai via votre espace candidat.
2. Un entretien avec Sophie Lacaze, responsable formation, le vendredi 29 mai à 10h00 au siège, 8 allées de Tourny à Bordeaux.

Pour toute question, répondez simplement à ce message : il sera transmis à Sophie.

Cordialement,
L'équipe Recrutement – Banque Aquitaine Atlantique
"""

I_CAP = """Bonjour Eilidh,

Bonne nouvelle : Cap Formation Sud-Ouest souhaite vous rencontrer pour le poste d'assistante de coordination pédagogique !

- Lundi 13 juillet à 14h30
- 27 rue Fondaudège, 33000 Bordeaux (sonnez à « Cap Formation », 2e étage)
- Avec Mme Aurélie Pons, responsable du pôle alternance

Comptez 45 minutes. Elle vous demandera de présenter une séquence que vous avez animée. Je vous appelle vendredi pour préparer l'entretien ensemble.

Merci de me confirmer par retour de mail.

Julien
Atlantique Talents · 06 55 01 44 87
"""

I_GIRONDE = """Madame,

J'ai le plaisir de vous informer que votre candidature au poste d'ingénieure de formation (contrat de 3 ans) a été retenue par la commission de présélection.

Vous êtes convoquée à un entretien avec le jury le jeudi 21 mai 2026 à 9h30, salle du Conseil, bâtiment A, 351 cours de la Libération, Talence. L'entretien durera 40 minutes : 10 minutes de présentation de votre parcours, puis un échange avec les membres du jury.

Vous trouverez ci-joint l'invitation au format calendrier.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Hélène Barthe
Direction des ressources humaines – Service recrutement
Université de Gironde-Océan
"""

# ================================================================ invitations, Spanish

I_PISUERGA = """Hola Eilidh:

Gracias por tu candidatura al puesto de Coordinadora de Formación para Empresas. Nos ha gustado mucho tu perfil y queremos conocerte en persona.

Te proponemos una entrevista el martes 8 de septiembre a las 10:00 en nuestra oficina (C/ Miguel Íscar 6, 1.º, Valladolid). Estaremos Rubén Ortega, director, y yo. Dura unos 45 minutos.

Si no te va bien, responde a este correo y buscamos otro día.

Un saludo,
Lucía Herrero
Responsable de Personas · Formación Pisuerga
"""

I_ZORRILLA = """Hola Eilidh:

¡Buenas noticias! Almacenes Zorrilla quiere entrevistarte para el puesto de Responsable de Formación de Tiendas.

- Miércoles 15 de julio a las 17:00
- En su sede: C/ Duque de la Victoria 12, Valladolid
- Con Beatriz Alonso, directora de RR. HH.

Lleva preparada una idea de plan de acogida para dependientes nuevos; te lo van a preguntar seguro. ¿Me confirmas que te encaja?

Un abrazo,
Álvaro
Talento Castilla · 983 55 02 71
"""

I_DUERO = """<p>Estimada Sra. Adebayo-Sørensen:</p>
<p>En relación con el proceso de selección para la plaza de <b>Técnica de Formación del PAS</b> (ref. PAS-2026-014), la comisión de valoración le convoca a la fase de entrevista:</p>
<ul><li>Fecha: jueves, 7 de mayo de 2026</li><li>Hora: 11:00</li>
<li>Lugar: Sala de Juntas, Edificio Rectorado, Plaza de Santa Cruz 9, Valladolid</li></ul>
<p>Deberá presentar el DNI, NIE o pasaporte. Adjuntamos la convocatoria en formato de calendario.</p>
<p>Atentamente,<br>Servicio de Recursos Humanos &ndash; Universidad del Duero</p>"""

# ================================================================ reschedules / cancellations

S_TLT = """Hi Eilidh,

Thanks for booking in so quickly. I'm really sorry to do this, but Iain has been called to an inspection visit on Wednesday morning and can't be there.

Could we move your interview to Thursday 29 January at 2pm instead? Same place, same format. If the afternoon is tricky with school, Friday morning at 9:30 also works.

Apologies again,
Morag
"""

S_STRATHTAY = """Dear Eilidh,

Because of a clash with a Senate committee, we need to move your interview from Tuesday 3 March to Wednesday 4 March at 13:30. The location (Room 2.14, Kinnoull Building) and the presentation topic are unchanged.

The calendar entry has been updated – please accept the new time, or let me know as soon as possible if it does not work for you.

With apologies for the change,
Callum
"""

S_CLYDESIDE_NEW = """Hi Eilidh,

No problem at all about Friday – and in fact it's a good job you asked, because Jessica has been signed off sick this week, so we'd have had to move it anyway.

I'll come back to you with a fresh date as soon as we know when she's back. Sorry for the wait, and thanks for your patience.

Gary
"""

S_VESTBRYGGEN = """Hi Eilidh,

Thank you for getting back to me so quickly, and I'm sorry to hear about the mix-up with the time zones.

I have booked a new slot: Tuesday 25 August at 10:00 Norwegian time (09:00 UK). This time it will be a Teams video call, so you don't depend on the phone line – the link is in the updated calendar invitation.

See you on Tuesday,
Ingrid
"""

S_FORTH = """<p>Dear Eilidh,</p>
<p>We need to make a change to the Colleague Learning Coordinator assessment centre you are booked on.</p>
<p>Due to building works at Semple Street, the assessment centre will now take place on <b>Tuesday 12 May 2026</b> (not Thursday 7 May), <b>09:00&ndash;15:30</b>, at our <b>Haymarket Hub, 3 Rosebery Crescent, Edinburgh EH12 5XX</b>.</p>
<p>Everything else stays the same, including your facilitation exercise. Please reply to confirm you can attend on the new date.</p>
<p>Apologies for any inconvenience,<br>Priya Raman<br>Early Careers &amp; Talent, Forth Mutual Bank</p>"""

S_MEARNS = """Hi Eilidh,

I'm cancelling tomorrow's meeting, sorry for the short notice. We've had an urgent audit on one of our sites and Graeme and I are both flying out tonight.

This isn't a no – Helen in Talent will be in touch with a new date once we're back onshore.

Leanne
"""

S_CANMORE = """<p>Hi Eilidh,</p>
<p>Your interview for <b>People Development Coordinator</b> at Canmore Insurance has been rescheduled.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td>Previous time</td><td><s>Monday, 11 May 2026, 14:00 BST</s></td></tr>
<tr><td>New time</td><td><b>Wednesday, 13 May 2026, 15:00 BST</b></td></tr>
<tr><td>Interviewers</td><td>Hamish Ure, Kirsten Low</td></tr>
<tr><td>Location</td><td>Video call (link in calendar invitation)</td></tr>
</table>
<p>If the new time doesn't work for you, please reply to Hamish.</p>"""

S_GRANITE = """Hi Eilidh,

Quick change from Granite Harbour – Stuart has a tenants' forum that's been moved onto Wednesday afternoon, so they've asked if you could come in on Friday 26 June at 10am instead. Same office, same panel, same presentation.

I've said I'm pretty sure that's fine but let me know either way and I'll confirm with Carol. The 08:05 from Dundee gets you in at 09:20.

Ross
"""

S_NLCU = """Morning Eilidh,

Sorry to do this – we've got the regulator in on Thursday afternoon and I'll be stuck with them. Can we push our chat to Friday instead? 12:30 at the branch, and I'll buy lunch to make up for it.

Alasdair
"""

S_LERNWERK_NEW = R_LERNWERK_QUOTED

S_LINDEMANN = """Guten Tag Frau Adebayo-Sørensen,

leider muss ich unser Gespräch am Donnerstag, 18. Juni, verschieben – ich bin an diesem Tag kurzfristig auf einer Filialeröffnung in Manchester.

Neuer Vorschlag: Dienstag, 23. Juni, 11:00 Uhr britischer Zeit, wieder per Video. Der Link bleibt derselbe. Passt Ihnen das?

Viele Grüße
Tobias Brandt
Personalentwicklung · Kaufhaus Lindemann
"""

S_GARONNE = """Bonjour Eilidh,

Je suis désolée, mais Marc Lestage sera en déplacement à Pau mardi prochain. Nous devons donc reporter votre entretien du mardi 17 mars.

Seriez-vous disponible le mardi 24 mars à 10h00, toujours au 12 quai des Chartrons (ou en visio si vous préférez) ?

Merci de votre compréhension,
Camille
"""

S_GIRONDE = """Madame,

Suite à une modification de la composition du jury, l'horaire de votre entretien du jeudi 21 mai est décalé à 10h15 (au lieu de 9h30). Le lieu reste inchangé : salle du Conseil, bâtiment A.

L'invitation jointe remplace la précédente.

Bien cordialement,
Hélène Barthe
Service recrutement – Université de Gironde-Océan
"""

S_PISUERGA = """Hola Eilidh:

Te escribo para cambiar la hora de la entrevista de mañana martes: Rubén tiene una visita con un cliente a primera hora, así que la pasamos de las 10:00 a las 12:30. Mismo sitio.

¿Te viene bien? Si no, dime y lo movemos al miércoles.

Gracias,
Lucía
"""

S_DUERO = """Estimada Sra. Adebayo-Sørensen:

Le comunicamos que la entrevista prevista para el jueves 7 de mayo de 2026 a las 11:00 queda aplazada por la coincidencia con el proceso electoral de la Universidad.

La nueva fecha se publicará en la sede electrónica y se le notificará por correo con al menos cinco días de antelación. Su candidatura sigue en el proceso.

Atentamente,
Servicio de Recursos Humanos
Universidad del Duero
"""

# ================================================================ missed interviews

X_TAYCOAST = """Dear Eilidh

We were due to interview you at 11:00 this morning for the Learning and Development Officer post. Anne and I waited on Teams until 11:20, but you didn't join and we weren't able to reach you on the mobile number on your application.

I hope everything is all right. If something unexpected happened, please let me know by the end of this week.

Kind regards
Fiona Mackay
HR Adviser, Tay Coast Council
01382 555 118
"""

X_VESTBRYGGEN = """Hi Eilidh,

We tried calling you twice at 10:00 today (Norwegian time) for our phone interview, but there was no answer and the second call went to voicemail.

Perhaps the time difference caused some confusion? Please reply and let me know whether you are still interested, and we will try to find a new time.

Best regards,
Ingrid Haugland
HR Business Partner, Vestbryggen Energi
"""

X_LEITH = """Hi Eilidh,

I had you down for a 15-minute phone screen at 10:00 this morning for the Training Administrator role. I called at 10:00 and again at 10:10 but couldn't get through.

If you'd still like to be considered, drop me a line today with a couple of times that suit.

Thanks,
Craig Bain
Operations Training Lead
Leith Docks Logistics
"""

X_KINGSWAY = """Hi Eilidh,

Lorna from Kingsway has just been on. She says she rang you at 2pm for your phone interview – twice – and it went straight to voicemail both times.

Can you let me know what happened? It might just be the number; she had the old one ending 366 rather than the 412 one. If that's it I'll explain and see if she can do another slot.

Ross
"""

X_CALEDONIA = """Dear Eilidh,

Our records show that you did not attend your scheduled video interview for Learning Coordinator (Job ID 2026-1187) on Tuesday 4 August at 10:00.

If you were unable to attend due to circumstances beyond your control, please contact the recruitment team through your candidate portal within 48 hours. Otherwise your application will be closed.

Caledonia Rail Training Recruitment
"""

X_FAIRCITY = """Hello Eilidh,

I rang you at 2pm as arranged for our phone chat about the Reader Development and Learning post, but it went to voicemail and I left a wee message.

Not to worry if something came up – give me a call back on 01738 555 340 any time before 4 today or tomorrow morning.

Best,
Gillian Marr
Service Development Manager
Fair City Libraries, AK Bell Building, York Place, Perth PH2 8XX
"""

X_GIRONDE_CAP = """Bonjour Eilidh,

Mme Pons de Cap Formation Sud-Ouest m'a appelé : elle vous a attendue cet après-midi à 14h30 pour l'entretien et vous ne vous êtes pas présentée. Elle a également essayé de vous joindre sur votre portable, sans succès.

Que s'est-il passé ? Rappelez-moi dès que possible, je vais essayer de rattraper le coup auprès d'elle.

Julien
"""

X_METROPOLE = """Madame,

Vous étiez convoquée ce matin à 9h30 pour un entretien relatif au poste de chargée de formation. Le jury vous a attendue jusqu'à 10h00, sans nouvelles de votre part.

Je vous remercie de bien vouloir nous indiquer, avant vendredi, si vous souhaitez maintenir votre candidature.

Nathalie Roux
Pôle Recrutement et Mobilité – Métropole Estuaire
"""


def _ics(uid, start, summary, organizer, minutes=45, method="REQUEST", seq=0, location="",
         description="", prodid=None, attendees=None):
    spec = {"uid": uid, "start": start, "summary": summary, "organizer": organizer, "minutes": minutes,
                "method": method, "seq": seq, "location": location, "description": description}
    if prodid:
        spec["prodid"] = prodid
    if attendees:
        spec["attendees"] = attendees
    return spec


STU_UID = "040000008200E00074C5B7101A82E0080000000050C4stu0932@strathtay.example.ac.uk"
VBE_UID = "vbe-ld-coordinator-phone-20260820@vestbryggen.example.no"
MES_UID = "AAMkADQ3-mearns-ld-20260527@mearnsenergy.example.co.uk"
LW_UID = "lernwerk-kennenlernen-20260430-edinburgh@lernwerk-akademie.example.de"
UGO_UID = "jury-ingenieure-formation-20260521@u-gironde-ocean.example.fr"
UD_UID = "sf-PAS-2026-014-entrevista-0507@successfactors.eu"

MESSAGES = [
    # ------------------------------------------------------------ interview_invitation (26)
    M(kind="interview_invitation", slug="greenhouse_scheduling_link_via_recruiter", lang="en",
      company="Tayside Learning Trust", contact=MORAG[1], key="tlt_invite",
      frm=("Morag Keillor via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=MORAG,
      subject="Interview invitation: Learning & Development Coordinator",
      date="2026-01-20 14:22 +0000", text=I_TLT,
      html=ats_card("Tayside Learning Trust", "#0e7490", paras(I_TLT).replace(
          "https://app.greenhouse.io/schedule/8f2c1d0e-tlt-4471",
          '<a href="https://app.greenhouse.io/schedule/8f2c1d0e-tlt-4471">'
          "https://app.greenhouse.io/schedule/8f2c1d0e-tlt-4471</a>"),
                    "Sent with Greenhouse"),
      html_cte="quoted-printable"),
    M(kind="interview_invitation", slug="university_panel_ics_request", lang="en",
      company="Strathtay University", contact=CALLUM[1], key="stu_invite",
      frm=CALLUM, subject="Invitation to interview – Learning and Development Coordinator (STU-0932)",
      subject_enc=("utf-8", "Q"), date="2026-02-16 10:42 +0000",
      text=I_STRATHTAY, html=outlook_html(mso(I_STRATHTAY)), text_cte="quoted-printable",
      html_cte="quoted-printable",
      ics=_ics(STU_UID, "2026-03-03 10:00 +0000",
               "Interview: L&D Coordinator (STU-0932) – Eilidh Adebayo-Sørensen",
               CALLUM, 60, location="Room 2.14, Kinnoull Building, Perth",
               description="Panel interview with 10-minute presentation.")),
    M(kind="interview_invitation", slug="council_teams_invite_html", lang="en",
      company="Tay Coast Council", contact=FIONA[1], key="tcc_invite",
      frm=FIONA, subject="Interview invitation - TCC-04471", date="2026-03-09 09:30 +0000",
      html=simple_html(I_TAYCOAST), html_cte="quoted-printable"),
    M(kind="interview_invitation", slug="bank_assessment_centre_icims", lang="en",
      company="Forth Mutual Bank", contact=PRIYA[1], key="fmb_invite", parent="fmb_ack",
      frm=("Forth Mutual Bank Careers", "careers-noreply@icims.com"), reply_to=PRIYA,
      subject="Assessment centre invitation – Colleague Learning Coordinator",
      subject_enc=("utf-8", "B"), date="2026-04-21 10:00 +0100", text=I_FORTH,
      html=ats_card("Forth Mutual Bank", "#0f172a", paras(I_FORTH), "iCIMS"),
      text_cte="quoted-printable", html_cte="base64"),
    M(kind="interview_invitation", slug="retailer_phone_screen_ask", lang="en",
      company="Clydeside Home & Garden", contact=GARY[1], key="chg_invite",
      frm=GARY, subject="Your application – L&D Coordinator", date="2026-04-14 12:10 +0100",
      text=I_CLYDESIDE, text_cte="quoted-printable"),
    M(kind="interview_invitation", slug="bergen_phone_interview_ics", lang="en",
      company="Vestbryggen Energi", contact=INGRID[1], key="vbe_invite",
      frm=INGRID, subject="Phone interview – Learning & Development Coordinator",
      subject_enc=("utf-8", "Q"), date="2026-08-10 13:15 +0200", text=I_VESTBRYGGEN,
      text_cte="7bit" if I_VESTBRYGGEN.isascii() else "quoted-printable",
      ics=_ics(VBE_UID, "2026-08-20 10:00 +0200",
               "Phone interview Vestbryggen Energi – Eilidh Adebayo-Sørensen", INGRID, 40,
               location="Phone: +44 7700 900412", prodid=GOOGLE),
      ics_mode="inline"),
    M(kind="interview_invitation", slug="agency_sets_up_client_interview", lang="en",
      company="Granite Harbour Housing", contact=ROSS[1], key="ttp_granite_invite",
      frm=ROSS, subject="Granite Harbour Housing – interview!", subject_enc=("utf-8", "Q"),
      date="2026-06-15 09:45 +0100", text=I_GRANITE, text_cte="quoted-printable"),
    M(kind="interview_invitation", slug="credit_union_free_thursday_chat", lang="en",
      company="Northern Lights Credit Union", contact=ALASDAIR[1], key="nlcu_chat",
      frm=ALASDAIR, subject="Coffee?", date="2026-03-23 17:40 +0000", text=I_NLCU),
    M(kind="interview_invitation", slug="science_centre_trial_day", lang="en",
      company="Discovery Quay Learning", contact=ROBBIE[1], key="dql_trial",
      frm=ROBBIE, subject="Trial day – Learning Programmes Coordinator",
      subject_enc=("utf-8", "Q"), date="2026-07-22 13:45 +0100", text=I_DISCOVERY,
      html=simple_html(paras(I_DISCOVERY)), text_cte="quoted-printable",
      html_cte="quoted-printable"),
    M(kind="interview_invitation", slug="lever_pick_a_time", lang="en",
      company="Canmore Insurance", contact=HAMISH[1], key="can_invite",
      frm=("Canmore Insurance", "no-reply@hire.lever.co"), reply_to=HAMISH,
      subject="Let's schedule your interview with Canmore Insurance",
      date="2026-05-04 14:00 +0100",
      html=ats_card("Canmore Insurance", "#6d28d9", I_CANMORE,
                    "Canmore Insurance uses Lever to manage hiring."),
      html_cte="quoted-printable", headers=AUTO),
    M(kind="interview_invitation", slug="ashby_bergen_booking_link", lang="en",
      company="Fjordline Learning", contact=SIGRID[1], key="fjord_invite",
      frm=("Sigrid Nilsen (Fjordline Learning)", "no-reply@ashbyhq.com"), reply_to=SIGRID,
      subject="Interview with Fjordline Learning", date="2026-03-16 10:30 +0100",
      text=I_FJORDLINE, html=simple_html(paras(I_FJORDLINE)), headers=AUTO),
    M(kind="interview_invitation", slug="workday_recorded_video_interview", lang="en",
      company="Nordhordland Bank", contact="", key="nhb_video",
      frm=("Nordhordland Bank", "nordhordlandbank@myworkday.com"),
      subject="Next step: recorded video interview – Learning Partner (Bergen)",
      subject_enc=("utf-8", "B"), date="2026-09-01 09:00 +0200",
      html=ats_card("Nordhordland Bank", "#14532d", I_NORDHORDLAND, "Powered by Workday"),
      html_cte="base64", headers=AUTO),
    M(kind="interview_invitation", slug="energy_manager_outlook_ics_quotes_ack", lang="en",
      company="Mearns Energy Services", contact="leanne.shewan@mearnsenergy.example.co.uk",
      key="mes_invite", parent="mes_ack",
      frm=("Leanne Shewan", "leanne.shewan@mearnsenergy.example.co.uk"),
      subject="Interview – L&D Coordinator", subject_enc=("utf-8", "Q"),
      date="2026-05-19 16:02 +0100",
      text=I_MEARNS_NEW + "\n" + outlook_block(
          "en", "Mearns Energy Services", "no-reply@greenhouse-mail.io",
          "Monday, May 11, 2026 7:45 AM", "Eilidh Adebayo-Sørensen",
          "Thanks for applying to Mearns Energy Services") + "\n\n" + I_MEARNS_QUOTED,
      html=outlook_html(mso(I_MEARNS_NEW) + "\n" + outlook_quote_html(
          ["From: Mearns Energy Services <no-reply@greenhouse-mail.io>",
           "Sent: Monday, May 11, 2026 7:45 AM", "To: Eilidh Adebayo-Sørensen",
           "Subject: Thanks for applying to Mearns Energy Services"], mso(I_MEARNS_QUOTED))),
      text_cte="quoted-printable", html_cte="quoted-printable",
      ics=_ics(MES_UID, "2026-05-27 11:00 +0100", "L&D Coordinator interview – Eilidh",
               ("Leanne Shewan", "leanne.shewan@mearnsenergy.example.co.uk"), 60,
               location="Microsoft Teams Meeting",
               description="Join on your computer or mobile app: "
                           "https://teams.example.com/l/meetup-join/mearns-27may")),
    M(kind="interview_invitation", slug="second_role_invite_quotes_earlier_rejection",
      lang="en", company="Hillhead Learning", contact=NADIA[1], key="hill_invite",
      frm=NADIA, subject="Re: Learner Support Coordinator – outcome",
      subject_enc=("utf-8", "Q"), date="2026-07-06 11:30 +0100",
      text=I_HILLHEAD_NEW + "\n" + on_wrote("en", "Thu, 21 May 2026 at 16:05", *NADIA) + "\n"
      + quote(I_HILLHEAD_QUOTED) + "\n", text_cte="quoted-printable"),
    M(kind="interview_invitation", slug="college_trial_teaching_day", lang="en",
      company="Grampian Skills Academy", contact="elaine.christie@grampianskills.example.co.uk",
      key="gsa_trial",
      frm=("Duncan Forbes", "duncan.forbes@grampianskills.example.co.uk"),
      reply_to=("Elaine Christie", "elaine.christie@grampianskills.example.co.uk"),
      subject="Invitation: observation and taster session, 3 September",
      date="2026-08-17 15:20 +0100", text=I_GRAMPIAN, text_cte="quoted-printable"),
    M(kind="interview_invitation", slug="lernwerk_teams_einladung_ics", lang="de",
      company="Lernwerk Akademie", contact=JANA[1], key="lw_invite",
      frm=JANA, subject="Einladung zum Kennenlernen – L&D Coordinator (Edinburgh)",
      subject_enc=("utf-8", "Q"), date="2026-04-20 11:15 +0200",
      text=I_LERNWERK, html=outlook_html(mso(I_LERNWERK), "DE"),
      text_cte="quoted-printable", html_cte="quoted-printable",
      ics=_ics(LW_UID, "2026-04-30 10:00 +0200",
               "Kennenlernen L&D Coordinator (Edinburgh) – Adebayo-Sørensen", JANA,
               location="Microsoft Teams-Besprechung",
               description="Über Ihren Computer oder Ihre mobile App teilnehmen: "
                           "https://teams.example.com/l/meetup-join/lernwerk-30apr")),
    M(kind="interview_invitation", slug="personalberatung_termin_hochschule", lang="de",
      company="Hochschule Elbmarsch", contact=STEFAN[1], key="brk_elbmarsch",
      parent="brk_reg", frm=STEFAN, name_enc=("utf-8", "B"),
      subject="Gesprächseinladung Hochschule Elbmarsch", subject_enc=("utf-8", "B"),
      date="2026-02-25 10:00 +0100", text=I_BRUECKNER, text_cte="base64"),
    M(kind="interview_invitation", slug="softgarden_terminauswahl", lang="de",
      company="Kaufhaus Lindemann", contact=TOBIAS[1], key="lind_invite", parent="lind_ack",
      frm=("Kaufhaus Lindemann", "no-reply@softgarden.io"), reply_to=TOBIAS,
      subject="Einladung zum Vorstellungsgespräch", date="2026-06-10 14:00 +0200",
      html=ats_card("Kaufhaus Lindemann", "#7c2d12", I_LINDEMANN, "softgarden e-recruiting",
                    "de"),
      html_cte="quoted-printable", headers=AUTO),
    M(kind="interview_invitation", slug="bildungswerk_telefoninterview", lang="de",
      company="Bildungswerk Sonnental", contact="petra.wendel@bildungswerk-sonnental.example.de",
      key="sonn_phone",
      frm=("Petra Wendel", "petra.wendel@bildungswerk-sonnental.example.de"),
      subject="Kurzes Telefoninterview?", date="2026-09-02 16:20 +0200", text=I_SONNENTAL,
      text_charset="iso-8859-1", text_cte="quoted-printable"),
    M(kind="interview_invitation", slug="garonne_invitation_entretien", lang="fr",
      company="Groupe Garonne Formation", contact=CAMILLE[1], key="gar_invite",
      frm=CAMILLE,
      subject="Invitation à un entretien – Coordinatrice formation", subject_enc=("utf-8", "Q"),
      date="2026-03-12 09:20 +0100", text=I_GARONNE,
      html=simple_html(paras(I_GARONNE), "fr"), text_cte="quoted-printable",
      html_cte="quoted-printable"),
    M(kind="interview_invitation", slug="workday_banque_tests_et_entretien", lang="fr",
      company="Banque Aquitaine Atlantique", contact="sophie.lacaze@banque-aquitaine.example.fr",
      key="baa_invite", parent="baa_ack",
      frm=("Banque Aquitaine Atlantique", "banqueaquitaine@myworkday.com"),
      reply_to=("Sophie Lacaze", "sophie.lacaze@banque-aquitaine.example.fr"),
      subject="Prochaine étape de votre candidature", subject_enc=("iso-8859-1", "B"),
      date="2026-05-18 11:00 +0200", text=I_AQUITAINE, text_cte="base64",
      html=ats_card("Banque Aquitaine Atlantique", "#1e3a8a", paras(I_AQUITAINE), "Workday",
                    "fr"), html_cte="base64"),
    M(kind="interview_invitation", slug="cabinet_entretien_client_cap", lang="fr",
      company="Cap Formation Sud-Ouest", contact=JULIEN[1], key="at_cap", parent="at_reg",
      frm=JULIEN, subject="Entretien Cap Formation Sud-Ouest lundi 13/07",
      date="2026-07-08 17:30 +0200", text=I_CAP, text_cte="8bit"),
    M(kind="interview_invitation", slug="universite_convocation_jury_ics", lang="fr",
      company="Université de Gironde-Océan", contact=HELENE[1], key="ugo_jury",
      frm=HELENE, name_enc=("iso-8859-1", "Q"),
      subject="Convocation à l'entretien – ingénieure de formation",
      subject_enc=("utf-8", "B"), date="2026-05-12 15:00 +0200", text=I_GIRONDE,
      text_charset="utf-8", text_cte="quoted-printable",
      ics=_ics(UGO_UID, "2026-05-21 09:30 +0200",
               "Entretien jury – ingénieure de formation – Mme Adebayo-Sørensen", HELENE, 40,
               location="Salle du Conseil, bâtiment A, Talence"),
      ics_mode="attach"),
    M(kind="interview_invitation", slug="personio_entrevista_presencial", lang="es",
      company="Formación Pisuerga", contact=LUCIA[1], key="fp_invite", parent="fp_ack",
      frm=("Lucía Herrero (Formación Pisuerga)", "noreply@personio.de"), reply_to=LUCIA,
      subject="Entrevista – Coordinadora de Formación para Empresas",
      subject_enc=("utf-8", "Q"), date="2026-09-03 12:40 +0200", text=I_PISUERGA,
      html=ats_card("Formación Pisuerga", "#9a3412", paras(I_PISUERGA), "Enviado con Personio",
                    "es"),
      text_cte="quoted-printable", html_cte="quoted-printable"),
    M(kind="interview_invitation", slug="agencia_entrevista_zorrilla", lang="es",
      company="Almacenes Zorrilla", contact=ALVARO[1], key="tc_zorrilla", parent="tc_cv",
      frm=ALVARO, name_enc=("iso-8859-1", "B"),
      subject="Entrevista con Almacenes Zorrilla", date="2026-07-09 13:05 +0200",
      text=I_ZORRILLA, text_cte="quoted-printable"),
    M(kind="interview_invitation", slug="successfactors_convocatoria_ics", lang="es",
      company="Universidad del Duero", contact="", key="ud_invite", parent="ud_ack",
      frm=("Universidad del Duero - Selección", "noreply@successfactors.eu"),
      name_enc=("utf-8", "Q"),
      subject="Convocatoria a entrevista - PAS-2026-014", subject_enc=("utf-8", "Q"),
      date="2026-04-27 08:30 +0200", html=simple_html(I_DUERO, "es"),
      html_cte="quoted-printable", headers=AUTO,
      ics=_ics(UD_UID, "2026-05-07 11:00 +0200", "Entrevista PAS-2026-014",
               ("Universidad del Duero - Selección", "noreply@successfactors.eu"), 30,
               location="Sala de Juntas, Edificio Rectorado, Valladolid"),
      ics_mode="both"),

    # ------------------------------------------------------------ reschedule / cancel (15)
    M(kind="interview_reschedule_or_cancel", slug="moved_slot_quotes_her_booking", lang="en",
      company="Tayside Learning Trust", contact=MORAG[1], key="tlt_move", parent="tlt_accept",
      frm=MORAG, subject="Re: Interview invitation: Learning & Development Coordinator",
      date="2026-01-22 11:05 +0000",
      text=S_TLT + "\n" + on_wrote("en", "Tue, 20 Jan 2026 at 19:40", *CAND) + "\n"
      + quote(ACCEPT_TLT) + "\n"),
    M(kind="interview_reschedule_or_cancel", slug="university_calendar_update_sequence1",
      lang="en", company="Strathtay University", contact=CALLUM[1], key="stu_update",
      parent="stu_invite", frm=CALLUM,
      subject="Updated invitation: Interview: L&D Coordinator (STU-0932) @ Wed 4 Mar 2026 13:30",
      date="2026-02-24 15:30 +0000", text=S_STRATHTAY,
      ics=_ics(STU_UID, "2026-03-04 13:30 +0000",
               "Interview: L&D Coordinator (STU-0932) – Eilidh Adebayo-Sørensen",
               CALLUM, 60, seq=1, location="Room 2.14, Kinnoull Building, Perth",
               description="Rescheduled from Tue 3 March 10:00."), ics_mode="both"),
    M(kind="interview_reschedule_or_cancel", slug="interviewer_ill_will_rearrange", lang="en",
      company="Clydeside Home & Garden", contact=GARY[1], key="chg_ill",
      parent="chg_move_request", frm=GARY, subject="RE: Your application – L&D Coordinator",
      date="2026-04-16 09:50 +0100",
      text=S_CLYDESIDE_NEW + "\n" + outlook_block(
          "en", *CAND, "15 April 2026 08:05", "Gary Lennox",
          "Re: Your application – L&D Coordinator") + "\n\n"
      + MOVE_CLYDESIDE,
      html=outlook_html(mso(S_CLYDESIDE_NEW) + "\n" + outlook_quote_html(
          ["From: Eilidh Adebayo-Sørensen <eilidh.as@example.co.uk>",
           "Sent: 15 April 2026 08:05", "To: Gary Lennox",
           "Subject: Re: Your application – L&D Coordinator"],
          mso(MOVE_CLYDESIDE))),
      text_cte="quoted-printable", html_cte="quoted-printable"),
    M(kind="interview_reschedule_or_cancel", slug="bergen_rebooked_teams_sequence1", lang="en",
      company="Vestbryggen Energi", contact=INGRID[1], key="vbe_rebook", parent="vbe_missed",
      frm=INGRID, subject="New time: interview Tuesday 25 August", date="2026-08-21 09:00 +0200",
      text=S_VESTBRYGGEN,
      ics=_ics(VBE_UID, "2026-08-25 10:00 +0200",
               "Interview Vestbryggen Energi (Teams) – Eilidh Adebayo-Sørensen", INGRID, 40,
               seq=1, location="Microsoft Teams", prodid=GOOGLE,
               description="https://teams.example.com/l/meetup-join/vestbryggen-25aug"),
      ics_mode="both"),
    M(kind="interview_reschedule_or_cancel", slug="bank_assessment_centre_moved_venue",
      lang="en", company="Forth Mutual Bank", contact=PRIYA[1], key="fmb_move",
      parent="fmb_invite", frm=PRIYA,
      subject="Change of date and venue: assessment centre", date="2026-04-29 13:20 +0100",
      html=simple_html(S_FORTH), html_cte="7bit",
      headers=[("Importance", "high"), ("X-Priority", "1")]),
    M(kind="interview_reschedule_or_cancel", slug="energy_method_cancel_not_a_no", lang="en",
      company="Mearns Energy Services", contact="leanne.shewan@mearnsenergy.example.co.uk",
      key="mes_cancel", parent="mes_invite",
      frm=("Leanne Shewan", "leanne.shewan@mearnsenergy.example.co.uk"),
      subject="Canceled: L&D Coordinator interview – Eilidh", subject_enc=("utf-8", "Q"),
      date="2026-05-26 08:30 +0100", text=S_MEARNS,
      ics=_ics(MES_UID, "2026-05-27 11:00 +0100", "L&D Coordinator interview – Eilidh",
               ("Leanne Shewan", "leanne.shewan@mearnsenergy.example.co.uk"), 60,
               method="CANCEL", seq=1, location="Microsoft Teams Meeting"),
      ics_mode="inline"),
    M(kind="interview_reschedule_or_cancel", slug="lever_rescheduled_notice", lang="en",
      company="Canmore Insurance", contact=HAMISH[1], key="can_resched", parent="can_invite",
      frm=("Canmore Insurance", "no-reply@hire.lever.co"), reply_to=HAMISH,
      subject="Your interview has been rescheduled", date="2026-05-08 09:12 +0100",
      html=ats_card("Canmore Insurance", "#6d28d9", S_CANMORE,
                    "Canmore Insurance uses Lever to manage hiring."),
      html_cte="quoted-printable", headers=AUTO),
    M(kind="interview_reschedule_or_cancel", slug="agency_client_moves_interview", lang="en",
      company="Granite Harbour Housing", contact=ROSS[1], key="ttp_granite_move",
      parent="ttp_granite_invite", frm=ROSS,
      subject="Re: Granite Harbour Housing – interview!", subject_enc=("utf-8", "B"),
      date="2026-06-19 12:30 +0100", text=S_GRANITE),
    M(kind="interview_reschedule_or_cancel", slug="credit_union_push_to_friday", lang="en",
      company="Northern Lights Credit Union", contact=ALASDAIR[1], key="nlcu_push",
      parent="nlcu_chat", frm=ALASDAIR, subject="Re: Coffee?", date="2026-03-25 08:15 +0000",
      text=S_NLCU + "\n" + on_wrote("en", "Mon, 23 Mar 2026 at 21:02", *CAND) + "\n"
      + quote("Hi Alasdair,\n\nThursday would be great – I can get the train up and be at "
              "Union Street for 3.\n\nEilidh") + "\n"),
    M(kind="interview_reschedule_or_cancel", slug="lernwerk_method_cancel", lang="de",
      company="Lernwerk Akademie", contact=JANA[1], key="lw_cancel",
      parent="lw_move_request", frm=JANA,
      subject="Abgesagt: Kennenlernen L&D Coordinator (Edinburgh)",
      date="2026-04-23 10:00 +0200", text=S_LERNWERK_NEW, text_cte="quoted-printable",
      ics=_ics(LW_UID, "2026-04-30 10:00 +0200",
               "Kennenlernen L&D Coordinator (Edinburgh) – Adebayo-Sørensen", JANA,
               method="CANCEL", seq=1, location="Microsoft Teams-Besprechung"),
      ics_mode="both"),
    M(kind="interview_reschedule_or_cancel", slug="kaufhaus_terminverschiebung", lang="de",
      company="Kaufhaus Lindemann", contact=TOBIAS[1], key="lind_move", parent="lind_invite",
      frm=TOBIAS, subject="Verschiebung unseres Gesprächs am 18.06.",
      subject_enc=("iso-8859-1", "Q"), date="2026-06-15 08:45 +0200", text=S_LINDEMANN,
      text_charset="windows-1252", text_cte="8bit"),
    M(kind="interview_reschedule_or_cancel", slug="garonne_report_entretien", lang="fr",
      company="Groupe Garonne Formation", contact=CAMILLE[1], key="gar_move",
      parent="gar_invite", frm=CAMILLE,
      subject="Report de votre entretien du 17 mars", date="2026-03-16 12:10 +0100",
      text=S_GARONNE, text_charset="windows-1252", text_cte="quoted-printable"),
    M(kind="interview_reschedule_or_cancel", slug="universite_mise_a_jour_sequence1",
      lang="fr", company="Université de Gironde-Océan", contact=HELENE[1], key="ugo_update",
      parent="ugo_jury", frm=HELENE, name_enc=("iso-8859-1", "Q"),
      subject="Modification de l'horaire de votre entretien du 21 mai",
      date="2026-05-20 09:05 +0200", text=S_GIRONDE, text_cte="quoted-printable",
      ics=_ics(UGO_UID, "2026-05-21 10:15 +0200",
               "Entretien jury – ingénieure de formation – Mme Adebayo-Sørensen", HELENE, 40,
               seq=1, location="Salle du Conseil, bâtiment A, Talence"),
      ics_mode="attach"),
    M(kind="interview_reschedule_or_cancel", slug="pisuerga_cambio_de_hora", lang="es",
      company="Formación Pisuerga", contact=LUCIA[1], key="fp_move", parent="fp_invite",
      frm=LUCIA, subject="Cambio de hora de la entrevista de mañana",
      date="2026-09-07 17:50 +0200", text=S_PISUERGA, text_cte="8bit"),
    M(kind="interview_reschedule_or_cancel", slug="universidad_aplazamiento_cancel", lang="es",
      company="Universidad del Duero", contact="", key="ud_cancel", parent="ud_invite",
      frm=("Universidad del Duero - Selección", "noreply@successfactors.eu"),
      name_enc=("iso-8859-1", "Q"),
      subject="Aplazamiento de la entrevista - PAS-2026-014", date="2026-05-04 12:00 +0200",
      text=S_DUERO, text_charset="iso-8859-1", text_cte="quoted-printable", headers=AUTO,
      ics=_ics(UD_UID, "2026-05-07 11:00 +0200", "Entrevista PAS-2026-014",
               ("Universidad del Duero - Selección", "noreply@successfactors.eu"), 30,
               method="CANCEL", seq=1, location="Sala de Juntas, Edificio Rectorado"),
      ics_mode="inline"),

    # ------------------------------------------------------------ missed_interview_notice (10)
    M(kind="missed_interview_notice", slug="council_waited_on_teams", lang="en",
      company="Tay Coast Council", contact=FIONA[1], key="tcc_missed", parent="tcc_invite",
      frm=FIONA, subject="Today's interview – TCC-04471", subject_enc=("utf-8", "Q"),
      date="2026-03-17 11:35 +0000", text=X_TAYCOAST, html=simple_html(paras(X_TAYCOAST)),
      text_cte="quoted-printable", html_cte="quoted-printable"),
    M(kind="missed_interview_notice", slug="bergen_called_twice_voicemail", lang="en",
      company="Vestbryggen Energi", contact=INGRID[1], key="vbe_missed", parent="vbe_invite",
      frm=INGRID, subject="Re: Phone interview – Learning & Development Coordinator",
      subject_enc=("utf-8", "Q"), date="2026-08-20 10:20 +0200", text=X_VESTBRYGGEN),
    M(kind="missed_interview_notice", slug="logistics_phone_screen_no_answer", lang="en",
      company="Leith Docks Logistics", contact="craig.bain@leithdocks.example.co.uk",
      key="leith_missed", parent=GHOST_LEITH_INVITE,
      frm=("Craig Bain", "craig.bain@leithdocks.example.co.uk"),
      subject="Missed you this morning", date="2026-06-23 10:40 +0100", text=X_LEITH),
    M(kind="missed_interview_notice", slug="agency_client_rang_twice", lang="en",
      company="Kingsway Building Society", contact=ROSS[1], key="ttp_kingsway_missed",
      parent=GHOST_KINGSWAY_SETUP, frm=ROSS, subject="Kingsway call?",
      date="2026-02-12 15:05 +0000", text=X_KINGSWAY, text_cte="quoted-printable",
      html=simple_html(paras(X_KINGSWAY)), html_cte="quoted-printable"),
    M(kind="missed_interview_notice", slug="icims_did_not_attend", lang="en",
      company="Caledonia Rail Training", contact="", parent=GHOST_CALEDONIA_INVITE,
      frm=("Caledonia Rail Training Careers", "noreply@icims.com"),
      subject="Missed interview: Learning Coordinator (2026-1187)",
      date="2026-08-04 10:45 +0100", text=X_CALEDONIA,
      html=ats_card("Caledonia Rail Training", "#9f1239", paras(X_CALEDONIA),
                    "iCIMS Talent Platform"), headers=AUTO),
    M(kind="missed_interview_notice", slug="library_rang_at_two", lang="en",
      company="Fair City Libraries", contact="gillian.marr@faircitylibraries.example.gov.uk",
      parent=GHOST_FAIRCITY_INVITE,
      frm=("Gillian Marr", "gillian.marr@faircitylibraries.example.gov.uk"),
      subject="Our phone chat", date="2026-10-08 14:20 +0100", text=X_FAIRCITY),
    M(kind="missed_interview_notice", slug="quadriga_nicht_eingewaehlt", lang="de",
      company="Quadriga Training", contact="mark.oehler@quadriga-training.example.de",
      key="quad_missed", parent=GHOST_QUADRIGA_INVITE,
      frm=("Mark Oehler", "mark.oehler@quadriga-training.example.de"),
      subject="Videocall heute 14 Uhr", date="2026-10-01 14:31 +0200",
      text=R_QUADRIGA_QUOTED, text_charset="iso-8859-1", text_cte="quoted-printable"),
    M(kind="missed_interview_notice", slug="cabinet_client_vous_a_attendue", lang="fr",
      company="Cap Formation Sud-Ouest", contact=JULIEN[1], key="at_cap_missed",
      parent="at_cap", frm=JULIEN, subject="Re: Entretien Cap Formation Sud-Ouest lundi 13/07",
      date="2026-07-13 15:20 +0200",
      text=X_GIRONDE_CAP + "\n" + on_wrote("fr", "mer. 8 juil. 2026 à 17:30", *JULIEN) + "\n"
      + quote(I_CAP) + "\n", text_cte="quoted-printable"),
    M(kind="missed_interview_notice", slug="metropole_jury_vous_a_attendue", lang="fr",
      company="Métropole Estuaire", contact=NATHALIE[1], key="me_missed",
      parent=GHOST_METROPOLE_INVITE, frm=NATHALIE, name_enc=("utf-8", "B"),
      subject="Entretien de ce matin – chargée de formation", subject_enc=("utf-8", "Q"),
      date="2026-08-27 10:15 +0200", text=X_METROPOLE,
      html=outlook_html(mso(X_METROPOLE), "FR"), text_cte="quoted-printable",
      html_cte="base64"),
    M(kind="missed_interview_notice", slug="banco_llamadas_sin_respuesta", lang="es",
      company="Banco Meseta", contact=INES[1], key="bm_missed", parent=GHOST_MESETA_INVITE,
      frm=INES, subject="Entrevista telefónica", subject_enc=("iso-8859-1", "Q"),
      date="2026-09-16 10:22 +0200", text=R_MESETA_QUOTED, text_charset="iso-8859-1",
      text_cte="8bit"),
]
