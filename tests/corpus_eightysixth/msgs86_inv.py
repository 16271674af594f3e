"""Interview invitations for the eighty-sixth corpus (hand-written; data only)."""

from msgs86_kit import ME, forwarded, french, ics, msg, outlook

K = "interview_invitation"

MESSAGES = [
    msg(K, "calendly_phone_screen", "en", ("Jess Whitford", "jess.whitford@brightpathhealth.example.com.au"),
        "Quick chat?", "2026-01-14T11:20:00+11:00", """
Hi Priya,

Thanks for applying for the Digital Health Nurse Lead role at BrightPath Health. Your background in ED and the eMR rollout at Westmead caught my eye.

Would you be free for a quick 20 min phone screen this week or next? Grab whatever time suits here: https://calendly.example.com/jess-brightpath/20min

Cheers,
Jess

Jess Whitford
Talent Partner | BrightPath Health
0400 555 812
""", company="BrightPath Health"),

    msg(K, "goodtime_panel_ics", "en", ("Aurora Medical Systems", "scheduling@goodtime.example.io"),
        "Interview Confirmation: Clinical Safety Officer - Panel", "2026-01-29T09:00:00+00:00", """
Hi Priya,

Your panel interview for Clinical Safety Officer at Aurora Medical Systems is confirmed.

When: Thursday 5 February 2026, 10:00 - 11:00 AEDT
Where: Microsoft Teams (link in the calendar invite)
Panel: Dr. Raj Patel (Chief Medical Information Officer), Helen Sato (Clinical Safety Manager), Ben Carr (Product Director)

The panel will ask behavioural (STAR) questions and walk through a short clinical hazard scenario. No preparation needed beyond a quick look at DCB0129/0160.

If you need to change the time, reply to this email and your coordinator, Amelia, will help.

Aurora Medical Systems Recruiting
""", html=True, brand="Aurora Medical Systems", colour="#6d28d9",
        reply_to=("Amelia Stone", "amelia.stone@auroramedsys.example.com"),
        ics=ics("REQUEST", "gt-88213@goodtime.example.io", "Panel interview - Priya Halvorsen-Mendes / Aurora Medical Systems",
                "2026-02-05T10:00:00+11:00", 60, ("Amelia Stone", "amelia.stone@auroramedsys.example.com"), "Microsoft Teams Meeting"),
        company="Aurora Medical Systems"),

    msg(K, "nsw_health_interview_letter", "en", ("Sarah Lim", "sarah.lim@health.example.gov.au"),
        "Invitation to interview - Clinical Nurse Consultant Patient Safety (REQ 421907)", "2026-02-06T15:32:00+11:00", """
Dear Priya

Thank you for your application for the position of Clinical Nurse Consultant - Patient Safety (REQ 421907). I am pleased to advise that you have been shortlisted for interview.

Date: Wednesday 18 February 2026
Time: 1:30pm (please arrive 10 minutes early)
Location: Level 3 Executive Meeting Room, Western Districts Hospital, 12 Example Road, Parramatta
Panel: Director of Nursing & Midwifery; Patient Safety Manager; independent panel member

Please bring your AHPRA registration details and photo identification. You will be asked to complete a brief written task (20 minutes) before the interview.

Please confirm your attendance by reply email or by calling me on (02) 5550 4410.

Regards

Sarah Lim
Recruitment Officer
Western Districts Local Health District
""", company="Western Districts Local Health District"),

    msg(K, "agency_next_stage_bang", "en", ("Rhys Donovan", "rhys@kestrelhealthsearch.example.com.au"),
        "GREAT NEWS - Perth role!!", "2026-02-11T08:47:00+08:00", """
Hey Priya!!

Great news - Coastline Private Hospitals LOVED your CV and want to move you to the next stage!! They'd like a video interview with the Director of Clinical Services, Michelle Horne, either Monday 16th at 2pm AWST or Tuesday 17th at 10am AWST.

Let me know which works and I'll lock it in! I'll send over some prep notes on their accreditation journey too.

Chat soon!!
Rhys

Rhys Donovan | Principal Consultant
Kestrel Health Search | Perth
M 0433 555 907
""", company="Coastline Private Hospitals"),

    msg(K, "ashby_self_schedule", "en", ("Nimbl Health", "no-reply@ashbyhq.com"),
        "Schedule your interview with Nimbl Health", "2026-02-20T01:10:00+00:00", """
Hi Priya,

The Nimbl Health team would like to invite you to a 45-minute interview for the Clinical Operations Lead (Remote, APAC) role with Carla Muñoz, VP Clinical.

Please choose a time that suits you using the link below. Times are shown in your local timezone.

Select a time: https://app.ashbyhq.example.com/schedule/9d1c7a

Looking forward to speaking with you!
Nimbl Health Recruiting
""", html=True, html_only=True, brand="Nimbl Health", colour="#111827", enc="b64", company="Nimbl Health"),

    msg(K, "singapore_ministry_formal", "en", ("HR Division (Recruitment)", "recruitment@healthministry.example.gov.sg"),
        "Interview for the position of Deputy Director (Clinical Quality)", "2026-03-03T10:30:00+08:00", """
Dear Ms Priya Halvorsen-Mendes,

INTERVIEW FOR THE POSITION OF DEPUTY DIRECTOR (CLINICAL QUALITY), HEALTHCARE QUALITY & PATIENT SAFETY DIVISION

We are pleased to invite you for an interview as follows:

Date : 12 March 2026 (Thursday)
Time : 3.00 pm (Singapore time)
Mode : Virtual interview via Zoom (details will be provided one day before)

Please acknowledge receipt of this email and confirm your attendance by 6 March 2026. Kindly also indicate whether you will require an Employment Pass, as the position is open to non-Singapore citizens subject to approval.

Thank you.

Ms Tan Wei Ling
Senior Manager, Talent Acquisition
Ministry of Health Services (Singapore)
""", reply_to=("Tan Wei Ling", "tan_wei_ling@healthministry.example.gov.sg"), company="Ministry of Health Services"),

    msg(K, "reply_chain_second_round", "en", ("Mark Ellison", "mark.ellison@teleheal.example.com"),
        "Re: Telehealth Nurse Educator", "2026-03-09T13:14:00+10:00", """
Priya - great, thanks. Team would like to see you for round 2, mostly a teach-back exercise (15 min on any clinical topic you like) then Q&A. Are you around Thurs arvo, say 3?

M

On Mon, 9 Mar 2026 at 11:02 am, Priya Halvorsen-Mendes <priya.hm@example.com.au> wrote:
> Hi Mark,
>
> Thanks for the call on Friday, really enjoyed it. Attached are the two references you asked about.
>
> Kind regards,
> Priya
>
> On Fri, 6 Mar 2026 at 4:40 pm, Mark Ellison <mark.ellison@teleheal.example.com> wrote:
>> Hi Priya, lovely chatting today. Could you send through two referees when you get a chance?
>> Mark
""",
        company="Teleheal", parent="<CAPriya0309.tele@mail.example.com.au>"),

    msg(K, "outlook_ics_onsite", "en", ("Grace Tuilagi", "grace.tuilagi@aucklandcommunityhealth.example.org.nz"),
        "Interview - Clinical Nurse Specialist, Quality (Auckland)", "2026-03-18T09:15:00+13:00", """
Kia ora Priya,

Thank you for your application for the Clinical Nurse Specialist - Quality role. We would like to invite you to an interview at our Grafton office on Wednesday 25 March at 10.00am. The panel will include our Director of Nursing, Aroha Walker.

I have sent a calendar invitation. Please bring your NCNZ practising certificate and let me know if you need any support to attend.

Ngā mihi,
Grace Tuilagi
Recruitment Advisor | Auckland Community Health
""", html=True, brand="", ics=ics("REQUEST", "040000008200E00074C5B7101A82E008000000003a5b", "Interview - Priya Halvorsen-Mendes (CNS Quality)",
        "2026-03-25T10:00:00+13:00", 60, ("Grace Tuilagi", "grace.tuilagi@aucklandcommunityhealth.example.org.nz"), "Grafton Office, Meeting Room 2"),
        company="Auckland Community Health"),

    msg(K, "hiring_mgr_terse_phone", "en", ("Dr Kavita Rao", "kavita.rao@medipulsepharma.example.com"),
        "Re: your application", "2026-04-02T21:05:00+11:00", """
Hi Priya, saw your application for the med safety role. Free for a call Tues 10am? I'll ring the mobile on your CV. K

Sent from my iPhone
""", company="MediPulse Pharma"),

    msg(K, "workable_video", "en", ("Harbour Disability Services", "noreply@candidates.workablemail.com"),
        "Harbour Disability Services: video interview invitation", "2026-04-10T06:00:00+00:00", """
Hi Priya,

Thanks for applying for Practice Quality Lead at Harbour Disability Services. We'd like to invite you to a one-way video interview. You'll be asked four questions and have 3 minutes to answer each one.

Start your video interview: https://apply.workable.example.com/j/7E21/video

Please complete it within 5 days. If you have any questions, contact Daniel at daniel.ross@harbourdisability.example.org.au.

Harbour Disability Services
""", html=True, brand="Harbour Disability Services", colour="#f97316", company="Harbour Disability Services",
        contact="daniel.ross@harbourdisability.example.org.au"),

    msg(K, "university_teaching_panel", "en", ("Professor Alan McKenzie", "a.mckenzie@southernmetro.example.edu.au"),
        "Lecturer in Nursing (Clinical Informatics) - interview", "2026-04-22T16:00:00+09:30", """
Dear Priya,

On behalf of the selection committee, I am delighted to invite you to interview for the position of Lecturer in Nursing (Clinical Informatics), Level B.

The process will comprise a 15-minute teaching presentation on "Nursing documentation in the age of the EMR" followed by a 45-minute panel interview, on Monday 4 May 2026 from 11:00am ACST at our City West campus, Adelaide. We are able to offer a video option if travel is not feasible.

Please confirm with Ms Jo Hartley (jo.hartley@southernmetro.example.edu.au) by Friday.

Kind regards,
Alan

Professor Alan McKenzie
Dean, School of Nursing and Midwifery
Southern Metropolitan University
CRICOS Provider 00000X
""", cc=("Jo Hartley", "jo.hartley@southernmetro.example.edu.au"), company="Southern Metropolitan University"),

    msg(K, "indian_english_dorevert", "en", ("Rohan Mehta", "rohan.mehta@careaxisglobal.example.in"),
        "Interview schedule || Clinical Transformation Consultant || CareAxis", "2026-05-06T11:45:00+05:30", """
Dear Priya,

Greetings of the day!

With reference to your profile for the Clinical Transformation Consultant position (Kuala Lumpur), we are pleased to inform you that your profile has been shortlisted. Kindly find the interview details below:

Round: Technical discussion with Practice Head
Date: 11-May-2026
Time: 10:30 AM MYT
Mode: MS Teams

Kindly do revert with your confirmation along with your current and expected CTC at the earliest.

Thanks & Regards,
Rohan Mehta
Senior Executive - Talent Acquisition
CareAxis Global Solutions Pvt Ltd
+91 98450 55501
""", company="CareAxis Global Solutions"),

    msg(K, "teamtailor_meet_don", "en", ("Banksia Aged Care", "notifications@teamtailor-mail.example.com"),
        "Next step: meet our Director of Nursing", "2026-06-01T10:00:00+10:00", """
Hi Priya,

Thanks for your interview last week! We'd love for you to meet our Director of Nursing, Frances Doyle, for an informal chat and a tour of our Kew home. It usually takes about an hour.

Book a time that suits you here: https://banksiaagedcare.teamtailor.example.com/meetings/3f1b

Warmly,
Claire Hughes
People & Culture Advisor, Banksia Aged Care
""", html=True, brand="Banksia Aged Care", colour="#166534", reply_to=("Claire Hughes", "claire.hughes@banksiaagedcare.example.com.au"),
        company="Banksia Aged Care"),

    msg(K, "es_entrevista_madrid", "es", ("Marta Ruiz", "marta.ruiz@saludconectada.example.es"),
        "Entrevista - Product Owner Clínico", "2026-02-26T12:00:00+01:00", """
Hola Priya,

Gracias por tu candidatura para el puesto de Product Owner Clínico en Salud Conectada. Nos ha encantado tu perfil y nos gustaría conocerte.

¿Te vendría bien una videollamada de 45 minutos el próximo martes 3 de marzo a las 9:00 (hora de Madrid, 19:00 en Sídney)? Si no te encaja, dime un par de franjas y lo organizamos.

Un saludo,
Marta Ruiz
Talent Acquisition · Salud Conectada
""", company="Salud Conectada"),

    msg(K, "es_cita_formal", "es", ("Recursos Humanos Clínica San Telmo", "rrhh@clinicasantelmo.example.es"),
        "Convocatoria a entrevista personal", "2026-05-19T09:30:00+02:00", """
Estimada Sra. Halvorsen-Mendes:

Nos complace comunicarle que ha superado la fase de preselección para el puesto de Responsable de Calidad Asistencial. Por ello, le convocamos a una entrevista personal con la Directora de Enfermería, Dña. Pilar Gómez, el día 26 de mayo a las 11:30 h en nuestras instalaciones (C/ Ejemplo 14, Madrid).

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Recursos Humanos
Clínica San Telmo
""", charset="iso-8859-1", company="Clínica San Telmo", contact="rrhh@clinicasantelmo.example.es"),

    msg(K, "es_consultora_llamada", "es", ("Diego Alarcón", "diego.alarcon@talentosalud.example.cl"),
        "Conversación breve", "2026-07-08T18:20:00-04:00", """
Hola Priya!

Soy Diego, de Alarcón & Asociados. Tengo un cliente en Santiago, Red Clínica Andes, que busca una Gerente de Experiencia del Paciente y tu perfil calza perfecto.

¿Tienes 15 minutos mañana o el viernes para una llamada? Te puedo llamar por WhatsApp al número que indiques.

Saludos!
Diego Alarcón
Consultor Senior · Alarcón & Asociados
+56 9 5550 1122
""", company="Red Clínica Andes"),

    msg(K, "es_ics_teams", "es", ("Nuria Pons", "nuria.pons@medtechbcn.example.es"),
        "Invitación: Entrevista técnica - Especialista Clínica", "2026-08-12T10:00:00+02:00", """
Hola Priya,

Como hablamos, te envío la invitación para la entrevista técnica con el equipo de producto (caso práctico clínico + preguntas). Será por Microsoft Teams el jueves 20 de agosto a las 10:00 (CEST).

Cualquier cosa me dices.

Nuria Pons
People Partner | MedTech BCN
""", ics=ics("REQUEST", "teams-2026-0820-nuria@medtechbcn.example.es", "Entrevista técnica - Priya Halvorsen-Mendes",
        "2026-08-20T10:00:00+02:00", 60, ("Nuria Pons", "nuria.pons@medtechbcn.example.es"), "Reunión de Microsoft Teams"),
        enc="b64", company="MedTech BCN"),

    msg(K, "fr_entretien_lyon", "fr", ("Camille Girard", "camille.girard@cliniquesaintexupery.example.fr"),
        "Proposition d'entretien", "2026-03-12T14:30:00+01:00", """
Bonjour Madame,

Suite à votre candidature au poste de Responsable qualité et gestion des risques, nous souhaiterions vous rencontrer.

Seriez-vous disponible pour un entretien en visio le mardi 17 mars à 9h00 (heure de Paris) avec Mme Durand, Directrice des soins, et moi-même ? Merci de me confirmer vos disponibilités.

Bien cordialement,

Camille Girard
Chargée de recrutement
Clinique Saint-Exupéry — Lyon
""", company="Clinique Saint-Exupéry"),

    msg(K, "fr_cabinet_tutoiement", "fr", ("Julien Roche", "julien@dataclinique.example.fr"),
        "On se cale un call ?", "2026-04-20T18:02:00+02:00", """
Hello Priya,

J'ai bien reçu ta candidature pour le poste de Clinical Data Lead chez DataClinique, super profil !

Tu serais dispo pour un premier échange de 30 min cette semaine ? Voici mon agenda : https://calendly.example.com/julien-dataclinique

À très vite,
Julien
CTO & co-fondateur, DataClinique
""", company="DataClinique"),

    msg(K, "fr_ics_second_tour", "fr", ("Aline Mertens", "aline.mertens@hopitalbrugmann.example.be"),
        "Invitation : second entretien – Infirmière en chef, informatique clinique", "2026-06-04T09:00:00+02:00", """
Madame Halvorsen-Mendes,

Nous avons le plaisir de vous convier à un second entretien pour le poste d'Infirmière en chef – informatique clinique. Celui-ci se déroulera le jeudi 11 juin à 14h00 avec le Directeur du Département infirmier et comprendra une mise en situation.

Vous trouverez l'invitation en pièce jointe. Merci d'accepter l'invitation pour confirmer votre présence.

Cordialement,
Aline Mertens
Service Recrutement – Hôpital Brugmann-Ouest
""", ics=ics("REQUEST", "be-second-2026-0611@hopitalbrugmann.example.be", "Second entretien - P. Halvorsen-Mendes",
        "2026-06-11T14:00:00+02:00", 90, ("Aline Mertens", "aline.mertens@hopitalbrugmann.example.be"), "Bâtiment A, salle 2.14"),
        charset="iso-8859-1", enc="qp", company="Hôpital Brugmann-Ouest"),

    msg(K, "fr_reponse_dispos", "fr", ("Hélène Bernard", "helene.bernard@mutuellesante.example.fr"),
        "RE: Candidature Infirmière conseil", "2026-09-02T10:15:00+02:00", """
Bonjour Priya,

Merci pour votre retour. Je vous propose donc un entretien téléphonique le vendredi 4 septembre à 8h30 (heure de Paris), je vous appellerai sur votre portable. Il durera environ 30 minutes.

Bonne journée,
Hélène Bernard
Responsable recrutement – Mutuelle Santé Horizon
""" + french(ME, "mar. 1 sept. 2026 à 21:40", "Bonjour Madame Bernard,\nJe suis disponible vendredi matin ou lundi.\nCordialement,\nPriya"),
        company="Mutuelle Santé Horizon", parent="<priya.fr0901@example.com.au>"),

    msg(K, "de_einladung_formal", "de", ("Dr. Andrea Vogt", "andrea.vogt@uniklinik-nordsee.example.de"),
        "Einladung zum Vorstellungsgespräch", "2026-03-26T11:11:00+01:00", """
Sehr geehrte Frau Halvorsen-Mendes,

vielen Dank für Ihre Bewerbung als Pflegewissenschaftlerin (m/w/d) im Bereich Digitalisierung. Wir möchten Sie gerne näher kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch per Videokonferenz ein.

Termin: Dienstag, 7. April 2026, 09:00 Uhr MESZ
Teilnehmende: Pflegedirektorin Frau Klein, Frau Dr. Vogt

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Dr. Andrea Vogt
Stabsstelle Pflegeentwicklung
Universitätsklinikum Nordsee
""", company="Universitätsklinikum Nordsee"),

    msg(K, "de_personalberater_du", "de", ("Lukas Hofmann", "lukas.hofmann@hofmann-partner.example.de"),
        "Kurzes Kennenlernen?", "2026-05-28T17:30:00+02:00", """
Hi Priya,

danke für deine Rückmeldung! Mein Kunde, die Helios-Med Software AG in München, würde dich gern in einem ersten Teams-Call kennenlernen (30 Min, mit dem Head of Clinical Solutions). Passt dir Mittwoch 3.6. um 8 Uhr unserer Zeit? Das wäre 16 Uhr bei dir in Sydney.

Beste Grüße
Lukas

Lukas Hofmann
Hofmann & Partner Personalberatung
+49 89 5550 7788
""", company="Helios-Med Software"),

    msg(K, "de_successfactors_termin", "de", ("Caritas Pflegeverbund Süd", "noreply@successfactors.example.eu"),
        "Einladung: Interview für Qualitätsmanagementbeauftragte (w/m/d)", "2026-07-20T08:00:00+02:00", """
Guten Tag Frau Halvorsen-Mendes,

wir freuen uns, Sie zu einem Interview für die Position Qualitätsmanagementbeauftragte (w/m/d) einzuladen.

Bitte wählen Sie über den folgenden Link einen der vorgeschlagenen Termine aus:
https://career.successfactors.example.eu/interview?req=4471

Bei Fragen wenden Sie sich bitte an Frau Petra Lang, petra.lang@caritas-sued.example.de.

Freundliche Grüße
Caritas Pflegeverbund Süd
""", charset="iso-8859-1", enc="qp", company="Caritas Pflegeverbund Süd", contact="petra.lang@caritas-sued.example.de"),

    msg(K, "de_ruecksprache_outlook", "de", ("Miriam Schulz", "miriam.schulz@medizincontrolling.example.de"),
        "AW: Ihre Bewerbung", "2026-09-15T12:40:00+02:00", """
Hallo Frau Halvorsen-Mendes,

danke für die Unterlagen. Wir würden gern ein zweites Gespräch mit Ihnen führen, diesmal mit unserem Geschäftsführer vor Ort in München. Hätten Sie am 24.09. um 14 Uhr Zeit? Die Reisekosten übernehmen wir.

Viele Grüße
Miriam Schulz
MCS Medizincontrolling Services
""" + outlook(ME, "Montag, 14. September 2026 22:10", "Miriam Schulz", "Ihre Bewerbung", "Sehr geehrte Frau Schulz,\nanbei die gewünschten Zeugnisse.\nViele Grüße\nPriya Halvorsen-Mendes").replace("From:", "Von:").replace("Sent:", "Gesendet:").replace("To:", "An:").replace("Subject:", "Betreff:"),
        company="MCS Medizincontrolling Services", parent="<priya.de0914@example.com.au>"),

    msg(K, "agency_forward_client_invite", "en", ("Hemi Parata", "hemi@southernalpsnursing.example.co.nz"),
        "FW: Interview request - Priya Halvorsen-Mendes", "2026-07-22T12:48:00+12:00", """
Hey Priya,

See below from Canterbury Care Group - they'd like to meet you for the Clinical Quality Manager role in Christchurch! Video is fine. Can you flick me a couple of times that work next week and I'll sort it with Louise.

Cheers,
Hemi Parata
Consultant | Southern Alps Nursing
027 555 3120
""" + forwarded(("Louise Grant", "louise.grant@canterburycare.example.co.nz"), "Wed, 22 Jul 2026 at 11:30",
                "Interview request - Priya Halvorsen-Mendes", """Hi Hemi,

Thanks for sending Priya through. We'd like to invite her to a 45-minute interview with myself and our Director of Nursing, ideally early next week. It will include a clinical governance scenario.

Could you please check her availability? We'll also need to discuss her NZ registration status.

Kind regards,
Louise Grant
General Manager Clinical Services
Canterbury Care Group""", to=("Hemi Parata", "hemi@southernalpsnursing.example.co.nz")), company="Canterbury Care Group"),
]
