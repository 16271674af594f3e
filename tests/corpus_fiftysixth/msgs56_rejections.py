"""Corpus 56: rejections as they arrived in the candidate's inbox (data only)."""

from __future__ import annotations

from msgs56_build import Msg as M

R = "rejection"

MESSAGES = [
M(R, "workday_miner_soft", "en", "Karrabin Minerals", "",
  ("Karrabin Minerals Careers", "karrabin@myworkday.example.com"),
  "Your application for Reliability Engineer - Fixed Plant (R-118204)", "2026-02-11 14:02 +0800",
  """Dear Priya,

Thank you for your interest in the Reliability Engineer - Fixed Plant role (R-118204) at our Tom Price operations and for the time you took to apply.

We received a strong field of applicants. After careful consideration, we have decided to pursue other candidates whose background more closely aligns with the requirements of this role.

We will keep your details on file and encourage you to keep an eye on our Careers page for future opportunities.

Kind regards,
Talent Acquisition
Karrabin Minerals

This is a system generated email from Workday. Replies to this mailbox are not monitored.""",
  mode="alt", style="ats", headers={"Auto-Submitted": "auto-generated"}),

M(R, "hm_mobile_internal", "en", "Tallis Bay Ports", "dave.kowalski@tallisbayports.example.com",
  ("Dave Kowalski", "dave.kowalski@tallisbayports.example.com"),
  "Re: Maintenance Superintendent", "2026-03-19 18:47 +0800",
  """Hi Priya, thanks for coming in Tues. We've ended up going with an internal candidate for this one, sorry mate. Really appreciated your time and the site walk. Good luck with it all.

Dave

Dave Kowalski | Operations Manager
Tallis Bay Ports
M 0412 555 019

Sent from my iPhone

> On 17 Mar 2026, at 9:02 am, Priya Ramaswamy-Tait <priya.rt@example.com.au> wrote:
>
> Hi Dave,
> Thanks again for showing me around the shiploader yesterday. Happy to send through the RCM examples we discussed.
> Regards, Priya""",
  reply=True, cte="7bit"),

M(R, "aberdeen_shant", "en", "Granite Subsea Engineering", "fiona.mcleod@granitesubsea.example.co.uk",
  ("Fiona McLeod", "fiona.mcleod@granitesubsea.example.co.uk"),
  "Integrity Engineer - Aberdeen", "2026-04-02 10:31 +0100",
  """Dear Priya

Many thanks for your application for the Integrity Engineer post and for speaking with Callum last week.

Having reviewed all applications against the brief, I'm afraid we shan't be progressing yours to the next stage on this occasion. The team were keen to find someone with recent North Sea subsea experience, which was a deciding factor.

I do appreciate this isn't the news you were hoping for, and wish you every success with your move into energy transition roles.

Best wishes

Fiona McLeod
HR Business Partner
Granite Subsea Engineering Ltd
Tel: +44 (0)1224 555 702

Granite Subsea Engineering Ltd is registered in Scotland No. SC555123. This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.""",
  charset="iso-8859-1"),

M(R, "india_regret_revert", "en", "Vasant Projects", "hr.recruit@vasantprojects.example.in",
  ("HR Recruitment - Vasant Projects", "hr.recruit@vasantprojects.example.in"),
  "Regarding your candidature for Sr. Engineer - Mechanical (Static & Rotating)", "2026-02-23 11:20 +0530",
  """Dear Ms. Priya,

Greetings from Vasant Projects Pvt. Ltd.!

This is with reference to your candidature for the position of Sr. Engineer - Mechanical (Static & Rotating) for our Kuala Lumpur project office.

We regret to inform you that your profile has not been shortlisted for the said position as the requirement has been closed with a candidate having GCC refinery exposure.

We shall retain your CV in our data bank and revert to you as and when a suitable opening arises. Kindly do revert in case of any queries.

Thanks & Regards,
Anjali Deshmukh
Manager - Talent Acquisition
Vasant Projects Pvt. Ltd.
+91 22 5555 0192 | www.vasantprojects.example.in""", mode="alt"),

M(R, "state_gov_on_hold", "en", "Department of Energy, Mines and Industry", "recruitment.demi@wa.example.gov.au",
  ("Recruitment DEMI", "recruitment.demi@wa.example.gov.au"),
  "Hydrogen Project Engineer - Level 7 - DEMI26/0193", "2026-05-06 15:45 +0800",
  """Dear Ms Ramaswamy-Tait

RE: Hydrogen Project Engineer - Level 7 (Ref DEMI26/0193)

Thank you for your interest in the above position.

I wish to advise that, following a review of the Department's project funding, this recruitment process has been placed on hold and will not proceed further. As a result, your application will not be progressed. Should the position be re-advertised, you are welcome to apply again.

The Department thanks you for the time and effort taken in preparing your application.

Yours sincerely

Kylie Brandt
Senior HR Consultant
Department of Energy, Mines and Industry
Government of Western Australia
T: (08) 6555 1200

DISCLAIMER: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. The Department does not accept liability for any viruses.""",
  mode="alt", cte="b64"),

M(R, "greenhouse_after_takehome", "en", "Voltgrid", "hannah.lim@voltgrid.example.com",
  ("Voltgrid", "no-reply@us.greenhouse-mail.example.io"),
  "Voltgrid - Asset Performance Engineer", "2026-06-09 08:12 +1000",
  """Hi Priya,

Thank you so much for the work you put into the case study — the team genuinely enjoyed your degradation model for the Wallgrove site and the way you walked us through it.

This was a really close call, but we've offered the role to another candidate whose experience with grid-scale battery warranties was a slightly closer fit for where we are right now.

I'd love to stay in touch as we're growing fast in Queensland later this year.

Warmly,
Hannah Lim
Talent Partner, Voltgrid""",
  mode="alt", style="ats", reply_to="Hannah Lim <hannah.lim@voltgrid.example.com>"),

M(R, "agency_relay_rail", "en", "Ironstone Rail", "jess@pilbaraworkforce.example.com.au",
  ("Jess Tran", "jess@pilbaraworkforce.example.com.au"),
  "Ironstone - feedback", "2026-03-03 16:58 +0800",
  """Hey Priya!!

Just got off the phone with the client (Ironstone Rail) - unfortunately they've decided to go with another candidate who had a bit more rolling stock experience. Gutted for you as the feedback from the hiring manager was really positive!!

Honestly don't let it get you down, there's a couple of other FIFO reliability roles coming through next week and I'll be putting you forward for those :)

Chat soon!
Jess

Jess Tran | Senior Consultant - Mining & Rail
Pilbara Workforce Solutions
0400 555 311 | pilbaraworkforce.example.com.au
[Pilbara Workforce Solutions logo]""", cte="7bit"),

M(R, "terse_update", "en", "Sunmere Energy", "mei.chen@sunmere.example.com",
  ("Mei Chen", "mei.chen@sunmere.example.com"),
  "Update", "2026-07-14 12:05 +1000",
  """Hi Priya,

Thanks for your time, but we won't be moving forward. All the best with your search.

Mei
--
Sunmere Energy | Brisbane""", cte="7bit"),

M(R, "taleo_water_not_shortlisted", "en", "Harbourline Water", "",
  ("Harbourline Water Careers", "careers-noreply@taleo.example.net"),
  "Harbourline Water - Application Status - Req 26-00412", "2026-01-28 09:00 +1100",
  """Dear Priya Ramaswamy-Tait ,

Re :   Requisition 26-00412  Asset Integrity Engineer (Treatment Plants)

We appreciate your interest in Harbourline Water and the time you invested in applying .

Following review of your application against the key selection criteria , you have not been shortlisted for further consideration for this position .

We encourage you to create a job alert to be notified of future vacancies.

Regards ,

Harbourline Water Recruitment Team

***Please do not reply to this email. This mailbox is not monitored.***""",
  charset="windows-1252", cte="qp"),

M(R, "pageup_university", "en", "Bramwell University", "",
  ("Bramwell University", "noreply@pageuppeople.example.com"),
  "Your application - Lecturer in Asset Management (Teaching Focused)", "2026-08-20 17:30 +0930",
  """Dear Priya

Thank you for your application for the position of Lecturer in Asset Management (Teaching Focused), Job Reference 5521.

The selection committee has now completed shortlisting and I regret to advise that on this occasion your application was unsuccessful.

We received a large number of high-quality applications and appreciate the interest you have shown in working at Bramwell University.

Yours sincerely

People and Culture
Bramwell University
CRICOS Provider 05551A""",
  mode="html", style="ats"),

M(R, "singapore_panel_candidature", "en", "Straits Marine Terminals", "serene.goh@straitsmarine.example.sg",
  ("Serene Goh", "serene.goh@straitsmarine.example.sg"),
  "Outcome of Interview - Senior Reliability Engineer", "2026-05-22 14:16 +0800",
  """Dear Ms Ramaswamy-Tait,

Thank you for attending the panel interview on 15 May 2026 for the position of Senior Reliability Engineer.

We regret to inform you that, after careful deliberation, the panel has decided not to proceed with your candidature. We wish to thank you for the time and effort you have put in throughout the selection process.

We wish you every success in your future endeavours.

Yours sincerely,
Serene Goh
Assistant Manager, Human Resources
Straits Marine Terminals Pte Ltd
DID: +65 6555 0423

CONFIDENTIALITY: This email is intended only for the named recipient(s) and may contain privileged information.""",
  mode="alt", cte="qp"),

M(R, "japanese_owned_apology", "en", "Kitamura Heavy Industries Australia", "t.sato@kitamura-hi.example.com.au",
  ("Takeshi Sato", "t.sato@kitamura-hi.example.com.au"),
  "Result of selection / Field Service Engineer (Gas Turbines)", "2026-04-17 13:40 +1000",
  """Dear Priya Ramaswamy-Tait san,

We sincerely thank you for your application and for taking part in our interviews with our Sydney and Yokohama members.

After careful examination, we have concluded that we cannot offer you the position at this time. We apologise that we could not meet your expectations, and we are grateful for your interest in our company.

We sincerely pray for your further success.

Best regards,
Takeshi Sato
General Affairs & HR Section
Kitamura Heavy Industries Australia Pty Ltd
Level 12, 55 Example St, Sydney NSW 2000""", cte="7bit"),

M(R, "norwegian_lever", "en", "Nordvik Offshore Wind", "ingrid.haugen@nordvikwind.example.no",
  ("Nordvik Offshore Wind", "no-reply@hire.lever.example.co"),
  "Your application to Nordvik Offshore Wind", "2026-06-30 10:05 +0200",
  """Hi Priya,

Thanks for applying for the O&M Reliability Lead role in Stavanger/remote. We've read your application carefully, and we've decided not to move ahead with it at this stage.

We're a small team and hiring for a very specific gap right now, so this isn't a judgement on your experience. We'll hold on to your details if that's ok with you.

All the best,
Ingrid Haugen
People & Culture, Nordvik Offshore Wind""",
  mode="alt", style="ats", reply_to="Ingrid Haugen <ingrid.haugen@nordvikwind.example.no>"),

M(R, "emirati_oracle", "en", "Al Dhafra Energy Services", "",
  ("Al Dhafra Energy Services", "no-reply@fa.oraclecloud.example.com"),
  "Application status update - Rotating Equipment Engineer (Req 4471)", "2026-09-08 09:44 +0400",
  """Dear Priya,

Thank you for your interest in career opportunities with Al Dhafra Energy Services.

We regret to advise that your profile was not selected for the Rotating Equipment Engineer position (Requisition 4471) in Abu Dhabi. Please be assured that your profile will remain in our talent pool.

We wish you success in your career.

Best regards,
Talent Acquisition Team
Al Dhafra Energy Services""",
  mode="html", style="ats"),

M(R, "successfactors_psychometric", "en", "Meridian Rail", "",
  ("Meridian Rail Careers", "careers@successfactors.example.eu"),
  "Meridian Rail: Graduate-to-Experienced Program - Assessment outcome", "2026-03-25 19:00 +1100",
  """Hi Priya,

Thank you for completing the online assessments for the Rollingstock Reliability Engineer role.

Our assessment process is designed to identify candidates whose results best match the capabilities required. Based on your results, we will not be progressing your application further on this occasion.

You can request a summary of your assessment feedback via the SHL portal within 30 days.

Kind regards,
Meridian Rail Talent Team

Meridian Rail acknowledges the Traditional Custodians of the land on which we operate.""",
  mode="alt", style="ats", cte="b64"),

M(R, "outlook_chain_consultancy", "en", "Harlow & Finch Engineering", "tom.harlow@harlowfinch.example.co.uk",
  ("Tom Harlow", "tom.harlow@harlowfinch.example.co.uk"),
  "RE: Principal Mechanical Engineer - interview follow up", "2026-05-12 16:22 +0100",
  """Priya,

Apologies for the delay in coming back to you. We've now concluded interviews and unfortunately we won't be taking your application further - the other shortlisted candidate has UK water sector experience we need on day one for the AMP8 programme.

Thanks for your patience with the time difference for the interview, it was good to meet you.

Regards
Tom

Tom Harlow CEng MIMechE
Director
Harlow & Finch Engineering
+44 20 5555 0188

From: Priya Ramaswamy-Tait <priya.rt@example.com.au>
Sent: 05 May 2026 23:14
To: Tom Harlow <tom.harlow@harlowfinch.example.co.uk>
Subject: Principal Mechanical Engineer - interview follow up

Hi Tom,

Just following up on my interview on 28 April. Is there any update on timing?

Kind regards,
Priya""", reply=True, mode="alt"),

M(R, "agency_role_cancelled_fid", "en", "Redgum Power", "sam.oconnor@talentforge.example.com.au",
  ("Sam O'Connor", "sam.oconnor@talentforge.example.com.au"),
  "Following up", "2026-07-02 11:10 +0800",
  """Hi Priya,

Bad news on the Redgum Power one unfortunately - the client has pulled the role. The Collie BESS project didn't reach FID this quarter so they've cancelled the hire altogether and won't be proceeding with any of the shortlist.

Nothing on your end at all, they were keen. If it comes back I'll let you know first.

Cheers,
Sam O'Connor
Principal Consultant | Energy & Resources
TalentForge
0433 555 828""", cte="7bit"),

M(R, "icims_calgary", "en", "Prairie Crest Pipelines", "",
  ("Prairie Crest Pipelines", "do-not-reply@icims.example.com"),
  "Prairie Crest Pipelines - Reliability Engineer II", "2026-08-04 15:30 -0600",
  """Dear Priya,

Thank you for your interest in the Reliability Engineer II position with Prairie Crest Pipelines.

After reviewing your qualifications, we have determined that other candidates more closely match the requirements of this position, including Canadian work authorization, and we have decided not to move forward with your application.

We appreciate your interest in Prairie Crest and wish you the best in your career search.

Sincerely,
Prairie Crest Pipelines Human Resources""",
  mode="html", style="ats", charset="windows-1252"),

M(R, "chile_minera_formal", "es", "Minera Cordillera Alta", "valentina.rojas@cordilleraalta.example.cl",
  ("Valentina Rojas", "valentina.rojas@cordilleraalta.example.cl"),
  "Proceso de selección Ingeniero(a) de Confiabilidad", "2026-04-08 17:12 -0400",
  """Estimada Priya:

Junto con saludar, agradecemos sinceramente tu interés en formar parte de Minera Cordillera Alta y el tiempo dedicado a las entrevistas.

Lamentamos informarte que en esta oportunidad no continuarás en el proceso de selección para el cargo de Ingeniero(a) de Confiabilidad, ya que se optó por un perfil con mayor experiencia en plantas concentradoras en Chile.

Tus antecedentes quedarán en nuestra base de datos para futuros procesos.

Saludos cordiales,

Valentina Rojas
Analista de Atracción de Talento
Minera Cordillera Alta
+56 2 2555 0140""", charset="iso-8859-1", cte="qp"),

M(R, "madrid_casual_chain", "es", "Eólica Meseta", "lucia.benitez@eolicameseta.example.es",
  ("Lucía Benítez", "lucia.benitez@eolicameseta.example.es"),
  "Re: Candidatura Ingeniera O&M", "2026-05-27 13:03 +0200",
  """Hola Priya,

Gracias por tu paciencia. Te escribo para contarte que finalmente hemos decidido seguir adelante con otros perfiles que encajan mejor con lo que buscamos ahora mismo (sobre todo por el nivel de castellano técnico para el trato con los parques).

Ha sido un placer conocerte y de verdad te deseo mucha suerte.

Un abrazo,
Lucía
Eólica Meseta · Personas

El mar, 19 may 2026 a las 9:41, Priya Ramaswamy-Tait (<priya.rt@example.com.au>) escribió:
> Hola Lucía,
> Quería saber si hay novedades sobre el proceso. ¡Gracias!
> Priya""", reply=True, mode="alt"),

M(R, "lima_posicion_cubierta", "es", "Andes Hidro", "",
  ("Andes Hidro - Selección", "notificaciones@buk.example.pe"),
  "Actualización de tu postulación", "2026-06-15 10:00 -0500",
  """Estimada Priya Ramaswamy-Tait:

Agradecemos tu participación en el proceso de selección para la posición de Jefe de Mantenimiento Mecánico - Central Hidroeléctrica.

Te comunicamos que la posición ha sido cubierta, por lo que no continuaremos con tu candidatura. Valoramos mucho tu interés en Andes Hidro.

Atentamente,
Equipo de Gestión del Talento
Andes Hidro S.A.C.

Este es un mensaje automático, por favor no responder.""", mode="html", style="ats"),

M(R, "hm_mobile_es", "es", "Hidrógeno Verde Atacama", "javier.munoz@hvatacama.example.cl",
  ("Javier Muñoz", "javier.munoz@hvatacama.example.cl"),
  "Re: entrevista", "2026-09-02 20:33 -0300",
  """Hola Priya, gracias por la entrevista del martes. Al final nos quedamos con un candidato con más experiencia en electrolizadores, así que no vamos a seguir contigo esta vez. Lo siento!

Saludos
Javier Muñoz - Gerente de Ingeniería, Hidrógeno Verde Atacama

Enviado desde mi iPhone""", reply=True),

M(R, "es_proceso_suspendido", "es", "Ingeniería Tajo", "rrhh@ingenieriatajo.example.es",
  ("Marta Gil · Ingeniería Tajo", "rrhh@ingenieriatajo.example.es"),
  "Información sobre el proceso – Ingeniero/a de Fiabilidad", "2026-10-06 12:20 +0200",
  """Buenos días Priya,

Te escribimos en relación con tu candidatura al puesto de Ingeniero/a de Fiabilidad en Madrid.

Por motivos internos, el proceso de selección ha quedado suspendido de forma indefinida y no seguiremos adelante con la contratación. Sentimos las molestias y te agradecemos el tiempo dedicado.

Un saludo,
Marta Gil
Recursos Humanos
Ingeniería Tajo, S.L.
Tel. 91 555 02 33

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial.""", mode="alt", charset="windows-1252"),

M(R, "hamburg_formal_sie", "de", "Hansewind Service", "k.petersen@hansewind.example.de",
  ("Katrin Petersen", "k.petersen@hansewind.example.de"),
  "Ihre Bewerbung als Reliability Engineer (m/w/d)", "2026-03-10 11:48 +0100",
  """Sehr geehrte Frau Ramaswamy-Tait,

vielen Dank für Ihre Bewerbung und das Interesse an einer Tätigkeit bei der Hansewind Service GmbH.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben, deren Profil unseren aktuellen Anforderungen noch etwas näher kommt. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Katrin Petersen
Personalreferentin
Hansewind Service GmbH
Am Sandtorkai 55, 20457 Hamburg
Geschäftsführer: Lars Jensen | Amtsgericht Hamburg HRB 555123""", charset="windows-1252", cte="qp"),

M(R, "de_after_interview_chain", "de", "Elbhafen Logistik", "m.brandt@elbhafen-logistik.example.de",
  ("Michael Brandt", "m.brandt@elbhafen-logistik.example.de"),
  "AW: Rückfrage zum Stand", "2026-06-24 09:15 +0200",
  """Hallo Frau Ramaswamy-Tait,

danke für Ihre Nachfrage und nochmals für das gute Gespräch per Teams.

Nach reiflicher Überlegung haben wir uns entschieden, Ihre Bewerbung für die Position Instandhaltungsingenieur Krananlagen nicht weiter zu berücksichtigen. Ausschlaggebend war am Ende die fehlende Erfahrung mit deutschen Regelwerken (BetrSichV).

Viele Grüße
Michael Brandt
Leiter Technik
Elbhafen Logistik

Am Mo., 22. Juni 2026 um 08:10 Uhr schrieb Priya Ramaswamy-Tait <priya.rt@example.com.au>:
> Sehr geehrter Herr Brandt,
> gibt es schon Neuigkeiten zum Auswahlverfahren?
> Beste Grüße
> Priya Ramaswamy-Tait""", reply=True),

M(R, "de_successfactors_bedauern", "de", "Nordwerk Energie", "",
  ("Nordwerk Energie Karriere", "noreply@successfactors.example.eu"),
  "Ihre Bewerbung: Asset Manager Wind Onshore (m/w/d) - Job-ID 20931", "2026-02-17 16:00 +0100",
  """Sehr geehrte Frau Ramaswamy-Tait,

vielen Dank für Ihr Interesse an der Nordwerk Energie und Ihre Bewerbung als Asset Manager Wind Onshore (m/w/d).

Wir haben Ihre Unterlagen sorgfältig geprüft. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Gerne können Sie sich auf unserem Karriereportal für einen Job-Alert registrieren.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordwerk Energie AG

Diese E-Mail wurde automatisch erstellt.""", mode="html", style="ats", cte="b64"),

M(R, "de_startup_du", "de", "Ampera Speichertechnik", "jonas@ampera-speicher.example.de",
  ("Jonas Weber", "jonas@ampera-speicher.example.de"),
  "kurzes Update", "2026-08-12 17:51 +0200",
  """Hi Priya,

danke dir nochmal für die Zeit in den beiden Gesprächen und die Präsentation zum Batteriespeicher-Monitoring!

Wir haben uns leider entschieden, mit jemand anderem weiterzumachen – am Ende war es wirklich knapp. Ich hätte dich gern im Team gehabt.

Falls du Feedback willst, ruf mich gern an.

LG Jonas
--
Jonas Weber | Head of Operations
Ampera Speichertechnik
+49 30 5555 8812""", cte="qp"),

M(R, "fr_wttj_regret", "fr", "Hélio Durance", "",
  ("Hélio Durance via Welcome Recruit", "ne-pas-repondre@welcomekit.example.co"),
  "Votre candidature chez Hélio Durance", "2026-04-21 10:30 +0200",
  """Bonjour Priya,

Nous vous remercions pour l'intérêt que vous portez à Hélio Durance et pour votre candidature au poste d'Ingénieur·e Maintenance Centrales Solaires.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous avons reçu de nombreux profils de grande qualité et avons dû faire des choix difficiles.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talents
Hélio Durance""", mode="alt", style="ats"),

M(R, "fr_after_interview_chain", "fr", "Vents d'Armor Ingénierie", "claire.le-goff@ventsdarmor.example.fr",
  ("Claire Le Goff", "claire.le-goff@ventsdarmor.example.fr"),
  "RE: Entretien Ingénieure fiabilité - suite", "2026-07-08 15:02 +0200",
  """Bonjour Priya,

Merci encore pour votre disponibilité lors de nos échanges.

Après une analyse attentive, nous avons décidé de poursuivre avec un autre profil, plus proche de nos besoins immédiats sur l'éolien en mer posé. Ce choix n'enlève rien à la qualité de votre parcours.

Bien cordialement,

Claire Le Goff
Responsable Recrutement
Vents d'Armor Ingénierie
02 98 55 50 12

Le jeu. 2 juil. 2026 à 08:55, Priya Ramaswamy-Tait <priya.rt@example.com.au> a écrit :
> Bonjour Claire,
> Je me permets de revenir vers vous concernant l'entretien du 24 juin.
> Bien à vous,
> Priya""", reply=True, charset="iso-8859-1"),

M(R, "fr_poste_suspendu", "fr", "Réseau Ferré Atlantique", "recrutement.rfa@rfa.example.fr",
  ("Recrutement RFA", "recrutement.rfa@rfa.example.fr"),
  "Suite donnée à votre candidature – Réf. RFA-2026-118", "2026-09-29 11:00 +0200",
  """Madame,

Nous accusons réception de votre intérêt pour le poste de Chargée d'études maintenance matériel roulant (réf. RFA-2026-118) et vous en remercions.

Nous vous informons que ce recrutement est suspendu suite à une réorganisation interne. Nous ne donnerons donc pas suite à votre candidature.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Sophie Marchand
Chargée de recrutement
Réseau Ferré Atlantique""", charset="windows-1252", mode="alt"),
]
