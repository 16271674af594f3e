"""Interview invitations, employer reschedules/cancellations and missed-interview notices
of the fourteenth corpus (data only)."""

from make_fourteenth import ME, M

_UK = "Europe/London"
_DE = "Europe/Berlin"
_IE = "Europe/Dublin"
_ES = "Europe/Madrid"

MESSAGES = [
    # ----------------------------------------------------------------- invitations, English
    M("interview_invitation", "trac_slots_list", "en", "Kersal Moor NHS Foundation Trust", "",
      "Kersal Moor NHS Foundation Trust <no-reply@trac.jobs>",
      "Invitation to interview - 412-NUR-2290 Clinical Project Lead",
      """Dear Daniel

Clinical Project Lead (Band 7) - 412-NUR-2290

Congratulations, you have been shortlisted for interview for the above post.

Interviews will be held on Tuesday 28 July 2026 at Kersal Moor Hospital, Education Centre, Room 3. The following interview slots are available:

    09:30 - 10:30
    10:45 - 11:45
    13:00 - 14:00
    14:15 - 15:15

Please log in to your Trac account to book your preferred slot. Slots are allocated on a first come, first served basis.

The interview will consist of a 10 minute presentation on "How would you improve patient flow from ED to the wards?" followed by questions from the panel.

Please bring with you: photo ID, proof of right to work, and NMC PIN.

Recruitment Team
Kersal Moor NHS Foundation Trust

Please do not reply to this email as this mailbox is not monitored.""",
      "2026-07-17 14:03 +0100"),
    M("interview_invitation", "calendly_quick_chat", "en", "Orbis Home Care", "hannah.pryce@orbishomecare.example.co.uk",
      "Hannah Pryce <hannah.pryce@orbishomecare.example.co.uk>",
      "Quick question",
      """Hi Daniel,

Hope you don't mind me emailing directly - I'm the Head of Quality at Orbis and I've just been looking through your application for the Regional Quality & Care Coordinator post.

Would you be free for a quick chat sometime this week? Nothing formal, just 20-30 mins to tell you a bit more about the role and hear about what you're looking for.

Grab whatever time suits here: https://calendly.com/hannah-pryce-orbis/30min

Thanks!
Hannah

Hannah Pryce
Head of Quality | Orbis Home Care
07700 900 614""",
      "2026-08-04 12:27 +0100"),
    M("interview_invitation", "goodtime_schedule", "en", "Helixa Diagnostics", "nadia.brooks@helixa-dx.example.com",
      "Helixa Diagnostics Scheduling <scheduling@goodtime.io>",
      "Action required: schedule your interview with Helixa Diagnostics",
      """Hi Daniel,

Nadia Brooks from Helixa Diagnostics would like to schedule the following interview with you:

Interview: Hiring Manager Interview - Clinical Implementation Specialist
Duration: 45 minutes
Format: Zoom video call
Interviewer: Dr. Owen Pryor, Director of Clinical Services

Please choose a time that works for you:
https://app.goodtime.io/schedule/helixa/7QK2-9XZ1

Availability shown in your time zone (Europe/London). If none of the times work, reply to this email and Nadia will help.

Powered by GoodTime""",
      "2026-08-05 16:44 +0100", reply_to="Nadia Brooks <nadia.brooks@helixa-dx.example.com>",
      fmt="alt", skin="ats"),
    M("interview_invitation", "manager_mobile_call", "en", "Ardwick Community Health Partnership", "t.whitlock@ardwickchp.example.org.uk",
      "Tom Whitlock <t.whitlock@ardwickchp.example.org.uk>",
      "Ops manager post",
      """Hi Daniel - liked your CV. Can you do a call Thurs 2pm? 30 mins, just me and our ops director. Will send a Teams link if ok

Tom

Sent from my iPhone""",
      "2026-09-14 07:41 +0100"),
    M("interview_invitation", "hospice_panel_ics", "en", "Elmbridge House Hospice", "r.achebe@elmbridgehouse.example.org.uk",
      "Rachel Achebe <r.achebe@elmbridgehouse.example.org.uk>",
      "Interview - Clinical Services Coordinator",
      """Dear Daniel,

Thank you for your application for the Clinical Services Coordinator post. I'm delighted to let you know that you have been shortlisted, and we would like to invite you to a panel interview.

Date: Wednesday 12 August 2026
Time: 10:00 - 11:00
Venue: Elmbridge House Hospice, Education Suite (please report to main reception)
Panel: Dr Sunita Mehta (Medical Director), Joanne Fairclough (Director of Nursing) and myself

There will be a short written exercise (20 minutes) before the interview. I have attached a calendar invitation; please accept it or let me know by return if the time is not suitable.

Parking is available on site.

Kind regards,

Rachel Achebe
People Manager
Elmbridge House Hospice
0161 555 0440""",
      "2026-07-29 15:17 +0100", fmt="alt", skin="corp",
      ics={"tz": _UK, "start": "20260812T100000", "end": "20260812T110000",
           "summary": "Interview: Clinical Services Coordinator - Daniel Okafor",
           "location": "Elmbridge House Hospice, Education Suite",
           "organizer": "r.achebe@elmbridgehouse.example.org.uk", "organizer_name": "Rachel Achebe",
           "uid": "ehh-int-0812-okafor@elmbridgehouse.example.org.uk"}),
    M("interview_invitation", "agency_exclaim", "en", "Calder Valley Private Hospital", "ellie.marsh@medrecruitpartners.example.co.uk",
      "Ellie Marsh <ellie.marsh@medrecruitpartners.example.co.uk>",
      "Calder Valley want to meet you!!",
      """Hiya Daniel!!

Fantastic news - Calder Valley Private Hospital have reviewed your CV and they want to meet you for the Theatre Scheduling & Patient Pathway Manager job!! 🎉

They've offered these times for a face to face at the hospital (Halifax):
 - Thurs 8th Oct 11am
 - Fri 9th Oct 9.30am
 - Fri 9th Oct 2pm

Let me know which one works best and I'll lock it in! It'll be with Gemma (Theatre Manager) and Paul from HR, about an hour. I'll send over some prep notes too!!

Ellie x

Ellie Marsh | Senior Consultant - Healthcare Management
MedRecruit Partners | 0161 555 0199""",
      "2026-10-01 10:02 +0100", cte="8bit"),
    M("interview_invitation", "ashby_next_stage", "en", "Nimbus Clinical", "olivia.grant@nimbusclinical.example.com",
      "Olivia Grant <no-reply@ashbyhq.com>",
      "Next steps with Nimbus Clinical",
      """Hi Daniel,

Thanks for chatting with me on Monday! We'd love to move you to the next stage: a 60-minute conversation with Marcus (VP Clinical Ops) and Aisha (Senior Project Manager), including a short scenario we'll share on the day - no prep needed.

Please use the link below to pick a time that suits you:

https://app.ashbyhq.com/interview-scheduling/nimbus/self-schedule/b41e2

If nothing works, just reply and I'll sort something out.

Best,
Olivia Grant
People Partner, Nimbus Clinical""",
      "2026-09-09 13:26 +0100", reply_to="Olivia Grant <olivia.grant@nimbusclinical.example.com>",
      fmt="alt", skin="ats"),
    M("interview_invitation", "dublin_shortlisted_irish", "en", "St Brigid's University Hospital", "aoife.byrne@stbrigids.example.ie",
      "Byrne, Aoife <aoife.byrne@stbrigids.example.ie>",
      "Interview - CNM2 Clinical Governance - St Brigid's",
      """Dear Daniel,

I am pleased to advise that you have been shortlisted for interview for the post of Clinical Nurse Manager 2 - Clinical Governance.

Interviews will take place in person on Thursday 3rd September in the Boardroom, 2nd Floor, Administration Building. Could you please confirm which of the following times you would prefer:

  09.15
  10.30
  12.00
  14.30

The panel will consist of three members and the interview will last approximately 40 minutes. Please bring original qualifications and your NMBI registration.

Kindly confirm your attendance by return email by Friday 28th August.

Kind regards,

Aoife Byrne
HR Officer - Recruitment
St Brigid's University Hospital
Tel: +353 1 555 0198

**********************************************************************
This email and any files transmitted with it are confidential.
**********************************************************************""",
      "2026-08-24 11:55 +0100", fmt="alt", skin="corp"),
    M("interview_invitation", "indian_telephonic", "en", "Sanjeevani HealthTech", "ankita.sharma@sanjeevani-health.example.com",
      "Ankita Sharma <ankita.sharma@sanjeevani-health.example.com>",
      "Telephonic Interview - Clinical Program Coordinator",
      """Dear Daniel,

Greetings from Sanjeevani HealthTech!

With reference to your application, we are pleased to inform you that your profile has been shortlisted for a telephonic interview for the position of Clinical Program Coordinator (Remote - UK/EU).

The interview is scheduled on Wednesday, 19th August 2026 at 4:00 PM IST (11:30 AM UK time). Our Program Head, Mr. Rohit Menon, will call you on your registered mobile number.

Kindly revert with your confirmation at the earliest. In case the slot is not convenient, do revert with two alternate slots.

Thanks & Regards,
Ankita Sharma
HR Executive - Talent Acquisition
Sanjeevani HealthTech Pvt. Ltd.""",
      "2026-08-17 08:06 +0100", cte="b64"),
    M("interview_invitation", "hirevue_video", "en", "Meridian Life & Health", "",
      "Meridian Life & Health <meridian-careers@taleo.net>",
      "Meridian Life & Health - Next step: video interview",
      """Dear Daniel,

Thank you for your interest in the Clinical Case Manager role (2604417). We are pleased to invite you to the next stage of our selection process: a video interview.

You will be asked 6 questions and will have up to 3 minutes to answer each one. Please complete your interview by 11:59pm on Monday 31 August.

Start your interview: https://app.hirevue.example.com/interviews/meridian/2604417

Tips: use a quiet, well-lit room and test your camera and microphone before you begin.

Meridian Life & Health Recruitment
Please do not reply to this message.""",
      "2026-08-24 09:19 +0100", fmt="html", skin="ats"),
    M("interview_invitation", "vireo_second_round_ics", "en", "Vireo Medical Devices", "l.okonkwo@vireo-med.example.com",
      "Lisa Okonkwo <l.okonkwo@vireo-med.example.com>",
      "Vireo - second round interview",
      """Hi Daniel,

Good news - the team enjoyed speaking with you and would like to invite you to the second round for the Clinical Operations Specialist - EMEA role.

This will be a panel interview on Microsoft Teams with Stefan Baur (Director Clinical Operations EMEA), Dr Hélène Marchand (Medical Affairs) and me. Please prepare a 15-minute presentation on how you'd set up a post-market clinical follow-up study across three hospital sites.

I've sent a calendar invite for Tuesday 8 September, 14:00-15:30 CEST (13:00 UK). Let me know if that doesn't work.

Best regards,
Lisa

Lisa Okonkwo
Senior Talent Acquisition Partner
Vireo Medical Devices | Munich · Galway · Minneapolis""",
      "2026-08-28 10:41 +0200", fmt="alt", skin="corp",
      ics={"tz": _DE, "start": "20260908T140000", "end": "20260908T153000",
           "summary": "Vireo Medical Devices - Second Round Interview (Daniel Okafor)",
           "location": "Microsoft Teams Meeting", "organizer": "l.okonkwo@vireo-med.example.com",
           "organizer_name": "Lisa Okonkwo", "uid": "040000008200E00074C5B7101A82E0080000000044F7@vireo"}),
    M("interview_invitation", "dutch_first_conversation", "en", "Zorgpunt", "femke.devries@zorgpunt.example.nl",
      "Femke de Vries <femke.devries@zorgpunt.example.nl>",
      "Invitation first conversation",
      """Dear Daniel,

Thank you for your application for the function of Care Operations Coordinator at Zorgpunt. We have read your CV and motivation with interest and we would like to get to know you better!

Therefore we would like to invite you for a first conversation by video call with me and Joost (team lead operations). It will take around 45 minutes.

Which moment suits you best?
- Monday 7 September, 10:00 (Dutch time)
- Tuesday 8 September, 15:30
- Thursday 10 September, 11:00

With kind regards,

Femke de Vries
Recruiter | Zorgpunt""",
      "2026-09-02 09:12 +0200"),
    M("interview_invitation", "italian_english_meet", "en", "Teknomed", "g.ferraro@teknomed.example.it",
      "Giulia Ferraro <g.ferraro@teknomed.example.it>",
      "Job interview Teknomed - Clinical Specialist",
      """Dear Daniel,

we are glad to inform you that we have evaluated positively your CV and we would like to meet you for a job interview for the position of Clinical Specialist (remote, with travels in UK and Ireland).

The interview will be held in videoconference (Google Meet) on Friday 18 September at 10.30 italian time, with me and with our Clinical Manager, Ing. Davide Conti. Duration is about one hour. Please confirm us your availability.

Best regards

Giulia Ferraro
HR Specialist
Teknomed S.r.l. - Pavia""",
      "2026-09-11 17:09 +0200", charset="iso-8859-1"),
    M("interview_invitation", "care_home_look_around", "en", "Willowbank Care Homes", "sue.barnett@willowbankcare.example.co.uk",
      "Sue Barnett <sue.barnett@willowbankcare.example.co.uk>",
      "Clinical Lead role",
      """Hello Daniel

Thanks for applying for our Clinical Lead post through Indeed. Would you like to come in for an informal interview and a look around the home? I'm around most days next week, Tuesday or Wednesday afternoon would suit me best, say 2pm?

The home is Willowbank House on Heaton Moor Road, there's parking round the back.

Many thanks
Sue Barnett
Registered Manager
Willowbank Care Homes
0161 555 0280""",
      "2026-07-09 16:35 +0100"),
    M("interview_invitation", "quillon_reply_chain", "en", "Quillon Health", "mei.chen@quillonhealth.example.com",
      "Mei Chen <mei.chen@quillonhealth.example.com>",
      "Re: Care Operations Manager - Daniel Okafor",
      """Hi Daniel,

Thanks for reaching out, and sorry the ATS email was so abrupt! Actually the Care Ops Manager role was paused, but we've just opened a Clinical Operations Lead position that I think is a much better fit for you.

Keen to set up 30 mins next week to talk it through - how's Tue 11am or Wed 3pm (UK)?

Mei

Mei Chen
COO, Quillon Health""",
      "2026-09-18 08:30 +0100",
      quote=("gmail", ME, """Hi Mei,

I received an automated decline for the Care Operations Manager role, which I completely
understand. I wanted to reach out directly because I really admire what Quillon is doing in
virtual wards, and I'd love to be considered for any future operations roles.

Best wishes,
Daniel Okafor""")),
    # ----------------------------------------------------------------- invitations, German
    M("interview_invitation", "de_einladung_ics", "de", "Klinikum Spreebogen", "s.koenig@klinikum-spreebogen.example.de",
      "Sabine König <s.koenig@klinikum-spreebogen.example.de>",
      "Einladung zum Vorstellungsgespräch - Pflegeexperte Projektkoordination",
      """Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einladen zu können:

Termin: Dienstag, 21. Juli 2026, 13:30 Uhr
Ort: Klinikum Spreebogen, Haus C, 3. OG, Raum 3.14 (Pflegedirektion)
Gesprächspartner: Frau Dr. Petra Lindner (Pflegedirektorin), Herr Ömer Yildiz (Stabsstelle Qualitätsmanagement)

Eine Kalendereinladung haben wir beigefügt. Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte er Ihnen nicht möglich sein, melden Sie sich bitte, damit wir einen Alternativtermin vereinbaren können.

Mit freundlichen Grüßen

Sabine König
Personalgewinnung
Klinikum Spreebogen gGmbH
Tel. 030 555 4471""",
      "2026-07-07 11:20 +0200", charset="iso-8859-1", cte="qp",
      ics={"tz": _DE, "start": "20260721T133000", "end": "20260721T143000",
           "summary": "Vorstellungsgespräch Daniel Okafor - Pflegeexperte Projektkoordination",
           "location": "Klinikum Spreebogen, Haus C, Raum 3.14",
           "organizer": "s.koenig@klinikum-spreebogen.example.de", "organizer_name": "Sabine König",
           "uid": "ks-vg-20260721-okafor@klinikum-spreebogen.example.de"}),
    M("interview_invitation", "de_du_kennenlernen", "de", "Pflegewerk Berlin-Mitte", "tobias.klein@pflegewerk-berlin.example.de",
      "Tobias Klein <tobias.klein@pflegewerk-berlin.example.de>",
      "Deine Bewerbung bei uns :)",
      """Hi Daniel,

ich bin Tobias, Pflegedienstleitung beim Pflegewerk Berlin-Mitte. Deine Bewerbung als Teamleitung Pflegeorganisation hat uns echt gut gefallen!

Hast du Lust auf ein erstes Kennenlernen? Ein lockerer Videocall, so 30 Minuten. Mir würde Donnerstag 17 Uhr oder Freitag 9 Uhr gut passen - sonst schlag gern was vor.

Viele Grüße
Tobias""",
      "2026-07-16 21:03 +0200"),
    M("interview_invitation", "de_termine_oberland", "de", "Klinikverbund Oberland", "andrea.huber@klinikverbund-oberland.example.de",
      "Huber, Andrea <andrea.huber@klinikverbund-oberland.example.de>",
      "Ihre Bewerbung - Stabsstelle Prozessmanagement Pflege",
      """Sehr geehrter Herr Okafor,

Ihre Bewerbungsunterlagen haben uns angesprochen, und wir möchten Sie gerne persönlich kennenlernen.

Für ein Gespräch mit unserer Pflegedirektorin, Frau Steiner, und mir können wir Ihnen folgende Termine anbieten:

- Montag, 24.08., 10:00 Uhr
- Dienstag, 25.08., 14:00 Uhr
- Mittwoch, 26.08., 11:30 Uhr

Das Gespräch findet in Garmisch-Partenkirchen in der Verwaltung (Haus A) statt; bei längerer Anreise ist auch ein Videogespräch möglich. Reisekosten erstatten wir Ihnen gern.

Bitte teilen Sie mir Ihren Wunschtermin mit.

Freundliche Grüße

Andrea Huber
Personalreferentin
Klinikverbund Oberland""",
      "2026-08-13 09:51 +0200", charset="windows-1252", cte="qp", fmt="alt", skin="corp"),
    M("interview_invitation", "de_telefoninterview", "de", "BKK Alpenland", "f.maier@bkk-alpenland.example.de",
      "Florian Maier <f.maier@bkk-alpenland.example.de>",
      "Telefoninterview Referent Versorgungsmanagement",
      """Guten Tag Herr Okafor,

vielen Dank für Ihre Bewerbung als Referent Versorgungsmanagement (m/w/d). Gerne würden wir Sie in einem ersten telefonischen Interview (ca. 30 Minuten) näher kennenlernen.

Passt Ihnen Mittwoch, der 2. September, um 10:00 Uhr? Ich würde Sie dann unter der in Ihrer Bewerbung angegebenen Nummer anrufen.

Freundliche Grüße
Florian Maier
Personalreferent
BKK Alpenland
Tel. 08031 555-118""",
      "2026-08-27 14:39 +0200"),
    # ----------------------------------------------------------------- invitations, French
    M("interview_invitation", "fr_echanger_tutoiement", "fr", "Santelia", "camille@santelia.example.fr",
      "Camille Roussel <camille@santelia.example.fr>",
      "Ta candidature chez Santelia 🙂",
      """Hello Daniel,

J'ai bien reçu ta candidature pour le poste de Coordinateur·rice Opérations Cliniques et on aimerait beaucoup échanger avec toi !

Est-ce que tu aurais 30 minutes cette semaine pour un premier call en visio ? Tu peux réserver directement un créneau ici : https://calendly.com/camille-santelia/premier-echange

À très vite,
Camille""",
      "2026-09-01 10:14 +0200"),
    M("interview_invitation", "fr_entretien_formel_ics", "fr", "Axione Santé", "elodie.garnier@axione-sante.example.fr",
      "Élodie Garnier <elodie.garnier@axione-sante.example.fr>",
      "Convocation à un entretien - Chef de projet opérations cliniques",
      """Bonjour Monsieur Okafor,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien pour le poste de Chef de projet opérations cliniques (H/F).

Cet entretien se déroulera en visioconférence (Teams) le jeudi 10 septembre 2026 de 11h00 à 12h00, en présence de Madame Nathalie Perrin, Directrice des opérations, et de moi-même.

Vous trouverez ci-joint l'invitation. Merci de bien vouloir nous confirmer votre présence.

Bien cordialement,

Élodie Garnier
Chargée de recrutement
Axione Santé""",
      "2026-09-02 15:48 +0200", charset="windows-1252", cte="qp", fmt="alt", skin="corp",
      ics={"tz": "Europe/Paris", "start": "20260910T110000", "end": "20260910T120000",
           "summary": "Entretien - Daniel Okafor - Chef de projet opérations cliniques",
           "location": "Microsoft Teams", "organizer": "elodie.garnier@axione-sante.example.fr",
           "organizer_name": "Élodie Garnier", "uid": "axione-entretien-okafor-0910@axione-sante.example.fr"}),
    M("interview_invitation", "fr_cabinet_rencontre", "fr", "Clinique des Alpilles", "j.moreau@moreau-sante-rh.example.fr",
      "Julien Moreau <j.moreau@moreau-sante-rh.example.fr>",
      "Clinique des Alpilles - entretien",
      """Bonjour Monsieur Okafor,

Bonne nouvelle : notre client, la Clinique des Alpilles, souhaite vous rencontrer pour le poste de coordinateur du parcours patient.

La directrice des soins, Mme Laurent, vous propose un entretien en visio le mardi 8 septembre à 14h30 ou le mercredi 9 à 10h. Pourriez-vous me dire ce qui vous convient le mieux ?

Je vous enverrai ensuite une petite note de préparation.

Bien cordialement,

Julien Moreau
Consultant Senior
Cabinet Moreau Santé RH
06 12 34 56 78""",
      "2026-09-03 09:26 +0200", charset="windows-1252", cte="8bit"),
    # ----------------------------------------------------------------- invitations, Spanish
    M("interview_invitation", "es_bilbao_entrevista", "es", "Hospital Ría de Bilbao", "seleccion@hospitalriabilbao.example.es",
      "Selección de Personal - Hospital Ría de Bilbao <seleccion@hospitalriabilbao.example.es>",
      "Citación a entrevista - Ref. HRB-26-031",
      """Estimado Sr. Okafor:

Nos ponemos en contacto con usted en relación con su candidatura al puesto de Coordinador/a de Proyectos Asistenciales (Ref. HRB-26-031).

Nos gustaría mantener una entrevista personal con usted. Le ofrecemos los siguientes horarios:

  - Lunes 7 de septiembre, 9:30 h
  - Lunes 7 de septiembre, 12:00 h
  - Martes 8 de septiembre, 16:00 h

La entrevista tendrá lugar en el Edificio de Dirección, 2.ª planta (sala de juntas). Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,

Departamento de Selección de Personal
Hospital Ría de Bilbao
Tel. 944 555 120""",
      "2026-08-31 10:03 +0200", charset="iso-8859-1", cte="qp"),
    M("interview_invitation", "es_mexico_meet", "es", "Seguros Vitalis", "andrea.lopez@segurosvitalis.example.mx",
      "Andrea López <andrea.lopez@segurosvitalis.example.mx>",
      "Entrevista - Coordinador de Casos Médicos",
      """¡Hola Daniel! ¿Qué tal?

Te escribo de parte de Seguros Vitalis porque tu perfil nos pareció muy interesante para la vacante de Coordinador de Casos Médicos (remoto). Nos encantaría platicar contigo en una entrevista por Google Meet.

¿Te acomoda el jueves 24 de septiembre a las 9:00 a. m. hora de Ciudad de México (17:00 en España)? Si no, dime qué horario te funciona mejor y lo ajustamos.

¡Saludos!
Andrea López
Atracción de Talento | Seguros Vitalis""",
      "2026-09-17 18:44 +0200"),
    M("interview_invitation", "es_sevilla_presencial", "es", "Hospital San Telmo", "l.serrano@hospitalsantelmo.example.es",
      "Lucía Serrano <l.serrano@hospitalsantelmo.example.es>",
      "Entrevista Coordinador de Proyectos Clínicos",
      """Hola Daniel:

Gracias por tu candidatura para el puesto de Coordinador de Proyectos Clínicos. Nos gustaría conocerte en persona.

¿Podrías venir el miércoles 30 de septiembre a las 11:00 al hospital? Pregunta en recepción por la Dirección de Enfermería (planta baja). Estarán el director de enfermería, Antonio Cabello, y yo misma. Calcula una hora aproximadamente.

Si no te viene bien, dime y buscamos otro día.

Un saludo,
Lucía Serrano
Responsable de Personas
Hospital San Telmo · Sevilla""",
      "2026-09-22 13:31 +0200"),
    # ----------------------------------------------------------------- reschedules / cancellations, English
    M("interview_reschedule_or_cancel", "hospice_panel_unwell", "en", "Elmbridge House Hospice", "r.achebe@elmbridgehouse.example.org.uk",
      "Rachel Achebe <r.achebe@elmbridgehouse.example.org.uk>",
      "Updated: Interview - Clinical Services Coordinator",
      """Dear Daniel,

I'm sorry for the late change, but one of our panel members is unwell this week and we need to move your interview. We are now able to see you on Friday 14 August, same time (10:00) and same venue.

I have sent an updated calendar invitation. Please let me know if this is a problem and we'll find another time.

Apologies for any inconvenience.

Kind regards,
Rachel""",
      "2026-08-10 08:52 +0100",
      ics={"tz": _UK, "start": "20260814T100000", "end": "20260814T110000",
           "summary": "Interview: Clinical Services Coordinator - Daniel Okafor",
           "location": "Elmbridge House Hospice, Education Suite",
           "organizer": "r.achebe@elmbridgehouse.example.org.uk", "organizer_name": "Rachel Achebe",
           "uid": "ehh-int-0812-okafor@elmbridgehouse.example.org.uk", "sequence": "1"}),
    M("interview_reschedule_or_cancel", "dublin_chair_called_away", "en", "St Brigid's University Hospital", "aoife.byrne@stbrigids.example.ie",
      "Byrne, Aoife <aoife.byrne@stbrigids.example.ie>",
      "CNM2 interviews Thursday - cancelled",
      """Dear Daniel,

Unfortunately we have to cancel Thursday's interviews for the CNM2 Clinical Governance post at short notice, as the panel chair has been called away. Please accept our apologies.

We expect to reschedule within the next two weeks and I will be in touch with a new date as soon as I have it.

Kind regards,

Aoife Byrne
HR Officer - Recruitment
St Brigid's University Hospital""",
      "2026-08-31 17:03 +0100", fmt="alt", skin="corp"),
    M("interview_reschedule_or_cancel", "goodtime_rescheduled", "en", "Helixa Diagnostics", "nadia.brooks@helixa-dx.example.com",
      "Helixa Diagnostics Scheduling <scheduling@goodtime.io>",
      "Rescheduled: Hiring Manager Interview with Helixa Diagnostics",
      """Hi Daniel,

Your interview with Helixa Diagnostics has been rescheduled at the request of the interview team.

PREVIOUS TIME: Tuesday, 11 August 2026, 15:00 - 15:45 BST
NEW TIME: Thursday, 13 August 2026, 10:30 - 11:15 BST

Interviewer: Dr. Owen Pryor, Director of Clinical Services
Zoom: https://zoom.us/j/95512340011

If the new time does not work, reply to this email and Nadia Brooks will be in touch.

Powered by GoodTime""",
      "2026-08-10 12:16 +0100", reply_to="Nadia Brooks <nadia.brooks@helixa-dx.example.com>",
      fmt="alt", skin="ats",
      ics={"tz": _UK, "start": "20260813T103000", "end": "20260813T111500",
           "summary": "Hiring Manager Interview - Helixa Diagnostics", "location": "Zoom",
           "organizer": "scheduling@goodtime.io", "organizer_name": "Helixa Diagnostics",
           "uid": "gt-helixa-hm-okafor@goodtime.io", "sequence": "2"}),
    M("interview_reschedule_or_cancel", "calendly_canceled_host", "en", "Orbis Home Care", "hannah.pryce@orbishomecare.example.co.uk",
      "Calendly <notifications@calendly.com>",
      "Canceled: Hannah Pryce and Daniel Okafor @ Thu 6 Aug 2026 11:00 - 11:30",
      """Hi Daniel,

Hannah Pryce has canceled the following event.

Event type: 30 Minute Meeting
Date/time: 11:00 - 11:30, Thursday, 6 August 2026 (United Kingdom Time)

Cancellation reason:
"So sorry Daniel - clash with a safeguarding meeting. Could you rebook for Friday? Hannah"

Schedule a new time: https://calendly.com/hannah-pryce-orbis/30min

Sent from Calendly""",
      "2026-08-05 18:22 +0100", reply_to="Hannah Pryce <hannah.pryce@orbishomecare.example.co.uk>",
      fmt="alt", skin="news",
      ics={"tz": _UK, "start": "20260806T110000", "end": "20260806T113000",
           "summary": "Hannah Pryce and Daniel Okafor", "method": "CANCEL",
           "organizer": "hannah.pryce@orbishomecare.example.co.uk", "organizer_name": "Hannah Pryce",
           "uid": "cal-7781-hp-do@calendly.com", "sequence": "1"}),
    M("interview_reschedule_or_cancel", "mobile_push_friday", "en", "Ardwick Community Health Partnership", "t.whitlock@ardwickchp.example.org.uk",
      "Tom Whitlock <t.whitlock@ardwickchp.example.org.uk>",
      "Re: Ops manager post",
      """Sorry Daniel, something's come up with a CQC visit. Can we push to Fri same time? Apols

Sent from my iPhone""",
      "2026-09-16 08:12 +0100",
      quote=("iphone", ME, """Hi Tom, Thursday at 2pm is great, thank you. Looking forward to it.
Daniel""")),
    M("interview_reschedule_or_cancel", "vireo_outlook_cancel", "en", "Vireo Medical Devices", "l.okonkwo@vireo-med.example.com",
      "Lisa Okonkwo <l.okonkwo@vireo-med.example.com>",
      "Canceled: Vireo Medical Devices - Second Round Interview (Daniel Okafor)",
      """Hi Daniel, Stefan has to travel to Galway on Tuesday so I'm cancelling this slot - I'll send a new invitation for later in the week shortly. Sorry for the back and forth! Lisa""",
      "2026-09-04 11:30 +0200", fmt="alt", skin="bare",
      ics={"tz": _DE, "start": "20260908T140000", "end": "20260908T153000",
           "summary": "Canceled: Vireo Medical Devices - Second Round Interview (Daniel Okafor)",
           "location": "Microsoft Teams Meeting", "organizer": "l.okonkwo@vireo-med.example.com",
           "organizer_name": "Lisa Okonkwo", "method": "CANCEL", "sequence": "1",
           "uid": "040000008200E00074C5B7101A82E0080000000044F7@vireo"}),
    M("interview_reschedule_or_cancel", "agency_moved_monday", "en", "Calder Valley Private Hospital", "ellie.marsh@medrecruitpartners.example.co.uk",
      "Ellie Marsh <ellie.marsh@medrecruitpartners.example.co.uk>",
      "Change of plan!",
      """Hi Daniel!

Calder Valley have just been on - Gemma's been pulled into theatres on Friday so they've had to move your interview to MONDAY 12th Oct at 10am instead. Same place, same people!

Hope that still works for you?? Let me know asap and I'll confirm with them!

Ellie x""",
      "2026-10-07 16:58 +0100"),
    M("interview_reschedule_or_cancel", "trac_arrangements_changed", "en", "Kersal Moor NHS Foundation Trust", "",
      "Kersal Moor NHS Foundation Trust <no-reply@trac.jobs>",
      "Change to interview arrangements - 412-NUR-2290",
      """Dear Daniel

Clinical Project Lead (Band 7) - 412-NUR-2290

Please note that there has been a change to the interview arrangements for the above post.

Due to estates work in the Education Centre, interviews on Tuesday 28 July will now take place via Microsoft Teams. Your interview time has also changed:

Previous time: 10:45
New time: 11:30

A Teams link will be sent to you by the recruiting manager the day before the interview. If you are unable to attend at the new time, please log in to your Trac account to choose an alternative slot.

Recruitment Team
Kersal Moor NHS Foundation Trust

Please do not reply to this email as this mailbox is not monitored.""",
      "2026-07-23 13:40 +0100"),
    M("interview_reschedule_or_cancel", "quillon_move_chat", "en", "Quillon Health", "mei.chen@quillonhealth.example.com",
      "Mei Chen <mei.chen@quillonhealth.example.com>",
      "Re: Care Operations Manager - Daniel Okafor",
      """argh - board meeting just landed on Tuesday. Need to move our chat, could we do Thursday 11am instead? Same Meet link. sorry!!

M""",
      "2026-09-20 21:15 +0100",
      quote=("gmail", ME, """Hi Mei,

Tuesday at 11am works perfectly, thank you. Speak then!

Daniel""")),
    # ----------------------------------------------------------------- reschedules, German
    M("interview_reschedule_or_cancel", "de_terminverschiebung", "de", "Klinikum Spreebogen", "s.koenig@klinikum-spreebogen.example.de",
      "Sabine König <s.koenig@klinikum-spreebogen.example.de>",
      "Terminverschiebung: Ihr Vorstellungsgespräch am 21.07.",
      """Sehr geehrter Herr Okafor,

leider müssen wir den vereinbarten Termin für Ihr Vorstellungsgespräch am Dienstag, 21.07., um 13:30 Uhr kurzfristig verschieben, da Frau Dr. Lindner an diesem Tag verhindert ist.

Als Ersatztermin können wir Ihnen Donnerstag, 23.07., um 10:00 Uhr am gleichen Ort anbieten. Die aktualisierte Kalendereinladung finden Sie im Anhang.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen

Sabine König
Personalgewinnung
Klinikum Spreebogen gGmbH""",
      "2026-07-15 15:05 +0200", charset="iso-8859-1", cte="qp",
      ics={"tz": _DE, "start": "20260723T100000", "end": "20260723T110000",
           "summary": "Vorstellungsgespräch Daniel Okafor - Pflegeexperte Projektkoordination",
           "location": "Klinikum Spreebogen, Haus C, Raum 3.14",
           "organizer": "s.koenig@klinikum-spreebogen.example.de", "organizer_name": "Sabine König",
           "uid": "ks-vg-20260721-okafor@klinikum-spreebogen.example.de", "sequence": "1"}),
    M("interview_reschedule_or_cancel", "de_du_call_absagen", "de", "Pflegewerk Berlin-Mitte", "tobias.klein@pflegewerk-berlin.example.de",
      "Tobias Klein <tobias.klein@pflegewerk-berlin.example.de>",
      "AW: Deine Bewerbung bei uns :)",
      """Hi Daniel,

sorry, ich muss unseren Call morgen um 17 Uhr leider absagen - bei uns ist gerade die halbe Frühschicht krank und ich springe auf Station ein.

Können wir auf nächste Woche gehen? Dienstag oder Mittwoch ab 16 Uhr würde bei mir klappen.

Sorry nochmal!
Tobias""",
      "2026-07-22 12:48 +0200",
      quote=("de", ME, """Hi Tobias,

Donnerstag 17 Uhr passt mir super. Bis dann!

Viele Grüße
Daniel""")),
    # ----------------------------------------------------------------- reschedules, French
    M("interview_reschedule_or_cancel", "fr_report_entretien", "fr", "Axione Santé", "elodie.garnier@axione-sante.example.fr",
      "Élodie Garnier <elodie.garnier@axione-sante.example.fr>",
      "Report de votre entretien du 10 septembre",
      """Bonjour Monsieur Okafor,

En raison d'un empêchement de Madame Perrin, nous sommes contraints de reporter votre entretien initialement prévu le jeudi 10 septembre à 11h00.

Nous vous proposons le lundi 14 septembre à 14h00, toujours en visioconférence. Merci de nous indiquer si ce nouveau créneau vous convient.

Nous vous prions de nous excuser pour ce contretemps.

Bien cordialement,

Élodie Garnier
Chargée de recrutement
Axione Santé""",
      "2026-09-08 17:37 +0200", charset="windows-1252", cte="qp", subject_charset="iso-8859-1"),
    M("interview_reschedule_or_cancel", "fr_annulation_tutoiement", "fr", "Santelia", "camille@santelia.example.fr",
      "Camille Roussel <camille@santelia.example.fr>",
      "Re: Premier échange",
      """Hello Daniel,

Je suis vraiment désolée mais je dois annuler notre échange de demain : le périmètre du poste est en train d'être revu avec la direction, et je préfère avoir une vision claire avant qu'on se parle.

Je reviens vers toi d'ici une dizaine de jours pour caler un nouveau créneau. Merci pour ta patience !

Camille""",
      "2026-09-07 19:10 +0200",
      quote=("fr", "Camille Roussel <camille@santelia.example.fr>", """Top, c'est noté pour mardi 8 septembre à 10h. Je t'envoie le lien Meet.
Camille""")),
    # ----------------------------------------------------------------- reschedules, Spanish
    M("interview_reschedule_or_cancel", "es_cambio_fecha", "es", "Hospital Ría de Bilbao", "seleccion@hospitalriabilbao.example.es",
      "Selección de Personal - Hospital Ría de Bilbao <seleccion@hospitalriabilbao.example.es>",
      "Cambio de fecha de la entrevista - Ref. HRB-26-031",
      """Estimado Sr. Okafor:

Por motivos de agenda del tribunal, nos vemos obligados a modificar la fecha de su entrevista, prevista para el lunes 7 de septiembre a las 12:00 h.

La nueva cita será el jueves 10 de septiembre a las 12:00 h, en el mismo lugar (Edificio de Dirección, 2.ª planta).

Disculpe las molestias. Le rogamos nos confirme su asistencia.

Atentamente,

Departamento de Selección de Personal
Hospital Ría de Bilbao""",
      "2026-09-03 08:57 +0200", charset="iso-8859-1", cte="qp"),
    M("interview_reschedule_or_cancel", "es_aplazamiento", "es", "Hospital San Telmo", "l.serrano@hospitalsantelmo.example.es",
      "Lucía Serrano <l.serrano@hospitalsantelmo.example.es>",
      "RE: Entrevista Coordinador de Proyectos Clínicos",
      """Hola Daniel:

Perdona el cambio de última hora: a Antonio le ha surgido una reunión con la Consejería el miércoles y tenemos que aplazar la entrevista. ¿Te vendría bien el viernes 2 de octubre a la misma hora, a las 11:00?

Gracias por tu flexibilidad.

Lucía""",
      "2026-09-28 09:18 +0200",
      quote=("es", ME, """Hola Lucía:

Perfecto, el miércoles 30 a las 11:00 estaré allí. ¡Muchas gracias!

Un saludo,
Daniel""")),
    # ----------------------------------------------------------------- missed interviews
    M("missed_interview_notice", "tried_calling", "en", "Meridian Life & Health", "jo.fairweather@meridianlh.example.co.uk",
      "Jo Fairweather <jo.fairweather@meridianlh.example.co.uk>",
      "Our call this morning",
      """Hi Daniel,

We tried calling you at the scheduled time (10:00) for your telephone interview with Mark this morning, but weren't able to reach you and it went to voicemail.

I hope everything is ok. If you're still interested in the Clinical Case Manager role, please let me know and I'll see whether Mark can fit you in later in the week.

Best wishes,
Jo

Jo Fairweather
Recruitment Adviser | Meridian Life & Health
0161 555 0911""",
      "2026-09-03 11:02 +0100"),
    M("missed_interview_notice", "dutch_teams_not_joined", "en", "Zorgpunt", "femke.devries@zorgpunt.example.nl",
      "Femke de Vries <femke.devries@zorgpunt.example.nl>",
      "Our meeting of today",
      """Dear Daniel,

This morning at 10:00 we were waiting for you in the Teams meeting, but unfortunately you did not join. We waited around 15 minutes.

Maybe something went wrong with the invitation or the time difference? Please let me know if you are still interested, then we can look for a new moment.

With kind regards,

Femke de Vries
Recruiter | Zorgpunt""",
      "2026-09-07 10:31 +0200"),
    M("missed_interview_notice", "care_home_expecting", "en", "Willowbank Care Homes", "sue.barnett@willowbankcare.example.co.uk",
      "Sue Barnett <sue.barnett@willowbankcare.example.co.uk>",
      "Re: Clinical Lead role",
      """Hi Daniel

We were expecting you at 2pm today for your interview - is everything ok? I waited till about half past. Give me a ring on the number below if you'd still like to come in.

Sue
0161 555 0280""",
      "2026-07-14 15:06 +0100",
      quote=("gmail", ME, """Hello Sue,

Thank you, Tuesday at 2pm would be lovely. See you then.

Daniel""")),
    M("missed_interview_notice", "italian_no_show", "en", "Teknomed", "g.ferraro@teknomed.example.it",
      "Giulia Ferraro <g.ferraro@teknomed.example.it>",
      "Interview of today",
      """Dear Daniel,

today at 10.30 we were connected on Google Meet for our interview, but you did not show up. We also tried to write you in the chat.

If there was some problem please let us know, we can evaluate to find another date, even if the agenda of Ing. Conti is quite full in the next weeks.

Best regards

Giulia Ferraro
HR Specialist
Teknomed S.r.l.""",
      "2026-09-18 11:17 +0200", charset="iso-8859-1"),
    M("missed_interview_notice", "indian_call_unanswered", "en", "Sanjeevani HealthTech", "ankita.sharma@sanjeevani-health.example.com",
      "Ankita Sharma <ankita.sharma@sanjeevani-health.example.com>",
      "RE: Telephonic Interview - Clinical Program Coordinator",
      """Dear Daniel,

Mr. Rohit Menon tried reaching you on your mobile for the scheduled telephonic interview at 4:00 PM IST today, however the call went unanswered on two attempts.

Kindly revert at the earliest if you wish to continue with the process so that we may reschedule the same.

Thanks & Regards,
Ankita Sharma
HR Executive - Talent Acquisition
Sanjeevani HealthTech Pvt. Ltd.""",
      "2026-08-19 12:20 +0100"),
    M("missed_interview_notice", "ireland_did_not_attend", "en", "South Dublin Health Region", "",
      "Health Careers Recruitment <donotreply@healthcareers.example.ie>",
      "Campaign SDH-0614 - non-attendance at interview",
      """Dear Daniel Okafor,

Our records show that you did not attend your scheduled interview for Campaign SDH-0614 (Clinical Nurse Manager 2, Clinical Governance) on Tuesday 8 September 2026 at 11:20.

If you wish to be considered further for this campaign, you must contact the campaign manager through your candidate account within 3 working days of the date of this notice, giving the reason for your non-attendance. Otherwise your application will be withdrawn.

Health Careers Recruitment
This mailbox is not monitored.""",
      "2026-09-08 16:45 +0100"),
    M("missed_interview_notice", "de_telefon_nicht_erreicht", "de", "BKK Alpenland", "f.maier@bkk-alpenland.example.de",
      "Florian Maier <f.maier@bkk-alpenland.example.de>",
      "Unser Telefoninterview heute",
      """Guten Tag Herr Okafor,

wir hatten Sie heute um 10:00 Uhr zum vereinbarten Telefoninterview erwartet, konnten Sie jedoch unter Ihrer Mobilnummer leider nicht erreichen. Ich habe es zweimal versucht und Ihnen eine Nachricht auf der Mailbox hinterlassen.

Falls Sie weiterhin Interesse an der Position haben, melden Sie sich bitte bis Freitag bei mir, dann finden wir einen neuen Termin.

Freundliche Grüße
Florian Maier
Personalreferent
BKK Alpenland""",
      "2026-09-02 10:44 +0200", charset="windows-1252", cte="qp"),
    M("missed_interview_notice", "de_nicht_erschienen", "de", "Isarklinik Nord", "personal@isarklinik-nord.example.de",
      "Personalabteilung Isarklinik Nord <personal@isarklinik-nord.example.de>",
      "Ihr Vorstellungstermin am 29.09.2026",
      """Sehr geehrter Herr Okafor,

leider sind Sie heute nicht zu dem vereinbarten Vorstellungsgespräch um 14:00 Uhr erschienen. Eine Absage lag uns nicht vor.

Sollten Sie weiterhin Interesse an der Position als Koordinator Patientenmanagement haben, bitten wir um eine kurze Rückmeldung innerhalb der nächsten Tage.

Mit freundlichen Grüßen

i. A. Verena Schmid
Personalabteilung
Isarklinik Nord GmbH & Co. KG""",
      "2026-09-29 15:22 +0200", charset="iso-8859-1", cte="8bit"),
    M("missed_interview_notice", "fr_visio_sans_nouvelles", "fr", "Groupe Mutualiste Horizon", "claire.fontaine@horizon-mutuelle.example.fr",
      "Claire Fontaine <claire.fontaine@horizon-mutuelle.example.fr>",
      "Entretien d'hier",
      """Bonjour Daniel,

Nous vous attendions hier à 14h pour votre entretien en visio avec Monsieur Aubert, mais nous ne vous avons pas vu vous connecter et n'avons pas eu de nouvelles de votre part.

J'espère qu'il n'y a rien de grave. Si vous êtes toujours intéressé par le poste, n'hésitez pas à me recontacter afin que nous puissions convenir d'un nouveau rendez-vous.

Bien cordialement,

Claire Fontaine
Responsable Recrutement
Groupe Mutualiste Horizon""",
      "2026-09-25 09:35 +0200", charset="windows-1252", cte="qp"),
    M("missed_interview_notice", "es_no_conectaste", "es", "Seguros Vitalis", "andrea.lopez@segurosvitalis.example.mx",
      "Andrea López <andrea.lopez@segurosvitalis.example.mx>",
      "Re: Entrevista - Coordinador de Casos Médicos",
      """Hola Daniel,

Te estuvimos esperando en la sala de Meet hoy a las 9:00 (hora CDMX) pero no te conectaste. ¿Todo bien? A veces pasa con el cambio de horario.

Si sigues interesado, avísame y vemos si podemos reagendar para la próxima semana.

Saludos,
Andrea""",
      "2026-09-24 17:41 +0200",
      quote=("es", ME, """Hola Andrea:

¡Muchas gracias! El jueves 24 a las 9:00 (CDMX) me viene perfecto.

Un saludo,
Daniel""")),
]
