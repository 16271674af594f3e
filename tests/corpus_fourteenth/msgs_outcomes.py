"""Rejections, application acknowledgements and offers of the fourteenth corpus (data only)."""

from make_fourteenth import ME, M

_DISCLAIMER_NHS = """
--
This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received it in error please notify the sender and delete it. Any views expressed are those
of the individual and not necessarily those of the Trust. NHSmail is certified to the DCB1596
secure email standard."""

_DISCLAIMER_DE = """
--
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail ist nicht gestattet."""

MESSAGES = [
    # ----------------------------------------------------------------- rejections, English
    M("rejection", "trac_not_shortlisted", "en", "Irwell Valley Hospitals NHS Foundation Trust", "",
      "Irwell Valley Hospitals NHS FT <no-reply@trac.jobs>",
      "Application update - Clinical Project Coordinator - 245-CORP-7781",
      """Dear Daniel Okafor

Vacancy:  Clinical Project Coordinator
Reference:  245-CORP-7781
Site:  Irwell Valley Hospitals - Bury General

Thank you for your recent application for the above post.

The shortlisting panel have now considered all applications and I am sorry to inform you that
on this occasion you have not been shortlisted for interview.

Competition for posts is high and the panel have to make difficult decisions. We would
encourage you to keep an eye on our current vacancies.

Yours sincerely

Recruitment Services
Irwell Valley Hospitals NHS Foundation Trust

*** This is an automated message. Replies to this address are not monitored. ***""",
      "2026-06-29 16:02 +0100", cte="8bit"),
    M("rejection", "jobtrain_after_interview", "en", "Pennine Moor Community Health NHS Trust", "",
      "Pennine Moor Community Health <noreply@jobtrain.co.uk>",
      "Your application for Patient Flow Coordinator (Band 6)",
      """Dear Daniel,

Thank you for taking the time to attend interview for the position of Patient Flow Coordinator (Band 6).

The panel were impressed by the quality of candidates and it was a difficult decision. Unfortunately, on this occasion, you have not been successful.

If you would like feedback on your interview, please contact the recruiting manager, Karen Dillon, via the Jobtrain messaging centre within 28 days.

We wish you every success in your future career.

Kind regards,
Recruitment Team
Pennine Moor Community Health NHS Trust

https://pennine-moor.jobtrain.co.uk/candidate/messages""",
      "2026-08-06 11:44 +0100", fmt="html", skin="ats"),
    M("rejection", "workday_soft", "en", "Corvanta Medical", "",
      "Corvanta Medical <corvanta@myworkday.com>",
      "Update",
      """Hello Daniel,

Thank you for your interest in the Clinical Operations Associate (R-0048812) position at Corvanta Medical and for the time you invested in your application.

After careful review, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We encourage you to create a job alert in our careers site so that you hear about future openings that match your profile.

Best regards,
Corvanta Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
© 2026 Corvanta Medical, Inc. All rights reserved. 1200 Lakeside Drive, Marlborough, MA.""",
      "2026-07-08 22:13 +0100", fmt="alt", skin="ats", cte="qp"),
    M("rejection", "manager_mobile_blunt", "en", "Brightwell Clinics", "priya.raman@brightwell-clinics.example.com",
      "Priya Raman <priya.raman@brightwell-clinics.example.com>",
      "Re: Ops lead role",
      """Hi Daniel, thanks for your time on Tues but we won't be moving forward. Wasn't the right fit for where we are rn. Best of luck w the search.

P

Sent from my iPhone""",
      "2026-07-17 19:51 +0100",
      quote=("iphone", ME, """Hi Priya,

Thanks again for meeting me on Tuesday, I really enjoyed hearing about the new day surgery unit.
Happy to send over anything else you need.

Best wishes,
Daniel""")),
    M("rejection", "care_group_shant_progress", "en", "Larchfield Care", "m.holroyd@larchfieldcare.example.co.uk",
      "Margaret Holroyd <m.holroyd@larchfieldcare.example.co.uk>",
      "Deputy Home Manager - Heaton Lodge",
      """Dear Daniel,

Many thanks for coming in to see us at Heaton Lodge last Thursday, and for your patience while we completed the remaining interviews.

I'm afraid we shan't be progressing your application any further on this occasion. The panel felt that another candidate's experience of CQC inspections and care home management gave them the edge for this particular post. It was a close thing, and your clinical background came across very strongly.

I'd be very happy to give you some feedback over the phone if that would be useful - just let me know a convenient time.

With best wishes,

Margaret Holroyd
Regional Operations Manager
Larchfield Care
T: 0161 496 0732 | M: 07700 900418
[Larchfield Care - caring since 1987]""",
      "2026-07-20 10:05 +0100", fmt="alt", skin="corp"),
    M("rejection", "dublin_role_on_hold", "en", "Blackrock Bay Clinic", "siobhan.kearney@blackrockbay.example.ie",
      "Siobhán Kearney <siobhan.kearney@blackrockbay.example.ie>",
      "Patient Flow Manager - update",
      """Hi Daniel,

I hope you're keeping well. I wanted to let you know that following a budget review last week, the Patient Flow Manager role has been put on hold for the foreseeable future, so unfortunately we won't be proceeding with any of the applications we received, including yours.

I'm sorry to be bringing this news, particularly as you were one of the candidates we were hoping to meet. If the post is re-advertised I'll make sure to reach out to you directly.

Thanks a million for your interest in Blackrock Bay.

Kind regards,
Siobhán

Siobhán Kearney | HR Business Partner
Blackrock Bay Clinic, Rock Road, Blackrock, Co. Dublin
+353 1 555 0142""",
      "2026-08-12 09:37 +0100"),
    M("rejection", "agency_relayed_internal", "en", "Harbourside Health", "ellie.marsh@medrecruitpartners.example.co.uk",
      "Ellie Marsh <ellie.marsh@medrecruitpartners.example.co.uk>",
      "Fwd: Candidate feedback - D Okafor",
      """Hi Daniel!

Just heard back from Harbourside (see below) - gutted to say they've gone with an internal candidate :( Honestly nothing you did wrong, the hiring manager said you interviewed really well!

I've got a couple of other things that might suit you so I'll give you a ring tomorrow if that's ok?

Ellie x

Ellie Marsh | Senior Consultant - Healthcare Management
MedRecruit Partners | 0161 555 0199""",
      "2026-08-19 17:20 +0100",
      fwd=("Rob Acheson <r.acheson@harbourside-health.example.co.uk>", "Wed, 19 Aug 2026 at 15:02",
           "Candidate feedback - D Okafor",
           """Hi Ellie,

Thanks for sending Daniel over. We were impressed with him at interview but have decided to appoint an internal candidate to the Service Improvement Lead role, so we won't be taking him forward.

Please pass on our thanks.

Rob""")),
    M("rejection", "greenhouse_after_case_study", "en", "Helixa Diagnostics", "nadia.brooks@helixa-dx.example.com",
      "Helixa Diagnostics <no-reply@greenhouse.io>",
      "Your application to Helixa Diagnostics",
      """Hi Daniel,

Thank you for completing the case study for the Clinical Implementation Specialist role and for walking us through it last week. We know a take-home exercise is a real investment of time, and we appreciate the thought you put into it.

After reviewing all of the submissions with the hiring team, we have decided not to move forward with your candidacy. The team was looking for more hands-on experience with laboratory information systems integration, which was a gap in this case.

We'll keep your details on file and would be glad to hear from you again in future.

All the best,
Nadia Brooks
Talent Partner, Helixa Diagnostics""",
      "2026-09-02 18:48 +0100", reply_to="Nadia Brooks <nadia.brooks@helixa-dx.example.com>",
      fmt="alt", skin="ats"),
    M("rejection", "ashby_one_liner", "en", "Quillon Health", "",
      "Quillon Health <no-reply@ashbyhq.com>",
      "Re: your application",
      """Thanks for your time, but we won't be moving forward with your application for Care Operations Manager.

- The Quillon Health team""",
      "2026-09-14 03:12 +0100", fmt="alt", skin="bare"),
    M("rejection", "indian_not_shortlisted", "en", "Sanjeevani HealthTech", "ankita.sharma@sanjeevani-health.example.com",
      "Ankita Sharma <ankita.sharma@sanjeevani-health.example.com>",
      "Application Status - Clinical Program Coordinator (Remote - UK/EU)",
      """Dear Daniel,

Greetings from Sanjeevani HealthTech!

Thank you for attending the telephonic round with our team. We regret to inform you that your profile has not been shortlisted for the next round of the selection process for the position of Clinical Program Coordinator.

We will keep your resume in our database and revert in case of any suitable opening in the future.

Wishing you all the best for your future endeavours.

Thanks & Regards,
Ankita Sharma
HR Executive - Talent Acquisition
Sanjeevani HealthTech Pvt. Ltd.
Mob: +91 98xxx 41220 | www.sanjeevani-health.example.com

DISCLAIMER: The information contained in this electronic message and any attachments to this message are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information.""",
      "2026-08-27 07:15 +0100", cte="b64"),
    M("rejection", "aussie_filled", "en", "Southern Cross Telehealth", "jack.nguyen@southerncrosstelehealth.example.com",
      "Jack Nguyen <jack.nguyen@southerncrosstelehealth.example.com>",
      "Clinical Ops Coordinator (remote)",
      """G'day Daniel,

Just a quick one to let you know the Clinical Ops Coordinator role has now been filled. Cheers heaps for throwing your hat in the ring - your nursing background was ace and it was a tough call.

No worries at all if you want to keep an eye on our careers page, we're growing pretty quick.

Cheers,
Jack

Jack Nguyen
People & Culture | Southern Cross Telehealth
Level 4, 88 Flinders Lane, Melbourne""",
      "2026-07-30 01:06 +0100"),
    M("rejection", "successfactors_after_interview", "en", "Vireo Medical Devices", "",
      "Vireo Medical Devices Careers <noreply@successfactors.eu>",
      "Vireo Medical Devices : Your Application Status",
      """Dear  Daniel  Okafor ,

Thank you for your interest in the position  Clinical Operations Specialist - EMEA  (Requisition ID:  40211 ) and for the time you spent with our interview team.

After careful consideration , we regret to inform you that we will not be proceeding with your application for this position. This decision was not easy given the strong field of candidates.

Your profile will remain in our talent community, and we encourage you to apply for other positions that match your qualifications.

Sincerely ,
Vireo Medical Devices Talent Acquisition

This email was sent by an automated system. Please do not respond to this message.""",
      "2026-09-23 12:00 +0200", fmt="html", skin="ats", cte="qp"),
    M("rejection", "taleo_no_individual_feedback", "en", "Meridian Life & Health", "",
      "Meridian Life & Health <meridian-careers@taleo.net>",
      "Meridian Life & Health - Clinical Case Manager (2604417)",
      """Dear Daniel,

Thank you for applying for the Clinical Case Manager position (Job Number 2604417) with Meridian Life & Health.

We have now completed our review of the candidates for this role, and regret to advise that you have not been selected to continue in the process.

Due to the number of applications received we are unable to provide individual feedback.

We appreciate your interest in Meridian and wish you well in your career.

Meridian Life & Health Recruitment

---------------------------------------------------------------
Please do not reply to this message. Replies are not read.
Meridian Life & Health Ltd is authorised by the Prudential Regulation Authority.""",
      "2026-09-09 14:30 +0100", cte="b64"),
    M("rejection", "dublin_after_panel_outlook", "en", "St Brigid's University Hospital", "aoife.byrne@stbrigids.example.ie",
      "Byrne, Aoife <aoife.byrne@stbrigids.example.ie>",
      "RE: Thank you - CNM2 Clinical Governance interview",
      """Dear Daniel,

Thank you for your kind note, and again for attending the interview on the 3rd. I have now been asked to let all the candidates know the outcome.

Regrettably you were not successful on this occasion. The panel placed you on the panel list at position 4, and should further posts arise in the next six months the list may be used, so please don't be discouraged.

If you would like feedback, I would be happy to arrange a call with the panel chair.

Kind regards,

Aoife Byrne
HR Officer - Recruitment
St Brigid's University Hospital
Tel: +353 1 555 0198

**********************************************************************
This email and any files transmitted with it are confidential. If you
are not the intended recipient please notify the sender immediately.
**********************************************************************""",
      "2026-09-10 15:41 +0100", fmt="alt", skin="corp",
      quote=("outlook", ME, """Dear Ms Byrne,

Thank you for arranging yesterday's interview. It was a pleasure to meet the panel and I am
very keen on the clinical governance post.

Kind regards,
Daniel Okafor""")),
    M("rejection", "dutch_english", "en", "Zorgpunt", "femke.devries@zorgpunt.example.nl",
      "Femke de Vries <femke.devries@zorgpunt.example.nl>",
      "Your application at Zorgpunt",
      """Dear Daniel,

Thank you for your application and the nice conversation of last week. We have discussed it internally with the team and we have decided to not continue with your application.

The reason is that we are searching for someone with more experience in the Dutch healthcare system and who is speaking Dutch, since a big part of the job is contact with the care providers here. This was not clear enough in the vacancy, our apologies for that.

We wish you a lot of success with finding a nice job!

With kind regards,

Femke de Vries
Recruiter | Zorgpunt
Stationsplein 12, Utrecht""",
      "2026-09-18 13:22 +0200"),
    M("rejection", "italian_english", "en", "Medilab Ventura", "selezione@medilabventura.example.it",
      "Ufficio Selezione Medilab Ventura <selezione@medilabventura.example.it>",
      "Application - Clinical Project Coordinator",
      """Dear Mr. Okafor,

we thank you for the interest shown in our company and for sending us your CV.

Unfortunately at the moment your profile does not match with our current needs, being the position focused on the Italian market. We will keep your data in our archive for future selections, in compliance with the GDPR (EU Regulation 2016/679).

Best regards

Chiara Lombardi
HR Department
Medilab Ventura S.p.A.
Via Emilia 220 - 40026 Imola (BO)""",
      "2026-07-02 10:48 +0200", charset="iso-8859-1"),
    M("rejection", "lever_soft", "en", "Tessellate Health", "",
      "Tessellate Health <no-reply@hire.lever.co>",
      "Following up",
      """Hi Daniel,

Thanks so much for your interest in Tessellate Health and the Clinical Programme Manager role. We really enjoyed learning about your background.

We've reviewed your application carefully and at this time we have decided to move forward with other candidates whose experience is a closer match for what the team needs right now.

We know this isn't the news you were hoping for. We'd love to stay in touch - follow us on LinkedIn for future openings.

Warmly,
The Tessellate Health Talent Team""",
      "2026-07-24 21:05 +0100", fmt="alt", skin="ats", cte="b64"),
    M("rejection", "gmail_chain_chase", "en", "Ardwick Community Health Partnership", "t.whitlock@ardwickchp.example.org.uk",
      "Tom Whitlock <t.whitlock@ardwickchp.example.org.uk>",
      "Re: Following up",
      """Hi Daniel

Apologies for the slow reply, it's been a manic couple of weeks with the winter planning.

I'm afraid the panel went with someone who had more direct operational management experience. Genuinely close though and I'd encourage you to go for the band 7 service manager post when it comes out in the new year.

Best
Tom

--
Tom Whitlock
Head of Operations, Urgent Care
Ardwick Community Health Partnership
07700 900 552""",
      "2026-10-06 20:14 +0100",
      quote=("gmail", ME, """Hi Tom,

I hope you are well. I just wanted to follow up on the interview for the Operations Manager
post on 18 September, as I haven't heard anything yet. I'm still very interested.

Many thanks,
Daniel""")),
    # ----------------------------------------------------------------- rejections, German
    M("rejection", "stellenportal_absage", "de", "Klinikum Spreebogen", "",
      "Klinikum Spreebogen - Stellenportal <noreply@stellenportal.klinikum-spreebogen.example.de>",
      "Ihre Bewerbung als Pflegeexperte Projektkoordination (m/w/d) - Kennziffer 2026-114",
      """Sehr geehrter Herr Okafor,

vielen Dank für Ihr Interesse an einer Tätigkeit im Klinikum Spreebogen und für Ihre Bewerbung als Pflegeexperte Projektkoordination (m/w/d).

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerber*innen entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.

Wir bedanken uns für das uns entgegengebrachte Vertrauen und wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen

Ihr Team Personalgewinnung
Klinikum Spreebogen gGmbH
Spreeuferstraße 40, 10557 Berlin

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""",
      "2026-08-25 08:03 +0200", charset="iso-8859-1", cte="qp"),
    M("rejection", "personio_sorgfaeltig", "de", "Alpenwerk Medizintechnik", "",
      "Alpenwerk Medizintechnik GmbH <no-reply@mail.personio.de>",
      "Rückmeldung zu Ihrer Bewerbung",
      """Hallo Herr Okafor,

herzlichen Dank für Ihre Bewerbung als Clinical Affairs Coordinator und die Zeit, die Sie sich für uns genommen haben.

Wir haben uns Ihre Unterlagen genau angesehen. Leider können wir Sie im weiteren Auswahlprozess nicht berücksichtigen, da wir für diese Position einen stärkeren Fokus auf regulatorische Erfahrung (MDR) legen.

Wir wünschen Ihnen viel Erfolg und alles Gute für Ihre weitere Suche.

Beste Grüße
Ihr Recruiting-Team der Alpenwerk Medizintechnik GmbH""",
      "2026-07-14 16:40 +0200", fmt="alt", skin="ats"),
    M("rejection", "startup_du_absage", "de", "Pulsly", "lena@pulsly.example.de",
      "Lena Hartmann <lena@pulsly.example.de>",
      "Kurzes Update von uns",
      """Hey Daniel,

danke nochmal für das richtig nette Gespräch letzte Woche, hat echt Spaß gemacht!

Leider muss ich dir sagen, dass wir uns am Ende für jemand anderen entschieden haben. Ausschlaggebend war vor allem, dass die Person schon länger in einem Health-Startup gearbeitet hat und wir gerade jemanden brauchen, der sofort loslegen kann.

Das ist wirklich keine Entscheidung gegen dich - wenn du magst, bleiben wir gern in Kontakt!

Liebe Grüße
Lena

Lena Hartmann | People & Talent
Pulsly - digitale Pflegedokumentation
Torstraße 140, 10119 Berlin""",
      "2026-08-03 17:55 +0200"),
    M("rejection", "pflegeheim_besetzt", "de", "Seniorenresidenz Am Isarhang", "k.brandl@isarhang.example.de",
      "Katharina Brandl <k.brandl@isarhang.example.de>",
      "Ihre Bewerbung vom 02.07.",
      """Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung als Pflegedienstleitung (stellv.) in unserer Einrichtung.

Leider müssen wir Ihnen mitteilen, dass die Stelle zwischenzeitlich besetzt wurde. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Ihre Unterlagen senden wir Ihnen nicht zurück, da sie uns ausschließlich elektronisch vorliegen; sie werden fristgerecht gelöscht.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Katharina Brandl
Verwaltung
Seniorenresidenz Am Isarhang
Isarstraße 12 - 81541 München
Tel. 089 / 555 0371""",
      "2026-07-21 11:12 +0200", charset="windows-1252", cte="8bit"),
    M("rejection", "nach_gespraech_outlook", "de", "Klinikverbund Oberland", "andrea.huber@klinikverbund-oberland.example.de",
      "Huber, Andrea <andrea.huber@klinikverbund-oberland.example.de>",
      "AW: Vorstellungsgespräch Stabsstelle Prozessmanagement Pflege",
      """Sehr geehrter Herr Okafor,

nochmals vielen Dank für das angenehme Gespräch am vergangenen Dienstag sowie Ihre freundliche Nachricht.

Nach reiflicher Überlegung haben wir uns jedoch für eine Kandidatin entschieden, die bereits Erfahrung mit der Einführung von Pflegeprozessen in einem bayerischen Klinikverbund mitbringt. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Gerne gebe ich Ihnen bei Interesse telefonisch ein kurzes Feedback.

Freundliche Grüße

Andrea Huber
Personalreferentin
Klinikverbund Oberland
Tel. +49 8821 555-214""" + _DISCLAIMER_DE,
      "2026-09-04 10:26 +0200", fmt="alt", skin="corp",
      quote=("outlook_de", ME, """Sehr geehrte Frau Huber,

vielen Dank für das freundliche Gespräch heute. Ich habe einen sehr guten Eindruck vom Team
gewonnen und freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Daniel Okafor""")),
    # ----------------------------------------------------------------- rejections, French
    M("rejection", "fr_formel_non_retenue", "fr", "Axione Santé", "",
      "Axione Santé - Recrutement <ne-pas-repondre@axione-sante.example.fr>",
      "Votre candidature - Chef de projet opérations cliniques (H/F)",
      """Bonjour Daniel Okafor,

Nous vous remercions de l'intérêt que vous portez à Axione Santé et du temps consacré à nos échanges.

Après une étude attentive de votre profil, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous conservons vos coordonnées dans notre base, sauf opposition de votre part, afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons une pleine réussite dans vos recherches.

L'équipe Recrutement
Axione Santé""",
      "2026-10-07 09:00 +0200", charset="iso-8859-1", cte="qp", fmt="alt", skin="ats"),
    M("rejection", "fr_startup_tutoiement", "fr", "Santelia", "camille@santelia.example.fr",
      "Camille Roussel <camille@santelia.example.fr>",
      "Suite à notre échange",
      """Hello Daniel,

Merci encore pour ton temps mardi, c'était super intéressant d'échanger sur ton parcours aux urgences.

Après pas mal de discussions en interne, on a finalement choisi un profil plus orienté produit pour ce poste. Je sais que ce n'est pas la réponse que tu espérais, désolée !

Si tu es d'accord, je garde ton CV sous le coude pour les postes ops qu'on ouvrira début 2027.

Belle journée,
Camille

--
Camille Roussel - Talent Acquisition
Santelia · 18 rue de Paradis, 75010 Paris""",
      "2026-09-29 18:33 +0200", cte="8bit"),
    M("rejection", "fr_cabinet_client", "fr", "Clinique des Alpilles", "j.moreau@moreau-sante-rh.example.fr",
      "Julien Moreau <j.moreau@moreau-sante-rh.example.fr>",
      "Retour de notre client",
      """Bonjour Monsieur Okafor,

Je reviens vers vous suite à votre entretien avec la Clinique des Alpilles pour le poste de coordinateur du parcours patient.

Malgré la qualité de votre échange avec la direction des soins, notre client a décidé de ne pas donner suite à votre candidature, privilégiant un candidat disposant d'une expérience du système de santé français.

Je reste naturellement à votre disposition et ne manquerai pas de vous solliciter pour d'autres missions.

Bien cordialement,

Julien Moreau
Consultant Senior
Cabinet Moreau Santé RH
06 12 34 56 78""",
      "2026-09-16 11:47 +0200", charset="windows-1252", cte="qp"),
    # ----------------------------------------------------------------- rejections, Spanish
    M("rejection", "es_hospital_formal", "es", "Hospital Ría de Bilbao", "seleccion@hospitalriabilbao.example.es",
      "Selección de Personal - Hospital Ría de Bilbao <seleccion@hospitalriabilbao.example.es>",
      "Proceso de selección Coordinador/a de Proyectos Asistenciales",
      """Estimado Sr. Okafor:

En primer lugar, queremos agradecerle su participación en el proceso de selección para el puesto de Coordinador/a de Proyectos Asistenciales y el tiempo dedicado a las entrevistas.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, su perfil no ha sido seleccionado para cubrir la vacante. No obstante, sus datos permanecerán en nuestra base de datos para futuros procesos.

Le deseamos mucha suerte en su carrera profesional.

Atentamente,

Departamento de Selección de Personal
Hospital Ría de Bilbao
Tel. 944 555 120""",
      "2026-09-21 13:05 +0200", charset="iso-8859-1", cte="qp", subject_charset="iso-8859-1"),
    M("rejection", "es_sevilla_cubierto", "es", "Clínica Giralda Salud", "marta.ruiz@giraldasalud.example.es",
      "Marta Ruiz <marta.ruiz@giraldasalud.example.es>",
      "Re: tu candidatura",
      """Hola Daniel,

Te escribo para comentarte que finalmente hemos cubierto el puesto de supervisión con una persona de la propia clínica. Gracias de verdad por tu interés y por la entrevista del otro día, nos gustó mucho conocerte.

Si más adelante sale algo que encaje contigo, te aviso sin falta.

Un abrazo,
Marta

Marta Ruiz
RRHH · Clínica Giralda Salud
Avda. de la Constitución 30, Sevilla""",
      "2026-08-31 12:19 +0200",
      quote=("es", ME, """Hola Marta,

¿Sabéis ya algo sobre el puesto de supervisión? Sigo muy interesado.

Un saludo,
Daniel""")),
    M("rejection", "es_mexico_ats", "es", "Seguros Vitalis", "",
      "Seguros Vitalis Talento <no-responder@segurosvitalis.example.mx>",
      "Actualización de tu proceso - Coordinador de Casos Médicos",
      """Hola Daniel:

Te agradecemos mucho tu interés en formar parte de Seguros Vitalis y el tiempo que dedicaste a tu entrevista con nosotros.

Después de revisar con detenimiento tu perfil, te informamos que en esta ocasión no continuaremos con tu proceso para la vacante de Coordinador de Casos Médicos (remoto). Esta decisión no demerita tu experiencia; simplemente buscamos un perfil con mayor conocimiento del sector asegurador en México.

Te invitamos a seguir pendiente de nuestras vacantes.

¡Mucho éxito!
Equipo de Atracción de Talento
Seguros Vitalis""",
      "2026-10-13 23:40 +0200", charset="iso-8859-1", cte="b64", fmt="alt", skin="ats"),
    M("rejection", "es_argentina_voseo", "es", "Bioandes", "sofia.ibarra@bioandes.example.com",
      "Sofía Ibarra <sofia.ibarra@bioandes.example.com>",
      "Novedades de la búsqueda",
      """Hola Daniel, ¿cómo estás?

Te quería contar que, después de las entrevistas con el equipo, decidimos avanzar con otros perfiles para la posición de Clinical Operations Analyst. Valoramos mucho tu experiencia en enfermería, pero en esta etapa necesitamos alguien con más recorrido en estudios clínicos.

Gracias por tu tiempo y por la buena onda durante todo el proceso. Ojalá podamos cruzarnos en una próxima búsqueda.

Saludos!
Sofi

Sofía Ibarra | Talent Acquisition
Bioandes · Buenos Aires, Argentina""",
      "2026-08-14 19:02 +0200"),
    # ----------------------------------------------------------------- acknowledgements, English
    M("application_received", "trac_ack_volume", "en", "Kersal Moor NHS Foundation Trust", "",
      "Kersal Moor NHS Foundation Trust <no-reply@trac.jobs>",
      "Application received - 412-NUR-2290 Clinical Project Lead",
      """Dear Daniel

Thank you for applying for the post of Clinical Project Lead (Band 7), reference 412-NUR-2290.

Your application has been submitted successfully and will be passed to the recruiting manager after the closing date (12/07/2026).

Due to the high volume of applications we receive, we are unable to contact every applicant individually. If you have not heard from us within 3 weeks of the closing date, please assume that on this occasion your application has not been successful.

You can track the progress of your application at any time by logging in to your account.

Kind regards

Recruitment Team
Kersal Moor NHS Foundation Trust

Please do not reply to this email as this mailbox is not monitored.""",
      "2026-07-01 21:47 +0100"),
    M("application_received", "jobtrain_no_feedback", "en", "Elmbridge House Hospice", "",
      "Elmbridge House Hospice <noreply@jobtrain.co.uk>",
      "Thank you for your application",
      """Dear Daniel

Thank you for your application for the role of Clinical Services Coordinator at Elmbridge House Hospice.

We will review all applications after the closing date of Sunday 19th July. Unfortunately we are unable to provide individual feedback at this stage of the process, but every application is read by a member of the clinical leadership team.

Shortlisted candidates will be contacted by email.

Every day, Elmbridge House cares for more than 400 patients and families across Salford and Trafford. Thank you for wanting to be part of it.

Best wishes
People Team, Elmbridge House Hospice
Registered charity no. 1000000""",
      "2026-07-09 13:10 +0100", fmt="html", skin="ats"),
    M("application_received", "workday_ack", "en", "Corvanta Medical", "",
      "Corvanta Medical <corvanta@myworkday.com>",
      "We have received your application",
      """Hi Daniel,

Thanks for applying to Clinical Operations Associate (R-0048812) at Corvanta Medical. We have received your application and our talent acquisition team is reviewing it.

What happens next?
 - Our team reviews every application against the requirements of the role
 - If your experience is a match, a recruiter will reach out to discuss next steps
 - You can check your application status any time in the Candidate Home

Thank you for considering Corvanta Medical.

Corvanta Talent Acquisition

https://corvanta.wd1.myworkdayjobs.com/en-US/Careers/userHome""",
      "2026-06-18 08:31 +0100", fmt="alt", skin="ats", cte="b64"),
    M("application_received", "greenhouse_ack", "en", "Helixa Diagnostics", "",
      "Helixa Diagnostics <no-reply@greenhouse.io>",
      "Thank you for applying to Helixa Diagnostics",
      """Hi Daniel,

Thanks for your interest in Helixa Diagnostics! We've received your application for the Clinical Implementation Specialist (Dublin or Remote) role.

Our team will review your application and, if there's a match, we'll be in touch about next steps. In the meantime, check out our blog to learn more about how we're bringing rapid diagnostics to community hospitals.

Best,
Helixa Diagnostics Recruiting""",
      "2026-07-22 17:05 +0100", fmt="alt", skin="ats"),
    M("application_received", "indeed_apply", "en", "Willowbank Care Homes", "",
      "Indeed Apply <indeedapply@indeed.com>",
      "Application submitted: Clinical Lead - Nursing Home",
      """Your application has been submitted

Clinical Lead - Nursing Home
Willowbank Care Homes - Stockport SK4
£48,000 - £52,000 a year

Good luck, Daniel! Your application was sent to Willowbank Care Homes. You can track your application status on My jobs.

What's next?
The employer will review your application. If they are interested, they may contact you by email or phone.

View my jobs: https://uk.indeed.com/myjobs

You are receiving this email because you applied for a job on Indeed. Indeed Ltd, 1 Cardinal Place, London.""",
      "2026-07-06 22:41 +0100", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://uk.indeed.com/unsub?t=apply>"}),
    M("application_received", "linkedin_easy_apply", "en", "Quillon Health", "",
      "LinkedIn <jobs-noreply@linkedin.com>",
      "Daniel, your application was sent to Quillon Health",
      """Your application was sent to Quillon Health

Care Operations Manager
Quillon Health · Manchester (Hybrid)

Applied on 24 Aug 2026

Now, take these next steps for more success:
 - Follow Quillon Health to stay up to date
 - Message the hiring team

View application: https://www.linkedin.com/jobs/view/4100912233/

This email was intended for Daniel Okafor (Registered Nurse | Aspiring Clinical Operations).
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
      "2026-08-24 07:58 +0100", fmt="alt", skin="news",
      headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub>"}),
    M("application_received", "human_got_cv", "en", "South Dublin Health Region", "ciara.doyle@southdublinhealth.example.ie",
      "Ciara Doyle <ciara.doyle@southdublinhealth.example.ie>",
      "Re: CNM2 - Clinical Governance (Campaign SDH-0614)",
      """Hi Daniel,

Thanks, got your CV and cover letter, all looks in order. I'll pass it on to the director of nursing and the shortlisting panel next week once the campaign closes, and I'll be in touch either way.

Ciara

Ciara Doyle | Recruitment Administrator
South Dublin Health Region | 01 555 0177""",
      "2026-08-05 14:20 +0100",
      quote=("gmail", ME, """Dear Ciara,

Please find attached my CV and cover letter for the CNM2 Clinical Governance post
(Campaign SDH-0614). I am an NMBI-registered nurse currently working in acute medicine.

Kind regards,
Daniel Okafor""")),
    M("application_received", "smartrecruiters_ack", "en", "Orbis Home Care", "",
      "Orbis Home Care <notification@smartrecruiters.com>",
      "Orbis Home Care: thanks for applying!",
      """Dear Daniel,

Thank you for your interest in Orbis Home Care. This is to confirm we have received your application for Regional Quality & Care Coordinator.

Our recruiting team is reviewing applications and will contact you if your profile matches what we're looking for. Please note that because of the volume of applications, we are unable to reply to every applicant personally.

Kind Regards,
Orbis Home Care Talent Team""",
      "2026-07-27 09:02 +0100", fmt="html", skin="ats", cte="b64"),
    M("application_received", "taleo_ack_ref", "en", "Meridian Life & Health", "",
      "Meridian Life & Health <meridian-careers@taleo.net>",
      "Meridian Life & Health - Application Acknowledgement",
      """Dear Daniel Okafor,

This is an acknowledgement that we have received your application for the position

    Job Title:      Clinical Case Manager
    Job Number:     2604417
    Location:       United Kingdom-Manchester-Spinningfields

We will review your qualifications and contact you should there be a suitable match.

To check the status of your application, log in to our career section.

Sincerely,
Meridian Life & Health Recruitment

Please do not reply to this message. Replies are not read.""",
      "2026-08-10 12:14 +0100", cte="b64"),
    M("application_received", "ashby_ack", "en", "Nimbus Clinical", "",
      "Nimbus Clinical <no-reply@ashbyhq.com>",
      "Thanks for applying to Nimbus Clinical",
      """Hi Daniel,

Thanks for applying for the Clinical Project Coordinator (Remote, EMEA) role at Nimbus Clinical! We're a small team, so a real human reads every application - usually within a week or two.

If we'd like to take things further we'll email you to set up a first call. Either way, we'll let you know.

Cheers,
Nimbus Clinical""",
      "2026-07-15 15:55 +0100", fmt="alt", skin="bare"),
    M("application_received", "ireland_public_campaign", "en", "South Dublin Health Region", "",
      "Health Careers Recruitment <donotreply@healthcareers.example.ie>",
      "Acknowledgement - Campaign SDH-0614",
      """Dear Applicant,

We acknowledge receipt of your application for the following campaign:

Campaign: SDH-0614 - Clinical Nurse Manager 2, Clinical Governance
Employer: South Dublin Health Region

Please note that a shortlisting process may be carried out on the basis of the information supplied in your application. Candidates who are shortlisted will be invited to interview.

Please retain this email for your records. We will not be in a position to respond to individual queries regarding the status of applications until shortlisting is complete.

Health Careers Recruitment
This mailbox is not monitored.""",
      "2026-08-04 18:00 +0100", cte="8bit"),
    # ----------------------------------------------------------------- acknowledgements, German
    M("application_received", "de_stellenportal_eingang", "de", "Klinikum Spreebogen", "",
      "Klinikum Spreebogen - Stellenportal <noreply@stellenportal.klinikum-spreebogen.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 2026-114",
      """Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung als Pflegeexperte Projektkoordination (m/w/d) im Klinikum Spreebogen.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen

Ihr Team Personalgewinnung
Klinikum Spreebogen gGmbH

Dies ist eine automatisch generierte Nachricht.""",
      "2026-06-23 10:16 +0200", charset="iso-8859-1", cte="qp"),
    M("application_received", "de_personio_eingang", "de", "Alpenwerk Medizintechnik", "",
      "Alpenwerk Medizintechnik GmbH <no-reply@mail.personio.de>",
      "Ihre Bewerbung bei der Alpenwerk Medizintechnik GmbH",
      """Hallo Herr Okafor,

vielen Dank für Ihre Bewerbung als Clinical Affairs Coordinator bei der Alpenwerk Medizintechnik GmbH. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung und melden uns in Kürze bei Ihnen.

Beste Grüße
Ihr Recruiting-Team der Alpenwerk Medizintechnik GmbH""",
      "2026-06-30 09:44 +0200", fmt="alt", skin="ats"),
    M("application_received", "de_softgarden_du", "de", "Pflegewerk Berlin-Mitte", "",
      "Pflegewerk Berlin-Mitte <no-reply@softgarden.io>",
      "Danke für deine Bewerbung!",
      """Hey Daniel,

danke für deine Bewerbung als Teamleitung Pflegeorganisation bei uns im Pflegewerk Berlin-Mitte!

Wir schauen uns deine Unterlagen in den nächsten Tagen in Ruhe an und melden uns dann bei dir. Falls du Fragen hast, schreib uns einfach über dein Bewerberkonto.

Bis bald
Dein Pflegewerk-Team""",
      "2026-07-10 20:31 +0200", fmt="html", skin="ats"),
    M("application_received", "de_krankenkasse_geduld", "de", "BKK Alpenland", "",
      "BKK Alpenland Personal <bewerbung-noreply@bkk-alpenland.example.de>",
      "Eingangsbestätigung",
      """Sehr geehrter Herr Okafor,

wir bestätigen den Eingang Ihrer Bewerbung als Referent Versorgungsmanagement (m/w/d) und danken Ihnen für Ihr Interesse an der BKK Alpenland.

Aufgrund der Vielzahl an Bewerbungen bitten wir noch um etwas Geduld. Leider ist es uns nicht möglich, jede Bewerbung einzeln zu kommentieren; Sie erhalten jedoch in jedem Fall eine Nachricht von uns, sobald das Auswahlverfahren abgeschlossen ist.

Mit freundlichen Grüßen
Personalabteilung
BKK Alpenland
Körperschaft des öffentlichen Rechts""",
      "2026-08-11 07:48 +0200", charset="windows-1252", cte="qp"),
    # ----------------------------------------------------------------- acknowledgements, French
    M("application_received", "fr_wttj_envoyee", "fr", "Santelia", "",
      "Welcome to the Jungle <no-reply@welcometothejungle.com>",
      "Ta candidature chez Santelia a bien été envoyée",
      """Bonne nouvelle Daniel,

Ta candidature pour le poste de Coordinateur·rice Opérations Cliniques chez Santelia a bien été envoyée !

L'équipe de recrutement va étudier ton profil. En attendant, découvre d'autres entreprises qui recrutent dans la santé.

Suivre ma candidature : https://www.welcometothejungle.com/fr/me/applications

À très vite,
L'équipe Welcome to the Jungle""",
      "2026-08-26 12:03 +0200", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.welcometothejungle.com/unsubscribe>"}),
    M("application_received", "fr_accuse_reception", "fr", "Axione Santé", "",
      "Axione Santé - Recrutement <ne-pas-repondre@axione-sante.example.fr>",
      "Accusé de réception de votre candidature",
      """Bonjour Daniel Okafor,

Nous accusons bonne réception de votre candidature au poste de Chef de projet opérations cliniques (H/F) - Télétravail / Dublin, et vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier va être étudié avec la plus grande attention par nos équipes. Nous ne manquerons pas de revenir vers vous dans les meilleurs délais.

Bien cordialement,
L'équipe Recrutement
Axione Santé""",
      "2026-08-18 08:22 +0200", charset="iso-8859-1", cte="qp"),
    # ----------------------------------------------------------------- acknowledgements, Spanish
    M("application_received", "es_infojobs_inscrito", "es", "Clínica Giralda Salud", "",
      "InfoJobs <no-reply@infojobs.net>",
      "Te has inscrito en la oferta: Supervisor/a de Enfermería",
      """¡Hola Daniel!

Te has inscrito correctamente en la oferta Supervisor/a de Enfermería de Clínica Giralda Salud (Sevilla).

La empresa ya puede ver tu CV. Te avisaremos cuando lo lea o cambie el estado de tu candidatura.

Consulta el estado de tus candidaturas en https://www.infojobs.net/candidate/applications

Equipo InfoJobs""",
      "2026-07-28 11:37 +0200", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.infojobs.net/unsubscribe>"}),
    M("application_received", "es_hospital_no_individual", "es", "Hospital Ría de Bilbao", "",
      "Hospital Ría de Bilbao - Empleo <no-reply@empleo.hospitalriabilbao.example.es>",
      "Confirmación de recepción de candidatura",
      """Estimado/a candidato/a:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Coordinador/a de Proyectos Asistenciales (Ref. HRB-26-031).

Debido al elevado número de candidaturas recibidas, no nos es posible responder individualmente a cada una de ellas. Si su perfil se ajusta a los requisitos, nos pondremos en contacto con usted en las próximas semanas.

Gracias por su interés en formar parte de nuestro equipo.

Hospital Ría de Bilbao
Departamento de Personas""",
      "2026-07-03 09:28 +0200", charset="iso-8859-1", cte="8bit"),
    M("application_received", "es_colombia_postulacion", "es", "Seguros Vitalis", "",
      "Seguros Vitalis Talento <no-responder@segurosvitalis.example.mx>",
      "¡Recibimos tu postulación!",
      """¡Hola, Daniel!

Gracias por postularte a la vacante Coordinador de Casos Médicos (remoto). Recibimos tu hoja de vida y nuestro equipo de Atracción de Talento la revisará en los próximos días.

Si tu perfil avanza, te contactaremos por este medio o por teléfono.

¡Gracias por pensar en nosotros!
Seguros Vitalis""",
      "2026-09-01 02:10 +0200", fmt="alt", skin="ats", cte="b64"),
    # ----------------------------------------------------------------- offers
    M("offer", "trac_conditional_offer", "en", "Kersal Moor NHS Foundation Trust", "",
      "Kersal Moor NHS Foundation Trust <no-reply@trac.jobs>",
      "Conditional offer of employment - 412-NUR-2290",
      """Dear Daniel

Clinical Project Lead (Band 7) - 412-NUR-2290

Following your recent interview, I am delighted to make you a conditional offer of employment for the above post.

This offer is subject to the satisfactory completion of pre-employment checks, including:
  * two satisfactory references covering the last three years
  * an enhanced DBS disclosure
  * occupational health clearance
  * verification of your NMC registration and right to work

Please log in to your account within 5 working days to accept or decline this offer and to complete your pre-employment documentation. Your start date will be agreed once all checks are complete.

Congratulations, and welcome to Kersal Moor.

Recruitment Team
Kersal Moor NHS Foundation Trust

Please do not reply to this email as this mailbox is not monitored.""",
      "2026-08-14 16:22 +0100"),
    M("offer", "verbal_offer_followup", "en", "Orbis Home Care", "hannah.pryce@orbishomecare.example.co.uk",
      "Hannah Pryce <hannah.pryce@orbishomecare.example.co.uk>",
      "Great speaking earlier!",
      """Hi Daniel,

Great speaking earlier, and congrats again! Just putting in writing what we discussed on the phone: we'd love you to join us as Regional Quality & Care Coordinator, on £44,500 plus car allowance, 37.5 hrs, hybrid from the Stockport office.

HR will send the formal offer letter and contract over in the next couple of days. Any questions in the meantime just shout.

Really looking forward to working with you.

Hannah

Hannah Pryce
Head of Quality | Orbis Home Care
07700 900 614""",
      "2026-09-03 17:46 +0100"),
    M("offer", "hospice_offer_letter_pdf", "en", "Elmbridge House Hospice", "r.achebe@elmbridgehouse.example.org.uk",
      "Rachel Achebe <r.achebe@elmbridgehouse.example.org.uk>",
      "Offer of employment - Clinical Services Coordinator",
      """Dear Daniel,

Further to your interview on 12 August, I am very pleased to offer you the position of Clinical Services Coordinator at Elmbridge House Hospice.

Please find attached your offer letter, which sets out the salary, hours and terms, together with our new starter form. I'd be grateful if you could sign and return the acceptance slip by Friday 28 August.

If you have any questions about the offer, please do give me a ring.

With warm wishes,

Rachel Achebe
People Manager
Elmbridge House Hospice
0161 555 0440""",
      "2026-08-20 12:08 +0100", fmt="alt", skin="corp", attach=("Offer_Letter_D_Okafor.pdf", "application/pdf")),
    M("offer", "docusign_contract", "en", "Nimbus Clinical", "olivia.grant@nimbusclinical.example.com",
      "Olivia Grant via DocuSign <dse@docusign.net>",
      "Please DocuSign: Nimbus Clinical - Employment Agreement - Daniel Okafor",
      """Olivia Grant sent you a document to review and sign.

REVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=3f2c

Hi Daniel - as promised, here is your employment agreement for the Clinical Project Coordinator role. Please review and sign by Friday; once it's back we'll get your laptop ordered and confirm your start date of 2 November. So pleased you're joining us!

Olivia

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign: Sign documents electronically in just minutes.""",
      "2026-10-14 15:31 +0100", reply_to="Olivia Grant <olivia.grant@nimbusclinical.example.com>",
      fmt="html", skin="news"),
    M("offer", "dublin_pleased_to_offer", "en", "South Dublin Health Region", "ciara.doyle@southdublinhealth.example.ie",
      "Ciara Doyle <ciara.doyle@southdublinhealth.example.ie>",
      "CNM2 Clinical Governance - SDH-0614",
      """Dear Daniel,

Following your successful interview, I am pleased to offer you the post of Clinical Nurse Manager 2, Clinical Governance, on a permanent whole-time basis, subject to satisfactory Garda vetting, references and occupational health clearance.

Your contract and the relevant forms will issue by post this week. Please confirm your acceptance by reply to this email and indicate your proposed start date.

Congratulations!

Kind regards,
Ciara

Ciara Doyle | Recruitment Administrator
South Dublin Health Region | 01 555 0177""",
      "2026-09-25 11:03 +0100", fmt="alt", skin="corp"),
    M("offer", "agency_offer_excited", "en", "Calder Valley Private Hospital", "ellie.marsh@medrecruitpartners.example.co.uk",
      "Ellie Marsh <ellie.marsh@medrecruitpartners.example.co.uk>",
      "GREAT NEWS!!!",
      """Daniel!!!

Calder Valley Private Hospital want to OFFER you the Theatre Scheduling & Patient Pathway Manager role!!! They absolutely loved you on Monday.

Details: £47k basic, 37.5hrs Mon-Fri, start date flexible (they said ideally early Nov). Written offer will come from their HR team but I wanted you to hear it from me first!!

Give me a call when you're free and we'll talk through everything. SO happy for you!!

Ellie x

Ellie Marsh | Senior Consultant - Healthcare Management
MedRecruit Partners | 0161 555 0199""",
      "2026-10-15 13:12 +0100"),
    M("offer", "de_vertragsangebot", "de", "Alpenwerk Medizintechnik", "m.gruber@alpenwerk-med.example.de",
      "Maximilian Gruber <m.gruber@alpenwerk-med.example.de>",
      "Vertragsangebot Clinical Operations Coordinator",
      """Sehr geehrter Herr Okafor,

wir freuen uns sehr, Ihnen nach den guten Gesprächen die Position als Clinical Operations Coordinator in unserem Team in Garching anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 25.09.2026 zurück. Als Eintrittstermin haben wir den 01.11.2026 vorgesehen.

Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen

Maximilian Gruber
Head of Clinical Operations
Alpenwerk Medizintechnik GmbH
Lichtenbergstraße 8, 85748 Garching
Tel. +49 89 555 2201""" + _DISCLAIMER_DE,
      "2026-09-15 14:02 +0200", charset="iso-8859-1", cte="qp",
      attach=("Arbeitsvertrag_Okafor.pdf", "application/pdf")),
    M("offer", "de_du_angebot", "de", "Medi-Kompass", "jonas@medi-kompass.example.de",
      "Jonas Weber <jonas@medi-kompass.example.de>",
      "Wir wollen dich im Team!",
      """Hi Daniel,

nach unserem letzten Gespräch mit Anna und Murat war für uns alle ganz klar: Wir würden dich wirklich gerne an Bord holen als Clinical Success Lead!

Im Anhang findest du unser Angebot (Gehalt, Urlaub, Remote-Regelung usw.). Lies es dir in Ruhe durch und sag Bescheid, wenn du Fragen hast oder wir noch über etwas sprechen sollen.

Wir freuen uns riesig!
Jonas

--
Jonas Weber · Co-Founder & CEO
Medi-Kompass · Berlin""",
      "2026-10-09 18:25 +0200", attach=("Angebot_Medi-Kompass.pdf", "application/pdf")),
    M("offer", "fr_promesse_embauche", "fr", "Groupe Mutualiste Horizon", "claire.fontaine@horizon-mutuelle.example.fr",
      "Claire Fontaine <claire.fontaine@horizon-mutuelle.example.fr>",
      "Proposition d'embauche - Chargé de coordination parcours de soins",
      """Bonjour Daniel,

Suite à nos différents échanges, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Chargé de coordination parcours de soins, en CDI, en télétravail avec des déplacements ponctuels à Lyon.

Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération (48 K€ bruts annuels), la date de prise de poste envisagée et les conditions de télétravail. Je vous remercie de nous la retourner signée sous huit jours.

Je reste à votre disposition pour en discuter.

Bien cordialement,

Claire Fontaine
Responsable Recrutement
Groupe Mutualiste Horizon""",
      "2026-10-20 10:40 +0200", charset="windows-1252", cte="qp",
      attach=("Promesse_embauche_Okafor.pdf", "application/pdf")),
    M("offer", "es_sevilla_oferta", "es", "Hospital San Telmo", "l.serrano@hospitalsantelmo.example.es",
      "Lucía Serrano <l.serrano@hospitalsantelmo.example.es>",
      "Oferta - Coordinador de Proyectos Clínicos",
      """Estimado Daniel:

Nos complace comunicarte que, tras el proceso de selección, hemos decidido ofrecerte el puesto de Coordinador de Proyectos Clínicos en el Hospital San Telmo.

Te adjuntamos la carta de oferta con las condiciones (jornada completa, contrato indefinido, incorporación prevista el 2 de noviembre). Te agradeceríamos que nos confirmaras tu aceptación antes del viernes 23 de octubre.

¡Enhorabuena y bienvenido!

Lucía Serrano
Responsable de Personas
Hospital San Telmo · Sevilla
Tel. 954 555 310""",
      "2026-10-16 12:55 +0200", attach=("Carta_oferta_Okafor.pdf", "application/pdf")),
]
