"""Rejections for the eighty-sixth corpus (hand-written; data only)."""

from msgs86_kit import ME, german, gmail, msg, outlook, spanish

K = "rejection"

MESSAGES = [
    msg(K, "nsw_lhd_pageup_regret", "en", ("Northern Beaches Local Health District", "noreply@pageuppeople.com"),
        "Clinical Nurse Educator - Emergency (REQ 418832)", "2026-01-19T16:40:00+11:00", """
Dear Priya,

Thank you for your application for the position of Clinical Nurse Educator - Emergency (REQ 418832).

The selection panel has now completed its assessment of all applications. We regret to inform you that on this occasion your application has not been shortlisted for interview.

We appreciate the time you have taken and encourage you to apply for future vacancies at www.health.example.gov.au/careers.

Yours sincerely,

Recruitment and Onboarding Services
Northern Beaches Local Health District

This email was sent from an unmonitored mailbox. Please do not reply.
""", company="Northern Beaches Local Health District"),

    msg(K, "hiring_mgr_mobile_terse", "en", ("Deb Okafor", "deb.okafor@harbourviewprivate.example.com"),
        "Re: Quality & Patient Experience Lead", "2026-01-27T07:52:00+11:00", """
Hi Priya, thanks for coming in Friday. We've gone with an internal person in the end, sorry. Good luck!

Deb

Sent from my iPhone
""" + gmail(ME, "Sat, 24 Jan 2026 at 10:11 am", "Hi Deb,\n\nThanks so much for your time yesterday, it was great to hear about the ward redesign.\n\nKind regards,\nPriya"),
        company="Harbourview Private", parent="<CAPriya0124.harbourview@mail.example.com.au>"),

    msg(K, "greenhouse_soft_aligns", "en", ("Clinica Digital Health", "no-reply@us.greenhouse-mail.io"),
        "Your application to Clinica Digital Health", "2026-02-03T04:15:00+00:00", """
Hi Priya,

Thanks for your interest in the Clinical Safety Officer role at Clinica Digital Health and for the time you put into your application.

We had a lot of strong applicants for this role. After careful review, we've decided to pursue other candidates whose background more closely aligns with what we need right now.

We'll keep your details on file and may reach out if something suitable comes up.

All the best,
The Clinica Digital Health team
""", html=True, brand="Clinica Digital Health", colour="#00a37a", enc="b64", company="Clinica Digital Health",
        reply_to=("Maya Brennan", "maya.brennan@clinicadigital.example.com")),

    msg(K, "workday_regret_formal", "en", ("Southern Cross Healthcare", "southerncross@myworkday.com"),
        "Update regarding your application", "2026-02-10T11:02:00+10:00", """
Dear Priya Halvorsen-Mendes,

Re: Nurse Unit Manager - Digital Transformation (JR-20931)

We would like to thank you for your interest in career opportunities with Southern Cross Healthcare.

After a thorough review, we regret to advise that you have not been selected to progress further in the recruitment process for this role. Please note this decision is final.

Please continue to check our careers site for opportunities that match your skills and interests.

Regards,
Talent Acquisition
Southern Cross Healthcare Limited

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Southern Cross Healthcare Limited ABN 00 000 000 000.
""", html_only=True, html=True, brand="Southern Cross Healthcare", colour="#005cb9", company="Southern Cross Healthcare"),

    msg(K, "agency_relayed_bang", "en", ("Kirra Lawson", "kirra@bluegumhealthpartners.example.com.au"),
        "Feedback from Wattle Aged Care", "2026-02-12T15:30:00+10:00", """
Hi Priya!!

Hope your week's going well! Just heard back from the client (Wattle Aged Care) re the Clinical Governance Coordinator role - unfortunately they've decided not to move ahead with your application at this stage :( They said they were really after someone with direct aged care quality standards audit experience.

Honestly their loss!! I've got a couple of other things brewing that I think you'd be great for so let's chat next week!

Cheers,
Kirra Lawson
Senior Consultant | Bluegum Health Partners
M: 0412 555 019
""", company="Wattle Aged Care"),

    msg(K, "role_on_hold_uk", "en", ("Harriet Cole", "harriet.cole@stmarysnhs.example.org.uk"),
        "Digital Nurse Specialist - update", "2026-02-18T09:14:00+00:00", """
Dear Priya,

I hope you are well. I am writing to let you know that, following a review of the directorate's establishment, the Digital Nurse Specialist post has been put on hold and we shan’t be progressing with recruitment for the foreseeable future. I’m afraid this means we will not be taking your application any further.

I’m sorry to bring disappointing news, particularly as your application was a strong one. Should the post be re-advertised we would welcome a fresh application.

With best wishes,

Harriet Cole
Deputy Chief Nursing Information Officer
St Mary's Hospitals NHS Foundation Trust
Tel: 020 7946 0321
""", charset="windows-1252", company="St Mary's Hospitals NHS Foundation Trust"),

    msg(K, "after_panel_warm", "en", ("Tom Nguyen", "tom.nguyen@medicasoft.example.com"),
        "Following up", "2026-02-24T17:48:00+11:00", """
Hi Priya,

Thanks again for meeting with the panel last Tuesday. I wanted to call but kept missing you so thought I'd drop you a line.

It was a really close call and the panel genuinely enjoyed your clinical scenario answer. In the end we've offered the Implementation Consultant role to someone who has rolled out our EMR module before, which tipped it for us.

I'd be happy to give more detailed feedback over the phone if that would help - just let me know a time.

Best,
Tom

Tom Nguyen | Head of Customer Implementation
MedicaSoft Australia
+61 2 5550 1187
""", company="MedicaSoft Australia"),

    msg(K, "very_short_lever", "en", ("Pulsewise", "no-reply@hire.lever.co"),
        "Pulsewise | Clinical Product Specialist", "2026-03-02T22:05:00+00:00", """
Hi Priya,

Thanks for your time, but we won't be moving forward with your application for Clinical Product Specialist.

Pulsewise
""", company="Pulsewise"),

    msg(K, "indian_english_regret", "en", ("Ananya Iyer", "ananya.iyer@sanjeevanihealthtech.example.in"),
        "Regarding your candidature - Clinical Informatics Lead", "2026-03-05T13:20:00+05:30", """
Dear Priya,

Greetings from Sanjeevani HealthTech!

We thank you for your interest and for the time invested in the interview process for the Clinical Informatics Lead (Singapore) position.

We regret to inform you that we will not be able to take your candidature forward at this point of time, as the business has decided to go ahead with a profile having more hands-on HL7/FHIR integration exposure.

We shall keep your profile in our database and do revert to you should a suitable opening arise.

Thanks & Regards,
Ananya Iyer
Manager - Talent Acquisition
Sanjeevani HealthTech Pvt. Ltd. | Bengaluru | Singapore
""", company="Sanjeevani HealthTech"),

    msg(K, "take_home_feedback", "en", ("Leon Fraser", "leon@carecompass.example.io"),
        "Your written task", "2026-03-11T10:40:00+13:00", """
Kia ora Priya,

Thanks heaps for the written task on the discharge medication workflow - you clearly put a lot of thought into it.

We've reviewed the submissions and unfortunately we won't be progressing your application to the final stage. The team felt the proposal leaned more on training and less on the product change we were hoping to see.

I know that's a bummer after the effort you put in. Happy to jump on a call if you'd like to talk it through.

Ngā mihi,
Leon Fraser
Product Lead, CareCompass
Wellington
""", company="CareCompass"),

    msg(K, "position_filled_council", "en", ("Recruitment Team", "recruitment@hobartcity.example.gov.au"),
        "Application outcome - Community Health Programs Officer", "2026-03-16T14:00:00+11:00", """
Dear Ms Halvorsen-Mendes

Position: Community Health Programs Officer (Vacancy 26/014)

Thank you for your application for the above position. I am writing to advise that the position has now been filled.

City of Hobart appreciates your interest and wishes you every success in your future endeavours.

Yours faithfully

Human Resources
City of Hobart
""", company="City of Hobart", contact="recruitment@hobartcity.example.gov.au"),

    msg(K, "successfactors_singapore", "en", ("Lion City Health Group", "careers_noreply@successfactors.example.com"),
        "Application Status - Senior Nurse Manager (Clinical Quality)", "2026-03-23T09:35:00+08:00", """
Dear Priya,

Thank you for your application for Senior Nurse Manager (Clinical Quality), Job Requisition ID 88120.

We have carefully reviewed your application. Unfortunately, we are unable to shortlist you for the position as we have identified other candidates whose qualifications better match the requirements of the role.

We wish you all the best in your career.

Lion City Health Group
*** This is a system-generated email. Please do not reply. ***
""", enc="b64", company="Lion City Health Group"),

    msg(K, "executive_search_after_interview", "en", ("Olivia Brandt", "obrandt@marlowpartners.example.com"),
        "RE: Director of Nursing - Riverside", "2026-04-07T18:22:00+10:00", """
Priya,

I've just come off the phone with the Riverside Community Hospital board. They've decided to proceed with another candidate for the Director of Nursing appointment. They were complimentary about your presentation but ultimately prioritised someone with current DON tenure in a 200+ bed facility.

I'll call you tomorrow to debrief properly.

Regards
Olivia

Olivia Brandt
Partner, Marlow Partners
Level 21, 1 Example Place, Brisbane QLD 4000
""" + outlook(ME, "Friday, 3 April 2026 4:51 PM", "Olivia Brandt", "Director of Nursing - Riverside", "Hi Olivia,\n\nJust checking whether there's any news from Riverside?\n\nThanks,\nPriya"),
        company="Riverside Community Hospital", parent="<ME3a9@example.com.au>"),

    msg(K, "taleo_oddformat", "en", ("Pacifica Health Insurance", "pacifica@taleo.net"),
        "Pacifica Health Insurance - Thank you for your interest", "2026-04-14T03:11:00+00:00", """
Dear Priya ,

Thank you for your interest in the Clinical Review Nurse (Job Number: 2600417 ) position at Pacifica Health Insurance .

Afterreviewing your qualifications, we have decided to pursue other applicants for this position at this time .

We encourage you to continue to visit our career site for other opportunities.

Sincerely ,
Pacifica Health Insurance Recruiting
""", company="Pacifica Health Insurance"),

    msg(K, "swedish_owned_english", "en", ("Elin Sjöberg", "elin.sjoberg@nordvardmedtech.example.se"),
        "Clinical Application Specialist - APAC", "2026-04-28T08:05:00+02:00", """
Hi Priya,

Thank you for the nice conversation last week and for your patience while we finalised things.

I'm sorry to say that we have chosen to move on with another candidate for the Clinical Application Specialist position in Melbourne. It was a difficult choice. Your ICU background was very relevant, but we needed someone who can start before the product launch in June.

I wish you good luck and hope our paths cross again.

Best regards / Med vänlig hälsning
Elin Sjöberg
HR Business Partner APAC
NordVård Medtech AB
""", company="NordVård Medtech"),

    msg(K, "tafe_after_referee", "en", ("Sandra Pike", "sandra.pike@southbanktafe.example.edu.au"),
        "Teacher - Nursing (Diploma) outcome", "2026-05-20T12:30:00+10:00", """
Hi Priya,

Thank you for your patience through the referee check stage. The panel has now completed its deliberations and I'm sorry to let you know that you were not the preferred applicant for the Teacher - Nursing position.

Your interview was strong, and the panel has asked me to pass on that you would be considered suitable for a temporary pool for similar roles. If you would like to be placed in that pool, just reply to this email.

Kind regards,
Sandra Pike
Education Manager, Health & Community Services
South Bank TAFE
""", company="South Bank TAFE"),

    msg(K, "es_madrid_formal", "es", ("Selección Hospital Universitario Arganzuela", "seleccion@hu-arganzuela.example.es"),
        "Proceso de selección: Enfermera/o Gestor/a de Calidad", "2026-05-04T10:12:00+02:00", """
Estimada Priya:

Le agradecemos el interés mostrado en el puesto de Enfermera/o Gestor/a de Calidad y Seguridad del Paciente.

Tras analizar detenidamente todas las candidaturas recibidas, lamentamos comunicarle que en esta ocasión su perfil no ha sido seleccionado para continuar en el proceso.

Conservaremos su currículum en nuestra base de datos para futuras vacantes, salvo que nos indique lo contrario.

Atentamente,

Departamento de Selección
Hospital Universitario Arganzuela
""", charset="iso-8859-1", company="Hospital Universitario Arganzuela", contact="seleccion@hu-arganzuela.example.es"),

    msg(K, "es_chile_casual", "es", ("Catalina Rojas", "catalina.rojas@saludenlinea.example.cl"),
        "Re: Postulación Líder de Implementación Clínica", "2026-05-12T19:40:00-04:00", """
Hola Priya, ¿cómo estás?

Te escribo para contarte que finalmente decidimos avanzar con otra persona para el cargo de Líder de Implementación Clínica. Tu experiencia nos pareció muy buena, pero buscábamos a alguien con más trayectoria en la red pública chilena.

Muchas gracias por tu tiempo y por la buena disposición en las entrevistas. ¡Mucho éxito!

Saludos,
Cata

Catalina Rojas
Jefa de Personas · Salud en Línea SpA
""" + spanish(ME, "lun, 4 may 2026 a las 9:15", "Hola Catalina, quería saber si hay novedades sobre el proceso. Gracias!"),
        company="Salud en Línea", parent="<CAPriya.cl0504@mail.example.com.au>"),

    msg(K, "es_smartrecruiters", "es", ("Farmacias Ibéricas", "no-reply@smartrecruiters.com"),
        "Tu candidatura en Farmacias Ibéricas", "2026-06-02T08:00:00+02:00", """
Hola Priya,

Gracias por postularte a la oferta Especialista en Farmacovigilancia Digital.

Hemos revisado tu candidatura con atención y, aunque tu perfil es muy interesante, hemos decidido seguir adelante con otras personas cuya experiencia encaja mejor con lo que necesitamos en este momento.

Te animamos a seguir consultando nuestras ofertas.

Un saludo,
Equipo de Farmacias Ibéricas
""", html=True, brand="Farmacias Ibéricas", colour="#2e7d32", enc="b64", company="Farmacias Ibéricas"),

    msg(K, "es_vacante_cancelada", "es", ("Javier Molina", "jmolina@consultoriasanitaria.example.es"),
        "Actualización", "2026-06-15T13:05:00+02:00", """
Buenas tardes Priya,

Lamento comunicarte que el cliente ha decidido cancelar la vacante de Consultora de Transformación Digital Sanitaria por un cambio de presupuesto, por lo que el proceso queda cerrado y no podremos seguir adelante con tu candidatura.

Siento mucho las molestias después de las dos entrevistas. Si te parece, te tengo en cuenta para próximos proyectos.

Un abrazo,
Javier Molina
Socio Director | Molina & Vidal Consultoría Sanitaria
Tel. +34 91 555 23 40
""", charset="windows-1252", company="Molina & Vidal Consultoría Sanitaria"),

    msg(K, "es_tras_entrevista", "es", ("Lucía Fernández", "lucia.fernandez@grupoquironsur.example.es"),
        "Re: Entrevista Supervisora de Enfermería", "2026-07-01T17:30:00+02:00", """
Hola Priya:

Muchas gracias por participar en la entrevista con la Dirección de Enfermería. Finalmente nos hemos decantado por otra candidata, ya que el puesto requería experiencia previa de gestión de equipos en España.

Te deseamos mucha suerte.

Lucía Fernández
Técnica de RRHH
Grupo Hospitalario Sur
""", company="Grupo Hospitalario Sur"),

    msg(K, "fr_lyon_formel", "fr", ("Hospices Civils de Lyon Ouest", "recrutement@hclo.example.fr"),
        "Votre candidature - Cadre de santé chargé(e) de la qualité", "2026-03-19T11:00:00+01:00", """
Madame,

Nous avons bien étudié votre candidature au poste de Cadre de santé chargé(e) de la qualité et de la gestion des risques, et nous vous en remercions.

Nous sommes au regret de vous informer qu'elle n'a pas été retenue. Cette décision ne remet pas en cause vos compétences professionnelles.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Hospices Civils de Lyon Ouest
""", charset="iso-8859-1", company="Hospices Civils de Lyon Ouest", contact="recrutement@hclo.example.fr"),

    msg(K, "fr_belgian_startup", "fr", ("Pauline Dewulf", "pauline@mediclic.example.be"),
        "Suite à notre échange", "2026-04-09T16:45:00+02:00", """
Bonjour Priya,

Merci encore pour ton temps lors de notre call de mardi.

Après réflexion avec l'équipe produit, on a décidé de ne pas donner suite pour le poste de Clinical Success Manager : on cherche finalement quelqu'un basé à Bruxelles, et le full remote depuis l'Australie ne sera pas possible pour ce rôle.

Désolée de ne pas avoir de meilleure nouvelle, et bonne continuation !

Pauline
Head of People — Mediclic
""", company="Mediclic"),

    msg(K, "fr_welcome_ats", "fr", ("Santéa via Welcome to the Jungle", "noreply@welcometothejungle.example.com"),
        "Votre candidature chez Santéa", "2026-05-26T09:20:00+02:00", """
Bonjour Priya,

Vous avez postulé chez Santéa pour le poste de Chef(fe) de projet e-santé et nous vous remercions de l'intérêt porté à notre entreprise.

Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature. Nous avons reçu de nombreux profils et avons retenu des candidats dont l'expérience correspond davantage à nos besoins actuels.

Belle journée,
L'équipe Santéa
""", html=True, html_only=True, brand="Santéa", colour="#ffcd00", company="Santéa"),

    msg(K, "fr_poste_pourvu_cabinet", "fr", ("Marc Lefèvre", "m.lefevre@rhonealpesconseil.example.fr"),
        "Poste d'infirmière coordinatrice - clinique des Tilleuls", "2026-06-22T12:10:00+02:00", """
Bonjour Madame Halvorsen-Mendes,

Je reviens vers vous concernant le poste d'infirmière coordinatrice à la Clinique des Tilleuls. Le poste vient d'être pourvu en interne ; notre client a donc clôturé le recrutement.

Je reste à votre disposition et ne manquerai pas de vous recontacter si une opportunité proche de votre profil se présente.

Cordialement,
Marc Lefèvre
Consultant Senior Santé
Rhône-Alpes Conseil RH
04 72 55 12 80
""", charset="windows-1252", company="Clinique des Tilleuls"),

    msg(K, "fr_apres_entretien_court", "fr", ("Sophie Martin", "sophie.martin@infirmea.example.fr"),
        "Re: Entretien jeudi", "2026-08-04T08:30:00+02:00", """
Bonjour Priya,

Merci pour l'entretien de jeudi. Nous avons choisi un autre profil pour ce poste. Bonne continuation à vous.

Sophie Martin
Infirmea
Envoyé de mon iPhone
""", company="Infirmea"),

    msg(K, "de_munich_absage", "de", ("Klinikum Isartal", "bewerbung@klinikum-isartal.example.de"),
        "Ihre Bewerbung als Pflegeexpertin Digitalisierung", "2026-04-16T14:10:00+02:00", """
Sehr geehrte Frau Halvorsen-Mendes,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit im Klinikum Isartal.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Bitte sehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Klinikum Isartal GmbH
Geschäftsführung: Dr. M. Huber | Amtsgericht München HRB 000000
""", charset="iso-8859-1", company="Klinikum Isartal", contact="bewerbung@klinikum-isartal.example.de"),

    msg(K, "de_personio_stelle_gestrichen", "de", ("MediFlow", "noreply@personio.example.de"),
        "Update zu Ihrer Bewerbung bei MediFlow", "2026-05-07T10:00:00+02:00", """
Hallo Priya,

danke für deine Bewerbung als Clinical Implementation Manager (m/w/d).

Leider müssen wir dir mitteilen, dass die Stelle aus internen Gründen vorerst nicht besetzt wird. Wir führen den Prozess daher nicht fort.

Wir wünschen dir alles Gute für deine weitere Suche!

Viele Grüße
Dein MediFlow Team
""", html=True, brand="MediFlow", colour="#4f46e5", enc="b64", company="MediFlow",
        reply_to=("Jana Keller", "jana.keller@mediflow.example.de")),

    msg(K, "de_nach_gespraech", "de", ("Stefan Brunner", "stefan.brunner@pflegeplus-bayern.example.de"),
        "AW: Gespräch am Montag", "2026-06-10T16:55:00+02:00", """
Liebe Frau Halvorsen-Mendes,

herzlichen Dank nochmals für das angenehme Gespräch am Montag mit Frau Wolf und mir.

Wir haben uns nach reiflicher Überlegung für eine andere Kandidatin entschieden, deren Erfahrung im deutschen Qualitätsmanagement (QM-Handbuch, MDK-Prüfungen) besser zu unseren aktuellen Anforderungen passt.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.

Freundliche Grüße
Stefan Brunner
Pflegedirektor
PflegePlus Bayern gGmbH
""" + german(ME, "08.06.2026 um 18:02", "Sehr geehrter Herr Brunner,\nvielen Dank für das Gespräch heute.\nBeste Grüße\nPriya Halvorsen-Mendes"),
        company="PflegePlus Bayern", parent="<priya.de0608@example.com.au>"),

    msg(K, "de_recruitee_knapp", "de", ("Vitalis Digital", "jobs-noreply@recruitee.example.com"),
        "Deine Bewerbung – Vitalis Digital", "2026-07-14T07:45:00+02:00", """
Hi Priya,

vielen Dank für dein Interesse an Vitalis Digital. Wir haben uns entschieden, mit anderen Kandidat:innen weiterzumachen.

Beste Grüße
Vitalis Digital
""", company="Vitalis Digital"),

    msg(K, "jobvite_charity_regret", "en", ("Hope Street Mission", "notification@jobvite.example.com"),
        "Your application with Hope Street Mission", "2026-09-29T15:05:00+10:00", """
Dear Priya,

Thank you for taking the time to apply for the Clinical Quality & Safeguarding Advisor position at Hope Street Mission, and for the care you put into your responses to our key selection criteria.

We received an overwhelming response. While your experience is impressive, we’ve decided to progress with applicants whose experience more closely matches the needs of our community health programs at this time.

We’re grateful for your interest in our work and hope you’ll consider us again.

Warm regards,
Naomi Clarke
People Coordinator
Hope Street Mission | Serving Adelaide since 1921
""", charset="windows-1252", enc="qp", html=True, brand="Hope Street Mission", colour="#9a3412",
        reply_to=("Naomi Clarke", "naomi.clarke@hopestreetmission.example.org.au"), company="Hope Street Mission"),
]
