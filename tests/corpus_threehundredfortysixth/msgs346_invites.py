"""Corpus 346: invitations, moved or cancelled interviews and missed-interview notices."""

from __future__ import annotations

from msgs346_common import spec

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

DEIRDRE = ("O'Shea, Deirdre", "deirdre.oshea@mmu.example.ie")
MARCUS = ("Okafor, Marcus", "marcus.okafor@tidewayairways.example.co.uk")
JESS = ("Jess Whitlock", "jess.whitlock@holliscrane.example.co.uk")
MATHILDE = ("Mathilde Garnier", "m.garnier@credit-rhodanien.example.fr")
SANDRINE = ("Sandrine Bouvier", "sandrine.bouvier@merieva.example.fr")
JANA = ("Jana Voß", "jana.voss@nordlicht-software.example.de")
ISAR_HR = ("Maximilian Obermaier", "m.obermaier@isarbank.example.de")

TIDEWAY_SIG = """Marcus Okafor
Recruitment Manager, Flight & Cabin Training
Tideway Airways Training Academy
Bath Road, Harlington, UB3 5AN
M: +44 7700 900 418"""

SPECS = [
    # ------------------------------------------------------------- invitations, English
    spec(id="munster_invite", kind=INV, lang="en", company="Munster Metropolitan University",
         contact="deirdre.oshea@mmu.example.ie",
         date="2026-03-26 10:31 +0000", frm=DEIRDRE,
         subject="Interview: Learning Technologist – Centre for Continuing Education",
         cs="windows-1252", cte="quoted-printable",
         text="""Dear Siobhán,

Further to your application for the post of Learning Technologist (Ref. CCE/26/03), I am pleased to invite you to interview.

Date: Thursday 9 April 2026
Time: 11:15
Venue: Room 2.14, Centre for Continuing Education, Western Road, Cork

The interview panel will consist of three members and will last approximately 40 minutes. You will be asked to give a 10-minute presentation on “Designing a blended course for adult returners”.

Please confirm your attendance by return e-mail.

Kind regards,
Deirdre O’Shea
HR Officer – Recruitment
Munster Metropolitan University"""),
    spec(id="corrib_invite", kind=INV, lang="en", company="Corrib Digital Academy",
         contact="aoife.breathnach@corribdigital.example.ie",
         date="2026-04-08 11:54 +0100",
         frm=("Aoife from Corrib Digital Academy", "no-reply@hire.lever.co"),
         reply_to=("Aoife Breathnach", "aoife.breathnach@corribdigital.example.ie"),
         subject="Let's chat! Curriculum Designer at Corrib Digital Academy",
         fmt="alt",
         text="""Hi Siobhán,

Thanks for applying to Corrib Digital Academy! We'd love to set up a 30-minute phone call to learn more about you and tell you about the Curriculum Designer role.

Please pick a time that suits you using this link:
https://hire.lever.co/interview-scheduling/corribdigital/7f3a9c2e

Talk soon,
Aoife Breathnach
People & Talent"""),
    spec(id="lumo_invite", kind=INV, lang="en", company="Lumo EdTech", contact="",
         date="2026-06-22 15:00 +0000",
         frm=("Lumo EdTech", "no-reply@ashbyhq.com"),
         subject="Schedule your interview with Lumo EdTech",
         fmt="html", brand="Lumo EdTech", accent="#ff6f61",
         text="""Hi Siobhán,

Good news! The Lumo EdTech team would like to invite you to a 60-minute portfolio interview for the Learning Experience Designer (Content) role.

Please choose a time that works for you:
https://jobs.ashbyhq.com/lumo-edtech/schedule/4e21b0d8

You'll meet Hannah (Head of Learning) and Tomasz (Senior Learning Designer). The interview will take place on Google Meet.

Thanks,
Lumo EdTech Recruiting

Sent via Ashby"""),
    spec(id="tideway_invite", kind=INV, lang="en", company="Tideway Airways",
         contact="marcus.okafor@tidewayairways.example.co.uk",
         date="2026-07-14 09:26 +0100", frm=MARCUS,
         subject="Tideway Airways – interview for Training Designer",
         ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000071AC3",
              "seq": 0, "start": "20260728T140000", "end": "20260728T153000",
              "tz": "Europe/London", "summary": "Interview – Training Designer (S. Ní Mhurchú-Adeyemi)",
              "location": "Tideway Airways Training Academy, Bath Road, Harlington",
              "organizer": MARCUS, "prodid": "Microsoft Exchange Server 2010"},
         text=f"""Dear Siobhán,

Thank you for your application for the Training Designer role at Tideway Airways Training Academy. I'm pleased to invite you to a panel interview on Tuesday 28 July at 14:00 at our academy near Heathrow.

Please prepare a 10-minute micro-teach on any topic for an audience of new cabin crew. We will reimburse reasonable travel costs from Cork.

I've sent a calendar invitation; please accept it to confirm.

Kind regards,

{TIDEWAY_SIG}"""),
    spec(id="hollis_northbank_invite", kind=INV, lang="en", company="Northbank Learning",
         contact="jess.whitlock@holliscrane.example.co.uk",
         date="2026-04-22 10:02 +0100", frm=JESS,
         subject="Interview – Northbank Learning, Learning Designer",
         text="""Hi Siobhán,

Good news after last week! Northbank Learning – the bespoke e-learning agency near London Bridge I told you about – would love to meet you for their Learning Designer position.

First stage is a video interview with Sam Okonjo (Design Director) on Wednesday 29 April at 11:00 UK time. They'll send the Teams link the day before.

Can you confirm you're free?

Jess
--
Jess Whitlock | Senior Consultant, Learning & Talent
Hollis & Crane Recruitment | 22 Bishopsgate, London EC2N 4AJ"""),
    spec(id="liffey_invite", kind=INV, lang="en", company="Liffey Institute",
         contact="p.nolan@liffeyinstitute.example.ie",
         date="2026-09-09 12:12 +0100",
         frm=("Pádraig Nolan", "p.nolan@liffeyinstitute.example.ie"),
         frm_enc=("iso-8859-1", "b"),
         subject="Online interview – Adult Education Programme Designer",
         text="""Dear Siobhán,

I'm writing on behalf of the interview board for the Adult Education Programme Designer post at the Liffey Institute of Further Education. We'd like to invite you to an online interview on Monday 14 September at 10:00 via Zoom.

Zoom link: https://zoom.example.com/j/84215530921 (passcode 2026LIF)

Kind regards,
Pádraig Nolan
Administrative Officer, HR
Liffey Institute of Further Education, Parnell Square, Dublin 1"""),

    # ------------------------------------------------------------- invitations, French
    spec(id="kinetique_invite", kind=INV, lang="fr", company="Studio Kinétique",
         contact="lea.fontaine@studiokinetique.example.fr",
         date="2026-06-08 11:20 +0200",
         frm=("Léa Fontaine", "lea.fontaine@studiokinetique.example.fr"),
         subject="Entretien + petit exercice – Studio Kinétique",
         cs="iso-8859-1", cte="8bit",
         text="""Bonjour Siobhán,

Merci pour votre candidature, votre portfolio nous a beaucoup plu ! Nous aimerions vous rencontrer en visio le jeudi 11 juin à 14h pour un entretien d'une heure.

En amont, nous vous proposons un petit exercice : scénariser une animation de 60 secondes expliquant le tri des déchets à des adultes. Rien de long, une page suffit.

À très vite,
Léa Fontaine
Directrice de production
Studio Kinétique, 14 rue Paul Bert, 69003 Lyon"""),
    spec(id="rhodanien_invite", kind=INV, lang="fr", company="Crédit Rhodanien",
         contact="m.garnier@credit-rhodanien.example.fr",
         date="2026-06-19 15:37 +0200", frm=MATHILDE,
         subject="Invitation – journée d'évaluation Université d'entreprise",
         fmt="alt",
         text="""Madame,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à une demi-journée d'évaluation pour le poste de concepteur(trice) pédagogique au sein de l'Université d'entreprise du Crédit Rhodanien.

Date : mardi 30 juin 2026, de 9h00 à 12h30
Lieu : siège du Crédit Rhodanien, 8 place des Terreaux, 69001 Lyon
Programme : étude de cas en sous-groupe, puis entretien individuel avec le responsable de l'Université d'entreprise.

Merci de me confirmer votre présence.

Mathilde Garnier
Chargée de développement RH"""),

    # ------------------------------------------------------------- invitations, German
    spec(id="nordlicht_invite", kind=INV, lang="de", company="Nordlicht Software", contact="",
         date="2026-07-01 09:00 +0200",
         frm=("Nordlicht Software", "no-reply@personio.de"),
         subject="Terminbuchung: Kennenlerngespräch bei Nordlicht Software",
         fmt="alt", brand="Nordlicht Software – Karriere", accent="#14213d",
         text="""Hallo Frau Ní Mhurchú-Adeyemi,

vielen Dank für Ihre Bewerbung als Trainerin für die Nordlicht Akademie. Wir möchten Sie gerne in einem ersten Kennenlerngespräch (45 Minuten, per Video) näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://nordlicht-software.jobs.personio.de/interview-booking/9d1e7a

Wir freuen uns auf das Gespräch!

Ihr Recruiting-Team von Nordlicht Software"""),
    spec(id="isarbank_invite", kind=INV, lang="de", company="Isarbank",
         contact="m.obermaier@isarbank.example.de",
         date="2026-07-23 13:48 +0200", frm=ISAR_HR,
         subject="Einladung zum Hospitationstag – Referentin Weiterbildung",
         ics={"method": "REQUEST", "uid": "isarbank-hospitation-0805@isarbank.example.de",
              "seq": 0, "start": "20260805T090000", "end": "20260805T160000",
              "tz": "Europe/Berlin", "summary": "Hospitationstag Isarbank – Weiterbildung",
              "location": "Isarbank, Maximilianstraße 31, München", "organizer": ISAR_HR},
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

nach unserem Telefoninterview laden wir Sie herzlich zu einem Hospitationstag in unserer Abteilung Weiterbildung ein: am Mittwoch, 5. August 2026, von 9:00 bis 16:00 Uhr in der Zentrale der Isarbank.

Sie lernen das Team kennen, begleiten ein Präsenztraining für Auszubildende und führen am Nachmittag ein Gespräch mit der Abteilungsleiterin, Frau Dr. Sommer.

Die Kalendereinladung finden Sie im Anhang.

Mit freundlichen Grüßen
Maximilian Obermaier
Personalreferent, Isarbank
Maximilianstraße 31, 80539 München"""),

    # ------------------------------------------------------------- invitations, Spanish
    spec(id="pixel_invite", kind=INV, lang="es", company="Estudio Píxel",
         contact="ines.calvo@estudiopixel.example.es",
         date="2026-07-02 10:05 +0200",
         frm=("Inés Calvo", "ines.calvo@estudiopixel.example.es"),
         subject="¿Hablamos? Entrevista en Estudio Píxel",
         subj_enc=("utf-8", "b"),
         text="""¡Hola, Siobhán!

Soy Inés, de Personas en Estudio Píxel. Nos ha encantado tu portfolio y queremos conocerte.

¿Te viene bien una videollamada el miércoles 8 de julio a las 16:00? Hablaríamos unos 45 minutos con Rubén, nuestro director creativo, y después te enviaríamos una pequeña prueba práctica.

Quedo atenta,
Inés Calvo
Responsable de Personas · Estudio Píxel"""),
    spec(id="alcaraz_invite", kind=INV, lang="es", company="Universidad de Alcaraz",
         contact="seleccion.pas@ualcaraz.example.es",
         date="2026-08-31 12:40 +0200",
         frm=("Carmen Lozano Ruiz", "seleccion.pas@ualcaraz.example.es"),
         subject="Convocatoria a entrevista – Técnico/a de Formación Continua (FC-07/2026)",
         cs="iso-8859-1", cte="8bit",
         text="""Estimada Sra. Ní Mhurchú-Adeyemi:

Por la presente se le convoca a la fase de entrevista personal del proceso de selección FC-07/2026 (Técnico/a de Formación Continua) de la Universidad de Alcaraz.

Fecha: jueves, 10 de septiembre de 2026
Hora: 12:00 h
Modalidad: videoconferencia (el enlace se le remitirá el día anterior)

Rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Carmen Lozano Ruiz
Sección de Selección de PAS
Universidad de Alcaraz"""),

    # ------------------------------------------------------------- reschedules
    spec(id="munster_moved", kind=RES, lang="en", company="Munster Metropolitan University",
         contact="deirdre.oshea@mmu.example.ie",
         date="2026-04-03 14:09 +0100", frm=DEIRDRE,
         subject="RE: Interview: Learning Technologist – Centre for Continuing Education",
         reply_of="munster_invite", quote="outlook", cs="windows-1252", cte="quoted-printable",
         text="""Dear Siobhán,

Due to the unavailability of one of the panel members, we need to postpone the interview scheduled for Thursday 9 April. I will be in touch next week with a revised date.

Apologies for any inconvenience this causes.

Kind regards,
Deirdre"""),
    spec(id="tideway_moved", kind=RES, lang="en", company="Tideway Airways",
         contact="marcus.okafor@tidewayairways.example.co.uk",
         date="2026-07-22 16:44 +0100", frm=MARCUS,
         subject="Updated: Interview – Training Designer (S. Ní Mhurchú-Adeyemi)",
         reply_of="tideway_invite",
         ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000071AC3",
              "seq": 2, "start": "20260806T100000", "end": "20260806T113000",
              "tz": "Europe/London", "summary": "Interview – Training Designer (S. Ní Mhurchú-Adeyemi)",
              "location": "Tideway Airways Training Academy, Bath Road, Harlington",
              "organizer": MARCUS, "prodid": "Microsoft Exchange Server 2010"},
         text="""Dear Siobhán,

Our Head of Cabin Training has been called to an audit in Edinburgh on 28 July, so I have moved your interview to Thursday 6 August at 10:00. Same place, same format.

Sorry for the change – I hope the new date still works with your travel plans.

Marcus
Tideway Airways Training Academy"""),
    spec(id="lumo_moved", kind=RES, lang="en", company="Lumo EdTech", contact="",
         date="2026-06-26 08:15 +0000",
         frm=("Lumo EdTech", "no-reply@ashbyhq.com"),
         subject="Your interview with Lumo EdTech has been rescheduled",
         text="""Hi Siobhán,

Your interview for Learning Experience Designer (Content) has been rescheduled by the Lumo EdTech team.

Previous time: Monday, June 29, 2026 at 2:00 PM (Europe/Dublin)
New time: Wednesday, July 1, 2026 at 3:30 PM (Europe/Dublin)

The Google Meet link has not changed. If the new time doesn't work for you, you can pick another slot here:
https://jobs.ashbyhq.com/lumo-edtech/reschedule/4e21b0d8

Lumo EdTech Recruiting"""),
    spec(id="hollis_northbank_postponed", kind=RES, lang="en", company="Northbank Learning",
         contact="jess.whitlock@holliscrane.example.co.uk",
         date="2026-04-27 17:02 +0100", frm=JESS, reply_of="hollis_northbank_invite",
         quote="en", subject="Re: Interview – Northbank Learning, Learning Designer",
         text="""Hi Siobhán,

Slight change of plan: Sam at Northbank Learning has a pitch on Wednesday, so they've asked to push your interview back to Tuesday 5 May at 15:00 UK time. They're still very keen!

Let me know that works.

Jess"""),
    spec(id="rhodanien_report", kind=RES, lang="fr", company="Crédit Rhodanien",
         contact="m.garnier@credit-rhodanien.example.fr",
         date="2026-06-25 08:55 +0200", frm=MATHILDE, reply_of="rhodanien_invite",
         quote="fr", subject="RE: Invitation – journée d'évaluation Université d'entreprise",
         cs="iso-8859-1", cte="quoted-printable",
         text="""Madame,

En raison d'un mouvement social prévu le 30 juin, nous sommes contraints de reporter la demi-journée d'évaluation. Elle aura lieu le jeudi 9 juillet, aux mêmes horaires et au même endroit.

Je vous remercie de votre compréhension et vous prie de me confirmer votre disponibilité.

Mathilde Garnier"""),
    spec(id="airsaone_annule", kind=RES, lang="fr", company="Air Saône Formation",
         contact="recrutement.formation@airsaone.example.fr",
         date="2026-09-17 12:30 +0200",
         frm=("Julien Dufresne – Air Saône Formation", "recrutement.formation@airsaone.example.fr"),
         subject="Annulation de la mise en situation du 22 septembre",
         ics={"method": "CANCEL", "uid": "airsaone-mes-0922@airsaone.example.fr", "seq": 1,
              "start": "20260922T090000", "end": "20260922T120000", "tz": "Europe/Paris",
              "summary": "Mise en situation – concepteur·rice pédagogique",
              "location": "Centre de formation Air Saône, Lyon Saint-Exupéry",
              "organizer": ("Julien Dufresne", "recrutement.formation@airsaone.example.fr")},
         text="""Bonjour Siobhán,

Je suis au regret d'annuler la mise en situation prévue le mardi 22 septembre : le simulateur de cabine sera immobilisé pour maintenance toute la semaine.

Votre candidature reste bien sûr à l'étude ; je vous proposerai une nouvelle date début octobre.

Bien cordialement,
Julien Dufresne
Responsable pédagogique – Air Saône Formation"""),
    spec(id="merieva_decale", kind=RES, lang="fr", company="Mérieva Medical",
         contact="sandrine.bouvier@merieva.example.fr",
         date="2026-05-18 17:20 +0200", frm=SANDRINE,
         subject="Report de notre entretien – Formateur·rice produits",
         text="""Bonjour Madame Ní Mhurchú-Adeyemi,

Je dois malheureusement décaler notre entretien de jeudi : notre responsable formation clinique est retenu au congrès de Barcelone. Je reviens vers vous très rapidement avec de nouveaux créneaux.

Toutes mes excuses pour ce contretemps.

Sandrine Bouvier
Talent Acquisition – Mérieva Medical
Parc Technologique, 69800 Saint-Priest"""),
    spec(id="isarbank_moved", kind=RES, lang="de", company="Isarbank",
         contact="m.obermaier@isarbank.example.de",
         date="2026-07-30 10:12 +0200", frm=ISAR_HR, reply_of="isarbank_invite",
         subject="Aktualisiert: Hospitationstag Isarbank – Weiterbildung",
         ics={"method": "REQUEST", "uid": "isarbank-hospitation-0805@isarbank.example.de",
              "seq": 1, "start": "20260812T090000", "end": "20260812T160000",
              "tz": "Europe/Berlin", "summary": "Hospitationstag Isarbank – Weiterbildung",
              "location": "Isarbank, Maximilianstraße 31, München", "organizer": ISAR_HR},
         cs="iso-8859-1", cte="quoted-printable",
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

da das Azubi-Training am 5. August ausfällt, verlegen wir Ihren Hospitationstag auf Mittwoch, den 12. August 2026, gleiche Uhrzeit. Die Kalendereinladung wurde entsprechend aktualisiert.

Mit freundlichen Grüßen
Maximilian Obermaier
Personalreferent, Isarbank"""),
    spec(id="nordlicht_moved", kind=RES, lang="de", company="Nordlicht Software",
         contact="jana.voss@nordlicht-software.example.de",
         date="2026-07-07 08:03 +0200", frm=JANA,
         subject="Unser Gespräch am Donnerstag – Nordlicht Akademie",
         text="""Liebe Frau Ní Mhurchú-Adeyemi,

leider muss ich unser Kennenlerngespräch am Donnerstag absagen, da unser Akademieleiter krank ist. Sobald er wieder da ist, melde ich mich mit neuen Terminvorschlägen.

Sie sind weiterhin im Verfahren – es verschiebt sich nur ein wenig.

Herzliche Grüße
Jana Voß
People & Culture, Nordlicht Software"""),

    # ------------------------------------------------------------- missed interviews
    spec(id="fernhill_missed", kind=MIS, lang="en", company="Fernhill Insurance",
         contact="grainne.murphy@fernhill.example.ie",
         date="2026-06-11 10:25 +0100",
         frm=("Gráinne Murphy", "grainne.murphy@fernhill.example.ie"),
         subject="Our interview this morning",
         text="""Hi Siobhán,

We had you booked in for a video interview at 10:00 this morning for the Training & Development Specialist role. We waited in the Teams meeting until 10:15 but didn't see you join.

If something came up, let me know and we'll see whether we can find another time.

Regards,
Gráinne Murphy
Talent Acquisition Lead
Fernhill Insurance, Penrose Wharf, Cork"""),
    spec(id="corrib_missed", kind=MIS, lang="en", company="Corrib Digital Academy",
         contact="aoife.breathnach@corribdigital.example.ie",
         date="2026-04-15 14:41 +0100",
         frm=("Aoife Breathnach", "aoife.breathnach@corribdigital.example.ie"),
         subject="Sorry we missed you!",
         text="""Hi Siobhán,

I called you at 14:00 as booked for our phone chat about the Curriculum Designer role but couldn't get through – it rang out both times.

No worries at all, these things happen. Feel free to grab another slot with the same link I sent before.

Aoife
Corrib Digital Academy"""),
    spec(id="hollis_missed", kind=MIS, lang="en", company="Northbank Learning",
         contact="jess.whitlock@holliscrane.example.co.uk",
         date="2026-05-05 15:21 +0100", frm=JESS,
         subject="Northbank – are you OK?",
         text="""Hi Siobhán,

Sam from Northbank Learning has just called me – he's been sitting in the Teams meeting since 15:00 and you haven't joined. I've tried your mobile too.

Can you give me a ring as soon as you see this? If it's a tech issue he may still be able to do 15:30.

Jess
Hollis & Crane Recruitment"""),
    spec(id="liffey_missed", kind=MIS, lang="en", company="Liffey Institute",
         contact="p.nolan@liffeyinstitute.example.ie",
         date="2026-09-14 10:41 +0100",
         frm=("Pádraig Nolan", "p.nolan@liffeyinstitute.example.ie"),
         frm_enc=("iso-8859-1", "b"),
         reply_of="liffey_invite", quote="en",
         subject="RE: Online interview – Adult Education Programme Designer",
         text="""Dear Siobhán,

The interview board was ready for you at 10:00 this morning but you did not join the Zoom meeting. We waited until 10:20 before moving on to the next candidate.

Unfortunately the board is only sitting today. If there were exceptional circumstances, please write to me by Wednesday.

Pádraig Nolan
Liffey Institute of Further Education"""),
    spec(id="alcaraz_missed", kind=MIS, lang="es", company="Universidad de Alcaraz",
         contact="seleccion.pas@ualcaraz.example.es",
         date="2026-09-10 12:35 +0200",
         frm=("Carmen Lozano Ruiz", "seleccion.pas@ualcaraz.example.es"),
         subject="Incomparecencia a la entrevista FC-07/2026",
         reply_of="alcaraz_invite", quote="es", cs="iso-8859-1", cte="8bit",
         text="""Estimada Sra. Ní Mhurchú-Adeyemi:

Le informamos de que la comisión de selección la ha esperado en la videoconferencia convocada hoy a las 12:00 h sin que se haya conectado.

Si la incomparecencia se debe a causa justificada, puede comunicarlo en el plazo de dos días hábiles.

Atentamente,
Sección de Selección de PAS"""),
    spec(id="medisur_missed", kind=MIS, lang="es", company="Medisur",
         contact="raquel.ibarra@medisur.example.es",
         date="2026-05-28 16:32 +0200",
         frm=("Raquel Ibarra", "raquel.ibarra@medisur.example.es"),
         subject="Llamada de hoy – Formadora clínica",
         text="""Hola Siobhán:

Te hemos llamado hoy a las 16:00, como habíamos quedado, para la entrevista telefónica del puesto de Formadora clínica, pero no ha sido posible contactar contigo.

¿Ha pasado algo? Si quieres, dime otro momento esta semana y lo intentamos de nuevo.

Un saludo,
Raquel Ibarra
Selección · Medisur Dispositivos Médicos"""),
]
